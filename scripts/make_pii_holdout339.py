#!/usr/bin/env python3
"""Generate the held-out PII evaluation set tests/fixtures/pii_holdout339/cases.jsonl.

Standard library only. Deterministic: one generator, random.Random(339241125).
Every turn is assembled from plain-text segments and labelled value segments,
so span offsets are computed, never typed by hand.

Usage:
    python scripts/make_pii_holdout339.py          # (re)write cases.jsonl
    python scripts/make_pii_holdout339.py --check  # regenerate and verify
"""
import argparse
import collections
import datetime
import json
import os
import random
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "fixtures", "pii_holdout339", "cases.jsonl")
R = random.Random(339241125)

UNITS = "zero one two three four five six seven eight nine".split()
TEENS = ("ten eleven twelve thirteen fourteen fifteen sixteen seventeen "
         "eighteen nineteen").split()
TENS = {"twenty": 2, "thirty": 3, "forty": 4, "fifty": 5, "sixty": 6,
        "seventy": 7, "eighty": 8, "ninety": 9}
TENS_W = {v: k for k, v in TENS.items()}
ORD_UNITS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5,
             "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9}
ORD_OTHER = {"tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
             "fourteenth": 14, "fifteenth": 15, "sixteenth": 16,
             "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
             "twentieth": 20, "thirtieth": 30}
ORD_W = {v: k for k, v in list(ORD_UNITS.items()) + list(ORD_OTHER.items())}
FILLERS = {"um", "uh", "er", "erm", "hmm", "ah"}
NATO = {"alpha": "A", "alfa": "A", "bravo": "B", "charlie": "C", "delta": "D",
        "echo": "E", "foxtrot": "F", "golf": "G", "hotel": "H", "india": "I",
        "juliet": "J", "kilo": "K", "lima": "L", "mike": "M",
        "november": "N", "oscar": "O", "papa": "P", "quebec": "Q",
        "romeo": "R", "sierra": "S", "tango": "T", "uniform": "U",
        "victor": "V", "whiskey": "W", "xray": "X", "yankee": "Y",
        "zulu": "Z", "queen": "Q", "london": "L", "freddie": "F",
        "tommy": "T", "sugar": "S", "apple": "A", "benjamin": "B"}
NATO_STD = {v: k for k, v in NATO.items() if k in (
    "alpha bravo charlie delta echo foxtrot golf hotel india juliet kilo lima "
    "mike november oscar papa quebec romeo sierra tango uniform victor "
    "whiskey xray yankee zulu").split()}
NATO_ALT = {"Q": "queen", "L": "london", "F": "freddie", "T": "tommy",
            "S": "sugar", "A": "apple", "B": "benjamin"}
MONTHS = ("january february march april may june july august september "
          "october november december").split()
MON_ABBR = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7,
            "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12}
ZN = ["oh", "oh", "zero", "nought", "o"]   # zero words for purely numeric values
ZA = ["oh", "zero", "nought"]              # zero words where letters also occur
SKIP = {"and", "dash", "hyphen", "space", "slash", "plus", "point"}


def ch(seq):
    return R.choice(seq)


def p(prob):
    return R.random() < prob


def rdig(n):
    return "".join(str(R.randint(0, 9)) for _ in range(n))


# ---------------------------------------------------------------- speaking
def say_digit(d, zs=ZN):
    return ch(zs) if d == "0" else UNITS[int(d)]


def say_digits(s, zs=ZN, multi=True):
    out, i = [], 0
    while i < len(s):
        d, run = s[i], 1
        while i + run < len(s) and s[i + run] == d and run < 3:
            run += 1
        if run == 3 and multi and p(0.6):
            out.append("triple " + say_digit(d, zs))
            i += 3
        elif run >= 2 and multi and p(0.6):
            out.append("double " + say_digit(d, zs))
            i += 2
        else:
            out.append(say_digit(d, zs))
            i += 1
    return " ".join(out)


def say_pair(pr, zs=ZN):
    a, b = pr
    if a == "0":
        return say_digit(a, zs) + " " + say_digit(b, zs)
    if a == "1":
        return TEENS[int(b)]
    if b == "0":
        return UNITS[int(a)] + " " + say_digit(b, zs)
    return TENS_W[int(a)] + " " + UNITS[int(b)]


def say_triple(t, zs=ZN):
    if t[0] == "0":
        return say_digits(t, zs)
    head = UNITS[int(t[0])] + " hundred"
    if t[1:] == "00":
        return head
    if t[1] == "0":
        return head + " and " + UNITS[int(t[2])]
    if t[1] != "1" and t[2] == "0":
        return say_digits(t, zs)
    return head + " and " + say_pair(t[1:], zs)


def say_group(s, zs=ZN):
    r = R.random()
    if len(s) in (2, 4) and r < 0.35:
        return " ".join(say_pair(s[i:i + 2], zs) for i in range(0, len(s), 2))
    if len(s) == 3 and r < 0.3:
        return say_triple(s, zs)
    return say_digits(s, zs)


def say_chunks(chunks, zs=ZN, fill=0.3, sep=None):
    words = [say_group(c, zs) for c in chunks]
    out = words[0]
    for w in words[1:]:
        s = sep if sep is not None else ch([" ", ", ", " ", "... "])
        if p(fill):
            s = " " + ch(["um", "uh", "er", "erm"]) + " "
        out += s + w
    return out


def say_letter(c, style=None):
    style = style or ch(["plain", "plain", "nato", "for", "asin"])
    lc = c.lower()
    if style == "plain":
        return lc
    if style == "nato":
        return NATO_STD[c]
    word = NATO_ALT.get(c, NATO_STD[c]) if p(0.3) else NATO_STD[c]
    return lc + (" for " if style == "for" else " as in ") + word


def group(s, sizes):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return [c for c in out if c]


# ---------------------------------------------------------------- normalising
def tokens(text):
    return [t for t in re.findall(r"[a-z]+|\d+", text.lower()) if t not in FILLERS]


def small(toks, i):
    """Parse a number below 100 starting at toks[i]; returns (value, next)."""
    if i >= len(toks):
        return None, i
    t = toks[i]
    if t in TEENS:
        return 10 + TEENS.index(t), i + 1
    if t in TENS:
        if i + 1 < len(toks) and toks[i + 1] in UNITS[1:]:
            return TENS[t] * 10 + UNITS.index(toks[i + 1]), i + 2
        return TENS[t] * 10, i + 1
    if t in UNITS:
        return UNITS.index(t), i + 1
    return None, i


def normalise(text, alpha=False, lenient=False):
    toks = tokens(text)
    out, i = [], 0

    def uval(t):
        if t in ("oh", "zero", "nought") or (t == "o" and not alpha):
            return 0
        if t in UNITS:
            return UNITS.index(t)
        return None

    while i < len(toks):
        t = toks[i]
        nx = toks[i + 1] if i + 1 < len(toks) else None
        if t.isdigit():
            out.append(t)
            i += 1
            continue
        if t in ("double", "triple") and nx is not None and uval(nx) is not None:
            out.append(str(uval(nx)) * (2 if t == "double" else 3))
            i += 2
            continue
        if t in ("double", "triple") and alpha and nx is not None and len(nx) == 1:
            out.append(nx.upper() * (2 if t == "double" else 3))
            i += 2
            continue
        u = uval(t)
        if u is not None:
            if nx in ("hundred", "thousand"):
                mult = 100 if nx == "hundred" else 1000
                val, i = u * mult, i + 2
                if i < len(toks) and toks[i] == "and":
                    v, k = small(toks, i + 1)
                    if v is not None:
                        val, i = val + v, k
                out.append(("%03d" if mult == 100 else "%04d") % val)
                continue
            out.append(str(u))
            i += 1
            continue
        if t in TEENS:
            out.append(str(10 + TEENS.index(t)))
            i += 1
            continue
        if t in TENS:
            if nx in UNITS[1:]:
                out.append(str(TENS[t] * 10 + UNITS.index(nx)))
                i += 2
            elif nx in ORD_UNITS:
                out.append(str(TENS[t] * 10 + ORD_UNITS[nx]))
                i += 2
            else:
                out.append(str(TENS[t] * 10))
                i += 1
            continue
        if t in ORD_UNITS:
            out.append(str(ORD_UNITS[t]))
            i += 1
            continue
        if t in ORD_OTHER:
            out.append(str(ORD_OTHER[t]))
            i += 1
            continue
        if alpha:
            if len(t) == 1 and nx == "for" and i + 2 < len(toks) and NATO.get(toks[i + 2]) == t.upper():
                out.append(t.upper())
                i += 3
                continue
            if (len(t) == 1 and nx == "as" and i + 3 < len(toks) and toks[i + 2] == "in"
                    and NATO.get(toks[i + 3]) == t.upper()):
                out.append(t.upper())
                i += 4
                continue
            if t in NATO:
                out.append(NATO[t])
                i += 1
                continue
        if t in SKIP:
            i += 1
            continue
        if alpha:
            out.append(t.upper())
        elif not lenient:
            out.append("?" + t)
        i += 1
    return "".join(out)


def norm_email(text):
    toks = re.findall(r"[a-z0-9]+|[@._\-]", text.lower())
    toks = [t for t in toks if t not in FILLERS]
    m = {"dot": ".", "period": ".", "at": "@", "underscore": "_",
         "dash": "-", "hyphen": "-"}
    out, i = [], 0
    while i < len(toks):
        t = toks[i]
        if t in m:
            out.append(m[t])
            i += 1
        elif t in TENS or t in TEENS or t in UNITS or t in ("oh", "double"):
            j = i
            while j < len(toks) and (toks[j] in TENS or toks[j] in TEENS or toks[j] in UNITS
                                     or toks[j] in ("oh", "double")):
                j += 1
            out.append(normalise(" ".join(toks[i:j])))
            i = j
        else:
            out.append(t)
            i += 1
    return "".join(out)


# ---------------------------------------------------------------- validators
def luhn_ok(s):
    tot = 0
    for i, d in enumerate(reversed(s)):
        d = int(d)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def luhn_complete(prefix, length):
    body = prefix + rdig(length - 1 - len(prefix))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def iban_num(s):
    s = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in s))


IBAN_LEN = {"GB": 22, "IE": 22, "DE": 22, "FR": 27, "ES": 24, "NL": 18, "IT": 27}
NI_RE = re.compile(r"^(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$")
UK_PC = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[ABD-HJLNP-UW-Z]{2}$")
EMAIL_RE = re.compile(r"^[a-z0-9][a-z0-9._\-]*@[a-z0-9\-]+(\.[a-z0-9\-]+)+$")
STREET_SFX = ("road", "street", "lane", "avenue", "close", "drive", "way", "crescent",
              "terrace", "grove", "place", "court", "gardens", "row", "boulevard", "rd",
              "st", "ave", "ln", "dr", "park", "hill", "square", "parade", "walk")


def valid_canon(typ, c):
    if typ == "CARD_NUMBER":
        return c.isdigit() and 13 <= len(c) <= 19 and luhn_ok(c)
    if typ == "CVV":
        return c.isdigit() and len(c) in (3, 4)
    if typ == "SSN":
        return (c.isdigit() and len(c) == 9 and c[:3] not in ("000", "666")
                and c[0] != "9" and c[3:5] != "00" and c[5:] != "0000")
    if typ == "NI_NUMBER":
        return bool(NI_RE.match(c))
    if typ == "BANK_ACCOUNT":
        return c.isdigit() and 8 <= len(c) <= 12
    if typ == "SORT_CODE":
        return c.isdigit() and len(c) == 6
    if typ == "IBAN":
        return IBAN_LEN.get(c[:2]) == len(c) and c[2:4].isdigit() and iban_num(c) % 97 == 1
    if typ == "PHONE":
        return c.isdigit() and 10 <= len(c) <= 13
    if typ == "EMAIL":
        return bool(EMAIL_RE.match(c))
    if typ == "POSTCODE":
        return bool(UK_PC.match(c)) or bool(re.match(r"^\d{5}(\d{4})?$", c))
    if typ in ("DOB", "EXPIRY"):
        y, m, d = c
        datetime.date(y, m, d or 1)
        return True
    if typ == "ADDRESS":
        num, street = c
        return num.isdigit() and street.split()[-1].lower() in STREET_SFX
    return False


def date_ok(text, c):
    y, m, d = c
    low = text.lower()
    digits = normalise(text, lenient=True)
    words = set(re.findall(r"[a-z]+", low))
    month_ok = MONTHS[m - 1] in words or any(MON_ABBR.get(w) == m for w in words) \
        or ("%02d" % m) in digits or str(m) in digits
    year_ok = str(y) in digits or ("%02d" % (y % 100)) in digits
    day_ok = d is None or str(d) in digits
    return month_ok and year_ok and day_ok


def value_ok(typ, text, canon, frag):
    if typ in ("DOB", "EXPIRY"):
        return date_ok(text, canon)
    if typ == "ADDRESS":
        num, street = canon
        low = " ".join(re.findall(r"[a-z]+", text.lower()))
        return num in normalise(text, lenient=True) and street.lower() in low
    if typ == "EMAIL":
        n = norm_email(text)
    elif typ in ("NI_NUMBER", "IBAN", "POSTCODE"):
        n = normalise(text, alpha=True)
    else:
        n = normalise(text)
    want = canon
    if frag:
        return len(n) >= 2 and n in want
    return n == want


# ---------------------------------------------------------------- case model
class Case:
    def __init__(self, note):
        self.note = note
        self.turns, self.spans, self.groups = [], [], []

    def g(self, typ, canon, frag=False):
        self.groups.append({"type": typ, "canon": canon, "frag": frag, "texts": []})
        return len(self.groups) - 1

    def say(self, speaker, *segs):
        ti, text = len(self.turns), ""
        for seg in segs:
            if isinstance(seg, str):
                text += seg
            else:
                gid, val = seg
                start = len(text)
                text += val
                self.spans.append({"turn": ti, "start": start, "end": len(text),
                                   "type": self.groups[gid]["type"]})
                self.groups[gid]["texts"].append(val)
        self.turns.append({"speaker": speaker, "text": text})

    def c(self, *segs):
        self.say("customer", *segs)

    def a(self, *segs):
        self.say("agent", *segs)


# ---------------------------------------------------------------- value makers
ORGS = [("banking", "Northgate Bank"), ("banking", "Harbour Credit Union"),
        ("telecom", "Velo Mobile"), ("telecom", "Skyline Broadband"),
        ("utilities", "Brightwater Energy"), ("utilities", "Clearflow Water"),
        ("retail", "Hartley & Finch"), ("retail", "ShopNest"),
        ("insurance", "Cornerstone Insurance"), ("insurance", "Bluebell Motor Cover"),
        ("travel", "Aerlink Holidays"), ("travel", "Coastway Rail"),
        ("healthcare billing", "St Brendan's Clinic billing"),
        ("healthcare billing", "MedPay Patient Accounts"),
        ("government services", "the council tax office"),
        ("government services", "the vehicle licensing helpline")]
BACK = ["mhm", "go on", "yep", "ok", "uh huh", "right", "yes go ahead", "got that", "mm"]
HES = ["um", "uh", "er", "erm"]


def org():
    return ch(ORGS)


def mk_card():
    kind = ch(["visa", "visa", "mc", "mc", "amex", "disc", "visa13", "maestro"])
    if kind == "visa":
        return luhn_complete("4", 16)
    if kind == "mc":
        return luhn_complete(ch(["51", "52", "53", "54", "55", "2221", "2720"]), 16)
    if kind == "amex":
        return luhn_complete(ch(["34", "37"]), 15)
    if kind == "disc":
        return luhn_complete("6011", 16)
    if kind == "visa13":
        return luhn_complete("4", 13)
    return luhn_complete(ch(["6759", "6763"]), 19)


def card_sizes(n):
    return {15: [4, 6, 5], 16: [4, 4, 4, 4], 13: [4, 4, 5], 19: [4, 4, 4, 4, 3]}[len(n)]


def card_typed(n):
    r = R.random()
    if r < 0.15:
        return n
    if r < 0.3:
        sizes = ch([[4, 12], [8, 8], [3, 5, 4, 4], [6, 10], [4, 4, 8]])
    else:
        sizes = card_sizes(n)
    sep = ch([" ", "-", " ", "  ", ".", " - "])
    return sep.join(group(n, sizes))


def mk_ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


def mk_ni():
    first = "ABCEGHJKLMNOPRSTWXYZ"
    second = "ABCEGHJKLMNPRSTWXYZ"
    while True:
        pre = ch(first) + ch(second)
        if pre not in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ") and pre.lower() not in FILLERS:
            break
    return pre + rdig(6) + ch("ABCD")


def mk_iban():
    cc = ch(list(IBAN_LEN))
    if cc == "GB":
        bban = ch(["NWBK", "BARC", "LOYD", "MIDL", "HBUK"]) + rdig(14)
    elif cc == "IE":
        bban = ch(["AIBK", "BOFI", "IPBS"]) + rdig(14)
    elif cc == "NL":
        bban = ch(["ABNA", "INGB", "RABO"]) + rdig(10)
    else:
        bban = rdig(IBAN_LEN[cc] - 4)
    chk = 98 - iban_num(cc + "00" + bban) % 97
    return cc + "%02d" % chk + bban


def mk_phone():
    kind = ch(["ukmob", "ukland", "us", "ie", "fr", "de", "ukmob"])
    if kind == "ukmob":
        local = "07" + ch(["700", "711", "824", "939", "456"]) + rdig(6)
        return kind, local, "44" + local[1:]
    if kind == "ukland":
        local = ch(["020", "0161", "0113", "0131", "029"]) + rdig(8 if len("020") == 3 else 7)
        local = local[:11]
        return kind, local, "44" + local[1:]
    if kind == "us":
        local = ch(["212", "415", "312", "617", "503"]) + ch(["555", "482", "730"]) + rdig(4)
        return kind, local, "1" + local
    if kind == "ie":
        local = ch(["083", "085", "087", "086"]) + rdig(7)
        return kind, local, "353" + local[1:]
    if kind == "fr":
        local = "06" + rdig(8)
        return kind, local, "33" + local[1:]
    local = "0151" + rdig(8)
    return kind, local, "49" + local[1:]


def phone_typed(kind, local, intl):
    use_intl = p(0.45)
    if kind == "us":
        if use_intl:
            return intl, "1 " + " ".join(group(local, [3, 3, 4])), "+"
        sep = ch(["-", ".", " "])
        return local, sep.join(group(local, [3, 3, 4])), ""
    if use_intl:
        cc = intl[:len(intl) - len(local) + 1]
        rest = local[1:]
        sizes = {"ukmob": [4, 6], "ukland": [2, 4, 4], "ie": [2, 3, 4],
                 "fr": [1, 2, 2, 2, 2], "de": [3, 8]}[kind]
        return intl, cc + " " + " ".join(group(rest, sizes)), ch(["+", "+", "00"])
    sizes = {"ukmob": [5, 6], "ukland": [3, 4, 4], "ie": [3, 3, 4],
             "fr": [2, 2, 2, 2, 2], "de": [4, 8]}[kind]
    return local, ch([" ", "", "-"]).join(group(local, sizes)), ""


FIRST = ["j", "sarah", "mike", "aoife", "tom", "priya", "d", "liam", "k", "nadia",
         "ben", "grace", "owen", "fatima", "ruth", "sean", "luca", "hannah"]
LAST = ["doe", "byrne", "okafor", "patel", "nguyen", "walsh", "kowalski", "reid",
        "morgan", "hughes", "silva", "murphy", "kelly", "ahmed", "fischer"]
DOMAINS = ["gmail.com", "outlook.com", "yahoo.co.uk", "hotmail.com", "icloud.com",
           "eircom.net", "btinternet.com", "proton.me", "gmx.de", "orange.fr"]


def mk_email():
    f, l = ch(FIRST), ch(LAST)
    sep = ch([".", "_", "", "."])
    num = str(R.randint(1, 99)) if p(0.4) else ""
    return f + sep + l + num + "@" + ch(DOMAINS)


def email_spoken(e):
    user, dom = e.split("@")
    parts = []
    for piece in re.findall(r"[a-z]+|\d+|[._]", user):
        if piece == ".":
            parts.append("dot")
        elif piece == "_":
            parts.append("underscore")
        elif piece.isdigit():
            parts.append(say_group(piece, ["oh", "zero"]) if len(piece) == 2 else say_digits(piece, ["oh", "zero"]))
        elif len(piece) == 1 or p(0.25):
            parts.append(" ".join(piece) if p(0.7) or len(piece) == 1 else piece)
        else:
            parts.append(piece)
    dparts = " dot ".join(dom.split("."))
    mid = ch([" at ", " at ", " um at "])
    return " ".join(parts) + mid + dparts


def mk_date(y0, y1):
    y = R.randint(y0, y1)
    m = R.randint(1, 12)
    d = R.randint(1, 28)
    return (y, m, d)


def year_spoken(y):
    if y >= 2000:
        if y < 2010 or p(0.4):
            rest = y - 2000
            return "two thousand" + ("" if rest == 0 else " and " + (UNITS[rest] if rest < 10 else say_pair(str(rest))))
        return "twenty " + say_pair(str(y)[2:])
    return say_pair(str(y)[:2]) + " " + say_pair(str(y)[2:], ["oh"])


def dob_typed(c):
    y, m, d = c
    r = R.randint(0, 6)
    if r == 0:
        return "%02d/%02d/%d" % (d, m, y)
    if r == 1:
        return "%02d-%02d-%d" % (m, d, y)
    if r == 2:
        return "%d %s %d" % (d, MONTHS[m - 1].capitalize(), y)
    if r == 3:
        sfx = "th" if 11 <= d <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
        return "%s %d%s, %d" % (MONTHS[m - 1].capitalize(), d, sfx, y)
    if r == 4:
        return "%d-%02d-%02d" % (y, m, d)
    if r == 5:
        return "%d.%d.%02d" % (d, m, y % 100)
    return "%02d%02d%d" % (d, m, y)


def dob_spoken(c):
    y, m, d = c
    r = R.randint(0, 3)
    yr = year_spoken(y) if p(0.7) else say_pair("%02d" % (y % 100), ["oh"])
    if r == 0:
        return "the %s of %s %s" % (ORD_W.get(d) or (TENS_W[d // 10] + " " + ORD_W[d % 10]), MONTHS[m - 1], yr)
    if r == 1:
        return "%s the %s %s" % (MONTHS[m - 1], ORD_W.get(d) or (TENS_W[d // 10] + " " + ORD_W[d % 10]), yr)
    if r == 2:
        return "%s %s %s" % (say_pair("%02d" % d, ["oh"]), say_pair("%02d" % m, ["oh"]), yr)
    return "%s %s %s" % (say_digits("%02d" % d, ["oh", "zero"], False),
                         ch(["of", "uh"]) if False else say_digits("%02d" % m, ["oh", "zero"], False), yr)


def exp_typed(y, m):
    return ch(["%02d/%02d" % (m, y % 100), "%02d/%d" % (m, y), "%d/%02d" % (m, y % 100),
               "%02d-%02d" % (m, y % 100), "%s %d" % (MONTHS[m - 1][:3].capitalize(), y),
               "%02d / %02d" % (m, y % 100)])


def exp_spoken(y, m):
    yy = "%02d" % (y % 100)
    return ch(["%s %s" % (say_pair("%02d" % m, ["oh"]), say_pair(yy)),
               "%s %s" % (MONTHS[m - 1], say_pair(yy)),
               "%s twenty %s" % (MONTHS[m - 1], say_pair(yy)),
               "%s slash %s" % (say_digits("%02d" % m, ["oh", "zero"], False), say_digits(yy, ZN, False))])


STREETS_UK = ["Acacia Avenue", "Mill Lane", "Station Road", "Church Street", "Oakfield Close",
              "Victoria Terrace", "Hawthorn Drive", "Marine Parade", "Orchard Grove",
              "Kingsway", "Elm Crescent", "Queens Road", "Bridge Street", "Meadow Way"]
STREETS_US = ["Elm Street", "Maple Ave", "Sunset Boulevard", "Lakeview Drive", "Pine Street",
              "Harbor Way", "Cedar Lane", "Washington Ave"]
TOWNS_UK = [("Leeds", "LS6"), ("Manchester", "M14"), ("Cardiff", "CF10"), ("Bristol", "BS1"),
            ("Edinburgh", "EH8"), ("Belfast", "BT7"), ("London", "SW1A"), ("Birmingham", "B33"),
            ("Newcastle", "NE1"), ("Glasgow", "G12"), ("Oxford", "OX4"), ("Sheffield", "S10")]
TOWNS_US = [("Portland", "972"), ("Austin", "787"), ("Chicago", "606"), ("Boston", "021"),
            ("Denver", "802")]
INWARD = "ABDEFGHJLNPQRSTUWXYZ"


def street_with_sfx(s):
    return s if s.split()[-1].lower() in STREET_SFX else s + " Road"


def mk_address(us=False):
    street = street_with_sfx(ch(STREETS_US if us else STREETS_UK))
    num = str(R.randint(100, 4999) if us else R.randint(1, 240))
    flat = ""
    if p(0.3):
        flat = ch(["Flat %d, " % R.randint(1, 30), "Apt %d, " % R.randint(1, 30)] if not us
                  else ["Apt %d, " % R.randint(1, 30), "Unit %d " % R.randint(1, 30)])
    return num, street, flat


def address_spoken(num, street, flat):
    f = ""
    if flat:
        fn = re.search(r"\d+", flat).group()
        f = ch(["flat", "apartment", "unit"]) + " " + (say_group(fn) if len(fn) == 2 else say_digits(fn)) + " "
    if len(num) == 4:
        n = say_pair(num[:2]) + " " + say_pair(num[2:])
    elif len(num) == 3:
        n = say_triple(num) if p(0.5) else say_digits(num)
    elif len(num) == 2:
        n = say_pair(num) if num[1] != "0" else TENS_W.get(int(num[0]), "ten") if num[0] != "1" else "ten"
    else:
        n = UNITS[int(num)]
    return f + n + " " + street.lower()


def mk_postcode(us=False, outward=None):
    if us:
        z = outward + rdig(2) if outward else rdig(5)
        if p(0.25):
            p4 = rdig(4)
            return z + p4, z + "-" + p4
        return z, z
    out = outward or ch(TOWNS_UK)[1]
    while True:
        inw = str(R.randint(0, 9)) + ch(INWARD) + ch(INWARD)
        if inw[1:].lower() not in FILLERS:
            break
    return out + inw, ch([out + " " + inw, out + " " + inw, out + inw, (out + " " + inw).lower()])


def postcode_spoken(pc):
    if pc.isdigit():
        return say_digits(pc, ZA)
    out = []
    for c in pc:
        if c.isdigit():
            out.append(say_digit(c, ZA))
        else:
            out.append(say_letter(c, ch(["plain", "plain", "for", "nato"])))
    return " ".join(out)


def alnum_spoken(s, style=None):
    """Letters and digits, digits spoken in small groups (NI, IBAN)."""
    out, i = [], 0
    while i < len(s):
        if s[i].isalpha():
            out.append(say_letter(s[i], style))
            i += 1
        else:
            j = i
            while j < len(s) and s[j].isdigit():
                j += 1
            run = s[i:j]
            out.append(say_chunks(group(run, [2] * 10) if p(0.5) else group(run, [4] * 10), ZA, fill=0.1))
            i = j
    return ", ".join(out) if p(0.3) else " ".join(out)


def ni_typed(n):
    return ch([n, n[:2] + " " + " ".join(group(n[2:8], [2, 2, 2])) + " " + n[8],
               n.lower(), n[:2] + " " + n[2:8] + " " + n[8], n[:2] + "-" + n[2:8] + "-" + n[8],
               (n[:2] + " " + " ".join(group(n[2:8], [2, 2, 2])) + " " + n[8]).lower()])


def iban_typed(s):
    g = " ".join(group(s, [4] * 8))
    return ch([g, s, g.lower(), g, s[:4] + " " + s[4:]])


def ssn_typed(s):
    return ch(["%s-%s-%s" % (s[:3], s[3:5], s[5:]), "%s %s %s" % (s[:3], s[3:5], s[5:]), s,
               "%s-%s-%s" % (s[:3], s[3:5], s[5:]), "%s.%s.%s" % (s[:3], s[3:5], s[5:])])


def digits_typed(s, sizes, seps=(" ", "-", "")):
    return ch(seps).join(group(s, sizes))


def money():
    return ch(["£", "$", "€"]) + "%d.%02d" % (R.randint(3, 2400), R.randint(0, 99))


def money_spoken():
    return "%s %s" % (ch(["forty two", "a hundred and twelve", "sixty", "nineteen",
                          "two hundred and thirty", "eighty five"]),
                      ch(["pounds", "euro", "dollars", "quid"]) + ch(["", " fifty", " twenty", " ninety nine"]))


# ---------------------------------------------------------------- positive templates
def pos_card_chat():
    ind, o = org()
    c = Case("typed chat (%s): full card, expiry and CVV with separators" % ind)
    n, (y, m) = mk_card(), (R.randint(2025, 2031), R.randint(1, 12))
    cv = rdig(4 if len(n) == 15 else 3)
    gc, ge, gv = c.g("CARD_NUMBER", n), c.g("EXPIRY", (y, m, None)), c.g("CVV", cv)
    c.a("Welcome to %s chat. To pay the %s balance I'll need the long card number please." % (o, money()))
    lab = ch(["card no: ", "Card number - ", "its ", "", "cc# ", "number is "])
    c.c(lab, (gc, card_typed(n)), ch([" exp ", " expires ", "\nexpiry: ", ", exp date "]), (ge, exp_typed(y, m)),
        ch([" cvv ", " sec code: ", ", the 3 digits on back are ", " CVC="]), (gv, cv))
    if p(0.4):
        c.a("Thanks, that's gone through. Receipt ref PAY-%s." % rdig(7))
    return c


def pos_card_asr_split():
    ind, o = org()
    c = Case("ASR call (%s): card read in chunks across turns with back-channels, agent read-back" % ind)
    n = mk_card()
    chunks = group(n, card_sizes(n))
    c.a("thanks for calling %s so whenever you're ready go ahead with the long number on the front" % o.lower())
    per = R.randint(1, 2)
    gid = c.g("CARD_NUMBER", n)
    i = 0
    first = True
    while i < len(chunks):
        part = chunks[i:i + per]
        lead = ch(["it's ", "ok so ", "", "right ", "um ", "yeah "]) if first else ch(["", "then ", "and ", "", "next is "])
        c.c(lead, (gid, say_chunks(part, fill=0.25)))
        first = False
        i += per
        if i < len(chunks):
            c.a(ch(BACK))
    if p(0.7):
        if p(0.5):
            g2 = c.g("CARD_NUMBER", n)
            c.a("let me read that back ", (g2, say_chunks(chunks, fill=0.0)), " is that right")
        else:
            g3 = c.g("CARD_NUMBER", n[-4:], frag=True)
            c.a("so that's the card ending ", (g3, say_digits(n[-4:])), " yeah")
        c.c(ch(["yes", "yeah that's it", "correct", "yep spot on"]))
    y, m = R.randint(2025, 2031), R.randint(1, 12)
    ge = c.g("EXPIRY", (y, m, None))
    c.a("and the expiry date")
    c.c(ch(["", "it's ", "uh "]), (ge, exp_spoken(y, m)))
    if p(0.6):
        cv = rdig(3)
        gv = c.g("CVV", cv)
        c.a("and the three digit security code on the back")
        c.c(ch(["", "that's "]), (gv, say_triple(cv) if p(0.4) else say_digits(cv)))
    return c


def pos_card_correction():
    ind, o = org()
    c = Case("ASR call (%s): card reading restarted after a mistake; abandoned fragment labelled" % ind)
    n = mk_card()
    chunks = group(n, card_sizes(n))
    wrong = chunks[0][:2] + str((int(chunks[0][2]) + 3) % 10)
    c.a("can i take the card number for the %s please" % ch(["renewal", "deposit", "top up", "outstanding bill"]))
    gf = c.g("CARD_NUMBER", chunks[0][:2], frag=True)
    gw = c.g("CARD_NUMBER", n, frag=False)
    frag_text = say_digits(chunks[0][:2], multi=False)
    c.c("yeah it's ", (gf, frag_text), " " + say_digit(wrong[2]) + ch([" no wait sorry", " hang on that's wrong", " oh no sorry start again"]))
    c.a(ch(["no problem take your time", "that's fine from the start then", "ok"]))
    c.c((gw, say_chunks(chunks, fill=0.35)))
    c.a("thank you and what's the expiry")
    y, m = R.randint(2025, 2031), R.randint(1, 12)
    ge = c.g("EXPIRY", (y, m, None))
    c.c((ge, exp_spoken(y, m)))
    return c


def pos_card_aside():
    ind, o = org()
    c = Case("ASR call (%s): aside in the middle of a card reading, one span each side" % ind)
    n = mk_card()
    chunks = group(n, card_sizes(n))
    k = R.randint(1, len(chunks) - 1)
    gid = c.g("CARD_NUMBER", n)
    c.a("and the card number when you're ready")
    aside = ch([" sorry the dog's barking hold on ", " hang on let me get my glasses ",
                " can you hear me ok i'm on the train ", " sorry my daughter's shouting um ",
                " wait the light's bad in here "])
    c.c((gid, say_chunks(chunks[:k], fill=0.2)), aside, (gid, say_chunks(chunks[k:], fill=0.2)))
    c.a("lovely i've got ", (c.g("CARD_NUMBER", n[-4:], frag=True), say_digits(n[-4:])),
        " as the last four of that and it's %s to pay today" % money_spoken())
    return c


def pos_ssn():
    ind, o = org()
    c = Case("SSN (%s), typed or spoken, sometimes split and read back" % ind)
    s = mk_ssn()
    if p(0.4):
        g = c.g("SSN", s)
        c.a("For verification please send your Social Security number.")
        c.c(ch(["SSN: ", "ssn ", "my social is ", "Social Security # ", "ss no. "]), (g, ssn_typed(s)),
            ch(["", " thanks", ". Also my ticket is INC-%s" % rdig(6)]))
        return c
    c.a("%s this is %s can i get your social security number to verify" % (ch(["hi", "ok"]), o.lower()))
    parts = [s[:3], s[3:5], s[5:]]
    if p(0.5):
        g = c.g("SSN", s)
        c.c(ch(["sure it's ", "yeah ", "ok um "]), (g, say_chunks(parts, fill=0.3)))
    else:
        g = c.g("SSN", s)
        c.c(ch(["ok it's ", "first three are ", ""]), (g, say_group(parts[0])))
        c.a(ch(BACK))
        c.c((g, say_group(parts[1])))
        c.a(ch(BACK))
        c.c(ch(["", "and then ", "last four "]), (g, say_group(parts[2])))
    if p(0.6):
        g2 = c.g("SSN", s)
        c.a("thank you so ", (g2, say_chunks(parts, fill=0.0, sep=ch([" ", ", "]))), " correct")
        c.c("yes")
    return c


def pos_ni():
    ind, o = org()
    c = Case("UK NI number (%s), typed variants or spelled with phonetics" % ind)
    n = mk_ni()
    if p(0.35):
        g = c.g("NI_NUMBER", n)
        c.a("Can you confirm your National Insurance number?")
        c.c(ch(["NI no: ", "its ", "NINO ", "national insurance ", ""]), (g, ni_typed(n)))
        return c
    c.a("and your national insurance number please")
    style = ch(["plain", "for", "nato", None])
    if p(0.5):
        g = c.g("NI_NUMBER", n)
        c.c(ch(["it's ", "yeah it's ", "um "]), (g, alnum_spoken(n, style)))
    else:
        g = c.g("NI_NUMBER", n)
        c.c(ch(["ok ", "so ", ""]), (g, alnum_spoken(n[:2], style)))
        c.a(ch(BACK))
        c.c((g, say_chunks(group(n[2:8], [2, 2, 2]), ZA, fill=0.2)))
        c.a(ch(["and the letter at the end", "and the last letter", "mhm and"]))
        c.c(ch(["", "it's ", "that's "]), (g, say_letter(n[8], style or "for")))
    if p(0.5):
        g2 = c.g("NI_NUMBER", n)
        c.a("so ", (g2, alnum_spoken(n, "nato")), ch(["", " perfect"]))
    return c


def pos_bank():
    ind, o = org()
    c = Case("UK account number and sort code (%s)" % ind)
    acct, sc = rdig(8), rdig(6)
    ga, gs = c.g("BANK_ACCOUNT", acct), c.g("SORT_CODE", sc)
    if p(0.4):
        c.a("Please provide the account you'd like the refund of %s paid into." % money())
        c.c(ch(["acct no: ", "Account number ", "a/c ", "acc:"]), (ga, digits_typed(acct, [4, 4], (" ", "", "-"))),
            ch([" sort code ", ", s/c ", " SC: ", "\nsort "]), (gs, digits_typed(sc, [2, 2, 2], ("-", " ", ""))))
        return c
    c.a("what's the sort code")
    c.c(ch(["it's ", "", "er "]), (gs, say_chunks(group(sc, [2, 2, 2]), fill=0.2, sep=ch([" ", ", "]))))
    c.a("and the account number")
    if p(0.5):
        c.c((ga, say_chunks(group(acct, [4, 4]), fill=0.3)))
    else:
        c.c(ch(["", "ok "]), (ga, say_chunks([acct[:4]], fill=0)))
        c.a(ch(BACK))
        c.c((ga, say_chunks([acct[4:]], fill=0)))
    return c


def pos_us_account():
    ind, o = org()
    c = Case("US checking account number (%s)" % ind)
    acct = rdig(R.randint(10, 12))
    ga = c.g("BANK_ACCOUNT", acct)
    c.a("What's the checking account number for the autopay?")
    if p(0.5):
        c.c(ch(["checking acct #", "acct no. ", "account: "]), (ga, acct if p(0.5) else digits_typed(acct, [4, 4, 4], (" ", "-"))))
    else:
        c.c(ch(["it's ", "ok ", ""]), (ga, say_chunks(group(acct, [3, 3, 4, 2]), fill=0.2)))
    return c


def pos_iban():
    ind, o = org()
    c = Case("IBAN (%s), typed groups or spoken" % ind)
    s = mk_iban()
    g = c.g("IBAN", s)
    c.a(ch(["For the SEPA transfer we need your IBAN.", "can i take the iban for the refund"]))
    if p(0.5):
        c.c(ch(["IBAN: ", "iban ", "its ", "", "IBAN - "]), (g, iban_typed(s)))
    else:
        c.c(ch(["it's ", "ok ", "right "]), (g, alnum_spoken(s, ch(["plain", "nato", "for"]))))
        if p(0.5):
            c.a("thanks and the bic is %s that's not needed" % ch(["AIBKIE2D", "fine", "optional"]))
    return c


def pos_phone():
    ind, o = org()
    c = Case("phone number (%s), national or international" % ind)
    kind, local, intl = mk_phone()
    if p(0.5):
        canon, txt, plus = phone_typed(kind, local, intl)
        g = c.g("PHONE", canon if not plus == "00" else canon)
        c.a("What's the best contact number?")
        if plus == "00":
            c.c(ch(["tel ", "mob: ", "call me on "]), (g, "00" + txt))
            c.groups[g]["canon"] = "00" + canon
        else:
            c.c(ch(["tel ", "mob: ", "call me on ", "its ", "Phone - "]), plus, (g, txt))
        return c
    c.a("and a phone number we can reach you on")
    if kind != "us" and p(0.4):
        cc = intl[:len(intl) - len(local) + 1]
        g = c.g("PHONE", intl)
        txt = "plus " + say_digits(cc, multi=False) + " " + say_chunks(group(local[1:], [3, 3, 4]), fill=0.2)
        c.c(ch(["it's ", "my mobile is ", "", "yeah it's "]), (g, txt))
    else:
        g = c.g("PHONE", local)
        chunks = group(local, [3, 3, 4]) if kind == "us" else group(local, [5, 3, 3])
        if p(0.5):
            c.c(ch(["it's ", "", "ok "]), (g, say_chunks(chunks, fill=0.2)))
        else:
            c.c(ch(["it's ", "so "]), (g, say_chunks(chunks[:1], fill=0)))
            c.a(ch(BACK))
            c.c((g, say_chunks(chunks[1:], fill=0.3)))
        if p(0.5):
            g2 = c.g("PHONE", local)
            c.a("so that's ", (g2, say_chunks(chunks, fill=0)), " and is that ok for text messages too")
            c.c("yes that's fine")
    return c


def pos_email():
    ind, o = org()
    c = Case("email address (%s), typed or dictated" % ind)
    e = mk_email()
    g = c.g("EMAIL", e)
    if p(0.4):
        c.a("Which email should the %s go to?" % ch(["invoice", "e-ticket", "claim form", "statement"]))
        c.c(ch(["email: ", "its ", "", "pls use "]), (g, e if p(0.6) else e.capitalize()))
        return c
    c.a("and what email address would you like to use")
    c.c(ch(["yeah it's ", "it's ", "um "]), (g, email_spoken(e)))
    if p(0.5):
        g2 = c.g("EMAIL", e)
        c.a("so ", (g2, email_spoken(e)), ch([" yeah", ""]))
        c.c(ch(["that's right", "yes all lower case"]))
    return c


def pos_dob():
    ind, o = org()
    c = Case("date of birth (%s), typed or spoken, with non-PII dates nearby" % ind)
    d = mk_date(1935, 2006)
    g = c.g("DOB", d)
    if p(0.45):
        c.a("Can you confirm the date of birth on the account?")
        c.c(ch(["DOB ", "d.o.b: ", "born ", "its ", ""]), (g, dob_typed(d)),
            ch(["", ". My appointment is on the 3rd of next month", " - payment due 14th"]))
        return c
    c.a("can i just take your date of birth")
    c.c(ch(["yeah it's ", "", "um ", "it's "]), (g, dob_spoken(d)))
    if p(0.4):
        g2 = c.g("DOB", d)
        c.a("thank you ", (g2, dob_spoken(d)), " and the appointment is at half past two")
    return c


def pos_address():
    ind, o = org()
    us = p(0.35)
    c = Case("postal address (%s): street and postcode/ZIP as separate spans, town unlabelled" % ind)
    num, street, flat = mk_address(us)
    town, outw = ch(TOWNS_US if us else TOWNS_UK)
    canon_pc, pc_txt = mk_postcode(us, outw)
    ga, gp = c.g("ADDRESS", (num, street)), c.g("POSTCODE", canon_pc)
    if p(0.5):
        c.a("Please confirm the billing address.")
        c.c(ch(["addr: ", "", "It's "]), (ga, flat + num + " " + (street if p(0.7) else street.lower())),
            ", " + town + ch([", ", " ", "\n"]), (gp, pc_txt.upper() if us else pc_txt))
        return c
    c.a("and the first line of the address")
    c.c(ch(["it's ", "", "yeah "]), (ga, address_spoken(num, street, flat)), " " + town.lower())
    c.a("and the %s" % ("zip code" if us else "postcode"))
    c.c(ch(["", "it's ", "that's "]), (gp, postcode_spoken(canon_pc)))
    return c


def pos_combo():
    ind, o = org()
    c = Case("identity check (%s): several identifiers in one call with distractor numbers" % ind)
    uk = p(0.6)
    c.a("before i can discuss the account i need to run through security")
    if uk:
        n = mk_ni()
        g = c.g("NI_NUMBER", n)
        c.c("ok my ni number is ", (g, alnum_spoken(n, ch(["plain", "for"]))))
    else:
        s = mk_ssn()
        g = c.g("SSN", s)
        c.c("my social is ", (g, say_chunks([s[:3], s[3:5], s[5:]], fill=0.2)))
    d = mk_date(1940, 2004)
    gd = c.g("DOB", d)
    c.a("thanks and date of birth")
    c.c((gd, dob_spoken(d)), ch([" i'm sixty one", " so i'm thirty eight now", "", " the claim was in twenty twenty two"]))
    kind, local, intl = mk_phone()
    gp = c.g("PHONE", local)
    c.a("and a contact number")
    c.c((gp, say_chunks(group(local, [4, 3, 4]), fill=0.2)),
        ch(["", " but i'm out till six", " mornings are best before nine"]))
    n = mk_card()
    gc = c.g("CARD_NUMBER", n)
    c.a("great and the payment of %s what card" % money_spoken())
    c.c(ch(["the visa ", "debit card ", ""]), (gc, card_typed(n) if p(0.5) else say_chunks(group(n, card_sizes(n)), fill=0.2)))
    return c


def pos_chat_mixed():
    ind, o = org()
    c = Case("typed e-mail/chat (%s) with several identifiers, labels and typos" % ind)
    e = mk_email()
    s = mk_ssn() if p(0.5) else None
    ni = None if s else mk_ni()
    kind, local, intl = mk_phone()
    parts = ["Hi, re my %s ref %s-%s. " % (ch(["complaint", "claim", "order", "ticket"]), ch(["CMP", "CLM", "ORD", "TKT"]), rdig(8))]
    ge = c.g("EMAIL", e)
    gp = c.g("PHONE", local)
    segs = parts + ["my emial is ", (ge, e.upper() if p(0.2) else e), " and moblie ", (gp, digits_typed(local, [4, 3, 4], (" ", "", "-"))), ". "]
    if s:
        segs += [ch(["SSN ", "ss# ", "social sec no "]), (c.g("SSN", s), ssn_typed(s))]
    else:
        segs += [ch(["NI ", "nat ins no. ", "NINO: "]), (c.g("NI_NUMBER", ni), ni_typed(ni))]
    segs += [". I've been charged %s twice on the %s." % (money(), ch(["3rd", "12th", "27th"]))]
    c.a("Hello, how can I help today?")
    c.c(*segs)
    return c


POS = [pos_card_chat, pos_card_asr_split, pos_card_correction, pos_card_aside, pos_ssn, pos_ni,
       pos_bank, pos_us_account, pos_iban, pos_phone, pos_email, pos_dob, pos_address,
       pos_combo, pos_chat_mixed, pos_ssn, pos_ni, pos_card_asr_split, pos_card_chat, pos_address,
       pos_iban, pos_bank]


# ---------------------------------------------------------------- negative templates
def neg_last4():
    ind, o = org()
    c = Case("card last four only (%s) - not PII on its own" % ind)
    l4 = rdig(4)
    c.a("which card would you like to use the one ending %s or a new one" % say_digits(l4))
    c.c(ch(["the one ending ", "yeah the visa ending in ", "card ending "]) +
        (say_digits(l4) if p(0.5) else l4) + ch(["", " please", " the debit one"]))
    c.a("ok that's %s taken today" % money_spoken())
    return c


def neg_order_long():
    ind, o = org()
    c = Case("long labelled reference numbers read like card numbers (%s)" % ind)
    lab = ch(["order number", "tracking number", "claim reference", "policy number", "invoice number",
              "case reference", "booking reference", "meter serial", "consignment number"])
    num = luhn_complete(ch(["4", "5", "3"]), 16) if p(0.5) else rdig(R.randint(12, 18))
    c.a("can i have the %s please" % lab)
    if p(0.5):
        c.c("yeah the %s is %s" % (lab, say_chunks(group(num, [4] * 5), fill=0.2)))
        c.a(ch(BACK) + " thank you i've found the %s" % lab.split()[0])
    else:
        c.c("%s: %s" % (lab.capitalize(), " ".join(group(num, [4] * 5))))
    return c


def neg_amounts():
    ind, o = org()
    c = Case("amounts, balances and dates of payments (%s)" % ind)
    c.a("your balance is %s and the next payment of %s is due on the %s of %s" % (
        money_spoken(), money_spoken(), ch(["fourteenth", "first", "twenty third"]), ch(MONTHS)))
    c.c("ok can i pay %s now and the rest on %s %d" % (money(), ch(MONTHS).capitalize(), R.randint(1, 28)))
    c.a("yes that's fine it'll take three to five working days and there's a %d%% fee" % R.randint(1, 9))
    return c


def neg_times():
    ind, o = org()
    c = Case("opening hours, times and durations (%s)" % ind)
    c.c("what time are you open till")
    c.a("we're open %s till %s monday to friday and the wait is about %s minutes" % (
        ch(["eight", "nine", "half eight", "08:30", "9am"]), ch(["six", "eight pm", "17:30", "half five"]),
        ch(["twenty", "forty five", "15", "ninety"])))
    c.c("ok i called at %s and was on hold for %s" % (ch(["10:42", "twenty past eleven", "1415"]),
                                                     ch(["an hour and twenty minutes", "45 mins", "two hours"])))
    return c


def neg_travel():
    ind, o = org()
    c = Case("flight, gate, seat, room and booking numbers (%s)" % ind)
    fl = ch(["EI", "BA", "FR", "UA", "LH"]) + str(R.randint(100, 9999))
    c.c("i'm on flight %s tomorrow at %s seat %d%s" % (fl, ch(["06:50", "quarter to seven", "1310"]),
                                                       R.randint(1, 40), ch("ACDF")))
    c.a("thanks your booking reference %s is confirmed gate %d opens %s before and your hotel room is %d" % (
        "".join(ch("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6)), R.randint(1, 120),
        ch(["forty minutes", "an hour"]), R.randint(100, 1299)))
    return c


def neg_meter():
    ind, o = org()
    c = Case("meter readings and account-like labelled numbers (%s)" % ind)
    r1 = rdig(5)
    c.a("can you give me the meter reading")
    c.c("it says %s then %s in red" % (say_chunks(group(r1, [2, 3]), fill=0.3), say_digits(rdig(1))))
    c.a("and the meter serial number")
    c.c("serial %s%s" % (ch(["E6S", "K", "L8", "M"]), rdig(R.randint(8, 10))))
    c.a("thanks that's %s kilowatt hours since the last reading on the %s" % (
        say_triple(str(R.randint(100, 999))), ch(["third", "nineteenth", "first of june"])))
    return c


def neg_ages():
    ind, o = org()
    c = Case("ages, temperatures, percentages, years and counts (%s)" % ind)
    c.c("my mum's %s and it was %s degrees in the house the heating's been broken since %s" % (
        ch(["eighty four", "ninety one", "seventy"]), ch(["twelve", "nine", "14"]), ch(["2019", "twenty nineteen", "last march"])))
    c.a("i'm sorry to hear that we've had %d calls about it and %d%% of homes are fixed" % (
        R.randint(30, 900), R.randint(40, 99)))
    c.c("she's been a customer for %s years" % ch(["thirty", "twenty five", "40"]))
    return c


def neg_roads():
    ind, o = org()
    c = Case("road names, junctions and vehicle details without house numbers (%s)" % ind)
    c.c("i broke down on the %s near junction %d going towards %s" % (
        ch(["M25", "A40", "N7", "I-95", "M50", "Route 66"]), R.randint(1, 30), ch(["Heathrow", "Dublin", "Leeds"])))
    c.a("ok the recovery truck will come to the %s slip road, the car's a %d model is it" % (
        ch(["northbound", "eastbound"]), R.randint(2005, 2024)))
    c.c("yes and the policy number is %s" % ("POL" + rdig(9)))
    return c


def neg_tricky_format():
    ind, o = org()
    c = Case("labelled values formatted like PII but not PII (%s)" % ind)
    r = R.randint(0, 4)
    if r == 0:
        x = rdig(3) + "-" + rdig(2) + "-" + rdig(4)
        c.c("Ticket %s still open after 3 weeks" % x)
    elif r == 1:
        x = rdig(2) + "-" + rdig(2) + "-" + rdig(2)
        c.c("Order no. %s placed on %s" % (x, ch(["12/03", "Monday", "the 4th"])))
    elif r == 2:
        x = "".join(ch("ABCEHJKLMNPRSTWXYZ") for _ in range(2)) + rdig(6) + ch("ABCD")
        c.c("the model number on the boiler is %s" % x)
    elif r == 3:
        x = rdig(8)
        c.c("invoice %s for %s" % (x, money()))
    else:
        x = rdig(5)
        c.c("Claim # %s, incident on %s" % (x, ch(["5 May 2023", "03/11/2024", "last Tuesday"])))
    c.a(ch(["Thanks, looking into that now.", "I can see that, give me a moment.", "Noted."]))
    return c


def neg_spoken_ref():
    ind, o = org()
    c = Case("reference number read across turns like a card, with back-channels (%s)" % ind)
    num = rdig(R.randint(10, 16))
    lab = ch(["reference number", "ticket number", "account reference on the letter", "claim number", "parcel tracking number"])
    c.a("have you got the %s there" % lab)
    ch_ = group(num, [4] * 4)
    c.c("yeah the %s is %s" % (lab, say_chunks(ch_[:2], fill=0.3)))
    c.a(ch(BACK))
    c.c(say_chunks(ch_[2:], fill=0.3) if len(ch_) > 2 else "that's it")
    c.a("perfect that's pulled up your %s from %s" % (ch(["order", "case", "claim"]), ch(["march", "last year", "2023"])))
    return c


def neg_health():
    ind, o = org()
    c = Case("healthcare billing amounts, codes and appointment dates (%s)" % ind)
    c.c("i got a bill for %s for my appointment on %s" % (money(), ch(["the 2nd of May", "10/14", "June 3rd"])))
    c.a("that's procedure code %s, your plan covers %d%% after the $%d deductible, statement number %s" % (
        rdig(5), R.randint(50, 90), R.randint(100, 3000), rdig(10)))
    return c


def neg_phone_business():
    ind, o = org()
    c = Case("durations, extensions and price tiers spoken with digits (%s)" % ind)
    c.a("you're on the %s plan at %s a month with %s gigabytes and %s minutes" % (
        ch(["unlimited", "basic", "family"]), money_spoken(), ch(["thirty", "100", "fifty"]), ch(["five hundred", "1000"])))
    c.c("and extension %s said it would be %s for %s months" % (rdig(4), money(), ch(["twelve", "24", "eighteen"])))
    return c


NEG = [neg_last4, neg_order_long, neg_amounts, neg_times, neg_travel, neg_meter, neg_ages,
       neg_roads, neg_tricky_format, neg_spoken_ref, neg_health, neg_phone_business, neg_last4,
       neg_order_long, neg_tricky_format]


# ---------------------------------------------------------------- build / check
def build():
    R.seed(339241125)
    cases = []
    for i in range(220):
        c = POS[i % len(POS)]()
        cases.append(("h339-pos-%03d" % (i + 1), "positive", c))
    for i in range(115):
        c = NEG[i % len(NEG)]()
        cases.append(("h339-neg-%03d" % (i + 1), "negative", c))
    lines = []
    for cid, kind, c in cases:
        rec = {"id": cid, "kind": kind, "turns": c.turns, "spans": c.spans, "note": c.note}
        lines.append(json.dumps(rec, ensure_ascii=False))
    return cases, "\n".join(lines) + "\n"


def check(cases, text):
    errs = []
    if not os.path.exists(OUT):
        errs.append("missing " + OUT)
    else:
        with open(OUT, encoding="utf-8") as fh:
            if fh.read() != text:
                errs.append("cases.jsonl differs from regenerated output")
    ids = set()
    counts = collections.Counter()
    npos = nneg = 0
    for cid, kind, c in cases:
        if cid in ids:
            errs.append("duplicate id " + cid)
        ids.add(cid)
        npos += kind == "positive"
        nneg += kind == "negative"
        if kind == "negative" and c.spans:
            errs.append(cid + ": negative with spans")
        if kind == "positive" and not c.spans:
            errs.append(cid + ": positive without spans")
        for t in c.turns:
            if t["speaker"] not in ("customer", "agent"):
                errs.append(cid + ": bad speaker")
        byturn = collections.defaultdict(list)
        for s in c.spans:
            counts[s["type"]] += 1
            txt = c.turns[s["turn"]]["text"]
            if not (0 <= s["start"] < s["end"] <= len(txt)):
                errs.append("%s: span out of range %r" % (cid, s))
                continue
            v = txt[s["start"]:s["end"]]
            if not (v[0].isalnum() and v[-1].isalnum()):
                errs.append("%s: span not trimmed %r" % (cid, v))
            if (s["start"] > 0 and txt[s["start"] - 1].isalnum()) or \
                    (s["end"] < len(txt) and txt[s["end"]].isalnum()):
                errs.append("%s: span not on word boundary %r" % (cid, v))
            byturn[s["turn"]].append((s["start"], s["end"]))
        for lst in byturn.values():
            lst.sort()
            for (a1, b1), (a2, b2) in zip(lst, lst[1:]):
                if a2 < b1:
                    errs.append(cid + ": overlapping spans")
        for g in c.groups:
            if not g["texts"]:
                errs.append(cid + ": empty value group")
                continue
            canon = g["canon"]
            if not g["frag"] and not valid_canon(g["type"], canon):
                errs.append("%s: invalid canonical %s %r" % (cid, g["type"], canon))
            if not value_ok(g["type"], " ".join(g["texts"]), canon, g["frag"]):
                errs.append("%s: %s text %r does not normalise to %r" % (cid, g["type"], g["texts"], canon))
    mins = {"CARD_NUMBER": 70, "SSN": 30, "NI_NUMBER": 30}
    for t in ("CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE",
              "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"):
        if counts[t] < mins.get(t, 10):
            errs.append("too few %s spans: %d" % (t, counts[t]))
    if npos < 200 or nneg < 100:
        errs.append("too few cases")
    return errs, counts, npos, nneg


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args()
    cases, text = build()
    if not args.check:
        os.makedirs(os.path.dirname(OUT), exist_ok=True)
        with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
    errs, counts, npos, nneg = check(cases, text)
    for e in errs[:50]:
        print("ERROR:", e)
    print("positive=%d negative=%d spans=%d" % (npos, nneg, sum(counts.values())))
    for t, n in sorted(counts.items()):
        print("  %-13s %d" % (t, n))
    if errs:
        print("FAILED (%d errors)" % len(errs))
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Generate the held-out PII redaction set tests/fixtures/pii_holdout69.

Written by an AI helper acting as an independent author (it did not see the
redaction code or any other fixture).  Standard library only.

    python scripts/make_pii_holdout69.py           # write cases.jsonl + README.md
    python scripts/make_pii_holdout69.py --check   # regenerate + verify

Every turn is assembled from plain-text segments and value segments, so span
offsets are computed, never typed by hand.  All randomness comes from one
random.Random(69271123).
"""
from __future__ import annotations

import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

SEED = 69271123
ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "tests" / "fixtures" / "pii_holdout69"
CASES = OUT_DIR / "cases.jsonl"
README = OUT_DIR / "README.md"
PREFIX = "h69"

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

# ---------------------------------------------------------------------------
# spoken number words
# ---------------------------------------------------------------------------
UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy",
        8: "eighty", 9: "ninety"}
ZERO_WORDS = {"zero", "oh", "o", "nought"}
UNIT_VAL = {w: i for i, w in enumerate(UNITS)}
for _z in ZERO_WORDS:
    UNIT_VAL[_z] = 0
TEEN_VAL = {w: 10 + i for i, w in enumerate(TEENS)}
TENS_VAL = {w: k for k, w in TENS.items()}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
MONTH_ABBR = {m[:3]: i + 1 for i, m in enumerate(MONTHS)}
MONTH_ABBR["sept"] = 9
ORD_UNITS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
             "seventh": 7, "eighth": 8, "ninth": 9}
ORD_TEENS = {"tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
             "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17,
             "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "thirtieth": 30}
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo",
        "g": "golf", "h": "hotel", "j": "juliet", "k": "kilo", "l": "lima",
        "m": "mike", "n": "november", "p": "papa", "r": "romeo", "s": "sierra",
        "t": "tango", "w": "whiskey", "y": "yankee", "z": "zulu"}
ASIN = {"a": "apple", "b": "boy", "c": "cat", "d": "dog", "e": "edward", "g": "george",
        "h": "henry", "j": "john", "k": "king", "l": "larry", "m": "mary", "n": "nancy",
        "p": "peter", "r": "robert", "s": "sam", "t": "tom", "w": "william", "y": "yellow",
        "z": "zebra"}


HOMOPHONES = {"for": "4", "to": "2", "too": "2", "ate": "8", "won": "1"}


class ParseError(Exception):
    pass


def tokens(text: str) -> list[str]:
    return re.findall(r"[a-z]+|\d+", text.lower())


def parse_digits(text: str, alnum: bool = False) -> str:
    """Normalise a typed or ASR-spoken value into digits (and letters if alnum)."""
    toks = tokens(text)
    out = []
    i = 0
    n = len(toks)
    while i < n:
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < n else None
        if t.isdigit():
            out.append(t)
            i += 1
        elif t in ("dash", "hyphen", "plus", "slash", "space"):
            i += 1
        elif not alnum and t in HOMOPHONES:
            out.append(HOMOPHONES[t])
            i += 1
        elif t in ("double", "triple"):
            if nxt not in UNIT_VAL:
                raise ParseError(f"{t} without digit in {text!r}")
            out.append(str(UNIT_VAL[nxt]) * (2 if t == "double" else 3))
            i += 2
        elif t in UNIT_VAL and nxt == "thousand":
            val = UNIT_VAL[t] * 1000
            i += 2
            if i < n and toks[i] == "and":
                i += 1
            if i < n and toks[i] in TENS_VAL:
                val += TENS_VAL[toks[i]] * 10
                i += 1
                if i < n and toks[i] in UNIT_VAL and toks[i] not in ZERO_WORDS:
                    val += UNIT_VAL[toks[i]]
                    i += 1
            elif i < n and toks[i] in TEEN_VAL:
                val += TEEN_VAL[toks[i]]
                i += 1
            elif i < n and toks[i] in UNIT_VAL and toks[i] not in ZERO_WORDS:
                val += UNIT_VAL[toks[i]]
                i += 1
            out.append("%04d" % val)
        elif t in UNIT_VAL and nxt == "hundred":
            val = UNIT_VAL[t] * 100
            i += 2
            if i < n and toks[i] == "and":
                i += 1
            if i < n and toks[i] in TENS_VAL:
                val += TENS_VAL[toks[i]] * 10
                i += 1
                if i < n and toks[i] in UNIT_VAL and toks[i] not in ZERO_WORDS:
                    val += UNIT_VAL[toks[i]]
                    i += 1
            elif i < n and toks[i] in TEEN_VAL:
                val += TEEN_VAL[toks[i]]
                i += 1
            elif i < n and toks[i] in UNIT_VAL and toks[i] not in ZERO_WORDS:
                val += UNIT_VAL[toks[i]]
                i += 1
            out.append("%03d" % val)
        elif t in UNIT_VAL and not (alnum and t == "o" and False):
            out.append(str(UNIT_VAL[t]))
            i += 1
        elif t in TEEN_VAL:
            out.append(str(TEEN_VAL[t]))
            i += 1
        elif t in TENS_VAL:
            v = TENS_VAL[t] * 10
            i += 1
            if i < n and toks[i] in UNIT_VAL and toks[i] not in ZERO_WORDS:
                v += UNIT_VAL[toks[i]]
                i += 1
            out.append(str(v))
        elif alnum and len(t) == 1:
            out.append(t.upper())
            i += 1
            if i < n and toks[i] == "for" and i + 1 < n:
                i += 2
            elif i + 2 < n and toks[i] == "as" and toks[i + 1] == "in":
                i += 3
        elif alnum and re.fullmatch(r"[a-z]{2}", t) and t != "oh":
            out.append(t.upper())  # typed letter pair, e.g. "AB" or "GB"
            i += 1
        elif alnum and re.fullmatch(r"[a-z]+", t) and re.fullmatch(r"[a-z]+", t):
            # typed alnum chunk like "AIBK" inside an IBAN
            if len(t) <= 4 and t not in ("for", "as", "in", "and"):
                out.append(t.upper())
                i += 1
            else:
                raise ParseError(f"unexpected word {t!r} in {text!r}")
        else:
            raise ParseError(f"unexpected token {t!r} in {text!r}")
    return "".join(out)


def _parse_digits(text, alnum=False):
    return parse_digits(text, alnum)


def alnum_typed(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9]", "", text).upper()


# ---------------------------------------------------------------------------
# validators
# ---------------------------------------------------------------------------
def luhn_ok(d: str) -> bool:
    s = 0
    for i, ch in enumerate(reversed(d)):
        v = int(ch)
        if i % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        s += v
    return s % 10 == 0


def iban_ok(s: str) -> bool:
    lengths = {"GB": 22, "IE": 22, "DE": 22, "FR": 27, "NL": 18, "ES": 24, "IT": 27,
               "BE": 16, "PT": 25}
    if s[:2] not in lengths or len(s) != lengths[s[:2]]:
        return False
    r = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in r)
    return int(num) % 97 == 1


NI_RE = re.compile(r"^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$")
UK_PC_RE = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[ABD-HJLNP-UW-Z]{2}$")


def ssn_ok(d: str) -> bool:
    return (len(d) == 9 and d.isdigit() and d[:3] not in ("000", "666")
            and d[0] != "9" and d[3:5] != "00" and d[5:] != "0000")


def phone_ok(d: str) -> bool:
    if not d.isdigit():
        return False
    if len(d) == 10 and d[0] in "23456789":
        return True  # US NANP
    if len(d) == 11 and d[0] == "1":
        return True
    if len(d) == 11 and d[0] == "0":
        return True  # UK national
    if len(d) == 12 and d.startswith("44"):
        return True
    if len(d) in (9, 10) and d[0] == "0":
        return True  # Ireland national
    if len(d) in (11, 12) and d.startswith("353"):
        return True
    if len(d) == 13 and d.startswith("440"):
        return True  # +44 (0)...
    return False


def parse_date_parts(text: str):
    """Return (set of month numbers, set of day numbers, set of numbers) for a date text."""
    toks = tokens(text)
    months, days, nums = set(), set(), []
    i = 0
    while i < len(toks):
        t = toks[i]
        if t in MONTHS:
            months.add(MONTHS.index(t) + 1)
            i += 1
            continue
        if t in MONTH_ABBR:
            months.add(MONTH_ABBR[t])
            i += 1
            continue
        if t in ORD_UNITS:
            days.add(ORD_UNITS[t])
            i += 1
            continue
        if t in ORD_TEENS:
            days.add(ORD_TEENS[t])
            i += 1
            continue
        if t in ("twenty", "thirty") and i + 1 < len(toks) and toks[i + 1] in ORD_UNITS:
            days.add(TENS_VAL[t] * 10 + ORD_UNITS[toks[i + 1]])
            i += 2
            continue
        if t in ("st", "nd", "rd", "th", "of", "the", "slash", "dash"):
            i += 1
            continue
        # gather a run of number tokens
        if t.isdigit():
            nums.append(t)
            i += 1
            continue
        j = i
        while j < len(toks) and (toks[j] in UNIT_VAL or toks[j] in TEEN_VAL
                                 or toks[j] in TENS_VAL or toks[j] in ("double", "hundred", "thousand", "and")):
            j += 1
        if j == i:
            raise ParseError(f"bad date token {t!r} in {text!r}")
        nums.append(parse_digits(" ".join(toks[i:j])))
        i = j
    return months, days, nums


def date_matches(text: str, y: int, m: int, d: int | None) -> bool:
    """The date's digits must be exactly some ordering of (day, month) + year."""
    months, days, nums = parse_date_parts(text)
    joined = "".join(nums)
    if months and months != {m}:
        return False
    if days and (d is None or days != {d}):
        return False
    yvs = [str(y), "%02d" % (y % 100)]
    mvs = [""] if months else [str(m), "%02d" % m]
    dvs = [""] if (d is None or days) else [str(d), "%02d" % d]
    cands = set()
    for yv in yvs:
        for mv in mvs:
            for dv in dvs:
                cands.update({mv + dv + yv, dv + mv + yv, yv + mv + dv})
    return joined in cands


def email_norm(text: str) -> str:
    if "@" in text:
        return text.strip().lower()
    toks = text.lower().split()
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        if t == "dot":
            out.append(".")
        elif t == "at":
            out.append("@")
        elif t == "underscore":
            out.append("_")
        elif t in ("dash", "hyphen"):
            out.append("-")
        elif (t in UNIT_VAL and t not in ("o", "oh")) or t in TEEN_VAL or t in TENS_VAL or t == "double":
            j = i
            while j < len(toks) and ((toks[j] in UNIT_VAL and toks[j] not in ("o", "oh")) or toks[j] in TEEN_VAL
                                     or toks[j] in TENS_VAL or toks[j] == "double"):
                j += 1
            out.append(parse_digits(" ".join(toks[i:j])))
            i = j
            continue
        else:
            out.append(t)
        i += 1
    return "".join(out)


def validate(typ: str, canon, frags: list[str]) -> str | None:
    """Return an error message or None.  frags = the texts of the value's spans, in order.

    Digit-like values are normalised fragment by fragment and concatenated (so
    "seven hundred and twenty" + "three ..." is not merged into 723)."""
    text = " ".join(frags)

    def parse_digits(_t, alnum=False):  # noqa: shadow on purpose: per fragment
        return "".join(_parse_digits(f, alnum) for f in frags)
    try:
        if typ == "CARD_NUMBER":
            d = parse_digits(text)
            if d != canon or not (13 <= len(d) <= 19) or not luhn_ok(d):
                return f"card {d!r} vs {canon!r}"
        elif typ == "CVV":
            d = parse_digits(text)
            if d != canon or len(d) not in (3, 4):
                return f"cvv {d!r}"
        elif typ == "EXPIRY":
            y, m = canon
            if not date_matches(text, y, m, None):
                return f"expiry {text!r} vs {canon}"
        elif typ == "SSN":
            d = parse_digits(text)
            if d != canon or not ssn_ok(d):
                return f"ssn {d!r} vs {canon!r}"
        elif typ == "NI_NUMBER":
            s = parse_digits(text, alnum=True)
            if s != canon or not NI_RE.match(s):
                return f"ni {s!r} vs {canon!r}"
        elif typ == "BANK_ACCOUNT":
            d = parse_digits(text)
            if d != canon or not (6 <= len(d) <= 17):
                return f"account {d!r}"
        elif typ == "SORT_CODE":
            d = parse_digits(text)
            if d != canon or len(d) != 6:
                return f"sort {d!r}"
        elif typ == "IBAN":
            s = parse_digits(text, alnum=True)
            if s != canon or not iban_ok(s):
                return f"iban {s!r} vs {canon!r}"
        elif typ == "PHONE":
            d = parse_digits(text)
            if d != canon or not phone_ok(d):
                return f"phone {d!r} vs {canon!r}"
        elif typ == "EMAIL":
            e = email_norm(text)
            if e != canon or not re.fullmatch(r"[a-z0-9._\-+]+@[a-z0-9\-]+(\.[a-z0-9\-]+)+", e):
                return f"email {e!r} vs {canon!r}"
        elif typ == "DOB":
            y, m, d = canon
            if not date_matches(text, y, m, d):
                return f"dob {text!r} vs {canon}"
        elif typ == "POSTCODE":
            kind, val = canon
            if kind == "US":
                d = parse_digits(text)
                if d != val or len(d) not in (5, 9):
                    return f"zip {d!r} vs {val!r}"
            else:
                s = parse_digits(text, alnum=True)
                if s != val or not UK_PC_RE.match(s):
                    return f"uk postcode {s!r} vs {val!r}"
        elif typ == "ADDRESS":
            num, street = canon
            toks = tokens(text)
            # leading number words / digits
            j = 0
            while j < len(toks) and (toks[j].isdigit() or toks[j] in UNIT_VAL or toks[j] in TEEN_VAL
                                     or toks[j] in TENS_VAL or toks[j] in ("hundred", "double", "and")):
                j += 1
            d = _parse_digits(" ".join(toks[:j]))
            rest = " ".join(toks[j:])
            if d != num or not rest.startswith(street.lower()):
                return f"address {d!r} {rest!r} vs {canon}"
            suffixes = ("street", "st", "avenue", "ave", "road", "rd", "drive", "dr", "lane",
                        "ln", "boulevard", "blvd", "court", "ct", "way", "place", "pl",
                        "terrace", "circle", "cir", "parkway", "pkwy", "close", "crescent",
                        "highway", "hwy", "trail", "gardens")
            if not any(w in suffixes for w in toks[j:]):
                return f"address without street suffix {text!r}"
        else:
            return f"unknown type {typ}"
    except ParseError as e:
        return str(e)
    return None


# ---------------------------------------------------------------------------
# case builder
# ---------------------------------------------------------------------------
R = random.Random(SEED)


class V:
    """A PII value: type + canonical form; pieces of it become spans."""
    _n = 0

    def __init__(self, typ, canon):
        V._n += 1
        self.id = V._n
        self.typ = typ
        self.canon = canon

    def __call__(self, text):
        return (text, self)


class Case:
    def __init__(self):
        self.turns = []
        self.spans = []   # (turn, start, end, V)

    def t(self, speaker, *segs):
        text = ""
        idx = len(self.turns)
        for seg in segs:
            if isinstance(seg, tuple):
                s, v = seg
                start = len(text)
                text += s
                self.spans.append((idx, start, len(text), v))
            else:
                text += seg
        self.turns.append({"speaker": speaker, "text": text})
        return self

    def a(self, *segs):
        return self.t("agent", *segs)

    def c(self, *segs):
        return self.t("customer", *segs)


def pick(seq):
    return seq[R.randrange(len(seq))]


def chance(p):
    return R.random() < p


# ---------------------------------------------------------------------------
# value generators
# ---------------------------------------------------------------------------
def luhn_complete(prefix: str, length: int) -> str:
    body = prefix + "".join(str(R.randrange(10)) for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def gen_card(brand=None):
    brand = brand or pick(["visa", "visa", "mc", "mc", "amex", "disc"])
    if brand == "visa":
        return brand, luhn_complete("4" + str(R.randrange(10)), 16)
    if brand == "mc":
        return brand, luhn_complete(str(R.randrange(51, 56)), 16)
    if brand == "amex":
        return brand, luhn_complete(pick(["34", "37"]), 15)
    return brand, luhn_complete("6011", 16)


def card_groups(brand, num):
    if brand == "amex":
        return [num[:4], num[4:10], num[10:]]
    return [num[i:i + 4] for i in range(0, len(num), 4)]


def gen_ssn():
    while True:
        a = R.randrange(1, 900)
        if a == 666:
            continue
        g = R.randrange(1, 100)
        s = R.randrange(1, 10000)
        return "%03d%02d%04d" % (a, g, s)


NI_FIRST = "ABCEGHJKLMNPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def gen_ni():
    while True:
        p = pick(NI_FIRST) + pick(NI_SECOND)
        if p in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ") or "X" in p:
            continue
        return p + "%06d" % R.randrange(1000000) + pick("ABCD")


def iban_make(cc, bban):
    r = bban + cc + "00"
    num = "".join(str(int(c, 36)) for c in r)
    chk = 98 - int(num) % 97
    return "%s%02d%s" % (cc, chk, bban)


def rdig(n):
    return "".join(str(R.randrange(10)) for _ in range(n))


def gen_iban(cc=None):
    cc = cc or pick(["GB", "IE", "DE", "FR", "NL", "ES", "IT", "BE"])
    if cc == "GB":
        bban = pick(["NWBK", "BARC", "LOYD", "HSBC", "MIDL"]) + rdig(14)
    elif cc == "IE":
        bban = pick(["AIBK", "BOFI", "IPBS"]) + rdig(14)
    elif cc == "DE":
        bban = rdig(18)
    elif cc == "FR":
        bban = rdig(23)
    elif cc == "NL":
        bban = pick(["ABNA", "INGB", "RABO"]) + rdig(10)
    elif cc == "ES":
        bban = rdig(20)
    elif cc == "IT":
        bban = pick("ABCDEHJKLMNPRSTWZ") + rdig(22)
    else:
        bban = rdig(12)
    return iban_make(cc, bban)


def iban_typed(s):
    style = R.randrange(3)
    if style == 0:
        return " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    if style == 1:
        return s
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4)).lower() if chance(0.3) else \
        "-".join(s[i:i + 4] for i in range(0, len(s), 4))


US_AREAS = ["212", "312", "415", "617", "713", "404", "602", "206", "305", "512", "614", "720",
            "813", "919", "503", "702", "267", "470", "646", "832", "971", "909", "336"]


def gen_us_phone():
    return pick(US_AREAS) + str(R.randrange(2, 10)) + rdig(2) + rdig(4)


def gen_uk_mobile():
    return "07" + pick(["700", "911", "832", "456", "723", "845", "985"]) + rdig(6)


def gen_ie_mobile():
    return "08" + pick("35679") + rdig(7)


def gen_dob():
    y = R.randrange(1941, 2005)
    m = R.randrange(1, 13)
    d = R.randrange(1, 29)
    return y, m, d


def gen_expiry():
    return R.randrange(2026, 2032), R.randrange(1, 13)


US_CITIES = [("Austin", "TX", "787"), ("Columbus", "OH", "432"), ("Phoenix", "AZ", "850"),
             ("Atlanta", "GA", "303"), ("Denver", "CO", "802"), ("Tampa", "FL", "336"),
             ("Raleigh", "NC", "276"), ("Portland", "OR", "972"), ("Boise", "ID", "837"),
             ("Madison", "WI", "537"), ("Spokane", "WA", "992"), ("Omaha", "NE", "681"),
             ("Dayton", "OH", "454"), ("Fresno", "CA", "937"), ("Buffalo", "NY", "142"),
             ("Newark", "NJ", "071"), ("Tucson", "AZ", "857"), ("Reno", "NV", "895")]
STREETS = ["Maple Ridge", "Oak", "Elm", "Cedar Hollow", "Willow Bend", "Pine", "Lakeview",
           "Sycamore", "Chestnut", "Hawthorne", "Magnolia", "Birch Creek", "Washington",
           "Lincoln", "Jefferson", "Highland", "Sunset", "Meadowbrook", "Briarwood",
           "Fox Run", "Riverside", "Cherry", "Walnut Grove", "Prospect", "Juniper",
           "North Main", "West Lincoln", "East Cherry", "South Park", "Old Mill"]
SUFFIX = [("Street", "St"), ("Avenue", "Ave"), ("Drive", "Dr"), ("Road", "Rd"),
          ("Lane", "Ln"), ("Boulevard", "Blvd"), ("Court", "Ct"), ("Way", "Way"),
          ("Circle", "Cir"), ("Parkway", "Pkwy"), ("Place", "Pl"), ("Trail", "Trail")]
UK_STREETS = ["Kingsley", "Station", "Church", "Victoria", "Mill", "Park", "Queens",
              "Albert", "Manor", "Orchard", "Beech", "Grange"]
UK_SUFFIX = ["Road", "Street", "Lane", "Close", "Crescent", "Avenue", "Gardens", "Terrace"]
UK_TOWNS = [("Leeds", "LS"), ("Manchester", "M"), ("Bristol", "BS"), ("Sheffield", "S"),
            ("Nottingham", "NG"), ("Cardiff", "CF"), ("Glasgow", "G"), ("Leicester", "LE"),
            ("Brighton", "BN"), ("Reading", "RG"), ("Birmingham", "B"), ("Newcastle", "NE")]
PC_IN_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"


def gen_zip(prefix=None, plus4=None):
    z = (prefix or rdig(3)) + rdig(2)
    if z[:3] == "000":
        z = "1" + z[1:]
    if plus4 is None:
        plus4 = chance(0.35)
    return z + (rdig(4) if plus4 else "")


def gen_uk_pc(area=None):
    area = area or pick([a for _, a in UK_TOWNS])
    out = area + str(R.randrange(1, 20))
    return out + str(R.randrange(10)) + pick(PC_IN_LETTERS) + pick(PC_IN_LETTERS)


FIRST = ["james", "maria", "dwayne", "keisha", "robert", "linda", "carlos", "jen", "tyler",
         "megan", "darnell", "priya", "kevin", "ashley", "brandon", "nicole", "luis",
         "tanya", "greg", "rachel", "marcus", "emily", "sean", "aoife", "ciaran", "hannah"]
LAST = ["johnson", "garcia", "williams", "nguyen", "patel", "brown", "murphy", "davis",
        "martinez", "kowalski", "oconnor", "thompson", "reyes", "walsh", "hughes", "kim"]
DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "aol.com", "icloud.com",
           "comcast.net", "att.net", "protonmail.com", "eircom.net", "btinternet.com"]


def gen_email():
    f, l = pick(FIRST), pick(LAST)
    style = R.randrange(6)
    if style == 0:
        local = f + "." + l
    elif style == 1:
        local = f[0] + l
    elif style == 2:
        local = f + l + str(R.randrange(10, 99))
    elif style == 3:
        local = f + "_" + l
    elif style == 4:
        local = f[0] + "." + l + str(R.randrange(70, 99))
    else:
        local = l + "." + f[0]
    return local + "@" + pick(DOMAINS)


# ---------------------------------------------------------------------------
# spoken renderings (always verified by round-trip parsing)
# ---------------------------------------------------------------------------
def zero_word(uk=False):
    return pick(["oh", "oh", "zero", "o"] + (["nought"] if uk else []))


def say_digits(s, zero=None, doubles=False, uk=False):
    words = []
    i = 0
    z = zero or zero_word(uk)
    while i < len(s):
        ch = s[i]
        run = 1
        while i + run < len(s) and s[i + run] == ch:
            run += 1
        w = z if ch == "0" else UNITS[int(ch)]
        if doubles and run >= 3 and chance(0.5):
            words.append("triple " + w)
            i += 3
            continue
        if doubles and run >= 2:
            words.append("double " + w)
            i += 2
            continue
        words.append(w)
        i += 1
    return " ".join(words)


def say_pair(ab, z="oh"):
    a, b = int(ab[0]), int(ab[1])
    if a == 0:
        return z + " " + (z if b == 0 else UNITS[b])
    if a == 1:
        return TEENS[b]
    return TENS[a] + ("" if b == 0 else " " + UNITS[b])


def say_triple(abc, z="oh"):
    if abc[0] == "0":
        return say_digits(abc, z)
    h = UNITS[int(abc[0])] + " hundred"
    if abc[1:] == "00":
        return h
    if abc[1] == "0":
        return h + pick([" and ", " "]) + UNITS[int(abc[2])]
    return h + pick([" and ", " "]) + say_pair(abc[1:], z)


def say_chunk(s, style, uk=False):
    z = zero_word(uk)
    if style == "digits":
        return say_digits(s, z, doubles=False)
    if style == "doubles":
        return say_digits(s, z, doubles=True)
    if style == "pairs":
        parts = []
        i = 0
        if len(s) % 2 == 1:
            parts.append(say_digits(s[0], z))
            i = 1
        while i < len(s):
            parts.append(say_pair(s[i:i + 2], z))
            i += 2
        return " ".join(parts)
    if style == "hundreds" and len(s) == 3:
        return say_triple(s, z)
    # mixed: random chunking into 1/2 digit pieces
    parts = []
    i = 0
    while i < len(s):
        k = pick([1, 1, 2]) if len(s) - i >= 2 else 1
        if k == 2:
            parts.append(say_pair(s[i:i + 2], z))
        else:
            parts.append(say_digits(s[i], z))
        i += k
    return " ".join(parts)


def speak(s, styles=("digits", "doubles", "pairs", "mixed"), uk=False):
    """Spoken rendering of a digit string that round-trips through parse_digits."""
    for _ in range(30):
        st = pick(list(styles))
        txt = say_chunk(s, st, uk)
        try:
            if parse_digits(txt) == s:
                return txt
        except ParseError:
            pass
    txt = say_digits(s, "zero")
    assert parse_digits(txt) == s
    return txt


def speak_groups(groups, styles=("digits", "doubles", "pairs", "mixed"), uk=False, sep=" "):
    for _ in range(30):
        txt = sep.join(speak(g, styles, uk) for g in groups)
        try:
            if parse_digits(txt) == "".join(groups):
                return txt
        except ParseError:
            pass
    return sep.join(say_digits(g, "zero") for g in groups)


def say_letter(ch, phonetic_p=0.3):
    ch = ch.lower()
    r = R.random()
    if r < phonetic_p and ch in NATO:
        return ch + " for " + NATO[ch]
    if r < phonetic_p * 1.6 and ch in ASIN:
        return ch + " as in " + ASIN[ch]
    return ch


def ordinal(n):
    if n in (1, 2, 3, 4, 5, 6, 7, 8, 9):
        return [k for k, v in ORD_UNITS.items() if v == n][0]
    if 10 <= n <= 19 or n in (20, 30):
        return [k for k, v in ORD_TEENS.items() if v == n][0]
    return TENS[n // 10] + " " + ordinal(n % 10)


def say_year(y):
    s = str(y)
    if s.startswith("20") and y < 2010:
        return pick(["two thousand " + (UNITS[y % 10] if y % 10 else ""), "twenty " + say_pair(s[2:])]).strip() \
            if y % 10 else "two thousand"
    return say_pair(s[:2]) + " " + say_pair(s[2:])


def dob_spoken(y, m, d):
    st = R.randrange(5)
    if st == 0:
        return f"{MONTHS[m-1]} {ordinal(d)} {say_year(y)}"
    if st == 1:
        return f"the {ordinal(d)} of {MONTHS[m-1]} {say_year(y)}"
    if st == 2:
        return f"{MONTHS[m-1]} {speak(str(d), ('pairs', 'digits')) if d > 9 else UNITS[d]} {say_year(y)}"
    if st == 3:
        yr = say_year(y) if chance(0.6) else say_pair("%02d" % (y % 100))
        mo = say_pair('%02d' % m, zero_word()) if chance(0.5) else (UNITS[m] if m < 10 else say_pair(str(m)))
        return f"{mo} {say_pair('%02d' % d, zero_word())} {yr}"
    return f"{ordinal(d)} {MONTHS[m-1]} {say_year(y)}"


def dob_typed(y, m, d, us=True):
    st = R.randrange(6)
    if st == 0:
        return f"{m:02d}/{d:02d}/{y}" if us else f"{d:02d}/{m:02d}/{y}"
    if st == 1:
        return f"{m}/{d}/{y}" if us else f"{d}.{m}.{y}"
    if st == 2:
        return f"{MONTHS[m-1].capitalize()} {d}, {y}"
    if st == 3:
        return f"{m:02d}-{d:02d}-{y}" if us else f"{d} {MONTHS[m-1].capitalize()} {y}"
    if st == 4:
        return f"{MONTHS[m-1][:3].capitalize()} {d} {y}"
    return f"{y}-{m:02d}-{d:02d}"


def expiry_spoken(y, m):
    st = R.randrange(4)
    yy = "%02d" % (y % 100)
    if st == 0:
        return f"{say_pair('%02d' % m, zero_word())} {say_pair(yy)}"
    if st == 1:
        return f"{MONTHS[m-1]} {say_pair(yy)}"
    if st == 2:
        return f"{say_digits('%02d' % m, zero_word())} {say_digits(yy, zero_word())}"
    return f"{MONTHS[m-1]} {say_year(y)}"


def expiry_typed(y, m):
    yy = y % 100
    return pick([f"{m:02d}/{yy:02d}", f"{m:02d}/{y}", f"{m}/{yy:02d}", f"{m:02d}-{yy:02d}",
                 f"{MONTHS[m-1][:3].capitalize()} {y}", f"{m:02d} {yy:02d}"])


def email_spoken(e):
    local, dom = e.split("@")

    def part(p):
        out = []
        for piece in re.split(r"([._\-])", p):
            if piece == ".":
                out.append("dot")
            elif piece == "_":
                out.append("underscore")
            elif piece == "-":
                out.append("dash")
            elif piece:
                m = re.match(r"([a-z]+)(\d*)$", piece)
                if m.group(1):
                    w = m.group(1)
                    out.append(" ".join(w) if (len(w) <= 2 or chance(0.15)) else w)
                if m.group(2):
                    dg = m.group(2)
                    if len(dg) == 2 and dg[0] != "0" and chance(0.7):
                        out.append(say_pair(dg))
                    else:
                        out.append(say_digits(dg, "zero"))
        return " ".join(out)
    return part(local) + " at " + part(dom)


def phone_typed_us(p):
    a, b, c = p[:3], p[3:6], p[6:]
    return pick([f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"{a}.{b}.{c}", f"{a}{b}{c}", f"+1 {a} {b} {c}",
                 f"1-{a}-{b}-{c}", f"{a} {b} {c}", f"+1 ({a}) {b}-{c}"])


def phone_canon_typed(txt):
    return parse_digits(txt)


def ssn_typed(s):
    a, b, c = s[:3], s[3:5], s[5:]
    return pick([f"{a}-{b}-{c}", f"{a} {b} {c}", f"{a}{b}{c}", f"{a}-{b}-{c}", f"{a}.{b}.{c}",
                 f"{a} - {b} - {c}", f"{a}-{b}{c}"])


def card_typed(brand, n):
    g = card_groups(brand, n)
    st = R.randrange(5)
    if st == 0:
        return " ".join(g)
    if st == 1:
        return "-".join(g)
    if st == 2:
        return n
    if st == 3:
        return "  ".join(g)
    return " ".join(g[:2]) + "-" + "-".join(g[2:]) if len(g) == 4 else " ".join(g)


def ni_typed(s):
    st = R.randrange(5)
    if st == 0:
        return f"{s[:2]} {s[2:4]} {s[4:6]} {s[6:8]} {s[8]}"
    if st == 1:
        return s
    if st == 2:
        return s.lower()
    if st == 3:
        return f"{s[:2]}{s[2:8]} {s[8]}"
    return f"{s[:2]}-{s[2:4]}-{s[4:6]}-{s[6:8]}-{s[8]}"


def ni_spoken(s):
    letters1 = " ".join(say_letter(c) for c in s[:2])
    digits = speak_groups([s[2:4], s[4:6], s[6:8]], ("digits", "pairs", "doubles", "mixed"), uk=True)
    return f"{letters1} {digits} {say_letter(s[8])}"


def uk_pc_spoken(pc):
    # outward letters spelled, digits spoken
    out = []
    for ch in pc:
        if ch.isdigit():
            out.append(say_digits(ch, "zero"))
        else:
            out.append(say_letter(ch, 0.25))
    return " ".join(out)


def uk_pc_typed(pc):
    inward = pc[-3:]
    outward = pc[:-3]
    return pick([f"{outward} {inward}", f"{outward}{inward}", f"{outward} {inward}".lower(),
                 f"{outward} {inward}"])


def zip_typed(z):
    return z if len(z) == 5 else pick([f"{z[:5]}-{z[5:]}", f"{z[:5]}-{z[5:]}", f"{z[:5]} {z[5:]}"])


def zip_spoken(z):
    if len(z) == 5:
        return speak(z, ("digits", "digits", "doubles", "mixed"))
    return speak(z[:5], ("digits", "doubles")) + pick([" dash ", " ", " "]) + \
        speak(z[5:], ("digits", "pairs"))


# -- address values -----------------------------------------------------------
def gen_us_address():
    r = R.random()
    if r < 0.6:
        num = str(R.randrange(100, 9999))
    elif r < 0.85:
        num = str(R.randrange(10, 100))
    else:
        num = str(R.randrange(10000, 30000))
    street = pick(STREETS)
    full, abbr = pick(SUFFIX)
    return num, street, full, abbr


def house_spoken(num):
    if len(num) == 4 and chance(0.7):
        return speak(num, ("pairs",))
    if len(num) == 3 and chance(0.5):
        return speak(num, ("hundreds", "mixed"))
    if len(num) == 5:
        return speak(num, ("digits",)) if chance(0.6) else say_digits(num[0]) + " " + speak(num[1:], ("pairs",))
    return speak(num, ("digits", "pairs"))


def addr_texts(spoken):
    num, street, full, abbr = gen_us_address()
    canon = (num, street)
    if spoken:
        txt = f"{house_spoken(num)} {street.lower()} {full.lower()}"
    else:
        suf = pick([full, abbr, abbr + "."])
        txt = f"{num} {street} {suf}"
        if chance(0.25):
            txt = txt.lower()
    return txt, canon


# ---------------------------------------------------------------------------
# helpers for conversational glue
# ---------------------------------------------------------------------------
BACK = ["mhm", "okay", "yep", "go on", "okay go on", "uh huh", "right", "got it", "yes", "okay and"]
OPEN_C = ["yeah", "yeah it's", "okay so it's", "sure it's", "um it's", "right so", "it's",
          "so that's", "yes it is", "okay"]
FILL = ["um", "uh", "er", "erm"]


def dig_styles():
    return pick([("digits",), ("digits", "doubles"), ("pairs",), ("mixed",),
                 ("digits", "pairs", "mixed")])


# ---------------------------------------------------------------------------
# POSITIVE templates.  Each returns (Case, note)
# ---------------------------------------------------------------------------
def p_card_call_one():
    brand, n = gen_card()
    v = V("CARD_NUMBER", n)
    ind = pick(["telecom", "utilities", "insurance", "healthcare billing", "retail", "travel"])
    c = Case()
    c.a(pick(["okay and what's the long number on the card", "go ahead with the card number please",
              "and the sixteen digits across the front of the card", "when you're ready the card number"]))
    txt = speak_groups(card_groups(brand, n), dig_styles())
    c.c(pick(OPEN_C) + " ", v(txt))
    c.a("thank you and the expiration")
    y, m = gen_expiry()
    e = V("EXPIRY", (y, m))
    c.c(e(expiry_spoken(y, m)))
    return c, f"call/{ind}: {brand} card read in one turn, expiry spoken"


def p_card_call_split():
    brand, n = gen_card(pick(["visa", "mc", "disc", "amex"]))
    v = V("CARD_NUMBER", n)
    groups = card_groups(brand, n)
    styles = dig_styles()
    c = Case()
    c.a(pick(["alright go ahead with the card number", "okay i'm ready for the card number",
              "can i get the card number please"]))
    for k, g in enumerate(groups):
        pre = pick(["", "", "okay ", "um ", "it's "]) if k == 0 else pick(["", "", "", "uh "])
        post = pick(["", "", "", " um", " yeah"])
        c.c(pre, v(speak(g, styles)), post)
        if k < len(groups) - 1:
            c.a(pick(BACK))
    c.a("and the security code on the back")
    cv = rdig(4 if brand == "amex" else 3)
    cvv = V("CVV", cv)
    c.c(pick(["", "it's ", "okay "]), cvv(speak(cv, ("digits", "hundreds", "mixed"))))
    ind = pick(["insurance", "healthcare billing", "utilities", "telecom", "government services"])
    return c, f"call/{ind}: {brand} split over {len(groups)} customer turns with back-channels, then cvv"


def p_card_chat():
    brand, n = gen_card()
    v = V("CARD_NUMBER", n)
    c = Case()
    c.a(pick(["Please enter the card you'd like to use for today's payment.",
              "Thanks! What card would you like to put on file?",
              "Sure, I can process that $" + str(R.randrange(20, 400)) + "." + rdig(2) + " payment. Card number?"]))
    y, m = gen_expiry()
    e = V("EXPIRY", (y, m))
    cv = rdig(4 if brand == "amex" else 3)
    cvv = V("CVV", cv)
    st = R.randrange(3)
    if st == 0:
        c.c(pick(["its ", "card is ", "", "ok "]), v(card_typed(brand, n)), pick([" exp ", " expires ", ", exp. "]),
            e(expiry_typed(y, m)), pick([" cvv ", " sec code ", ", CVV: ", " cvc "]), cvv(cv))
    elif st == 1:
        c.c(v(card_typed(brand, n)))
        c.a("Got it. Expiration date and the security code on the back?")
        c.c(e(expiry_typed(y, m)), pick([" and ", " / ", ", "]), cvv(cv))
    else:
        c.c("ok one sec")
        c.c(pick(["number: ", "", "card num "]), v(card_typed(brand, n)))
        c.a("Thanks. And the expiry?")
        c.c(e(expiry_typed(y, m)), pick(["", " - code is ", " cvv "]) if False else "")
        c.a("And the 3 or 4 digit security code?")
        c.c(cvv(cv))
    ind = pick(["retail", "telecom", "utilities", "travel", "insurance"])
    return c, f"chat/{ind}: {brand} card typed ({st}) with expiry and cvv"


def p_card_readback():
    brand, n = gen_card(pick(["visa", "mc", "disc"]))
    v = V("CARD_NUMBER", n)
    groups = card_groups(brand, n)
    c = Case()
    c.a("go ahead with the card number")
    c.c(v(speak_groups(groups, dig_styles())))
    c.a("okay let me read that back to you ", v(speak_groups(groups, ("digits",))), " is that correct")
    c.c(pick(["yes that's right", "yep", "that's it", "correct"]))
    c.a("and the billing zip code for that card")
    z = gen_zip(plus4=False)
    pz = V("POSTCODE", ("US", z))
    c.c(pick(["", "it's ", "zip is "]), pz(zip_spoken(z)))
    return c, "call/healthcare billing: card, agent reads full number back, billing zip"


def p_card_correction():
    brand, n = gen_card(pick(["visa", "mc"]))
    v = V("CARD_NUMBER", n)
    groups = card_groups(brand, n)
    wrong = groups[0][:2] + str((int(groups[0][2]) + 3) % 10)
    c = Case()
    c.a("what's the card number you'd like to use")
    c.c(f"{say_digits(wrong, 'zero')} no sorry wait that's the old card hang on")
    c.a("no problem take your time")
    c.c("okay here it is ", v(speak_groups(groups[:2], dig_styles())))
    c.a("mhm")
    c.c(v(speak_groups(groups[2:], dig_styles())))
    return c, "call/retail: abandoned partial (unlabelled) then full card in two turns"


def p_card_chat_typos():
    brand, n = gen_card(pick(["visa", "mc", "amex"]))
    v = V("CARD_NUMBER", n)
    g = card_groups(brand, n)
    txt = pick([" ".join(g), "".join(g[:2]) + " " + "".join(g[2:]), ".".join(g), " / ".join(g)])
    c = Case()
    c.c(pick(["hi i want to pay my bill", "hey cant log in to pay, can u take card here?",
              "need to renew my policy b4 friday"]))
    c.a("I can help with that. What's the card number?")
    c.c(pick(["ok its ", "sure: ", "", "here u go "]), v(txt), pick(["", " thx", " !"]))
    return c, f"chat/{pick(['telecom', 'insurance', 'utilities'])}: {brand} card with unusual separators"


def p_ssn_call():
    s = gen_ssn()
    v = V("SSN", s)
    c = Case()
    c.a(pick(["for verification can i get your social security number",
              "can you verify the social on the account", "i'll need your full social please",
              "and what's your social"]))
    st = R.randrange(4)
    if st == 0:
        txt = speak(s, ("digits", "doubles"))
    elif st == 1:
        txt = speak_groups([s[:3], s[3:5], s[5:]], ("digits", "pairs", "mixed", "hundreds"))
    elif st == 2:
        txt = speak_groups([s[:3], s[3:5], s[5:7], s[7:]], ("pairs", "digits"))
    else:
        txt = speak_groups([s[:3], s[3:5], s[5:]], ("hundreds", "pairs"))
    if st in (1, 3) and chance(0.4):
        # sparse ASR punctuation between the groups
        txt2 = speak_groups([s[:3], s[3:5], s[5:]], ("digits", "pairs"), sep=", ")
        if parse_digits(txt2) == s:
            txt = txt2
    c.c(pick(OPEN_C + ["my social is", "sure it's", "ssn is"]) + " ", v(txt))
    c.a(pick(["thank you", "perfect thanks", "okay thanks i've got you verified"]))
    ind = pick(["banking", "telecom", "government services", "insurance", "utilities"])
    return c, f"call/{ind}: full SSN spoken (style {st})"


def p_ssn_split():
    s = gen_ssn()
    v = V("SSN", s)
    c = Case()
    c.a("okay and the social security number")
    c.c(pick(["", "okay ", "it's "]), v(speak(s[:3], ("digits", "hundreds", "doubles"))))
    c.a(pick(BACK))
    c.c(v(speak(s[3:5], ("digits", "pairs"))))
    c.a(pick(BACK))
    c.c(v(speak(s[5:], ("digits", "pairs", "mixed"))), pick(["", "", " and that's it"]))
    if chance(0.5):
        c.a("so that's ", v(speak_groups([s[:3], s[3:5], s[5:]], ("digits",))), " correct")
        c.c("yes")
    return c, f"call/{pick(['banking', 'government services', 'telecom'])}: SSN split 3-2-4 over turns"


def p_ssn_chat():
    s = gen_ssn()
    v = V("SSN", s)
    c = Case()
    c.a(pick(["To verify your identity please provide your SSN.",
              "Can you confirm the Social Security number on the account?",
              "I just need your full SSN to open the application."]))
    c.c(pick(["", "sure ", "ok ", "SSN: ", "its ", "my ss# is "]), v(ssn_typed(s)),
        pick(["", " thanks", " - is this secure?", ""]))
    ind = pick(["banking", "insurance", "telecom", "government services", "healthcare billing"])
    return c, f"chat/{ind}: SSN typed"


def p_ssn_dob():
    s = gen_ssn()
    y, m, d = gen_dob()
    vs = V("SSN", s)
    vd = V("DOB", (y, m, d))
    c = Case()
    c.a("i just need to verify a couple things can i have your social and your date of birth")
    if chance(0.5):
        c.c("sure social is ", vs(speak(s, ("digits", "mixed", "doubles"))), " and birthday is ",
            vd(dob_spoken(y, m, d)))
    else:
        c.c("yeah date of birth ", vd(dob_spoken(y, m, d)))
        c.a("mhm and the social")
        c.c(vs(speak_groups([s[:3], s[3:5], s[5:]], ("digits", "pairs"))))
    c.a("thank you you're verified")
    return c, f"call/{pick(['government services', 'banking', 'insurance'])}: SSN and DOB, two values"


def p_ssn_chitchat():
    s = gen_ssn()
    v = V("SSN", s)
    c = Case()
    amt = R.randrange(40, 900)
    c.a(f"i see the balance of {amt} dollars can i verify your social first")
    c.c("oh yeah hold on my kid is screaming one second")
    c.a("no worries")
    c.c("okay sorry it's ", v(speak(s[:5], ("digits", "mixed"))), " hang on ", v(speak(s[5:], ("digits", "pairs"))))
    c.a("got it thank you")
    return c, "call/utilities: SSN interrupted mid-reading by chit-chat, balance amount unlabelled"


def p_ssn_agent_type():
    s = gen_ssn()
    v = V("SSN", s)
    c = Case()
    c.c(pick(["hi I got a letter saying my identity couldn't be verified",
              "Hello, trying to finish my enrollment online but it keeps failing"]))
    c.a("I'm sorry about that. What SSN did you enter?")
    c.c(v(ssn_typed(s)))
    c.a("I show ", v(s[:3] + "-" + s[3:5] + "-" + s[5:]), " - can you confirm that's correct?")
    c.c("yes")
    return c, "chat/government services: SSN typed, agent echoes it"


def p_ssn_last_and_full():
    s = gen_ssn()
    v = V("SSN", s)
    c = Case()
    c.a("can you give me the last four of your social")
    c.c(speak(s[5:], ("digits",)))
    c.a("hmm that's not matching can i have the full number")
    c.c(pick(["okay ", "ugh fine "]), v(speak_groups([s[:3], s[3:5], s[5:]], ("digits", "pairs", "mixed"))))
    return c, "call/banking: last four alone (unlabelled, not a full SSN) then full SSN"


def p_ssn_correction():
    s = gen_ssn()
    v = V("SSN", s)
    c = Case()
    c.a("and your social")
    bad = s[:3] + s[4] + s[3]
    c.c(f"{say_digits(s[:3], 'zero')} {say_digits(s[4]+s[3], 'zero')} wait no ", v(speak_groups([s[:3], s[3:5], s[5:]], ("digits",))))
    c.a("okay so the middle two are " + speak(s[3:5], ("digits",)))
    c.c("right")
    return c, "call/insurance: self-corrected SSN (wrong partial unlabelled), agent repeats middle group (partial, unlabelled)"


def p_ni_chat():
    s = gen_ni()
    v = V("NI_NUMBER", s)
    c = Case()
    c.a(pick(["Could you confirm your National Insurance number please?",
              "What's your NI number?", "To finish the claim I need your national insurance no."]))
    c.c(pick(["", "sure ", "it's ", "NI: ", "ok "]), v(ni_typed(s)))
    ind = pick(["government services", "banking", "insurance", "utilities"])
    return c, f"chat/{ind} (UK): NI number typed"


def p_ni_call():
    s = gen_ni()
    v = V("NI_NUMBER", s)
    c = Case()
    c.a(pick(["can i take your national insurance number", "and your n i number please",
              "what's your national insurance"]))
    c.c(pick(OPEN_C) + " ", v(ni_spoken(s)))
    if chance(0.4):
        c.a("thank you ", v(" ".join(s[:2].lower()) + " " + speak_groups([s[2:4], s[4:6], s[6:8]], ("pairs",)) + " " + s[8].lower()))
        c.c("that's it")
    return c, f"call/{pick(['government services', 'banking', 'insurance'])} (UK): NI number spoken"


def p_ni_split():
    s = gen_ni()
    v = V("NI_NUMBER", s)
    c = Case()
    c.a("okay the national insurance number")
    c.c(v(" ".join(say_letter(ch, 0.5) for ch in s[:2])))
    c.a(pick(BACK))
    c.c(v(speak_groups([s[2:4], s[4:6]], ("digits", "pairs"), uk=True)))
    c.a(pick(BACK))
    c.c(v(speak(s[6:8], ("digits", "pairs"), uk=True) + " " + say_letter(s[8], 0.6)))
    return c, "call/government services (UK): NI split over three turns"


def p_bank_uk():
    sc = rdig(6)
    acct = rdig(8)
    vs = V("SORT_CODE", sc)
    va = V("BANK_ACCOUNT", acct)
    c = Case()
    if chance(0.5):
        c.a("what's the sort code")
        c.c(vs(speak_groups([sc[:2], sc[2:4], sc[4:]], ("pairs", "digits"), uk=True)))
        c.a("and the account number")
        c.c(pick(["", "it's "]), va(speak(acct, ("digits", "doubles", "mixed"), uk=True)))
        return c, "call/banking (UK): sort code and account spoken"
    c.a("Please send your sort code and account number for the refund.")
    c.c(pick(["sort ", "sort code ", "SC "]), vs(pick([f"{sc[:2]}-{sc[2:4]}-{sc[4:]}", sc, f"{sc[:2]} {sc[2:4]} {sc[4:]}"])),
        pick([" acc ", ", account ", " a/c "]), va(acct))
    return c, "chat/utilities (UK): sort code and account typed in one message"


def p_bank_us():
    acct = rdig(R.randrange(8, 13))
    va = V("BANK_ACCOUNT", acct)
    c = Case()
    if chance(0.5):
        c.a("and the checking account number you want the autopay to come out of")
        c.c(pick(["", "okay it's "]), va(speak(acct, ("digits", "mixed", "doubles"))))
        return c, "call/utilities (US): checking account number for autopay"
    c.a("What's the account number for the direct deposit?")
    c.c(pick(["acct# ", "it's ", "", "account number "]), va(acct), pick(["", " (checking)"]))
    return c, "chat/banking (US): account number typed"


def p_iban_chat():
    s = gen_iban()
    v = V("IBAN", s)
    c = Case()
    c.a(pick(["Please provide the IBAN for the refund.", "Which IBAN should we use for the direct debit?"]))
    c.c(pick(["", "IBAN: ", "here: ", "it is "]), v(iban_typed(s)))
    return c, f"chat/{pick(['travel', 'utilities', 'retail'])} (EU): {s[:2]} IBAN typed"


def p_iban_call():
    s = gen_iban(pick(["IE", "GB", "NL"]))
    while "O" in s:
        s = gen_iban(s[:2])
    v = V("IBAN", s)
    c = Case()
    c.a("okay can you read me the i b a n")
    # country + check digits + bank code, then digits in groups
    head = " ".join(say_letter(ch, 0.2) for ch in s[:2]) + " " + speak(s[2:4], ("digits", "pairs"))
    bank = " ".join(say_letter(ch, 0.3) for ch in s[4:8]) if s[4].isalpha() else speak(s[4:8])
    c.c(v(head + " " + bank))
    c.a("yep")
    rest = s[8:]
    c.c(v(speak_groups([rest[i:i + 4] for i in range(0, len(rest), 4)], ("digits", "pairs"), uk=True)))
    return c, f"call/banking ({s[:2]}): IBAN spoken in two turns, bank code spelled"


def p_phone_us_call():
    p = gen_us_phone()
    v = V("PHONE", p)
    c = Case()
    c.a(pick(["what's the best number to reach you", "can i get a callback number",
              "and a phone number for the account"]))
    st = R.randrange(3)
    if st == 0:
        c.c(pick(OPEN_C) + " ", v(speak_groups([p[:3], p[3:6], p[6:]], dig_styles())))
    elif st == 1:
        c.c("area code ", v(speak(p[:3], ("digits",))), pick([" then ", " and then ", " and the number is "]), v(speak_groups([p[3:6], p[6:]], dig_styles())))
    else:
        c.c(v(speak(p[:3], ("digits",))))
        c.a(pick(BACK))
        c.c(v(speak(p[3:6], ("digits", "doubles"))))
        c.a(pick(BACK))
        c.c(v(speak(p[6:], ("digits", "pairs"))))
    ind = pick(["telecom", "healthcare billing", "insurance", "retail", "utilities"])
    return c, f"call/{ind} (US): phone number spoken (style {st})"


def p_phone_chat():
    p = gen_us_phone()
    txt = phone_typed_us(p)
    v = V("PHONE", parse_digits(txt))
    c = Case()
    c.a("What's the best phone number for the technician to call?")
    c.c(pick(["", "cell is ", "call me at ", "my # is "]), v(txt), pick(["", " after 5pm", " anytime", " pls text first"]))
    return c, "chat/telecom (US): phone typed, time after it unlabelled"


def p_phone_intl():
    st = R.randrange(4)
    c = Case()
    if st == 0:
        p = gen_uk_mobile()
        txt = pick([f"{p[:5]} {p[5:]}", f"+44 {p[1:5]} {p[5:]}", f"+44 (0){p[1:5]} {p[5:]}", p])
        v = V("PHONE", parse_digits(txt))
        c.a("What's a good contact number?")
        c.c(v(txt))
        return c, "chat/retail (UK): mobile typed"
    if st == 1:
        p = gen_uk_mobile()
        v = V("PHONE", p)
        c.a("and a contact number")
        c.c(pick(OPEN_C) + " ", v(speak_groups([p[:5], p[5:]], ("digits", "doubles"), uk=True)))
        return c, "call/utilities (UK): mobile spoken with nought/double"
    if st == 2:
        p = gen_ie_mobile()
        txt = pick([f"{p[:3]} {p[3:6]} {p[6:]}", f"+353 {p[1:3]} {p[3:6]} {p[6:]}", f"({p[:3]}) {p[3:]}"])
        v = V("PHONE", parse_digits(txt))
        c.a("Can we get a mobile number for updates on the booking?")
        c.c(pick(["", "sure ", "mob: "]), v(txt))
        return c, "chat/travel (Ireland): mobile typed"
    p = gen_us_phone()
    v = V("PHONE", "1" + p)
    c.a("is that a us number")
    c.c("yeah plus ", v("one " + speak_groups([p[:3], p[3:6], p[6:]], ("digits",))))
    return c, "call/travel: US number with country code spoken, 'plus' outside span"


def p_email_call():
    e = gen_email()
    v = V("EMAIL", e)
    c = Case()
    c.a(pick(["and what email should we send the confirmation to", "can i get an email address",
              "what's the email on the account"]))
    c.c(pick(OPEN_C) + " ", v(email_spoken(e)))
    if chance(0.3):
        c.a("okay ", v(email_spoken(e)))
        c.c("yep")
    return c, f"call/{pick(['travel', 'retail', 'telecom', 'insurance'])}: email spoken with dot/at"


def p_email_chat():
    e = gen_email()
    txt = pick([e, e, e.upper() if chance(0.2) else e.capitalize()])
    v = V("EMAIL", e)
    c = Case()
    c.a("What email address should we use for your receipts?")
    c.c(pick(["", "email is ", "its ", "use "]), v(txt), pick(["", " thx", ". thanks!"]))
    return c, f"chat/{pick(['retail', 'utilities', 'healthcare billing'])}: email typed"


def p_address_us_call():
    txt, canon = addr_texts(True)
    v = V("ADDRESS", canon)
    city, st, zp = pick(US_CITIES)
    z = gen_zip(zp)
    pz = V("POSTCODE", ("US", z))
    c = Case()
    c.a(pick(["and what's the service address", "can you confirm the mailing address",
              "where should we ship the replacement"]))
    c.c(pick(OPEN_C) + " ", v(txt), f" {city.lower()} {pick([st.lower(), ''])}".rstrip() + " ", pz(zip_spoken(z)))
    ind = pick(["utilities", "telecom", "retail", "insurance"])
    return c, f"call/{ind} (US): street address and zip in one turn (city/state not labelled)"


def p_address_us_chat():
    txt, canon = addr_texts(False)
    v = V("ADDRESS", canon)
    city, st, zp = pick(US_CITIES)
    z = gen_zip(zp)
    pz = V("POSTCODE", ("US", z))
    unit = pick(["", "", f" Apt {R.randrange(1, 40)}{pick(['', 'B'])}", f" #{R.randrange(100, 999)}"])
    c = Case()
    c.a("Can you confirm the billing address on file?")
    c.c(v(txt), unit + pick([", ", " "]) + f"{city}, {st} ", pz(zip_typed(z)))
    return c, "chat/retail (US): typed street address + ZIP (unit, city, state outside spans)"


def p_zip_only():
    z = gen_zip()
    pz = V("POSTCODE", ("US", z))
    c = Case()
    st = R.randrange(3)
    if st == 0:
        c.a("and the zip code on the account")
        c.c(pick(OPEN_C) + " ", pz(zip_spoken(z)))
        return c, "call/insurance (US): zip spoken"
    if st == 1:
        c.a("What's your ZIP so I can check coverage in your area?")
        c.c(pick(["", "zip ", "its "]), pz(zip_typed(z)))
        return c, "chat/telecom (US): ZIP typed"
    z = z[:5]
    pz = V("POSTCODE", ("US", z))
    c.a("zip code")
    c.c(pz(speak(z[:3], ("digits",))))
    c.a("mhm")
    c.c(pz(speak(z[3:], ("digits", "pairs"))))
    return c, "call/utilities (US): zip split over two turns"


def p_uk_address():
    num = str(R.randrange(1, 240))
    street = pick(UK_STREETS)
    suf = pick(UK_SUFFIX)
    town, area = pick(UK_TOWNS)
    pc = gen_uk_pc(area)
    va = V("ADDRESS", (num, street))
    vp = V("POSTCODE", ("UK", pc))
    c = Case()
    if chance(0.5):
        c.a("Please confirm your address and postcode.")
        c.c(va(f"{num} {street} {suf}"), f", {town} ", vp(uk_pc_typed(pc)))
        return c, "chat/utilities (UK): address and postcode typed (town not labelled)"
    c.a("what's the first line of the address")
    c.c(va(f"{speak(num, ('digits', 'pairs', 'hundreds'))} {street.lower()} {suf.lower()}"))
    c.a("and the postcode")
    c.c(pick(["", "it's "]), vp(uk_pc_spoken(pc)))
    return c, "call/telecom (UK): address line and postcode spoken letter by letter"


def p_dob_call():
    y, m, d = gen_dob()
    v = V("DOB", (y, m, d))
    c = Case()
    c.a(pick(["can you verify your date of birth", "and the patient's date of birth",
              "what's the date of birth on the policy"]))
    c.c(pick(OPEN_C) + " ", v(dob_spoken(y, m, d)))
    ind = pick(["healthcare billing", "insurance", "banking", "government services"])
    return c, f"call/{ind}: DOB spoken"


def p_dob_chat():
    y, m, d = gen_dob()
    us = chance(0.7)
    v = V("DOB", (y, m, d))
    c = Case()
    c.a("For security, what is your date of birth?")
    c.c(pick(["", "dob ", "born ", "its "]), v(dob_typed(y, m, d, us)))
    return c, f"chat/{'insurance (US)' if us else 'banking (UK)'}: DOB typed"


def p_member_verify():
    y, m, d = gen_dob()
    vd = V("DOB", (y, m, d))
    z = gen_zip(plus4=False)
    vz = V("POSTCODE", ("US", z))
    p = gen_us_phone()
    vp = V("PHONE", p)
    member = pick(["W", "XJ", "H", "ZGP"]) + rdig(8)
    c = Case()
    c.a("thank you for calling member services can i have the member id")
    c.c(f"it's {' '.join(member[:-8].lower())} {speak(member[-8:], ('digits',))}")
    c.a("and the date of birth")
    c.c(vd(dob_spoken(y, m, d)))
    c.a("the zip code and the phone number on file")
    c.c(vz(zip_spoken(z)), " and the phone is ", vp(speak_groups([p[:3], p[3:6], p[6:]], ("digits", "doubles"))))
    return c, "call/healthcare billing (US): member id unlabelled, DOB, zip and phone (two values one turn)"


def p_new_account():
    s = gen_ssn()
    vs = V("SSN", s)
    e = gen_email()
    ve = V("EMAIL", e)
    txt, canon = addr_texts(False)
    va = V("ADDRESS", canon)
    city, st, zp = pick(US_CITIES)
    z = gen_zip(zp)
    vz = V("POSTCODE", ("US", z))
    c = Case()
    c.a("To run the credit check for the new line I need your SSN and service address.")
    c.c(vs(ssn_typed(s)), pick([" and ", ", ", "\n"]), va(txt), f" {city} {st} ", vz(zip_typed(z)))
    c.a("Thanks. Email for the e-bill?")
    c.c(ve(e))
    return c, "chat/telecom (US): new line credit check with SSN, address, ZIP and email"


def p_travel_booking():
    brand, n = gen_card()
    v = V("CARD_NUMBER", n)
    p = gen_us_phone()
    vp = V("PHONE", p)
    fl = pick(["UA", "DL", "AA", "B6"]) + str(R.randrange(100, 2999))
    c = Case()
    c.a(f"okay so that's flight {fl.lower()} on the fourteenth total is three forty two fifty")
    c.c("yep put it on my card")
    c.a("go ahead")
    c.c(v(speak_groups(card_groups(brand, n), dig_styles())))
    c.a("and a phone number in case of delays")
    c.c(vp(speak_groups([p[:3], p[3:6], p[6:]], dig_styles())))
    return c, "call/travel (US): flight number and price unlabelled, card and phone labelled"


def p_two_in_one():
    z = gen_zip(plus4=False)
    vz = V("POSTCODE", ("US", z))
    p = gen_us_phone()
    pt = phone_typed_us(p)
    vp = V("PHONE", parse_digits(pt))
    c = Case()
    c.a("Can I get the ZIP code and phone number on the account?")
    c.c(pick(["zip ", ""]), vz(z), pick([" phone ", ", ", " and ", " / "]), vp(pt))
    return c, "chat/utilities (US): zip and phone in one message"


def p_gov_services():
    s = gen_ssn()
    vs = V("SSN", s)
    txt, canon = addr_texts(True)
    va = V("ADDRESS", canon)
    c = Case()
    c.a("social security administration can i get the beneficiary's social")
    c.c(vs(speak_groups([s[:3], s[3:5], s[5:]], ("digits", "pairs", "hundreds"))))
    c.a("and you're calling to update the address")
    c.c("yeah she moved to ", va(txt), f" it's apartment {UNITS[R.randrange(1, 10)]}")
    return c, "call/government services (US): SSN then new address (apartment unit outside span)"


def p_card_pairs_full():
    brand, n = gen_card("visa")
    v = V("CARD_NUMBER", n)
    g = card_groups(brand, n)
    c = Case()
    c.a("card number please")
    c.c(v(" ".join(speak(x, ("pairs",)) for x in g)))
    c.a("expiry and the three digits on the back")
    y, m = gen_expiry()
    e = V("EXPIRY", (y, m))
    cv = rdig(3)
    cvv = V("CVV", cv)
    c.c(e(expiry_spoken(y, m)), " and ", cvv(speak(cv, ("digits", "hundreds"))))
    return c, "call/utilities: card in pairs ('forty one eleven'), expiry and cvv in one turn"


def p_ni_with_dob():
    s = gen_ni()
    v = V("NI_NUMBER", s)
    y, m, d = gen_dob()
    vd = V("DOB", (y, m, d))
    c = Case()
    c.a("can i take your date of birth and national insurance number")
    c.c(vd(dob_spoken(y, m, d)), " and it's ", v(ni_spoken(s)))
    return c, "call/government services (UK): DOB and NI in one turn"


def p_ni_chat_context():
    s = gen_ni()
    v = V("NI_NUMBER", s)
    c = Case()
    c.c(f"Hi, I started a new job on the {R.randrange(1, 28)}th and my tax code is wrong. NI is ", v(ni_typed(s)),
        pick([" if that helps", "", ". Ref 4471"]))
    return c, "chat/government services (UK): NI typed mid-message with a date and tax code"


def p_expiry_cvv_split():
    brand, n = gen_card("amex")
    v = V("CARD_NUMBER", n)
    g = card_groups(brand, n)
    y, m = gen_expiry()
    e = V("EXPIRY", (y, m))
    cv = rdig(4)
    cvv = V("CVV", cv)
    c = Case()
    c.a("what's the american express number")
    c.c(v(speak(g[0], ("digits", "pairs"))))
    c.a("mhm")
    c.c(v(speak(g[1], ("digits", "mixed"))))
    c.a("mhm")
    c.c(v(speak(g[2], ("digits", "mixed"))))
    c.a("and the four digit code on the front and the expiry")
    c.c("code is ", cvv(speak(cv, ("digits", "pairs"))), " expires ", e(expiry_spoken(y, m)))
    return c, "call/travel: amex 4-6-5 split, four digit cvv and expiry in one turn"


# ---------------------------------------------------------------------------
# NEGATIVE templates.  Each returns (Case, note)
# ---------------------------------------------------------------------------
def money_spoken():
    d = R.randrange(12, 999)
    c = R.randrange(1, 99)
    return pick([f"{say_triple(str(d)) if d >= 100 else say_pair(str(d))} dollars and {say_pair('%02d' % c) if c >= 10 else UNITS[c]} cents",
                 f"{say_triple(str(d)) if d >= 100 else say_pair(str(d))} {say_pair('%02d' % c) if c >= 10 else 'oh ' + UNITS[c]}"])


def n_amounts():
    c = Case()
    c.a(f"your current balance is {money_spoken()} and the minimum payment is {say_pair(str(R.randrange(25, 99)))} dollars")
    c.c("okay and when is that due")
    c.a(f"that's due on {pick(MONTHS)} {ordinal(R.randrange(1, 29))}")
    return c, "call/banking: balance, minimum payment and due date (not DOB)"


def n_policy():
    pol = pick(["", "HO", "AU", "PLC"]) + rdig(R.randrange(7, 10))
    c = Case()
    if chance(0.5):
        c.a("Can I get your policy number?")
        c.c(f"policy # {pol}")
        c.a(f"Thanks, I see the renewal premium went up {R.randrange(3, 19)}% to ${R.randrange(600, 2400)}.{rdig(2)} per year.")
        return c, "chat/insurance (US): policy number, percentage and premium"
    digits = rdig(9)
    c.a("do you have your policy number handy")
    c.c(f"yeah policy number is {speak(digits, ('digits',))}")
    c.a("thank you i see the auto policy started in twenty nineteen")
    return c, "call/insurance (US): 9-digit policy number read digit by digit with its name"


def n_claim():
    cl = rdig(R.randrange(8, 11))
    c = Case()
    c.a("what's the claim number")
    c.c(f"claim number {speak(cl, ('digits', 'pairs'))}")
    c.a(f"okay the claim was filed on {pick(MONTHS)} {ordinal(R.randrange(1, 29))} and the adjuster will call within {pick(['twenty four', 'forty eight', 'seventy two'])} hours")
    return c, "call/insurance (US): claim number with its name, filing date, hours"


def n_tracking():
    c = Case()
    if chance(0.5):
        tn = rdig(10)
        c.c(f"Where's my package? Tracking number {tn}, order #{rdig(7)}")
        c.a(f"It's out for delivery and should arrive by 8 PM. It weighs {R.randrange(2, 40)} lbs.")
        return c, "chat/retail (US): tracking and order numbers with names, time, weight"
    tn = rdig(10)
    c.a("do you have the tracking number")
    c.c(f"yeah the tracking number is {speak(tn, ('digits', 'pairs'))}")
    c.a(f"it shows it left the warehouse at {pick(['six', 'nine', 'eleven'])} {pick(['fifteen', 'thirty', 'forty five'])} this morning")
    return c, "call/retail (US): 10-digit tracking number read out with its name, time"


def n_member():
    mid = rdig(9)
    c = Case()
    c.a("Please provide your member ID and group number from the insurance card.")
    c.c(f"member id {pick(['W', 'XEH', 'J'])}{mid} group {rdig(6)}")
    c.a(f"Thanks. Your copay for a specialist is ${R.randrange(20, 80)} and your deductible is ${R.randrange(500, 6000)}.")
    return c, "chat/healthcare billing (US): member ID, group number, copay, deductible"


def n_order():
    c = Case()
    on = rdig(R.randrange(6, 10))
    c.a("can i get the order number")
    c.c(f"order number {speak(on, ('digits', 'doubles', 'mixed'))}")
    c.a(f"thanks i see {UNITS[R.randrange(2, 9)]} items totaling {money_spoken()}")
    return c, "call/retail: order number with its name, item count and total"


def n_flight():
    fl = pick(["UA", "DL", "AA", "WN", "EI", "BA", "FR"]) + str(R.randrange(10, 2999))
    c = Case()
    c.c(f"my flight {fl} was cancelled, we were supposed to leave at {R.randrange(1, 12)}:{pick(['05', '15', '40', '55'])}pm from gate B{R.randrange(1, 40)}")
    c.a(f"I'm sorry. I've rebooked you on {fl[:2]}{R.randrange(10, 2999)} departing tomorrow at 7:20am, confirmation code {''.join(pick('ABCDEFGHJKLMNPQRSTUVWXYZ') for _ in range(6))}.")
    return c, "chat/travel: flight numbers, times, gate, confirmation code"


def n_flight_call():
    c = Case()
    c.a(f"okay so you're on flight {pick(['delta', 'united', 'american'])} {speak(str(R.randrange(100, 2999)), ('pairs', 'hundreds'))} leaving at {pick(['six', 'ten', 'two'])} forty five")
    c.c(f"and it's seat {say_pair(str(R.randrange(10, 39)))} {pick(['a', 'c', 'f'])} right")
    c.a("that's correct and you have one checked bag")
    return c, "call/travel: flight number, time and seat"


def n_appointment():
    c = Case()
    c.a(f"i can get you in on {pick(MONTHS)} {ordinal(R.randrange(1, 29))} at {pick(['nine', 'ten', 'two', 'three'])} {pick(['thirty', 'fifteen', 'oclock'])}")
    c.c(f"does it have to be that day i work till five")
    c.a(f"the next one is the {ordinal(R.randrange(1, 29))} at four the visit is about {say_pair(str(R.randrange(20, 60)))} minutes")
    return c, "call/healthcare billing: appointment dates and times, duration"


def n_meter():
    c = Case()
    r1 = rdig(5)
    c.a("can you read me the meter")
    c.c(f"it says {speak(r1, ('digits', 'pairs'))} and the other dial is {speak(rdig(4), ('digits',))}")
    c.a(f"thanks that's about {say_triple(str(R.randrange(100, 999)))} kilowatt hours this month")
    return c, "call/utilities: meter readings, kWh"


def n_meter_chat():
    c = Case()
    c.c(f"Meter reading E {rdig(5)} / G {rdig(4)}, taken {R.randrange(1, 28)}/{R.randrange(1, 12)} at 8am. Bill says {R.randrange(100, 999)} kWh which seems high")
    c.a(f"Thanks! That's been submitted. Your new monthly payment will be ${R.randrange(60, 220)} from next month.")
    return c, "chat/utilities: meter readings, date of reading, kWh, payment"


def n_model():
    c = Case()
    mdl = pick(["SM-S921U", "A2849", "WF45T6000AW", "XR-55A80L", "MR7-4420", "KDL-48W650D"])
    c.c(f"my phone is a {mdl} and it keeps dropping calls. the router model is AX{R.randrange(1000, 9999)}")
    c.a(f"Thanks. Is the firmware version {R.randrange(1, 9)}.{R.randrange(0, 20)}.{R.randrange(0, 300)}? Your speed test shows {R.randrange(10, 900)} Mbps down.")
    return c, "chat/telecom: model numbers, firmware version, speed"


def n_room():
    c = Case()
    c.c(f"we're in room {R.randrange(100, 1299)} checking out on the {ordinal(R.randrange(1, 29))} there's {UNITS[R.randrange(2, 6)]} of us")
    c.a(f"the rate is {say_triple(str(R.randrange(100, 499)))} a night plus {say_pair(str(R.randrange(10, 19)))} percent tax")
    return c, "call/travel: room number, date, count, rate, percent"


def n_ages():
    c = Case()
    age = R.randrange(18, 90)
    c.a("how many drivers are on the policy")
    c.c(f"two me i'm {say_pair(str(age))} and my son he's {pick(['sixteen', 'seventeen', 'nineteen'])} he's been driving since twenty {pick(['twenty three', 'twenty four'])}")
    c.a(f"okay adding a teen driver raises the premium by about {say_pair(str(R.randrange(20, 60)))} percent")
    return c, "call/insurance: ages, year, percent (no DOB)"


def n_temp():
    c = Case()
    c.c(f"the heat has been out since tuesday it's {say_pair(str(R.randrange(40, 59)))} degrees in the house and the thermostat is set to {say_pair(str(R.randrange(68, 75)))}")
    c.a(f"i'm sorry i can get a tech out between {pick(['eight', 'nine'])} and {pick(['twelve', 'one'])} tomorrow the service fee is {say_pair(str(R.randrange(49, 99)))} dollars")
    return c, "call/utilities: temperatures, time window, fee"


def n_invoice():
    c = Case()
    inv = "INV-" + rdig(R.randrange(6, 9))
    c.c(f"Hi I was double charged on invoice {inv}. Two charges of ${R.randrange(20, 300)}.{rdig(2)} on {R.randrange(1, 12)}/{R.randrange(1, 28)}.")
    c.a(f"I see that. I've opened ticket #{rdig(7)} and the refund will post in 3-5 business days.")
    return c, "chat/retail: invoice, amounts, date, ticket number, duration"


def n_ticket_call():
    c = Case()
    t = rdig(R.randrange(6, 10))
    c.a(f"i'll give you a reference number for this call it's {speak(t, ('digits', 'pairs'))}")
    c.c("hold on let me write that down okay go")
    c.a(f"{speak(t, ('digits',))} and that's your reference")
    return c, "call/telecom: reference number read twice with its reference word"


def n_data_plan():
    c = Case()
    c.a(f"you've used {say_pair(str(R.randrange(11, 49)))} point {UNITS[R.randrange(1, 10)]} gigs of your fifty gig plan")
    c.c(f"and how much is unlimited")
    c.a(f"unlimited is {say_pair(str(R.randrange(60, 95)))} ninety nine a month for {UNITS[R.randrange(2, 5)]} lines with a {say_pair(str(R.randrange(12, 36)))} month contract")
    return c, "call/telecom: data usage, price, lines, contract length"


def n_years():
    c = Case()
    y1 = R.randrange(1995, 2024)
    c.c(f"I've been a customer since {y1} and my contract started {R.randrange(1, 12)}/{R.randrange(1, 28)}/{R.randrange(2019, 2025)}. Why did my bill go from ${R.randrange(50, 90)} to ${R.randrange(91, 160)}?")
    c.a(f"The promotional rate ended after {R.randrange(12, 25)} months. I can apply a $10 loyalty credit for 12 months.")
    return c, "chat/telecom: years, contract start date, amounts, durations"


def n_payment_date():
    c = Case()
    c.a(f"i see a payment of {money_spoken()} on {pick(MONTHS)} {ordinal(R.randrange(1, 29))} nineteen")
    c.c(f"yeah that was the one i made on the phone at like {pick(['three', 'four', 'ten'])} in the afternoon")
    c.a("okay it posted the next business day so the late fee of twenty five dollars has been reversed")
    return c, "call/banking: payment amount and date (not DOB), time, fee"


def n_speed():
    c = Case()
    c.c(f"i was doing like {say_pair(str(R.randrange(25, 45)))} in a {pick(['twenty five', 'thirty five', 'forty five'])} zone when he hit me at around {pick(['five', 'six'])} thirty")
    c.a(f"okay and the damage estimate was {say_pair(str(R.randrange(12, 60)))} hundred dollars your deductible is five hundred")
    return c, "call/insurance: speeds, time, estimate, deductible"


def n_rx():
    c = Case()
    rx = rdig(7)
    c.a(f"Your prescription Rx #{rx} for {R.randrange(30, 90)} tablets, {pick(['10', '20', '40'])}mg, is ready. The copay is ${R.randrange(5, 45)}.00.")
    c.c("Can I pick it up after 6:30?")
    c.a("Yes, the pharmacy is open until 9 PM.")
    return c, "chat/healthcare billing: Rx number, quantities, dose, copay, times"


def n_account_last4():
    c = Case()
    c.a(f"i see the card ending in {speak(rdig(4), ('digits', 'pairs'))} was declined for {money_spoken()}")
    c.c("oh that's the old one i think")
    c.a(f"yes it expired in twenty twenty {pick(['three', 'four'])} i'll leave the case open case number {speak(rdig(8), ('digits',))}")
    return c, "call/telecom: card last four only, amount, year, case number"


def n_confirmation():
    c = Case()
    c.a(f"Your reservation is confirmed for {R.randrange(2, 6)} nights, {pick(['Jun', 'Aug', 'Oct'])} {R.randrange(1, 14)}-{R.randrange(15, 28)}. Confirmation #{rdig(9)}.")
    c.c(f"perfect, can we get {R.randrange(2, 4)} extra towels and late checkout at 1pm?")
    return c, "chat/travel: nights, date range, 9-digit confirmation number with its name"


def n_loan():
    c = Case()
    c.a(f"the loan amount is {say_pair(str(R.randrange(12, 45)))} thousand at {UNITS[R.randrange(4, 9)]} point {UNITS[R.randrange(1, 9)]} percent over {pick(['thirty six', 'sixty', 'seventy two'])} months")
    c.c(f"so what's the monthly")
    c.a(f"that comes to {say_triple(str(R.randrange(200, 899)))} {say_pair(str(R.randrange(10, 99)))} a month first payment on the fifteenth")
    return c, "call/banking: loan amount, rate, term, monthly payment, payment date"


def n_count_call():
    c = Case()
    c.c(f"i ordered {say_pair(str(R.randrange(20, 99)))} boxes and only {say_pair(str(R.randrange(11, 19)))} showed up and the pallet was like {say_triple(str(R.randrange(200, 900)))} pounds")
    c.a(f"i'm sorry about that the po number was {speak(rdig(8), ('digits',))} right")
    return c, "call/retail (B2B): counts, weight, PO number with its name"


def n_claim_chat_ssnlike():
    c = Case()
    a = rdig(3)
    b = rdig(3)
    d = rdig(3)
    c.c(f"Claim no. {a} {b} {d} - the EOB says you paid ${R.randrange(20, 400)} but the provider billed ${R.randrange(401, 2000)}")
    c.a(f"Thanks, claim {a}{b}{d} was processed on {R.randrange(1, 12)}/{R.randrange(1, 28)}/2026 under plan year 2026.")
    return c, "chat/healthcare billing (US): 9-digit claim number in 3-3-3 groups with its name (not SSN)"


def homophonise(txt):
    """ASR homophones for some digit words ("for", "to", "ate")."""
    words = txt.split()
    out = []
    for k, w in enumerate(words):
        prev = words[k - 1] if k else ""
        if prev in ("double", "triple") or prev in TENS_VAL:
            out.append(w)  # keep "double four", "forty four" intact
        elif w == "four" and chance(0.5):
            out.append("for")
        elif w == "two" and chance(0.4):
            out.append(pick(["to", "too"]))
        elif w == "eight" and chance(0.3):
            out.append("ate")
        else:
            out.append(w)
    return " ".join(out)


def p_claim_and_ssn():
    ssn = gen_ssn()
    v = V("SSN", ssn)
    cl = rdig(R.randrange(8, 11))
    c = Case()
    c.a("do you have the claim number")
    c.c(f"yeah claim number {speak(cl, ('digits', 'pairs'))}")
    c.a("and to verify the policyholder's social")
    c.c(v(speak_groups([ssn[:3], ssn[3:5], ssn[5:]], ("digits", "pairs", "mixed"))))
    c.a(f"thank you the claim for {money_spoken()} was approved on the {ordinal(R.randrange(1, 29))}")
    return c, "call/insurance (US): claim number and approval amount unlabelled, SSN labelled"


def p_policy_and_dob():
    y, m, d = gen_dob()
    vd = V("DOB", (y, m, d))
    z = gen_zip()
    vz = V("POSTCODE", ("US", z))
    c = Case()
    c.c(f"Hi, policy # {pick(['AU', 'HO', 'LF'])}{rdig(8)} - my premium went up {R.randrange(5, 30)}%?")
    c.a("I can look into that. Please verify the policyholder's date of birth and ZIP.")
    c.c(vd(dob_typed(y, m, d, True)), pick([" / ", ", ", " and "]), vz(zip_typed(z)))
    return c, "chat/insurance (US): policy number and percentage unlabelled, DOB and ZIP labelled"


def p_address_split():
    num, street, full, abbr = gen_us_address()
    v = V("ADDRESS", (num, street))
    city, st, zp = pick(US_CITIES)
    z = gen_zip(zp)
    vz = V("POSTCODE", ("US", z))
    c = Case()
    c.a(pick(["okay what's the new address", "and the address where the meter is",
              "where should the replacement card be mailed"]))
    c.c(pick(["it's ", "okay so ", ""]), v(house_spoken(num)))
    c.a(pick(BACK))
    c.c(v(f"{street.lower()} {full.lower()}"), pick(["", " um", " that's"]) + f" {pick(['apartment', 'unit', 'suite'])} {say_pair(str(R.randrange(10, 40)))}")
    c.a("and the city and zip")
    c.c(f"{city.lower()} ", vz(zip_spoken(z)))
    return c, "call/utilities (US): house number and street in separate turns, unit and city unlabelled, zip"


def p_email_mixed():
    e = gen_email()
    local, dom = e.split("@")
    v = V("EMAIL", e)
    c = Case()
    c.a("what's the email address for the account")
    local_sp = email_spoken(local + "@x.com").rsplit(" at ", 1)[0]
    c.c(pick(["yeah it's ", "", "okay "]), v(local_sp + " at " + dom), pick(["", " all lower case", " thanks"]))
    c.a("okay i'll send the confirmation there")
    return c, "call/retail: email with spoken local part and domain transcribed as 'gmail.com'"


def p_homophones():
    c = Case()
    if chance(0.5):
        brand, n = gen_card(pick(["visa", "mc"]))
        v = V("CARD_NUMBER", n)
        c.a("okay the card number")
        base = speak_groups(card_groups(brand, n), ("digits",))
        txt = homophonise(base)
        for _ in range(20):
            if txt != base:
                break
            txt = homophonise(base)
        c.c(pick(OPEN_C) + " ", v(txt))
        c.a("thank you")
        return c, "call/retail: card digits with ASR homophones (for/to/ate)"
    ssn = gen_ssn()
    v = V("SSN", ssn)
    c.a("and the social security number")
    base = say_digits(ssn, zero_word())
    txt = homophonise(base)
    for _ in range(20):
        if txt != base:
            break
        txt = homophonise(base)
    c.c(pick(OPEN_C) + " ", v(txt))
    return c, "call/banking (US): SSN digits with ASR homophones (for/to/ate)"


def p_filler_inside():
    """A filler in the middle of a reading: the value is split into two spans around it."""
    c = Case()
    kind = R.randrange(3)
    fill = " " + pick(["um", "uh", "er hold on", "sorry", "um let me see", "uh yeah"]) + " "
    if kind == 0:
        brand, n = gen_card(pick(["visa", "mc", "disc"]))
        v = V("CARD_NUMBER", n)
        g = card_groups(brand, n)
        k = R.randrange(1, len(g))
        c.a("go ahead with the card")
        c.c(v(speak_groups(g[:k], dig_styles())), fill, v(speak_groups(g[k:], dig_styles())))
        return c, "call/telecom: filler/hesitation inside a card reading (two spans)"
    if kind == 1:
        ssn = gen_ssn()
        v = V("SSN", ssn)
        c.a("can you verify your social")
        c.c(v(speak(ssn[:5], ("digits", "mixed"))), fill, v(speak(ssn[5:], ("digits", "pairs"))))
        return c, "call/insurance (US): filler inside an SSN reading (two spans)"
    p = gen_us_phone()
    v = V("PHONE", p)
    c.a("best callback number")
    c.c(v(speak(p[:6], ("digits", "doubles"))), fill, v(speak(p[6:], ("digits", "pairs"))))
    return c, "call/healthcare billing (US): filler inside a phone reading (two spans)"


def p_ssn_spaced_chat():
    ssn = gen_ssn()
    v = V("SSN", ssn)
    c = Case()
    c.c(pick(["Hi, my tax refund is on hold", "hello need help w my benefits application",
              "I need to update my direct deposit for benefits"]))
    c.a("I can help. Please verify your SSN and date of birth.")
    y, m, d = gen_dob()
    vd = V("DOB", (y, m, d))
    sep = pick([" ", " / ", ", ", "\n"])
    c.c(pick(["SSN ", "ss ", "", "social "]), v(pick([" ".join(ssn), ssn[:3] + "  " + ssn[3:5] + "  " + ssn[5:], ssn_typed(ssn)])),
        sep, pick(["DOB ", "dob: ", "bday ", ""]), vd(dob_typed(y, m, d, True)))
    return c, "chat/government services (US): SSN (possibly digit-spaced) and DOB in one message"


def n_member_call():
    c = Case()
    mid = rdig(9)
    c.a("can i have the member id from the front of the card")
    c.c(f"sure it's {pick(['w', 'x e h', 'j q', 'h'])} {speak(mid, ('digits', 'doubles'))}")
    c.a(f"thank you and the group number")
    c.c(f"group is {speak(rdig(6), ('digits', 'pairs'))}")
    c.a(f"okay i see your plan renewed on january first and your out of pocket max is {say_pair(str(R.randrange(20, 90)))} hundred dollars")
    return c, "call/healthcare billing (US): 9-digit member id with letter prefix and group number, spoken"


def n_prior_auth():
    c = Case()
    pa = rdig(R.randrange(8, 11))
    c.a(f"the prior authorization number is {speak(pa, ('digits', 'pairs'))} it's valid for {pick(['ninety', 'sixty', 'thirty'])} days")
    c.c(f"and that covers all {pick(['six', 'eight', 'twelve'])} sessions")
    c.a(f"yes through {pick(MONTHS)} {ordinal(R.randrange(1, 29))}")
    return c, "call/healthcare billing (US): prior authorization number with its name, days, sessions"


def n_case_chat():
    c = Case()
    cn = rdig(R.randrange(8, 11))
    c.c(f"following up on case {cn}, tech was supposed to come between 8-12 today and never showed")
    c.a(f"Sorry about that! I've escalated case {cn} and added a ${R.randrange(10, 50)} credit. Next window is {pick(['Thu', 'Fri', 'Mon'])} 1-5pm.")
    return c, "chat/telecom (US): case number (up to 10 digits), time windows, credit"


def n_tracking_usps():
    c = Case()
    c.a(f"I see order #{rdig(R.randrange(7, 10))} shipped via {pick(['UPS', 'FedEx', 'USPS'])} on {R.randrange(1, 12)}/{R.randrange(1, 28)}, tracking number {rdig(10)}.")
    c.c(f"it says delivered at 2:14pm but i wasn't home. it was {R.randrange(2, 5)} boxes")
    return c, "chat/retail (US): order and tracking numbers, ship date, time, count"


NEG_TEMPLATES = [n_member_call, n_prior_auth, n_case_chat, n_tracking_usps, n_amounts, n_policy, n_claim, n_tracking, n_member, n_order, n_flight, n_flight_call,
                 n_appointment, n_meter, n_meter_chat, n_model, n_room, n_ages, n_temp, n_invoice,
                 n_ticket_call, n_data_plan, n_years, n_payment_date, n_speed, n_rx, n_account_last4,
                 n_confirmation, n_loan, n_count_call, n_claim_chat_ssnlike]

POS_PLAN = [
    (p_card_call_one, 8), (p_card_call_split, 7), (p_card_chat, 7), (p_card_readback, 5),
    (p_card_correction, 4), (p_card_chat_typos, 4), (p_card_pairs_full, 4), (p_expiry_cvv_split, 3),
    (p_travel_booking, 4),
    (p_ssn_call, 12), (p_ssn_split, 6), (p_ssn_chat, 10), (p_ssn_dob, 5), (p_ssn_chitchat, 3),
    (p_ssn_agent_type, 3), (p_ssn_last_and_full, 3), (p_ssn_correction, 3), (p_gov_services, 4),
    (p_new_account, 4),
    (p_ni_chat, 10), (p_ni_call, 9), (p_ni_split, 4), (p_ni_with_dob, 3), (p_ni_chat_context, 3),
    (p_bank_uk, 14), (p_bank_us, 7), (p_iban_chat, 9), (p_iban_call, 5),
    (p_phone_us_call, 8), (p_phone_chat, 6), (p_phone_intl, 6), (p_two_in_one, 3),
    (p_email_call, 7), (p_email_chat, 6),
    (p_address_us_call, 6), (p_address_us_chat, 6), (p_zip_only, 6), (p_uk_address, 5),
    (p_dob_call, 6), (p_dob_chat, 5), (p_member_verify, 4),
    (p_homophones, 8), (p_address_split, 7), (p_email_mixed, 5), (p_claim_and_ssn, 5), (p_policy_and_dob, 5), (p_filler_inside, 9), (p_ssn_spaced_chat, 6),
]
NEG_COUNT = 124


def build():
    R.seed(SEED)
    V._n = 0
    plan = []
    for fn, k in POS_PLAN:
        plan.extend([fn] * k)
    R.shuffle(plan)
    records = []
    meta = []
    for i, fn in enumerate(plan, 1):
        c, note = fn()
        records.append(rec(f"{PREFIX}-pos-{i:03d}", "positive", c, note))
        meta.append(c)
    negs = []
    for i in range(NEG_COUNT):
        negs.append(NEG_TEMPLATES[i % len(NEG_TEMPLATES)])
    R.shuffle(negs)
    for i, fn in enumerate(negs, 1):
        c, note = fn()
        assert not c.spans
        records.append(rec(f"{PREFIX}-neg-{i:03d}", "negative", c, note))
        meta.append(c)
    return records, meta


def rec(cid, kind, c, note):
    return {"id": cid, "kind": kind, "turns": c.turns,
            "spans": [{"turn": t, "start": s, "end": e, "type": v.typ} for t, s, e, v in c.spans],
            "note": note}


def dumps(records):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def counts(records):
    cnt = Counter()
    for r in records:
        for s in r["spans"]:
            cnt[s["type"]] += 1
    return cnt


def check_records(records, meta):
    errors = []
    ids = [r["id"] for r in records]
    if len(set(ids)) != len(ids):
        errors.append("duplicate ids")
    for r, c in zip(records, meta):
        rid = r["id"]
        if r["kind"] not in ("positive", "negative"):
            errors.append(f"{rid}: bad kind")
        if r["kind"] == "negative" and r["spans"]:
            errors.append(f"{rid}: negative with spans")
        if r["kind"] == "positive" and not r["spans"]:
            errors.append(f"{rid}: positive without spans")
        for t in r["turns"]:
            if t["speaker"] not in ("agent", "customer") or not t["text"]:
                errors.append(f"{rid}: bad turn")
        per_turn = {}
        for s in r["spans"]:
            if s["type"] not in TYPES:
                errors.append(f"{rid}: bad type {s['type']}")
            if not (0 <= s["turn"] < len(r["turns"])):
                errors.append(f"{rid}: turn out of range")
                continue
            text = r["turns"][s["turn"]]["text"]
            st, en = s["start"], s["end"]
            if not (0 <= st < en <= len(text)):
                errors.append(f"{rid}: offsets out of range {s}")
                continue
            frag = text[st:en]
            if frag != frag.strip() or not frag:
                errors.append(f"{rid}: span has outer whitespace {frag!r}")
            if st > 0 and text[st - 1].isalnum():
                errors.append(f"{rid}: span start not on word boundary {frag!r}")
            if en < len(text) and text[en].isalnum():
                errors.append(f"{rid}: span end not on word boundary {frag!r}")
            per_turn.setdefault(s["turn"], []).append((st, en))
        for lst in per_turn.values():
            lst.sort()
            for (a1, b1), (a2, b2) in zip(lst, lst[1:]):
                if a2 < b1:
                    errors.append(f"{rid}: overlapping spans")
        # value validation, grouped by value object
        groups = {}
        for t, s_, e_, v in c.spans:
            groups.setdefault(v.id, (v, []))[1].append(c.turns[t]["text"][s_:e_])
        # a value may be repeated (agent read-back): validate each full occurrence
        for v, frags in groups.values():
            err = validate(v.typ, v.canon, frags)
            if err is not None:
                # a full value repeated (agent read-back): each occurrence must be valid
                ok = False
                for cut in range(1, len(frags)):
                    if validate(v.typ, v.canon, frags[:cut]) is None and \
                            validate(v.typ, v.canon, frags[cut:]) is None:
                        ok = True
                        break
                if not ok:
                    errors.append(f"{rid}: {err}")
    return errors


README_TMPL = """# PII redaction held-out set 69 (`h69-*`)

**Never use this set for tuning.** It exists to measure the redactor on data it
was not developed against; looking at failures here and then changing rules or
thresholds turns it into a training set.

## Who wrote it and how

Written by an AI helper acting as an independent author. It did not see the
redaction code, its tests, its documentation, the benchmark, or any other PII
fixture; its only input was a three-line JSONL format example and a written
brief. The cases are produced by `scripts/make_pii_holdout69.py` (standard
library only) from template functions: every turn is assembled from plain text
segments and value segments, so span offsets are computed, never typed. All
values come from one `random.Random({seed})`, so the output is byte-for-byte
reproducible.

    python scripts/make_pii_holdout69.py          # regenerate
    python scripts/make_pii_holdout69.py --check  # regenerate in memory and verify

`--check` verifies the file is identical to a fresh generation, ids are
unique, offsets are in range and on word boundaries, spans don't overlap, and
every value normalises back (spoken forms such as "oh", "nought", "double
seven", "forty one eleven", "four hundred and five", "b for bravo" are parsed)
to a valid value: Luhn for cards, mod-97 for IBANs, NI number format, 9-digit
SSN with a valid area/group/serial, 6-digit sort codes, CVV/phone/account digit
counts, UK postcode and US ZIP/ZIP+4 shapes, dates for DOB/expiry, an
`@`-address for e-mails, house number + street name + street suffix for
addresses.

Emphasis: mostly US contact centres (SSNs spoken and typed in many ways, ZIP
and ZIP+4, US phone formats, US street addresses, card payments by phone),
plus UK (NI numbers, sort codes, postcodes), Ireland and EU (IBANs). Calls are
written as an ASR would produce them (lower case, numbers as words); chats are
typed with varied separators and casing.

## Annotation conventions

* A span covers only the value itself: not lead-ins ("it's", "my social is",
  "zip"), not trailing chat ("thanks"), not fillers around it.
* A value split across several turns (customer reading in chunks with agent
  back-channels in between) gets one span per turn, each with the value's type.
  A value interrupted inside one turn by chit-chat ("hang on") gets one span per
  piece; the interrupting words are outside the spans.
* A hesitation or aside in the middle of a reading ("um", "er hold on") is
  outside the spans: the value then has two spans in the same turn.
* Sparse ASR punctuation inside a reading ("one two three, four five, ...")
  and ASR homophones for digits ("for", "to", "too", "ate") are inside the span.
* Agent read-backs of a full value are labelled too.
* Abandoned partial readings before a self-correction are not labelled; the
  corrected full value is. "Last four" of a card or SSN on their own are not
  labelled (they are not a full value).
* ADDRESS = house number + street name + street type (e.g. "1423 Maple Ridge
  Dr", "fourteen twenty three maple ridge drive"). Apartment/unit, city and
  state are outside the span. The ZIP/postcode is its own POSTCODE span.
* PHONE includes a spoken or typed country code digit ("+1", "one", "+44")
  when present, but not the word "plus" in speech, and not "area code".
* DOB covers the whole date ("the fourteenth of july nineteen seventy",
  "03/14/1985"); EXPIRY covers month + year; CVV covers the digits.
* IBAN covers country code to last character; typed in groups or unbroken.
* Member IDs, policy, claim, order, tracking, reference, PO, Rx, confirmation
  numbers, flight numbers, amounts, dates that are not birth dates, times,
  percentages, counts, meter readings, model numbers are never labelled; the
  negative cases consist only of such look-alikes.

## Counts

* positive cases: {npos}
* negative cases: {nneg}
* spans: {nspans}

| type | spans |
|------|------:|
{table}
"""


def render_readme(records):
    cnt = counts(records)
    npos = sum(1 for r in records if r["kind"] == "positive")
    nneg = sum(1 for r in records if r["kind"] == "negative")
    table = "\n".join(f"| {t} | {cnt[t]} |" for t in TYPES)
    return README_TMPL.format(seed=SEED, npos=npos, nneg=nneg, nspans=sum(cnt.values()), table=table)


def main(argv):
    records, meta = build()
    text = dumps(records)
    readme = render_readme(records)
    errors = check_records(records, meta)
    cnt = counts(records)
    npos = sum(1 for r in records if r["kind"] == "positive")
    nneg = len(records) - npos
    if npos < 170:
        errors.append(f"only {npos} positives")
    if nneg < 100:
        errors.append(f"only {nneg} negatives")
    for t in TYPES:
        need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
        if cnt[t] < need:
            errors.append(f"type {t}: {cnt[t]} spans < {need}")
    if "--check" in argv:
        if not CASES.exists() or CASES.read_text(encoding="utf-8") != text:
            errors.append("cases.jsonl differs from a fresh generation")
        if CASES.exists():
            # also verify the file as loaded from disk
            try:
                loaded = [json.loads(l) for l in CASES.read_text(encoding="utf-8").splitlines()]
            except ValueError as e:
                loaded = None
                errors.append(f"cases.jsonl is not valid JSONL: {e}")
            if loaded is not None:
                if len(loaded) != len(meta):
                    errors.append("cases.jsonl has a different number of cases")
                else:
                    errors.extend("file: " + e for e in check_records(loaded, meta))
        if not README.exists() or README.read_text(encoding="utf-8") != readme:
            errors.append("README.md differs from a fresh generation")
    else:
        OUT_DIR.mkdir(parents=True, exist_ok=True)
        CASES.write_text(text, encoding="utf-8")
        README.write_text(readme, encoding="utf-8")
    print(f"cases: {len(records)} (positive {npos}, negative {nneg}), spans {sum(cnt.values())}")
    for t in TYPES:
        print(f"  {t:13s} {cnt[t]}")
    if errors:
        print(f"{len(errors)} problem(s):")
        for e in errors[:60]:
            print("  " + e)
        return 1
    print("OK" if "--check" in argv else f"wrote {CASES.relative_to(ROOT)} and README.md")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

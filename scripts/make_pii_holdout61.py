#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set ``pii_holdout61``.

Written by an AI helper acting as an independent test author, without
looking at the redaction code, its tests or any other fixture.

Usage::

    python scripts/make_pii_holdout61.py          # write fixture + README
    python scripts/make_pii_holdout61.py --check  # regenerate and verify

Every case is assembled from plain text segments and labelled
``(value_text, TYPE, group)`` segments, so span offsets are computed, never
typed by hand.  All randomness comes from one ``random.Random(61261123)``.
Standard library only.
"""
from __future__ import annotations

import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path
import random

SEED = 61261123
ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "tests" / "fixtures" / "pii_holdout61"
CASES = OUT_DIR / "cases.jsonl"
README = OUT_DIR / "README.md"

TYPES = [
    "CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
    "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS",
]

# ---------------------------------------------------------------------------
# spoken-number vocabulary (shared by the renderers and the normaliser)
# ---------------------------------------------------------------------------
UNIT_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven",
              "eight", "nine"]
ZERO_WORDS = {"zero", "oh", "o", "nought", "naught"}
UNIT_MAP = {w: str(i) for i, w in enumerate(UNIT_WORDS)}
UNIT_MAP.update({z: "0" for z in ZERO_WORDS})
HOMO_NUM = {"for": "4", "fore": "4", "to": "2", "too": "2", "won": "1",
            "ate": "8"}
TEENS = {"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
         "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
         "eighteen": 18, "nineteen": 19}
TEEN_WORDS = {v: k for k, v in TEENS.items()}
TENS = {"twenty": 2, "thirty": 3, "forty": 4, "fourty": 4, "fifty": 5,
        "sixty": 6, "seventy": 7, "eighty": 8, "ninety": 9}
TENS_WORDS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty",
              7: "seventy", 8: "eighty", 9: "ninety"}
ORD_UNITS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5,
             "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9}
ORD_TEENS = {"tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
             "fourteenth": 14, "fifteenth": 15, "sixteenth": 16,
             "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
             "twentieth": 20, "thirtieth": 30}
ORD_WORDS = {v: k for k, v in list(ORD_UNITS.items()) + list(ORD_TEENS.items())}
MONTHS = ["january", "february", "march", "april", "may", "june", "july",
          "august", "september", "october", "november", "december"]
MONTH_MAP = {m: i + 1 for i, m in enumerate(MONTHS)}
MONTH_MAP.update({m[:3]: i + 1 for i, m in enumerate(MONTHS)})
MONTH_MAP["sept"] = 9
NATO = {"alpha": "A", "alfa": "A", "bravo": "B", "charlie": "C", "delta": "D",
        "echo": "E", "foxtrot": "F", "golf": "G", "hotel": "H", "india": "I",
        "juliet": "J", "kilo": "K", "lima": "L", "mike": "M",
        "november": "N", "oscar": "O", "papa": "P", "quebec": "Q",
        "romeo": "R", "sierra": "S", "tango": "T", "uniform": "U",
        "victor": "V", "whiskey": "W", "whisky": "W", "xray": "X",
        "yankee": "Y", "zulu": "Z",
        # everyday words callers use for spelling
        "apple": "A", "boy": "B", "bob": "B", "cat": "C", "charles": "C",
        "dog": "D", "david": "D", "edward": "E", "freddie": "F",
        "george": "G", "harry": "H", "jack": "J", "king": "K",
        "london": "L", "mary": "M", "nancy": "N", "nelson": "N",
        "peter": "P", "queen": "Q", "robert": "R", "sam": "S",
        "sugar": "S", "tommy": "T", "tom": "T", "uncle": "U",
        "victoria": "V", "william": "W", "yellow": "Y", "zebra": "Z"}
NATO_BY_LETTER = defaultdict(list)
for _w, _l in NATO.items():
    NATO_BY_LETTER[_l].append(_w)
LETTER_HOMO = {"ay": "A", "bee": "B", "be": "B", "see": "C", "sea": "C",
               "dee": "D", "ee": "E", "eff": "F", "gee": "G", "aitch": "H",
               "haitch": "H", "jay": "J", "kay": "K", "el": "L", "em": "M",
               "en": "N", "pee": "P", "pea": "P", "cue": "Q", "queue": "Q",
               "are": "R", "ess": "S", "tee": "T", "tea": "T", "you": "U",
               "vee": "V", "ex": "X", "why": "Y", "zed": "Z", "zee": "Z"}
HOMO_BY_LETTER = defaultdict(list)
for _w, _l in LETTER_HOMO.items():
    if _w not in ("be", "sea", "pea", "tea", "queue", "haitch", "zee"):
        HOMO_BY_LETTER[_l].append(_w)
FILLERS = {"um", "uh", "er", "erm", "uhm", "ah", "hmm", "sorry", "so",
           "like", "yeah", "and", "then", "is", "it", "its", "s", "the",
           "of", "st", "nd", "rd", "th", "slash", "dash", "hyphen", "plus",
           "space", "wait", "right", "ok", "okay", "that", "last", "bit",
           "no", "in", "as"}


class NormError(ValueError):
    pass


def _parse_small(toks, i):
    """Parse a number below 100 starting at toks[i]; return (value, next_i)."""
    t = toks[i]
    if t in TEENS:
        return TEENS[t], i + 1
    if t in TENS:
        v = TENS[t] * 10
        if i + 1 < len(toks) and toks[i + 1] in UNIT_WORDS[1:]:
            return v + int(UNIT_MAP[toks[i + 1]]), i + 2
        return v, i + 1
    if t in UNIT_MAP:
        return int(UNIT_MAP[t]), i + 1
    if t.isdigit():
        return int(t), i + 1
    raise NormError(f"expected a number at {t!r}")


def normalise(text: str, mode: str) -> str:
    """Turn typed or ASR-spoken value text into canonical characters.

    mode: "num" (digits only), "alnum" (letters and digits, upper case),
    "date" (digits; month names and ordinals become numbers).
    """
    toks = re.findall(r"[a-z]+|\d+", text.lower())
    if mode == "alnum" and re.search(r"\d", text):
        # typed value (spoken values never contain digit characters)
        return "".join(toks).upper()
    out: list[str] = []
    i = 0
    n = len(toks)
    while i < n:
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < n else None
        if t.isdigit():
            out.append(t)
            i += 1
            continue
        if mode == "num" and re.fullmatch(r"[o0-9]+", t) and len(t) > 1:
            out.append(t.replace("o", "0"))
            i += 1
            continue
        if t in ("double", "triple") and nxt is not None:
            k = 2 if t == "double" else 3
            if nxt in UNIT_MAP:
                out.append(UNIT_MAP[nxt] * k)
            elif mode == "alnum" and len(nxt) == 1:
                out.append(nxt.upper() * k)
            elif mode == "alnum" and nxt in LETTER_HOMO:
                out.append(LETTER_HOMO[nxt] * k)
            else:
                raise NormError(f"bad token after {t}: {nxt!r}")
            i += 2
            continue
        if t == "thousand" and mode in ("date", "num"):
            # "two thousand and three" -> 2003 (the "two" is already out)
            if not out or out[-1] != "2":
                raise NormError("thousand without two")
            j = i + 1
            if j < n and toks[j] == "and":
                j += 1
            v, j = _parse_small(toks, j)
            out[-1] = "2" + f"{v:03d}"
            i = j
            continue
        if mode == "alnum" and len(t) == 1 and t != "o":
            out.append(t.upper())
            i += 1
            # "b for bravo" / "b as in boy"
            if i < n and toks[i] == "for" and i + 1 < n and toks[i + 1] in NATO:
                i += 2
            elif (i + 2 < n and toks[i] == "as" and toks[i + 1] == "in"
                  and toks[i + 2] in NATO):
                i += 3
            continue
        if t in UNIT_MAP:
            out.append(UNIT_MAP[t])
            i += 1
            continue
        if mode != "alnum" and t in HOMO_NUM:
            out.append(HOMO_NUM[t])
            i += 1
            continue
        if t in TEENS:
            out.append(str(TEENS[t]))
            i += 1
            continue
        if t in TENS:
            if nxt in UNIT_WORDS[1:]:
                out.append(str(TENS[t] * 10 + int(UNIT_MAP[nxt])))
                i += 2
            elif mode == "date" and nxt in ORD_UNITS:
                out.append(str(TENS[t] * 10 + ORD_UNITS[nxt]))
                i += 2
            else:
                out.append(str(TENS[t] * 10))
                i += 1
            continue
        if mode == "date" and t in ORD_UNITS:
            out.append(str(ORD_UNITS[t]))
            i += 1
            continue
        if mode == "date" and t in ORD_TEENS:
            out.append(str(ORD_TEENS[t]))
            i += 1
            continue
        if mode == "date" and t in MONTH_MAP:
            out.append(str(MONTH_MAP[t]))
            i += 1
            continue
        if mode == "alnum" and t in NATO:
            out.append(NATO[t])
            i += 1
            continue
        if mode == "alnum" and t in LETTER_HOMO:
            out.append(LETTER_HOMO[t])
            i += 1
            continue
        if t in FILLERS:
            i += 1
            continue
        if mode == "alnum" and t.isalpha() and len(t) <= 4:
            out.append(t.upper())
            i += 1
            continue
        raise NormError(f"unknown token {t!r} in {text!r}")
    return "".join(out)


def normalise_email(text: str) -> str:
    t = text.strip().lower()
    if "@" in t:
        return re.sub(r"\s+", "", t)
    toks = re.findall(r"[a-z0-9]+", t)
    out = []
    i = 0
    while i < len(toks):
        w = toks[i]
        if w == "at":
            out.append("@")
        elif w == "dot":
            out.append(".")
        elif w == "underscore":
            out.append("_")
        elif w in ("dash", "hyphen"):
            out.append("-")
        elif w in UNIT_WORDS:
            out.append(UNIT_MAP[w])
        elif w == "double" and i + 1 < len(toks):
            nx = toks[i + 1]
            out.append((UNIT_MAP[nx] if nx in UNIT_WORDS else nx) * 2)
            i += 1
        elif len(w) == 1:
            out.append(w)
            if i + 2 < len(toks) and toks[i + 1] == "for" and toks[i + 2] in NATO:
                i += 2
        elif w in ("um", "uh", "er"):
            pass
        else:
            out.append(w)
        i += 1
    return "".join(out)


# ---------------------------------------------------------------------------
# validators
# ---------------------------------------------------------------------------
def luhn_ok(d: str) -> bool:
    s = 0
    for k, ch in enumerate(reversed(d)):
        x = int(ch)
        if k % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        s += x
    return s % 10 == 0


def iban_ok(s: str) -> bool:
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in r)
    return int(num) % 97 == 1


NI_BAD_FIRST = set("DFIQUV")
NI_BAD_SECOND = set("DFIOQUV")
NI_BAD_PREFIX = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}


def ni_ok(s: str) -> bool:
    return bool(re.fullmatch(r"[A-Z]{2}\d{6}[A-D]", s)) and \
        s[0] not in NI_BAD_FIRST and s[1] not in NI_BAD_SECOND and \
        s[:2] not in NI_BAD_PREFIX


UK_PC = re.compile(r"^(?:[A-Z]{1,2}\d[A-Z\d]?)\d[ABD-HJLNP-UW-Z]{2}$")
STREET_WORDS = {"street", "st", "road", "rd", "avenue", "ave", "lane", "ln",
                "drive", "dr", "close", "way", "court", "ct", "crescent",
                "place", "pl", "boulevard", "blvd", "terrace", "grove",
                "gardens", "park", "hill", "row", "square", "walk", "mews",
                "parade"}


def check_value(typ: str, canon, text: str) -> str | None:
    """Return an error message or None. ``text`` is the concatenated span text."""
    try:
        if typ == "CARD_NUMBER":
            d = normalise(text, "num")
            if d != canon:
                return f"card {d} != {canon}"
            if not (13 <= len(d) <= 19 and luhn_ok(d)):
                return "card not luhn"
        elif typ == "CVV":
            d = normalise(text, "num")
            if d != canon or not re.fullmatch(r"\d{3,4}", d):
                return f"cvv {d}"
        elif typ == "EXPIRY":
            m, y = canon
            d = normalise(text, "date")
            ok = {f"{m:02d}{y % 100:02d}", f"{m}{y % 100:02d}",
                  f"{m:02d}{y}", f"{m}{y}"}
            if d not in ok:
                return f"expiry {d} not in {ok}"
        elif typ == "SSN":
            d = normalise(text, "num")
            if d != canon or not re.fullmatch(r"\d{9}", d) or \
                    d[:3] in ("000", "666") or d[0] == "9" or d[3:5] == "00" \
                    or d[5:] == "0000":
                return f"ssn {d}"
        elif typ == "NI_NUMBER":
            d = normalise(text, "alnum")
            if d != canon or not ni_ok(d):
                return f"ni {d} != {canon}"
        elif typ == "BANK_ACCOUNT":
            d = normalise(text, "num")
            if d != canon or not re.fullmatch(r"\d{8,12}", d):
                return f"account {d}"
        elif typ == "SORT_CODE":
            d = normalise(text, "num")
            if d != canon or not re.fullmatch(r"\d{6}", d):
                return f"sort {d}"
        elif typ == "IBAN":
            d = normalise(text, "alnum")
            if d != canon or not iban_ok(d):
                return f"iban {d} != {canon}"
        elif typ == "PHONE":
            d = normalise(text.replace("(0)", ""), "num")
            if d.startswith("00"):
                d = d[2:]
            if d != canon or not 9 <= len(d) <= 13:
                return f"phone {d} != {canon}"
        elif typ == "EMAIL":
            e = normalise_email(text)
            if e != canon.lower() or not re.fullmatch(
                    r"[a-z0-9._%+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+", e):
                return f"email {e} != {canon}"
        elif typ == "DOB":
            dd, mm, yy = canon
            d = normalise(text, "date")
            ok = set()
            for ds in (str(dd), f"{dd:02d}"):
                for ms in (str(mm), f"{mm:02d}"):
                    for ys in (str(yy), f"{yy % 100:02d}"):
                        ok.update({ds + ms + ys, ms + ds + ys, ys + ms + ds})
            if d not in ok:
                return f"dob {d} for {canon}"
        elif typ == "POSTCODE":
            if canon.isdigit() or "-" in canon:
                d = normalise(text, "num")
                if d != canon.replace("-", "") or len(d) not in (5, 9):
                    return f"zip {d}"
            else:
                d = normalise(text, "alnum")
                if d != canon.replace(" ", "") or not UK_PC.match(d):
                    return f"postcode {d} != {canon}"
        elif typ == "ADDRESS":
            words = set(re.findall(r"[a-z]+", text.lower()))
            if not words & STREET_WORDS:
                return "address without street word"
            if not (re.search(r"\d", text) or words & (set(UNIT_WORDS) | set(TEENS) | set(TENS))):
                return "address without number"
        else:
            return f"unknown type {typ}"
    except NormError as exc:
        return f"{typ}: {exc}"
    return None


# ---------------------------------------------------------------------------
# value generators
# ---------------------------------------------------------------------------
R = random.Random(SEED)


def rdigits(k: int) -> str:
    return "".join(R.choice("0123456789") for _ in range(k))


def luhn_complete(prefix: str, length: int) -> str:
    body = prefix + rdigits(length - len(prefix) - 1)
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def gen_card():
    brand = R.choice(["visa", "visa", "visa", "mc", "mc", "mc2", "amex",
                      "disc", "visa19", "visa13"])
    if brand == "visa":
        return luhn_complete("4" + rdigits(1), 16), brand
    if brand == "visa19":
        return luhn_complete("4" + rdigits(1), 19), brand
    if brand == "visa13":
        return luhn_complete("4", 13), brand
    if brand == "mc":
        return luhn_complete(str(R.randint(51, 55)), 16), brand
    if brand == "mc2":
        return luhn_complete(str(R.randint(2221, 2720)), 16), brand
    if brand == "amex":
        return luhn_complete(R.choice(["34", "37"]), 15), brand
    return luhn_complete("6011", 16), brand


def card_groups(num: str) -> list[str]:
    if len(num) == 15:
        return [num[:4], num[4:10], num[10:]]
    if len(num) == 13:
        return [num[:4], num[4:7], num[7:10], num[10:]]
    return [num[i:i + 4] for i in range(0, len(num), 4)]


def gen_ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return f"{a:03d}{R.randint(1, 99):02d}{R.randint(1, 9999):04d}"


NI_FIRST = [c for c in "ABCEGHJKLMNPRSTWXYZ" if c not in NI_BAD_FIRST]
NI_SECOND = [c for c in "ABCEGHJKLMNPRSTWXYZ" if c not in NI_BAD_SECOND]


def gen_ni():
    while True:
        p = R.choice(NI_FIRST) + R.choice(NI_SECOND)
        if p not in NI_BAD_PREFIX:
            break
    return p + rdigits(6) + R.choice("ABCD")


def iban_make(cc: str, bban: str) -> str:
    r = bban + cc + "00"
    num = "".join(str(int(c, 36)) for c in r)
    chk = 98 - int(num) % 97
    return f"{cc}{chk:02d}{bban}"


def gen_iban():
    cc = R.choice(["GB", "GB", "IE", "IE", "DE", "FR", "NL", "ES"])
    if cc == "GB":
        bban = R.choice(["NWBK", "BARC", "HBUK", "MIDL", "SRLG"]) + rdigits(14)
    elif cc == "IE":
        bban = R.choice(["AIBK", "IPBS", "ULSB"]) + rdigits(14)
    elif cc == "DE":
        bban = rdigits(18)
    elif cc == "FR":
        bban = rdigits(23)
    elif cc == "NL":
        bban = R.choice(["ABNA", "INGB", "SNSB", "KNAB"]) + rdigits(10)
    else:
        bban = rdigits(20)
    return iban_make(cc, bban)


def gen_phone(country):
    if country == "UK":
        kind = R.choice(["mob", "mob", "lon", "man", "intl"])
        if kind == "mob":
            return "07" + R.choice("3456789") + rdigits(8), kind
        if kind == "lon":
            return "020" + R.choice("378") + rdigits(7), kind
        if kind == "man":
            return "0161" + R.choice("2489") + rdigits(6), kind
        return "447" + R.choice("3456789") + rdigits(8), kind
    if country == "IE":
        kind = R.choice(["mob", "mob", "intl", "dub"])
        if kind == "mob":
            return "08" + R.choice("35679") + R.choice("23456789") + rdigits(6), kind
        if kind == "dub":
            return "01" + R.choice("2456789") + rdigits(6), kind
        return "3538" + R.choice("35679") + R.choice("23456789") + rdigits(6), kind
    kind = R.choice(["us", "us", "us", "usintl"])
    area = str(R.randint(2, 9)) + rdigits(1) + str(R.randint(0, 9))
    exch = str(R.randint(2, 9)) + rdigits(2)
    num = area + exch + rdigits(4)
    if kind == "usintl":
        return "1" + num, kind
    return num, kind


FIRST = ["james", "sarah", "liam", "aoife", "mohammed", "emma", "connor",
         "priya", "daniel", "chloe", "tomasz", "grace", "oliver", "niamh",
         "jessica", "kevin", "fatima", "ryan", "megan", "luca", "hannah",
         "dermot", "olivia", "marcus", "ellen", "raj", "brenda", "carlos"]
LAST = ["smith", "murphy", "khan", "walsh", "brown", "kowalski", "patel",
        "oconnor", "jones", "byrne", "nguyen", "evans", "kelly", "garcia",
        "taylor", "doyle", "wright", "hughes", "okafor", "reilly", "martin",
        "fitzgerald", "lewis", "moreno", "baker", "quinn"]
DOMAINS = {"UK": ["gmail.com", "outlook.com", "yahoo.co.uk", "btinternet.com",
                  "hotmail.co.uk", "sky.com", "icloud.com"],
           "IE": ["gmail.com", "eircom.net", "hotmail.com", "outlook.ie",
                  "icloud.com"],
           "US": ["gmail.com", "yahoo.com", "aol.com", "outlook.com",
                  "comcast.net", "icloud.com"],
           "EU": ["gmail.com", "web.de", "orange.fr", "outlook.com",
                  "gmx.net", "ziggo.nl"]}


def gen_email(country):
    f, l = R.choice(FIRST), R.choice(LAST)
    style = R.randint(0, 5)
    if style == 0:
        local = f"{f}.{l}"
    elif style == 1:
        local = f"{f[0]}{l}{rdigits(2)}"
    elif style == 2:
        local = f"{f}_{l}"
    elif style == 3:
        local = f"{f}{l}{rdigits(1)}"
    elif style == 4:
        local = f"{f}.{l[0]}"
    else:
        local = f"{l}{f[0]}{rdigits(3)}"
    return f"{local}@{R.choice(DOMAINS[country])}"


def gen_dob():
    y = R.randint(1941, 2004)
    m = R.randint(1, 12)
    d = R.randint(1, 28)
    return (d, m, y)


def gen_expiry():
    return (R.randint(1, 12), R.randint(2026, 2031))


UK_AREAS = ["M", "B", "L", "G", "E", "N", "W", "S", "LS", "BS", "CF", "EH",
            "NG", "SW", "SE", "NW", "EC", "WC", "BT", "CR", "HP", "RG", "KT",
            "TW", "GL", "PL", "HU", "DH", "LE", "CV"]
INWARD = "ABDEFGHJLNPQRSTUWXYZ"


def gen_uk_postcode():
    a = R.choice(UK_AREAS)
    form = R.randint(0, 3)
    if form == 0:
        out = a + str(R.randint(1, 9))
    elif form == 1:
        out = a + str(R.randint(10, 28))
    elif form == 2 and a in ("SW", "EC", "WC", "W", "N", "E"):
        out = a + str(R.randint(1, 9)) + R.choice("ABHPVY".replace("V", "A"))
    else:
        out = a + str(R.randint(1, 9))
    return f"{out} {R.randint(0, 9)}{R.choice(INWARD)}{R.choice(INWARD)}"


def gen_zip():
    z = f"{R.randint(1001, 99950):05d}"
    if R.random() < 0.2:
        return z + "-" + rdigits(4)
    return z


STREETS = ["Elm", "Oak", "Church", "Station", "Victoria", "Maple",
           "Mill", "Park", "Kingsley", "Hawthorn", "Castle", "Willow",
           "Chapel", "Riverside", "Beech", "Orchard", "Grange", "Ashfield",
           "Main", "Washington", "Lincoln", "Cedar", "Pine", "Sunset",
           "Highland", "Abbey", "Meadow", "Clifton", "Dorset", "Cherry"]
SUFFIX_UK = ["Road", "Street", "Lane", "Avenue", "Close", "Crescent",
             "Drive", "Grove", "Terrace", "Way", "Gardens", "Place"]
SUFFIX_US = ["Street", "Avenue", "Drive", "Boulevard", "Court", "Lane",
             "Road", "Way", "Place"]
TOWNS_UK = ["Leeds", "Bristol", "Manchester", "Cardiff", "Glasgow",
            "Nottingham", "Reading", "York", "Leicester", "Coventry",
            "Belfast", "Plymouth"]
TOWNS_US = ["Columbus", "Austin", "Denver", "Tampa", "Portland",
            "Madison", "Raleigh", "Tucson", "Omaha", "Boise"]
TOWNS_IE = ["Cork", "Galway", "Limerick", "Drogheda", "Sligo", "Athlone"]


# ---------------------------------------------------------------------------
# spoken renderers (ASR style)
# ---------------------------------------------------------------------------
def zero_word(country):
    if country == "UK":
        return R.choice(["oh", "oh", "zero", "nought", "o"])
    if country == "IE":
        return R.choice(["oh", "o", "zero"])
    return R.choice(["zero", "oh", "oh", "o"])


def say_single(ds: str, country: str, runs=True, homo=False) -> str:
    z = zero_word(country)
    words = []
    i = 0
    while i < len(ds):
        d = ds[i]
        run = 1
        while i + run < len(ds) and ds[i + run] == d and run < 3:
            run += 1
        w = z if d == "0" else UNIT_WORDS[int(d)]
        if runs and run == 3 and R.random() < 0.6:
            words.append("triple " + w)
            i += 3
            continue
        if runs and run >= 2 and R.random() < 0.7:
            words.append("double " + w)
            i += 2
            continue
        if homo and d in "42" and R.random() < 0.35:
            w = {"4": "for", "2": "to"}[d]
        words.append(w)
        i += 1
    return " ".join(words)


def say_pair(p: str, country: str) -> str:
    a, b = int(p[0]), int(p[1])
    if a == 0:
        if b == 0:
            return "double " + zero_word(country)
        return zero_word(country) + " " + UNIT_WORDS[b]
    if a == 1:
        return TEEN_WORDS[10 + b]
    if b == 0:
        return TENS_WORDS[a]
    return TENS_WORDS[a] + " " + UNIT_WORDS[b]


def say_pairs(ds: str, country: str) -> str:
    parts = []
    i = 0
    if len(ds) % 2 == 1:
        parts.append(UNIT_WORDS[int(ds[0])] if ds[0] != "0" else zero_word(country))
        i = 1
    while i < len(ds):
        parts.append(say_pair(ds[i:i + 2], country))
        i += 2
    return " ".join(parts)


def say_digits(ds: str, country: str, style=None, homo=False) -> str:
    """Render a digit string as ASR words, verified; falls back to singles."""
    style = style or R.choice(["single", "single", "runs", "pairs"])
    if style == "pairs":
        txt = say_pairs(ds, country)
    elif style == "runs":
        txt = say_single(ds, country, runs=True, homo=homo)
    else:
        txt = say_single(ds, country, runs=False, homo=homo)
    if normalise(txt, "num") != ds:
        txt = say_single(ds, country, runs=False)
    assert normalise(txt, "num") == ds, (ds, txt)
    return txt


def say_letter(c: str, how: str) -> str:
    if how == "nato":
        return f"{c.lower()} for {R.choice(NATO_BY_LETTER[c])}"
    if how == "homo" and HOMO_BY_LETTER.get(c):
        return R.choice(HOMO_BY_LETTER[c])
    return c.lower()


def say_alnum(s: str, country: str) -> str:
    """Letters and digits mixed (NI numbers, postcodes, IBANs)."""
    how = R.choice(["plain", "plain", "nato", "homo"])
    parts = []
    buf = ""
    for c in s:
        if c.isdigit():
            buf += c
            continue
        if buf:
            parts.append(say_digits(buf, country))
            buf = ""
        if c == " ":
            continue
        parts.append(say_letter(c, how if R.random() < 0.8 else "plain"))
    if buf:
        parts.append(say_digits(buf, country))
    txt = " ".join(parts)
    assert normalise(txt, "alnum") == s.replace(" ", ""), (s, txt)
    return txt


def fillerise(parts: list[str], p=0.3) -> str:
    out = []
    for k, part in enumerate(parts):
        if k and R.random() < p:
            out.append(R.choice(["um", "uh", "er", "erm"]))
        out.append(part)
    return " ".join(out)


def spoken(typ: str, canon, country: str, meta=None) -> str:
    """Render a value as ASR text; re-render until the reading is unambiguous."""
    chk = canon if typ != "ADDRESS" else None
    for _ in range(8):
        txt = _spoken(typ, canon, country, meta)
        if check_value(typ, chk, txt) is None:
            return txt
    raise AssertionError(f"cannot render {typ} {canon}: {txt}")


def _spoken(typ: str, canon, country: str, meta=None) -> str:
    if typ == "CARD_NUMBER":
        groups = card_groups(canon)
        style = R.choice(["single", "single", "runs", "pairs", "mixed"])
        parts = []
        for g in groups:
            st = R.choice(["single", "pairs", "runs"]) if style == "mixed" else style
            parts.append(say_digits(g, country, st, homo=True))
        return fillerise(parts, 0.25)
    if typ in ("CVV",):
        return say_digits(canon, country, R.choice(["single", "single", "runs"]))
    if typ == "SSN":
        g = [canon[:3], canon[3:5], canon[5:]]
        style = R.choice(["single", "single", "runs", "last4pairs"])
        if style == "last4pairs":
            parts = [say_digits(g[0], country, "single"),
                     say_digits(g[1], country, "single"),
                     say_digits(g[2], country, "pairs")]
        else:
            parts = [say_digits(x, country, style, homo=True) for x in g]
        return fillerise(parts, 0.2)
    if typ in ("BANK_ACCOUNT", "PHONE", "SORT_CODE"):
        ds = canon
        prefix = ""
        if typ == "PHONE" and meta in ("intl", "usintl"):
            prefix = "plus "
        if typ == "SORT_CODE":
            style = R.choice(["single", "pairs", "pairs", "runs"])
            return say_digits(ds, country, style) if style != "single" else \
                fillerise([say_digits(ds[i:i + 2], country, "single") for i in (0, 2, 4)], 0.1)
        if typ == "PHONE":
            if meta in ("us", "usintl"):
                head = ds[:1] if meta == "usintl" else ""
                core = ds[1:] if meta == "usintl" else ds
                chunks = ([head] if head else []) + [core[:3], core[3:6], core[6:]]
            elif meta == "intl":
                cc = ds[:3] if ds.startswith("353") else ds[:2]
                rest = ds[len(cc):]
                chunks = [cc, rest[:len(rest) - 6], rest[-6:-3], rest[-3:]]
            else:
                cut = 5 if ds.startswith("07") or ds.startswith("0161") else 3
                chunks = [ds[:cut], ds[cut:cut + 3], ds[cut + 3:]]
            style = R.choice(["single", "runs", "runs"])
            return prefix + fillerise([say_digits(c, country, style) for c in chunks if c], 0.15)
        style = R.choice(["single", "runs", "pairs"])
        chunks = [ds[i:i + 4] for i in range(0, len(ds), 4)]
        return fillerise([say_digits(c, country, style) for c in chunks], 0.2)
    if typ == "EXPIRY":
        m, y = canon
        f = R.randint(0, 4)
        if f == 0:
            return f"{say_pair(f'{m:02d}', country)} {say_pair(f'{y % 100:02d}', country)}"
        if f == 1:
            return f"{MONTHS[m - 1]} {say_pair(f'{y % 100:02d}', country)}"
        if f == 2:
            return f"{say_pair(f'{m:02d}', country)} slash {say_pair(f'{y % 100:02d}', country)}"
        if f == 3:
            return f"{MONTHS[m - 1]} twenty {say_pair(f'{y % 100:02d}', country)}"
        return f"{say_digits(f'{m:02d}', country, 'single')} {say_digits(f'{y % 100:02d}', country, 'single')}"
    if typ == "DOB":
        d, m, y = canon
        if y >= 2000:
            ys = "two thousand and " + (UNIT_WORDS[y % 100] if y % 100 < 10 else say_pair(f"{y % 100:02d}", country))
        else:
            ys = say_pair(str(y)[:2], country) + " " + say_pair(str(y)[2:], country)
        if d in ORD_WORDS:
            dw = ORD_WORDS[d]
        else:
            dw = TENS_WORDS[d // 10] + " " + ORD_WORDS[d % 10]
        f = R.randint(0, 4)
        if country == "US":
            f = R.choice([1, 1, 2, 4])
        if f == 0:
            return f"the {dw} of {MONTHS[m - 1]} {ys}"
        if f == 1:
            return f"{MONTHS[m - 1]} {dw} {ys}"
        if f == 2:
            return f"{MONTHS[m - 1]} {dw} {say_pair(f'{y % 100:02d}', country)}"
        if f == 3:
            return f"{dw} of the {ORD_WORDS[m]} {ys}"
        if country == "US":
            return f"{say_digits(f'{m:02d}', country, 'single')} {say_digits(f'{d:02d}', country, 'single')} {ys}"
        return f"{say_digits(f'{d:02d}', country, 'single')} {say_digits(f'{m:02d}', country, 'single')} {ys}"
    if typ in ("NI_NUMBER", "IBAN"):
        if typ == "NI_NUMBER" and R.random() < 0.4:
            # digits in pairs: "a b twelve thirty four fifty six c"
            how = R.choice(["plain", "nato", "homo"])
            txt = " ".join([say_letter(canon[0], how), say_letter(canon[1], how),
                            say_digits(canon[2:8], country, "pairs"),
                            say_letter(canon[8], how)])
            assert normalise(txt, "alnum") == canon, txt
            return txt
        if typ == "IBAN":
            chunks = [canon[i:i + 4] for i in range(0, len(canon), 4)]
            return fillerise([say_alnum(c, country) for c in chunks], 0.15)
        return say_alnum(canon, country)
    if typ == "POSTCODE":
        if canon[0].isdigit():
            return say_digits(canon.replace("-", ""), country, R.choice(["single", "runs"]))
        out, inw = canon.split(" ")
        if R.random() < 0.5:
            # outward digits read as a number: "l s fourteen"
            letters = "".join(c for c in out if c.isalpha() and out.index(c) < 2 and not c.isdigit())
            m = re.match(r"([A-Z]+)(\d+)([A-Z]?)$", out)
            if m:
                a, num, tail = m.groups()
                txt = " ".join([c.lower() for c in a] + [say_digits(num, country, "pairs" if len(num) == 2 else "single")]
                               + ([tail.lower()] if tail else []) + [say_alnum(inw, country)])
                if normalise(txt, "alnum") == canon.replace(" ", ""):
                    return txt
            del letters
        return say_alnum(out, country) + " " + say_alnum(inw, country)
    if typ == "EMAIL":
        local, dom = canon.split("@")
        def sp(s):
            out = []
            for piece in re.findall(r"[a-z]+|\d|[._-]", s):
                if piece == ".":
                    out.append("dot")
                elif piece == "_":
                    out.append("underscore")
                elif piece == "-":
                    out.append("dash")
                elif piece.isdigit():
                    out.append(UNIT_WORDS[int(piece)])
                elif len(piece) <= 2:
                    out.append(" ".join(piece))
                else:
                    out.append(piece)
            return " ".join(out)
        return f"{sp(local)} at {sp(dom)}"
    if typ == "ADDRESS":
        num, street = meta
        nw = say_pairs(str(num), country) if num >= 10 else UNIT_WORDS[num]
        if num >= 100 and R.random() < 0.5:
            nw = say_digits(str(num), country, "single")
        return f"{nw} {street.lower()}"
    raise ValueError(typ)


# ---------------------------------------------------------------------------
# typed renderers (chat / sms / e-mail / DM)
# ---------------------------------------------------------------------------
def rand_case(s: str) -> str:
    k = R.randint(0, 3)
    if k == 0:
        return s.lower()
    if k == 1:
        return s.upper()
    if k == 2:
        return "".join(c.upper() if R.random() < 0.5 else c.lower() for c in s)
    return s


def typed(typ: str, canon, country: str, meta=None) -> str:
    if typ == "CARD_NUMBER":
        g = card_groups(canon)
        f = R.randint(0, 7)
        if f == 0:
            return canon
        if f == 1:
            return " ".join(g)
        if f == 2:
            return "-".join(g)
        if f == 3:
            return ".".join(g)
        if f == 4:
            return "  ".join(g)
        if f == 5:
            return "\u00a0".join(g)
        if f == 6:
            return "".join(x + R.choice([" ", "", "-", " - "]) for x in g[:-1]) + g[-1]
        return " ".join(canon[i:i + R.choice([3, 4, 5])] for i in range(0, 1)) + " " + \
            " ".join([canon[R.choice([3, 4, 5]):]]) if False else \
            canon[:8] + " " + canon[8:]
    if typ == "CVV":
        return canon
    if typ == "EXPIRY":
        m, y = canon
        f = R.randint(0, 6)
        return [f"{m:02d}/{y % 100:02d}", f"{m}/{y % 100:02d}", f"{m:02d}-{y % 100:02d}",
                f"{m:02d}/{y}", f"{m:02d} {y % 100:02d}", f"{MONTHS[m - 1][:3].title()} {y}",
                f"{m:02d}.{y % 100:02d}"][f]
    if typ == "SSN":
        f = R.randint(0, 5)
        a, b, c = canon[:3], canon[3:5], canon[5:]
        return [f"{a}-{b}-{c}", f"{a} {b} {c}", canon, f"{a}.{b}.{c}",
                f"{a}-{b}-{c}", f"{a} - {b} - {c}"][f]
    if typ == "NI_NUMBER":
        p, d, s = canon[:2], canon[2:8], canon[8]
        f = R.randint(0, 6)
        txt = [canon, f"{p} {d[:2]} {d[2:4]} {d[4:]} {s}", f"{p}{d}{s}",
               f"{p} {d} {s}", f"{p}-{d[:2]}-{d[2:4]}-{d[4:]}-{s}",
               f"{p}{d[:2]} {d[2:4]} {d[4:]}{s}", f"{p} {d}{s}"][f]
        return rand_case(txt) if R.random() < 0.5 else txt
    if typ == "BANK_ACCOUNT":
        f = R.randint(0, 3)
        if f == 1 and len(canon) == 8:
            return canon[:4] + " " + canon[4:]
        if f == 2:
            return "-".join(canon[i:i + 4] for i in range(0, len(canon), 4))
        return canon
    if typ == "SORT_CODE":
        f = R.randint(0, 4)
        return [f"{canon[:2]}-{canon[2:4]}-{canon[4:]}", canon,
                f"{canon[:2]} {canon[2:4]} {canon[4:]}",
                f"{canon[:2]}.{canon[2:4]}.{canon[4:]}",
                f"{canon[:2]}-{canon[2:4]}-{canon[4:]}"][f]
    if typ == "IBAN":
        f = R.randint(0, 3)
        if f == 0:
            return " ".join(canon[i:i + 4] for i in range(0, len(canon), 4))
        if f == 1:
            return canon
        if f == 2:
            return " ".join(canon[i:i + 4] for i in range(0, len(canon), 4)).lower()
        return canon[:4] + " " + canon[4:]
    if typ == "PHONE":
        ds = canon
        if meta in ("us", "usintl"):
            core = ds[-10:]
            f = R.randint(0, 5)
            base = [f"({core[:3]}) {core[3:6]}-{core[6:]}", f"{core[:3]}-{core[3:6]}-{core[6:]}",
                    f"{core[:3]}.{core[3:6]}.{core[6:]}", core, f"{core[:3]} {core[3:6]} {core[6:]}",
                    f"({core[:3]}){core[3:6]}-{core[6:]}"][f]
            return ("+1 " + base) if meta == "usintl" else base
        if meta == "intl":
            cc = "353" if ds.startswith("353") else "44"
            rest = ds[len(cc):]
            f = R.randint(0, 3)
            return [f"+{cc} {rest[:len(rest) - 6]} {rest[-6:]}", f"+{cc}{rest}",
                    f"00{cc} {rest}", f"+{cc} (0){rest[:len(rest) - 6]} {rest[-6:]}"][f] \
                if True else ""
        f = R.randint(0, 4)
        if ds.startswith("07") or ds.startswith("0161"):
            cut = 5 if ds.startswith("07") else 4
            return [f"{ds[:cut]} {ds[cut:]}", ds, f"{ds[:cut]}-{ds[cut:cut + 3]}-{ds[cut + 3:]}",
                    f"{ds[:cut]} {ds[cut:cut + 3]} {ds[cut + 3:]}",
                    (ds.replace("0", "O", 1) if ds.startswith("07") else ds)][f]
        if ds.startswith("020"):
            return [f"020 {ds[3:7]} {ds[7:]}", ds, f"(020) {ds[3:7]} {ds[7:]}",
                    f"020-{ds[3:7]}-{ds[7:]}", f"020 {ds[3:]}"][f]
        cut = 3
        return [f"{ds[:3]} {ds[3:6]} {ds[6:]}", ds, f"({ds[:3]}) {ds[3:]}",
                f"{ds[:3]}-{ds[3:]}", f"{ds[:3]} {ds[3:]}"][f]
    if typ == "EMAIL":
        f = R.randint(0, 4)
        if f == 0:
            return canon
        if f == 1:
            loc, dom = canon.split("@")
            return loc.title() + "@" + dom
        if f == 2:
            return canon.upper() if R.random() < 0.3 else canon.capitalize()
        return canon
    if typ == "DOB":
        d, m, y = canon
        if country == "US":
            f = R.randint(0, 4)
            return [f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y % 100:02d}",
                    f"{MONTHS[m - 1].title()} {d}, {y}", f"{m}-{d}-{y}",
                    f"{MONTHS[m - 1][:3].title()} {d} {y}"][f]
        f = R.randint(0, 6)
        sfx = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}.get(d, "th")
        return [f"{d:02d}/{m:02d}/{y}", f"{d}/{m}/{y % 100:02d}", f"{d:02d}.{m:02d}.{y}",
                f"{d}{sfx} {MONTHS[m - 1].title()} {y}", f"{d} {MONTHS[m - 1][:3]} {y}",
                f"{y}-{m:02d}-{d:02d}", f"{d:02d}-{m:02d}-{y}"][f]
    if typ == "POSTCODE":
        if canon[0].isdigit():
            return canon
        f = R.randint(0, 4)
        return [canon, canon.replace(" ", ""), canon.lower(), rand_case(canon),
                canon.replace(" ", "  ")][f]
    if typ == "ADDRESS":
        num, street = meta
        return f"{num} {street}" if R.random() < 0.6 else f"{num} {rand_case(street)}"
    raise ValueError(typ)


# ---------------------------------------------------------------------------
# case assembly
# ---------------------------------------------------------------------------
class Case:
    def __init__(self, channel: str, industry: str, country: str):
        self.channel = channel
        self.industry = industry
        self.country = country
        self.turns: list[tuple[str, list]] = []
        self.groups: dict[int, tuple[str, object]] = {}
        self._gid = 0

    @property
    def spoken(self) -> bool:
        return self.channel == "call"

    def new_group(self, typ, canon) -> int:
        self._gid += 1
        self.groups[self._gid] = (typ, canon)
        return self._gid

    def add(self, speaker: str, *segs):
        self.turns.append((speaker, list(segs)))

    def build(self):
        turns, spans, gspans = [], [], defaultdict(list)
        for ti, (spk, segs) in enumerate(self.turns):
            text = ""
            for seg in segs:
                if isinstance(seg, str):
                    text += seg
                else:
                    val, typ, gid = seg
                    s = len(text)
                    text += val
                    spans.append({"turn": ti, "start": s, "end": len(text), "type": typ})
                    gspans[gid].append(len(spans) - 1)
            turns.append({"speaker": spk, "text": text})
        return turns, spans, gspans


TYPO_WORDS = {"number": ["nubmer", "numbr", "numebr"], "the": ["teh", "th"],
              "card": ["crad", "cardd"], "thanks": ["thx", "thnks", "thanx"],
              "please": ["pls", "plz", "pleae"], "address": ["adress", "addres"],
              "account": ["acount", "accout"], "because": ["bc", "becuase"],
              "your": ["ur", "yuor"], "you": ["u", "yuo"], "just": ["jsut", "jst"],
              "sorry": ["sry", "soz"], "phone": ["phnoe", "fone"],
              "birth": ["brith", "birht"], "insurance": ["insurence", "insurnace"],
              "postcode": ["post code", "postcde"], "email": ["emial", "e-mail"],
              "with": ["wiht", "w/"], "have": ["hav", "ahve"]}


def typo(s: str, p=0.35) -> str:
    def rep(m):
        w = m.group(0)
        lw = w.lower()
        if lw in TYPO_WORDS and R.random() < p:
            return R.choice(TYPO_WORDS[lw])
        return w
    return re.sub(r"[A-Za-z]+", rep, s)


def tx(c: Case, s: str) -> str:
    """Plain text for a turn: typos for typed channels, ASR style for calls."""
    if c.spoken:
        s = s.lower()
        s = re.sub(r"[,.!?;:]", "", s)
        s = re.sub(r"[^\x00-\x7f]", "", s)
        return re.sub(r"  +", " ", s)
    return typo(s)


COUNTRY_OF = {"NI_NUMBER": "UK", "SORT_CODE": "UK", "SSN": "US"}

INDUSTRIES = {
    "CARD_NUMBER": ["retail", "telecom", "utilities", "travel", "insurance", "healthcare billing", "banking"],
    "CVV": ["retail", "telecom", "travel", "insurance"],
    "EXPIRY": ["retail", "telecom", "travel", "utilities"],
    "SSN": ["banking", "insurance", "healthcare billing", "government services", "telecom"],
    "NI_NUMBER": ["government services", "banking", "insurance", "utilities", "healthcare billing"],
    "BANK_ACCOUNT": ["banking", "utilities", "insurance", "government services"],
    "SORT_CODE": ["banking", "utilities", "insurance"],
    "IBAN": ["banking", "travel", "utilities", "insurance"],
    "PHONE": ["telecom", "retail", "travel", "utilities", "healthcare billing"],
    "EMAIL": ["retail", "travel", "telecom", "insurance"],
    "DOB": ["insurance", "healthcare billing", "banking", "government services"],
    "POSTCODE": ["retail", "utilities", "telecom", "insurance"],
    "ADDRESS": ["retail", "utilities", "telecom", "insurance"],
}

ASK_CHAT = {
    "CARD_NUMBER": ["Please enter the long card number", "Can you type the card number for me?",
                    "What's the card number you'd like to use?", "Long number on the card pls"],
    "CVV": ["And the 3 digits on the back?", "Security code please", "CVV?"],
    "EXPIRY": ["Expiry date?", "And when does the card expire?", "What's the exp date on it"],
    "SSN": ["Can you verify your Social Security number?", "Please provide your SSN to verify",
            "For verification I'll need your full social"],
    "NI_NUMBER": ["Could you give me your National Insurance number?", "What is your NI number please?",
                  "I just need your NINO to find the record"],
    "BANK_ACCOUNT": ["What's the account number?", "Please send the account number the refund should go to"],
    "SORT_CODE": ["And the sort code?", "Sort code for that account please"],
    "IBAN": ["Please send the IBAN for the transfer", "Could you share your IBAN?"],
    "PHONE": ["What's the best number to reach you on?", "Can you confirm the phone number on the account?"],
    "EMAIL": ["What email address should we use?", "Can you confirm your email?"],
    "DOB": ["Can you confirm your date of birth?", "For security, what's your DOB?"],
    "POSTCODE": ["And your postcode?", "What's the postcode on the account?"],
    "ADDRESS": ["What's the first line of your address?", "Which address is the delivery going to?"],
}
ASK_CALL = {
    "CARD_NUMBER": ["okay go ahead with the long number on the front of the card", "can i take the card number please",
                    "and what's the sixteen digit number on the card"],
    "CVV": ["and the three digit security code on the back", "and the last three digits on the signature strip"],
    "EXPIRY": ["and the expiry date", "when does the card run out", "what's the expiry on that"],
    "SSN": ["can i get your social security number to verify", "i'll just need your social please",
            "and what's your social"],
    "NI_NUMBER": ["can i take your national insurance number", "and your national insurance number please",
                  "what's your n i number"],
    "BANK_ACCOUNT": ["and the account number", "what's the account number you want it paid into"],
    "SORT_CODE": ["and what's the sort code", "sort code for that one"],
    "IBAN": ["can you read me the iban", "okay and the iban for the account"],
    "PHONE": ["what's the best contact number for you", "can i get a callback number"],
    "EMAIL": ["and what email address do we have", "can you spell out the email address for me"],
    "DOB": ["can you confirm your date of birth", "and your date of birth please"],
    "POSTCODE": ["and the postcode", "what's the postcode there"],
    "ADDRESS": ["and the first line of the address", "what's the address for the engineer visit"],
}
ASK_ZIP_CHAT = ["And the ZIP code?", "Billing zip please"]
ASK_ZIP_CALL = ["and the zip code", "what's the billing zip"]

LEAD_CHAT = ["", "", "sure ", "its ", "it's ", "ok ", "yes ", "Yeah it's ", "here u go: ", "umm ", "ok so ",
             "👍 ", "Sure thing, "]
TAIL_CHAT = ["", "", "", " thanks", " 🙂", "!!", ".", " ty", " x", " 🙏", " cheers", " lol"]
LEAD_CALL = ["", "yeah it's ", "okay it's ", "um ", "sure ", "right so ", "yep ", "it's ", "yeah "]
TAIL_CALL = ["", "", "", " yeah", " that's it", " i think", " okay"]

BACKCH = ["mhm", "okay", "yep", "go on", "okay go on", "yeah", "uh huh", "right", "got that"]


def pii(c: Case, typ: str, canon, meta=None, how=None):
    """Render a value; returns the text (caller wraps it with a group)."""
    if how == "typed" or (how is None and not c.spoken):
        return typed(typ, canon, c.country, meta)
    return spoken(typ, canon, c.country, meta)


def make_value(typ: str, country: str):
    if typ == "CARD_NUMBER":
        v, brand = gen_card()
        return v, brand
    if typ == "CVV":
        return rdigits(3) if R.random() < 0.85 else rdigits(4), None
    if typ == "EXPIRY":
        return gen_expiry(), None
    if typ == "SSN":
        return gen_ssn(), None
    if typ == "NI_NUMBER":
        return gen_ni(), None
    if typ == "BANK_ACCOUNT":
        if country == "US":
            return str(R.randint(1, 9)) + rdigits(R.choice([9, 10, 11])), None
        return str(R.randint(1, 9)) + rdigits(7), None
    if typ == "SORT_CODE":
        return R.choice(["20", "40", "60", "30", "09", "11", "77", "83"]) + rdigits(4), None
    if typ == "IBAN":
        return gen_iban(), None
    if typ == "PHONE":
        return gen_phone(country if country in ("UK", "IE", "US") else "UK")
    if typ == "EMAIL":
        return gen_email(country), None
    if typ == "DOB":
        return gen_dob(), None
    if typ == "POSTCODE":
        if country == "US":
            return gen_zip(), None
        return gen_uk_postcode(), None
    if typ == "ADDRESS":
        num = R.choice([R.randint(1, 9), R.randint(10, 99), R.randint(10, 99), R.randint(100, 2999)])
        if country == "US":
            street = f"{R.choice(STREETS)} {R.choice(SUFFIX_US)}"
        else:
            street = f"{R.choice(STREETS)} {R.choice(SUFFIX_UK)}"
        return (num, street), None
    raise ValueError(typ)


def canon_of(typ, v):
    if typ == "ADDRESS":
        return f"{v[0]} {v[1]}"
    return v


def label(c: Case, typ: str, v, meta=None, how=None):
    gid = c.new_group(typ, canon_of(typ, v) if typ != "ADDRESS" else (v, meta))
    txt = pii(c, typ, v, meta if typ != "ADDRESS" else v, how)
    return (txt, typ, gid)


def ask(c: Case, typ: str) -> str:
    if typ == "POSTCODE" and c.country == "US":
        return R.choice(ASK_ZIP_CALL if c.spoken else ASK_ZIP_CHAT)
    return R.choice((ASK_CALL if c.spoken else ASK_CHAT)[typ])


def lead(c):
    return R.choice(LEAD_CALL if c.spoken else LEAD_CHAT)


def tail(c):
    return R.choice(TAIL_CALL if c.spoken else TAIL_CHAT)


# ----- split helpers --------------------------------------------------------
def chunks_for(typ, v, meta):
    if typ == "CARD_NUMBER":
        g = card_groups(v)
        if len(g) >= 4 and R.random() < 0.5:
            return ["".join(g[:2]), "".join(g[2:])] if R.random() < 0.5 else g
        return g
    if typ == "SSN":
        return [v[:3], v[3:5], v[5:]] if R.random() < 0.6 else [v[:5], v[5:]]
    if typ == "NI_NUMBER":
        return [v[:4], v[4:8], v[8]] if R.random() < 0.5 else [v[:2], v[2:5], v[5:]]
    if typ == "IBAN":
        k = R.choice([8, 10, 12])
        return [v[i:i + k] for i in range(0, len(v), k)]
    if typ == "PHONE":
        return [v[:len(v) // 2], v[len(v) // 2:]]
    if typ == "BANK_ACCOUNT":
        return [v[:4], v[4:]]
    raise ValueError(typ)


def render_chunk(c: Case, typ, s):
    """Render part of a value (digits or alnum)."""
    if c.spoken:
        if any(ch.isalpha() for ch in s):
            return say_alnum(s, c.country)
        return say_digits(s, c.country, R.choice(["single", "single", "runs", "pairs"]),
                          homo=typ == "CARD_NUMBER")
    if typ == "NI_NUMBER" and R.random() < 0.4:
        return s.lower()
    if len(s) > 4 and s.isdigit() and R.random() < 0.4:
        return " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    return s


# ---------------------------------------------------------------------------
# positive scenarios
# ---------------------------------------------------------------------------
OPENERS_CHAT = {
    "retail": ["Hi, I want to pay for my order thats stuck at checkout", "hello, trying to update my details on my account",
               "Hiya my parcel never arrived and I need to change the delivery details"],
    "telecom": ["hi i need to update the payment method on my broadband", "Hello, my phone contract is up and I want to upgrade",
                "hey, my bill is wrong again 😤"],
    "utilities": ["Hi, moving house next month and need to set up gas and electric", "Hello I want to set up a direct debit for my energy bill",
                  "hi my smart meter stopped sending readings"],
    "banking": ["Hi, I've been locked out of online banking", "hello i need to set up a new payee",
                "Hi I think there's a fraudulent payment on my statement"],
    "insurance": ["Hi, I need to make a claim on my home insurance", "hello, renewing my car insurance but price went up",
                  "Hi there, want to add my son to my policy"],
    "travel": ["Hi, my flight got cancelled and I want a refund", "hello I need to change the name on a booking",
               "hi, booking a hotel for next weekend"],
    "healthcare billing": ["Hi, I got a bill for a visit my insurance should have covered", "hello question about my hospital invoice",
                           "hi, trying to pay the balance from my last appointment"],
    "government services": ["Hi, I'm applying for a new benefit and got stuck", "hello, I need to update my tax details",
                             "hi I haven't received my tax refund"],
}
OPENERS_CALL = {k: [re.sub(r"[,.!?😤]", "", s.lower()).replace("thats", "that's").strip() for s in v]
                for k, v in OPENERS_CHAT.items()}
GREET_CHAT = ["Hi! You're chatting with {a}. How can I help?", "Hello, thanks for contacting us, {a} here 😊",
              "Hi there, my name's {a}, what can I do for you today?"]
GREET_CALL = ["thank you for calling this is {a} how can i help", "hi you're through to {a} how can i help today",
              "good morning {a} speaking how can i help"]
AGENTS = ["Tom", "Priya", "Sean", "Megan", "Luis", "Aisling", "Dev", "Karen", "Jo", "Ahmed"]

NONPII_INLINE = [
    "I'm paying the £{a}.{b:02d} that's overdue", "order #{o} still says processing", "its for the ${a}.{b:02d} balance",
    "the invoice INV-{o} from last month", "ticket {o} was never answered", "it's for flight {fl} next week, {dd} of us travelling",
    "the bill went up {p}% this year", "I've been a customer for {y} years",
]


def nonpii_bit(c: Case) -> str:
    s = R.choice(NONPII_INLINE).format(a=R.randint(12, 980), b=R.randint(0, 99), o=R.randint(10000, 99999999),
                                       fl=R.choice(["BA 117", "EI 164", "FR 8342", "UA 931", "DL 44"]),
                                       dd=R.randint(4, 20), p=R.randint(3, 40), y=R.randint(2, 25))
    if c.spoken:
        s = re.sub(r"[£$](\d+)\.(\d+)", lambda m: m.group(1) + (" dollars " if c.country == "US" else " pounds ") + m.group(2), s)
        s = (s.replace("#", "").replace("£", "").replace("$", "").replace("INV-", "")
             .replace("%", " percent"))
        s = re.sub(r"\d+", lambda m: num_words(int(m.group(0))), s)
        s = s.lower()
    return s


def num_words(n: int) -> str:
    if n < 10:
        return UNIT_WORDS[n]
    if n < 20:
        return TEEN_WORDS[n]
    if n < 100:
        return TENS_WORDS[n // 10] + ("" if n % 10 == 0 else " " + UNIT_WORDS[n % 10])
    if n < 1000:
        r = n % 100
        return UNIT_WORDS[n // 100] + " hundred" + ("" if r == 0 else " and " + num_words(r))
    if n < 1000000:
        r = n % 1000
        return num_words(n // 1000) + " thousand" + ("" if r == 0 else (" and " if r < 100 else " ") + num_words(r))
    return " ".join(UNIT_WORDS[int(d)] for d in str(n))


def start_case(channel, industry, country) -> Case:
    c = Case(channel, industry, country)
    a = R.choice(AGENTS)
    if channel == "call":
        c.add("agent", R.choice(GREET_CALL).format(a=a.lower()))
        c.add("customer", R.choice(OPENERS_CALL[industry]))
    elif channel == "email":
        pass
    elif channel == "sms":
        pass
    else:
        if R.random() < 0.6:
            c.add("agent", R.choice(GREET_CHAT).format(a=a))
        c.add("customer", typo(R.choice(OPENERS_CHAT[industry])))
    return c


def sc_simple(c: Case, types):
    notes = []
    for typ in types:
        v, meta = make_value(typ, c.country)
        c.add("agent", tx(c, ask(c, typ)))
        seg = label(c, typ, v, meta)
        if not c.spoken and R.random() < 0.25:
            c.add("customer", tx(c, R.choice(["one sec", "hang on getting my wallet", "ok", "lemme check"])))
        c.add("customer", tx(c, lead(c)), seg, tx(c, tail(c)))
        notes.append(typ.lower())
    return "one value per answer: " + ", ".join(notes)


def sc_split(c: Case, typ):
    v, meta = make_value(typ, c.country)
    parts = chunks_for(typ, v, meta)
    gid = c.new_group(typ, v)
    c.add("agent", tx(c, ask(c, typ)))
    for k, p in enumerate(parts):
        txt = render_chunk(c, typ, p)
        if k == 0:
            c.add("customer", tx(c, lead(c)), (txt, typ, gid))
        else:
            if c.spoken or R.random() < 0.4:
                c.add("agent", R.choice(BACKCH) if c.spoken else R.choice(["ok", "go on", "👍", "yep"]))
            if not c.spoken and R.random() < 0.3:
                c.add("customer", (txt, typ, gid), R.choice([" ", "  ", ""]) + R.choice(["<- rest", "is the rest", "", "sorry hit enter"]).strip()
                      if False else "")
            else:
                c.add("customer", (txt, typ, gid))
    return f"{typ.lower()} split over {len(parts)} customer turns"


def sc_readback(c: Case, typ):
    v, meta = make_value(typ, c.country)
    c.add("agent", tx(c, ask(c, typ)))
    c.add("customer", tx(c, lead(c)), label(c, typ, v, meta), tx(c, tail(c)))
    pre = R.choice(["so that's ", "let me read that back ", "okay i have ", "just to confirm "]) if c.spoken else \
        R.choice(["Thanks, so that's ", "Just to confirm: ", "I have "])
    post = R.choice([" is that right", " correct", ""]) if c.spoken else R.choice([" - correct?", "?", ", is that right?"])
    c.add("agent", pre, label(c, typ, v, meta), post)
    c.add("customer", tx(c, R.choice(["yes", "yeah that's right", "correct", "yep 👍", "yes thats it"])))
    return f"{typ.lower()} given then read back by the agent (both labelled)"


def sc_correction(c: Case, typ):
    v, meta = make_value(typ, c.country)
    c.add("agent", tx(c, ask(c, typ)))
    if c.spoken:
        # the aborted start is left unlabelled; only the complete reading is labelled
        wrong = say_digits(rdigits(3), c.country, "single")
        c.add("customer", f"{wrong} no sorry wrong one hang on let me start again ",
              label(c, typ, v, meta))
        note = "caller aborts a wrong start then gives full value (only full reading labelled)"
    else:
        seg = label(c, typ, v, meta)
        wrong = seg[0]
        # a typo'd first attempt that is NOT a valid value: drop one character
        k = R.randint(2, len(wrong) - 2)
        bad = wrong[:k] + wrong[k + 1:]
        grp = c.groups[seg[2]]
        gid2 = c.new_group(typ, grp[1])
        c.groups.pop(gid2)
        c._gid -= 1
        c.add("customer", bad if not _still_valid(typ, bad, grp[1]) else "xx")
        c.add("customer", R.choice(["sorry typo, ", "oops ", "wait thats wrong ", "*"]), seg)
        note = "first typed attempt has a missing character, corrected in next message (only the correct one labelled)"
    return note


def _still_valid(typ, text, canon):
    try:
        return check_value(typ, canon, text) is None
    except Exception:
        return False


def sc_combo(c: Case, kind):
    if kind == "card":
        card, brand = make_value("CARD_NUMBER", c.country)
        exp, _ = make_value("EXPIRY", c.country)
        cvv = rdigits(4 if brand == "amex" else 3)
        c.add("agent", tx(c, "Please send the card details" if not c.spoken else "okay can i take the card details"))
        if c.spoken:
            c.add("customer", lead(c), label(c, "CARD_NUMBER", card, brand), " expiry ",
                  label(c, "EXPIRY", exp), " and the security code is ", label(c, "CVV", cvv))
        else:
            sep = R.choice([" exp ", " / ", "\n", " expiry ", ", "])
            sep2 = R.choice([" cvv ", " / ", "\n", " code ", ", sec code "])
            c.add("customer", R.choice(["", "card: ", "Card - "]), label(c, "CARD_NUMBER", card, brand), sep,
                  label(c, "EXPIRY", exp), sep2, label(c, "CVV", cvv), R.choice(["", " thx", " 🙏"]))
        return "card, expiry and cvv in one turn"
    if kind == "bank":
        sc, _ = make_value("SORT_CODE", c.country)
        acc, _ = make_value("BANK_ACCOUNT", c.country)
        c.add("agent", tx(c, "What account should the refund go to?" if not c.spoken else "which account do you want the refund paid into"))
        if c.spoken:
            c.add("customer", "sort code ", label(c, "SORT_CODE", sc), " account number ", label(c, "BANK_ACCOUNT", acc))
        else:
            c.add("customer", R.choice(["sort ", "SC: ", "", "sortcode "]), label(c, "SORT_CODE", sc),
                  R.choice([" acc ", " / ", "\naccount no ", "  ", " account "]), label(c, "BANK_ACCOUNT", acc))
        return "sort code and account number in one turn"
    if kind == "addr":
        av, _ = make_value("ADDRESS", c.country)
        pc, _ = make_value("POSTCODE", c.country)
        town = R.choice(TOWNS_US if c.country == "US" else TOWNS_UK)
        c.add("agent", tx(c, ask(c, "ADDRESS")))
        if c.spoken:
            c.add("customer", lead(c), label(c, "ADDRESS", av), f" {town.lower()} ", label(c, "POSTCODE", pc))
        else:
            st = "MA" if c.country == "US" else ""
            c.add("customer", lead(c), label(c, "ADDRESS", av), R.choice([", ", " ", "\n"]) + town +
                  (f", {R.choice(['OH', 'TX', 'CO', 'FL', 'OR', 'WI'])} " if c.country == "US" else R.choice([" ", ", ", "\n"])),
                  label(c, "POSTCODE", pc))
            del st
        return "street address, town (unlabelled) and postcode in one turn"
    # contact
    ph, pm = make_value("PHONE", c.country)
    em, _ = make_value("EMAIL", c.country)
    c.add("agent", tx(c, "What contact details should we use?" if not c.spoken else "can i get a phone number and email for you"))
    if c.spoken:
        c.add("customer", "mobile is ", label(c, "PHONE", ph, pm), " and email ", label(c, "EMAIL", em))
    else:
        c.add("customer", R.choice(["mob ", "tel: ", "", "call me on "]), label(c, "PHONE", ph, pm),
              R.choice([" or email ", " / ", "\n", " email: ", " or "]), label(c, "EMAIL", em))
    return "phone and email in one turn"


def sc_email_body(c: Case):
    """A full e-mail body from the customer with several values."""
    name = R.choice(FIRST).title() + " " + R.choice(LAST).title()
    segs = [R.choice(["Hi,\n\n", "Hello team,\n\n", "To whom it may concern,\n\n", "hi there\n"])]
    country = c.country
    opts = ["PHONE", "EMAIL", "ADDRESS", "DOB"]
    opts += ["NI_NUMBER", "SORT_CODE"] if country == "UK" else (["SSN", "BANK_ACCOUNT"] if country == "US" else ["IBAN"])
    chosen = R.sample(opts, R.randint(2, 4))
    body = typo(R.choice([
        "Following up on my call last week about the refund of £{x} which still hasn't arrived.",
        "I'm writing to update my details, please see below.",
        "Please can you cancel my direct debit and send the final bill to my new place.",
        "My claim reference is {r} and I was told to email my details over.",
    ]).format(x=f"{R.randint(20, 900)}.{R.randint(0, 99):02d}", r=f"CLM{R.randint(100000, 9999999)}"))
    segs.append(body + "\n\n")
    for t in chosen:
        v, meta = make_value(t, country)
        lab = {"PHONE": R.choice(["Phone: ", "Mobile - ", "Tel "]), "EMAIL": R.choice(["Email: ", "E-mail: "]),
               "DOB": R.choice(["DOB: ", "Date of birth: ", "D.O.B "]), "NI_NUMBER": R.choice(["NI no: ", "NINO: "]),
               "SORT_CODE": "Sort code: ", "SSN": R.choice(["SSN: ", "Social: "]),
               "BANK_ACCOUNT": "Acct #: ", "IBAN": "IBAN: ", "ADDRESS": "New address: "}[t]
        segs.append(lab)
        segs.append(label(c, t, v, meta, how="typed"))
        if t == "ADDRESS":
            segs.append(", " + R.choice(TOWNS_US if country == "US" else (TOWNS_IE if country == "IE" else TOWNS_UK)))
            if country != "IE":
                pc, _ = make_value("POSTCODE", country)
                segs.append(" ")
                segs.append(label(c, "POSTCODE", pc, how="typed"))
        if t == "SORT_CODE":
            acc, _ = make_value("BANK_ACCOUNT", country)
            segs.append("\nAccount: ")
            segs.append(label(c, "BANK_ACCOUNT", acc, how="typed"))
        segs.append("\n")
    segs.append(R.choice(["\nThanks,\n", "\nKind regards\n", "\nCheers\n", "\nMany thanks,\n"]) + name)
    if R.random() < 0.5:
        segs.append(R.choice(["\n\nSent from my iPhone", "\n\n-- \nSent from Outlook for Android",
                              "\n\n> On Mon, 3 Mar 2025 at 09:14, Customer Care wrote:\n> Thank you for your message."]))
    c.add("customer", *segs)
    c.add("agent", "Thanks " + name.split()[0] + ", I've updated your details.")
    return "e-mail body with signature block: " + ", ".join(t.lower() for t in chosen)


def sc_paste(c: Case):
    """Chat message pasted from a form / notes app."""
    country = c.country
    opts = ["DOB", "PHONE", "EMAIL", "POSTCODE"] + (["NI_NUMBER"] if country == "UK" else ["SSN"] if country == "US" else ["IBAN"])
    chosen = R.sample(opts, 3)
    c.add("agent", typo(R.choice(["Could you send over the details for the application?", "I'll need a few details to verify you"])))
    segs = []
    style = R.choice(["colon", "pipe", "bullets", "tab"])
    for k, t in enumerate(chosen):
        v, meta = make_value(t, country)
        key = {"DOB": "DOB", "PHONE": "Phone", "EMAIL": "Email", "POSTCODE": "Postcode" if country != "US" else "ZIP",
               "NI_NUMBER": "NI", "SSN": "SSN", "IBAN": "IBAN"}[t]
        if style == "colon":
            segs += [f"{key}: ", label(c, t, v, meta), "\n"]
        elif style == "pipe":
            segs += [f"{key} | ", label(c, t, v, meta), " | " if k < 2 else ""]
        elif style == "bullets":
            segs += [f"• {key.lower()} - ", label(c, t, v, meta), "\n"]
        else:
            segs += [f"{key}\t", label(c, t, v, meta), "\t"]
    if isinstance(segs[-1], str) and segs[-1].strip() == "":
        segs.pop()
    c.add("customer", *segs)
    c.add("agent", "Perfect, thank you.")
    return f"copy-pasted form ({style}) with " + ", ".join(t.lower() for t in chosen)


def sc_mixed(c: Case, typ):
    v, meta = make_value(typ, c.country)
    c.add("agent", tx(c, ask(c, typ)))
    before = nonpii_bit(c)
    if c.spoken:
        c.add("customer", before + " and the " + {"CARD_NUMBER": "card", "PHONE": "number", "EMAIL": "email",
                                                   "BANK_ACCOUNT": "account", "DOB": "date of birth", "SSN": "social",
                                                   "NI_NUMBER": "national insurance", "IBAN": "iban",
                                                   "POSTCODE": "zip" if c.country == "US" else "postcode", "ADDRESS": "address"}.get(typ, "number") + " is ",
              label(c, typ, v, meta))
    else:
        c.add("customer", typo(before) + R.choice([". ", " - ", "\n", ", "]) + typo(R.choice(["here it is ", "", "number is ", "use "])),
              label(c, typ, v, meta), R.choice(["", " 🙂", " thx"]))
    return f"{typ.lower()} next to unlabelled non-PII numbers (amount/order/flight/percent)"


def sc_sms(c: Case, typ):
    v, meta = make_value(typ, c.country)
    c.add("agent", R.choice(["Reply with ", "Pls reply with ", "To continue reply with "]) +
          {"DOB": "your date of birth", "POSTCODE": "your postcode" if c.country != "US" else "your ZIP",
           "EMAIL": "your email", "PHONE": "a contact number", "CARD_NUMBER": "the card number",
           "NI_NUMBER": "your NI number", "SSN": "the last digits of nothing" if False else "your SSN",
           "ADDRESS": "the 1st line of your address", "BANK_ACCOUNT": "your account number",
           "IBAN": "your IBAN", "SORT_CODE": "your sort code", "CVV": "the CVV", "EXPIRY": "the expiry"}[typ] +
          ". Msg&data rates may apply.")
    c.add("customer", R.choice(["", "", "ok ", "Its ", "k "]), label(c, typ, v, meta), R.choice(["", "", " ta", " x", "😊"]))
    return f"sms reply with {typ.lower()}"


def sc_call_two(c: Case, prim):
    """Call: two values in one caller turn, wrapped in chit-chat."""
    country = c.country
    second = {"UK": "POSTCODE", "US": "POSTCODE", "IE": "PHONE", "EU": "EMAIL"}[country]
    first = prim if prim not in ("POSTCODE", second) else "DOB"
    if first == second:
        second = "DOB"
    v1, m1 = make_value(first, country)
    v2, m2 = make_value(second, country)
    c.add("agent", "okay before i can go into the account i just need to run through security")
    c.add("customer", R.choice(["yeah no problem", "okay", "sure go on"]))
    q1 = re.sub(r"^(and |okay and |okay |so )", "", ask(c, first))
    q2 = re.sub(r"^(and |okay and |okay |so |what's |can i get |can you )", "", ask(c, second))
    c.add("agent", "so " + q1 + " and " + q2)
    pre = R.choice(["oh god hang on i've got it written down somewhere right here we go ",
                    "yeah so ", "okay um ", "let me think ", "yeah my wife usually does this so bear with me "])
    link = R.choice([" and the second one is ", " and then ", " and um ", " and "])
    c.add("customer", pre, label(c, first, v1, m1), link, label(c, second, v2, m2),
          R.choice(["", " i think", " sorry it's been a long day", " is that alright"]))
    c.add("agent", R.choice(["lovely thank you", "perfect that's you through security", "great thanks"]))
    return f"two values ({first.lower()}, {second.lower()}) in one caller turn with chit-chat"


def sc_chat_split_interrupt(c: Case, typ):
    """Typed value split over messages with an unrelated message in between."""
    v, meta = make_value(typ, c.country)
    parts = chunks_for(typ, v, meta)
    if len(parts) > 3:
        parts = [parts[0] + parts[1], parts[2]] + parts[3:]
    gid = c.new_group(typ, v)
    c.add("agent", tx(c, ask(c, typ)))
    inter = [typo("sorry hit enter too soon"), "wait", "hang on my phone is dying 🙄", typo("sorry, the kids are shouting"),
             "...", "oops"]
    for k, p in enumerate(parts):
        txt = render_chunk(c, typ, p)
        if k == 0:
            c.add("customer", R.choice(["", "its ", "ok "]), (txt, typ, gid))
            c.add("customer", R.choice(inter))
        else:
            c.add("customer", (txt, typ, gid))
    c.add("agent", typo(R.choice(["No rush! Got it, thank you", "Thanks, I have that now", "No worries, thank you"])))
    return f"{typ.lower()} typed over {len(parts)} messages with an unrelated message in between"


def sc_email_spelled(c: Case):
    """Call: the caller spells the e-mail letter by letter with phonetics."""
    f, l = R.choice(FIRST), R.choice(LAST)
    dom = R.choice(DOMAINS[c.country])
    n = rdigits(R.choice([0, 2]))
    canon = f"{f[0]}{l}{n}@{dom}"
    gid = c.new_group("EMAIL", canon)
    letters = []
    for ch in l:
        if R.random() < 0.25 and ch not in "o":
            letters.append(f"{ch} for {R.choice(NATO_BY_LETTER[ch.upper()])}")
        else:
            letters.append(ch)
    spelled = " ".join(letters)
    nums = " ".join(UNIT_WORDS[int(x)] for x in n)
    dsp = " dot ".join(dom.split("."))
    txt = f"{f[0]} {spelled}" + (f" {nums}" if nums else "") + f" at {dsp}"
    c.add("agent", tx(c, ask(c, "EMAIL")))
    c.add("customer", "yeah it's my initial then surname so that's ", (txt, "EMAIL", gid), " all lower case")
    c.add("agent", "lovely thank you")
    return "email spelled letter by letter with some phonetic letters"


def sc_two_values_chat(c: Case):
    """Two values with chit-chat in one typed message, plus one the agent asked earlier."""
    country = c.country
    a = "DOB"
    b = {"UK": "NI_NUMBER", "US": "SSN", "IE": "PHONE", "EU": "IBAN"}[country]
    va, _ = make_value(a, country)
    vb, mb = make_value(b, country)
    c.add("agent", typo("To pass security I need two things: your date of birth and " +
                        {"NI_NUMBER": "NI number", "SSN": "SSN", "PHONE": "phone number", "IBAN": "IBAN"}[b]))
    c.add("customer", typo(R.choice(["born ", "dob ", "bday is ", "birthday "])), label(c, a, va),
          typo(R.choice([" and ", " & ", ", ", " and my ", " - ", " ... oh and "])), label(c, b, vb, mb),
          typo(R.choice(["", " i think thats right", " (sorry on my phone)", " 🙈"])))
    return f"dob and {b.lower()} together in one typed message"


# ---------------------------------------------------------------------------
# negatives
# ---------------------------------------------------------------------------
def ordsfx(d: int) -> str:
    if 11 <= d % 100 <= 13:
        return f"{d}th"
    return f"{d}" + {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")


def neg_lines(country, spoken_):
    cur = {"UK": "£", "US": "$", "IE": "€", "EU": "€"}[country]
    a = R.randint(5, 2500)
    b = R.randint(0, 99)
    yr = R.randint(2015, 2026)
    o = str(R.randint(10 ** (R.randint(4, 9)), 10 ** 10 - 1))[:R.randint(5, 10)]
    lines_chat = [
        f"The total came to {cur}{a}.{b:02d} but I was quoted {cur}{R.randint(5, 999)}",
        f"order #{o} says delivered but nothing came",
        f"my ticket number is {o}",
        f"claim ref CLM-{yr}-{R.randint(1000, 99999)} is still open",
        f"invoice {R.choice(['INV', 'INV-', 'inv '])}{R.randint(10000, 9999999)} was paid on {R.randint(1, 28)}/{R.randint(1, 12):02d}/{yr}",
        f"appointment is booked for {R.randint(1, 28)}/{R.randint(1, 12)}/{yr} at {R.randint(8, 17)}:{R.choice(['00', '15', '30', '45'])}",
        f"flight {R.choice(['BA', 'EI', 'FR', 'UA', 'AA', 'LH'])}{R.randint(10, 9999)} was delayed {R.randint(2, 9)} hours",
        f"we're in room {R.randint(100, 1299)} on the {ordsfx(R.randint(2, 12))} floor",
        f"it's the {R.choice(['WM', 'DW', 'XR', 'KX'])}-{R.randint(1000, 99999)}{R.choice(['', 'B', 'X'])} model",
        f"meter reading today is {R.randint(1000, 99999):05d}",
        f"speeds are only {R.randint(2, 80)} Mbps when I'm paying for {R.choice([100, 500, 900])}",
        f"my balance shows {cur}{a:,}.{b:02d}",
        f"interest went from {R.randint(1, 9)}.{R.randint(0, 9)}% to {R.randint(10, 29)}.{R.randint(0, 9)}%",
        f"I've been a customer since {yr - R.randint(1, 20)}",
        f"the contract started on {R.randint(1, 28)} {R.choice(MONTHS).title()} {yr}",
        f"my mum is {R.randint(60, 95)} and can't get to the phone",
        f"it's {R.randint(-5, 30)} degrees in here, heating's broken",
        f"waited {R.randint(20, 90)} minutes on hold yesterday",
        f"I need {R.randint(2, 12)} boxes and {R.randint(2, 8)} rolls of tape",
        f"payment of {cur}{R.randint(20, 400)} due on the {ordsfx(R.randint(1, 28))} of {R.choice(MONTHS).title()}",
        f"parcel weighs {R.randint(1, 30)}.{R.randint(0, 9)}kg",
        f"my direct debit is {cur}{R.randint(20, 180)} a month for {R.randint(12, 36)} months",
        f"I used {R.randint(100, 3000)} kWh last quarter",
        f"case number {o}, opened {R.randint(2, 30)} days ago",
        f"I'm on the {cur}{R.randint(10, 60)} plan with {R.choice([5, 30, 100])}GB, {R.choice([12, 18, 24])} month contract",
        f"app version {R.randint(2, 17)}.{R.randint(0, 9)}.{R.randint(0, 9)} keeps crashing",
        f"engineer slot is {R.randint(8, 11)}:00-{R.randint(12, 17)}:00 on {R.choice(['Mon', 'Tue', 'Wed', 'Thu', 'Fri'])} {R.randint(1, 28)}/{R.randint(1, 12)}",
        f"seat {R.randint(1, 40)}{R.choice('ABCDEF')}, gate {R.choice('ABC')}{R.randint(1, 40)}",
        f"3 of the {R.randint(4, 9)} items arrived, reference {R.randint(100000, 9999999)}",
        f"I was charged {cur}{R.randint(5, 99)}.{R.randint(0, 99):02d} twice on {R.randint(1, 28)}.{R.randint(1, 12):02d}.{yr}",
        f"the TV is a {R.choice(['55', '65', '43'])} inch {R.choice(['QN90', 'OLED65C3', 'KD-55X80K'])}",
        f"we've had {R.randint(2, 9)} outages since {R.choice(MONTHS).title()}, each about {R.randint(10, 50)} mins",
        f"quote ref Q{R.randint(1000000, 99999999)} for {cur}{R.randint(200, 1500)} per year",
        f"the fever was {R.choice(['38.5', '39.1', '101.3'])} so we went to A&E at {R.randint(1, 11)}am",
        f"{R.randint(2, 6)} adults {R.randint(1, 3)} kids, {R.randint(2, 14)} nights from the {ordsfx(R.randint(1, 28))}",
    ]
    if not spoken_:
        return lines_chat
    d = R.randint(1, 28)
    return [
        f"the total came to {num_words(a)} {dict(UK='pounds', US='dollars').get(country, 'euro')} {num_words(b) if b else ''}".strip(),
        f"my order number is {say_digits(o, country, 'single')}",
        f"the reference is {say_digits(o[:8], country, 'runs')}",
        f"the claim number is c l m {say_digits(o[:7], country, 'single')}",
        f"the appointment's on the {ORD_WORDS.get(d, 'twentieth')} of {R.choice(MONTHS)} at {num_words(R.randint(1, 11))} thirty",
        f"flight {R.choice(['b a', 'e i', 'u a'])} {num_words(R.randint(10, 999))} was delayed {num_words(R.randint(2, 9))} hours",
        f"we're in room {say_pairs(str(R.randint(100, 999)), country)}",
        f"the meter says {say_digits(f'{R.randint(1000, 99999):05d}', country, 'single')}",
        f"it's only giving me {num_words(R.randint(2, 80))} megabits",
        f"my balance is {num_words(a)} {'dollars' if country == 'US' else 'pounds' if country == 'UK' else 'euro'} and {num_words(R.randint(1, 99))} cents",
        f"i've been with you since {say_pair(str(yr)[:2], country)} {say_pair(str(yr)[2:], country)}",
        f"my dad's {num_words(R.randint(60, 95))} he's not good with phones",
        f"i was on hold for {num_words(R.randint(20, 90))} minutes",
        f"it's about {num_words(R.randint(5, 40))} percent more than last year",
        f"the contract started on the {ORD_WORDS.get(d, 'tenth')} of {R.choice(MONTHS)} {say_pair('20', country)} {say_pair(str(yr)[2:], country)}",
        f"the payment of {num_words(R.randint(20, 400))} goes out on the {ORD_WORDS.get(d, 'first')}",
        f"the ticket number is {say_digits(o[:6], country, 'pairs')}",
        f"the model number is k x {say_digits(str(R.randint(100, 9999)), country, 'single')}",
        f"it's a quarter past {num_words(R.randint(1, 11))} now and nobody's come",
        f"there's {num_words(R.randint(2, 12))} of us in the house",
        f"it was nineteen ninety nine a month and now it's {num_words(R.randint(25, 60))} ninety nine",
        f"they said between {num_words(R.randint(7, 11))} and {num_words(R.randint(1, 5))} and nobody turned up",
        f"seat {num_words(R.randint(1, 40))} {R.choice(['a', 'b', 'c', 'd'])} and gate {num_words(R.randint(1, 40))}",
        f"the quote was {num_words(R.randint(200, 1500))} for the year",
        f"my son had a temperature of thirty nine point {num_words(R.randint(1, 9))}",
        f"we've had {num_words(R.randint(2, 9))} power cuts since {R.choice(MONTHS)}",
        f"i'm on the {num_words(R.randint(10, 60))} pound plan with {num_words(R.choice([5, 30, 100]))} gig of data",
        f"the order number is {say_digits(o[:9], country, 'single')} and it was {num_words(R.randint(20, 300))} {dict(UK='quid', US='bucks').get(country, 'euro')}",
        f"the invoice number is {say_pairs(o[:6], country)} from the {ORD_WORDS.get(d, 'first')} of {R.choice(MONTHS)}",
        f"it's been {num_words(R.randint(2, 6))} weeks and {num_words(R.randint(2, 6))} days",
    ]


def negative_case(k: int):
    channel = CHANNEL_CYCLE[k % len(CHANNEL_CYCLE)]
    country = R.choice(["UK", "UK", "US", "US", "IE", "EU"])
    industry = R.choice(list(OPENERS_CHAT))
    if channel in ("email", "sms"):
        c = Case(channel, industry, country)
    else:
        c = start_case("chat" if channel == "dm" else channel, industry, country)
    lines = neg_lines(country, channel == "call")
    picks = R.sample(lines, R.randint(2, 4))
    if channel == "email":
        body = R.choice(["Hi,\n\n", "Hello,\n\n"]) + "\n".join(typo(p[0].upper() + p[1:] + ".") for p in picks) + \
            R.choice(["\n\nThanks\n", "\n\nRegards,\n"]) + R.choice(FIRST).title()
        c.add("customer", body)
        c.add("agent", "Thanks for your email, I've passed this to the team.")
    else:
        for p in picks:
            if channel == "call":
                c.add("customer", p)
                c.add("agent", R.choice(["okay", "i see", "right okay", "let me check that for you", "mhm"]))
            else:
                c.add("customer", typo(p) + R.choice(["", "", " 😡", " !!", "?", " thx"]))
                if R.random() < 0.6:
                    c.add("agent", typo(R.choice(["Let me look into that.", "Thanks, one moment.", "I see, sorry about that!",
                                                  "Can you tell me more?"])))
    turns, spans, _ = c.build()
    if channel == "dm":
        channel = R.choice(["instagram dm", "x dm", "facebook messenger", "whatsapp"])
    return turns, f"{channel}/{industry}/{country}: negative with non-PII numbers ({len(picks)} lookalikes)", c


# ---------------------------------------------------------------------------
# driver
# ---------------------------------------------------------------------------
CHANNEL_CYCLE = ["chat", "call", "chat", "sms", "call", "dm", "chat", "email", "call"]


def positive_case(k: int):
    channel = CHANNEL_CYCLE[k % len(CHANNEL_CYCLE)]
    prim = PRIMARY_CYCLE[k % len(PRIMARY_CYCLE)]
    country = COUNTRY_OF.get(prim) or R.choice(["UK", "US", "IE", "UK", "US", "EU"])
    if prim == "IBAN" and country == "US":
        country = "EU"
    if prim == "POSTCODE" and country in ("IE", "EU"):
        country = "UK"
    if prim in ("BANK_ACCOUNT",) and country == "EU":
        country = "UK"
    industry = R.choice(INDUSTRIES[prim])
    if channel == "email":
        c = Case("email", industry, country if country != "EU" else "UK")
        return c, sc_email_body(c)
    c = start_case("chat" if channel in ("sms", "dm") else channel, industry, country)
    if channel == "sms":
        c = Case("sms", industry, country)
        if prim in ("CVV", "EXPIRY"):
            prim = "CARD_NUMBER"
        return c, sc_sms(c, prim)
    c.channel = "chat" if channel in ("chat", "dm") else "call"
    splittable = prim in ("CARD_NUMBER", "SSN", "NI_NUMBER", "IBAN", "PHONE", "BANK_ACCOUNT")
    r = R.random()
    if prim in ("CVV", "EXPIRY"):
        note = sc_combo(c, "card") if r < 0.6 else sc_simple(c, ["CARD_NUMBER", prim])
    elif prim == "SORT_CODE":
        note = sc_combo(c, "bank") if r < 0.6 else sc_simple(c, ["SORT_CODE", "BANK_ACCOUNT"])
    elif splittable and r < 0.3:
        note = sc_split(c, prim)
    elif r < 0.42:
        note = sc_readback(c, prim)
    elif r < 0.52 and prim in ("CARD_NUMBER", "SSN", "PHONE", "BANK_ACCOUNT", "NI_NUMBER"):
        note = sc_correction(c, prim)
    elif r < 0.62:
        note = sc_mixed(c, prim)
    elif r < 0.7 and prim in ("ADDRESS", "POSTCODE"):
        note = sc_combo(c, "addr")
    elif r < 0.76 and prim in ("PHONE", "EMAIL"):
        note = sc_combo(c, "contact")
    elif r < 0.84 and not c.spoken and prim in ("DOB", "NI_NUMBER", "SSN", "EMAIL", "PHONE", "POSTCODE", "IBAN"):
        note = sc_paste(c) if R.random() < 0.5 else sc_two_values_chat(c)
    elif r < 0.84 and not c.spoken and splittable:
        note = sc_chat_split_interrupt(c, prim)
    elif r < 0.84 and c.spoken and prim == "EMAIL":
        note = sc_email_spelled(c)
    elif r < 0.84 and c.spoken:
        note = sc_call_two(c, prim)
    else:
        extra = R.choice([[], [], ["DOB"], ["POSTCODE"], ["EMAIL"]])
        if extra == ["POSTCODE"] and c.country in ("IE", "EU"):
            extra = ["PHONE"]
        note = sc_simple(c, [prim] + [e for e in extra if e != prim])
    if R.random() < 0.5:
        c.add("agent", tx(c, R.choice(["Thanks, that's all done.", "Great, you're all verified now",
                                       "Thank you, anything else I can help with?", "perfect one moment please"])))
    return c, note


PRIMARY_CYCLE = (["CARD_NUMBER", "NI_NUMBER", "SSN"] * 3 +
                 ["CVV", "CVV", "EXPIRY", "BANK_ACCOUNT", "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB",
                  "POSTCODE", "ADDRESS", "CARD_NUMBER", "NI_NUMBER", "SSN", "PHONE", "IBAN", "DOB",
                  "SORT_CODE", "EXPIRY", "ADDRESS"])

N_POS = 198
N_NEG = 120


def generate():
    R.seed(SEED)
    cases = []
    meta = []
    for k in range(N_POS):
        c, note = positive_case(k)
        turns, spans, gspans = c.build()
        chan = {"chat": "chat", "call": "call", "sms": "sms", "email": "email"}[c.channel]
        if CHANNEL_CYCLE[k % len(CHANNEL_CYCLE)] == "dm":
            chan = R.choice(["instagram dm", "x dm", "facebook messenger", "whatsapp"])
        obj = {"id": f"h61-pos-{k + 1:03d}", "kind": "positive", "turns": turns, "spans": spans,
               "note": f"{chan}/{c.industry}/{c.country}: {note}"}
        cases.append(obj)
        meta.append((c.groups, gspans))
    for k in range(N_NEG):
        turns, note, c = negative_case(k)
        obj = {"id": f"h61-neg-{k + 1:03d}", "kind": "negative", "turns": turns, "spans": [], "note": note}
        cases.append(obj)
        meta.append(({}, {}))
    text = "".join(json.dumps(o, ensure_ascii=False) + "\n" for o in cases)
    return text, cases, meta


# ---------------------------------------------------------------------------
# checking
# ---------------------------------------------------------------------------
def is_wordchar(ch: str) -> bool:
    return ch.isalnum()


def check(text: str, cases, meta) -> list[str]:
    errs = []
    ids = set()
    for obj, (groups, gspans) in zip(cases, meta):
        cid = obj["id"]
        if cid in ids:
            errs.append(f"duplicate id {cid}")
        ids.add(cid)
        if not re.fullmatch(r"h61-(pos|neg)-\d{3}", cid):
            errs.append(f"bad id {cid}")
        kind = obj["kind"]
        if (kind == "positive") != cid.startswith("h61-pos") or kind not in ("positive", "negative"):
            errs.append(f"{cid}: kind mismatch")
        turns = obj["turns"]
        for t in turns:
            if t["speaker"] not in ("agent", "customer") or not t["text"]:
                errs.append(f"{cid}: bad turn")
        if kind == "negative":
            if obj["spans"]:
                errs.append(f"{cid}: negative with spans")
            for t in turns:
                if "@" in t["text"]:
                    errs.append(f"{cid}: '@' in negative")
                if re.search(r"\d{11,}", re.sub(r"[ -]", "", t["text"])):
                    errs.append(f"{cid}: long digit run in negative: {t['text']!r}")
            continue
        if not obj["spans"]:
            errs.append(f"{cid}: positive without spans")
        per_turn = defaultdict(list)
        for sp in obj["spans"]:
            ti, s, e, typ = sp["turn"], sp["start"], sp["end"], sp["type"]
            if typ not in TYPES:
                errs.append(f"{cid}: bad type {typ}")
            if not 0 <= ti < len(turns):
                errs.append(f"{cid}: turn out of range")
                continue
            tt = turns[ti]["text"]
            if not 0 <= s < e <= len(tt):
                errs.append(f"{cid}: offsets out of range")
                continue
            if s > 0 and is_wordchar(tt[s - 1]):
                errs.append(f"{cid}: span start not on word boundary: {tt[max(0, s - 5):e]!r}")
            if e < len(tt) and is_wordchar(tt[e]):
                errs.append(f"{cid}: span end not on word boundary: {tt[s:e + 5]!r}")
            if not ((is_wordchar(tt[s]) or (typ == "PHONE" and tt[s] in "+(")) and is_wordchar(tt[e - 1])):
                errs.append(f"{cid}: span edges not alphanumeric: {tt[s:e]!r}")
            per_turn[ti].append((s, e))
        for ti, lst in per_turn.items():
            lst.sort()
            for (s1, e1), (s2, e2) in zip(lst, lst[1:]):
                if s2 < e1:
                    errs.append(f"{cid}: overlapping spans in turn {ti}")
        covered = set()
        for gid, idxs in gspans.items():
            typ, canon = groups[gid]
            covered.update(idxs)
            sps = [obj["spans"][i] for i in idxs]
            if any(sp["type"] != typ for sp in sps):
                errs.append(f"{cid}: group type mismatch")
            if typ == "ADDRESS":
                canon = None
            joined = " ".join(turns[sp["turn"]]["text"][sp["start"]:sp["end"]] for sp in sps)
            if typ in ("EMAIL", "EXPIRY", "DOB", "ADDRESS") and len(sps) > 1:
                errs.append(f"{cid}: unexpected split {typ}")
            if typ in ("CARD_NUMBER", "SSN", "NI_NUMBER", "IBAN", "PHONE", "BANK_ACCOUNT") and len(sps) > 1:
                mode = "alnum" if typ in ("NI_NUMBER", "IBAN") else "num"
                try:
                    joined_norm = "".join(normalise(turns[sp["turn"]]["text"][sp["start"]:sp["end"]], mode) for sp in sps)
                except NormError as exc:
                    errs.append(f"{cid}: {exc}")
                    continue
                joined = joined_norm
            err = check_value(typ, canon, joined)
            if err:
                errs.append(f"{cid}: {err}")
        if covered != set(range(len(obj["spans"]))):
            errs.append(f"{cid}: spans without group")
    # reparse the file text
    for ln, line in enumerate(text.splitlines()):
        o = json.loads(line)
        if set(o) != {"id", "kind", "turns", "spans", "note"}:
            errs.append(f"line {ln}: bad keys")
    return errs


def stats(cases):
    per_type = Counter()
    per_type_cases = Counter()
    chan = Counter()
    for o in cases:
        for sp in o["spans"]:
            per_type[sp["type"]] += 1
        for t in {sp["type"] for sp in o["spans"]}:
            per_type_cases[t] += 1
        chan[o["note"].split("/")[0]] += 1
    pos = sum(o["kind"] == "positive" for o in cases)
    neg = sum(o["kind"] == "negative" for o in cases)
    return per_type, per_type_cases, chan, pos, neg


def requirement_errors(cases):
    per_type, _, _, pos, neg = stats(cases)
    errs = []
    if pos < 170:
        errs.append(f"only {pos} positives")
    if neg < 100:
        errs.append(f"only {neg} negatives")
    for t in TYPES:
        need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
        if per_type[t] < need:
            errs.append(f"type {t}: {per_type[t]} spans < {need}")
    return errs


def readme(cases) -> str:
    per_type, per_type_cases, chan, pos, neg = stats(cases)
    rows = "\n".join(f"| {t} | {per_type[t]} | {per_type_cases[t]} |" for t in TYPES)
    chans = ", ".join(f"{k}: {v}" for k, v in sorted(chan.items()))
    return f"""# pii_holdout61 — held-out PII redaction cases

**Never use this set for tuning.** It is a held-out evaluation set: do not
adjust patterns, thresholds or word lists to make these cases pass, and do not
copy its values into development tests.

## Who wrote it and how

Written by an AI helper acting as an *independent author*.  The author did not
see the redaction code (`src/convo/redact/`), its tests, its documentation, the
benchmark script or any other PII fixture; the only data consulted was a
three-line example of the JSONL format.  The set was never run through the
redactor while being written.

Everything is produced by `scripts/make_pii_holdout61.py` from one
`random.Random({SEED})`; the output is byte-for-byte reproducible.  Cases are
assembled from plain-text segments and labelled `(value, TYPE)` segments, so
all offsets are computed.  `python scripts/make_pii_holdout61.py --check`
regenerates the file, compares it byte for byte, and verifies ids, offsets,
word boundaries, non-overlap and every labelled value after normalising
spoken forms (Luhn for cards, mod-97 for IBANs, NI number format, 9 digits
for SSNs, 6 for sort codes, digit counts for CVV/phone/account, UK postcode
and US ZIP shapes, date components for DOB and expiry).

Emphasis: about two thirds typed channels (web chat, SMS, e-mail bodies,
social DMs) with messy typing — typos around values, odd separators
(`-`, `.`, double spaces, no-break spaces), mixed case, emojis right after
values, pasted forms (colon / pipe / bullet / tab layouts), quoted e-mail
replies and signatures, values split over several messages.  The other third
are phone calls written as ASR transcripts: lower case, no punctuation,
numbers as words ("oh", "o", "nought", "zero"; "double seven", "triple two";
pairs such as "forty one eleven"; years such as "nineteen eighty two"),
letters spelled plainly, with the NATO / everyday alphabet ("b for bravo",
"s for sugar") or as ASR homophones ("bee", "see", "jay", "are"), homophones
for digits ("for" = 4, "to" = 2), fillers inside readings, values split over
turns with agent back-channels, agent read-backs, and self-corrections.

Channels (first field of `note`): {chans}.

## Annotation conventions

* A span covers exactly the value: first to last character of the value
  itself.  Lead-ins ("it's", "card:", "DOB:"), trailing words, punctuation
  and emojis are outside.  Spoken fillers *inside* a reading ("four one um
  one one") are inside the span.
* A value split over several turns gets one span per turn, each of the same
  type; only the value fragments are labelled, never the agent's
  back-channels.
* When the agent reads a value back, the read-back is labelled too.
* Self-corrections: only the complete, correct value is labelled.  A typed
  first attempt with a missing character, or a caller's aborted three-digit
  start, is left unlabelled (redacting it is harmless for scoring).
* CARD_NUMBER: the full PAN, including internal separators.  CVV: the digits
  only.  EXPIRY: month and year ("09/27", "oh nine twenty seven",
  "september twenty seven").
* SSN, NI_NUMBER, SORT_CODE, BANK_ACCOUNT, IBAN: the whole value including
  internal spaces/dashes; spelled letters ("a for alpha") are inside.
* PHONE: the whole number including a leading "+44" / "+1" / "00353", a
  "(0)" trunk marker, brackets round an area code (a PHONE span may begin
  with "+" or "("), and internal spaces, dots and dashes.  A spoken leading
  "plus" is inside the span.  All other spans begin and end on a letter or
  digit.
* EMAIL: the whole address; spoken addresses ("j dot doe at gmail dot com")
  are one span.
* DOB: the whole date as said or typed ("14/03/1982", "March 14, 1982",
  "the fourteenth of march nineteen eighty two" — a leading "the" is inside
  the span when the date is said that way; "born" / "DOB:" are outside).
* POSTCODE: UK postcodes and US ZIP / ZIP+4.  ADDRESS: house number and
  street name including the street type ("42 Elm Road"); town and postcode
  are not part of the ADDRESS span (postcodes get their own span; towns are
  unlabelled).
* Generated NI numbers, postcodes and IBAN bank codes never contain the
  letter O, so that a spoken "o" is always the digit zero and every gold
  value has exactly one reading.  Irish Eircodes are not used (POSTCODE is
  UK postcodes and US ZIP codes only).
* Non-PII numbers inside positive cases (amounts, order and ticket numbers,
  flights, percentages, years) are deliberately left unlabelled.
* Negatives contain no PII at all: money, times, durations, counts, years,
  percentages, non-birth dates, order/ticket/claim/invoice/case references
  (at most 10 digits, always with their reference word), flight and room
  numbers, model numbers, meter readings, speeds, ages, temperatures and
  balances.

## Counts

{pos} positive cases, {neg} negative cases, {sum(per_type.values())} labelled spans.

| type | spans | cases |
|---|---|---|
{rows}
"""


def main(argv):
    text, cases, meta = generate()
    errs = check(text, cases, meta) + requirement_errors(cases)
    rd = readme(cases)
    if "--check" in argv:
        if not CASES.exists() or CASES.read_text(encoding="utf-8") != text:
            errs.append("cases.jsonl differs from regenerated output (run without --check)")
        if not README.exists() or README.read_text(encoding="utf-8") != rd:
            errs.append("README.md differs from regenerated output")
        # re-run generation to prove determinism
        text2, _, _ = generate()
        if text2 != text:
            errs.append("generation is not deterministic")
    else:
        if errs:
            for e in errs[:50]:
                print("ERROR", e)
            print(f"{len(errs)} problems; not writing")
            return 1
        OUT_DIR.mkdir(parents=True, exist_ok=True)
        CASES.write_text(text, encoding="utf-8")
        README.write_text(rd, encoding="utf-8")
    per_type, per_type_cases, chan, pos, neg = stats(cases)
    print(f"positives={pos} negatives={neg} spans={sum(per_type.values())}")
    for t in TYPES:
        print(f"  {t:13s} spans={per_type[t]:4d} cases={per_type_cases[t]:4d}")
    print("  channels: " + ", ".join(f"{k}={v}" for k, v in sorted(chan.items())))
    if errs:
        for e in errs[:80]:
            print("ERROR", e)
        print(f"FAIL: {len(errs)} problems")
        return 1
    print("OK" + (" (check passed)" if "--check" in argv else " (written)"))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

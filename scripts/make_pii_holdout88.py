#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set ``pii_holdout88``.

Written by an AI helper acting as an independent test author (it did not see
the redaction code).  Standard library only; fully deterministic.

    python scripts/make_pii_holdout88.py           # write fixture + README
    python scripts/make_pii_holdout88.py --check   # regenerate and verify
"""
from __future__ import annotations

import json
import random
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

SEED = 88291123
ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "tests" / "fixtures" / "pii_holdout88"
CASES = OUT_DIR / "cases.jsonl"
README = OUT_DIR / "README.md"

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

rng = random.Random(SEED)

# --------------------------------------------------------------------------
# spoken-form vocabulary
# --------------------------------------------------------------------------
UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy",
        8: "eighty", 9: "ninety"}
HOMO = {"2": ["to", "too"], "4": ["for"], "8": ["ate"], "1": ["won"]}
NATO = ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel",
        "india", "juliet", "kilo", "lima", "mike", "november", "oscar", "papa",
        "quebec", "romeo", "sierra", "tango", "uniform", "victor", "whiskey",
        "xray", "yankee", "zulu"]
FOR_WORDS = {"A": ["apple", "alpha"], "B": ["bravo", "bob", "boy"], "C": ["charlie", "cat"],
             "D": ["delta", "david", "dog"], "E": ["echo", "edward"], "G": ["golf", "george"],
             "H": ["hotel", "harry"], "J": ["juliet", "john"], "K": ["kilo", "king"],
             "L": ["lima", "london"], "M": ["mike", "mother"], "N": ["november", "nancy"],
             "P": ["papa", "peter"], "R": ["romeo", "robert"], "S": ["sierra", "sugar"],
             "T": ["tango", "tom"], "X": ["xray"], "Y": ["yankee", "yellow"], "Z": ["zulu", "zebra"],
             "F": ["foxtrot", "freddie"], "Q": ["quebec", "queen"], "U": ["uniform", "uncle"],
             "V": ["victor", "victoria"], "W": ["whiskey", "william"]}
LETTER_NAMES = {"B": "bee", "C": "see", "D": "dee", "E": "ee", "G": "gee", "H": "aitch",
                "J": "jay", "K": "kay", "P": "pee", "Q": "queue", "R": "are", "T": "tee",
                "X": "ex", "Y": "why", "Z": "zed", "A": "ay", "L": "el", "M": "em", "N": "en",
                "S": "ess", "V": "vee", "F": "ef"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD = ["zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
       "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
       "sixteenth", "seventeenth", "eighteenth", "nineteenth"]
ORD_TENS = {20: "twentieth", 30: "thirtieth"}

# --------------------------------------------------------------------------
# normaliser used by --check (spoken / typed -> canonical characters)
# --------------------------------------------------------------------------
_W2D = {w: i for i, w in enumerate(UNITS)}
_W2D.update({"oh": 0, "o": 0, "nought": 0, "naught": 0})
for _d, _hs in HOMO.items():
    for _h in _hs:
        _W2D[_h] = int(_d)
_REAL_UNITS = {w: i for i, w in enumerate(UNITS) if i}
_TEEN = {w: 10 + i for i, w in enumerate(TEENS)}
_TENS = {w: k for k, w in TENS.items()}
_ORDW = {w: i for i, w in enumerate(ORD) if i}
_ORDT = {w: k for k, w in ORD_TENS.items()}
_NATO = {w: w[0].upper() for w in NATO}
_LNAME = {v: k for k, v in LETTER_NAMES.items()}
_LNAME.update({"tea": "T", "pea": "P", "cue": "Q", "zee": "Z", "eye": "I", "you": "U", "be": "B", "sea": "C"})
_MON = {m: i + 1 for i, m in enumerate(MONTHS)}
_MON.update({m[:3]: i + 1 for i, m in enumerate(MONTHS)})
_MON["sept"] = 9
_SKIP = {"and", "the", "of", "plus", "dash", "slash", "hyphen", "space"}
NUMWORDS = set(_W2D) | set(_TEEN) | set(_TENS) | {"hundred", "thousand", "double", "triple"}
ALLWORDS = NUMWORDS | set(_NATO) | set(_LNAME) | set(_SKIP) | set(_MON) | set(_ORDW) | {"for"}


def normalise(text: str, months: bool = False) -> str:
    """Turn a spoken or typed rendering into canonical upper-case letters/digits.
    Unknown tokens are kept (upper-cased) so validation fails on junk."""
    toks = re.sub(r"[^a-z0-9]+", " ", text.lower()).split()
    out: list[str] = []
    i = 0
    n = len(toks)

    def nxt(k=1):
        return toks[i + k] if i + k < n else None

    def small(j):
        """parse a 1..99 value starting at token j -> (value, tokens used) or None"""
        if j >= n:
            return None
        w = toks[j]
        if w in _REAL_UNITS:
            return _REAL_UNITS[w], 1
        if w in _TEEN:
            return _TEEN[w], 1
        if w in _TENS:
            if j + 1 < n and toks[j + 1] in _REAL_UNITS:
                return _TENS[w] * 10 + _REAL_UNITS[toks[j + 1]], 2
            return _TENS[w] * 10, 1
        return None

    while i < n:
        w = toks[i]
        if w in _SKIP:
            i += 1
            continue
        # "b for bravo"
        if (len(w) == 1 and w.isalpha() or w in _LNAME) and nxt() == "for" and nxt(2) is not None \
                and nxt(2) not in NUMWORDS:
            out.append(w.upper() if len(w) == 1 else _LNAME[w])
            i += 3
            continue
        if w.isdigit():
            out.append(w)
            i += 1
            continue
        if re.fullmatch(r"\d+(st|nd|rd|th)", w):
            out.append(re.match(r"\d+", w).group())
            i += 1
            continue
        if w in ("double", "triple") and nxt() is not None:
            k = 2 if w == "double" else 3
            x = nxt()
            if x in _W2D:
                out.append(str(_W2D[x]) * k)
            elif len(x) == 1:
                out.append(x.upper() * k)
            elif x in _LNAME:
                out.append(_LNAME[x] * k)
            else:
                out.append("?" + x)
            i += 2
            continue
        if w in _REAL_UNITS and nxt() == "hundred":
            d = _REAL_UNITS[w]
            if nxt(2) == "and" and small(i + 3):
                v, used = small(i + 3)
                out.append(str(d * 100 + v))
                i += 3 + used
            else:
                out.append(str(d * 100))
                i += 2
            continue
        if w in _REAL_UNITS and nxt() == "thousand":
            d = _REAL_UNITS[w]
            if nxt(2) == "and" and small(i + 3):
                v, used = small(i + 3)
                out.append(str(d * 1000 + v))
                i += 3 + used
            else:
                out.append(str(d * 1000))
                i += 2
            continue
        if w in _W2D:
            out.append(str(_W2D[w]))
            i += 1
            continue
        if w in _TEEN:
            out.append(str(_TEEN[w]))
            i += 1
            continue
        if w in _TENS:
            x = nxt()
            if x in _REAL_UNITS:
                out.append(str(_TENS[w] * 10 + _REAL_UNITS[x]))
                i += 2
            elif x in _ORDW and _ORDW[x] < 10:
                out.append(str(_TENS[w] * 10 + _ORDW[x]))
                i += 2
            else:
                out.append(str(_TENS[w] * 10))
                i += 1
            continue
        if w in _ORDW:
            out.append(str(_ORDW[w]))
            i += 1
            continue
        if w in _ORDT:
            out.append(str(_ORDT[w]))
            i += 1
            continue
        if months and w in _MON:
            out.append("%02d" % _MON[w])
            i += 1
            continue
        if w in _NATO:
            out.append(_NATO[w])
            i += 1
            continue
        if w in _LNAME:
            out.append(_LNAME[w])
            i += 1
            continue
        out.append(w.upper())
        i += 1
    return "".join(out)


def norm_email(text: str) -> str:
    t = text.lower().strip()
    if " " not in t:
        return t
    toks = t.split()
    out = []
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
        elif w in _W2D and w not in ("o", "to", "too", "for", "won", "ate"):
            out.append(str(_W2D[w]))
        elif w in _TEEN:
            out.append(str(_TEEN[w]))
        elif w in _TENS:
            if i + 1 < len(toks) and toks[i + 1] in _REAL_UNITS:
                out.append(str(_TENS[w] * 10 + _REAL_UNITS[toks[i + 1]]))
                i += 1
            else:
                out.append(str(_TENS[w] * 10))
        else:
            out.append(w)
        i += 1
    return "".join(out)


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
    lens = {"GB": 22, "IE": 22, "DE": 22, "NL": 18, "ES": 24, "FR": 27, "IT": 27, "BE": 16}
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s) or lens.get(s[:2]) != len(s):
        return False
    r = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in r)
    return int(num) % 97 == 1


NI_RE = re.compile(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]")
UKPC_RE = re.compile(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}")
STREET_RE = re.compile(r"\b(street|st|road|rd|avenue|ave|lane|ln|drive|dr|close|way|court|crescent|"
                       r"place|terrace|boulevard|blvd|grove|gardens|park|hill|row|square|parade|walk)\b")


def validate(typ: str, text: str) -> str | None:
    """Return an error string, or None if the (joined) value is valid."""
    if typ == "EMAIL":
        e = "".join(norm_email(x) for x in text) if isinstance(text, list) else norm_email(text)
        return None if re.fullmatch(r"[a-z0-9._+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+", e) else "bad email " + e
    if typ == "ADDRESS":
        low = " ".join(text).lower() if isinstance(text, list) else text.lower()
        first = low.replace(",", " ").split()[0]
        okfirst = bool(re.fullmatch(r"\d+[a-z]?", first)) or first in NUMWORDS or first in (
            "flat", "apartment", "apt", "unit", "suite")
        return None if okfirst and STREET_RE.search(low) else "bad address"
    if isinstance(text, list):
        v = "".join(normalise(x, typ in ("DOB", "EXPIRY")) for x in text)
    else:
        v = normalise(text, typ in ("DOB", "EXPIRY"))
    if typ == "CARD_NUMBER":
        return None if v.isdigit() and 13 <= len(v) <= 19 and luhn_ok(v) else "bad card " + v
    if typ == "CVV":
        return None if v.isdigit() and len(v) in (3, 4) else "bad cvv " + v
    if typ == "EXPIRY":
        ok = v.isdigit() and 3 <= len(v) <= 6 and 1 <= int(v[:2] if len(v) in (4, 6) else v[:1]) <= 12
        return None if ok else "bad expiry " + v
    if typ == "SSN":
        ok = v.isdigit() and len(v) == 9 and v[:3] not in ("000", "666") and v[0] != "9" \
            and v[3:5] != "00" and v[5:] != "0000"
        return None if ok else "bad ssn " + v
    if typ == "NI_NUMBER":
        return None if NI_RE.fullmatch(v) else "bad ni " + v
    if typ == "BANK_ACCOUNT":
        return None if v.isdigit() and 6 <= len(v) <= 17 else "bad account " + v
    if typ == "SORT_CODE":
        return None if v.isdigit() and len(v) == 6 else "bad sort code " + v
    if typ == "IBAN":
        return None if iban_ok(v) else "bad iban " + v
    if typ == "PHONE":
        return None if v.isdigit() and (10 <= len(v) <= 13 or len(v) == 14 and v.startswith("00")) else "bad phone " + v
    if typ == "DOB":
        ok = re.search(r"(19[3-9]\d|200\d)", v) and len(v) >= 6
        return None if ok else "bad dob " + v
    if typ == "POSTCODE":
        ok = UKPC_RE.fullmatch(v) or re.fullmatch(r"\d{5}(\d{4})?", v)
        return None if ok else "bad postcode " + v
    return "unknown type"


# --------------------------------------------------------------------------
# case builder
# --------------------------------------------------------------------------
class Case:
    def __init__(self, kind: str, note: str):
        self.kind = kind
        self.note = note
        self.turns: list[dict] = []
        self.spans: list[dict] = []
        self.groups: dict[str, tuple[str, list[str]]] = {}
        self.frags: list[tuple[str, str]] = []
        self._auto = 0

    def t(self, speaker: str, *segs):
        text = ""
        ti = len(self.turns)
        for seg in segs:
            if isinstance(seg, str):
                text += seg
                continue
            val, typ = seg[0], seg[1]
            gid = seg[2] if len(seg) > 2 else None
            if gid is None:
                self._auto += 1
                gid = "_auto%d" % self._auto
            start = len(text)
            text += val
            self.spans.append({"turn": ti, "start": start, "end": len(text), "type": typ})
            if gid == "frag":
                self.frags.append((typ, val))
            else:
                g = self.groups.setdefault(gid, (typ, []))
                assert g[0] == typ
                g[1].append(val)
        self.turns.append({"speaker": speaker, "text": text})
        return self

    def a(self, *segs):
        return self.t("agent", *segs)

    def c(self, *segs):
        return self.t("customer", *segs)


# --------------------------------------------------------------------------
# value generators
# --------------------------------------------------------------------------
def rdigits(k: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(k))


def luhn_complete(prefix: str, length: int) -> str:
    body = prefix + rdigits(length - len(prefix) - 1)
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def gen_card() -> tuple[str, str]:
    brand = rng.choices(["visa", "mc", "amex", "disc", "visa13", "maestro19", "mc2"],
                        [30, 25, 12, 8, 3, 4, 6])[0]
    if brand == "visa":
        return luhn_complete("4" + rdigits(1), 16), brand
    if brand == "mc":
        return luhn_complete("5" + rng.choice("12345"), 16), brand
    if brand == "mc2":
        return luhn_complete("22" + rng.choice("2345678"), 16), "mc"
    if brand == "amex":
        return luhn_complete("3" + rng.choice("47"), 15), brand
    if brand == "disc":
        return luhn_complete("6011", 16), brand
    if brand == "visa13":
        return luhn_complete("4", 13), brand
    return luhn_complete("6759", 19), brand


def card_groups(num: str) -> list[str]:
    if len(num) == 15:
        return [num[:4], num[4:10], num[10:]]
    if len(num) == 13:
        return [num[:4], num[4:7], num[7:10], num[10:]]
    if len(num) == 19:
        return [num[:4], num[4:8], num[8:12], num[12:16], num[16:]]
    return [num[i:i + 4] for i in range(0, 16, 4)]


def gen_ssn() -> str:
    while True:
        area = rng.randint(1, 899)
        if area != 666:
            break
    return "%03d%02d%04d" % (area, rng.randint(1, 99), rng.randint(1, 9999))


NI_FIRST = "ABCEGHJKLMNPRSTXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTXYZ"


def gen_ni() -> str:
    while True:
        p = rng.choice(NI_FIRST) + rng.choice(NI_SECOND)
        if p in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ") or p.lower() in ALLWORDS:
            continue
        return p + rdigits(6) + rng.choice("ABCD")


def iban_make(cc: str, bban: str) -> str:
    r = bban + cc + "00"
    num = "".join(str(int(c, 36)) for c in r)
    chk = 98 - int(num) % 97
    return cc + "%02d" % chk + bban


BANK_CODES = {"GB": ["NWBK", "BARC", "LOYD", "MIDL", "HBUK", "NAIA", "SRLG"],
              "IE": ["AIBK", "BOFI", "IPBS", "ULSB"]}
SPOKEN_SAFE_CODES = {"GB": ["NWBK", "BARC", "MIDL", "HBUK", "NAIA", "SRLG"], "IE": ["AIBK", "IPBS", "ULSB"]}


def gen_iban(spoken=False) -> str:
    cc = rng.choice(["GB", "IE", "DE", "NL", "ES", "FR", "GB", "IE"])
    if cc in ("GB", "IE"):
        codes = SPOKEN_SAFE_CODES[cc] if spoken else BANK_CODES[cc]
        return iban_make(cc, rng.choice(codes) + rdigits(14))
    if cc == "DE":
        return iban_make(cc, rdigits(18))
    if cc == "NL":
        return iban_make(cc, rng.choice(["ABNA", "INGB", "RABN", "TRIO"] if not spoken else ["ABNA", "INGB", "RABN"]) + rdigits(10))
    if cc == "ES":
        return iban_make(cc, rdigits(20))
    return iban_make(cc, rdigits(23))


def group_iban(s: str) -> str:
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def gen_phone(kind=None) -> tuple[str, str, str]:
    """returns (digits, typed, kind)"""
    kind = kind or rng.choice(["ukmob", "ukland", "us", "ie", "ukintl", "usintl", "ieintl"])
    if kind == "ukmob":
        d = "07" + rng.choice("3456789") + rdigits(8)
        return d, rng.choice([d[:5] + " " + d[5:], d, d[:5] + " " + d[5:8] + " " + d[8:]]), kind
    if kind == "ukland":
        d = rng.choice(["020", "0161", "0113", "0131", "0121", "0117", "01632"])
        d = d + rdigits(11 - len(d))
        return d, rng.choice([d[:4] + " " + d[4:7] + " " + d[7:], d[:3] + " " + d[3:7] + " " + d[7:], d]), kind
    if kind == "us":
        d = str(rng.randint(2, 9)) + rdigits(2) + str(rng.randint(2, 9)) + rdigits(6)
        return d, rng.choice(["(%s) %s-%s" % (d[:3], d[3:6], d[6:]), "%s-%s-%s" % (d[:3], d[3:6], d[6:]),
                              "%s.%s.%s" % (d[:3], d[3:6], d[6:])]), kind
    if kind == "ie":
        d = "08" + rng.choice("35679") + rdigits(7)
        return d, rng.choice([d[:3] + " " + d[3:6] + " " + d[6:], d]), kind
    if kind == "ukintl":
        d = "447" + rng.choice("3456789") + rdigits(8)
        return d, rng.choice(["+44 " + d[2:6] + " " + d[6:], "+44 (0)" + d[2:6] + " " + d[6:], "0044 " + d[2:]]), kind
    if kind == "usintl":
        d = "1" + str(rng.randint(2, 9)) + rdigits(2) + str(rng.randint(2, 9)) + rdigits(6)
        return d, "+1 %s %s %s" % (d[1:4], d[4:7], d[7:]), kind
    d = "3538" + rng.choice("35679") + rdigits(7)
    return d, "+353 " + d[3:5] + " " + d[5:8] + " " + d[8:], kind


FIRST = ["john", "sarah", "mike", "aoife", "priya", "tom", "lucy", "dave", "grace", "liam",
         "emma", "ciaran", "megan", "raj", "olivia", "sean", "hannah", "marek", "chloe", "kevin"]
LAST = ["smith", "murphy", "patel", "jones", "obrien", "walsh", "taylor", "nowak", "brown",
        "kelly", "evans", "khan", "byrne", "wilson", "garcia", "reilly", "hughes", "clarke"]
DOMAINS = ["gmail.com", "hotmail.co.uk", "yahoo.com", "outlook.com", "btinternet.com",
           "eircom.net", "icloud.com", "aol.com", "live.ie", "proton.me"]


def gen_email() -> tuple[str, str]:
    f, l = rng.choice(FIRST), rng.choice(LAST)
    num = rng.choice(["", "", str(rng.randint(1, 99)), str(rng.randint(1960, 2002))])
    sep = rng.choice([".", "_", "", "."])
    style = rng.choice(["fl", "il", "f", "lf"])
    local = {"fl": f + sep + l, "il": f[0] + sep + l, "f": f, "lf": l + sep + f}[style] + num
    dom = rng.choice(DOMAINS)
    typed = local + "@" + dom
    sp_local = []
    for ch_group in re.findall(r"[a-z]+|\d+|[._]", local):
        if ch_group == ".":
            sp_local.append("dot")
        elif ch_group == "_":
            sp_local.append("underscore")
        elif ch_group.isdigit():
            sp_local.append(say_pairs(ch_group) if len(ch_group) in (2, 4) else say_digits(ch_group, "zero"))
        elif len(ch_group) == 1:
            sp_local.append(ch_group)
        else:
            sp_local.append(ch_group)
    spoken = " ".join(sp_local) + " at " + dom.replace(".", " dot ")
    return typed, spoken


STREETS = ["elm", "church", "station", "victoria", "mill", "park", "high", "queens", "kings",
           "oak", "maple", "willow", "main", "chestnut", "albert", "mount pleasant", "orchard",
           "cedar", "lakeview", "harbour", "castle", "st johns", "riverside", "hawthorn"]
SUFFIX = ["street", "road", "avenue", "lane", "drive", "close", "way", "court", "crescent",
          "terrace", "grove", "gardens", "place"]
US_SUFFIX = ["Street", "Avenue", "Blvd", "Drive", "Lane", "Road", "Court", "Way"]


def gen_address(spoken: bool) -> str:
    num = rng.choice([rng.randint(1, 99), rng.randint(1, 250), rng.randint(100, 9999)])
    street = rng.choice(STREETS)
    suf = rng.choice(SUFFIX)
    if spoken:
        if num >= 100 and rng.random() < 0.5:
            n = say_hundreds_num(num)
        else:
            n = say_number(num)
        pre = ""
        if rng.random() < 0.2:
            pre = "flat " + say_number(rng.randint(1, 20)) + " "
        return pre + n + " " + street + " " + suf
    tc = rng.choice(["title", "lower", "title"])
    s = "%d %s %s" % (num, street, suf)
    if rng.random() < 0.25:
        s = "%d%s %s %s" % (num, rng.choice("ab"), street, suf)
    if rng.random() < 0.2:
        s = "Flat %d, %s" % (rng.randint(1, 30), s)
    if tc == "title":
        s = " ".join(w[0].upper() + w[1:] for w in s.split())
    return s


UK_AREAS = ["M", "B", "LS", "SW", "EC", "G", "EH", "CF", "BS", "NG", "L", "N", "E", "SE", "NW", "BT",
            "CR", "RG", "GL", "PL", "YO", "HU", "SK", "WA", "DN", "TR", "KY", "AB"]
INWARD = "ABDEFGHJLNPQRSTUXYZ"


def gen_ukpc() -> str:
    a = rng.choice(UK_AREAS)
    if a in ("EC", "SW") and rng.random() < 0.4:
        out = a + str(rng.randint(1, 9)) + rng.choice("ANPRVY".replace("V", "A"))
    else:
        out = a + str(rng.randint(1, 29 if len(a) == 2 else 19))
    return out + " " + str(rng.randint(0, 9)) + rng.choice(INWARD) + rng.choice(INWARD)


def gen_zip() -> str:
    z = "%05d" % rng.randint(1001, 99950)
    if rng.random() < 0.3:
        z += "-%04d" % rng.randint(1, 9999)
    return z


# --------------------------------------------------------------------------
# speaking helpers
# --------------------------------------------------------------------------
def zero_word(style: str) -> str:
    if style == "uk":
        return rng.choice(["oh", "oh", "nought", "zero", "o"])
    if style == "us":
        return rng.choice(["zero", "zero", "oh", "o"])
    return style


def say_digit(ch: str, zero: str, homo: float = 0.0) -> str:
    if ch == "0":
        return zero_word(zero) if zero in ("uk", "us") else zero
    if ch in HOMO and rng.random() < homo:
        return rng.choice(HOMO[ch])
    return UNITS[int(ch)]


def say_digits(d: str, zero: str = "uk", homo: float = 0.0, doubles: bool = False) -> str:
    if homo and any(ch in HOMO for ch in d):
        for _ in range(20):
            r = _say_digits(d, zero, homo, doubles)
            if any(w in ("to", "too", "for", "ate", "won") for w in r.split()):
                return r
        return r
    return _say_digits(d, zero, homo, doubles)


def _say_digits(d: str, zero: str = "uk", homo: float = 0.0, doubles: bool = False) -> str:
    out = []
    i = 0
    while i < len(d):
        ch = d[i]
        run = 1
        while i + run < len(d) and d[i + run] == ch and run < 3:
            run += 1
        if doubles and run == 3:
            out.append("triple " + say_digit(ch, zero))
            i += 3
            continue
        if doubles and run >= 2:
            out.append("double " + say_digit(ch, zero))
            i += 2
            continue
        out.append(say_digit(ch, zero, homo))
        i += 1
    return " ".join(out)


def say_number(n: int) -> str:
    if n < 10:
        return UNITS[n]
    if n < 20:
        return TEENS[n - 10]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else " " + UNITS[n % 10])
    if n < 1000:
        r = n % 100
        return UNITS[n // 100] + " hundred" + ("" if r == 0 else " and " + say_number(r))
    return say_pairs("%d" % n)


def say_money(n: int) -> str:
    if n < 1000:
        return say_number(n)
    r = n % 1000
    return say_number(n // 1000) + " thousand" + ("" if r == 0 else (" " if r >= 100 else " and ") + say_number(r))


def say_hundreds_num(n: int) -> str:
    """house numbers like 1420 -> fourteen twenty, 305 -> three oh five"""
    s = str(n)
    if len(s) == 3:
        return UNITS[int(s[0])] + " " + say_pairs(s[1:])
    return say_pairs(s)


def say_pair(p: str, zero: str = "oh") -> str:
    if p[0] == "0":
        return zero + " " + UNITS[int(p[1])] if p[1] != "0" else zero + " " + zero
    return say_number(int(p))


def say_pairs(d: str, zero: str = "oh") -> str:
    parts = []
    i = 0
    if len(d) % 2 == 1:
        parts.append(say_digit(d[0], zero if zero not in ("uk", "us") else "oh"))
        i = 1
    while i < len(d):
        parts.append(say_pair(d[i:i + 2], zero))
        i += 2
    return " ".join(parts)


def say_group(d: str, zero="uk", homo=0.0) -> str:
    """mixed realistic rendering of a short digit group"""
    style = rng.choices(["digits", "doubles", "pairs", "hundreds"], [5, 2, 2, 1])[0]
    if style == "digits":
        return say_digits(d, zero, homo)
    if style == "doubles":
        return say_digits(d, zero, homo, doubles=True)
    if style == "pairs" and len(d) % 2 == 0:
        return say_pairs(d, rng.choice(["oh", "o"]))
    if style == "hundreds" and len(d) == 3 and d[0] != "0" and d[1:] != "00" and d[1] != "0":
        return UNITS[int(d[0])] + " hundred and " + say_number(int(d[1:]))
    if style == "hundreds" and len(d) == 4 and d[0] != "0" and d[2] != "0":
        return say_pairs(d)
    return say_digits(d, zero, homo)


def fix(spoken: str, expected: str, zero: str = "uk") -> str:
    """keep a natural rendering unless it is ambiguous when read back (e.g. 'ninety nine')"""
    if normalise(spoken) == expected:
        return spoken
    return say_digits(expected, zero)


def say_letter(L: str, style: str | None = None) -> str:
    style = style or rng.choice(["plain", "plain", "nato", "for", "name"])
    if style == "nato":
        return NATO[ord(L) - 65]
    if style == "for":
        return L.lower() + " for " + rng.choice(FOR_WORDS.get(L, [NATO[ord(L) - 65]]))
    if style == "name" and L in LETTER_NAMES:
        return LETTER_NAMES[L]
    return L.lower()


def cap(s: str) -> str:
    return s[0].upper() + s[1:]


def asr_date(day: int, month: int, year: int) -> str:
    if day < 20:
        dw = ORD[day]
    elif day % 10 == 0:
        dw = ORD_TENS[day]
    else:
        dw = TENS[day // 10] + " " + ORD[day % 10]
    if year < 2000:
        yw = say_pairs(str(year))
    else:
        yw = "two thousand" + ("" if year == 2000 else " and " + say_number(year - 2000))
    style = rng.choice(["uk", "us", "num"])
    if style == "uk":
        return "the " + dw + " of " + MONTHS[month - 1] + " " + yw
    if style == "us":
        return MONTHS[month - 1] + " " + dw + " " + yw
    return say_pair("%02d" % day) + " " + say_pair("%02d" % month) + " " + yw


def gen_dob() -> tuple[int, int, int]:
    return rng.randint(1, 28), rng.randint(1, 12), rng.randint(1938, 2006)


# --------------------------------------------------------------------------
# positive templates
# --------------------------------------------------------------------------
BANKS = ["banking", "telecom", "utilities", "retail", "insurance", "travel", "healthcare billing",
         "government services"]
ACKS = ["mhm", "okay", "yep", "okay go on", "uh huh", "right", "yes", "got that", "go ahead", "okay and"]
FILL = ["um", "uh", "er", "erm"]


def ack():
    return rng.choice(ACKS)


def ind(*opts):
    return rng.choice(opts or BANKS)


def split_words(s: str, k: int) -> list[str]:
    w = s.split()
    if k <= 1 or len(w) < k:
        return [s]
    cuts = sorted(rng.sample(range(1, len(w)), k - 1))
    parts, prev = [], 0
    for c in cuts + [len(w)]:
        parts.append(" ".join(w[prev:c]))
        prev = c
    return parts


# ---- CARD ----
def card_cases():
    out = []
    variants = ["chat_typed", "call_digits", "call_split", "call_pairs", "call_doubles", "call_readback",
                "call_correction", "chat_split", "call_filler", "chat_odd_sep", "call_two_values",
                "call_homophone", "call_chitchat", "chat_nospace", "call_asr_punct", "chat_misgrouped",
                "call_repeat_slow", "call_first_four"]
    for k in range(58):
        v = variants[k % len(variants)]
        num, brand = gen_card()
        g = card_groups(num)
        industry = ind()
        if v == "call_asr_punct":
            zero = rng.choice(["uk", "us"])
            segs = []
            for j, x in enumerate(g):
                if j:
                    segs.append(rng.choice([", ", ". ", " "]))
                segs.append(say_group(x, zero))
            c = Case("positive", "call/%s: card in ASR output with sparse commas/full stops between groups" % industry)
            c.a("Okay, and the card number, please.")
            c.c("Yeah, it's ", (fix("".join(segs), num), "CARD_NUMBER"), ".")
        elif v == "chat_misgrouped":
            cuts = sorted(rng.sample(range(2, len(num) - 1), 3))
            pieces = [num[a:b] for a, b in zip([0] + cuts, cuts + [len(num)])]
            val = " ".join(pieces)
            c = Case("positive", "chat/%s: card typed with uneven, mistyped grouping" % industry)
            c.c(rng.choice(["pls use card ", "new card is ", "card number "]), (val, "CARD_NUMBER"),
                rng.choice([" thx", " and take the £%d from it" % rng.randint(10, 90), ""]))
        elif v == "call_repeat_slow":
            c = Case("positive", "call/%s: agent asks caller to repeat the card; both readings labelled" % industry)
            c.a("sorry you broke up there could you repeat the card number slowly")
            c.c((fix(" ".join(say_group(x) for x in g), num), "CARD_NUMBER", "g1"))
            c.a("sorry one more time")
            c.c((" ".join(say_digits(x, "uk") for x in g[:2]), "CARD_NUMBER", "g2"), " ... ",
                (" ".join(say_digits(x, "uk") for x in g[2:]), "CARD_NUMBER", "g2"))
        elif v == "call_first_four":
            c = Case("positive", "call/%s: agent prompts group by group ('first four', 'next four'); lead-ins unlabelled" % industry)
            c.a("okay so give me the first four")
            for j, x in enumerate(g):
                if j:
                    c.a(rng.choice(["next four", "and the next", "okay and the last ones"]) if j < len(g) - 1 else "and the last digits")
                c.c(rng.choice(["", "that's ", "er "]), (say_group(x, "us"), "CARD_NUMBER", "g"))
        elif v == "chat_typed":
            sep = rng.choice([" ", "-", " ", " - "])
            val = sep.join(g)
            c = Case("positive", "chat/%s: %s card typed with '%s' separators" % (industry, brand, sep.strip() or "space"))
            c.a(rng.choice(["Please can you type the long card number below?",
                            "To take payment I'll need the card number."]))
            c.c(rng.choice(["sure it's ", "Card: ", "ok here ", "its "]), (val, "CARD_NUMBER"),
                rng.choice(["", " thanks", ". the amount is 45.99", " - exp to follow"]))
        elif v == "chat_odd_sep":
            sep = rng.choice([".", "/", "  ", "_", " . "])
            val = sep.join(g)
            c = Case("positive", "chat/%s: card typed with unusual separator '%s'" % (industry, sep.strip() or "double space"))
            c.c("hi my card no is ", (val, "CARD_NUMBER"), " can u update it on my account pls")
        elif v == "chat_nospace":
            c = Case("positive", "chat/%s: %d-digit %s card with no separators and a price nearby" % (industry, len(num), brand))
            c.c("order came to £%d.%02d, paying with %s" % (rng.randint(10, 400), rng.randint(0, 99), "") , (num, "CARD_NUMBER"))
            c.a("Thank you, I've got that.")
        elif v == "chat_split":
            c = Case("positive", "chat/%s: card sent across several chat messages" % industry)
            c.a("Go ahead with the card number when you're ready")
            parts = [" ".join(g[:2]), " ".join(g[2:])]
            c.c((parts[0], "CARD_NUMBER", "g"))
            c.c((parts[1], "CARD_NUMBER", "g"), rng.choice(["", " sorry pressed enter too soon"]))
        elif v in ("call_digits", "call_homophone"):
            homo = 0.5 if v == "call_homophone" else 0.0
            zero = rng.choice(["uk", "us"])
            spoken = " ".join(say_digits(x, zero, homo) for x in g)
            c = Case("positive", "call/%s: %s read digit by digit%s" % (industry, brand,
                                                                          ", ASR homophones (to/for/ate/won)" if homo else ""))
            c.a("and the long number across the front of the card please")
            c.c(rng.choice(["yeah it's ", "okay so it's ", "", "right "]), (spoken, "CARD_NUMBER"))
        elif v == "call_pairs":
            spoken = fix(" ".join(say_pairs(x) if len(x) % 2 == 0 else say_digits(x, "uk") for x in g), num)
            c = Case("positive", "call/%s: card read in pairs (forty one eleven style)" % industry)
            c.a("can i take the card number")
            c.c("yeah it's ", (spoken, "CARD_NUMBER"))
        elif v == "call_doubles":
            spoken = " ".join(say_digits(x, "uk", 0, doubles=True) for x in g)
            c = Case("positive", "call/%s: card read with double/triple and nought" % industry)
            c.a("lovely and the card number")
            c.c((spoken, "CARD_NUMBER"))
        elif v == "call_split":
            c = Case("positive", "call/%s: card split over customer turns with back-channels" % industry)
            c.a("okay whenever you're ready with the card number")
            for j, x in enumerate(g):
                if j:
                    c.a(ack())
                c.c((say_group(x), "CARD_NUMBER", "g"))
        elif v == "call_filler":
            c = Case("positive", "call/%s: card reading interrupted by filler words (spans exclude fillers)" % industry)
            c.a("what's the card number")
            segs = []
            for j, x in enumerate(g):
                if j:
                    segs.append(" " + rng.choice(FILL) + " " if rng.random() < 0.6 else " hang on ")
                segs.append((say_digits(x, "us"), "CARD_NUMBER", "g"))
            c.c("it's ", *segs)
        elif v == "call_readback":
            spoken = fix(" ".join(say_group(x) for x in g), num)
            back = " ".join(say_digits(x, "uk") for x in g)
            c = Case("positive", "call/%s: customer reads card, agent reads it back in full" % industry)
            c.a("card number please")
            c.c((spoken, "CARD_NUMBER", "g1"))
            c.a("let me just read that back to you ", (back, "CARD_NUMBER", "g2"), " is that right")
            c.c("yes that's it")
        elif v == "call_correction":
            j = rng.randrange(len(g))
            wrong = list(g[j])
            p = rng.randrange(len(wrong))
            wrong[p] = str((int(wrong[p]) + rng.randint(1, 8)) % 10)
            wrong = "".join(wrong)
            c = Case("positive", "call/%s: caller self-corrects one card group; wrong and corrected groups both labelled" % industry)
            c.a("go ahead with the card number")
            segs = []
            for i2, x in enumerate(g):
                if i2:
                    segs.append(" ")
                if i2 == j:
                    segs += [(say_digits(wrong, "uk"), "CARD_NUMBER", "frag"), " " + rng.choice(["no sorry", "sorry no", "wait no"]) + " "]
                segs.append((say_digits(x, "uk"), "CARD_NUMBER", "g"))
            c.c(*segs)
        elif v == "call_two_values":
            exp_m, exp_y = rng.randint(1, 12), rng.randint(26, 31)
            spoken = " ".join(say_digits(x, "us") for x in g)
            c = Case("positive", "call/%s: card and expiry in the same turn" % industry)
            c.a("card number and expiry please")
            c.c((spoken, "CARD_NUMBER"), " and it expires ", (say_pair("%02d" % exp_m) + " " + say_number(exp_y), "EXPIRY"))
        else:  # chitchat
            spoken = fix(" ".join(say_group(x) for x in g), num)
            c = Case("positive", "call/%s: card read amid chit-chat with a non-PII amount" % industry)
            c.a("so that's %s pounds today how would you like to pay" % say_number(rng.randint(20, 99)))
            c.c("oh the card i suppose hold on my glasses are upstairs right here we go ", (spoken, "CARD_NUMBER"),
                " and my dog's barking sorry")
        out.append(c)
    return out


# ---- SSN ----
def ssn_cases():
    out = []
    variants = ["typed_dash", "typed_space", "typed_plain", "call_digits", "call_groups_split", "call_pairs",
                "call_readback", "call_correction", "call_homophone", "chat_split", "call_filler",
                "call_hundreds", "typed_dots", "call_with_dob", "call_dash_words", "typed_odd", "call_asr_punct",
                "call_chitchat"]
    for k in range(54):
        v = variants[k % len(variants)]
        s = gen_ssn()
        g = [s[:3], s[3:5], s[5:]]
        industry = ind("banking", "insurance", "healthcare billing", "government services", "telecom", "utilities")
        if v == "call_dash_words":
            c = Case("positive", "call/%s: SSN with the spoken word 'dash' between groups (inside the span)" % industry)
            c.a("and your social security number")
            c.c("sure it's ", (say_digits(g[0], "us") + " dash " + say_digits(g[1], "us") + " dash " +
                              say_digits(g[2], "us"), "SSN"))
        elif v == "typed_odd":
            val = rng.choice(["%s - %s - %s", "%s_%s_%s", "%s/%s/%s", "%s %s-%s"]) % tuple(g)
            c = Case("positive", "chat/%s: SSN typed with odd spacing/separators" % industry)
            c.c(rng.choice(["ssn:", "my ss# is ", "social - "]), (val, "SSN"), rng.choice(["", " pls confirm the 1099 was sent"]))
        elif v == "call_asr_punct":
            c = Case("positive", "call/%s: SSN in punctuated ASR output with commas between groups" % industry)
            c.a("Can you verify the last, uh, the full Social Security number?")
            c.c("Yes. It's ", (say_digits(g[0], "us") + ", " + say_digits(g[1], "us") + ", " + say_digits(g[2], "us"), "SSN"), ".")
        elif v == "call_chitchat":
            c = Case("positive", "call/%s: SSN given amid chit-chat with a claim amount and a year" % industry)
            c.a("okay and to pull up the file i need your social")
            c.c("sure sure my wife usually does this it was filed back in twenty nineteen for like %s dollars anyway it's " %
                say_number(rng.randint(200, 900)), (fix(say_group(g[0], "us") + " " + say_group(g[1], "us") + " " +
                                                        say_group(g[2], "us"), s, "us"), "SSN"))
        elif v in ("typed_dash", "typed_space", "typed_plain", "typed_dots"):
            sep = {"typed_dash": "-", "typed_space": " ", "typed_plain": "", "typed_dots": "."}[v]
            c = Case("positive", "chat/%s: SSN typed with '%s' separator" % (industry, sep or "no"))
            c.a(rng.choice(["For verification, what is your Social Security number?",
                            "Can you confirm your SSN please?"]))
            c.c(rng.choice(["ssn is ", "Sure, ", "its ", "SSN: "]), (sep.join(g), "SSN"),
                rng.choice(["", " (i'm on the joint account)", ". Thanks!"]))
        elif v == "call_digits":
            c = Case("positive", "call/%s: SSN read digit by digit, US zero/oh" % industry)
            c.a("and can i get your social security number")
            c.c("yeah it's ", (say_digits(s, "us"), "SSN"))
        elif v == "call_homophone":
            c = Case("positive", "call/%s: SSN with ASR homophones (to/for/ate/won)" % industry)
            c.a("last thing i need is your social")
            c.c("okay ", (say_digits(s, "us", homo=0.6), "SSN"))
        elif v == "call_groups_split":
            c = Case("positive", "call/%s: SSN split 3-2-4 across turns with agent back-channels" % industry)
            c.a("go ahead with the social")
            c.c((say_digits(g[0], "us"), "SSN", "g"))
            c.a(ack())
            c.c((say_digits(g[1], "us"), "SSN", "g"))
            c.a(ack())
            c.c((say_digits(g[2], "us"), "SSN", "g"))
        elif v == "call_pairs":
            sp = fix(say_digits(g[0], "us") + " " + say_pair(g[1]) + " " + say_pairs(g[2]), s, "us")
            c = Case("positive", "call/%s: SSN with the group and serial said as pairs" % industry)
            c.a("social security number please")
            c.c("sure ", (sp, "SSN"))
        elif v == "call_hundreds":
            if g[0][0] != "0" and g[0][1] != "0":
                first = UNITS[int(g[0][0])] + " " + say_number(int(g[0][1:])) if int(g[0][1:]) >= 10 else say_digits(g[0], "us")
            else:
                first = say_digits(g[0], "us")
            sp = fix(first + " " + say_pair(g[1]) + " " + say_pairs(g[2]), s, "us")
            c = Case("positive", "call/%s: SSN area said like 'four twelve', rest in pairs" % industry)
            c.a("can you verify the social on the account")
            c.c("it's ", (sp, "SSN"), " i think yeah")
        elif v == "call_readback":
            c = Case("positive", "call/%s: SSN read by customer and read back by agent" % industry)
            c.a("and your social security number")
            c.c((say_digits(s, "us"), "SSN", "g1"))
            c.a("thank you so that's ", ("-".join(g) if rng.random() < 0.0 else say_digits(g[0], "us") + " " +
                                         say_digits(g[1], "us") + " " + say_digits(g[2], "us"), "SSN", "g2"), " correct")
            c.c("correct")
        elif v == "call_correction":
            wrong = g[2][:2] + str((int(g[2][2]) + 3) % 10) + g[2][3]
            c = Case("positive", "call/%s: SSN serial corrected by caller; both the wrong and right serial labelled" % industry)
            c.a("social please")
            c.c((say_digits(g[0] + g[1], "us"), "SSN", "g"), " ", (say_digits(wrong, "us"), "SSN", "frag"),
                " no wait ", (say_digits(g[2], "us"), "SSN", "g"))
        elif v == "chat_split":
            c = Case("positive", "chat/%s: SSN typed over two messages" % industry)
            c.a("Please provide your SSN to continue.")
            c.c((g[0] + "-" + g[1], "SSN", "g"), "-")
            c.c((g[2], "SSN", "g"))
        elif v == "call_filler":
            c = Case("positive", "call/%s: SSN with filler between groups (spans exclude fillers)" % industry)
            c.a("what's your social security")
            c.c((say_digits(g[0], "us"), "SSN", "g"), " " + rng.choice(FILL) + " ", (say_digits(g[1], "us"), "SSN", "g"),
                " " + rng.choice(FILL) + " ", (say_digits(g[2], "us"), "SSN", "g"))
        else:  # with dob
            d, m, y = gen_dob()
            c = Case("positive", "call/%s: SSN and date of birth in the same turn" % industry)
            c.a("i'll need your social and date of birth")
            c.c("social is ", (say_digits(s, "us"), "SSN"), " and birthday is ", (asr_date(d, m, y), "DOB"))
        out.append(c)
    return out


# ---- NI ----
def say_ni(ni: str, style: str | None = None, digits_style="pairs") -> str:
    lets = [say_letter(ni[0], style), say_letter(ni[1], style)]
    ds = ni[2:8]
    if digits_style == "pairs":
        dg = " ".join(say_pair(ds[i:i + 2], rng.choice(["oh", "o", "nought"])) for i in range(0, 6, 2))
    elif digits_style == "doubles":
        dg = say_digits(ds, "uk", doubles=True)
    else:
        dg = say_digits(ds, "uk")
    return " ".join(lets) + " " + dg + " " + say_letter(ni[8], style)


def ni_cases():
    out = []
    variants = ["typed_std", "typed_compact", "typed_lower", "call_plain", "call_nato", "call_for", "call_names",
                "call_split", "call_readback", "call_correction", "chat_split", "call_doubles", "typed_dashes",
                "call_filler", "call_mixed_chat", "call_suffix_later", "call_repeat", "call_asr_punct"]
    for k in range(54):
        v = variants[k % len(variants)]
        ni = gen_ni()
        industry = ind("government services", "banking", "insurance", "utilities", "healthcare billing")
        if v == "call_suffix_later":
            c = Case("positive", "call/%s: NI digits then 'and then the letter' in the same turn; connector unlabelled" % industry)
            c.a("what's your national insurance number")
            c.c("it's ", (say_letter(ni[0]) + " " + say_letter(ni[1]) + " " + say_digits(ni[2:8], "uk", doubles=True), "NI_NUMBER", "g"),
                " and then the letter's ", (say_letter(ni[8]), "NI_NUMBER", "g"))
            out.append(c)
            continue
        if v == "call_repeat":
            c = Case("positive", "call/%s: NI number given, agent mishears, caller repeats with NATO letters" % industry)
            c.a("national insurance number")
            c.c((say_ni(ni, "plain", "pairs"), "NI_NUMBER", "g1"))
            conf = {"M": "N", "N": "M", "B": "D", "D": "B", "P": "T", "T": "P", "C": "Z", "Z": "C", "S": "X", "X": "S"}
            L = next((ch for ch in ni[:2] if ch in conf), ni[0])
            c.a("sorry was that %s or %s" % (L.lower(), conf.get(L, "E").lower()))
            c.c("no it's ", (say_ni(ni, "for", "digits"), "NI_NUMBER", "g2"))
            out.append(c)
            continue
        if v == "call_asr_punct":
            c = Case("positive", "call/%s: NI number in punctuated ASR output with capitals" % industry)
            c.a("Can I take your National Insurance number?")
            c.c("Yes, it's ", (ni[0] + " " + ni[1] + ", " + say_digits(ni[2:8], "uk") + ", " + ni[8] + "", "NI_NUMBER"), ".")
            out.append(c)
            continue
        if v.startswith("typed"):
            if v == "typed_std":
                val = "%s %s %s %s %s" % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8])
            elif v == "typed_compact":
                val = ni
            elif v == "typed_lower":
                val = rng.choice([ni.lower(), ni[:2].lower() + " " + ni[2:8] + " " + ni[8].lower()])
            else:
                val = rng.choice(["%s-%s-%s-%s-%s" % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8]),
                                  " ".join(ni), ni[:2] + " " + ni[2:8] + " " + ni[8]])
            c = Case("positive", "chat/%s: NI number typed (%s)" % (industry, v.replace("typed_", "")))
            c.a(rng.choice(["What's your National Insurance number?", "Could you confirm your NI number please"]))
            c.c(rng.choice(["it's ", "NI no. ", "", "yeah its "]), (val, "NI_NUMBER"), rng.choice(["", " cheers", " ta"]))
        elif v in ("call_plain", "call_nato", "call_for", "call_names", "call_doubles"):
            st = {"call_plain": "plain", "call_nato": "nato", "call_for": "for", "call_names": "name",
                  "call_doubles": None}[v]
            sp = say_ni(ni, st, "doubles" if v == "call_doubles" else rng.choice(["pairs", "digits"]))
            c = Case("positive", "call/%s: NI number spoken, letters as %s" % (industry, st or "mixed, doubles in digits"))
            c.a("can i take your national insurance number")
            c.c(rng.choice(["yeah it's ", "it is ", "", "right it's "]), (sp, "NI_NUMBER"))
        elif v == "call_split":
            sp = say_ni(ni, None, "digits").split()
            # split: letters | digits | suffix
            lets = " ".join([say_letter(ni[0]), say_letter(ni[1])])
            c = Case("positive", "call/%s: NI number split over turns (prefix, digits, suffix letter)" % industry)
            c.a("national insurance number please")
            c.c((lets, "NI_NUMBER", "g"))
            c.a(ack())
            c.c((say_pairs(ni[2:8], "oh") if rng.random() < 0.5 else say_digits(ni[2:8], "uk"), "NI_NUMBER", "g"))
            c.a("and the letter at the end")
            c.c((say_letter(ni[8]), "NI_NUMBER", "g"))
        elif v == "call_readback":
            c = Case("positive", "call/%s: NI number read back by agent with NATO letters" % industry)
            c.a("and your NI number")
            c.c((say_ni(ni, "plain", "digits"), "NI_NUMBER", "g1"))
            c.a("so that's ", (say_ni(ni, "nato", "pairs"), "NI_NUMBER", "g2"))
            c.c("that's right")
        elif v == "call_correction":
            wrong = ni[:2] + ni[2:4] + str((int(ni[4]) + 2) % 10) + ni[5:]
            c = Case("positive", "call/%s: NI number said, then corrected in full; both labelled" % industry)
            c.a("national insurance please")
            c.c((say_ni(wrong, "plain", "digits"), "NI_NUMBER", "frag"), " oh no sorry i've mixed that up it's ",
                (say_ni(ni, "plain", "digits"), "NI_NUMBER"))
        elif v == "chat_split":
            c = Case("positive", "chat/%s: NI typed in pieces over messages" % industry)
            c.a("Please confirm your National Insurance number.")
            c.c((ni[:2] + " " + ni[2:4], "NI_NUMBER", "g"))
            c.c((ni[4:6] + " " + ni[6:8] + " " + ni[8], "NI_NUMBER", "g"))
        elif v == "call_filler":
            c = Case("positive", "call/%s: NI with filler between prefix and digits (spans exclude filler)" % industry)
            c.a("what's the national insurance number")
            c.c((say_letter(ni[0]) + " " + say_letter(ni[1]), "NI_NUMBER", "g"), " " + rng.choice(FILL) + " ",
                (say_digits(ni[2:8], "uk") + " " + say_letter(ni[8]), "NI_NUMBER", "g"))
        else:
            c = Case("positive", "call/%s: NI read amid chit-chat, with an unrelated amount" % industry)
            c.a("okay for the claim i need your national insurance number")
            c.c("yeah i've got the letter here it says i owe %s pounds which is mad anyway the number is " %
                say_number(rng.randint(100, 900)), (say_ni(ni, None, "pairs"), "NI_NUMBER"))
        out.append(c)
    return out


# ---- other types ----
def cvv_cases():
    out = []
    for k in range(16):
        industry = ind("retail", "travel", "telecom", "utilities", "insurance")
        cv = rdigits(4 if k % 5 == 0 else 3)
        v = k % 4
        c = Case("positive", "%s/%s: security code in context" % ("chat" if v == 0 else "call", industry))
        if v == 0:
            c.a("And the 3 digits on the back?")
            c.c(rng.choice(["cvv ", "", "its "]), (cv, "CVV"))
        elif v == 1:
            c.a("and the three digit security code on the back")
            c.c((say_digits(cv, "uk"), "CVV"))
        elif v == 2:
            c.a("security code please")
            c.c("it's ", (say_digits(cv, "us", 0.5), "CVV"), " i think it's a bit rubbed off")
        else:
            num, _ = gen_card()
            c.a("card number expiry and the code on the back")
            c.c((" ".join(say_digits(x, "uk") for x in card_groups(num)), "CARD_NUMBER"), " then ",
                (say_pair("%02d" % rng.randint(1, 12)) + " " + say_number(rng.randint(26, 31)), "EXPIRY"),
                " and the code is ", (say_digits(cv, "uk"), "CVV"))
        out.append(c)
    return out


def expiry_cases():
    out = []
    for k in range(14):
        m, y = rng.randint(1, 12), rng.randint(26, 32)
        industry = ind("retail", "travel", "telecom", "utilities")
        v = k % 4
        if v == 0:
            val = rng.choice(["%02d/%02d" % (m, y), "%02d/20%02d" % (m, y), "%02d-%02d" % (m, y), "%d/%02d" % (m, y)])
            c = Case("positive", "chat/%s: expiry typed" % industry)
            c.a("What's the expiry date on the card?")
            c.c("exp ", (val, "EXPIRY"))
        elif v == 1:
            c = Case("positive", "call/%s: expiry spoken as month name + year" % industry)
            c.a("and when does the card expire")
            c.c("it runs out ", (MONTHS[m - 1] + " " + say_number(y), "EXPIRY"))
        elif v == 2:
            c = Case("positive", "call/%s: expiry spoken oh-month year" % industry)
            c.a("expiry date")
            c.c((say_pair("%02d" % m, "oh") + " " + say_number(y), "EXPIRY"), " and the amount is %s ninety nine" %
                say_number(rng.randint(2, 60)))
        else:
            c = Case("positive", "call/%s: expiry as digits 'zero four two eight'" % industry)
            c.a("expiry please")
            c.c("valid till ", (say_digits("%02d%02d" % (m, y), "us"), "EXPIRY"))
        out.append(c)
    return out


def bank_cases():
    out = []
    for k in range(24):
        industry = ind("banking", "utilities", "insurance", "government services")
        acct = rdigits(8)
        sc = rdigits(6)
        v = k % 6
        if v == 5:
            c = Case("positive", "call/%s: sort code digit by digit with doubles, then account in pairs" % industry)
            c.a("can i take the sort code and account number")
            c.c("sort code is ", (say_digits(sc, "uk", doubles=True), "SORT_CODE"), " and the account is ",
                (fix(say_pairs(acct), acct), "BANK_ACCOUNT"))
        elif v == 0:
            c = Case("positive", "chat/%s: UK sort code and account number typed" % industry)
            c.a("Please send the sort code and account number for the direct debit.")
            c.c("sort code ", ("%s-%s-%s" % (sc[:2], sc[2:4], sc[4:]), "SORT_CODE"), " acc ", (acct, "BANK_ACCOUNT"))
        elif v == 1:
            c = Case("positive", "call/%s: sort code in pairs then account digits, separate turns" % industry)
            c.a("what's the sort code")
            c.c((say_pairs(sc, rng.choice(["oh", "o"])), "SORT_CODE"))
            c.a("and the account number")
            c.c((say_digits(acct, "uk", doubles=rng.random() < 0.5), "BANK_ACCOUNT"))
        elif v == 2:
            c = Case("positive", "call/%s: account number split over turns" % industry)
            c.a("account number please")
            c.c((say_digits(acct[:4], "uk"), "BANK_ACCOUNT", "g"))
            c.a(ack())
            c.c((say_digits(acct[4:], "uk"), "BANK_ACCOUNT", "g"))
        elif v == 3:
            us_acct = rdigits(rng.randint(9, 12))
            c = Case("positive", "call/%s: US checking account number spoken" % industry)
            c.a("and the checking account number")
            c.c("it's ", (say_digits(us_acct, "us"), "BANK_ACCOUNT"))
        else:
            c = Case("positive", "chat/%s: sort code with spaces and account in one message" % industry)
            c.c("hi can you pay the refund into ", ("%s %s %s" % (sc[:2], sc[2:4], sc[4:]), "SORT_CODE"), " / ",
                (acct, "BANK_ACCOUNT"), " thanks")
        out.append(c)
    return out


def iban_cases():
    out = []
    for k in range(14):
        industry = ind("banking", "travel", "insurance", "retail")
        v = k % 3
        if v == 0:
            ib = gen_iban()
            val = rng.choice([group_iban(ib), ib, group_iban(ib).lower()])
            c = Case("positive", "chat/%s: IBAN typed" % industry)
            c.a("Please give the IBAN for the refund.")
            c.c("IBAN: ", (val, "IBAN"))
        elif v == 1:
            ib = gen_iban(spoken=True)
            sp = " ".join(say_letter(ch, rng.choice(["plain", "nato"])) if ch.isalpha() else say_digit(ch, "zero")
                          for ch in ib)
            c = Case("positive", "call/%s: IBAN spelled out letter by letter" % industry)
            c.a("can you read me the iban")
            c.c((sp, "IBAN"))
        else:
            ib = gen_iban(spoken=True)
            parts = [ib[i:i + 4] for i in range(0, len(ib), 4)]
            c = Case("positive", "call/%s: IBAN read in groups of four across turns" % industry)
            c.a("go ahead with the iban")
            half = len(parts) // 2
            for j, chunk in enumerate([parts[:half], parts[half:]]):
                if j:
                    c.a(ack())
                sp = " ".join(" ".join(say_letter(ch, "plain") if ch.isalpha() else say_digit(ch, "uk") for ch in p)
                              for p in chunk)
                c.c((sp, "IBAN", "g"))
        out.append(c)
    return out


def phone_cases():
    out = []
    for k in range(16):
        industry = ind()
        d, typed, kind = gen_phone()
        v = k % 4
        if v == 0:
            c = Case("positive", "chat/%s: %s phone typed" % (industry, kind))
            c.a("What's the best number to reach you on?")
            c.c("call me on ", (typed, "PHONE"), " after 5pm")
        elif v == 1:
            sp = say_digits(d, "uk" if kind.startswith("uk") or kind.startswith("ie") else "us", doubles=rng.random() < 0.5)
            if kind.endswith("intl"):
                sp = "plus " + sp
            c = Case("positive", "call/%s: %s phone spoken" % (industry, kind))
            c.a("and a contact number")
            c.c("yeah it's ", (sp, "PHONE"))
        elif v == 2:
            c = Case("positive", "call/%s: phone split across turns" % industry)
            c.a("mobile number please")
            c.c((say_digits(d[:5], "uk"), "PHONE", "g"))
            c.a(ack())
            c.c((say_digits(d[5:], "uk"), "PHONE", "g"))
        else:
            c = Case("positive", "call/%s: US phone with area code in hundreds-style pairs" % industry)
            d, typed, kind = gen_phone("us")
            c.a("callback number")
            c.c((say_digits(d[:3], "us") + " " + say_digits(d[3:6], "us") + " " + say_pairs(d[6:]), "PHONE"),
                " any time after ten")
        out.append(c)
    return out


def email_cases():
    out = []
    for k in range(14):
        industry = ind()
        typed, spoken = gen_email()
        if k % 2 == 0:
            c = Case("positive", "chat/%s: email typed" % industry)
            c.a("Which email should we send the confirmation to?")
            c.c(rng.choice(["", "it's ", "email: "]), (rng.choice([typed, typed, typed.upper() if k % 4 == 0 else typed]), "EMAIL"))
        else:
            c = Case("positive", "call/%s: email spoken as ASR words ('dot', 'at')" % industry)
            c.a("and your email address")
            c.c("it's ", (spoken, "EMAIL"))
        out.append(c)
    return out


def dob_cases():
    out = []
    for k in range(14):
        industry = ind("healthcare billing", "insurance", "banking", "government services", "telecom")
        d, m, y = gen_dob()
        v = k % 3
        if v == 0:
            val = rng.choice(["%02d/%02d/%d" % (d, m, y), "%d-%02d-%02d" % (y, m, d), "%d %s %d" % (d, MONTHS[m - 1].title(), y),
                              "%02d.%02d.%d" % (d, m, y)])
            c = Case("positive", "chat/%s: date of birth typed" % industry)
            c.a("Can you confirm your date of birth?")
            c.c("DOB ", (val, "DOB"))
        elif v == 1:
            c = Case("positive", "call/%s: date of birth spoken" % industry)
            c.a("and your date of birth please")
            c.c((asr_date(d, m, y), "DOB"))
        else:
            c = Case("positive", "call/%s: DOB with a non-birth appointment date nearby (unlabelled)" % industry)
            c.a("so your appointment is on the %s of %s can i confirm your date of birth" % (ORD[rng.randint(1, 19)],
                                                                                           MONTHS[rng.randint(0, 11)]))
            c.c("yes i was born ", (asr_date(d, m, y), "DOB"))
        out.append(c)
    return out


def postcode_cases():
    out = []
    for k in range(16):
        industry = ind()
        v = k % 4
        if v == 0:
            pc = gen_ukpc()
            c = Case("positive", "chat/%s: UK postcode typed" % industry)
            c.a("Can I take your postcode?")
            c.c((rng.choice([pc, pc.lower(), pc.replace(" ", "")]), "POSTCODE"))
        elif v == 1:
            pc = gen_ukpc()
            sp = " ".join(say_letter(ch, rng.choice(["plain", "plain", "for", "nato"])) if ch.isalpha() else say_digit(ch, "uk")
                          for ch in pc.replace(" ", ""))
            c = Case("positive", "call/%s: UK postcode spelled out" % industry)
            c.a("and the postcode")
            c.c((sp, "POSTCODE"))
        elif v == 2:
            z = gen_zip()
            c = Case("positive", "chat/%s: US ZIP code typed" % industry)
            c.a("What's your billing zip?")
            c.c("zip ", (z, "POSTCODE"))
        else:
            z = gen_zip()[:5]
            c = Case("positive", "call/%s: US ZIP spoken" % industry)
            c.a("zip code for the billing address")
            c.c("it's ", (say_digits(z, "us"), "POSTCODE"))
        out.append(c)
    return out


def address_cases():
    out = []
    for k in range(16):
        industry = ind()
        v = k % 3
        if v == 0:
            addr = gen_address(False)
            pc = gen_ukpc()
            c = Case("positive", "chat/%s: street address and postcode typed" % industry)
            c.a("What's the delivery address?")
            c.c((addr, "ADDRESS"), ", %s, " % rng.choice(["Leeds", "Manchester", "Bristol", "Glasgow", "Cardiff"]),
                (pc, "POSTCODE"))
        elif v == 1:
            addr = gen_address(True)
            c = Case("positive", "call/%s: street address spoken" % industry)
            c.a("and the first line of the address")
            c.c("it's ", (addr, "ADDRESS"))
        else:
            addr = "%d %s %s" % (rng.randint(100, 9999), rng.choice(["Maple", "Oak", "Sunset", "Lincoln", "Washington"]),
                                 rng.choice(US_SUFFIX))
            z = gen_zip()
            c = Case("positive", "chat/%s: US street address with ZIP" % industry)
            c.c("ship to ", (addr, "ADDRESS"), ", %s, %s " % (rng.choice(["Austin", "Denver", "Tampa", "Boise"]),
                                                            rng.choice(["TX", "CO", "FL", "ID"])), (z, "POSTCODE"))
        out.append(c)
    return out


# --------------------------------------------------------------------------
# negatives
# --------------------------------------------------------------------------
def negative_cases():
    out = []
    makers = []

    def n1():
        amt = rng.randint(100, 9999)
        c = Case("negative", "call/utilities: bill amount spoken with hundreds and pence")
        c.a("your outstanding balance is %s pounds and %s pence" % (say_money(amt),
                                                                    say_number(rng.randint(1, 99))))
        c.c("right that's a lot can i pay half now")
        return c

    def n2():
        ref = rdigits(rng.randint(7, 10))
        c = Case("negative", "call/retail: order number read digit by digit with its reference word")
        c.a("can i take the order number")
        c.c("yeah the order number is " + say_digits(ref, "uk"))
        return c

    def n3():
        c = Case("negative", "chat/telecom: ticket reference typed")
        c.c("my ticket ref is %s and nobody has called back" % rng.choice(["INC" + rdigits(7), "#" + rdigits(8), "TKT-" + rdigits(6)]))
        return c

    def n4():
        c = Case("negative", "call/travel: flight number, times and gate")
        c.a("your flight %s %s departs at %s and boards at gate %s" % (rng.choice(["b a", "e i", "f r", "u a"]),
            say_digits(rdigits(4), "us"), rng.choice(["ten forty five", "six fifteen", "nineteen thirty"]),
            say_number(rng.randint(1, 60))))
        c.c("okay great")
        return c

    def n5():
        c = Case("negative", "call/utilities: meter reading spoken digit by digit")
        c.a("can you read me the numbers on the meter")
        c.c("it says " + say_digits(rdigits(5), "uk") + " and then the red ones are " + say_digits(rdigits(1), "uk"))
        return c

    def n6():
        y = rng.randint(2024, 2027)
        c = Case("negative", "call/banking: payment date and amount, not a birth date")
        c.a("the next payment of %s pounds comes out on the %s of %s %s" % (say_number(rng.randint(20, 500)),
            ORD[rng.randint(1, 19)], MONTHS[rng.randint(0, 11)], "twenty " + say_number(y - 2000)))
        c.c("okay thanks")
        return c

    def n7():
        c = Case("negative", "chat/retail: product model number and price")
        c.c("is the %s in stock? site says £%d.%02d" % (rng.choice(["SM-G99%dB" % rng.randint(0, 9), "WM%d-%dX" % (rng.randint(1000, 9999), rng.randint(10, 99)),
                                                                    "KDL-%dW%d" % (rng.randint(32, 65), rng.randint(600, 999))]),
                                                       rng.randint(99, 1999), rng.randint(0, 99)))
        c.a("Yes, we have %d units at the warehouse." % rng.randint(2, 40))
        return c

    def n8():
        c = Case("negative", "call/healthcare billing: age, claim number and year")
        c.a("and how old is the patient")
        c.c("she's %s" % say_number(rng.randint(20, 95)))
        c.a("and the claim number")
        c.c("claim number " + say_digits(rdigits(9), "us") + " from " + say_pairs(str(rng.randint(2019, 2025))))
        return c

    def n9():
        c = Case("negative", "call/telecom: broadband speeds and percentages")
        c.c("i'm paying for %s megabits and getting like %s that's %s percent" % (say_number(rng.randint(100, 900)),
            say_number(rng.randint(10, 90)), say_number(rng.randint(5, 60))))
        c.a("i'm sorry to hear that let me run a line test it takes about %s minutes" % say_number(rng.randint(2, 15)))
        return c

    def n10():
        c = Case("negative", "chat/banking: account balance and transaction amounts")
        c.a("Your available balance is $%s.%02d and the pending amount is $%d.%02d" % (
            "{:,}".format(rng.randint(1000, 99999)), rng.randint(0, 99), rng.randint(10, 999), rng.randint(0, 99)))
        c.c("ok so 2 transactions are still pending")
        return c

    def n11():
        c = Case("negative", "call/travel: hotel room number, nights and check-in time")
        c.a("you're in room %s for %s nights check in from %s" % (say_digits(str(rng.randint(100, 999)), "us"),
            say_number(rng.randint(2, 14)), rng.choice(["three pm", "two o'clock", "fourteen hundred"])))
        c.c("perfect")
        return c

    def n12():
        c = Case("negative", "call/insurance: policy reference number with its reference word, pairs")
        c.a("do you have your policy reference")
        c.c("yes policy number " + say_pairs(rdigits(8)))
        return c

    def n13():
        c = Case("negative", "chat/utilities: invoice number and due date")
        c.c("Invoice %s says due %02d/%02d/%d for £%d.%02d" % (rdigits(rng.randint(6, 10)), rng.randint(1, 28), rng.randint(1, 12),
                                                             rng.randint(2025, 2026), rng.randint(20, 300), rng.randint(0, 99)))
        return c

    def n14():
        c = Case("negative", "call/retail: quantities, sizes and delivery window")
        c.c("i ordered %s of the size %s and only %s arrived between %s and %s" % (
            say_number(rng.randint(2, 12)), say_number(rng.randint(6, 16)), say_number(rng.randint(1, 5)),
            rng.choice(["eight", "nine", "ten"]), rng.choice(["twelve", "one", "two"])))
        return c

    def n15():
        c = Case("negative", "call/utilities: temperature, boiler model and contract start year")
        c.c("the boiler's a %s and it's only heating to %s degrees we've had it since %s" % (
            rng.choice(["worcester four forty", "combi twenty four", "vaillant eco tec plus eight three two"]),
            say_number(rng.randint(15, 40)), say_pairs(str(rng.randint(2008, 2022)))))
        return c

    def n16():
        c = Case("negative", "call/government services: case reference spoken in pairs with reference word")
        c.a("have you got a case reference")
        c.c("case reference " + say_pairs(rdigits(10)))
        return c

    def n17():
        c = Case("negative", "chat/travel: booking reference and flight times")
        c.c("booking ref %s, flight %s%d leaves %02d:%02d arrives %02d:%02d" % (
            "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(6)), rng.choice(["BA", "EI", "FR", "UA", "DL"]),
            rng.randint(10, 9999), rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 23), rng.randint(0, 59)))
        return c

    def n18():
        c = Case("negative", "call/banking: contract durations and interest rate")
        c.a("that's fixed for %s months at %s point %s percent" % (say_number(rng.choice([12, 24, 36, 60])),
            say_number(rng.randint(1, 9)), say_digits(rdigits(2), "us")))
        c.c("and what's the monthly payment")
        c.a("it'd be %s pounds %s a month" % (say_number(rng.randint(100, 999)), say_number(rng.randint(1, 99))))
        return c

    def n19():
        c = Case("negative", "call/telecom: contract start date and number of lines")
        c.c("we started the contract on the %s of %s twenty %s and we've got %s lines" % (
            ORD[rng.randint(1, 19)], MONTHS[rng.randint(0, 11)], say_number(rng.randint(19, 25)), say_number(rng.randint(2, 9))))
        return c

    def n20():
        c = Case("negative", "call/retail: order number split over turns with the reference word first")
        ref = rdigits(8)
        c.a("what's the order number")
        c.c("order number " + say_digits(ref[:4], "uk"))
        c.a(ack())
        c.c(say_digits(ref[4:], "uk") + " that's the order number")
        return c

    def n21():
        c = Case("negative", "chat/retail: tracking count, days and a year")
        c.c("I've waited %d days, placed it on %d %s %d, item #%d" % (rng.randint(3, 30), rng.randint(1, 28),
            MONTHS[rng.randint(0, 11)].title(), rng.randint(2025, 2026), rng.randint(100000, 9999999)))
        return c

    def n22():
        c = Case("negative", "call/insurance: vehicle mileage, engine size and year of car")
        c.c("it's a %s with %s thousand miles on it one point %s litre" % (say_pairs(str(rng.randint(2010, 2024))),
            say_number(rng.randint(10, 99)), say_number(rng.randint(2, 9))))
        return c

    def n23():
        c = Case("negative", "call/healthcare billing: appointment time and date, not a DOB")
        c.a("i can book you in on %s the %s at %s" % (rng.choice(["monday", "tuesday", "friday"]), ORD[rng.randint(1, 19)],
            rng.choice(["nine fifteen", "half two", "eleven forty five", "quarter past four"])))
        c.c("yeah that's fine")
        return c

    def n24():
        c = Case("negative", "call/utilities: hold duration and number of previous calls")
        c.c("i've been on hold %s minutes and this is the %s time i've called" % (say_number(rng.randint(20, 59)),
            rng.choice(["third", "fourth", "fifth"])))
        return c

    def n25():
        c = Case("negative", "chat/banking: last four digits only and a reference number")
        c.a("Is it the card ending %s? Your dispute ref is %s." % (rdigits(4), rdigits(8)))
        c.c("yes that one")
        return c

    def n26():
        c = Case("negative", "call/telecom: data allowance, price and minutes")
        c.a("the plan gives you %s gig of data and %s minutes for %s ninety nine a month" % (
            say_number(rng.randint(5, 100)), say_number(rng.choice([500, 1000, 300])) if rng.random() < 0.5 else "unlimited",
            say_number(rng.randint(10, 60))))
        c.c("okay")
        return c

    def n27():
        c = Case("negative", "call/banking: amount read digit-like plus a transaction reference")
        c.a("i can see a payment of %s pounds %s on the %s reference %s" % (say_money(rng.randint(1000, 9999)),
            say_number(rng.randint(1, 99)), ORD[rng.randint(1, 19)], say_digits(rdigits(6), "uk")))
        c.c("that's not mine i didn't make that")
        return c

    def n28():
        c = Case("negative", "chat/telecom: phone model, storage, price per month and contract length")
        c.c("Can I upgrade to the iPhone %d Pro %dGB? It says £%d.%02d/month over %d months" % (
            rng.randint(13, 17), rng.choice([128, 256, 512]), rng.randint(30, 80), rng.randint(0, 99), rng.choice([24, 36])))
        return c

    def n29():
        c = Case("negative", "call/utilities: smart meter readings for day and night rates")
        c.c("day rate says %s and night is %s" % (say_pairs(rdigits(4)) if rng.random() < 0.5 else say_digits(rdigits(5), "uk"),
                                                  say_digits(rdigits(5), "uk")))
        c.a("thank you i'll put those through as actual readings")
        return c

    def n30():
        c = Case("negative", "call/travel: seat numbers, baggage weight and terminal")
        c.a("i've got you in seats %s a and %s b with %s kilos of hold luggage from terminal %s" % (
            say_number(rng.randint(1, 40)), say_number(rng.randint(1, 40)), say_number(rng.choice([15, 20, 23, 32])),
            say_number(rng.randint(1, 5))))
        c.c("brilliant thanks")
        return c

    def n31():
        c = Case("negative", "chat/government services: application reference typed with letters and a date")
        c.c("my application ref is %s%s submitted on %d/%d/%d, it's been %d weeks" % (
            rng.choice(["APP", "PIP", "UC", "HMRC"]), rdigits(rng.randint(6, 9)), rng.randint(1, 28), rng.randint(1, 12),
            rng.randint(2025, 2026), rng.randint(2, 12)))
        return c

    def n32():
        c = Case("negative", "call/healthcare billing: invoice amount, patient count and extension number")
        c.a("the invoice total is %s dollars and %s cents you can call billing on extension %s" % (
            say_money(rng.randint(100, 5000)), say_number(rng.randint(1, 99)), say_digits(rdigits(4), "us")))
        c.c("got it")
        return c

    def n33():
        c = Case("negative", "call/retail: voucher amount, percentage discount and order number in pairs")
        c.a("i've applied a %s percent discount and a %s pound voucher to order %s" % (say_number(rng.choice([10, 15, 20, 25])),
            say_number(rng.choice([5, 10, 20])), say_pairs(rdigits(8))))
        c.c("thanks that's great")
        return c

    def n34():
        c = Case("negative", "call/insurance: claim number spoken in groups over two turns, excess amount")
        ref = rdigits(9)
        c.a("have you got your claim number to hand")
        c.c("claim number " + say_digits(ref[:3], "uk") + " " + say_digits(ref[3:6], "uk"))
        c.a(ack())
        c.c(say_digits(ref[6:], "uk") + " and the excess was %s pounds" % say_number(rng.choice([100, 250, 350, 500])))
        return c

    def n35():
        c = Case("negative", "chat/banking: interest rate, APR, loan term and monthly repayment")
        c.a("Representative %d.%d%% APR, %d monthly repayments of £%d.%02d, total payable £%s.%02d" % (
            rng.randint(3, 29), rng.randint(0, 9), rng.choice([12, 24, 36, 48, 60]), rng.randint(50, 900), rng.randint(0, 99),
            "{:,}".format(rng.randint(1000, 30000)), rng.randint(0, 99)))
        return c

    def n36():
        c = Case("negative", "call/telecom: engineer visit slot and router model")
        c.a("the engineer will come on the %s between %s and %s and bring a %s" % (ORD[rng.randint(1, 19)],
            rng.choice(["eight", "nine", "one"]), rng.choice(["twelve", "one", "six"]),
            rng.choice(["hub five", "smart hub two", "router model t c four four zero zero"])))
        c.c("okay")
        return c

    def n37():
        c = Case("negative", "call/government services: age of children, years at address and a tax year")
        c.c("i've got %s kids aged %s and %s and we've been at the address %s years this is for the %s %s tax year" % (
            say_number(2), say_number(rng.randint(2, 9)), say_number(rng.randint(10, 17)), say_number(rng.randint(2, 30)),
            "twenty " + say_number(rng.randint(21, 25)), say_number(rng.randint(22, 26))))
        return c

    def n38():
        c = Case("negative", "chat/retail: parcel weight, dimensions and tracking reference")
        c.c("parcel is %.1fkg, %dx%dx%dcm, tracking ref %s" % (rng.uniform(0.5, 25), rng.randint(10, 80), rng.randint(10, 60),
                                                             rng.randint(5, 40), rdigits(10)))
        return c

    makers = [n1, n2, n3, n4, n5, n6, n7, n8, n9, n10, n11, n12, n13, n14, n15, n16, n17, n18, n19, n20,
              n21, n22, n23, n24, n25, n26, n27, n28, n29, n30, n31, n32, n33, n34, n35, n36, n37, n38]
    for k in range(122):
        out.append(makers[k % len(makers)]())
    return out


# --------------------------------------------------------------------------
def build():
    global rng
    rng = random.Random(SEED)
    pos = []
    for f in (card_cases, ssn_cases, ni_cases, cvv_cases, expiry_cases, bank_cases, iban_cases, phone_cases,
              email_cases, dob_cases, postcode_cases, address_cases):
        pos += f()
    rng.shuffle(pos)
    neg = negative_cases()
    rng.shuffle(neg)
    for i, c in enumerate(pos, 1):
        c.id = "h88-pos-%03d" % i
    for i, c in enumerate(neg, 1):
        c.id = "h88-neg-%03d" % i
    return pos + neg


def to_jsonl(cases) -> str:
    lines = []
    for c in cases:
        lines.append(json.dumps({"id": c.id, "kind": c.kind, "turns": c.turns, "spans": c.spans, "note": c.note},
                                ensure_ascii=False))
    return "\n".join(lines) + "\n"


def verify(cases) -> tuple[list[str], Counter, int, int]:
    errs = []
    counts = Counter()
    ids = set()
    npos = nneg = 0
    for c in cases:
        if c.id in ids:
            errs.append("duplicate id " + c.id)
        ids.add(c.id)
        if c.kind == "positive":
            npos += 1
            if not c.spans:
                errs.append(c.id + ": positive without spans")
        else:
            nneg += 1
            if c.spans:
                errs.append(c.id + ": negative with spans")
        if not c.note or not c.turns:
            errs.append(c.id + ": missing note/turns")
        for t in c.turns:
            if t["speaker"] not in ("agent", "customer") or not t["text"]:
                errs.append(c.id + ": bad turn")
        by_turn = defaultdict(list)
        for s in c.spans:
            counts[s["type"]] += 1
            if s["type"] not in TYPES:
                errs.append(c.id + ": bad type " + s["type"])
            if not (0 <= s["turn"] < len(c.turns)):
                errs.append(c.id + ": turn out of range")
                continue
            text = c.turns[s["turn"]]["text"]
            a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(text)):
                errs.append(c.id + ": offsets out of range")
                continue
            seg = text[a:b]
            if seg != seg.strip():
                errs.append(c.id + ": span has outer whitespace %r" % seg)
            if a > 0 and text[a - 1].isalnum() and seg[0].isalnum():
                errs.append(c.id + ": span start not on word boundary %r" % seg)
            if b < len(text) and text[b].isalnum() and seg[-1].isalnum():
                errs.append(c.id + ": span end not on word boundary %r" % seg)
            by_turn[s["turn"]].append((a, b))
        for t, lst in by_turn.items():
            lst.sort()
            for (a1, b1), (a2, b2) in zip(lst, lst[1:]):
                if a2 < b1:
                    errs.append(c.id + ": overlapping spans")
        for gid, (typ, parts) in c.groups.items():
            e = validate(typ, list(parts))
            if e:
                errs.append("%s: %s (%r)" % (c.id, e, " | ".join(parts)))
        for typ, val in c.frags:
            v = normalise(val)
            if not v.isalnum() or not v.isupper() and not v.isdigit():
                errs.append("%s: bad fragment %r" % (c.id, val))
    for typ in TYPES:
        need = 30 if typ in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
        if counts[typ] < need:
            errs.append("type %s has only %d spans (need %d)" % (typ, counts[typ], need))
    if npos < 170:
        errs.append("only %d positives" % npos)
    if nneg < 100:
        errs.append("only %d negatives" % nneg)
    return errs, counts, npos, nneg


def readme(counts, npos, nneg) -> str:
    rows = "\n".join("| %s | %d |" % (t, counts[t]) for t in TYPES)
    return f"""# pii_holdout88 — held-out PII redaction evaluation set

**Never use this set for tuning.** It exists only to measure the redactor on data
it was not developed against.

## Who wrote it and how

Written by an AI helper acting as an independent test author. The author did not
read the redaction code, its tests, its docs, the benchmark or any other fixture;
the only input was a three-line example of the JSONL format. Cases are produced by
`scripts/make_pii_holdout88.py` from template functions: each turn is assembled
from plain-text segments and (value, TYPE) segments, so offsets are computed,
never typed by hand. All values come from one `random.Random({SEED})`; the output
is byte-for-byte reproducible (`--check` regenerates and compares).

## Contents

- {npos} positive cases, {nneg} negative cases ({npos + nneg} total).
- Chat (typed, mixed case, odd separators) and phone calls written as an ASR
  transcript (lower case, numbers as words, "oh"/"o"/"nought"/"zero", "double"/
  "triple", pairs like "forty one eleven", "four hundred and twelve", letters as
  "b for bravo" / NATO words / letter names like "jay", "bee", ASR homophones
  "to"/"for"/"ate"/"won" for digits).
- Industries: banking, telecom, utilities, retail, insurance, travel, healthcare
  billing, government services; US, UK, Irish and EU values.
- Emphasis on CARD_NUMBER, NI_NUMBER and SSN: typed with every common separator,
  spoken digit-by-digit, in pairs, with doubles, split across turns with agent
  back-channels, interrupted by fillers, self-corrected, and read back by the agent.

## Annotation conventions

- A span covers the value only, from its first to its last character/word:
  not the lead-in ("it's", "card number is", "sort code"), not trailing chat.
- Filler words or pauses that interrupt a reading ("um", "hang on") are **outside**
  spans: the value is labelled as several spans of the same type around them.
- A value split over several turns gets one span per turn, all of the same type.
- Self-corrections: both the wrong reading and the corrected reading are labelled
  with the value's type (both are the caller's PII); the correction words
  ("no sorry", "no wait") are not.
- Agent read-backs of a value are labelled like the customer's reading.
- Separators inside a value (typed spaces, dashes, dots, slashes, underscores; ASR
  commas/full stops between groups; the spoken word "dash") are inside the span.
- Spoken letters are labelled with their spelling aid: "b for bravo" is wholly inside
  an NI_NUMBER / POSTCODE / IBAN span.
- CARD_NUMBER: full PAN only (Luhn-valid, 13–19 digits). CVV / EXPIRY only in
  payment context. DOB only when it is the person's birth date; a year in the DOB
  is part of the span. ADDRESS: house/flat number through the street type
  ("14 Elm Grove", "flat three twenty two mill lane"); town, state and country are not
  labelled; postcodes / ZIP codes are labelled separately as POSTCODE.
- EMAIL spoken forms include the "dot"/"at" words inside the span.
- Negatives contain lookalikes only (amounts, balances, times, durations, counts,
  years, percentages, non-birth dates, order/ticket/claim/policy/invoice/case
  references of at most 10 digits with their reference word, flight and room
  numbers, model numbers, meter readings, speeds, ages, temperatures, card
  "ending in" last four digits). Nothing in a negative case should be redacted.

## Span counts per type

| type | spans |
|---|---|
{rows}

`python scripts/make_pii_holdout88.py --check` verifies reproducibility, unique ids,
offsets and word boundaries, non-overlap, and validates every labelled value after
normalising spoken forms (Luhn, mod-97, NI format, SSN rules, digit counts,
postcode shapes).
"""


def main():
    cases = build()
    errs, counts, npos, nneg = verify(cases)
    data = to_jsonl(cases)
    rd = readme(counts, npos, nneg)
    if "--check" in sys.argv:
        if not CASES.exists() or CASES.read_text(encoding="utf-8") != data:
            errs.append("cases.jsonl differs from regenerated output")
        if not README.exists() or README.read_text(encoding="utf-8") != rd:
            errs.append("README.md differs from regenerated output")
        # also re-verify the file on disk (offsets in range)
        if CASES.exists():
            for ln, line in enumerate(CASES.read_text(encoding="utf-8").splitlines(), 1):
                try:
                    obj = json.loads(line)
                    for s in obj["spans"]:
                        if not (0 <= s["start"] < s["end"] <= len(obj["turns"][s["turn"]]["text"])):
                            errs.append(obj["id"] + ": offsets out of range on disk")
                except (ValueError, KeyError, IndexError, TypeError) as exc:
                    errs.append("cases.jsonl line %d unreadable: %s" % (ln, exc))
    else:
        OUT_DIR.mkdir(parents=True, exist_ok=True)
        CASES.write_text(data, encoding="utf-8")
        README.write_text(rd, encoding="utf-8")
    print("positives=%d negatives=%d total=%d" % (npos, nneg, npos + nneg))
    for t in TYPES:
        print("  %-13s %d" % (t, counts[t]))
    if errs:
        print("PROBLEMS (%d):" % len(errs))
        for e in errs[:80]:
            print("  " + e)
        sys.exit(1)
    print("OK" + (" (check passed)" if "--check" in sys.argv else " (written)"))


if __name__ == "__main__":
    main()

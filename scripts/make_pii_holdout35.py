#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set "pii_holdout35".

Written by an AI helper acting as an independent test author; it never saw
the redaction code.  Standard library only.  Output is byte-for-byte
reproducible from one seeded random.Random.

    python scripts/make_pii_holdout35.py          # write fixture + README
    python scripts/make_pii_holdout35.py --check  # regenerate and verify
"""
from __future__ import annotations

import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

SEED = 35241123
ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "tests" / "fixtures" / "pii_holdout35"
CASES = OUT_DIR / "cases.jsonl"
README = OUT_DIR / "README.md"
PREFIX = "h35"

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]
MIN_SPANS = {t: 12 for t in TYPES}
MIN_SPANS.update({"CARD_NUMBER": 30, "NI_NUMBER": 30, "SSN": 30})

# ---------------------------------------------------------------- words
DIG = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy",
        8: "eighty", 9: "ninety"}
ORD_UNITS = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh",
             "eighth", "ninth"]
ORD_TEENS = ["tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
             "sixteenth", "seventeenth", "eighteenth", "nineteenth"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo",
        "f": "foxtrot", "g": "golf", "h": "hotel", "i": "india", "j": "juliet",
        "k": "kilo", "l": "lima", "m": "mike", "n": "november", "o": "oscar",
        "p": "papa", "q": "quebec", "r": "romeo", "s": "sierra", "t": "tango",
        "u": "uniform", "v": "victor", "w": "whiskey", "x": "x-ray", "y": "yankee",
        "z": "zulu"}
# words people (or the recogniser) use for letters instead of NATO
FRIENDLY = {"a": "apple", "b": "bob", "c": "cat", "d": "david", "e": "edward",
            "g": "george", "h": "harry", "j": "john", "k": "king", "l": "london",
            "m": "mary", "n": "nancy", "p": "peter", "r": "robert", "s": "sugar",
            "t": "tommy", "w": "william", "y": "yellow", "z": "zebra"}
HOMOPHONE = {"b": "bee", "c": "see", "j": "jay", "k": "kay", "p": "pee", "r": "are",
             "t": "tea", "y": "why", "x": "ex", "q": "queue", "u": "you"}
FILLERS = {"um", "uh", "er", "erm", "hmm"}
STREET_SUFFIX = {"street", "road", "avenue", "lane", "drive", "close", "way", "crescent",
                 "terrace", "place", "court", "boulevard", "gardens", "grove", "st", "rd",
                 "ave", "ln", "dr", "blvd", "park"}

# ---------------------------------------------------------------- normaliser
_WORD_TO_DIGIT = {w: str(i) for i, w in enumerate(DIG)}
_WORD_TO_DIGIT.update({"oh": "0", "o": "0", "nought": "0", "naught": "0", "to": "2",
                       "too": "2", "ate": "8"})
_LETTER_WORD = {}
for _l, _w in NATO.items():
    _LETTER_WORD[_w] = _l
for _l, _w in FRIENDLY.items():
    _LETTER_WORD[_w] = _l
for _l, _w in HOMOPHONE.items():
    _LETTER_WORD[_w] = _l
_ORD = {w: str(i) for i, w in enumerate(ORD_UNITS) if w}
_ORD.update({w: str(10 + i) for i, w in enumerate(ORD_TEENS)})
_ORD.update({"twentieth": "20", "thirtieth": "30"})
_SYM = {"dot": ".", "at": "@", "underscore": "_", "dash": "-", "hyphen": "-",
        "plus": "+", "slash": "/"}
_SPELL_MARKERS = {"for", "as", "like"}
_SPELL_WORDS = set(NATO.values()) | set(FRIENDLY.values())


def spoken_tokens(text: str) -> list[str]:
    """Turn a spoken (ASR style) reading into a list of pieces."""
    toks = re.findall(r"x-ray|[a-z']+|\d+|[@.+_\-/]", text.lower())
    out: list[str] = []
    i = 0
    n = len(toks)
    while i < n:
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < n else None
        if t in FILLERS or t in ("and", "the", "of", "sorry"):
            i += 1
            continue
        # "b for bravo", "b as in bravo", "b like bob": drop the marker + word
        if t in _SPELL_MARKERS and nxt is not None:
            if t == "as" and nxt == "in" and i + 2 < n and toks[i + 2] in _LETTER_WORD:
                i += 3
                continue
            if nxt in _SPELL_WORDS:
                i += 2
                continue
        if t in ("double", "triple") and nxt is not None:
            k = 2 if t == "double" else 3
            if nxt in _WORD_TO_DIGIT:
                out.extend([_WORD_TO_DIGIT[nxt]] * k)
            elif len(nxt) == 1:
                out.extend([nxt] * k)
            elif nxt in _LETTER_WORD:
                out.extend([_LETTER_WORD[nxt]] * k)
            else:
                out.append(t)
                i += 1
                continue
            i += 2
            continue
        if t == "o" and nxt in ("for", "as") and i + 2 < n and toks[i + 2] in ("oscar", "in"):
            out.append("o")
        elif t in _WORD_TO_DIGIT:
            out.append(_WORD_TO_DIGIT[t])
        elif t == "for":
            out.append("4")
        elif t in TEENS:
            out.append(str(10 + TEENS.index(t)))
        elif t in TENS.values():
            tv = [k for k, v in TENS.items() if v == t][0]
            if nxt in DIG[1:]:
                out.append(str(tv) + _WORD_TO_DIGIT[nxt])
                i += 2
                continue
            if nxt in ORD_UNITS[1:]:
                out.append(str(tv) + str(ORD_UNITS.index(nxt)))
                i += 2
                continue
            out.append(str(tv) + "0")
        elif t == "hundred":
            out.append("00")
        elif t == "thousand":
            out.append("000")
        elif t in _ORD:
            out.append(_ORD[t])
        elif t in _SYM:
            out.append(_SYM[t])
        elif t in _LETTER_WORD:
            out.append(_LETTER_WORD[t])
        elif t in MONTHS:
            out.append("<" + t + ">")
        else:
            out.append(t)
        i += 1
    return out


def is_spoken(text: str) -> bool:
    return not re.search(r"\d", text)


def compact(text: str) -> str:
    """Letters and digits of a reading, spoken forms resolved, upper-cased."""
    if is_spoken(text):
        pieces = spoken_tokens(text)
        return re.sub(r"[^A-Z0-9]", "", "".join(p for p in pieces if not p.startswith("<")).upper())
    return re.sub(r"[^A-Za-z0-9]", "", text).upper()


def luhn_ok(d: str) -> bool:
    tot = 0
    for i, ch in enumerate(reversed(d)):
        v = int(ch)
        if i % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        tot += v
    return tot % 10 == 0


def iban_ok(s: str) -> bool:
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in r)
    return int(num) % 97 == 1


NI_FIRST = "ABCEGHJKLMNPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"
NI_BAD = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}
UK_PC_RE = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[ABD-HJLNP-UW-Z]{2}$")


def _month_and_numbers(text: str) -> tuple[bool, list[str]]:
    if is_spoken(text):
        pieces = spoken_tokens(text)
        has_month = any(p.startswith("<") for p in pieces)
        nums = [p for p in pieces if p.isdigit()]
    else:
        low = text.lower()
        has_month = any(m[:3] in low for m in MONTHS)
        nums = re.findall(r"\d+", text)
    return has_month, nums


def validate(typ: str, text: str) -> str | None:
    """Return None if the reading is a valid value of typ, else a message."""
    c = compact(text)
    if typ == "CARD_NUMBER":
        if not (c.isdigit() and 13 <= len(c) <= 19 and luhn_ok(c)):
            return f"bad card {c}"
    elif typ == "CVV":
        if not (c.isdigit() and len(c) in (3, 4)):
            return f"bad cvv {c}"
    elif typ == "SSN":
        if not (c.isdigit() and len(c) == 9 and c[:3] not in ("000", "666")
                and c[0] != "9" and c[3:5] != "00" and c[5:] != "0000"):
            return f"bad ssn {c}"
    elif typ == "NI_NUMBER":
        if not re.fullmatch(r"[A-Z]{2}\d{6}[A-D]", c) or c[0] not in NI_FIRST \
                or c[1] not in NI_SECOND or c[:2] in NI_BAD:
            return f"bad ni {c}"
    elif typ == "BANK_ACCOUNT":
        if not (c.isdigit() and 6 <= len(c) <= 12):
            return f"bad account {c}"
    elif typ == "SORT_CODE":
        if not (c.isdigit() and len(c) == 6):
            return f"bad sort code {c}"
    elif typ == "IBAN":
        if not iban_ok(c):
            return f"bad iban {c}"
    elif typ == "PHONE":
        if not (c.isdigit() and 10 <= len(c) <= 13):
            return f"bad phone {c}"
    elif typ == "EMAIL":
        if is_spoken(text) or "@" not in text:
            e = "".join(spoken_tokens(text)) if is_spoken(text) else text
        else:
            e = text
        if not re.fullmatch(r"[a-z0-9._\-]+@[a-z0-9\-]+(\.[a-z0-9\-]+)+", e.lower()):
            return f"bad email {e}"
    elif typ == "POSTCODE":
        if not (UK_PC_RE.match(c) or re.fullmatch(r"\d{5}(\d{4})?", c)):
            return f"bad postcode {c}"
    elif typ == "EXPIRY":
        has_month, nums = _month_and_numbers(text)
        if has_month:
            if not nums or not all(len(x) in (2, 4) for x in nums[-1:]):
                return f"bad expiry {text}"
        else:
            d = "".join(nums)
            if "/" in text or (is_spoken(text) and "/" in spoken_tokens(text)):
                parts = [p for p in re.split(r"/", "".join(spoken_tokens(text)) if is_spoken(text) else text)]
                parts = [re.sub(r"\D", "", p) for p in parts]
                parts = [p for p in parts if p]
                if len(parts) != 2 or not (1 <= int(parts[0]) <= 12) or len(parts[1]) not in (2, 4):
                    return f"bad expiry {text}"
            elif not (len(d) in (4, 6) and 1 <= int(d[:2]) <= 12):
                return f"bad expiry {text}"
    elif typ == "DOB":
        has_month, nums = _month_and_numbers(text)
        d = "".join(nums)
        if has_month:
            if not nums:
                return f"bad dob {text}"
        elif len(nums) == 3:
            if not (all(1 <= len(x) <= 2 for x in nums[:2]) and len(nums[2]) in (2, 4)):
                return f"bad dob {text}"
        elif not (len(d) in (6, 8)):
            return f"bad dob {text}"
    elif typ == "ADDRESS":
        low = text.lower()
        words = re.findall(r"[a-z]+", low)
        has_num = bool(re.search(r"\d", low)) or any(
            p.isdigit() for p in spoken_tokens(low))
        if not (has_num and any(w in STREET_SUFFIX for w in words)):
            return f"bad address {text}"
    else:
        return f"unknown type {typ}"
    return None


# ---------------------------------------------------------------- value makers
R = random.Random(SEED)


def ch(seq):
    return R.choice(seq)


def digits(n: int, first_nonzero: bool = False) -> str:
    s = "".join(str(R.randrange(10)) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = str(R.randrange(1, 10)) + s[1:]
    return s


def luhn_complete(prefix: str, length: int) -> str:
    body = prefix + digits(length - len(prefix) - 1)
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def make_card() -> tuple[str, str]:
    kind = R.choices(["visa", "mc", "amex", "disc", "visa13", "maestro19"],
                     weights=[10, 8, 3, 2, 1, 1])[0]
    if kind == "visa":
        return luhn_complete("4" + digits(3), 16), kind
    if kind == "mc":
        return luhn_complete(ch(["51", "52", "53", "54", "55", "22"]) + digits(2), 16), kind
    if kind == "amex":
        return luhn_complete(ch(["34", "37"]), 15), kind
    if kind == "disc":
        return luhn_complete("6011", 16), kind
    if kind == "visa13":
        return luhn_complete("4", 13), kind
    return luhn_complete(ch(["6759", "6761", "5018"]), 19), kind


def card_groups(num: str) -> list[str]:
    if len(num) == 15:
        return [num[:4], num[4:10], num[10:]]
    if len(num) == 13:
        return [num[:4], num[4:7], num[7:10], num[10:]]
    if len(num) == 19:
        return [num[i:i + 4] for i in range(0, 16, 4)] + [num[16:]]
    return [num[i:i + 4] for i in range(0, 16, 4)]


def make_ssn() -> str:
    while True:
        a = R.randrange(1, 900)
        if a == 666:
            continue
        return f"{a:03d}{R.randrange(1, 100):02d}{R.randrange(1, 10000):04d}"


def make_ni() -> str:
    while True:
        p = ch(NI_FIRST) + ch(NI_SECOND)
        if p not in NI_BAD:
            return p + digits(6) + ch("ABCD")


def make_iban() -> str:
    cc = ch(["GB", "IE", "DE", "NL", "FR", "ES", "GB", "IE"])
    if cc == "GB":
        bban = ch(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + digits(14)
    elif cc == "IE":
        bban = ch(["AIBK", "BOFI", "IPBS"]) + digits(14)
    elif cc == "DE":
        bban = digits(18)
    elif cc == "NL":
        bban = ch(["ABNA", "RABO", "INGB"]) + digits(10)
    elif cc == "FR":
        bban = digits(23)
    else:
        bban = digits(20)
    r = bban + cc + "00"
    num = int("".join(str(int(c, 36)) for c in r))
    chk = 98 - num % 97
    return f"{cc}{chk:02d}{bban}"


def make_phone(region: str) -> tuple[str, str]:
    """Return (digits-with-plus, display) for a region."""
    if region == "UK":
        if R.random() < 0.7:
            d = "07" + ch(["700", "711", "723", "748", "795", "812", "903", "956"]) + digits(6)
        else:
            d = ch(["020", "0161", "0113", "0131", "0117"])
            d = d + digits(11 - len(d), True)
        if R.random() < 0.3:
            return "+44" + d[1:], "intl"
        return d, "nat"
    if region == "IE":
        d = ch(["083", "085", "086", "087", "089"]) + digits(7, True)
        if R.random() < 0.35:
            return "+353" + d[1:], "intl"
        return d, "nat"
    d = str(R.randrange(201, 990)) + str(R.randrange(200, 999)) + digits(4)
    if R.random() < 0.25:
        return "+1" + d, "intl"
    return d, "nat"


def make_uk_postcode() -> str:
    area = ch(["SW", "SE", "NW", "N", "E", "W", "M", "B", "LS", "G", "EH", "CF",
               "BS", "L", "NG", "LE", "CB", "BN", "RG", "PL", "EX", "WC", "EC", "DH"])
    district = str(R.randrange(1, 20)) if len(area) == 2 else str(R.randrange(1, 30))
    if area in ("WC", "EC", "SW") and R.random() < 0.3:
        district = str(R.randrange(1, 3)) + ch("ABHMNPRVWXY".replace("M", "").replace("V", ""))
    inward = str(R.randrange(1, 10)) + ch("ABDEFGHJLNPQRSTUWXYZ") + ch("ABDEFGHJLNPQRSTUWXYZ")
    return f"{area}{district} {inward}"


def make_zip() -> str:
    z = f"{R.randrange(1001, 99950):05d}"
    if R.random() < 0.25:
        z += "-" + digits(4)
    return z


FIRST = ["sarah", "james", "priya", "michael", "aoife", "liam", "fatima", "daniel",
         "grace", "tomasz", "chloe", "kevin", "niamh", "marcus", "elena", "raj",
         "hannah", "siobhan", "ben", "lucy", "ahmed", "jessica", "patrick", "mei"]
LAST = ["smith", "kelly", "patel", "murphy", "walsh", "nguyen", "brennan", "jones",
        "garcia", "hughes", "khan", "fischer", "reilly", "taylor", "davies", "byrne",
        "williams", "lewis", "chen", "evans"]
DOMAINS_UK = ["gmail.com", "hotmail.co.uk", "yahoo.co.uk", "btinternet.com", "outlook.com",
              "live.co.uk", "sky.com"]
DOMAINS_US = ["gmail.com", "yahoo.com", "aol.com", "outlook.com", "comcast.net", "icloud.com"]
DOMAINS_IE = ["gmail.com", "eircom.net", "hotmail.com", "outlook.ie"]
STREETS = ["elm", "queen's", "church", "station", "high", "park", "mill", "victoria",
           "oak", "maple", "main", "cedar", "king", "north", "willow", "chestnut",
           "meadow", "castle", "bridge", "orchard", "jefferson", "lincoln", "abbey"]
SUFFIX_UK = ["road", "street", "lane", "avenue", "close", "crescent", "drive", "grove",
             "terrace", "gardens", "way", "place"]
SUFFIX_US = ["street", "avenue", "drive", "boulevard", "lane", "road", "court", "way"]
TOWNS_UK = ["leeds", "bristol", "manchester", "cardiff", "glasgow", "reading", "norwich",
            "brighton", "york", "derby"]
TOWNS_US = ["columbus", "tucson", "denver", "albany", "raleigh", "omaha", "boise", "austin"]
TOWNS_IE = ["galway", "cork", "limerick", "sligo", "athlone", "drogheda"]


# ---------------------------------------------------------------- speaking
def zero_word(region: str) -> str:
    if region == "UK":
        return ch(["oh", "oh", "zero", "nought"])
    if region == "UKC":
        return "oh"
    if region == "IE":
        return ch(["oh", "oh", "zero"])
    return ch(["zero", "zero", "oh", "o"])


def say_digits(s: str, region: str = "UK", pairs: float = 0.12, dbl: float = 0.5,
               homo: float = 0.04, filler: float = 0.0) -> str:
    """Digits as an ASR transcript would render them."""
    out: list[str] = []
    i = 0
    n = len(s)
    zw = zero_word(region)

    def one(d: str) -> str:
        if d == "0":
            return zw if R.random() < 0.85 else zero_word(region)
        if d == "2" and R.random() < homo:
            return "to"
        if d == "8" and R.random() < homo:
            return "ate"
        if d == "4" and R.random() < homo:
            return "for"
        return DIG[int(d)]

    while i < n:
        d = s[i]
        run = 1
        while i + run < n and s[i + run] == d:
            run += 1
        if filler and out and R.random() < filler:
            out.append(ch(["um", "uh", "er"]))
        if run >= 3 and R.random() < dbl:
            out.append("triple " + one(d))
            i += 3
            continue
        if run >= 2 and R.random() < dbl:
            out.append("double " + one(d))
            i += 2
            continue
        if i + 1 < n and d != "0" and R.random() < pairs:
            e = s[i + 1]
            if d == "1":
                out.append(TEENS[int(e)])
                i += 2
                continue
            if e != "0":
                out.append(TENS[int(d)] + " " + DIG[int(e)])
                i += 2
                continue
        out.append(one(d))
        i += 1
    return " ".join(out)


def say_pairs(s: str, region: str = "UK") -> str:
    """Two-digit chunks: 'forty one eleven oh five'."""
    out = []
    if len(s) % 2:
        out.append(say_digits(s[0], region))
        s = s[1:]
    for k in range(0, len(s), 2):
        p = s[k:k + 2]
        last = k + 2 >= len(s)
        if p[0] == "0":
            out.append(zero_word(region) + " " + DIG[int(p[1])])
        elif p[0] == "1":
            out.append(TEENS[int(p[1])])
        elif p[1] == "0":
            nxt = s[k + 2:k + 4]
            bare_ok = not last and not (nxt[0] != "0" and nxt[1] == "0" and k + 4 >= len(s))
            out.append(TENS[int(p[0])] if bare_ok else DIG[int(p[0])] + " " + zero_word(region))
        else:
            out.append(TENS[int(p[0])] + " " + DIG[int(p[1])])
    return " ".join(out)


def num_words(n: int, us: bool = False) -> str:
    """Natural number words for amounts, ages, durations."""
    if n < 10:
        return DIG[n]
    if n < 20:
        return TEENS[n - 10]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else " " + DIG[n % 10])
    if n < 1000:
        h = ch(["a", "one"]) + " hundred" if n // 100 == 1 else DIG[n // 100] + " hundred"
        if n % 100 == 0:
            return h
        return h + (" " if us else " and ") + num_words(n % 100, us)
    th = num_words(n // 1000, us) + " thousand"
    if n % 1000 == 0:
        return th
    return th + (" and " if n % 1000 < 100 and not us else " ") + num_words(n % 1000, us)


def ordsuf(d: int) -> str:
    if d % 10 in (1, 2, 3) and d not in (11, 12, 13):
        return f"{d}{['st', 'nd', 'rd'][d % 10 - 1]}"
    return f"{d}th"


def say_letter(l: str, mode: str) -> str:
    l = l.lower()
    if l == "o":
        return f"o for {NATO['o']}"
    if mode == "nato":
        return f"{l} for {NATO[l]}" if R.random() < 0.7 else f"{l} as in {NATO[l]}"
    if mode == "friendly" and l in FRIENDLY:
        return f"{l} for {FRIENDLY[l]}"
    if mode == "homo" and l in HOMOPHONE and R.random() < 0.6:
        return HOMOPHONE[l]
    return l


def say_year(y: int) -> str:
    if y >= 2000:
        if y < 2010:
            return ch(["two thousand and " + DIG[y - 2000], "two thousand " + DIG[y - 2000]])
        return "twenty " + say_pairs(str(y)[2:])
    return say_pairs(str(y))


def say_day_ord(d: int) -> str:
    if d < 10:
        return ORD_UNITS[d]
    if d < 20:
        return ORD_TEENS[d - 10]
    if d == 20:
        return "twentieth"
    if d == 30:
        return "thirtieth"
    return TENS[d // 10] + " " + ORD_UNITS[d % 10]


# ---------------------------------------------------------------- case building
def seg_text(seg):
    return seg if isinstance(seg, str) else seg[0]


def build(turns, note: str, kind: str):
    out_turns = []
    spans = []
    for ti, (spk, segs) in enumerate(turns):
        text = ""
        for seg in segs:
            if isinstance(seg, str):
                text += seg
            else:
                val, typ = seg
                spans.append({"turn": ti, "start": len(text), "end": len(text) + len(val),
                              "type": typ})
                text += val
        out_turns.append({"speaker": spk, "text": text})
    return {"kind": kind, "turns": out_turns, "spans": spans, "note": note}


def A(*segs):
    return ("agent", list(segs))


def C(*segs):
    return ("customer", list(segs))


BACK = ["mhm", "okay", "yep", "okay go on", "uh huh", "yes", "right", "got that", "go on"]


def back():
    return A(ch(BACK))


def split_turns(parts, typ, lead="", tail_fill=0.3):
    """Customer turns each holding one part of a value, agent back-channels between."""
    turns = []
    for k, p in enumerate(parts):
        pre = lead if k == 0 else ch(["", "", "", "and ", "then ", "um "])
        post = ch([" um", " uh", "", ""]) if R.random() < tail_fill and k < len(parts) - 1 else ""
        turns.append(C(pre, (p, typ), post))
        if k < len(parts) - 1:
            turns.append(back())
    return turns


# ---------------------------------------------------------------- positive templates
CALL_IND = ["banking", "telecom", "utilities", "retail", "insurance", "travel",
            "healthcare billing", "government services"]


def region_pick():
    return ch(["UK", "UK", "US", "US", "IE"])


def cur(region):
    return {"UK": "£", "US": "$", "IE": "€"}[region]


def pos_card_chat():
    num, kind = make_card()
    g = card_groups(num)
    fmt = R.randrange(6)
    if fmt == 0:
        shown = " ".join(g)
    elif fmt == 1:
        shown = "-".join(g)
    elif fmt == 2:
        shown = num
    elif fmt == 3:
        shown = " ".join(g[:2]) + "" + " ".join([""] + g[2:]).replace(" ", "", 1)
    elif fmt == 4:
        shown = ".".join(g)
    else:
        shown = "  ".join(g)
    ind = ch(["retail", "telecom", "travel", "utilities", "insurance"])
    region = region_pick()
    amt = f"{cur(region)}{R.randrange(12, 900)}.{R.randrange(0, 100):02d}"
    intro = ch([f"hi can i pay the {amt} now? card is ", f"Card no: ",
                f"ok here's the card {ch(['', 'lol '])}", f"pls charge {amt} to ",
                "my new card number is ", "use this one instead → "])
    outro = ch(["", " thx", " - expires soon so be quick", ". cheers", " (debit card)",
                " ty!!", "\nthanks"])
    turns = [A(ch(["How would you like to pay today?", "Please enter your card details.",
                   "Can I take the long card number?"])), C(intro, (shown, "CARD_NUMBER"), outro)]
    return turns, f"chat/{ind}: {kind} card typed ({['spaces', 'dashes', 'unbroken', 'irregular spacing', 'dots', 'double spaces'][fmt]}) with amount nearby"


def pos_card_call_one():
    num, kind = make_card()
    region = region_pick()
    ind = ch(CALL_IND)
    g = card_groups(num)
    style = R.randrange(3)
    if style == 0:
        said = " ".join(say_digits(x, region, filler=0.05, homo=0.15) for x in g)
        desc = "digit by digit, doubles, ASR homophones (to/for/ate)"
    elif style == 1:
        said = " ".join(say_pairs(x, region) for x in g)
        desc = "read in pairs ('forty one eleven')"
    else:
        said = " ".join(say_digits(x, region, pairs=0.4, filler=0.1) for x in g)
        desc = "mixed pairs and digits with fillers"
    pre = ch(["yeah it's ", "okay so it's ", "right um ", "the number is ", "", "it's a visa it's "])
    turns = [A(ch(["and what's the long number on the front of the card",
                   "can i take the card number please", "go ahead with the sixteen digits"])),
             C(pre, (said, "CARD_NUMBER"), ch(["", " and that's it", " did you get that"]))]
    if R.random() < 0.4:
        turns.append(A(ch(["lovely thank you", "thanks i've got that", "perfect"])))
    return turns, f"call/{ind}: {kind} card in one turn, {desc}"


def pos_card_call_split():
    num, kind = make_card()
    region = region_pick()
    ind = ch(CALL_IND)
    g = card_groups(num)
    parts = [say_digits(x, region, pairs=ch([0.0, 0.3])) for x in g]
    turns = [A("okay when you're ready go ahead with the card number")]
    turns += split_turns(parts, "CARD_NUMBER", lead=ch(["", "right ", "okay it's ", "so "]))
    if R.random() < 0.5:
        turns.append(A(ch(["and the expiry", "thank you", "lovely"])))
    return turns, f"call/{ind}: {kind} card split across {len(g)} customer turns with back-channels"


def pos_card_readback():
    num, kind = make_card()
    region = region_pick()
    ind = ch(CALL_IND)
    g = card_groups(num)
    cust = " ".join(say_digits(x, region) for x in g)
    agent_read = " ".join(say_digits(x, region, dbl=0.0) for x in g)
    turns = [A("what's the card number"), C("it's ", (cust, "CARD_NUMBER")),
             A("let me read that back ", (agent_read, "CARD_NUMBER"), " is that right"),
             C(ch(["yes that's right", "yep", "correct"]))]
    return turns, f"call/{ind}: card given by customer then read back by agent (both labelled)"


def pos_card_correction():
    num, kind = make_card()
    num2, _ = make_card()
    region = region_pick()
    g = card_groups(num)
    g2 = card_groups(num2)
    wrong = " ".join(say_digits(x, region) for x in g2)
    right = " ".join(say_digits(x, region) for x in g)
    turns = [A("go ahead with the card number"),
             C("okay ", (wrong, "CARD_NUMBER"),
               " wait no hang on that's my old card sorry let me get the new one"),
             A("no problem take your time"),
             C("right it's ", (right, "CARD_NUMBER"))]
    return turns, "call/retail: customer reads an old card then self-corrects with the new one; both labelled"


def pos_card_full():
    """Card + expiry + cvv, chat or call."""
    num, kind = make_card()
    region = region_pick()
    ind = ch(["retail", "travel", "telecom", "utilities", "insurance", "healthcare billing"])
    mm = R.randrange(1, 13)
    yy = R.randrange(25, 33)
    cvv = digits(4 if kind == "amex" else 3)
    if R.random() < 0.45:
        g = card_groups(num)
        shown = ch([" ".join(g), num, "-".join(g)])
        exp = ch([f"{mm:02d}/{yy}", f"{mm:02d}/20{yy}", f"{mm}/{yy}", f"{mm:02d}-{yy}"])
        amt = f"{cur(region)}{R.randrange(5, 400)}"
        turns = [A(f"To pay the {amt} please send the card number, expiry and security code."),
                 C((shown, "CARD_NUMBER"), ch([" exp ", " expiry ", " / ", ", "]),
                   (exp, "EXPIRY"), ch([" cvv ", " cvc ", " sec code ", " code "]), (cvv, "CVV"))]
        return turns, f"chat/{ind}: {kind} card, expiry and cvv in one message with an amount"
    g = card_groups(num)
    style = R.randrange(3)
    if style == 0:
        exp_said = say_digits(f"{mm:02d}", region, dbl=0) + " " + num_words(yy)
    elif style == 1:
        exp_said = MONTHS[mm - 1] + " " + ch(["twenty ", ""]) + num_words(yy)
    else:
        exp_said = DIG[mm] if mm < 10 else say_pairs(str(mm))
        exp_said += " slash " + num_words(yy)
    cvv_said = say_digits(cvv, region, pairs=0)
    turns = [A("can i take the long card number please")]
    if R.random() < 0.5:
        turns.append(C(ch(["sure it's ", "yeah "]), (" ".join(say_digits(x, region) for x in g), "CARD_NUMBER")))
    else:
        turns += split_turns([say_digits(x, region) for x in g], "CARD_NUMBER")
    turns.append(A(ch(["and the expiry date", "when does it expire", "and the valid until date"])))
    turns.append(C(ch(["", "it's ", "um "]), (exp_said, "EXPIRY")))
    if kind == "amex":
        turns.append(A("and the four digit code printed on the front"))
    else:
        turns.append(A(ch(["and the three digit security code on the back",
                           "and the last three digits on the signature strip", "and the cvv"])))
    turns.append(C(ch(["", "it's ", "that's "]), (cvv_said, "CVV"),
                   ch(["", " and the total was forty pounds wasn't it", " i think"])))
    return turns, f"call/{ind}: {kind} card then expiry ({['digits', 'month name', 'slash'][style]}) then cvv on separate turns"


def pos_exp_cvv_one_turn():
    region = region_pick()
    mm = R.randrange(1, 13)
    yy = R.randrange(25, 32)
    cvv = digits(3)
    exp_said = say_digits(f"{mm:02d}", region, dbl=0) + " " + num_words(yy)
    turns = [A("i just need the expiry and the security code now"),
             C("expiry's ", (exp_said, "EXPIRY"), " and the code on the back is ",
               (say_digits(cvv, region, pairs=0), "CVV"))]
    return turns, "call/travel: expiry and cvv given together in one turn"


def ni_display(ni: str, fmt: int) -> str:
    if fmt == 0:
        return f"{ni[:2]} {ni[2:4]} {ni[4:6]} {ni[6:8]} {ni[8]}"
    if fmt == 1:
        return ni
    if fmt == 2:
        return ni.lower()
    if fmt == 3:
        return f"{ni[:2]}{ni[2:8]} {ni[8]}"
    return f"{ni[:2]}-{ni[2:4]}-{ni[4:6]}-{ni[6:8]}-{ni[8]}"


def pos_ni_chat():
    ni = make_ni()
    fmt = R.randrange(5)
    shown = ni_display(ni, fmt)
    ind = ch(["government services", "banking", "insurance", "healthcare billing"])
    pre = ch(["my NI number is ", "NINO: ", "ni no ", "national insurance - ", "its ",
              "Here you go "])
    post = ch(["", ".", " thanks", " (from my payslip)", " - tax year 2023/24"])
    turns = [A(ch(["Could you confirm your National Insurance number?",
                   "For security please provide your NI number."])),
             C(pre, (shown, "NI_NUMBER"), post)]
    return turns, f"chat/{ind}: NI number typed, format {fmt}"


def say_ni(ni: str, mode: str, region="UK") -> str:
    letters = " ".join(say_letter(l, mode) for l in ni[:2])
    ds = ni[2:8]
    num = ch([say_digits(ds, region), say_pairs(ds, region), say_digits(ds, region, pairs=0.3)])
    return f"{letters} {num} {say_letter(ni[8], mode)}"


def pos_ni_call():
    ni = make_ni()
    mode = ch(["plain", "nato", "homo", "friendly", "plain"])
    ind = ch(["government services", "banking", "insurance", "utilities"])
    if R.random() < 0.45:
        letters = " ".join(say_letter(l, mode) for l in ni[:2])
        nums = [say_digits(ni[2:4]), say_digits(ni[4:6]), say_digits(ni[6:8])]
        if R.random() < 0.5:
            nums = [say_digits(ni[2:5]), say_digits(ni[5:8])]
        parts = [letters] + nums + [say_letter(ni[8], mode)]
        turns = [A("and your national insurance number please")]
        turns += split_turns(parts, "NI_NUMBER", lead=ch(["", "it's ", "right "]))
        return turns, f"call/{ind}: NI number split over {len(parts)} customer turns, letters {mode}"
    said = say_ni(ni, mode)
    turns = [A(ch(["can you give me your national insurance number",
                   "what's your n i number", "i'll need your ni number to find the record"])),
             C(ch(["yeah it's ", "um ", "okay ", "hang on let me find it yeah it's "]),
               (said, "NI_NUMBER"), ch(["", " i think", " yeah"]))]
    return turns, f"call/{ind}: NI number in one turn, letters {mode}"


def pos_ni_readback():
    ni = make_ni()
    c1 = say_ni(ni, ch(["plain", "homo"]))
    a1 = say_ni(ni, "nato")
    turns = [A("national insurance number please"), C((c1, "NI_NUMBER")),
             A("so that's ", (a1, "NI_NUMBER"), " yeah"), C("that's it")]
    return turns, "call/government services: NI number given then read back with NATO alphabet"


def ssn_display(s: str, fmt: int) -> str:
    if fmt == 0:
        return f"{s[:3]}-{s[3:5]}-{s[5:]}"
    if fmt == 1:
        return f"{s[:3]} {s[3:5]} {s[5:]}"
    if fmt == 2:
        return s
    return f"{s[:3]}.{s[3:5]}.{s[5:]}"


def pos_ssn_chat():
    s = make_ssn()
    fmt = R.randrange(4)
    ind = ch(["banking", "insurance", "healthcare billing", "government services", "telecom"])
    pre = ch(["ssn ", "SSN: ", "my social is ", "Social Security # ", "it's ", "ok "])
    post = ch(["", " thanks", ". dob is on file", " - please don't store it"])
    turns = [A(ch(["To verify your identity, please provide your Social Security number.",
                   "What is the SSN on the account?"])), C(pre, (ssn_display(s, fmt), "SSN"), post)]
    return turns, f"chat/{ind}: US SSN typed, format {fmt}"


def pos_ssn_call():
    s = make_ssn()
    ind = ch(["banking", "insurance", "healthcare billing", "government services", "telecom"])
    r = R.random()
    if r < 0.4:
        parts = [say_digits(s[:3], "US"), say_digits(s[3:5], "US"), say_digits(s[5:], "US", pairs=0.3)]
        turns = [A("and i'll need your social security number")]
        turns += split_turns(parts, "SSN", lead=ch(["", "okay ", "sure it's "]))
        return turns, f"call/{ind}: SSN split 3-2-4 across customer turns"
    if r < 0.7:
        said = say_digits(s, "US", pairs=0.25, filler=0.1)
        turns = [A(ch(["can i get your social", "what's your social security number",
                       "and the social on the account"])),
                 C(ch(["yeah ", "sure ", "", "uh "]), (said, "SSN"))]
        return turns, f"call/{ind}: SSN read in one run with fillers/pairs"
    if R.random() < 0.4:
        said = say_digits(s[:3], "US") + " dash " + say_digits(s[3:5], "US") + " dash " + say_digits(s[5:], "US")
    else:
        said = say_digits(s[:3], "US") + " " + say_pairs(s[3:5], "US") + " " + say_pairs(s[5:], "US")
    turns = [A("for verification can i have your social security number"),
             C("it's ", (said, "SSN"), " and my zip hasn't changed"),
             A("thank you mister " + ch(LAST))]
    return turns, f"call/{ind}: SSN with the last six in pairs ('forty one eleven')"


def pos_ssn_readback():
    s = make_ssn()
    turns = [A("and your social"), C((say_digits(s, "US"), "SSN")),
             A("i have ", (say_digits(s, "US", dbl=0), "SSN"), " correct"),
             C("yep that's right")]
    return turns, "call/banking: SSN given then read back by agent"


def pos_ssn_correction():
    s = make_ssn()
    s2 = make_ssn()
    turns = [A("social security number please"),
             C((say_digits(s2, "US"), "SSN"), " no wait that's my wife's sorry mine is ",
               (say_digits(s, "US"), "SSN"))]
    return turns, "call/insurance: two SSNs in one turn after a self-correction; both labelled"


def pos_bank():
    region = ch(["UK", "UK", "IE", "US"])
    acct = digits(8) if region != "US" else digits(ch([9, 10, 12]), True)
    ind = ch(["banking", "utilities", "insurance", "government services"])
    if region == "US":
        if R.random() < 0.5:
            turns = [A("What's the checking account number for the autopay?"),
                     C("acct # ", (acct, "BANK_ACCOUNT"), " routing is on the check")]
            return turns, f"chat/{ind}: US account number typed"
        turns = [A("and the account number"), C("it's ", (say_digits(acct, "US"), "BANK_ACCOUNT"))]
        return turns, f"call/{ind}: US account number spoken"
    sc = digits(6)
    if R.random() < 0.45:
        sc_shown = ch([f"{sc[:2]}-{sc[2:4]}-{sc[4:]}", sc, f"{sc[:2]} {sc[2:4]} {sc[4:]}"])
        turns = [A("Please send the sort code and account number for the direct debit."),
                 C(ch(["sort code ", "SC: ", "sort "]), (sc_shown, "SORT_CODE"),
                   ch([" acc ", " account no. ", ", a/c ", "\naccount "]), (acct, "BANK_ACCOUNT"),
                   ch(["", " - pay on the 1st pls", " thanks"]))]
        return turns, f"chat/{ind}: sort code and account number in one message"
    sc_said = ch([say_digits(sc, region), say_pairs(sc, region)])
    ac_said = ch([say_digits(acct, region), say_pairs(acct, region), say_digits(acct, region, pairs=0.3)])
    if R.random() < 0.5:
        turns = [A("what's the sort code"), C(ch(["", "it's "]), (sc_said, "SORT_CODE")),
                 A("and the account number"), C(ch(["", "um ", "yeah "]), (ac_said, "BANK_ACCOUNT"))]
        return turns, f"call/{ind}: sort code and account number on separate turns"
    turns = [A("can i take the bank details for the direct debit"),
             C("sort code ", (sc_said, "SORT_CODE"), " account number ", (ac_said, "BANK_ACCOUNT"))]
    return turns, f"call/{ind}: sort code and account number in one turn"


def pos_account_split():
    acct = digits(8)
    parts = [say_digits(acct[:4]), say_digits(acct[4:])]
    turns = [A("and the account number")]
    turns += split_turns(parts, "BANK_ACCOUNT", lead="it's ")
    turns.append(A("and that's with the same bank yeah"))
    return turns, "call/banking: account number split into two halves"


def say_iban(ib: str, mode: str) -> str:
    out = []
    for c in ib:
        if c.isalpha():
            out.append(say_letter(c, mode))
        else:
            out.append(None)
    # digits grouped as runs
    res = []
    k = 0
    while k < len(ib):
        if ib[k].isalpha():
            res.append(say_letter(ib[k], mode))
            k += 1
        else:
            j = k
            while j < len(ib) and ib[j].isdigit():
                j += 1
            res.append(say_digits(ib[k:j], "IE", pairs=0.1))
            k = j
    return " ".join(res)


def pos_iban():
    ib = make_iban()
    ind = ch(["banking", "travel", "insurance", "retail", "utilities"])
    if R.random() < 0.5:
        fmt = R.randrange(3)
        shown = [" ".join(ib[i:i + 4] for i in range(0, len(ib), 4)), ib,
                 (" ".join(ib[i:i + 4] for i in range(0, len(ib), 4))).lower()][fmt]
        turns = [A("Please provide the IBAN for the refund."),
                 C(ch(["IBAN: ", "iban ", "Sure, ", "my iban is "]), (shown, "IBAN"),
                   ch(["", " BIC is on the statement", " thanks"]))]
        return turns, f"chat/{ind}: {ib[:2]} IBAN typed"
    mode = ch(["plain", "nato"])
    if R.random() < 0.4:
        chunks = [ib[i:i + 8] for i in range(0, len(ib), 8)]
        parts = [say_iban(c, mode) for c in chunks]
        turns = [A("can you read me the iban")]
        turns += split_turns(parts, "IBAN")
        return turns, f"call/{ind}: {ib[:2]} IBAN spoken in {len(parts)} turns"
    turns = [A("and the iban for the refund"), C(ch(["okay it's ", "", "right "]), (say_iban(ib, mode), "IBAN"))]
    return turns, f"call/{ind}: {ib[:2]} IBAN spoken in one turn, letters {mode}"


def phone_display(d: str, region: str) -> str:
    if d.startswith("+44"):
        return ch([f"+44 {d[3:7]} {d[7:]}", d, f"+44 ({d[3:7]}) {d[7:]}"])
    if d.startswith("+353"):
        return ch([f"+353 {d[4:6]} {d[6:9]} {d[9:]}", d])
    if d.startswith("+1"):
        return ch([f"+1 ({d[2:5]}) {d[5:8]}-{d[8:]}", f"+1-{d[2:5]}-{d[5:8]}-{d[8:]}"])
    if region == "UK":
        return ch([f"{d[:5]} {d[5:]}", d, f"{d[:5]}-{d[5:8]}-{d[8:]}"])
    if region == "IE":
        return ch([f"{d[:3]} {d[3:6]} {d[6:]}", d, f"({d[:3]}) {d[3:]}"])
    return ch([f"({d[:3]}) {d[3:6]}-{d[6:]}", f"{d[:3]}-{d[3:6]}-{d[6:]}", f"{d[:3]}.{d[3:6]}.{d[6:]}"])


def say_phone(d: str, region: str) -> str:
    if d.startswith("+"):
        cc = {"+44": "four four", "+35": "three five three", "+1": "one"}
        code = "three five three" if d.startswith("+353") else ("four four" if d.startswith("+44") else "one")
        rest = d[4:] if d.startswith("+353") else (d[3:] if d.startswith("+44") else d[2:])
        return "plus " + code + " " + say_digits(rest, region, pairs=0.1)
    if region == "UK" and d.startswith("07"):
        return say_digits(d[:5], region) + " " + say_digits(d[5:], region, pairs=0.2)
    if region == "US":
        return say_digits(d[:3], region) + " " + say_digits(d[3:6], region) + " " + \
            ch([say_digits(d[6:], region), say_pairs(d[6:], region)])
    return say_digits(d, region, pairs=0.1)


def pos_phone():
    region = region_pick()
    d, form = make_phone(region)
    ind = ch(["telecom", "utilities", "retail", "healthcare billing", "travel", "insurance"])
    if R.random() < 0.4:
        turns = [A("What's the best number to reach you on?"),
                 C(ch(["", "mobile: ", "call me on ", "tel "]), (phone_display(d, region), "PHONE"),
                   ch(["", " after 5pm", " (whatsapp too)", " pls"]))]
        return turns, f"chat/{ind}: {region} phone typed, {form}"
    said = say_phone(d, region)
    if R.random() < 0.35:
        words = said.split()
        cut = len(words) // 2
        parts = [" ".join(words[:cut]), " ".join(words[cut:])]
        if parts[1].split()[0] in ("double", "triple") or parts[0].split()[-1] in ("double", "triple", "plus"):
            parts = [said]
        turns = [A("and a contact number")]
        turns += split_turns(parts, "PHONE", lead=ch(["", "it's ", "yeah "]))
        return turns, f"call/{ind}: {region} phone ({form}) spoken over turns"
    turns = [A(ch(["can i take a contact number", "what number are you calling from",
                   "is there a mobile we can text"])),
             C(ch(["yeah it's ", "", "my mobile is ", "best to use "]), (said, "PHONE"),
               ch(["", " that's my mobile", " any time after two"]))]
    return turns, f"call/{ind}: {region} phone ({form}) spoken in one turn"


def make_email(region):
    f = ch(FIRST)
    l = ch(LAST)
    dom = ch({"UK": DOMAINS_UK, "US": DOMAINS_US, "IE": DOMAINS_IE}[region])
    local = ch([f"{f}.{l}", f"{f[0]}.{l}", f"{f}{l}{R.randrange(1, 99)}", f"{f}_{l}",
                f"{l}.{f}{R.randrange(70, 99)}", f"{f[0]}{l}"])
    return local, dom


def say_email(local, dom, region, spell=False):
    def part(x):
        out = []
        for tok in re.findall(r"[a-z]+|\d+|[._]", x):
            if tok == ".":
                out.append("dot")
            elif tok == "_":
                out.append("underscore")
            elif tok.isdigit():
                out.append(ch([say_digits(tok, region), say_pairs(tok, region)]))
            elif spell and tok in LAST and "o" not in tok and R.random() < 0.5:
                out.append(" ".join(tok))
            else:
                out.append(tok)
        return " ".join(out)
    return part(local) + " at " + part(dom)


def pos_email():
    region = region_pick()
    local, dom = make_email(region)
    ind = ch(["retail", "telecom", "travel", "utilities", "insurance", "government services"])
    if R.random() < 0.45:
        e = f"{local}@{dom}"
        if R.random() < 0.25:
            e = e[0].upper() + e[1:]
        turns = [A("What email should we send the confirmation to?"),
                 C(ch(["", "email: ", "its ", "send it to "]), (e, "EMAIL"),
                   ch(["", " thanks", "!", " not the work one"]))]
        return turns, f"chat/{ind}: email typed"
    spell = R.random() < 0.4
    said = say_email(local, dom, region, spell)
    turns = [A(ch(["and can i take an email address", "what's the email on the account"])),
             C(ch(["yeah it's ", "", "it's um "]), (said, "EMAIL"))]
    if R.random() < 0.4:
        turns.append(A("so that's ", (say_email(local, dom, region), "EMAIL"), " yeah"))
        turns.append(C("yep all lower case"))
    return turns, f"call/{ind}: email spoken with 'dot'/'at'" + (" (surname may be spelled letter by letter)" if spell else "")


def dob_values():
    y = R.randrange(1941, 2006)
    m = R.randrange(1, 13)
    d = R.randrange(1, 29)
    return y, m, d


def pos_dob():
    region = region_pick()
    y, m, d = dob_values()
    ind = ch(["banking", "healthcare billing", "insurance", "telecom", "government services"])
    if R.random() < 0.4:
        if region == "US":
            shown = ch([f"{m:02d}/{d:02d}/{y}", f"{MONTHS[m - 1].title()} {d}, {y}", f"{m}-{d}-{y}"])
        else:
            shown = ch([f"{d:02d}/{m:02d}/{y}", f"{d} {MONTHS[m - 1].title()} {y}",
                        f"{d:02d}.{m:02d}.{y}", f"{d}{['st', 'nd', 'rd', 'th'][min(3, (d % 10) - 1) if d % 10 in (1, 2, 3) and d not in (11, 12, 13) else 3]} {MONTHS[m - 1][:3]} {y}"])
        turns = [A("Can you confirm your date of birth?"),
                 C(ch(["dob ", "", "born ", "it's "]), (shown, "DOB"), ch(["", " thanks", "."]))]
        return turns, f"chat/{ind}: date of birth typed ({region})"
    style = R.randrange(3)
    if style == 0:
        said = f"{ch(['the ', ''])}{say_day_ord(d)} of {MONTHS[m - 1]} {say_year(y)}"
    elif style == 1:
        said = f"{MONTHS[m - 1]} {say_day_ord(d)} {say_year(y)}"
    else:
        said = say_digits(f"{m:02d}" if region == "US" else f"{d:02d}", region, dbl=0) + " " + \
            say_digits(f"{d:02d}" if region == "US" else f"{m:02d}", region, dbl=0) + " " + say_year(y)
    turns = [A(ch(["and your date of birth", "can you confirm your date of birth for me",
                   "what's the date of birth on the policy"])),
             C(ch(["yeah it's ", "", "um ", "it's "]), (said, "DOB"),
               ch(["", " i'm seventy next year", ""]))]
    return turns, f"call/{ind}: date of birth spoken ({['ordinal of month', 'month first', 'digits'][style]})"


def say_uk_postcode(pc: str, mode: str) -> str:
    out = []
    outward, inward = pc.split()
    k = 0
    while k < len(outward):
        c = outward[k]
        if c.isalpha():
            out.append(say_letter(c, mode))
            k += 1
        else:
            j = k
            while j < len(outward) and outward[j].isdigit():
                j += 1
            num = outward[k:j]
            out.append(ch([say_digits(num, dbl=0), say_pairs(num) if len(num) == 2 else say_digits(num)]))
            k = j
    out.append(DIG[int(inward[0])])
    out.append(say_letter(inward[1], mode))
    out.append(say_letter(inward[2], mode))
    return " ".join(out)


def make_address(region):
    n = R.randrange(1, 240) if region != "US" else R.randrange(10, 9800)
    street = ch(STREETS)
    suf = ch(SUFFIX_US if region == "US" else SUFFIX_UK)
    return n, street, suf


def say_number(n: int, region: str) -> str:
    s = str(n)
    if len(s) <= 2:
        return say_pairs(s, region) if not (len(s) == 1) else DIG[n]
    if len(s) == 3:
        return ch([say_digits(s, region, dbl=0), DIG[int(s[0])] + " " + say_pairs(s[1:], region)
                   if s[1] != "0" else say_digits(s, region, dbl=0)])
    return say_pairs(s, region) if s[2] != "0" else say_digits(s, region, dbl=0)


def pos_address():
    region = ch(["UK", "UK", "US", "US", "IE"])
    n, street, suf = make_address(region)
    ind = ch(["utilities", "telecom", "retail", "insurance", "government services", "healthcare billing"])
    chat = R.random() < 0.45
    town = ch({"UK": TOWNS_UK, "US": TOWNS_US, "IE": TOWNS_IE}[region])
    flat = R.random() < 0.2
    if chat:
        addr = f"{n} {street.title()} {suf.title() if R.random() < 0.6 else suf}"
        if flat:
            addr = f"Flat {R.randrange(1, 20)}, " + addr
        if region == "US":
            pc = make_zip()
            st = ch(["OH", "AZ", "CO", "NY", "NC", "NE", "ID", "TX"])
            turns = [A("What's the service address?"),
                     C((addr, "ADDRESS"), f", {town.title()}, {st} ", (pc, "POSTCODE"))]
            return turns, f"chat/{ind}: US street address with ZIP"
        if region == "UK":
            pc = make_uk_postcode()
            pc_shown = ch([pc, pc.lower(), pc.replace(" ", "")])
            turns = [A("Please confirm the address the bill goes to."),
                     C((addr, "ADDRESS"), f", {town.title()} ", (pc_shown, "POSTCODE"))]
            return turns, f"chat/{ind}: UK address with postcode ({'flat + ' if flat else ''}street)"
        turns = [A("What's the delivery address?"), C((addr, "ADDRESS"), f", {town.title()}, Co. {ch(['Galway', 'Cork', 'Clare'])}")]
        return turns, f"chat/{ind}: Irish street address (no eircode)"
    said = f"{say_number(n, region)} {street} {suf}"
    if flat:
        said = f"flat {say_number(R.randrange(1, 20), region)} " + said
    if region == "UK":
        pc = make_uk_postcode()
        mode = ch(["plain", "plain", "nato", "homo"])
        pcs = say_uk_postcode(pc, mode)
        if R.random() < 0.5:
            turns = [A("and the first line of the address"), C(ch(["it's ", "", "yeah "]), (said, "ADDRESS")),
                     A("and the postcode"), C((pcs, "POSTCODE"))]
            return turns, f"call/{ind}: UK address then postcode spoken (letters {mode})"
        turns = [A("can you confirm the address"),
                 C((said, "ADDRESS"), f" {town} ", (pcs, "POSTCODE"))]
        return turns, f"call/{ind}: UK address, town and postcode in one turn (letters {mode})"
    if region == "US":
        z = make_zip()
        zs = say_digits(z.replace("-", ""), "US") if "-" not in z else \
            say_digits(z[:5], "US") + " dash " + say_digits(z[6:], "US")
        turns = [A("what's the service address"), C((said, "ADDRESS"), f" in {town} ", (zs, "POSTCODE"))]
        return turns, f"call/{ind}: US street address with spoken ZIP"
    turns = [A("and where should we send the card"), C("it's ", (said, "ADDRESS"), f" {town}")]
    return turns, f"call/{ind}: Irish address spoken"


def pos_postcode_only():
    region = ch(["UK", "UK", "US"])
    ind = ch(["utilities", "telecom", "retail", "insurance"])
    if region == "UK":
        pc = make_uk_postcode()
        if R.random() < 0.4:
            turns = [A("What's your postcode?"),
                     C(ch(["", "its ", "pc "]), (ch([pc, pc.lower(), pc.replace(" ", "")]), "POSTCODE"))]
            return turns, f"chat/{ind}: UK postcode alone"
        mode = ch(["plain", "nato", "friendly", "homo"])
        turns = [A("and the postcode"), C(ch(["", "yeah it's "]), (say_uk_postcode(pc, mode), "POSTCODE"))]
        return turns, f"call/{ind}: UK postcode spoken (letters {mode})"
    z = make_zip()
    if R.random() < 0.5:
        turns = [A("Zip code?"), C((z, "POSTCODE"))]
        return turns, f"chat/{ind}: US ZIP alone"
    turns = [A("and your zip code"), C(ch(["it's ", ""]), (say_digits(z.replace('-', ''), "US"), "POSTCODE"))]
    return turns, f"call/{ind}: US ZIP spoken"


def pos_verification_combo():
    """Identity verification: DOB + postcode (UK) or DOB + SSN (US)."""
    region = ch(["UK", "US"])
    y, m, d = dob_values()
    dob = f"{say_day_ord(d)} of {MONTHS[m - 1]} {say_year(y)}" if region == "UK" else \
        f"{MONTHS[m - 1]} {say_day_ord(d)} {say_year(y)}"
    if region == "UK":
        pc = make_uk_postcode()
        turns = [A("before i go any further can i take your date of birth and postcode"),
                 C("yeah it's ", (dob, "DOB"), " and the postcode is ",
                   (say_uk_postcode(pc, ch(["plain", "homo"])), "POSTCODE")),
                 A(f"thank you i can see the bill of {ch(['forty two', 'sixty', 'ninety one'])} pounds")]
        return turns, "call/utilities: DOB and postcode in one turn, followed by a money amount"
    s = make_ssn()
    turns = [A("i need to verify you date of birth and social"),
             C((dob, "DOB"), " and ", (say_digits(s, "US"), "SSN")),
             A("thanks you're verified")]
    return turns, "call/healthcare billing: DOB and SSN in one turn"


def pos_ni_dob():
    ni = make_ni()
    y, m, d = dob_values()
    shown_ni = ni_display(ni, R.randrange(5))
    dob = f"{d:02d}/{m:02d}/{y}"
    turns = [A("For security, please confirm your NI number and date of birth."),
             C((shown_ni, "NI_NUMBER"), ch([" and ", ", ", " / dob "]), (dob, "DOB"))]
    return turns, "chat/government services: NI number and DOB in one message"


def pos_contact_combo():
    region = region_pick()
    d, form = make_phone(region)
    local, dom = make_email(region)
    turns = [A("can i update your contact details"),
             C("yeah my mobile is ", (say_phone(d, region), "PHONE"), " and email is ",
               (say_email(local, dom, region), "EMAIL")),
             A("lovely and your order ref is still " + say_digits(digits(6)) + " yeah")]
    return turns, "call/retail: phone and email in one turn, order reference (not PII) in agent turn"


def pos_ssn_zip_chat():
    s = make_ssn()
    z = make_zip()
    turns = [A("Please verify: SSN and ZIP"),
             C((ssn_display(s, R.randrange(4)), "SSN"), " / ", (z, "POSTCODE"),
               f" - calling about claim {digits(8)}")]
    return turns, "chat/insurance: SSN and ZIP on one line next to a claim number (not PII)"


def pos_ni_chitchat():
    ni = make_ni()
    turns = [A("and the ni number"),
             C("oh god hang on it's on my payslip somewhere it's ",
               (say_ni(ni, "plain"), "NI_NUMBER"),
               ch([" sorry the dog's barking", " i've had it since i was sixteen", " does that match"]))]
    return turns, "call/government services: NI number mid chit-chat (age mentioned, not PII)"


# ---------------------------------------------------------------- negatives
def neg_cases():
    region = region_pick()
    c = cur(region)
    cw = {"UK": "pounds", "US": "dollars", "IE": "euro"}[region]
    pick = R.randrange(40)
    h = R.randrange(7, 19)
    mins = ch(["", " fifteen", " thirty", " forty five"])
    amt_words = f"{num_words(R.randrange(11, 999), region == 'US')} {cw} {ch(['', 'and ' + TENS[ch([2, 5, 9])] + ' pence' if region == 'UK' else ''])}".strip()
    if pick == 0:
        return [A(f"your balance is {c}{R.randrange(100, 9999):,}.{R.randrange(100):02d}"),
                C("ok and when is the next payment due")], "chat/banking: account balance with thousands separator"
    if pick == 1:
        return [A("so the total comes to " + amt_words), C("yeah that's fine go ahead")], \
            "call/retail: money amount in words"
    if pick == 2:
        n = digits(ch([6, 7, 8]), True)
        return [C(f"hi my order number is {n} and it hasn't arrived"),
                A(f"thanks I can see order {n} left the depot on {R.randrange(1, 28)} {ch(MONTHS).title()}")], \
            "chat/retail: order number repeated, dispatch date"
    if pick == 3:
        n = digits(ch([7, 8, 9, 10]), True)
        return [A("have you got a reference number"),
                C("yeah the reference is " + say_digits(n, region))], "call/insurance: claim reference spoken digit by digit with its reference word"
    if pick == 4:
        return [C(f"My flight {ch(['BA', 'EI', 'FR', 'UA', 'DL'])}{R.randrange(100, 9999)} was cancelled, it was meant to leave at {h}:{ch(['05', '30', '45'])}"),
                A("I'm sorry to hear that, let me check rebooking options.")], "chat/travel: flight number and time"
    if pick == 5:
        return [A(f"an engineer can come on the {say_day_ord(R.randrange(1, 29))} of {ch(MONTHS)} between {DIG[R.randrange(7, 10)]} and {ch(['twelve', 'one', 'two'])}"),
                C("the morning is better for me")], "call/utilities: appointment date and time window"
    if pick == 6:
        rd = digits(5)
        return [A("can you read me the meter"), C(f"yeah it says {say_digits(rd, region, dbl=0)} and then a red {DIG[R.randrange(1, 10)]}")], \
            "call/utilities: meter reading spoken digit by digit"
    if pick == 7:
        return [C(f"Room {R.randrange(100, 999)} - the aircon is stuck at {R.randrange(16, 30)} degrees and check out is 11am"),
                A("Apologies, maintenance will be up within 20 minutes.")], "chat/travel: hotel room number, temperature, time"
    if pick == 8:
        return [A("which model do you have"), C(f"it's the {ch(['KX-TG', 'SM-A', 'WM', 'HD-'])}{R.randrange(100, 9999)} the {ch(['black', 'silver'])} one i bought in {R.randrange(2015, 2025)}")], \
            "call/retail: model number and purchase year"
    if pick == 9:
        age = R.randrange(18, 95)
        return [C(f"i'm {num_words(age, region == 'US')} years old and i've been with you for {num_words(R.randrange(2, 30), region == 'US')} years"),
                A("thank you for being such a loyal customer")], "call/telecom: age and tenure in words"
    if pick == 10:
        return [A(f"your broadband speed should be {R.randrange(30, 900)} megabits and you're getting {R.randrange(5, 80)}"),
                C("that's about a tenth of what i pay for")], "call/telecom: speeds"
    if pick == 11:
        return [C(f"the contract started in {ch(MONTHS)} {R.randrange(2012, 2025)} and the rate went up by {R.randrange(2, 15)}.{R.randrange(10)}%"),
                A("Yes, there's an annual price rise each April.")], "chat/telecom: contract start date and percentage"
    if pick == 12:
        t = digits(ch([5, 6, 7]), True)
        return [A(f"i've raised ticket number {say_digits(t, region)} for you"), C("brilliant thanks")], \
            "call/telecom: ticket number spoken with reference word"
    if pick == 13:
        return [C(f"I paid {c}{R.randrange(10, 300)} on the {ordsuf(R.randrange(1, 29))} but it still shows {c}{R.randrange(10, 300)}.{R.randrange(10, 99)} outstanding"),
                A("Payments can take 3-5 working days to show.")], "chat/utilities: payment amounts and dates"
    if pick == 14:
        return [A(f"the call lasted {num_words(R.randrange(2, 59), region == 'US')} minutes and cost {num_words(R.randrange(2, 99), region == 'US')} pence a minute"),
                C("that can't be right")], "call/telecom: duration and per-minute price"
    if pick == 15:
        inv = f"INV-{R.randrange(2019, 2026)}-{digits(5)}"
        return [C(f"invoice {inv} says {c}{R.randrange(20, 999)}.{R.randrange(100):02d} but the quote was {c}{R.randrange(20, 999)}"),
                A(f"I'll look into {inv} for you now.")], "chat/retail: invoice number and amounts"
    if pick == 16:
        return [A(f"so that's {num_words(R.randrange(2, 12), region == 'US')} bags at {num_words(R.randrange(15, 40), region == 'US')} kilos each"),
                C(f"yes and {ch(['two', 'three'])} of us travelling on the {say_day_ord(R.randrange(1, 29))}")], "call/travel: counts, weights, travel date"
    if pick == 17:
        y = R.randrange(1990, 2024)
        return [C(f"i've had the policy since {say_year(y)} and never claimed once"),
                A(f"that's right, no claims since {y}")], "call/insurance: policy start year spoken and typed"
    if pick == 18:
        return [A(f"Your policy number is POL{digits(7)} and the excess is {c}{R.randrange(100, 1000)}"),
                C("ok thanks")], "chat/insurance: policy number with prefix, excess amount"
    if pick == 19:
        return [C(f"the kids are {DIG[R.randrange(3, 10)]} and {num_words(R.randrange(10, 17), region == 'US')} do they need their own tickets"),
                A(f"under elevens travel free and it's {num_words(R.randrange(20, 90), region == 'US')} {cw} for the older one")], "call/travel: children's ages and fare"
    if pick == 20:
        return [A(f"you used {R.randrange(2, 60)}.{R.randrange(10)}GB of your {ch([50, 100, 120])}GB allowance this month"),
                C("wow ok")], "chat/telecom: data usage quantities"
    if pick == 21:
        return [A(f"the appointment at the clinic is at {num_words(h, region == 'US')}{mins} on {ch(['monday', 'tuesday', 'friday'])} the {say_day_ord(R.randrange(1, 29))}"),
                C("can it be later in the day")], "call/healthcare billing: clinic appointment time and date"
    if pick == 22:
        return [C(f"your gas bill was {c}{R.randrange(40, 300)}.{R.randrange(100):02d} for {R.randrange(800, 3000)} kWh in {ch(MONTHS).title()} - thats {R.randrange(20, 60)}% up!!"),
                A("Let me check whether that was an estimated reading.")], "chat/utilities: bill amount, kWh, percentage"
    if pick == 23:
        n = digits(ch([8, 9, 10]), True)
        return [A("what's the case number on your letter"), C(f"case number {say_pairs(n, region)}")], \
            "call/government services: case number spoken in pairs with reference word"
    if pick == 24:
        return [C(f"we're on floor {R.randrange(2, 30)} and the parcel was {R.randrange(2, 9)} days late, tracking {ch(['JD', 'RM', 'H'])}{digits(10)}"),
                A("Sorry about that, I'll chase it.")], "chat/retail: floor, days, parcel tracking reference"
    if pick == 25:
        return [A(f"the direct debit of {amt_words} goes out on the {say_day_ord(R.randrange(1, 29))} of each month"),
                C("can we move it to the twenty eighth")], "call/banking: direct debit amount and collection day"
    if pick == 26:
        return [C(f"press {DIG[R.randrange(1, 10)]} didn't work so i waited {num_words(R.randrange(10, 59), region == 'US')} minutes in the queue"),
                A("i do apologise about the wait today")], "call/telecom: IVR option and duration"
    if pick == 27:
        return [A(f"your fixed rate ends on {R.randrange(1, 29)}/{R.randrange(1, 13):02d}/{R.randrange(2025, 2030)} and the new rate is {R.randrange(2, 9)}.{R.randrange(10, 99)}%"),
                C("And what would the monthly payment be?"), A(f"About {c}{R.randrange(500, 3000):,} a month.")], "chat/banking: end-of-fix date, rate, payment"
    if pick == 28:
        return [C(f"it was {num_words(R.randrange(11, 99), region == 'US')} {cw} {num_words(R.randrange(11, 99), region == 'US')} at {num_words(h, region == 'US')} {ch(['oclock', 'thirty', 'fifteen'])} on the {say_day_ord(R.randrange(1, 29))}"),
                A("okay i can see that transaction")], "call/banking: transaction amount, time, date in words"
    if pick == 30:
        return [C(f"I made a payment on {R.randrange(1, 29):02d}/{R.randrange(1, 13):02d}/{R.randrange(2023, 2026)} of {c}{R.randrange(20, 500)}.00 but it hasn't cleared"),
                A("Thanks, I can see it pending.")], "chat/banking: payment date in dd/mm/yyyy (not a birth date) and amount"
    if pick == 31:
        return [A(f"i can see {num_words(R.randrange(2, 9))} missed payments since {ch(MONTHS)} totalling {num_words(R.randrange(100, 2000), region == 'US')} {cw}"),
                C("i know i lost my job in the summer")], "call/utilities: arrears count and amount in words"
    if pick == 32:
        return [C(f"my daughter is {num_words(R.randrange(2, 17))} and she starts school on the {say_day_ord(R.randrange(1, 29))} of {ch(MONTHS)}"),
                A("congratulations i'll note that on the file")], "call/insurance: child's age and a non-birth date"
    if pick == 33:
        return [A(f"the temperature reading you sent was {R.randrange(36, 40)}.{R.randrange(10)} and the invoice is due in {R.randrange(7, 31)} days"),
                C(f"ok I'll pay the {c}{R.randrange(30, 400)} by friday")], "chat/healthcare billing: temperature, days, amount"
    if pick == 34:
        n = digits(ch([6, 7, 8, 9, 10]), True)
        return [C(f"ref no. {n} - still waiting for my refund of {c}{R.randrange(5, 800)}.{R.randrange(100):02d}"),
                A(f"I've escalated reference {n}.")], "chat/retail: refund reference number with its reference word"
    if pick == 35:
        return [A(f"you're in the queue at position {num_words(R.randrange(2, 40))} the expected wait is about {num_words(R.randrange(5, 55))} minutes"),
                C("okay i'll hold")], "call/government services: queue position and wait time"
    if pick == 36:
        y = R.randrange(2015, 2026)
        return [C(f"we moved in {say_year(y)} and the boiler was fitted in {say_year(R.randrange(1995, 2015))}"),
                A("thanks and how old is the cover on the boiler")], "call/insurance: years spoken (not dates of birth)"
    if pick == 37:
        return [A(f"Your parcel weighs {R.randrange(1, 30)}.{R.randrange(10)}kg and delivery is between {R.randrange(7, 12)}am and {R.randrange(1, 6)}pm on {ch(['Mon', 'Tue', 'Wed', 'Thu', 'Fri'])} {R.randrange(1, 29)} {ch(MONTHS)[:3].title()}"),
                C("can I pick a safe place?")], "chat/retail: weight, time window, delivery date"
    if pick == 38:
        n = digits(ch([8, 9, 10]), True)
        return [A("what's the claim number"), C("the claim number is"), A("mhm"), C(say_digits(n[:4], region)),
                A("yep"), C(say_digits(n[4:], region))], "call/insurance: claim number split over turns after its reference word"
    if pick == 39:
        return [C(f"the bill jumped from {num_words(R.randrange(40, 90), region == 'US')} {cw} to {num_words(R.randrange(100, 300), region == 'US')} {cw} that's like a {num_words(R.randrange(30, 200))} percent increase"),
                A("let me look at the readings")], "call/utilities: amounts and percentage in words"
    return [A(f"The booking for {R.randrange(2, 7)} guests on {ch(MONTHS).title()} {R.randrange(1, 29)} is confirmed, total {c}{R.randrange(200, 2000)}, booking ref {ch('ABCDEFGHJKLMNPRSTUVWXYZ')}{ch('ABCDEFGHJKLMNPRSTUVWXYZ')}{digits(4)}"),
            C("perfect, thank you!")], "chat/travel: booking ref, guests, date, total"


# ---------------------------------------------------------------- assembly
POS_PLAN = [
    (pos_card_chat, 16), (pos_card_call_one, 12), (pos_card_call_split, 8),
    (pos_card_readback, 4), (pos_card_correction, 3), (pos_card_full, 16),
    (pos_exp_cvv_one_turn, 3),
    (pos_ni_chat, 12), (pos_ni_call, 16), (pos_ni_readback, 3), (pos_ni_dob, 4),
    (pos_ni_chitchat, 3),
    (pos_ssn_chat, 12), (pos_ssn_call, 16), (pos_ssn_readback, 3), (pos_ssn_correction, 2),
    (pos_ssn_zip_chat, 4),
    (pos_bank, 26), (pos_account_split, 3), (pos_iban, 15), (pos_phone, 16), (pos_email, 14),
    (pos_dob, 14), (pos_address, 18), (pos_postcode_only, 8), (pos_verification_combo, 6),
    (pos_contact_combo, 4),
]
N_NEG = 110


def generate():
    pos = []
    for fn, n in POS_PLAN:
        for _ in range(n):
            turns, note = fn()
            pos.append(build(turns, note, "positive"))
    R.shuffle(pos)
    negs = []
    for _ in range(N_NEG):
        turns, note = neg_cases()
        negs.append(build(turns, note, "negative"))
    cases = []
    for i, c in enumerate(pos, 1):
        cases.append({"id": f"{PREFIX}-pos-{i:03d}", **c})
    for i, c in enumerate(negs, 1):
        cases.append({"id": f"{PREFIX}-neg-{i:03d}", **c})
    out = []
    for c in cases:
        out.append(json.dumps({"id": c["id"], "kind": c["kind"], "turns": c["turns"],
                               "spans": c["spans"], "note": c["note"]}, ensure_ascii=False))
    return "\n".join(out) + "\n", cases


def type_counts(cases):
    return Counter(s["type"] for c in cases for s in c["spans"])


def readme_text(cases):
    cnt = type_counts(cases)
    npos = sum(c["kind"] == "positive" for c in cases)
    nneg = len(cases) - npos
    rows = "\n".join(f"| {t} | {cnt.get(t, 0)} |" for t in TYPES)
    return f"""# pii_holdout35 — held-out PII redaction evaluation set

**Never use this set for tuning.** It exists only to measure the redactor on data
it was not developed against. Do not add its cases to training/dev fixtures,
do not adjust patterns to make specific cases pass.

## Who wrote it and how

Written by an AI helper acting as an independent test author. The author did
not see the redaction code, its tests, its documentation or other held-out
sets; the only existing data consulted was a three-line JSONL format example.
All cases are synthetic and are produced by `scripts/make_pii_holdout35.py`
from template functions; every turn is assembled from plain-text segments and
(value, TYPE) segments so span offsets are computed, never typed. All values
come from one `random.Random({SEED})`, so the output is byte-for-byte
reproducible. `python scripts/make_pii_holdout35.py --check` regenerates the
file, compares it byte-for-byte, and validates ids, offsets, word boundaries,
overlaps and each value (Luhn, mod-97, NI format, digit counts, postcode
shapes) after normalising spoken forms.

Cases cover chat (typed, mixed separators/case) and phone calls rendered as
ASR transcripts (lower case, numbers as words, "oh"/"o"/"nought"/"zero",
"double"/"triple", pairs like "forty one eleven", years like "nineteen
eighty two", letters as "b for bravo", "j as in juliet", "bee", "kay",
e-mails as "dot"/"at", values split over customer turns with back-channels,
agent read-backs, self-corrections, fillers) across banking, telecom,
utilities, retail, insurance, travel, healthcare billing and government
services in the US, UK and Ireland (IBANs also DE/NL/FR/ES).

## Annotation conventions

* A span covers the value only: from its first to its last letter/digit
  token, including internal separators, spoken filler words ("um") and
  spelling aids ("for bravo", "as in juliet") that occur *inside* the
  reading. Lead-ins ("it's", "my number is") and trailing chit-chat are
  outside.
* A value split over several turns gets one span per turn part, all with the
  same type. Agent read-backs are labelled too.
* Self-corrections: both the abandoned and the corrected value are labelled
  (both are real values of the caller or someone else).
* CARD_NUMBER is the full PAN only; EXPIRY and CVV are separate spans.
  Sort code and account number are separate spans. For IBANs the whole IBAN
  is one IBAN span (its embedded account digits are not labelled separately).
* ADDRESS = flat/house number + street name + street type; town and
  county are not included; the postcode/ZIP is its own POSTCODE span.
* DOB covers the whole date including the year.
* PHONE includes "+" / "plus" and the country code when given.
* Negative cases contain only non-PII numbers (amounts, times, dates that are
  not birth dates, reference/order/ticket/case/invoice numbers with their
  reference word, flight and room numbers, model numbers, meter readings,
  speeds, ages, percentages, quantities); nothing in them should be redacted.

## Counts

Positive cases: {npos}; negative cases: {nneg}; total spans: {sum(cnt.values())}.

| type | spans |
|---|---|
{rows}
"""


def check(text, cases) -> list[str]:
    errs = []
    on_disk = CASES.read_bytes() if CASES.exists() else b""
    if on_disk != text.encode("utf-8"):
        errs.append("cases.jsonl differs from regenerated output")
    if README.exists() and README.read_text(encoding="utf-8") != readme_text(cases):
        errs.append("README.md differs from regenerated output")
    ids = [c["id"] for c in cases]
    if len(ids) != len(set(ids)):
        errs.append("duplicate ids")
    for line in text.splitlines():
        json.loads(line)
    for c in cases:
        cid = c["id"]
        if c["kind"] == "negative":
            if c["spans"]:
                errs.append(f"{cid}: negative with spans")
            if not cid.startswith(f"{PREFIX}-neg-"):
                errs.append(f"{cid}: bad id")
            continue
        if not c["spans"]:
            errs.append(f"{cid}: positive without spans")
        for t in c["turns"]:
            if t["speaker"] not in ("agent", "customer"):
                errs.append(f"{cid}: bad speaker")
        by_turn = {}
        for s in c["spans"]:
            if s["type"] not in TYPES:
                errs.append(f"{cid}: bad type {s['type']}")
            if not (0 <= s["turn"] < len(c["turns"])):
                errs.append(f"{cid}: turn out of range")
                continue
            txt = c["turns"][s["turn"]]["text"]
            a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(txt)):
                errs.append(f"{cid}: offsets out of range")
                continue
            if txt[a].isspace() or txt[b - 1].isspace():
                errs.append(f"{cid}: span has edge whitespace")
            if (a > 0 and txt[a - 1].isalnum()) or (b < len(txt) and txt[b].isalnum()):
                errs.append(f"{cid}: span not on word boundary: {txt[max(0, a - 3):b + 3]!r}")
            by_turn.setdefault(s["turn"], []).append((a, b))
        for spans in by_turn.values():
            spans.sort()
            for (a1, b1), (a2, b2) in zip(spans, spans[1:]):
                if a2 < b1:
                    errs.append(f"{cid}: overlapping spans")
        # value validation: spans of each type, in order, must partition into
        # consecutive runs each of which is a valid value
        for typ in sorted({s["type"] for s in c["spans"]}):
            texts = [c["turns"][s["turn"]]["text"][s["start"]:s["end"]]
                     for s in c["spans"] if s["type"] == typ]
            n = len(texts)
            ok = [False] * (n + 1)
            ok[0] = True
            for j in range(1, n + 1):
                for i in range(j):
                    if ok[i] and validate(typ, " ".join(texts[i:j])) is None:
                        ok[j] = True
                        break
            if not ok[n]:
                msgs = [validate(typ, t) for t in texts]
                errs.append(f"{cid}: {typ} invalid: {texts} {msgs}")
    for c in cases:
        if c["kind"] == "negative":
            for t in c["turns"]:
                if re.search(r"\d{11,}", t["text"]):
                    errs.append(f"{c['id']}: negative contains an 11+ digit run")
    # the validator must reject known-bad values (guards against a vacuous check)
    for typ, bad in [("CARD_NUMBER", "four five three nine one four eight eight oh three four three six four six eight"),
                     ("CARD_NUMBER", "4539 1488 0343 6468"), ("IBAN", "GB82 WEST 1234 5698 7654 33"),
                     ("NI_NUMBER", "d for delta q one two three four five six a"), ("SSN", "six six six one two three four five six"),
                     ("SORT_CODE", "two oh four five six"), ("POSTCODE", "s w one a two c"),
                     ("PHONE", "oh seven seven oh oh"), ("EMAIL", "john dot smith gmail dot com")]:
        if validate(typ, bad) is None:
            errs.append(f"validator accepted bad {typ}: {bad}")
    for typ, good in [("CARD_NUMBER", "4539 1488 0343 6467"), ("IBAN", "GB82 WEST 1234 5698 7654 32"),
                      ("NI_NUMBER", "a b one two three four five six c for charlie"),
                      ("EMAIL", "j dot doe at gmail dot com"), ("POSTCODE", "s w one a two a a")]:
        if validate(typ, good) is not None:
            errs.append(f"validator rejected good {typ}: {good}")
    cnt = type_counts(cases)
    for t, m in MIN_SPANS.items():
        if cnt.get(t, 0) < m:
            errs.append(f"type {t} has {cnt.get(t, 0)} spans < {m}")
    npos = sum(c["kind"] == "positive" for c in cases)
    nneg = len(cases) - npos
    if npos < 170:
        errs.append(f"only {npos} positives")
    if nneg < 100:
        errs.append(f"only {nneg} negatives")
    return errs


def main():
    text, cases = generate()
    cnt = type_counts(cases)
    npos = sum(c["kind"] == "positive" for c in cases)
    summary = f"positives={npos} negatives={len(cases) - npos} spans={sum(cnt.values())} " + \
        " ".join(f"{t}={cnt.get(t, 0)}" for t in TYPES)
    if "--check" in sys.argv[1:]:
        errs = check(text, cases)
        print(summary)
        if errs:
            for e in errs[:200]:
                print("ERROR", e)
            print(f"FAILED: {len(errs)} problem(s)")
            sys.exit(1)
        print("OK: fixture reproducible and valid")
        return
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    CASES.write_text(text, encoding="utf-8")
    README.write_text(readme_text(cases), encoding="utf-8")
    print(summary)
    print(f"wrote {CASES.relative_to(ROOT)} and {README.relative_to(ROOT)}")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set ``pii_holdout128``.

Written by an AI helper acting as an independent test author who did not see
the redaction code.  Standard library only.  Output is byte-for-byte
reproducible from a single seeded ``random.Random(128241124)``.

    python scripts/make_pii_holdout128.py          # write fixture + README
    python scripts/make_pii_holdout128.py --check  # regenerate and verify

Emphasis: phone calls as a Whisper-like speech recogniser writes them (partial
inverse text normalisation, odd capitalisation/punctuation, homophones,
split readings) plus typed chat.
"""
from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

SEED = 128241124
ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "tests" / "fixtures" / "pii_holdout128"
CASES = OUT_DIR / "cases.jsonl"
README = OUT_DIR / "README.md"
PREFIX = "h128"

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

rng = random.Random(SEED)

# ---------------------------------------------------------------- segments

class P:
    """A labelled PII segment inside a turn."""

    def __init__(self, text, typ, group=None, fragment=False):
        self.text, self.typ, self.group, self.fragment = text, typ, group, fragment


def build(kind, turns, note):
    """turns: list of (speaker, [str | P, ...]). Returns (case, groups)."""
    out_turns, spans, groups = [], [], {}
    for ti, (spk, segs) in enumerate(turns):
        text = ""
        for s in segs:
            if isinstance(s, str):
                text += s
            else:
                start = len(text)
                text += s.text
                spans.append({"turn": ti, "start": start, "end": len(text), "type": s.typ})
                key = s.group if s.group is not None else ("auto", len(spans))
                g = groups.setdefault(key, {"type": s.typ, "idx": [], "fragment": s.fragment})
                g["idx"].append(len(spans) - 1)
        out_turns.append({"speaker": spk, "text": text})
    case = {"id": None, "kind": kind, "turns": out_turns, "spans": spans, "note": note}
    return case, list(groups.values())

# ---------------------------------------------------------------- value makers

def luhn_check_digit(body):
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_ok(num):
    total = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def rdig(n):
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def make_card(kind=None):
    kind = kind or rng.choice(["visa", "visa", "mc", "mc", "amex", "disc", "visa13", "maestro19"])
    pref, length = {
        "visa": (rng.choice(["4", "41", "45", "49"]), 16),
        "mc": (rng.choice(["51", "52", "53", "54", "55", "22"]), 16),
        "amex": (rng.choice(["34", "37"]), 15),
        "disc": ("6011", 16),
        "visa13": ("4", 13),
        "maestro19": (rng.choice(["6759", "6763"]), 19),
    }[kind]
    body = pref + rdig(length - len(pref) - 1)
    return body + luhn_check_digit(body)


def card_groups(num):
    if len(num) == 15:
        return [num[:4], num[4:10], num[10:]]
    if len(num) == 13:
        return [num[:4], num[4:8], num[8:12], num[12:]]
    return [num[i:i + 4] for i in range(0, len(num), 4)]


def make_ssn():
    while True:
        a = rng.randint(1, 899)
        if a == 666:
            continue
        return f"{a:03d}", f"{rng.randint(1, 99):02d}", f"{rng.randint(1, 9999):04d}"


NI_FIRST = "ABCEGHJKLMNPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"
BAD_NI = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}


def make_ni():
    while True:
        p = rng.choice(NI_FIRST) + rng.choice(NI_SECOND)
        if p not in BAD_NI:
            break
    return p, rdig(6), rng.choice("ABCD")


def iban_check(country, bban):
    s = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return f"{98 - int(num) % 97:02d}"


def iban_ok(iban):
    s = iban[4:] + iban[:4]
    try:
        num = "".join(str(int(c, 36)) for c in s)
    except ValueError:
        return False
    return int(num) % 97 == 1


def make_iban(country=None):
    country = country or rng.choice(["GB", "GB", "IE", "IE", "DE", "FR", "NL", "ES"])
    if country == "GB":
        bban = rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + rdig(6) + rdig(8)
    elif country == "IE":
        bban = rng.choice(["AIBK", "BOFI", "IPBS"]) + rdig(6) + rdig(8)
    elif country == "DE":
        bban = rdig(18)
    elif country == "FR":
        bban = rdig(23)
    elif country == "NL":
        bban = rng.choice(["ABNA", "INGB", "RABO"]) + rdig(10)
    else:
        bban = rdig(20)
    return country + iban_check(country, bban) + bban


UK_AREAS = ["M", "B", "L", "G", "S", "E", "N", "W", "LS", "SW", "NW", "EH", "CF", "BS",
            "NG", "CB", "RG", "KT", "BT", "LE", "DH", "PL", "HU", "TR", "YO", "GL"]
INWARD = "ABDEFGHJLNPQRSTUWXYZ"


def make_uk_postcode():
    area = rng.choice(UK_AREAS)
    district = str(rng.randint(1, 28)) if len(area) == 2 else str(rng.randint(1, 19))
    return area + district, str(rng.randint(0, 9)) + rng.choice(INWARD) + rng.choice(INWARD)


def make_zip():
    return f"{rng.randint(10000, 99950):05d}"


def make_uk_mobile():
    return "07" + str(rng.choice([4, 5, 7, 8, 9])) + rdig(8)


def make_uk_landline():
    return rng.choice(["0161", "0121", "0113", "0141", "0117", "0131", "0151"]) + rdig(7)


def make_us_phone():
    return str(rng.randint(2, 9)) + rdig(2) + str(rng.randint(2, 9)) + rdig(6)


def make_ie_mobile():
    return "08" + rng.choice("35679") + rdig(7)


FIRST = ["john", "sarah", "aoife", "niamh", "david", "priya", "tom", "kate", "liam", "maria",
         "james", "fatima", "connor", "emma", "raj", "olivia", "sean", "grace", "mark", "lucy"]
LAST = ["murphy", "smith", "patel", "kelly", "walsh", "jones", "byrne", "okafor", "nguyen",
        "garcia", "obrien", "taylor", "brennan", "hughes", "schmidt", "rossi", "dubois", "reilly"]
DOMAINS = ["gmail.com", "outlook.com", "yahoo.co.uk", "btinternet.com", "eircom.net",
           "icloud.com", "hotmail.com", "aol.com", "gmx.de", "proton.me", "sky.com"]

STREETS = ["elm", "church", "station", "high", "mill", "park", "victoria", "oak", "maple",
           "castle", "bridge", "kings", "queens", "green", "willow", "chapel", "main", "cedar",
           "orchard", "beech", "sycamore", "harbour", "abbey", "meadow"]
SUFFIX_UK = ["road", "street", "lane", "avenue", "close", "drive", "crescent", "grove", "terrace", "way"]
SUFFIX_US = ["street", "avenue", "boulevard", "drive", "court", "road", "lane", "place"]
TOWNS_UK = ["leeds", "bristol", "manchester", "cardiff", "york", "norwich", "belfast", "glasgow"]
TOWNS_IE = ["cork", "galway", "limerick", "sligo", "kilkenny", "dundalk"]
TOWNS_US = ["Austin", "Columbus", "Denver", "Tampa", "Spokane", "Raleigh", "Omaha"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]

# ---------------------------------------------------------------- speaking

ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "f": "foxtrot",
        "g": "golf", "h": "hotel", "i": "india", "j": "juliet", "k": "kilo", "l": "lima",
        "m": "mike", "n": "november", "o": "oscar", "p": "papa", "q": "quebec", "r": "romeo",
        "s": "sierra", "t": "tango", "u": "uniform", "v": "victor", "w": "whiskey",
        "x": "xray", "y": "yankee", "z": "zulu"}
ALT_WORD = {"b": "bob", "c": "charlie", "d": "david", "m": "mother", "n": "nancy", "s": "sugar",
            "p": "peter", "t": "tommy", "h": "harry", "j": "john", "k": "king", "l": "london",
            "r": "robert", "w": "william", "e": "edward", "a": "apple", "g": "george",
            "y": "yellow", "x": "xmas", "z": "zebra"}
LETTER_HOMO = {"b": "bee", "c": "see", "j": "jay", "k": "kay", "r": "are", "y": "why",
               "p": "pee", "t": "tee", "g": "gee", "e": "e", "s": "ess", "x": "ex"}


def zero_word(alnum=False):
    if alnum:
        return rng.choice(["zero", "zero", "nought"])
    return rng.choice(["oh", "oh", "oh", "zero", "zero", "o", "nought"])


def dword(d, z, homo=0.0):
    if d == "0":
        return z
    w = ONES[int(d)]
    if homo and rng.random() < homo:
        w = {"two": rng.choice(["to", "too", "two"]), "four": "for", "eight": "ate",
             "one": rng.choice(["won", "one", "one"]), "three": rng.choice(["tree", "three", "three"])}.get(w, w)
    return w


def pair_words(p, z):
    a, b = int(p[0]), int(p[1])
    if a == 0:
        return f"{z} {ONES[b] if b else z}"
    if a == 1:
        return TEENS[b]
    if b == 0:
        return TENS[a]
    return f"{TENS[a]} {ONES[b]}" if rng.random() < 0.7 else f"{TENS[a]}-{ONES[b]}"


def say_words(s, z, homo=0.0, doubles=0.5):
    out, i = [], 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        run = j - i
        if run >= 3 and rng.random() < doubles:
            out.append("triple " + dword(s[i], z))
            i += 3
        elif run >= 2 and rng.random() < doubles:
            out.append("double " + dword(s[i], z))
            i += 2
        else:
            out.append(dword(s[i], z, homo))
            i += 1
    return " ".join(out)


def say_pairs(s, z):
    parts = []
    i = 0
    if len(s) % 2:
        parts.append(dword(s[0], z))
        i = 1
    while i < len(s):
        parts.append(pair_words(s[i:i + 2], z))
        i += 2
    return " ".join(parts)


def say_group(s, z, modes=("words", "words", "pairs", "num", "doubles"), homo=0.0):
    m = rng.choice(modes)
    if m == "num":
        return s
    if m == "pairs" and len(s) >= 2:
        return say_pairs(s, z)
    if m == "doubles":
        return say_words(s, z, homo, doubles=1.0)
    return say_words(s, z, homo, doubles=0.0)


def odd_caps(s, p=0.15):
    words = s.split(" ")
    return " ".join(w[:1].upper() + w[1:] if w and rng.random() < p else w for w in words)


def join_groups(parts, seps=(" ", " ", ", ", ". ", " ")):
    out = parts[0]
    for p in parts[1:]:
        sep = rng.choice(seps)
        if sep == ". " and p[:1].isalpha():
            p = p[:1].upper() + p[1:]
        out += sep + p
    return out


def asr_digits(s, group_sizes=None, modes=None, homo=0.1, caps=0.12, seps=None, z=None):
    """Render a digit string the way a Whisper-like recogniser might.

    Re-renders when the result would be ambiguous (e.g. 'sixty' + 'five oh')."""
    z = z or zero_word()
    if group_sizes is None:
        group_sizes = [len(s)]
    groups, i = [], 0
    for g in group_sizes:
        if i < len(s):
            groups.append(s[i:i + g])
        i += g
    if i < len(s):
        groups.append(s[i:])
    for _ in range(30):
        parts = [say_group(g, z, modes or ("words", "words", "pairs", "num", "doubles"), homo) for g in groups]
        out = odd_caps(join_groups(parts, seps or (" ", " ", ", ", ". ", " ")), caps)
        if norm_digits(out) == s and (z != "o" or norm_alnum(out) is not None):
            return out
    return " ".join(say_words(g, z, 0.0, 0.0) for g in groups)


def safe_pc(out, inn, **kw):
    """Outward and inward code spoken separately (never merged into one number)."""
    return say_alnum(out, **kw) + rng.choice([" ", ", ", " ", ". "]) + say_alnum(inn)


def say_letter(ch, style=None):
    ch = ch.lower()
    style = style or rng.choice(["plain", "plain", "plain", "nato", "for", "homo", "upper"])
    if style == "nato":
        return NATO[ch]
    if style == "for":
        return f"{ch} for {rng.choice([NATO[ch], ALT_WORD.get(ch, NATO[ch])])}"
    if style == "homo" and ch in LETTER_HOMO:
        return LETTER_HOMO[ch]
    if style == "upper":
        return ch.upper()
    return ch


def say_alnum(s, z=None, letter_style=None):
    z = z or zero_word(alnum=True)
    out = []
    i = 0
    while i < len(s):
        ch = s[i]
        if ch.isdigit():
            j = i
            while j < len(s) and s[j].isdigit():
                j += 1
            out.append(say_group(s[i:j], z, ("words", "words", "num", "pairs")))
            i = j
        else:
            if i + 1 < len(s) and s[i + 1] == ch and rng.random() < 0.6:
                out.append("double " + say_letter(ch, "plain"))
                i += 2
            else:
                out.append(say_letter(ch, letter_style))
                i += 1
    return " ".join(out)

# ---------------------------------------------------------------- normalisers (for --check)

W2D = {w: str(i) for i, w in enumerate(ONES)}
W2D.update({"oh": "0", "o": "0", "nought": "0", "nil": "0", "to": "2", "too": "2",
            "for": "4", "ate": "8", "won": "1", "tree": "3"})
TEEN2D = {w: str(10 + i) for i, w in enumerate(TEENS)}
TENS2D = {w: str(i * 10) for i, w in enumerate(TENS) if w}
ALNUM_FILLERS = {"um", "uh", "erm", "sorry", "dash", "hyphen", "space"}
FILLERS = {"um", "uh", "er", "erm", "ah", "sorry", "hmm", "and", "yeah", "so", "then", "dash",
           "hyphen", "space", "plus"}
NATO_REV = {v: k for k, v in NATO.items()}
ALT_REV = {v: k for k, v in ALT_WORD.items()}
HOMO_REV = {v: k for k, v in LETTER_HOMO.items() if len(v) > 1}


def toks(text):
    return re.findall(r"[a-z0-9]+", text.lower())


def norm_digits(text):
    t = toks(text)
    out, i = "", 0
    while i < len(t):
        w = t[i]
        nxt = t[i + 1] if i + 1 < len(t) else None
        if w.isdigit():
            out += w
        elif w in W2D:
            out += W2D[w]
        elif w in TEEN2D:
            out += TEEN2D[w]
        elif w in TENS2D:
            if nxt in ONES[1:]:
                out += TENS2D[w][0] + W2D[nxt]
                i += 1
            else:
                out += TENS2D[w]
        elif w in ("double", "triple") and nxt in W2D:
            out += W2D[nxt] * (2 if w == "double" else 3)
            i += 1
        elif w in FILLERS:
            pass
        else:
            return None
        i += 1
    return out


def norm_alnum(text):
    t = toks(text)
    out, i = "", 0
    while i < len(t):
        w = t[i]
        nxt = t[i + 1] if i + 1 < len(t) else None
        nn = t[i + 2] if i + 2 < len(t) else None
        if len(w) == 1 and w.isalpha() and nxt == "for" and (nn in NATO_REV or nn in ALT_REV):
            out += w.upper()
            i += 3
            continue
        if w == "double" and nxt and len(nxt) == 1 and nxt.isalpha():
            out += nxt.upper() * 2
            i += 2
            continue
        if w in ("double", "triple") and nxt in W2D and nxt != "o":
            out += W2D[nxt] * (2 if w == "double" else 3)
            i += 2
            continue
        if w in NATO_REV:
            out += NATO_REV[w].upper()
        elif w in HOMO_REV:
            out += HOMO_REV[w].upper()
        elif len(w) == 1 and w.isalpha():
            out += w.upper()
        elif w in W2D:
            out += W2D[w]
        elif w in TEEN2D:
            out += TEEN2D[w]
        elif w in TENS2D:
            if nxt in ONES[1:]:
                out += TENS2D[w][0] + W2D[nxt]
                i += 1
            else:
                out += TENS2D[w]
        elif w in ALNUM_FILLERS:
            pass
        elif w.isalnum():
            out += w.upper()
        else:
            return None
        i += 1
    return out


UK_PC = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$")
NI_RE = re.compile(r"^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$")
EMAIL_RE = re.compile(r"^[a-z0-9._-]+@[a-z0-9-]+(\.[a-z]+)+$")
ROAD_WORDS = set(SUFFIX_UK + SUFFIX_US + ["rd", "st", "ave", "dr", "blvd", "ln", "ct", "pl"])


def norm_email(text):
    s = text.lower()
    s = re.sub(r"\s+(dot|period)\s+", ".", s)
    s = re.sub(r"\s+at\s+", "@", s)
    s = re.sub(r"\s+underscore\s+", "_", s)
    s = re.sub(r"\s+(dash|hyphen)\s+", "-", s)
    s = s.replace(" ", "")
    return s


def _join(fn, pieces):
    out = []
    for x in pieces:
        v = fn(x)
        if v is None:
            return None
        out.append(v)
    return "".join(out)


def validate(typ, pieces, fragment):
    """Return an error string or None. pieces: the texts of one value's spans, in order."""
    text = " ".join(pieces)
    if typ == "EMAIL":
        return None if EMAIL_RE.match(norm_email(text)) else f"bad email {norm_email(text)!r}"
    if typ == "ADDRESS":
        t = toks(text)
        has_num = any(re.match(r"^\d+[a-z]?$", w) or w in W2D or w in TENS2D or w in TEEN2D for w in t)
        has_road = any(w in ROAD_WORDS for w in t)
        return None if has_num and has_road else "address needs number and road word"
    if typ == "DOB":
        t = toks(text)
        ords = {w for o in ORD_WORDS for w in o.split()}
        has_day_month = any(w in MONTHS or w in ords or re.match(r"^\d+(st|nd|rd|th)?$", w) for w in t)
        has_year = any(re.match(r"^(19|20)\d\d$", w) or re.match(r"^\d\d$", w) or w in TENS2D or w in TEEN2D or w == "thousand" for w in t) \
            or len(norm_digits(text) or "") >= 6
        if len(norm_digits(text) or "") in (6, 8):
            has_day_month = has_year = True
        return None if has_day_month and has_year else "bad dob"
    if typ == "EXPIRY":
        t = toks(text)
        if any(w in MONTHS for w in t):
            return None
        d = norm_digits(text)
        if d and len(d) in (4, 6) and 1 <= int(d[:2]) <= 12:
            return None
        if "/" in text:
            a, _, b = text.partition("/")
            ma, yb = norm_digits(a), norm_digits(b)
            if ma and yb and 1 <= int(ma) <= 12 and len(yb) in (2, 4):
                return None
        return f"bad expiry {d!r}"
    if typ in ("NI_NUMBER", "POSTCODE", "IBAN"):
        v = _join(norm_alnum, pieces)
        if v is None:
            return "unparseable"
        if typ == "POSTCODE" and v.isdigit():
            return None if len(v) in (5, 9) or (fragment and len(v) < 9) else f"bad zip {v}"
        if fragment:
            return None
        if typ == "NI_NUMBER":
            return None if NI_RE.match(v) else f"bad NI {v}"
        if typ == "POSTCODE":
            return None if UK_PC.match(v) else f"bad postcode {v}"
        return None if iban_ok(v) else f"bad IBAN {v}"
    d = _join(norm_digits, pieces)
    if d is None or not d:
        return f"unparseable digits in {text!r}"
    n = len(d)
    if fragment:
        return None
    if typ == "CARD_NUMBER":
        return None if 13 <= n <= 19 and luhn_ok(d) else f"bad card {d}"
    if typ == "SSN":
        return None if n == 9 else f"bad ssn {d}"
    if typ == "SORT_CODE":
        return None if n == 6 else f"bad sort code {d}"
    if typ == "CVV":
        return None if n in (3, 4) else f"bad cvv {d}"
    if typ == "BANK_ACCOUNT":
        return None if 6 <= n <= 12 else f"bad account {d}"
    if typ == "PHONE":
        if d.startswith("00"):
            n -= 2
        return None if 10 <= n <= 13 else f"bad phone {d}"
    return f"unknown type {typ}"

# ---------------------------------------------------------------- small talk pieces

BACKCH = ["mhm", "okay", "yep", "go on", "okay go on", "uh huh", "yes", "got that", "right", "Mhm.", "Okay.", "Yep, go ahead."]
FILL = ["um ", "uh ", "", "", "", "so ", "yeah ", "right ", "er "]


def bc():
    return rng.choice(BACKCH)


def fill():
    return rng.choice(FILL)


def amount():
    return rng.choice([f"${rng.randint(10, 400)}", f"£{rng.randint(5, 300)}.{rng.randint(0, 99):02d}",
                       f"{rng.randint(12, 95)} pounds", f"€{rng.randint(20, 250)}",
                       f"{rng.choice(TENS[2:])} {rng.choice(ONES[1:])} dollars"])


def ordinal(n):
    suf = "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf}"


ORD_WORDS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
             "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
             "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty first", "twenty second",
             "twenty third", "twenty fourth", "twenty fifth", "twenty sixth", "twenty seventh",
             "twenty eighth"]


def say_year(y, z="oh"):
    if 2000 <= y <= 2009:
        return rng.choice([f"two thousand and {ONES[y - 2000]}", f"two thousand {ONES[y - 2000]}", str(y)])
    hi, lo = divmod(y, 100)
    lo_s = f"{z} {ONES[lo]}" if lo < 10 else pair_words(f"{lo:02d}", z)
    return rng.choice([f"{pair_words(str(hi), z)} {lo_s}", str(y)])

# ---------------------------------------------------------------- positive templates

def card_reading_asr(num):
    groups = card_groups(num)
    return asr_digits(num, [len(g) for g in groups])


def pos_card_one_turn():
    num = make_card()
    ind = rng.choice(["telecom", "retail", "utilities", "insurance", "travel"])
    pre = rng.choice(["yeah it's ", "Yeah, it's ", "okay so it's ", "it's a debit card ", "the number is ", "", "um "])
    r = card_reading_asr(num)
    turns = [("agent", [rng.choice(["can I take the long number across the front of the card",
                                    "And the card number please?", "go ahead with the sixteen digits when you're ready",
                                    "what's the card number you'd like to use today"])]),
             ("customer", [pre, P(r, "CARD_NUMBER"), rng.choice(["", ".", " yeah", " and that's for the " + amount() + " payment"])])]
    return turns, f"call/{ind}: card read in one turn, Whisper-style partial ITN (numerals mixed with words)"


def pos_card_split():
    num = make_card(rng.choice(["visa", "mc", "disc"]))
    groups = card_groups(num)
    z = zero_word()
    turns = [("agent", ["okay whenever you're ready with the card number"])]
    for k, g in enumerate(groups):
        seg = say_group(g, z, ("words", "num", "pairs", "doubles"), homo=0.15)
        lead = rng.choice(["", "", "um ", "it's ", "then "]) if k else rng.choice(["", "okay ", "right so "])
        tail = rng.choice(["", "", "...", ","])
        turns.append(("customer", [lead, P(odd_caps(seg), "CARD_NUMBER", group="c"), tail]))
        if k < len(groups) - 1:
            turns.append(("agent", [bc()]))
    turns.append(("agent", [rng.choice(["lovely thank you", "perfect", "great, and the expiry?"])]))
    return turns, "call/" + rng.choice(["banking", "telecom", "insurance"]) + ": card split over customer turns with agent back-channels, mixed ITN"


def pos_card_readback():
    num = make_card(rng.choice(["visa", "mc"]))
    groups = card_groups(num)
    wrong = list(groups[1])
    wrong[2] = str((int(wrong[2]) + 1) % 10)
    wrong = "".join(wrong)
    z = zero_word()
    t1 = [P(say_group(groups[0], z, ("words", "num")), "CARD_NUMBER", group="c"), " ",
          P(say_group(wrong, z, ("words",)), "CARD_NUMBER", group="w", fragment=True),
          rng.choice([" no sorry ", " - sorry, ", " no wait "]),
          P(asr_digits("".join(groups[1:]), [4, 4, 4], modes=("words", "num", "pairs"), z=z),
            "CARD_NUMBER", group="c")]
    rb = " ".join(groups) if rng.random() < 0.5 else asr_digits(num, [4, 4, 4, 4], modes=("words", "num"))
    turns = [("agent", ["long card number please"]),
             ("customer", t1),
             ("agent", ["let me read that back ", P(rb, "CARD_NUMBER"), "?"]),
             ("customer", [rng.choice(["yes that's right", "yep", "Correct."])])]
    return turns, "call/retail: self-correction inside the card reading, agent reads the number back"


def pos_card_chat():
    num = make_card()
    g = card_groups(num)
    fmt = rng.choice(["space", "dash", "none", "dot", "odd"])
    if fmt == "space":
        s = " ".join(g)
    elif fmt == "dash":
        s = "-".join(g)
    elif fmt == "none":
        s = num
    elif fmt == "dot":
        s = ".".join(g)
    else:
        s = num[:6] + " " + num[6:10] + " " + num[10:]
    cvv = rdig(4 if len(num) == 15 else 3)
    mm, yy = rng.randint(1, 12), rng.randint(26, 31)
    exp = rng.choice([f"{mm:02d}/{yy}", f"{mm:02d}-{yy}", f"{mm}/20{yy}", f"{mm:02d}{yy}"])
    turns = [("agent", ["Please enter your card details below to complete the top-up of " + amount()]),
             ("customer", [rng.choice(["card: ", "its ", "Card no ", ""]), P(s, "CARD_NUMBER"),
                           rng.choice([" exp ", " expiry ", ", expires ", " ex "]), P(exp, "EXPIRY"),
                           rng.choice([" cvv ", " sec code ", ", CVC ", " 3 digits "]), P(cvv, "CVV")])]
    return turns, "chat/" + rng.choice(["telecom", "retail", "travel"]) + ": card, expiry and security code typed in one message"


def pos_cvv_expiry_call():
    mm, yy = rng.randint(1, 12), rng.randint(26, 31)
    z = zero_word()
    exp = rng.choice([
        f"{dword(str(mm // 10), z) + ' ' if mm < 10 else ''}{ONES[mm] if mm < 10 else pair_words(f'{mm:02d}', z)} {pair_words(str(yy), z)}",
        f"{mm:02d}/{yy}",
        f"{MONTHS[mm - 1]} {rng.choice(['20' + str(yy), 'twenty ' + pair_words(str(yy), z)])}",
        f"{mm:02d}{yy}",
        f"{z} {ONES[mm % 10]}/{yy}" if mm < 10 else f"{mm}/{yy}",
    ])
    cvv = rdig(3)
    cv = rng.choice([say_words(cvv, z), cvv, " ".join(cvv), say_words(cvv, z, homo=0.5)])
    turns = [("agent", ["and the expiry date on the card"]),
             ("customer", [fill(), P(odd_caps(exp), "EXPIRY")]),
             ("agent", [rng.choice(["and the three digit security code on the back", "And the last three digits on the signature strip?",
                                    "the cvv please"])]),
             ("customer", [rng.choice(["", "it's ", "Um, ", "yeah "]), P(cv, "CVV"),
                           rng.choice(["", ".", " I think", " yeah"])])]
    return turns, "call/" + rng.choice(["utilities", "travel", "insurance", "telecom"]) + ": expiry and CVV in separate answers, ASR renders some numerals"


def pos_cvv_expiry_one_turn():
    mm, yy = rng.randint(1, 12), rng.randint(26, 31)
    cvv = rdig(3)
    z = zero_word()
    exp = rng.choice([f"{mm}/{yy}", f"{MONTHS[mm - 1].title()} '{yy}", f"{say_words(f'{mm:02d}', z)} {pair_words(str(yy), z)}",
                      f"{mm:02d} {yy}"])
    cv = rng.choice([cvv, say_words(cvv, z)])
    turns = [("agent", ["can you give me the expiry and the security code together"]),
             ("customer", [rng.choice(["expires ", "Yeah, it expires ", "it's valid till ", "end of "]), P(exp, "EXPIRY"),
                           rng.choice([" and the code is ", " and security number ", ". The code on the back is ", " cvv "]),
                           P(cv, "CVV"), rng.choice(["", " and I want to pay " + amount(), "."])])]
    return turns, "call/retail: expiry and CVV in one turn next to an amount"


def pos_ssn():
    a, b, c = make_ssn()
    d = a + b + c
    z = zero_word()
    r = rng.choice([
        f"{a}-{b}-{c}", f"{a} {b} {c}", d,
        asr_digits(d, [3, 2, 4], modes=("words", "num", "doubles")),
        asr_digits(d, [3, 2, 4], modes=("words",), homo=0.3),
        f"{a}, {say_pairs(b, z)}, {say_pairs(c, z)}",
    ])
    chat = rng.random() < 0.3
    if chat:
        r = rng.choice([f"{a}-{b}-{c}", d, f"{a} {b} {c}", f"{a}.{b}.{c}", f"{a}-{b}{c}"])
        turns = [("agent", ["To verify your identity please provide your Social Security number."]),
                 ("customer", [rng.choice(["ssn ", "Sure it's ", "", "my SSN is "]), P(r, "SSN"), rng.choice(["", " thanks", ", dob is on file"])])]
        return turns, "chat/" + rng.choice(["banking", "healthcare billing", "insurance"]) + ": US SSN typed with varied separators"
    turns = [("agent", [rng.choice(["can I get your social security number to verify", "and your social please",
                                    "I'll need the last... actually the full social security number"])]),
             ("customer", [fill(), rng.choice(["it's ", "", "sure it's ", "Okay, "]), P(r, "SSN")])]
    return turns, "call/" + rng.choice(["banking", "healthcare billing", "government services", "insurance"]) + ": SSN, Whisper formatting (hyphens/numerals or words)"


def pos_ssn_split():
    a, b, c = make_ssn()
    z = zero_word()
    turns = [("agent", ["what's your social security number"]),
             ("customer", [fill(), P(asr_digits(a, modes=("words", "num")), "SSN", group="s")]),
             ("agent", [bc()]),
             ("customer", [P(asr_digits(b, modes=("words", "num", "pairs")), "SSN", group="s")]),
             ("agent", [bc()]),
             ("customer", [P(asr_digits(c, [2, 2], modes=("words", "pairs", "num")), "SSN", group="s"), rng.choice(["", ".", " and my date of birth is on file"])])]
    if rng.random() < 0.5:
        turns.append(("agent", ["so that's ", P(f"{a}-{b}-{c}" if rng.random() < 0.5 else say_words(a + b + c, z, doubles=0.0), "SSN"), " correct?"]))
        turns.append(("customer", ["yep"]))
    return turns, "call/healthcare billing: SSN split 3/2/4 over turns with back-channels, optional agent read-back"


def pos_ni():
    p, dgs, s = make_ni()
    z = zero_word(alnum=True)
    ls = rng.choice(["plain", "nato", "for", "homo", "upper"])
    r = rng.choice([
        f"{p} {dgs[:2]} {dgs[2:4]} {dgs[4:]} {s}",
        f"{p}{dgs}{s}",
        f"{say_letter(p[0], ls)} {say_letter(p[1], ls)} {asr_digits(dgs, [2, 2, 2], modes=('words', 'pairs', 'num'), homo=0.0, z=zero_word(alnum=True))} {say_letter(s, ls)}",
        f"{p[0]}.{p[1]}. {dgs} {s}",
        f"{say_letter(p[0], 'for')}, {say_letter(p[1], 'for')}, {say_pairs(dgs, z)}, {say_letter(s, ls)}",
        f"{p} {dgs[:3]} {dgs[3:]} {s}",
    ])
    r = r.replace(" o ", " zero ")
    turns = [("agent", [rng.choice(["can you confirm your national insurance number", "And your NI number please?",
                                    "what's your national insurance number"])]),
             ("customer", [rng.choice(["yeah it's ", "", "Um, it's ", "hang on... ", "okay "]), P(odd_caps(r, 0.1), "NI_NUMBER"),
                           rng.choice(["", ".", " I think", " yeah"])])]
    return turns, "call/" + rng.choice(["government services", "banking", "insurance", "utilities"]) + ": UK NI number, letters spelled/phonetic/homophone, digits mixed ITN"


def pos_ni_split():
    p, dgs, s = make_ni()
    ls = rng.choice(["plain", "for", "nato", "homo"])
    turns = [("agent", ["national insurance number please"]),
             ("customer", [fill(), P(f"{say_letter(p[0], ls)} {say_letter(p[1], ls)}", "NI_NUMBER", group="n")]),
             ("agent", [bc()]),
             ("customer", [P(asr_digits(dgs, [2, 2, 2], modes=("words", "pairs", "num"), z=zero_word(alnum=True)), "NI_NUMBER", group="n")]),
             ("agent", [rng.choice(["and the letter at the end", "mhm and the last letter"])]),
             ("customer", [rng.choice(["it's ", "", "um "]), P(say_letter(s, rng.choice(["plain", "for", "upper"])), "NI_NUMBER", group="n")])]
    return turns, "call/government services: NI number split into prefix / digits / suffix letter over turns"


def pos_ni_chat():
    p, dgs, s = make_ni()
    r = rng.choice([f"{p}{dgs}{s}", f"{p} {dgs[:2]} {dgs[2:4]} {dgs[4:]} {s}", f"{p.lower()}{dgs}{s.lower()}",
                    f"{p}-{dgs[:2]}-{dgs[2:4]}-{dgs[4:]}-{s}", f"{p} {dgs} {s}"])
    turns = [("agent", ["Could you type your National Insurance number so I can find your record?"]),
             ("customer", [rng.choice(["its ", "NI: ", "", "ni no is "]), P(r, "NI_NUMBER"),
                           rng.choice(["", " - I started the job on 3rd March", " thanks", "."])])]
    return turns, "chat/government services: NI number typed with varied case and separators"


def pos_bank():
    acct = rdig(8)
    sc = rdig(6)
    z = zero_word()
    order = rng.random() < 0.5
    sc_r = rng.choice([f"{sc[:2]}-{sc[2:4]}-{sc[4:]}", asr_digits(sc, [2, 2, 2], modes=("pairs", "words", "num")),
                       f"{sc[:2]} {sc[2:4]} {sc[4:]}"])
    ac_r = rng.choice([acct, asr_digits(acct, [4, 4], modes=("words", "num", "doubles")),
                       asr_digits(acct, [3, 3, 2], modes=("words", "pairs"))])
    if order:
        turns = [("agent", ["what's the sort code for the account the direct debit comes from"]),
                 ("customer", [fill(), P(sc_r, "SORT_CODE")]),
                 ("agent", ["and the account number"]),
                 ("customer", [rng.choice(["", "it's ", "Okay. "]), P(ac_r, "BANK_ACCOUNT")])]
    else:
        turns = [("agent", ["can I take the bank details for the refund of " + amount()]),
                 ("customer", ["account number ", P(ac_r, "BANK_ACCOUNT"), rng.choice([" sort code ", ", and the sort code is ", ". Sort code "]),
                               P(sc_r, "SORT_CODE")])]
    return turns, "call/" + rng.choice(["utilities", "banking", "insurance"]) + ": UK sort code and 8-digit account number, ASR mixed rendering"


def pos_bank_us():
    acct = rdig(rng.choice([9, 10, 12]))
    turns = [("agent", ["and the checking account number for the autopay"]),
             ("customer", [fill(), P(asr_digits(acct, [3] * (len(acct) // 3), modes=("words", "num", "doubles")), "BANK_ACCOUNT")]),
             ("agent", ["and that's with which bank"]),
             ("customer", ["chase, routing is on the check"])]
    return turns, "call/utilities US: checking account number read in groups of three"


def pos_bank_chat():
    acct = rdig(8)
    sc = rdig(6)
    turns = [("customer", ["Hi I changed banks, new details: ", rng.choice(["acc ", "a/c ", "Account no. "]),
                           P(rng.choice([acct, acct[:4] + " " + acct[4:]]), "BANK_ACCOUNT"),
                           rng.choice([" s/c ", " sort ", ", sort code: "]),
                           P(rng.choice([f"{sc[:2]}-{sc[2:4]}-{sc[4:]}", sc, f"{sc[:2]} {sc[2:4]} {sc[4:]}"]), "SORT_CODE"),
                           rng.choice([" pls update before the 15th", "", " - payment is " + amount() + " a month"])])]
    return turns, "chat/utilities: new bank details typed with abbreviations"


def pos_iban():
    iban = make_iban()
    chat = rng.random() < 0.4
    if chat:
        r = rng.choice([iban, " ".join(iban[i:i + 4] for i in range(0, len(iban), 4)), iban.lower()])
        turns = [("customer", ["please refund to ", P(r, "IBAN"), rng.choice(["", " thanks", " (my Irish account)"])])]
        return turns, "chat/travel: IBAN typed compact, grouped or lower case"
    groups = [iban[i:i + 4] for i in range(0, len(iban), 4)]
    for _ in range(50):
        parts = [say_alnum(g, letter_style=rng.choice(["plain", "upper", "for"])) for g in groups]
        mid = len(parts) // 2
        if norm_alnum(" ".join(parts[:mid])) == "".join(groups[:mid]) and \
                norm_alnum(" ".join(parts[mid:])) == "".join(groups[mid:]) and norm_alnum(" ".join(parts)) == iban:
            break
    else:
        parts = groups
    if rng.random() < 0.5:
        mid = len(parts) // 2
        turns = [("agent", ["go ahead with the IBAN"]),
                 ("customer", [fill(), P(odd_caps(join_groups(parts[:mid])), "IBAN", group="i")]),
                 ("agent", [bc()]),
                 ("customer", [P(odd_caps(join_groups(parts[mid:])), "IBAN", group="i")])]
    else:
        turns = [("agent", ["what's the IBAN for the refund"]),
                 ("customer", [rng.choice(["it's ", "", "okay it's "]), P(odd_caps(join_groups(parts)), "IBAN")])]
    return turns, "call/" + rng.choice(["travel", "banking", "insurance"]) + ": IBAN spoken in groups of four, letters spelled, possibly split"


def phone_reading(num, intl):
    if intl and num.startswith("0"):
        cc = "44" if num.startswith("07") or num.startswith("01") else "353"
        rest = num[1:]
        cc_r = rng.choice([f"+{cc}", f"plus {say_words(cc, 'oh', doubles=1.0)}", f"00{cc}"])
        body = asr_digits(rest, [4, len(rest) - 4] if len(rest) > 6 else [len(rest)])
        return cc_r + " " + body
    if len(num) == 10 and not num.startswith("0"):
        return rng.choice([f"({num[:3]}) {num[3:6]}-{num[6:]}", f"{num[:3]}-{num[3:6]}-{num[6:]}",
                           asr_digits(num, [3, 3, 4], modes=("words", "num", "pairs")),
                           f"{say_words(num[:3], 'oh')}, {num[3:6]}-{num[6:]}"])
    if len(num) == 11:
        return asr_digits(num, [5, 6] if rng.random() < 0.5 else [5, 3, 3], modes=("words", "num", "doubles", "pairs"))
    return asr_digits(num, [3, 3, 4], modes=("words", "num", "doubles"))


def pos_phone():
    kind = rng.choice(["ukm", "ukl", "us", "ie", "ukm"])
    num = {"ukm": make_uk_mobile, "ukl": make_uk_landline, "us": make_us_phone, "ie": make_ie_mobile}[kind]()
    intl = kind != "us" and rng.random() < 0.35
    r = phone_reading(num, intl)
    turns = [("agent", [rng.choice(["what's the best number to reach you on", "and a contact number in case we get cut off",
                                    "can you confirm the mobile number on the account"])]),
             ("customer", [fill(), rng.choice(["it's ", "", "yeah it's ", "my mobile is "]), P(odd_caps(r, 0.1), "PHONE"),
                           rng.choice(["", " after 5:30 is best", " any time before 2", ".", " thanks"])])]
    return turns, f"call/{rng.choice(['telecom', 'utilities', 'retail'])}: phone number ({kind}{', international prefix' if intl else ''}) with ASR partial ITN"


def pos_phone_split_readback():
    num = make_uk_mobile() if rng.random() < 0.6 else make_us_phone()
    z = zero_word() if num.startswith("0") else rng.choice(["oh", "zero"])
    if num.startswith("0"):
        a, b = num[:5], num[5:]
    else:
        a, b = num[:6], num[6:]
    turns = [("agent", ["and the number we should text the code to"]),
             ("customer", [P(say_group(a, z, ("words", "doubles")), "PHONE", group="p")]),
             ("agent", [bc()]),
             ("customer", [P(say_group(b, z, ("words", "pairs", "num", "doubles")), "PHONE", group="p")]),
             ("agent", ["so that's ", P(rng.choice([num, a + " " + b, say_words(num, z, doubles=0.0)]), "PHONE"), "?"]),
             ("customer", [rng.choice(["yes", "That's it.", "yep"])])]
    return turns, "call/telecom: phone split over two turns then agent reads it back"


def pos_phone_chat():
    kind = rng.choice(["ukm", "us", "ie"])
    num = {"ukm": make_uk_mobile, "us": make_us_phone, "ie": make_ie_mobile}[kind]()
    if kind == "us":
        r = rng.choice([f"({num[:3]}) {num[3:6]}-{num[6:]}", f"{num[:3]}.{num[3:6]}.{num[6:]}", f"+1 {num[:3]} {num[3:6]} {num[6:]}", num])
    elif kind == "ukm":
        r = rng.choice([num, f"{num[:5]} {num[5:]}", f"+44 {num[1:5]} {num[5:]}", f"+44 (0){num[1:5]} {num[5:]}"])
    else:
        r = rng.choice([num, f"{num[:3]} {num[3:6]} {num[6:]}", f"+353 {num[1:3]} {num[3:6]} {num[6:]}", f"00353{num[1:]}"])
    turns = [("customer", [rng.choice(["pls call me back on ", "my new number is ", "Contact no: ", "reach me at "]), P(r, "PHONE"),
                           rng.choice(["", " between 9 and 11am", ", the old one ended in the 90s lol", " ta"])])]
    return turns, f"chat/{rng.choice(['telecom', 'retail', 'travel'])}: phone typed ({kind}) with call-back time nearby"


def email_parts():
    f, l = rng.choice(FIRST), rng.choice(LAST)
    style = rng.choice(["dot", "plain", "num", "under", "initial"])
    if style == "dot":
        local = f"{f}.{l}"
    elif style == "plain":
        local = f + l
    elif style == "num":
        local = f + l[:3] + str(rng.randint(1, 99))
    elif style == "under":
        local = f"{f}_{l}"
    else:
        local = f"{f[0]}.{l}"
    return local, rng.choice(DOMAINS)


def spoken_email(local, dom):
    loc = local.replace(".", " dot ").replace("_", " underscore ")
    loc = re.sub(r"(\d+)", lambda m: " " + say_words(m.group(1), "oh", doubles=0.0) + " ", loc)
    loc = re.sub(r"\s+", " ", loc).strip()
    d = dom.replace(".", " dot ")
    style = rng.choice(["spoken", "half", "itn", "caps"])
    if style == "spoken":
        return f"{loc} at {d}"
    if style == "half":
        return f"{loc} at {dom}"
    if style == "itn":
        return f"{local}@{dom}"
    return odd_caps(f"{loc} at {d}", 0.3)


def pos_email():
    local, dom = email_parts()
    chat = rng.random() < 0.3
    if chat:
        r = rng.choice([f"{local}@{dom}", f"{local.upper()}@{dom.upper()}", f"{local} @ {dom}".replace(" @ ", "@")])
        turns = [("customer", [rng.choice(["send the invoice to ", "email: ", "my email changed to ", "can u use "]), P(r, "EMAIL"),
                               rng.choice(["", " instead", " thx", "."])])]
        return turns, "chat/retail: e-mail typed with odd case"
    r = spoken_email(local, dom)
    turns = [("agent", ["what email address should we send the confirmation to"]),
             ("customer", [fill(), rng.choice(["it's ", "", "yeah it's "]), P(r, "EMAIL"), rng.choice(["", ".", " all lower case"])])]
    if rng.random() < 0.35:
        turns.append(("agent", ["let me just spell that back ", P(f"{local}@{dom}", "EMAIL")]))
    return turns, f"call/{rng.choice(['travel', 'insurance', 'retail', 'telecom'])}: e-mail dictated, ASR mixes 'dot'/'at' words with symbols"


def dob_text():
    d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.randint(1940, 2004)
    z = zero_word()
    return rng.choice([
        f"{ORD_WORDS[d - 1]} of {MONTHS[m - 1]} {say_year(y)}",
        f"{MONTHS[m - 1].title()} {ordinal(d)}, {y}",
        f"{ordinal(d)} of {MONTHS[m - 1].title()} {say_year(y)}",
        f"{d:02d}/{m:02d}/{y}",
        f"{say_words(f'{d:02d}', z, doubles=0.0)} {say_words(f'{m:02d}', z, doubles=0.0)} {pair_words(str(y)[2:], z)}",
        f"{MONTHS[m - 1]} {ORD_WORDS[d - 1]} {say_year(y)}",
        f"{ORD_WORDS[d - 1]} of the {ORD_WORDS[m - 1]} {say_year(y)}",
        f"{MONTHS[m - 1][:3].title()} {d} {y}",
    ])


def pos_dob():
    r = dob_text()
    chat = rng.random() < 0.25
    if chat:
        turns = [("agent", ["For security please confirm your date of birth"]),
                 ("customer", [rng.choice(["dob ", "", "its "]), P(r, "DOB")])]
        return turns, "chat/insurance: date of birth typed"
    turns = [("agent", [rng.choice(["and can you confirm your date of birth", "date of birth please", "what's the date of birth on the policy"])]),
             ("customer", [fill(), rng.choice(["it's ", "", "born ", "yeah it's the "]).replace("the ", ""), P(odd_caps(r, 0.1), "DOB"),
                           rng.choice(["", ".", " and I've been with you since 2015", " I'm " + str(rng.randint(20, 80)) + " now"])])]
    return turns, f"call/{rng.choice(['healthcare billing', 'banking', 'insurance', 'government services'])}: DOB spoken (ordinals, years as pairs, ITN)"


def address_spoken(country):
    n = rng.randint(1, 240)
    street = rng.choice(STREETS)
    suf = rng.choice(SUFFIX_US if country == "US" else SUFFIX_UK)
    num = rng.choice([str(n), say_pairs(str(n), "oh") if n >= 10 else ONES[n], str(n)])
    flat = ""
    if country != "US" and rng.random() < 0.2:
        flat = f"flat {rng.randint(1, 12)} "
    if country == "US" and rng.random() < 0.2:
        return f"{num} {street.title()} {suf.title()}, Apt {rng.randint(1, 30)}"
    return flat + f"{num} {street} {suf}"


def pos_address():
    country = rng.choice(["UK", "UK", "US", "IE"])
    addr = address_spoken(country)
    if country == "UK":
        out, inn = make_uk_postcode()
        pc = rng.choice([f"{out} {inn}", f"{out}{inn}".lower(), safe_pc(out, inn, letter_style="plain"),
                         say_alnum(out, letter_style="for") + ", " + say_alnum(inn, letter_style="plain")])
        town = rng.choice(TOWNS_UK)
    elif country == "US":
        z = make_zip()
        pc = rng.choice([z, say_words(z, "oh", doubles=0.0), asr_digits(z)])
        town = rng.choice(TOWNS_US)
    else:
        out, inn = make_uk_postcode()
        pc = None
        town = rng.choice(TOWNS_IE)
    turns = [("agent", [rng.choice(["and what's the address for the delivery", "can you confirm the first line of the address",
                                    "what's the address on the account"])]),
             ("customer", [fill(), rng.choice(["it's ", "", "Yeah, "]), P(odd_caps(addr, 0.2), "ADDRESS"), ", " + town])]
    if pc:
        turns.append(("agent", ["and the " + ("zip code" if country == "US" else "postcode")]))
        turns.append(("customer", [rng.choice(["", "it's ", "um "]), P(odd_caps(pc, 0.1), "POSTCODE")]))
    return turns, f"call/{rng.choice(['utilities', 'retail', 'telecom', 'insurance'])} {country}: street address then postcode/ZIP in a separate answer"


def pos_address_chat():
    country = rng.choice(["UK", "US"])
    n = rng.randint(1, 300)
    if country == "UK":
        a = f"{n} {rng.choice(STREETS).title()} {rng.choice(SUFFIX_UK).title()}"
        out, inn = make_uk_postcode()
        pc = rng.choice([f"{out} {inn}", f"{out}{inn}", f"{out.lower()} {inn.lower()}"])
        town = rng.choice(TOWNS_UK).title()
    else:
        a = f"{n} {rng.choice(STREETS).title()} {rng.choice(['St', 'Ave', 'Blvd', 'Dr'])}"
        pc = rng.choice([make_zip(), make_zip() + "-" + rdig(4)])
        town = rng.choice(TOWNS_US) + ", " + rng.choice(["TX", "OH", "CO", "FL", "WA"])
    turns = [("customer", [rng.choice(["new address is ", "Please deliver to ", "moved to "]), P(a, "ADDRESS"), ", " + town + " ",
                           P(pc, "POSTCODE"), rng.choice(["", " from the 1st of next month", ". Order #" + rdig(7)])])]
    return turns, f"chat/retail {country}: one-line typed address with postcode/ZIP and an order number nearby"


def pos_postcode_only():
    uk = rng.random() < 0.6
    if uk:
        out, inn = make_uk_postcode()
        r = rng.choice([safe_pc(out, inn), f"{out} {inn}", say_alnum(out, letter_style="nato") + " " + say_alnum(inn),
                        f"{out.lower()}{inn.lower()}", say_alnum(out) + " " + say_alnum(inn, letter_style="for")])
        q = "can I just take your postcode to find the account"
    else:
        z = make_zip()
        r = rng.choice([z, say_words(z, zero_word(), doubles=0.6), say_pairs(z, "oh")])
        q = "what's the zip code on the account"
    turns = [("agent", [q]), ("customer", [fill(), rng.choice(["it's ", "", "yeah "]), P(odd_caps(r, 0.1), "POSTCODE"),
                                             rng.choice(["", ".", " I've only been here " + str(rng.randint(2, 9)) + " months"])])]
    return turns, f"call/{rng.choice(['utilities', 'banking', 'telecom'])}: postcode/ZIP as identifier, spelled letters, NATO, homophones"


def pos_mixed_verification():
    """DOB + postcode + phone in one identity check, with non-PII numbers around."""
    out, inn = make_uk_postcode()
    num = make_uk_mobile()
    turns = [("agent", [f"thanks for holding, you were in the queue about {rng.randint(5, 40)} minutes sorry. First line of the address and the postcode please"]),
             ("customer", [P(address_spoken("UK"), "ADDRESS"), " ", P(safe_pc(out, inn), "POSTCODE")]),
             ("agent", ["and date of birth"]),
             ("customer", [P(dob_text(), "DOB")]),
             ("agent", ["and is the mobile still ", P(num[:5] + " " + num[5:], "PHONE")]),
             ("customer", ["no it's now ", P(phone_reading(make_uk_mobile(), False), "PHONE"), f" and my bill was {amount()} this month"])]
    return turns, "call/telecom UK: full identity verification, several values, agent speaks old phone, bill amount unlabelled"


def pos_ssn_dob_us():
    a, b, c = make_ssn()
    turns = [("agent", ["for verification I need your date of birth and social"]),
             ("customer", [fill(), "date of birth ", P(dob_text(), "DOB"), rng.choice([" and the social is ", ". Social, ", " ssn "]),
                           P(rng.choice([f"{a}-{b}-{c}", asr_digits(a + b + c, [3, 2, 4], modes=("words", "num"))]), "SSN")]),
             ("agent", [f"thank you, I see the claim for {amount()} from {MONTHS[rng.randint(0, 11)].title()} {ordinal(rng.randint(1, 28))}"])]
    return turns, "call/healthcare billing US: DOB and SSN in one turn, agent mentions claim amount and service date (unlabelled)"


def pos_ni_with_ref():
    p, dgs, s = make_ni()
    ref = rdig(rng.choice([7, 8]))
    turns = [("customer", [f"I'm calling about reference {say_words(ref, 'oh', doubles=0.0)}"]),
             ("agent", ["okay and your national insurance number"]),
             ("customer", [P(f"{p} {say_words(dgs, 'zero', doubles=0.0)} {s}".replace(" o ", " zero "), "NI_NUMBER"),
                           f", the payment of {amount()} was due on the {ordinal(rng.randint(1, 28))}"])]
    return turns, "call/government services: NI number after a spoken reference number (reference unlabelled)"


def pos_card_itn_broken():
    """Whisper sometimes splits/merges digit groups oddly: '41 11 1111 1111' or '411111 111111...'"""
    num = make_card(rng.choice(["visa", "mc"]))
    cuts = sorted(rng.sample(range(2, 15), 3))
    pieces = [num[:cuts[0]], num[cuts[0]:cuts[1]], num[cuts[1]:cuts[2]], num[cuts[2]:]]
    z = zero_word()
    parts = [p if rng.random() < 0.6 else say_words(p, z) for p in pieces]
    r = join_groups(parts, (" ", " ", ", ", "-"))
    turns = [("agent", ["Card number?"]),
             ("customer", [rng.choice(["Yeah, it's ", "It's ", "Sure. "]), P(r, "CARD_NUMBER"), rng.choice([".", "", "?"])])]
    return turns, "call/travel: card number with irregular ITN grouping (recogniser split digits at odd places)"


def pos_cvv_split_amex():
    num = make_card("amex")
    g = card_groups(num)
    cvv = rdig(4)
    turns = [("agent", ["go ahead with the amex number"]),
             ("customer", [P(asr_digits(g[0], modes=("words", "num")), "CARD_NUMBER", group="a")]),
             ("agent", [bc()]),
             ("customer", [P(asr_digits(g[1], [3, 3], modes=("words", "num", "pairs")), "CARD_NUMBER", group="a")]),
             ("agent", [bc()]),
             ("customer", [P(asr_digits(g[2], modes=("words", "num", "doubles")), "CARD_NUMBER", group="a")]),
             ("agent", ["and the four digit code on the front"]),
             ("customer", [fill(), P(rng.choice([cvv, say_words(cvv, zero_word()), say_pairs(cvv, "oh")]), "CVV")])]
    return turns, "call/travel: amex 4-6-5 split over turns, 4-digit CID"



# ---- extra Whisper-flavoured positives

def brand(num):
    if num.startswith(("34", "37")):
        return "It's an Amex"
    if num.startswith("6011"):
        return "It's Discover"
    if num.startswith("4"):
        return "It's a Visa"
    if num.startswith(("5", "22")):
        return "Mastercard"
    return "It's a debit card"


def pos_phone_card_one_turn():
    """Two values in one unpunctuated ASR turn with chit-chat in between."""
    ph = make_uk_mobile() if rng.random() < 0.5 else make_ie_mobile()
    num = make_card(rng.choice(["visa", "mc"]))
    z = zero_word()
    phr = asr_digits(ph, [5, len(ph) - 5], modes=("words", "doubles", "num"), caps=0.0, seps=(" ",), z=z)
    cr = asr_digits(num, [4, 4, 4, 4], modes=("words", "pairs", "num", "doubles"), caps=0.0, seps=(" ",), z=z)
    turns = [("agent", ["so I'll need a contact number and then the card for the " + amount()]),
             ("customer", [f"yeah so the mobile is ", P(phr, "PHONE"), rng.choice([" that's the best one ", " but don't ring before ten ", " "]),
                           "and um the card is ", P(cr, "CARD_NUMBER"), rng.choice(["", " it's my wife's actually", " hang on is that right yeah"])])]
    return turns, "call/telecom IE/UK: phone and card in one unpunctuated ASR turn with chit-chat between"


def pos_phone_correction():
    ph = make_uk_mobile() if rng.random() < 0.6 else make_us_phone()
    z = zero_word() if ph.startswith("0") else rng.choice(["oh", "zero"])
    a, b = (ph[:5], ph[5:]) if ph.startswith("0") else (ph[:6], ph[6:])
    wrong = b[:3] + str((int(b[3]) + 3) % 10)
    turns = [("agent", ["what number can we reach you on"]),
             ("customer", [P(say_words(a, z, 0.1, 0.5), "PHONE", group="p"), " ",
                           P(say_words(wrong, z, 0.0, 0.0), "PHONE", group="w", fragment=True),
                           rng.choice([" no sorry ", " actually no ", " wait "]),
                           P(asr_digits(b, modes=("words", "num", "doubles"), caps=0.0, z=z), "PHONE", group="p")]),
             ("agent", ["okay so ", P(ph[:len(a)] + " " + ph[len(a):], "PHONE"), " yeah"]),
             ("customer", ["that's the one"])]
    return turns, "call/utilities: phone with mid-reading self-correction (mistaken fragment labelled), agent read-back"


def pos_card_whisper_full_itn():
    """Whisper often fully normalises a card reading and adds dashes or a trailing full stop,
    with prices and times nearby also normalised."""
    num = make_card(rng.choice(["visa", "mc", "disc", "amex"]))
    g = card_groups(num)
    r = rng.choice(["-".join(g), " ".join(g), "".join(g[:2]) + " " + "".join(g[2:]),
                    ", ".join(g), " ".join(g[:-1]) + " " + say_words(g[-1], "oh", doubles=0.0)])
    turns = [("agent", [f"Okay, so that's ${rng.randint(20, 99)}.{rng.randint(0, 99):02d} for the {rng.choice(['1st', '2nd', '3rd'])} month. "
                        "What card would you like to use?"]),
             ("customer", [rng.choice([brand(num) + ", ", brand(num) + ". ", "Um, ", "So it's "]), P(r, "CARD_NUMBER"),
                           rng.choice([".", ". Sorry, is that $40 or 40 euro?", ", and can you call back after 2:30?", ""])])]
    return turns, "call/telecom: Whisper fully normalised card reading (dashes/commas), $ amounts, ordinals and clock times nearby"


def pos_email_whisper():
    f, l = rng.choice(FIRST), rng.choice(LAST)
    dom, spoken = rng.choice([("gmail.com", "g mail dot com"), ("hotmail.co.uk", "hot mail dot co dot uk"),
                              ("outlook.ie", "outlook dot i e"), ("yahoo.com", "Yahoo.com"),
                              ("icloud.com", "i cloud dot com"), ("btinternet.com", "B T internet dot com")])
    n = rng.randint(1, 99)
    local_style = rng.choice(["a", "b", "c", "d"])
    if local_style == "a":
        local_sp, local = f"{f.title()}. {l.title()}", f"{f}.{l}"
        local_sp = f"{f} dot {l}"
    elif local_style == "b":
        local_sp, local = f"{f[0]} {l} {say_words(str(n), 'oh', doubles=0.0)}", f"{f[0]}{l}{n}"
    elif local_style == "c":
        local_sp, local = f"{f}_{l}", f"{f}_{l}"
        local_sp = f"{f} underscore {l}"
    else:
        local_sp, local = f"{f}{l}{n}", f"{f}{l}{n}"
    r = rng.choice([f"{local_sp} at {spoken}", odd_caps(f"{local_sp} at {spoken}", 0.4), f"{local_sp}@{dom}",
                    f"{local}@{dom.split('.')[0]}. {'.'.join(dom.split('.')[1:])}"])
    turns = [("agent", ["Can I get an email address for the e-ticket?"]),
             ("customer", [rng.choice(["Yeah, it's ", "It's ", "Sure. ", ""]), P(r, "EMAIL"),
                           rng.choice([".", ", all one word.", ", no capitals", ""])])]
    if rng.random() < 0.4:
        turns.append(("agent", ["So that's ", P(f"{local}@{dom}", "EMAIL"), "?"]))
        turns.append(("customer", ["Yes."]))
    return turns, "call/travel: e-mail as Whisper writes it (split domain words, stray capitals/full stop, partial @)"


def pos_dob_whisper():
    d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.randint(1945, 2003)
    r = rng.choice([f"the {ordinal(d)} of {MONTHS[m - 1].title()} '{str(y)[2:]}", f"{MONTHS[m - 1].title()} {ordinal(d)} {str(y)[2:]}",
                    f"{ordinal(d)} {MONTHS[m - 1].title()}, {y}", f"{MONTHS[m - 1].title()} {d}, {say_year(y)}",
                    f"{d}.{m}.{y}", f"{ORD_WORDS[d - 1].title()} of {MONTHS[m - 1].title()}, {str(y)[:2]} {str(y)[2:]}"])
    turns = [("agent", ["Thank you. And just to confirm your identity, what's your date of birth?"]),
             ("customer", [rng.choice(["It's ", "Yeah, ", "", "Um, it's "]), P(r, "DOB"),
                           rng.choice([".", ". I'm turning " + str(rng.randint(25, 80)) + " next month.", "?", ""])])]
    return turns, "call/" + rng.choice(["banking", "insurance", "healthcare billing"]) + ": DOB with Whisper ITN (ordinals as numerals, apostrophe years, dotted dates)"


def pos_address_whisper():
    n = rng.randint(1, 299)
    num = rng.choice([str(n), f"{n}{rng.choice('ABC')}", f"{n}{rng.choice('ab')}"])
    a = f"{num} {rng.choice(STREETS).title()} {rng.choice(SUFFIX_UK).title()}"
    if rng.random() < 0.3:
        a = f"Flat {rng.randint(1, 9)}, {a}"
    out, inn = make_uk_postcode()
    pc = rng.choice([f"{out} {inn}", f"{out}, {inn}", f"{out.lower()} {inn.upper()}", f"{out}-{inn}"])
    turns = [("agent", ["And the address you're moving to?"]),
             ("customer", [P(a, "ADDRESS"), f", {rng.choice(TOWNS_UK).title()}, ", P(pc, "POSTCODE"),
                           rng.choice([". We move in on the 14th.", ".", f". Moving date is {rng.randint(1, 28)}/{rng.randint(1, 12)}."])])]
    return turns, "call/utilities UK: Whisper capitalised address with house-number letter, postcode with odd punctuation, move date nearby"


def pos_sortcode_whisper():
    sc, acct = rdig(6), rdig(8)
    scr = rng.choice([f"{sc[:2]}-{sc[2:4]}-{sc[4:]}", f"{sc[:2]}, {sc[2:4]}, {sc[4:]}", f"{say_pairs(sc[:2], 'oh')}-{sc[2:4]}-{sc[4:]}",
                      f"{sc[:2]} {say_pairs(sc[2:4], 'oh')} {sc[4:]}"])
    acr = rng.choice([acct, f"{acct[:4]} {acct[4:]}", f"{acct[:2]} {say_words(acct[2:5], 'oh')} {acct[5:]}"])
    turns = [("agent", ["What's the sort code and account number, please?"]),
             ("customer", [rng.choice(["Sort code is ", "Okay. Sort code ", "It's "]), P(scr, "SORT_CODE"),
                           rng.choice([" and account number ", ". Account, ", ", account number is "]), P(acr, "BANK_ACCOUNT"), "."]),
             ("agent", [f"Thanks. The first payment of £{rng.randint(20, 90)} will go out on the {ordinal(rng.randint(1, 28))}."])]
    return turns, "call/utilities UK: Whisper-punctuated sort code and account number in one turn, payment date after"


def pos_ssn_whisper_noise():
    a, b, c = make_ssn()
    z = zero_word()
    r = rng.choice([f"{a}-{b}-{c}", f"{say_words(a, z, 0.3, 0.0)}-{b}-{c}", f"{a}. {b}. {c}", f"{a} {b}, {say_pairs(c, z)}",
                    f"{say_words(a, z, 0.3, 0.0)}, {say_words(b, z, 0.3, 0.0)}, {say_words(c, z, 0.3, 0.0)}"])
    turns = [("agent", ["I just need to verify the social on the account."]),
             ("customer", [rng.choice(["Sure, it's ", "Okay. ", "It's "]), P(odd_caps(r, 0.2), "SSN"),
                           rng.choice([". I've been a member since 2009.", ".", ". I'm calling about the $" + str(rng.randint(50, 900)) + " charge."])])]
    return turns, "call/" + rng.choice(["banking", "insurance", "government services"]) + ": SSN with Whisper hyphens/homophones, year and $ amount nearby"

POS_TEMPLATES = [
    (pos_card_one_turn, 14), (pos_card_split, 8), (pos_card_readback, 5), (pos_card_chat, 8),
    (pos_card_itn_broken, 6), (pos_cvv_split_amex, 4), (pos_cvv_expiry_call, 8), (pos_cvv_expiry_one_turn, 6),
    (pos_ssn, 18), (pos_ssn_split, 6), (pos_ssn_dob_us, 6), (pos_ni, 20), (pos_ni_split, 6), (pos_ni_chat, 6),
    (pos_ni_with_ref, 4), (pos_bank, 9), (pos_bank_us, 4), (pos_bank_chat, 4), (pos_iban, 14), (pos_phone, 10),
    (pos_phone_split_readback, 5), (pos_phone_chat, 5), (pos_email, 14), (pos_dob, 12), (pos_address, 12),
    (pos_address_chat, 6), (pos_postcode_only, 8), (pos_mixed_verification, 5),
    (pos_card_whisper_full_itn, 8), (pos_email_whisper, 8), (pos_dob_whisper, 6), (pos_address_whisper, 6),
    (pos_sortcode_whisper, 6), (pos_ssn_whisper_noise, 6), (pos_phone_card_one_turn, 6), (pos_phone_correction, 5),
]

# ---------------------------------------------------------------- negatives

def say_num(n):
    """Spoken cardinal up to 9999."""
    if n < 10:
        return ONES[n]
    if n < 20:
        return TEENS[n - 10]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else " " + ONES[n % 10])
    if n < 1000:
        rest = n % 100
        return ONES[n // 100] + " hundred" + ("" if rest == 0 else " and " + say_num(rest))
    rest = n % 1000
    return say_num(n // 1000) + " thousand" + ("" if rest == 0 else (" and " if rest < 100 else " ") + say_num(rest))


def neg_balance():
    p, c = rng.randint(100, 9999), rng.randint(1, 99)
    r = rng.choice([f"${p:,}.{c:02d}", f"£{p}.{c:02d}", f"{say_num(p)} pounds {say_num(c)}", f"{say_num(p)} dollars and {say_num(c)} cents", f"€{p:,}"])
    return [("agent", [f"your current balance is {r} and the minimum payment is {amount()}"]),
            ("customer", [rng.choice(["okay and when's that due", "Right. When is it due?"])]),
            ("agent", [f"by the {ordinal(rng.randint(1, 28))} of {MONTHS[rng.randint(0, 11)]}"])], "call/banking: balance, minimum payment and due date"


def neg_appointment():
    d, h = rng.randint(1, 28), rng.randint(7, 17)
    m = rng.choice(["00", "15", "30", "45"])
    t = rng.choice([f"{h}:{m}", f"{say_num(h if h <= 12 else h - 12)} {'' if m == '00' else say_num(int(m))}".strip(), f"{h if h <= 12 else h - 12}{'am' if h < 12 else 'pm'}"])
    return [("agent", [f"I can book an engineer for {rng.choice(['Tuesday', 'Friday', 'Monday'])} the {rng.choice([ordinal(d), ORD_WORDS[d - 1]])} at {t}"]),
            ("customer", [f"can it be after {rng.randint(1, 5)} I work till {say_num(rng.randint(1, 5))} thirty"]),
            ("agent", [f"the slot is {rng.choice(['a four hour', '2 hour', 'three-hour'])} window between {say_num(rng.randint(12, 13) - 11)} and {rng.randint(4, 6)}"])], "call/utilities: engineer appointment dates and times"


def neg_order():
    n = str(rng.randint(1, 9)) + rdig(rng.choice([6, 7, 8, 9, 10]) - 1)
    word = rng.choice(["order number", "ticket number", "claim reference", "invoice number", "case number", "booking reference"])
    r = rng.choice([n, say_words(n, zero_word(), doubles=0.5), asr_digits(n, [3] * (len(n) // 3) + ([len(n) % 3] if len(n) % 3 else []))])
    return [("agent", [f"do you have the {word}"]),
            ("customer", [f"yeah the {word} is {r}"]),
            ("agent", [f"thanks I can see it, it was {rng.choice(['placed', 'opened', 'raised'])} on the {ordinal(rng.randint(1, 28))} for {amount()}"])], f"call/retail: {word} read out with its reference word (not PII)"


def neg_flight():
    fl = rng.choice(["BA", "EI", "FR", "AA", "UA", "LH"]) + str(rng.randint(10, 9999))
    return [("customer", [f"I'm on flight {rng.choice([fl, ' '.join(fl[:2]) + ' ' + say_words(fl[2:], 'oh', doubles=0.0)])} leaving at {rng.randint(1, 12)}:{rng.choice(['05', '20', '40'])} on the {ordinal(rng.randint(1, 28))}"]),
            ("agent", [f"that's gate {rng.randint(1, 60)} terminal {rng.randint(1, 5)}, boarding {rng.randint(30, 50)} minutes before"]),
            ("customer", [f"and it's {rng.randint(2, 3)} bags at {rng.randint(20, 23)} kilos each"])], "call/travel: flight number, times, gate, bag weight"


def neg_meter():
    r = rdig(rng.choice([4, 5, 6]))
    rr = rng.choice([r, say_words(r, zero_word()), asr_digits(r)])
    return [("agent", ["can you read me the meter reading"]),
            ("customer", [f"the meter reading is {rr} and the night one is {rdig(4)}"]),
            ("agent", [f"thanks, that brings your estimated bill to {amount()} for {rng.randint(28, 92)} days"])], "call/utilities: meter readings (digits) and billing period"


def neg_usage():
    return [("customer", [f"I've used like {rng.randint(2, 60)}.{rng.randint(1, 9)} gigs of my {rng.choice([30, 50, 100])} GB and it's only the {ordinal(rng.randint(5, 20))}"]),
            ("agent", [f"your speed is dropping to {rng.randint(1, 10)} megabits after that, I can add {rng.randint(5, 20)} GB for {amount()}"]),
            ("customer", [f"my old plan was {say_num(rng.randint(10, 40))} ninety nine a month"])], "call/telecom: data usage, speeds, prices"


def neg_contract():
    y = rng.randint(2015, 2025)
    return [("agent", [f"your contract started on the {ordinal(rng.randint(1, 28))} of {MONTHS[rng.randint(0, 11)]} {rng.choice([str(y), say_year(y)])} and runs {rng.choice([12, 18, 24, 36])} months"]),
            ("customer", [f"so I've got about {say_num(rng.randint(2, 11))} months left"]),
            ("agent", [f"yes and the early exit fee would be {amount()}, that's {rng.randint(5, 60)}% of the remaining"])], "call/telecom: contract start date (not a DOB), duration, fee, percent"


def neg_room_model():
    return [("customer", [f"I'm in room {rng.randint(100, 2999)} and the tv is a model {rng.choice(['KD', 'UE', 'OLED'])}{rng.randint(40, 77)}{rng.choice(['X80', 'AU7100', 'C3'])} that won't turn on"]),
            ("agent", [f"I'll send someone up in {rng.choice(['ten', '15', 'twenty'])} minutes, the heating's set to {rng.randint(18, 24)} degrees"]),
            ("customer", [f"thanks we check out on the {ordinal(rng.randint(1, 28))} at {rng.randint(10, 11)}"])], "call/travel: hotel room number, model number, temperature, times"


def neg_age_family():
    return [("customer", [f"it's for my dad he's {rng.choice([str(rng.randint(60, 95)), say_num(rng.randint(60, 95))])} and he's been with you {say_num(rng.randint(10, 40))} years"]),
            ("agent", [f"okay, I can see {rng.randint(2, 5)} policies and the premium went up {rng.randint(3, 15)} percent in {rng.randint(2019, 2025)}"]),
            ("customer", [f"he pays {amount()} a month"])], "call/insurance: ages, counts, years, percent, premium"


def neg_chat_order():
    n = str(rng.randint(1, 9)) + rdig(rng.choice([7, 8, 9, 10]) - 1)
    return [("customer", [f"Hi, order #{n} arrived on {rng.randint(1, 28)}/{rng.randint(1, 12)} with {rng.randint(2, 6)} items missing, I paid {amount()}"]),
            ("agent", [f"Sorry about that! I've raised ticket {rdig(rng.choice([6, 7]))}; refunds take 3-5 working days."]),
            ("customer", [f"ok thx, delivery was meant to be before 12:00"])], "chat/retail: order number, ticket number, dates, counts"


def neg_weather_speed():
    return [("customer", [f"the van was doing like {rng.randint(40, 90)} miles an hour on the {rng.choice(['M6', 'M25', 'A1', 'I-95', 'N7'])} when it hit us, about {say_num(rng.randint(1, 11))} fifteen in the evening"]),
            ("agent", [f"and the claim is for the {rng.randint(2008, 2023)} Ford with {rng.randint(20, 120)},{rdig(3)} miles on it"]),
            ("customer", [f"yeah excess is {amount()}"])], "call/insurance: speed, road name, time, vehicle year, mileage"


def neg_payment_history():
    return [("agent", [f"I can see payments of {amount()} on the {ordinal(rng.randint(1, 28))} and {amount()} on the {ORD_WORDS[rng.randint(0, 27)]}"]),
            ("customer", [f"and the one from {MONTHS[rng.randint(0, 11)]} {rng.randint(2022, 2025)}"]),
            ("agent", [f"that was {say_num(rng.randint(100, 999))} pounds and went out at {rng.randint(1, 12)}:{rng.randint(10, 59)}"])], "call/banking: payment dates and amounts (not DOBs)"


def neg_healthcare():
    return [("agent", [f"your visit on {MONTHS[rng.randint(0, 11)].title()} {ordinal(rng.randint(1, 28))} was billed at ${rng.randint(100, 4000):,}, insurance covered {rng.randint(50, 90)}%"]),
            ("customer", [f"so I owe {say_num(rng.randint(20, 900))} dollars"]),
            ("agent", [f"yes, you can split it into {rng.randint(2, 12)} payments, claim number {rdig(rng.choice([8, 9]))}"])], "call/healthcare billing: visit date, bill amount, percent, claim number"


def neg_gov():
    return [("customer", [f"I applied on the {ORD_WORDS[rng.randint(0, 27)]} of {MONTHS[rng.randint(0, 11)]} and it said {say_num(rng.randint(4, 12))} to {rng.randint(13, 16)} weeks"]),
            ("agent", [f"the application reference is {rdig(8)}? It's at stage {rng.randint(2, 4)} of {rng.randint(5, 6)}"]),
            ("customer", [f"I need it for travel in {rng.randint(3, 11)} weeks, the fee was £{rng.randint(70, 95)}.{rng.randint(0, 99):02d}"])], "call/government services: application dates, durations, reference, fee"


def neg_quantity():
    return [("customer", [f"I ordered {say_num(rng.randint(2, 20))} boxes of the {rng.randint(10, 500)}ml ones and got {rng.randint(1, 9)}"]),
            ("agent", [f"the {rng.randint(6, 24)} pack is {amount()} or {rng.randint(2, 4)} for {amount()}"]),
            ("customer", [f"fine, {rng.randint(3, 5)} packs then, and it's the {rng.choice(['1st', '2nd', '3rd'])} time this happened"])], "call/retail: quantities, pack sizes, prices, ordinals"


def neg_times_asr():
    h = rng.randint(1, 12)
    return [("agent", [f"Thank you for calling, my name is {rng.choice(FIRST).title()}. It's {h}:{rng.randint(10, 59)} so the branch closes in {rng.choice(['half an hour', '45 minutes', 'an hour'])}."]),
            ("customer", [f"Oh, okay. I was on hold for like {say_num(rng.randint(10, 59))} minutes. I've called {say_num(rng.randint(2, 9))} times since {MONTHS[rng.randint(0, 11)].title()}."]),
            ("agent", [f"Sorry about that. We've had over {rng.randint(2, 9)},{rdig(3)} calls today."])], "call/banking: Whisper-punctuated times, durations, counts"


def neg_year_model():
    return [("customer", [f"it's the {rng.choice(['galaxy s', 'iphone ', 'pixel '])}{rng.randint(8, 24)} I bought in {rng.choice([say_year(rng.randint(2018, 2024)), str(rng.randint(2018, 2024))])}"]),
            ("agent", [f"that's still under the {rng.randint(1, 3)} year warranty, repair is about {rng.randint(5, 10)} working days"]),
            ("customer", [f"the screen cost {amount()} last time and the battery's at {rng.randint(60, 90)} percent health"])], "call/telecom: device model numbers, year, warranty, percent"


def neg_temperature_energy():
    return [("customer", [f"the boiler's showing error {rng.choice(['F', 'E', 'EA'])}{rng.randint(1, 99)} and the pressure is {rng.randint(0, 2)}.{rng.randint(1, 9)} bar"]),
            ("agent", [f"set the thermostat to {rng.randint(18, 22)} degrees and wait {say_num(rng.randint(10, 30))} minutes"]),
            ("customer", [f"it's been {rng.randint(5, 14)} degrees in here since {rng.choice(['Monday', 'the weekend'])}, my bill's {amount()} a month"])], "call/utilities: error code, pressure, temperatures, durations"



def neg_years_not_dob():
    y1, y2 = rng.randint(1950, 1999), rng.randint(2000, 2024)
    return [("customer", [f"the house was built in {say_year(y1)} and we bought it in {rng.choice([str(y2), say_year(y2)])}"]),
            ("agent", [f"and the rebuild cost is about {say_num(rng.randint(150, 600))} thousand, your premium is {amount()}"]),
            ("customer", [f"it's {say_num(rng.randint(2, 5))} bedrooms and {rng.randint(80, 200)} square metres"])], "call/insurance: build and purchase years spoken as pairs, sizes, premium"


def neg_whisper_ref():
    n = str(rng.randint(1, 9)) + rdig(rng.choice([8, 9, 10]) - 1)
    word = rng.choice(["Reference number", "Booking reference", "Order number", "Case ID", "Policy number"])
    r = rng.choice([n, f"{n[:4]} {n[4:]}", asr_digits(n, [4, len(n) - 4], modes=("num", "words"))])
    return [("agent", [f"Thank you for calling. Do you have a {word.lower()}?"]),
            ("customer", [f"Yes. {word} is {r}. I called on the {ordinal(rng.randint(1, 28))} at {rng.randint(1, 12)}:{rng.choice(['00', '15', '30', '45'])}."]),
            ("agent", [f"Okay, I've got it. It's been open {rng.randint(2, 30)} days and the refund is ${rng.randint(20, 400)}.{rng.randint(0, 99):02d}."])], "call/insurance: Whisper-formatted reference number with its reference word, time, refund amount"


def neg_whisper_schedule():
    return [("agent", [f"Your next payment of ${rng.randint(100, 2000):,} is scheduled for {rng.randint(1, 12)}/{rng.randint(1, 28)} at {rng.randint(1, 11)}:{rng.randint(10, 59)} PM."]),
            ("customer", [f"Can I move it to the {ordinal(rng.randint(1, 28))}? I get paid on the {ORD_WORDS[rng.randint(0, 27)]}."]),
            ("agent", [f"Yes, there's a {rng.randint(1, 5)}-day grace period and a ${rng.randint(10, 40)} late fee after {say_num(rng.randint(10, 30))} days."])], "call/banking: Whisper ITN payment date/time, grace period, fees"

NEG_TEMPLATES = [
    (neg_balance, 6), (neg_appointment, 6), (neg_order, 12), (neg_flight, 5), (neg_meter, 7), (neg_usage, 5),
    (neg_contract, 6), (neg_room_model, 5), (neg_age_family, 5), (neg_chat_order, 8), (neg_weather_speed, 5),
    (neg_payment_history, 6), (neg_healthcare, 6), (neg_gov, 6), (neg_quantity, 4), (neg_times_asr, 5),
    (neg_year_model, 5), (neg_temperature_energy, 4), (neg_years_not_dob, 5), (neg_whisper_ref, 8),
    (neg_whisper_schedule, 6),
]

# ---------------------------------------------------------------- generation / check

def generate():
    cases, metas = [], []
    pos_list = [f for f, n in POS_TEMPLATES for _ in range(n)]
    neg_list = [f for f, n in NEG_TEMPLATES for _ in range(n)]
    rng.shuffle(pos_list)
    rng.shuffle(neg_list)
    for i, f in enumerate(pos_list, 1):
        turns, note = f()
        case, groups = build("positive", turns, note)
        case["id"] = f"{PREFIX}-pos-{i:03d}"
        cases.append(case)
        metas.append(groups)
    for i, f in enumerate(neg_list, 1):
        turns, note = f()
        case, groups = build("negative", turns, note)
        case["id"] = f"{PREFIX}-neg-{i:03d}"
        cases.append(case)
        metas.append(groups)
    return cases, metas


def dump(cases):
    return "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cases)


def counts(cases):
    c = {t: 0 for t in TYPES}
    for case in cases:
        for s in case["spans"]:
            c[s["type"]] += 1
    return c


def verify(cases, metas):
    errs = []
    ids = [c["id"] for c in cases]
    if len(set(ids)) != len(ids):
        errs.append("duplicate ids")
    for case, groups in zip(cases, metas):
        cid = case["id"]
        if case["kind"] == "negative" and case["spans"]:
            errs.append(f"{cid}: negative with spans")
        if case["kind"] == "positive" and not case["spans"]:
            errs.append(f"{cid}: positive without spans")
        for t in case["turns"]:
            if t["speaker"] not in ("agent", "customer") or not t["text"]:
                errs.append(f"{cid}: bad turn")
        by_turn = {}
        for s in case["spans"]:
            if s["type"] not in TYPES:
                errs.append(f"{cid}: bad type {s['type']}")
            if not (0 <= s["turn"] < len(case["turns"])):
                errs.append(f"{cid}: turn out of range")
                continue
            text = case["turns"][s["turn"]]["text"]
            a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(text)):
                errs.append(f"{cid}: offsets out of range")
                continue
            first_ok = text[a].isalnum() or (s["type"] == "PHONE" and text[a] in "+(")
            if not (first_ok and text[b - 1].isalnum()):
                errs.append(f"{cid}: span {text[a:b]!r} does not start/end on alnum")
            if (a > 0 and text[a - 1].isalnum()) or (b < len(text) and text[b].isalnum()):
                errs.append(f"{cid}: span {text[a:b]!r} not on word boundary")
            by_turn.setdefault(s["turn"], []).append((a, b))
        for lst in by_turn.values():
            lst.sort()
            for (a1, b1), (a2, b2) in zip(lst, lst[1:]):
                if a2 < b1:
                    errs.append(f"{cid}: overlapping spans")
        for g in groups:
            texts = []
            for k in g["idx"]:
                s = case["spans"][k]
                texts.append(case["turns"][s["turn"]]["text"][s["start"]:s["end"]])
            joined = " ".join(texts)
            e = validate(g["type"], texts, g["fragment"])
            if e:
                errs.append(f"{cid}: {g['type']} {joined!r}: {e}")
    c = counts(cases)
    for t, n in c.items():
        need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
        if n < need:
            errs.append(f"type {t} has {n} spans < {need}")
    npos = sum(1 for x in cases if x["kind"] == "positive")
    nneg = len(cases) - npos
    if npos < 170 or nneg < 100:
        errs.append(f"too few cases pos={npos} neg={nneg}")
    return errs


def readme(cases):
    c = counts(cases)
    npos = sum(1 for x in cases if x["kind"] == "positive")
    nneg = len(cases) - npos
    rows = "\n".join(f"| {t} | {c[t]} |" for t in TYPES)
    return f"""# pii_holdout128 — held-out PII redaction evaluation set

**Never use this set for tuning.** It is a held-out evaluation set; do not adjust
the redactor, its patterns or thresholds by looking at these cases.

## Who wrote it and how

Written by an AI helper acting as an independent test author. The author did
not see the redaction code, its tests, its documentation or other evaluation
sets; the only material consulted was a three-line example of the JSONL format.
Cases are generated by `scripts/make_pii_holdout128.py` (standard library only,
one `random.Random({SEED})`, byte-for-byte reproducible). Each turn is assembled
from plain-text segments and labelled (value, TYPE) segments, so offsets are
computed, never typed by hand.

`python scripts/make_pii_holdout128.py --check` regenerates the set and verifies
that the file is identical, ids are unique, offsets are in range and on word
boundaries, spans do not overlap, and every value is valid after normalising
spoken forms (Luhn for cards, mod-97 for IBANs, NI format, 9 digits for SSN,
6 for sort codes, digit counts for CVV/phone/account, UK postcode / US ZIP
shapes). Values split across turns are validated after joining their pieces.

Emphasis: phone calls as a Whisper-like recogniser writes them — partial inverse
text normalisation ("4111 forty one eleven", "$40", "2:30", "1st"), capitals and
full stops in odd places ("Oh. Seven seven"), hyphenated tens ("forty-one"),
digit homophones ("to"/"too" for two, "for" for four, "ate" for eight), letter
homophones ("see" for C, "are" for R, "jay" for J), NATO / "b for bob" spelling,
"double"/"triple", values split across turns with agent back-channels,
self-corrections and agent read-backs — plus typed chat with varied separators.

## Annotation conventions

* A span covers exactly the value: from its first to its last character
  (digit, letter or number word). Lead-ins ("it's", "my number is"), trailing
  punctuation and the town name are outside the span.
* Filler words and separators *inside* a reading (commas, full stops, "um")
  stay inside the span.
* Values split over several turns are labelled with one span per turn piece.
* Self-corrections: the mistaken fragment is labelled as its own span of the
  same type (it is part of the caller's card reading and should be redacted).
* Agent read-backs of a value are labelled as well.
* ADDRESS = optional "Flat N," + house number (possibly with a letter, "39C")
  + street name + street type (+ "Apt N" when inline); town, county, state and
  postcode are not part of it. POSTCODE is labelled separately (UK postcode or
  US ZIP / ZIP+4); Irish addresses carry no postcode label (no Eircodes used).
* Email spans cover the whole dictated address including spoken "dot"/"at"
  words and any stray space Whisper inserted ("yahoo. com").
* PHONE includes the international prefix ("+44", "plus four four", "00353").
* EXPIRY and CVV are labelled only in card context; DOB only when asked as a
  date of birth.
* Negatives contain lookalikes (amounts, balances, times, dates that are not
  birth dates, order/ticket/claim/invoice/application references with their
  reference word, flight numbers, gates, room and model numbers, meter
  readings, speeds, ages, temperatures, percentages, counts) and no PII.
  Positives also contain such unlabelled numbers.

## Counts

Positive cases: {npos}; negative cases: {nneg}; total spans: {sum(c.values())}.

| type | spans |
|---|---|
{rows}
"""


def main():
    check = "--check" in sys.argv[1:]
    cases, metas = generate()
    data = dump(cases)
    errs = verify(cases, metas)
    if check:
        if not CASES.exists() or CASES.read_text(encoding="utf-8") != data:
            errs.append("cases.jsonl differs from regenerated output")
        if not README.exists() or README.read_text(encoding="utf-8") != readme(cases):
            errs.append("README.md differs from regenerated output")
    else:
        OUT_DIR.mkdir(parents=True, exist_ok=True)
        CASES.write_text(data, encoding="utf-8")
        README.write_text(readme(cases), encoding="utf-8")
    c = counts(cases)
    npos = sum(1 for x in cases if x["kind"] == "positive")
    print(f"cases: {len(cases)} (positive {npos}, negative {len(cases) - npos})")
    for t in TYPES:
        print(f"  {t:13s} {c[t]}")
    for e in errs:
        print("ERROR:", e)
    if errs:
        print(f"FAILED with {len(errs)} problem(s)")
        return 1
    print("check OK" if check else "written OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set ``pii_holdout83``.

Written by an independent author (an AI helper) who did not see the redaction
code, its tests or its documentation.  Standard library only.

    python scripts/make_pii_holdout83.py           # write fixture + README
    python scripts/make_pii_holdout83.py --check   # regenerate and verify

Every turn is assembled from plain-text segments and (text, value-id)
segments so span offsets are computed, never typed by hand.  All values come
from a single seeded ``random.Random(83291123)``; output is byte-for-byte
reproducible.
"""
from __future__ import annotations

import json
import random
import re
import string
import sys
from collections import Counter
from pathlib import Path

SEED = 83291123
ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "tests" / "fixtures" / "pii_holdout83"
CASES = OUT_DIR / "cases.jsonl"
README = OUT_DIR / "README.md"
PREFIX = "h83"

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

# ---------------------------------------------------------------- case model


class Case:
    def __init__(self, note: str):
        self.note = note
        self.turns: list[tuple[str, list]] = []
        self.values: dict[int, tuple[str, str]] = {}  # vid -> (type, canonical)

    def val(self, typ: str, canonical: str) -> int:
        vid = len(self.values)
        self.values[vid] = (typ, canonical)
        return vid

    def t(self, speaker: str, *segs) -> "Case":
        self.turns.append((speaker, list(segs)))
        return self

    def a(self, *segs) -> "Case":
        return self.t("agent", *segs)

    def c(self, *segs) -> "Case":
        return self.t("customer", *segs)

    def build(self):
        turns, spans, meta = [], [], []
        for ti, (spk, segs) in enumerate(self.turns):
            text = ""
            for seg in segs:
                if isinstance(seg, str):
                    text += seg
                else:
                    s, vid = seg
                    start = len(text)
                    text += s
                    typ = self.values[vid][0]
                    spans.append({"turn": ti, "start": start, "end": len(text), "type": typ})
                    meta.append(vid)
            turns.append({"speaker": spk, "text": text})
        return turns, spans, meta


def S(text: str, vid: int):
    return (text, vid)


# ---------------------------------------------------------------- spoken forms

UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
HOMOPHONE = {"4": ["for"], "2": ["to", "too"], "8": ["ate"], "1": ["won"]}
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "f": "foxtrot",
        "g": "golf", "h": "hotel", "i": "india", "j": "juliet", "k": "kilo", "l": "lima",
        "m": "mike", "n": "november", "o": "oscar", "p": "papa", "q": "quebec", "r": "romeo",
        "s": "sierra", "t": "tango", "u": "uniform", "v": "victor", "w": "whiskey", "x": "x-ray",
        "y": "yankee", "z": "zulu"}
FOR_WORDS = {"a": "apple", "b": "bravo", "c": "charlie", "d": "david", "e": "edward", "f": "freddie",
             "g": "george", "h": "harry", "j": "john", "k": "kilo", "l": "london", "m": "mother",
             "n": "nancy", "p": "peter", "r": "robert", "s": "sugar", "t": "tommy", "w": "william",
             "x": "xray", "y": "yellow", "z": "zebra"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
       "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
       "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty first", "twenty second",
       "twenty third", "twenty fourth", "twenty fifth", "twenty sixth", "twenty seventh",
       "twenty eighth", "twenty ninth", "thirtieth", "thirty first"]


class Speaker:
    """Turns digit strings into ASR-style words with seeded variation."""

    def __init__(self, rng: random.Random):
        self.r = rng

    def zero(self, uk: bool = False) -> str:
        opts = ["oh", "zero", "o"] + (["nought", "oh"] if uk else ["zero"])
        return self.r.choice(opts)

    def unit(self, d: str, homo: float = 0.0) -> str:
        if d == "0":
            return self.zero()
        if d in HOMOPHONE and self.r.random() < homo:
            return self.r.choice(HOMOPHONE[d])
        return UNITS[int(d)]

    def digits(self, ds: str, doubles: float = 0.4, homo: float = 0.0, uk: bool = False) -> str:
        out, i = [], 0
        while i < len(ds):
            d = ds[i]
            run = 1
            while i + run < len(ds) and ds[i + run] == d and run < 3:
                run += 1
            if run == 3 and self.r.random() < doubles:
                out.append("triple " + (self.zero(uk) if d == "0" else UNITS[int(d)]))
                i += 3
                continue
            if run >= 2 and self.r.random() < doubles:
                out.append("double " + (self.zero(uk) if d == "0" else UNITS[int(d)]))
                i += 2
                continue
            out.append(self.zero(uk) if d == "0" else self.unit(d, homo))
            i += 1
        return " ".join(out)

    def pair(self, p: str) -> str:
        a, b = p[0], p[1]
        if a == "0":
            return self.zero() + " " + UNITS[int(b)] if b != "0" else "double " + self.zero()
        if a == "1":
            return TEENS[int(b)]
        return TENS[int(a)] + ("" if b == "0" else " " + UNITS[int(b)])

    def pairs(self, ds: str) -> str:
        """Read an even-length digit group as pairs: 4111 -> forty one eleven."""
        return " ".join(self.pair(ds[i:i + 2]) for i in range(0, len(ds), 2))

    def mixed(self, ds: str, homo: float = 0.1) -> str:
        """Group-wise mix of digit-by-digit and pairs."""
        if len(ds) % 2 == 0 and self.r.random() < 0.5:
            return self.pairs(ds)
        return self.digits(ds, homo=homo)

    def hundreds(self, ds: str) -> str:
        """Three-digit group like 'five hundred' / 'nine hundred and four'."""
        a, rest = ds[0], ds[1:]
        head = UNITS[int(a)] + " hundred"
        if rest == "00":
            return head
        if rest[0] == "0":
            return head + " and " + UNITS[int(rest[1])]
        return head + " and " + self.pair(rest)

    def letter(self, ch: str, style: str) -> str:
        ch = ch.lower()
        if style == "plain":
            return ch
        if style == "homo":
            return LETTER_SAY.get(ch.upper(), ch)
        if style == "nato":
            return NATO[ch]
        return ch + " for " + FOR_WORDS.get(ch, NATO[ch])

    def year(self, y: int) -> str:
        s = str(y)
        if s.startswith("20") and y < 2010:
            return self.r.choice(["two thousand and " + UNITS[int(s[3])], "two thousand " + UNITS[int(s[3])]])
        return self.pair(s[:2]) + " " + self.pair(s[2:])


# ---------------------------------------------------------------- value makers


def luhn_ok(ds: str) -> bool:
    tot = 0
    for i, ch in enumerate(reversed(ds)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def make_card(r: random.Random, brand: str | None = None) -> str:
    brand = brand or r.choice(["visa", "visa", "mc", "mc", "amex", "disc", "visa13", "visa19"])
    pref, n = {"visa": ("4", 16), "mc": (r.choice(["51", "52", "53", "54", "55", "2221", "2720"]), 16),
               "amex": (r.choice(["34", "37"]), 15), "disc": ("6011", 16),
               "visa13": ("4", 13), "visa19": ("4", 19)}[brand]
    body = pref + "".join(r.choice(string.digits) for _ in range(n - len(pref) - 1))
    for c in string.digits:
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def make_ssn(r):
    while True:
        a = r.randint(1, 899)
        if a != 666:
            break
    return f"{a:03d}{r.randint(1, 99):02d}{r.randint(1, 9999):04d}"


NI_FIRST = "ABCEGHJKLMNPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def make_ni(r):
    while True:
        p = r.choice(NI_FIRST) + r.choice(NI_SECOND)
        if p not in {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}:
            break
    return p + "".join(r.choice(string.digits) for _ in range(6)) + r.choice("ABCD")


def iban_check(country: str, bban: str) -> str:
    s = bban + country + "00"
    num = "".join(str(int(ch, 36)) for ch in s)
    return f"{98 - int(num) % 97:02d}"


def iban_valid(iban: str) -> bool:
    s = iban[4:] + iban[:4]
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", iban):
        return False
    return int("".join(str(int(ch, 36)) for ch in s)) % 97 == 1


def make_iban(r, country=None):
    country = country or r.choice(["GB", "IE", "DE", "FR", "NL", "ES", "IE", "GB"])
    dg = lambda n: "".join(r.choice(string.digits) for _ in range(n))
    if country == "GB":
        bban = r.choice(["NWBK", "BARC", "LOYD", "MIDL", "HBUK"]) + dg(14)
    elif country == "IE":
        bban = r.choice(["AIBK", "BOFI", "IPBS", "ULSB"]) + dg(14)
    elif country == "DE":
        bban = dg(18)
    elif country == "FR":
        bban = dg(23)
    elif country == "NL":
        bban = r.choice(["ABNA", "INGB", "RABO", "TRIO"]) + dg(10)
    else:
        bban = dg(20)
    return country + iban_check(country, bban) + bban


def make_phone(r, kind):
    dg = lambda n: "".join(r.choice(string.digits) for _ in range(n))
    if kind == "uk_mob":
        return "07" + r.choice("1234579") + dg(8)
    if kind == "uk_land":
        return r.choice(["0161", "0113", "0141", "0117", "0121", "0131"]) + dg(7)
    if kind == "uk_lon":
        return "020" + r.choice("378") + dg(7)
    if kind == "us":
        return str(r.randint(2, 9)) + dg(2) + str(r.randint(2, 9)) + dg(6)
    if kind == "ie_mob":
        return "08" + r.choice("35679") + dg(7)
    if kind == "intl_uk":
        return "447" + r.choice("1234579") + dg(8)
    if kind == "intl_ie":
        return "3538" + r.choice("35679") + dg(7)
    raise ValueError(kind)


FIRST = ["james", "sarah", "tom", "aoife", "liam", "priya", "kevin", "maria", "declan", "chloe",
         "marcus", "niamh", "olu", "hannah", "raj", "ellen", "dave", "grace", "sean", "fatima"]
LAST = ["murphy", "patel", "okafor", "smith", "byrne", "walsh", "nguyen", "garcia", "kowalski",
        "brennan", "hughes", "price", "obrien", "mensah", "taylor", "reilly", "lopez", "khan"]
DOMAINS = ["gmail.com", "hotmail.co.uk", "yahoo.com", "outlook.com", "eircom.net", "btinternet.com",
           "icloud.com", "aol.com", "live.ie", "proton.me"]


def make_email(r):
    f, l = r.choice(FIRST), r.choice(LAST)
    style = r.randrange(5)
    if style == 0:
        local = f + "." + l
    elif style == 1:
        local = f[0] + l + str(r.randint(1, 99))
    elif style == 2:
        local = f + "_" + l
    elif style == 3:
        local = f + l[0] + str(r.randint(1960, 2005))
    else:
        local = l + "-" + f
    return local + "@" + r.choice(DOMAINS)


INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"


def make_uk_postcode(r):
    L = lambda: r.choice("ABCDEFGHJKLMNPRSTUWY")
    d = lambda: r.choice(string.digits[1:])
    shape = r.choice(["A9", "A99", "AA9", "AA99", "AA9", "AA99", "A9A", "AA9A"])
    out = ""
    for ch in shape:
        out += L() if ch == "A" else d()
    return out + " " + r.choice(string.digits) + r.choice(INWARD_LETTERS) + r.choice(INWARD_LETTERS)


def make_zip(r, plus4=False):
    z = f"{r.randint(1001, 99950):05d}"
    return z + (f"-{r.randint(1, 9999):04d}" if plus4 else "")


STREETS_UK = ["Station Road", "Church Lane", "Victoria Street", "Mill Lane", "Park Avenue",
              "Kingsway", "Oakfield Close", "Manor Road", "Beech Grove", "Orchard Way"]
STREETS_US = ["Maple Avenue", "Oak Street", "Elm Drive", "Washington Boulevard", "Lincoln Road",
              "Pine Court", "Cedar Lane", "Sunset Boulevard", "Hillcrest Drive", "Lakeview Terrace"]
STREETS_IE = ["Main Street", "Bridge Street", "Castle Road", "Seaview Park", "Ashgrove Avenue"]


# ---------------------------------------------------------------- normalisers (for --check)

WORDNUM = {w: str(i) for i, w in enumerate(UNITS)}
WORDNUM.update({"oh": "0", "o": "0", "nought": "0", "nil": "0", "won": "1", "to": "2", "too": "2",
                "for": "4", "fore": "4", "ate": "8", "free": "3", "tree": "3"})
TEENNUM = {w: str(10 + i) for i, w in enumerate(TEENS)}
TENNUM = {w: i for i, w in enumerate(TENS) if w}
ORDNUM = {}
for _i, _w in enumerate(ORD):
    if _w and " " not in _w:
        ORDNUM[_w] = _i
UNIT_ORD = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
            "seventh": 7, "eighth": 8, "ninth": 9}
MONTHNUM = {m: f"{i + 1:02d}" for i, m in enumerate(MONTHS)}
MONTHNUM.update({m[:3]: f"{i + 1:02d}" for i, m in enumerate(MONTHS)})
MONTHNUM["sept"] = "09"
NATO_REV = {v: k for k, v in NATO.items()}
NATO_REV["xray"] = "x"
FOR_REV = {v: k for k, v in FOR_WORDS.items()}


def tokens(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+(?:-ray)?", text.lower())


def norm_spoken(text: str, letters: bool = False) -> str:
    """Spoken/typed form -> canonical upper-case alnum string."""
    toks = tokens(text)
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        nxt2 = toks[i + 2] if i + 2 < len(toks) else None
        if letters and len(t) == 1 and t.isalpha() and nxt == "for" and nxt2 and nxt2[0] == t:
            out.append(t.upper())
            i += 3
            continue
        if letters and t in LETTER_HOMO:
            out.append(LETTER_HOMO[t])
            i += 1
            continue
        if letters and t in NATO_REV:
            out.append(NATO_REV[t].upper())
            i += 1
            continue
        if t.isdigit():
            out.append(t)
        elif t in ("double", "triple") and nxt in WORDNUM:
            out.append(WORDNUM[nxt] * (2 if t == "double" else 3))
            i += 2
            continue
        elif t in TEENNUM:
            out.append(TEENNUM[t])
        elif t in TENNUM:
            if nxt in WORDNUM and nxt not in ("oh", "o", "zero", "nought", "for", "to", "too", "won", "ate"):
                out.append(str(TENNUM[t]) + WORDNUM[nxt])
                i += 2
                continue
            if nxt in UNIT_ORD:
                out.append(str(TENNUM[t]) + str(UNIT_ORD[nxt]))
                i += 2
                continue
            out.append(str(TENNUM[t] * 10))
        elif t in ORDNUM:
            out.append(f"{ORDNUM[t]:02d}")
        elif t == "hundred" and out:
            prev = out.pop()
            rest = toks[i + 1:]
            j = 0
            if rest[:1] == ["and"]:
                j = 1
            sub = ""
            if j < len(rest):
                w = rest[j]
                if w in TEENNUM:
                    sub = TEENNUM[w]
                    j += 1
                elif w in TENNUM:
                    if j + 1 < len(rest) and rest[j + 1] in UNITS[1:]:
                        sub = str(TENNUM[w]) + WORDNUM[rest[j + 1]]
                        j += 2
                    else:
                        sub = str(TENNUM[w] * 10)
                        j += 1
                elif w in UNITS[1:] and j == 1:
                    sub = "0" + WORDNUM[w]
                    j += 1
            out.append(prev + (sub if sub else "00"))
            i += 1 + (j if sub else 0)
            continue
        elif t == "thousand" and out:
            prev = out.pop()
            rest = toks[i + 1:]
            j = 1 if rest[:1] == ["and"] else 0
            sub = "000"
            if j < len(rest) and rest[j] in UNITS[1:]:
                sub = "00" + WORDNUM[rest[j]]
                j += 1
            elif j < len(rest) and rest[j] in TEENNUM:
                sub = "0" + TEENNUM[rest[j]]
                j += 1
            out.append(prev + sub)
            i += 1 + j
            continue
        elif t in MONTHNUM:
            out.append(MONTHNUM[t])
        elif t in WORDNUM and not (letters and t == "o"):
            out.append(WORDNUM[t])
        elif letters and len(t) == 1 and t.isalpha():
            out.append(t.upper())
        elif letters and re.fullmatch(r"[a-z0-9]+", t) and re.search(r"\d", t):
            out.append(t.upper())
        elif letters and len(t) <= 4 and t.isalpha() and t not in FILLER:
            out.append(t.upper())
        i += 1
    return "".join(out)


LETTER_HOMO = {"bee": "B", "see": "C", "sea": "C", "dee": "D", "gee": "G", "jay": "J", "kay": "K",
               "ell": "L", "em": "M", "en": "N", "pea": "P", "are": "R", "tea": "T", "why": "Y", "ex": "X",
               "aitch": "H", "zed": "Z"}
LETTER_SAY = {v: k for k, v in LETTER_HOMO.items() if k not in ("sea",)}

FILLER = {"um", "uh", "er", "erm", "ah", "and", "the", "is", "its", "it", "s", "yeah", "so", "like",
          "sorry", "no", "wait", "hang", "on", "then", "that", "space", "dash", "hyphen", "plus",
          "as", "in", "ok", "okay", "mm", "hmm", "of", "nd", "st", "rd", "th", "was", "yes"}


def norm_email(text: str) -> str:
    s = text.lower().strip()
    if "@" in s and " " not in s:
        return s
    s = re.sub(r"\b(at sign|at)\b", "@", s)
    s = re.sub(r"\b(dot|period|full stop)\b", ".", s)
    s = re.sub(r"\bunderscore\b", "_", s)
    s = re.sub(r"\b(dash|hyphen)\b", "-", s)
    s = re.sub(r"\b(um|uh|er)\b", "", s)
    # spoken digits in local part
    s = " ".join(WORDNUM.get(w, TEENNUM.get(w, w)) if w in UNITS or w in TEENNUM else w for w in s.split())
    return s.replace(" ", "")


def validate_value(typ: str, text: str, canonical: str) -> str | None:
    """Return an error message, or None when the (joined) span text is valid."""
    if typ == "EMAIL":
        e = norm_email(text)
        if not re.fullmatch(r"[a-z0-9._-]+@[a-z0-9-]+(\.[a-z0-9-]+)+", e):
            return f"bad email {e!r}"
        return None if e == canonical.lower() else f"email {e!r} != {canonical!r}"
    if typ == "ADDRESS":
        low = text.lower()
        if not re.search(r"\b(road|lane|street|avenue|close|way|grove|drive|boulevard|court|terrace|park|kingsway|rd|st|ave)\b", low):
            return f"address lacks street word: {text!r}"
        first = tokens(low)[0]
        if not (first.isdigit() or first in WORDNUM or first in TEENNUM or first in TENNUM
                or first in ("flat", "apartment", "apt", "unit", "number")):
            return f"address lacks house number: {text!r}"
        return None
    letters = typ in ("NI_NUMBER", "IBAN", "POSTCODE")
    n = norm_spoken(text, letters=letters)
    if n != canonical:
        return f"{typ}: normalised {n!r} != canonical {canonical!r} (text {text!r})"
    if typ == "CARD_NUMBER":
        ok = n.isdigit() and 13 <= len(n) <= 19 and luhn_ok(n)
    elif typ == "CVV":
        ok = n.isdigit() and len(n) in (3, 4)
    elif typ == "EXPIRY":
        ok = n.isdigit() and len(n) in (4, 6) and 1 <= int(n[:2]) <= 12
    elif typ == "SSN":
        ok = n.isdigit() and len(n) == 9
    elif typ == "NI_NUMBER":
        ok = re.fullmatch(r"[A-CEGHJ-PR-TW-Z]{2}\d{6}[A-D]", n) is not None
    elif typ == "BANK_ACCOUNT":
        ok = n.isdigit() and 6 <= len(n) <= 12
    elif typ == "SORT_CODE":
        ok = n.isdigit() and len(n) == 6
    elif typ == "IBAN":
        ok = iban_valid(n)
    elif typ == "PHONE":
        ok = n.isdigit() and 10 <= len(n) <= 13
    elif typ == "DOB":
        ok = n.isdigit() and len(n) in (6, 8) and any(19 <= int(n[k:k + 2]) <= 20 for k in range(len(n) - 3))
    elif typ == "POSTCODE":
        ok = (re.fullmatch(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}", n) is not None
              or re.fullmatch(r"\d{5}(\d{4})?", n) is not None)
    else:
        return f"unknown type {typ}"
    return None if ok else f"{typ}: invalid value {n!r}"


# ---------------------------------------------------------------- generation helpers

R = random.Random(SEED)
SP = Speaker(R)


def pick(*xs):
    return R.choice(xs)


def groups(ds: str, sizes) -> list[str]:
    out, i = [], 0
    for s in sizes:
        out.append(ds[i:i + s])
        i += s
    if i < len(ds):
        out.append(ds[i:])
    return [g for g in out if g]


def say(ds: str, style: str = "mix", uk: bool = False, homo: float = 0.0, letters: bool = False,
        tail_safe: bool = True) -> str:
    """Speak digit string ds; guarantees the normaliser recovers ds."""
    if tail_safe and ds.endswith("0") and style in ("pairs", "mix"):
        style = "digits"
    for _ in range(6):
        if style == "digits":
            s = SP.digits(ds, homo=homo, uk=uk)
        elif style == "pairs" and len(ds) % 2 == 0:
            s = SP.pairs(ds)
        elif style == "plain":
            s = SP.digits(ds, doubles=0.0)
        else:
            s = SP.mixed(ds, homo=homo)
        if letters:
            s = re.sub(r"\bo\b", "oh", s)
        if norm_spoken(s, letters=letters) == ds:
            return s
    s = " ".join("zero" if d == "0" else UNITS[int(d)] for d in ds)
    return s


def say_groups(ds: str, sizes, style="mix", uk=False, homo=0.0, sep=" ") -> str:
    parts = [say(g, style, uk, homo, tail_safe=False) for g in groups(ds, sizes)]
    s = sep.join(parts)
    if norm_spoken(s) != ds:
        s = " ".join(say(g, "plain") for g in groups(ds, sizes))
    if norm_spoken(s) != ds:
        s = " ".join("zero" if d == "0" else UNITS[int(d)] for d in ds)
    return s


def say_alnum(s: str, style=None, uk=True) -> str:
    """Speak a mixed letter/digit string (NI, postcode, IBAN)."""
    out = []
    i = 0
    st = style
    while i < len(s):
        ch = s[i]
        if ch == " ":
            i += 1
            continue
        if ch.isalpha():
            lst = st or pick("plain", "plain", "nato", "for", "homo")
            out.append(SP.letter(ch, lst))
            i += 1
        else:
            j = i
            while j < len(s) and s[j].isdigit():
                j += 1
            out.append(say(s[i:j], pick("digits", "mix"), uk=uk, letters=True))
            i = j
    res = " ".join(out)
    if norm_spoken(res, letters=True) != s.replace(" ", ""):
        res = " ".join(SP.letter(ch, "nato") if ch.isalpha() else ("zero" if ch == "0" else UNITS[int(ch)])
                       for ch in s if ch != " ")
    return res


def typo_case(s: str) -> str:
    return pick(s, s, s.upper(), s.lower())


ACK = ["mhm", "okay", "yep", "okay go on", "right", "uh huh", "yeah", "got it", "okay and then", "go on"]
FILL = ["um", "uh", "er", "erm"]


def ack():
    return R.choice(ACK)


def fill():
    return R.choice(FILL) + " " if R.random() < 0.5 else ""


# ---------------------------------------------------------------- positive scenarios
CALL_IND = ["telecom", "banking", "utilities", "retail", "insurance", "travel", "healthcare billing",
            "government services"]


def pos_card_call_one():
    ind = pick("telecom", "retail", "utilities", "travel", "insurance")
    c = Case("")
    card = make_card(R)
    v = c.val("CARD_NUMBER", card)
    sizes = [4, 6, 5] if len(card) == 15 else [4, 4, 4, 4, 3]
    style = pick("digits", "mix", "pairs", "digits")
    sp = say_groups(card, sizes, style, homo=0.15)
    brand = {"4": "visa", "5": "mastercard", "2": "mastercard", "3": "amex", "6": "discover"}[card[0]]
    c.a(pick("okay and the long number across the front of the card please",
             "so whenever you're ready the card number",
             "can i take the long number on the card"))
    c.c(fill() + pick("yeah it's ", "sure ", "right okay ", "okay so it's "), S(sp, v),
        pick("", f" and that's a {brand}", " that's the one", ""))
    if R.random() < 0.5:
        c.a(pick("lovely thank you", "thanks and the amount today is forty two fifty", "perfect"))
    homo = any(w in sp.split() for w in ("for", "to", "too", "ate", "won"))
    c.note = f"call/{ind}: {len(card)}-digit {brand} read in one customer turn ({style}){', digit homophones' if homo else ''}"
    return c


def pos_card_call_split():
    ind = pick("insurance", "banking", "telecom", "healthcare billing", "utilities")
    c = Case("")
    card = make_card(R, pick("visa", "mc", "disc", "amex"))
    v = c.val("CARD_NUMBER", card)
    sizes = [4, 6, 5] if len(card) == 15 else [4, 4, 4, 4]
    gs = groups(card, sizes)
    c.a(pick("go ahead with the card number", "okay the card number when you're ready",
             "and what's the number on the card"))
    for k, g in enumerate(gs):
        lead = fill() if k == 0 else pick("", "", "and ", "then ")
        c.c(lead, S(say(g, pick("digits", "mix")), v))
        if k < len(gs) - 1:
            c.a(ack())
    c.a(pick("okay lovely", "great and the expiry", "thank you"))
    c.note = f"call/{ind}: card split over {len(gs)} customer turns with back-channels"
    return c


def pos_card_call_correction():
    ind = pick("retail", "travel", "telecom")
    c = Case("")
    card = make_card(R, pick("visa", "mc"))
    v = c.val("CARD_NUMBER", card)
    gs = groups(card, [4, 4, 4, 4])
    wrong = list(gs[2])
    wrong[-1] = str((int(wrong[-1]) + 3) % 10)
    wrong = "".join(wrong)
    vw = c.val("CARD_NUMBER", wrong)
    c.meta_partial = {vw}
    c.a("right so the card number please")
    c.c(S(say(gs[0] + gs[1], "digits"), v), " ", S(say(wrong, "digits"), vw),
        pick(" no sorry hang on ", " no wait sorry that's wrong ", " oh no sorry "),
        S(say(gs[2] + gs[3], "digits"), v))
    c.a(pick("okay so the third block is ", "just to check that was "), S(say(gs[2], "digits"), c.val("CARD_NUMBER", gs[2])), pick("", " yeah"))
    c.meta_partial.add(2)
    c.c(pick("yes that's right", "yeah"))
    c.note = f"call/{ind}: card with self-correction of a group mid-reading; agent repeats the corrected group"
    return c


def pos_card_chat():
    ind = pick("retail", "telecom", "travel", "utilities")
    c = Case("")
    card = make_card(R)
    v = c.val("CARD_NUMBER", card)
    if len(card) == 15:
        gs = groups(card, [4, 6, 5])
    else:
        gs = groups(card, [4, 4, 4, 4, 3])
    sep = pick(" ", "-", "", " ", ".", "  ")
    txt = sep.join(gs)
    c.a(pick("Hi there, happy to take a payment. Could you type the long card number?",
             "Please enter the card number below."))
    c.c(pick("Sure - ", "ok its ", "card no. ", "Number: ", "", "here u go "), S(txt, v),
        pick("", " thx", ". Can you do £35.00 today?", " (visa debit)"))
    sep_note = {" ": "spaces", "-": "dashes", "": "no separator", ".": "dots", "  ": "double spaces"}[sep]
    c.note = f"chat/{ind}: card typed with {sep_note}, {len(card)} digits"
    return c


def expiry_forms(call=True):
    m = R.randint(1, 12)
    y = R.randint(26, 32)
    if call:
        f = R.randrange(4)
        if f == 0:
            return f"{m:02d}{y}", SP.pair(f"{m:02d}") + " " + SP.pair(str(y))
        if f == 1:
            return f"{m:02d}{y}", MONTHS[m - 1] + " " + SP.pair(str(y))
        if f == 2:
            return f"{m:02d}20{y}", MONTHS[m - 1] + " twenty " + SP.pair(str(y))
        return f"{m:02d}{y}", SP.digits(f"{m:02d}", doubles=0) + " " + pick("slash ", "") + SP.digits(str(y), doubles=0)
    f = R.randrange(3)
    if f == 0:
        return f"{m:02d}{y}", f"{m:02d}/{y}"
    if f == 1:
        return f"{m:02d}20{y}", f"{m:02d}/20{y}"
    return f"{m:02d}{y}", f"{m:02d}-{y}"


def pos_card_exp_cvv_call():
    ind = pick("travel", "retail", "telecom", "healthcare billing", "insurance")
    c = Case("")
    card = make_card(R, pick("visa", "mc"))
    v = c.val("CARD_NUMBER", card)
    ecan, esp = expiry_forms(True)
    ve = c.val("EXPIRY", ecan)
    cvv = f"{R.randint(0, 999):03d}"
    vc = c.val("CVV", cvv)
    c.a("and the card number")
    c.c(S(say_groups(card, [4, 4, 4, 4], pick("digits", "mix")), v))
    c.a(pick("thank you and the expiry date", "and when does it expire", "expiry date on that one"))
    c.c(fill() + pick("it's ", "", "expires "), S(esp, ve))
    c.a(pick("and the three digit security code on the back", "and the c v v please",
             "last thing the three numbers on the back of the card"))
    c.c(pick("", "that's ", "uh ", "yeah it's "), S(say(cvv, "digits"), vc),
        pick("", " and can you put the whole one twenty nine pounds on it", " sorry the writing's faded"))
    c.note = f"call/{ind}: card, expiry and cvv over three exchanges; amount nearby unlabelled"
    return c


def pos_exp_cvv_chat():
    ind = pick("retail", "travel", "telecom")
    c = Case("")
    ecan, esp = expiry_forms(False)
    ve = c.val("EXPIRY", ecan)
    cvv = f"{R.randint(0, 9999):04d}" if R.random() < 0.2 else f"{R.randint(0, 999):03d}"
    vc = c.val("CVV", cvv)
    c.a("Thanks. Can I also have the expiry date and security code?")
    form = R.randrange(3)
    if form == 0:
        c.c("exp ", S(esp, ve), " cvv ", S(cvv, vc))
    elif form == 1:
        c.c("Expiry ", S(esp, ve), ", security code is ", S(cvv, vc), " (the one on the back)")
    else:
        c.c(S(esp, ve), " and ", S(cvv, vc))
    c.note = f"chat/{ind}: expiry and {len(cvv)}-digit cvv typed in one message"
    return c


def pos_cvv_interrupt_call():
    ind = pick("utilities", "telecom", "travel")
    c = Case("")
    cvv = f"{R.randint(0, 999):03d}"
    vc = c.val("CVV", cvv[:2])
    ecan, esp = expiry_forms(True)
    ve = c.val("EXPIRY", ecan)
    c.a("and the security code")
    c.c(pick("the three on the back yeah ", "hang on i need to flip it over ok "), S(say(cvv[:2], "digits"), vc))
    c.a("sorry you cut out there")
    vc2 = c.val("CVV", cvv)
    c.c(pick("sorry ", "", "oh "), pick("it's ", "", ""), S(say(cvv, "digits"), vc2))
    c.a("okay and the expiry")
    c.c(S(esp, ve), pick("", " i think yeah", " it's a new card"))
    c.meta_partial = {vc}
    c.note = f"call/{ind}: cvv cut off mid-reading then repeated; expiry after"
    return c


def pos_ssn_call():
    ind = pick("banking", "insurance", "healthcare billing", "government services", "telecom")
    c = Case("")
    ssn = make_ssn(R)
    v = c.val("SSN", ssn)
    gs = groups(ssn, [3, 2, 4])
    form = R.randrange(4)
    c.a(pick("can i get your social security number to verify", "and your social please",
             "i'll need the full social security number"))
    if form == 0:
        c.c(fill() + "sure it's ", S(say_groups(ssn, [3, 2, 4], pick("digits", "mix"), homo=0.2), v))
        c.note = f"call/{ind}: ssn read in one turn (3-2-4 groups)"
    elif form == 1:
        c.c(S(say(gs[0], "digits"), v))
        c.a(ack())
        c.c(S(say(gs[1], pick("digits", "pairs")), v))
        c.a(ack())
        c.c(S(say(gs[2], pick("digits", "pairs")), v))
        c.note = f"call/{ind}: ssn split over three customer turns"
    elif form == 2:
        c.c(pick("okay um ", "yeah "), S(say(gs[0] + gs[1], "digits"), v), pick(" and then ", " um "),
            S(say(gs[2], "pairs"), v))
        c.a("let me read that back ", S(say_groups(ssn, [3, 2, 4], "digits"), c.val("SSN", ssn)))
        c.c("that's it")
        c.note = f"call/{ind}: ssn with filler inside, agent reads it back"
    else:
        c.c(S(say(gs[0], "digits"), v), " ", S(say(gs[1], "digits"), v))
        c.a(pick("sorry go on", "sorry was that", "okay"))
        c.c(pick("the last four are ", "and ", ""), S(say(gs[2], "digits"), v))
        c.note = f"call/{ind}: ssn with agent interruption before last four"
    return c


def pos_ssn_chat():
    ind = pick("banking", "insurance", "healthcare billing", "government services")
    c = Case("")
    ssn = make_ssn(R)
    v = c.val("SSN", ssn)
    sep = pick("-", " ", "", "-", ".")
    txt = sep.join(groups(ssn, [3, 2, 4]))
    c.a("For security, please confirm your SSN.")
    c.c(pick("ssn: ", "It's ", "my social is ", "SSN# ", ""), S(txt, v),
        pick("", " - I also have 3 claims open", ". Born in Ohio if that matters", ""))
    c.note = f"chat/{ind}: ssn typed with separator {sep!r}"
    return c


def ni_spoken(ni, form):
    letters1, digs, suf = ni[:2], ni[2:8], ni[8]
    st = pick("plain", "nato", "for", "homo")
    l1 = " ".join(SP.letter(ch, st) for ch in letters1)
    if form == "pairs":
        d = say(digs, "pairs", uk=True, letters=True)
    else:
        d = say(digs, "digits", uk=True, letters=True)
    s2 = SP.letter(suf, pick("plain", "nato", "for", "homo"))
    return l1, d, s2


def pos_ni_call():
    ind = pick("government services", "banking", "insurance", "utilities")
    c = Case("")
    ni = make_ni(R)
    v = c.val("NI_NUMBER", ni)
    form = R.randrange(4)
    l1, d, s2 = ni_spoken(ni, pick("pairs", "digits"))
    c.a(pick("and your national insurance number please", "can you give me your n i number",
             "what's your national insurance"))
    if form == 0:
        c.c(fill() + pick("yeah it's ", "it's ", ""), S(f"{l1} {d} {s2}", v))
        c.note = f"call/{ind}: NI number in one turn, letters spoken"
    elif form == 1:
        c.c(S(l1, v))
        c.a(ack())
        c.c(S(d, v))
        c.a(pick("and the letter at the end", "and the last letter"))
        c.c(S(s2, v))
        c.note = f"call/{ind}: NI number split over turns, agent prompts for suffix letter"
    elif form == 2:
        c.c(S(f"{l1} {d}", v), pick(" um ", " and then ", " uh it ends in "), S(s2, v))
        c.a("so that's ", S(f"{' '.join(SP.letter(ch, 'nato') for ch in ni[:2])} {say(ni[2:8], 'digits', uk=True, letters=True)} {SP.letter(ni[8], 'nato')}", c.val("NI_NUMBER", ni)))
        c.c(pick("yes", "that's right", "correct"))
        c.note = f"call/{ind}: NI number, agent reads back in NATO alphabet"
    else:
        wrong = ni[:2]
        c.c(S(l1, v), " ", S(say(ni[2:5], "digits", uk=True, letters=True), v),
            pick(" um ", " erm hang on ", " uh "), S(say(ni[5:8], "digits", uk=True, letters=True), v), " ", S(s2, v))
        c.note = f"call/{ind}: NI number with hesitation inside"
    return c


def pos_ni_chat():
    ind = pick("government services", "banking", "insurance")
    c = Case("")
    ni = make_ni(R)
    v = c.val("NI_NUMBER", ni)
    form = R.randrange(4)
    if form == 0:
        txt = f"{ni[:2]} {ni[2:4]} {ni[4:6]} {ni[6:8]} {ni[8]}"
    elif form == 1:
        txt = ni.lower()
    elif form == 2:
        txt = f"{ni[:2]}{ni[2:8]} {ni[8]}"
    else:
        txt = f"{ni[:2]}-{ni[2:8]}-{ni[8]}"
    c.a("Please can you confirm your National Insurance number?")
    c.c(pick("NI number ", "its ", "NINO: ", "sure, ", ""), S(txt, v), pick("", " thanks", ". I moved in 2019"))
    c.note = f"chat/{ind}: NI number typed (format {form})"
    return c


def pos_bank_call():
    ind = pick("banking", "utilities", "insurance", "government services")
    c = Case("")
    sc = "".join(R.choice(string.digits) for _ in range(6))
    acct = "".join(R.choice(string.digits) for _ in range(8))
    vs = c.val("SORT_CODE", sc)
    va = c.val("BANK_ACCOUNT", acct)
    form = R.randrange(3)
    c.a(pick("for the direct debit i need the sort code and account number",
             "okay so the bank details the sort code first"))
    if form == 0:
        c.c(fill() + "sort code's ", S(say_groups(sc, [2, 2, 2], pick("pairs", "digits"), uk=True), vs))
        c.a(ack())
        c.c(pick("and the account number ", "account is ", ""), S(say_groups(acct, [4, 4], pick("digits", "mix"), uk=True), va))
        c.note = f"call/{ind}: sort code then account number"
    elif form == 1:
        c.c(S(say_groups(sc, [2, 2, 2], "pairs", uk=True), vs), " and then the account number is ",
            S(say_groups(acct, [4, 4], "digits", uk=True), va))
        c.note = f"call/{ind}: sort code and account in one turn"
    else:
        gs = groups(acct, [3, 3, 2])
        c.c(S(say(sc, "digits", uk=True), vs))
        c.a("and the account")
        c.c(S(say(gs[0], "digits", uk=True), va))
        c.a(ack())
        c.c(S(say(gs[1] + gs[2], "digits", uk=True), va))
        c.a("let me read the sort code back ", S(say_groups(sc, [2, 2, 2], "pairs", uk=True), c.val("SORT_CODE", sc)))
        c.note = f"call/{ind}: account number split across turns, agent reads sort code back"
    return c


def pos_bank_chat():
    ind = pick("banking", "utilities", "retail")
    c = Case("")
    sc = "".join(R.choice(string.digits) for _ in range(6))
    acct = "".join(R.choice(string.digits) for _ in range(8))
    vs = c.val("SORT_CODE", sc)
    va = c.val("BANK_ACCOUNT", acct)
    sct = pick(f"{sc[:2]}-{sc[2:4]}-{sc[4:]}", sc, f"{sc[:2]} {sc[2:4]} {sc[4:]}")
    c.a("What bank details would you like the refund sent to?")
    c.c(pick("Sort code ", "sc "), S(sct, vs), pick(", account ", " acc no ", " / acct "), S(acct, va),
        pick("", ". Refund was £84.20", " thanks"))
    c.note = f"chat/{ind}: sort code and account typed together"
    return c


def pos_us_account_call():
    ind = pick("banking", "insurance", "utilities")
    c = Case("")
    n = R.randint(9, 12)
    acct = str(R.randint(1, 9)) + "".join(R.choice(string.digits) for _ in range(n - 1))
    va = c.val("BANK_ACCOUNT", acct)
    c.a("and the checking account number for the autopay")
    gs = groups(acct, [4, 4, 4])
    c.c(S(say(gs[0], "digits"), va))
    c.a("mhm")
    c.c(pick("", "then "), S(say("".join(gs[1:]), "digits", homo=0.2), va))
    c.note = f"call/{ind}: US checking account number ({n} digits) across two turns, homophones"
    return c


def pos_iban_call():
    ind = pick("banking", "travel", "insurance", "utilities")
    c = Case("")
    iban = make_iban(R, pick("IE", "GB", "DE", "NL", "IE"))
    v = c.val("IBAN", iban)
    parts = [iban[i:i + 4] for i in range(0, len(iban), 4)]
    c.a("okay and the iban for the refund")
    k = R.randint(2, 3)
    chunks = [" ".join(parts[i::1][:0]) for i in range(0)]
    split = [parts[:k], parts[k:k + 2], parts[k + 2:]]
    first = True
    for chunk in split:
        if not chunk:
            continue
        txt = say_alnum("".join(chunk), uk=True)
        if not first:
            c.a(ack())
        c.c(fill() if first else "", S(txt, v))
        first = False
    c.note = f"call/{ind}: {iban[:2]} IBAN spoken over several turns, letters spelled"
    return c


def pos_iban_chat():
    ind = pick("banking", "travel", "retail")
    c = Case("")
    iban = make_iban(R)
    v = c.val("IBAN", iban)
    txt = pick(" ".join(iban[i:i + 4] for i in range(0, len(iban), 4)), iban, iban.lower())
    c.a("Could you send over your IBAN please?")
    c.c(pick("IBAN: ", "iban is ", "", "Here: "), S(txt, v), pick("", " (Deutsche Bank)", " thanks!"))
    c.note = f"chat/{ind}: {iban[:2]} IBAN typed"
    return c


def phone_spoken(ph, kind):
    if kind.startswith("intl"):
        cc = "44" if kind == "intl_uk" else "353"
        rest = ph[len(cc):]
        return "plus " + say(cc, "plain") + " " + say_groups(rest, [3, 3, 4], pick("digits", "mix"))
    if kind == "us":
        return say_groups(ph, [3, 3, 4], pick("digits", "mix"), homo=0.15)
    if kind == "uk_mob":
        return say_groups(ph, [5, 3, 3], pick("digits", "digits", "mix"), uk=True)
    return say_groups(ph, [4, 3, 4] if not ph.startswith("020") else [3, 4, 4], "digits", uk=True)


def pos_phone_call():
    kind = pick("uk_mob", "uk_land", "uk_lon", "us", "ie_mob", "intl_uk", "intl_ie", "us")
    ind = pick("telecom", "utilities", "retail", "healthcare billing")
    c = Case("")
    ph = make_phone(R, kind)
    v = c.val("PHONE", ph)
    sp = phone_spoken(ph, kind)
    form = R.randrange(3)
    c.a(pick("what's the best number to reach you on", "and a contact number",
             "can i take a callback number"))
    if form == 0:
        lead = "area code " if kind == "us" and R.random() < 0.5 else ""
        c.c(fill() + pick("it's ", "yeah ", "my mobile is ") + lead, S(sp, v), pick("", " any time after five", ""))
        c.note = f"call/{ind}: {kind} phone number in one turn"
    else:
        w = sp.split()
        cut = len(w) // 2
        vp = c.val("PHONE", ph)
        c.c(S(" ".join(w[:cut]), vp))
        c.a(ack())
        c.c(S(" ".join(w[cut:]), vp))
        c.a("so that's ", S(phone_spoken(ph, kind), c.val("PHONE", ph)))
        c.c("yep")
        c.note = f"call/{ind}: {kind} phone split over two turns then read back by agent"
    return c


def pos_phone_chat():
    kind = pick("uk_mob", "us", "intl_uk", "ie_mob", "uk_land")
    ind = pick("telecom", "retail", "travel")
    c = Case("")
    ph = make_phone(R, kind)
    v = c.val("PHONE", ph)
    if kind == "us":
        txt = pick(f"({ph[:3]}) {ph[3:6]}-{ph[6:]}", f"{ph[:3]}-{ph[3:6]}-{ph[6:]}", f"{ph[:3]}.{ph[3:6]}.{ph[6:]}")
    elif kind.startswith("intl"):
        txt = "+" + pick(f"{ph[:2]} {ph[2:6]} {ph[6:]}", ph)
    else:
        txt = pick(f"{ph[:5]} {ph[5:]}", ph, f"{ph[:3]} {ph[3:6]} {ph[6:]}")
    c.a("What number can we reach you on?")
    c.c(pick("call me on ", "mob: ", "", "tel ", "ph. "), S(txt, v), pick("", " pls", " after 6pm", ""))
    c.note = f"chat/{ind}: {kind} phone typed"
    return c


def email_spoken(e):
    local, dom = e.split("@")
    def sp(part):
        out = []
        for piece in re.split(r"([._-])", part):
            if piece == ".":
                out.append("dot")
            elif piece == "_":
                out.append("underscore")
            elif piece == "-":
                out.append(pick("dash", "hyphen"))
            elif piece.isdigit():
                out.append(" ".join(UNITS[int(d)] for d in piece))
            elif piece:
                m = re.match(r"([a-z]+)(\d+)$", piece)
                if m:
                    out.append(m.group(1) + " " + " ".join(UNITS[int(d)] for d in m.group(2)))
                elif len(piece) <= 3 and R.random() < 0.5:
                    out.append(" ".join(piece))
                else:
                    out.append(piece)
        return " ".join(out)
    return sp(local) + " at " + sp(dom)


def pos_email_call():
    ind = pick("retail", "telecom", "travel", "insurance", "utilities")
    c = Case("")
    e = make_email(R)
    v = c.val("EMAIL", e)
    sp = email_spoken(e)
    c.a(pick("and an email address for the confirmation", "what email should we send the receipt to"))
    if R.random() < 0.5:
        c.c(fill() + "it's ", S(sp, v))
        c.note = f"call/{ind}: email spoken with 'at' and 'dot'"
    else:
        local, dom = sp.split(" at ")
        c.c(S(local, v))
        c.a(pick("okay at", "mhm at what", "and the domain"))
        vv = c.val("EMAIL", e)
        c.c(S(pick("", "at ") + dom, v))
        c.a("so that's ", S(sp, vv))
        c.c("yes")
        c.meta_partial = {v}
        c.note = f"call/{ind}: email split over turns (local part labelled), agent reads it back"
    return c


def pos_email_chat():
    ind = pick("retail", "travel", "telecom")
    c = Case("")
    e = make_email(R)
    v = c.val("EMAIL", e)
    c.a("What's the best email for you?")
    txt = pick(e, e, e.upper() if R.random() < 0.2 else e)
    c.c(pick("", "email: ", "its ", "use "), S(txt, v), pick("", " please", ", not my work one"))
    if txt != e:
        c.values[v] = ("EMAIL", e)
    c.note = f"chat/{ind}: email typed"
    return c


def dob_forms(call=True, us=False):
    y = R.randint(1941, 2004)
    m = R.randint(1, 12)
    d = R.randint(1, 28)
    if call:
        f = R.randrange(4)
        if f == 0:
            return f"{d:02d}{m:02d}{y}", f"{ORD[d]} of {MONTHS[m - 1]} {SP.year(y)}"
        if f == 1:
            return f"{m:02d}{d:02d}{y}", f"{MONTHS[m - 1]} {ORD[d]} {SP.year(y)}"
        if f == 2:
            dd = f"{d:02d}"
            return f"{dd}{m:02d}{y}", f"{say(dd, 'plain')} {say(f'{m:02d}', 'plain')} {SP.year(y)}"
        return f"{m:02d}{d:02d}{y}", f"{MONTHS[m - 1]} the {ORD[d]} {SP.year(y)}"
    f = R.randrange(3)
    if f == 0:
        return (f"{m:02d}{d:02d}{y}", f"{m:02d}/{d:02d}/{y}") if us else (f"{d:02d}{m:02d}{y}", f"{d:02d}/{m:02d}/{y}")
    if f == 1:
        return f"{d:02d}{m:02d}{y}", f"{d:02d}.{m:02d}.{y}"
    return f"{m:02d}{d:02d}{y}", f"{MONTHS[m - 1].capitalize()} {d:02d}, {y}"


def pos_dob_call():
    ind = pick("healthcare billing", "insurance", "banking", "government services", "telecom")
    c = Case("")
    can, sp = dob_forms(True)
    v = c.val("DOB", can)
    c.a(pick("and can you confirm your date of birth", "date of birth for security please",
             "what's the date of birth on the account"))
    if R.random() < 0.6:
        c.c(fill() + pick("it's ", "yeah ", "", "the "), S(sp, v))
        c.note = f"call/{ind}: date of birth spoken in one turn"
    else:
        w = sp.split()
        cut = len(w) - 2
        c.c(S(" ".join(w[:cut]), v))
        c.a(pick("and the year", "mhm", "what year"))
        c.c(S(" ".join(w[cut:]), v))
        c.note = f"call/{ind}: date of birth split, agent prompts for year"
    if R.random() < 0.4:
        c.a(pick("lovely and your appointment is on the third of june at two thirty",
                 "thanks and that payment of sixty pounds went out on the first"))
    return c


def pos_dob_chat():
    ind = pick("healthcare billing", "insurance", "banking")
    c = Case("")
    can, sp = dob_forms(False, us=R.random() < 0.5)
    v = c.val("DOB", can)
    c.a("Can you verify your date of birth?")
    c.c(pick("DOB ", "dob: ", "born ", "", "Its "), S(sp, v), pick("", " - the appointment is on 12/05 btw", ""))
    c.note = f"chat/{ind}: date of birth typed"
    return c


def uk_address():
    n = R.randint(1, 240)
    st = pick(*STREETS_UK)
    return n, st


def pos_address_call():
    ind = pick("utilities", "telecom", "retail", "insurance", "government services")
    c = Case("")
    uk = R.random() < 0.6
    c.a(pick("can i take the first line of the address", "and what's the address for the delivery",
             "and the property address please"))
    if uk:
        n, st = uk_address()
        num = say(str(n), "mix") if n >= 10 else UNITS[n]
        if n >= 100:
            num = pick(SP.hundreds(str(n)), say(str(n), "digits"))
        va = c.val("ADDRESS", f"{n} {st}")
        pc = make_uk_postcode(R)
        vp = c.val("POSTCODE", pc.replace(" ", ""))
        c.c(fill() + pick("it's ", "", "yeah "), S(f"{num} {st.lower()}", va), pick(" in leeds", " that's in salford", "", " near the big tesco"))
        c.a(pick("and the postcode", "and the post code"))
        c.c(S(say_alnum(pc), vp))
        c.note = f"call/{ind}: UK street address then spelled postcode"
    else:
        n = R.randint(10, 9999)
        st = pick(*STREETS_US)
        num = " ".join(SP.pair(str(n)[i:i + 2]) for i in range(0, len(str(n)), 2)) if len(str(n)) % 2 == 0 else say(str(n), "digits")
        va = c.val("ADDRESS", f"{n} {st}")
        z = make_zip(R)
        vz = c.val("POSTCODE", z)
        c.c(S(f"{num} {st.lower()}", va), pick(" in phoenix", " in dayton", "", " that's the blue house"))
        c.a("and the zip code")
        c.c(S(say(z, "digits", homo=0.15, letters=True), vz))
        c.note = f"call/{ind}: US street address and spoken zip"
    return c


def pos_address_chat():
    ind = pick("retail", "utilities", "telecom", "insurance")
    c = Case("")
    ctry = pick("uk", "us", "ie")
    c.a("Please confirm the delivery address.")
    if ctry == "uk":
        n, st = uk_address()
        va = c.val("ADDRESS", f"{n} {st}")
        pc = make_uk_postcode(R)
        vp = c.val("POSTCODE", pc.replace(" ", ""))
        c.c(S(f"{n} {st}", va), pick(", Bristol, ", ", ", " "), S(typo_case(pick(pc, pc.replace(" ", ""))), vp))
    elif ctry == "us":
        n = R.randint(10, 9999)
        st = pick(*STREETS_US)
        va = c.val("ADDRESS", f"{n} {st}")
        z = make_zip(R, plus4=R.random() < 0.3)
        vp = c.val("POSTCODE", z.replace("-", ""))
        c.c(S(f"{n} {st}", va), pick(", Austin, TX ", ", Columbus OH ", " Portland, OR "), S(z, vp))
    else:
        n = R.randint(1, 99)
        st = pick(*STREETS_IE)
        va = c.val("ADDRESS", f"{n} {st}")
        c.c(S(f"{n} {st}", va), pick(", Athlone, Co. Westmeath", ", Cork", ", Galway"))
    c.note = f"chat/{ind}: {ctry} address typed"
    return c


def pos_postcode_call():
    ind = pick("utilities", "telecom", "retail")
    c = Case("")
    pc = make_uk_postcode(R)
    vp = c.val("POSTCODE", pc.replace(" ", ""))
    out, inn = pc.split()
    c.a("can i take your postcode to find the address")
    c.c(S(say_alnum(out), vp))
    c.a(ack())
    c.c(S(say_alnum(inn), vp), pick("", " it's a new build", ""))
    c.note = f"call/{ind}: UK postcode split into outward and inward parts over two turns"
    return c


def pos_combo_call():
    """Several different values mixed with chit-chat in a longer call."""
    ind = pick("banking", "insurance", "telecom", "healthcare billing")
    c = Case("")
    us = R.random() < 0.5
    c.a("thanks for calling how can i help")
    c.c(pick("hi yeah i'm calling about my bill it went up to eighty four pounds",
             "hi i need to update my details i've moved house"))
    c.a("no problem can i start with your date of birth")
    can, sp = dob_forms(True)
    c.c(S(sp, c.val("DOB", can)), pick("", " sorry my memory's terrible today", ""))
    if us:
        ssn = make_ssn(R)
        c.a("and the last... sorry the full social")
        c.c(S(say_groups(ssn, [3, 2, 4], "digits", homo=0.2), c.val("SSN", ssn)))
    else:
        ni = make_ni(R)
        l1, d, s2 = ni_spoken(ni, "pairs")
        c.a("and your national insurance number")
        c.c(S(f"{l1} {d} {s2}", c.val("NI_NUMBER", ni)))
    kind = "us" if us else "uk_mob"
    ph = make_phone(R, kind)
    c.a("great and is the phone number still the same")
    c.c(pick("no it's changed it's ", "new number is "), S(phone_spoken(ph, kind), c.val("PHONE", ph)),
        pick(" and the old one was on contract till twenty twenty five", "", " sorry it's noisy here"))
    c.note = f"call/{ind}: dob, {'ssn' if us else 'NI number'} and phone in one call, non-PII numbers around"
    return c


def pos_two_values_turn():
    ind = pick("banking", "insurance", "government services")
    c = Case("")
    uk = R.random() < 0.5
    c.a("for verification i need two things")
    can, sp = dob_forms(True)
    if uk:
        ni = make_ni(R)
        l1, d, s2 = ni_spoken(ni, pick("pairs", "digits"))
        c.c(S(f"{l1} {d} {s2}", c.val("NI_NUMBER", ni)), pick(" and my birthday is ", " and i was born on the "),
            S(sp, c.val("DOB", can)))
        c.note = f"call/{ind}: NI number and date of birth in one customer turn"
    else:
        ssn = make_ssn(R)
        c.c(pick("born ", "my date of birth is "), S(sp, c.val("DOB", can)), " social is ",
            S(say_groups(ssn, [3, 2, 4], pick("digits", "mix")), c.val("SSN", ssn)))
        c.note = f"call/{ind}: date of birth and ssn in one customer turn"
    return c


def pos_card_agent_readback():
    ind = pick("travel", "retail", "utilities")
    c = Case("")
    card = make_card(R, pick("visa", "mc"))
    v = c.val("CARD_NUMBER", card)
    c.a("the card number please")
    c.c(S(say_groups(card, [4, 4, 4, 4], "digits"), v))
    c.a(pick("let me just repeat that ", "so i have "), S(say_groups(card, [4, 4, 4, 4], pick("pairs", "mix")), c.val("CARD_NUMBER", card)),
        pick(" is that right", " correct"))
    c.c(pick("yes", "yeah that's it"))
    c.note = f"call/{ind}: card read digit by digit then agent reads it back in pairs"
    return c


def pos_ssn_chat_typo():
    ind = pick("banking", "government services")
    c = Case("")
    ssn = make_ssn(R)
    v = c.val("SSN", ssn)
    c.a("Please type your Social Security number.")
    c.c(pick("sorry im on my phone ", "ok ", ""), S(f"{ssn[:3]} {ssn[3:5]}-{ssn[5:]}", v), pick(" i think thats right", ""))
    c.note = f"chat/{ind}: ssn typed with mixed separators"
    return c


def pos_ni_spread_call():
    ind = pick("government services", "banking")
    c = Case("")
    ni = make_ni(R)
    v = c.val("NI_NUMBER", ni)
    c.a("national insurance number")
    c.c(pick("right hang on it's on my payslip ", "ok i've got it here "), S(" ".join(SP.letter(ch, pick("nato", "for")) for ch in ni[:2]), v))
    c.a(ack())
    c.c(S(say(ni[2:4], "pairs", uk=True, letters=True), v))
    c.a(ack())
    c.c(S(say(ni[4:8], pick("pairs", "digits"), uk=True, letters=True), v))
    c.a("and the letter")
    c.c(S(SP.letter(ni[8], "plain"), v), pick("", " as in " + NATO[ni[8].lower()]))
    c.note = f"call/{ind}: NI number spread over four customer turns"
    return c


def pos_card_interrupt_call():
    ind = pick("telecom", "utilities", "retail", "travel")
    c = Case("")
    card = make_card(R, pick("visa", "mc", "disc"))
    v = c.val("CARD_NUMBER", card)
    gs = groups(card, [4, 4, 4, 4])
    c.a("and the long card number")
    c.c(S(say(gs[0] + gs[1], "digits"), v), " ", S(say(gs[2][:2], "digits"), v))
    c.a(pick("sorry sorry can you slow down a bit", "sorry you're breaking up can you say that again from the start"))
    v2 = c.val("CARD_NUMBER", card)
    c.c(pick("oh sorry yeah ", "okay ", "right "), S(say(gs[0], "digits"), v2))
    c.a(ack())
    c.c(S(say(gs[1], pick("digits", "pairs")), v2))
    c.a(ack())
    c.c(S(say(gs[2] + gs[3], "digits"), v2))
    c.meta_partial = {v}
    c.values[v] = ("CARD_NUMBER", gs[0] + gs[1] + gs[2][:2])
    c.note = f"call/{ind}: agent interrupts mid-card, customer restarts slower over three turns; first partial reading labelled"
    return c


def pos_card_hundreds_call():
    ind = pick("retail", "insurance", "utilities")
    c = Case("")
    card = make_card(R, "visa")
    gs = groups(card, [4, 4, 4, 4])
    # make one group end in 00 so it is naturally said as 'forty one hundred'
    k = R.randint(1, 2)
    body = "".join(gs[:k]) + gs[k][:2] + "00" + "".join(gs[k + 1:])
    body = body[:-1]
    for d in string.digits:
        if luhn_ok(body + d):
            card = body + d
            break
    gs = groups(card, [4, 4, 4, 4])
    v = c.val("CARD_NUMBER", card)
    parts = []
    for i, g in enumerate(gs):
        if i == k and g[0] != "0" and g[:2] != "10":
            parts.append((SP.pair(g[:2]) if g[0] != "1" else TEENS[int(g[1])]) + " hundred")
        else:
            parts.append(say(g, "digits"))
    sp = " ".join(parts)
    if norm_spoken(sp) != card:
        sp = say_groups(card, [4, 4, 4, 4], "digits")
    c.a("can i take the card number")
    c.c(fill() + "yeah it's ", S(sp, v))
    c.a(pick("thanks and was that a debit card", "lovely"))
    c.note = f"call/{ind}: card with a group said as 'N hundred' (e.g. forty one hundred)"
    return c


def pos_phone_old_new():
    ind = pick("telecom", "utilities", "banking")
    c = Case("")
    kind = pick("uk_mob", "ie_mob", "us", "uk_mob")
    old, new = make_phone(R, kind), make_phone(R, kind)
    vo, vn = c.val("PHONE", old), c.val("PHONE", new)
    c.a("is the number we have still right")
    c.c(pick("what have you got ", "i think so "), pick("is it ", ""), S(phone_spoken(old, kind), vo))
    c.a("no we've got a different one on the system")
    c.c(pick("oh right well that's my old one ", "ah no sorry that was the old one "), "the new one is ",
        S(phone_spoken(new, kind), vn))
    c.note = f"call/{ind}: customer gives old then new {kind} phone number; both labelled"
    return c


def pos_dob_corrected():
    ind = pick("healthcare billing", "insurance", "banking")
    c = Case("")
    y = R.randint(1950, 1998)
    m = R.randint(1, 12)
    d = R.randint(1, 28)
    can = f"{d:02d}{m:02d}{y}"
    v = c.val("DOB", can)
    wrong = y + pick(1, -1, 10)
    c.a("can you confirm the date of birth")
    c.c(fill() + "it's the ", S(f"{ORD[d]} of {MONTHS[m - 1]} {SP.year(y)}", v))
    wcan = f"{d:02d}{m:02d}{wrong}"
    c.a("so that's ", S(f"{ORD[d]} of {MONTHS[m - 1]} {SP.year(wrong)}", c.val("DOB", wcan)))
    vy = c.val("DOB", str(y))
    c.c(pick("no no ", "no sorry "), S(SP.year(y), vy))
    c.meta_partial = {vy}
    c.a(pick("sorry yes my mistake", "apologies i misheard"))
    c.note = f"call/{ind}: agent reads DOB back with wrong year and customer corrects the year"
    return c


def pos_ni_letter_homophones():
    ind = pick("government services", "banking", "utilities")
    c = Case("")
    ni = make_ni(R)
    v = c.val("NI_NUMBER", ni)
    l1 = " ".join(SP.letter(ch, "homo") for ch in ni[:2])
    d = say(ni[2:8], pick("pairs", "digits"), uk=True, letters=True)
    s2 = SP.letter(ni[8], "homo")
    c.a("national insurance number please")
    if R.random() < 0.5:
        c.c(pick("it's ", "yeah "), S(f"{l1} {d} {s2}", v))
    else:
        c.c(S(f"{l1} {d}", v))
        c.a(pick("and the letter", "and it ends in"))
        c.c(S(s2, v))
    c.note = f"call/{ind}: NI number where the recogniser wrote letters as words (bee, see, jay, are ...)"
    return c


def pos_iban_chat_messy():
    ind = pick("banking", "travel")
    c = Case("")
    iban = make_iban(R, pick("IE", "DE", "NL", "FR", "GB"))
    v = c.val("IBAN", iban)
    gs = [iban[i:i + 4] for i in range(0, len(iban), 4)]
    k = R.randint(2, len(gs) - 2)
    c.a("Please send the IBAN for the refund.")
    c.c(S(" ".join(gs[:k]).lower(), v))
    c.c(S(" ".join(gs[k:]), v), pick(" sorry sent too early", " - thats the rest", ""))
    c.note = f"chat/{ind}: {iban[:2]} IBAN typed across two consecutive customer messages, first lower case"
    return c


def pos_sort_homophone_call():
    ind = pick("banking", "utilities")
    c = Case("")
    sc = "".join(R.choice("2448") for _ in range(2)) + "".join(R.choice(string.digits) for _ in range(4))
    vs = c.val("SORT_CODE", sc)
    acct = "".join(R.choice(string.digits) for _ in range(8))
    va = c.val("BANK_ACCOUNT", acct)
    c.a("and the sort code")
    c.c(S(say(sc, "digits", homo=0.6, uk=True), vs))
    c.a("and the account number")
    c.c(S(say(acct[:4], "digits", homo=0.5, uk=True), va), pick(" uh ", " um ", " "), S(say(acct[4:], "digits", homo=0.5, uk=True), va),
        pick("", " it's a joint account", " that's with nationwide"))
    c.note = f"call/{ind}: sort code and account with digit homophones (to/for/ate/won)"
    return c


def pos_address_flat_call():
    ind = pick("utilities", "government services", "telecom")
    c = Case("")
    flat = R.randint(1, 24)
    n = R.randint(2, 99)
    st = pick(*(STREETS_UK + STREETS_IE))
    va = c.val("ADDRESS", f"flat {flat} {n} {st}")
    num = say(str(n), "mix") if n >= 10 else UNITS[n]
    c.a("and the supply address")
    c.c(fill() + "it's ", S(f"flat {say(str(flat), 'mix') if flat >= 10 else UNITS[flat]}", va))
    c.a(ack())
    c.c(S(f"{num} {st.lower()}", va), pick(" the one above the chemist", "", " in drumcondra", " sorry i only moved in last week"))
    c.note = f"call/{ind}: flat number and street address split over two turns"
    return c


POS = [
    (pos_card_call_one, 12), (pos_card_call_split, 8), (pos_card_call_correction, 4), (pos_card_chat, 10),
    (pos_card_exp_cvv_call, 9), (pos_exp_cvv_chat, 6), (pos_cvv_interrupt_call, 5), (pos_card_agent_readback, 4),
    (pos_ssn_call, 14), (pos_ssn_chat, 8), (pos_ssn_chat_typo, 3),
    (pos_ni_call, 14), (pos_ni_chat, 8), (pos_ni_spread_call, 4),
    (pos_bank_call, 9), (pos_bank_chat, 5), (pos_us_account_call, 4),
    (pos_iban_call, 8), (pos_iban_chat, 6),
    (pos_phone_call, 10), (pos_phone_chat, 6),
    (pos_email_call, 8), (pos_email_chat, 6),
    (pos_dob_call, 8), (pos_dob_chat, 5),
    (pos_address_call, 9), (pos_address_chat, 6), (pos_postcode_call, 5),
    (pos_combo_call, 6), (pos_two_values_turn, 6),
    (pos_card_interrupt_call, 5), (pos_card_hundreds_call, 4), (pos_phone_old_new, 5), (pos_dob_corrected, 4),
    (pos_ni_letter_homophones, 5), (pos_iban_chat_messy, 3), (pos_sort_homophone_call, 4),
    (pos_address_flat_call, 4),
]


# ---------------------------------------------------------------- negative scenarios


def neg(note, *turns):
    c = Case(note)
    for spk, txt in turns:
        c.t(spk, txt)
    return c


def money_spoken(cur=None):
    p = R.randint(11, 999)
    pence = R.randint(1, 99)
    cur = cur or pick("pounds", "dollars", "euro")
    if p >= 100:
        return f"{SP.hundreds(str(p))} {cur} {pick('and ', '')}{SP.pair(f'{pence:02d}') if pence >= 10 else UNITS[pence]}"
    return f"{SP.pair(str(p))} {cur} {SP.pair(f'{pence:02d}') if pence >= 10 else UNITS[pence]}"


def ref_spoken(word, n=None):
    n = n or R.randint(6, 10)
    ds = str(R.randint(1, 9)) + "".join(R.choice(string.digits) for _ in range(n - 1))
    return f"{word} {say(ds, pick('digits', 'mix'))}", ds


def n_balance():
    cur = pick("pounds", "dollars", "euro")
    return neg("call/banking: account balance and pending amounts spoken, no PII",
               ("agent", f"your current balance is {money_spoken(cur)} and there's a pending payment of {money_spoken(cur)}"),
               ("customer", pick("okay and when does that clear", "right so after that i'll have about " + SP.pair(str(R.randint(20, 99))) + " quid left")),
               ("agent", f"it should clear in {pick('two to three', 'three to five')} working days"))


def n_order_ref():
    word = pick("order number", "ticket number", "claim number", "reference number", "case number", "invoice number")
    sp, ds = ref_spoken(word)
    return neg(f"call/{pick('retail', 'insurance', 'telecom')}: {word} spoken digit by digit (not PII)",
               ("agent", "have you got a reference for me"),
               ("customer", f"yeah the {sp}"),
               ("agent", pick("perfect i've found it", "thanks bringing that up now")))


def n_order_split():
    word = pick("order", "claim", "ticket", "booking reference")
    ds = str(R.randint(1, 9)) + "".join(R.choice(string.digits) for _ in range(R.randint(7, 9)))
    a, b = ds[:4], ds[4:]
    return neg(f"call/{pick('retail', 'insurance', 'travel')}: {word} number split over turns with back-channel (not PII)",
               ("agent", f"what's the {word} number"),
               ("customer", f"it's {word} {say(a, 'digits')}"),
               ("agent", "mhm"),
               ("customer", say(b, "digits")),
               ("agent", f"great that's your {word} from the {ORD[R.randint(1, 28)]} of {pick(*MONTHS)}"))


def n_order_chat():
    word = pick("Order #", "Ticket ", "Ref: ", "Invoice no. ", "Claim ID ", "Case ")
    ds = str(R.randint(1, 9)) + "".join(R.choice(string.digits) for _ in range(R.randint(5, 9)))
    return neg(f"chat/{pick('retail', 'insurance', 'telecom')}: typed reference with its label (not PII)",
               ("customer", f"Hi, chasing {word}{ds} - it's been {R.randint(3, 21)} days"),
               ("agent", f"Thanks, I can see {word.strip(' :#')} {ds} was dispatched on {R.randint(1, 28)}/{R.randint(1, 12)}."))


def n_appointment():
    d, m = R.randint(1, 28), R.randint(1, 12)
    return neg("call/healthcare billing: appointment date and time, not a birth date",
               ("agent", f"i can offer you the {ORD[d]} of {MONTHS[m - 1]} at {pick('ten thirty', 'two fifteen', 'quarter past nine', 'four o clock')}"),
               ("customer", pick("that's fine", "can you do anything earlier")),
               ("agent", f"the appointment will last about {pick('twenty', 'forty five', 'thirty')} minutes and the copay is {money_spoken()}"))


def n_payment_date():
    y = R.randint(2019, 2027)
    return neg("call/utilities: payment and contract dates with years, not birth dates",
               ("customer", f"i paid it on the {ORD[R.randint(1, 28)]} of {pick(*MONTHS)}"),
               ("agent", f"yes i can see that and your contract started in {pick(*MONTHS)} {SP.year(y) if y < 2010 else 'twenty ' + SP.pair(str(y)[2:])}"),
               ("customer", f"and it ends in {SP.pair(str(R.randint(24, 30)))} months right"))


def n_meter():
    r1 = str(R.randint(10000, 99999))
    return neg("call/utilities: meter reading spoken digit by digit (not PII)",
               ("agent", "can you read me the meter"),
               ("customer", f"meter reading is {say(r1, 'digits')} and the night one is {say(str(R.randint(1000, 9999)), 'digits')}"),
               ("agent", f"lovely that's about {SP.hundreds(str(R.randint(100, 999)))} units since last time"))


def n_flight():
    fl, code = pick(("ryanair", "f r"), ("aer lingus", "e i"), ("british airways", "b a"), ("delta", "d l"), ("united", "u a"))
    return neg("call/travel: flight number, gate, seat and times (not PII)",
               ("customer", f"i'm on the {fl} flight {code} {say(str(R.randint(100, 9999)), 'digits')} at {pick('six forty', 'seven fifteen', 'nineteen hundred')}"),
               ("agent", f"okay that's departing gate {SP.pair(str(R.randint(11, 59)))} seat {SP.pair(str(R.randint(11, 39)))} {pick('a', 'c', 'f')}"),
               ("customer", "and the bags are twenty three kilos each yeah"))


def n_hotel():
    return neg("call/travel: room number, nights, price per night (not PII)",
               ("customer", f"i'm in room {SP.hundreds(str(R.randint(101, 999)))} for {pick('three', 'four', 'seven')} nights"),
               ("agent", f"yes and the rate is {money_spoken()} a night plus {pick('ten', 'twelve point five', 'twenty')} percent"))


def n_model():
    return neg("chat/retail: product model numbers, quantity and price (not PII)",
               ("customer", f"Does the {pick('WX-', 'KD', 'HX')}{R.randint(1000, 99999)} come in black? I need {R.randint(2, 12)} of them"),
               ("agent", f"Yes, model {R.randint(100000, 999999)}B is £{R.randint(20, 900)}.{R.randint(10, 99)} each, {R.randint(2, 40)}% off this week."))


def n_speed():
    return neg("call/telecom: broadband speeds, data allowances and durations (not PII)",
               ("customer", f"i'm only getting {SP.pair(str(R.randint(11, 99)))} megs and i'm paying for {SP.hundreds(str(R.randint(1, 9) * 100))}"),
               ("agent", f"that line test shows {SP.pair(str(R.randint(11, 99)))} point {UNITS[R.randint(1, 9)]} down and the outage lasted {SP.pair(str(R.randint(21, 59)))} minutes"),
               ("customer", "so can i get a discount on the thirty five pound a month"))


def n_ages():
    return neg("call/insurance: ages, years and counts (not PII)",
               ("agent", "how old is the main driver"),
               ("customer", f"i'm {SP.pair(str(R.randint(41, 69)))} and my son is {SP.pair(str(R.randint(17, 19)))} he passed in {SP.year(R.randint(2019, 2025)) if False else 'twenty ' + SP.pair(str(R.randint(19, 25)))}"),
               ("agent", f"and no claims in the last {pick('five', 'three')} years the car's a {pick('twenty nineteen', 'twenty twenty one', 'two thousand and eight')} golf"))


def n_temp():
    return neg("call/utilities: temperatures, pressure and boiler codes (not PII)",
               ("customer", f"the boiler's showing fault {pick('f', 'e')} {SP.pair(str(R.randint(11, 99)))} and the pressure is {UNITS[R.randint(1, 2)]} point {UNITS[R.randint(1, 9)]} bar"),
               ("agent", f"okay set the thermostat to {SP.pair(str(R.randint(18, 24)))} degrees and an engineer can come between {pick('eight and twelve', 'twelve and four')}"))


def n_last_four_chat():
    return neg("chat/banking: balances, limits, percentages (not PII)",
               ("customer", f"Why is my credit limit only ${R.randint(1, 9)},{R.randint(100, 999)}? My balance is ${R.randint(100, 999)}.{R.randint(10, 99)}"),
               ("agent", f"Your APR is {R.randint(12, 29)}.{R.randint(1, 9)}% and the minimum payment of ${R.randint(25, 99)} is due on the {pick('15th', '1st', '28th')}."))


def n_years_chat():
    return neg("chat/insurance: policy years, dates and amounts, not birth dates",
               ("customer", f"I've been with you since {R.randint(1995, 2015)} and my renewal on {R.randint(1, 28)}/{R.randint(1, 12)}/{R.randint(2025, 2027)} went up to £{R.randint(300, 1500)}"),
               ("agent", f"I understand. The premium rose {R.randint(5, 40)}% due to {R.randint(2, 9)} claims in your area since 2023."))


def n_company_phone_words():
    return neg("call/government services: counts, durations, opening hours (not PII)",
               ("agent", f"we're open from {pick('eight', 'nine')} till {pick('six', 'eight')} monday to friday and the wait is about {SP.pair(str(R.randint(21, 59)))} minutes"),
               ("customer", f"okay i've been waiting {pick('three', 'six', 'eleven')} weeks for the form and i've called {pick('four', 'nine', 'twelve')} times"))


def n_quantity_call():
    return neg("call/retail: quantities, sizes and prices (not PII)",
               ("customer", f"i ordered {pick('two', 'six', 'twelve')} of the size {SP.pair(str(R.randint(10, 46)))} and only {pick('one', 'four')} came"),
               ("agent", f"i'm sorry about that i'll refund {money_spoken()} and the rest ships in {pick('two', 'five')} to {pick('seven', 'ten')} days"))


def n_refund_amounts_long():
    amt = f"{R.randint(1000, 9999)}"
    return neg("call/banking: large amount read as pairs and a transaction count (not PII)",
               ("customer", f"there's a transaction for {SP.pairs(amt)} pounds i didn't make"),
               ("agent", f"i see it on the {ORD[R.randint(1, 28)]} at {pick('eleven forty', 'three oh five', 'nine twenty')} p m along with {pick('three', 'four')} smaller ones"))


def n_postal_office():
    return neg("call/telecom: ASR number-like chit-chat, times and years (not PII)",
               ("customer", f"yeah hi i called at like {pick('half nine', 'ten past ten', 'quarter to four')} this morning and it said i was number {pick('twelve', 'fifteen', 'eight')} in the queue"),
               ("agent", f"sorry about that we've had a lot of calls since the update on the {ORD[R.randint(1, 28)]}"),
               ("customer", f"it's been like that since twenty {SP.pair(str(R.randint(19, 25)))} honestly"))


def n_tracking_chat():
    return neg("chat/retail: parcel weight, dimensions, delivery window (not PII)",
               ("customer", f"The parcel is {R.randint(2, 30)}kg, {R.randint(20, 120)}x{R.randint(20, 80)}x{R.randint(10, 60)}cm"),
               ("agent", f"Delivery slot {pick('08:00-12:00', '12:00-16:00', '16:00-20:00')} on {pick('Mon', 'Tue', 'Fri')} {R.randint(1, 28)} {pick('Mar', 'Jun', 'Oct')}, cost £{R.randint(4, 19)}.99"))


def n_policy_number_call():
    sp, ds = ref_spoken(pick("policy number", "membership number", "policy number"), R.randint(6, 9))
    return neg("call/insurance: policy/membership reference with its label (not PII)",
               ("agent", "can i have the policy or membership reference"),
               ("customer", f"{pick('uh ', '')}the {sp}"),
               ("agent", f"thank you that renews on the {ORD[R.randint(1, 28)]} of {pick(*MONTHS)}"))


def n_percent_call():
    return neg("call/banking: interest rates, percentages and terms (not PII)",
               ("agent", f"the rate is {UNITS[R.randint(2, 9)]} point {UNITS[R.randint(1, 9)]} {UNITS[R.randint(1, 9)]} percent fixed for {pick('two', 'five')} years"),
               ("customer", f"and if i overpay by {pick('ten', 'twenty')} percent is there a fee"),
               ("agent", f"no fee up to {pick('ten', 'fifteen')} percent a year on a loan of {SP.pair(str(R.randint(11, 99)))} thousand"))


def n_dates_chat():
    return neg("chat/government services: application submitted and decision dates (not birth dates)",
               ("customer", f"I submitted my application on {R.randint(1, 28)}/{R.randint(1, 12)}/{R.randint(2024, 2026)}, still no decision"),
               ("agent", f"Applications received after {R.randint(1, 28)} {pick('March', 'July', 'September')} are taking {R.randint(6, 16)} weeks."))


def n_time_durations_call():
    return neg("call/telecom: minutes used, texts, data and plan price (not PII)",
               ("agent", f"this month you've used {SP.hundreds(str(R.randint(101, 999)))} minutes {SP.pair(str(R.randint(11, 99)))} texts and {UNITS[R.randint(2, 9)]} point {UNITS[R.randint(1, 9)]} gigs"),
               ("customer", f"so why is the bill {money_spoken()}"))


def n_year_built():
    return neg("call/insurance: years of construction and purchase, not birth dates",
               ("agent", "and when was the property built"),
               ("customer", f"nineteen {SP.pair(str(R.randint(20, 79)))} i think and we bought it in {pick('nineteen ninety eight', 'two thousand and four', 'twenty twelve')}"),
               ("agent", f"okay and the rebuild cost is about {SP.pair(str(R.randint(15, 60)))} thousand pounds"))


def n_callback_times():
    return neg("call/utilities: callback times and dates (not PII)",
               ("customer", f"can you call me back between {pick('two and four', 'ten and twelve', 'one and three')} on the {ORD[R.randint(1, 28)]}"),
               ("agent", f"yes i've booked a callback for {pick('quarter past five', 'two forty five', 'eleven fifteen')} it'll take about {pick('ten', 'fifteen')} minutes"))


def n_charged_twice_chat():
    return neg("chat/retail: duplicate charge amounts and dates (not PII)",
               ("customer", f"I was charged £{R.randint(1, 9)},{R.randint(100, 999)}.{R.randint(10, 99)} twice on {R.randint(1, 28):02d}/{R.randint(1, 12):02d}!!"),
               ("agent", f"Sorry about that. The second charge of £{R.randint(100, 999)}.{R.randint(10, 99)} will drop off within {R.randint(3, 10)} working days."))


def n_prescription_chat():
    return neg("chat/healthcare billing: prescription reference, dosage and quantities (not PII)",
               ("customer", f"Rx ref {R.randint(1000000, 9999999)} - {pick(28, 30, 56)} tablets of {pick(5, 10, 20, 50)}mg, why was I billed ${R.randint(20, 300)}?"),
               ("agent", f"Your plan covers {R.randint(50, 90)}% after the ${R.randint(100, 900)} deductible."))


def n_distance_call():
    return neg("call/travel: distances, durations and speeds (not PII)",
               ("customer", f"the car broke down about {SP.pair(str(R.randint(21, 99)))} miles from home doing maybe {pick('fifty', 'seventy', 'sixty five')}"),
               ("agent", f"okay recovery will be there in {pick('forty five minutes', 'about an hour and a half', 'ninety minutes')} and the tow is free up to {pick('ten', 'twenty five')} miles"))


NEG = [
    (n_balance, 5), (n_order_ref, 8), (n_order_split, 6), (n_order_chat, 6), (n_appointment, 5),
    (n_payment_date, 5), (n_meter, 5), (n_flight, 4), (n_hotel, 4), (n_model, 4), (n_speed, 4),
    (n_ages, 4), (n_temp, 3), (n_last_four_chat, 4), (n_years_chat, 4), (n_company_phone_words, 3),
    (n_quantity_call, 4), (n_refund_amounts_long, 4), (n_postal_office, 4), (n_tracking_chat, 3),
    (n_policy_number_call, 5), (n_percent_call, 3), (n_dates_chat, 3), (n_time_durations_call, 3),
    (n_year_built, 4), (n_callback_times, 3), (n_charged_twice_chat, 3), (n_prescription_chat, 3), (n_distance_call, 3),
]


# ---------------------------------------------------------------- build / check


def generate():
    R.seed(SEED)
    records, metas = [], []
    n = 0
    for fn, k in POS:
        for _ in range(k):
            n += 1
            c = fn()
            turns, spans, meta = c.build()
            rec = {"id": f"{PREFIX}-pos-{n:03d}", "kind": "positive", "turns": turns, "spans": spans, "note": c.note}
            records.append(rec)
            metas.append((c, meta))
    n = 0
    for fn, k in NEG:
        for _ in range(k):
            n += 1
            c = fn()
            turns, spans, meta = c.build()
            rec = {"id": f"{PREFIX}-neg-{n:03d}", "kind": "negative", "turns": turns, "spans": [], "note": c.note}
            records.append(rec)
            metas.append((c, meta))
    return records, metas


def dump(records) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def counts(records):
    cnt = Counter(s["type"] for r in records for s in r["spans"])
    npos = sum(r["kind"] == "positive" for r in records)
    nneg = sum(r["kind"] == "negative" for r in records)
    ncall = sum(r["note"].startswith("call/") for r in records)
    return cnt, npos, nneg, ncall


def readme(records) -> str:
    cnt, npos, nneg, ncall = counts(records)
    rows = "\n".join(f"| {t} | {cnt.get(t, 0)} |" for t in TYPES)
    return f"""# pii_holdout83 - held-out PII redaction evaluation set

**Never use this set for tuning.** It exists only to estimate how the redactor
behaves on data it was not developed against. Do not copy its cases, phrasings
or values into the redactor, its tests or its tuning data.

## Who wrote it and how

Written by an AI helper acting as an independent author. The author did not
see the redaction code (`src/convo/redact/`), its tests, its documentation,
the benchmark script or any other PII fixture; the only existing data it saw
was a three-line example of the JSONL format. Nothing was run against the
redactor while writing it.

Cases are produced by `scripts/make_pii_holdout83.py` from template functions;
each turn is assembled from plain-text segments and (value, type) segments so
span offsets are computed, never typed by hand. All values come from one
`random.Random({SEED})`; the output is byte-for-byte reproducible.
`python scripts/make_pii_holdout83.py --check` regenerates and compares the
file, and checks ids, offsets, word boundaries, overlaps, and validates every
value after normalising spoken forms (Luhn for cards, mod-97 for IBANs, NI
format, 9 digits for SSN, 6 for sort codes, digit counts, postcode shapes).

About two thirds of the cases are phone calls written the way a speech
recogniser would write them: lower case, little punctuation, numbers as words
("oh", "o", "nought", "zero"; "double seven", "triple two"; pairs like "forty
one eleven"; hundreds like "nine hundred and four"), digit homophones ("for",
"to", "too", "ate", "won"), letters plain, NATO ("bravo") or "b for bravo",
e-mails as "j dot doe at gmail dot com", values spread over several customer
turns with agent back-channels, self-corrections, agent interruptions and
agent read-backs. The rest are typed chat with varied separators and case.
Industries: banking, telecom, utilities, retail, insurance, travel, healthcare
billing, government services; countries: US, UK, Ireland, EU.

## Annotation conventions

* A span covers the value itself, from the first to the last character of the
  value's words/characters. Lead-in words ("it's", "my number is", "sort
  code's", "area code") are outside. Filler words that occur *inside* a
  reading ("um", "uh", "and then", "hang on") are sometimes inside one span
  (when the reading simply continues) and sometimes the reading is labelled as
  two spans with the filler between them; both ways every value character is
  inside a span.
* A value split over several turns (or consecutive chat messages) gets one
  span per turn, all with the same type. Partial readings that were cut off
  (agent interruption, line breaking up) and abandoned wrong fragments in a
  self-correction are labelled too, with the type of the value being read.
* A year said alone to correct a date of birth ("no sorry nineteen sixty
  eight") is labelled DOB.
* When the agent reads a value back, the read-back is a separate span.
* Card numbers, CVV and expiry are separate types even in one exchange.
  EXPIRY covers month and year ("oh four twenty seven", "april twenty eight",
  "09/29"). DOB covers day, month and year ("the fourteenth of march nineteen
  eighty four", "03/14/1984").
* ADDRESS covers house number and street name ("twenty two station road");
  town names are outside. POSTCODE (UK postcode or US ZIP / ZIP+4) is its own
  span.
* Phone numbers include an international prefix ("plus four four" / "+44").
* Letters in NI numbers, postcodes and IBANs may be plain ("q"), NATO
  ("quebec"), "b for bravo" style, or ASR letter homophones ("bee", "see",
  "jay", "are", "why", "zed"); all of it is inside the span.
* ADDRESS includes a flat number when one is given ("flat two forty one
  station road").
* Negative cases contain no PII at all; they hold lookalikes (money,
  balances, prices, times, durations, counts, years, percentages, non-birth
  dates, order/ticket/claim/policy references with their label word, flight
  and room numbers, model numbers, meter readings, speeds, ages,
  temperatures). Positive cases may contain such numbers unlabelled.

## Counts

Positive cases: {npos}; negative cases: {nneg}; phone-call cases: {ncall} of {npos + nneg}.

| type | spans |
|---|---|
{rows}
| total | {sum(cnt.values())} |
"""


def check() -> int:
    problems = []
    records, metas = generate()
    text = dump(records)
    if not CASES.exists() or CASES.read_text(encoding="utf-8") != text:
        problems.append("cases.jsonl differs from regenerated output (run without --check)")
    if not README.exists() or README.read_text(encoding="utf-8") != readme(records):
        problems.append("README.md differs from regenerated output")
    file_recs = [json.loads(l) for l in CASES.read_text(encoding="utf-8").splitlines()] if CASES.exists() else []
    ids = [r["id"] for r in file_recs]
    if len(ids) != len(set(ids)):
        problems.append("duplicate ids")
    for r in file_recs:
        if set(r) != {"id", "kind", "turns", "spans", "note"}:
            problems.append(f"{r['id']}: bad keys")
        if r["kind"] == "negative" and r["spans"]:
            problems.append(f"{r['id']}: negative with spans")
        if r["kind"] == "positive" and not r["spans"]:
            problems.append(f"{r['id']}: positive without spans")
        for t in r["turns"]:
            if t["speaker"] not in ("agent", "customer") or not t["text"]:
                problems.append(f"{r['id']}: bad turn")
        seen = []
        for s in r["spans"]:
            if s["type"] not in TYPES:
                problems.append(f"{r['id']}: bad type {s['type']}")
            if not (0 <= s["turn"] < len(r["turns"])):
                problems.append(f"{r['id']}: turn out of range")
                continue
            txt = r["turns"][s["turn"]]["text"]
            a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(txt)):
                problems.append(f"{r['id']}: offsets out of range")
                continue
            if txt[a].isspace() or txt[b - 1].isspace():
                problems.append(f"{r['id']}: span has edge whitespace")
            if (a > 0 and txt[a - 1].isalnum() and txt[a].isalnum()) or (b < len(txt) and txt[b].isalnum() and txt[b - 1].isalnum()):
                problems.append(f"{r['id']}: span not on word boundary: {txt[a:b]!r}")
            for (t2, a2, b2) in seen:
                if t2 == s["turn"] and a < b2 and a2 < b:
                    problems.append(f"{r['id']}: overlapping spans")
            seen.append((s["turn"], a, b))
    # value validation using generation metadata
    for rec, (c, meta) in zip(records, metas):
        joined: dict[int, list[str]] = {}
        for s, vid in zip(rec["spans"], meta):
            joined.setdefault(vid, []).append(rec["turns"][s["turn"]]["text"][s["start"]:s["end"]])
        partial = getattr(c, "meta_partial", set())
        for vid, parts in joined.items():
            typ, canon = c.values[vid]
            full = " ".join(parts)
            if vid in partial:
                if typ != "EMAIL" and norm_spoken(full, letters=typ in ("NI_NUMBER", "IBAN", "POSTCODE")) != canon:
                    problems.append(f"{rec['id']}: partial {typ} {full!r} != {canon!r}")
                continue
            err = validate_value(typ, full, canon)
            if err:
                problems.append(f"{rec['id']}: {err}")
    cnt, npos, nneg, ncall = counts(records)
    if npos < 170 or nneg < 100:
        problems.append(f"too few cases: {npos} positive / {nneg} negative")
    for t in TYPES:
        need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
        if cnt.get(t, 0) < need:
            problems.append(f"type {t} has {cnt.get(t, 0)} spans < {need}")
    print(f"pii_holdout83: {npos} positive, {nneg} negative, {ncall} call cases, {sum(cnt.values())} spans")
    for t in TYPES:
        print(f"  {t:13s} {cnt.get(t, 0)}")
    if problems:
        print(f"{len(problems)} PROBLEM(S):")
        for p in problems[:200]:
            print("  " + p)
        return 1
    print("check OK")
    return 0


def main(argv):
    if "--check" in argv:
        return check()
    records, _ = generate()
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    CASES.write_text(dump(records), encoding="utf-8")
    README.write_text(readme(records), encoding="utf-8")
    cnt, npos, nneg, ncall = counts(records)
    print(f"wrote {CASES.relative_to(ROOT)}: {npos} positive, {nneg} negative, {sum(cnt.values())} spans")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

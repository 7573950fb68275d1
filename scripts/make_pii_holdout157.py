#!/usr/bin/env python3
"""Generate the held-out PII evaluation set tests/fixtures/pii_holdout157/.

Written by an AI helper acting as an independent author who did not see the
redaction code.  Standard library only; output is byte-for-byte reproducible
(one random.Random seeded with 157241124).

    python scripts/make_pii_holdout157.py          # write cases.jsonl + README.md
    python scripts/make_pii_holdout157.py --check  # regenerate, compare, validate
"""
from __future__ import annotations

import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

SEED = 157241124
ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "tests" / "fixtures" / "pii_holdout157"
CASES = OUT_DIR / "cases.jsonl"
README = OUT_DIR / "README.md"
PREFIX = "h157"

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE",
         "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]
MIN_SPANS = {t: 12 for t in TYPES}
MIN_SPANS.update({"CARD_NUMBER": 30, "NI_NUMBER": 30, "SSN": 30})

# ---------------------------------------------------------------- spoken forms
ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy",
        8: "eighty", 9: "ninety"}
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "f": "foxtrot",
        "g": "golf", "h": "hotel", "i": "india", "j": "juliet", "k": "kilo", "l": "lima", "m": "mike",
        "n": "november", "o": "oscar", "p": "papa", "q": "quebec", "r": "romeo", "s": "sierra",
        "t": "tango", "u": "uniform", "v": "victor", "w": "whiskey", "x": "x-ray",
        "y": "yankee", "z": "zulu"}
HOMO = {"a": "ay", "b": "bee", "c": "see", "d": "dee", "e": "ee", "g": "gee", "h": "aitch",
        "j": "jay", "k": "kay", "l": "el", "m": "em", "n": "en", "p": "pee", "q": "queue",
        "r": "are", "s": "ess", "t": "tee", "w": "double you", "x": "ex", "y": "why", "z": "zed"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
       "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
       "seventeenth", "eighteenth", "nineteenth", "twentieth"]


def ordinal_words(n: int) -> str:
    if n <= 20:
        return ORD[n]
    if n == 30:
        return "thirtieth"
    return TENS[n // 10] + " " + ORD[n % 10]


def ordinal_suffix(n: int) -> str:
    if 11 <= n % 100 <= 13:
        return f"{n}th"
    return f"{n}" + {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def pair_words(p: str, zero: str = "oh") -> str:
    a, b = int(p[0]), int(p[1])
    if a == 0:
        return f"{zero} {ONES[b]}"
    if a == 1:
        return TEENS[b]
    return TENS[a] + ("" if b == 0 else " " + ONES[b])


class Speaker:
    """Turns digit strings into ASR-like spoken words."""

    def __init__(self, rng: random.Random):
        self.rng = rng

    def zero(self, uk=True):
        return self.rng.choice(["oh", "zero", "oh", "nought", "o"] if uk else ["zero", "oh", "o"])

    def digits(self, ds: str, uk=True, runs=True, zero=None) -> str:
        z = zero or self.zero(uk)
        out = []
        i = 0
        while i < len(ds):
            c = ds[i]
            j = i
            while j < len(ds) and ds[j] == c:
                j += 1
            run = j - i
            w = z if c == "0" else ONES[int(c)]
            if runs and run >= 3 and self.rng.random() < 0.6:
                out.append("triple " + w)
                i += 3
            elif runs and run >= 2 and self.rng.random() < 0.6:
                out.append("double " + w)
                i += 2
            else:
                out.append(w)
                i += 1
        return " ".join(out)

    def pairs(self, ds: str, uk=True) -> str:
        z = self.zero(uk)
        if z == "o":
            z = "oh"
        parts = []
        i = 0
        if len(ds) % 2:
            parts.append(z if ds[0] == "0" else ONES[int(ds[0])])
            i = 1
        while i < len(ds):
            parts.append(pair_words(ds[i:i + 2], z))
            i += 2
        return " ".join(parts)

    def mixed(self, ds: str, uk=True) -> str:
        """Chunks of 2-4, each said digit-by-digit or as pairs."""
        out = []
        i = 0
        while i < len(ds):
            n = self.rng.choice([2, 3, 4, 4])
            ch = ds[i:i + n]
            i += n
            tens_end = ch[-1] == "0" and ch[-2:-1] not in ("0", "1")  # "thirty" + "one" would merge
            if len(ch) % 2 == 0 and self.rng.random() < 0.5 and not (tens_end and i < len(ds)):
                out.append(self.pairs(ch, uk))
            else:
                out.append(self.digits(ch, uk))
        return " ".join(out)

    def number(self, ds, uk=True):
        return self.rng.choice([self.digits, self.digits, self.mixed])(ds, uk)

    def letter(self, ch: str, style=None) -> str:
        ch = ch.lower()
        style = style or self.rng.choice(["plain", "plain", "nato", "for", "homo"])
        if ch == "o":
            style = "for"  # a bare "o" would read as zero
        if style == "nato":
            return NATO[ch]
        if style == "for":
            return f"{ch} for {NATO[ch]}"
        if style == "homo" and ch in HOMO:
            return HOMO[ch]
        return ch

    def alnum(self, s: str, uk=True, style=None) -> str:
        out = []
        i = 0
        while i < len(s):
            if s[i].isdigit():
                j = i
                while j < len(s) and s[j].isdigit():
                    j += 1
                out.append(self.digits(s[i:j], uk))
                i = j
            else:
                out.append(self.letter(s[i], style))
                i += 1
        return " ".join(out)


# ---------------------------------------------------------------- normaliser (for --check)
W2D = {w: str(i) for i, w in enumerate(ONES)}
W2D.update({"oh": "0", "o": "0", "nought": "0", "zero": "0", "to": "2", "too": "2", "for": "4", "ate": "8",
            "won": "1", "nil": "0"})
T2D = {w: str(10 + i) for i, w in enumerate(TEENS)}
TENS2D = {w: str(k) for k, w in TENS.items()}
ORD2D = {w: str(i) for i, w in enumerate(ORD) if w}
ORD2D["thirtieth"] = "30"
NATO2L = {v.replace("-", ""): k for k, v in NATO.items()}
NATO2L["xray"] = "x"
HOMO2L = {v: k for k, v in HOMO.items() if " " not in v}
HOMO2L["sea"] = "c"
FILLER = {"um", "uh", "er", "erm", "ah", "dash", "hyphen", "space", "slash", "plus", "the",
          "of", "st", "nd", "rd", "th", "and"}


def tokens(text: str):
    t = text.lower().replace("x-ray", "xray")
    return re.findall(r"[a-z0-9]+", t)


def normalise(text: str):
    """Return (canonical string, unknown-token list). Months become '<mm>'."""
    toks = tokens(text)
    out, bad = [], []
    i = 0
    n = len(toks)
    while i < n:
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < n else ""
        if len(t) == 1 and t.isalpha() and nxt == "for" and i + 2 < n and NATO2L.get(toks[i + 2]) == t:
            out.append(t.upper())
            i += 3
        elif t in FILLER:
            i += 1
        elif t == "double" and nxt == "you":
            out.append("W")
            i += 2
        elif t in ("double", "triple"):
            k = 2 if t == "double" else 3
            sub, _ = normalise(nxt)
            out.append(sub * k)
            i += 2
        elif t in W2D:
            out.append(W2D[t])
            i += 1
        elif t in T2D:
            out.append(T2D[t])
            i += 1
        elif t in TENS2D:
            if nxt in W2D and nxt not in ("zero", "oh", "o", "nought"):
                out.append(TENS2D[t] + W2D[nxt])
                i += 2
            elif nxt in ORD2D and int(ORD2D[nxt]) < 10:
                out.append(TENS2D[t] + ORD2D[nxt])
                i += 2
            else:
                out.append(TENS2D[t] + "0")
                i += 1
        elif t == "hundred":
            out.append("00")
            i += 1
        elif t in ORD2D:
            out.append(ORD2D[t])
            i += 1
        elif t in MONTHS:
            out.append("<%02d>" % (MONTHS.index(t) + 1))
            i += 1
        elif len(t) == 1 and t.isalpha():
            if nxt == "for" and i + 2 < n and NATO2L.get(toks[i + 2]) == t:
                i += 3
            else:
                i += 1
            out.append(t.upper())
        elif t in NATO2L:
            out.append(NATO2L[t].upper())
            i += 1
        elif t in HOMO2L:
            out.append(HOMO2L[t].upper())
            i += 1
        elif re.fullmatch(r"[a-z0-9]+", t) and any(c.isdigit() for c in t):
            out.append(t.upper())
            i += 1
        elif re.fullmatch(r"[a-z]{2,4}", t):
            out.append(t.upper())
            i += 1
        else:
            bad.append(t)
            i += 1
    return "".join(out), bad


def luhn_ok(ds: str) -> bool:
    tot = 0
    for k, c in enumerate(reversed(ds)):
        d = int(c)
        if k % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def iban_ok(s: str) -> bool:
    s = s.upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in r)
    return int(num) % 97 == 1


STREET = r"(street|st|road|rd|avenue|ave|lane|ln|drive|dr|close|crescent|way|gardens|terrace|place|court|grove|park|square|hill|row|walk|mews|parade|view|green|rise|boulevard|blvd)"
UK_PC = r"[A-Z]{1,2}\d[A-Z\d]?\d[ABD-HJLNP-UW-Z]{2}"
EIR = r"(?:[ACDEFHKNPRTV-Y]\d{2}|D6W)[0-9ACDEFHKNPRTV-Y]{4}"


def validate(typ: str, text: str):
    """Return None if ok else error string. text: concatenated span texts of one value."""
    if typ == "EMAIL":
        t = text.lower()
        if "@" in t and "." in t.split("@")[-1]:
            return None
        tk = tokens(t)
        if "at" in tk and "dot" in tk[tk.index("at"):]:
            return None
        return "email shape"
    if typ == "ADDRESS":
        norm, _ = normalise(text)
        if re.search(r"\d", norm) and re.search(r"\b" + STREET + r"\b", text.lower()):
            return None
        return "address needs number and street word"
    norm, bad = normalise(text)
    if typ == "DOB":
        digits = re.sub(r"<\d\d>", "", norm)
        if re.search(r"<\d\d>", norm) and len(digits) >= 3:
            return None
        if len(re.sub(r"\D", "", digits)) >= 4:
            return None
        return f"dob shape {norm!r}"
    if bad:
        return f"unknown tokens {bad}"
    d = norm
    if typ == "CARD_NUMBER":
        return None if d.isdigit() and 13 <= len(d) <= 19 and luhn_ok(d) else f"card {d}"
    if typ == "CVV":
        return None if d.isdigit() and len(d) in (3, 4) else f"cvv {d}"
    if typ == "EXPIRY":
        m = re.fullmatch(r"(\d\d)(\d\d|20\d\d)", d) or re.fullmatch(r"<(\d\d)>(\d\d|20\d\d)", d)
        return None if m and 1 <= int(m.group(1)) <= 12 else f"expiry {d}"
    if typ == "SSN":
        return None if d.isdigit() and len(d) == 9 else f"ssn {d}"
    if typ == "NI_NUMBER":
        return None if re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", d) else f"ni {d}"
    if typ == "SORT_CODE":
        return None if d.isdigit() and len(d) == 6 else f"sort {d}"
    if typ == "BANK_ACCOUNT":
        return None if d.isdigit() and 6 <= len(d) <= 12 else f"account {d}"
    if typ == "IBAN":
        return None if iban_ok(d) else f"iban {d}"
    if typ == "PHONE":
        return None if d.isdigit() and 9 <= len(d) <= 13 else f"phone {d}"
    if typ == "POSTCODE":
        ok = (re.fullmatch(UK_PC, d) or re.fullmatch(EIR, d) or re.fullmatch(r"\d{5}(\d{4})?", d))
        return None if ok else f"postcode {d}"
    return "unknown type"


# ---------------------------------------------------------------- value generators
class Gen:
    def __init__(self, rng: random.Random):
        self.r = rng

    def digits(self, n):
        return "".join(str(self.r.randint(0, 9)) for _ in range(n))

    def card(self, kind=None):
        kind = kind or self.r.choice(["visa", "visa", "mc", "mc", "amex", "visa19", "maestro"])
        pre = {"visa": "4", "visa19": "4", "mc": self.r.choice(["51", "53", "55", "2221", "2720"]),
               "amex": self.r.choice(["34", "37"]), "maestro": self.r.choice(["6759", "6763"])}[kind]
        n = {"visa": 16, "visa19": 19, "mc": 16, "amex": 15, "maestro": self.r.choice([16, 18])}[kind]
        body = pre + self.digits(n - len(pre) - 1)
        for c in "0123456789":
            if luhn_ok(body + c):
                return body + c, kind
        raise AssertionError

    def cvv(self, kind="visa"):
        return self.digits(4 if kind == "amex" else 3)

    def expiry(self):
        return "%02d" % self.r.randint(1, 12), "%02d" % self.r.randint(26, 31)

    def ssn(self):
        a = self.r.randint(1, 899)
        while a == 666:
            a = self.r.randint(1, 899)
        return "%03d%02d%04d" % (a, self.r.randint(1, 99), self.r.randint(1, 9999))

    def ni(self):
        first = "ABCEGHJKLMNPRSTWXYZ"
        second = "ABCEGHJKLMNPRSTWXYZ"
        while True:
            p = self.r.choice(first) + self.r.choice(second)
            if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
                break
        return p + self.digits(6) + self.r.choice("ABCD")

    def sort_code(self):
        return self.r.choice(["20", "30", "40", "60", "77", "11", "09", "83", "90", "93", "98"]) + self.digits(4)

    def account(self, n=8):
        return self.digits(n)

    def iban(self, cc=None):
        cc = cc or self.r.choice(["GB", "GB", "IE", "IE", "DE", "FR", "NL", "ES"])
        if cc in ("GB", "IE"):
            bank = {"GB": ["NWBK", "BARC", "LOYD", "MIDL", "HBUK"], "IE": ["AIBK", "BOFI", "IPBS"]}[cc]
            bban = self.r.choice(bank) + self.sort_code() + self.digits(8)
        elif cc == "DE":
            bban = self.digits(18)
        elif cc == "FR":
            bban = self.digits(23)
        elif cc == "NL":
            bban = self.r.choice(["ABNA", "INGB", "RABO"]) + self.digits(10)
        else:
            bban = self.digits(20)
        num = "".join(str(int(c, 36)) for c in bban + cc + "00")
        chk = 98 - int(num) % 97
        return cc + "%02d" % chk + bban

    def uk_mobile(self):
        return "07" + self.r.choice(["7", "8", "9", "4", "5"]) + self.digits(8)

    def uk_land(self):
        code = self.r.choice(["020", "0161", "0121", "0113", "0131", "0141", "029", "0117", "01632"])
        return code + str(self.r.randint(2, 9)) + self.digits(10 - len(code))

    def ie_mobile(self):
        return "08" + self.r.choice("35679") + self.digits(7)

    def us_phone(self):
        return str(self.r.randint(2, 9)) + self.digits(2) + str(self.r.randint(2, 9)) + self.digits(6)

    def uk_postcode(self):
        out = self.r.choice(["SW1A", "M1", "B33", "CR2", "LS6", "EH12", "G41", "BT9", "CF10", "NE1", "BS8",
                             "L17", "N16", "SE15", "E14", "W5", "NW3", "DY10", "KT2", "PL4", "CB4", "WF1",
                             "RG1", "S11", "NG7", "LE3", "HU5", "TR18", "AB10", "DD1"])
        return out, str(self.r.randint(1, 9)) + "".join(self.r.choice("ABDEFGHJLNPQRSTUWXYZ") for _ in range(2))

    def eircode(self):
        key = self.r.choice(["D02", "D04", "D6W", "A65", "T12", "H91", "V94", "W23", "F93", "R95", "K78", "X91"])
        return key, "".join(self.r.choice("ACDEFHKNPRTVWXY0123456789") for _ in range(4))

    def zip(self):
        return "%05d" % self.r.randint(10001, 99950)


FIRST = ["sarah", "james", "aoife", "ciaran", "priya", "tom", "fiona", "declan", "megan", "rhys", "niamh",
         "oliver", "grace", "mohammed", "hannah", "sean", "chloe", "liam", "emma", "darragh", "jo", "kate"]
LAST = ["obrien", "smith", "murphy", "patel", "kelly", "walsh", "jones", "evans", "byrne", "taylor",
        "mcgrath", "hughes", "doyle", "campbell", "khan", "ryan", "brennan", "lloyd", "price", "quinn"]
STREETS = ["kingsley road", "acacia avenue", "station road", "mill lane", "church street", "the crescent",
           "victoria terrace", "meadow close", "orchard way", "hazel grove", "bridge street",
           "park view", "castle hill", "rosemount gardens", "clonliffe road", "main street",
           "new row", "elm park", "harbour view", "queens parade", "beechwood drive", "st marys road"]
TOWNS_UK = ["leeds", "manchester", "bristol", "cardiff", "glasgow", "belfast", "norwich", "york", "derby",
            "swansea", "exeter", "hull", "aberdeen", "reading"]
TOWNS_IE = ["dublin", "cork", "galway", "limerick", "athlone", "sligo", "kilkenny", "wexford", "navan"]
DOMAINS = [("gmail", "com"), ("hotmail", "co dot uk"), ("outlook", "com"), ("yahoo", "ie"),
           ("eircom", "net"), ("btinternet", "com"), ("icloud", "com"), ("live", "co dot uk")]
BACK = ["mhm", "yep", "okay", "go on", "uh huh", "right", "yeah", "okay go on", "got that", "mm"]
UK_IND = ["banking", "telecom", "utilities", "retail", "insurance", "travel", "healthcare billing",
          "government services"]


# ---------------------------------------------------------------- case builder
class Builder:
    def __init__(self):
        self.cases = []
        self.groups = []  # per case: list of (type, [span idx])
        self.npos = 0
        self.nneg = 0

    def add(self, kind, turns, note):
        """turns: list of (speaker, [segments]); segment = str | (value, TYPE) | (value, TYPE, gid)."""
        out_turns, spans, groups = [], [], {}
        for ti, (spk, segs) in enumerate(turns):
            text = ""
            for seg in segs:
                if isinstance(seg, str):
                    text += seg
                else:
                    val, typ = seg[0], seg[1]
                    gid = seg[2] if len(seg) > 2 else ("auto", ti, len(text))
                    s = len(text)
                    text += val
                    spans.append({"turn": ti, "start": s, "end": len(text), "type": typ})
                    groups.setdefault(gid, (typ, []))[1].append(len(spans) - 1)
            out_turns.append({"speaker": spk, "text": text})
        if kind == "positive":
            self.npos += 1
            cid = f"{PREFIX}-pos-{self.npos:03d}"
        else:
            self.nneg += 1
            cid = f"{PREFIX}-neg-{self.nneg:03d}"
            assert not spans
        self.cases.append({"id": cid, "kind": kind, "turns": out_turns, "spans": spans, "note": note})
        self.groups.append(list(groups.values()))


def split_words(s: str, rng: random.Random, parts: int):
    w = s.split(" ")
    # don't split "double x", "x for y" pieces
    units = []
    i = 0
    while i < len(w):
        if w[i] in ("double", "triple") and i + 1 < len(w) and w[i + 1] != "you":
            units.append(w[i] + " " + w[i + 1]); i += 2
        elif w[i] == "double" and i + 1 < len(w):
            units.append(w[i] + " " + w[i + 1]); i += 2
        elif i + 2 < len(w) and w[i + 1] == "for":
            units.append(" ".join(w[i:i + 3])); i += 3
        elif w[i] in TENS.values() and i + 1 < len(w) and w[i + 1] in ONES[1:]:
            units.append(w[i] + " " + w[i + 1]); i += 2
        else:
            units.append(w[i]); i += 1
    parts = max(1, min(parts, len(units)))
    size = len(units) / parts
    chunks = []
    for k in range(parts):
        a, b = round(k * size), round((k + 1) * size)
        if a < b:
            chunks.append(" ".join(units[a:b]))
    return chunks


# ---------------------------------------------------------------- helpers for values
def card_groups(num):
    if len(num) == 15:
        return [num[:4], num[4:10], num[10:]]
    return [num[i:i + 4] for i in range(0, len(num), 4)]


def spoken_card(sp, num, rng):
    gs = card_groups(num)
    said = [sp.number(x) if rng.random() < 0.4 else sp.digits(x) for x in gs]
    out = said[0]
    for s in said[1:]:
        out += rng.choice([" ", " ", " ", " um ", " uh ", ", "]) + s
    return out


def typed_card(num, rng):
    gs = card_groups(num)
    style = rng.choice(["space", "dash", "none", "space", "dots", "mixed"])
    if style == "space":
        return " ".join(gs)
    if style == "dash":
        return "-".join(gs)
    if style == "dots":
        return ".".join(gs)
    if style == "mixed":
        return gs[0] + " " + "".join(gs[1:3]) + ("-" + "-".join(gs[3:]) if len(gs) > 3 else "")
    return num


def spoken_expiry(sp, mm, yy, rng):
    st = rng.choice(["digits", "month", "slash", "pairs", "full"])
    if st == "digits":
        return sp.digits(mm) + " " + sp.digits(yy)
    if st == "month":
        return MONTHS[int(mm) - 1] + " " + pair_words(yy)
    if st == "slash":
        return sp.digits(mm) + " slash " + pair_words(yy)
    if st == "full":
        return MONTHS[int(mm) - 1] + " twenty " + pair_words(yy)
    return pair_words(mm) + " " + pair_words(yy)


def typed_expiry(mm, yy, rng):
    return rng.choice([f"{mm}/{yy}", f"{mm}/20{yy}", f"{mm}-{yy}", f"{mm} {yy}", f"{mm}/{yy}"])


def spoken_ni(sp, ni, rng):
    st = rng.choice(["plain", "nato", "pairs", "homo", "mixed"])
    if st == "nato":
        let = " ".join(sp.letter(c, "for") for c in ni[:2])
        tail = sp.letter(ni[-1], "for")
    elif st == "homo":
        let = " ".join(sp.letter(c, "homo") for c in ni[:2])
        tail = sp.letter(ni[-1], "homo")
    else:
        let = " ".join(sp.letter(c, "plain") for c in ni[:2])
        tail = sp.letter(ni[-1], rng.choice(["plain", "nato", "for"]))
    if st == "pairs":
        mid = sp.pairs(ni[2:8])
    elif st == "mixed":
        mid = sp.mixed(ni[2:8])
    else:
        mid = sp.digits(ni[2:8])
    return let, mid, tail


def typed_ni(ni, rng):
    st = rng.choice(["compact", "spaced", "pairs", "lower", "dash", "lowerpairs", "mixcase"])
    if st == "compact":
        return ni
    if st == "spaced":
        return " ".join(ni)
    if st == "pairs":
        return f"{ni[:2]} {ni[2:4]} {ni[4:6]} {ni[6:8]} {ni[8]}"
    if st == "lower":
        return ni.lower()
    if st == "dash":
        return f"{ni[:2]}-{ni[2:4]}-{ni[4:6]}-{ni[6:8]}-{ni[8]}"
    if st == "lowerpairs":
        return f"{ni[:2].lower()} {ni[2:8]} {ni[8].lower()}"
    return ni[0] + ni[1].lower() + ni[2:8] + " " + ni[8]


def typed_ssn(s, rng):
    return rng.choice([f"{s[:3]}-{s[3:5]}-{s[5:]}", f"{s[:3]} {s[3:5]} {s[5:]}", s, f"{s[:3]}.{s[3:5]}.{s[5:]}",
                       f"{s[:3]}-{s[3:5]}-{s[5:]}"])


def spoken_ssn(sp, s, rng):
    st = rng.choice(["groups", "flat", "mixed"])
    if st == "groups":
        return sp.digits(s[:3], uk=False) + rng.choice([" ", " dash ", " um "]) + sp.digits(s[3:5], uk=False) + " " + sp.digits(s[5:], uk=False)
    if st == "flat":
        return sp.digits(s, uk=False)
    return sp.digits(s[:3], uk=False) + " " + sp.pairs(s[3:5], uk=False) + " " + sp.pairs(s[5:], uk=False)


def typed_sort(sc, rng):
    return rng.choice([f"{sc[:2]}-{sc[2:4]}-{sc[4:]}", sc, f"{sc[:2]} {sc[2:4]} {sc[4:]}", f"{sc[:2]}-{sc[2:4]}-{sc[4:]}",
                       f"{sc[:2]}.{sc[2:4]}.{sc[4:]}"])


def spoken_sort(sp, sc, rng):
    st = rng.choice(["pairs", "digits", "dash", "mixed"])
    if st == "pairs":
        return sp.pairs(sc)
    if st == "digits":
        return sp.digits(sc)
    if st == "dash":
        return " dash ".join(sp.digits(sc[i:i + 2], runs=False) for i in (0, 2, 4))
    return sp.digits(sc[:2]) + " " + sp.pairs(sc[2:])


def spoken_phone(sp, ph, rng, uk=True):
    if ph.startswith("+"):
        cc = ph[1:ph.index(" ")] if " " in ph else ph[1:3]
        rest = ph.replace(" ", "")[1 + len(cc):]
        return "plus " + sp.digits(cc, runs=False) + " " + sp.number(rest, uk)
    if len(ph) == 11 and ph.startswith("07"):
        return sp.digits(ph[:5], uk) + " " + rng.choice([sp.digits, sp.mixed])(ph[5:], uk)
    return sp.number(ph, uk)


def typed_phone(ph, rng):
    if ph.startswith("07") and len(ph) == 11:
        return rng.choice([ph, f"{ph[:5]} {ph[5:]}", f"{ph[:5]} {ph[5:8]} {ph[8:]}", f"+44 {ph[1:5]} {ph[5:]}",
                           f"+44{ph[1:]}", f"0044 {ph[1:]}"])
    if ph.startswith("08") and len(ph) == 10:
        return rng.choice([ph, f"{ph[:3]} {ph[3:6]} {ph[6:]}", f"+353 {ph[1:3]} {ph[3:6]} {ph[6:]}", f"({ph[:3]}) {ph[3:]}",
                           f"+353{ph[1:]}"])
    if ph.startswith("0"):
        return rng.choice([ph, f"{ph[:4]} {ph[4:7]} {ph[7:]}", f"({ph[:4]}) {ph[4:]}"])
    return rng.choice([f"({ph[:3]}) {ph[3:6]}-{ph[6:]}", f"{ph[:3]}-{ph[3:6]}-{ph[6:]}", f"{ph[:3]}.{ph[3:6]}.{ph[6:]}",
                       f"+1 {ph[:3]} {ph[3:6]} {ph[6:]}", ph])


def spoken_email(rng, first, last):
    dom, tld = rng.choice(DOMAINS)
    st = rng.choice(["initial", "full", "underscore", "num", "spelled"])
    if st == "initial":
        user = f"{first[0]} dot {last}"
    elif st == "full":
        user = f"{first} {last}"
    elif st == "underscore":
        user = f"{first} underscore {last}"
    elif st == "num":
        user = f"{first} {last} {pair_words(str(rng.randint(70, 99)))}"
    else:
        user = f"{first} dot " + " ".join(last)
    return f"{user} at {dom} dot {tld}"


def typed_email(rng, first, last):
    dom, tld = rng.choice(DOMAINS)
    tld = tld.replace(" dot ", ".")
    user = rng.choice([f"{first}.{last}", f"{first[0]}{last}", f"{first}_{last}{rng.randint(1, 99)}",
                       f"{last}.{first[0]}", f"{first}{rng.randint(70, 99)}"])
    e = f"{user}@{dom}.{tld}"
    return e.upper() if rng.random() < 0.1 else (e.capitalize() if rng.random() < 0.2 else e)


def spoken_dob(sp, rng):
    d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.randint(1938, 1999)
    yw = pair_words(str(y)[:2]) + " " + pair_words(str(y)[2:])
    st = rng.choice(["ord_of", "month_first", "numeric", "short", "the_of_the"])
    if st == "ord_of":
        return f"{ordinal_words(d)} of {MONTHS[m - 1]} {yw}"
    if st == "month_first":
        return f"{MONTHS[m - 1]} {ordinal_words(d)} {yw}"
    if st == "numeric":
        return f"{sp.digits('%02d' % d)} {sp.digits('%02d' % m)} {pair_words(str(y)[2:])}"
    if st == "short":
        return f"{ordinal_words(d)} {MONTHS[m - 1]} {pair_words(str(y)[2:])}"
    return f"{ordinal_words(d)} of the {ordinal_words(m)} {pair_words(str(y)[2:])}"


def typed_dob(rng, us=False):
    d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.randint(1940, 2004)
    if us:
        return rng.choice([f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}", f"{MONTHS[m - 1].capitalize()} {d}, {y}"])
    return rng.choice([f"{d:02d}/{m:02d}/{y}", f"{d}/{m}/{y}", f"{d:02d}.{m:02d}.{y}", f"{d:02d}-{m:02d}-{y}",
                       f"{ordinal_suffix(d)} {MONTHS[m - 1].capitalize()} {y}", f"{d} {MONTHS[m - 1][:3].capitalize()} {y}",
                       f"{y}-{m:02d}-{d:02d}"])


def spoken_postcode(sp, out, inw, rng):
    st = rng.choice(["letters", "nato", "mixed"])
    def part(s):
        res = []
        i = 0
        while i < len(s):
            if s[i].isdigit():
                j = i
                while j < len(s) and s[j].isdigit():
                    j += 1
                num = s[i:j]
                res.append(TEENS[int(num) - 10] if len(num) == 2 and num[0] == "1" and st == "mixed"
                           else sp.digits(num, runs=False))
                i = j
            else:
                res.append(sp.letter(s[i], {"letters": "plain", "nato": "for", "mixed": None}[st]))
                i += 1
        return " ".join(res)
    return part(out) + " " + part(inw)


def spoken_address(sp, rng, street):
    n = rng.randint(1, 199)
    st = rng.choice(["num", "flat", "digits"])
    if st == "flat":
        return f"flat {ONES[rng.randint(1, 9)]} {sp.pairs(str(n)) if n >= 10 else ONES[n]} {street}"
    if st == "digits" and n >= 100:
        return f"{sp.digits(str(n), runs=False)} {street}"
    return f"{sp.pairs(str(n)) if n >= 10 else ONES[n]} {street}"


def typed_address(rng, street):
    n = rng.randint(1, 240)
    s = street.title()
    return rng.choice([f"{n} {s}", f"Flat {rng.randint(1, 12)}, {n} {s}", f"{n}{rng.choice('ab')} {s}", f"{n} {street}",
                       f"Apt {rng.randint(1, 30)} {n} {s}"])


# ---------------------------------------------------------------- positive templates
def p_card_call(b, r, sp, g):
    num, kind = g.card()
    ind = r.choice(UK_IND)
    ask = r.choice(["okay and the long number across the front of the card please",
                    "can i take the card number when you're ready", "go ahead with the sixteen digits",
                    "right so what's the card number"])
    pre = r.choice(["yeah it's ", "okay ", "right it's ", "um ", "", "yeah so "])
    post = r.choice(["", " and that's a debit card", " sorry it's a bit worn", " have you got that"])
    b.add("positive", [("agent", [ask]), ("customer", [pre, (spoken_card(sp, num, r), "CARD_NUMBER"), post])],
          f"call/{ind}: {kind} card read in one turn, ASR digit words with fillers")


def p_card_split(b, r, sp, g):
    num, kind = g.card()
    gs = card_groups(num)
    turns = [("agent", ["okay i'm ready for the card number"])]
    gid = "card"
    for k, grp in enumerate(gs):
        said = sp.number(grp) if r.random() < 0.5 else sp.digits(grp)
        pre = r.choice(["", "", "right ", "then ", "um "]) if k else r.choice(["it's ", "okay ", ""])
        turns.append(("customer", [pre, (said, "CARD_NUMBER", gid)]))
        if k < len(gs) - 1:
            turns.append(("agent", [r.choice(BACK)]))
    if r.random() < 0.4:
        turns.append(("agent", ["and the expiry"]))
        mm, yy = g.expiry()
        turns.append(("customer", [(spoken_expiry(sp, mm, yy, r), "EXPIRY")]))
    b.add("positive", turns, f"call/{r.choice(UK_IND)}: {kind} card split over {len(gs)} customer turns with back-channels")


def p_card_chat(b, r, sp, g):
    num, kind = g.card()
    t = typed_card(num, r)
    pre = r.choice(["card number is ", "Card: ", "its ", "here you go ", "my card no. ", "pls charge "])
    post = r.choice(["", " thanks", " - visa debit", ". can you confirm once done?", " :)"])
    if r.random() < 0.4:
        mm, yy = g.expiry()
        cv = g.cvv(kind)
        segs = [pre, (t, "CARD_NUMBER"), r.choice([" exp ", ", expiry ", " exp: "]), (typed_expiry(mm, yy, r), "EXPIRY"),
                r.choice([" cvv ", ", security code ", " cvc: ", " and the 3 digits are "]), (cv, "CVV"), post]
        note = "card, expiry and CVV typed in one chat message"
    else:
        segs = [pre, (t, "CARD_NUMBER"), post]
        note = "card typed in chat with varied separators"
    b.add("positive", [("agent", ["Please provide the card you'd like to use for the £" + str(r.randint(5, 400)) + " payment"]),
                       ("customer", segs)], f"chat/{r.choice(['retail', 'telecom', 'utilities', 'travel'])}: {note}")


def p_card_full_call(b, r, sp, g):
    num, kind = g.card()
    mm, yy = g.expiry()
    cv = g.cvv(kind)
    amount = r.randint(12, 380)
    turns = [("agent", [f"so that's {amount} pounds today can i take the card number"]),
             ("customer", [(spoken_card(sp, num, r), "CARD_NUMBER")]),
             ("agent", ["lovely and the expiry date"]),
             ("customer", [r.choice(["it's ", "", "um "]), (spoken_expiry(sp, mm, yy, r), "EXPIRY")]),
             ("agent", [r.choice(["and the three digit security code on the back", "and the last three digits on the signature strip",
                                  "and the cvv please"]) if kind != "amex" else "and the four digit code on the front"]),
             ("customer", [r.choice(["", "it's ", "yeah "]), (sp.digits(cv, runs=False), "CVV")])]
    b.add("positive", turns, f"call/{r.choice(UK_IND)}: full card payment by phone, {amount} pounds amount is not PII")


def p_card_readback(b, r, sp, g):
    num, kind = g.card()
    said = spoken_card(sp, num, r)
    back = " ".join(sp.digits(x) for x in card_groups(num))
    turns = [("customer", ["okay the card is ", (said, "CARD_NUMBER")]),
             ("agent", ["let me just read that back ", (back, "CARD_NUMBER"), " is that right"]),
             ("customer", ["yes that's it"])]
    if r.random() < 0.5:
        cv = g.cvv(kind)
        turns += [("agent", ["and the code on the back"]), ("customer", [(sp.digits(cv), "CVV"), " and it's a ", kind == "amex" and "four digit one" or "visa"])]
    b.add("positive", turns, f"call/{r.choice(UK_IND)}: agent reads the card back, both readings labelled")


def p_card_cvv_sameturn(b, r, sp, g):
    num, kind = g.card()
    mm, yy = g.expiry()
    cv = g.cvv(kind)
    turns = [("agent", ["go ahead with all the card details"]),
             ("customer", [(spoken_card(sp, num, r), "CARD_NUMBER"), r.choice([" expiry ", " expires ", " and it runs out "]),
                           (spoken_expiry(sp, mm, yy, r), "EXPIRY"), r.choice([" and the back is ", " security number ", " cvv "]),
                           (sp.digits(cv), "CVV")])]
    b.add("positive", turns, f"call/{r.choice(UK_IND)}: card, expiry and CVV in one ASR turn, no punctuation")


def p_ni_call(b, r, sp, g):
    ni = g.ni()
    let, mid, tail = spoken_ni(sp, ni, r)
    ask = r.choice(["can i take your national insurance number please", "and your n i number",
                    "what's your national insurance number", "could you confirm your ni number for me"])
    pre = r.choice(["yeah it's ", "okay ", "it's ", "um ", ""])
    b.add("positive", [("agent", [ask]), ("customer", [pre, (f"{let} {mid} {tail}", "NI_NUMBER")])],
          f"call/{r.choice(['government services', 'banking', 'insurance', 'healthcare billing'])}: NI number spoken in one turn")


def p_ni_split(b, r, sp, g):
    ni = g.ni()
    let, mid, tail = spoken_ni(sp, ni, r)
    turns = [("agent", ["and the national insurance number"]),
             ("customer", [r.choice(["okay so it's ", "it starts ", ""]), (let, "NI_NUMBER", "ni")]),
             ("agent", [r.choice(BACK)])]
    if r.random() < 0.5:
        m1, m2 = split_words(mid, r, 2) if len(mid.split()) > 1 else (mid, "")
        turns.append(("customer", [(m1, "NI_NUMBER", "ni")]))
        turns.append(("agent", [r.choice(BACK)]))
        if m2:
            turns.append(("customer", [(m2, "NI_NUMBER", "ni"), " and then ", (tail, "NI_NUMBER", "ni")]))
        else:
            turns.append(("customer", ["and then ", (tail, "NI_NUMBER", "ni")]))
    else:
        turns.append(("customer", [(mid, "NI_NUMBER", "ni")]))
        turns.append(("agent", ["and the letter at the end"]))
        turns.append(("customer", [r.choice(["it's ", "", "um "]), (tail, "NI_NUMBER", "ni")]))
    b.add("positive", turns, "call/government services: NI number split across customer turns, agent back-channels")


def p_ni_chat(b, r, sp, g):
    ni = g.ni()
    t = typed_ni(ni, r)
    pre = r.choice(["NI number: ", "my ni no is ", "National Insurance - ", "its ", "ni num ", "Here it is "])
    post = r.choice(["", " thanks", ". I've also got a ref number from the letter", " (from my payslip)"])
    b.add("positive", [("agent", ["To verify your identity can you provide your National Insurance number?"]),
                       ("customer", [pre, (t, "NI_NUMBER"), post])],
          f"chat/{r.choice(['government services', 'banking', 'insurance'])}: NI number typed with varied case and separators")


def p_ni_dob(b, r, sp, g):
    ni = g.ni()
    let, mid, tail = spoken_ni(sp, ni, r)
    dob = spoken_dob(sp, r)
    turns = [("agent", ["for security can i have your date of birth"]),
             ("customer", [r.choice(["yeah it's the ", "", "um "]), (dob, "DOB")]),
             ("agent", ["thank you and your national insurance number"]),
             ("customer", [(f"{let} {mid} {tail}", "NI_NUMBER"), r.choice(["", " i think", " that's off my p sixty"])])]
    b.add("positive", turns, "call/government services: DOB then NI number")


def p_ni_readback(b, r, sp, g):
    ni = g.ni()
    let, mid, tail = spoken_ni(sp, ni, r)
    back = " ".join(sp.letter(c, "for") for c in ni[:2]) + " " + sp.digits(ni[2:8], runs=False) + " " + sp.letter(ni[8], "for")
    turns = [("customer", ["my n i number is ", (f"{let} {mid} {tail}", "NI_NUMBER")]),
             ("agent", ["so that's ", (back, "NI_NUMBER"), " yeah"]),
             ("customer", ["that's right"])]
    b.add("positive", turns, "call/government services: NI spoken then read back by agent with phonetic alphabet")


def p_ssn_call(b, r, sp, g):
    s = g.ssn()
    ask = r.choice(["can i get your social security number", "and the last four of your social no actually i need the full social",
                    "what's your ssn please"])
    b.add("positive", [("agent", [ask]), ("customer", [r.choice(["sure it's ", "yeah ", "um okay ", ""]), (spoken_ssn(sp, s, r), "SSN")])],
          f"call/US {r.choice(['banking', 'insurance', 'healthcare billing', 'government services'])}: SSN spoken")


def p_ssn_chat(b, r, sp, g):
    s = g.ssn()
    pre = r.choice(["SSN: ", "my social is ", "ssn ", "Social Security # ", "its "])
    extra = []
    if r.random() < 0.4:
        extra = [r.choice([" and DOB ", ", born "]), (typed_dob(r, us=True), "DOB")]
    b.add("positive", [("agent", ["I'll need to verify your identity first."]), ("customer", [pre, (typed_ssn(s, r), "SSN")] + extra)],
          f"chat/US {r.choice(['banking', 'insurance', 'healthcare billing', 'telecom'])}: SSN typed")


def p_ssn_split(b, r, sp, g):
    s = g.ssn()
    turns = [("agent", ["okay go ahead with the social"]),
             ("customer", [(sp.digits(s[:3], uk=False), "SSN", "s")]),
             ("agent", [r.choice(BACK)]),
             ("customer", [(sp.digits(s[3:5], uk=False), "SSN", "s")]),
             ("agent", [r.choice(BACK)]),
             ("customer", [(r.choice([sp.digits, sp.pairs])(s[5:], uk=False), "SSN", "s")])]
    if r.random() < 0.5:
        turns.append(("agent", ["and the zip code on file"]))
        turns.append(("customer", [(sp.digits(g.zip(), uk=False), "POSTCODE")]))
    b.add("positive", turns, "call/US banking: SSN split 3-2-4 across turns")


def p_ssn_dob(b, r, sp, g):
    s = g.ssn()
    dob = spoken_dob(sp, r)
    b.add("positive", [("agent", ["i need your social and date of birth"]),
                       ("customer", ["okay social is ", (spoken_ssn(sp, s, r), "SSN"), " and birthday is ", (dob, "DOB")])],
          "call/US insurance: SSN and DOB in one turn")


def p_sort_call(b, r, sp, g):
    sc, acc = g.sort_code(), g.account()
    turns = [("agent", ["can i take the sort code"]),
             ("customer", [r.choice(["yeah it's ", "", "um "]), (spoken_sort(sp, sc, r), "SORT_CODE")]),
             ("agent", ["and the account number"]),
             ("customer", [(sp.number(acc), "BANK_ACCOUNT")])]
    b.add("positive", turns, f"call/{r.choice(['banking', 'utilities', 'insurance', 'telecom'])}: sort code and 8-digit account for direct debit")


def p_sort_chat(b, r, sp, g):
    sc, acc = g.sort_code(), g.account()
    segs = [r.choice(["Sort code ", "sc: ", "sort "]), (typed_sort(sc, r), "SORT_CODE"),
            r.choice([" acc ", ", account number ", " a/c ", " and acct no "]), (acc, "BANK_ACCOUNT"),
            r.choice(["", " please set up the DD from the 1st", " thanks"])]
    b.add("positive", [("agent", ["Which account would you like the direct debit taken from?"]), ("customer", segs)],
          f"chat/{r.choice(['utilities', 'telecom', 'insurance'])}: sort code and account typed")


def p_account_split(b, r, sp, g):
    sc, acc = g.sort_code(), g.account()
    a1, a2 = acc[:4], acc[4:]
    turns = [("agent", ["and what's the account number"]),
             ("customer", [(sp.digits(a1), "BANK_ACCOUNT", "a")]),
             ("agent", [r.choice(BACK)]),
             ("customer", [(r.choice([sp.digits, sp.pairs])(a2), "BANK_ACCOUNT", "a")]),
             ("agent", ["and the sort code"]),
             ("customer", [(spoken_sort(sp, sc, r), "SORT_CODE"), r.choice(["", " that's natwest", " it's the bank of ireland one"])]),
             ("agent", ["so sort code ", (" ".join(sp.pairs(sc[i:i + 2]) for i in (0, 2, 4)), "SORT_CODE"), " account ", (sp.digits(acc, runs=False), "BANK_ACCOUNT"), " correct"])]
    b.add("positive", turns, "call/banking: account split across turns then agent reads both back")


def p_iban_chat(b, r, sp, g):
    ib = g.iban()
    st = r.choice(["groups", "compact", "lowergroups"])
    if st == "groups":
        t = " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))
    elif st == "compact":
        t = ib
    else:
        t = " ".join(ib[i:i + 4] for i in range(0, len(ib), 4)).lower()
    extra = []
    if ib.startswith("GB") and r.random() < 0.5:
        extra = [" (sort code ", (typed_sort(ib[8:14], r), "SORT_CODE"), ")"]
    b.add("positive", [("agent", ["Please send the IBAN for the refund."]),
                       ("customer", [r.choice(["IBAN: ", "iban is ", "Here: ", ""]), (t, "IBAN")] + extra)],
          f"chat/{r.choice(['travel', 'retail', 'banking', 'insurance'])}: {ib[:2]} IBAN typed")


def p_iban_call(b, r, sp, g):
    ib = g.iban(r.choice(["GB", "IE", "IE", "DE"]))
    parts = []
    for i in range(0, len(ib), 4):
        ch = ib[i:i + 4]
        parts.append(sp.alnum(ch, style=r.choice(["plain", "plain", "for"])))
    if r.random() < 0.5:
        half = len(parts) // 2
        turns = [("agent", ["go ahead with the iban"]),
                 ("customer", [(" ".join(parts[:half]), "IBAN", "i")]),
                 ("agent", [r.choice(BACK)]),
                 ("customer", [(" ".join(parts[half:]), "IBAN", "i")])]
    else:
        turns = [("agent", ["go ahead with the iban"]), ("customer", ["okay it's ", (" ".join(parts), "IBAN")])]
    b.add("positive", turns, f"call/{r.choice(['banking', 'travel', 'insurance'])}: {ib[:2]} IBAN spoken in ASR form")


def p_phone_call(b, r, sp, g):
    kind = r.choice(["ukmob", "ukland", "iemob", "intl_uk", "intl_ie"])
    if kind == "ukmob":
        ph = g.uk_mobile(); said = spoken_phone(sp, ph, r)
    elif kind == "ukland":
        ph = g.uk_land(); said = spoken_phone(sp, ph, r)
    elif kind == "iemob":
        ph = g.ie_mobile(); said = sp.digits(ph[:3]) + " " + sp.number(ph[3:])
    elif kind == "intl_uk":
        ph = g.uk_mobile(); said = "plus four four " + sp.number(ph[1:])
    else:
        ph = g.ie_mobile(); said = "plus three five three " + sp.number(ph[1:])
    ask = r.choice(["what's the best number to reach you on", "can i take a contact number", "and a mobile number for the engineer"])
    post = r.choice(["", " that's my mobile", " any time after five", " it's the best one"])
    b.add("positive", [("agent", [ask]), ("customer", [r.choice(["yeah it's ", "", "um ", "it's "]), (said, "PHONE"), post])],
          f"call/{r.choice(UK_IND)}: {kind} phone number spoken")


def p_phone_chat(b, r, sp, g):
    ph = r.choice([g.uk_mobile, g.uk_land, g.ie_mobile, g.us_phone])()
    t = typed_phone(ph, r)
    b.add("positive", [("agent", ["What number can we call you back on?"]),
                       ("customer", [r.choice(["call me on ", "mob: ", "its ", "Phone ", "you can reach me at "]), (t, "PHONE"),
                                     r.choice(["", " after 6pm", " thx", " - not the landline"])])],
          f"chat/{r.choice(UK_IND)}: phone number typed")


def p_phone_split(b, r, sp, g):
    ph = r.choice([g.uk_mobile, g.ie_mobile])()
    a, bb = ph[:5], ph[5:]
    wrong = sp.digits(ph[:3])
    turns = [("agent", ["and a number to contact you"]),
             ("customer", [wrong, " no hang on that's the old one"]),
             ("agent", ["no problem"]),
             ("customer", [r.choice(["right it's ", "okay "]), (sp.digits(a), "PHONE", "p")]),
             ("agent", [r.choice(BACK)]),
             ("customer", [(sp.mixed(bb), "PHONE", "p")])]
    b.add("positive", turns, "call/telecom: caller aborts an old number prefix (unlabelled, too short to identify) then gives new one split over turns")


def p_email_call(b, r, sp, g):
    f, l = r.choice(FIRST), r.choice(LAST)
    e = spoken_email(r, f, l)
    b.add("positive", [("agent", ["and an email address for the confirmation"]),
                       ("customer", [r.choice(["yeah it's ", "", "um it's "]), (e, "EMAIL"), r.choice(["", " all lower case", " no spaces"])])],
          f"call/{r.choice(UK_IND)}: email spoken as ASR words (dot/at)")


def p_email_chat(b, r, sp, g):
    f, l = r.choice(FIRST), r.choice(LAST)
    e = typed_email(r, f, l)
    b.add("positive", [("agent", ["Can you confirm the email on the account?"]),
                       ("customer", [r.choice(["its ", "email: ", "", "should be "]), (e, "EMAIL"), r.choice(["", " thanks", " or maybe my work one"])])],
          f"chat/{r.choice(UK_IND)}: email typed")


def p_dob_call(b, r, sp, g):
    dob = spoken_dob(sp, r)
    age = r.randint(20, 80)
    b.add("positive", [("agent", ["can you confirm your date of birth for me"]),
                       ("customer", [r.choice(["it's the ", "yeah ", "", "um "]), (dob, "DOB"), r.choice(["", " i've told you lot three times", " i think you've got it wrong on file"])])],
          f"call/{r.choice(UK_IND)}: DOB spoken")


def p_dob_chat(b, r, sp, g):
    b.add("positive", [("agent", ["Please confirm your date of birth."]),
                       ("customer", [r.choice(["DOB ", "born ", "", "its "]), (typed_dob(r), "DOB")])],
          f"chat/{r.choice(UK_IND)}: DOB typed")


def p_address_call(b, r, sp, g):
    street = r.choice(STREETS)
    out, inw = g.uk_postcode()
    addr = spoken_address(sp, r, street)
    turns = [("agent", ["can i take the first line of the address and the postcode"]),
             ("customer", [r.choice(["yeah it's ", "", "okay "]), (addr, "ADDRESS"), " ", r.choice(TOWNS_UK)]),
             ("agent", ["and the postcode"]),
             ("customer", [(spoken_postcode(sp, out, inw, r), "POSTCODE")])]
    b.add("positive", turns, f"call/{r.choice(UK_IND)}: UK street address and postcode spoken")


def p_address_chat(b, r, sp, g):
    street = r.choice(STREETS)
    out, inw = g.uk_postcode()
    pc = r.choice([f"{out} {inw}", f"{out}{inw}", f"{out} {inw}".lower(), f"{out} {inw}"])
    b.add("positive", [("agent", ["What's the delivery address?"]),
                       ("customer", [(typed_address(r, street), "ADDRESS"), ", ", r.choice(TOWNS_UK).title(), " ", (pc, "POSTCODE")])],
          f"chat/{r.choice(['retail', 'utilities', 'telecom'])}: UK address and postcode typed")


def p_eircode(b, r, sp, g):
    key, uid = g.eircode()
    street = r.choice(STREETS)
    if r.random() < 0.5:
        said = sp.alnum(key, style="plain") + " " + sp.alnum(uid, style=r.choice(["plain", "for"]))
        turns = [("agent", ["and have you got your eircode"]),
                 ("customer", [r.choice(["yeah it's ", "", "hang on it's "]), (said, "POSTCODE")]),
                 ("agent", ["and the address"]),
                 ("customer", [(spoken_address(sp, r, street), "ADDRESS"), " ", r.choice(TOWNS_IE)])]
        note = "call/utilities IE: Eircode spoken plus street address"
    else:
        turns = [("agent", ["Please confirm your address incl. Eircode"]),
                 ("customer", [(typed_address(r, street), "ADDRESS"), ", ", r.choice(TOWNS_IE).title(), ", ",
                               (r.choice([f"{key} {uid}", f"{key}{uid}", f"{key} {uid}".lower()]), "POSTCODE")])]
        note = "chat/telecom IE: address with Eircode typed"
    b.add("positive", turns, note)


def p_us_address(b, r, sp, g):
    z = g.zip()
    n = r.randint(100, 9999)
    street = r.choice(["maple avenue", "oak street", "sunset boulevard", "elm drive", "pine lane"])
    zz = z if r.random() < 0.7 else z + "-" + g.digits(4)
    b.add("positive", [("agent", ["What's the billing address?"]),
                       ("customer", [(f"{n} {street.title()}", "ADDRESS"), ", ", r.choice(["Austin, TX", "Columbus, OH", "Denver, CO"]), " ", (zz, "POSTCODE")])],
          "chat/US retail: street address with ZIP")


def p_mixed_nonpii(b, r, sp, g):
    """PII next to unlabelled non-PII numbers (balances, refs, dates)."""
    ref = g.digits(r.choice([7, 8, 9]))
    sc, acc = g.sort_code(), g.account()
    bal = r.randint(20, 900)
    turns = [("agent", [f"i can see the policy reference {sp.digits(ref, runs=False)} and the premium is {bal} pounds a year"]),
             ("customer", ["okay i want to change the bank it comes out of the new sort code is ", (spoken_sort(sp, sc, r), "SORT_CODE"),
                           " and account ", (sp.number(acc), "BANK_ACCOUNT"), f" and can it come out on the {ordinal_words(r.randint(1, 28))}"])]
    b.add("positive", turns, "call/insurance: sort code and account next to an unlabelled policy reference, premium and payment day")


def p_card_typo_chat(b, r, sp, g):
    num, kind = g.card()
    gs = card_groups(num)
    t1 = " ".join(gs[:2])
    t2 = " ".join(gs[2:])
    turns = [("customer", ["card is ", (t1, "CARD_NUMBER", "c")]),
             ("customer", ["sorry hit enter too soon"]),
             ("customer", [(t2, "CARD_NUMBER", "c")]),
             ("agent", ["Thanks, and the expiry and CVV?"]),
             ("customer", [(typed_expiry(*g.expiry(), r), "EXPIRY"), " ", (g.cvv(kind), "CVV")])]
    b.add("positive", turns, "chat/retail: card number split across two chat messages, then expiry and CVV with no labels")


POSITIVES = [
    (p_card_call, 16), (p_card_split, 8), (p_card_chat, 10), (p_card_full_call, 8), (p_card_readback, 4),
    (p_card_cvv_sameturn, 4), (p_card_typo_chat, 3),
    (p_ni_call, 12), (p_ni_split, 8), (p_ni_chat, 12), (p_ni_dob, 5), (p_ni_readback, 3),
    (p_ssn_call, 12), (p_ssn_chat, 10), (p_ssn_split, 6), (p_ssn_dob, 4),
    (p_sort_call, 8), (p_sort_chat, 6), (p_account_split, 4), (p_mixed_nonpii, 4),
    (p_iban_chat, 8), (p_iban_call, 6),
    (p_phone_call, 10), (p_phone_chat, 7), (p_phone_split, 3),
    (p_email_call, 8), (p_email_chat, 6),
    (p_dob_call, 6), (p_dob_chat, 5),
    (p_address_call, 8), (p_address_chat, 6), (p_eircode, 6), (p_us_address, 3),
]


# ---------------------------------------------------------------- negative templates
def money_words(r):
    p = r.randint(2, 999)
    pence = r.randint(1, 99)
    hundreds = p // 100
    rest = p % 100
    w = (ONES[hundreds] + " hundred" + (" and " if rest else "")) if hundreds else ""
    if rest:
        w += TEENS[rest - 10] if 10 <= rest < 20 else (ONES[rest] if rest < 10 else pair_words("%02d" % rest))
    return f"{w} pounds {pair_words('%02d' % pence) if pence >= 10 else ONES[pence]}".strip(), p, pence


def n_balance(b, r, sp, g):
    w, p, pence = money_words(r)
    days = r.randint(3, 28)
    b.add("negative", [("customer", ["hi i just want to know what i owe"]),
                       ("agent", [f"okay so the outstanding balance is {w} and that's due in {ONES[days] if days < 10 else pair_words(str(days))} days"]),
                       ("customer", ["right and is that including the late fee"])],
          "call/utilities: balance amount and day count spoken")


def n_price_chat(b, r, sp, g):
    a = r.randint(10, 2999)
    b.add("negative", [("customer", [f"is the {r.choice(['sofa', 'laptop', 'fridge freezer', 'tv'])} still £{a}.{r.randint(0, 99):02d} or has the price gone up?"]),
                       ("agent", [f"It's now £{a - r.randint(1, 9)}.99 with {r.randint(5, 40)}% off until {r.randint(1, 28)} {r.choice(MONTHS).capitalize()}, delivery is £{r.randint(3, 49)}"])],
          "chat/retail: prices, discount percentage and promo end date")


def n_appointment(b, r, sp, g):
    d = r.randint(1, 28)
    m = r.choice(MONTHS)
    h1, h2 = r.randint(7, 10), r.randint(11, 12)
    b.add("negative", [("agent", [f"i can book the engineer for {r.choice(['monday', 'tuesday', 'thursday'])} the {ordinal_words(d)} of {m} between {ONES[h1] if h1 < 10 else TEENS[h1 - 10]} and {TEENS[h2 - 10]}"]),
                       ("customer", ["is there nothing sooner i've been without hot water for " + ONES[r.randint(2, 9)] + " days"]),
                       ("agent", [f"the next slot is the {ordinal_words(min(d + 2, 30))} at half {ONES[r.randint(1, 5)]}"])],
          "call/utilities: appointment dates, times and durations, no DOB")


def n_policy_ref(b, r, sp, g):
    letters = r.choice(["hx", "mp", "pol", "ins"])
    ref = g.digits(r.choice([7, 8]))
    spoken = " ".join(letters) + " " + sp.digits(ref, runs=False)
    b.add("negative", [("agent", ["have you got your policy number there"]),
                       ("customer", [f"yeah it's policy number {spoken}"]),
                       ("agent", [f"lovely so your renewal premium is {r.randint(150, 900)} pounds for the year"])],
          "call/insurance: policy number with letters and 7-8 digits, premium")


def n_meter(b, r, sp, g):
    rd = g.digits(5)
    rd2 = g.digits(5)
    if r.random() < 0.5:
        turns = [("agent", ["can you read me the numbers on the meter"]),
                 ("customer", [f"okay the day reading is {sp.digits(rd)} and the night one is {sp.digits(rd2)}"]),
                 ("agent", [f"thanks that's about {r.randint(150, 600)} units since the last reading"])]
        note = "call/utilities: E7 meter readings spoken (5 digits each)"
    else:
        turns = [("customer", [f"Meter reading today: {rd} (electric), gas {g.digits(4)}.{r.randint(0, 9)} m3"]),
                 ("agent", ["Thanks, I've submitted those readings."])]
        note = "chat/utilities: meter readings typed"
    b.add("negative", turns, note)


def n_booking(b, r, sp, g):
    code = "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))
    fl = r.choice(["ei", "fr", "ba", "u2", "ry"])
    fn = g.digits(r.choice([3, 4])).lstrip("0") or "7"
    if r.random() < 0.5:
        turns = [("customer", [f"booking ref is {code} flight {fl.upper()}{fn} on the {ordinal_suffix(r.randint(1, 28))}"]),
                 ("agent", [f"Thanks, I can see 2 adults and 1 child, departing {r.randint(5, 22):02d}:{r.choice(['05', '30', '45', '50'])}, seat {r.randint(1, 33)}{r.choice('ABCDEF')}"])]
        note = "chat/travel: booking reference, flight number, time, seat"
    else:
        turns = [("agent", ["what's the booking reference"]),
                 ("customer", [f"it's {sp.alnum(code, style='plain')} and the flight's {' '.join(fl).replace('2', 'two')} {sp.digits(fn)} at {r.choice(['ten forty', 'six fifteen', 'half seven'])}"]),
                 ("agent", [f"okay and you're in room {sp.digits(g.digits(3))} at the hotel for {ONES[r.randint(2, 9)]} nights"])]
        note = "call/travel: booking reference spoken with letters, flight number and room number"
    b.add("negative", turns, note)


def n_order_ref(b, r, sp, g):
    word = r.choice(["order number", "invoice number", "claim reference", "ticket number", "case number", "customer number",
                     "reference number", "complaint reference"])
    ref = g.digits(r.choice([6, 7, 8, 9, 10]))
    if r.random() < 0.5:
        turns = [("agent", [f"can i take the {word}"]), ("customer", [f"yeah the {word} is {sp.digits(ref)}"]),
                 ("agent", ["thanks i've got that up now"])]
        note = f"call/{r.choice(UK_IND)}: {word} spoken ({len(ref)} digits) with its reference word"
    else:
        pre = r.choice(["INV-", "#", "", "ORD", "CS"])
        turns = [("customer", [f"Hi, my {word} is {pre}{ref} and it still hasn't arrived"]),
                 ("agent", [f"Sorry about that, I've escalated {word} {pre}{ref}, expect an update within {r.randint(2, 5)} working days."])]
        note = f"chat/{r.choice(UK_IND)}: {word} typed ({len(ref)} digits)"
    b.add("negative", turns, note)


def n_broadband(b, r, sp, g):
    sp1 = r.choice([36, 67, 150, 500, 900])
    b.add("negative", [("customer", [f"i'm paying for {sp1} meg but i'm only getting about {r.randint(2, 30)}"]),
                       ("agent", [f"okay your contract started on the {ordinal_words(r.randint(1, 28))} of {r.choice(MONTHS)} twenty twenty {ONES[r.randint(1, 4)]} and it's {r.randint(20, 60)} pounds a month for {r.choice(['eighteen', 'twenty four', 'twelve'])} months"]),
                       ("customer", ["and the router is the model " + r.choice(["h h six", "smart hub two", "d s l one three four"])])],
          "call/telecom: speeds, contract start date, monthly price, router model")


def n_age_temp(b, r, sp, g):
    age = r.randint(66, 94)
    b.add("negative", [("customer", [f"i'm {pair_words(str(age))} and my wife's {pair_words(str(age - r.randint(1, 6)))} and the boiler's been off since tuesday"]),
                       ("agent", [f"okay because you're over seventy five we'll prioritise you what's the temperature in the house"]),
                       ("customer", [f"it's about {ONES[r.randint(5, 9)] if r.random() < 0.5 else TEENS[r.randint(0, 4)]} degrees"])],
          "call/utilities: ages and temperature")


def n_tax(b, r, sp, g):
    code = r.choice(["1257L", "1100L", "BR", "K475", "1257L W1"])
    yr = r.randint(19, 24)
    spoken = " ".join(sp.digits(c) if c.isdigit() else c.lower() for c in code.replace(" ", ""))
    b.add("negative", [("agent", [f"so your tax code for twenty {pair_words(str(yr))} to twenty {pair_words(str(yr + 1))} is {spoken}"]),
                       ("customer", [f"and why has my refund gone down to {money_words(r)[0]}"]),
                       ("agent", [f"it was paid on the {ordinal_words(r.randint(1, 28))} of {r.choice(MONTHS)} and covers {r.randint(2, 11)} months"])],
          "call/government services: tax code, tax years, refund amount, payment date")


def n_apr_chat(b, r, sp, g):
    b.add("negative", [("customer", ["What's the rate on the loan if I borrow over 5 years?"]),
                       ("agent", [f"For £{r.randint(3, 25)},{r.randint(0, 999):03d} over {r.choice([36, 48, 60])} months it's {r.randint(5, 19)}.{r.randint(0, 9)}% APR representative, monthly repayments of £{r.randint(80, 600)}.{r.randint(0, 99):02d}."]),
                       ("customer", ["ok thanks, can I apply on the 1st of next month?"])],
          "chat/banking: loan amounts, term, APR, repayment")


def n_counts(b, r, sp, g):
    b.add("negative", [("customer", [f"i've called {ONES[r.randint(3, 9)]} times and been on hold for {r.choice(['forty five minutes', 'an hour and twenty minutes', 'thirty five minutes'])}"]),
                       ("agent", [f"i'm sorry about that i can see {ONES[r.randint(2, 6)]} previous calls since {r.choice(MONTHS)} and {r.randint(2, 4)} missed deliveries"]),
                       ("customer", [f"there's {ONES[r.randint(2, 5)]} of us in the house and we've used {r.randint(2, 40)} gig of data"])],
          "call/telecom: counts, durations, quantities")


def n_years_chat(b, r, sp, g):
    y = r.randint(2005, 2021)
    b.add("negative", [("customer", [f"I've been a customer since {y} and my direct debit went up from £{r.randint(30, 90)} to £{r.randint(91, 180)}"]),
                       ("agent", [f"I understand. Prices rose {r.randint(3, 14)}.{r.randint(0, 9)}% on 1 April {r.randint(2022, 2025)} across all tariffs."])],
          "chat/utilities: years, direct debit amounts, percentage, price-change date (not DOB)")


def n_model(b, r, sp, g):
    model = r.choice(["WM14N274GB", "KGN36VLED", "SM-S911B", "A2849", "HD-7731", "EW6F4843BB"])
    b.add("negative", [("customer", [f"The washing machine model number is {model} and it was bought on {r.randint(1, 28)}/{r.randint(1, 12)}/{r.randint(2019, 2024)}"]),
                       ("agent", [f"Thanks, it's within the {r.choice([2, 3, 5])} year warranty. Spin speed {r.choice([1200, 1400, 1600])} rpm, {r.choice([7, 8, 9, 10])} kg drum, is that right?"])],
          "chat/retail: appliance model number, purchase date, spin speed, capacity")


def n_nhs_appt(b, r, sp, g):
    b.add("negative", [("agent", [f"your invoice for the physio came to {money_words(r)[0]} and there were {ONES[r.randint(2, 8)]} sessions"]),
                       ("customer", [f"yeah the last one was on the {ordinal_words(r.randint(1, 28))} at {r.choice(['two thirty', 'quarter past ten', 'eleven'])}"]),
                       ("agent", [f"okay i'll split it into {ONES[r.randint(2, 4)]} payments starting on the {ordinal_words(r.randint(1, 28))}"])],
          "call/healthcare billing: invoice amount, session count, appointment date/time, payment plan")


def n_customer_number(b, r, sp, g):
    cn = g.digits(r.choice([8, 9, 10]))
    style = r.random()
    if style < 0.5:
        said = sp.pairs(cn) if len(cn) % 2 == 0 else sp.digits(cn)
        turns = [("agent", [f"have you got your {r.choice(['customer number', 'customer reference', 'membership number', 'supply number'])}"]),
                 ("customer", [f"yeah it's on the bill {said}"])]
    else:
        turns = [("customer", [f"My customer ref is {cn}, the bill says I'm {r.randint(20, 300)} kWh over"])]
    turns.append(("agent", [f"thanks your next bill is due on the {ordinal_words(r.randint(1, 28))}"]))
    b.add("negative", turns, "call-or-chat/utilities: customer reference number with its name, kWh, due date")


def n_train(b, r, sp, g):
    b.add("negative", [("customer", [f"my train the {r.choice(['seven forty two', 'eighteen oh five', 'nine fifteen'])} to {r.choice(TOWNS_UK)} was delayed by {pair_words(str(r.randint(20, 95)))} minutes"]),
                       ("agent", [f"you're entitled to {r.choice(['fifty', 'twenty five', 'a hundred'])} percent of the {r.choice(['forty two', 'eighty six', 'twenty nine', 'a hundred and twelve'])} pound fare back on platform {ONES[r.randint(1, 9)]} services"])],
          "call/travel: train times, delay minutes, fare, platform")


def n_parcel(b, r, sp, g):
    trk = "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(2)) + g.digits(9) + "GB"
    b.add("negative", [("customer", [f"tracking says {trk} but nothing's come"]),
                       ("agent", [f"It shows {r.randint(2, 5)} parcels, {r.randint(1, 20)}.{r.randint(0, 9)} kg total, estimated {r.choice(['Thursday', 'Friday'])} between {r.randint(7, 12)}am and {r.randint(1, 6)}pm."])],
          "chat/retail: Royal-Mail style tracking number (2 letters, 9 digits, GB), weights, times")


NEGATIVES = [
    (n_balance, 7), (n_price_chat, 6), (n_appointment, 7), (n_policy_ref, 7), (n_meter, 8), (n_booking, 8),
    (n_order_ref, 12), (n_broadband, 6), (n_age_temp, 5), (n_tax, 5), (n_apr_chat, 5), (n_counts, 5),
    (n_years_chat, 5), (n_model, 5), (n_nhs_appt, 5), (n_customer_number, 7), (n_train, 4), (n_parcel, 4),
]


# ---------------------------------------------------------------- build / check
def build():
    rng = random.Random(SEED)
    sp, g, b = Speaker(rng), Gen(rng), Builder()
    for fn, n in POSITIVES:
        for _ in range(n):
            fn(b, rng, sp, g)
    for fn, n in NEGATIVES:
        for _ in range(n):
            fn(b, rng, sp, g)
    return b


def dump(cases):
    return "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cases)


def counts(cases):
    c = Counter()
    for case in cases:
        for s in case["spans"]:
            c[s["type"]] += 1
    return c


def readme(cases):
    c = counts(cases)
    npos = sum(1 for x in cases if x["kind"] == "positive")
    nneg = len(cases) - npos
    rows = "\n".join(f"| {t} | {c[t]} |" for t in TYPES)
    return f"""# PII hold-out set 157

**Never use this set for tuning.** It is a held-out evaluation set; do not adjust
patterns, thresholds or models to make it pass.

## Who wrote it and how

Written by an AI helper acting as an independent author who did not see the
redaction code, its tests, its docs or the other hold-out sets (only a
3-line JSONL format example). The cases are produced by
`scripts/make_pii_holdout157.py` from template functions: each turn is built
from plain-text segments and (value, TYPE) segments, so offsets are computed
and never typed by hand. All values come from one `random.Random({SEED})`, so
the output is byte-for-byte reproducible. `--check` regenerates and compares
the file, checks ids, offsets, word boundaries and overlaps, and validates each
labelled value after normalising spoken forms (Luhn for cards, mod-97 for
IBANs, NI format, 9 digits for SSN, 6 for sort codes, digit counts, postcode /
Eircode / ZIP shapes).

Emphasis: UK and Irish contact centres (NI numbers spoken, spelled with the
phonetic alphabet and ASR letter homophones such as "see", "are", "why"; typed
in many cases/separators; sort codes and account numbers; UK/IE phone forms;
UK postcodes and Eircodes; card payments by phone), plus US SSNs, and
negatives full of UK non-PII numbers (policy, customer, meter, booking,
invoice, claim references with their names; tax codes; prices; dates that are
not birth dates).

## Annotation conventions

- A span covers the value only, from its first to its last character/word:
  lead-ins ("it's", "yeah", "my card is") and trailing chit-chat are outside.
- Spoken readings: the span covers every word of the reading, including
  "double"/"triple", "dash", "slash", "for bravo"-style spelling and filler
  words ("um", "uh") that fall *inside* the reading.
- A value split over several turns gets one span per turn (each fragment is
  labelled with the value's type); agent back-channels are not labelled.
- A reading interrupted by an aside inside one turn ("... hang on my glasses ...")
  gets one span per fragment; the aside is outside the spans.
- ASR homophones standing for digits ("to", "too", "for", "ate", "won") inside
  a reading are inside the span.
- When the agent reads a value back, the read-back is labelled too.
- Non-PII numbers next to PII in positives (amounts, policy/claim references,
  payment days, appointment times) are left unlabelled.
- Aborted short prefixes ("oh seven seven no hang on that's the old one") are
  not labelled; the complete corrected value is.
- NI_NUMBER includes the two prefix letters and the suffix letter.
- EXPIRY is the month/year only; CVV is the digits only.
- ADDRESS is the house/flat number plus street name; the town is outside the
  span; the postcode/Eircode/ZIP is a separate POSTCODE span.
- DOB is the date itself (not "born on").
- EMAIL covers the whole address, in spoken form "x dot y at gmail dot com".
- Eircodes are labelled POSTCODE.
- Negatives have no spans; anything redacted in them is a false positive.

## Counts

Positives: {npos}; negatives: {nneg}.

| type | spans |
|---|---|
{rows}
"""


def check(b, text_on_disk):
    errs = []
    cases = b.cases
    if dump(cases) != text_on_disk:
        errs.append("cases.jsonl differs from regenerated output")
    if README.exists() and README.read_text() != readme(cases):
        errs.append("README.md differs from regenerated output")
    ids = [c["id"] for c in cases]
    if len(ids) != len(set(ids)):
        errs.append("duplicate ids")
    for case, groups in zip(cases, b.groups):
        cid = case["id"]
        if case["kind"] == "negative" and case["spans"]:
            errs.append(f"{cid}: negative with spans")
        if case["kind"] == "positive" and not case["spans"]:
            errs.append(f"{cid}: positive without spans")
        if case["kind"] == "positive" and not case["note"]:
            errs.append(f"{cid}: no note")
        for s in case["spans"]:
            if s["type"] not in TYPES:
                errs.append(f"{cid}: bad type {s['type']}")
            txt = case["turns"][s["turn"]]["text"]
            if not (0 <= s["start"] < s["end"] <= len(txt)):
                errs.append(f"{cid}: offsets out of range")
                continue
            if s["start"] > 0 and txt[s["start"] - 1].isalnum():
                errs.append(f"{cid}: span start not on word boundary")
            if s["end"] < len(txt) and txt[s["end"]].isalnum():
                errs.append(f"{cid}: span end not on word boundary")
            val = txt[s["start"]:s["end"]]
            if val != val.strip() or not val:
                errs.append(f"{cid}: span has outer whitespace")
        by_turn = {}
        for s in case["spans"]:
            by_turn.setdefault(s["turn"], []).append((s["start"], s["end"]))
        for t, lst in by_turn.items():
            lst.sort()
            for (a1, e1), (a2, e2) in zip(lst, lst[1:]):
                if a2 < e1:
                    errs.append(f"{cid}: overlapping spans in turn {t}")
        for typ, idxs in groups:
            texts = [case["turns"][case["spans"][i]["turn"]]["text"][case["spans"][i]["start"]:case["spans"][i]["end"]] for i in idxs]
            e = validate(typ, " ".join(texts))
            if e:
                errs.append(f"{cid}: {typ} {' | '.join(texts)!r}: {e}")
    c = counts(cases)
    for t in TYPES:
        if c[t] < MIN_SPANS[t]:
            errs.append(f"type {t}: only {c[t]} spans (< {MIN_SPANS[t]})")
    npos = sum(1 for x in cases if x["kind"] == "positive")
    nneg = len(cases) - npos
    if npos < 170:
        errs.append(f"only {npos} positives")
    if nneg < 100:
        errs.append(f"only {nneg} negatives")
    print(f"cases: {len(cases)} (positive {npos}, negative {nneg})")
    for t in TYPES:
        print(f"  {t:13s} {c[t]}")
    return errs


def main(argv):
    b = build()
    if "--check" in argv:
        on_disk = CASES.read_text() if CASES.exists() else ""
        errs = check(b, on_disk)
        for e in errs:
            print("ERROR:", e)
        print("check FAILED" if errs else "check OK")
        return 1 if errs else 0
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    CASES.write_text(dump(b.cases))
    README.write_text(readme(b.cases))
    errs = check(b, CASES.read_text())
    for e in errs:
        print("WARNING:", e)
    print(f"wrote {CASES.relative_to(ROOT)} and {README.relative_to(ROOT)}")
    return 0



# ---------------------------------------------------------------- extra positive templates (harder forms)
ASR_HOMO = {"2": ["to", "too"], "4": ["for"], "8": ["ate"], "1": ["won"]}


def asr_noisy(sp, ds, r):
    words = sp.digits(ds, runs=False).split()
    out = []
    for c, w in zip(ds, words):
        out.append(r.choice(ASR_HOMO[c]) if c in ASR_HOMO and r.random() < 0.35 else w)
    return " ".join(out)


def p_card_homophones(b, r, sp, g):
    num, kind = g.card(r.choice(["visa", "mc"]))
    gs = card_groups(num)
    said = " ".join(asr_noisy(sp, x, r) for x in gs)
    b.add("positive", [("agent", ["and the card number"]), ("customer", ["yeah ", (said, "CARD_NUMBER")])],
          f"call/{r.choice(UK_IND)}: card digits with ASR homophones (to/for/ate/won)")


def p_card_chitchat(b, r, sp, g):
    num, kind = g.card(r.choice(["visa", "mc"]))
    gs = card_groups(num)
    k = r.randint(1, len(gs) - 1)
    a = " ".join(sp.digits(x) for x in gs[:k])
    c = " ".join(sp.digits(x) for x in gs[k:])
    aside = r.choice([" sorry the dog's going mad hang on ", " sorry i can't see it in this light ", " excuse me one second love i'm on the phone ",
                      " hang on my glasses "])
    b.add("positive", [("agent", ["go ahead with the long card number"]),
                       ("customer", [(a, "CARD_NUMBER", "c"), aside, (c, "CARD_NUMBER", "c")]),
                       ("agent", ["thank you"])],
          f"call/{r.choice(UK_IND)}: card reading interrupted by chit-chat inside one turn (two spans, aside unlabelled)")


def p_card_hundreds(b, r, sp, g):
    while True:
        num, kind = g.card(r.choice(["visa", "mc"]))
        gs = card_groups(num)
        if any(x.endswith("00") and x[0] != "0" and x[1] != "0" for x in gs):
            break
    parts = []
    for x in gs:
        if x.endswith("00") and x[0] != "0" and x[1] != "0":
            parts.append(pair_words(x[:2]) + " hundred")
        else:
            parts.append(r.choice([sp.pairs, sp.digits])(x))
    b.add("positive", [("agent", ["right what's the card number"]), ("customer", [(" ".join(parts), "CARD_NUMBER"), " and it's a ", {"mc": "mastercard"}.get(kind, kind)])],
          f"call/{r.choice(UK_IND)}: card groups said as pairs and 'forty nine hundred' style hundreds")


def p_two_values(b, r, sp, g):
    f, l = r.choice(FIRST), r.choice(LAST)
    ph = g.uk_mobile() if r.random() < 0.6 else g.ie_mobile()
    b.add("positive", [("agent", ["can i update your contact details"]),
                       ("customer", ["yeah the mobile's ", (sp.number(ph), "PHONE"), " and the email is ", (spoken_email(r, f, l), "EMAIL")])],
          f"call/{r.choice(UK_IND)}: phone and email in one ASR turn")


def p_ni_wrong_then_right(b, r, sp, g):
    ni = g.ni()
    let, mid, tail = spoken_ni(sp, ni, r)
    b.add("positive", [("agent", ["national insurance number please"]),
                       ("customer", [r.choice(["uh ", "er "]), ni[0].lower() + " no wait it's on the letter here hang on"]),
                       ("agent", ["no rush"]),
                       ("customer", ["right it's ", (f"{let} {mid} {tail}", "NI_NUMBER")])],
          "call/government services: caller aborts after one letter (unlabelled) then gives the full NI number")


def p_ni_typed_messy(b, r, sp, g):
    ni = g.ni()
    st = r.choice(["spaced_lower", "dots", "trailing", "nospace_mixed"])
    if st == "spaced_lower":
        t = " ".join(ni.lower())
    elif st == "dots":
        t = f"{ni[:2]}.{ni[2:4]}.{ni[4:6]}.{ni[6:8]}.{ni[8]}"
    elif st == "trailing":
        t = f"{ni[:2]} {ni[2:8]} {ni[8]}"
    else:
        t = ni[:2].lower() + ni[2:5] + " " + ni[5:8] + ni[8].lower()
    rp, rs = r.choice([(" and my claim ref is ", ""), (" (ref ", ")"), (", claim reference ", " thanks")])
    b.add("positive", [("customer", [r.choice(["hi need to update my details, ", "Hello. ", "hiya "]),
                                     r.choice(["ni is ", "NINO ", "my national insurance no. "]), (t, "NI_NUMBER"),
                                     rp, g.digits(8), rs])],
          "chat/government services: NI number typed messily next to an unlabelled 8-digit claim reference")


def p_sort_account_oneturn(b, r, sp, g):
    sc, acc = g.sort_code(), g.account()
    b.add("positive", [("agent", ["what are the bank details for the refund"]),
                       ("customer", [r.choice(["sort code ", "it's "]), (spoken_sort(sp, sc, r), "SORT_CODE"),
                                     r.choice([" account number ", " and then ", " account "]), (sp.number(acc), "BANK_ACCOUNT"),
                                     f" and it's {r.choice(['a joint account', 'the halifax', 'aib', 'the credit union one'])}"])],
          f"call/{r.choice(['insurance', 'utilities', 'retail'])}: sort code and account in one ASR turn, no punctuation")


def p_postcode_readback(b, r, sp, g):
    out, inw = g.uk_postcode()
    said = spoken_postcode(sp, out, inw, r)
    back = " ".join(sp.letter(c, "for") if c.isalpha() else ONES[int(c)] for c in out) + " " + \
        " ".join(sp.letter(c, "for") if c.isalpha() else ONES[int(c)] for c in inw)
    b.add("positive", [("customer", ["postcode is ", (said, "POSTCODE")]),
                       ("agent", ["let me check ", (back, "POSTCODE"), " and that's ", (spoken_address(sp, r, r.choice(STREETS)), "ADDRESS"), " yes"]),
                       ("customer", ["that's us"])],
          "call/utilities: postcode given then agent reads it back phonetically with the address")


def p_ie_landline(b, r, sp, g):
    ph = r.choice(["01", "021", "091", "061"]) + str(r.randint(2, 9)) + g.digits(6)
    b.add("positive", [("agent", ["is there a landline as well"]),
                       ("customer", ["there is yeah ", (sp.digits(ph[:len(ph) - 7]) + " " + sp.mixed(ph[len(ph) - 7:]), "PHONE"),
                                     " but we're never in"])],
          "call/telecom IE: Irish landline with area code spoken")


def p_dob_with_age(b, r, sp, g):
    dob = spoken_dob(sp, r)
    b.add("positive", [("agent", ["date of birth please"]),
                       ("customer", ["the ", (dob, "DOB"), " and my appointment's on the ", ordinal_words(r.randint(1, 28)), " at ",
                                     r.choice(["half nine", "ten fifteen", "two o'clock", "quarter to four"]), " for forty minutes"])],
          f"call/{r.choice(['healthcare billing', 'insurance'])}: DOB followed by unlabelled age and appointment date")


POSITIVES += [
    (p_card_homophones, 4), (p_card_chitchat, 4), (p_card_hundreds, 3), (p_two_values, 5), (p_ni_wrong_then_right, 3),
    (p_ni_typed_messy, 5), (p_sort_account_oneturn, 4), (p_postcode_readback, 4), (p_ie_landline, 3), (p_dob_with_age, 3),
]


# ---------------------------------------------------------------- extra negative templates
KEYWORD_ONLY = [
    [("customer", ["i haven't got my sort code or account number to hand can i ring back"]),
     ("agent", ["of course, the line's open till eight tonight"])],
    [("customer", ["my card expires next month will the direct debit still go out"]),
     ("agent", ["yes it will for the next {n} payments"])],
    [("agent", ["for security i'll need your date of birth and postcode"]),
     ("customer", ["hang on i need to find my glasses give me two minutes"])],
    [("customer", ["Do I need my national insurance number for the form?"]),
     ("agent", ["Only for section {n}. It takes about {m} minutes to complete."])],
    [("customer", ["i've lost the card with the long number on and the three digits on the back are scratched off"]),
     ("agent", ["no problem i'll cancel it and send a new one within {n} working days"])],
    [("customer", ["What's your email address for complaints and how long do you take to reply?"]),
     ("agent", ["You can use the online form; we reply within {n} days, usually within {m} hours."])],
    [("customer", ["the engineer needs the eircode but the house is new so we haven't got one yet"]),
     ("agent", ["that's fine we'll use the gps point it's about {n} kilometres outside the town"])],
    [("customer", ["does the IBAN need to be the one in my name or can it be my son's"]),
     ("agent", ["it must be in your name, refunds take {n} to {m} working days"])],
]


def n_keywords(b, r, sp, g):
    tpl = KEYWORD_ONLY[n_keywords.k % len(KEYWORD_ONLY)]
    n_keywords.k += 1
    n, m = r.randint(2, 9), r.randint(10, 30)
    turns = [(spk, [t.format(n=ONES[n] if spk == "agent" and "{n}" in t and t.islower() else n, m=m) for t in segs]) for spk, segs in tpl]
    b.add("negative", turns, "call-or-chat: PII keywords (sort code, expiry, DOB, NI, IBAN, eircode) mentioned with no value")


n_keywords.k = 0


def n_holiday(b, r, sp, g):
    d1 = r.randint(1, 20)
    b.add("negative", [("customer", [f"we fly out on the {ordinal_words(d1)} of {r.choice(MONTHS)} and back on the {ordinal_words(d1 + 7)} that's seven nights"]),
                       ("agent", [f"okay the total for {ONES[r.randint(2, 5)]} passengers is {money_words(r)[0]} and check in opens at {r.choice(['five thirty', 'six', 'half four'])}"])],
          "call/travel: travel dates (not DOB), passenger count, price, check-in time")


NEGATIVES += [(n_keywords, 8), (n_holiday, 4)]


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

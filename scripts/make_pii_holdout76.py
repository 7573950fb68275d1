#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set #76.

Written by an AI helper acting as an independent author that did not see the
redaction code.  Standard library only.  Output is byte-for-byte reproducible
(single random.Random seeded with 76281123).

    python scripts/make_pii_holdout76.py          # write fixture + README
    python scripts/make_pii_holdout76.py --check  # regenerate and verify
"""
from __future__ import annotations

import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

SEED = 76281123
ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "tests" / "fixtures" / "pii_holdout76"
CASES = OUT_DIR / "cases.jsonl"
README = OUT_DIR / "README.md"

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

# ---------------------------------------------------------------- words
UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy",
        8: "eighty", 9: "ninety"}
NATO = {"A": "alpha", "B": "bravo", "C": "charlie", "D": "delta", "E": "echo", "F": "foxtrot",
        "G": "golf", "H": "hotel", "J": "juliet", "K": "kilo", "L": "lima", "M": "mike",
        "N": "november", "P": "papa", "R": "romeo", "S": "sierra", "T": "tango",
        "W": "whiskey", "X": "x-ray", "Y": "yankee", "Z": "zulu", "I": "india",
        "O": "oscar", "Q": "quebec", "U": "uniform", "V": "victor"}
NAMES = {"A": "apple", "B": "bob", "C": "cat", "D": "david", "E": "edward", "G": "george",
         "H": "harry", "J": "john", "K": "king", "L": "london", "M": "mother", "N": "nancy",
         "P": "peter", "R": "robert", "S": "sugar", "T": "tommy", "W": "william", "Y": "yellow",
         "Z": "zebra", "X": "xylophone", "F": "freddie"}
LETTER_HOMO = {"B": "bee", "C": "see", "J": "jay", "T": "tee", "R": "are", "Y": "why",
               "H": "aitch", "K": "kay", "G": "gee", "P": "pee"}
FILLERS = ["um", "uh", "er", "erm"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
MON3 = [m[:3] for m in MONTHS]
ORD = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
       "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
       "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty first",
       "twenty second", "twenty third", "twenty fourth", "twenty fifth", "twenty sixth",
       "twenty seventh", "twenty eighth"]

# ---------------------------------------------------------------- normaliser
_WORD2DIG = {w: str(i) for i, w in enumerate(UNITS)}
_WORD2DIG.update({"oh": "0", "o": "0", "nought": "0", "nil": "0",
                  "won": "1", "to": "2", "too": "2", "for": "4", "fore": "4", "ate": "8"})
_TEEN2 = {w: str(10 + i) for i, w in enumerate(TEENS)}
_TENS2 = {w: str(k) for k, w in TENS.items()}
_SKIP = set(FILLERS) | {"dash", "hyphen", "space", "slash", "then", "and", "dot", "ah", "plus"}
_HOMO2L = {v: k for k, v in LETTER_HOMO.items()}


def normalise(text: str) -> str:
    """Spoken or typed value -> upper-case string of digits/letters."""
    toks = re.findall(r"[a-z]+|\d+", text.lower().replace("x-ray", "xray"))
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        # letter-for-word: "b for bravo", "s as in sugar"
        if len(t) == 1 and t.isalpha() and nxt in ("for", "as") and i + 2 < len(toks):
            j = i + 2
            if nxt == "as" and toks[j] == "in":
                j += 1
            if j < len(toks) and toks[j][0] == t:
                out.append(t.upper())
                i = j + 1
                continue
        if t in ("double", "triple") and nxt is not None:
            n = 2 if t == "double" else 3
            sub = normalise(nxt)
            out.append(sub * n)
            i += 2
            continue
        if t.isdigit():
            out.append(t)
        elif t in _TENS2:
            if nxt in _WORD2DIG and nxt not in ("oh", "o", "zero", "nought", "nil", "for", "to", "too"):
                out.append(_TENS2[t] + _WORD2DIG[nxt])
                i += 1
            else:
                out.append(_TENS2[t] + "0")
        elif t in _TEEN2:
            out.append(_TEEN2[t])
        elif t in _WORD2DIG:
            out.append(_WORD2DIG[t])
        elif t in _SKIP:
            pass
        elif t in _HOMO2L:
            out.append(_HOMO2L[t])
        else:
            out.append(t.upper())
        i += 1
    return "".join(out)


def luhn_ok(d: str) -> bool:
    s = 0
    for i, ch in enumerate(reversed(d)):
        n = int(ch)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        s += n
    return s % 10 == 0


def iban_ok(s: str) -> bool:
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in r)
    return int(num) % 97 == 1


NI_RE = re.compile(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]")
UKPC_RE = re.compile(r"[A-Z]{1,2}\d[A-Z\d]?\d[ABD-HJLNP-UW-Z]{2}")
STREET_WORDS = ("street", "st", "road", "rd", "avenue", "ave", "lane", "ln", "drive", "dr",
                "close", "way", "grove", "terrace", "crescent", "place", "court", "park",
                "boulevard", "blvd", "square", "hill", "gardens", "row", "strasse", "straat",
                "rue", "mews", "parade", "walk")


def _spoken_email(t: str) -> str:
    t = t.lower()
    t = re.sub(r"\s+at\s+", "@", t)
    t = re.sub(r"\s*\bdot\b\s*", ".", t)
    t = re.sub(r"\s*\bunderscore\b\s*", "_", t)
    t = re.sub(r"\s*\b(dash|hyphen)\b\s*", "-", t)
    return re.sub(r"\s+", "", t)


def validate(typ: str, text: str) -> str | None:
    """Return None if ok, else a problem description."""
    n = normalise(text)
    digits = re.sub(r"\D", "", n)
    low = text.lower()
    if typ == "CARD_NUMBER":
        ok = n.isdigit() and 13 <= len(n) <= 19 and luhn_ok(n)
    elif typ == "CVV":
        ok = n.isdigit() and len(n) in (3, 4)
    elif typ == "EXPIRY":
        if any(m in low for m in MON3):
            ok = bool(digits) and len(digits) in (2, 4)
        else:
            ok = n.isdigit() and len(n) in (3, 4, 6) and 1 <= int(n[:-2][:2] if len(n) != 3 else n[0]) <= 12
    elif typ == "SSN":
        ok = n.isdigit() and len(n) == 9 and n[:3] not in ("000", "666") and not n.startswith("9")
    elif typ == "NI_NUMBER":
        ok = bool(NI_RE.fullmatch(n))
    elif typ == "BANK_ACCOUNT":
        ok = n.isdigit() and 6 <= len(n) <= 12
    elif typ == "SORT_CODE":
        ok = n.isdigit() and len(n) == 6
    elif typ == "IBAN":
        ok = iban_ok(n)
    elif typ == "PHONE":
        ok = n.isdigit() and 10 <= len(n) <= 14
    elif typ == "EMAIL":
        e = text if "@" in text else _spoken_email(text)
        ok = bool(re.fullmatch(r"[A-Za-z0-9._+-]+@[A-Za-z0-9-]+(\.[A-Za-z]{2,})+", e.strip()))
    elif typ == "DOB":
        ok = (bool(re.search(r"\b(19|20)\d\d\b|nineteen|two thousand|\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2}\b", low))
              and (any(m in low for m in MON3) or len(digits) >= 4))
    elif typ == "POSTCODE":
        n2 = n[:2].replace("0", "O") + n[2:]  # spoken "o" is also the letter O (e.g. "o x four")
        ok = bool(UKPC_RE.fullmatch(n)) or bool(UKPC_RE.fullmatch(n2)) or bool(re.fullmatch(r"\d{5}(\d{4})?", n))
    elif typ == "ADDRESS":
        ok = (bool(re.search(r"\d", text)) or any(w in low.split() for w in UNITS + TEENS + list(TENS.values()))) \
            and any(w in STREET_WORDS for w in re.findall(r"[a-z]+", low))
    else:
        return "unknown type"
    return None if ok else f"{typ} value fails validation: {text!r} -> {n!r}"


# ---------------------------------------------------------------- value generators
class Gen:
    def __init__(self, rng: random.Random):
        self.r = rng

    def digits(self, n, first_nonzero=False):
        s = "".join(self.r.choice("0123456789") for _ in range(n))
        if first_nonzero and s[0] == "0":
            s = self.r.choice("123456789") + s[1:]
        return s

    # ---- cards
    def card(self):
        r = self.r
        kind = r.choice(["visa", "visa", "mc", "mc", "amex", "disc", "visa13", "maestro19"])
        if kind == "visa":
            pre, ln = "4" + self.digits(5), 16
        elif kind == "mc":
            pre, ln = r.choice(["51", "52", "53", "54", "55", "2221", "2720"]), 16
        elif kind == "amex":
            pre, ln = r.choice(["34", "37"]), 15
        elif kind == "disc":
            pre, ln = "6011", 16
        elif kind == "visa13":
            pre, ln = "4", 13
        else:
            pre, ln = "6759", 19
        body = pre + self.digits(ln - 1 - len(pre))
        for c in "0123456789":
            if luhn_ok(body + c):
                return body + c
        raise AssertionError

    def card_typed(self, c):
        r = self.r
        if len(c) == 15:
            g = [c[:4], c[4:10], c[10:]]
        elif len(c) == 16:
            g = [c[i:i + 4] for i in range(0, 16, 4)]
        elif len(c) == 13:
            g = [c[:4], c[4:8], c[8:]]
        else:
            g = [c[:4], c[4:8], c[8:12], c[12:16], c[16:]]
        style = r.choice(["sp", "sp", "dash", "none", "dot", "mixed", "dblsp"])
        if style == "sp":
            return " ".join(g)
        if style == "dash":
            return "-".join(g)
        if style == "none":
            return c
        if style == "dot":
            return ".".join(g)
        if style == "dblsp":
            return "  ".join(g)
        out = g[0]
        for x in g[1:]:
            out += r.choice([" ", "-", "", " - "]) + x
        return out

    # ---- spoken digits
    def say(self, digits, pairs=0.0, doubles=0.5, zero=("zero", "oh", "o"), fillers=0.0):
        r = self.r
        words = []
        i, n = 0, len(digits)
        while i < n:
            d = digits[i]
            if i + 2 < n and digits[i + 1] == d and digits[i + 2] == d and r.random() < doubles:
                words.append("triple " + self._dw(d, zero))
                i += 3
            elif i + 1 < n and digits[i + 1] == d and r.random() < doubles:
                words.append("double " + self._dw(d, zero))
                i += 2
            elif i + 1 < n and d != "0" and digits[i + 1] != "0" and r.random() < pairs:
                a, b = int(d), int(digits[i + 1])
                words.append(TEENS[b] if a == 1 else TENS[a] + " " + UNITS[b])
                i += 2
            else:
                words.append(self._dw(d, zero))
                i += 1
            if fillers and i < n and r.random() < fillers:
                words.append(r.choice(FILLERS))
        return " ".join(words)

    def _dw(self, d, zero):
        return self.r.choice(zero) if d == "0" else UNITS[int(d)]

    def say_groups(self, digits, sizes, sep=" ", **kw):
        out, i = [], 0
        for s in sizes:
            out.append(self.say(digits[i:i + s], **kw))
            i += s
        if i < len(digits):
            out.append(self.say(digits[i:], **kw))
        return sep.join(out)

    def say_letter(self, L, phon=0.4, homo=0.15):
        r = self.r
        x = r.random()
        if x < phon:
            word = r.choice([NATO, NAMES]).get(L, NATO.get(L, L.lower()))
            return f"{L.lower()} {r.choice(['for', 'for', 'as in'])} {word}"
        if x < phon + homo and L in LETTER_HOMO:
            return LETTER_HOMO[L]
        return L.lower()

    # ---- other values
    def cvv(self, n=3):
        return self.digits(n)

    def expiry(self):
        return f"{self.r.randint(1, 12):02d}", f"{self.r.randint(26, 31)}"

    def expiry_typed(self):
        m, y = self.expiry()
        return self.r.choice([f"{m}/{y}", f"{m}/{y}", f"{m}-{y}", f"{m} / 20{y}", f"{m}{y}",
                              f"{MON3[int(m) - 1].capitalize()} 20{y}", f"{int(m)}/{y}", f"{m}.{y}"])

    def expiry_spoken(self):
        m, y = self.expiry()
        r = self.r
        yy = TENS[int(y[0])] + ("" if y[1] == "0" else " " + UNITS[int(y[1])])
        return r.choice([f"{self.say(m, zero=('oh', 'o', 'zero'))} {yy}", f"{MONTHS[int(m) - 1]} {yy}",
                         f"{MONTHS[int(m) - 1]} twenty {yy}", f"{self.say(m, zero=('oh',))} {self.say(y)}"])

    def ssn(self):
        r = self.r
        a = r.randint(1, 899)
        while a == 666:
            a = r.randint(1, 899)
        return f"{a:03d}", f"{r.randint(1, 99):02d}", f"{r.randint(1, 9999):04d}"

    def ssn_typed(self):
        a, b, c = self.ssn()
        return self.r.choice([f"{a}-{b}-{c}", f"{a}-{b}-{c}", f"{a} {b} {c}", f"{a}{b}{c}", f"{a}.{b}.{c}",
                              f"{a}-{b}{c}", f"{a} - {b} - {c}", f"{a}–{b}–{c}"])

    def ni(self):
        r = self.r
        while True:
            p = r.choice("ABCEGHJKLMNPRSTWXYZ") + r.choice("ABCEGHJKLMNPRSTWXYZ")
            if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
                break
        return p, self.digits(6), r.choice("ABCD")

    def ni_typed(self):
        p, d, s = self.ni()
        r = self.r
        v = r.choice([f"{p}{d}{s}", f"{p} {d[:2]} {d[2:4]} {d[4:]} {s}", f"{p}-{d[:2]}-{d[2:4]}-{d[4:]}-{s}",
                      f"{p} {d} {s}", f"{p}{d} {s}", f"{p[0]} {p[1]} {d[:2]} {d[2:4]} {d[4:]} {s}"])
        c = r.random()
        if c < 0.35:
            v = v.lower()
        elif c < 0.45:
            v = v[0] + v[1:].lower()
        return v

    def ni_spoken(self):
        p, d, s = self.ni()
        r = self.r
        lets = " ".join(self.say_letter(L) for L in p)
        mode = r.random()
        if mode < 0.4:
            dig = self.say(d, zero=("zero", "oh", "nought"))
        elif mode < 0.8:
            dig = self.say_groups(d, [2, 2, 2], pairs=0.6, zero=("oh", "nought"))
        else:
            dig = self.say(d, fillers=0.3, zero=("oh",))
        return f"{lets} {dig} {self.say_letter(s)}"

    def sort_code(self):
        return self.digits(6, first_nonzero=True)

    def account(self, n=8):
        return self.digits(n, first_nonzero=True)

    def iban(self):
        r = self.r
        cc = r.choice(["GB", "IE", "DE", "FR", "NL", "ES", "IT"])
        L = "ABCDEFGHJKLMNPRSTUWXYZ"
        if cc == "GB":
            bban = r.choice(["NWBK", "BARC", "HBUK", "LOYD", "MIDL", "RBSX"]) + self.digits(14)
        elif cc == "IE":
            bban = r.choice(["AIBK", "BOFI", "IPBS", "ULSB"]) + self.digits(14)
        elif cc == "DE":
            bban = self.digits(18)
        elif cc == "FR":
            bban = self.digits(23)
        elif cc == "NL":
            bban = r.choice(["ABNA", "INGB", "RABN", "TRIB"]) + self.digits(10)
        elif cc == "ES":
            bban = self.digits(20)
        else:
            bban = r.choice(L) + self.digits(10) + self.digits(12)
        num = "".join(str(int(c, 36)) for c in bban + cc + "00")
        chk = 98 - int(num) % 97
        return f"{cc}{chk:02d}{bban}"

    def iban_typed(self, v):
        r = self.r
        g = " ".join(v[i:i + 4] for i in range(0, len(v), 4))
        s = r.choice([v, g, g, g.lower(), v.lower(), g.replace(" ", "-"), "  ".join(g.split(" "))])
        return s

    def phone(self):
        r = self.r
        k = r.choice(["ukmob", "ukmob", "uklon", "us", "us", "ie", "ukint", "usint", "ieint", "de"])
        if k == "ukmob":
            d = "07" + self.digits(9)
            return r.choice([f"{d[:5]} {d[5:]}", d, f"{d[:5]} {d[5:8]} {d[8:]}", f"{d[:4]}-{d[4:7]}-{d[7:]}"]), d
        if k == "uklon":
            d = "020" + r.choice("378") + self.digits(7)
            return r.choice([f"{d[:3]} {d[3:7]} {d[7:]}", f"({d[:3]}) {d[3:7]} {d[7:]}", d]), d
        if k == "us":
            d = str(r.randint(201, 989)) + str(r.randint(201, 989)) + self.digits(4)
            return r.choice([f"({d[:3]}) {d[3:6]}-{d[6:]}", f"{d[:3]}-{d[3:6]}-{d[6:]}", f"{d[:3]}.{d[3:6]}.{d[6:]}", d]), d
        if k == "ie":
            d = "08" + r.choice("35679") + self.digits(7)
            return r.choice([f"{d[:3]} {d[3:6]} {d[6:]}", d, f"{d[:3]}-{d[3:]}"]), d
        if k == "ukint":
            d = "447" + self.digits(9)
            return r.choice([f"+{d[:2]} {d[2:6]} {d[6:]}", f"+{d}", f"+{d[:2]} (0){d[2:6]} {d[6:]}", f"0044 {d[2:]}"]), d
        if k == "usint":
            d = "1" + str(r.randint(201, 989)) + str(r.randint(201, 989)) + self.digits(4)
            return r.choice([f"+1 {d[1:4]} {d[4:7]} {d[7:]}", f"+1-{d[1:4]}-{d[4:7]}-{d[7:]}", f"1 ({d[1:4]}) {d[4:7]}-{d[7:]}"]), d
        if k == "ieint":
            d = "3538" + r.choice("35679") + self.digits(7)
            return r.choice([f"+353 {d[3:5]} {d[5:8]} {d[8:]}", f"+{d}", f"00353 {d[3:]}"]), d
        d = "49" + "1" + r.choice("567") + self.digits(8)
        return r.choice([f"+{d[:2]} {d[2:5]} {d[5:]}", f"+{d}"]), d

    def phone_spoken(self):
        _, d = self.phone()
        r = self.r
        if len(d) in (10, 11) and d.startswith("0") and r.random() < 0.6:
            return self.say_groups(d, [5, 3] if d.startswith("07") else [3, 3], zero=("oh", "o", "zero"), pairs=0.2)
        if d.startswith("44"):
            return "plus four four " + self.say(d[2:], zero=("oh",), pairs=0.2)
        if d.startswith("353"):
            return "plus three five three " + self.say(d[3:], zero=("oh",))
        if d.startswith("1") and len(d) == 11:
            return "one " + self.say_groups(d[1:], [3, 3], pairs=0.3, zero=("oh", "zero"))
        return self.say(d, zero=("oh", "zero"), pairs=0.15, fillers=0.1)

    FIRST = ["sarah", "james", "aoife", "liam", "priya", "tomasz", "maria", "john", "chloe", "dev",
             "niamh", "olu", "kate", "marco", "sven", "grace", "li", "omar", "fatima", "ciaran"]
    LAST = ["oconnor", "smith", "patel", "nowak", "garcia", "murphy", "okafor", "jones", "rossi",
            "schmidt", "kelly", "nguyen", "walsh", "brown", "obrien", "khan", "dubois", "byrne"]
    DOMAINS = ["gmail.com", "outlook.com", "yahoo.co.uk", "hotmail.com", "icloud.com", "eircom.net",
               "btinternet.com", "gmx.de", "proton.me", "aol.com", "live.ie", "sky.com"]

    def email(self):
        r = self.r
        f, l = r.choice(self.FIRST), r.choice(self.LAST)
        local = r.choice([f"{f}.{l}", f"{f[0]}{l}", f"{f}_{l}{r.randint(1, 99)}", f"{f}{l}",
                          f"{l}.{f[0]}", f"{f}{r.randint(70, 99)}", f"{f}.{l}{r.randint(1, 9)}"])
        dom = r.choice(self.DOMAINS)
        return local, dom

    def email_typed(self):
        local, dom = self.email()
        e = f"{local}@{dom}"
        x = self.r.random()
        if x < 0.15:
            e = e.capitalize()
        elif x < 0.22:
            e = e.upper()
        return e

    def email_spoken(self):
        local, dom = self.email()
        r = self.r
        def sp(s):
            s = re.sub(r"\d+", lambda m: " " + " ".join(UNITS[int(c)] for c in m.group()) + " ", s)
            s = s.replace(".", " dot ").replace("_", " underscore ").replace("-", " dash ")
            return re.sub(r"\s+", " ", s).strip()
        loc = sp(local)
        # the number words would break the spoken-email checker; keep digits typed-in as words is fine
        return f"{loc} at {sp(dom)}"

    def dob(self):
        r = self.r
        return r.randint(1, 28), r.randint(1, 12), r.randint(1938, 2005)

    def dob_typed(self):
        d, m, y = self.dob()
        r = self.r
        return r.choice([f"{d:02d}/{m:02d}/{y}", f"{d}/{m}/{y}", f"{d:02d}.{m:02d}.{y}", f"{d}-{m}-{y}",
                         f"{d} {MONTHS[m - 1].capitalize()} {y}", f"{d}{self._sfx(d)} {MON3[m - 1]} {y}",
                         f"{MONTHS[m - 1].capitalize()} {d}, {y}", f"{m}/{d}/{y}", f"{d:02d}/{m:02d}/{y % 100:02d}",
                         f"{y}-{m:02d}-{d:02d}"])

    @staticmethod
    def _sfx(d):
        return "th" if 11 <= d <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")

    def year_spoken(self, y):
        if y >= 2000:
            return "two thousand" + ("" if y == 2000 else " and " + UNITS[y - 2000] if y < 2010 else " " + self.say(str(y - 2000), pairs=1.0, doubles=0))
        a, b = divmod(y, 100)
        if b == 0:
            return "nineteen hundred"
        if b < 10:
            return f"nineteen oh {UNITS[b]}"
        return "nineteen " + (TEENS[b - 10] if b < 20 else TENS[b // 10] + ("" if b % 10 == 0 else " " + UNITS[b % 10]))

    def dob_spoken(self):
        d, m, y = self.dob()
        r = self.r
        ys = self.year_spoken(y)
        return r.choice([f"the {ORD[d - 1]} of {MONTHS[m - 1]} {ys}", f"{MONTHS[m - 1]} {ORD[d - 1]} {ys}",
                         f"{ORD[d - 1]} {MONTHS[m - 1]} {ys}", f"{MONTHS[m - 1]} the {ORD[d - 1]} {ys}"])

    UK_OUT = ["SW1A", "M1", "B33", "LS6", "EH3", "CF10", "G2", "BS8", "NE1", "N1", "E14", "W6", "SE15",
              "BT7", "L8", "NG7", "CB2", "OX4", "PL4", "RG1", "DH1", "YO31", "LE2", "S10", "CR0", "EC1V", "W1T"]

    CITY = {"SW1A": "London", "M1": "Manchester", "B33": "Birmingham", "LS6": "Leeds", "EH3": "Edinburgh",
            "CF10": "Cardiff", "G2": "Glasgow", "BS8": "Bristol", "NE1": "Newcastle", "N1": "London", "E14": "London",
            "W6": "London", "SE15": "London", "BT7": "Belfast", "L8": "Liverpool", "NG7": "Nottingham",
            "CB2": "Cambridge", "OX4": "Oxford", "PL4": "Plymouth", "RG1": "Reading", "DH1": "Durham", "YO31": "York",
            "LE2": "Leicester", "S10": "Sheffield", "CR0": "Croydon", "EC1V": "London", "W1T": "London"}

    def postcode_uk(self):
        r = self.r
        o = r.choice(self.UK_OUT)
        i = str(r.randint(1, 9)) + r.choice("ABDEFGHJLNPQRSTUWXYZ") + r.choice("ABDEFGHJLNPQRSTUWXYZ")
        return o, i

    def postcode_typed(self):
        r = self.r
        if r.random() < 0.3:
            z = self.digits(5, first_nonzero=True)
            return r.choice([z, z, f"{z}-{self.digits(4)}"])
        o, i = self.postcode_uk()
        return r.choice([f"{o} {i}", f"{o} {i}", f"{o}{i}", f"{o} {i}".lower(), f"{o}{i}".lower(), f"{o}  {i}"])

    def postcode_spoken(self, uk=None):
        r = self.r
        if uk is False or (uk is None and r.random() < 0.3):
            return self.say(self.digits(5, first_nonzero=True), zero=("oh", "zero"), doubles=0.3)
        o, i = self.postcode_uk()
        parts = []
        for ch in o + i:
            parts.append(self.say_letter(ch, phon=0.3, homo=0.1) if ch.isalpha() else self.say(ch, zero=("zero", "oh")))
        return " ".join(parts)

    STREETS = ["Elm Grove", "Kings Road", "Acacia Avenue", "Mill Lane", "Church Street", "Station Road",
               "Orchard Close", "Park Drive", "Victoria Terrace", "Harbour View Road", "Oak Crescent",
               "Maple Street", "Sycamore Way", "Beech Court", "Main Street", "Willow Place", "Cedar Lane",
               "Grafton Street", "Ash Grove", "Queens Gardens", "Pine Hill", "Market Square", "Lake Shore Drive",
               "Sunset Boulevard", "High Street", "Castle Row", "Bridge Street"]

    def address_typed(self):
        r = self.r
        n = r.randint(1, 240)
        st = r.choice(self.STREETS)
        form = r.choice([f"{n} {st}", f"{n} {st}", f"{n}{r.choice('ab')} {st}", f"Flat {r.randint(1, 12)}, {n} {st}",
                         f"{n} {st.lower()}", f"Apt {r.randint(1, 30)}, {n} {st}", f"{n}, {st}"])
        form = form.replace("Street", r.choice(["Street", "St", "St."])) if r.random() < 0.4 else form
        form = form.replace("Road", "Rd") if r.random() < 0.4 else form
        return form

    def address_spoken(self):
        r = self.r
        n = r.randint(1, 99)
        st = r.choice(self.STREETS).lower()
        if n < 10:
            ns = UNITS[n]
        elif n < 20:
            ns = TEENS[n - 10]
        else:
            ns = TENS[n // 10] + ("" if n % 10 == 0 else " " + UNITS[n % 10])
        return r.choice([f"{ns} {st}", f"{ns} {st}", f"flat {UNITS[r.randint(1, 9)]} {ns} {st}", f"number {ns} {st}"])


# ---------------------------------------------------------------- case assembly
def build(turns):
    """turns: list of (speaker, [segment...]); segment is str or (text, TYPE[, group])."""
    out_turns, spans = [], []
    for ti, (spk, segs) in enumerate(turns):
        text = ""
        for seg in segs:
            if isinstance(seg, str):
                text += seg
            else:
                val, typ = seg[0], seg[1]
                grp = seg[2] if len(seg) > 2 else None
                spans.append({"turn": ti, "start": len(text), "end": len(text) + len(val), "type": typ, "_g": grp})
                text += val
        out_turns.append({"speaker": spk, "text": text})
    return out_turns, spans


# ----------------------------------------------------------------- helpers for templates
def A(*segs):
    return ("agent", list(segs))


def C(*segs):
    return ("customer", list(segs))


def split_parts(rng, s, n):
    """Split string s (no spaces assumed irrelevant) into n roughly equal chunks at space boundaries if possible."""
    words = s.split(" ")
    if len(words) >= n:
        k = len(words)
        cuts = sorted(rng.sample(range(1, k), n - 1))
        res, prev = [], 0
        for c in cuts + [k]:
            res.append(" ".join(words[prev:c]))
            prev = c
        return res
    step = max(1, len(s) // n)
    return [s[i * step:(i + 1) * step] if i < n - 1 else s[i * step:] for i in range(n)]


EMO = ["🙂", "🙏", "😩", "👍", "😅", "🤞", "!!", ":)", ":(", "x", "ty", "thx"]


class Builder:
    def __init__(self, rng):
        self.r = rng
        self.g = Gen(rng)
        self.gid = 0

    def grp(self):
        self.gid += 1
        return f"g{self.gid}"

    @staticmethod
    def _ord(n):
        return f"{n}{Gen._sfx(n)}"

    def emo(self):
        return self.r.choice(EMO)

    # ============================================================ TYPED POSITIVES
    def t_card_cvv_exp(self):
        r, g = self.r, self.g
        c = g.card()
        ind = r.choice(["retail", "telecom", "utilities", "travel", "insurance"])
        ch = r.choice(["web chat", "web chat", "app chat", "social DM"])
        turns = [A(r.choice(["Hi, you're chatting with Dana. How can I help?", "Hello! Thanks for reaching out 😊",
                             "Hi there, Sam here from the payments team."])),
                 C(r.choice(["hi i need to pay my bill", "want to pay the outstnading balance pls", "hey can I pay by card here?",
                             "pay my invoice plz its overdue"])),
                 A("Sure, please type the long card number."),
                 C(r.choice(["its ", "card: ", "", "ok ", "Card no. ", "sure - "]), (g.card_typed(c), "CARD_NUMBER"),
                   r.choice(["", " " + self.emo(), "  ", " thanks"]))]
        if r.random() < 0.5:
            turns += [A("Thanks. Expiry date and the 3 digit code on the back?"),
                      C(r.choice(["exp ", "expires ", "", "Exp: "]), (g.expiry_typed(), "EXPIRY"),
                        r.choice([" cvv ", " and ", ", cvc ", " / sec code "]), (g.cvv(4 if len(c) == 15 else 3), "CVV"))]
        else:
            turns += [A("And the expiry?"), C((g.expiry_typed(), "EXPIRY")), A("Security code please"),
                      C(r.choice(["", "its ", "cvc "]), (g.cvv(4 if len(c) == 15 else 3), "CVV"), r.choice(["", " " + self.emo()]))]
        turns.append(A(f"Thanks, a payment of £{r.randint(12, 480)}.{r.randint(10, 99)} has been taken."))
        return turns, f"{ch}/{ind}: card typed with odd separators, expiry and CVV in later messages"

    def t_card_split(self):
        r, g = self.r, self.g
        c = g.card()
        typed = g.card_typed(c)
        gid = self.grp()
        toks = [t for t in re.split(r"[\s.\-]+", typed) if t]
        n = r.choice([2, 3, 4])
        if len(toks) >= n:
            cuts = sorted(r.sample(range(1, len(toks)), n - 1))
            sep = r.choice([" ", " ", "-", ""])
            parts, prev = [], 0
            for k in cuts + [len(toks)]:
                parts.append(sep.join(toks[prev:k]))
                prev = k
        else:
            n = min(n, 3)
            cuts = sorted(r.sample(range(3, len(c) - 3), n - 1))
            parts, prev = [], 0
            for k in cuts + [len(c)]:
                parts.append(c[prev:k])
                prev = k
        assert re.sub(r"\D", "", "".join(parts)) == c
        turns = [A("Go ahead with the card number whenever you're ready."),
                 C(r.choice(["sorry on my phone so sending in bits", "ok hang on", "wait its in my other bag... ok got it", "one sec"]))]
        for i, p in enumerate(parts):
            turns.append(C((p, "CARD_NUMBER", gid)))
            if i < len(parts) - 1 and r.random() < 0.4:
                turns.append(A(r.choice(["ok", "Got it", "Go on", "👍"])))
        turns.append(A("Thank you, I have the full number."))
        ch = r.choice(["SMS", "web chat", "WhatsApp"])
        return turns, f"{ch}/{r.choice(['retail', 'telecom', 'travel', 'utilities'])}: card number split across {len(parts)} messages"

    def t_ssn_sms(self):
        r, g = self.r, self.g
        turns = [A(r.choice(["To verify your identity please reply with your SSN.",
                             "For the benefits claim we need your social security number.",
                             "Can you confirm your SSN so I can open the account?"])),
                 C(r.choice(["ok its ", "SSN ", "ssn: ", "sure. ", "my social is ", "Social sec # "]), (g.ssn_typed(), "SSN"),
                   r.choice(["", " " + self.emo(), " thx", ". my claim # is " + g.digits(8, True), " is that all u need"]))]
        if r.random() < 0.3:
            turns += [A("Thanks, and your date of birth?"), C((g.dob_typed(), "DOB"))]
        if r.random() < 0.3:
            turns += [A("And your zip code?"), C(r.choice(["", "zip is "]), (g.digits(5, True), "POSTCODE"))]
        return turns, f"{r.choice(['SMS', 'web chat', 'secure message'])}/{r.choice(['banking', 'government services', 'healthcare billing', 'insurance'])}: US SSN typed"

    def t_ssn_split_typed(self):
        r, g = self.r, self.g
        a, b, c = g.ssn()
        gid = self.grp()
        if r.random() < 0.5:
            turns = [A("Please enter your Social Security number."),
                     C((a, "SSN", gid)), C((b, "SSN", gid)), C((c, "SSN", gid), r.choice([" sorry fat fingers", " hit enter too early lol", ""]))]
            return turns, "web chat/banking: SSN sent as three separate messages"
        spaced = " ".join(a + b + c)
        turns = [A("What's the SSN on the account?"),
                 C(r.choice(["it's ", "its ", ""]), (spaced, "SSN"), r.choice([" (copied from my W-2)", "", " ok?"]))]
        return turns, "chat/insurance: SSN typed with a space between every digit"

    def t_ni_chat(self):
        r, g = self.r, self.g
        turns = [A(r.choice(["Can you give me your National Insurance number please?", "What's your NI number?",
                             "To check your tax code I'll need your NINO."])),
                 C(r.choice(["sure its ", "NI: ", "", "ni no ", "yeah ", "National insurance number is "]), (g.ni_typed(), "NI_NUMBER"),
                   r.choice(["", " " + self.emo(), " (i think thats right)", " - found it on my payslip"]))]
        if r.random() < 0.4:
            turns += [A("Thanks. And the postcode on your record?"), C((g.postcode_typed(), "POSTCODE") if True else "")]
        return turns, f"{r.choice(['web chat', 'secure message', 'app chat'])}/{r.choice(['government services', 'banking', 'payroll', 'pensions'])}: UK NI number typed in varied case/spacing"

    def t_ni_split(self):
        r, g = self.r, self.g
        p, d, s = g.ni()
        gid = self.grp()
        if r.random() < 0.5:
            parts = [p + " " + d[:2], d[2:4] + " " + d[4:], s]
        else:
            parts = [p.lower(), d, s.lower()]
        turns = [A("NI number please?"), C(r.choice(["hang on", "where do i find that", "ok 1 sec"])),
                 A("It'll be on a payslip or P60.")]
        for pt in parts:
            turns.append(C((pt, "NI_NUMBER", gid)))
        return turns, "SMS/government services: NI number split over three texts"

    def t_email_bank(self):
        r, g = self.r, self.g
        sc = g.sort_code()
        acc = g.account(8)
        scs = r.choice([f"{sc[:2]}-{sc[2:4]}-{sc[4:]}", sc, f"{sc[:2]} {sc[2:4]} {sc[4:]}", f"{sc[:2]}–{sc[2:4]}–{sc[4:]}"])
        segs = ["Hi,\n\nPlease update my direct debit to my new account.\n\nSort code: ", (scs, "SORT_CODE"),
                "\nAccount no: ", (acc, "BANK_ACCOUNT"), "\n"]
        if r.random() < 0.6:
            o, i = g.postcode_uk()
            segs += ["Address: ", (g.address_typed(), "ADDRESS"), ", ", g.CITY[o],
                     " ", (o + " " + i, "POSTCODE"), "\n"]
        segs += [f"\nMy customer ref is {g.digits(9, True)}.\n\nThanks,\n", r.choice(["Sarah", "J. Murphy", "Dev", "Tom"]),
                 r.choice(["", "\n\nSent from my iPhone"])]
        return [C(*segs)], f"e-mail/{r.choice(['utilities', 'telecom', 'insurance'])}: sort code and account in an e-mail body next to a customer reference"

    def t_iban_dm(self):
        r, g = self.r, self.g
        v = g.iban()
        gid = None
        turns = [A(r.choice(["For the refund, can you DM the IBAN?", "Where should we send the refund? We need an IBAN.",
                             "Please provide the IBAN for the SEPA transfer."]))]
        if r.random() < 0.35:
            gid = self.grp()
            t = g.iban_typed(v)
            mid = len(t) // 2
            while t[mid] not in " -" and mid < len(t) - 1:
                mid += 1
            if t[mid] in " -":
                a, b = t[:mid].rstrip(" -"), t[mid + 1:].lstrip(" -")
                turns += [C((a, "IBAN", gid)), C((b, "IBAN", gid), " " + self.emo())]
            else:
                turns += [C((t, "IBAN"))]
        else:
            turns += [C(r.choice(["IBAN: ", "iban ", "here u go ", "its ", ""]), (g.iban_typed(v), "IBAN"),
                        r.choice(["", " 🙏", " (Revolut)", f" - refund amount is €{r.randint(20, 900)}"]))]
        return turns, f"{r.choice(['social DM', 'web chat', 'e-mail'])}/{r.choice(['travel', 'retail', 'insurance'])}: {v[:2]} IBAN typed"

    def t_phone_email(self):
        r, g = self.r, self.g
        ptxt, _ = g.phone()
        e = g.email_typed()
        turns = [A("Can I get the best contact number and email for updates?")]
        mode = r.random()
        if mode < 0.4:
            turns.append(C(r.choice(["", "mob "]), (ptxt, "PHONE"), r.choice([" / ", " and ", " email ", ", "]), (e, "EMAIL"), r.choice(["", " " + self.emo()])))
        elif mode < 0.7:
            turns += [C("phone ", (ptxt, "PHONE")), C((e, "EMAIL"), r.choice(["", " thx", " (not the work one)"]))]
        else:
            turns += [C("email is ", (e, "EMAIL"), " pls dont call before 10am"), A("And phone?"), C((ptxt, "PHONE"))]
        return turns, f"{r.choice(['web chat', 'SMS', 'social DM'])}/{r.choice(['telecom', 'utilities', 'retail', 'travel'])}: phone and e-mail typed together"

    def t_address_change(self):
        r, g = self.r, self.g
        o, i = g.postcode_uk()
        city = r.choice([g.CITY[o], g.CITY[o], "Dublin 4", "Cork", "Chicago, IL", "Austin TX", "Springfield MA"])
        us = city[-2:] in ("IL", "TX", "MA")
        pc = (g.digits(5, True), "POSTCODE") if us else (r.choice([f"{o} {i}", f"{o}{i}".lower(), f"{o} {i}".lower()]), "POSTCODE")
        segs = [r.choice(["new addr is ", "Moving house!! new address: ", "pls update address to ", "address - "]),
                (g.address_typed(), "ADDRESS"), r.choice([", ", " ", ",  "]), city]
        if "Dublin" in city or "Cork" in city:
            segs += [" ", self.emo()]
        else:
            segs += [" ", pc]
        turns = [A("What's the new address?"), C(*segs)]
        if r.random() < 0.35:
            turns += [A("Move date?"), C(f"the {self._ord(r.randint(2, 28))} of next month")]
        return turns, f"web chat/{r.choice(['utilities', 'insurance', 'telecom', 'banking'])}: street address with postcode/zip typed"

    def t_dob_postcode(self):
        r, g = self.r, self.g
        turns = [A("For security, can you confirm your date of birth and postcode?")]
        if r.random() < 0.5:
            turns.append(C(r.choice(["dob ", "DOB: ", "born ", ""]), (g.dob_typed(), "DOB"), r.choice([" and ", ", ", " pc ", " / "]), (g.postcode_typed(), "POSTCODE")))
        else:
            turns += [C((g.dob_typed(), "DOB")), A("and postcode?"), C(r.choice(["", "its "]), (g.postcode_typed(), "POSTCODE"), r.choice(["", " " + self.emo()]))]
        turns.append(A(f"Thanks, you're verified. Your balance is £{r.randint(10, 999)}.{r.randint(0, 99):02d}."))
        return turns, f"web chat/{r.choice(['banking', 'healthcare billing', 'telecom'])}: DOB and postcode for verification"

    def t_copy_paste(self):
        r, g = self.r, self.g
        c = g.card()
        typed = g.card_typed(c)
        segs = [r.choice(["Card Number\t", "card number: ", "CARD NUMBER ", "> "]), (typed, "CARD_NUMBER"),
                r.choice(["\u200b", "  ", "\n", " "]), r.choice(["Exp. ", "Valid thru ", "EXP "]), (g.expiry_typed(), "EXPIRY"), "\n",
                r.choice(["CVV2 ", "Security code: ", "cvc "]), (g.cvv(4 if len(c) == 15 else 3), "CVV")]
        return [A("Please enter your payment details."), C(*segs)], "web chat/retail: card details pasted from a notes app with tabs/zero-width chars"

    def t_us_bank(self):
        r, g = self.r, self.g
        acc = g.account(r.choice([10, 11, 12]))
        turns = [A("For the direct deposit, what's the account number?"),
                 C(r.choice(["acct # ", "account: ", "checking acct ", ""]), (acc, "BANK_ACCOUNT"),
                   r.choice(["", " (checking)", " at chase"]))]
        if r.random() < 0.5:
            turns += [A("And the last 4 of your SSN plus full SSN for the form?"), C((g.ssn_typed(), "SSN"))]
        return turns, "secure message/payroll: US account number typed"

    def t_phone_typo(self):
        r, g = self.r, self.g
        ptxt, _ = g.phone()
        turns = [A("Whats the number we can reach you on?"),
                 C(r.choice(["cal me on ", "ring me at ", "my nuber is ", "mobil ", "txt me on "]), (ptxt, "PHONE"),
                   r.choice([" after 6pm", " thnaks", " anytime", " " + self.emo(), ""]))]
        if r.random() < 0.5:
            turns += [A("Any email?"), C(r.choice(["its ", "", "emial: "]), (g.email_typed(), "EMAIL"))]
        return turns, f"SMS/{r.choice(['telecom', 'healthcare billing', 'travel'])}: phone with typos in surrounding words"

    def t_mixed_form(self):
        r, g = self.r, self.g
        segs = ["Name: ", r.choice(["Aoife Byrne", "Tom Walsh", "Grace Kelly", "Marco Rossi"]), "\nDOB: ", (g.dob_typed(), "DOB"),
                "\nNI: ", (g.ni_typed(), "NI_NUMBER"), "\nTel: ", (g.phone()[0], "PHONE"), "\nEmail: ", (g.email_typed(), "EMAIL"),
                "\nReason: ", r.choice(["claim for 3 days sick pay", "change of bank", "pension query 2024/25", "child benefit"])]
        return [C(*segs)], "e-mail/government services: form-style e-mail with several identifiers"

    def t_ni_typos(self):
        r, g = self.r, self.g
        turns = [A("Please confirm your NI number."),
                 C(r.choice(["national insurnace is ", "N.I. ", "NI num ", "my nat ins no is "]), (g.ni_typed(), "NI_NUMBER"),
                   r.choice([" i beleive", "", " x", " (old one)"]))]
        if r.random() < 0.5:
            turns += [A("And DOB?"), C((g.dob_typed(), "DOB"))]
        return turns, "web chat/payroll: NI number with typos around it"

    def t_ssn_email(self):
        r, g = self.r, self.g
        segs = [r.choice(["To whom it may concern,\n\n", "Hello,\n", "Hi team -\n"]),
                f"I am writing about invoice {g.digits(7, True)} for ${r.randint(40, 900)}.{r.randint(10, 99)}. ",
                "The patient SSN is ", (g.ssn_typed(), "SSN"), " and date of birth ", (g.dob_typed(), "DOB"),
                ". Please call ", (g.phone()[0], "PHONE"), r.choice([" if needed.", ".", " asap!!"]), "\n\nRegards"]
        return [C(*segs)], "e-mail/healthcare billing: SSN, DOB, phone next to invoice number and amount"

    def t_sort_code_chat(self):
        r, g = self.r, self.g
        sc = g.sort_code()
        acc = g.account(8)
        turns = [A("What are the sort code and account number?")]
        if r.random() < 0.5:
            turns.append(C((r.choice([f"{sc[:2]}-{sc[2:4]}-{sc[4:]}", sc, f"{sc[:2]}/{sc[2:4]}/{sc[4:]}"]), "SORT_CODE"), r.choice([" ", " / ", " & ", "\n"]), (acc, "BANK_ACCOUNT")))
        else:
            turns += [C("sc ", (f"{sc[:2]} {sc[2:4]} {sc[4:]}", "SORT_CODE")), C("acc ", (acc, "BANK_ACCOUNT"), " " + self.emo())]
        return turns, f"{r.choice(['web chat', 'app chat'])}/banking: UK sort code and account typed"

    def t_sms_all_in_one(self):
        r, g = self.r, self.g
        c = g.card()
        cv = g.cvv(4 if len(c) == 15 else 3)
        segs = [r.choice(["card ", "CARD: ", "pls charge ", "use this one "]), (g.card_typed(c), "CARD_NUMBER"),
                r.choice([" exp ", " ex ", " , ", " valid ", " exp:"]), (g.expiry_typed(), "EXPIRY"),
                r.choice([" cvv ", " code ", " sec ", " / "]), (cv, "CVV"),
                r.choice(["", " name on card is J Smith", f" for the £{r.randint(20, 300)} deposit", " " + self.emo()])]
        return [A("Reply with the card details to complete your booking."), C(*segs)], \
            f"SMS/{r.choice(['travel', 'retail', 'telecom'])}: card, expiry and CVV crammed into one text"

    def t_dm_delivery(self):
        r, g = self.r, self.g
        o, i = g.postcode_uk()
        turns = [C(r.choice(["hey ur courier left my parcel at the wrong house 😤", "parcel never came!!!", "wrong address on my order omg"])),
                 A("So sorry! Can you confirm the delivery address and an email for updates?"),
                 C(r.choice(["its ", "should be ", ""]), (g.address_typed(), "ADDRESS"), r.choice([" ", ", "]), g.CITY[o], r.choice([" ", ", "]),
                   (r.choice([f"{o} {i}", f"{o}{i}", f"{o} {i}".lower()]), "POSTCODE")),
                 C(r.choice(["email ", "and ", "", "mail: "]), (g.email_typed(), "EMAIL"), r.choice(["", " ta", " x"]))]
        return turns, "social DM/retail: delivery address, postcode and e-mail over two messages"

    def t_iban_email(self):
        r, g = self.r, self.g
        v = g.iban()
        segs = [r.choice(["Dear Sir/Madam,\n\n", "Hi,\n", "Hello there\n\n"]),
                f"Regarding claim {g.digits(8, True)} for €{r.randint(100, 4000)}, please pay into:\n\n",
                r.choice(["IBAN: ", "IBAN ", "Iban - "]), (g.iban_typed(v), "IBAN"),
                ({"IE": "\nBIC: AIBKIE2D\n", "DE": "\nBIC COBADEFFXXX\n", "NL": "\nBIC: INGBNL2A\n"}.get(v[:2], "\n")),
                "\nMy phone is ", (g.phone()[0], "PHONE"), ".\n\nKind regards,\n", r.choice(["Niamh", "Pieter", "Luca", "Anne-Marie"])]
        return [C(*segs)], f"e-mail/insurance: {v[:2]} IBAN in an e-mail body next to a claim number and BIC"

    # ============================================================ SPOKEN POSITIVES
    def s_card_digits(self):
        r, g = self.r, self.g
        c = g.card()
        sp = g.say_groups(c, [4, 4, 4, 4] if len(c) == 16 else [4, 6, 5], pairs=r.choice([0, 0.3, 0.7]),
                          fillers=r.choice([0, 0.15]), zero=("zero", "oh", "o"))
        turns = [A("okay can i take the long number on the front of the card please"),
                 C(r.choice(["yeah it's ", "right so ", "okay ", "yep its "]), (sp, "CARD_NUMBER")),
                 A(r.choice(["and the expiry", "thank you and when does it expire"])),
                 C((g.expiry_spoken(), "EXPIRY")),
                 A("and the three digits on the back"),
                 C(r.choice(["", "it's ", "um "]), (g.say(g.cvv(4 if len(c) == 15 else 3), doubles=0.3), "CVV"))]
        return turns, f"call/{r.choice(['telecom', 'utilities', 'retail', 'insurance'])}: card read in one turn with pairs/doubles, spoken expiry and CVV"

    def s_card_split(self):
        r, g = self.r, self.g
        c = g.card()
        gid = self.grp()
        sizes = [4, 4, 4, 4] if len(c) == 16 else ([4, 6, 5] if len(c) == 15 else [4, 4, len(c) - 8])
        turns = [A("go ahead with the card number")]
        i = 0
        for k, s in enumerate(sizes):
            chunk = c[i:i + s]
            i += s
            words = g.say(chunk, pairs=0.3, doubles=0.5)
            pre = r.choice(["", "", "um ", "okay ", "then "]) if k else r.choice(["right ", "", "so "])
            turns.append(C(pre, (words, "CARD_NUMBER", gid)))
            if k < len(sizes) - 1:
                turns.append(A(r.choice(["mhm", "yep", "okay go on", "uh huh", "yeah"])))
        if i < len(c):
            turns.append(C((g.say(c[i:]), "CARD_NUMBER", gid)))
        if r.random() < 0.5:
            cv = g.cvv(4 if len(c) == 15 else 3)
            turns += [A("and the security code"), C(r.choice(["", "it's "]), (g.say(cv), "CVV"))]
        return turns, f"call/{r.choice(['insurance', 'travel', 'utilities', 'retail'])}: card read in groups over several turns with back-channels"

    def s_card_selfcorrect(self):
        r, g = self.r, self.g
        c = g.card()
        wrong = g.say(c[:2])
        turns = [A("what's the card number"),
                 C(wrong, " no sorry that's my old card hold on"),
                 A("no problem"),
                 C(r.choice(["okay here we go ", "right ", ""]), (g.say(c, pairs=0.2, fillers=0.1), "CARD_NUMBER"))]
        if r.random() < 0.6:
            turns += [A("let me just read that back ", (g.say_groups(c, [4, 4, 4, 4], zero=("zero",)), "CARD_NUMBER"), " is that right"), C("yeah that's it")]
        return turns, "call/retail: false start then full card; agent reads it back"

    def s_ssn(self):
        r, g = self.r, self.g
        a, b, c = g.ssn()
        mode = r.random()
        turns = [A(r.choice(["can i have your social security number please", "and what's your social",
                             "i'll need the social security number on the policy"]))]
        if mode < 0.4:
            turns.append(C(r.choice(["sure it's ", "yeah ", "okay "]), (g.say(a + b + c, doubles=0.5, zero=("zero", "oh")), "SSN")))
        elif mode < 0.75:
            gid = self.grp()
            turns += [C((g.say(a, zero=("oh", "zero")), "SSN", gid)), A(r.choice(["mhm", "okay"])),
                      C((g.say(b, pairs=0.7), "SSN", gid)), A("go on"), C((g.say(c, pairs=0.6), "SSN", gid))]
        else:
            turns.append(C("it's ", (g.say(a, zero=("oh",)) + " " + g.say(b, pairs=1.0) + " " + g.say(c, pairs=1.0, doubles=0), "SSN"),
                           r.choice(["", " i think yeah"])))
        if r.random() < 0.4:
            turns += [A("and your date of birth"), C((g.dob_spoken(), "DOB"))]
        if r.random() < 0.3:
            turns += [A("and the zip code"), C((g.postcode_spoken(uk=False), "POSTCODE"))]
        return turns, f"call/{r.choice(['banking', 'healthcare billing', 'insurance', 'government services'])}: SSN spoken (digits, pairs, split turns)"

    def s_ssn_readback(self):
        r, g = self.r, self.g
        a, b, c = g.ssn()
        turns = [A("okay and your social"), C((g.say(a + b + c, fillers=0.2), "SSN")),
                 A("let me read that back ", (g.say(a) + " " + g.say(b) + " " + g.say(c), "SSN"), " correct"),
                 C(r.choice(["yep", "that's right", "yes"]))]
        return turns, "call/banking: SSN with fillers then agent read-back"

    def s_ni(self):
        r, g = self.r, self.g
        turns = [A(r.choice(["and your national insurance number", "can you give me your n i number please",
                             "what's your national insurance number"])),
                 C(r.choice(["yeah it's ", "okay ", "right it's ", "um "]), (g.ni_spoken(), "NI_NUMBER"))]
        if r.random() < 0.35:
            turns += [A("thank you and the postcode"), C((g.postcode_spoken(uk=True), "POSTCODE"))]
        return turns, f"call/{r.choice(['government services', 'payroll', 'pensions', 'banking'])}: NI number spoken with phonetic letters and homophones"

    def s_ni_split(self):
        r, g = self.r, self.g
        p, d, s = g.ni()
        gid = self.grp()
        turns = [A("national insurance number please"),
                 C((" ".join(g.say_letter(L, phon=0.6) for L in p), "NI_NUMBER", gid)), A("yep"),
                 C((g.say(d[:3], zero=("oh", "nought")), "NI_NUMBER", gid)), A("mhm"),
                 C((g.say(d[3:], zero=("oh", "nought")), "NI_NUMBER", gid), r.choice(["", " and then"])),
                 C(r.choice(["", "the letter "]), (g.say_letter(s, phon=0.5), "NI_NUMBER", gid))]
        if r.random() < 0.4:
            turns += [A("so that's ", (" ".join(p.lower()) + " " + g.say(d, doubles=0) + " " + s.lower(), "NI_NUMBER"), " yeah"), C("yeah")]
        return turns, "call/government services: NI number split over turns, letter at the end on its own"

    def s_bank(self):
        r, g = self.r, self.g
        sc = g.sort_code()
        acc = g.account(8)
        turns = [A("what's the sort code"),
                 C((g.say_groups(sc, [2, 2, 2], pairs=0.6, zero=("oh", "zero", "nought")), "SORT_CODE")),
                 A("and the account number"),
                 C(r.choice(["", "it's ", "um "]), (g.say(acc, doubles=0.6, fillers=0.1), "BANK_ACCOUNT"))]
        return turns, f"call/{r.choice(['utilities', 'insurance', 'banking'])}: UK sort code in pairs and account number"

    def s_bank_one_turn(self):
        r, g = self.r, self.g
        sc = g.sort_code()
        acc = g.account(8)
        turns = [A("i'll need the bank details for the direct debit"),
                 C("okay the sort code is ", (g.say(sc, zero=("oh",)), "SORT_CODE"), " and the account is ",
                   (g.say(acc, doubles=0.5), "BANK_ACCOUNT"), r.choice(["", " and it's fifty two pounds a month isn't it"]))]
        return turns, "call/telecom: sort code and account in one turn with a price nearby"

    def s_phone_email(self):
        r, g = self.r, self.g
        turns = [A("what's the best number to reach you on"),
                 C(r.choice(["it's ", "my mobile is ", "yeah "]), (g.phone_spoken(), "PHONE")),
                 A("and an email address"),
                 C(r.choice(["it's ", "yeah it's ", ""]), (g.email_spoken(), "EMAIL"))]
        return turns, f"call/{r.choice(['telecom', 'travel', 'retail', 'utilities'])}: spoken phone number and e-mail with 'at' and 'dot'"

    def s_address(self):
        r, g = self.r, self.g
        uk = r.random() < 0.7
        turns = [A("can you confirm the first line of the address and the postcode"),
                 C(r.choice(["yeah it's ", "", "it's "]), (g.address_spoken(), "ADDRESS"), r.choice([" and the postcode is ", " ", " postcode "]),
                   (g.postcode_spoken(uk=uk), "POSTCODE"))]
        return turns, f"call/{r.choice(['utilities', 'insurance', 'telecom'])}: spoken street address and postcode/zip"

    def s_dob(self):
        r, g = self.r, self.g
        turns = [A("can you confirm your date of birth"),
                 C(r.choice(["yeah it's ", "", "sure "]), (g.dob_spoken(), "DOB"), r.choice(["", " that's right", " yeah"]))]
        if r.random() < 0.5:
            turns += [A("and the phone number on the account"), C((g.phone_spoken(), "PHONE"))]
        return turns, f"call/{r.choice(['healthcare billing', 'banking', 'insurance'])}: spoken DOB"

    def s_iban(self):
        r, g = self.r, self.g
        v = g.iban()
        parts = [g.say_letter(v[0], phon=0.3), g.say_letter(v[1], phon=0.3), g.say(v[2:4], pairs=0.5)]
        for ch in v[4:]:
            parts.append(g.say_letter(ch, phon=0.2, homo=0.0) if ch.isalpha() else None)
            if parts[-1] is None:
                parts[-1] = g.say(ch, zero=("zero", "oh"))
        sp = " ".join(parts)
        return [A("can you read me the iban please"), C("okay ", (sp, "IBAN"))], f"call/{r.choice(['travel', 'banking', 'insurance'])}: {v[:2]} IBAN read out character by character"

    def s_us_phone_area(self):
        r, g = self.r, self.g
        a = str(r.randint(201, 989))
        b = str(r.randint(201, 989))
        c4 = g.digits(4)
        gid = self.grp()
        turns = [A("what's a good callback number"),
                 C("area code ", (g.say(a, zero=("oh", "zero")), "PHONE", gid)), A("okay"),
                 C((g.say(b, zero=("oh",)) + " " + g.say(c4, pairs=0.5, zero=("oh",)), "PHONE", gid)),
                 A("so that's ", (g.say(a) + " " + g.say(b) + " " + g.say(c4), "PHONE"), " right"),
                 C("yep")]
        return turns, "call/healthcare billing: US phone with 'area code' then the rest in the next turn; agent read-back"

    def s_email_spelled(self):
        r, g = self.r, self.g
        f, l = r.choice(Gen.FIRST), r.choice(Gen.LAST)
        dom = r.choice(["gmail dot com", "outlook dot com", "yahoo dot co dot uk", "icloud dot com", "hotmail dot co dot uk"])
        sp = " ".join(f) + r.choice([" dot ", " underscore ", " "]) + l + " at " + dom
        turns = [A("and your email address please"), C(r.choice(["yeah it's ", "it's ", "okay so "]), (sp, "EMAIL")),
                 A(r.choice(["lovely thank you", "great and is that the one we should use for the bills"]))]
        return turns, "call/retail: e-mail with the first name spelled letter by letter"

    def s_dob_numeric(self):
        r, g = self.r, self.g
        d, m, y = g.dob()
        sp = f"{g.say(f'{d:02d}', zero=('oh',))} {g.say(f'{m:02d}', zero=('oh',))} {g.year_spoken(y)}"
        turns = [A("date of birth please"), C(r.choice(["", "um ", "it's "]), (sp, "DOB")),
                 A("thank you and the first line of the address"), C((g.address_spoken(), "ADDRESS"))]
        return turns, "call/banking: DOB as spoken digits day/month then year, plus street address"

    def t_card_interrupted(self):
        r, g = self.r, self.g
        c = g.card()
        gid = self.grp()
        k = r.choice([6, 8, 10]) if len(c) >= 16 else r.choice([4, 6])
        a, b = c[:k], c[k:]
        fa = " ".join(a[i:i + 4] for i in range(0, len(a), 4))
        fb = " ".join(b[i:i + 4] for i in range(0, len(b), 4))
        turns = [A("Please type the card number."),
                 C(r.choice(["", "ok "]), (fa, "CARD_NUMBER", gid), r.choice(["...", " -", ""])),
                 C(r.choice(["sorry kid screaming 😂", "brb door", "omg my screen froze", "hang on battery at 2%"])),
                 A(r.choice(["No rush!", "Take your time", "np"])),
                 C(r.choice(["rest is ", "", "contd: ", "..."]), (fb, "CARD_NUMBER", gid), r.choice(["", " sorry!!", " thats it"]))]
        return turns, f"web chat/{r.choice(['utilities', 'retail', 'travel'])}: card number interrupted by chit-chat between the two halves"

    def s_exp_cvv_one(self):
        r, g = self.r, self.g
        turns = [A("expiry and security code please"),
                 C("expires ", (g.expiry_spoken(), "EXPIRY"), " and the code is ", (g.say(g.cvv(3)), "CVV"))]
        return turns, "call/retail: expiry and CVV in the same turn"

    # ============================================================ NEGATIVES
    def n_money(self):
        r = self.r
        t = [A("your current balance is " + r.choice([f"£{r.randint(100, 9999):,}.{r.randint(0, 99):02d}",
                                                      f"${r.randint(1000, 99999):,}", f"€{r.randint(10, 999)}.{r.randint(0, 99):02d}"])),
             C(r.choice(["wow ok can i pay ", "ugh fine, can I do ", "can i pay half, so "]) + f"£{r.randint(20, 400)}" + r.choice([" today", " now", " on friday"]) + r.choice(["", " 😩"])),
             A(f"Yes, and the remaining {r.randint(100, 900)}.{r.randint(10, 99)} will be due on the {self._ord(r.randint(1, 28))}.")]
        return t, "web chat/utilities: money amounts and due date, no PII"

    def n_money_spoken(self):
        r = self.r
        t = [A("the total comes to " + r.choice(["four hundred and twelve pounds fifty", "one thousand two hundred and forty nine dollars",
                                                 "nine hundred ninety nine euro", "three hundred and sixty pounds", "two thousand four hundred dollars",
                                                 "eighty seven pounds sixty two", "five hundred and five euro"])),
             C(r.choice(["and how much is that a month", "can i spread that", "what's that monthly then"])),
             A(r.choice(["that's thirty four ninety nine a month for twenty four months", "it works out at fifty two pounds eighteen a month",
                         "one hundred and nineteen dollars monthly over eighteen months", "twelve payments of forty one sixty"]))]
        return t, "call/telecom: spoken prices and contract length"

    def n_order_ref(self):
        r, g = self.r, self.g
        w = r.choice(["order", "Order #", "ticket", "case ref", "claim number", "invoice no.", "booking ref", "reference"])
        num = g.digits(r.choice([6, 7, 8, 9, 10]), True)
        t = [A("Do you have a reference I can look up?"),
             C(r.choice(["yes ", "ya ", "", "sure "]) + w + " " + num + r.choice(["", " 🙏", " thx", " - it never arrived"])),
             A(f"Thanks, I can see {w.lower().rstrip('.#').strip()} {num}, dispatched {r.randint(2, 9)} days ago.")]
        return t, "web chat/retail: order/ticket reference numbers with reference word (not PII)"

    def n_ref_spoken(self):
        r, g = self.r, self.g
        num = g.digits(r.choice([6, 7, 8]), True)
        w = r.choice(["my order number is", "the claim number is", "the ticket number's", "reference number"])
        t = [A("have you got a reference for me"), C(w + " " + g.say(num, doubles=0.5)), A("okay " + g.say(num) + " thank you i've got that up")]
        return t, "call/insurance: spoken reference number with its reference word"

    def n_times(self):
        r = self.r
        t = [A(f"An engineer can come on {r.choice(['Monday', 'Tuesday', 'Thursday'])} {r.randint(2, 28)} {r.choice(MONTHS).capitalize()} between {r.randint(8, 11)}am and {r.randint(1, 5)}pm."),
             C(r.choice(["cant do mornings, anything after 3:30?", "is 14:45 ok", "ok 8-12 works", "earliest pls, i leave at 7.15"])),
             A(f"I can do {r.randint(1, 5)}:{r.choice(['00', '15', '30', '45'])}pm on the {self._ord(r.randint(2, 28))}.")]
        return t, "web chat/utilities: appointment dates and times (not DOB)"

    def n_appt_spoken(self):
        r = self.r
        t = [A("i can book you in for the " + r.choice(ORD) + " of " + r.choice(MONTHS) + " at " + r.choice(["half past two", "nine thirty", "ten to four", "eleven"])),
             C(r.choice(["can we do the ", "is there anything on the ", "what about the "]) + r.choice(ORD) + r.choice([" instead i'm away till then", " i've got work", ""])),
             A("yep the " + r.choice(ORD) + " at " + r.choice(["ten fifteen", "quarter past two", "three o'clock"]) + " is free")]
        return t, "call/healthcare billing: spoken appointment dates, not birth dates"

    def n_flight(self):
        r = self.r
        fn = r.choice(["BA", "EI", "FR", "LH", "AA", "UA", "DL", "U2"]) + str(r.randint(100, 9999))
        t = [C(f"my flight {fn} was cancelled, rebooked on {fn[:2]} {r.randint(100, 999)} tmrw at {r.randint(6, 22)}:{r.choice(['05', '40', '55'])}"),
             A(f"Sorry about that. I can see seat {r.randint(1, 40)}{r.choice('ABCDEF')} on the new flight, and your hotel room {r.randint(100, 999)} is extended.")]
        return t, "social DM/travel: flight numbers, seats, room numbers"

    def n_flight_spoken(self):
        r, g = self.r, self.g
        al = r.choice([("e i", "aer lingus"), ("b a", "british airways"), ("u a", "united"), ("f r", "ryanair")])
        num = g.digits(r.choice([3, 4]), True)
        gate = r.randint(2, 60)
        t = [A("which flight are you on"),
             C(f"it's the {al[0]} {g.say(num, pairs=0.5)} to {r.choice(['boston', 'malaga', 'new york', 'faro', 'berlin'])} leaving at {r.choice(['eleven forty', 'half six', 'seven fifteen', 'ten past nine'])}"),
             A(f"okay {al[1]} flight {g.say(num, pairs=1.0)} gate {g.say(str(gate), pairs=1.0)} boarding {r.choice(['in forty minutes', 'at quarter to', 'at ten fifty'])}")]
        return t, "call/travel: spoken flight number and gate"

    def n_model(self):
        r = self.r
        dev, model = r.choice([("my router", "TG-3468"), ("my router", "HH6A"), ("the phone", "SM-G991B"),
                               ("the phone", "iPhone 13 Pro 256GB"), ("boiler", "Vitodens 100-W 26kW"),
                               ("the modem", "F@ST 5866T"), ("the tv box", "EOS-7210"), ("my watch", "SM-R870")])
        t = [C(f"{dev} ({model}) keeps restarting " + r.choice(["every 20 mins", "3-4 times a day", "since 2023", "at like 9pm"])),
             A(f"Could you try firmware version {r.randint(1, 9)}.{r.randint(0, 20)}.{r.randint(100, 999)}? Speeds should be back to {r.choice([150, 500, 900])} Mbps.")]
        return t, "web chat/telecom: model numbers, firmware version, speeds"

    def n_meter(self):
        r, g = self.r, self.g
        t = [A("Can you send the meter reading?"),
             C(f"elec {g.digits(5)} gas {g.digits(5)}" + r.choice(["", " (took it at 8am)", " 📸"])),
             A(f"Thanks, your next bill is estimated at £{r.randint(60, 300)}.{r.randint(10, 99)}.")]
        return t, "SMS/utilities: meter readings (5 digits) and bill estimate"

    def n_meter_spoken(self):
        r, g = self.r, self.g
        t = [A("go ahead with the reading"), C("okay it's " + g.say(g.digits(5), zero=("oh", "zero")) + " on the day rate"),
             A("and the night rate"), C(g.say(g.digits(5)))]
        return t, "call/utilities: spoken meter readings"

    def n_percent(self):
        r = self.r
        t = [C(f"why did my rate go from {r.randint(2, 6)}.{r.randint(0, 9)}% to {r.randint(6, 12)}.{r.randint(0, 9)}%??"),
             A(f"The fixed term ended in {r.randint(2019, 2025)}. The standard variable rate is {r.randint(6, 9)}.{r.randint(10, 99)}% APR, and you've paid {r.randint(3, 60)} of {r.randint(60, 300)} instalments.")]
        return t, "web chat/banking: percentages, years, counts"

    def n_age_temp(self):
        r = self.r
        t = [C(f"my dad is {r.randint(70, 95)} and the heating's been off {r.randint(2, 5)} days, it's {r.randint(4, 12)} degrees in the house"),
             A(f"I'm so sorry. I've flagged it priority {r.randint(1, 3)}, and an engineer will be there within {r.randint(2, 8)} hours.")]
        return t, "web chat/utilities: age, temperature, durations"

    def n_age_spoken(self):
        r = self.r
        age = r.randint(60, 95)
        yrs = r.randint(5, 40)
        t = [C(f"i'm {self.g.say(str(age), pairs=1.0)} years old and i've been with you for {self.g.say(str(yrs), pairs=1.0) if yrs > 20 and yrs % 10 else TEENS[yrs - 10] if 10 <= yrs < 20 else UNITS[yrs] if yrs < 10 else TENS[yrs // 10]} years"),
             A(r.choice(["thank you for being with us so long", "we really appreciate that", "that's a long time thank you"]) + " it's been since " + self.g.year_spoken(2026 - yrs)),
             C(r.choice(["yeah about that and i pay forty five pound a month", "and the bill's gone up twelve pound", "and now it's sixty eight euro a month"]))]
        return t, "call/telecom: spoken ages, years, amounts"

    def n_contract(self):
        r = self.r
        d = f"{r.randint(1, 28):02d}/{r.randint(1, 12):02d}/{r.randint(2021, 2026)}"
        t = [A(f"Your contract started on {d} and runs for {r.choice([12, 18, 24, 36])} months."),
             C(f"ok and the last payment was on {r.randint(1, 28)}/{r.randint(1, 12)} right? for {r.choice(['£', '$', '€'])}{r.randint(20, 99)}.99"),
             A("Yes, that's right.")]
        return t, "web chat/telecom: contract start and payment dates (not DOB)"

    def n_quantity(self):
        r = self.r
        t = [C(f"i ordered {r.randint(2, 12)} x {r.choice(['500ml', '2kg', '1L', '750g'])} and got {r.randint(1, 3)}, also the {r.choice(['55 inch', '65in', '32 inch'])} tv box was damaged"),
             A(f"Sorry! I'll send the missing items. It'll be {r.randint(3, 5)}-{r.randint(6, 10)} working days and you'll get {r.randint(10, 30)}% off.")]
        return t, "chat/retail: quantities, sizes, percentages"

    def n_data(self):
        r = self.r
        t = [A(f"You've used {r.randint(1, 99)}.{r.randint(1, 9)}GB of your {r.choice([100, 50, 30])}GB this month and {r.randint(200, 900)} minutes."),
             C(f"how?? i was on wifi. last month was {r.randint(5, 30)}gb"),
             A(f"I'll add a {r.randint(5, 20)}GB bolt-on for free until the {self._ord(r.randint(1, 28))}.")]
        return t, "app chat/telecom: data usage figures"

    def n_refund_time(self):
        r = self.r
        t = [C("when will i get the refund"),
             A(f"Refunds take {r.randint(3, 10)} to {r.randint(11, 14)} working days. Yours for £{r.randint(5, 500)}.{r.randint(0, 99):02d} was issued at {r.randint(10, 23)}:{r.randint(10, 59)} on {r.randint(1, 28)} {r.choice(MON3).capitalize()}."),
             C("ok thx " + self.emo())]
        return t, "web chat/retail: refund amount, time and date"

    def n_year_spoken(self):
        r = self.r
        t = [A(r.choice(["when did you buy the car", "what year is the car", "how old's the vehicle"])),
             C(r.choice(["twenty nineteen i think", "two thousand and fifteen", "it's a twenty twenty one reg", "twenty seventeen"]) + " it had about "
               + r.choice(["forty two thousand", "sixty one thousand", "eighteen thousand five hundred", "ninety thousand"]) + " miles on it"),
             A(r.choice(["okay and it's the two litre diesel", "and it's the one point six petrol", "okay and the engine size"])),
             C(r.choice(["yeah nineteen sixty eight cc or something", "fourteen ninety nine cc", "about two thousand cc"]))]
        return t, "call/insurance: years, mileage, engine size"

    def n_speed(self):
        r = self.r
        t = [C(f"speedtest says {r.randint(2, 40)}.{r.randint(0, 9)} down {r.randint(1, 9)} up, paying for {r.choice([300, 500, 900])}!!! ping {r.randint(20, 200)}ms"),
             A(f"I can see line errors since {r.randint(1, 12)}:{r.randint(10, 59)} this morning. Ticket {r.randint(10000, 99999)} raised.")]
        return t, "social DM/telecom: speeds, ping, ticket number"

    def n_room_spoken(self):
        r, g = self.r, self.g
        room = str(r.randint(1, 9)) + g.digits(2)
        t = [C(f"i'm in room {g.say(room, doubles=0.3)} and the {r.choice(['shower', 'air con', 'kettle', 'tv'])}'s been broken since {r.choice(['tuesday', 'last night', 'we arrived'])}"),
             A(f"sorry about that room {g.say(room, pairs=1.0, doubles=0)} i'll send maintenance up in about {r.choice(['twenty minutes', 'half an hour', 'ten minutes'])}"),
             C(f"thanks we check out at {r.choice(['eleven', 'ten', 'noon'])} on the {r.choice(ORD)}")]
        return t, "call/travel: hotel room number, times, dates"

    def n_balance_spoken(self):
        r = self.r
        t = [A("your balance is " + r.choice(["one thousand three hundred and six pounds twenty", "four hundred and eighty two dollars",
                                              "two thousand and nine euro fifty", "seven hundred and seventy seven pounds"])
               + " and your minimum payment is " + r.choice(["twenty five pounds", "thirty dollars", "forty euro"])),
             C("and the interest is what " + r.choice(["twenty two point nine percent", "nineteen point nine", "thirty four percent"])),
             A(r.choice(["twenty two point nine four percent yes", "it's nineteen point nine nine percent a p r", "thirty four point nine percent variable"]))]
        return t, "call/banking: spoken balance, minimum payment, interest rate"

    def n_last4(self):
        r = self.r
        t = [A("I can see two cards on the account, which one?"),
             C(f"the one ending {r.randint(1000, 9999)} pls"),
             A(f"Done, the £{r.randint(10, 99)}.{r.randint(10, 99)} charge from {r.randint(1, 28)} {r.choice(MON3).capitalize()} is refunded.")]
        return t, "web chat/banking: card last four only with amounts (not a full card)"

    def n_pin_count(self):
        r = self.r
        t = [C(f"locked out after {r.randint(3, 5)} tries, waited {r.randint(10, 60)} mins, still locked 😡"),
             A(f"I've reset it. You'll get a code valid for {r.choice([5, 10, 15])} minutes. Please allow up to {r.randint(1, 24)} hours for the app to sync.")]
        return t, "app chat/banking: counts and durations"

    NEG = ["n_money", "n_money_spoken", "n_order_ref", "n_ref_spoken", "n_times", "n_appt_spoken", "n_flight",
           "n_flight_spoken", "n_model", "n_meter", "n_meter_spoken", "n_percent", "n_age_temp", "n_age_spoken",
           "n_contract", "n_quantity", "n_data", "n_refund_time", "n_year_spoken", "n_speed", "n_room_spoken",
           "n_balance_spoken", "n_last4", "n_pin_count"]
    TYPED_POS = ["t_card_cvv_exp", "t_card_split", "t_ssn_sms", "t_ssn_split_typed", "t_ni_chat", "t_ni_split",
                 "t_email_bank", "t_iban_dm", "t_phone_email", "t_address_change", "t_dob_postcode", "t_copy_paste",
                 "t_us_bank", "t_phone_typo", "t_mixed_form", "t_ni_typos", "t_ssn_email", "t_sort_code_chat",
                 "t_sms_all_in_one", "t_dm_delivery", "t_iban_email", "t_card_interrupted"]
    SPOKEN_POS = ["s_card_digits", "s_card_split", "s_card_selfcorrect", "s_ssn", "s_ssn_readback", "s_ni", "s_ni_split",
                  "s_bank", "s_bank_one_turn", "s_phone_email", "s_address", "s_dob", "s_iban", "s_exp_cvv_one",
                  "s_us_phone_area", "s_email_spelled", "s_dob_numeric"]


N_TYPED_ROUNDS = 6   # 21 templates x 6 = 126 typed positives
N_SPOKEN_ROUNDS = 4  # 17 templates x 4 = 68 spoken positives
N_NEG_ROUNDS = 5     # 24 templates x 5 = 120 negatives


def generate():
    rng = random.Random(SEED)
    b = Builder(rng)
    pos, neg = [], []
    for _ in range(N_TYPED_ROUNDS):
        for name in Builder.TYPED_POS:
            pos.append(getattr(b, name)())
    for _ in range(N_SPOKEN_ROUNDS):
        for name in Builder.SPOKEN_POS:
            pos.append(getattr(b, name)())
    for _ in range(N_NEG_ROUNDS):
        for name in Builder.NEG:
            neg.append(getattr(b, name)())
    rng.shuffle(pos)
    rng.shuffle(neg)
    cases = []
    for i, (turns, note) in enumerate(pos, 1):
        t, s = build(turns)
        cases.append({"id": f"h76-pos-{i:03d}", "kind": "positive", "turns": t, "spans": s, "note": note})
    for i, (turns, note) in enumerate(neg, 1):
        t, s = build(turns)
        cases.append({"id": f"h76-neg-{i:03d}", "kind": "negative", "turns": t, "spans": s, "note": note})
    return cases


def public(case):
    c = dict(case)
    c["spans"] = [{k: v for k, v in s.items() if k != "_g"} for s in case["spans"]]
    return c


def serialise(cases):
    return "".join(json.dumps(public(c), ensure_ascii=False) + "\n" for c in cases)


def counts(cases):
    cnt = Counter(s["type"] for c in cases for s in c["spans"])
    return cnt


def verify(cases):
    problems = []
    ids = set()
    for c in cases:
        cid = c["id"]
        if cid in ids:
            problems.append(f"{cid}: duplicate id")
        ids.add(cid)
        if c["kind"] == "negative" and c["spans"]:
            problems.append(f"{cid}: negative case has spans")
        if c["kind"] == "positive" and not c["spans"]:
            problems.append(f"{cid}: positive case has no spans")
        for t in c["turns"]:
            if t["speaker"] not in ("agent", "customer") or not t["text"]:
                problems.append(f"{cid}: bad turn {t!r}")
        per_turn = {}
        groups = {}
        for s in c["spans"]:
            if s["type"] not in TYPES:
                problems.append(f"{cid}: bad type {s['type']}")
                continue
            if not (0 <= s["turn"] < len(c["turns"])):
                problems.append(f"{cid}: span turn out of range")
                continue
            text = c["turns"][s["turn"]]["text"]
            st, en = s["start"], s["end"]
            if not (0 <= st < en <= len(text)):
                problems.append(f"{cid}: offsets out of range {s}")
                continue
            val = text[st:en]
            if val != val.strip() or not (val[0].isalnum() or val[0] in "+(") or not val[-1].isalnum():
                problems.append(f"{cid}: span not trimmed to alnum {val!r}")
            if st > 0 and text[st - 1].isalnum():
                problems.append(f"{cid}: span start not on word boundary {val!r}")
            if en < len(text) and text[en].isalnum():
                problems.append(f"{cid}: span end not on word boundary {val!r}")
            per_turn.setdefault(s["turn"], []).append((st, en))
            if s.get("_g"):
                groups.setdefault(s["_g"], []).append((s["type"], val))
            else:
                err = validate(s["type"], val)
                if err:
                    problems.append(f"{cid}: {err}")
        for g, items in groups.items():
            typs = {t for t, _ in items}
            if len(typs) != 1:
                problems.append(f"{cid}: group {g} mixes types")
                continue
            err = validate(items[0][0], " ".join(v for _, v in items))
            if err:
                problems.append(f"{cid}: (split) {err}")
        for ti, lst in per_turn.items():
            lst.sort()
            for (a1, b1), (a2, b2) in zip(lst, lst[1:]):
                if a2 < b1:
                    problems.append(f"{cid}: overlapping spans in turn {ti}")
    cnt = counts(cases)
    npos = sum(c["kind"] == "positive" for c in cases)
    nneg = sum(c["kind"] == "negative" for c in cases)
    if npos < 170:
        problems.append(f"only {npos} positives")
    if nneg < 100:
        problems.append(f"only {nneg} negatives")
    for t in TYPES:
        need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
        if cnt[t] < need:
            problems.append(f"type {t}: only {cnt[t]} spans (need {need})")
    return problems


def readme(cases):
    cnt = counts(cases)
    npos = sum(c["kind"] == "positive" for c in cases)
    nneg = sum(c["kind"] == "negative" for c in cases)
    typed = sum(1 for c in cases if c["kind"] == "positive" and not c["note"].startswith("call/"))
    rows = "\n".join(f"| {t} | {cnt[t]} |" for t in TYPES)
    return f"""# PII hold-out set 76

**Never use this set for tuning.** It exists only to measure the redactor on data
it was not developed against. Do not add these cases to unit tests, do not tweak
patterns until they pass, and do not read it while changing redaction code.

## Who wrote it and how

Written by an AI helper acting as an independent author. The author did **not**
see the redaction code, its tests, its documentation or its benchmark, nor any
other hold-out set; the only thing looked at was a three-line example of the
JSONL format. Cases are produced by `scripts/make_pii_holdout76.py` from template
functions: every turn is assembled from plain-text segments and `(value, TYPE)`
segments, so span offsets are computed, never typed by hand. All values come
from one `random.Random({SEED})`; the output is byte-for-byte reproducible.

`python scripts/make_pii_holdout76.py --check` regenerates the set and verifies
that the file is identical, ids are unique, offsets are in range and on word
boundaries, spans do not overlap, and every value validates after normalising
spoken forms (Luhn for cards, mod-97 for IBANs, NI format, 9 digits for SSNs,
6 for sort codes, digit counts for CVV/phone/account, UK postcode / US ZIP
shapes, month+year for DOB, number + street word for addresses). Values split
across turns are validated after joining their parts.

Emphasis: about two thirds of positives are typed channels (web chat, SMS,
e-mail bodies, social/WhatsApp DMs, app chat) with messy typing; the rest are
phone calls written as ASR transcripts (lower case, numbers as words, "oh",
"nought", "double"/"triple", pairs such as "forty one", letters as "b for
bravo" or homophones like "see"/"jay"/"are", values split over turns with
back-channels, agent read-backs, fillers inside readings).

## Annotation conventions

* A span covers the value only: the digits/letters of the value plus the
  separators, spaces, filler words ("um", "uh") and spoken-form words
  ("double", "triple", "for bravo", "as in") that lie *inside* the reading.
  Lead-in words ("it's", "card:", "my social is") and trailing words are outside.
* A value split over several turns gets one span per turn (all of the same type);
  each part must be redacted.
* Agent read-backs of a value are labelled too.
* Phone numbers include the international prefix ("+44", "plus four four",
  "0044") when present.
* E-mail spans cover the whole address, spoken ("j dot doe at gmail dot com")
  or typed.
* ADDRESS is the street part: optional flat/apartment, house number and street
  name. City/town is not labelled; the postcode/ZIP is a separate POSTCODE span.
* DOB covers the whole date (day, month, year) when given in a date-of-birth
  context. Other dates (appointments, payments, contract starts) are not labelled.
* EXPIRY covers month and year; CVV the 3/4 digit code only.
* NI numbers use valid prefixes only (no D/F/I/Q/U/V, no O second, not BG/GB/NK/KN/TN/NT/ZZ)
  and suffix A-D; spoken "o"/"oh" is read as zero except in a postcode's leading letters.
* A false start of two digits before a self-correction is not labelled; the
  full value that follows is.
* Unlabelled non-PII numbers appear in positives as well (amounts, invoice and
  claim numbers with their reference word, balances, dates).
* Negative cases contain no PII at all: money, prices, times, durations, counts,
  quantities, years, percentages, non-birth dates, order/ticket/claim/invoice/
  booking references (5-10 digits, with their reference word), flight and room
  numbers, model numbers, firmware versions, meter readings, speeds, ages,
  temperatures, balances, a card's last four digits only.

## Counts

Positives: {npos} ({typed} typed channels, {npos - typed} calls). Negatives: {nneg}.

| type | spans |
|---|---|
{rows}

Scoring reminder: a span is found when every letter/digit inside it is covered by
a redaction; a negative case fails if anything in it is redacted.
"""


def main(argv):
    cases = generate()
    data = serialise(cases)
    rd = readme(cases)
    problems = verify(cases)
    if "--check" in argv:
        if not CASES.exists() or CASES.read_text(encoding="utf-8") != data:
            problems.append("cases.jsonl differs from regenerated output (run without --check)")
        if not README.exists() or README.read_text(encoding="utf-8") != rd:
            problems.append("README.md differs from regenerated output")
        # re-verify from the file itself (offsets/boundaries)
        if CASES.exists():
            for line in CASES.read_text(encoding="utf-8").splitlines():
                c = json.loads(line)
                for s in c["spans"]:
                    txt = c["turns"][s["turn"]]["text"]
                    if not (0 <= s["start"] < s["end"] <= len(txt)):
                        problems.append(f"{c['id']}: file offsets out of range")
    else:
        OUT_DIR.mkdir(parents=True, exist_ok=True)
        CASES.write_text(data, encoding="utf-8")
        README.write_text(rd, encoding="utf-8")
    cnt = counts(cases)
    npos = sum(c["kind"] == "positive" for c in cases)
    nneg = sum(c["kind"] == "negative" for c in cases)
    print(f"cases: {len(cases)} (positive {npos}, negative {nneg})")
    for t in TYPES:
        print(f"  {t:13s} {cnt[t]}")
    if problems:
        print(f"PROBLEMS ({len(problems)}):")
        for p in problems[:60]:
            print("  " + p)
        return 1
    print("OK" if "--check" in argv else f"wrote {CASES.relative_to(ROOT)} and {README.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set h294.

Written by an independent AI helper that did not see the redaction code.
Every turn is assembled from plain-text segments and (value, TYPE) segments so
span offsets are computed, never typed by hand.  Deterministic: one
random.Random(294241125).

    python scripts/make_pii_holdout294.py          # write fixture + README
    python scripts/make_pii_holdout294.py --check  # regenerate and verify
"""
import json
import os
import re
import sys
import random
from collections import Counter

SEED = 294241125
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout294")
CASES = os.path.join(OUT_DIR, "cases.jsonl")
README = os.path.join(OUT_DIR, "README.md")
TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE",
         "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]
MIN_SPANS = {t: 12 for t in TYPES}
MIN_SPANS.update({"CARD_NUMBER": 30, "NI_NUMBER": 30, "SSN": 30})

# ----------------------------------------------------------------- spoken forms
ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
DIGW = {w: str(i) for i, w in enumerate(ONES)}
DIGW.update({"oh": "0", "o": "0", "nought": "0", "naught": "0",
             "to": "2", "too": "2", "for": "4", "ate": "8", "won": "1"})
UNITW = {w: i for i, w in enumerate(ONES) if i > 0}
TEENW = {w: 10 + i for i, w in enumerate(TEENS)}
TENSW = {w: 10 * i for i, w in enumerate(TENS) if w}
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "f": "foxtrot",
        "g": "golf", "h": "hotel", "i": "india", "j": "juliet", "k": "kilo", "l": "lima",
        "m": "mike", "n": "november", "o": "oscar", "p": "papa", "q": "quebec", "r": "romeo",
        "s": "sierra", "t": "tango", "u": "uniform", "v": "victor", "w": "whiskey",
        "x": "x-ray", "y": "yankee", "z": "zulu"}
ALT_SPELL = {"b": "bob", "d": "david", "m": "mother", "n": "nancy", "s": "sugar",
             "t": "tom", "p": "peter", "f": "freddie", "c": "charlie"}
STOP2 = {"um", "uh", "er", "so", "ok", "is", "it", "in", "as", "my", "me", "no", "on",
         "at", "an", "of", "eh", "ah", "hm"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
       "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
       "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth",
       "twenty first", "twenty second", "twenty third", "twenty fourth", "twenty fifth",
       "twenty sixth", "twenty seventh", "twenty eighth"]


def norm_symbols(text):
    """Spoken / typed value -> upper-case string of digits and letters."""
    toks = re.findall(r"[A-Za-z]+-[A-Za-z]+|[A-Za-z0-9]+", text)
    out = []
    i = 0
    n = len(toks)
    while i < n:
        t = toks[i]
        low = t.lower()
        nxt = toks[i + 1].lower() if i + 1 < n else ""
        if t.isdigit():
            out.append(t)
        elif re.search(r"\d", t):
            out.append(t.upper())
        elif len(low) == 1 and i + 2 < n and nxt == "for" and \
                toks[i + 2].lower()[0] == low and toks[i + 2].lower() not in DIGW:
            out.append(low.upper()); i += 3; continue
        elif len(low) == 1 and i + 3 < n and nxt == "as" and \
                toks[i + 2].lower() == "in" and toks[i + 3].lower()[0] == low:
            out.append(low.upper()); i += 4; continue
        elif low in ("double", "triple") and nxt in DIGW:
            out.append(DIGW[nxt] * (2 if low == "double" else 3)); i += 2; continue
        elif low in TENSW:
            if nxt in UNITW:
                out.append(str(TENSW[low] + UNITW[nxt])); i += 2; continue
            out.append(str(TENSW[low]))
        elif low in TEENW:
            out.append(str(TEENW[low]))
        elif low == "hundred":
            if nxt in TENSW:
                v = TENSW[nxt]
                if i + 2 < n and toks[i + 2].lower() in UNITW:
                    v += UNITW[toks[i + 2].lower()]; i += 1
                out.append("%02d" % v); i += 2; continue
            if nxt in TEENW:
                out.append(str(TEENW[nxt])); i += 2; continue
            out.append("00")
        elif low in DIGW:
            out.append(DIGW[low])
        elif len(low) == 1:
            out.append(low.upper())
        elif t.isupper():
            out.append(t)
        elif len(low) == 2 and low not in STOP2:
            out.append(low.upper())
        i += 1
    return "".join(out).upper()


def norm_email(text):
    if "@" in text:
        return text.strip().lower()
    words = re.findall(r"[A-Za-z0-9]+", text.lower())
    out = []
    for w in words:
        if w == "at":
            out.append("@")
        elif w == "dot":
            out.append(".")
        elif w == "underscore":
            out.append("_")
        elif w in ("dash", "hyphen"):
            out.append("-")
        elif w in ONES:
            out.append(DIGW[w])
        else:
            out.append(w)
    return "".join(out)


def luhn_ok(d):
    s = 0
    for i, ch in enumerate(reversed(d)):
        v = int(ch)
        if i % 2:
            v *= 2
            if v > 9:
                v -= 9
        s += v
    return s % 10 == 0


def luhn_complete(body):
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def iban_ok(s):
    s = s.upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in r)) % 97 == 1


def iban_make(cc, bban):
    r = bban + cc + "00"
    v = int("".join(str(int(ch, 36)) for ch in r)) % 97
    return cc + "%02d" % (98 - v) + bban


NI_RE = re.compile(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]")
UKPC_RE = re.compile(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}")
ZIP_RE = re.compile(r"\d{5}(\d{4})?")
SUFFIX = ("street", "road", "avenue", "lane", "drive", "close", "way", "court", "crescent",
          "place", "terrace", "boulevard", "st", "rd", "ave", "ln", "dr", "grove", "gardens",
          "park", "row", "hill", "square", "blvd", "parkway", "strasse", "straße")


def validate(typ, text):
    """Return error string or None.  Partial (split) values return 'partial'."""
    if typ == "EMAIL":
        e = norm_email(text)
        return None if re.fullmatch(r"[a-z0-9._-]+@[a-z0-9-]+(\.[a-z0-9-]+)+", e) else "bad email %r" % e
    if typ == "ADDRESS":
        low = text.lower()
        words = re.findall(r"[a-zß]+|\d+", low)
        if not words or not (words[0].isdigit() or words[0] in DIGW or words[0] in TENSW
                              or words[0] in TEENW or words[0] in ("flat", "apartment", "unit")):
            return "address does not start with number"
        if not any(w in SUFFIX for w in words):
            return "address has no street suffix"
        return None
    if typ == "DOB":
        low = text.lower()
        s = norm_symbols(text)
        if any(m in low for m in MONTHS) or re.search(r"\d{6,8}", s) or \
                re.search(r"(19|20)\d\d", s):
            return None
        return "bad dob"
    if typ == "EXPIRY":
        low = text.lower()
        s = norm_symbols(text)
        if any(m in low for m in MONTHS):
            return None
        if re.fullmatch(r"(0[1-9]|1[0-2])(20)?\d\d", s):
            return None
        return "bad expiry %r" % s
    s = norm_symbols(text)
    if typ == "CARD_NUMBER":
        if not s.isdigit() or len(s) < 13:
            return "partial"
        return None if len(s) <= 19 and luhn_ok(s) else "bad card %r" % s
    if typ == "CVV":
        return None if s.isdigit() and len(s) in (3, 4) else "bad cvv %r" % s
    if typ == "SSN":
        if s.isdigit() and len(s) < 9:
            return "partial"
        return None if s.isdigit() and len(s) == 9 else "bad ssn %r" % s
    if typ == "NI_NUMBER":
        if len(s) < 9:
            return "partial"
        return None if NI_RE.fullmatch(s) else "bad ni %r" % s
    if typ == "SORT_CODE":
        if s.isdigit() and len(s) < 6:
            return "partial"
        return None if s.isdigit() and len(s) == 6 else "bad sort %r" % s
    if typ == "BANK_ACCOUNT":
        if s.isdigit() and len(s) < 6:
            return "partial"
        return None if s.isdigit() and 6 <= len(s) <= 12 else "bad account %r" % s
    if typ == "IBAN":
        if len(s) < 15:
            return "partial"
        return None if iban_ok(s) else "bad iban %r" % s
    if typ == "PHONE":
        if s.isdigit() and len(s) < 10:
            return "partial"
        return None if s.isdigit() and 10 <= len(s) <= 13 else "bad phone %r" % s
    if typ == "POSTCODE":
        return None if UKPC_RE.fullmatch(s) or ZIP_RE.fullmatch(s) else "bad postcode %r" % s
    return "unknown type"


# ----------------------------------------------------------------- generator
class Gen:
    def __init__(self):
        self.r = random.Random(SEED)

    # --- spoken helpers
    def zero(self, uk=True):
        r = self.r
        return r.choice(["oh", "oh", "zero", "nought", "o"] if uk else ["oh", "oh", "zero", "o"])

    def say_digits(self, s, uk=True, doubles=True, homo=True):
        r = self.r
        z = self.zero(uk)
        out = []
        i = 0
        while i < len(s):
            d = s[i]
            w = z if d == "0" else ONES[int(d)]
            if homo and d in "248" and r.random() < 0.12:
                w = {"2": "to", "4": "for", "8": "ate"}[d]
            if doubles and i + 2 < len(s) and s[i + 1] == d and s[i + 2] == d and r.random() < 0.6:
                out.append("triple " + (z if d == "0" else ONES[int(d)])); i += 3; continue
            if doubles and i + 1 < len(s) and s[i + 1] == d and r.random() < 0.7:
                out.append("double " + (z if d == "0" else ONES[int(d)])); i += 2; continue
            out.append(w)
            i += 1
        return " ".join(out)

    def say_pair(self, p, uk=True):
        n = int(p)
        if p[0] == "0":
            return self.zero(uk) + " " + (self.zero(uk) if n == 0 else ONES[n])
        if n < 20:
            return TEENS[n - 10]
        return TENS[n // 10] + ("" if n % 10 == 0 else " " + ONES[n % 10])

    def say_group(self, s, uk=True, mode=None):
        r = self.r
        mode = mode or r.choice(["d", "d", "d", "p"])
        if mode == "p" and len(s) % 2 == 0:
            return " ".join(self.say_pair(s[i:i + 2], uk) for i in range(0, len(s), 2))
        return self.say_digits(s, uk)

    def speak(self, s, groups, uk=True, sep=" ", fillers=True, mode=None):
        """speak a digit string in given group sizes; verified by normaliser."""
        r = self.r
        for _ in range(6):
            parts = []
            i = 0
            for g in groups:
                parts.append(self.say_group(s[i:i + g], uk, mode))
                i += g
            if i < len(s):
                parts.append(self.say_group(s[i:], uk, mode))
            if fillers and len(parts) > 2 and r.random() < 0.3:
                k = r.randrange(1, len(parts))
                parts[k] = r.choice(["um", "uh", "er", "erm"]) + " " + parts[k]
            txt = sep.join(parts)
            if norm_symbols(txt) == s:
                return txt
        return " ".join(ONES[int(d)] for d in s)

    # --- values
    def card(self):
        r = self.r
        k = r.choice(["visa", "visa", "mc", "mc", "amex", "disc", "visa13"])
        if k == "visa":
            body = "4" + "".join(r.choice("0123456789") for _ in range(14))
        elif k == "visa13":
            body = "4" + "".join(r.choice("0123456789") for _ in range(11))
        elif k == "mc":
            body = "5" + r.choice("12345") + "".join(r.choice("0123456789") for _ in range(13))
        elif k == "amex":
            body = "3" + r.choice("47") + "".join(r.choice("0123456789") for _ in range(12))
        else:
            body = "6011" + "".join(r.choice("0123456789") for _ in range(11))
        return luhn_complete(body)

    def card_groups(self, c):
        if len(c) == 15:
            return [4, 6, 5]
        if len(c) == 13:
            return [4, 3, 3, 3]
        return [4, 4, 4, 4]

    def card_typed(self, c):
        r = self.r
        sep = r.choice([" ", " ", "-", "", " ", "  "])
        out = []
        i = 0
        for g in self.card_groups(c):
            out.append(c[i:i + g]); i += g
        return sep.join(out)

    def digits(self, n, first="123456789"):
        r = self.r
        return r.choice(first) + "".join(r.choice("0123456789") for _ in range(n - 1))

    def ssn(self):
        r = self.r
        while True:
            a = r.randint(1, 899)
            if a != 666:
                break
        return "%03d%02d%04d" % (a, r.randint(1, 99), r.randint(1, 9999))

    def ni(self):
        r = self.r
        while True:
            p = r.choice("ABCEGHJKLMNPRSTWXYZ") + r.choice("ABCEGHJKLMNPRSTWXYZ")
            if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
                break
        return p + "".join(r.choice("0123456789") for _ in range(6)) + r.choice("ABCD")

    def letter_say(self, ch):
        r = self.r
        ch = ch.lower()
        if ch == "o":
            return "o for oscar"
        x = r.random()
        if x < 0.22 and ch in NATO:
            return "%s for %s" % (ch, NATO[ch])
        if x < 0.3 and ch in ALT_SPELL:
            return "%s as in %s" % (ch, ALT_SPELL[ch])
        return ch

    def ni_spoken(self, v):
        r = self.r
        for _ in range(6):
            mode = r.choice(["d", "p", "d"])
            mid = self.speak(v[2:8], [2, 2, 2], uk=True, mode=mode, fillers=False)
            txt = "%s %s %s %s" % (self.letter_say(v[0]), self.letter_say(v[1]), mid,
                                   self.letter_say(v[8]))
            if norm_symbols(txt) == v:
                return txt
        return " ".join(v.lower())

    def ni_typed(self, v):
        r = self.r
        f = r.choice(["sp", "none", "lower", "sp2"])
        if f == "sp":
            return "%s %s %s %s %s" % (v[:2], v[2:4], v[4:6], v[6:8], v[8])
        if f == "none":
            return v
        if f == "lower":
            return v.lower()
        return "%s%s %s" % (v[:2], v[2:8], v[8])

    def sort(self):
        r = self.r
        return r.choice(["20", "40", "30", "60", "77", "09", "11", "83", "90", "16"]) + \
            "".join(r.choice("0123456789") for _ in range(4))

    def iban(self, cc):
        r = self.r
        L = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
        if cc == "GB":
            bban = r.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + self.sort() + self.digits(8)
        elif cc == "IE":
            bban = r.choice(["AIBK", "BOFI", "IPBS"]) + self.digits(6) + self.digits(8)
        elif cc == "DE":
            bban = self.digits(18)
        elif cc == "NL":
            bban = r.choice(["ABNA", "INGB", "RABO"]) + self.digits(10, "0123456789")
        elif cc == "FR":
            bban = self.digits(23)
        else:  # ES
            bban = self.digits(20)
        return iban_make(cc, bban)

    def iban_typed(self, v):
        r = self.r
        if r.random() < 0.6:
            return " ".join(v[i:i + 4] for i in range(0, len(v), 4))
        return v if r.random() < 0.6 else v.lower()

    def iban_spoken(self, v):
        for _ in range(6):
            parts = []
            for i in range(0, len(v), 4):
                chunk = v[i:i + 4]
                ws = []
                for ch in chunk:
                    ws.append(self.letter_say(ch) if ch.isalpha() else
                              (self.zero(False) if ch == "0" else ONES[int(ch)]))
                parts.append(" ".join(ws))
            txt = " ".join(parts)
            if norm_symbols(txt) == v:
                return txt
        return " ".join(ch.lower() if ch.isalpha() else ONES[int(ch)] for ch in v)

    def phone(self, country):
        r = self.r
        if country == "UK":
            if r.random() < 0.7:
                d = "07" + r.choice("4579") + self.digits(8, "0123456789")
                return d, [5, 6], "+44 " + d[1:5] + " " + d[5:], d[:5] + " " + d[5:]
            d = "0" + r.choice(["161", "113", "121", "117", "131", "141", "20"]) 
            d = d + self.digits(11 - len(d), "2345678")
            return d, [len(d) - 7, 3, 4], "+44 " + d[1:], d[:len(d) - 7] + " " + d[len(d) - 7:]
        if country == "US":
            d = self.digits(3, "2345789") + self.digits(7, "2345678")
            return d, [3, 3, 4], "+1 %s-%s-%s" % (d[:3], d[3:6], d[6:]), \
                r.choice(["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s"]) % (d[:3], d[3:6], d[6:])
        if country == "IE":
            d = "08" + r.choice("35679") + self.digits(7, "0123456789")
            return d, [3, 3, 4], "+353 " + d[1:3] + " " + d[3:6] + " " + d[6:], \
                d[:3] + " " + d[3:6] + " " + d[6:]
        d = "015" + self.digits(8, "0123456789")
        return d, [4, 3, 4], "+49 " + d[1:4] + " " + d[4:], d[:4] + " " + d[4:]

    def phone_render(self, country, ch):
        r = self.r
        d, groups, intl, nat = self.phone(country)
        if ch == "chat":
            if r.random() < 0.3:
                return intl
            if r.random() < 0.2:
                return d
            return nat
        uk = country != "US"
        if r.random() < 0.2 and country != "US":
            cc = {"UK": "44", "IE": "353", "EU": "49"}[country]
            rest = d[1:]
            txt = "plus " + self.speak(cc, [len(cc)], uk, fillers=False, mode="d") + " " + \
                self.speak(rest, groups[:-1] + [groups[-1]], uk)
            if norm_symbols(txt) == cc + rest:
                return txt
        return self.speak(d, groups, uk)

    FIRST = ["james", "sarah", "tom", "priya", "liam", "aoife", "mark", "chloe", "dave",
             "nadia", "owen", "grace", "raj", "emma", "sean", "maria", "kev", "lucy"]
    LAST = ["walsh", "patel", "okafor", "murphy", "smith", "nguyen", "obrien", "garcia",
            "fischer", "jones", "kelly", "brown", "dubois", "hughes", "novak", "reid"]
    DOMS = ["gmail.com", "hotmail.co.uk", "yahoo.com", "outlook.com", "icloud.com",
            "btinternet.com", "eircom.net", "gmx.de", "aol.com", "live.ie"]

    def email(self, ch):
        r = self.r
        f, l = r.choice(self.FIRST), r.choice(self.LAST)
        sep = r.choice([".", "_", "", "."])
        num = str(r.randint(1, 99)) if r.random() < 0.4 else ""
        local = r.choice([f + sep + l, f[0] + sep + l, f + sep + l + num, l + f[0] + num])
        dom = r.choice(self.DOMS)
        e = local + "@" + dom
        if ch == "chat":
            return e.upper() if r.random() < 0.05 else e
        # spoken
        words = []
        for piece in re.findall(r"[a-z]+|\d|[._@-]", e):
            if piece == ".":
                words.append("dot")
            elif piece == "_":
                words.append("underscore")
            elif piece == "@":
                words.append("at")
            elif piece.isdigit():
                words.append(ONES[int(piece)])
            elif len(piece) == 1:
                words.append(piece)
            else:
                words.append(piece)
        txt = " ".join(words)
        assert norm_email(txt) == e, (txt, e)
        return txt

    def dob(self, ch, uk=True):
        r = self.r
        y = r.randint(1942, 2004)
        m = r.randint(1, 12)
        d = r.randint(1, 28)
        if ch == "chat":
            f = r.choice(["num", "num", "text", "iso"])
            if f == "num":
                return ("%02d/%02d/%d" % (d, m, y)) if uk else ("%02d/%02d/%d" % (m, d, y))
            if f == "iso":
                return "%d-%02d-%02d" % (y, m, d)
            return r.choice(["%d %s %d", "%d%s %s %d"]) % ((d, MONTHS[m - 1].capitalize(), y)
                if r.random() < 0.5 else (d, "th", MONTHS[m - 1], y)) \
                if False else "%d %s %d" % (d, MONTHS[m - 1].capitalize(), y)
        yr = self.say_year(y)
        f = r.choice(["uk", "us", "num"])
        if f == "uk" or (uk and f == "us"):
            return "%s%s of %s %s" % (r.choice(["the ", ""]), ORD[d], MONTHS[m - 1], yr)
        if f == "us":
            return "%s %s %s" % (MONTHS[m - 1], ORD[d], yr)
        return "%s %s %s" % (self.say_pair("%02d" % d, uk), self.say_pair("%02d" % m, uk),
                             yr) if uk else "%s %s %s" % (self.say_pair("%02d" % m, uk),
                                                           self.say_pair("%02d" % d, uk), yr)

    def say_year(self, y):
        if y >= 2000:
            return "two thousand and " + (ONES[y - 2000] if y < 2010 else self.say_pair(str(y)[2:]))
        return "nineteen " + self.say_pair(str(y)[2:])

    def expiry(self, ch):
        r = self.r
        m = r.randint(1, 12)
        y = r.randint(26, 32)
        if ch == "chat":
            return r.choice(["%02d/%02d", "%02d/%02d", "%02d-%02d", "%02d/20%02d", "%02d%02d"]) % (m, y)
        f = r.choice(["pair", "pair", "month", "slash"])
        if f == "pair":
            return "%s %s" % (self.say_pair("%02d" % m), self.say_pair("%02d" % y))
        if f == "slash":
            return "%s slash %s" % (self.say_pair("%02d" % m), self.say_pair("%02d" % y))
        return "%s twenty %s" % (MONTHS[m - 1], self.say_pair("%02d" % y))

    UKPC = [("SW", "1A"), ("M", "4"), ("EH", "12"), ("B", "15"), ("LS", "6"), ("CF", "10"),
            ("BT", "7"), ("G", "31"), ("NE", "1"), ("BS", "8"), ("L", "17"), ("N", "16"),
            ("E", "14"), ("OX", "4"), ("CB", "2"), ("PL", "1"), ("SE", "22"), ("W", "1K")]

    def postcode(self, country, ch):
        r = self.r
        if country == "US":
            z = self.digits(5, "0123456789")
            if ch == "chat":
                return z + ("-" + self.digits(4, "0123456789") if r.random() < 0.25 else "")
            return self.speak(z, [5], False, fillers=False)
        a, dist = r.choice(self.UKPC)
        inward = str(r.randint(0, 9)) + r.choice("ABDEFGHJLNPQRSTUWXYZ") + r.choice("ABDEFGHJLNPQRSTUWXYZ")
        pc = a + dist + inward
        if ch == "chat":
            x = r.random()
            if x < 0.6:
                return a + dist + " " + inward
            return (a + dist + inward) if x < 0.8 else (a + dist + " " + inward).lower()
        for _ in range(6):
            parts = [self.letter_say(c) for c in a]
            dd = dist
            if dd.isdigit():
                parts.append(self.say_pair(dd) if len(dd) == 2 and r.random() < 0.5 and dd[0] != "0"
                             else " ".join(ONES[int(x)] for x in dd))
            else:
                parts.extend(ONES[int(x)] if x.isdigit() else x.lower() for x in dd)
            parts.append(ONES[int(inward[0])])
            parts.extend(self.letter_say(c) for c in inward[1:])
            txt = " ".join(parts)
            if norm_symbols(txt) == pc:
                return txt
        return " ".join(ONES[int(x)] if x.isdigit() else x.lower() for x in pc)

    STREETS = ["maple", "church", "station", "king", "victoria", "oak", "mill", "park",
               "elm", "highfield", "queen", "willow", "cedar", "riverside", "york", "grange"]
    SUFF_UK = ["road", "street", "lane", "avenue", "close", "drive", "crescent", "gardens",
               "terrace", "way"]
    SUFF_US = ["street", "avenue", "drive", "boulevard", "lane", "court", "road", "parkway"]

    def address(self, country, ch):
        r = self.r
        num = r.randint(2, 180) if country != "US" else r.randint(12, 9800)
        st = r.choice(self.STREETS)
        suf = r.choice(self.SUFF_US if country == "US" else self.SUFF_UK)
        if ch == "chat":
            if country == "US" and r.random() < 0.4:
                suf = {"street": "St", "avenue": "Ave", "drive": "Dr", "boulevard": "Blvd",
                       "lane": "Ln", "court": "Ct", "road": "Rd", "parkway": "Pkwy"}[suf]
                pre = "%d %s %s" % (num, st.capitalize(), suf)
                return pre if suf not in ("Ct", "Pkwy") else "%d %s Court" % (num, st.capitalize())
            base = "%d %s %s" % (num, st.capitalize(), suf.capitalize())
            if r.random() < 0.2:
                base = "Flat %d, %s" % (r.randint(1, 12), base)
            return base if r.random() < 0.85 else base.lower()
        if num >= 1000 and r.random() < 0.7:
            s = "%04d" % num
            ns = self.say_pair(s[:2]) + " " + self.say_pair(s[2:])
        elif num >= 1000:
            ns = self.say_digits(str(num), doubles=False, homo=False)
        elif num >= 100:
            ns = self.say_digits(str(num), doubles=False, homo=False) if r.random() < 0.5 else \
                ONES[num // 100] + " hundred" + ("" if num % 100 == 0 else " " + (
                    "and " if r.random() < 0.3 else "") + self.num_words(num % 100))
        else:
            ns = self.num_words(num)
        return "%s %s %s" % (ns, st, suf)

    def num_words(self, n):
        if n < 10:
            return ONES[n]
        if n < 20:
            return TEENS[n - 10]
        return TENS[n // 10] + ("" if n % 10 == 0 else " " + ONES[n % 10])


# ----------------------------------------------------------------- case builder
class Case:
    def __init__(self, note):
        self.turns = []
        self.spans = []
        self.note = note

    def t(self, spk, *segs):
        text = ""
        for seg in segs:
            if isinstance(seg, tuple):
                v, typ = seg
                while v and not v[0].isalnum():
                    text += v[0]
                    v = v[1:]
                tail = ""
                while v and not v[-1].isalnum():
                    tail = v[-1] + tail
                    v = v[:-1]
                st = len(text)
                text += v
                self.spans.append({"turn": len(self.turns), "start": st, "end": len(text),
                                   "type": typ})
                text += tail
            else:
                text += seg
        self.turns.append({"speaker": spk, "text": text})

    def A(self, *s):
        self.t("agent", *s)

    def C(self, *s):
        self.t("customer", *s)


COUNTRIES = ["UK", "UK", "UK", "US", "US", "US", "IE", "EU"]
INDUSTRY = {
    "UK": ["banking", "telecom", "utilities", "retail", "insurance", "government", "travel"],
    "US": ["banking", "telecom", "utilities", "retail", "insurance", "healthcare billing",
           "government", "travel"],
    "IE": ["banking", "utilities", "telecom", "insurance", "travel"],
    "EU": ["travel", "retail", "banking", "telecom"],
}
CUR = {"UK": ("£", "pounds"), "US": ("$", "dollars"), "IE": ("€", "euro"), "EU": ("€", "euro")}

PROBLEMS = {
    "banking": ["a payment I don't recognise", "my card being declined", "a transfer that hasn't arrived",
                "a fee on my statement"],
    "telecom": ["my bill going up", "the broadband dropping out", "roaming charges", "an upgrade"],
    "utilities": ["an estimated bill", "my direct debit amount", "a final meter reading",
                  "moving house"],
    "retail": ["an order that never arrived", "a refund", "a faulty item", "a store card payment"],
    "insurance": ["a claim on my car", "renewing my home policy", "a water leak claim",
                  "a premium increase"],
    "government": ["my tax code", "a benefits payment", "a missing letter", "my pension"],
    "travel": ["a cancelled flight", "a hotel refund", "changing a booking", "lost luggage"],
    "healthcare billing": ["a hospital bill", "an insurance denial", "a lab charge", "a payment plan"],
}


def money(g, country, ch, lo=5, hi=900):
    r = g.r
    sym, word = CUR[country]
    a = r.randint(lo, hi)
    p = r.randint(0, 99)
    if ch == "chat":
        return "%s%d.%02d" % (sym, a, p) if r.random() < 0.7 else "%s%d" % (sym, a)
    if a >= 100:
        aw = ONES[a // 100] + " hundred" + ("" if a % 100 == 0 else " and " + g.num_words(a % 100))
    else:
        aw = g.num_words(a)
    return "%s %s%s" % (aw, word, "" if p == 0 or r.random() < 0.5 else " " + g.num_words(p))


def ref_no(g, ch, n=None):
    r = g.r
    n = n or r.randint(6, 10)
    d = g.digits(n)
    word = r.choice(["reference", "order number", "ticket number", "claim number", "case number",
                     "invoice number", "booking reference"])
    if ch == "chat":
        pre = r.choice(["", "REF-", "#", "C"]) if word != "booking reference" else ""
        return word, pre + d
    return word, g.say_digits(d, doubles=True, homo=False)


def a_date(g, ch):
    r = g.r
    d = r.randint(1, 28)
    m = r.randint(1, 12)
    if ch == "chat":
        return r.choice(["%d %s" % (d, MONTHS[m - 1].capitalize()), "%02d/%02d" % (d, m)])
    return "the %s of %s" % (ORD[d], MONTHS[m - 1])


def a_time(g, ch):
    r = g.r
    h = r.randint(8, 18)
    mm = r.choice([0, 15, 30, 45])
    if ch == "chat":
        return "%d:%02d" % (h, mm)
    hh = h if h <= 12 else h - 12
    return g.num_words(hh) + ("" if mm == 0 else " " + g.num_words(mm)) + (" o'clock" if mm == 0 else "")


# ----------------------------------------------------------------- PII blocks
def blk_card(g, c, ch, country, split=False):
    r = g.r
    v = g.card()
    uk = country != "US"
    A, C = c.A, c.C
    A(r.choice(["okay i can take that payment now, what's the long number on the card",
                "go ahead with the card number when you're ready",
                "and the long number across the front please",
                "can i take the card number please"]) if ch == "call" else
      r.choice(["Please enter the long card number.", "What's the card number you'd like to use?"]))
    if ch == "chat":
        txt = g.card_typed(v)
        if r.random() < 0.5:
            C(r.choice(["sure its ", "ok ", "card is ", "", "here you go "]), (txt, "CARD_NUMBER"))
        else:
            C((txt, "CARD_NUMBER"), r.choice([" thats the visa", " (debit card)", "", " thx"]))
    elif split or r.random() < 0.45:
        i = 0
        groups = g.card_groups(v)
        first = True
        for gs in groups:
            part = g.speak(v[i:i + gs], [gs], uk, fillers=False)
            i += gs
            if first:
                C(r.choice(["right ", "yeah ", "okay so ", "it's "]), (part, "CARD_NUMBER"))
                first = False
            else:
                C((part, "CARD_NUMBER"))
            if i < len(v):
                A(r.choice(["mhm", "okay go on", "yep", "yeah", "uh huh", "got that"]))
    else:
        txt = g.speak(v, g.card_groups(v), uk)
        C(r.choice(["yeah it's ", "okay it's ", "right ", "", "so that's "]), (txt, "CARD_NUMBER"),
          r.choice(["", " that's the debit card", " i think yeah"]))
        if r.random() < 0.35:
            rb = g.speak(v, g.card_groups(v), uk, fillers=False)
            A("let me just read that back ", (rb, "CARD_NUMBER"), " is that right")
            C(r.choice(["yes that's it", "yep", "correct"]))
    return v


def blk_exp_cvv(g, c, ch, country):
    r = g.r
    if ch == "chat":
        c.A("And the expiry date and the 3 digit security code on the back?")
        e = g.expiry(ch)
        cvv = g.digits(3, "0123456789")
        if r.random() < 0.5:
            c.C("exp ", (e, "EXPIRY"), " cvv ", (cvv, "CVV"))
        else:
            c.C((e, "EXPIRY"), r.choice([" and ", ", "]), (cvv, "CVV"))
    else:
        c.A(r.choice(["and the expiry date", "what's the expiry on it", "and when does it expire"]))
        c.C(r.choice(["it's ", "", "um "]), (g.expiry(ch), "EXPIRY"))
        c.A(r.choice(["lovely and the three digit security code on the back",
                      "and the last three digits on the signature strip",
                      "thanks and the cvv please"]))
        cvv = g.digits(3, "0123456789")
        c.C(r.choice(["", "that's ", "uh "]), (g.say_digits(cvv, homo=False), "CVV"))


def blk_ssn(g, c, ch, country):
    r = g.r
    v = g.ssn()
    if ch == "chat":
        c.A(r.choice(["To verify, please provide your Social Security number.",
                      "Can I get your SSN to pull up the file?"]))
        f = r.choice(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s-%s-%s"])
        txt = f % (v[:3], v[3:5], v[5:])
        c.C(r.choice(["sure ", "ssn ", "its ", "", "ok "]), (txt, "SSN"),
            r.choice(["", " ", " thanks"]).rstrip())
    else:
        c.A(r.choice(["and can i get your social security number please",
                      "i'll need your social to verify the account",
                      "what's your social security number"]))
        if r.random() < 0.4:
            c.C(r.choice(["okay ", "sure ", "yeah "]), (g.speak(v[:3], [3], False, fillers=False), "SSN"))
            c.A(r.choice(["okay", "mhm", "go ahead"]))
            c.C((g.speak(v[3:5], [2], False, fillers=False), "SSN"))
            c.A(r.choice(["yep", "uh huh"]))
            c.C((g.speak(v[5:], [4], False, fillers=False), "SSN"))
        else:
            c.C(r.choice(["yeah it's ", "sure ", "it's uh ", ""]), (g.speak(v, [3, 2, 4], False), "SSN"))
    return v


def blk_ni(g, c, ch, country):
    r = g.r
    v = g.ni()
    if ch == "chat":
        c.A(r.choice(["Can you confirm your National Insurance number please?",
                      "What is your NI number?"]))
        c.C(r.choice(["yes it's ", "NI no: ", "", "its "]), (g.ni_typed(v), "NI_NUMBER"))
    else:
        c.A(r.choice(["can i take your national insurance number",
                      "and your national insurance number please",
                      "have you got your n i number there"]))
        if r.random() < 0.35:
            c.C(r.choice(["yeah hang on ", "okay it's "]),
                ("%s %s" % (g.letter_say(v[0]), g.letter_say(v[1])) + " " +
                 g.speak(v[2:4], [2], fillers=False), "NI_NUMBER"))
            c.A(r.choice(["mhm", "yep"]))
            c.C((g.speak(v[4:8], [2, 2], fillers=False) + " " + g.letter_say(v[8]), "NI_NUMBER"))
        else:
            c.C(r.choice(["yeah it's ", "it's ", "um ", ""]), (g.ni_spoken(v), "NI_NUMBER"))
        if r.random() < 0.3:
            c.A("so that's ", (g.ni_spoken(v), "NI_NUMBER"), " yeah")
            c.C("that's right")


def blk_bank_uk(g, c, ch, country):
    r = g.r
    s = g.sort()
    a = g.digits(8, "0123456789")
    if ch == "chat":
        c.A("What are the sort code and account number for the direct debit?")
        sf = r.choice(["%s-%s-%s", "%s %s %s", "%s%s%s"]) % (s[:2], s[2:4], s[4:])
        if r.random() < 0.5:
            c.C("sort code ", (sf, "SORT_CODE"), r.choice([" acc ", " account no ", ", account "]),
                (a, "BANK_ACCOUNT"))
        else:
            c.C((sf, "SORT_CODE"))
            c.C((a, "BANK_ACCOUNT"), r.choice(["", " is the account", " (current account)"]))
    else:
        c.A(r.choice(["okay what's the sort code", "can i have the sort code please"]))
        c.C(r.choice(["it's ", "", "right it's "]), (g.speak(s, [2, 2, 2], True, fillers=False), "SORT_CODE"))
        c.A(r.choice(["and the account number", "lovely and the eight digit account number"]))
        if r.random() < 0.4:
            c.C((g.speak(a[:4], [4], fillers=False), "BANK_ACCOUNT"))
            c.A("mhm")
            c.C((g.speak(a[4:], [4], fillers=False), "BANK_ACCOUNT"))
        else:
            c.C(r.choice(["", "that's ", "um "]), (g.speak(a, [4, 4]), "BANK_ACCOUNT"))


def blk_bank_us(g, c, ch, country):
    r = g.r
    a = g.digits(r.choice([10, 11, 12]), "0123456789")
    if ch == "chat":
        c.A("Which checking account should the refund go to? I'll need the account number.")
        c.C(r.choice(["acct ", "checking acct # ", "account number ", ""]), (a, "BANK_ACCOUNT"))
    else:
        c.A("and the checking account number")
        c.C(r.choice(["okay it's ", "", "yeah "]), (g.speak(a, [3, 3, len(a) - 6], False), "BANK_ACCOUNT"))


def blk_iban(g, c, ch, country):
    r = g.r
    cc = {"UK": "GB", "IE": "IE", "EU": r.choice(["DE", "NL", "FR", "ES"]), "US": "DE"}[country]
    v = g.iban(cc)
    if ch == "chat":
        c.A("For the refund we need your IBAN please.")
        c.C(r.choice(["IBAN: ", "here: ", "", "it is "]), (g.iban_typed(v), "IBAN"))
    else:
        c.A(r.choice(["i'll need the iban for the refund", "can you read me the iban please"]))
        if r.random() < 0.35 and len(v) > 16:
            h = 12
            c.C(r.choice(["okay ", "it's "]), (g.iban_spoken(v[:h]), "IBAN"))
            c.A(r.choice(["okay", "mhm go on"]))
            c.C((g.iban_spoken(v[h:]), "IBAN"))
        else:
            c.C(r.choice(["okay it's ", "right ", ""]), (g.iban_spoken(v), "IBAN"))


def blk_phone(g, c, ch, country):
    r = g.r
    if ch == "chat":
        c.A(r.choice(["What's the best number to reach you on?", "Can you confirm your mobile number?"]))
        c.C(r.choice(["", "mob ", "its ", "call me on "]), (g.phone_render(country, ch), "PHONE"))
    else:
        c.A(r.choice(["and a good contact number", "what's the best number to call you back on"]))
        if r.random() < 0.25:
            c.C("it's ", (g.phone_render(country, ch), "PHONE"), " no wait that's my old one")
            c.A("no problem")
            c.C("it's ", (g.phone_render(country, ch), "PHONE"))
        else:
            ph = g.phone_render(country, ch)
            c.C(r.choice(["yeah it's ", "", "my mobile's "]), (ph, "PHONE"),
                r.choice(["", " but i'm at work till five so after that", " that's the mobile",
                          " any time after two"]))
            if r.random() < 0.3:
                c.A("so that's ", (ph, "PHONE"), r.choice([" yeah", " is that right"]))
                c.C(r.choice(["yep", "that's it", "yeah spot on"]))


def blk_email(g, c, ch, country):
    r = g.r
    c.A(r.choice(["and what email address shall i send the confirmation to",
                  "can i confirm the email on the account"]) if ch == "call" else
        "What email should we send the confirmation to?")
    c.C(r.choice(["it's ", "", "yeah it's "]), (g.email(ch), "EMAIL"))


def blk_dob(g, c, ch, country):
    r = g.r
    c.A(r.choice(["can i take your date of birth", "and your date of birth please"]) if ch == "call"
        else "Please confirm your date of birth.")
    c.C(r.choice(["", "it's ", "born ", "yes "]), (g.dob(ch, country != "US"), "DOB"))


def blk_addr(g, c, ch, country):
    r = g.r
    if country == "US":
        c.A("and the billing address" if ch == "call" else "What's the billing address and ZIP?")
        city = r.choice(["austin", "columbus", "denver", "tampa", "fresno"])
        if ch == "chat":
            city = city.capitalize()
        c.C((g.address(country, ch), "ADDRESS"), " " + city + r.choice([" ", ", "]),
            (g.postcode(country, ch), "POSTCODE"))
    else:
        c.A("and the first line of your address and postcode" if ch == "call" else
            "Please confirm the first line of the address and the postcode.")
        town = r.choice(["leeds", "bristol", "cardiff", "glasgow", "norwich", "york"])
        if ch == "chat":
            town = town.capitalize()
        c.C((g.address(country, ch), "ADDRESS"), r.choice([" ", ", "]) + town + r.choice([" ", ", "]),
            (g.postcode("UK" if country == "UK" else "UK", ch), "POSTCODE"))


def blk_postcode_only(g, c, ch, country):
    r = g.r
    word = "zip code" if country == "US" else "postcode"
    c.A("can you confirm the %s on the account" % word if ch == "call" else "What's the %s?" % word)
    pc = g.postcode("US" if country == "US" else "UK", ch)
    c.C(r.choice(["", "it's ", "yeah "]), (pc, "POSTCODE"), r.choice(["", " i think", " still"]))


def blk_volunteer(g, c, ch, country):
    r = g.r
    pc = g.postcode("US" if country == "US" else "UK", ch)
    if ch == "chat":
        v = g.card()
        c.C(r.choice(["fyi I want to pay the ", "also can I just pay the ", "I'd like to clear the "]) +
            money(g, country, ch) + r.choice([" now. ", " today - "]) + r.choice(["card ", "Card no. ", "use "]),
            (g.card_typed(v), "CARD_NUMBER"), r.choice([" exp ", ", expires ", " exp: "]), (g.expiry(ch), "EXPIRY"),
            r.choice([" cvc ", ", security code ", " cvv "]), (g.digits(3, "0123456789"), "CVV"),
            r.choice([", billing postcode ", " zip ", ", postcode "]), (pc, "POSTCODE"))
        c.A("Thanks, I'll process that now - please don't share card details in chat in future.")
    else:
        c.C(r.choice(["oh and before i forget ", "yeah so ", "right "]) + "my date of birth's ",
            (g.dob(ch, country != "US"), "DOB"),
            r.choice([" and the zip code is ", " zip ", " and the zip's "] if country == "US" else
                     [" and the postcode is ", " postcode ", " and it's "]),
            (pc, "POSTCODE"), r.choice([" if you need that", " i moved there in twenty nineteen", ""]))
        c.A(r.choice(["perfect thank you", "lovely that matches", "great thanks"]))
    return "volunteer"


BLOCKS = {
    "UK": [blk_volunteer, blk_ni, blk_card, blk_bank_uk, blk_iban, blk_phone, blk_email, blk_dob, blk_addr,
           blk_postcode_only],
    "US": [blk_volunteer, blk_ssn, blk_card, blk_bank_us, blk_phone, blk_email, blk_dob, blk_addr,
           blk_postcode_only],
    "IE": [blk_volunteer, blk_iban, blk_card, blk_phone, blk_email, blk_dob, blk_addr],
    "EU": [blk_iban, blk_card, blk_phone, blk_email, blk_dob],
}


def opening(g, c, ch, country, ind, neg=False):
    r = g.r
    prob = r.choice(PROBLEMS[ind])
    if ch == "chat":
        c.A(r.choice(["Hi, thanks for contacting us. How can I help today?",
                      "Hello! You're chatting with support. What can I do for you?"]))
        c.C(r.choice(["hi im contacting about ", "Hello, it's about ", "hey, need help with "]) + prob +
            ", it's " + money(g, country, ch) + r.choice([" this month", " on the latest statement", ""]))
        w, ref = ref_no(g, ch)
        c.A("Sorry to hear that. Do you have a %s?" % w)
        c.C(r.choice(["yes ", "its ", ""]) + ref)
    else:
        c.A(r.choice(["good morning you're through to customer services how can i help",
                      "hi thanks for calling how can i help you today"]))
        c.C(r.choice(["hi yeah i'm calling about ", "hello um it's about ", "yeah hi i've got a problem with "])
            + prob + " it's " + money(g, country, ch) + r.choice([" this month", " since march", ""]))
        c.A(r.choice(["okay i can help with that", "right okay let's have a look"]) +
            (" can you tell me a bit more" if neg else " first i just need to go through security"))


def middle(g, c, ch, country, neg=False):
    r = g.r
    if ch == "chat":
        c.A("Thanks. I can see the charge from %s, I'll raise it with the team." % a_date(g, ch))
        c.C(r.choice(["ok how long will it take", "great, when will I hear back?",
                      "fine, i was charged %s twice btw" % money(g, country, ch)]))
        c.A("Usually %d working days. It will be reviewed by %s." % (r.randint(3, 10), a_date(g, ch)))
    else:
        c.A(("right so looking at the account" if neg else "okay that's all verified thank you") +
            " so i can see the payment of " + money(g, country, ch) +
            " on " + a_date(g, ch))
        c.C(r.choice(["yeah that's the one", "right and there was another one after that",
                      "mhm that's the one i don't understand"]))
        c.A("okay i'll put a note on it and someone will call you back by " + a_time(g, ch) +
            " on " + a_date(g, ch))


def closing(g, c, ch, country):
    r = g.r
    w, ref = ref_no(g, ch)
    if ch == "chat":
        c.A("All done. Your %s is %s. Anything else?" % (w, ref))
        c.C(r.choice(["no thats all thanks", "No, thank you!", "nope cheers"]))
    else:
        c.A("that's all sorted your %s is %s" % (w, ref))
        c.C(r.choice(["brilliant thanks very much", "okay great thank you bye", "cheers bye"]))


def make_positive(g, idx, must=None):
    r = g.r
    country = r.choice(COUNTRIES)
    if must == "NI":
        country = "UK"
    elif must == "SSN":
        country = "US"
    ch = "call" if r.random() < 0.6 else "chat"
    ind = r.choice(INDUSTRY[country])
    c = Case("")
    opening(g, c, ch, country, ind)
    pool = list(BLOCKS[country])
    k = r.choice([2, 2, 3, 3, 3, 4]) if ch == "chat" else r.choice([2, 2, 3])
    chosen = r.sample(pool, k)
    if must == "NI" and blk_ni not in chosen:
        chosen[0] = blk_ni
    if must == "SSN" and blk_ssn not in chosen:
        chosen[0] = blk_ssn
    if must == "CARD" and blk_card not in chosen:
        chosen[-1] = blk_card
    # identity blocks first, payment ones later
    order = [blk_volunteer, blk_ni, blk_ssn, blk_dob, blk_postcode_only, blk_addr, blk_phone, blk_email,
             blk_bank_uk, blk_bank_us, blk_iban, blk_card]
    chosen = sorted(set(chosen), key=order.index)
    names = []
    mid_done = False
    for b in chosen:
        if b in (blk_bank_uk, blk_bank_us, blk_iban, blk_card) and not mid_done:
            middle(g, c, ch, country); mid_done = True
        if b is blk_card:
            blk_card(g, c, ch, country)
            if r.random() < 0.8:
                blk_exp_cvv(g, c, ch, country)
                names.append("card+expiry+cvv")
            else:
                names.append("card")
            c.A(("okay that's gone through, " if ch == "call" else "Payment of ") + money(g, country, ch) +
                (" taken" if ch == "call" else " taken successfully."))
        else:
            b(g, c, ch, country)
            names.append(b.__name__[4:])
    if not mid_done:
        middle(g, c, ch, country)
    closing(g, c, ch, country)
    c.note = "%s/%s %s: %s amid a whole %s about %s-type issue" % (
        ch, ind, country, ", ".join(names), "chat" if ch == "chat" else "call", ind)
    return c


# ----------------------------------------------------------------- negatives
def make_negative(g, idx):
    r = g.r
    country = r.choice(COUNTRIES)
    ch = "call" if r.random() < 0.55 else "chat"
    ind = r.choice(INDUSTRY[country])
    c = Case("")
    opening(g, c, ch, country, ind, neg=True)
    pieces = []
    fns = {
        "banking": [neg_balance, neg_percent, neg_refs, neg_contract, neg_appt],
        "telecom": [neg_speed, neg_balance, neg_percent, neg_contract, neg_model, neg_appt, neg_refs],
        "utilities": [neg_meter, neg_age_temp, neg_appt, neg_balance, neg_percent, neg_contract, neg_refs],
        "retail": [neg_counts, neg_model, neg_refs, neg_balance, neg_appt],
        "insurance": [neg_refs, neg_percent, neg_contract, neg_age_temp, neg_balance, neg_model],
        "government": [neg_balance, neg_refs, neg_appt, neg_contract, neg_percent],
        "travel": [neg_flight, neg_room, neg_refs, neg_percent, neg_balance],
        "healthcare billing": [neg_balance, neg_refs, neg_appt, neg_percent, neg_contract],
    }[ind]
    for f in r.sample(fns, r.randint(3, min(4, len(fns)))):
        pieces.append(f(g, c, ch, country))
    middle(g, c, ch, country, neg=True)
    closing(g, c, ch, country)
    c.note = "%s/%s %s negative: %s" % (ch, ind, country, ", ".join(pieces))
    return c


def spoken_or(g, ch, n):
    return str(n) if ch == "chat" else g.num_words(n) if n < 100 else str(n)


def neg_flight(g, c, ch, country):
    r = g.r
    al = r.choice(["BA", "EI", "FR", "LH", "UA", "DL", "AA"])
    n = r.randint(100, 9899)
    if ch == "chat":
        c.C("my flight %s%d on %s at %s was cancelled" % (al, n, a_date(g, ch), a_time(g, ch)))
        c.A("I can see %s %d. You can rebook onto the %s departure for no extra charge." % (al, n, a_time(g, ch)))
    else:
        s = str(n)
        sp = g.say_pair(s[:2]) + " " + g.say_pair(s[2:]) if len(s) == 4 and s[0] != "0" and s[2] != "0" \
            else g.say_digits(s, homo=False)
        c.C("yeah it was flight %s %s %s on %s" % (" ".join(al.lower()), sp, "leaving at " + a_time(g, ch),
                                                  a_date(g, ch)))
        c.A("okay so that flight was delayed by %s hours and %s minutes" % (
            g.num_words(r.randint(2, 9)), g.num_words(r.choice([15, 20, 30, 45]))))
    return "flight number/times"


def neg_meter(g, c, ch, country):
    r = g.r
    m = r.randint(10000, 99999)
    if ch == "chat":
        c.A("Could you send a meter reading?")
        c.C("reading today is %d, photo attached" % m)
        c.A("Thanks, that's %d kWh since the last reading." % r.randint(120, 900))
    else:
        c.A("can you give me a meter reading")
        c.C("yeah it says %s" % g.say_digits(str(m), homo=False))
        c.A("lovely so you've used about %s units since %s" % (g.num_words(r.randint(21, 99)) + " hundred",
                                                                a_date(g, ch)))
    return "meter reading"


def neg_speed(g, c, ch, country):
    r = g.r
    a, b = r.choice([(500, 38), (900, 72), (150, 12), (300, 25)])
    if ch == "chat":
        c.C("I'm paying for %dMbps but getting %d Mbps at best, even at %s" % (a, b, a_time(g, ch)))
        c.A("I'll run a line test, it takes about %d minutes." % r.randint(5, 20))
    else:
        c.C("i'm supposed to get %s hundred meg and i'm getting like %s" % (ONES[a // 100], g.num_words(b)))
        c.A("okay i'll run a test it'll take about %s minutes" % g.num_words(r.randint(5, 20)))
    return "speeds/durations"


def neg_balance(g, c, ch, country):
    r = g.r
    c.A(("your balance is currently " if ch == "call" else "Your current balance is ") +
        money(g, country, ch, 1000 if ch == "chat" else 100, 9999 if ch == "chat" else 999) +
        (" and the minimum payment is " if ch == "call" else " and the minimum payment is ") +
        money(g, country, ch, 5, 90))
    c.C(r.choice(["okay can i pay half now", "right and when's that due", "ok thanks"]))
    c.A("it's due on %s" % a_date(g, ch) if ch == "call" else "It's due %s." % a_date(g, ch))
    return "balances/due dates"


def neg_appt(g, c, ch, country):
    r = g.r
    if ch == "chat":
        t1, t2 = sorted([a_time(g, ch), a_time(g, ch)], key=lambda x: int(x.split(":")[0]))
        c.A("We have an appointment slot on %s between %s and %s." % (a_date(g, ch), t1, t2))
        c.C("%s works, I'm in from %s" % (a_date(g, ch), a_time(g, ch)))
    else:
        c.A("i can book you an appointment for %s in the %s" % (a_date(g, ch), r.choice(["morning", "afternoon"])))
        c.C("can you do %s instead i'm at work till %s" % (a_date(g, ch), a_time(g, ch)))
    return "appointment dates/times"


def neg_model(g, c, ch, country):
    r = g.r
    m = r.choice(["WM-%d" % r.randint(1000, 9999), "SM-A%d" % r.randint(100, 599),
                  "iPhone %d" % r.randint(11, 16), "HX%d" % r.randint(200, 999)])
    if ch == "chat":
        c.C("its the %s model, bought it %d months ago for %s" % (m, r.randint(2, 20), money(g, country, ch)))
    else:
        c.C("it's the %s one i bought it about %s months ago" % (m.lower().replace("-", " "),
                                                               g.num_words(r.randint(2, 20))))
    c.A(r.choice(["okay that's still under the %d year warranty" % r.randint(1, 3),
                  "right that model has a %d month warranty" % r.choice([12, 24, 36])]))
    return "model number/warranty"


def neg_room(g, c, ch, country):
    r = g.r
    n = r.randint(101, 940)
    if ch == "chat":
        c.C("I stayed in room %d for %d nights and the AC was broken, it was %d degrees" % (
            n, r.randint(2, 9), r.randint(27, 35)))
    else:
        c.C("we were in room %s for %s nights and the heating was stuck at like %s degrees" % (
            g.say_digits(str(n), homo=False), g.num_words(r.randint(2, 9)), g.num_words(r.randint(27, 35))))
    c.A("I'm sorry about that, I can refund %d%% of the stay" % r.choice([10, 20, 25, 50])
        if ch == "chat" else "i'm sorry about that i can refund %s percent" % g.num_words(r.choice([10, 20, 25, 50])))
    return "room number/temperature/percent"


def neg_percent(g, c, ch, country):
    r = g.r
    if ch == "chat":
        c.A("Your price goes up by %.1f%% from %s, so %s a month." % (r.choice([3.9, 6.4, 8.8, 14.2]),
                                                                      a_date(g, ch), money(g, country, ch, 20, 90)))
    else:
        c.A("your price goes up by %s point %s percent in %s so that's %s a month" % (
            g.num_words(r.randint(3, 14)), ONES[r.randint(1, 9)], MONTHS[r.randint(0, 11)],
            money(g, country, ch, 20, 90)))
    c.C(r.choice(["that's ridiculous", "can i get a discount", "ok whatever"]))
    return "percentages/prices"


def neg_age_temp(g, c, ch, country):
    r = g.r
    if ch == "chat":
        c.C("my dad is %d and he's been without heating, it's %d degrees in the house" % (
            r.randint(70, 94), r.randint(8, 14)))
    else:
        c.C("my mum's %s and she's got no heating it's about %s degrees in there" % (
            g.num_words(r.randint(70, 94)), g.num_words(r.randint(8, 14))))
    c.A("that's a priority, I'll get someone out within %d hours" % r.choice([4, 12, 24])
        if ch == "chat" else "okay that's a priority i'll get someone out within %s hours" %
        g.num_words(r.choice([4, 12, 24])))
    return "age/temperature/hours"


def neg_contract(g, c, ch, country):
    r = g.r
    y = r.randint(2015, 2025)
    if ch == "chat":
        c.C("I've been with you since %d, contract started %s %d" % (y, a_date(g, ch), y))
        c.A("Thanks, it's a %d month contract ending %s." % (r.choice([12, 18, 24]), a_date(g, ch)))
    else:
        c.C("i've been with you since %s the contract started on %s" % (g.say_year(y), a_date(g, ch)))
        c.A("okay that's a %s month contract so it ends on %s" % (g.num_words(r.choice([12, 18, 24])),
                                                                  a_date(g, ch)))
    return "contract dates/years"


def neg_refs(g, c, ch, country):
    r = g.r
    w1, r1 = ref_no(g, ch)
    w2, r2 = ref_no(g, ch)
    c.C(("I have a %s %s and also %s %s" if ch == "chat" else "i've got a %s %s and there's also %s %s") %
        (w1, r1, w2, r2))
    c.A("Thanks, I've linked both." if ch == "chat" else "okay i've linked them both")
    return "two reference numbers"


def neg_counts(g, c, ch, country):
    r = g.r
    n = r.randint(2, 12)
    if ch == "chat":
        c.C("I ordered %d boxes, %d arrived, and %d were damaged. Total was %s" % (
            n + 3, n, r.randint(1, n), money(g, country, ch)))
    else:
        c.C("i ordered %s of them only %s came and %s of those were broken" % (
            g.num_words(n + 3), g.num_words(n), g.num_words(r.randint(1, n))))
    c.A("I'll send the missing ones, %d to %d working days" % (r.randint(2, 3), r.randint(4, 7))
        if ch == "chat" else "i'll send the missing ones out should be three to five working days")
    return "quantities"


# ----------------------------------------------------------------- build
def build():
    g = Gen()
    pos = []
    plan = (["NI"] * 34 + ["SSN"] * 34 + ["CARD"] * 30 + [None] * 84)
    g.r.shuffle(plan)
    for i, m in enumerate(plan):
        c = make_positive(g, i, m)
        pos.append(c)
    neg = [make_negative(g, i) for i in range(110)]
    rows = []
    for i, c in enumerate(pos):
        rows.append({"id": "h294-pos-%03d" % (i + 1), "kind": "positive", "turns": c.turns,
                     "spans": c.spans, "note": c.note})
    for i, c in enumerate(neg):
        rows.append({"id": "h294-neg-%03d" % (i + 1), "kind": "negative", "turns": c.turns,
                     "spans": [], "note": c.note})
    return rows


def serialise(rows):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def check_rows(rows):
    errs = []
    ids = set()
    counts = Counter()
    npos = nneg = 0
    for row in rows:
        rid = row["id"]
        if rid in ids:
            errs.append("duplicate id " + rid)
        ids.add(rid)
        if row["kind"] == "negative":
            nneg += 1
            if row["spans"]:
                errs.append(rid + ": negative with spans")
        else:
            npos += 1
            if not row["spans"]:
                errs.append(rid + ": positive without spans")
        if not (8 <= len(row["turns"]) <= 32):
            errs.append(rid + ": %d turns" % len(row["turns"]))
        prev = None
        acc = {}
        for sp in row["spans"]:
            t = sp["turn"]
            if not (0 <= t < len(row["turns"])):
                errs.append(rid + ": bad turn"); continue
            text = row["turns"][t]["text"]
            s, e = sp["start"], sp["end"]
            if not (0 <= s < e <= len(text)):
                errs.append(rid + ": offsets out of range"); continue
            if s > 0 and text[s - 1].isalnum() or e < len(text) and text[e].isalnum():
                errs.append(rid + ": span not on word boundary %r" % text[s:e])
            if not text[s].isalnum() or not text[e - 1].isalnum():
                errs.append(rid + ": span edge not alnum %r" % text[s:e])
            if prev and (t, s) < prev:
                errs.append(rid + ": spans overlap/out of order")
            prev = (t, e)
            typ = sp["type"]
            if typ not in TYPES:
                errs.append(rid + ": bad type " + typ); continue
            counts[typ] += 1
            seg = text[s:e]
            if typ in ("EMAIL", "ADDRESS", "DOB", "EXPIRY"):
                joined = seg
            else:
                joined = acc.get(typ, "") + norm_symbols(seg)
            res = validate(typ, joined)
            if res == "partial":
                acc[typ] = joined
            elif res is None:
                acc[typ] = ""
            else:
                errs.append("%s: %s (%r)" % (rid, res, joined))
                acc[typ] = ""
        for typ, v in acc.items():
            if v:
                errs.append("%s: incomplete %s value %r" % (rid, typ, v))
    for t in TYPES:
        if counts[t] < MIN_SPANS[t]:
            errs.append("type %s has only %d spans" % (t, counts[t]))
    if npos < 170 or nneg < 100:
        errs.append("too few cases: %d pos %d neg" % (npos, nneg))
    return errs, counts, npos, nneg


def readme(counts, npos, nneg):
    lines = [
        "# PII hold-out set h294",
        "",
        "**Never use this set for tuning.** It exists only to measure the redactor on data it was not",
        "developed against.",
        "",
        "## Provenance",
        "",
        "Written by an AI helper acting as an independent author. The author did not read the redaction",
        "code, its tests, its docs or any other PII fixture; only a 3-line example of the JSONL format.",
        "All cases are generated by `scripts/make_pii_holdout294.py` (standard library only,",
        "`random.Random(%d)`, byte-for-byte reproducible). Turns are assembled from plain-text" % SEED,
        "segments and (value, TYPE) segments so offsets are computed, never typed by hand.",
        "`python scripts/make_pii_holdout294.py --check` regenerates and verifies the file (ids, offsets,",
        "word boundaries, overlap, and value validity after normalising spoken forms: Luhn, mod-97,",
        "NI format, digit counts, postcode shapes).",
        "",
        "Emphasis: long whole calls (ASR style: lower case, numbers as words, oh/nought/zero, double/triple,",
        "pairs like 'forty one', homophones to/for/ate, letters as 'b for bravo' / 's as in sugar',",
        "values split across turns with back-channels, agent read-backs, self-corrected phone numbers)",
        "and chats (typed, varied separators and case) in which PII sits amid amounts, dates, times,",
        "reference numbers and other non-PII numbers of the conversation.",
        "",
        "## Annotation conventions",
        "",
        "- A span covers the value only, from its first to last character/word; lead-ins such as",
        "  'it's', 'sort code', 'acct', 'IBAN:' are outside. Filler words said *inside* a reading",
        "  ('um', 'er') are inside the span.",
        "- A value split across several customer turns gets one span per turn (each fragment labelled",
        "  with the value's type); back-channel turns are unlabelled.",
        "- Spelling aids ('b for bravo', 's as in sugar') are inside NI/IBAN/POSTCODE spans.",
        "- ADDRESS = house/flat number + street name + street type; town names are not labelled;",
        "  the postcode/ZIP is a separate POSTCODE span.",
        "- DOB spans cover the whole date (day, month, year). EXPIRY covers month and year.",
        "- PHONE includes a spoken or typed country code ('plus four four', '+353').",
        "- Both readings are labelled when the agent reads a value back, and both numbers when a",
        "  caller gives an old phone number and then corrects it.",
        "- Money, times, durations, appointment/contract dates, reference/order/claim/ticket numbers",
        "  (said with their reference word), flight and room numbers, meter readings, model numbers,",
        "  percentages, ages, temperatures and balances are never labelled; negatives contain only these.",
        "",
        "## Counts",
        "",
        "- positive cases: %d" % npos,
        "- negative cases: %d" % nneg,
        "",
        "| type | spans |",
        "|---|---|",
    ]
    for t in TYPES:
        lines.append("| %s | %d |" % (t, counts[t]))
    lines.append("")
    return "\n".join(lines)


def main():
    rows = build()
    data = serialise(rows)
    errs, counts, npos, nneg = check_rows(rows)
    rd = readme(counts, npos, nneg)
    if "--check" in sys.argv:
        try:
            with open(CASES, encoding="utf-8") as f:
                old = f.read()
        except OSError:
            old = None
        if old != data:
            errs.append("cases.jsonl differs from regenerated output")
        else:
            # verify what is on disk parses the same
            ondisk = [json.loads(l) for l in old.splitlines()]
            e2, _, _, _ = check_rows(ondisk)
            errs.extend(e2)
        try:
            with open(README, encoding="utf-8") as f:
                if f.read() != rd:
                    errs.append("README.md differs from regenerated output")
        except OSError:
            errs.append("README.md missing")
    else:
        os.makedirs(OUT_DIR, exist_ok=True)
        with open(CASES, "w", encoding="utf-8") as f:
            f.write(data)
        with open(README, "w", encoding="utf-8") as f:
            f.write(rd)
    print("positives %d negatives %d" % (npos, nneg))
    for t in TYPES:
        print("  %-13s %d" % (t, counts[t]))
    if errs:
        for e in errs[:60]:
            print("ERROR", e)
        print("%d problem(s)" % len(errs))
        sys.exit(1)
    print("OK" + (" (--check passed)" if "--check" in sys.argv else " (written)"))


if __name__ == "__main__":
    main()

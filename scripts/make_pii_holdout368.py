#!/usr/bin/env python3
"""Generate the pii_holdout368 held-out PII redaction evaluation set.

Written by an independent test author (AI helper) without access to the
redaction engine. Standard library only, one seeded RNG.

    python scripts/make_pii_holdout368.py          # write cases.jsonl
    python scripts/make_pii_holdout368.py --check  # regenerate + validate
"""
import argparse
import datetime
import json
import os
import re
import sys
from collections import Counter

import random

SEED = 368241125
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "fixtures", "pii_holdout368", "cases.jsonl")
TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

# --------------------------------------------------------------------------
# spoken vocabulary (shared by the renderer and the --check normaliser)
UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEEN_W = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
          "seventeen", "eighteen", "nineteen"]
TENS_W = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy",
          8: "eighty", 9: "ninety"}
ZEROS = ["oh", "o", "zero", "nought"]
HOMO = {"1": ["won"], "2": ["to", "too"], "3": ["tree"], "4": ["for"], "6": ["sex"],
        "8": ["ate"]}
LETTER_HOMO = {"b": ["bee", "be"], "c": ["see", "sea"], "j": ["jay"], "k": ["kay"],
               "r": ["are"], "u": ["you"], "t": ["tea", "tee"], "y": ["why"],
               "x": ["ex"], "p": ["pea"], "q": ["queue", "cue"], "z": ["zed", "zee"],
               "h": ["aitch"], "m": ["em"], "n": ["en"], "s": ["ess"], "l": ["el"],
               "g": ["gee"], "d": ["dee"], "f": ["eff"], "v": ["vee"], "i": ["eye"]}
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo",
        "f": "foxtrot", "g": "golf", "h": "hotel", "i": "india", "j": "juliet",
        "k": "kilo", "l": "lima", "m": "mike", "n": "november", "p": "papa",
        "q": "quebec", "r": "romeo", "s": "sierra", "t": "tango", "u": "uniform",
        "v": "victor", "w": "whiskey", "x": "x-ray", "y": "yankee", "z": "zulu"}
FOLK = {"a": "apple", "b": "bob", "c": "cat", "d": "dog", "e": "edward", "f": "freddie",
        "g": "george", "h": "harry", "j": "jam", "k": "king", "l": "london", "m": "mother",
        "n": "nellie", "p": "peter", "r": "robert", "s": "sugar", "t": "tommy",
        "w": "william", "y": "yellow", "z": "zebra"}
FILLERS = ["um", "uh", "er", "erm"]

VOCAB = {}
for _i, _w in enumerate(UNITS):
    VOCAB[_w] = ("D", str(_i))
for _w in ZEROS + ["naught"]:
    VOCAB[_w] = ("D", "0")
for _d, _ws in HOMO.items():
    for _w in _ws:
        VOCAB[_w] = ("D", _d)
for _i, _w in enumerate(TEEN_W):
    VOCAB[_w] = ("TEEN", str(10 + _i))
for _k, _w in TENS_W.items():
    VOCAB[_w] = ("TENS", _k)
for _c in "abcdefghijklmnpqrstuvwxyz":
    VOCAB[_c] = ("L", _c.upper())
for _c, _ws in LETTER_HOMO.items():
    for _w in _ws:
        VOCAB[_w] = ("L", _c.upper())
for _c, _w in NATO.items():
    VOCAB[_w.replace("-", "")] = ("L", _c.upper())
VOCAB.update({"hundred": ("HUND", None), "thousand": ("THOU", None),
              "double": ("DBL", 2), "triple": ("DBL", 3), "treble": ("DBL", 3),
              "plus": ("PLUS", None), "and": ("AND", None), "teen": ("TEENSUF", None)})
for _w in FILLERS + ["dash", "hyphen", "space", "slash", "ray"]:
    VOCAB[_w] = ("IGN", None)


def _segment(tok):
    """Split a run-together token into the fewest vocabulary words."""
    n = len(tok)
    best = [None] * (n + 1)
    best[0] = []
    for i in range(n):
        if best[i] is None:
            continue
        for j in range(i + 1, n + 1):
            w = tok[i:j]
            if w in VOCAB and (best[j] is None or len(best[j]) > len(best[i]) + 1):
                best[j] = best[i] + [w]
    return best[n]


def _letter_of(t):
    v = VOCAB.get(t.lower())
    return v[1].lower() if v and v[0] == "L" and (len(t) == 1 or t.lower() in
                                                      sum(LETTER_HOMO.values(), [])) else None


def _tokens(text):
    raw0 = re.findall(r"[A-Za-z]+|\d+|\+", text)
    raw = []
    i = 0
    while i < len(raw0):   # "j for juliet", "c as in charlie", "b for bob"
        t = raw0[i]
        lt = _letter_of(t)
        nxt = [x.lower() for x in raw0[i + 1:i + 4]]
        if lt and len(nxt) >= 2 and nxt[0] == "for" and nxt[1][0] == lt:
            raw.append(lt); i += 3; continue
        if lt and len(nxt) >= 3 and nxt[0] == "as" and nxt[1] == "in" and nxt[2][0] == lt:
            raw.append(lt); i += 4; continue
        raw.append(t); i += 1
    out = []
    for t in raw:
        if t.isdigit() or t == "+":
            out.append(t)
        elif t.isupper() and len(t) > 1:
            out.extend(list(t.lower()))          # typed letters, e.g. "QQ"
        else:
            seg = _segment(t.lower())
            out.extend(seg if seg is not None else [t.lower()])
    return out


def spoken_to_chars(text):
    """Normalise a spoken or typed alphanumeric value to canonical chars."""
    toks = _tokens(text)
    # "j for juliet", "c as in charlie"
    merged = []
    i = 0
    while i < len(toks):
        t = toks[i]
        if VOCAB.get(t, ("", ""))[0] == "L":
            letter = VOCAB[t][1].lower()
            if i + 2 < len(toks) and toks[i + 1] == "for" and toks[i + 2][0] == letter:
                merged.append(t); i += 3; continue
            if i + 3 < len(toks) and toks[i + 1] == "as" and toks[i + 2] == "in" \
                    and toks[i + 3][0] == letter:
                merged.append(t); i += 4; continue
        merged.append(t)
        i += 1
    items = []
    for t in merged:
        if t.isdigit():
            items.append(("NUM", t))
        elif t == "+":
            items.append(("PLUS", None))
        elif t in VOCAB:
            items.append(VOCAB[t])
        else:
            items.append(("BAD", t))
    out = []
    i = 0
    n = len(items)

    def kind(k):
        return items[k][0] if k < n else None

    def small(k):
        """Parse 1..99 after 'and'; return (string, next_index)."""
        if kind(k) == "TEEN":
            return items[k][1], k + 1
        if kind(k) == "TENS":
            if kind(k + 1) == "D" and items[k + 1][1] != "0":
                return str(items[k][1]) + items[k + 1][1], k + 2
            return str(items[k][1]) + "0", k + 1
        if kind(k) == "D":
            return "0" + items[k][1], k + 1
        return None, k

    while i < n:
        k, v = items[i]
        if k == "D" and kind(i + 1) == "HUND":
            j = i + 2
            rest = "00"
            if kind(j) == "AND":
                s, j2 = small(j + 1)
                if s is not None:
                    rest, j = s, j2
            out.append(v + rest)
            i = j
        elif k == "D" and kind(i + 1) == "THOU":
            j = i + 2
            rest = "000"
            if kind(j) == "AND":
                s, j2 = small(j + 1)
                if s is not None:
                    rest, j = "0" + s, j2
            out.append(v + rest)
            i = j
        elif k == "D" and kind(i + 1) == "TEENSUF":
            out.append("1" + v)
            i += 2
        elif k == "D":
            out.append(v); i += 1
        elif k == "TEEN":
            out.append(v); i += 1
        elif k == "TENS":
            if kind(i + 1) == "D" and items[i + 1][1] != "0":
                out.append(str(v) + items[i + 1][1]); i += 2
            else:
                out.append(str(v) + "0"); i += 1
        elif k == "DBL":
            if kind(i + 1) in ("D", "L"):
                out.append(items[i + 1][1] * v); i += 2
            else:
                out.append("?"); i += 1
        elif k == "L":
            out.append(v); i += 1
        elif k == "NUM":
            out.append(v); i += 1
        elif k == "PLUS":
            out.append("+"); i += 1
        elif k in ("IGN", "AND"):
            i += 1
        else:
            out.append("?"); i += 1
    return "".join(out)


EMAIL_WORDS = {"dot": ".", "at": "@", "underscore": "_", "dash": "-", "hyphen": "-"}


def spoken_email(text):
    toks = re.findall(r"[a-z0-9]+|[@._\-]", text.lower())
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        if len(t) == 1 and t.isalpha() and i + 2 < len(toks) and toks[i + 1] == "for" \
                and toks[i + 2][0] == t:
            out.append(t); i += 3; continue
        if t in EMAIL_WORDS:
            out.append(EMAIL_WORDS[t])
        elif t in FILLERS:
            pass
        elif t in UNITS:
            out.append(str(UNITS.index(t)))
        elif t in TEEN_W:
            out.append(str(10 + TEEN_W.index(t)))
        elif t in TENS_W.values():
            tv = [k for k, w in TENS_W.items() if w == t][0]
            if i + 1 < len(toks) and toks[i + 1] in UNITS[1:]:
                out.append(str(tv) + str(UNITS.index(toks[i + 1]))); i += 1
            else:
                out.append(str(tv) + "0")
        else:
            out.append(t)
        i += 1
    return "".join(out)


# --------------------------------------------------------------------------
# value validators
def luhn_ok(s):
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def iban_ok(s):
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in r)
    return int(num) % 97 == 1


NI_BAD1 = set("DFIQUV")
NI_BAD2 = set("DFIOQUV")
NI_BADP = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}


def ni_ok(s):
    return bool(re.fullmatch(r"[A-Z]{2}\d{6}[A-D]", s)) and s[0] not in NI_BAD1 \
        and s[1] not in NI_BAD2 and s[:2] not in NI_BADP


def ssn_ok(s):
    return bool(re.fullmatch(r"\d{9}", s)) and s[:3] not in ("000", "666") \
        and s[0] != "9" and s[3:5] != "00" and s[5:] != "0000"


UK_PC = re.compile(r"[A-Z]{1,2}\d[A-Z\d]?\d[ABD-HJLNP-UW-Z]{2}")


def postcode_ok(s):
    return bool(UK_PC.fullmatch(s) or re.fullmatch(r"\d{5}(\d{4})?", s))


STREET_SUFFIX = ["road", "street", "lane", "avenue", "close", "drive", "way", "crescent",
                 "terrace", "grove", "gardens", "place", "court", "rd", "st", "ave", "ln",
                 "blvd", "boulevard", "row", "hill", "park", "square", "mews", "walk"]


def validate_value(typ, canon):
    if typ == "CARD_NUMBER":
        return bool(re.fullmatch(r"\d{13,19}", canon)) and luhn_ok(canon)
    if typ == "CVV":
        return bool(re.fullmatch(r"\d{3,4}", canon))
    if typ == "SSN":
        return ssn_ok(canon)
    if typ == "NI_NUMBER":
        return ni_ok(canon)
    if typ == "BANK_ACCOUNT":
        return bool(re.fullmatch(r"\d{8,12}", canon))
    if typ == "SORT_CODE":
        return bool(re.fullmatch(r"\d{6}", canon))
    if typ == "IBAN":
        return iban_ok(canon)
    if typ == "PHONE":
        return bool(re.fullmatch(r"(\+|00)?\d{9,13}", canon))
    if typ == "POSTCODE":
        return postcode_ok(canon)
    if typ == "EMAIL":
        return bool(re.fullmatch(r"[a-z0-9._\-]+@[a-z0-9\-]+(\.[a-z0-9\-]+)+", canon))
    if typ == "DOB":
        y, m, d = map(int, canon.split("-"))
        datetime.date(y, m, d)
        return 1930 <= y <= 2007
    if typ == "EXPIRY":
        m, y = canon.split("/")
        return 1 <= int(m) <= 12 and len(y) == 2
    if typ == "ADDRESS":
        return True
    return False


def text_matches(typ, text, canon):
    """Does this span text (a full reading) express canon?"""
    if typ == "EMAIL":
        return spoken_email(text) == canon
    if typ == "DOB":
        norm = spoken_to_chars(text)
        y = canon[:4]
        return y in norm or y[2:] in norm
    if typ == "EXPIRY":
        norm = spoken_to_chars(text)
        return canon[-2:] in norm
    if typ == "ADDRESS":
        words = re.findall(r"[a-z0-9]+", text.lower())
        first_ok = words[0] in ("flat", "apt", "apartment", "unit", "suite") or \
            words[0][0].isdigit() or spoken_to_chars(words[0])[:1].isdigit()
        return first_ok and words[-1] in STREET_SUFFIX and canon.lower().split()[-1] == words[-1]
    return spoken_to_chars(text) == canon


def part_norm(typ, text):
    if typ == "EMAIL":
        return spoken_email(text)
    return spoken_to_chars(text)


# --------------------------------------------------------------------------
# value generators and renderers
class Val:
    def __init__(self, typ, canon):
        self.type = typ
        self.canon = canon


def S(text, val, role="full"):
    return (text, val, role)


class Case:
    def __init__(self, note):
        self.note = note
        self.turns = []
        self.spans = []
        self.meta = []

    def t(self, speaker, *segs):
        idx = len(self.turns)
        text = ""
        for seg in segs:
            if isinstance(seg, str):
                text += seg
            else:
                txt, val, role = seg
                st = len(text)
                text += txt
                self.spans.append({"turn": idx, "start": st, "end": len(text),
                                   "type": val.type})
                self.meta.append((val, role))
        self.turns.append({"speaker": speaker, "text": text})
        return self


class Gen:
    def __init__(self, rng):
        self.r = rng

    def ch(self, seq):
        return self.r.choice(seq)

    def p(self, x):
        return self.r.random() < x

    def digits(self, n, first_nonzero=False):
        s = "".join(str(self.r.randint(0, 9)) for _ in range(n))
        if first_nonzero and s[0] == "0":
            s = str(self.r.randint(1, 9)) + s[1:]
        return s

    # ---- values
    def card(self):
        kind = self.ch(["visa", "visa", "visa", "mc", "mc", "amex", "disc", "visa13",
                        "long19", "maestro"])
        pref, length = {"visa": ("4", 16), "mc": (self.ch(["51", "53", "55", "2221", "2720"]), 16),
                        "amex": (self.ch(["34", "37"]), 15), "disc": ("6011", 16),
                        "visa13": ("4", 13), "long19": (self.ch(["4", "62"]), 19),
                        "maestro": (self.ch(["6759", "6761"]), 18)}[kind]
        body = pref + self.digits(length - len(pref) - 1)
        for c in "0123456789":
            if luhn_ok(body + c):
                return body + c

    def card_groups(self, n):
        if n == 15:
            return [4, 6, 5]
        if n == 13:
            return self.ch([[4, 4, 5], [4, 3, 3, 3]])
        if n == 18:
            return [4, 4, 4, 4, 2]
        if n == 19:
            return self.ch([[4, 4, 4, 4, 3], [6, 13]])
        return self.ch([[4, 4, 4, 4], [4, 4, 4, 4], [4, 4, 4, 4], [2, 2, 4, 4, 4], [6, 6, 4],
                        [3, 3, 3, 3, 4], [8, 8]])

    def ssn(self):
        while True:
            s = self.digits(9)
            if ssn_ok(s):
                return s

    def ni(self):
        ok1 = [c for c in "ABCEGHJKLMNPRSTWXYZ"]
        ok2 = [c for c in "ABCEGHJKLMNPRSTWXYZ"]
        while True:
            p = self.ch(ok1) + self.ch(ok2)
            s = p + self.digits(6) + self.ch("ABCD")
            if ni_ok(s):
                return s

    def iban(self):
        cc = self.ch(["GB", "GB", "IE", "DE", "FR", "ES", "NL"])
        if cc == "GB":
            bban = self.ch(["NWBK", "BARC", "MIDL", "HBUK"]) + self.digits(14)
        elif cc == "IE":
            bban = self.ch(["AIBK", "IPBS"]) + self.digits(14)
        elif cc == "DE":
            bban = self.digits(18)
        elif cc == "FR":
            bban = self.digits(23)
        elif cc == "ES":
            bban = self.digits(20)
        else:
            bban = self.ch(["ABNA", "INGB", "TRIA"]) + self.digits(10)
        rearr = bban + cc + "00"
        num = int("".join(str(int(c, 36)) for c in rearr))
        chk = 98 - num % 97
        return "%s%02d%s" % (cc, chk, bban)

    def phone(self, region=None):
        region = region or self.ch(["uk_mob", "uk_land", "us", "ie", "eu", "uk_mob_int",
                                    "us_int", "ie_int"])
        if region == "uk_mob":
            return "07" + self.ch(["700", "701", "712", "723", "734", "745", "756", "780", "811", "903"]) + self.digits(6), [5, 6]
        if region == "uk_mob_int":
            return "+447" + self.digits(9), [3, 4, 6]
        if region == "uk_land":
            return self.ch(["020", "0161", "0113", "0131", "0117", "0121"]) + "4960" + self.digits(3), None
        if region == "us":
            return self.ch("23456789") + self.digits(2) + "555" + "01" + self.digits(2), [3, 3, 4]
        if region == "us_int":
            return "+1" + self.ch("23456789") + self.digits(2) + "555" + "01" + self.digits(2), [2, 3, 3, 4]
        if region == "ie":
            return "08" + self.ch("35679") + self.digits(7), [3, 3, 4]
        if region == "ie_int":
            return "+3538" + self.ch("35679") + self.digits(7), [4, 2, 3, 4]
        cc = self.ch(["+33", "+49", "+34", "+31"])
        return cc + self.ch("67") + self.digits(8), [3, 1, 4, 4]

    def uk_postcode(self):
        area = self.ch(["SW", "M", "B", "LS", "G", "EH", "CF", "BT", "NE", "L", "E", "N",
                        "RG", "HU", "CB", "BS", "NG", "S", "TN", "PL", "DY", "KT"])
        district = str(self.r.randint(1, 28))
        unit = "".join(self.ch("ABDEFGHJLNPRSTUWXYZ") for _ in range(2))
        return area + district + str(self.r.randint(0, 9)) + unit

    def zip(self):
        z = self.ch("0123456789") + self.digits(4)
        return z + (self.digits(4) if self.p(0.3) else "")

    def dob(self):
        y = self.r.randint(1938, 2004)
        m = self.r.randint(1, 12)
        d = self.r.randint(1, 28)
        return datetime.date(y, m, d)

    def expiry(self):
        return "%02d/%02d" % (self.r.randint(1, 12), self.r.randint(25, 33))

    # ---- spoken digits
    def style(self, asr=True, **kw):
        st = {"zero": self.ch(ZEROS), "homo": self.ch([0.0, 0.15, 0.3]) if asr else 0.0,
              "pairs": self.ch([0.0, 0.0, 0.3, 0.6]), "hund": self.ch([0.0, 0.0, 0.2]),
              "double": self.ch([0.0, 0.7, 0.9]), "triple": 0.8,
              "filler": self.ch([0.0, 0.1, 0.25]), "run": self.ch([0.0, 0.0, 0.15]) if asr else 0.0,
              "alnum": False}
        st.update(kw)
        return st

    def dword(self, d, st):
        if d == "0":
            return st["zero"] if self.p(0.85) else self.ch(ZEROS)
        if d in HOMO and self.p(st["homo"]) and not (st["alnum"] and d == "4"):
            return self.ch(HOMO[d])
        return UNITS[int(d)]

    def say_chunk(self, ds, st):
        items = []   # (text, single_digit_plain_word)
        i, n = 0, len(ds)
        while i < n:
            rem = n - i
            a = ds[i]
            if rem >= 3 and a != "0" and self.p(st["hund"]):
                b, c = ds[i + 1], ds[i + 2]
                h = UNITS[int(a)] + " hundred"
                if b == "0" and c == "0":
                    items.append((h, False)); i += 3; continue
                if b == "0":
                    items.append((h + " and " + UNITS[int(c)], False)); i += 3; continue
                if b == "1":
                    items.append((h + " and " + TEEN_W[int(c)], False)); i += 3; continue
                if c != "0":
                    items.append((h + " and " + TENS_W[int(b)] + " " + UNITS[int(c)], False))
                    i += 3; continue
            if rem >= 3 and ds[i] == ds[i + 1] == ds[i + 2] and self.p(st["triple"]):
                items.append(("triple " + self.dword(a, st), False)); i += 3; continue
            if rem >= 2 and ds[i] == ds[i + 1] and self.p(st["double"]):
                items.append((self.ch(["double ", "double "]) + self.dword(a, st), False))
                i += 2; continue
            if rem >= 2 and a != "0" and (a == "1" or ds[i + 1] != "0") and self.p(st["pairs"]):
                b = ds[i + 1]
                if a == "1":
                    w = TEEN_W[int(b)]
                    if b in "4679" and self.p(st["run"] * 2):
                        w = UNITS[int(b)] + " teen"
                else:
                    w = TENS_W[int(a)] + (" " if not self.p(st["run"]) else "") + self.dword(b, st)
                items.append((w, False)); i += 2; continue
            w = self.dword(a, st)
            items.append((w, w in UNITS and len(w) >= 3))
            i += 1
        words = []
        for j, (w, plain) in enumerate(items):
            if words and plain and items[j - 1][1] and self.p(st["run"]) and \
                    not words[-1].endswith(tuple("0123456789")) and " " not in words[-1]:
                words[-1] = words[-1] + w
                continue
            if words and self.p(st["filler"] / 2):
                words.append(self.ch(FILLERS))
            words.append(w)
        return " ".join(words)

    def say_digits(self, ds, st, groups=None):
        if groups is None:
            chunks = [ds]
        else:
            chunks, i = [], 0
            for g in groups:
                chunks.append(ds[i:i + g]); i += g
            if i < len(ds):
                chunks.append(ds[i:])
        parts = [self.say_chunk(c, st) for c in chunks if c]
        out = parts[0]
        for p in parts[1:]:
            sep = self.ch([" ", ", ", " ... ", ", ", " "])
            if self.p(st["filler"]):
                sep = self.ch([", um, ", " uh ", " ... er ", ", erm "])
            out += sep + p
        return out

    def say_letter(self, c, st):
        c = c.lower()
        roll = self.r.random()
        if roll < 0.2 and c in NATO:
            return c + self.ch([" for ", " as in "]) + NATO[c]
        if roll < 0.3 and c in FOLK:
            return c + " for " + FOLK[c]
        if roll < 0.3 + st.get("lhomo", 0.2) and c in LETTER_HOMO:
            return self.ch(LETTER_HOMO[c])
        return c

    def say_alnum(self, s, st, groups=None):
        st = dict(st, alnum=True)
        # split into letter / digit runs, optionally into groups first
        out = []
        runs = re.findall(r"[A-Z]+|\d+", s if groups is None else s)
        for run in runs:
            if run.isalpha():
                out.append(" ".join(self.say_letter(c, st) for c in run))
            else:
                out.append(self.say_digits(run, st, groups=self.ch([None, [2, 2, 2, 2, 2, 2, 2, 2, 2, 2]]) if len(run) > 4 else None))
        return (" " if self.p(0.7) else ", ").join(out)

    # ---- typed renders
    def typed_groups(self, ds, groups, sep=None):
        sep = sep if sep is not None else self.ch([" ", "-", " ", "", "  ", "."])
        out, i = [], 0
        for g in groups:
            out.append(ds[i:i + g]); i += g
        if i < len(ds):
            out.append(ds[i:])
        return sep.join(x for x in out if x)


# --------------------------------------------------------------------------
# scenery
INDUSTRY = {
    "banking": ["Northgate Bank", "Harbour Building Society", "First Meridian Credit Union", "Lakeside Savings"],
    "telecom": ["Skyline Mobile", "Orbit Broadband", "TalkWave", "Connexa Telecom"],
    "utilities": ["Brightwater Energy", "Greenfield Gas & Power", "Aqua Anglia", "Shannon Power"],
    "retail": ["Marlowe & Finch", "ShopDirect Plus", "Petal & Pine", "Outdoor Emporium"],
    "insurance": ["Sentinel Insurance", "Clearview Motor Cover", "Hearth Home Insurance", "Atlas Life"],
    "travel": ["Bluesky Airways", "Wanderlust Holidays", "EuroRail Connect", "Coastline Ferries"],
    "healthcare billing": ["St Mary's Patient Billing", "MedPay Services", "Riverside Dental", "CareFirst Billing"],
    "government": ["the Vehicle Licensing Office", "the Council Tax team", "the Benefits Helpline", "the Passport Office"],
}
AGENT_OPEN = ["thanks for calling {co}, you're through to {ag}, how can i help", "hi, {co}, {ag} speaking",
              "good morning you're through to {co}, my name's {ag}", "{co} customer services, {ag} here, how can i help today",
              "hello and welcome to {co}, you're speaking with {ag}"]
TYPED_OPEN = ["Hi, thanks for contacting {co} chat. I'm {ag}, how can I help?", "Welcome to {co} support! You're chatting with {ag}.",
              "Hello, {ag} from {co} here.", "Thanks for your message to {co}. {ag} here."]
AGENTS = ["priya", "dan", "shauna", "marcus", "aoife", "tom", "leah", "kwame", "sofia", "rhys", "niamh", "carlos"]
BACKCH = ["mhm", "go on", "yep", "okay", "uh huh", "yeah", "right", "got that", "mm", "okay go on", "yes"]
ASIDES = ["hang on it's in my other hand", "sorry the dog's barking", "one sec, let me just get my glasses",
          "sorry, kids, be quiet a minute", "hold on i'm in the car", "wait the numbers are worn off a bit",
          "sorry someone's at the door", "bear with me"]
TOWNS_UK = ["Leeds", "Manchester", "Bristol", "Cardiff", "Glasgow", "Norwich", "Reading", "Belfast", "Oxford", "Hull"]
TOWNS_US = ["Springfield", "Columbus", "Austin", "Portland", "Madison", "Tucson", "Raleigh", "Boise"]
STREETS = ["Hawthorn", "Mill", "Elm", "Station", "Church", "Victoria", "Maple", "Oak", "Queens", "Kingsley",
           "Beech", "Willow", "Orchard", "Meadow", "Chapel", "Park View", "St Anne's", "Riverside", "Lark", "Juniper"]
SUFFIX_TYPED = ["Road", "Street", "Lane", "Avenue", "Close", "Drive", "Way", "Crescent", "Terrace", "Grove",
                "Gardens", "Place", "Court", "Rd", "St", "Ave", "Mews", "Walk"]
FIRST = ["jane", "mark", "siobhan", "raj", "emily", "tariq", "laura", "sean", "beth", "oliver", "grace", "kofi",
         "martina", "luke", "hannah", "dev", "ciara", "paul"]
LAST = ["doe", "patel", "murphy", "okafor", "smith", "kowalski", "brennan", "hughes", "nguyen", "garcia",
        "walsh", "baker", "ahmed", "jones", "fischer", "dubois"]
DOMAINS = ["gmail.com", "hotmail.co.uk", "yahoo.com", "outlook.com", "btinternet.com", "icloud.com",
           "eircom.net", "proton.me", "web.de", "live.ie"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december"]
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
       "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
       "eighteenth", "nineteenth", "twentieth", "twenty first", "twenty second", "twenty third",
       "twenty fourth", "twenty fifth", "twenty sixth", "twenty seventh", "twenty eighth"]
SUFX = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}


class Builder(Gen):
    def company(self):
        ind = self.ch(sorted(INDUSTRY))
        return ind, self.ch(INDUSTRY[ind])

    def open_call(self, c, co, typed=False):
        ag = self.ch(AGENTS)
        if typed:
            c.t("agent", self.ch(TYPED_OPEN).format(co=co, ag=ag.capitalize()))
        else:
            c.t("agent", self.ch(AGENT_OPEN).format(co=co, ag=ag))

    def say_year(self, y, st):
        if y >= 2000:
            if y < 2010:
                return self.ch(["two thousand and ", "two thousand and "]) + UNITS[y - 2000] if y > 2000 else "two thousand"
            return "two thousand and " + self.say_chunk(str(y - 2000), dict(st, pairs=1.0, homo=0.0))
        a, b = y // 100, y % 100
        head = TEEN_W[a - 10]
        if b == 0:
            return head + " hundred"
        if b < 10:
            return head + " " + self.ch(["oh ", "o "]) + UNITS[b]
        return head + " " + self.say_chunk("%02d" % b, dict(st, pairs=1.0))

    def render_date(self, d, spoken, us=False):
        st = self.style(pairs=1.0, hund=0.0, double=0.0, filler=0.0)
        if not spoken:
            f = self.ch(["num", "num", "long", "short", "iso"])
            if f == "num":
                a, b = (d.month, d.day) if us else (d.day, d.month)
                return self.ch(["%02d/%02d/%d", "%d/%d/%d", "%02d.%02d.%d", "%02d-%02d-%d"]) % (a, b, d.year)
            if f == "long":
                if us:
                    return "%s %d, %d" % (MONTHS[d.month - 1].capitalize(), d.day, d.year)
                return "%d%s %s %d" % (d.day, SUFX.get(d.day, "th"), MONTHS[d.month - 1].capitalize(), d.year)
            if f == "short":
                return "%d %s %d" % (d.day, MONTHS[d.month - 1][:3].capitalize(), d.year)
            return d.isoformat()
        f = self.ch(["ord", "ord", "us", "digits", "ofthe"])
        yr = self.say_year(d.year, st) if self.p(0.75) else self.say_chunk("%02d" % (d.year % 100), dict(st, pairs=1.0))
        if f == "ord":
            return "%s of %s%s %s" % (ORD[d.day], MONTHS[d.month - 1], self.ch(["", ",", " um"]), yr)
        if f == "us":
            return "%s %s %s" % (MONTHS[d.month - 1], ORD[d.day] if self.p(0.5) else self.say_chunk(str(d.day), dict(st, pairs=1.0)), yr)
        if f == "ofthe":
            return "%s of the %s %s" % (ORD[d.day], ORD[d.month], yr)
        return "%s %s %s" % (self.say_chunk("%02d" % d.day, st), self.say_chunk("%02d" % d.month, st), yr)

    def render_expiry(self, e, spoken):
        m, y = e.split("/")
        if not spoken:
            return self.ch(["%s/%s", "%s/%s", "%s-%s", "%s / %s", "%s/20%s"]) % (m, y) if self.p(0.8) else \
                "%s %s" % (MONTHS[int(m) - 1][:3].capitalize(), "20" + y)
        st = self.style(pairs=1.0, hund=0.0, double=0.0)
        f = self.ch(["num", "month", "slash", "num"])
        yy = self.say_chunk(y, st)
        if f == "num":
            return self.say_chunk(m, dict(st, pairs=0.0)) + " " + yy
        if f == "month":
            return MONTHS[int(m) - 1] + " " + self.ch(["", "twenty "]) + yy
        return self.say_chunk(m, dict(st, pairs=0.0)) + " slash " + yy

    def address(self, us=False, spoken=False):
        num = str(self.r.randint(1, 240 if not us else 9800))
        street = self.ch(STREETS)
        suf = self.ch(SUFFIX_TYPED if not us else ["Street", "Avenue", "Drive", "Blvd", "Lane", "Ave", "St", "Court"])
        flat = ""
        if self.p(0.3):
            flat = self.ch(["Flat %d, " % self.r.randint(1, 30), "Apt %d%s, " % (self.r.randint(1, 12), self.ch(["", "B", "C"])),
                            "Flat %d " % self.r.randint(1, 9), "Unit %d, " % self.r.randint(1, 20)])
        canon = flat + num + " " + street + " " + suf
        if not spoken:
            txt = canon if self.p(0.7) else canon.lower()
            return canon, txt
        st = self.style(pairs=self.ch([0.0, 1.0]), hund=self.ch([0.0, 0.6]), double=0.3, homo=0.1)
        sn = self.say_chunk(num, st)
        fl = ""
        if flat:
            fnum = re.search(r"\d+", flat).group()
            fl = flat.split()[0].lower() + " " + self.say_chunk(fnum, dict(st, homo=0.0)) + self.ch([", ", " "])
        long_suf = {"Rd": "road", "St": "street", "Ave": "avenue", "Blvd": "boulevard"}.get(suf, suf.lower())
        canon = canon.rsplit(" ", 1)[0] + " " + long_suf
        return canon, fl + sn + " " + street.lower() + " " + long_suf

    def email(self):
        f, l = self.ch(FIRST), self.ch(LAST)
        user = self.ch(["%s.%s" % (f, l), "%s%s" % (f[0], l), "%s_%s%d" % (f, l, self.r.randint(1, 99)),
                        "%s.%s%d" % (f[0], l, self.r.randint(70, 99)), "%s%d" % (f, self.r.randint(1, 999)),
                        "%s-%s" % (f, l)])
        return "%s@%s" % (user, self.ch(DOMAINS))

    def say_email(self, e):
        user, dom = e.split("@")
        parts = re.findall(r"[a-z]+|\d+|[._\-]", user)
        out = []
        for p in parts:
            if p == ".":
                out.append("dot")
            elif p == "_":
                out.append("underscore")
            elif p == "-":
                out.append(self.ch(["dash", "hyphen"]))
            elif p.isdigit():
                if len(p) == 2 and p[0] not in "01" and self.p(0.5):
                    out.append(TENS_W[int(p[0])] + ("" if p[1] == "0" else " " + UNITS[int(p[1])]))
                else:
                    out.append(" ".join(UNITS[int(d)] for d in p))
            elif len(p) == 1:
                out.append(p)
            elif self.p(0.25):
                out.append(p + ", " + " ".join(p) if self.p(0.0) else " ".join(p))
            else:
                out.append(p)
        dparts = dom.split(".")
        dom_s = " dot ".join(dparts)
        if dparts[0] == "gmail" and self.p(0.4):
            dom_s = dom_s.replace("gmail", "g mail", 1)
        if dparts[0] == "hotmail" and self.p(0.3):
            dom_s = dom_s.replace("hotmail", "hot mail", 1)
        return " ".join(out) + " at " + dom_s


# --------------------------------------------------------------------------
# positive templates
class Pos(Builder):
    def card_call(self):
        ind, co = self.company()
        c = Case("")
        self.open_call(c, co)
        card = self.card()
        v = Val("CARD_NUMBER", card)
        st = self.style()
        groups = self.card_groups(len(card))
        mode = self.ch(["single", "split", "split", "aside", "restart", "readback"])
        c.t("customer", self.ch(["hi i need to pay my bill", "yeah hi i want to make a payment",
                                 "hiya, i'd like to pay off what i owe", "i'm ringing to pay the outstanding balance"]))
        c.t("agent", self.ch(["no problem, can i take the long number on the card", "sure, what's the card number please",
                              "okay can you read me the sixteen digits across the front", "lovely, go ahead with the card number when you're ready"]))
        lead = self.ch(["yeah it's ", "okay ", "right so ", "", "um ", "it's ", "okay its "])
        if mode == "single":
            c.t("customer", lead, S(self.say_digits(card, st, groups), v))
            note = "card number read in one turn"
        elif mode in ("split", "readback"):
            chunks, i = [], 0
            for g in groups:
                chunks.append(card[i:i + g]); i += g
            cut = self.r.randint(1, len(chunks) - 1)
            if mode == "readback" or len(chunks) < 3:
                cuts = [cut]
            else:
                cuts = sorted(set([1, self.r.randint(2, len(chunks) - 1)]))
            pieces, prev = [], 0
            for cu in cuts + [len(chunks)]:
                pieces.append("".join(chunks[prev:cu])); prev = cu
            for k, pc in enumerate(pieces):
                c.t("customer", lead if k == 0 else self.ch(["", "then ", "and ", "", "next ones "]),
                    S(self.say_digits(pc, st, [4] * 5), v, "part"))
                if k < len(pieces) - 1:
                    c.t("agent", self.ch(BACKCH))
            note = "card number split over customer turns with back-channels"
            if mode == "readback":
                rb = self.say_digits(card, self.style(asr=True, homo=0.1, filler=0.0, pairs=0.0), groups) \
                    if self.p(0.7) else self.typed_groups(card, groups, " ")
                c.t("agent", self.ch(["so that's ", "let me read that back, ", "just to confirm "]), S(rb, v),
                    self.ch(["?", ", is that right?", ", correct?"]))
                c.t("customer", self.ch(["yep", "that's it", "yes that's right"]))
                note += ", agent read-back"
        elif mode == "aside":
            cut = self.ch([4, 6, 8, 12]) if len(card) > 12 else 4
            c.t("customer", lead, S(self.say_digits(card[:cut], st, [4, 4, 4]), v, "part"),
                self.ch([", ", " ... ", " - "]) + self.ch(ASIDES) + self.ch([" - ", ", ", " ... "]),
                S(self.say_digits(card[cut:], st, [4, 4, 4, 4]), v, "part"))
            note = "aside in the middle of a card reading"
        else:
            wrong = list(card[:4])
            wrong[-1] = str((int(wrong[-1]) + self.r.randint(1, 8)) % 10)
            fv = Val("CARD_NUMBER", "".join(wrong))
            c.t("customer", lead, S(self.say_digits("".join(wrong), st), fv, "frag"),
                self.ch([" no sorry, ", " ... no wait, start again, ", " sorry, sorry. let me start again. ",
                         ", no hang on, that's wrong, "]),
                S(self.say_digits(card, st, groups), v))
            note = "restarted card reading; abandoned fragment also labelled"
        if self.p(0.5):
            exp = Val("EXPIRY", self.expiry())
            c.t("agent", self.ch(["and the expiry date?", "thank you. and when does it expire", "expiry date please"]))
            c.t("customer", self.ch(["", "it's ", "um ", "expires "]), S(self.render_expiry(exp.canon, True), exp))
            note += "; expiry"
            if self.p(0.6):
                cv = Val("CVV", self.digits(4 if card[:2] in ("34", "37") else 3))
                c.t("agent", self.ch(["and the three digits on the back", "last bit, the security code on the back please",
                                      "and the c v v"]))
                c.t("customer", self.ch(["", "it's ", "uh ", "that's "]),
                    S(self.say_digits(cv.canon, self.style(hund=0.4, pairs=0.3)), cv))
                note += "; cvv"
        elif self.p(0.3):
            c.t("agent", "thanks, that's gone through on the card ending ",
                S(self.say_digits(card[-4:], self.style(asr=False, filler=0.0)), v, "frag"), ".")
            note += "; last four repeated after full card (labelled)"
        c.note = "%s (%s) phone: %s" % (ind, co, note)
        return c

    def card_chat(self):
        ind, co = self.company()
        c = Case("")
        self.open_call(c, co, typed=True)
        card = self.card()
        v = Val("CARD_NUMBER", card)
        txt = self.typed_groups(card, self.card_groups(len(card)))
        if self.p(0.15):   # odd grouping typed by hand
            txt = self.typed_groups(card, [self.r.randint(3, 6) for _ in range(6)], " ")
        lab = self.ch(["card no: ", "Card number ", "card num - ", "CC: ", "here you go ", "its ", "Long number: ", ""])
        c.t("customer", self.ch(["I want to update my payment card. ", "can u take payment now pls. ", "Hi, ", ""]) + lab,
            S(txt, v), self.ch(["", " thanks", ".", " x"]))
        note = "typed card number"
        if self.p(0.6):
            exp = Val("EXPIRY", self.expiry())
            cv = Val("CVV", self.digits(4 if card[:2] in ("34", "37") else 3))
            c.t("agent", "Thanks. For security please don't send the CVV here - I'll send a secure link. Can you confirm the expiry?")
            c.t("customer", self.ch(["exp ", "Expiry ", "expires ", "valid thru "]), S(self.render_expiry(exp.canon, False), exp),
                self.ch([" and cvv is ", " cvv ", " - security code "]), S(cv.canon, cv))
            note += ", expiry and cvv typed anyway"
        c.note = "%s (%s) chat: %s" % (ind, co, note)
        return c

    def ssn_call(self):
        ind, co = self.company()
        while ind in ("government",):
            ind, co = self.company()
        c = Case("")
        self.open_call(c, co)
        s = self.ssn()
        v = Val("SSN", s)
        st = self.style()
        c.t("customer", self.ch(["hi, i'm calling about my account", "yeah i got a letter about a bill", "i need to set up a payment plan"]))
        c.t("agent", self.ch(["sure, to verify can i get your social security number", "okay i'll need the last... actually the full social please",
                              "can you give me your social security number for verification"]))
        mode = self.ch(["one", "split", "readback", "restart", "one"])
        lead = self.ch(["sure, it's ", "yeah ", "okay um ", "", "it is "])
        if mode in ("one", "readback", "restart"):
            if mode == "restart":
                frag = Val("SSN", s[:2] + str((int(s[2]) + 3) % 10))
                c.t("customer", lead, S(self.say_digits(frag.canon, st), frag, "frag"),
                    self.ch([" wait no. ", ", sorry, wrong one, that's my wife's. it's ", " no, start over. "]),
                    S(self.say_digits(s, st, [3, 2, 4]), v))
            else:
                c.t("customer", lead, S(self.say_digits(s, st, [3, 2, 4]), v))
            if mode == "readback":
                c.t("agent", self.ch(["i have ", "so that's ", "okay, "]),
                    S(self.say_digits(s, self.style(asr=True, filler=0.0), [3, 2, 4]), v), self.ch(["?", ", correct?"]))
                c.t("customer", "yes")
        else:
            c.t("customer", lead, S(self.say_digits(s[:3], st), v, "part"))
            c.t("agent", self.ch(BACKCH))
            c.t("customer", S(self.say_digits(s[3:5], st), v, "part"))
            c.t("agent", self.ch(BACKCH))
            c.t("customer", self.ch(["", "and ", "then "]), S(self.say_digits(s[5:], st), v, "part"))
        c.note = "%s (%s) US phone call: SSN (%s)" % (ind, co, mode)
        if self.p(0.35):
            z = Val("POSTCODE", self.zip())
            c.t("agent", "and the zip code on file?")
            c.t("customer", S(self.say_digits(z.canon, st, [5, 4]), z))
            c.note += "; zip"
        return c

    def ssn_chat(self):
        ind, co = self.company()
        c = Case("")
        self.open_call(c, co, typed=True)
        s = self.ssn()
        v = Val("SSN", s)
        txt = self.ch(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s.%s.%s", "%s - %s - %s"]) % (s[:3], s[3:5], s[5:])
        c.t("agent", "To look up your account I need to verify your identity.")
        c.t("customer", self.ch(["ssn ", "SSN: ", "my social is ", "Social security no. ", "ok its ", "SS# "]), S(txt, v),
            self.ch(["", " and dob ", " - "]) if self.p(0.5) else "")
        if c.turns[-1]["text"].endswith(("dob ", " - ")):
            d = Val("DOB", self.dob().isoformat())
            t = c.turns.pop()
            sp = c.spans.pop(); c.meta.pop()
            c.t("customer", t["text"][:sp["start"]], S(txt, v), t["text"][sp["end"]:],
                S(self.render_date(datetime.date.fromisoformat(d.canon), False, us=True), d))
        c.note = "%s (%s) chat: typed SSN" % (ind, co)
        return c

    def ni_call(self):
        ind, co = self.company()
        c = Case("")
        self.open_call(c, co)
        n = self.ni()
        v = Val("NI_NUMBER", n)
        st = self.style(lhomo=0.3)
        c.t("customer", self.ch(["i'm calling about my pension credit", "it's about my tax code", "i've had a letter about universal credit",
                                 "i need to update my employer details", "ringing about my insurance claim"]))
        c.t("agent", self.ch(["can i take your national insurance number", "what's your n i number please", "could you give me your national insurance number"]))
        mode = self.ch(["one", "split", "readback", "mishear", "one"])
        lead = self.ch(["yeah it's ", "", "um ", "right, ", "it's er "])
        if mode == "split":
            c.t("customer", lead, S(self.say_alnum(n[:2], st), v, "part"))
            c.t("agent", self.ch(BACKCH))
            c.t("customer", S(self.say_digits(n[2:8], st, [2, 2, 2]), v, "part"))
            c.t("agent", self.ch(["and the last letter", "and the letter at the end", "mhm and the end letter"]))
            c.t("customer", self.ch(["", "it's ", "that's "]), S(self.say_alnum(n[8], st), v, "part"))
        elif mode == "mishear":
            alt = {"B": "D", "C": "B", "D": "B", "A": "C"}[n[-1]]
            wrong = Val("NI_NUMBER", n[:-1] + alt)
            c.t("customer", lead, S(self.say_alnum(n[:8], st) + " " + n[-1].lower(), v))
            c.t("agent", "so that's ", S(self.say_alnum(wrong.canon[:8], dict(st, lhomo=0.0)) + " " + alt.lower(), wrong), "?")
            c.t("customer", self.ch(["no, ", "no sorry, "]), S(n[-1].lower() + " for " + NATO[n[-1].lower()], Val("NI_NUMBER", n[-1]), "frag"),
                self.ch([" at the end", ", not " + alt.lower()]))
        else:
            c.t("customer", lead, S(self.say_alnum(n, st), v))
            if mode == "readback":
                c.t("agent", self.ch(["let me read it back, ", "so ", "i've got "]),
                    S(self.say_alnum(n, dict(st, lhomo=0.0)), v), "?")
                c.t("customer", self.ch(["yes", "yep spot on", "that's right"]))
        c.note = "%s (%s) UK call: NI number (%s)" % (ind, co, mode)
        if self.p(0.4):
            d = Val("DOB", self.dob().isoformat())
            c.t("agent", "and your date of birth")
            c.t("customer", self.ch(["", "it's ", "the "]) if False else self.ch(["", "it's ", "um "]),
                S(self.render_date(datetime.date.fromisoformat(d.canon), True), d))
            c.note += "; dob"
        return c

    def ni_chat(self):
        ind, co = self.company()
        c = Case("")
        self.open_call(c, co, typed=True)
        n = self.ni()
        v = Val("NI_NUMBER", n)
        f = self.ch(["%s", "%s %s %s %s %s", "%s%s %s%s%s", "%s-%s-%s-%s-%s"])
        parts = (n[:2], n[2:4], n[4:6], n[6:8], n[8])
        txt = n if f == "%s" else f % parts
        if f == "%s%s %s%s%s":
            txt = "%s%s %s%s%s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8])
        if self.p(0.3):
            txt = txt.lower()
        c.t("customer", self.ch(["NI no: ", "my NI number is ", "nat ins ", "NINO ", "National Insurance: ", "ni num "]),
            S(txt, v), self.ch(["", ".", " thanks", " - is that what u need?"]))
        c.note = "%s (%s) chat: typed NI number" % (ind, co)
        if self.p(0.3):
            pc = Val("POSTCODE", self.uk_postcode())
            c.t("agent", "Thanks. And the postcode on the account?")
            pt = pc.canon[:-3] + " " + pc.canon[-3:]
            c.t("customer", S(pt if self.p(0.6) else pt.lower(), pc))
            c.note += "; postcode"
        return c

    def bank_call(self):
        ind, co = self.company()
        c = Case("")
        self.open_call(c, co)
        st = self.style()
        acct = Val("BANK_ACCOUNT", self.digits(8))
        sc = Val("SORT_CODE", self.ch(["20", "40", "30", "60", "77", "83", "09", "11"]) + self.digits(4))
        c.t("customer", self.ch(["i want to set up a direct debit", "i'd like my refund paid into my bank", "can i change the account the payments come from"]))
        c.t("agent", "okay, what's the sort code")
        scs = self.say_digits(sc.canon, dict(st, pairs=self.ch([0.0, 1.0])), [2, 2, 2])
        c.t("customer", self.ch(["", "it's ", "um "]), S(scs, sc))
        c.t("agent", "and the account number")
        if self.p(0.5):
            c.t("customer", S(self.say_digits(acct.canon[:4], st), acct, "part"))
            c.t("agent", self.ch(BACKCH))
            c.t("customer", S(self.say_digits(acct.canon[4:], st), acct, "part"))
        else:
            c.t("customer", self.ch(["", "it's ", "okay "]), S(self.say_digits(acct.canon, st, [4, 4]), acct))
        if self.p(0.5):
            c.t("agent", "so sort code ", S(self.say_digits(sc.canon, self.style(filler=0.0, homo=0.0), [2, 2, 2]), sc),
                ", account ", S(self.say_digits(acct.canon, self.style(filler=0.0, homo=0.0), [4, 4]), acct), "?")
            c.t("customer", "yes")
        c.note = "%s (%s) UK call: sort code + account number" % (ind, co)
        return c

    def bank_chat(self):
        ind, co = self.company()
        c = Case("")
        self.open_call(c, co, typed=True)
        us = self.p(0.4)
        acct = Val("BANK_ACCOUNT", self.digits(self.r.randint(9, 12) if us else 8))
        if us:
            c.t("customer", self.ch(["routing is fine, ", "", "for the ACH "]) + self.ch(["acct no: ", "account # ", "Acct: ", "checking acct "]),
                S(acct.canon, acct), self.ch(["", " (checking)", "."]))
        else:
            sc = Val("SORT_CODE", self.digits(6))
            c.t("customer", self.ch(["s/c ", "sort code ", "Sort: ", "sc "]),
                S(self.ch(["%s-%s-%s", "%s %s %s", "%s%s%s"]) % (sc.canon[:2], sc.canon[2:4], sc.canon[4:]), sc),
                self.ch([" acct no: ", ", account number ", " a/c ", " acc "]), S(acct.canon, acct))
        c.note = "%s (%s) chat: typed bank details" % (ind, co)
        return c

    def iban_any(self):
        ind, co = self.company()
        c = Case("")
        iban = self.iban()
        v = Val("IBAN", iban)
        if self.p(0.5):
            self.open_call(c, co, typed=True)
            txt = " ".join(iban[i:i + 4] for i in range(0, len(iban), 4)) if self.p(0.6) else iban
            if self.p(0.2):
                txt = txt.lower()
            c.t("customer", self.ch(["IBAN: ", "my iban is ", "Please refund to ", "iban "]), S(txt, v),
                self.ch(["", " thanks", " (Bank of Ireland)"]))
            c.note = "%s (%s) chat: typed IBAN %s" % (ind, co, iban[:2])
        else:
            self.open_call(c, co)
            st = self.style(lhomo=0.3, pairs=0.0, hund=0.0)
            c.t("agent", "okay and the i ban for the refund")
            c.t("customer", self.ch(["right it's ", "okay ", "um "]), S(self.say_alnum(iban[:8], st), v, "part"))
            c.t("agent", self.ch(BACKCH))
            c.t("customer", S(self.say_digits(iban[8:], st, [4] * 8) if iban[8:].isdigit() else self.say_alnum(iban[8:], st), v, "part"))
            c.note = "%s (%s) phone: spoken IBAN split over turns %s" % (ind, co, iban[:2])
        return c

    def phone_any(self):
        ind, co = self.company()
        c = Case("")
        num, groups = self.phone()
        v = Val("PHONE", num)
        if self.p(0.4):
            self.open_call(c, co, typed=True)
            if num.startswith("+"):
                cc_len = {"+1": 2, "+44": 3, "+353": 4}.get(num[:4] if num.startswith("+353") else num[:3] if num[:3] in ("+44", "+33", "+49", "+34", "+31") else num[:2], 3)
                txt = num[:cc_len] + " " + self.typed_groups(num[cc_len:], [3, 3, 4], self.ch([" ", "-", ""]))
            else:
                txt = self.typed_groups(num, groups or [4, 3, 4], self.ch([" ", "-", "", "."]))
            c.t("customer", self.ch(["best number to reach me: ", "tel ", "mob: ", "call me on ", "my cell is ", "Ph: "]),
                S(txt, v), self.ch(["", " after 5", " thx"]))
            c.note = "%s (%s) chat: typed phone" % (ind, co)
        else:
            self.open_call(c, co)
            st = self.style()
            c.t("agent", self.ch(["what's the best contact number", "and a phone number in case we get cut off", "can i confirm the mobile number on the account"]))
            if num.startswith("+"):
                cc = re.match(r"\+(1|44|353|33|49|34|31)", num).group(1)
                head = "plus " + self.say_chunk(cc, dict(st, pairs=0.0, hund=0.0, double=0.0)) if self.p(0.6) else \
                    "double " + self.ch(ZEROS[:3]) + " " + self.say_chunk(cc, dict(st, pairs=0.0, double=0.0, hund=0.0))
                if head.startswith("double"):
                    v = Val("PHONE", "00" + num[1:])
                rest = num[1 + len(cc):]
                c.t("customer", self.ch(["", "it's ", "yeah "]), S(head + " " + self.say_digits(rest, st, [3, 3, 4]), v))
            elif self.p(0.5):
                c.t("customer", self.ch(["", "it's ", "um "]), S(self.say_digits(num, st, groups or [4, 3, 4]), v))
            else:
                c.t("customer", S(self.say_digits(num[:5], st), v, "part"))
                c.t("agent", self.ch(BACKCH))
                c.t("customer", S(self.say_digits(num[5:], st, [3, 3]), v, "part"))
            c.note = "%s (%s) phone: spoken phone number" % (ind, co)
        return c

    def email_any(self):
        ind, co = self.company()
        c = Case("")
        e = self.email()
        v = Val("EMAIL", e)
        if self.p(0.4):
            self.open_call(c, co, typed=True)
            txt = e if self.p(0.6) else self.ch([e.capitalize(), e.upper(), e.replace("@", " @ ")])
            c.t("customer", self.ch(["email: ", "pls send it to ", "my email is ", "Email addy ", "e-mail "]), S(txt, v),
                self.ch(["", " thanks", "."]))
            c.note = "%s (%s) chat: typed email" % (ind, co)
        else:
            self.open_call(c, co)
            c.t("agent", self.ch(["and an email address for the confirmation", "what email shall i send that to", "can i take an email"]))
            c.t("customer", self.ch(["yeah it's ", "", "it's um "]), S(self.say_email(e), v))
            if self.p(0.4):
                c.t("agent", "so ", S(self.say_email(e), v), "?")
                c.t("customer", "that's it")
            c.note = "%s (%s) phone: spoken email" % (ind, co)
        return c

    def address_any(self):
        ind, co = self.company()
        c = Case("")
        us = self.p(0.35)
        spoken = self.p(0.6)
        canon, txt = self.address(us, spoken)
        a = Val("ADDRESS", canon)
        pc = Val("POSTCODE", self.zip() if us else self.uk_postcode())
        town = self.ch(TOWNS_US if us else TOWNS_UK)
        if spoken:
            self.open_call(c, co)
            c.t("agent", self.ch(["can you confirm the first line of the address", "what's the address for the delivery", "and your address please"]))
            if us:
                pcs = self.say_digits(pc.canon, self.style(), [5, 4])
            else:
                pcs = self.say_alnum(pc.canon, self.style(lhomo=0.3, pairs=0.0, hund=0.0))
            if self.p(0.5):
                c.t("customer", self.ch(["", "it's ", "yeah "]), S(txt, a), ", " + town.lower() + ", ", S(pcs, pc))
            else:
                c.t("customer", self.ch(["", "it's ", "um "]), S(txt, a), self.ch([" in ", ", "]) + town.lower())
                c.t("agent", self.ch(["and the postcode", "and the zip", "postcode?"]))
                c.t("customer", S(pcs, pc))
            c.note = "%s (%s) phone: spoken address + %s" % (ind, co, "zip" if us else "postcode")
        else:
            self.open_call(c, co, typed=True)
            pct = pc.canon if us else (pc.canon[:-3] + " " + pc.canon[-3:])
            if us and len(pct) == 9:
                pct = pct[:5] + "-" + pct[5:]
            c.t("customer", self.ch(["new address is ", "Address: ", "please deliver to ", "I've moved to "]), S(txt, a),
                ", " + town + (", " if us else " "), S(pct, pc))
            c.note = "%s (%s) chat: typed address + %s" % (ind, co, "zip" if us else "postcode")
        return c

    def dob_any(self):
        ind, co = self.company()
        c = Case("")
        d = self.dob()
        v = Val("DOB", d.isoformat())
        spoken = self.p(0.6)
        self.open_call(c, co, typed=not spoken)
        c.t("agent", self.ch(["Can you confirm your date of birth?", "and your date of birth please", "for security, date of birth?"]))
        us = self.p(0.3)
        lead = self.ch(["", "it's ", "um ", "born on the " if False else "", "DOB "])
        c.t("customer", lead, S(self.render_date(d, spoken, us=us), v))
        c.note = "%s (%s) %s: date of birth" % (ind, co, "phone" if spoken else "chat")
        if self.p(0.3):
            c.t("agent", "thanks, and the postcode")
            pc = Val("POSTCODE", self.uk_postcode())
            c.t("customer", S(self.say_alnum(pc.canon, self.style(pairs=0.0, hund=0.0)) if spoken else pc.canon, pc))
            c.note += "; postcode"
        return c


def _expiry_cvv(self):
    ind, co = self.company()
    c = Case("")
    self.open_call(c, co)
    card = self.card()
    v = Val("CARD_NUMBER", card)
    exp = Val("EXPIRY", self.expiry())
    cv = Val("CVV", self.digits(4 if card[:2] in ("34", "37") else 3))
    c.t("customer", self.ch(["sorry what did you need", "hang on let me find my purse", "ok i've got the card here"]))
    c.t("agent", "the card number, then the expiry and security code")
    st = self.style(homo=0.35, run=0.2)
    c.t("customer", S(self.say_digits(card, st, self.card_groups(len(card))), v),
        self.ch([" and it expires ", ", expiry ", ", runs out ", " expires "]), S(self.render_expiry(exp.canon, True), exp),
        self.ch([" and the code is ", ", three digit code ", ", back of the card ", " security "]),
        S(self.say_digits(cv.canon, self.style(hund=0.5, homo=0.3)), cv))
    c.note = "%s (%s) phone: card, expiry and cvv in one breath with ASR homophones" % (ind, co)
    return c


Pos.expiry_cvv = _expiry_cvv


def _mixed_kyc(self):
    """Several identifiers across a long verification call."""
    ind, co = self.company()
    c = Case("")
    self.open_call(c, co)
    uk = self.p(0.6)
    st = self.style(homo=0.25)
    c.t("customer", self.ch(["hi i've been locked out of my online account", "i want to open a new account", "i need to report my card stolen"]))
    c.t("agent", "okay i'll need to take you through security, can i have your full name and date of birth")
    d = Val("DOB", self.dob().isoformat())
    c.t("customer", self.ch(["it's ", "yeah ", ""]) + self.ch(FIRST) + " " + self.ch(LAST) + ", ",
        S(self.render_date(datetime.date.fromisoformat(d.canon), True, us=not uk), d))
    if uk:
        n = Val("NI_NUMBER", self.ni())
        c.t("agent", "and your national insurance number")
        c.t("customer", S(self.say_alnum(n.canon, dict(st, lhomo=0.4)), n))
    else:
        s = Val("SSN", self.ssn())
        c.t("agent", "and your social")
        c.t("customer", S(self.say_digits(s.canon, st, [3, 2, 4]), s))
    num, groups = self.phone("uk_mob" if uk else "us")
    p = Val("PHONE", num)
    c.t("agent", "and the phone number we have for you?")
    c.t("customer", S(self.say_digits(num, st, groups), p))
    c.note = "%s (%s) phone: multi-identifier security check (%s)" % (ind, co, "UK" if uk else "US")
    return c


Pos.mixed_kyc = _mixed_kyc


def _asr_ssn_heavy(self):
    ind, co = self.company()
    c = Case("")
    self.open_call(c, co)
    s = Val("SSN", self.ssn())
    st = self.style(homo=0.6, run=0.3, pairs=0.0, hund=0.0, filler=0.2)
    c.t("agent", "can i grab the social on the account")
    c.t("customer", self.ch(["social is ", "", "its "]), S(self.say_digits(s.canon, st, [3, 2, 4]), s),
        self.ch(["", " i think", ", yeah"]))
    c.note = "%s (%s) phone: SSN with heavy ASR homophones / run-together words" % (ind, co)
    return c


Pos.asr_ssn_heavy = _asr_ssn_heavy


def _asr_card_heavy(self):
    ind, co = self.company()
    c = Case("")
    self.open_call(c, co)
    card = Val("CARD_NUMBER", self.card())
    st = self.style(homo=0.6, run=0.3, filler=0.15)
    c.t("agent", "whenever you're ready with the card")
    c.t("customer", self.ch(["card number ", "okay ", "long number "]), S(self.say_digits(card.canon, st, self.card_groups(len(card.canon))), card))
    c.t("agent", "and just the name as it appears on the card")
    c.t("customer", self.ch(FIRST) + " " + self.ch(LAST))
    c.note = "%s (%s) phone: card read with heavy ASR homophones (for/four, ate/eight, won/one...)" % (ind, co)
    return c


Pos.asr_card_heavy = _asr_card_heavy


def _ni_asr_heavy(self):
    ind, co = self.company()
    c = Case("")
    self.open_call(c, co)
    n = Val("NI_NUMBER", self.ni())
    st = self.style(homo=0.5, lhomo=0.7, run=0.3, pairs=self.ch([0.0, 0.5]))
    c.t("agent", "and your n i number")
    c.t("customer", self.ch(["", "it's ", "yeah it's "]), S(self.say_alnum(n.canon, st), n))
    c.note = "%s (%s) phone: NI number with mis-heard letter homophones" % (ind, co)
    return c


Pos.ni_asr_heavy = _ni_asr_heavy


# --------------------------------------------------------------------------
# negative templates
class Neg(Builder):
    def run(self):
        ind, co = self.company()
        c = Case("")
        spoken = self.p(0.6)
        self.open_call(c, co, typed=not spoken)
        kind = self.ch(NEG_KINDS)
        lines, note = getattr(self, "n_" + kind)(spoken)
        for sp, t in lines:
            c.t(sp, t)
        c.note = "%s (%s) %s: %s" % (ind, co, "phone" if spoken else "chat", note)
        return c

    def sd(self, ds, groups=None, **kw):
        return self.say_digits(ds, self.style(**kw), groups)

    def num_words(self, n):
        if n < 10:
            return UNITS[n]
        if n < 20:
            return TEEN_W[n - 10]
        if n < 100:
            return TENS_W[n // 10] + ("" if n % 10 == 0 else " " + UNITS[n % 10])
        if n < 1000:
            return UNITS[n // 100] + " hundred" + ("" if n % 100 == 0 else " and " + self.num_words(n % 100))
        return self.num_words(n // 1000) + " thousand" + ("" if n % 1000 == 0 else
                                                          (" and " if n % 1000 < 100 else " ") + self.num_words(n % 1000))

    def n_order(self, sp):
        ds = self.digits(self.ch([12, 14, 16]), True)
        lab = self.ch(["order number", "order ref", "tracking number", "ticket number", "invoice number", "claim reference"])
        t = self.sd(ds, [4, 4, 4, 4]) if sp else self.typed_groups(ds, [4, 4, 4, 4], self.ch([" ", "-", ""]))
        return [("customer", "my %s is %s" % (lab, t)), ("agent", "thanks, i can see that %s now" % lab.split()[0])], "long %s read like a card" % lab

    def n_lastfour(self, sp):
        l4 = self.digits(4)
        t = self.sd(l4) if sp else l4
        return [("agent", "which card would you like to use?"),
                ("customer", self.ch(["the one ending ", "card ending in ", "the visa ending ", "the debit card, last four "]) + t),
                ("agent", "okay, the card ending %s, that's all done" % t)], "card last-four only"

    def n_amounts(self, sp):
        a = self.r.randint(100, 9999)
        pence = self.r.randint(0, 99)
        if sp:
            txt = "your balance is %s pounds and %s pence" % (self.num_words(a), self.num_words(pence) if pence else "no")
            txt2 = "and the minimum payment is %s" % self.num_words(self.r.randint(20, 99))
        else:
            txt = "Your outstanding balance is £%s.%02d" % ("{:,}".format(a), pence)
            txt2 = "Min payment $%d.%02d due by 14/%02d" % (self.r.randint(20, 99), pence, self.r.randint(1, 12))
        return [("agent", txt), ("agent", txt2), ("customer", "ok")], "balances and amounts"

    def n_meter(self, sp):
        r = self.digits(self.ch([5, 6, 8]))
        t = self.sd(r, [3, 3]) if sp else r
        return [("agent", "can you read me the meter"),
                ("customer", "the %s reading is %s" % (self.ch(["electric", "gas", "day rate", "water meter"]), t)),
                ("agent", "and the meter serial")] + \
            [("customer", "serial %s" % (self.sd(self.digits(10, True), [2, 4, 4]) if sp else "S" + self.digits(9, True)))], "meter reading and meter serial"

    def n_flight(self, sp):
        fl = self.ch(["BA", "EI", "FR", "UA", "LH", "DL"])
        n = self.r.randint(100, 2999)
        if sp:
            return [("customer", "i'm on %s %s tomorrow, seat %s %s, gate %s" % (" ".join(fl.lower()), self.sd(str(n)), self.num_words(self.r.randint(1, 40)),
                                                                            self.ch(["a", "c", "f"]), self.num_words(self.r.randint(1, 60)))),
                    ("agent", "right so departing at %s" % self.ch(["half past nine", "ten forty five", "six oh five in the morning"]))], "flight, seat, gate, time"
        return [("customer", "Flight %s%d on 03/%02d/2026, booking ref %s" % (fl, n, self.r.randint(1, 12), "".join(self.ch("ABCDEFGHJKLMNPRSTUVWXYZ23456789") for _ in range(6)))),
                ("agent", "Thanks, seat 14C is confirmed, boarding at 07:35.")], "flight details and booking ref"

    def n_policy(self, sp):
        ds = self.digits(self.ch([8, 9, 10, 11]), True)
        lab = self.ch(["policy number", "membership number", "customer reference", "case number", "contract number", "account reference"])
        if sp:
            return [("agent", "do you have your %s" % lab), ("customer", "yeah, %s, %s" % (lab, self.sd(ds)))], "%s spoken digit by digit" % lab
        pref = self.ch(["POL-", "MBR", "CASE#", "REF ", ""])
        return [("customer", "%s: %s%s" % (lab.capitalize(), pref, ds))], "typed %s" % lab

    def n_times(self, sp):
        if sp:
            return [("agent", "we're open from eight till eight monday to friday and nine to five on saturdays"),
                    ("customer", "okay and how long is the wait usually"),
                    ("agent", "about %s minutes, you're number %s in the queue" % (self.num_words(self.r.randint(5, 45)), self.num_words(self.r.randint(2, 30))))], "opening hours and wait times"
        return [("agent", "Our lines are open 08:00-20:00 Mon-Fri, 09:00-17:00 Sat. Average wait 12 mins.")], "opening hours"

    def n_dates(self, sp):
        d = datetime.date(2026, self.r.randint(1, 12), self.r.randint(1, 28))
        if sp:
            return [("agent", "your engineer appointment is on the %s of %s between eight and twelve" % (ORD[d.day], MONTHS[d.month - 1])),
                    ("customer", "and the contract ends when"),
                    ("agent", "the %s of %s twenty twenty seven" % (ORD[self.r.randint(1, 28)], self.ch(MONTHS)))], "appointment and contract end dates"
        return [("agent", "Your next payment of £42.50 will be taken on %s. Contract end date: %02d/%02d/2028." % (d.strftime("%d/%m/%Y"), self.r.randint(1, 28), self.r.randint(1, 12)))], "payment and contract dates"

    def n_misc(self, sp):
        if sp:
            return [("customer", "i'm %s years old and i've been with you since %s" % (self.num_words(self.r.randint(20, 90)), self.say_year(self.r.randint(1995, 2020), self.style()))),
                    ("agent", "thank you for being with us that long, you're getting %s percent off" % self.num_words(self.r.randint(5, 40))),
                    ("customer", "the heating's set to %s degrees and it's still cold" % self.num_words(self.r.randint(17, 24)))], "age, years, percentages, temperatures"
        return [("customer", "Router model TP-%s, serial %s, firmware %d.%d.%d" % (self.digits(4), self.digits(12, True), 1, self.r.randint(0, 9), self.r.randint(0, 20))),
                ("agent", "Thanks - that model has a known issue, 3 of 4 lights should be green.")], "model, serial and firmware numbers"

    def n_roads(self, sp):
        if sp:
            return [("customer", "i broke down on the m %s near junction %s" % (self.num_words(self.ch([4, 5, 6, 25, 40, 62])), self.num_words(self.r.randint(2, 30)))),
                    ("agent", "okay we'll have someone with you in about forty minutes")], "motorway and junction numbers"
        return [("customer", "I'm on the %s heading north, about %d miles past exit %d" % (self.ch(["A40", "M25", "I-95", "Route 66", "N7", "A1(M)"]), self.r.randint(2, 30), self.r.randint(3, 60)))], "road names and exits"

    def n_cardlike(self, sp):
        ds = self.card()
        lab = self.ch(["gift card reference", "voucher code", "loyalty card number", "parcel tracking number", "serial number", "IMEI-style device serial"])
        lab = self.ch(["voucher code", "parcel tracking number", "serial number", "order confirmation number", "reservation number"])
        t = self.sd(ds, self.card_groups(len(ds))) if sp else self.typed_groups(ds, [4, 4, 4, 4])
        return [("agent", "what's the %s" % lab), ("customer", "%s %s" % (self.ch(["it's", "the " + lab + " is", "ok"]), t)),
                ("agent", "thanks, found the %s" % lab.split()[0])], "Luhn-valid 16-digit %s (not a card)" % lab

    def n_phone_menu(self, sp):
        return [("agent", "if you call back, press %s for billing, %s for faults" % (self.ch(["one", "1"]), self.ch(["two", "2"]))),
                ("customer", "ok and extension %s?" % (self.sd(self.digits(4)) if sp else self.digits(4))),
                ("agent", "yes, that's the complaints team, room %s" % self.num_words(self.r.randint(100, 450)))], "menu options, extensions, room numbers"

    def n_counts(self, sp):
        n1 = self.r.randint(2, 12)
        return [("customer", "i ordered %s chairs and only %s arrived, and it took %s days" % (self.num_words(n1 * 2) if sp else n1 * 2, self.num_words(n1) if sp else n1, self.num_words(self.r.randint(3, 21)) if sp else self.r.randint(3, 21))),
                ("agent", "sorry about that, i'll raise a claim, reference %s" % (self.sd(self.digits(7, True)) if sp else "CLM" + self.digits(7)))], "counts, durations, claim reference"

    def n_prices(self, sp):
        if sp:
            return [("agent", "the new tariff is %s pence per kilowatt hour and the standing charge is %s" % (self.num_words(self.r.randint(20, 35)), self.num_words(self.r.randint(40, 60)))),
                    ("customer", "so roughly %s a month" % self.num_words(self.r.randint(60, 250))),
                    ("agent", "around that, based on %s kilowatt hours a year" % self.num_words(self.ch([2700, 3100, 2900])))], "tariff prices and usage"
        return [("customer", "Why was I charged €%d.%02d on invoice INV-%s?" % (self.r.randint(10, 300), self.r.randint(0, 99), self.digits(8, True))),
                ("agent", "That's the annual fee of €29.99 plus 23% VAT.")], "prices, invoice number, VAT"


NEG_KINDS = [m[2:] for m in dir(Neg) if m.startswith("n_")]

POS_PLAN = (["card_call"] * 5 + ["card_chat"] * 3 + ["asr_card_heavy"] * 2 + ["expiry_cvv"] * 2 +
            ["ssn_call"] * 2 + ["ssn_chat"] * 1 + ["asr_ssn_heavy"] * 1 +
            ["ni_call"] * 2 + ["ni_chat"] * 1 + ["ni_asr_heavy"] * 1 +
            ["bank_call", "bank_chat", "iban_any", "iban_any", "phone_any", "phone_any", "email_any", "email_any",
             "address_any", "address_any", "dob_any", "mixed_kyc", "mixed_kyc"])
N_POS = 232
N_NEG = 120


def build():
    rng = random.Random(SEED)
    pos = Pos(rng)
    neg = Neg(rng)
    cases = []
    plan = [POS_PLAN[i % len(POS_PLAN)] for i in range(N_POS)]
    rng.shuffle(plan)
    for i, name in enumerate(plan):
        c = getattr(pos, name)()
        c.id, c.kind = "h368-pos-%03d" % (i + 1), "positive"
        cases.append(c)
    for i in range(N_NEG):
        c = neg.run()
        c.id, c.kind = "h368-neg-%03d" % (i + 1), "negative"
        cases.append(c)
    return cases


def serialise(cases):
    lines = []
    for c in cases:
        lines.append(json.dumps({"id": c.id, "kind": c.kind, "turns": c.turns, "spans": c.spans, "note": c.note},
                                ensure_ascii=False))
    return "\n".join(lines) + "\n"


def check(cases, data):
    errs = []
    fresh = serialise(cases)
    if fresh != data:
        errs.append("file is not byte-identical to a fresh regeneration")
    recs = [json.loads(l) for l in data.splitlines()]
    ids = [r["id"] for r in recs]
    if len(ids) != len(set(ids)):
        errs.append("duplicate ids")
    counts = Counter()
    npos = nneg = 0
    for r, c in zip(recs, cases):
        if r["kind"] == "negative":
            nneg += 1
            if r["spans"]:
                errs.append("%s: negative with spans" % r["id"])
        else:
            npos += 1
            if not r["spans"]:
                errs.append("%s: positive without spans" % r["id"])
        for t in r["turns"]:
            if t["speaker"] not in ("customer", "agent"):
                errs.append("%s: bad speaker" % r["id"])
        by_turn = {}
        for s in r["spans"]:
            counts[s["type"]] += 1
            if s["type"] not in TYPES:
                errs.append("%s: bad type" % r["id"])
            text = r["turns"][s["turn"]]["text"]
            a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(text)):
                errs.append("%s: offsets out of range" % r["id"]); continue
            if not (text[a].isalnum() or text[a] == "+") or not text[b - 1].isalnum():
                errs.append("%s: span edge not alnum %r" % (r["id"], text[a:b]))
            if (a > 0 and text[a - 1].isalnum()) or (b < len(text) and text[b].isalnum()):
                errs.append("%s: span not on word boundary %r" % (r["id"], text[a:b]))
            by_turn.setdefault(s["turn"], []).append((a, b))
        for spans in by_turn.values():
            spans.sort()
            for (a1, b1), (a2, b2) in zip(spans, spans[1:]):
                if a2 < b1:
                    errs.append("%s: overlapping spans" % r["id"])
        # value validation through in-memory metadata
        groups = {}
        for s, (val, role) in zip(c.spans, c.meta):
            txt = c.turns[s["turn"]]["text"][s["start"]:s["end"]]
            groups.setdefault(id(val), [val, [], []])
            if role == "part":
                groups[id(val)][1].append(txt)
            elif role == "full":
                groups[id(val)][2].append(txt)
            else:
                n = part_norm(val.type, txt)
                if not n or "?" in n:
                    errs.append("%s: fragment does not normalise %r -> %r" % (r["id"], txt, n))
        for val, parts, fulls in groups.values():
            if val.canon and len(val.canon) > 1 and not validate_value(val.type, val.canon) and (parts or fulls):
                errs.append("%s: invalid %s value %r" % (r["id"], val.type, val.canon))
            if parts:
                joined = "".join(part_norm(val.type, p) for p in parts)
                if joined != val.canon:
                    errs.append("%s: split %s parts %r -> %r != %r" % (r["id"], val.type, parts, joined, val.canon))
            for f in fulls:
                if not text_matches(val.type, f, val.canon):
                    errs.append("%s: %s text %r -> %r != %r" % (r["id"], val.type, f, part_norm(val.type, f), val.canon))
    return errs, counts, npos, nneg


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args()
    cases = build()
    if args.check:
        with open(OUT, encoding="utf-8") as fh:
            data = fh.read()
        errs, counts, npos, nneg = check(cases, data)
        mins = {t: 10 for t in TYPES}
        mins.update({"CARD_NUMBER": 70, "SSN": 30, "NI_NUMBER": 30})
        for t, m in mins.items():
            if counts[t] < m:
                errs.append("too few %s spans: %d < %d" % (t, counts[t], m))
        if npos < 200 or nneg < 100:
            errs.append("too few cases: %d pos, %d neg" % (npos, nneg))
        print("positives=%d negatives=%d spans=%d" % (npos, nneg, sum(counts.values())))
        for t in TYPES:
            print("  %-13s %d" % (t, counts[t]))
        for e in errs[:60]:
            print("ERROR", e)
        if errs:
            print("CHECK FAILED (%d errors)" % len(errs))
            sys.exit(1)
        print("CHECK OK")
        return
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(serialise(cases))
    print("wrote %d cases to %s" % (len(cases), os.path.relpath(OUT, ROOT)))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Generate the pii_holdout338 held-out PII redaction evaluation set.

Written by an independent test author (an AI helper) who did not see the
redaction engine. Standard library only. Offsets are computed from segments.

Usage:
    python scripts/make_pii_holdout338.py          # write cases.jsonl + README.md
    python scripts/make_pii_holdout338.py --check  # regenerate and verify
"""
import argparse
import calendar
import datetime
import json
import os
import random
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout338")
CASES_PATH = os.path.join(OUT_DIR, "cases.jsonl")
README_PATH = os.path.join(OUT_DIR, "README.md")

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

# ---------------------------------------------------------------- words
UNIT_W = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEEN_W = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
          "seventeen", "eighteen", "nineteen"]
TENS_W = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy",
          8: "eighty", 9: "ninety"}
ORD_W = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
         "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
         "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth",
         "twenty first", "twenty second", "twenty third", "twenty fourth", "twenty fifth",
         "twenty sixth", "twenty seventh", "twenty eighth", "twenty ninth", "thirtieth",
         "thirty first"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo",
        "f": "foxtrot", "g": "golf", "h": "hotel", "i": "india", "j": "juliet",
        "k": "kilo", "l": "lima", "m": "mike", "n": "november", "o": "oscar", "p": "papa",
        "q": "quebec", "r": "romeo", "s": "sierra", "t": "tango", "u": "uniform",
        "v": "victor", "w": "whiskey", "x": "x-ray", "y": "yankee", "z": "zulu"}
NATO_ALT = {"a": "apple", "b": "bertie", "c": "cat", "d": "dog", "e": "edward",
            "f": "freddie", "g": "george", "h": "harry", "j": "jack", "k": "king",
            "l": "london", "m": "mother", "n": "nellie", "p": "peter", "r": "robert",
            "s": "sugar", "t": "tommy", "w": "william", "x": "xmas", "y": "yellow", "z": "zebra"}

UNITS = {w: i for i, w in enumerate(UNIT_W)}
UNITS.update({"oh": 0, "o": 0, "nought": 0, "naught": 0})
TEENS = {w: 10 + i for i, w in enumerate(TEEN_W)}
TENS = {w: k for k, w in TENS_W.items()}
FILLERS = {"um", "uh", "er", "erm", "uhm", "umm", "hmm", "ah"}


def words_0_99(n):
    if n < 10:
        return UNIT_W[n]
    if n < 20:
        return TEEN_W[n - 10]
    t, u = divmod(n, 10)
    return TENS_W[t] + ("" if u == 0 else " " + UNIT_W[u])


def words_int(n):
    if n < 100:
        return words_0_99(n)
    h, r = divmod(n, 100)
    return UNIT_W[h] + " hundred" + ("" if r == 0 else " and " + words_0_99(r))


def say_year(y, short=False):
    if short:
        yy = y % 100
        return ("oh " + UNIT_W[yy]) if yy < 10 else words_0_99(yy)
    if 2000 <= y < 2010:
        return "two thousand" + ("" if y == 2000 else " and " + UNIT_W[y - 2000])
    hi, lo = divmod(y, 100)
    lo_w = ("oh " + UNIT_W[lo]) if 0 < lo < 10 else ("hundred" if lo == 0 else words_0_99(lo))
    return words_0_99(hi) + " " + lo_w


# ---------------------------------------------------------------- speaking digits
def say_digit_run(c, z, style, rng):
    """Speak a run of digits. style: digits | doubles | pairs | hundreds."""
    dw = lambda ch: z if ch == "0" else UNIT_W[int(ch)]
    if style == "hundreds" and len(c) == 3 and c[0] != "0" and c[1:] != "00" \
            and not (c[1] >= "2" and c[2] == "0"):
        return UNIT_W[int(c[0])] + " hundred and " + words_0_99(int(c[1:]))
    if style == "pairs" and len(c) >= 2:
        out = []
        s = c
        if len(s) % 2:
            out.append(dw(s[0]))
            s = s[1:]
        pairs = [s[i:i + 2] for i in range(0, len(s), 2)]
        for k, p in enumerate(pairs):
            a, b = int(p[0]), int(p[1])
            if a == 0:
                out.append(z + " " + dw(p[1]))
            elif a == 1:
                out.append(TEEN_W[b])
            elif b == 0:
                out.append(UNIT_W[a] + " " + z)
            else:
                out.append(TENS_W[a] + " " + UNIT_W[b])
        return " ".join(out)
    if style in ("doubles", "hundreds", "pairs"):
        out = []
        i = 0
        while i < len(c):
            j = i
            while j < len(c) and c[j] == c[i]:
                j += 1
            run = j - i
            while run > 0:
                if run >= 3 and rng.random() < 0.7:
                    out.append("triple " + dw(c[i]))
                    run -= 3
                elif run >= 2:
                    out.append("double " + dw(c[i]))
                    run -= 2
                else:
                    out.append(dw(c[i]))
                    run -= 1
            i = j
        return " ".join(out)
    return " ".join(dw(ch) for ch in c)


def say_letter(ch, nato):
    ch = ch.lower()
    if nato == "nato" or ch in "oi":
        return "%s for %s" % (ch, NATO[ch])
    if nato == "asin":
        return "%s as in %s" % (ch, NATO_ALT.get(ch, NATO[ch]))
    return ch


def say_alnum(c, z, style, nato, rng):
    parts = re.findall(r"[0-9]+|[A-Za-z]+", c)
    out = []
    for p in parts:
        if p.isdigit():
            out.append(say_digit_run(p, z, style, rng))
        else:
            i = 0
            while i < len(p):
                if nato == "bare" and i + 1 < len(p) and p[i].lower() == p[i + 1].lower() \
                        and p[i].lower() not in "oi":
                    out.append("double " + p[i].lower())
                    i += 2
                else:
                    out.append(say_letter(p[i], nato))
                    i += 1
    return " ".join(out)


# ---------------------------------------------------------------- normalisers
def _parse_0_99(toks, j):
    t = toks[j] if j < len(toks) else None
    if t in TEENS:
        return TEENS[t], j + 1
    if t in TENS:
        v = TENS[t] * 10
        if j + 1 < len(toks) and toks[j + 1] in UNITS and UNITS[toks[j + 1]] > 0:
            return v + UNITS[toks[j + 1]], j + 2
        return v, j + 1
    if t in UNITS:
        return UNITS[t], j + 1
    raise ValueError("bad number after 'and': %r" % (toks,))


def norm_alnum(text, allow_alpha=False):
    toks = re.findall(r"[a-z0-9]+|,", text.lower())
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        nx = toks[i + 1] if i + 1 < len(toks) else None
        if t == "," or t in FILLERS or t == "plus":
            i += 1
            continue
        if len(t) == 1 and t.isalpha() and nx in ("for", "as"):
            out.append(t.upper())
            i += 3 if nx == "for" else 4
            if i - 1 < len(toks) and toks[i - 1] == "x" and i < len(toks) and toks[i] == "ray":
                i += 1
            continue
        if t in ("double", "triple"):
            n = 2 if t == "double" else 3
            if nx in UNITS:
                out.append(str(UNITS[nx]) * n)
            elif nx and len(nx) == 1 and nx.isalpha():
                out.append(nx.upper() * n)
            else:
                raise ValueError("bad double in %r" % text)
            i += 2
            continue
        if t in UNITS and nx == "hundred":
            d = UNITS[t]
            j = i + 2
            if j < len(toks) and toks[j] == "and":
                rem, j = _parse_0_99(toks, j + 1)
                out.append("%d%02d" % (d, rem))
            else:
                out.append("%d00" % d)
            i = j
            continue
        if t in TENS:
            v = TENS[t] * 10
            if nx in UNITS and UNITS[nx] > 0:
                out.append(str(v + UNITS[nx]))
                i += 2
            else:
                out.append(str(v))
                i += 1
            continue
        if t in TEENS:
            out.append(str(TEENS[t]))
            i += 1
            continue
        if t in UNITS:
            out.append(str(UNITS[t]))
            i += 1
            continue
        if t.isdigit() or (re.search(r"\d", t)) or len(t) == 1 or allow_alpha:
            out.append(t.upper())
            i += 1
            continue
        raise ValueError("unknown token %r in %r" % (t, text))
    return "".join(out)


EMAIL_WORDS = {"dot": ".", "at": "@", "underscore": "_", "dash": "-", "hyphen": "-"}


def norm_email(text):
    toks = re.findall(r"[a-z0-9]+|[@._\-+]", text.lower())
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        nx = toks[i + 1] if i + 1 < len(toks) else None
        if t in FILLERS:
            i += 1
            continue
        if len(t) == 1 and t.isalpha() and nx in ("for", "as"):
            out.append(t)
            i += 3 if nx == "for" else 4
            continue
        if t in EMAIL_WORDS:
            out.append(EMAIL_WORDS[t])
        elif t in TENS:
            v = TENS[t] * 10
            if nx in UNITS and UNITS[nx] > 0:
                v += UNITS[nx]
                i += 1
            out.append(str(v))
        elif t in TEENS:
            out.append(str(TEENS[t]))
        elif t in UNITS and t not in ("o", "oh"):
            out.append(str(UNITS[t]))
        else:
            out.append(t)
        i += 1
    return "".join(out)


def lenient_numbers(text):
    """Digits from a date expression (ordinals, years, number words)."""
    low = text.lower()
    for k in range(31, 0, -1):
        low = re.sub(r"\b%s\b" % ORD_W[k], " %d " % k, low)
    low = re.sub(r"(\d+)(st|nd|rd|th)\b", r"\1", low)
    toks = re.findall(r"[a-z0-9]+", low)
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        nx = toks[i + 1] if i + 1 < len(toks) else None
        if t in UNITS and nx == "thousand":
            j = i + 2
            if j < len(toks) and toks[j] == "and":
                rem, j = _parse_0_99(toks, j + 1)
                out.append("%d0%02d" % (UNITS[t], rem))
            else:
                out.append("%d000" % UNITS[t])
            i = j
            continue
        if t in TEENS and nx == "hundred":
            out.append("%d00" % TEENS[t])
            i += 2
            continue
        if t.isdigit():
            out.append(" " + t + " ")
        elif t in TENS:
            v = TENS[t] * 10
            if nx in UNITS and UNITS[nx] > 0:
                v += UNITS[nx]
                i += 1
            out.append(str(v))
        elif t in TEENS:
            out.append(str(TEENS[t]))
        elif t in UNITS:
            out.append(str(UNITS[t]))
        i += 1
    return "".join(out)


# ---------------------------------------------------------------- validators
def luhn_ok(d):
    s = 0
    for i, ch in enumerate(reversed(d)):
        v = int(ch)
        if i % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        s += v
    return s % 10 == 0


def luhn_complete(prefix, length, rng):
    body = prefix + "".join(rng.choice("0123456789") for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def iban_mod97(s):
    s = s[4:] + s[:4]
    num = "".join(str(int(ch, 36)) for ch in s)
    return int(num) % 97


def iban_make(cc, bban):
    chk = 98 - iban_mod97(cc + "00" + bban)
    return "%s%02d%s" % (cc, chk, bban)


NI_BAD1 = set("DFIQUV")
NI_BAD2 = set("DFIOQUV")
NI_BAD_PREFIX = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}


def ni_ok(v):
    m = re.fullmatch(r"([A-Z])([A-Z])(\d{6})([A-D])", v)
    return bool(m) and m.group(1) not in NI_BAD1 and m.group(2) not in NI_BAD2 \
        and (m.group(1) + m.group(2)) not in NI_BAD_PREFIX


def ssn_ok(v):
    return bool(re.fullmatch(r"\d{9}", v)) and v[:3] not in ("000", "666") and v[0] != "9" \
        and v[3:5] != "00" and v[5:] != "0000"


UK_PC = re.compile(r"[A-Z]{1,2}\d[A-Z\d]?\d[ABD-HJLNP-UW-Z]{2}")

STREET_SUFFIX = {"road", "rd", "street", "st", "lane", "ln", "avenue", "ave", "drive", "dr",
                 "close", "crescent", "way", "gardens", "court", "place", "terrace", "grove",
                 "boulevard", "blvd", "parade", "row", "hill", "park", "square", "walk", "mews"}


def validate_value(typ, canon, text):
    """canon: canonical value; text: concatenation of the non-fragment span texts."""
    if typ in ("EMAIL",):
        assert re.fullmatch(r"[a-z0-9._\-]+@[a-z0-9\-]+(\.[a-z0-9\-]+)+", canon), canon
        assert norm_email(text) == canon, (norm_email(text), canon)
        return
    if typ in ("DOB", "EXPIRY"):
        y, m, d = canon
        datetime.date(y, m, d or 1)
        low = text.lower()
        nums = lenient_numbers(text)
        month_ok = calendar.month_name[m].lower() in low or calendar.month_abbr[m].lower() in low \
            or ("%02d" % m) in nums or str(m) in nums
        year_ok = ("%02d" % (y % 100)) in nums
        assert month_ok and year_ok, (typ, canon, text, nums)
        if typ == "DOB":
            assert str(d) in nums, (canon, text, nums)
        return
    if typ == "ADDRESS":
        toks = re.findall(r"[a-z0-9]+", text.lower())
        assert toks[-1] in STREET_SUFFIX, text
        assert any(t.isdigit() or re.match(r"\d", t) or t in UNITS or t in TEENS or t in TENS
                   for t in toks), text
        return
    allow_alpha = typ in ("IBAN", "NI_NUMBER", "POSTCODE")
    got = norm_alnum(text, allow_alpha)
    assert got == canon, (typ, got, canon, text)
    if typ == "CARD_NUMBER":
        assert 13 <= len(canon) <= 19 and canon.isdigit() and luhn_ok(canon), canon
    elif typ == "CVV":
        assert re.fullmatch(r"\d{3,4}", canon), canon
    elif typ == "SSN":
        assert ssn_ok(canon), canon
    elif typ == "NI_NUMBER":
        assert ni_ok(canon), canon
    elif typ == "SORT_CODE":
        assert re.fullmatch(r"\d{6}", canon), canon
    elif typ == "BANK_ACCOUNT":
        assert re.fullmatch(r"\d{6,12}", canon), canon
    elif typ == "IBAN":
        assert re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{11,30}", canon) and iban_mod97(canon) == 1, canon
    elif typ == "PHONE":
        assert re.fullmatch(r"\d{10,14}", canon), canon
    elif typ == "POSTCODE":
        assert UK_PC.fullmatch(canon) or re.fullmatch(r"\d{5}(\d{4})?", canon), canon
    else:
        raise AssertionError(typ)


# ---------------------------------------------------------------- case builder
class Val(object):
    def __init__(self, typ, canon):
        self.typ, self.canon = typ, canon


class Seg(object):
    def __init__(self, val, text, frag=False):
        self.val, self.text, self.frag = val, text, frag


class Case(object):
    def __init__(self, kind, note):
        self.kind, self.note = kind, note
        self.turns = []
        self.marks = []  # (turn, start, end, Seg)

    def t(self, speaker, *segs):
        assert speaker in ("customer", "agent")
        text = ""
        for s in segs:
            if isinstance(s, Seg):
                st = len(text)
                text += s.text
                self.marks.append((len(self.turns), st, len(text), s))
            else:
                text += s
        self.turns.append({"speaker": speaker, "text": text})
        return self

    def to_json(self, cid):
        spans = [{"turn": ti, "start": a, "end": b, "type": s.val.typ}
                 for ti, a, b, s in sorted(self.marks, key=lambda m: (m[0], m[1]))]
        return {"id": cid, "kind": self.kind, "turns": self.turns, "spans": spans,
                "note": self.note}


def V(val, text, frag=False):
    return Seg(val, text, frag)


# ---------------------------------------------------------------- generator
class Gen(object):
    def __init__(self):
        self.r = random.Random(338241125)
        self.pos = []
        self.neg = []

    # helpers
    def ch(self, seq):
        return self.r.choice(seq)

    def z(self):
        return self.ch(["oh", "oh", "o", "zero", "nought", "zero"])

    def dstr(self, n, first_nonzero=False):
        s = "".join(self.ch("0123456789") for _ in range(n))
        if first_nonzero and s[0] == "0":
            s = self.ch("123456789") + s[1:]
        return s

    def backchannel(self):
        return self.ch(["mhm", "go on", "yep", "okay", "uh huh", "yeah go on", "right",
                        "got that", "mm hmm", "okay next four", "lovely", "yes"])

    def filler(self):
        return self.ch(["um", "uh", "er", "erm"])

    def aside(self):
        return self.ch(["hang on the dog's going mad", "sorry just a sec someone's at the door",
                        "bear with me i need my glasses", "sorry the kids are shouting",
                        "hold on the bus is really loud", "wait let me turn the telly down",
                        "one moment i dropped it", "sorry my hands are full"])

    def speak_chunks(self, chunks, z=None, style=None, nato=None, filler_p=0.0, joiner=None):
        z = z or self.z()
        style = style or self.ch(["digits", "digits", "doubles", "doubles", "pairs", "hundreds"])
        nato = nato or self.ch(["bare", "bare", "nato", "asin"])
        joiner = joiner or self.ch([", ", " ", "... ", ", "])
        out = []
        for k, c in enumerate(chunks):
            w = say_alnum(c, z, style, nato, self.r)
            if k and self.r.random() < filler_p:
                out.append(joiner.rstrip() + " " + self.filler() + " " + w)
            else:
                out.append((joiner if k else "") + w)
        return "".join(out)

    def reading(self, c, typ, canon, chunks, prompt, lead, tail="", mode=None, readback=None,
                filler_p=0.25, style=None, nato=None, after=None):
        """Spoken reading of an alnum value in several possible shapes."""
        mode = mode or self.ch(["single", "split", "split", "aside", "restart", "single"])
        val = Val(typ, canon)
        if prompt:
            c.t("agent", prompt)
        z = self.z()
        if mode == "split" and len(chunks) >= 2:
            k = self.r.randint(2, min(4, len(chunks)))
            cuts = sorted(self.r.sample(range(1, len(chunks)), k - 1))
            groups, prev = [], 0
            for cut in cuts + [len(chunks)]:
                groups.append(chunks[prev:cut])
                prev = cut
            for gi, g in enumerate(groups):
                txt = self.speak_chunks(g, z, style, nato, filler_p)
                if gi == 0:
                    c.t("customer", lead, V(val, txt))
                else:
                    pre = self.ch(["", "", "then ", "and then ", "next is ", "uh "])
                    c.t("customer", pre, V(val, txt), tail if gi == len(groups) - 1 else "")
                if gi < len(groups) - 1:
                    c.t("agent", self.backchannel())
        elif mode == "aside" and len(chunks) >= 2:
            k = self.r.randint(1, len(chunks) - 1)
            t1 = self.speak_chunks(chunks[:k], z, style, nato, filler_p)
            t2 = self.speak_chunks(chunks[k:], z, style, nato, filler_p)
            c.t("customer", lead, V(val, t1), ", " + self.aside() + ", " +
                self.ch(["", "right ", "okay where was i ", "so "]), V(val, t2), tail)
        elif mode == "restart" and len(chunks) >= 2:
            k = self.r.randint(1, len(chunks) - 1)
            frag = self.speak_chunks(chunks[:k], z, style, nato, 0)
            full = self.speak_chunks(chunks, z, style, nato, filler_p)
            c.t("customer", lead, V(val, frag, frag=True),
                self.ch(["... no sorry let me start again, ", " oh no hang on that's the wrong one, ",
                         "... sorry i've lost my place, from the top, ",
                         " wait no that's my old one, it's "]), V(val, full), tail)
        else:
            txt = self.speak_chunks(chunks, z, style, nato, filler_p)
            c.t("customer", lead, V(val, txt), tail)
        if after:
            c.t("agent", after)
        if readback:
            rb = Val(typ, canon)
            rtxt = self.speak_chunks(chunks, self.z(), self.ch(["digits", "doubles"]), "bare", 0,
                                     self.ch([", ", " "]))
            c.t("agent", readback[0], V(rb, rtxt), readback[1])
            c.t("customer", self.ch(["yes that's right", "yep", "correct", "that's it yeah",
                                     "yes", "mhm that's the one"]))
        return val

    def add(self, c, kind):
        (self.pos if kind == "positive" else self.neg).append(c)

    # ------------------------------------------------ value makers
    def card(self):
        kind = self.ch(["visa", "visa", "visa", "mc", "mc", "amex", "disc", "visa13", "maestro",
                        "jcb"])
        if kind == "visa":
            return luhn_complete("4" + self.dstr(1), 16, self.r), [4, 4, 4, 4]
        if kind == "mc":
            return luhn_complete("5" + self.ch("12345"), 16, self.r), [4, 4, 4, 4]
        if kind == "amex":
            return luhn_complete(self.ch(["34", "37"]), 15, self.r), [4, 6, 5]
        if kind == "disc":
            return luhn_complete("6011", 16, self.r), [4, 4, 4, 4]
        if kind == "visa13":
            return luhn_complete("4", 13, self.r), [4, 3, 3, 3]
        if kind == "maestro":
            return luhn_complete(self.ch(["6759", "6763"]), 19, self.r), [4, 4, 4, 4, 3]
        return luhn_complete("35" + self.ch(["28", "41", "89"]), 16, self.r), [4, 4, 4, 4]

    @staticmethod
    def chunk(s, sizes):
        out, i = [], 0
        for n in sizes:
            out.append(s[i:i + n])
            i += n
        if i < len(s):
            out.append(s[i:])
        return [x for x in out if x]

    def ssn(self):
        while True:
            v = "%03d%02d%04d" % (self.r.randint(1, 899), self.r.randint(1, 99),
                                  self.r.randint(1, 9999))
            if ssn_ok(v):
                return v

    def ni(self):
        L = "ABCEGHJKLMNPRSTWXYZ"
        while True:
            v = self.ch(L) + self.ch(L) + self.dstr(6) + self.ch("ABCD")
            if ni_ok(v):
                return v

    def uk_postcode(self):
        area = self.ch(["M", "B", "L", "G", "E", "N", "W", "S", "LS", "SW", "SE", "NW", "EH",
                        "CF", "BS", "NG", "CB", "BT", "RG", "GU", "KT", "CR", "BN", "EX", "PL",
                        "DE", "LE", "YO", "HU", "NE", "DH", "AB", "TR", "WA"])
        dist = str(self.r.randint(1, 29))
        if area in ("SW", "W", "E", "N") and self.r.random() < 0.3:
            dist = str(self.r.randint(1, 9)) + self.ch("ACP")
        inward = str(self.r.randint(0, 9)) + self.ch("ABDEFGHJLNPQRSTUWXYZ") + \
            self.ch("ABDEFGHJLNPQRSTUWXYZ")
        return area + dist, inward

    def us_zip(self):
        z = "%05d" % self.r.randint(1001, 99950)
        return z, ("%04d" % self.r.randint(1, 9999)) if self.r.random() < 0.3 else ""

    def phone(self):
        k = self.ch(["uk_mob", "uk_mob", "uk_land", "uk_intl", "us", "us", "us_intl", "ie",
                     "ie_intl", "fr_intl", "de_intl"])
        if k == "uk_mob":
            d = "07" + self.ch("3456789") + self.dstr(8)
            return d, [d[:5], d[5:8], d[8:]], "%s %s" % (d[:5], d[5:])
        if k == "uk_land":
            d = self.ch(["0161", "0113", "0121", "0117", "0131", "0141", "0191"]) + \
                self.dstr(7, True)
            return d, [d[:4], d[4:7], d[7:]], "%s %s %s" % (d[:4], d[4:7], d[7:])
        if k == "uk_intl":
            d = "447" + self.ch("3456789") + self.dstr(8)
            return d, [d[:2], d[2:6], d[6:9], d[9:]], "+44 %s %s" % (d[2:6], d[6:])
        if k == "us":
            d = self.ch("23456789") + self.dstr(2) + self.ch("23456789") + self.dstr(6)
            f = self.ch(["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s", "%s %s %s"])
            return d, [d[:3], d[3:6], d[6:]], f % (d[:3], d[3:6], d[6:])
        if k == "us_intl":
            d = "1" + self.ch("23456789") + self.dstr(2) + self.ch("23456789") + self.dstr(6)
            return d, [d[:1], d[1:4], d[4:7], d[7:]], "+1 %s-%s-%s" % (d[1:4], d[4:7], d[7:])
        if k == "ie":
            d = "08" + self.ch("35679") + self.dstr(7, True)
            return d, [d[:3], d[3:6], d[6:]], "%s %s %s" % (d[:3], d[3:6], d[6:])
        if k == "ie_intl":
            d = "3538" + self.ch("35679") + self.dstr(7, True)
            return d, [d[:3], d[3:5], d[5:8], d[8:]], "+353 %s %s %s" % (d[3:5], d[5:8], d[8:])
        if k == "fr_intl":
            d = "33" + self.ch("67") + self.dstr(8)
            return d, [d[:2], d[2:3], d[3:5], d[5:7], d[7:9], d[9:]], \
                "+33 %s %s %s %s %s" % (d[2], d[3:5], d[5:7], d[7:9], d[9:])
        d = "491" + self.ch(["51", "52", "60", "70", "76"]) + self.dstr(8)
        return d, [d[:2], d[2:5], d[5:9], d[9:]], "+49 %s %s" % (d[2:5], d[5:])

    FIRST = ["john", "sarah", "priya", "liam", "aoife", "mohammed", "chloe", "dave", "kate",
             "niamh", "marek", "fatima", "gareth", "emma", "olu", "sean", "lucy", "raj",
             "hannah", "tomasz", "grace", "jamal", "megan", "pierre", "anna"]
    LAST = ["smith", "patel", "obrien", "jones", "murphy", "khan", "walsh", "nowak", "evans",
            "brown", "kelly", "ahmed", "taylor", "byrne", "wilson", "dubois", "schmidt",
            "hughes", "reilly", "clarke", "lewis", "okafor", "davies", "garcia", "moore"]
    DOMAINS = ["gmail.com", "outlook.com", "yahoo.co.uk", "hotmail.com", "btinternet.com",
               "icloud.com", "eircom.net", "web.de", "orange.fr", "sky.com", "aol.com",
               "protonmail.com", "hotmail.co.uk", "live.ie"]

    def email(self):
        f, l = self.ch(self.FIRST), self.ch(self.LAST)
        n = self.r.randint(1, 99)
        local = self.ch([f + "." + l, f[0] + "." + l, f + l + str(n), f + "_" + l, f[0] + l,
                         l + "." + f, f + "-" + l, f + str(n)])
        return local + "@" + self.ch(self.DOMAINS), f, l, n

    def say_email(self, e):
        local, dom = e.split("@")
        parts = re.findall(r"[a-z]+|\d+|[._\-]", local)
        out = []
        for p in parts:
            if p == ".":
                out.append("dot")
            elif p == "_":
                out.append("underscore")
            elif p == "-":
                out.append(self.ch(["dash", "hyphen"]))
            elif p.isdigit():
                out.append(words_0_99(int(p)) if len(p) == 2 and p[0] != "0" and
                           self.r.random() < 0.7 else " ".join(UNIT_W[int(x)] for x in p))
            elif len(p) == 1:
                out.append(say_letter(p, self.ch(["bare", "bare", "nato"])))
            elif self.r.random() < 0.25:
                out.append(p + ", " + " ".join(say_letter(x, "bare") for x in p))
                # the spelled repetition would double the name; keep only spelled form
                out[-1] = " ".join(say_letter(x, "bare") for x in p)
            else:
                out.append(p)
        local_s = " ".join(out)
        dom_s = " dot ".join(dom.split("."))
        return local_s + " at " + dom_s

    STREETS = ["maple road", "church lane", "station road", "high street", "kings avenue",
               "victoria crescent", "mill lane", "oak drive", "park terrace", "elm grove",
               "queens road", "orchard close", "castle street", "willow way", "harbour view road",
               "meadow gardens", "albert street", "green lane", "main street", "pine avenue",
               "sunset boulevard", "lakeview drive", "cedar court", "hillside walk"]
    TOWNS_UK = ["leeds", "manchester", "bristol", "cardiff", "belfast", "glasgow", "york",
                "brighton", "norwich", "exeter", "derby", "hull"]
    TOWNS_US = ["austin", "columbus", "tampa", "portland", "denver", "raleigh", "madison"]
    TOWNS_IE = ["cork", "galway", "limerick", "dublin 8", "waterford"]

    def address(self, spoken=False, us=False):
        num = self.r.randint(1, 240) if not us else self.r.randint(100, 9899)
        street = self.ch(self.STREETS)
        flat = self.r.random() < 0.25
        if spoken:
            if us and self.r.random() < 0.5:
                n = " ".join(UNIT_W[int(x)] for x in str(num))
            else:
                n = words_int(num) if num < 1000 else words_0_99(num // 100) + " " + \
                    (("oh " + UNIT_W[num % 100]) if num % 100 < 10 else words_0_99(num % 100))
            s = n + " " + street
            if flat:
                s = self.ch(["flat ", "apartment "]) + words_0_99(self.r.randint(1, 30)) + ", " + s
            return s
        st = street.title()
        if self.r.random() < 0.3:
            st = st.replace("Road", "Rd").replace("Street", "St").replace("Avenue", "Ave")
        s = "%d %s" % (num, st)
        if flat:
            s = self.ch(["Flat %d, " % self.r.randint(1, 30), "Apt %d%s, " % (
                self.r.randint(1, 12), self.ch("AB")), "flat %d " % self.r.randint(1, 30)]) + s
        if self.r.random() < 0.2:
            s = s.lower()
        return s

    def date(self, lo, hi):
        y = self.r.randint(lo, hi)
        m = self.r.randint(1, 12)
        d = self.r.randint(1, calendar.monthrange(y, m)[1])
        return y, m, d

    def fmt_dob(self, y, m, d, spoken):
        M, Ma = calendar.month_name[m], calendar.month_abbr[m]
        if spoken:
            f = self.ch(["ord_of", "month_ord", "digits", "num_of", "short"])
            if f == "ord_of":
                return "%s of %s %s" % (ORD_W[d], M.lower(), say_year(y, self.r.random() < 0.3))
            if f == "month_ord":
                return "%s %s %s" % (M.lower(), ORD_W[d], say_year(y))
            if f == "digits":
                z = self.z()
                s = "%02d%02d%02d" % (d, m, y % 100)
                return ", ".join(" ".join(z if c == "0" else UNIT_W[int(c)] for c in s[i:i + 2])
                                 for i in range(0, 6, 2))
            if f == "num_of":
                return "%s of the %s %s" % (ORD_W[d], ORD_W[m], say_year(y, True))
            return "%s %s %s" % (words_0_99(d), M.lower(), say_year(y))
        f = self.ch(["%02d/%02d/%04d", "%d/%d/%02d", "%02d.%02d.%04d", "%02d-%02d-%04d",
                     "dm", "md", "iso", "th"])
        if f == "dm":
            return "%d %s %d" % (d, M, y)
        if f == "md":
            return "%s %d, %d" % (M, d, y)
        if f == "iso":
            return "%04d-%02d-%02d" % (y, m, d)
        if f == "th":
            suf = "th" if 11 <= d <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
            return "%d%s %s %d" % (d, suf, Ma, y)
        if f == "%d/%d/%02d":
            return f % (d, m, y % 100)
        return f % (d, m, y)

    def fmt_exp(self, y, m, spoken):
        if spoken:
            f = self.ch(["digits", "month", "month_full", "pair"])
            z = self.z()
            mm = "%02d" % m
            if f == "digits":
                return " ".join(z if c == "0" else UNIT_W[int(c)] for c in mm) + " " + \
                    say_year(y, True)
            if f == "month":
                return calendar.month_name[m].lower() + " " + say_year(y, True)
            if f == "month_full":
                return calendar.month_name[m].lower() + " twenty " + say_year(y, True)
            return (z + " " + UNIT_W[m] if m < 10 else words_0_99(m)) + ", " + say_year(y, True)
        f = self.ch(["%02d/%02d", "%d/%02d", "%02d/%04d", "%02d-%02d", "%02d%02d", "mon", "mon4"])
        if f == "mon":
            return "%s %02d" % (calendar.month_abbr[m], y % 100)
        if f == "mon4":
            return "%s %d" % (calendar.month_name[m], y)
        if "%04d" in f:
            return f % (m, y)
        return f % (m, y % 100)

    CTX = [
        ("banking", "thanks for calling harbour street bank you're through to dev how can i help"),
        ("telecom", "hello you're through to brightwave mobile my name's jess how can i help today"),
        ("utilities", "good morning northfield energy you're speaking to tom"),
        ("retail", "hi thanks for calling larkmoor home and garden orders team"),
        ("insurance", "hello crestline insurance claims, sam speaking"),
        ("travel", "good afternoon skyroute holidays this is maria"),
        ("healthcare billing", "thank you for calling riverside medical billing this is kevin"),
        ("government services", "hello you've reached the council tax helpline this is angela"),
        ("banking", "hi welcome to first keystone credit union member services"),
        ("telecom", "eircell customer care, ciara speaking"),
    ]

    def ctx(self):
        return self.ch(self.CTX)

    # ------------------------------------------------ positive case families
    def pos_card(self, i):
        num, sizes = self.card()
        ind, greet = self.ctx()
        chunks = self.chunk(num, sizes)
        spoken = i % 3 != 0
        if not spoken:
            c = Case("positive", "typed chat card number (%s)" % ind)
            sep = self.ch([" ", "-", "", " ", ".", "  "])
            if self.r.random() < 0.2:
                odd = self.chunk(num, [self.r.randint(2, 6) for _ in range(6)])
                txt = " ".join(odd)
            else:
                txt = sep.join(chunks)
            lab = self.ch(["card no: ", "Card number - ", "my crd number is ", "CARD: ",
                           "here you go ", "its ", "long number on card = ", "cc# "])
            c.t("agent", self.ch(["Can you confirm the card you'd like to use?",
                                  "Please type the card number below.",
                                  "what card do you want to pay with?"]))
            cv = Val("CARD_NUMBER", num)
            extra = []
            if self.r.random() < 0.6:
                y, m = self.r.randint(2025, 2032), self.r.randint(1, 12)
                extra = [" exp ", V(Val("EXPIRY", (y, m, None)), self.fmt_exp(y, m, False))]
                if self.r.random() < 0.6:
                    cvv = self.dstr(4 if len(num) == 15 else 3)
                    extra += [self.ch([" cvv ", " sec code ", ", CVC: "]), V(Val("CVV", cvv), cvv)]
            c.t("customer", lab, V(cv, txt), *extra)
            c.t("agent", self.ch(["Thanks, processing now.", "Got it, one moment.",
                                  "Thank you. That's gone through."]))
            if self.r.random() < 0.4:
                c.t("customer", "thanks, that was the card ending ", V(Val("CARD_NUMBER", num),
                                                                       num[-4:], True), " right?")
                c.note += "; later last-four mention labelled because full card in same case"
            self.add(c, "positive")
            return
        c = Case("positive", "spoken card number (%s)" % ind)
        c.t("agent", greet)
        c.t("customer", self.ch(["hi yeah i want to pay my bill", "i need to make a payment please",
                                 "hiya i'd like to pay off the balance",
                                 "hello um i want to put a card on the account"]))
        readback = None
        if self.r.random() < 0.35:
            readback = (self.ch(["so that's ", "just to confirm ", "let me read that back, "]),
                        self.ch([", is that right?", " yeah?", ""]))
        mode = self.ch(["single", "split", "split", "aside", "restart"])
        self.reading(c, "CARD_NUMBER", num, chunks,
                     self.ch(["okay can i take the long number on the front of the card",
                              "go ahead with the card number when you're ready",
                              "and the sixteen digit number please"]),
                     self.ch(["yeah it's ", "okay so it's ", "", "right, ", "um it's "]),
                     "", mode, readback)
        c.note += " mode=%s%s" % (mode, " +readback" if readback else "")
        r = self.r.random()
        if r < 0.45:
            y, m = self.r.randint(2025, 2032), self.r.randint(1, 12)
            c.t("agent", self.ch(["and the expiry date", "what's the expiry on it",
                                  "thanks and when does it expire"]))
            c.t("customer", self.ch(["", "it's ", "expires ", "um "]),
                V(Val("EXPIRY", (y, m, None)), self.fmt_exp(y, m, True)))
            c.t("agent", self.ch(["and the three digits on the back",
                                  "and the security code please", "last thing the cvv"]))
            cvv = self.dstr(4 if len(num) == 15 else 3)
            sty = self.ch(["digits", "hundreds", "digits"])
            c.t("customer", self.ch(["", "it's ", "that's "]),
                V(Val("CVV", cvv), say_digit_run(cvv, self.z(), sty, self.r)))
        elif r < 0.65:
            c.t("agent", self.ch(["thank you so that's the card ending ",
                                  "perfect, the card ending in "]),
                V(Val("CARD_NUMBER", num), say_digit_run(num[-4:], self.z(), "digits", self.r), True),
                " is now on the account")
            c.note += "; last-four read-back labelled (full card read in this case)"
        self.add(c, "positive")

    def pos_ssn(self, i):
        v = self.ssn()
        ind = self.ch(["healthcare billing", "banking", "insurance", "government services",
                       "telecom", "utilities"])
        c = Case("positive", "US SSN (%s)" % ind)
        if i % 3 == 0:
            txt = self.ch(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s-%s %s", "%s.%s.%s"]) % (
                v[:3], v[3:5], v[5:])
            c.t("agent", self.ch(["For verification, what's your social?",
                                  "Please provide the SSN on the account.",
                                  "Can you send the last 4 of your SSN? Actually we need the full one for this form."]))
            c.t("customer", self.ch(["SSN: ", "ssn is ", "Social Security #", "soc sec no. ",
                                     "sure - ", "my social is "]), V(Val("SSN", v), txt),
                self.ch(["", " thanks", ".", " (primary holder)"]))
            c.note += " typed"
            self.add(c, "positive")
            return
        rb = None
        if self.r.random() < 0.3:
            rb = (self.ch(["okay i have ", "so that's "]), self.ch([", correct?", ""]))
        mode = self.ch(["single", "split", "split", "aside", "restart"])
        c.t("agent", self.ch(["thanks for holding, to verify i'll need your social security number",
                              "can i get the patient's social security number please"]))
        self.reading(c, "SSN", v, [v[:3], v[3:5], v[5:]], None,
                     self.ch(["sure it's ", "okay ", "yeah um ", "it is "]), "", mode, rb,
                     style=self.ch(["digits", "doubles", "hundreds", "pairs"]))
        c.note += " spoken mode=%s" % mode
        self.add(c, "positive")

    def pos_ni(self, i):
        v = self.ni()
        c = Case("positive", "UK National Insurance number")
        if i % 3 == 0:
            f = self.ch(["%s %s %s %s %s", "%s%s%s%s%s", "%s-%s-%s-%s-%s", "%s %s%s%s %s"])
            txt = f % (v[:2], v[2:4], v[4:6], v[6:8], v[8])
            if self.r.random() < 0.5:
                txt = txt.lower()
            c.t("agent", self.ch(["Could you confirm your National Insurance number?",
                                  "What's your NI number please?"]))
            c.t("customer", self.ch(["NI no: ", "ni number ", "National insurance is ",
                                     "it's ", "NINO "]), V(Val("NI_NUMBER", v), txt))
            c.note += " typed"
            self.add(c, "positive")
            return
        c.t("agent", self.ch(["hello you're through to the benefits helpline",
                              "payroll services, how can i help",
                              "hmrc helpline, can i start with your national insurance number"]))
        if self.r.random() < 0.5:
            c.t("customer", "hi i'm calling about my tax code")
        rb = None
        if self.r.random() < 0.3:
            rb = ("so that's ", self.ch(["?", ", correct", ""]))
        mode = self.ch(["single", "split", "aside", "restart", "split"])
        chunks = [v[:2], v[2:4], v[4:6], v[6:8], v[8]]
        self.reading(c, "NI_NUMBER", v, chunks,
                     self.ch(["can i take your national insurance number",
                              "and your ni number please"]),
                     self.ch(["yeah it's ", "", "okay so ", "right it's "]), "", mode, rb,
                     nato=self.ch(["bare", "nato", "asin"]))
        c.note += " spoken mode=%s" % mode
        self.add(c, "positive")

    def pos_bank(self, i):
        uk = self.r.random() < 0.6
        acct = self.dstr(8) if uk else self.dstr(self.r.randint(9, 12), True)
        sc = self.dstr(6, True)
        c = Case("positive", "bank account%s" % (" + sort code" if uk else " (US)"))
        if i % 2 == 0:
            c.t("agent", self.ch(["Please send the account details for the refund.",
                                  "Which account should the direct debit come from?"]))
            if uk:
                sct = self.ch(["%s-%s-%s", "%s %s %s", "%s%s%s"]) % (sc[:2], sc[2:4], sc[4:])
                c.t("customer", self.ch(["sort code ", "sortcode: ", "S/C "]),
                    V(Val("SORT_CODE", sc), sct), self.ch([" acct no: ", ", account ", " a/c "]),
                    V(Val("BANK_ACCOUNT", acct), acct))
            else:
                c.t("customer", self.ch(["acct no: ", "Account # ", "checking acct "]),
                    V(Val("BANK_ACCOUNT", acct), acct), self.ch([" routing to follow", "", " thx"]))
            c.note += " typed"
            self.add(c, "positive")
            return
        c.t("agent", self.ch(["okay so to set up the direct debit i'll need your bank details",
                              "for the refund can i take the account it should go to"]))
        if uk:
            self.reading(c, "SORT_CODE", sc, [sc[:2], sc[2:4], sc[4:]],
                         "what's the sort code", self.ch(["it's ", "", "sort code is "]), "",
                         self.ch(["single", "single", "split"]), None,
                         style=self.ch(["pairs", "digits", "doubles"]))
        rb = None if self.r.random() < 0.6 else ("so that's ", self.ch(["?", ""]))
        self.reading(c, "BANK_ACCOUNT", acct, self.chunk(acct, [4, 4, 4]),
                     "and the account number", self.ch(["", "it's ", "account number's "]), "",
                     None, rb)
        c.note += " spoken"
        self.add(c, "positive")

    def pos_iban(self, i):
        cc = self.ch(["GB", "IE", "DE", "FR", "NL", "ES"])
        L = "ABCDEFGHJKLMNPRSTUVWXYZ"
        if cc in ("GB", "IE"):
            bban = "".join(self.ch(L) for _ in range(4)) + self.dstr(14)
        elif cc == "DE":
            bban = self.dstr(18)
        elif cc == "FR":
            bban = self.dstr(23)
        elif cc == "NL":
            bban = "".join(self.ch(L) for _ in range(4)) + self.dstr(10)
        else:
            bban = self.dstr(20)
        v = iban_make(cc, bban)
        chunks = self.chunk(v, [4] * 9)
        c = Case("positive", "IBAN %s" % cc)
        if i % 2 == 0:
            txt = self.ch([" ", ""]).join(chunks)
            if self.r.random() < 0.3:
                txt = txt.lower()
            c.t("agent", "Please provide the IBAN for the refund.")
            c.t("customer", self.ch(["IBAN: ", "iban ", "here: ", "Bank (IBAN) "]),
                V(Val("IBAN", v), txt), self.ch(["", " - BIC to follow", "."]))
            c.note += " typed"
        else:
            c.t("agent", "skyroute holidays refunds, can i take the iban for the refund")
            self.reading(c, "IBAN", v, chunks, None, self.ch(["okay it's ", "yeah so ", ""]), "",
                         self.ch(["single", "split", "split"]), None,
                         style=self.ch(["digits", "doubles"]),
                         nato=self.ch(["bare", "nato"]))
            c.note += " spoken"
        self.add(c, "positive")

    def pos_phone(self, i):
        d, chunks, written = self.phone()
        c = Case("positive", "phone number")
        if i % 2 == 0:
            if written.startswith("+44") and self.r.random() < 0.3:
                written = "0044 " + written[4:]
                d = "00" + d
            c.t("agent", self.ch(["What's the best number to reach you on?",
                                  "Could you confirm a contact number?"]))
            c.t("customer", self.ch(["mob: ", "call me on ", "tel ", "phone - ", "it's ",
                                     "best # is "]), "+" if written.startswith("+") else "",
                V(Val("PHONE", d), written.lstrip("+")),
                self.ch(["", " after 6pm", " (mobile)", " thanks"]))
            c.note += " typed"
        else:
            rb = None if self.r.random() < 0.6 else ("that's ", self.ch([", yeah?", ""]))
            if d[:2] in ("44", "35", "33", "49") or d[0] == "1" and len(d) == 11:
                lead = self.ch(["it's plus ", "plus "])
            else:
                lead = self.ch(["it's ", "yeah ", "", "my mobile is "])
            lead_plus = lead.endswith("plus ")
            val_lead = lead[:-5] if lead_plus else lead
            if lead_plus:
                # "plus" belongs to the country code and is inside the span
                chunks = list(chunks)
                val = Val("PHONE", d)
                c.t("agent", "and a contact number")
                txt = "plus " + self.speak_chunks(chunks, None,
                                                  self.ch(["digits", "doubles", "pairs"]), None, 0.2)
                c.t("customer", val_lead, V(val, txt))
                if rb:
                    c.t("agent", rb[0], V(Val("PHONE", d), "plus " + self.speak_chunks(
                        chunks, None, "digits", None, 0)), rb[1])
                    c.t("customer", "yep")
            else:
                self.reading(c, "PHONE", d, chunks, "and a contact number", val_lead, "",
                             None, rb)
            c.note += " spoken"
        self.add(c, "positive")

    def pos_email(self, i):
        e, f, l, n = self.email()
        c = Case("positive", "email address")
        if i % 2 == 0:
            txt = e
            r = self.r.random()
            if r < 0.3:
                txt = e.upper() if self.r.random() < 0.3 else e[0].upper() + e[1:]
            c.t("agent", self.ch(["What email should we send the confirmation to?",
                                  "Can I get an email for the e-receipt?"]))
            c.t("customer", self.ch(["email: ", "emial is ", "its ", "send to ", "e-mail - "]),
                V(Val("EMAIL", e), txt), self.ch(["", " pls", " thanks!", "."]))
            c.note += " typed"
        else:
            c.t("agent", self.ch(["and what's the best email address for you",
                                  "can i confirm your email"]))
            s = self.say_email(e)
            if self.r.random() < 0.4 and " at " in s:
                a, b = s.split(" at ", 1)
                c.t("customer", self.ch(["it's ", "yeah ", ""]), V(Val("EMAIL", e), a),
                    self.ch(["... all one word, then ", ", then the at sign, ", " and then it's "]),
                    V(Val("EMAIL", e), "at " + b))
                # both pieces belong to the same value: mark them with one Val
                c.marks[-1] = (c.marks[-1][0], c.marks[-1][1], c.marks[-1][2],
                               Seg(c.marks[-2][3].val, c.marks[-1][3].text))
                c.note += " spoken with interruption"
            else:
                c.t("customer", self.ch(["it's ", "yeah ", "", "um "]), V(Val("EMAIL", e), s))
                c.note += " spoken"
            if self.r.random() < 0.3:
                c.t("agent", "so that's ", V(Val("EMAIL", e), self.say_email(e)), "?")
                c.t("customer", "that's it")
        self.add(c, "positive")

    def pos_dob(self, i):
        y, m, d = self.date(1935, 2006)
        c = Case("positive", "date of birth")
        if i % 2 == 0:
            c.t("agent", self.ch(["Please confirm the date of birth on the account.",
                                  "DOB of the patient?"]))
            c.t("customer", self.ch(["DOB ", "d.o.b: ", "born ", "it's ", "date of birth is "]),
                V(Val("DOB", (y, m, d)), self.fmt_dob(y, m, d, False)))
            c.note += " typed"
        else:
            c.t("agent", self.ch(["and can you confirm your date of birth",
                                  "and the patient's date of birth"]))
            c.t("customer", self.ch(["yeah it's the ", "", "um ", "it's "]),
                V(Val("DOB", (y, m, d)), self.fmt_dob(y, m, d, True)))
            c.note += " spoken"
        self.add(c, "positive")

    def pos_address(self, i):
        us = self.r.random() < 0.3
        c = Case("positive", "address + postcode/zip")
        spoken = i % 2 == 1
        a = self.address(spoken, us)
        if us:
            z5, z4 = self.us_zip()
            town = self.ch(self.TOWNS_US)
            pc = z5 + z4
            if spoken:
                pct = say_alnum(z5, self.z(), "digits", "bare", self.r) + \
                    ((" dash " + say_alnum(z4, self.z(), "digits", "bare", self.r)) if z4 else "")
                pct = pct.replace(" dash ", ", ")
            else:
                pct = z5 + ("-" + z4 if z4 else "")
            st = self.ch(["TX", "OH", "FL", "OR", "CO", "NC", "WI"])
            mid = ", %s %s " % (town, st if not spoken else "")
        else:
            out, inw = self.uk_postcode()
            pc = out + inw
            town = self.ch(self.TOWNS_UK)
            if spoken:
                pct = say_alnum(out, self.z(), "digits", self.ch(["bare", "nato"]), self.r) + \
                    ", " + say_alnum(inw, self.z(), "digits", self.ch(["bare", "nato", "bare"]),
                                     self.r)
            else:
                pct = self.ch([out + " " + inw, out + inw, (out + " " + inw).lower()])
            mid = self.ch([", %s, " % town, " %s " % town, ", %s " % town.title()])
            if spoken:
                mid = self.ch([" in %s, " % town, ", %s, postcode " % town, " %s " % town])
        c.t("agent", self.ch(["can i confirm the address we have for you",
                              "What's the delivery address?", "and your home address please"]))
        c.t("customer", self.ch(["it's ", "", "yeah ", "address is "]),
            V(Val("ADDRESS", a), a), mid, V(Val("POSTCODE", pc), pct))
        if spoken and self.r.random() < 0.4:
            c.t("agent", "and that postcode again sorry" if not us else "and the zip again sorry")
            c.t("customer", V(Val("POSTCODE", pc), pct))
        c.note += " spoken" if spoken else " typed"
        self.add(c, "positive")

    def pos_mixed(self, i):
        """Account-change call with several PII types."""
        c = Case("positive", "mixed account update")
        ind, greet = self.ctx()
        c.t("agent", greet)
        c.t("customer", "hi i've moved house and need to update everything")
        c.t("agent", "no problem can i start with your date of birth")
        y, m, d = self.date(1950, 2000)
        c.t("customer", "", V(Val("DOB", (y, m, d)), self.fmt_dob(y, m, d, True)))
        c.t("agent", "thanks and the new address")
        a = self.address(True)
        out, inw = self.uk_postcode()
        c.t("customer", "it's ", V(Val("ADDRESS", a), a), " ", self.ch(self.TOWNS_UK), " ",
            V(Val("POSTCODE", out + inw), say_alnum(out, self.z(), "digits", "bare", self.r) +
              " " + say_alnum(inw, self.z(), "digits", "nato", self.r)))
        c.t("agent", "and a new phone number")
        dd, chunks, _ = self.phone()
        if dd.startswith("0"):
            self.reading(c, "PHONE", dd, chunks, None, "", "", "single", None)
        else:
            c.t("customer", "", V(Val("PHONE", dd), "plus " + self.speak_chunks(chunks)))
        c.t("agent", "and email")
        e = self.email()[0]
        c.t("customer", "", V(Val("EMAIL", e), self.say_email(e)), self.ch(["", " thanks"]))
        self.add(c, "positive")

    # ------------------------------------------------ negatives
    def negatives(self, n):
        r = self.r
        tmpl = []

        def amount():
            c = Case("negative", "balance/amount")
            v = r.randint(100, 99999)
            c.t("agent", "your outstanding balance is £%s.%02d" % ("{:,}".format(v), r.randint(0, 99)))
            c.t("customer", "what? it was %s pounds %s last month" % (words_int(v % 1000),
                                                                       words_0_99(r.randint(1, 99))))
            return c
        tmpl.append(amount)

        def order_like_card():
            c = Case("negative", "order number spoken like a card reading")
            num = luhn_complete("4" + self.dstr(3), 16, r)
            c.t("agent", "can i take the order number from your confirmation email")
            c.t("customer", "yeah the order number is " + self.speak_chunks(self.chunk(num, [4, 4, 4, 4]),
                                                                             None, None, "bare", 0.3))
            c.t("agent", "thanks that order shipped on the %s" % ORD_W[r.randint(1, 28)])
            return c
        tmpl.append(order_like_card)

        def tracking():
            c = Case("negative", "tracking number")
            t = "1Z" + "".join(r.choice("0123456789ABCDEFX") for _ in range(16))
            c.t("customer", "Tracking number %s still says in transit??" % t)
            c.t("agent", "Sorry about that, tracking %s shows it at the depot." % t)
            return c
        tmpl.append(tracking)

        def last4():
            c = Case("negative", "card last four only")
            l4 = self.dstr(4)
            if r.random() < 0.5:
                c.t("agent", "is that the visa ending %s?" % l4)
                c.t("customer", "yes the one ending in %s" % say_digit_run(l4, self.z(), "digits", r))
            else:
                c.t("customer", "Pls use my card ending ****%s, not the old one ending %s" % (
                    l4, self.dstr(4)))
            return c
        tmpl.append(last4)

        def hours():
            c = Case("negative", "opening hours / times")
            c.t("customer", "what time are you open till")
            c.t("agent", "we're open eight till eight monday to friday and %s till %s on saturdays, "
                         "the lines are busiest around twelve thirty" % (
                             r.choice(["nine", "ten"]), r.choice(["four", "five thirty", "1pm"])))
            return c
        tmpl.append(hours)

        def meter():
            c = Case("negative", "meter reading")
            mr = self.dstr(r.choice([5, 6]))
            if r.random() < 0.5:
                c.t("agent", "can i take a meter reading")
                c.t("customer", "it's " + say_digit_run(mr, self.z(), r.choice(["digits", "doubles"]), r)
                    + " and the night one is " + say_digit_run(self.dstr(5), self.z(), "digits", r))
            else:
                c.t("customer", "Meter reading today: %s (day) %s (night)" % (mr, self.dstr(5)))
            return c
        tmpl.append(meter)

        def flight():
            c = Case("negative", "flight/seat/gate")
            fl = r.choice(["BA", "EI", "FR", "U2", "LH", "AA"]) + str(r.randint(100, 9999))
            c.t("customer", "I'm on %s tomorrow, seat %d%s, can I change it?" % (
                fl, r.randint(1, 40), r.choice("ABCDEF")))
            c.t("agent", "Yes, %s departs at %02d:%02d from gate %s%d." % (
                fl, r.randint(5, 22), r.choice([0, 15, 30, 45, 5, 50]), r.choice("ABC"),
                r.randint(1, 60)))
            return c
        tmpl.append(flight)

        def policy():
            c = Case("negative", "policy/claim number with label")
            p = "%s-%s" % (r.choice(["POL", "HX", "CLM", "MTR"]), self.dstr(r.randint(8, 12)))
            c.t("agent", "can i take your policy number")
            c.t("customer", "yes it's %s" % p)
            c.t("agent", "and your claim reference is %s %s %s" % (
                self.dstr(4), self.dstr(3), self.dstr(4)))
            return c
        tmpl.append(policy)

        def invoice():
            c = Case("negative", "invoice/ticket number")
            c.t("customer", "Re: invoice INV-%d-%06d, ticket #%d - still overcharged" % (
                r.randint(2019, 2026), r.randint(1, 999999), r.randint(10000, 999999)))
            c.t("agent", "I've raised case %s for you." % self.dstr(9))
            return c
        tmpl.append(invoice)

        def serial():
            c = Case("negative", "serial/model numbers")
            c.t("customer", "the boiler's serial number is %s and the model is %s-%d" % (
                " ".join(self.dstr(4) for _ in range(4)), r.choice(["KDL", "WX", "GC", "ECO"]),
                r.randint(10, 9999)))
            c.t("agent", "thanks i'll book an engineer")
            return c
        tmpl.append(serial)

        def appt():
            c = Case("negative", "appointment / payment date")
            y, m, d = self.date(2025, 2026)
            c.t("agent", "your appointment is on the %s of %s %s between %s and %s" % (
                ORD_W[d], calendar.month_name[m].lower(), say_year(y), r.choice(["eight", "ten"]),
                r.choice(["twelve", "one", "two"])))
            c.t("customer", "and the payment comes out on %02d/%02d/%d?" % (
                r.randint(1, 28), r.randint(1, 12), y))
            return c
        tmpl.append(appt)

        def contract():
            c = Case("negative", "contract dates, durations, percentages")
            c.t("agent", "your contract started %s %d, it's a %d month term, the price goes up %d.%d%% "
                         "in april and there's %d days left" % (
                             calendar.month_name[r.randint(1, 12)], r.randint(2019, 2025),
                             r.choice([12, 18, 24, 36]), r.randint(1, 9), r.randint(0, 9),
                             r.randint(2, 300)))
            c.t("customer", "so about %d quid a month then" % r.randint(10, 90))
            return c
        tmpl.append(contract)

        def age_temp():
            c = Case("negative", "ages, temperatures, counts")
            c.t("customer", "my mum's %s and the heating's only getting to %s degrees, we've had %s "
                            "engineers out" % (words_0_99(r.randint(60, 99)),
                                               words_0_99(r.randint(12, 19)),
                                               words_0_99(r.randint(2, 6))))
            c.t("agent", "i'm sorry to hear that, i've logged %d visits since %d" % (
                r.randint(2, 9), r.randint(2015, 2024)))
            return c
        tmpl.append(age_temp)

        def room():
            c = Case("negative", "hotel room / booking reference")
            c.t("customer", "i'm in room %s, booking reference %s" % (
                words_int(r.randint(101, 999)), "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789")
                                                        for _ in range(6))))
            c.t("agent", "okay room %d, checkout is eleven a m" % r.randint(101, 999))
            return c
        tmpl.append(room)

        def road():
            c = Case("negative", "road names, no house number")
            c.t("customer", "there's roadworks all along %s and the %s so the engineer was late" % (
                r.choice(["church street", "the high street", "station road", "main street"]),
                r.choice(["A40", "M25", "N7", "I-95", "M50"])))
            c.t("agent", "sorry about that, he'll be there in about %s minutes" % words_0_99(
                r.randint(10, 59)))
            return c
        tmpl.append(road)

        def ref_long():
            c = Case("negative", "long reference number, Luhn-valid, with label")
            num = luhn_complete(r.choice(["4", "5", "6"]), 16, r)
            c.t("agent", "your payment reference is %s %s %s %s, please keep that safe" % tuple(
                self.chunk(num, [4, 4, 4, 4])))
            c.t("customer", "reference %s, got it" % num)
            return c
        tmpl.append(ref_long)

        def account_ref_spoken():
            c = Case("negative", "customer reference spoken digit by digit")
            ref = self.dstr(10)
            c.t("agent", "have you got your customer reference handy, it's on the top of the bill")
            c.t("customer", "um yeah the customer reference is " + self.speak_chunks(
                self.chunk(ref, [3, 3, 4]), None, None, "bare", 0.3))
            c.t("agent", "lovely that's pulled up your account")
            return c
        tmpl.append(account_ref_spoken)

        def duration():
            c = Case("negative", "hold time / durations")
            c.t("customer", "I've been on hold for %d minutes and called %d times this week" % (
                r.randint(20, 95), r.randint(2, 9)))
            c.t("agent", "Apologies, average wait is %d mins today. Your refund takes 3-5 working days."
                % r.randint(10, 40))
            return c
        tmpl.append(duration)

        def prices():
            c = Case("negative", "prices and plan codes")
            c.t("agent", "the unlimited plan is %s ninety nine a month or $%d.%02d on plan code %s%d" % (
                words_0_99(r.randint(10, 60)), r.randint(20, 80), r.randint(0, 99),
                r.choice(["UNL", "SIMO", "FIB"]), r.randint(100, 999)))
            c.t("customer", "and is that %d gig or %d" % (r.choice([30, 50, 100]),
                                                         r.choice([150, 200, 500])))
            return c
        tmpl.append(prices)

        def imei_like():
            c = Case("negative", "order id shaped like SSN with label")
            c.t("customer", "Order ID %s-%s-%s hasn't arrived" % (self.dstr(3), self.dstr(2),
                                                                   self.dstr(4)))
            c.t("agent", "Thanks, order %s was dispatched %d days ago." % (self.dstr(9), r.randint(2, 9)))
            return c
        tmpl.append(imei_like)

        def years():
            c = Case("negative", "years and versions")
            c.t("customer", "i've been a customer since %s and the router is the %d model, firmware %d.%d.%d" % (
                say_year(r.randint(1990, 2015)), r.randint(2018, 2024), r.randint(1, 9),
                r.randint(0, 20), r.randint(0, 99)))
            c.t("agent", "thank you, loyalty discount is %d percent" % r.choice([5, 10, 15, 20]))
            return c
        tmpl.append(years)

        def claim_spoken():
            c = Case("negative", "claim number read with doubles and pairs")
            cl = self.dstr(12)
            c.t("agent", "what's the claim number")
            c.t("customer", "claim number " + self.speak_chunks(self.chunk(cl, [4, 4, 4]), None,
                                                                  r.choice(["doubles", "pairs"]),
                                                                  "bare", 0.2))
            c.t("agent", "thank you that claim was opened on %d %s" % (
                r.randint(1, 28), calendar.month_name[r.randint(1, 12)]))
            return c
        tmpl.append(claim_spoken)

        for k in range(n):
            f = tmpl[k % len(tmpl)]
            self.add(f(), "negative")

    def build(self):
        plan = ([self.pos_card] * 55 + [self.pos_ssn] * 26 + [self.pos_ni] * 26 +
                [self.pos_bank] * 14 + [self.pos_iban] * 12 + [self.pos_phone] * 18 +
                [self.pos_email] * 14 + [self.pos_dob] * 14 + [self.pos_address] * 16 +
                [self.pos_mixed] * 10)
        counters = {}
        for f in plan:
            k = counters.get(f.__name__, 0)
            counters[f.__name__] = k + 1
            f(k)
        self.negatives(115)
        lines = []
        cases = []
        for i, c in enumerate(self.pos):
            cases.append(("h338-pos-%03d" % (i + 1), c))
        for i, c in enumerate(self.neg):
            cases.append(("h338-neg-%03d" % (i + 1), c))
        for cid, c in cases:
            lines.append(json.dumps(c.to_json(cid), ensure_ascii=False, sort_keys=False))
        return "\n".join(lines) + "\n", cases


# ---------------------------------------------------------------- checks
def check_cases(cases):
    ids = set()
    counts = {t: 0 for t in TYPES}
    for cid, c in cases:
        assert cid not in ids, cid
        ids.add(cid)
        j = c.to_json(cid)
        if c.kind == "negative":
            assert not j["spans"], cid
        else:
            assert j["spans"], cid
        byturn = {}
        for ti, a, b, s in c.marks:
            text = c.turns[ti]["text"]
            assert 0 <= a < b <= len(text), (cid, a, b)
            st = text[a:b]
            assert st == s.text, cid
            assert st[0].isalnum() and st[-1].isalnum(), (cid, st)
            assert a == 0 or not text[a - 1].isalnum(), (cid, st)
            assert b == len(text) or not text[b].isalnum(), (cid, st)
            assert s.val.typ in TYPES
            byturn.setdefault(ti, []).append((a, b))
            counts[s.val.typ] += 1
        for ti, lst in byturn.items():
            lst.sort()
            for (a1, b1), (a2, b2) in zip(lst, lst[1:]):
                assert b1 <= a2, (cid, "overlap")
        vals = []
        for _, _, _, s in c.marks:
            if s.val not in vals:
                vals.append(s.val)
        for v in vals:
            segs = [s for _, _, _, s in c.marks if s.val is v]
            full = " ".join(s.text for s in segs if not s.frag)
            try:
                if full:
                    validate_value(v.typ, v.canon, full)
                for s in segs:
                    if s.frag:
                        frag = norm_alnum(s.text, v.typ in ("IBAN", "NI_NUMBER"))
                        assert frag and frag in v.canon, (frag, v.canon)
            except Exception as e:  # noqa
                raise AssertionError("%s: %s" % (cid, e))
    return counts


def readme(counts, npos, nneg):
    rows = "\n".join("| %s | %d |" % (t, counts[t]) for t in TYPES)
    return """# pii_holdout338 — held-out PII redaction evaluation set

> **Never use this set for tuning.** Do not adjust patterns, thresholds, word lists
> or models while looking at these cases or their scores. It exists only to measure
> the redaction engine on data it was not shaped against.

## Provenance

Written by an AI helper acting as an independent test author who did **not** see the
redaction code, its tests, docs or other fixtures. Every case is produced by
`scripts/make_pii_holdout338.py` (standard library only, one generator
`random.Random(338241125)`). Turns are assembled from plain-text segments and
labelled value segments, so span offsets are computed, never typed by hand. All
values are synthetic (random, Luhn/mod-97-valid where required).

Regenerate / verify:

    python scripts/make_pii_holdout338.py          # writes cases.jsonl and this README
    python scripts/make_pii_holdout338.py --check  # byte-identical regeneration + validation

`--check` verifies: byte-identical output, unique ids, offsets in range and on word
boundaries, no overlapping spans, and that each labelled value normalises (spoken
digits, "oh"/"nought", "double"/"triple", pairs, hundreds, NATO spelling, "dot"/"at")
to a valid value: Luhn for cards, mod-97 for IBANs, NI format, 9-digit SSN rules,
6-digit sort codes, UK postcode / US ZIP shape, date validity for DOB/EXPIRY.

## Format

One JSON object per line: `id`, `kind` (`positive`/`negative`), `turns`
(`speaker` is `customer` or `agent`, `text`), `spans` (`turn`, `start`, `end` —
Python offsets, end exclusive — and `type`), `note`.

## Annotation conventions

- A span covers exactly the value, first letter/digit to last; lead-ins ("it's",
  "my number is", "acct no:") are outside.
- A value split across turns gets one span per turn, each with the value's type.
  A reading interrupted by an aside ("hang on the dog's going mad") gets one span
  for each piece; the aside is outside.
- Agent read-backs of a value are labelled too.
- Filler words spoken inside a reading ("um", "uh", "er") are inside the span.
- Restarted readings: the abandoned partial reading is labelled as well (it is
  part of the same value), and so is the full restart.
- Phone spans include the country code (and a spoken "plus").
- ADDRESS covers house/flat number and street, not the town; the postcode/ZIP is a
  separate POSTCODE span. DOB and EXPIRY cover the whole date expression (without
  a leading "the").
- A card's last four said on their own are NOT PII, unless the full card number was
  read in the same case (then the last-four mention is labelled CARD_NUMBER).
- Negative cases contain no PII: amounts, balances, prices, times, hours, durations,
  counts, ages, temperatures, percentages, years, appointment/payment/contract
  dates, order/ticket/invoice/claim/reference/tracking/serial/model/policy numbers
  with their label (some Luhn-valid, some read digit by digit like a card), meter
  readings, flight/room/gate/seat numbers, road names and card last-four mentions.

## Counts

%d positive cases, %d negative cases.

| Type | Spans |
|---|---|
%s
| **Total** | %d |
""" % (npos, nneg, rows, sum(counts.values()))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args()
    text, cases = Gen().build()
    counts = check_cases(cases)
    npos = sum(1 for _, c in cases if c.kind == "positive")
    nneg = len(cases) - npos
    rd = readme(counts, npos, nneg)
    if args.check:
        ok = True
        for path, want in ((CASES_PATH, text), (README_PATH, rd)):
            with open(path, encoding="utf-8") as fh:
                if fh.read() != want:
                    print("MISMATCH: %s differs from regeneration" % path)
                    ok = False
        # re-validate the file as stored
        with open(CASES_PATH, encoding="utf-8") as fh:
            for line in fh:
                o = json.loads(line)
                for s in o["spans"]:
                    t = o["turns"][s["turn"]]["text"]
                    assert 0 <= s["start"] < s["end"] <= len(t)
        assert npos >= 200 and nneg >= 100, (npos, nneg)
        assert counts["CARD_NUMBER"] >= 70 and counts["SSN"] >= 30 and counts["NI_NUMBER"] >= 30
        assert all(v >= 10 for v in counts.values()), counts
        print("positives=%d negatives=%d" % (npos, nneg))
        print(json.dumps(counts))
        print("CHECK OK" if ok else "CHECK FAILED")
        sys.exit(0 if ok else 1)
    os.makedirs(OUT_DIR, exist_ok=True)
    with open(CASES_PATH, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)
    with open(README_PATH, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(rd)
    print("wrote %d positive, %d negative cases" % (npos, nneg))
    print(json.dumps(counts))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set ``pii_holdout289``.

Written by an AI helper acting as an independent test author (it did not see
the redaction code).  Standard library only.  Output is byte-for-byte
reproducible from the seed below.

    python scripts/make_pii_holdout289.py          # write fixture + README
    python scripts/make_pii_holdout289.py --check  # regenerate and verify
"""
from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

SEED = 289241125
ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "tests" / "fixtures" / "pii_holdout289"
CASES = OUT_DIR / "cases.jsonl"
README = OUT_DIR / "README.md"
PREFIX = "h289"
TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE",
         "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

# ---------------------------------------------------------------- words
W = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEEN = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
        "seventeen", "eighteen", "nineteen"]
TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy",
        8: "eighty", 9: "ninety"}
HOMO = {"4": ["for"], "2": ["to", "too"], "8": ["ate"], "1": ["won"]}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth",
       7: "seventh", 8: "eighth", 9: "ninth", 10: "tenth", 11: "eleventh", 12: "twelfth",
       13: "thirteenth", 14: "fourteenth", 15: "fifteenth", 16: "sixteenth",
       17: "seventeenth", 18: "eighteenth", 19: "nineteenth", 20: "twentieth",
       30: "thirtieth"}
NATO = {"A": "alpha", "B": "bravo", "C": "charlie", "D": "delta", "E": "echo",
        "F": "foxtrot", "G": "golf", "H": "hotel", "J": "juliet", "K": "kilo",
        "L": "lima", "M": "mike", "N": "november", "P": "papa", "R": "romeo",
        "S": "sierra", "T": "tango", "U": "uniform", "W": "whiskey", "X": "x-ray",
        "Y": "yankee", "Z": "zulu"}
LETTER_WORDS = {"A": ["apple"], "B": ["bertie", "boy"], "C": ["charlie", "cat"],
                "D": ["david", "dog"], "E": ["edward", "echo"], "G": ["george"],
                "H": ["harry"], "J": ["john"], "K": ["kate"], "L": ["london"],
                "M": ["mother", "mike"], "N": ["nancy"], "P": ["peter"], "R": ["robert"],
                "S": ["sugar", "sam"], "T": ["tommy"], "W": ["william"], "X": ["x-ray"],
                "Y": ["yellow"], "Z": ["zebra"]}


def two(n: int, rng=None, uk=False) -> str:
    """Say a two digit chunk like a person would ('41' -> 'forty one', '07' -> 'oh seven')."""
    if n < 10:
        z = rng.choice(["oh", "oh", "zero", "nought"] if uk else ["oh", "oh", "zero"]) if rng else "oh"
        return z + " " + W[n] if n else (z + " " + z)
    if n < 20:
        return TEEN[n - 10]
    t, u = divmod(n, 10)
    return TENS[t] + ("" if u == 0 else " " + W[u])


def zero(rng, uk=False):
    return rng.choice(["oh", "zero", "o", "nought"] if uk else ["oh", "zero", "oh", "o"])


def say_digits(rng, s, uk=False, doubles=0.5, homo=0.0, cap=False):
    out = []
    i = 0
    while i < len(s):
        d = s[i]
        run = 1
        while i + run < len(s) and s[i + run] == d:
            run += 1
        if run >= 3 and rng.random() < doubles:
            out.append("triple " + (zero(rng, uk) if d == "0" else W[int(d)]))
            i += 3
            continue
        if run >= 2 and rng.random() < doubles:
            out.append("double " + (zero(rng, uk) if d == "0" else W[int(d)]))
            i += 2
            continue
        if d == "0":
            out.append(zero(rng, uk))
        elif d in HOMO and rng.random() < homo:
            out.append(rng.choice(HOMO[d]))
        else:
            out.append(W[int(d)])
        i += 1
    txt = " ".join(out)
    if cap:
        txt = txt[0].upper() + txt[1:]
    return txt


def say_pairs(rng, s, uk=False):
    parts = []
    for i in range(0, len(s) - 1, 2):
        parts.append(two(int(s[i:i + 2]), rng, uk))
    if len(s) % 2:
        parts.append(W[int(s[-1])])
    return " ".join(parts)


def groups_of(s, sizes):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return [g for g in out if g]


def whisper_mixed(rng, s, sizes, uk=False, homo=0.15):
    """Whisper style: some groups become numerals (ITN), others stay words; odd punctuation."""
    gs = groups_of(s, sizes)
    rendered = []
    numeral_any = False
    for k, g in enumerate(gs):
        if rng.random() < 0.5 or (k == len(gs) - 1 and not numeral_any):
            rendered.append(g)
            numeral_any = True
        else:
            rendered.append(rng.choice([say_digits(rng, g, uk, homo=homo),
                                        say_pairs(rng, g, uk) if len(g) % 2 == 0 else say_digits(rng, g, uk)]))
    sep = rng.choice([" ", ", ", " ", ". ", "-"])
    out = []
    for k, r in enumerate(rendered):
        if k and sep == ". ":
            r = r[0].upper() + r[1:]
        out.append(r)
    return sep.join(out)


def typed(rng, s, sizes, seps=(" ", "-", "", " ", ".")):
    sep = rng.choice(seps)
    return sep.join(groups_of(s, sizes))


# ---------------------------------------------------------------- value generators
def luhn_ok(d: str) -> bool:
    tot = 0
    for i, ch in enumerate(reversed(d)):
        n = int(ch)
        if i % 2:
            n *= 2
            if n > 9:
                n -= 9
        tot += n
    return tot % 10 == 0


def gen_card(rng):
    kind = rng.choice(["visa", "visa", "mc", "mc", "amex", "disc", "visa19"])
    if kind == "visa":
        pre, n = "4" + str(rng.choice([1, 5, 9, 6, 0, 4])), 16
    elif kind == "visa19":
        pre, n = "4" + str(rng.randint(0, 9)), 19
    elif kind == "mc":
        pre, n = rng.choice(["51", "52", "53", "54", "55", "22"]), 16
    elif kind == "amex":
        pre, n = rng.choice(["34", "37"]), 15
    else:
        pre, n = "6011", 16
    body = pre + "".join(str(rng.randint(0, 9)) for _ in range(n - len(pre) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c, kind
    raise AssertionError


def card_sizes(card):
    if len(card) == 15:
        return [4, 6, 5]
    if len(card) == 19:
        return [4, 4, 4, 4, 3]
    return [4, 4, 4, 4]


def gen_ssn(rng):
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, rng.randint(1, 99), rng.randint(1, 9999))


NI_FIRST = "ABCEGHJKLMNPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def gen_ni(rng):
    while True:
        p = rng.choice(NI_FIRST) + rng.choice(NI_SECOND)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + "".join(str(rng.randint(0, 9)) for _ in range(6)) + rng.choice("ABCD")


def gen_digits(rng, n, first_nonzero=False):
    s = "".join(str(rng.randint(0, 9)) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = str(rng.randint(1, 9)) + s[1:]
    return s


def iban_check(country, bban):
    rearr = bban + country + "00"
    num = "".join(str(int(ch, 36)) for ch in rearr)
    return "%02d" % (98 - int(num) % 97)


def iban_valid(iban):
    iban = iban.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", iban):
        return False
    r = iban[4:] + iban[:4]
    return int("".join(str(int(ch, 36)) for ch in r)) % 97 == 1


def gen_iban(rng):
    c = rng.choice(["GB", "IE", "DE", "NL", "FR", "ES", "IE", "GB"])
    if c == "GB":
        bban = rng.choice(["NWBK", "BARC", "HBUK", "MIDL"]) + gen_digits(rng, 14)
    elif c == "IE":
        bban = rng.choice(["AIBK", "ULSB", "IPBS"]) + gen_digits(rng, 14)
    elif c == "DE":
        bban = gen_digits(rng, 18)
    elif c == "NL":
        bban = rng.choice(["ABNA", "INGB", "SNSB"]) + gen_digits(rng, 10)
    elif c == "FR":
        bban = gen_digits(rng, 23)
    else:
        bban = gen_digits(rng, 20)
    return c + iban_check(c, bban) + bban


OUT_L = "ABCDEFGHJKLMNPRSTUWY"  # no I/O/V/Q/X/Z to keep readings unambiguous
IN_L = "ABDEFGHJLNPQRSTUWXYZ"


def gen_uk_postcode(rng):
    shape = rng.choice(["A9", "A99", "AA9", "AA99", "AA9A", "A9A"])
    out = ""
    for ch in shape:
        out += rng.choice(OUT_L) if ch == "A" else str(rng.randint(1, 9))
    return out + " " + str(rng.randint(0, 9)) + rng.choice(IN_L) + rng.choice(IN_L)


def gen_zip(rng, plus4=False):
    z = "%05d" % rng.randint(1001, 99950)
    return z + ("-" + gen_digits(rng, 4) if plus4 else "")


STREETS_UK = ["Kingsley Road", "Harcourt Street", "Mill Lane", "Station Road", "Victoria Avenue",
              "Beech Close", "Church Walk", "Albert Terrace", "Meadow Way", "Castle Drive",
              "Orchard Grove", "Queens Crescent"]
STREETS_US = ["Maple Avenue", "Pine Street", "Oak Drive", "Lincoln Boulevard", "Cedar Lane",
              "Elm Court", "Washington Street", "Sunset Boulevard", "Lakeview Drive", "Park Place"]
STREETS_IE = ["Griffith Avenue", "Main Street", "Sandymount Road", "Dublin Road", "Strand Street"]
STREET_WORDS = ("road", "street", "lane", "avenue", "close", "walk", "terrace", "way", "drive",
                "grove", "crescent", "boulevard", "court", "place", "rd", "st", "ave", "dr", "blvd", "ln")

FIRST = ["john", "sarah", "mike", "aoife", "priya", "tom", "emma", "dave", "lucy", "kevin",
         "maria", "liam", "grace", "raj", "niamh", "chloe", "sam", "ben", "olivia", "sean"]
LAST = ["doe", "smith", "obrien", "patel", "walsh", "nguyen", "murphy", "jones", "garcia",
        "kelly", "brown", "taylor", "byrne", "wilson", "khan", "martin"]
DOMAINS = ["gmail.com", "yahoo.com", "hotmail.co.uk", "outlook.com", "icloud.com", "eircom.net",
           "btinternet.com", "aol.com", "protonmail.com", "live.ie"]


def gen_email(rng):
    f, l = rng.choice(FIRST), rng.choice(LAST)
    style = rng.choice(["f.l", "fl", "f_l", "fl99", "f.l99", "il"])
    n = str(rng.randint(1, 99))
    local = {"f.l": f + "." + l, "fl": f + l, "f_l": f + "_" + l, "fl99": f + l + n,
             "f.l99": f + "." + l + n, "il": f[0] + l}[style]
    return local + "@" + rng.choice(DOMAINS)


def say_email(rng, e, whisper=False):
    local, dom = e.split("@")
    def part(p):
        bits = re.split(r"([._])", p)
        out = []
        for b in bits:
            if b == ".":
                out.append("dot")
            elif b == "_":
                out.append("underscore")
            elif b.isdigit():
                out.append(b if whisper and rng.random() < 0.6 else say_digits(rng, b, doubles=0.3))
            elif len(b) == 1:
                out.append(b)
            else:
                m = re.match(r"([a-z]+)(\d*)$", b)
                word, digs = m.group(1), m.group(2)
                if len(word) <= 5 and rng.random() < 0.3:
                    out.append(" ".join(word))
                else:
                    out.append(word.capitalize() if whisper and rng.random() < 0.4 else word)
                if digs:
                    out.append(digs if whisper and rng.random() < 0.6 else say_digits(rng, digs, doubles=0.3))
        return " ".join(out)
    dom_s = dom if (whisper and rng.random() < 0.5) else " dot ".join(dom.split("."))
    if whisper and rng.random() < 0.5:
        dom_s = dom_s[0].upper() + dom_s[1:]
    return part(local) + " at " + dom_s


# ---------------------------------------------------------------- normaliser (spoken -> canonical)
DW = {"zero": "0", "oh": "0", "o": "0", "nought": "0", "naught": "0", "nil": "0", "one": "1",
      "won": "1", "two": "2", "to": "2", "too": "2", "three": "3", "four": "4", "for": "4",
      "five": "5", "six": "6", "seven": "7", "eight": "8", "ate": "8", "nine": "9", "niner": "9"}
TEENW = {w: str(10 + i) for i, w in enumerate(TEEN)}
TENSW = {v: str(k) for k, v in TENS.items()}
TENSW["fourty"] = "4"
ORDW = {v: "%02d" % k for k, v in ORD.items()}
MONW = {m: "%02d" % (i + 1) for i, m in enumerate(MONTHS)}
NATOW = {v: k for k, v in NATO.items()}
FILLER = {"um", "uh", "er", "erm", "ah", "eh", "mm", "hmm", "and", "is", "it", "its", "the",
          "of", "that", "sorry", "yeah", "so", "like", "then", "dash",
          "slash", "space", "hyphen", "plus", "no", "wait", "in"}


def normalise(text: str, keep_letters=True) -> str:
    t = text.lower().replace("x-ray", "xray").replace("\u2019", "'")
    t = re.sub(r"'s\b", "", t)
    t = re.sub(r"(?<=\d)(st|nd|rd|th)\b", "", t)
    toks = re.findall(r"[a-z]+|\d+", t)
    out = []
    i = 0
    while i < len(toks):
        w = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else ""
        # "b for bravo", "s as in sugar"
        if len(w) == 1 and w.isalpha() and nxt in ("for", "as", "like") and i + 2 < len(toks):
            j = i + 2
            if nxt == "as" and j < len(toks) and toks[j] == "in":
                j += 1
            if j < len(toks) and toks[j][0] == w:
                out.append(w.upper())
                i = j + 1
                continue
        if w.isdigit():
            out.append(w)
        elif w in ("double", "triple") and nxt:
            d = DW.get(nxt, nxt if nxt.isdigit() and len(nxt) == 1 else None)
            if d is None:
                d = "?"
            out.append(d * (2 if w == "double" else 3))
            i += 2
            continue
        elif w in TEENW:
            out.append(TEENW[w])
        elif w in ORDW:
            out.append(ORDW[w])
        elif w in TENSW:
            if nxt in DW and DW[nxt] != "0" and nxt not in ("to", "too", "for", "won", "ate"):
                out.append(TENSW[w] + DW[nxt])
                i += 2
                continue
            if nxt in ORDW and int(ORDW[nxt]) < 10:
                out.append(TENSW[w] + ORDW[nxt][1])
                i += 2
                continue
            out.append(TENSW[w] + "0")
        elif any(w.startswith(k) and w[len(k):] in DW for k in TENSW):
            k = [k for k in TENSW if w.startswith(k)][0]
            out.append(TENSW[k] + DW[w[len(k):]])
        elif w == "hundred":
            out.append("00")
        elif w in MONW:
            out.append(MONW[w])
        elif w in DW and w != "a":
            out.append(DW[w])
        elif w in NATOW and keep_letters:
            out.append(NATOW[w])
        elif w in FILLER:
            pass
        elif keep_letters and len(w) <= 2 and w.isalpha():
            out.append(w.upper())
        elif keep_letters and len(w) == 4 and w.upper() in ("NWBK", "BARC", "HBUK", "MIDL", "AIBK", "ULSB", "IPBS", "ABNA", "INGB", "SNSB"):
            out.append(w.upper())
        i += 1
    return "".join(out)


def norm_email(text):
    s = " " + text.lower() + " "
    s = s.replace(" at ", "@").replace(" dot ", ".").replace(" underscore ", "_")
    s = re.sub(r"\s+", "", s)
    # spoken digits inside e-mail
    for w, d in sorted(DW.items(), key=lambda kv: -len(kv[0])):
        pass
    return s


def email_digits(text):
    # replace spoken digit words in local part by digits, for comparison
    toks = []
    for tok in re.split(r"(\s+)", text):
        if tok.lower() in ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "zero", "oh"):
            toks.append(DW[tok.lower()])
        else:
            toks.append(tok)
    txt = "".join(toks)
    txt = re.sub(r"double (\d)", r"\1\1", txt)
    txt = re.sub(r"(?<=\d) (?=\d)", "", txt)
    return norm_email(txt)


# ---------------------------------------------------------------- case builder
class Case:
    def __init__(self, kind, note):
        self.kind = kind
        self.note = note
        self.turns = []
        self.spans = []
        self.groups = {}  # gid -> dict(type, canon, mode, texts)

    def val(self, typ, canon, mode="full"):
        gid = len(self.groups)
        self.groups[gid] = {"type": typ, "canon": canon, "mode": mode, "texts": []}
        return gid

    def t(self, spk, *parts):
        idx = len(self.turns)
        text = ""
        for p in parts:
            if isinstance(p, str):
                text += p
            else:
                txt, gid = p
                s = len(text)
                text += txt
                g = self.groups[gid]
                self.spans.append({"turn": idx, "start": s, "end": len(text), "type": g["type"]})
                g["texts"].append(txt)
        self.turns.append({"speaker": spk, "text": text})
        return self

    def a(self, *parts):
        return self.t("agent", *parts)

    def c(self, *parts):
        return self.t("customer", *parts)

    def obj(self, cid):
        return {"id": cid, "kind": self.kind, "turns": self.turns,
                "spans": sorted(self.spans, key=lambda s: (s["turn"], s["start"])), "note": self.note}


BACK = ["mhm", "okay", "yep", "go on", "okay go on", "uh huh", "yes", "right", "got it", "Mm-hmm.", "Okay.", "yeah"]
FILL = ["um", "uh", "erm", "er"]


def pick(rng, xs):
    return rng.choice(xs)


# ---------------------------------------------------------------- card renderings
def render_card_call(rng, card, uk=False):
    style = rng.choice(["words", "whisper", "whisper", "pairs", "numerals", "words_homo"])
    sz = card_sizes(card)
    if style == "words":
        return " ".join(say_digits(rng, g, uk) for g in groups_of(card, sz)), style
    if style == "words_homo":
        return say_digits(rng, card, uk, homo=0.5, doubles=0.2), style
    if style == "pairs":
        return " ".join(say_pairs(rng, g, uk) for g in groups_of(card, sz)), style
    if style == "numerals":
        return rng.choice([" ", ", ", "-", " ", ""]).join(groups_of(card, sz)), style
    return whisper_mixed(rng, card, sz, uk), style


def render_expiry(rng, mm, yy, call=True):
    m = int(mm)
    if call:
        f = rng.choice(["oh_mm_yy", "month_yy", "month_20yy", "whisper_slash", "mm_yy_pairs", "whisper_month"])
        if f == "oh_mm_yy":
            return (two(m, rng) if m >= 10 else zero(rng) + " " + W[m]) + " " + rng.choice(["", "slash "]) + two(int(yy))
        if f == "month_yy":
            return MONTHS[m - 1] + " " + two(int(yy))
        if f == "month_20yy":
            return MONTHS[m - 1] + " twenty " + two(int(yy))
        if f == "whisper_slash":
            return mm + "/" + yy
        if f == "whisper_month":
            return MONTHS[m - 1].capitalize() + " 20" + yy
        return say_digits(rng, mm) + " " + two(int(yy))
    return rng.choice([mm + "/" + yy, mm + "/20" + yy, mm + "-" + yy, mm + yy, mm + " / " + yy,
                       MONTHS[m - 1][:3].capitalize() + " 20" + yy])


def gen_expiry(rng):
    return "%02d" % rng.randint(1, 12), "%02d" % rng.randint(26, 33)


def render_cvv(rng, cvv, call=True):
    if not call:
        return cvv
    return rng.choice([say_digits(rng, cvv, doubles=0.3, homo=0.3), cvv,
                       (W[int(cvv[0])] + " " + two(int(cvv[1:]))) if cvv[1] != "0" and len(cvv) == 3 else cvv,
                       " ".join(cvv)])


# ---------------------------------------------------------------- other renderings
def render_ssn(rng, s, call=True):
    a, g, n = s[:3], s[3:5], s[5:]
    if not call:
        return rng.choice([a + "-" + g + "-" + n, a + " " + g + " " + n, s, a + "." + g + "." + n, a + "–" + g + "–" + n if False else a + "-" + g + "-" + n])
    f = rng.choice(["words", "whisper", "whisper", "pairs_last", "numerals", "homo"])
    if f == "words":
        return say_digits(rng, a) + " " + say_digits(rng, g) + " " + say_digits(rng, n)
    if f == "homo":
        return say_digits(rng, s, homo=0.35, doubles=0.3)
    if f == "pairs_last":
        return say_digits(rng, a) + " " + say_digits(rng, g) + " " + say_pairs(rng, n)
    if f == "numerals":
        return rng.choice([a + "-" + g + "-" + n, a + " " + g + " " + n, s])
    return whisper_mixed(rng, s, [3, 2, 4])


def say_letter(rng, L, style):
    if style == "plain":
        return L.lower()
    if style == "cap":
        return L
    if style == "nato":
        return L.lower() + " for " + NATO[L]
    if style == "asin":
        return L.lower() + " as in " + rng.choice(LETTER_WORDS.get(L, [NATO[L]]))
    return L + "."


def render_ni(rng, ni, call=True):
    p, d, s = ni[:2], ni[2:8], ni[8]
    if not call:
        return rng.choice([ni, ni.lower(), p + " " + d[:2] + " " + d[2:4] + " " + d[4:] + " " + s,
                           p + d + " " + s, (p + " " + d + " " + s).lower(), p + "-" + d + "-" + s])
    lst = rng.choice(["plain", "plain", "cap", "nato", "asin", "dot"])
    L = " ".join(say_letter(rng, x, lst) for x in p)
    f = rng.choice(["words", "pairs", "whisper", "numerals"])
    if f == "words":
        D = say_digits(rng, d, uk=True)
    elif f == "pairs":
        D = say_pairs(rng, d, uk=True)
    elif f == "numerals":
        D = rng.choice([d, d[:2] + " " + d[2:4] + " " + d[4:]])
    else:
        D = whisper_mixed(rng, d, [2, 2, 2], uk=True)
    S = say_letter(rng, s, rng.choice(["plain", "cap", "nato", "asin"]))
    if lst == "cap" and f in ("numerals", "whisper") and rng.random() < 0.5:
        return p + " " + D + " " + s
    return L + " " + D + " " + S


def render_sort(rng, sc, call=True):
    a, b, c = sc[:2], sc[2:4], sc[4:]
    if not call:
        return rng.choice([a + "-" + b + "-" + c, a + " " + b + " " + c, sc, a + "." + b + "." + c])
    f = rng.choice(["pairs", "words", "whisper", "numerals"])
    if f == "pairs":
        return " ".join(two(int(x), rng, True) for x in (a, b, c))
    if f == "words":
        return say_digits(rng, sc, uk=True)
    if f == "numerals":
        return a + "-" + b + "-" + c
    return whisper_mixed(rng, sc, [2, 2, 2], uk=True)


def render_acct(rng, ac, call=True, uk=True):
    if not call:
        return rng.choice([ac, ac[:4] + " " + ac[4:], ac])
    f = rng.choice(["words", "whisper", "pairs", "numerals"])
    if f == "words":
        return say_digits(rng, ac, uk=uk, homo=0.2)
    if f == "pairs" and len(ac) % 2 == 0:
        return say_pairs(rng, ac, uk)
    if f == "numerals":
        return ac
    return whisper_mixed(rng, ac, [4, 4, 4], uk)


def render_iban(rng, ib, call=True):
    if not call:
        return rng.choice([ib, " ".join(ib[i:i + 4] for i in range(0, len(ib), 4)),
                           ib.lower(), " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))])
    cc = " ".join(x.lower() if rng.random() < 0.6 else x for x in ib[:2])
    chk = rng.choice([say_digits(rng, ib[2:4]), two(int(ib[2:4]), rng), ib[2:4]])
    rest = ib[4:]
    bank = ""
    if rest[:4].isalpha():
        bank = rng.choice([" ".join(rest[:4].lower()), rest[:4], " ".join(rest[:4])]) + " "
        rest = rest[4:]
    body = whisper_mixed(rng, rest, [4] * 8, uk=True) if rng.random() < 0.6 else say_digits(rng, rest, uk=True)
    return cc + " " + chk + " " + bank + body


def gen_phone(rng):
    k = rng.choice(["uk_mob", "uk_mob", "uk_land", "us", "us", "ie_mob", "uk_intl", "ie_intl", "us1"])
    if k == "uk_mob":
        return k, "07" + gen_digits(rng, 9)
    if k == "uk_land":
        pre = "0" + rng.choice(["20", "161", "121", "113", "131", "141", "117"])
        return k, pre + str(rng.randint(2, 8)) + gen_digits(rng, 10 - len(pre))
    if k == "us":
        return k, str(rng.randint(2, 9)) + gen_digits(rng, 2) + str(rng.randint(2, 9)) + gen_digits(rng, 6)
    if k == "us1":
        return k, "1" + str(rng.randint(2, 9)) + gen_digits(rng, 2) + str(rng.randint(2, 9)) + gen_digits(rng, 6)
    if k == "ie_mob":
        return k, "08" + rng.choice("35679") + gen_digits(rng, 7)
    if k == "uk_intl":
        return k, "447" + gen_digits(rng, 9)
    return k, "3538" + rng.choice("35679") + gen_digits(rng, 7)


def fix_phone(k, p, rng):
    if k == "uk_land":
        p = p + gen_digits(rng, 11 - len(p))
    return p


def phone_sizes(k, p):
    if k == "uk_mob":
        return [5, 6]
    if k == "uk_land":
        return [3, 4, 4] if p.startswith("020") else [4, 3, 4]
    if k == "us":
        return [3, 3, 4]
    if k == "us1":
        return [1, 3, 3, 4]
    if k == "ie_mob":
        return [3, 3, 4]
    if k == "uk_intl":
        return [2, 4, 6]
    return [3, 2, 3, 4]


def render_phone(rng, k, p, call=True):
    sz = phone_sizes(k, p)
    gs = groups_of(p, sz)
    intl = k in ("uk_intl", "ie_intl")
    if not call:
        if intl:
            return "+" + rng.choice([" ".join(gs), "".join(gs), gs[0] + " (0)" + " ".join(gs[1:]) if False else " ".join(gs)])
        if k == "us":
            return rng.choice(["(" + gs[0] + ") " + gs[1] + "-" + gs[2], "-".join(gs), ".".join(gs), p])
        if k == "us1":
            return rng.choice(["+1 " + " ".join(gs[1:]), "1-" + "-".join(gs[1:])])
        return rng.choice([" ".join(gs), p, "-".join(gs)])
    f = rng.choice(["words", "whisper", "whisper", "pairs", "numerals"])
    lead = ""
    if intl:
        lead = rng.choice(["plus ", "+", "plus "])
    if k == "us1":
        lead = rng.choice(["one ", "1-", "one "])
        gs = gs[1:]
        p = p[1:]
    if intl:
        if lead == "+":
            head = gs[0] + " "
        else:
            head = say_digits(rng, gs[0], doubles=0.2) + " "
        gs = gs[1:]
        p2 = "".join(gs)
    else:
        head, p2 = "", p
    if f == "words":
        body = " ".join(say_digits(rng, g, uk=k.startswith("uk") or k.startswith("ie"), homo=0.2) for g in gs)
    elif f == "pairs":
        body = " ".join(say_digits(rng, g[:1]) + " " + say_pairs(rng, g[1:]) if len(g) % 2 else say_pairs(rng, g) for g in gs)
    elif f == "numerals":
        body = rng.choice(["-", " ", " "]).join(gs)
        if k == "us" and rng.random() < 0.5:
            body = "(" + gs[0] + ") " + gs[1] + "-" + gs[2]
    else:
        body = whisper_mixed(rng, p2, sz[1:] if (intl or k == "us1") else sz, uk=True)
    return lead + head + body


def render_dob(rng, d, m, y, call=True, us=False):
    if not call:
        if us:
            return rng.choice(["%02d/%02d/%d" % (m, d, y), "%d/%d/%d" % (m, d, y), "%02d-%02d-%d" % (m, d, y),
                               "%s %d, %d" % (MONTHS[m - 1].capitalize(), d, y)])
        return rng.choice(["%02d/%02d/%d" % (d, m, y), "%d.%d.%d" % (d, m, y), "%02d-%02d-%02d" % (d, m, y % 100),
                           "%d %s %d" % (d, MONTHS[m - 1][:3].capitalize(), y), "%d/%d/%d" % (d, m, y)])
    yw = rng.choice([two(y // 100) + " " + two(y % 100, rng), str(y)])
    if y >= 2000:
        yw = rng.choice(["two thousand and " + W[y % 100] if y % 100 < 10 else "twenty " + two(y % 100), str(y)])
    dd = ORD[d] if d in ORD else TENS[d // 10] + " " + ORD[d % 10]
    f = rng.choice(["ord_month", "month_ord", "numeric_words", "whisper", "whisper2"])
    if f == "ord_month":
        return "the " + dd + " of " + MONTHS[m - 1] + " " + yw
    if f == "month_ord":
        return MONTHS[m - 1] + " " + dd + " " + yw
    if f == "numeric_words":
        return two(d, rng, not us) + " " + two(m, rng, not us) + " " + two(y % 100, rng) if not us else two(m, rng) + " " + two(d, rng) + " " + two(y % 100, rng)
    if f == "whisper":
        sfx = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}.get(d, "th")
        return rng.choice(["%d%s of %s %d" % (d, sfx, MONTHS[m - 1].capitalize(), y),
                           "%s %d%s, %d" % (MONTHS[m - 1].capitalize(), d, sfx, y)])
    return rng.choice(["%d/%d/%d" % (d, m, y) if not us else "%d/%d/%d" % (m, d, y),
                       "%s %d %s" % (MONTHS[m - 1].capitalize(), d, two(y % 100, rng))])


def gen_dob(rng):
    return rng.randint(1, 28), rng.randint(1, 12), rng.randint(1938, 2005)


def render_postcode(rng, pc, call=True):
    if not call:
        return rng.choice([pc, pc.lower(), pc.replace(" ", ""), pc.lower().replace(" ", "")])
    out, inn = pc.split(" ")
    f = rng.choice(["letters", "nato", "whisper", "whisper_cap"])
    def sp(s, nato=False):
        r = []
        for ch in s:
            if ch.isdigit():
                r.append(W[int(ch)] if rng.random() < 0.7 else ch)
            else:
                r.append(ch.lower() + " for " + NATO[ch] if nato and rng.random() < 0.5 else ch.lower())
        return " ".join(r)
    if f == "letters":
        return sp(out) + " " + sp(inn)
    if f == "nato":
        return sp(out, True) + " " + sp(inn, True)
    if f == "whisper_cap":
        return out + " " + inn
    return out.capitalize() + rng.choice([", ", " ", ". "]) + inn


def render_zip(rng, z, call=True):
    if not call:
        return z
    base = z[:5]
    f = rng.choice(["words", "numerals", "pairs"])
    s = say_digits(rng, base, doubles=0.3) if f == "words" else (base if f == "numerals" else W[int(base[0])] + " " + say_pairs(rng, base[1:]))
    if len(z) > 5:
        s += rng.choice([" dash ", "-", " "]) + (say_digits(rng, z[6:]) if f == "words" else z[6:])
    return s


def num_words(n):
    if n < 10:
        return W[n]
    if n < 100:
        return two(n)
    if n < 1000:
        h, r = divmod(n, 100)
        return W[h] + " " + (two(r) if r >= 10 else ("oh " + W[r] if r else "hundred"))
    return two(n // 100) + " " + (two(n % 100) if n % 100 >= 10 else "oh " + W[n % 100])


def gen_address(rng, country):
    n = rng.randint(1, 2400 if country == "US" else 180)
    st = rng.choice({"UK": STREETS_UK, "US": STREETS_US, "IE": STREETS_IE}[country])
    return n, st


def render_address(rng, n, st, call=True):
    if not call:
        s = str(n) + " " + st
        if rng.random() < 0.3:
            s = s.replace("Road", "Rd").replace("Street", "St").replace("Avenue", "Ave").replace("Drive", "Dr")
        return rng.choice([s, s.lower(), s])
    nn = rng.choice([num_words(n), str(n), num_words(n)])
    return nn + " " + (st.lower() if rng.random() < 0.6 else st)


# ---------------------------------------------------------------- robust rendering
TENS_UNIT_RE = re.compile(r"\b(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety) (one|two|three|four|five|six|seven|eight|nine)\b")


def asr_habits(rng, txt):
    """Whisper-ish surface habits: fillers inside the reading, hyphenated or run-together
    tens ('forty-one', 'fortyone'), odd capitalisation, 'Double-7'."""
    toks = txt.split(" ")
    if len(toks) > 3 and rng.random() < 0.3:
        k = rng.randint(1, len(toks) - 1)
        toks.insert(k, rng.choice(["um", "uh", "erm", "uh,", "er"]))
        txt = " ".join(toks)
    if rng.random() < 0.35:
        txt = TENS_UNIT_RE.sub(lambda m: m.group(1) + rng.choice(["-", ""]) + m.group(2), txt, count=rng.randint(1, 2))
    if rng.random() < 0.2:
        txt = re.sub(r"\bdouble (\w+)", lambda m: rng.choice(["Double ", "double-", "Double-"]) + (str(W.index(m.group(1))) if m.group(1) in W else m.group(1)), txt, count=1)
    if rng.random() < 0.2 and " oh " in txt:
        txt = txt.replace(" oh ", rng.choice([" O ", " 0 ", " Oh, "]), 1)
    if rng.random() < 0.25 and txt[:1].isalpha():
        txt = txt[0].upper() + txt[1:]
    return txt


def R(rng, fn, canon, *a, asr=True, **k):
    """Render, retrying when the reading would be ambiguous for the normaliser."""
    for _ in range(60):
        txt = fn(rng, *a, **k)
        if isinstance(txt, tuple):
            txt = txt[0]
        if asr and rng.random() < 0.6:
            txt = asr_habits(rng, txt)
        if normalise(txt) == canon:
            return txt
    raise RuntimeError("cannot render %r" % canon)


INDUSTRY_CALL = ["banking", "telecom", "utilities", "retail", "insurance", "travel", "healthcare billing",
                 "government services"]


def card_payment_opening(rng, ind):
    return {
        "banking": "okay and which card would you like to make the payment with",
        "telecom": "so to clear the outstanding bill i can take a card payment now, what's the long number",
        "utilities": "right, the gas arrears, I can take that on a debit card if you have it handy",
        "retail": "and the card number for the refund please",
        "insurance": "to set up the renewal I'll need the card number",
        "travel": "okay to secure the booking can I take the card details",
        "healthcare billing": "for the balance on the statement, what card are you paying with",
        "government services": "the fee is payable by card, can I have the sixteen digit number",
    }[ind]


def P_card_single(rng):
    ind = pick(rng, INDUSTRY_CALL)
    card, kind = gen_card(rng)
    uk = rng.random() < 0.5
    c = Case("positive", "")
    g = c.val("CARD_NUMBER", card)
    txt = R(rng, render_card_call, card, card, uk)
    c.a(card_payment_opening(rng, ind))
    pre = pick(rng, ["yeah it's ", "", "ok so ", "it's a visa ", "Yeah. It's ", "um right it's ", "that's "])
    post = pick(rng, ["", " and that's it", ".", " um yeah", " I think"])
    c.c(pre, (txt, g), post)
    c.a(pick(rng, ["thank you", "lovely thanks", "perfect", "great, and it's in your name?"]))
    c.note = "call/%s: %s card read in one turn, ASR rendering with mixed numerals/words" % (ind, kind)
    return c


def P_card_split(rng):
    ind = pick(rng, INDUSTRY_CALL)
    card, kind = gen_card(rng)
    uk = rng.random() < 0.5
    c = Case("positive", "call/%s: card split across customer turns with back-channels" % ind)
    g = c.val("CARD_NUMBER", card)
    gs = groups_of(card, card_sizes(card))
    c.a(card_payment_opening(rng, ind))
    for k, grp in enumerate(gs):
        txt = R(rng, lambda r, x: pick(r, [say_digits(r, x, uk, homo=0.2), x, say_pairs(r, x, uk) if len(x) % 2 == 0 else say_digits(r, x, uk)]), grp, grp)
        pre = pick(rng, ["", "", "um ", "right ", "then "]) if k else pick(rng, ["yeah ", "okay ", "it's "])
        post = pick(rng, ["", "", " um", "."])
        c.c(pre, (txt, g), post)
        if k < len(gs) - 1:
            c.a(pick(rng, BACK))
    c.a(pick(rng, ["thank you", "and the expiry?", "lovely"]))
    return c


def P_card_exp_cvv(rng):
    ind = pick(rng, INDUSTRY_CALL)
    card, kind = gen_card(rng)
    mm, yy = gen_expiry(rng)
    cvv = gen_digits(rng, 4 if kind == "amex" else 3)
    c = Case("positive", "call/%s: card then expiry then security code over several turns" % ind)
    g = c.val("CARD_NUMBER", card)
    ge = c.val("EXPIRY", mm + yy, "loose")
    gc = c.val("CVV", cvv)
    c.a(card_payment_opening(rng, ind))
    c.c(pick(rng, ["sure it's ", "yep ", "", "Okay, "]), (R(rng, render_card_call, card, card), g))
    c.a(pick(rng, ["and the expiry date", "expiry date on that one", "when does it expire", "and the valid to date?"]))
    c.c(pick(rng, ["", "it's ", "expires ", "um "]), (render_expiry(rng, mm, yy), ge))
    c.a(pick(rng, ["and the three digits on the back", "last thing, the security code on the back of the card",
                   "and the CVV please", "and the card security code"]))
    c.c(pick(rng, ["", "it's ", "that's ", "yeah "]), (R(rng, render_cvv, cvv, cvv), gc), pick(rng, ["", " I think", "."]))
    amt = pick(rng, ["$40", "forty nine ninety nine", "£125.60", "two hundred pounds", "€89"])
    c.a("thank you I'm putting through " + amt + " now")
    return c


def P_card_correction(rng):
    ind = pick(rng, INDUSTRY_CALL)
    card, kind = gen_card(rng)
    c = Case("positive", "call/%s: card reading abandoned and restarted (both readings labelled)" % ind)
    c.a(card_payment_opening(rng, ind))
    wrong = card[:5] + str((int(card[5]) + 3) % 10)
    gp = c.val("CARD_NUMBER", wrong, "full_raw")
    g = c.val("CARD_NUMBER", card)
    c.c(pick(rng, ["okay ", "yeah "]), (say_digits(rng, wrong), gp),
        pick(rng, [" no sorry let me start again", " oh hang on that's wrong start again", " wait no sorry"]))
    c.a(pick(rng, ["no problem from the top", "that's fine take your time"]))
    c.c((R(rng, render_card_call, card, card), g))
    return c


def P_card_readback(rng):
    ind = pick(rng, INDUSTRY_CALL)
    card, kind = gen_card(rng)
    c = Case("positive", "call/%s: customer reads card, agent reads it back" % ind)
    g1 = c.val("CARD_NUMBER", card)
    g2 = c.val("CARD_NUMBER", card)
    c.a(card_payment_opening(rng, ind))
    c.c((R(rng, render_card_call, card, card), g1))
    c.a(pick(rng, ["let me just read that back ", "so that's ", "okay I have "]),
        (R(rng, lambda r, x: whisper_mixed(r, x, card_sizes(x)) if r.random() < 0.5 else " ".join(say_digits(r, q) for q in groups_of(x, card_sizes(x))), card, card), g2),
        pick(rng, [" is that right", " correct?", "?"]))
    c.c(pick(rng, ["yes that's it", "yep", "Yes."]))
    return c


def P_card_chat(rng):
    ind = pick(rng, ["retail", "telecom", "travel", "utilities", "banking"])
    card, kind = gen_card(rng)
    mm, yy = gen_expiry(rng)
    cvv = gen_digits(rng, 4 if kind == "amex" else 3)
    c = Case("positive", "chat/%s: card, expiry and cvv typed in one message" % ind)
    g = c.val("CARD_NUMBER", card)
    ge = c.val("EXPIRY", mm + yy, "loose")
    gc = c.val("CVV", cvv)
    ctxt = typed(rng, card, card_sizes(card))
    c.a(pick(rng, ["Please provide your card details to complete payment.", "Can you send the card number, expiry and security code?"]))
    f = rng.random()
    if f < 0.4:
        c.c(pick(rng, ["card ", "Card no: ", "its ", "number "]), (ctxt, g), pick(rng, [" exp ", ", expiry ", " exp: ", " valid till "]),
            (render_expiry(rng, mm, yy, False), ge), pick(rng, [" cvv ", " cvc ", " sec code ", ", security code "]), (cvv, gc))
    elif f < 0.7:
        c.c((ctxt, g), "\n", (render_expiry(rng, mm, yy, False), ge), "\n", (cvv, gc), pick(rng, ["", " (3 digits on back)" if len(cvv) == 3 else " (amex 4 digit)"]))
    else:
        c.c(pick(rng, ["ok here u go ", "sure ", ""]), (ctxt, g))
        c.a("Thanks. And the expiry date and CVV?")
        c.c(pick(rng, ["exp ", "expires ", ""]), (render_expiry(rng, mm, yy, False), ge), pick(rng, [" and cvv ", " / ", ", code is "]), (cvv, gc))
    c.a(pick(rng, ["Thanks, your order total of $59.99 will be charged.", "Payment of £32.50 processed.", "Thank you."]))
    return c


def P_ssn_call(rng):
    ind = pick(rng, ["banking", "healthcare billing", "insurance", "government services", "telecom"])
    s = gen_ssn(rng)
    c = Case("positive", "call/%s: US social security number spoken" % ind)
    g = c.val("SSN", s)
    c.a(pick(rng, ["for verification can I get your social security number", "and your social please",
                   "I'll need the social security number on the account", "can you confirm your SSN for me"]))
    if rng.random() < 0.35:
        c.note = "call/%s: SSN split in its 3-2-4 groups across turns" % ind
        parts = [s[:3], s[3:5], s[5:]]
        for k, q in enumerate(parts):
            txt = R(rng, lambda r, x: pick(r, [say_digits(r, x, homo=0.3), x, say_pairs(r, x) if len(x) % 2 == 0 else say_digits(r, x)]), q, q)
            c.c(pick(rng, ["", "uh ", "it's "]) if k == 0 else "", (txt, g))
            if k < 2:
                c.a(pick(rng, BACK))
    else:
        c.c(pick(rng, ["yeah it's ", "sure ", "", "Sure. It's ", "uh "]), (R(rng, render_ssn, s, s), g),
            pick(rng, ["", ".", " and my date of birth you need that too?", " um yeah"]))
    c.a(pick(rng, ["thank you", "thanks that matches", "perfect"]))
    return c


def P_ssn_chat(rng):
    ind = pick(rng, ["banking", "healthcare billing", "insurance", "government services"])
    s = gen_ssn(rng)
    c = Case("positive", "chat/%s: SSN typed" % ind)
    g = c.val("SSN", s)
    c.a("To verify your identity please enter your Social Security number.")
    c.c(pick(rng, ["", "ssn ", "SSN: ", "my social is ", "its "]), (render_ssn(rng, s, False), g), pick(rng, ["", " thx", ". claim #4471902 btw", " - need this fixed asap"]))
    return c


def P_ni_call(rng):
    ind = pick(rng, ["government services", "banking", "insurance", "utilities", "healthcare billing"])
    ni = gen_ni(rng)
    c = Case("positive", "call/%s: UK national insurance number spoken" % ind)
    g = c.val("NI_NUMBER", ni)
    c.a(pick(rng, ["can I take your national insurance number", "and your NI number please",
                   "I just need your national insurance number to find you on the system"]))
    if rng.random() < 0.35:
        c.note = "call/%s: NI number split letters / digits / suffix across turns" % ind
        c.c(pick(rng, ["yeah it's ", "right it starts ", ""]), (" ".join(say_letter(rng, x, pick(rng, ["plain", "nato", "cap"])) for x in ni[:2]), g))
        c.a(pick(rng, BACK))
        c.c((R(rng, lambda r, x: pick(r, [say_pairs(r, x, True), say_digits(r, x, True), whisper_mixed(r, x, [2, 2, 2], True)]), ni[2:8], ni[2:8]), g))
        c.a(pick(rng, ["and the letter at the end", "and the last letter?"]))
        c.c(pick(rng, ["", "it's ", "that's "]), (say_letter(rng, ni[8], pick(rng, ["plain", "nato", "asin", "cap"])), g))
    else:
        c.c(pick(rng, ["yeah it's ", "", "it's ", "Yeah. "]), (R(rng, render_ni, ni, ni), g), pick(rng, ["", ".", " I think", " yeah"]))
    c.a(pick(rng, ["thank you", "great", "that's brought you up"]))
    return c


def P_ni_chat(rng):
    ind = pick(rng, ["government services", "banking", "insurance", "utilities"])
    ni = gen_ni(rng)
    c = Case("positive", "chat/%s: NI number typed" % ind)
    g = c.val("NI_NUMBER", ni)
    c.a("Could you confirm your National Insurance number?")
    c.c(pick(rng, ["", "NI: ", "ni no ", "it's ", "sure - "]), (render_ni(rng, ni, False), g), pick(rng, ["", " cheers", ". I'm 67 and retired", " (ref 55312)"]))
    return c


def P_bank_uk(rng):
    ind = pick(rng, ["banking", "utilities", "insurance", "telecom"])
    sc = gen_digits(rng, 6, True)
    ac = gen_digits(rng, 8)
    c = Case("positive", "call/%s: UK sort code and account number for a direct debit" % ind)
    gs = c.val("SORT_CODE", sc)
    ga = c.val("BANK_ACCOUNT", ac)
    c.a(pick(rng, ["to set up the direct debit I need the sort code and account number",
                   "which account do you want the refund paid into, sort code first"]))
    if rng.random() < 0.4:
        c.note = "call/%s: sort code and account number in one customer turn" % ind
        c.c(pick(rng, ["sort code ", "yeah sort code is ", "okay "]), (R(rng, render_sort, sc, sc), gs),
            pick(rng, [" and the account number is ", " account ", " and then ", ", account number "]), (R(rng, render_acct, ac, ac), ga))
    else:
        c.c(pick(rng, ["it's ", "sort code ", ""]), (R(rng, render_sort, sc, sc), gs))
        c.a(pick(rng, ["and the account number", "lovely and the eight digit account number"]))
        if rng.random() < 0.4:
            c.c((R(rng, render_acct, ac[:4], ac[:4]), ga))
            c.a(pick(rng, BACK))
            c.c((R(rng, render_acct, ac[4:], ac[4:]), ga))
        else:
            c.c(pick(rng, ["", "it's ", "um "]), (R(rng, render_acct, ac, ac), ga))
    c.a(pick(rng, ["thanks the first payment of £42.50 will be taken on the 1st", "great, that's set up"]))
    return c


def P_bank_chat(rng):
    ind = pick(rng, ["banking", "retail", "insurance", "utilities"])
    us = rng.random() < 0.4
    ac = gen_digits(rng, rng.choice([10, 12]) if us else 8)
    c = Case("positive", "chat/%s: bank account number typed%s" % (ind, "" if us else " with sort code"))
    ga = c.val("BANK_ACCOUNT", ac)
    c.a("Please share the account details for the refund.")
    if us:
        c.c(pick(rng, ["checking acct ", "Account #: ", "acct no. ", "my checking account number is "]), (ac, ga), pick(rng, ["", " at chase", ". refund was $212.40"]))
    else:
        sc = gen_digits(rng, 6, True)
        gs = c.val("SORT_CODE", sc)
        c.c(pick(rng, ["sort ", "s/c ", "Sort code: "]), (render_sort(rng, sc, False), gs), pick(rng, [" acc ", "\nAccount number: ", ", a/c "]), (render_acct(rng, ac, False), ga))
    return c


def P_iban(rng):
    ind = pick(rng, ["banking", "travel", "retail", "insurance", "utilities"])
    ib = gen_iban(rng)
    call = rng.random() < 0.5
    c = Case("positive", "%s/%s: %s IBAN %s" % ("call" if call else "chat", ind, ib[:2], "spoken" if call else "typed"))
    g = c.val("IBAN", ib)
    c.a(pick(rng, ["what IBAN should we send the refund to", "can I have the IBAN for the account"]))
    if call:
        c.c(pick(rng, ["yeah it's ", "", "okay so "]), (R(rng, render_iban, ib, ib), g))
    else:
        c.c(pick(rng, ["IBAN ", "iban: ", "", "here: "]), (render_iban(rng, ib, False), g), pick(rng, ["", " thanks", " (refund of €240)"]))
    return c


def P_phone(rng):
    ind = pick(rng, INDUSTRY_CALL)
    k, p = gen_phone(rng)
    call = rng.random() < 0.65
    c = Case("positive", "%s/%s: %s phone number" % ("call" if call else "chat", ind, k))
    g = c.val("PHONE", p)
    c.a(pick(rng, ["what's the best number to reach you on", "can I take a contact number", "and a callback number in case we get cut off"]))
    if call and rng.random() < 0.35:
        c.note += " split across turns"
        gs = groups_of(p, phone_sizes(k, p))
        for i, q in enumerate(gs):
            c.c(pick(rng, ["", "um "]) if i else pick(rng, ["it's ", "yeah "]), (R(rng, lambda r, x: pick(r, [say_digits(r, x, True, homo=0.2), x]), q, q), g))
            if i < len(gs) - 1:
                c.a(pick(rng, BACK))
    else:
        txt = R(rng, render_phone, p, k, p, call) if call else render_phone(rng, k, p, False)
        c.c(pick(rng, ["it's ", "", "my mobile is ", "yeah it's ", "Sure, "]), (txt, g), pick(rng, ["", " after 6pm", ".", " that's my mobile"]))
    return c


def P_email(rng):
    ind = pick(rng, INDUSTRY_CALL)
    e = gen_email(rng)
    call = rng.random() < 0.65
    c = Case("positive", "%s/%s: email address %s" % ("call" if call else "chat", ind, "spoken (ASR)" if call else "typed"))
    g = c.val("EMAIL", e)
    c.a(pick(rng, ["and what email address shall I send the confirmation to", "can I get an email for the receipt"]))
    txt = say_email(rng, e, whisper=rng.random() < 0.6) if call else pick(rng, [e, e.upper() if False else e, e.replace("@", " @ ")])
    c.c(pick(rng, ["yeah it's ", "", "it's ", "Sure. It's "]), (txt, g), pick(rng, ["", ".", " all lower case", " thanks"]))
    return c


def P_dob(rng):
    ind = pick(rng, INDUSTRY_CALL)
    d, m, y = gen_dob(rng)
    call = rng.random() < 0.65
    us = rng.random() < 0.4
    c = Case("positive", "%s/%s: date of birth %s" % ("call" if call else "chat", ind, "spoken" if call else "typed"))
    g = c.val("DOB", "%02d%02d%d" % (d, m, y), "loose")
    c.a(pick(rng, ["can you confirm your date of birth", "and your date of birth please", "what's your DOB"]))
    c.c(pick(rng, ["yeah it's ", "", "it's ", "Sure, "]), (render_dob(rng, d, m, y, call, us), g),
        pick(rng, ["", ".", " so I'm " + str(2026 - y) + " now"]))
    return c


def P_address(rng):
    ind = pick(rng, ["utilities", "telecom", "retail", "insurance", "government services", "banking"])
    country = pick(rng, ["UK", "UK", "US", "IE"])
    n, st = gen_address(rng, country)
    call = rng.random() < 0.6
    c = Case("positive", "%s/%s: %s street address and postcode" % ("call" if call else "chat", ind, country))
    ga = c.val("ADDRESS", "%d %s" % (n, st), "loose")
    c.a(pick(rng, ["can I confirm the first line of the address", "what's the address on the account", "and the address for the delivery"]))
    atxt = render_address(rng, n, st, call)
    if country == "IE":
        c.note = "%s/%s: Irish street address (no postcode given)" % ("call" if call else "chat", ind)
        c.c(pick(rng, ["it's ", "", "yeah "]), (atxt, ga), pick(rng, [" in drumcondra", ", Dublin 9", " dublin"]))
    else:
        if country == "UK":
            pc = gen_uk_postcode(rng)
            gp = c.val("POSTCODE", pc.replace(" ", ""))
            ptxt = R(rng, render_postcode, pc.replace(" ", ""), pc, call, asr=call)
        else:
            pc = gen_zip(rng, rng.random() < 0.3)
            gp = c.val("POSTCODE", pc.replace("-", ""))
            ptxt = R(rng, render_zip, pc.replace("-", ""), pc, call, asr=call)
        if rng.random() < 0.5:
            c.c(pick(rng, ["it's ", "", "yeah "]), (atxt, ga))
            c.a(pick(rng, ["and the postcode" if country == "UK" else "and the zip code", "postcode?" if country == "UK" else "zip?"]))
            c.c(pick(rng, ["", "it's "]), (ptxt, gp))
        else:
            town = pick(rng, ["leeds", "Manchester", "bristol"]) if country == "UK" else pick(rng, ["Austin Texas", "denver", "columbus ohio"])
            c.c((atxt, ga), ", " + town + " ", (ptxt, gp))
    return c


def P_verify_multi(rng):
    ind = pick(rng, ["banking", "insurance", "telecom", "utilities"])
    d, m, y = gen_dob(rng)
    pc = gen_uk_postcode(rng)
    n, st = gen_address(rng, "UK")
    c = Case("positive", "call/%s: security questions: DOB, first line of address and postcode" % ind)
    gd = c.val("DOB", "", "loose")
    ga = c.val("ADDRESS", "", "loose")
    gp = c.val("POSTCODE", pc.replace(" ", ""))
    c.a("before I can go into the account I need to ask a couple of security questions, date of birth first")
    c.c((render_dob(rng, d, m, y, True), gd))
    c.a("thank you and the first line of your address")
    c.c(pick(rng, ["it's ", "", "uh "]), (render_address(rng, n, st, True), ga), pick(rng, [" ", " um "]), pick(rng, ["", "postcode ", "and the postcode is "]), (R(rng, render_postcode, pc.replace(" ", ""), pc, True), gp))
    c.a("thanks that's all matched, your balance is " + pick(rng, ["£1,204.17", "four hundred and twelve pounds", "$3,000"]))
    return c


def P_healthcare(rng):
    s = gen_ssn(rng)
    d, m, y = gen_dob(rng)
    card, kind = gen_card(rng)
    c = Case("positive", "call/healthcare billing: SSN, DOB then card payment with amounts and times nearby")
    gs = c.val("SSN", s)
    gd = c.val("DOB", "", "loose")
    gc = c.val("CARD_NUMBER", card)
    c.a("thanks for calling patient billing, can I get the patient's date of birth")
    c.c((render_dob(rng, d, m, y, True, True), gd))
    c.a("and the last four of the social or the full social")
    c.c(pick(rng, ["full one is ", "", "I'll give you the whole thing "]), (R(rng, render_ssn, s, s), gs))
    c.a("okay I see a balance of $" + str(rng.randint(40, 900)) + " from the visit on " + pick(rng, ["March 3rd", "the 12th", "June 1st"]) + " at 2:30")
    c.c("I'll pay it now with " + pick(rng, ["my visa ", "this card "]), (R(rng, render_card_call, card, card), gc))
    return c


def P_two_in_one(rng):
    ind = pick(rng, INDUSTRY_CALL)
    k, p = gen_phone(rng)
    e = gen_email(rng)
    c = Case("positive", "call/%s: phone and email given in a single customer turn" % ind)
    gp = c.val("PHONE", p)
    ge = c.val("EMAIL", e)
    c.a("can I update your contact details, number and email")
    c.c(pick(rng, ["yeah the number is ", "mobile's ", ""]), (R(rng, render_phone, p, k, p, True), gp),
        pick(rng, [" and email is ", " and the email ", ", email "]), (say_email(rng, e, rng.random() < 0.5), ge), pick(rng, ["", " thanks"]))
    return c


def P_ni_dob(rng):
    ni = gen_ni(rng)
    d, m, y = gen_dob(rng)
    c = Case("positive", "call/insurance: NI number then date of birth, agent reads NI back")
    g1 = c.val("NI_NUMBER", ni)
    gd = c.val("DOB", "", "loose")
    g2 = c.val("NI_NUMBER", ni)
    c.a("for the claim I need your national insurance number and date of birth")
    c.c(pick(rng, ["ok NI is ", "yeah it's "]), (R(rng, render_ni, ni, ni), g1), pick(rng, [" and I was born ", " and date of birth "]), (render_dob(rng, d, m, y, True), gd))
    c.a("let me read that back ", (R(rng, render_ni, ni, ni), g2), " yes?")
    c.c("yes that's right")
    return c


def P_exp_cvv_only(rng):
    ind = pick(rng, INDUSTRY_CALL)
    mm, yy = gen_expiry(rng)
    cvv = gen_digits(rng, 3)
    c = Case("positive", "call/%s: expiry and CVV in one turn, card already on file" % ind)
    ge = c.val("EXPIRY", "", "loose")
    gc = c.val("CVV", cvv)
    c.a("I've got the card ending " + pick(rng, ["in the visa", "that you used last time"]) + ", just need the expiry and the security code")
    c.c(pick(rng, ["expiry is ", "it runs out ", ""]), (render_expiry(rng, mm, yy), ge), pick(rng, [" and security code is ", " and the code on the back is ", " code "]), (R(rng, render_cvv, cvv, cvv), gc))
    return c


def P_ssn_readback(rng):
    s = gen_ssn(rng)
    c = Case("positive", "call/banking: customer gives SSN with a self-correction, agent reads it back")
    g1 = c.val("SSN", s)
    g2 = c.val("SSN", s)
    bad = s[:3] + str((int(s[3]) + 1) % 10)
    gb = c.val("SSN", bad, "full_raw")
    c.a("and the social security number on the account")
    c.c((say_digits(rng, bad), gb), pick(rng, [" no wait", " sorry", " actually no"]), " let me start over ", (R(rng, render_ssn, s, s), g1))
    c.a("I have ", (R(rng, lambda r, x: whisper_mixed(r, x, [3, 2, 4]), s, s), g2), " correct")
    c.c("correct")
    return c


def P_card_chitchat(rng):
    ind = pick(rng, INDUSTRY_CALL)
    card, kind = gen_card(rng)
    c = Case("positive", "call/%s: card reading interrupted by chit-chat inside the same turn" % ind)
    g = c.val("CARD_NUMBER", card)
    cut = 8 if len(card) != 15 else 4
    a, b = card[:cut], card[cut:]
    c.a(card_payment_opening(rng, ind))
    c.c(pick(rng, ["okay it's ", "Right, ", "yeah "]), (R(rng, lambda r, x: pick(r, [say_digits(r, x, homo=0.2), whisper_mixed(r, x, [4, 4])]), a, a), g),
        pick(rng, [" hang on the dog's going mad, sorry about that, where was I, ", " sorry I can't read the next bit it's worn, right, ",
                   ". Sorry, my glasses. Okay, ", " just a sec the kids are shouting, okay "]),
        (R(rng, lambda r, x: pick(r, [say_digits(r, x), x, " ".join(groups_of(x, [4, 4, 4]))]), b, b), g))
    c.a(pick(rng, ["no worries, got it", "thank you, and the expiry?"]))
    return c


def P_dob_chat_mix(rng):
    ind = pick(rng, ["insurance", "healthcare billing", "banking", "travel"])
    d, m, y = gen_dob(rng)
    c = Case("positive", "call/%s: date of birth given amid chit-chat, an appointment date nearby is not labelled" % ind)
    g = c.val("DOB", "", "loose")
    c.a("just to confirm it's you, can I have your date of birth")
    c.c(pick(rng, ["oh it's ", "yeah "]), (render_dob(rng, d, m, y, True, rng.random() < 0.5), g),
        pick(rng, [" funny enough it's my birthday next week", " I always forget which order you want it in", " same as my twin obviously"]))
    c.a("thank you, and I can book you in for " + pick(rng, ["the 14th at 2:30", "Tuesday the 3rd at 10 am", "June 1st"]))
    return c


POS = [(P_card_chitchat, 8), (P_dob_chat_mix, 6), (P_card_single, 22), (P_card_split, 10), (P_card_exp_cvv, 14), (P_card_correction, 5), (P_card_readback, 6),
       (P_card_chat, 12), (P_ssn_call, 20), (P_ssn_chat, 10), (P_ssn_readback, 4), (P_ni_call, 22), (P_ni_chat, 10),
       (P_ni_dob, 5), (P_bank_uk, 14), (P_bank_chat, 8), (P_iban, 20), (P_phone, 18), (P_email, 18), (P_dob, 10),
       (P_address, 20), (P_verify_multi, 6), (P_healthcare, 5), (P_two_in_one, 6), (P_exp_cvv_only, 6)]


# ---------------------------------------------------------------- negatives
def N_money(rng):
    c = Case("negative", "call/telecom: bill amounts, balances and monthly prices in ASR form")
    c.a(pick(rng, ["so your current balance is ", "you owe ", "the outstanding amount is "]) +
        pick(rng, ["four hundred and twelve pounds sixty", "$1,284.50", "£96.40", "one thousand two hundred and eight dollars", "€312.75", "seventy two euro fifty"]))
    c.c(pick(rng, ["what why is it that high I normally pay ", "hang on it was only "]) + pick(rng, ["forty nine ninety nine a month", "$45", "£38.99", "thirty five quid", "29.99"]))
    c.a(pick(rng, ["there was a one off charge of 120 for roaming", "you went over by 14 gigabytes at two pounds a gig", "the price went up 8.8% in April"]))
    c.c(pick(rng, ["okay can I pay 200 now and the rest next month", "fine I'll pay the 412", "so 96 40 today right"]))
    return c


def N_appointment(rng):
    c = Case("negative", "call/utilities: engineer appointment dates and times, not birth dates")
    c.a("I can get an engineer out on " + pick(rng, ["Tuesday the 14th of March", "the 3rd", "June 1st", "the twenty second", "Friday 9/12"]) + " between " + pick(rng, ["8 and 12", "eight and twelve", "1:00 and 5:00", "two thirty and six"]))
    c.c(pick(rng, ["can it be after 3pm", "the morning's fine", "I'm at work til half five"]))
    c.a(pick(rng, ["okay booked for 2:30 on the 14th", "booked, the visit takes about ninety minutes", "done, 45 minute slot at 11:15"]))
    c.c(pick(rng, ["great thanks", "cheers", "perfect"]))
    return c


def ref_words(rng, kind, n):
    d = gen_digits(rng, n, True)
    r = rng.random()
    if r < 0.35:
        return d
    if r < 0.6:
        return say_digits(rng, d, doubles=0.4)
    if r < 0.72:
        return say_pairs(rng, d)
    return whisper_mixed(rng, d, [3, 3, 4], homo=0.0)


def N_order(rng):
    kind = pick(rng, ["order number", "ticket number", "claim number", "invoice number", "reference number", "case number", "booking reference"])
    ind = pick(rng, ["retail", "insurance", "telecom", "travel", "utilities"])
    c = Case("negative", "call/%s: %s (digits said with its reference word)" % (ind, kind))
    n = rng.randint(6, 10)
    c.a("have you got the " + kind + " there")
    c.c(pick(rng, ["yeah the " + kind + " is ", kind + " ", "yes it's " + kind + " "]) + ref_words(rng, kind, n))
    c.a(pick(rng, ["thanks I can see that, it was dispatched on the 2nd", "okay that was opened 3 days ago", "got it, that's for $89.99"]))
    return c


def N_order_chat(rng):
    kind = pick(rng, ["Order #", "order no. ", "Ticket ", "Invoice INV-", "ref ", "Claim no "])
    c = Case("negative", "chat/retail: order/ticket/invoice number typed with price, quantity and date")
    c.c(pick(rng, ["hi my ", "Hello, ", ""]) + kind + gen_digits(rng, rng.randint(6, 10), True) + pick(rng, [" was $59.99 and arrived 3 days late", " for 2 x chairs (£240) hasn't shipped", " - charged twice on 12/03", " placed at 10:42am still pending"]))
    c.a(pick(rng, ["Sorry about that! I've issued a refund of $59.99, allow 3-5 business days.", "Thanks, I can see it. It's due on 14 March.", "I've escalated this, ticket updated."]))
    return c


def N_flight(rng):
    c = Case("negative", "call/travel: flight numbers, gates, seats and times")
    fl = pick(rng, ["EI 164", "BA two eight seven", "flight 1172", "Ryanair FR 8421", "UA nine oh one", "aer lingus one one two"])
    c.a("I can move you onto " + fl + " departing at " + pick(rng, ["6:45", "quarter past seven", "18:20", "seven forty five pm"]))
    c.c(pick(rng, ["what gate does that go from", "can I keep seat 14C", "is that the 23rd or the 24th"]))
    c.a(pick(rng, ["gate 22, boarding 40 minutes before", "seat 14C is free yes", "the 24th, it lands at 09:10 local time"]) + pick(rng, ["", ", change fee is €75"]))
    return c


def N_hotel(rng):
    c = Case("negative", "call/travel: hotel room numbers, nights, guests, dates of stay")
    c.c("hi I'm in room " + pick(rng, ["412", "four one two", "1207", "twelve oh seven", "3B"]) + " and the air con is stuck at " + pick(rng, ["30 degrees", "thirty degrees", "86 fahrenheit"]))
    c.a("sorry about that, I see you're with us for " + pick(rng, ["3 nights", "three nights", "a week"]) + " checking out on the " + pick(rng, ["16th", "sixteenth", "2nd of August"]))
    c.c(pick(rng, ["yes two adults and two kids", "yeah there's 4 of us", "yes"]))
    c.a("I'll send maintenance up in about 10 minutes")
    return c


def N_model(rng):
    c = Case("negative", "call/retail: model numbers, product codes, quantities and prices")
    c.c("I bought the " + pick(rng, ["Samsung QE55Q80C", "iPhone 15 Pro 256 gig", "Dyson V15", "model WX2200 washing machine", "HP LaserJet M404dn", "Bosch series 6 model number WAT28401GB"]) + " " + pick(rng, ["last week", "on the 9th", "in 2023"]))
    c.a("okay and what's the issue with it")
    c.c(pick(rng, ["it shows error E21 after about 20 minutes", "it keeps rebooting every 5 minutes", "it's making a noise at 1400 rpm"]))
    c.a(pick(rng, ["that's covered under the 2 year warranty", "I can offer a replacement, it's £329 now", "we'll send 1 replacement part"]))
    return c


def N_meter(rng):
    c = Case("negative", "call/utilities: meter readings, tariff rates and usage")
    c.a("can I take a meter reading")
    c.c(pick(rng, ["yeah it's ", "ok electric is ", "it says "]) + pick(rng, [say_digits(rng, gen_digits(rng, 5), uk=True), gen_digits(rng, 5), gen_digits(rng, 5) + " point 4"]))
    c.a("thanks and the gas")
    c.c(pick(rng, ["", "gas is "]) + pick(rng, [say_digits(rng, gen_digits(rng, 5), uk=True), gen_digits(rng, 5)]))
    c.a(pick(rng, ["your unit rate is 24.5p per kilowatt hour", "that's about 310 kWh this quarter", "standing charge is 53 pence a day"]))
    return c


def N_speed(rng):
    c = Case("negative", "call/telecom: broadband speeds, data allowances, contract years and percentages")
    c.c("I'm paying for " + pick(rng, ["500 meg", "nine hundred megabits", "a gig", "150 Mbps"]) + " and getting " + pick(rng, ["like 12", "about 40", "twenty odd"]))
    c.a("your contract started " + pick(rng, ["in 2019", "on the 3rd of March 2021", "in twenty twenty two", "on 1st Feb 2024"]) + " and you're entitled to " + pick(rng, ["90% of that", "a 10% discount", "at least 250 down"]))
    c.c(pick(rng, ["and I've been with you 11 years", "I've rung 6 times", "the router's like 5 years old"]))
    c.a(pick(rng, ["I'll book a line test for 24 hours", "I've added 30 days credit", "it'll take up to 72 hours"]))
    return c


def N_ages(rng):
    c = Case("negative", "call/insurance: ages, years driving, vehicle details, premiums")
    c.a("how old is the main driver")
    c.c(pick(rng, ["she's 34", "forty two", "I'm 67", "nineteen", "twenty six"]))
    c.a("and how many years no claims")
    c.c(pick(rng, ["9 years", "nine", "about 12", "five years"]) + pick(rng, ["", " and the car's a 2018 Golf", " it's a 1.6 litre"]))
    c.a("your premium comes to " + pick(rng, ["£612.40 a year", "fifty one pounds a month over 12 months", "$1,180 for 6 months"]))
    return c


def N_payment_date(rng):
    c = Case("negative", "call/banking: payment dates, amounts, interest rate, not DOBs")
    c.a("the payment of " + pick(rng, ["£45", "two hundred dollars", "€120.50"]) + " will go out on " + pick(rng, ["the 1st of every month", "the fifteenth", "28th February", "June 3rd"]))
    c.c("and what's the interest on that")
    c.a(pick(rng, ["it's 19.9% APR", "twenty four point nine percent", "4.5% fixed for 2 years"]))
    c.c(pick(rng, ["ok and the last payment was the 12th yeah", "when was the 12th of last month paid", "fine"]))
    return c


def N_durations(rng):
    c = Case("negative", "call/government services: counts, durations, wait times, form numbers")
    c.c("I've been waiting " + pick(rng, ["six weeks", "42 days", "about three months", "since the 4th"]) + " for my " + pick(rng, ["passport", "tax refund", "licence"]))
    c.a("the current processing time is " + pick(rng, ["10 weeks", "ten working days", "up to 8 weeks"]) + " and you'd need form " + pick(rng, ["P85", "D1", "SA100", "DS-82"]))
    c.c(pick(rng, ["I sent 2 copies", "it was posted on the 2nd of January", "it cost £88.50"]))
    c.a("I'll note it, you're number " + pick(rng, ["14", "fourteen", "3"]) + " in the queue")
    return c


def N_chat_misc(rng):
    c = Case("negative", "chat/retail: typed non-PII numbers: prices, quantities, dates, times, percentages")
    c.c(pick(rng, ["I ordered 3 items on 2/14 for $127.45 total", "got charged £19.99 twice on 03/11/2025", "the 25% off code didn't work at 11:59pm", "delivery said 9am-1pm but nothing by 4:30"]))
    c.a(pick(rng, ["Sorry! I've refunded $19.99, it'll show in 3-5 working days.", "I've applied the 25% discount to order 10023344.", "Your parcel is at depot 14 and will arrive by 6pm."]))
    c.c(pick(rng, ["ok thx", "great, 5 stars", "cheers"]))
    return c


def N_balance_spoken(rng):
    c = Case("negative", "call/banking: spoken balances and transaction amounts with digit-like readings")
    c.a("your available balance is " + pick(rng, ["two thousand four hundred and eighty one pounds twenty", "$3,482.16", "one four eight two point five oh"]))
    c.c("and the pending one from " + pick(rng, ["tesco", "amazon", "the petrol station"]) + " for " + pick(rng, ["sixty four ninety nine", "£64.99", "forty"]))
    c.a(pick(rng, ["that cleared on the 21st", "it'll drop off in 5 to 7 days", "that was at 10:14 this morning"]))
    return c


NEG = [(N_money, 10), (N_appointment, 9), (N_order, 16), (N_order_chat, 8), (N_flight, 8), (N_hotel, 6),
       (N_model, 7), (N_meter, 7), (N_speed, 7), (N_ages, 6), (N_payment_date, 7), (N_durations, 6),
       (N_chat_misc, 6), (N_balance_spoken, 6)]


# ---------------------------------------------------------------- build
def build():
    rng = random.Random(SEED)
    cases, meta = [], []
    pos_list = [f for f, n in POS for _ in range(n)]
    neg_list = [f for f, n in NEG for _ in range(n)]
    rng.shuffle(pos_list)
    rng.shuffle(neg_list)
    for i, f in enumerate(pos_list, 1):
        c = f(rng)
        cases.append(c.obj("%s-pos-%03d" % (PREFIX, i)))
        meta.append(c)
    for i, f in enumerate(neg_list, 1):
        c = f(rng)
        cases.append(c.obj("%s-neg-%03d" % (PREFIX, i)))
        meta.append(c)
    text = "".join(json.dumps(o, ensure_ascii=False) + "\n" for o in cases)
    return text, cases, meta


def count_types(cases):
    cnt = {t: 0 for t in TYPES}
    for o in cases:
        for s in o["spans"]:
            cnt[s["type"]] += 1
    return cnt


NI_RE = re.compile(r"^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$")
UKPC_RE = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$")


def validate_group(g):
    typ, canon, mode = g["type"], g["canon"], g["mode"]
    joined = " ".join(g["texts"])
    if not g["texts"]:
        return "group with no spans"
    if typ == "EMAIL":
        got = email_digits(joined)
        if got != canon.lower() or not re.fullmatch(r"[a-z0-9._]+@[a-z0-9.]+\.[a-z]+", got):
            return "email %r -> %r != %r" % (joined, got, canon)
        return None
    if typ == "ADDRESS":
        toks = joined.lower().split()
        if not (toks[0].isdigit() or toks[0] in W or toks[0] in TEEN or toks[0] in TENSW):
            return "address without house number: %r" % joined
        if not any(w.strip(".,") in STREET_WORDS for w in toks):
            return "address without street word: %r" % joined
        return None
    n = normalise(joined)
    if typ == "DOB":
        return None if 4 <= len(re.sub(r"\D", "", n)) <= 8 else "dob %r -> %r" % (joined, n)
    if typ == "EXPIRY":
        return None if 3 <= len(re.sub(r"\D", "", n)) <= 6 else "expiry %r -> %r" % (joined, n)
    if n != canon:
        return "%s %r normalises to %r, expected %r" % (typ, joined, n, canon)
    if mode == "full_raw":
        return None
    if typ == "CARD_NUMBER" and not (13 <= len(n) <= 19 and n.isdigit() and luhn_ok(n)):
        return "bad card %r" % n
    if typ == "SSN" and not re.fullmatch(r"\d{9}", n):
        return "bad ssn %r" % n
    if typ == "NI_NUMBER" and (not NI_RE.match(n) or n[:2] in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ")):
        return "bad ni %r" % n
    if typ == "SORT_CODE" and not re.fullmatch(r"\d{6}", n):
        return "bad sort code %r" % n
    if typ == "CVV" and not re.fullmatch(r"\d{3,4}", n):
        return "bad cvv %r" % n
    if typ == "BANK_ACCOUNT" and not re.fullmatch(r"\d{6,12}", n):
        return "bad account %r" % n
    if typ == "PHONE" and not re.fullmatch(r"\d{10,13}", n):
        return "bad phone %r" % n
    if typ == "IBAN" and not iban_valid(n):
        return "bad iban %r" % n
    if typ == "POSTCODE" and not (UKPC_RE.match(n) or re.fullmatch(r"\d{5}(\d{4})?", n)):
        return "bad postcode %r" % n
    return None


def check(text, cases, meta):
    problems = []
    if not CASES.exists() or CASES.read_text(encoding="utf-8") != text:
        problems.append("cases.jsonl differs from regenerated output (run without --check)")
    ids = [o["id"] for o in cases]
    if len(ids) != len(set(ids)):
        problems.append("duplicate ids")
    for o, c in zip(cases, meta):
        if o["kind"] == "negative" and o["spans"]:
            problems.append("%s: negative with spans" % o["id"])
        if o["kind"] == "positive" and not o["spans"]:
            problems.append("%s: positive without spans" % o["id"])
        if not o["note"]:
            problems.append("%s: empty note" % o["id"])
        prev = None
        for s in o["spans"]:
            if s["type"] not in TYPES:
                problems.append("%s: bad type" % o["id"])
            txt = o["turns"][s["turn"]]["text"]
            a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(txt)):
                problems.append("%s: offsets out of range" % o["id"])
                continue
            if (a > 0 and txt[a - 1].isalnum()) or (b < len(txt) and txt[b].isalnum()):
                problems.append("%s: span not on word boundary %r" % (o["id"], txt[a:b]))
            if txt[a].isspace() or txt[b - 1].isspace():
                problems.append("%s: span has edge whitespace" % o["id"])
            if prev and prev[0] == s["turn"] and a < prev[1]:
                problems.append("%s: overlapping spans" % o["id"])
            prev = (s["turn"], b)
        for g in c.groups.values():
            err = validate_group(g)
            if err:
                problems.append("%s: %s" % (o["id"], err))
    pos = sum(o["kind"] == "positive" for o in cases)
    neg = len(cases) - pos
    cnt = count_types(cases)
    if pos < 170 or neg < 100:
        problems.append("too few cases: %d pos %d neg" % (pos, neg))
    for t, n in cnt.items():
        need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
        if n < need:
            problems.append("type %s has only %d spans (< %d)" % (t, n, need))
    return problems, pos, neg, cnt


def readme(pos, neg, cnt):
    rows = "\n".join("| %s | %d |" % (t, cnt[t]) for t in TYPES)
    return f"""# pii_holdout289 - held-out PII redaction evaluation set

**Never use this set for tuning.** It exists only to measure the redactor on data
it was not developed against. Do not look at individual failures and patch rules
for them; if you do, the set stops being held out.

## Who wrote it and how

Written by an AI helper acting as an independent test author. The author did not
see the redaction code, its tests, its docs or any other PII fixture (only a 3-line
example of the JSONL format). Every case is produced by
`scripts/make_pii_holdout289.py` from template functions; each turn is assembled from
plain-text segments and labelled `(value, TYPE)` segments, so offsets are computed,
never typed. All values come from one `random.Random({SEED})`; the output is
byte-for-byte reproducible. `python scripts/make_pii_holdout289.py --check`
regenerates the file and verifies it is identical, ids are unique, offsets are in
range, on word boundaries and non-overlapping, and that every labelled value,
after normalising spoken forms (digit words, oh/o/nought, double/triple, pairs
like "forty one", teens, ordinals, month names, homophones for/to/too/won/ate,
"b for bravo" / "s as in sugar" letters), is valid: Luhn for cards, mod-97 for
IBANs, NI format, 9 digits for SSN, 6 for sort codes, 3-4 for CVV, 6-12 for
accounts, 10-13 for phones, UK postcode / US ZIP shapes.

Emphasis: phone calls as a Whisper-style recogniser writes them - inverse text
normalisation turning some groups into numerals while others stay words in the
same reading ("4111 one one one one, 1111 ..."), capitalisation and full stops in
odd places ("Four one. Double seven ..."), digit homophones ("for", "to", "too",
"won", "ate"), values split across turns with back-channels, self-corrections,
agent read-backs, two values in one turn. Chat cases use typed forms with varied
separators and case.

## Annotation conventions

* A span covers the value only: the digits/letters of the value and any words
  inside the reading (digit words, "double", "triple", "oh", "dash", "slash",
  "for bravo", "as in sugar", "dot", "at", "underscore", "plus"). Lead-in words
  ("it's", "my number is", "sort code") and trailing filler are outside.
* A value split over several turns gets one span per turn (same type); agent
  back-channels are not labelled.
* Self-corrections: the abandoned partial reading is labelled with the same type
  (it is still the customer's data), and so is the complete reading; the
  correction phrase between them ("no wait", "sorry let me start over") is outside.
* Fillers the recogniser wrote *inside* a reading ("four one um one one") are
  inside the span; chit-chat that interrupts a reading splits it into two spans.
* Agent read-backs of a value are labelled like the customer's reading.
* EXPIRY covers month and year ("oh eight twenty seven", "August 2029", "08/27").
  DOB covers the whole date ("the fourteenth of march nineteen eighty five").
  ADDRESS covers house number + street name only (town, county are outside);
  the postcode / ZIP is a separate POSTCODE span. PHONE includes a "+" / "plus"
  country prefix. EMAIL covers the whole spoken or typed address.
* Negatives contain no PII at all: money, balances, prices, times, durations,
  counts, ages, temperatures, years, percentages, non-birth dates, order /
  ticket / claim / invoice / reference numbers (up to 10 digits, with their
  reference word), flight numbers, room numbers, model numbers, meter readings,
  speeds. A negative fails if anything in it is redacted.

## Counts

Positive cases: {pos}. Negative cases: {neg}.

| type | spans |
|---|---|
{rows}
"""


def main():
    text, cases, meta = build()
    if "--check" not in sys.argv:
        OUT_DIR.mkdir(parents=True, exist_ok=True)
        CASES.write_text(text, encoding="utf-8")
    problems, pos, neg, cnt = check(text, cases, meta)
    if "--check" not in sys.argv:
        README.write_text(readme(pos, neg, cnt), encoding="utf-8")
    else:
        if not README.exists() or README.read_text(encoding="utf-8") != readme(pos, neg, cnt):
            problems.append("README.md out of date")
    print("cases: %d (positive %d, negative %d)" % (len(cases), pos, neg))
    for t in TYPES:
        print("  %-13s %d" % (t, cnt[t]))
    for p in problems[:60]:
        print("PROBLEM:", p)
    if problems:
        print("FAILED: %d problem(s)" % len(problems))
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())

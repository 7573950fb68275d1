#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set ``pii_holdout91``.

Written by an independent AI helper that never saw the redaction code.
Standard library only.  All values come from one seeded ``random.Random``.

    python scripts/make_pii_holdout91.py          # write fixture + README
    python scripts/make_pii_holdout91.py --check  # regenerate and verify
"""
from __future__ import annotations

import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

SEED = 91301123
ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "tests" / "fixtures" / "pii_holdout91"
CASES = OUT_DIR / "cases.jsonl"
README = OUT_DIR / "README.md"
PREFIX = "h91"
TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE",
         "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]
MIN_SPANS = {t: 12 for t in TYPES}
MIN_SPANS.update({"CARD_NUMBER": 30, "NI_NUMBER": 30, "SSN": 30})
MIN_POS, MIN_NEG = 170, 100

# --------------------------------------------------------------------------- values

def luhn_complete(prefix: str, length: int, rng: random.Random) -> str:
    body = prefix + "".join(str(rng.randrange(10)) for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def luhn_ok(num: str) -> bool:
    if not num.isdigit():
        return False
    total = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def gen_card(rng):
    k = rng.choice(["visa", "visa", "mc", "mc2", "amex", "disc", "visa19", "visa13"])
    if k == "visa":
        return luhn_complete("4", 16, rng), k
    if k == "mc":
        return luhn_complete(str(rng.randint(51, 55)), 16, rng), k
    if k == "mc2":
        return luhn_complete(str(rng.randint(2221, 2720)), 16, rng), k
    if k == "amex":
        return luhn_complete(rng.choice(["34", "37"]), 15, rng), k
    if k == "disc":
        return luhn_complete("6011", 16, rng), k
    if k == "visa19":
        return luhn_complete("4", 19, rng), k
    return luhn_complete("4", 13, rng), k


def gen_ssn(rng):
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    return f"{a:03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"


NI_FIRST = "ABCEGHJKLMNPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"
NI_BAD = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}


def gen_ni(rng):
    while True:
        p = rng.choice(NI_FIRST) + rng.choice(NI_SECOND)
        if p not in NI_BAD:
            break
    return p + "".join(str(rng.randrange(10)) for _ in range(6)) + rng.choice("ABCD")


def ni_ok(v: str) -> bool:
    v = v.upper()
    return bool(re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", v)) and v[:2] not in NI_BAD


def digits(rng, n, first_nonzero=False):
    s = "".join(str(rng.randrange(10)) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = str(rng.randint(1, 9)) + s[1:]
    return s


def iban_check(country: str, bban: str) -> str:
    s = bban + country + "00"
    n = "".join(str(int(c, 36)) for c in s)
    return f"{98 - int(n) % 97:02d}"


def iban_ok(v: str) -> bool:
    v = v.upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", v):
        return False
    s = v[4:] + v[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


BANKS = {"GB": ["NWBK", "BARC", "HLFX", "HBUK", "MIDL"], "IE": ["AIBK", "BKIR", "IPBS"],
         "NL": ["ABNA", "INGB", "RABO"]}


def gen_iban(rng, country=None):
    c = country or rng.choice(["GB", "GB", "IE", "IE", "DE", "FR", "NL", "ES"])
    if c in ("GB", "IE"):
        bban = rng.choice(BANKS[c]) + digits(rng, 14)
    elif c == "NL":
        bban = rng.choice(BANKS[c]) + digits(rng, 10)
    elif c == "DE":
        bban = digits(rng, 18)
    elif c == "FR":
        bban = digits(rng, 23)
    else:
        bban = digits(rng, 20)
    return c + iban_check(c, bban) + bban


def gen_phone(rng, region):
    """Return (canonical digits, chat display)."""
    if region == "uk_mob":
        d = "07" + digits(rng, 9)
        return d, rng.choice([f"{d[:5]} {d[5:]}", d, f"{d[:5]} {d[5:8]} {d[8:]}", f"+44 {d[1:5]} {d[5:]}"])
    if region == "uk_land":
        d = rng.choice(["020", "0161", "0113", "0131", "0117"])
        d = d + digits(rng, 11 - len(d), True)
        return d, rng.choice([f"{d[:3]} {d[3:7]} {d[7:]}", f"({d[:4]}) {d[4:]}", d])
    if region == "us":
        d = str(rng.randint(2, 9)) + digits(rng, 2) + str(rng.randint(2, 9)) + digits(rng, 6)
        return d, rng.choice([f"({d[:3]}) {d[3:6]}-{d[6:]}", f"{d[:3]}-{d[3:6]}-{d[6:]}",
                              f"{d[:3]}.{d[3:6]}.{d[6:]}", f"+1 {d[:3]} {d[3:6]} {d[6:]}", d])
    if region == "ie":
        d = "08" + str(rng.choice([3, 5, 6, 7, 9])) + digits(rng, 7)
        return d, rng.choice([f"{d[:3]} {d[3:6]} {d[6:]}", f"+353 {d[1:3]} {d[3:6]} {d[6:]}", d])
    d = "336" + digits(rng, 8)
    return d, f"+33 6 {d[3:5]} {d[5:7]} {d[7:9]} {d[9:]}"


FIRST = ["james", "sarah", "aoife", "liam", "priya", "tom", "maria", "kevin", "niamh", "david",
         "fatima", "oliver", "grace", "sean", "emily", "raj", "chloe", "marcus", "siobhan", "ella",
         "jakub", "hannah", "mohammed", "lucy", "pat", "denise", "carlos", "brenda"]
LAST = ["smith", "obrien", "patel", "kowalski", "jones", "murphy", "nguyen", "walsh", "garcia",
        "taylor", "brennan", "hughes", "okafor", "reilly", "evans", "schmidt", "dubois", "kelly",
        "martin", "byrne", "ahmed", "clarke", "foster", "doyle"]
DOMAINS = ["gmail.com", "yahoo.co.uk", "hotmail.com", "outlook.com", "icloud.com", "eircom.net",
           "btinternet.com", "aol.com", "protonmail.com", "yahoo.com", "live.ie", "gmx.de"]
STREETS = ["maple", "elm", "church", "station", "victoria", "oak", "high", "mill", "park",
           "willow", "king", "queen", "cedar", "beech", "castle", "meadow", "river", "lincoln",
           "sycamore", "harbour", "orchard", "chestnut", "albert", "clifton"]
SUFFIX = ["road", "street", "avenue", "lane", "drive", "close", "crescent", "way", "grove",
          "terrace", "court", "place", "boulevard"]
TOWNS_UK = ["leeds", "bristol", "manchester", "glasgow", "cardiff", "belfast", "reading", "york"]
TOWNS_US = ["austin", "denver", "columbus", "tampa", "portland", "raleigh", "boise", "omaha"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
       "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
       "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty first", "twenty second",
       "twenty third", "twenty fourth", "twenty fifth", "twenty sixth", "twenty seventh",
       "twenty eighth"]


def gen_email(rng):
    f, l = rng.choice(FIRST), rng.choice(LAST)
    form = rng.randrange(6)
    local = [f"{f}.{l}", f"{f[0]}{l}", f"{f}{l}{rng.randint(1, 99)}", f"{f}_{l}",
             f"{l}.{f[0]}", f"{f}{rng.randint(70, 99)}"][form]
    return f"{local}@{rng.choice(DOMAINS)}"


POST_AREAS = ["SW", "M", "B", "LS", "EH", "G", "CF", "BT", "NW", "E", "N", "SE", "W", "BS",
              "L", "NG", "CB", "RG", "DN", "CR", "TS"]
INWARD = "ABDEFGHJLNPQRSTUWXYZ"


def gen_uk_postcode(rng):
    a = rng.choice(POST_AREAS)
    d = str(rng.randint(1, 28))
    if a in ("SW", "W", "E", "N") and rng.random() < 0.2:
        d = str(rng.randint(1, 9)) + rng.choice("AB")
    return a + d + str(rng.randrange(10)) + rng.choice(INWARD) + rng.choice(INWARD)


def uk_pc_ok(v):
    return bool(re.fullmatch(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}", v.upper()))


def fmt_uk_pc(v):
    return v[:-3] + " " + v[-3:]


def gen_zip(rng, plus4=False):
    z = digits(rng, 5)
    return z + digits(rng, 4) if plus4 else z


# --------------------------------------------------------------------------- speaking

UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
         "eighteen", "nineteen"]
TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy", 8: "eighty",
        9: "ninety"}
HOMO = {"1": "won", "2": "to", "3": "tree", "4": "for", "8": "ate", "9": "niner"}
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "f": "foxtrot",
        "g": "golf", "h": "hotel", "j": "juliet", "k": "kilo", "l": "lima", "m": "mike",
        "n": "november", "p": "papa", "q": "quebec", "r": "romeo", "s": "sierra", "t": "tango",
        "u": "uniform", "i": "india", "v": "victor", "w": "whiskey", "x": "x-ray", "y": "yankee", "z": "zulu"}
FILLERS = {"um", "uh", "er", "erm", "uhm"}


def pair_word(p: str) -> str:
    a, b = int(p[0]), int(p[1])
    if a == 1:
        return TEENS[b]
    return TENS[a] + ("" if b == 0 else " " + UNITS[b])


def zero_word(rng, uk):
    return rng.choice(["oh", "oh", "zero", "o", "nought"] if uk else ["oh", "oh", "zero", "o"])


def say(ds: str, rng, uk=True, pairs=0.25, doubles=0.7, homo=0.0, filler=0.0, letters="plain"):
    """Speak a string of digits/letters the way an ASR transcript would write it."""
    out = []
    i = 0
    ds = ds.lower()
    while i < len(ds):
        c = ds[i]
        if c.isalpha():
            if letters == "nato" or (letters == "mixed" and rng.random() < 0.5):
                out.append(f"{c} for {NATO[c]}" if rng.random() < 0.6 else f"{c} as in {NATO[c]}")
            else:
                out.append(c)
            i += 1
            continue
        run = 1
        while i + run < len(ds) and ds[i + run] == c and run < 3:
            run += 1
        w = zero_word(rng, uk) if c == "0" else UNITS[int(c)]
        if run == 3 and rng.random() < doubles:
            out.append("triple " + w)
            i += 3
        elif run >= 2 and rng.random() < doubles:
            out.append("double " + w)
            i += 2
        elif (i + 1 < len(ds) and c != "0" and ds[i + 1].isdigit() and rng.random() < pairs
              and (ds[i + 1] != "0" or c == "1")):
            out.append(pair_word(ds[i:i + 2]))
            i += 2
        else:
            if c in HOMO and rng.random() < homo:
                w = HOMO[c]
            out.append(w)
            i += 1
        if filler and rng.random() < filler and i < len(ds):
            out.append(rng.choice(["um", "uh", "er"]))
    return " ".join(out)


def number_words(n: int) -> str:
    """House numbers spoken: 7 -> seven, 42 -> forty two, 118 -> one eighteen, 1180 -> eleven eighty."""
    s = str(n)
    if n < 10:
        return UNITS[n]
    if n < 100:
        return pair_word(s)
    if n < 1000:
        return UNITS[int(s[0])] + " " + (("oh " + UNITS[int(s[2])]) if s[1] == "0" else pair_word(s[1:]))
    return pair_word(s[:2]) + " " + (("oh " + UNITS[int(s[3])]) if s[2] == "0" else pair_word(s[2:]))


def year_words(y: int) -> str:
    if 2000 <= y < 2010:
        return "two thousand" + ("" if y == 2000 else " and " + UNITS[y - 2000])
    s = str(y)
    return pair_word(s[:2]) + " " + (("oh " + UNITS[int(s[3])]) if s[2] == "0" else pair_word(s[2:]))


def say_email(e: str, rng) -> str:
    local, dom = e.split("@")
    parts = []
    for tok in re.findall(r"[a-z]+|\d+|[._]", local):
        if tok == ".":
            parts.append("dot")
        elif tok == "_":
            parts.append("underscore")
        elif tok.isdigit():
            parts.append(say(tok, rng, pairs=0.6))
        elif len(tok) == 1:
            parts.append(tok)
        elif rng.random() < 0.2:
            parts.append(" ".join(tok))  # spelled out letter by letter
        else:
            parts.append(tok)
    d = " dot ".join(dom.split("."))
    return " ".join(parts) + " at " + d


# --------------------------------------------------------------------------- normalising (check)

WORD2D = {w: str(i) for i, w in enumerate(UNITS)}
WORD2D.update({"oh": "0", "o": "0", "nought": "0", "nil": "0", "won": "1", "to": "2", "too": "2",
               "for": "4", "ate": "8", "tree": "3", "niner": "9"})


def norm_spoken(text: str):
    """Spoken or typed value -> compact lower-case string of digits/letters (None if unparseable)."""
    t = text.lower()
    t = re.sub(r"\b([a-z]) (?:for|as in) (?:" + "|".join(re.escape(w) for w in NATO.values()) + r")\b", r"\1", t)
    toks = []
    for chunk in re.split(r"[^a-z0-9]+", t):
        if re.search(r"\d", chunk):  # typed alphanumeric chunk ("ts18", "0er"): letters are literal
            toks.extend(x if x.isdigit() else "#" + x for x in re.findall(r"[a-z]|\d+", chunk))
        elif chunk:
            toks.append(chunk)
    out = []
    i = 0
    while i < len(toks):
        w = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if w.startswith("#"):
            out.append(w[1:])
            i += 1
        elif w in FILLERS or w == "plus":
            i += 1
        elif w.isdigit():
            out.append(w)
            i += 1
        elif w in ("double", "triple") and nxt in WORD2D:
            out.append(WORD2D[nxt] * (2 if w == "double" else 3))
            i += 2
        elif w in TENS.values():
            t10 = [k for k, v in TENS.items() if v == w][0]
            if nxt in UNITS[1:]:
                out.append(f"{t10}{UNITS.index(nxt)}")
                i += 2
            else:
                out.append(f"{t10}0")
                i += 1
        elif w in TEENS:
            out.append(str(10 + TEENS.index(w)))
            i += 1
        elif w in WORD2D:
            out.append(WORD2D[w])
            i += 1
        elif len(w) <= 4:  # single spoken letter, or typed letter group ("sw", "hbuk")
            out.append(w)
            i += 1
        else:
            return None
    return "".join(out)


def norm_email(text: str):
    t = text.lower().strip()
    if "@" in t:
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
        elif w in WORD2D or w in TEENS or w in TENS.values() or w == "double":
            j = i
            while j < len(toks) and (toks[j] in WORD2D or toks[j] in TEENS or toks[j] in TENS.values()
                                     or toks[j] == "double"):
                j += 1
            out.append(norm_spoken(" ".join(toks[i:j])) or "?")
            i = j
            continue
        else:
            out.append(w)
        i += 1
    return "".join(out)


STREET_WORDS = set(SUFFIX) | {"rd", "st", "ave", "ln", "dr", "blvd", "ct", "pl"}


def validate(typ: str, canon: str, text: str, partial: bool) -> str | None:
    """Return an error string or None."""
    if typ == "EMAIL":
        n = norm_email(text)
        if n != canon:
            return f"email {text!r} -> {n!r} != {canon!r}"
        if not re.fullmatch(r"[a-z0-9._\-]+@[a-z0-9\-]+(\.[a-z0-9\-]+)+", canon):
            return f"bad email {canon}"
        return None
    if typ in ("DOB", "EXPIRY"):
        low = text.lower()
        if not (re.search(r"\d", low) or any(m in low for m in MONTHS) or any(m[:3] in low for m in MONTHS)
                or any(u in low for u in UNITS + TEENS)):
            return f"{typ} without date content: {text!r}"
        return None
    if typ == "ADDRESS":
        low = text.lower()
        words = set(re.findall(r"[a-z]+", low))
        if not (words & STREET_WORDS):
            return f"address without street word: {text!r}"
        if not (re.search(r"\d", low) or words & set(UNITS + TEENS + list(TENS.values()))):
            return f"address without number: {text!r}"
        return None
    n = norm_spoken(text)
    if n != canon.lower():
        return f"{typ} {text!r} -> {n!r} != {canon!r}"
    if partial:
        return None if canon.isalnum() else f"partial not alnum {canon}"
    c = canon.upper()
    ok = {
        "CARD_NUMBER": lambda: c.isdigit() and 13 <= len(c) <= 19 and luhn_ok(c),
        "CVV": lambda: c.isdigit() and len(c) in (3, 4),
        "SSN": lambda: c.isdigit() and len(c) == 9 and c[:3] not in ("000", "666") and c[0] != "9"
        and c[3:5] != "00" and c[5:] != "0000",
        "NI_NUMBER": lambda: ni_ok(c),
        "BANK_ACCOUNT": lambda: c.isdigit() and 6 <= len(c) <= 17,
        "SORT_CODE": lambda: c.isdigit() and len(c) == 6,
        "IBAN": lambda: iban_ok(c),
        "PHONE": lambda: c.isdigit() and 10 <= len(c) <= 13,
        "POSTCODE": lambda: uk_pc_ok(c) or (c.isdigit() and len(c) in (5, 9)),
    }[typ]()
    return None if ok else f"{typ} canonical invalid: {canon}"


# --------------------------------------------------------------------------- case builder

class Case:
    def __init__(self, note: str):
        self.note = note
        self.turns = []          # list of (speaker, [segments])
        self.groups = []         # list of (type, canon, partial)

    def val(self, typ, canon, partial=False):
        self.groups.append((typ, canon, partial))
        return len(self.groups) - 1

    def a(self, *segs):
        self.turns.append(("agent", list(segs)))
        return self

    def c(self, *segs):
        self.turns.append(("customer", list(segs)))
        return self

    def build(self):
        turns, spans, gtexts = [], [], {}
        for ti, (spk, segs) in enumerate(self.turns):
            text = ""
            for s in segs:
                if isinstance(s, str):
                    text += s
                else:
                    val_text, gid = s
                    typ = self.groups[gid][0]
                    spans.append({"turn": ti, "start": len(text), "end": len(text) + len(val_text),
                                  "type": typ})
                    gtexts.setdefault(gid, []).append(val_text)
                    text += val_text
            turns.append({"speaker": spk, "text": text})
        return turns, spans, gtexts


# --------------------------------------------------------------------------- templates

BACK = ["mhm", "okay", "yep", "okay go on", "uh huh", "right", "yes", "got that", "okay and", "go ahead"]


def chunks(s, sizes):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out[-1] += s[i:]
    return [x for x in out if x]


def split_sizes(n, rng):
    if n == 15:
        return rng.choice([[4, 6, 5], [4, 4, 4, 3], [5, 5, 5]])
    if n == 16:
        return rng.choice([[4, 4, 4, 4], [4, 4, 4, 4], [6, 6, 4], [8, 8], [3, 5, 4, 4]])
    if n == 19:
        return [4, 4, 4, 4, 3]
    return rng.choice([[4, 4, 5], [5, 4, 4]])


def grp_card(d):
    if len(d) == 15:
        return [d[:4], d[4:10], d[10:]]
    return [d[i:i + 4] for i in range(0, len(d), 4)]


# ---- calls ------------------------------------------------------------------

def t_call_card_split(rng):
    card, k = gen_card(rng)
    ind = rng.choice(["telecom", "insurance", "utilities", "retail", "travel"])
    cs = Case(f"call/{ind}: {k} card read over several customer turns with agent back-channels")
    g = cs.val("CARD_NUMBER", card)
    cs.a("okay " + rng.choice(["when you're ready", "in your own time", "go ahead"]) + " with the long card number")
    parts = chunks(card, split_sizes(len(card), rng))
    for j, p in enumerate(parts):
        lead = rng.choice(["", "", "um ", "yeah it's ", "so "]) if j == 0 else rng.choice(["", "", "uh "])
        tail = rng.choice(["", "", " yeah", " um"])
        cs.c(lead, (say(p, rng, homo=0.15, pairs=0.2), g), tail)
        if j < len(parts) - 1:
            cs.a(rng.choice(BACK))
    cs.a("perfect and the expiry")
    ex_m, ex_y = rng.randint(1, 12), rng.randint(26, 31)
    ge = cs.val("EXPIRY", f"{ex_m:02d}{ex_y}")
    cs.c(rng.choice(["it's ", "", "expiry is "]),
         (rng.choice([f"{zero_word(rng, True)} {UNITS[ex_m]} {pair_word(str(ex_y))}" if ex_m < 10 else
                      f"{pair_word(str(ex_m))} {pair_word(str(ex_y))}",
                      f"{MONTHS[ex_m - 1]} twenty {pair_word(str(ex_y))}",
                      f"{MONTHS[ex_m - 1]} {pair_word(str(ex_y))}"]), ge))
    return cs


def t_call_card_interrupt(rng):
    card, k = gen_card(rng)
    cs = Case(f"call/banking: agent interrupts mid-reading of a {k} card, customer restarts from the top")
    cut = rng.randint(5, 9)
    g1 = cs.val("CARD_NUMBER", card[:cut], partial=True)
    g2 = cs.val("CARD_NUMBER", card)
    cs.a("can i take the sixteen digit number on the front please" if len(card) == 16 else
         "can i take the number on the front please")
    cs.c("yeah it's ", (say(card[:cut], rng), g1))
    cs.a(rng.choice(["sorry sorry you cut out there can you start again",
                     "sorry can i stop you there the line's breaking up from the beginning please",
                     "apologies could you go back to the start"]))
    cs.c(rng.choice(["oh okay ", "right from the start ", "sure "]), (say(card, rng, pairs=0.15), g2))
    cs.a("thank you and the three digit code on the back" if k != "amex" else "and the four digit code on the front")
    cvv = digits(rng, 4 if k == "amex" else 3)
    g3 = cs.val("CVV", cvv)
    cs.c(rng.choice(["", "it's ", "um "]), (say(cvv, rng, pairs=0.3, homo=0.2), g3))
    return cs


def t_call_card_correction(rng):
    card, k = gen_card(rng)
    cs = Case(f"call/retail: customer self-corrects while reading {k} card; wrong fragment left unlabelled, corrected reading labelled")
    g = cs.val("CARD_NUMBER", card)
    wrong = card[:4] + card[5] + card[4] + card[6:8]
    cs.a("and what's the card number")
    first = card[:4]
    rest = card[4:]
    ga = cs.val("CARD_NUMBER", first, partial=True)
    cs.c((say(first, rng), ga), " " + say(wrong[4:], rng, pairs=0) + " " +
         rng.choice(["no wait sorry", "hang on no", "sorry no that's wrong"]) + " ", (say(card, rng, pairs=0.1), g))
    cs.a(rng.choice(["okay no problem", "okay got it", "that's fine"]) + " and the security number on the back")
    cvv = digits(rng, 4 if k == "amex" else 3)
    gc = cs.val("CVV", cvv)
    cs.c(rng.choice(["", "it's "]), (say(cvv, rng), gc), rng.choice(["", " i think", " yeah"]))
    del rest
    return cs


def t_call_card_readback(rng):
    card, k = gen_card(rng)
    cs = Case(f"call/travel: {k} card given then read back by the agent in pairs")
    g1 = cs.val("CARD_NUMBER", card)
    g2 = cs.val("CARD_NUMBER", card)
    cs.a("lovely and the card number for the booking")
    cs.c("yep ", (say(card, rng, homo=0.1), g1), " " + rng.choice(["", "and the booking's for three nights"]))
    cs.a("let me just read that back ", (say(card, rng, pairs=0.5), g2), " is that right")
    cs.c(rng.choice(["yes that's it", "yeah correct", "that's right yeah"]))
    return cs


def t_call_ssn(rng):
    ssn = gen_ssn(rng)
    ind = rng.choice(["banking", "healthcare billing", "government services", "insurance", "telecom"])
    form = rng.randrange(4)
    cs = Case(f"call/{ind} US: SSN " + ["in one reading with fillers/homophones", "split 3-2-4 over turns with back-channels",
                                      "after a pause, read in 3-2-4 groups", "full reading then agent reads back last four"][form])
    cs.a(rng.choice(["to verify can i get your social security number", "for security what's your social",
                     "and the last part i need is your social security number please"]))
    if form == 0:
        g = cs.val("SSN", ssn)
        cs.c(rng.choice(["sure ", "yeah it's ", "okay ", ""]), (say(ssn, rng, filler=0.15, homo=0.1), g))
    elif form == 1:
        gs = [cs.val("SSN", p, partial=True) for p in (ssn[:3], ssn[3:5], ssn[5:])]
        cs.c((say(ssn[:3], rng), gs[0]))
        cs.a(rng.choice(BACK))
        cs.c((say(ssn[3:5], rng, pairs=0.5), gs[1]))
        cs.a(rng.choice(BACK))
        cs.c((say(ssn[5:], rng, pairs=0.4), gs[2]))
    elif form == 2:
        g = cs.val("SSN", ssn)
        cs.c("hold on let me find my card")
        cs.a("no rush")
        cs.c("okay here it is ", (say(ssn[:3], rng) + " " + say(ssn[3:5], rng, pairs=0.7) + " " +
                                  say(ssn[5:], rng, pairs=0.5), g))
    else:
        g = cs.val("SSN", ssn)
        g2 = cs.val("SSN", ssn[5:], partial=True)
        cs.c("the full thing or just the last four")
        cs.a("the full number please")
        cs.c("okay ", (say(ssn, rng, pairs=0.3), g))
        cs.a("thank you so that's ending in ", (say(ssn[5:], rng), g2))
        cs.c("yep")
    return cs


def t_call_ssn_dob(rng):
    ssn = gen_ssn(rng)
    y, m, d = rng.randint(1941, 2003), rng.randint(1, 12), rng.randint(1, 28)
    cs = Case("call/healthcare billing US: SSN and date of birth in one turn, amount owed nearby (unlabelled)")
    gs = cs.val("SSN", ssn)
    gd = cs.val("DOB", f"{y}{m:02d}{d:02d}")
    amt = rng.randint(40, 900)
    cs.a(f"i can see a balance of {number_words(amt)} dollars on the account i just need to verify you first")
    dob = rng.choice([f"{MONTHS[m - 1]} {ORD[d - 1]} {year_words(y)}",
                      f"{UNITS[m] if m < 10 else pair_word(str(m))} {ORD[d - 1]} {pair_word(str(y)[2:]) if str(y)[2] != '0' else 'oh ' + UNITS[y % 10]}"])
    cs.c("okay my social is ", (say(ssn, rng, pairs=0.2), gs), " and date of birth ", (dob, gd))
    cs.a("thank you")
    return cs


def t_call_ni(rng):
    ni = gen_ni(rng)
    ind = rng.choice(["government services", "banking", "insurance", "utilities", "healthcare billing"])
    form = rng.randrange(5)
    cs = Case(f"call/{ind} UK: NI number spoken, form {form} ({['plain letters', 'nato letters', 'split over turns', 'agent readback', 'restart'][form]})")
    cs.a(rng.choice(["can i take your national insurance number", "what's your national insurance number please",
                     "and your n i number"]))
    if form == 0:
        g = cs.val("NI_NUMBER", ni)
        cs.c(rng.choice(["yeah it's ", "", "um "]), (say(ni, rng, uk=True, pairs=0.35), g))
    elif form == 1:
        g = cs.val("NI_NUMBER", ni)
        cs.c(rng.choice(["it's ", "right "]), (say(ni, rng, uk=True, letters="mixed"), g))
    elif form == 2:
        p = [ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8]]
        gs = [cs.val("NI_NUMBER", x, partial=True) for x in (ni[:4], ni[4:8], ni[8])]
        cs.c((say(ni[:4], rng, pairs=0.5), gs[0]))
        cs.a(rng.choice(BACK))
        cs.c((say(ni[4:8], rng, pairs=0.5), gs[1]))
        cs.a("and the letter at the end")
        cs.c((say(ni[8], rng, letters="mixed"), gs[2]))
        del p
    elif form == 3:
        g = cs.val("NI_NUMBER", ni)
        g2 = cs.val("NI_NUMBER", ni)
        cs.c((say(ni, rng, pairs=0.2), g))
        cs.a("so that's ", (say(ni, rng, letters="nato", pairs=0), g2), " yeah")
        cs.c("that's it")
    else:
        g1 = cs.val("NI_NUMBER", ni[:3], partial=True)
        g = cs.val("NI_NUMBER", ni)
        cs.c((say(ni[:3], rng), g1), " um hang on let me get the letter i'll start again ", (say(ni, rng, pairs=0.3), g))
    return cs


def t_call_bank_sort(rng):
    sc = digits(rng, 6)
    acct = digits(rng, 8)
    cs = Case("call/utilities UK: direct debit sort code and account number over several turns, payment date unlabelled")
    gs = cs.val("SORT_CODE", sc)
    day = rng.randint(1, 28)
    cs.a("to set up the direct debit i'll need the sort code first")
    cs.c((rng.choice([say(sc, rng, pairs=0.3), pair_word(sc[:2]) + " " + pair_word(sc[2:4]) + " " + pair_word(sc[4:])
                      if "0" not in sc[::2] else say(sc, rng)]), gs))
    cs.a(rng.choice(BACK) + " and the account number")
    if rng.random() < 0.5:
        ga1 = cs.val("BANK_ACCOUNT", acct[:4], partial=True)
        ga2 = cs.val("BANK_ACCOUNT", acct[4:], partial=True)
        cs.c((say(acct[:4], rng), ga1))
        cs.a(rng.choice(BACK))
        cs.c((say(acct[4:], rng), ga2))
    else:
        ga = cs.val("BANK_ACCOUNT", acct)
        cs.c(rng.choice(["it's ", "", "okay "]), (say(acct, rng, filler=0.1), ga))
    cs.a(f"great and the payment will come out on the {ORD[day - 1]} of each month is that okay")
    cs.c("yeah that's fine")
    return cs


def t_call_bank_us(rng):
    acct = digits(rng, rng.choice([10, 11, 12]), True)
    cs = Case("call/banking US: checking account number with routing-free readback, balance amount unlabelled")
    g = cs.val("BANK_ACCOUNT", acct)
    g2 = cs.val("BANK_ACCOUNT", acct[-4:], partial=True)
    bal = rng.randint(100, 9000)
    cs.a("which account is this regarding")
    cs.c("my checking account number is ", (say(acct, rng, pairs=0.2, homo=0.1), g))
    cs.a(f"okay the account ending ", (say(acct[-4:], rng), g2),
         f" shows a balance of {number_words(bal)} dollars")
    return cs


def t_call_iban(rng):
    iban = gen_iban(rng, rng.choice(["GB", "IE", "IE", "NL", "DE"]))
    cs = Case(f"call/travel EU: refund to IBAN ({iban[:2]}) spoken in groups with agent back-channels")
    cs.a("for the refund can i have your i ban")
    parts = [iban[i:i + 4] for i in range(0, len(iban), 4)]
    halves = [" ".join(parts[:len(parts) // 2]), " ".join(parts[len(parts) // 2:])]
    g1 = cs.val("IBAN", "".join(halves[0].split()), partial=True)
    g2 = cs.val("IBAN", "".join(halves[1].split()), partial=True)
    cs.c("okay ", (" ".join(say(p, rng, pairs=0.1, letters="plain") for p in halves[0].split()), g1))
    cs.a(rng.choice(BACK))
    cs.c((" ".join(say(p, rng, pairs=0.1) for p in halves[1].split()), g2))
    cs.a("thanks the refund of " + number_words(rng.randint(20, 400)) + " euro should arrive in five working days")
    return cs


def t_call_phone(rng):
    region = rng.choice(["uk_mob", "uk_mob", "uk_land", "us", "us", "ie", "fr"])
    d, _ = gen_phone(rng, region)
    form = rng.randrange(4)
    cs = Case(f"call/telecom: {region} phone number spoken, form {form}")
    cs.a(rng.choice(["what's the best number to reach you on", "can i take a contact number",
                     "and a phone number in case we get cut off"]))
    if region == "fr":
        spoken = "plus three three " + say(d[2:], rng, pairs=0.5, doubles=0.3)
        canon = d
    elif form == 3 and region in ("uk_mob", "ie", "us"):
        if region == "us":
            spoken, canon = "plus one " + say(d, rng), "1" + d
        elif region == "ie":
            spoken, canon = "plus three five three " + say(d[1:], rng), "353" + d[1:]
        else:
            spoken, canon = "plus four four " + say(d[1:], rng), "44" + d[1:]
    else:
        spoken, canon = say(d, rng, pairs=0.2, homo=0.1, filler=0.05), d
    if form == 1:
        cut = rng.choice([4, 5, 6])
        g1 = cs.val("PHONE", d[:cut], partial=True)
        g2 = cs.val("PHONE", d[cut:], partial=True)
        cs.c((say(d[:cut], rng), g1))
        cs.a(rng.choice(BACK))
        cs.c((say(d[cut:], rng), g2))
    elif form == 2:
        g = cs.val("PHONE", canon)
        g2 = cs.val("PHONE", canon)
        cs.c("it's ", (spoken, g), " that's my mobile")
        cs.a("so ", (say(canon if not spoken.startswith("plus") else canon, rng, pairs=0), g2), " yeah")
        cs.c("yep")
    else:
        g = cs.val("PHONE", canon)
        cs.c(rng.choice(["yeah ", "", "you can get me on "]), (spoken, g), rng.choice(["", " after five", " any time"]))
    return cs


def t_call_email(rng):
    e = gen_email(rng)
    ind = rng.choice(["retail", "telecom", "insurance", "utilities", "travel"])
    cs = Case(f"call/{ind}: e-mail spoken as 'x dot y at domain dot com'")
    g = cs.val("EMAIL", e)
    cs.a("and what email address should we send the confirmation to")
    cs.c(rng.choice(["it's ", "yeah it's ", "um "]), (say_email(e, rng), g))
    if rng.random() < 0.5:
        g2 = cs.val("EMAIL", e)
        cs.a("so that's ", (say_email(e, rng), g2))
        cs.c("that's right")
    else:
        cs.a("lovely that's been updated")
    return cs


def t_call_address(rng):
    uk = rng.random() < 0.55
    n = rng.randint(1, 240) if uk else rng.randint(100, 9800)
    st = f"{rng.choice(STREETS)} {rng.choice(SUFFIX)}"
    cs = Case(f"call/{rng.choice(['utilities', 'insurance', 'retail', 'telecom'])} {'UK' if uk else 'US'}: address and postcode spoken, town unlabelled")
    ga = cs.val("ADDRESS", f"{n} {st}")
    if uk:
        pc = gen_uk_postcode(rng)
        gp = cs.val("POSTCODE", pc)
        pcs = say(pc, rng, letters="mixed", pairs=0.3)
        town = rng.choice(TOWNS_UK)
    else:
        pc = gen_zip(rng)
        gp = cs.val("POSTCODE", pc)
        pcs = say(pc, rng, pairs=0.2)
        town = rng.choice(TOWNS_US)
    cs.a("can you confirm the address on the account")
    if rng.random() < 0.5:
        cs.c("yeah it's ", (f"{number_words(n)} {st}", ga), f" {town}")
        cs.a("and the " + ("postcode" if uk else "zip code"))
        cs.c((pcs, gp))
    else:
        cs.c((f"{number_words(n)} {st}", ga), f" in {town} ", (pcs, gp))
        cs.a("thank you")
    return cs


def t_call_dob(rng):
    y, m, d = rng.randint(1938, 2005), rng.randint(1, 12), rng.randint(1, 28)
    cs = Case("call/insurance: date of birth spoken in different orders; appointment date elsewhere unlabelled")
    g = cs.val("DOB", f"{y}{m:02d}{d:02d}")
    form = rng.randrange(4)
    dob = [f"{ORD[d - 1]} of {MONTHS[m - 1]} {year_words(y)}",
           f"{MONTHS[m - 1]} {ORD[d - 1]} {year_words(y)}",
           f"{say(f'{d:02d}', rng, pairs=0)} {say(f'{m:02d}', rng, pairs=0)} {year_words(y)}",
           f"{ORD[d - 1]} {MONTHS[m - 1]} {pair_word(str(y)[2:]) if str(y)[2] != '0' else 'oh ' + UNITS[y % 10]}"][form]
    cs.a("and your date of birth please")
    cs.c(rng.choice(["it's the ", "the ", "", "uh "]) if form in (0, 3) else rng.choice(["", "it's "]), (dob, g))
    ad = rng.randint(1, 28)
    cs.a(f"thank you i've booked the assessment for the {ORD[ad - 1]} of {rng.choice(MONTHS)} at {rng.choice(['ten', 'half two', 'nine thirty'])}")
    return cs


def t_call_postcode_nato(rng):
    pc = gen_uk_postcode(rng)
    cs = Case("call/utilities UK: postcode with NATO letters, split across turns with correction of one letter")
    g1 = cs.val("POSTCODE", pc[:-3], partial=True)
    g2 = cs.val("POSTCODE", pc[-3:], partial=True)
    cs.a("what's the postcode for the supply address")
    cs.c((say(pc[:-3], rng, letters="nato"), g1))
    cs.a(rng.choice(BACK))
    cs.c((say(pc[-3:], rng, letters="nato"), g2), rng.choice(["", " yeah", " that's it"]))
    return cs


def t_call_full_payment(rng):
    card, k = gen_card(rng)
    cs = Case(f"call/retail: {k} card, expiry and cvv in one long customer turn with chit-chat and order total")
    g = cs.val("CARD_NUMBER", card)
    m, y = rng.randint(1, 12), rng.randint(26, 31)
    ge = cs.val("EXPIRY", f"{m:02d}{y}")
    cvv = digits(rng, 4 if k == "amex" else 3)
    gc = cs.val("CVV", cvv)
    tot = rng.randint(15, 300)
    cs.a(f"so the total comes to {number_words(tot)} pounds {number_words(rng.randint(1, 99))} how would you like to pay")
    cs.c("card please um it's ", (say(card, rng, pairs=0.2, homo=0.1), g), " expires ",
         (f"{say(f'{m:02d}', rng, pairs=0)} {pair_word(str(y))}", ge), " and the code on the back is ",
         (say(cvv, rng), gc))
    cs.a("lovely thank you that's gone through")
    return cs


def t_call_mixed_verify(rng):
    pc = gen_uk_postcode(rng)
    ni = gen_ni(rng)
    cs = Case("call/government services UK: NI number and postcode in the same turn, age and claim reference unlabelled")
    gn = cs.val("NI_NUMBER", ni)
    gp = cs.val("POSTCODE", pc)
    cs.a(f"i've got your claim reference {say(digits(rng, 7), rng, pairs=0)} up can i confirm a couple of details")
    cs.c("yeah sure my national insurance is ", (say(ni, rng, pairs=0.3), gn), " and the postcode's ",
         (say(pc, rng, pairs=0.3), gp), f" i'm {pair_word(str(rng.randint(66, 89)))} by the way if that matters")
    return cs


def t_call_ni_homophone(rng):
    ni = gen_ni(rng)
    cs = Case("call/banking UK: NI number with homophone digit words (to/for/ate) as an ASR writes them")
    g = cs.val("NI_NUMBER", ni)
    cs.a("national insurance number please")
    cs.c("okay ", (say(ni, rng, homo=0.6, pairs=0), g))
    cs.a("thank you")
    return cs


def t_call_ssn_restart(rng):
    ssn = gen_ssn(rng)
    cs = Case("call/insurance US: SSN started, customer restarts after agent question; both readings labelled")
    g1 = cs.val("SSN", ssn[:5], partial=True)
    g2 = cs.val("SSN", ssn)
    cs.a("can i get the social for the policy holder")
    cs.c("it's ", (say(ssn[:5], rng), g1))
    cs.a("is that the policy holder's or yours")
    cs.c("oh the policy holder's is my husband's hang on it's ", (say(ssn, rng, pairs=0.25, homo=0.15), g2))
    return cs


def t_call_cvv_exp(rng):
    m, y = rng.randint(1, 12), rng.randint(26, 32)
    cvv = digits(rng, 3)
    cs = Case("call/telecom: expiry and cvv asked separately, cvv said with a restart")
    ge = cs.val("EXPIRY", f"{m:02d}{y}")
    gc1 = cs.val("CVV", cvv[:2], partial=True)
    gc = cs.val("CVV", cvv)
    cs.a("what's the expiry date on the card")
    cs.c((rng.choice([f"{say(f'{m:02d}', rng, pairs=0)} slash {say(str(y), rng, pairs=0.5)}",
                      f"{MONTHS[m - 1]} {year_words(2000 + y) if rng.random() < 0.3 else pair_word(str(y))}"]), ge))
    cs.a("and the three digits on the signature strip")
    cs.c((say(cvv[:2], rng), gc1), " no sorry ", (say(cvv, rng), gc))
    return cs


def t_call_phone_old_new(rng):
    region = rng.choice(["uk_mob", "ie", "us"])
    d1, _ = gen_phone(rng, region)
    d2, _ = gen_phone(rng, region)
    cs = Case(f"call/telecom: customer gives old {region} number then corrects to the new one; both are real numbers and labelled")
    g1 = cs.val("PHONE", d1)
    g2 = cs.val("PHONE", d2)
    cs.a("is the mobile number we have still the best one")
    cs.c("um it's ", (say(d1, rng, pairs=0.2), g1), " oh no wait that's my old one ", rng.choice(["", "uh "]),
         "the new one is ", (say(d2, rng, pairs=0.2, homo=0.2), g2))
    cs.a("okay i've updated that for you")
    return cs


def t_call_ni_wrong_readback(rng):
    ni = gen_ni(rng)
    j = rng.randint(2, 6)
    wrong = ni[:j] + ni[j + 1] + ni[j] + ni[j + 2:]
    if wrong == ni:
        wrong = ni[:2] + str((int(ni[2]) + 1) % 10) + ni[3:]
    cs = Case("call/government services UK: agent reads NI number back wrongly, customer corrects; all readings labelled")
    g1 = cs.val("NI_NUMBER", ni)
    g2 = cs.val("NI_NUMBER", wrong)
    g3 = cs.val("NI_NUMBER", ni[j:], partial=True)
    cs.a("can you give me your national insurance number")
    cs.c((say(ni, rng, pairs=0.3, homo=0.2), g1))
    cs.a("thank you so that's ", (say(wrong, rng, pairs=0), g2))
    cs.c("no ", (say(ni[j:], rng, pairs=0), g3), " at the end")
    cs.a("sorry yes got it")
    return cs


def t_call_iban_full(rng):
    iban = gen_iban(rng, rng.choice(["IE", "GB", "DE", "FR", "ES"]))
    cs = Case(f"call/insurance EU: whole IBAN ({iban[:2]}) in one turn with fillers, payout amount unlabelled")
    g = cs.val("IBAN", iban)
    cs.a(f"the payout is {number_words(rng.randint(200, 2500))} euro where should we send it")
    cs.c("to my i ban which is ", (say(iban, rng, pairs=0.15, filler=0.06, letters="plain"), g))
    cs.a("thank you")
    return cs


def t_call_contact_both(rng):
    e = gen_email(rng)
    d, _ = gen_phone(rng, rng.choice(["uk_mob", "ie"]))
    cs = Case("call/utilities: phone and e-mail in one customer turn, agent interrupts between them")
    gp = cs.val("PHONE", d)
    ge = cs.val("EMAIL", e)
    cs.a("can i confirm your contact details")
    cs.c("my mobile's ", (say(d, rng, pairs=0.2), gp), " and the email is")
    cs.a("sorry just a sec okay go on")
    cs.c((say_email(e, rng), ge))
    return cs


def t_call_dob_age(rng):
    y, m, d = rng.randint(1945, 2000), rng.randint(1, 12), rng.randint(1, 28)
    cs = Case("call/banking: DOB after fillers with current age mentioned just before (age unlabelled)")
    g1 = cs.val("DOB", f"{y}{m:02d}{d:02d}")
    cs.a("and can you confirm your date of birth")
    cs.c(f"yeah i'm {number_words(2026 - y - 1) if (m, d) > (11, 23) else number_words(2026 - y)} so it's uh the ",
         (f"{ORD[d - 1]} of {MONTHS[m - 1]} {year_words(y)}", g1))
    cs.a("lovely thank you")
    return cs


def t_call_sort_split(rng):
    sc, acct = digits(rng, 6), digits(rng, 8)
    cs = Case("call/banking UK: sort code in pairs and account number with restart and agent interruption")
    g1 = cs.val("SORT_CODE", sc)
    g2 = cs.val("BANK_ACCOUNT", acct[:3], partial=True)
    g3 = cs.val("BANK_ACCOUNT", acct)
    cs.a("which account would you like the money paid into")
    cs.c("sort code ", (say(sc[:2], rng, pairs=0.8) + " " + say(sc[2:4], rng, pairs=0.8) + " " + say(sc[4:], rng, pairs=0.8), g1),
         " account ", (say(acct[:3], rng), g2))
    cs.a("sorry was that the sort code or the account")
    cs.c("the account is ", (say(acct, rng, pairs=0.2), g3))
    return cs


def t_call_zip_address_us(rng):
    n = rng.randint(10, 9999)
    st = f"{rng.choice(STREETS)} {rng.choice(['street', 'avenue', 'drive', 'boulevard', 'road'])}"
    z = gen_zip(rng, rng.random() < 0.3)
    cs = Case("call/healthcare billing US: billing address with zip (zip+4 sometimes), restart on house number")
    ga = cs.val("ADDRESS", f"{n} {st}")
    gz = cs.val("POSTCODE", z)
    cs.a("what's the billing address on file")
    zs = say(z[:5], rng, pairs=0.2) + ("" if len(z) == 5 else " " + say(z[5:], rng))
    cs.c("it's " + say(str(n)[:2], rng, pairs=0) + " sorry ", (f"{number_words(n)} {st}", ga),
         f" {rng.choice(TOWNS_US)} ", (zs, gz))
    cs.a("thank you")
    return cs


# ---- chats ------------------------------------------------------------------

def t_chat_card(rng):
    card, k = gen_card(rng)
    cs = Case(f"chat/retail: {k} card typed with mixed separators and typos around it")
    g = cs.val("CARD_NUMBER", card)
    sep = rng.choice([" ", "-", "", " ", ".", "  "])
    disp = sep.join(grp_card(card)) if sep else card
    m, y = rng.randint(1, 12), rng.randint(26, 31)
    ge = cs.val("EXPIRY", f"{m:02d}{y}")
    cvv = digits(rng, 4 if k == "amex" else 3)
    gc = cs.val("CVV", cvv)
    cs.c(rng.choice(["hi pls can u take payment for order ", "hello, want to pay invoice ", "Hi there re order #"]) +
         digits(rng, 7, True) + rng.choice([" card is ", ". Card no: ", " - card "]), (disp, g))
    cs.a("Thanks! Could you also send the expiry date and the security code?")
    cs.c(rng.choice(["exp ", "Expiry: ", "expires "]), (rng.choice([f"{m:02d}/{y}", f"{m}/{y}", f"{m:02d}-20{y}", f"{m:02d}/20{y}"]), ge),
         rng.choice([" cvv ", ", CVC: ", " and code is ", " sec code "]), (cvv, gc))
    return cs


def t_chat_ssn(rng):
    ssn = gen_ssn(rng)
    cs = Case("chat/banking US: SSN typed in various groupings")
    g = cs.val("SSN", ssn)
    disp = rng.choice([f"{ssn[:3]}-{ssn[3:5]}-{ssn[5:]}", ssn, f"{ssn[:3]} {ssn[3:5]} {ssn[5:]}",
                       f"{ssn[:3]}.{ssn[3:5]}.{ssn[5:]}"])
    cs.a("To verify your identity please provide your Social Security number.")
    cs.c(rng.choice(["ok its ", "SSN: ", "sure - ", "my ssn is "]), (disp, g), rng.choice(["", " thx", ". I was charged $35 twice"]))
    return cs


def t_chat_ni(rng):
    ni = gen_ni(rng)
    cs = Case("chat/government services UK: NI number typed with odd spacing/case")
    g = cs.val("NI_NUMBER", ni)
    f = rng.randrange(4)
    disp = [f"{ni[:2]} {ni[2:4]} {ni[4:6]} {ni[6:8]} {ni[8]}", ni.lower(), ni, f"{ni[:2].lower()}{ni[2:8]} {ni[8].lower()}"][f]
    cs.c(rng.choice(["hi my NI number is ", "NINO ", "ni no. ", "Hello, national insurance: "]), (disp, g),
         rng.choice(["", " - been waiting 6 weeks for my payment", " cheers"]))
    cs.a("Thank you, let me check that for you.")
    return cs


def t_chat_bank(rng):
    uk = rng.random() < 0.6
    cs = Case(f"chat/banking {'UK' if uk else 'IE/EU'}: sort code + account or IBAN typed, amount unlabelled")
    if uk:
        sc, acct = digits(rng, 6), digits(rng, 8)
        gs = cs.val("SORT_CODE", sc)
        ga = cs.val("BANK_ACCOUNT", acct)
        cs.c("please refund the £" + str(rng.randint(10, 500)) + "." + f"{rng.randint(0, 99):02d}" + " to sort code ",
             (rng.choice([f"{sc[:2]}-{sc[2:4]}-{sc[4:]}", sc, f"{sc[:2]} {sc[2:4]} {sc[4:]}"]), gs),
             rng.choice([" acc ", " account number ", ", a/c "]), (acct, ga))
    else:
        iban = gen_iban(rng)
        gi = cs.val("IBAN", iban)
        disp = rng.choice([" ".join(iban[i:i + 4] for i in range(0, len(iban), 4)), iban,
                           " ".join(iban[i:i + 4] for i in range(0, len(iban), 4)).lower()])
        cs.c("Hi, refund of €" + str(rng.randint(10, 500)) + " please to IBAN ", (disp, gi))
    cs.a("Thanks, I've passed that to the refunds team.")
    return cs


def t_chat_contact(rng):
    region = rng.choice(["uk_mob", "uk_land", "us", "ie", "fr"])
    d, disp = gen_phone(rng, region)
    canon = d
    if disp.startswith("+44"):
        canon = "44" + d[1:]
    elif disp.startswith("+1"):
        canon = "1" + d
    elif disp.startswith("+353"):
        canon = "353" + d[1:]
    e = gen_email(rng)
    cs = Case(f"chat/{rng.choice(['telecom', 'travel', 'insurance'])}: phone ({region}) and e-mail typed in one message")
    gp = cs.val("PHONE", canon)
    ge = cs.val("EMAIL", e)
    e_disp = e.upper() if rng.random() < 0.2 else e
    cs.a("Can you confirm your contact details?")
    cs.c(rng.choice(["mob ", "Phone: ", "tel ", "call me on "]), (disp, gp), rng.choice([" email ", ", e-mail: ", " / "]),
         (e_disp, ge))
    return cs


def t_chat_address(rng):
    uk = rng.random() < 0.6
    n = rng.randint(1, 300) if uk else rng.randint(100, 9999)
    st = f"{rng.choice(STREETS).title()} {rng.choice(SUFFIX).title()}"
    if not uk and rng.random() < 0.4:
        st = st.rsplit(" ", 1)[0] + " " + rng.choice(["St", "Ave", "Rd", "Blvd"])
    cs = Case(f"chat/retail {'UK' if uk else 'US'}: delivery address with postcode/ZIP typed")
    ga = cs.val("ADDRESS", f"{n} {st}")
    if uk:
        pc = gen_uk_postcode(rng)
        gp = cs.val("POSTCODE", pc)
        pdisp = rng.choice([fmt_uk_pc(pc), pc, fmt_uk_pc(pc).lower()])
        town = rng.choice(TOWNS_UK).title()
    else:
        pc = gen_zip(rng, rng.random() < 0.3)
        gp = cs.val("POSTCODE", pc)
        pdisp = pc if len(pc) == 5 else pc[:5] + "-" + pc[5:]
        town = rng.choice(TOWNS_US).title() + ", " + rng.choice(["TX", "CO", "OH", "FL", "OR", "NC"])
    cs.c("pls change delivery address to ", (f"{n} {st}", ga), f", {town} ", (pdisp, gp),
         rng.choice(["", " for order " + digits(rng, 8, True), " thanks"]))
    cs.a("Done - your parcel will go to the new address.")
    return cs


def t_chat_dob(rng):
    y, m, d = rng.randint(1940, 2004), rng.randint(1, 12), rng.randint(1, 28)
    cs = Case("chat/healthcare billing: DOB typed in varied formats, visit date unlabelled")
    g = cs.val("DOB", f"{y}{m:02d}{d:02d}")
    disp = rng.choice([f"{d:02d}/{m:02d}/{y}", f"{m}/{d}/{y}", f"{d} {MONTHS[m - 1].title()} {y}",
                       f"{MONTHS[m - 1].title()[:3]} {d}, {y}", f"{y}-{m:02d}-{d:02d}", f"{d}.{m}.{str(y)[2:]}"])
    cs.a("Please confirm the patient's date of birth.")
    cs.c(rng.choice(["dob ", "DOB: ", "born ", "its "]), (disp, g),
         f" - the visit was on {rng.randint(1, 28)}/{rng.randint(1, 12)} and I got billed twice")
    return cs


def t_chat_email(rng):
    e1, e2 = gen_email(rng), gen_email(rng)
    cs = Case("chat/utilities: new and old e-mail typed in one message, one with odd case and trailing punctuation")
    g1 = cs.val("EMAIL", e1)
    g2 = cs.val("EMAIL", e2)
    cs.c(rng.choice(["pls update my email to ", "Hi can u change email to ", "new email: "]),
         (e1.title() if rng.random() < 0.3 else e1, g1), rng.choice([" (old one was ", " - old: ", ", the old "]),
         (e2, g2), rng.choice([")", ". thx", " no longer works"]))
    cs.a("All done, you'll get a confirmation shortly.")
    return cs


# ---- positive template mix (about two thirds calls) -----------------------------

CALL_T = [t_call_card_split, t_call_card_interrupt, t_call_card_correction, t_call_card_readback,
          t_call_ssn, t_call_ssn_dob, t_call_ni, t_call_bank_sort, t_call_bank_us, t_call_iban,
          t_call_phone, t_call_email, t_call_address, t_call_dob, t_call_postcode_nato,
          t_call_full_payment, t_call_mixed_verify, t_call_ni_homophone, t_call_ssn_restart, t_call_cvv_exp,
          t_call_phone_old_new, t_call_ni_wrong_readback, t_call_iban_full, t_call_contact_both,
          t_call_dob_age, t_call_sort_split, t_call_zip_address_us]
CHAT_T = [t_chat_card, t_chat_ssn, t_chat_ni, t_chat_bank, t_chat_contact, t_chat_address, t_chat_dob,
          t_chat_email]


# --------------------------------------------------------------------------- negatives

def n_money(rng):
    a = rng.randint(100, 2999)
    return [("agent", f"your balance is currently {number_words(a)} pounds {number_words(rng.randint(1, 99))}"),
            ("customer", f"really i thought it was about {number_words(a - rng.randint(20, 90))} last month"),
            ("agent", f"there was a late fee of {number_words(rng.randint(10, 45))} pounds added on the {ORD[rng.randint(0, 27)]}")], \
        "call/utilities: balances, fees and a payment date in words"


def n_reference(rng):
    ref = digits(rng, rng.choice([6, 7, 8, 9, 10]), True)
    return [("agent", "have you got a reference number for the claim"),
            ("customer", f"yeah claim reference {say(ref, rng, pairs=0.3)}"),
            ("agent", "perfect thank you i've found it")], "call/insurance: claim reference spoken digit by digit"


def n_order_chat(rng):
    return [("customer", f"Hi order #{digits(rng, 8, True)} still hasn't arrived, paid £{rng.randint(10, 300)}.{rng.randint(10, 99)} on {rng.randint(1, 28)}/{rng.randint(1, 12)}/2026"),
            ("agent", f"Sorry about that! Ticket INC{digits(rng, 7)} raised, expect an update within {rng.randint(2, 5)} working days.")], \
        "chat/retail: order number, price, order date and ticket id"


def n_flight(rng):
    fl = rng.choice(["ba", "ei", "fr", "lh", "ua", "dl"]) + " " + say(str(rng.randint(100, 9999)), rng, pairs=0.6)
    return [("customer", f"i'm on flight {fl} on the {ORD[rng.randint(0, 27)]} of {rng.choice(MONTHS)}"),
            ("agent", f"okay that departs at {rng.choice(['six forty five', 'ten past nine', 'fourteen thirty', 'quarter to eight'])} from gate {number_words(rng.randint(1, 60))}"),
            ("customer", f"and the booking reference is {''.join(rng.choice('ABCDEFGHJKLMNPQRSTUVWXYZ') for _ in range(6))}")], \
        "call/travel: flight number, departure time, gate and booking code"


def n_meter(rng):
    r = digits(rng, rng.choice([5, 6]))
    return [("agent", "can you read me the numbers on the meter from left to right"),
            ("customer", f"yeah it's {say(r, rng, pairs=0.2)} and the red ones after are {say(digits(rng, 2), rng)}"),
            ("agent", f"thanks so you've used about {number_words(rng.randint(200, 900))} units since the last reading in {rng.choice(MONTHS)}")], \
        "call/utilities: meter reading and usage"


def n_broadband(rng):
    return [("customer", f"i'm paying for {number_words(rng.randint(100, 900))} meg and getting {number_words(rng.randint(5, 80))}"),
            ("agent", f"i can see the router model {rng.choice(['h g six three three', 'tg five eight nine', 'x b seven'])} rebooted {number_words(rng.randint(3, 19))} times in the last {number_words(rng.randint(2, 48))} hours"),
            ("customer", f"it's been like this since i signed the contract on the {ORD[rng.randint(0, 27)]} of {rng.choice(MONTHS)} twenty twenty {rng.choice(['four', 'five', 'six'])}")], \
        "call/telecom: speeds, router model, counts, contract start date"


def n_appointment(rng):
    return [("agent", f"i can offer you the {ORD[rng.randint(0, 27)]} of {rng.choice(MONTHS)} at {rng.choice(['nine fifteen', 'two o clock', 'half ten', 'eleven forty'])}"),
            ("customer", "is there anything earlier"),
            ("agent", f"the {ORD[rng.randint(0, 27)]} at {rng.choice(['four thirty', 'three', 'ten to one'])} in room {say(str(rng.randint(100, 450)), rng, pairs=0.5)}"),
            ("customer", "okay that one")], "call/healthcare billing: appointment dates, times and room number"


def n_age_temp(rng):
    return [("customer", f"my mum's {pair_word(str(rng.randint(70, 98)))} and the heating's been off since tuesday it's {number_words(rng.randint(8, 15))} degrees in the house"),
            ("agent", f"i'm so sorry i'll get an engineer out within {number_words(rng.randint(2, 24))} hours and add a {number_words(rng.randint(20, 75))} pound goodwill credit")], \
        "call/utilities UK: age, temperature, duration, credit amount"


def n_percent(rng):
    return [("customer", f"Why has my premium gone up {rng.randint(5, 40)}%? it was ${rng.randint(600, 1800)}.00 last year"),
            ("agent", f"Hi! Renewal {rng.choice(['2026', '2027'])} pricing rose by {rng.randint(3, 12)}.{rng.randint(1, 9)}% on average; your no-claims discount of {rng.randint(2, 9)} years still applies.")], \
        "chat/insurance US: percentages, amounts, years"


def n_invoice_call(rng):
    inv = digits(rng, rng.choice([7, 8, 9]), True)
    return [("agent", "what's the invoice number at the top right"),
            ("customer", f"invoice number {say(inv[:4], rng)}"),
            ("agent", "mhm"),
            ("customer", f"{say(inv[4:], rng)} and it's for {number_words(rng.randint(100, 999))} euro"),
            ("agent", f"okay that was due on the {ORD[rng.randint(0, 27)]} of {rng.choice(MONTHS)}")], \
        "call/utilities IE: invoice number split over turns with back-channel, amount, due date"


def n_quantities(rng):
    return [("customer", f"i ordered {number_words(rng.randint(2, 12))} boxes of the {rng.choice(['a four', 'a three', 'letter'])} paper and {number_words(rng.randint(2, 30))} toner cartridges model {rng.choice(['h p two six a', 'c f two one seven', 't n two four two oh'])}"),
            ("agent", f"i can see {number_words(rng.randint(1, 9))} of them were dispatched on the {ORD[rng.randint(0, 27)]}, the rest will ship in {number_words(rng.randint(2, 10))} days"),
            ("customer", f"the delivery note says {number_words(rng.randint(10, 99))} kilos")], \
        "call/retail: quantities, model numbers, weights, dispatch date"


def n_years(rng):
    return [("customer", f"i've been a customer since {year_words(rng.randint(1985, 2015))} and i've never missed a payment"),
            ("agent", f"i can see that thank you for all those years with us the rate from {rng.choice(MONTHS)} will be {number_words(rng.randint(2, 7))} point {UNITS[rng.randint(1, 9)]} percent")], \
        "call/banking: years, loyalty duration, interest rate"


def n_chat_ticket(rng):
    return [("customer", f"ref {digits(rng, 9, True)} - engineer visit booked for {rng.randint(1, 28)}/{rng.randint(1, 12)} between {rng.randint(8, 11)}am and {rng.randint(1, 5)}pm?"),
            ("agent", f"Yes, job number {digits(rng, 8, True)} is confirmed. Please allow {rng.randint(30, 90)} mins either side.")], \
        "chat/telecom: reference and job numbers, appointment date/time window"


def n_hotel(rng):
    return [("customer", f"we're in room {say(str(rng.randint(101, 1450)), rng, pairs=0.6)} and the air con is stuck at {number_words(rng.randint(26, 31))} degrees"),
            ("agent", f"i'm sorry i'll move you to room {say(str(rng.randint(101, 1450)), rng, pairs=0.6)} on floor {number_words(rng.randint(2, 14))} and refund the {number_words(rng.randint(40, 180))} euro for tonight"),
            ("customer", f"thanks our checkout is the {ORD[rng.randint(0, 27)]} at {rng.choice(['eleven', 'twelve', 'ten thirty'])}")], \
        "call/travel EU: room numbers, temperature, refund, checkout date"


def n_chat_balance(rng):
    return [("customer", f"my balance shows -${rng.randint(10, 999)}.{rng.randint(10, 99)} but i deposited ${rng.randint(100, 3000):,} on {rng.choice(MONTHS).title()} {rng.randint(1, 28)}"),
            ("agent", f"The deposit is pending and will clear in 1-2 business days; it was received at {rng.randint(1, 12)}:{rng.randint(10, 59)} PM.")], \
        "chat/banking US: negative balance, deposit amount, date, time"


def n_duration_call(rng):
    return [("customer", f"i've been on hold for {number_words(rng.randint(20, 59))} minutes and this is my {ORD[rng.randint(2, 8)]} call"),
            ("agent", f"i do apologise our wait times are about {number_words(rng.randint(10, 45))} minutes today"),
            ("customer", f"and i was told the refund of {number_words(rng.randint(100, 999))} pounds {number_words(rng.randint(10, 99))} would be back by the {ORD[rng.randint(0, 27)]}")], \
        "call/telecom UK: durations, counts, refund amount, refund date"


def n_bill_breakdown(rng):
    return [("agent", f"so your bill is {number_words(rng.randint(40, 99))} pounds for the plan plus {number_words(rng.randint(2, 19))} pounds {number_words(rng.randint(10, 99))} for roaming"),
            ("customer", "uh huh"),
            ("agent", f"you used {number_words(rng.randint(2, 40))} gig of data and {number_words(rng.randint(100, 900))} minutes"),
            ("customer", f"okay and that comes out on the {ORD[rng.randint(0, 27)]} yeah")], \
        "call/telecom: bill breakdown with back-channel, data usage"


def n_speed_claim(rng):
    return [("customer", f"i was only doing about {number_words(rng.randint(20, 40))} miles an hour when he pulled out it was about {rng.choice(['quarter past five', 'ten to six', 'half eight'])}"),
            ("agent", "okay and was anyone hurt"),
            ("customer", f"no but the repair quote is {number_words(rng.randint(900, 4000))} pounds and claim number {say(digits(rng, 8, True), rng, pairs=0.2)}")], \
        "call/insurance UK: speed, time, quote and claim number"


def n_chat_train(rng):
    return [("customer", f"my {rng.randint(10, 23)}:{rng.randint(10, 59)} train was cancelled, booking ref {digits(rng, 8, True)}, coach {rng.choice('ABCDE')} seat {rng.randint(1, 80)}"),
            ("agent", f"Sorry! You're entitled to {rng.choice(['25', '50', '100'])}% delay repay on the £{rng.randint(20, 150)}.{rng.randint(10, 99)} fare.")], \
        "chat/travel UK: time, booking ref, seat, percentage, fare"


def n_tracking(rng):
    t = digits(rng, 10, True)
    return [("agent", "i've got the tracking number here if you want it"),
            ("customer", "yes please"),
            ("agent", f"it's tracking number {say(t[:5], rng)}"),
            ("customer", "mhm"),
            ("agent", f"{say(t[5:], rng)} and it's due between {rng.choice(['nine and one', 'twelve and four', 'eight and twelve'])} on {rng.choice(['monday', 'friday', 'thursday'])}")], \
        "call/retail: ten-digit tracking number split over agent turns with back-channel"


def n_prescription(rng):
    return [("customer", f"i'm calling about the bill for prescription number {say(digits(rng, 7, True), rng, pairs=0.3)}"),
            ("agent", f"yes that was {number_words(rng.randint(10, 90))} dollars {number_words(rng.randint(10, 99))} after the {number_words(rng.randint(10, 40))} percent copay"),
            ("customer", f"i take {number_words(rng.randint(2, 4))} tablets of {number_words(rng.choice([20, 40, 50, 100, 250]))} milligrams a day")], \
        "call/healthcare billing US: prescription number, amounts, percentage, dosage"


NEG_T = [n_money, n_reference, n_order_chat, n_flight, n_meter, n_broadband, n_appointment, n_age_temp,
         n_percent, n_invoice_call, n_quantities, n_years, n_chat_ticket, n_hotel, n_chat_balance,
         n_duration_call, n_bill_breakdown, n_speed_claim, n_chat_train, n_tracking, n_prescription]


# --------------------------------------------------------------------------- generation

def generate():
    rng = random.Random(SEED)
    records, meta = [], []
    npos = 0
    while True:
        npos += 1
        tmpl = CALL_T[(npos - 1) % len(CALL_T)] if (npos % 3) else CHAT_T[(npos // 3 - 1) % len(CHAT_T)]
        cs = tmpl(rng)
        turns, spans, gtexts = cs.build()
        records.append({"id": f"{PREFIX}-pos-{npos:03d}", "kind": "positive", "turns": turns,
                        "spans": spans, "note": cs.note})
        meta.append((cs, gtexts))
        if npos >= 225:
            cnt = Counter(s["type"] for r in records for s in r["spans"])
            if all(cnt[t] >= MIN_SPANS[t] + 2 for t in TYPES):
                break
    for k in range(1, 126):
        turns, note = NEG_T[(k - 1) % len(NEG_T)](rng)
        records.append({"id": f"{PREFIX}-neg-{k:03d}", "kind": "negative",
                        "turns": [{"speaker": s, "text": t} for s, t in turns], "spans": [], "note": note})
        meta.append((None, None))
    return records, meta


def dump(records) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def counts(records):
    return Counter(s["type"] for r in records for s in r["spans"])


def readme(records) -> str:
    cnt = counts(records)
    npos = sum(r["kind"] == "positive" for r in records)
    nneg = len(records) - npos
    ncall = sum(r["note"].startswith("call/") for r in records if r["kind"] == "positive")
    rows = "\n".join(f"| {t} | {cnt[t]} |" for t in TYPES)
    return f"""# pii_holdout91 - held-out PII redaction evaluation set

**Never use this set for tuning.** It exists only to measure the redactor on data
nobody tuned against. Do not add its values or phrasings to patterns, word lists or
tests of the redactor.

## Who wrote it and how

Written by an AI helper acting as an independent author. The author did not see the
redaction code, its tests, its documentation, the benchmark script or any other PII
fixtures; only a three-line example of the JSONL format. Every case is generated by
`scripts/make_pii_holdout91.py` from template functions in which each turn is assembled
from plain-text segments and (value, TYPE) segments, so span offsets are computed and
never typed by hand. All values come from one `random.Random({SEED})`; output is
byte-for-byte reproducible. `python scripts/make_pii_holdout91.py --check` regenerates
the set, compares it with the file, and validates ids, offsets, word boundaries, overlap,
and each labelled value after normalising spoken forms (Luhn, mod-97, NI format, digit
counts, postcode shapes).

Emphasis: about two thirds of the positives ({ncall} of {npos}) are phone calls written
as a speech recogniser would (lower case, digits as words, "oh"/"o"/"nought", "double"/
"triple", pairs like "forty one", homophones "to"/"for"/"won"/"ate", fillers, NATO
spellings "b for bravo"), with values split across turns, restarts, self-corrections,
agent interruptions and agent read-backs. The rest are typed chats.

## Annotation conventions

- A span covers the value only: the spoken or typed digits/letters, including fillers
  ("um", "uh") and "double"/"triple" words *inside* the reading, and "plus" for
  international phone numbers. Lead-ins ("it's", "my card is", "the") are outside.
- A value split over several turns gets one span per turn, each of the full type.
- Restarts: when a reading is interrupted and restarted, both the partial first reading
  and the full second reading are labelled. Self-corrections: the abandoned wrong
  digits are left unlabelled (the corrected reading and any correct fragment are labelled).
- Agent read-backs of a value are labelled too (as the same type), including a wrong\n  read-back that the customer then corrects (it is still a well-formed value).
- ADDRESS = house number + street name + street type ("42 Maple Avenue",
  "forty two maple avenue"); town/state are not labelled; postcode/ZIP is a separate
  POSTCODE span.
- DOB spans cover day, month and year words, not the leading "the". EXPIRY covers month
  and year ("oh four twenty seven", "04/27"). NI numbers include the final letter.
- Unlabelled non-PII numbers (amounts, order/claim references, appointment dates, ages)
  appear next to PII on purpose.
- Negative cases contain only lookalikes (amounts, times, references up to 10 digits
  with their reference word, flight/room/model numbers, meter readings, speeds, ages,
  temperatures, percentages, non-birth dates) and must have nothing redacted.

## Counts

Positive cases: {npos}; negative cases: {nneg}.

| type | spans |
|---|---|
{rows}
"""


def check(records, meta) -> list[str]:
    errs = []
    text = dump(records)
    if not CASES.exists() or CASES.read_text(encoding="utf-8") != text:
        errs.append("cases.jsonl differs from regenerated output (or is missing)")
    if not README.exists() or README.read_text(encoding="utf-8") != readme(records):
        errs.append("README.md differs from regenerated output (or is missing)")
    ids = [r["id"] for r in records]
    if len(ids) != len(set(ids)):
        errs.append("duplicate ids")
    for r, (cs, gtexts) in zip(records, meta):
        rid = r["id"]
        if set(r) != {"id", "kind", "turns", "spans", "note"}:
            errs.append(f"{rid}: bad keys")
        if r["kind"] == "negative":
            if r["spans"]:
                errs.append(f"{rid}: negative with spans")
            continue
        if not r["spans"]:
            errs.append(f"{rid}: positive without spans")
        for s in r["spans"]:
            if s["type"] not in TYPES:
                errs.append(f"{rid}: unknown type {s['type']}")
            t = r["turns"][s["turn"]]["text"]
            st, en = s["start"], s["end"]
            if not (0 <= st < en <= len(t)):
                errs.append(f"{rid}: offsets out of range {s}")
                continue
            if (st > 0 and t[st - 1].isalnum()) or (en < len(t) and t[en].isalnum()) \
                    or not (t[st].isalnum() or t[st] in "+(") or not t[en - 1].isalnum():
                errs.append(f"{rid}: span not on word boundary {t[st:en]!r}")
        by_turn = {}
        for s in r["spans"]:
            by_turn.setdefault(s["turn"], []).append((s["start"], s["end"]))
        for lst in by_turn.values():
            lst.sort()
            for (a1, b1), (a2, b2) in zip(lst, lst[1:]):
                if a2 < b1:
                    errs.append(f"{rid}: overlapping spans")
        for gid, (typ, canon, partial) in enumerate(cs.groups):
            if gid not in gtexts:
                errs.append(f"{rid}: unused value group {typ}")
                continue
            joined = " ".join(gtexts[gid])
            e = validate(typ, canon, joined, partial)
            if e:
                errs.append(f"{rid}: {e}")
    npos = sum(r["kind"] == "positive" for r in records)
    nneg = len(records) - npos
    if npos < MIN_POS or nneg < MIN_NEG:
        errs.append(f"too few cases pos={npos} neg={nneg}")
    cnt = counts(records)
    for t in TYPES:
        if cnt[t] < MIN_SPANS[t]:
            errs.append(f"too few {t} spans: {cnt[t]} < {MIN_SPANS[t]}")
    return errs


def main(argv):
    records, meta = generate()
    if "--check" in argv:
        errs = check(records, meta)
    else:
        OUT_DIR.mkdir(parents=True, exist_ok=True)
        CASES.write_text(dump(records), encoding="utf-8")
        README.write_text(readme(records), encoding="utf-8")
        errs = []
    cnt = counts(records)
    npos = sum(r["kind"] == "positive" for r in records)
    ncall = sum(r["note"].startswith("call/") for r in records if r["kind"] == "positive")
    print(f"positives={npos} (calls={ncall}) negatives={len(records) - npos} spans={sum(cnt.values())}")
    for t in TYPES:
        print(f"  {t:13s} {cnt[t]}")
    if errs:
        for e in errs[:60]:
            print("ERROR:", e)
        print(f"{len(errs)} problem(s)")
        return 1
    print("check OK" if "--check" in argv else f"wrote {CASES.relative_to(ROOT)} and {README.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

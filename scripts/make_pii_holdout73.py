#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set ``pii_holdout73``.

Written by an AI helper acting as an independent author, without access to
the redaction code or its tests.  Standard library only.

    python scripts/make_pii_holdout73.py          # write fixture + README
    python scripts/make_pii_holdout73.py --check  # regenerate and verify

Every turn is assembled from plain-text segments and labelled segments
(text, TYPE, key); offsets are computed, never typed by hand.  All random
values come from one ``random.Random(73281123)``.
"""
from __future__ import annotations

import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

SEED = 73281123
ROOT = Path(__file__).resolve().parents[1]
OUT_DIR = ROOT / "tests" / "fixtures" / "pii_holdout73"
CASES = OUT_DIR / "cases.jsonl"
README = OUT_DIR / "README.md"
PREFIX = "h73"

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven",
         "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
         "sixteen", "seventeen", "eighteen", "nineteen"]
TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty",
        7: "seventy", 8: "eighty", 9: "ninety"}
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo",
        "f": "foxtrot", "g": "golf", "h": "hotel", "i": "india", "j": "juliet",
        "k": "kilo", "l": "lima", "m": "mike", "n": "november", "o": "oscar",
        "p": "papa", "q": "quebec", "r": "romeo", "s": "sierra", "t": "tango",
        "u": "uniform", "v": "victor", "w": "whiskey", "x": "xray",
        "y": "yankee", "z": "zulu"}
HOMO = {"two": "to", "four": "for", "eight": "ate", "one": "won"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july",
          "august", "september", "october", "november", "december"]
ORD = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh",
       "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth",
       "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth",
       "nineteenth", "twentieth", "twenty first", "twenty second",
       "twenty third", "twenty fourth", "twenty fifth", "twenty sixth",
       "twenty seventh", "twenty eighth"]

rng = random.Random(SEED)


def R(seq):
    return rng.choice(seq)


# ---------------------------------------------------------------- values
def luhn_ok(s: str) -> bool:
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def luhn_complete(prefix: str, length: int) -> str:
    body = prefix + "".join(str(rng.randrange(10)) for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def gen_card(kind=None):
    kind = kind or R(["visa", "visa", "mc", "mc", "amex", "disc", "mc2", "visa13", "visa19"])
    if kind == "visa":
        return luhn_complete("4" + str(rng.randrange(10)), 16)
    if kind == "visa13":
        return luhn_complete("4", 13)
    if kind == "visa19":
        return luhn_complete("4", 19)
    if kind == "mc":
        return luhn_complete(str(rng.randint(51, 55)), 16)
    if kind == "mc2":
        return luhn_complete(str(rng.randint(2221, 2720)), 16)
    if kind == "amex":
        return luhn_complete(R(["34", "37"]), 15)
    return luhn_complete("6011", 16)


def gen_ssn():
    a = rng.randint(1, 665)
    while a == 666:
        a = rng.randint(1, 665)
    return "%03d%02d%04d" % (a, rng.randint(1, 99), rng.randint(1, 9999))


NI_FIRST = "ABCEGHJKLMNPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def gen_ni():
    while True:
        p = R(NI_FIRST) + R(NI_SECOND)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + "".join(str(rng.randrange(10)) for _ in range(6)) + R("ABCD")


def digits(n, first_nonzero=False):
    s = "".join(str(rng.randrange(10)) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = str(rng.randint(1, 9)) + s[1:]
    return s


def iban_check(country, bban):
    rearr = bban + country + "00"
    num = "".join(str(int(ch, 36)) for ch in rearr)
    return "%02d" % (98 - int(num) % 97)


def iban_ok(iban):
    s = iban.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    rearr = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in rearr)) % 97 == 1


def gen_iban(country=None):
    country = country or R(["GB", "GB", "IE", "DE", "NL", "ES", "FR"])
    if country == "GB":
        bban = R(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + digits(6) + digits(8)
    elif country == "IE":
        bban = R(["AIBK", "BOFI", "IPBS"]) + digits(6) + digits(8)
    elif country == "DE":
        bban = digits(18)
    elif country == "NL":
        bban = R(["ABNA", "INGB", "RABO"]) + digits(10)
    elif country == "ES":
        bban = digits(20)
    else:
        bban = digits(10) + digits(11) + digits(2)
    return country + iban_check(country, bban) + bban


def group(s, n=4):
    return " ".join(s[i:i + n] for i in range(0, len(s), n))


UK_AREAS = ["SW", "SE", "N", "E", "W", "M", "B", "LS", "EH", "G", "CF", "BS",
            "NE", "L", "BT", "CB", "OX", "RG", "PL", "DN", "S", "NG", "KY"]
INWARD = "ABDEFGHJLNPQRSTUWXYZ"


def gen_uk_postcode():
    a = R(UK_AREAS)
    d = str(rng.randint(1, 20)) if len(a) == 1 or rng.random() < 0.7 else str(rng.randint(1, 9))
    return "%s%s %d%s%s" % (a, d, rng.randint(0, 9), R(INWARD), R(INWARD))


def gen_zip(plus4=False):
    z = "%05d" % rng.randint(1001, 99950)
    return z + ("-" + digits(4) if plus4 else "")


def uk_mobile():
    return "07" + R(["7", "8", "9", "4"]) + digits(8)


def uk_land():
    return R(["020", "0161", "0113", "0121", "0131", "0141", "0117", "029"]) + digits(7 if True else 8)


def us_phone():
    return str(rng.randint(2, 9)) + digits(2) + str(rng.randint(2, 9)) + digits(6)


def ie_mobile():
    return "08" + R("35679") + digits(7)


FIRST = ["james", "sarah", "mohammed", "aoife", "liam", "priya", "tom", "grace",
         "daniel", "chloe", "niamh", "oliver", "fatima", "ryan", "megan", "ciaran",
         "emily", "marcus", "hannah", "jake", "sophie", "kwame", "lucy", "pete",
         "rachel", "connor", "amy", "raj", "zoe", "sean"]
LAST = ["smith", "okafor", "murphy", "patel", "jones", "kelly", "brown", "walsh",
        "nguyen", "taylor", "obrien", "wilson", "khan", "davies", "garcia",
        "byrne", "evans", "clarke", "hughes", "novak", "morgan", "lee"]
DOMAINS = ["gmail.com", "hotmail.co.uk", "yahoo.com", "outlook.com", "icloud.com",
           "btinternet.com", "eircom.net", "aol.com", "live.ie", "protonmail.com"]
STREETS = ["elm road", "church street", "victoria avenue", "mill lane", "park drive",
           "station road", "maple court", "high street", "kingsway", "oak close",
           "main street", "orchard way", "cedar lane", "west terrace", "hillside crescent",
           "queens road", "willow grove", "bridge street", "lincoln boulevard",
           "sunset drive", "pine street", "harbour view", "abbey road", "chestnut place"]
TOWNS_UK = ["leeds", "bristol", "manchester", "cardiff", "glasgow", "reading", "norwich"]
TOWNS_US = ["denver", "austin", "columbus", "tampa", "portland", "raleigh"]


def gen_email(style=None):
    f, l = R(FIRST), R(LAST)
    style = style or rng.randrange(6)
    if style == 0:
        user = f + "." + l
    elif style == 1:
        user = f[0] + l + str(rng.randint(1, 99))
    elif style == 2:
        user = f + "_" + l
    elif style == 3:
        user = l + f[0] + str(rng.randint(70, 99))
    elif style == 4:
        user = f + "-" + l
    else:
        user = f + str(rng.randint(1980, 2005))
    return user + "@" + R(DOMAINS)


def speak_email(e):
    user, dom = e.split("@")
    out = []
    for part in re.findall(r"[a-z]+|\d+|[._\-]", user):
        if part.isalpha() and part not in FIRST and part[1:] in LAST:
            part = part[0] + " " + part[1:]
        elif part.isalpha() and part not in FIRST and part[:-1] in LAST:
            part = part[:-1] + " " + part[-1]
        if part == ".":
            out.append("dot")
        elif part == "_":
            out.append("underscore")
        elif part == "-":
            out.append(R(["dash", "hyphen"]))
        elif part.isdigit():
            out.append(say(part, "pairs" if len(part) in (2, 4) else "single"))
        elif len(part) == 1:
            out.append(part)
        else:
            out.append(part)
    out.append("at")
    out.append(" dot ".join(dom.split(".")))
    return " ".join(out)


# ---------------------------------------------------------------- speech
def zero_word(z=None):
    return z or R(["zero", "oh", "oh", "o", "nought"])


def say(ds, style="single", z=None, homo=0.0):
    """Spell a digit string as an ASR transcript would write it."""
    z = z or zero_word()
    words = []
    if style == "single":
        for d in ds:
            w = z if d == "0" else UNITS[int(d)]
            if homo and w in HOMO and rng.random() < homo:
                w = HOMO[w]
            words.append(w)
    elif style == "mixed":
        i = 0
        while i < len(ds):
            j = i
            while j < len(ds) and ds[j] == ds[i]:
                j += 1
            run = j - i
            w = z if ds[i] == "0" else UNITS[int(ds[i])]
            while run > 0:
                if run >= 3 and rng.random() < 0.7:
                    words.append("triple " + w)
                    run -= 3
                elif run >= 2:
                    words.append("double " + w)
                    run -= 2
                else:
                    words.append(w)
                    run -= 1
            i = j
    elif style == "pairs":
        s = ds
        if len(s) % 2:
            words.append(z if s[0] == "0" else UNITS[int(s[0])])
            s = s[1:]
        for i in range(0, len(s), 2):
            a, b = int(s[i]), int(s[i + 1])
            if a == 0 and b == 0:
                words.append(R(["double " + z, z + " " + z]))
            elif a == 0:
                words.append(z + " " + UNITS[b])
            elif a == 1:
                words.append(TEENS[b])
            elif b == 0:
                words.append(TENS[a])
            else:
                words.append(TENS[a] + " " + UNITS[b])
    else:
        raise ValueError(style)
    return " ".join(words)


def num_words(n):
    """Cardinal number words as an ASR writes amounts: 'nine hundred and forty two'."""
    if n < 10:
        return UNITS[n]
    if n < 20:
        return TEENS[n - 10]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else " " + UNITS[n % 10])
    if n < 1000:
        return UNITS[n // 100] + " hundred" + ("" if n % 100 == 0 else " and " + num_words(n % 100))
    return num_words(n // 1000) + " thousand" + ("" if n % 1000 == 0 else
                                                 (" and " if n % 1000 < 100 else " ") + num_words(n % 1000))


def say_letter(ch, nato=0.0):
    ch = ch.lower()
    if rng.random() < nato:
        return "%s for %s" % (ch, NATO[ch])
    return ch


def say_year(y):
    y = int(y)
    if 2000 <= y < 2010:
        return "two thousand and " + UNITS[y - 2000] if y > 2000 else "two thousand"
    return say(str(y), "pairs", z="oh")


# ---------------------------------------------------------------- normaliser
FILLER = {"um", "uh", "er", "erm", "sorry", "hmm", "so", "like", "yeah", "ok",
          "okay", "then", "and", "plus"}
WORD2D = {w: str(i) for i, w in enumerate(UNITS)}
WORD2D.update({"oh": "0", "o": "0", "nought": "0", "to": "2", "too": "2",
               "for": "4", "ate": "8", "won": "1"})


def norm_spoken(text):
    """Turn a spoken/typed value into a compact upper-case string."""
    toks = [t for t in re.split(r"[^a-z0-9]+", text.lower()) if t]
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if len(t) == 1 and t.isalpha() and nxt == "for" and i + 2 < len(toks) \
                and toks[i + 2] == NATO.get(t):
            out.append(t.upper())
            i += 3
            continue
        if t in ("double", "triple") and nxt in WORD2D:
            out.append(WORD2D[nxt] * (2 if t == "double" else 3))
            i += 2
            continue
        if t in TENS.values():
            tv = [k for k, v in TENS.items() if v == t][0]
            if nxt in UNITS[1:]:
                out.append(str(tv) + WORD2D[nxt])
                i += 2
            else:
                out.append(str(tv) + "0")
                i += 1
            continue
        if t in TEENS:
            out.append(str(10 + TEENS.index(t)))
            i += 1
            continue
        if t in WORD2D:
            if nxt == "hundred":
                out.append(WORD2D[t] + "00")
                i += 2
            else:
                out.append(WORD2D[t])
                i += 1
            continue
        if t in FILLER:
            i += 1
            continue
        if t.isdigit() or (len(t) == 1 and t.isalpha()) or re.fullmatch(r"[a-z0-9]+", t):
            out.append(t.upper())
            i += 1
            continue
        raise ValueError("cannot normalise token %r in %r" % (t, text))
    return "".join(out)


NUMWORDS = set(UNITS) | set(TEENS) | set(TENS.values()) | {"oh", "double", "triple"}


def norm_email(text):
    t = text.lower()
    if "@" in t:
        return t
    user, dom = t.rsplit(" at ", 1)
    out, run = [], []
    for tok in user.split() + [None]:
        if tok in NUMWORDS:
            run.append(tok)
            continue
        if run:
            out.append(norm_spoken(" ".join(run)))
            run = []
        if tok is None:
            break
        out.append({"dot": ".", "underscore": "_", "dash": "-", "hyphen": "-"}.get(tok, tok))
    return "".join(out) + "@" + dom.replace(" dot ", ".").replace(" ", "")


UK_PC = re.compile(r"^[A-Z]{1,2}[0-9][0-9A-Z]?[0-9][A-Z]{2}$")


def validate_value(typ, text, canon):
    """Return an error string or None."""
    if typ == "EMAIL":
        if not re.fullmatch(r"[a-z0-9._\-]+@[a-z0-9\-]+(\.[a-z0-9\-]+)+", canon):
            return "bad email canon"
        got = norm_email(text)
        if got != canon:
            return "email mismatch %r vs %r" % (got, canon)
        return None
    if typ == "ADDRESS":
        low = text.lower()
        if not re.search(r"\b(road|street|avenue|lane|drive|court|kingsway|close|way|terrace|crescent|grove|boulevard|view|place|rd|st|ave|blvd|dr|ln)\b", low):
            return "address without street word"
        if not re.search(r"\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|[a-z]+teen)\b", low):
            return "address without number"
        return None
    if typ == "DOB":
        low = text.lower()
        if not (re.search(r"\d", low) or any(m in low for m in MONTHS)
                or re.search(r"\b(nineteen|twenty|two thousand)\b", low)):
            return "dob without date"
        return None
    if typ == "EXPIRY":
        low = text.lower()
        if any(m in low for m in MONTHS):
            return None
        d = norm_spoken(text)
        if not re.fullmatch(r"\d{3,6}", d):
            return "expiry not digits %r" % d
        m = int(d[:2]) if len(d) in (4, 6) else int(d[0])
        if not 1 <= m <= 12:
            return "expiry month %r" % d
        return None
    got = norm_spoken(text)
    c = canon.replace(" ", "").replace("-", "").upper()
    if got.replace("O", "0") != c.replace("O", "0"):
        return "normalised %r != canon %r" % (got, c)
    if typ == "CARD_NUMBER":
        return None if (c.isdigit() and 13 <= len(c) <= 19 and luhn_ok(c)) else "bad card"
    if typ == "CVV":
        return None if re.fullmatch(r"\d{3,4}", c) else "bad cvv"
    if typ == "SSN":
        return None if re.fullmatch(r"\d{9}", c) else "bad ssn"
    if typ == "NI_NUMBER":
        return None if re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", c) else "bad ni"
    if typ == "BANK_ACCOUNT":
        return None if re.fullmatch(r"\d{6,17}", c) else "bad account"
    if typ == "SORT_CODE":
        return None if re.fullmatch(r"\d{6}", c) else "bad sort code"
    if typ == "IBAN":
        return None if iban_ok(c) else "bad iban"
    if typ == "PHONE":
        return None if re.fullmatch(r"\d{10,13}", c.replace("+", "")) else "bad phone"
    if typ == "POSTCODE":
        if UK_PC.match(c) or re.fullmatch(r"\d{5}(\d{4})?", c):
            return None
        return "bad postcode %r" % c
    return "unknown type"


# ---------------------------------------------------------------- case builder
class Case:
    def __init__(self, kind, note):
        self.kind = kind
        self.note = note
        self.turns = []  # (speaker, [segments])
        self.vals = {}  # key -> (type, canon)

    def t(self, spk, *segs):
        self.turns.append((spk, list(segs)))
        return self

    def a(self, *segs):
        return self.t("agent", *segs)

    def c(self, *segs):
        return self.t("customer", *segs)

    def val(self, key, typ, canon):
        self.vals[key] = (typ, canon)


def V(text, typ, key):
    return (text, typ, key)


def render(case, cid):
    turns, spans = [], []
    for ti, (spk, segs) in enumerate(case.turns):
        buf = ""
        for s in segs:
            if isinstance(s, tuple):
                text, typ, key = s
                spans.append({"turn": ti, "start": len(buf), "end": len(buf) + len(text),
                              "type": typ, "_key": key})
                buf += text
            else:
                buf += s
        turns.append({"speaker": spk, "text": buf})
    return {"id": cid, "kind": case.kind, "turns": turns, "spans": spans,
            "note": case.note}


# ================================================================ positives
POS = []
NEG = []


def pos(fn):
    POS.append(fn)
    return fn


def neg(fn):
    NEG.append(fn)
    return fn


def key():
    key.n += 1
    return "k%d" % key.n


key.n = 0


def labelled(case, typ, canon, text):
    k = key()
    case.val(k, typ, canon)
    return V(text, typ, k)


def multi(case, typ, canon, parts):
    """Several segments belonging to one value (split across turns)."""
    k = key()
    case.val(k, typ, canon)
    return [V(p, typ, k) for p in parts]


INDUSTRIES_CALL = ["banking", "telecom", "utilities", "retail", "insurance", "travel",
                   "healthcare billing", "government services"]


def card_chat_fmt(cn):
    if len(cn) == 15:
        fm = R(["465", "plain"])
        if fm == "465":
            return R([" ", "-"]).join([cn[:4], cn[4:10], cn[10:]])
        return cn
    fm = R(["space4", "dash4", "plain", "dot4", "odd"])
    if fm == "space4":
        return group(cn)
    if fm == "dash4":
        return "-".join(cn[i:i + 4] for i in range(0, len(cn), 4))
    if fm == "dot4":
        return ".".join(cn[i:i + 4] for i in range(0, len(cn), 4))
    if fm == "odd":
        return cn[:4] + " " + cn[4:8] + cn[8:12] + " " + cn[12:]
    return cn


# --- card: chat
@pos
def p_card_chat():
    c = Case("positive", "")
    cn = gen_card()
    ind = R(["retail", "telecom", "travel", "utilities"])
    txt = card_chat_fmt(cn)
    v = R(["cvv", "exp", "none"])
    lead = R(["Card number is ", "card no: ", "heres the card ", "Pay with this one pls - ",
              "its ", "CARD: ", "ok the long number is "])
    segs = [lead, labelled(c, "CARD_NUMBER", cn, txt)]
    what = "card typed as %r" % ("grouped" if " " in txt or "-" in txt or "." in txt else "one block")
    if v == "cvv":
        cv = digits(4 if len(cn) == 15 else 3)
        segs += [R([" and cvv ", " , security code ", " cvc: ", " / 3 digits on back "]),
                 labelled(c, "CVV", cv, cv)]
        what += " + cvv"
    elif v == "exp":
        m, y = rng.randint(1, 12), rng.randint(25, 31)
        e = R(["%02d/%02d" % (m, y), "%02d-%d" % (m, 2000 + y), "%02d/%d" % (m, 2000 + y), "%d/%02d" % (m, y)])
        segs += [R([" exp ", " expiry ", " expires ", ", valid thru "]), labelled(c, "EXPIRY", e, e)]
        what += " + expiry"
    c.a(R(["Sure, I can take a payment for the outstanding £%d.%02d. What card would you like to use?" % (rng.randint(10, 400), rng.randint(0, 99)),
           "Please provide the card you'd like to use for the booking.",
           "No problem, what card should we charge?"]))
    c.c(*segs)
    c.note = "chat/%s: %s" % (ind, what)
    return c


# --- card: call digit by digit or pairs in one turn
@pos
def p_card_call_one():
    c = Case("positive", "")
    cn = gen_card(R(["visa", "mc", "mc2", "disc", "amex"]))
    style = R(["single", "pairs", "mixed"])
    z = zero_word()
    if style == "pairs":
        # speak each group of four as pairs
        grp = [cn[i:i + 4] for i in range(0, len(cn), 4)]
        spoken = " ".join(say(g, "pairs", z) for g in grp)
    else:
        spoken = say(cn, style, z)
    c.a(R(["and the long number across the front of the card", "okay whenever you're ready the card number please",
           "can i take the sixteen digit number on the card"]))
    c.c(R(["yeah it's ", "right okay it's ", "uh ", "so that's "]), labelled(c, "CARD_NUMBER", cn, spoken),
        R(["", " yeah", " and that's it"]))
    c.note = "call/%s: card read in one turn, style=%s, zero as %r" % (R(INDUSTRIES_CALL), style, z)
    return c


# --- card split across turns with back-channels
@pos
def p_card_split():
    c = Case("positive", "")
    cn = gen_card(R(["visa", "mc", "mc2", "disc"]))
    z = zero_word()
    parts = []
    for i in range(0, 16, 4):
        g = cn[i:i + 4]
        st = R(["single", "single", "pairs", "mixed"])
        parts.append(say(g, st, z))
    k = multi(c, "CARD_NUMBER", cn, parts)
    c.a("okay go ahead with the card number")
    c.c(R(["it's ", "right ", "okay ", ""]), k[0])
    c.a(R(["mhm", "yep", "okay go on", "uh huh"]))
    c.c(k[1], R(["", " um"]))
    c.a(R(["yeah", "mhm", "got that"]))
    c.c(k[2])
    c.a(R(["and the last four", "okay", "yep last four"]))
    c.c(R(["", "and "]), k[3])
    if rng.random() < 0.5:
        c.a("lovely and the expiry date")
        m, y = rng.randint(1, 12), rng.randint(25, 31)
        ex = say("%02d" % m, "pairs", z) + " " + say(str(y), "pairs", z)
        c.c(labelled(c, "EXPIRY", "%02d%02d" % (m, y), ex))
    c.note = "call/%s: card split over four customer turns with back-channels" % R(INDUSTRIES_CALL)
    return c


# --- card with agent read-back and self-correction
@pos
def p_card_readback():
    c = Case("positive", "")
    cn = gen_card(R(["visa", "mc"]))
    z = zero_word()
    wrong = cn[:4]
    wrong_sp = say(wrong[:3] + str((int(wrong[3]) + 1) % 10), "single", z)
    frag = labelled(c, "CARD_NUMBER", "x", wrong_sp)
    c.a("can i take the card number please")
    c.c(frag, R([" no sorry hang on ", " wait no that's wrong ", " actually no let me start again "]),
        labelled(c, "CARD_NUMBER", cn, say(cn, R(["single", "mixed"]), z)))
    c.a("okay so i have ", labelled(c, "CARD_NUMBER", cn, say(cn, "single", z)), " is that right")
    c.c("yes that's it")
    c.note = "call/%s: self-correction then agent reads the full card back" % R(INDUSTRIES_CALL)
    return c


# --- card homophones
@pos
def p_card_homo():
    c = Case("positive", "")
    cn = gen_card("visa")
    while not any(ch in "1248" for ch in cn):
        cn = gen_card("visa")
    spoken = say(cn, "single", homo=0.6)
    c.a("what's the card number on the front")
    c.c("it's ", labelled(c, "CARD_NUMBER", cn, spoken))
    c.c(R(["", "sorry the line's bad"]) or "")
    c.turns = [t for t in c.turns if not (t[1] == [""])]
    c.note = "call/%s: card with ASR homophones (to/for/ate/won)" % R(INDUSTRIES_CALL)
    return c


# --- cvv / expiry call
@pos
def p_cvv_exp_call():
    c = Case("positive", "")
    z = zero_word()
    cv = digits(3)
    m, y = rng.randint(1, 12), rng.randint(25, 31)
    ex_style = R(["pairs", "month", "single"])
    if ex_style == "pairs":
        ex = say("%02d" % m, "pairs", z) + " " + say(str(y), "pairs", z)
    elif ex_style == "month":
        ex = MONTHS[m - 1] + " " + R(["twenty ", "twenty "]) + say(str(2000 + y)[2:], "pairs", z) if False else MONTHS[m - 1] + " twenty " + say(str(y), "pairs", z)
    else:
        ex = say("%d" % m, "single", z) + " " + say(str(y), "pairs", z)
    c.a("and the expiry date on the card")
    c.c(R(["it's ", "expires ", "uh ", ""]), labelled(c, "EXPIRY", "%02d20%02d" % (m, y) if ex_style == "month" else ("%02d%02d" % (m, y)), ex))
    c.a("and the three digit security code on the back")
    c.c(R(["", "that's ", "it's "]), labelled(c, "CVV", cv, say(cv, R(["single", "mixed"]), z)))
    c.note = "call/%s: expiry (%s) and cvv in separate turns" % (R(INDUSTRIES_CALL), ex_style)
    return c


@pos
def p_cvv_chat():
    c = Case("positive", "")
    cv = digits(R([3, 3, 4]))
    m, y = rng.randint(1, 12), rng.randint(25, 31)
    e = R(["%02d/%02d" % (m, y), "%02d%02d" % (m, y), "%02d / %02d" % (m, y)])
    c.a("To complete the payment I'll need the expiry date and the security code.")
    c.c(R(["exp ", "expiry is ", ""]), labelled(c, "EXPIRY", e, e), R([" and the code is ", ", cvv ", " csc="]),
        labelled(c, "CVV", cv, cv), R(["", " thx", " :)"]))
    c.note = "chat/%s: expiry and %d-digit security code in one message" % (R(["retail", "travel", "telecom"]), len(cv))
    return c


# --- SSN
@pos
def p_ssn_chat():
    c = Case("positive", "")
    s = gen_ssn()
    txt = R(["%s-%s-%s" % (s[:3], s[3:5], s[5:]), "%s %s %s" % (s[:3], s[3:5], s[5:]), s,
             "%s.%s.%s" % (s[:3], s[3:5], s[5:])])
    c.a(R(["To verify your identity, please provide your Social Security number.",
           "For the tax form I need the SSN of the primary policyholder."]))
    c.c(R(["ssn: ", "its ", "Sure - ", "my social is "]), labelled(c, "SSN", s, txt),
        R(["", " (primary)", ". thanks"]))
    c.note = "chat/%s: US SSN typed as %r form" % (R(["banking", "insurance", "healthcare billing", "government services"]),
                                                    "dashed" if "-" in txt else ("dotted" if "." in txt else "spaced/plain"))
    return c


@pos
def p_ssn_call():
    c = Case("positive", "")
    s = gen_ssn()
    z = R(["zero", "oh"])
    form = R(["single", "mixed", "groups", "split"])
    c.a(R(["and can i get your social security number", "i'll need the social to pull up the account",
           "can you verify your social for me"]))
    if form == "split":
        parts = [say(s[:3], "single", z), say(s[3:5], R(["single", "pairs"]), z), say(s[5:], R(["single", "pairs"]), z)]
        k = multi(c, "SSN", s, parts)
        c.c("sure it's ", k[0])
        c.a(R(["mhm", "okay"]))
        c.c(k[1])
        c.a(R(["uh huh", "go ahead"]))
        c.c(k[2])
    elif form == "groups":
        sp = say(s[:3], "single", z) + R([" ", " uh "]) + say(s[3:5], "pairs", z) + " " + say(s[5:], "pairs", z)
        c.c("yeah ", labelled(c, "SSN", s, sp))
    else:
        c.c(R(["yeah it's ", "okay ", "sure "]), labelled(c, "SSN", s, say(s, form, z)))
    if rng.random() < 0.4:
        c.a("thank you i have ", labelled(c, "SSN", s, say(s, "single", z)), " correct")
        c.c("correct")
    c.note = "call/%s: US SSN spoken (%s)" % (R(["banking", "insurance", "healthcare billing", "government services", "telecom"]), form)
    return c


@pos
def p_ssn_last_mixed():
    c = Case("positive", "")
    s = gen_ssn()
    dob_y = rng.randint(1950, 2002)
    c.a("i can help with that. can i have your date of birth and social security number")
    mo = rng.randint(1, 12)
    d = rng.randint(1, 28)
    dob = "%s %s %s" % (MONTHS[mo - 1], ORD[d - 1], say_year(dob_y))
    c.c("date of birth is ", labelled(c, "DOB", dob, dob), " and my social is ",
        labelled(c, "SSN", s, say(s, R(["single", "mixed"]), "zero")))
    c.note = "call/%s: DOB and SSN in the same turn" % R(["healthcare billing", "insurance", "banking"])
    return c


# --- NI number
def ni_text_chat(n):
    f = R(["plain", "spaced", "lower", "pairs_space", "dash"])
    if f == "plain":
        return n
    if f == "spaced":
        return "%s %s %s %s %s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8])
    if f == "lower":
        return n.lower()
    if f == "pairs_space":
        return "%s %s %s" % (n[:2], n[2:8], n[8])
    return "%s-%s-%s-%s-%s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8])


@pos
def p_ni_chat():
    c = Case("positive", "")
    n = gen_ni()
    t = ni_text_chat(n)
    c.a(R(["Could you confirm your National Insurance number please?",
           "Thanks. What's your NI number so I can find your claim?"]))
    c.c(R(["", "yes it's ", "NI no. ", "its "]), labelled(c, "NI_NUMBER", n, t),
        R(["", " thanks", " - that's the one on my payslip"]))
    c.note = "chat/%s: UK NI number typed %r" % (R(["government services", "banking", "insurance"]), t)
    return c


def say_ni(n, nato=0.3, z=None):
    z = z or R(["zero", "oh", "nought"])
    letters = " ".join(say_letter(ch, nato) for ch in n[:2])
    dg = n[2:8]
    style = R(["single", "pairs", "mixed"])
    mid = say(dg, style, z)
    return letters, mid, say_letter(n[8], nato)


@pos
def p_ni_call():
    c = Case("positive", "")
    n = gen_ni()
    l1, mid, l2 = say_ni(n, nato=R([0, 0.5, 1.0]))
    c.a(R(["and your national insurance number please", "can you give me your n i number",
           "can i take your national insurance"]))
    if rng.random() < 0.5:
        c.c(R(["yep it's ", "uh ", "yeah "]), labelled(c, "NI_NUMBER", n, l1 + " " + mid + " " + l2))
        what = "one turn"
    else:
        k = multi(c, "NI_NUMBER", n, [l1, mid, l2])
        c.c("it's ", k[0])
        c.a(R(["okay", "mhm"]))
        c.c(k[1])
        c.a(R(["and the last letter", "and the letter at the end"]))
        c.c(k[2])
        what = "split letters/digits/suffix over three turns"
    c.note = "call/%s: NI number spoken, %s" % (R(["government services", "banking", "insurance", "utilities"]), what)
    return c


@pos
def p_ni_readback():
    c = Case("positive", "")
    n = gen_ni()
    l1, mid, l2 = say_ni(n, nato=0)
    c.a("what's your national insurance number")
    c.c(labelled(c, "NI_NUMBER", n, l1 + " " + mid + " " + l2))
    l1b, midb, l2b = say_ni(n, nato=1.0)
    c.a("let me read that back ", labelled(c, "NI_NUMBER", n, l1b + " " + midb + " " + l2b), " yeah")
    c.c("that's right")
    c.note = "call/government services: NI number and agent read-back with phonetic alphabet"
    return c


# --- bank account & sort code
def sc_chat(sc):
    return R(["%s-%s-%s" % (sc[:2], sc[2:4], sc[4:]), sc, "%s %s %s" % (sc[:2], sc[2:4], sc[4:])])


@pos
def p_bank_chat():
    c = Case("positive", "")
    sc = digits(6)
    acc = digits(8)
    c.a("To set up the direct debit I'll need your sort code and account number.")
    c.c(R(["sort code ", "SC: ", "Sort "]), labelled(c, "SORT_CODE", sc, sc_chat(sc)), R([" acc ", " account no ", ", a/c "]),
        labelled(c, "BANK_ACCOUNT", acc, R([acc, acc[:4] + " " + acc[4:]])))
    c.note = "chat/%s: UK sort code and 8-digit account number in one message" % R(["utilities", "telecom", "insurance"])
    return c


@pos
def p_bank_call():
    c = Case("positive", "")
    sc = digits(6)
    acc = digits(8)
    z = R(["oh", "zero", "nought"])
    c.a("okay and the sort code")
    scs = R(["pairs", "single"])
    c.c(R(["it's ", "uh ", ""]), labelled(c, "SORT_CODE", sc, say(sc, scs, z)))
    c.a(R(["lovely and the account number", "and the eight digit account number"]))
    if rng.random() < 0.5:
        k = multi(c, "BANK_ACCOUNT", acc, [say(acc[:4], "single", z), say(acc[4:], R(["single", "pairs"]), z)])
        c.c(k[0])
        c.a("mhm")
        c.c(k[1])
    else:
        c.c(labelled(c, "BANK_ACCOUNT", acc, say(acc, R(["single", "mixed"]), z)))
    c.note = "call/%s: sort code (%s) then account number" % (R(["banking", "utilities", "insurance"]), scs)
    return c


@pos
def p_us_account():
    c = Case("positive", "")
    acc = digits(rng.randint(9, 12), first_nonzero=True)
    z = R(["zero", "oh"])
    if rng.random() < 0.5:
        c.a("Please enter the checking account number for the refund.")
        c.c(R(["acct # ", "account number: ", "checking "]), labelled(c, "BANK_ACCOUNT", acc, acc))
        ch = "chat"
    else:
        c.a("and what's the checking account number")
        c.c("okay that's ", labelled(c, "BANK_ACCOUNT", acc, say(acc, R(["single", "mixed"]), z)))
        ch = "call"
    c.note = "%s/banking: US %d-digit checking account number" % (ch, len(acc))
    return c


# --- IBAN
@pos
def p_iban_chat():
    c = Case("positive", "")
    ib = gen_iban()
    t = R([group(ib), ib, group(ib).lower()])
    c.a(R(["For the refund, please send the IBAN of the receiving account.",
           "Can you share your IBAN so we can pay the claim?"]))
    c.c(R(["IBAN: ", "sure its ", "", "here: "]), labelled(c, "IBAN", ib, t), R(["", " (joint account)", " cheers"]))
    c.note = "chat/%s: %s IBAN typed %s" % (R(["travel", "insurance", "retail", "banking"]), ib[:2],
                                          "grouped" if " " in t else "unbroken")
    return c


@pos
def p_iban_call():
    c = Case("positive", "")
    ib = gen_iban(R(["GB", "IE", "DE", "NL"]))
    z = R(["zero", "oh"])
    parts = []
    for i in range(0, len(ib), 4):
        g = ib[i:i + 4]
        words = []
        j = 0
        while j < len(g):
            ch = g[j]
            if ch.isalpha():
                words.append(say_letter(ch, 0.3))
            else:
                words.append(z if ch == "0" else UNITS[int(ch)])
            j += 1
        parts.append(" ".join(words))
    c.a("okay can you read me the iban")
    if rng.random() < 0.5:
        c.c("yeah it's ", labelled(c, "IBAN", ib, " ".join(parts)))
        what = "one turn"
    else:
        half = len(parts) // 2
        k = multi(c, "IBAN", ib, [" ".join(parts[:half]), " ".join(parts[half:])])
        c.c(k[0])
        c.a(R(["mhm go on", "okay"]))
        c.c(k[1])
        what = "two turns"
    c.note = "call/%s: %s IBAN spelled out, %s" % (R(["banking", "travel", "insurance"]), ib[:2], what)
    return c


# --- phone
def phone_chat(p, kind):
    if kind == "uk":
        return R([p, p[:5] + " " + p[5:], "+44 " + p[1:5] + " " + p[5:], "+44" + p[1:], "(0)" + p[1:]]) if False else \
            R([p, p[:5] + " " + p[5:], "+44 " + p[1:5] + " " + p[5:], "+44" + p[1:]])
    if kind == "us":
        return R(["(%s) %s-%s" % (p[:3], p[3:6], p[6:]), "%s-%s-%s" % (p[:3], p[3:6], p[6:]),
                  "%s.%s.%s" % (p[:3], p[3:6], p[6:]), "+1 %s %s %s" % (p[:3], p[3:6], p[6:])])
    return R([p, "%s %s %s" % (p[:3], p[3:6], p[6:]), "+353 %s %s %s" % (p[1:3], p[3:6], p[6:])])


@pos
def p_phone_chat():
    c = Case("positive", "")
    kind = R(["uk", "us", "ie"])
    p = {"uk": uk_mobile, "us": us_phone, "ie": ie_mobile}[kind]()
    t = phone_chat(p, kind)
    canon = p if not t.startswith("+") else ({"uk": "44" + p[1:], "us": "1" + p, "ie": "353" + p[1:]}[kind])
    c.a(R(["What's the best number to reach you on?", "Can you confirm the mobile number on the account?"]))
    c.c(R(["", "it's ", "call me on ", "mob: "]), labelled(c, "PHONE", canon, t),
        R(["", " after 5pm", " any time before 6", " thx"]))
    c.note = "chat/%s: %s phone number typed %r" % (R(["telecom", "retail", "utilities", "travel"]), kind, t)
    return c


@pos
def p_phone_call():
    c = Case("positive", "")
    kind = R(["uk", "uk_land", "us", "ie"])
    p = {"uk": uk_mobile, "uk_land": uk_land, "us": us_phone, "ie": ie_mobile}[kind]()
    z = "zero" if kind == "us" else R(["oh", "o", "oh"])
    c.a(R(["and a contact number", "what's the best number to call you back on", "and the phone number on the account"]))
    form = R(["mixed", "single", "split"])
    if form == "split":
        cut = 5 if kind.startswith("uk") else 3
        k = multi(c, "PHONE", p, [say(p[:cut], "mixed", z), say(p[cut:], R(["mixed", "single"]), z)])
        c.c(R(["it's ", "yeah it's "]), k[0])
        c.a(R(["yep", "mhm"]))
        c.c(k[1])
    else:
        c.c(R(["it's ", "yeah ", "you can get me on "]), labelled(c, "PHONE", p, say(p, form, z)),
            R(["", " that's my mobile", " after three is best"]))
    c.note = "call/%s: %s phone spoken (%s)" % (R(INDUSTRIES_CALL), kind, form)
    return c


@pos
def p_phone_intl_call():
    c = Case("positive", "")
    kind = R(["uk", "ie", "us"])
    p = {"uk": uk_mobile, "ie": ie_mobile, "us": us_phone}[kind]()
    cc = {"uk": "44", "ie": "353", "us": "1"}[kind]
    nat = p[1:] if kind != "us" else p
    sp = "plus " + say(cc, R(["single", "pairs"]) if len(cc) == 2 else "single") + " " + say(nat, "mixed", "zero")
    c.a("is there a number we can reach you on while you're abroad")
    c.c(R(["yeah my mobile ", "it's ", "use "]), labelled(c, "PHONE", cc + nat, sp))
    c.note = "call/travel: international phone with 'plus' and country code (%s)" % kind
    return c


# --- email
@pos
def p_email_chat():
    c = Case("positive", "")
    e = gen_email()
    t = R([e, e, e.upper(), e[0].upper() + e[1:]])
    c.a(R(["Which email should we send the receipt to?", "Could you confirm your email address?"]))
    c.c(R(["", "it's ", "email: ", "send it to "]), labelled(c, "EMAIL", t.lower(), t), R(["", " please", " ta"]))
    c.note = "chat/%s: email typed" % R(["retail", "telecom", "travel", "insurance"])
    return c


@pos
def p_email_call():
    c = Case("positive", "")
    e = gen_email()
    sp = speak_email(e)
    c.a(R(["and an email address for the confirmation", "can i get an email address please"]))
    if rng.random() < 0.4:
        user, dom = sp.split(" at ")
        k = multi(c, "EMAIL", e, [user, "at " + dom])
        c.c("yeah it's ", k[0])
        c.a("okay")
        c.c(k[1])
        what = "split user / domain"
    else:
        c.c(R(["it's ", "sure ", "yeah "]), labelled(c, "EMAIL", e, sp))
        what = "one turn"
    c.note = "call/%s: spoken email with dot/at words, %s" % (R(INDUSTRIES_CALL), what)
    return c


# --- DOB
@pos
def p_dob_chat():
    c = Case("positive", "")
    y, m, d = rng.randint(1940, 2005), rng.randint(1, 12), rng.randint(1, 28)
    t = R(["%02d/%02d/%d" % (d, m, y), "%d/%d/%d" % (m, d, y), "%d-%02d-%02d" % (y, m, d),
           "%d %s %d" % (d, MONTHS[m - 1].capitalize(), y), "%s %d, %d" % (MONTHS[m - 1].capitalize()[:3], d, y),
           "%02d.%02d.%02d" % (d, m, y % 100)])
    c.a(R(["For security, can you confirm your date of birth?", "What's the patient's date of birth?"]))
    c.c(R(["", "dob ", "born ", "its "]), labelled(c, "DOB", t, t))
    c.note = "chat/%s: DOB typed %r" % (R(["banking", "healthcare billing", "insurance", "telecom"]), t)
    return c


@pos
def p_dob_call():
    c = Case("positive", "")
    y, m, d = rng.randint(1940, 2005), rng.randint(1, 12), rng.randint(1, 28)
    f = R(["ord_of", "month_ord", "numeric"])
    if f == "ord_of":
        t = "the %s of %s %s" % (ORD[d - 1], MONTHS[m - 1], say_year(y))
    elif f == "month_ord":
        t = "%s %s %s" % (MONTHS[m - 1], ORD[d - 1], say_year(y))
    else:
        t = "%s %s %s" % (say(str(d), "pairs" if d > 9 else "single"), say(str(m), "pairs" if m > 9 else "single"), say_year(y))
    c.a(R(["can you confirm your date of birth", "and your date of birth please", "and the date of birth of the account holder"]))
    c.c(R(["yeah it's ", "", "uh "]), labelled(c, "DOB", t, t), R(["", " yeah", ""]))
    c.note = "call/%s: DOB spoken (%s)" % (R(INDUSTRIES_CALL), f)
    return c


# --- postcode / address
def say_uk_pc(pc, nato=0.2):
    out = []
    for part in pc.split(" "):
        w = []
        for ch in part:
            w.append(say_letter(ch, nato) if ch.isalpha() else UNITS[int(ch)] if ch != "0" else R(["zero", "oh", "nought"]))
        out.append(" ".join(w))
    return " ".join(out)


@pos
def p_address_uk_chat():
    c = Case("positive", "")
    no = rng.randint(1, 220)
    st = R(STREETS)
    addr = R(["%d %s" % (no, st.title()), "Flat %d, %d %s" % (rng.randint(1, 12), no, st.title()), "%d %s" % (no, st)])
    pc = gen_uk_postcode()
    pct = R([pc, pc.replace(" ", ""), pc.lower()])
    c.a("What's the address for the delivery?")
    c.c(labelled(c, "ADDRESS", addr, addr), ", ", R(TOWNS_UK).title(), R([", ", " "]), labelled(c, "POSTCODE", pc, pct))
    c.note = "chat/%s: UK address with postcode typed %r" % (R(["retail", "utilities", "telecom"]), pct)
    return c


@pos
def p_address_us_chat():
    c = Case("positive", "")
    no = rng.randint(10, 9800)
    st = R(STREETS)
    addr = R(["%d %s" % (no, st.title()), "%d %s Apt %d" % (no, st.title(), rng.randint(1, 40))])
    z = gen_zip(rng.random() < 0.3)
    c.a("Please confirm the billing address on file.")
    c.c(labelled(c, "ADDRESS", addr, addr), ", ", R(TOWNS_US).title(), ", ", R(["CO", "TX", "OH", "FL", "OR", "NC"]), " ",
        labelled(c, "POSTCODE", z, z))
    c.note = "chat/%s: US street address and ZIP%s" % (R(["retail", "insurance", "healthcare billing"]), "+4" if "-" in z else "")
    return c


@pos
def p_address_call():
    c = Case("positive", "")
    no = rng.randint(1, 199)
    st = R(STREETS)
    nos = say(str(no), "pairs", "oh") if no >= 10 else UNITS[no]
    addr = "%s %s" % (nos, st)
    pc = gen_uk_postcode()
    c.a(R(["and the first line of the address", "can i take the address please"]))
    c.c(R(["it's ", "yeah ", ""]), labelled(c, "ADDRESS", addr, addr), " in ", R(TOWNS_UK))
    c.a("and the postcode")
    if rng.random() < 0.5:
        out, inn = pc.split(" ")
        k = multi(c, "POSTCODE", pc, [say_uk_pc(out), say_uk_pc(inn)])
        c.c(k[0])
        c.a("mhm")
        c.c(k[1])
        what = "postcode split over two turns"
    else:
        c.c(labelled(c, "POSTCODE", pc, say_uk_pc(pc, 0.4)))
        what = "postcode spelled in one turn"
    c.note = "call/%s: spoken street address and %s" % (R(["utilities", "telecom", "insurance", "retail"]), what)
    return c


@pos
def p_zip_call():
    c = Case("positive", "")
    z = gen_zip()
    no = rng.randint(100, 9999)
    st = R(STREETS)
    nos = say(str(no), "pairs", "oh")
    c.a("what's the service address")
    c.c(labelled(c, "ADDRESS", str(no), nos + " " + st), " ", R(TOWNS_US), " and the zip is ",
        labelled(c, "POSTCODE", z, say(z, R(["single", "mixed"]), R(["zero", "oh"]))))
    c.note = "call/%s: US address with ZIP spoken digit by digit" % R(["utilities", "telecom", "insurance"])
    return c


# --- mixed realistic cases with non-PII numbers nearby
@pos
def p_mixed_payment():
    c = Case("positive", "")
    cn = gen_card(R(["visa", "mc"]))
    amt = rng.randint(20, 300)
    ref = digits(8, True)
    c.a("okay so the balance is %s pounds and %s pence on reference %s do you want to pay that today" % (
        num_words(amt), num_words(rng.randint(10, 99)), say(ref, "single", "zero")))
    c.c(R(["yeah go on then card number is ", "yes please the card's "]), labelled(c, "CARD_NUMBER", cn, say(cn, "single", "oh")),
        " expiry ", labelled(c, "EXPIRY", "x", say("%02d" % rng.randint(1, 12), "pairs", "oh") + " " + say(str(rng.randint(26, 30)), "pairs")))
    c.note = "call/utilities: card and expiry in one turn after agent states balance and payment reference (unlabelled)"
    return c


@pos
def p_chat_all_details():
    c = Case("positive", "")
    e = gen_email()
    p = uk_mobile()
    pc = gen_uk_postcode()
    c.a("Hi! To update your account I need your new email, mobile and postcode.")
    c.c("new email ", labelled(c, "EMAIL", e, e), R([", mob ", " / ", " phone: "]), labelled(c, "PHONE", p, p[:5] + " " + p[5:]),
        R([" and postcode ", ", pc "]), labelled(c, "POSTCODE", pc, pc), ". order 4 items last week btw")
    c.note = "chat/telecom: email, phone and postcode in one message plus a count"
    return c


@pos
def p_chat_typo_card():
    c = Case("positive", "")
    cn = gen_card("visa")
    t = cn[:4] + " " + cn[4:8] + "  " + cn[8:12] + " " + cn[12:]
    c.a("Please type the long card number.")
    c.c("oops sorry: ", labelled(c, "CARD_NUMBER", cn, t), R([" <- thats right now", " (double space typo)", ""]))
    c.note = "chat/retail: card with irregular double spacing"
    return c


@pos
def p_ni_ssn_digits_split_words():
    c = Case("positive", "")
    n = gen_ni()
    c.a("and your n i number")
    mid = n[2:8]
    sp = "%s %s %s %s %s" % (say_letter(n[0], 1.0), say_letter(n[1], 1.0), say(mid[:2], "pairs", "oh"),
                             say(mid[2:4], "pairs", "oh") + " um " + say(mid[4:], "pairs", "oh"), say_letter(n[8]))
    c.c(labelled(c, "NI_NUMBER", n, sp))
    c.note = "call/government services: NI number with pairs and a filler inside the reading"
    return c


@pos
def p_two_in_turn_bank():
    c = Case("positive", "")
    sc, acc = digits(6), digits(8)
    z = R(["oh", "zero", "nought"])
    c.a(R(["can you give me the sort code and account number you'd like the refund paid into",
           "and the bank details for the direct debit"]))
    c.c(R(["yeah sort code ", "okay so the sort code's "]), labelled(c, "SORT_CODE", sc, say(sc, R(["pairs", "single"]), z)),
        R([" and the account number is ", " account number ", " and then the account is "]),
        labelled(c, "BANK_ACCOUNT", acc, say(acc, R(["single", "mixed", "pairs"]), z)))
    if rng.random() < 0.5:
        c.a("thanks that's sort code ", labelled(c, "SORT_CODE", sc, say(sc, "pairs", z)), " account ending ",
            labelled(c, "BANK_ACCOUNT", acc, say(acc, "single", z)), " yeah")
        c.c("yep")
    c.note = "call/%s: sort code and account number in one customer turn" % R(["utilities", "insurance", "banking", "government services"])
    return c


@pos
def p_card_all_one_turn():
    c = Case("positive", "")
    cn = gen_card(R(["visa", "mc", "amex"]))
    z = zero_word()
    cv = digits(4 if len(cn) == 15 else 3)
    m, y = rng.randint(1, 12), rng.randint(26, 31)
    c.a("okay i'll need the card number expiry and security code")
    c.c(R(["right so ", "okay ", ""]), labelled(c, "CARD_NUMBER", cn, say(cn, R(["single", "mixed"]), z)),
        R([" expires ", " the expiry's ", " and that expires "]),
        labelled(c, "EXPIRY", "%02d%02d" % (m, y), say("%02d" % m, R(["pairs", "single"]), z) + " " + say(str(y), "pairs")),
        R([" and the code on the back is ", " security code ", " cvv "]), labelled(c, "CVV", cv, say(cv, "single", z)))
    c.note = "call/%s: card, expiry and security code all in one turn" % R(["travel", "retail", "telecom"])
    return c


@pos
def p_chat_typos():
    c = Case("positive", "")
    which = R(["sc", "email", "ni", "phone", "dob"])
    if which == "sc":
        sc, acc = digits(6), digits(8)
        c.a("Can I take your bank details for the refund?")
        c.c("sort cde ", labelled(c, "SORT_CODE", sc, sc[:2] + "-" + sc[2:4] + "-" + sc[4:]), " acount num ",
            labelled(c, "BANK_ACCOUNT", acc, acc), " (nationwide)")
    elif which == "email":
        e = gen_email()
        c.a("What email did you register with?")
        c.c("my emial is ", labelled(c, "EMAIL", e, e), " i think, or maybe the old one")
    elif which == "ni":
        n = gen_ni()
        c.a("Can you confirm your NI number?")
        c.c("nat insurence no is ", labelled(c, "NI_NUMBER", n, n[:2].lower() + n[2:8] + n[8].lower()))
    elif which == "phone":
        p = uk_mobile()
        c.a("Best contact number?")
        c.c("mobile - ", labelled(c, "PHONE", p, p[:4] + "-" + p[4:7] + "-" + p[7:]), " but not beofre 9am pls")
    else:
        y, m, d = rng.randint(1950, 2004), rng.randint(1, 12), rng.randint(1, 28)
        t = R(["%d%s %s %d" % (d, "th" if d not in (1, 2, 3, 21, 22, 23) else {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}[d], MONTHS[m - 1][:3], y),
               "%d/%d/%02d" % (d, m, y % 100)])
        c.a("Please confirm your date of birth for security.")
        c.c("d.o.b ", labelled(c, "DOB", t, t), " - also i moved house in 2019 if that matters")
    c.note = "chat/%s: informal message with typos around a %s" % (R(["retail", "banking", "telecom", "government services"]), which)
    return c


@pos
def p_zip_chat():
    c = Case("positive", "")
    z = gen_zip(rng.random() < 0.4)
    c.a("What ZIP code is the card billed to?")
    c.c(R(["zip ", "", "its "]), labelled(c, "POSTCODE", z, z), R(["", " - same as shipping", " thanks"]))
    c.note = "chat/retail: US ZIP code in reply to a ZIP question"
    return c


@pos
def p_postcode_only_call():
    c = Case("positive", "")
    pc = gen_uk_postcode()
    c.a(R(["can i just take your postcode to find the address", "what's the postcode there"]))
    c.c(R(["yeah it's ", "it's ", ""]), labelled(c, "POSTCODE", pc, say_uk_pc(pc, 0.0)))
    c.a("and is that ", labelled(c, "ADDRESS", "x", "%s %s" % (num_words(rng.randint(1, 99)), R(STREETS))))
    c.c("yeah that's us")
    c.note = "call/%s: postcode spelled, agent confirms the address back" % R(["utilities", "telecom", "retail"])
    return c


@pos
def p_ssn_correction():
    c = Case("positive", "")
    s = gen_ssn()
    bad = s[:3]
    c.a("and the last thing is your social security number")
    c.c(labelled(c, "SSN", "x", say(bad, "single", "zero")), R([" no wait ", " sorry no "]),
        labelled(c, "SSN", s, say(s, "single", "zero")), " sorry i always mix it up with my wife's")
    c.note = "call/%s: SSN self-correction, abandoned start labelled separately" % R(["banking", "insurance", "healthcare billing"])
    return c


@pos
def p_chat_card_split():
    c = Case("positive", "")
    cn = gen_card(R(["visa", "mc", "mc2"]))
    a, b = cn[:8], cn[8:]
    k = multi(c, "CARD_NUMBER", cn, [a[:4] + " " + a[4:], b[:4] + " " + b[4:]])
    c.a("Please share the card number and I'll process the refund to it.")
    c.c(k[0])
    c.c(k[1], R([" sorry hit enter too soon", " <- rest of it", ""]))
    c.note = "chat/retail: card number sent in two consecutive customer messages"
    return c


@pos
def p_phone_readback():
    c = Case("positive", "")
    p = uk_mobile() if rng.random() < 0.6 else ie_mobile()
    z = R(["oh", "o"])
    c.a("and what's the best mobile number")
    c.c(R(["it's ", "yeah it's "]), labelled(c, "PHONE", p, say(p, "single", z)))
    c.a("lovely so that's ", labelled(c, "PHONE", p, say(p[:5], "mixed", z) + " " + say(p[5:], "mixed", z)), " yeah")
    c.c("that's the one")
    c.note = "call/%s: mobile given digit by digit and agent reads it back with doubles/triples" % R(["telecom", "retail", "utilities"])
    return c


@pos
def p_dob_with_age():
    c = Case("positive", "")
    y, m, d = rng.randint(1940, 1965), rng.randint(1, 12), rng.randint(1, 28)
    t = "the %s of %s %s" % (ORD[d - 1], MONTHS[m - 1], say_year(y))
    c.a("and just to confirm your date of birth")
    c.c("yeah it's ", labelled(c, "DOB", t, t), " so i'll be %s this year would you believe" % num_words(2026 - y))
    c.note = "call/%s: DOB followed by an (unlabelled) age" % R(["insurance", "healthcare billing", "banking"])
    return c


@pos
def p_email_readback():
    c = Case("positive", "")
    e = gen_email(R([0, 2, 4]))
    c.a("what email should we use")
    c.c(labelled(c, "EMAIL", e, speak_email(e)))
    c.a("so that's ", labelled(c, "EMAIL", e, speak_email(e)), " and we'll send the confirmation within twenty four hours")
    c.c("perfect thanks")
    c.note = "call/%s: email spoken then read back by agent, with a duration nearby" % R(["travel", "insurance", "retail"])
    return c


def build_positive():
    weights = {
        p_card_chat: 16, p_card_call_one: 12, p_card_split: 10, p_card_readback: 5, p_card_homo: 4,
        p_cvv_exp_call: 8, p_cvv_chat: 6,
        p_ssn_chat: 14, p_ssn_call: 14, p_ssn_last_mixed: 5,
        p_ni_chat: 14, p_ni_call: 14, p_ni_readback: 5, p_ni_ssn_digits_split_words: 4,
        p_bank_chat: 7, p_bank_call: 8, p_us_account: 5,
        p_iban_chat: 9, p_iban_call: 6,
        p_phone_chat: 8, p_phone_call: 8, p_phone_intl_call: 4,
        p_email_chat: 7, p_email_call: 8,
        p_dob_chat: 7, p_dob_call: 8,
        p_address_uk_chat: 6, p_address_us_chat: 5, p_address_call: 7, p_zip_call: 4,
        p_mixed_payment: 4, p_chat_all_details: 4, p_chat_typo_card: 3,
        p_two_in_turn_bank: 7, p_card_all_one_turn: 6, p_chat_typos: 10, p_zip_chat: 4,
        p_postcode_only_call: 4, p_ssn_correction: 3,
        p_chat_card_split: 4, p_phone_readback: 4, p_dob_with_age: 4, p_email_readback: 3,
    }
    out = []
    for fn in POS:
        for _ in range(weights.get(fn, 3)):
            out.append(fn())
    return out


# ================================================================ negatives
def NC(note, *turns):
    c = Case("negative", note)
    for spk, text in turns:
        c.t(spk, text)
    return c


def spoken_amount():
    p = rng.randint(2, 99)
    return num_words(p)


def build_negative():
    out = []
    for _ in range(6):
        amt = rng.randint(1200, 9800)
        out.append(NC("call/banking: account balance and payment amount spoken",
                      ("agent", "your current balance is %s pounds %s" % (R([say(str(amt)[:2], "pairs") + " " + say(str(amt)[2:], "pairs"), num_words(amt)]), spoken_amount())),
                      ("customer", "okay and the minimum payment is it still %s pounds" % spoken_amount()),
                      ("agent", "yes that's due on the %s of %s" % (R(ORD), R(MONTHS)))))
    for _ in range(6):
        n = digits(rng.randint(7, 10), True)
        w = R(["order number", "ticket number", "claim reference", "invoice number", "case number", "booking reference"])
        out.append(NC("chat/%s: %s typed with its reference word (%d digits)" % (R(["retail", "insurance", "travel"]), w, len(n)),
                      ("customer", "Hi, my %s is %s - any update?" % (w, n)),
                      ("agent", "Thanks, I can see that %s. It was last updated on %d/%d/2025." % (w.split()[0], rng.randint(1, 28), rng.randint(1, 12)))))
    for _ in range(6):
        n = digits(rng.randint(6, 9), True)
        w = R(["order number", "reference number", "claim number", "case reference"])
        out.append(NC("call/%s: %s spoken digit by digit with its reference word" % (R(INDUSTRIES_CALL), w),
                      ("agent", "have you got the %s there" % w),
                      ("customer", "yeah the %s is %s" % (w, say(n, R(["single", "mixed"]), R(["oh", "zero"])))),
                      ("agent", "okay brilliant i've found it")))
    for _ in range(5):
        out.append(NC("call/travel: flight number, times and gate",
                      ("customer", "i'm on flight %s %s departing at %s %s" % (R(["b a", "e i", "u a", "f r"]), say(digits(3, True), "single"),
                                                                                   R(["seven", "nine", "six"]), R(["fifteen", "thirty", "forty five"]))),
                      ("agent", "thanks that flight's showing a delay of about %s minutes from gate %s" % (R(["twenty", "forty", "ninety"]), rng.randint(2, 60)))))
    for _ in range(5):
        y, d, m = rng.randint(2019, 2025), rng.randint(1, 28), rng.randint(1, 12)
        out.append(NC("chat/telecom: contract start date and end date, not a DOB",
                      ("customer", "My contract started on %d/%02d/%d and I was told it's 24 months" % (d, m, y)),
                      ("agent", "That's right, it ends on %d %s %d and your monthly price is £%d.%02d" % (d, MONTHS[m - 1].title(), y + 2, rng.randint(10, 60), rng.randint(0, 99)))))
    for _ in range(5):
        r = digits(5, True)
        out.append(NC("call/utilities: meter reading spoken, not an account number",
                      ("agent", "can you read me the numbers on the meter"),
                      ("customer", "yeah it's %s" % say(r, "single", R(["oh", "zero"]))),
                      ("agent", "and that's the black numbers only yeah %s" % say(r, "pairs", "oh"))))
    for _ in range(4):
        out.append(NC("call/healthcare billing: appointment date and time, patient age",
                      ("agent", "the appointment is on %s the %s at %s %s" % (R(["monday", "tuesday", "friday"]), R(ORD), R(["ten", "two", "eleven"]), R(["thirty", "fifteen", "o'clock"]))),
                      ("customer", "okay my mum's %s so she'll need someone with her" % say(str(rng.randint(66, 94)), "pairs"))))
    for _ in range(4):
        out.append(NC("chat/retail: model number, quantity and price",
                      ("customer", "Do you still have the %s-%d in stock? I need %d of them" % (R(["KX", "TV", "WM"]), rng.randint(100, 9999), rng.randint(2, 9))),
                      ("agent", "Yes, the %s is £%d.99 each, with %d%% off this week." % (R(["model", "unit"]), rng.randint(50, 900), R([10, 15, 20, 25])))))
    for _ in range(4):
        out.append(NC("call/telecom: broadband speed and data allowance",
                      ("customer", "i'm only getting about %s megabits and i'm paying for %s" % (say(str(rng.randint(11, 60)), "pairs"), R(["five hundred", "nine hundred", "one hundred fifty"]))),
                      ("agent", "okay and how many devices are connected roughly"),
                      ("customer", "maybe %s or %s" % (R(["six", "eight", "ten"]), R(["twelve", "fifteen"])))))
    for _ in range(4):
        out.append(NC("call/travel: hotel room number and nights",
                      ("customer", "i'm in room %s for %s nights" % (say(str(rng.randint(101, 999)), "single"), R(["three", "four", "seven"]))),
                      ("agent", "perfect checkout is at eleven and breakfast is until ten thirty")))
    for _ in range(4):
        out.append(NC("chat/insurance: years, percentages, excess",
                      ("customer", "I've been with you since %d and my no-claims is %d years" % (rng.randint(2005, 2020), rng.randint(2, 9))),
                      ("agent", "Thanks. Your renewal is up %d%% and the excess is £%d." % (rng.randint(3, 19), R([100, 250, 350, 500])))))
    for _ in range(4):
        t = rng.randint(15, 24)
        out.append(NC("call/utilities: temperature and boiler pressure",
                      ("customer", "the heating's set to %s degrees but it's only reaching %s" % (say(str(t), "pairs"), say(str(t - 5), "pairs"))),
                      ("agent", "and what's the pressure gauge showing"),
                      ("customer", "about one point %s bar" % R(["two", "five", "eight"]))))
    for _ in range(4):
        out.append(NC("call/banking: last transaction amounts and dates, not a DOB",
                      ("agent", "the last payment was on the %s of %s for %s pounds" % (R(ORD), R(MONTHS), num_words(rng.randint(100, 999)))),
                      ("customer", "yeah and there was one for %s pounds %s as well on the %s" % (num_words(rng.randint(10, 99)), spoken_amount(), R(ORD)))))
    for _ in range(4):
        n = digits(10, True)
        out.append(NC("chat/utilities: 10-digit customer reference with its label",
                      ("customer", "Customer reference %s - the bill says I owe £%d.%02d" % (n, rng.randint(30, 500), rng.randint(0, 99))),
                      ("agent", "Thanks, the next bill is due on %d %s." % (rng.randint(1, 28), R(MONTHS).title()))))
    for _ in range(4):
        out.append(NC("call/retail: delivery time window and parcel count",
                      ("agent", "your delivery's booked between %s and %s on %s" % (R(["eight", "nine", "ten"]), R(["twelve", "one", "two"]), R(["thursday", "saturday", "the twelfth"]))),
                      ("customer", "and it's all %s boxes yeah" % R(["three", "four", "five"])),
                      ("agent", "yep weighing about %s kilos in total" % say(str(rng.randint(20, 80)), "pairs"))))
    for _ in range(4):
        out.append(NC("call/government services: durations and counts",
                      ("customer", "i've been waiting %s weeks and i've called %s times" % (num_words(rng.randint(3, 14)), num_words(rng.randint(3, 12)))),
                      ("agent", "i'm sorry about that the processing time is currently %s working days" % R(["twenty", "fifteen", "thirty"]))))
    for _ in range(4):
        out.append(NC("chat/travel: booking reference letters/digits and prices",
                      ("customer", "Booking ref %s%s%d, can I add a bag for the %s flight?" % (R("ABCDEFGHJK"), R("LMNPQRSTUVWXYZ"), rng.randint(1000, 9999), R(["07:45", "13:20", "18:05"]))),
                      ("agent", "Yes, a 23kg bag is €%d one way." % rng.randint(25, 70))))
    for _ in range(4):
        out.append(NC("call/banking: interest rate and loan term",
                      ("customer", "what's the rate on a %s thousand loan over %s years" % (R(["five", "ten", "fifteen", "twenty"]), R(["three", "five", "seven"]))),
                      ("agent", "that would be %s point %s percent apr representative" % (R(["six", "seven", "nine"]), R(["nine", "four", "one"])))))
    for _ in range(3):
        out.append(NC("call/insurance: vehicle mileage and year",
                      ("agent", "roughly how many miles do you do a year"),
                      ("customer", "about %s thousand it's a %s model" % (R(["eight", "ten", "twelve"]), say_year(rng.randint(2010, 2023))))))
    for _ in range(3):
        out.append(NC("call/telecom: plan name, monthly price and contract length",
                      ("agent", "so you're on the unlimited %s plan at %s ninety nine a month" % (R(["five g", "plus", "max"]), R(["thirty", "forty", "twenty"]))),
                      ("customer", "yeah and i got the phone on a %s month contract" % R(["twenty four", "thirty six", "eighteen"]))))
    for _ in range(3):
        t = digits(4, True)
        out.append(NC("chat/retail: store opening times and a 4 digit promo code",
                      ("customer", "What time does the store open on Sunday? And does code SAVE%s still work?" % t[:2]),
                      ("agent", "We open 10:00-16:00 on Sundays. That code expired on 31/12/2025, sorry!")))
    for _ in range(3):
        out.append(NC("call/healthcare billing: patient age, invoice amount and dates",
                      ("customer", "the bill for my son he's %s it says %s dollars" % (R(["seven", "twelve", "fifteen"]), num_words(rng.randint(120, 990)))),
                      ("agent", "that's from the visit on %s %s right" % (R(MONTHS), R(ORD)))))
    for _ in range(3):
        ty = rng.randint(2019, 2023)
        out.append(NC("call/government services: tax year and amounts",
                      ("customer", "it's for the tax year %s to %s and they said i owe %s pounds" % (say_year(ty), say_year(ty + 1), num_words(rng.randint(200, 990)))),
                      ("agent", "okay and that was assessed in %s" % R(MONTHS))))
    for _ in range(3):
        eur = rng.randint(200, 4000)
        rate = rng.randint(8300, 8800) / 10000
        out.append(NC("chat/banking: exchange rate and transfer fee",
                      ("customer", "If I send %s EUR how much arrives in GBP?" % format(eur, ",")),
                      ("agent", "Today's rate is %.4f so about £%s after the £2.50 fee." % (rate, format(round(eur * rate - 2.5, 2), ",.2f")))))
    for _ in range(3):
        out.append(NC("call/utilities: tariff unit rates and standing charge",
                      ("agent", "the unit rate is %s point %s pence per kilowatt hour and the standing charge is %s pence a day" % (say(str(rng.randint(20, 35)), "pairs"), R(["one", "four", "seven"]), say(str(rng.randint(40, 60)), "pairs"))),
                      ("customer", "and i used %s units last quarter" % R(["eight hundred", "nine hundred and twelve", "six hundred"]))))
    for _ in range(2):
        out.append(NC("call/retail: agent counts items and a store number",
                      ("agent", "i can see two orders one with %s items and one with %s from store %s" % (R(["three", "six"]), R(["two", "nine"]), say(digits(3, True), "single"))),
                      ("customer", "yeah the second one's the one i want to return")))
    for _ in range(2):
        gb = rng.randint(200, 480) / 10
        out.append(NC("chat/telecom: data usage numbers",
                      ("customer", "Why have I used %.1fGB already? It's only the %dth" % (gb, rng.randint(11, 19))),
                      ("agent", "You've used %.1f of your 50GB; it resets on the 22nd." % gb)))
    for _ in range(3):
        out.append(NC("chat/travel: seat, gate, terminal and arrival time",
                      ("customer", "Can I change seat %d%s on tomorrow's %s departure?" % (rng.randint(3, 39), R("ABCDEF"), R(["06:40", "11:15", "21:30"]))),
                      ("agent", "Done - you're now in %d%s. Boarding is from gate B%d, terminal %d." % (rng.randint(3, 39), R("ABCDEF"), rng.randint(2, 40), rng.randint(1, 5)))))
    for _ in range(3):
        out.append(NC("call/healthcare billing: dosage, readings and visit count",
                      ("customer", "she's on %s milligrams twice a day and her blood pressure was %s over %s" % (R(["five hundred", "two fifty", "forty"]), num_words(rng.randint(120, 160)), num_words(rng.randint(70, 95)))),
                      ("agent", "okay and this is for the %s visits in %s" % (R(["three", "four", "two"]), R(MONTHS)))))
    for _ in range(3):
        out.append(NC("call/government services: application date and processing time, not a DOB",
                      ("customer", "i sent the passport application on the %s of %s %s" % (R(ORD), R(MONTHS), say_year(rng.randint(2024, 2026)))),
                      ("agent", "thanks it can take up to %s weeks and it's currently at stage %s of %s" % (R(["ten", "six", "three"]), R(["two", "three"]), R(["four", "five"])))))
    for _ in range(3):
        out.append(NC("chat/retail: sizes, quantities and prices",
                      ("customer", "I ordered 2 x jeans in 32W 30L and a size %d dress, £%d.99 total" % (R([8, 10, 12, 14]), rng.randint(40, 160))),
                      ("agent", "Thanks! Returns are free within %d days, refunds take 3-5 working days." % R([28, 30, 60]))))
    for _ in range(3):
        hrs, st = rng.randint(2, 5), rng.randint(6, 7)
        out.append(NC("call/utilities: outage time and compensation amount",
                      ("customer", "the power was off from %s until %s that's %s hours" % (num_words(st), num_words(st + hrs), num_words(hrs))),
                      ("agent", "i'm sorry about that you're entitled to %s pounds compensation" % num_words(R([25, 35, 50, 75])))))
    for _ in range(2):
        out.append(NC("call/travel: train times and platform",
                      ("customer", "is the %s %s to %s still running" % (R(["seven", "eight", "nine"]), R(["forty two", "fifteen", "oh five"]), R(TOWNS_UK))),
                      ("agent", "yes from platform %s it's about %s minutes late" % (R(["four", "eleven", "two"]), R(["ten", "twelve"])))))
    for _ in range(2):
        out.append(NC("call/banking: security-question count, account-opening year and a rough amount",
                      ("agent", "i'll just need to ask you three security questions"),
                      ("customer", "sure i opened the account back in %s" % say_year(rng.randint(1995, 2015))),
                      ("agent", "great and how much was your last deposit roughly"),
                      ("customer", "about %s hundred" % R(["two", "five", "eight"]))))
    return out


# ================================================================ output
def build():
    global rng
    rng = random.Random(SEED)
    key.n = 0
    poss = build_positive()
    negs, seen = [], set()
    for c in build_negative():
        sig = json.dumps([(spk, segs) for spk, segs in c.turns])
        if sig not in seen:  # drop exact duplicates (deterministically)
            seen.add(sig)
            negs.append(c)
    recs, meta = [], []
    for i, c in enumerate(poss, 1):
        recs.append(render(c, "%s-pos-%03d" % (PREFIX, i)))
        meta.append(c)
    for i, c in enumerate(negs, 1):
        recs.append(render(c, "%s-neg-%03d" % (PREFIX, i)))
        meta.append(c)
    return recs, meta


def dump(recs):
    lines = []
    for r in recs:
        rr = dict(r)
        rr["spans"] = [{k: v for k, v in s.items() if k != "_key"} for s in r["spans"]]
        lines.append(json.dumps(rr, ensure_ascii=False))
    return "\n".join(lines) + "\n"


def counts(recs):
    cnt = Counter()
    for r in recs:
        for s in r["spans"]:
            cnt[s["type"]] += 1
    return cnt


def verify(recs, meta):
    errs = []
    ids = [r["id"] for r in recs]
    if len(ids) != len(set(ids)):
        errs.append("duplicate ids")
    sigs = Counter(json.dumps(r["turns"]) for r in recs)
    if any(v > 1 for v in sigs.values()):
        errs.append("duplicate case texts")
    for r, c in zip(recs, meta):
        if r["kind"] == "negative" and r["spans"]:
            errs.append("%s: negative with spans" % r["id"])
        if r["kind"] == "positive" and not r["spans"]:
            errs.append("%s: positive without spans" % r["id"])
        for t in r["turns"]:
            if not t["text"].strip() or t["text"] != t["text"].strip() or "  " in t["text"].replace("  " + "", "  ") and False:
                errs.append("%s: empty/untrimmed turn" % r["id"])
        per_turn = {}
        bykey = {}
        for s in r["spans"]:
            if s["type"] not in TYPES:
                errs.append("%s: bad type" % r["id"])
            text = r["turns"][s["turn"]]["text"]
            a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(text)):
                errs.append("%s: offsets out of range" % r["id"])
                continue
            piece = text[a:b]
            if piece != piece.strip():
                errs.append("%s: span with outer whitespace %r" % (r["id"], piece))
            if (a > 0 and text[a - 1].isalnum()) or (b < len(text) and text[b].isalnum()):
                errs.append("%s: span not on word boundary %r" % (r["id"], piece))
            per_turn.setdefault(s["turn"], []).append((a, b))
            bykey.setdefault(s["_key"], []).append(piece)
        for spans in per_turn.values():
            spans.sort()
            for (a1, b1), (a2, b2) in zip(spans, spans[1:]):
                if a2 < b1:
                    errs.append("%s: overlapping spans" % r["id"])
        for k, pieces in bykey.items():
            typ, canon = c.vals[k]
            joined = " ".join(pieces)
            if typ in ("ADDRESS", "DOB") or (typ == "EXPIRY" and canon == "x"):
                e = validate_value(typ, joined, canon)
            elif canon == "x" and typ in ("CARD_NUMBER", "SSN"):
                # abandoned fragment of a self-correction: digits only
                e = None if norm_spoken(joined).isdigit() else "fragment not digits"
            else:
                try:
                    e = validate_value(typ, joined, canon)
                except ValueError as ex:
                    e = str(ex)
            if e:
                errs.append("%s: %s: %s (%r)" % (r["id"], typ, e, joined))
    cnt = counts(recs)
    for t in TYPES:
        need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
        if cnt[t] < need:
            errs.append("type %s has %d spans (< %d)" % (t, cnt[t], need))
    npos = sum(r["kind"] == "positive" for r in recs)
    nneg = len(recs) - npos
    if npos < 170:
        errs.append("only %d positives" % npos)
    if nneg < 100:
        errs.append("only %d negatives" % nneg)
    return errs


def readme(recs):
    cnt = counts(recs)
    npos = sum(r["kind"] == "positive" for r in recs)
    nneg = len(recs) - npos
    rows = "\n".join("| %s | %d |" % (t, cnt[t]) for t in TYPES)
    return f"""# pii_holdout73 — held-out PII redaction evaluation set

**Never use this set for tuning.** It exists only to measure the redactor on
data its authors have not seen. Do not add its cases to training or
development fixtures, and do not adjust rules/thresholds while looking at
its failures.

## Who wrote it and how

Written by an AI helper acting as an independent author. The author did not
see the redaction code, its tests, its documentation, the PII benchmark or
any other fixture set; the only data consulted was a three-line example of
the JSONL format. Cases are produced by `scripts/make_pii_holdout73.py` from
template functions: every turn is assembled from plain-text segments and
labelled `(value, TYPE)` segments so offsets are computed, never typed by
hand. All values come from one `random.Random({SEED})`; the output is
byte-for-byte reproducible.

    python scripts/make_pii_holdout73.py          # regenerate
    python scripts/make_pii_holdout73.py --check  # regenerate in memory and verify

`--check` verifies that the file is identical to a fresh generation, ids are
unique, offsets are in range and on word boundaries, spans do not overlap,
and every value validates after normalising spoken forms (Luhn for cards,
mod-97 for IBANs, NI format, 9 digits for SSN, 6 for sort codes, digit
counts for CVV/phone/account, UK/US postcode shapes).

## Contents

{npos} positive cases, {nneg} negative cases ({len(recs)} total).
Chat cases are typed text (varied separators, case, spacing); call cases are
ASR-style transcripts (lower case, numbers as words, "oh"/"o"/"nought" for
zero, "double"/"triple", pairs such as "forty one", letters as "b for bravo",
ASR homophones "to"/"for"/"ate"/"won", values split across turns with agent
back-channels, self-corrections, agent read-backs, fillers inside readings).

| type | spans |
|---|---|
{rows}

## Annotation conventions

* A span covers the value only, from its first to its last character/word:
  lead-ins ("it's", "my number is"), the label word ("sort code", "exp") and
  trailing chit-chat are outside.
* Filler words *inside* a reading ("uh", "um") are inside the span.
* A value split across several turns is labelled once per turn, each piece
  with the value's type; agent back-channels between the pieces are not
  labelled.
* A value read back by the agent is labelled as well (it is PII in an agent
  turn).
* Self-corrections: the abandoned fragment ("four five five no sorry ...")
  is labelled with the same type as a separate span; the words "no sorry"
  between are not.
* PHONE includes a leading "+44"/"plus four four" country code when given.
* ADDRESS is the house number plus street name, including a flat or
  apartment number when given ("Flat 3, 12 Mill Lane", "410 Pine Street Apt 7");
  town and state names are outside; the postcode/ZIP is a separate POSTCODE
  span.
* DOB includes the whole spoken date ("the fourth of may nineteen eighty
  two"); EXPIRY the whole expiry ("oh eight twenty seven", "08/27").
* IBAN spans the whole IBAN including the country letters and check digits.
* Negative cases contain only look-alikes (amounts, balances, times, dates
  that are not birth dates, reference/order/claim numbers of up to 10 digits
  with their label word, flight and room numbers, meter readings, speeds,
  ages, temperatures, percentages); nothing in them should be redacted.
"""


def main():
    recs, meta = build()
    text = dump(recs)
    errs = verify(recs, meta)
    cnt = counts(recs)
    npos = sum(r["kind"] == "positive" for r in recs)
    if "--check" in sys.argv:
        if not CASES.exists() or CASES.read_text(encoding="utf-8") != text:
            errs.append("cases.jsonl differs from a fresh generation")
        if not README.exists() or README.read_text(encoding="utf-8") != readme(recs):
            errs.append("README.md differs from a fresh generation")
    else:
        OUT_DIR.mkdir(parents=True, exist_ok=True)
        CASES.write_text(text, encoding="utf-8")
        README.write_text(readme(recs), encoding="utf-8")
    print("positives=%d negatives=%d" % (npos, len(recs) - npos))
    for t in TYPES:
        print("  %-13s %d" % (t, cnt[t]))
    if errs:
        for e in errs[:50]:
            print("ERROR:", e)
        print("%d problem(s)" % len(errs))
        return 1
    print("OK" if "--check" in sys.argv else "written (verify with --check)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set "holdout234".

Written by an AI helper acting as an independent author who did not see the
redaction code.  Standard library only; byte-for-byte reproducible.

    python scripts/make_pii_holdout234.py          # write fixture + README
    python scripts/make_pii_holdout234.py --check  # regenerate and verify
"""
from __future__ import annotations

import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

SEED = 234241126
ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "tests" / "fixtures" / "pii_holdout234"
CASES = OUT_DIR / "cases.jsonl"
README = OUT_DIR / "README.md"
PFX = "h234"

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

# --------------------------------------------------------------------------
# spoken forms
DIG = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo",
        "f": "foxtrot", "g": "golf", "h": "hotel", "i": "india", "j": "juliet",
        "k": "kilo", "l": "lima", "m": "mike", "n": "november", "o": "oscar",
        "p": "papa", "q": "quebec", "r": "romeo", "s": "sierra", "t": "tango",
        "u": "uniform", "v": "victor", "w": "whiskey", "x": "x-ray", "y": "yankee",
        "z": "zulu"}
ALT_LETTER_WORD = {"b": ["bravo", "bob", "beta"], "c": ["charlie", "cat"], "d": ["delta", "david", "dog"],
                   "e": ["echo", "edward"], "h": ["hotel", "harry"], "j": ["juliet", "john"],
                   "k": ["kilo", "king"], "l": ["lima", "london"], "m": ["mike", "mother", "mary"],
                   "n": ["november", "nancy"], "p": ["papa", "peter"], "r": ["romeo", "robert"],
                   "s": ["sierra", "sugar", "sam"], "t": ["tango", "tom"], "w": ["whiskey", "william"],
                   "z": ["zulu", "zebra"], "a": ["alpha", "apple"], "g": ["golf", "george"],
                   "x": ["x-ray"], "y": ["yankee", "yellow"], "q": ["quebec", "queen"],
                   "o": ["oscar", "orange"], "i": ["india", "ireland"],
                   "f": ["foxtrot", "freddie"], "u": ["uniform", "umbrella"], "v": ["victor", "victoria"]}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
       "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
       "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty first", "twenty second",
       "twenty third", "twenty fourth", "twenty fifth", "twenty sixth", "twenty seventh",
       "twenty eighth", "twenty ninth", "thirtieth", "thirty first"]


def two_words(n: int) -> str:
    if n < 10:
        return DIG[n]
    if n < 20:
        return TEENS[n - 10]
    t, u = divmod(n, 10)
    return TENS[t] + ("" if u == 0 else " " + DIG[u])


def num_words(n: int) -> str:
    if n < 100:
        return two_words(n)
    h, r = divmod(n, 100)
    if r == 0:
        return DIG[h] + " hundred"
    return DIG[h] + " hundred and " + two_words(r)


def year_words(y: int, rng) -> str:
    if 2000 <= y <= 2009:
        return "two thousand and " + DIG[y - 2000] if rng.random() < 0.6 else "two thousand " + DIG[y - 2000]
    hi, lo = divmod(y, 100)
    if lo == 0:
        return two_words(hi) + " hundred"
    if lo < 10:
        return two_words(hi) + " " + rng.choice(["oh", "o"]) + " " + DIG[lo]
    return two_words(hi) + " " + two_words(lo)


def say_digits(ds: str, rng, pairs=0.25, doubles=0.6, zero=None, homophones=0.0, fillers=0.0) -> str:
    """Render a digit string as an ASR transcript would write it."""
    zero = zero or rng.choice(["zero", "oh", "o", "oh", "nought", "zero"])
    out = []
    i = 0
    n = len(ds)
    while i < n:
        d = ds[i]
        run = 1
        while i + run < n and ds[i + run] == d:
            run += 1
        word = zero if d == "0" else DIG[int(d)]
        if run >= 3 and rng.random() < doubles * 0.6:
            out.append("triple " + word)
            i += 3
        elif run >= 2 and rng.random() < doubles:
            out.append("double " + word)
            i += 2
        elif i + 1 < n and d != "0" and (ds[i + 1] != "0" or i + 2 == n) and rng.random() < pairs:
            out.append(two_words(int(ds[i:i + 2])))
            i += 2
        else:
            if homophones and rng.random() < homophones:
                word = {"four": "for", "two": "to", "eight": "ate", "one": "won"}.get(word, word)
            out.append(word)
            i += 1
        if fillers and i < n and rng.random() < fillers:
            out.append(rng.choice(["um", "uh", "er", "erm"]))
    return " ".join(out)


def say_letter(ch: str, rng, nato=0.5) -> str:
    ch = ch.lower()
    r = rng.random()
    if ch == "o":
        r = 0.0
    if r < nato or ch == "o":
        return ch + " for " + rng.choice(ALT_LETTER_WORD[ch])
    if r < nato + 0.1:
        return ch + " as in " + rng.choice(ALT_LETTER_WORD[ch])
    return ch


def say_alnum(s: str, rng, nato=0.4, **kw) -> str:
    out = []
    buf = ""
    for ch in s:
        if ch.isdigit():
            buf += ch
        else:
            if buf:
                out.append(say_digits(buf, rng, **kw))
                buf = ""
            if ch.isalpha():
                out.append(say_letter(ch, rng, nato))
    if buf:
        out.append(say_digits(buf, rng, **kw))
    return " ".join(out)


# --------------------------------------------------------------------------
# validation (parse spoken / typed values back to canonical characters)
W2D = {w: str(i) for i, w in enumerate(DIG)}
W2D.update({"oh": "0", "o": "0", "nought": "0", "nil": "0", "for": "4", "to": "2", "too": "2",
            "ate": "8", "won": "1"})
FILLERS = {"um", "uh", "er", "erm", "and", "dash", "hyphen", "space", "slash", "plus", "then"}
NATO_REV = {w: k for k, ws in ALT_LETTER_WORD.items() for w in ws}
NATO_REV["xray"] = "x"


def parse_spoken(text: str):
    """Return canonical upper-case alnum string, or None on an unknown word."""
    toks = re.findall(r"[a-z0-9]+", text.lower().replace("x-ray", "xray"))
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else ""
        if len(t) == 1 and t.isalpha() and nxt == "for" and i + 2 < len(toks) and toks[i + 2][0] == t:
            out.append(t.upper()); i += 3; continue
        if len(t) == 1 and t.isalpha() and nxt == "as" and i + 3 < len(toks) and toks[i + 2] == "in":
            out.append(t.upper()); i += 4; continue
        if t in FILLERS:
            i += 1; continue
        if t in ("double", "triple"):
            d = W2D.get(nxt)
            if d is None:
                return None
            out.append(d * (2 if t == "double" else 3)); i += 2; continue
        if t == "hundred":
            j = i + 1
            if j < len(toks) and toks[j] == "and":
                j += 1
            if j < len(toks) and (toks[j] in TEENS or toks[j] in TENS[2:] or (toks[j] in DIG and toks[j] != "zero")) and (j > i + 1):
                sub = toks[j]
                if sub in TEENS:
                    v = 10 + TEENS.index(sub); j += 1
                elif sub in TENS[2:]:
                    v = 10 * TENS.index(sub); j += 1
                    if j < len(toks) and toks[j] in DIG[1:]:
                        v += DIG.index(toks[j]); j += 1
                else:
                    v = DIG.index(sub); j += 1
                out.append("%02d" % v); i = j; continue
            out.append("00"); i += 1; continue
        if t in W2D:
            out.append(W2D[t]); i += 1; continue
        if t in TEENS:
            out.append(str(10 + TEENS.index(t))); i += 1; continue
        if t in TENS[2:]:
            v = TENS.index(t)
            if nxt in DIG[1:]:
                out.append(str(v) + W2D[nxt]); i += 2; continue
            out.append(str(v) + "0"); i += 1; continue
        if t in NATO_REV:
            out.append(NATO_REV[t].upper()); i += 1; continue
        if re.fullmatch(r"[a-z0-9]+", t) and (len(t) == 1 or any(c.isdigit() for c in t) or t.isalpha() and len(t) <= 4):
            out.append(t.upper()); i += 1; continue
        return None
    return "".join(out)


def luhn_ok(ds: str) -> bool:
    s = 0
    for i, c in enumerate(reversed(ds)):
        d = int(c)
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return s % 10 == 0


def iban_ok(s: str) -> bool:
    s = s.upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in r)
    return int(num) % 97 == 1


def email_norm(text: str) -> str:
    t = text.lower()
    toks = re.findall(r"[a-z0-9._@+-]+", t)
    out = []
    for w in toks:
        if w == "dot":
            out.append(".")
        elif w == "at":
            out.append("@")
        elif w == "underscore":
            out.append("_")
        elif w in ("dash", "hyphen"):
            out.append("-")
        elif w in W2D and w not in ("to", "too", "for", "won", "ate", "o"):
            out.append(W2D[w])
        elif w in TEENS or w in TENS[2:]:
            out.append(parse_spoken(w) or w)
        else:
            out.append(w)
    return "".join(out)


STREET_WORDS = {"street", "road", "avenue", "lane", "drive", "close", "way", "court", "place",
                "crescent", "boulevard", "terrace", "gardens", "grove", "rd", "st", "ave", "blvd",
                "dr", "ln", "park", "row", "hill", "mews", "square", "parkway"}
DATE_WORDS = set(MONTHS) | {w for o in ORD for w in o.split()} | set(DIG) | set(TEENS) | set(TENS[2:]) | {
    "oh", "o", "nought", "of", "the", "and", "thousand", "hundred", "slash", "dash", "st", "nd", "rd", "th",
    "double", "sept", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "oct", "nov", "dec", "um", "uh", "er"}


def validate(typ: str, text: str, fragment: bool):
    """Return an error string or None. `text` is the joined text of a value group."""
    if typ in ("EMAIL", "ADDRESS", "DOB", "EXPIRY"):
        text = text.replace(" | ", " ")
    if typ == "EMAIL":
        e = email_norm(text)
        return None if re.fullmatch(r"[a-z0-9._+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+", e) else "bad email %r" % e
    if typ == "ADDRESS":
        low = text.lower()
        ok = re.match(r"^(\d|double|triple|flat|apartment|unit|" + "|".join(DIG[1:] + TEENS + TENS[2:]) + ")", low)
        ok = ok and set(re.findall(r"[a-z]+", low)) & STREET_WORDS
        return None if ok else "bad address %r" % text
    if typ in ("DOB", "EXPIRY"):
        toks = re.findall(r"[a-z]+|\d+", text.lower())
        bad = [t for t in toks if not t.isdigit() and t not in DATE_WORDS]
        if bad:
            return "bad date words %r" % bad
        nums = [t for t in toks if t.isdigit()]
        has_month = any(t in MONTHS or t[:3] in DATE_WORDS and len(t) <= 4 and not t.isdigit() and t not in DIG for t in toks)
        if not (has_month or nums or len([t for t in toks if t in W2D or t in TEENS or t in TENS[2:]]) >= 2):
            return "date without parts %r" % text
        return None
    pieces = [parse_spoken(part) for part in text.split(" | ")]
    canon = None if any(x is None for x in pieces) else "".join(pieces)
    if canon is None:
        return "unparseable %r" % text
    if fragment:
        return None if canon and canon.isalnum() else "bad fragment %r" % text
    if typ == "CARD_NUMBER":
        return None if canon.isdigit() and 13 <= len(canon) <= 19 and luhn_ok(canon) else "bad card %r" % canon
    if typ == "CVV":
        return None if canon.isdigit() and len(canon) in (3, 4) else "bad cvv %r" % canon
    if typ == "SSN":
        return None if canon.isdigit() and len(canon) == 9 else "bad ssn %r" % canon
    if typ == "NI_NUMBER":
        return None if re.fullmatch(r"[A-CEGHJ-PR-TW-Z]{2}\d{6}[A-D]", canon) else "bad ni %r" % canon
    if typ == "SORT_CODE":
        return None if canon.isdigit() and len(canon) == 6 else "bad sort %r" % canon
    if typ == "BANK_ACCOUNT":
        return None if canon.isdigit() and 8 <= len(canon) <= 12 else "bad account %r" % canon
    if typ == "IBAN":
        return None if iban_ok(canon) else "bad iban %r" % canon
    if typ == "PHONE":
        return None if canon.isdigit() and 10 <= len(canon) <= 13 else "bad phone %r" % canon
    if typ == "POSTCODE":
        if re.fullmatch(r"\d{5}(\d{4})?", canon):
            return None
        if re.fullmatch(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}", canon):
            return None
        return "bad postcode %r" % canon
    return "unknown type " + typ


# --------------------------------------------------------------------------
# value generators
def luhn_complete(prefix: str, length: int, rng) -> str:
    body = prefix + "".join(rng.choice("0123456789") for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def gen_card(rng) -> str:
    r = rng.random()
    if r < 0.45:
        return luhn_complete("4" + rng.choice(["0", "1", "2", "5", "6", "9"]), 16, rng)
    if r < 0.75:
        return luhn_complete(str(rng.randint(51, 55)), 16, rng)
    if r < 0.87:
        return luhn_complete(rng.choice(["34", "37"]), 15, rng)
    return luhn_complete(rng.choice(["6011", "65"]), 16, rng)


def group_card(c: str):
    if len(c) == 15:
        return [c[:4], c[4:10], c[10:]]
    return [c[i:i + 4] for i in range(0, len(c), 4)]


def gen_ssn(rng) -> str:
    a = rng.randint(1, 899)
    while a == 666:
        a = rng.randint(1, 899)
    return "%03d%02d%04d" % (a, rng.randint(1, 99), rng.randint(1, 9999))


NI_A = "ABCEGHJKLMNPRSTWXYZ"
NI_B = "ABCEGHJKLMNPRSTWXYZ"


def gen_ni(rng) -> str:
    while True:
        p = rng.choice(NI_A) + rng.choice(NI_B)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + "".join(rng.choice("0123456789") for _ in range(6)) + rng.choice("ABCD")


def gen_digits(n, rng, first="123456789"):
    return rng.choice(first) + "".join(rng.choice("0123456789") for _ in range(n - 1))


def iban_make(country: str, bban: str) -> str:
    r = bban + country + "00"
    num = int("".join(str(int(c, 36)) for c in r))
    return country + "%02d" % (98 - num % 97) + bban


def gen_iban(rng, country=None) -> str:
    country = country or rng.choice(["GB", "IE", "DE", "FR", "NL", "ES", "IE"])
    if country == "GB":
        bban = rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + gen_digits(6, rng) + gen_digits(8, rng)
    elif country == "IE":
        bban = rng.choice(["AIBK", "BOFI", "IPBS"]) + gen_digits(6, rng) + gen_digits(8, rng)
    elif country == "DE":
        bban = gen_digits(18, rng)
    elif country == "FR":
        bban = gen_digits(23, rng)
    elif country == "NL":
        bban = rng.choice(["ABNA", "INGB", "RABO"]) + gen_digits(10, rng, "0123456789")
    else:
        bban = gen_digits(20, rng)
    return iban_make(country, bban)


def group4(s: str):
    return [s[i:i + 4] for i in range(0, len(s), 4)]


PC_AREAS = ["SW", "SE", "NW", "N", "E", "W", "M", "B", "LS", "G", "EH", "CF", "BS", "L", "NE",
            "CR", "BR", "DA", "TW", "KT", "RG", "GU", "CB", "NG", "LE", "S", "BT", "PR", "WA", "CH"]
PC_IN = "ABDEFGHJLNPQRSTUWXYZ"


def gen_uk_postcode(rng) -> str:
    area = rng.choice(PC_AREAS)
    district = str(rng.randint(1, 28 if len(area) == 2 else 20))
    return area + district + " " + str(rng.randint(1, 9)) + rng.choice(PC_IN) + rng.choice(PC_IN)


def gen_zip(rng) -> str:
    return "%05d" % rng.randint(1001, 99950)


FIRST = ["sarah", "james", "aoife", "liam", "priya", "tom", "claire", "mohammed", "niamh", "david",
         "emma", "carlos", "grace", "oluwaseun", "hannah", "marek", "siobhan", "kevin", "fatima", "peter",
         "lucy", "connor", "ana", "raj", "megan", "dylan", "zoe", "brian", "chloe", "tariq"]
LAST = ["murphy", "okafor", "walsh", "patel", "nguyen", "kelly", "smith", "brennan", "hughes", "garcia",
        "kowalski", "obrien", "campbell", "davies", "reilly", "khan", "johnson", "byrne", "evans", "lopez",
        "fitzgerald", "morgan", "doyle", "turner", "haddad", "price", "quinn", "shah", "baker", "lynch"]
DOMAINS = ["gmail.com", "hotmail.co.uk", "outlook.com", "yahoo.com", "eircom.net", "icloud.com",
           "btinternet.com", "live.ie", "aol.com", "protonmail.com", "gmx.de", "sky.com"]
STREETS = ["acacia", "church", "station", "victoria", "mill", "kings", "park", "high", "maple", "oak",
           "willow", "elm", "chestnut", "queens", "orchard", "meadow", "bridge", "albert", "pine", "harbour",
           "lincoln", "washington", "cedar", "riverside", "glenview", "ashgrove", "castle", "spring"]
SUFFIX_UK = ["road", "street", "avenue", "lane", "close", "drive", "gardens", "crescent", "terrace", "grove", "way", "court"]
SUFFIX_US = ["street", "avenue", "drive", "boulevard", "lane", "road", "court", "way", "parkway"]


def gen_email(rng):
    f, l = rng.choice(FIRST), rng.choice(LAST)
    d = rng.choice(DOMAINS)
    style = rng.randrange(5)
    if style == 0:
        local = f + "." + l
    elif style == 1:
        local = f[0] + l + str(rng.randint(1, 99))
    elif style == 2:
        local = f + "_" + l[0]
    elif style == 3:
        local = f + l + str(rng.randint(70, 99))
    else:
        local = l + "." + f[0]
    return local + "@" + d


def say_email(e: str, rng) -> str:
    local, dom = e.split("@")
    parts = []
    for piece in re.findall(r"[a-z]+|\d+|[._-]", local):
        if piece == ".":
            parts.append("dot")
        elif piece == "_":
            parts.append("underscore")
        elif piece == "-":
            parts.append("dash")
        elif piece.isdigit():
            parts.append(say_digits(piece, rng, pairs=0.7) if rng.random() < 0.7 else piece)
        else:
            parts.append(piece)
    parts.append("at")
    parts.append(" dot ".join(dom.split(".")))
    return " ".join(parts)


# --------------------------------------------------------------------------
# case builder
class Case:
    def __init__(self, kind: str, note: str):
        self.kind = kind
        self.note = note
        self.turns = []
        self.spans = []
        self.groups = {}  # group key -> (type, [span idx], fragment)

    def add(self, speaker: str, *segs):
        text = ""
        for seg in segs:
            if isinstance(seg, tuple):
                val, typ = seg[0], seg[1]
                grp = seg[2] if len(seg) > 2 else None
                if text and not text.endswith((" ", "(", "\n")):
                    text += " "
                start = len(text)
                text += val
                self.spans.append({"turn": len(self.turns), "start": start, "end": len(text), "type": typ})
                key = grp if grp is not None else "auto%d" % len(self.spans)
                frag = isinstance(key, str) and key.startswith("frag")
                g = self.groups.setdefault(key, (typ, [], frag))
                g[1].append(len(self.spans) - 1)
            else:
                if not seg:
                    continue
                if text and not text.endswith((" ", "(", "\n")) and not seg.startswith((",", ".", "?", "!", ":", ";", ")", " ", "'")):
                    text += " "
                text += seg
        self.turns.append({"speaker": speaker, "text": text})
        return self

    def a(self, *segs):
        return self.add("agent", *segs)

    def c(self, *segs):
        return self.add("customer", *segs)


def bc(rng):
    return rng.choice(["mhm", "okay", "yep", "okay go on", "uh huh", "right", "yeah", "got it", "okay and", "mm hmm"])


def filler(rng):
    return rng.choice(["", "um", "uh", "yeah", "so", "okay so", "right", "erm"])


# --------------------------------------------------------------------------
# positive templates: calls (ASR style)
def p_call_card_split(rng):
    ind = rng.choice(["telecom", "utilities", "retail", "insurance", "travel"])
    c = Case("positive", "call/%s: card read in groups over several customer turns with back-channels" % ind)
    card = gen_card(rng)
    gs = group_card(card)
    zero = rng.choice(["oh", "zero", "o", "nought"])
    c.a(rng.choice(["okay and the long number across the front of the card when you're ready",
                    "lovely can i take the card number please",
                    "so just the long number on the front whenever you're ready"]))
    for k, g in enumerate(gs):
        pre = filler(rng) if k == 0 else rng.choice(["", "", "then", "and"])
        c.c(pre, (say_digits(g, rng, pairs=0.3, zero=zero, homophones=0.05), "CARD_NUMBER", "card"))
        if k < len(gs) - 1:
            c.a(bc(rng))
    c.a(rng.choice(["perfect thank you", "lovely and that's a visa is it", "great that's gone through the check"]))
    return c


def p_call_card_correction(rng):
    ind = rng.choice(["banking", "telecom", "retail", "healthcare billing"])
    c = Case("positive", "call/%s: customer restarts a card group mid-reading (self-correction)" % ind)
    card = gen_card(rng)
    gs = group_card(card)
    k = rng.randrange(1, len(gs))
    wrong = list(gs[k])
    wrong[-1] = str((int(wrong[-1]) + rng.randint(1, 8)) % 10)
    wrong = "".join(wrong)
    first = " ".join(gs[:k])
    c.a("and the card number please")
    c.c((say_digits("".join(gs[:k]), rng, pairs=0.2), "CARD_NUMBER", "card"),
        (say_digits(wrong[:3], rng, pairs=0), "CARD_NUMBER", "frag1"),
        rng.choice(["no sorry", "no wait", "hang on sorry", "actually no let me start that bit again"]),
        (say_digits(gs[k], rng, pairs=0.2), "CARD_NUMBER", "card"))
    if k + 1 < len(gs):
        c.a(bc(rng))
        c.c((say_digits("".join(gs[k + 1:]), rng, pairs=0.2), "CARD_NUMBER", "card"))
    c.a("thank you")
    del first
    return c


def p_call_card_readback(rng):
    ind = rng.choice(["insurance", "utilities", "travel", "government services"])
    c = Case("positive", "call/%s: customer reads card, agent reads the full number back with pauses" % ind)
    card = gen_card(rng)
    c.a("go ahead with the card number")
    c.c(filler(rng), (say_digits(card, rng, pairs=0.15, doubles=0.5), "CARD_NUMBER", "card1"))
    gs = group_card(card)
    c.a("let me just read that back to you", (say_digits(gs[0] + gs[1], rng, pairs=0), "CARD_NUMBER", "card2"),
        "um", (say_digits("".join(gs[2:]), rng, pairs=0), "CARD_NUMBER", "card2"), "is that right")
    c.c("yes that's it")
    return c


def p_call_card_exp_cvv(rng):
    ind = rng.choice(["telecom", "retail", "utilities", "travel", "insurance"])
    c = Case("positive", "call/%s: card, expiry and security code in separate turns, amount nearby" % ind)
    card = gen_card(rng)
    amt = rng.randint(12, 480)
    c.a("so that's %s pounds today, can i take the card number" % num_words(amt))
    c.c((say_digits(card, rng, pairs=0.35, homophones=0.04), "CARD_NUMBER", "card"))
    c.a("and the expiry date")
    m, y = rng.randint(1, 12), rng.randint(25, 31)
    form = rng.randrange(4)
    if form == 0:
        e = say_digits("%02d" % m, rng, pairs=0) + " " + two_words(y)
    elif form == 1:
        e = MONTHS[m - 1] + " twenty " + two_words(y)
    elif form == 2:
        e = two_words(m) + " slash " + two_words(y)
    else:
        e = say_digits("%02d" % m, rng, pairs=0) + " slash " + say_digits(str(y), rng, pairs=0)
    c.c(rng.choice(["it's", "um", "expires"]), (e, "EXPIRY", "exp"))
    c.a("and the four digit code on the front" if card.startswith("3") else "and the three digits on the back")
    cvv = gen_digits(4 if card.startswith("3") else 3, rng, "0123456789")
    c.c(rng.choice(["", "uh", "it's"]), (say_digits(cvv, rng, pairs=0.2), "CVV", "cvv"))
    c.a("lovely thanks")
    return c


def p_call_ssn(rng):
    ind = rng.choice(["banking", "healthcare billing", "insurance", "government services", "telecom"])
    c = Case("positive", "call/%s (US): social security number split 3-2-4 over turns" % ind)
    s = gen_ssn(rng)
    c.a(rng.choice(["for verification can i get your social", "and your social security number please",
                    "i'll just need the last i mean the full social to pull up the account"]))
    parts = [s[:3], s[3:5], s[5:]]
    style = rng.randrange(3)
    if style == 0:
        c.c("sure it's", (say_digits(parts[0], rng, pairs=0.3), "SSN", "ssn"))
        c.a(bc(rng))
        c.c((say_digits(parts[1], rng, pairs=0.6), "SSN", "ssn"))
        c.a(bc(rng))
        c.c((say_digits(parts[2], rng, pairs=0.5), "SSN", "ssn"))
    elif style == 1:
        c.c("yeah", (say_digits(parts[0], rng, pairs=0.3) + " " + say_digits(parts[1], rng, pairs=0.6), "SSN", "ssn"))
        c.a("sorry you broke up there after", (say_digits(parts[1], rng, pairs=0), "SSN", "frag"))
        c.c("oh sorry", (say_digits(parts[2], rng, pairs=0.5), "SSN", "ssn"))
    else:
        c.c(filler(rng), (say_digits(s, rng, pairs=0.2, fillers=0.15), "SSN", "ssn"))
    c.a(rng.choice(["thank you i've got you here", "perfect and the zip code on file",
                    "thanks that matches"]))
    return c


def p_call_ssn_interrupt(rng):
    ind = rng.choice(["banking", "insurance", "healthcare billing"])
    c = Case("positive", "call/%s (US): agent interrupts SSN reading, customer restarts; policy year nearby" % ind)
    s = gen_ssn(rng)
    c.a("can you confirm your social security number")
    c.c((say_digits(s[:4], rng, pairs=0), "SSN", "frag1"))
    c.a("sorry just the the full nine digits slowly for me")
    c.c("okay", (say_digits(s[:3], rng, pairs=0), "SSN", "ssn"), "then",
        (say_digits(s[3:5], rng, pairs=0.5), "SSN", "ssn"), "then",
        (say_digits(s[5:], rng, pairs=0.4), "SSN", "ssn"))
    c.a("thank you and i see the policy started in %s" % year_words(rng.randint(2005, 2022), rng))
    return c


def p_call_ni(rng):
    ind = rng.choice(["government services", "banking", "insurance", "utilities"])
    c = Case("positive", "call/%s (UK): national insurance number with phonetic letters and digit pairs" % ind)
    ni = gen_ni(rng)
    c.a(rng.choice(["and your national insurance number", "can i take your n i number please",
                    "what's your national insurance number"]))
    style = rng.randrange(3)
    if style == 0:
        c.c("it's", (say_alnum(ni, rng, nato=0.6, pairs=0.5), "NI_NUMBER", "ni"))
    elif style == 1:
        c.c((say_letter(ni[0], rng, 0.7) + " " + say_letter(ni[1], rng, 0.7), "NI_NUMBER", "ni"))
        c.a(bc(rng))
        c.c((say_digits(ni[2:8], rng, pairs=0.7), "NI_NUMBER", "ni"))
        c.a(bc(rng))
        c.c("and", (say_letter(ni[8], rng, 0.5), "NI_NUMBER", "ni"), "at the end")
    else:
        c.c("yeah hang on it's on my payslip", (say_alnum(ni[:2], rng, nato=0.2), "NI_NUMBER", "ni"))
        c.a("yep")
        c.c((say_digits(ni[2:4], rng, pairs=1.0) + " " + say_digits(ni[4:6], rng, pairs=1.0) + " " +
             say_digits(ni[6:8], rng, pairs=1.0), "NI_NUMBER", "ni"))
        c.a("and the letter")
        c.c((say_letter(ni[8], rng, 0.8), "NI_NUMBER", "ni"))
    c.a("thank you")
    return c


def p_call_ni_readback(rng):
    ind = rng.choice(["government services", "banking", "insurance"])
    c = Case("positive", "call/%s (UK): NI number given, agent reads it back with a correction" % ind)
    ni = gen_ni(rng)
    c.a("national insurance number please")
    c.c((say_alnum(ni, rng, nato=0.3, pairs=0.3), "NI_NUMBER", "ni"))
    wrong = ni[:5] + str((int(ni[5]) + 3) % 10) + ni[6:]
    c.a("so that's", (say_alnum(wrong, rng, nato=0, pairs=0), "NI_NUMBER", "wrong"), "yeah")
    c.c("no the", "fourth", "number is", DIG[int(ni[5])], "not", DIG[int(wrong[5])])
    c.a("ah sorry", (say_alnum(ni, rng, nato=0, pairs=0), "NI_NUMBER", "ni2"), "got it")
    return c


def p_call_bank(rng):
    ind = rng.choice(["banking", "utilities", "insurance", "government services"])
    c = Case("positive", "call/%s (UK): sort code in pairs then account number over turns for a direct debit" % ind)
    sc = gen_digits(6, rng)
    acc = gen_digits(8, rng, "0123456789")
    day = rng.randint(1, 28)
    c.a("so for the direct debit on the %s of each month i need the sort code" % ORD[day])
    c.c((" ".join(two_words(int(sc[i:i + 2])) if sc[i] != "0" else say_digits(sc[i:i + 2], rng, pairs=0)
                  for i in (0, 2, 4)), "SORT_CODE", "sc"))
    c.a("and the account number")
    c.c(filler(rng), (say_digits(acc[:4], rng, pairs=0.3), "BANK_ACCOUNT", "acc"))
    c.a(bc(rng))
    c.c((say_digits(acc[4:], rng, pairs=0.3), "BANK_ACCOUNT", "acc"))
    c.a("lovely that's all set up")
    return c


def p_call_bank_us(rng):
    ind = rng.choice(["banking", "utilities", "healthcare billing"])
    c = Case("positive", "call/%s (US): checking account number with routing mentioned, restart" % ind)
    acc = gen_digits(rng.choice([10, 11, 12]), rng)
    c.a("what's the checking account number you'd like to use")
    c.c("okay it's", (say_digits(acc[:3], rng, pairs=0), "BANK_ACCOUNT", "frag1"), "oh wait that's my savings hold on")
    c.a("no problem take your time")
    c.c("okay checking is", (say_digits(acc, rng, pairs=0.3, fillers=0.1), "BANK_ACCOUNT", "acc"))
    c.a("thank you and the payment of %s dollars will come out friday" % num_words(rng.randint(20, 300)))
    return c


def p_call_iban(rng):
    ctry = rng.choice(["IE", "DE", "NL", "FR", "GB", "ES"])
    c = Case("positive", "call/banking (%s): IBAN spelled with letters and digits across turns" % ctry)
    ib = gen_iban(rng, ctry)
    gs = group4(ib)
    c.a("can you give me the iban for the refund")
    half = len(gs) // 2
    c.c("yeah it's", (say_alnum("".join(gs[:half]), rng, nato=0.3, pairs=0.2), "IBAN", "iban"))
    c.a(bc(rng))
    c.c((say_alnum("".join(gs[half:]), rng, nato=0.3, pairs=0.2), "IBAN", "iban"))
    c.a("thanks the refund of %s euro should land in three to five working days" % num_words(rng.randint(15, 900)))
    return c


def p_call_phone(rng):
    ind = rng.choice(["telecom", "retail", "utilities", "healthcare billing", "travel"])
    c = Case("positive", "call/%s: callback phone number with doubles and a restart" % ind)
    kind = rng.randrange(4)
    if kind == 0:
        ph = "07" + gen_digits(9, rng, "0123456789")
    elif kind == 1:
        ph = "08" + rng.choice("35679") + gen_digits(7, rng, "0123456789")
    elif kind == 2:
        ph = gen_digits(3, rng, "2345679") + gen_digits(7, rng, "23456789")
    else:
        ph = "020" + gen_digits(8, rng, "3789")
    c.a("what's the best number to call you back on")
    if rng.random() < 0.5:
        c.c("it's my mobile", (say_digits(ph[:5], rng, pairs=0.2), "PHONE", "ph"))
        c.a(bc(rng))
        c.c((say_digits(ph[5:], rng, pairs=0.4), "PHONE", "ph"))
    else:
        c.c((say_digits(ph[:3], rng, pairs=0), "PHONE", "frag"), "no sorry that's my old one it's",
            (say_digits(ph, rng, pairs=0.3, homophones=0.05), "PHONE", "ph"))
    c.a("and is that okay to call between %s and %s" % (rng.choice(["nine", "ten", "two"]), rng.choice(["five", "six", "four"])))
    return c


def p_call_phone_intl(rng):
    c = Case("positive", "call/travel: international number with plus and country code, agent reads back")
    cc, body = rng.choice([("44", "7" + gen_digits(9, rng, "0123456789")), ("353", "8" + gen_digits(8, rng, "0123456789")),
                           ("49", "15" + gen_digits(9, rng, "0123456789")), ("1", gen_digits(10, rng))])
    spoken = "plus " + say_digits(cc, rng, pairs=0) + " " + say_digits(body, rng, pairs=0.25)
    c.a("and a contact number while you're abroad")
    c.c((spoken, "PHONE", "ph"))
    c.a("so that's", ("plus " + say_digits(cc + body, rng, pairs=0), "PHONE", "ph2"))
    c.c("that's it yeah")
    return c


def p_call_email(rng):
    ind = rng.choice(["retail", "telecom", "insurance", "travel", "utilities"])
    c = Case("positive", "call/%s: e-mail spoken with dot/at/underscore words" % ind)
    e = gen_email(rng)
    c.a("and what email should we send the confirmation to")
    c.c(filler(rng), (say_email(e, rng), "EMAIL", "em"))
    c.a(rng.choice(["lovely", "perfect that's", "thank you"]))
    return c


def p_call_idv(rng):
    ind = rng.choice(["banking", "utilities", "telecom", "insurance"])
    c = Case("positive", "call/%s (UK): identity check with DOB, first line of address and postcode" % ind)
    d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.randint(1940, 2004)
    f = rng.randrange(3)
    if f == 0:
        dob = "the %s of %s %s" % (ORD[d], MONTHS[m - 1], year_words(y, rng))
    elif f == 1:
        dob = "%s %s %s" % (MONTHS[m - 1], ORD[d], year_words(y, rng))
    else:
        dob = say_digits("%02d%02d" % (d, m), rng, pairs=0) + " " + year_words(y, rng)
    c.a("can i just take your date of birth")
    c.c(rng.choice(["yeah it's", "it's", "um"]), (dob, "DOB", "dob"))
    c.a("and the first line of the address")
    num = rng.randint(1, 240)
    addr = num_words(num) + " " + rng.choice(STREETS) + " " + rng.choice(SUFFIX_UK)
    c.c((addr, "ADDRESS", "addr"))
    c.a("and the postcode")
    pc = gen_uk_postcode(rng)
    c.c((say_alnum(pc, rng, nato=0.3, pairs=0.3), "POSTCODE", "pc"))
    c.a("thank you you're through security")
    return c


def p_call_us_address(rng):
    ind = rng.choice(["retail", "insurance", "utilities", "healthcare billing"])
    c = Case("positive", "call/%s (US): street address and zip split across turns, chit-chat" % ind)
    num = rng.randint(10, 9800)
    if num >= 1000 and rng.random() < 0.6:
        hn = two_words(num // 100) + " " + (say_digits("%02d" % (num % 100), rng, pairs=1) if num % 100 >= 10 else rng.choice(["oh ", "o "]) + DIG[num % 10])
    else:
        hn = say_digits(str(num), rng, pairs=0.5)
    c.a("and what's the shipping address")
    c.c("it's", (hn + " " + rng.choice(STREETS) + " " + rng.choice(SUFFIX_US), "ADDRESS", "addr"),
        "in", rng.choice(["springfield", "columbus", "austin", "denver", "tampa"]))
    c.a("and the zip")
    z = gen_zip(rng)
    c.c((say_digits(z, rng, pairs=0.3), "POSTCODE", "zip"), "it's a bit hot here today like ninety degrees")
    c.a("ha i bet alright got it")
    return c


def p_call_two_values(rng):
    ind = rng.choice(["healthcare billing", "insurance", "banking", "government services"])
    c = Case("positive", "call/%s: DOB and postcode in a single rambling customer turn" % ind)
    d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.randint(1945, 2003)
    c.a("can you confirm your date of birth and postcode")
    pc = gen_uk_postcode(rng)
    c.c("yeah so i was born", ("%s %s %s" % (ORD[d], MONTHS[m - 1], year_words(y, rng)), "DOB", "dob"),
        "and the postcode is", (say_alnum(pc, rng, nato=0.2, pairs=0.2), "POSTCODE", "pc"),
        "we moved there about %s years ago" % two_words(rng.randint(2, 15)))
    c.a("thanks")
    return c


def p_call_dob_correction(rng):
    ind = rng.choice(["healthcare billing", "telecom", "insurance"])
    c = Case("positive", "call/%s: date of birth with a self-correction of the year" % ind)
    d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.randint(1950, 1999)
    c.a("date of birth for the account holder")
    c.c("it's", ("%s %s" % (ORD[d], MONTHS[m - 1]), "DOB", "dob"), (year_words(y + 1, rng), "DOB", "frag"),
        "no sorry", (year_words(y, rng), "DOB", "dob"), "that's my brother's year")
    c.a("no problem")
    return c


def p_call_card_phone_mix(rng):
    ind = rng.choice(["telecom", "retail"])
    c = Case("positive", "call/%s: agent interrupts card reading for a callback number; card finished later" % ind)
    card = gen_card(rng)
    ph = "07" + gen_digits(9, rng, "0123456789")
    c.a("card number please")
    c.c((say_digits(card[:8], rng, pairs=0.2), "CARD_NUMBER", "card"))
    c.a("sorry before we go on if we get cut off what number can i ring you on")
    c.c((say_digits(ph, rng, pairs=0.2), "PHONE", "ph"))
    c.a("thanks okay carry on with the card after", (say_digits(card[4:8], rng, pairs=0), "CARD_NUMBER", "frag"))
    c.c((say_digits(card[8:], rng, pairs=0.2), "CARD_NUMBER", "card"))
    c.a("great")
    return c


def p_call_phone_breakup(rng):
    ind = rng.choice(["telecom", "utilities", "healthcare billing", "government services"])
    c = Case("positive", "call/%s: phone reading cut off by a bad line, customer restarts from the top" % ind)
    ph = "07" + gen_digits(9, rng, "0123456789") if rng.random() < 0.6 else "08" + rng.choice("35679") + gen_digits(7, rng, "0123456789")
    c.a("and a contact number")
    c.c("yeah it's", (say_digits(ph[:6], rng, pairs=0.2), "PHONE", "frag"))
    c.a("sorry you're breaking up a bit there could you start again")
    c.c("oh sorry", (say_digits(ph[:5], rng, pairs=0), "PHONE", "ph"), "um", (say_digits(ph[5:], rng, pairs=0.4, fillers=0.1), "PHONE", "ph"))
    c.a("brilliant thank you")
    return c


def p_call_email_spelled(rng):
    ind = rng.choice(["retail", "insurance", "travel", "banking"])
    c = Case("positive", "call/%s: e-mail with the name spelled out letter by letter, then read back" % ind)
    f, l = rng.choice(FIRST), rng.choice(LAST)
    dom = rng.choice(DOMAINS)
    c.a("what's the email address on the account")
    c.c("it's", (" ".join(l) + " dot " + f + " at " + " dot ".join(dom.split(".")), "EMAIL", "em"))
    c.a("so that's", (l + " dot " + f + " at " + " dot ".join(dom.split(".")), "EMAIL", "em2"))
    c.c("that's right yeah")
    return c


def p_call_cvv_correction(rng):
    ind = rng.choice(["retail", "telecom", "travel"])
    c = Case("positive", "call/%s: security code with self-correction, expiry said after a pause" % ind)
    cvv = gen_digits(3, rng, "0123456789")
    wrong = cvv[:2] + str((int(cvv[2]) + rng.randint(1, 8)) % 10)
    c.a("and the security number on the back")
    c.c((say_digits(wrong, rng, pairs=0), "CVV", "frag"), rng.choice(["no sorry", "no wait it's", "sorry i mean"]),
        (say_digits(cvv, rng, pairs=0.3), "CVV", "cvv"))
    c.a("and the expiry")
    m, y = rng.randint(1, 12), rng.randint(26, 31)
    c.c("um hang on", (say_digits("%02d" % m, rng, pairs=0) + " " + two_words(y), "EXPIRY", "exp"))
    c.a("thanks that's %s pounds %s taken" % (num_words(rng.randint(10, 200)), two_words(rng.randint(10, 99))))
    return c


def p_call_sort_homophone(rng):
    ind = rng.choice(["banking", "utilities", "insurance"])
    c = Case("positive", "call/%s (UK): sort code with doubles/homophones and account number with agent echoing groups" % ind)
    sc = gen_digits(6, rng)
    acc = gen_digits(8, rng, "0123456789")
    c.a("sort code first please")
    c.c((say_digits(sc, rng, pairs=0.3, doubles=0.9, homophones=0.25), "SORT_CODE", "sc"))
    c.a("and the account")
    c.c((say_digits(acc[:4], rng, pairs=0), "BANK_ACCOUNT", "acc"))
    c.a((say_digits(acc[:4], rng, pairs=0), "BANK_ACCOUNT", "frag_echo"))
    c.c("yep", (say_digits(acc[4:], rng, pairs=0.5), "BANK_ACCOUNT", "acc"))
    c.a("thank you")
    return c


def p_call_postcode_nato_correction(rng):
    ind = rng.choice(["retail", "utilities", "telecom"])
    c = Case("positive", "call/%s (UK): house number and street, postcode with a corrected letter" % ind)
    pc = gen_uk_postcode(rng)
    num = rng.randint(1, 99)
    c.a("and the delivery address")
    c.c("it's", (num_words(num) + " " + rng.choice(STREETS) + " " + rng.choice(SUFFIX_UK), "ADDRESS", "addr"), "flat two")
    c.a("postcode")
    out, inn = pc.split()
    c.c((say_alnum(out, rng, nato=0.2, pairs=0.5), "POSTCODE", "pc"), (say_digits(inn[0], rng), "POSTCODE", "pc"),
        (rng.choice([x for x in "bdeptv" if x != inn[1].lower()]), "POSTCODE", "frag"), rng.choice(["no", "sorry no"]), (say_letter(inn[1], rng, 1.0) + " " + say_letter(inn[2], rng, 0.5), "POSTCODE", "pc"))
    c.a("lovely")
    return c


CALL_POS = [p_call_phone_breakup, p_call_email_spelled, p_call_cvv_correction, p_call_sort_homophone,
            p_call_postcode_nato_correction, p_call_card_split, p_call_card_correction, p_call_card_readback, p_call_card_exp_cvv,
            p_call_ssn, p_call_ssn_interrupt, p_call_ni, p_call_ni_readback, p_call_bank, p_call_bank_us,
            p_call_iban, p_call_phone, p_call_phone_intl, p_call_email, p_call_idv, p_call_us_address,
            p_call_two_values, p_call_dob_correction, p_call_card_phone_mix]


# --------------------------------------------------------------------------
# positive templates: chat
def typo(rng, s):
    return s


def fmt_card(card, rng):
    st = rng.randrange(5)
    gs = group_card(card)
    if st == 0:
        return " ".join(gs)
    if st == 1:
        return "-".join(gs)
    if st == 2:
        return card
    if st == 3:
        return ".".join(gs)
    return "  ".join(gs)


def c_chat_card(rng):
    ind = rng.choice(["retail", "telecom", "travel", "utilities"])
    c = Case("positive", "chat/%s: card typed with separators, expiry and CVV on later lines" % ind)
    card = gen_card(rng)
    c.a("Please enter the card number you would like to use.")
    c.c(rng.choice(["ok its", "Card:", "here u go", "sure -"]), (fmt_card(card, rng), "CARD_NUMBER", "card"))
    c.a("Thanks! And expiry + security code?")
    m, y = rng.randint(1, 12), rng.randint(25, 31)
    exp = rng.choice(["%02d/%d" % (m, y), "%02d/20%d" % (m, y), "%d-%d" % (m, y), "%02d %d" % (m, y)])
    cvv = gen_digits(4 if card.startswith("3") else 3, rng, "0123456789")
    c.c("exp", (exp, "EXPIRY", "exp"), rng.choice(["cvv", "cvc", "sec code", "code on back"]), (cvv, "CVV", "cvv"))
    c.a("Payment of £%d.%02d taken, thank you." % (rng.randint(5, 300), rng.randint(0, 99)))
    return c


def c_chat_ssn(rng):
    ind = rng.choice(["banking", "healthcare billing", "insurance", "government services"])
    c = Case("positive", "chat/%s (US): SSN typed in various formats" % ind)
    s = gen_ssn(rng)
    f = rng.choice(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s.%s.%s"]) % (s[:3], s[3:5], s[5:])
    c.a("To verify, please provide your Social Security number.")
    c.c(rng.choice(["SSN is", "its", "my ssn:", "sure thing"]), (f, "SSN", "ssn"),
        rng.choice(["", "thx", ", I'm 42 btw if that matters", "- claim #4471920"]))
    c.a("Thank you, one moment.")
    return c


def c_chat_ni(rng):
    ind = rng.choice(["government services", "banking", "insurance"])
    c = Case("positive", "chat/%s (UK): NI number typed with odd spacing/case" % ind)
    ni = gen_ni(rng)
    f = rng.choice([ni, ni.lower(), "%s %s %s %s %s" % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8]),
                    "%s-%s-%s-%s-%s" % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8]), ni[:2] + " " + ni[2:8] + " " + ni[8]])
    c.a("Could you confirm your National Insurance number?")
    c.c(rng.choice(["yeah", "NI no", "its", "sure:"]), (f, "NI_NUMBER", "ni"))
    c.a("Thanks.")
    return c


def c_chat_bank(rng):
    ind = rng.choice(["banking", "utilities", "insurance"])
    c = Case("positive", "chat/%s (UK): sort code and account number typed in one message" % ind)
    sc = gen_digits(6, rng)
    acc = gen_digits(8, rng, "0123456789")
    scf = rng.choice(["%s-%s-%s", "%s %s %s", "%s%s%s"]) % (sc[:2], sc[2:4], sc[4:])
    c.a("Please send the bank details for the refund of £%d." % rng.randint(10, 500))
    c.c(rng.choice(["sort", "s/c", "sort code"]), (scf, "SORT_CODE", "sc"), rng.choice(["acc", "account no", "a/c"]),
        (acc, "BANK_ACCOUNT", "acc"))
    c.a("Got it, the refund will take 3-5 working days.")
    return c


def c_chat_iban(rng):
    ctry = rng.choice(["IE", "DE", "FR", "NL", "GB", "ES"])
    c = Case("positive", "chat/banking (%s): IBAN typed grouped or compact" % ctry)
    ib = gen_iban(rng, ctry)
    f = rng.choice([ib, " ".join(group4(ib)), " ".join(group4(ib)).lower()])
    c.a("Which account should we send the €%d to?" % rng.randint(10, 2000))
    c.c("IBAN", (f, "IBAN", "iban"), rng.choice(["", "thanks", "(its my joint account)"]))
    return c


def c_chat_contact(rng):
    ind = rng.choice(["retail", "telecom", "travel", "utilities", "healthcare billing"])
    c = Case("positive", "chat/%s: phone, email, address and postcode typed in one or two lines" % ind)
    uk = rng.random() < 0.5
    if uk:
        ph = rng.choice(["07%s %s" % (gen_digits(3, rng, "0123456789"), gen_digits(6, rng, "0123456789")),
                         "+44 7%s %s %s" % (gen_digits(3, rng, "0123456789"), gen_digits(3, rng, "0123456789"), gen_digits(3, rng, "0123456789")),
                         "0%s %s" % (gen_digits(4, rng), gen_digits(6, rng, "0123456789"))])
        addr = "%d %s %s" % (rng.randint(1, 200), rng.choice(STREETS).title(), rng.choice(SUFFIX_UK).title())
        pc = gen_uk_postcode(rng)
        pc = rng.choice([pc, pc.lower(), pc.replace(" ", "")])
    else:
        ph = rng.choice(["(%s) %s-%s" % (gen_digits(3, rng, "2345789"), gen_digits(3, rng, "2345789"), gen_digits(4, rng, "0123456789")),
                         "%s-%s-%s" % (gen_digits(3, rng, "2345789"), gen_digits(3, rng, "2345789"), gen_digits(4, rng, "0123456789")),
                         "+1 %s %s %s" % (gen_digits(3, rng, "2345789"), gen_digits(3, rng, "2345789"), gen_digits(4, rng, "0123456789"))])
        addr = "%d %s %s" % (rng.randint(10, 9999), rng.choice(STREETS).title(), rng.choice(["St", "Ave", "Blvd", "Dr", "Street", "Lane"]))
        pc = gen_zip(rng)
        if rng.random() < 0.3:
            pc += "-%04d" % rng.randint(1, 9999)
    e = gen_email(rng)
    c.a("Can you confirm your contact details?")
    unit = rng.choice(["Flat 2", "Flat 14", "", ""]) if uk else rng.choice(["Apt 4", "Unit 3B", "", ""])
    town = rng.choice(["Leeds", "Croydon", "Bristol", "Belfast", "Leicester"]) if uk else rng.choice(["Dayton, OH", "Tucson, AZ", "Raleigh, NC", "Fresno, CA"])
    c.c((addr, "ADDRESS", "addr"), ",", unit + ("," if unit else ""), town, (pc, "POSTCODE", "pc"))
    c.c("phone", (ph, "PHONE", "ph"), "email", (e if rng.random() < 0.7 else e.upper(), "EMAIL", "em"))
    c.a("Thanks, all updated.")
    return c


def c_chat_dob(rng):
    ind = rng.choice(["healthcare billing", "insurance", "banking", "telecom"])
    c = Case("positive", "chat/%s: DOB typed among other dates and numbers" % ind)
    d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.randint(1940, 2005)
    dob = rng.choice(["%02d/%02d/%d" % (d, m, y), "%d-%02d-%02d" % (y, m, d), "%d %s %d" % (d, MONTHS[m - 1].title(), y),
                      "%s %d, %d" % (MONTHS[m - 1][:3].title(), d, y), "%d.%d.%d" % (d, m, y)])
    c.a("Please confirm the patient's date of birth.")
    c.c("dob", (dob, "DOB", "dob"), rng.choice(["- appointment was on the 3rd", "and the bill was $%d" % rng.randint(40, 900), ""]))
    c.a("Thank you.")
    return c


CHAT_POS = [c_chat_card, c_chat_ssn, c_chat_ni, c_chat_bank, c_chat_iban, c_chat_contact, c_chat_dob]


# --------------------------------------------------------------------------
# negatives
def n_call_amount(rng):
    c = Case("negative", "call/utilities: balance and payment amounts spoken digit-ish")
    p, q = rng.randint(100, 999), rng.randint(10, 99)
    c.a("your balance is %s pounds and %s pence" % (num_words(p), two_words(q)))
    c.c("okay and if i pay %s today what's left" % num_words(rng.randint(20, 99)))
    c.a("that would leave %s pounds %s" % (num_words(rng.randint(100, 900)), two_words(rng.randint(10, 99))))
    return c


def n_call_order(rng):
    ref = gen_digits(rng.randint(6, 10), rng)
    word = rng.choice(["order number", "ticket number", "claim number", "reference number", "invoice number", "case number"])
    c = Case("negative", "call/retail: %s read digit by digit (not PII)" % word)
    c.a("have you got the %s there" % word)
    c.c("yeah the %s is %s" % (word, say_digits(ref, rng, pairs=0.2)))
    c.a("thanks i can see that")
    return c


def n_call_order_split(rng):
    ref = gen_digits(rng.randint(8, 10), rng)
    c = Case("negative", "call/telecom: reference number split over turns with back-channels")
    c.a("what's the reference on the letter")
    c.c("reference is %s" % say_digits(ref[:4], rng))
    c.a(bc(rng))
    c.c(say_digits(ref[4:], rng))
    c.a("thanks that's your complaint from last week")
    return c


def n_call_times(rng):
    c = Case("negative", "call/healthcare billing: appointment date/time and durations")
    c.a("your appointment is on the %s of %s at %s %s" % (ORD[rng.randint(1, 28)], rng.choice(MONTHS), rng.choice(DIG[1:]), rng.choice(["thirty", "fifteen", "forty five", "o'clock"])))
    c.c("how long does it take")
    c.a("about %s minutes and the wait is usually %s to %s weeks" % (two_words(rng.choice([20, 30, 45, 90])), DIG[rng.randint(2, 4)], DIG[rng.randint(5, 8)]))
    return c


def n_call_flight(rng):
    c = Case("negative", "call/travel: flight number, seat, gate, times and prices")
    c.a("you're on flight %s %s departing at %s %s" % (rng.choice(["e i", "b a", "f r", "u a"]), say_digits(gen_digits(3, rng), rng), DIG[rng.randint(1, 9)], two_words(rng.randint(10, 55))))
    c.c("and the seat")
    c.a("seat %s %s gate %s and the change fee is %s euro" % (two_words(rng.randint(1, 40)), rng.choice("abcdef"), two_words(rng.randint(1, 60)), num_words(rng.randint(40, 250))))
    return c


def n_call_meter(rng):
    c = Case("negative", "call/utilities: meter reading and usage numbers")
    c.a("can you read me the numbers on the meter")
    c.c("it says %s" % say_digits(gen_digits(5, rng, "0123456789"), rng))
    c.a("thanks that's about %s kilowatt hours a month and unit rate is %s point %s pence" % (num_words(rng.randint(150, 600)), two_words(rng.randint(20, 35)), DIG[rng.randint(1, 9)]))
    return c


def n_call_model(rng):
    c = Case("negative", "call/telecom: handset model and router numbers, speeds")
    c.a("what model is the router")
    c.c("it's a %s %s" % (rng.choice(["hub", "netgear", "model"]), say_digits(gen_digits(4, rng), rng, pairs=0.5)))
    c.a("okay you should be getting %s megabits but you're seeing about %s" % (num_words(rng.randint(100, 900)), two_words(rng.randint(10, 80))))
    return c


def n_call_year_age(rng):
    c = Case("negative", "call/insurance: years, ages and policy start dates (not birth dates)")
    c.a("the car's a %s and the policy started %s %s" % (year_words(rng.randint(2008, 2022), rng), rng.choice(MONTHS), year_words(rng.randint(2015, 2024), rng)))
    c.c("right and my son's %s now he's going to be a named driver" % two_words(rng.randint(17, 25)))
    c.a("okay that adds about %s percent so %s pounds a year" % (two_words(rng.randint(5, 40)), num_words(rng.randint(300, 999))))
    return c


def n_call_room(rng):
    c = Case("negative", "call/travel: hotel room number, nights, price per night")
    c.a("you're in room %s for %s nights" % (say_digits(str(rng.randint(101, 999)), rng, pairs=0.6), DIG[rng.randint(2, 7)]))
    c.c("and what's that per night")
    c.a("%s euro a night breakfast from seven to ten thirty" % num_words(rng.randint(80, 350)))
    return c


def n_call_temp(rng):
    c = Case("negative", "call/utilities: thermostat temperature, boiler pressure, years")
    c.c("the heating's set to %s degrees and the pressure's at one point %s" % (two_words(rng.randint(16, 24)), DIG[rng.randint(0, 9)]))
    c.a("and how old is the boiler")
    yr = rng.randint(2005, 2020)
    c.c("put in in %s so about %s years" % (year_words(yr, rng), two_words(2026 - yr)))
    return c


def n_call_payment_date(rng):
    c = Case("negative", "call/banking: payment dates and amounts (date is not a DOB)")
    c.a("the payment of %s pounds went out on the %s of %s" % (num_words(rng.randint(50, 990)), ORD[rng.randint(1, 30)], rng.choice(MONTHS)))
    c.c("and the next one is the %s" % ORD[rng.randint(1, 28)])
    c.a("yes %s %s" % (rng.choice(MONTHS), year_words(rng.randint(2025, 2027), rng)))
    return c


def n_call_counts(rng):
    c = Case("negative", "call/retail: quantities, counts, sizes and a long price")
    c.c("i ordered %s of the chairs and %s boxes of tiles size %s by %s" % (DIG[rng.randint(2, 9)], two_words(rng.randint(10, 40)), two_words(rng.choice([30, 45, 60])), two_words(rng.choice([30, 45, 60]))))
    c.a("i can see that the total was %s thousand %s hundred and %s" % (DIG[rng.randint(1, 9)], DIG[rng.randint(1, 9)], two_words(rng.randint(10, 99))))
    return c


def n_call_hold(rng):
    c = Case("negative", "call/government services: queue position, wait time, phone menu options")
    c.a("sorry about the wait you were number %s in the queue for %s minutes" % (two_words(rng.randint(5, 60)), two_words(rng.randint(10, 50))))
    c.c("yeah i pressed option %s then %s then %s" % (DIG[rng.randint(1, 9)], DIG[rng.randint(1, 9)], DIG[rng.randint(1, 9)]))
    return c


def n_call_ref_with_pairs(rng):
    c = Case("negative", "call/insurance: claim number with pairs/doubles and a price")
    ref = gen_digits(rng.randint(7, 10), rng)
    c.c("my claim number is %s" % say_digits(ref, rng, pairs=0.5, doubles=0.8))
    c.a("thanks the excess on that is %s pounds" % num_words(rng.choice([100, 250, 350, 500])))
    return c


def n_call_speed_distance(rng):
    c = Case("negative", "call/insurance: speeds, mileage, distances")
    c.c("i was doing about %s in a %s zone" % (two_words(rng.randint(20, 40)), two_words(rng.choice([20, 30, 40]))))
    c.a("and the mileage on the car is around %s thousand" % num_words(rng.randint(20, 140)))
    return c


def n_call_last4(rng):
    c = Case("negative", "call/telecom: plan price, data allowance, contract length")
    c.a("the plan is %s ninety nine a month with %s gig of data on a %s month contract" % (two_words(rng.randint(10, 60)), num_words(rng.choice([30, 50, 100, 150])), two_words(rng.choice([12, 18, 24, 36]))))
    c.c("and it starts on the %s" % ORD[rng.randint(1, 28)])
    return c


def n_chat_order(rng):
    c = Case("negative", "chat/retail: order and tracking numbers typed (not PII)")
    c.c("Hi my order #%s hasnt arrived, it was £%d.%02d" % (gen_digits(rng.randint(7, 10), rng), rng.randint(5, 400), rng.randint(0, 99)))
    c.a("Sorry to hear that! Order %s shipped on %d/%d and should arrive by 5pm." % (gen_digits(8, rng), rng.randint(1, 28), rng.randint(1, 12)))
    return c


def n_chat_invoice(rng):
    c = Case("negative", "chat/utilities: invoice number, kWh, amounts, percentages")
    c.c("invoice INV-%s says %d kWh and £%d.%02d, thats %d%% more than last yr" % (gen_digits(7, rng), rng.randint(150, 900), rng.randint(50, 400), rng.randint(0, 99), rng.randint(5, 60)))
    c.a("I can see invoice %s, the rate increased on 1 April %d." % (gen_digits(8, rng), rng.randint(2023, 2026)))
    return c


def n_chat_ticket(rng):
    c = Case("negative", "chat/telecom: ticket number, speeds and times")
    c.c("ticket %s - still only getting %d Mbps instead of %d, drops every %d mins since 14:%02d" % (gen_digits(rng.randint(6, 9), rng), rng.randint(5, 60), rng.choice([100, 500, 900]), rng.randint(5, 30), rng.randint(0, 59)))
    c.a("Thanks, an engineer is booked for %d/%d between 8am and 1pm." % (rng.randint(1, 28), rng.randint(1, 12)))
    return c


def n_chat_flight(rng):
    c = Case("negative", "chat/travel: flight, booking reference, prices and dates")
    c.c("booking ref %s, flight %s%d on %d %s, paid €%d" % ("".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(6)), rng.choice(["EI", "FR", "BA", "LH"]), rng.randint(100, 9999), rng.randint(1, 28), rng.choice(MONTHS).title(), rng.randint(40, 900)))
    c.a("Thanks, I can move you to the %d:%02d for a fee of €%d." % (rng.randint(6, 21), rng.choice([0, 15, 30, 45]), rng.randint(20, 90)))
    return c


def n_chat_model(rng):
    c = Case("negative", "chat/retail: product model numbers, quantities and prices")
    c.c("Is the %s-%d in stock? need %d units, listed at $%d.99" % (rng.choice(["WM", "KX", "TV", "HD"]), rng.randint(1000, 99999), rng.randint(2, 40), rng.randint(10, 2000)))
    c.a("Yes, %d available in the warehouse." % rng.randint(3, 500))
    return c


def n_chat_balance(rng):
    c = Case("negative", "chat/banking: balance, interest rate, years and count of payments")
    c.c("what's my balance? I've made %d payments since %d" % (rng.randint(3, 48), rng.randint(2015, 2025)))
    c.a("Your balance is £%s.%02d and the rate is %d.%d%% APR." % ("{:,}".format(rng.randint(100, 25000)), rng.randint(0, 99), rng.randint(3, 29), rng.randint(0, 9)))
    return c


def n_chat_age(rng):
    c = Case("negative", "chat/healthcare billing: ages, dosages, appointment dates")
    c.c("my dad is %d and was seen on %d/%d/%d, charged $%d" % (rng.randint(60, 95), rng.randint(1, 12), rng.randint(1, 28), rng.randint(2023, 2026), rng.randint(50, 3000)))
    c.a("I see a visit on that date, claim %s, balance $%d.%02d." % (gen_digits(9, rng), rng.randint(10, 900), rng.randint(0, 99)))
    return c


def n_call_numeric_date(rng):
    c = Case("negative", "call/healthcare billing: appointment date read as digits and a bill amount")
    c.a("your next appointment is %s at %s %s" % (say_digits("%02d%02d" % (rng.randint(1, 28), rng.randint(1, 12)), rng, pairs=0), DIG[rng.randint(1, 9)], rng.choice(["fifteen", "thirty", "forty five"])))
    c.c("and the bill from the last one was how much")
    c.a("%s dollars and %s cents and you've got %s days to pay" % (num_words(rng.randint(100, 999)), two_words(rng.randint(10, 99)), two_words(rng.choice([14, 30, 60]))))
    return c


def n_call_tracking(rng):
    c = Case("negative", "call/retail: parcel tracking number with letters and an invoice number")
    c.c("the tracking number is %s %s %s" % (say_letter(rng.choice("hjkmnp"), rng, 0.5), say_letter(rng.choice("hjkmnp"), rng, 0.5), say_digits(gen_digits(8, rng), rng, pairs=0.2)))
    c.a("thanks and invoice number %s was for %s pounds" % (say_digits(gen_digits(6, rng), rng, pairs=0.3), num_words(rng.randint(20, 600))))
    return c


CALL_NEG = [n_call_numeric_date, n_call_tracking, n_call_amount, n_call_order, n_call_order_split, n_call_times, n_call_flight, n_call_meter,
            n_call_model, n_call_year_age, n_call_room, n_call_temp, n_call_payment_date, n_call_counts,
            n_call_hold, n_call_ref_with_pairs, n_call_speed_distance, n_call_last4]
CHAT_NEG = [n_chat_order, n_chat_invoice, n_chat_ticket, n_chat_flight, n_chat_model, n_chat_balance, n_chat_age]

N_CALL_POS, N_CHAT_POS = 144, 68
N_CALL_NEG, N_CHAT_NEG = 80, 40


def build():
    rng = random.Random(SEED)
    pos, neg = [], []
    for i in range(N_CALL_POS):
        pos.append(CALL_POS[i % len(CALL_POS)](rng))
    for i in range(N_CHAT_POS):
        pos.append(CHAT_POS[i % len(CHAT_POS)](rng))
    for i in range(N_CALL_NEG):
        neg.append(CALL_NEG[i % len(CALL_NEG)](rng))
    for i in range(N_CHAT_NEG):
        neg.append(CHAT_NEG[i % len(CHAT_NEG)](rng))
    rng.shuffle(pos)
    rng.shuffle(neg)
    cases = []
    for i, c in enumerate(pos, 1):
        cases.append(("%s-pos-%03d" % (PFX, i), c))
    for i, c in enumerate(neg, 1):
        cases.append(("%s-neg-%03d" % (PFX, i), c))
    return cases


def to_json(cid, c):
    return json.dumps({"id": cid, "kind": c.kind, "turns": c.turns, "spans": c.spans, "note": c.note},
                      ensure_ascii=False)


def check_cases(cases):
    problems = []
    ids = set()
    for cid, c in cases:
        if cid in ids:
            problems.append("%s: duplicate id" % cid)
        ids.add(cid)
        if c.kind == "negative" and c.spans:
            problems.append("%s: negative with spans" % cid)
        if c.kind == "positive" and not c.spans:
            problems.append("%s: positive without spans" % cid)
        for s in c.spans:
            if s["type"] not in TYPES:
                problems.append("%s: bad type %s" % (cid, s["type"]))
            t = c.turns[s["turn"]]["text"]
            a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(t)):
                problems.append("%s: span out of range" % cid)
                continue
            if t[a].isspace() or t[b - 1].isspace():
                problems.append("%s: span has outer whitespace" % cid)
            if (a > 0 and t[a - 1].isalnum() and t[a].isalnum()) or (b < len(t) and t[b].isalnum() and t[b - 1].isalnum()):
                problems.append("%s: span not on word boundary %r" % (cid, t[a:b]))
        by_turn = {}
        for s in c.spans:
            by_turn.setdefault(s["turn"], []).append((s["start"], s["end"]))
        for lst in by_turn.values():
            lst.sort()
            for (a1, b1), (a2, b2) in zip(lst, lst[1:]):
                if a2 < b1:
                    problems.append("%s: overlapping spans" % cid)
        for key, (typ, idxs, frag) in c.groups.items():
            text = " | ".join(c.turns[c.spans[i]["turn"]]["text"][c.spans[i]["start"]:c.spans[i]["end"]] for i in idxs)
            err = validate(typ, text, frag)
            if err:
                problems.append("%s: %s" % (cid, err))
    return problems


def counts(cases):
    cnt = Counter()
    for _, c in cases:
        for s in c.spans:
            cnt[s["type"]] += 1
    return cnt


def readme(cases, cnt):
    npos = sum(1 for _, c in cases if c.kind == "positive")
    nneg = len(cases) - npos
    ncall = sum(1 for _, c in cases if c.note.startswith("call/"))
    lines = [
        "# PII redaction hold-out set 234",
        "",
        "**Never use this set for tuning.** It is a held-out evaluation set; looking at failures",
        "and then changing the redactor to fix them destroys its value.",
        "",
        "## Who wrote it and how",
        "",
        "Written by an AI helper acting as an independent author who did not see the redaction",
        "code, its tests, its documentation or the other evaluation sets (only a 3-line format",
        "example). Cases are produced by `scripts/make_pii_holdout234.py` from template functions;",
        "every turn is assembled from plain-text segments and (value, TYPE) segments so offsets are",
        "computed, never typed. All values come from one `random.Random(%d)`; the output is" % SEED,
        "byte-for-byte reproducible. `--check` regenerates, compares, and validates every value",
        "(Luhn for cards, mod-97 for IBANs, NI format, 9-digit SSN, 6-digit sort code, digit counts",
        "for CVV/phone/account, UK postcode / US ZIP shapes) after normalising spoken forms.",
        "",
        "About two thirds of the cases are phone calls written as an ASR transcript would write them",
        "(lower case, numbers as words, `oh`/`o`/`nought`, `double`/`triple`, pairs such as `forty one`,",
        "homophones `for`/`to`/`ate`/`won`, letters as `b for bravo`, e-mails as `dot`/`at`), with",
        "values split over turns, back-channels, self-corrections, agent interruptions and read-backs.",
        "The rest are typed chats with varied separators and case.",
        "",
        "## Annotation conventions",
        "",
        "- A span covers the value only: no lead-in words (`it's`, `my number is`), no trailing chit-chat.",
        "- A value split over several turns is labelled as one span per turn, all with the same type;",
        "  back-channel turns (`mhm`, `okay go on`) are not labelled.",
        "- Filler words that occur *inside* a reading (`um`, `uh`) are inside the span.",
        "- Self-corrections: the abandoned partial reading is labelled as its own span of the same type",
        "  (it is still a fragment of the person's data); the correction words (`no sorry`) are outside.",
        "- Agent read-backs of a value are labelled too, including a mis-read variant.",
        "- Phone: the whole number including `plus` and the country code.",
        "- ADDRESS: house number + street name + street type (town, flat number and postcode excluded;",
        "  the postcode/ZIP is its own POSTCODE span).",
        "- DOB: the whole date expression (`the fourteenth of march nineteen eighty two`), without `born`.",
        "- EXPIRY: month and year expression; CVV: the digits only.",
        "- Negatives contain only non-PII numbers (amounts, times, dates that are not birth dates,",
        "  order/claim/ticket/invoice references of at most 10 digits with their reference word, flight",
        "  and room numbers, model numbers, meter readings, speeds, ages, temperatures, balances).",
        "",
        "## Counts",
        "",
        "- cases: %d (positive %d, negative %d); phone-call cases: %d" % (len(cases), npos, nneg, ncall),
        "",
        "| type | spans |",
        "|---|---|",
    ]
    for t in TYPES:
        lines.append("| %s | %d |" % (t, cnt[t]))
    lines.append("| total | %d |" % sum(cnt.values()))
    lines.append("")
    return "\n".join(lines)


def main(argv):
    cases = build()
    data = "".join(to_json(cid, c) + "\n" for cid, c in cases)
    cnt = counts(cases)
    text_readme = readme(cases, cnt)
    problems = check_cases(cases)
    npos = sum(1 for _, c in cases if c.kind == "positive")
    nneg = len(cases) - npos
    if npos < 170 or nneg < 100:
        problems.append("too few cases: %d pos %d neg" % (npos, nneg))
    for t in TYPES:
        need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
        if cnt[t] < need:
            problems.append("type %s has %d spans < %d" % (t, cnt[t], need))
    if "--check" in argv:
        if not CASES.exists() or CASES.read_text(encoding="utf-8") != data:
            problems.append("cases.jsonl differs from regenerated output")
        else:
            # re-verify offsets from the file itself
            for line in CASES.read_text(encoding="utf-8").splitlines():
                obj = json.loads(line)
                for s in obj["spans"]:
                    if not 0 <= s["start"] < s["end"] <= len(obj["turns"][s["turn"]]["text"]):
                        problems.append("%s: file span out of range" % obj["id"])
        if not README.exists() or README.read_text(encoding="utf-8") != text_readme:
            problems.append("README.md differs from regenerated output")
    else:
        OUT_DIR.mkdir(parents=True, exist_ok=True)
        CASES.write_text(data, encoding="utf-8")
        README.write_text(text_readme, encoding="utf-8")
    print("cases: %d positive, %d negative" % (npos, nneg))
    for t in TYPES:
        print("  %-13s %d" % (t, cnt[t]))
    if problems:
        print("PROBLEMS (%d):" % len(problems))
        for p in problems[:60]:
            print("  " + p)
        return 1
    print("OK" + (" (check)" if "--check" in argv else " (written)"))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

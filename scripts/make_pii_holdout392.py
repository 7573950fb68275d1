#!/usr/bin/env python3
"""Generate the pii_holdout392 held-out PII evaluation set.

Usage:
    python scripts/make_pii_holdout392.py          # write cases.jsonl
    python scripts/make_pii_holdout392.py --check  # regenerate and verify

Standard library only. One RNG: random.Random(392241125).
Turns are built from plain segments (str) and labelled segments
(Lab objects) so that offsets are always computed, never typed.
"""
import json
import os
import re
import sys
import random

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout392")
OUT = os.path.join(OUT_DIR, "cases.jsonl")

R = random.Random(392241125)


# ----------------------------------------------------------------- segments
class Lab:
    """A labelled value segment. group ties parts of one value together."""

    def __init__(self, typ, text, group, partial=False):
        self.typ, self.text, self.group, self.partial = typ, text, group, partial


_gid = [0]


def newg():
    _gid[0] += 1
    return _gid[0]


def L(typ, text, group=None, partial=False):
    return Lab(typ, text, newg() if group is None else group, partial)


def build(turns):
    """turns: list of (speaker, [segments]) -> (json turns, spans, groups)."""
    jt, spans, groups = [], [], {}
    for ti, (spk, segs) in enumerate(turns):
        text = ""
        for s in segs:
            if isinstance(s, Lab):
                st = len(text)
                text += s.text
                spans.append({"turn": ti, "start": st, "end": len(text), "type": s.typ})
                groups.setdefault(s.group, []).append((s.typ, s.text, s.partial))
            else:
                text += s
        jt.append({"speaker": spk, "text": text})
    return jt, spans, groups


# ------------------------------------------------------------ value makers
def luhn_complete(partial):
    digits = [int(c) for c in partial + "0"]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return partial + str((10 - total % 10) % 10)


def luhn_ok(s):
    total = 0
    for i, c in enumerate(reversed(s)):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def rdig(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def make_card():
    kind = R.choice(["visa", "visa", "mc", "mc", "amex", "disc", "visa13", "maestro19"])
    if kind == "visa":
        return luhn_complete("4" + rdig(14))
    if kind == "mc":
        return luhn_complete("5" + R.choice("12345") + rdig(13))
    if kind == "amex":
        return luhn_complete("3" + R.choice("47") + rdig(12))
    if kind == "disc":
        return luhn_complete("6011" + rdig(11))
    if kind == "visa13":
        return luhn_complete("4" + rdig(11))
    return luhn_complete("6759" + rdig(14))


def group_card(c):
    if len(c) == 15:
        return [c[:4], c[4:10], c[10:]]
    if len(c) == 13:
        return [c[:4], c[4:8], c[8:]]
    if len(c) == 19:
        return [c[:4], c[4:8], c[8:12], c[12:16], c[16:]]
    return [c[i:i + 4] for i in range(0, 16, 4)]


IBAN_SPEC = {  # country: bban builder
    "DE": lambda: rdig(18),
    "FR": lambda: rdig(10) + rdig(11) + rdig(2),
    "ES": lambda: rdig(20),
    "NL": lambda: R.choice(["ABNA", "RABO", "INGB", "TRIO"]) + rdig(10),
    "IE": lambda: R.choice(["AIBK", "BOFI", "IPBS"]) + rdig(14),
    "GB": lambda: R.choice(["NWBK", "BARC", "LOYD", "MIDL"]) + rdig(14),
    "IT": lambda: R.choice("ABCDEFGHX") + rdig(22),
    "BE": lambda: rdig(12),
    "PL": lambda: rdig(24),
    "AT": lambda: rdig(16),
    "PT": lambda: rdig(21),
}


def iban_num(s):
    return "".join(str(int(c, 36)) for c in s)


def make_iban(cc=None):
    cc = cc or R.choice(list(IBAN_SPEC))
    bban = IBAN_SPEC[cc]()
    chk = 98 - int(iban_num(bban + cc + "00")) % 97
    return cc + "%02d" % chk + bban


def iban_ok(s):
    s = s.upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    return int(iban_num(s[4:] + s[:4])) % 97 == 1


def make_ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


NI_FIRST = "ABCEGHJKLMNOPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def make_ni():
    while True:
        p = R.choice(NI_FIRST) + R.choice(NI_SECOND)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + rdig(6) + R.choice("ABCD")


def ni_ok(s):
    return bool(re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", s)) and s[:2] not in (
        "BG", "GB", "NK", "KN", "TN", "NT", "ZZ")


FIRST = ["maria", "jan", "pieter", "agnieszka", "luca", "sofia", "olivier", "ines", "mehmet", "priya",
         "siobhan", "ciaran", "dave", "kerry", "joao", "anke", "tomasz", "elena", "raj", "fatima"]
LAST = ["kowalski", "de jong", "rossi", "garcia", "dubois", "oconnor", "murphy", "schmidt", "novak",
        "silva", "patel", "ahmed", "byrne", "smith", "jones", "fischer", "moreau", "lopez"]
DOMAINS = ["gmail.com", "outlook.com", "yahoo.co.uk", "web.de", "gmx.de", "orange.fr", "eircom.net",
           "hotmail.es", "btinternet.com", "icloud.com", "libero.it", "wp.pl"]

STREETS = ["Church", "Station", "High", "Mill", "Victoria", "Oak", "Maple", "Kingsway", "Bridge",
           "Park", "Elm", "Queen", "Harbour", "Canal", "Abbey", "Orchard", "Main", "Lincoln", "Cedar"]
SUFFIX = ["Road", "Street", "Lane", "Avenue", "Close", "Drive", "Crescent", "Way", "Terrace", "Gardens", "Place"]
UK_AREAS = ["SW", "N", "E", "M", "B", "LS", "BS", "G", "EH", "CF", "NE", "OX", "CB", "BT", "L", "RG", "PO"]
LETTERS_PC = "ABDEFGHJLNPQRSTUWXYZ"


def make_uk_pc():
    a = R.choice(UK_AREAS)
    d = str(R.randint(1, 29)) if len(a) == 1 else str(R.randint(1, 19))
    return "%s%s %d%s%s" % (a, d, R.randint(0, 9), R.choice(LETTERS_PC), R.choice(LETTERS_PC))


def make_zip():
    z = "%05d" % R.randint(1001, 99950)
    return z + ("-" + rdig(4) if R.random() < 0.25 else "")


MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december"]

# ----------------------------------------------------------- spoken forms
UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
         "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
ORD = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh",
       8: "eighth", 9: "ninth", 10: "tenth", 11: "eleventh", 12: "twelfth", 13: "thirteenth",
       14: "fourteenth", 15: "fifteenth", 16: "sixteenth", 17: "seventeenth", 18: "eighteenth",
       19: "nineteenth", 20: "twentieth", 21: "twenty first", 22: "twenty second", 23: "twenty third",
       24: "twenty fourth", 25: "twenty fifth", 26: "twenty sixth", 27: "twenty seventh",
       28: "twenty eighth", 29: "twenty ninth", 30: "thirtieth", 31: "thirty first"}
FILLERS = ["um", "uh", "er", "erm", "ehm"]
DE_DIG = ["null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"]
ES_DIG = ["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"]


NO_O = [False]


def zero_word():
    if NO_O[0]:
        return R.choice(["oh", "zero", "nought", "zero"])
    return R.choice(["oh", "o", "zero", "nought", "oh", "zero"])


def say_digit(d, lang=None):
    if lang == "de":
        return DE_DIG[int(d)]
    if lang == "es":
        return ES_DIG[int(d)]
    return zero_word() if d == "0" else UNITS[int(d)]


def say_pair(p):
    a, b = int(p[0]), int(p[1])
    if a == 0:
        return zero_word() + " " + UNITS[b] if b else R.choice(["double oh", "oh oh", "double zero"])
    if a == 1:
        return TEENS[b]
    if b == 0:  # a bare 'ninety' would swallow a following single digit
        return UNITS[a] + " " + zero_word()
    return TENS[a] + " " + UNITS[b]


def say_digits(s, style="single", filler=0.0, lang=None, allow_multi=True):
    """Spoken form of a digit string. Styles: single, pairs, mixed."""
    out = []
    i = 0
    while i < len(s):
        if style in ("pairs", "mixed") and i + 1 < len(s) and (style == "pairs" or R.random() < 0.5):
            out.append(say_pair(s[i:i + 2]))
            i += 2
        elif allow_multi and lang is None and i + 2 < len(s) and s[i] == s[i + 1] == s[i + 2] and R.random() < 0.8:
            out.append("triple " + say_digit(s[i]))
            i += 3
        elif allow_multi and lang is None and i + 1 < len(s) and s[i] == s[i + 1] and R.random() < 0.7:
            out.append("double " + say_digit(s[i]))
            i += 2
        else:
            out.append(say_digit(s[i], lang))
            i += 1
        if filler and i < len(s) and R.random() < filler:
            out.append(R.choice(FILLERS))
    return " ".join(out)


def say_hundreds(s):
    """three-digit group as 'four hundred and twelve' when possible."""
    if len(s) == 3 and s[0] != "0":
        rest = s[1:]
        h = UNITS[int(s[0])] + " hundred"
        if rest == "00":
            return h
        if rest[0] == "0":
            return h + " and " + UNITS[int(rest[1])]
        return h + " and " + say_pair(rest)
    return say_digits(s)


CITY_ALPHA = {"a": ["amsterdam", "apple", "anton", "alpha"], "b": ["berlin", "bravo", "boy", "barcelona"],
              "c": ["charlie", "cairo", "cat"], "d": ["delta", "denmark", "david", "dog"],
              "e": ["echo", "edward", "england"], "f": ["foxtrot", "freddie", "frankfurt"],
              "g": ["golf", "george", "germany"], "h": ["hotel", "harry", "hamburg"], "i": ["india", "italy", "ireland", "ida"],
              "j": ["juliet", "john", "jerusalem"], "k": ["kilo", "king", "kilogramme"],
              "l": ["lima", "london", "lemon"], "m": ["mike", "mother", "madrid", "munich"],
              "n": ["november", "nancy", "nordpol"], "o": ["oscar", "orange", "otto"],
              "p": ["papa", "peter", "paris"], "q": ["quebec", "queen"], "r": ["romeo", "robert", "roma"],
              "s": ["sierra", "sugar", "samuel"], "t": ["tango", "tommy", "toledo"],
              "u": ["uniform", "umbrella"], "v": ["victor", "valencia"], "w": ["whiskey", "william", "wien"],
              "x": ["x-ray", "xylophone"], "y": ["yankee", "yellow", "york"], "z": ["zulu", "zebra", "zurich"]}


def say_letter(c):
    c = c.lower()
    r = R.random()
    w = R.choice(CITY_ALPHA[c])
    if r < 0.3:
        return c
    if r < 0.5:
        return "%s for %s" % (c, w)
    if r < 0.65:
        return "%s like %s" % (c, w)
    if r < 0.8:
        return "%s as in %s" % (c, w)
    if r < 0.9:
        return "%s %s" % (c, w) if R.random() < 0.5 else w
    return "%s of %s" % (c, w)


def say_alnum(s, filler=0.0):
    NO_O[0] = True
    try:
        return _say_alnum(s, filler)
    finally:
        NO_O[0] = False


def _say_alnum(s, filler=0.0):
    out = []
    i = 0
    while i < len(s):
        c = s[i]
        if c.isdigit():
            j = i
            while j < len(s) and s[j].isdigit():
                j += 1
            out.append(say_digits(s[i:j], R.choice(["single", "single", "mixed"])))
            i = j
        elif c.isalpha():
            out.append(say_letter(c))
            i += 1
        else:
            i += 1
        if filler and i < len(s) and R.random() < filler:
            out.append(R.choice(FILLERS))
    return " ".join(out)


def say_year(y):
    y = int(y)
    if 2000 <= y < 2010:
        return "two thousand and " + UNITS[y - 2000] if y > 2000 else "two thousand"
    return say_pair(str(y)[:2]) + " " + say_pair(str(y)[2:])


# ------------------------------------------------------------- normaliser
WORDNUM = {w: i for i, w in enumerate(UNITS)}
WORDNUM.update({"oh": 0, "o": 0, "nought": 0, "naught": 0, "zero": 0})
for i, w in enumerate(DE_DIG):
    WORDNUM[w] = i
for i, w in enumerate(ES_DIG):
    WORDNUM[w] = i
TEENNUM = {w: 10 + i for i, w in enumerate(TEENS)}
TENNUM = {w: i for i, w in enumerate(TENS) if w}
FILL = set(FILLERS) | {"uhm", "hmm", "like"}
ALLWORDS = {w for ws in CITY_ALPHA.values() for w in ws} | {"xray"}


def spoken_to_chars(text, alnum=False):
    """Normalise a spoken/typed value to its characters (digits/letters, '+' kept)."""
    t = text.lower().replace("x-ray", "xray").replace("-", " ").replace("/", " ").replace(".", " ").replace(",", " ")
    t = t.replace("(", " ").replace(")", " ")
    toks = t.split()
    out = []
    i = 0
    while i < len(toks):
        w = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if w in FILL and not (alnum and w == "like" and False):
            i += 1
            continue
        if w == "plus":
            out.append("+")
            i += 1
            continue
        if w in ("double", "triple") and nxt is not None:
            n = 2 if w == "double" else 3
            if nxt in WORDNUM:
                out.append(str(WORDNUM[nxt]) * n)
            else:
                out.append(nxt * n)
            i += 2
            continue
        if w in TENNUM:
            v = TENNUM[w]
            if nxt in WORDNUM and nxt not in ("oh", "o", "zero", "nought"):
                out.append(str(v * 10 + WORDNUM[nxt]))
                i += 2
            else:
                out.append(str(v * 10))
                i += 1
            continue
        if w in TEENNUM:
            out.append(str(TEENNUM[w]))
            i += 1
            continue
        if w in WORDNUM and not (alnum and w == "o"):
            if nxt == "hundred":
                v = WORDNUM[w] * 100
                j = i + 2
                if j < len(toks) and toks[j] == "and":
                    j += 1
                rest = 0
                if j < len(toks):
                    if toks[j] in TEENNUM:
                        rest = TEENNUM[toks[j]]
                        j += 1
                    elif toks[j] in TENNUM:
                        rest = TENNUM[toks[j]] * 10
                        j += 1
                        if j < len(toks) and toks[j] in WORDNUM:
                            rest += WORDNUM[toks[j]]
                            j += 1
                    elif toks[j] in WORDNUM:
                        rest = WORDNUM[toks[j]]
                        j += 1
                out.append("%03d" % (v + rest))
                i = j
                continue
            out.append(str(WORDNUM[w]))
            i += 1
            continue
        if len(w) == 1 and w.isalpha():
            # letter with optional spelling word: 'b for berlin', 'a as in apple', 'b berlin'
            out.append(w)
            j = i + 1
            if j < len(toks) and toks[j] in ("for", "like", "of") and j + 1 < len(toks):
                j += 2
            elif j + 2 < len(toks) and toks[j] == "as" and toks[j + 1] == "in":
                j += 3
            elif j < len(toks) and toks[j] in ALLWORDS and toks[j][0] == w:
                j += 1
            i = j
            continue
        if w in ALLWORDS:
            out.append(w[0])
            i += 1
            continue
        out.append(w)
        i += 1
    return "".join(out)


def spoken_email(text):
    t = text.lower()
    toks = t.split()
    out = []
    i = 0
    while i < len(toks):
        w = toks[i]
        if w in FILL:
            i += 1
            continue
        if w == "at":
            out.append("@")
        elif w in ("dot", "point"):
            out.append(".")
        elif w == "underscore":
            out.append("_")
        elif w in ("dash", "hyphen"):
            out.append("-")
        elif w in ("double", "triple") and i + 1 < len(toks):
            n = 2 if w == "double" else 3
            nx = toks[i + 1]
            out.append((str(WORDNUM[nx]) if nx in WORDNUM else nx) * n)
            i += 1
        elif w in WORDNUM and w != "o":
            out.append(str(WORDNUM[w]))
        elif w in TEENNUM:
            out.append(str(TEENNUM[w]))
        elif w in TENNUM:
            out.append(str(TENNUM[w] * 10))
        elif len(w) == 1 and w.isalpha() and i + 1 < len(toks) and toks[i + 1] in ALLWORDS \
                and toks[i + 1][0] == w:
            out.append(w)
            i += 1
        elif len(w) == 1 and w.isalpha() and i + 2 < len(toks) and toks[i + 1] in ("for", "like") \
                and toks[i + 2] in ALLWORDS:
            out.append(w)
            i += 2
        else:
            out.append(w)
        i += 1
    return "".join(out)


EMAIL_RE = re.compile(r"[a-z0-9._%+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+")
UK_PC_RE = re.compile(r"[a-z]{1,2}\d[a-z\d]?\d[a-z]{2}")
MONTH_RE = re.compile(r"(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)")


def validate(typ, texts, partial):
    if typ == "EMAIL":
        v = spoken_email(" ".join(texts)) if not any("@" in x for x in texts) else "".join(texts).lower()
        return bool(EMAIL_RE.fullmatch(v)), v
    if typ == "ADDRESS":
        s = " ".join(texts).lower()
        ok = bool(re.match(r"(flat|apartment|apt|unit)?\s*[\w ]*?(\d+[a-z]?|" + "|".join(UNITS[1:] + TEENS + list(TENNUM)) + r")\b", s)) \
            and any(x.lower() in s.split() for x in SUFFIX)
        return ok, s
    if typ in ("DOB", "EXPIRY"):
        s = " ".join(texts).lower()
        v = spoken_to_chars(s)
        has_month = bool(MONTH_RE.search(s)) or bool(re.search(r"\d", v))
        digits = re.sub(r"\D", "", v)
        ok = has_month and len(digits) >= 2
        if typ == "DOB":
            ok = ok and (re.search(r"(19|20)\d\d", digits) is not None or re.search(r"\d{2}$", digits) is not None)
        return ok, v
    alnum = typ in ("IBAN", "NI_NUMBER", "POSTCODE")
    v = spoken_to_chars(" ".join(texts), alnum=alnum).upper()
    if partial:
        return bool(re.fullmatch(r"[0-9A-Z]+", v)), v
    if typ == "CARD_NUMBER":
        return v.isdigit() and 13 <= len(v) <= 19 and luhn_ok(v), v
    if typ == "CVV":
        return v.isdigit() and len(v) in (3, 4), v
    if typ == "SSN":
        return v.isdigit() and len(v) == 9, v
    if typ == "NI_NUMBER":
        return ni_ok(v), v
    if typ == "SORT_CODE":
        return v.isdigit() and len(v) == 6, v
    if typ == "BANK_ACCOUNT":
        return v.isdigit() and 6 <= len(v) <= 17, v
    if typ == "IBAN":
        return iban_ok(v), v
    if typ == "PHONE":
        d = v.lstrip("+")
        return d.isdigit() and 9 <= len(d) <= 15, v
    if typ == "POSTCODE":
        return bool(UK_PC_RE.fullmatch(v.lower()) or re.fullmatch(r"\d{5}(\d{4})?", v)), v
    return False, v


# ------------------------------------------------------------- helpers
def bc():
    return R.choice(["mhm", "go on", "yep", "okay", "uh huh", "yes", "right", "got that", "ok go on", "mm hm"])


INDUSTRY = ["banking", "telecom", "utilities", "retail", "insurance", "travel", "healthcare billing",
            "government services"]


def fmt_card_typed(c):
    g = group_card(c)
    r = R.random()
    if r < 0.3:
        return " ".join(g)
    if r < 0.45:
        return "-".join(g)
    if r < 0.6:
        return c
    if r < 0.75:
        return " ".join([c[:4], c[4:8] + c[8:12], c[12:]])
    if r < 0.85:
        return ".".join(g)
    return "  ".join(g)


def fmt_card_spoken(c, filler=0.15):
    style = R.choice(["single", "single", "pairs", "mixed"])
    return [say_digits(x, style, filler) for x in group_card(c)]


# ============================================================ positives
POS = []


def pos(turns, note):
    POS.append((turns, note))


def cards():
    for k in range(76):
        c = make_card()
        m = k % 10
        if m == 0:  # typed chat
            lead = R.choice(["card no: ", "Card number ", "my card is ", "cc# ", "CARD NO. ", "card nr: ", "its "])
            pos([("customer", ["hi, pls take payment from ", "this card. " if R.random() < .5 else "", lead, L("CARD_NUMBER", fmt_card_typed(c)), " thx"]),
                 ("agent", ["Thank you, and the expiry date please?"])], "typed card number in chat")
        elif m == 1:  # ASR all in one turn
            parts = fmt_card_spoken(c)
            pos([("agent", ["can i take the long number on the front of the card please"]),
                 ("customer", [R.choice(["yeah it's ", "ok so it's ", "right ", "um yeah "]), L("CARD_NUMBER", " ".join(parts))])],
                "spoken card, ASR lower case")
        elif m == 2:  # split across turns with back-channels
            parts = fmt_card_spoken(c)
            g = newg()
            turns = [("agent", ["ok go ahead with the card number when you're ready"])]
            for i, p in enumerate(parts):
                turns.append(("customer", [L("CARD_NUMBER", p, g)]))
                if i < len(parts) - 1:
                    turns.append(("agent", [bc()]))
            turns.append(("agent", ["lovely thank you"]))
            pos(turns, "card split across customer turns with back-channels")
        elif m == 3:  # read-back by agent
            parts = fmt_card_spoken(c, 0)
            rb = " ".join(say_digits(x, "single") for x in group_card(c))
            pos([("customer", ["the card is ", L("CARD_NUMBER", " ".join(parts))]),
                 ("agent", ["let me just read that back ", L("CARD_NUMBER", rb), " is that right"]),
                 ("customer", ["yes that's it"])], "card with agent read-back")
        elif m == 4:  # correction / restart
            gp = group_card(c)
            wrong = say_digits(gp[0][:2] + str((int(gp[0][2]) + 3) % 10), "single")
            pos([("customer", [L("CARD_NUMBER", wrong, partial=True), R.choice([" no wait sorry, ", " sorry no, let me start again ", " hang on that's wrong, "]),
                               L("CARD_NUMBER", " ".join(fmt_card_spoken(c, 0.1)))])],
                "restarted card reading; abandoned fragment also labelled")
        elif m == 5:  # aside in middle
            gp = group_card(c)
            half = len(gp) // 2
            g = newg()
            pos([("customer", [L("CARD_NUMBER", " ".join(say_digits(x, "single") for x in gp[:half]), g),
                               R.choice([" sorry the dog's barking, ", " hold on let me get my glasses, ", " ähm wait moment, ", " perdón, "]),
                               L("CARD_NUMBER", " ".join(say_digits(x, "single") for x in gp[half:]), g)]),
                 ("agent", ["thanks"])], "aside in the middle of a card reading")
        elif m == 6:  # non-native mixed language
            lang = R.choice(["de", "es"])
            gp = group_card(c)
            txt = " ".join(say_digits(x, "single", lang=lang if i == len(gp) - 1 else None) for i, x in enumerate(gp))
            pre = "ja also die karte ist " if lang == "de" else "vale, la tarjeta es "
            pos([("agent", ["could i have the card number please"]),
                 ("customer", [pre, L("CARD_NUMBER", txt), ", sorry, my english for numbers"])],
                "non-native caller switches digit language mid-card")
        elif m == 7:  # email-style with label
            pos([("customer", ["Subject: payment\nHello,\nPlease charge my Visa/Mastercard\nCard Number: ", L("CARD_NUMBER", fmt_card_typed(c)),
                               "\nAmount: GBP 84.20\nKind regards"])], "e-mail with labelled card number and amount")
        elif m == 8:  # card + cvv + expiry in one case
            mm, yy = R.randint(1, 12), R.randint(25, 31)
            cvv = rdig(4 if len(c) == 15 else 3)
            pos([("customer", [L("CARD_NUMBER", fmt_card_typed(c)), " exp ", L("EXPIRY", "%02d/%d" % (mm, yy)), " cvc ", L("CVV", cvv)])],
                "card, expiry and security code typed on one line")
        else:  # full card then last four referenced in same case -> labelled
            gp = group_card(c)
            pos([("customer", ["it's ", L("CARD_NUMBER", " ".join(gp))]),
                 ("agent", ["thanks, so that's the card ending ", L("CARD_NUMBER", say_digits(c[-4:], "single"), partial=True), " yes?"])],
                "full card read, then last four repeated in the same case (labelled)")


def ssns():
    for k in range(32):
        s = make_ssn()
        m = k % 6
        if m == 0:
            pos([("customer", [R.choice(["SSN: ", "ssn ", "social: ", "SS# "]), L("SSN", R.choice(["%s-%s-%s", "%s %s %s", "%s%s%s"]) % (s[:3], s[3:5], s[5:]))])],
                "typed US SSN")
        elif m == 1:
            pos([("agent", ["and for verification the social security number"]),
                 ("customer", ["sure it's ", L("SSN", " ".join([say_digits(s[:3], "single", .2), say_digits(s[3:5], "pairs"), say_digits(s[5:], R.choice(["pairs", "single"]))]))])],
                "spoken SSN")
        elif m == 2:
            g = newg()
            pos([("customer", ["my social is ", L("SSN", say_hundreds(s[:3]), g)]), ("agent", [bc()]),
                 ("customer", [L("SSN", say_digits(s[3:5], "pairs"), g)]), ("agent", [bc()]),
                 ("customer", [L("SSN", say_digits(s[5:], "pairs"), g)])], "SSN split over turns with hundreds")
        elif m == 3:
            pos([("customer", ["i'm british but i worked in boston for years so i have a social, it's ", L("SSN", say_digits(s, "single", .1))]),
                 ("agent", ["okay so that's ", L("SSN", "%s-%s-%s" % (s[:3], s[3:5], s[5:])), " hmm"])], "expat SSN with read-back")
        elif m == 4:
            pos([("customer", ["mi número de seguro social es ", L("SSN", " ".join(say_digits(x, "single") for x in (s[:3], s[3:5], s[5:])))])],
                "Spanish lead-in to SSN (healthcare billing)")
        else:
            pos([("customer", ["Tax ID (SSN) ", L("SSN", "%s %s-%s" % (s[:3], s[3:5], s[5:])), " for the claim form pls"])], "SSN odd separator")


def nis():
    for k in range(32):
        n = make_ni()
        m = k % 5
        if m == 0:
            t = R.choice([n, "%s %s %s %s %s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8]), n.lower(), "%s%s %s" % (n[:2], n[2:8], n[8])])
            pos([("customer", [R.choice(["NI no: ", "national insurance ", "NINO ", "my NI is "]), L("NI_NUMBER", t)])], "typed NI number")
        elif m == 1:
            pos([("agent", ["can you confirm your national insurance number"]),
                 ("customer", ["yeah ", L("NI_NUMBER", say_alnum(n, .1))])], "spoken NI with spelling alphabet")
        elif m == 2:
            g = newg()
            pos([("customer", ["okay the letters are ", L("NI_NUMBER", say_letter(n[0]) + " " + say_letter(n[1]), g)]), ("agent", [bc()]),
                 ("customer", [L("NI_NUMBER", say_digits(n[2:8], R.choice(["pairs", "mixed"])), g)]), ("agent", ["and the last letter"]),
                 ("customer", [L("NI_NUMBER", say_letter(n[8]), g)])], "NI split over turns")
        elif m == 3:
            pos([("customer", ["i came from poland in twenty nineteen, my insurance number, national, is ", L("NI_NUMBER", say_alnum(n))]),
                 ("agent", ["thank you so ", L("NI_NUMBER", " ".join(n)), " yes"])], "expat NI with read-back (government services)")
        else:
            pos([("customer", ["Dear DWP, my NI number is ", L("NI_NUMBER", n[:2] + "-" + n[2:8] + "-" + n[8]), " and I am writing about my claim."])],
                "NI in e-mail with dashes")


def others():
    for k in range(14):  # IBAN
        ib = make_iban()
        m = k % 4
        if m == 0:
            t = " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))
            pos([("customer", ["IBAN: ", L("IBAN", t if R.random() < .7 else t.lower())])], "typed IBAN in groups")
        elif m == 1:
            pos([("customer", ["Bitte refund to my account, iban ", L("IBAN", ib)]), ("agent", ["Thanks, processing now."])], "IBAN mixed German/English")
        elif m == 2:
            g = newg()
            chunks = [ib[:4], ib[4:12], ib[12:]]
            turns = []
            for i, ch in enumerate(chunks):
                turns.append(("customer", [L("IBAN", say_alnum(ch, .1), g)]))
                if i < 2:
                    turns.append(("agent", [bc()]))
            pos(turns, "spoken IBAN split over turns, city alphabet")
        else:
            pos([("customer", ["euh the iban is ", L("IBAN", say_alnum(ib))])], "spoken IBAN from French caller")
    for k in range(14):  # phones
        m = k % 7
        if m == 0:
            n = "7" + rdig(9)
            t = R.choice(["+44 %s %s" % (n[:4], n[4:]), "0044 %s %s" % (n[:4], n[4:]), "+44 (0)%s %s" % (n[:4], n[4:])])
            pos([("customer", ["call me on ", L("PHONE", t), " after 5"])], "UK mobile international format")
        elif m == 1:
            n = rdig(8)
            pos([("customer", ["landline ", L("PHONE", "+49 (0)30 %s" % n)])], "German landline with (0)")
        elif m == 2:
            n = "8" + R.choice("3567") + rdig(7)
            pos([("customer", ["my mobile is ", L("PHONE", "plus three five three " + say_digits(n, "mixed"))])], "spoken Irish mobile with plus")
        elif m == 3:
            n = "07" + rdig(9)
            pos([("customer", ["it's ", L("PHONE", say_digits(n[:5], "single", .2) + " " + say_digits(n[5:], "pairs"))]),
                 ("agent", ["so ", L("PHONE", n[:5] + " " + n[5:])])], "UK mobile in pairs with read-back")
        elif m == 4:
            a, b, c = str(R.randint(201, 989)), rdig(3), rdig(4)
            pos([("customer", ["best number is ", L("PHONE", R.choice(["(%s) %s-%s", "%s.%s.%s", "+1 %s %s %s"]) % (a, b, c))])], "US phone")
        elif m == 5:
            n = "6" + rdig(8)
            pos([("customer", ["mi móvil, sorry, my mobile is ", L("PHONE", "double oh three four " + say_digits(n, "single"))])], "Spanish mobile with 00 spoken")
        else:
            n = "6" + rdig(8)
            pos([("customer", ["Tel: ", L("PHONE", "+33 %s %s %s %s %s" % (n[0], n[1:3], n[3:5], n[5:7], n[7:]))])], "French mobile")
    for k in range(12):  # email
        f, l_, d = R.choice(FIRST), R.choice(LAST).replace(" ", ""), R.choice(DOMAINS)
        m = k % 4
        if m == 0:
            pos([("customer", ["email is ", L("EMAIL", R.choice(["%s.%s@%s", "%s_%s@%s", "%s%s@%s"]) % (f, l_, d) if R.random() < .7 else ("%s.%s@%s" % (f, l_, d)).upper())])], "typed email")
        elif m == 1:
            dd = d.replace(".", " dot ")
            pos([("customer", ["it's ", L("EMAIL", "%s dot %s at %s" % (f[0], l_, dd))])], "spoken email with dot/at")
        elif m == 2:
            dd = d.replace(".", " dot ")
            num = rdig(2)
            pos([("customer", ["the email, ", L("EMAIL", "%s underscore %s %s at %s" % (f, l_, say_digits(num, "single"), dd))])], "spoken email with underscore and digits")
        else:
            dd = d.replace(".", " dot ")
            sp = " ".join(say_letter(ch) if R.random() < .5 else ch for ch in l_)
            sp = re.sub(r"\b(\w) (of|as in) ", r"\1 for ", sp)
            pos([("customer", ["so ", L("EMAIL", "%s at %s" % (sp, dd))])], "spelled email local part")
    for k in range(12):  # DOB
        y, mo, d = R.randint(1940, 2004), R.randint(1, 12), R.randint(1, 28)
        m = k % 4
        if m == 0:
            t = R.choice(["%02d/%02d/%d" % (d, mo, y), "%d-%02d-%02d" % (y, mo, d), "%02d.%02d.%d" % (d, mo, y)])
            pos([("customer", ["DOB: ", L("DOB", t)])], "typed DOB")
        elif m == 1:
            pos([("customer", ["i was born on the ", L("DOB", "%s of %s %s" % (ORD[d], MONTHS[mo - 1], say_year(y)))])], "spoken DOB")
        elif m == 2:
            pos([("customer", ["date of birth ", L("DOB", "%s %s %s" % (say_digits("%02d" % d, "pairs"), say_digits("%02d" % mo, "single"), say_year(y)))])], "DOB spoken as numbers")
        else:
            pos([("customer", ["geboren, er, born ", L("DOB", "%d. %s %d" % (d, MONTHS[mo - 1].capitalize(), y))])], "DOB continental style")
    for k in range(12):  # CVV / EXPIRY
        cvv = rdig(3)
        pos([("agent", ["and the three digits on the back"]), ("customer", [L("CVV", say_digits(cvv, "single") if k % 2 else cvv)])], "CVV")
        mm, yy = R.randint(1, 12), R.randint(26, 32)
        e = R.choice(["%02d/%d" % (mm, yy), "%s twenty %s" % (say_digits("%02d" % mm, "single"), say_pair(str(yy))),
                      "%s %d" % (MONTHS[mm - 1], 2000 + yy), "%02d-20%d" % (mm, yy)])
        pos([("customer", ["expiry ", L("EXPIRY", e)])], "card expiry")
    for k in range(12):  # sort code + account
        sc, ac = rdig(6), rdig(8)
        if k % 3 == 0:
            pos([("customer", ["sort code ", L("SORT_CODE", "%s-%s-%s" % (sc[:2], sc[2:4], sc[4:])), " acct no: ", L("BANK_ACCOUNT", ac)])], "typed sort code and account")
        elif k % 3 == 1:
            pos([("customer", ["the sort code is ", L("SORT_CODE", say_digits(sc, "pairs"))]), ("agent", [bc()]),
                 ("customer", ["and account ", L("BANK_ACCOUNT", say_digits(ac, "single", .15))])], "spoken sort code in pairs and account")
        else:
            g = newg()
            pos([("customer", [L("BANK_ACCOUNT", say_digits(ac[:4], "single"), g)]), ("agent", ["go on"]),
                 ("customer", [L("BANK_ACCOUNT", say_digits(ac[4:], "mixed"), g), " and sorting code ", L("SORT_CODE", " ".join(sc[i:i + 2] for i in (0, 2, 4)))])],
                "account split over turns then sort code")
    for k in range(14):  # address + postcode
        num = R.randint(1, 240)
        st = "%s %s" % (R.choice(STREETS), R.choice(SUFFIX))
        if k % 2 == 0:
            pc = make_uk_pc()
            town = R.choice(["Leeds", "Bristol", "Manchester", "London", "Glasgow", "Cardiff"])
            if k % 4 == 0:
                pos([("customer", ["Address: ", L("ADDRESS", "%s %s" % (R.choice(["Flat %d, " % R.randint(1, 30), ""]) + str(num), st)), ", %s " % town, L("POSTCODE", pc if R.random() < .6 else pc.lower().replace(" ", ""))])],
                    "typed UK address with postcode")
            else:
                pos([("customer", ["i live at ", L("ADDRESS", "%s %s" % (say_hundreds("%d" % num) if num >= 100 else say_pair("%02d" % num) if num >= 10 else UNITS[num], st.lower())), " in %s" % town.lower()]),
                     ("agent", ["and the postcode"]), ("customer", [L("POSTCODE", say_alnum(pc.replace(" ", "")))])], "spoken UK address and postcode")
        else:
            z = make_zip()
            pos([("customer", ["ship to ", L("ADDRESS", "%d %s" % (num * 10 + 3, st)), ", Springfield, IL ", L("POSTCODE", z)])], "US address with ZIP")


# ============================================================ negatives
NEG = []


def neg(turns, note):
    NEG.append((turns, note))


def negatives():
    for k in range(110):
        m = k % 22
        if m == 0:
            c = make_card()
            neg([("customer", ["my order number is ", " ".join(group_card(c))]), ("agent", ["thanks, I can see that order"])], "Luhn-valid 16-digit string labelled as order number")
        elif m == 1:
            neg([("customer", ["the card ending ", say_digits(rdig(4), "single"), " was charged twice"])], "card last four on its own")
        elif m == 2:
            neg([("agent", ["your balance is ", "£%d,%03d.%02d" % (R.randint(1, 9), R.randint(0, 999), R.randint(0, 99)), " and the minimum payment is £25"])], "balance and amount")
        elif m == 3:
            t = "1Z" + "".join(R.choice("0123456789ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(16))
            neg([("customer", ["tracking number ", t, " hasn't moved since tuesday"])], "tracking number")
        elif m == 4:
            neg([("customer", ["meter reading is ", say_digits(rdig(5), "single"), " point ", UNITS[R.randint(0, 9)]]), ("agent", ["lovely, logged"])], "spoken meter reading")
        elif m == 5:
            neg([("agent", ["your flight ", R.choice(["BA", "EI", "FR", "LH"]) + str(R.randint(100, 9999)), " leaves from gate ", str(R.randint(1, 60)) + R.choice("ABC"), ", seat ", str(R.randint(1, 40)) + R.choice("ABCDEF")])], "flight, gate, seat")
        elif m == 6:
            neg([("customer", ["i've been on hold for ", say_pair(str(R.randint(20, 59))), " minutes and you're open eight till eight"])], "duration and opening hours")
        elif m == 7:
            neg([("customer", ["claim reference ", say_digits(rdig(16), "pairs")]), ("agent", [bc()])], "claim reference spoken like a card reading")
        elif m == 8:
            neg([("customer", ["Invoice #INV-%s dated %02d/%02d/2024, total EUR %d.%02d" % (rdig(9), R.randint(1, 28), R.randint(1, 12), R.randint(10, 900), R.randint(0, 99))])], "invoice number and date")
        elif m == 9:
            neg([("customer", ["i'm ", say_pair(str(R.randint(60, 95))), " years old and it's minus ", UNITS[R.randint(2, 9)], " degrees out, the boiler's at ", str(R.randint(40, 70)), " percent"])], "age, temperature, percentage")
        elif m == 10:
            neg([("agent", ["your appointment is on the ", ORD[R.randint(1, 28)], " of ", R.choice(MONTHS), " at ", R.choice(["half ten", "quarter past two", "9:30", "14:00"])])], "appointment date and time")
        elif m == 11:
            neg([("customer", ["policy number POL", rdig(10), " renewed in ", str(R.randint(2015, 2025))])], "policy number and year")
        elif m == 12:
            neg([("customer", ["serial number on the router is ", "SN" + rdig(12), ", model ", R.choice(["HG612", "TG789vac", "Hub 6"])])], "serial and model number")
        elif m == 13:
            neg([("customer", ["ticket ", rdig(3) + "-" + rdig(2) + "-" + rdig(4), " please, that's the ticket number not anything else"])], "ticket number in SSN-like shape")
        elif m == 14:
            neg([("customer", ["it's on the ", R.choice(["A40", "M25", "N7", "B4632", "I-95", "Route 66"]), " near junction ", str(R.randint(1, 30))])], "road names")
        elif m == 15:
            neg([("agent", ["reference ", say_alnum("".join(R.choice("ABCDEFGHJKLMNPRSTWXYZ") for _ in range(2)) + rdig(6) + R.choice("ABCD")), " is your booking reference"])], "booking ref shaped like an NI number")
        elif m == 16:
            neg([("customer", ["contract ends ", R.choice(MONTHS), " twenty ", say_pair(str(R.randint(25, 29))), ", i pay ", say_pair(str(R.randint(20, 99))), " pounds a month"])], "contract date and price")
        elif m == 17:
            neg([("customer", ["ich habe order ", rdig(8), " und ", rdig(6), " und the total was ", str(R.randint(100, 999)), " euro"])], "order numbers in German-English mix")
        elif m == 18:
            neg([("agent", ["room ", str(R.randint(100, 999)), ", check-in from 3pm, ", str(R.randint(2, 9)), " nights"])], "room number and counts")
        elif m == 19:
            neg([("customer", ["payment ref ", " ".join(rdig(4) for _ in range(4)), " was sent on ", "%02d.%02d.2025" % (R.randint(1, 28), R.randint(1, 12))])], "payment reference in card-like groups")
        elif m == 20:
            neg([("customer", ["the account has ", say_hundreds(str(R.randint(100, 999))), " points and i've made ", str(R.randint(2, 40)), " calls"])], "loyalty points and counts")
        else:
            neg([("customer", ["case number ", say_digits(rdig(9), "single"), ", sorry, the case number, not my social"])], "9-digit case number explicitly not SSN")


# ============================================================== output
def generate():
    R.seed(392241125)
    _gid[0] = 0
    POS.clear()
    NEG.clear()
    cards()
    ssns()
    nis()
    others()
    negatives()
    lines, groups_all = [], []
    for i, (turns, note) in enumerate(POS):
        jt, spans, groups = build(turns)
        cid = "h392-pos-%03d" % (i + 1)
        lines.append(json.dumps({"id": cid, "kind": "positive", "turns": jt, "spans": spans, "note": note}, ensure_ascii=False))
        groups_all.append((cid, groups))
    for i, (turns, note) in enumerate(NEG):
        jt, spans, groups = build(turns)
        assert not spans
        cid = "h392-neg-%03d" % (i + 1)
        lines.append(json.dumps({"id": cid, "kind": "negative", "turns": jt, "spans": [], "note": note}, ensure_ascii=False))
    return "\n".join(lines) + "\n", groups_all


def check(data, groups_all):
    errs = []
    with open(OUT, encoding="utf-8") as f:
        if f.read() != data:
            errs.append("file is not byte-identical to regeneration")
    ids = set()
    counts = {}
    for line in data.splitlines():
        c = json.loads(line)
        if c["id"] in ids:
            errs.append("dup id " + c["id"])
        ids.add(c["id"])
        if c["kind"] == "negative" and c["spans"]:
            errs.append("negative with spans " + c["id"])
        for t in c["turns"]:
            if t["speaker"] not in ("customer", "agent"):
                errs.append("bad speaker " + c["id"])
        by_turn = {}
        for s in c["spans"]:
            counts[s["type"]] = counts.get(s["type"], 0) + 1
            txt = c["turns"][s["turn"]]["text"]
            a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(txt)):
                errs.append("range %s %s" % (c["id"], s))
                continue
            if not (txt[a].isalnum() or (s["type"] == "PHONE" and txt[a] in "+(")):
                errs.append("start not on value %s %r" % (c["id"], txt[a:b]))
            if a > 0 and (txt[a - 1].isalnum() or txt[a - 1] in "+("):
                errs.append("start mid-word %s %r" % (c["id"], txt[a:b]))
            if not txt[b - 1].isalnum():
                errs.append("end not on value %s %r" % (c["id"], txt[a:b]))
            if b < len(txt) and txt[b].isalnum():
                errs.append("end mid-word %s %r" % (c["id"], txt[a:b]))
            by_turn.setdefault(s["turn"], []).append((a, b))
        for lst in by_turn.values():
            lst.sort()
            for (a1, b1), (a2, b2) in zip(lst, lst[1:]):
                if a2 < b1:
                    errs.append("overlap " + c["id"])
    for cid, groups in groups_all:
        for g, parts in groups.items():
            typ = parts[0][0]
            ok, v = validate(typ, [p[1] for p in parts], parts[0][2])
            if not ok:
                errs.append("invalid %s in %s: %r -> %r" % (typ, cid, [p[1] for p in parts], v))
    return errs, counts


def main():
    data, groups_all = generate()
    if "--check" in sys.argv[1:]:
        errs, counts = check(data, groups_all)
        npos = sum(1 for l in data.splitlines() if '"kind": "positive"' in l)
        nneg = sum(1 for l in data.splitlines() if '"kind": "negative"' in l)
        need = {"CARD_NUMBER": 70, "SSN": 30, "NI_NUMBER": 30}
        for t in ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE", "IBAN",
                  "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]:
            if counts.get(t, 0) < need.get(t, 10):
                errs.append("too few %s spans: %d" % (t, counts.get(t, 0)))
        if npos < 200 or nneg < 100:
            errs.append("too few cases")
        for e in errs[:50]:
            print("ERROR", e)
        print("positives=%d negatives=%d spans=%s" % (npos, nneg, json.dumps(counts, sort_keys=True)))
        if errs:
            print("CHECK FAILED (%d errors)" % len(errs))
            sys.exit(1)
        print("CHECK OK")
        return
    os.makedirs(OUT_DIR, exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(data)
    print("wrote", OUT)


if __name__ == "__main__":
    main()

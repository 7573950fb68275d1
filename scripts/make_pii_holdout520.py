#!/usr/bin/env python3
"""Generate the pii_holdout520 held-out PII redaction evaluation set.

Written by an independent test author (an AI helper) who did not see the
redaction engine.  Standard library only; one RNG seeded 520241125.

    python scripts/make_pii_holdout520.py           # write cases.jsonl
    python scripts/make_pii_holdout520.py --check   # regenerate + validate
"""
import argparse
import json
import os
import random
import re
import sys

SEED = 520241125
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "fixtures", "pii_holdout520", "cases.jsonl")

R = random.Random(SEED)

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]


# --------------------------------------------------------------------------
# case building: turns are lists of plain strings and labelled V segments
# --------------------------------------------------------------------------
class V:
    """A labelled value segment. role: full (whole value), part (one piece of
    a value split over segments, joined by group), frag (an abandoned or
    misheard reading / correction fragment)."""

    def __init__(self, text, typ, canon, role="full", group=None):
        self.text, self.typ, self.canon, self.role, self.group = text, typ, canon, role, group


class Case:
    def __init__(self, note):
        self.note = note
        self.turns = []

    def c(self, *segs):
        self.turns.append(("customer", segs))
        return self

    def a(self, *segs):
        self.turns.append(("agent", segs))
        return self

    def build(self, cid, kind):
        turns, spans, meta = [], [], []
        for ti, (spk, segs) in enumerate(self.turns):
            buf = ""
            for s in segs:
                if isinstance(s, V):
                    st = len(buf)
                    buf += s.text
                    spans.append({"turn": ti, "start": st, "end": len(buf), "type": s.typ})
                    meta.append(s)
                else:
                    buf += s
            turns.append({"speaker": spk, "text": buf})
        return {"id": cid, "kind": kind, "turns": turns, "spans": spans, "note": self.note}, meta


_gid = [0]


def gid():
    _gid[0] += 1
    return _gid[0]


def pick(seq):
    return R.choice(seq)


def chance(p):
    return R.random() < p


# --------------------------------------------------------------------------
# spoken number rendering
# --------------------------------------------------------------------------
UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = {10: "ten", 11: "eleven", 12: "twelve", 13: "thirteen", 14: "fourteen", 15: "fifteen",
         16: "sixteen", 17: "seventeen", 18: "eighteen", 19: "nineteen"}
TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy", 8: "eighty", 9: "ninety"}
FILLERS = ["um", "uh", "er", "erm"]
ZERO_UK = ["oh", "oh", "oh", "zero", "nought", "o"]
ZERO_US = ["oh", "oh", "zero", "zero", "o"]


def zchooser(region):
    pool = ZERO_UK if region == "uk" else ZERO_US
    fav = pick(pool)
    return lambda: fav if chance(0.8) else pick(pool)


def dw(d, z):
    return z() if d == "0" else UNITS[int(d)]


def say_digits(s, z, dbl=0.6):
    out, i = [], 0
    while i < len(s):
        d = s[i]
        run = 1
        while i + run < len(s) and s[i + run] == d:
            run += 1
        if run >= 3 and chance(dbl * 0.7):
            out.append("triple " + dw(d, z))
            i += 3
        elif run >= 2 and chance(dbl):
            out.append("double " + dw(d, z))
            i += 2
        else:
            out.append(dw(d, z))
            i += 1
    return " ".join(out)


def say_pair(p, z, last=False):
    a, b = int(p[0]), int(p[1])
    if a == 0:
        if b == 0:
            return pick(["double " + z(), z() + " " + z()])
        return z() + " " + UNITS[b]
    if a == 1:
        return TEENS[10 + b]
    if b == 0:
        return TENS[a] if last else UNITS[a] + " " + z()
    return TENS[a] + " " + UNITS[b]


def say_three(g, z, last=False):
    r = R.random()
    if g[0] != "0" and g[2] != "0" and r < 0.35:
        tail = g[1:]
        tw = UNITS[int(tail[1])] if tail[0] == "0" else say_pair(tail, z, True)
        return UNITS[int(g[0])] + " hundred and " + tw
    if g[0] != "0" and g[1:] == "00" and r < 0.6:
        return UNITS[int(g[0])] + " hundred"
    if g[1] != "0" and r < 0.7:
        return dw(g[0], z) + " " + say_pair(g[1:], z, last)
    return say_digits(g, z)


def say_group(g, z, style, last=False):
    if style == "digits" or len(g) == 1:
        return say_digits(g, z)
    if style == "mixed":
        style = pick(["digits", "pairs"])
        if style == "digits":
            return say_digits(g, z)
    if len(g) == 3:
        return say_three(g, z, last)
    if len(g) == 4 and g[2:] == "00" and g[0] != "0" and chance(0.5):
        return say_pair(g[:2], z) + " hundred"
    parts = []
    if len(g) % 2:
        parts.append(dw(g[0], z))
        g = g[1:]
    for k in range(0, len(g), 2):
        parts.append(say_pair(g[k:k + 2], z, last and k + 2 == len(g)))
    return " ".join(parts)


def say_value(groups, z, style="digits", sep=None, filler=0.0):
    out = []
    for i, g in enumerate(groups):
        w = say_group(g, z, style, i == len(groups) - 1)
        out.append(w)
    text = ""
    for i, w in enumerate(out):
        if i:
            s = sep if sep is not None else pick([" ", ", ", " ", ", "])
            if chance(filler):
                s = pick([", " + pick(FILLERS) + ", ", " " + pick(FILLERS) + " ", "... " + pick(FILLERS) + " "])
            text += s
        text += w
    return text


def split_groups(s, sizes):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return [g for g in out if g]


# --------------------------------------------------------------------------
# value generators
# --------------------------------------------------------------------------
def luhn_ok(s):
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def luhn_complete(prefix):
    for d in "0123456789":
        if luhn_ok(prefix + d):
            return prefix + d


def rdig(n):
    return "".join(str(R.randrange(10)) for _ in range(n))


def make_card(kind=None):
    kind = kind or pick(["visa", "visa", "visa", "mc", "mc", "amex", "disc", "visa13", "maestro19", "mc2"])
    if kind == "visa":
        pre, n = "4" + rdig(5), 16
    elif kind == "visa13":
        pre, n = "4" + rdig(5), 13
    elif kind == "mc":
        pre, n = str(R.randint(51, 55)) + rdig(4), 16
    elif kind == "mc2":
        pre, n = str(R.randint(2221, 2720)) + rdig(2), 16
    elif kind == "amex":
        pre, n = pick(["34", "37"]) + rdig(4), 15
    elif kind == "disc":
        pre, n = "6011" + rdig(2), 16
    else:
        pre, n = pick(["6759", "6761", "4"]) + rdig(2), 19
    num = luhn_complete(pre + rdig(n - len(pre) - 1))
    return num


def card_groups(num):
    if len(num) == 15:
        return split_groups(num, [4, 6, 5])
    if len(num) == 13:
        return split_groups(num, pick([[4, 4, 5], [4, 4, 4, 1], [4, 3, 3, 3]]))
    if len(num) == 19:
        return split_groups(num, pick([[4, 4, 4, 4, 3], [6, 13], [4, 4, 4, 7]]))
    return split_groups(num, [4, 4, 4, 4])


def make_ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


NI_FIRST = "ABCEGHJKLMNPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"
NI_BAD = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}


def make_ni():
    while True:
        p = pick(NI_FIRST) + pick(NI_SECOND)
        if p not in NI_BAD:
            break
    return p + rdig(6) + pick("ABCD")


def iban_check(country, bban):
    s = bban + country + "00"
    num = "".join(str(int(ch, 36)) for ch in s)
    return "%02d" % (98 - int(num) % 97)


IBAN_BANKS = {"GB": ["NWBK", "BARC", "HBUK", "MIDL", "SCBL"], "IE": ["AIBK", "IPBS", "ULSB"],
              "NL": ["ABNA", "RABN", "INGB", "TRIB"]}


def make_iban(country=None):
    country = country or pick(["GB", "GB", "IE", "DE", "NL", "FR", "ES"])
    if country in ("GB", "IE"):
        bban = pick(IBAN_BANKS[country]) + rdig(6) + rdig(8)
    elif country == "NL":
        bban = pick(IBAN_BANKS["NL"]) + rdig(10)
    elif country == "DE":
        bban = rdig(18)
    elif country == "FR":
        bban = rdig(23)
    else:
        bban = rdig(20)
    return country + iban_check(country, bban) + bban


def iban_ok(s):
    lens = {"GB": 22, "IE": 22, "DE": 22, "NL": 18, "FR": 27, "ES": 24}
    if s[:2] not in lens or len(s) != lens[s[:2]]:
        return False
    t = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in t)) % 97 == 1


NATO = {"A": "alpha", "B": "bravo", "C": "charlie", "D": "delta", "E": "echo", "F": "foxtrot", "G": "golf",
        "H": "hotel", "I": "india", "J": "juliet", "K": "kilo", "L": "lima", "M": "mike", "N": "november",
        "O": "oscar", "P": "papa", "Q": "quebec", "R": "romeo", "S": "sierra", "T": "tango", "U": "uniform",
        "V": "victor", "W": "whiskey", "X": "xray", "Y": "yankee", "Z": "zulu"}
FOLK = {"A": "apple", "B": "bob", "C": "cat", "D": "david", "E": "edward", "G": "george", "H": "harry",
        "J": "john", "K": "king", "L": "london", "M": "mother", "N": "nancy", "P": "peter", "R": "robert",
        "S": "sugar", "T": "tommy", "W": "william", "X": "xylophone", "Y": "yellow", "Z": "zebra"}
LNAME = {"B": "bee", "C": "see", "D": "dee", "G": "gee", "H": "aitch", "J": "jay", "K": "kay", "L": "el",
         "M": "em", "N": "en", "P": "pee", "R": "ar", "S": "es", "T": "tee", "W": "double you",
         "X": "ex", "Y": "why", "Z": "zed"}


def say_letter(ch, mode=None):
    mode = mode or pick(["plain", "plain", "nato", "folk", "name", "asin"])
    lo = ch.lower()
    if mode == "nato":
        return "%s for %s" % (lo, NATO[ch])
    if mode == "asin":
        return "%s as in %s" % (lo, NATO[ch])
    if mode == "folk" and ch in FOLK:
        return "%s for %s" % (lo, FOLK[ch])
    if mode == "name" and ch in LNAME and ch != "W":
        return LNAME[ch]
    if mode == "natoonly":
        return NATO[ch]
    return lo


# --------------------------------------------------------------------------
# normalisation (used by --check to validate every labelled value)
# --------------------------------------------------------------------------
W_UNIT = {w: str(i) for i, w in enumerate(UNITS)}
W_UNIT.update({"oh": "0", "o": "0", "nought": "0", "nil": "0"})
W_TEEN = {w: n for n, w in TEENS.items()}
W_TENS = {w: n for n, w in TENS.items()}
W_FILL = set(FILLERS) | {"ah", "hmm", "mm", "dash", "hyphen", "slash", "space", "and", "then"}
W_NATO = {w: l for l, w in NATO.items()}
W_NATO.update({"whisky": "W", "juliett": "J", "x-ray": "X"})
W_LNAME = {w: l for l, w in LNAME.items() if " " not in w}
W_LNAME.update({"cee": "C", "ess": "S", "zee": "Z"})
ORD = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
       "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
       "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
       "nineteenth": 19, "twentieth": 20, "thirtieth": 30}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december"]
W_MONTH = {m: "%02d" % (i + 1) for i, m in enumerate(MONTHS)}
W_MONTH.update({m[:3]: "%02d" % (i + 1) for i, m in enumerate(MONTHS)})
W_MONTH["sept"] = "09"


def small_at(toks, j):
    """Parse a number < 100 at toks[j]; return (value, next_j) or None."""
    if j >= len(toks):
        return None
    w = toks[j]
    if w in W_TENS:
        v = W_TENS[w] * 10
        if j + 1 < len(toks) and toks[j + 1] in W_UNIT and W_UNIT[toks[j + 1]] != "0":
            return v + int(W_UNIT[toks[j + 1]]), j + 2
        return v, j + 1
    if w in W_TEEN:
        return W_TEEN[w], j + 1
    if w in W_UNIT:
        return int(W_UNIT[w]), j + 1
    if w.isdigit() and len(w) <= 2:
        return int(w), j + 1
    return None


def normalise(text, letters=False, date=False):
    toks = re.findall(r"\+|[a-z]+|\d+", text.lower().replace("x-ray", "xray").replace("double you", "w"))
    out, i = [], 0
    while i < len(toks):
        w = toks[i]
        nx = toks[i + 1] if i + 1 < len(toks) else None
        if w.isdigit():
            out.append(w)
        elif w in ("+", "plus"):
            out.append("+")
        elif w in W_FILL or (date and w in ("of", "the", "st", "nd", "rd", "th")):
            pass
        elif w in ("double", "triple"):
            n = 2 if w == "double" else 3
            if nx in W_UNIT:
                out.append(W_UNIT[nx] * n)
            elif letters and nx and len(nx) == 1:
                out.append(nx.upper() * n)
            else:
                raise ValueError("bad %s in %r" % (w, text))
            i += 1
        elif date and w in W_MONTH:
            out.append(W_MONTH[w])
        elif date and w in ORD:
            out.append(str(ORD[w]))
        elif w in W_TENS:
            v = W_TENS[w]
            if nx in W_UNIT and W_UNIT[nx] != "0":
                out.append(str(v * 10 + int(W_UNIT[nx])))
                i += 1
            elif date and nx in ORD and ORD[nx] < 10:
                out.append(str(v * 10 + ORD[nx]))
                i += 1
            else:
                out.append(str(v * 10))
        elif w in W_TEEN:
            out.append(str(W_TEEN[w]))
        elif w in ("hundred", "thousand"):
            z = 2 if w == "hundred" else 3
            out.append("0" * z)
            if nx == "and":
                sm = small_at(toks, i + 2)
                if sm:
                    out[-1] = str(sm[0]).zfill(z)
                    i = sm[1] - 1
        elif letters and i + 2 < len(toks) and toks[i + 1] == "for" and (len(w) == 1 or w in W_LNAME):
            out.append(w.upper() if len(w) == 1 else W_LNAME[w])
            i += 2
        elif letters and i + 3 < len(toks) and toks[i + 1] == "as" and toks[i + 2] == "in":
            out.append(w.upper() if len(w) == 1 else W_LNAME[w])
            i += 3
        elif w in W_UNIT:
            out.append(W_UNIT[w])
        elif letters and w in W_NATO:
            out.append(W_NATO[w])
        elif letters and w in W_LNAME:
            out.append(W_LNAME[w])
        elif letters and w.isalpha():
            out.append(w.upper())
        else:
            raise ValueError("unknown token %r in %r" % (w, text))
        i += 1
    return "".join(out)


def norm_email(text):
    s = text.lower()
    s = re.sub(r"\b(um|uh|er|erm)\b", " ", s)
    reps = {"dot": ".", "at": "@", "underscore": "_", "dash": "-", "hyphen": "-"}
    out = []
    for tok in re.findall(r"[a-z0-9@._+-]+", s):
        if tok in reps:
            out.append(reps[tok])
        elif tok in UNITS:
            out.append(str(UNITS.index(tok)))
        else:
            out.append(tok)
    return "".join(out)


STREET = {"road", "street", "lane", "avenue", "close", "drive", "way", "crescent", "grove", "place",
          "court", "gardens", "terrace", "rd", "st", "ave", "boulevard", "blvd", "parade", "row", "hill",
          "square", "walk", "mews", "park", "view", "quay"}


def date_cands(canon, kind):
    y, m, d = canon.split("-") if kind == "DOB" else (canon.split("-")[0], canon.split("-")[1], None)
    ys = {y, y[2:]}
    ms = {m, str(int(m))}
    if kind == "EXPIRY":
        return {a + b for a in ms for b in ys}
    ds = {d, str(int(d))}
    out = set()
    for a in ds:
        for b in ms:
            for c in ys:
                out |= {a + b + c, b + a + c, c + b + a}
    return out


NI_RE = re.compile(r"^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$")
UKPC_RE = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$")


def valid_canon(typ, c):
    if typ == "CARD_NUMBER":
        return c.isdigit() and 13 <= len(c) <= 19 and luhn_ok(c)
    if typ == "CVV":
        return c.isdigit() and len(c) in (3, 4)
    if typ == "SSN":
        return c.isdigit() and len(c) == 9 and c[:3] not in ("000", "666") and c[0] != "9" \
            and c[3:5] != "00" and c[5:] != "0000"
    if typ == "NI_NUMBER":
        return bool(NI_RE.match(c)) and c[:2] not in NI_BAD
    if typ == "SORT_CODE":
        return c.isdigit() and len(c) == 6
    if typ == "BANK_ACCOUNT":
        return c.isdigit() and 6 <= len(c) <= 12
    if typ == "IBAN":
        return iban_ok(c)
    if typ == "PHONE":
        dg = c.lstrip("+")
        return dg.isdigit() and 10 <= len(dg) <= 13
    if typ == "EMAIL":
        return bool(re.match(r"^[a-z0-9._+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$", c))
    if typ == "POSTCODE":
        return bool(UKPC_RE.match(c)) or bool(re.match(r"^\d{5}(\d{4})?$", c))
    if typ in ("DOB", "EXPIRY"):
        p = c.split("-")
        return 1 <= int(p[1]) <= 12 and (typ == "EXPIRY" or 1 <= int(p[2]) <= 31)
    if typ == "ADDRESS":
        return True
    return False


def norm_for(typ, text):
    if typ == "EMAIL":
        return norm_email(text)
    if typ in ("NI_NUMBER", "IBAN", "POSTCODE"):
        return normalise(text, letters=True)
    if typ in ("DOB", "EXPIRY"):
        return normalise(text, date=True)
    if typ == "ADDRESS":
        return text
    return normalise(text)


def check_value(typ, canon, normed_full):
    if typ in ("DOB", "EXPIRY"):
        return normed_full in date_cands(canon, typ)
    if typ == "ADDRESS":
        toks = re.findall(r"[a-z]+|\d+", normed_full.lower())
        has_num = any(t.isdigit() or t in W_UNIT or t in W_TENS or t in W_TEEN for t in toks)
        return has_num and toks[-1] in STREET
    return normed_full == canon


# --------------------------------------------------------------------------
# phrasing helpers
# --------------------------------------------------------------------------
def backch():
    return pick(["mhm", "go on", "yep", "okay", "uh huh", "yeah", "got that", "right", "mm-hmm, go on", "and the next bit?"])


def fmt_card_typed(num):
    g = card_groups(num)
    st = R.randrange(9)
    if st == 0:
        return num
    if st == 1:
        return "-".join(g)
    if st == 2:
        return " ".join(g)
    if st == 3:
        return "  ".join(g)
    if st == 4:
        return ".".join(g)
    if st == 5:
        return num[:4] + " " + num[4:]
    if st == 6:
        return " ".join(num[i:i + 5] for i in range(0, len(num), 5))
    if st == 7:
        return " ".join(num[i:i + 3] for i in range(0, len(num), 3))
    return " - ".join(g)


def say_card(num, z, style=None, filler=0.15, sep=None):
    style = style or pick(["digits", "digits", "pairs", "mixed"])
    return say_value(card_groups(num), z, style, sep, filler)


# --------------------------------------------------------------------------
# positive templates
# --------------------------------------------------------------------------
def P_card_chat():
    num = make_card()
    lab = pick(["card no: ", "Card number - ", "cc# ", "my card is ", "long number: ", "CARD NO ", "here u go ",
                "the card num is ", "Pan: "])
    org = pick(["retail", "telecom", "travel", "utilities", "insurance"])
    k = Case("%s chat: card typed (%s) with label" % (org, "odd grouping"))
    k.a(pick(["Hi, thanks for waiting. ", "", "Thanks. "]), "To take the payment I need the long card number please.")
    k.c(lab, V(fmt_card_typed(num), "CARD_NUMBER", num), pick(["", " thx", ".", " (visa debit)", " x"]))
    if chance(0.5):
        e = "20%02d-%02d" % (R.randint(26, 33), R.randint(1, 12))
        et = pick(["%s/%s", "%s / %s", "%s-%s", "%s.%s"]) % (e[5:], e[2:4])
        cv = rdig(4 if len(num) == 15 else 3)
        k.c(pick(["exp ", "expiry ", "valid to ", "Exp: "]), V(et, "EXPIRY", e), pick([" cvv ", " and the code on back is ", ", sec code: "]),
            V(cv, "CVV", cv))
    return k


def P_card_call_split():
    num = make_card()
    z = zchooser(pick(["uk", "us"]))
    g = card_groups(num)
    style = pick(["digits", "pairs", "mixed", "digits"])
    k = Case("phone call ASR: card read in chunks over several customer turns with back-channels")
    k.a(pick(["okay whenever you're ready the long number across the front", "can i take the card number please",
              "go ahead with the sixteen digits"]))
    grp = gid()
    chunks = []
    i = 0
    while i < len(g):
        n = pick([1, 1, 2]) if len(g) - i > 1 else 1
        chunks.append("".join(g[i:i + n]) if False else g[i:i + n])
        i += n
    for j, ch in enumerate(chunks):
        txt = say_value(ch, z, style, None, 0.2)
        canon_piece = "".join(ch)
        lead = pick(["", "", "it's ", "so ", "um ", "right ", "okay "]) if j == 0 else pick(["", "", "then ", "and ", "next is "])
        k.c(lead, V(txt, "CARD_NUMBER", canon_piece, "part", grp), pick(["", "", " yeah", "..."]))
        if j < len(chunks) - 1:
            k.a(backch())
    if chance(0.7):
        rb = say_value(g, z, pick(["digits", "pairs"]), pick([" ", ", "]), 0.0)
        k.a(pick(["let me read that back ", "so that's ", "just to confirm "]), V(rb, "CARD_NUMBER", num), pick(["?", " is that right?", ""]))
        k.c(pick(["yes", "that's it", "yep correct", "yeah that's right"]))
    return k


def P_card_call_full():
    num = make_card()
    z = zchooser(pick(["uk", "us"]))
    k = Case("phone call ASR: full card read in one turn with fillers, %s industry" % pick(["utilities", "telecom", "insurance", "retail"]))
    k.a(pick(["and the card number", "what's the long number on the card", "can you read me the card number"]))
    k.c(pick(["yeah it's ", "okay so ", "um it is ", "hang on... right, ", ""]), V(say_card(num, z, filler=0.3), "CARD_NUMBER", num))
    cv = rdig(4 if len(num) == 15 else 3)
    k.a(pick(["and the security code on the back", "last three digits on the signature strip please", "and the cvv"]) if len(num) != 15
        else "and the four digit code on the front")
    k.c(pick(["", "it's ", "that's "]), V(say_group(cv, z, pick(["digits", "pairs"])), "CVV", cv))
    return k


def P_card_restart():
    num = make_card()
    z = zchooser(pick(["uk", "us"]))
    g = card_groups(num)
    bad = g[0][:-1] + str((int(g[0][-1]) + 3) % 10)
    k = Case("ASR: customer starts card, gets it wrong, restarts reading (abandoned fragment labelled)")
    k.a("card number please")
    k.c(V(say_digits(bad, z), "CARD_NUMBER", bad, "frag"), pick([" no wait sorry ", ", no no, hang on, ", "... sorry let me start again, "]),
        V(say_card(num, z, filler=0.2), "CARD_NUMBER", num))
    return k


def P_card_readback_fix():
    num = make_card()
    z = zchooser(pick(["uk", "us"]))
    g = card_groups(num)
    gi = R.randrange(1, len(g))
    wrong = list(g)
    wg = list(g[gi])
    wg[0] = str((int(wg[0]) + pick([1, 2, 5])) % 10)
    wrong[gi] = "".join(wg)
    wnum = "".join(wrong)
    k = Case("ASR: agent mis-reads back the card, customer corrects one block; wrong read-back and correction labelled")
    k.a("go ahead with the card number")
    k.c(V(say_card(num, z), "CARD_NUMBER", num))
    k.a("so that's ", V(say_value(wrong, z, "digits", " ", 0), "CARD_NUMBER", wnum, "frag"), "?")
    ordw = ["first", "second", "third", "fourth", "fifth"][gi]
    k.c(pick(["no the %s bit is " % ordw, "no no, %s group, it's " % ordw, "not quite, the %s four should be " % ordw]),
        V(say_digits(g[gi], z), "CARD_NUMBER", g[gi], "frag"))
    k.a("sorry, ", V(say_value(g, z, "digits", ", ", 0), "CARD_NUMBER", num))
    k.c(pick(["yes", "that's it now", "yep"]))
    return k


def P_card_aside():
    num = make_card()
    z = zchooser("uk")
    g = card_groups(num)
    cut = R.randrange(1, len(g))
    grp = gid()
    k = Case("ASR: aside in the middle of the card reading, two parts of one value in one turn")
    k.a("okay, card number when you're ready")
    k.c(V(say_value(g[:cut], z, "digits", None, 0.1), "CARD_NUMBER", "".join(g[:cut]), "part", grp),
        pick([" ... sorry, the dog's going mad, hang on ... right where was i, yeah ",
              ", oh hang on my glasses, okay, ", " - sorry, one sec, jamie put that down! - sorry, ",
              " ... can you hear me? the signal's bad here ... okay "]),
        V(say_value(g[cut:], z, "digits", None, 0.1), "CARD_NUMBER", "".join(g[cut:]), "part", grp))
    return k


def P_card_chat_split():
    num = make_card()
    g = card_groups(num)
    grp = gid()
    k = Case("webchat: card typed across several messages")
    k.a("Please type the 16 digit card number in the chat, it will be masked.")
    cut = R.randrange(1, len(g))
    k.c(V(" ".join(g[:cut]), "CARD_NUMBER", "".join(g[:cut]), "part", grp))
    if chance(0.5):
        k.a(pick(["ok", "Thanks, and the rest?", "..."]))
    k.c(V(pick([" ", "", "-"]).join(g[cut:]), "CARD_NUMBER", "".join(g[cut:]), "part", grp), pick(["", " sorry pressed enter", " thats the rest"]))
    return k


def P_card_lastfour_with_full():
    num = make_card("visa")
    z = zchooser("uk")
    k = Case("ASR: full card read then agent refers to last four -> last four labelled (full card in same case)")
    k.c("the card is ", V(say_card(num, z), "CARD_NUMBER", num))
    l4 = num[-4:]
    k.a(pick(["thanks, so that's the card ending ", "okay the one ending in "]), V(say_digits(l4, z), "CARD_NUMBER", l4, "frag"),
        ", and which address is it registered to?")
    return k


def P_card_two_cards():
    n1, n2 = make_card(), make_card()
    k = Case("email: customer lists old and new card numbers")
    k.c("Hi, my old card ", V(fmt_card_typed(n1), "CARD_NUMBER", n1), " was stolen. Please move the direct debit to my new one ",
        V(fmt_card_typed(n2), "CARD_NUMBER", n2), ". Thanks, M.")
    return k


def P_ssn_typed():
    s = make_ssn()
    f = pick(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s.%s.%s", "%s-%s %s"]) % (s[:3], s[3:5], s[5:])
    k = Case("US %s chat: SSN typed" % pick(["healthcare billing", "banking", "insurance", "government services"]))
    k.a(pick(["For verification can I have your Social Security number?", "I'll need your SSN to locate the account."]))
    k.c(pick(["ssn: ", "SSN ", "its ", "social is ", "Sure - "]), V(f, "SSN", s), pick(["", ".", " thanks"]))
    return k


def P_ssn_call():
    s = make_ssn()
    z = zchooser("us")
    grp = [s[:3], s[3:5], s[5:]]
    style = pick(["digits", "digits", "pairs", "mixed"])
    k = Case("US call ASR: SSN spoken (%s)" % style)
    k.a(pick(["can you verify your social", "i'll need the last, actually the full social security number",
              "what's your social security number"]))
    k.c(pick(["sure it's ", "yeah ", "uh ", "okay, "]), V(say_value(grp, z, style, None, 0.25), "SSN", s))
    if chance(0.5):
        k.a("thank you, that's ", V(say_value(grp, z, "digits", pick([" ", ", "]), 0), "SSN", s), "?")
        k.c("correct")
    return k


def P_ssn_split():
    s = make_ssn()
    z = zchooser("us")
    grp = gid()
    k = Case("US call ASR: SSN split over turns with agent prompts")
    k.a("social security number please")
    k.c(pick(["first three are ", "it starts ", ""]), V(say_three(s[:3], z), "SSN", s[:3], "part", grp))
    k.a(backch())
    k.c(V(say_group(s[3:5], z, pick(["digits", "pairs"])), "SSN", s[3:5], "part", grp))
    k.a(backch())
    k.c(pick(["then ", "and ", ""]), V(say_group(s[5:], z, pick(["digits", "pairs"]), True), "SSN", s[5:], "part", grp))
    return k


def P_ssn_correction():
    s = make_ssn()
    z = zchooser("us")
    bad = s[:5] + "%04d" % ((int(s[5:]) + R.randint(1, 50)) % 10000)
    k = Case("US call ASR: SSN given wrong then corrected (both labelled)")
    k.a("and your social")
    k.c(V(say_digits(bad, z), "SSN", bad, "frag"), pick([", oh wait no that's my husband's, mine is ", ". no sorry, sorry, it's ",
                                                         " - hold on that's wrong, it's "]),
        V(say_value([s[:3], s[3:5], s[5:]], z, "digits", None, 0.1), "SSN", s))
    return k


def P_ssn_mishear():
    s = make_ssn()
    z = zchooser("us")
    k = Case("US call ASR: SSN with 'double'/'triple' and ASR pause artefacts, agent reads back in groups")
    k.c(pick(["my social is ", "you need my ssn? it's "]), V(say_digits(s, z, 0.9), "SSN", s))
    k.a("okay ", V("%s, %s, %s" % (say_digits(s[:3], z, 0), say_digits(s[3:5], z, 0), say_digits(s[5:], z, 0)), "SSN", s),
        pick(["", " correct?", " got it"]))
    return k


def ni_typed(n):
    st = R.randrange(7)
    if st == 0:
        return n
    if st == 1:
        return "%s %s %s %s %s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8])
    if st == 2:
        return n.lower()
    if st == 3:
        return "%s %s %s" % (n[:2], n[2:8], n[8])
    if st == 4:
        return "%s-%s-%s-%s-%s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8])
    if st == 5:
        return n[:8] + " " + n[8].lower()
    return "%s %s" % (n[:2].lower(), n[2:].lower())


def say_ni(n, z, mode=None, style=None):
    mode = mode or pick(["plain", "nato", "folk", "name", "asin", None])
    style = style or pick(["digits", "pairs", "digits"])
    letters = [say_letter(ch, mode) for ch in n[:2]]
    return "%s %s, %s, %s" % (letters[0], letters[1], say_value([n[2:4], n[4:6], n[6:8]], z, style, None, 0.1),
                              say_letter(n[8], mode))


def P_ni_typed():
    n = make_ni()
    k = Case("UK %s email/chat: NI number typed" % pick(["government services", "banking", "payroll", "insurance"]))
    k.a(pick(["Could you confirm your National Insurance number?", "What's your NI number please?"]))
    k.c(pick(["NI no: ", "NINO ", "ni number is ", "National Insurance: ", "its "]), V(ni_typed(n), "NI_NUMBER", n), pick(["", ".", " cheers"]))
    return k


def P_ni_call():
    n = make_ni()
    z = zchooser("uk")
    k = Case("UK call ASR: NI number spoken with letter spelling")
    k.a(pick(["and your national insurance number", "can i take your n i number", "national insurance number please"]))
    k.c(pick(["yeah it's ", "right, ", "um ", ""]), V(say_ni(n, z), "NI_NUMBER", n))
    if chance(0.6):
        k.a("so ", V(say_ni(n, z, "natoonly", "digits"), "NI_NUMBER", n), "?")
        k.c("spot on")
    return k


def P_ni_split():
    n = make_ni()
    z = zchooser("uk")
    grp = gid()
    mode = pick(["plain", "nato", "folk", "name"])
    k = Case("UK call ASR: NI number split over turns, letters then digits then suffix")
    k.a("national insurance number")
    k.c(V("%s %s" % (say_letter(n[0], mode), say_letter(n[1], mode)), "NI_NUMBER", n[:2], "part", grp))
    k.a(backch())
    k.c(V(say_value([n[2:4], n[4:6], n[6:8]], z, pick(["digits", "pairs"]), None, 0.2), "NI_NUMBER", n[2:8], "part", grp))
    k.a(pick(["and the letter at the end?", "and the last letter", backch()]))
    k.c(pick(["", "it's ", "that's "]), V(say_letter(n[8], mode), "NI_NUMBER", n[8], "part", grp))
    return k


def P_ni_correction():
    n = make_ni()
    z = zchooser("uk")
    alt = {"B": "P", "P": "B", "M": "N", "N": "M", "S": "X", "X": "S", "T": "C", "C": "T", "E": "B", "A": "J", "J": "A",
           "G": "J", "H": "A", "K": "A", "L": "M", "R": "A", "W": "Y", "Y": "W", "Z": "C"}
    wrong = n[0] + alt.get(n[1], "A") + n[2:]
    if wrong[:2] in NI_BAD or wrong == n:
        wrong = n[:2] + n[2:7] + str((int(n[7]) + 1) % 10) + n[8]
    k = Case("UK call ASR: agent misheard NI letter (b/p, m/n) and reads back wrong; customer re-spells with NATO")
    k.c("it's ", V(say_ni(n, z, "plain"), "NI_NUMBER", n))
    k.a("so that's ", V(say_ni(wrong, z, "plain", "digits"), "NI_NUMBER", wrong, "frag"), "?")
    k.c(pick(["no, ", "nope, "]), V(say_ni(n, z, "nato"), "NI_NUMBER", n))
    return k


def P_ni_payroll_email():
    n = make_ni()
    s = make_ssn()
    k = Case("payroll email: UK employee with NI and a US SSN from previous job")
    k.c("Hello, new starter form: NI ", V(ni_typed(n), "NI_NUMBER", n), ", and for the US office my SSN was ",
        V("%s-%s-%s" % (s[:3], s[3:5], s[5:]), "SSN", s), ". Start date 3 March.")
    return k


def P_bank_uk():
    sc, acct = rdig(6), rdig(8)
    z = zchooser("uk")
    k = Case("UK %s: sort code and account number" % pick(["banking", "utilities direct debit", "insurance refund"]))
    if chance(0.5):
        k.c(pick(["sort code ", "s/c: ", "Sort-code "]), V(pick(["%s-%s-%s", "%s %s %s", "%s%s%s"]) % (sc[:2], sc[2:4], sc[4:]), "SORT_CODE", sc),
            pick([" acct no: ", ", account ", " a/c "]), V(acct, "BANK_ACCOUNT", acct))
    else:
        k.a("sort code first please")
        k.c(V(say_value([sc[:2], sc[2:4], sc[4:]], z, pick(["pairs", "digits"]), None, 0.1), "SORT_CODE", sc))
        k.a("and the account number")
        k.c(pick(["", "it's "]), V(say_value([acct[:4], acct[4:]], z, pick(["digits", "pairs"]), None, 0.2), "BANK_ACCOUNT", acct))
    return k


def P_bank_us():
    acct = rdig(R.randint(9, 12))
    rt = "0" + rdig(8)
    z = zchooser("us")
    k = Case("US banking call: checking account number read (routing number is not labelled here)")
    k.a("and the checking account number")
    k.c(V(say_digits(acct, z), "BANK_ACCOUNT", acct))
    return k


def P_iban():
    ib = make_iban()
    z = zchooser("uk")
    k = Case("%s: IBAN for refund/transfer" % pick(["EU travel", "Irish utilities", "retail refund", "insurance payout"]))
    if chance(0.55):
        g = " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))
        k.c(pick(["IBAN: ", "my iban is ", "Please refund to ", "IBAN "]), V(pick([g, ib, g.lower()]), "IBAN", ib), pick(["", ".", " thx"]))
    else:
        parts = [say_letter(ib[0]), say_letter(ib[1])]
        mode = pick(["nato", "plain", "asin"])
        for i in range(2, len(ib), 4):
            chunk = ib[i:i + 4]
            ws = []
            for ch in chunk:
                ws.append(say_letter(ch, mode if ch != "O" else "nato") if ch.isalpha() else dw(ch, z))
            parts.append(" ".join(ws))
        k.a("go ahead with the iban")
        k.c(V(", ".join(parts), "IBAN", ib))
    return k


def make_phone():
    kind = pick(["uk_mob", "uk_land", "us", "ie", "uk_mob_intl", "us_intl", "ie_intl"])
    if kind == "uk_mob":
        return "07700900" + rdig(3), "uk", [5, 3, 3]
    if kind == "uk_mob_intl":
        return "+447700900" + rdig(3), "uk", [3, 4, 3, 3]
    if kind == "uk_land":
        return "0" + pick(["20", "161", "121", "113"]) + "4960" + rdig(3), "uk", [5, 3, 3]
    if kind == "us":
        return pick(["212", "415", "617", "312"]) + "555" + "01" + rdig(2), "us", [3, 3, 4]
    if kind == "us_intl":
        return "+1" + pick(["212", "646", "720"]) + "55501" + rdig(2), "us", [2, 3, 3, 4]
    if kind == "ie":
        return "08" + pick("3567") + rdig(7), "uk", [3, 3, 4]
    return "+3538" + pick("3567") + rdig(7), "uk", [4, 2, 3, 4]


def P_phone():
    ph, reg, sizes = make_phone()
    z = zchooser(reg)
    k = Case("%s: phone number (%s)" % (pick(["telecom", "retail delivery", "healthcare billing", "travel"]),
                                        "international" if ph.startswith("+") else "national"))
    if chance(0.45):
        body = ph.lstrip("+")
        g = split_groups(body, sizes)
        t = pick([" ".join(g), "".join(g), "-".join(g)])
        if reg == "us" and not ph.startswith("+") and chance(0.5):
            t = "(%s) %s-%s" % (body[:3], body[3:6], body[6:])
        if ph.startswith("+"):
            t = "+" + t
        k.c(pick(["call me on ", "mob: ", "Tel ", "my number's ", "best contact no. "]), V(t, "PHONE", ph))
    else:
        body = ph.lstrip("+")
        g = split_groups(body, sizes)
        t = say_value(g, z, pick(["digits", "digits", "pairs"]), None, 0.15)
        if ph.startswith("+"):
            t = "plus " + t
        k.a(pick(["best number to reach you on?", "and a contact number"]))
        k.c(pick(["it's ", "yeah ", "", "my mobile is "]), V(t, "PHONE", ph))
    return k


FIRST = ["john", "sarah", "priya", "liam", "aoife", "marek", "chloe", "dave", "fatima", "sean", "kate", "tom"]
LAST = ["doe", "okafor", "murphy", "smith", "nowak", "patel", "byrne", "jones", "garcia", "li"]
DOMS = ["gmail.com", "outlook.com", "yahoo.co.uk", "hotmail.com", "icloud.com", "eircom.net", "btinternet.com", "proton.me"]


def P_email():
    f, l, d = pick(FIRST), pick(LAST), pick(DOMS)
    local = pick(["%s.%s" % (f, l), "%s%s" % (f[0], l), "%s_%s%s" % (f, l, rdig(2)), "%s.%s%s" % (f[0], l, rdig(1))])
    em = local + "@" + d
    k = Case("%s: email address" % pick(["retail", "telecom", "utilities", "travel", "government services"]))
    if chance(0.5):
        k.c(pick(["email: ", "it's ", "send it to ", "Email - "]), V(pick([em, em, em.upper() if chance(0.3) else em.capitalize()]), "EMAIL", em))
    else:
        sp = local.replace(".", " dot ").replace("_", " underscore ")
        sp = re.sub(r"\d", lambda m: " " + UNITS[int(m.group())] + " ", sp)
        sp = re.sub(r"\s+", " ", sp).strip()
        sp = sp + " at " + d.replace(".", " dot ")
        k.a("and an email address?")
        k.c(pick(["yeah it's ", "", "um "]), V(sp, "EMAIL", em), pick(["", ", all lower case", ", all one word"]))
    return k


def ordinal_word(d):
    if d in ORD.values():
        return [w for w, v in ORD.items() if v == d][0]
    return TENS[d // 10] + " " + [w for w, v in ORD.items() if v == d % 10][0]


def say_year(y, z):
    if y >= 2000 and y < 2010:
        return "two thousand and " + UNITS[y - 2000]
    return say_pair(str(y)[:2], z) + " " + say_pair(str(y)[2:], z, True)


def P_dob():
    y, m, d = R.randint(1938, 2006), R.randint(1, 12), R.randint(1, 28)
    canon = "%04d-%02d-%02d" % (y, m, d)
    z = zchooser("uk")
    st = R.randrange(6)
    if st == 0:
        t = "%02d/%02d/%04d" % (d, m, y)
    elif st == 1:
        t = "%s %d%s, %d" % (MONTHS[m - 1].capitalize(), d, {1: "st", 2: "nd", 3: "rd"}.get(d % 10 if d not in (11, 12, 13) else 0, "th"), y)
    elif st == 2:
        t = "the %s of %s %s" % (ordinal_word(d), MONTHS[m - 1], say_year(y, z))
    elif st == 3:
        t = "%s %s %s" % (MONTHS[m - 1], ordinal_word(d), say_year(y, z))
    elif st == 4:
        t = "%s %s %s" % (say_pair("%02d" % d, z, True), say_pair("%02d" % m, z, True), say_pair(str(y)[2:], z, True))
    else:
        t = "%d-%02d-%02d" % (y, m, d)
    k = Case("%s: date of birth for ID&V" % pick(["banking", "healthcare billing", "insurance", "government services"]))
    k.a(pick(["can you confirm your date of birth", "DOB please?", "and your date of birth"]))
    k.c(pick(["", "it's ", "born ", "dob "]), V(t, "DOB", canon))
    return k


STREETS = ["Elm Grove", "Station Road", "Church Lane", "Maple Avenue", "Kings Road", "Abbey Close", "Harbour View",
           "Millbrook Drive", "Oak Street", "Victoria Terrace", "Pine Crescent", "Market Square", "Sunset Boulevard"]
UKPC = ["SW1A 1AA", "M1 1AE", "B33 8TH", "CR2 6XH", "DN55 1PT", "EH8 9YL", "LS1 4AP", "BS1 5TR", "CF10 2HQ", "G2 7JB"]
USZIP = ["90210", "10001", "60614", "94103", "02139", "73301", "30303-1234", "98101"]


def P_address():
    z = zchooser("uk")
    us = chance(0.35)
    num = R.randint(1, 240)
    st = pick(STREETS) if not us else pick(["Oak Street", "Maple Avenue", "Sunset Boulevard", "Market Street", "Pine Drive"])
    flat = "" if us or chance(0.6) else "Flat %d, " % R.randint(1, 30)
    if chance(0.5):
        addr = "%s%d %s" % (flat, num, st)
        pc = pick(USZIP) if us else pick(UKPC)
        pct = pc if chance(0.6) else pc.replace(" ", "").lower()
        town = pick(["Leeds", "Cardiff", "London", "Glasgow"]) if not us else pick(["Boston", "Austin", "Seattle"])
        k = Case("%s chat: address + %s" % (pick(["retail", "utilities", "insurance"]), "ZIP" if us else "postcode"))
        k.c(pick(["Address: ", "new address is ", "I've moved to "]), V(addr, "ADDRESS", addr), ", %s, " % town,
            V(pct, "POSTCODE", pc.replace(" ", "").replace("-", "")))
    else:
        addr = "%s%s %s" % (flat.lower().replace("flat %s" % flat[5:-2], "flat " + say_pair("%02d" % int(flat[5:-2]), z, True)) if flat else "",
                            say_three("%03d" % num, z, True).replace("zero ", "").replace("oh ", "") if num >= 100 else
                            (say_pair("%02d" % num, z, True) if num >= 10 else UNITS[num]), st.lower())
        pc = pick(USZIP).replace("-", "") if us else pick(UKPC)
        if us:
            pct = say_digits(pc, z)
        else:
            out, c2 = pc.replace(" ", ""), pc.split(" ")
            pct = " ".join(say_letter(ch, "plain") if ch.isalpha() else UNITS[int(ch)] for ch in c2[0]) + ", " + \
                " ".join(say_letter(ch, pick(["plain", "nato"])) if ch.isalpha() else UNITS[int(ch)] for ch in c2[1])
        k = Case("call ASR: address and %s spoken" % ("ZIP" if us else "postcode"))
        k.a("what's the first line of the address")
        k.c(pick(["it's ", "", "um "]), V(addr, "ADDRESS", addr), pick([" in ", ", "]), pick(["leeds", "cardiff", "austin", "bristol"]))
        k.a("and the " + ("zip" if us else "postcode"))
        k.c(V(pct, "POSTCODE", pc.replace(" ", "")))
    return k


def P_expiry_cvv_call():
    num = make_card()
    z = zchooser(pick(["uk", "us"]))
    yy, mm = R.randint(26, 33), R.randint(1, 12)
    e = "20%02d-%02d" % (yy, mm)
    st = R.randrange(4)
    if st == 0:
        et = "%s %s" % (say_pair("%02d" % mm, z, True), say_pair("%02d" % yy, z, True))
    elif st == 1:
        et = "%s twenty %s" % (MONTHS[mm - 1], say_pair("%02d" % yy, z, True))
    elif st == 2:
        et = "%s %s" % (dw(str(mm)[0], z) if mm < 10 else TEENS[mm], say_pair("%02d" % yy, z, True))
    else:
        et = "%s of twenty %s" % (MONTHS[mm - 1], say_pair("%02d" % yy, z, True))
    cv = rdig(4 if len(num) == 15 else 3)
    k = Case("call ASR: card, expiry and security code in quick succession")
    k.c(V(say_card(num, z, filler=0.1), "CARD_NUMBER", num))
    k.a("expiry date?")
    k.c(pick(["", "expires ", "it runs out "]), V(et, "EXPIRY", e))
    k.a("and the security code")
    k.c(V(say_group(cv, z, pick(["digits", "pairs"])), "CVV", cv), pick(["", ", the last three on the back"]))
    return k


def P_idv_combo():
    n = make_ni()
    ph, reg, sizes = make_phone()
    y, m, d = R.randint(1950, 2000), R.randint(1, 12), R.randint(1, 28)
    k = Case("UK government services email: NI, DOB and phone in one message with lookalike benefit reference")
    k.c("Dear team, ref BEN/", str(R.randint(100000, 999999)), ". My NI is ", V(ni_typed(n), "NI_NUMBER", n), ", DOB ",
        V("%d.%d.%d" % (d, m, y), "DOB", "%04d-%02d-%02d" % (y, m, d)), " and you can ring me on ", V(ph, "PHONE", ph), ".")
    return k


POS_TEMPLATES = [
    (P_card_chat, 14), (P_card_call_split, 16), (P_card_call_full, 12), (P_card_restart, 8), (P_card_readback_fix, 8),
    (P_card_aside, 7), (P_card_chat_split, 6), (P_card_lastfour_with_full, 4), (P_card_two_cards, 4),
    (P_ssn_typed, 9), (P_ssn_call, 10), (P_ssn_split, 6), (P_ssn_correction, 5), (P_ssn_mishear, 5),
    (P_ni_typed, 10), (P_ni_call, 10), (P_ni_split, 6), (P_ni_correction, 6), (P_ni_payroll_email, 3),
    (P_bank_uk, 10), (P_bank_us, 5), (P_iban, 12), (P_phone, 12), (P_email, 12), (P_dob, 12), (P_address, 13),
    (P_expiry_cvv_call, 8), (P_idv_combo, 4),
]


# --------------------------------------------------------------------------
# negative templates
# --------------------------------------------------------------------------
def N_amounts():
    z = zchooser("uk")
    a = R.randint(1000, 99999)
    k = Case("negative: balances, amounts and percentages")
    k.a("your balance is £%s.%02d and the minimum payment is %s pounds %s" % ("{:,}".format(a), R.randint(0, 99), say_pair("%02d" % R.randint(20, 99), z, True), say_pair("%02d" % R.randint(10, 99), z, True)))
    k.c("and the interest is what, %s.%d percent?" % (R.randint(12, 39), R.randint(1, 9)))
    return k


def N_order_luhn():
    num = make_card("visa")
    z = zchooser("us")
    lab = pick(["order number", "tracking number", "consignment number", "booking reference"])
    k = Case("negative: Luhn-valid 16 digit %s, read like a card but labelled" % lab)
    k.a("can i take the %s" % lab)
    k.c("yeah the %s is %s" % (lab, say_card(num, z, filler=0.1)))
    k.a("thanks, i've found the %s" % pick(["parcel", "order", "booking"]))
    return k


def N_lastfour():
    z = zchooser(pick(["uk", "us"]))
    l4 = rdig(4)
    k = Case("negative: card last four only (PCI allowed)")
    k.a(pick(["is that the card ending %s?" % say_digits(l4, z), "which card, the one ending in %s?" % l4]))
    k.c(pick(["yes the one ending %s" % say_digits(l4, z), "yeah ending %s" % l4, "no, the visa, last four %s" % say_value([l4[:2], l4[2:]], z, "pairs", " ")]))
    return k


def N_imei():
    imei = luhn_complete("35" + rdig(12))
    z = zchooser("uk")
    k = Case("negative: telecom IMEI (15 digits, Luhn-valid) given as serial")
    k.a("i'll need the imei of the handset, dial star hash oh six hash")
    k.c("okay the imei is %s" % say_value(split_groups(imei, [2, 6, 6, 1]), z, "digits", None, 0.2))
    k.c(pick(["and the model number is SM-G991B", "serial on the box says R58N%s" % rdig(6)]))
    return k


def N_meter():
    z = zchooser("uk")
    mr = rdig(5)
    mpan = rdig(13)
    k = Case("negative: utilities meter reading and MPAN")
    k.a("can you give me the meter reading")
    k.c("it says %s, and the supply number on the bill is %s" % (say_digits(mr, z), mpan))
    k.a("and the serial on the meter %s" % ("%s %s" % (rdig(2), rdig(8))))
    return k


def N_travel():
    k = Case("negative: flights, gates, seats, rooms, times")
    k.c("I'm on %s%d leaving gate %d%s at %d:%02d, seat %d%s, and my hotel room is %d" % (pick(["BA", "EI", "FR", "UA"]), R.randint(100, 9999),
        R.randint(1, 60), pick(["A", "B", ""]), R.randint(5, 22), R.randint(0, 59), R.randint(1, 40), pick("ABCDEF"), R.randint(100, 1499)))
    k.a("your booking reference is %s%s and the ticket number is %s" % (pick(["X7", "QK", "ZR"]), rdig(4), "125" + rdig(10)))
    return k


def N_times():
    k = Case("negative: opening hours, durations, ages, temperatures")
    k.a("we're open %d till %d, weekends %d to %d, and the wait is about %d minutes" % (R.randint(7, 9), R.randint(17, 20), R.randint(9, 10), R.randint(13, 16), R.randint(5, 45)))
    k.c("my mum's %d and the heating's been stuck at %d degrees for %d days" % (R.randint(60, 95), R.randint(12, 30), R.randint(2, 14)))
    return k


def N_policy():
    z = zchooser("uk")
    k = Case("negative: insurance policy/claim numbers with label, NI-like shape")
    pol = "%s%s%s" % (pick(["PX", "HL", "MT"]), rdig(6), pick("ABCDEFGH"))
    k.a("what's the claim number")
    k.c("claim number %s" % pick([pol, " ".join([pol[:2], pol[2:8], pol[8]])]))
    k.a("and the policy number is on the schedule, starts %s" % say_digits(rdig(4), z))
    k.c("policy %s-%s-%s" % (rdig(4), rdig(4), rdig(4)))
    return k


def N_dates():
    k = Case("negative: appointment / payment / contract dates and years")
    k.a("your next appointment is on the %d%s of %s at %d:%02d and the direct debit comes out on the %dth" % (
        R.randint(4, 20), "th", pick(MONTHS).capitalize(), R.randint(9, 16), pick([0, 15, 30, 45]), R.randint(4, 20)))
    k.c("my contract started in %d and ends %02d/%02d/%d" % (R.randint(2015, 2024), R.randint(1, 28), R.randint(1, 12), R.randint(2025, 2028)))
    return k


def N_invoice():
    z = zchooser("us")
    inv = rdig(9)
    k = Case("negative: 9 digit invoice/account reference read like an SSN but labelled")
    k.a("do you have the invoice number")
    k.c("invoice number %s" % say_value([inv[:3], inv[3:5], inv[5:]], z, "digits", None, 0.2))
    k.a("and the ticket number %s" % ("INC" + rdig(7)))
    return k


def N_roads():
    k = Case("negative: road names, counts and model numbers")
    k.c("I was on the %s near junction %d, the van is a %s, and there were %d parcels" % (pick(["M25", "A40", "N7", "I-95", "Route 66"]),
        R.randint(1, 30), pick(["Transit 350L", "Sprinter 314", "Model 3"]), R.randint(2, 40)))
    k.a("okay and the router model is %s with serial %s" % (pick(["TG789vac", "HH6A", "DSL-2750"]), rdig(12)))
    return k


def N_ref_letters():
    z = zchooser("uk")
    ref = "".join(pick("BCDFGHJKLMNPRSTVWXZ") for _ in range(3)) + rdig(7)
    k = Case("negative: reference spelled with NATO alphabet and digits")
    k.a("can you give me the case reference")
    k.c("case reference %s" % ", ".join(say_letter(ch, "nato") if ch.isalpha() else UNITS[int(ch)] for ch in ref))
    return k


NEG_TEMPLATES = [(N_amounts, 9), (N_order_luhn, 12), (N_lastfour, 12), (N_imei, 9), (N_meter, 9), (N_travel, 9),
                 (N_times, 8), (N_policy, 9), (N_dates, 8), (N_invoice, 10), (N_roads, 8), (N_ref_letters, 7)]


# --------------------------------------------------------------------------
def generate():
    rows, metas = [], []
    pos = [f for f, n in POS_TEMPLATES for _ in range(n)]
    neg = [f for f, n in NEG_TEMPLATES for _ in range(n)]
    R.shuffle(pos)
    R.shuffle(neg)
    for i, f in enumerate(pos):
        r, m = f().build("h520-pos-%03d" % (i + 1), "positive")
        rows.append(r)
        metas.append(m)
    for i, f in enumerate(neg):
        r, m = f().build("h520-neg-%03d" % (i + 1), "negative")
        rows.append(r)
        metas.append(m)
    text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    return text, rows, metas


def validate(rows, metas):
    errs = []
    ids = [r["id"] for r in rows]
    if len(set(ids)) != len(ids):
        errs.append("duplicate ids")
    for r, meta in zip(rows, metas):
        if r["kind"] == "negative" and r["spans"]:
            errs.append("%s: negative with spans" % r["id"])
        if r["kind"] == "positive" and not r["spans"]:
            errs.append("%s: positive without spans" % r["id"])
        for t in r["turns"]:
            if t["speaker"] not in ("customer", "agent"):
                errs.append("%s: bad speaker" % r["id"])
        byturn = {}
        for sp in r["spans"]:
            txt = r["turns"][sp["turn"]]["text"]
            s, e = sp["start"], sp["end"]
            if not (0 <= s < e <= len(txt)):
                errs.append("%s: span out of range" % r["id"])
                continue
            if not (txt[s].isalnum() or txt[s] == "+") or not txt[e - 1].isalnum():
                errs.append("%s: span edge not alnum %r" % (r["id"], txt[s:e]))
            if (s > 0 and txt[s - 1].isalnum()) or (e < len(txt) and txt[e].isalnum()):
                errs.append("%s: span not on word boundary %r" % (r["id"], txt[s:e]))
            if sp["type"] not in TYPES:
                errs.append("%s: bad type" % r["id"])
            byturn.setdefault(sp["turn"], []).append((s, e))
        for lst in byturn.values():
            lst.sort()
            for (a, b), (c, d) in zip(lst, lst[1:]):
                if c < b:
                    errs.append("%s: overlapping spans" % r["id"])
        groups = {}
        for m in meta:
            try:
                nv = norm_for(m.typ, m.text)
            except ValueError as ex:
                errs.append("%s: %s" % (r["id"], ex))
                continue
            if m.role == "full":
                if not valid_canon(m.typ, m.canon):
                    errs.append("%s: invalid %s %r" % (r["id"], m.typ, m.canon))
                if not check_value(m.typ, m.canon, nv):
                    errs.append("%s: %s %r normalises to %r not %r" % (r["id"], m.typ, m.text, nv, m.canon))
            elif m.role == "part":
                groups.setdefault(m.group, []).append((m, nv))
            else:
                if not nv or nv != m.canon:
                    errs.append("%s: fragment %r -> %r != %r" % (r["id"], m.text, nv, m.canon))
        for g, items in groups.items():
            joined = "".join(nv for _, nv in items)
            canon = "".join(m.canon for m, _ in items)
            typ = items[0][0].typ
            if joined != canon or not valid_canon(typ, canon):
                errs.append("%s: split %s %r != %r or invalid" % (r["id"], typ, joined, canon))
    return errs


def counts(rows):
    c = {t: 0 for t in TYPES}
    for r in rows:
        for sp in r["spans"]:
            c[sp["type"]] += 1
    return c


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args()
    text, rows, metas = generate()
    errs = validate(rows, metas)
    c = counts(rows)
    npos = sum(r["kind"] == "positive" for r in rows)
    nneg = len(rows) - npos
    need = {t: 10 for t in TYPES}
    need.update({"CARD_NUMBER": 70, "SSN": 30, "NI_NUMBER": 30})
    for t, n in need.items():
        if c[t] < n:
            errs.append("too few %s spans: %d < %d" % (t, c[t], n))
    if npos < 200 or nneg < 100:
        errs.append("too few cases: %d pos %d neg" % (npos, nneg))
    if args.check:
        if not os.path.exists(OUT):
            errs.append("missing %s" % OUT)
        else:
            with open(OUT, encoding="utf-8") as fh:
                if fh.read() != text:
                    errs.append("cases.jsonl is not byte-identical to regenerated output")
    else:
        os.makedirs(os.path.dirname(OUT), exist_ok=True)
        with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
    print("cases: %d positive, %d negative" % (npos, nneg))
    for t in TYPES:
        print("  %-13s %d" % (t, c[t]))
    if errs:
        for e in errs[:50]:
            print("ERROR:", e, file=sys.stderr)
        print("%d error(s)" % len(errs), file=sys.stderr)
        sys.exit(1)
    print("OK" + (" (--check passed)" if args.check else ""))


if __name__ == "__main__":
    main()

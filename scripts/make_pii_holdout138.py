#!/usr/bin/env python3
"""Generate the held-out PII redaction set tests/fixtures/pii_holdout138.

Written by an independent AI helper that did not see the redaction code.
Standard library only.  Output is byte-for-byte reproducible (seed 138241124).

    python scripts/make_pii_holdout138.py          # write cases.jsonl + README.md
    python scripts/make_pii_holdout138.py --check  # regenerate and verify
"""
from __future__ import annotations

import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

SEED = 138241124
ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "tests" / "fixtures" / "pii_holdout138"
CASES = OUT_DIR / "cases.jsonl"
README = OUT_DIR / "README.md"
PREFIX = "h138"

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE",
         "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

R = random.Random(SEED)

# ---------------------------------------------------------------------------
# case builder
# ---------------------------------------------------------------------------


class V:
    """A labelled value segment. group ties the parts of one value split over turns."""

    def __init__(self, text, typ, group=None, rep=False):
        # rep=True: a repetition of part of the same value (excluded from joined validation)
        self.text, self.typ, self.group, self.rep = text, typ, group, rep


_group_counter = [0]


def new_group():
    _group_counter[0] += 1
    return _group_counter[0]


class Case:
    def __init__(self, kind, note):
        self.kind, self.note = kind, note
        self.turns, self.spans = [], []

    def t(self, speaker, *segs):
        text = ""
        for s in segs:
            if isinstance(s, V):
                g = s.group if s.group is not None else new_group()
                self.spans.append({"turn": len(self.turns), "start": len(text),
                                   "end": len(text) + len(s.text), "type": s.typ, "_g": g, "_rep": s.rep, "_t": s.text})
                text += s.text
            else:
                text += s
        self.turns.append({"speaker": speaker, "text": text})
        return self

    def a(self, *segs):
        return self.t("agent", *segs)

    def c(self, *segs):
        return self.t("customer", *segs)


def pick(xs):
    return R.choice(xs)


def chance(p):
    return R.random() < p


# ---------------------------------------------------------------------------
# value generators
# ---------------------------------------------------------------------------


def luhn_ok(d):
    tot = 0
    for i, ch in enumerate(reversed(d)):
        n = int(ch)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        tot += n
    return tot % 10 == 0


def gen_card(kind=None):
    kind = kind or pick(["visa", "visa", "mc", "mc", "amex", "disc", "visa13", "maestro19"])
    if kind == "visa":
        pre, n = "4" + str(R.choice([0, 1, 5, 6, 7, 9])), 16
    elif kind == "mc":
        pre, n = str(R.randint(51, 55)), 16
    elif kind == "amex":
        pre, n = pick(["34", "37"]), 15
    elif kind == "disc":
        pre, n = "6011", 16
    elif kind == "visa13":
        pre, n = "4", 13
    else:
        pre, n = pick(["6759", "5018"]), 19
    body = pre + "".join(str(R.randint(0, 9)) for _ in range(n - len(pre) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def card_groups(d):
    n = len(d)
    if n == 15:
        return [4, 6, 5]
    if n == 13:
        return [4, 4, 5]
    if n == 19:
        return [4, 4, 4, 4, 3]
    return [4, 4, 4, 4]


def split_groups(d, sizes):
    out, i = [], 0
    for s in sizes:
        out.append(d[i:i + s])
        i += s
    return out


def gen_ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


NI_FIRST = "ABCEGHJKLMNPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def gen_ni():
    while True:
        p = R.choice(NI_FIRST) + R.choice(NI_SECOND)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ") and "O" not in p and "I" not in p:
            break
    return p + "".join(str(R.randint(0, 9)) for _ in range(6)) + R.choice("ABCD")


def gen_digits(n, first_nonzero=True):
    s = str(R.randint(1, 9)) if first_nonzero else str(R.randint(0, 9))
    return s + "".join(str(R.randint(0, 9)) for _ in range(n - 1))


def iban_check(country, bban):
    s = bban + country + "00"
    num = "".join(str(int(ch, 36)) for ch in s)
    return "%02d" % (98 - int(num) % 97)


def iban_ok(iban):
    s = iban[4:] + iban[:4]
    try:
        num = "".join(str(int(ch, 36)) for ch in s)
    except ValueError:
        return False
    return int(num) % 97 == 1


def gen_iban(country=None):
    country = country or pick(["GB", "IE", "DE", "NL", "FR", "ES"])
    letters = "ABCDEFGHJKLMNPRSTUVWXYZ"  # no I / O so spoken forms stay unambiguous
    if country == "GB":
        bban = pick(["NWBK", "BARC", "HBUK", "MIDL", "SRLG"]) + gen_digits(6) + gen_digits(8)
    elif country == "IE":
        bban = pick(["AIBK", "BKNG", "ULSB", "PTSB"]) + gen_digits(6) + gen_digits(8)
    elif country == "DE":
        bban = gen_digits(18)
    elif country == "NL":
        bban = pick(["ABNA", "RABN", "INGB", "TRNB"]) + gen_digits(10)
    elif country == "FR":
        bban = gen_digits(10) + "".join(R.choice(letters + "0123456789") for _ in range(11)) + gen_digits(2)
    else:
        bban = gen_digits(20)
    return country + iban_check(country, bban) + bban


def gen_phone(region):
    if region == "uk_mobile":
        return "07" + str(R.choice([4, 5, 7, 8, 9])) + gen_digits(8, False)
    if region == "uk_land":
        return pick(["0161", "0113", "0121", "0131", "0141", "0117", "0114", "0151"]) + gen_digits(7)
    if region == "london":
        return "020" + str(R.choice([7, 8, 3])) + gen_digits(7, False)
    if region == "ie_mobile":
        return "08" + str(R.choice([3, 5, 6, 7, 9])) + gen_digits(7)
    # US
    return str(R.randint(2, 9)) + gen_digits(2, False) + str(R.randint(2, 9)) + gen_digits(6, False)


FIRST = ["sarah", "james", "aoife", "liam", "priya", "tom", "grace", "dave", "niamh", "maria",
         "kevin", "fatima", "owen", "chloe", "marcus", "emma", "sean", "lucy", "raj", "hannah"]
LAST = ["murphy", "patel", "walsh", "jenkins", "okafor", "brennan", "smith", "kowalski", "reid",
        "hughes", "nolan", "garcia", "campbell", "doyle", "khan", "baker", "byrne", "fischer"]
DOMAINS = ["gmail.com", "hotmail.co.uk", "yahoo.com", "outlook.com", "eircom.net", "icloud.com",
           "btinternet.com", "aol.com", "live.ie", "protonmail.com"]

STREETS = ["willow", "station", "church", "mill", "queens", "victoria", "park", "elm", "meadow",
           "maple", "oak", "harbour", "castle", "king", "orchard", "spring", "bridge", "main"]
STREET_TYPES = ["road", "street", "avenue", "lane", "close", "drive", "crescent", "way", "terrace",
                "grove", "court", "place"]
UK_AREAS = ["SW", "NW", "SE", "EC", "WC", "N", "E", "W", "M", "B", "L", "G", "EH", "CF", "BS",
            "LS", "NE", "CB", "BT", "RG", "GU", "KT", "TW", "BN", "LE", "NG", "DE", "CV"]
POST_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"  # inward-code letters (no C I K M O V)
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december"]


AREA_TOWN = {"SW": "london", "NW": "london", "SE": "london", "EC": "london", "WC": "london", "N": "london",
             "E": "london", "W": "london", "M": "manchester", "B": "birmingham", "L": "liverpool", "G": "glasgow",
             "EH": "edinburgh", "CF": "cardiff", "BS": "bristol", "LS": "leeds", "NE": "newcastle",
             "CB": "cambridge", "BT": "belfast", "RG": "reading", "GU": "guildford", "KT": "kingston",
             "TW": "twickenham", "BN": "brighton", "LE": "leicester", "NG": "nottingham", "DE": "derby",
             "CV": "coventry"}


def town_of(outward):
    return AREA_TOWN[re.match(r"[A-Z]+", outward).group(0)]


def gen_uk_postcode():
    area = pick(UK_AREAS)
    outward = area + str(R.randint(1, 9))
    if chance(0.25):
        outward += str(R.randint(0, 9))
    inward = str(R.randint(1, 9)) + R.choice(POST_LETTERS) + R.choice(POST_LETTERS)
    return outward, inward


def gen_zip():
    return gen_digits(5)


# ---------------------------------------------------------------------------
# spoken renderers (ASR style)
# ---------------------------------------------------------------------------

UNIT = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEEN = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
        "eighteen", "nineteen"]
TENS = {"2": "twenty", "3": "thirty", "4": "forty", "5": "fifty", "6": "sixty", "7": "seventy",
        "8": "eighty", "9": "ninety"}
HOMO = {"2": ["to", "too"], "4": ["for"], "8": ["ate"], "1": ["won"], "3": ["tree"]}
NATO = {"A": "alpha", "B": "bravo", "C": "charlie", "D": "delta", "E": "echo", "F": "foxtrot",
        "G": "golf", "H": "hotel", "J": "juliet", "K": "kilo", "L": "lima", "M": "mike",
        "N": "november", "P": "papa", "Q": "quebec", "R": "romeo", "S": "sierra", "T": "tango",
        "U": "uniform", "V": "victor", "W": "whiskey", "X": "x-ray", "Y": "yankee", "Z": "zulu"}
FRIENDLY = {"A": "apple", "B": "bravo", "C": "charlie", "D": "david", "E": "edward", "F": "freddie",
            "G": "george", "H": "harry", "J": "john", "K": "king", "L": "london", "M": "mike",
            "N": "nancy", "P": "peter", "Q": "queen", "R": "robert", "S": "sugar", "T": "tommy",
            "U": "uncle", "V": "victor", "W": "william", "X": "x-ray", "Y": "yellow", "Z": "zebra"}


def zero_word(uk):
    return pick(["oh", "oh", "o", "nought", "zero"] if uk else ["oh", "zero", "zero", "o"])


def unit_word(ch, uk, homo=0.0):
    if ch == "0":
        return zero_word(uk)
    if homo and ch in HOMO and chance(homo):
        return pick(HOMO[ch])
    return UNIT[int(ch)]


def pair_word(two):
    a, b = two
    if a == "1":
        return TEEN[int(b)]
    if b == "0":
        return TENS[a]
    return TENS[a] + " " + UNIT[int(b)]


def say(d, uk=False, doubles=0.5, pairs=0.0, homo=0.0, triples=True):
    """Digits as an ASR transcript writes them (single words, doubles, pairs)."""
    words, i = [], 0
    while i < len(d):
        ch = d[i]
        if triples and uk and i + 2 < len(d) and d[i + 1] == ch and d[i + 2] == ch and chance(doubles):
            words.append("triple " + unit_word(ch, uk))
            i += 3
            continue
        if i + 1 < len(d) and d[i + 1] == ch and chance(doubles):
            words.append("double " + unit_word(ch, uk))
            i += 2
            continue
        # no bare 'forty' (X0) pairs: 'forty two' would then be ambiguous with 4-0-2
        if pairs and i + 1 < len(d) and ch != "0" and (ch == "1" or d[i + 1] != "0") and chance(pairs):
            words.append(pair_word(d[i:i + 2]))
            i += 2
            continue
        words.append(unit_word(ch, uk, homo))
        i += 1
    return " ".join(words)


def say_groups(groups, uk=False, sep=" ", filler=0.0, **kw):
    out = say(groups[0], uk=uk, **kw)
    for g in groups[1:]:
        out += (" " + pick(["um", "uh", "er"]) + " " if filler and chance(filler) else sep) + say(g, uk=uk, **kw)
    return out


def say_letter(ch, style=None):
    style = style or pick(["plain", "plain", "nato", "for"])
    if style == "plain":
        return ch.lower()
    if style == "nato":
        return NATO[ch]
    return ch.lower() + " " + pick(["for", "as in"]) + " " + pick([NATO[ch], FRIENDLY[ch]])


def say_alnum(s, uk=True, letter_style=None, **kw):
    out, buf = [], ""
    for ch in s:
        if ch.isdigit():
            buf += ch
        else:
            if buf:
                out.append(say(buf, uk=uk, **kw))
                buf = ""
            out.append(say_letter(ch, letter_style))
    if buf:
        out.append(say(buf, uk=uk, **kw))
    return " ".join(out)


ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
       "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
       "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty first", "twenty second",
       "twenty third", "twenty fourth", "twenty fifth", "twenty sixth", "twenty seventh",
       "twenty eighth", "twenty ninth", "thirtieth", "thirty first"]


def say_year(y):
    if 2000 <= y <= 2009:
        return pick(["two thousand and " + UNIT[y - 2000], "two thousand " + UNIT[y - 2000]])
    hi, lo = divmod(y, 100)
    lo_w = ("oh " + UNIT[lo]) if lo < 10 else pair_word("%02d" % lo)
    return pair_word(str(hi)) + " " + lo_w


def gen_dob():
    return R.randint(1942, 2004), R.randint(1, 12), R.randint(1, 28)


def say_dob(y, m, d, uk=True):
    style = pick(["ord_of", "month_ord", "digits", "ord_of"]) if uk else pick(["month_ord", "month_ord", "digits"])
    if style == "ord_of":
        return "the " + ORD[d] + " of " + MONTHS[m - 1] + " " + say_year(y)
    if style == "month_ord":
        return MONTHS[m - 1] + " " + ORD[d] + " " + say_year(y)
    first, second = (d, m) if uk else (m, d)
    return (say("%02d" % first, uk=uk, doubles=0) + " " + say("%02d" % second, uk=uk, doubles=0) + " " + say_year(y))


def type_dob(y, m, d, uk=True):
    if uk:
        return pick(["%02d/%02d/%d" % (d, m, y), "%d.%d.%d" % (d, m, y), "%d %s %d" % (d, MONTHS[m - 1][:3].title(), y),
                     "%02d-%02d-%d" % (d, m, y), "%d%s %s %d" % (d, "th" if 11 <= d <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th"), MONTHS[m - 1].title(), y)])
    return pick(["%02d/%02d/%d" % (m, d, y), "%d/%d/%02d" % (m, d, y % 100), "%s %d, %d" % (MONTHS[m - 1].title(), d, y),
                 "%d-%02d-%02d" % (y, m, d)])


def gen_expiry():
    return R.randint(1, 12), R.randint(26, 32)


def say_expiry(m, y, uk=True):
    st = pick(["mm_yy", "month_yy", "mm_20yy", "mm_yy"])
    yy = pair_word(str(y))
    if st == "mm_yy":
        return say("%02d" % m, uk=uk, doubles=0) + " " + yy
    if st == "month_yy":
        return MONTHS[m - 1] + " " + yy
    return say("%02d" % m, uk=uk, doubles=0) + " twenty " + yy


def type_expiry(m, y):
    return pick(["%02d/%02d" % (m, y), "%02d/20%02d" % (m, y), "%02d-%02d" % (m, y), "%02d %02d" % (m, y), "%02d%02d" % (m, y)])


def say_house(n):
    if n < 10:
        return UNIT[n]
    if n < 100:
        return pair_word(str(n))
    h, r = divmod(n, 100)
    if n >= 1000:
        return pair_word(str(h)) + " " + ("oh " + UNIT[r] if 0 < r < 10 else ("hundred" if r == 0 else pair_word("%02d" % r)))
    if r == 0:
        return UNIT[h] + " hundred"
    return UNIT[h] + " " + ("oh " + UNIT[r] if r < 10 else pair_word("%02d" % r)) if chance(0.5) else \
        UNIT[h] + " hundred and " + (UNIT[r] if r < 10 else pair_word("%02d" % r))


def say_email(user, domain):
    name, dom = domain.split(".", 1)
    parts = []
    for tok in re.findall(r"[a-z]+|\d+|[._-]", user):
        if tok == ".":
            parts.append("dot")
        elif tok == "_":
            parts.append("underscore")
        elif tok == "-":
            parts.append(pick(["dash", "hyphen"]))
        elif tok.isdigit():
            parts.append(say(tok, doubles=0.3, pairs=0.5))
        elif len(tok) <= 2:
            parts.append(" ".join(tok))
        else:
            parts.append(tok)
    return " ".join(parts) + " at " + name + " dot " + dom.replace(".", " dot ")


def gen_email_user():
    f, l = pick(FIRST), pick(LAST)
    st = R.randint(0, 5)
    if st == 0:
        return f + "." + l
    if st == 1:
        return f[0] + "." + l
    if st == 2:
        return f + l + str(R.randint(1, 99))
    if st == 3:
        return f + "_" + l
    if st == 4:
        return l + "." + f + str(R.randint(70, 99))
    return f[0] + l + str(R.randint(1, 9))


# ---------------------------------------------------------------------------
# normalisation and validation (used by --check)
# ---------------------------------------------------------------------------

W_UNITS = {"zero": "0", "oh": "0", "o": "0", "nought": "0", "naught": "0", "one": "1", "won": "1",
           "two": "2", "to": "2", "too": "2", "three": "3", "tree": "3", "four": "4", "for": "4", "five": "5",
           "six": "6", "seven": "7", "eight": "8", "ate": "8", "nine": "9"}
W_TEENS = {w: str(10 + i) for i, w in enumerate(TEEN)}
W_TENS = {v: k for k, v in TENS.items()}
IGNORE = {"um", "uh", "er", "erm", "sorry", "and", "then", "space", "dash", "hyphen", "slash",
          "uhm", "ah", "like", "yeah"}
NATO_REV = {v.replace("-", ""): k for k, v in NATO.items()}
FRIENDLY_REV = {v.replace("-", ""): k for k, v in FRIENDLY.items()}


def normalise(text):
    """Spoken or typed value -> string of digits / upper-case letters. Raises on unknown words."""
    raw = re.findall(r"[A-Za-z0-9]+|\+", text.replace("x-ray", "xray"))
    upper = {i for i, t in enumerate(raw) if t.isalpha() and t.isupper()}
    toks = [t.lower() for t in raw]
    out, i = [], 0
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if t == "+" or t == "plus" or t in IGNORE:
            i += 1
        elif len(t) == 1 and t.isalpha() and t != "o" and nxt == "for" and i + 2 < len(toks):
            out.append(t.upper())
            i += 3
        elif len(t) == 1 and t.isalpha() and t != "o" and nxt == "as" and i + 3 < len(toks):
            out.append(t.upper())
            i += 4
        elif t in NATO_REV:
            out.append(NATO_REV[t])
            i += 1
        elif t in ("double", "triple") and nxt in W_UNITS:
            out.append(W_UNITS[nxt] * (2 if t == "double" else 3))
            i += 2
        elif t in W_TENS:
            if nxt in W_UNITS and W_UNITS[nxt] != "0" and nxt not in ("o", "oh"):
                out.append(W_TENS[t] + W_UNITS[nxt])
                i += 2
            else:
                out.append(W_TENS[t] + "0")
                i += 1
        elif t in W_TEENS:
            out.append(W_TEENS[t])
            i += 1
        elif t in W_UNITS:
            if nxt == "hundred":
                j = i + 2
                if j < len(toks) and toks[j] == "and":
                    j += 1
                rest = toks[j] if j < len(toks) else None
                if rest in W_TEENS:
                    out.append(W_UNITS[t] + W_TEENS[rest]); i = j + 1
                elif rest in W_TENS:
                    r2 = toks[j + 1] if j + 1 < len(toks) else None
                    if r2 in W_UNITS and W_UNITS[r2] != "0":
                        out.append(W_UNITS[t] + W_TENS[rest] + W_UNITS[r2]); i = j + 2
                    else:
                        out.append(W_UNITS[t] + W_TENS[rest] + "0"); i = j + 1
                elif rest in W_UNITS and j > i + 2:
                    out.append(W_UNITS[t] + "0" + W_UNITS[rest]); i = j + 1
                else:
                    out.append(W_UNITS[t] + "00"); i += 2
            else:
                out.append(W_UNITS[t])
                i += 1
        elif t.isdigit() or (any(ch.isdigit() for ch in t)):
            out.append(t.upper())
            i += 1
        elif len(t) <= 2 or i in upper:
            out.append(t.upper())
            i += 1
        else:
            raise ValueError("unknown word %r in %r" % (t, text))
    return "".join(out)


EMAIL_RE = re.compile(r"^[a-z0-9._-]+@[a-z0-9-]+(\.[a-z]{2,})+$")
UK_PC = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$")
STREET_RE = re.compile(r"\b(" + "|".join(STREET_TYPES + ["st", "rd", "ave", "blvd", "boulevard", "apt", "flat"]) + r")\b", re.I)
MONTH_RE = re.compile(r"\b(" + "|".join(m[:3] for m in MONTHS) + r")[a-z]*\b", re.I)


def email_norm(text):
    if "@" in text:
        return text.lower()
    parts = []
    for tok in text.lower().split():
        if tok == "dot":
            parts.append(".")
        elif tok == "at":
            parts.append("@")
        elif tok == "underscore":
            parts.append("_")
        elif tok in ("dash", "hyphen"):
            parts.append("-")
        elif tok in W_UNITS and tok not in ("to", "too", "for", "won", "ate", "o"):
            parts.append(W_UNITS[tok])
        elif tok in W_TENS or tok in W_TEENS:
            parts.append(normalise(tok))
        else:
            parts.append(tok)
    # tens + unit: "forty two" -> "402" handled: fix by renormalising digit runs
    s = "".join(parts)
    return s


def date_ok(text):
    has_month = bool(MONTH_RE.search(text))
    digits = re.findall(r"\d", text)
    words = [w for w in re.findall(r"[a-z]+", text.lower()) if w in W_UNITS or w in W_TEENS or w in W_TENS
             or w in ("first", "second", "third", "thousand") or w.endswith("th")]
    return has_month or len(digits) >= 3 or len(words) >= 2


def validate(typ, text):
    """Return None if ok, else a problem string. text is the joined span text of one value."""
    if typ == "EMAIL":
        e = email_norm(text)
        # spoken numbers may produce '402' for 'forty two'; email shape is what matters
        return None if EMAIL_RE.match(e) else "bad email %r" % e
    if typ in ("DOB", "EXPIRY"):
        return None if date_ok(text) else "bad date %r" % text
    if typ == "ADDRESS":
        has_num = bool(re.search(r"\d", text)) or any(w in W_UNITS or w in W_TEENS or w in W_TENS
                                                       for w in text.lower().split())
        return None if has_num and STREET_RE.search(text) else "bad address %r" % text
    try:
        n = normalise(text)
    except ValueError as ex:
        return str(ex)
    if typ == "CARD_NUMBER":
        return None if n.isdigit() and 13 <= len(n) <= 19 and luhn_ok(n) else "bad card %r" % n
    if typ == "CVV":
        return None if n.isdigit() and len(n) in (3, 4) else "bad cvv %r" % n
    if typ == "SSN":
        return None if n.isdigit() and len(n) == 9 else "bad ssn %r" % n
    if typ == "NI_NUMBER":
        return None if re.match(r"^[A-CEGHJ-PR-TW-Z]{2}\d{6}[A-D]$", n) else "bad ni %r" % n
    if typ == "SORT_CODE":
        return None if n.isdigit() and len(n) == 6 else "bad sort code %r" % n
    if typ == "BANK_ACCOUNT":
        return None if n.isdigit() and 6 <= len(n) <= 12 else "bad account %r" % n
    if typ == "PHONE":
        return None if n.isdigit() and 10 <= len(n) <= 13 else "bad phone %r" % n
    if typ == "IBAN":
        return None if re.match(r"^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$", n) and iban_ok(n) else "bad iban %r" % n
    if typ == "POSTCODE":
        return None if UK_PC.match(n) or re.match(r"^\d{5}(\d{4})?$", n) else "bad postcode %r" % n
    return "unknown type %s" % typ


# ---------------------------------------------------------------------------
# positive templates: phone calls (ASR style)
# ---------------------------------------------------------------------------

BACK = ["mhm", "okay", "yep", "okay go on", "yeah", "right", "uh huh", "got that", "okay and"]
UK_IND = ["banking", "telecom", "utilities", "insurance", "retail", "travel", "government services"]
US_IND = ["banking", "telecom", "utilities", "healthcare billing", "insurance", "retail", "travel"]
MONEY = ["forty two pounds fifty", "a hundred and twelve pounds", "sixty nine ninety nine", "thirty euro",
         "two hundred and fifty dollars", "eighty five dollars", "nineteen ninety nine a month"]


def p_call_card_one_turn():
    uk = chance(0.5)
    card = gen_card()
    pr = pick([0, 0, 0.3])
    c = Case("positive", "call/%s: card read in one turn ASR-style (%s), then expiry and cvv" %
             (pick(UK_IND if uk else US_IND), "some digit pairs like 'forty one'" if pr else "single digits, doubles"))
    c.a(pick(["okay and the long number across the front of the card please",
              "can i take the card number please", "go ahead with the card number when you're ready"]))
    c.c(pick(["yeah it's ", "okay um ", "right so it's ", "", "it's "]),
        V(say_groups(split_groups(card, card_groups(card)), uk=uk, pairs=pr, filler=0.3), "CARD_NUMBER"))
    m, y = gen_expiry()
    c.a("lovely and the expiry date")
    c.c(pick(["", "it's ", "expires "]), V(say_expiry(m, y, uk), "EXPIRY"))
    cvv = gen_digits(pick([3, 3, 4]) if card[:2] in ("34", "37") else 3, False)
    c.a(pick(["and the three digits on the back", "last thing the security code on the back please",
              "and the c v v"]))
    c.c(pick(["", "that's ", "um "]), V(say(cvv, uk=uk, doubles=0.2), "CVV"))
    return c


def p_call_card_split():
    uk = chance(0.5)
    card = gen_card(pick(["visa", "mc", "amex", "disc"]))
    groups = split_groups(card, card_groups(card))
    c = Case("positive", "call/%s: card split over %d customer turns with back-channels and fillers" %
             (pick(UK_IND if uk else US_IND), len(groups)))
    c.a(pick(["okay whenever you're ready with the card number", "right go ahead with the card",
              "and the card number please"]))
    g = new_group()
    for k, grp in enumerate(groups):
        lead = pick(["", "", "um ", "right ", "uh "]) if k else pick(["it's ", "okay ", "yeah so ", ""])
        tail = pick(["", "", " um", " yeah"])
        c.c(lead, V(say(grp, uk=uk, pairs=pick([0, 0.3])), "CARD_NUMBER", g), tail)
        if k < len(groups) - 1:
            if k == 1 and chance(0.4):
                # agent echoes the group back while taking it down (labelled, part of the same card)
                c.a(V(say(grp, uk=uk, doubles=0), "CARD_NUMBER", g, rep=True), pick(["", " yep", " okay"]))
            else:
                c.a(pick(BACK) if k < len(groups) - 2 else pick(["and the last ones", "and the last four", "mhm", "yep"]))
    c.a("thank you")
    return c


def p_call_card_restart():
    uk = chance(0.5)
    card = gen_card(pick(["visa", "mc"]))
    groups = split_groups(card, [4, 4, 4, 4])
    c = Case("positive", "call/%s: caller starts card, abandons it ('sorry let me start again'), then full reading; only the full reading is labelled" %
             pick(UK_IND if uk else US_IND))
    c.a("can i take the card number")
    false = say(groups[0], uk=uk) + " " + say(groups[1][:2], uk=uk)
    c.c(pick(["yeah ", "okay "]), false, pick([" hang on no that's the old card", " sorry wrong card", " oh wait"]))
    c.a(pick(["no problem take your time", "that's fine", "okay"]))
    c.c(pick(["right sorry let me start again ", "okay from the top ", "sorry it's "]),
        V(say_groups(groups, uk=uk), "CARD_NUMBER"))
    c.a(pick(["great thank you", "lovely"]))
    return c


def p_call_card_readback():
    uk = chance(0.5)
    card = gen_card(pick(["visa", "mc", "disc"]))
    groups = split_groups(card, [4, 4, 4, 4])
    c = Case("positive", "call/%s: card read by customer with a self-correction of one group, agent reads whole number back" %
             pick(UK_IND if uk else US_IND))
    c.a("and the card number")
    g = new_group()
    c.c(V(say_groups(groups[:2], uk=uk), "CARD_NUMBER", g))
    c.a(pick(["mhm", "yep"]))
    wrong = list(groups[2])
    wrong[3] = str((int(wrong[3]) + 3) % 10)
    c.c(say("".join(wrong), uk=uk, doubles=0), pick([" no sorry ", " no wait ", " sorry "]),
        V(say(groups[2], uk=uk), "CARD_NUMBER", g), " ", V(say(groups[3], uk=uk), "CARD_NUMBER", g))
    c.a("let me just read that back to you ", V(say_groups(groups, uk=uk, doubles=0.2), "CARD_NUMBER"), " is that right")
    c.c(pick(["yes that's it", "yeah perfect", "that's correct"]))
    return c


def p_call_card_homophone():
    uk = chance(0.5)
    card = gen_card(pick(["visa", "visa", "mc"]))
    c = Case("positive", "call/%s: card with ASR homophones ('for', 'to', 'won', 'ate', 'tree') and agent interrupting mid-reading" %
             pick(UK_IND if uk else US_IND))
    c.a("okay the card number please")
    g = new_group()
    c.c(V(say(card[:7], uk=uk, homo=0.6, doubles=0.2), "CARD_NUMBER", g), pick(["", "", " um"]))
    c.a(pick(["sorry you cut out there can you repeat the last two", "sorry say the last couple again",
              "sorry i missed the last two numbers"]))
    c.c(pick(["", "no ", "yeah "]), V(say(card[5:7], uk=uk, homo=0.3), "CARD_NUMBER", g, rep=True),
        pick([" then ", " and then ", " "]), V(say(card[7:], uk=uk, homo=0.6, doubles=0.2), "CARD_NUMBER", g))
    c.a("okay thank you")
    return c


def p_call_card_chitchat():
    uk = chance(0.5)
    card = gen_card()
    c = Case("positive", "call/%s: card read among non-PII amounts and dates (amounts unlabelled)" %
             pick(UK_IND if uk else US_IND))
    c.a("so the outstanding balance is " + pick(MONEY) + " would you like to pay that today")
    c.c("yes please i'll pay the full " + pick(["amount", "lot"]) + " on my "
        + ("amex" if card[:2] in ("34", "37") else pick(["debit card", "credit card", "card"])) + " it's ", V(say_groups(split_groups(card, card_groups(card)), uk=uk, doubles=0.4), "CARD_NUMBER"),
        " and it was due on the " + pick(ORD[1:29]) + " wasn't it")
    c.a("that's right the payment date was the " + pick(ORD[1:29]))
    return c


def p_call_ssn():
    ssn = gen_ssn()
    c = Case("positive", "call/%s: social security number read as 3-2-4 with pairs or doubles" % pick(US_IND))
    c.a(pick(["for verification can i get your social security number", "can you confirm your social please",
              "what's the social on the account"]))
    st = R.randint(0, 2)
    if st == 0:
        txt = say_groups([ssn[:3], ssn[3:5], ssn[5:]], doubles=0.5)
    elif st == 1:
        txt = say(ssn[:3]) + " " + pair_word(ssn[3:5]) if ssn[3] != "0" else say(ssn[:5])
        txt = txt + " " + (pair_word(ssn[5:7]) + " " + pair_word(ssn[7:]) if ssn[5] != "0" and ssn[7] != "0" else say(ssn[5:]))
    else:
        txt = say(ssn, doubles=0.3, homo=0.3)
    c.c(pick(["sure it's ", "yeah ", "um ", "it's "]), V(txt, "SSN"))
    c.a(pick(["thank you", "perfect thanks", "okay you're verified"]))
    return c


def p_call_ssn_split():
    ssn = gen_ssn()
    c = Case("positive", "call/%s: SSN split over turns, agent back-channel and a restart of the last group" % pick(US_IND))
    c.a("and your social security number")
    g = new_group()
    c.c(pick(["okay ", "it's ", ""]), V(say(ssn[:3]), "SSN", g))
    c.a(pick(BACK))
    c.c(V(say(ssn[3:5]), "SSN", g))
    c.a(pick(["okay", "mhm", "and the last four"]))
    c.c(say(ssn[5:7]), pick([" uh sorry ", " no wait ", " um "]), V(say(ssn[5:]), "SSN", g))
    c.a(pick(["got it thank you", "great"]))
    return c


def p_call_ssn_readback():
    ssn = gen_ssn()
    zip5 = gen_zip()
    c = Case("positive", "call/%s: SSN and ZIP in one turn, agent reads SSN back" % pick(US_IND))
    c.a("can you give me the social and the zip code on file")
    c.c(pick(["yeah social is ", "sure the social's "]), V(say(ssn, doubles=0.4), "SSN"),
        pick([" and the zip is ", " zip code ", " and zip "]), V(say(zip5, doubles=0.3), "POSTCODE"))
    c.a("okay so that's ", V(say_groups([ssn[:3], ssn[3:5], ssn[5:]]), "SSN"), " yes")
    c.c("yes")
    return c


def ni_spoken(ni, uk=True):
    st = R.randint(0, 3)
    letters = [say_letter(ch, pick(["plain", "nato", "for"])) for ch in ni[:2]]
    dig = ni[2:8]
    if st == 0:
        d = say(dig, uk=uk)
    elif st == 1:
        d = say_groups([dig[:2], dig[2:4], dig[4:]], uk=uk, pairs=0.6)
    else:
        d = say_groups([dig[:2], dig[2:4], dig[4:]], uk=uk)
    return " ".join(letters) + " " + d + " " + say_letter(ni[8], pick(["plain", "for", "nato"]))


def p_call_ni():
    ni = gen_ni()
    c = Case("positive", "call/%s: national insurance number with spelled letters (phonetic or 'x for y')" %
             pick(["government services", "banking", "insurance", "utilities"]))
    c.a(pick(["and can i take your national insurance number", "what's your n i number please",
              "i'll need your national insurance number to continue"]))
    c.c(pick(["yeah it's ", "okay it's ", "um ", ""]), V(ni_spoken(ni), "NI_NUMBER"))
    c.a(pick(["thank you", "lovely thanks", "that's matched thank you"]))
    return c


def p_call_ni_split():
    ni = gen_ni()
    c = Case("positive", "call/government services: NI number split over turns, agent asks to repeat the letters")
    c.a("your national insurance number please")
    g = new_group()
    c.c(pick(["it's ", "okay "]), V(say_letter(ni[0], "plain") + " " + say_letter(ni[1], "plain"), "NI_NUMBER", g, rep=True))
    c.a(pick(["sorry was that ", "is that "]) + say_letter(ni[0], "for") + "?")
    c.c("yeah ", V(say_letter(ni[0], "nato") + " " + say_letter(ni[1], "nato"), "NI_NUMBER", g),
        " ", V(say_groups([ni[2:4], ni[4:6]], pairs=0.5), "NI_NUMBER", g))
    c.a(pick(BACK))
    c.c(V(say(ni[6:8]) + " " + say_letter(ni[8], pick(["plain", "for"])), "NI_NUMBER", g))
    c.a("thank you i've got that")
    return c


def p_call_ni_readback():
    ni = gen_ni()
    y, m, d = gen_dob()
    c = Case("positive", "call/%s: DOB and NI in consecutive turns, agent reads NI back with phonetics" %
             pick(["government services", "insurance", "banking"]))
    c.a("can you confirm your date of birth")
    c.c(pick(["yeah it's ", "", "sure "]), V(say_dob(y, m, d), "DOB"))
    c.a("and your national insurance number")
    c.c(V(ni_spoken(ni), "NI_NUMBER"))
    c.a("so that's ", V(" ".join(say_letter(ch, "nato") for ch in ni[:2]) + " " + say(ni[2:8], doubles=0) + " " +
                        say_letter(ni[8], "nato"), "NI_NUMBER"), " correct")
    c.c("that's right")
    return c


def p_call_bank_uk():
    sc, acct = gen_digits(6, False), gen_digits(8, False)
    c = Case("positive", "call/%s: sort code and account number in one turn (UK, nought/double)" %
             pick(["banking", "utilities", "insurance", "government services"]))
    c.a(pick(["for the direct debit can i take the sort code and account number",
              "which account would you like the refund paid into"]))
    scs = say_groups([sc[:2], sc[2:4], sc[4:]], uk=True, pairs=pick([0, 0.6]))
    c.c(pick(["sort code ", "okay the sort code's ", "yeah sort code is "]), V(scs, "SORT_CODE"),
        pick([" and the account number is ", " account ", " then account number "]),
        V(say(acct, uk=True, doubles=0.5, pairs=pick([0, 0.3])), "BANK_ACCOUNT"))
    c.a(pick(["thank you", "lovely that's all set up"]))
    return c


def p_call_bank_split():
    sc, acct = gen_digits(6, False), gen_digits(8, False)
    c = Case("positive", "call/%s: account number over several turns with a self-correction, then sort code" %
             pick(["banking", "utilities", "telecom"]))
    c.a("what's the account number")
    g = new_group()
    c.c(pick(["it's ", "um "]), V(say(acct[:4], uk=True), "BANK_ACCOUNT", g))
    c.a(pick(BACK))
    wrong = acct[4:6] + str((int(acct[6]) + 1) % 10)
    c.c(say(wrong, uk=True, doubles=0), " ", pick(["no sorry", "no hang on", "sorry"]), " ",
        V(say(acct[4:], uk=True), "BANK_ACCOUNT", g))
    c.a("and the sort code")
    c.c(V(say_groups([sc[:2], sc[2:4], sc[4:]], uk=True, pairs=0.5), "SORT_CODE"))
    return c


def p_call_bank_us():
    acct = gen_digits(R.choice([9, 10, 11, 12]), False)
    c = Case("positive", "call/%s: US checking account number read with pairs and a filler" % pick(US_IND))
    c.a("and the checking account number for the autopay")
    half = len(acct) // 2
    c.c(pick(["yeah ", "okay so "]), V(say(acct[:half], pairs=0.4) + pick([" uh ", " um ", " "]) + say(acct[half:], pairs=0.4), "BANK_ACCOUNT"))
    c.a("thank you and the routing number is on file already")
    return c


def iban_spoken(iban):
    parts = [say_letter(iban[0], "plain") + " " + say_letter(iban[1], "plain"), say(iban[2:4])]
    rest = iban[4:]
    groups = [rest[i:i + 4] for i in range(0, len(rest), 4)]
    for gr in groups:
        parts.append(say_alnum(gr, uk=True, letter_style=pick(["plain", "plain", "nato"])))
    return parts


def p_call_iban():
    iban = gen_iban(pick(["IE", "DE", "NL", "GB", "FR", "ES"]))
    parts = iban_spoken(iban)
    c = Case("positive", "call/%s: IBAN read out in groups over two turns (%s)" %
             (pick(["banking", "travel", "utilities", "insurance"]), iban[:2]))
    c.a("could i have the i ban for the refund please")
    g = new_group()
    mid = len(parts) // 2 + 1
    c.c(pick(["yep it's ", "okay ", "so "]), V(" ".join(parts[:mid]), "IBAN", g))
    c.a(pick(BACK))
    c.c(V(" ".join(parts[mid:]), "IBAN", g), pick(["", " that's it", " and that's the end"]))
    c.a("perfect")
    return c


def p_call_phone():
    reg = pick(["uk_mobile", "uk_mobile", "uk_land", "london", "ie_mobile", "us", "us"])
    uk = reg != "us"
    ph = gen_phone(reg)
    st = R.randint(0, 2)
    if reg in ("uk_mobile", "ie_mobile") and st == 0:
        cc = "plus four four " if reg == "uk_mobile" else "plus three five three "
        txt = cc + say(ph[1:], uk=True)
        note = "international +44/+353 form spoken"
    elif reg == "us":
        txt = say_groups([ph[:3], ph[3:6], ph[6:]], pairs=0.2) if st else "one " + say_groups([ph[:3], ph[3:6], ph[6:]])
        note = "US number with area code"
    else:
        gs = [ph[:5], ph[5:]] if reg in ("uk_mobile", "uk_land") else ([ph[:3], ph[3:7], ph[7:]])
        txt = say_groups(gs, uk=True, doubles=0.5, pairs=0.15)
        note = "national form, doubles/triples"
    c = Case("positive", "call/%s: phone number (%s)" % (pick(UK_IND if uk else US_IND), note))
    c.a(pick(["what's the best number to reach you on", "and a contact number please",
              "can i confirm the mobile number on the account"]))
    c.c(pick(["yeah it's ", "it's ", "um my mobile is ", "best one's "]), V(txt, "PHONE"),
        pick(["", "", " after six is best", " that's my mobile"]))
    if chance(0.4):
        c.note += "; agent reads it back"
        c.a("so that's ", V(say(ph, uk=uk, doubles=0.3), "PHONE"), pick(["", " yeah"]))
        c.c(pick(["yep", "that's it", "correct"]))
    else:
        c.a("thanks")
    return c


def p_call_phone_split():
    reg = pick(["uk_mobile", "us", "ie_mobile"])
    uk = reg != "us"
    ph = gen_phone(reg)
    gs = [ph[:5], ph[5:8], ph[8:]] if reg == "uk_mobile" else [ph[:3], ph[3:6], ph[6:]]
    c = Case("positive", "call/%s: phone number split over turns, agent interrupts, caller self-corrects a digit" %
             pick(UK_IND if uk else US_IND))
    c.a("can i take a phone number in case we get cut off")
    g = new_group()
    c.c("sure ", V(say(gs[0], uk=uk), "PHONE", g, rep=True))
    c.a(pick(["sorry you're breaking up a bit", "sorry say again"]))
    c.c(V(say(gs[0], uk=uk), "PHONE", g), " ", V(say(gs[1], uk=uk), "PHONE", g))
    c.a(pick(BACK))
    w = str((int(gs[2][0]) + 2) % 10)
    c.c(say(w, uk=uk), " no ", V(say(gs[2], uk=uk, doubles=0.4), "PHONE", g))
    return c


def p_call_email():
    user, dom = gen_email_user(), pick(DOMAINS)
    uk = chance(0.5)
    c = Case("positive", "call/%s: e-mail spelled by ASR with 'dot' / 'at' / 'underscore'" % pick(UK_IND if uk else US_IND))
    c.a(pick(["and what email address should we send the confirmation to",
              "can i confirm your email address", "what's the email on the account"]))
    c.c(pick(["yeah it's ", "it's ", "um ", "so it's "]), V(say_email(user, dom), "EMAIL"))
    c.a(pick(["thank you", "and is that all lower case", "great i'll send that over now"]))
    return c


def p_call_email_spell():
    user, dom = pick(FIRST)[0] + pick(LAST), pick(DOMAINS)
    c = Case("positive", "call/%s: e-mail said then surname spelled letter by letter in a second turn" %
             pick(["telecom", "retail", "travel", "utilities"]))
    c.a("what's your email address")
    c.c(pick(["it's ", "yeah "]), V(say_email(user, dom), "EMAIL"))
    c.a("how are you spelling " + user[1:])
    c.c(" ".join(user[1:]), pick(["", " yeah"]))
    c.a("lovely thank you")
    return c


def p_call_dob():
    uk = chance(0.6)
    y, m, d = gen_dob()
    c = Case("positive", "call/%s: date of birth spoken for verification, with restart" % pick(UK_IND if uk else US_IND))
    c.a(pick(["can you confirm your date of birth", "and your date of birth please", "what's your d o b"]))
    if chance(0.5):
        c.note = c.note.replace("with restart", "caller restarts after a false start")
        c.c(pick(["it's the ", "uh the "]) + pick(ORD[1:13]), pick([" no sorry ", " sorry i mean "]), V(say_dob(y, m, d, uk), "DOB"))
    else:
        c.note = c.note.replace("with restart", "plain reading")
        c.c(pick(["yeah ", "it's ", "", "sure "]), V(say_dob(y, m, d, uk), "DOB"))
    c.a(pick(["thank you", "and the first line of your address", "that's great"]))
    return c


def addr_spoken(uk=True):
    n = R.randint(1, 240) if uk else R.randint(10, 9800)
    st = pick(STREETS) + " " + pick(STREET_TYPES)
    return say_house(n) + " " + st


def p_call_address_uk():
    out, inw = gen_uk_postcode()
    c = Case("positive", "call/%s: UK street address then postcode spelled ASR-style" % pick(UK_IND))
    c.a(pick(["and the first line of the address", "can you confirm your address"]))
    c.c(pick(["it's ", "yeah ", ""]), V(addr_spoken(), "ADDRESS"), pick([" in ", " "]) + town_of(out))
    c.a("and the postcode")
    c.c(V(say_alnum(out, letter_style=pick(["plain", "plain", "for"])) + " " + say_alnum(inw, letter_style="plain"), "POSTCODE"))
    c.a("thank you")
    return c


def p_call_postcode_split():
    out, inw = gen_uk_postcode()
    c = Case("positive", "call/%s: postcode split over two turns, agent checks a letter" % pick(UK_IND))
    c.a("what's the postcode there")
    g = new_group()
    c.c(V(say_alnum(out, letter_style="plain"), "POSTCODE", g))
    c.a("mhm")
    c.c(V(say_alnum(inw, letter_style="plain"), "POSTCODE", g))
    c.a("was that " + say_letter(inw[1], "for") + "?")
    c.c("yes ", V(say_letter(inw[1], "nato"), "POSTCODE", g, rep=True))
    return c


def p_call_address_us():
    zip5 = gen_zip()
    plus4 = chance(0.3)
    c = Case("positive", "call/%s: US street address with ZIP%s" % (pick(US_IND), "+4" if plus4 else ""))
    c.a("what's the service address")
    zt = say(zip5, doubles=0.3) + (" dash " + say(gen_digits(4, False)) if plus4 else "")
    c.c(V(addr_spoken(uk=False), "ADDRESS"), " " + pick(["austin texas", "columbus ohio", "tampa florida", "phoenix"]) + " ",
        V(zt, "POSTCODE"))
    c.a("and is that a house or an apartment")
    c.c("house")
    return c


def p_call_verify_mix():
    uk = chance(0.5)
    y, m, d = gen_dob()
    c = Case("positive", "call/%s: verification mixing DOB, postcode/ZIP and phone in adjacent turns" % pick(UK_IND if uk else US_IND))
    c.a("before i can go any further i just need to ask a few security questions what's your date of birth")
    c.c(V(say_dob(y, m, d, uk), "DOB"))
    if uk:
        out, inw = gen_uk_postcode()
        c.a("and the postcode")
        c.c(V(say_alnum(out, letter_style="plain") + " " + say_alnum(inw, letter_style="plain"), "POSTCODE"))
        ph = gen_phone("uk_mobile")
        c.a("and the mobile ending in " + say(ph[-3:]) + " is that still current")
        c.c("no it's changed it's ", V(say_groups([ph[:5], ph[5:]], uk=True), "PHONE"), " now")
    else:
        c.a("and the zip code")
        c.c(V(say(gen_zip()), "POSTCODE"))
        ph = gen_phone("us")
        c.a("and a callback number")
        c.c(V(say_groups([ph[:3], ph[3:6], ph[6:]]), "PHONE"))
    c.a("thank you you're all verified")
    return c


def p_call_expiry_cvv_split():
    uk = chance(0.5)
    m, y = gen_expiry()
    cvv = gen_digits(3, False)
    c = Case("positive", "call/%s: expiry and security code in one turn, caller corrects the expiry month" % pick(UK_IND if uk else US_IND))
    c.a("and the expiry and the three digit code on the back")
    wrongm = (m % 12) + 1
    c.c(say("%02d" % wrongm, uk=uk, doubles=0) + pick([" no ", " sorry "]), V(say_expiry(m, y, uk), "EXPIRY"),
        pick([" and the code is ", " security code ", " and the back is "]), V(say(cvv, uk=uk, doubles=0.3), "CVV"))
    c.a("thank you")
    return c



def p_call_asr_digits():
    uk = chance(0.5)
    what = pick(["card", "card", "phone", "ssn", "account"])
    c = Case("positive", "call/%s: ASR emitted digits instead of words for a %s, lower case no punctuation" %
             (pick(UK_IND if uk else US_IND), what))
    if what == "card":
        card = gen_card(pick(["visa", "mc"]))
        gs = split_groups(card, [4, 4, 4, 4])
        txt = pick([" ".join(gs), gs[0] + gs[1] + " " + gs[2] + gs[3], " ".join([card[:3], card[3:8], card[8:12], card[12:]])])
        c.a("go ahead with the card number")
        c.c("yeah it's ", V(txt, "CARD_NUMBER"), " and it's a " + pick(["visa", "mastercard"]) + " debit")
    elif what == "phone":
        ph = gen_phone("uk_mobile" if uk else "us")
        txt = pick([ph[:5] + " " + ph[5:], " ".join([ph[:3], ph[3:6], ph[6:]]), ph])
        c.a("what's the best number for you")
        c.c("it's ", V(txt, "PHONE"), " any time after " + pick(["five", "three", "six"]))
    elif what == "ssn":
        ssn = gen_ssn()
        c.a("and the social security number")
        c.c("yeah ", V(pick([ssn[:3] + " " + ssn[3:5] + " " + ssn[5:], ssn[:5] + " " + ssn[5:], ssn]), "SSN"))
    else:
        acct = gen_digits(8, False)
        sc = gen_digits(6, False)
        c.a("and the bank details for the direct debit")
        c.c("sort code ", V(pick([sc[:2] + " " + sc[2:4] + " " + sc[4:], sc]), "SORT_CODE"), " account ", V(acct, "BANK_ACCOUNT"))
    c.a("thank you")
    return c


def p_call_dob_readback():
    uk = chance(0.5)
    y, m, d = gen_dob()
    age = 2026 - y
    c = Case("positive", "call/%s: DOB given, agent reads it back; age and appointment date nearby are not labelled" %
             pick(["healthcare billing", "insurance", "government services", "banking"]))
    c.a("can i take the patient's date of birth" if chance(0.4) else "and your date of birth")
    c.c(pick(["yeah ", "it's ", "um "]), V(say_dob(y, m, d, uk), "DOB"), " i'm " + pair_word(str(age)) if age >= 20 else "")
    c.a("okay so ", V(MONTHS[m - 1] + " " + ORD[d] + " " + say_year(y), "DOB"), pick([" thank you", " lovely"]),
        " and your appointment is on the " + pick(ORD[1:29]) + " at " + pick(["ten fifteen", "two o'clock", "half nine"]))
    c.c("that's right")
    return c


def p_call_email_split():
    user, dom = gen_email_user(), pick(DOMAINS)
    c = Case("positive", "call/%s: e-mail split over two turns ('at' starts the second) with agent back-channel" %
             pick(["telecom", "retail", "travel", "insurance"]))
    c.a("and an email address for the receipt")
    g = new_group()
    full = say_email(user, dom)
    head, tail = full.split(" at ", 1)
    c.c(pick(["it's ", "okay it's ", ""]), V(head, "EMAIL", g))
    c.a(pick(["mhm", "okay", "yep", "okay go on"]))
    c.c(pick(["", "um ", "so "]), V("at " + tail, "EMAIL", g))
    c.a("perfect")
    return c


def p_call_address_flat():
    uk = chance(0.7)
    flat, n = R.randint(1, 24), R.randint(2, 180)
    street = pick(STREETS) + " " + pick(STREET_TYPES)
    c = Case("positive", "call/%s: address with flat number where the ASR runs flat and house numbers together" %
             pick(UK_IND if uk else US_IND))
    c.a("and what's the address you'd like the new " + pick(["router", "card", "meter", "policy documents"]) + " sent to")
    lead = "flat " if uk else pick(["apartment ", "unit "])
    c.c(pick(["it's ", "um ", ""]), V(lead + say_house(flat) + " " + say_house(n) + " " + street, "ADDRESS"))
    c.a("sorry was that flat " + say_house(flat) if uk else "sorry what was the unit number")
    c.c("yeah " + say_house(flat))
    if uk:
        out, inw = gen_uk_postcode()
        c.a("and the postcode")
        c.c(V(say_alnum(out, letter_style="plain") + " " + say_alnum(inw, letter_style=pick(["plain", "for"])), "POSTCODE"))
    else:
        c.a("and the zip")
        c.c(V(say(gen_zip(), doubles=0.4), "POSTCODE"))
    return c

# ---------------------------------------------------------------------------
# positive templates: chat (typed)
# ---------------------------------------------------------------------------

def fmt_card(card):
    gs = split_groups(card, card_groups(card))
    st = R.randint(0, 4)
    if st == 0:
        return " ".join(gs)
    if st == 1:
        return "-".join(gs)
    if st == 2:
        return card
    if st == 3:
        return "  ".join(gs)
    return " ".join(gs[:2]) + " " + "".join(gs[2:])


def c_chat_card():
    card = gen_card()
    m, y = gen_expiry()
    cvv = gen_digits(4 if card[:2] in ("34", "37") else 3, False)
    c = Case("positive", "chat/%s: card typed with %s grouping plus expiry and cvv in one message" %
             (pick(["retail", "travel", "telecom", "utilities"]), "mixed"))
    c.a(pick(["Please provide the card details to complete the booking.", "Hi! How can I help today?"]))
    c.c(pick(["card no ", "Card number: ", "its ", "ok card is "]), V(fmt_card(card), "CARD_NUMBER"),
        pick([" exp ", ", expiry ", " expires ", " ex "]), V(type_expiry(m, y), "EXPIRY"),
        pick([" cvv ", " security code ", ", cvc "]), V(cvv, "CVV"), pick(["", " thx", " cheers"]))
    c.a("Thank you, processing now.")
    return c


def c_chat_card_split():
    card = gen_card(pick(["visa", "mc"]))
    gs = split_groups(card, [4, 4, 4, 4])
    c = Case("positive", "chat/%s: card pasted across two messages with a typo in between" % pick(["retail", "banking", "travel"]))
    c.a("Could you type the long card number please?")
    g = new_group()
    c.c(V(" ".join(gs[:2]), "CARD_NUMBER", g))
    c.c(pick(["sorry hit enter too soon ", "oops ", "... "]), V(" ".join(gs[2:]), "CARD_NUMBER", g))
    c.a("Got it, thanks.")
    return c


def c_chat_ssn():
    ssn = gen_ssn()
    f = R.randint(0, 3)
    txt = [ssn[:3] + "-" + ssn[3:5] + "-" + ssn[5:], ssn[:3] + " " + ssn[3:5] + " " + ssn[5:], ssn,
           ssn[:3] + "." + ssn[3:5] + "." + ssn[5:]][f]
    c = Case("positive", "chat/%s: SSN typed (%s)" % (pick(US_IND), ["dashes", "spaces", "unformatted", "dots"][f]))
    c.a("To verify your identity please enter your Social Security number.")
    c.c(pick(["ssn ", "SSN: ", "its ", "my social is ", ""]), V(txt, "SSN"), pick(["", " thanks", ". dob on file too"]))
    c.a("Thank you.")
    return c


def c_chat_ni():
    ni = gen_ni()
    f = R.randint(0, 3)
    txt = [ni, ni[:2] + " " + ni[2:4] + " " + ni[4:6] + " " + ni[6:8] + " " + ni[8], ni.lower(),
           ni[:2] + ni[2:8] + " " + ni[8]][f]
    c = Case("positive", "chat/%s: NI number typed (%s)" % (pick(["government services", "banking", "insurance"]),
                                                             ["compact", "spaced", "lower case", "suffix apart"][f]))
    c.a("Can you confirm your National Insurance number?")
    c.c(pick(["NI no: ", "its ", "ni number ", "sure - ", ""]), V(txt, "NI_NUMBER"), pick(["", " ta", " (from my payslip)"]))
    c.a("Thanks, that matches.")
    return c


def c_chat_bank():
    sc, acct = gen_digits(6, False), gen_digits(8, False)
    f = R.randint(0, 2)
    sct = [sc[:2] + "-" + sc[2:4] + "-" + sc[4:], sc, sc[:2] + " " + sc[2:4] + " " + sc[4:]][f]
    c = Case("positive", "chat/%s: sort code and account number typed in one message" % pick(["banking", "utilities", "insurance"]))
    c.a("Which account should the refund go to?")
    c.c(pick(["sort ", "sort code ", "s/c "]), V(sct, "SORT_CODE"), pick([" acc ", " account no ", ", a/c "]), V(acct, "BANK_ACCOUNT"))
    c.a("Thanks, refund of " + pick(["£42.10", "£118.00", "£7.99"]) + " will be processed in 3-5 working days.")
    return c


def c_chat_iban():
    iban = gen_iban()
    f = R.randint(0, 2)
    txt = [" ".join(iban[i:i + 4] for i in range(0, len(iban), 4)), iban, iban.lower()][f]
    c = Case("positive", "chat/%s: IBAN typed (%s)" % (pick(["banking", "travel", "retail"]), ["grouped", "compact", "lower case"][f]))
    c.a("Please send the IBAN for the refund.")
    c.c(pick(["IBAN: ", "its ", "iban ", ""]), V(txt, "IBAN"))
    c.a("Thank you.")
    return c


def c_chat_phone_email():
    reg = pick(["uk_mobile", "us", "ie_mobile", "london"])
    ph = gen_phone(reg)
    if reg == "uk_mobile":
        pt = pick(["+44 " + ph[1:5] + " " + ph[5:], ph[:5] + " " + ph[5:], ph, "+44(0)" + ph[1:]])
    elif reg == "us":
        pt = pick(["(%s) %s-%s" % (ph[:3], ph[3:6], ph[6:]), "%s-%s-%s" % (ph[:3], ph[3:6], ph[6:]),
                   "+1 %s %s %s" % (ph[:3], ph[3:6], ph[6:]), "%s.%s.%s" % (ph[:3], ph[3:6], ph[6:])])
    elif reg == "ie_mobile":
        pt = pick(["+353 " + ph[1:3] + " " + ph[3:6] + " " + ph[6:], ph[:3] + " " + ph[3:6] + " " + ph[6:], ph])
    else:
        pt = pick([ph[:3] + " " + ph[3:7] + " " + ph[7:], "+44 20 " + ph[3:7] + " " + ph[7:]])
    user, dom = gen_email_user(), pick(DOMAINS)
    em = user + "@" + dom
    if chance(0.3):
        em = em.upper() if chance(0.3) else user.title() + "@" + dom
    c = Case("positive", "chat/%s: phone and e-mail in one message" % pick(["telecom", "retail", "travel", "utilities"]))
    c.a("What contact details should we use?")
    c.c(pick(["mob ", "phone ", "call me on "]), V(pt, "PHONE"), pick([" or email ", " / ", ", email: "]), V(em, "EMAIL"))
    c.a("Thanks, updated.")
    return c


def c_chat_address():
    uk = chance(0.6)
    if uk:
        out, inw = gen_uk_postcode()
        pc = pick([out + " " + inw, out + inw, (out + " " + inw).lower()])
        n = R.randint(1, 200)
        addr = pick(["%d %s %s" % (n, pick(STREETS).title(), pick(STREET_TYPES).title()),
                     "flat %d, %d %s %s" % (R.randint(1, 20), n, pick(STREETS).title(), pick(["Rd", "St", "Road", "Lane"]))])
        town = town_of(out).title()
    else:
        pc = pick([gen_zip(), gen_zip() + "-" + gen_digits(4, False)])
        addr = "%d %s %s" % (R.randint(10, 9999), pick(STREETS).title(), pick(["St", "Ave", "Blvd", "Drive", "Road"]))
        if chance(0.3):
            addr += " Apt %d" % R.randint(1, 40)
        town = pick(["Denver, CO", "Austin TX", "Portland, OR", "Albany NY"])
    c = Case("positive", "chat/%s: delivery address with %s" % (pick(["retail", "telecom", "utilities"]), "UK postcode" if uk else "US ZIP"))
    c.a("What's the delivery address?")
    c.c(V(addr, "ADDRESS"), ", " + town + pick([" ", ", "]), V(pc, "POSTCODE"))
    c.a("Perfect, your order will arrive within 2 days.")
    return c


def c_chat_dob():
    uk = chance(0.6)
    y, m, d = gen_dob()
    c = Case("positive", "chat/%s: DOB typed for verification, with other dates around it" % pick(UK_IND if uk else US_IND))
    c.a("For security, please confirm your date of birth.")
    c.c(pick(["dob ", "DOB: ", "born ", "its "]), V(type_dob(y, m, d, uk), "DOB"),
        pick(["", ". my appointment is on the 14th", ". bill was due 01/" + "%02d" % R.randint(1, 12)]))
    c.a("Thanks, you're verified.")
    return c


# ---------------------------------------------------------------------------
# negative templates
# ---------------------------------------------------------------------------

def n_money():
    c = Case("negative", "call/%s: balance, prices and payment amounts only" % pick(UK_IND))
    c.a("so your current balance is " + pick(["three hundred and forty two pounds sixteen", "one thousand two hundred and six euro",
                                             "four hundred and eighty nine dollars and twelve cents", "sixty seven pounds"]))
    c.c("and what's the monthly payment going to be")
    c.a("it'd be " + pick(["twenty nine ninety nine", "forty five pounds", "one hundred and twelve fifty", "eighteen euro a month"])
        + " for " + pick(["twelve", "eighteen", "twenty four", "thirty six"]) + " months")
    c.c("okay that's fine")
    return c


def n_order_ref():
    ref = gen_digits(R.randint(6, 10))
    word = pick(["order number", "reference number", "ticket number", "case reference", "claim number", "invoice number"])
    call = chance(0.6)
    if call:
        c = Case("negative", "call/%s: %s read digit by digit (not PII)" % (pick(UK_IND + US_IND), word))
        c.a("do you have the " + word + " there")
        c.c("yeah the " + word + " is " + say(ref, uk=chance(0.5), doubles=0.4))
        c.a("thank you i've found it")
    else:
        c = Case("negative", "chat/%s: typed %s" % (pick(["retail", "telecom", "insurance"]), word))
        c.c("Hi my " + word + " is " + pick([ref, "#" + ref, word.split()[0][:3].upper() + "-" + ref]) + " and it hasn't arrived")
        c.a("Sorry to hear that, let me check " + word + " " + ref + " for you.")
    return c


def n_appointment():
    c = Case("negative", "call/%s: engineer appointment dates and times (not birth dates)" % pick(["utilities", "telecom"]))
    c.a("i can get an engineer out to you on " + pick(["tuesday the", "the", "thursday the"]) + " " + pick(ORD[1:29]) + " of "
        + pick(MONTHS) + " between " + pick(["eight and twelve", "twelve and four", "eight a m and one p m"]))
    c.c("could you do the " + pick(ORD[1:29]) + " instead i'm working that day")
    c.a("yes the " + pick(ORD[1:29]) + " at " + pick(["nine thirty", "two fifteen", "half ten", "eleven o'clock"]) + " is free")
    c.c("great book that in")
    return c


def n_flight():
    c = Case("negative", "call/travel: flight number, times, seat and booking dates")
    fl = pick(["b a ", "e i ", "f r ", "u a ", "d l "]) + say(gen_digits(R.randint(3, 4)), doubles=0)
    c.c("hi i'm on flight " + fl + " on the " + pick(ORD[1:29]) + " and i need to change it")
    c.a("okay that departs at " + pick(["six forty five", "fourteen twenty", "nine fifteen"]) + " you're in seat " + pick(["twelve c", "thirty four a", "seven f"]))
    c.c("can i move to the later one")
    c.a("there's a change fee of " + pick(["fifty pounds", "seventy five euro", "ninety nine dollars"]))
    return c


def n_meter():
    c = Case("negative", "call/utilities: meter reading and usage figures")
    c.a("can you read me the numbers on the meter")
    c.c("yeah it's " + say(gen_digits(5, False), uk=True, doubles=0.4) + pick([" and then a red one", " point " + UNIT[R.randint(0, 9)], ""]))
    c.a("thanks that's about " + pick(["three hundred and twelve", "four hundred", "two hundred and sixty"]) + " units since your last reading on the "
        + pick(ORD[1:29]) + " of " + pick(MONTHS))
    c.c("okay")
    return c


def n_chat_order():
    c = Case("negative", "chat/retail: order id, quantities, price and model number")
    c.c("Order #" + gen_digits(R.randint(7, 9)) + " – I ordered " + str(R.randint(2, 6)) + " x " +
        pick(["SM-G991B", "WH-1000XM4", "model KX-TG6812", "iPhone 14 Pro 256GB"]) + " at " + pick(["£249.99", "$1,099.00", "€89.50"]) + " each")
    c.a("Thanks! It shipped on " + pick(["12/03", "3 March", "the 4th"]) + " and should arrive by " + pick(["Friday", "5pm tomorrow", "the 21st"]) + ".")
    return c


def n_telecom_usage():
    c = Case("negative", "call/telecom: data usage, speeds, contract dates, percentages")
    c.a("you've used " + pick(["forty two gigs", "eighteen point five gigabytes", "ninety percent"]) + " of your allowance this month")
    c.c("and the speed is only like " + pick(["twelve megs", "thirty five megabits", "two point four"]) + " it should be " + pick(["five hundred", "one gig", "a hundred and fifty"]))
    c.a("your contract started on the " + pick(ORD[1:29]) + " of " + pick(MONTHS) + " twenty " + pick(["twenty two", "twenty three", "nineteen"])
        + " and ends in " + pick(["eleven", "six", "twenty"]) + " months")
    c.c("right")
    return c


def n_insurance_claim():
    c = Case("negative", "call/insurance: claim number with its reference word, incident date, excess, ages")
    c.c("i'm calling about claim " + say(gen_digits(8), uk=True, doubles=0.3))
    c.a("yes i can see the incident was on the " + pick(ORD[1:29]) + " of " + pick(MONTHS) + " and the excess is " + pick(["two fifty", "three hundred pounds", "a hundred euro"]))
    c.c("my son's only " + pick(["seventeen", "nineteen", "twenty two"]) + " he was driving at about " + pick(["thirty", "twenty five", "forty"]) + " miles an hour")
    c.a("okay i'll add that note")
    return c


def n_healthcare():
    c = Case("negative", "call/healthcare billing: statement amounts, visit date, invoice number, copay")
    c.a("i see a statement for " + pick(["two hundred forty dollars", "eighty five dollars and ten cents", "one thousand three hundred"]) + " from your visit on " + pick(MONTHS) + " " + pick(ORD[1:29]))
    c.c("the invoice number on it is " + say(gen_digits(R.randint(7, 9)), doubles=0.3) + " but my copay was only " + pick(["twenty", "forty", "thirty five"]) + " dollars")
    c.a("let me look into that for you it can take up to " + pick(["ten", "fourteen", "thirty"]) + " business days")
    return c


def n_room_hotel():
    c = Case("negative", "call/travel: hotel room number, nights, check-in time, temperature")
    c.c("i'm in room " + pick(["four one two", "twelve oh six", "three hundred and eight", "two two seven"]) + " and the heating is stuck on " + pick(["twenty eight degrees", "thirty degrees", "eighty five"]))
    c.a("sorry about that you're with us for " + pick(["three", "five", "two"]) + " nights checking out on the " + pick(ORD[1:29]))
    c.c("yeah checkout's at " + pick(["eleven", "ten thirty", "noon"]) + " right")
    return c


def n_chat_misc():
    c = Case("negative", "chat/%s: typed times, amounts, years and a ticket id" % pick(["telecom", "utilities", "banking"]))
    c.c(pick(["Ticket 48213 still open after 3 weeks!!", "ref no. 2231984 - been waiting 45 mins", "Case ID 7719203 opened 2023"]))
    c.a("Apologies for the wait. Your payment of " + pick(["£56.20", "$312.45", "€19.99"]) + " was received at " + pick(["14:32", "9:05am", "16:00"]) + " on " + pick(["12/11/2024", "Nov 3", "3rd March"]) + ".")
    c.c("ok and the " + pick(["15%", "10 percent", "20%"]) + " discount?")
    c.a("Applied for the next " + pick(["6", "12", "3"]) + " months.")
    return c


def n_government():
    c = Case("negative", "call/government services: application reference, processing times, fee, year")
    c.a("your application reference is " + pick(["a p p ", "g w f ", ""]) + say(gen_digits(R.randint(6, 9)), uk=True, doubles=0.3))
    c.c("and how long does it take")
    c.a("usually " + pick(["six to eight weeks", "ten working days", "about three months"]) + " and the fee is " + pick(["seventy five pounds fifty", "eighty two pounds", "a hundred and twenty euro"]))
    c.c("i applied back in " + say_year(R.randint(2019, 2024)))
    return c


def n_banking_tx():
    c = Case("negative", "call/banking: transaction amounts, card last-four mention avoided, times and dates of payments")
    c.c("there's a payment on the " + pick(ORD[1:29]) + " for " + pick(["four hundred and ninety nine pounds", "twelve fifty", "sixty three euro twenty"]) + " i don't recognise")
    c.a("i can see that at " + pick(["three forty p m", "ten past nine", "eleven fifty two"]) + " to an online merchant your available balance is " + pick(["two thousand and forty", "eight hundred and six pounds", "one hundred and one"]))
    c.c("can you stop it")
    c.a("yes i'll raise a dispute it takes up to " + pick(["ten", "fifteen", "forty five"]) + " days")
    return c


def n_count_duration():
    c = Case("negative", "call/%s: counts, durations and hold times said as number words" % pick(UK_IND + US_IND))
    c.c("i've been on hold for " + pick(["forty five minutes", "an hour and twenty minutes", "twenty two minutes"]) + " and this is the " + pick(["third", "fourth", "fifth"]) + " time i've called")
    c.a("i'm really sorry i can see " + pick(["six", "eleven", "three"]) + " previous contacts")
    c.c("we've got " + pick(["four", "two", "five"]) + " people in the house and " + pick(["three", "two"]) + " phones on the plan")
    return c


def n_model_serial():
    c = Case("negative", "call/retail: product model number and price, warranty years")
    c.c("it's the " + pick(["x one one five", "model k s two four oh", "series seven nine hundred", "a three oh five"]) + " the " + pick(["fridge", "washer", "tv", "laptop"]))
    c.a("that one's " + pick(["five forty nine", "three hundred and ninety nine pounds", "eight hundred dollars"]) + " with a " + pick(["two", "three", "five"]) + " year warranty")
    c.c("and delivery's on the " + pick(ORD[1:29]) + "?")
    return c


def n_ref_split():
    ref = gen_digits(R.randint(8, 10))
    word = pick(["order number", "booking reference", "account reference", "ticket number", "claim number"])
    c = Case("negative", "call/%s: %s read over several turns with back-channels (not PII)" % (pick(UK_IND + US_IND), word))
    c.a("have you got the " + word + " handy")
    c.c("yeah hang on it's " + say(ref[:4], uk=True, doubles=0.4))
    c.a(pick(BACK))
    c.c(say(ref[4:], uk=True, doubles=0.4))
    c.a("thanks i've got your " + word.split()[0] + " up now")
    return c


def n_other_dates():
    c = Case("negative", "call/%s: move-in, contract and payment dates with full years (not birth dates)" % pick(["utilities", "telecom", "banking"]))
    c.a("when did you move into the property")
    c.c("the " + pick(ORD[1:29]) + " of " + pick(MONTHS) + " " + say_year(R.randint(2015, 2025)))
    c.a("and the last payment we received was " + pick(MONTHS) + " " + pick(ORD[1:29]) + " for " + pick(["sixty four pounds", "a hundred and two euro", "eighty dollars"]))
    c.c("yeah and the next one's due on the " + pick(ORD[1:29]))
    return c


def n_bill_amounts():
    c = Case("negative", "call/%s: several amounts read digit-like (pounds and pence, cents)" % pick(["utilities", "telecom", "healthcare billing"]))
    c.c("last bill was " + pick(["one four two point three seven", "a hundred and forty two thirty seven", "two nine eight pounds sixty"]) + " and this one is " + pick(["three one one twenty", "four hundred and six", "double what it was"]))
    c.a("that's because the estimate was " + pick(["nine hundred and twelve", "one thousand and forty"]) + " kilowatt hours over " + pick(["ninety two", "sixty one", "thirty"]) + " days")
    c.c("okay")
    return c


def n_chat_mixed():
    k = R.randint(0, 4)
    if k == 0:
        ind = "travel"
        cu = "Booking ref %s, flight FR %d on %02d/%02d at 06:35, 2 adults 1 child, total €%d.%02d" % (
            "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2)) + gen_digits(4), R.randint(100, 9999),
            R.randint(1, 28), R.randint(1, 12), R.randint(120, 980), R.randint(0, 99))
        ag = "Thanks, the change fee for that flight is €%d and the new departure is %02d:%02d." % (
            R.randint(30, 90), R.randint(6, 21), pick([0, 15, 30, 45]))
    elif k == 1:
        ind = "telecom"
        cu = "router model Archer C%d, firmware %d.%d.%d, speed test says %d.%d Mbps at %02d:%02d" % (
            R.randint(20, 90), R.randint(1, 3), R.randint(0, 9), R.randint(0, 20), R.randint(3, 80), R.randint(0, 9),
            R.randint(7, 23), R.randint(0, 59))
        ag = "Thanks, your line should reach %d Mbps. I'll run a test, it takes about %d minutes." % (
            pick([67, 150, 500, 900]), R.randint(5, 30))
    elif k == 2:
        ind = pick(["utilities", "telecom", "retail"])
        n_pay = R.randint(2, 6)
        total = R.randint(20, 700) * n_pay
        cu = "Invoice INV-%s for £%s.00 due %02d/%02d/2025, is that right??" % (
            gen_digits(8), "{:,}".format(total), R.randint(1, 28), R.randint(1, 12))
        ag = "Yes, that's correct. You can split it into %d payments of £%d.00." % (n_pay, total // n_pay)
    elif k == 3:
        ind = pick(["utilities", "telecom"])
        cu = "ticket #%s - engineer was meant to come %s between %dam and %dpm, waited %d hrs" % (
            gen_digits(R.randint(6, 9)), pick(["Tuesday", "on the 3rd", "yesterday"]), R.randint(8, 10), R.randint(1, 4), R.randint(2, 5))
        ag = "I'm sorry. I've added a note to ticket %s and credited £%d to your account." % (gen_digits(7), R.randint(10, 30))
    else:
        ind = "utilities"
        cur, used = R.randint(20000, 89999), R.randint(200, 900)
        cu = "meter reading today %05d (previous %05d), thats %d kWh in %d days???" % (cur, cur - used, used, R.randint(28, 95))
        ag = "Understood. The adjustment of £%d.%02d will show on your next bill." % (R.randint(5, 90), R.randint(0, 99))
    c = Case("negative", "chat/%s: typed lookalikes (references, flight, amounts, times, versions, meter readings)" % ind)
    c.c(cu)
    c.a(ag)
    return c

# ---------------------------------------------------------------------------
# build
# ---------------------------------------------------------------------------

POS_PLAN = [
    (p_call_card_one_turn, 8), (p_call_card_split, 7), (p_call_card_restart, 5), (p_call_card_readback, 4),
    (p_call_card_homophone, 5), (p_call_card_chitchat, 4), (p_call_ssn, 10), (p_call_ssn_split, 6),
    (p_call_ssn_readback, 5), (p_call_ni, 10), (p_call_ni_split, 6), (p_call_ni_readback, 5),
    (p_call_bank_uk, 6), (p_call_bank_split, 4), (p_call_bank_us, 4), (p_call_iban, 7),
    (p_call_phone, 8), (p_call_phone_split, 4), (p_call_email, 8), (p_call_email_spell, 3),
    (p_call_dob, 6), (p_call_address_uk, 6), (p_call_postcode_split, 3), (p_call_address_us, 4),
    (p_call_verify_mix, 5), (p_call_expiry_cvv_split, 5), (p_call_asr_digits, 8), (p_call_dob_readback, 5),
    (p_call_email_split, 5), (p_call_address_flat, 6),
    (c_chat_card, 9), (c_chat_card_split, 3), (c_chat_ssn, 8), (c_chat_ni, 8), (c_chat_bank, 5),
    (c_chat_iban, 6), (c_chat_phone_email, 7), (c_chat_address, 7), (c_chat_dob, 6),
]
NEG_PLAN = [
    (n_money, 8), (n_order_ref, 14), (n_appointment, 8), (n_flight, 6), (n_meter, 7), (n_chat_order, 7),
    (n_telecom_usage, 7), (n_insurance_claim, 7), (n_healthcare, 6), (n_room_hotel, 5), (n_chat_misc, 8),
    (n_government, 6), (n_banking_tx, 6), (n_count_duration, 5), (n_model_serial, 5), (n_ref_split, 8),
    (n_other_dates, 6), (n_bill_amounts, 5), (n_chat_mixed, 16),
]


def build():
    R.seed(SEED)
    _group_counter[0] = 0
    pos, neg = [], []
    for fn, n in POS_PLAN:
        for _ in range(n):
            pos.append(fn())
    for fn, n in NEG_PLAN:
        for _ in range(n):
            neg.append(fn())
    R.shuffle(pos)
    R.shuffle(neg)
    records = []
    for kind, cases in (("pos", pos), ("neg", neg)):
        for i, c in enumerate(cases, 1):
            records.append((c, {"id": "%s-%s-%03d" % (PREFIX, kind, i), "kind": c.kind, "turns": c.turns,
                                "spans": [{k: s[k] for k in ("turn", "start", "end", "type")} for s in c.spans],
                                "note": c.note}))
    return records


def dump(records):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for _, r in records)


def counts(records):
    cnt = Counter()
    for _, r in records:
        for s in r["spans"]:
            cnt[s["type"]] += 1
    return cnt


def check_records(records):
    problems = []
    ids = set()
    for case, r in records:
        rid = r["id"]
        if rid in ids:
            problems.append("duplicate id " + rid)
        ids.add(rid)
        if r["kind"] == "negative" and r["spans"]:
            problems.append(rid + ": negative with spans")
        if r["kind"] == "positive" and not r["spans"]:
            problems.append(rid + ": positive without spans")
        by_turn = {}
        for s in case.spans:
            if s["type"] not in TYPES:
                problems.append("%s: bad type %s" % (rid, s["type"]))
            if not 0 <= s["turn"] < len(r["turns"]):
                problems.append(rid + ": turn out of range")
                continue
            text = r["turns"][s["turn"]]["text"]
            st, en = s["start"], s["end"]
            if not (0 <= st < en <= len(text)):
                problems.append(rid + ": offsets out of range")
                continue
            if (st > 0 and text[st - 1].isalnum()) or (en < len(text) and text[en].isalnum()):
                problems.append("%s: span not on word boundary %r" % (rid, text[st:en]))
            if text[st].isspace() or text[en - 1].isspace():
                problems.append("%s: span has edge whitespace %r" % (rid, text[st:en]))
            by_turn.setdefault(s["turn"], []).append((st, en))
        for spans in by_turn.values():
            spans.sort()
            for a, b in zip(spans, spans[1:]):
                if b[0] < a[1]:
                    problems.append(rid + ": overlapping spans")
        groups = {}
        for s in case.spans:
            text = r["turns"][s["turn"]]["text"][s["start"]:s["end"]]
            if s["_rep"]:
                try:
                    if normalise(text) not in "".join(normalise(p["_t"]) for p in case.spans
                                                      if p["_g"] == s["_g"] and not p["_rep"]):
                        problems.append("%s: repeated fragment %r not in value" % (rid, text))
                except ValueError as ex:
                    problems.append("%s: %s" % (rid, ex))
                continue
            groups.setdefault(s["_g"], (s["type"], []))[1].append(text)
        for typ, parts in groups.values():
            err = validate(typ, " ".join(parts))
            if err:
                problems.append("%s: %s" % (rid, err))
        for t in r["turns"]:
            if t["speaker"] not in ("agent", "customer"):
                problems.append(rid + ": bad speaker")
    cnt = counts(records)
    for t in TYPES:
        need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
        if cnt[t] < need:
            problems.append("type %s has %d spans (< %d)" % (t, cnt[t], need))
    npos = sum(1 for _, r in records if r["kind"] == "positive")
    nneg = len(records) - npos
    if npos < 170 or nneg < 100:
        problems.append("too few cases: %d positive %d negative" % (npos, nneg))
    return problems


def readme(records):
    cnt = counts(records)
    npos = sum(1 for _, r in records if r["kind"] == "positive")
    nneg = len(records) - npos
    ncall = sum(1 for _, r in records if r["note"].startswith("call/"))
    lines = [
        "# PII redaction held-out set 138",
        "",
        "**Never use this set for tuning.** It exists only to measure the redactor on data its authors did not see.",
        "",
        "## Provenance",
        "",
        "Written by an AI helper acting as an independent author. The author did not read the redaction code, its tests,",
        "its docs, the evaluation script or any other PII fixture; it saw only a three-line example of the JSONL format.",
        "Cases are generated by `scripts/make_pii_holdout138.py` from template functions; every turn is assembled from",
        "plain-text segments and labelled value segments, so offsets are computed, never typed. All values come from one",
        "`random.Random(%d)`; the output is byte-for-byte reproducible. `--check` regenerates and compares the file," % SEED,
        "checks ids, offsets, word boundaries and overlaps, and validates every labelled value after normalising spoken",
        "forms (Luhn for cards, mod-97 for IBANs, NI format, 9 digits for SSN, 6 for sort codes, digit counts for",
        "CVV/phone/account, UK postcode / US ZIP shapes).",
        "",
        "## Contents",
        "",
        "- %d positive cases, %d negative cases (%d of %d are phone calls written as an ASR transcript; the rest are chat)." % (npos, nneg, ncall, len(records)),
        "- Calls: lower case, no punctuation, numbers as words (`oh`/`o`/`nought`/`zero`, `double`/`triple`, pairs such as",
        "  `forty one`, years as `nineteen eighty two`), letters as plain letters, NATO words or `b for bravo`, ASR",
        "  homophones (`for`=4, `to`/`too`=2, `won`=1, `ate`=8, `tree`=3), values split over turns with back-channels,",
        "  restarts, self-corrections, agent interruptions, agent echoes and read-backs. A few call transcripts contain",
        "  numerals where the ASR emitted digits (odd groupings such as `453 20080 8384 8657`).",
        "- Chat: typed values with spaces, dashes, dots, no separators, lower/upper/title case and small typos.",
        "- Industries: banking, telecom, utilities, retail, insurance, travel, healthcare billing, government services;",
        "  UK, US, Ireland and EU values (IBANs from GB, IE, DE, NL, FR, ES).",
        "",
        "## Annotation conventions",
        "",
        "- A span covers exactly the words/characters that encode the value, from its first to its last token, including",
        "  separators, `double`/`triple`, letter-spelling words (`b for bravo`) and fillers (`um`, `uh`) that fall *inside*",
        "  a reading. Lead-ins (`it's`, `my number is`) and trailing chit-chat are outside.",
        "- A value split over several turns gets one span per turn; each fragment is labelled with the value's type.",
        "- Self-corrections: abandoned false starts and wrong digits that the caller retracts (`... no sorry ...`) are left",
        "  unlabelled when they are separate from the final reading; the corrected reading is labelled. Agent read-backs",
        "  of a value are labelled as well.",
        "- ADDRESS covers house/flat number and street name with street type; the town is outside. POSTCODE covers a UK",
        "  postcode (both halves) or a US ZIP / ZIP+4. EXPIRY and DOB cover the whole date expression.",
        "- When the agent echoes a whole group of a card while taking it down, or the caller repeats a group or letter",
        "  to confirm it, that repetition is labelled with the value's type. Agent clarifying questions that mention only",
        "  a single letter or a partial value (`was that s as in sugar`, `the mobile ending in ...`) are not labelled.",
        "- Non-PII numbers inside positive cases (amounts, ages, appointment dates) are not labelled.",
        "- Negatives contain no PII at all: amounts, times, durations, counts, years, percentages, appointment/contract/",
        "  payment dates, order/ticket/claim/invoice/reference numbers with their reference word, flight and room numbers,",
        "  model numbers, meter readings, speeds, ages, temperatures and balances.",
        "",
        "## Regenerating",
        "",
        "    python scripts/make_pii_holdout138.py          # writes cases.jsonl and this README",
        "    python scripts/make_pii_holdout138.py --check  # regenerates, verifies, prints a summary; non-zero exit on problems",
        "",
        "## Span counts per type",
        "",
        "| type | spans |",
        "|---|---|",
    ]
    for t in TYPES:
        lines.append("| %s | %d |" % (t, cnt[t]))
    lines.append("| total | %d |" % sum(cnt.values()))
    lines.append("")
    return "\n".join(lines)


def main():
    records = build()
    data = dump(records)
    rd = readme(records)
    if "--check" in sys.argv[1:]:
        problems = check_records(records)
        if not CASES.exists() or CASES.read_text(encoding="utf-8") != data:
            problems.append("cases.jsonl differs from regenerated output")
        if not README.exists() or README.read_text(encoding="utf-8") != rd:
            problems.append("README.md differs from regenerated output")
        # re-parse the written file
        if CASES.exists():
            for k, ln in enumerate(CASES.read_text(encoding="utf-8").splitlines(), 1):
                try:
                    json.loads(ln)
                except ValueError:
                    problems.append("cases.jsonl line %d is not valid JSON" % k)
        cnt = counts(records)
        npos = sum(1 for _, r in records if r["kind"] == "positive")
        print("positives %d negatives %d" % (npos, len(records) - npos))
        for t in TYPES:
            print("  %-13s %d" % (t, cnt[t]))
        for p in problems:
            print("PROBLEM:", p)
        print("check %s (%d problems)" % ("FAILED" if problems else "passed", len(problems)))
        return 1 if problems else 0
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    CASES.write_text(data, encoding="utf-8")
    README.write_text(rd, encoding="utf-8")
    print("wrote %d cases to %s" % (len(records), CASES))
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Build the third held-out labelled PII set: tests/fixtures/pii_holdout3/cases.jsonl.

Written independently of the redaction code and of the other PII fixture sets.
Every case is authored below with inline ``[[TYPE|value]]`` markup; the markup is
stripped to compute character offsets. Numbers that must satisfy a checksum (card
numbers, IBANs) and other identifiers are drawn from a seeded RNG so the output is
byte-for-byte reproducible.

    python scripts/make_pii_holdout3.py           # (re)write cases.jsonl + README.md
    python scripts/make_pii_holdout3.py --check   # validate the file on disk

``--check`` validates offsets and span hygiene, Luhn validity and length (13-19
digits) of card numbers after converting spoken forms to digits, IBAN mod-97
checksums and per-country lengths, and plausibility of every other type
(SSN/NI/sort-code/phone/postcode formats, e-mail syntax after undoing dictation,
address shape). It also confirms the file matches what this script generates.

Stdlib only. This set is for evaluation only: never tune on it.
"""
from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT_DIR = ROOT / "tests" / "fixtures" / "pii_holdout3"
CASES_PATH = OUT_DIR / "cases.jsonl"
README_PATH = OUT_DIR / "README.md"
SEED = 20250317

TYPES = [
    "CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE",
    "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS",
]
MIN_PER_TYPE = {t: 10 for t in TYPES}
MIN_PER_TYPE["CARD_NUMBER"] = 25
MIN_POSITIVE = 150
MIN_NEGATIVE = 90

# --------------------------------------------------------------------------------------
# spoken-number vocabulary (shared by rendering and checking)
# --------------------------------------------------------------------------------------
UNIT_W = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEEN_W = {10: "ten", 11: "eleven", 12: "twelve", 13: "thirteen", 14: "fourteen",
          15: "fifteen", 16: "sixteen", 17: "seventeen", 18: "eighteen", 19: "nineteen"}
TENS_W = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy",
          8: "eighty", 9: "ninety"}
UNIT = {w: i for i, w in enumerate(UNIT_W)}
UNIT.update({"oh": 0, "o": 0, "nought": 0, "nil": 0})
TEENS = {w: n for n, w in TEEN_W.items()}
TENS = {w: n for n, w in TENS_W.items()}
NATO = {
    "alpha": "A", "alfa": "A", "bravo": "B", "charlie": "C", "delta": "D", "echo": "E",
    "foxtrot": "F", "golf": "G", "hotel": "H", "india": "I", "juliet": "J", "juliett": "J",
    "kilo": "K", "lima": "L", "mike": "M", "november": "N", "oscar": "O", "papa": "P",
    "quebec": "Q", "romeo": "R", "sierra": "S", "tango": "T", "uniform": "U",
    "victor": "V", "whiskey": "W", "whisky": "W", "xray": "X", "yankee": "Y", "zulu": "Z",
}
NATO_OF = {v: k for k, v in NATO.items() if k not in ("alfa", "juliett", "whisky")}
# "b for ben" style spelling words
FOR_WORD = {
    "A": "apple", "B": "ben", "C": "charlie", "D": "david", "E": "edward", "F": "freddie",
    "G": "george", "H": "harry", "I": "india", "J": "jam", "K": "king", "L": "london",
    "M": "mother", "N": "nancy", "O": "orange", "P": "peter", "Q": "queen", "R": "robert",
    "S": "sugar", "T": "tommy", "U": "uncle", "V": "victor", "W": "william", "X": "xylophone",
    "Y": "yellow", "Z": "zebra",
}


def _tokens(text: str):
    """Split into (kind, value): 'd' digit run, 'l' literal letters (typed), 'w' word."""
    out = []
    for m in re.finditer(r"[A-Za-z0-9]+", text):
        chunk = m.group()
        mixed = bool(re.search(r"\d", chunk)) and bool(re.search(r"[A-Za-z]", chunk))
        literal = mixed or (chunk.isalpha() and chunk.isupper() and len(chunk) > 1)
        for sub in re.findall(r"[A-Za-z]+|\d+", chunk):
            if sub.isdigit():
                out.append(("d", sub))
            elif literal:
                out.append(("l", sub.upper()))
            else:
                out.append(("w", sub.lower()))
    return out


def _symbol(tok):
    k, v = tok
    if k in ("d", "l") and len(v) == 1:
        return v
    if k == "w":
        if v in UNIT:
            return str(UNIT[v])
        if len(v) == 1:
            return v.upper()
        if v in NATO:
            return NATO[v]
    return None


def to_alnum(text: str) -> str:
    """Turn a spoken or typed identifier into its characters (digits and capitals).

    Understands digits, 'oh'/'nought', teens, 'forty one' pairs, 'double'/'triple',
    'hundred' (as in 'oh eight hundred'), single letters, NATO words and
    'b for ben' spelling. Anything else (uh, um, then, and, sorry...) is ignored.
    """
    toks = _tokens(text)
    out = []
    i = 0
    while i < len(toks):
        k, v = toks[i]
        nk, nv = toks[i + 1] if i + 1 < len(toks) else (None, None)
        if k in ("d", "l"):
            out.append(v)
            i += 1
            continue
        if v in ("double", "triple") and nk is not None:
            s = _symbol(toks[i + 1])
            if s is not None:
                out.append(s * (2 if v == "double" else 3))
                i += 2
                continue
        if v in TENS:
            if nk == "w" and nv in UNIT and UNIT[nv] > 0:
                out.append(f"{TENS[v]}{UNIT[nv]}")
                i += 2
            else:
                out.append(f"{TENS[v]}0")
                i += 1
            continue
        if v in TEENS:
            out.append(str(TEENS[v]))
            i += 1
            continue
        if v == "hundred":
            out.append("00")
            i += 1
            continue
        if v in UNIT:
            out.append(str(UNIT[v]))
            i += 1
            continue
        if len(v) == 1:
            out.append(v.upper())
            i += 3 if nv == "for" else 1
            continue
        if v in NATO:
            out.append(NATO[v])
            i += 1
            continue
        i += 1
    return "".join(out)


def to_digits(text: str) -> str:
    return to_alnum(text)


EMAIL_WORDS = {"dot": ".", "period": ".", "at": "@", "underscore": "_", "dash": "-",
               "hyphen": "-"}
EMAIL_FILLERS = {"uh", "um", "er", "erm"}


def email_from_speech(text: str) -> str:
    """Undo e-mail dictation: 'j dot smith eighty four at gmail dot com'."""
    if "@" in text:
        return text.strip().lower()
    words = [w for w in re.split(r"[\s\-]+", text.lower()) if w]
    out = []
    i = 0
    while i < len(words):
        w = words[i]
        nxt = words[i + 1] if i + 1 < len(words) else None
        if w in EMAIL_WORDS:
            out.append(EMAIL_WORDS[w])
            i += 1
        elif w in EMAIL_FILLERS:
            i += 1
        elif w in ("double", "triple") and nxt is not None:
            s = to_alnum(nxt).lower()
            if len(s) != 1:
                raise ValueError(f"bad double in e-mail: {text!r}")
            out.append(s * (2 if w == "double" else 3))
            i += 2
        elif w in TENS:
            if nxt in UNIT and UNIT[nxt] > 0:
                out.append(f"{TENS[w]}{UNIT[nxt]}")
                i += 2
            else:
                out.append(f"{TENS[w]}0")
                i += 1
        elif w in TEENS:
            out.append(str(TEENS[w]))
            i += 1
        elif w in UNIT and w != "o":
            out.append(str(UNIT[w]))
            i += 1
        elif len(w) == 1 and nxt == "for":
            out.append(w)
            i += 3
        else:
            out.append(w)
            i += 1
    return "".join(out)


# --------------------------------------------------------------------------------------
# checksums / formats
# --------------------------------------------------------------------------------------
def luhn_ok(s: str) -> bool:
    tot = 0
    for i, ch in enumerate(reversed(s)):
        v = int(ch)
        if i % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        tot += v
    return tot % 10 == 0


def luhn_complete(body: str) -> str:
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


IBAN_LEN = {"GB": 22, "DE": 22, "FR": 27, "NL": 18, "IE": 22, "BE": 16, "ES": 24, "IT": 27,
            "PL": 28, "PT": 25, "AT": 20, "CH": 21, "LU": 20}


def iban_mod97(s: str) -> int:
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97


def iban_ok(s: str) -> bool:
    return (len(s) >= 4 and s[:2] in IBAN_LEN and len(s) == IBAN_LEN[s[:2]]
            and s[2:4].isdigit() and s.isalnum() and iban_mod97(s) == 1)


def make_iban(country: str, bban: str) -> str:
    base = country + "00" + bban
    cd = 98 - iban_mod97(base)
    out = f"{country}{cd:02d}{bban}"
    assert iban_ok(out), out
    return out


NI_FIRST = "ABCEGHJKLMNOPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"
NI_BAD_PREFIX = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}
NI_RE = re.compile(r"^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$")
UK_PC_RE = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$")
US_ZIP_RE = re.compile(r"^\d{5}(\d{4})?$")
EMAIL_RE = re.compile(r"^[a-z0-9][a-z0-9._%+-]*@[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$")
MONTHS = ("january february march april may june july august september october november "
          "december jan feb mar apr jun jul aug sep sept oct nov dec").split()
STREET_TYPES = {"street", "road", "avenue", "lane", "drive", "close", "way", "crescent",
                "court", "boulevard", "place", "terrace", "grove", "gardens", "st", "rd",
                "ave", "blvd", "ln", "dr", "row", "walk", "parade", "mews", "hill"}
NUMBER_WORDS = set(UNIT_W) | set(TEEN_W.values()) | set(TENS_W.values()) | {"hundred"}


def ssn_ok(d: str) -> bool:
    if not re.fullmatch(r"\d{9}", d):
        return False
    area, group, serial = d[:3], d[3:5], d[5:]
    return (area not in ("000", "666") and not area.startswith("9") and group != "00"
            and serial != "0000")


def ni_ok(s: str) -> bool:
    return bool(NI_RE.match(s)) and s[:2] not in NI_BAD_PREFIX


# --------------------------------------------------------------------------------------
# rendering helpers
# --------------------------------------------------------------------------------------
def dw(d: str, zero: str = "zero") -> str:
    return zero if d == "0" else UNIT_W[int(d)]


def sd(s: str, zero: str = "zero", doubles: bool = False, triples: bool = False) -> str:
    """Say digits one at a time."""
    out, i = [], 0
    while i < len(s):
        d = s[i]
        if triples and s[i:i + 3] == d * 3:
            out.append("triple " + dw(d, zero))
            i += 3
        elif doubles and s[i:i + 2] == d * 2:
            out.append("double " + dw(d, zero))
            i += 2
        else:
            out.append(dw(d, zero))
            i += 1
    r = " ".join(out)
    assert to_digits(r) == s, (s, r)
    return r


def pair_word(p: str, zero: str = "oh", tens_alone: str = "word") -> str:
    a, b = p
    if a == "0":
        if b == "0":
            return "double oh" if zero == "oh" else f"{zero} {zero}"
        return f"{dw('0', zero)} {UNIT_W[int(b)]}"
    n = int(p)
    if n < 20:
        return TEEN_W[n]
    if b == "0":
        return TENS_W[int(a)] if tens_alone == "word" else f"{UNIT_W[int(a)]} {dw('0', zero)}"
    return f"{TENS_W[int(a)]} {UNIT_W[int(b)]}"


def sp(s: str, zero: str = "oh", lead_single: bool = False) -> str:
    """Say a digit string in pairs ('forty one eleven'); odd leftover said as one digit."""
    parts = []
    rest = s
    if len(s) % 2 == 1 and lead_single:
        parts.append(dw(s[0], zero))
        rest = s[1:]
    for j in range(0, len(rest) - 1, 2):
        parts.append(pair_word(rest[j:j + 2], zero))
    if len(rest) % 2 == 1:
        parts.append(dw(rest[-1], zero))
    r = " ".join(parts)
    if to_digits(r) != s:  # 'forty' followed by a single digit would merge: say 'four oh'
        parts = []
        if len(s) % 2 == 1 and lead_single:
            parts.append(dw(s[0], zero))
        for j in range(0, len(rest) - 1, 2):
            parts.append(pair_word(rest[j:j + 2], zero, tens_alone="digits"))
        if len(rest) % 2 == 1:
            parts.append(dw(rest[-1], zero))
        r = " ".join(parts)
    assert to_digits(r) == s, (s, r)
    return r


def card_groups(d: str) -> list[str]:
    n = len(d)
    if n in (14, 15):
        return [d[:4], d[4:10], d[10:]]
    cuts = list(range(0, n, 4))
    return [d[c:c + 4] for c in cuts]


def typed(d: str, sep: str = " ") -> str:
    return sep.join(card_groups(d))


def say_group(g: str, style: str) -> str:
    if style == "digits":
        return sd(g)
    if style == "oh":
        return sd(g, zero="oh")
    if style == "nought":
        return sd(g, zero="nought")
    if style == "double":
        return sd(g, zero="oh", doubles=True)
    if style == "triple":
        return sd(g, zero="oh", doubles=True, triples=True)
    if style == "pairs":
        return sp(g)
    raise ValueError(style)


def say_groups(groups: list[str], styles, joiner: str = " ") -> str:
    if isinstance(styles, str):
        styles = [styles] * len(groups)
    r = joiner.join(say_group(g, s) for g, s in zip(groups, styles))
    # guard against accidental merges across groups ("forty" + "one ...")
    if to_digits(r) != "".join(groups):
        r = joiner.join(say_group(g, "digits" if s == "pairs" else s)
                        for g, s in zip(groups, styles))
    assert to_digits(r) == "".join(groups), (groups, r)
    return r


def chunk(seq: list, sizes: list[int]) -> list[list]:
    out, i = [], 0
    for s in sizes:
        out.append(seq[i:i + s])
        i += s
    assert i == len(seq)
    return out


# --------------------------------------------------------------------------------------
# value generators
# --------------------------------------------------------------------------------------
CARD_SPECS = {
    "visa16": (["4"], 16), "visa13": (["4"], 13), "visa19": (["4"], 19),
    "mc16": (["51", "52", "53", "54", "55"], 16),
    "mc2": (["2221", "2298", "2345", "2418", "2567", "2699", "2720"], 16),
    "amex": (["34", "37"], 15), "disc": (["6011", "644", "65"], 16),
    "diners": (["36", "38"], 14), "jcb": (["3528", "3566", "3589"], 16),
    "maestro18": (["6759", "6761", "5018"], 18), "unionpay19": (["62"], 19),
}


class Gen:
    def __init__(self, seed: int):
        self.rng = random.Random(seed)

    def digits(self, n: int, first_nonzero: bool = False) -> str:
        s = "".join(self.rng.choice("0123456789") for _ in range(n))
        if first_nonzero and s[0] == "0":
            s = self.rng.choice("123456789") + s[1:]
        return s

    def card(self, kind: str, need: str | None = None) -> str:
        prefixes, n = CARD_SPECS[kind]
        while True:
            p = self.rng.choice(prefixes)
            d = luhn_complete(p + self.digits(n - len(p) - 1))
            if need is None or re.search(need, d):
                return d

    def ssn(self, need: str | None = None) -> str:
        while True:
            d = self.digits(9)
            if ssn_ok(d) and (need is None or re.search(need, d)):
                return d

    def ni(self) -> str:
        while True:
            p = self.rng.choice(NI_FIRST) + self.rng.choice(NI_SECOND)
            if p in NI_BAD_PREFIX:
                continue
            s = p + self.digits(6) + self.rng.choice("ABCD")
            assert ni_ok(s)
            return s

    def sort_code(self) -> str:
        return self.rng.choice(["20", "40", "30", "60", "09", "07", "11", "77", "16", "83"]) + self.digits(4)

    def uk_account(self, need: str | None = None) -> str:
        while True:
            d = self.digits(8, first_nonzero=True)
            if need is None or re.search(need, d):
                return d

    def us_account(self, n: int) -> str:
        return self.digits(n, first_nonzero=True)

    def uk_mobile(self, need: str | None = None) -> str:
        while True:
            d = "07" + self.rng.choice("4579") + self.digits(8)
            if need is None or re.search(need, d):
                return d

    def uk_landline(self) -> str:
        area = self.rng.choice(["0161", "0113", "0131", "0121", "0117", "0114", "0151", "0191"])
        return area + self.rng.choice("2345789") + self.digits(6)

    def london(self) -> str:
        return "020" + self.rng.choice("378") + self.digits(7)

    def us_phone(self) -> str:
        area = self.rng.choice(["312", "415", "617", "214", "404", "503", "612", "718", "919", "303"])
        return area + self.rng.choice("23456789") + self.digits(6)

    def iban(self, country: str) -> str:
        if country == "GB":
            bank = self.rng.choice(["NWBK", "BARC", "HBUK", "MIDL", "NAIA", "BUKB", "CPBK"])
            return make_iban("GB", bank + self.digits(6) + self.digits(8))
        if country == "IE":
            bank = self.rng.choice(["AIBK", "IPBS", "ULSB"])
            return make_iban("IE", bank + self.digits(6) + self.digits(8))
        if country == "DE":
            return make_iban("DE", self.digits(8, True) + self.digits(10))
        if country == "NL":
            bank = self.rng.choice(["ABNA", "INGB", "SNSB", "KNAB", "ASNB"])
            return make_iban("NL", bank + self.digits(10))
        if country == "FR":
            bank, branch, acct = self.digits(5, True), self.digits(5), self.digits(11)
            key = 97 - ((89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97)
            return make_iban("FR", f"{bank}{branch}{acct}{key:02d}")
        if country == "BE":
            first = self.digits(10, True)
            chk = int(first) % 97 or 97
            return make_iban("BE", f"{first}{chk:02d}")
        raise ValueError(country)


def iban_groups(s: str) -> list[str]:
    return [s[i:i + 4] for i in range(0, len(s), 4)]


def say_iban(s: str, letters: str = "plain", digits: str = "digits") -> str:
    """letters: plain ('g b'), nato ('golf bravo'), for ('g for george')."""
    parts = []
    i = 0
    while i < len(s):
        c = s[i]
        if c.isalpha():
            if letters == "plain":
                parts.append(c.lower())
            elif letters == "nato":
                parts.append(NATO_OF[c])
            else:
                parts.append(f"{c.lower()} for {FOR_WORD[c]}")
            i += 1
        else:
            j = i
            while j < len(s) and s[j].isdigit():
                j += 1
            run = s[i:j]
            parts.append(sp(run) if digits == "pairs" else sd(run, zero="zero"))
            i = j
    r = " ".join(parts)
    assert to_alnum(r) == s, (s, r)
    return r


def say_letters(s: str, how: str = "plain") -> str:
    if how == "plain":
        return " ".join(c.lower() for c in s)
    if how == "nato":
        return " ".join(NATO_OF[c] for c in s)
    return " ".join(f"{c.lower()} for {FOR_WORD[c]}" for c in s)


# --------------------------------------------------------------------------------------
# the cases
# --------------------------------------------------------------------------------------
def build(g: Gen) -> list[tuple[str, list[tuple[str, str]], str]]:
    cases: list[tuple[str, list[tuple[str, str]], str]] = []

    def P(note, *turns):
        cases.append(("positive", list(turns), note))

    def N(note, *turns):
        cases.append(("negative", list(turns), note))

    def C(t):
        return ("customer", t)

    def A(t):
        return ("agent", t)

    def m(t, v):
        return f"[[{t}|{v}]]"

    rng = g.rng

    # ---------------------------------------------------------------- CARD_NUMBER
    d = g.card("visa16", need="0")
    P("card: visa digit by digit with 'zero'; expiry as 'oh nine twenty seven'",
      A("okay and can i take the long number across the front of the card please"),
      C(f"yeah it's {m('CARD_NUMBER', say_groups(card_groups(d), 'digits'))}"),
      A("lovely and the expiry date"),
      C(f"{m('EXPIRY', 'oh nine twenty seven')}"))

    d = g.card("mc16", need=r"^(\d\d)*11")
    P("card: mastercard read in pairs ('forty one eleven' style)",
      A("what's the card number you'd like to use today"),
      C(f"okay so the card number is {m('CARD_NUMBER', say_groups(card_groups(d), 'pairs'))} and that's a mastercard"))

    d = g.card("visa16", need=r"(\d)\1")
    P("card: value at start of turn, 'oh' and 'double'",
      A("go ahead with the card number whenever you're ready"),
      C(f"{m('CARD_NUMBER', say_groups(card_groups(d), 'double'))} that's the one on the front"))

    d = g.card("visa16")
    gr = card_groups(d)
    P("card: split over two customer turns with back-channel",
      A("can you read me the sixteen digits on the card"),
      C(f"yep {m('CARD_NUMBER', say_groups(gr[:2], 'digits'))}"),
      A("mm-hmm"),
      C(f"{m('CARD_NUMBER', say_groups(gr[2:], 'digits'))}"))

    d = g.card("mc16", need="0")
    gr = card_groups(d)
    P("card: split over three customer turns, oh for zero",
      A("right so i'll take the card details now starting with the long number"),
      C(f"it's {m('CARD_NUMBER', say_groups(gr[:1], 'oh'))}"),
      A("yep"),
      C(f"{m('CARD_NUMBER', say_groups(gr[1:3], 'oh'))}"),
      A("go on"),
      C(f"{m('CARD_NUMBER', say_groups(gr[3:], 'oh'))} that's it"))

    d = g.card("visa16")
    gr = card_groups(d)
    P("card: split over four customer turns, one group each",
      A("okay first four digits of the card"),
      C(m('CARD_NUMBER', say_groups(gr[:1], 'digits'))),
      A("uh-huh"),
      C(m('CARD_NUMBER', say_groups(gr[1:2], 'digits'))),
      A("yeah"),
      C(m('CARD_NUMBER', say_groups(gr[2:3], 'digits'))),
      A("okay and the last four"),
      C(m('CARD_NUMBER', say_groups(gr[3:], 'digits'))))

    d = g.card("visa16")
    P("card+expiry+cvv typed in one chat message",
      C(f"Hi, I'd like to pay the outstanding balance please. Card is {m('CARD_NUMBER', typed(d))}, "
        f"exp {m('EXPIRY', '09/27')}, CVV {m('CVV', '114')}."))

    d = g.card("mc16")
    P("card: chat, dashes between groups",
      A("Thanks for waiting. Which card would you like to add to the account?"),
      C(f"card no: {m('CARD_NUMBER', typed(d, '-'))} the mastercard"))

    d = g.card("visa16")
    P("card: e-mail body, digits run together, expiry mm/yyyy",
      C(f"Dear team, please use {m('CARD_NUMBER', d)} for the annual renewal, expiry "
        f"{m('EXPIRY', '11/2026')}. Many thanks, Gill"))

    d = g.card("amex", need=r"(\d)\1\1")
    gr = card_groups(d)
    P("card: amex 4-6-5 spoken with 'triple'",
      A("is that visa mastercard or american express"),
      C("amex"),
      A("okay so that'll be fifteen digits go ahead"),
      C(f"right {m('CARD_NUMBER', say_groups(gr, 'triple'))}"))

    d = g.card("amex")
    P("card: amex typed, four-digit code on the front",
      C(f"The Amex is {m('CARD_NUMBER', typed(d))} and the 4 digit code on the front is "
        f"{m('CVV', g.digits(4))}"))

    d = g.card("diners")
    gr = card_groups(d)
    P("card: diners 14 digits, mixed pairs/digits",
      A("and the card number"),
      C(f"it's a diners club one so it's a bit shorter {m('CARD_NUMBER', say_groups(gr, ['pairs', 'digits', 'pairs']))}"))

    d = g.card("visa13")
    P("card: 13-digit visa",
      C("it's an old card it's only got thirteen numbers on it is that okay"),
      A("that's fine go ahead"),
      C(f"{m('CARD_NUMBER', say_groups(card_groups(d), 'digits'))}"))

    d = g.card("unionpay19", need="0")
    P("card: 19-digit unionpay read with 'nought'",
      A("can i take the card number please"),
      C(f"it's a long one {m('CARD_NUMBER', say_groups(card_groups(d), 'nought'))}"))

    d = g.card("maestro18")
    P("card: 18-digit maestro typed in chat",
      C(f"Trying to pay with Maestro {m('CARD_NUMBER', typed(d))} but your page says invalid card??"))

    d = g.card("mc16")
    gr = card_groups(d)
    body = (f"{say_group(gr[0], 'digits')} uh {say_group(gr[1], 'digits')} um "
            f"{say_group(gr[2], 'digits')} {say_group(gr[3], 'digits')}")
    assert to_digits(body) == d
    P("card: hesitation fillers inside the number",
      A("and what's the number on the card"),
      C(f"so that's {m('CARD_NUMBER', body)}"))

    d = g.card("visa16")
    P("card: customer goes to fetch it first",
      A("have you got the card there with you"),
      C("hang on it's in my bag somewhere"),
      A("no problem take your time"),
      C(f"right okay got it {m('CARD_NUMBER', say_groups(card_groups(d), 'pairs'))} expiry "
        f"{m('EXPIRY', 'oh three twenty eight')}"))

    d = g.card("mc2")
    P("card: agent reads the number back",
      C(f"the card number is {m('CARD_NUMBER', say_groups(card_groups(d), 'digits'))}"),
      A(f"thank you let me just read that back {m('CARD_NUMBER', say_groups(card_groups(d), 'oh'))} is that right"),
      C("yep that's right"))

    d = g.card("visa16")
    P("card at start of turn, expiry spoken as month name",
      C(f"{m('CARD_NUMBER', say_groups(card_groups(d), 'digits'))} is the card and it runs out in "
        f"{m('EXPIRY', 'march twenty twenty eight')}"))

    d = g.card("mc16")
    gr = card_groups(d)
    body = " and then ".join(say_group(x, "digits") for x in gr)
    assert to_digits(body) == d
    P("card: 'and then' between groups",
      A("sorry could you give me the card number again nice and slowly"),
      C(f"yeah course {m('CARD_NUMBER', body)}"))

    d = g.card("visa16")
    gr = card_groups(d)
    P("card: agent prompts for each group of four",
      A("okay can i have the first four"),
      C(m('CARD_NUMBER', sd(gr[0]))),
      A("and the next four"),
      C(f"{m('CARD_NUMBER', sd(gr[1]))}"),
      A("next four"),
      C(f"{m('CARD_NUMBER', sd(gr[2]))} and the last ones are {m('CARD_NUMBER', sd(gr[3]))}"))

    d = g.card("mc2", need=r"^(\d\d)*0[1-9]")
    P("card: mastercard 2-series in pairs with 'oh' pairs",
      C(f"card number is {m('CARD_NUMBER', say_groups(card_groups(d), 'pairs'))}"),
      A("and when does it expire"),
      C(f"{m('EXPIRY', 'twelve twenty six')}"))

    d = g.card("jcb")
    gr = card_groups(d)
    P("card: JCB split over two turns, expiry in second turn",
      A("right what's the card number"),
      C(f"{m('CARD_NUMBER', say_groups(gr[:2], 'digits'))}"),
      A("yep go on"),
      C(f"{m('CARD_NUMBER', say_groups(gr[2:], 'digits'))} and it expires "
        f"{m('EXPIRY', 'oh six twenty nine')}"))

    d = g.card("disc", need="0")
    P("card: US discover with billing ZIP",
      A("what card will you be paying with today"),
      C(f"discover {m('CARD_NUMBER', say_groups(card_groups(d), 'oh'))}"),
      A("and the billing zip code for that card"),
      C(f"{m('POSTCODE', 'six oh six one four')}"))

    d = g.card("visa16")
    gr = card_groups(d)
    P("card: typed across several chat messages",
      A("Please enter the long card number below."),
      C(m('CARD_NUMBER', f"{gr[0]} {gr[1]}")),
      C(m('CARD_NUMBER', gr[2])),
      A("Thanks, and the rest?"),
      C(m('CARD_NUMBER', gr[3])))

    d = g.card("visa16")
    P("card+expiry+cvv in one spoken turn",
      C(f"okay card's {m('CARD_NUMBER', say_groups(card_groups(d), 'digits'))} expiry "
        f"{m('EXPIRY', 'oh four twenty nine')} and the code on the back is {m('CVV', 'three one eight')}"))

    d1 = g.card("visa16")
    d2 = g.card("mc16")
    P("card: customer starts with the wrong card then gives another (both labelled)",
      C(f"it's {m('CARD_NUMBER', say_groups(card_groups(d1), 'digits'))} oh no wait that's my "
        f"husband's card sorry use this one {m('CARD_NUMBER', say_groups(card_groups(d2), 'digits'))}"))

    d = g.card("mc16", need=r"^(\d\d)*00")
    P("card: pairs with 'double oh'",
      A("can i take the card number"),
      C(f"yeah it's {m('CARD_NUMBER', say_groups(card_groups(d), 'pairs'))}"))

    d = g.card("visa16")
    gr = card_groups(d)
    P("card: line breaks up, customer continues after first eight",
      C(f"the number's {m('CARD_NUMBER', say_groups(gr[:2], 'digits'))}"),
      A("sorry you broke up a bit after the first eight digits can you carry on from there"),
      C(f"yeah {m('CARD_NUMBER', say_groups(gr[2:], 'digits'))}"))

    d = g.card("visa16")
    P("card: chat, card mid-sentence next to an order number",
      C(f"For order 55821 please charge {m('CARD_NUMBER', typed(d))} instead of the card on file, "
        f"it expires {m('EXPIRY', '02/28')}"))

    d = g.card("mc16")
    gr = card_groups(d)
    P("card: four turns, read in pairs",
      A("okay whenever you're ready with the card number"),
      C(m('CARD_NUMBER', sp(gr[0]))),
      A("mm-hmm"),
      C(m('CARD_NUMBER', sp(gr[1]))),
      A("yep"),
      C(m('CARD_NUMBER', sp(gr[2]))),
      A("okay"),
      C(f"{m('CARD_NUMBER', sp(gr[3]))} and that's the lot"))

    d = g.card("visa19")
    P("card: 19-digit visa typed 4-4-4-4-3",
      C(f"New debit card is {m('CARD_NUMBER', typed(d))} - please update my direct payment"))

    d = g.card("amex")
    gr = card_groups(d)
    P("card: amex split 2 turns, cid on the front",
      A("and the card number please"),
      C(f"{m('CARD_NUMBER', say_groups(gr[:2], 'digits'))}"),
      A("uh-huh"),
      C(f"{m('CARD_NUMBER', say_groups(gr[2:], 'digits'))} and the little number on the front is "
        f"{m('CVV', sd(g.digits(4)))}"))

    d = g.card("visa16", need="0")
    gr = card_groups(d)
    P("card: customer groups digits oddly (3s)",
      A("what's the long number"),
      C(f"{m('CARD_NUMBER', ' then '.join(sd(d[i:i + 3], zero='oh') for i in range(0, 16, 3)))} "
        "sorry i read it in threes"))

    d = g.card("mc16")
    gr = card_groups(d)
    P("card: three turns, agent confirms each piece back without digits",
      C(f"okay {m('CARD_NUMBER', say_groups(gr[:1], 'pairs'))}"),
      A("got that"),
      C(f"{m('CARD_NUMBER', say_groups(gr[1:3], 'pairs'))}"),
      A("okay"),
      C(f"{m('CARD_NUMBER', say_groups(gr[3:], 'pairs'))} expiry is {m('EXPIRY', 'august twenty seven')} "
        f"and security is {m('CVV', 'six twelve')}"))

    # ---------------------------------------------------------------- CVV
    P("cvv: signature strip",
      A("and the last three digits on the signature strip"),
      C(f"{m('CVV', 'seven oh two')}"))
    P("cvv: repeated by the customer",
      A("can i take the security code please"),
      C(f"uh it's {m('CVV', 'nine one nine')} i think yeah {m('CVV', 'nine one nine')}"))
    d = g.card("visa16")
    P("cvv: chat with card",
      C(f"Card: {m('CARD_NUMBER', typed(d))}"),
      C(f"Expiry {m('EXPIRY', '10/26')} CVC: {m('CVV', '083')}"))
    P("cvv: 'double' digit",
      A("three digit code from the back please"),
      C(f"{m('CVV', 'double four six')}"))
    P("cvv at start of turn",
      A("what's the cvv"),
      C(f"{m('CVV', 'two eight one')} is the code on the back"))
    P("cvv: e-mail, 'security number'",
      C(f"Hi, following up on the call. Expiry is {m('EXPIRY', '05/29')} and the security number on "
        f"the back is {m('CVV', '331')}. Please take the payment today."))
    P("cvv: 'oh forty seven'",
      A("and the three numbers on the back"),
      C(f"{m('CVV', 'oh forty seven')}"))
    P("cvv: ASR expiry + cvv, agent asks both",
      A("can i get the expiry and the cvv"),
      C(f"expiry is {m('EXPIRY', 'oh one thirty')} and cvv {m('CVV', 'five five two')}"))

    # ---------------------------------------------------------------- EXPIRY (extra)
    P("expiry: slashes spoken",
      A("when does the card expire"),
      C(f"it says {m('EXPIRY', 'zero four slash two nine')}"))
    P("expiry: 'valid until' month and year",
      C(f"the new card came yesterday it's valid until {m('EXPIRY', 'november twenty twenty seven')}"))
    P("expiry: 'end of' with month name, chat",
      C(f"Card expires end of {m('EXPIRY', 'June 2026')} so I need to update it before then"))

    # ---------------------------------------------------------------- SSN
    s = g.ssn()
    P("ssn: digit by digit",
      A("for verification can i get your social security number"),
      C(f"sure it's {m('SSN', sd(s))}"))
    s = g.ssn()
    P("ssn: typed with dashes in chat",
      C(f"My SSN is {m('SSN', f'{s[:3]}-{s[3:5]}-{s[5:]}')} if you need it for the tax form"))
    s = g.ssn()
    P("ssn: first digit then pairs",
      A("and your social"),
      C(f"{m('SSN', sp(s, lead_single=True))}"))
    s = g.ssn()
    P("ssn: split over three customer turns",
      A("i'll need your social security number"),
      C(f"okay {m('SSN', sd(s[:3], zero='oh'))}"),
      A("mm-hmm"),
      C(m('SSN', sd(s[3:5], zero='oh'))),
      A("okay"),
      C(m('SSN', sd(s[5:], zero='oh'))))
    s = g.ssn()
    P("ssn + dob in one turn",
      C(f"my social is {m('SSN', sd(s))} and my date of birth is {m('DOB', 'july fourth nineteen seventy nine')}"))
    s = g.ssn()
    P("ssn: e-mail with spaces",
      C(f"Hello, attached is the signed form. SSN {m('SSN', f'{s[:3]} {s[3:5]} {s[5:]}')}. "
        "Please confirm receipt."))
    s = g.ssn(need=r"(\d)\1")
    P("ssn: 'double'",
      A("can you verify the social on the account please"),
      C(f"yeah {m('SSN', sd(s, zero='oh', doubles=True))}"))
    s = g.ssn()
    P("ssn: agent reads back",
      C(f"it's {m('SSN', sd(s))}"),
      A(f"okay so that's {m('SSN', sd(s[:3]) + ' ' + sd(s[3:5]) + ' ' + sd(s[5:]))} correct"),
      C("correct"))
    s1, s2 = g.ssn(), g.ssn()
    P("ssn: customer corrects themselves (both values labelled)",
      C(f"my social's {m('SSN', sd(s1))} no hold on that's my wife's i always mix them up mine is "
        f"{m('SSN', sd(s2))}"))
    s = g.ssn()
    body = f"{sd(s[:3])} uh {sd(s[3:5])} uh {sd(s[5:])}"
    assert to_digits(body) == s
    P("ssn: fillers inside",
      A("last thing i need is the full social"),
      C(f"okay {m('SSN', body)}"))
    s = g.ssn()
    P("ssn at start of turn",
      A("what's the social security number for the primary account holder"),
      C(f"{m('SSN', sd(s))} that's mine i'm the primary"))

    # ---------------------------------------------------------------- NI_NUMBER
    ni = g.ni()
    P("ni: letters and digits plain",
      A("can i take your national insurance number please"),
      C(f"yeah it's {m('NI_NUMBER', say_letters(ni[:2]) + ' ' + sd(ni[2:8]) + ' ' + ni[8].lower())}"))
    ni = g.ni()
    P("ni: NATO alphabet",
      A("and your ni number"),
      C(f"{m('NI_NUMBER', say_letters(ni[:2], 'nato') + ' ' + sd(ni[2:8]) + ' ' + NATO_OF[ni[8]])}"))
    ni = g.ni()
    P("ni: 'x for word' spelling, digits in pairs",
      A("national insurance number"),
      C(f"okay {m('NI_NUMBER', say_letters(ni[:2], 'for') + ' ' + sp(ni[2:8]) + ' ' + say_letters(ni[8], 'for'))}"))
    ni = g.ni()
    P("ni: typed with spaces",
      C(f"NI number: {m('NI_NUMBER', f'{ni[:2]} {ni[2:4]} {ni[4:6]} {ni[6:8]} {ni[8]}')}"))
    ni = g.ni()
    P("ni: typed lowercase run together",
      A("Could you send over your National Insurance number so we can update your payroll record?"),
      C(f"sure its {m('NI_NUMBER', ni.lower())}"))
    ni = g.ni()
    P("ni: split over three turns",
      A("what's your national insurance number"),
      C(f"{m('NI_NUMBER', say_letters(ni[:2]))}"),
      A("yep"),
      C(f"{m('NI_NUMBER', sd(ni[2:8]))}"),
      A("and the letter at the end"),
      C(f"{m('NI_NUMBER', ni[8].lower())}"))
    ni = g.ni()
    P("ni: hesitation and pairs",
      C(f"my national insurance is uh {m('NI_NUMBER', say_letters(ni[:2]) + ' ' + sp(ni[2:8]) + ' ' + ni[8].lower())} "
        "i think that's right"))
    ni = g.ni()
    while not re.search(r"(\d)\1", ni[2:8]):
        ni = g.ni()
    P("ni: 'double' digit",
      A("for the claim i need your ni number"),
      C(f"{m('NI_NUMBER', say_letters(ni[:2]) + ' ' + sd(ni[2:8], zero='oh', doubles=True) + ' ' + ni[8].lower())}"))
    ni = g.ni()
    P("ni + dob in one turn",
      C(f"national insurance {m('NI_NUMBER', say_letters(ni[:2]) + ' ' + sd(ni[2:8]) + ' ' + ni[8].lower())} "
        f"date of birth {m('DOB', 'third of may nineteen ninety')}"))
    ni = g.ni()
    P("ni at start of turn, NATO suffix only",
      A("have you got your ni number to hand"),
      C(f"{m('NI_NUMBER', say_letters(ni[:2]) + ' ' + sd(ni[2:8]) + ' ' + NATO_OF[ni[8]])} there you go"))
    ni = g.ni()
    P("ni: e-mail, no spaces uppercase",
      C(f"Please find my details below.\nName on account as before\nNI: {m('NI_NUMBER', ni)}\nKind regards"))

    # ---------------------------------------------------------------- SORT_CODE / BANK_ACCOUNT
    sc, ac = g.sort_code(), g.uk_account()
    P("sort code in pairs + account digit by digit",
      A("can i take your bank details for the direct debit"),
      C(f"sort code {m('SORT_CODE', sp(sc))} and the account number is {m('BANK_ACCOUNT', sd(ac))}"))
    sc, ac = g.sort_code(), g.uk_account()
    P("sort code + account typed",
      C(f"Sort code: {m('SORT_CODE', f'{sc[:2]}-{sc[2:4]}-{sc[4:]}')}\nAccount: {m('BANK_ACCOUNT', ac)}"))
    sc, ac = g.sort_code(), g.uk_account()
    P("sort code and account in separate answers",
      A("what's the sort code"),
      C(f"{m('SORT_CODE', sd(sc, zero='oh'))}"),
      A("and the account number"),
      C(f"{m('BANK_ACCOUNT', sd(ac, zero='oh'))}"))
    ac = g.us_account(10)
    P("us checking account number",
      A("what's the checking account number you want the autopay to come out of"),
      C(f"it's {m('BANK_ACCOUNT', sd(ac))}"))
    sc = "0901" + g.digits(2)
    ac = g.uk_account()
    P("sort code with 'oh' and account, value order swapped",
      C(f"{m('BANK_ACCOUNT', sd(ac))} is my account number and the sort code is {m('SORT_CODE', sd(sc, zero='oh'))}"))
    ac = g.uk_account()
    P("bank account split over two turns",
      A("and your account number please"),
      C(f"{m('BANK_ACCOUNT', sd(ac[:4]))}"),
      A("mm-hmm"),
      C(f"{m('BANK_ACCOUNT', sd(ac[4:]))}"))
    sc, ac = g.sort_code(), g.uk_account()
    P("refund e-mail with sort code and account",
      C(f"Could you please refund the overpayment to sort code {m('SORT_CODE', f'{sc[:2]} {sc[2:4]} {sc[4:]}')}, "
        f"account no {m('BANK_ACCOUNT', ac)}. Thank you."))
    ac = g.uk_account()
    P("bank account read in pairs",
      A("and the eight digit account number"),
      C(f"{m('BANK_ACCOUNT', sp(ac))}"))
    sc1, sc2, ac = g.sort_code(), g.sort_code(), g.uk_account()
    P("sort code corrected by customer (both labelled)",
      C(f"sort code's {m('SORT_CODE', sp(sc1))} no sorry that's the old bank it's {m('SORT_CODE', sp(sc2))}"),
      A("okay and account number"),
      C(f"{m('BANK_ACCOUNT', sd(ac))}"))
    ac = g.us_account(12)
    P("us savings account typed",
      C(f"Please send the refund to my savings account {m('BANK_ACCOUNT', ac)} at the credit union"))
    sc, ac = g.sort_code(), g.uk_account(need=r"(\d)\1")
    P("agent reads back sort code; account with 'double'",
      C(f"sort code {m('SORT_CODE', sd(sc))}"),
      A(f"{m('SORT_CODE', sp(sc))} yep"),
      C(f"and account {m('BANK_ACCOUNT', sd(ac, zero='oh', doubles=True))}"))
    sc, ac = g.sort_code(), g.uk_account()
    P("sort code/account separated by slash in chat",
      C(f"bank details for the payout {m('SORT_CODE', f'{sc[:2]}-{sc[2:4]}-{sc[4:]}')} / {m('BANK_ACCOUNT', ac)}"))
    sc = g.sort_code()
    P("sort code alone with fillers",
      A("just need the sort code to find your branch"),
      C(f"it's {m('SORT_CODE', sp(sc[:2]) + ' uh ' + sp(sc[2:4]) + ' ' + sp(sc[4:]))}"))

    sc, ac = g.sort_code(), g.uk_account()
    P("sort code spoken with 'dash', account split after agent prompt",
      A("okay what are the bank details you'd like the refund to go to"),
      C(f"sort code {m('SORT_CODE', sd(sc[:2]) + ' dash ' + sd(sc[2:4]) + ' dash ' + sd(sc[4:]))} account "
        f"{m('BANK_ACCOUNT', sd(ac[:3], zero='oh'))}"),
      A("yep"),
      C(f"{m('BANK_ACCOUNT', sd(ac[3:], zero='oh'))}"))

    # ---------------------------------------------------------------- IBAN
    ib = g.iban("GB")
    P("iban: GB spoken plain letters, digits one by one",
      A("for the international transfer i'll need the iban"),
      C(f"okay it's {m('IBAN', say_iban(ib))}"))
    ib = g.iban("GB")
    P("iban: GB with NATO letters",
      A("can you read the iban for me"),
      C(f"{m('IBAN', say_iban(ib, letters='nato'))}"))
    ib = g.iban("DE")
    P("iban: DE typed in groups of four",
      C(f"Please pay the deposit back to {m('IBAN', ' '.join(iban_groups(ib)))} (Sparkasse)."))
    ib = g.iban("FR")
    P("iban: FR typed in e-mail",
      C(f"Bonjour, my bank details for the refund: IBAN {m('IBAN', ' '.join(iban_groups(ib)))}. Merci"))
    ib = g.iban("NL")
    P("iban: NL spoken, digits in pairs",
      A("what's the iban on the dutch account"),
      C(f"{m('IBAN', say_iban(ib, digits='pairs'))}"))
    ib = g.iban("IE")
    P("iban: IE spelled with 'x for word'",
      A("iban please"),
      C(f"it's {m('IBAN', say_iban(ib, letters='for'))}"))
    ib = g.iban("BE")
    P("iban: BE typed no spaces",
      C(f"iban {m('IBAN', ib)} thanks"))
    ib = g.iban("GB")
    body = say_iban(ib)
    toks = body.split(" ")
    pieces = [" ".join(toks[:8]), " ".join(toks[8:16]), " ".join(toks[16:])]
    assert to_alnum(" ".join(pieces)) == ib
    P("iban: split over three customer turns",
      A("go ahead with the iban"),
      C(m('IBAN', pieces[0])),
      A("yep"),
      C(m('IBAN', pieces[1])),
      A("okay"),
      C(f"{m('IBAN', pieces[2])} that's the end"))
    ib = g.iban("GB")
    P("iban: GB typed lowercase no spaces",
      C(f"can u send it to {m('IBAN', ib.lower())} pls"))
    ib = g.iban("DE")
    P("iban: DE spoken in pairs",
      A("and the iban for the german account"),
      C(f"{m('IBAN', say_iban(ib, digits='pairs'))}"))
    ib = g.iban("NL")
    P("iban: agent reads back",
      C(f"{m('IBAN', ' '.join(iban_groups(ib)))}"),
      A(f"thanks so that's {m('IBAN', say_iban(ib, letters='nato'))} correct?"),
      C("Yes"))

    # ---------------------------------------------------------------- PHONE
    ph = g.uk_mobile(need=r"(\d)\1")
    P("phone: UK mobile with 'oh' and 'double'",
      A("what's the best number to get you on"),
      C(f"{m('PHONE', sd(ph[:5], zero='oh', doubles=True) + ' ' + sd(ph[5:], zero='oh', doubles=True))}"))
    ph = g.uk_mobile()
    P("phone: typed mobile",
      C(f"You can text me on {m('PHONE', f'{ph[:5]} {ph[5:]}')} when the engineer is on the way"))
    ph = g.uk_mobile()
    P("phone: +44 typed",
      C(f"Contact number {m('PHONE', f'+44 {ph[1:5]} {ph[5:]}')} (mobile)"))
    ph = g.uk_landline()
    P("phone: UK landline spoken, mixed zero/oh",
      A("and is there a landline we can try"),
      C(f"yeah the home number is {m('PHONE', sd(ph[:4]) + ' ' + sd(ph[4:7], zero='oh') + ' ' + sd(ph[7:], zero='oh'))}"))
    ph = g.london()
    P("phone: London number spoken 'oh two oh'",
      C(f"you can ring me at work on {m('PHONE', sd(ph[:3], zero='oh') + ' ' + sd(ph[3:7]) + ' ' + sd(ph[7:]))}"))
    ph = g.us_phone()
    P("phone: US typed with parentheses",
      C(f"Best callback is {m('PHONE', f'({ph[:3]}) {ph[3:6]}-{ph[6:]}')} after 5pm EST"))
    ph = g.us_phone()
    P("phone: US area code given separately (two spans)",
      A("what's a good callback number"),
      C(f"area code {m('PHONE', sd(ph[:3]))} and then {m('PHONE', sd(ph[3:6]) + ' ' + sd(ph[6:]))}"))
    ph1, ph2 = g.uk_mobile(), g.uk_landline()
    P("phone: two numbers in one turn",
      C(f"my mobile's {m('PHONE', sd(ph1, zero='oh'))} or the landline is "
        f"{m('PHONE', sd(ph2, zero='oh'))}"))
    ph = g.uk_mobile()
    P("phone: split over three turns",
      A("can i take a contact number"),
      C(m('PHONE', sd(ph[:5], zero='oh'))),
      A("yep"),
      C(m('PHONE', sd(ph[5:8], zero='oh'))),
      A("uh-huh"),
      C(m('PHONE', sd(ph[8:], zero='oh'))))
    ph1, ph2 = g.uk_mobile(), g.uk_mobile()
    P("phone: correction (both labelled)",
      C(f"it's {m('PHONE', sd(ph1, zero='oh'))} no sorry that's my old one the new one is "
        f"{m('PHONE', sd(ph2, zero='oh'))}"))
    ph = g.uk_mobile()
    P("phone: 'plus four four' spoken",
      C(f"i'm abroad at the minute so it's {m('PHONE', 'plus four four ' + sd(ph[1:], zero='oh'))}"))
    ph = g.us_phone()
    P("phone: US read with pairs at the end",
      A("what number should we text the code to"),
      C(f"{m('PHONE', sd(ph[:3]) + ' ' + sd(ph[3:6]) + ' ' + sp(ph[6:]))}"))
    ph = g.uk_mobile()
    P("phone at start of turn",
      A("is there a mobile number we can use"),
      C(f"{m('PHONE', sd(ph, zero='oh'))} that's my mobile"))
    ph = g.uk_mobile()
    P("phone: agent reads back",
      C(f"{m('PHONE', sd(ph[:5], zero='oh') + ' ' + sd(ph[5:], zero='oh'))}"),
      A(f"so that's {m('PHONE', sd(ph[:5], zero='oh') + ' ' + sd(ph[5:8], zero='oh') + ' ' + sd(ph[8:], zero='oh'))} lovely"))
    ph = g.uk_landline()
    P("phone: e-mail signature",
      C(f"Thanks for your help.\n\nRegards,\nD. Armitage\nTel: {m('PHONE', f'{ph[:4]} {ph[4:7]} {ph[7:]}')}"))
    ph = "0800" + g.digits(6)
    P("phone: 'oh eight hundred' number of the customer's business",
      C(f"my business line is {m('PHONE', 'oh eight hundred ' + sd(ph[4:], zero='oh'))}"))

    # ---------------------------------------------------------------- EMAIL
    def em(spoken, typed_form):
        assert email_from_speech(spoken) == typed_form.lower(), (spoken, email_from_speech(spoken), typed_form)
        return spoken

    P("email: dictated with dot/at and a number",
      A("and what's the best email address for you"),
      C(f"it's {m('EMAIL', em('sarah dot okafor eighty four at gmail dot com', 'sarah.okafor84@gmail.com'))}"))
    P("email: spelled letters with underscore",
      A("could you spell the email for me"),
      C(f"yeah {m('EMAIL', em('k a t i e underscore b ninety one at outlook dot com', 'katie_b91@outlook.com'))}"))
    P("email: 'dash' in local part",
      C(f"my email's {m('EMAIL', em('tom dash fletcher at btinternet dot com', 'tom-fletcher@btinternet.com'))}"))
    P("email: typed in chat",
      C(f"Can you send the invoice to {m('EMAIL', 'priya.n@hotmail.co.uk')} please"))
    P("email: correction (both labelled)",
      C(f"{m('EMAIL', em('dave dot h at yahoo dot co dot uk', 'dave.h@yahoo.co.uk'))} oh no that's my old one it's "
        f"{m('EMAIL', em('dave h seventy at gmail dot com', 'daveh70@gmail.com'))}"))
    P("email: agent reads back",
      C(f"it's {m('EMAIL', em('mo dot rahman at icloud dot com', 'mo.rahman@icloud.com'))}"),
      A(f"so {m('EMAIL', em('m o dot r a h m a n at icloud dot com', 'mo.rahman@icloud.com'))}"),
      C("that's the one"))
    P("email at start of turn",
      A("which email should the receipt go to"),
      C(f"{m('EMAIL', em('lucy grainger at sky dot com', 'lucygrainger@sky.com'))} is the best one"))
    P("email: 'double oh seven'",
      C(f"it's {m('EMAIL', em('bond double oh seven at aol dot com', 'bond007@aol.com'))} i know i know"))
    P("email: work address with hyphenated domain",
      C(f"use my work one {m('EMAIL', em('d dot mensah at northgate hyphen logistics dot co dot uk', 'd.mensah@northgate-logistics.co.uk'))}"))
    P("email: 'x for word' spelling",
      A("sorry i didn't catch the start of that"),
      C(f"{m('EMAIL', em('j for jam w for william hargreaves at yahoo dot com', 'jwhargreaves@yahoo.com'))}"))
    ph = g.uk_mobile()
    P("email + phone in one turn",
      C(f"you can email me on {m('EMAIL', em('ellie r at live dot co dot uk', 'ellier@live.co.uk'))} or ring "
        f"{m('PHONE', sd(ph, zero='oh'))}"))
    P("email: typed, mixed case",
      C(f"Please update my email to {m('EMAIL', 'Niamh.Kelly@eircom.net')} as the old one is closed"))
    P("email: split over two turns",
      A("email address"),
      C(f"{m('EMAIL', em('connor dot walsh', 'connor.walsh'))}"),
      A("yep"),
      C(f"{m('EMAIL', em('at icloud dot com', '@icloud.com'))}"))
    P("email: digits one by one, underscore",
      C(f"it's {m('EMAIL', em('wei underscore zhang two zero zero zero at gmail dot com', 'wei_zhang2000@gmail.com'))} "
        "all lower case"))
    P("email: US comcast, 'period'",
      A("can i get an email for the confirmation"),
      C(f"sure {m('EMAIL', em('bobby period t at comcast period net', 'bobby.t@comcast.net'))}"))
    P("email: e-mail body signature",
      C(f"Hi, I've changed banks, details to follow. Please reply to {m('EMAIL', 'f.haddad_99@protonmail.com')} "
        "rather than my work address."))

    # ---------------------------------------------------------------- DOB
    P("dob: ordinal spoken, full year",
      A("for security can you confirm your date of birth"),
      C(f"{m('DOB', 'fourteenth of march nineteen eighty two')}"))
    P("dob: US typed mm/dd/yyyy",
      C(f"DOB {m('DOB', '03/14/1982')}, account holder"))
    P("dob: UK typed dd/mm/yy",
      A("Can you confirm your date of birth please?"),
      C(f"{m('DOB', '21/07/85')}"))
    P("dob: six digits spoken",
      A("and the date of birth"),
      C(f"{m('DOB', 'one four oh three eight two')}"))
    P("dob: month first, two-digit year",
      C(f"i was born {m('DOB', 'march fourteenth eighty two')}"))
    P("dob: 'born on the' outside the span",
      C(f"I was born on the {m('DOB', '2nd of August 1990')} if that helps"))
    P("dob: 'twelve twelve seventy five'",
      A("date of birth"),
      C(f"{m('DOB', 'twelve twelve seventy five')}"))
    P("dob: 'nineteenth of the ninth sixty seven'",
      A("can i just take your date of birth"),
      C(f"it's the {m('DOB', 'nineteenth of the ninth sixty seven')}"))
    P("dob: 'two thousand and one'",
      C(f"it's my son's account his date of birth is {m('DOB', 'twenty third of january two thousand and one')}"))
    P("dob: correction (both labelled)",
      A("date of birth please"),
      C(f"{m('DOB', 'fourth of june eighty one')} no sorry {m('DOB', 'fifth of june eighty one')} "
        "i always do that"))
    P("dob + postcode in one security answer",
      A("can you confirm your date of birth and postcode"),
      C(f"{m('DOB', 'seventh july nineteen fifty nine')} and it's {m('POSTCODE', 's ten two t n')}"))
    P("dob: ISO typed",
      C(f"Date of birth: {m('DOB', '1975-06-30')}"))
    P("dob: 'thirtieth of november ninety four'",
      A("what's your date of birth"),
      C(f"uh {m('DOB', 'thirtieth of november ninety four')}"))

    # ---------------------------------------------------------------- POSTCODE
    P("postcode: spoken letters/digits with 'fourteen'",
      A("and the postcode"),
      C(f"{m('POSTCODE', 'm fourteen five r t')}"))
    P("postcode: NATO",
      A("sorry was that an m or an n"),
      C(f"{m('POSTCODE', 'lima sierra six three hotel november')}"))
    P("postcode: typed",
      C(f"Postcode is {m('POSTCODE', 'EH10 4BF')} - the address hasn't changed"))
    P("postcode: US ZIP typed",
      C(f"ZIP {m('POSTCODE', '90027')}"))
    P("postcode: US ZIP+4",
      C(f"The billing zip is {m('POSTCODE', '10027-4412')}."))
    P("postcode: 'x for word' with 'double'",
      A("can you spell the postcode for me"),
      C(f"{m('POSTCODE', 'b for ben fifteen two double t')}"))
    P("postcode: corrected (both labelled)",
      C(f"it's {m('POSTCODE', 'n seven nine d p')} sorry {m('POSTCODE', 'n seven nine d b for ben')}"))
    P("postcode: branch postcode is still a postcode",
      C(f"i went into your shop at {m('POSTCODE', 'c f ten one e p')} and they said to ring you"))
    P("postcode: typed lowercase",
      C(f"whats the delivery time to {m('POSTCODE', 'bs8 1th')}"))
    P("postcode at start of turn",
      A("what's the postcode there"),
      C(f"{m('POSTCODE', 'g twelve eight q q')} in glasgow"))
    P("postcode: US ZIP spoken 'oh'",
      A("what's your zip code"),
      C(f"{m('POSTCODE', 'three oh three oh nine')}"))
    P("postcode: spoken with zero",
      A("and the postcode of the property"),
      C(f"{m('POSTCODE', 'c f twenty four zero d e')}"))

    # ---------------------------------------------------------------- ADDRESS
    P("address: hyphenated number word + postcode spoken",
      A("can you confirm the first line of the address"),
      C(f"{m('ADDRESS', 'forty-two elm street')} {m('POSTCODE', 'l seventeen eight x y')}"))
    P("address: 'one hundred and six'",
      A("first line of your address"),
      C(f"{m('ADDRESS', 'one hundred and six hawthorn road')}"))
    P("address: typed with postcode",
      C(f"New address is {m('ADDRESS', '17 Burnside Avenue')}, Nottingham {m('POSTCODE', 'NG7 2RD')}"))
    P("address: US 'fourteen twenty eight' + zip",
      A("what's the service address"),
      C(f"{m('ADDRESS', 'fourteen twenty eight maple drive')} springfield {m('POSTCODE', 'six two seven oh four')}"))
    P("address: US with direction word",
      C(f"ship it to {m('ADDRESS', 'two thirty one west oak boulevard')} please"))
    P("address: typed lane, e-mail",
      C(f"Please send the replacement router to {m('ADDRESS', '33 Cherry Tree Lane')}, {m('POSTCODE', 'CV4 7AL')}. "
        "Nobody is in on Mondays."))
    P("address with town between address and postcode",
      C(f"it's {m('ADDRESS', 'eleven mill lane')} in leeds {m('POSTCODE', 'l s six three h n')}"))
    P("address: house number corrected (both labelled)",
      C(f"{m('ADDRESS', 'twenty six station road')} sorry {m('ADDRESS', 'twenty eight station road')} "
        "twenty six is next door"))
    P("address: close",
      A("Where should the engineer attend?"),
      C(f"{m('ADDRESS', '5 Kingfisher Close')}"))
    P("address: 'nine hundred north michigan avenue'",
      C(f"the office is at {m('ADDRESS', 'nine hundred north michigan avenue')} in chicago"))
    P("address: crescent",
      A("and the address for the delivery"),
      C(f"{m('ADDRESS', 'sixty seven beechwood crescent')} {m('POSTCODE', 'b n two one e x')}"))
    P("address: '3a'",
      C(f"Deliver to {m('ADDRESS', '3a Orchard Way')} please, the door is round the back"))
    P("address: moving house, old and new",
      C(f"we're moving from {m('ADDRESS', 'two hundred and twelve riverside court')} to "
        f"{m('ADDRESS', 'nine ashdown gardens')} on the fifteenth"))
    P("address: agent confirms",
      A(f"i've got {m('ADDRESS', 'eighty one queens terrace')} is that still right"),
      C("yes that's it"))

    # ---------------------------------------------------------------- mixed verification calls
    P("security: postcode + dob + email in one go (chat)",
      A("To verify your identity please provide your date of birth, postcode and email address."),
      C(f"{m('DOB', '09/11/1988')}, {m('POSTCODE', 'SE15 4JW')}, {m('EMAIL', 'hannah.osei@gmail.com')}"))
    ph = g.uk_mobile()
    P("security: phone then dob",
      A("can i take the phone number on the account and your date of birth"),
      C(f"{m('PHONE', sd(ph, zero='oh'))} and {m('DOB', 'eleventh of february seventy three')}"))
    ni = g.ni()
    P("ni typed + postcode typed, e-mail",
      C(f"Re: pension transfer\nNI {m('NI_NUMBER', f'{ni[:2]} {ni[2:8]} {ni[8]}')}\nPostcode {m('POSTCODE', 'KY16 9AJ')}"))
    d = g.card("visa16")
    P("card + billing address",
      C(f"card {m('CARD_NUMBER', say_groups(card_groups(d), 'digits'))}"),
      A("and the billing address"),
      C(f"{m('ADDRESS', 'seventy seven church street')} {m('POSTCODE', 'd e twenty two one g b')}"))
    sc, ac = g.sort_code(), g.uk_account()
    P("bank details: sort code and account read with 'nought'",
      C(f"right sort code is {m('SORT_CODE', sd(sc, zero='nought'))} account {m('BANK_ACCOUNT', sd(ac, zero='nought'))}"))
    s = g.ssn()
    P("ssn typed run together + dob US",
      C(f"ssn {m('SSN', s)} dob {m('DOB', '4/22/1964')}"))
    ib = g.iban("FR")
    P("iban: FR spoken plain, digits one by one",
      A("and the iban for the french account"),
      C(f"okay {m('IBAN', say_iban(ib))}"))
    P("email: underscore, less common domain",
      C(f"it's {m('EMAIL', em('rachel underscore m at btopenworld dot com', 'rachel_m@btopenworld.com'))}"))
    P("dob: 'the first of april two thousand'",
      A("what date of birth do we have for you"),
      C(f"it should be the {m('DOB', 'first of april two thousand')}"))
    P("postcode: 'double' inside, spoken",
      A("what's the postcode"),
      C(f"{m('POSTCODE', 'p l four eight double a')}"))
    P("expiry: typed, chat, only expiry changed",
      C(f"Card number hasn't changed, only the expiry - new one is {m('EXPIRY', '07/27')}"))
    P("cvv: after agent asks for 'the three digits'",
      A("and finally the three digits on the back of the card"),
      C(f"{m('CVV', 'one oh nine')} thank you"))

    # ---------------------------------------------------------------- NEGATIVES
    N("money", A("thanks for calling how can i help"),
      C("hi yeah my bill's gone up to sixty four pounds ninety nine this month and it was only forty two before"))
    N("duration", C("i've been on hold for forty five minutes already this is ridiculous"))
    N("order number + days (chat)", C("My order #A-77341 still hasn't arrived, it's been 12 days."))
    N("appointment time window", C("the engineer was supposed to come between eight and one on tuesday and nobody turned up"))
    N("broadband speed", C("i'm only getting about twelve megs download and i'm paying for five hundred"))
    N("data allowance (chat)", C("I've used 23.4GB of my 30GB allowance and it's only the 14th"))
    N("phone model", C("it's the galaxy s twenty three ultra the two hundred and fifty six gig one"))
    N("ticket number (chat)", C("Ticket INC0045521 was closed without anyone contacting me."))
    N("field mention without value: address", A("can i take the first line of your address and the postcode please"),
      C("yeah hang on one second let me just move somewhere quieter"))
    N("field mention without value: email", A("what's the best email address for you"),
      C("can you just use the one you've already got on file"))
    N("last four digits of card", C("the card ending in four four two one that's the one i want to use"))
    N("last four, 'ends'", C("it's the one that ends oh nine one two not the other one"))
    N("last four (chat)", C("Please charge the Visa ending 7781 as usual."))
    N("electricity meter reading", C("the electric meter reading is four five one two seven as of this morning"))
    N("gas meter reading", C("gas reading is oh three four seven eight point six"))
    N("date of a charge", C("i was charged twice on the third of june"))
    N("contract start + term", C("my contract started in january twenty twenty two and it's a twenty four month one"))
    N("hotel room", C("i'm in room four one two and the wifi hasn't worked since we checked in"))
    N("flight and seat (chat)", C("Flight BA287 on 14 March, seat 23C, and the upgrade wasn't applied."))
    N("extension number", A("i'll put you through to extension four four one two now please hold"))
    N("percentage discount", C("twenty percent off was what i was promised on the phone last time"))
    N("battery percentage", C("the battery drops to fifteen percent by lunchtime and it's a new phone"))
    N("router model (chat)", C("The router is a TG589vac v2, lights are flashing orange."))
    N("firmware version", C("it's on firmware version three point two point one apparently"))
    N("counts", C("i bought three of them and only two turned up"))
    N("IVR options", C("press option two then option four it said and then it cut me off"))
    N("reference number spoken", A("have you got a reference from last time"),
      C("yeah the reference you gave me was seven seven three one two"))
    N("case reference (chat)", C("Case ref CR-2291-KX - I was told someone would ring back within 48 hours."))
    N("tracking number with letters (chat)", C("Tracking says 1Z 4E5 877 03 8841 2290 but it hasn't moved since Friday."))
    N("delivery slot", C("the delivery slot is between seven and nine pm on the twenty first"))
    N("monthly price", C("it costs nineteen ninety nine a month and i was told it'd be fourteen"))
    N("money spoken", C("i paid a hundred and twelve quid for it and it broke after a week"))
    N("dollar amounts (chat)", C("The invoice total was $1,299.00 but the quote said $1,049."))
    N("duration weeks", C("it's been three weeks now and still no refund"))
    N("year as customer", C("i've been with you since twenty seventeen"))
    N("model year (chat)", C("It's the 2019 model, not the new one."))
    N("error code spoken", C("the display says e two oh three and then it switches off"))
    N("tv channel", C("it's on channel one oh four but it just says no signal"))
    N("floor", C("the office is on the fourth floor and there's no signal at all up there"))
    N("dob field without value", A("can you confirm your date of birth for me"),
      C("why do you need that"), A("it's just for security before i can go into the account"))
    N("card number field without value", A("and have you got the long card number to hand"),
      C("no it's upstairs can i call you back in ten minutes"))
    N("cvv mention without value", C("the code on the back has completely rubbed off"))
    N("phone number mention without value", C("i changed my phone number last month but it's still got the old one on the app"))
    N("sort code mention without value", C("my sort code changed when they merged the branches is that a problem"))
    N("appointment date/time", A("the next available appointment is thursday the ninth at two thirty"))
    N("speed test", C("speed test says seventy two point four down and eleven up"))
    N("package size", C("it's the two hundred and fifty megabit package"))
    N("count of calls", C("i've rung about this six times"))
    N("devices count", C("we've got four devices connected and it keeps dropping"))
    N("parcel weight", C("the parcel weighed two point five kilos so it should've fitted"))
    N("vehicle speed", C("i was doing seventy on the motorway when the warning light came on"))
    N("mileage", C("it says forty five thousand miles on the clock"))
    N("error code hex (chat)", C("Error code 0x80070005 when I try to install the update."))
    N("phone model spoken", C("it's the iphone fourteen pro max the purple one"))
    N("app/os version (chat)", C("App version 17.4.1 on iOS 17.5, still crashing."))
    N("refund amount and days", A("your refund of thirty eight pounds forty will be back in three to five working days"))
    N("US money", C("the last payment was two hundred and six dollars and fifteen cents"))
    N("payment date", C("i paid on the first of the month like always"))
    N("renewal date", C("the renewal date is the twelfth of september and i want to cancel before then"))
    N("order number + sizes (chat)", C("Hi, order 558213 - I ordered 2x size 10 and got 2x size 12."))
    N("gate numbers", C("they said gate fourteen then they moved us to gate b thirty two"))
    N("bus number", C("the fifty five bus stops right outside so it's easy to find"))
    N("contract term", A("it's a twelve month minimum term and then it goes rolling"))
    N("price rise percentage", C("the price went up by fourteen point four percent in april"))
    N("eta minutes", C("i'm about five minutes away can you tell the driver to wait"))
    N("step numbers", C("step three of five keeps failing on the setup"))
    N("page number", C("it says on page twelve of the terms you can't charge that"))
    N("queue position", A("your position in the queue is three"))
    N("household size", C("we're a family of six so we need the bigger data plan"))
    N("thermostat", C("the thermostat's set to twenty one but it's freezing"))
    N("time of day preference", C("i work nights so anytime after ten is better"))
    N("callback time", C("can you call me back at half two"))
    N("timestamps (chat)", C("Outage started around 3:47am, still down at 10:15."))
    N("data plan size", C("the sixty gig plan not the unlimited one"))
    N("installation quote", C("i was quoted nine hundred and ninety nine pounds for the install"))
    N("appliance model (chat)", C("Washing machine model WMB 8144, it's showing F05."))
    N("account number mention without value", C("the account number on the letter is different to the one on the app"))
    N("iban/bic mention without value", A("i'll need the iban and the bic for an international transfer"),
      C("okay i'll have to dig out a bank statement"))
    N("ni mention without value", C("my national insurance letter came but i've lost it"))
    N("ssn mention without value", C("my social security card is in the safe at home i don't have it on me"))
    N("email spelling request refused", A("could you spell the email for me"),
      C("oh hang on i'll have to check with my wife she set it all up"))
    N("zip mention without value", C("my zip code changed when we moved is that why the card got declined"))
    N("closing time", C("the store closed early at five thirty even though it says eight on the website"))
    N("order/delivery dates", C("i ordered on the twenty ninth and it said delivery by the second"))
    N("claim amount", C("the claim was for eighteen hundred dollars and they only paid half"))
    N("plan price", C("we're on plan b the forty nine ninety nine one"))
    N("buffering interval", C("it buffers every ten seconds"))
    N("bill history (chat)", C("My last 3 bills: \u00a354.20, \u00a361.75, \u00a388.10."))
    N("time difference", C("there's a three hour time difference so i can't call in your hours"))
    N("return deadline", C("i've got until the thirty first to return it"))
    N("warranty duration", C("it's a two year warranty and it's only eighteen months old"))
    N("past year", C("in twenty twenty three you charged me a cancellation fee for no reason"))
    N("password characters request", A("for security can you give me the second and fourth characters of your password"))
    N("bill date typed (chat)", C("The bill dated 05/04/2024 says I owe \u00a30 but you've taken a payment."))
    N("hotel room and floor", C("we were in room two oh seven on the second floor"))
    N("counts of messages (chat)", C("I got 4 emails and 3 texts about it in one day."))
    N("5g plan", C("i upgraded from the four g plan to the five g one last month"))
    N("uptime percentage", C("they promised ninety nine point nine percent uptime"))
    N("order total", C("my order total came to forty eight sixty and you charged fifty two"))
    N("video resolution", C("the stream was at 1080p and then dropped to 480"))
    N("flight number spoken", C("our flight was b a two eight seven from gatwick and the bag never arrived"))
    N("sim/handset quantities", A("so that's two sims and one handset on a thirty six month agreement"))
    N("queue wait estimate", A("the current wait time is around twenty minutes"))
    N("interest rate", C("the interest rate went from four point two to five point nine"))
    N("screen size", C("it's the sixty five inch one and there's a line down the middle"))
    N("engineer visit count", A("i can see we've had three engineer visits since the tenth of may"))
    N("invoice number (chat)", C("Invoice INV-2024-00917 shows the wrong VAT rate."))
    N("room and night count", C("we've booked two rooms for three nights from the twelfth"))
    N("storage size", C("it's only the sixty four gig version so it fills up fast"))
    N("age of device", C("the boiler's about fifteen years old now"))
    N("temperature", C("the fridge is only getting down to eight degrees"))
    N("distance", C("the nearest store is about thirty miles away"))
    N("decimal price (chat)", C("Why was I charged \u20ac14.99 twice on my statement?"))
    N("warehouse count + days", A("there are twelve in stock at the warehouse and they ship in two days"))
    N("order number spoken (7 digits)", A("have you got the order number there"),
      C("yeah it's three three eight one nine four two"))
    N("loyalty points", C("i had twelve thousand four hundred points and now it says zero"))
    N("contract progress", C("I'm 6 months into an 18 month contract and want to leave."))
    N("deadline date", C("we need it fitted by the twenty fourth of december at the latest"))
    N("outage time", C("it's been down since half past seven yesterday evening"))
    N("booking reference with letters (chat)", C("Booking ref is BK-88213-Q, it says cancelled but I never cancelled."))
    return cases


# --------------------------------------------------------------------------------------
# markup -> JSONL
# --------------------------------------------------------------------------------------
MARK_RE = re.compile(r"\[\[([A-Z_]+)\|(.*?)\]\]", re.S)


def strip_markup(text: str, turn_idx: int):
    out, spans, pos = [], [], 0
    for mt in MARK_RE.finditer(text):
        out.append(text[pos:mt.start()])
        start = sum(len(x) for x in out)
        val = mt.group(2)
        out.append(val)
        spans.append({"turn": turn_idx, "start": start, "end": start + len(val), "type": mt.group(1)})
        pos = mt.end()
    out.append(text[pos:])
    clean = "".join(out)
    if "[[" in clean or "]]" in clean:
        raise ValueError(f"unbalanced markup: {text!r}")
    return clean, spans


def render(cases) -> list[dict]:
    rows = []
    np_ = nn = 0
    for kind, turns, note in cases:
        if kind == "positive":
            np_ += 1
            cid = f"h3-pos-{np_:03d}"
        else:
            nn += 1
            cid = f"h3-neg-{nn:03d}"
        out_turns, spans = [], []
        for i, (spk, t) in enumerate(turns):
            clean, sp_ = strip_markup(t, i)
            out_turns.append({"speaker": spk, "text": clean})
            spans.extend(sp_)
        rows.append({"id": cid, "kind": kind, "turns": out_turns, "spans": spans, "note": note})
    return rows


def generate() -> list[dict]:
    return render(build(Gen(SEED)))


# --------------------------------------------------------------------------------------
# checking
# --------------------------------------------------------------------------------------
def _value_status(typ: str, text: str) -> str:
    """'ok' if text is a complete valid value of typ, 'partial' if it could be a piece."""
    if typ == "CARD_NUMBER":
        d = to_digits(text)
        if not d.isdigit():
            return "bad"
        return "ok" if 13 <= len(d) <= 19 and luhn_ok(d) else ("partial" if len(d) < 19 else "bad")
    if typ == "IBAN":
        s = to_alnum(text)
        if not s.isalnum():
            return "bad"
        return "ok" if iban_ok(s) else ("partial" if len(s) < 34 else "bad")
    if typ == "SSN":
        d = to_digits(text)
        if not d.isdigit():
            return "bad"
        return "ok" if ssn_ok(d) else ("partial" if len(d) < 9 else "bad")
    if typ == "NI_NUMBER":
        s = to_alnum(text)
        return "ok" if ni_ok(s) else ("partial" if len(s) < 9 else "bad")
    if typ == "PHONE":
        d = to_digits(text)
        if not d.isdigit():
            return "bad"
        return "ok" if 10 <= len(d) <= 13 else ("partial" if len(d) < 10 else "bad")
    if typ == "BANK_ACCOUNT":
        d = to_digits(text)
        if not d.isdigit():
            return "bad"
        return "ok" if 8 <= len(d) <= 17 else ("partial" if len(d) < 8 else "bad")
    if typ == "SORT_CODE":
        d = to_digits(text)
        return "ok" if re.fullmatch(r"\d{6}", d) else "bad"
    if typ == "CVV":
        d = to_digits(text)
        return "ok" if re.fullmatch(r"\d{3,4}", d) else "bad"
    if typ == "POSTCODE":
        s = to_alnum(text)
        return "ok" if UK_PC_RE.match(s) or US_ZIP_RE.match(s) else "bad"
    if typ == "EMAIL":
        e = email_from_speech(text)
        if EMAIL_RE.match(e):
            return "ok"
        return "partial" if re.fullmatch(r"[a-z0-9._@-]+", e) else "bad"
    if typ in ("DOB", "EXPIRY"):
        low = text.lower()
        words = re.findall(r"[a-z]+", low)
        numeric = len(re.findall(r"\d+", low)) + sum(w in NUMBER_WORDS or w in UNIT
                                                     or w.endswith(("th", "st", "nd", "rd"))
                                                     for w in words)
        has_month = any(w in MONTHS for w in words)
        if typ == "EXPIRY":
            d = re.sub(r"\D", "", low)
            if d and len(d) in (4, 6) and 1 <= int(d[:2]) <= 12:
                return "ok"
        return "ok" if (has_month and numeric >= 1) or numeric >= 2 else "bad"
    if typ == "ADDRESS":
        toks = re.findall(r"[A-Za-z0-9]+", text.lower())
        first_ok = bool(toks) and (toks[0][0].isdigit() or toks[0] in NUMBER_WORDS)
        last_ok = bool(toks) and toks[-1] in STREET_TYPES
        return "ok" if first_ok and last_ok and len(toks) >= 3 else "bad"
    return "bad"


def check_rows(rows: list[dict]) -> list[str]:
    errs = []
    ids = set()
    for r in rows:
        cid = r.get("id")
        where = f"{cid}:"
        if set(r) != {"id", "kind", "turns", "spans", "note"}:
            errs.append(f"{where} unexpected keys {sorted(r)}")
        if cid in ids:
            errs.append(f"{where} duplicate id")
        ids.add(cid)
        if r["kind"] not in ("positive", "negative"):
            errs.append(f"{where} bad kind")
        for t in r["turns"]:
            if t["speaker"] not in ("customer", "agent") or not t["text"].strip():
                errs.append(f"{where} bad turn {t}")
            if "[[" in t["text"] or "]]" in t["text"]:
                errs.append(f"{where} markup left in text")
        if r["kind"] == "negative" and r["spans"]:
            errs.append(f"{where} negative with spans")
        if r["kind"] == "positive" and not r["spans"]:
            errs.append(f"{where} positive without spans")
        prev = None
        for s in r["spans"]:
            if s["type"] not in TYPES:
                errs.append(f"{where} unknown type {s['type']}")
                continue
            if not (0 <= s["turn"] < len(r["turns"])):
                errs.append(f"{where} bad turn index")
                continue
            text = r["turns"][s["turn"]]["text"]
            if not (0 <= s["start"] < s["end"] <= len(text)):
                errs.append(f"{where} offsets out of range {s}")
                continue
            v = text[s["start"]:s["end"]]
            lead_bad = re.match(r"^[\W_]", v) and not (s["type"] == "PHONE" and v[0] in "+(")
            if v != v.strip() or lead_bad or re.search(r"[,.;:!?\-]$", v):
                errs.append(f"{where} span has untrimmed edges {v!r}")
            if re.match(r"(?i)^(the|my|it's|its|is)\b", v):
                errs.append(f"{where} span starts with a function word {v!r}")
            if s["start"] > 0 and text[s["start"] - 1].isalnum():
                errs.append(f"{where} span starts mid-word {v!r}")
            if s["end"] < len(text) and text[s["end"]].isalnum():
                errs.append(f"{where} span ends mid-word {v!r}")
            key = (s["turn"], s["start"], s["end"])
            if prev is not None and (prev[0], prev[2]) > (key[0], key[1]):
                errs.append(f"{where} spans overlap or are unordered")
            prev = key
        # per-type validation, joining pieces split over several spans
        buffers: dict[str, list[str]] = {}
        for s in r["spans"]:
            if s["type"] not in TYPES:
                continue
            v = r["turns"][s["turn"]]["text"][s["start"]:s["end"]]
            buf = buffers.setdefault(s["type"], [])
            buf.append(v)
            st = _value_status(s["type"], " ".join(buf))
            if st == "ok":
                buf.clear()
            elif st == "bad":
                errs.append(f"{where} invalid {s['type']} value {' | '.join(buf)!r} "
                            f"-> {to_alnum(' '.join(buf)) if s['type'] != 'EMAIL' else email_from_speech(' '.join(buf))!r}")
                buf.clear()
        for typ, buf in buffers.items():
            if buf:
                joined = " ".join(buf)
                conv = email_from_speech(joined) if typ == "EMAIL" else to_alnum(joined)
                why = ""
                if typ == "CARD_NUMBER" and conv.isdigit():
                    why = f" ({len(conv)} digits, Luhn {'ok' if luhn_ok(conv) else 'FAILS'})"
                elif typ == "IBAN" and conv[:2] in IBAN_LEN:
                    why = (f" (length {len(conv)} vs {IBAN_LEN[conv[:2]]}, mod97="
                           f"{iban_mod97(conv) if conv.isalnum() and len(conv) > 4 else '?'})")
                errs.append(f"{where} invalid or incomplete {typ} value {' | '.join(buf)!r} -> {conv!r}{why}")
    # coverage
    kinds = Counter(r["kind"] for r in rows)
    if kinds["positive"] < MIN_POSITIVE:
        errs.append(f"only {kinds['positive']} positive cases (< {MIN_POSITIVE})")
    if kinds["negative"] < MIN_NEGATIVE:
        errs.append(f"only {kinds['negative']} negative cases (< {MIN_NEGATIVE})")
    per_type = type_case_counts(rows)
    for t, n in MIN_PER_TYPE.items():
        if per_type.get(t, 0) < n:
            errs.append(f"type {t}: {per_type.get(t, 0)} positive cases (< {n})")
    return errs


def type_case_counts(rows) -> Counter:
    c = Counter()
    for r in rows:
        for t in {s["type"] for s in r["spans"]}:
            c[t] += 1
    return c


def type_span_counts(rows) -> Counter:
    return Counter(s["type"] for r in rows for s in r["spans"])


def dumps(rows) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def readme(rows) -> str:
    kinds = Counter(r["kind"] for r in rows)
    cases_c, spans_c = type_case_counts(rows), type_span_counts(rows)
    split = sum(1 for r in rows if any(
        _value_status(s["type"], r["turns"][s["turn"]]["text"][s["start"]:s["end"]]) == "partial"
        for s in r["spans"]))
    lines = [
        "# pii_holdout3 - held-out labelled PII set",
        "",
        "Evaluation only. **Never used for tuning** patterns, thresholds or prompts; do not",
        "look at failures here and patch the redactor to fit them.",
        "",
        "Written independently of `src/convo/redact/` and of the other PII fixture sets",
        "(neither was read while writing it).",
        "",
        "## How it was made",
        "",
        "`python scripts/make_pii_holdout3.py` (stdlib only, seed "
        f"{SEED}) writes `cases.jsonl` and this README.",
        "Each case is hand-authored in the script with inline `[[TYPE|value]]` markup; the",
        "markup is stripped to compute character offsets. Card numbers (Luhn, 13-19 digits),",
        "IBANs (mod-97, country length), SSNs, NI numbers, sort codes, account and phone",
        "numbers are drawn from a seeded RNG and rendered as ASR-style speech (digit by digit,",
        "'oh'/'nought', 'double'/'triple', pairs such as 'forty one eleven', NATO or",
        "'b for ben' letters, fillers) or as typed chat/e-mail text.",
        "",
        "`python scripts/make_pii_holdout3.py --check` re-generates in memory, confirms the file",
        "matches, and validates offsets, span edges, Luhn/IBAN checksums and the format of",
        "every labelled value (after converting spoken forms), joining pieces of a value that",
        "is split over several turns.",
        "",
        "## Format",
        "",
        "One JSON object per line: `id`, `kind` (`positive`/`negative`), `turns`",
        "(`speaker` customer/agent, `text`), `spans` (`turn`, `start`, `end` exclusive, `type`)",
        "and `note`. A value split across turns has one span per piece, same type; fillers",
        "between digits are inside the span, 'the'/'my' before a value are outside. When a",
        "customer corrects a value, both the wrong and the corrected values are labelled.",
        "Negatives have `spans: []`.",
        "",
        "## Counts",
        "",
        f"- cases: {len(rows)} ({kinds['positive']} positive, {kinds['negative']} negative)",
        f"- positive cases with a value split into pieces (one span per piece): {split}",
        "",
        "| type | positive cases | spans |",
        "|---|---:|---:|",
    ]
    for t in TYPES:
        lines.append(f"| {t} | {cases_c.get(t, 0)} | {spans_c.get(t, 0)} |")
    lines += [
        "",
        "Negatives cover money, times, non-DOB dates, durations, counts, years, order /",
        "ticket / reference / tracking / invoice numbers, percentages, speeds, data",
        "allowances, model and version numbers, room / flight / seat / gate / extension",
        "numbers, 'card ending in ...' last-four mentions, meter readings and requests for a",
        "field with no value given.",
        "",
    ]
    return "\n".join(lines)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="validate the file on disk")
    args = ap.parse_args(argv)
    rows = generate()
    if args.check:
        if not CASES_PATH.exists():
            print(f"missing {CASES_PATH}", file=sys.stderr)
            return 1
        disk = [json.loads(line) for line in CASES_PATH.read_text(encoding="utf-8").splitlines() if line.strip()]
        errs = check_rows(disk)
        if CASES_PATH.read_text(encoding="utf-8") != dumps(rows):
            errs.append("cases.jsonl differs from what the generator produces (re-run without --check)")
        for e in errs:
            print(e, file=sys.stderr)
        kinds = Counter(r["kind"] for r in disk)
        print(f"{len(disk)} cases ({kinds['positive']} positive, {kinds['negative']} negative); "
              f"{'OK' if not errs else f'{len(errs)} problem(s)'}")
        return 1 if errs else 0
    errs = check_rows(rows)
    if errs:
        for e in errs:
            print(e, file=sys.stderr)
        return 1
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    CASES_PATH.write_text(dumps(rows), encoding="utf-8")
    README_PATH.write_text(readme(rows), encoding="utf-8")
    kinds = Counter(r["kind"] for r in rows)
    print(f"wrote {CASES_PATH.relative_to(ROOT)}: {len(rows)} cases "
          f"({kinds['positive']} positive, {kinds['negative']} negative)")
    for t, n in sorted(type_case_counts(rows).items()):
        print(f"  {t:13s} {n}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

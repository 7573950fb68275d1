#!/usr/bin/env python3
"""Generate the held-out labelled PII set (``tests/fixtures/pii_holdout/cases.jsonl``).

This set is written independently of the redaction code and of the development PII set;
it exists only to *measure* how the redactor generalises.  Never tune rules, thresholds or
word lists against it (see ``tests/fixtures/pii_holdout/README.md``).

Format, one JSON object per line::

    {"id": "...", "kind": "positive"|"negative",
     "turns": [{"speaker": "customer"|"agent", "text": "..."}],
     "spans": [{"turn": 0, "start": 12, "end": 40, "type": "CARD_NUMBER"}],
     "note": "..."}

``start``/``end`` are character offsets (end exclusive) into that turn's text and cover exactly
the PII value.  A value split across turns gets one span per piece, with the same type.

Cases are written with inline markup ``[[TYPE|value]]`` that is stripped while the offsets are
recorded, so no offset is ever typed by hand.  Card numbers and IBANs are generated from a seeded
RNG with real Luhn / ISO 13616 mod-97 check digits; everything else is hand-written.

Usage::

    python scripts/make_pii_holdout.py            # write cases.jsonl (+ print counts)
    python scripts/make_pii_holdout.py --check    # validate the written file (offsets, Luhn, IBAN, ...)

``--check`` also regenerates in memory and reports whether the file on disk is up to date.
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
DEFAULT_OUT = ROOT / "tests" / "fixtures" / "pii_holdout" / "cases.jsonl"
SEED = 20240917

TYPES = ("CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE",
         "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS")

MARK_RE = re.compile(r"\[\[([A-Z_]+)\|(.*?)\]\]")

# --------------------------------------------------------------------------- check digits


def luhn_check_digit(partial: str) -> str:
    """Digit that makes ``partial + digit`` Luhn-valid."""
    total = 0
    for i, ch in enumerate(reversed(partial)):
        n = int(ch)
        if i % 2 == 0:          # these positions get doubled once the check digit is appended
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return str((10 - total % 10) % 10)


def luhn_ok(number: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(number)):
        n = int(ch)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return total % 10 == 0


IBAN_LENGTHS = {"GB": 22, "DE": 22, "FR": 27, "NL": 18, "IE": 22, "ES": 24, "IT": 27,
                "BE": 16, "PL": 28, "CH": 21, "PT": 25, "AT": 20, "DK": 18, "SE": 24}


def _iban_numeric(s: str) -> int:
    return int("".join(str(int(c, 36)) for c in s))


def iban_with_check(country: str, bban: str) -> str:
    check = 98 - _iban_numeric(bban + country + "00") % 97
    iban = f"{country}{check:02d}{bban}"
    assert len(iban) == IBAN_LENGTHS[country], (iban, len(iban))
    return iban


def iban_ok(iban: str) -> bool:
    iban = iban.upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", iban):
        return False
    if IBAN_LENGTHS.get(iban[:2]) != len(iban):
        return False
    return _iban_numeric(iban[4:] + iban[:4]) % 97 == 1


# --------------------------------------------------------------------------- spoken forms

UNIT_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEEN_WORDS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
              "seventeen", "eighteen", "nineteen"]
TENS_WORDS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy",
              8: "eighty", 9: "ninety"}


def _digit_word(d: str, zero: str) -> str:
    return zero if d == "0" else UNIT_WORDS[int(d)]


def say_digits(digits: str, zero: str = "oh", multiples: bool = True) -> str:
    """``"4007"`` -> ``"four double oh seven"`` (or ``"four oh oh seven"`` without multiples)."""
    out: list[str] = []
    i = 0
    while i < len(digits):
        j = i
        while j < len(digits) and digits[j] == digits[i]:
            j += 1
        run = j - i
        word = _digit_word(digits[i], zero)
        if multiples and run == 3:
            out.append(f"triple {word}")
        elif multiples and run == 2:
            out.append(f"double {word}")
        elif multiples and run == 4:
            out.append(f"double {word} double {word}")
        else:
            out.extend([word] * run)
        i = j
    return " ".join(out)


def say_pair(pair: str) -> str:
    """Two digits read as a number the way people read card pairs: 45 -> forty five, 07 -> oh seven."""
    a, b = int(pair[0]), int(pair[1])
    if a == 0:
        return f"oh {_digit_word(pair[1], 'oh')}"
    if a == 1:
        return TEEN_WORDS[b]
    return TENS_WORDS[a] if b == 0 else f"{TENS_WORDS[a]} {UNIT_WORDS[b]}"


def groups(digits: str, sizes: list[int]) -> list[str]:
    assert sum(sizes) == len(digits), (digits, sizes)
    out, i = [], 0
    for n in sizes:
        out.append(digits[i:i + n])
        i += n
    return out


def grp(digits: str, sizes: list[int] | int = 4, sep: str = " ") -> str:
    if isinstance(sizes, int):
        sizes = [sizes] * (len(digits) // sizes) + ([len(digits) % sizes] if len(digits) % sizes else [])
    return sep.join(groups(digits, sizes))


def say(digits: str, sizes: list[int] | int = 4, gsep: str = ", ", zero: str = "oh",
        multiples: bool = True) -> str:
    if isinstance(sizes, int):
        sizes = [sizes] * (len(digits) // sizes) + ([len(digits) % sizes] if len(digits) % sizes else [])
    return gsep.join(say_digits(g, zero, multiples) for g in groups(digits, sizes))


def say_pairs(digits: str, gsep: str = " ") -> str:
    """16 digits read as pairs, grouped in fours: 4532 0151 -> forty five thirty two oh one fifty one."""
    assert len(digits) % 4 == 0
    quads = groups(digits, [4] * (len(digits) // 4))
    return gsep.join(" ".join(say_pair(q[k:k + 2]) for k in (0, 2)) for q in quads)


def say_iban(iban: str, sizes: int = 4, gsep: str = ", ") -> str:
    parts = []
    for g in [iban[i:i + sizes] for i in range(0, len(iban), sizes)]:
        words = []
        for ch in g:
            words.append(ch.lower() if ch.isalpha() else _digit_word(ch, "zero"))
        parts.append(" ".join(words))
    return gsep.join(parts)


# parser used only by --check: spoken/typed value -> canonical characters
UNITS = {w: str(i) for i, w in enumerate(UNIT_WORDS)} | {"oh": "0", "nought": "0", "nil": "0"}
TEENS = {w: str(10 + i) for i, w in enumerate(TEEN_WORDS)}
TENS = {w: str(k) for k, w in TENS_WORDS.items()}
FILLERS = {"um", "umm", "uh", "uhh", "er", "erm", "ah", "hmm", "plus", "dash", "hyphen", "slash",
           "space"}


def spoken_to_chars(text: str) -> str | None:
    """Normalise a digit value as written in a turn to its digits.

    Handles typed digits, digit words, "oh", "double"/"triple", tens/teens words ("forty five",
    "fourteen") and fillers.  Returns None on any other word, so a check fails loudly.
    """
    toks = re.findall(r"[A-Za-z]+|\d+", text)
    out: list[str] = []
    mult = 1
    i = 0
    while i < len(toks):
        t = toks[i].lower()
        i += 1
        if t.isdigit():
            out.append(t[0] * mult + t[1:])
            mult = 1
        elif t in ("double", "triple"):
            mult = 2 if t == "double" else 3
        elif t in UNITS:
            out.append(UNITS[t] * mult)
            mult = 1
        elif t in TEENS:
            out.append(TEENS[t])
        elif t in TENS:
            nxt = toks[i].lower() if i < len(toks) else ""
            if nxt in UNITS and nxt not in ("zero", "oh", "nought", "nil"):
                out.append(TENS[t] + UNITS[nxt])
                i += 1
            else:
                out.append(TENS[t] + "0")
        elif t in FILLERS:
            continue
        else:
            return None
    return "".join(out)


# --------------------------------------------------------------------------- case builder


def mark(typ: str, value: str) -> str:
    assert typ in TYPES, typ
    return f"[[{typ}|{value}]]"


def C(text: str) -> tuple[str, str]:
    return ("customer", text)


def A(text: str) -> tuple[str, str]:
    return ("agent", text)


def parse_marked(text: str) -> tuple[str, list[tuple[int, int, str]]]:
    plain, spans, pos = [], [], 0
    cursor = 0
    for m in MARK_RE.finditer(text):
        plain.append(text[pos:m.start()])
        cursor += m.start() - pos
        value = m.group(2)
        spans.append((cursor, cursor + len(value), m.group(1)))
        plain.append(value)
        cursor += len(value)
        pos = m.end()
    plain.append(text[pos:])
    out = "".join(plain)
    assert "[[" not in out and "]]" not in out, text
    return out, spans


class Builder:
    def __init__(self) -> None:
        self.cases: list[dict] = []
        self.counters: Counter[str] = Counter()

    def add(self, group: str, turns: list[tuple[str, str]], note: str) -> None:
        out_turns, spans = [], []
        for ti, (speaker, marked) in enumerate(turns):
            text, sp = parse_marked(marked)
            out_turns.append({"speaker": speaker, "text": text})
            spans.extend({"turn": ti, "start": s, "end": e, "type": t} for s, e, t in sp)
        kind = "positive" if spans else "negative"
        if group.startswith("neg-"):
            assert kind == "negative", (group, turns)
        else:
            assert kind == "positive", (group, turns)
        self.counters[group] += 1
        prefix = "hp" if kind == "positive" else "hn"
        cid = f"{prefix}-{group.removeprefix('neg-')}-{self.counters[group]:03d}"
        self.cases.append({"id": cid, "kind": kind, "turns": out_turns, "spans": spans,
                           "note": note})


# --------------------------------------------------------------------------- generators


class CardGen:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.seen: set[str] = set()

    def new(self, prefix: str, length: int) -> str:
        while True:
            body = prefix + "".join(str(self.rng.randrange(10)) for _ in range(length - len(prefix) - 1))
            card = body + luhn_check_digit(body)
            assert luhn_ok(card) and len(card) == length
            if card not in self.seen:
                self.seen.add(card)
                return card

    def with_repeats(self, prefix: str, length: int, sizes: list[int] | None = None) -> str:
        """A card with a double and a triple inside its reading groups (for "double"/"triple")."""
        sizes = sizes or [4] * (length // 4) + ([length % 4] if length % 4 else [])
        while True:
            c = self.new(prefix, length)
            qs = groups(c, sizes)
            if any(re.search(r"(\d)\1\1", q) for q in qs) and \
                    sum(len(re.findall(r"(\d)\1", q)) for q in qs) >= 2:
                return c


def rand_digits(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(n))


def make_ibans(rng: random.Random) -> dict[str, str]:
    d = lambda n: rand_digits(rng, n)  # noqa: E731
    return {
        "gb1": iban_with_check("GB", "NWBK" + d(6) + d(8)),
        "gb2": iban_with_check("GB", "BARC" + d(6) + d(8)),
        "gb3": iban_with_check("GB", "MIDL" + d(6) + d(8)),
        "de": iban_with_check("DE", d(18)),
        "fr": iban_with_check("FR", d(23)),
        "nl": iban_with_check("NL", "INGB" + d(10)),
        "ie": iban_with_check("IE", "AIBK" + d(14)),
        "es": iban_with_check("ES", d(20)),
        "it": iban_with_check("IT", "X" + d(22)),
        "be": iban_with_check("BE", d(12)),
        "pl": iban_with_check("PL", d(24)),
        "ch": iban_with_check("CH", d(17)),
        "pt": iban_with_check("PT", d(21)),
        "dk": iban_with_check("DK", d(14)),
    }


def g4(iban: str, sep: str = " ") -> str:
    return sep.join(iban[i:i + 4] for i in range(0, len(iban), 4))


# --------------------------------------------------------------------------- the cases


def build() -> list[dict]:
    rng = random.Random(SEED)
    cards = CardGen(rng)
    ib = make_ibans(rng)
    b = Builder()
    P = mark

    # ================================================================ CARD_NUMBER (typed / ASR digits)
    c = cards.new("4", 16)
    b.add("card", [A("can I take the long number on the card please"),
                   C(f"yep it's {P('CARD_NUMBER', grp(c))}")],
          "visa 16, typed groups of four after an indirect agent prompt")
    c = cards.new("52", 16)
    b.add("card", [C(f"hi, card no {P('CARD_NUMBER', grp(c, 4, '-'))} exp {P('EXPIRY', '11/27')} "
                     "can u put the outstanding balance on that")],
          "chat: mastercard with dashes plus expiry in the same message")
    c = cards.new("4", 16)
    b.add("card", [A("right and what card would you like to use today"),
                   C(f"{P('CARD_NUMBER', c)} is the one i normally use")],
          "ASR lower case, ungrouped 16 digits at the very start of the turn")
    c = cards.new("37", 15)
    b.add("card", [A("and the number across the front of the card"),
                   C(f"okay it's an amex so it goes {P('CARD_NUMBER', grp(c, [4, 6, 5]))}")],
          "amex 4-6-5 grouping")
    c = cards.new("45", 16)
    b.add("card", [A("go ahead with the card details whenever you're ready"),
                   C(f"ok so {P('CARD_NUMBER', grp(c, [3, 3, 4, 3, 3]))} hang on yeah that's right")],
          "irregular 3-3-4-3-3 grouping as the customer reads it off")
    c = cards.new("6759", 19)
    b.add("card", [A("and the card number please, all of it"),
                   C(f"it's one of the really long ones, {P('CARD_NUMBER', grp(c, [4, 4, 4, 4, 3]))}, "
                     "nineteen digits I think")],
          "19-digit maestro; 'nineteen digits' is a count, not part of the value")
    c = cards.new("4", 13)
    b.add("card", [C(f"it's an old visa debit, the number is {P('CARD_NUMBER', grp(c, [4, 3, 3, 3]))}.")],
          "13-digit visa, value at the end followed by a full stop")
    c = cards.new("5", 16)
    last4 = c[-4:]
    b.add("card", [A("okay, can I grab the card number"),
                   C(f"{P('CARD_NUMBER', grp(c))} sorry did I say {last4} at the end, yeah {last4}")],
          "customer re-confirms the last four; only the full number is labelled")
    c = cards.new("4", 16)
    b.add("card", [A("what's the sixteen digit number on the front"),
                   C(f"{P('CARD_NUMBER', grp(c))} and the three on the back is {P('CVV', '482')}")],
          "card and CVV in one utterance; 'sixteen digit' in the prompt is a count")
    c = cards.new("36", 14)
    b.add("card", [C(f"I've got a diners club card if that works? {P('CARD_NUMBER', grp(c, [4, 6, 4]))}")],
          "14-digit diners 4-6-4")
    c = cards.new("4", 16)
    b.add("card", [C(f"hi pls can u update my card to {P('CARD_NUMBER', c)} thx, the old one got "
                     "cancelled lol")],
          "chat style, ungrouped, no punctuation around the value")
    c = cards.new("6011", 16)
    b.add("card", [A("which card are we putting the £36.20 on"),
                   C(f"the discover, {P('CARD_NUMBER', grp(c, [4, 4, 4, 4], ' ').replace(' ', '-', 1))}")],
          "mixed space/dash separators; the price in the agent turn is not PII")
    c = cards.new("4556", 16)
    qs = groups(c, [4, 4, 4, 4])
    b.add("card", [A("long card number when you're ready"),
                   C(f"yeah it's {P('CARD_NUMBER', f'{qs[0]} {qs[1]} um {qs[2]} {qs[3]}')} i think")],
          "ASR: filler 'um' between digit groups stays inside the span")
    c = cards.new("3530", 16)
    b.add("card", [A("so I'll take a payment of 120 pounds, what's the card"),
                   C(f"I want to pay the 120 with {P('CARD_NUMBER', grp(c, 4, '.'))} if that's ok")],
          "dot-separated JCB in the middle of the sentence; the amount is not PII")
    c = cards.new("2223", 16)
    b.add("card", [A("sorry the line broke up, could you give me that card number again"),
                   C(f"yeah no problem, {P('CARD_NUMBER', grp(c, [8, 8]))}")],
          "2-series mastercard read as two blocks of eight")

    # ---- agent read-back
    c = cards.new("4", 16)
    b.add("card", [A(f"so I have {P('CARD_NUMBER', grp(c))}, is that correct"),
                   C("yes that's it")],
          "agent reads the card back; agent-side PII is labelled too")

    # ================================================================ CARD_NUMBER spoken
    c = cards.new("4", 16)
    b.add("card", [A("and the long number"),
                   C(f"{P('CARD_NUMBER', say(c, 4, ', ', 'oh', False))}")],
          "spoken, one word per digit, 'oh' for zero, commas between fours")
    c = cards.with_repeats("5", 16)
    b.add("card", [A("can you read me the card number please"),
                   C(f"right it's {P('CARD_NUMBER', say(c, 4, ' ', 'oh', True))} okay")],
          "spoken with double/triple, ASR lower case, no punctuation")
    c = cards.new("45", 16)
    b.add("card", [A("whenever you're ready with the card"),
                   C(f"okay {P('CARD_NUMBER', say_pairs(c))}")],
          "spoken in pairs ('forty five thirty two ...')")
    c = cards.new("4", 16)
    qs = groups(c, [4, 4, 4, 4])
    spoken = ", uh, ".join(say_digits(q, "zero", False) for q in qs[:2]) + ", " + \
        say_digits(qs[2], "zero", False) + " um " + say_digits(qs[3], "zero", False)
    b.add("card", [C(f"the card number is {P('CARD_NUMBER', spoken)}")],
          "spoken with 'zero' and hesitations between the groups (kept inside the span)")
    c = cards.new("4", 16)
    b.add("card", [A("and what's the number on the card"),
                   C(f"its {P('CARD_NUMBER', say(c, [16], '', 'zero', False))} and thats the debit one")],
          "ASR run-on: sixteen digit words with no grouping")
    c = cards.new("4929", 16)
    qs = groups(c, [4, 4, 4, 4])
    mixed = f"{say_digits(qs[0], 'oh', False)} {qs[1]} {say_digits(qs[2], 'oh', True)} {qs[3]}"
    b.add("card", [A("what's the card you want to use"),
                   C(f"it's {P('CARD_NUMBER', mixed)}")],
          "ASR mixes digit words and numerals inside one card number")
    c = cards.with_repeats("34", 15, [4, 6, 5])
    b.add("card", [A("the amex number please, the fifteen digits"),
                   C(f"{P('CARD_NUMBER', say(c, [4, 6, 5], ' ... ', 'oh', True))} and that's it")],
          "spoken amex with doubles/triples and pauses")
    c = cards.new("5", 16)
    qs = groups(c, [4, 4, 4, 4])
    part1 = say_digits(qs[0] + qs[1], "oh", False)
    b.add("card", [A("go on then the card number"),
                   C(f"{P('CARD_NUMBER', part1 + ' erm ' + say_digits(qs[2] + qs[3], 'oh', False))}")],
          "spoken in two runs of eight; 'erm' between digits stays inside the span")

    # ================================================================ CARD_NUMBER split across turns
    c = cards.new("4", 16)
    a, z = c[:8], c[8:]
    b.add("card", [A("okay go ahead with the card number"),
                   C(f"{P('CARD_NUMBER', say(a, 4, ', ', 'oh', False))}"),
                   A("mm-hm"),
                   C(f"{P('CARD_NUMBER', say(z, 4, ', ', 'oh', False))}")],
          "split: spoken in two halves with an agent back-channel")
    c = cards.new("5", 16)
    qs = groups(c, [4, 4, 4, 4])
    b.add("card", [A("ready when you are"),
                   C(f"so it's {P('CARD_NUMBER', qs[0])}"),
                   A("yep"),
                   C(f"{P('CARD_NUMBER', qs[1] + ' ' + qs[2])}"),
                   A("okay"),
                   C(f"{P('CARD_NUMBER', qs[3])} and that's the lot")],
          "split into three customer pieces with two back-channels")
    c = cards.new("4716", 16)
    b.add("card", [A("what's the card number"),
                   C(f"{P('CARD_NUMBER', grp(c[:8]))}"),
                   A("go on"),
                   C(f"{P('CARD_NUMBER', grp(c[8:]))}")],
          "split typed digits, back-channel 'go on'")
    c = cards.with_repeats("4", 16)
    b.add("card", [A("could you read out the card number for me"),
                   C(f"yeah {P('CARD_NUMBER', say(c[:12], 4, ' ', 'oh', True))}"),
                   C(f"{P('CARD_NUMBER', say(c[12:], 4, ' ', 'oh', True))} that's it")],
          "split: ASR segmented one reading into two consecutive customer turns")
    c = cards.new("5", 16)
    b.add("card", [C(f"new card is {P('CARD_NUMBER', grp(c[:10], [4, 4, 2]))}"),
                   C(f"{P('CARD_NUMBER', grp(c[10:], [2, 4]))} exp {P('EXPIRY', '08/29')}")],
          "chat: card split over two messages, odd break point, expiry in the second")

    # ---- three values at once
    c = cards.new("4", 16)
    b.add("card", [C(f"{P('CARD_NUMBER', grp(c))} {P('EXPIRY', '0328')} {P('CVV', '019')}")],
          "chat: card, expiry (MMYY) and CVV pasted in one line with nothing else")

    # ================================================================ CVV
    b.add("cvv", [A("and the security code on the back please"), C(f"{P('CVV', '737')}")],
          "bare value in context of the agent prompt")
    b.add("cvv", [A("last three digits on the signature strip"),
                  C(f"it's {P('CVV', 'oh four two')}")], "spoken, 'oh' for zero")
    b.add("cvv", [C(f"cvv {P('CVV', '551')} if u need it")], "chat")
    b.add("cvv", [A("it's an amex so it'll be the four digit code on the front"),
                  C(f"right yeah {P('CVV', '4417')}")], "4-digit amex CID")
    b.add("cvv", [A("and the three digit security number"),
                  C(f"{P('CVV', 'double five eight')} no sorry {P('CVV', 'five eight five')}")],
          "customer corrects themselves; both readings labelled")
    b.add("cvv", [C(f"expiry {P('EXPIRY', '03/29')} and the cvc's {P('CVV', '614')}")],
          "expiry + CVC in one utterance")
    b.add("cvv", [A("can I take the code from the back of the card"),
                  C(f"yeah that's {P('CVV', 'three oh nine')} okay")], "ASR, spoken")
    b.add("cvv", [A("what's the card verification value"),
                  C(f"um {P('CVV', 'seven seven one')}")], "spoken with leading filler outside")
    b.add("cvv", [C(f"security code is {P('CVV', '208')}, expiry is {P('EXPIRY', 'June 2030')}.")],
          "security code then expiry as month-year words")
    b.add("cvv", [A("final thing, the three numbers by the signature"),
                  C(f"{P('CVV', 'nine two six')}. Do you need the name on the card as well?")],
          "value at start of turn")
    b.add("cvv", [C(f"CVV2: {P('CVV', '390')}")], "chat, label with colon")
    b.add("cvv", [A("and the CSC"), C(f"it's {P('CVV', 'four four oh')}, the numbers are a bit faded")],
          "spoken, value mid-utterance")

    # ================================================================ EXPIRY
    b.add("expiry", [C(f"exp {P('EXPIRY', '09/28')}")], "chat, terse")
    b.add("expiry", [A("and when does the card run out"),
                     C(f"expiry {P('EXPIRY', 'oh nine twenty eight')}")], "spoken MM YY")
    b.add("expiry", [A("what's the end date on it"),
                     C(f"it's valid to {P('EXPIRY', 'September 2028')}")], "month name + year")
    b.add("expiry", [A("and the expiry"), C(f"{P('EXPIRY', 'twelve twenty six')}")],
          "bare spoken expiry after prompt")
    b.add("expiry", [C(f"the card expires end of {P('EXPIRY', 'march twenty seven')} so it's still fine")],
          "ASR; 'end of' kept outside")
    b.add("expiry", [A("expiry date please"),
                     C(f"it's {P('EXPIRY', 'oh one slash three oh')}")], "spoken with 'slash'")
    b.add("expiry", [C(f"good thru {P('EXPIRY', '10/29')} it says on the front")],
          "American 'good thru'")
    b.add("expiry", [A("and what's the expiry on that one"),
                     C(f"{P('EXPIRY', '05/2031')}, the start date's worn off")],
          "MM/YYYY at start of turn")
    b.add("expiry", [C(f"expiry date {P('EXPIRY', '07-27')} and the name on it is just initials")],
          "dash separator")
    b.add("expiry", [A("when does it expire"),
                     C(f"um it's the {P('EXPIRY', 'fourth month of twenty eight')} so {P('EXPIRY', 'april twenty eight')}")],
          "customer restates the expiry two ways; both labelled")
    b.add("expiry", [C(f"card ending 4312, expires {P('EXPIRY', 'Feb 2027')}")],
          "last four (not labelled) and expiry")

    # ================================================================ SSN
    b.add("ssn", [A("to verify your identity can I get your social"),
                  C(f"sure it's {P('SSN', '531-22-8047')}")], "dashed")
    b.add("ssn", [C(f"my social security number is {P('SSN', '412 67 3308')}")], "space groups")
    b.add("ssn", [C(f"ssn: {P('SSN', '287419056')}")], "chat, ungrouped")
    b.add("ssn", [A("and the social please"),
                  C(f"{P('SSN', 'six oh three, one eight, two two seven four')}")], "spoken with commas")
    b.add("ssn", [A("I'll just need your social security number for the tax form"),
                  C(f"yeah it's {P('SSN', 'one four five nine oh three three six one')} okay")],
          "spoken run-on, ASR")
    b.add("ssn", [C(f"{P('SSN', '358-02-7719')} is my social, the account's in my name")],
          "at start of utterance")
    b.add("ssn", [A("what's your SSN"),
                  C(f"{P('SSN', '517-36-0428')} oh wait no, {P('SSN', '517-36-0482')}")],
          "self-correction; both labelled")
    b.add("ssn", [A("last bit of verification, social security"),
                  C(f"{P('SSN', 'seven three four dash two eight dash five five six one')}")],
          "spoken with 'dash'")
    b.add("ssn", [C(f"hi, updating my tax info - SS# {P('SSN', '049-73-8815')}, DOB {P('DOB', '02/14/1979')}")],
          "chat: SSN and DOB (US order) in one message")
    b.add("ssn", [A("can you confirm the social on file"),
                  C(f"{P('SSN', 'three oh one five six double four two oh')}")], "spoken with 'double'")
    b.add("ssn", [C(f"social's {P('SSN', '825 11 6037')}")], "contraction before value")
    b.add("ssn", [A("the nine digit social security number please"),
                  C(f"{P('SSN', '662-45-1109')}.")], "prompt contains a count word")

    # ================================================================ NI_NUMBER
    b.add("ni", [A("and your national insurance number"), C(f"{P('NI_NUMBER', 'JG 10 37 92 A')}")],
          "standard spacing")
    b.add("ni", [C(f"my ni number is {P('NI_NUMBER', 'ph847216c')}")], "chat lower case, no spaces")
    b.add("ni", [A("could I take your NI number please"),
                 C(f"yeah it's {P('NI_NUMBER', 'n r five five one oh nine three b')}")],
          "spoken letter by letter")
    b.add("ni", [A("national insurance?"),
                 C(f"{P('NI_NUMBER', 'W K 28 46 10 D')} I think, let me check my payslip")],
          "letters spaced")
    b.add("ni", [C(f"NI: {P('NI_NUMBER', 'ZR730452A')} - can you update it on my claim")], "chat")
    b.add("ni", [A("what's your national insurance"),
                 C(f"it's {P('NI_NUMBER', 's for sugar l for lima six oh one seven three five b')}")],
          "spelled with 'x for word'")
    b.add("ni", [C(f"national insurance number {P('NI_NUMBER', 'MT 390467 C')} and my postcode is {P('POSTCODE', 'LS6 3QF')}")],
          "NI and postcode in one utterance; irregular grouping")
    b.add("ni", [A("for the pension transfer I'll need your NI"),
                 C(f"okay {P('NI_NUMBER', 'e h seventy two eighteen fifty five a')}")],
          "spoken in pairs")
    b.add("ni", [C(f"{P('NI_NUMBER', 'YX-60-29-43-D')} thats my NI no.")], "dashes, value first")
    b.add("ni", [A("can I take your national insurance number"),
                 C(f"{P('NI_NUMBER', 'c e eight one five six oh two')}"),
                 A("and the letter at the end"),
                 C(f"{P('NI_NUMBER', 'b')}")],
          "split: suffix letter given in a later turn after an agent question")
    b.add("ni", [C(f"it's {P('NI_NUMBER', 'LK 25 73 96 A')}, national insurance")], "value before the label")
    b.add("ni", [A("NI number please"),
                 C(f"{P('NI_NUMBER', 't w five four oh eight one seven c')}")], "spoken")

    # ================================================================ BANK_ACCOUNT + SORT_CODE
    b.add("bank", [A("and the account number for the direct debit"), C(f"{P('BANK_ACCOUNT', '73104958')}")],
          "8-digit UK account after prompt")
    b.add("bank", [C(f"sort code {P('SORT_CODE', '20-45-77')} account {P('BANK_ACCOUNT', '20981476')}")],
          "sort code and account together")
    b.add("bank", [A("what's the account you want the refund to go to"),
                   C(f"it's {P('BANK_ACCOUNT', 'five five oh one two eight six three')}")], "spoken")
    b.add("bank", [C(f"acc no. {P('BANK_ACCOUNT', '41736209')} pls send the £15 refund there")],
          "chat with a refund amount")
    b.add("bank", [A("can I take the bank account number please"),
                   C(f"{P('BANK_ACCOUNT', 'nine oh four one, seven seven five two')}")], "spoken in fours")
    b.add("bank", [C(f"my checking account number is {P('BANK_ACCOUNT', '4820019377')}")], "US 10 digits")
    b.add("bank", [A("and the routing and account details"),
                   C(f"account is {P('BANK_ACCOUNT', '000731944826')}, i'll find the other one in a sec")],
          "US 12 digits with leading zeros")
    b.add("bank", [A("the account number"),
                   C(f"{P('BANK_ACCOUNT', 'oh six one eight')}"), A("mm-hm"),
                   C(f"{P('BANK_ACCOUNT', 'three three four seven')}")], "split spoken account number")
    b.add("bank", [C(f"{P('BANK_ACCOUNT', '3159 2260')} is the account number, it's a santander one")],
          "grouped 4-4 at start")
    b.add("bank", [A("eight digit account number please"),
                   C(f"{P('BANK_ACCOUNT', 'double two seven oh one triple nine')}")], "double/triple")
    b.add("bank", [C(f"Please change the payout account to {P('BANK_ACCOUNT', '66120934')}, "
                     f"sort code {P('SORT_CODE', '30 96 34')}.")], "chat, formal")
    b.add("bank", [A("what account is the standing order coming from"),
                   C(f"the joint one, {P('BANK_ACCOUNT', '58 03 41 97')}")], "pairs grouping")

    b.add("sort", [A("and your sort code"), C(f"{P('SORT_CODE', '60-83-71')}")], "dashed")
    b.add("sort", [A("sort code please"), C(f"it's {P('SORT_CODE', 'one one oh two eight five')}")],
          "spoken digits")
    b.add("sort", [C(f"sort code is {P('SORT_CODE', 'seventy seven ninety one twenty four')}")],
          "spoken pairs")
    b.add("sort", [A("what are the six digits of the sort code"),
                   C(f"{P('SORT_CODE', 'oh nine, oh one, twenty eight')} I think")], "pairs with 'oh'")
    b.add("sort", [C(f"s/c {P('SORT_CODE', '834415')} acc {P('BANK_ACCOUNT', '12076638')}")],
          "chat abbreviations, ungrouped")
    b.add("sort", [A("and the bank's sort code"),
                   C(f"{P('SORT_CODE', '56 00 39')}, it's a natwest")], "space groups")
    b.add("sort", [C(f"my sort code's {P('SORT_CODE', 'two three fourteen seventy')} yeah")],
          "mixed digit/pair reading")
    b.add("sort", [A("can you give me the sort code for that account"),
                   C(f"{P('SORT_CODE', 'sixteen fifty two oh eight')}")], "spoken pairs")
    b.add("sort", [C(f"Sort code: {P('SORT_CODE', '40-47-84')}\nAccount number: {P('BANK_ACCOUNT', '91552017')}")],
          "chat, two lines")
    b.add("sort", [A("sort code?"), C(f"{P('SORT_CODE', 'seven two two oh one one')} sorry "
                                     f"{P('SORT_CODE', 'seven two two oh one two')}")],
          "correction; both labelled")
    b.add("sort", [C(f"sort code {P('SORT_CODE', '23.14.70')} account number to follow")],
          "dots as separators")

    # ================================================================ IBAN
    b.add("iban", [A("for an international transfer I'll need the IBAN"),
                   C(f"it's {P('IBAN', g4(ib['gb1']))}")], "GB, grouped fours")
    b.add("iban", [C(f"IBAN {P('IBAN', ib['de'])}")], "DE, ungrouped")
    b.add("iban", [C(f"my iban is {P('IBAN', g4(ib['fr']).lower())} for the refund")], "FR, lower case chat")
    b.add("iban", [A("can you read me the IBAN"),
                   C(f"{P('IBAN', say_iban(ib['nl']))}")], "NL, spoken letter by letter")
    b.add("iban", [A("what's the iban on the irish account"),
                   C(f"okay {P('IBAN', say_iban(ib['ie'], 4, ' '))} got that")],
          "IE, spoken, ASR no punctuation")
    b.add("iban", [C(f"Please refund to {P('IBAN', g4(ib['es']))}. Thanks")], "ES, value then full stop")
    b.add("iban", [C(f"{P('IBAN', ib['it'])} is the italian account")], "IT, value first")
    b.add("iban", [A("and the IBAN please"),
                   C(f"{P('IBAN', say_iban(ib['be'][:8]))}"), A("yep"),
                   C(f"{P('IBAN', say_iban(ib['be'][8:]))}")], "BE, spoken and split across turns")
    b.add("iban", [C(f"iban: {P('IBAN', g4(ib['pl']))}")], "PL, 28 chars")
    b.add("iban", [A("for the SEPA payment could I get the account IBAN"),
                   C(f"{P('IBAN', g4(ib['ch'], '-'))} that's the swiss one")], "CH with dashes")
    b.add("iban", [C(f"pt iban {P('IBAN', g4(ib['pt']))} and BIC to follow")], "PT")
    b.add("iban", [C(f"the iban is {P('IBAN', g4(ib['gb2']))}, sort code {P('SORT_CODE', '20-32-06')}")],
          "GB IBAN and sort code in one utterance")
    b.add("iban", [A("international bank account number?"),
                   C(f"{P('IBAN', ib['dk'].lower())}")], "DK lower ungrouped")
    b.add("iban", [C(f"can u send to {P('IBAN', g4(ib['gb3']))} instead of my card")], "GB, chat")

    # ================================================================ PHONE
    b.add("phone", [A("what's the best number to reach you on"), C(f"{P('PHONE', '07700 900461')}")],
          "UK mobile")
    b.add("phone", [A("and a contact number in case we get cut off"),
                    C(f"yeah it's {P('PHONE', 'oh seven seven double oh nine double oh three eight two')}")],
          "UK mobile spoken with doubles")
    b.add("phone", [C(f"you can call me on {P('PHONE', 'plus four four seven seven double oh nine double oh five one seven')} after six")],
          "spoken +44; 'after six' is a time")
    b.add("phone", [C(f"my number is {P('PHONE', '+44 20 7946 0321')}")], "London, international format")
    b.add("phone", [A("what number are you calling from"),
                    C(f"{P('PHONE', '0161 496 0753')}, it's the landline")], "Manchester landline at start")
    b.add("phone", [C(f"cell is {P('PHONE', '(415) 555-0132')}")], "US with parentheses")
    b.add("phone", [A("can I get a callback number"),
                    C(f"sure {P('PHONE', 'two one two five five five oh one nine nine')}")], "US spoken")
    b.add("phone", [C(f"pls text me on {P('PHONE', '+1 646-555-0178')} when its shipped")], "US chat")
    b.add("phone", [A("and is there a mobile number"),
                    C(f"{P('PHONE', 'oh seven seven oh oh')}"), A("yep"),
                    C(f"{P('PHONE', 'nine oh oh two one four')}")], "split across turns")
    b.add("phone", [C(f"ring me on {P('PHONE', '020 7946 0588')} or {P('PHONE', '07700 900 912')}")],
          "two phone numbers in one utterance")
    b.add("phone", [A("what's the number for the Dublin office"),
                    C(f"{P('PHONE', '+353 85 555 0123')}")], "Irish mobile")
    b.add("phone", [C(f"number's {P('PHONE', '0121 496 0890')} no wait {P('PHONE', '0121 496 0809')}")],
          "correction; both labelled")
    b.add("phone", [A("and your phone number with the area code"),
                    C(f"{P('PHONE', 'three one two, five five five, oh one four four')} that's my cell")],
          "US spoken with commas")
    b.add("phone", [C(f"Contact: {P('PHONE', '+61 491 570 156')} (Australia, so mind the time difference)")],
          "Australian, chat")
    b.add("phone", [A("is that still the best number"),
                    C(f"no it changed, it's {P('PHONE', '07700900733')} now")], "ungrouped mobile")

    # ================================================================ EMAIL
    b.add("email", [A("and what email should the receipt go to"),
                    C(f"{P('EMAIL', 'mary dot jones at hotmail dot co dot uk')}")], "spoken")
    b.add("email", [C(f"my emial is {P('EMAIL', 'jon.smith_84@gmial.com')}")],
          "chat with typos in the lead-in and the domain")
    b.add("email", [A("could I take an email address"),
                    C(f"yeah it's {P('EMAIL', 'j smith eighty four at gmail dot com')}")], "spoken with number")
    b.add("email", [C(f"it's {P('EMAIL', 'tom underscore briggs at yahoo dot com')} all lower case")],
          "spoken underscore")
    b.add("email", [C(f"{P('EMAIL', 'priya.k.patel@outlook.com')} is the one you've got on file")],
          "typed, value first")
    b.add("email", [A("best email for you"),
                    C(f"{P('EMAIL', 'dave dash kerr at btinternet dot com')}, all lower case")],
          "spoken with 'dash'")
    b.add("email", [C(f"Can you send the invoice to {P('EMAIL', 'accounts@hollins-joinery.co.uk')}? Ta")],
          "business address typed, question mark after")
    b.add("email", [A("email address please"),
                    C(f"{P('EMAIL', 'sam two thousand at aol dot com')}")], "spoken with 'two thousand'")
    b.add("email", [C(f"email is {P('EMAIL', 'LIZ_OKAFOR1990@ICLOUD.COM')} and phone is {P('PHONE', '07700 900 224')}")],
          "email (upper case) and phone in one utterance")
    b.add("email", [A("and the email you registered with"),
                    C(f"um {P('EMAIL', 'k dot mcallister at gmail dot com')}, mc like mcdonalds")],
          "spoken, with a clarification after the value")
    b.add("email", [C(f"hiya its {P('EMAIL', 'bexxx_1992@hotmail.co.uk')}")], "chat")
    b.add("email", [A("is your email still on the gmail"),
                    C(f"no I changed it, it's {P('EMAIL', 'r.novak at proton dot me')} now")],
          "spoken, mixed")
    b.add("email", [C(f"{P('EMAIL', 'gareth.w@sky.com')}")], "bare typed email message")
    b.add("email", [A("email?"), C(f"{P('EMAIL', 'olu dot adeyemi at live dot com')} yeah")], "spoken")

    # ================================================================ DOB
    b.add("dob", [A("can I take your date of birth"), C(f"{P('DOB', '14/03/1986')}")], "numeric UK")
    b.add("dob", [A("and to get you through security, date of birth"),
                  C(f"it's the {P('DOB', 'fourteenth of march nineteen eighty six')}")],
          "spoken; 'the' outside")
    b.add("dob", [C(f"I was born on the {P('DOB', '3rd of July 1982')}")], "ordinal with month name")
    b.add("dob", [C(f"d.o.b {P('DOB', '07-11-1990')}")], "chat")
    b.add("dob", [A("what's your birthday"), C(f"{P('DOB', 'June 5th, 1971')}")], "US style")
    b.add("dob", [A("date of birth please"),
                  C(f"{P('DOB', 'oh three oh seven eighty two')}")], "spoken DDMMYY")
    b.add("dob", [C(f"born {P('DOB', '22 Sept 1965')}, and I've been with you since 2003")],
          "DOB and a non-PII year")
    b.add("dob", [A("and the date of birth of the account holder"),
                  C(f"that's my mum, {P('DOB', 'second of february nineteen fifty')}")], "third-party DOB")
    b.add("dob", [C(f"my dob is {P('DOB', '1994-08-30')}")], "ISO format")
    b.add("dob", [A("can you confirm your date of birth for me"),
                  C(f"yeah {P('DOB', 'twenty ninth of the ninth seventy eight')}")], "spoken day/month numbers")
    b.add("dob", [C(f"name's Alan Reid, dob {P('DOB', '12/12/1959')}, postcode {P('POSTCODE', 'BS8 1TH')}")],
          "DOB and postcode together")
    b.add("dob", [A("date of birth"), C(f"{P('DOB', 'first of may two thousand and one')}")],
          "spoken 2000s year")
    b.add("dob", [A("and your birthday"), C(f"{P('DOB', 'eleven four ninety')} sorry {P('DOB', 'eleven five ninety')}")],
          "correction; both labelled")

    # ================================================================ POSTCODE
    b.add("postcode", [A("and your postcode please"), C(f"{P('POSTCODE', 'M14 5QR')}")], "typed")
    b.add("postcode", [A("what's the postcode there"),
                       C(f"it's {P('POSTCODE', 'b s eight one t h')}")], "spoken letters")
    b.add("postcode", [C(f"postcode is {P('POSTCODE', 'g12 8qq')}")], "lower case")
    b.add("postcode", [C(f"{P('POSTCODE', 'CF24 4HQ')} is the postcode for the delivery")], "value first")
    b.add("postcode", [A("can I take your zip code"), C(f"{P('POSTCODE', '94110')}")], "US ZIP")
    b.add("postcode", [C(f"zip {P('POSTCODE', '60614-2231')}")], "ZIP+4 chat")
    b.add("postcode", [A("postcode?"), C(f"{P('POSTCODE', 'e h nine one j l')} in Edinburgh")],
          "spoken, city outside")
    b.add("postcode", [C(f"i live at {P('ADDRESS', '31 Station Road')} {P('POSTCODE', 'NE1 7RU')}")],
          "address then postcode")
    b.add("postcode", [A("what's the post code for the property"),
                       C(f"{P('POSTCODE', 'b fifteen two t t')}")], "spoken teen")
    b.add("postcode", [C(f"the engineer needs to come to {P('POSTCODE', 'OX4 1DJ')} on Tuesday")],
          "postcode with appointment day")
    b.add("postcode", [A("and the zip code on the billing address"),
                       C(f"{P('POSTCODE', 'oh two one three nine')}")], "spoken ZIP with 'oh'")
    b.add("postcode", [C(f"post code {P('POSTCODE', 'BT7 1NN')}, Belfast")], "NI postcode")
    b.add("postcode", [A("postcode"), C(f"{P('POSTCODE', 'se fifteen four q l')}")], "spoken")

    # ================================================================ ADDRESS
    b.add("address", [A("and the first line of the address"), C(f"{P('ADDRESS', '42 Maple Avenue')}")],
          "typed")
    b.add("address", [A("where should we send the replacement"),
                      C(f"{P('ADDRESS', 'twenty two acacia avenue')} same as before")], "spoken number")
    b.add("address", [C(f"I'm at {P('ADDRESS', '1418 Birch Street')}, Apt 3, Portland")],
          "US; apartment and city outside the span")
    b.add("address", [C(f"my address is {P('ADDRESS', 'seven orchard close')} {P('POSTCODE', 'g12 8qq')}")],
          "spoken address + postcode")
    b.add("address", [A("can you confirm the house number and street"),
                      C(f"{P('ADDRESS', '221 Westbourne Road')}")], "typed")
    b.add("address", [C(f"it's {P('ADDRESS', 'thirty-one station road')}, the one by the pub")],
          "hyphenated number word")
    b.add("address", [A("what's the address on the account"),
                      C(f"{P('ADDRESS', '9 Kingfisher Way')}, Reading")], "town outside")
    b.add("address", [C(f"deliver to {P('ADDRESS', '118 Elm Dr')} pls")], "abbreviated street type")
    b.add("address", [A("and the street address"),
                      C(f"{P('ADDRESS', 'ninety four high street')}, it's above the chemist")], "spoken")
    b.add("address", [C(f"we moved to {P('ADDRESS', '6 Church Lane')} in 2021 so the bill is going to the old house")],
          "year after is not PII")
    b.add("address", [A("first line of the billing address please"),
                      C(f"{P('ADDRESS', 'one hundred and five queens crescent')}")], "spoken hundreds")
    b.add("address", [C(f"old address was {P('ADDRESS', '57 Riverside Court')}, new one is "
                        f"{P('ADDRESS', '12 Lime Grove')}")], "two addresses")
    b.add("address", [A("what's the delivery address"),
                      C(f"{P('ADDRESS', '3 Hawthorn Gardens')} {P('POSTCODE', 'CF10 3AT')}")], "with postcode")

    # ================================================================ NEGATIVES
    neg = [
        # prices, refunds, amounts
        ("neg-amount", [C("I was charged £49.99 twice this month")], "price"),
        ("neg-amount", [A("so that's a refund of twenty three pounds fifty going back to you"),
                        C("great thanks")], "spoken refund"),
        ("neg-amount", [C("the bill went up from 32 to 41 pounds without any warning")], "prices"),
        ("neg-amount", [A("your balance is 1,254.80 dollars"), C("that can't be right")], "balance"),
        ("neg-amount", [C("they took one hundred and twelve pounds forty out of my account")],
         "spoken amount, mentions account without a value"),
        ("neg-amount", [A("I can offer you a credit of £15 for the inconvenience")], "credit"),
        ("neg-amount", [C("i paid 2499 for the sofa and its already broken")], "4-digit price"),
        ("neg-amount", [C("the deposit was $350 and I only got $200 back")], "dollars"),
        # times and durations
        ("neg-time", [C("the engineer said he'd be here between 8 and 1 and it's now 2:45")], "times"),
        ("neg-time", [C("I've been on hold for forty five minutes")], "duration"),
        ("neg-time", [A("our lines are open 8am to 8pm Monday to Friday")], "opening hours"),
        ("neg-time", [C("it dropped out at about half past three and again at 17:20")], "times"),
        ("neg-time", [A("it can take three to five working days to show on your statement")], "durations"),
        ("neg-time", [C("been waiting since 9 this morning honestly")], "time"),
        ("neg-time", [A("the call back is booked for 14:30 tomorrow")], "time"),
        # counts
        ("neg-count", [C("I've called six times about this and nobody has rung me back")], "count"),
        ("neg-count", [C("there are 4 of us on the family plan")], "count"),
        ("neg-count", [A("you've got 3 devices registered on the account")], "count"),
        ("neg-count", [C("we ordered 12 chairs and 11 turned up")], "counts"),
        ("neg-count", [C("it's about two hundred and fifty emails a day that go to spam")],
         "spoken count; mentions emails without an address"),
        # years
        ("neg-year", [C("I've been a customer since 2009")], "year"),
        ("neg-year", [C("the boiler was installed in twenty nineteen")], "spoken year"),
        ("neg-year", [A("that tariff was discontinued in 2022")], "year"),
        ("neg-year", [C("it's a 2017 model, the car")], "model year"),
        # order / ticket / reference numbers
        ("neg-ref", [A("can I take the order number"), C("yeah it's 7731945")], "7-digit order number"),
        ("neg-ref", [C("my ticket ref is 58213")], "5-digit ticket"),
        ("neg-ref", [A("your reference for today's call is AB39216")], "alnum reference"),
        ("neg-ref", [C("order number four eight two one three nine")], "spoken 6-digit order number"),
        ("neg-ref", [C("complaint ref CMP-40671, I raised it last week")], "complaint reference"),
        ("neg-ref", [A("I've opened case 650284 for you")], "case number"),
        ("neg-ref", [C("the parcel tracking says JD7719XQ")], "tracking code"),
        ("neg-ref", [C("invoice INV2283 is wrong")], "invoice number"),
        ("neg-ref", [A("quote reference ninety one forty four seven if you ring back")],
         "spoken 5-digit reference"),
        # percentages
        ("neg-pct", [A("that's a 15 percent discount for 12 months")], "percentage + duration"),
        ("neg-pct", [C("the battery goes from 100% to 20% in an hour")], "percentages"),
        ("neg-pct", [A("the price rise is three point nine percent plus inflation")], "spoken percentage"),
        # model / version numbers
        ("neg-model", [C("it's the TG589 router, the white one")], "router model"),
        ("neg-model", [C("I've got an iPhone 14 Pro")], "phone model (not a phone number)"),
        ("neg-model", [A("can you check the software version, it should say 4.2.17")], "version"),
        ("neg-model", [C("it says firmware v2.0.113 build 7781")], "firmware build"),
        ("neg-model", [C("the model number on the back is WM-8420XL")], "appliance model"),
        ("neg-model", [C("the telly is a 55 inch, model KD55X80L")], "tv model"),
        ("neg-model", [A("update the app to version twelve point three")], "spoken version"),
        # dates that are not DOB / expiry
        ("neg-date", [A("your delivery is booked for the 14th of June")], "delivery date"),
        ("neg-date", [C("the appointment is on Tuesday the 3rd of March at 2:30")], "appointment"),
        ("neg-date", [C("I ordered it on 12/04/2024 and it still hasn't come")], "order date, numeric"),
        ("neg-date", [A("the contract ends on the thirty first of august twenty twenty five")],
         "contract end date, spoken"),
        ("neg-date", [C("it was my daughter's birthday present so we need it by Saturday")],
         "mentions birthday but no date of birth"),
        ("neg-date", [A("your next bill is due on the 28th")], "bill date"),
        ("neg-date", [C("I moved in on the 1st of September 2023")], "move-in date"),
        ("neg-date", [C("the payment went out on 03/05 instead of 01/05")], "payment dates (DD/MM)"),
        ("neg-date", [A("the offer expires on the 30th of November")],
         "offer expiry date, not a card expiry"),
        # speeds, data, allowances
        ("neg-data", [C("I'm paying for 67 meg and getting 4 at best")], "speeds"),
        ("neg-data", [A("you're on twenty gigabytes a month with unlimited minutes")], "data allowance"),
        ("neg-data", [C("used 18.6GB already and it's only the 10th")], "data usage"),
        ("neg-data", [A("the upgrade gets you 900 megabits down and 110 up")], "speeds"),
        ("neg-data", [C("it was streaming at 1080p then dropped to 480")], "resolution"),
        # room / flight / seat / step / misc numbers
        ("neg-misc", [C("I'm in room 214 and the wifi isn't working")], "room number"),
        ("neg-misc", [C("my flight is BA 287 and it got cancelled")], "flight number"),
        ("neg-misc", [A("go to step 3 and then press and hold for 10 seconds")], "step number"),
        ("neg-misc", [C("seat 23C was double booked")], "seat"),
        ("neg-misc", [A("press 2 for billing or 3 for technical support")], "ivr options"),
        ("neg-misc", [C("the M25 was shut so the driver never made it past junction 14")],
         "road / junction, looks a bit like a postcode outward code"),
        ("neg-misc", [C("it's a size 12 and I need a 10")], "clothing sizes"),
        ("neg-misc", [A("the error code is E404 on the display")], "error code"),
        ("neg-misc", [C("platform 9 at 10:15, the train")], "platform and time"),
        ("neg-misc", [C("our house is number 5 on the estate plan, plot 17")],
         "house/plot numbers with no street name"),
        ("neg-misc", [A("it's about 3 miles from the A38 junction")], "distance and road"),
        # last-four mentions (allowed to remain)
        ("neg-last4", [A("is that the card ending in 4242"), C("yes that's the one")], "last four"),
        ("neg-last4", [C("it's the one ending eight eight one two")], "spoken last four"),
        ("neg-last4", [A("I can see a mastercard ending 0917 on the account")], "last four"),
        ("neg-last4", [C("the payment came off my visa, last four 3306")], "last four"),
        ("neg-last4", [A("just to confirm, the account ending six two one")], "last three of account"),
        # field mentioned with no value
        ("neg-field", [A("I'll need your card number to take the payment")], "field mention"),
        ("neg-field", [A("can you confirm your postcode for me"), C("hang on let me find a letter")],
         "prompt, no value"),
        ("neg-field", [C("I don't have my sort code to hand, can I call back")], "no value"),
        ("neg-field", [C("my email has changed, how do I update it")], "no value"),
        ("neg-field", [A("what's the best number to reach you on"), C("this one's fine")],
         "phone prompt, deictic answer"),
        ("neg-field", [C("the security code on the back has rubbed off")], "no value"),
        ("neg-field", [C("my card expired last month and the new one hasn't come")],
         "expiry mention without value"),
        ("neg-field", [A("we never ask for your full PIN or password over the phone")], "no value"),
        ("neg-field", [C("do you need my national insurance number or just my date of birth")],
         "two field names, no values"),
        ("neg-field", [A("I'll send a link to the email address we have on file")], "no value"),
        ("neg-field", [C("why do you need my social security number for a phone contract")], "no value"),
        ("neg-field", [A("please have your IBAN and BIC ready when we call")], "no value"),
        ("neg-field", [C("same address as before, nothing's changed")], "no value"),
        ("neg-field", [C("i typed the card number in three times and it keeps failing")],
         "field + count"),
        # mixed numeric chatter
        ("neg-mixed", [C("2 adults 1 child, the 7:40 from Leeds, coach C, and it cost 86 quid")],
         "many small numbers"),
        ("neg-mixed", [A("so that's 24 months at 29.99 with the first 3 months half price")],
         "contract terms"),
        ("neg-mixed", [C("I rang on the 5th, the 9th and the 12th, reference 55031 each time")],
         "dates and a reference"),
        ("neg-mixed", [C("the label on the box says 2 of 4 and there's 3 boxes missing")], "counts"),
        ("neg-mixed", [A("hold on, I'm just on page 4 of 7 of the terms")], "page numbers"),
        ("neg-mixed", [C("we've been at 17 degrees all week because the heating's broken")],
         "temperature"),
        ("neg-mixed", [A("I've put a refund of 19.99 back on the card ending 5521, allow 3 to 5 days"),
                       C("brilliant, cheers")], "refund + last four + duration"),
        ("neg-mixed", [C("my order number is ORD-88412603 and the slot was 12 till 2 on the 9th")],
         "8-digit order number with a time slot and a date"),
        ("neg-mixed", [A("can I take the card number"), C("oh hang on, it's in the car, can you hold 2 minutes")],
         "card prompt answered with a duration, no value"),
        ("neg-mixed", [C("flight EZY8427 lands at 21:05 so I can't do the 7pm appointment")],
         "flight number, times"),
    ]
    for group, turns, note in neg:
        b.add(group, turns, note)
    return b.cases


# --------------------------------------------------------------------------- checks

UK_POSTCODE_RE = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$")
ZIP_RE = re.compile(r"^\d{5}(\d{4})?$")
NI_RE = re.compile(r"^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$")
NI_BANNED = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}
MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
STREET_TYPES = {"street", "st", "road", "rd", "avenue", "ave", "lane", "ln", "close", "drive", "dr",
                "way", "crescent", "place", "court", "grove", "terrace", "gardens", "boulevard",
                "blvd", "mews", "row", "hill", "parade", "square"}
NUMBER_WORDS = set(UNIT_WORDS) | set(TEEN_WORDS) | set(TENS_WORDS.values()) | {"hundred", "a"}


def _word_digits(s: str) -> str | None:
    return spoken_to_chars(s)


def _letters(s: str) -> str | None:
    toks = re.findall(r"[A-Za-z]+|\d+", s)
    out: list[str] = []
    i = 0
    mult = 1
    while i < len(toks):
        t = toks[i]
        lt = t.lower()
        i += 1
        if lt.isdigit():
            out.append(lt)
        elif lt in ("double", "triple"):
            mult = 2 if lt == "double" else 3
        elif lt in UNITS and lt != "o":
            out.append(UNITS[lt] * mult)
            mult = 1
        elif lt in TEENS:
            out.append(TEENS[lt])
        elif lt in TENS:
            nxt = toks[i].lower() if i < len(toks) else ""
            if nxt in UNITS and nxt not in ("zero", "oh", "nought", "nil", "o"):
                out.append(TENS[lt] + UNITS[nxt])
                i += 1
            else:
                out.append(TENS[lt] + "0")
        elif lt in FILLERS:
            continue
        elif lt == "for" and out and i < len(toks):
            i += 1
        elif len(lt) == 1:
            out.append(lt.upper() * mult)
            mult = 1
        elif re.fullmatch(r"[a-z]*\d*[a-z]*\d*[a-z]*", lt) and (len(lt) <= 4 or t.isupper()):
            out.append(t.upper())       # typed chunk such as "NWBK", "gb29", "SW1A"
        else:
            return None
    return "".join(out)


def check_value(typ: str, value: str) -> str | None:
    """Return an error message, or None when the value looks like a valid instance of ``typ``."""
    low = value.lower()
    if typ in ("CVV", "SSN", "SORT_CODE", "BANK_ACCOUNT", "PHONE", "CARD_NUMBER"):
        d = _word_digits(value)
        if d is None or not d.isdigit():
            return f"cannot read digits from {value!r}"
        if typ == "CVV" and not 3 <= len(d) <= 4:
            return f"CVV has {len(d)} digits"
        if typ == "SSN":
            if len(d) != 9:
                return f"SSN has {len(d)} digits"
            if d[:3] in ("000", "666") or d[0] == "9" or d[3:5] == "00" or d[5:] == "0000":
                return "SSN not in a valid format range"
        if typ == "SORT_CODE" and len(d) != 6:
            return f"sort code has {len(d)} digits"
        if typ == "BANK_ACCOUNT" and not 6 <= len(d) <= 17:
            return f"account has {len(d)} digits"
        if typ == "PHONE" and not 10 <= len(d) <= 13:
            return f"phone has {len(d)} digits"
        return None
    if typ == "IBAN":
        chars = _letters(value)
        if chars is None or not iban_ok(chars):
            return f"IBAN fails checksum/length: {value!r} -> {chars!r}"
        return None
    if typ == "NI_NUMBER":
        chars = _letters(value) or ""
        if not NI_RE.match(chars) or chars[:2] in NI_BANNED:
            return f"NI number not valid: {chars!r}"
        return None
    if typ == "POSTCODE":
        chars = _letters(value) or ""
        if not (UK_POSTCODE_RE.match(chars) or ZIP_RE.match(chars)):
            return f"postcode/ZIP not valid: {chars!r}"
        return None
    if typ == "EMAIL":
        if re.fullmatch(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}", value):
            return None
        if " at " in low and " dot " in low:
            return None
        return f"not an email: {value!r}"
    if typ in ("DOB", "EXPIRY"):
        if re.search(r"\d", value) or any(m in low for m in MONTHS) or \
                any(w in NUMBER_WORDS for w in re.findall(r"[a-z]+", low)):
            return None
        return f"no date content in {value!r}"
    if typ == "ADDRESS":
        words = re.findall(r"[A-Za-z]+|\d+", low)
        if not words or not (words[0].isdigit() or words[0] in NUMBER_WORDS):
            return f"address has no house number: {value!r}"
        if words[-1] not in STREET_TYPES:
            return f"address has no street type: {value!r}"
        return None
    return f"unknown type {typ}"


def value_groups(case: dict, typ: str) -> list[list[dict]]:
    """Spans of one type, grouped into values: a span in a later turn continues the current value
    (a split value); a second span in the same turn starts a new value."""
    spans = sorted((s for s in case["spans"] if s["type"] == typ), key=lambda s: (s["turn"], s["start"]))
    out: list[list[dict]] = []
    for s in spans:
        if out and out[-1][-1]["turn"] < s["turn"]:
            out[-1].append(s)
        else:
            out.append([s])
    return out


def check_cases(cases: list[dict]) -> list[str]:
    errors: list[str] = []
    ids = Counter(c["id"] for c in cases)
    errors += [f"duplicate id {i}" for i, n in ids.items() if n > 1]
    for c in cases:
        cid = c["id"]
        if set(c) != {"id", "kind", "turns", "spans", "note"}:
            errors.append(f"{cid}: unexpected keys {sorted(c)}")
        if c["kind"] not in ("positive", "negative"):
            errors.append(f"{cid}: bad kind")
        if (c["kind"] == "negative") != (not c["spans"]):
            errors.append(f"{cid}: kind/spans mismatch")
        for t in c["turns"]:
            if t["speaker"] not in ("customer", "agent") or not t["text"]:
                errors.append(f"{cid}: bad turn {t}")
        per_turn: dict[int, list[tuple[int, int]]] = {}
        for s in c["spans"]:
            if s["type"] not in TYPES:
                errors.append(f"{cid}: bad type {s['type']}")
                continue
            if not 0 <= s["turn"] < len(c["turns"]):
                errors.append(f"{cid}: span turn out of range")
                continue
            text = c["turns"][s["turn"]]["text"]
            if not (0 <= s["start"] < s["end"] <= len(text)):
                errors.append(f"{cid}: bad offsets {s}")
                continue
            val = text[s["start"]:s["end"]]
            if val != val.strip() or val[0] in ".,;:!?" or val[-1] in ".,;:!?":
                errors.append(f"{cid}: span has edge whitespace/punctuation {val!r}")
            if re.match(r"(the|my)\s", val, re.I):
                errors.append(f"{cid}: span starts with a determiner {val!r}")
            # span must not cut a word in half
            if s["start"] > 0 and text[s["start"] - 1].isalnum() or \
                    s["end"] < len(text) and text[s["end"]].isalnum():
                errors.append(f"{cid}: span cuts a word {val!r} in {text!r}")
            per_turn.setdefault(s["turn"], []).append((s["start"], s["end"]))
        for ranges in per_turn.values():
            ranges.sort()
            for (a0, a1), (b0, _) in zip(ranges, ranges[1:]):
                if b0 < a1:
                    errors.append(f"{cid}: overlapping spans")
        for typ in TYPES:
            for grp_ in value_groups(c, typ):
                joined = " ".join(c["turns"][s["turn"]]["text"][s["start"]:s["end"]] for s in grp_)
                if typ == "NI_NUMBER" or typ == "IBAN":
                    err = check_value(typ, joined)
                elif typ == "CARD_NUMBER":
                    d = _word_digits(joined)
                    if d is None or not d.isdigit():
                        err = f"cannot read card digits from {joined!r}"
                    elif not 13 <= len(d) <= 19:
                        err = f"card has {len(d)} digits: {joined!r}"
                    elif not luhn_ok(d):
                        err = f"card fails Luhn: {d}"
                    else:
                        err = None
                    if len(grp_) > 1 and any(c["turns"][s["turn"]]["speaker"] != "customer" for s in grp_):
                        err = "split card piece outside a customer turn"
                else:
                    err = check_value(typ, joined)
                if err:
                    errors.append(f"{cid}: {typ}: {err}")
        if c["kind"] == "negative":
            # a negative must not contain a long digit run (typed) that could be a real identifier
            for t in c["turns"]:
                for run in re.findall(r"\d[\d \-]{7,}\d", t["text"]):
                    digits = re.sub(r"\D", "", run)
                    if len(digits) >= 9:
                        errors.append(f"{cid}: negative has a long digit run {run!r}")
    return errors


MINIMUMS = {"CARD_NUMBER": 20} | {t: 10 for t in TYPES if t != "CARD_NUMBER"}


def summary(cases: list[dict]) -> dict:
    kinds = Counter(c["kind"] for c in cases)
    span_types: Counter[str] = Counter()
    case_types: Counter[str] = Counter()
    for c in cases:
        for typ in TYPES:
            g = value_groups(c, typ)
            if g:
                span_types[typ] += len(g)
                case_types[typ] += 1
    card_cases = [c for c in cases if any(s["type"] == "CARD_NUMBER" for s in c["spans"])]
    split = sum(1 for c in card_cases if len({s["turn"] for s in c["spans"] if s["type"] == "CARD_NUMBER"}) > 1)
    spoken = sum(1 for c in card_cases if any(
        re.search(r"[a-z]{3}", c["turns"][s["turn"]]["text"][s["start"]:s["end"]])
        and re.search(r"\b(one|two|three|four|five|six|seven|eight|nine|oh|zero)\b",
                      c["turns"][s["turn"]]["text"][s["start"]:s["end"]])
        for s in c["spans"] if s["type"] == "CARD_NUMBER"))
    negs = Counter(c["id"].split("-")[1] for c in cases if c["kind"] == "negative")
    return {"kinds": dict(kinds), "cases_with_type": dict(case_types), "values_per_type": dict(span_types),
            "spans": sum(len(c["spans"]) for c in cases), "card_spoken_cases": spoken,
            "card_split_cases": split, "negatives_by_category": dict(negs)}


def check_minimums(s: dict) -> list[str]:
    errs = []
    if s["kinds"].get("positive", 0) < 150:
        errs.append("fewer than 150 positives")
    if s["kinds"].get("negative", 0) < 80:
        errs.append("fewer than 80 negatives")
    for t, n in MINIMUMS.items():
        if s["cases_with_type"].get(t, 0) < n:
            errs.append(f"{t}: only {s['cases_with_type'].get(t, 0)} cases (< {n})")
    if s["card_spoken_cases"] < 6:
        errs.append("fewer than 6 spoken cards")
    if s["card_split_cases"] < 3:
        errs.append("fewer than 3 split cards")
    return errs


def dump(cases: list[dict]) -> str:
    return "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cases)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    ap.add_argument("--check", action="store_true", help="validate the file at --out instead of writing")
    args = ap.parse_args(argv)

    if args.check:
        text = args.out.read_text(encoding="utf-8")
        cases = [json.loads(line) for line in text.splitlines() if line.strip()]
        errors = check_cases(cases)
        s = summary(cases)
        errors += check_minimums(s)
        fresh = dump(build())
        if fresh != text:
            errors.append(f"{args.out} is not what the generator produces now (re-run without --check)")
        print(json.dumps(s, indent=2))
        for e in errors:
            print("ERROR:", e, file=sys.stderr)
        print(f"{len(cases)} cases, {len(errors)} problem(s)")
        return 1 if errors else 0

    cases = build()
    errors = check_cases(cases)
    s = summary(cases)
    errors += check_minimums(s)
    for e in errors:
        print("ERROR:", e, file=sys.stderr)
    if errors:
        return 1
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(dump(cases), encoding="utf-8")
    print(json.dumps(s, indent=2))
    print(f"wrote {len(cases)} cases to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

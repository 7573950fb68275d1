#!/usr/bin/env python3
"""Generate the labelled PII evaluation set for the redaction stage.

Writes ``tests/fixtures/pii/cases.jsonl`` (one JSON object per line)::

    {"id": "card-003", "kind": "positive", "turns": [{"speaker": "customer", "text": "..."}],
     "spans": [{"turn": 0, "start": 12, "end": 40, "type": "CARD_NUMBER"}], "note": "..."}

* ``kind`` is ``positive`` (at least one span) or ``negative`` (``spans == []``: nothing in
  the text may be redacted).
* ``spans`` are character offsets (``text[start:end]``) into ``turns[turn].text`` and cover
  exactly the PII value as written.  A value split over several turns (a card number read
  out in chunks) has one span per piece, all of the same type, in turn order.
* Entity types: see ``TYPES``.

How it is built (deterministic: one ``random.Random(SEED)``, fixed template order):

1. Positives: per entity type a list of templates (``TEMPLATES``).  A template is one or
   more turns separated by `` || `` (``A:`` agent, ``C:`` customer, default customer);
   ``{TYPE}`` / ``{TYPE:variant}`` is a PII slot filled by a value generator
   (``GENERATORS``) in the template's style: ``chat`` (typed, digits, punctuation) or
   ``asr`` (lowercase telephone ASR output, numbers spelled out, few commas).  A type
   repeated in one template (``{CARD_NUMBER}`` in three turns) is one value split in pieces.
2. Negatives: templates per category (``NEG_TEMPLATES``) with non-PII slots:
   ``{money_c}`` (``NEG_FILL`` generators) or inline alternatives ``{a|b|c}``.
3. Hand-written tricky cases (``HAND_CASES``) in a markup: ``[[TYPE:value]]``.

Synthetic values only: card numbers use test-card prefixes (4111 11, 4242 42, 5555 55 ...)
with a Luhn check digit, phone numbers come from the Ofcom drama ranges and US 555-01xx,
IBANs get a valid ISO 7064 mod-97 checksum.

Usage::

    python scripts/make_pii_cases.py            # (re)write the file and print counts
    python scripts/make_pii_cases.py --check    # validate the file; exit 1 on problems
    python scripts/make_pii_cases.py --stats    # print the Markdown count tables (README)
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "tests" / "fixtures" / "pii" / "cases.jsonl"
README = OUT.parent / "README.md"
SEED = 20240917
TYPES = ("CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE",
         "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS")
ID_PREFIX = {"CARD_NUMBER": "card", "CVV": "cvv", "EXPIRY": "expiry", "SSN": "ssn",
             "NI_NUMBER": "ni", "BANK_ACCOUNT": "bank", "SORT_CODE": "sortcode", "IBAN": "iban",
             "PHONE": "phone", "EMAIL": "email", "DOB": "dob", "POSTCODE": "postcode",
             "ADDRESS": "address"}
MIN_POSITIVES = {t: 10 for t in TYPES} | {"CARD_NUMBER": 25, "PHONE": 15, "EMAIL": 15}
SPLITTABLE = ("CARD_NUMBER", "PHONE")

# --------------------------------------------------------------------------- number words

UNITS = "zero one two three four five six seven eight nine".split()
TEENS = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
ORDINALS = ("first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
            "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth").split()
MONTHS = ("January February March April May June July August September October November "
          "December").split()


def num_words(n: int) -> str:
    """British English words for 0 <= n < 1,000,000 ("two hundred and fifty")."""
    if n < 10:
        return UNITS[n]
    if n < 20:
        return TEENS[n - 10]
    if n < 100:
        tens, unit = divmod(n, 10)
        return TENS[tens] + (f" {UNITS[unit]}" if unit else "")
    if n < 1000:
        hundreds, rest = divmod(n, 100)
        return f"{UNITS[hundreds]} hundred" + (f" and {num_words(rest)}" if rest else "")
    thousands, rest = divmod(n, 1000)
    head = f"{num_words(thousands)} thousand"
    if not rest:
        return head
    return head + (" and " if rest < 100 else " ") + num_words(rest)


def pair_words(n: int) -> str:
    """Two digits as said in a number read out in pairs: 5 -> "oh five", 0 -> "double oh"."""
    if n == 0:
        return "double oh"
    return f"oh {UNITS[n]}" if n < 10 else num_words(n)


def year_words(year: int) -> str:
    """1985 -> "nineteen eighty five", 2005 -> "two thousand and five", 2027 -> "twenty twenty seven"."""
    if 2000 <= year < 2010:
        return "two thousand" + (f" and {UNITS[year - 2000]}" if year > 2000 else "")
    high, low = divmod(year, 100)
    if low == 0:
        return f"{num_words(high)} hundred"
    return f"{num_words(high)} {pair_words(low)}"


def ordinal_words(n: int) -> str:
    """1 -> "first", 21 -> "twenty first", 30 -> "thirtieth"."""
    if n < 20:
        return ORDINALS[n - 1]
    tens, unit = divmod(n, 10)
    if unit == 0:
        return TENS[tens][:-1] + "ieth"
    return f"{TENS[tens]} {ORDINALS[unit - 1]}"


def ordinal_suffix(n: int) -> str:
    if n % 100 in (11, 12, 13):
        return f"{n}th"
    return f"{n}" + {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def say_digits(rng: random.Random, digits: str, zero: str = "oh", repeats: bool = True) -> str:
    """Digit-by-digit speech; runs may become "double X" / "triple X" when ``repeats``."""
    words: list[str] = []
    i = 0
    while i < len(digits):
        run = 1
        while i + run < len(digits) and digits[i + run] == digits[i]:
            run += 1
        word = zero if digits[i] == "0" else UNITS[int(digits[i])]
        if repeats and run >= 3 and rng.random() < 0.4:
            words += ["triple", word]
            i += 3
        elif repeats and run >= 2 and rng.random() < 0.6:
            words += ["double", word]
            i += 2
        else:
            words.append(word)
            i += 1
    return " ".join(words)


def spell(rng: random.Random, chars: str, zero: str = "oh") -> str:
    """Letters and digits read one by one, lowercase: "SW1A" -> "s w one a"."""
    return " ".join(c.lower() if c.isalpha() else say_digits(rng, c, zero, False) for c in chars)


def house_number_words(rng: random.Random, n: int) -> str:
    """42 -> "forty two"; 221 -> "two two one" or "two twenty one"; 1600 -> "sixteen hundred"."""
    if n < 100:
        return num_words(n)
    if n < 1000:
        hundreds, rest = divmod(n, 100)
        if rest == 0:
            return num_words(n)
        if rng.random() < 0.5:
            return say_digits(rng, str(n), "oh", False)
        return f"{UNITS[hundreds]} {pair_words(rest)}"
    high, rest = divmod(n, 100)
    return f"{num_words(high)} hundred" if rest == 0 else f"{num_words(high)} {pair_words(rest)}"


# --------------------------------------------------------------------------- checksums


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        n = int(ch)
        if i % 2:
            n = n * 2 - 9 if n > 4 else n * 2
        total += n
    return total % 10 == 0


def luhn_complete(body: str) -> str:
    """Append the Luhn check digit to ``body``."""
    return next(body + c for c in "0123456789" if luhn_ok(body + c))


def iban_remainder(iban: str) -> int:
    rearranged = iban[4:] + iban[:4]
    return int("".join(str(int(c, 36)) for c in rearranged)) % 97


def iban_ok(iban: str) -> bool:
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{11,30}", iban):
        return False
    return IBAN_LENGTHS.get(iban[:2]) == len(iban) and iban_remainder(iban) == 1


def make_iban(country: str, bban: str) -> str:
    check = 98 - iban_remainder(country + "00" + bban)
    return f"{country}{check:02d}{bban}"


# --------------------------------------------------------------------------- value generators

Value = tuple[str, str, str]  # (lead-in outside the span, value as written, note)
Span = dict[str, Any]  # {"turn", "start", "end", "type"}
CaseJson = dict[str, Any]  # one parsed line of the JSONL file
Option = tuple[str, str]  # (text, note)

CARD_BRANDS: tuple[tuple[str, str, int], ...] = (
    ("visa", "411111", 16), ("visa", "424242", 16), ("visa", "400005", 16),
    ("visa 13-digit", "422222", 13), ("mastercard", "555555", 16), ("mastercard", "510510", 16),
    ("mastercard 2-series", "222300", 16), ("amex", "378282", 15), ("amex", "371449", 15),
    ("discover", "601111", 16), ("maestro 19-digit", "675964", 19))
CARD_GROUPS = {13: (4, 4, 5), 14: (4, 6, 4), 15: (4, 6, 5), 16: (4, 4, 4, 4), 19: (4, 4, 4, 4, 3)}


def pick(rng: random.Random, options: list[Option]) -> Option:
    return options[rng.randrange(len(options))]


def make_card(rng: random.Random, splittable: bool = False) -> tuple[str, str]:
    brands = [b for b in CARD_BRANDS if not splittable or b[2] in (15, 16)]
    brand, prefix, length = brands[rng.randrange(len(brands))]
    body = prefix + "".join(rng.choice("0123456789") for _ in range(length - len(prefix) - 1))
    return luhn_complete(body), brand


def group_digits(number: str) -> list[str]:
    groups, pos = [], 0
    for size in CARD_GROUPS[len(number)]:
        groups.append(number[pos:pos + size])
        pos += size
    return groups


def speak_groups(rng: random.Random, groups: list[str], zero: str) -> str:
    sep = ", " if rng.random() < 0.35 else " "
    return sep.join(say_digits(rng, g, zero) for g in groups)


def spoken_note(text: str) -> str:
    parts = ["spoken digits"]
    if "double" in text or "triple" in text:
        parts.append("with double/triple")
    if re.search(r"\boh\b", text):
        parts.append("'oh' for zero")
    return " ".join(parts)


def gen_card(rng: random.Random, style: str, variant: str) -> Value:
    number, brand = make_card(rng)
    groups = group_digits(number)
    zero = rng.choice(["oh", "oh", "zero"])
    if variant == "mixed":
        as_words = [rng.random() < 0.5 for _ in groups]
        if all(as_words) or not any(as_words):  # at least one group of each kind
            as_words[rng.randrange(len(groups))] = not as_words[0]
        text = " ".join(say_digits(rng, g, zero) if w else g for g, w in zip(groups, as_words, strict=True))
        return "", text, f"{brand}, digits and words mixed"
    if style == "asr":
        text = speak_groups(rng, groups, zero)
        return "", text, f"{brand}, {spoken_note(text)}"
    sep, note = pick(rng, [(" ", "groups with spaces"), ("-", "groups with hyphens"),
                           ("", "no separators")])
    return "", sep.join(groups), f"{brand}, {note}"


def gen_card_pieces(rng: random.Random, style: str, n: int) -> list[Value]:
    """One 15/16-digit card split in ``n`` pieces at group boundaries (every prefix < 13 digits)."""
    number, brand = make_card(rng, splittable=True)
    groups = group_digits(number)
    if n == 2:
        cuts = [0, len(groups) // 2, len(groups)]
    else:
        middle = rng.choice([1, 2]) if len(groups) == 4 else 1
        cuts = [0, 1, 1 + middle, len(groups)] if len(groups) == 4 else [0, 1, 2, 3]
    zero = rng.choice(["oh", "zero"])
    pieces: list[Value] = []
    for a, b in itertools.pairwise(cuts):
        chunk = groups[a:b]
        text = speak_groups(rng, chunk, zero) if style == "asr" else " ".join(chunk)
        pieces.append(("", text, f"{brand}, split in {n} pieces"))
    return pieces


def gen_cvv(rng: random.Random, style: str, variant: str) -> Value:
    size = 4 if variant == "amex" else 3
    digits = "".join(rng.choice("0123456789") for _ in range(size))
    if style == "chat":
        return "", digits, f"{size} digits"
    options = [(say_digits(rng, digits, rng.choice(["oh", "zero"]), False), "spoken digits")]
    if size == 3 and digits[0] != "0" and digits[1] != "0":
        options.append((f"{UNITS[int(digits[0])]} {pair_words(int(digits[1:]))}",
                        "spoken as digit + pair"))
    if size == 4 and digits[0] != "0" and digits[2] != "0":
        options.append((f"{pair_words(int(digits[:2]))} {pair_words(int(digits[2:]))}",
                        "spoken in pairs"))
    text, note = pick(rng, options)
    return "", text, note


def gen_expiry(rng: random.Random, style: str, variant: str) -> Value:
    month, year = rng.randint(1, 12), rng.randint(2025, 2031)
    yy, name = year % 100, MONTHS[month - 1]
    if style == "chat":
        text, note = pick(rng, [(f"{month:02d}/{yy:02d}", "mm/yy"), (f"{month}/{yy:02d}", "m/yy"),
                                (f"{month:02d}/{year}", "mm/yyyy"), (f"{name[:3]} {year}", "Mon yyyy"),
                                (f"{name} {year}", "Month yyyy"), (f"{month:02d}-{yy:02d}", "mm-yy")])
        return "", text, note
    mm = pair_words(month) if month < 10 else num_words(month)
    text, note = pick(rng, [(f"{mm} {pair_words(yy)}", "spoken mm yy"),
                            (f"{mm} slash {pair_words(yy)}", "spoken mm slash yy"),
                            (f"{name.lower()} {year_words(year)}", "month name + year"),
                            (f"{name.lower()} {pair_words(yy)}", "month name + yy"),
                            (f"{num_words(month)} {pair_words(yy)}", "spoken m yy")])
    return "", text, note


def gen_dob(rng: random.Random, style: str, variant: str) -> Value:
    year, month, day = rng.randint(1940, 2004), rng.randint(1, 12), rng.randint(1, 28)
    name, yy = MONTHS[month - 1], year % 100
    if style == "chat":
        text, note = pick(rng, [
            (f"{day} {name} {year}", "d Month yyyy"), (f"{day:02d}/{month:02d}/{year}", "dd/mm/yyyy"),
            (f"{day:02d}.{month:02d}.{year}", "dd.mm.yyyy"), (f"{year}-{month:02d}-{day:02d}", "ISO"),
            (f"{ordinal_suffix(day)} {name} {year}", "ordinal day"),
            (f"{name} {day}, {year}", "US month-first"), (f"{day}/{month}/{yy:02d}", "d/m/yy")])
        return "", text, note
    lead = "the " if rng.random() < 0.4 else ""
    text, note = pick(rng, [
        (f"{ordinal_words(day)} of {name.lower()} {year_words(year)}", "ordinal of month year"),
        (f"{name.lower()} the {ordinal_words(day)} {year_words(year)}", "month the ordinal year"),
        (f"{num_words(day)} {name.lower()} {pair_words(yy)}", "day month yy"),
        (say_digits(rng, f"{day:02d}{month:02d}{yy:02d}", "oh", False), "ddmmyy digit by digit"),
        (f"{pair_words(day)} {pair_words(month)} {pair_words(yy)}", "dd mm yy in pairs"),
        (f"{ordinal_words(day)} of the {ordinal_words(month)} {pair_words(yy)}", "ordinal of the nth")])
    return (lead if note.startswith("ordinal of") else ""), text, note


def gen_ssn(rng: random.Random, style: str, variant: str) -> Value:
    area = rng.choice([n for n in range(1, 900) if n != 666])
    group, serial = rng.randint(1, 99), rng.randint(1, 9999)
    digits = f"{area:03d}{group:02d}{serial:04d}"
    if style == "chat":
        text, note = pick(rng, [(f"{digits[:3]}-{digits[3:5]}-{digits[5:]}", "formatted 3-2-4"),
                                (f"{digits[:3]} {digits[3:5]} {digits[5:]}", "spaces"),
                                (digits, "9 digits, no separators")])
        return "", text, note
    zero = rng.choice(["oh", "zero"])
    parts = [say_digits(rng, digits[:3], zero), say_digits(rng, digits[3:5], zero),
             say_digits(rng, digits[5:], zero)]
    sep = rng.choice([" ", ", "])
    text, note = pick(rng, [(sep.join(parts), "spoken digits"),
                            (sep.join(parts[:1] + [pair_words(group), pair_words(serial // 100)
                                                   + " " + pair_words(serial % 100)]),
                             "spoken, last groups in pairs")])
    return "", text, note


NI_PREFIXES = ("AB", "CE", "HJ", "JK", "NE", "PR", "SN", "TW", "WL", "YZ", "KA", "LM", "RT", "GH")


def gen_ni(rng: random.Random, style: str, variant: str) -> Value:
    prefix, suffix = rng.choice(NI_PREFIXES), rng.choice("ABCD")
    digits = "".join(rng.choice("0123456789") for _ in range(6))
    pairs = [digits[i:i + 2] for i in (0, 2, 4)]
    if style == "chat":
        text, note = pick(rng, [(f"{prefix}{digits}{suffix}", "compact"),
                                (f"{prefix} {' '.join(pairs)} {suffix}", "spaced pairs"),
                                (f"{prefix}{digits}{suffix}".lower(), "compact lowercase"),
                                (f"{prefix} {digits} {suffix}", "spaced blocks")])
        return "", text, note
    letters = spell(rng, prefix)
    text, note = pick(rng, [
        (f"{letters} {say_digits(rng, digits, 'oh', False)} {suffix.lower()}", "spoken letters and digits"),
        (f"{letters} {' '.join(pair_words(int(p)) for p in pairs)} {suffix.lower()}",
         "spoken letters, digits in pairs")])
    return "", text, note


def gen_bank_account(rng: random.Random, style: str, variant: str) -> Value:
    size = rng.choice([10, 11, 12]) if variant == "us" else 8
    digits = str(rng.randint(1, 9)) + "".join(rng.choice("0123456789") for _ in range(size - 1))
    region = "US" if variant == "us" else "UK"
    if style == "chat":
        text, note = pick(rng, [(digits, f"{region} {size} digits"),
                                (f"{digits[:4]} {digits[4:]}", f"{region} {size} digits, spaced")])
        return "", text, note
    text = say_digits(rng, digits, rng.choice(["oh", "zero"]))
    return "", text, f"{region} {size} digits, {spoken_note(text)}"


SORT_CODE_BANKS = ("20", "40", "30", "60", "09", "11", "77", "83", "07", "23", "04", "16")


def gen_sort_code(rng: random.Random, style: str, variant: str) -> Value:
    pairs = [rng.choice(SORT_CODE_BANKS), f"{rng.randint(0, 99):02d}", f"{rng.randint(0, 99):02d}"]
    if style == "chat":
        text, note = pick(rng, [("-".join(pairs), "nn-nn-nn"), (" ".join(pairs), "nn nn nn"),
                                ("".join(pairs), "6 digits")])
        return "", text, note
    sep = rng.choice([", ", " "])
    zero = rng.choice(["oh", "zero"])
    text, note = pick(rng, [(sep.join(say_digits(rng, p, zero, False) for p in pairs), "digit by digit"),
                            (sep.join(pair_words(int(p)) for p in pairs), "in pairs"),
                            (say_digits(rng, "".join(pairs), zero), "run together")])
    return "", text, note


IBAN_LENGTHS = {"GB": 22, "DE": 22, "FR": 27, "ES": 24, "NL": 18, "IE": 22, "IT": 27, "PL": 28}
IBAN_BANKS = {"GB": ("NWBK", "BARC", "MIDL", "LOYD", "WEST"), "NL": ("ABNA", "RABO", "INGB"),
              "IE": ("AIBK", "BOFI")}


def make_bban(rng: random.Random, country: str) -> str:
    def digits(n: int) -> str:
        return "".join(rng.choice("0123456789") for _ in range(n))
    if country in IBAN_BANKS:
        bank = rng.choice(IBAN_BANKS[country])
        return bank + digits(IBAN_LENGTHS[country] - 8)
    if country == "IT":
        return rng.choice("ABCDEFGHIJKLMNOPRSTUVWXYZ") + digits(22)
    return digits(IBAN_LENGTHS[country] - 4)


def gen_iban(rng: random.Random, style: str, variant: str) -> Value:
    country = variant or rng.choice(list(IBAN_LENGTHS))
    iban = make_iban(country, make_bban(rng, country))
    groups = [iban[i:i + 4] for i in range(0, len(iban), 4)]
    if style == "chat":
        text, note = pick(rng, [(" ".join(groups), "print format, groups of 4"),
                                (iban, "compact"), (iban.lower(), "compact lowercase")])
        return "", text, f"{country}, {note}"
    sep = rng.choice([", ", " "])
    text = sep.join(spell(rng, g, rng.choice(["oh", "zero"])) for g in groups)
    return "", text, f"{country}, spoken letters and digits"


UK_PHONES = (("07700 900", "mobile"), ("020 7946 0", "London"), ("0161 496 0", "Manchester"),
             ("0113 496 0", "Leeds"), ("0131 496 0", "Edinburgh"))
US_AREAS = ("212", "415", "312", "617", "206", "303", "702")


def gen_phone(rng: random.Random, style: str, variant: str) -> Value:
    if variant == "us":
        area, line = rng.choice(US_AREAS), f"01{rng.randint(0, 99):02d}"
        if style == "chat":
            text, note = pick(rng, [(f"({area}) 555-{line}", "(aaa) 555-nnnn"),
                                    (f"{area}-555-{line}", "aaa-555-nnnn"),
                                    (f"+1 {area} 555 {line}", "+1 international"),
                                    (f"{area}.555.{line}", "dotted")])
            return "", text, f"US, {note}"
        zero = rng.choice(["oh", "zero"])
        text = rng.choice([", ", " "]).join(say_digits(rng, p, zero) for p in (area, "555", line))
        return "", text, f"US, {spoken_note(text)}"
    pool = UK_PHONES[:1] if variant == "mobile" else UK_PHONES[1:] if variant == "landline" else UK_PHONES
    head, kind = rng.choice(pool)
    number = f"{head}{rng.randint(0, 999):03d}"
    area, local = number.split(" ", 1)
    if style == "chat":
        text, note = pick(rng, [(number, "national format"), (number.replace(" ", ""), "no spaces"),
                                (f"+44 {area[1:]} {local}", "+44 international"),
                                (f"+44 (0){area[1:]} {local}", "+44 (0) format")])
        return "", text, f"UK {kind}, {note}"
    digits = number.replace(" ", "")
    zero = rng.choice(["oh", "oh", "zero"])
    if rng.random() < 0.25:
        text = "plus four four " + say_digits(rng, digits[1:], zero)
    else:
        text = rng.choice([", ", " "]).join(say_digits(rng, p, zero) for p in number.split(" "))
    return "", text, f"UK {kind}, {spoken_note(text)}"


FIRST_NAMES = ("john", "sarah", "priya", "mohammed", "emma", "liam", "chloe", "wei", "tom",
               "aisha", "james", "olivia", "daniel", "grace", "kofi", "megan")
LAST_NAMES = ("smith", "jones", "patel", "khan", "brown", "taylor", "wilson", "evans", "okafor",
              "murphy", "walsh", "chen", "hughes", "davies", "roberts", "clarke")
EMAIL_DOMAINS = (("gmail.com", "gmail dot com"), ("yahoo.co.uk", "yahoo dot co dot uk"),
                 ("hotmail.co.uk", "hotmail dot co dot uk"), ("outlook.com", "outlook dot com"),
                 ("btinternet.com", "b t internet dot com"), ("icloud.com", "i cloud dot com"),
                 ("example.com", "example dot com"), ("example.co.uk", "example dot co dot uk"),
                 ("sky.com", "sky dot com"), ("hotmail.com", "hotmail dot com"))


def email_local(rng: random.Random) -> tuple[list[str], str]:
    """Local part as tokens (names, separators ``. _ -``, digit strings) plus a note."""
    first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
    year = f"{rng.randint(60, 99)}"
    options: list[tuple[list[str], str]] = [
        ([first, ".", last], "first.last"), ([first[0], ".", last], "initial.last"),
        ([first, last, year], "firstlast + 2 digits"), ([first, "_", last], "first_last"),
        ([last, "-", first], "last-first"), ([first, ".", last, year], "first.last + 2 digits")]
    return options[rng.randrange(len(options))]


def gen_email(rng: random.Random, style: str, variant: str) -> Value:
    tokens, note = email_local(rng)
    domain, spoken_domain = rng.choice(EMAIL_DOMAINS)
    if style == "chat":
        text = "".join(tokens) + "@" + domain
        if rng.random() < 0.2:
            text = text.capitalize()
        return "", text, note
    words = {".": "dot", "_": "underscore", "-": rng.choice(["dash", "hyphen"])}
    spoken: list[str] = []
    for tok in tokens:
        if tok in words:
            spoken.append(words[tok])
        elif tok.isdigit():
            spoken.append(num_words(int(tok)) if rng.random() < 0.6 else say_digits(rng, tok))
        else:
            spoken.append(tok)
    return "", " ".join(spoken) + " at " + spoken_domain, f"spoken, {note}"


UK_OUTWARDS = ("SW1A", "M1", "B33", "CR2", "DN55", "EC1A", "W1A", "LS1", "G2", "EH1", "CF10",
               "BS1", "N22", "SE15", "E14", "L3", "NE1", "OX1", "CB2", "BT7", "YO10", "PL4")
INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"
US_ZIPS = ("94103", "10001", "60614", "30301", "98101", "02139", "73301", "90210", "33109")


def gen_postcode(rng: random.Random, style: str, variant: str) -> Value:
    if variant == "us":
        zip5 = rng.choice(US_ZIPS)
        if style == "chat":
            text, note = pick(rng, [(zip5, "US ZIP"), (f"{zip5}-{rng.randint(1000, 9999)}", "US ZIP+4")])
            return "", text, note
        return "", say_digits(rng, zip5, rng.choice(["oh", "zero"])), "US ZIP, spoken"
    outward = rng.choice(UK_OUTWARDS)
    inward = f"{rng.randint(0, 9)}{rng.choice(INWARD_LETTERS)}{rng.choice(INWARD_LETTERS)}"
    if style == "chat":
        text, note = pick(rng, [(f"{outward} {inward}", "UK"), (f"{outward}{inward}", "UK, no space"),
                                (f"{outward} {inward}".lower(), "UK, lowercase")])
        return "", text, note
    district = re.fullmatch(r"([A-Z]+)(\d\d)", outward)
    if district and rng.random() < 0.6:
        said = f"{spell(rng, district.group(1))} {num_words(int(district.group(2)))}"
        return "", f"{said} {spell(rng, inward)}", "UK, spoken, two-digit district as a number"
    return "", f"{spell(rng, outward)} {spell(rng, inward)}", "UK, spoken letter by letter"


UK_STREETS = (("Baker", "Street"), ("High", "Road"), ("Wallaby", "Way"), ("Church", "Lane"),
              ("Station", "Road"), ("Victoria", "Avenue"), ("Mill", "Close"), ("Queens", "Drive"),
              ("Park", "Crescent"), ("Oak Tree", "Gardens"), ("Albert", "Terrace"), ("Kings", "Road"),
              ("Elm", "Grove"), ("Manor", "Way"), ("Castle", "Street"), ("Meadow", "View"))
US_STREETS = (("Pennsylvania", "Avenue"), ("Evergreen", "Terrace"), ("Market", "Street"),
              ("Maple", "Drive"), ("Sunset", "Boulevard"), ("Fifth", "Avenue"), ("Lakeshore", "Drive"))
ABBREV = {"Street": "St", "Road": "Rd", "Avenue": "Ave", "Drive": "Dr", "Boulevard": "Blvd"}


def gen_address(rng: random.Random, style: str, variant: str) -> Value:
    us = variant == "us"
    number = rng.choice([1600, 742, 350, 1428, 12, 4059, 88]) if us else rng.randint(1, 250)
    letter = rng.choice("ABC") if not us and rng.random() < 0.15 else ""
    name, kind = rng.choice(US_STREETS if us else UK_STREETS)
    flat = rng.randint(1, 24) if rng.random() < 0.3 else 0
    if style == "chat":
        if kind in ABBREV and rng.random() < 0.3:
            kind = ABBREV[kind]
        street = f"{number}{letter} {name} {kind}"
        if flat and us:
            return "", f"{street} Apt {flat}", "US, street + apartment"
        if flat:
            word = rng.choice(["Flat", "flat", "Apartment"])
            return "", f"{word} {flat}, {street}", "UK, flat + street"
        return "", street, "US street" if us else "UK street"
    street = f"{house_number_words(rng, number)}{' ' + letter.lower() if letter else ''} {name} {kind}"
    street = street.lower()
    if flat and not us:
        return "", f"flat {num_words(flat)} {street}", "UK, spoken, flat + street"
    return "", street, f"{'US' if us else 'UK'}, spoken house number"


GENERATORS: dict[str, Callable[[random.Random, str, str], Value]] = {
    "CARD_NUMBER": gen_card, "CVV": gen_cvv, "EXPIRY": gen_expiry, "SSN": gen_ssn,
    "NI_NUMBER": gen_ni, "BANK_ACCOUNT": gen_bank_account, "SORT_CODE": gen_sort_code,
    "IBAN": gen_iban, "PHONE": gen_phone, "EMAIL": gen_email, "DOB": gen_dob,
    "POSTCODE": gen_postcode, "ADDRESS": gen_address}


# --------------------------------------------------------------------------- positive templates

# (style, template, note); each template yields TEMPLATE_REPEAT cases with fresh values.
Template = tuple[str, str, str]
TEMPLATE_REPEAT = 2

TEMPLATES: dict[str, list[Template]] = {
    "CARD_NUMBER": [
        ("chat", "My card number is {CARD_NUMBER}", "chat statement"),
        ("chat", "Card: {CARD_NUMBER}", "chat label"),
        ("chat", "Hi, can I pay the balance with this card please? {CARD_NUMBER}", "chat request"),
        ("chat", "ok the long number is {CARD_NUMBER}, expiry to follow", "chat casual"),
        ("chat", "{CARD_NUMBER} is the new card, the old one was cancelled", "value first"),
        ("chat", "A: Could you type the card number into the secure chat please? || C: sure {CARD_NUMBER}",
         "agent prompt then value"),
        ("asr", "yeah the card number is {CARD_NUMBER}", "asr statement"),
        ("asr", "okay so it's {CARD_NUMBER}", "asr short"),
        ("asr", "the long number on the front is {CARD_NUMBER}", "asr long number"),
        ("asr", "it's the debit card {CARD_NUMBER} that's the one i want to use", "asr with trailing talk"),
        ("asr", "A: can i take the long number across the front of the card || C: yeah {CARD_NUMBER}",
         "agent prompt then value"),
        ("asr", "A: so that's {CARD_NUMBER} is that correct", "agent reads the number back"),
        ("asr", "the number is {CARD_NUMBER:mixed}", "asr output mixing digits and words"),
        ("asr", "okay it's {CARD_NUMBER:mixed} yeah", "asr output mixing digits and words"),
        ("asr", "C: it's {CARD_NUMBER} || A: mm-hm || C: {CARD_NUMBER}", "split, agent back-channel"),
        ("asr", ("C: okay the card number is {CARD_NUMBER} || A: yep go on || C: {CARD_NUMBER} || "
         "C: and then {CARD_NUMBER}"), "split in 3, agent turn between first two"),
        ("asr", "C: {CARD_NUMBER} || C: {CARD_NUMBER}", "split over consecutive customer segments"),
        ("chat", "C: card is {CARD_NUMBER} || C: {CARD_NUMBER}", "split over two chat messages"),
        ("asr", "C: the first bit is {CARD_NUMBER} || A: okay || C: {CARD_NUMBER} || C: {CARD_NUMBER}",
         "split in 3, back-channel then two customer segments"),
    ],
    "CVV": [
        ("chat", "CVV is {CVV}", "chat cvv"),
        ("chat", "security code: {CVV}", "chat security code"),
        ("chat", "the 3 digits on the back are {CVV}", "chat 3 digits on the back"),
        ("chat", "A: And the CVV please? || C: {CVV}", "agent prompt then value"),
        ("chat", "it's an Amex so the code on the front is {CVV:amex}", "amex 4-digit"),
        ("asr", "the security code is {CVV}", "asr security code"),
        ("asr", "the three digits on the back are {CVV}", "asr three digits on the back"),
        ("asr", "A: and the last three digits on the signature strip || C: {CVV}", "agent prompt"),
        ("asr", "it's {CVV} on the back", "asr short"),
        ("asr", "c v v is {CVV} yeah", "asr spelled cvv"),
    ],
    "EXPIRY": [
        ("chat", "expires {EXPIRY}", "chat expires"),
        ("chat", "Expiry date: {EXPIRY}", "chat label"),
        ("chat", "exp {EXPIRY}, cvv to follow", "chat abbreviation"),
        ("chat", "it's valid until {EXPIRY}", "chat valid until"),
        ("asr", "the expiry date is {EXPIRY}", "asr expiry date"),
        ("asr", "it expires {EXPIRY}", "asr expires"),
        ("asr", "A: and the expiry date on the card || C: {EXPIRY}", "agent prompt"),
        ("asr", "valid until {EXPIRY}", "asr valid until"),
        ("asr", "the end date on the card is {EXPIRY}", "asr end date"),
    ],
    "SSN": [
        ("chat", "my SSN is {SSN}", "chat ssn"),
        ("chat", "Social security number: {SSN}", "chat label"),
        ("chat", "Here you go: {SSN}", "formatted, no context word"),
        ("chat", "A: Can you verify your Social Security number? || C: {SSN}", "agent prompt"),
        ("asr", "my social is {SSN}", "asr my social"),
        ("asr", "social security number is {SSN}", "asr full phrase"),
        ("asr", "A: and can i get your social security number || C: yeah it's {SSN}", "agent prompt"),
        ("asr", "it's {SSN} that's my social", "asr value first"),
    ],
    "NI_NUMBER": [
        ("chat", "My national insurance number is {NI_NUMBER}", "chat statement"),
        ("chat", "NI number: {NI_NUMBER}", "chat label"),
        ("chat", "NINO {NI_NUMBER}", "chat abbreviation"),
        ("chat", "A: Can you confirm your National Insurance number? || C: {NI_NUMBER}", "agent prompt"),
        ("asr", "my national insurance number is {NI_NUMBER}", "asr statement"),
        ("asr", "national insurance is {NI_NUMBER}", "asr short"),
        ("asr", "A: have you got your national insurance number there || C: yes it's {NI_NUMBER}",
         "agent prompt"),
        ("asr", "it's {NI_NUMBER} that's my n i number", "asr value first"),
    ],
    "BANK_ACCOUNT": [
        ("chat", "account number {BANK_ACCOUNT}", "chat UK account"),
        ("chat", "Acc no: {BANK_ACCOUNT}", "chat abbreviation"),
        ("chat", "My checking account number is {BANK_ACCOUNT:us}", "chat US checking"),
        ("chat", "Sort code {SORT_CODE}, account {BANK_ACCOUNT}", "sort code + account"),
        ("asr", "the account number is {BANK_ACCOUNT}", "asr UK account"),
        ("asr", "A: and the account number || C: {BANK_ACCOUNT}", "agent prompt"),
        ("asr", "my checking account number is {BANK_ACCOUNT:us}", "asr US checking"),
        ("asr", "account number's {BANK_ACCOUNT} it's a savings account", "asr trailing talk"),
        ("asr", "sort code {SORT_CODE} account number {BANK_ACCOUNT}", "asr sort code + account"),
    ],
    "SORT_CODE": [
        ("chat", "sort code {SORT_CODE}", "chat short"),
        ("chat", "Sort code is {SORT_CODE}", "chat statement"),
        ("chat", "A: What's the sort code? || C: {SORT_CODE}", "agent prompt"),
        ("chat", "sort code: {SORT_CODE} (it's a Nationwide account)", "chat with bank name"),
        ("asr", "the sort code is {SORT_CODE}", "asr statement"),
        ("asr", "sort code's {SORT_CODE}", "asr short"),
        ("asr", "A: and the sort code for that account || C: {SORT_CODE}", "agent prompt"),
        ("asr", "it's {SORT_CODE} for the sort code", "asr value first"),
    ],
    "IBAN": [
        ("chat", "IBAN: {IBAN}", "chat label"),
        ("chat", "my IBAN is {IBAN}", "chat statement"),
        ("chat", "Please refund to {IBAN}", "chat refund"),
        ("chat", "A: Can you send the IBAN for the refund? || C: {IBAN:GB}", "agent prompt"),
        ("asr", "the iban is {IBAN:GB}", "asr statement"),
        ("asr", "it's a german account the iban is {IBAN:DE}", "asr German account"),
        ("asr", "A: and the iban || C: {IBAN:IE}", "agent prompt"),
        ("asr", "iban {IBAN:NL} that's my dutch account", "asr trailing talk"),
    ],
    "PHONE": [
        ("chat", "my number is {PHONE}", "chat statement"),
        ("chat", "Mobile: {PHONE:mobile}", "chat label"),
        ("chat", "you can reach me on {PHONE} after 5", "chat with time"),
        ("chat", "A: Is {PHONE} still the best number to reach you?", "agent confirms number"),
        ("chat", "US number: {PHONE:us}", "chat US"),
        ("chat", "my cell is {PHONE:us}, text is fine", "chat US cell"),
        ("asr", "my mobile number is {PHONE:mobile}", "asr statement"),
        ("asr", "it's {PHONE}", "asr short"),
        ("asr", "A: what's the best number to call you back on || C: {PHONE}", "agent prompt"),
        ("asr", "can you ring me on {PHONE} please", "asr request"),
        ("asr", "my cell is {PHONE:us}", "asr US"),
        ("asr", "the landline is {PHONE:landline} but i'm never in", "asr landline"),
    ],
    "EMAIL": [
        ("chat", "my email is {EMAIL}", "chat statement"),
        ("chat", "Email: {EMAIL}", "chat label"),
        ("chat", "can you send it to {EMAIL} please", "chat request"),
        ("chat", "A: Is {EMAIL} still the email on the account?", "agent confirms email"),
        ("chat", "i changed it to {EMAIL} last week", "chat change"),
        ("chat", "A: What's your email address? || C: {EMAIL}", "agent prompt"),
        ("asr", "my email is {EMAIL}", "asr statement"),
        ("asr", "it's {EMAIL}", "asr short"),
        ("asr", "A: and the email address || C: yeah it's {EMAIL}", "agent prompt"),
        ("asr", "can you send it to {EMAIL}", "asr request"),
        ("asr", "the email on the account should be {EMAIL}", "asr account email"),
        ("asr", "A: so that's {EMAIL} is that right", "agent reads email back"),
    ],
    "DOB": [
        ("chat", "date of birth is {DOB}", "chat statement"),
        ("chat", "DOB: {DOB}", "chat label"),
        ("chat", "my DOB is {DOB}", "chat abbreviation"),
        ("chat", "A: Can you confirm your date of birth? || C: {DOB}", "agent prompt"),
        ("asr", "my date of birth is {DOB}", "asr statement"),
        ("asr", "i was born on {DOB}", "asr born on"),
        ("asr", "A: and your date of birth please || C: it's {DOB}", "agent prompt"),
        ("asr", "date of birth {DOB}", "asr short"),
    ],
    "POSTCODE": [
        ("chat", "postcode is {POSTCODE}", "chat statement"),
        ("chat", "Postcode: {POSTCODE}", "chat label"),
        ("chat", "A: Can I take the postcode? || C: {POSTCODE}", "agent prompt"),
        ("chat", "zip code {POSTCODE:us}", "chat US ZIP"),
        ("chat", "ZIP: {POSTCODE:us}", "chat US label"),
        ("asr", "the postcode is {POSTCODE}", "asr statement"),
        ("asr", "A: and the postcode please || C: {POSTCODE}", "agent prompt"),
        ("asr", "postcode {POSTCODE} yeah", "asr short"),
        ("asr", "my zip code is {POSTCODE:us}", "asr US ZIP"),
    ],
    "ADDRESS": [
        ("chat", "I live at {ADDRESS}", "chat statement"),
        ("chat", "The address is {ADDRESS}, {POSTCODE}", "address + postcode"),
        ("chat", "please send the engineer to {ADDRESS}", "chat request"),
        ("chat", "A: Can you confirm the first line of your address? || C: {ADDRESS}", "agent prompt"),
        ("chat", "we've moved to {ADDRESS:us}", "chat US"),
        ("asr", "i live at {ADDRESS}", "asr statement"),
        ("asr", "A: can you confirm the first line of the address || C: yeah it's {ADDRESS}",
         "agent prompt"),
        ("asr", "we moved to {ADDRESS} back in march", "asr with non-DOB month"),
        ("asr", "the address is {ADDRESS:us}", "asr US"),
    ],
}

# --------------------------------------------------------------------------- negative templates

NEG_REPEAT = 2
NEG_TEMPLATES: dict[str, list[tuple[str, str]]] = {
    "money": [
        ("chat", "I was charged {money_c} twice this month"),
        ("chat", "A: Your outstanding balance is {money_c}, would you like to pay that today?"),
        ("asr", "they've taken {money_a} out of my account and i don't know what for"),
        ("asr", "A: okay so the refund will be {money_a} and it should show in three to five working days"),
        ("asr", "the bill went up to {money_a} which is ridiculous"),
        ("chat", "A: I've applied a credit of {money_c} to your account."),
        ("chat", "why is my bill {money_c} when the contract says {money_c}?"),
    ],
    "time": [
        ("asr", "can you call me back at {time_a}"),
        ("chat", "Could someone call me after {time_c} please"),
        ("asr", "A: the engineer's booked between {eight|nine|ten} and {twelve|one|two}"),
        ("chat", "A: Your appointment is confirmed for {time_c} tomorrow."),
        ("asr", "i'll be in from {time_a} onwards"),
        ("chat", "The parcel came at {time_c} but nobody knocked"),
    ],
    "duration": [
        ("asr", "i've been on hold for {dur_a}"),
        ("chat", "I've been waiting {dur_c} for a reply"),
        ("asr", "A: it can take up to {dur_a} for the service to come back"),
        ("chat", ("A: The reset takes about {2 minutes|5 mins|90 seconds|10 minutes}, please don't "
         "unplug anything")),
        ("asr", ("the internet drops out for like {ten minutes|half an hour|an hour|twenty minutes} "
         "every night")),
        ("asr", "A: you'll get a text in about {dur_a}"),
    ],
    "count": [
        ("asr", "i've called {count_a} times about this"),
        ("chat", "I ordered {5|6|8} items and only {2|3|4} arrived"),
        ("asr", "there's {count_a} of us in the house all on the wifi"),
        ("chat", "A: I can see {count_c} open complaints on the account"),
        ("asr", "A: you've got {count_a} devices connected at the moment"),
        ("chat", "this is the {third|fourth|fifth} time I've had to chase this"),
    ],
    "year": [
        ("chat", "I've been a customer since {year_c}"),
        ("asr", "i've been with you since {year_a}"),
        ("asr", "back in {year_a} you put my price up as well"),
        ("chat", "A: That tariff was discontinued in {year_c}."),
        ("asr", "A: that offer ended in {year_a}"),
        ("chat", "my contract started in {month} {year_c}"),
    ],
    "reference": [
        ("chat", "order {order_c} still hasn't arrived"),
        ("asr", "A: your ticket number is {ticket_a}"),
        ("chat", "A: Your reference is {ref_c}."),
        ("asr", "i've got a reference number here it's {ref_a}"),
        ("chat", "Complaint ref {ref_c}, still no response"),
        ("asr", "A: i've raised case number {ticket_a} for you"),
        ("chat", "order #{order_c} and #{order_c} both missing"),
    ],
    "percentage": [
        ("chat", "A: You're eligible for {10%|15%|20%|25%} off for the next 12 months."),
        ("asr", "you put it up by {pct_a} which is way more than inflation"),
        ("asr", "A: the battery's only at {pct_a}"),
        ("chat", "It says {79%|87%|92%} battery health"),
    ],
    "quantity": [
        ("chat", "the parcel was {2.5|3|12} kilos"),
        ("asr", "i've used {quantity_a} of data already"),
        ("chat", "I need {count_c} more boxes"),
        ("asr", "A: you've got {quantity_a} of data left this month"),
        ("chat", "the box is {30 by 40|25 by 60} cm"),
    ],
    "model": [
        ("chat", "My phone is an {iPhone 15|iPhone 13 Pro|iPhone 12 mini}"),
        ("chat", "I'm on {Windows 11|Windows 10|macOS 14}"),
        ("asr", "it's {a samsung galaxy s twenty three|an iphone fifteen|a pixel seven}"),
        ("asr", "A: have you got the {sky q box|hub five|hub six} or the older one"),
        ("chat", "The router model is {TP-Link Archer AX55|BT Smart Hub 2|Netgear R7000}"),
        ("asr", "i'm using {a ps five|an xbox series x} and it keeps lagging"),
    ],
    "date": [
        ("chat", "it was delivered on {12 March|3 June|the 14th}"),
        ("chat", "the bill dated {date_c} is wrong"),
        ("asr", "it was supposed to be delivered on the {ordinal_a} of {month_a}"),
        ("asr", "A: your next bill will be on the {ordinal_a}"),
        ("chat", "A: Your contract ends on {date_c}."),
        ("asr", "A: the direct debit comes out on the {ordinal_a} of every month"),
        ("chat", "engineer came on {date_c} and didn't fix it"),
    ],
    "flight": [
        ("chat", "My flight {flight_c} was cancelled"),
        ("asr", "i was on flight {flight_a} from gatwick"),
        ("chat", "A: I can see the booking for {flight_c} on {12 March|the 3rd}."),
    ],
    "room": [
        ("chat", "I'm in room {room_c}"),
        ("asr", "we're in room {room_a} and the wifi doesn't work"),
        ("asr", "A: is the router in room {room_a} or downstairs"),
    ],
    "version": [
        ("chat", ("A: You're on version {3.1.4, the latest is 3.2.0|16.4.1, the latest is 17.1|1.9.12, the "
         "latest is 2.0.3}")),
        ("asr", "A: you need to be on firmware {version_a} or above"),
        ("chat", "app version {version_c} keeps crashing"),
    ],
    "price_speed": [
        ("asr", ("i'm paying for {five hundred meg|nine hundred megabits|a hundred meg} and getting about "
         "{thirty|fifty|twenty two}")),
        ("chat", "speed test says {speed_c}"),
        ("chat", "A: That package is {money_c} a month for {speed_c}."),
        ("asr", "A: that'd be {money_a} a month for the next {twelve|eighteen|twenty four} months"),
        ("asr", "i'm paying {money_a} a month"),
    ],
    "steps": [
        ("chat", "A: Great, that's step {2 of 4|3 of 5|1 of 3} done."),
        ("asr", "A: okay so step {two of four|three of five} is to unplug the router"),
        ("asr", "A: press option {one|two|three} then option {four|five}"),
    ],
    "small_numbers": [
        ("asr", "{one or two|two or three} of them were broken"),
        ("asr", "the first second and third payments all went out"),
        ("chat", "I've tried it {once or twice|two or three times}"),
        ("asr", "A: so first of all can you turn it off and on again"),
        ("asr", "A: on a scale of one to ten how likely are you to recommend us"),
        ("asr", "channel {one oh one|four oh two} isn't working"),
    ],
    "context_only": [
        ("asr", "A: can i take the long number across the front of the card please"),
        ("chat", "A: Could you confirm your date of birth and postcode please?"),
        ("asr", "A: i'll just need the sort code and account number"),
        ("asr", "hang on i need to find my card"),
        ("chat", "I don't want to give my card details over chat"),
        ("asr", "A: what's the best email address for you"),
        ("chat", "A: Please don't share your full card number or CVV in this chat."),
        ("asr", "i don't know my national insurance number off the top of my head"),
    ],
}


def money_chat(rng: random.Random) -> str:
    units, cents = rng.choice([12, 34, 49, 89, 120, 250, 600, 1250]), rng.choice([0, 99, 50, 49])
    cur = rng.choice("££$€")
    fmt = rng.randrange(3)
    if fmt == 0:
        return f"{cur}{units:,}.{cents:02d}"
    return f"{cur}{units:,}" if fmt == 1 else f"{units:,}.{cents:02d}"


def money_asr(rng: random.Random) -> str:
    units, cents = rng.choice([12, 29, 34, 49, 120, 250, 452]), rng.choice([50, 99, 60, 20])
    forms = [f"{num_words(units)} pounds", f"{num_words(units)} pounds {num_words(cents)}",
             f"{num_words(units)} quid", f"{num_words(units)} dollars"]
    if units < 100:  # "forty nine ninety nine"
        forms.append(f"{num_words(units)} {num_words(cents)}")
    return rng.choice(forms)


def time_chat(rng: random.Random) -> str:
    hour, minute = rng.randint(1, 11), rng.choice([0, 15, 30, 45])
    return rng.choice([f"{hour}:{minute:02d} pm", f"{hour}am", f"{hour + 12}:{minute:02d}",
                       f"{hour}.{minute:02d}"])


def time_asr(rng: random.Random) -> str:
    hour = num_words(rng.randint(1, 11))
    return rng.choice([f"half past {hour}", f"quarter to {hour}", f"{hour} thirty",
                       f"{hour} o'clock", f"about {hour}"])


def date_chat(rng: random.Random) -> str:
    day, month, year = rng.randint(1, 28), rng.randint(1, 12), rng.randint(2024, 2026)
    return rng.choice([f"{day:02d}/{month:02d}/{year}", f"{day} {MONTHS[month - 1]}",
                       f"{day} {MONTHS[month - 1]} {year}", f"{ordinal_suffix(day)} {MONTHS[month - 1][:3]}"])


def flight_asr(rng: random.Random) -> str:
    digits = str(rng.randint(100, 9999))
    return rng.choice([f"b a {say_digits(rng, digits, 'oh', False)}",
                       f"easyjet {say_digits(rng, digits, 'oh', False)}"])


def ref_chat(rng: random.Random) -> str:
    letters = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2))
    return f"{letters}-{rng.randint(1000, 99999)}"


def ref_asr(rng: random.Random) -> str:
    letters = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2))
    return spell(rng, letters + str(rng.randint(1000, 9999)))


NEG_FILL: dict[str, Callable[[random.Random], str]] = {
    "money_c": money_chat, "money_a": money_asr, "time_c": time_chat, "time_a": time_asr,
    "date_c": date_chat, "flight_a": flight_asr, "ref_c": ref_chat, "ref_a": ref_asr,
    "dur_c": lambda r: r.choice([f"{r.randrange(10, 60, 5)} {r.choice(['minutes', 'mins'])}",
                                 f"{r.randint(2, 5)} hours", f"{r.randint(2, 14)} days"]),
    "dur_a": lambda r: r.choice([f"{num_words(r.randrange(10, 60, 5))} minutes", "an hour and a half",
                                 "half an hour", f"{num_words(r.randint(2, 4))} hours"]),
    "count_c": lambda r: str(r.randint(2, 12)),
    "count_a": lambda r: num_words(r.randint(2, 12)),
    "year_c": lambda r: str(r.randint(2005, 2024)),
    "year_a": lambda r: year_words(r.randint(1995, 2024)),
    "month": lambda r: r.choice(MONTHS),
    "month_a": lambda r: r.choice(MONTHS).lower(),
    "ordinal_a": lambda r: ordinal_words(r.randint(1, 28)),
    "order_c": lambda r: str(r.randint(10000, 999999)),
    "ticket_a": lambda r: say_digits(r, str(r.randint(100, 9999)), "oh", False),
    "pct_a": lambda r: f"{num_words(r.choice([5, 10, 15, 20, 25, 30]))} percent",
    "quantity_a": lambda r: f"{num_words(r.choice([5, 20, 40, 100, 200]))} {r.choice(['gig', 'gigabytes'])}",
    "flight_c": lambda r: (f"{r.choice(['BA', 'EZY', 'U2', 'FR', 'VS'])}{r.choice(['', ' '])}"
                           f"{r.randint(100, 9999)}"),
    "room_c": lambda r: str(r.choice([101, 204, 1204, 315, 22, 718])),
    "room_a": lambda r: r.choice(["three oh four", "two twelve", "fourteen", "one oh one", "five"]),
    "version_c": lambda r: f"{r.randint(1, 17)}.{r.randint(0, 9)}.{r.randint(0, 20)}",
    "version_a": lambda r: f"{num_words(r.randint(1, 9))} point {num_words(r.randint(0, 9))}",
    "speed_c": lambda r: f"{r.choice([36, 67, 100, 500, 900])} {r.choice(['Mbps', 'megabits', 'Mb'])}",
}

# --------------------------------------------------------------------------- hand-written cases

# (id stem, style, note, markup).  Turns as in TEMPLATES; PII marked as [[TYPE:value]].
HAND_CASES: list[tuple[str, str, str, str]] = [
    ("card", "asr", "agent reads the whole card back (a value in each turn)",
     ("C: it's [[CARD_NUMBER:four two four two, four two four two, four two four two, four two four two]]"
     " || A: lovely so that's [[CARD_NUMBER:4242 4242 4242 4242]] yeah")),
    ("card", "asr", "triple in every group",
     "C: yeah it's [[CARD_NUMBER:triple five five triple five five triple five five triple four four]]"),
    ("card", "asr", "filler word inside the spoken number",
     ("C: the number is [[CARD_NUMBER:five one oh five, one oh five one, um, oh five one oh, "
     "five one oh oh]]")),
    ("card", "chat", "amex 4-6-5 grouping with expiry and 4-digit CID in one message",
     "C: Amex [[CARD_NUMBER:3782 822463 10005]] exp [[EXPIRY:11/28]] CID [[CVV:7421]]"),
    ("card", "chat", "number, expiry and cvv run together without labels",
     "C: [[CARD_NUMBER:4111111111111111]] [[EXPIRY:08/27]] [[CVV:123]]"),
    ("card", "chat", "split over two chat messages, no agent turn",
     "C: card is [[CARD_NUMBER:4000 0566]] || C: [[CARD_NUMBER:5566 5556]] sorry pressed enter too early"),
    ("card", "asr", "split over three customer turns with an agent back-channel",
     ("C: okay it's [[CARD_NUMBER:six oh one one]] || A: mm-hm || C: [[CARD_NUMBER:one one one one one one "
     "one one]] || C: [[CARD_NUMBER:one one one seven]]")),
    ("card", "asr", "letter 'o' for zero and doubles crossing the spoken groups",
     ("C: it's [[CARD_NUMBER:four o one two double eight double eight double eight double eight one double "
     "eight one]]")),
    ("card", "asr", "ASR emitted some groups as digits, some as words",
     "C: so it's [[CARD_NUMBER:4000 0566 five five six six 5556]] yeah"),
    ("card", "chat", "13-digit visa", "C: it's the old visa [[CARD_NUMBER:4222222222222]]"),
    ("card", "chat", "19-digit maestro, 4-4-4-4-3",
     "C: [[CARD_NUMBER:6759 6498 2643 8450 124]] is my maestro"),
    ("phone", "asr", "phone number split over two turns with back-channel",
     "C: it's [[PHONE:oh seven seven double oh]] || A: yep || C: [[PHONE:nine double oh nine eight seven]]"),
    ("phone", "asr", "plus four four spoken international format",
     "C: my mobile's [[PHONE:plus four four seven seven double oh nine double oh four five six]]"),
    ("phone", "chat", "US format from the spec", "C: My cell is [[PHONE:(555) 123-4567]]"),
    ("phone", "chat", "+44 (0) landline, followed by a non-PII department name",
     "C: Office line is [[PHONE:+44 (0)20 7946 0018]], ask for accounts"),
    ("email", "asr", "surname spelled out letter by letter",
     "C: it's [[EMAIL:s m i t h dot j at b t internet dot com]]"),
    ("email", "chat", "digits in the address look like a year",
     "C: email is [[EMAIL:sarah.k1985@outlook.com]] not the old hotmail one"),
    ("email", "asr", "underscore and co dot uk",
     "C: yeah it's [[EMAIL:john underscore smith at yahoo dot co dot uk]]"),
    ("dob", "asr", "age next to the date of birth (the age is not labelled)",
     "C: i'm forty three date of birth [[DOB:second of may nineteen eighty one]]"),
    ("dob", "chat", "ambiguous dd/mm vs mm/dd", "C: my DOB is [[DOB:03/04/1979]]"),
    ("dob", "asr", "ordinal of the nth month, two-digit year",
     "A: and your date of birth || C: [[DOB:twenty first of the ninth ninety]]"),
    ("dob", "asr", "spec example, 'the' outside the span",
     "C: born on the [[DOB:fourth of july nineteen eighty]]"),
    ("address", "chat", "flat + street and postcode in one line",
     "C: It's [[ADDRESS:flat 3, 12 High Road]], [[POSTCODE:N22 6BH]]"),
    ("address", "asr", "spoken house number with a letter", "C: it's [[ADDRESS:two two one b baker street]]"),
    ("address", "chat", "US address followed by a bare ZIP",
     "C: ship it to [[ADDRESS:1600 Pennsylvania Avenue]], [[POSTCODE:20500]]"),
    ("sortcode", "chat", "sort code and account number together",
     "C: sort code [[SORT_CODE:40-47-84]] account [[BANK_ACCOUNT:70872490]]"),
    ("sortcode", "asr", "spec spoken form", "C: sort code [[SORT_CODE:two zero, zero zero, zero zero]]"),
    ("ni", "chat", "HMRC example prefix, spaced", "C: NI number is [[NI_NUMBER:QQ 12 34 56 C]]"),
    ("ni", "asr", "spoken letters and digits", "C: it's [[NI_NUMBER:q q one two three four five six c]]"),
    ("iban", "chat", "canonical GB example, print format", "C: IBAN [[IBAN:GB82 WEST 1234 5698 7654 32]]"),
    ("iban", "chat", "canonical DE example, compact",
     "C: my german account: [[IBAN:DE89370400440532013000]]"),
    ("iban", "chat", "lowercase compact", "C: iban is [[IBAN:gb29nwbk60161331926819]] thanks"),
    ("postcode", "asr", "spoken letter by letter after agent prompt",
     "A: and the postcode || C: [[POSTCODE:s w one a one a a]]"),
    ("postcode", "chat", "ZIP+4", "C: zip code is [[POSTCODE:90210-1234]]"),
    ("expiry", "asr", "spoken after agent prompt",
     "A: and the expiry date || C: [[EXPIRY:oh three twenty seven]]"),
    ("cvv", "asr", "three digits said as digit + pair",
     "C: the three digits on the back are [[CVV:seven twenty nine]]"),
    ("ssn", "asr", "spoken with pauses",
     "C: social is [[SSN:one two three, four five, six seven eight nine]]"),
    ("neg", "asr", "card context but no number given",
     "C: my card number? hang on it's in my other jacket || A: no problem take your time"),
    ("neg", "chat", "money, dates and a count in one message",
     "C: I paid £1,250.00 on the 3rd and another £250 on the 14th, that's 2 payments"),
    ("neg", "chat", "order number and item counts", "C: order 58213, I ordered 5 items and only 3 turned up"),
    ("neg", "asr", "reference and spoken ticket number",
     "A: your reference is a b one two three four and the ticket number is four five six"),
    ("neg", "chat", "flight number and time", "C: flight BA 2490 landed at 3:30 pm and the bag never came"),
    ("neg", "asr", "talks about the card number without giving it",
     "A: it's the sixteen digit number across the front of the card"),
    ("neg", "chat", "version strings", "A: You're on version 2.3.11 and the latest is 2.4.0"),
    ("neg", "chat", "bill date and monthly prices",
     "C: the bill dated 03/11/2025 says £49.99 but I'm on the £34.99 a month deal"),
    ("neg", "asr", "spoken years and counts",
     "C: i've been with you since twenty twenty two and i've called three times this week"),
    ("neg", "chat", "street name without a house number", "C: I went into the branch on the High Street"),
    ("neg", "asr", "agent asks for several identifiers",
     "A: for security can you confirm your date of birth and the first line of your address"),
    ("neg", "asr", "IVR-style menu digits",
     "A: press one for billing two for technical support or three for anything else"),
    ("neg", "asr", "long spoken quantity", "C: it's done twenty four thousand five hundred miles"),
    ("neg", "asr", "spoken digits that are channel numbers",
     "C: channel one oh one and one oh two both just show a black screen"),
    ("neg", "chat", "speeds", "C: I pay for 100 megabits and get 12, speed test says 11.8 Mbps"),
]

# --------------------------------------------------------------------------- rendering


@dataclass
class Case:
    id: str
    kind: str
    turns: list[dict[str, str]]
    spans: list[Span]
    note: str

    def to_json(self) -> str:
        return json.dumps({"id": self.id, "kind": self.kind, "turns": self.turns,
                           "spans": self.spans, "note": self.note}, ensure_ascii=False)


@dataclass
class Rendered:
    turns: list[dict[str, str]] = field(default_factory=list)
    spans: list[Span] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


SLOT = re.compile(r"\{([^{}]+)\}")
MARK = re.compile(r"\[\[([A-Z_]+):(.+?)\]\]")
Resolver = Callable[[re.Match[str]], tuple[str, str, str | None]]  # -> (lead, text, type)


def split_turns(template: str) -> list[tuple[str, str]]:
    turns = []
    for part in template.split(" || "):
        speaker = {"A: ": "agent", "C: ": "customer"}.get(part[:3])
        turns.append((speaker or "customer", part[3:] if speaker else part))
    return turns


def render(template: str, pattern: re.Pattern[str], resolve: Resolver) -> Rendered:
    """Fill every slot of every turn; record a span for each slot that resolves to a type."""
    out = Rendered()
    for index, (speaker, text) in enumerate(split_turns(template)):
        pieces: list[str] = []
        cursor = 0
        for match in pattern.finditer(text):
            lead, value, etype = resolve(match)
            pieces += [text[cursor:match.start()], lead]
            start = len("".join(pieces))
            pieces.append(value)
            if etype:
                out.spans.append({"turn": index, "start": start, "end": start + len(value),
                                  "type": etype})
            cursor = match.end()
        pieces.append(text[cursor:])
        out.turns.append({"speaker": speaker, "text": "".join(pieces)})
    return out


def plan_values(rng: random.Random, style: str, template: str) -> dict[str, Iterator[Value]]:
    """Draw the PII values of a template; a type repeated in it is one value in pieces."""
    keys = Counter(k for k in SLOT.findall(template) if k.split(":")[0] in TYPES)
    plan: dict[str, Iterator[Value]] = {}
    for key, count in keys.items():
        etype, _, variant = key.partition(":")
        if count > 1:
            if etype != "CARD_NUMBER":
                raise ValueError(f"only CARD_NUMBER templates may split a value: {template}")
            plan[key] = iter(gen_card_pieces(rng, style, count))
        else:
            plan[key] = iter([GENERATORS[etype](rng, style, variant)])
    return plan


def fill_template(rng: random.Random, style: str, template: str) -> Rendered:
    plan = plan_values(rng, style, template)
    notes: list[str] = []

    def resolve(match: re.Match[str]) -> tuple[str, str, str | None]:
        key = match.group(1)
        if key in plan:
            lead, text, note = next(plan[key])
            if note not in notes:
                notes.append(note)
            return lead, text, key.split(":")[0]
        if "|" in key:
            return "", rng.choice(key.split("|")), None
        return "", NEG_FILL[key](rng), None

    out = render(template, SLOT, resolve)
    out.notes = notes
    return out


def render_markup(markup: str) -> Rendered:
    return render(markup, MARK, lambda m: ("", m.group(2), m.group(1)))


# --------------------------------------------------------------------------- building


def unique_fill(rng: random.Random, style: str, template: str, seen: set[str]) -> Rendered:
    """Fill ``template``, redrawing (up to 20 times) when the text duplicates an earlier case."""
    for _ in range(20):
        out = fill_template(rng, style, template)
        key = " || ".join(t["text"] for t in out.turns)
        if key not in seen:
            seen.add(key)
            return out
    raise RuntimeError(f"cannot draw a new variant of {template!r}")


def build_positives(rng: random.Random, seen: set[str]) -> list[Case]:
    cases: list[Case] = []
    for etype in TYPES:
        templates = TEMPLATES[etype]
        if len(templates) < 6:
            raise ValueError(f"{etype}: need at least 6 templates, have {len(templates)}")
        number = 0
        for style, template, tpl_note in templates:
            for _ in range(TEMPLATE_REPEAT):
                out = unique_fill(rng, style, template, seen)
                number += 1
                note = f"{style}: {tpl_note}; " + "; ".join(out.notes)
                cases.append(Case(f"{ID_PREFIX[etype]}-{number:03d}", "positive", out.turns,
                                  out.spans, note))
    return cases


def build_negatives(rng: random.Random, seen: set[str]) -> list[Case]:
    cases: list[Case] = []
    for category, templates in NEG_TEMPLATES.items():
        number = 0
        for style, template in templates:
            repeats = NEG_REPEAT if SLOT.search(template) else 1
            for _ in range(repeats):
                try:
                    out = unique_fill(rng, style, template, seen)
                except RuntimeError:
                    continue  # too few alternatives for a second distinct variant
                if out.spans:
                    raise ValueError(f"negative template produced a span: {template}")
                number += 1
                cases.append(Case(f"neg-{category}-{number:03d}", "negative", out.turns, [],
                                  f"{style}: {category.replace('_', ' ')}"))
    return cases


def build_hand_cases() -> list[Case]:
    cases: list[Case] = []
    numbers: Counter[str] = Counter()
    for stem, style, note, markup in HAND_CASES:
        numbers[stem] += 1
        out = render_markup(markup)
        kind = "positive" if out.spans else "negative"
        cases.append(Case(f"hw-{stem}-{numbers[stem]:02d}", kind, out.turns, out.spans,
                          f"hand-written, {style}: {note}"))
    return cases


def build_cases() -> list[Case]:
    rng = random.Random(SEED)
    seen: set[str] = set()
    return build_positives(rng, seen) + build_negatives(rng, seen) + build_hand_cases()


# --------------------------------------------------------------------------- checking

DIGIT_WORDS = {w: str(i) for i, w in enumerate(UNITS)} | {"oh": "0"}
FILLERS = {"um", "uh", "er", "erm"}


def to_chars(text: str, mode: str) -> str:
    """Spoken/written value -> digits (and letters).  ``mode``: ``card`` (digits, zero/oh/o,
    double/triple only), ``number`` (also teens, tens, hundred; "plus" ignored) or ``alnum``
    (``number`` plus letters: single letters and letter groups kept, uppercased)."""
    tokens = re.findall(r"[a-z]+|\d+", text.lower())
    out: list[str] = []
    times, i = 1, 0
    while i < len(tokens):
        tok, piece = tokens[i], ""
        if tok in FILLERS or (tok == "plus" and mode != "card"):
            i += 1
            continue
        if tok in ("double", "triple"):
            times, i = (2 if tok == "double" else 3), i + 1
            continue
        if tok.isdigit():
            piece = tok
        elif tok in DIGIT_WORDS or (tok == "o" and mode == "card"):
            piece = DIGIT_WORDS.get(tok, "0")
        elif mode != "card" and tok in TEENS:
            piece = str(10 + TEENS.index(tok))
        elif mode != "card" and tok in TENS[2:]:
            nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
            unit = UNITS.index(nxt) if nxt in UNITS[1:] else 0
            piece, i = f"{TENS.index(tok)}{unit}", i + (1 if unit else 0)
        elif mode != "card" and tok == "hundred":
            piece = "00"
        elif mode == "alnum" and tok.isalpha():
            piece = tok.upper()
        else:
            raise ValueError(f"unexpected token {tok!r} in {text!r}")
        out.append(piece * times if len(piece) == 1 else piece)
        times, i = 1, i + 1
    return "".join(out)


VALUE_RULES: dict[str, tuple[str, Callable[[str], bool], str]] = {
    "CARD_NUMBER": ("card", lambda s: 13 <= len(s) <= 19 and s.isdigit() and luhn_ok(s),
                    "Luhn-valid 13-19 digits"),
    "PHONE": ("number", lambda s: s.isdigit() and 10 <= len(s) <= 13, "10-13 digits"),
    "IBAN": ("alnum", iban_ok, "valid IBAN (length, mod-97)"),
    "CVV": ("number", lambda s: s.isdigit() and len(s) in (3, 4), "3-4 digits"),
    "SSN": ("number", lambda s: s.isdigit() and len(s) == 9, "9 digits"),
    "SORT_CODE": ("number", lambda s: s.isdigit() and len(s) == 6, "6 digits"),
    "BANK_ACCOUNT": ("number", lambda s: s.isdigit() and len(s) in (8, 10, 11, 12), "8 or 10-12 digits"),
    "NI_NUMBER": ("alnum", lambda s: bool(re.fullmatch(r"[A-Z]{2}\d{6}[A-D]", s)), "AA999999A"),
    "POSTCODE": ("alnum", lambda s: bool(re.fullmatch(
        r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}|\d{5}(\d{4})?", s)), "UK postcode or US ZIP(+4)"),
}
JOINABLE = ("CARD_NUMBER", "PHONE", "IBAN")


def span_text(case: CaseJson, span: Span) -> str:
    return str(case["turns"][span["turn"]]["text"][span["start"]:span["end"]])


def join_values(case: CaseJson, etype: str) -> tuple[list[int], list[str]]:
    """Join the spans of ``etype`` in order into values; a joinable type's value closes as soon
    as the pieces so far form a valid value.  Returns (pieces per value, problems)."""
    mode, valid, rule = VALUE_RULES[etype]
    spans = [s for s in case["spans"] if s["type"] == etype]
    pieces: list[int] = []
    problems: list[str] = []
    acc, count = "", 0
    for span in spans:
        text = span_text(case, span)
        try:
            acc, count = acc + to_chars(text, mode), count + 1
        except ValueError as exc:
            return pieces, [f"{etype}: {exc}"]
        if valid(acc) or etype not in JOINABLE:
            if not valid(acc):
                problems.append(f"{etype} {text!r} -> {acc!r}: not {rule}")
            pieces.append(count)
            acc, count = "", 0
    if acc:
        problems.append(f"{etype} pieces join to {acc!r}: not {rule}")
    return pieces, problems


def check_case(case: CaseJson) -> list[str]:
    problems: list[str] = []
    if set(case) != {"id", "kind", "turns", "spans", "note"}:
        return [f"keys {sorted(case)}"]
    turns, spans = case["turns"], case["spans"]
    if not 1 <= len(turns) <= 4 or any(t.get("speaker") not in ("customer", "agent") or not t.get("text")
                                       for t in turns):
        problems.append("turns: need 1-4 turns with speaker customer|agent and non-empty text")
    if case["kind"] not in ("positive", "negative") or (case["kind"] == "negative") != (not spans):
        problems.append("kind must be positive with spans or negative with spans == []")
    for span in spans:
        if span.get("type") not in TYPES or not 0 <= span.get("turn", -1) < len(turns):
            problems.append(f"bad span {span}")
            continue
        text = turns[span["turn"]]["text"]
        if not 0 <= span["start"] < span["end"] <= len(text):
            problems.append(f"span offsets out of range: {span}")
            continue
        value = text[span["start"]:span["end"]]
        if not re.match(r"[\w(+]", value) or not value[-1].isalnum():
            problems.append(f"span text {value!r} starts/ends with space or punctuation")
        if span["type"] == "EMAIL" and "@" not in value and not (" at " in value and " dot " in value):
            problems.append(f"EMAIL {value!r} has neither '@' nor ' at ... dot '")
    ordered = sorted((s["turn"], s["start"], s["end"]) for s in spans)
    if any(a[0] == b[0] and b[1] < a[2] for a, b in itertools.pairwise(ordered)):
        problems.append("overlapping spans")
    for etype in {s["type"] for s in spans} & set(VALUE_RULES):
        problems += join_values(case, etype)[1]
    return problems


def style_of(note: str) -> str:
    match = re.search(r"\b(chat|asr):", note)
    return match.group(1) if match else "?"


def type_stats(cases: list[CaseJson]) -> dict[str, Counter[str]]:
    """Per entity type: cases containing it, spans, chat/asr cases, multi-turn, hand-written,
    spoken card cases and card values split over turns."""
    stats = {t: Counter[str]() for t in TYPES}
    for case in cases:
        spans = case["spans"]
        for etype in {s["type"] for s in spans}:
            row = stats[etype]
            row["cases"] += 1
            row[style_of(str(case["note"]))] += 1
            row["multi_turn"] += len(case["turns"]) > 1
            row["hand"] += str(case["id"]).startswith("hw-")
            texts = [span_text(case, s) for s in spans if s["type"] == etype]
            row["spoken"] += any(re.search(r"\b(one|two|three|four|five|six|seven|eight|nine|oh|zero)\b",
                                           t) for t in texts)
            if etype in JOINABLE:
                row["split"] += any(p > 1 for p in join_values(case, etype)[0])
        for span in spans:
            stats[span["type"]]["spans"] += 1
    return stats


def requirement_problems(cases: list[CaseJson]) -> list[str]:
    kinds = Counter(str(c["kind"]) for c in cases)
    stats = type_stats(cases)
    problems = [f"{t}: {stats[t]['cases']} positive cases < {n}" for t, n in MIN_POSITIVES.items()
                if stats[t]["cases"] < n]
    if kinds["positive"] < 240 or kinds["negative"] < 120:
        problems.append(f"need >= 240 positives and >= 120 negatives, have {dict(kinds)}")
    if stats["CARD_NUMBER"]["spoken"] < 8 or stats["CARD_NUMBER"]["split"] < 4:
        problems.append("CARD_NUMBER: need >= 8 spoken and >= 4 split cases")
    ids = Counter(str(c["id"]) for c in cases)
    problems += [f"duplicate id {i}" for i, n in ids.items() if n > 1]
    texts = Counter(" || ".join(t["text"] for t in c["turns"]) for c in cases)
    problems += [f"duplicate text {t!r}" for t, n in texts.items() if n > 1]
    return problems


def stats_markdown(cases: list[CaseJson]) -> str:
    stats = type_stats(cases)
    lines = ["| type | positive cases | spans | chat | asr | multi-turn | hand-written |",
             "|---|---:|---:|---:|---:|---:|---:|"]
    for etype in TYPES:
        r = stats[etype]
        lines.append(f"| {etype} | {r['cases']} | {r['spans']} | {r['chat']} | {r['asr']} | "
                     f"{r['multi_turn']} | {r['hand']} |")
    card = stats["CARD_NUMBER"]
    lines += ["", (f"CARD_NUMBER: {card['spoken']} cases with spoken digits, {card['split']} with a "
              f"number split over turns; PHONE: {stats['PHONE']['split']} split."), "",
              "| kind | generated | hand-written | total |", "|---|---:|---:|---:|"]
    for kind in ("positive", "negative"):
        of_kind = [str(c["id"]) for c in cases if c["kind"] == kind]
        hand = sum(i.startswith("hw-") for i in of_kind)
        lines.append(f"| {kind} | {len(of_kind) - hand} | {hand} | {len(of_kind)} |")
    lines.append(f"| all | {sum(not str(c['id']).startswith('hw-') for c in cases)} | "
                 f"{sum(str(c['id']).startswith('hw-') for c in cases)} | {len(cases)} |")
    categories = Counter("hand-written" if str(c["id"]).startswith("hw-") else str(c["id"]).split("-")[1]
                         for c in cases if c["kind"] == "negative")
    lines += ["", "| negative category | cases |", "|---|---:|"]
    lines += [f"| {name} | {n} |" for name, n in categories.items()]
    return "\n".join(lines) + "\n"


def load(path: Path) -> list[CaseJson]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def check_file(path: Path) -> int:
    """Validate ``path``; print problems and counts; return the process exit status."""
    cases = load(path)
    problems = [f"{c.get('id')}: {p}" for c in cases for p in check_case(c)]
    if not problems:
        problems = requirement_problems(cases)
    expected = "".join(c.to_json() + "\n" for c in build_cases())
    if path.read_text(encoding="utf-8") != expected:
        problems.append(f"{path} differs from the generator output: rerun the script")
    if path == OUT and README.exists() and stats_markdown(cases) not in README.read_text(encoding="utf-8"):
        problems.append(f"{README} count tables are stale: paste the output of --stats")
    for problem in problems:
        print(f"error: {problem}", file=sys.stderr)
    kinds = Counter(str(c["kind"]) for c in cases)
    print(f"{path}: {len(cases)} cases ({kinds['positive']} positive, {kinds['negative']} negative), "
          f"{len(problems)} problem(s)")
    return 1 if problems else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT, help="JSONL file (default: %(default)s)")
    parser.add_argument("--check", action="store_true", help="validate the file instead of writing it")
    parser.add_argument("--stats", action="store_true", help="print the Markdown count tables")
    args = parser.parse_args(argv)
    if args.check:
        return check_file(args.out)
    if args.stats:
        print(stats_markdown(load(args.out)), end="")
        return 0
    cases = build_cases()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text("".join(c.to_json() + "\n" for c in cases), encoding="utf-8")
    print(f"wrote {len(cases)} cases to {args.out}")
    problems = [f"{c.id}: {p}" for c in cases for p in check_case(json.loads(c.to_json()))]
    for problem in problems:
        print(f"error: {problem}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set ``pii_holdout132``.

Written by an independent AI helper that never saw the redaction code.
Standard library only.  All values come from one seeded ``random.Random``
so the output is byte-for-byte reproducible.

    python scripts/make_pii_holdout132.py          # write fixture + README
    python scripts/make_pii_holdout132.py --check  # regenerate and verify
"""
from __future__ import annotations

import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

SEED = 132241124
PREFIX = "h132"
ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "tests" / "fixtures" / "pii_holdout132"
CASES = OUT_DIR / "cases.jsonl"
README = OUT_DIR / "README.md"

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

R = random.Random(SEED)

# --------------------------------------------------------------------------
# spoken-number helpers
# --------------------------------------------------------------------------
UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
ORD_UNITS = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh",
             "eighth", "ninth"]
ORD_TEENS = ["tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
             "sixteenth", "seventeenth", "eighteenth", "nineteenth"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo",
        "f": "foxtrot", "g": "golf", "h": "hotel", "i": "india", "j": "juliet",
        "k": "kilo", "l": "lima", "m": "mike", "n": "november", "o": "oscar",
        "p": "papa", "q": "quebec", "r": "romeo", "s": "sierra", "t": "tango",
        "u": "uniform", "v": "victor", "w": "whiskey", "x": "xray", "y": "yankee",
        "z": "zulu"}
NAMEWORDS = {"a": "apple", "b": "boy", "c": "cat", "d": "dog", "e": "edward",
             "f": "frank", "g": "george", "h": "henry", "j": "john", "k": "king",
             "l": "larry", "m": "mary", "n": "nancy", "p": "peter", "r": "robert",
             "s": "sam", "t": "tom", "w": "william", "x": "xylophone", "y": "yellow",
             "z": "zebra"}


def zero_word(style):
    return {"us": R.choice(["zero", "zero", "oh", "o"]),
            "uk": R.choice(["oh", "zero", "nought", "o"])}[style]


def say_digit(d, style="us"):
    return zero_word(style) if d == "0" else UNITS[int(d)]


def say_digits(s, style="us", runs=True, filler=False):
    """Digit by digit, optionally 'double'/'triple' for runs."""
    words = []
    i = 0
    while i < len(s):
        d = s[i]
        j = i
        while j < len(s) and s[j] == d:
            j += 1
        n = j - i
        if runs and n == 3 and R.random() < 0.6:
            words.append("triple " + say_digit(d, style))
            i = j
            continue
        if runs and n >= 2 and R.random() < 0.6:
            words.append("double " + say_digit(d, style))
            i += 2
            continue
        words.append(say_digit(d, style))
        i += 1
    if filler and len(words) > 3:
        k = R.randint(1, len(words) - 2)
        words.insert(k, R.choice(["um", "uh", "er"]))
    return " ".join(words)


def say_pair(p, style="us"):
    """Two-digit chunk as spoken: '41' forty one, '07' oh seven, '10' ten."""
    a, b = p[0], p[1]
    if a == "0":
        return zero_word(style) + " " + say_digit(b, style)
    if a == "1":
        return TEENS[int(b)]
    if b == "0":
        return TENS[int(a)]
    return TENS[int(a)] + " " + UNITS[int(b)]


def say_pairs(s, style="us"):
    out = []
    i = 0
    if len(s) % 2 == 1:
        out.append(say_digit(s[0], style))
        i = 1
    while i < len(s):
        chunk = s[i:i + 2]
        if len(chunk) == 1:
            out.append(say_digit(chunk, style))
        else:
            out.append(say_pair(chunk, style))
        i += 2
    return " ".join(out)


def join_groups(pairs, style="us"):
    """Join (digits, rendered) groups; a group ending in a round ten ('fifty') that is
    followed by a unit word would read as one number, so re-read it digit by digit."""
    out = [r for _, r in pairs]
    for i in range(len(out) - 2, -1, -1):
        last = out[i].split()[-1]
        nxt = out[i + 1].split()[0]
        if last in TENS and last and nxt in UNITS[1:] + ["double", "triple"]:
            out[i] = say_digits(pairs[i][0], style, runs=False)
    return " ".join(out)


def say_mixed(s, style="us"):
    """Groups of up to 4: each group either as pairs or digit by digit."""
    return join_groups([(g, say_pairs(g, style) if (len(g) % 2 == 0 and R.random() < 0.5)
                         else say_digits(g, style)) for g in chunks(s, 4)], style)


def say_number(n):
    """Cardinal number words for 0..9999 (US style, no 'and')."""
    if n < 10:
        return UNITS[n]
    if n < 20:
        return TEENS[n - 10]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else " " + UNITS[n % 10])
    if n < 1000:
        rest = n % 100
        return UNITS[n // 100] + " hundred" + ("" if rest == 0 else " " + say_number(rest))
    if n % 1000 == 0:
        return say_number(n // 1000) + " thousand"
    if n < 10000 and n % 100 != 0 and R.random() < 0.5 and (n // 100) % 10 != 0:
        return say_number(n // 100) + " " + say_pair(f"{n % 100:02d}")
    return say_number(n // 1000) + " thousand" + ("" if n % 1000 == 0 else " " + say_number(n % 1000))


def say_ordinal(n):
    if n < 10:
        return ORD_UNITS[n]
    if n < 20:
        return ORD_TEENS[n - 10]
    if n % 10 == 0:
        return TENS[n // 10][:-1] + "ieth"
    return TENS[n // 10] + " " + ORD_UNITS[n % 10]


def say_year(y):
    if 2000 <= y <= 2009:
        return R.choice(["two thousand " + UNITS[y - 2000], "two thousand and " + UNITS[y - 2000]]) if y > 2000 else "two thousand"
    hi, lo = divmod(y, 100)
    return say_number(hi) + " " + say_pair(f"{lo:02d}")


def say_letter(c, mode="plain"):
    c = c.lower()
    if c == "o" or mode == "nato":
        return f"{c} for {NATO[c]}"
    if mode == "name" and c in NAMEWORDS:
        return f"{c} as in {NAMEWORDS[c]}"
    return c


def chunks(s, n):
    return [s[i:i + n] for i in range(0, len(s), n)]


def split_sizes(s, sizes):
    out, i = [], 0
    for k in sizes:
        out.append(s[i:i + k])
        i += k
    return out


# --------------------------------------------------------------------------
# value generators
# --------------------------------------------------------------------------
def luhn_ok(num):
    total = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_complete(partial):
    for d in "0123456789":
        if luhn_ok(partial + d):
            return partial + d
    raise AssertionError


def gen_card(kind=None):
    kind = kind or R.choice(["visa", "visa", "visa", "mc", "mc", "amex", "disc"])
    if kind == "visa":
        p, n = "4" + "".join(R.choice("0123456789") for _ in range(5)), 16
    elif kind == "mc":
        p, n = "5" + R.choice("12345") + "".join(R.choice("0123456789") for _ in range(4)), 16
    elif kind == "amex":
        p, n = R.choice(["34", "37"]) + "".join(R.choice("0123456789") for _ in range(4)), 15
    else:
        p, n = "6011", 16
    body = p + "".join(R.choice("0123456789") for _ in range(n - 1 - len(p)))
    return luhn_complete(body)


def card_groups(num):
    if len(num) == 15:
        return split_sizes(num, [4, 6, 5])
    return chunks(num, 4)


def gen_ssn():
    while True:
        a = R.randint(1, 899)
        if a == 666:
            continue
        g = R.randint(1, 99)
        s = R.randint(1, 9999)
        return f"{a:03d}{g:02d}{s:04d}"


NI_BAD_FIRST = set("DFIQUV")
NI_BAD_SECOND = set("DFIQUVO")
NI_BAD_PAIRS = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}


def gen_ni():
    letters = "ABCEGHJKLMNPRSTWXYZ"
    while True:
        a = R.choice(letters)
        b = R.choice(letters)
        if a + b in NI_BAD_PAIRS or b in NI_BAD_SECOND:
            continue
        break
    return a + b + "".join(R.choice("0123456789") for _ in range(6)) + R.choice("ABCD")


def gen_digits(n, first_nonzero=False):
    s = "".join(R.choice("0123456789") for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = str(R.randint(1, 9)) + s[1:]
    return s


IBAN_SPEC = {"IE": ("A4", 14), "GB": ("A4", 14), "DE": ("", 18), "FR": ("", 23),
             "NL": ("A4", 10), "ES": ("", 20), "IT": ("A1", 22)}
BANKS = {"IE": ["AIBK", "BOFI", "IPBS", "ULSB"], "GB": ["NWBK", "BARC", "HBUK", "MIDL", "LOYD"],
         "NL": ["ABNA", "INGB", "RABO"], "IT": ["X"]}


def iban_check(country, bban):
    rearr = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in rearr)
    return f"{98 - int(num) % 97:02d}"


def gen_iban(country=None):
    country = country or R.choice(["IE", "IE", "GB", "DE", "FR", "NL", "ES", "IT"])
    spec, nd = IBAN_SPEC[country]
    if spec == "A4":
        bank = R.choice(BANKS[country])
        bban = bank + gen_digits(nd)
    elif spec == "A1":
        bban = R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + gen_digits(nd)
    else:
        bban = gen_digits(nd)
    return country + iban_check(country, bban) + bban


def iban_ok(s):
    s = s.upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    rearr = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in rearr)) % 97 == 1


US_AREA = ["212", "312", "415", "617", "713", "404", "305", "602", "206", "303", "512",
           "614", "919", "702", "503", "646", "818", "480", "972", "267", "216", "313"]


def gen_us_phone():
    return R.choice(US_AREA) + str(R.randint(2, 9)) + gen_digits(2) + gen_digits(4)


def fmt_us_phone(p):
    a, b, c = p[:3], p[3:6], p[6:]
    return R.choice([f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"{a}.{b}.{c}", f"{a} {b} {c}",
                     f"{a}{b}{c}", f"+1 {a} {b} {c}", f"1-{a}-{b}-{c}", f"+1 ({a}) {b}-{c}"])


def gen_uk_mobile():
    return "07" + R.choice(["700", "711", "723", "740", "753", "768", "779", "801", "912", "956"]) + gen_digits(6)


def gen_ie_mobile():
    return "08" + R.choice("35679") + gen_digits(7)


US_ZIPS = ["10027", "60614", "94110", "02139", "77005", "30309", "33139", "85004",
           "98103", "80205", "78704", "43215", "27601", "89109", "97214", "19104",
           "44113", "48226", "55408", "63110", "37203", "46220", "53202", "84101"]
UK_POSTCODES = ["SW1A 1AA", "M1 1AE", "B33 8TH", "CR2 6XH", "DN55 1PT", "EC1A 1BB",
                "LS6 2JT", "G12 8QQ", "BS8 4RE", "NE1 7RU", "EH9 1SS", "CF10 3AT",
                "L17 6AR", "NG7 2RD", "SE15 4HW", "BT9 5AG", "OX4 1YB", "PL4 8AA",
                "W1T 3JH", "N16 8EY", "RG1 3EH", "SK4 2LP", "YO31 7EP", "E8 1DY"]
US_STREETS = ["Maple", "Oak", "Cedar", "Pine", "Elm", "Washington", "Lincoln", "Jefferson",
              "Highland", "Lakeview", "Sunset", "Park", "Ridge", "Willow", "Magnolia",
              "Chestnut", "Franklin", "Madison", "Hillcrest", "Spring", "Meadow", "Birch"]
US_SUFFIX = [("Street", "St"), ("Avenue", "Ave"), ("Road", "Rd"), ("Drive", "Dr"),
             ("Lane", "Ln"), ("Boulevard", "Blvd"), ("Court", "Ct"), ("Place", "Pl"),
             ("Way", "Way"), ("Circle", "Cir"), ("Terrace", "Ter")]
UK_STREETS = ["Kingsway", "Station", "Church", "Mill", "Victoria", "Albert", "Queens",
              "Manor", "Grange", "Park", "Orchard", "Holly", "Beech", "Castle"]
UK_SUFFIX = ["Road", "Street", "Lane", "Avenue", "Close", "Crescent", "Gardens", "Grove", "Drive"]
US_CITIES = [("Springfield", "IL", "62704"), ("Austin", "TX", "78704"), ("Columbus", "OH", "43215"),
             ("Denver", "CO", "80205"), ("Tampa", "FL", "33606"), ("Raleigh", "NC", "27601"),
             ("Portland", "OR", "97214"), ("Phoenix", "AZ", "85004"), ("Madison", "WI", "53703"),
             ("Albany", "NY", "12203"), ("Reno", "NV", "89502"), ("Boise", "ID", "83702"),
             ("Seattle", "WA", "98103"), ("Chicago", "IL", "60614"), ("Atlanta", "GA", "30309")]
FIRST = ["james", "maria", "robert", "linda", "michael", "jennifer", "david", "patricia",
         "chris", "angela", "kevin", "tanya", "brian", "megan", "luis", "aisha", "sean",
         "niamh", "gareth", "fiona", "dwayne", "keisha", "tom", "rachel"]
LAST = ["johnson", "garcia", "miller", "nguyen", "okafor", "walsh", "patel", "kowalski",
        "brennan", "thompson", "rivera", "murphy", "hughes", "sanders", "delacroix", "lee"]
DOMAINS = [("gmail", "com"), ("yahoo", "com"), ("outlook", "com"), ("hotmail", "com"),
           ("aol", "com"), ("icloud", "com"), ("comcast", "net"), ("att", "net"),
           ("hotmail", "co.uk"), ("btinternet", "com"), ("eircom", "net"), ("gmx", "de")]


def gen_email():
    f, l = R.choice(FIRST), R.choice(LAST)
    d, tld = R.choice(DOMAINS)
    form = R.randint(0, 4)
    if form == 0:
        local = f"{f}.{l}"
    elif form == 1:
        local = f"{f[0]}{l}{R.randint(1, 99)}"
    elif form == 2:
        local = f"{f}_{l}"
    elif form == 3:
        local = f"{l}.{f[0]}"
    else:
        local = f"{f}{R.randint(70, 99)}"
    return local, d, tld


def email_text(local, d, tld, upper=False):
    s = f"{local}@{d}.{tld}"
    if upper:
        s = s[0].upper() + s[1:]
    return s


def say_email(local, d, tld):
    out = []
    for piece in re.split(r"([._])", local):
        if piece == ".":
            out.append("dot")
        elif piece == "_":
            out.append("underscore")
        elif piece.isdigit():
            out.append(say_pairs(piece) if len(piece) == 2 and R.random() < 0.6 else say_digits(piece))
        else:
            m = re.match(r"([a-z]+)(\d*)$", piece)
            word, num = m.group(1), m.group(2)
            if len(word) == 1:
                out.append(word)
            elif len(word) <= 4 and R.random() < 0.3:
                out.append(" ".join(word))
            else:
                out.append(word)
            if num:
                out.append(say_pairs(num) if len(num) == 2 else say_digits(num))
    dom = {"att": "a t t", "aol": R.choice(["a o l", "aol"]), "gmx": "g m x"}.get(d, d)
    return " ".join(out) + " at " + dom + " dot " + " dot ".join(tld.split("."))


def gen_dob():
    return R.randint(1938, 2004), R.randint(1, 12), R.randint(1, 28)


def dob_forms(y, m, d, style="us_chat"):
    if style == "us_chat":
        return R.choice([f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}", f"{m}-{d}-{y}",
                         f"{MONTHS[m-1].capitalize()} {d}, {y}", f"{MONTHS[m-1][:3].capitalize()} {d} {y}",
                         f"{m:02d}/{d:02d}/{y % 100:02d}"])
    if style == "uk_chat":
        return R.choice([f"{d:02d}/{m:02d}/{y}", f"{d}.{m}.{y}", f"{d} {MONTHS[m-1].capitalize()} {y}",
                         f"{d}th {MONTHS[m-1][:3]} {y}" if d not in (1, 2, 3, 21, 22, 23) else f"{d:02d}-{m:02d}-{y}"])
    if style == "us_call":
        return R.choice([f"{MONTHS[m-1]} {say_ordinal(d)} {say_year(y)}",
                         f"{MONTHS[m-1]} {say_number(d)} {say_year(y)}",
                         f"{say_number(m)} {say_number(d)} {say_pair(f'{y % 100:02d}')}",
                         f"{say_pair(f'{m:02d}')} {say_pair(f'{d:02d}')} {say_year(y)}",
                         f"{MONTHS[m-1]} {say_ordinal(d)} {say_pair(f'{y % 100:02d}')}"])
    return R.choice([f"{say_ordinal(d)} of {MONTHS[m-1]} {say_year(y)}",
                     f"{say_ordinal(d)} of {MONTHS[m-1]} {say_pair(f'{y % 100:02d}')}",
                     f"{say_pair(f'{d:02d}')} {say_pair(f'{m:02d}')} {say_pair(f'{y % 100:02d}')}"])


def gen_expiry():
    return R.randint(1, 12), R.randint(26, 32)


def expiry_forms(m, y, spoken):
    if not spoken:
        return R.choice([f"{m:02d}/{y}", f"{m:02d}/20{y}", f"{m:02d}-{y}", f"{m:02d}{y}", f"{m}/{y}"])
    return R.choice([f"{say_pair(f'{m:02d}')} {say_pair(str(y))}",
                     f"{MONTHS[m-1]} {say_year(2000 + y)}",
                     f"{MONTHS[m-1]} {say_pair(str(y))}",
                     f"{say_digits(f'{m:02d}')} {say_digits(str(y))}"])


def gen_address(country="us"):
    if country == "us":
        num = R.choice([R.randint(10, 99), R.randint(100, 999), R.randint(1000, 9999),
                        R.randint(10000, 29999)])
        st = R.choice(US_STREETS)
        suf = R.choice(US_SUFFIX)
        pre = R.choice(["", "", "", "N ", "S ", "E ", "W "])
        unit = R.choice(["", "", "", f" Apt {R.randint(1, 40)}{R.choice('ABCD')}", f" Unit {R.randint(100, 420)}"])
        return num, pre, st, suf, unit
    num = R.randint(1, 180)
    return num, "", R.choice(UK_STREETS), (R.choice(UK_SUFFIX),) * 2, ""


def address_chat(a, abbrev=None):
    num, pre, st, suf, unit = a
    abbrev = R.random() < 0.5 if abbrev is None else abbrev
    s = f"{num} {pre}{st} {suf[1] if abbrev else suf[0]}{unit}"
    if R.random() < 0.2:
        s = s.lower()
    return s


def address_call(a):
    num, pre, st, suf, unit = a
    if num >= 10000:
        n = say_digits(str(num), runs=False)
    elif num >= 1000 and num % 100 == 0:
        n = say_number(num // 100) + " hundred"
    elif num >= 1000 and num % 100 >= 10:
        n = say_pair(str(num)[:2]) + " " + say_pair(str(num)[2:])
    elif 100 <= num < 1000 and num % 100 >= 10:
        n = UNITS[num // 100] + " " + say_pair(str(num)[1:])
    else:
        n = say_number(num)
    predir = {"": "", "N ": "north ", "S ": "south ", "E ": "east ", "W ": "west "}[pre]
    u = ""
    if unit:
        m = re.match(r" (Apt|Unit) (\d+)([A-D]?)", unit)
        u = " " + ("apartment" if m.group(1) == "Apt" else "unit") + " " + say_number(int(m.group(2))) + (
            " " + m.group(3).lower() if m.group(3) else "")
    return f"{n} {predir}{st.lower()} {suf[0].lower()}{u}"


def say_uk_postcode(pc):
    out = []
    for ch in pc.replace(" ", ""):
        if ch.isdigit():
            out.append(say_digit(ch, "uk"))
        else:
            out.append(say_letter(ch, R.choice(["plain", "plain", "nato"])))
    return " ".join(out)


def say_zip(z):
    return R.choice([say_digits(z), say_digits(z, runs=False)])


# --------------------------------------------------------------------------
# case assembly
# --------------------------------------------------------------------------
_gid = [0]


def V(text, typ, group=None, partial=False):
    """A labelled value segment."""
    return {"text": text, "type": typ, "group": group, "partial": partial}


def G():
    _gid[0] += 1
    return f"g{_gid[0]}"


def build(note, turns, kind="positive"):
    out_turns, spans, meta = [], [], []
    for ti, (speaker, segs) in enumerate(turns):
        if isinstance(segs, str):
            segs = [segs]
        text = ""
        for seg in segs:
            if isinstance(seg, str):
                text += seg
            else:
                start = len(text)
                text += seg["text"]
                spans.append({"turn": ti, "start": start, "end": len(text), "type": seg["type"]})
                meta.append({"group": seg["group"] or G(), "partial": seg["partial"]})
        out_turns.append({"speaker": speaker, "text": text})
    return {"kind": kind, "turns": out_turns, "spans": spans, "note": note}, meta


def A(*segs):
    return ("agent", list(segs))


def C(*segs):
    return ("customer", list(segs))


def pick(*xs):
    return R.choice(xs)


# --------------------------------------------------------------------------
# positive templates
# --------------------------------------------------------------------------
def p_card_call_digits():
    card = gen_card()
    brand = {"4": "visa", "5": "mastercard", "3": "amex", "6": "discover"}[card[0]]
    ind = pick("telecom", "utilities", "insurance", "retail")
    return build(f"call/{ind}: US card read digit by digit in one turn, zero variants and runs", [
        A(pick("okay and what's the long number on the card", "go ahead with the card number whenever you're ready",
               "alright i can take that payment for you what's the card number")),
        C(pick("yeah it's ", "okay um ", "sure its ", ""), V(say_digits(card, filler=R.random() < 0.4), "CARD_NUMBER"),
          pick("", f" and thats a {brand}", " got it", " okay")),
    ])


def p_card_chat_grouped():
    card = gen_card()
    g = card_groups(card)
    sep = pick(" ", " ", "-", "", "  ")
    txt = sep.join(g)
    amt = f"${R.randint(20, 900)}.{R.randint(0, 99):02d}"
    ind = pick("retail", "telecom", "travel", "healthcare billing")
    return build(f"chat/{ind}: card typed with separator '{sep}' next to an amount", [
        A(f"Your balance due is {amt}. Would you like to pay that today?"),
        C(pick("yes pls. card is ", "Yes - use ", "ok here you go ", "card no: "), V(txt, "CARD_NUMBER"),
          pick("", " thanks", " for the full amount", ". Thx!")),
    ])


def p_card_call_split():
    card = gen_card(pick("visa", "mc", "disc"))
    g = G()
    parts = chunks(card, 4)
    turns = [A("okay go ahead with the card number"),
             C(pick("right ", "okay ", "", "so "), V(say_digits(parts[0]), "CARD_NUMBER", g))]
    for i, p in enumerate(parts[1:]):
        turns.append(A(pick("mhm", "okay", "yep", "uh huh", "okay go on", "got it")))
        turns.append(C(V(say_digits(p), "CARD_NUMBER", g), pick("", "", " um", " and")) if i < 2 else
                     C(pick("", "and the last four are "), V(say_digits(p), "CARD_NUMBER", g)))
    ind = pick("insurance", "utilities", "telecom", "healthcare billing")
    return build(f"call/{ind}: card split over four customer turns with back-channels", turns)


def p_card_call_pairs_exp_cvv():
    card = gen_card(pick("visa", "mc"))
    parts = chunks(card, 4)
    spoken = join_groups([(p, say_pairs(p) if R.random() < 0.7 else say_digits(p)) for p in parts])
    m, y = gen_expiry()
    cvv = gen_digits(3)
    return build("call/retail: card read in pairs like 'forty one eleven', then expiry and CVV on request", [
        A("and the card number please"),
        C(V(spoken, "CARD_NUMBER")),
        A("thank you and the expiration date"),
        C(pick("it expires ", "", "um "), V(expiry_forms(m, y, True), "EXPIRY")),
        A("and the three digit code on the back"),
        C(pick("", "its ", "okay that's "), V(say_digits(cvv, runs=False), "CVV")),
        A(f"perfect that's going through now for {say_number(R.randint(20, 300))} dollars"),
    ])


def p_card_chat_all():
    card = gen_card()
    m, y = gen_expiry()
    cvv = gen_digits(4 if card[:2] in ("34", "37") else 3)
    sep = pick(" ", "-", "")
    ccv_label = pick("cvv", "CVV", "security code", "cvc", "CVV2")
    exp_label = pick("exp", "expires", "Exp date", "exp.")
    ind = pick("travel", "retail", "telecom")
    return build(f"chat/{ind}: card, expiry and CVV typed in one message", [
        A("I can process that for you here. Please send the card details."),
        C(V(sep.join(card_groups(card)), "CARD_NUMBER"), pick(" ", ", ", " / "), f"{exp_label} ",
          V(expiry_forms(m, y, False), "EXPIRY"), pick(" ", ", ", " / "), f"{ccv_label} ", V(cvv, "CVV")),
    ])


def p_card_readback():
    card = gen_card(pick("visa", "mc"))
    parts = chunks(card, 4)
    return build("call/utilities: customer reads card in groups, agent reads the whole number back", [
        A("can i get the card number"),
        C(V(" ".join(say_digits(p) for p in parts), "CARD_NUMBER")),
        A("let me read that back ", V(" ".join(say_digits(p, runs=False) for p in parts), "CARD_NUMBER"),
          " is that right"),
        C("yes that's correct"),
    ])


def p_card_amex():
    card = gen_card("amex")
    cvv = gen_digits(4)
    g = card_groups(card)
    spoken = " ".join(say_digits(x) for x in g)
    return build("call/travel: amex 4-6-5 read out, four digit CID, booking reference nearby", [
        A(f"okay your booking reference is {' '.join(pick('k', 'r', 'x'))} {say_digits(gen_digits(4))} and how are you paying today"),
        C("american express ", V(spoken, "CARD_NUMBER")),
        A("and the four digit code on the front"),
        C(V(say_digits(cvv), "CVV")),
    ])


def p_card_homophone():
    card = gen_card("visa")
    words = say_digits(card, runs=False).split()
    hom = {"two": "to", "four": "for", "eight": "ate", "one": "won"}
    idx = [i for i, w in enumerate(words) if w in hom and i > 0]
    for i in idx[:2]:
        words[i] = hom[words[i]]
    return build("call/telecom: ASR homophones inside card digits ('for', 'to', 'ate', 'won')", [
        A("what card would you like to use"),
        C(pick("my visa ", "the visa debit "), V(" ".join(words), "CARD_NUMBER")),
    ])


def p_ssn_chat():
    s = gen_ssn()
    form = pick(f"{s[:3]}-{s[3:5]}-{s[5:]}", f"{s[:3]} {s[3:5]} {s[5:]}", s, f"{s[:3]}.{s[3:5]}.{s[5:]}",
                f"{s[:3]}-{s[3:5]}-{s[5:]}")
    lead = pick("my ssn is ", "SSN: ", "Social is ", "social security # ", "ss# ", "its ")
    ind = pick("banking", "insurance", "government services", "healthcare billing", "telecom")
    return build(f"chat/{ind}: US SSN typed '{form[:3]}…' style", [
        A(pick("To verify your identity I'll need your Social Security number.",
               "Can you confirm the SSN on the account?", "Please provide your full SSN so I can pull up the application.")),
        C(lead, V(form, "SSN"), pick("", " thanks", ".", " - sorry for the delay")),
    ])


def p_ssn_call_digits():
    s = gen_ssn()
    ind = pick("banking", "insurance", "government services", "healthcare billing")
    return build(f"call/{ind}: SSN read digit by digit in one turn", [
        A(pick("can i get your social security number please", "and your social", "what's the social on the account")),
        C(pick("yeah it's ", "sure ", "um okay ", ""), V(say_digits(s, filler=R.random() < 0.3), "SSN")),
    ])


def p_ssn_call_split():
    s = gen_ssn()
    g = G()
    a, b, c = s[:3], s[3:5], s[5:]
    return build("call/banking: SSN split 3-2-4 across customer turns with back-channels", [
        A("and the social security number"),
        C(V(say_digits(a), "SSN", g)),
        A(pick("okay", "mhm", "yep")),
        C(V(say_digits(b), "SSN", g)),
        A(pick("uh huh", "okay go on", "got it")),
        C(V(say_pair(c[:2]) + " " + say_pair(c[2:]) if R.random() < 0.5 else say_digits(c), "SSN", g)),
    ])


def p_ssn_call_grouped_words():
    s = gen_ssn()
    a = s[:3]
    first = (UNITS[int(a[0])] + " " + say_pair(a[1:])) if a[1] != "0" else say_digits(a)
    spoken = first + " " + say_pair(s[3:5]) + " " + say_pair(s[5:7]) + " " + say_pair(s[7:])
    return build("call/insurance: SSN said in chunks ('one twenty three forty five ...')", [
        A("i just need to verify the social on the policy"),
        C("sure it's ", V(spoken, "SSN")),
        A(f"thank you and the claim is for {say_number(R.randint(200, 4000))} dollars correct"),
    ])


def p_ssn_dash_words():
    s = gen_ssn()
    spoken = say_digits(s[:3]) + " dash " + say_digits(s[3:5]) + " dash " + say_digits(s[5:])
    return build("call/government services: ASR writes the spoken 'dash' between SSN groups", [
        A("what's your social security number"),
        C(V(spoken, "SSN"), pick("", " yeah"), pick("", " and my case worker said to call")),
    ])


def p_ssn_readback():
    s = gen_ssn()
    return build("call/banking: customer gives SSN, agent reads it back in groups", [
        A("may i have your social"),
        C(V(say_digits(s), "SSN")),
        A("okay i have ", V(say_digits(s[:3], runs=False) + " " + say_digits(s[3:5], runs=False) + " " +
                            say_digits(s[5:], runs=False), "SSN"), " correct"),
        C("yep"),
    ])


def p_ssn_correction():
    s = gen_ssn()
    wrong = s[:3] + str((int(s[3]) + 3) % 10)
    return build("call/healthcare billing: caller starts SSN, corrects herself and restarts", [
        A("can you verify the patient's social"),
        C(V(say_digits(wrong, runs=False), "SSN", partial=True), " no wait sorry let me start again ",
          V(say_digits(s), "SSN")),
    ])


def p_ssn_dob_verify():
    s = gen_ssn()
    y, m, d = gen_dob()
    return build("call/banking: identity check with SSN then DOB in separate turns", [
        A("for verification i'll need your social and date of birth"),
        C(pick("social is ", "okay the social's "), V(say_digits(s), "SSN")),
        A("and date of birth"),
        C(V(dob_forms(y, m, d, "us_call"), "DOB")),
    ])


def p_ssn_chat_dob():
    s = gen_ssn()
    y, m, d = gen_dob()
    return build("chat/insurance: SSN and DOB typed in one message with typos", [
        A("Please confirm your SSN and date of birth."),
        C(pick("ssn ", "SSN-", "soc sec "), V(pick(f"{s[:3]}-{s[3:5]}-{s[5:]}", s, f"{s[:3]} {s[3:5]} {s[5:]}"), "SSN"),
          pick(" and dob ", " / DOB ", ", born "), V(dob_forms(y, m, d, "us_chat"), "DOB"), pick("", " thx", " ty")),
    ])


def p_ssn_double():
    s = gen_ssn()
    s = s[:4] + s[3] + s[5:]  # force a run
    return build("call/telecom: SSN containing a 'double' run, credit check for new line", [
        A("to run the credit check i'll need your social"),
        C("okay ", V(say_digits(s, runs=True), "SSN"), " and how long does the check take"),
        A("just a few minutes"),
    ])


def p_ni_chat():
    ni = gen_ni()
    form = pick(f"{ni[:2]} {ni[2:4]} {ni[4:6]} {ni[6:8]} {ni[8]}", ni, ni.lower(), f"{ni[:2]}{ni[2:8]} {ni[8]}",
                f"{ni[:2]} {ni[2:8]} {ni[8]}")
    return build("chat/government services (UK): NI number typed", [
        A("Could you give me your National Insurance number?"),
        C(pick("NI: ", "its ", "NINO ", "sure - "), V(form, "NI_NUMBER"), pick("", ".", " cheers")),
    ])


def p_ni_call_plain():
    ni = gen_ni().lower()
    spoken = say_letter(ni[0]) + " " + say_letter(ni[1]) + " " + say_digits(ni[2:8], "uk") + " " + say_letter(ni[8])
    return build("call/banking (UK): NI number spelled with bare letters", [
        A("and your national insurance number please"),
        C(pick("yeah it's ", "it's ", ""), V(spoken, "NI_NUMBER")),
    ])


def p_ni_call_nato():
    ni = gen_ni().lower()
    spoken = " ".join(say_letter(c, "nato") for c in ni[:2]) + " " + say_pairs(ni[2:8], "uk") + " " + say_letter(ni[8], "nato")
    return build("call/insurance (UK): NI number with phonetic letters and pairs of digits", [
        A("i'll just need your NI number"),
        C(V(spoken, "NI_NUMBER")),
    ])


def p_ni_split():
    ni = gen_ni().lower()
    g = G()
    return build("call/government services (UK): NI number split across three turns", [
        A("national insurance number"),
        C(pick("right ", "okay so "), V(say_letter(ni[0], pick("plain", "name")) + " " + say_letter(ni[1], pick("plain", "name")), "NI_NUMBER", g)),
        A(pick("yep", "mhm", "okay")),
        C(V(say_digits(ni[2:5], "uk") + " " + say_digits(ni[5:8], "uk"), "NI_NUMBER", g)),
        A(pick("and the letter at the end", "and the last letter")),
        C(pick("", "it's "), V(say_letter(ni[8]), "NI_NUMBER", g)),
    ])


def p_ni_with_postcode():
    ni = gen_ni()
    pc = R.choice(UK_POSTCODES)
    return build("call/utilities (UK): NI number then postcode on security questions", [
        A("can you confirm your national insurance number"),
        C(V(say_letter(ni[0].lower()) + " " + say_letter(ni[1].lower()) + " " + say_pairs(ni[2:8], "uk") + " " +
            say_letter(ni[8].lower()), "NI_NUMBER")),
        A("and the postcode"),
        C(V(say_uk_postcode(pc), "POSTCODE")),
    ])


def p_ni_chat_ni_and_phone():
    ni = gen_ni()
    ph = gen_uk_mobile()
    return build("chat/government services (UK): NI number and mobile typed in one message", [
        A("Please confirm your NI number and a contact number."),
        C(V(pick(ni, f"{ni[:2]} {ni[2:4]} {ni[4:6]} {ni[6:8]} {ni[8]}", ni.lower()), "NI_NUMBER"),
          pick(" and ", ", mob ", " - phone "), V(pick(f"{ph[:5]} {ph[5:]}", ph, f"+44 {ph[1:5]} {ph[5:]}"), "PHONE")),
    ])


def p_phone_us_chat():
    p = gen_us_phone()
    ind = pick("telecom", "retail", "insurance", "utilities", "healthcare billing")
    return build(f"chat/{ind}: US phone number typed", [
        A("What's the best callback number?"),
        C(pick("", "you can reach me at ", "cell is ", "call me on "), V(fmt_us_phone(p), "PHONE"),
          pick("", " after 5pm", " anytime", " pls")),
    ])


def p_phone_us_call():
    p = gen_us_phone()
    spoken = pick(say_digits(p), say_digits(p[:3]) + " " + say_digits(p[3:6]) + " " + say_pairs(p[6:]),
                  say_digits(p, runs=False))
    return build("call/telecom: US phone read out, 'oh' for zero", [
        A("and a good callback number"),
        C(pick("yeah it's ", "", "best one is my cell "), V(spoken, "PHONE")),
    ])


def p_phone_us_split():
    p = gen_us_phone()
    g = G()
    return build("call/insurance: area code given separately from the rest of the number", [
        A("what number should we call you on"),
        C("area code ", V(say_digits(p[:3]), "PHONE", g)),
        A("okay"),
        C(V(say_digits(p[3:6]) + " " + say_digits(p[6:]), "PHONE", g)) if R.random() < 0.5 else
        C(V(say_digits(p[3:6]), "PHONE", g), pick(" um ", " and then "), V(say_digits(p[6:]), "PHONE", g)),
    ])


def p_phone_uk_call():
    p = gen_uk_mobile()
    return build("call/telecom (UK): UK mobile with 'oh', 'double' and 'triple'", [
        A("can i take a contact number"),
        C(V(say_digits(p[:5], "uk") + " " + say_digits(p[5:], "uk"), "PHONE")),
    ])


def p_phone_ie():
    p = gen_ie_mobile()
    form = pick(f"{p[:3]} {p[3:6]} {p[6:]}", f"+353 {p[1:3]} {p[3:6]} {p[6:]}", p, f"(0{p[1:3]}) {p[3:]}")
    spoken = say_digits(p[:3], "uk") + " " + say_digits(p[3:], "uk")
    if R.random() < 0.5:
        return build("chat/utilities (Ireland): Irish mobile typed", [
            A("Whats the best number to contact you?"),
            C(V(form, "PHONE")),
        ])
    return build("call/utilities (Ireland): Irish mobile read out", [
        A("and the best number for you"),
        C("it's ", V(spoken, "PHONE"), " yeah"),
    ])


def p_phone_intl_call():
    p = gen_uk_mobile()
    spoken = "plus four four " + say_digits(p[1:5], "uk") + " " + say_digits(p[5:], "uk")
    return build("call/travel: caller abroad gives UK number with country code spoken", [
        A("what's a number we can reach you on while you're travelling"),
        C(V(spoken, "PHONE")),
        A(f"okay and your flight is at {pick('seven', 'nine', 'six')} {pick('fifteen', 'forty five', 'thirty')} tomorrow"),
    ])


def p_phone_email_chat():
    p = gen_us_phone()
    loc, d, tld = gen_email()
    return build("chat/retail: phone and e-mail typed together to update the profile", [
        A("What contact details should we update the profile with?"),
        C(pick("phone ", "ph: ", "new number "), V(fmt_us_phone(p), "PHONE"), pick(" email ", ", e-mail: ", " and "),
          V(email_text(loc, d, tld, R.random() < 0.3), "EMAIL")),
    ])


def p_email_call():
    loc, d, tld = gen_email()
    return build("call/retail: e-mail spoken with 'dot' and 'at'", [
        A("and what email should i send the receipt to"),
        C(pick("it's ", "yeah ", ""), V(say_email(loc, d, tld), "EMAIL")),
    ])


def p_email_chat():
    loc, d, tld = gen_email()
    ind = pick("banking", "travel", "insurance", "telecom")
    return build(f"chat/{ind}: e-mail typed inside a sentence", [
        A("Which email address is on the account?"),
        C(pick("should be ", "I think it's ", "try "), V(email_text(loc, d, tld, R.random() < 0.3), "EMAIL"),
          pick(" but I might have used my work one", "", " thanks", ". Order was placed last Tuesday")),
    ])


def p_email_spelled():
    f, l = R.choice(FIRST), R.choice(LAST)
    d, tld = R.choice(DOMAINS[:6])
    spelled = " ".join(f) + " dot " + l
    return build("call/insurance: e-mail local part spelled letter by letter", [
        A("can you spell the email for me"),
        C(V(spelled + " at " + d + " dot " + tld, "EMAIL")),
    ])


def p_dob_call():
    y, m, d = gen_dob()
    style = pick("us_call", "us_call", "uk_call")
    return build(f"call/{pick('healthcare billing', 'insurance', 'banking')}: date of birth spoken ({style})", [
        A(pick("can you confirm the date of birth", "and the patient's date of birth", "what's your birthday")),
        C(pick("", "it's ", "sure "), V(dob_forms(y, m, d, style), "DOB")),
    ])


def p_dob_chat():
    y, m, d = gen_dob()
    style = pick("us_chat", "us_chat", "uk_chat")
    return build("chat/healthcare billing: DOB typed next to an appointment date (appointment unlabelled)", [
        A("What's the patient's DOB and the date of service?"),
        C("DOB ", V(dob_forms(y, m, d, style), "DOB"), pick(", seen on ", " - appt was "),
          f"{R.randint(1, 12)}/{R.randint(1, 28)}/2026"),
    ])


def p_dob_born():
    y, m, d = gen_dob()
    return build("call/government services: 'i was born on' followed by date, age stated separately", [
        A("and your date of birth"),
        C(f"i was born on ", V(dob_forms(y, m, d, "us_call"), "DOB"),
          f" so i'm {say_number(2026 - y - 1)} now"),
    ])


def p_zip_chat():
    z = R.choice(US_ZIPS)
    plus = R.random() < 0.5
    val = f"{z}-{gen_digits(4)}" if plus else z
    return build(f"chat/retail: US ZIP{'+4' if plus else ''} typed for billing", [
        A("What's the billing ZIP code on the card?"),
        C(pick("", "zip is ", "its "), V(val, "POSTCODE")),
    ])


def p_zip_call():
    z = R.choice(US_ZIPS)
    plus = R.random() < 0.3
    val = say_zip(z) + ((" dash " if R.random() < 0.5 else " ") + say_digits(gen_digits(4)) if plus else "")
    return build("call/retail: ZIP code spoken for card verification", [
        A("and the zip code for the billing address"),
        C(V(val, "POSTCODE")),
    ])


def p_uk_postcode_chat():
    pc = R.choice(UK_POSTCODES)
    val = pick(pc, pc.lower(), pc.replace(" ", ""))
    return build("chat/retail (UK): UK postcode typed", [
        A("Can you confirm the postcode for delivery?"),
        C(pick("", "its ", "postcode "), V(val, "POSTCODE")),
    ])


def p_uk_postcode_call():
    pc = R.choice(UK_POSTCODES)
    return build("call/utilities (UK): UK postcode spelled out", [
        A("what's the postcode at the property"),
        C(pick("it's ", "", "yeah "), V(say_uk_postcode(pc), "POSTCODE")),
    ])


def p_address_chat_full():
    a = gen_address()
    city, st, z = R.choice(US_CITIES)
    if R.random() < 0.3:
        z = f"{z}-{gen_digits(4)}"
    return build("chat/retail: full US street address with city, state and ZIP (street line and ZIP labelled)", [
        A("What address should we ship the replacement to?"),
        C(V(address_chat(a), "ADDRESS"), f", {city}, {st} ", V(z, "POSTCODE")),
    ])


def p_address_call():
    a = gen_address()
    city, st, _ = R.choice(US_CITIES)
    return build("call/utilities: US street address spoken, house number in pairs", [
        A("what's the service address"),
        C(pick("it's ", "", "um "), V(address_call(a), "ADDRESS"), f" in {city.lower()}"),
    ])


def p_address_call_zip():
    a = gen_address()
    z = R.choice(US_ZIPS)
    return build("call/insurance: street address then ZIP in the next turn", [
        A("can you confirm the garaging address for the vehicle"),
        C(V(address_call(a), "ADDRESS")),
        A("and the zip"),
        C(V(say_zip(z), "POSTCODE")),
    ])


def p_address_uk():
    a = gen_address("uk")
    pc = R.choice(UK_POSTCODES)
    if R.random() < 0.5:
        return build("chat/utilities (UK): UK address line and postcode", [
            A("What's the supply address?"),
            C(V(address_chat(a, False), "ADDRESS"), pick(", ", " "), V(pc, "POSTCODE")),
        ])
    return build("call/utilities (UK): UK address and postcode spoken", [
        A("first line of the address and postcode please"),
        C(V(address_call(a), "ADDRESS"), " and it's ", V(say_uk_postcode(pc), "POSTCODE")),
    ])


def p_bank_us_chat():
    acct = gen_digits(R.choice([9, 10, 11, 12]), True)
    return build("chat/utilities: US checking account number typed for autopay (bill amount unlabelled)", [
        A(f"Your monthly bill is ${R.randint(40, 250)}.{R.randint(0, 99):02d}. To set up autopay I need the checking account number."),
        C(pick("acct ", "account # ", "checking acct is ", ""), V(acct, "BANK_ACCOUNT")),
    ])


def p_bank_us_call():
    acct = gen_digits(R.choice([8, 9, 10, 12]), True)
    return build("call/insurance: bank account number spoken for premium payments", [
        A("and what's the account number for the draft"),
        C(pick("the account number is ", "okay it's ", ""), V(say_digits(acct, filler=R.random() < 0.3), "BANK_ACCOUNT")),
    ])


def p_uk_sort_acct_call():
    sc = gen_digits(6)
    acct = gen_digits(8)
    sc_sp = pick(say_pairs(sc, "uk"), say_digits(sc, "uk"), say_digits(sc[:2], "uk") + " " + say_digits(sc[2:4], "uk") + " " + say_digits(sc[4:], "uk"))
    return build("call/banking (UK): sort code and account number for a direct debit", [
        A("can i take the sort code"),
        C(V(sc_sp, "SORT_CODE")),
        A("and the account number"),
        C(V(say_digits(acct, "uk"), "BANK_ACCOUNT")),
    ])


def p_uk_sort_acct_chat():
    sc = gen_digits(6)
    acct = gen_digits(8)
    sc_f = pick(f"{sc[:2]}-{sc[2:4]}-{sc[4:]}", sc, f"{sc[:2]} {sc[2:4]} {sc[4:]}")
    return build("chat/utilities (UK): sort code and account typed together", [
        A("Please send your sort code and account number for the Direct Debit."),
        C(pick("sort code ", "SC: ", "s/c "), V(sc_f, "SORT_CODE"), pick(" acc ", ", account number ", " / a/c "),
          V(acct, "BANK_ACCOUNT")),
    ])


def p_sort_split():
    sc = gen_digits(6)
    acct = gen_digits(8)
    g = G()
    return build("call/banking (UK): sort code split across turns, account number then read back", [
        A("sort code please"),
        C(V(say_pair(sc[:2], "uk"), "SORT_CODE", g)),
        A("yep"),
        C(V(say_pair(sc[2:4], "uk") + " " + say_pair(sc[4:], "uk"), "SORT_CODE", g)),
        A("and the account"),
        C(V(say_digits(acct, "uk"), "BANK_ACCOUNT")),
        A("so that's ", V(say_digits(acct, "uk", runs=False), "BANK_ACCOUNT"), " lovely"),
    ])


def p_iban_chat():
    ib = gen_iban()
    form = pick(" ".join(chunks(ib, 4)), ib, ib.lower(), " ".join(chunks(ib, 4)))
    return build(f"chat/banking (EU/{ib[:2]}): IBAN typed for a refund", [
        A("To send the refund, please share the IBAN of the receiving account."),
        C(pick("IBAN: ", "here ", "its "), V(form, "IBAN"), pick("", " thanks", " (joint account)")),
    ])


def spell_iban(ib):
    out = []
    for g in chunks(ib.lower(), 4):
        ws = []
        for ch in g:
            ws.append(say_digit(ch, "uk") if ch.isdigit() else say_letter(ch, pick("plain", "plain", "nato")))
        out.append(" ".join(ws))
    return out


def p_iban_call():
    ib = gen_iban(pick("IE", "IE", "GB", "DE", "NL"))
    parts = spell_iban(ib)
    if R.random() < 0.5:
        return build(f"call/travel (Ireland/EU): IBAN ({ib[:2]}) spelled in one turn", [
            A("what's the iban for the refund"),
            C(V(" ".join(parts), "IBAN")),
        ])
    g = G()
    half = len(parts) // 2
    return build(f"call/insurance (EU): IBAN ({ib[:2]}) spelled over two turns", [
        A("go ahead with the iban"),
        C(V(" ".join(parts[:half]), "IBAN", g)),
        A("okay"),
        C(V(" ".join(parts[half:]), "IBAN", g)),
    ])


def p_cvv_expiry_call():
    m, y = gen_expiry()
    cvv = gen_digits(3)
    card = gen_card("mc")
    return build("call/telecom: card, then expiry and CVV given in one turn with chat-like filler", [
        A("okay card number"),
        C(V(say_mixed(card), "CARD_NUMBER")),
        A("expiry and security code"),
        C(pick("expiry's ", "it's "), V(expiry_forms(m, y, True), "EXPIRY"), pick(" and the code is ", " and the back is ", " security code "),
          V(say_digits(cvv), "CVV")),
    ])


def p_expiry_chat_cvv():
    m, y = gen_expiry()
    cvv = gen_digits(3)
    return build("chat/retail: expiry and CVV sent in a follow-up message after the card", [
        A("Thanks. I also need the expiry date and the 3-digit security code."),
        C(V(expiry_forms(m, y, False), "EXPIRY"), pick(" and ", " ", ", "), V(cvv, "CVV")),
    ])


def p_mixed_call_many():
    s = gen_ssn()
    p = gen_us_phone()
    a = gen_address()
    z = R.choice(US_ZIPS)
    return build("call/banking: account opening collects address, ZIP, phone and SSN", [
        A("let's start with your home address"),
        C(V(address_call(a), "ADDRESS")),
        A("zip code"),
        C(V(say_zip(z), "POSTCODE")),
        A("phone number"),
        C(V(say_digits(p), "PHONE")),
        A("and finally your social"),
        C(V(say_digits(s), "SSN")),
    ])


def p_card_twice_correction():
    card = gen_card("visa")
    parts = chunks(card, 4)
    g = G()
    wrong = parts[2][:3] + str((int(parts[2][3]) + 1) % 10)
    return build("call/retail: agent reads back a group wrongly, customer corrects it", [
        A("card number please"),
        C(V(" ".join(say_digits(p) for p in parts), "CARD_NUMBER")),
        A("that's ", V(say_digits(parts[0], runs=False) + " " + say_digits(parts[1], runs=False) + " " +
                      say_digits(wrong, runs=False), "CARD_NUMBER", g, partial=True), " then ",
          V(say_digits(parts[3], runs=False), "CARD_NUMBER", g, partial=True)),
        C("no the third bit is ", V(say_digits(parts[2]), "CARD_NUMBER", partial=True)),
    ])


def p_ssn_member_negative_mix():
    s = gen_ssn()
    mem = gen_digits(9)
    return build("chat/healthcare billing: SSN next to a 9-digit member ID (member ID unlabelled)", [
        A("Can I have the member ID from the insurance card and the subscriber's SSN?"),
        C(f"member id {mem}, subscriber ssn ", V(pick(f"{s[:3]}-{s[3:5]}-{s[5:]}", s), "SSN")),
    ])


def p_ssn_claim_mix_call():
    s = gen_ssn()
    claim = gen_digits(8)
    return build("call/insurance: claim number said first (unlabelled), then SSN", [
        A("do you have the claim number"),
        C(f"yeah claim number {say_digits(claim)}"),
        A("and to verify the last step i need the social"),
        C(V(say_digits(s), "SSN")),
    ])


def p_card_chat_irregular():
    card = gen_card(pick("visa", "mc", "disc"))
    cuts = sorted(R.sample(range(2, len(card) - 1), R.randint(2, 4)))
    parts, prev = [], 0
    for c in cuts + [len(card)]:
        parts.append(card[prev:c])
        prev = c
    txt = pick(" ", "  ", " ").join(parts)
    return build("chat/telecom: card typed with irregular spacing (typo-style grouping)", [
        A("Please enter the card number you'd like to use."),
        C(pick("ok its ", "", "card "), V(txt, "CARD_NUMBER"), pick(" sorry typing on my phone", "", " exp next yr")),
    ])


def p_address_ordinal():
    n = R.randint(100, 4999)
    nth = R.choice([1, 2, 3, 5, 12, 14, 21, 23, 42, 59, 72, 96])
    sfx = {1: "st", 2: "nd", 3: "rd"}.get(nth % 10 if nth % 100 not in (11, 12, 13) else 0, "th")
    d = R.choice([("W", "west"), ("E", "east"), ("N", "north"), ("S", "south")])
    suf = R.choice([("St", "street"), ("Ave", "avenue")])
    city, st, z = R.choice(US_CITIES)
    if R.random() < 0.5:
        return build("chat/insurance: US address on a numbered street ('W 42nd St') with ZIP", [
            A("What's the new mailing address?"),
            C(V(f"{n} {d[0]} {nth}{sfx} {suf[0]}", "ADDRESS"), f" {city} {st} ", V(z, "POSTCODE")),
        ])
    if n % 100 == 0:
        nn = say_number(n // 100) + " hundred"
    else:
        nn = (UNITS[n // 100] + " " + say_pair(f"{n % 100:02d}")) if n < 1000 else (say_pair(str(n)[:2]) + " " + say_pair(str(n)[2:]))
    return build("call/utilities: numbered street spoken ('west forty second street'), ZIP after", [
        A("what's the address you're moving to"),
        C(V(f"{nn} {d[1]} {say_ordinal(nth)} {suf[1]}", "ADDRESS"), pick(" um ", " and the zip is "), V(say_zip(z), "POSTCODE")),
    ])


def p_ssn_chitchat():
    s = gen_ssn()
    g = G()
    return build("call/government services: SSN reading interrupted by chit-chat, resumed in a later turn", [
        A("okay and your social security number"),
        C("hold on let me grab my card okay ", V(say_digits(s[:5]), "SSN", g), " sorry the dog's barking"),
        A("no problem take your time"),
        C("okay the rest is ", V(say_digits(s[5:]), "SSN", g)),
    ])


def p_ssn_chat_unlabelled():
    s = gen_ssn()
    return build("chat/banking: SSN typed as a bare reply to the agent's question, with a claim number after (unlabelled)", [
        A("Thanks. Next I need the primary account holder's full SSN."),
        C(V(pick(f"{s[:3]}-{s[3:5]}-{s[5:]}", s, f"{s[:3]} {s[3:5]} {s[5:]}", f"{s[:3]}-{s[3:5]}{s[5:]}"), "SSN")),
        A(f"Got it. Your dispute reference is {gen_digits(8, True)}."),
    ])


def p_phone_us_pairs():
    p = gen_us_phone()
    return build("call/healthcare billing: US phone with last four said as two pairs, amount nearby", [
        A(f"your balance is {say_number(R.randint(30, 900))} dollars do you want a callback from billing"),
        C(pick("yes please at ", "sure my number is "), V(say_digits(p[:3]) + " " + say_digits(p[3:6]) + " " + say_pairs(p[6:]), "PHONE")),
    ])


def p_zip_phone_one_turn():
    z = R.choice(US_ZIPS)
    p = gen_us_phone()
    return build("call/telecom: ZIP and phone number in the same customer turn, order number before (unlabelled)", [
        A("i'll need the zip code and the phone number on the account"),
        C(f"okay so my order number was {say_digits(gen_digits(7, True))} um the zip is ", V(say_zip(z), "POSTCODE"),
          pick(" and the phone is ", " and my number is "), V(say_digits(p), "PHONE")),
    ])


POSITIVE_TEMPLATES = [(p_zip_phone_one_turn, 4),(p_card_chat_irregular, 4), (p_address_ordinal, 6), (p_ssn_chitchat, 4),
    (p_ssn_chat_unlabelled, 4), (p_phone_us_pairs, 3),
    (p_card_call_digits, 10), (p_card_chat_grouped, 9), (p_card_call_split, 4), (p_card_call_pairs_exp_cvv, 6),
    (p_card_chat_all, 6), (p_card_readback, 3), (p_card_amex, 3), (p_card_homophone, 3), (p_card_twice_correction, 2),
    (p_ssn_chat, 10), (p_ssn_call_digits, 7), (p_ssn_call_split, 4), (p_ssn_call_grouped_words, 4),
    (p_ssn_dash_words, 3), (p_ssn_readback, 3), (p_ssn_correction, 2), (p_ssn_dob_verify, 4), (p_ssn_chat_dob, 4),
    (p_ssn_double, 3), (p_ssn_member_negative_mix, 3), (p_ssn_claim_mix_call, 3),
    (p_ni_chat, 8), (p_ni_call_plain, 6), (p_ni_call_nato, 5), (p_ni_split, 4), (p_ni_with_postcode, 4),
    (p_ni_chat_ni_and_phone, 3),
    (p_phone_us_chat, 7), (p_phone_us_call, 5), (p_phone_us_split, 3), (p_phone_uk_call, 3), (p_phone_ie, 3),
    (p_phone_intl_call, 2), (p_phone_email_chat, 4),
    (p_email_call, 5), (p_email_chat, 5), (p_email_spelled, 3),
    (p_dob_call, 5), (p_dob_chat, 4), (p_dob_born, 3),
    (p_zip_chat, 5), (p_zip_call, 4), (p_uk_postcode_chat, 3), (p_uk_postcode_call, 3),
    (p_address_chat_full, 6), (p_address_call, 5), (p_address_call_zip, 4), (p_address_uk, 3),
    (p_bank_us_chat, 4), (p_bank_us_call, 4), (p_uk_sort_acct_call, 4), (p_uk_sort_acct_chat, 4), (p_sort_split, 3),
    (p_iban_chat, 6), (p_iban_call, 6), (p_cvv_expiry_call, 4), (p_expiry_chat_cvv, 4), (p_mixed_call_many, 4),
]


# --------------------------------------------------------------------------
# negative templates
# --------------------------------------------------------------------------
def n_policy_chat():
    pol = pick(f"{pick('HO', 'AU', 'PA', 'LF')}-{gen_digits(7)}", gen_digits(10, True), f"{gen_digits(3)}-{gen_digits(4)}-{gen_digits(3)}")
    return build("chat/insurance: policy number with its label, premium amount", [
        C(f"Hi, my policy number is {pol} and I want to know why my premium went up to ${R.randint(90, 400)}.{R.randint(0, 99):02d} a month"),
        A(f"Thanks. Policy {pol} renewed on {pick('March', 'June', 'Sept')} {R.randint(1, 28)} with a {R.randint(3, 18)}% rate increase."),
    ], "negative")


def n_claim_call():
    c = gen_digits(pick(8, 9, 10), True)
    return build("call/insurance: claim number read digit by digit with its label", [
        A("do you have your claim number handy"),
        C(f"yeah the claim number is {say_digits(c)}"),
        A(f"okay i see the claim it was opened on {MONTHS[R.randint(0, 11)]} {say_ordinal(R.randint(1, 28))} and the adjuster estimate was {say_number(R.randint(1000, 9000))} dollars"),
    ], "negative")


def n_member_id():
    m = gen_digits(9, True)
    return build("call/healthcare billing: member ID (9 digits, said with label) and copay amount", [
        A("what's the member id on the front of the insurance card"),
        C(f"member id {say_digits(m)}"),
        A(f"thank you your copay for that visit was {say_number(R.randint(15, 60))} dollars"),
    ], "negative")


def n_member_chat():
    m = pick(f"W{gen_digits(9)}", f"XJH{gen_digits(7)}", gen_digits(9, True))
    grp = gen_digits(6)
    return build("chat/healthcare billing: member ID and group number typed with labels", [
        C(f"Member ID: {m}  Group #: {grp}. Why was claim {gen_digits(10, True)} denied?"),
        A("Let me check that claim. It looks like it was processed on 10/14/2026 for $212.40."),
    ], "negative")


def n_tracking():
    t = gen_digits(pick(10, 9), True)
    return build("chat/retail: tracking and order numbers with their labels", [
        C(f"where is my package?? tracking number {t}, order #{gen_digits(7, True)}"),
        A(f"It's with the carrier and due {pick('Thursday', 'Friday', 'Monday')} by 8pm. It weighs {R.randint(2, 40)} lbs."),
    ], "negative")


def n_tracking_call():
    t = gen_digits(10, True)
    return build("call/retail: tracking number spoken with label, delivery window", [
        A("can you read me the tracking number"),
        C(f"sure tracking number {say_digits(t)}"),
        A(f"thanks that's scheduled between {pick('ten', 'two', 'noon')} and {pick('four', 'six', 'eight')} tomorrow"),
    ], "negative")


def n_amounts_call():
    a = R.randint(100, 9999)
    return build("call/banking: balances and payment amounts in words", [
        A(f"your current balance is {say_number(a)} dollars and {say_number(R.randint(1, 99))} cents"),
        C(f"okay and if i pay {say_number(R.randint(100, 900))} today how much is left"),
        A(f"that would leave {say_number(R.randint(50, 900))} dollars with a minimum due of {say_number(R.randint(25, 90))}"),
    ], "negative")


def n_amounts_chat():
    return build("chat/telecom: bill amounts, data usage and speeds", [
        C(f"my bill went from ${R.randint(40, 80)}.99 to ${R.randint(90, 160)}.{R.randint(0, 99):02d}?? i only used {R.randint(3, 40)}.{R.randint(1, 9)} GB"),
        A(f"The promo of ${R.randint(10, 30)} off ended after 12 months. Your plan is {pick(300, 500, 940, 1000)} Mbps at ${R.randint(50, 120)}/mo."),
    ], "negative")


def n_appointment():
    return build("call/healthcare billing: appointment date and time, not a birth date", [
        A(f"i can get you in on {MONTHS[R.randint(0, 11)]} {say_ordinal(R.randint(1, 28))} at {pick('nine', 'ten', 'two', 'three')} {pick('thirty', 'fifteen', 'forty five')}"),
        C(f"that works it'll take about {say_number(pick(30, 45, 60, 90))} minutes right"),
        A("yes roughly"),
    ], "negative")


def n_dates_chat():
    return build("chat/utilities: contract start, payment and move dates", [
        C(f"I moved in on {R.randint(1, 12)}/{R.randint(1, 28)}/2025 and my contract started {MONTHS[R.randint(0, 11)].capitalize()} {R.randint(1, 28)}, 2024."),
        A(f"Thanks. Your next payment of ${R.randint(60, 200)}.00 is due on {R.randint(1, 12):02d}/{R.randint(1, 28):02d}/2026."),
    ], "negative")


def n_flight():
    fn = f"{pick('UA', 'DL', 'AA', 'EI', 'BA', 'FR')} {R.randint(100, 2999)}"
    return build("chat/travel: flight number, booking reference, times and gate", [
        C(f"my flight {fn} was cancelled, booking ref {''.join(R.choice('ABCDEFGHJKLMNPQRSTUVWXYZ') for _ in range(6))}"),
        A(f"I've rebooked you on {fn[:2]} {R.randint(100, 2999)} departing {R.randint(1, 12)}:{pick('05', '20', '45')} pm from gate {pick('B', 'C', 'D')}{R.randint(2, 40)}."),
    ], "negative")


def n_flight_call():
    return build("call/travel: flight number and seat spoken", [
        C(f"i'm on {pick('united', 'delta', 'aer lingus', 'american')} {say_number(R.randint(100, 2999))} tomorrow"),
        A(f"yes that leaves at {pick('six', 'seven', 'eleven')} {pick('ten', 'forty', 'fifty five')} and you're in seat {say_number(R.randint(10, 40))} {pick('a', 'c', 'f')}"),
    ], "negative")


def n_hotel():
    return build("call/travel: room number, nights and rate", [
        A(f"you're in room {say_number(R.randint(100, 1999))} for {say_number(R.randint(2, 9))} nights"),
        C(f"and the rate was {say_number(R.randint(120, 400))} a night plus tax right"),
        A(f"yes plus about {say_number(R.randint(10, 18))} percent tax"),
    ], "negative")


def n_model():
    return build("chat/retail: model and serial-style product numbers", [
        C(f"I bought the {pick('XR', 'QN', 'WF', 'DV')}-{R.randint(1000, 9999)}{pick('B', 'TX', 'A')} washer and it shows error code E{R.randint(10, 99)}"),
        A(f"Thanks. For model {pick('WF45', 'DV42', 'QN65')} the {R.randint(1, 3)} year warranty covers parts. It was ${R.randint(400, 1500)}.99."),
    ], "negative")


def n_meter():
    r = gen_digits(pick(5, 6))
    return build("call/utilities: meter reading and usage", [
        A("can you read me the numbers on the meter"),
        C(f"the reading is {say_digits(r)}"),
        A(f"thanks that's about {say_number(R.randint(200, 1400))} kilowatt hours this month"),
    ], "negative")


def n_meter_chat():
    return build("chat/utilities (UK): meter reading typed with label, tariff pence", [
        C(f"Meter reading {gen_digits(5)} taken today, serial on the meter is {pick('E', 'K')}{gen_digits(2)}{pick('Z', 'P')}{gen_digits(5)}"),
        A(f"Thanks, your unit rate is {R.randint(20, 30)}.{R.randint(1, 99)}p per kWh and standing charge {R.randint(40, 60)}p/day."),
    ], "negative")


def n_age_temp():
    return build("call/healthcare billing: ages, temperatures, dosage", [
        C(f"my son is {say_number(R.randint(2, 17))} and he had a fever of a hundred and {say_number(R.randint(1, 4))} last night"),
        A(f"okay the nurse line is open twenty four seven and the visit fee is {say_number(R.randint(40, 150))} dollars"),
    ], "negative")


def n_order_call():
    o = gen_digits(pick(7, 8, 9), True)
    return build("call/retail: order number read out with label, quantity and price", [
        A("what's the order number"),
        C(f"order number {say_digits(o)} i ordered {say_number(R.randint(2, 6))} of the {say_number(R.randint(10, 60))} inch ones"),
        A(f"got it that was {say_number(R.randint(100, 900))} dollars total"),
    ], "negative")


def n_ticket_chat():
    return build("chat/telecom: ticket / case / reference numbers with labels", [
        A(f"I've opened ticket #{gen_digits(8, True)} for the outage. Case ref CS-{gen_digits(6)}."),
        C(f"ok last time it was case {gen_digits(7, True)} and it took {R.randint(3, 10)} days"),
    ], "negative")


def n_invoice():
    return build("chat/healthcare billing: invoice and account-statement references", [
        C(f"Got invoice INV-{gen_digits(6)} for ${R.randint(100, 3000)}.{R.randint(0, 99):02d}, statement date {R.randint(1, 12)}/{R.randint(1, 28)}/26"),
        A(f"That invoice includes CPT code {R.randint(90000, 99499)} billed at ${R.randint(80, 400)}.00, and insurance paid {R.randint(50, 90)}%."),
    ], "negative")


def n_years():
    return build("call/insurance: years, vehicle year and mileage", [
        C(f"it's a {say_year(R.randint(2008, 2024))} {pick('honda civic', 'ford f one fifty', 'toyota camry')} with about {say_number(R.randint(20, 150))} thousand miles"),
        A(f"okay and you've been with us since {say_year(R.randint(1998, 2020))}"),
    ], "negative")


def n_durations():
    return build("call/telecom: durations, counts and percentages", [
        A(f"you've been on hold {say_number(R.randint(10, 50))} minutes i'm sorry about that"),
        C(f"it's fine i've called {say_number(R.randint(3, 9))} times this week and the signal drops to like {say_number(R.randint(1, 30))} percent"),
    ], "negative")


def n_ref_call():
    return build("call/government services: reference number spoken with label, office hours", [
        A("do you have the reference number on the letter"),
        C(f"yes reference {say_digits(gen_digits(8, True))}"),
        A(f"thanks we're open {say_number(R.randint(7, 9))} to {say_number(R.randint(5, 8))} monday to friday"),
    ], "negative")


def n_confirmation():
    return build("call/travel: confirmation code spelled, price", [
        A("your confirmation code is " + " ".join(say_letter(c, pick("plain", "nato")) for c in
                                                   "".join(R.choice("bcdfghjkmnpqrstvwxz") for _ in range(3))) + " " + say_digits(gen_digits(3))),
        C(f"great and the total was {say_number(R.randint(200, 1500))} dollars"),
    ], "negative")


def n_card_last_none():
    return build("chat/banking: transaction amounts, dates and a merchant reference", [
        C(f"there's a charge of ${R.randint(5, 999)}.{R.randint(0, 99):02d} on 11/{R.randint(1, 22)} from a merchant i dont know, ref {gen_digits(10, True)}"),
        A(f"I see it. It posted at {R.randint(1, 12)}:{R.randint(10, 59)} PM. I've raised dispute #{gen_digits(7, True)}."),
    ], "negative")


def n_uk_prices():
    return build("call/telecom (UK): prices in pounds and pence, contract months", [
        A(f"the new tariff is {say_number(R.randint(10, 60))} pounds {say_number(R.randint(1, 99))} a month on {pick('a twelve', 'an eighteen', 'a twenty four')} month contract"),
        C(f"and the phone's {say_number(R.randint(100, 900))} up front yeah"),
    ], "negative")


def n_store():
    return build("chat/retail: store number, aisle, quantities and time", [
        C(f"I'm at store #{R.randint(100, 9999)} and the item in aisle {R.randint(1, 40)} says {R.randint(2, 5)} for ${R.randint(5, 20)}"),
        A(f"Thanks, the promo runs until {R.randint(1, 12)}/{R.randint(1, 28)} at {R.randint(8, 11)}pm."),
    ], "negative")


def n_interest():
    return build("call/banking: interest rate, loan term and payment amount", [
        A(f"the rate would be {say_number(R.randint(3, 9))} point {say_number(R.randint(1, 99))} percent over {say_number(pick(36, 48, 60, 72))} months"),
        C(f"so about {say_number(R.randint(200, 900))} a month"),
        A("roughly yes"),
    ], "negative")


def n_prescription():
    return build("call/healthcare billing: prescription number and quantity", [
        C(f"i'm calling about prescription number {say_digits(gen_digits(7, True))}"),
        A(f"that's ready it's {say_number(pick(30, 60, 90))} tablets and the copay is {say_number(R.randint(5, 40))} dollars"),
    ], "negative")


def n_speed_chat():
    return build("chat/telecom: speed test results, router model and counts", [
        C(f"speedtest says {R.randint(5, 90)} down / {R.randint(1, 20)} up, router is model {pick('AX', 'RT', 'NB')}{R.randint(1000, 9999)}, {R.randint(2, 12)} devices connected"),
        A(f"Your plan is {pick(300, 500, 1000)} Mbps. Please restart it and wait {R.randint(2, 5)} minutes."),
    ], "negative")


def n_gov_case():
    return build("chat/government services: case number, form number and processing time", [
        C(f"Case number {pick('IOE', 'WAC', 'EAC')}{gen_digits(10, True)}, I filed form I-{R.randint(100, 999)} in {MONTHS[R.randint(0, 11)].capitalize()} 2025"),
        A(f"Current processing time is {R.randint(4, 14)} to {R.randint(15, 30)} months."),
    ], "negative")


def n_date_of_service():
    return build("call/healthcare billing: date of service and statement date spoken (not birth dates)", [
        A("what was the date of service on the bill"),
        C(f"date of service was {MONTHS[R.randint(0, 11)]} {say_ordinal(R.randint(1, 28))} {say_year(R.randint(2024, 2026))}"),
        A(f"okay and the statement went out on the {say_ordinal(R.randint(1, 28))} with {say_number(R.randint(100, 900))} dollars patient responsibility"),
    ], "negative")


def n_npi_group():
    return build("chat/healthcare billing: provider NPI and group number with labels", [
        C(f"Provider NPI {R.choice('12')}{gen_digits(9)}, group number {gen_digits(6)}, billed ${R.randint(100, 999)}.00"),
        A(f"Thanks. That claim is in review, expect an update in {R.randint(7, 30)} business days."),
    ], "negative")


def n_policy_call():
    return build("call/insurance: policy number spoken with letters and label, deductible amounts", [
        C("my policy number is " + " ".join(say_letter(c) for c in pick("hx", "pa", "au")) + " " + say_digits(gen_digits(7, True))),
        A(f"thank you your deductible is {say_number(pick(500, 1000, 2500))} dollars and the renewal is in {MONTHS[R.randint(0, 11)]}"),
    ], "negative")


def n_case_pairs():
    return build("call/insurance: case number said in pairs, deductible and percentages", [
        A("what's the case number on your letter"),
        C(f"case number {say_pair(str(R.randint(10, 99)))} {say_pair(str(R.randint(10, 99)))} {say_year(R.randint(1950, 1999))}"),
        A(f"thanks you've met {say_number(R.randint(20, 90))} percent of the deductible so far"),
    ], "negative")


def n_balance_chat():
    return build("chat/banking: balances with thousands separators and a transfer limit", [
        C(f"why is my available balance ${R.randint(1, 9)},{R.randint(100, 999)}.{R.randint(10, 99)} when the statement said ${R.randint(1, 9)},{R.randint(100, 999)}.00?"),
        A(f"A pending hold of ${R.randint(50, 900)}.00 from 11/{R.randint(10, 22)} is included. Your daily transfer limit is $2,500."),
    ], "negative")


NEGATIVE_TEMPLATES = [(n_case_pairs, 3), (n_balance_chat, 3),(n_date_of_service, 4), (n_npi_group, 3), (n_policy_call, 4),
    (n_policy_chat, 5), (n_claim_call, 5), (n_member_id, 4), (n_member_chat, 4), (n_tracking, 4),
    (n_tracking_call, 4), (n_amounts_call, 4), (n_amounts_chat, 4), (n_appointment, 4), (n_dates_chat, 4),
    (n_flight, 3), (n_flight_call, 3), (n_hotel, 3), (n_model, 3), (n_meter, 3), (n_meter_chat, 3),
    (n_age_temp, 3), (n_order_call, 4), (n_ticket_chat, 3), (n_invoice, 3), (n_years, 3), (n_durations, 3),
    (n_ref_call, 3), (n_confirmation, 3), (n_card_last_none, 3), (n_uk_prices, 3), (n_store, 3),
    (n_interest, 3), (n_prescription, 3), (n_speed_chat, 3), (n_gov_case, 3),
]


# --------------------------------------------------------------------------
# validation
# --------------------------------------------------------------------------
FILLERS = {"um", "uh", "er", "erm", "uhm", "hmm", "dash", "hyphen", "space", "slash", "plus"}
HOMO = {"to": "2", "too": "2", "for": "4", "ate": "8", "won": "1"}


def normalise(text):
    """Spoken/typed value -> uppercase alnum string; raises ValueError on unknown words."""
    raw = [t for t in re.split(r"[\s,./()+\-]+", text) if t]
    toks = [t.lower() for t in raw]
    out = ""
    i = 0
    n = len(toks)
    while i < n:
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < n else None
        if t in FILLERS and not raw[i].isupper():
            i += 1
        elif len(t) == 1 and t.isalpha() and nxt in ("for", "as") and i + 2 < n and toks[i + 2] in ("in",) + tuple(NATO.values()):
            if nxt == "as":
                out += t.upper()
                i += 4
            else:
                out += t.upper()
                i += 3
        elif t in ("double", "triple"):
            d = normalise(nxt)
            out += d * (2 if t == "double" else 3)
            i += 2
        elif t in ("zero", "oh", "o", "nought"):
            out += "0"
            i += 1
        elif t in UNITS:
            out += str(UNITS.index(t))
            i += 1
        elif t in TEENS:
            out += str(10 + TEENS.index(t))
            i += 1
        elif t in TENS and t:
            v = TENS.index(t)
            if nxt in UNITS[1:]:
                out += f"{v}{UNITS.index(nxt)}"
                i += 2
            else:
                out += f"{v}0"
                i += 1
        elif t in HOMO:
            out += HOMO[t]
            i += 1
        elif t.isalnum() and t.isascii():
            out += t.upper()
            i += 1
        else:
            raise ValueError(f"unknown token {t!r}")
    return out


DATE_WORDS = set(MONTHS) | {m[:3] for m in MONTHS} | set(UNITS) | set(TEENS) | {t for t in TENS if t} | \
    set(ORD_UNITS[1:]) | set(ORD_TEENS) | {"twentieth", "thirtieth", "of", "the", "and", "thousand", "oh", "o",
                                            "st", "nd", "rd", "th", "hundred", "nought", "double", "triple"}


def check_date_like(text):
    toks = [t for t in re.split(r"[\s,./\-]+", text.lower()) if t]
    for t in toks:
        if t.isdigit() or re.fullmatch(r"\d+(st|nd|rd|th)", t):
            continue
        if t not in DATE_WORDS:
            return f"bad date token {t!r}"
    return None


def validate_value(typ, text, partial):
    if typ in ("DOB", "EXPIRY"):
        return check_date_like(text)
    if typ == "EMAIL":
        toks = [t for t in re.split(r"\s+", text.lower()) if t]
        if "@" in text:
            ok = re.fullmatch(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z]+)+", text)
            return None if ok else f"bad email {text!r}"
        if "at" not in toks or "dot" not in toks:
            return f"spoken email lacks at/dot {text!r}"
        return None
    if typ == "ADDRESS":
        low = text.lower()
        sufs = {s[0].lower() for s in US_SUFFIX} | {s[1].lower() for s in US_SUFFIX} | {s.lower() for s in UK_SUFFIX}
        if not any(w.strip(",") in sufs for w in low.split()):
            return f"address without street suffix {text!r}"
        first = low.split()[0]
        if not (first.isdigit() or first in UNITS or first in TEENS or first in TENS):
            return f"address without house number {text!r}"
        return None
    try:
        v = normalise(text)
    except ValueError as e:
        return str(e)
    return validate_norm(typ, v, partial)


def validate_norm(typ, v, partial):
    if typ == "CARD_NUMBER":
        if not v.isdigit():
            return f"card not digits {v}"
        if partial:
            return None
        return None if 13 <= len(v) <= 19 and luhn_ok(v) else f"card fails luhn/length {v}"
    if typ == "CVV":
        return None if v.isdigit() and len(v) in (3, 4) else f"bad cvv {v}"
    if typ == "SSN":
        if not v.isdigit():
            return f"ssn not digits {v}"
        return None if partial or len(v) == 9 else f"ssn not 9 digits {v}"
    if typ == "NI_NUMBER":
        if partial:
            return None
        return None if re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", v) else f"bad NI {v}"
    if typ == "BANK_ACCOUNT":
        return None if v.isdigit() and 8 <= len(v) <= 12 else f"bad account {v}"
    if typ == "SORT_CODE":
        return None if v.isdigit() and len(v) == 6 else f"bad sort code {v}"
    if typ == "IBAN":
        return None if iban_ok(v) else f"bad iban {v}"
    if typ == "PHONE":
        return None if v.isdigit() and 10 <= len(v) <= 13 else f"bad phone {v}"
    if typ == "POSTCODE":
        if re.fullmatch(r"\d{5}(\d{4})?", v):
            return None
        if re.fullmatch(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}", v):
            return None
        return f"bad postcode {v}"
    return f"unknown type {typ}"


# --------------------------------------------------------------------------
# generation
# --------------------------------------------------------------------------
def generate():
    R.seed(SEED)
    _gid[0] = 0
    pos, neg = [], []
    for fn, k in POSITIVE_TEMPLATES:
        for _ in range(k):
            pos.append(fn())
    for fn, k in NEGATIVE_TEMPLATES:
        for _ in range(k):
            neg.append(fn())
    R.shuffle(pos)
    R.shuffle(neg)
    records, metas = [], []
    for i, (case, meta) in enumerate(pos, 1):
        records.append(dict(id=f"{PREFIX}-pos-{i:03d}", **case))
        metas.append(meta)
    for i, (case, meta) in enumerate(neg, 1):
        records.append(dict(id=f"{PREFIX}-neg-{i:03d}", **case))
        metas.append(meta)
    ordered = [{"id": r["id"], "kind": r["kind"], "turns": r["turns"], "spans": r["spans"], "note": r["note"]}
               for r in records]
    return ordered, metas


def serialise(records):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def counts(records):
    c = Counter()
    for r in records:
        for s in r["spans"]:
            c[s["type"]] += 1
    return c


def verify(records, metas, text_on_disk):
    problems = []
    expected = serialise(records)
    if text_on_disk != expected:
        problems.append("cases.jsonl differs from regenerated output")
    disk = [json.loads(l) for l in text_on_disk.splitlines() if l.strip()]
    ids = [r["id"] for r in disk]
    if len(ids) != len(set(ids)):
        problems.append("duplicate ids")
    for r in disk:
        rid = r["id"]
        if r["kind"] not in ("positive", "negative"):
            problems.append(f"{rid}: bad kind")
        if r["kind"] == "negative" and r["spans"]:
            problems.append(f"{rid}: negative with spans")
        if r["kind"] == "positive" and not r["spans"]:
            problems.append(f"{rid}: positive without spans")
        if not r["note"]:
            problems.append(f"{rid}: empty note")
        for t in r["turns"]:
            if t["speaker"] not in ("agent", "customer") or not t["text"]:
                problems.append(f"{rid}: bad turn")
        for s in r["spans"]:
            if s["type"] not in TYPES:
                problems.append(f"{rid}: bad type {s['type']}")
            if not (0 <= s["turn"] < len(r["turns"])):
                problems.append(f"{rid}: turn out of range")
                continue
            txt = r["turns"][s["turn"]]["text"]
            a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(txt)):
                problems.append(f"{rid}: offsets out of range")
                continue
            if a > 0 and txt[a - 1].isalnum():
                problems.append(f"{rid}: span start not on word boundary")
            if b < len(txt) and txt[b].isalnum():
                problems.append(f"{rid}: span end not on word boundary")
            if txt[a].isspace() or txt[b - 1].isspace():
                problems.append(f"{rid}: span has edge whitespace")
        by_turn = {}
        for s in r["spans"]:
            by_turn.setdefault(s["turn"], []).append((s["start"], s["end"]))
        for ti, lst in by_turn.items():
            lst.sort()
            for (a1, b1), (a2, b2) in zip(lst, lst[1:]):
                if a2 < b1:
                    problems.append(f"{rid}: overlapping spans in turn {ti}")
    # value validation (uses in-memory grouping metadata)
    for r, meta in zip(records, metas):
        groups = {}
        for s, m in zip(r["spans"], meta):
            txt = r["turns"][s["turn"]]["text"][s["start"]:s["end"]]
            groups.setdefault(m["group"], []).append((s["type"], txt, m["partial"]))
        for gid, items in groups.items():
            typs = {t for t, _, _ in items}
            if len(typs) != 1:
                problems.append(f"{r['id']}: mixed types in group")
                continue
            typ = items[0][0]
            partial = any(p for _, _, p in items)
            if len(items) == 1:
                err = validate_value(typ, items[0][1], partial)
            else:
                try:
                    v = "".join(normalise(t) for _, t, _ in items)
                    err = validate_norm(typ, v, partial)
                except ValueError as e:
                    err = str(e)
            if err:
                problems.append(f"{r['id']}: {typ}: {err}")
    # negatives must not contain labelled-looking values by construction; check sizes
    c = counts(records)
    npos = sum(r["kind"] == "positive" for r in records)
    nneg = sum(r["kind"] == "negative" for r in records)
    if npos < 170:
        problems.append(f"only {npos} positives")
    if nneg < 100:
        problems.append(f"only {nneg} negatives")
    for t in TYPES:
        need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
        if c[t] < need:
            problems.append(f"type {t} has {c[t]} spans < {need}")
    return problems


def readme(records):
    c = counts(records)
    npos = sum(r["kind"] == "positive" for r in records)
    nneg = sum(r["kind"] == "negative" for r in records)
    nchat = sum(r["note"].startswith("chat/") for r in records)
    rows = "\n".join(f"| {t} | {c[t]} |" for t in TYPES)
    return f"""# pii_holdout132 — held-out PII redaction evaluation set

**Never use this set for tuning.** It exists only to measure the redactor on data
its authors have not seen. Do not adjust patterns, thresholds or word lists to
make cases here pass; if you look at failures, do not feed them back.

## Who wrote it and how

Written by an AI helper acting as an independent author. The author did not
read the redaction code, its tests, its documentation, the benchmark script or
any other PII fixture; the only data seen was a 3-line example of the JSONL
format. Nothing was run against the redactor while writing it.

Cases are produced by `scripts/make_pii_holdout132.py` from template functions.
Each turn is assembled from plain-text segments and labelled `(value, TYPE)`
segments, so span offsets are computed, never typed by hand. All values come
from one `random.Random({SEED})`; output is byte-for-byte reproducible.
`python scripts/make_pii_holdout132.py --check` regenerates the file, compares
it byte-for-byte and checks ids, offsets, word boundaries, overlaps, and each
value after normalising spoken forms (Luhn for cards, mod-97 for IBANs, NI
shape, 9 digits for SSN, 6 for sort codes, digit counts for CVV / phone /
account, UK and US postcode shapes; values split across turns are validated
after joining their parts).

Emphasis: mostly US contact centres (SSNs typed and spoken in many ways, ZIP
and ZIP+4, US phone formats, US street addresses, card payments by phone),
plus UK (NI numbers, sort codes, postcodes), Ireland and EU (IBANs, mobiles).
Chat turns are typed text; call turns imitate ASR output (lower case, numbers
as words, "oh"/"o"/"nought" for zero, "double"/"triple", pairs such as
"forty one eleven", "b for bravo", spoken "dot"/"at" e-mails, occasional
homophones such as "for"/"to"/"ate"/"won" for digits, filler words inside
readings, values split across turns with agent back-channels, agent
read-backs, self-corrections).

## Annotation conventions

* A span covers only the value itself, from its first to its last
  letter/digit: not the lead-in ("my social is", "card number", "it's"),
  not trailing punctuation.
* Filler words and spoken separators *inside* a reading ("um", "uh",
  "dash", "double", "triple", "x for x-ray", "as in boy") are inside the span.
* A value split across several turns gets one span per turn (same type);
  agent back-channels between them are not labelled.
* Agent read-backs of a value are labelled like the customer's reading. A
  partial or mistaken reading (a restarted SSN, a wrongly read-back card
  group, a corrected card group) is labelled with the same type.
* EMAIL: the whole address, including the spoken "at ... dot com".
* ADDRESS: the street line — house number, optional direction, street name,
  suffix, and an adjacent apartment/unit. City and state are not labelled;
  the ZIP / postcode is a separate POSTCODE span.
* DOB: the date expression only (not "born on", not a leading "the"); the
  caller's stated age is not labelled.
* EXPIRY / CVV are labelled only in a card context.
* Non-PII numbers (amounts, claim / member / order / tracking / policy /
  reference numbers with their label words, times, dates of service, ages,
  booking references) may appear unlabelled in positive cases; in negative
  cases nothing may be redacted.

## Counts

* Cases: {len(records)} ({npos} positive, {nneg} negative); {nchat} chat, {len(records) - nchat} call.

| Type | Spans |
|---|---|
{rows}
| **total** | {sum(c.values())} |
"""


def main(argv):
    records, metas = generate()
    text = serialise(records)
    if "--check" in argv:
        if not CASES.exists():
            print("missing", CASES)
            return 1
        disk = CASES.read_text(encoding="utf-8")
        problems = verify(records, metas, disk)
        if README.exists() and README.read_text(encoding="utf-8") != readme(records):
            problems.append("README.md differs from regenerated output")
        c = counts(records)
        npos = sum(r["kind"] == "positive" for r in records)
        print(f"{len(records)} cases: {npos} positive, {len(records) - npos} negative")
        for t in TYPES:
            print(f"  {t:13s} {c[t]}")
        if problems:
            for p in problems[:200]:
                print("PROBLEM:", p)
            print(f"{len(problems)} problem(s)")
            return 1
        print("check OK")
        return 0
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    CASES.write_text(text, encoding="utf-8")
    README.write_text(readme(records), encoding="utf-8")
    print(f"wrote {len(records)} cases to {CASES}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

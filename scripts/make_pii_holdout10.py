#!/usr/bin/env python3
"""Generate the held-out PII redaction set ``tests/fixtures/pii_holdout10``.

Written by an AI helper acting as an independent author who did not see the
redaction code.  Standard library only.  Output is byte-for-byte reproducible
(one ``random.Random(10231126)`` drives every choice).

    python scripts/make_pii_holdout10.py          # write cases.jsonl + README.md
    python scripts/make_pii_holdout10.py --check  # regenerate and verify

Never use this set for tuning.
"""
from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path
import random

SEED = 10231126
ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "tests" / "fixtures" / "pii_holdout10"
CASES = OUT_DIR / "cases.jsonl"
README = OUT_DIR / "README.md"
PREFIX = "h10"

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

# --------------------------------------------------------------------------
# number words
ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = {10: "ten", 11: "eleven", 12: "twelve", 13: "thirteen", 14: "fourteen",
         15: "fifteen", 16: "sixteen", 17: "seventeen", 18: "eighteen", 19: "nineteen"}
TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy",
        8: "eighty", 9: "ninety"}
ORD = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth",
       7: "seventh", 8: "eighth", 9: "ninth", 10: "tenth", 11: "eleventh",
       12: "twelfth", 13: "thirteenth", 14: "fourteenth", 15: "fifteenth",
       16: "sixteenth", 17: "seventeenth", 18: "eighteenth", 19: "nineteenth",
       20: "twentieth", 30: "thirtieth"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july",
          "august", "september", "october", "november", "december"]
MON_ABBR = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
            "nov", "dec"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo",
        "f": "foxtrot", "g": "golf", "h": "hotel", "i": "india", "j": "juliet",
        "k": "kilo", "l": "lima", "m": "mike", "n": "november", "o": "oscar",
        "p": "papa", "q": "quebec", "r": "romeo", "s": "sierra", "t": "tango",
        "u": "uniform", "v": "victor", "w": "whiskey", "x": "xray", "y": "yankee",
        "z": "zulu"}
ASIN = {"a": "apple", "b": "boy", "c": "cat", "d": "dog", "e": "edward",
        "g": "george", "h": "harry", "j": "john", "k": "king", "l": "london",
        "m": "mother", "n": "nancy", "p": "peter", "r": "robert", "s": "sugar",
        "t": "tommy", "w": "william", "y": "yellow", "z": "zebra"}


def ordinal(n: int) -> str:
    if n in ORD:
        return ORD[n]
    t, u = divmod(n, 10)
    return TENS[t] + " " + ORD[u]


def sfx(n: int) -> str:
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    return f"{n}" + {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def say_decimal(s: str) -> str:
    a, b = s.split(".")
    return (cardinal(int(a)) if a != "0" else "nought") + " point " + " ".join(ONES[int(x)] for x in b)


def cardinal(n: int, uk_and: bool = True) -> str:
    if n < 10:
        return ONES[n]
    if n < 20:
        return TEENS[n]
    if n < 100:
        t, u = divmod(n, 10)
        return TENS[t] + ("" if u == 0 else " " + ONES[u])
    if n >= 1000:
        th, r = divmod(n, 1000)
        s = cardinal(th, uk_and) + " thousand"
        if r:
            s += ((" and " if uk_and else " ") if r < 100 else " ") + cardinal(r, uk_and)
        return s
    h, r = divmod(n, 100)
    s = ONES[h] + " hundred"
    if r:
        s += (" and " if uk_and else " ") + cardinal(r)
    return s


def say_year(rng: random.Random, y: int) -> str:
    if y >= 2000:
        r = y - 2000
        if r == 0:
            return "two thousand"
        return rng.choice(["two thousand and ", "two thousand "]) + cardinal(r)
    hi, lo = divmod(y, 100)
    if lo == 0:
        return cardinal(hi) + " hundred"
    if lo < 10:
        return cardinal(hi) + " " + rng.choice(["oh", "o"]) + " " + ONES[lo]
    return cardinal(hi) + " " + cardinal(lo)


def say_digits(rng: random.Random, digits: str, zero: str = "oh", mode: str = "digits",
               doubles: float = 0.5, homophones: float = 0.0, chunks=None) -> str:
    """Render a digit string as an ASR transcript would.

    mode: 'digits' (digit by digit), 'pairs' (two-digit chunks), 'mixed'.
    ``chunks`` optionally gives group sizes; each group gets its own mode
    under 'mixed'.
    """
    if chunks is None:
        chunks = [len(digits)]
    groups = []
    pos = 0
    for size in chunks:
        groups.append(digits[pos:pos + size])
        pos += size
    if pos < len(digits):
        groups.append(digits[pos:])
    # split into render units: ('d', str) digit-wise run or ('p', 'NN') pair
    units = []
    for g in groups:
        m = mode if mode != "mixed" else rng.choice(["digits", "pairs"])
        if m == "pairs" and len(g) >= 2:
            if len(g) % 2:
                units.append(("d", g[0]))
                g = g[1:]
            for i in range(0, len(g), 2):
                units.append(("p", g[i:i + 2]))
        else:
            units.append(("d", g))
    words = []
    for idx, (kind, u) in enumerate(units):
        nxt = units[idx + 1] if idx + 1 < len(units) else None
        if kind == "p":
            a, b = int(u[0]), int(u[1])
            if a == 0:
                words.append(zero)
                words.append(ONES[b] if b else zero)
            elif a == 1:
                words.append(TEENS[10 + b])
            elif b == 0:
                if nxt is None or nxt[0] == "p":
                    words.append(TENS[a])
                else:
                    words += [ONES[a], zero]
            else:
                words.append(TENS[a] + " " + ONES[b])
        else:
            i = 0
            while i < len(u):
                j = i
                while j < len(u) and u[j] == u[i]:
                    j += 1
                run = j - i
                d = int(u[i])
                w = zero if d == 0 else ONES[d]
                if run >= 3 and rng.random() < doubles:
                    words.append(rng.choice(["triple ", "triple ", "treble "]) + w)
                    i += 3
                    continue
                if run >= 2 and rng.random() < doubles:
                    words.append("double " + w)
                    i += 2
                    continue
                if d == 2 and rng.random() < homophones:
                    w = "to"
                elif d == 4 and rng.random() < homophones:
                    w = "for"
                words.append(w)
                i += 1
    return " ".join(words)


def spell_letter(rng: random.Random, ch: str, style: str) -> str:
    c = ch.lower()
    if style == "nato":
        return f"{c} for {NATO[c]}"
    if style == "asin" and c in ASIN:
        return f"{c} as in {ASIN[c]}"
    return c


# --------------------------------------------------------------------------
# value generators
def luhn_complete(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return body + str((10 - total % 10) % 10)


def luhn_ok(num: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def rdig(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def gen_card(rng, brand=None):
    brand = brand or rng.choice(["visa", "visa", "mc", "mc", "amex", "disc", "visa13", "maestro19"])
    if brand == "visa":
        body = "4" + rdig(rng, 14)
    elif brand == "mc":
        body = rng.choice(["51", "52", "53", "54", "55"]) + rdig(rng, 13)
    elif brand == "amex":
        body = rng.choice(["34", "37"]) + rdig(rng, 12)
    elif brand == "disc":
        body = "6011" + rdig(rng, 11)
    elif brand == "visa13":
        body = "4" + rdig(rng, 11)
    else:
        body = rng.choice(["6759", "6763"]) + rdig(rng, 14)
    return luhn_complete(body)


def card_groups(num):
    if len(num) == 15:
        return [4, 6, 5]
    if len(num) == 13:
        return [4, 3, 3, 3]
    if len(num) == 19:
        return [4, 4, 4, 4, 3]
    return [4, 4, 4, 4]


def split_groups(s, sizes):
    out, p = [], 0
    for z in sizes:
        out.append(s[p:p + z])
        p += z
    return out


def gen_ssn(rng):
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    return f"{a:03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"


NI_FIRST = "ABCEGHJKLMNOPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def gen_ni(rng):
    while True:
        p = rng.choice(NI_FIRST.replace("O", "")) + rng.choice(NI_SECOND)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + rdig(rng, 6) + rng.choice("ABCD")


def iban_check(country, bban):
    s = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return f"{98 - int(num) % 97:02d}"


def iban_ok(iban):
    s = iban[4:] + iban[:4]
    try:
        num = "".join(str(int(c, 36)) for c in s)
    except ValueError:
        return False
    return int(num) % 97 == 1


def gen_iban(rng, country=None):
    country = country or rng.choice(["GB", "GB", "IE", "IE", "DE", "FR", "ES", "NL"])
    if country == "GB":
        bban = rng.choice(["NWBK", "BARC", "HBUK", "MIDL", "LOYD", "NAIA"]) + rdig(rng, 14)
    elif country == "IE":
        bban = rng.choice(["AIBK", "BOFI", "IPBS", "ULSB"]) + rdig(rng, 14)
    elif country == "DE":
        bban = rdig(rng, 18)
    elif country == "FR":
        bban = rdig(rng, 23)
    elif country == "ES":
        bban = rdig(rng, 20)
    else:
        bban = rng.choice(["ABNA", "INGB", "RABO", "TRIO"]) + rdig(rng, 10)
    return country + iban_check(country, bban) + bban


def iban_grouped(iban, sep=" "):
    return sep.join(iban[i:i + 4] for i in range(0, len(iban), 4))


UK_OUT = ["M1", "M14", "B33", "CR2", "DN5", "W1A", "EC1V", "LS6", "G12", "CF10", "BT7",
          "EH3", "NE1", "SW1A", "SE15", "N7", "BS8", "L17", "NG7", "PL4", "DH1", "S10",
          "RG1", "CB2", "KT19", "TW9", "BN2", "E14", "HU5", "AB24", "WC2H", "ST4"]
INWARD_L = "ABDEFGHJLNPQRSTUWXYZ"


def gen_uk_postcode(rng):
    return rng.choice(UK_OUT) + " " + str(rng.randint(0, 9)) + rng.choice(INWARD_L) + rng.choice(INWARD_L)


def gen_zip(rng, plus4=False):
    z = f"{rng.randint(1001, 99950):05d}"
    if plus4:
        z += "-" + rdig(rng, 4)
    return z


FIRST = ["james", "sarah", "mohammed", "aoife", "liam", "priya", "daniel", "chloe",
         "sean", "fatima", "tom", "grace", "oliver", "niamh", "lucas", "emma", "ravi",
         "hannah", "marek", "sofia", "kevin", "olga", "darren", "maria", "ciaran", "jade"]
LAST = ["smith", "okafor", "murphy", "patel", "nowak", "byrne", "jones", "garcia",
        "walsh", "khan", "obrien", "taylor", "kowalski", "brennan", "singh", "evans",
        "lee", "martin", "doyle", "hughes", "fischer", "dubois", "rossi", "kelly"]
DOMAINS = ["gmail.com", "outlook.com", "yahoo.co.uk", "hotmail.co.uk", "icloud.com",
           "eircom.net", "btinternet.com", "web.de", "orange.fr", "yahoo.com",
           "protonmail.com", "live.ie", "aol.com", "sky.com"]

UK_STREETS = ["Acacia Avenue", "High Street", "Station Road", "Church Lane", "Victoria Road",
              "Mill Lane", "Kingsway", "Park Crescent", "Elmfield Close", "Queens Drive",
              "Ashgrove Terrace", "Riverside Way", "Hawthorn Gardens", "Manor Road",
              "Beech Grove", "Cromwell Street", "Orchard Close", "Meadow View"]
US_STREETS = ["Maple Avenue", "Elm Street", "Oak Drive", "Sunset Boulevard", "Pine Street",
              "Lakeview Road", "Washington Avenue", "Cedar Lane", "Park Place", "Main Street",
              "Willow Court", "Highland Drive", "Jefferson Street", "Birch Road"]
IE_STREETS = ["Griffith Avenue", "Main Street", "Castle Road", "Seafield Park",
              "Church View", "Ballymun Road", "Strand Road"]
UK_TOWNS = ["Leeds", "Manchester", "Bristol", "Cardiff", "Glasgow", "Norwich", "Croydon",
            "Belfast", "Sheffield", "Reading", "Hull", "Plymouth"]
US_TOWNS = [("Springfield", "IL"), ("Austin", "TX"), ("Columbus", "OH"), ("Tampa", "FL"),
            ("Denver", "CO"), ("Portland", "OR"), ("Albany", "NY"), ("Madison", "WI")]
STREET_SUFFIX = ["avenue", "street", "road", "lane", "drive", "close", "crescent", "way",
                 "gardens", "terrace", "grove", "boulevard", "court", "place", "view",
                 "park", "kingsway", "st", "rd", "ave", "dr", "ln"]


def gen_email(rng):
    f, l = rng.choice(FIRST), rng.choice(LAST)
    style = rng.randint(0, 5)
    if style == 0:
        local = f"{f}.{l}"
    elif style == 1:
        local = f"{f}{l}{rng.randint(10, 99)}"
    elif style == 2:
        local = f"{f[0]}{l}"
    elif style == 3:
        local = f"{f}_{l}"
    elif style == 4:
        local = f"{l}.{f[0]}{rng.randint(1, 9)}"
    else:
        local = f"{f}-{l}"
    return local, rng.choice(DOMAINS)


def say_email(rng, local, domain, spell=False):
    parts = []
    for tok in re.findall(r"[a-z]+|\d+|[._\-]", local):
        if tok == ".":
            parts.append("dot")
        elif tok == "_":
            parts.append("underscore")
        elif tok == "-":
            parts.append(rng.choice(["dash", "hyphen"]))
        elif tok.isdigit():
            parts.append(say_digits(rng, tok, mode=rng.choice(["digits", "pairs"]), doubles=0))
        elif spell and len(tok) > 2:
            parts.append(" ".join(tok))
        else:
            parts.append(tok)
    dom = " dot ".join(domain.split("."))
    return " ".join(parts) + " at " + dom


def gen_phone(rng, kind=None):
    """Return (digits, typed form, region)."""
    kind = kind or rng.choice(["ukmob", "ukmob", "uklon", "ukgeo", "us", "us", "ie", "intl_uk", "intl_ie", "intl_us", "intl_fr", "intl_de"])
    if kind in ("ukmob", "intl_uk"):
        d = "07" + rng.choice(["700", "711", "723", "738", "756", "789", "812", "903", "957"]) + rdig(rng, 6)
    elif kind == "uklon":
        d = "020" + rng.choice(["7", "8", "3"]) + rdig(rng, 7)
    elif kind == "ukgeo":
        d = rng.choice(["0161", "0113", "0117", "0121", "0141", "0131", "0191"]) + rdig(rng, 7)
    elif kind in ("us", "intl_us"):
        d = rng.choice(["212", "312", "415", "512", "617", "702", "803", "919"]) + rng.choice(["555", "264", "839", "471"]) + rdig(rng, 4)
    elif kind == "intl_fr":
        d = "0" + rng.choice(["6", "7"]) + rdig(rng, 8)
    elif kind == "intl_de":
        d = "01" + rng.choice(["51", "60", "70", "76"]) + rdig(rng, 8)
    else:
        d = "08" + rng.choice(["3", "5", "6", "7", "9"]) + rdig(rng, 7)
    return d, kind


def phone_typed(rng, d, kind):
    if kind == "ukmob":
        return rng.choice([d, f"{d[:5]} {d[5:]}", f"{d[:5]} {d[5:8]} {d[8:]}", f"{d[:5]}-{d[5:]}"])
    if kind == "intl_uk":
        return rng.choice([f"+44 {d[1:5]} {d[5:]}", f"+44{d[1:]}", f"+44 (0){d[1:5]} {d[5:]}", f"0044 {d[1:5]} {d[5:]}"])
    if kind == "uklon":
        return rng.choice([f"{d[:3]} {d[3:7]} {d[7:]}", f"({d[:3]}) {d[3:7]} {d[7:]}", d])
    if kind == "ukgeo":
        return rng.choice([f"{d[:4]} {d[4:7]} {d[7:]}", f"{d[:4]} {d[4:]}", d])
    if kind == "us":
        return rng.choice([f"({d[:3]}) {d[3:6]}-{d[6:]}", f"{d[:3]}-{d[3:6]}-{d[6:]}", f"{d[:3]}.{d[3:6]}.{d[6:]}", d])
    if kind == "intl_us":
        return rng.choice([f"+1 {d[:3]} {d[3:6]} {d[6:]}", f"+1-{d[:3]}-{d[3:6]}-{d[6:]}", f"1 ({d[:3]}) {d[3:6]}-{d[6:]}"])
    if kind == "ie":
        return rng.choice([f"{d[:3]} {d[3:6]} {d[6:]}", d, f"{d[:3]}-{d[3:]}"])
    if kind == "intl_fr":
        return rng.choice(["+33 " + d[1] + " " + " ".join(d[i:i + 2] for i in range(2, 10, 2)), f"+33{d[1:]}", "0" + d[1] + " " + " ".join(d[i:i + 2] for i in range(2, 10, 2))])
    if kind == "intl_de":
        return rng.choice([f"+49 {d[1:4]} {d[4:]}", f"+49 (0){d[1:4]} {d[4:8]} {d[8:]}", f"0049{d[1:]}"])
    return rng.choice([f"+353 {d[1:3]} {d[3:6]} {d[6:]}", f"+353{d[1:]}", f"00353 {d[1:3]} {d[3:]}"])


def phone_spoken(rng, d, kind, zero):
    if kind.startswith("intl"):
        cc = {"intl_uk": "four four", "intl_ie": "three five three", "intl_us": "one", "intl_fr": "three three", "intl_de": "four nine"}[kind]
        rest = d if kind == "intl_us" else d[1:]
        if kind == "intl_fr":
            return "plus " + cc + " " + say_digits(rng, rest, zero=zero, mode=rng.choice(["pairs", "mixed"]), chunks=[1, 2, 2, 2, 2])
        return "plus " + cc + " " + say_digits(rng, rest, zero=zero, mode=rng.choice(["digits", "digits", "mixed"]), chunks=[3, 3, 4] if kind == "intl_us" else [4, 3, 3])
    if kind == "us":
        return say_digits(rng, d, zero=zero, mode=rng.choice(["digits", "digits", "mixed"]), chunks=[3, 3, 4])
    if kind == "uklon":
        return say_digits(rng, d, zero=zero, mode=rng.choice(["digits", "mixed"]), chunks=[3, 4, 4])
    if kind == "ukgeo":
        return say_digits(rng, d, zero=zero, mode=rng.choice(["digits", "mixed"]), chunks=[4, 3, 4])
    return say_digits(rng, d, zero=zero, mode=rng.choice(["digits", "digits", "mixed"]), chunks=[5, 3, 3])


# --------------------------------------------------------------------------
# spoken/typed normalisation for --check
FILLERS = {"um", "uh", "er", "erm", "ah", "hmm", "plus", "dash", "hyphen", "slash", "space"}
ZERO_W = {"zero": "0", "oh": "0", "o": "0", "nought": "0", "naught": "0"}
DIGIT_W = dict(ZERO_W)
DIGIT_W.update({w: str(i) for i, w in enumerate(ONES) if i})
HOMO = {"to": "2", "too": "2", "for": "4"}
UNIT_W = {w: i for i, w in enumerate(ONES) if i}
TEEN_W = {w: n for n, w in TEENS.items()}
TENS_W = {w: n for n, w in TENS.items()}
NATO_W = {v: k for k, v in NATO.items()}


def normalise(text: str, letters: bool) -> str | None:
    t = text.lower().replace("x-ray", "xray")
    toks = re.findall(r"[a-z]+|\d+", t)
    out = []
    i = 0
    n = len(toks)
    while i < n:
        w = toks[i]
        nx = toks[i + 1] if i + 1 < n else None
        if w in FILLERS:
            i += 1
            continue
        if w.isdigit():
            out.append(w)
            i += 1
            continue
        if letters and len(w) == 1 and w != "o":
            if nx == "for" and i + 2 < n and toks[i + 2] in NATO_W:
                i += 3
            elif nx == "as" and i + 3 < n and toks[i + 2] == "in":
                i += 4
            else:
                i += 1
            out.append(w.upper())
            continue
        if w in ("double", "triple", "treble") and nx is not None:
            k = 2 if w == "double" else 3
            if nx in DIGIT_W:
                out.append(DIGIT_W[nx] * k)
            elif nx.isdigit() and len(nx) == 1:
                out.append(nx * k)
            elif letters and len(nx) == 1:
                out.append(nx.upper() * k)
            else:
                return None
            i += 2
            continue
        if w in TENS_W:
            if nx in UNIT_W:
                out.append(str(TENS_W[w] * 10 + UNIT_W[nx]))
                i += 2
            else:
                out.append(str(TENS_W[w] * 10))
                i += 1
            continue
        if w in TEEN_W:
            out.append(str(TEEN_W[w]))
            i += 1
            continue
        if w in DIGIT_W:
            out.append(DIGIT_W[w])
            i += 1
            continue
        if w in HOMO:
            out.append(HOMO[w])
            i += 1
            continue
        if letters and w in NATO_W:
            out.append(NATO_W[w].upper())
            i += 1
            continue
        if letters:
            out.append(w.upper())
            i += 1
            continue
        return None
    return "".join(out)


def digits_of(text):
    s = normalise(text, letters=False)
    if s is None or not s.isdigit():
        return None
    return s


MONTH_RE = re.compile(r"\b(" + "|".join(MONTHS + MON_ABBR) + r")\b", re.I)
UK_PC_RE = re.compile(r"^[A-Z]{1,2}[0-9][A-Z0-9]?[0-9][A-Z]{2}$")
NI_RE = re.compile(r"^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z][0-9]{6}[A-D]$")


def email_norm(text):
    if "@" in text:
        return text
    toks = re.findall(r"[a-z]+|\d+", text.lower())
    out = []
    i = 0
    while i < len(toks):
        w = toks[i]
        nx = toks[i + 1] if i + 1 < len(toks) else None
        if w == "dot":
            out.append(".")
        elif w == "at":
            out.append("@")
        elif w == "underscore":
            out.append("_")
        elif w in ("dash", "hyphen"):
            out.append("-")
        elif w in TENS_W:
            if nx in UNIT_W:
                out.append(str(TENS_W[w] * 10 + UNIT_W[nx]))
                i += 1
            else:
                out.append(str(TENS_W[w] * 10))
        elif w in TEEN_W:
            out.append(str(TEEN_W[w]))
        elif w in UNIT_W or w in ("zero", "oh"):
            out.append(DIGIT_W[w])
        else:
            out.append(w)
        i += 1
    return "".join(out)


def validate(typ: str, pieces: list[str]) -> str | None:
    """Return an error string or None."""
    raw = " ".join(pieces)
    if typ in ("CARD_NUMBER", "CVV", "SSN", "BANK_ACCOUNT", "SORT_CODE", "PHONE"):
        d = "".join((digits_of(p) or "?") for p in pieces)
        if not d.isdigit():
            return f"cannot normalise {raw!r} -> {d!r}"
        if typ == "CARD_NUMBER" and not (13 <= len(d) <= 19 and luhn_ok(d)):
            return f"bad card {d}"
        if typ == "CVV" and len(d) not in (3, 4):
            return f"bad cvv {d}"
        if typ == "SSN" and not (len(d) == 9 and d[:3] not in ("000", "666") and d[3:5] != "00" and d[5:] != "0000"):
            return f"bad ssn {d}"
        if typ == "BANK_ACCOUNT" and not (8 <= len(d) <= 12):
            return f"bad account {d}"
        if typ == "SORT_CODE" and len(d) != 6:
            return f"bad sort code {d}"
        if typ == "PHONE" and not (10 <= len(d) <= 15):
            return f"bad phone {d}"
        return None
    if typ == "EXPIRY":
        m = MONTH_RE.search(raw)
        if m:
            rest = MONTH_RE.sub(" ", raw)
            d = digits_of(rest)
            if d is None or len(d) not in (2, 4):
                return f"bad expiry {raw!r}"
            return None
        d = "".join((digits_of(p) or "?") for p in pieces)
        if not d.isdigit() or len(d) not in (3, 4, 6):
            return f"bad expiry {raw!r} -> {d}"
        mon = int(d[0]) if len(d) == 3 else int(d[:2])
        if not 1 <= mon <= 12:
            return f"bad expiry month {raw!r}"
        return None
    if typ == "NI_NUMBER":
        s = "".join((normalise(p, True) or "?") for p in pieces)
        return None if NI_RE.match(s) else f"bad NI {raw!r} -> {s}"
    if typ == "IBAN":
        s = "".join((normalise(p, True) or "?") for p in pieces)
        return None if (re.match(r"^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$", s) and iban_ok(s)) else f"bad IBAN {raw!r} -> {s}"
    if typ == "POSTCODE":
        s = "".join((normalise(p, True) or "?") for p in pieces)
        if UK_PC_RE.match(s) or re.match(r"^\d{5}(\d{4})?$", s):
            return None
        return f"bad postcode {raw!r} -> {s}"
    if typ == "EMAIL":
        e = email_norm(raw)
        return None if re.match(r"^[A-Za-z0-9._\-+]+@[A-Za-z0-9\-]+(\.[A-Za-z0-9\-]+)+$", e) else f"bad email {raw!r} -> {e}"
    if typ == "DOB":
        low = re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", raw.lower())
        has_month = bool(MONTH_RE.search(low)) or bool(re.search(r"\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}|\d{4}-\d{2}-\d{2}", low))
        ord_re = r"\b(" + "|".join(sorted(ORD.values())) + r")\b"
        ords = re.findall(ord_re, low)
        d = digits_of(re.sub(ord_re, " ", MONTH_RE.sub(" ", re.sub(r"\b(the|of|and|th|st|nd|rd|thousand|hundred)\b", " ", low))))
        if not has_month:
            # purely spoken numeric: day month year digits
            has_month = d is not None and len(d) >= 4
        has_year = bool(re.search(r"\b(19\d\d|20\d\d|nineteen|two thousand)\b", low)) or bool(MONTH_RE.search(low) and re.search(r"\b\d{2}$", low)) or (d is not None and len(d) >= 4) or (bool(ords) and d is not None and len(d) >= 2)
        return None if (has_month and has_year) else f"bad dob {raw!r}"
    if typ == "ADDRESS":
        low = raw.lower()
        has_num = bool(re.search(r"\d", low)) or any(w in low.split() for w in list(UNIT_W) + list(TEEN_W) + list(TENS_W) + ["hundred"])
        has_suffix = any(w in STREET_SUFFIX for w in re.findall(r"[a-z]+", low))
        return None if (has_num and has_suffix) else f"bad address {raw!r}"
    return f"unknown type {typ}"


# --------------------------------------------------------------------------
# case builder
class Case:
    def __init__(self, kind, note):
        self.kind = kind
        self.note = note
        self.turns = []
        self.spans = []
        self.groups = {}
        self._auto = 0

    def add(self, speaker, *segs):
        text = ""
        ti = len(self.turns)
        for s in segs:
            if isinstance(s, str):
                text += s
                continue
            val, typ = s[0], s[1]
            if len(s) > 2:
                key = s[2]
            else:
                self._auto += 1
                key = f"_auto{self._auto}"
            start = len(text)
            text += val
            self.spans.append({"turn": ti, "start": start, "end": len(text), "type": typ})
            self.groups.setdefault(key, []).append(len(self.spans) - 1)
        self.turns.append({"speaker": speaker, "text": text})
        return self

    def a(self, *segs):
        return self.add("agent", *segs)

    def c(self, *segs):
        return self.add("customer", *segs)


CASES_OUT: list[Case] = []


def new(kind, note):
    c = Case(kind, note)
    CASES_OUT.append(c)
    return c


BACK = ["mhm", "okay", "yep", "okay go on", "uh huh", "yeah", "right", "got that", "go ahead", "okay and"]
FILL = ["um", "uh", "er", "erm"]


def zero_for(rng, region="uk"):
    if region == "us":
        return rng.choice(["zero", "oh", "oh", "o"])
    return rng.choice(["oh", "oh", "zero", "nought", "o"])


# --------------------------------------------------------------------------
# positive templates
def t_card_chat(rng):
    num = gen_card(rng)
    g = split_groups(num, card_groups(num))
    style = rng.randint(0, 6)
    if style == 0:
        shown = " ".join(g)
    elif style == 1:
        shown = "-".join(g)
    elif style == 2:
        shown = num
    elif style == 3:
        shown = ".".join(g)
    elif style == 4:
        shown = "  ".join(g)
    elif style == 5:
        shown = " ".join([num[i:i + 2] for i in range(0, len(num), 2)]) if len(num) % 2 == 0 else " - ".join(g)
    else:
        shown = g[0] + " " + "".join(g[1:3]) + " " + " ".join(g[3:])
    ind = rng.choice(["retail", "telecom", "travel", "utilities", "insurance"])
    amt = rng.choice(["£42.99", "$118.40", "€65", "£7.50", "$1,204.00", "£310"])
    c = new("positive", f"chat/{ind}: card typed as {['spaced groups', 'dashed groups', 'one block', 'dot groups', 'double spaces', 'odd grouping', 'irregular grouping'][style]} next to an amount")
    c.a(rng.choice(["Thanks, I can take that payment for you now. What's the long card number?",
                    "Please enter the card number you'd like to use.",
                    "Sure - which card would you like to pay with?"]))
    lead = rng.choice(["its ", "card no: ", "ok here it is ", "Card number is ", "", "number: ", "it's the visa ", "use this one pls "])
    c.c(lead, (shown, "CARD_NUMBER"), rng.choice([f" for the {amt}", ". thanks", "", f" - can you take {amt} off it", " cheers"]))


def t_card_chat_split(rng):
    num = gen_card(rng, rng.choice(["visa", "mc", "amex"]))
    g = split_groups(num, card_groups(num))
    cut = 2
    c = new("positive", f"chat/{rng.choice(['retail', 'travel', 'telecom'])}: card typed across two chat messages")
    c.a("Go ahead with the card number whenever you're ready.")
    c.c((" ".join(g[:cut]), "CARD_NUMBER", "card"))
    c.c((rng.choice([" ".join(g[cut:]), "".join(g[cut:])]), "CARD_NUMBER", "card"), rng.choice(["", " sorry hit enter too soon", " <- rest of it"]))
    c.a("Thanks, that's gone through for £" + str(rng.randint(10, 250)) + "." + str(rng.randint(10, 99)) + ".")


def t_card_call_oneturn(rng):
    num = gen_card(rng)
    z = zero_for(rng, rng.choice(["uk", "us"]))
    mode = rng.choice(["digits", "digits", "mixed", "pairs"])
    spoken = say_digits(rng, num, zero=z, mode=mode, chunks=card_groups(num), homophones=0.15)
    ind = rng.choice(["telecom", "banking", "utilities", "retail", "travel"])
    c = new("positive", f"call/{ind}: card read in one turn, mode={mode}, zero='{z}'")
    c.a(rng.choice(["and what's the long number across the front of the card",
                    "okay can i take the card number please",
                    "lovely and the long number on the card"]))
    c.c(rng.choice(["yeah it's ", "okay it's ", "right so ", "", "um yeah ", "have you got a pen it's "]), (spoken, "CARD_NUMBER"),
        rng.choice(["", " yeah", " did you get that", " and that's a visa debit"]))


def t_card_call_split(rng):
    num = gen_card(rng)
    z = zero_for(rng)
    sizes = card_groups(num)
    groups = split_groups(num, sizes)
    ind = rng.choice(["insurance", "telecom", "utilities", "retail", "healthcare billing"])
    correct = rng.random() < 0.4
    c = new("positive", f"call/{ind}: card split over customer turns with back-channels" + (", one group self-corrected" if correct else ""))
    c.a("okay go ahead with the card number when you're ready")
    fix_at = rng.randrange(1, len(groups)) if correct else -1
    for i, g in enumerate(groups):
        spoken = say_digits(rng, g, zero=z, mode=rng.choice(["digits", "digits", "pairs"]))
        if i == fix_at:
            wrong = list(g)
            wrong[-1] = str((int(wrong[-1]) + rng.randint(1, 8)) % 10)
            wrong_s = say_digits(rng, "".join(wrong), zero=z, mode="digits", doubles=0)
            c.c(wrong_s, rng.choice([" no sorry ", " wait no ", " sorry scratch that "]), (spoken, "CARD_NUMBER", "card"))
        elif i == 0:
            c.c(rng.choice(["right ", "okay ", "so ", ""]), (spoken, "CARD_NUMBER", "card"))
        else:
            c.c((spoken, "CARD_NUMBER", "card"), rng.choice(["", " um", " yeah"]))
        if i < len(groups) - 1:
            c.a(rng.choice(BACK) if i < len(groups) - 2 else rng.choice(["and the last ones", "mhm and the last bit", "okay"]))


def t_card_exp_cvv_call(rng):
    num = gen_card(rng)
    z = zero_for(rng)
    mon, yr = rng.randint(1, 12), rng.randint(26, 32)
    cvv = rdig(rng, 4 if len(num) == 15 else 3)
    ind = rng.choice(["telecom", "utilities", "travel", "retail", "insurance"])
    c = new("positive", f"call/{ind}: card then expiry and security code, each prompted")
    c.a("can i take the card number please")
    c.c("yep ", (say_digits(rng, num, zero=z, mode=rng.choice(["digits", "mixed"]), chunks=card_groups(num)), "CARD_NUMBER"))
    c.a(rng.choice(["thank you and the expiry date", "and when does it expire", "lovely and the valid to date"]))
    es = rng.randint(0, 4)
    if es == 0:
        exp = say_digits(rng, f"{mon:02d}", zero=z, doubles=0) + " " + cardinal(yr)
    elif es == 1:
        exp = MONTHS[mon - 1] + " " + rng.choice(["twenty ", ""]) + cardinal(yr)
    elif es == 2:
        exp = ONES[mon] + " " + cardinal(yr) if mon < 10 else cardinal(mon) + " " + cardinal(yr)
    elif es == 3:
        exp = say_digits(rng, f"{mon:02d}", zero=z, doubles=0) + " slash " + say_digits(rng, str(yr), zero=z)
    else:
        exp = "end of " + MONTHS[mon - 1] + " twenty " + cardinal(yr)
        c.c(("it's the " if rng.random() < .5 else ""), "end of ", (exp[len("end of "):], "EXPIRY"))
        exp = None
    if exp is not None:
        c.c(rng.choice(["it's ", "uh ", "", "expires "]), (exp, "EXPIRY"))
    c.a(rng.choice(["and the three digits on the back", "and the security code please", "and the cvv"]) if len(cvv) == 3
        else "and the four digit code on the front")
    c.c(rng.choice(["", "it's ", "um "]), (say_digits(rng, cvv, zero=z, doubles=0.3), "CVV"))
    if rng.random() < 0.5:
        c.a("perfect so that's " + rng.choice(["forty two pounds", "one hundred and twelve pounds fifty", "eighteen ninety nine"]) + " taken today")


def t_card_chat_all(rng):
    num = gen_card(rng)
    mon, yr = rng.randint(1, 12), rng.randint(26, 33)
    cvv = rdig(rng, 4 if len(num) == 15 else 3)
    g = split_groups(num, card_groups(num))
    shown = rng.choice([" ".join(g), num, "-".join(g)])
    exp = rng.choice([f"{mon:02d}/{yr}", f"{mon}/{yr}", f"{mon:02d}/20{yr}", f"{mon:02d}-{yr}", f"{MON_ABBR[mon - 1].title()} {yr}", f"{mon:02d}{yr}"])
    ind = rng.choice(["retail", "travel", "telecom", "insurance"])
    c = new("positive", f"chat/{ind}: card, expiry and CVV in one typed message")
    c.a("To complete the booking I'll need the card number, expiry and security code.")
    form = rng.randint(0, 3)
    if form == 0:
        c.c((shown, "CARD_NUMBER"), " exp ", (exp, "EXPIRY"), " cvv ", (cvv, "CVV"))
    elif form == 1:
        c.c("card: ", (shown, "CARD_NUMBER"), "\nexpiry: ", (exp, "EXPIRY"), "\nsecurity code: ", (cvv, "CVV"))
    elif form == 2:
        c.c("ok its ", (shown, "CARD_NUMBER"), ", expires ", (exp, "EXPIRY"), " and the code on the back is ", (cvv, "CVV"))
    else:
        c.c((shown, "CARD_NUMBER"), " / ", (exp, "EXPIRY"), " / ", (cvv, "CVV"), " - total was £" + str(rng.randint(20, 400)) + ".00 right?")


def t_card_readback(rng):
    num = gen_card(rng, rng.choice(["visa", "mc"]))
    z = zero_for(rng)
    sp = say_digits(rng, num, zero=z, mode="digits", chunks=card_groups(num))
    sp2 = say_digits(rng, num, zero=z, mode="digits", chunks=card_groups(num), doubles=0)
    ind = rng.choice(["banking", "utilities", "telecom"])
    c = new("positive", f"call/{ind}: card read by customer then read back by agent")
    c.a("what's the card number")
    c.c((sp, "CARD_NUMBER"))
    c.a("let me just read that back to you ", (sp2, "CARD_NUMBER"), " is that right")
    c.c(rng.choice(["yes that's it", "yeah correct", "yep"]))


def t_ssn_chat(rng):
    s = gen_ssn(rng)
    shown = rng.choice([f"{s[:3]}-{s[3:5]}-{s[5:]}", f"{s[:3]} {s[3:5]} {s[5:]}", s, f"{s[:3]}.{s[3:5]}.{s[5:]}", f"{s[:3]}-{s[3:5]} {s[5:]}"])
    ind = rng.choice(["banking", "insurance", "healthcare billing", "government services", "telecom"])
    c = new("positive", f"chat/{ind}: US SSN typed")
    c.a(rng.choice(["For verification, can you confirm your Social Security number?",
                    "I'll need your SSN to open the application.",
                    "Can you provide the social on the account?"]))
    c.c(rng.choice(["sure its ", "SSN: ", "", "It's ", "ok - "]), (shown, "SSN"),
        rng.choice(["", ".", " thanks", f" and my claim is {rng.randint(100000, 9999999)}"]))


def t_ssn_call(rng):
    s = gen_ssn(rng)
    z = zero_for(rng, "us")
    mode = rng.choice(["digits", "mixed", "digits"])
    ind = rng.choice(["banking", "insurance", "healthcare billing", "government services", "utilities"])
    split = rng.random() < 0.5
    c = new("positive", f"call/{ind}: SSN spoken" + (" in 3-2-4 pieces across turns" if split else " in one turn") + f", mode={mode}")
    c.a(rng.choice(["and can i get your social security number", "can you verify the social please", "what's the social on the account"]))
    if split:
        parts = [s[:3], s[3:5], s[5:]]
        for i, p in enumerate(parts):
            sp = say_digits(rng, p, zero=z, mode=mode)
            if i == 0:
                c.c(rng.choice(["sure it's ", "yeah ", "okay ", ""]), (sp, "SSN", "ssn"))
            else:
                c.c((sp, "SSN", "ssn"))
            if i < 2:
                c.a(rng.choice(BACK))
    else:
        sp = say_digits(rng, s, zero=z, mode=mode, chunks=[3, 2, 4], homophones=0.1)
        c.c(rng.choice(["yeah it's ", "sure ", "um ", "okay it's "]), (sp, "SSN"), rng.choice(["", " and my zip is the same as before", " i think"]))


def t_ssn_dob(rng):
    s = gen_ssn(rng)
    z = zero_for(rng, "us")
    y, m, d = rng.randint(1941, 2004), rng.randint(1, 12), rng.randint(1, 28)
    call = rng.random() < 0.6
    ind = rng.choice(["healthcare billing", "insurance", "government services", "banking"])
    c = new("positive", f"{'call' if call else 'chat'}/{ind}: SSN and date of birth for identity check (US)")
    if call:
        c.a("i just need to verify you can i get your date of birth")
        dob = rng.choice([MONTHS[m - 1] + " " + ordinal(d) + " " + say_year(rng, y),
                          say_digits(rng, f"{m:02d}", zero=z, doubles=0) + " " + say_digits(rng, f"{d:02d}", zero=z, mode="pairs") + " " + say_year(rng, y),
                          MONTHS[m - 1] + " " + cardinal(d) + " " + say_year(rng, y)])
        c.c(rng.choice(["it's ", "yeah ", "", "sure "]), (dob, "DOB"))
        c.a(rng.choice(["and the full social please", "thanks and your social security number", "and can you verify your social"]))
        c.c((say_digits(rng, s, zero=z, mode=rng.choice(["digits", "mixed"]), chunks=[3, 2, 4]), "SSN"))
    else:
        c.a("Please confirm your date of birth and Social Security number.")
        dob = rng.choice([f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{str(y)[2:]}", f"{MONTHS[m - 1].title()} {d}, {y}", f"{y}-{m:02d}-{d:02d}"])
        c.c("DOB ", (dob, "DOB"), rng.choice([", SSN ", " ssn: ", " and social is "]), (rng.choice([f"{s[:3]}-{s[3:5]}-{s[5:]}", s]), "SSN"))


def ni_spoken(rng, ni, z):
    style = rng.choice(["plain", "nato", "asin", "plain"])
    letters1 = " ".join(spell_letter(rng, ch, style) for ch in ni[:2])
    digits = say_digits(rng, ni[2:8], zero=z, mode=rng.choice(["digits", "pairs", "pairs", "mixed"]), chunks=[2, 2, 2], homophones=0.1)
    last = spell_letter(rng, ni[8], rng.choice([style, "plain"]))
    return letters1, digits, last, style


def t_ni_chat(rng):
    ni = gen_ni(rng)
    shown = rng.choice([f"{ni[:2]} {ni[2:4]} {ni[4:6]} {ni[6:8]} {ni[8]}", ni, ni.lower(), f"{ni[:2]}{ni[2:8]}{ni[8]}".lower(),
                        f"{ni[:2]} {ni[2:8]} {ni[8]}", f"{ni[:2]}-{ni[2:4]}-{ni[4:6]}-{ni[6:8]}-{ni[8]}", f"{ni[:2]} {ni[2:4]}{ni[4:6]}{ni[6:8]}{ni[8]}"])
    ind = rng.choice(["government services", "banking", "insurance", "utilities", "healthcare billing"])
    c = new("positive", f"chat/{ind}: UK NI number typed")
    c.a(rng.choice(["Could you confirm your National Insurance number please?", "What's your NI number?", "To process the claim I need your national insurance no."]))
    c.c(rng.choice(["it's ", "NI: ", "", "yeah sure ", "my ni number is "]), (shown, "NI_NUMBER"), rng.choice(["", ".", " thanks", " i think"]))


def t_ni_call(rng):
    ni = gen_ni(rng)
    z = zero_for(rng)
    l1, dg, last, style = ni_spoken(rng, ni, z)
    ind = rng.choice(["government services", "banking", "insurance", "utilities", "telecom"])
    c = new("positive", f"call/{ind}: NI number spoken in one turn, letters {style}")
    c.a(rng.choice(["and your national insurance number", "can you give me your n i number please", "what's your national insurance"]))
    c.c(rng.choice(["yeah it's ", "okay ", "um ", ""]), (f"{l1} {dg} {last}", "NI_NUMBER"), rng.choice(["", " i think", " yeah"]))


def t_ni_split(rng):
    ni = gen_ni(rng)
    z = zero_for(rng)
    l1, dg, last, style = ni_spoken(rng, ni, z)
    ind = rng.choice(["government services", "banking", "insurance"])
    c = new("positive", f"call/{ind}: NI number split over turns with agent back-channels")
    c.a("can i take your national insurance number")
    c.c(rng.choice(["right ", "okay so ", ""]), (l1, "NI_NUMBER", "ni"))
    c.a(rng.choice(BACK))
    if rng.random() < 0.5:
        c.c((dg, "NI_NUMBER", "ni"))
        c.a(rng.choice(["and the letter at the end", "and the last letter", "mhm"]))
        c.c((last, "NI_NUMBER", "ni"))
    else:
        d1 = say_digits(rng, ni[2:5], zero=z)
        d2 = say_digits(rng, ni[5:8], zero=z)
        c.c((d1, "NI_NUMBER", "ni"), " ", rng.choice(FILL), " ", (d2, "NI_NUMBER", "ni"))
        c.a("and the letter")
        c.c("it's ", (last, "NI_NUMBER", "ni"))
    if rng.random() < 0.4:
        c.a("lovely and just to check that's the one on your p sixty")


def t_ni_dob_pc(rng):
    ni = gen_ni(rng)
    z = zero_for(rng)
    y, m, d = rng.randint(1941, 2004), rng.randint(1, 12), rng.randint(1, 28)
    pc = gen_uk_postcode(rng)
    call = rng.random() < 0.6
    c = new("positive", f"{'call' if call else 'chat'}/government services: NI number, DOB and postcode (UK benefits)")
    if call:
        l1, dg, last, style = ni_spoken(rng, ni, z)
        c.a("for security can i have your date of birth")
        dob = rng.choice(["the " + ordinal(d) + " of " + MONTHS[m - 1] + " " + say_year(rng, y),
                          ordinal(d) + " " + MONTHS[m - 1] + " " + say_year(rng, y),
                          say_digits(rng, f"{d:02d}", zero=z, doubles=0) + " " + say_digits(rng, f"{m:02d}", zero=z, doubles=0) + " " + (cardinal(y % 100) if y % 100 >= 10 else say_year(rng, y))])
        c.c((dob, "DOB"))
        c.a("and your postcode")
        out, inw = pc.split()
        pcs = " ".join(spell_letter(rng, ch, "plain") if ch.isalpha() else ONES[int(ch)] for ch in out) + " " + \
            ONES[int(inw[0])] + " " + " ".join(spell_letter(rng, ch, rng.choice(["plain", "nato"])) for ch in inw[1:])
        c.c((pcs, "POSTCODE"))
        c.a("and finally your national insurance number")
        c.c((f"{l1} {dg} {last}", "NI_NUMBER"))
    else:
        c.a("Please can you confirm your date of birth, postcode and NI number?")
        dob = rng.choice([f"{d:02d}/{m:02d}/{y}", f"{d}.{m}.{y}", f"{d} {MONTHS[m - 1].title()} {y}", f"{ordinal(d) if False else d}th {MONTHS[m - 1].title()} {y}".replace("1th", "1st").replace("2th", "2nd").replace("3th", "3rd").replace("11st", "11th").replace("12nd", "12th").replace("13rd", "13th")])
        c.c((dob, "DOB"), ", ", (rng.choice([pc, pc.lower(), pc.replace(" ", "")]), "POSTCODE"), ", ", (rng.choice([ni, f"{ni[:2]} {ni[2:4]} {ni[4:6]} {ni[6:8]} {ni[8]}"]), "NI_NUMBER"))


def t_bank_chat(rng):
    region = rng.choice(["uk", "uk", "us", "ie"])
    c = new("positive", f"chat/banking: account number typed ({region})" + (" with sort code" if region == "uk" else ""))
    if region == "uk":
        acct = rdig(rng, 8)
        sc = rdig(rng, 6)
        scs = rng.choice([f"{sc[:2]}-{sc[2:4]}-{sc[4:]}", sc, f"{sc[:2]} {sc[2:4]} {sc[4:]}"])
        c.a("What's the sort code and account number for the refund?")
        if rng.random() < .5:
            c.c("sort code ", (scs, "SORT_CODE"), " acc no ", (acct, "BANK_ACCOUNT"))
        else:
            c.c((scs, "SORT_CODE"), rng.choice([" / ", "\n", " and "]), (acct, "BANK_ACCOUNT"), rng.choice(["", " - refund was £" + str(rng.randint(5, 300)) + " i think"]))
    elif region == "us":
        acct = rdig(rng, rng.choice([10, 11, 12]))
        c.a("Which checking account should we set up for autopay?")
        c.c(rng.choice(["acct # ", "account number ", "checking acct "]), (acct, "BANK_ACCOUNT"), rng.choice(["", " at chase", ", thx"]))
    else:
        acct = rdig(rng, 8)
        c.a("Can you give me the account number the direct debit comes from?")
        c.c("it's ", (acct, "BANK_ACCOUNT"), " with AIB")


def t_bank_call(rng):
    z = zero_for(rng)
    acct = rdig(rng, 8)
    sc = rdig(rng, 6)
    ind = rng.choice(["banking", "utilities", "insurance", "telecom"])
    c = new("positive", f"call/{ind}: sort code as pairs then account number spoken")
    c.a("and what's the sort code on that account")
    c.c(rng.choice(["it's ", "uh ", ""]), (say_digits(rng, sc, zero=z, mode=rng.choice(["pairs", "pairs", "digits"]), chunks=[2, 2, 2]), "SORT_CODE"))
    c.a(rng.choice(["lovely and the account number", "and the eight digit account number"]))
    if rng.random() < 0.5:
        c.c((say_digits(rng, acct, zero=z, mode=rng.choice(["digits", "mixed"]), chunks=[4, 4]), "BANK_ACCOUNT"))
    else:
        c.c((say_digits(rng, acct[:4], zero=z), "BANK_ACCOUNT", "acct"))
        c.a(rng.choice(BACK))
        c.c((say_digits(rng, acct[4:], zero=z), "BANK_ACCOUNT", "acct"), rng.choice(["", " that's it"]))
    if rng.random() < 0.5:
        c.a("thanks and the direct debit will come out on the " + ordinal(rng.randint(1, 28)) + " of each month")


def t_iban_chat(rng):
    iban = gen_iban(rng)
    shown = rng.choice([iban_grouped(iban), iban, iban_grouped(iban).lower(), iban_grouped(iban, "-")])
    c = new("positive", f"chat/{rng.choice(['banking', 'travel', 'retail', 'insurance'])}: IBAN ({iban[:2]}) typed for refund")
    c.a(rng.choice(["Please send the IBAN you'd like the refund paid to.", "For an international transfer I'll need your IBAN."]))
    c.c(rng.choice(["IBAN: ", "here: ", "", "its "]), (shown, "IBAN"), rng.choice(["", " (BIC " + rng.choice(["AIBKIE2D", "BOFIIE2D", "NWBKGB2L", "INGBNL2A"]) + ")", " thanks"]))


def t_iban_call(rng):
    iban = gen_iban(rng, rng.choice(["GB", "IE", "DE", "NL"]))
    z = zero_for(rng)
    letters_style = rng.choice(["plain", "nato"])
    cc = " ".join(spell_letter(rng, ch, "plain") for ch in iban[:2])
    chk = say_digits(rng, iban[2:4], zero=z, mode=rng.choice(["digits", "pairs"]))
    rest = iban[4:]
    if rest[:4].isalpha():
        bank = " ".join(spell_letter(rng, ch, letters_style) for ch in rest[:4])
        num = rest[4:]
    else:
        bank = ""
        num = rest
    c = new("positive", f"call/banking: IBAN ({iban[:2]}) spoken in pieces across turns, letters {letters_style}")
    c.a("okay go ahead with the iban")
    c.c((cc + " " + chk, "IBAN", "iban"))
    c.a(rng.choice(BACK))
    if bank:
        c.c((bank, "IBAN", "iban"))
        c.a(rng.choice(BACK))
    half = len(num) // 2
    c.c((say_digits(rng, num[:half], zero=z, mode=rng.choice(["digits", "mixed"]), chunks=[4, 4, 4]), "IBAN", "iban"))
    c.a(rng.choice(["and the rest", "mhm", "yep go on"]))
    c.c((say_digits(rng, num[half:], zero=z, mode="digits", chunks=[4, 4, 4]), "IBAN", "iban"), rng.choice(["", " and that's it"]))


def t_phone_chat(rng):
    d, kind = gen_phone(rng)
    shown = phone_typed(rng, d, kind)
    ind = rng.choice(["telecom", "retail", "utilities", "healthcare billing", "travel"])
    c = new("positive", f"chat/{ind}: phone number typed ({kind})")
    c.a(rng.choice(["What's the best number to reach you on?", "Can I take a contact number in case we get cut off?", "Which mobile should the texts go to?"]))
    c.c(rng.choice(["", "call me on ", "mob: ", "its ", "best number is "]), (shown, "PHONE"),
        rng.choice(["", " after 5pm", " - or the landline, whichever", " thanks", " (work)"]))


def t_phone_call(rng):
    d, kind = gen_phone(rng)
    z = zero_for(rng, "us" if "us" in kind else "uk")
    sp = phone_spoken(rng, d, kind, z)
    ind = rng.choice(["telecom", "retail", "utilities", "insurance", "travel", "healthcare billing"])
    split = rng.random() < 0.35
    c = new("positive", f"call/{ind}: phone number spoken ({kind})" + (" split over turns" if split else ""))
    c.a(rng.choice(["and a good contact number for you", "what's the best number to call you back on", "can i just confirm the mobile number"]))
    if split:
        w = sp.split(" ")
        cut = len(w) // 2
        while w[cut - 1] in ("double", "triple", "plus") or w[cut - 1] in TENS_W:
            cut += 1
        c.c(rng.choice(["yeah it's ", "", "okay "]), (" ".join(w[:cut]), "PHONE", "ph"))
        c.a(rng.choice(BACK))
        c.c((" ".join(w[cut:]), "PHONE", "ph"))
    else:
        c.c(rng.choice(["yeah it's ", "", "it's ", "um "]), (sp, "PHONE"), rng.choice(["", " that's my mobile", " any time after three"]))


def t_email_chat(rng):
    local, dom = gen_email(rng)
    e = f"{local}@{dom}"
    if rng.random() < 0.3:
        e = e.upper() if rng.random() < 0.3 else e[0].upper() + e[1:]
    ind = rng.choice(["retail", "telecom", "travel", "insurance", "utilities"])
    c = new("positive", f"chat/{ind}: email typed")
    c.a(rng.choice(["What email should the receipt go to?", "Can you confirm the email address on the account?"]))
    c.c(rng.choice(["", "its ", "email: ", "send it to "]), (e, "EMAIL"), rng.choice(["", " pls", ".", " thanks!"]))


def t_email_call(rng):
    local, dom = gen_email(rng)
    spell = rng.random() < 0.4
    sp = say_email(rng, local, dom, spell=spell)
    ind = rng.choice(["retail", "telecom", "travel", "insurance", "utilities", "banking"])
    c = new("positive", f"call/{ind}: email spoken with 'dot'/'at'" + (", surname spelled" if spell else ""))
    c.a(rng.choice(["and what's your email address", "can i get an email for the confirmation", "what email do we have for you"]))
    if rng.random() < 0.3:
        at = sp.index(" at ")
        c.c(rng.choice(["it's ", "yeah it's "]), (sp[:at], "EMAIL", "em"))
        c.a(rng.choice(["mhm at", "okay at what", "and the domain"]))
        c.c((sp[at + 1:], "EMAIL", "em"))
    else:
        c.c(rng.choice(["it's ", "yeah it's ", "um it's ", ""]), (sp, "EMAIL"), rng.choice(["", " all lower case", " no capitals"]))


def dob_spoken(rng, y, m, d, region):
    z = zero_for(rng, region)
    opts = ["the " + ordinal(d) + " of " + MONTHS[m - 1] + " " + say_year(rng, y),
            MONTHS[m - 1] + " " + ordinal(d) + " " + say_year(rng, y),
            MONTHS[m - 1] + " " + cardinal(d) + " " + say_year(rng, y),
            ordinal(d) + " " + MONTHS[m - 1] + " " + cardinal(y % 100) if y % 100 >= 10 else ordinal(d) + " " + MONTHS[m - 1] + " " + say_year(rng, y)]
    if region == "us":
        opts.append(say_digits(rng, f"{m:02d}", zero=z, doubles=0) + " " + say_digits(rng, f"{d:02d}", zero=z, mode="pairs") + " " + say_year(rng, y))
    else:
        opts.append(say_digits(rng, f"{d:02d}", zero=z, doubles=0) + " " + say_digits(rng, f"{m:02d}", zero=z, doubles=0) + " " + say_year(rng, y))
    return rng.choice(opts)


def t_dob(rng):
    region = rng.choice(["uk", "us", "ie"])
    y, m, d = rng.randint(1938, 2005), rng.randint(1, 12), rng.randint(1, 28)
    call = rng.random() < 0.6
    ind = rng.choice(["banking", "insurance", "healthcare billing", "telecom", "utilities", "travel"])
    extra = rng.random() < 0.5
    c = new("positive", f"{'call' if call else 'chat'}/{ind}: date of birth ({region})" + (" next to a non-birth date" if extra else ""))
    if call:
        c.a(rng.choice(["can i just take your date of birth", "and for security your date of birth please", "what's the date of birth on the policy"]))
        c.c(rng.choice(["yeah it's ", "", "um ", "sure "]), (dob_spoken(rng, y, m, d, region), "DOB"),
            (" and the policy started on the " + ordinal(rng.randint(1, 28)) + " of " + rng.choice(MONTHS) + " last year") if extra else "")
    else:
        c.a(rng.choice(["Please confirm the account holder's date of birth.", "What's your DOB?"]))
        if region == "us":
            shown = rng.choice([f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}", f"{MONTHS[m - 1].title()} {d}, {y}", f"{MON_ABBR[m - 1].title()} {d} {y}"])
        else:
            shown = rng.choice([f"{d:02d}/{m:02d}/{y}", f"{d}-{m}-{y}", f"{d} {MONTHS[m - 1].title()} {y}", f"{d:02d}.{m:02d}.{y}", f"{y}-{m:02d}-{d:02d}",
                                f"{sfx(d)} {MONTHS[m - 1]} {y % 100:02d}", f"{sfx(d)} of {MON_ABBR[m - 1].title()} {y}"])
        c.c(rng.choice(["", "dob ", "born ", "its "]), (shown, "DOB"),
            (f" - and the appointment is on {rng.randint(1, 28)}/{rng.randint(1, 12)}/2026") if extra else "")


def address_parts(rng, region):
    if region == "us":
        n = rng.randint(10, 9899)
        street = rng.choice(US_STREETS)
        town, st = rng.choice(US_TOWNS)
        pc = gen_zip(rng, rng.random() < 0.3)
        return n, street, f"{town}, {st}", pc
    if region == "ie":
        return rng.randint(1, 160), rng.choice(IE_STREETS), rng.choice(["Dublin 9", "Galway", "Cork", "Limerick"]), None
    return rng.randint(1, 240), rng.choice(UK_STREETS), rng.choice(UK_TOWNS), gen_uk_postcode(rng)


def say_house(rng, n, region):
    if n < 100:
        return cardinal(n)
    if region == "us" and n >= 1000:
        return say_digits(rng, str(n), mode="pairs", zero="oh")
    if rng.random() < 0.5:
        return cardinal(n, uk_and=region != "us")
    return say_digits(rng, str(n), mode=rng.choice(["digits", "pairs"]), zero="oh")


def pc_spoken(rng, pc):
    if pc[0].isdigit():
        return say_digits(rng, pc.replace("-", ""), zero=rng.choice(["zero", "oh"]), mode=rng.choice(["digits", "digits", "pairs"]))
    out, inw = pc.split()
    st = rng.choice(["plain", "plain", "nato"])
    o = " ".join(spell_letter(rng, ch, st) if ch.isalpha() else ONES[int(ch)] for ch in out)
    if rng.random() < 0.3 and len(out) >= 3 and out[-2:].isdigit():
        o = " ".join(spell_letter(rng, ch, st) for ch in out if ch.isalpha()) + " " + cardinal(int(out[-2:]))
    i = ONES[int(inw[0])] + " " + " ".join(spell_letter(rng, ch, st) for ch in inw[1:])
    return o + " " + i


def t_address(rng):
    region = rng.choice(["uk", "uk", "us", "us", "ie"])
    n, street, town, pc = address_parts(rng, region)
    call = rng.random() < 0.55
    ind = rng.choice(["utilities", "retail", "insurance", "telecom", "government services", "healthcare billing"])
    flat = rng.random() < 0.25
    c = new("positive", f"{'call' if call else 'chat'}/{ind}: street address ({region})" + (" with postcode/zip" if pc else "") + (" and flat/apt" if flat else ""))
    if call:
        c.a(rng.choice(["and what's the first line of the address", "can you confirm the address for me", "where are we sending the engineer"]))
        st = street.lower()
        addr = (("flat " + cardinal(rng.randint(1, 20)) + " ") if flat and region != "us" else "") + say_house(rng, n, region) + " " + st
        if flat and region == "us":
            addr += " apartment " + cardinal(rng.randint(1, 30))
        if pc and rng.random() < 0.6:
            c.c(rng.choice(["it's ", "yeah ", ""]), (addr, "ADDRESS"), " " + town.lower().split(",")[0], " ", (pc_spoken(rng, pc), "POSTCODE"))
        elif pc:
            c.c(rng.choice(["it's ", "yeah ", ""]), (addr, "ADDRESS"), " in " + town.lower().split(",")[0])
            c.a("and the zip code" if region == "us" else rng.choice(["and the postcode", "what's the postcode there"]))
            c.c((pc_spoken(rng, pc), "POSTCODE"))
        else:
            c.c(rng.choice(["it's ", "yeah ", ""]), (addr, "ADDRESS"), " " + town.lower())
    else:
        c.a(rng.choice(["What's the delivery address?", "Please confirm the address on the account.", "Where should we post the new card?"]))
        addr = (("Flat " + str(rng.randint(1, 20)) + ", ") if flat and region != "us" else "") + f"{n} {street}"
        if rng.random() < 0.3:
            addr = addr.lower()
        if flat and region == "us":
            addr += rng.choice([" Apt ", " Apt. ", " #"]) + str(rng.randint(1, 30))
        if pc:
            c.c((addr, "ADDRESS"), ", " + town + rng.choice([", ", " "]), (pc if rng.random() < .7 else pc.replace(" ", "").lower(), "POSTCODE"))
        else:
            c.c((addr, "ADDRESS"), ", " + town)


def t_postcode_only(rng):
    region = rng.choice(["uk", "us"])
    pc = gen_uk_postcode(rng) if region == "uk" else gen_zip(rng, rng.random() < 0.2)
    call = rng.random() < 0.6
    c = new("positive", f"{'call' if call else 'chat'}/{rng.choice(['telecom', 'utilities', 'retail', 'insurance'])}: postcode/zip alone for address lookup ({region})")
    if call:
        c.a(rng.choice(["can i take your postcode please", "what's the zip code", "and the postcode for the property"]))
        c.c(rng.choice(["yeah it's ", "", "um "]), (pc_spoken(rng, pc), "POSTCODE"), rng.choice(["", " and it's number " + cardinal(rng.randint(2, 90)) + " on the list"]))
    else:
        c.a("Can I have your postcode to check coverage?")
        c.c(rng.choice(["", "its ", "postcode " if region == "uk" else "zip "]), (rng.choice([pc, pc.lower(), pc.replace(" ", "")]), "POSTCODE"), rng.choice(["", " - we get about 30mb now", "?"]))


def t_mixed_call(rng):
    """Two values in one turn plus non-PII numbers."""
    z = zero_for(rng)
    d, kind = gen_phone(rng, rng.choice(["ukmob", "uklon", "ie"]))
    local, dom = gen_email(rng)
    ind = rng.choice(["telecom", "utilities", "retail", "travel"])
    c = new("positive", f"call/{ind}: phone and email in the same turn, with a price nearby")
    c.a("can i update your contact details while i've got you")
    c.c("yeah so the mobile's ", (phone_spoken(rng, d, kind, z), "PHONE"), " and the email is ", (say_email(rng, local, dom), "EMAIL"))
    c.a("lovely and that bundle is " + rng.choice(["thirty four ninety nine", "twenty two pounds", "forty five euro"]) + " a month")


def t_mixed_chat(rng):
    d, kind = gen_phone(rng)
    local, dom = gen_email(rng)
    n, street, town, pc = address_parts(rng, "uk")
    c = new("positive", "chat/retail: address, postcode, phone and email in one multi-line message plus an order number")
    c.a("Please send your full delivery details.")
    c.c("Order #" + str(rng.randint(1000000, 99999999)) + "\n", (f"{n} {street}", "ADDRESS"), "\n" + town + "\n", (pc, "POSTCODE"),
        "\ntel ", (phone_typed(rng, d, kind), "PHONE"), "\n", (f"{local}@{dom}", "EMAIL"))


def t_card_chitchat(rng):
    num = gen_card(rng)
    z = zero_for(rng)
    g = split_groups(num, card_groups(num))
    c = new("positive", "call/travel: card read with chit-chat and a flight number in between groups")
    c.a("okay and the card number please")
    first = say_digits(rng, "".join(g[:2]), zero=z, chunks=[4, 4])
    second = say_digits(rng, "".join(g[2:]), zero=z, chunks=card_groups(num)[2:])
    c.c((first, "CARD_NUMBER", "card"), " sorry i'm just at the airport we're on flight " + rng.choice(["e i one five four", "b a two four nine", "f r eight one two"]) + " later ",
        rng.choice(FILL), " ", (second, "CARD_NUMBER", "card"))
    c.a("no worries have a good trip")


def t_exp_cvv_readback(rng):
    mon, yr = rng.randint(1, 12), rng.randint(26, 31)
    cvv = rdig(rng, 3)
    z = zero_for(rng)
    c = new("positive", "call/utilities: expiry and cvv given in one turn, agent reads expiry back")
    c.a("and the expiry and the three digit code on the back")
    exp = say_digits(rng, f"{mon:02d}", zero=z, doubles=0) + " " + cardinal(yr)
    c.c(rng.choice(["expiry ", "it's "]), (exp, "EXPIRY"), rng.choice([" and the code is ", " and ", " security code "]), (say_digits(rng, cvv, zero=z), "CVV"))
    c.a("so that's expiring ", (MONTHS[mon - 1] + " twenty " + cardinal(yr), "EXPIRY"), " yeah")
    c.c("yes")


def t_ssn_typo_chat(rng):
    s = gen_ssn(rng)
    c = new("positive", "chat/government services: SSN typed, then retyped with a correction (both labelled)")
    wrong = s[:4] + str((int(s[4]) + 3) % 10) + s[5:]
    if wrong[3:5] == "00":
        wrong = s[:4] + str((int(s[4]) + 4) % 10) + s[5:]
    c.a("Please provide your SSN to locate your case.")
    c.c((f"{wrong[:3]}-{wrong[3:5]}-{wrong[5:]}", "SSN"))
    c.c("sorry typo ", (f"{s[:3]}-{s[3:5]}-{s[5:]}", "SSN"))
    c.a("Thanks, I've found case " + str(rng.randint(100000, 9999999)) + ".")


def insert_filler(rng, spoken, p=0.5):
    """Insert one filler word at a safe word boundary inside a spoken value."""
    if rng.random() >= p:
        return spoken
    w = spoken.split(" ")
    ok = [i for i in range(1, len(w))
          if w[i - 1] not in ("double", "triple", "treble", "plus", "for", "as", "in")
          and not (w[i - 1] in TENS_W and w[i] in UNIT_W)
          and not (len(w[i - 1]) == 1 and w[i] in ("for", "as"))]
    if not ok:
        return spoken
    i = rng.choice(ok)
    return " ".join(w[:i] + [rng.choice(["um", "uh", "er", "erm"])] + w[i:])


def t_card_filler(rng):
    num = gen_card(rng)
    z = zero_for(rng)
    sp = insert_filler(rng, say_digits(rng, num, zero=z, mode=rng.choice(["digits", "mixed"]), chunks=card_groups(num), homophones=0.2), p=1.0)
    ind = rng.choice(["telecom", "utilities", "retail", "government services"])
    c = new("positive", f"call/{ind}: card read in one turn with a hesitation filler inside the number")
    c.a(rng.choice(["okay and the card number", "go ahead with the long number on the card"]))
    c.c(rng.choice(["", "right ", "hang on it's "]), (sp, "CARD_NUMBER"), rng.choice(["", " sorry the light's bad in here"]))


def t_ssn_filler(rng):
    s_ = gen_ssn(rng)
    z = zero_for(rng, "us")
    sp = insert_filler(rng, say_digits(rng, s_, zero=z, mode=rng.choice(["digits", "mixed"]), chunks=[3, 2, 4]), p=1.0)
    c = new("positive", f"call/{rng.choice(['insurance', 'banking', 'healthcare billing'])}: SSN with a filler inside and an age nearby")
    c.a("can i get the social for the primary policy holder")
    c.c("that's my dad he's " + cardinal(rng.randint(60, 90)) + " his social is ", (sp, "SSN"))


def t_bank_call_us(rng):
    acct = rdig(rng, rng.choice([10, 11, 12]))
    z = zero_for(rng, "us")
    sp = insert_filler(rng, say_digits(rng, acct, zero=z, mode=rng.choice(["digits", "mixed"]), chunks=[4, 3, len(acct) - 7]), p=0.4)
    c = new("positive", "call/utilities: US checking account number spoken for autopay, with a bill amount")
    c.a("and the checking account number you want the autopay to come from")
    c.c(rng.choice(["okay it's ", "yeah the account number is ", ""]), (sp, "BANK_ACCOUNT"))
    c.a("got it so " + cardinal(rng.randint(40, 200), uk_and=False) + " dollars will come out on the " + ordinal(rng.randint(1, 28)))


def t_bank_readback(rng):
    acct = rdig(rng, 8)
    sc = rdig(rng, 6)
    z = zero_for(rng)
    c = new("positive", "call/banking: sort code and account number in one turn, agent reads both back")
    c.a("can you give me the sort code and account number")
    c.c("sort code ", (say_digits(rng, sc, zero=z, mode=rng.choice(["pairs", "digits"]), chunks=[2, 2, 2]), "SORT_CODE"),
        rng.choice([" and the account is ", " account number ", " and then "]), (say_digits(rng, acct, zero=z, mode=rng.choice(["digits", "mixed"]), chunks=[4, 4]), "BANK_ACCOUNT"))
    c.a("so that's ", (say_digits(rng, sc, zero=z, mode="digits", doubles=0), "SORT_CODE"), " and ", (say_digits(rng, acct, zero=z, mode="digits", doubles=0), "BANK_ACCOUNT"), " correct")
    c.c("yes")


def t_address_split(rng):
    region = rng.choice(["uk", "uk", "us"])
    n, street, town, pc = address_parts(rng, region)
    c = new("positive", f"call/{rng.choice(['utilities', 'telecom', 'insurance', 'retail'])}: address and postcode/zip split over turns ({region})")
    c.a("can you confirm the address please")
    if region == "uk":
        c.c(rng.choice(["yeah it's ", ""]), (("flat " + cardinal(rng.randint(1, 12)) + " " if rng.random() < 0.5 else "") + say_house(rng, n, region) + " " + street.lower(), "ADDRESS"))
        c.a("mhm and the postcode")
        out, inw = pc.split()
        st = rng.choice(["plain", "nato"])
        c.c((" ".join(spell_letter(rng, ch, st) if ch.isalpha() else ONES[int(ch)] for ch in out), "POSTCODE", "pc"))
        c.a(rng.choice(BACK))
        c.c((ONES[int(inw[0])] + " " + " ".join(spell_letter(rng, ch, st) for ch in inw[1:]), "POSTCODE", "pc"))
    else:
        c.c((say_house(rng, n, region) + " " + street.lower() + rng.choice([" apartment ", " unit ", " apt "]) + cardinal(rng.randint(2, 40)), "ADDRESS"), " " + town.split(",")[0].lower())
        c.a("and the zip code")
        c.c((pc_spoken(rng, pc), "POSTCODE"))


def t_dob_age(rng):
    y, m, d = rng.randint(1940, 1999), rng.randint(1, 12), rng.randint(1, 28)
    age = 2026 - y - 1
    c = new("positive", "call/healthcare billing: date of birth given as 'my birthday is' next to an age and an appointment date")
    c.a("and can i confirm your date of birth")
    c.c("i'm " + cardinal(age) + " now born ", (dob_spoken(rng, y, m, d, rng.choice(["uk", "us"])), "DOB"),
        " and my appointment's on the " + ordinal(rng.randint(1, 28)) + " of " + rng.choice(MONTHS))


def t_phone_readback(rng):
    d, kind = gen_phone(rng, rng.choice(["ukmob", "us", "ie", "uklon"]))
    z = zero_for(rng, "us" if kind == "us" else "uk")
    c = new("positive", f"call/{rng.choice(['telecom', 'retail', 'travel'])}: phone number read by customer and read back by agent ({kind})")
    c.a("what's the best number for the courier")
    c.c(rng.choice(["", "it's "]), (insert_filler(rng, phone_spoken(rng, d, kind, z), p=0.5), "PHONE"))
    c.a("let me read that back ", (say_digits(rng, d, zero=z, mode="digits", doubles=0), "PHONE"))
    c.c("that's it yeah")


POS_PLAN = [
    (t_card_chat, 12), (t_card_call_oneturn, 10), (t_card_call_split, 10), (t_card_exp_cvv_call, 10),
    (t_card_chat_all, 7), (t_card_readback, 3), (t_card_chitchat, 3), (t_exp_cvv_readback, 4),
    (t_ssn_chat, 12), (t_ssn_call, 14), (t_ssn_dob, 6),
    (t_ni_chat, 12), (t_ni_call, 12), (t_ni_split, 8), (t_ni_dob_pc, 6),
    (t_bank_chat, 9), (t_bank_call, 9), (t_iban_chat, 8), (t_iban_call, 7),
    (t_phone_chat, 9), (t_phone_call, 10), (t_email_chat, 7), (t_email_call, 9),
    (t_dob, 13), (t_address, 15), (t_postcode_only, 8), (t_mixed_call, 4), (t_mixed_chat, 3),
    (t_card_filler, 5), (t_ssn_filler, 4), (t_bank_call_us, 5), (t_bank_readback, 4), (t_address_split, 6),
    (t_dob_age, 4), (t_phone_readback, 4), (t_ssn_typo_chat, 3), (t_card_chat_split, 4),
]


# --------------------------------------------------------------------------
# negatives: lookalike generators return (agent_text, customer_text) for call or chat
def neg_snippets(rng, call, forced=None):
    """Return a list of (speaker, text, label) lookalike turns."""
    z = zero_for(rng)
    out = []
    kind = forced if forced is not None else rng.randint(0, 21)
    if kind == 0:
        n = rng.randint(10000, 9999999)
        if call:
            out += [("agent", "have you got a reference number for the order"), ("customer", "yeah order number " + say_digits(rng, str(n), zero=z))]
        else:
            out += [("customer", f"Order number {n} still hasn't arrived")]
        lab = "order number"
    elif kind == 1:
        amt = rng.randint(12, 2999)
        p = rng.randint(0, 99)
        if call:
            out += [("agent", "the outstanding balance is " + cardinal(amt) + " pounds " + cardinal(p)), ("customer", "okay and can i pay " + cardinal(rng.randint(20, 99)) + " today")]
        else:
            out += [("agent", f"Your balance is £{amt:,}.{p:02d}."), ("customer", f"ok can I pay ${rng.randint(20, 99)}.00 now and the rest on the {sfx(rng.randint(1, 28))}?")]
        lab = "balance and payment amounts"
    elif kind == 2:
        t = f"{rng.randint(1, 12)}:{rng.choice(['00', '15', '30', '45'])}"
        if call:
            out += [("agent", "the engineer can come between " + cardinal(rng.randint(8, 11)) + " and " + cardinal(rng.randint(1, 5)) + " on the " + ordinal(rng.randint(1, 28)) + " of " + rng.choice(MONTHS)),
                    ("customer", "that's fine i'm in from about half " + cardinal(rng.randint(1, 11)))]
        else:
            out += [("agent", f"We have a slot at {t} on {rng.randint(1, 28)}/{rng.randint(1, 12)}/2026."), ("customer", "perfect, book it")]
        lab = "appointment time and date"
    elif kind == 3:
        fl = rng.choice(["BA", "EI", "FR", "UA", "DL", "LH", "AA"]) + str(rng.randint(10, 9999))
        if call:
            sp = " ".join(fl[:2].lower()) + " " + say_digits(rng, fl[2:], zero=z, mode=rng.choice(["digits", "pairs"]))
            out += [("customer", "i was on flight " + sp + " on the " + ordinal(rng.randint(1, 28)) + " and it was delayed " + cardinal(rng.randint(2, 9)) + " hours")]
        else:
            out += [("customer", f"Flight {fl} on {rng.randint(1, 28)} {rng.choice(MONTHS).title()} was delayed {rng.randint(2, 9)}h {rng.randint(5, 55)}m")]
        lab = "flight number, delay duration"
    elif kind == 4:
        r = rng.randint(100, 1499)
        out += [("customer", ("we were in room " + say_digits(rng, str(r), zero=z, mode="pairs") + " for " + cardinal(rng.randint(2, 9)) + " nights") if call else f"We stayed in room {r} for {rng.randint(2, 9)} nights, booking ref {rng.choice('ABCDEFGHJKLMNPQRSTUVWXYZ')}{rng.randint(100000, 999999)}")]
        lab = "hotel room number and nights"
    elif kind == 5:
        model = rng.choice(["HG8245H", "TL-WR841N", "Hub 2", "DSL-3782", "Archer C6", "F@ST 5364"])
        out += [("customer", f"the router model is {model} and it keeps dropping every {rng.randint(5, 40)} minutes" if not call else
                 "it's the " + rng.choice(["iphone fifteen pro", "galaxy s twenty three", "pixel eight"]) + " and the battery drops to " + cardinal(rng.randint(10, 60)) + " percent")]
        lab = "device model numbers, durations/percentages"
    elif kind == 6:
        rd = rdig(rng, 5)
        if call:
            out += [("agent", "can you read me the meter"), ("customer", "yeah it says " + say_digits(rng, rd, zero=z) + " and the other dial is " + say_digits(rng, rdig(rng, 5), zero=z))]
        else:
            out += [("customer", f"Meter reading today: {rd} (day) and {rdig(rng, 5)} (night)")]
        lab = "meter readings"
    elif kind == 7:
        sp = rng.randint(5, 900)
        out += [("customer", ("i'm only getting about " + cardinal(sp) + " megs and i'm paying for " + cardinal(rng.choice([100, 500, 900])) + " hmm") if call else f"Speed test says {sp} Mbps down, {rng.randint(1, 100)} up, ping {rng.randint(5, 80)}ms")]
        lab = "broadband speeds"
    elif kind == 8:
        y = rng.randint(1995, 2025)
        out += [("customer", ("i've been with you since " + say_year(rng, y) + " so about " + cardinal(2026 - y) + " years") if call else f"I've been a customer since {y}, that's {2026 - y} years!")]
        lab = "years and counts"
    elif kind == 9:
        pct = rng.choice(["4.9", "19.9", "3.25", "0.5", "22.4"])
        out += [("agent", ("the rate is " + say_decimal(pct) + " percent apr") if call else f"The rate is {pct}% APR, fixed for {rng.choice([2, 3, 5])} years.")]
        lab = "percentages"
    elif kind == 10:
        tk = rng.randint(100000, 9999999999)
        if call:
            out += [("agent", "i'll give you a reference for this call it's " + say_digits(rng, str(tk), zero=z, mode=rng.choice(["digits", "mixed"]), chunks=[3, 3, 4])), ("customer", "thank you")]
        else:
            out += [("agent", f"Your ticket reference is {tk}."), ("customer", "thanks")]
        lab = "ticket reference said with its reference word"
    elif kind == 11:
        age = rng.randint(18, 95)
        out += [("customer", ("my mum's " + cardinal(age) + " and she can't get up the stairs") if call else f"The account is for my dad, he's {age} and doesn't use email")]
        lab = "age"
    elif kind == 12:
        tmp = rng.randint(12, 24)
        out += [("customer", ("the thermostat's set to " + cardinal(tmp) + " degrees but it's barely getting to " + cardinal(tmp - 4)) if call else f"Heating set to {tmp}°C but the house is only {tmp - 5} degrees")]
        lab = "temperatures"
    elif kind == 13:
        inv = rng.randint(1000000, 99999999)
        out += [("customer", (f"invoice number {say_digits(rng, str(inv), zero=z, mode='mixed', chunks=[4, 4])} was charged twice") if call else f"Invoice INV-{inv} was charged twice on {rng.randint(1, 28)}/{rng.randint(1, 12)}")]
        lab = "invoice number"
    elif kind == 14:
        cl = rng.randint(100000, 9999999)
        out += [("customer", ("my claim number is c l " + say_digits(rng, str(cl), zero=z) + " from the " + ordinal(rng.randint(1, 28)) + " of " + rng.choice(MONTHS)) if call else f"Claim ref CLM-{cl}, submitted {rng.randint(1, 28)} {rng.choice(MONTHS).title()} 2025")]
        lab = "claim number and claim date"
    elif kind == 15:
        q = rng.randint(2, 48)
        out += [("customer", ("i ordered " + cardinal(q) + " of the " + cardinal(rng.choice([6, 12, 24])) + " packs and only " + cardinal(q // 2) + " came") if call else f"I ordered {q} x 500ml bottles and got {q // 2}")]
        lab = "quantities"
    elif kind == 16:
        d1 = rng.randint(1, 28)
        out += [("agent", ("your contract started on the " + ordinal(d1) + " of " + rng.choice(MONTHS) + " twenty twenty four and runs for " + cardinal(rng.choice([12, 18, 24])) + " months") if call else f"Your contract started {d1:02d}/{rng.randint(1, 12):02d}/2024 and ends {d1:02d}/{rng.randint(1, 12):02d}/2026.")]
        lab = "contract dates"
    elif kind == 17:
        m = rng.randint(2, 59)
        out += [("customer", ("i've been on hold for " + cardinal(m) + " minutes and " + cardinal(rng.randint(2, 50)) + " seconds") if call else f"been waiting {m} mins on the phone then {rng.randint(2, 5)} hours in chat")]
        lab = "durations"
    elif kind == 18:
        out += [("customer", ("the bill went up from " + cardinal(rng.randint(30, 60)) + " to " + cardinal(rng.randint(61, 120)) + " pounds a month and i used " + cardinal(rng.randint(200, 900)) + " units") if call else f"Bill went from £{rng.randint(30, 60)}.{rng.randint(10, 99)} to £{rng.randint(61, 150)}.{rng.randint(10, 99)} - usage {rng.randint(200, 900)} kWh")]
        lab = "prices and usage"
    elif kind == 19:
        pkg = rng.randint(10000000, 999999999)
        out += [("customer", ("the tracking number ends in " + say_digits(rng, rdig(rng, 4), zero=z)) if call else f"Tracking no. {pkg} says delivered at 14:{rng.randint(10, 59)}")]
        lab = "tracking number"
    elif kind == 20:
        out += [("agent", ("you've got " + cardinal(rng.randint(2, 40)) + " gigs of data left and " + cardinal(rng.randint(100, 900)) + " minutes until the " + ordinal(rng.randint(1, 28))) if call else f"You have {rng.randint(2, 40)}GB left and {rng.randint(100, 900)} minutes until the {sfx(rng.randint(1, 28))}.")]
        lab = "allowances"
    elif kind == 22:
        amt, p = rng.randint(15, 400), rng.randint(0, 99)
        dd, mm = rng.randint(1, 28), rng.randint(1, 12)
        out += [("agent", ("your last payment of " + cardinal(amt) + " pounds " + cardinal(p) + " was taken on the " + ordinal(dd) + " of " + MONTHS[mm - 1] + " twenty twenty six") if call
                 else f"Your last payment of £{amt}.{p:02d} was taken on {dd:02d}/{mm:02d}/2026.")]
        lab = "payment amount and payment date"
    elif kind == 23:
        dd, mm = rng.randint(1, 28), rng.randint(1, 12)
        prem = rng.randint(200, 1900)
        out += [("agent", ("the policy renews on the " + ordinal(dd) + " of " + MONTHS[mm - 1] + " and the premium is " + cardinal(prem) + " pounds for the year") if call
                 else f"Your policy renews on {dd} {MONTHS[mm - 1].title()} 2026; the premium will be £{prem:,} (up {rng.randint(2, 30)}%).")]
        lab = "renewal date and premium"
    elif kind == 24:
        out += [("customer", ("we're on the " + cardinal(rng.randint(6, 11)) + " " + rng.choice(["fifteen", "forty", "twenty", "oh five"]) + " from platform " + cardinal(rng.randint(1, 14)) + " coach " + rng.choice("abcdef") + " seat " + cardinal(rng.randint(1, 80))) if call
                 else f"Booked the {rng.randint(6, 11)}:{rng.choice(['05', '15', '40', '52'])} from platform {rng.randint(1, 14)}, coach {rng.choice('ABCDEF')} seat {rng.randint(1, 80)}")]
        lab = "train time, platform, coach and seat"
    elif kind == 25:
        w = rng.choice(["2.4", "0.8", "12.5", "31"])
        out += [("customer", ("the parcel was about " + cardinal(rng.randint(2, 30)) + " kilos and " + cardinal(rng.randint(20, 90)) + " centimetres long") if call
                 else f"Parcel was {w}kg, {rng.randint(20, 90)} x {rng.randint(10, 60)} x {rng.randint(5, 40)} cm")]
        lab = "weights and dimensions"
    elif kind == 26:
        y = rng.randint(2008, 2023)
        out += [("customer", ("the boiler's a combi thirty i installed in " + say_year(rng, y) + " and the pressure is down to " + say_decimal(rng.choice(["0.5", "0.8", "1.1"])) + " bar") if call
                 else f"Boiler is a Combi 30i, installed {y}, pressure showing {rng.choice(['0.5', '0.8', '1.1'])} bar")]
        lab = "appliance model, install year, pressure"
    elif kind == 27:
        big = rng.randint(1000, 9999)
        out += [("agent", ("so the total comes to " + cardinal(big) + " pounds and that's " + cardinal(rng.randint(10, 99)) + " " + cardinal(rng.randint(10, 99)) + " a month over " + cardinal(rng.choice([12, 24, 36])) + " months") if call
                 else f"Total is £{big:,}.00, or £{rng.randint(10, 99)}.{rng.randint(10, 99)}/month over {rng.choice([12, 24, 36])} months.")]
        lab = "large price and instalments"
    elif kind == 28:
        ref = rdig(rng, rng.choice([7, 8]))
        if call:
            out += [("customer", "i've got the order number here it's " + say_digits(rng, ref[:4], zero=z)), ("agent", rng.choice(["mhm", "okay go on"])),
                    ("customer", say_digits(rng, ref[4:], zero=z))]
        else:
            out += [("customer", f"order ref: {ref[:4]} {ref[4:]}")]
        lab = "order number split over turns"
    elif kind == 29:
        out += [("agent", ("delivery is between " + cardinal(rng.randint(7, 11)) + " a m and " + cardinal(rng.randint(1, 6)) + " p m and it's " + cardinal(rng.randint(2, 4)) + " of " + cardinal(rng.randint(5, 6)) + " parcels") if call
                 else f"Delivery window {rng.randint(7, 11)}am-{rng.randint(1, 6)}pm, {rng.randint(2, 4)} of {rng.randint(5, 6)} parcels")]
        lab = "delivery window and counts"
    else:
        pin_len = rng.choice([3, 4])
        out += [("customer", ("the kids are " + cardinal(rng.randint(3, 9)) + " and " + cardinal(rng.randint(10, 16)) + " and we're in seats " + cardinal(rng.randint(10, 40)) + " a to d") if call else f"Seats {rng.randint(10, 40)}A-{rng.randint(10, 40)}D, {pin_len} passengers, 2 bags of 23kg")]
        lab = "ages, seat numbers and baggage weights"
    return out, lab


NEG_KINDS = 30


def t_negative(rng):
    call = rng.random() < 0.55
    ind = rng.choice(["banking", "telecom", "utilities", "retail", "insurance", "travel", "healthcare billing", "government services"])
    c = new("negative", "")
    labs = []
    c.a(rng.choice(["thanks for calling how can i help", "hi you're through to customer services", "okay let me have a look"]) if call
        else rng.choice(["Hi, how can I help today?", "Thanks for waiting - what can I do for you?", "Hello! You're chatting with support."]))
    for k in rng.sample(range(NEG_KINDS), rng.randint(2, 3)):
        snips, lab = neg_snippets(rng, call, k)
        labs.append(lab)
        for sp, tx in snips:
            c.add(sp, tx)
    c.note = f"{'call' if call else 'chat'}/{ind}: lookalikes - " + "; ".join(labs)


NEG_COUNT = 112


# --------------------------------------------------------------------------
def build():
    CASES_OUT.clear()
    rng = random.Random(SEED)
    for fn, k in POS_PLAN:
        for _ in range(k):
            fn(rng)
    for _ in range(NEG_COUNT):
        t_negative(rng)
    recs = []
    pi = ni = 0
    for c in CASES_OUT:
        if c.kind == "positive":
            pi += 1
            cid = f"{PREFIX}-pos-{pi:03d}"
        else:
            ni += 1
            cid = f"{PREFIX}-neg-{ni:03d}"
        recs.append({"id": cid, "kind": c.kind, "turns": c.turns, "spans": c.spans if c.kind == "positive" else [], "note": c.note})
    return recs, list(CASES_OUT)


def render(recs):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs)


def counts(recs):
    ct = Counter()
    for r in recs:
        for s in r["spans"]:
            ct[s["type"]] += 1
    return ct


def readme(recs):
    ct = counts(recs)
    npos = sum(r["kind"] == "positive" for r in recs)
    nneg = len(recs) - npos
    vals = Counter()
    for c in CASES_OUT:
        for key, idxs in c.groups.items():
            vals[c.spans[idxs[0]]["type"]] += 1
    rows = "\n".join(f"| {t} | {ct[t]} | {vals[t]} |" for t in TYPES)
    return f"""# pii_holdout10 - held-out PII redaction cases

**Never use this set for tuning.** It exists only to measure the redactor on
data that its authors never looked at.

## Who wrote it and how

Written by an AI helper acting as an independent author. The author did not
see the redaction code, its tests, its documentation or any other PII fixture
(only a three-line example of the JSONL format). Cases are generated by
`scripts/make_pii_holdout10.py` from template functions; every turn is built
from plain-text segments and `(value, TYPE)` segments so character offsets are
computed, never typed. All values come from one `random.Random({SEED})`, so
the output is byte-for-byte reproducible. Values are synthetic (Luhn-valid
cards, mod-97-valid IBANs, plausible but made-up SSNs/NI numbers/phones).

`python scripts/make_pii_holdout10.py --check` regenerates the file and checks
that it is identical, ids are unique, offsets are in range and on word
boundaries, spans do not overlap, and each labelled value (pieces of a value
split over turns are joined first) validates after normalising spoken forms
(Luhn, mod-97, NI shape, 9-digit SSN, 6-digit sort code, digit counts for
CVV/phone/account, UK postcode / US ZIP shapes).

## Contents

- {npos} positive cases, {nneg} negative cases ({len(recs)} total).
- Chat cases: typed text with varied separators, case, line breaks, small typos.
- Call cases: ASR-style lower-case text, numbers as words ("oh"/"o"/"zero"/
  "nought", "double"/"triple", pairs such as "forty one eleven", years such as
  "nineteen eighty four"), letters spelled plain, NATO ("b for bravo") or
  "as in" style, homophones "to"/"for" for two/four, e-mails as
  "x dot y at gmail dot com", values split over several customer turns with
  agent back-channels, self-corrections, agent read-backs, two values in a turn.
- Negatives: only lookalikes that must not be redacted - money, balances,
  prices, times, durations, counts, quantities, years, percentages, non-birth
  dates (appointments, contract starts, claim dates), order/ticket/claim/
  invoice/tracking references (at most 10 digits, said with their reference
  word), flight, room, seat and model numbers, meter readings, speeds, ages,
  temperatures, data allowances.

## Annotation conventions

- A span covers exactly the value: from its first to its last character/word,
  no lead-in ("it's", "card number is") and no trailing filler after the value.
  Fillers *inside* a reading ("um", "uh") and spelling aids ("for bravo",
  "as in boy") and "plus"/"dash"/"slash" words that belong to the value are
  inside the span.
- A value split over several turns gets one span per turn piece (same type).
- Self-corrections in calls: only the corrected reading is labelled; the
  abandoned wrong fragment (a few digits) is left unlabelled (positives are
  scored on recall only). In chat, a complete mistyped SSN that is itself
  SSN-shaped and is then retyped is labelled as well as the correction.
- Agent read-backs of a value are labelled like customer readings.
- ADDRESS = flat/apartment (if given) + house number + street name + street
  type; the town is not labelled; the postcode/ZIP is its own POSTCODE span.
- EXPIRY covers month and year only (e.g. "oh eight twenty seven",
  "august twenty twenty seven", "08/27"); the words "end of" are outside.
- DOB covers day, month and year, including "the ... of" when spoken.
- PHONE includes country code and "+" / "plus" when given.
- EMAIL covers the whole address, spoken ("j smith at gmail dot com") or typed.
- IBAN / NI / POSTCODE spoken with letters include any spelling aids.
- Positive cases may also contain unlabelled non-PII numbers (prices, order
  numbers, flight numbers, dates that are not birth dates).

## Counts per type

| type | spans | values |
|---|---|---|
{rows}

Scoring reminder: a labelled span counts as found when every letter/digit in
it is covered by some redaction; a negative case fails if anything in it is
redacted.
"""


def check(recs, cases):
    problems = []
    text = render(recs)
    if not CASES.exists() or CASES.read_text(encoding="utf-8") != text:
        problems.append("cases.jsonl differs from regenerated output (run without --check)")
    if not README.exists() or README.read_text(encoding="utf-8") != readme(recs):
        problems.append("README.md differs from regenerated output")
    ids = [r["id"] for r in recs]
    if len(ids) != len(set(ids)):
        problems.append("duplicate ids")
    for r, c in zip(recs, cases):
        if r["kind"] == "negative" and r["spans"]:
            problems.append(f"{r['id']}: negative with spans")
        if r["kind"] == "positive" and not r["spans"]:
            problems.append(f"{r['id']}: positive without spans")
        for t in r["turns"]:
            if t["speaker"] not in ("agent", "customer") or not t["text"]:
                problems.append(f"{r['id']}: bad turn {t!r}")
        prev = {}
        for s in r["spans"]:
            if s["type"] not in TYPES:
                problems.append(f"{r['id']}: bad type {s['type']}")
            if not 0 <= s["turn"] < len(r["turns"]):
                problems.append(f"{r['id']}: turn out of range")
                continue
            tx = r["turns"][s["turn"]]["text"]
            a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(tx)):
                problems.append(f"{r['id']}: offsets out of range {s}")
                continue
            if (a > 0 and tx[a - 1].isalnum()) or (b < len(tx) and tx[b].isalnum()):
                problems.append(f"{r['id']}: span not on word boundary {tx[a:b]!r}")
            if tx[a].isspace() or tx[b - 1].isspace() or not tx[b - 1].isalnum():
                problems.append(f"{r['id']}: span has untrimmed edge {tx[a:b]!r}")
            if s["turn"] in prev and a < prev[s["turn"]]:
                problems.append(f"{r['id']}: overlapping/unsorted spans")
            prev[s["turn"]] = b
        if r["kind"] == "positive":
            for key, idxs in c.groups.items():
                sp = [r["spans"][i] for i in idxs]
                types = {x["type"] for x in sp}
                if len(types) != 1:
                    problems.append(f"{r['id']}: mixed types in one value")
                    continue
                pieces = [r["turns"][x["turn"]]["text"][x["start"]:x["end"]] for x in sp]
                err = validate(types.pop(), pieces)
                if err:
                    problems.append(f"{r['id']}: {err}")
    return problems


def summary(recs):
    ct = counts(recs)
    npos = sum(r["kind"] == "positive" for r in recs)
    lines = [f"cases: {len(recs)}  positives: {npos}  negatives: {len(recs) - npos}"]
    for t in TYPES:
        lines.append(f"  {t:13s} {ct[t]}")
    return "\n".join(lines), ct, npos, len(recs) - npos


def main(argv):
    recs, cases = build()
    if "--check" in argv:
        problems = check(recs, cases)
        text, ct, npos, nneg = summary(recs)
        print(text)
        if npos < 170:
            problems.append(f"only {npos} positives")
        if nneg < 100:
            problems.append(f"only {nneg} negatives")
        for t in TYPES:
            need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
            if ct[t] < need:
                problems.append(f"{t}: only {ct[t]} spans (need {need})")
        for p in problems:
            print("PROBLEM:", p)
        print("check: " + ("OK" if not problems else f"FAILED ({len(problems)} problems)"))
        return 1 if problems else 0
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    CASES.write_text(render(recs), encoding="utf-8")
    README.write_text(readme(recs), encoding="utf-8")
    print(summary(recs)[0])
    print(f"wrote {CASES.relative_to(ROOT)} and {README.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

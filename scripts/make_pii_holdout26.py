#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set "holdout26".

Written by an AI helper acting as an independent test author who did not
see the redaction code.  Emphasis: US contact centres (SSN, ZIP / ZIP+4,
US phone forms with extensions and country codes, street addresses with
apartment / suite, card numbers of every network and length 13-19).

    python scripts/make_pii_holdout26.py          # write fixture + README
    python scripts/make_pii_holdout26.py --check  # regenerate and verify

Standard library only.  Every value comes from one seeded random.Random.
Never use this set for tuning.
"""
from __future__ import annotations

import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

SEED = 26241123
ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "tests" / "fixtures" / "pii_holdout26"
CASES = OUT_DIR / "cases.jsonl"
README = OUT_DIR / "README.md"
PREFIX = "h26"

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

# ---------------------------------------------------------------------------
# case assembly
# ---------------------------------------------------------------------------


def build(turns, note):
    """turns: list of (speaker, [segment...]); a segment is a str or a tuple
    (value, TYPE) or (value, TYPE, group).  Offsets are computed here."""
    out_turns, spans, meta = [], [], []
    for ti, (speaker, segs) in enumerate(turns):
        if isinstance(segs, str):
            segs = [segs]
        text = ""
        for seg in segs:
            if isinstance(seg, str):
                text += seg
            else:
                val, typ = seg[0], seg[1]
                group = seg[2] if len(seg) > 2 else None
                start = len(text)
                text += val
                spans.append({"turn": ti, "start": start, "end": len(text), "type": typ})
                meta.append(group)
        out_turns.append({"speaker": speaker, "text": text})
    return {"turns": out_turns, "spans": spans, "note": note, "_groups": meta}


# ---------------------------------------------------------------------------
# spoken forms
# ---------------------------------------------------------------------------

UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy",
        8: "eighty", 9: "ninety"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
MONTHS_ABBR = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
       "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
       "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth",
       "twenty first", "twenty second", "twenty third", "twenty fourth", "twenty fifth",
       "twenty sixth", "twenty seventh", "twenty eighth"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "f": "foxtrot",
        "g": "golf", "h": "hotel", "i": "india", "j": "juliet", "k": "kilo", "l": "lima",
        "m": "mike", "n": "november", "o": "oscar", "p": "papa", "q": "quebec", "r": "romeo",
        "s": "sierra", "t": "tango", "u": "uniform", "v": "victor", "w": "whiskey",
        "x": "x-ray", "y": "yankee", "z": "zulu"}
SPELL_WORDS = {"a": "apple", "b": "boy", "c": "charlie", "d": "david", "e": "edward",
               "g": "george", "h": "harry", "j": "john", "k": "king", "l": "london",
               "m": "mary", "n": "nancy", "p": "peter", "r": "robert", "s": "sam",
               "t": "tom", "w": "william", "x": "x-ray", "y": "yellow", "z": "zebra"}
LETTER_SOUND = {"b": "bee", "c": "see", "d": "dee", "g": "gee", "j": "jay", "k": "kay", "l": "el",
                "m": "em", "n": "en", "p": "pee", "r": "are", "s": "ess", "t": "tee", "x": "ex",
                "y": "why", "z": "zed"}
HOMOPHONE = {"2": ["to", "too"], "8": ["ate"], "1": ["won"], "4": ["for"]}


def pair_word(two: str) -> str:
    a, b = int(two[0]), int(two[1])
    if a == 1:
        return TEENS[b]
    return TENS[a] + " " + UNITS[b]


def say_digits(ds: str, rng: random.Random, zero="oh", multi=0.5, pairs=0.0,
               homo=0.0, fillers=None) -> str:
    """Digits as an ASR would write them.  Pairs never end in 0 (except
    'ten'...) so 'forty' + 'one' stays unambiguous."""
    words = []
    i = 0
    while i < len(ds):
        d = ds[i]
        if (pairs and i + 1 < len(ds) and d != "0" and (d == "1" or ds[i + 1] != "0")
                and rng.random() < pairs):
            words.append(pair_word(ds[i:i + 2]))
            i += 2
            continue
        run = 1
        while i + run < len(ds) and ds[i + run] == d:
            run += 1
        w = zero if d == "0" else UNITS[int(d)]
        if run >= 3 and rng.random() < multi:
            words.append("triple " + w)
            i += 3
            continue
        if run >= 2 and rng.random() < multi:
            words.append("double " + w)
            i += 2
            continue
        if d in HOMOPHONE and homo and rng.random() < homo:
            w = rng.choice(HOMOPHONE[d])
        words.append(w)
        i += 1
    if fillers and len(words) > 3:
        pos = rng.randrange(1, len(words) - 1)
        words.insert(pos, rng.choice(fillers))
    return " ".join(words)


def say_groups(groups, rng, sep=" ", **kw) -> str:
    return sep.join(say_digits(g, rng, **kw) for g in groups)


def say_letter(ch: str, rng: random.Random, style: str) -> str:
    c = ch.lower()
    if style == "nato":
        return NATO[c]
    if style == "sound":
        return LETTER_SOUND.get(c, c)
    if style == "for":
        return c + " for " + (SPELL_WORDS.get(c) or NATO[c])
    if style == "asin":
        return c + " as in " + (SPELL_WORDS.get(c) or NATO[c])
    return c


def say_alnum(s: str, rng: random.Random, letter_style="plain", zero="oh", multi=0.3) -> str:
    """Mixed letters and digits (NI numbers, IBANs, UK postcodes)."""
    out, buf = [], ""
    for ch in s:
        if ch.isdigit():
            buf += ch
        else:
            if buf:
                out.append(say_digits(buf, rng, zero=zero, multi=multi))
                buf = ""
            if ch.isalpha():
                st = letter_style if letter_style != "mixed" else rng.choice(["plain", "for", "nato", "plain"])
                out.append(say_letter(ch, rng, st))
    if buf:
        out.append(say_digits(buf, rng, zero=zero, multi=multi))
    return " ".join(out)


def year_words(y: int) -> str:
    if 2000 <= y <= 2009:
        return "two thousand" + ("" if y == 2000 else " and " + UNITS[y - 2000])
    hi, lo = divmod(y, 100)
    hiw = num_words(hi)
    if lo == 0:
        return hiw + " hundred"
    if lo < 10:
        return hiw + " oh " + UNITS[lo]
    return hiw + " " + (pair_word("%02d" % lo) if lo % 10 else TENS[lo // 10] if lo >= 20 else TEENS[0])


def num_words(n: int) -> str:
    """0..99 as words."""
    if n < 10:
        return UNITS[n]
    if n < 20:
        return TEENS[n - 10]
    t, u = divmod(n, 10)
    return TENS[t] + ("" if u == 0 else " " + UNITS[u])


def house_words(n: int, rng: random.Random) -> str:
    s = str(n)
    if len(s) <= 2:
        return num_words(n)
    if len(s) == 3:
        if rng.random() < 0.5:
            h, r = divmod(n, 100)
            return UNITS[h] + " hundred" + ("" if r == 0 else " " + num_words(r))
        return UNITS[int(s[0])] + " " + (num_words(int(s[1:])) if s[1] != "0" else "oh " + UNITS[int(s[2])])
    if len(s) == 4:
        a, b = int(s[:2]), int(s[2:])
        return num_words(a) + " " + (num_words(b) if b >= 10 else ("hundred" if b == 0 else "oh " + UNITS[b]))
    return say_digits(s, rng)


# ---------------------------------------------------------------------------
# value generators
# ---------------------------------------------------------------------------


def luhn_ok(ds: str) -> bool:
    tot = 0
    for i, ch in enumerate(reversed(ds)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def luhn_complete(prefix: str, length: int, rng: random.Random) -> str:
    body = prefix + "".join(str(rng.randrange(10)) for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


NETWORKS = [
    ("visa", ["4"], 16), ("visa", ["4"], 13), ("visa", ["4"], 19),
    ("mastercard", ["51", "52", "53", "54", "55", "2221", "2720", "23", "26"], 16),
    ("amex", ["34", "37"], 15), ("discover", ["6011", "65", "644"], 16),
    ("discover", ["6011"], 19), ("diners", ["36", "300", "305"], 14),
    ("jcb", ["3528", "3589", "353"], 16), ("unionpay", ["62"], 19), ("unionpay", ["62"], 17),
    ("maestro", ["6759", "5018", "6304"], 18), ("maestro", ["6759"], 19),
]


def gen_card(rng, network=None):
    choices = [n for n in NETWORKS if network is None or n[0] == network]
    name, prefixes, length = rng.choice(choices)
    return name, luhn_complete(rng.choice(prefixes), length, rng)


def card_groups(num: str) -> list:
    n = len(num)
    if n == 15:
        return [num[:4], num[4:10], num[10:]]
    if n == 14:
        return [num[:4], num[4:10], num[10:]]
    if n == 13:
        return [num[:4], num[4:7], num[7:10], num[10:]]
    return [num[i:i + 4] for i in range(0, n, 4)]


def fmt_card(num, rng):
    style = rng.choice(["space", "space", "dash", "plain", "dot", "mixed"])
    g = card_groups(num)
    if style == "space":
        return " ".join(g)
    if style == "dash":
        return "-".join(g)
    if style == "dot":
        return ".".join(g)
    if style == "mixed":
        return " ".join(g[:2]) + "-" + "".join(g[2:])
    return num


def gen_ssn(rng):
    while True:
        a = rng.randrange(1, 900)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, rng.randrange(1, 100), rng.randrange(1, 10000))


def fmt_ssn(s, rng):
    st = rng.choice(["dash", "dash", "space", "plain", "dot"])
    if st == "dash":
        return "%s-%s-%s" % (s[:3], s[3:5], s[5:])
    if st == "space":
        return "%s %s %s" % (s[:3], s[3:5], s[5:])
    if st == "dot":
        return "%s.%s.%s" % (s[:3], s[3:5], s[5:])
    return s


NI_FIRST = "ABCEGHJKLMNPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def gen_ni(rng):
    while True:
        p = rng.choice(NI_FIRST) + rng.choice(NI_SECOND)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + "".join(str(rng.randrange(10)) for _ in range(6)) + rng.choice("ABCD")


def fmt_ni(n, rng):
    st = rng.choice(["spaced", "plain", "lower", "spaced", "dash"])
    if st == "spaced":
        return "%s %s %s %s %s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8])
    if st == "lower":
        return n.lower()
    if st == "dash":
        return "%s-%s-%s-%s-%s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8])
    return n


def iban_check(country, bban):
    s = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return "%02d" % (98 - int(num) % 97)


def iban_ok(iban: str) -> bool:
    s = iban[4:] + iban[:4]
    try:
        num = "".join(str(int(c, 36)) for c in s)
    except ValueError:
        return False
    return int(num) % 97 == 1


def rdig(rng, n):
    return "".join(str(rng.randrange(10)) for _ in range(n))


BANK_CODES = ["NWBK", "BARC", "MIDL", "LLYD", "HLFX", "AIBK", "BIC", "ULSB"]


def gen_iban(rng, country=None):
    country = country or rng.choice(["GB", "GB", "IE", "DE", "FR", "NL", "ES"])
    if country in ("GB", "IE"):
        bank = rng.choice(["NWBK", "BARC", "MIDL", "LLYD", "HLFX"] if country == "GB" else ["AIBK", "BIMK", "IPBS"])
        bban = bank + rdig(rng, 14)
    elif country == "DE":
        bban = rdig(rng, 18)
    elif country == "FR":
        bban = rdig(rng, 23)
    elif country == "NL":
        bban = rng.choice(["ABNA", "RABK", "INGB"]) + rdig(rng, 10)
    else:
        bban = rdig(rng, 20)
    return country + iban_check(country, bban) + bban


def fmt_iban(i, rng):
    if rng.random() < 0.6:
        return " ".join(i[k:k + 4] for k in range(0, len(i), 4))
    return i if rng.random() < 0.7 else i.lower()


def gen_us_phone(rng):
    area = str(rng.choice([212, 312, 415, 617, 713, 206, 303, 404, 512, 602, 702, 816, 919, 503, 614, 720, 469, 347]))
    exch = str(rng.randrange(2, 10)) + rdig(rng, 2)
    return area + exch + rdig(rng, 4)


def fmt_us_phone(p, rng):
    a, e, l = p[:3], p[3:6], p[6:]
    st = rng.choice(["paren", "dash", "dot", "plus", "plain", "one", "parensp", "plusparen", "plusdash"])
    return {"paren": "(%s) %s-%s" % (a, e, l), "parensp": "(%s)%s-%s" % (a, e, l),
            "dash": "%s-%s-%s" % (a, e, l), "dot": "%s.%s.%s" % (a, e, l),
            "plus": "+1 %s %s %s" % (a, e, l), "plain": p,
            "one": "1-%s-%s-%s" % (a, e, l), "plusparen": "+1 (%s) %s-%s" % (a, e, l),
            "plusdash": "+1-%s-%s-%s" % (a, e, l)}[st]


def gen_uk_mobile(rng):
    return "07" + rng.choice(["700", "711", "824", "956", "412", "983"]) + rdig(rng, 6)


def gen_ie_mobile(rng):
    return "08" + rng.choice("35679") + rdig(rng, 7)


ZIPS = ["60614", "10027", "94110", "02139", "77005", "98103", "80206", "30307", "78704",
        "85004", "89109", "64111", "27601", "97214", "43215", "80302", "75204", "11215",
        "19103", "33139", "55408", "48201", "37203", "15213", "20009", "90026", "92103"]
CITIES = {"606": ("Chicago", "IL"), "100": ("New York", "NY"), "941": ("San Francisco", "CA"),
          "021": ("Cambridge", "MA"), "770": ("Houston", "TX"), "981": ("Seattle", "WA"),
          "802": ("Denver", "CO"), "803": ("Boulder", "CO"), "303": ("Atlanta", "GA"), "787": ("Austin", "TX"),
          "850": ("Phoenix", "AZ"), "891": ("Las Vegas", "NV"), "641": ("Kansas City", "MO"),
          "276": ("Raleigh", "NC"), "972": ("Portland", "OR"), "432": ("Columbus", "OH"),
          "752": ("Dallas", "TX"), "112": ("Brooklyn", "NY"), "191": ("Philadelphia", "PA"),
          "331": ("Miami Beach", "FL"), "554": ("Minneapolis", "MN"), "482": ("Detroit", "MI"),
          "372": ("Nashville", "TN"), "152": ("Pittsburgh", "PA"), "200": ("Washington", "DC"),
          "900": ("Los Angeles", "CA"), "921": ("San Diego", "CA")}


def gen_zip(rng, plus4=None):
    z = rng.choice(ZIPS)
    if plus4 is None:
        plus4 = rng.random() < 0.4
    return z + (rdig(rng, 4) if plus4 else "")


def city_for(z):
    return CITIES[z[:3]]


UK_PC_CITY = [("SW1A 1AA", "London"), ("M1 1AE", "Manchester"), ("B33 8TH", "Birmingham"),
              ("CR2 6XH", "Croydon"), ("DN55 1PT", "Doncaster"), ("EC1A 1BB", "London"),
              ("W1A 0AX", "London"), ("LS2 9JT", "Leeds"), ("G2 3BZ", "Glasgow"),
              ("EH8 9YL", "Edinburgh"), ("BS1 4DJ", "Bristol"), ("NE1 7RU", "Newcastle"),
              ("CF10 1EP", "Cardiff"), ("L3 8EN", "Liverpool"), ("OX1 2JD", "Oxford"),
              ("BT7 1NN", "Belfast"), ("N16 7AR", "London"), ("SE15 4QF", "London"),
              ("PL4 6AA", "Plymouth"), ("CB2 1TN", "Cambridge")]
UK_PC = [p for p, _ in UK_PC_CITY]
UK_PC_TOWN = dict(UK_PC_CITY)

STREETS = ["Maple", "Oak", "Cedar", "Elm", "Pine", "Willow", "Lakeview", "Hillcrest", "Sunset",
           "Washington", "Lincoln", "Jefferson", "Highland", "Park", "Ridge", "Meadow",
           "Franklin", "Spring", "Chestnut", "Magnolia", "Birch", "Jackson", "Prospect"]
SUFFIX = [("Street", "St"), ("Avenue", "Ave"), ("Road", "Rd"), ("Drive", "Dr"), ("Lane", "Ln"),
          ("Boulevard", "Blvd"), ("Court", "Ct"), ("Place", "Pl"), ("Terrace", "Ter"), ("Way", "Way")]
DIRS = [("North", "N"), ("South", "S"), ("East", "E"), ("West", "W")]
UK_STREETS = ["Church Road", "Station Road", "Victoria Street", "Mill Lane", "Park Avenue",
              "Queens Road", "Kings Crescent", "Albert Terrace", "Grange Close", "Meadow Way"]


def gen_address(rng, spoken=False, unit=None):
    n = rng.choice([rng.randrange(1, 100), rng.randrange(100, 1000), rng.randrange(1000, 10000)])
    street = rng.choice(STREETS)
    full, abbr = rng.choice(SUFFIX)
    d = rng.choice(DIRS) if rng.random() < 0.3 else None
    if unit is None:
        unit = rng.random() < 0.5
    ukind = rng.choice(["Apt", "Apartment", "Suite", "Unit", "#", "Apt.", "Ste", "apt"])
    unum = rng.choice([str(rng.randrange(1, 30)) + rng.choice("ABCDEF"), str(rng.randrange(100, 2500)),
                       str(rng.randrange(1, 20))])
    if not spoken:
        parts = [str(n)]
        if d:
            parts.append(rng.choice(d))
        parts.append(street)
        parts.append(rng.choice([full, abbr, abbr + "."]) if rng.random() < 0.8 else full)
        s = " ".join(parts)
        if s.endswith("."):
            s = s[:-1]
        if unit:
            if ukind == "#":
                s += " #" + unum
            else:
                s += rng.choice([", ", " "]) + ukind + " " + unum
        return s
    parts = [house_words(n, rng)]
    if d:
        parts.append(d[0].lower())
    parts.append(street.lower())
    parts.append(full.lower())
    if unit:
        uk = {"Apt": "apartment", "Apartment": "apartment", "Suite": "suite", "Unit": "unit", "#": "number",
              "Apt.": "apartment", "Ste": "suite", "apt": "apt"}[ukind]
        if unum[-1].isalpha():
            uw = num_words(int(unum[:-1])) + " " + unum[-1].lower()
        else:
            uw = house_words(int(unum), rng)
        parts.append(uk + " " + uw)
    return " ".join(parts)


FIRST = ["james", "maria", "robert", "linda", "michael", "jennifer", "david", "patricia",
         "kevin", "aisha", "carlos", "mei", "tyrone", "sarah", "dmitri", "priya", "sean", "niamh",
         "olu", "grace", "hector", "tanya", "wei", "brandon", "keisha", "luis"]
LAST = ["johnson", "garcia", "nguyen", "okafor", "smith", "patel", "kowalski", "murphy",
        "reyes", "washington", "oconnor", "brennan", "kim", "lopez", "thompson", "hughes"]
DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "icloud.com", "aol.com",
           "comcast.net", "att.net", "proton.me", "hotmail.co.uk", "eircom.net"]


def gen_email(rng):
    f, l = rng.choice(FIRST), rng.choice(LAST)
    st = rng.choice(["dot", "under", "init", "num", "plain"])
    if st == "dot":
        local = f + "." + l
    elif st == "under":
        local = f + "_" + l
    elif st == "init":
        local = f[0] + l
    elif st == "num":
        local = f + l[:3] + str(rng.randrange(1, 99))
    else:
        local = f + l
    return local, rng.choice(DOMAINS)


def say_email(local, domain, rng):
    def sp(part):
        out = []
        for tok in re.split(r"([._])", part):
            if tok == ".":
                out.append("dot")
            elif tok == "_":
                out.append("underscore")
            elif tok.isdigit():
                out.append(say_digits(tok, rng, pairs=0.5))
            elif tok:
                m = re.match(r"([a-z]+)(\d*)$", tok)
                w = m.group(1)
                if len(w) == 1 or rng.random() < 0.15:
                    out.append(" ".join(w))
                else:
                    out.append(w)
                if m.group(2):
                    out.append(say_digits(m.group(2), rng, pairs=0.5))
        return " ".join(out)
    return sp(local) + " at " + sp(domain)


def gen_dob(rng):
    return rng.randrange(1941, 2004), rng.randrange(1, 13), rng.randrange(1, 29)


def fmt_dob_chat(y, m, d, rng, us=True):
    st = rng.choice(["slash", "slash", "long", "dash", "iso", "short"])
    if st == "slash":
        return ("%02d/%02d/%d" % (m, d, y)) if us else ("%02d/%02d/%d" % (d, m, y))
    if st == "dash":
        return ("%d-%d-%d" % (m, d, y)) if us else ("%d-%d-%d" % (d, m, y))
    if st == "iso":
        return "%d-%02d-%02d" % (y, m, d)
    if st == "short":
        return "%s %d %d" % (MONTHS_ABBR[m - 1], d, y)
    return ("%s %d, %d" % (MONTHS[m - 1].capitalize(), d, y)) if us else ("%d %s %d" % (d, MONTHS[m - 1].capitalize(), y))


def fmt_dob_spoken(y, m, d, rng, us=True):
    st = rng.choice(["mdy", "dmy", "num"]) if not us else rng.choice(["mdy", "mdy", "num"])
    if st == "mdy":
        return "%s %s %s" % (MONTHS[m - 1], ORD[d], year_words(y))
    if st == "dmy":
        return "the %s of %s %s" % (ORD[d], MONTHS[m - 1], year_words(y))
    mm = ("oh " + UNITS[m]) if m < 10 else num_words(m)
    dd = ("oh " + UNITS[d]) if d < 10 else num_words(d)
    if d % 10 == 0 and d >= 20:
        dd = say_digits("%02d" % d, rng, multi=0)
    return "%s %s %s" % (mm, dd, year_words(y))


def gen_expiry(rng):
    return rng.randrange(1, 13), rng.randrange(2026, 2033)


def fmt_exp_chat(m, y, rng):
    st = rng.choice(["mmyy", "mmyy", "mmyyyy", "dash", "plain", "word"])
    if st == "mmyy":
        return "%02d/%02d" % (m, y % 100)
    if st == "mmyyyy":
        return "%02d/%d" % (m, y)
    if st == "dash":
        return "%02d-%02d" % (m, y % 100)
    if st == "plain":
        return "%02d%02d" % (m, y % 100)
    return "%s %d" % (MONTHS_ABBR[m - 1], y)


def fmt_exp_spoken(m, y, rng):
    st = rng.choice(["num", "month", "slash", "monthfull"])
    yy = y % 100
    if st == "num":
        mm = ("oh " + UNITS[m]) if m < 10 else num_words(m)
        return "%s %s" % (mm, num_words(yy))
    if st == "slash":
        return "%s slash %s" % (say_digits("%02d" % m, rng, multi=0), say_digits("%02d" % yy, rng, multi=0))
    if st == "month":
        return "%s %s" % (MONTHS[m - 1], num_words(yy))
    return "%s %s" % (MONTHS[m - 1], year_words(y))


def gen_cvv(rng, n=3):
    return rdig(rng, n)


def gen_acct(rng, n=None):
    n = n or rng.choice([8, 9, 10, 11, 12])
    return str(rng.randrange(1, 10)) + rdig(rng, n - 1)


def gen_sort(rng):
    return rng.choice(["20", "40", "30", "60", "11", "08", "09", "77", "83", "16"]) + rdig(rng, 4)


def fmt_sort(s, rng):
    st = rng.choice(["dash", "dash", "space", "plain"])
    if st == "dash":
        return "%s-%s-%s" % (s[:2], s[2:4], s[4:])
    if st == "space":
        return "%s %s %s" % (s[:2], s[2:4], s[4:])
    return s


def say_sort(s, rng):
    if rng.random() < 0.5:
        return say_groups([s[:2], s[2:4], s[4:]], rng, pairs=0.7, multi=0.3)
    return say_digits(s, rng, multi=0.5)


# ---------------------------------------------------------------------------
# positive templates
# ---------------------------------------------------------------------------

FILL = ["um", "uh", "erm", "sorry", "hold on"]
ACKS = ["mhm", "okay go on", "yep", "got it", "uh huh", "okay", "right", "go ahead"]
US_IND = ["banking", "telecom", "utilities", "retail", "insurance", "travel",
          "healthcare billing", "government services"]


def p_chat_card_cvv_exp(rng):
    net, num = gen_card(rng)
    m, y = gen_expiry(rng)
    cvv = gen_cvv(rng, 4 if net == "amex" else 3)
    ind = rng.choice(["retail", "travel", "telecom", "utilities"])
    return build([
        ("agent", "To complete the payment I'll need the card details please."),
        ("customer", [rng.choice(["card: ", "Card number ", "ok its ", "", "sure - "]), (fmt_card(num, rng), "CARD_NUMBER"),
                      rng.choice([" exp ", ", expires ", " / exp: ", " valid thru "]), (fmt_exp_chat(m, y, rng), "EXPIRY"),
                      rng.choice([" cvv ", ", security code ", " sec code: ", " and the cvc is "]), (cvv, "CVV"),
                      rng.choice(["", " thanks", ". the total was $%d.%02d right?" % (rng.randrange(20, 900), rng.randrange(100))])]),
    ], "chat/%s: %s card (%d digits) with expiry and CVV in one message" % (ind, net, len(num)))


def p_call_card_oneturn(rng):
    net, num = gen_card(rng)
    z = rng.choice(["oh", "zero", "o"])
    spoken = say_groups(card_groups(num), rng, zero=z, multi=0.5, pairs=0.25, homo=0.1)
    return build([
        ("agent", "okay and what's the long card number on the front"),
        ("customer", [rng.choice(["yeah it's ", "okay so it's ", "sure ", "um it is "]), (spoken, "CARD_NUMBER")]),
        ("agent", "thank you"),
    ], "call/%s: %s %d-digit card read in one turn with doubles/pairs/homophones" % (rng.choice(US_IND), net, len(num)))


def p_call_card_split(rng):
    net, num = gen_card(rng)
    g = card_groups(num)
    z = rng.choice(["oh", "zero"])
    turns = [("agent", "go ahead with the card number whenever you're ready")]
    for k, grp in enumerate(g):
        lead = rng.choice(["", "", "okay ", "uh ", "and then "]) if k else rng.choice(["alright ", "it's ", ""])
        turns.append(("customer", [lead, (say_digits(grp, rng, zero=z, pairs=0.3), "CARD_NUMBER", "c")]))
        if k < len(g) - 1:
            turns.append(("agent", rng.choice(ACKS)))
    turns.append(("agent", "perfect and the expiry"))
    m, y = gen_expiry(rng)
    turns.append(("customer", [rng.choice(["it's ", "", "expires "]), (fmt_exp_spoken(m, y, rng), "EXPIRY")]))
    return build(turns, "call/%s: %s card split over customer turns with back-channels, then spoken expiry" % (rng.choice(US_IND), net))


def p_call_card_correction(rng):
    net, num = gen_card(rng)
    return _card_correction(rng, net, num)


def _card_correction(rng, net, num):
    g = card_groups(num)
    bad = g[-1][:-1] + str((int(g[-1][-1]) + 5) % 10)
    full_bad = say_groups(g[:-1] + [bad], rng, zero="oh", multi=0.3)
    return build([
        ("agent", "can i get the card number please"),
        ("customer", [(full_bad, "CARD_NUMBER", "bad"), " oh wait no the last bit is ",
                      (say_digits(g[-1], rng, zero="oh"), "CARD_NUMBER", "fix")]),
        ("agent", ["let me read that back ", (say_groups(g, rng, zero="oh", multi=0), "CARD_NUMBER"), " is that right"]),
        ("customer", "yes that's it"),
    ], "call/%s: %s card with self-correction of last group, agent reads full number back" % (rng.choice(US_IND), net))


def p_chat_card_typo(rng):
    net, num = gen_card(rng)
    g = card_groups(num)
    seps = [rng.choice([" ", "  ", "-", " - ", ""]) for _ in g[:-1]]
    s = g[0] + "".join(sp + x for sp, x in zip(seps, g[1:]))
    return build([
        ("customer", [rng.choice(["hi i was charged twice for order #%d, " % rng.randrange(10000, 999999), "Hello, ", "hey "]),
                      "the card i used was ", (s, "CARD_NUMBER"), rng.choice([" pls check", "... can u refund it", " thx", ""])]),
        ("agent", "Thanks, I'm looking into that charge now."),
    ], "chat/retail: %s card typed with irregular separators next to an order number" % net)


def p_ssn_chat(rng):
    s = gen_ssn(rng)
    ind = rng.choice(["banking", "insurance", "government services", "healthcare billing", "telecom"])
    return build([
        ("agent", "For verification, please provide your Social Security number."),
        ("customer", [rng.choice(["sure, ", "ok ", "SSN is ", "its ", "my ssn: "]), (fmt_ssn(s, rng), "SSN"),
                      rng.choice(["", ".", " - and my policy number is %d" % rng.randrange(1000000, 9999999)])]),
    ], "chat/%s: SSN typed in common separators" % ind)


def p_ssn_call(rng):
    s = gen_ssn(rng)
    st = rng.choice(["groups", "flat", "pairs", "dash"])
    if st == "dash":
        sp = " dash ".join(say_digits(x, rng, zero="zero", multi=0.4) for x in (s[:3], s[3:5], s[5:]))
    elif st == "groups":
        sp = say_groups([s[:3], s[3:5], s[5:]], rng, zero=rng.choice(["oh", "zero"]), multi=0.5)
    elif st == "pairs":
        sp = say_digits(s[:3], rng) + " " + say_digits(s[3:5], rng, pairs=1.0) + " " + say_digits(s[5:], rng, pairs=0.9)
    else:
        sp = say_digits(s, rng, zero="zero", multi=0.4, fillers=["uh", "um"])
    return build([
        ("agent", "and can you verify the social for me"),
        ("customer", [rng.choice(["yeah it's ", "sure ", "okay ", ""]), (sp, "SSN")]),
        ("agent", rng.choice(["thank you", "perfect thank you", "got it"])),
    ], "call/%s: SSN spoken (%s)" % (rng.choice(["banking", "insurance", "government services", "healthcare billing"]), st))


def p_ssn_split(rng):
    s = gen_ssn(rng)
    return build([
        ("agent", "i'll need the last four of your social and then the full number for the credit check"),
        ("customer", [(say_digits(s[5:], rng), "SSN", "l4"), " is the last four"]),
        ("agent", "okay and the full number"),
        ("customer", [(say_digits(s[:3], rng, zero="zero"), "SSN", "s")]),
        ("agent", rng.choice(ACKS)),
        ("customer", [(say_digits(s[3:5], rng, zero="zero"), "SSN", "s")]),
        ("agent", rng.choice(ACKS)),
        ("customer", [(say_digits(s[5:], rng, zero="zero"), "SSN", "s")]),
    ], "call/telecom: SSN last four, then full SSN split across three turns")


def p_ssn_readback(rng):
    s = gen_ssn(rng)
    d = gen_dob(rng)
    return build([
        ("customer", ["my social is ", (say_digits(s, rng, multi=0.5), "SSN"), " and date of birth ", (fmt_dob_spoken(*d, rng=rng), "DOB")]),
        ("agent", ["okay i have ", (say_groups([s[:3], s[3:5], s[5:]], rng, multi=0), "SSN"), " born ", (fmt_dob_spoken(*d, rng=rng), "DOB"), " correct"]),
        ("customer", "yep"),
    ], "call/insurance: SSN and DOB in one turn, agent reads both back")


def p_ssn_itin_mixed(rng):
    s = gen_ssn(rng)
    amt = rng.randrange(1200, 9000)
    return build([
        ("customer", ["Hi, I'm filing the form for my refund of $%d. My SS# is " % amt, (fmt_ssn(s, rng), "SSN"),
                      " and the last return was %d" % rng.choice([2023, 2024, 2025])]),
        ("agent", "Thank you. I'll verify that now; it can take 3 to 5 minutes."),
    ], "chat/government services: SSN next to money amount and a year")


def p_phone_chat(rng):
    p = gen_us_phone(rng)
    ext = rng.random() < 0.5
    segs = [rng.choice(["best callback number is ", "you can reach me at ", "my cell: ", "call me on "]), (fmt_us_phone(p, rng), "PHONE")]
    if ext:
        segs.append(rng.choice([" ext. ", " x", " extension ", " ext "]) + str(rng.randrange(10, 9999)))
    segs.append(rng.choice(["", " after 5pm", " between 9 and 11am ET"]))
    return build([
        ("agent", "What's the best number to reach you?"),
        ("customer", segs),
    ], "chat/%s: US phone format%s" % (rng.choice(US_IND), " with extension (extension outside span)" if ext else ""))


def p_phone_call(rng):
    p = gen_us_phone(rng)
    st = rng.choice(["flat", "groups", "countrycode", "pairs"])
    if st == "countrycode":
        sp = "plus one " + say_groups([p[:3], p[3:6], p[6:]], rng, multi=0.4)
    elif st == "pairs":
        sp = say_digits(p[:3], rng) + " " + say_digits(p[3:6], rng) + " " + say_digits(p[6:], rng, pairs=1.0)
    elif st == "groups":
        sp = say_groups([p[:3], p[3:6], p[6:]], rng, multi=0.5)
    else:
        sp = say_digits(p, rng, multi=0.5, homo=0.1)
    segs = [rng.choice(["yeah it's ", "sure it's ", "you can call me at ", ""]), (sp, "PHONE")]
    if rng.random() < 0.4:
        segs.append(" extension " + say_digits(rdig(rng, 3), rng))
    return build([
        ("agent", "and a good callback number"),
        ("customer", segs),
    ], "call/%s: US phone spoken (%s)" % (rng.choice(US_IND), st))


def p_phone_area_split(rng):
    p = gen_us_phone(rng)
    return build([
        ("agent", "what's the number on the account"),
        ("customer", ["area code ", (say_digits(p[:3], rng), "PHONE", "p")]),
        ("agent", "mhm"),
        ("customer", [(say_digits(p[3:6], rng), "PHONE", "p"), " ", (say_digits(p[6:], rng, pairs=0.5), "PHONE", "p")]),
    ], "call/telecom: phone area code given in separate turn")


def p_phone_intl(rng):
    kind = rng.choice(["uk", "ie", "ukplus", "ieplus"])
    if kind.startswith("uk"):
        p = gen_uk_mobile(rng)
        chat = ("+44 " + p[1:5] + " " + p[5:]) if kind == "ukplus" else (p[:5] + " " + p[5:])
        sp = ("plus four four " + say_digits(p[1:], rng, zero="oh", multi=0.6)) if kind == "ukplus" else say_digits(p, rng, zero="oh", multi=0.6)
    else:
        p = gen_ie_mobile(rng)
        chat = ("+353 " + p[1:3] + " " + p[3:6] + " " + p[6:]) if kind == "ieplus" else (p[:3] + " " + p[3:6] + " " + p[6:])
        sp = ("plus three five three " + say_digits(p[1:], rng, zero="oh", multi=0.6)) if kind == "ieplus" else say_digits(p, rng, zero="oh", multi=0.6)
    if rng.random() < 0.5:
        return build([("agent", "Can I take a contact number?"), ("customer", ["It's ", (chat, "PHONE"), " (mobile)"])],
                     "chat/%s: %s mobile number" % (rng.choice(["travel", "utilities", "banking"]), kind))
    return build([("agent", "and a contact number for you"), ("customer", ["yeah ", (sp, "PHONE")])],
                 "call/%s: %s mobile spoken" % (rng.choice(["travel", "utilities", "banking"]), kind))


def p_two_phones(rng):
    a, b = gen_us_phone(rng), gen_us_phone(rng)
    return build([
        ("customer", ["home is ", (fmt_us_phone(a, rng), "PHONE"), " and work is ", (fmt_us_phone(b, rng), "PHONE"),
                      " ext " + str(rng.randrange(100, 999)) + ", I'm usually there 8-4"]),
    ], "chat/insurance: two US phone numbers in one message, one with extension")


def p_email_chat(rng):
    local, dom = gen_email(rng)
    e = local + "@" + dom
    if rng.random() < 0.3:
        e = e.upper() if rng.random() < 0.3 else e.capitalize()
    return build([
        ("agent", "What email address should we send the confirmation to?"),
        ("customer", [rng.choice(["", "pls use ", "email: ", "it's "]), (e, "EMAIL"), rng.choice(["", ".", " thanks!", " (personal)"])]),
    ], "chat/%s: email typed" % rng.choice(US_IND))


def p_email_call(rng):
    local, dom = gen_email(rng)
    return build([
        ("agent", "and what's the email on file"),
        ("customer", [rng.choice(["it's ", "yeah it's ", ""]), (say_email(local, dom, rng), "EMAIL")]),
        ("agent", "thank you"),
    ], "call/%s: email spoken with 'at' and 'dot'" % rng.choice(US_IND))


def p_email_spelled(rng):
    local, dom = gen_email(rng)
    local = re.sub(r"[^a-z]", "", local)[:8]
    spelled = " ".join(say_letter(c, rng, rng.choice(["plain", "for", "plain"])) for c in local)
    dsp = say_email("x", dom, rng).split(" at ", 1)[1]
    return build([
        ("agent", "can you spell the email for me"),
        ("customer", [(spelled + " at " + dsp, "EMAIL")]),
    ], "call/retail: email spelled letter by letter with 'b for boy' spellings")


def p_dob_chat(rng):
    d = gen_dob(rng)
    us = rng.random() < 0.75
    return build([
        ("agent", "Can you confirm your date of birth?"),
        ("customer", [rng.choice(["", "DOB ", "born ", "sure it's "]), (fmt_dob_chat(*d, rng=rng, us=us), "DOB"),
                      rng.choice(["", " - I'm %d now" % (2026 - d[0])])]),
    ], "chat/%s: DOB typed (%s)" % (rng.choice(US_IND), "US" if us else "UK"))


def p_dob_call(rng):
    d = gen_dob(rng)
    us = rng.random() < 0.7
    return build([
        ("agent", "and your date of birth please"),
        ("customer", [rng.choice(["yeah it's ", "it's ", "", "um "]), (fmt_dob_spoken(*d, rng=rng, us=us), "DOB")]),
        ("agent", "thank you and is the appointment still for %s at %s" % (rng.choice(["monday", "the fifth", "next week"]), rng.choice(["two thirty", "ten am", "nine fifteen"]))),
        ("customer", "yes"),
    ], "call/healthcare billing: DOB spoken next to appointment date/time (unlabelled)")


def p_zip_chat(rng):
    z = gen_zip(rng)
    c, s = city_for(z)
    zf = z if len(z) == 5 else z[:5] + rng.choice(["-", "-", " "]) + z[5:]
    return build([
        ("agent", "What's the billing ZIP code on the card?"),
        ("customer", [rng.choice(["", "zip is ", "its "]), (zf, "POSTCODE")]),
    ], "chat/retail: ZIP%s typed alone" % ("+4" if len(z) > 5 else ""))


def p_zip_call(rng):
    z = gen_zip(rng)
    sp = say_digits(z[:5], rng, zero=rng.choice(["oh", "zero"]))
    if len(z) > 5:
        sp += rng.choice([" dash ", " "]) + say_digits(z[5:], rng)
    return build([
        ("agent", "and the zip code"),
        ("customer", [rng.choice(["", "it's ", "uh "]), (sp, "POSTCODE")]),
    ], "call/utilities: ZIP%s spoken" % ("+4" if len(z) > 5 else ""))


def p_address_chat(rng):
    z = gen_zip(rng)
    c, s = city_for(z)
    a = gen_address(rng)
    zf = z if len(z) == 5 else z[:5] + "-" + z[5:]
    return build([
        ("agent", "Please confirm the service address."),
        ("customer", [(a, "ADDRESS"), ", %s, %s " % (c, s), (zf, "POSTCODE")]),
    ], "chat/%s: US street address with unit, city/state (unlabelled) and ZIP" % rng.choice(["utilities", "telecom", "insurance"]))


def p_address_call(rng):
    z = gen_zip(rng, plus4=False)
    c, s = city_for(z)
    a = gen_address(rng, spoken=True)
    return build([
        ("agent", "and what's the address we're shipping to"),
        ("customer", [(a, "ADDRESS"), " in %s " % c.lower(), rng.choice(["zip ", "", "and the zip is "]), (say_digits(z, rng, zero="oh"), "POSTCODE")]),
        ("agent", "okay"),
    ], "call/retail: spoken street address with number words and unit, plus ZIP")


def p_address_split(rng):
    a = gen_address(rng, spoken=True, unit=True)
    words = a.split(" ")
    cut = max(1, len(words) - 2)
    z = gen_zip(rng, plus4=False)
    return build([
        ("agent", "can you give me the new address"),
        ("customer", [(" ".join(words[:cut]), "ADDRESS", "a")]),
        ("agent", "mhm"),
        ("customer", [(" ".join(words[cut:]), "ADDRESS", "a"), " and that's ", city_for(z)[0].lower(), " ", (say_digits(z, rng), "POSTCODE")]),
    ], "call/banking: address with unit split across two turns")


def p_uk_postcode(rng):
    pc = rng.choice(UK_PC)
    if rng.random() < 0.5:
        f = rng.choice([pc, pc.lower(), pc.replace(" ", "")])
        a = "%d %s" % (rng.randrange(1, 200), rng.choice(UK_STREETS))
        return build([("agent", "What's the address on the account?"),
                      ("customer", [(a, "ADDRESS"), ", ", UK_PC_TOWN[pc], " ", (f, "POSTCODE")])],
                     "chat/utilities: UK address and postcode")
    sp = say_alnum(pc.replace(" ", ""), rng, letter_style=rng.choice(["plain", "mixed"]))
    return build([("agent", "and the postcode"), ("customer", ["it's ", (sp, "POSTCODE")])],
                 "call/utilities: UK postcode spoken letter by letter")


def p_ni_chat(rng):
    n = gen_ni(rng)
    return build([
        ("agent", "Could you provide your National Insurance number please?"),
        ("customer", [rng.choice(["", "NI: ", "my NINO is ", "its "]), (fmt_ni(n, rng), "NI_NUMBER"), rng.choice(["", " thanks", ". Tax year 2025/26"])]),
    ], "chat/government services (UK): NI number typed")


def p_ni_call(rng):
    n = gen_ni(rng)
    st = rng.choice(["plain", "for", "nato", "mixed", "pairs", "sound"])
    if st == "pairs":
        sp = say_alnum(n[:2], rng, "plain") + " " + say_groups([n[2:4], n[4:6], n[6:8]], rng, pairs=0.8, zero="nought") + " " + n[8].lower()
    else:
        sp = say_alnum(n, rng, letter_style=st, zero=rng.choice(["oh", "nought", "zero"]))
    return build([
        ("agent", "and your national insurance number"),
        ("customer", [rng.choice(["yeah it's ", "", "right it's "]), (sp, "NI_NUMBER")]),
        ("agent", "lovely thank you"),
    ], "call/government services (UK): NI number spoken (%s)" % st)


def p_ni_split(rng):
    n = gen_ni(rng)
    return build([
        ("agent", "go on with the national insurance number"),
        ("customer", [(say_alnum(n[:4], rng, "mixed"), "NI_NUMBER", "n")]),
        ("agent", rng.choice(ACKS)),
        ("customer", [(say_digits(n[4:8], rng, zero="nought"), "NI_NUMBER", "n"), " and then ", (say_letter(n[8], rng, rng.choice(["plain", "for"])), "NI_NUMBER", "n")]),
    ], "call/insurance (UK): NI number split across turns, final letter separate")


def p_ni_with_other(rng):
    n = gen_ni(rng)
    pc = rng.choice(UK_PC)
    d = gen_dob(rng)
    return build([
        ("customer", ["Hi, re my pension claim ref %d: NI " % rng.randrange(100000, 9999999), (fmt_ni(n, rng), "NI_NUMBER"),
                      ", DOB ", (fmt_dob_chat(*d, rng=rng, us=False), "DOB"), ", postcode ", (pc, "POSTCODE")]),
        ("agent", "Thanks, I've found your claim."),
    ], "chat/government services (UK): NI, DOB and postcode together with a claim reference")


def p_bank_us(rng):
    acct = gen_acct(rng)
    routing = rng.choice(["021000021", "011401533", "091000019", "121000248"])
    if rng.random() < 0.5:
        return build([("agent", "For direct deposit, what's the account number?"),
                      ("customer", ["acct # ", (acct, "BANK_ACCOUNT"), rng.choice(["", " (checking)"])])],
                     "chat/banking (US): checking account number typed")
    return build([("agent", "and the account number"),
                  ("customer", [rng.choice(["it's ", "okay it's "]), (say_digits(acct, rng, multi=0.5, pairs=0.2), "BANK_ACCOUNT")]),
                  ("agent", "thank you")],
                 "call/banking (US): account number spoken")


def p_bank_uk(rng):
    acct = gen_acct(rng, 8)
    sc = gen_sort(rng)
    if rng.random() < 0.5:
        return build([("agent", "Please confirm your sort code and account number."),
                      ("customer", ["sort code ", (fmt_sort(sc, rng), "SORT_CODE"), rng.choice([", acc ", " account no. ", " / "]), (acct, "BANK_ACCOUNT")])],
                     "chat/banking (UK): sort code and account number")
    return build([("agent", "can i take the sort code"),
                  ("customer", [(say_sort(sc, rng), "SORT_CODE")]),
                  ("agent", "and the account number"),
                  ("customer", [(say_digits(acct, rng, zero=rng.choice(["nought", "oh", "zero"]), multi=0.5), "BANK_ACCOUNT")])],
                 "call/banking (UK): sort code then account number spoken")


def p_bank_both_oneturn(rng):
    acct = gen_acct(rng, 8)
    sc = gen_sort(rng)
    return build([
        ("agent", "and where should the refund go"),
        ("customer", ["the sort code is ", (say_sort(sc, rng), "SORT_CODE"), " and the account is ", (say_digits(acct, rng, zero="oh", multi=0.4), "BANK_ACCOUNT"),
                      " and it was about %s pounds" % rng.choice(["forty", "a hundred and twenty", "sixty five"])]),
    ], "call/utilities (UK): sort code and account number in one turn, amount nearby")


def p_iban_chat(rng):
    i = gen_iban(rng)
    return build([
        ("agent", "Please send the IBAN for the refund."),
        ("customer", [rng.choice(["IBAN: ", "", "here: "]), (fmt_iban(i, rng), "IBAN"), rng.choice(["", " (%s)" % "euro account"])]),
    ], "chat/travel (EU/UK): IBAN %s typed" % i[:2])


def p_iban_call(rng):
    i = gen_iban(rng, rng.choice(["GB", "IE", "DE", "NL"]))
    sp = say_alnum(i, rng, letter_style=rng.choice(["plain", "mixed"]), zero=rng.choice(["oh", "zero"]), multi=0.4)
    return build([
        ("agent", "and the iban"),
        ("customer", [(sp, "IBAN")]),
    ], "call/banking (%s): IBAN spoken letter and digit" % i[:2])


def p_iban_split(rng):
    i = gen_iban(rng, rng.choice(["IE", "GB", "DE"]))
    parts = [i[k:k + 4] for k in range(0, len(i), 4)]
    turns = [("agent", "okay go ahead with the iban")]
    for k in range(0, len(parts), 2):
        turns.append(("customer", [(say_alnum("".join(parts[k:k + 2]), rng, "plain"), "IBAN", "i")]))
        if k + 2 < len(parts):
            turns.append(("agent", rng.choice(ACKS)))
    return build(turns, "call/insurance (%s): IBAN split across customer turns" % i[:2])


def p_cvv_exp_call(rng):
    m, y = gen_expiry(rng)
    n = 4 if rng.random() < 0.25 else 3
    cvv = gen_cvv(rng, n)
    return build([
        ("agent", "and the expiration date"),
        ("customer", [(fmt_exp_spoken(m, y, rng), "EXPIRY")]),
        ("agent", "and the %s on the back" % ("four digit code" if n == 4 else "three digit security code")),
        ("customer", [rng.choice(["", "it's ", "uh "]), (say_digits(cvv, rng, multi=0.5), "CVV")]),
    ], "call/%s: expiry then CVV in separate turns" % rng.choice(US_IND))


def p_cvv_chat_alone(rng):
    cvv = gen_cvv(rng, rng.choice([3, 3, 4]))
    m, y = gen_expiry(rng)
    return build([
        ("agent", "Thanks. What is the security code on the back of the card and the expiry?"),
        ("customer", [(cvv, "CVV"), rng.choice([" and ", ", ", " / exp "]), (fmt_exp_chat(m, y, rng), "EXPIRY")]),
    ], "chat/telecom: bare CVV and expiry answering agent's question")


def p_full_payment_call(rng):
    net, num = gen_card(rng)
    m, y = gen_expiry(rng)
    cvv = gen_cvv(rng, 4 if net == "amex" else 3)
    z = gen_zip(rng, plus4=False)
    return build([
        ("agent", "okay so that'll be %s dollars and %s cents today can i get the card number" % (num_words(rng.randrange(20, 99)), num_words(rng.randrange(1, 99)))),
        ("customer", [(_card_with_filler(num, rng), "CARD_NUMBER")]),
        ("agent", "expiration"),
        ("customer", [(fmt_exp_spoken(m, y, rng), "EXPIRY")]),
        ("agent", "cvv"),
        ("customer", [(say_digits(cvv, rng), "CVV")]),
        ("agent", "and the billing zip"),
        ("customer", [(say_digits(z, rng, zero="zero"), "POSTCODE")]),
    ], "call/%s: full %s payment flow with amount (unlabelled), card with filler, expiry, CVV, ZIP" % (rng.choice(["utilities", "telecom", "retail"]), net))


def _card_with_filler(num, rng):
    g = card_groups(num)
    k = rng.randrange(1, len(g))
    parts = [say_digits(x, rng, zero="oh", multi=0.4, pairs=0.2) for x in g]
    parts.insert(k, rng.choice(["um", "uh", "erm", "uh let me see"]))
    return " ".join(parts)


def p_dob_and_zip(rng):
    d = gen_dob(rng)
    z = gen_zip(rng)
    zf = z if len(z) == 5 else z[:5] + "-" + z[5:]
    return build([
        ("agent", "To verify, I need your date of birth and ZIP code."),
        ("customer", [(fmt_dob_chat(*d, rng=rng) if rng.random() < 0.6 else "%d/%d/%02d" % (d[1], d[2], d[0] % 100), "DOB"), rng.choice([" and ", ", ", " / "]), (zf, "POSTCODE")]),
    ], "chat/healthcare billing: DOB and ZIP in one message")


def p_account_profile(rng):
    local, dom = gen_email(rng)
    p = gen_us_phone(rng)
    a = gen_address(rng, unit=True)
    z = gen_zip(rng)
    c, s = city_for(z)
    zf = z if len(z) == 5 else z[:5] + "-" + z[5:]
    return build([
        ("customer", ["Please update my profile:\nAddress: ", (a, "ADDRESS"), "\n%s, %s " % (c, s), (zf, "POSTCODE"),
                      "\nPhone: ", (fmt_us_phone(p, rng), "PHONE"), "\nEmail: ", (local + "@" + dom, "EMAIL")]),
        ("agent", "Done, your profile is updated."),
    ], "chat/telecom: multi-line profile update with address, ZIP, phone, email")


def p_homophone_card(rng):
    net, num = gen_card(rng, rng.choice(["visa", "mastercard", "amex", "discover"]))
    sp = say_groups(card_groups(num), rng, zero=rng.choice(["oh", "o"]), multi=0.5, homo=0.5)
    return build([
        ("agent", "reading the card number now"),
        ("customer", ["okay um ", (sp, "CARD_NUMBER"), " and that's my %s card" % net]),
    ], "call/retail: %s card with ASR homophones ('to', 'for', 'ate', 'won')" % net)


def p_agent_readback_ssn_partial(rng):
    s = gen_ssn(rng)
    return build([
        ("agent", ["i show the last four of the social as ", (say_digits(s[5:], rng), "SSN", "l4"), " can you confirm the full number"]),
        ("customer", [(say_groups([s[:3], s[3:5], s[5:]], rng, zero="zero", multi=0.5), "SSN")]),
    ], "call/banking: agent reads SSN last four, customer gives full SSN")


def p_card_and_cvv_oneturn(rng):
    net, num = gen_card(rng, rng.choice(["visa", "mastercard", "amex", "discover", "jcb", "diners"]))
    cvv = gen_cvv(rng, 4 if net == "amex" else 3)
    return build([
        ("agent", "go ahead with the card"),
        ("customer", [(say_groups(card_groups(num), rng, zero="zero", multi=0.4, pairs=0.2), "CARD_NUMBER"),
                      rng.choice([" and the code on the back is ", " security code ", " and the three little numbers are "]), (say_digits(cvv, rng), "CVV"),
                      rng.choice([" and it's a debit card by the way", " and that's the one the auto pay was on", ""])]),
    ], "call/%s: %s card and CVV in one customer turn" % (rng.choice(US_IND), net))


def p_address_correction(rng):
    a = gen_address(rng, spoken=True, unit=True)
    words = a.split(" ")
    n2 = words[:]
    n2[0] = rng.choice(["twelve", "forty", "eighty eight", "seven"])
    z = gen_zip(rng, plus4=True)
    return build([
        ("agent", "and the mailing address"),
        ("customer", [(" ".join(n2), "ADDRESS"), " no sorry that's my old place it's ", (a, "ADDRESS"), " in %s " % city_for(z)[0].lower(),
                      (say_digits(z[:5], rng, zero="oh") + " dash " + say_digits(z[5:], rng, zero="oh"), "POSTCODE")]),
        ("agent", "okay got it"),
    ], "call/insurance: old address then corrected address with unit, ZIP+4 spoken with 'dash'")


def p_address_suite_business(rng):
    a = gen_address(rng, unit=True)
    z = gen_zip(rng)
    c, s = city_for(z)
    zf = z if len(z) == 5 else z[:5] + "-" + z[5:]
    p = gen_us_phone(rng)
    return build([
        ("customer", ["Ship the replacement modem to my home office at ", (a.lower() if rng.random() < 0.4 else a, "ADDRESS"), " ", c, " ", s, " ",
                      (zf, "POSTCODE"), ". Courier can call ", (fmt_us_phone(p, rng), "PHONE"), " - I'm there Mon-Fri 9-5"]),
        ("agent", "Will do, it should arrive in 2-3 business days."),
    ], "chat/telecom: home-office address with suite/unit, ZIP, phone, opening hours and durations")


def p_email_at_sign(rng):
    local, dom = gen_email(rng)
    spoken = say_email(local, dom, rng).replace(" at ", rng.choice([" at sign ", " at symbol ", " at "]), 1)
    return build([
        ("agent", "whats the best email for the receipt"),
        ("customer", ["okay so it's ", (spoken, "EMAIL"), " all lower case"]),
        ("agent", ["so that's ", (local + "@" + dom if rng.random() < 0.3 else say_email(local, dom, rng), "EMAIL"), " yes"]),
    ], "call/retail: email spoken with 'at sign', agent reads it back")


def p_ni_correction(rng):
    n = gen_ni(rng)
    wrong = n[:8] + ("A" if n[8] != "A" else "B")
    return build([
        ("customer", [(say_alnum(wrong, rng, "plain", zero="nought"), "NI_NUMBER"), " actually no hang on the last letter's ", (say_letter(n[8], rng, "for"), "NI_NUMBER", "x")]),
        ("agent", ["so ", (say_alnum(n, rng, "plain", zero="oh"), "NI_NUMBER")]),
        ("customer", "yes that's it"),
    ], "call/utilities (UK): NI number with corrected final letter, agent reads back")


def p_phone_readback(rng):
    p = gen_us_phone(rng)
    return build([
        ("customer", ["yeah the number is ", (say_groups([p[:3], p[3:6], p[6:]], rng, multi=0.5, pairs=0.3), "PHONE"), " that's my cell"]),
        ("agent", ["let me repeat that ", (say_digits(p, rng, multi=0.0), "PHONE"), " and it was about a bill for %s dollars" % num_words(rng.randrange(20, 99))]),
        ("customer", "correct"),
    ], "call/healthcare billing: phone with pairs, agent reads back digit by digit next to an amount")


def p_dob_twodigit_call(rng):
    y, m, d = gen_dob(rng)
    sp = "%s %s %s" % (num_words(m), num_words(d), num_words(y % 100) if y % 100 >= 10 else "oh " + UNITS[y % 100])
    return build([
        ("agent", "date of birth"),
        ("customer", [(sp, "DOB"), " and i'm calling about the appointment on the %s" % ORD[rng.randrange(1, 29)]]),
    ], "call/healthcare billing: DOB as month day two-digit-year numbers, appointment ordinal nearby")


def p_dob_chitchat(rng):
    y, m, d = gen_dob(rng)
    return build([
        ("agent", "can you confirm your date of birth for me"),
        ("customer", ["oh gosh yeah it's uh ", (fmt_dob_spoken(y, m, d, rng), "DOB"),
                      rng.choice([" my birthday was actually last week ha", " i always have to think about it", " and my wife's is the same month funnily enough"])]),
        ("agent", "happy belated birthday" if rng.random() < 0.5 else "no problem thank you"),
    ], "call/%s: spoken DOB wrapped in chit-chat" % rng.choice(["banking", "insurance", "healthcare billing"]))


def p_ssn_correction(rng):
    s = gen_ssn(rng)
    bad = s[:3] + s[4] + s[3] + s[5:]
    if bad[3:5] == "00" or bad == s:
        bad = s[:5] + str((int(s[5]) + 1) % 10) + s[6:]
    return build([
        ("customer", ["social is ", (say_digits(bad, rng, zero="zero"), "SSN", "bad"), " wait no i flipped that ",
                      (say_groups([s[:3], s[3:5], s[5:]], rng, zero="zero", multi=0.4), "SSN")]),
        ("agent", "no worries thank you"),
    ], "call/banking: SSN read with transposed digits then corrected (both labelled)")


def p_ssn_chat_lastfour_full(rng):
    s = gen_ssn(rng)
    return build([
        ("agent", "Can you verify the last 4 of your SSN?"),
        ("customer", [(s[5:], "SSN", "l4"), rng.choice([" - actually here's the whole thing ", ". full one is "]), (fmt_ssn(s, rng), "SSN")]),
        ("agent", "Thank you, you're verified. Your balance is $%d.%02d." % (rng.randrange(10, 3000), rng.randrange(100))),
    ], "chat/banking: SSN last four typed then full SSN, balance (unlabelled)")


def p_zip_with_chat(rng):
    z = gen_zip(rng, plus4=rng.random() < 0.5)
    c, st = city_for(z)
    zf = z if len(z) == 5 else z[:5] + "-" + z[5:]
    return build([
        ("customer", ["hi is the outage in %s fixed yet?? my zip is " % c, (zf, "POSTCODE"), " and power's been out since %d:%02d" % (rng.randrange(1, 12), rng.randrange(60))]),
        ("agent", "Crews estimate restoration by %d pm for about %d customers in your area." % (rng.randrange(1, 11), rng.randrange(100, 5000))),
    ], "chat/utilities: ZIP mid-sentence with times and customer counts")


def p_phone_spoken_area(rng):
    p = gen_us_phone(rng)
    return build([
        ("customer", ["my number changed it's now area code ", (say_digits(p[:3], rng), "PHONE", "p"), " and then ",
                      (say_digits(p[3:6], rng, multi=0.5) + " " + say_digits(p[6:], rng, pairs=0.6), "PHONE", "p"), " and i've been a customer for like %s years" % num_words(rng.randrange(2, 30))]),
    ], "call/telecom: phone with 'area code' and 'and then' between parts, tenure nearby")


POS_TEMPLATES = [
    (p_chat_card_cvv_exp, 12), (p_call_card_oneturn, 10), (p_call_card_split, 6),
    (p_call_card_correction, 4), (p_chat_card_typo, 5), (p_ssn_chat, 9), (p_ssn_call, 10),
    (p_ssn_split, 3), (p_ssn_readback, 4), (p_ssn_itin_mixed, 4), (p_phone_chat, 8),
    (p_phone_call, 8), (p_phone_area_split, 3), (p_phone_intl, 4), (p_two_phones, 2),
    (p_email_chat, 5), (p_email_call, 6), (p_email_spelled, 3), (p_dob_chat, 5),
    (p_dob_call, 5), (p_zip_chat, 4), (p_zip_call, 4), (p_address_chat, 6),
    (p_address_call, 5), (p_address_split, 2), (p_uk_postcode, 4), (p_ni_chat, 8),
    (p_ni_call, 12), (p_ni_split, 3), (p_ni_with_other, 4), (p_bank_us, 5), (p_bank_uk, 10),
    (p_bank_both_oneturn, 5), (p_iban_chat, 5), (p_iban_call, 4), (p_iban_split, 3),
    (p_cvv_exp_call, 5), (p_cvv_chat_alone, 3), (p_full_payment_call, 4), (p_dob_and_zip, 3),
    (p_account_profile, 3), (p_homophone_card, 3), (p_agent_readback_ssn_partial, 3),
    (p_card_and_cvv_oneturn, 4), (p_address_correction, 3), (p_address_suite_business, 4),
    (p_email_at_sign, 4), (p_ni_correction, 4), (p_phone_readback, 3), (p_dob_twodigit_call, 3),
    (p_dob_chitchat, 4), (p_ssn_correction, 3), (p_ssn_chat_lastfour_full, 3), (p_zip_with_chat, 4),
    (p_phone_spoken_area, 3),
]


# ---------------------------------------------------------------------------
# negatives
# ---------------------------------------------------------------------------


def n_money(rng):
    a, b = rng.randrange(10, 5000), rng.randrange(100)
    return build([("customer", "my bill went up to $%d.%02d this month, it was $%d last month" % (a, b, rng.randrange(10, 400))),
                  ("agent", "I see a rate change of %d%% from %s 1." % (rng.randrange(2, 30), rng.choice(MONTHS).capitalize()))],
                 "chat/utilities: money amounts, percentage, non-birth date")


def n_money_call(rng):
    return build([("customer", "the charge was %s hundred and %s dollars and %s cents" % (UNITS[rng.randrange(1, 10)], num_words(rng.randrange(10, 99)), num_words(rng.randrange(1, 99)))),
                  ("agent", "okay i can refund %s dollars today and the rest in %s to %s business days" % (num_words(rng.randrange(20, 99)), UNITS[rng.randrange(2, 5)], UNITS[rng.randrange(5, 10)]))],
                 "call/retail: spoken money amounts and durations")


def n_order(rng):
    o = rdig(rng, rng.choice([6, 7, 8, 9, 10]))
    return build([("customer", "Order number %s hasn't arrived, it was supposed to come on %s %d." % (o, rng.choice(MONTHS).capitalize(), rng.randrange(1, 29))),
                  ("agent", "Thanks, order %s shows it left our warehouse %d days ago." % (o, rng.randrange(2, 9)))],
                 "chat/retail: order number (reference word) and delivery date")


def n_ticket_call(rng):
    t = rdig(rng, rng.choice([6, 7, 8]))
    return build([("agent", "your ticket number is %s" % say_digits(t, rng, multi=0.4)),
                  ("customer", "okay let me write that down %s" % say_digits(t, rng, multi=0.0)),
                  ("agent", "that's right")],
                 "call/telecom: ticket number read out and repeated")


def n_claim(rng):
    c = rdig(rng, rng.choice([8, 9, 10]))
    return build([("customer", "calling about claim %s from the accident on %s %s" % (say_digits(c, rng, multi=0.4), rng.choice(MONTHS), ORD[rng.randrange(1, 29)])),
                  ("agent", "yes i see claim number %s it's been approved for %s dollars" % (say_digits(c, rng, multi=0.0), num_words(rng.randrange(20, 99)) + " hundred"))],
                 "call/insurance: claim number spoken with reference word, incident date, amount")


def n_invoice(rng):
    inv = "INV-%s" % rdig(rng, rng.choice([6, 7, 8]))
    return build([("customer", "Invoice %s for %d units at $%d.%02d each is wrong" % (inv, rng.randrange(2, 500), rng.randrange(1, 99), rng.randrange(100))),
                  ("agent", "I'll reissue %s with the correct quantity." % inv)],
                 "chat/retail: invoice number, quantity, unit price")


def n_flight(rng):
    f = rng.choice(["UA", "AA", "DL", "BA", "EI", "FR"]) + str(rng.randrange(10, 9999))
    return build([("customer", "my flight %s on the %s was delayed %d hours, gate B%d" % (f, ORD[rng.randrange(1, 29)], rng.randrange(2, 9), rng.randrange(1, 60))),
                  ("agent", "I'm sorry, you're rebooked on the %d:%02d departure, seat %d%s." % (rng.randrange(6, 23), rng.choice([0, 15, 30, 45]), rng.randrange(1, 40), rng.choice("ABCDEF")))],
                 "chat/travel: flight number, gate, times, seat")


def n_flight_call(rng):
    return build([("customer", "yeah it's flight %s %s %s and it leaves at %s %s" % (rng.choice(["united", "delta", "aer lingus"]), say_digits(rdig(rng, 3), rng), "from gate twelve", num_words(rng.randrange(1, 12)), num_words(rng.choice([15, 30, 45])))),
                  ("agent", "and you're in room %s at the airport hotel for two nights" % house_words(rng.randrange(100, 999), rng))],
                 "call/travel: spoken flight number, time, room number")


def n_meter(rng):
    r = rdig(rng, rng.choice([5, 6]))
    return build([("agent", "can you read me the meter please"),
                  ("customer", "it says %s" % say_digits(r, rng, multi=0.4)),
                  ("agent", "thanks that's %s kilowatt hours since the last reading on the %s" % (num_words(rng.randrange(100, 999) % 100), ORD[rng.randrange(1, 29)]))],
                 "call/utilities: meter reading spoken as digits")


def n_meter_chat(rng):
    return build([("customer", "Meter reading today: %s. Previous: %s. Usage %d kWh" % (rdig(rng, 5), rdig(rng, 5), rng.randrange(100, 900))),
                  ("agent", "Thanks, your next bill on %s %d will reflect that." % (rng.choice(MONTHS).capitalize(), rng.randrange(1, 29)))],
                 "chat/utilities: meter readings and usage")


def n_model(rng):
    m = rng.choice(["SM-G%d" % rng.randrange(900, 999), "iPhone %d Pro" % rng.randrange(11, 17), "XR%d-%d" % (rng.randrange(10, 99), rng.randrange(100, 999)),
                    "model %d" % rng.randrange(1000, 9999)])
    return build([("customer", "My %s keeps dropping off the wifi, speed test says %d Mbps instead of %d" % (m, rng.randrange(5, 90), rng.choice([300, 500, 940]))),
                  ("agent", "Please restart it and wait %d minutes." % rng.randrange(2, 15))],
                 "chat/telecom: model number, speeds, duration")


def n_speed_call(rng):
    return build([("customer", "i'm only getting %s megs and i'm paying for %s hundred" % (num_words(rng.randrange(5, 99)), UNITS[rng.randrange(2, 10)])),
                  ("agent", "okay the line test shows %s percent packet loss over the last %s hours" % (num_words(rng.randrange(2, 40)), num_words(rng.randrange(2, 48))))],
                 "call/telecom: speeds, percentages, durations")


def n_appointment(rng):
    return build([("agent", "your appointment is on %s %s at %s %s" % (rng.choice(MONTHS), ORD[rng.randrange(1, 29)], num_words(rng.randrange(1, 12)), rng.choice(["thirty", "fifteen", "o'clock"]))),
                  ("customer", "okay and how long will it take"),
                  ("agent", "about %s minutes and the copay is %s dollars" % (num_words(rng.choice([20, 30, 45])), num_words(rng.randrange(10, 60))))],
                 "call/healthcare billing: appointment date, time, duration, copay")


def n_payment_date(rng):
    y = rng.choice([2025, 2026])
    m, d = rng.randrange(1, 11), rng.randrange(1, 29)
    return build([("customer", "I paid on %02d/%02d/%d but it still shows a balance of $%d.%02d" % (m, d, y, rng.randrange(10, 900), rng.randrange(100))),
                  ("agent", "The payment posted on %s %d, %d; your contract started %s %d." % (MONTHS[m - 1].capitalize(), d, y, MONTHS_ABBR[rng.randrange(12)], y - 1))],
                 "chat/banking: payment date (not DOB) in numeric form, balance, contract start")


def n_age(rng):
    a = rng.randrange(62, 95)
    return build([("customer", "my mom is %s and she's been with you for %s years" % (num_words(a), num_words(rng.randrange(2, 40)))),
                  ("agent", "we have a senior discount for customers over sixty five it's %s percent" % num_words(rng.randrange(5, 30)))],
                 "call/insurance: ages, years of tenure, percentages")


def n_temp(rng):
    return build([("customer", "The thermostat says %d degrees but it's %d°F outside and the heater is set to %d" % (rng.randrange(50, 70), rng.randrange(-5, 40), rng.randrange(66, 76))),
                  ("agent", "A technician can come between %d and %d pm on %s." % (rng.randrange(1, 4), rng.randrange(4, 7), rng.choice(["Tuesday", "Thursday", "Friday"])))],
                 "chat/utilities: temperatures, time windows")


def n_balance(rng):
    return build([("agent", "your current balance is %s thousand %s hundred and %s dollars" % (num_words(rng.randrange(1, 20)), UNITS[rng.randrange(1, 10)], num_words(rng.randrange(10, 99)))),
                  ("customer", "and the minimum payment"),
                  ("agent", "%s dollars due on the %s" % (num_words(rng.randrange(25, 99)), ORD[rng.randrange(1, 29)]))],
                 "call/banking: spoken balance, minimum payment, due date")


def n_balance_chat(rng):
    return build([("customer", "Why is my balance $%s.%02d? I only spent $%d.%02d" % ("{:,}".format(rng.randrange(1000, 40000)), rng.randrange(100), rng.randrange(100, 999), rng.randrange(100))),
                  ("agent", "There's a %0.2f%% APR interest charge of $%d.%02d." % (rng.uniform(15, 29), rng.randrange(10, 99), rng.randrange(100)))],
                 "chat/banking: balances with thousands separators, APR")


def n_reference_call(rng):
    r = rdig(rng, rng.choice([7, 8, 9]))
    return build([("agent", "i'll give you a reference number for this call it's %s" % say_digits(r, rng, multi=0.4, pairs=0.3)),
                  ("customer", "sorry was that reference %s" % say_digits(r, rng, multi=0.0)),
                  ("agent", "yes that's correct")],
                 "call/government services: reference number with doubles/pairs read back")


def n_case_chat(rng):
    r = rdig(rng, rng.choice([8, 9, 10]))
    return build([("agent", "Your case number is %s. Please keep it for your records." % r),
                  ("customer", "Case %s, got it. How many days until I hear back?" % r),
                  ("agent", "Usually %d-%d business days." % (rng.randrange(2, 5), rng.randrange(5, 11)))],
                 "chat/government services: case number (up to 10 digits) with reference word")


def n_tracking(rng):
    t = "1Z" + "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(8))
    return build([("customer", "tracking %s says delivered at %d:%02d pm but nothing's here" % (t, rng.randrange(1, 9), rng.randrange(60))),
                  ("agent", "I've opened ticket #%s and we'll ship a replacement of %d items." % (rdig(rng, 7), rng.randrange(2, 7)))],
                 "chat/retail: short tracking code, ticket number, time, count")


def n_years(rng):
    return build([("customer", "i've had the car since %s and it's a %s model with %s thousand miles" % (year_words(rng.randrange(2010, 2025)), year_words(rng.randrange(2008, 2024)), num_words(rng.randrange(20, 99)))),
                  ("agent", "okay the policy renews in %s" % year_words(rng.choice([2026, 2027])))],
                 "call/insurance: spoken years (not birth), mileage")


def n_quantity(rng):
    return build([("customer", "I need %d boxes of the %dml bottles and %d of the %d-pack" % (rng.randrange(2, 60), rng.choice([250, 500, 750]), rng.randrange(2, 20), rng.choice([6, 12, 24]))),
                  ("agent", "That comes to $%d.%02d with %d%% off." % (rng.randrange(20, 900), rng.randrange(100), rng.choice([10, 15, 20])))],
                 "chat/retail: quantities, sizes, price, discount")


def n_plan(rng):
    return build([("agent", "the unlimited plan is %s ninety nine a month for %s lines" % (num_words(rng.randrange(40, 99)), UNITS[rng.randrange(2, 6)])),
                  ("customer", "and is that locked for %s months" % num_words(rng.choice([12, 24, 36]))),
                  ("agent", "yes from the %s of %s" % (ORD[rng.randrange(1, 29)], rng.choice(MONTHS)))],
                 "call/telecom: plan price, counts, contract start date")


def n_room(rng):
    return build([("customer", "We're in room %d and the AC is broken. Checked in on %s %d for %d nights." % (rng.randrange(100, 2500), rng.choice(MONTHS_ABBR), rng.randrange(1, 29), rng.randrange(1, 9))),
                  ("agent", "Sorry about that! We'll move you to room %d on floor %d." % (rng.randrange(100, 2500), rng.randrange(2, 30)))],
                 "chat/travel: hotel room numbers, check-in date, counts")


def n_hold_time(rng):
    return build([("customer", "i've been on hold for %s minutes and this is my %s call" % (num_words(rng.randrange(10, 59)), rng.choice(["third", "fourth", "fifth"]))),
                  ("agent", "i apologise we're seeing wait times of about %s minutes today after the outage at %s %s" % (num_words(rng.randrange(20, 50)), num_words(rng.randrange(1, 12)), num_words(rng.choice([15, 30, 45]))))],
                 "call/utilities: durations, ordinals, times")


def n_last_digits(rng):
    return build([("customer", "It's my Visa, I think the gym charged it %d times" % rng.randrange(2, 5)),
                  ("agent", "I see %d charges of $%d.%02d on %s %d at %d:%02d." % (rng.randrange(2, 5), rng.randrange(5, 99), rng.randrange(100), rng.choice(MONTHS_ABBR), rng.randrange(1, 29), rng.randrange(1, 12), rng.randrange(60)))],
                 "chat/banking: duplicate charge with counts, amounts, transaction date and time")


def n_gbp(rng):
    return build([("customer", "my direct debit went from £%d.%02d to £%d.%02d and the standing charge is %dp a day" % (rng.randrange(20, 99), rng.randrange(100), rng.randrange(99, 300), rng.randrange(100), rng.randrange(20, 60))),
                  ("agent", "That's the price cap change from 1 %s %d." % (rng.choice(MONTHS).capitalize(), rng.choice([2025, 2026])))],
                 "chat/utilities (UK): pound amounts, pence, effective date")


def n_eur(rng):
    return build([("customer", "the booking was €%d for %d nights and the deposit €%d" % (rng.randrange(200, 2000), rng.randrange(2, 14), rng.randrange(50, 200))),
                  ("agent", "Booking reference %s, refund of €%d.%02d issued on %d/%d." % (rdig(rng, 8), rng.randrange(50, 200), rng.randrange(100), rng.randrange(1, 29), rng.randrange(1, 13)))],
                 "chat/travel (EU): euro amounts, booking reference, refund date")


def n_pin_ref(rng):
    return build([("agent", "for security i'll send a one time code to the phone on file it expires in %s minutes" % num_words(rng.choice([5, 10, 15]))),
                  ("customer", "okay got it it was sent at %s %s" % (num_words(rng.randrange(1, 12)), num_words(rng.choice([10, 20, 40])))),
                  ("agent", "great you're verified your confirmation number is %s" % say_digits(rdig(rng, 6), rng))],
                 "call/banking: durations, times, confirmation number")


def n_scores(rng):
    return build([("agent", "on a scale of one to ten how would you rate today's call"),
                  ("customer", "%s and honestly the app is at like %s percent battery drain" % (num_words(rng.randrange(1, 11)), num_words(rng.randrange(10, 99))))],
                 "call/telecom: survey rating and percentage")


def n_policy_year(rng):
    return build([("customer", "Policy %s: I was %d when I signed up in %d, and premiums went up %d%%" % (rdig(rng, 9), rng.randrange(18, 60), rng.randrange(2000, 2024), rng.randrange(3, 25))),
                  ("agent", "Your renewal is due %02d/%02d/%d." % (rng.randrange(1, 13), rng.randrange(1, 29), rng.choice([2026, 2027])))],
                 "chat/insurance: policy number, age, sign-up year, renewal date")


def n_spoken_paid_date(rng):
    return build([("customer", "i paid it on %s %s %s and it still says past due" % (rng.choice(MONTHS), ORD[rng.randrange(1, 29)], year_words(rng.choice([2024, 2025, 2026])))),
                  ("agent", "i see that payment of %s dollars it posted on the %s" % (num_words(rng.randrange(20, 99)), ORD[rng.randrange(1, 29)]))],
                 "call/utilities: spoken payment date with year (not a birth date)")


def n_customer_since(rng):
    y = rng.randrange(1986, 2015)
    return build([("customer", "i've been with you since %s and never missed a payment" % year_words(y)),
                  ("agent", "thank you for %s years of loyalty i can offer %s months at half price" % (num_words(2026 - y), UNITS[rng.randrange(3, 7)]))],
                 "call/telecom: customer-since year in spoken form, counts")


def n_hours(rng):
    return build([("customer", "what time are you open on saturday"),
                  ("agent", "we're open %s to %s monday through friday and %s till %s on saturdays" % (UNITS[rng.randrange(7, 10)], UNITS[rng.randrange(4, 7)], num_words(rng.choice([9, 10])), UNITS[rng.randrange(1, 5)]))],
                 "call/retail: opening hours")


def n_dims(rng):
    return build([("customer", "The box is %d x %d x %d inches and weighs %d lbs, do I need the 2-day option?" % (rng.randrange(6, 40), rng.randrange(6, 30), rng.randrange(4, 20), rng.randrange(2, 70))),
                  ("agent", "Ground is fine; it's $%d.%02d and arrives in %d-%d days." % (rng.randrange(8, 60), rng.randrange(100), rng.randrange(2, 4), rng.randrange(4, 8)))],
                 "chat/retail: package dimensions, weight, shipping price, durations")


def n_contract_dates(rng):
    y = rng.randrange(2024, 2026)
    m, d = rng.randrange(1, 13), rng.randrange(1, 29)
    term = rng.choice([12, 24, 36])
    return build([("customer", "My contract started %d/%d/%d and the ETF is $%d?" % (m, d, y, rng.randrange(50, 400))),
                  ("agent", "Yes, the %d-month term ends %02d/%02d/%d." % (term, m, d, y + term // 12))],
                 "chat/telecom: numeric contract start/end dates (not DOB), fee")


def n_prescription(rng):
    return build([("customer", "the pharmacy charged me %s dollars for a %s day supply of the %s milligram tablets" % (num_words(rng.randrange(10, 99)), num_words(rng.choice([30, 60, 90])), num_words(rng.choice([10, 20, 40, 50])))),
                  ("agent", "your plan covers %s percent after the deductible of %s hundred dollars" % (num_words(rng.choice([70, 80, 90])), UNITS[rng.randrange(2, 9)]))],
                 "call/healthcare billing: amounts, supply days, dosage, percentages")


NEG_TEMPLATES = [
    (n_money, 4), (n_money_call, 4), (n_order, 4), (n_ticket_call, 4), (n_claim, 4), (n_invoice, 3),
    (n_flight, 4), (n_flight_call, 3), (n_meter, 4), (n_meter_chat, 3), (n_model, 3), (n_speed_call, 3),
    (n_appointment, 4), (n_payment_date, 4), (n_age, 3), (n_temp, 3), (n_balance, 4), (n_balance_chat, 3),
    (n_reference_call, 4), (n_case_chat, 4), (n_tracking, 3), (n_years, 3), (n_quantity, 3), (n_plan, 3),
    (n_room, 3), (n_hold_time, 3), (n_last_digits, 2), (n_gbp, 3), (n_eur, 3), (n_pin_ref, 3),
    (n_scores, 2), (n_policy_year, 3), (n_spoken_paid_date, 4), (n_customer_since, 3), (n_hours, 2),
    (n_dims, 3), (n_contract_dates, 4), (n_prescription, 3),
]


# ---------------------------------------------------------------------------
# generation
# ---------------------------------------------------------------------------


def generate():
    rng = random.Random(SEED)
    pos, neg = [], []
    for fn, n in POS_TEMPLATES:
        for _ in range(n):
            pos.append(fn(rng))
    for fn, n in NEG_TEMPLATES:
        for _ in range(n):
            neg.append(fn(rng))
    rng.shuffle(pos)
    rng.shuffle(neg)
    cases = []
    for i, c in enumerate(pos, 1):
        cases.append(dict(id="%s-pos-%03d" % (PREFIX, i), kind="positive", **c))
    for i, c in enumerate(neg, 1):
        c["spans"] = []
        c["_groups"] = []
        cases.append(dict(id="%s-neg-%03d" % (PREFIX, i), kind="negative", **c))
    return cases


def serialise(cases):
    lines = []
    for c in cases:
        d = {"id": c["id"], "kind": c["kind"], "turns": c["turns"], "spans": c["spans"], "note": c["note"]}
        lines.append(json.dumps(d, ensure_ascii=False))
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------------------
# validation (normalise spoken forms)
# ---------------------------------------------------------------------------

W_UNITS = {w: str(i) for i, w in enumerate(UNITS)}
W_UNITS.update({"oh": "0", "o": "0", "nought": "0", "zero": "0", "won": "1", "to": "2", "too": "2", "ate": "8"})
W_TEENS = {w: str(10 + i) for i, w in enumerate(TEENS)}
W_TENS = {w: str(k) for k, w in TENS.items()}
NATO_REV = {v: k for k, v in NATO.items()}
SOUND_REV = {v: k for k, v in LETTER_SOUND.items()}
MONTH_REV = {m: "%02d" % (i + 1) for i, m in enumerate(MONTHS)}
MONTH_REV.update({m.lower(): "%02d" % (i + 1) for i, m in enumerate(MONTHS_ABBR)})


def normalise(text: str, letters=True) -> str:
    """Turn a typed or spoken value into its canonical digits/letters."""
    if re.search(r"\d", text):  # typed value
        t = text.lower()
        for m, v in sorted(MONTH_REV.items(), key=lambda kv: -len(kv[0])):
            t = re.sub(r"\b%s\b" % m, v, t)
        t = re.sub(r"[^0-9a-z]", "", t).upper()
        return t if letters else re.sub(r"[^0-9]", "", t)
    toks = re.findall(r"[a-z]+(?:-[a-z]+)?|\d+", text.lower())
    out = []
    i = 0
    mult = 1
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if t.isdigit():
            out.append(t * mult)
            mult = 1
        elif t in ("double", "triple"):
            mult = 2 if t == "double" else 3
        elif t == "for" and out and i >= 1 and len(toks[i - 1]) == 1 and toks[i - 1].isalpha() and nxt and nxt not in W_UNITS:
            i += 2  # "b for boy": letter already emitted
            continue
        elif t == "as" and nxt == "in":
            i += 3
            continue
        elif t in W_UNITS and not (t == "o" and letters == "strict"):
            out.append(W_UNITS[t] * mult)
            mult = 1
        elif t in W_TEENS:
            out.append(W_TEENS[t])
        elif t in W_TENS:
            if nxt in W_UNITS and nxt not in ("oh", "o", "nought", "zero", "to", "too", "won", "ate"):
                out.append(W_TENS[t] + W_UNITS[nxt])
                i += 2
                continue
            out.append(W_TENS[t] + "0")
        elif t == "hundred":
            if nxt in W_TEENS or nxt in W_TENS:
                pass
            elif nxt in W_UNITS:
                out.append("0")
            else:
                out.append("00")
        elif t == "thousand":
            if nxt == "and" or nxt in W_UNITS:
                out.append("00")
            elif nxt in W_TEENS or nxt in W_TENS:
                out.append("0")
            else:
                out.append("000")
        elif t == "for":
            out.append("4" * mult)
            mult = 1
        elif t in SOUND_REV and letters:
            out.append(SOUND_REV[t].upper())
        elif t in NATO_REV and letters:
            out.append(NATO_REV[t].upper())
        elif len(t) == 1 and letters:
            out.append(t.upper())
        elif t in MONTH_REV:
            out.append(MONTH_REV[t])
        i += 1
    return "".join(out)


UK_PC_RE = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$")
NI_RE = re.compile(r"^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$")
SUFFIX_WORDS = {w.lower() for pair in SUFFIX for w in pair} | {"crescent", "close", "terrace"}


def validate_value(typ, text):
    """Return None if OK, else an error string."""
    if typ == "CARD_NUMBER":
        d = normalise(text, letters=False)
        if not (13 <= len(d) <= 19 and d.isdigit() and luhn_ok(d)):
            return "card %r -> %r" % (text, d)
    elif typ == "CVV":
        d = normalise(text, letters=False)
        if not (d.isdigit() and len(d) in (3, 4)):
            return "cvv %r -> %r" % (text, d)
    elif typ == "SSN":
        d = normalise(text, letters=False)
        if not (d.isdigit() and len(d) == 9 and d[:3] not in ("000", "666") and d[0] != "9" and d[3:5] != "00" and d[5:] != "0000"):
            return "ssn %r -> %r" % (text, d)
    elif typ == "NI_NUMBER":
        d = normalise(text)
        if not NI_RE.match(d):
            return "ni %r -> %r" % (text, d)
    elif typ == "SORT_CODE":
        d = normalise(text, letters=False)
        if not (d.isdigit() and len(d) == 6):
            return "sort %r -> %r" % (text, d)
    elif typ == "BANK_ACCOUNT":
        d = normalise(text, letters=False)
        if not (d.isdigit() and 8 <= len(d) <= 12):
            return "acct %r -> %r" % (text, d)
    elif typ == "IBAN":
        d = normalise(text)
        if not (re.match(r"^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$", d) and iban_ok(d)):
            return "iban %r -> %r" % (text, d)
    elif typ == "PHONE":
        d = normalise(text.replace("+", " "), letters=False)
        if not (d.isdigit() and 10 <= len(d) <= 13):
            return "phone %r -> %r" % (text, d)
    elif typ == "EMAIL":
        t = text.lower()
        if not (re.match(r"^[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}$", t) or (" at " in t and " dot " in t.split(" at ", 1)[1])):
            return "email %r" % text
    elif typ == "POSTCODE":
        d = normalise(text)
        if not (UK_PC_RE.match(d) or (d.isdigit() and len(d) in (5, 9))):
            return "postcode %r -> %r" % (text, d)
    elif typ == "EXPIRY":
        d = normalise(text, letters=False)
        ok = d.isdigit() and len(d) in (4, 6) and 1 <= int(d[:2]) <= 12
        if len(d) == 6 and ok:
            ok = d[2:4] == "20"
        if not ok:
            return "expiry %r -> %r" % (text, d)
    elif typ == "DOB":
        t = text.lower()
        has_month = any(m in t for m in MONTH_REV)
        d = normalise(re.sub(r"\b(first|second|third|[a-z]+th|the|of)\b", " ", t), letters=False)
        if has_month:
            if not re.search(r"(19|20)\d\d", d):
                return "dob %r -> %r" % (text, d)
        elif not (d.isdigit() and 4 <= len(d) <= 8):
            return "dob %r -> %r" % (text, d)
    elif typ == "ADDRESS":
        t = text.lower()
        words = set(re.findall(r"[a-z]+", t))
        if not ((re.search(r"\d", t) or words & (set(W_UNITS) | set(W_TEENS) | set(W_TENS))) and words & SUFFIX_WORDS):
            return "address %r" % text
    else:
        return "unknown type %s" % typ
    return None


def check(cases, text_on_disk):
    errors = []
    if serialise(cases) != text_on_disk:
        errors.append("cases.jsonl differs from regenerated output (run without --check)")
    if README.exists() and README.read_text(encoding="utf-8") != readme_text(cases):
        errors.append("README.md differs from regenerated output")
    ids = [c["id"] for c in cases]
    if len(ids) != len(set(ids)):
        errors.append("duplicate ids")
    counts = Counter()
    for c in cases:
        if c["kind"] == "negative":
            if c["spans"]:
                errors.append("%s: negative with spans" % c["id"])
            continue
        if not c["spans"]:
            errors.append("%s: positive without spans" % c["id"])
        groups = {}
        by_turn = {}
        for sp, g in zip(c["spans"], c["_groups"]):
            counts[sp["type"]] += 1
            if sp["type"] not in TYPES:
                errors.append("%s: bad type %s" % (c["id"], sp["type"]))
                continue
            if not (0 <= sp["turn"] < len(c["turns"])):
                errors.append("%s: bad turn" % c["id"])
                continue
            text = c["turns"][sp["turn"]]["text"]
            s, e = sp["start"], sp["end"]
            if not (0 <= s < e <= len(text)):
                errors.append("%s: offsets out of range" % c["id"])
                continue
            if (s > 0 and text[s - 1].isalnum()) or (e < len(text) and text[e].isalnum()):
                errors.append("%s: span not on word boundary %r" % (c["id"], text[s:e]))
            if not text[s].isalnum() and text[s] not in "(+#" or not text[e - 1].isalnum():
                errors.append("%s: span has stray edge %r" % (c["id"], text[s:e]))
            by_turn.setdefault(sp["turn"], []).append((s, e))
            if g is None:
                err = validate_value(sp["type"], text[s:e])
                if err:
                    errors.append("%s: %s" % (c["id"], err))
            else:
                groups.setdefault((g, sp["type"]), []).append(text[s:e])
        for (g, typ), parts in groups.items():
            if g in ("bad", "fix", "x"):
                continue
            if g == "l4":
                if not re.fullmatch(r"\d{4}", normalise(" ".join(parts), letters=False)):
                    errors.append("%s: bad last four" % c["id"])
                continue
            err = validate_value(typ, " ".join(parts))
            if err:
                errors.append("%s: group %s: %s" % (c["id"], g, err))
        for t, lst in by_turn.items():
            lst.sort()
            for (a, b), (c2, d2) in zip(lst, lst[1:]):
                if c2 < b:
                    errors.append("%s: overlapping spans in turn %d" % (c["id"], t))
    npos = sum(c["kind"] == "positive" for c in cases)
    nneg = len(cases) - npos
    if npos < 170 or nneg < 100:
        errors.append("too few cases: %d pos %d neg" % (npos, nneg))
    for t in TYPES:
        need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
        if counts[t] < need:
            errors.append("type %s has %d spans (< %d)" % (t, counts[t], need))
    return errors, counts, npos, nneg


def readme_text(cases):
    counts = Counter(sp["type"] for c in cases for sp in c["spans"])
    npos = sum(c["kind"] == "positive" for c in cases)
    nneg = len(cases) - npos
    nchat = sum(c["note"].startswith("chat/") for c in cases)
    rows = "\n".join("| %s | %d |" % (t, counts[t]) for t in TYPES)
    return f"""# PII held-out evaluation set `pii_holdout26`

**Never use this set for tuning.** It exists only to measure the redactor on data
it has not been shaped against. Do not add its values, phrasings or patterns to
rules, dictionaries or training data.

## Who wrote it and how

Written by an AI helper acting as an independent test author. The author did
not see the redaction code, its tests, its documentation or other evaluation
sets; only a three-line example of the JSONL format. The data is synthetic and
generated by `scripts/make_pii_holdout26.py` from template functions with one
seeded `random.Random({SEED})`; each turn is assembled from plain-text segments
and (value, TYPE) segments so offsets are computed, never typed by hand.

    python scripts/make_pii_holdout26.py          # regenerate
    python scripts/make_pii_holdout26.py --check  # verify byte-identical + validate

`--check` verifies ids, offsets, word boundaries, non-overlap, and validates
each value after normalising spoken forms (Luhn for cards, mod-97 for IBANs,
NI format, 9 digits for SSN, 6 for sort codes, digit counts for CVV, phone and
account, UK/US postcode shapes). Values split across turns are validated as a
concatenation.

Emphasis: US contact centres (SSN, ZIP and ZIP+4, US phone forms with
extensions and +1, street addresses with apartment / suite / unit / #, card
numbers of every network with lengths 13-19: Visa 13/16/19, Mastercard incl.
2-series, Amex 15, Discover 16/19, Diners 14, JCB, UnionPay 17/19, Maestro
18/19), plus UK (NI, sort code, postcode), Ireland and EU (IBAN, mobiles).

## Contents

- {npos} positive cases, {nneg} negative cases ({nchat} chat, {len(cases) - nchat} call transcripts).
- Chat cases are typed text with varied separators and case. Call cases imitate
  ASR output: lower case, little punctuation, numbers as words ("oh"/"o"/"zero"/
  "nought", "double seven", "triple two", pairs like "forty one", years like
  "nineteen eighty four"), homophones ("to", "too", "for", "won", "ate"),
  letters spelled ("b for boy", NATO words) or transcribed as they sound
  ("jay", "see", "are", "zed"), fillers inside readings, values
  split over several customer turns with agent back-channels, self-corrections
  and agent read-backs.
- Negatives contain look-alike numbers that must not be redacted: money,
  balances, prices, percentages, times, durations, counts, quantities, years,
  ages, temperatures, speeds, non-birth dates, order / ticket / claim / case /
  invoice / reference / booking / policy numbers (up to 10 digits, always with
  their reference word), flight, room and model numbers, meter readings.
  Positives also contain such unlabelled numbers next to the PII.

## Annotation conventions

- A span covers the value only: lead-ins ("my card is", "area code", "zip",
  "sort code", "ext") are outside. Fillers that occur *inside* a reading
  ("um", "uh") are inside the span.
- A value split across turns is labelled as one span per turn (each piece
  carries the full type). A self-corrected wrong reading is labelled too, as
  is the agent reading a value back.
- SSN last-four given alone is labelled SSN.
- PHONE: the number including country code ("+1", "plus four four") and any
  parentheses; a telephone **extension is outside the span**.
- ADDRESS: house number, optional direction, street name, street type and the
  apartment / suite / unit / # part. City and state are NOT labelled; the ZIP /
  postcode is a separate POSTCODE span.
- POSTCODE: US ZIP (5 digits) or ZIP+4 (whole `12345-6789` in one span) and UK
  postcodes.
- EMAIL: whole address, typed or spoken ("j dot doe at gmail dot com").
- DOB / EXPIRY: the date expression itself ("march third nineteen eighty four",
  "the fifth of june ...", "04/27", "april twenty nine").
- CVV: the digits only. Money, dates of appointments/payments and references
  are never labelled.

## Span counts per type

| type | spans |
|---|---|
{rows}
"""


def main():
    cases = generate()
    text = serialise(cases)
    if "--check" in sys.argv[1:]:
        if not CASES.exists():
            print("missing %s" % CASES)
            return 1
        errors, counts, npos, nneg = check(cases, CASES.read_text(encoding="utf-8"))
        print("holdout26: %d positive, %d negative cases" % (npos, nneg))
        for t in TYPES:
            print("  %-13s %d" % (t, counts[t]))
        if errors:
            for e in errors[:200]:
                print("ERROR:", e)
            print("%d problem(s)" % len(errors))
            return 1
        print("check OK")
        return 0
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    CASES.write_text(text, encoding="utf-8")
    README.write_text(readme_text(cases), encoding="utf-8")
    print("wrote %d cases to %s" % (len(cases), CASES))
    return 0


if __name__ == "__main__":
    sys.exit(main())

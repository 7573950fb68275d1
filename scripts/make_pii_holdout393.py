#!/usr/bin/env python3
"""Generate the pii_holdout393 held-out PII evaluation set (whole contact-centre calls/chats).

Usage:
    python scripts/make_pii_holdout393.py          # write tests/fixtures/pii_holdout393/cases.jsonl
    python scripts/make_pii_holdout393.py --check  # regenerate, compare bytes, validate everything

Standard library only; one generator: random.Random(393241125).
Turns are assembled from plain segments and labelled value segments, so offsets are computed.
"""
import json
import os
import re
import sys
import random
from collections import Counter

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "fixtures", "pii_holdout393", "cases.jsonl")

R = random.Random(393241125)

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE",
         "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]
MINIMA = {t: 10 for t in TYPES}
MINIMA.update({"CARD_NUMBER": 70, "SSN": 30, "NI_NUMBER": 30})

# ----------------------------------------------------------------------------- spoken numbers
UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
         "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
ZERO_WORDS = {"oh", "o", "nought", "zero"}
FILLERS = {"um", "uh", "er", "erm", "uhm", "ah"}
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "f": "foxtrot",
        "g": "golf", "h": "hotel", "i": "india", "j": "juliet", "k": "kilo", "l": "lima",
        "m": "mike", "n": "november", "o": "oscar", "p": "papa", "q": "quebec", "r": "romeo",
        "s": "sierra", "t": "tango", "u": "uniform", "v": "victor", "w": "whiskey", "x": "xray",
        "y": "yankee", "z": "zulu"}
ALT_SPELL = {"b": "bob", "c": "cat", "d": "dog", "f": "freddie", "m": "mother", "n": "nancy",
             "p": "peter", "s": "sugar", "t": "tommy", "j": "jack", "h": "harry", "w": "william"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
MON3 = [m[:3] for m in MONTHS]
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
       "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
       "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty first", "twenty second",
       "twenty third", "twenty fourth", "twenty fifth", "twenty sixth", "twenty seventh",
       "twenty eighth", "twenty ninth", "thirtieth", "thirty first"]
ORD_WORDS = {w: i for i, w in enumerate(ORD[:21]) if w}
ORD_WORDS.update({"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
                  "seventh": 7, "eighth": 8, "ninth": 9, "thirtieth": 30})


def zero_word(r, uk=True):
    return r.choice(["oh", "oh", "oh", "zero", "nought" if uk else "zero", "o"])


def digit_words(s, r, uk=True, allow_multi=True):
    out, i = [], 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        run = j - i
        w = zero_word(r, uk) if s[i] == "0" else UNITS[int(s[i])]
        if allow_multi and run >= 3 and r.random() < 0.6:
            out += ["triple", w]; i += 3; continue
        if allow_multi and run >= 2 and r.random() < 0.6:
            out += ["double", w]; i += 2; continue
        out.append(w); i += 1
    return out


def pair_word(p):
    a, b = int(p[0]), int(p[1])
    if a == 1:
        return TEENS[b]
    return TENS[a] if b == 0 else TENS[a] + " " + UNITS[b]


def speak_group(g, r, uk=True):
    """Render one digit group in a random spoken style (verified by caller)."""
    mode = r.random()
    if len(g) == 3 and g[0] != "0" and mode < 0.2:
        tail = g[1:]
        if tail == "00":
            return UNITS[int(g[0])] + " hundred"
        tw = (zero_word(r, uk) + " " + UNITS[int(tail[1])]) if tail[0] == "0" and r.random() < 0.3 \
            else (UNITS[int(tail[1])] if tail[0] == "0" else pair_word(tail))
        if tail[0] == "0" and not tw.startswith(tuple(ZERO_WORDS)):
            return UNITS[int(g[0])] + " hundred and " + tw
        if tail[0] == "0":
            return UNITS[int(g[0])] + " " + tw + " " if False else " ".join(digit_words(g, r, uk))
        return UNITS[int(g[0])] + " hundred and " + tw
    if len(g) % 2 == 0 and mode < 0.45:
        parts = []
        for k in range(0, len(g), 2):
            p = g[k:k + 2]
            parts.append(pair_word(p) if p[0] != "0" else " ".join(digit_words(p, r, uk)))
        return " ".join(parts)
    return " ".join(digit_words(g, r, uk))


def speak_digits_groups(digits, sizes, r, uk=True):
    """Split digits into groups and render each; returns list of chunk strings that parse back."""
    chunks = []
    for g in _split(digits, sizes):
        for _ in range(6):
            w = speak_group(g, r, uk)
            if to_chars(w)[0] == g:
                break
        else:
            w = " ".join(digit_words(g, r, uk, allow_multi=False))
        chunks.append(w)
    # joining must not merge tokens across chunk boundaries (e.g. "forty" + "one")
    for _ in range(10):
        if to_chars(" ".join(chunks))[0] == digits:
            return chunks
        chunks = [" ".join(digit_words(c_digits, r, uk)) for c_digits in _split(digits, sizes)]
    raise AssertionError("cannot render " + digits)


def _split(digits, sizes):
    if sum(sizes) < len(digits):
        sizes = list(sizes) + [len(digits) - sum(sizes)]
    out, k = [], 0
    for sz in sizes:
        if digits[k:k + sz]:
            out.append(digits[k:k + sz])
        k += sz
    return out


def spell_letters(s, r, nato_p=0.3):
    out = []
    for ch in s.lower():
        if ch.isdigit():
            out.append(zero_word(r) if ch == "0" else UNITS[int(ch)])
        elif r.random() < nato_p:
            word = NATO[ch] if (ch not in ALT_SPELL or r.random() < 0.7) else ALT_SPELL[ch]
            out.append(ch + r.choice([" for ", " for ", " as in "]) + word)
        else:
            out.append(ch)
    return out


# ----------------------------------------------------------------------------- normalisers
NUMW = {w: i for i, w in enumerate(UNITS)}
TEENW = {w: i + 10 for i, w in enumerate(TEENS)}
TENW = {w: i for i, w in enumerate(TENS) if w}
SPELL_WORDS = set(NATO.values()) | set(ALT_SPELL.values())


def to_chars(text):
    """Normalise spoken/typed text to uppercase alphanumerics. Returns (chars, leftover words)."""
    toks = re.findall(r"[A-Za-z0-9+]+", text.replace("+", " + "))
    out, left, i = [], [], 0

    def unit_at(j):
        return j < len(toks) and toks[j].lower() in NUMW

    while i < len(toks):
        t = toks[i]; tl = t.lower()
        if tl in FILLERS:
            i += 1; continue
        if tl == "+" or tl == "plus":
            out.append("+"); i += 1; continue
        if tl in ("double", "triple"):
            n = 2 if tl == "double" else 3
            nxt = toks[i + 1].lower()
            d = "0" if nxt in ZERO_WORDS else str(NUMW[nxt]) if nxt in NUMW else nxt.upper()
            out.append(d * n); i += 2; continue
        if tl == "for" or (tl == "as" and i + 1 < len(toks) and toks[i + 1].lower() == "in"):
            i += 2 if tl == "for" else 3; continue
        if tl in ZERO_WORDS:
            out.append("0"); i += 1; continue
        if tl in NUMW:
            if i + 1 < len(toks) and toks[i + 1].lower() == "hundred":
                h = str(NUMW[tl]); i += 2
                if i + 1 < len(toks) and toks[i].lower() == "and":
                    i += 1
                    nt = toks[i].lower()
                    if nt in TEENW:
                        out.append(h + str(TEENW[nt])); i += 1
                    elif nt in TENW:
                        if unit_at(i + 1):
                            out.append(h + str(TENW[nt]) + toks[i + 1].lower().replace(toks[i + 1].lower(), str(NUMW[toks[i + 1].lower()]))); i += 2
                        else:
                            out.append(h + str(TENW[nt]) + "0"); i += 1
                    else:
                        out.append(h + "0" + str(NUMW[nt])); i += 1
                else:
                    out.append(h + "00")
                continue
            out.append(str(NUMW[tl])); i += 1; continue
        if tl in TEENW:
            out.append(str(TEENW[tl])); i += 1; continue
        if tl in TENW:
            if unit_at(i + 1):
                out.append(str(TENW[tl]) + str(NUMW[toks[i + 1].lower()])); i += 2
            else:
                out.append(str(TENW[tl]) + "0"); i += 1
            continue
        if re.fullmatch(r"[0-9]+", t) or len(t) == 1 or re.fullmatch(r"(?=.*\d)[A-Za-z0-9]+", t) \
                or (t.isupper() and len(t) <= 4) or re.fullmatch(r"[a-z]{2}", t) and i == 0:
            out.append(t.upper()); i += 1; continue
        left.append(tl); i += 1
    return "".join(out), left


def luhn_ok(d):
    s, alt = 0, False
    for ch in reversed(d):
        n = int(ch)
        if alt:
            n *= 2
            if n > 9:
                n -= 9
        s += n; alt = not alt
    return s % 10 == 0


def iban_ok(s):
    lens = {"GB": 22, "IE": 22, "DE": 22, "FR": 27, "NL": 18, "ES": 24, "IT": 27, "BE": 16}
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s) or lens.get(s[:2]) != len(s):
        return False
    x = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in x)) % 97 == 1


def parse_date(text):
    """Returns (month, digits-without-month) for DOB/EXPIRY validation."""
    tl = text.lower()
    month = None
    for i, m in enumerate(MONTHS):
        for form in (m, m[:3], "sept" if i == 8 else None):
            if form and re.search(r"\b" + form + r"\b", tl):
                month = i + 1
                tl = re.sub(r"\b" + form + r"\b", " ", tl)
                break
        if month:
            break
    for w, n in sorted(list(ORD_WORDS.items()) + [("twenty " + ORD[k], 20 + k) for k in range(1, 10)]
                       + [("thirty first", 31)], key=lambda x: -len(x[0])):
        tl = re.sub(r"\b" + w + r"\b", " %d " % n, tl)
    tl = re.sub(r"(\d+)(st|nd|rd|th)\b", r"\1", tl)
    groups = []
    for chunk in re.split(r"[/.\-,]|\bof\b|\bthe\b", tl):
        c, left = to_chars(chunk)
        if left and set(left) - {"of", "the", "and", "slash"}:
            return None, None
        if c:
            groups.append(c)
    return month, groups


def valid(typ, text):
    c, left = to_chars(text)
    bad_left = set(left) - {"and", "dash", "space", "hyphen", "slash", "no", "number"}
    if typ == "CARD_NUMBER":
        return not bad_left and c.isdigit() and 13 <= len(c) <= 19 and luhn_ok(c)
    if typ == "CVV":
        return not bad_left and c.isdigit() and len(c) in (3, 4)
    if typ == "SSN":
        return not bad_left and c.isdigit() and len(c) == 9 and c[:3] not in ("000", "666") \
            and c[0] != "9" and c[3:5] != "00" and c[5:] != "0000"
    if typ == "NI_NUMBER":
        return not bad_left and re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", c) is not None
    if typ == "BANK_ACCOUNT":
        return not bad_left and c.isdigit() and 8 <= len(c) <= 12
    if typ == "SORT_CODE":
        return not bad_left and c.isdigit() and len(c) == 6
    if typ == "IBAN":
        return (not bad_left and iban_ok(c)) or iban_ok(re.sub(r"[^A-Za-z0-9]", "", text).upper())
    if typ == "PHONE":
        d = c[2:] if c.startswith("00") else c.lstrip("+")
        c = "+" + d if c.startswith("00") else c
        return not bad_left and d.isdigit() and (10 <= len(d) <= 13) and (c.startswith("+") or d[0] == "0" or len(d) == 10)
    if typ == "POSTCODE":
        return not bad_left and (re.fullmatch(r"[A-Z]{1,2}\d[A-Z\d]?\d[ABD-HJLNP-UW-Z]{2}", c) is not None
                                 or re.fullmatch(r"\d{5}(\d{4})?", c) is not None)
    if typ == "EMAIL":
        e = text.lower()
        e = re.sub(r"\b([a-z]) (?:for|as in) [a-z]+\b", r"\1", e)
        e = re.sub(r"\bdot\b", ".", e); e = re.sub(r"\bat\b", "@", e)
        e = re.sub(r"\bunderscore\b", "_", e); e = re.sub(r"\b(dash|hyphen)\b", "-", e)
        for w, n in NUMW.items():
            e = re.sub(r"\b" + w + r"\b", str(n), e)
        e = re.sub(r"\b(oh)\b", "0", e)
        e = re.sub(r"\b(" + "|".join(FILLERS) + r")\b", "", e)
        e = re.sub(r"\s+", "", e)
        return re.fullmatch(r"[a-z0-9._\-]+@[a-z0-9\-]+(\.[a-z0-9\-]+)+", e) is not None
    if typ == "ADDRESS":
        tl = text.lower()
        has_num = re.search(r"\d", tl) or any(re.search(r"\b" + w + r"\b", tl) for w in list(NUMW) + list(TEENW) + list(TENW))
        return bool(has_num) and re.search(r"\b(" + "|".join(STREET_SUFFIX) + r")\b", tl) is not None
    if typ in ("DOB", "EXPIRY"):
        month, groups = parse_date(text)
        if groups is None:
            return False
        digits = "".join(groups)
        if typ == "EXPIRY":
            if month:
                return len(digits) in (2, 4)
            if len(digits) in (3, 4):
                return 1 <= int(digits[:-2]) <= 12
            if len(digits) == 6:
                return 1 <= int(digits[:2]) <= 12 and digits[2:4] == "20"
            return False
        if month:
            return len(digits) in (3, 4, 5, 6) and len(groups) >= 1
        if len(groups) == 3 and all(g.isdigit() for g in groups):
            a, b, y = groups if len(groups[0]) <= 2 else (groups[2], groups[1], groups[0])
            if len(y) not in (2, 4) or len(a) > 2 or len(b) > 2:
                return False
            a, b = int(a), int(b)
            return (1 <= a <= 31 and 1 <= b <= 12) or (1 <= a <= 12 and 1 <= b <= 31)
        if len(digits) in (6, 8) and len(groups) == 1:
            a, b = int(digits[:2]), int(digits[2:4])
            return (1 <= a <= 31 and 1 <= b <= 12) or (1 <= a <= 12 and 1 <= b <= 31)
        return False
    raise KeyError(typ)


# ----------------------------------------------------------------------------- value makers
STREET_SUFFIX = ["road", "street", "lane", "avenue", "close", "drive", "way", "crescent", "terrace",
                 "gardens", "place", "court", "grove", "row", "boulevard", "rd", "st", "ave", "park",
                 "hill", "walk", "mews", "square", "blvd", "dr"]
STREET_NAMES = ["elm", "mill", "church", "station", "victoria", "kingsway", "oak", "maple", "harbour",
                "meadow", "orchard", "princes", "castle", "bridge", "willow", "cedar", "highfield",
                "spring", "albert", "queens", "park view", "st marys", "beech", "ash", "pine",
                "lakeview", "sycamore", "riverside", "hawthorn", "granby", "clonard", "seafield"]
UK_AREAS = ["SW", "SE", "NW", "N", "E", "W", "M", "B", "LS", "EH", "G", "CF", "BT", "NE", "BS", "L",
            "TN", "CB", "RG", "PL", "NG", "S", "DE", "LE", "BN", "DN", "HU", "AB", "KY", "SA"]
INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"
TOWNS_UK = ["Leeds", "Manchester", "Bristol", "Glasgow", "Cardiff", "Belfast", "Oxford", "Reading",
            "Nottingham", "York", "Brighton", "Swansea"]
TOWNS_US = ["Austin", "Columbus", "Denver", "Tampa", "Portland", "Raleigh", "Phoenix", "Omaha"]
TOWNS_IE = ["Dublin 8", "Cork", "Galway", "Limerick", "Sligo", "Naas"]
TOWNS_EU = ["Berlin", "Lyon", "Madrid", "Utrecht", "Munich", "Valencia"]
FIRST = ["sarah", "john", "priya", "michael", "aoife", "david", "emma", "tom", "fatima", "liam",
         "grace", "raj", "kevin", "niamh", "oliver", "chloe", "ahmed", "laura", "sean", "megan"]
LAST = ["doe", "smith", "obrien", "patel", "murphy", "jones", "walsh", "khan", "taylor", "brennan",
        "evans", "nguyen", "kelly", "garcia", "hughes", "byrne", "ali", "reilly", "cooper", "lee"]
DOMAINS = ["gmail.com", "outlook.com", "yahoo.co.uk", "hotmail.com", "icloud.com", "eircom.net",
           "btinternet.com", "aol.com", "proton.me", "web.de", "live.ie", "sky.com"]


def luhn_complete(prefix, length, r):
    d = prefix + "".join(str(r.randint(0, 9)) for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(d + c):
            return d + c


def fmt_groups(d, sizes, sep):
    return sep.join(_split(d, sizes))


class V:
    """A generated value: canonical chars, typed rendering, spoken chunks."""

    def __init__(self, typ, typed, chunks, splittable=True):
        self.typ, self.typed, self.chunks, self.splittable = typ, typed, chunks, splittable


def mk_card(r, spoken, uk=True):
    kind = r.choice(["visa", "visa", "mc", "mc", "amex", "disc", "visa13", "long"])
    if kind == "visa":
        d, sizes = luhn_complete("4", 16, r), [4, 4, 4, 4]
    elif kind == "mc":
        d, sizes = luhn_complete(r.choice(["51", "52", "53", "54", "55", "2221"]), 16, r), [4, 4, 4, 4]
    elif kind == "amex":
        d, sizes = luhn_complete(r.choice(["34", "37"]), 15, r), [4, 6, 5]
    elif kind == "disc":
        d, sizes = luhn_complete("6011", 16, r), [4, 4, 4, 4]
    elif kind == "visa13":
        d, sizes = luhn_complete("4", 13, r), [4, 4, 5]
    else:
        d, sizes = luhn_complete(r.choice(["6304", "4"]), r.choice([18, 19]), r), [4, 4, 4, 4, 3]
    sep = r.choice([" ", " ", "-", "", "  "])
    typed = fmt_groups(d, sizes, sep) if r.random() < 0.85 else fmt_groups(d, [r.randint(2, 6) for _ in range(8)], " ")
    chunks = speak_digits_groups(d, sizes if r.random() < 0.8 else [2, 2] * 10, r, uk) if spoken else None
    return V("CARD_NUMBER", typed, chunks)


def mk_cvv(r, spoken, uk=True):
    d = "".join(str(r.randint(0, 9)) for _ in range(r.choice([3, 3, 3, 4])))
    return V("CVV", d, speak_digits_groups(d, [len(d)], r, uk) if spoken else None, False)


def mk_expiry(r, spoken, uk=True):
    m, y = r.randint(1, 12), r.randint(25, 32)
    typed = r.choice(["%02d/%02d" % (m, y), "%d/%02d" % (m, y), "%02d/20%02d" % (m, y), "%02d%02d" % (m, y),
                      "%02d-%02d" % (m, y), "%s %02d" % (MON3[m - 1].title(), y), "%s 20%02d" % (MONTHS[m - 1].title(), y)])
    if spoken:
        yy = pair_word("%02d" % y)
        c = r.random()
        if c < 0.35:
            s = zero_word(r, uk) + " " + UNITS[m] if m < 10 else pair_word("%02d" % m)
            s += r.choice([" ", " slash "]) + yy
        elif c < 0.7:
            s = r.choice([MONTHS[m - 1], MON3[m - 1] if m != 5 else "may"]) + " " + r.choice([yy, "twenty " + yy])
        else:
            s = " ".join(digit_words("%02d%02d" % (m, y), r, uk, False))
        return V("EXPIRY", typed, [s], False)
    return V("EXPIRY", typed, None, False)


def mk_ssn(r, spoken, uk=False):
    while True:
        a = r.randint(1, 899)
        if a != 666:
            break
    d = "%03d%02d%04d" % (a, r.randint(1, 99), r.randint(1, 9999))
    typed = r.choice([fmt_groups(d, [3, 2, 4], "-"), fmt_groups(d, [3, 2, 4], "-"), fmt_groups(d, [3, 2, 4], " "), d])
    return V("SSN", typed, speak_digits_groups(d, [3, 2, 4], r, False) if spoken else None)


NI_FIRST = "ABCEGHJKLMNPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def mk_ni(r, spoken, uk=True):
    while True:
        p = r.choice(NI_FIRST) + r.choice(NI_SECOND)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    d = "".join(str(r.randint(0, 9)) for _ in range(6))
    s = r.choice("ABCD")
    raw = p + d + s
    typed = r.choice([raw, raw.lower(), "%s %s %s %s %s" % (p, d[:2], d[2:4], d[4:], s), p + " " + d + " " + s,
                      p.title() + d + s.lower(), "%s%s %s" % (p, d, s)])
    chunks = None
    if spoken:
        chunks = [" ".join(spell_letters(p, r))] + speak_digits_groups(d, [2, 2, 2], r, uk) + [" ".join(spell_letters(s, r))]
    return V("NI_NUMBER", typed, chunks)


def mk_account(r, spoken, uk=True, country="UK"):
    n = 8 if country in ("UK", "IE") else r.choice([9, 10, 12])
    d = str(r.randint(1, 9)) + "".join(str(r.randint(0, 9)) for _ in range(n - 1))
    sizes = [4, 4] if n == 8 else [3, 3, 3, 3][: (n + 2) // 3]
    sizes = [n - sum(sizes[:-1])] if False else sizes
    typed = r.choice([d, d, fmt_groups(d, sizes, " "), fmt_groups(d, sizes, "-")])
    return V("BANK_ACCOUNT", typed, speak_digits_groups(d, sizes if sum(sizes) >= n else sizes + [n - sum(sizes)], r, uk) if spoken else None)


def mk_sort(r, spoken, uk=True):
    d = "%02d%02d%02d" % (r.randint(1, 99), r.randint(0, 99), r.randint(0, 99))
    typed = r.choice([fmt_groups(d, [2, 2, 2], "-"), d, fmt_groups(d, [2, 2, 2], " "), fmt_groups(d, [2, 2, 2], "-")])
    return V("SORT_CODE", typed, speak_digits_groups(d, [2, 2, 2], r, uk) if spoken else None)


def mk_iban(r, spoken, uk=True, country=None):
    cc = country or r.choice(["GB", "IE", "DE", "FR", "NL", "ES"])
    rd = lambda n: "".join(str(r.randint(0, 9)) for _ in range(n))
    rl = lambda n: "".join(r.choice("ABCDEFGHJKLMNPRSTUWXYZ") for _ in range(n))
    bban = {"GB": lambda: rl(4) + rd(14), "IE": lambda: rl(4) + rd(14), "DE": lambda: rd(18),
            "FR": lambda: rd(23), "NL": lambda: rl(4) + rd(10), "ES": lambda: rd(20)}[cc]()
    x = bban + cc + "00"
    chk = 98 - int("".join(str(int(c, 36)) for c in x)) % 97
    iban = cc + "%02d" % chk + bban
    assert iban_ok(iban)
    g = [iban[i:i + 4] for i in range(0, len(iban), 4)]
    typed = r.choice([" ".join(g), iban, " ".join(g).lower(), iban.lower()])
    chunks = None
    for attempt in range(30 if spoken else 0):
        chunks = []
        for grp in g:
            toks, k = [], 0
            while k < len(grp):
                if grp[k].isalpha():
                    toks += spell_letters(grp[k], r, 0.25); k += 1
                else:
                    j = k
                    while j < len(grp) and grp[j].isdigit():
                        j += 1
                    toks += (speak_digits_groups(grp[k:j], [j - k], r, uk) if attempt < 20
                             else digit_words(grp[k:j], r, uk, False)); k = j
            chunks.append(" ".join(toks))
        if to_chars(" ".join(chunks))[0] == iban:
            break
    assert chunks is None or to_chars(" ".join(chunks))[0] == iban, (chunks, iban)
    return V("IBAN", typed, chunks)


def mk_phone(r, spoken, uk=True, country="UK"):
    intl = r.random() < 0.35
    if country == "UK":
        kind = r.random()
        if kind < 0.6:
            nat = "07" + r.choice(["700", "911", "812", "723", "456", "984"]) + "".join(str(r.randint(0, 9)) for _ in range(6))
            sizes = [5, 6] if r.random() < 0.6 else [5, 3, 3]
        else:
            nat = r.choice(["020", "0161", "0113", "0117", "0131", "0141"])
            nat += "".join(str(r.randint(0, 9)) for _ in range(11 - len(nat)))
            sizes = [3, 4, 4] if nat.startswith("020") else [4, 3, 4]
        cc = "44"
    elif country == "US":
        nat = str(r.randint(2, 9)) + "".join(str(r.randint(0, 9)) for _ in range(2)) + "555" + "%04d" % r.randint(100, 199)
        sizes, cc = [3, 3, 4], "1"
    elif country == "IE":
        nat = r.choice(["085", "086", "087", "083", "01"])
        nat += "".join(str(r.randint(0, 9)) for _ in range(10 - len(nat)))
        sizes, cc = ([3, 3, 4] if len(nat) == 10 and not nat.startswith("01") else [2, 4, 4]), "353"
    else:
        cc = r.choice(["49", "33", "34", "31"])
        nat = "0" + r.choice(["15", "6", "6", "6"]) + "".join(str(r.randint(0, 9)) for _ in range(8))
        sizes = [3, 4, 4] if cc == "49" else [2, 2, 2, 2, 2]
        intl = r.random() < 0.7
    if intl:
        full = cc + (nat[1:] if nat.startswith("0") else nat)
        sz = [len(cc)] + ([s for s in sizes] if not nat.startswith("0") else [sizes[0] - 1] + sizes[1:])
        sz = [s for s in sz if s > 0]
        typed = r.choice(["+" + fmt_groups(full, sz, " "), "+" + full, "00" + fmt_groups(full, sz, " ")])
        if typed.startswith("00"):
            pass
        chunks = None
        if spoken:
            chunks = speak_digits_groups(full, sz, r, uk)
            chunks[0] = r.choice(["plus ", "plus ", "double oh "]) + chunks[0] if True else chunks[0]
            if chunks[0].startswith("double oh") and not to_chars(" ".join(chunks))[0].startswith("00"):
                chunks[0] = "plus " + chunks[0][len("double oh "):]
    else:
        if country == "US":
            typed = r.choice(["(%s) %s-%s" % (nat[:3], nat[3:6], nat[6:]), "%s-%s-%s" % (nat[:3], nat[3:6], nat[6:]),
                              "%s.%s.%s" % (nat[:3], nat[3:6], nat[6:]), nat])
        else:
            typed = r.choice([fmt_groups(nat, sizes, " "), nat, fmt_groups(nat, sizes, "-")])
        chunks = speak_digits_groups(nat, sizes, r, uk) if spoken else None
    return V("PHONE", typed, chunks)


def mk_email(r, spoken, uk=True):
    f, l = r.choice(FIRST), r.choice(LAST)
    num = str(r.randint(1, 99)) if r.random() < 0.4 else ""
    form = r.randint(0, 4)
    local = [f + "." + l, f[0] + "." + l, f + "_" + l[0], f + l, l + "." + f[0]][form] + num
    dom = r.choice(DOMAINS)
    typed = local + "@" + dom
    c = r.random()
    if c < 0.15:
        typed = typed.upper()
    elif c < 0.3:
        typed = typed[0].upper() + typed[1:]
    chunks = None
    if spoken:
        lp = []
        for piece in re.split(r"([._])", local):
            if piece == ".":
                lp.append("dot")
            elif piece == "_":
                lp.append("underscore")
            elif piece.isdigit():
                lp.append(" ".join(digit_words(piece, r, uk, False)).replace("oh", "zero"))
            elif piece:
                m = re.match(r"([a-z]+)(\d*)", piece)
                w, dg = m.group(1), m.group(2)
                if len(w) == 1:
                    lp.append(" ".join(spell_letters(w, r, 0.4)))
                elif r.random() < 0.2:
                    lp.append(" ".join(spell_letters(w, r, 0.15)))
                else:
                    lp.append(w)
                if dg:
                    lp.append(" ".join(UNITS[int(x)] for x in dg))
        chunks = [" ".join(lp), "at " + dom.replace(".", " dot ")]
    return V("EMAIL", typed, chunks)


def mk_dob(r, spoken, uk=True, us=False):
    y, m, d = r.randint(1942, 2004), r.randint(1, 12), r.randint(1, 28)
    yy = y % 100
    if us:
        typed = r.choice(["%02d/%02d/%d" % (m, d, y), "%s %d, %d" % (MONTHS[m - 1].title(), d, y), "%d-%02d-%02d" % (y, m, d) if False else "%d/%d/%d" % (m, d, y)])
    else:
        typed = r.choice(["%02d/%02d/%d" % (d, m, y), "%02d.%02d.%02d" % (d, m, yy), "%d %s %d" % (d, MONTHS[m - 1].title(), y),
                          "%d%s %s %d" % (d, "th" if d > 3 and d < 21 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th"), MON3[m - 1].title(), y),
                          "%02d-%02d-%d" % (d, m, y)])
    chunks = None
    if spoken:
        if y < 2000:
            ys = r.choice(["nineteen " + pair_word("%02d" % yy), pair_word("%02d" % yy)])
        else:
            ys = "two thousand and " + UNITS[yy] if False else "twenty " + ("oh " + UNITS[yy] if yy < 10 else pair_word("%02d" % yy))
        c = r.random()
        if c < 0.4:
            s = "%s %s %s" % (ORD[d], r.choice(["of ", ""]) + MONTHS[m - 1], ys)
            s = ("the " + s) if r.random() < 0.2 else s
        elif c < 0.7:
            s = "%s %s %s" % (MONTHS[m - 1], ORD[d] if r.random() < 0.6 else (pair_word("%02d" % d) if d >= 10 else UNITS[d]), ys)
        else:
            a, b = (m, d) if us else (d, m)
            s = " ".join(digit_words("%02d%02d" % (a, b), r, uk, False)) + " " + ys
        if r.random() < 0.15:
            s = s[: len(s) - len(ys)] + r.choice(["um ", "uh ", "er "]) + ys
        chunks = [s]
    return V("DOB", typed, chunks, False)


def mk_postcode(r, spoken, uk=True, country="UK"):
    if country == "UK":
        area = r.choice(UK_AREAS)
        dist = str(r.randint(1, 20 if len(area) == 2 else 9))
        if area in ("SW", "EC", "W", "N") and r.random() < 0.2:
            dist = "1" + r.choice("ACP")
        inward = str(r.randint(0, 9)) + r.choice(INWARD_LETTERS) + r.choice(INWARD_LETTERS)
        pc = area + dist + inward
        typed = r.choice([area + dist + " " + inward, area + dist + " " + inward, pc.lower(), (area + dist + " " + inward).lower(), pc])
        chunks = None
        if spoken:
            out = spell_letters(area, r, 0.2)
            out += [speak_group(dist, r) if dist.isdigit() and r.random() < 0.5 else " ".join(spell_letters(dist, r, 0))]
            chunks = [" ".join(out), " ".join(spell_letters(inward, r, 0.3))]
            if to_chars(" ".join(chunks))[0] != pc:
                chunks = [" ".join(spell_letters(area + dist, r, 0)), " ".join(spell_letters(inward, r, 0))]
        return V("POSTCODE", typed, chunks, False)
    z = "%05d" % r.randint(10001, 99950)
    plus4 = r.random() < 0.25
    full = z + ("%04d" % r.randint(1, 9999) if plus4 else "")
    typed = z + ("-" + full[5:] if plus4 else "")
    chunks = [" ".join(digit_words(full, r, False, r.random() < 0.5))] if spoken else None
    return V("POSTCODE", typed, chunks, False)


def mk_address(r, spoken, uk=True, country="UK"):
    num = r.randint(1, 240) if country != "US" else r.randint(10, 4999)
    street = r.choice(STREET_NAMES)
    suf = r.choice(["road", "street", "lane", "avenue", "close", "drive", "crescent", "terrace", "gardens", "grove", "way", "court"]
                   if country != "US" else ["street", "avenue", "drive", "boulevard", "lane", "court", "way"])
    flat = r.random() < 0.25
    fl = r.randint(1, 30)
    if spoken:
        def numw(n):
            s = str(n)
            if n < 10:
                return UNITS[n]
            if n < 100:
                return pair_word(s)
            if len(s) == 3 and s[1:] != "00" and s[1] != "0":
                return UNITS[int(s[0])] + " hundred and " + pair_word(s[1:]) if r.random() < 0.5 else UNITS[int(s[0])] + " " + pair_word(s[1:])
            return " ".join(digit_words(s, r, uk, False)) if len(s) != 4 else pair_word(s[:2]) + " " + (pair_word(s[2:]) if s[2] != "0" else "oh " + UNITS[int(s[3])])
        s = numw(num) + " " + street + " " + suf
        if flat:
            s = r.choice(["flat ", "apartment ", "unit "]) + numw(fl) + r.choice([" ", ", "]) + s
        return V("ADDRESS", s.title() if False else s, [s], False)
    sufw = suf if r.random() < 0.7 else {"road": "Rd", "street": "St", "avenue": "Ave", "drive": "Dr", "boulevard": "Blvd"}.get(suf, suf)
    s = "%d %s %s" % (num, street.title(), sufw.title() if sufw.islower() else sufw)
    if flat:
        s = r.choice(["Flat %d, ", "Apt %d, ", "Apt. %dB ", "Unit %d "]) % fl + s
    if r.random() < 0.2:
        s = s.lower()
    return V("ADDRESS", s, None, False)


# ----------------------------------------------------------------------------- case building
class Case:
    def __init__(self, cid, kind, note, spoken):
        self.cid, self.kind, self.note, self.spoken = cid, kind, note, spoken
        self.turns = []  # list of (speaker, [segments]) ; segment = str | (text, type, gid)
        self.gid = 0

    def new_gid(self):
        self.gid += 1
        return self.gid

    def say(self, speaker, *segs):
        self.turns.append((speaker, [s for s in segs if s != ""]))

    def build(self):
        turns, spans, groups = [], [], {}
        for ti, (spk, segs) in enumerate(self.turns):
            text = ""
            for s in segs:
                if isinstance(s, tuple):
                    st = len(text); text += s[0]
                    spans.append({"turn": ti, "start": st, "end": len(text), "type": s[1]})
                    groups.setdefault(s[2], []).append((ti, st, len(text), s[1]))
                else:
                    text += s
            turns.append({"speaker": spk, "text": text})
        spans.sort(key=lambda x: (x["turn"], x["start"]))
        rec = {"id": self.cid, "kind": self.kind, "turns": turns, "spans": spans, "note": self.note}
        return rec, groups


def plain(case, s, r):
    """Style ordinary text: ASR lower-case, no punctuation; chat gets occasional typos."""
    if case.spoken:
        s = s.lower()
        s = re.sub(r"[,.?!;:]", "", s)
        s = s.replace("'", "") if r.random() < 0.3 else s
        return s
    if r.random() < 0.15:
        s = s.replace("number", r.choice(["numbr", "no.", "num"]), 1).replace("account", r.choice(["acct", "accout"]), 1)
    if r.random() < 0.1:
        s = s.lower()
    return s


BACKCHANNEL = ["mhm", "go on", "yep", "okay", "uh huh", "right", "got that", "yes go ahead", "and then", "mm hm"]
ASIDES = ["sorry the dog is going mad", "hang on the kids are shouting", "sorry i am driving", "one sec my glasses",
          "sorry someone at the door", "hold on its in my other bag", "sorry bad signal here"]


def give_value(case, r, v, lead, asker=None, readback=None, who="customer", allow_split=True):
    """Emit turns where `who` gives value v. Returns nothing; spans grouped by gid."""
    c = case
    if asker:
        c.say("agent", plain(c, asker, r))
    if not c.spoken:
        g = c.new_gid()
        tail = r.choice(["", "", ".", " thanks", " :)", " pls"]) if who == "customer" else ""
        c.say(who, plain(c, lead, r), (v.typed, v.typ, g), tail)
    else:
        chunks = list(v.chunks)
        mode = r.random()
        if allow_split and v.splittable and len(chunks) >= 3 and mode < 0.35:
            k = sorted(r.sample(range(1, len(chunks)), min(2, len(chunks) - 1) if r.random() < 0.4 else 1))
            parts = [chunks[a:b] for a, b in zip([0] + k, k + [len(chunks)])]
            g = c.new_gid()
            for pi, p in enumerate(parts):
                txt = _with_filler(p, r)
                if pi == 0:
                    c.say(who, plain(c, lead, r), (txt, v.typ, g))
                else:
                    c.say(who, *([(txt, v.typ, g)] if r.random() < 0.6 else [r.choice(["then ", "and ", "um "]), (txt, v.typ, g)]))
                if pi < len(parts) - 1:
                    c.say("agent" if who == "customer" else "customer", r.choice(BACKCHANNEL))
        elif allow_split and v.splittable and len(chunks) >= 3 and mode < 0.5:
            k = r.randint(1, len(chunks) - 1)
            g = c.new_gid()
            c.say(who, plain(c, lead, r), (_with_filler(chunks[:k], r), v.typ, g), " sorry " + r.choice(ASIDES) + " ",
                  (_with_filler(chunks[k:], r), v.typ, g))
        else:
            g = c.new_gid()
            pre = r.choice(["", "", "", "um ", "hang on let me find it right ", "uh "])
            c.say(who, plain(c, pre + lead, r), (_with_filler(chunks, r), v.typ, g), r.choice(["", "", " yeah", " i think"]))
    if readback:
        g = c.new_gid()
        if c.spoken:
            txt = " ".join(readback.chunks)
            c.say("agent", r.choice(["so thats ", "let me read that back ", "just to confirm ", "so "]), (txt, v.typ, g),
                  r.choice([" is that right", " yeah", " correct", ""]))
        else:
            c.say("agent", r.choice(["Thanks, so that's ", "Just to confirm: ", "Got it - "]), (readback.typed, v.typ, g), r.choice(["?", " - correct?", ""]))
        c.say(who, plain(c, r.choice(["Yes that's right", "Yep", "Correct", "That's it yeah", "yes"]), r))


def _with_filler(chunks, r):
    out = []
    for i, ch in enumerate(chunks):
        out.append(ch)
        if i < len(chunks) - 1 and r.random() < 0.12:
            out.append(r.choice(["um", "uh", "er", "erm"]))
    return " ".join(out)


def rerender(v, r, maker, **kw):
    """A fresh rendering of the same value for read-backs (spoken) or same typed text."""
    if v.chunks is None:
        return v
    # re-speak from canonical characters
    canon = to_chars(" ".join(v.chunks))[0]
    if v.typ in ("CARD_NUMBER", "SSN", "SORT_CODE", "BANK_ACCOUNT", "CVV") and canon.isdigit():
        sizes = {"SSN": [3, 2, 4], "SORT_CODE": [2, 2, 2]}.get(v.typ, [4] * 5 if v.typ != "CVV" else [len(canon)])
        return V(v.typ, v.typed, speak_digits_groups(canon, sizes, r, kw.get("uk", True)))
    return v


INDUSTRY = {
    "banking": ("Northbank", ["I want to query a payment I don't recognise", "I need to set up a new payee",
                              "my card was declined at the shop", "I'd like to change my direct debit"]),
    "telecom": ("Vireo Mobile", ["my bill is way higher than normal", "I want to upgrade my phone",
                                 "the broadband keeps dropping", "I was charged for roaming"]),
    "utilities": ("BrightGrid Energy", ["my estimated bill is wrong", "I'm moving house next month",
                                        "I want to set up a payment plan", "the smart meter stopped sending readings"]),
    "retail": ("Harlow & Finch", ["my order never arrived", "I got the wrong size", "I want a refund for a faulty kettle",
                                  "the parcel says delivered but it isn't here"]),
    "insurance": ("Castlegate Insurance", ["I need to make a claim", "my renewal price has gone up a lot",
                                           "I want to add my son to the car policy", "I want to cancel my home cover"]),
    "travel": ("SkyLark Travel", ["my flight was cancelled", "I need to change the names on the booking",
                                  "I want a refund for the hotel", "my bag didn't arrive"]),
    "healthcare billing": ("Mercy Valley Billing", ["I got a bill I already paid", "my insurance should have covered this",
                                                    "I need a payment plan for a hospital bill", "I was billed twice for one visit"]),
    "government services": ("the Benefits Helpline", ["I haven't received my payment", "I need to report a change of address",
                                                      "I want to check my tax code", "my application is still pending"]),
}


def distractor(r, spoken, role="agent"):
    """Non-PII numeric content (with its label / context) - never labelled."""
    def num(n):
        return spoken_num(n) if spoken else str(n)
    dg = lambda n: "".join(str(r.randint(0, 9)) for _ in range(n))
    dw = lambda n: " ".join(digit_words(dg(n), r))
    agent = [
        lambda: "the last bill came to %s" % (("%s pounds %s" % (spoken_num(r.randint(40, 900)), spoken_num(r.randint(1, 99)))) if spoken else "£%d.%02d" % (r.randint(40, 900), r.randint(0, 99))),
        lambda: "the outstanding balance is %s" % (("%s dollars and %s cents" % (spoken_num(r.randint(100, 9999)), spoken_num(r.randint(1, 99)))) if spoken else "$%d.%02d" % (r.randint(100, 9999), r.randint(0, 99))),
        lambda: "the order number is %s" % (dw(10) if spoken else "#" + dg(10)),
        lambda: "your complaint reference is %s" % (dw(12) if spoken else "REF-" + dg(4) + "-" + dg(4) + "-" + dg(4)),
        lambda: "the refund went back to the card ending %s" % (dw(4) if spoken else dg(4)),
        lambda: "the team are in from %s till %s" % (("eight thirty", "six") if spoken else ("8:30am", "6pm")),
        lambda: "the last meter reading we have is %s" % (dw(5) if spoken else dg(5)),
        lambda: "the tracking number is %s" % (" ".join(spell_letters("1Z" + dg(8), r, 0)) if spoken else "1Z" + dg(3) + "AA" + dg(10)),
        lambda: "the claim number is %s" % (dw(8) if spoken else "CLM-20%d-%s" % (r.randint(19, 26), dg(7))),
        lambda: "invoice %s was issued on the %s" % ((dw(9), ORD[r.randint(1, 28)]) if spoken else ("INV" + dg(9), "%02d/%02d/2025" % (r.randint(1, 28), r.randint(1, 12)))),
        lambda: "policy number %s renews on %s" % ((dw(8), "the first of june") if spoken else ("PL" + dg(8), "01/06/2026")),
        lambda: "the e-ticket number is %s" % (dw(13) if spoken else dg(3) + "-" + dg(10)),
        lambda: "the price went up by %s percent" % num(r.randint(3, 40)),
        lambda: "an engineer can come on the %s of %s between %s" % ((ORD[r.randint(1, 28)], MONTHS[r.randint(0, 11)], "eight and one") if spoken else (ORD[r.randint(1, 28)], MONTHS[r.randint(0, 11)].title(), "8am and 1pm")),
        lambda: "the next payment of %s is due on the %s" % (("%s pounds" % spoken_num(r.randint(20, 300)), ORD[r.randint(1, 28)]) if spoken else ("£%d" % r.randint(20, 300), "%02d/%02d/2026" % (r.randint(1, 28), r.randint(1, 12)))),
        lambda: "your contract ends on %s" % ("the thirty first of august twenty twenty six" if spoken else "31/08/2026"),
        lambda: "flight %s now leaves from gate %s at %s" % (("e i one five four", "twelve", "fourteen twenty") if spoken else ("EI%d" % r.randint(100, 999), str(r.randint(1, 40)), "14:20")),
        lambda: "the model number %s is covered for %s months" % (("k d fifty five x eighty j", "twenty four") if spoken else ("KD-55X80J", "24")),
        lambda: "the case number is %s" % (dw(16) if spoken else " ".join(_split(dg(16), [4, 4, 4, 4]))),
        lambda: "you used %s gigabytes of data last month" % num(r.randint(2, 90)),
        lambda: "the hold time today is about %s minutes" % num(r.randint(5, 45)),
    ]
    cust = [
        lambda: "I waited %s minutes on hold last time" % num(r.randint(20, 95)),
        lambda: "my mum is %s and she relies on it" % num(r.randint(70, 95)),
        lambda: "it was %s degrees in the house" % num(r.randint(9, 31)),
        lambda: "I've been a customer since %s" % ("twenty " + pair_word("%02d" % r.randint(11, 24)) if spoken else str(r.randint(2005, 2024))),
        lambda: "I was in room %s, seat %s on the way back" % ((spoken_num(r.randint(100, 599)), "twenty three c") if spoken else (str(r.randint(100, 599)), "%d%s" % (r.randint(1, 40), r.choice("ABCDEF")))),
        lambda: "there were %s items in the order" % num(r.randint(2, 14)),
        lambda: "the van couldn't get past the roadworks on %s Road" % r.choice(["Station", "Mill", "Church", "London"]),
        lambda: "the reading on the meter today says %s" % (dw(5) if spoken else dg(5)),
        lambda: "I paid with the card ending %s" % (dw(4) if spoken else dg(4)),
        lambda: "the receipt says transaction %s" % (dw(12) if spoken else dg(12)),
        lambda: "it cost me %s to get a taxi" % ("forty five quid" if spoken else "£45"),
        lambda: "the serial on the box is %s" % (" ".join(spell_letters("SN" + dg(10), r, 0)) if spoken else "SN" + dg(4) + "-" + dg(4) + "-" + dg(2)),
        lambda: "I'm usually free after %s" % ("half five" if spoken else "5:30"),
        lambda: "the kids are %s and %s" % (num(r.randint(3, 9)), num(r.randint(10, 16))),
    ]
    return r.choice(agent if role == "agent" else cust)()


def spoken_num(n):
    if n < 10:
        return UNITS[n]
    if n < 100:
        return pair_word(str(n))
    h, rest = divmod(n, 100)
    if h >= 10:
        return pair_word(str(n)[:2]) + " " + (pair_word("%02d" % rest) if rest >= 10 else ("hundred" if rest == 0 else "oh " + UNITS[rest]))
    if rest == 0:
        return UNITS[h] + " hundred"
    return UNITS[h] + " hundred and " + (pair_word("%02d" % rest) if rest >= 10 else UNITS[rest])


PAIRS = [("Can you tell me why it changed?", "Of course. So {a}."),
         ("{c}, so I really need this sorted", "I understand, I'll get that sorted for you. {a}."),
         ("What's the status now?", "Okay, I can see {a}."),
         ("OK and what happens next?", "So {a}, and you'll get a text once it's done."),
         ("{c}. Just so you know.", "Thanks for letting me know, I've noted that on the account."),
         ("hmm ok", "Bear with me a moment while I check. Right, {a}."),
         ("Honestly it's been going on for {d}", "I'm really sorry about that. {a}."),
         ("Is there a reference I can note down?", "Yes, {a}."),
         ("{c}", "Okay, no problem at all."),
         ("The last person I spoke to said {a2}", "Let me double check that. Yes, {a}."),
         ("Can you put that in writing?", "I can, I'll send a summary out today."),
         ("Why does it take so long though", "I know, it shouldn't. {a}.")]
DURS = ["three weeks", "a couple of days", "since Monday", "two months", "about ten days"]


def fill_turns(case, target):
    """Even number of chatter turns so the call (plus 3 closing turns) lands in 15..40 turns."""
    n = max(0, target - len(case.turns) - 3)
    n += n % 2
    while len(case.turns) + n + 3 > 40:
        n -= 2
    while len(case.turns) + n + 3 < 15:
        n += 2
    return max(0, n)


def chatter(case, r, n, industry):
    picks = r.sample(PAIRS, len(PAIRS)) * 3
    for k in range(n // 2):
        c, a = picks[k]
        sub = lambda t: t.replace("{d}", r.choice(DURS)).replace("{a2}", distractor(r, case.spoken, "agent")).replace(
            "{a}", distractor(r, case.spoken, "agent")).replace("{c}", distractor(r, case.spoken, "customer"))
        c, a = sub(c), sub(a)
        if not case.spoken:
            c = c[0].upper() + c[1:]
            a = a.replace(". ", ". ").replace(".. ", ". ")
        case.say("customer", plain(case, c, r))
        case.say("agent", plain(case, a, r))


def opening(case, r, industry, country):
    brand, reasons = INDUSTRY[industry]
    if case.spoken:
        case.say("agent", plain(case, "Thank you for calling %s, my name is %s, how can I help?" % (brand, r.choice(FIRST).title()), r))
        case.say("customer", plain(case, r.choice(["hi yeah um ", "hiya ", "hello there ", "oh hi "]) + r.choice(reasons), r))
    else:
        case.say("agent", "Hi, you're chatting with %s at %s. How can I help today?" % (r.choice(FIRST).title(), brand))
        case.say("customer", plain(case, r.choice(["hi, ", "Hello - ", "hey ", ""]) + r.choice(reasons), r))
    case.say("agent", plain(case, r.choice(["I can help with that. First I need to verify a few details.",
                                             "Sure, before I go into the account I just need to ask some security questions.",
                                             "No problem, can I just take some details first?"]), r))
    case.say("customer", plain(case, r.choice(["Sure", "ok go on", "Yeah that's fine", "fine"]), r))


def closing(case, r):
    case.say("agent", plain(case, "Is there anything else I can help with today?", r))
    case.say("customer", plain(case, r.choice(["No that's everything thanks", "no thats it cheers", "Nope, thanks for your help"]), r))
    case.say("agent", plain(case, r.choice(["Thanks for contacting us, have a lovely day.", "You're welcome, take care, bye now."]), r))


# -- PII scenes ------------------------------------------------------------------
def sc_card(case, r, country, uk):
    sp = case.spoken
    v = mk_card(r, sp, uk)
    rb = rerender(v, r, mk_card, uk=uk) if r.random() < 0.35 else None
    give_value(case, r, v, r.choice(["", "its ", "card number is ", "yeah it's ", "long number: ", "the card is a visa ", "ok ready? "]),
               asker=r.choice(["Can I take the long card number please?", "What's the 16 digit number on the front of the card?",
                               "Okay, go ahead with the card number when you're ready."]), readback=rb)
    if r.random() < 0.8:
        e = mk_expiry(r, sp, uk)
        give_value(case, r, e, r.choice(["", "expires ", "its ", "exp "]), asker="And the expiry date?")
    if r.random() < 0.75:
        cv = mk_cvv(r, sp, uk)
        give_value(case, r, cv, r.choice(["", "its ", "cvv is ", "the three digits are "]), asker="And the security code on the back?")
    if sp and r.random() < 0.3:
        case.say("agent", "okay and the card ending %s will be used for this payment" % " ".join(digit_words(to_chars(" ".join(v.chunks))[0][-4:], r)))


def sc_ssn(case, r, country, uk):
    v = mk_ssn(r, case.spoken)
    rb = rerender(v, r, mk_ssn, uk=False) if r.random() < 0.3 else None
    give_value(case, r, v, r.choice(["", "sure its ", "social is ", "SSN: ", "ok its "]),
               asker=r.choice(["Can I get your Social Security number to verify the account?", "What's the social on the account?",
                               "For verification I need the full SSN please."]), readback=rb)


def sc_ni(case, r, country, uk):
    v = mk_ni(r, case.spoken, uk)
    give_value(case, r, v, r.choice(["", "its ", "NI number is ", "national insurance: ", "right its "]),
               asker=r.choice(["Can you confirm your National Insurance number?", "What's your NI number please?",
                               "I'll need your national insurance number to find the claim."]),
               readback=v if r.random() < 0.25 else None)


def sc_dob(case, r, country, uk):
    v = mk_dob(r, case.spoken, uk, us=(country == "US"))
    give_value(case, r, v, r.choice(["", "its ", "born ", "DOB ", "date of birth is "]),
               asker=r.choice(["And your date of birth?", "Can I take your date of birth please?", "What's the date of birth on the account?"]))


def sc_address(case, r, country, uk):
    sp = case.spoken
    town = r.choice({"UK": TOWNS_UK, "US": TOWNS_US, "IE": TOWNS_IE}.get(country, TOWNS_EU))
    a = mk_address(r, sp, uk, country)
    pc = mk_postcode(r, sp, uk, "US" if country == "US" else "UK") if country in ("UK", "US") else None
    case.say("agent", plain(case, r.choice(["Can you confirm the first line of your address and the postcode?", "What's the address on the account?",
                                            "And the new address please?"]) if country != "US" else "What's the billing address and ZIP code?", r))
    ga, gp = case.new_gid(), case.new_gid()
    townt = town.lower() if sp else town
    if sp:
        if pc and r.random() < 0.5:
            case.say("customer", r.choice(["its ", "", "yeah its "]), (a.chunks[0], "ADDRESS", ga), " " + townt)
            case.say("agent", r.choice(["and the postcode", "and the zip", "lovely and postcode"]) if country != "US" else "and the zip")
            case.say("customer", "", (" ".join(pc.chunks), "POSTCODE", gp))
        else:
            segs = [r.choice(["its ", "", "um "]), (a.chunks[0], "ADDRESS", ga), " " + townt]
            if pc:
                segs += [" ", (" ".join(pc.chunks), "POSTCODE", gp)]
            case.say("customer", *segs)
    else:
        segs = [plain(case, r.choice(["", "It's ", "address: "]), r), (a.typed, "ADDRESS", ga), r.choice([", ", " ", "\n"]) + townt]
        if pc:
            segs += [r.choice([", ", " ", "\n"]), (pc.typed, "POSTCODE", gp)]
        case.say("customer", *segs)
    if pc and r.random() < 0.3:
        g = case.new_gid()
        case.say("agent", plain(case, "Thanks, so that's postcode ", r), (" ".join(pc.chunks) if sp else pc.typed, "POSTCODE", g), "" if sp else "?")
        case.say("customer", plain(case, "Yes", r))


def sc_postcode_only(case, r, country, uk):
    v = mk_postcode(r, case.spoken, uk, "US" if country == "US" else "UK")
    give_value(case, r, v, r.choice(["", "its ", "postcode is ", "zip is "]),
               asker="Can you confirm the postcode on the account?" if country != "US" else "And the ZIP code on file?")


def sc_phone(case, r, country, uk):
    sp = case.spoken
    if r.random() < 0.25:
        old = mk_phone(r, sp, uk, country)
        give_value(case, r, old, r.choice(["its ", "", "mobile is "]), asker="What's the best contact number for you?")
        case.say("agent", plain(case, "I've got a different number on file actually", r))
        new = mk_phone(r, sp, uk, country)
        give_value(case, r, new, plain(case, r.choice(["oh sorry thats my old one, the new one is ", "oh no wait its ", "sorry wrong one, its "]), r))
    else:
        v = mk_phone(r, sp, uk, country)
        give_value(case, r, v, r.choice(["", "its ", "mob: ", "my number is ", "you can get me on "]),
                   asker=r.choice(["What's the best contact number for you?", "Can I take a phone number in case we get cut off?"]),
                   readback=v if r.random() < 0.3 else None)


def sc_email(case, r, country, uk):
    v = mk_email(r, case.spoken, uk)
    if case.spoken:
        v.chunks = [v.chunks[0], v.chunks[1]]
        v.splittable = r.random() < 0.3
        if v.splittable:
            g = case.new_gid()
            case.say("agent", "and whats the email address")
            case.say("customer", "its ", (v.chunks[0], "EMAIL", g))
            case.say("agent", r.choice(["mhm", "yep", "okay"]))
            case.say("customer", "", (v.chunks[1], "EMAIL", g))
            return
        v.chunks = [" ".join(v.chunks)]
    give_value(case, r, v, r.choice(["", "its ", "email: ", "my email is ", "send it to "]),
               asker=r.choice(["And what email address should we send the confirmation to?", "Can I get an email address?"]),
               readback=v if r.random() < 0.3 else None, allow_split=False)


def sc_dd(case, r, country, uk):
    sp = case.spoken
    case.say("agent", plain(case, "Okay, to set up the direct debit I'll need the bank details.", r))
    if country == "UK":
        s = mk_sort(r, sp, uk)
        give_value(case, r, s, r.choice(["", "sort code ", "its ", "sort code is "]), asker="What's the sort code?",
                   readback=rerender(s, r, mk_sort, uk=uk) if r.random() < 0.3 else None)
        a = mk_account(r, sp, uk, country)
        give_value(case, r, a, r.choice(["", "acct no: ", "account number ", "its "]), asker="And the account number?",
                   readback=rerender(a, r, mk_account, uk=uk) if r.random() < 0.3 else None)
    elif country == "US":
        a = mk_account(r, sp, uk, country)
        give_value(case, r, a, r.choice(["", "checking account is ", "acct # ", "its "]), asker="What's the checking account number?",
                   readback=rerender(a, r, mk_account, uk=uk) if r.random() < 0.3 else None)
    else:
        cc = "IE" if country == "IE" else r.choice(["DE", "FR", "NL", "ES"])
        v = mk_iban(r, sp, uk, cc)
        give_value(case, r, v, r.choice(["", "IBAN is ", "its ", "iban: "]), asker="Can I take your IBAN please?", readback=v if r.random() < 0.3 else None)


def sc_iban(case, r, country, uk):
    v = mk_iban(r, case.spoken, uk, r.choice(["GB", "IE", "DE", "FR", "NL", "ES"]))
    give_value(case, r, v, r.choice(["", "IBAN: ", "its ", "the iban is "]), asker="For the refund, can I take the IBAN of the account?")


SCENES = {"CARD": sc_card, "SSN": sc_ssn, "NI": sc_ni, "DOB": sc_dob, "ADDR": sc_address, "PC": sc_postcode_only,
          "PHONE": sc_phone, "EMAIL": sc_email, "DD": sc_dd, "IBAN": sc_iban}


def make_positive(i, r):
    industry = list(INDUSTRY)[i % len(INDUSTRY)]
    country = ["UK", "US", "IE", "UK", "US", "EU"][(i * 7 + i // 6) % 6]
    if industry == "healthcare billing":
        country = "US"
    uk = country != "US"
    spoken = r.random() < 0.6
    case = Case("h393-pos-%03d" % (i + 1), "positive", "", spoken)
    opening(case, r, industry, country)
    scenes = []
    if country == "US":
        scenes.append("SSN" if r.random() < 0.75 else "DOB")
    elif country == "UK" and (industry in ("government services", "banking", "insurance", "utilities", "telecom") or r.random() < 0.5):
        scenes.append("NI" if r.random() < 0.85 else "DOB")
    else:
        scenes.append(r.choice(["DOB", "PC", "ADDR"]))
    if r.random() < 0.45:
        scenes.append(r.choice(["DOB", "PC", "ADDR"]))
    if i % 3 == 0 or r.random() < 0.15:
        scenes.append("CARD")
    if industry in ("banking", "utilities", "insurance", "government services") and r.random() < 0.5 or r.random() < 0.12:
        scenes.append("DD")
    if r.random() < 0.4:
        scenes.append(r.choice(["PHONE", "EMAIL", "ADDR"]))
    if country == "EU" and r.random() < 0.3 or r.random() < 0.04:
        scenes.append("IBAN")
    if r.random() < 0.3:
        scenes.append(r.choice(["PHONE", "EMAIL"]))
    if country in ("IE", "EU"):
        scenes = ["DOB" if s == "PC" else s for s in scenes]
    seen, order = set(), []
    for s in scenes:
        if s not in seen:
            seen.add(s); order.append(s)
    target = r.randint(15, 40)
    for k, s in enumerate(order):
        if k > 0 and len(case.turns) > 23:
            order = order[:k]
            break
        SCENES[s](case, r, country, uk)
        if k == 0:
            chatter(case, r, r.randint(2, 5), industry)
    chatter(case, r, fill_turns(case, target), industry)
    closing(case, r)
    case.note = "%s %s %s call: %s" % (country, industry, "ASR" if spoken else "chat", ", ".join(order).lower())
    return case


def make_negative(i, r):
    industry = list(INDUSTRY)[(i * 3) % len(INDUSTRY)]
    country = ["UK", "US", "IE", "EU"][i % 4]
    spoken = r.random() < 0.6
    case = Case("h393-neg-%03d" % (i + 1), "negative", "", spoken)
    opening(case, r, industry, country)
    # tricky: long digit strings read like card numbers but labelled as something else
    dg = "".join(str(r.randint(0, 9)) for _ in range(r.choice([12, 16, 16, 18])))
    label = r.choice(["order number", "booking reference", "tracking number", "claim reference", "policy number", "invoice number", "case number", "serial number"])
    if spoken:
        chunks = speak_digits_groups(dg, [4] * 5, r, country != "US")
        case.say("agent", "can you give me the %s please" % label)
        case.say("customer", "yeah the %s is %s" % (label, chunks[0]))
        case.say("agent", r.choice(BACKCHANNEL))
        case.say("customer", " ".join(chunks[1:]) + " thats the %s" % label)
        case.say("agent", "lovely thats found the %s" % label)
    else:
        case.say("agent", "Can I have the %s?" % label)
        case.say("customer", plain(case, "%s: %s" % (label.title(), fmt_groups(dg, [4] * 5, r.choice([" ", "-", ""]))), r))
    if r.random() < 0.6:
        l4 = "".join(str(r.randint(0, 9)) for _ in range(4))
        case.say("agent", plain(case, "I can see the payment was taken from the card ending %s." % (" ".join(digit_words(l4, r)) if spoken else l4), r))
        case.say("customer", plain(case, "Yes that's the one", r))
    target = r.randint(15, 40)
    chatter(case, r, fill_turns(case, target), industry)
    closing(case, r)
    case.note = "%s %s %s: no PII, %s plus distractors" % (country, industry, "ASR" if spoken else "chat", label)
    return case


def generate():
    recs, groups = [], []
    for i in range(220):
        rec, g = make_positive(i, R).build()
        recs.append(rec); groups.append(g)
    for i in range(110):
        rec, g = make_negative(i, R).build()
        recs.append(rec); groups.append(g)
    data = "".join(json.dumps(x, ensure_ascii=False) + "\n" for x in recs)
    return data, recs, groups


def check(data, recs, groups):
    errs = []
    with open(OUT, encoding="utf-8") as f:
        if f.read() != data:
            errs.append("file differs from regeneration")
    ids = [x["id"] for x in recs]
    if len(ids) != len(set(ids)):
        errs.append("duplicate ids")
    counts = Counter()
    for rec, g in zip(recs, groups):
        n = len(rec["turns"])
        if not 15 <= n <= 40:
            errs.append("%s: %d turns" % (rec["id"], n))
        for t in rec["turns"]:
            if t["speaker"] not in ("customer", "agent"):
                errs.append("bad speaker")
        if rec["kind"] == "negative" and rec["spans"]:
            errs.append(rec["id"] + ": negative with spans")
        if rec["kind"] == "positive" and not rec["spans"]:
            errs.append(rec["id"] + ": positive without spans")
        prev = None
        for s in rec["spans"]:
            txt = rec["turns"][s["turn"]]["text"]
            if not (0 <= s["start"] < s["end"] <= len(txt)):
                errs.append("%s: offset out of range" % rec["id"]); continue
            v = txt[s["start"]:s["end"]]
            if not (v[0].isalnum() or v[0] in "+(") or not v[-1].isalnum() or v != v.strip():
                errs.append("%s: span edges %r" % (rec["id"], v))
            if s["start"] > 0 and txt[s["start"] - 1].isalnum() or s["end"] < len(txt) and txt[s["end"]].isalnum():
                errs.append("%s: not on word boundary %r" % (rec["id"], v))
            if prev and prev["turn"] == s["turn"] and s["start"] < prev["end"]:
                errs.append("%s: overlapping spans" % rec["id"])
            if s["type"] not in TYPES:
                errs.append("bad type")
            prev = s
            counts[s["type"]] += 1
        for gid, parts in g.items():
            typ = parts[0][3]
            texts = [rec["turns"][t]["text"][a:b] for t, a, b, _ in parts]
            if typ in ("CARD_NUMBER", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE", "IBAN", "PHONE", "POSTCODE", "CVV"):
                ok = valid(typ, " ".join(texts)) if typ != "EMAIL" else True
            else:
                ok = valid(typ, " ".join(texts))
            if not ok:
                errs.append("%s: invalid %s %r" % (rec["id"], typ, texts))
    npos = sum(1 for x in recs if x["kind"] == "positive")
    nneg = len(recs) - npos
    if npos < 200 or nneg < 100:
        errs.append("too few cases")
    for t, m in MINIMA.items():
        if counts[t] < m:
            errs.append("too few %s: %d < %d" % (t, counts[t], m))
    return errs, counts, npos, nneg


def main():
    data, recs, groups = generate()
    if "--check" in sys.argv:
        errs, counts, npos, nneg = check(data, recs, groups)
        for e in errs[:50]:
            print("ERROR", e)
        print("positives %d negatives %d" % (npos, nneg))
        for t in TYPES:
            print("  %-13s %d" % (t, counts[t]))
        if errs:
            print("FAILED (%d errors)" % len(errs))
            sys.exit(1)
        print("OK")
        return
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(data)
    print("wrote %d cases to %s" % (len(recs), OUT))


if __name__ == "__main__":
    main()

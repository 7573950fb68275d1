#!/usr/bin/env python3
"""Generate the held-out PII evaluation set tests/fixtures/pii_holdout151/.

Written by an AI helper acting as an independent author that did not see the
redaction code.  Standard library only.  Output is byte-for-byte reproducible
(one seeded random.Random).

    python scripts/make_pii_holdout151.py          # write fixture + README
    python scripts/make_pii_holdout151.py --check  # regenerate and verify

Never use this set for tuning.
"""
import json
import os
import re
import sys
import random
from collections import Counter

SEED = 151241124
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout151")
CASES = os.path.join(OUT_DIR, "cases.jsonl")
README = os.path.join(OUT_DIR, "README.md")
PFX = "h151"

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

rng = random.Random(SEED)

# ---------------------------------------------------------------- spoken forms
UNIT_W = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEEN_W = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
          "seventeen", "eighteen", "nineteen"]
TENS_W = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy",
          8: "eighty", 9: "ninety"}
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo",
        "f": "foxtrot", "g": "golf", "h": "hotel", "i": "india", "j": "juliet",
        "k": "kilo", "l": "lima", "m": "mike", "n": "november", "o": "oscar",
        "p": "papa", "q": "quebec", "r": "romeo", "s": "sierra", "t": "tango",
        "u": "uniform", "v": "victor", "w": "whiskey", "x": "xray", "y": "yankee",
        "z": "zulu"}
HOMO_LET = {"a": "ay", "b": "bee", "c": "see", "e": "e", "g": "gee", "h": "aitch",
            "j": "jay", "k": "kay", "l": "el", "m": "em", "n": "en", "p": "pee",
            "r": "are", "s": "ess", "t": "tee", "x": "ex", "y": "why", "z": "zed"}

# parser tables
P_UNITS = {w: str(i) for i, w in enumerate(UNIT_W)}
P_UNITS.update({"oh": "0", "o": "0", "nought": "0", "naught": "0", "nil": "0"})
P_HOMO_DIG = {"for": "4", "to": "2", "too": "2", "won": "1", "ate": "8", "tree": "3"}
P_TEENS = {w: str(10 + i) for i, w in enumerate(TEEN_W)}
P_TENS = {w: str(k) for k, w in TENS_W.items()}
P_NATO = {w: k.upper() for k, w in NATO.items()}
P_NATO.update({"juliett": "J", "x-ray": "X", "whisky": "W"})
P_HOMO_LET = {w: k.upper() for k, w in HOMO_LET.items() if w not in ("e",)}
P_HOMO_LET.update({"sea": "C", "zee": "Z", "dee": "D", "vee": "V", "ess": "S"})
SKIP = {"um", "uh", "er", "erm", "ah", "hmm", "plus", "slash", "dash", "hyphen",
        "and", "space"}


def norm(text, homophones=False):
    """Normalise a typed or spoken value into upper-case letters and digits.
    Unknown words come back as '?word' so validation fails loudly."""
    toks = re.findall(r"[a-z0-9]+", text.lower())
    out = []
    i = 0
    n = len(toks)

    def two_digit_at(j):
        """parse a 1-2 digit number word at j, return (str, next_j) or None."""
        if j >= n:
            return None
        t = toks[j]
        if t in P_TEENS:
            return P_TEENS[t], j + 1
        if t in P_TENS:
            if j + 1 < n and toks[j + 1] in P_UNITS and P_UNITS[toks[j + 1]] != "0":
                return P_TENS[t][0] + P_UNITS[toks[j + 1]], j + 2
            return P_TENS[t][0] + "0", j + 1
        if t in P_UNITS:
            return "0" + P_UNITS[t], j + 1
        return None

    while i < n:
        t = toks[i]
        if t in ("double", "triple") and i + 1 < n and toks[i + 1] in P_UNITS:
            out.append(P_UNITS[toks[i + 1]] * (2 if t == "double" else 3))
            i += 2
            continue
        val = None
        if t in P_UNITS:
            val, i = P_UNITS[t], i + 1
        elif homophones and t in P_HOMO_DIG:
            val, i = P_HOMO_DIG[t], i + 1
        elif t in P_TEENS or t in P_TENS:
            val, i = two_digit_at(i)
        if val is not None:
            if i < n and toks[i] == "hundred":
                i += 1
                j = i + 1 if (i < n and toks[i] == "and") else i
                r = two_digit_at(j)
                if r is not None and j < n and toks[j] not in ("oh", "o", "zero", "nought") \
                        and (j > i or toks[j] in P_TEENS or toks[j] in P_TENS):
                    val, i = val + r[0], r[1]
                else:
                    val = val + "00"
            out.append(val)
            continue
        if re.search(r"[0-9]", t):
            out.append(t.upper())
            i += 1
            continue
        if len(t) == 1 and t.isalpha():
            if i + 2 < n and toks[i + 1] == "for" and toks[i + 2] in P_NATO:
                out.append(t.upper())
                i += 3
                continue
            out.append(t.upper())
            i += 1
            continue
        if t in P_NATO:
            out.append(P_NATO[t])
            i += 1
            continue
        if t in P_HOMO_LET:
            out.append(P_HOMO_LET[t])
            i += 1
            continue
        if t in SKIP:
            i += 1
            continue
        if t.isalpha() and len(t) <= 4 and t not in ("the", "and", "its", "for", "no", "yes", "hang", "on", "let", "me", "see"):
            out.append(t.upper())  # typed letter block such as 'GP' or 'HBUK'
            i += 1
            continue
        out.append("?" + t)
        i += 1
    return "".join(out)


def zero_word():
    return rng.choice(["oh", "oh", "oh", "zero", "o", "nought"])


def unit(d, z):
    return z if d == "0" else UNIT_W[int(d)]


def pair_words(p, z):
    a, b = int(p[0]), int(p[1])
    if a == 0:
        return "%s %s" % (z, unit(p[1], z))
    if a == 1:
        return TEEN_W[b]
    if b == 0:
        return TENS_W[a]
    return "%s %s" % (TENS_W[a], UNIT_W[b])


def speak_digits(ds, style="single", z=None, hom=False, end=True):
    """Render a digit string in spoken ASR style; falls back to single digits
    if the rendering does not parse back to the same digits."""
    z = z or zero_word()
    words = []
    if style == "single":
        words = [unit(d, z) for d in ds]
    elif style == "dbl":
        i = 0
        while i < len(ds):
            d = ds[i]
            run = 1
            while i + run < len(ds) and ds[i + run] == d and run < 3:
                run += 1
            if run == 3 and rng.random() < 0.8:
                words.append("triple " + unit(d, z))
            elif run >= 2:
                words.append("double " + unit(d, z))
                run = 2
            else:
                words.append(unit(d, z))
            i += run
    elif style == "pairs":
        i = 0
        while i < len(ds):
            if i + 1 < len(ds):
                p2 = ds[i:i + 2]
                nxt_pair = i + 3 < len(ds)
                if p2[1] == "0" and p2[0] != "0" and not nxt_pair and not (end and i + 2 == len(ds)):
                    words.append("%s %s" % (unit(p2[0], z), z))  # avoid "forty" + following unit word
                else:
                    words.append(pair_words(p2, z))
                i += 2
            else:
                words.append(unit(ds[i], z))
                i += 1
    elif style == "hund":  # 4-digit groups as "nineteen eighty" / "forty one hundred"
        i = 0
        while i < len(ds):
            g = ds[i:i + 4]
            if len(g) == 4 and g[0] != "0" and g[2:] == "00" and end and i + 4 == len(ds):
                words.append(pair_words(g[:2], z) + " hundred")
            elif len(g) == 4 and g[0] != "0" and (g[3] != "0" or g[2] == "0" or (end and i + 4 == len(ds))):
                words.append(pair_words(g[:2], z) + " " + pair_words(g[2:], z))
            elif len(g) == 3 and g[0] != "0" and g[1] != "0":
                words.append(unit(g[0], z) + " hundred and " + pair_words(g[1:], z))
            else:
                words.append(" ".join(unit(d, z) for d in g))
            i += 4
    text = " ".join(words)
    if hom:
        toks = text.split(" ")
        cand = [k for k, w in enumerate(toks) if w in ("four", "two", "eight")]
        if cand:
            k = rng.choice(cand)
            toks[k] = {"four": "for", "two": rng.choice(["to", "too"]), "eight": "ate"}[toks[k]]
            text = " ".join(toks)
    if norm(text, homophones=hom) != ds:
        text = " ".join(unit(d, z) for d in ds)
    return text


def speak_groups(ds, sizes, styles=None, sep=" ", z=None):
    z = z or zero_word()
    out, i = [], 0
    for k, s in enumerate(sizes):
        st = rng.choice(styles or ["single", "single", "dbl", "pairs"])
        out.append(speak_digits(ds[i:i + s], st, z, end=(k == len(sizes) - 1)))
        i += s
    text = sep.join(out)
    if norm(text) != ds:
        text = sep.join(speak_digits(ds[a:a + s], "single", z) for a, s in zip([sum(sizes[:j]) for j in range(len(sizes))], sizes))
    return text


def group(ds, sizes, sep=" "):
    out, i = [], 0
    for s in sizes:
        out.append(ds[i:i + s])
        i += s
    return sep.join(out)


def spell_letter(c, mode):
    c = c.lower()
    if mode == "plain":
        return c
    if mode == "homo":
        return HOMO_LET.get(c, c)
    if mode == "nato":
        return NATO[c]
    if mode == "for":
        return "%s for %s" % (c, NATO[c])
    return c


# ---------------------------------------------------------------- value makers
def luhn_digit(body):
    tot = 0
    for k, ch in enumerate(reversed(body)):
        d = int(ch)
        if k % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def luhn_ok(s):
    tot = 0
    for k, ch in enumerate(reversed(s)):
        d = int(ch)
        if k % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def gen_card(kind=None):
    kind = kind or rng.choice(["visa", "visa", "visa", "mc", "mc", "amex", "disc", "visa13", "maestro19"])
    if kind == "visa":
        pre, ln = "4" + str(rng.randint(0, 9)), 16
    elif kind == "mc":
        pre, ln = rng.choice(["51", "52", "53", "54", "55", "2221", "2720"]), 16
    elif kind == "amex":
        pre, ln = rng.choice(["34", "37"]), 15
    elif kind == "disc":
        pre, ln = "6011", 16
    elif kind == "visa13":
        pre, ln = "4", 13
    else:
        pre, ln = rng.choice(["6759", "6304", "4"]), 19
    body = pre + "".join(str(rng.randint(0, 9)) for _ in range(ln - len(pre) - 1))
    return body + luhn_digit(body)


def card_sizes(n):
    return {16: [4, 4, 4, 4], 15: [4, 6, 5], 13: [4, 4, 5], 19: [4, 4, 4, 4, 3]}[n]


def gen_ssn():
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, rng.randint(1, 99), rng.randint(1, 9999))


NI_FIRST = [c for c in "ABCEGHJKLMNPRSTWXYZ"]
NI_SECOND = [c for c in "ABCEGHJKLMNPRSTWXYZ"]
NI_BAD = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}


def gen_ni():
    while True:
        p = rng.choice(NI_FIRST) + rng.choice(NI_SECOND)
        if p not in NI_BAD:
            break
    return p + "".join(str(rng.randint(0, 9)) for _ in range(6)) + rng.choice("ABCD")


def ni_ok(s):
    return bool(re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z][0-9]{6}[A-D]", s)) and s[:2] not in NI_BAD


def iban_check(cc, bban):
    s = bban + cc + "00"
    num = "".join(str(int(ch, 36)) for ch in s)
    return "%02d" % (98 - int(num) % 97)


def iban_ok(s):
    if not re.fullmatch(r"[A-Z]{2}[0-9]{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in r)) % 97 == 1


def rdig(n, first_nonzero=False):
    s = "".join(str(rng.randint(0, 9)) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = str(rng.randint(1, 9)) + s[1:]
    return s


def gen_iban(cc=None, spoken_safe=False):
    cc = cc or rng.choice(["GB", "GB", "IE", "DE", "NL", "FR", "ES"])
    if cc == "GB":
        bban = rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"] if not spoken_safe else ["NWBK", "BARC", "HBUK", "MIDL"]) + rdig(6) + rdig(8)
    elif cc == "IE":
        bban = rng.choice(["AIBK", "BOFI", "IPBS"] if not spoken_safe else ["AIBK", "IPBS"]) + rdig(6) + rdig(8)
    elif cc == "DE":
        bban = rdig(18)
    elif cc == "NL":
        bban = rng.choice(["ABNA", "INGB", "RABN"]) + rdig(10)
    elif cc == "FR":
        bban = rdig(23)
    else:
        bban = rdig(20)
    return cc + iban_check(cc, bban) + bban


def gen_phone(region=None):
    region = region or rng.choice(["uk", "uk", "us", "us", "ie"])
    if region == "uk":
        return region, "07" + rdig(9)
    if region == "ukland":
        return region, "0" + rng.choice(["20", "161", "113", "121", "131", "141"]) + rdig(7 if True else 8)
    if region == "us":
        return region, str(rng.randint(2, 9)) + rdig(2) + str(rng.randint(2, 9)) + rdig(6)
    return region, "08" + rng.choice("35679") + rdig(7)


def fmt_phone(region, ds, intl=False):
    if region == "uk":
        if intl:
            return "+44 " + ds[1:5] + " " + ds[5:]
        return rng.choice([ds[:5] + " " + ds[5:], ds, ds[:5] + " " + ds[5:8] + " " + ds[8:], ds[:5] + "-" + ds[5:]])
    if region == "us":
        if intl:
            return "+1 " + ds[:3] + " " + ds[3:6] + " " + ds[6:]
        return rng.choice(["(%s) %s-%s" % (ds[:3], ds[3:6], ds[6:]), "%s-%s-%s" % (ds[:3], ds[3:6], ds[6:]),
                           "%s.%s.%s" % (ds[:3], ds[3:6], ds[6:]), ds])
    if intl:
        return "+353 " + ds[1:3] + " " + ds[3:6] + " " + ds[6:]
    return ds[:3] + " " + ds[3:6] + " " + ds[6:]


FIRST = ["john", "sarah", "aoife", "mike", "priya", "tom", "grace", "liam", "emma", "raj", "niamh", "dave",
         "chloe", "owen", "kate", "sean", "maria", "ben", "lucy", "jamal"]
LAST = ["murphy", "smith", "kelly", "patel", "jones", "walsh", "nguyen", "brown", "byrne", "garcia",
        "taylor", "obrien", "evans", "khan", "reilly", "lopez", "hughes", "moore"]
DOMAINS = ["gmail.com", "yahoo.co.uk", "hotmail.com", "outlook.com", "icloud.com", "eircom.net",
           "btinternet.com", "aol.com", "protonmail.com", "live.ie"]


def gen_email():
    f, l = rng.choice(FIRST), rng.choice(LAST)
    sep = rng.choice([".", "_", "", "."])
    num = rng.choice(["", "", str(rng.randint(1, 99)), str(rng.randint(1960, 2005))])
    local = rng.choice([f + sep + l, f[0] + sep + l, f + sep + l[0], l + sep + f]) + num
    return local, rng.choice(DOMAINS)


def speak_email(local, dom):
    def sp(part):
        out = []
        for chunk in re.split(r"([._])", part):
            if chunk == ".":
                out.append("dot")
            elif chunk == "_":
                out.append("underscore")
            elif chunk:
                m = re.fullmatch(r"([a-z]*)([0-9]*)", chunk)
                if m.group(1):
                    w = m.group(1)
                    out.append(" ".join(w) if len(w) <= 2 else w)
                if m.group(2):
                    d = m.group(2)
                    out.append(speak_digits(d, rng.choice(["single", "pairs"])))
        return " ".join(out)
    return "%s at %s" % (sp(local), sp(dom))


STREETS = ["elm", "victoria", "church", "oak", "station", "high", "mill", "park", "maple", "king",
           "queen", "willow", "main", "cedar", "chapel", "orchard", "meadow", "river", "hazel", "grove"]
SUFFIX = ["road", "street", "avenue", "lane", "drive", "close", "way", "crescent", "terrace", "court",
          "place", "gardens", "boulevard"]
SUFFIX_ABBR = {"road": "Rd", "street": "St", "avenue": "Ave", "lane": "Ln", "drive": "Dr",
               "close": "Cl", "way": "Way", "crescent": "Cres", "terrace": "Terr", "court": "Ct",
               "place": "Pl", "gardens": "Gdns", "boulevard": "Blvd"}


def gen_address(spoken, us=False):
    num = rng.randint(1, 2999 if us else 240)
    st = rng.choice(STREETS)
    suf = rng.choice(SUFFIX)
    flat = rng.random() < 0.2 and not us
    if spoken:
        ns = str(num)
        if num < 10:
            numw = UNIT_W[num]
        elif num < 100:
            numw = pair_words(ns, "oh")
        elif num < 1000:
            numw = rng.choice([UNIT_W[int(ns[0])] + " " + (pair_words(ns[1:], "oh") if ns[1] != "0" else "oh " + UNIT_W[int(ns[2])]),
                               speak_digits(ns, "single")])
        else:
            numw = rng.choice([pair_words(ns[:2], "oh") + " " + (pair_words(ns[2:], "oh") if ns[2] != "0" else "oh " + unit(ns[3], "oh")),
                               speak_digits(ns, "single")])
        s = "%s %s %s" % (numw, st, suf)
        if flat:
            s = "flat %s %s" % (UNIT_W[rng.randint(1, 9)], s) if num >= 10 else "flat %s number %s %s %s" % (
                pair_words(str(rng.randint(10, 19)), "oh"), numw, st, suf)
        return s
    sufw = SUFFIX_ABBR[suf] if rng.random() < 0.4 else suf.capitalize()
    s = "%d %s %s" % (num, st.capitalize(), sufw)
    if rng.random() < 0.2:
        s = s.lower()
    if flat:
        s = "Flat %d, %s" % (rng.randint(1, 20), s)
    return s


UK_AREAS = ["SW", "SE", "N", "E", "W", "M", "B", "L", "LS", "CF", "EH", "G", "BT", "NE", "BS", "CB",
            "RG", "GU", "KT", "TW", "HA", "NW", "BN", "PR", "S", "CR", "DN", "LE", "NG", "WA"]
IN_LET = "ABDEFGHJLNPQRSTUWXYZ"


def gen_uk_postcode():
    a = rng.choice(UK_AREAS)
    d = str(rng.randint(1, 29))
    if a in ("SW", "EC", "W", "N", "E") and rng.random() < 0.2 and len(d) == 1:
        d += rng.choice("ABC")
    inward = str(rng.randint(0, 9)) + rng.choice(IN_LET) + rng.choice(IN_LET)
    return a + d, inward


def speak_uk_postcode(out, inward):
    mode = rng.choice(["plain", "plain", "for", "homo"])
    m = re.fullmatch(r"([A-Z]+)([0-9]+)([A-Z]?)", out)
    parts = [spell_letter(c, mode) for c in m.group(1)]
    num = m.group(2)
    parts.append(speak_digits(num, rng.choice(["single", "pairs"])) if len(num) == 2 else UNIT_W[int(num)])
    if m.group(3):
        parts.append(spell_letter(m.group(3), mode))
    parts.append(unit(inward[0], zero_word()))
    parts += [spell_letter(c, mode) for c in inward[1:]]
    return " ".join(parts)


def postcode_ok(s):
    return bool(re.fullmatch(r"[A-Z]{1,2}[0-9][A-Z0-9]?[0-9][A-Z]{2}", s) or re.fullmatch(r"[0-9]{5}([0-9]{4})?", s))


MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december"]
ORD = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
       "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
       "eighteenth", "nineteenth", "twentieth", "twenty first", "twenty second", "twenty third",
       "twenty fourth", "twenty fifth", "twenty sixth", "twenty seventh", "twenty eighth"]


def year_words(y):
    if y >= 2000:
        r = y - 2000
        if r == 0:
            return "two thousand"
        return rng.choice(["two thousand and ", "two thousand "]) + (UNIT_W[r] if r < 10 else pair_words(str(r), "oh"))
    return "nineteen " + pair_words(str(y - 1900).zfill(2), "oh")


def gen_dob(spoken, us=False):
    y = rng.randint(1938, 2006)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    if spoken:
        form = rng.choice(["dmy", "mdy", "num"])
        if form == "dmy":
            return "%s of %s %s" % (ORD[d - 1], MONTHS[m - 1], year_words(y))
        if form == "mdy":
            return "%s %s %s" % (MONTHS[m - 1], ORD[d - 1], year_words(y))
        return "%s %s %s" % (pair_words("%02d" % (m if us else d), "oh") if rng.random() < 0.5 else speak_digits("%02d" % (m if us else d)),
                             pair_words("%02d" % (d if us else m), "oh"), year_words(y))
    form = rng.choice(["slash", "slash", "dash", "long", "us_long", "dot"])
    a, b = (m, d) if us else (d, m)
    if form == "slash":
        return "%02d/%02d/%d" % (a, b, y)
    if form == "dash":
        return "%02d-%02d-%d" % (a, b, y)
    if form == "dot":
        return "%d.%d.%02d" % (a, b, y % 100)
    if form == "long":
        sfx = "th" if d not in (1, 2, 3, 21, 22, 23) else {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}[d]
        return "%d%s %s %d" % (d, sfx, MONTHS[m - 1].capitalize(), y)
    return "%s %d, %d" % (MONTHS[m - 1].capitalize(), d, y)


def gen_expiry(spoken):
    m = rng.randint(1, 12)
    y = rng.randint(26, 33)
    if spoken:
        form = rng.choice(["digits", "pairs", "month", "slash"])
        mm = "%02d" % m
        if form == "digits":
            return speak_digits(mm + str(y))
        if form == "pairs":
            return "%s %s" % (speak_digits(mm), pair_words(str(y), "oh"))
        if form == "slash":
            return "%s slash %s" % (speak_digits(mm), speak_digits(str(y)))
        return "%s %s" % (MONTHS[m - 1], rng.choice(["twenty " + pair_words(str(y), "oh"), pair_words(str(y), "oh")]))
    return rng.choice(["%02d/%d", "%02d/20%d", "%d/%d", "%02d-%d", "%02d / %d"]) % (m, y)


# ---------------------------------------------------------------- case builder
class Case:
    def __init__(self, kind, note):
        self.kind = kind
        self.note = note
        self.turns = []      # list of (speaker, [segments])
        self.groups = {}     # gid -> dict(type, canon, kind)
        self._g = 0

    def g(self, typ, canon, gkind="full"):
        self._g += 1
        self.groups[self._g] = {"type": typ, "canon": canon, "kind": gkind}
        return self._g

    def a(self, *segs):
        self.turns.append(("agent", list(segs)))
        return self

    def c(self, *segs):
        self.turns.append(("customer", list(segs)))
        return self

    def build(self):
        turns, spans, gspans = [], [], []
        for ti, (spk, segs) in enumerate(self.turns):
            text = ""
            for s in segs:
                if isinstance(s, str):
                    text += s
                else:
                    val, gid = s
                    st = len(text)
                    text += val
                    typ = self.groups[gid]["type"]
                    spans.append({"turn": ti, "start": st, "end": len(text), "type": typ})
                    gspans.append((gid, ti, st, len(text)))
            turns.append({"speaker": spk, "text": text})
        return turns, spans, gspans


def V(text, gid):
    return (text, gid)


# ---------------------------------------------------------------- helpers
def ch():
    return rng.choice(["call", "chat"])


BACK = ["mhm", "okay", "yep", "go on", "okay go on", "uh huh", "right", "yeah", "got that", "and the next bit"]
FILL = ["um", "uh", "er", "erm"]
IND = ["banking", "telecom", "utilities", "retail", "insurance", "travel", "healthcare billing", "government services"]


def back():
    return rng.choice(BACK)


def amount():
    return rng.choice(["forty nine ninety nine", "twelve pounds fifty", "a hundred and twenty euro",
                       "sixty three dollars", "two hundred and fifteen pounds", "eighty nine fifty",
                       "thirty quid", "three hundred dollars"])


# ================================================================ POSITIVES
def p_card_typed():
    c = Case("positive", "")
    ds = gen_card()
    sep = rng.choice([" ", "-", "", ".", " - ", "  "])
    txt = group(ds, card_sizes(len(ds)), sep)
    if rng.random() < 0.25 and len(ds) == 16:
        txt = ds[:4] + " " + ds[4:8] + "-" + ds[8:12] + " " + ds[12:]
    gid = c.g("CARD_NUMBER", ds)
    ind = rng.choice(["retail", "telecom", "travel", "utilities"])
    lead = rng.choice(["card number is ", "Card: ", "ok its ", "here u go ", "my card no. ", "visa ", "the long number is "])
    tail = rng.choice(["", " thanks", ".", " - can you take the £%d.99 now?" % rng.randint(5, 300), " (debit card)"])
    c.a("Can you send the card number you'd like to use please?")
    c.c(lead, V(txt, gid), tail)
    c.note = "chat/%s: card typed with separator %r, grouping %s" % (ind, sep, card_sizes(len(ds)))
    return c


def p_card_spoken_one_turn():
    c = Case("positive", "")
    ds = gen_card()
    style = rng.choice(["single", "dbl", "pairs", "hund", "mixed"])
    if style == "mixed":
        sp = speak_groups(ds, card_sizes(len(ds)))
    else:
        sp = speak_groups(ds, card_sizes(len(ds)), [style])
    gid = c.g("CARD_NUMBER", ds)
    c.a("and what's the long number across the front of the card")
    c.c(rng.choice(["yeah it's ", "okay so it's ", "right ", "it is "]), V(sp, gid), rng.choice(["", " that's it", " and that's a visa"]))
    c.note = "call/%s: card read in one turn, style %s" % (rng.choice(IND[:5]), style)
    return c


def p_card_split():
    c = Case("positive", "")
    ds = gen_card()
    sizes = card_sizes(len(ds))
    gid = c.g("CARD_NUMBER", ds)
    z = zero_word()
    c.a(rng.choice(["okay whenever you're ready with the card number", "go ahead with the sixteen digits", "can i take the card number please"]))
    i = 0
    for k, s in enumerate(sizes):
        part = speak_digits(ds[i:i + s], rng.choice(["single", "single", "dbl", "pairs"]), z)
        i += s
        pre = rng.choice(["", "", "right ", "okay ", "so "]) if k == 0 else rng.choice(["", "", "then "])
        post = rng.choice(["", "", " um"]) if k < len(sizes) - 1 else ""
        c.c(pre, V(part, gid), post)
        if k < len(sizes) - 1:
            c.a(back())
    c.note = "call/%s: card split over %d customer turns with agent back-channels" % (rng.choice(IND), len(sizes))
    return c


def p_card_filler():
    c = Case("positive", "")
    ds = gen_card("visa")
    z = zero_word()
    g = [speak_digits(ds[k:k + 4], "single", z) for k in range(0, 16, 4)]
    f = rng.choice(FILL)
    txt = "%s %s %s %s hang on %s %s" % (g[0], g[1], f, g[2], rng.choice(["let me see", "the light's bad"]), g[3])
    # filler words inside span; 'hang on let me see' interruption splits it into two spans
    gid = c.g("CARD_NUMBER", ds)
    first = "%s %s %s %s" % (g[0], g[1], f, g[2])
    c.a("the card number please")
    c.c("yep ", V(first, gid), " hang on ", rng.choice(["let me see", "the light's bad in here", "i need my glasses"]), " ", V(g[3], gid))
    c.note = "call/retail: filler inside card reading and an interruption before the last group"
    return c


def p_card_homophone():
    c = Case("positive", "")
    while True:
        ds = gen_card(rng.choice(["visa", "mc"]))
        if any(d in "248" for d in ds):
            break
    txt = speak_digits(ds, "single", hom=True)
    if norm(txt, True) != ds:
        txt = speak_digits(ds, "single")
    gid = c.g("CARD_NUMBER", ds)
    c.a("okay and the card number")
    c.c(V(txt, gid))
    c.a("thank you and the expiry")
    e = gen_expiry(True)
    ge = c.g("EXPIRY", e)
    c.c(V(e, ge))
    c.note = "call/telecom: card with ASR homophone (for/to/ate) inside the digits, then spoken expiry"
    return c


def p_card_readback():
    c = Case("positive", "")
    ds = gen_card()
    sizes = card_sizes(len(ds))
    g1 = c.g("CARD_NUMBER", ds)
    g2 = c.g("CARD_NUMBER", ds)
    c.a("what's the card number")
    c.c(V(speak_groups(ds, sizes), g1))
    c.a("let me read that back ", V(speak_groups(ds, sizes, ["single"]), g2), " is that right")
    c.c("yes that's right")
    c.note = "call/%s: card given then read back by the agent; both labelled" % rng.choice(IND)
    return c


def p_card_correction():
    c = Case("positive", "")
    ds = gen_card("visa")
    z = zero_word()
    wrong = ds[4:8]
    wd = list(wrong)
    wd[3] = str((int(wd[3]) + rng.randint(1, 8)) % 10)
    wrong = "".join(wd)
    gf = c.g("CARD_NUMBER", ds[:4] + wrong, "frag")
    gid = c.g("CARD_NUMBER", ds)
    c.a("go ahead with the card")
    c.c(V(speak_digits(ds[:4] + wrong, "single", z), gf), rng.choice([" no sorry", " no wait", " actually no hang on"]), " let me start again ",
        V(speak_groups(ds, [4, 4, 4, 4], ["single", "dbl"], z=z), gid))
    c.note = "call/banking: caller self-corrects mid-card and restarts; abandoned fragment labelled too"
    return c


def p_card_cvv_exp_chat():
    c = Case("positive", "")
    ds = gen_card()
    cv = rdig(4 if len(ds) == 15 else 3)
    e = gen_expiry(False)
    g1, g2, g3 = c.g("CARD_NUMBER", ds), c.g("EXPIRY", e), c.g("CVV", cv)
    sep = rng.choice([" ", "", "-"])
    c.a("Please provide card number, expiry and security code.")
    form = rng.choice([0, 1, 2])
    if form == 0:
        c.c(V(group(ds, card_sizes(len(ds)), sep), g1), " exp ", V(e, g2), " cvv ", V(cv, g3))
    elif form == 1:
        c.c(V(group(ds, card_sizes(len(ds)), sep), g1), "\n", "expires ", V(e, g2), "\n", "sec code ", V(cv, g3))
    else:
        c.c(V(group(ds, card_sizes(len(ds)), sep), g1), ", ", V(e, g2), ", ", V(cv, g3), " - total should be $%d.%02d" % (rng.randint(10, 400), rng.randint(0, 99)))
    c.note = "chat/retail: card, expiry and CVV in one message (form %d), with a price nearby" % form
    return c


def p_card_cvv_exp_call():
    c = Case("positive", "")
    ds = gen_card()
    cv = rdig(4 if len(ds) == 15 else 3)
    e = gen_expiry(True)
    g1, g2, g3 = c.g("CARD_NUMBER", ds), c.g("EXPIRY", e), c.g("CVV", cv)
    c.a("card number please")
    c.c(V(speak_groups(ds, card_sizes(len(ds))), g1))
    c.a("and the expiry date")
    c.c(rng.choice(["it's ", "", "expires "]), V(e, g2))
    c.a("and the " + rng.choice(["three digit security code on the back", "security code", "cvv"]))
    cvs = speak_digits(cv, rng.choice(["single", "single", "dbl"])) if rng.random() < 0.7 or cv[0] == "0" or cv[1] == "0" else UNIT_W[int(cv[0])] + " " + pair_words(cv[1:], "oh")
    c.c(V(cvs, g3))
    c.a("thanks that's %s taken today" % amount())
    c.note = "call/%s: spoken card, expiry, CVV in consecutive turns; amount after" % rng.choice(["utilities", "insurance", "travel"])
    return c


def p_card_two_in_turn():
    c = Case("positive", "")
    d1, d2 = gen_card(), gen_card()
    g1, g2 = c.g("CARD_NUMBER", d1), c.g("CARD_NUMBER", d2)
    c.c("i've got two cards, the old one was ", V(group(d1, card_sizes(len(d1)), " "), g1),
        " but it was replaced, new one is ", V(group(d2, card_sizes(len(d2)), rng.choice(["-", ""])), g2))
    c.note = "chat/banking: two different cards in one message"
    return c


def p_card_chat_split():
    c = Case("positive", "")
    ds = gen_card("visa")
    gid = c.g("CARD_NUMBER", ds)
    c.a("What card would you like to use?")
    c.c(V(ds[:8], gid) if rng.random() < 0.5 else V(ds[:4] + " " + ds[4:8], gid))
    c.c(V(ds[8:12] + " " + ds[12:], gid), " sorry hit enter too soon")
    c.note = "chat/retail: card split over two chat messages"
    return c


def p_card_chat_typo():
    c = Case("positive", "")
    ds = gen_card(rng.choice(["visa", "mc"]))
    sep = rng.choice(["/", "_", ","])
    txt = group(ds, [4, 4, 4, 4], sep)
    gid = c.g("CARD_NUMBER", ds)
    c.c("pls charge to ", V(txt, gid), " asap, order total 3 items")
    c.note = "chat/retail: card with unusual separator %r" % sep
    return c


def p_card_pairs_dict():
    c = Case("positive", "")
    ds = gen_card("amex")
    gid = c.g("CARD_NUMBER", ds)
    sp = speak_groups(ds, [4, 6, 5], ["pairs", "hund", "single"])
    c.a("is that an amex")
    c.c("yeah it is so it's ", V(sp, gid))
    c.a("fifteen digits perfect")
    c.note = "call/travel: amex read in pairs/hundreds; agent mentions 'fifteen digits'"
    return c


# ---------------- SSN
def ssn_spoken(ds):
    st = rng.choice(["single", "grouped", "pairs", "dbl", "hund"])
    z = zero_word()
    if st == "single":
        return speak_digits(ds, "single", z), st
    if st == "grouped":
        return "%s, %s, %s" % (speak_digits(ds[:3], "single", z), speak_digits(ds[3:5], "single", z), speak_digits(ds[5:], "single", z)), st
    if st == "pairs":
        return "%s %s %s" % (speak_digits(ds[:3], "single", z), speak_digits(ds[3:5], "pairs", z), speak_digits(ds[5:], "pairs", z)), st
    if st == "dbl":
        return speak_digits(ds, "dbl", z), st
    a = ds[:3]
    aw = speak_digits(a, "hund", z) if a[0] != "0" and a[1] != "0" else speak_digits(a, "single", z)
    return "%s %s %s" % (aw, speak_digits(ds[3:5], "pairs", z), speak_digits(ds[5:], "hund", z)), st


SSN_ASK = ["can i get your social security number", "and your social please", "for verification i need the social security number on the account",
           "what's your s s n", "last thing i need your social"]


def p_ssn_typed():
    c = Case("positive", "")
    ds = gen_ssn()
    f = rng.choice(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s.%s.%s", "%s - %s - %s", "%s/%s/%s"])
    txt = f % (ds[:3], ds[3:5], ds[5:])
    gid = c.g("SSN", ds)
    c.a("To verify, please enter your Social Security number.")
    c.c(rng.choice(["", "ssn ", "SSN: ", "its ", "social is "]), V(txt, gid), rng.choice(["", " thx", ". I was born in %d" % rng.randint(1950, 2000)]))
    c.note = "chat/%s: SSN typed as %r" % (rng.choice(["banking", "healthcare billing", "insurance", "government services"]), f)
    return c


def p_ssn_spoken():
    c = Case("positive", "")
    ds = gen_ssn()
    sp, st = ssn_spoken(ds)
    gid = c.g("SSN", ds)
    c.a(rng.choice(SSN_ASK))
    c.c(rng.choice(["sure it's ", "yeah ", "okay ", "it is ", ""]), V(sp, gid))
    c.note = "call/%s: SSN spoken in one turn, style %s" % (rng.choice(["banking", "healthcare billing", "insurance", "government services", "telecom"]), st)
    return c


def p_ssn_split():
    c = Case("positive", "")
    ds = gen_ssn()
    gid = c.g("SSN", ds)
    z = zero_word()
    c.a(rng.choice(SSN_ASK))
    c.c("okay ", V(speak_digits(ds[:3], "single", z), gid))
    c.a(back())
    c.c(V(speak_digits(ds[3:5], rng.choice(["single", "pairs"]), z), gid))
    c.a(back())
    c.c(V(speak_digits(ds[5:], rng.choice(["single", "pairs", "hund", "dbl"]), z), gid), rng.choice(["", " that's it"]))
    c.note = "call/%s: SSN split 3-2-4 over three customer turns" % rng.choice(["healthcare billing", "banking", "government services"])
    return c


def p_ssn_readback():
    c = Case("positive", "")
    ds = gen_ssn()
    g1, g2 = c.g("SSN", ds), c.g("SSN", ds)
    sp, st = ssn_spoken(ds)
    c.a(rng.choice(SSN_ASK))
    c.c(V(sp, g1))
    c.a("okay i have ", V("%s %s %s" % (speak_digits(ds[:3], "single"), speak_digits(ds[3:5], "single"), speak_digits(ds[5:], "single")), g2), " correct")
    c.c("correct")
    c.note = "call/insurance: SSN given (%s) and read back by agent; both labelled" % st
    return c


def p_ssn_last4():
    c = Case("positive", "")
    ds = gen_ssn()
    g1 = c.g("SSN", ds[5:], "part")
    g2 = c.g("SSN", ds)
    c.a("can you confirm the last four of your social")
    c.c(V(speak_digits(ds[5:], rng.choice(["single", "pairs"])), g1))
    c.a("that doesn't match what i have can you give me the full number")
    c.c("oh sure ", V(ssn_spoken(ds)[0], g2))
    c.note = "call/banking: last four of SSN (labelled as partial SSN) then the full SSN"
    return c


def p_ssn_correction():
    c = Case("positive", "")
    ds = gen_ssn()
    z = zero_word()
    wrong = ds[:3] + str((int(ds[3]) + 1) % 10)
    gf = c.g("SSN", wrong, "frag")
    gid = c.g("SSN", ds)
    c.a(rng.choice(SSN_ASK))
    c.c(V(speak_digits(wrong, "single", z), gf), " no sorry that's wrong ", rng.choice(FILL), " ", V(speak_digits(ds, rng.choice(["single", "dbl"]), z), gid))
    c.note = "call/government services: SSN with a false start, restarted in same turn"
    return c


def p_ssn_homophone():
    c = Case("positive", "")
    while True:
        ds = gen_ssn()
        if any(d in "248" for d in ds):
            break
    txt = speak_digits(ds, "single", hom=True)
    gid = c.g("SSN", ds)
    c.a("and the social security number")
    c.c(V(txt, gid))
    c.note = "call/healthcare billing: SSN with ASR homophone digit (for/to/ate)"
    return c


def p_ssn_with_dob():
    c = Case("positive", "")
    ds = gen_ssn()
    dob = gen_dob(rng.random() < 0.5, us=True)
    g1, g2 = c.g("SSN", ds), c.g("DOB", dob)
    if re.search(r"[0-9]", dob):
        c.a("Please confirm SSN and date of birth.")
        c.c("SSN ", V("%s-%s-%s" % (ds[:3], ds[3:5], ds[5:]), g1), " and DOB ", V(dob, g2))
        c.note = "chat/healthcare billing: SSN and DOB in one message"
    else:
        c.a("i'll need your social and date of birth")
        c.c("social is ", V(ssn_spoken(ds)[0], g1), " and i was born ", V(dob, g2))
        c.note = "call/healthcare billing: SSN and DOB in one turn"
    return c


def p_ssn_chat_two_msgs():
    c = Case("positive", "")
    ds = gen_ssn()
    gid = c.g("SSN", ds)
    c.a("Can you provide your SSN so I can locate the claim?")
    c.c(V(ds[:3] + "-" + ds[3:5], gid), " -")
    c.c(V(ds[5:], gid))
    c.note = "chat/insurance: SSN split across two chat messages"
    return c


# ---------------- NI
def ni_spoken(ni, mode=None, dstyle=None):
    mode = mode or rng.choice(["plain", "plain", "homo", "nato", "for"])
    dstyle = dstyle or rng.choice(["single", "single", "pairs", "dbl", "grouped"])
    z = zero_word()
    let = " ".join(spell_letter(ch_, mode) for ch_ in ni[:2])
    if dstyle == "grouped":
        dig = " ".join(speak_digits(ni[k:k + 2], "single", z) for k in (2, 4, 6))
    else:
        dig = speak_digits(ni[2:8], dstyle, z)
    suf = spell_letter(ni[8], mode if rng.random() < 0.7 else "plain")
    return let, dig, suf, "%s/%s" % (mode, dstyle)


NI_ASK = ["can i take your national insurance number", "what's your n i number please", "and your national insurance number",
          "i just need your ni number to find the record", "could you give me your national insurance"]


def p_ni_typed():
    c = Case("positive", "")
    ni = gen_ni()
    f = rng.choice(["sp", "compact", "lower", "dash", "mixed", "spaced3"])
    if f == "sp":
        txt = "%s %s %s %s %s" % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8])
    elif f == "compact":
        txt = ni
    elif f == "lower":
        txt = rng.choice([ni.lower(), "%s %s %s" % (ni[:2].lower(), ni[2:8], ni[8].lower())])
    elif f == "dash":
        txt = "%s-%s-%s-%s-%s" % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8])
    elif f == "mixed":
        txt = ni[0] + ni[1].lower() + ni[2:4] + " " + ni[4:6] + " " + ni[6:8] + ni[8].lower()
    else:
        txt = "%s %s %s %s" % (ni[:2], ni[2:5], ni[5:8], ni[8])
    gid = c.g("NI_NUMBER", ni)
    c.a("Please could you confirm your National Insurance number?")
    c.c(rng.choice(["", "NI: ", "sure its ", "NINO ", "my ni no is "]), V(txt, gid), rng.choice(["", " cheers", ". Claim ref is 4471902", " - thanks"]))
    c.note = "chat/government services: NI number typed (%s)" % f
    return c


def p_ni_spoken():
    c = Case("positive", "")
    ni = gen_ni()
    let, dig, suf, st = ni_spoken(ni)
    gid = c.g("NI_NUMBER", ni)
    c.a(rng.choice(NI_ASK))
    c.c(rng.choice(["yeah it's ", "it's ", "okay ", ""]), V("%s %s %s" % (let, dig, suf), gid))
    c.note = "call/%s: NI number spoken in one turn (%s)" % (rng.choice(["government services", "banking", "utilities", "insurance"]), st)
    return c


def p_ni_split():
    c = Case("positive", "")
    ni = gen_ni()
    let, dig, suf, st = ni_spoken(ni)
    gid = c.g("NI_NUMBER", ni)
    c.a(rng.choice(NI_ASK))
    c.c(rng.choice(["right so ", "okay ", ""]), V(let, gid))
    c.a(back())
    if rng.random() < 0.5:
        c.c(V(dig, gid))
        c.a(back())
        c.c(rng.choice(["and ", "then ", ""]), V(suf, gid), rng.choice([" at the end", ""]))
    else:
        c.c(V(dig + " " + suf, gid))
    c.note = "call/government services: NI number split over customer turns (%s)" % st
    return c


def p_ni_readback():
    c = Case("positive", "")
    ni = gen_ni()
    let, dig, suf, st = ni_spoken(ni)
    g1, g2 = c.g("NI_NUMBER", ni), c.g("NI_NUMBER", ni)
    c.a(rng.choice(NI_ASK))
    c.c(V("%s %s %s" % (let, dig, suf), g1))
    l2, d2, s2, _ = ni_spoken(ni, "for", "grouped")
    c.a("so that's ", V("%s %s %s" % (l2, d2, s2), g2), " yeah")
    c.c("yep")
    c.note = "call/utilities: NI given (%s) and read back by agent with phonetic alphabet" % st
    return c


def p_ni_correction():
    c = Case("positive", "")
    ni = gen_ni()
    let, dig, suf, st = ni_spoken(ni, "plain", "single")
    while True:
        wl = rng.choice(NI_SECOND)
        if wl != ni[1] and ni[0] + wl not in NI_BAD:
            break
    gf = c.g("NI_NUMBER", ni[0] + wl, "frag")
    gid = c.g("NI_NUMBER", ni)
    c.a(rng.choice(NI_ASK))
    c.c(V("%s %s" % (ni[0].lower(), spell_letter(wl, "plain")), gf), " no sorry ", V("%s %s %s" % (" ".join(spell_letter(x, "for") for x in ni[:2]), dig, suf), gid))
    c.note = "call/government services: NI letters corrected, then spelled with phonetic alphabet"
    return c


def p_ni_with_postcode():
    c = Case("positive", "")
    ni = gen_ni()
    o, i = gen_uk_postcode()
    let, dig, suf, st = ni_spoken(ni)
    g1, g2 = c.g("NI_NUMBER", ni), c.g("POSTCODE", o + i)
    c.a("i'll need your national insurance number and postcode")
    c.c("n i is ", V("%s %s %s" % (let, dig, suf), g1), " and the postcode is ", V(speak_uk_postcode(o, i), g2))
    c.note = "call/government services: NI and postcode in one turn (%s)" % st
    return c


def p_ni_chat_with_noise():
    c = Case("positive", "")
    ni = gen_ni()
    gid = c.g("NI_NUMBER", ni)
    txt = "%s %s%s %s" % (ni[:2], ni[2:4], ni[4:6], ni[6:])
    c.c("Hi I started a new job on 3rd March and got emergency tax code 1257L, my NI is ", V(txt, gid), " and payroll ref 88213")
    c.note = "chat/government services: NI among tax code, date and payroll reference"
    return c


def p_ni_pairs_letters_homo():
    c = Case("positive", "")
    ni = gen_ni()
    gid = c.g("NI_NUMBER", ni)
    z = zero_word()
    txt = "%s %s %s %s" % (" ".join(spell_letter(x, "homo") for x in ni[:2]), speak_digits(ni[2:4], "pairs", z),
                           speak_digits(ni[4:8], "hund", z), spell_letter(ni[8], "homo"))
    c.a("national insurance number")
    c.c(rng.choice(FILL), " ", V(txt, gid))
    c.note = "call/banking: NI letters as ASR homophones (bee/see/jay), digits as pairs/hundreds"
    return c


# ---------------- other types
def p_phone():
    c = Case("positive", "")
    region, ds = gen_phone()
    spoken = rng.random() < 0.55
    intl = rng.random() < 0.3
    if spoken:
        z = zero_word()
        if intl:
            cc = {"uk": "44", "us": "1", "ie": "353"}[region]
            body = ds[1:] if region != "us" else ds
            txt = "plus %s %s" % (speak_digits(cc, "single"), speak_digits(body, rng.choice(["single", "dbl"]), z))
            canon = cc + body
        else:
            txt = speak_digits(ds, rng.choice(["single", "dbl", "pairs"]), z)
            canon = ds
        gid = c.g("PHONE", canon)
        c.a("what's the best number to reach you on")
        c.c(rng.choice(["it's ", "my mobile is ", "you can get me on "]), V(txt, gid), rng.choice(["", " after six", " any time before five"]))
        c.note = "call/%s: %s phone number spoken%s" % (rng.choice(IND), region, " with country code" if intl else "")
    else:
        txt = fmt_phone(region, ds, intl)
        canon = re.sub(r"\D", "", txt)
        gid = c.g("PHONE", canon)
        c.c(rng.choice(["call me back on ", "my number is ", "contact no: ", "pls ring "]), V(txt, gid), rng.choice(["", " thanks", " (mobile)", " between 9 and 5"]))
        c.note = "chat/%s: %s phone typed" % (rng.choice(IND), region)
    return c


def p_phone_split():
    c = Case("positive", "")
    region, ds = gen_phone(rng.choice(["uk", "ie"]))
    gid = c.g("PHONE", ds)
    z = zero_word()
    c.a("and a contact number")
    c.c(V(speak_digits(ds[:5] if region == "uk" else ds[:3], "single", z), gid))
    c.a(back())
    c.c(V(speak_digits(ds[5:] if region == "uk" else ds[3:], rng.choice(["single", "dbl", "pairs"]), z), gid))
    c.note = "call/telecom: phone number split over two customer turns"
    return c


def p_email():
    c = Case("positive", "")
    local, dom = gen_email()
    spoken = rng.random() < 0.55
    if spoken:
        txt = speak_email(local, dom)
        gid = c.g("EMAIL", txt)
        c.a("and an email address for the confirmation")
        c.c(rng.choice(["yeah it's ", "", "it's "]), V(txt, gid))
        c.note = "call/%s: email spoken with 'at' and 'dot'" % rng.choice(IND)
    else:
        txt = local + "@" + dom
        if rng.random() < 0.2:
            txt = txt.upper()
        gid = c.g("EMAIL", txt)
        c.c(rng.choice(["email is ", "send it to ", "my email: "]), V(txt, gid), rng.choice(["", " please", ". thanks!"]))
        c.note = "chat/%s: email typed" % rng.choice(IND)
    return c


def p_bank():
    c = Case("positive", "")
    uk = rng.random() < 0.6
    acct = rdig(8) if uk else rdig(rng.choice([10, 11, 12]), True)
    spoken = rng.random() < 0.5
    ga = c.g("BANK_ACCOUNT", acct)
    if uk:
        sc = rdig(6, True)
        gs = c.g("SORT_CODE", sc)
        if spoken:
            sct = rng.choice([speak_digits(sc, "pairs"), speak_digits(sc, "single"),
                              " ".join(speak_digits(sc[k:k + 2], "single") for k in (0, 2, 4))])
            c.a("can i take the sort code and account number for the direct debit")
            c.c("sort code ", V(sct, gs))
            c.a(back())
            c.c("account number ", V(speak_digits(acct, rng.choice(["single", "dbl", "pairs"])), ga))
            c.note = "call/utilities: UK sort code and account number spoken"
        else:
            sct = rng.choice(["%s-%s-%s", "%s %s %s", "%s%s%s"]) % (sc[:2], sc[2:4], sc[4:])
            c.c("sort code ", V(sct, gs), " acc no ", V(rng.choice([acct, acct[:4] + " " + acct[4:]]), ga), " for the £%d refund" % rng.randint(10, 500))
            c.note = "chat/retail: sort code and account typed with refund amount"
    else:
        if spoken:
            c.a("and the checking account number")
            c.c(V(speak_digits(acct, rng.choice(["single", "dbl"])), ga))
            c.note = "call/banking: US account number spoken"
        else:
            c.c("Acct # ", V(acct, ga), " routing is on file. Payment of $%d due on the 15th" % rng.randint(20, 900))
            c.note = "chat/banking: US account number typed; payment amount and due date unlabelled"
    return c


def p_iban():
    c = Case("positive", "")
    spoken = rng.random() < 0.4
    ib = gen_iban(spoken_safe=spoken)
    gid = c.g("IBAN", ib)
    if spoken:
        z = zero_word()
        parts = [spell_letter(x, "plain") for x in ib[:2]] + [speak_digits(ib[2:4], "single", z)]
        rest = ib[4:]
        k = 0
        while k < len(rest):
            ch_ = rest[k]
            if ch_.isalpha():
                parts.append(spell_letter(ch_, rng.choice(["plain", "plain", "for"])))
                k += 1
            else:
                m = re.match(r"[0-9]+", rest[k:]).group(0)
                parts.append(speak_digits(m, rng.choice(["single", "dbl"]), z))
                k += len(m)
        c.a("can you read me the iban")
        c.c(V(" ".join(parts), gid))
        c.note = "call/travel: %s IBAN spoken" % ib[:2]
    else:
        txt = rng.choice([" ".join(ib[k:k + 4] for k in range(0, len(ib), 4)), ib, ib.lower()])
        c.c(rng.choice(["IBAN: ", "refund to ", "my iban is "]), V(txt, gid), rng.choice(["", " BIC on request", " thanks"]))
        c.note = "chat/banking: %s IBAN typed" % ib[:2]
    return c


def p_address():
    c = Case("positive", "")
    us = rng.random() < 0.35
    spoken = rng.random() < 0.5
    ad = gen_address(spoken, us)
    ga = c.g("ADDRESS", ad)
    if us:
        z = rdig(5, True)
        gz = c.g("POSTCODE", z)
        if spoken:
            c.a("what's the service address")
            c.c(V(ad, ga), " " + rng.choice(["austin texas", "columbus ohio", "denver colorado"]) + " ", V(speak_digits(z, "single"), gz))
        else:
            c.c("Ship to ", V(ad, ga), ", " + rng.choice(["Austin, TX", "Columbus, OH", "Denver, CO"]) + " ", V(z, gz))
        c.note = "%s/retail: US street address and ZIP" % ("call" if spoken else "chat")
    else:
        o, i = gen_uk_postcode()
        gp = c.g("POSTCODE", o + i)
        if spoken:
            c.a("and the first line of the address and postcode")
            c.c(V(ad, ga), rng.choice([" in leeds", " manchester", ""]), " and it's ", V(speak_uk_postcode(o, i), gp))
        else:
            pc = rng.choice([o + " " + i, o + i, (o + " " + i).lower()])
            c.c("New address is ", V(ad, ga), ", " + rng.choice(["Leeds", "Bristol", "Cardiff", "Glasgow"]) + ", ", V(pc, gp))
        c.note = "%s/utilities: UK address line and postcode" % ("call" if spoken else "chat")
    return c


def p_dob():
    c = Case("positive", "")
    spoken = rng.random() < 0.55
    us = rng.random() < 0.4
    d = gen_dob(spoken, us)
    gid = c.g("DOB", d)
    if spoken:
        c.a(rng.choice(["and your date of birth", "can you confirm your date of birth", "d o b please"]))
        c.c(rng.choice(["it's ", "", "yeah ", "the "]), V(d, gid))
        c.note = "call/%s: DOB spoken" % rng.choice(IND)
    else:
        c.c(rng.choice(["DOB ", "date of birth: ", "born "]), V(d, gid), rng.choice(["", " - I'm the account holder", ", policy renews 01/04"]))
        c.note = "chat/%s: DOB typed" % rng.choice(IND)
    return c


def p_postcode_only():
    c = Case("positive", "")
    if rng.random() < 0.6:
        o, i = gen_uk_postcode()
        gid = c.g("POSTCODE", o + i)
        if rng.random() < 0.5:
            c.a("what's the postcode there")
            c.c(V(speak_uk_postcode(o, i), gid))
            c.note = "call/telecom: UK postcode spoken letter by letter"
        else:
            c.c("postcode ", V(rng.choice([o + " " + i, o + i, o.lower() + " " + i.lower()]), gid), " - is fibre available? I'm on 67 Mbps now")
            c.note = "chat/telecom: UK postcode typed with a speed nearby"
    else:
        z = rdig(5, True)
        plus4 = rng.random() < 0.3
        canon = z + (rdig(4) if plus4 else "")
        gid = c.g("POSTCODE", canon)
        if rng.random() < 0.5:
            c.a("and your zip code")
            c.c(V(speak_digits(canon, "single"), gid))
            c.note = "call/insurance: US ZIP spoken"
        else:
            c.c("zip is ", V(canon[:5] + ("-" + canon[5:] if plus4 else ""), gid))
            c.note = "chat/insurance: US ZIP typed"
    return c


def p_mixed_account_verify():
    c = Case("positive", "")
    d = gen_dob(True)
    o, i = gen_uk_postcode()
    g1, g2 = c.g("DOB", d), c.g("POSTCODE", o + i)
    local, dom = gen_email()
    em = speak_email(local, dom)
    g3 = c.g("EMAIL", em)
    c.a("for security can you give me your date of birth")
    c.c(V(d, g1))
    c.a("and the postcode")
    c.c(V(speak_uk_postcode(o, i), g2))
    c.a("lovely and the email on the account")
    c.c(V(em, g3))
    c.a("thanks you're through security your balance is %s" % amount())
    c.note = "call/banking: security questions DOB, postcode, email; balance unlabelled"
    return c


# ---------------- extra adversarial CARD / SSN / NI templates
def p_card_odd_typed():
    c = Case("positive", "")
    ds = gen_card(rng.choice(["visa", "mc", "disc"]))
    form = rng.choice(["pairs", "threes", "spaced", "uneven", "nospace_colon"])
    if form == "pairs":
        txt = " ".join(ds[k:k + 2] for k in range(0, len(ds), 2))
    elif form == "threes":
        txt = " ".join(ds[k:k + 3] for k in range(0, len(ds), 3))
    elif form == "spaced":
        txt = " ".join(ds)
    elif form == "uneven":
        txt = ds[:4] + " " + ds[4:10] + " " + ds[10:]
    else:
        txt = ds
    gid = c.g("CARD_NUMBER", ds)
    if form == "nospace_colon":
        c.c("card no:", V(txt, gid), " exp in the post")
    else:
        c.c(rng.choice(["here's the card ", "use this one ", "card "]), V(txt, gid), rng.choice(["", " for the £%d deposit" % rng.randint(50, 500)]))
    c.note = "chat/travel: card typed with odd grouping (%s)" % form
    return c


def p_card_agent_echo():
    c = Case("positive", "")
    ds = gen_card("visa")
    z = zero_word()
    g1, g2 = c.g("CARD_NUMBER", ds), c.g("CARD_NUMBER", ds)
    c.a("okay go ahead with the card number")
    for k in range(0, 16, 4):
        c.c(V(speak_digits(ds[k:k + 4], rng.choice(["single", "pairs", "dbl"]), z), g1))
        c.a(V(speak_digits(ds[k:k + 4], "single", z), g2), rng.choice([" yep", " okay", "", " mhm"]))
    c.note = "call/utilities: card read in groups with the agent echoing each group (echoes labelled)"
    return c


def p_card_chitchat():
    c = Case("positive", "")
    ds = gen_card(rng.choice(["visa", "mc"]))
    z = zero_word()
    gid = c.g("CARD_NUMBER", ds)
    c.a("can i take the card details for the %s" % amount())
    c.c(V(speak_digits(ds[:8], rng.choice(["single", "dbl"]), z), gid), " sorry the dog's going mad it's about the delivery at half two ",
        rng.choice(["anyway", "right where was i"]), " ", V(speak_digits(ds[8:], rng.choice(["single", "pairs"]), z), gid))
    c.note = "call/retail: card reading interrupted by chit-chat with a time in the middle"
    return c


def p_card_asr_digits():
    c = Case("positive", "")
    ds = gen_card()
    sizes = card_sizes(len(ds))
    z = zero_word()
    parts, i = [], 0
    for s in sizes:
        g = ds[i:i + s]
        i += s
        parts.append(rng.choice([g, " ".join(g), speak_digits(g, "single", z)]))
    gid = c.g("CARD_NUMBER", ds)
    c.a("what's the number on the card")
    c.c("yeah it's ", V(" ".join(parts), gid))
    c.note = "call/insurance: ASR output mixing digit tokens and number words in one card"
    return c


def p_ssn_odd_typed():
    c = Case("positive", "")
    ds = gen_ssn()
    form = rng.choice(["333", "spaced", "mixed", "hash", "dots_sp"])
    if form == "333":
        txt = "%s %s %s" % (ds[:3], ds[3:6], ds[6:])
    elif form == "spaced":
        txt = " ".join(ds)
    elif form == "mixed":
        txt = "%s-%s %s" % (ds[:3], ds[3:5], ds[5:])
    elif form == "hash":
        txt = ds
    else:
        txt = "%s. %s. %s" % (ds[:3], ds[3:5], ds[5:])
    gid = c.g("SSN", ds)
    if form == "hash":
        c.c("SSN#", V(txt, gid), " - member ID is on the card, copay was $%d" % rng.randint(10, 80))
    else:
        c.c("my social security is ", V(txt, gid), rng.choice(["", " and I'm calling about the bill from %s" % rng.choice(MONTHS).capitalize()]))
    c.note = "chat/healthcare billing: SSN typed with odd format (%s)" % form
    return c


def p_ssn_agent_echo():
    c = Case("positive", "")
    ds = gen_ssn()
    z = zero_word()
    g1, g2 = c.g("SSN", ds), c.g("SSN", ds)
    c.a("and the social security number")
    for a, b in ((0, 3), (3, 5), (5, 9)):
        c.c(V(speak_digits(ds[a:b], rng.choice(["single", "pairs"]), z), g1))
        c.a(V(speak_digits(ds[a:b], "single", z), g2))
    c.note = "call/banking: SSN in three groups, agent echoes each group (echoes labelled)"
    return c


def p_ssn_spoken_context_noise():
    c = Case("positive", "")
    ds = gen_ssn()
    gid = c.g("SSN", ds)
    c.a("i can help with the bill from the %s of %s can i get your social" % (ORD[rng.randint(0, 27)], rng.choice(MONTHS)))
    c.c("it's ", V(ssn_spoken(ds)[0], gid), " and the bill was for %s" % amount())
    c.note = "call/healthcare billing: SSN between a service date and an amount"
    return c


def p_ni_odd_typed():
    c = Case("positive", "")
    ni = gen_ni()
    form = rng.choice(["spaced", "slash", "dots", "lowspace"])
    if form == "spaced":
        txt = " ".join(ni)
    elif form == "slash":
        txt = "%s/%s/%s/%s/%s" % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8])
    elif form == "dots":
        txt = "%s.%s.%s.%s.%s" % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8])
    else:
        txt = "%s %s %s %s %s" % (ni[:2].lower(), ni[2:4], ni[4:6], ni[6:8], ni[8].lower())
    gid = c.g("NI_NUMBER", ni)
    c.c("hi re my pension credit claim, NI no ", V(txt, gid), ", I'm %d and moved in %d" % (rng.randint(66, 90), rng.randint(1990, 2024)))
    c.note = "chat/government services: NI typed with odd format (%s) next to age and year"
    c.note = c.note % form
    return c


def p_ni_digit_correction():
    c = Case("positive", "")
    ni = gen_ni()
    z = zero_word()
    let = " ".join(spell_letter(x, rng.choice(["plain", "homo"])) for x in ni[:2])
    wrong = ni[2:5] + str((int(ni[5]) + 3) % 10)
    gid = c.g("NI_NUMBER", ni)
    gf = c.g("NI_NUMBER", wrong, "frag")
    c.a(rng.choice(NI_ASK))
    c.c(V(let, gid))
    c.a(back())
    c.c(V(speak_digits(wrong, "single", z), gf), " no hang on ", V(speak_digits(ni[2:8], rng.choice(["single", "pairs"]), z) + " " + spell_letter(ni[8], "plain"), gid))
    c.note = "call/utilities: NI letters then digits with a false start (fragment labelled)"
    return c


def p_ni_readback_partial_confirm():
    c = Case("positive", "")
    ni = gen_ni()
    let, dig, suf, st = ni_spoken(ni)
    g1 = c.g("NI_NUMBER", ni)
    g2 = c.g("NI_NUMBER", ni)
    c.a("and your national insurance number")
    c.c(V("%s %s %s" % (let, dig, suf), g1))
    c.a("was that ", V(" ".join(spell_letter(x, "plain") for x in ni[:2]) + " " + speak_digits(ni[2:8], "pairs") + " " + spell_letter(ni[8], "plain"), g2), " at the end")
    c.c("yes")
    c.note = "call/insurance: NI given (%s) and confirmed by agent in pairs" % st
    return c


def p_sortcode():
    c = Case("positive", "")
    sc = rdig(6, True)
    acct = rdig(8)
    gs, ga = c.g("SORT_CODE", sc), c.g("BANK_ACCOUNT", acct)
    z = zero_word()
    if rng.random() < 0.6:
        sct = " ".join(pair_words(sc[k:k + 2], z) if sc[k] != "0" else speak_digits(sc[k:k + 2], "single", z) for k in (0, 2, 4))
        c.a("what's the sort code on the account you want the refund paid into")
        c.c(V(sct, gs), " ", rng.choice(FILL), " and the account is ", V(speak_digits(acct, rng.choice(["single", "dbl", "pairs"]), z), ga))
        c.a("thanks the refund of %s will take three to five working days" % amount())
        c.note = "call/insurance: sort code as pairs then account number in the same turn; refund amount"
    else:
        c.c(V(rng.choice(["%s-%s-%s", "%s %s %s", "%s.%s.%s"]) % (sc[:2], sc[2:4], sc[4:]), gs), " / ", V(acct, ga), " is the account for the refund of £%d.%02d" % (rng.randint(5, 400), rng.randint(0, 99)))
        c.note = "chat/retail: sort code and account separated by a slash; refund amount"
    return c


POS_TEMPLATES = [
    (p_card_typed, 10), (p_card_spoken_one_turn, 10), (p_card_split, 6), (p_card_filler, 3),
    (p_card_homophone, 3), (p_card_readback, 3), (p_card_correction, 3), (p_card_cvv_exp_chat, 6),
    (p_card_cvv_exp_call, 9), (p_card_two_in_turn, 2), (p_card_chat_split, 2), (p_card_chat_typo, 2),
    (p_card_pairs_dict, 3),
    (p_ssn_typed, 8), (p_ssn_spoken, 9), (p_ssn_split, 4), (p_ssn_readback, 3), (p_ssn_last4, 2),
    (p_ssn_correction, 2), (p_ssn_homophone, 2), (p_ssn_with_dob, 4), (p_ssn_chat_two_msgs, 2),
    (p_ni_typed, 9), (p_ni_spoken, 9), (p_ni_split, 5), (p_ni_readback, 3), (p_ni_correction, 2),
    (p_ni_with_postcode, 3), (p_ni_chat_with_noise, 2), (p_ni_pairs_letters_homo, 3),
    (p_phone, 13), (p_phone_split, 3), (p_email, 14), (p_bank, 18), (p_iban, 16), (p_address, 17),
    (p_dob, 10), (p_postcode_only, 8), (p_mixed_account_verify, 3),
    (p_card_odd_typed, 5), (p_card_agent_echo, 3), (p_card_chitchat, 3), (p_card_asr_digits, 4),
    (p_ssn_odd_typed, 5), (p_ssn_agent_echo, 3), (p_ssn_spoken_context_noise, 3),
    (p_ni_odd_typed, 4), (p_ni_digit_correction, 3), (p_ni_readback_partial_confirm, 3),
    (p_sortcode, 6),
]


# ================================================================ NEGATIVES
def n_money():
    c = Case("negative", "")
    if rng.random() < 0.5:
        c.a("your outstanding balance is %s and the minimum payment is %s" % (amount(), rng.choice(["twenty five pounds", "thirty five dollars", "fifteen euro"])))
        c.c("okay can i pay %s today" % amount())
        c.note = "call/banking: balances and payment amounts spoken"
    else:
        c.c("I was charged £%d,%03d.%02d instead of £%d.%02d on my last bill??" % (rng.randint(1, 4), rng.randint(0, 999), rng.randint(0, 99), rng.randint(20, 99), rng.randint(0, 99)))
        c.a("Sorry about that, I can see a credit of £%d.%02d pending." % (rng.randint(100, 999), rng.randint(0, 99)))
        c.note = "chat/utilities: money amounts with thousands separators"
    return c


def n_appointment():
    c = Case("negative", "")
    d = rng.randint(1, 28)
    m = rng.choice(MONTHS)
    if rng.random() < 0.5:
        c.a("i can book an engineer for the %s of %s between eight and one" % (ORD[d - 1], m))
        c.c("the %s of %s yeah that's fine i'm off that day" % (ORD[d - 1], m))
        c.note = "call/telecom: appointment date spoken, not a birth date"
    else:
        c.a("Your appointment is confirmed for %02d/%02d/2027 at %d:%02d." % (d, rng.randint(1, 12), rng.randint(8, 17), rng.choice([0, 15, 30, 45])))
        c.c("great, and the follow-up on %s %d?" % (m.capitalize(), d))
        c.note = "chat/healthcare billing: appointment dates and times"
    return c


def n_reference():
    c = Case("negative", "")
    w = rng.choice(["order number", "reference number", "ticket number", "case number", "claim number", "invoice number", "booking reference"])
    n = rng.randint(5, 10)
    ds = rdig(n, True)
    if rng.random() < 0.5:
        c.a("have you got your %s" % w)
        c.c("yeah the %s is %s" % (w, speak_digits(ds, rng.choice(["single", "dbl", "pairs"]))))
        c.a("thanks let me pull that up")
        c.note = "call/retail: %d-digit %s spoken" % (n, w)
    else:
        tail = {"order number": "still not delivered after %d days", "ticket number": "open for %d days now",
                "case number": "no update in %d days", "claim number": "submitted %d days ago",
                "invoice number": "due in %d days", "booking reference": "for %d nights",
                "reference number": "from %d days ago"}[w] % rng.randint(3, 20)
        c.c("%s %s - %s" % (w.capitalize(), rng.choice([ds, ds[:4] + " " + ds[4:], "#" + ds]), tail))
        c.note = "chat/retail: %d-digit %s typed" % (n, w)
    return c


def n_flight():
    c = Case("negative", "")
    fl = rng.choice(["EI", "BA", "FR", "AA", "UA", "LH", "KL"]) + str(rng.randint(100, 9999))
    if rng.random() < 0.5:
        c.c("My flight %s on the %dth was cancelled, gate %s%d, I've been waiting %d hours" % (fl, rng.randint(4, 28), rng.choice("ABC"), rng.randint(1, 60), rng.randint(2, 9)))
        c.note = "chat/travel: flight number, gate, waiting hours"
    else:
        c.a("that's flight %s %s departing at %s" % (" ".join(fl[:2].lower()), speak_digits(fl[2:], "pairs"), rng.choice(["six forty five", "half seven", "fourteen twenty", "nine fifteen am"])))
        c.c("yeah and it lands at %s local time" % rng.choice(["eleven thirty", "quarter past two", "sixteen fifty"]))
        c.note = "call/travel: flight number and times spoken"
    return c


def n_room():
    c = Case("negative", "")
    c.c("i'm in room %s for %s nights checking out on the %s" % (speak_digits(str(rng.randint(101, 1450)), "single"), UNIT_W[rng.randint(2, 9)], ORD[rng.randint(0, 27)]))
    c.a("okay and breakfast is from seven till ten thirty on floor %s" % UNIT_W[rng.randint(1, 9)])
    c.note = "call/travel: hotel room number, nights, times"
    return c


def n_model():
    c = Case("negative", "")
    mdl = rng.choice(["SM-G991B", "iPhone 15 Pro 256GB", "TG-789vac v2", "HG8245Q2", "WX-4400", "Pixel 8a", "KX-TG6821"])
    c.c("The model is %s, serial on the sticker ends %s" % (mdl, rng.choice(["AB12", "X7Q", "00F3"])))
    c.a("Thanks, firmware version %d.%d.%d is current." % (rng.randint(1, 9), rng.randint(0, 20), rng.randint(0, 99)))
    c.note = "chat/telecom: model numbers and firmware versions"
    return c


def n_meter():
    c = Case("negative", "")
    r = rdig(5, True)
    if rng.random() < 0.5:
        c.a("can you read me the meter reading")
        c.c("it's %s and the night one is %s" % (speak_digits(r, "single"), speak_digits(rdig(5, True), "single")))
        c.note = "call/utilities: meter readings spoken as digits"
    else:
        c.c("meter reading %s kWh as of today, last one was %s" % (r, rdig(5, True)))
        c.note = "chat/utilities: meter readings typed"
    return c


def n_speed():
    c = Case("negative", "")
    c.c("i'm paying for %s megabits but only getting about %s, the speed test said %s ping" % (
        rng.choice(["five hundred", "nine hundred", "a hundred and fifty", "sixty seven"]),
        rng.choice(["forty", "twelve point five", "eighty"]), rng.choice(["thirty two", "eighteen", "a hundred and four"])))
    c.a("okay i'll run a line test that takes about %s minutes" % rng.choice(["ten", "fifteen", "twenty"]))
    c.note = "call/telecom: speeds, latency and durations"
    return c


def n_age_temp():
    c = Case("negative", "")
    c.c("my son is %d and he's had a temperature of %d.%d since %s, is the consult covered? it cost $%d" % (
        rng.randint(2, 17), rng.randint(37, 40), rng.randint(0, 9), rng.choice(["Monday", "Tuesday", "the weekend"]), rng.randint(40, 300)))
    c.a("Yes, up to %d visits per year are covered at %d%%." % (rng.randint(3, 12), rng.choice([70, 80, 90, 100])))
    c.note = "chat/healthcare billing: age, temperature, cost, percentages"
    return c


def n_percent():
    c = Case("negative", "")
    c.a("the rate is %s percent apr fixed for %s months on a loan of %s" % (
        rng.choice(["nineteen point nine", "six point four", "twenty two point nine"]), rng.choice(["thirty six", "twenty four", "sixty"]),
        rng.choice(["ten thousand pounds", "fifteen thousand dollars", "eight thousand five hundred euro"])))
    c.c("and what would the monthly be roughly")
    c.a("about %s a month" % rng.choice(["three hundred and twelve pounds", "two hundred and ninety dollars", "four eighty"]))
    c.note = "call/banking: rates, terms, loan amounts"
    return c


def n_contract():
    c = Case("negative", "")
    y = rng.randint(2019, 2026)
    if rng.random() < 0.5:
        c.c("my contract started on %d/%d/%d and was for %d months so it should end in %s %d" % (rng.randint(1, 28), rng.randint(1, 12), y, rng.choice([12, 18, 24]), rng.choice(MONTHS).capitalize(), y + 2))
        c.note = "chat/telecom: contract start and end dates"
    else:
        c.a("the direct debit comes out on the %s of every month and your next one is the %s of %s" % (ORD[rng.randint(0, 27)], ORD[rng.randint(0, 27)], rng.choice(MONTHS)))
        c.c("can we move it to the %s" % ORD[rng.randint(0, 27)])
        c.note = "call/utilities: payment dates"
    return c


def n_duration():
    c = Case("negative", "")
    c.c("i've been on hold for %s and this is my %s call this week" % (rng.choice(["forty five minutes", "an hour and twenty minutes", "two hours", "ninety minutes"]), rng.choice(["third", "fourth", "fifth"])))
    c.a("i'm sorry about the wait we're seeing about %s in the queue today" % rng.choice(["three hundred calls", "twelve hundred people", "a forty minute wait"]))
    c.note = "call/telecom: durations and counts"
    return c


def n_year():
    c = Case("negative", "")
    c.c("I've been a customer since %d and the car is a %d %s with %s miles" % (rng.randint(1995, 2020), rng.randint(2008, 2024), rng.choice(["Golf", "Corolla", "Focus", "Civic"]), "{:,}".format(rng.randint(10000, 150000))))
    c.a("Thanks, that's a %d-year no claims discount, %d%% off." % (rng.randint(2, 9), rng.randint(20, 65)))
    c.note = "chat/insurance: years, mileage, no-claims years, percentages"
    return c


def n_quantity():
    c = Case("negative", "")
    c.c("ordered %d boxes of %d and %d pallets, only %d boxes turned up, invoice INV-%s" % (rng.randint(2, 40), rng.choice([12, 24, 50]), rng.randint(1, 5), rng.randint(1, 9), rdig(6, True)))
    c.note = "chat/retail: quantities and invoice number"
    return c


def n_ivr():
    c = Case("negative", "")
    c.a("if you need billing press one for a new connection press two or call us back after %s" % rng.choice(["eight am", "nine thirty", "six pm"]))
    c.c("two")
    c.a("thanks you are caller number %s in the queue" % rng.choice(["four", "twelve", "nineteen"]))
    c.note = "call/utilities: IVR menu digits and queue position"
    return c


def n_medication():
    c = Case("negative", "")
    c.c("the pharmacy billed me for %d tablets of %dmg, i take %d a day, the copay was $%d.%02d" % (rng.choice([28, 30, 56, 90]), rng.choice([250, 500, 20, 40]), rng.randint(1, 3), rng.randint(5, 60), rng.randint(0, 99)))
    c.a("I see claim number %s was processed on %s %d." % (rdig(9, True), rng.choice(MONTHS).capitalize(), rng.randint(1, 28)))
    c.note = "chat/healthcare billing: doses, quantities, copay, claim number, date"
    return c


def n_spoken_ref_long():
    c = Case("negative", "")
    ds = rdig(rng.choice([8, 9, 10]), True)
    c.a("can i take your claim reference")
    c.c("yeah claim reference %s" % speak_digits(ds, rng.choice(["pairs", "hund", "single"])))
    c.a("thank you that's %s days since the claim was opened" % rng.choice(["twelve", "forty", "six"]))
    c.note = "call/insurance: long spoken claim reference (with its reference word)"
    return c


def n_balance_spoken():
    c = Case("negative", "")
    c.a("your balance is %s and your available credit is %s" % (
        rng.choice(["three thousand two hundred and six dollars and ten cents", "one thousand nine hundred and eighty pounds", "four hundred and twelve euro fifty"]),
        rng.choice(["two thousand dollars", "five hundred and forty pounds", "nine hundred euro"])))
    c.c("okay and when's the statement date")
    c.a("the %s" % ORD[rng.randint(0, 27)])
    c.note = "call/banking: spoken balances with hundreds and thousands"
    return c


def n_data():
    c = Case("negative", "")
    c.c("i used %d gigs of my %d gig allowance and the plan is %s a month, upgrade to %dGB?" % (rng.randint(5, 60), rng.choice([30, 50, 100]), rng.choice(["£15", "€20", "$35"]), rng.choice([100, 200])))
    c.a("Sure, the %dGB plan is %s/month on a %d month term." % (rng.choice([100, 200]), rng.choice(["£22", "€28", "$45"]), rng.choice([12, 24])))
    c.note = "chat/telecom: data allowances, prices, terms"
    return c


def n_time_call():
    c = Case("negative", "")
    c.c("the delivery came at %s but the slot was %s to %s and the driver left after %s minutes" % (
        rng.choice(["twenty past four", "four twenty", "sixteen twenty"]), rng.choice(["seven", "eight", "nine"]), rng.choice(["eleven", "twelve", "one"]), rng.choice(["two", "five", "ten"])))
    c.a("i'm sorry about that i'll refund the %s delivery charge" % rng.choice(["four ninety nine", "five pounds", "three fifty"]))
    c.note = "call/retail: times, slots, refund amount"
    return c


def n_tracking_order_chat():
    c = Case("negative", "")
    c.a("Your order #%s shipped on %d/%d in %d parcels, ETA %d-%d working days." % (rdig(7, True), rng.randint(1, 28), rng.randint(1, 12), rng.randint(2, 4), rng.randint(2, 3), rng.randint(4, 6)))
    c.c("ok ty, total was $%d.%02d right?" % (rng.randint(20, 400), rng.randint(0, 99)))
    c.note = "chat/retail: order number, ship date, ETA, total"
    return c


def n_gov_ref():
    c = Case("negative", "")
    c.a("your application reference is %s and it was received on the %s of %s %s" % (
        speak_digits(rdig(8, True), "single"), ORD[rng.randint(0, 27)], rng.choice(MONTHS), rng.choice(["twenty twenty five", "two thousand and twenty six"])))
    c.c("and how long does it take")
    c.a("about %s weeks at the moment" % rng.choice(["six", "eight", "twelve"]))
    c.note = "call/government services: application reference and received date"
    return c


def n_field_talk():
    c = Case("negative", "")
    f = rng.choice([("national insurance number", "call/government services"), ("social security number", "call/healthcare billing"),
                    ("card number", "call/retail"), ("sort code and account number", "call/banking")])
    c.a("can i take your %s please" % f[0])
    c.c("i haven't got it on me sorry can i ring back at %s tomorrow it'll take me %s to find the letter" % (
        rng.choice(["three", "half ten", "quarter to four", "two thirty"]), rng.choice(["ten minutes", "an hour", "five minutes"])))
    c.a("no problem the line's open till %s and it's option %s" % (rng.choice(["eight", "six thirty", "nine pm"]), UNIT_W[rng.randint(1, 6)]))
    c.note = "%s: PII field named but no value given; times and menu option only" % f[1]
    return c


def n_tax_forms():
    c = Case("negative", "")
    ty = rng.randint(2019, 2024)
    c.c("my tax code changed from %s to %s in %s and the P60 for %d/%02d shows £%s" % (
        rng.choice(["1257L", "1185L", "1100L"]), rng.choice(["BR", "0T", "K475", "1257L W1"]), rng.choice(MONTHS).capitalize(),
        ty, (ty + 1) % 100, "{:,}".format(rng.randint(15000, 80000))))
    c.a("Thanks, that's %d months of emergency tax; a refund of around £%d is due in %d to %d weeks." % (
        rng.randint(2, 9), rng.randint(100, 2000), rng.randint(4, 6), rng.randint(8, 12)))
    c.note = "chat/government services: tax codes, tax years, salary, refund amount"
    return c


def n_travel_seats():
    c = Case("negative", "")
    tm = rng.choice(["07:45", "18:10", "11:32"])
    c.c("we're seats %d%s and %d%s on the %s train, coach %s, platform %d, and it's now %d minutes late" % (
        rng.randint(1, 60), rng.choice("ABCD"), rng.randint(1, 60), rng.choice("ABCD"), tm,
        rng.choice("ABCDEF"), rng.randint(1, 14), rng.choice([35, 50, 75])))
    c.a("Thanks, the refund for the %d minute delay is %d%% of the fare." % (rng.choice([30, 60, 120]), rng.choice([25, 50, 100])))
    c.note = "chat/travel: seat, coach, platform numbers, times and delay"
    return c


NEG_TEMPLATES = [
    (n_money, 8), (n_appointment, 8), (n_reference, 12), (n_flight, 6), (n_room, 4), (n_model, 4),
    (n_meter, 6), (n_speed, 4), (n_age_temp, 4), (n_percent, 4), (n_contract, 6), (n_duration, 4),
    (n_year, 4), (n_quantity, 4), (n_ivr, 3), (n_medication, 4), (n_spoken_ref_long, 6),
    (n_balance_spoken, 5), (n_data, 4), (n_time_call, 4), (n_tracking_order_chat, 4), (n_gov_ref, 4),
    (n_field_talk, 6), (n_tax_forms, 4), (n_travel_seats, 4),
]


# ================================================================ build / check
def generate():
    rng.seed(SEED)
    pos, neg = [], []
    for fn, k in POS_TEMPLATES:
        for _ in range(k):
            pos.append(fn())
    for fn, k in NEG_TEMPLATES:
        for _ in range(k):
            neg.append(fn())
    rng.shuffle(pos)
    rng.shuffle(neg)
    rows, meta = [], []
    for prefix, lst in (("pos", pos), ("neg", neg)):
        for n, case in enumerate(lst, 1):
            turns, spans, gspans = case.build()
            rows.append({"id": "%s-%s-%03d" % (PFX, prefix, n), "kind": case.kind, "turns": turns,
                         "spans": spans, "note": case.note})
            meta.append((case, gspans))
    return rows, meta


def validate_value(typ, gkind, got, canon, raw):
    """got = normalised joined span text; raw = joined span text."""
    if typ == "EMAIL":
        if "@" in raw:
            return bool(re.fullmatch(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}", raw))
        return " at " in raw and " dot " in raw
    if typ == "ADDRESS":
        low = raw.lower()
        return any(re.search(r"\b%s\b" % s, low) for s in list(SUFFIX) + [v.lower() for v in SUFFIX_ABBR.values()]) \
            and bool(re.search(r"[0-9]", got))
    if typ == "DOB":
        low = raw.lower()
        return any(m in low for m in MONTHS) or "nineteen" in low or "thousand" in low or bool(re.search(r"[0-9]{1,2}[/.-][0-9]{1,2}[/.-][0-9]{2,4}", raw)) \
            or bool(re.fullmatch(r"[0-9]{6,8}", got))
    if typ == "EXPIRY":
        if any(m in raw.lower() for m in MONTHS):
            return True
        return bool(re.fullmatch(r"(0?[1-9]|1[0-2])(20)?[0-9]{2}", got))
    if got != canon.upper() and typ not in ("EMAIL",):
        return False
    if gkind == "frag":
        return bool(re.fullmatch(r"[0-9A-Z]{1,18}", got))
    if gkind == "part":
        return bool(re.fullmatch(r"[0-9]{4}", got))
    if typ == "CARD_NUMBER":
        return got.isdigit() and 13 <= len(got) <= 19 and luhn_ok(got)
    if typ == "SSN":
        return bool(re.fullmatch(r"[0-9]{9}", got)) and got[:3] not in ("000", "666") and got[0] != "9" and got[3:5] != "00" and got[5:] != "0000"
    if typ == "NI_NUMBER":
        return ni_ok(got)
    if typ == "CVV":
        return got.isdigit() and len(got) in (3, 4)
    if typ == "SORT_CODE":
        return got.isdigit() and len(got) == 6
    if typ == "BANK_ACCOUNT":
        return got.isdigit() and 8 <= len(got) <= 12
    if typ == "IBAN":
        return iban_ok(got)
    if typ == "PHONE":
        return got.isdigit() and 10 <= len(got) <= 13
    if typ == "POSTCODE":
        return postcode_ok(got)
    return False


def serialise(rows):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def counts(rows):
    c = Counter(s["type"] for r in rows for s in r["spans"])
    return c


def readme(rows):
    c = counts(rows)
    npos = sum(r["kind"] == "positive" for r in rows)
    nneg = len(rows) - npos
    lines = ["# PII hold-out set 151", "",
             "**Never use this set for tuning.** It is a held-out evaluation set; do not look at individual",
             "failures to adjust patterns, thresholds or word lists.", "",
             "## Provenance", "",
             "Written by an AI helper acting as an independent author who did not see the redaction code,",
             "its tests, its docs or any other PII fixture (only a 3-line format example).  All cases are",
             "generated by `scripts/make_pii_holdout151.py` from template functions; every turn is assembled",
             "from plain-text segments and (value, TYPE) segments, so offsets are computed, never typed.",
             "All values come from one `random.Random(%d)`; the output is byte-for-byte reproducible." % SEED, "",
             "    python scripts/make_pii_holdout151.py          # write cases.jsonl and this README",
             "    python scripts/make_pii_holdout151.py --check  # regenerate, compare, validate", "",
             "`--check` verifies: identical bytes, unique ids, offsets in range and on word boundaries,",
             "non-overlapping spans, negatives have no spans, and each value after normalising spoken forms",
             "(Luhn for cards, mod-97 for IBANs, NI format, 9 digits for SSN, 6 for sort codes, digit counts",
             "for CVV/phone/account, UK/US postcode shapes; the pieces of a value split across turns are\n"
             "normalised one by one and joined before validation).", "",
             "## Annotation conventions", "",
             "- A span covers the value only: from its first to its last character/word.  Lead-ins such as",
             "  \"it's\", \"card number is\", \"SSN:\" and trailing chatter are outside the span.",
             "- Spoken values include everything between the first and last value word: separators,",
             "  \"double\"/\"triple\", \"hundred\"/\"and\" of hundreds, filler words (\"um\", \"er\") inside a reading,",
             "  phonetic-alphabet expansions (\"j for juliet\"), letter homophones (\"bee\", \"see\", \"jay\") and",
             "  digit homophones an ASR produces (\"for\", \"to\", \"ate\").",
             "- A value split across turns (or interrupted by a phrase such as \"hang on let me see\") gets one",
             "  span per piece; agent back-channels between the pieces are not labelled.",
             "- Agent read-backs of a value are labelled with the same type.",
             "- Self-corrections: the abandoned fragment (e.g. the first digits of a card before \"no sorry\")",
             "  is labelled with the same type as a separate span, as is the corrected full value.",
             "- \"Last four\" of an SSN is labelled SSN.",
             "- ADDRESS covers house/flat number through the street suffix; town/state are not labelled;",
             "  postcode/ZIP is a separate POSTCODE span.",
             "- DOB covers the date only (not \"the\" or \"born\").  EXPIRY and CVV are labelled only when the",
             "  context is clearly a card.",
             "- Amounts, times, dates that are not birth dates, references with their reference word, flight,",
             "  room, model numbers, meter readings etc. are never labelled (they appear in positives too).",
             "", "## Counts", "",
             "- cases: %d (%d positive, %d negative)" % (len(rows), npos, nneg), "",
             "| type | spans |", "|---|---|"]
    for t in TYPES:
        lines.append("| %s | %d |" % (t, c.get(t, 0)))
    lines.append("")
    return "\n".join(lines)


def check(rows, meta, text_on_disk, readme_on_disk):
    probs = []
    if text_on_disk != serialise(rows):
        probs.append("cases.jsonl differs from regenerated output")
    if readme_on_disk != readme(rows):
        probs.append("README.md differs from regenerated output")
    ids = [r["id"] for r in rows]
    if len(ids) != len(set(ids)):
        probs.append("duplicate ids")
    for r, (case, gspans) in zip(rows, meta):
        rid = r["id"]
        if r["kind"] == "negative" and r["spans"]:
            probs.append("%s: negative with spans" % rid)
        if r["kind"] == "positive" and not r["spans"]:
            probs.append("%s: positive without spans" % rid)
        for t in r["turns"]:
            if t["speaker"] not in ("agent", "customer") or not t["text"]:
                probs.append("%s: bad turn" % rid)
        byturn = {}
        for s in r["spans"]:
            if s["type"] not in TYPES:
                probs.append("%s: bad type" % rid)
            if not (0 <= s["turn"] < len(r["turns"])):
                probs.append("%s: turn out of range" % rid)
                continue
            txt = r["turns"][s["turn"]]["text"]
            st, en = s["start"], s["end"]
            if not (0 <= st < en <= len(txt)):
                probs.append("%s: offsets out of range" % rid)
                continue
            sub = txt[st:en]
            if sub != sub.strip() or not sub:
                probs.append("%s: span has outer whitespace %r" % (rid, sub))
            if (st > 0 and txt[st - 1].isalnum()) or (en < len(txt) and txt[en].isalnum()):
                probs.append("%s: span not on word boundary %r" % (rid, sub))
            byturn.setdefault(s["turn"], []).append((st, en))
        for tlist in byturn.values():
            tlist.sort()
            for (a1, b1), (a2, b2) in zip(tlist, tlist[1:]):
                if a2 < b1:
                    probs.append("%s: overlapping spans" % rid)
        # value validation per group
        pieces = {}
        for gid, ti, st, en in gspans:
            pieces.setdefault(gid, []).append(r["turns"][ti]["text"][st:en])
        for gid, g in case.groups.items():
            if gid not in pieces:
                probs.append("%s: group %d without span" % (rid, gid))
                continue
            raw = " ".join(pieces[gid])
            got = "".join(norm(x, homophones=True) for x in pieces[gid])
            if not validate_value(g["type"], g["kind"], got, g["canon"], raw):
                probs.append("%s: %s value fails validation: %r -> %r (canon %r)" % (rid, g["type"], raw, got, g["canon"]))
    # also the negatives must not accidentally contain Luhn-valid 13-19 digit runs
    for r in rows:
        if r["kind"] == "negative":
            for t in r["turns"]:
                for m in re.findall(r"[0-9][0-9 -]{11,}[0-9]", t["text"]):
                    d = re.sub(r"\D", "", m)
                    if 13 <= len(d) <= 19 and luhn_ok(d):
                        probs.append("%s: negative contains Luhn-valid digit run" % r["id"])
    c = counts(rows)
    npos = sum(r["kind"] == "positive" for r in rows)
    nneg = len(rows) - npos
    if npos < 170 or nneg < 100:
        probs.append("too few cases: %d pos %d neg" % (npos, nneg))
    for t in TYPES:
        need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
        if c.get(t, 0) < need:
            probs.append("type %s has %d spans < %d" % (t, c.get(t, 0), need))
    return probs, c, npos, nneg


def main():
    rows, meta = generate()
    if "--check" in sys.argv[1:]:
        try:
            with open(CASES, encoding="utf-8") as f:
                disk = f.read()
            with open(README, encoding="utf-8") as f:
                rd = f.read()
        except OSError as e:
            print("cannot read fixture: %s" % e)
            return 1
        probs, c, npos, nneg = check(rows, meta, disk, rd)
        print("cases: %d (positive %d, negative %d)" % (len(rows), npos, nneg))
        for t in TYPES:
            print("  %-13s %d" % (t, c.get(t, 0)))
        if probs:
            print("PROBLEMS (%d):" % len(probs))
            for p in probs[:200]:
                print("  " + p)
            return 1
        print("check OK")
        return 0
    os.makedirs(OUT_DIR, exist_ok=True)
    with open(CASES, "w", encoding="utf-8", newline="\n") as f:
        f.write(serialise(rows))
    with open(README, "w", encoding="utf-8", newline="\n") as f:
        f.write(readme(rows))
    c = counts(rows)
    print("wrote %d cases to %s" % (len(rows), CASES))
    print(dict(c))
    return 0


if __name__ == "__main__":
    sys.exit(main())

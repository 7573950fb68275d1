#!/usr/bin/env python3
"""Generate the pii_holdout379 held-out PII evaluation set.

Written by an independent test author (AI helper) who did not see the
redaction engine. Standard library only; one RNG: random.Random(379241125).

Usage:
    python scripts/make_pii_holdout379.py           # write cases.jsonl
    python scripts/make_pii_holdout379.py --check   # regenerate + verify
"""
import json
import os
import re
import sys
import random
from collections import Counter

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "fixtures", "pii_holdout379", "cases.jsonl")

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

# ---------------------------------------------------------------- words
UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
       "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
       "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth",
       "twenty first", "twenty second", "twenty third", "twenty fourth", "twenty fifth",
       "twenty sixth", "twenty seventh", "twenty eighth", "twenty ninth", "thirtieth",
       "thirty first"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
NATO = {"a": ["alpha", "apple"], "b": ["bravo", "bob"], "c": ["charlie", "cat"],
        "d": ["delta", "david"], "e": ["echo", "edward"], "g": ["golf", "george"],
        "h": ["hotel", "harry"], "j": ["juliet", "john"], "k": ["kilo", "king"],
        "l": ["lima", "london"], "m": ["mike", "mother"], "n": ["november", "nancy"],
        "p": ["papa", "peter"], "r": ["romeo", "robert"], "s": ["sierra", "sugar"],
        "t": ["tango", "tommy"], "w": ["whiskey", "william"], "x": ["xray"],
        "y": ["yankee", "yellow"], "z": ["zulu", "zebra"], "f": ["foxtrot", "freddie"],
        "i": ["india"], "q": ["quebec", "queen"], "u": ["uniform"], "v": ["victor"]}
LETTER_NAMES = {"bee": "b", "see": "c", "dee": "d", "gee": "g", "jay": "j", "kay": "k",
                "el": "l", "em": "m", "en": "n", "pee": "p", "ar": "r", "ess": "s",
                "tee": "t", "vee": "v", "ex": "x", "zed": "z", "aitch": "h", "why": "y"}
LN_REV = {v: k for k, v in LETTER_NAMES.items()}
FILLERS = ["um", "uh", "er", "erm", "ah"]
SKIP_WORDS = set(FILLERS) | {"hmm", "mm", "dash", "hyphen", "space", "slash", "plus"}


def num_words(n):
    """Natural English for 0..9999 (British 'and')."""
    if n < 10:
        return UNITS[n]
    if n < 20:
        return TEENS[n - 10]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else " " + UNITS[n % 10])
    if n < 1000:
        r = n % 100
        return UNITS[n // 100] + " hundred" + ("" if r == 0 else " and " + num_words(r))
    r = n % 1000
    return num_words(n // 1000) + " thousand" + ("" if r == 0 else (" and " if r < 100 else " ") + num_words(r))


def zero_word(rng):
    return rng.choice(["oh", "oh", "oh", "zero", "zero", "o", "nought"])


def speak_digits(s, rng, pairs=0.3, hund=0.08, dbl=0.5, zw=None):
    out = []
    i = 0
    while i < len(s):
        rem = s[i:]
        r3 = int(rem[1:3]) if len(rem) >= 3 and rem[1:3].isdigit() else None
        if (len(rem) >= 3 and rem[0] != "0" and r3 is not None and r3 != 0
                and (r3 < 20 or r3 % 10 != 0) and rng.random() < hund):
            rw = UNITS[r3] if r3 < 10 else (TEENS[r3 - 10] if r3 < 20 else TENS[r3 // 10] + " " + UNITS[r3 % 10])
            out.append(UNITS[int(rem[0])] + " hundred and " + rw)
            i += 3
            continue
        if len(rem) >= 3 and rem[0] == rem[1] == rem[2] and rng.random() < dbl:
            out.append("triple " + (zw or zero_word(rng) if rem[0] == "0" else UNITS[int(rem[0])]))
            i += 3
            continue
        if len(rem) >= 2 and rem[0] == rem[1] and rng.random() < dbl:
            out.append("double " + ((zw or zero_word(rng)) if rem[0] == "0" else UNITS[int(rem[0])]))
            i += 2
            continue
        if len(rem) >= 2 and rem[0] != "0" and (rem[0] == "1" or rem[1] != "0") and rng.random() < pairs:
            v = int(rem[:2])
            out.append(TEENS[v - 10] if v < 20 else TENS[v // 10] + " " + UNITS[v % 10])
            i += 2
            continue
        out.append((zw or zero_word(rng)) if rem[0] == "0" else UNITS[int(rem[0])])
        i += 1
    return " ".join(out)


def say_letter(c, rng, nato=0.4):
    c = c.lower()
    r = rng.random()
    if r < nato and c in NATO:
        return "%s for %s" % (c, rng.choice(NATO[c]))
    if r < nato + 0.15 and c in LN_REV:
        return LN_REV[c]
    return c


def speak_mixed(s, rng, nato=0.35, pairs=0.2):
    """Speak a string of letters and digits (runs of digits spoken together)."""
    parts = re.findall(r"[A-Za-z]|\d+", s)
    return " ".join(say_letter(p, rng, nato) if p.isalpha() else speak_digits(p, rng, pairs=pairs, hund=0)
                    for p in parts)


# ---------------------------------------------------------------- normaliser
WORD_DIGIT = {w: str(i) for i, w in enumerate(UNITS)}
WORD_DIGIT.update({"oh": "0", "o": "0", "nought": "0"})


def spoken_norm(text):
    toks = re.findall(r"[a-z]+|\d+", text.lower())
    out = []
    i = 0
    n = len(toks)

    def letter_follow(j):
        # skip "for X" / "as in X"
        if j < n and toks[j] == "for" and j + 1 < n:
            return j + 2
        if j + 1 < n and toks[j] == "as" and toks[j + 1] == "in" and j + 2 < n:
            return j + 3
        return j

    while i < n:
        t = toks[i]
        if t in SKIP_WORDS:
            i += 1
            continue
        if t.isdigit():
            out.append(t)
            i += 1
            continue
        if len(t) == 1 and i + 1 < n and (toks[i + 1] == "for" or (toks[i + 1] == "as" and i + 2 < n and toks[i + 2] == "in")):
            out.append(t.upper())
            i = letter_follow(i + 1)
            continue
        if t in ("double", "triple"):
            k = 2 if t == "double" else 3
            if i + 1 >= n:
                raise ValueError("dangling " + t)
            nx = toks[i + 1]
            if t == "double" and nx == "you":
                out.append("W")
                i += 2
                continue
            if nx in WORD_DIGIT:
                out.append(WORD_DIGIT[nx] * k)
            elif len(nx) == 1:
                out.append(nx.upper() * k)
            elif nx in LETTER_NAMES:
                out.append(LETTER_NAMES[nx].upper() * k)
            else:
                raise ValueError("bad after double: " + nx)
            i += 2
            continue
        if t in WORD_DIGIT and i + 1 < n and toks[i + 1] == "hundred":
            v = int(WORD_DIGIT[t]) * 100
            j = i + 2
            if j < n and toks[j] == "and":
                j += 1
            if j < n and toks[j] in TEENS:
                v += 10 + TEENS.index(toks[j]); j += 1
            elif j < n and toks[j] in TENS[2:]:
                v += 10 * TENS.index(toks[j]); j += 1
                if j < n and toks[j] in UNITS[1:]:
                    v += UNITS.index(toks[j]); j += 1
            elif j < n and toks[j] in UNITS[1:]:
                v += UNITS.index(toks[j]); j += 1
            out.append("%03d" % v)
            i = j
            continue
        if t in WORD_DIGIT:
            out.append(WORD_DIGIT[t])
            i += 1
            continue
        if t in TEENS:
            out.append(str(10 + TEENS.index(t)))
            i += 1
            continue
        if t in TENS[2:]:
            v = 10 * TENS.index(t)
            if i + 1 < n and toks[i + 1] in UNITS[1:]:
                out.append(str(v + UNITS.index(toks[i + 1])))
                i += 2
            else:
                out.append(str(v))
                i += 1
            continue
        if len(t) == 1:
            out.append(t.upper())
            i += 1
            continue
        if t in LETTER_NAMES:
            out.append(LETTER_NAMES[t].upper())
            i += 1
            continue
        raise ValueError("unknown token %r in %r" % (t, text))
    return "".join(out)


def typed_norm(text):
    return re.sub(r"[\s\-./()+:]", "", text).upper()


def luhn_ok(d):
    s = 0
    for i, ch in enumerate(reversed(d)):
        x = int(ch)
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        s += x
    return s % 10 == 0


def luhn_complete(prefix):
    for c in "0123456789":
        if luhn_ok(prefix + c):
            return prefix + c


def iban_num(s):
    return int("".join(str(int(c, 36)) for c in s))


def iban_ok(s):
    return re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s) is not None and iban_num(s[4:] + s[:4]) % 97 == 1


NI_RE = r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]"
UKPC_RE = r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}"
MONTH_RE = "|".join(MONTHS + [m[:3] for m in MONTHS])
STREET_SUFFIX = ["Road", "Lane", "Avenue", "Street", "Crescent", "Drive", "Close", "Way",
                 "Court", "Grove", "Place", "Terrace", "Gardens", "Boulevard", "Row", "Walk",
                 "Hill", "Square", "Parade", "Mews"]


def norms(text):
    """Candidate normalisations of a labelled value."""
    c = [typed_norm(text)]
    try:
        c.append(spoken_norm(text))
    except ValueError:
        pass
    return c


def validate_value(typ, text, mode):
    """text: the value (pieces of one group joined by a space)."""
    cands = norms(text)
    low = text.lower()
    if typ in ("EMAIL", "DOB", "ADDRESS", "EXPIRY"):
        if typ == "EMAIL":
            if mode == "part":
                return True
            return re.fullmatch(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}", text) is not None or (
                re.search(r"\bat\b", low) is not None and re.search(r"\bdot\b", low) is not None)
        if typ == "DOB":
            if mode != "full" or re.search(MONTH_RE, low):
                return True
            return any(5 <= len(re.sub(r"\D", "", c)) <= 8 for c in cands)
        if typ == "ADDRESS":
            if mode == "part":
                return True
            has_num = re.search(r"\d|(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)", low)
            has_st = any(re.search(r"\b%s\b" % s.lower(), low) for s in STREET_SUFFIX)
            return bool(has_num and has_st)
        if typ == "EXPIRY":
            if re.search(MONTH_RE, low):
                return True
            for c in cands:
                d = re.sub(r"\D", "", c)
                if len(d) in (3, 4, 5, 6) and 1 <= int(d[:-4] if len(d) in (5, 6) else d[:-2]) <= 12:
                    return True
            return mode != "full"
    for c in cands:
        if mode == "part":
            if c and re.fullmatch(r"[A-Z0-9]+", c):
                return True
            continue
        if typ == "CARD_NUMBER":
            if c.isdigit() and 13 <= len(c) <= 19 and (mode == "wrong" or luhn_ok(c)):
                return True
        elif typ == "CVV":
            if c.isdigit() and len(c) in (3, 4):
                return True
        elif typ == "SSN":
            if c.isdigit() and len(c) == 9:
                return True
        elif typ == "NI_NUMBER":
            cc = c
            if len(cc) == 9:
                cc = "".join("O" if (k in (0, 1, 8) and ch == "0") else ch for k, ch in enumerate(cc))
            if re.fullmatch(NI_RE, cc):
                return True
        elif typ == "BANK_ACCOUNT":
            if c.isdigit() and 6 <= len(c) <= 17:
                return True
        elif typ == "SORT_CODE":
            if c.isdigit() and len(c) == 6:
                return True
        elif typ == "IBAN":
            if mode == "wrong" and re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", c):
                return True
            if iban_ok(c):
                return True
        elif typ == "PHONE":
            if c.isdigit() and 7 <= len(c) <= 15:
                return True
        elif typ == "POSTCODE":
            if re.fullmatch(UKPC_RE, c) or re.fullmatch(r"\d{5}(\d{4})?", c):
                return True
    return False


# ---------------------------------------------------------------- value objects
FIRST = ["james", "sarah", "mohammed", "aoife", "liam", "priya", "david", "emma", "tomasz",
         "grace", "kevin", "niamh", "carlos", "hannah", "wei", "siobhan", "marcus", "fatima",
         "derek", "chloe", "ravi", "maria", "jo", "pat"]
LAST = ["smith", "okafor", "murphy", "patel", "kowalski", "byrne", "johnson", "nguyen",
        "williams", "garcia", "kelly", "brennan", "hughes", "schmidt", "dubois", "ahmed",
        "reilly", "clarke", "santos", "fitzgerald"]
DOMAINS = ["gmail.com", "outlook.com", "yahoo.co.uk", "hotmail.com", "btinternet.com",
           "icloud.com", "eircom.net", "web.de", "aol.com", "sky.com", "protonmail.com",
           "virginmedia.com", "orange.fr"]
STREETS = ["Wellington", "Mill", "Acacia", "Kingsway", "Oak", "Elm", "Maple", "Church",
           "Station", "Park", "Harbour", "Meadow", "Sycamore", "Victoria", "Albert", "Lexington",
           "Willow", "Quarry", "Bridge", "Castle", "Ferndale", "Larkspur", "Highfield", "Pine",
           "Cedar", "Riverside", "Glebe", "Orchard", "Chapel", "Ashgrove"]
UK_AREAS = ["SW", "SE", "NW", "E", "N", "W", "M", "B", "LS", "L", "G", "EH", "CF", "BS",
            "NG", "BT", "CB", "BR", "CR", "KT", "TW", "HA", "UB", "EN", "IG", "RM", "DA", "S",
            "LE", "BN", "PR", "WR", "ST", "HU", "YR"]
INWARD_L = "ABDEFGHJLNPQRSTUWXYZ"
NI_L1 = "ABCEGHJKLMNPRSTWXYZ"
NI_L2 = "ABCEGHJKLMNPRSTWXYZ"


def rdig(rng, k):
    return "".join(rng.choice("0123456789") for _ in range(k))


def gen_card(rng):
    kind = rng.choice(["visa", "visa", "visa", "mc", "mc", "amex", "disc", "visa13", "maestro19", "mc2"])
    if kind == "visa":
        d = luhn_complete("4" + rdig(rng, 14)); g = [4, 4, 4, 4]
    elif kind == "visa13":
        d = luhn_complete("4" + rdig(rng, 11)); g = [4, 4, 5]
    elif kind == "mc":
        d = luhn_complete("5" + rng.choice("12345") + rdig(rng, 13)); g = [4, 4, 4, 4]
    elif kind == "mc2":
        d = luhn_complete(str(rng.randint(2221, 2720)) + rdig(rng, 11)); g = [4, 4, 4, 4]
    elif kind == "amex":
        d = luhn_complete("3" + rng.choice("47") + rdig(rng, 12)); g = [4, 6, 5]
    elif kind == "disc":
        d = luhn_complete("6011" + rdig(rng, 11)); g = [4, 4, 4, 4]
    else:
        d = luhn_complete(rng.choice(["6759", "5018", "6763"]) + rdig(rng, 14)); g = [4, 4, 4, 4, 3]
    groups, k = [], 0
    for x in g:
        groups.append(d[k:k + x]); k += x
    return groups


def gen_value(typ, rng, region=None):
    """Return dict(type, groups, region)."""
    if typ == "CARD_NUMBER":
        return {"type": typ, "groups": gen_card(rng)}
    if typ == "CVV":
        return {"type": typ, "groups": [rdig(rng, rng.choice([3, 3, 3, 4]))]}
    if typ == "EXPIRY":
        return {"type": typ, "groups": ["%02d" % rng.randint(1, 12), "%02d" % rng.randint(26, 32)]}
    if typ == "SSN":
        a = rng.randint(1, 899)
        while a == 666:
            a = rng.randint(1, 899)
        return {"type": typ, "groups": ["%03d" % a, "%02d" % rng.randint(1, 99), "%04d" % rng.randint(1, 9999)]}
    if typ == "NI_NUMBER":
        while True:
            p = rng.choice(NI_L1) + rng.choice(NI_L2)
            if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
                break
        return {"type": typ, "groups": [p, rdig(rng, 2), rdig(rng, 2), rdig(rng, 2), rng.choice("ABCD")]}
    if typ == "BANK_ACCOUNT":
        if region == "US":
            d = str(rng.randint(1, 9)) + rdig(rng, rng.choice([8, 9, 11]))
            return {"type": typ, "groups": [d[:3], d[3:6], d[6:]]}
        d = str(rng.randint(1, 9)) + rdig(rng, 7)
        return {"type": typ, "groups": [d[:4], d[4:]]}
    if typ == "SORT_CODE":
        return {"type": typ, "groups": [rdig(rng, 2), rdig(rng, 2), rdig(rng, 2)]}
    if typ == "IBAN":
        c = rng.choice(["GB", "GB", "IE", "IE", "DE", "FR", "ES", "NL"])
        if c == "GB":
            bban = rng.choice(["NWBK", "BARC", "HBUK", "MIDL", "NAIA"]) + rdig(rng, 14)
        elif c == "IE":
            bban = rng.choice(["AIBK", "IPBS", "ULSB"]) + rdig(rng, 14)
        elif c == "DE":
            bban = rdig(rng, 18)
        elif c == "FR":
            bban = rdig(rng, 23)
        elif c == "ES":
            bban = rdig(rng, 20)
        else:
            bban = rng.choice(["ABNA", "RABN", "INGB"]) + rdig(rng, 10)
        kk = 98 - iban_num(bban + c + "00") % 97
        s = c + "%02d" % kk + bban
        assert iban_ok(s)
        return {"type": typ, "groups": [s[k:k + 4] for k in range(0, len(s), 4)]}
    if typ == "PHONE":
        f = rng.choice(["ukmob", "ukmob", "ukint", "ukland", "us", "us", "usint", "ie", "ieint", "de", "fr"])
        if f == "ukmob":
            g = ["07" + rdig(rng, 3), rdig(rng, 6)]
        elif f == "ukint":
            g = ["+44", "7" + rdig(rng, 3), rdig(rng, 6)]
        elif f == "ukland":
            g = rng.choice([["020", rdig(rng, 4), rdig(rng, 4)], ["0161", rdig(rng, 3), rdig(rng, 4)],
                            ["0113", rdig(rng, 3), rdig(rng, 4)], ["01632", rdig(rng, 6)]])
        elif f == "us":
            g = [str(rng.randint(201, 989)), str(rng.randint(200, 999)), rdig(rng, 4)]
        elif f == "usint":
            g = ["+1", str(rng.randint(201, 989)), str(rng.randint(200, 999)), rdig(rng, 4)]
        elif f == "ie":
            g = ["08" + rng.choice("35679"), rdig(rng, 3), rdig(rng, 4)]
        elif f == "ieint":
            g = ["+353", "8" + rng.choice("35679"), rdig(rng, 3), rdig(rng, 4)]
        elif f == "de":
            g = ["+49", rng.choice(["30", "89", "151", "172"]), rdig(rng, 7)]
        else:
            g = ["+33", rng.choice("67"), rdig(rng, 2), rdig(rng, 2), rdig(rng, 2), rdig(rng, 2)]
        return {"type": typ, "groups": g}
    if typ == "EMAIL":
        fn, ln = rng.choice(FIRST), rng.choice(LAST)
        local = rng.choice([fn + "." + ln, fn + ln + rdig(rng, 2), fn[0] + "." + ln, fn + "_" + ln,
                            ln + fn[0], fn + "." + ln + rdig(rng, 2)])
        return {"type": typ, "groups": [local, rng.choice(DOMAINS)]}
    if typ == "DOB":
        return {"type": typ, "groups": [str(rng.randint(1, 28)), str(rng.randint(1, 12)), str(rng.randint(1938, 2006))]}
    if typ == "POSTCODE":
        if region == "US" or (region is None and rng.random() < 0.3):
            z = str(rng.randint(10001, 99950))
            return {"type": typ, "groups": [z] + ([rdig(rng, 4)] if rng.random() < 0.3 else []), "us": True}
        a = rng.choice(UK_AREAS)
        pat = rng.choice(["9", "99", "9A"]) if len(a) == 2 else rng.choice(["9", "99", "9A"])
        out = a + "".join(str(rng.randint(1, 9)) if ch == "9" else rng.choice("ABEHJKNPRSTW") for ch in pat)
        inw = str(rng.randint(0, 9)) + rng.choice(INWARD_L) + rng.choice(INWARD_L)
        return {"type": typ, "groups": [out, inw]}
    if typ == "ADDRESS":
        num = str(rng.choice([rng.randint(1, 60), rng.randint(1, 250), rng.randint(100, 4999)]))
        street = rng.choice(STREETS) + " " + rng.choice(STREET_SUFFIX)
        flat = None
        if rng.random() < 0.25:
            flat = rng.choice([str(rng.randint(1, 30)), str(rng.randint(1, 9)) + rng.choice("ABC")])
        return {"type": typ, "groups": [num, street], "flat": flat}
    raise KeyError(typ)


def mutate(val, rng):
    """A wrong version (for wrong agent read-backs). Returns (groups, idx_changed)."""
    g = list(val["groups"])
    t = val["type"]
    if t == "EMAIL":
        d = rng.choice([x for x in DOMAINS if x != g[1]])
        g[1] = d
        return g, 1
    if t == "DOB":
        g[0] = str(int(g[0]) % 28 + 1)
        return g, 0
    if t == "EXPIRY":
        g[0] = "%02d" % (int(g[0]) % 12 + 1)
        return g, 0
    idxs = [k for k, x in enumerate(g) if re.search(r"\d", x) and not x.startswith("+")]
    k = idxs[-1] if rng.random() < 0.5 else rng.choice(idxs)
    s = g[k]
    pos = [p for p, ch in enumerate(s) if ch.isdigit()]
    p = rng.choice(pos)
    new = rng.choice([c for c in "0123456789" if c != s[p]])
    if t == "ADDRESS" and p == 0 and new == "0":
        new = "9" if s[p] != "9" else "8"
    g[k] = s[:p] + new + s[p + 1:]
    return g, k


# ---------------------------------------------------------------- rendering
def typed(val, rng, groups=None):
    t = val["type"]
    g = groups or val["groups"]
    if t == "CARD_NUMBER":
        d = "".join(g)
        r = rng.random()
        if r < 0.45:
            return " ".join(g)
        if r < 0.65:
            return "-".join(g)
        if r < 0.8:
            return d
        if r < 0.9:  # odd grouping
            k = rng.choice([3, 5, 6])
            return " ".join(d[i:i + k] for i in range(0, len(d), k))
        return "  ".join(g)
    if t == "CVV":
        return g[0]
    if t == "EXPIRY":
        m, y = g
        return rng.choice(["%s/%s" % (m, y), "%s/20%s" % (m, y), "%d/%s" % (int(m), y), "%s-%s" % (m, y),
                           "%s %s" % (MONTHS[int(m) - 1][:3].capitalize(), y), "%s / %s" % (m, y)])
    if t == "SSN":
        return rng.choice(["-".join(g), "-".join(g), " ".join(g), "".join(g), "%s.%s.%s" % tuple(g)])
    if t == "NI_NUMBER":
        s = "".join(g)
        r = rng.choice(["sp", "plain", "lower", "mix", "sp2"])
        if r == "sp":
            return " ".join(g)
        if r == "plain":
            return s
        if r == "lower":
            return s.lower()
        if r == "mix":
            return g[0].capitalize() + " " + g[1] + g[2] + g[3] + " " + g[4].lower()
        return g[0] + g[1] + " " + g[2] + g[3] + " " + g[4]
    if t == "BANK_ACCOUNT":
        return rng.choice(["".join(g), "".join(g), " ".join(g), "-".join(g)])
    if t == "SORT_CODE":
        return rng.choice(["-".join(g), "-".join(g), "".join(g), " ".join(g), ".".join(g)])
    if t == "IBAN":
        s = "".join(g)
        return rng.choice([" ".join(g), " ".join(g), s, s.lower(), " ".join(g).lower()])
    if t == "PHONE":
        if g[0].startswith("+"):
            return rng.choice([" ".join(g), g[0] + " " + "".join(g[1:]), "00" + g[0][1:] + " " + " ".join(g[1:]),
                               g[0] + "-" + "-".join(g[1:])])
        return rng.choice([" ".join(g), "".join(g), "-".join(g), ".".join(g) if len(g) == 3 else " ".join(g)])
    if t == "EMAIL":
        e = g[0] + "@" + g[1]
        return e if rng.random() < 0.8 else e.capitalize()
    if t == "DOB":
        d, m, y = int(g[0]), int(g[1]), g[2]
        sfx = "th" if 11 <= d <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
        return rng.choice(["%02d/%02d/%s" % (d, m, y), "%d/%d/%s" % (d, m, y), "%02d.%02d.%s" % (d, m, y[2:]),
                           "%d%s %s %s" % (d, sfx, MONTHS[m - 1].capitalize(), y),
                           "%s %d, %s" % (MONTHS[m - 1].capitalize(), d, y), "%s-%02d-%02d" % (y, m, d),
                           "%02d-%s-%s" % (d, MONTHS[m - 1][:3].capitalize(), y)])
    if t == "POSTCODE":
        if val.get("us"):
            return "-".join(g)
        return rng.choice([" ".join(g), " ".join(g), "".join(g), " ".join(g).lower()])
    if t == "ADDRESS":
        base = g[0] + " " + g[1]
        if rng.random() < 0.2:
            base = base.lower()
        if val.get("flat"):
            return rng.choice(["Flat %s, %s" % (val["flat"], base), "Flat %s %s" % (val["flat"], base),
                               "%s, Apt %s" % (base, val["flat"])])
        return base
    raise KeyError(t)


def speak_group(val, k, rng, groups=None):
    t = val["type"]
    g = groups or val["groups"]
    s = g[k]
    if t in ("CARD_NUMBER", "CVV", "SSN", "BANK_ACCOUNT"):
        return speak_digits(s, rng, pairs=rng.choice([0, 0.2, 0.5]), hund=0.1)
    if t == "SORT_CODE":
        return speak_digits(s, rng, pairs=rng.choice([0.2, 0.8]), hund=0)
    if t == "EXPIRY":
        if k == 0:
            return rng.choice([MONTHS[int(s) - 1], speak_digits(s, rng, pairs=0, dbl=0), UNITS[int(s)] if int(s) < 10 else TEENS[int(s) - 10]])
        return rng.choice(["twenty " + num_words(int(s)), num_words(int(s)), num_words(int(s))])
    if t == "NI_NUMBER":
        if k == 0 or k == 4:
            return " ".join(say_letter(c, rng, 0.4) for c in s)
        return speak_digits(s, rng, pairs=0.5, hund=0)
    if t == "IBAN":
        return speak_mixed(s, rng, nato=0.3, pairs=0.3)
    if t == "PHONE":
        if s.startswith("+"):
            return "plus " + speak_digits(s[1:], rng, pairs=0.2, hund=0)
        return speak_digits(s, rng, pairs=0.15, hund=0.05)
    if t == "POSTCODE":
        if val.get("us"):
            return speak_digits(s, rng, pairs=0.2, hund=0)
        return speak_mixed(s, rng, nato=0.35, pairs=0.1)
    if t == "EMAIL":
        if k == 0:
            parts = re.findall(r"[a-z]+|\d+|[._]", s)
            w = []
            for p in parts:
                if p == ".":
                    w.append("dot")
                elif p == "_":
                    w.append("underscore")
                elif p.isdigit():
                    w.append(speak_digits(p, rng, pairs=0.5))
                elif len(p) == 1:
                    w.append(say_letter(p, rng, 0.5))
                else:
                    w.append(p if rng.random() < 0.8 else p + " " + " ".join(p))
            return " ".join(w)
        return "at " + s.replace(".", " dot ")
    if t == "DOB":
        d, m, y = int(g[0]), int(g[1]), g[2]
        if k == 0:
            return ORD[d]
        if k == 1:
            return rng.choice(["of " + MONTHS[m - 1], MONTHS[m - 1]])
        yy = int(y)
        if yy < 2000:
            return rng.choice([num_words(yy // 100) + " " + (num_words(yy % 100) if yy % 100 >= 10 else "oh " + UNITS[yy % 10]),
                               num_words(yy % 100) if yy % 100 >= 10 else "oh " + UNITS[yy % 10]])
        return rng.choice(["two thousand" + ("" if yy == 2000 else " and " + num_words(yy - 2000)),
                           "two thousand " + num_words(yy - 2000) if yy > 2000 else "two thousand"])
    if t == "ADDRESS":
        if k == 0:
            n = int(s)
            if n >= 100 and rng.random() < 0.6:
                return speak_digits(s, rng, pairs=0.7, hund=0)
            return num_words(n)
        return s.lower()
    raise KeyError(t)


def spoken_chunks(val, rng, groups=None):
    t = val["type"]
    g = groups or val["groups"]
    ch = [speak_group(val, k, rng, g) for k in range(len(g))]
    if t == "NI_NUMBER" and rng.random() < 0.5:
        ch = [ch[0], ch[1] + " " + ch[2] + " " + ch[3], ch[4]]
    if t == "DOB":
        if rng.random() < 0.3:
            ch = [ch[1].replace("of ", ""), ch[0], ch[2]]
        elif rng.random() < 0.2:
            ch = [speak_digits("%02d" % int(g[0]), rng, pairs=0.5, dbl=0), speak_digits("%02d" % int(g[1]), rng, pairs=0.5, dbl=0),
                  speak_digits(g[2][2:], rng, pairs=1, dbl=0)]
    if t == "ADDRESS" and val.get("flat"):
        fl = val["flat"]
        fw = num_words(int(fl)) if fl.isdigit() else num_words(int(fl[:-1])) + " " + fl[-1].lower()
        ch = ["flat " + fw] + ch
    return ch


def join_spoken(chunks, rng, filler=0.25):
    out = chunks[0]
    for c in chunks[1:]:
        r = rng.random()
        if r < filler:
            sep = " %s " % rng.choice(FILLERS)
        elif r < filler + 0.2:
            sep = ", "
        elif r < filler + 0.3:
            sep = "... "
        else:
            sep = " "
        out += sep + c
    return out


# ---------------------------------------------------------------- case building
class Conv:
    def __init__(self):
        self.turns = []
        self.gid = 0
        self.types = set()

    def g(self):
        self.gid += 1
        return self.gid

    def add(self, speaker, *segs):
        segs = [s for s in segs if s != ""]
        self.turns.append((speaker, segs))

    def C(self, *s):
        self.add("customer", *s)

    def A(self, *s):
        self.add("agent", *s)


def V(text, typ, gid, mode="full"):
    return {"t": text, "type": typ, "g": gid, "mode": mode}


def finish(conv, cid, kind, note):
    turns, spans, groups = [], [], {}
    for ti, (spk, segs) in enumerate(conv.turns):
        text = ""
        for s in segs:
            if isinstance(s, str):
                text += s
            else:
                st = len(text)
                text += s["t"]
                spans.append({"turn": ti, "start": st, "end": len(text), "type": s["type"]})
                groups.setdefault((s["g"], s["type"]), {"mode": s["mode"], "idx": []})["idx"].append(len(spans) - 1)
        turns.append({"speaker": spk, "text": text})
    case = {"id": cid, "kind": kind, "turns": turns, "spans": spans, "note": note}
    return case, groups


# ---------- phrase banks
INDUSTRY = {
    "banking": ("Northgate Bank", "UK"), "telecom": ("Vireo Mobile", "UK"), "utilities": ("Brightwell Energy", "UK"),
    "retail": ("Harbour & Finch", "UK"), "insurance": ("Sentinel Mutual", "US"), "travel": ("SkyLark Holidays", "IE"),
    "healthcare": ("Mercy Valley Billing", "US"), "government": ("Revenue Services", "UK"),
    "us_bank": ("Lakeshore Credit Union", "US"), "eu_telecom": ("Telvia", "EU"), "ie_util": ("Emerald Power", "IE"),
}
GREET_ASR = ["thanks for calling {co} you're speaking with {ag} how can i help", "hi you're through to {co} my name's {ag}",
             "good morning {co} {ag} speaking", "hello this is {ag} at {co} what can i do for you today"]
AGENTS = ["dan", "priya", "lou", "megan", "tariq", "claire", "josh", "orla", "sam", "bea"]
ASK = {
    "CARD_NUMBER": ["can i take the long number on the front of the card", "what's the card number please",
                    "could you read me the sixteen digits across the card", "go ahead with the card number when you're ready"],
    "CVV": ["and the three digits on the back", "and the security code on the back please", "last thing the cvv"],
    "EXPIRY": ["and the expiry date", "when does the card expire", "what's the valid to date on it"],
    "SSN": ["can i get your social security number", "i'll need your social to verify", "what's the social on the account"],
    "NI_NUMBER": ["can i take your national insurance number", "what's your n i number please", "i need your national insurance number to find the record"],
    "BANK_ACCOUNT": ["what's the account number", "and the account number it's coming from", "can you give me the eight digit account number"],
    "SORT_CODE": ["and the sort code", "what's the sort code on that account", "sort code please"],
    "IBAN": ["can you read me the iban", "what's the iban for the refund", "i need the full iban"],
    "PHONE": ["what's the best number to reach you on", "can i take a contact number", "which number should the engineer call"],
    "EMAIL": ["what email should we send the confirmation to", "can i get an email address", "what's the email on the account"],
    "DOB": ["can you confirm your date of birth", "and your date of birth please", "what's the date of birth of the account holder"],
    "POSTCODE": ["what's the postcode", "and the zip code", "can i take the postcode there"],
    "ADDRESS": ["what's the first line of the address", "and the house number and street", "can you confirm the address"],
}
LEAD = {
    "CARD_NUMBER": ["yeah it's ", "okay so it's ", "right ", "it is ", "the number's ", "", "okay um ", "ready? "],
    "CVV": ["it's ", "", "the code's ", "uh it's "],
    "EXPIRY": ["it runs out ", "expires ", "it's ", ""],
    "SSN": ["sure it's ", "it's ", "my social is ", "", "okay "],
    "NI_NUMBER": ["it's ", "yeah ", "okay i've got the letter here it's ", ""],
    "BANK_ACCOUNT": ["it's ", "account number ", "", "right so "],
    "SORT_CODE": ["it's ", "", "sort code is "],
    "IBAN": ["okay it's ", "it starts ", "", "right the iban is "],
    "PHONE": ["it's ", "best one's my mobile ", "you can get me on ", ""],
    "EMAIL": ["it's ", "yeah it's ", "", "send it to "],
    "DOB": ["it's the ", "", "born ", "the "],
    "POSTCODE": ["it's ", "", "postcode is "],
    "ADDRESS": ["it's ", "", "number ", "we're at "],
}
LABEL = {
    "CARD_NUMBER": ["card no: ", "Card number - ", "card: ", "Card ", "long number is ", "my card number is "],
    "CVV": ["cvv ", "CVC: ", "security code ", "sec code - "],
    "EXPIRY": ["exp ", "expiry: ", "Exp date ", "valid thru "],
    "SSN": ["SSN: ", "ssn ", "Social: ", "social security # ", "my SSN is "],
    "NI_NUMBER": ["NI no: ", "NINO ", "ni number ", "National Insurance: ", "NI# "],
    "BANK_ACCOUNT": ["acct no: ", "Account number: ", "a/c ", "acc no. ", "acct# "],
    "SORT_CODE": ["sort code: ", "S/C ", "sort ", "Sort Code "],
    "IBAN": ["IBAN: ", "iban ", "IBAN - ", "my iban is "],
    "PHONE": ["tel: ", "mobile ", "Phone: ", "call me on ", "ph. ", "cell "],
    "EMAIL": ["email: ", "E-mail ", "contact ", "email is "],
    "DOB": ["DOB: ", "dob ", "Date of birth: ", "d.o.b. ", "born "],
    "POSTCODE": ["postcode: ", "Post code ", "ZIP: ", "pc "],
    "ADDRESS": ["address: ", "Addr: ", "1st line ", "I live at "],
}
BACKCH = ["mhm", "go on", "yep", "okay", "uh huh", "yeah", "right", "got that", "mm hm", "and the next bit"]
YES = ["yes", "yeah that's right", "that's it", "correct", "yep", "spot on", "mhm yeah"]
TYPING = ["... yep... ", "... okay... ", ", got that, ", "... mhm... ", ", yep, ", "... and... "]
ASIDES = ["sorry hang on the dog's going mad", "sorry one sec my glasses", "hold on i dropped it",
          "sorry i'm in the car", "hang on let me turn the telly down", "sorry the kids are shouting",
          "wait the light's bad in here", "sorry my other phone's ringing"]


def ctx_region(typ, rng):
    if typ == "SSN":
        return "US"
    if typ in ("NI_NUMBER", "SORT_CODE"):
        return "UK"
    return rng.choice(["UK", "UK", "US", "IE", "EU"])


def industry_for(region, rng):
    opts = [k for k, v in INDUSTRY.items() if v[1] == region] or list(INDUSTRY)
    if rng.random() < 0.4:
        opts = list(INDUSTRY)
    k = rng.choice(opts)
    return k, INDUSTRY[k][0]


def readback(conv, val, rng, asr, style=None):
    """Agent read-back of val (already given in full). Emphasis variants."""
    t = val["type"]
    style = style or rng.choice(["full", "full", "part", "wrong", "wrong", "typing", "pieces", "none"])
    if not asr:
        if style in ("part",) and t in ("CARD_NUMBER", "BANK_ACCOUNT", "PHONE", "IBAN", "SSN"):
            last = "".join(val["groups"])[-4:]
            conv.A("Thanks. Just to confirm, that's the one ending ", V(last, t, conv.g(), "part"), "?")
            conv.C(rng.choice(["yes", "Yes that's it", "yep"]))
        elif style == "wrong":
            wg, k = mutate(val, rng)
            conv.A("I have ", V(typed(val, rng, wg), t, conv.g(), "wrong"), " - is that right?")
            conv.C("No, it's ", V(typed(val, rng), t, conv.g()), rng.choice([" sorry typo on my end", "", " (you had a digit wrong)"]))
        elif style != "none":
            conv.A("Thanks, I've got ", V(typed(val, rng), t, conv.g()), rng.choice([".", ", is that correct?", " - can you confirm?"]))
            conv.C(rng.choice(["Correct", "yes", "Yes thanks"]))
        return style
    if style == "full":
        conv.A(rng.choice(["so that's ", "okay so i've got ", "let me read that back ", "just to confirm "]),
               V(join_spoken(spoken_chunks(val, rng), rng, 0.1), t, conv.g()), rng.choice(["", " is that right", " yeah", " correct"]))
        conv.C(rng.choice(YES))
    elif style == "part":
        ch = spoken_chunks(val, rng)
        conv.A(rng.choice(["and that ends ", "so the last bit was ", "okay the end of that is ", "sorry just the last part again was that "]),
               V(ch[-1], t, conv.g(), "part"), rng.choice(["", " yeah", " right"]))
        conv.C(rng.choice(YES))
    elif style == "wrong":
        wg, k = mutate(val, rng)
        wch = spoken_chunks(val, rng, wg)
        conv.A(rng.choice(["okay so ", "let me read that back ", "i've got "]), V(join_spoken(wch, rng, 0.1), t, conv.g(), "wrong"),
               rng.choice([" yeah", "", " is that right"]))
        good = speak_group(val, k, rng)
        bad = speak_group(val, k, rng, wg)
        r = rng.random()
        if r < 0.5:
            conv.C(rng.choice(["no ", "no no ", "not quite "]), V(good, t, conv.g(), "part"), rng.choice([" not ", " rather than ", " you said "]),
                   V(bad, t, conv.g(), "part"))
        else:
            conv.C(rng.choice(["no sorry it's ", "nope it's "]), V(join_spoken(spoken_chunks(val, rng), rng, 0.1), t, conv.g()))
        conv.A(rng.choice(["sorry about that so ", "apologies so that's ", "my mistake "]),
               V(join_spoken(spoken_chunks(val, rng), rng, 0.05), t, conv.g()), rng.choice(["", " yeah", " correct"]))
        conv.C(rng.choice(YES))
    elif style == "typing":
        ch = spoken_chunks(val, rng)
        segs, g = [rng.choice(["okay ", "typing that in ", "right ", ""])], conv.g()
        for i, c in enumerate(ch):
            if i:
                segs.append(rng.choice(TYPING))
            segs.append(V(c, t, g, "part"))
        segs.append(rng.choice(["", " okay", "... done"]))
        conv.A(*segs)
        if rng.random() < 0.5:
            conv.C(rng.choice(YES))
    elif style == "pieces":
        ch = spoken_chunks(val, rng)
        first = True
        for c in ch[:4]:
            conv.A(rng.choice(["so ", "then ", "and ", ""] if not first else ["so first ", "start with ", ""]), V(c, t, conv.g(), "part"))
            conv.C(rng.choice(["yep", "yes", "mhm", "that's it", "yeah"]))
            first = False
    return style


def pos_single(conv, val, rng, asr):
    """Customer gives the value in one turn."""
    t = val["type"]
    if asr:
        conv.A(rng.choice(ASK[t]))
        conv.C(rng.choice(LEAD[t]), V(join_spoken(spoken_chunks(val, rng), rng), t, conv.g()), rng.choice(["", " yeah", ""]))
    else:
        lab = rng.choice(LABEL[t])
        if t == "POSTCODE":
            lab = rng.choice(["ZIP: ", "zip code "] if val.get("us") else ["postcode: ", "Post code ", "pc "])
        conv.C(lab, V(typed(val, rng), t, conv.g()), rng.choice(["", ".", " thanks", " (please update)", ";"]))
    return readback(conv, val, rng, asr)


def pos_split(conv, val, rng, asr):
    t = val["type"]
    conv.A(rng.choice(ASK[t]))
    ch = spoken_chunks(val, rng)
    if len(ch) < 2:
        ch = [ch[0]]
    g = conv.g()
    if not asr and t in ("EMAIL", "DOB", "ADDRESS", "EXPIRY", "CVV", "POSTCODE"):
        conv.turns.pop()
        return pos_single(conv, val, rng, asr)
    if not asr:
        tg = val["groups"]
        conv.C(rng.choice(LABEL[t]), V(" ".join(tg[:max(1, len(tg) // 2)]), t, g))
        conv.A(rng.choice(["ok", "go on", "and the rest?"]))
        conv.C(V(" ".join(tg[max(1, len(tg) // 2):]), t, g) if len(tg) > 1 else "that's all of it")
        if len(tg) < 2:
            conv.turns.pop()
        return readback(conv, val, rng, asr)
    for i, c in enumerate(ch):
        pre = rng.choice(LEAD[t]) if i == 0 else rng.choice(["", "", "then ", "um "])
        post = rng.choice(["", "", "...", " yeah"]) if i < len(ch) - 1 else ""
        conv.C(pre, V(c, t, g), post)
        if i < len(ch) - 1:
            conv.A(rng.choice(BACKCH))
    return readback(conv, val, rng, asr)


def pos_restart(conv, val, rng, asr):
    t = val["type"]
    conv.A(rng.choice(ASK[t]))
    ch = spoken_chunks(val, rng)
    # abandoned start: first chunk then a wrong bit
    wg, _ = mutate(val, rng)
    wrong_start = speak_group(val, 0, rng) + (" " + speak_group(val, 1, rng, wg) if len(ch) > 1 else "")
    conv.C(rng.choice(LEAD[t]), V(wrong_start, t, conv.g(), "part"),
           rng.choice(["... no wait sorry let me start again ", " no hang on that's wrong ", " sorry i'm reading the wrong card, ",
                       "... sorry scratch that "]),
           V(join_spoken(ch, rng), t, conv.g()))
    return readback(conv, val, rng, asr)


def pos_aside(conv, val, rng, asr):
    t = val["type"]
    conv.A(rng.choice(ASK[t]))
    ch = spoken_chunks(val, rng)
    if len(ch) < 2:
        return pos_single(conv, val, rng, asr)
    k = rng.randint(1, len(ch) - 1)
    g = conv.g()
    conv.C(rng.choice(LEAD[t]), V(join_spoken(ch[:k], rng), t, g), " " + rng.choice(ASIDES) + " ", V(join_spoken(ch[k:], rng), t, g))
    return readback(conv, val, rng, asr)


def pos_transfer(conv, val, rng, asr):
    t = val["type"]
    conv.A(rng.choice(ASK[t]))
    conv.C(rng.choice(LEAD[t]), V(join_spoken(spoken_chunks(val, rng), rng), t, conv.g()))
    conv.A(rng.choice(["thanks i'm going to pop you through to the right team now please hold",
                       "okay that's a billing query so i'll transfer you bear with me",
                       "i can't do that from here so i'm transferring you to payments"]))
    conv.A(rng.choice(["hiya you're through to payments i'm " + rng.choice(AGENTS) + " sorry can i just take that again",
                       "hello sorry the notes haven't come over can you give me that number again",
                       "hi there i've just picked this up could you repeat " + rng.choice(["the number", "that for me", "it"])]))
    conv.C(rng.choice(["", "", "oh okay ", "again? fine "]), rng.choice(LEAD[t]), V(join_spoken(spoken_chunks(val, rng), rng), t, conv.g()))
    return readback(conv, val, rng, asr, rng.choice(["full", "typing", "part", "wrong"]))


def pos_typing_live(conv, val, rng, asr):
    """Customer dictates in chunks while agent echoes each as they type."""
    t = val["type"]
    conv.A(rng.choice(ASK[t]))
    ch = spoken_chunks(val, rng)
    g1 = conv.g()
    for i, c in enumerate(ch):
        conv.C(rng.choice(LEAD[t]) if i == 0 else "", V(c, t, g1))
        conv.A(V(c if rng.random() < 0.7 else speak_group(val, min(i, len(val["groups"]) - 1), rng) if len(ch) == len(val["groups"]) else c,
                 t, conv.g(), "part"), rng.choice(["", "...", " yep", " okay"]))
    conv.C(rng.choice(["that's it", "that's the lot", "and that's all of it"]))


# ---------- composite verification (ID&V) cases
def pos_idv(conv, rng, asr, region):
    items = rng.sample(["DOB", "POSTCODE", "ADDRESS", "PHONE", "EMAIL"], rng.randint(2, 4))
    if "ADDRESS" in items and "POSTCODE" in items:
        items.remove("POSTCODE")
        addr_pc = True
    else:
        addr_pc = False
    types = []
    for it in items:
        val = gen_value(it, rng, region)
        types.append(it)
        if it == "ADDRESS" and addr_pc:
            pc = gen_value("POSTCODE", rng, region)
            types.append("POSTCODE")
            town = rng.choice(["boston", "dayton", "tucson", "albany"] if pc.get("us") else ["leeds", "bristol", "manchester", "swansea", "glasgow"])
            if asr:
                conv.A("can you confirm the address and postcode")
                conv.C(rng.choice(["it's ", "", "yeah "]), V(join_spoken(spoken_chunks(val, rng), rng, 0.1), "ADDRESS", conv.g()),
                       " " + town + " ", V(join_spoken(spoken_chunks(pc, rng), rng, 0.2), "POSTCODE", conv.g()))
                if rng.random() < 0.5:
                    conv.A("and the postcode again sorry was that ", V(join_spoken(spoken_chunks(pc, rng), rng, 0), "POSTCODE", conv.g()))
                    conv.C(rng.choice(YES))
            else:
                conv.C(rng.choice(["Address: ", "", "I'm at "]), V(typed(val, rng), "ADDRESS", conv.g()), ", " + town.capitalize() + ", ",
                       V(typed(pc, rng), "POSTCODE", conv.g()))
            continue
        if asr and rng.random() < 0.4:
            pos_split(conv, val, rng, asr)
        else:
            pos_single(conv, val, rng, asr)
    return types


SCEN = [("single", pos_single, 3), ("split", pos_split, 3), ("restart", pos_restart, 1), ("aside", pos_aside, 1),
        ("transfer", pos_transfer, 2), ("live", pos_typing_live, 1)]


def make_positive(rng, typ, n):
    conv = Conv()
    if typ == "IDV":
        region = rng.choice(["UK", "US", "IE"])
    else:
        region = ctx_region(typ, rng)
    ind, co = industry_for(region, rng)
    asr = rng.random() < 0.72
    if asr:
        conv.A(rng.choice(GREET_ASR).format(co=co.lower(), ag=rng.choice(AGENTS)))
        conv.C(rng.choice(["hi yeah i'm calling about my bill", "hiya i need to make a payment", "hello i want to update my details",
                           "hi um i've been charged twice", "yeah hi i'm ringing about a refund", "hi i'm trying to set up a direct debit"]))
    else:
        conv.A(rng.choice(["Hi, you're chatting with %s at %s. How can I help?" % (rng.choice(AGENTS).capitalize(), co),
                           "Welcome to %s live chat." % co, "RE: your enquiry - %s customer care" % co]))
    if typ == "IDV":
        types = pos_idv(conv, rng, asr, region)
        note = "%s %s ID&V: %s" % ("call" if asr else "chat", ind, ", ".join(types))
    else:
        names = [s for s in SCEN if asr or s[0] in ("single", "split")]
        wts = [s[2] for s in names]
        sname, fn, _ = rng.choices(names, wts)[0]
        val = gen_value(typ, rng, region)
        style = fn(conv, val, rng, asr)
        note = "%s %s %s %s%s" % ("call" if asr else "chat", ind, typ, sname, (" readback=" + style) if style else "")
        # card companions
        if typ == "CARD_NUMBER" and rng.random() < 0.55:
            for extra in rng.sample(["EXPIRY", "CVV"], rng.randint(1, 2)):
                ev = gen_value(extra, rng, region)
                if asr:
                    conv.A(rng.choice(ASK[extra]))
                    conv.C(rng.choice(LEAD[extra]), V(join_spoken(spoken_chunks(ev, rng), rng), extra, conv.g()))
                else:
                    conv.C(rng.choice(LABEL[extra]), V(typed(ev, rng), extra, conv.g()))
                note += " +" + extra
        if typ == "SORT_CODE" and rng.random() < 0.6:
            ev = gen_value("BANK_ACCOUNT", rng, "UK")
            pos_single(conv, ev, rng, asr)
            note += " +BANK_ACCOUNT"
    # distractors that are not PII
    if rng.random() < 0.5:
        conv.A(rng.choice(distractor_lines(rng, asr)))
    return finish(conv, "h379-pos-%03d" % n, "positive", note)


def distractor_lines(rng, asr):
    amt = "%d.%02d" % (rng.randint(5, 900), rng.randint(0, 99))
    if asr:
        return ["that'll be " + num_words(rng.randint(12, 480)) + " pounds " + num_words(rng.randint(1, 99)) + " taken today",
                "your reference is " + speak_digits(rdig(rng, 8), rng, pairs=0.3) + " if you need to call back",
                "it'll show on your statement in three to five working days",
                "the payment of " + num_words(rng.randint(20, 900)) + " dollars has gone through",
                "you'll get a text in about ten minutes"]
    return ["Payment of \u00a3%s received. Ref %s." % (amt, rdig(rng, 9)), "Your ticket number is TK-%s." % rdig(rng, 7),
            "That's $%s charged today." % amt, "Case #%s has been updated." % rdig(rng, 8)]


# ---------------------------------------------------------------- negatives
def neg_cases(rng):
    R = rng
    last4 = lambda: rdig(R, 4)
    tmpl = [
        ("card last four", lambda: [("agent", "can you confirm the last four digits of the card"),
                                    ("customer", "yeah it ends " + speak_digits(last4(), R, pairs=0.3)),
                                    ("agent", "lovely card ending in " + speak_digits(last4(), R) + " that's the one we've got")]),
        ("card last four typed", lambda: [("customer", "Which card did you charge?"),
                                          ("agent", "The Visa ending %s, on %d %s." % (last4(), R.randint(1, 28), MONTHS[R.randint(0, 11)].capitalize()))]),
        ("order number read like a card", lambda: [("agent", "have you got the order number"),
                                                    ("customer", "yeah order number " + join_spoken([speak_digits(rdig(R, 4), R) for _ in range(4)], R))]),
        ("tracking number long digits", lambda: [("customer", "Tracking no. %s still says in transit" % (rdig(R, 4) + " " + rdig(R, 4) + " " + rdig(R, 4) + " " + rdig(R, 4))),
                                                  ("agent", "Thanks, I can see parcel %s is at the depot." % rdig(R, 12))]),
        ("amount and balance", lambda: [("agent", "your balance is " + num_words(R.randint(100, 4000)) + " pounds and " + num_words(R.randint(1, 99)) + " pence"),
                                        ("customer", "and the minimum payment is what " + num_words(R.randint(20, 90)) + " quid")]),
        ("prices typed", lambda: [("customer", "I was quoted \u00a3%d.%02d a month but was billed \u20ac%d.%02d" % (R.randint(10, 90), R.randint(0, 99), R.randint(10, 99), R.randint(0, 99))),
                                  ("agent", "The 24-month contract is $%d.99/mo plus a one-off fee of $%d." % (R.randint(20, 80), R.randint(30, 200)))]),
        ("opening hours and times", lambda: [("customer", "what time are you open till"),
                                             ("agent", "we're open eight till eight monday to friday and nine to five on saturdays"),
                                             ("customer", "so if i call back at half four that's fine")]),
        ("duration and counts", lambda: [("customer", "I've been on hold for %d minutes and this is my %d%s call" % (R.randint(20, 95), R.randint(3, 9), "th")),
                                         ("agent", "I'm sorry, there are %d customers ahead in the queue." % R.randint(10, 300))]),
        ("ages", lambda: [("customer", "my son is " + num_words(R.randint(11, 17)) + " and my mum is " + num_words(R.randint(70, 95))),
                          ("agent", "okay so the over sixties discount applies to your mum")]),
        ("temperature and percentage", lambda: [("customer", "the thermostat says %d degrees and it's still cold" % R.randint(15, 24)),
                                                ("agent", "your tariff went up %d.%d%% in April" % (R.randint(2, 15), R.randint(0, 9)))]),
        ("years", lambda: [("customer", "i've been with you since " + num_words(R.randint(1995, 2019))[:0] + ("nineteen ninety " + UNITS[R.randint(1, 9)])),
                           ("agent", "yes since %d, and the handset is from %d" % (R.randint(1995, 2015), R.randint(2018, 2024)))]),
        ("appointment date", lambda: [("agent", "the engineer can come on the %s of %s between eight and one" % (ORD[R.randint(1, 28)], MONTHS[R.randint(0, 11)])),
                                      ("customer", "the " + ORD[R.randint(1, 28)] + " would be better actually")]),
        ("payment date typed", lambda: [("customer", "Can you move my direct debit to the %s?" % R.choice(["1st", "2nd", "3rd", "8th", "15th", "21st", "28th"])),
                                        ("agent", "Done - next payment will be taken on %02d/%02d/%d." % (R.randint(1, 28), R.randint(1, 12), R.randint(2025, 2027)))]),
        ("contract end date", lambda: [("agent", "your contract ends on the %s of %s twenty twenty six" % (ORD[R.randint(1, 28)], MONTHS[R.randint(0, 11)])),
                                       ("customer", "oh right so i can leave after that")]),
        ("invoice number spoken", lambda: [("customer", "it's about invoice " + speak_digits(rdig(R, 9), R, pairs=0.4)),
                                           ("agent", "invoice " + speak_digits(rdig(R, 9), R) + " yes i've got it up")]),
        ("claim number typed", lambda: [("customer", "Claim ref: CLM-%s-%s" % (R.randint(2023, 2026), rdig(R, 6))),
                                        ("agent", "Thanks, claim %s is with the assessor." % rdig(R, 10))]),
        ("policy number", lambda: [("agent", "what's your policy number"),
                                   ("customer", "policy number is " + " ".join(say_letter(c, R, 0.3) for c in "pl") + " " + speak_digits(rdig(R, 8), R))]),
        ("policy typed with letters", lambda: [("customer", "Policy no. %s%s/%s" % (R.choice(["HM", "MTR", "PX"]), rdig(R, 7), rdig(R, 2))),
                                               ("agent", "Found it - policy %s%s." % (R.choice(["HM", "MTR"]), rdig(R, 7)))]),
        ("ticket and reference", lambda: [("agent", "I've raised ticket INC%s, reference %s." % (rdig(R, 7), rdig(R, 6))),
                                          ("customer", "ok thanks, is that the same as case %s?" % rdig(R, 8))]),
        ("meter reading", lambda: [("agent", "can you read me the meter"),
                                   ("customer", "it says " + speak_digits(rdig(R, 5), R, pairs=0.5) + " and the night one is " + speak_digits(rdig(R, 5), R)),
                                   ("agent", "so " + speak_digits(rdig(R, 5), R) + " day mhm")]),
        ("meter serial typed", lambda: [("customer", "Meter serial %s%s, reading %s kWh" % (R.choice(["E10", "S1K", "D09"]), rdig(R, 8), rdig(R, 5))),
                                        ("agent", "Thanks, MPAN %s noted for the reading." % rdig(R, 13))]),
        ("flight room gate seat", lambda: [("customer", "i'm on flight e i " + speak_digits(rdig(R, 3), R) + " gate " + num_words(R.randint(1, 40)) + " seat " + num_words(R.randint(1, 40)) + " c"),
                                           ("agent", "and the hotel room was " + speak_digits(str(R.randint(100, 999)), R, hund=0.5))]),
        ("flight typed", lambda: [("customer", "Flight FR%d on %d %s, booking ref %s" % (R.randint(100, 9999), R.randint(1, 28), MONTHS[R.randint(0, 11)][:3].capitalize(), "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(6)))),
                                  ("agent", "Seat %d%s, room %d confirmed." % (R.randint(1, 40), R.choice("ABCDEF"), R.randint(100, 999)))]),
        ("road names", lambda: [("customer", "there's roadworks on %s %s so the engineer couldn't park" % (R.choice(STREETS), R.choice(STREET_SUFFIX).lower())),
                                ("agent", "right the outage covers %s %s and the %s roundabout" % (R.choice(STREETS), R.choice(STREET_SUFFIX), R.choice(STREETS)))]),
        ("model and serial", lambda: [("customer", "it's the model " + R.choice(["x", "s", "k"]) + " " + num_words(R.randint(100, 900)) + " serial " + speak_digits(rdig(R, 10), R)),
                                      ("agent", "Model %s-%s, serial SN%s registered." % (R.choice(["TX", "HB", "QL"]), rdig(R, 4), rdig(R, 12)))]),
        ("account balance long digits", lambda: [("agent", "Your outstanding balance is \u00a3%s,%s.%s across %d invoices." % (R.randint(1, 9), rdig(R, 3), rdig(R, 2), R.randint(2, 9))),
                                                  ("customer", "that can't be right, last month it was %d" % R.randint(100, 999))]),
        ("counts read like digits", lambda: [("customer", "i've got " + num_words(R.randint(2, 6)) + " lines on the account and " + num_words(R.randint(1, 4)) + " broadband"),
                                             ("agent", "yes " + num_words(R.randint(2, 6)) + " lines " + num_words(R.randint(100, 999)) + " minutes left this month")]),
        ("data usage", lambda: [("agent", "you've used %d.%d GB of %d GB" % (R.randint(1, 40), R.randint(0, 9), R.choice([50, 100, 120]))),
                                ("customer", "and roaming in france is %d p a minute?" % R.randint(5, 60))]),
        ("reference like ssn pattern but labelled", lambda: [("customer", "Booking ref %s-%s-%s" % (rdig(R, 3), rdig(R, 2), rdig(R, 4))),
                                                             ("agent", "Thanks, booking %s is confirmed for %d guests." % (rdig(R, 9), R.randint(1, 6)))]),
        ("confirmation code spoken like a card", lambda: [("agent", "okay your confirmation code is " + join_spoken([speak_digits(rdig(R, 4), R) for _ in range(4)], R, 0)),
                                                          ("customer", "sorry can you repeat the confirmation code"),
                                                          ("agent", "sure confirmation code " + join_spoken([speak_digits(rdig(R, 4), R) for _ in range(4)], R, 0))]),
        ("nhs style bill reference", lambda: [("customer", "the statement number at the top is " + speak_digits(rdig(R, 10), R, pairs=0.4)),
                                              ("agent", "statement " + rdig(R, 10) + " for the " + ORD[R.randint(1, 28)] + " of " + MONTHS[R.randint(0, 11)] + " visit yes")]),
        ("last four of phone not pii context", lambda: [("agent", "the text went to the number ending " + speak_digits(last4(), R)),
                                                        ("customer", "yeah that's mine, ending " + speak_digits(last4(), R))]),
        ("pin reset count", lambda: [("customer", "I've tried %d times and it locked me out for %d hours" % (R.randint(3, 5), R.randint(12, 48))),
                                     ("agent", "I've reset it, you've got %d attempts now." % R.randint(3, 5))]),
        ("extension and queue numbers", lambda: [("agent", "press option " + num_words(R.randint(1, 9)) + " then option " + num_words(R.randint(1, 9))),
                                                 ("customer", "i did that and it put me in queue " + num_words(R.randint(2, 30)))]),
        ("parcel weight and size", lambda: [("customer", "The box is %dx%dx%d cm and %d.%d kg" % (R.randint(10, 90), R.randint(10, 90), R.randint(10, 90), R.randint(1, 30), R.randint(0, 9))),
                                            ("agent", "That's band %s, \u00a3%d.%02d." % (R.choice("ABCD"), R.randint(3, 30), R.randint(0, 99)))]),
        ("tax year and amounts", lambda: [("customer", "for the " + num_words(R.randint(2020, 2024)) + " tax year i paid about " + num_words(R.randint(2, 9)) + " thousand"),
                                          ("agent", "yes the %d/%d tax code is %dL" % (R.randint(2020, 2024), R.randint(21, 25), R.randint(1100, 1300)))]),
        ("prescription and batch numbers", lambda: [("customer", "Rx number %s, batch %s" % (rdig(R, 8), rdig(R, 6))),
                                                    ("agent", "Copay for Rx %s is $%d.00." % (rdig(R, 8), R.randint(5, 60)))]),
        ("speed and distance", lambda: [("customer", "we're getting " + num_words(R.randint(5, 80)) + " megs and it's meant to be " + num_words(R.choice([100, 500, 900]))),
                                        ("agent", "the cabinet is about " + num_words(R.randint(200, 900)) + " metres away")]),
    ]
    return tmpl


def make_negative(rng, n, tmpl):
    name, fn = tmpl[n % len(tmpl)] if n < len(tmpl) else rng.choice(tmpl)
    turns = fn()
    if rng.random() < 0.4:
        turns = [("agent", rng.choice(["thanks for holding", "Hi, how can I help today?", "you're through to customer services"]))] + turns
    return {"id": "h379-neg-%03d" % (n + 1), "kind": "negative",
            "turns": [{"speaker": s, "text": t} for s, t in turns], "spans": [], "note": name}, {}


# ---------------------------------------------------------------- main
N_POS_PLAN = ([("CARD_NUMBER", 62), ("SSN", 30), ("NI_NUMBER", 30), ("IDV", 26)] +
              [(t, 9) for t in ["CVV", "EXPIRY", "BANK_ACCOUNT", "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]])
N_NEG = 120


def generate():
    rng = random.Random(379241125)
    plan = []
    for t, k in N_POS_PLAN:
        plan += [t] * k
    rng.shuffle(plan)
    cases, meta = [], []
    for i, t in enumerate(plan):
        c, g = make_positive(rng, t, i + 1)
        cases.append(c); meta.append(g)
    tmpl = neg_cases(rng)
    for i in range(N_NEG):
        c, g = make_negative(rng, i, tmpl)
        cases.append(c); meta.append(g)
    return cases, meta


def serialise(cases):
    return "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cases)


def check(cases, meta, text):
    errs = []
    with open(OUT, encoding="utf-8") as f:
        if f.read() != text:
            errs.append("cases.jsonl is not byte-identical to regenerated output")
    ids = [c["id"] for c in cases]
    if len(ids) != len(set(ids)):
        errs.append("duplicate ids")
    for c, groups in zip(cases, meta):
        if c["kind"] == "negative" and c["spans"]:
            errs.append(c["id"] + ": negative with spans")
        if c["kind"] == "positive" and not c["spans"]:
            errs.append(c["id"] + ": positive without spans")
        for tu in c["turns"]:
            if tu["speaker"] not in ("customer", "agent") or not tu["text"]:
                errs.append(c["id"] + ": bad turn")
        per_turn = {}
        for s in c["spans"]:
            txt = c["turns"][s["turn"]]["text"]
            if not (0 <= s["start"] < s["end"] <= len(txt)):
                errs.append("%s: offsets out of range %r" % (c["id"], s)); continue
            v = txt[s["start"]:s["end"]]
            if not (v[0].isalnum() or v[0] == "+") or not v[-1].isalnum():
                errs.append("%s: span edge not alnum %r" % (c["id"], v))
            if s["start"] > 0 and txt[s["start"] - 1].isalnum():
                errs.append("%s: span start not on word boundary %r" % (c["id"], v))
            if s["end"] < len(txt) and txt[s["end"]].isalnum():
                errs.append("%s: span end not on word boundary %r" % (c["id"], v))
            if s["type"] not in TYPES:
                errs.append("%s: bad type" % c["id"])
            per_turn.setdefault(s["turn"], []).append((s["start"], s["end"]))
        for ti, lst in per_turn.items():
            lst.sort()
            for a, b in zip(lst, lst[1:]):
                if b[0] < a[1]:
                    errs.append("%s: overlapping spans in turn %d" % (c["id"], ti))
        for (gid, typ), info in groups.items():
            vals = []
            for k in info["idx"]:
                s = c["spans"][k]
                vals.append(c["turns"][s["turn"]]["text"][s["start"]:s["end"]])
            joined = " ".join(vals)
            if not validate_value(typ, joined, info["mode"]):
                errs.append("%s: invalid %s (%s): %r" % (c["id"], typ, info["mode"], joined))
        # a last-four-only CARD span is allowed only when the full card is in the case
        cards = [info for (gid, typ), info in groups.items() if typ == "CARD_NUMBER"]
        if cards and not any(i["mode"] == "full" for i in cards):
            errs.append(c["id"] + ": card fragment without full card")
    cnt = Counter(s["type"] for c in cases for s in c["spans"])
    npos = sum(c["kind"] == "positive" for c in cases)
    nneg = sum(c["kind"] == "negative" for c in cases)
    if npos < 200 or nneg < 100:
        errs.append("too few cases %d/%d" % (npos, nneg))
    mins = {t: 10 for t in TYPES}
    mins.update({"CARD_NUMBER": 70, "SSN": 30, "NI_NUMBER": 30})
    for t, m in mins.items():
        if cnt[t] < m:
            errs.append("too few %s spans: %d" % (t, cnt[t]))
    return errs, cnt, npos, nneg


def main():
    cases, meta = generate()
    text = serialise(cases)
    if "--check" in sys.argv:
        errs, cnt, npos, nneg = check(cases, meta, text)
        for e in errs[:50]:
            print("ERROR", e)
        print("positives=%d negatives=%d spans=%d" % (npos, nneg, sum(cnt.values())))
        for t in TYPES:
            print("  %-13s %d" % (t, cnt[t]))
        if errs:
            print("CHECK FAILED (%d errors)" % len(errs))
            sys.exit(1)
        print("CHECK OK")
        return
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(text)
    print("wrote %d cases to %s" % (len(cases), OUT))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Generate the pii_holdout429 held-out PII redaction evaluation set.

Written by an independent test author who did not see the redaction engine.
Standard library only; one RNG: random.Random(429241125).

Usage:
    python scripts/make_pii_holdout429.py           # write cases.jsonl
    python scripts/make_pii_holdout429.py --check   # regenerate + validate
"""
import json
import os
import random
import re
import sys
from collections import Counter

SEED = 429241125
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "fixtures", "pii_holdout429", "cases.jsonl")

R = random.Random(SEED)

# --------------------------------------------------------------------------
# case builder: turns are built from plain segments and labelled segments
# --------------------------------------------------------------------------


class Case:
    def __init__(self, note):
        self.note = note
        self.turns = []  # (speaker, [segments])
        self.groups = {}  # gid -> (type, canonical, partial)

    def val(self, typ, canonical, partial=False):
        gid = len(self.groups)
        self.groups[gid] = (typ, canonical, partial)
        return gid

    def t(self, speaker, *parts):
        self.turns.append((speaker, list(parts)))
        return self

    def build(self):
        turns, spans, meta = [], [], []
        for ti, (spk, parts) in enumerate(self.turns):
            text = ""
            for p in parts:
                if isinstance(p, tuple):
                    s, gid = p
                    typ = self.groups[gid][0]
                    spans.append({"turn": ti, "start": len(text),
                                  "end": len(text) + len(s), "type": typ})
                    meta.append(gid)
                    text += s
                else:
                    text += p
            turns.append({"speaker": spk, "text": text})
        return turns, spans, meta


def L(s, gid):
    return (s, gid)


def C(speaker_is_agent=False):
    return "agent" if speaker_is_agent else "customer"


# --------------------------------------------------------------------------
# number words
# --------------------------------------------------------------------------
UNITW = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENW = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENSW = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
FILLERS = ["um", "uh", "er", "erm", "uhm"]


def zw(zero):
    return zero


def sd(s, zero="oh", doubles=0.0):
    """speak digit string digit by digit; optional double/triple."""
    out, i = [], 0
    while i < len(s):
        d = s[i]
        run = 1
        while i + run < len(s) and s[i + run] == d and run < 3:
            run += 1
        w = zero if d == "0" else UNITW[int(d)]
        if run >= 2 and R.random() < doubles:
            if run == 3:
                out.append("triple " + w)
            else:
                out.append("double " + w)
            i += run
            continue
        out.append(w)
        i += 1
    return " ".join(out)


def pair_word(p, zero="oh"):
    a, b = int(p[0]), int(p[1])
    if a == 0:
        return (zero + " " + UNITW[b]) if b else ("double " + zero)
    if a == 1:
        return TEENW[b]
    if b == 0:
        return TENSW[a]
    return TENSW[a] + " " + UNITW[b]


def sp(s, zero="oh"):
    """speak as pairs: '4111' -> 'forty one eleven'. odd length: leading digit alone."""
    parts = []
    if len(s) % 2:
        parts.append(zero if s[0] == "0" else UNITW[int(s[0])])
        s = s[1:]
    for i in range(0, len(s), 2):
        p = s[i:i + 2]
        if i + 2 >= len(s) and p[0] != "0" and p[1] == "0" and p[0] != "1":
            parts.append(UNITW[int(p[0])] + " " + zero)
        else:
            parts.append(pair_word(p, zero))
    return " ".join(parts)


def sh(s, zero="oh"):
    """speak a 3-digit group with hundreds where possible."""
    if len(s) != 3 or s[0] == "0":
        return sd(s, zero)
    h = UNITW[int(s[0])] + " hundred"
    rest = s[1:]
    if rest == "00":
        return h
    if rest[0] == "0":
        return h + " and " + UNITW[int(rest[1])]
    if rest[1] == "0" and rest[0] != "1":
        return sd(s, zero)
    return h + " and " + pair_word(rest, zero)


def smix(s, zero="oh"):
    """speak a group in a random natural way."""
    r = R.random()
    if len(s) == 3 and s[0] != "0" and r < 0.3:
        return sh(s, zero)
    if len(s) in (2, 4) and r < 0.55:
        return sp(s, zero)
    return sd(s, zero, doubles=0.5)


def groups(s, sizes):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return [g for g in out if g]


def fill():
    return R.choice(FILLERS)


def join_spoken(gs, zero="oh", filler_p=0.25, mode="mix"):
    out = []
    for k, g in enumerate(gs):
        w = smix(g, zero) if mode == "mix" else (sd(g, zero, 0.4) if mode == "digits" else sp(g, zero))
        if k and R.random() < filler_p:
            out.append(R.choice([", ", " ", "... "]) + fill() + R.choice([", ", " ", "... "]))
        elif k:
            out.append(R.choice([", ", " ", " ", "... "]))
        out.append(w)
    return "".join(out)


NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "f": "foxtrot",
        "g": "golf", "h": "hotel", "i": "india", "j": "juliet", "k": "kilo", "l": "lima",
        "m": "mike", "n": "november", "o": "oscar", "p": "papa", "q": "quebec", "r": "romeo",
        "s": "sierra", "t": "tango", "u": "uniform", "v": "victor", "w": "whiskey",
        "x": "xray", "y": "yankee", "z": "zulu"}
LOOSE = {"b": ["bravo", "bob", "baker"], "d": ["delta", "david", "dog"], "m": ["mike", "mary", "mother"],
         "n": ["november", "nancy", "nora"], "p": ["papa", "peter"], "s": ["sierra", "sam", "sugar"],
         "t": ["tango", "tom"], "c": ["charlie", "cat"], "f": ["foxtrot", "frank", "freddie"],
         "e": ["echo", "edward"], "h": ["hotel", "harry"], "j": ["juliet", "john"],
         "g": ["golf", "george"], "a": ["alpha", "apple"], "r": ["romeo", "robert"],
         "w": ["whiskey", "william"], "k": ["kilo", "king"], "l": ["lima", "london"],
         "x": ["xray"], "y": ["yankee", "yellow"], "z": ["zulu", "zebra"], "v": ["victor", "victoria"],
         "q": ["quebec", "queen"], "u": ["uniform", "uncle"], "o": ["oscar", "orange"],
         "i": ["india", "ireland"]}


def say_letter(c, p_nato=0.4, bare=True):
    c = c.lower()
    r = R.random()
    if r < p_nato:
        return c + R.choice([" for ", " as in "]) + R.choice(LOOSE[c])
    if r < p_nato + 0.1 and bare:
        return NATO[c]
    return c


def say_alnum(s, zero="oh", p_nato=0.35):
    out = []
    for ch in s:
        if ch.isdigit():
            out.append(zero if ch == "0" else UNITW[int(ch)])
        elif ch.isalpha():
            out.append(say_letter(ch, p_nato))
    return " ".join(out)


# --------------------------------------------------------------------------
# value generators
# --------------------------------------------------------------------------

def luhn_ok(s):
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def luhn_complete(prefix, length):
    body = prefix + "".join(R.choice("0123456789") for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def card():
    kind = R.choice(["visa", "visa", "mc", "mc", "amex", "disc", "visa13", "visa19", "mc2"])
    if kind == "visa":
        return luhn_complete("4", 16), [4, 4, 4, 4]
    if kind == "visa13":
        return luhn_complete("4", 13), [4, 3, 3, 3]
    if kind == "visa19":
        return luhn_complete("4", 19), [4, 4, 4, 4, 3]
    if kind == "mc":
        return luhn_complete(R.choice(["51", "52", "53", "54", "55"]), 16), [4, 4, 4, 4]
    if kind == "mc2":
        return luhn_complete(R.choice(["2221", "2300", "2720"]), 16), [4, 4, 4, 4]
    if kind == "amex":
        return luhn_complete(R.choice(["34", "37"]), 15), [4, 6, 5]
    return luhn_complete("6011", 16), [4, 4, 4, 4]


def digits(n, first="123456789"):
    return R.choice(first) + "".join(R.choice("0123456789") for _ in range(n - 1))


def ssn():
    while True:
        a = R.randint(1, 899)
        if a == 666:
            continue
        return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


NI_FIRST = "ABCEGHJKLMNPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def ni():
    while True:
        p = R.choice(NI_FIRST) + R.choice(NI_SECOND)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ", "ER", "AH"):
            break
    return p + "".join(R.choice("0123456789") for _ in range(6)) + R.choice("ABCD")


def iban_check(country, bban):
    s = bban + country + "00"
    num = "".join(str(int(ch, 36)) for ch in s)
    return "%02d" % (98 - int(num) % 97)


def iban():
    c = R.choice(["GB", "IE", "DE", "FR", "NL", "ES", "IT"])
    U = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    if c in ("GB", "IE"):
        bban = "".join(R.choice(U) for _ in range(4)) + digits(14, "0123456789")
    elif c == "DE":
        bban = digits(18)
    elif c == "FR":
        bban = digits(23)
    elif c == "NL":
        bban = "".join(R.choice(U) for _ in range(4)) + digits(10)
    elif c == "ES":
        bban = digits(20)
    else:
        bban = R.choice(U) + digits(10) + digits(12, "0123456789")
    return c + iban_check(c, bban) + bban


def aba():
    while True:
        b = "%02d" % R.choice([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 21, 22, 26, 31, 32]) + digits(6, "0123456789")
        for c in "0123456789":
            s = b + c
            w = [3, 7, 1] * 3
            if sum(int(x) * y for x, y in zip(s, w)) % 10 == 0:
                return s


UK_AREAS = ["SW", "N", "E", "M", "B", "LS", "G", "EH", "CF", "BS", "NE", "L", "SE", "W", "OX", "CB", "BT", "NG", "S", "KT"]
INW = "ABDEFGHJLNPQRSTUWXYZ"


def uk_postcode():
    a = R.choice(UK_AREAS)
    d = str(R.randint(1, 19)) if len(a) == 2 else str(R.randint(1, 9))
    if a == "SW" and R.random() < 0.3:
        d = "1A"
    return a + d, str(R.randint(0, 9)) + R.choice(INW) + R.choice(INW)


def zipc(plus4=False):
    z = "%05d" % R.randint(1001, 99950)
    return (z, "%04d" % R.randint(1, 9999)) if plus4 else (z, None)


FIRST = ["james", "maria", "aoife", "siobhan", "daniel", "priya", "tom", "kev", "emma", "li", "marcus",
         "grace", "olu", "niamh", "pat", "sarah", "jose", "helga", "ben", "chloe", "dev", "rachel"]
LAST = ["okafor", "smith", "murphy", "kowalski", "oneill", "garcia", "nguyen", "patel", "brennan",
        "schmidt", "fischer", "obrien", "walsh", "jones", "lefevre", "rossi", "hughes", "kim"]
DOMAINS = [("gmail", "com"), ("yahoo", "com"), ("hotmail", "co.uk"), ("outlook", "com"), ("icloud", "com"),
           ("eircom", "net"), ("btinternet", "com"), ("aol", "com"), ("web", "de"), ("orange", "fr"),
           ("proton", "me"), ("comcast", "net")]
STREETS_UK = ["Kings Road", "Mill Lane", "Church Street", "Victoria Avenue", "Orchard Close", "Station Road",
              "Bramble Way", "Ashgrove Crescent", "Hillside Drive", "Queens Terrace", "Elm Grove", "Manor Court"]
STREETS_US = ["Maple Street", "Oak Avenue", "Lakeshore Drive", "Sunset Boulevard", "Cedar Lane", "Pine Court",
              "Washington Avenue", "Elm Street", "Ridge Road", "Willow Way", "Park Place", "Highland Drive"]
TOWNS_UK = ["Leeds", "Manchester", "Bristol", "Glasgow", "Cardiff", "Croydon", "Belfast", "Oxford"]
TOWNS_US = [("Chicago", "IL"), ("Austin", "TX"), ("Denver", "CO"), ("Tampa", "FL"), ("Columbus", "OH"),
            ("Portland", "OR"), ("Phoenix", "AZ"), ("Albany", "NY")]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december"]
ORDW = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh", 8: "eighth",
        9: "ninth", 10: "tenth", 11: "eleventh", 12: "twelfth", 13: "thirteenth", 14: "fourteenth",
        15: "fifteenth", 16: "sixteenth", 17: "seventeenth", 18: "eighteenth", 19: "nineteenth",
        20: "twentieth", 30: "thirtieth"}


def ordw(n):
    if n in ORDW:
        return ORDW[n]
    return TENSW[n // 10] + " " + ORDW[n % 10]


def num_words(n):
    if n < 10:
        return UNITW[n]
    if n < 20:
        return TEENW[n - 10]
    if n % 10 == 0:
        return TENSW[n // 10]
    return TENSW[n // 10] + " " + UNITW[n % 10]


def year_words(y):
    if y >= 2000:
        return "two thousand and " + num_words(y - 2000) if y < 2010 else "twenty " + num_words(y - 2000)
    return num_words(y // 100) + " " + (num_words(y % 100) if y % 100 >= 10 else "oh " + UNITW[y % 100])


def ord_suffix(n):
    if 10 <= n % 100 <= 20:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def dob_value():
    return R.randint(1938, 2004), R.randint(1, 12), R.randint(1, 28)


def dob_text(y, m, d, asr, us):
    if asr:
        f = R.randint(0, 4)
        if f == 0:
            return "the %s of %s %s" % (ordw(d), MONTHS[m - 1], year_words(y))
        if f == 1:
            return "%s %s %s" % (MONTHS[m - 1], ordw(d), year_words(y))
        if f == 2:
            return "%s the %s, %s" % (MONTHS[m - 1], ordw(d), num_words(y % 100) if y % 100 >= 10 else year_words(y))
        if f == 3:
            a, b = (m, d) if us else (d, m)
            return "%s %s %s" % (sp("%02d" % a), sp("%02d" % b), sp(str(y % 100).zfill(2)))
        return "%s %s, um, %s" % (ordw(d), MONTHS[m - 1], year_words(y))
    f = R.randint(0, 5)
    if f == 0:
        a, b = (m, d) if us else (d, m)
        return "%02d/%02d/%d" % (a, b, y)
    if f == 1:
        return "%s %d%s, %d" % (MONTHS[m - 1].capitalize(), d, ord_suffix(d), y)
    if f == 2:
        return "%d %s %d" % (d, MONTHS[m - 1][:3].capitalize(), y)
    if f == 3:
        a, b = (m, d) if us else (d, m)
        return "%d-%d-%02d" % (a, b, y % 100)
    if f == 4:
        return "%d.%02d.%d" % (d, m, y) if not us else "%d/%d/%d" % (m, d, y)
    return "%d %s %d" % (d, MONTHS[m - 1].capitalize(), y)


def exp_value():
    return R.randint(1, 12), R.randint(25, 31)


def exp_text(m, yy, asr):
    if asr:
        f = R.randint(0, 4)
        if f == 0:
            return "%s %s" % (sp("%02d" % m), num_words(yy))
        if f == 1:
            return "%s twenty %s" % (MONTHS[m - 1], num_words(yy))
        if f == 2:
            return "%s %s" % (UNITW[m] if m < 10 else num_words(m), num_words(yy))
        if f == 3:
            return "%s, uh, %s" % (sp("%02d" % m), num_words(yy))
        return "%s of twenty %s" % (MONTHS[m - 1], num_words(yy))
    f = R.randint(0, 5)
    return ["%02d/%02d" % (m, yy), "%02d/20%02d" % (m, yy), "%d/%02d" % (m, yy), "%02d-%02d" % (m, yy),
            "%s %d" % (MONTHS[m - 1][:3].capitalize(), 2000 + yy), "%02d%02d" % (m, yy)][f]


def email_value():
    f, l = R.choice(FIRST), R.choice(LAST)
    sep = R.choice([".", "_", "", "."])
    num = R.choice(["", "", str(R.randint(1, 99)), str(R.randint(1960, 2005))])
    local = R.choice([f + sep + l, f[0] + sep + l, f + sep + l + num, l + num, f + num])
    d = R.choice(DOMAINS)
    return local, d


def email_typed(local, d):
    e = local + "@" + d[0] + "." + d[1]
    return R.choice([e, e, e.capitalize(), e.upper() if R.random() < 0.2 else e])


def email_spoken(local, d):
    out = []
    for piece in re.findall(r"[a-z]+|\d+|[._]", local):
        if piece == ".":
            out.append("dot")
        elif piece == "_":
            out.append("underscore")
        elif piece.isdigit():
            out.append(sp(piece) if len(piece) in (2, 4) and R.random() < 0.6 else sd(piece))
        elif len(piece) > 1 and R.random() < 0.25:
            out.append(" ".join(say_letter(c, 0.2, bare=False) for c in piece))
        else:
            out.append(piece)
    out.append("at")
    out.append(d[0])
    for seg in d[1].split("."):
        out.append("dot")
        out.append(seg)
    return " ".join(out)


def phone_value(country):
    if country == "US":
        nat = R.choice(["312", "415", "646", "212", "617", "512", "303", "813", "614", "503"]) + "555" + "01" + "%02d" % R.randint(0, 99)
        return "1", nat
    if country == "UK":
        nat = R.choice(["07700900", "07700900", "02079460", "01134960", "01614960"]) + "%03d" % R.randint(0, 999)
        return "44", nat
    if country == "IE":
        return "353", R.choice(["087", "085", "086", "01"]) + digits(7, "0123456789")
    if country == "FR":
        return "33", "06" + digits(8, "0123456789")
    return "49", "0151" + digits(8, "0123456789")


def phone_typed(cc, nat, intl, ext=None):
    if cc == "1":
        a, b, c = nat[:3], nat[3:6], nat[6:]
        f = R.randint(0, 4)
        s = ["(%s) %s-%s" % (a, b, c), "%s-%s-%s" % (a, b, c), "%s.%s.%s" % (a, b, c), "%s%s%s" % (a, b, c),
             "%s %s %s" % (a, b, c)][f]
        if intl:
            s = R.choice(["+1 ", "1-", "+1-"]) + s
    elif cc == "44":
        if nat.startswith("07"):
            s = R.choice([nat[:5] + " " + nat[5:], nat, nat[:5] + " " + nat[5:8] + " " + nat[8:]])
        else:
            s = R.choice([nat[:3] + " " + nat[3:7] + " " + nat[7:], nat, nat[:5] + " " + nat[5:]])
        if intl:
            rest = s[1:].lstrip()
            s = R.choice(["+44 ", "+44 (0)", "0044 "]) + rest
    else:
        s = nat[:3] + " " + nat[3:6] + " " + nat[6:]
        if intl:
            s = R.choice(["+", "00"]) + cc + " " + s[1:]
    if ext:
        s += R.choice([" ext. ", " ext ", " x", " extension "]) + ext
    return s


def phone_canon(cc, nat, intl, ext=None, typed=None):
    if intl:
        c = "+" + cc + (nat[1:] if nat.startswith("0") else nat)
    else:
        c = nat
    if ext:
        c += "x" + ext
    return c


# --------------------------------------------------------------------------
# normalisation of labelled values (used by --check)
# --------------------------------------------------------------------------
UNITS = {"zero": 0, "oh": 0, "o": 0, "nought": 0, "naught": 0, "one": 1, "two": 2, "three": 3, "four": 4,
         "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
TEENS = {w: 10 + i for i, w in enumerate(TEENW)}
TENS = {w: 10 * i for i, w in enumerate(TENSW) if w}
FILL = set(FILLERS) | {"hmm", "ah"}
NATO_REV = {}
for _k, _vs in LOOSE.items():
    for _v in _vs:
        NATO_REV.setdefault(_v, _k)
for _k, _v in NATO.items():
    NATO_REV[_v] = _k


def parse_two(tok, i):
    """two-digit value at i (tens[+unit], teens, unit) -> (int, j) or (None, i)."""
    if i < len(tok):
        t = tok[i]
        if t in TENS:
            if i + 1 < len(tok) and tok[i + 1] in UNITS and UNITS[tok[i + 1]] > 0 and tok[i + 1] not in ("o", "oh"):
                return TENS[t] + UNITS[tok[i + 1]], i + 2
            return TENS[t], i + 1
        if t in TEENS:
            return TEENS[t], i + 1
        if t in UNITS and t not in ("o", "oh"):
            return UNITS[t], i + 1
    return None, i


def parse_number(tok, i, zero_o=True):
    t = tok[i]
    if t.isdigit():
        return t, i + 1
    if t in UNITS and (zero_o or t != "o"):
        n = UNITS[t]
        if i + 1 < len(tok) and tok[i + 1] == "hundred":
            j = i + 2
            if j < len(tok) and tok[j] == "and":
                j += 1
            r, j2 = parse_two(tok, j)
            return ("%d" % (n * 100 + (r or 0))), (j2 if r is not None else i + 2)
        if i + 1 < len(tok) and tok[i + 1] == "thousand":
            j = i + 2
            if j < len(tok) and tok[j] == "and":
                j += 1
            r, j2 = parse_two(tok, j)
            return ("%d" % (n * 1000 + (r or 0))), (j2 if r is not None else i + 2)
        return str(n), i + 1
    if t in TEENS or t in TENS:
        r, j = parse_two(tok, i)
        return str(r), j
    return None, i


def letter_at(tok, i):
    t = tok[i]
    if len(t) == 1 and t.isalpha():
        if i + 2 < len(tok) and tok[i + 1] == "for" and tok[i + 2][0] == t:
            return t, i + 3
        if i + 3 < len(tok) and tok[i + 1] == "as" and tok[i + 2] == "in" and tok[i + 3][0] == t:
            return t, i + 4
        return t, i + 1
    if t in NATO_REV:
        return NATO_REV[t], i + 1
    return None, i


def norm(text, mode):
    """mode: digits | alnum | email. Raises ValueError on unknown words."""
    pat = r"[a-z]+|\d+|[@+]" if mode != "email" else r"[a-z]+|\d+|[@.+_\-]"
    if mode == "alnum":
        tok = []
        for run in re.findall(r"[a-z0-9]+", text.lower()):
            if re.search(r"[a-z]", run) and re.search(r"\d", run):
                tok.extend(re.findall(r"[a-z]|\d+", run))
            else:
                tok.append(run)
    else:
        tok = re.findall(pat, text.lower())
    out, i = [], 0
    while i < len(tok):
        t = tok[i]
        if t in FILL:
            i += 1
            continue
        if t in ("double", "triple") and i + 1 < len(tok):
            k = 2 if t == "double" else 3
            if mode == "alnum" and len(tok[i + 1]) == 1 and tok[i + 1].isalpha():
                out.append(tok[i + 1].upper() * k)
                i += 2
                continue
            n, j = parse_number(tok, i + 1)
            if n is None or len(n) != 1:
                raise ValueError("bad double in %r" % text)
            out.append(n * k)
            i = j
            continue
        if mode == "digits":
            if t == "plus" or t == "+":
                out.append("+")
                i += 1
                continue
            if t in ("extension", "ext", "x"):
                out.append("x")
                i += 1
                continue
            if t in ("dash", "hyphen", "space"):
                i += 1
                continue
            n, j = parse_number(tok, i)
            if n is None:
                raise ValueError("unknown word %r in %r" % (t, text))
            out.append(n)
            i = j
            continue
        if mode == "alnum":
            if t in ("dash", "space"):
                i += 1
                continue
            if t == "oh" or (t in UNITS and t != "o") or t in TEENS or t in TENS or t.isdigit():
                n, j = parse_number(tok, i)
                out.append(n)
                i = j
                continue
            if t.isalpha() and len(t) > 1 and t not in NATO_REV and re.fullmatch(r"[a-z]{2,4}", t) and i == 0:
                # typed group like 'gb' or 'ab12'
                out.append(t.upper())
                i += 1
                continue
            c, j = letter_at(tok, i)
            if c is None:
                if t.isalpha() and t.isalpha() and not t in NATO_REV and len(t) <= 4:
                    out.append(t.upper())
                    i += 1
                    continue
                raise ValueError("unknown word %r in %r" % (t, text))
            out.append(c.upper())
            i = j
            continue
        # email
        m = {"dot": ".", "at": "@", "underscore": "_", "dash": "-", "hyphen": "-"}
        if t in m:
            out.append(m[t])
            i += 1
            continue
        if t in UNITS and t != "o" or t in TEENS or t in TENS:
            n, j = parse_number(tok, i)
            out.append(n)
            i = j
            continue
        if len(t) == 1 and t.isalpha():
            c, j = letter_at(tok, i)
            out.append(c)
            i = j
            continue
        out.append(t)
        i += 1
    return "".join(out)


MONTH_IDX = {m: i + 1 for i, m in enumerate(MONTHS)}
MONTH_IDX.update({m[:3]: i + 1 for i, m in enumerate(MONTHS)})
MONTH_IDX["sept"] = 9
ORD_REV = {v: k for k, v in ORDW.items()}


def date_items(text):
    tok = re.findall(r"[a-z]+|\d+|[,/.\-]", text.lower())
    items, i, run = [], 0, None

    def flush():
        nonlocal run
        if run is not None:
            items.append(("num", run))
            run = None
    while i < len(tok):
        t = tok[i]
        if t in FILL or t in ("the", "of", "and"):
            flush() if t in ("of",) else None
            i += 1
            continue
        if t in (",", "/", ".", "-"):
            flush()
            i += 1
            continue
        if t in ("st", "nd", "rd", "th") and items or (t in ("st", "nd", "rd", "th") and run):
            flush()
            i += 1
            continue
        if t in MONTH_IDX:
            flush()
            items.append(("month", MONTH_IDX[t]))
            i += 1
            continue
        if t in ORD_REV:
            flush()
            items.append(("num", str(ORD_REV[t])))
            i += 1
            continue
        if t in TENS and i + 1 < len(tok) and tok[i + 1] in ORD_REV:
            flush()
            items.append(("num", str(TENS[t] + ORD_REV[tok[i + 1]])))
            i += 2
            continue
        n, j = parse_number(tok, i)
        if n is None:
            raise ValueError("unknown date word %r in %r" % (t, text))
        run = (run or "") + n
        i = j
    flush()
    return items


def check_dob(text, canon):
    y, m, d = canon
    items = date_items(text)
    nums = [v for k, v in items if k == "num"]
    months = [v for k, v in items if k == "month"]
    yy = "%02d" % (y % 100)
    if months:
        return months == [m] and sorted(int(x) for x in nums) == sorted([d, int(str(y))]) or \
            (months == [m] and sorted(nums, key=len) in ([str(d), yy], [yy, str(d)]) or
             sorted(int(x) for x in nums) == sorted([d, y % 100]))
    if len(nums) == 3:
        return sorted(int(x) for x in nums[:2]) == sorted([d, m]) and nums[2] in (str(y), yy)
    if len(nums) == 1:
        s = nums[0]
        return s in ("%02d%02d%s" % (d, m, yy), "%02d%02d%s" % (m, d, yy), "%02d%02d%d" % (d, m, y), "%02d%02d%d" % (m, d, y))
    return False


def check_exp(text, canon):
    m, yy = canon
    items = date_items(text)
    nums = "".join(v for k, v in items if k == "num")
    months = [v for k, v in items if k == "month"]
    if months:
        return months == [m] and nums in ("%02d" % yy, "20%02d" % yy)
    return nums in ("%02d%02d" % (m, yy), "%d%02d" % (m, yy), "%02d20%02d" % (m, yy), "%d20%02d" % (m, yy))


SUFFIX = {"street", "st", "road", "rd", "avenue", "ave", "lane", "ln", "drive", "dr", "close", "way", "court",
          "crescent", "place", "boulevard", "blvd", "terrace", "grove", "ct", "pl"}


def check_address(text):
    tok = re.findall(r"[a-z]+|\d+", text.lower())
    first_ok = tok[0].isdigit() or tok[0] in UNITS or tok[0] in TEENS or tok[0] in TENS or \
        tok[0] in ("flat", "apartment", "apt", "unit", "suite", "number")
    return first_ok and tok[-1] in SUFFIX


UK_PC = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$")
NI_RE = re.compile(r"^[A-CEGHJ-PR-TW-Z]{2}\d{6}[A-D]$")


def validate(typ, text, canon, partial):
    """text: concatenated span texts of one value group."""
    if typ in ("CARD_NUMBER", "CVV", "SSN", "BANK_ACCOUNT", "SORT_CODE", "PHONE"):
        n = norm(text.replace("(0)", ""), "digits")
        if typ == "PHONE" and n.startswith("00"):
            n = "+" + n[2:]
        if typ == "PHONE" and canon.startswith("+1") and n.startswith("1") and len(n.split("x")[0]) == 11:
            n = "+" + n
        if partial:
            return n.isdigit() and 2 <= len(n) <= 8 and n in canon
        if n != canon:
            return False
        if typ == "CARD_NUMBER":
            return 13 <= len(n) <= 19 and luhn_ok(n)
        if typ == "CVV":
            return n.isdigit() and len(n) in (3, 4)
        if typ == "SSN":
            return n.isdigit() and len(n) == 9 and n[:3] not in ("000", "666") and n[0] != "9"
        if typ == "SORT_CODE":
            return n.isdigit() and len(n) == 6
        if typ == "BANK_ACCOUNT":
            return n.isdigit() and 6 <= len(n) <= 17
        if typ == "PHONE":
            core = n.split("x")[0]
            dcount = len(core.lstrip("+"))
            return re.fullmatch(r"\+?\d+(x\d+)?", n) is not None and 9 <= dcount <= 13
    if typ in ("NI_NUMBER", "IBAN", "POSTCODE"):
        n = norm(text, "alnum")
        if partial:
            return n in canon
        if n != canon:
            return False
        if typ == "NI_NUMBER":
            return NI_RE.match(n) is not None
        if typ == "IBAN":
            num = "".join(str(int(ch, 36)) for ch in n[4:] + n[:4])
            return int(num) % 97 == 1 and 15 <= len(n) <= 34
        return UK_PC.match(n) is not None or re.fullmatch(r"\d{5}(\d{4})?", n) is not None
    if typ == "EMAIL":
        n = norm(text, "email")
        return n == canon and re.fullmatch(r"[a-z0-9._+\-]+@[a-z0-9\-]+(\.[a-z0-9\-]+)+", n) is not None
    if typ == "DOB":
        return check_dob(text, canon)
    if typ == "EXPIRY":
        return check_exp(text, canon)
    if typ == "ADDRESS":
        return check_address(text)
    return False


# --------------------------------------------------------------------------
# templates: positives
# --------------------------------------------------------------------------
BACK = ["mhm", "go on", "yep", "okay", "uh huh", "right", "yes go ahead", "got that", "and the next four?", "ok, keep going"]
ASIDE = ["hang on, the dog's barking", "sorry, let me find my glasses", "one sec, the kids are shouting",
         "wait, it's the other card, no, it's this one", "sorry, the signal's bad here", "hold on, I'm driving"]


def pick_zero(us=False):
    return R.choice(["oh", "zero"] if us else ["oh", "zero", "nought", "o"])


def typed_card(num, sizes):
    f = R.randint(0, 5)
    gs = groups(num, sizes)
    if f == 0:
        return " ".join(gs)
    if f == 1:
        return "-".join(gs)
    if f == 2:
        return num
    if f == 3:
        return " ".join(groups(num, [R.choice([3, 5, 6]), 5, 4, 4]))
    if f == 4:
        return ".".join(gs)
    return "  ".join(gs)


def p_card_chat(c):
    ind = R.choice(["retail", "telecom", "travel", "utilities"])
    num, sizes = card()
    g = c.val("CARD_NUMBER", num)
    m, yy = exp_value()
    ge = c.val("EXPIRY", (m, yy))
    cvv = digits(4 if num[:2] in ("34", "37") else 3, "0123456789")
    gc = c.val("CVV", cvv)
    c.note = "typed chat card payment (%s)" % ind
    c.t("agent", "Thanks for holding. To take the payment I need the long card number, expiry and security code please.")
    lab = R.choice(["card no: ", "Card number - ", "its ", "CARD ", "card#", ""])
    r = R.randint(0, 2)
    if r == 0:
        c.t("customer", lab, L(typed_card(num, sizes), g), R.choice([" exp ", ", expires ", " valid thru ", " / "]),
            L(exp_text(m, yy, False), ge), R.choice([" cvv ", " sec code: ", ", CVC ", " security no. "]), L(cvv, gc))
    elif r == 1:
        c.t("customer", lab, L(typed_card(num, sizes), g))
        c.t("agent", "Got it. Expiry?")
        c.t("customer", L(exp_text(m, yy, False), ge))
        c.t("agent", "And the 3 or 4 digits on the back?")
        c.t("customer", R.choice(["", "its ", "ok "]), L(cvv, gc), R.choice(["", " thx", "."]))
    else:
        c.t("customer", "ok here goes ", L(typed_card(num, sizes), g))
        c.t("customer", "sorry exp is ", L(exp_text(m, yy, False), ge), " and the code on back is ", L(cvv, gc))
        c.t("agent", "Thank you, that's gone through. Your receipt number is %d." % R.randint(100000, 999999))


def p_card_asr_split(c):
    num, sizes = card()
    us = R.random() < 0.5
    z = pick_zero(us)
    g = c.val("CARD_NUMBER", num)
    gs = groups(num, sizes)
    c.note = "spoken card split over turns with back-channels" + (" and read-back" if True else "")
    c.t("agent", R.choice(["okay can i take the long number across the front of the card",
                           "go ahead with the card number when you're ready",
                           "and what's the sixteen digit number on the card"]))
    k = R.choice([1, 2]) if len(gs) > 2 else 1
    c.t("customer", R.choice(["yeah it's ", "right so ", "okay ", "um, "]), L(join_spoken(gs[:k], z), g))
    c.t("agent", R.choice(BACK))
    c.t("customer", L(join_spoken(gs[k:k + 1], z), g))
    c.t("agent", R.choice(BACK))
    c.t("customer", L(join_spoken(gs[k + 1:], z), g) if gs[k + 1:] else "that's it", "" if gs[k + 1:] else "")
    if not gs[k + 1:]:
        c.turns[-1] = ("customer", ["that's it actually"])
    g2 = c.val("CARD_NUMBER", num)
    c.t("agent", "let me read that back, ", L(join_spoken(gs, z, filler_p=0.0, mode="digits"), g2), ", is that right")
    c.t("customer", R.choice(["yep", "that's correct", "yes that's it"]))


def p_card_correction(c):
    num, sizes = card()
    z = pick_zero()
    gs = groups(num, sizes)
    wrong = gs[0][:2] + str((int(gs[0][2]) + 3) % 10) + gs[0][3:]
    gw = c.val("CARD_NUMBER", wrong, partial=True)
    g = c.val("CARD_NUMBER", num)
    c.note = "spoken card with abandoned start and restart (abandoned fragment labelled)"
    c.t("agent", "and the card number please")
    c.t("customer", L(sd(wrong, z), gw), R.choice([", no wait, sorry, start again, ", "... no that's wrong, hang on, ", " uh no sorry that's my old one, it's "]),
        L(join_spoken(gs, z, filler_p=0.35), g))
    c.t("agent", R.choice(["lovely thank you", "okay got that", "perfect"]))


def p_card_aside(c):
    num, sizes = card()
    z = pick_zero()
    gs = groups(num, sizes)
    g = c.val("CARD_NUMBER", num)
    k = R.randint(1, len(gs) - 1)
    c.note = "spoken card with aside in the middle of the reading, expiry spoken"
    c.t("agent", "can i take the card details")
    c.t("customer", "yeah so it's ", L(join_spoken(gs[:k], z), g), ", " + R.choice(ASIDE) + ", ", L(join_spoken(gs[k:], z), g))
    m, yy = exp_value()
    ge = c.val("EXPIRY", (m, yy))
    c.t("agent", "and the expiry date")
    c.t("customer", R.choice(["it's ", "er ", "expires ", ""]), L(exp_text(m, yy, True), ge))
    if R.random() < 0.6:
        cvv = digits(3, "0123456789")
        gc = c.val("CVV", cvv)
        c.t("agent", "and the three digit security code on the back")
        c.t("customer", L(R.choice([sd(cvv, z), sh(cvv, z), sd(cvv, z, 0.9)]), gc))


def p_card_lastfour_full(c):
    num, sizes = card()
    z = pick_zero()
    gs = groups(num, sizes)
    g = c.val("CARD_NUMBER", num)
    c.note = "full card read, later agent refers to last four (labelled, as full card in same case)"
    c.t("customer", "the card is ", L(join_spoken(gs, z, filler_p=0.2), g))
    c.t("agent", "thank you, and what's the billing postcode")
    pc_o, pc_i = uk_postcode()
    gp = c.val("POSTCODE", pc_o + pc_i)
    c.t("customer", L(say_alnum(pc_o + pc_i, "oh", 0.2), gp))
    gl = c.val("CARD_NUMBER", num[-4:], partial=True)
    c.t("agent", "okay so that's the card ending ", L(R.choice([sd(num[-4:], z), sp(num[-4:], z)]), gl),
        ", i'll put the refund of %d pounds back on there" % R.randint(12, 400))


def p_card_typed_mail(c):
    num, sizes = card()
    g = c.val("CARD_NUMBER", num)
    name = R.choice(FIRST).capitalize()
    c.note = "email body with card number and odd grouping"
    m, yy = exp_value()
    ge = c.val("EXPIRY", (m, yy))
    c.t("customer", "Hi, please charge my booking ref %s%d to my card " % (R.choice(["XK", "BQ", "TT"]), R.randint(1000, 9999)),
        L(typed_card(num, sizes), g), " (exp. ", L(exp_text(m, yy, False), ge), "). Regards, %s" % name)
    c.t("agent", "Dear %s, for your security please do not send card details by email. We have removed them and will call you back." % name)


def ssn_typed(s):
    f = R.randint(0, 6)
    return ["%s-%s-%s" % (s[:3], s[3:5], s[5:]), "%s %s %s" % (s[:3], s[3:5], s[5:]), s,
            "%s.%s.%s" % (s[:3], s[3:5], s[5:]), "%s-%s" % (s[:5], s[5:]), "%s %s" % (s[:3], s[3:]),
            "%s - %s - %s" % (s[:3], s[3:5], s[5:])][f]


def ssn_spoken(s, z):
    f = R.randint(0, 5)
    a, b, cc = s[:3], s[3:5], s[5:]
    if f == 0:
        return "%s, %s, %s" % (sd(a, z), sd(b, z), sd(cc, z))
    if f == 1:
        return "%s %s %s" % (sh(a, z), sp(b, z), sp(cc, z))
    if f == 2:
        return "%s... %s, %s" % (sd(a, z, 0.8), fill(), sd(b + cc, z, 0.8))
    if f == 3:
        return "%s %s %s" % (sd(a, z), sp(b, z), sp(cc, z))
    if f == 4:
        return "%s, %s %s" % (sp(s[:4], z), sd(s[4:6], z), sd(s[6:], z))
    return sd(s, z, 0.6)


def p_ssn_typed(c):
    s = ssn()
    g = c.val("SSN", s)
    ind = R.choice(["banking", "insurance", "healthcare billing", "government services", "telecom credit check"])
    c.note = "US %s chat SSN typed" % ind
    c.t("agent", R.choice(["To verify your identity please provide your Social Security number.",
                           "I'll need the SSN of the primary account holder.",
                           "For the credit check can you send your social?"]))
    lab = R.choice(["SSN: ", "ssn ", "Social is ", "my SS# is ", "social security no. ", "", "its "])
    c.t("customer", lab, L(ssn_typed(s), g), R.choice(["", ".", " thanks", " - is this secure?"]))
    if R.random() < 0.3:
        zp, p4 = zipc(R.random() < 0.5)
        gz = c.val("POSTCODE", zp + (p4 or ""))
        c.t("agent", "Thanks. And the ZIP code on file?")
        c.t("customer", L(zp + ("-" + p4 if p4 else ""), gz))


def p_ssn_spoken(c):
    s = ssn()
    z = pick_zero(True)
    g = c.val("SSN", s)
    c.note = "US call, SSN spoken with read-back"
    c.t("agent", R.choice(["can i get your social security number", "and your social please", "what's the social on the account"]))
    c.t("customer", R.choice(["sure it's ", "uh yeah ", "okay, ", "it is "]), L(ssn_spoken(s, z), g))
    g2 = c.val("SSN", s)
    c.t("agent", R.choice(["so that's ", "i have ", "let me confirm, "]), L(ssn_spoken(s, z), g2), R.choice(["?", ", correct?", ""]))
    c.t("customer", R.choice(["yes", "correct", "that's right"]))


def p_ssn_split(c):
    s = ssn()
    z = pick_zero(True)
    g = c.val("SSN", s)
    c.note = "US call, SSN split across turns with back-channel and filler"
    c.t("agent", "okay i'm going to need the social to pull up the claim")
    c.t("customer", "it's ", L(R.choice([sd(s[:3], z), sh(s[:3], z)]), g))
    c.t("agent", R.choice(BACK[:6]))
    if R.random() < 0.5:
        c.t("customer", L(sd(s[3:5], z) + ", " + fill() + ", " + sp(s[5:], z), g))
    else:
        c.t("customer", L(sd(s[3:5], z), g))
        c.t("agent", R.choice(["uh huh", "yep"]))
        c.t("customer", L(R.choice([sp(s[5:], z), sd(s[5:], z, 0.7)]), g))
    c.t("agent", "thank you, i've found the account")


def p_ssn_partial(c):
    s = ssn()
    z = pick_zero(True)
    g = c.val("SSN", s[5:], partial=True)
    c.note = "US call, last four of SSN only (labelled SSN, partial)"
    c.t("agent", R.choice(["can you verify the last four of your social", "for verification just the last four digits of your SSN"]))
    c.t("customer", R.choice(["yeah ", "sure, ", "", "it's "]), L(R.choice([sd(s[5:], z), sp(s[5:], z), sd(s[5:], z, 0.9)]), g))
    c.t("agent", "thank you that matches")


def p_ssn_mixed_us(c):
    s = ssn()
    g = c.val("SSN", s)
    y, m, d = dob_value()
    gd = c.val("DOB", (y, m, d))
    asr = R.random() < 0.6
    z = pick_zero(True)
    c.note = "US %s, SSN and DOB" % R.choice(["health insurance enrolment", "benefits office", "student loan servicer"])
    c.t("agent", "i'll need your date of birth and social security number")
    c.t("customer", R.choice(["date of birth is ", "born ", "dob "]), L(dob_text(y, m, d, asr, True), gd),
        R.choice([" and social is ", ", ssn ", ", and the social, "]), L(ssn_spoken(s, z) if asr else ssn_typed(s), g))
    if R.random() < 0.4:
        gf = c.val("SSN", s[5:], partial=True)
        c.t("agent", "thank you, i'll note the social ending ", L(sd(s[5:], z) if asr else s[5:], gf), " on the file")


def p_ni(c):
    n = ni()
    asr = R.random() < 0.6
    g = c.val("NI_NUMBER", n)
    c.note = "UK %s NI number %s" % (R.choice(["benefits", "payroll", "pension", "HMRC", "student finance"]), "spoken" if asr else "typed")
    c.t("agent", R.choice(["can i take your national insurance number", "What's your NI number please?",
                           "and your national insurance number for the pension record"]))
    if asr:
        z = R.choice(["oh", "zero", "nought"])
        f = R.randint(0, 2)
        if f == 0:
            spoken = say_alnum(n[:2], z, 0.6) + ", " + sp(n[2:8], z) + ", " + say_letter(n[8], 0.5)
        elif f == 1:
            spoken = say_alnum(n[:2], z, 0.6) + " " + sd(n[2:8], z, 0.6) + " " + say_letter(n[8], 0.5)
        else:
            spoken = say_alnum(n[:2], z, 0.6) + " " + sd(n[2:4], z) + ", " + fill() + ", " + sd(n[4:8], z) + " " + say_letter(n[8], 0.5)
        if R.random() < 0.4:
            c.t("customer", "it's ", L(say_alnum(n[:2], z, 0.6) + " " + sp(n[2:4], z), g))
            c.t("agent", R.choice(BACK[:6]))
            c.t("customer", L(sd(n[4:8], z, 0.5) + " " + say_letter(n[8], 0.5), g))
        else:
            c.t("customer", R.choice(["yeah it's ", "", "um "]), L(spoken, g))
        if R.random() < 0.5:
            g2 = c.val("NI_NUMBER", n)
            c.t("agent", "so that's ", L(say_alnum(n, z, 0.0), g2), ", yeah?")
            c.t("customer", "yep")
    else:
        f = R.randint(0, 4)
        t = [n, "%s %s %s %s %s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8]), n.lower(),
             "%s-%s-%s-%s-%s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8]), "%s %s %s" % (n[:2], n[2:8], n[8])][f]
        c.t("customer", R.choice(["NI no: ", "NINO ", "its ", "ni number ", ""]), L(t, g))


def p_ni_extra(c):
    n = ni()
    g = c.val("NI_NUMBER", n)
    y, m, d = dob_value()
    gd = c.val("DOB", (y, m, d))
    c.note = "UK government services, NI and DOB in email"
    c.t("customer", "Dear team, re my tax code. My National Insurance number is ",
        L(R.choice([n, n[:2] + " " + n[2:8] + " " + n[8], n.lower()]), g), " and date of birth ",
        L(dob_text(y, m, d, False, False), gd), ". I was overtaxed %d pounds last year." % R.randint(100, 900))
    c.t("agent", "Thank you, we have updated your record. Reference CX-%d." % R.randint(100000, 999999))


def p_bank_uk(c):
    sc = digits(6, "0123456789")
    acct = digits(8, "0123456789")
    gs, ga = c.val("SORT_CODE", sc), c.val("BANK_ACCOUNT", acct)
    asr = R.random() < 0.6
    c.note = "UK direct debit sort code and account %s" % ("spoken" if asr else "typed")
    c.t("agent", R.choice(["for the direct debit can i take the sort code and account number",
                           "what bank details would you like the refund paid to?"]))
    if asr:
        z = R.choice(["oh", "zero", "nought"])
        c.t("customer", "sort code is ", L(R.choice([sp(sc, z), sd(sc, z, 0.6), sd(sc[:2], z) + ", " + sd(sc[2:4], z) + ", " + sd(sc[4:], z)]), gs))
        c.t("agent", R.choice(BACK))
        if R.random() < 0.5:
            c.t("customer", "and the account number ", L(join_spoken(groups(acct, [4, 4]), z), ga))
        else:
            c.t("customer", "account is ", L(join_spoken(groups(acct[:4], [4]), z), ga))
            c.t("agent", "mhm")
            c.t("customer", L(join_spoken(groups(acct[4:], [2, 2]), z), ga))
        if R.random() < 0.5:
            g2 = c.val("SORT_CODE", sc)
            c.t("agent", "so sort code ", L(sd(sc, z), g2), " and that's with %s" % R.choice(["barclays", "lloyds", "natwest", "monzo"]))
    else:
        c.t("customer", R.choice(["s/c ", "Sort code: ", "sort "]), L(R.choice(["%s-%s-%s" % (sc[:2], sc[2:4], sc[4:]), sc, "%s %s %s" % (sc[:2], sc[2:4], sc[4:])]), gs),
            R.choice([" acct no: ", ", a/c ", " account number "]), L(R.choice([acct, acct[:4] + " " + acct[4:]]), ga))


def p_bank_us(c):
    r = aba()
    acct = digits(R.randint(8, 12), "0123456789")
    gr, ga = c.val("BANK_ACCOUNT", r), c.val("BANK_ACCOUNT", acct)
    asr = R.random() < 0.6
    z = pick_zero(True)
    c.note = "US ACH routing and account number (routing labelled BANK_ACCOUNT) %s" % ("spoken" if asr else "typed")
    c.t("agent", R.choice(["for autopay i'll need the routing number and the checking account number",
                           "What routing and account number should the refund go to?"]))
    if asr:
        c.t("customer", "routing is ", L(join_spoken(groups(r, [3, 3, 3]), z), gr))
        c.t("agent", R.choice(BACK[:6]))
        gsz = [4] * (len(acct) // 4)
        c.t("customer", "and the account, ", L(join_spoken(groups(acct, gsz), z, filler_p=0.4), ga), R.choice(["", ", it's a checking account"]))
        if R.random() < 0.5:
            g3 = c.val("BANK_ACCOUNT", acct)
            c.t("agent", "reading back the account ", L(sd(acct, z), g3))
    else:
        c.t("customer", R.choice(["Routing # ", "ABA: ", "routing "]), L(r, gr), R.choice([" / Acct # ", ", checking acct ", " account: "]), L(acct, ga))


def p_bank_ie(c):
    acct = digits(8, "0123456789")
    ga = c.val("BANK_ACCOUNT", acct)
    ib = iban()
    gi = c.val("IBAN", ib)
    c.note = "account number then IBAN typed (%s)" % ib[:2]
    c.t("customer", "my old acct no. was ", L(acct, ga), " but please use the IBAN: ",
        L(R.choice([ib, " ".join(groups(ib, [4] * 9)), ib.lower(), " ".join(groups(ib, [4] * 9)).lower()]), gi))
    c.t("agent", "Thanks, the refund of EUR %d.%02d will go to that IBAN within 5 working days." % (R.randint(10, 900), R.randint(0, 99)))


def p_iban_spoken(c):
    ib = iban()
    g = c.val("IBAN", ib)
    z = R.choice(["zero", "oh"])
    c.note = "spoken IBAN with NATO letters split over turns (%s)" % ib[:2]
    c.t("agent", "can you read me the iban")
    gs = groups(ib, [4] * 9)
    k = R.randint(2, len(gs) - 2)
    c.t("customer", "okay it's ", L(" ".join(say_alnum(x, z, 0.4) for x in gs[:k]), g))
    c.t("agent", R.choice(BACK))
    c.t("customer", L(", ".join(say_alnum(x, z, 0.4) for x in gs[k:]), g))


def p_phone(c):
    country = R.choice(["US", "US", "US", "UK", "UK", "IE", "FR", "DE"])
    cc, nat = phone_value(country)
    intl = R.random() < 0.45
    ext = str(R.randint(10, 9999)) if country == "US" and R.random() < 0.5 else None
    asr = R.random() < 0.5
    g = c.val("PHONE", phone_canon(cc, nat, intl, ext))
    c.note = "%s phone %s%s%s" % (country, "intl " if intl else "national ", "with extension " if ext else "", "spoken" if asr else "typed")
    c.t("agent", R.choice(["what's the best number to reach you on", "Can I take a contact number?", "and a daytime phone number"]))
    if not asr:
        pt = phone_typed(cc, nat, intl, ext)
        c.t("customer", R.choice(["", "its ", "Tel: ", "cell ", "mob "]) + ("(" if pt[0] == "(" else ""), L(pt.lstrip("("), g))
        return
    z = pick_zero(country == "US")
    if cc == "1":
        body = join_spoken([nat[:3], nat[3:6], nat[6:]], z)
    elif nat.startswith("07"):
        body = join_spoken([nat[:5], nat[5:8], nat[8:]], z)
    else:
        body = join_spoken([nat[:3], nat[3:6], nat[6:]], z)
    if intl:
        rest = nat[1:] if nat.startswith("0") else nat
        if cc == "1":
            body = "plus one " + join_spoken([rest[:3], rest[3:6], rest[6:]], z)
        else:
            body = "plus " + sd(cc) + " " + join_spoken(groups(rest, [3, 3, 4]), z)
    if ext:
        body += R.choice([" extension ", ", extension ", " ext "]) + R.choice([sd(ext, z), sp(ext, z)])
    if R.random() < 0.4 and not ext:
        parts = body.split(" ")
        k = len(parts) // 2
        while k < len(parts) and (parts[k - 1] in TENS or parts[k - 1] in ("double", "triple", "plus", "hundred", "and") or parts[k] in ("hundred", "and")):
            k += 1
        c.t("customer", L(" ".join(parts[:k]).rstrip(",. "), g))
        c.t("agent", R.choice(BACK[:6]))
        c.t("customer", L(" ".join(parts[k:]).strip(",. "), g))
    else:
        c.t("customer", R.choice(["it's ", "yeah ", "my cell is ", "mobile's "]), L(body, g))


def p_email(c):
    local, d = email_value()
    canon = local + "@" + d[0] + "." + d[1]
    g = c.val("EMAIL", canon)
    asr = R.random() < 0.55
    c.note = "email address %s" % ("spoken" if asr else "typed")
    c.t("agent", R.choice(["and what email should the confirmation go to", "Can you confirm the email on the account?"]))
    if asr:
        c.t("customer", R.choice(["yeah it's ", "it's ", "um, ", "so that's "]), L(email_spoken(local, d), g))
        if R.random() < 0.5:
            g2 = c.val("EMAIL", canon)
            c.t("agent", "lovely so ", L(email_spoken(local, d), g2), R.choice(["", ", all lower case?"]))
            c.t("customer", "yes")
    else:
        c.t("customer", R.choice(["", "email: ", "its ", "E-mail - "]), L(email_typed(local, d), g), R.choice(["", " pls", "."]))


def addr_uk(asr):
    n = R.randint(1, 240)
    st = R.choice(STREETS_UK)
    flat = R.random() < 0.3
    if asr:
        s = ("flat %s, " % num_words(R.randint(1, 12)) if flat else "") + (sh("%d" % n) if n >= 100 and R.random() < 0.5 else (num_words(n) if n < 100 else sd(str(n)))) + " " + st.lower()
    else:
        s = ("Flat %d, " % R.randint(1, 12) if flat else "") + "%d %s" % (n, R.choice([st, st.lower(), st.replace("Road", "Rd").replace("Street", "St")]))
    return s


def addr_us(asr):
    n = R.randint(10, 9800)
    st = R.choice(STREETS_US)
    apt = R.random() < 0.3
    if asr:
        s = sp(str(n)) + " " + st.lower() + (", apartment %s" % num_words(R.randint(1, 40)) if False else "")
        if apt:
            s = "apartment %s, %s" % (num_words(R.randint(2, 40)), s)
    else:
        s = ("Apt %d%s, " % (R.randint(1, 30), R.choice(["", "B", "C"])) if apt else "") + "%d %s" % (n, R.choice([st, st.replace("Street", "St").replace("Avenue", "Ave")]))
    return s


def p_address(c):
    us = R.random() < 0.55
    asr = R.random() < 0.5
    ga = c.val("ADDRESS", None)
    if us:
        z, p4 = zipc(R.random() < 0.6)
        town, state = R.choice(TOWNS_US)
        gz = c.val("POSTCODE", z + (p4 or ""))
        c.note = "US address with ZIP%s %s" % ("+4" if p4 else "", "spoken" if asr else "typed")
        c.t("agent", R.choice(["what's the service address", "Where should we ship the replacement?", "and your mailing address"]))
        if asr:
            zs = sd(z, "zero") + ((R.choice([" dash ", ", ", " "]) + sd(p4, "zero")) if p4 else "")
            c.t("customer", L(addr_us(True), ga), ", %s%s, " % (town.lower(), R.choice(["", " " + state.lower()])), L(zs, gz))
        else:
            c.t("customer", L(addr_us(False), ga), ", %s, %s " % (town, state), L(z + ("-" + p4 if p4 else ""), gz))
    else:
        o, i = uk_postcode()
        town = R.choice(TOWNS_UK)
        gz = c.val("POSTCODE", o + i)
        c.note = "UK address and postcode %s" % ("spoken" if asr else "typed")
        c.t("agent", R.choice(["can you confirm the first line of the address and the postcode", "What address is the meter at?"]))
        if asr:
            c.t("customer", "it's ", L(addr_uk(True), ga), " in %s, " % town.lower(), L(say_alnum(o, "oh", 0.3) + ", " + say_alnum(i, "oh", 0.3), gz))
        else:
            pc = R.choice([o + " " + i, o + i, (o + " " + i).lower()])
            c.t("customer", L(addr_uk(False), ga), ", %s " % town, L(pc, gz))


def p_dob(c):
    us = R.random() < 0.5
    asr = R.random() < 0.55
    y, m, d = dob_value()
    g = c.val("DOB", (y, m, d))
    c.note = "%s DOB %s" % ("US" if us else "UK/IE", "spoken" if asr else "typed")
    c.t("agent", R.choice(["can i take your date of birth", "and date of birth for security?", "what's the patient's date of birth"]))
    if asr and R.random() < 0.3:
        c.t("customer", "uh, sorry, mine or the account holder's? ... mine? okay it's ", L(dob_text(y, m, d, True, us), g))
    else:
        c.t("customer", R.choice(["", "dob ", "born ", "it's "]), L(dob_text(y, m, d, asr, us), g))
    if R.random() < 0.35:
        g2 = c.val("DOB", (y, m, d))
        c.t("agent", "thank you, so ", L(dob_text(y, m, d, asr, us), g2), R.choice(["", ", that's all matching"]))


def p_health_us(c):
    y, m, d = dob_value()
    gd = c.val("DOB", (y, m, d))
    cc, nat = phone_value("US")
    ext = str(R.randint(100, 999)) if R.random() < 0.5 else None
    gp = c.val("PHONE", phone_canon(cc, nat, False, ext))
    z, p4 = zipc(True)
    gz = c.val("POSTCODE", z + p4)
    c.note = "US healthcare billing: DOB, work phone with extension, ZIP+4, member ID negative context"
    c.t("agent", "thanks for calling patient billing, i have your member id %s%d, can i verify date of birth" % (R.choice(["W", "XJH", "MBR"]), R.randint(10000000, 99999999)))
    c.t("customer", "yeah it's ", L(dob_text(y, m, d, True, True), gd))
    c.t("agent", "and a callback number")
    body = join_spoken([nat[:3], nat[3:6], nat[6:]], "zero")
    if ext:
        body += " extension " + sd(ext)
    c.t("customer", "my work number, ", L(body, gp))
    c.t("agent", "and the zip plus four on the billing address")
    c.t("customer", L(sd(z, R.choice(["zero", "oh"])) + " " + R.choice(["dash ", "", ", "]) + sd(p4, "zero"), gz))


def p_mixed_chat(c):
    local, d = email_value()
    ge = c.val("EMAIL", local + "@" + d[0] + "." + d[1])
    country = R.choice(["UK", "IE", "US", "FR"])
    cc, nat = phone_value(country)
    gp = c.val("PHONE", phone_canon(cc, nat, True))
    c.note = "chat: email and international phone for %s account" % country
    c.t("customer", R.choice(["pls update contact details - email ", "new email ", "Contact: "]), L(email_typed(local, d), ge),
        R.choice([", phone ", " mob: ", " / tel "]), L(phone_typed(cc, nat, True).lstrip("("), gp))
    c.t("agent", "Done. Your ticket %d is now closed." % R.randint(1000000, 9999999))


# --------------------------------------------------------------------------
# templates: negatives
# --------------------------------------------------------------------------

def lfake(n):
    return digits(n, "0123456789")


def n_amounts(c):
    c.note = "balances, amounts, due dates"
    c.t("agent", "your current balance is %s%s, and the minimum payment of %s%d.%02d is due on the %s of %s" % (
        R.choice(["$", "£", "€"]), "{:,}.{:02d}".format(R.randint(1000, 99999), R.randint(0, 99)), R.choice(["$", "£"]),
        R.randint(25, 300), R.randint(0, 99), ordw(R.randint(1, 28)), R.choice(MONTHS)))
    c.t("customer", "okay, i paid %s on the %s though, about %d percent of it" % (
        R.choice(["four hundred and twelve dollars", "two hundred quid", "eleven fifty"]), (lambda n: "%d%s" % (n, ord_suffix(n)))(R.randint(1, 28)), R.randint(10, 90)))


def n_order_luhn(c):
    num, sizes = card()
    c.note = "Luhn-valid 16-digit order number said with its label"
    lab = R.choice(["order number", "tracking number", "booking reference", "invoice number"])
    c.t("customer", "hi i'm chasing my %s, it's %s" % (lab, " ".join(groups(num, sizes))))
    c.t("agent", "thanks, that %s shows as dispatched on %s %d" % (lab, R.choice(MONTHS).capitalize(), R.randint(1, 28)))


def n_ref_spoken(c):
    n = lfake(16)
    z = pick_zero()
    lab = R.choice(["reference number", "case number", "ticket number", "claim reference", "confirmation code"])
    c.note = "16-digit %s spoken in groups like a card reading" % lab
    c.t("agent", "do you have the %s" % lab)
    c.t("customer", "yeah the %s is %s" % (lab, join_spoken(groups(n, [4, 4, 4, 4]), z)))
    c.t("agent", "mhm, that's the %s from the %s, okay" % (lab, R.choice(["letter", "email", "text"])))


def n_claim_us(c):
    f = R.randint(0, 3)
    if f == 0:
        cid = "%s-%s-%s" % (lfake(3), lfake(2), lfake(4))
        lab = "claim number"
    elif f == 1:
        cid = lfake(9)
        lab = "member ID"
    elif f == 2:
        cid = "%s %s %s" % (lfake(3), lfake(2), lfake(4))
        lab = "group number"
    else:
        cid = lfake(9)
        lab = "policy number"
    c.note = "US insurance %s shaped like an SSN, said with label" % lab
    c.t("customer", "Hi, my %s is %s and I wanted to check the status" % (lab, cid))
    c.t("agent", "Thanks, %s %s was processed on %d/%d and paid $%d.%02d." % (lab, cid, R.randint(1, 12), R.randint(1, 28), R.randint(20, 999), R.randint(0, 99)))


def n_claim_spoken(c):
    cid = lfake(9)
    z = pick_zero(True)
    lab = R.choice(["claim number", "member i d", "subscriber number", "case number"])
    c.note = "US %s spoken in 3-2-4 grouping like an SSN" % lab
    c.t("agent", "can i have the %s from the card" % lab)
    c.t("customer", "sure, the %s is %s, %s, %s" % (lab, sd(cid[:3], z), sd(cid[3:5], z), sd(cid[5:], z)))
    c.t("agent", "got it, that %s has a deductible of %s dollars" % (lab, sh(str(R.randint(100, 999)))))


def npi():
    while True:
        b = digits(9, "12")[:9]
        b = R.choice("12") + lfake(8)
        for ch in "0123456789":
            if luhn_ok("80840" + b + ch):
                return b + ch


def n_npi_medicare(c):
    n = npi()
    mbi = "%d%s%s%d-%s%s%d-%s%s%d%d" % (R.randint(1, 9), R.choice("ACDEFGHJKMNPQRTUVWXY"), R.choice("ACDEFGHJKMNPQRTUVWXY0123456789"),
                                        R.randint(0, 9), R.choice("ACDEFGHJKMNPQRTUVWXY"), R.choice("ACDEFGHJKMNPQRTUVWXY0123456789"), R.randint(0, 9),
                                        R.choice("ACDEFGHJKMNPQRTUVWXY"), R.choice("ACDEFGHJKMNPQRTUVWXY"), R.randint(0, 9), R.randint(0, 9))
    c.note = "provider NPI and Medicare-style ID said with their labels"
    c.t("agent", "I need the provider's NPI, it's on the EOB")
    c.t("customer", "NPI is %s" % R.choice([n, " ".join(groups(n, [3, 3, 4])), sd(n, "zero")]))
    c.t("agent", "Thanks. And the Medicare number on the red white and blue card?")
    c.t("customer", "medicare number %s" % mbi)


def n_lastfour(c):
    l4 = lfake(4)
    z = pick_zero()
    c.note = "card last four only"
    c.t("agent", R.choice(["can you confirm which card, just the last four digits", "I can see two cards, which one?"]))
    c.t("customer", R.choice(["the one ending %s", "card ending in %s", "it's the visa, last four %s", "the debit card ending %s"]) % R.choice([l4, sd(l4, z), sp(l4, z)]))
    c.t("agent", "okay, card ending %s, thank you" % R.choice([l4, sd(l4, z)]))


def n_times(c):
    c.note = "opening hours, durations, waits"
    c.t("customer", "what time are you open till")
    c.t("agent", "we're open %s till %s monday to friday, %d:%02d to %d on saturdays, and the wait is about %s minutes" % (
        R.choice(["eight", "nine", "8am", "half seven"]), R.choice(["eight", "six", "8pm", "half five"]), R.randint(8, 10), R.choice([0, 30]), R.randint(1, 5), num_words(R.randint(5, 45))))
    c.t("customer", "i've been on hold for %s already, since %d:%02d" % (R.choice(["forty minutes", "an hour and a quarter", "twenty five minutes"]), R.randint(1, 12), R.randint(0, 59)))


def n_meter(c):
    r1 = lfake(5)
    serial = "%s%s" % (R.choice(["E", "G", "K", "S"]), lfake(10))
    c.note = "utility meter reading and meter serial"
    c.t("agent", "can you give me the meter reading")
    c.t("customer", "it says %s, and the meter serial is %s" % (R.choice([r1, sd(r1, "nought"), sd(r1, "oh", 0.7)]), serial))
    c.t("agent", "thanks, that's %d units since the last reading on the %s" % (R.randint(100, 900), ordw(R.randint(1, 28))))


def n_travel(c):
    c.note = "flight, gate, seat, room numbers and dates"
    c.t("customer", "i'm on flight %s%d on the %s of %s, seat %d%s, can i change it" % (
        R.choice(["BA", "EI", "UA", "FR", "LH"]), R.randint(100, 9999), ordw(R.randint(1, 28)), R.choice(MONTHS), R.randint(1, 40), R.choice("ABCDEF")))
    c.t("agent", "yes, gate %s%d, boards at %d:%02d, and your hotel room %d is held until %s" % (R.choice("ABCD"), R.randint(1, 60), R.randint(5, 22), R.choice([0, 15, 30, 45]), R.randint(100, 2400), R.choice(["noon", "two pm", "14:00"])))


def n_roads(c):
    st = R.choice(STREETS_UK + STREETS_US)
    c.note = "road names without house numbers, town names"
    c.t("customer", "there's roadworks on %s near the %s junction, the engineer couldn't get through" % (st, R.choice(STREETS_UK + STREETS_US)))
    c.t("agent", "sorry about that, the outage around %s should be fixed within %d hours" % (R.choice(TOWNS_UK + [t for t, _ in TOWNS_US]), R.randint(2, 48)))


def n_serial_model(c):
    c.note = "model and serial numbers with labels"
    c.t("customer", "the router model is %s-%d and the serial number is %s" % (R.choice(["TG", "HH", "NR", "XB"]), R.randint(100, 9999), " ".join([lfake(4) for _ in range(4)])))
    c.t("agent", "thanks, firmware %d.%d.%d is %d days old, i'll push an update" % (R.randint(1, 9), R.randint(0, 20), R.randint(0, 99), R.randint(30, 400)))


def n_policy(c):
    pol = "%s%s" % (R.choice(["POL", "HX", "MTR", ""]), lfake(R.randint(8, 12)))
    c.note = "insurance policy number and renewal date, premium"
    c.t("agent", "your policy number %s renews on %d %s %d, premium %s%d.%02d" % (
        pol, R.randint(1, 28), R.choice(MONTHS).capitalize(), R.randint(2025, 2027), R.choice(["£", "€", "$"]), R.randint(100, 2000), R.randint(0, 99)))
    c.t("customer", "i've had that policy since %d, the car is a %d model and does %s miles a year" % (R.randint(1995, 2022), R.randint(2005, 2024), R.choice(["eight thousand", "twelve thousand", "about 9000"])))


def n_ages_counts(c):
    c.note = "ages, counts, temperatures, percentages"
    c.t("customer", "my mum's %s, she's on her own with %s kids and the heating's stuck at %d degrees" % (num_words(R.randint(60, 95)), num_words(R.randint(2, 5)), R.randint(10, 30)))
    c.t("agent", "i'm sorry, i can offer %d percent off for %s months and book an engineer for %s" % (R.randint(5, 50), num_words(R.randint(2, 12)), R.choice(["thursday", "next monday", "the 14th"])))


def n_tracking(c):
    t = "1Z" + "".join(R.choice("0123456789ABCDEFGHJKLMNPRSTVWXY") for _ in range(16))
    c.note = "parcel tracking number and long order number"
    c.t("customer", "Tracking no %s says delivered but nothing arrived. Order #%s" % (t, lfake(R.randint(10, 14))))
    c.t("agent", "I've raised investigation %s%d, allow %d working days." % (R.choice(["INV", "CASE-", "TKT"]), R.randint(100000, 999999), R.randint(2, 10)))


def n_sortcode_shaped(c):
    c.note = "sort-code and SSN shaped numbers that are invoice/ticket ids, with labels"
    c.t("customer", "invoice %s-%s-%s was billed twice, and ticket %s" % (lfake(2), lfake(2), lfake(2), "%s-%s-%s" % (lfake(3), lfake(2), lfake(4))))
    c.t("agent", "Thanks, I've credited %s%d.%02d against invoice number %s" % (R.choice(["£", "$"]), R.randint(5, 200), R.randint(0, 99), lfake(6)))


def n_appointment(c):
    c.note = "appointment dates, years and contract dates (not DOB)"
    y = R.randint(2024, 2027)
    c.t("agent", "your contract started on %s %d%s %d and the minimum term ends on the %s of %s %s" % (
        R.choice(MONTHS).capitalize(), R.randint(1, 28), "th", y - 2, ordw(R.randint(1, 28)), R.choice(MONTHS), year_words(y)))
    c.t("customer", "okay can i book the engineer for %d/%d/%d in the morning" % (R.randint(1, 28), R.randint(1, 12), y))


def n_phone_like(c):
    n = lfake(11)
    c.note = "11-digit account reference and PIN-free discussion, numbers spoken with label"
    z = pick_zero()
    c.t("customer", "my customer reference is %s" % join_spoken(groups(n, [3, 4, 4]), z, filler_p=0.3))
    c.t("agent", "thank you, and that reference is for the account opened in %s" % year_words(R.randint(1990, 2020)))


def n_dates_years(c):
    c.note = "years and durations that look like dates"
    c.t("customer", "i've been with you since nineteen %s, that's %s years, and the last bill on the %s was %s" % (
        num_words(R.randint(80, 99)), num_words(R.randint(20, 45)), ordw(R.randint(1, 28)), R.choice(["ninety quid", "a hundred and twelve dollars", "sixty euro"])))
    c.t("agent", "thank you for %s years of loyalty, i'll apply a %d pound credit" % (num_words(R.randint(20, 45)), R.randint(5, 50)))


def n_zip_like_counts(c):
    c.note = "5-digit numbers that are not ZIPs: mileage, points, steps"
    c.t("customer", "the car has %d miles on it, and i've got %d reward points" % (R.randint(10000, 99999), R.randint(10000, 99999)))
    c.t("agent", "great, %s points is worth %s%d, and your voucher code is SAVE%d" % ("{:,}".format(R.randint(10000, 99999)), R.choice(["$", "£"]), R.randint(10, 200), R.randint(10, 50)))


def n_rx(c):
    c.note = "US pharmacy: prescription, prior-auth and NDC numbers with labels"
    c.t("agent", "i see prescription number %s, prior authorization %s, ndc %s-%s-%s" % (
        lfake(7), "PA" + lfake(9), lfake(5), lfake(4), lfake(2)))
    c.t("customer", "right, and the copay was %s dollars for %s tablets, refill in %s days" % (
        num_words(R.randint(5, 60)), num_words(R.randint(10, 90)), num_words(R.randint(7, 30))))


def n_check_number(c):
    c.note = "US cheque number, confirmation number and transaction id spoken like account numbers"
    z = pick_zero(True)
    conf = lfake(10)
    c.t("customer", "i mailed check number %s for %s dollars, confirmation number %s" % (
        sd(lfake(4), z), sh(str(R.randint(100, 999))), join_spoken(groups(conf, [3, 3, 4]), z)))
    c.t("agent", "thanks, transaction id %s posted on %s %s" % (lfake(12), R.choice(MONTHS), ordw(R.randint(1, 28))))


NEG = [n_rx, n_check_number, n_amounts, n_order_luhn, n_ref_spoken, n_claim_us, n_claim_us, n_claim_spoken, n_npi_medicare, n_lastfour, n_lastfour,
       n_times, n_meter, n_travel, n_roads, n_serial_model, n_policy, n_ages_counts, n_tracking, n_sortcode_shaped,
       n_appointment, n_phone_like, n_dates_years, n_zip_like_counts]

POS = [(p_card_chat, 14), (p_card_asr_split, 14), (p_card_correction, 7), (p_card_aside, 9), (p_card_lastfour_full, 5),
       (p_card_typed_mail, 5), (p_ssn_typed, 12), (p_ssn_spoken, 8), (p_ssn_split, 6), (p_ssn_partial, 4), (p_ssn_mixed_us, 6),
       (p_ni, 26), (p_ni_extra, 6), (p_bank_uk, 9), (p_bank_us, 10), (p_bank_ie, 7), (p_iban_spoken, 6), (p_phone, 22),
       (p_email, 14), (p_address, 16), (p_dob, 10), (p_health_us, 6), (p_mixed_chat, 8)]


def generate():
    R.seed(SEED)
    cases = []
    pi = 0
    for fn, n in POS:
        for _ in range(n):
            pi += 1
            c = Case("")
            fn(c)
            turns, spans, meta = c.build()
            cases.append(({"id": "h429-pos-%03d" % pi, "kind": "positive", "turns": turns, "spans": spans, "note": c.note}, c, meta))
    ni_ = 0
    for k in range(110):
        ni_ += 1
        c = Case("")
        NEG[k % len(NEG)](c)
        turns, spans, meta = c.build()
        cases.append(({"id": "h429-neg-%03d" % ni_, "kind": "negative", "turns": turns, "spans": [], "note": c.note}, c, meta))
    return cases


def dump(cases):
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d, _, _ in cases)


def check(cases):
    errs = []
    ids = set()
    for d, c, meta in cases:
        if d["id"] in ids:
            errs.append("dup id " + d["id"])
        ids.add(d["id"])
        for t in d["turns"]:
            if t["speaker"] not in ("customer", "agent") or not t["text"]:
                errs.append("%s bad turn" % d["id"])
        if d["kind"] == "negative" and d["spans"]:
            errs.append("%s negative with spans" % d["id"])
        if d["kind"] == "positive" and not d["spans"]:
            errs.append("%s positive without spans" % d["id"])
        byturn = {}
        for s in d["spans"]:
            text = d["turns"][s["turn"]]["text"]
            if not (0 <= s["start"] < s["end"] <= len(text)):
                errs.append("%s span out of range" % d["id"])
                continue
            v = text[s["start"]:s["end"]]
            if not (v[0].isalnum() or v[0] == "+") or not v[-1].isalnum():
                errs.append("%s span edge %r" % (d["id"], v))
            if s["start"] > 0 and text[s["start"] - 1].isalnum():
                errs.append("%s span start not on boundary %r" % (d["id"], v))
            if s["end"] < len(text) and text[s["end"]].isalnum():
                errs.append("%s span end not on boundary %r" % (d["id"], v))
            byturn.setdefault(s["turn"], []).append((s["start"], s["end"]))
        for lst in byturn.values():
            lst.sort()
            for a, b in zip(lst, lst[1:]):
                if b[0] < a[1]:
                    errs.append("%s overlapping spans" % d["id"])
        # validate each value group
        texts = {}
        for s, gid in zip(d["spans"], meta):
            texts.setdefault(gid, []).append(d["turns"][s["turn"]]["text"][s["start"]:s["end"]])
        for gid, parts in texts.items():
            typ, canon, partial = c.groups[gid]
            joined = " ".join(parts)
            try:
                ok = validate(typ, joined, canon, partial)
            except ValueError as e:
                ok = False
                errs.append("%s %s: %s" % (d["id"], typ, e))
            if not ok:
                errs.append("%s invalid %s %r (canon %r)" % (d["id"], typ, joined, canon))
    return errs


def counts(cases):
    tc = Counter()
    for d, _, _ in cases:
        for s in d["spans"]:
            tc[s["type"]] += 1
    return tc


def main():
    cases = generate()
    data = dump(cases)
    if "--check" in sys.argv:
        errs = check(cases)
        with open(OUT, encoding="utf-8") as f:
            if f.read() != data:
                errs.append("cases.jsonl is not byte-identical to regenerated output")
        if R is None:
            pass
        again = dump(generate())
        if again != data:
            errs.append("generation not deterministic")
        tc = counts(cases)
        npos = sum(1 for d, _, _ in cases if d["kind"] == "positive")
        nneg = len(cases) - npos
        if npos < 200 or nneg < 100:
            errs.append("too few cases %d/%d" % (npos, nneg))
        need = {"CARD_NUMBER": 70, "SSN": 30, "NI_NUMBER": 30}
        for t in ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE", "IBAN", "PHONE",
                  "EMAIL", "DOB", "POSTCODE", "ADDRESS"]:
            if tc[t] < need.get(t, 10):
                errs.append("too few %s spans: %d" % (t, tc[t]))
        for e in errs[:60]:
            print("ERROR", e)
        print("positives %d negatives %d spans %s" % (npos, nneg, dict(sorted(tc.items()))))
        if errs:
            print("CHECK FAILED (%d errors)" % len(errs))
            sys.exit(1)
        print("CHECK OK")
        return
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(data)
    tc = counts(cases)
    print("wrote %d cases to %s; spans %s" % (len(cases), OUT, dict(sorted(tc.items()))))


if __name__ == "__main__":
    main()

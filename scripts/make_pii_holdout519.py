#!/usr/bin/env python3
"""Generate the pii_holdout519 held-out PII redaction evaluation set.

Usage:
    python scripts/make_pii_holdout519.py          # (re)write cases.jsonl
    python scripts/make_pii_holdout519.py --check  # regenerate + validate

Standard library only. Every offset is computed from segments, never typed.
"""
import json
import os
import re
import sys
import random

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "fixtures", "pii_holdout519", "cases.jsonl")
RNG = random.Random(519241125)

# ---------------------------------------------------------------- vocab
UNITS = {"zero": 0, "oh": 0, "o": 0, "nought": 0, "one": 1, "two": 2, "three": 3,
         "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
TEENS = {"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
         "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19}
TENS = {"twenty": 2, "thirty": 3, "forty": 4, "fifty": 5, "sixty": 6, "seventy": 7,
        "eighty": 8, "ninety": 9}
FILLERS = {"um", "uh", "er", "erm", "umm", "uhh", "hmm", "slash", "dash", "hyphen"}
NATO = {"alpha": "A", "alfa": "A", "bravo": "B", "charlie": "C", "delta": "D", "echo": "E",
        "foxtrot": "F", "golf": "G", "hotel": "H", "india": "I", "juliet": "J", "kilo": "K",
        "lima": "L", "mike": "M", "november": "N", "oscar": "O", "papa": "P", "quebec": "Q",
        "romeo": "R", "sierra": "S", "tango": "T", "uniform": "U", "victor": "V",
        "whiskey": "W", "whisky": "W", "xray": "X", "yankee": "Y", "zulu": "Z"}
DIGIT_WORD = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEEN_WORD = {v: k for k, v in TEENS.items()}
TENS_WORD = {v: k for k, v in TENS.items()}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
MONTH_ABBR = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec"]
ORD = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
       "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
       "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty first",
       "twenty second", "twenty third", "twenty fourth", "twenty fifth", "twenty sixth",
       "twenty seventh", "twenty eighth"]


def tokens(text):
    return re.findall(r"[a-z]+|\d+|\+", text.lower())


def _small(toks, i):
    """Parse a number 0-99 at toks[i]; return (value, next_i) or None."""
    t = toks[i] if i < len(toks) else None
    if t in TEENS:
        return TEENS[t], i + 1
    if t in TENS:
        if i + 1 < len(toks) and toks[i + 1] in UNITS and UNITS[toks[i + 1]] > 0:
            return TENS[t] * 10 + UNITS[toks[i + 1]], i + 2
        return TENS[t] * 10, i + 1
    if t in UNITS:
        return UNITS[t], i + 1
    return None


def normalise(text, alnum=False):
    """Spoken/typed value -> canonical string of digits (and letters if alnum)."""
    toks = tokens(text)
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if t in FILLERS:
            i += 1
        elif t == "+" or t == "plus":
            out.append("+"); i += 1
        elif t.isdigit():
            out.append(t); i += 1
        elif alnum and len(t) == 1 and nxt in ("for", "as"):
            j = i + 2 + (1 if nxt == "as" and i + 2 < len(toks) and toks[i + 2] == "in" else 0)
            if j >= len(toks) or toks[j] not in NATO or NATO[toks[j]] != t.upper():
                raise ValueError("bad nato %r" % text)
            out.append(t.upper()); i = j + 1
        elif t in ("double", "triple"):
            if nxt is None:
                raise ValueError("dangling double")
            if nxt in UNITS:
                d = str(UNITS[nxt])
            elif alnum and len(nxt) == 1:
                d = nxt.upper()
            else:
                raise ValueError("bad double %r" % text)
            out.append(d * (2 if t == "double" else 3)); i += 2
        elif t == "hundred":
            if not out or not out[-1][-1:].isdigit():
                raise ValueError("bad hundred")
            if nxt == "and":
                r = _small(toks, i + 2)
                if r is None:
                    raise ValueError("bad hundred and")
                out.append("%02d" % r[0]); i = r[1]
            else:
                out.append("00"); i += 1
        elif t == "thousand":
            if nxt == "and":
                r = _small(toks, i + 2)
                out.append("%03d" % r[0]); i = r[1]
            else:
                out.append("000"); i += 1
        elif t in UNITS or t in TEENS or t in TENS:
            v, i = _small(toks, i)
            out.append(str(v))
        elif alnum and t in NATO:
            out.append(NATO[t]); i += 1
        elif alnum:
            out.append(t.upper()); i += 1
        else:
            raise ValueError("unknown token %r in %r" % (t, text))
    return "".join(out)


# ---------------------------------------------------------------- speaking
def zero_word(rng, uk=True):
    return rng.choice(["oh", "oh", "zero", "o", "nought"] if uk else ["zero", "oh", "oh", "zero"])


def say_chunk(ch, rng, uk, allow_pairs=True):
    n = len(ch)
    r = rng.random()
    if allow_pairs and n == 3 and ch[0] != "0" and r < 0.25:
        rest = int(ch[1:])
        s = DIGIT_WORD[int(ch[0])] + " hundred"
        if rest == 0:
            return s
        return s + " and " + say_chunk(str(rest), rng, uk, True) if rest >= 10 else s + " and " + DIGIT_WORD[rest]
    if allow_pairs and n == 2 and ch[0] != "0" and r < 0.6:
        v = int(ch)
        if v < 10:
            return DIGIT_WORD[v]
        if v < 20:
            return TEEN_WORD[v]
        return TENS_WORD[v // 10] + ("" if v % 10 == 0 else " " + DIGIT_WORD[v % 10])
    if allow_pairs and n == 4 and ch[0] != "0" and ch[2] != "0" and r < 0.35:
        return say_chunk(ch[:2], rng, uk) + " " + say_chunk(ch[2:], rng, uk)
    words = []
    k = 0
    while k < n:
        d = ch[k]
        run = 1
        while k + run < n and ch[k + run] == d:
            run += 1
        w = zero_word(rng, uk) if d == "0" else DIGIT_WORD[int(d)]
        if run >= 3 and rng.random() < 0.6:
            words.append("triple " + w); k += 3; continue
        if run >= 2 and rng.random() < 0.7:
            words.append("double " + w); k += 2; continue
        words.append(w); k += 1
    return " ".join(words)


def say_digits(ds, rng, groups=None, uk=True, fillers=0.15, pairs=True, sep=None):
    """Speak a digit string; verified to round-trip through normalise()."""
    for _ in range(60):
        if groups is None:
            gs, k = [], 0
            while k < len(ds):
                g = rng.choice([2, 3, 4, 4])
                gs.append(ds[k:k + g]); k += g
        else:
            gs, k = [], 0
            for g in groups:
                gs.append(ds[k:k + g]); k += g
        parts = []
        for g in gs:
            parts.append(say_chunk(g, rng, uk, pairs))
        out = parts[0]
        for p in parts[1:]:
            s = sep if sep is not None else rng.choice([" ", " ", ", ", "... "])
            if rng.random() < fillers:
                s = s.rstrip() + " " + rng.choice(["um", "uh", "er", "erm"]) + " "
            out += s + p
        try:
            if normalise(out) == ds:
                return out
        except ValueError:
            pass
    return " ".join(DIGIT_WORD[int(c)] for c in ds)


def say_letters(s, rng, nato=0.4):
    out = []
    for ch in s:
        if ch.isdigit():
            out.append(DIGIT_WORD[int(ch)] if ch != "0" else rng.choice(["zero", "oh", "nought"]))
        elif rng.random() < nato:
            nw = [k for k, v in NATO.items() if v == ch and k not in ("alfa", "whisky")][0]
            out.append(rng.choice(["%s for %s", "%s as in %s", "%s for %s"]) % (ch.lower(), nw))
        else:
            out.append(ch.lower())
    return " ".join(out)


def group_str(ds, groups, sep):
    out, k = [], 0
    for g in groups:
        out.append(ds[k:k + g]); k += g
    if k < len(ds):
        out.append(ds[k:])
    return sep.join(x for x in out if x)


# ---------------------------------------------------------------- generators of values
def luhn_ok(ds):
    tot = 0
    for i, c in enumerate(reversed(ds)):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def make_card(rng, brand=None):
    brand = brand or rng.choice(["visa", "visa", "mc", "mc", "amex", "disc", "visa13", "maestro19"])
    pre, ln = {"visa": ("4", 16), "mc": (rng.choice(["51", "52", "53", "54", "55", "2221"]), 16),
               "amex": (rng.choice(["34", "37"]), 15), "disc": ("6011", 16),
               "visa13": ("4", 13), "maestro19": ("6759", 19)}[brand]
    body = pre + "".join(str(rng.randrange(10)) for _ in range(ln - len(pre) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def card_groups(ds):
    return {15: [4, 6, 5], 13: [4, 4, 5], 19: [4, 4, 4, 4, 3]}.get(len(ds), [4, 4, 4, 4])


def iban_check(cc, bban):
    s = bban + cc + "00"
    n = int("".join(str(int(c, 36)) for c in s))
    return "%02d" % (98 - n % 97)


def iban_ok(s):
    s = s.upper()
    if not re.match(r"^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def make_iban(rng, spoken=False):
    d = lambda n: "".join(str(rng.randrange(10)) for _ in range(n))
    cc = rng.choice(["GB", "IE", "DE", "FR", "ES", "NL", "IT"])
    if cc == "GB":
        bban = rng.choice(["NWBK", "BARC", "HBUK", "MIDL"] + ([] if spoken else ["LOYD"])) + d(14)
    elif cc == "IE":
        bban = rng.choice(["AIBK", "IPBS"] + ([] if spoken else ["BOFI"])) + d(14)
    elif cc == "NL":
        bban = rng.choice(["INGB", "ABNA"] + ([] if spoken else ["RABO"])) + d(10)
    elif cc == "DE":
        bban = d(18)
    elif cc == "FR":
        bban = d(23)
    elif cc == "ES":
        bban = d(20)
    else:
        bban = rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + d(22)
    return cc + iban_check(cc, bban) + bban


NI_RE = re.compile(r"^(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$")


def make_ni(rng):
    while True:
        s = (rng.choice("ABCEGHJKLMNPRSTWXYZ") + rng.choice("ABCEGHJKLMNPRSTWXYZ")
             + "".join(str(rng.randrange(10)) for _ in range(6)) + rng.choice("ABCD"))
        if NI_RE.match(s) and s[:2] not in ("ER", "HM"):
            return s


def make_ssn(rng):
    while True:
        a = rng.randrange(1, 900)
        if a != 666:
            return "%03d%02d%04d" % (a, rng.randrange(1, 100), rng.randrange(1, 10000))


UK_PC_RE = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[ABD-HJLNP-UW-Z]{2}$")


def make_uk_pc(rng):
    inw = "ABDEFGHJLNPQRSTUWXYZ"
    area = rng.choice(["SW", "SE", "N", "E", "W", "M", "B", "L", "LS", "BS", "CF", "EH", "G",
                       "NE", "CB", "BT", "CR", "DN", "KT", "RG", "TN", "NG", "S", "BN"])
    if len(area) == 1 and rng.random() < 0.3:
        out = area + str(rng.randrange(1, 10)) + rng.choice("ABEHMNPRVWXY")
    else:
        out = area + str(rng.randrange(1, 30))
    return out + " " + str(rng.randrange(10)) + rng.choice(inw) + rng.choice(inw)


def make_zip(rng):
    z = "%05d" % rng.randrange(1001, 99951)
    return z + ("-%04d" % rng.randrange(10000) if rng.random() < 0.25 else "")


FIRST = ["Sarah", "James", "Priya", "Tom", "Aoife", "Declan", "Maria", "Kwame", "Lucy", "Ahmed",
         "Chloe", "Ben", "Fatima", "Gareth", "Niamh", "Jorge", "Emily", "Raj", "Hannah", "Luke",
         "Sinead", "Marcus", "Olga", "Pete", "Grace", "Dev", "Ellie", "Sam", "Keisha", "Ruth"]
LAST = ["Patel", "Smith", "Murphy", "Jones", "Kowalski", "Nguyen", "Walsh", "Brown", "Garcia",
        "Ahmed", "Taylor", "Evans", "Kelly", "Hughes", "Mensah", "Fischer", "Rossi", "Reid"]
STREETS = ["Acacia Avenue", "Mill Lane", "Church Road", "Station Road", "Victoria Street",
           "Park Crescent", "Elm Grove", "Maple Drive", "Harbour View", "Kings Way",
           "Oak Close", "Chapel Street", "Meadow Rise", "Queens Terrace", "Willow Court",
           "Main Street", "Cedar Lane", "Highfield Road", "Riverside Walk", "Lime Street"]
US_STREETS = ["Maple Street", "Oak Avenue", "Elm Drive", "Sunset Boulevard", "Pine Court",
              "Lakeview Road", "Washington Avenue", "Cedar Lane", "Birch Way", "Hillcrest Drive"]
UK_TOWNS = ["Leeds", "Bristol", "Cardiff", "Manchester", "Croydon", "Brighton", "Nottingham",
            "Belfast", "Sheffield", "Glasgow", "Reading", "Doncaster"]
US_TOWNS = ["Springfield", "Austin", "Denver", "Columbus", "Tampa", "Portland", "Raleigh"]
DOMAINS = ["gmail.com", "hotmail.co.uk", "yahoo.com", "outlook.com", "btinternet.com",
           "icloud.com", "eircom.net", "live.ie", "aol.com", "protonmail.com"]
DOMAIN_SAY = {"gmail.com": "gmail dot com", "hotmail.co.uk": "hotmail dot co dot uk",
              "yahoo.com": "yahoo dot com", "outlook.com": "outlook dot com",
              "btinternet.com": "b t internet dot com", "icloud.com": "icloud dot com",
              "eircom.net": "eircom dot net", "live.ie": "live dot i e",
              "aol.com": "a o l dot com", "protonmail.com": "protonmail dot com"}
STREET_SUFFIX = r"(avenue|lane|road|street|crescent|grove|drive|view|way|close|rise|terrace|court|walk|boulevard|st|rd|ave)"


# ---------------------------------------------------------------- case builder
class Case:
    def __init__(self, kind, note):
        self.kind, self.note = kind, note
        self.turns, self.spans, self.groups = [], [], []

    def v(self, typ, text, partial=False):
        self.groups.append({"type": typ, "partial": partial, "parts": []})
        return ("V", len(self.groups) - 1, text)

    def cont(self, seg, text):
        return ("V", seg[1], text)

    def turn(self, speaker, *segs):
        text = ""
        ti = len(self.turns)
        for s in segs:
            if isinstance(s, str):
                text += s
            else:
                _, g, val = s
                st = len(text)
                text += val
                self.spans.append({"turn": ti, "start": st, "end": len(text),
                                   "type": self.groups[g]["type"]})
                self.groups[g]["parts"].append(val)
        self.turns.append({"speaker": speaker, "text": text})

    def c(self, *segs):
        self.turn("customer", *segs)

    def a(self, *segs):
        self.turn("agent", *segs)


def pick(rng, xs):
    return rng.choice(xs)


BACK = ["mhm", "yep", "go on", "okay", "uh huh", "right", "yeah", "got that", "mm", "sure, go on"]


def typo(rng, s):
    if rng.random() < 0.3 and len(s) > 4:
        i = rng.randrange(1, len(s) - 2)
        if s[i].isalpha() and s[i + 1].isalpha():
            return s[:i] + s[i + 1] + s[i] + s[i + 2:]
    return s


# ---------------------------------------------------------------- card formatting
def card_typed(rng, ds):
    style = rng.random()
    if style < 0.35:
        return group_str(ds, card_groups(ds), " ")
    if style < 0.55:
        return group_str(ds, card_groups(ds), "-")
    if style < 0.7:
        return ds
    if style < 0.85:
        return group_str(ds, [4, 4, 8, 3], " ")
    return group_str(ds, [3, 3, 3, 3, 3, 3, 3], " ")


def expiry_typed(rng):
    m, y = rng.randrange(1, 13), rng.randrange(25, 33)
    return pick(rng, ["%02d/%02d" % (m, y), "%d/20%02d" % (m, y), "%02d-%02d" % (m, y),
                      "%s 20%02d" % (MONTH_ABBR[m - 1], y), "%02d/20%02d" % (m, y)])


def expiry_spoken(rng):
    m, y = rng.randrange(1, 13), rng.randrange(25, 33)
    return pick(rng, [
        say_digits("%02d" % m, rng, [2], pairs=False) + " " + say_digits("%02d" % y, rng, [2]),
        "%s twenty %s" % (MONTHS[m - 1], pair_word(y)),
        say_digits("%02d" % m, rng, [2], pairs=False) + " slash " + say_chunk("%02d" % y, rng, True),
        "%s %s" % (MONTHS[m - 1], pair_word(y)),
    ])


def dob_value(rng):
    return rng.randrange(1, 29), rng.randrange(1, 13), rng.randrange(1940, 2006)


def pair_word(n):
    if n == 0:
        return "double oh"
    if n < 10:
        return "oh " + DIGIT_WORD[n]
    if n < 20:
        return TEEN_WORD[n]
    return TENS_WORD[n // 10] + ("" if n % 10 == 0 else " " + DIGIT_WORD[n % 10])


def year_say(rng, y):
    if y >= 2000:
        r = y - 2000
        return "two thousand" + ("" if r == 0 else " and " + pair_word(r).replace("oh ", "")) if r < 10 or rng.random() < 0.5 \
            else "twenty " + pair_word(r)
    return "nineteen " + pair_word(y - 1900)


def dob_typed(rng, us=False):
    d, m, y = dob_value(rng)
    opts = ["%02d/%02d/%d" % ((m, d, y) if us else (d, m, y)), "%d-%02d-%02d" % (y, m, d),
            "%d %s %d" % (d, MONTH_ABBR[m - 1], y), "%s %d, %d" % (MONTHS[m - 1].title(), d, y),
            "%02d.%02d.%02d" % (d, m, y % 100), "%d/%d/%d" % ((m, d, y) if us else (d, m, y))]
    return pick(rng, opts)


def dob_spoken(rng, us=False):
    d, m, y = dob_value(rng)
    ys = year_say(rng, y)
    return pick(rng, [
        "the %s of %s %s" % (ORD[d - 1], MONTHS[m - 1], ys),
        "%s %s %s" % (ORD[d - 1], MONTHS[m - 1], ys),
        "%s %s, %s" % (MONTHS[m - 1], ORD[d - 1], ys),
        "%s %s %s" % (say_chunk("%02d" % d, rng, not us), say_digits("%02d" % m, rng, [2], pairs=False),
                      pair_word(y % 100)),
        "%s of %s, um, %s" % (ORD[d - 1], MONTHS[m - 1], ys),
    ])


def phone_value(rng, region):
    d = lambda n: "".join(str(rng.randrange(10)) for _ in range(n))
    if region == "uk_mob":
        return "07" + pick(rng, ["700", "712", "823", "956", "411"]) + d(6)
    if region == "uk_land":
        area = pick(rng, ["020", "0161", "0113", "0117", "029"])
        return area + d(11 - len(area))
    if region == "us":
        return pick(rng, ["212", "415", "312", "617", "503", "919"]) + d(7)
    if region == "ie":
        return "08" + pick(rng, ["3", "5", "6", "7"]) + d(7)
    return "0" + d(9)


def phone_typed(rng, region):
    n = phone_value(rng, region)
    if region == "us":
        intl = rng.random() < 0.3
        body = pick(rng, ["(%s) %s-%s" % (n[:3], n[3:6], n[6:]), "%s-%s-%s" % (n[:3], n[3:6], n[6:]),
                          "%s.%s.%s" % (n[:3], n[3:6], n[6:]), n])
        return ("+1 " + body) if intl else body
    cc = {"ie": "353"}.get(region, "44")
    if rng.random() < 0.4:
        rest = n[1:]
        return pick(rng, ["+%s %s %s" % (cc, rest[:len(rest) - 6], rest[-6:]),
                          "+%s (0)%s %s" % (cc, rest[:3], rest[3:]) if False else "+%s %s" % (cc, rest),
                          "00%s %s %s" % (cc, rest[:3], rest[3:])])
    return pick(rng, ["%s %s" % (n[:5], n[5:]), "%s %s %s" % (n[:3], n[3:6], n[6:]), n,
                      "%s-%s" % (n[:4], n[4:])])


def phone_spoken(rng, region):
    n = phone_value(rng, region)
    uk = region != "us"
    if rng.random() < 0.35:
        cc = {"us": "1", "ie": "353"}.get(region, "44")
        return "plus " + say_digits(cc, rng, [len(cc)], pairs=False) + " " + say_digits(n[1:] if uk else n, rng, uk=uk)
    if region == "us":
        return say_digits(n, rng, [3, 3, 4], uk=False)
    return say_digits(n, rng, [5, 3, 3] if len(n) == 11 else None, uk=True)


def email_value(rng):
    f, l = pick(rng, FIRST).lower(), pick(rng, LAST).lower()
    local = pick(rng, ["%s.%s" % (f, l), "%s%s" % (f[0], l), "%s_%s%d" % (f, l, rng.randrange(1, 99)),
                       "%s%d" % (f, rng.randrange(70, 100)), "%s.%s%d" % (f[0], l, rng.randrange(1, 9))])
    return local, pick(rng, list(DOMAIN_SAY))


def email_typed(rng):
    local, dom = email_value(rng)
    e = local + "@" + dom
    if rng.random() < 0.2:
        e = e[0].upper() + e[1:]
    if rng.random() < 0.1:
        e = e.upper()
    return e


def email_spoken(rng):
    local, dom = email_value(rng)
    parts = re.findall(r"[a-z]+|\d+|[._]", local)
    said = []
    for p in parts:
        if p == ".":
            said.append("dot")
        elif p == "_":
            said.append("underscore")
        elif p.isdigit():
            said.append(say_digits(p, rng, [len(p)]))
        elif len(p) == 1 or rng.random() < 0.15:
            said.append(say_letters(p.upper(), rng, nato=0.3))
        else:
            said.append(p)
    return " ".join(said) + pick(rng, [" at ", " at ", " at, um, "]) + DOMAIN_SAY[dom]


def email_norm(text):
    toks = re.findall(r"[A-Za-z]+|\d+|[@._+-]", text)
    out = []
    i = 0
    while i < len(toks):
        t = toks[i].lower()
        nxt = toks[i + 1].lower() if i + 1 < len(toks) else None
        if t in ("um", "uh", "er", "erm"):
            i += 1
        elif t == "dot":
            out.append("."); i += 1
        elif t == "at":
            out.append("@"); i += 1
        elif t == "underscore":
            out.append("_"); i += 1
        elif len(t) == 1 and t.isalpha() and nxt in ("for", "as"):
            j = i + 2 + (1 if nxt == "as" else 0)
            out.append(t); i = j + 1
        elif t in UNITS or t in TEENS or t in TENS:
            j = i
            while j < len(toks) and (toks[j].lower() in UNITS or toks[j].lower() in TEENS
                                     or toks[j].lower() in TENS or toks[j].lower() == "double"):
                j += 1
            out.append(normalise(" ".join(toks[i:j]))); i = j
        else:
            out.append(t); i += 1
    return "".join(out)


def addr_uk(rng, spoken=False):
    num = rng.randrange(1, 240)
    st = pick(rng, STREETS)
    if spoken:
        st = st.lower()
        ns = say_chunk(str(num), rng, True)
        if rng.random() < 0.3:
            return "flat %s, %s %s" % (DIGIT_WORD[rng.randrange(1, 10)], ns, st)
        return "%s %s" % (ns, st)
    if rng.random() < 0.15:
        st = st.replace("Street", "St").replace("Road", "Rd")
    if rng.random() < 0.25:
        return "Flat %d, %d %s" % (rng.randrange(1, 30), num, st)
    if rng.random() < 0.1:
        return "%d%s %s" % (num, pick(rng, "ab"), st)
    return "%d %s" % (num, st if rng.random() > 0.2 else st.lower())


def addr_us(rng, spoken=False):
    num = rng.randrange(100, 9999)
    st = pick(rng, US_STREETS)
    if spoken:
        s = str(num)
        ns = (say_chunk(s[:2], rng, False) + " " + say_chunk(s[2:], rng, False)) if len(s) == 4 and s[2] != "0" else say_digits(s, rng, [len(s)], uk=False)
        return "%s %s" % (ns, st.lower())
    apt = ", Apt %d" % rng.randrange(1, 40) if rng.random() < 0.25 else ""
    return "%d %s%s" % (num, st, apt)


def pc_spoken(rng, pc):
    out, inw = pc.split(" ")
    return say_letters(out, rng, 0.3) + pick(rng, [" ", ", ", "... "]) + say_letters(inw, rng, 0.3)


# ================================================================ POSITIVE TEMPLATES
def p_chat_card(rng):
    c = Case("positive", "typed chat: card number with expiry and CVV")
    ds = make_card(rng)
    cv = "".join(str(rng.randrange(10)) for _ in range(4 if len(ds) == 15 else 3))
    c.a(pick(rng, ["Hi, thanks for contacting ShopRight. How can I help?",
                   "Hello, you're chatting with Dana from Skyline Travel.",
                   "Welcome to NorthGrid Energy chat, how can I help today?"]))
    c.c(pick(rng, ["want to pay my bill. ", "need to update my payment card pls ", "Paying the balance now. "]),
        pick(rng, ["card no: ", "Card number - ", typo(rng, "card number is "), "CC#", "long number: "]),
        c.v("CARD_NUMBER", card_typed(rng, ds)),
        pick(rng, [" exp ", ", expiry ", " expires ", " valid thru "]), c.v("EXPIRY", expiry_typed(rng)),
        pick(rng, [" cvv ", " and the 3 digits on back are ", ", sec code "]), c.v("CVV", cv))
    c.a("Thanks, processing that now.")
    return c


def p_email_card(rng):
    c = Case("positive", "e-mail body with card details and billing address")
    ds = make_card(rng)
    pc = make_uk_pc(rng)
    c.c("Subject: payment for invoice INV-", str(rng.randrange(10000, 99999)), "\n\nHi team,\n\nPlease take the outstanding ",
        "amount from my card ", c.v("CARD_NUMBER", card_typed(rng, ds)), ", expiry ", c.v("EXPIRY", expiry_typed(rng)),
        ".\nBilling address: ", c.v("ADDRESS", addr_uk(rng)), ", ", pick(rng, UK_TOWNS), " ", c.v("POSTCODE", pc if rng.random() < 0.7 else pc.lower()),
        "\n\nRegards,\n", pick(rng, FIRST), " ", pick(rng, LAST))
    return c


def p_asr_card_split(rng):
    c = Case("positive", "ASR call: card read over several turns with back-channels and read-back")
    ds = make_card(rng)
    gs = card_groups(ds)
    uk = rng.random() < 0.6
    c.a(pick(rng, ["okay and can i take the long number on the front of the card",
                   "right so whenever you're ready the sixteen digit number",
                   "can you read me the card number please"]))
    first = True
    seg = None
    k = 0
    chunks = []
    i = 0
    while i < len(gs):
        take = rng.choice([1, 1, 2])
        chunks.append(sum(gs[i:i + take])); i += take
    for n in chunks:
        part = ds[k:k + n]; k += n
        said = say_digits(part, rng, [len(part)] if n <= 4 else None, uk=uk, fillers=0.2)
        if first:
            seg = c.v("CARD_NUMBER", said)
            c.c(pick(rng, ["yeah it's ", "okay so ", "um right ", ""]), seg)
            first = False
        else:
            c.c(c.cont(seg, said))
        if k < len(ds):
            c.a(pick(rng, BACK))
    if rng.random() < 0.6:
        c.a("so that's ", c.v("CARD_NUMBER", say_digits(ds, rng, gs, uk=uk, fillers=0)), pick(rng, [" yeah", " is that right", ""]))
        c.c(pick(rng, ["yes", "that's it", "yep correct"]))
    return c


def p_asr_card_correction(rng):
    c = Case("positive", "ASR call: restarted card reading after a mistake")
    ds = make_card(rng, pick(rng, ["visa", "mc"]))
    cut = rng.randrange(5, 10)
    wrong = ds[:cut - 1] + str((int(ds[cut - 1]) + rng.randrange(1, 9)) % 10)
    c.a("and the card number please")
    c.c(c.v("CARD_NUMBER", say_digits(wrong, rng, None, fillers=0.1), partial=True),
        pick(rng, [" no sorry sorry let me start again ", " oh hang on that's wrong, from the top ", " no wait, "]),
        c.v("CARD_NUMBER", say_digits(ds, rng, [4, 4, 4, 4], fillers=0.25)))
    c.a(pick(rng, ["lovely thank you", "okay got that", "perfect"]), " and the expiry")
    c.c(c.v("EXPIRY", expiry_spoken(rng)))
    return c


def p_asr_card_aside(rng):
    c = Case("positive", "ASR call: aside in the middle of a card reading, then CVV")
    ds = make_card(rng, pick(rng, ["visa", "mc", "disc"]))
    s1 = c.v("CARD_NUMBER", say_digits(ds[:8], rng, [4, 4]))
    c.a("go ahead with the card number when you're ready")
    c.c(s1, pick(rng, [" sorry the dog's going mad one sec ", " hang on my glasses, right ", " sorry kids are shouting, where was i, ",
                       " excuse me, "]), c.cont(s1, say_digits(ds[8:], rng, [4, 4])))
    c.a("thank you and the three digit security code on the back")
    c.c(pick(rng, ["it's ", "", "that's "]), c.v("CVV", say_digits("".join(str(rng.randrange(10)) for _ in range(3)), rng, [3])))
    return c


def p_card_lastfour_after_full(rng):
    c = Case("positive", "full card read then referred to by last four in same call (last four labelled)")
    ds = make_card(rng, "visa")
    c.c("i'd like to add a new card it's ", c.v("CARD_NUMBER", say_digits(ds, rng, [4, 4, 4, 4], fillers=0.1)))
    c.a("thanks, so the card ending ", c.v("CARD_NUMBER", say_digits(ds[-4:], rng, [4]), partial=True),
        " is now your default payment method")
    return c


def p_telecom_card_typed_split(rng):
    c = Case("positive", "chat: card typed over several messages")
    ds = make_card(rng)
    c.a("Please type your card number below. For security, you can send it in parts.")
    k = 0
    seg = None
    for n in pick(rng, [[4, 4, 8], [8, 8], [6, 10], [4, 4, 4, 4]]):
        part = ds[k:k + n] if n else ""
        if k + n >= len(ds) or n == 0:
            part = ds[k:]
        k += len(part)
        if not part:
            break
        if seg is None:
            seg = c.v("CARD_NUMBER", part); c.c(seg)
        else:
            c.c(c.cont(seg, part))
        if k >= len(ds):
            break
    if k < len(ds):
        c.c(c.cont(seg, ds[k:]))
    c.c(pick(rng, ["exp ", "expiry "]), c.v("EXPIRY", expiry_typed(rng)))
    return c


def p_ssn_typed(rng):
    c = Case("positive", "typed US SSN (insurance / healthcare billing / government)")
    s = make_ssn(rng)
    fmt = pick(rng, ["%s-%s-%s", "%s %s %s", "%s%s%s", "%s-%s-%s"]) % (s[:3], s[3:5], s[5:])
    c.a(pick(rng, ["To verify your identity for the claim, please provide your Social Security number.",
                   "I need the SSN of the policyholder to look up the account.",
                   "For the billing dispute we'll need the patient's Social."]))
    if rng.random() < 0.3:
        c.c("SSN: ", c.v("SSN", fmt), " and DOB ", c.v("DOB", dob_typed(rng, True)))
    else:
        c.c(pick(rng, ["sure its ", "SSN: ", "ssn# ", "Social is ", typo(rng, "social security number ")]), c.v("SSN", fmt),
            pick(rng, ["", " thanks", ". Policy holder is my husband"]))
    return c


def p_ssn_spoken(rng):
    c = Case("positive", "ASR call: US SSN spoken, sometimes split with read-back")
    s = make_ssn(rng)
    c.a(pick(rng, ["and can i get the last four of your social", "can i get your full social security number please",
                   "i'll need your social to pull up the file"]).replace("the last four of ", ""))
    if rng.random() < 0.5:
        c.c(pick(rng, ["yeah it's ", "sure ", "um "]), c.v("SSN", say_digits(s, rng, [3, 2, 4], uk=False, fillers=0.2)))
    else:
        g = c.v("SSN", say_digits(s[:3], rng, [3], uk=False))
        c.c(g); c.a(pick(rng, BACK)); c.c(c.cont(g, say_digits(s[3:5], rng, [2], uk=False)))
        c.a(pick(rng, BACK)); c.c(c.cont(g, say_digits(s[5:], rng, [4], uk=False)))
    if rng.random() < 0.5:
        c.a("let me read that back ", c.v("SSN", say_digits(s, rng, [3, 2, 4], uk=False, fillers=0, pairs=False)))
        c.c("that's right")
    return c


def ni_typed_fmt(rng, ni):
    f = pick(rng, ["%s", "%s %s %s %s %s", "%s-%s-%s-%s-%s", "%s %s%s%s %s"])
    parts = (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8])
    s = ni if f == "%s" else f % parts
    if rng.random() < 0.3:
        s = s.lower()
    return s


def p_ni_typed(rng):
    c = Case("positive", "typed UK National Insurance number (gov services / payroll)")
    ni = make_ni(rng)
    c.c(pick(rng, ["Hi my NI no. is ", "national insurance: ", "NINO ", "Re my tax code, NI number ", typo(rng, "my national insurance number is ")]),
        c.v("NI_NUMBER", ni_typed_fmt(rng, ni)), pick(rng, ["", ", can you check my contributions", " thx", ". Many thanks"]))
    c.a("Thank you, I've found your record.")
    return c


def p_ni_spoken(rng):
    c = Case("positive", "ASR call: NI number with NATO letters, possibly split and read back")
    ni = make_ni(rng)
    c.a(pick(rng, ["can i take your national insurance number", "and your n i number please"]))
    letters = say_letters(ni[:2], rng, 0.6)
    digits = say_digits(ni[2:8], rng, [2, 2, 2], fillers=0.2)
    suf = say_letters(ni[8], rng, 0.5)
    if rng.random() < 0.5:
        c.c(pick(rng, ["yeah it's ", "it's ", "", "right okay "]), c.v("NI_NUMBER", letters + " " + digits + " " + suf))
    else:
        g = c.v("NI_NUMBER", letters)
        c.c(g); c.a(pick(rng, BACK)); c.c(c.cont(g, digits)); c.a(pick(rng, ["and the letter at the end", "and the last letter"]))
        c.c(pick(rng, ["it's ", ""]), c.cont(g, suf))
    if rng.random() < 0.4:
        c.a("so ", c.v("NI_NUMBER", say_letters(ni[:2], rng, 0) + " " + say_digits(ni[2:8], rng, [2, 2, 2], fillers=0) + " " + ni[8].lower()))
    return c


def p_bank_typed(rng):
    c = Case("positive", "typed UK bank account and sort code for direct debit / refund")
    acct = "".join(str(rng.randrange(10)) for _ in range(8))
    sc = "".join(str(rng.randrange(10)) for _ in range(6))
    scf = pick(rng, ["%s-%s-%s", "%s %s %s", "%s%s%s", "%s/%s/%s"]) % (sc[:2], sc[2:4], sc[4:])
    c.a(pick(rng, ["To set up the direct debit I need your account details.", "Where should we send the refund?"]))
    c.c(pick(rng, ["acct no: ", "Account number ", "a/c ", "acc no. "]), c.v("BANK_ACCOUNT", acct),
        pick(rng, [" sort code ", ", s/c ", " SC: ", " sortcode "]), c.v("SORT_CODE", scf))
    return c


def p_bank_spoken(rng):
    c = Case("positive", "ASR call: sort code in pairs and account number, split with back-channels")
    acct = "".join(str(rng.randrange(10)) for _ in range(8))
    sc = "".join(str(rng.randrange(1, 10)) + str(rng.randrange(10)) for _ in range(3))
    c.a("okay what's the sort code")
    c.c(c.v("SORT_CODE", say_digits(sc, rng, [2, 2, 2], sep=pick(rng, [" ", ", ", " dash "]))))
    c.a("and the account number")
    g = c.v("BANK_ACCOUNT", say_digits(acct[:4], rng, [4], fillers=0.3))
    c.c(g); c.a(pick(rng, BACK)); c.c(c.cont(g, say_digits(acct[4:], rng, [4])))
    if rng.random() < 0.5:
        c.a("that's ", c.v("BANK_ACCOUNT", say_digits(acct, rng, [4, 4], pairs=False)), " with sort code ",
            c.v("SORT_CODE", say_digits(sc, rng, [2, 2, 2])))
    return c


def p_us_bank(rng):
    c = Case("positive", "US / Irish bank account number for payout")
    acct = "".join(str(rng.randrange(10)) for _ in range(rng.choice([10, 11, 12])))
    if rng.random() < 0.5:
        c.c("Please deposit the reimbursement to checking account ", c.v("BANK_ACCOUNT", acct), ".")
    else:
        c.a("what account number should the refund go to")
        c.c("it's ", c.v("BANK_ACCOUNT", say_digits(acct, rng, [3, 3, 4] if len(acct) == 10 else None, uk=False, fillers=0.2)))
    return c


def p_iban_typed(rng):
    c = Case("positive", "typed IBAN for EU/IE refund (travel, insurance)")
    ib = make_iban(rng)
    s = group_str(ib, [4] * 9, " ") if rng.random() < 0.6 else ib
    if rng.random() < 0.2:
        s = s.lower()
    c.c(pick(rng, ["Refund to IBAN ", "my iban: ", "IBAN - ", "Bank details IBAN "]), c.v("IBAN", s),
        pick(rng, ["", " please", ", BIC not needed I think"]))
    c.a("Thanks, the refund will arrive in 5-7 working days.")
    return c


def p_iban_spoken(rng):
    c = Case("positive", "ASR call: IBAN read out, split across turns")
    ib = make_iban(rng, spoken=True)
    g = c.v("IBAN", say_letters(ib[:2], rng, 0.5) + " " + say_digits(ib[2:4], rng, [2]) + " " +
            (say_letters(ib[4:8], rng, 0.4) if ib[4].isalpha() else say_digits(ib[4:8], rng, [4])))
    c.a("and the iban for the refund")
    c.c(g)
    rest = ib[8:]
    k = 0
    while k < len(rest):
        n = rng.choice([4, 6, 8])
        part = rest[k:k + n]; k += n
        c.a(pick(rng, BACK))
        if part[0].isalpha():
            c.c(c.cont(g, say_letters(part[0], rng, 0.5) + " " + say_digits(part[1:], rng, None)))
        else:
            c.c(c.cont(g, say_digits(part, rng, None, fillers=0.15)))
    return c


def p_phone(rng):
    c = Case("positive", "phone number, typed or spoken, national or international")
    region = pick(rng, ["uk_mob", "uk_mob", "uk_land", "us", "ie"])
    if rng.random() < 0.45:
        ph = phone_typed(rng, region)
        plus = "+" if ph.startswith("+") else ""
        c.c(pick(rng, ["best number to reach me is ", "Mob: ", "tel. ", "call me back on ", "my new number "]),
            plus, c.v("PHONE", ph[len(plus):]))
        c.a("Noted, we'll call you within 24 hours.")
    else:
        c.a(pick(rng, ["and a contact number", "what's the best number to call you back on"]))
        p = phone_spoken(rng, region)
        toks = p.split(" ")
        if rng.random() < 0.4 and len(toks) > 6:
            cut = len(toks) // 2
            g = c.v("PHONE", " ".join(toks[:cut]).rstrip(",."))
            c.c(g); c.a(pick(rng, BACK)); c.c(c.cont(g, " ".join(toks[cut:]).lstrip(",. ")))
        else:
            c.c(pick(rng, ["it's ", "yeah ", "um ", ""]), c.v("PHONE", p))
    return c


def p_email(rng):
    c = Case("positive", "e-mail address, typed or spelled out on a call")
    if rng.random() < 0.45:
        c.c(pick(rng, ["email: ", "my email is ", "pls send the receipt to ", "Contact e-mail "]), c.v("EMAIL", email_typed(rng)))
    else:
        c.a("and what email should we send the confirmation to")
        c.c(pick(rng, ["it's ", "yeah so it's ", ""]), c.v("EMAIL", email_spoken(rng)))
        c.a(pick(rng, ["lovely", "thanks i'll pop that on"]))
    return c


def p_dob(rng):
    c = Case("positive", "date of birth for ID&V")
    us = rng.random() < 0.3
    c.a(pick(rng, ["can you confirm your date of birth", "for security, your DOB please", "and the patient's date of birth"]))
    if rng.random() < 0.4:
        c.c(pick(rng, ["DOB ", "", "its "]), c.v("DOB", dob_typed(rng, us)))
    else:
        c.c(pick(rng, ["yeah it's ", "", "um ", "born on "]), c.v("DOB", dob_spoken(rng, us)))
    return c


def p_address(rng):
    c = Case("positive", "address with postcode / ZIP (utilities, retail delivery)")
    us = rng.random() < 0.3
    typed = rng.random() < 0.5
    if us:
        ad = addr_us(rng, not typed)
        z = make_zip(rng)
        zs = z if typed else say_digits(z.replace("-", ""), rng, [5] if len(z) == 5 else [5, 4], uk=False)
        c.a("what's the delivery address")
        c.c(pick(rng, ["", "it's ", "ship to "]), c.v("ADDRESS", ad), ", ", pick(rng, US_TOWNS), ", ",
            pick(rng, ["TX", "OH", "CO", "FL", "OR", "NC"]) if typed else pick(rng, ["texas", "ohio", "oregon"]), " ", c.v("POSTCODE", zs))
    else:
        ad = addr_uk(rng, not typed)
        pc = make_uk_pc(rng)
        pcs = (pc if rng.random() < 0.7 else pc.lower().replace(" ", "")) if typed else pc_spoken(rng, pc)
        if typed:
            c.c("Moving house, new address is ", c.v("ADDRESS", ad), ", ", pick(rng, UK_TOWNS), ", ", c.v("POSTCODE", pcs))
        else:
            c.a("and the first line of the address")
            c.c(c.v("ADDRESS", ad))
            c.a(pick(rng, ["and the postcode", "postcode please"]))
            c.c(pick(rng, ["", "it's "]), c.v("POSTCODE", pcs))
    return c


def p_idv_combo(rng):
    c = Case("positive", "ID&V combo: postcode, DOB and phone on a call")
    c.a("before we go any further i need to run through security, what's your postcode")
    pc = make_uk_pc(rng)
    c.c(c.v("POSTCODE", pc_spoken(rng, pc)))
    c.a("and date of birth")
    c.c(c.v("DOB", dob_spoken(rng)))
    c.a("and the mobile number on the account")
    c.c(c.v("PHONE", phone_spoken(rng, "uk_mob")))
    return c


def p_card_with_ssn_email(rng):
    c = Case("positive", "US chat: card plus SSN and email in one message")
    ds = make_card(rng)
    s = make_ssn(rng)
    c.c("Hi - applying for the store card. SSN ", c.v("SSN", "%s-%s-%s" % (s[:3], s[3:5], s[5:])),
        ", existing card ", c.v("CARD_NUMBER", card_typed(rng, ds)), ", email ", c.v("EMAIL", email_typed(rng)))
    c.a("Thank you, the application is under review.")
    return c


def p_hundred_cvv(rng):
    c = Case("positive", "ASR call: CVV and expiry spoken with hundreds / pairs")
    ds = make_card(rng, pick(rng, ["visa", "mc"]))
    cv = str(rng.randrange(101, 999))
    c.c("card number ", c.v("CARD_NUMBER", say_digits(ds, rng, [4, 4, 4, 4])))
    c.a("expiry")
    c.c(c.v("EXPIRY", expiry_spoken(rng)))
    c.a("and the security code")
    c.c(c.v("CVV", "%s hundred and %s" % (DIGIT_WORD[int(cv[0])], pair_word(int(cv[1:]))) if cv[1] != "0"
            else say_digits(cv, rng, [3])))
    return c


POS = [(p_chat_card, 14), (p_email_card, 8), (p_asr_card_split, 18), (p_asr_card_correction, 9),
       (p_asr_card_aside, 9), (p_card_lastfour_after_full, 6), (p_telecom_card_typed_split, 7),
       (p_ssn_typed, 12), (p_ssn_spoken, 14), (p_ni_typed, 14), (p_ni_spoken, 14),
       (p_bank_typed, 8), (p_bank_spoken, 7), (p_us_bank, 4), (p_iban_typed, 8), (p_iban_spoken, 6),
       (p_phone, 14), (p_email, 12), (p_dob, 10), (p_address, 14), (p_idv_combo, 6),
       (p_card_with_ssn_email, 5), (p_hundred_cvv, 6)]


# ================================================================ NEGATIVE TEMPLATES
def n_amount(rng):
    c = Case("negative", "amounts and balances")
    a = rng.randrange(10, 9999)
    c.a(pick(rng, ["your outstanding balance is £%d.%02d" % (a, rng.randrange(100)),
                   "the balance is %s pounds %s" % (say_chunk(str(a)[:3], rng, True), say_chunk("%02d" % rng.randrange(10, 99), rng, True)),
                   "you owe $%s,%03d.%02d" % (rng.randrange(1, 40), rng.randrange(1000), rng.randrange(100))]))
    c.c(pick(rng, ["ok can i pay %d now and the rest next month" % rng.randrange(20, 500), "that seems high, last month was €%d" % rng.randrange(40, 300)]))
    return c


def n_order_number(rng):
    c = Case("negative", "long order/reference number with label (Luhn-valid lookalike)")
    ds = make_card(rng, "visa")
    lab = pick(rng, ["order number", "reference number", "tracking number", "ticket ref", "booking reference", "claim number"])
    if rng.random() < 0.5:
        c.c("my %s is %s" % (lab, group_str(ds, [4, 4, 4, 4], " ")))
    else:
        c.c("the %s is %s" % (lab, say_digits(ds, rng, [4, 4, 4, 4], fillers=0.2)))
    c.a("thanks, i can see that %s on the system" % lab.split()[0])
    return c


def n_invoice(rng):
    c = Case("negative", "invoice / policy / account reference codes")
    c.c(pick(rng, ["Invoice INV-%07d is wrong" % rng.randrange(10 ** 7), "Policy no. POL%09d renewal query" % rng.randrange(10 ** 9),
                   "re claim CLM-%d-%06d" % (rng.randrange(2019, 2026), rng.randrange(10 ** 6)),
                   "customer ref %d" % rng.randrange(10 ** 9, 10 ** 10)]))
    c.a("I've pulled that up, one moment please.")
    return c


def n_times(rng):
    c = Case("negative", "opening hours, times and durations")
    c.a(pick(rng, ["we're open eight till eight monday to friday and nine to five on saturdays",
                   "the engineer will arrive between 08:00 and 13:00",
                   "your call is important, the wait is about %d minutes" % rng.randrange(2, 45),
                   "lines are open 9am-5:30pm"]))
    c.c(pick(rng, ["ok so about half past two then", "i've been on hold for forty five minutes", "ok 14:30 works"]))
    return c


def n_meter(rng):
    c = Case("negative", "meter reading and serial number")
    r = "%05d" % rng.randrange(10 ** 5)
    c.c("meter reading is %s" % (r if rng.random() < 0.5 else say_digits(r, rng, None)))
    c.a("thanks and the meter serial number")
    c.c("it's %s" % pick(rng, ["E%dZ%07d" % (rng.randrange(10, 99), rng.randrange(10 ** 7)), "%d" % rng.randrange(10 ** 9, 10 ** 10)]))
    return c


def n_travel(rng):
    c = Case("negative", "flight, gate, seat, room numbers")
    c.a(pick(rng, ["you're on flight EI %d departing gate %d, seat %d%s" % (rng.randrange(100, 999), rng.randrange(1, 60), rng.randrange(1, 40), pick(rng, "ABCDEF")),
                   "flight BA%d lands at 16:40, terminal 5" % rng.randrange(100, 2999),
                   "you're in room %d on the fourth floor" % rng.randrange(100, 999)]))
    c.c(pick(rng, ["and what time's boarding", "can i change to an aisle seat", "great, is breakfast included"]))
    return c


def n_lastfour(rng):
    c = Case("negative", "card last four only (not PII under convention)")
    l4 = "%04d" % rng.randrange(10000)
    c.a(pick(rng, ["is that the card ending %s" % l4, "i can see a visa ending in %s" % say_digits(l4, rng, [4]),
                   "the payment from the card ending %s failed" % l4]))
    c.c(pick(rng, ["yes that's the one", "no it should be the mastercard", "yeah"]))
    return c


def n_ages_misc(rng):
    c = Case("negative", "ages, temperatures, percentages, years, counts")
    c.c(pick(rng, ["my mum is %d and lives alone" % rng.randrange(60, 99), "the heating only gets to %d degrees" % rng.randrange(12, 18),
                   "the rate went up %d.%d percent" % (rng.randrange(1, 9), rng.randrange(10)),
                   "i've been with you since %d" % rng.randrange(1995, 2024), "we have %d people in the house" % rng.randrange(2, 7)]))
    c.a(pick(rng, ["I understand, let me see what we can do.", "ok, i'll note that down"]))
    return c


def n_dates(rng):
    c = Case("negative", "appointment / payment / contract dates (not DOB)")
    d, m = rng.randrange(1, 29), rng.randrange(1, 13)
    c.a(pick(rng, ["your appointment is on the %s of %s at ten thirty" % (ORD[d - 1], MONTHS[m - 1]),
                   "the next payment of £%d will be taken on %02d/%02d/2025" % (rng.randrange(20, 200), d, m),
                   "your contract ends on %d %s 2026" % (d, MONTH_ABBR[m - 1]),
                   "the direct debit comes out on the %s of every month" % ORD[d - 1]]))
    c.c("ok thanks")
    return c


def n_spoken_ref(rng):
    c = Case("negative", "long spoken number labelled as a non-PII reference")
    n = "".join(str(rng.randrange(10)) for _ in range(rng.choice([8, 10, 12])))
    lab = pick(rng, ["reference", "case number", "order number", "serial number", "parcel tracking number"])
    c.a("have you got the %s" % lab)
    c.c("yeah um it's %s" % say_digits(n, rng, None, fillers=0.2))
    c.a(pick(rng, BACK))
    return c


def n_model(rng):
    c = Case("negative", "product model / serial and router details")
    c.c(pick(rng, ["the router model is TG%d-%dX" % (rng.randrange(100, 999), rng.randrange(10, 99)),
                   "serial on the boiler says SN %d %d" % (rng.randrange(10 ** 5, 10 ** 6), rng.randrange(10 ** 5, 10 ** 6)),
                   "it's the model %d with the %d gig plan" % (rng.randrange(1000, 9999), rng.randrange(50, 900))]))
    c.a("Thanks, I'll run a line test now.")
    return c


def n_roads(rng):
    c = Case("negative", "road names and towns only")
    c.c(pick(rng, ["i'm stuck on the M25 near junction %d" % rng.randrange(1, 31),
                   "the van went up the A40 towards %s" % pick(rng, UK_TOWNS),
                   "we're somewhere off route %d" % rng.randrange(1, 99),
                   "the shop on the high street in %s closed" % pick(rng, UK_TOWNS)]))
    c.a("okay, i'll let the driver know")
    return c


def n_data_usage(rng):
    c = Case("negative", "telecom usage, minutes, data and plan prices")
    c.a("you've used %d minutes, %d texts and %d.%d gigabytes this month" % (rng.randrange(100, 900), rng.randrange(10, 500), rng.randrange(1, 50), rng.randrange(10)))
    c.c("and the %d pound plan gives me how much" % rng.randrange(10, 60))
    return c


NEG = [(n_amount, 10), (n_order_number, 12), (n_invoice, 8), (n_times, 8), (n_meter, 8),
       (n_travel, 8), (n_lastfour, 10), (n_ages_misc, 8), (n_dates, 10), (n_spoken_ref, 10),
       (n_model, 6), (n_roads, 6), (n_data_usage, 6)]


# ---------------------------------------------------------------- build
def build():
    rng = random.Random(519241125)
    pos, neg = [], []
    for fn, n in POS:
        for _ in range(n):
            pos.append(fn(rng))
    for fn, n in NEG:
        for _ in range(n):
            neg.append(fn(rng))
    rng.shuffle(pos)
    rng.shuffle(neg)
    for i, c in enumerate(pos):
        c.id = "h519-pos-%03d" % (i + 1)
    for i, c in enumerate(neg):
        c.id = "h519-neg-%03d" % (i + 1)
    return pos + neg


def serialise(cases):
    lines = []
    for c in cases:
        spans = sorted(c.spans, key=lambda s: (s["turn"], s["start"]))
        lines.append(json.dumps({"id": c.id, "kind": c.kind, "turns": c.turns, "spans": spans, "note": c.note},
                                ensure_ascii=False))
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------- validation
def validate_value(typ, text, partial):
    if typ in ("CARD_NUMBER", "CVV", "SSN", "BANK_ACCOUNT", "SORT_CODE"):
        d = normalise(text)
        if not d.isdigit():
            return "non-digit"
        if partial:
            return None if typ != "CARD_NUMBER" or 4 <= len(d) <= 18 else "partial len"
        if typ == "CARD_NUMBER":
            return None if 13 <= len(d) <= 19 and luhn_ok(d) else "luhn/len %s" % d
        if typ == "CVV":
            return None if len(d) in (3, 4) else "cvv len"
        if typ == "SSN":
            return None if len(d) == 9 and d[:3] not in ("000", "666") and d[0] != "9" else "ssn"
        if typ == "SORT_CODE":
            return None if len(d) == 6 else "sort len"
        return None if 8 <= len(d) <= 12 else "acct len"
    if typ == "PHONE":
        d = normalise(text)
        if not re.match(r"^(\+\d{11,13}|0\d{9,10}|00\d{11,13}|\d{10}|(44|353|1)\d{9,10})$", d):
            return "phone %s" % d
        return None
    if typ == "IBAN":
        return None if iban_ok(normalise(text, True)) else "iban"
    if typ == "NI_NUMBER":
        return None if NI_RE.match(normalise(text, True)) else "ni %s" % normalise(text, True)
    if typ == "POSTCODE":
        s = normalise(text, True)
        return None if UK_PC_RE.match(s) or re.match(r"^\d{5}(\d{4})?$", s) else "postcode %s" % s
    if typ == "EMAIL":
        e = email_norm(text)
        return None if re.match(r"^[a-z0-9._%+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$", e.lower()) else "email %s" % e
    if typ == "EXPIRY":
        t = text.lower()
        if any(m in t for m in MONTHS) or any(m.lower() in t.split() for m in MONTH_ABBR):
            return None
        d = normalise(t)
        if len(d) in (4, 6) and 1 <= int(d[:2]) <= 12 or len(d) in (3, 5) and 1 <= int(d[0]) <= 9:
            return None
        return "expiry %s" % d
    if typ == "DOB":
        t = text.lower()
        if any(m in t for m in MONTHS) or any(m.lower() in t.split() for m in MONTH_ABBR):
            return None
        if re.match(r"^\d{1,4}[/.\-]\d{1,2}[/.\-]\d{2,4}$", t):
            return None
        d = normalise(t)
        return None if len(d) in (6, 8) else "dob %s" % d
    if typ == "ADDRESS":
        return None if re.match(r"^(flat|apt|unit|\d|[a-z]+ )", text.lower()) and re.search(r"\b%s\b" % STREET_SUFFIX, text.lower()) else "address"
    return "unknown type"


MIN = {"CARD_NUMBER": 70, "SSN": 30, "NI_NUMBER": 30}
TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE", "IBAN",
         "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]


def counts(cases):
    cnt = {t: 0 for t in TYPES}
    for c in cases:
        for s in c.spans:
            cnt[s["type"]] += 1
    return cnt


def check(cases, text):
    errs = []
    with open(OUT, encoding="utf-8") as f:
        if f.read() != text:
            errs.append("cases.jsonl is not byte-identical to a fresh regeneration")
    ids = set()
    for line in text.splitlines():
        d = json.loads(line)
        if d["id"] in ids:
            errs.append("dup id " + d["id"])
        ids.add(d["id"])
        if d["kind"] == "negative" and d["spans"]:
            errs.append(d["id"] + " negative with spans")
        if d["kind"] == "positive" and not d["spans"]:
            errs.append(d["id"] + " positive without spans")
        for t in d["turns"]:
            if t["speaker"] not in ("customer", "agent"):
                errs.append(d["id"] + " bad speaker")
        last = {}
        for s in d["spans"]:
            if s["type"] not in TYPES:
                errs.append(d["id"] + " bad type")
            tx = d["turns"][s["turn"]]["text"]
            a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(tx)):
                errs.append("%s span out of range" % d["id"]); continue
            if (a > 0 and tx[a - 1].isalnum()) or (b < len(tx) and tx[b].isalnum()):
                errs.append("%s span not on word boundary: %r" % (d["id"], tx[a:b]))
            if not (tx[a].isalnum() and tx[b - 1].isalnum()):
                errs.append("%s span edge not alnum: %r" % (d["id"], tx[a:b]))
            if s["turn"] in last and a < last[s["turn"]]:
                errs.append("%s overlapping spans" % d["id"])
            last[s["turn"]] = b
    for c in cases:
        for g in c.groups:
            if not g["parts"]:
                continue
            try:
                e = validate_value(g["type"], " ".join(g["parts"]), g["partial"])
            except (ValueError, KeyError, TypeError) as ex:
                e = "exception %s" % ex
            if e:
                errs.append("%s %s %r: %s" % (c.id, g["type"], g["parts"], e))
    npos = sum(c.kind == "positive" for c in cases)
    nneg = len(cases) - npos
    if npos < 200 or nneg < 100:
        errs.append("too few cases %d/%d" % (npos, nneg))
    for t, n in counts(cases).items():
        if n < MIN.get(t, 10):
            errs.append("too few %s spans: %d" % (t, n))
    return errs


def main():
    cases = build()
    text = serialise(cases)
    if "--check" in sys.argv:
        errs = check(cases, text)
        for e in errs:
            print("ERROR", e)
        print("cases: %d positive, %d negative" % (sum(c.kind == "positive" for c in cases), sum(c.kind == "negative" for c in cases)))
        for t, n in counts(cases).items():
            print("  %-13s %d" % (t, n))
        print("CHECK FAILED" if errs else "CHECK OK")
        sys.exit(1 if errs else 0)
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(text)
    print("wrote %d cases to %s" % (len(cases), OUT))


if __name__ == "__main__":
    main()

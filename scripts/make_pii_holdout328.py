#!/usr/bin/env python3
"""Generate the pii_holdout328 held-out PII redaction evaluation set.

Written by an independent test author (AI helper) who never saw the redaction
engine.  Standard library only.  Usage:

    python scripts/make_pii_holdout328.py          # (re)write cases.jsonl
    python scripts/make_pii_holdout328.py --check  # regenerate + verify
"""
import json
import os
import re
import sys
import random

SEED = 328241125
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "fixtures", "pii_holdout328", "cases.jsonl")

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

# --------------------------------------------------------------------------
# case builder: turns are assembled from plain segments and value segments
# --------------------------------------------------------------------------


class V(object):
    def __init__(self, text, typ, gid):
        self.text, self.typ, self.gid = text, typ, gid


class Case(object):
    def __init__(self):
        self.turns, self.spans, self.groups, self.span_gid = [], [], [], []

    def group(self, typ, canon, mode="full"):
        self.groups.append({"type": typ, "canon": canon, "mode": mode})
        return len(self.groups) - 1

    def say(self, speaker, *segs):
        text, spans = "", []
        for s in segs:
            if isinstance(s, V):
                spans.append((len(text), len(text) + len(s.text), s.typ, s.gid))
                text += s.text
            else:
                text += s
        ti = len(self.turns)
        self.turns.append({"speaker": speaker, "text": text})
        for st, en, typ, gid in spans:
            self.spans.append({"turn": ti, "start": st, "end": en, "type": typ})
            self.span_gid.append(gid)


# --------------------------------------------------------------------------
# value generators
# --------------------------------------------------------------------------

def luhn_ok(s):
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def gen_card(r):
    prefix, n = r.choice([("4", 16), ("4", 16), ("4", 16), ("4", 13), ("51", 16), ("53", 16),
                          ("55", 16), ("2221", 16), ("34", 15), ("37", 15), ("6011", 16),
                          ("3528", 16), ("36", 14), ("6759", 19), ("4", 19)])
    body = prefix + "".join(r.choice("0123456789") for _ in range(n - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def card_groups(s):
    n = len(s)
    sizes = {16: [4, 4, 4, 4], 15: [4, 6, 5], 14: [4, 6, 4], 13: [4, 4, 5], 19: [4, 4, 4, 4, 3]}[n]
    out, i = [], 0
    for k in sizes:
        out.append(s[i:i + k])
        i += k
    return out


def gen_ssn(r):
    while True:
        a = r.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, r.randint(1, 99), r.randint(1, 9999))


NI_PREFIXES = ["AB", "CE", "JK", "PR", "ST", "WL", "YZ", "HT", "MA", "EB", "NR", "SC", "JT", "LP", "RW"]


def gen_ni(r):
    return r.choice(NI_PREFIXES) + "".join(r.choice("0123456789") for _ in range(6)) + r.choice("ABCD")


NI_RE = re.compile(r"^(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$")


def iban_check(country, bban):
    s = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return "%02d" % (98 - int(num) % 97)


def iban_ok(s):
    s = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def rdig(r, n):
    return "".join(r.choice("0123456789") for _ in range(n))


def gen_iban(r):
    kind = r.choice(["GB", "GB", "IE", "DE", "NL", "FR", "ES"])
    if kind == "GB":
        bban = r.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + rdig(r, 14)
    elif kind == "IE":
        bban = r.choice(["AIBK", "BOFI", "IPBS"]) + rdig(r, 14)
    elif kind == "DE":
        bban = rdig(r, 18)
    elif kind == "NL":
        bban = r.choice(["ABNA", "INGB", "RABO"]) + rdig(r, 10)
    elif kind == "FR":
        bban = rdig(r, 23)
    else:
        bban = rdig(r, 20)
    return kind + iban_check(kind, bban) + bban


def gen_phone(r):
    """returns (canonical, typed_text, spoken_chunks_source) where source is a
    list of (kind, text) items: ('plus', '44') or ('digits', '7700')."""
    k = r.choice(["uk_mob", "uk_mob", "uk_land", "uk_intl", "us", "us", "us_intl", "ie", "ie_intl", "eu"])
    if k == "uk_mob":
        d = "07700" + "900" + rdig(r, 3)
        return d, [d[:5], d[5:]], None
    if k == "uk_land":
        d = r.choice(["0207946", "0113496", "0161496", "0117496"]) + rdig(r, 4)
        return d, ([d[:3], d[3:7], d[7:]] if d.startswith("020") else [d[:4], d[4:7], d[7:]]), None
    if k == "uk_intl":
        d = "7700900" + rdig(r, 3)
        return "+44" + d, [d[:4], d[4:]], "44"
    if k == "us":
        d = r.choice(["202", "312", "415", "617", "718"]) + "555" + "01" + rdig(r, 2)
        return d, [d[:3], d[3:6], d[6:]], None
    if k == "us_intl":
        d = r.choice(["212", "646", "305"]) + "555" + "01" + rdig(r, 2)
        return "+1" + d, [d[:3], d[3:6], d[6:]], "1"
    if k == "ie":
        d = r.choice(["083", "085", "086", "087"]) + rdig(r, 7)
        return d, [d[:3], d[3:6], d[6:]], None
    if k == "ie_intl":
        d = r.choice(["83", "85", "87"]) + rdig(r, 7)
        return "+353" + d, [d[:2], d[2:5], d[5:]], "353"
    cc, d = r.choice([("33", "6" + rdig(r, 8)), ("49", "151" + rdig(r, 8)), ("34", "6" + rdig(r, 8))])
    return "+" + cc + d, [d[:1] if cc != "49" else d[:3], d[1:] if cc != "49" else d[3:]], cc


FIRST = ["sarah", "james", "priya", "tomasz", "aoife", "kwame", "lucy", "deepak", "maria", "niall",
         "chloe", "gareth", "mei", "olu", "fiona", "marcus", "zainab", "pete", "hannah", "ravi"]
LAST = ["jenkins", "okafor", "patel", "kowalski", "brennan", "mensah", "harris", "sharma", "garcia",
        "duffy", "walsh", "price", "chen", "adeyemi", "mackay", "bell", "hussain", "lloyd", "kerr", "nolan"]
DOMAINS = ["gmail.com", "hotmail.co.uk", "yahoo.com", "outlook.com", "btinternet.com", "icloud.com",
           "eircom.net", "proton.me", "aol.com", "live.ie"]


def gen_email(r):
    f, l = r.choice(FIRST), r.choice(LAST)
    style = r.randrange(6)
    if style == 0:
        local = f + "." + l
    elif style == 1:
        local = f[0] + "." + l
    elif style == 2:
        local = f + l + str(r.randint(1, 99))
    elif style == 3:
        local = f + "_" + l
    elif style == 4:
        local = l + "." + f[0] + str(r.randint(70, 99))
    else:
        local = f + "-" + l
    return local + "@" + r.choice(DOMAINS)


MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december"]


def gen_dob(r):
    return (r.randint(1, 28), r.randint(1, 12), r.randint(1940, 2005))


def gen_expiry(r):
    return (r.randint(1, 12), r.randint(2025, 2031))


UK_PC = ["SW1A 1AA", "M60 1QD", "B33 8TH", "CR2 6XH", "DN55 1PT", "EH1 2NG", "LS6 3HN", "CF10 1EP",
         "BT7 1NN", "G12 8QQ", "NE1 4ST", "BS8 1TH", "OX4 2JY", "E14 5AB", "L18 2HE", "PL4 8AA"]


def gen_postcode(r):
    k = r.random()
    if k < 0.6:
        return r.choice(UK_PC)
    if k < 0.85:
        return rdig(r, 5)
    return rdig(r, 5) + "-" + rdig(r, 4)


STREETS = ["Mill Lane", "Victoria Road", "Church Street", "Oakfield Avenue", "Hawthorn Close",
           "Station Road", "Elm Grove", "Kingsway", "Maple Drive", "Queens Crescent", "Baker Street",
           "Willow Court", "Park Terrace", "Orchard Way", "Main Street", "Elmwood Avenue", "Ash Gardens"]
TOWNS = ["Leeds", "Bristol", "Manchester", "Cardiff", "Glasgow", "Belfast", "Dublin", "Cork",
         "Boston", "Denver", "Austin", "Reading", "Norwich", "Galway"]


def gen_address(r):
    num = r.randint(1, 240)
    flat = r.randint(1, 30) if r.random() < 0.3 else None
    return (flat, num, r.choice(STREETS))


# --------------------------------------------------------------------------
# spoken renderers
# --------------------------------------------------------------------------

ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
         "eighteen", "nineteen"]
TENS = [None, None, "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
FILL = ["um", "uh", "er", "erm"]


def zw(r, uk=True):
    return r.choice(["oh", "oh", "zero", "o", "nought"] if uk else ["oh", "oh", "zero"])


def num_words(n, r=None):
    if n < 10:
        return ONES[n]
    if n < 20:
        return TEENS[n - 10]
    if n % 10 == 0:
        return TENS[n // 10]
    return TENS[n // 10] + r.choice([" ", "-"]) if r else TENS[n // 10] + " " + ONES[n % 10]


def nw(n, r):
    if n < 20 or n % 10 == 0:
        return num_words(n)
    return TENS[n // 10] + r.choice([" ", " ", "-"]) + ONES[n % 10]


def say_singles(r, g, rep=True):
    out, i = [], 0
    while i < len(g):
        d = g[i]
        run = 1
        while i + run < len(g) and g[i + run] == d and run < 3:
            run += 1
        w = zw(r) if d == "0" else ONES[int(d)]
        if rep and run == 3 and r.random() < 0.6:
            out.append("triple " + w)
            i += 3
        elif rep and run >= 2 and r.random() < 0.7:
            out.append("double " + w)
            i += 2
        else:
            out.append(w)
            i += 1
    return " ".join(out)


def say_pair(r, p):
    if p[0] == "0":
        return (zw(r) + " " + (zw(r) if p[1] == "0" else ONES[int(p[1])])) if p != "00" else "double " + zw(r)
    return nw(int(p), r)


def say_group(r, g, style):
    if style == "singles" or len(g) == 1:
        return say_singles(r, g)
    if style == "pairs" and len(g) % 2 == 0:
        return " ".join(say_pair(r, g[i:i + 2]) for i in range(0, len(g), 2))
    if style == "pairs" and len(g) == 3 and g[0] != "0" and g[1:] != "00":
        rest = int(g[1:])
        return ONES[int(g[0])] + " hundred " + r.choice(["and ", "", "and "]) + nw(rest, r)
    if style == "pairs" and len(g) == 5:
        return say_pair(r, g[:2]) + ", " + say_group(r, g[2:], "pairs")
    if style == "pairs":
        return say_singles(r, g)
    # mixed
    if len(g) == 4 and r.random() < 0.5:
        return say_singles(r, g[:2]) + " " + say_pair(r, g[2:])
    return say_group(r, g, r.choice(["singles", "pairs"]))


ENDS_TENS = re.compile(r"(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)$")
STARTS_UNIT = re.compile(r"^(one|two|three|four|five|six|seven|eight|nine|double|triple|oh|o|zero|nought)\b")


def join_chunks(r, chunks, fillers=True):
    out = chunks[0]
    for c in chunks[1:]:
        sep = r.choice([" ", " ", ", ", " ... "])
        if fillers and r.random() < 0.15:
            sep = r.choice([" um ", " uh ", ", er, ", " erm "])
        if ((ENDS_TENS.search(out) and STARTS_UNIT.search(c)) or out.startswith("flat ")) and sep.strip() == "":
            sep = ", "
        out += sep + c
    return out


def spoken_digit_chunks(r, groups, style=None):
    style = style or r.choice(["singles", "singles", "pairs", "mixed"])
    return [say_group(r, g, style) for g in groups]


NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "f": "foxtrot",
        "g": "golf", "h": "hotel", "i": "india", "j": "juliet", "k": "kilo", "l": "lima", "m": "mike",
        "n": "november", "o": "oscar", "p": "papa", "q": "quebec", "r": "romeo", "s": "sierra",
        "t": "tango", "u": "uniform", "v": "victor", "w": "whiskey", "x": "x-ray", "y": "yankee",
        "z": "zulu"}
LOOKALIKE = {"b": "b for bravo", "d": "d for delta", "m": "m for mother", "n": "n for nancy",
             "s": "s for sugar", "p": "p for peter", "t": "t for tommy", "c": "c for charlie"}


def say_letter(r, ch, nato_p=0.35, bare=True):
    ch = ch.lower()
    if ch == "o":
        return r.choice(["o for oscar", "oscar", "o as in orange"] if bare else ["o for oscar", "o as in orange"])
    x = r.random()
    if x < nato_p:
        return r.choice([ch + " for " + NATO[ch], ch + " as in " + NATO[ch]] + ([NATO[ch]] if bare else []))
    if x < nato_p + 0.1 and ch in LOOKALIKE:
        return LOOKALIKE[ch]
    return ch


def say_alnum(r, s):
    """letters spelled, digit runs read in singles or pairs"""
    parts = re.findall(r"[A-Za-z]|\d+", s)
    out = []
    for p in parts:
        if p.isdigit():
            out.append(say_group(r, p, r.choice(["singles", "pairs"]) if len(p) in (2, 4) else "singles"))
        else:
            out.append(say_letter(r, p))
    return out


def say_email(r, e):
    local, dom = e.split("@")
    def part(s, spell):
        toks = re.findall(r"[a-z]+|\d+|[._-]", s)
        out = []
        for t in toks:
            if t == ".":
                out.append("dot")
            elif t == "_":
                out.append("underscore")
            elif t == "-":
                out.append(r.choice(["dash", "hyphen"]))
            elif t.isdigit():
                out.append(num_words(int(t)) if len(t) == 2 and t[0] != "0" and (int(t) < 20 or t[1] == "0")
                           else TENS[int(t[0])] + " " + ONES[int(t[1])] if len(t) == 2 and t[0] not in "01"
                           else " ".join("zero" if d == "0" else ONES[int(d)] for d in t))
            elif spell and len(t) > 1 and r.random() < 0.5:
                out.append(" ".join(say_letter(r, c, 0.3, bare=False) for c in t))
            else:
                out.append(t)
        return " ".join(out)
    return [part(local, True), "at " + part(dom, False)]


def say_date_dmy(r, d, m, y, us=False):
    ordn = {1: "first", 2: "second", 3: "third", 5: "fifth", 8: "eighth", 9: "ninth", 12: "twelfth",
            20: "twentieth"}
    def ordinal(n):
        if n in ordn:
            return ordn[n]
        if n < 20:
            return num_words(n) + "th"
        if n % 10 == 0:
            return TENS[n // 10][:-1] + "ieth"
        return TENS[n // 10] + " " + (ordn.get(n % 10) or ONES[n % 10] + "th")
    def year(y):
        if y >= 2000:
            return r.choice(["two thousand and " + nw(y - 2000, r) if y > 2000 else "two thousand",
                             "two thousand " + nw(y - 2000, r) if y > 2000 else "two thousand"])
        yy = y % 100
        c = "nineteen " + (nw(yy, r) if yy >= 10 else zw(r) + " " + ONES[yy])
        return r.choice([c, c, nw(yy, r) if yy >= 10 else zw(r) + " " + ONES[yy]]) if yy else "nineteen hundred"
    k = r.randrange(5)
    if us or k == 0:
        return MONTHS[m - 1] + " " + ordinal(d) + " " + year(y)
    if k == 1:
        return "the " + ordinal(d) + " of " + MONTHS[m - 1] + " " + year(y)
    if k == 2:
        return ordinal(d) + " " + MONTHS[m - 1] + ", " + year(y)
    if k == 3:
        return say_pair(r, "%02d" % d) + " " + say_pair(r, "%02d" % m) + " " + year(y)
    return "the " + ordinal(d) + " of the " + ordinal(m) + ", " + year(y)


def typed_date(r, d, m, y, us=False):
    k = r.randrange(6)
    if us:
        return r.choice(["%02d/%02d/%d" % (m, d, y), "%d/%d/%02d" % (m, d, y % 100),
                         "%s %d, %d" % (MONTHS[m - 1].title()[:3], d, y)])
    return ["%02d/%02d/%d" % (d, m, y), "%d.%d.%d" % (d, m, y), "%d %s %d" % (d, MONTHS[m - 1].title(), y),
            "%02d-%02d-%02d" % (d, m, y % 100), "%d-%02d-%02d" % (y, m, d),
            "%d %s %d" % (d, MONTHS[m - 1][:3], y)][k]


def say_expiry(r, m, y):
    yy = y % 100
    mo = r.choice([say_pair(r, "%02d" % m), MONTHS[m - 1], ONES[m] if m < 10 else nw(m, r)])
    yr = r.choice([nw(yy, r), "twenty " + nw(yy, r), say_singles(r, "%02d" % yy, False)])
    return r.choice([mo + " " + yr, mo + ", " + yr, mo + " " + r.choice(["slash", "of"]) + " " + yr])


def typed_expiry(r, m, y):
    return r.choice(["%02d/%02d" % (m, y % 100), "%02d/%d" % (m, y), "%d/%02d" % (m, y % 100),
                     "%02d-%02d" % (m, y % 100), "%s %d" % (MONTHS[m - 1][:3].title(), y),
                     "%02d %02d" % (m, y % 100)])


def typed_value(r, typ, v):
    if typ == "CARD_NUMBER":
        g = card_groups(v)
        k = r.random()
        if k < 0.25:
            return v
        if k < 0.35:  # odd grouping
            cut = sorted(r.sample(range(2, len(v) - 1), 3))
            parts, last = [], 0
            for c in cut + [len(v)]:
                parts.append(v[last:c])
                last = c
            return " ".join(parts)
        return r.choice([" ", "-", " ", "  ", ".", " - "]).join(g)
    if typ == "SSN":
        return r.choice([v[:3] + "-" + v[3:5] + "-" + v[5:], v, v[:3] + " " + v[3:5] + " " + v[5:],
                         v[:3] + "." + v[3:5] + "." + v[5:]])
    if typ == "NI_NUMBER":
        s = r.choice([v, v[:2] + " " + v[2:4] + " " + v[4:6] + " " + v[6:8] + " " + v[8],
                      v[:2] + v[2:8] + " " + v[8], v[:2] + "-" + v[2:8] + "-" + v[8]])
        return s.lower() if r.random() < 0.3 else s
    if typ == "SORT_CODE":
        return r.choice([v[:2] + "-" + v[2:4] + "-" + v[4:], v, v[:2] + " " + v[2:4] + " " + v[4:]])
    if typ == "BANK_ACCOUNT":
        return v if r.random() < 0.7 else v[:4] + " " + v[4:]
    if typ == "IBAN":
        s = " ".join(v[i:i + 4] for i in range(0, len(v), 4)) if r.random() < 0.6 else v
        return s.lower() if r.random() < 0.15 else s
    if typ == "CVV":
        return v
    if typ == "PHONE":
        canon, groups, cc = v
        if cc:
            return "+" + cc + r.choice([" ", "", " (0)" if cc == "44" else " "]) + r.choice([" ", "", "-"]).join(groups)
        if len(canon) == 10 and canon[0] != "0":
            return r.choice(["(%s) %s-%s" % tuple(groups), "-".join(groups), ".".join(groups)])
        return r.choice([" ", "", " "]).join(groups)
    if typ == "EMAIL":
        if r.random() < 0.3:
            l, d = v.split("@")
            return l.title() + "@" + d.capitalize()
        return v
    if typ == "POSTCODE":
        if r.random() < 0.3 and " " in v:
            return v.replace(" ", "").lower()
        return v
    if typ == "ADDRESS":
        flat, num, st = v
        s = ("Flat %d, " % flat if flat else "") + "%d %s" % (num, st)
        if r.random() < 0.2:
            s = s.replace(" Road", " Rd").replace(" Street", " St").replace(" Avenue", " Ave")
        return s.lower() if r.random() < 0.2 else s
    if typ == "DOB":
        return typed_date(r, *v)
    if typ == "EXPIRY":
        return typed_expiry(r, *v)


def spoken_chunks(r, typ, v):
    """list of chunks (each a standalone speakable fragment of the value)"""
    if typ == "CARD_NUMBER":
        return spoken_digit_chunks(r, card_groups(v))
    if typ == "SSN":
        return spoken_digit_chunks(r, [v[:3], v[3:5], v[5:]])
    if typ in ("SORT_CODE",):
        return spoken_digit_chunks(r, [v[:2], v[2:4], v[4:]])
    if typ == "BANK_ACCOUNT":
        return spoken_digit_chunks(r, [v[:4], v[4:]] if len(v) == 8 else [v[:3], v[3:6], v[6:]])
    if typ == "CVV":
        return [say_group(r, v, r.choice(["singles", "singles", "pairs"]))]
    if typ == "NI_NUMBER":
        return [" ".join(say_letter(r, c) for c in v[:2]),
                say_group(r, v[2:4], r.choice(["singles", "pairs"])),
                say_group(r, v[4:8], r.choice(["singles", "pairs"])), say_letter(r, v[8])]
    if typ == "IBAN":
        return [" ".join(say_alnum(r, v[i:i + 4])) for i in range(0, len(v), 4)]
    if typ == "PHONE":
        canon, groups, cc = v
        out = spoken_digit_chunks(r, groups)
        if cc:
            out[0] = "plus " + say_group(r, cc, r.choice(["singles", "pairs"])) + " " + out[0]
        return out
    if typ == "EMAIL":
        return say_email(r, v)
    if typ == "POSTCODE":
        if v[0].isdigit():
            return spoken_digit_chunks(r, [v[:5]] + ([v[6:]] if len(v) > 5 else []), "singles")
        a, b = v.split(" ")
        return [" ".join(say_alnum(r, a)), " ".join(say_alnum(r, b))]
    if typ == "ADDRESS":
        flat, num, st = v
        n = nw(num, r) if num < 100 else (ONES[num // 100] + " hundred and " + nw(num % 100, r) if num % 100 else ONES[num // 100] + " hundred")
        if num >= 100 and r.random() < 0.5:
            n = say_singles(r, str(num), False)
        s = n + " " + st.lower()
        if flat:
            return ["flat " + nw(flat, r), s]
        return [s]
    if typ == "DOB":
        return [say_date_dmy(r, *v)]
    if typ == "EXPIRY":
        return [say_expiry(r, *v)]


def canon_of(typ, v):
    if typ == "PHONE":
        return v[0]
    return v


def gen_value(r, typ):
    return {"CARD_NUMBER": gen_card, "SSN": gen_ssn, "NI_NUMBER": gen_ni, "IBAN": gen_iban,
            "PHONE": gen_phone, "EMAIL": gen_email, "DOB": gen_dob, "EXPIRY": gen_expiry,
            "POSTCODE": gen_postcode, "ADDRESS": gen_address,
            "CVV": lambda r: rdig(r, 3) if r.random() < 0.85 else rdig(r, 4),
            "SORT_CODE": lambda r: rdig(r, 6),
            "BANK_ACCOUNT": lambda r: rdig(r, 8) if r.random() < 0.7 else str(r.randint(1, 9)) + rdig(r, 9)}[typ](r)


# --------------------------------------------------------------------------
# dialogue context
# --------------------------------------------------------------------------

COMPANIES = {
    "banking": ["Northgate Bank", "Harbour Savings", "Lakeshore Credit Union"],
    "telecom": ["Vireo Mobile", "Clearline Broadband", "Skein Telecom"],
    "utilities": ["Brightwater Energy", "Severn Gas and Power", "Liffey Water"],
    "retail": ["Pennant Home", "Marlow and Finch", "Kestrel Outdoor"],
    "insurance": ["Steadfast Insurance", "Oakmere Insure", "Harlow Mutual"],
    "travel": ["SkyQuay Airways", "Tidewater Holidays", "Atlantica Rail"],
    "healthcare billing": ["Riverside Medical Billing", "St Brendan's Clinic accounts", "Pinecrest Health billing"],
    "government": ["the council tax office", "Revenue Services helpline", "the benefits enquiry line"],
}
AGENTS = ["Dave", "Shona", "Imran", "Claire", "Tunde", "Megan", "Luis", "Grainne", "Joe", "Anita"]

ASK = {
    "CARD_NUMBER": ["can I take the long number across the front of the card", "what's the card number please",
                    "go ahead with the sixteen digits whenever you're ready", "can you read me the card number"],
    "CVV": ["and the three digits on the back", "the security code on the back please", "and the CVV"],
    "EXPIRY": ["and the expiry date", "when does the card expire", "what's the valid-to date on it"],
    "SSN": ["can I get your social security number", "I'll need your social to verify",
            "what are the nine digits of your SSN"],
    "NI_NUMBER": ["can I take your national insurance number", "what's your NI number please",
                  "I just need your national insurance number for security"],
    "BANK_ACCOUNT": ["what's the account number", "and the account number please",
                     "can you give me the eight digit account number"],
    "SORT_CODE": ["and the sort code", "what's the sort code on that account"],
    "IBAN": ["can you give me the IBAN for the refund", "what's the IBAN on the receiving account"],
    "PHONE": ["what's the best number to reach you on", "can I take a contact number",
              "is there a mobile we can text"],
    "EMAIL": ["what's the email address on the account", "where should I send the confirmation email",
              "can I grab an email address"],
    "DOB": ["can you confirm your date of birth", "and your date of birth please", "what's your DOB"],
    "POSTCODE": ["and the postcode", "what's the postcode there", "can I get the zip code"],
    "ADDRESS": ["what's the first line of the address", "can you confirm the house number and street",
                "what address is the account registered to"],
}
LEAD = {
    "CARD_NUMBER": ["it's ", "yeah it's ", "okay so ", "right, ", "", "the number is ", "ok it's "],
    "CVV": ["", "it's ", "that's ", "uh it's "],
    "EXPIRY": ["", "it's ", "expires ", "it runs out "],
    "SSN": ["", "it's ", "sure, ", "ok, "],
    "NI_NUMBER": ["", "it's ", "yeah it's ", "right, "],
    "BANK_ACCOUNT": ["", "it's ", "account number ", "acct no "],
    "SORT_CODE": ["", "it's ", "sort code "],
    "IBAN": ["", "it's ", "ok the IBAN is "],
    "PHONE": ["", "it's ", "you can get me on ", "my mobile is "],
    "EMAIL": ["", "it's ", "send it to ", "email is "],
    "DOB": ["", "it's ", "I was born ", "born on "],
    "POSTCODE": ["", "it's ", "postcode's ", "zip is "],
    "ADDRESS": ["", "it's ", "I'm at ", "we live at "],
}
TYPED_LABEL = {
    "CARD_NUMBER": ["card no: ", "Card number - ", "my card is ", "cc: ", "card num ", "Long number: "],
    "CVV": ["cvv ", "CVC: ", "security code is ", "sec code "],
    "EXPIRY": ["exp ", "expiry: ", "Exp. date ", "valid thru "],
    "SSN": ["SSN: ", "ssn ", "my social is ", "Social Security No. "],
    "NI_NUMBER": ["NI no: ", "ni number ", "National Insurance: ", "NINO "],
    "BANK_ACCOUNT": ["acct no: ", "A/C ", "account number ", "Acc No. "],
    "SORT_CODE": ["s/c ", "sort code: ", "Sort Code - "],
    "IBAN": ["IBAN: ", "iban ", "my IBAN is "],
    "PHONE": ["tel: ", "mob ", "phone number is ", "call me on ", "Tel. "],
    "EMAIL": ["email: ", "e-mail addy ", "my email is ", "Email - "],
    "DOB": ["DOB: ", "dob ", "date of birth ", "D.O.B "],
    "POSTCODE": ["postcode ", "Post code: ", "ZIP: ", "zip "],
    "ADDRESS": ["address: ", "1st line ", "Addr - ", "house is "],
}
BACKCH = ["mhm", "go on", "yep", "ok", "uh huh", "right", "yeah", "got that", "keep going"]
ASIDES = ["sorry, hang on, the dog's barking", "hold on, let me get my glasses", "the print's worn off here",
          "sorry, I'm on the bus", "wait, kids, be quiet", "one second, it's in my other wallet",
          "sorry the light's bad"]
CLOSE_AGENT = ["lovely, thank you", "perfect, that's all gone through", "thanks, bear with me one moment",
               "great, I've updated that for you", "thank you, that's verified"]


def asr(s):
    return re.sub(r"[?!;]", "", s.lower())


def intro(c, r, channel):
    ind = r.choice(sorted(COMPANIES))
    co = r.choice(COMPANIES[ind])
    ag = r.choice(AGENTS)
    if channel == "asr":
        c.say("agent", asr(r.choice(["thanks for calling %s you're through to %s how can I help",
                                      "good morning %s %s speaking", "hello you're through to %s my name's %s"]) % (co, ag)))
        c.say("customer", asr(r.choice(["hi yeah I need to update my details", "hiya I'm calling about a payment",
                                         "hello um I got a letter about my account", "hi I want to make a payment please",
                                         "yeah hi I'm ringing about my bill", "hi I'd like to book the renewal"])))
    else:
        if r.random() < 0.5:
            c.say("agent", "Hi, you're chatting with %s at %s. How can I help today?" % (ag, co))
        else:
            c.say("agent", "Welcome to %s support, %s here." % (co[0].upper() + co[1:], ag))
        c.say("customer", r.choice(["hi i need to change my details pls", "Hello, I'd like to pay my bill",
                                     "hey, refund question", "Hi there - account got locked?", "need to update payment method"]))
    return ind


def exchange(c, r, typ, channel, v=None, readback=None, allow_fancy=True):
    """agent asks, customer gives value (possibly split/aside/restart), optional read-back."""
    v = v if v is not None else gen_value(r, typ)
    canon = canon_of(typ, v)
    ask = r.choice(ASK[typ])
    if channel == "chat":
        c.say("agent", ask[0].upper() + ask[1:] + "?")
        g = c.group(typ, canon)
        lab = r.choice(TYPED_LABEL[typ])
        if r.random() < 0.3:
            lab = lab.upper() if r.random() < 0.5 else lab.replace("o", "0", 0)
        c.say("customer", lab, V(typed_value(r, typ, v), typ, g), r.choice(["", " thx", " ", ".", " cheers", "  "]).rstrip())
        if readback or (readback is None and r.random() < 0.15):
            g2 = c.group(typ, canon)
            c.say("agent", "Just to confirm, that's ", V(typed_value(r, typ, v), typ, g2), "?")
            c.say("customer", r.choice(["yes", "Yep", "correct", "yes thats right"]))
        return v
    c.say("agent", asr(ask))
    chunks = spoken_chunks(r, typ, v)
    mode = "plain"
    if allow_fancy:
        x = r.random()
        if len(chunks) >= 2 and x < 0.3:
            mode = "split"
        elif len(chunks) >= 2 and x < 0.42:
            mode = "aside"
        elif len(chunks) >= 2 and x < 0.52 and typ not in ("EMAIL", "ADDRESS", "DOB", "EXPIRY"):
            mode = "restart"
    lead = r.choice(LEAD[typ]).lower()
    if mode == "plain":
        g = c.group(typ, canon)
        c.say("customer", lead, V(join_chunks(r, chunks), typ, g), r.choice(["", "", " yeah", " I think"]))
    elif mode == "split":
        g = c.group(typ, canon)
        k = r.randint(2, min(3, len(chunks)))
        cuts = sorted(r.sample(range(1, len(chunks)), k - 1))
        parts, last = [], 0
        for cu in cuts + [len(chunks)]:
            parts.append(chunks[last:cu])
            last = cu
        for i, p in enumerate(parts):
            c.say("customer", lead if i == 0 else r.choice(["", "", "then ", "and "]), V(join_chunks(r, p), typ, g))
            if i < len(parts) - 1:
                c.say("agent", r.choice(BACKCH))
    elif mode == "aside":
        g = c.group(typ, canon)
        k = r.randint(1, len(chunks) - 1)
        c.say("customer", lead, V(join_chunks(r, chunks[:k]), typ, g), " ... ", r.choice(ASIDES), " ... ",
              V(join_chunks(r, chunks[k:]), typ, g))
    else:  # restart
        k = r.randint(1, len(chunks) - 1)
        gf = c.group(typ, canon, "prefix")
        g = c.group(typ, canon)
        c.say("customer", lead, V(join_chunks(r, chunks[:k]), typ, gf), r.choice([
            " ... no sorry, let me start again, ", " ... wait no, from the top, ", " - sorry, I lost my place - ",
            " ... hang on I'll start over, "]), V(join_chunks(r, spoken_chunks(r, typ, v)), typ, g))
    if readback or (readback is None and r.random() < 0.3):
        g2 = c.group(typ, canon)
        c.say("agent", r.choice(["so that's ", "let me read that back ", "okay i've got "]),
              V(join_chunks(r, spoken_chunks(r, typ, v), False), typ, g2), r.choice([" is that right", " yeah", " correct"]))
        c.say("customer", r.choice(["yeah", "yes that's it", "mhm", "that's right yeah", "spot on"]))
    return v


SMALLTALK_NEG = [
    "the balance is showing as four hundred and twelve pounds fifty",
    "your next bill is due on the third of next month",
    "we're open eight till eight monday to friday",
    "that'll take about three to five working days",
]


def pos_generic(r, types, channel=None):
    c = Case()
    channel = channel or r.choice(["asr", "asr", "chat"])
    ind = intro(c, r, channel)
    for t in types:
        exchange(c, r, t, channel)
    if r.random() < 0.3:
        c.say("agent", asr(r.choice(SMALLTALK_NEG)) if channel == "asr" else r.choice(SMALLTALK_NEG).capitalize() + ".")
    c.say("agent", asr(r.choice(CLOSE_AGENT)) if channel == "asr" else r.choice(CLOSE_AGENT).capitalize() + ".")
    return c, "%s %s: %s" % (ind, channel, ", ".join(t.lower() for t in types))


def pos_card_lastfour(r):
    c = Case()
    intro(c, r, "asr")
    v = exchange(c, r, "CARD_NUMBER", "asr", readback=False, allow_fancy=False)
    g = c.group("CARD_NUMBER", v, "suffix")
    c.say("agent", "thanks so just to be clear that's the card ending ",
          V(say_singles(r, v[-4:], False), "CARD_NUMBER", g), " yeah")
    c.say("customer", "yeah that's the one")
    return c, "full card then last-four confirmation (last four labelled because full card read)"


def pos_expiry_correction(r):
    c = Case()
    intro(c, r, "asr")
    exchange(c, r, "CARD_NUMBER", "asr", readback=False)
    c.say("agent", "and the expiry")
    v1, v2 = gen_expiry(r), gen_expiry(r)
    g1, g2 = c.group("EXPIRY", v1), c.group("EXPIRY", v2)
    c.say("customer", V(say_expiry(r, *v1), "EXPIRY", g1), r.choice([" no wait that's the old card it's ",
                                                                       " ... sorry no, ", " oh no hang on, it's "]),
          V(say_expiry(r, *v2), "EXPIRY", g2))
    exchange(c, r, "CVV", "asr")
    return c, "card with corrected expiry (both expiry readings labelled)"


def pos_address_block(r, channel):
    c = Case()
    intro(c, r, channel)
    a, p = gen_address(r), gen_postcode(r)
    ga, gp = c.group("ADDRESS", a), c.group("POSTCODE", p)
    town = r.choice(TOWNS)
    if channel == "chat":
        c.say("agent", "Can you confirm the full address please?")
        c.say("customer", V(typed_value(r, "ADDRESS", a), "ADDRESS", ga), r.choice([", ", " ", "\n"]), town,
              r.choice([", ", " ", "\n"]), V(typed_value(r, "POSTCODE", p), "POSTCODE", gp))
    else:
        c.say("agent", "can you confirm the address for me")
        c.say("customer", r.choice(["", "it's ", "yeah "]), V(join_chunks(r, spoken_chunks(r, "ADDRESS", a)), "ADDRESS", ga),
              r.choice([" in ", ", ", " um "]), town.lower(), r.choice([" and the postcode is ", ", ", " zip "]),
              V(join_chunks(r, spoken_chunks(r, "POSTCODE", p)), "POSTCODE", gp))
    c.say("agent", asr(r.choice(CLOSE_AGENT)) if channel == "asr" else "Thanks!")
    return c, "address with town (town unlabelled) and postcode"


def pos_form_dump(r):
    c = Case()
    intro(c, r, "chat")
    c.say("agent", "Could you send your details so I can verify you?")
    segs = []
    types = r.sample(["DOB", "POSTCODE", "PHONE", "EMAIL", "NI_NUMBER", "SSN", "BANK_ACCOUNT", "SORT_CODE"], 4)
    for i, t in enumerate(types):
        v = gen_value(r, t)
        g = c.group(t, canon_of(t, v))
        segs += [r.choice(TYPED_LABEL[t]), V(typed_value(r, t, v), t, g), r.choice(["\n", "; ", ", ", " | "]) if i < 3 else ""]
    segs = ["Name: %s %s\n" % (r.choice(FIRST).title(), r.choice(LAST).title())] + segs
    c.say("customer", *segs)
    c.say("agent", "Thanks, that matches what we hold.")
    return c, "typed form dump with several fields: " + ", ".join(t.lower() for t in types)


# --------------------------------------------------------------------------
# negatives
# --------------------------------------------------------------------------

def neg_cases(r):
    def luhn16():
        return gen_card(r) if r.random() < 0.5 else rdig(r, 16)
    def spoken(s):
        return join_chunks(r, spoken_digit_chunks(r, [s[i:i + 4] for i in range(0, len(s), 4)]), False)
    T = []
    T.append(lambda: (["agent", "your order number is %s, keep that handy" % " ".join(card_groups(gen_card(r)))]
                      , "16-digit Luhn-valid order number"))
    T.append(lambda: (["customer", "the tracking number is %s" % spoken(rdig(r, 16))], "tracking number read like a card"))
    T.append(lambda: (["agent", "I can see the card ending %s is still active" % rdig(r, 4)], "card last four only"))
    T.append(lambda: (["customer", "it's the visa ending in %s" % say_singles(r, rdig(r, 4))], "spoken last four only"))
    T.append(lambda: (["agent", "your balance is %s pounds and %s pence" % (nw(r.randint(20, 99), r), nw(r.randint(10, 99), r))], "balance"))
    T.append(lambda: (["agent", "the outstanding amount is $%d,%03d.%02d" % (r.randint(1, 9), r.randint(0, 999), r.randint(0, 99))], "amount"))
    T.append(lambda: (["agent", "we're open from %s till %s, saturdays nine to one" % (r.choice(["eight", "8am", "half eight"]), r.choice(["eight", "6pm", "five thirty"]))], "opening hours"))
    T.append(lambda: (["customer", "I've been on hold for %d minutes" % r.randint(12, 59)], "duration"))
    T.append(lambda: (["agent", "your reference number is %s, that's for the complaint" % rdig(r, 9)], "9-digit reference (SSN-shaped)"))
    T.append(lambda: (["agent", "claim number %s-%s-%s" % (rdig(r, 3), rdig(r, 2), rdig(r, 4))], "claim number in SSN format"))
    T.append(lambda: (["agent", "your booking reference is %s%s%s" % (r.choice(NI_PREFIXES), rdig(r, 6), r.choice("ABCD"))], "booking ref shaped like NI number"))
    T.append(lambda: (["customer", "meter reading is %s" % say_singles(r, "0" + rdig(r, 4))], "meter reading spoken"))
    T.append(lambda: (["customer", "the meter says %s %s" % (rdig(r, 5), rdig(r, 1))], "meter reading typed"))
    T.append(lambda: (["agent", "you're on flight %s %s departing gate %d, seat %d%s" % (r.choice(["BA", "EI", "FR", "UA"]), rdig(r, 4), r.randint(1, 60), r.randint(1, 40), r.choice("ABCDEF"))], "flight/gate/seat"))
    T.append(lambda: (["agent", "you're in room %d on the %s floor" % (r.randint(100, 999), r.choice(["third", "second", "fifth"]))], "room number"))
    T.append(lambda: (["customer", "I'm stuck on the %s near junction %d" % (r.choice(["M25", "A40", "M6", "N7", "I-95"]), r.randint(2, 30))], "road names"))
    T.append(lambda: (["agent", "the policy number is POL-%s-%s" % (rdig(r, 5), rdig(r, 2))], "policy number"))
    T.append(lambda: (["agent", "invoice INV-%d-%s was paid on %02d/%02d/%d" % (r.randint(2019, 2025), rdig(r, 6), r.randint(1, 28), r.randint(1, 12), r.randint(2023, 2025))], "invoice number and payment date"))
    T.append(lambda: (["agent", "your appointment is on the %s of %s at %s" % (r.choice(["third", "fourteenth", "twenty second"]), r.choice(MONTHS), r.choice(["two pm", "half ten", "quarter past nine"]))], "appointment date"))
    T.append(lambda: (["agent", "your contract started %s and ends %s" % (typed_date(r, r.randint(1, 28), r.randint(1, 12), r.randint(2022, 2024)), typed_date(r, r.randint(1, 28), r.randint(1, 12), r.randint(2025, 2027)))], "contract dates"))
    T.append(lambda: (["customer", "my son is %s and I'm %s" % (nw(r.randint(5, 17), r), nw(r.randint(30, 70), r))], "ages"))
    T.append(lambda: (["customer", "the thermostat's set to %d degrees but it's only %d" % (r.randint(18, 24), r.randint(11, 16))], "temperatures"))
    T.append(lambda: (["agent", "there's a %d percent discount, so %s percent APR" % (r.randint(5, 40), r.choice(["twenty two point nine", "nineteen point nine", "4.5"]))], "percentages"))
    T.append(lambda: (["customer", "I've been with you since %d, so %d years" % (r.randint(1998, 2015), r.randint(8, 25))], "years"))
    T.append(lambda: (["agent", "the serial number on the router is %s" % ("SN" + rdig(r, 12))], "serial number"))
    T.append(lambda: (["customer", "model number %s-%s" % (r.choice(["WM", "KX", "TV"]), rdig(r, 4))], "model number"))
    T.append(lambda: (["agent", "ticket number %s, that's %s" % (lambda s: (s, say_singles(r, s)))(rdig(r, 8))], "ticket number with read-back"))
    T.append(lambda: (["agent", "the tracking number is 1Z%s%s%s" % (rdig(r, 3), "".join(r.choice("ABCDEFGHJK") for _ in range(2)), rdig(r, 10))], "UPS-style tracking"))
    T.append(lambda: (["customer", "case reference %s" % " ".join(say_letter(r, ch) for ch in r.choice(["kt", "rx", "mb", "zq"])) + " " + say_singles(r, rdig(r, 5))], "NATO-spelled case reference"))
    T.append(lambda: (["agent", "press %s then option %s, or call back after %s" % (r.randint(1, 9), r.randint(1, 9), r.choice(["six", "6pm", "half five"]))], "menu options and time"))
    T.append(lambda: (["agent", "the direct debit of %s pounds comes out on the %s each month" % (nw(r.randint(20, 99), r), r.choice(["first", "fifteenth", "twenty eighth"]))], "direct debit amount and date"))
    T.append(lambda: (["customer", "order %s, I ordered %d of them and got %d" % (spoken(rdig(r, 12)), r.randint(2, 9), r.randint(0, 1))], "long spoken order number, counts"))
    T.append(lambda: (["agent", "transaction ID %s for the refund of %s" % (rdig(r, 18), "€%d.%02d" % (r.randint(5, 500), r.randint(0, 99)))], "long transaction id"))
    T.append(lambda: (["customer", "the parcel weighs %s kilos and it's %d by %d centimetres" % (r.choice(["two point five", "3.2", "eleven"]), r.randint(20, 80), r.randint(10, 50))], "weights and measures"))
    T.append(lambda: (["agent", "your data usage is %d point %d gigabytes out of %d" % (r.randint(1, 40), r.randint(0, 9), r.choice([50, 100, 30]))], "data usage"))
    out = []
    for i in range(110):
        f = T[i % len(T)]
        (sp, text), note = f()
        c = Case()
        channel = r.choice(["asr", "chat"])
        intro(c, r, channel)
        # pad with a second distractor to make it harder
        (sp2, text2), note2 = r.choice(T)()
        c.say(sp, text if channel == "asr" else text[0].upper() + text[1:] + ".")
        c.say("customer" if sp == "agent" else "agent", r.choice(["ok", "right", "mhm", "great thanks", "yeah"]))
        c.say(sp2, text2)
        c.say("agent", asr(r.choice(["anything else I can help with", "thanks for calling", "have a good day"])))
        out.append((c, "negative: %s; %s" % (note, note2)))
    return out


# --------------------------------------------------------------------------
# build
# --------------------------------------------------------------------------

def build():
    r = random.Random(SEED)
    pos = []
    schedule = []
    schedule += [["CARD_NUMBER", "EXPIRY", "CVV"]] * 22
    schedule += [["CARD_NUMBER"]] * 18
    schedule += [["SSN"]] * 16 + [["SSN", "DOB"]] * 10 + [["SSN", "ADDRESS", "POSTCODE"]] * 4
    schedule += [["NI_NUMBER"]] * 16 + [["NI_NUMBER", "DOB"]] * 10 + [["NI_NUMBER", "PHONE"]] * 4
    schedule += [["SORT_CODE", "BANK_ACCOUNT"]] * 14
    schedule += [["IBAN"]] * 14
    schedule += [["PHONE"]] * 12 + [["EMAIL"]] * 14 + [["PHONE", "EMAIL"]] * 4
    schedule += [["DOB", "POSTCODE"]] * 8
    schedule += [["ADDRESS", "POSTCODE"]] * 6
    schedule += [["BANK_ACCOUNT"]] * 4
    for types in schedule:
        pos.append(pos_generic(r, types))
    for _ in range(8):
        pos.append(pos_card_lastfour(r))
    for _ in range(6):
        pos.append(pos_expiry_correction(r))
    for _ in range(8):
        pos.append(pos_address_block(r, r.choice(["asr", "chat"])))
    for _ in range(10):
        pos.append(pos_form_dump(r))
    r.shuffle(pos)
    neg = neg_cases(r)
    r.shuffle(neg)
    cases = []
    for i, (c, note) in enumerate(pos):
        cases.append(("h328-pos-%03d" % (i + 1), "positive", c, note))
    for i, (c, note) in enumerate(neg):
        cases.append(("h328-neg-%03d" % (i + 1), "negative", c, note))
    return cases


def serialise(cases):
    lines = []
    for cid, kind, c, note in cases:
        lines.append(json.dumps({"id": cid, "kind": kind, "turns": c.turns, "spans": c.spans, "note": note},
                                ensure_ascii=False, sort_keys=False))
    return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------
# normalisation + validation
# --------------------------------------------------------------------------

UNIT = {w: i for i, w in enumerate(ONES)}
for _z in ("oh", "o", "nought", "nil"):
    UNIT[_z] = 0
TEEN = {w: 10 + i for i, w in enumerate(TEENS)}
TEN = {w: i * 10 for i, w in enumerate(TENS) if w}
ORD = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
       "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
       "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
       "twentieth": 20, "thirtieth": 30}
FILLERS = {"um", "uh", "er", "erm", "slash", "of", "the", "and", "then", "sorry"}
NATO_REV = {w.replace("-", ""): k for k, w in NATO.items()}
NATO_REV.update({"mother": "m", "nancy": "n", "sugar": "s", "peter": "p", "tommy": "t", "orange": "o", "xray": "x"})


def tokens(text, mode):
    text = re.sub(r"\.{2,}", " ", text.lower().replace("x-ray", "xray"))
    if mode == "email":
        return re.findall(r"[a-z]+|\d+|[@._+,-]", text)
    return re.findall(r"[a-z]+|\d+|[@._+,]", text)


def small_num(toks, i):
    """parse a number < 100 at toks[i]; returns (value, next_i) or (None, i)"""
    if i >= len(toks):
        return None, i
    t = toks[i]
    if t in TEN:
        if i + 1 < len(toks) and toks[i + 1] in UNIT and toks[i + 1] not in ("oh", "o", "nought", "nil", "zero"):
            return TEN[t] + UNIT[toks[i + 1]], i + 2
        return TEN[t], i + 1
    if t in TEEN:
        return TEEN[t], i + 1
    if t in UNIT:
        return UNIT[t], i + 1
    return None, i


def normalise(text, mode):
    """mode: digits | alnum | email | date.  Returns canonical-ish string."""
    toks = tokens(text, mode)
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        # spelled letter: "j for juliet" / "b as in bravo"
        if mode != "digits" and len(t) == 1 and t.isalpha() and nxt in ("for", "as"):
            j = i + 2 + (1 if nxt == "as" else 0)
            if j < len(toks) and toks[j] in NATO_REV and NATO_REV[toks[j]] == t:
                out.append(t)
                i = j + 1
                continue
        if t.isdigit():
            out.append(t)
            i += 1
        elif t == ",":
            if mode == "date":
                out.append(" ")
            i += 1
        elif t == "+" or t == "plus":
            out.append("+")
            i += 1
        elif t in ("double", "triple") and nxt is not None:
            k = 2 if t == "double" else 3
            if nxt in UNIT:
                out.append(str(UNIT[nxt]) * k)
            else:
                out.append(nxt * k)
            i += 2
        elif mode == "date" and t in MONTHS:
            out.append(" M%d " % (MONTHS.index(t) + 1))
            i += 1
        elif mode == "date" and t[:3] in [m[:3] for m in MONTHS] and len(t) == 3:
            out.append(" M%d " % ([m[:3] for m in MONTHS].index(t) + 1))
            i += 1
        elif t in ORD or (t in TEN and nxt in ORD and ORD[nxt] < 10):
            if t in TEN:
                out.append(" %d " % (TEN[t] + ORD[nxt]))
                i += 2
            else:
                out.append(" %d " % ORD[t])
                i += 1
        elif mode == "email" and t == "-":
            out.append("-")
            i += 1
        elif t in UNIT and nxt == "hundred":
            h = UNIT[t]
            j = i + 2
            if j < len(toks) and toks[j] == "and":
                j += 1
            v, j2 = small_num(toks, j)
            if v is not None:
                out.append("%d%02d" % (h, v))
                i = j2
            else:
                out.append("%d00" % h)
                i += 2
        elif t in UNIT and nxt == "thousand":
            h = UNIT[t]
            j = i + 2
            if j < len(toks) and toks[j] == "and":
                j += 1
            v, j2 = small_num(toks, j)
            if v is not None:
                out.append("%d%03d" % (h, v))
                i = j2
            else:
                out.append("%d000" % h)
                i += 2
        elif t == "nineteen" and nxt == "hundred":
            out.append("1900")
            i += 2
        elif t in TEN or t in TEEN or t in UNIT:
            v, i2 = small_num(toks, i)
            out.append(str(v) if not (t in UNIT) else str(UNIT[t]))
            i = i2 if t not in UNIT else i + 1
        elif t in FILLERS or t in ("hyphen", "dash") and mode != "email":
            if mode == "date":
                out.append(" ")
            i += 1
        elif mode == "email" and t in ("o", ","):
            out.append("o" if t == "o" else "")
            i += 1
        elif mode == "email":
            out.append({"at": "@", "dot": ".", "underscore": "_", "dash": "-", "hyphen": "-"}.get(t, t))
            i += 1
        elif t in NATO_REV and mode in ("alnum",):
            out.append(NATO_REV[t])
            i += 1
        elif t in ("@", ".", "_") and mode != "email":
            i += 1
        elif mode in ("alnum",) and t.isalpha():
            out.append(t)
            i += 1
        elif mode == "date":
            out.append(" ")
            i += 1
        else:
            out.append("?" + t + "?")
            i += 1
    s = "".join(out)
    return s.upper() if mode == "alnum" else s


MODE = {"CARD_NUMBER": "digits", "CVV": "digits", "SSN": "digits", "SORT_CODE": "digits",
        "BANK_ACCOUNT": "digits", "PHONE": "digits", "NI_NUMBER": "alnum", "IBAN": "alnum",
        "POSTCODE": "alnum", "EMAIL": "email", "DOB": "date", "EXPIRY": "date", "ADDRESS": "address"}
STREET_SFX = re.compile(r"\b(lane|road|rd|street|st|avenue|ave|close|grove|kingsway|drive|crescent|court|terrace|way|gardens)\b")


def validate_group(typ, canon, mode, text):
    m = MODE[typ]
    if typ == "ADDRESS":
        low = text.lower()
        flat, num, st = canon
        if not STREET_SFX.search(low):
            return "no street suffix"
        n = normalise(low.split(st.split()[0].lower())[0].replace("flat", " "), "digits").replace("+", "")
        if not n.endswith(str(num)):
            return "house number %r != %d" % (n, num)
        if flat and not n.startswith(str(flat)):
            return "flat number mismatch"
        return None
    s = normalise(text, m)
    if "?" in s:
        return "unparsed token in %r" % s
    if m == "digits":
        if typ == "PHONE":
            got = s
        else:
            got = s.replace("+", "")
        if not re.fullmatch(r"\+?\d+", got):
            return "non-digit %r" % got
        if mode == "prefix":
            return None if canon.startswith(got) and got else "prefix mismatch %r" % got
        if mode == "suffix":
            return None if canon.endswith(got) and len(got) == 4 else "suffix mismatch %r" % got
        if got != canon:
            return "value %r != %r" % (got, canon)
        if typ == "CARD_NUMBER" and not (13 <= len(got) <= 19 and luhn_ok(got)):
            return "bad card"
        if typ == "CVV" and len(got) not in (3, 4):
            return "bad cvv"
        if typ == "SSN" and not (len(got) == 9 and got[:3] not in ("000", "666") and got[0] != "9"
                                 and got[3:5] != "00" and got[5:] != "0000"):
            return "bad ssn"
        if typ == "SORT_CODE" and len(got) != 6:
            return "bad sort"
        if typ == "BANK_ACCOUNT" and not 6 <= len(got) <= 17:
            return "bad acct"
        if typ == "PHONE" and not re.fullmatch(r"(\+\d{8,15}|0\d{9,10}|[2-9]\d{9})", got):
            return "bad phone"
        return None
    if m == "alnum":
        want = canon.replace(" ", "").replace("-", "").upper()
        if mode == "prefix":
            return None if want.startswith(s) and s else "prefix mismatch %r" % s
        if s != want:
            return "value %r != %r" % (s, want)
        if typ == "NI_NUMBER" and not NI_RE.match(s):
            return "bad NI"
        if typ == "IBAN" and not (15 <= len(s) <= 34 and iban_ok(s)):
            return "bad iban"
        if typ == "POSTCODE" and not re.fullmatch(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}|\d{5}(\d{4})?", s):
            return "bad postcode"
        return None
    if m == "email":
        if mode == "prefix":
            return None
        if s.lower() != canon.lower() or not re.fullmatch(r"[a-z0-9._-]+@[a-z0-9-]+(\.[a-z0-9-]+)+", s.lower()):
            return "email %r != %r" % (s, canon)
        return None
    if m == "date":
        digits = re.sub(r"M\d+", " ", s)
        if typ == "DOB":
            d, mo, y = canon
            if not (str(y) in digits or "%02d" % (y % 100) in digits):
                return "dob year missing in %r" % s
            if not (" M%d " % mo in s or str(mo) in digits):
                return "dob month missing in %r" % s
            if str(d) not in digits:
                return "dob day missing in %r" % s
        else:
            mo, y = canon
            if "%02d" % (y % 100) not in digits:
                return "expiry year missing in %r" % s
            if not (" M%d " % mo in s or str(mo) in digits):
                return "expiry month missing in %r" % s
        return None
    return "unknown"


def check(cases, text):
    errs = []
    with open(OUT, encoding="utf-8") as f:
        if f.read() != text:
            errs.append("file is not byte-identical to regeneration")
    ids = [c[0] for c in cases]
    if len(set(ids)) != len(ids):
        errs.append("duplicate ids")
    counts = {t: 0 for t in TYPES}
    npos = nneg = 0
    for cid, kind, c, note in cases:
        if kind == "positive":
            npos += 1
            if not c.spans:
                errs.append("%s: positive without spans" % cid)
        else:
            nneg += 1
            if c.spans:
                errs.append("%s: negative with spans" % cid)
        for t in c.turns:
            if t["speaker"] not in ("customer", "agent"):
                errs.append("%s: bad speaker" % cid)
        by_turn = {}
        for sp in c.spans:
            counts[sp["type"]] += 1
            if sp["type"] not in TYPES:
                errs.append("%s: bad type" % cid)
            txt = c.turns[sp["turn"]]["text"]
            st, en = sp["start"], sp["end"]
            if not (0 <= st < en <= len(txt)):
                errs.append("%s: offsets out of range" % cid)
                continue
            val = txt[st:en]
            if not (val[0].isalnum() or val[0] in "+(") or not val[-1].isalnum():
                errs.append("%s: span %r not trimmed to value" % (cid, val))
            if (st > 0 and txt[st - 1].isalnum()) or (en < len(txt) and txt[en].isalnum()):
                errs.append("%s: span %r not on word boundary" % (cid, val))
            by_turn.setdefault(sp["turn"], []).append((st, en))
        for ti, lst in by_turn.items():
            lst.sort()
            for a, b in zip(lst, lst[1:]):
                if b[0] < a[1]:
                    errs.append("%s: overlapping spans in turn %d" % (cid, ti))
        # group validation
        texts = {}
        for sp, gid in zip(c.spans, c.span_gid):
            texts.setdefault(gid, []).append(c.turns[sp["turn"]]["text"][sp["start"]:sp["end"]])
        for gid, g in enumerate(c.groups):
            if gid not in texts:
                errs.append("%s: group without spans" % cid)
                continue
            e = validate_group(g["type"], g["canon"], g["mode"], " , ".join(texts[gid]))
            if e:
                errs.append("%s: %s group %r: %s" % (cid, g["type"], texts[gid], e))
    if npos < 200 or nneg < 100:
        errs.append("too few cases: %d pos %d neg" % (npos, nneg))
    mins = dict((t, 10) for t in TYPES)
    mins.update({"CARD_NUMBER": 70, "SSN": 30, "NI_NUMBER": 30})
    for t in TYPES:
        if counts[t] < mins[t]:
            errs.append("too few %s spans: %d" % (t, counts[t]))
    return errs, counts, npos, nneg


def main():
    cases = build()
    text = serialise(cases)
    if "--check" in sys.argv:
        errs, counts, npos, nneg = check(cases, text)
        for e in errs[:60]:
            print("ERROR", e)
        print("positive=%d negative=%d" % (npos, nneg))
        for t in TYPES:
            print("  %-13s %d" % (t, counts[t]))
        if errs:
            print("CHECK FAILED (%d errors)" % len(errs))
            sys.exit(1)
        print("CHECK OK")
        return
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    print("wrote %d cases to %s" % (len(cases), OUT))


if __name__ == "__main__":
    main()

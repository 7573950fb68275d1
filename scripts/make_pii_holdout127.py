#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set ``pii_holdout127``.

Written by an AI helper acting as an independent author; it did not look at the
redaction code.  Standard library only.  Every value comes from one seeded
``random.Random`` so the output is byte-for-byte reproducible.

    python scripts/make_pii_holdout127.py          # write fixture + README
    python scripts/make_pii_holdout127.py --check  # regenerate, compare, validate
"""
import json
import os
import re
import sys
import random

SEED = 127241124
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout127")
CASES = os.path.join(OUT_DIR, "cases.jsonl")
README = os.path.join(OUT_DIR, "README.md")
PREFIX = "h127"

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]
MIN_SPANS = {t: 12 for t in TYPES}
MIN_SPANS.update({"CARD_NUMBER": 30, "NI_NUMBER": 30, "SSN": 30})
MIN_POS, MIN_NEG = 170, 100

# ---------------------------------------------------------------- segments
class V:
    """A labelled value segment inside a turn."""
    def __init__(self, text, typ, group="a"):
        self.text, self.typ, self.group = text, typ, group


def build(turns, note):
    """turns: list of (speaker, [str | V, ...]). Offsets computed here."""
    out_turns, spans, groups = [], [], {}
    for ti, (spk, segs) in enumerate(turns):
        text = ""
        for s in segs:
            if isinstance(s, V):
                start = len(text)
                text += s.text
                spans.append({"turn": ti, "start": start, "end": len(text), "type": s.typ})
                key = (s.typ, s.group)
                groups.setdefault(key, []).append(s.text)
            else:
                text += s
        out_turns.append({"speaker": spk, "text": text})
    return {"turns": out_turns, "spans": spans, "note": note}, groups


# ---------------------------------------------------------------- words
DIG = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = {"2": "twenty", "3": "thirty", "4": "forty", "5": "fifty", "6": "sixty",
        "7": "seventy", "8": "eighty", "9": "ninety"}
HOMO = {"2": ["to", "too"], "4": ["for"], "8": ["ate"], "1": ["won"]}
FILLERS = ["um", "uh", "er", "erm"]


def pair_words(p, zw):
    if p[0] == "0":
        return [zw, DIG[int(p[1])]]
    if p[0] == "1":
        return [TEENS[int(p[1])]]
    if p[1] == "0":
        return [DIG[int(p[0])], zw]
    return [TENS[p[0]], DIG[int(p[1])]]


def say(s, rng, uk=False, doubles=True, pairs=False, fillers=0.0, homo=0.0, zeros=None):
    """Spell a digit string the way a caller / ASR would."""
    zopts = zeros or (["oh", "zero", "o", "nought"] if uk else ["oh", "zero", "o"])
    zw = rng.choice(zopts)
    toks = []
    i = 0
    while i < len(s):
        if pairs and i % 2 == 0 and i + 1 < len(s) and rng.random() < 0.6:
            toks += pair_words(s[i:i + 2], zw)
            i += 2
        else:
            run = 1
            while i + run < len(s) and s[i + run] == s[i]:
                run += 1
            d = DIG[int(s[i])] if s[i] != "0" else zw
            if doubles and run >= 3 and rng.random() < 0.6:
                toks += ["triple", d]
                i += 3
            elif doubles and run >= 2 and rng.random() < 0.6:
                toks += ["double", d]
                i += 2
            else:
                if s[i] in HOMO and rng.random() < homo:
                    d = rng.choice(HOMO[s[i]])
                toks.append(d)
                i += 1
        if fillers and i < len(s) and rng.random() < fillers:
            toks.append(rng.choice(FILLERS))
    return " ".join(toks)


NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo",
        "f": "foxtrot", "g": "golf", "h": "hotel", "i": "india", "j": "juliet",
        "k": "kilo", "l": "lima", "m": "mike", "n": "november", "o": "oscar",
        "p": "papa", "q": "quebec", "r": "romeo", "s": "sierra", "t": "tango",
        "u": "uniform", "v": "victor", "w": "whiskey", "x": "xray", "y": "yankee",
        "z": "zulu"}
FOR_WORDS = {"a": "apple", "b": "bravo", "c": "charlie", "d": "david", "e": "edward",
             "g": "george", "h": "harry", "j": "john", "k": "kilo", "l": "london",
             "m": "mother", "n": "nancy", "p": "peter", "r": "robert", "s": "sugar",
             "t": "tommy", "x": "xray", "y": "yellow", "z": "zebra", "w": "william"}
LETTER_NAMES = {"b": "bee", "c": "see", "d": "dee", "g": "gee", "h": "aitch",
                "j": "jay", "k": "kay", "l": "el", "m": "em", "n": "en", "p": "pee",
                "r": "are", "s": "ess", "t": "tee", "x": "ex", "y": "why", "z": "zed"}


def say_letter(c, rng, style=None):
    c = c.lower()
    if c == "o":
        return "oscar"  # a bare "o" would read as zero
    style = style or rng.choice(["bare", "bare", "nato", "for", "name"])
    if style == "nato":
        return NATO[c]
    if style == "for" and c in FOR_WORDS:
        return "%s for %s" % (c, FOR_WORDS[c])
    if style == "name" and c in LETTER_NAMES:
        return LETTER_NAMES[c]
    return c


def say_alnum(s, rng, uk=True, letter_style=None):
    out = []
    buf = ""
    for ch in s:
        if ch.isdigit():
            buf += ch
            continue
        if buf:
            out.append(say(buf, rng, uk=uk, doubles=False))
            buf = ""
        if ch.isalpha():
            out.append(say_letter(ch, rng, letter_style))
    if buf:
        out.append(say(buf, rng, uk=uk, doubles=False))
    return " ".join(out)


ORD = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
       "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth",
       "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
       "twentieth"]


def ordinal(n):
    if n <= 20:
        return ORD[n - 1]
    if n == 30:
        return "thirtieth"
    t = "twenty" if n < 30 else "thirty"
    return "%s %s" % (t, ORD[n % 10 - 1])


MONTHS = ["january", "february", "march", "april", "may", "june", "july",
          "august", "september", "october", "november", "december"]


def year_pair(p):
    if p == "00":
        return "hundred"
    if p[0] == "0":
        return "oh " + DIG[int(p[1])]
    if p[0] == "1":
        return TEENS[int(p[1])]
    if p[1] == "0":
        return TENS[p[0]]
    return TENS[p[0]] + " " + DIG[int(p[1])]


def say_year(y, rng):
    if y >= 2000:
        if y < 2010 and rng.random() < 0.6:
            return "two thousand and %s" % DIG[y - 2000] if y > 2000 else "two thousand"
        return "twenty " + year_pair("%02d" % (y - 2000))
    return "nineteen " + year_pair("%02d" % (y - 1900))


def say_num(n):
    """Cardinal words for 0..999 (used only in non-PII text)."""
    if n < 10:
        return DIG[n]
    if n < 20:
        return TEENS[n - 10]
    if n < 100:
        return TENS[str(n // 10)] + ("" if n % 10 == 0 else " " + DIG[n % 10])
    h = DIG[n // 100] + " hundred"
    return h if n % 100 == 0 else h + " and " + say_num(n % 100)


# ---------------------------------------------------------------- value makers
def luhn_ok(d):
    tot = 0
    for i, ch in enumerate(reversed(d)):
        x = int(ch)
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return tot % 10 == 0


def make_card(rng, brand=None):
    brand = brand or rng.choice(["visa", "visa", "mc", "mc", "amex", "disc", "visa19", "visa13"])
    if brand == "visa":
        pre, n = "4", 16
    elif brand == "mc":
        pre, n = rng.choice(["51", "52", "53", "54", "55", "2221", "2720"]), 16
    elif brand == "amex":
        pre, n = rng.choice(["34", "37"]), 15
    elif brand == "disc":
        pre, n = "6011", 16
    elif brand == "visa19":
        pre, n = "4", 19
    else:
        pre, n = "4", 13
    body = pre + "".join(rng.choice("0123456789") for _ in range(n - len(pre) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c, brand


def card_groups(num, brand):
    if brand == "amex":
        return [num[:4], num[4:10], num[10:]]
    if len(num) == 13:
        return [num[:4], num[4:7], num[7:10], num[10:]]
    return [num[i:i + 4] for i in range(0, len(num), 4)]


def make_ssn(rng):
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, rng.randint(1, 99), rng.randint(1, 9999))


NI_FIRST = "ABCEGHJKLMNOPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"
NI_BAD = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}


def make_ni(rng):
    while True:
        p = rng.choice(NI_FIRST.replace("O", "").replace("W", "")) + rng.choice(NI_SECOND.replace("W", ""))
        if p not in NI_BAD:
            break
    return p + "".join(rng.choice("0123456789") for _ in range(6)) + rng.choice("ABCD")


def iban_check(cc, bban):
    s = bban + cc + "00"
    num = "".join(str(int(ch, 36)) for ch in s)
    return "%02d" % (98 - int(num) % 97)


def make_iban(rng, cc=None):
    cc = cc or rng.choice(["GB", "IE", "DE", "FR", "NL", "ES", "IT", "BE"])
    D = lambda n: "".join(rng.choice("0123456789") for _ in range(n))
    L = lambda n: "".join(rng.choice("ABCDEFGHJKLMNPRSTUVXYZ") for _ in range(n))
    bban = {"GB": lambda: rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + D(14),
            "IE": lambda: rng.choice(["AIBK", "BOFI", "IPBS"]) + D(14),
            "DE": lambda: D(18), "FR": lambda: D(23), "NL": lambda: rng.choice(["ABNA", "RABO", "INGB"]) + D(10),
            "ES": lambda: D(20), "IT": lambda: L(1) + D(22), "BE": lambda: D(12)}[cc]()
    return cc + iban_check(cc, bban) + bban


IBAN_LEN = {"GB": 22, "IE": 22, "DE": 22, "FR": 27, "NL": 18, "ES": 24, "IT": 27, "BE": 16}


def group4(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


UK_AREAS = ["M", "B", "L", "G", "S", "LS", "SW", "SE", "NW", "EH", "CF", "BT", "NE",
            "BS", "PL", "CR", "KT", "RG", "OX", "YO", "HU", "DN", "TN", "ME", "PE", "CB"]
INWARD_L = "ABDEFGHJLNPQRSTUWXYZ"


def make_ukpc(rng):
    area = rng.choice(UK_AREAS)
    dist = str(rng.randint(1, 29)) if len(area) == 2 else str(rng.randint(1, 9))
    if area in ("SW", "SE") and rng.random() < 0.3:
        dist = str(rng.randint(1, 9)) + rng.choice("AHPVWX".replace("V", "").replace("W", ""))
    inw = str(rng.randint(0, 9)) + rng.choice(INWARD_L.replace("W", "")) + rng.choice(INWARD_L.replace("W", ""))
    return area + dist, inw


def make_zip(rng, plus4=False):
    z = "%05d" % rng.randint(1001, 99950)
    if plus4:
        z += "-%04d" % rng.randint(1, 9999)
    return z


FIRST = ["john", "sarah", "aoife", "liam", "priya", "mohammed", "emma", "sean", "niamh",
         "david", "grace", "tom", "olga", "marco", "chloe", "ravi", "kate", "ben", "fatima", "owen"]
LAST = ["murphy", "smith", "okafor", "kelly", "patel", "walsh", "jones", "nguyen", "byrne",
        "garcia", "oconnor", "taylor", "brennan", "khan", "ryan", "evans", "schmidt", "rossi"]
DOMAINS = ["gmail.com", "hotmail.co.uk", "yahoo.com", "outlook.com", "eircom.net", "icloud.com",
           "btinternet.com", "aol.com", "proton.me", "live.ie"]
STREETS = ["elm", "station", "church", "victoria", "park", "maple", "high", "mill", "oak",
           "queens", "harbour view", "willow", "king", "main", "cedar", "orchard", "bridge",
           "sycamore", "abbey", "riverside", "chapel", "grove", "hawthorn", "lincoln", "washington"]
SUFFIX_UK = ["road", "street", "lane", "avenue", "close", "crescent", "drive", "gardens", "terrace", "way"]
SUFFIX_US = ["street", "avenue", "boulevard", "drive", "lane", "road", "court", "place"]
US_TOWNS = [("austin", "tx"), ("columbus", "oh"), ("denver", "co"), ("tampa", "fl"),
            ("portland", "or"), ("albany", "ny"), ("boise", "id"), ("raleigh", "nc")]
UK_TOWNS = ["leeds", "manchester", "bristol", "cardiff", "belfast", "glasgow", "york",
            "plymouth", "norwich", "sheffield", "reading", "hull"]


def make_email(rng, spoken=False):
    f, l = rng.choice(FIRST), rng.choice(LAST)
    dom = rng.choice(DOMAINS)
    form = rng.randint(0, 4)
    num = str(rng.randint(1, 99))
    if form == 0:
        user = f + "." + l
    elif form == 1:
        user = f[0] + l + num
    elif form == 2:
        user = f + "_" + l
    elif form == 3:
        user = l + "." + f[0] + num
    else:
        user = f + l[:3] + num
    typed = user + "@" + dom
    if not spoken:
        return typed
    parts = []
    for tok in re.split(r"([._@-])", typed):
        if tok == ".":
            parts.append("dot")
        elif tok == "_":
            parts.append("underscore")
        elif tok == "-":
            parts.append("dash")
        elif tok == "@":
            parts.append("at")
        elif tok.isdigit():
            parts.append(say_num(int(tok)) if rng.random() < 0.5 else say(tok, rng, doubles=False))
        elif tok:
            m = re.match(r"([a-z]+)(\d*)$", tok)
            w = m.group(1)
            if len(w) <= 2 or rng.random() < 0.2:
                parts.append(" ".join(w))
            else:
                parts.append(w)
            if m.group(2):
                parts.append(say(m.group(2), rng, doubles=False))
    return " ".join(parts)


def make_phone(rng, kind=None):
    """Returns (digits_with_plus, typed form, spoken-friendly groups)."""
    kind = kind or rng.choice(["ukmob", "ukland", "us", "ie", "ukint", "usint", "ieint", "fr", "de"])
    D = lambda n: "".join(rng.choice("0123456789") for _ in range(n))
    if kind == "ukmob":
        g = ["07" + rng.choice("45789") + D(2), D(3), D(3)]
        typed = rng.choice([g[0] + " " + g[1] + g[2], "".join(g), g[0] + "-" + g[1] + "-" + g[2]])
    elif kind == "ukland":
        area = rng.choice(["20", "161", "113", "117", "131", "141"])
        g = ["0" + area, D(4), D(4)] if area == "20" else ["0" + area, D(3), D(4)]
        typed = rng.choice(["%s %s %s", "(%s) %s %s", "%s %s%s"]) % tuple(g)
    elif kind == "us":
        g = [str(rng.randint(201, 989)), str(rng.randint(201, 989)), D(4)]
        typed = rng.choice(["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s"]) % tuple(g)
    elif kind == "ie":
        g = ["08" + rng.choice("35679"), D(3), D(4)]
        typed = rng.choice(["%s %s %s", "%s-%s%s", "%s%s%s"]) % tuple(g)
    elif kind == "ukint":
        g = ["+44", "7" + D(3), D(6)]
        typed = rng.choice(["+44 %s %s", "+44%s%s", "+44 (0)%s %s"]) % (g[1], g[2])
    elif kind == "usint":
        g = ["+1", str(rng.randint(201, 989)), str(rng.randint(201, 989)) + D(4)]
        typed = "+1 %s %s-%s" % (g[1], g[2][:3], g[2][3:])
    elif kind == "ieint":
        g = ["+353", "8" + rng.choice("35679"), D(3) + D(4)]
        typed = rng.choice(["+353 %s %s %s", "00353 %s %s %s"]) % (g[1], g[2][:3], g[2][3:])
    elif kind == "fr":
        g = ["+33", rng.choice("67"), D(8)]
        typed = "+33 %s %s" % (g[1], " ".join(g[2][i:i + 2] for i in range(0, 8, 2)))
    else:
        g = ["+49", rng.choice(["30", "89", "40", "151"]), D(8)]
        typed = "+49 %s %s" % (g[1], g[2])
    return kind, typed, g


def say_phone(g, rng, uk=False, pairs=False, fillers=0.0):
    parts = []
    for x in g:
        if x.startswith("+"):
            parts.append("plus " + say(x[1:], rng, doubles=False))
        else:
            parts.append(say(x, rng, uk=uk, pairs=pairs, fillers=fillers, homo=0.1))
    return parts


def make_dob(rng):
    return rng.randint(1, 28), rng.randint(1, 12), rng.randint(1942, 2006)


def dob_typed(d, m, y, rng, us=False):
    f = rng.randint(0, 5)
    if f == 0:
        return "%02d/%02d/%d" % ((m, d, y) if us else (d, m, y))
    if f == 1:
        return "%d-%02d-%02d" % (y, m, d)
    if f == 2:
        return "%s %d, %d" % (MONTHS[m - 1].capitalize(), d, y) if us else "%d %s %d" % (d, MONTHS[m - 1].capitalize(), y)
    if f == 3:
        return "%d.%d.%d" % ((m, d, y) if us else (d, m, y))
    if f == 4:
        return "%02d/%02d/%02d" % ((m, d, y % 100) if us else (d, m, y % 100))
    return "%d%s %s %d" % (d, {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}.get(d, "th"), MONTHS[m - 1][:3].capitalize(), y)


def dob_spoken(d, m, y, rng, us=False):
    f = rng.randint(0, 4)
    if f == 0:
        return "the %s of %s %s" % (ordinal(d), MONTHS[m - 1], say_year(y, rng))
    if f == 1:
        return "%s %s %s" % (MONTHS[m - 1], ordinal(d), say_year(y, rng))
    if f == 2:
        return "%s %s %s" % (say("%02d" % d, rng, doubles=False), say("%02d" % m, rng, doubles=False), say_year(y, rng))
    if f == 3:
        return "%s of %s %s" % (ordinal(d), MONTHS[m - 1], year_pair("%02d" % (y % 100)))
    return "%s %s %s" % (MONTHS[m - 1], say_num(d), say_year(y, rng))


def make_exp(rng):
    return rng.randint(1, 12), rng.randint(2026, 2033)


def exp_typed(m, y, rng):
    return rng.choice(["%02d/%02d" % (m, y % 100), "%02d/%d" % (m, y), "%02d%02d" % (m, y % 100),
                       "%02d-%02d" % (m, y % 100), "%02d / %02d" % (m, y % 100)])


def exp_spoken(m, y, rng):
    f = rng.randint(0, 3)
    mm = "%02d" % m
    if f == 0:
        return "%s %s" % (say(mm, rng, doubles=False), year_pair("%02d" % (y % 100)))
    if f == 1:
        return "%s %s" % (MONTHS[m - 1], say_year(y, rng))
    if f == 2:
        return "%s slash %s" % (say(mm, rng, doubles=False), say("%02d" % (y % 100), rng, doubles=False))
    return "%s %s" % (say(mm, rng, doubles=False), say("%02d" % (y % 100), rng, doubles=False))


def make_address(rng, us=False, spoken=False):
    n = rng.randint(1, 998)
    st = rng.choice(STREETS)
    suf = rng.choice(SUFFIX_US if us else SUFFIX_UK)
    flat = None
    if rng.random() < 0.25:
        flat = rng.randint(1, 40)
    if spoken:
        if flat:
            flat, n = rng.randint(1, 9), rng.randint(10, 99)
        num = say_num(n) if rng.random() < 0.6 else say(str(n), rng, doubles=False)
        s = "%s %s %s" % (num, st, suf)
        if flat:
            s = ("apartment %s " if us else "flat %s ") % say_num(flat) + s
        return s
    s = "%d %s %s" % (n, st.title(), suf.title())
    if flat:
        s = ("Apt %d, " if us else "Flat %d, ") % flat + s
    return s


def rnd_digits(rng, n, first_nonzero=True):
    s = "".join(rng.choice("0123456789") for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = str(rng.randint(1, 9)) + s[1:]
    return s


def make_sort(rng):
    return rng.choice(["20", "40", "30", "60", "77", "83", "90", "11", "09", "23"]) + rnd_digits(rng, 4, False)


# ================================================================ positives
A, C = "agent", "customer"


def p_card_call_one(rng):
    num, br = make_card(rng)
    sp = say(num, rng, fillers=0.08, homo=0.08)
    intro = rng.choice(["yeah it's ", "okay so it's ", "right ", "the long number is ", "um "])
    return [(A, [rng.choice(["can i take the long card number please", "and the sixteen digits on the front of the card", "go ahead with the card number when you're ready"])]),
            (C, [intro, V(sp, "CARD_NUMBER"), rng.choice(["", " and that's a visa debit", " sorry i'm reading it off the card", " yeah"])])], \
        "call/%s: card read in one turn (doubles/fillers/homophones)" % rng.choice(["telecom", "retail", "utilities", "travel"])


def p_card_call_split(rng):
    num, br = make_card(rng, rng.choice(["visa", "mc", "amex", "disc"]))
    gs = card_groups(num, br)
    pairs = rng.random() < 0.4
    turns = [(A, ["okay and the card number please"])]
    bc = ["mhm", "okay go on", "yep", "uh huh", "okay", "got that", "right"]
    for i, g in enumerate(gs):
        lead = rng.choice(["", "", "it's ", "then ", "um "]) if i else rng.choice(["yeah it's ", "right ", "okay "])
        turns.append((C, [lead, V(say(g, rng, uk=True, pairs=pairs), "CARD_NUMBER")]))
        if i < len(gs) - 1:
            turns.append((A, [rng.choice(bc)]))
    turns.append((A, ["lovely and the expiry"]))
    m, y = make_exp(rng)
    turns.append((C, [V(exp_spoken(m, y, rng), "EXPIRY")]))
    return turns, "call/%s: %s card split over customer turns with back-channels%s, then expiry" % (
        rng.choice(["banking", "insurance", "utilities"]), br, " (pairs)" if pairs else "")


def p_card_chat(rng):
    num, br = make_card(rng)
    gs = card_groups(num, br)
    sep = rng.choice([" ", "-", "", "  ", " - ", "."])
    typed = sep.join(gs)
    m, y = make_exp(rng)
    cvv = rnd_digits(rng, 4 if br == "amex" else 3, False)
    order = rnd_digits(rng, 8)
    f = rng.randint(0, 2)
    if f == 0:
        segs = ["hi can u take payment for order #%s pls card is " % order, V(typed, "CARD_NUMBER"),
                " exp ", V(exp_typed(m, y, rng), "EXPIRY"), " cvv ", V(cvv, "CVV")]
    elif f == 1:
        segs = ["Card: ", V(typed, "CARD_NUMBER"), "\nExpiry: ", V(exp_typed(m, y, rng), "EXPIRY"),
                "\nSecurity code: ", V(cvv, "CVV"), "\nAmount: \u00a3%d.%02d" % (rng.randint(10, 900), rng.randint(0, 99))]
    else:
        segs = ["its ", V(typed, "CARD_NUMBER"), " and the code on the back is ", V(cvv, "CVV"),
                ", expires ", V(exp_typed(m, y, rng), "EXPIRY"), " - total should be $%d.%02d" % (rng.randint(10, 900), rng.randint(0, 99))]
    return [(A, ["Please type the card details below, this chat is secure."]), (C, segs)], \
        "chat/retail: typed card (sep %r) with expiry and CVV beside an order number / amount" % sep


def p_card_correction(rng):
    num, br = make_card(rng, "visa")
    gs = card_groups(num, br)
    wrong = list(gs[2])
    k = rng.randrange(4)
    wrong[k] = str((int(wrong[k]) + rng.randint(1, 8)) % 10)
    wrong = "".join(wrong)
    return [(A, ["go ahead with the card"]),
            (C, [V(say(gs[0], rng), "CARD_NUMBER"), " ", V(say(gs[1], rng), "CARD_NUMBER")]),
            (A, ["mhm"]),
            (C, [V(say(wrong, rng, doubles=False), "CARD_NUMBER", "!wrong"), " no sorry ",
                 V(say(gs[2], rng, doubles=False), "CARD_NUMBER"), " ", V(say(gs[3], rng), "CARD_NUMBER")]),
            (A, ["so that's ending ", V(say(gs[3], rng, doubles=False), "CARD_NUMBER", "!rb"), " and the three digit code on the back"]),
            (C, [V(say(rnd_digits(rng, 3, False), rng, doubles=False), "CVV")])], \
        "call/telecom: card with self-correction of a group, agent reads back last four, then CVV"


def p_card_readback(rng):
    num, br = make_card(rng, rng.choice(["visa", "mc"]))
    sp = say(num, rng, uk=True, pairs=True)
    amt = rng.randint(20, 400)
    return [(C, ["i want to pay the %s pounds off my bill" % say_num(amt)]),
            (A, ["no problem whats the card number"]),
            (C, [V(sp, "CARD_NUMBER")]),
            (A, ["let me read that back ", V(say(num, rng, doubles=False), "CARD_NUMBER", "rb"), " is that right"]),
            (C, ["yes that's it"])], \
        "call/utilities: card spoken in pairs, agent reads it back digit by digit next to an amount"


def p_card_two_in_turn(rng):
    n1, b1 = make_card(rng, "visa")
    n2, b2 = make_card(rng, "mc")
    return [(C, ["I have two cards on file the old one was ", V(group4(n1), "CARD_NUMBER", "a"),
                 " and the new one is ", V(group4(n2), "CARD_NUMBER", "b"), " please use the new one"])], \
        "chat/banking: two cards in one message"


def p_ssn_call(rng):
    s = make_ssn(rng)
    f = rng.randint(0, 3)
    if f == 0:
        turns = [(A, ["and for verification can i get your social"]),
                 (C, ["sure it's ", V(say(s, rng, fillers=0.1), "SSN")])]
        n = "one turn"
    elif f == 1:
        turns = [(A, ["i'll need the social security number"]),
                 (C, [V(say(s[:3], rng), "SSN")]), (A, ["okay"]),
                 (C, [V(say(s[3:5], rng, pairs=True), "SSN")]), (A, ["mhm"]),
                 (C, [V(say(s[5:], rng, pairs=True), "SSN")])]
        n = "split 3-2-4 over turns"
    elif f == 2:
        turns = [(A, ["just the last four of your social"]),
                 (C, [V(say(s[5:], rng), "SSN", "!l4")]),
                 (A, ["hmm that doesn't match can you give me the full number"]),
                 (C, ["oh yeah it's ", V(say(s, rng, doubles=False), "SSN")])]
        n = "last four then full"
    else:
        turns = [(A, ["can you confirm your ssn"]),
                 (C, ["yeah ", V(say(s[:3], rng) + " dash " + say(s[3:5], rng) + " dash " + say(s[5:], rng), "SSN"),
                      " and my claim number is %s" % say(rnd_digits(rng, 7), rng, doubles=False)])]
        n = "with spoken dashes next to a claim number"
    return turns, "call/%s: US SSN %s" % (rng.choice(["insurance", "healthcare billing", "banking", "government services"]), n)


def p_ssn_chat(rng):
    s = make_ssn(rng)
    fmt = rng.choice(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s.%s.%s", "%s - %s - %s"]) % (s[:3], s[3:5], s[5:])
    f = rng.randint(0, 2)
    if f == 0:
        segs = ["my ssn is ", V(fmt, "SSN"), " and dob ", V(dob_typed(*make_dob(rng), rng, us=True), "DOB")]
        return [(C, segs)], "chat/healthcare billing: SSN and DOB in one message"
    if f == 1:
        segs = ["SSN: ", V(fmt, "SSN"), " | policy no. %s | premium $%d.%02d" % (rnd_digits(rng, 9), rng.randint(40, 400), rng.randint(0, 99))]
        return [(A, ["Please provide your social security number to continue."]), (C, segs)], \
            "chat/insurance: SSN beside 9-digit policy number and premium"
    segs = ["social is ", V(fmt, "SSN"), " (i called on %s about this, ticket %s)" % ("11/%02d" % rng.randint(1, 28), rnd_digits(rng, 6))]
    return [(C, segs)], "chat/government services: SSN with a ticket number and a call date"


def p_ni_call(rng):
    ni = make_ni(rng)
    f = rng.randint(0, 3)
    if f == 0:
        sp = say_alnum(ni, rng, letter_style=rng.choice(["bare", "nato", "for"]))
        turns = [(A, ["can i take your national insurance number please"]), (C, ["yeah it's ", V(sp, "NI_NUMBER")])]
        n = "one turn"
    elif f == 1:
        turns = [(A, ["and your national insurance number"]),
                 (C, [V(say_letter(ni[0], rng, "for") + " " + say_letter(ni[1], rng, "for"), "NI_NUMBER")]),
                 (A, ["okay"]),
                 (C, [V(say(ni[2:8], rng, uk=True, pairs=True), "NI_NUMBER")]),
                 (A, ["and the letter at the end"]),
                 (C, [V(say_letter(ni[8], rng, "bare"), "NI_NUMBER")])]
        n = "letters/digits/suffix over turns, suffix alone"
    elif f == 2:
        turns = [(A, ["whats your n i number"]),
                 (C, ["um ", V(say_letter(ni[0], rng, "name") + " " + say_letter(ni[1], rng, "name") + " " +
                              say(ni[2:8], rng, uk=True, fillers=0.15) + " " + say_letter(ni[8], rng, "bare"), "NI_NUMBER"),
                      " i think yeah"])]
        n = "ASR letter names (bee/see/kay)"
    else:
        turns = [(A, ["national insurance number"]),
                 (C, [V(say_alnum(ni, rng, letter_style="bare"), "NI_NUMBER"), " and i'm on about %s hours a week" % say_num(rng.randint(12, 40))]),
                 (A, ["so ", V(say_alnum(ni, rng, letter_style="nato"), "NI_NUMBER", "rb"), " yeah"])]
        n = "agent reads back in NATO; hours count after"
    return turns, "call/government services: UK NI number %s" % n


def p_ni_chat(rng):
    ni = make_ni(rng)
    fmt = rng.choice(["%s %s %s %s %s", "%s%s%s%s%s", "%s-%s-%s-%s-%s"]) % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8])
    if rng.random() < 0.4:
        fmt = fmt.lower()
    ctx = rng.choice(["NI no: ", "my national insurance is ", "ni number ", "N.I. ", "nat ins num - "])
    tail = rng.choice([" and my payroll number is %s" % rnd_digits(rng, 6), " thanks", ", tax year 2025/26",
                       " - tax code 1257L", " (claim ref %s)" % rnd_digits(rng, 8)])
    return [(C, [ctx, V(fmt, "NI_NUMBER"), tail])], "chat/government services: typed NI number beside non-PII codes"


def p_bank_uk(rng):
    sc = make_sort(rng)
    acct = rnd_digits(rng, 8, False)
    if rng.random() < 0.5:
        return [(A, ["and the sort code and account number for the direct debit"]),
                (C, ["sort code ", V(say(sc, rng, uk=True, pairs=rng.random() < 0.5), "SORT_CODE"),
                     " account ", V(say(acct, rng, uk=True, fillers=0.1), "BANK_ACCOUNT")]),
                (A, ["and you'd like it to come out on the %s of each month" % ordinal(rng.randint(1, 28))])], \
            "call/utilities: sort code + account in one turn, payment day after (not DOB)"
    fmt = rng.choice(["%s-%s-%s", "%s %s %s", "%s%s%s"]) % (sc[:2], sc[2:4], sc[4:])
    return [(C, ["Sort code ", V(fmt, "SORT_CODE"), ", acc no ", V(acct, "BANK_ACCOUNT"),
                 ". I want the \u00a3%d.%02d refund paid there" % (rng.randint(5, 300), rng.randint(0, 99))])], \
        "chat/telecom: sort code and account typed, refund amount after"


def p_bank_split(rng):
    sc = make_sort(rng)
    acct = rnd_digits(rng, 8, False)
    return [(A, ["what's the account number"]),
            (C, [V(say(acct[:4], rng, uk=True), "BANK_ACCOUNT")]), (A, ["okay go on"]),
            (C, [V(say(acct[4:], rng, uk=True), "BANK_ACCOUNT"), " and the sort code is ",
                 V(say(sc[:2], rng, pairs=True, uk=True) + " " + say(sc[2:4], rng, pairs=True, uk=True) + " " + say(sc[4:], rng, pairs=True, uk=True), "SORT_CODE")])], \
        "call/banking: account split over two turns, sort code in pairs in the same turn"


def p_bank_us(rng):
    routing = rnd_digits(rng, 9, False)
    acct = rnd_digits(rng, rng.randint(10, 12), False)
    if rng.random() < 0.5:
        return [(C, ["routing %s account " % routing, V(acct, "BANK_ACCOUNT"), " checking"])], \
            "chat/banking: US checking account after a routing number (routing not labelled)"
    return [(A, ["and the account number you want the refund to go to"]),
            (C, ["it's a checking account number ", V(say(acct, rng, fillers=0.1), "BANK_ACCOUNT")])], \
        "call/retail: US account number spoken"


def p_iban(rng):
    cc = rng.choice(["GB", "IE", "DE", "FR", "NL", "ES", "IT", "BE"])
    ib = make_iban(rng, cc)
    if rng.random() < 0.6:
        fmt = rng.choice([group4(ib), ib, group4(ib).lower()])
        return [(C, [rng.choice(["IBAN ", "my iban is ", "Please refund to ", "iban: "]), V(fmt, "IBAN"),
                     rng.choice(["", " thanks", ", BIC %s" % rng.choice(["AIBKIE2D", "DEUTDEFF", "BNPAFRPP"]),
                                 " - amount \u20ac%d,%02d" % (rng.randint(10, 900), rng.randint(0, 99))])])], \
            "chat/travel: %s IBAN typed for a refund" % cc
    sp = say_alnum(ib, rng, uk=(cc in ("GB", "IE")), letter_style="bare")
    return [(A, ["can you read me the iban"]), (C, [V(sp, "IBAN")])], "call/banking: %s IBAN spoken letter by letter" % cc


def p_iban_split(rng):
    cc = rng.choice(["IE", "GB", "DE"])
    ib = make_iban(rng, cc)
    chunks = [ib[i:i + 4] for i in range(0, len(ib), 4)]
    half = len(chunks) // 2
    a = " ".join(say_alnum(c, rng, letter_style="bare") for c in chunks[:half])
    b = " ".join(say_alnum(c, rng, letter_style="bare") for c in chunks[half:])
    return [(A, ["go ahead with the iban"]), (C, [V(a, "IBAN")]), (A, ["mhm yep"]), (C, [V(b, "IBAN"), " that's it"])], \
        "call/insurance: %s IBAN split in two turns" % cc


def p_phone_call(rng):
    kind, typed, g = make_phone(rng)
    uk = kind.startswith("uk") or kind.startswith("ie")
    parts = say_phone(g, rng, uk=uk, pairs=rng.random() < 0.3, fillers=0.08)
    if rng.random() < 0.5:
        return [(A, ["whats the best number to reach you on"]),
                (C, [rng.choice(["it's ", "yeah ", "my mobile is "]), V(" ".join(parts), "PHONE"),
                     rng.choice(["", " but i'm out from nine till five", " any time after six"])])], \
            "call/telecom: %s phone number in one turn, times beside it" % kind
    turns = [(A, ["and a contact number"])]
    for i, p in enumerate(parts):
        turns.append((C, [V(p, "PHONE")]))
        if i < len(parts) - 1:
            turns.append((A, [rng.choice(["yep", "mhm", "okay", "go on"])]))
    return turns, "call/%s: %s phone split into groups over turns" % (rng.choice(["utilities", "healthcare billing"]), kind)


def p_phone_chat(rng):
    kind, typed, g = make_phone(rng)
    ctx = rng.choice(["call me back on ", "my number is ", "mob: ", "tel ", "pls text "])
    tail = rng.choice(["", " after 5pm", " between 9-5", " - order 40%s" % rnd_digits(rng, 6), " thx"])
    return [(C, [ctx, V(typed, "PHONE"), tail])], "chat/retail: typed %s phone with time/order nearby" % kind


def p_email(rng):
    if rng.random() < 0.5:
        e = make_email(rng, spoken=True)
        return [(A, ["and what email should we send the confirmation to"]),
                (C, [rng.choice(["it's ", "yeah ", "um it's "]), V(e, "EMAIL")])], "call/travel: spoken e-mail with 'dot'/'at'"
    e = make_email(rng)
    if rng.random() < 0.3:
        e = e.capitalize()
    return [(C, [rng.choice(["email is ", "send it to ", "my email: ", "contact me at "]), V(e, "EMAIL"),
                 rng.choice(["", " pls", ". booking ref QX%s" % rnd_digits(rng, 4)])])], "chat/travel: typed e-mail"


def p_dob(rng):
    d, m, y = make_dob(rng)
    us = rng.random() < 0.5
    if rng.random() < 0.5:
        sp = dob_spoken(d, m, y, rng, us)
        return [(A, ["can i just take your date of birth"]),
                (C, [V(sp, "DOB")]),
                (A, ["thank you and your appointment is on the %s of %s at %s" % (ordinal(rng.randint(1, 28)), rng.choice(MONTHS), rng.choice(["ten", "half two", "nine thirty"]))])], \
            "call/healthcare billing: spoken DOB followed by an appointment date (not DOB)"
    return [(C, [rng.choice(["dob ", "date of birth: ", "born ", "D.O.B "]), V(dob_typed(d, m, y, rng, us), "DOB"),
                 rng.choice(["", ", payment due 01/%02d" % rng.randint(1, 12), " and i'm %d" % (2026 - y)])])], \
        "chat/insurance: typed DOB next to payment date or age"


def p_address_uk(rng):
    spoken = rng.random() < 0.5
    ad = make_address(rng, us=False, spoken=spoken)
    out, inw = make_ukpc(rng)
    town = rng.choice(UK_TOWNS)
    if spoken:
        pc = say_alnum(out, rng, letter_style=rng.choice(["bare", "for", "nato"])) + " " + say_alnum(inw, rng, letter_style="bare")
        return [(A, ["can you confirm the first line of the address and the postcode"]),
                (C, [V(ad, "ADDRESS"), " %s " % town, V(pc, "POSTCODE")])], "call/utilities: spoken UK address + postcode"
    pc = rng.choice([out + " " + inw, out + inw, (out + " " + inw).lower()])
    return [(C, ["new address is ", V(ad, "ADDRESS"), ", %s, " % town.title(), V(pc, "POSTCODE"),
                 rng.choice(["", " from the 1st of next month", " - meter reading 0%s" % rnd_digits(rng, 4)])])], \
        "chat/utilities: typed UK address and postcode"


def p_address_us(rng):
    spoken = rng.random() < 0.5
    ad = make_address(rng, us=True, spoken=spoken)
    town, st = rng.choice(US_TOWNS)
    z = make_zip(rng, plus4=rng.random() < 0.3)
    if spoken:
        zs = say(z.replace("-", ""), rng, doubles=False)
        return [(A, ["what's the billing address"]),
                (C, [V(ad, "ADDRESS"), " %s %s " % (town, " ".join(st)), V(zs, "POSTCODE")])], "call/retail: spoken US address + ZIP"
    return [(C, ["ship to ", V(ad, "ADDRESS"), ", %s, %s " % (town.title(), st.upper()), V(z, "POSTCODE"),
                 rng.choice(["", " - order #%s" % rnd_digits(rng, 7), " asap"])])], "chat/retail: typed US address and ZIP"


def p_postcode_split(rng):
    out, inw = make_ukpc(rng)
    return [(A, ["and the postcode"]),
            (C, [V(say_alnum(out, rng, letter_style="for"), "POSTCODE")]),
            (A, ["yep"]),
            (C, [V(say_alnum(inw, rng, letter_style="bare"), "POSTCODE")])], "call/insurance: postcode split outward/inward over turns"


def p_verify_mix(rng):
    d, m, y = make_dob(rng)
    out, inw = make_ukpc(rng)
    ni = make_ni(rng)
    return [(A, ["for security can i have your date of birth and postcode"]),
            (C, [V(dob_spoken(d, m, y, rng), "DOB"), " and it's ", V(say_alnum(out + inw, rng, letter_style="bare"), "POSTCODE")]),
            (A, ["thanks and your national insurance number"]),
            (C, [V(say_alnum(ni, rng, letter_style=rng.choice(["bare", "for"])), "NI_NUMBER")])], \
        "call/government services: DOB + postcode in one turn, then NI"


def p_us_verify(rng):
    s = make_ssn(rng)
    d, m, y = make_dob(rng)
    z = make_zip(rng)
    return [(A, ["i need to verify a few things first your date of birth"]),
            (C, [V(dob_spoken(d, m, y, rng, True), "DOB")]),
            (A, ["zip code on the account"]),
            (C, [V(say(z, rng), "POSTCODE")]),
            (A, ["and last the social"]),
            (C, [V(say(s, rng, pairs=rng.random() < 0.5), "SSN"), " my balance is like %s hundred bucks" % DIG[rng.randint(2, 9)]])], \
        "call/banking: US verification DOB, ZIP, SSN next to a balance"


def p_card_amex_chat(rng):
    num, br = make_card(rng, "amex")
    cvv = rnd_digits(rng, 4, False)
    m, y = make_exp(rng)
    return [(C, ["amex ", V(" ".join(card_groups(num, br)), "CARD_NUMBER"), " cid ", V(cvv, "CVV"), " good thru ", V(exp_typed(m, y, rng), "EXPIRY")])], \
        "chat/travel: amex 4-6-5 with 4-digit CID"


def p_card_beside_ref(rng):
    num, br = make_card(rng, "visa")
    ref = rnd_digits(rng, 10)
    return [(A, ["i've got your booking reference as %s" % say(ref, rng, doubles=False)]),
            (C, ["yes and the card is ", V(say(num, rng, doubles=True), "CARD_NUMBER")]),
            (A, ["and the security number"]),
            (C, ["three digits ", V(say(rnd_digits(rng, 3, False), rng), "CVV")])], \
        "call/travel: card spoken right after a 10-digit booking reference (ref not PII)"


def p_cvv_exp_split(rng):
    m, y = make_exp(rng)
    return [(A, ["what's the expiry date on the card"]),
            (C, [V(exp_spoken(m, y, rng), "EXPIRY")]),
            (A, ["and the c v v"]),
            (C, [V(say(rnd_digits(rng, 3, False), rng, doubles=False), "CVV"), " sorry it's quite faded"])], \
        "call/retail: spoken expiry and CVV in separate turns"


def p_card_beside_amount(rng):
    num, br = make_card(rng, rng.choice(["visa", "mc"]))
    amt = rnd_digits(rng, 3)
    ref = rnd_digits(rng, 9)
    gs = card_groups(num, br)
    return [(A, ["so the total to pay today is %s point %s pounds on invoice %s" % (say(amt, rng, doubles=False), say("%02d" % rng.randint(0, 99), rng, doubles=False), say(ref, rng, doubles=False))]),
            (C, ["okay card number ", V(" ".join(say(g, rng, uk=True) for g in gs[:2]), "CARD_NUMBER")]),
            (A, ["yep"]),
            (C, [V(" ".join(say(g, rng, uk=True) for g in gs[2:]), "CARD_NUMBER"), " expiry ", V(exp_spoken(*make_exp(rng), rng), "EXPIRY")])], \
        "call/utilities: card right after an amount and a 9-digit invoice number read digit by digit"


def p_phone_beside_ref(rng):
    kind, typed, g = make_phone(rng, rng.choice(["ukmob", "ie", "us"]))
    tk = rnd_digits(rng, 8)
    return [(A, ["your ticket number is %s and we'll call you back within forty eight hours" % say(tk, rng, doubles=False)]),
            (C, ["okay best number is ", V(" ".join(say_phone(g, rng, uk=(kind != "us"))), "PHONE"), " not the landline"])], \
        "call/telecom: phone given right after an 8-digit ticket number read digit by digit"


def p_sort_beside_time(rng):
    sc = make_sort(rng)
    acct = rnd_digits(rng, 8, False)
    return [(C, ["The transfer of \u00a3%s.00 at %02d:%02d on %02d/%02d went to the wrong account, it should be sort code %s account no %s" % (
        "{:,}".format(rng.randint(100, 5000)), rng.randint(8, 20), rng.randint(0, 59), rng.randint(1, 28), rng.randint(1, 12),
        "\x00", "\x01")])], sc, acct


def p_sort_beside_time_wrap(rng):
    turns, sc, acct = p_sort_beside_time(rng)
    text = turns[0][1][0]
    a, rest = text.split("\x00")
    b, c = rest.split("\x01")
    fmt = "%s-%s-%s" % (sc[:2], sc[2:4], sc[4:])
    return [(C, [a, V(fmt, "SORT_CODE"), b, V(acct, "BANK_ACCOUNT"), c])], \
        "chat/banking: sort code and account beside an amount, a time and a transaction date"


def p_postcode_beside_room(rng):
    out, inw = make_ukpc(rng)
    ad = make_address(rng)
    return [(C, ["Hi I stayed in room %d from %02d/%02d for %d nights, please post the receipt to " % (rng.randint(100, 650), rng.randint(1, 28), rng.randint(1, 12), rng.randint(2, 7)),
                 V(ad, "ADDRESS"), ", %s " % rng.choice(UK_TOWNS).title(), V(out + " " + inw, "POSTCODE"),
                 ". Booking ref %s" % rnd_digits(rng, 8)])], "chat/travel: address and postcode beside room number, date, nights, booking ref"


def p_email_beside_order(rng):
    e = make_email(rng, spoken=True)
    return [(A, ["that's order number %s for %s pounds %s" % (say(rnd_digits(rng, 8), rng), say_num(rng.randint(10, 300)), say_num(rng.randint(1, 99)))]),
            (C, ["great can you email the receipt to ", V(e, "EMAIL"), " please"])], \
        "call/retail: spoken e-mail after an order number and amount"


def p_dob_beside_dates(rng):
    d, m, y = make_dob(rng)
    return [(A, ["i can see a payment on the %s of %s %s" % (ordinal(rng.randint(1, 28)), rng.choice(MONTHS), say_year(2026, rng))]),
            (C, ["yeah that was me"]),
            (A, ["okay just to confirm it's you your date of birth"]),
            (C, ["it's ", V(dob_spoken(d, m, y, rng), "DOB"), " and i'm %s now" % say_num(2026 - y)])], \
        "call/banking: DOB after a payment date, age mentioned after"


def p_chitchat_card(rng):
    num, br = make_card(rng, rng.choice(["visa", "mc"]))
    gs = card_groups(num, br)
    kind, typed, g = make_phone(rng, "ukmob")
    return [(A, ["right can i take the card number"]),
            (C, ["hang on let me find my glasses ", V(say(gs[0], rng, uk=True), "CARD_NUMBER"), " sorry the dog's going mad ",
                 V(say(gs[1], rng, uk=True), "CARD_NUMBER")]),
            (A, ["no worries take your time"]),
            (C, [V(say(gs[2], rng, uk=True, fillers=0.2), "CARD_NUMBER"), " and then ", V(say(gs[3], rng, uk=True), "CARD_NUMBER"),
                 " i've been on hold for %s minutes you know" % say_num(rng.randint(20, 59))]),
            (A, ["sorry about that and a number in case we get cut off"]),
            (C, ["yeah my mobile ", V(" ".join(say_phone(g, rng, uk=True)), "PHONE"), " it's on %s percent battery though" % say_num(rng.randint(2, 15))])], \
        "call/telecom: card mixed with chit-chat inside turns, hold time, phone beside battery percentage"


POS_TEMPLATES = [
    (p_card_call_one, 14), (p_card_call_split, 10), (p_card_chat, 12), (p_card_correction, 5),
    (p_card_readback, 5), (p_card_two_in_turn, 3), (p_card_amex_chat, 4), (p_card_beside_ref, 5),
    (p_ssn_call, 16), (p_ssn_chat, 12), (p_ni_call, 16), (p_ni_chat, 12),
    (p_bank_uk, 9), (p_bank_split, 5), (p_bank_us, 6), (p_iban, 12), (p_iban_split, 4),
    (p_phone_call, 10), (p_phone_chat, 9), (p_email, 14), (p_dob, 10),
    (p_address_uk, 10), (p_address_us, 8), (p_postcode_split, 4), (p_verify_mix, 6), (p_us_verify, 6),
    (p_cvv_exp_split, 6), (p_card_beside_amount, 6), (p_phone_beside_ref, 6), (p_sort_beside_time_wrap, 5),
    (p_postcode_beside_room, 5), (p_email_beside_order, 5), (p_dob_beside_dates, 5), (p_chitchat_card, 5),
]


# ================================================================ negatives
def n_order_digits(rng):
    ref = rnd_digits(rng, rng.randint(8, 10))
    w = rng.choice(["order number", "reference number", "case number", "ticket number", "invoice number", "claim number"])
    return [(A, ["can i take the %s please" % w]),
            (C, ["yeah the %s is %s" % (w, say(ref, rng, fillers=0.08))])], \
        "call/retail: %s read digit by digit (8-10 digits) with its reference word" % w


def n_ref_split(rng):
    ref = rnd_digits(rng, 10)
    return [(A, ["what's the claim reference"]), (C, ["it's %s" % say(ref[:5], rng)]), (A, ["mhm"]),
            (C, [say(ref[5:], rng)]), (A, ["thanks that's claim %s" % say(ref, rng, doubles=False)])], \
        "call/insurance: 10-digit claim reference split over turns and read back"


def n_ref_chat(rng):
    f = rng.randint(0, 5)
    if f == 0:
        s = "Order #%s hasn't arrived, tracking says %s" % (rnd_digits(rng, 9), "JD" + rnd_digits(rng, 8))
    elif f == 1:
        s = "invoice no. INV-%s-%s shows \u00a3%d.%02d but i was quoted less" % (rnd_digits(rng, 4), rnd_digits(rng, 6), rng.randint(50, 900), rng.randint(0, 99))
    elif f == 2:
        s = "Tracking number: %s%s%sGB" % (rng.choice(["AB", "RM", "LX"]), rnd_digits(rng, 9), "")
    elif f == 3:
        s = "case ref %s-%s, ticket %s" % (rnd_digits(rng, 4), rnd_digits(rng, 6), rnd_digits(rng, 7))
    elif f == 4:
        s = "my claim number is CLM%s and the policy is POL/%s/%s" % (rnd_digits(rng, 8), rnd_digits(rng, 4), rnd_digits(rng, 3))
    else:
        s = "booking ref %s, confirmation %s" % ("".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6)), rnd_digits(rng, 10))
    return [(C, [s])], "chat/retail: reference/tracking/invoice numbers with their names"


def n_amount_digits(rng):
    amt = rng.randint(1000, 99999)
    cents = rng.randint(0, 99)
    f = rng.randint(0, 2)
    if f == 0:
        t = "the amount owing is %s point %s pounds" % (say(str(amt), rng, doubles=False), say("%02d" % cents, rng, doubles=False))
    elif f == 1:
        t = "so that's %s thousand %s and %s cents on the account" % (say_num(amt // 1000 % 1000), say_num(amt % 1000), say_num(cents))
    else:
        t = "i paid %s euro %s last tuesday" % (say(str(amt), rng, doubles=False), say_num(cents))
    return [(A, [t]), (C, ["okay and when's that due"]), (A, ["by the %s of %s" % (ordinal(rng.randint(1, 28)), rng.choice(MONTHS))])], \
        "call/banking: amount read digit by digit and a payment due date"


def n_balance(rng):
    return [(C, ["whats my balance"]),
            (A, ["your current balance is %s thousand %s pounds and %s pence with a limit of %s thousand" %
                 (say_num(rng.randint(1, 30)), say_num(rng.randint(1, 999)), say_num(rng.randint(1, 99)), say_num(rng.randint(1, 20)))]),
            (C, ["and the apr"]), (A, ["twenty %s point %s percent" % (DIG[rng.randint(1, 9)], DIG[rng.randint(0, 9)])])], \
        "call/banking: balance, credit limit and APR"


def n_hours(rng):
    f = rng.randint(0, 3)
    if f == 0:
        t = "our lines are open eight till eight monday to friday and nine till five on saturdays"
    elif f == 1:
        t = "we're open from %s to %s weekdays and %s to %s at weekends" % (
            rng.choice(["seven thirty", "eight thirty", "nine"]), rng.choice(["eight", "six thirty", "five forty five"]),
            rng.choice(["ten", "nine"]), rng.choice(["four", "two"]))
    elif f == 2:
        t = "Our opening hours are 08:00-20:00 Mon-Fri, 09:00-17:00 Sat, 10:00-16:00 Sun"
    else:
        t = "the engineer will come between %s and %s on %s the %s" % (
            rng.choice(["seven", "eight", "twelve"]), rng.choice(["one", "six"]), rng.choice(["monday", "thursday"]), ordinal(rng.randint(1, 30)))
    return [(A, [t]), (C, ["okay thanks"])], "call/telecom: opening hours / time windows that look like digit strings"


def n_model_serial(rng):
    f = rng.randint(0, 3)
    if f == 0:
        return [(A, ["what's the model number on the back of the router"]),
                (C, ["it says %s %s" % (say_letter(rng.choice("ktp"), rng, "bare") + " " + say_letter(rng.choice("gxr"), rng, "bare"),
                                        say(rnd_digits(rng, 4), rng))])], "call/telecom: router model number spoken"
    if f == 1:
        sn = rnd_digits(rng, 10)
        return [(A, ["and the serial number on the boiler"]), (C, ["serial %s" % say(sn, rng, uk=True, fillers=0.1)])], \
            "call/utilities: 10-digit serial number read out"
    if f == 2:
        return [(C, ["Model: WM-%s%s, serial no. %s%s, bought %s for \u00a3%d" % (
            rnd_digits(rng, 4), rng.choice("ABX"), rng.choice(["SN", "S/N "]), rnd_digits(rng, 10),
            "%02d/%02d/%d" % (rng.randint(1, 28), rng.randint(1, 12), rng.randint(2019, 2025)), rng.randint(200, 999))])], \
            "chat/retail: washing machine model/serial and purchase date"
    return [(C, ["the fridge model is %s and the product code is %s" % (
        "RB%s%s" % (rnd_digits(rng, 2), "".join(rng.choice("ABNRS") for _ in range(5))), rnd_digits(rng, 8))])], \
        "chat/retail: appliance model and product code"


def n_meter(rng):
    f = rng.randint(0, 2)
    r1, r2 = "%05d" % rng.randint(0, 99999), "%06d" % rng.randint(0, 999999)
    if f == 0:
        return [(A, ["can you give me a meter reading"]),
                (C, ["yeah the electric is %s and the gas is %s" % (say(r1, rng, uk=True), say(r2, rng, uk=True))])], \
            "call/utilities: meter readings read digit by digit (5 and 6 digits)"
    if f == 1:
        return [(C, ["Meter reading today: day %s night %s, serial %s" % (r1, r2, "E" + rnd_digits(rng, 2) + "Z" + rnd_digits(rng, 5))])], \
            "chat/utilities: typed day/night meter readings"
    return [(A, ["your last reading was %s on the %s of %s" % (say(r1, rng), ordinal(rng.randint(1, 28)), rng.choice(MONTHS))]),
            (C, ["okay it's %s now" % say(r2, rng)]), (A, ["so you used %s units" % say_num(rng.randint(100, 999))])], \
        "call/utilities: previous and current readings plus usage"


def n_appointment(rng):
    d, m = rng.randint(1, 28), rng.randint(1, 12)
    f = rng.randint(0, 3)
    if f == 0:
        return [(A, ["i've booked you in for the %s of %s at %s" % (ordinal(d), MONTHS[m - 1], rng.choice(["ten fifteen", "half nine", "two o'clock"]))]),
                (C, ["the %s of %s lovely" % (ordinal(d), MONTHS[m - 1])])], "call/healthcare billing: appointment date read back (not DOB)"
    if f == 1:
        return [(C, ["can i move my appointment from %02d/%02d/2026 to %02d/%02d/2027?" % (d, m, rng.randint(1, 28), rng.randint(1, 12))])], \
            "chat/healthcare billing: two appointment dates"
    if f == 2:
        return [(A, ["your contract started on the %s of %s %s and runs for twenty four months" % (ordinal(d), MONTHS[m - 1], say_year(rng.randint(2019, 2025), rng))])], \
            "call/telecom: contract start date with year"
    return [(A, ["the direct debit of %s pounds will be taken on the %s of every month starting %s %s" % (
        say_num(rng.randint(20, 200)), ordinal(rng.randint(1, 28)), MONTHS[m - 1], say_year(2027, rng))])], \
        "call/utilities: direct debit date and amount"


def n_last4(rng):
    l4 = rnd_digits(rng, 4, False)
    f = rng.randint(0, 2)
    if f == 0:
        return [(A, ["i can see a visa ending in %s is that the one you want to use" % say(l4, rng)]), (C, ["yeah the one ending %s" % say(l4, rng, doubles=False)])], \
            "call/retail: card last-four mentions only"
    if f == 1:
        return [(C, ["The payment went out of my card ending ****%s on the %d%s for \u00a3%d.%02d" % (l4, rng.randint(4, 9), "th", rng.randint(10, 500), rng.randint(0, 99))])], \
            "chat/banking: masked card last four, date and amount"
    return [(A, ["the account ending %s has a pending payment of %s pounds" % (say(l4, rng), say_num(rng.randint(10, 900)))])], \
        "call/banking: account last four and pending amount"


def n_flight(rng):
    f = rng.randint(0, 2)
    al = rng.choice(["EI", "BA", "FR", "LH", "AA", "UA"])
    fn = str(rng.randint(100, 9999))
    if f == 0:
        return [(C, ["I was on flight %s %s on %s %d and my bag never arrived, tag number %s%s" % (
            al, fn, MONTHS[rng.randint(0, 11)].capitalize(), rng.randint(1, 28), al, rnd_digits(rng, 6))])], \
            "chat/travel: flight number, date and bag tag"
    if f == 1:
        return [(A, ["you're on the %s %s departing at %s from gate %s" % (" ".join(al.lower()), say(fn, rng, doubles=False), rng.choice(["fourteen thirty", "oh six fifty", "nine forty"]), say_num(rng.randint(1, 60)))])], \
            "call/travel: flight number, departure time, gate"
    return [(A, ["that's room %s on the %s floor for %s nights checking in on the %s" % (
        say(str(rng.randint(101, 999)), rng, doubles=False), ordinal(rng.randint(1, 9)), say_num(rng.randint(2, 14)), ordinal(rng.randint(1, 28)))])], \
        "call/travel: hotel room number, floor, nights, check-in date"


def n_speed_temp(rng):
    f = rng.randint(0, 3)
    if f == 0:
        return [(C, ["i'm paying for %s meg but only getting %s point %s" % (say_num(rng.randint(100, 900)), say_num(rng.randint(10, 99)), DIG[rng.randint(0, 9)])])], \
            "call/telecom: broadband speeds"
    if f == 1:
        return [(C, ["the heating is set to %s degrees but the house is at %s" % (say_num(rng.randint(18, 24)), say_num(rng.randint(10, 16)))])], \
            "call/utilities: temperatures"
    if f == 2:
        return [(C, ["my son is %s and my daughter is %s, can they both go on the family plan with %sGB each?" % (rng.randint(11, 17), rng.randint(5, 10), rng.choice([10, 20, 50, 100]))])], \
            "chat/telecom: ages and data allowance"
    return [(A, ["you've used %s minutes and %s texts this month and you've got %s gig of data left" % (say_num(rng.randint(100, 999)), say_num(rng.randint(10, 500)), say_num(rng.randint(1, 40)))])], \
        "call/telecom: usage counts"


def n_prices(rng):
    return [(C, ["Why is my bill \u00a3%d.%02d when the plan is \u00a3%d.99/month? Last month was $%s" % (
        rng.randint(50, 300), rng.randint(0, 99), rng.randint(10, 60), "{:,}".format(rng.randint(1000, 3999)) + ".%02d" % rng.randint(0, 99))])], \
        "chat/telecom: several prices with currency and thousand separators"


def n_years(rng):
    y1 = rng.randint(1990, 2015)
    return [(C, ["i've been a customer since %s and my house was built in %s" % (say_year(y1, rng), say_year(rng.randint(1900, 1980), rng))]),
            (A, ["thank you for %s years with us" % say_num(2026 - y1)])], "call/insurance: years and durations (not DOB)"


def n_policy_call(rng):
    pol = rnd_digits(rng, 9)
    return [(A, ["can i have your policy number"]),
            (C, ["it's %s %s" % (" ".join(say_letter(c, rng, "bare") for c in rng.choice(["hx", "mp", "car"])), say(pol, rng, pairs=True, uk=True))]),
            (A, ["thanks and the vehicle is a %s registered in %s" % (rng.choice(["twenty nineteen golf", "twenty twenty two corolla"]), say_year(rng.randint(2015, 2024), rng))])], \
        "call/insurance: policy number in pairs with letters; vehicle year"


def n_ivr(rng):
    return [(A, ["press one for billing two for technical support or stay on the line"]),
            (C, ["i pressed %s then %s and got cut off after %s minutes" % (DIG[rng.randint(1, 9)], DIG[rng.randint(1, 9)], say_num(rng.randint(5, 59)))])], \
        "call/telecom: IVR options and duration"


def n_quantity(rng):
    return [(C, ["We ordered %d units of SKU %s at \u20ac%d,%02d each, delivery %d-%d working days, PO %s" % (
        rng.randint(10, 500), rnd_digits(rng, 7), rng.randint(1, 99), rng.randint(0, 99), rng.randint(2, 4), rng.randint(5, 9), rnd_digits(rng, 8))])], \
        "chat/retail: quantity, SKU, unit price, PO number"


def n_mixed(rng):
    return [(A, ["so i've raised ticket %s for you" % say(rnd_digits(rng, 8), rng, doubles=False)]),
            (C, ["okay and the refund of %s pounds %s" % (say_num(rng.randint(10, 500)), say_num(rng.randint(1, 99)))]),
            (A, ["it'll take three to five working days so around the %s" % ordinal(rng.randint(1, 28))]),
            (C, ["and my order ends in %s" % say(rnd_digits(rng, 4), rng)])], \
        "call/retail: ticket number, refund amount, date, order last four"


def n_leading_zero_ref(rng):
    ref = "0" + rnd_digits(rng, 9, False)
    w = rng.choice(["reference number", "customer reference", "case reference", "order number"])
    return [(A, ["your %s is %s" % (w, say(ref, rng, uk=True))]), (C, ["so that's %s" % say(ref, rng, uk=True, doubles=False)]), (A, ["that's right"])], \
        "call/utilities: 10-digit %s starting with zero (phone-shaped) and read back" % w


def n_expiry_like(rng):
    f = rng.randint(0, 2)
    if f == 0:
        return [(C, ["My contract ends %02d/%02d and the promo expires %02d/%02d/%d, can I renew early?" % (rng.randint(1, 12), rng.randint(26, 29), rng.randint(1, 28), rng.randint(1, 12), rng.randint(2026, 2028))])], \
            "chat/telecom: contract end and promotion expiry dates (not card expiry)"
    if f == 1:
        return [(A, ["the offer runs until the end of %s %s and the voucher is valid for %s months" % (rng.choice(MONTHS), say_year(rng.randint(2026, 2028), rng), say_num(rng.randint(3, 24)))])], \
            "call/retail: offer end date and validity period"
    return [(A, ["your fixed tariff ends on the %s of %s so from %s %s you'd move to the variable rate" % (ordinal(rng.randint(1, 28)), rng.choice(MONTHS), rng.choice(MONTHS), say_year(2027, rng))])], \
        "call/utilities: tariff end dates"


def n_rates(rng):
    return [(A, ["the unit rate is %s point %s pence per kilowatt hour and the standing charge is %s point %s pence a day" % (
        say_num(rng.randint(18, 35)), say(rnd_digits(rng, 2, False), rng, doubles=False), say_num(rng.randint(30, 70)), say(rnd_digits(rng, 2, False), rng, doubles=False))]),
            (C, ["and what's my estimated annual usage"]), (A, ["about %s thousand %s kilowatt hours" % (say_num(rng.randint(2, 9)), say_num(rng.randint(100, 999)))])], \
        "call/utilities: unit rates and usage figures"


def n_mixed_chat(rng):
    return [(C, ["Hi, order %s (placed %02d/%02d at %d:%02dpm) - I was charged %s twice, %d items, parcel weight %.1fkg, tracking %s%s. Call centre said 3-5 days on %s" % (
        rnd_digits(rng, 10), rng.randint(1, 28), rng.randint(1, 12), rng.randint(1, 11), rng.randint(0, 59),
        "\u20ac%d.%02d" % (rng.randint(10, 999), rng.randint(0, 99)), rng.randint(1, 9), rng.uniform(0.5, 20),
        rng.choice(["H", "DPD", "YOD"]), rnd_digits(rng, 10), "%02d/%02d" % (rng.randint(1, 28), rng.randint(1, 12)))])], \
        "chat/retail: dense message of order number, times, amounts, weights, tracking number"


def n_card_last4_call(rng):
    l4 = rnd_digits(rng, 4, False)
    return [(C, ["i got charged %s pounds %s on the card ending in %s on the %s" % (say_num(rng.randint(10, 999)), say_num(rng.randint(1, 99)), say(l4, rng, pairs=True), ordinal(rng.randint(1, 28)))]),
            (A, ["i can see that the transaction id is %s" % say(rnd_digits(rng, 9), rng, doubles=False)])], \
        "call/banking: card last four in pairs, amount, date, 9-digit transaction id"


def n_chitchat(rng):
    return [(C, ["honestly i've been with you %s years i've rung %s times this week and been on hold %s minutes each time" % (say_num(rng.randint(3, 25)), DIG[rng.randint(3, 7)], say_num(rng.randint(20, 59)))]),
            (A, ["i'm really sorry about that i've added a credit of %s pounds %s" % (say_num(rng.randint(5, 50)), say_num(rng.randint(1, 99)))]),
            (C, ["and my bill went from %s to %s in %s" % (say_num(rng.randint(30, 60)), say_num(rng.randint(61, 99)), rng.choice(MONTHS))])], \
        "call/telecom: complaint with years, counts, durations, credit and bill amounts"


NEG_TEMPLATES = [
    (n_order_digits, 10), (n_ref_split, 5), (n_ref_chat, 10), (n_amount_digits, 6), (n_balance, 4),
    (n_hours, 6), (n_model_serial, 8), (n_meter, 7), (n_appointment, 8), (n_last4, 7), (n_flight, 6),
    (n_speed_temp, 6), (n_prices, 4), (n_years, 4), (n_policy_call, 4), (n_ivr, 3), (n_quantity, 4), (n_mixed, 6),
    (n_leading_zero_ref, 6), (n_expiry_like, 6), (n_rates, 4), (n_mixed_chat, 5), (n_card_last4_call, 5), (n_chitchat, 4),
]


# ================================================================ normalisation / validation
UNIT = {w: str(i) for i, w in enumerate(DIG)}
UNIT.update({"oh": "0", "o": "0", "nought": "0"})
HOMO_W = {"to": "2", "too": "2", "for": "4", "ate": "8", "won": "1"}
TEEN_W = {w: str(10 + i) for i, w in enumerate(TEENS)}
TENS_W = {v: k for k, v in TENS.items()}
FILL_W = set(FILLERS) | {"plus", "dash", "slash", "and"}
LNAME_W = {v: k for k, v in LETTER_NAMES.items()}
LNAME_W.update({"sea": "c", "cue": "q", "queue": "q", "zee": "z", "ay": "a", "eye": "i"})
NATO_W = {v: k for k, v in NATO.items()}


def spoken_to_str(text, alnum=False):
    """Normalise a spoken/typed value to its characters; None if unparseable."""
    t = text.lower()
    if re.search(r"\d", t) and not re.search(r"\b(" + "|".join(DIG + list(TENS.values()) + TEENS) + r")\b", t):
        return re.sub(r"[^a-z0-9]", "", t).upper() if alnum else re.sub(r"[^0-9]", "", t)
    if alnum:
        t = re.sub(r"\b([a-z]) (?:for|as in) [a-z]+\b", r"\1", t)
    toks = re.findall(r"[a-z]+|\d", t)
    out = ""
    i = 0
    while i < len(toks):
        w = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if w in ("double", "triple") and nxt is not None:
            ch = spoken_to_str(nxt, alnum)
            if not ch or len(ch) != 1:
                return None
            out += ch * (2 if w == "double" else 3)
            i += 2
            continue
        if w in UNIT:
            out += UNIT[w]
        elif w.isdigit():
            out += w
        elif w in TEEN_W:
            out += TEEN_W[w]
        elif w in TENS_W:
            if nxt in UNIT and UNIT[nxt] != "0" and nxt not in ("o", "oh"):
                out += TENS_W[w] + UNIT[nxt]
                i += 1
            else:
                out += TENS_W[w] + "0"
        elif w in FILL_W:
            pass
        elif not alnum and w in HOMO_W:
            out += HOMO_W[w]
        elif alnum and w in NATO_W:
            out += NATO_W[w]
        elif alnum and w in LNAME_W:
            out += LNAME_W[w]
        elif alnum and len(w) == 1:
            out += w
        else:
            return None
        i += 1
    return out.upper()


UK_PC = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[ABD-HJLNP-UW-Z]{2}$")
NI_RE = re.compile(r"^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$")
STREET_SUFFIX = set(SUFFIX_UK) | set(SUFFIX_US)


def validate(typ, frags, partial):
    raw = " ".join(frags)
    if typ == "EMAIL":
        e = raw.lower()
        if "@" not in e:
            e = re.sub(r"\s+at\s+", "@", " " + e + " ").strip()
            e = re.sub(r"\s*\bdot\b\s*", ".", e)
            e = re.sub(r"\s*\bunderscore\b\s*", "_", e)
            e = re.sub(r"\s*\bdash\b\s*", "-", e)
            e = e.replace(" ", "")
        return bool(re.match(r"^[a-z0-9._+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$", e)), e
    if typ == "ADDRESS":
        toks = re.findall(r"[a-z]+|\d+", raw.lower())
        ok = bool(toks) and (toks[0].isdigit() or toks[0] in UNIT or toks[0] in TENS_W or toks[0] in TEEN_W
                             or toks[0] in ("flat", "apt", "apartment")) and any(t in STREET_SUFFIX for t in toks)
        return ok, raw
    if typ in ("DOB", "EXPIRY"):
        low = raw.lower()
        low = re.sub(r"\btwo thousand and\b", "two oh oh", low)
        low = re.sub(r"\btwo thousand\b", "two oh oh oh", low)
        has_month = any(m in low for m in MONTHS) or bool(re.search(r"\b(jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec)\b", low))
        if has_month:
            return True, raw
        if re.search(r"\d", low):
            ds = re.sub(r"\D", "", low)
        else:
            ds = ""
            for part in re.split(r"\s+slash\s+", low):
                s = spoken_to_str(part)
                if s is None:
                    return False, raw
                ds += s
        if typ == "EXPIRY":
            return len(ds) in (4, 6) and 1 <= int(ds[:2]) <= 12, ds
        return len(ds) in (6, 8) or bool(re.search(r"\d{4}", ds)), ds
    alnum = typ in ("NI_NUMBER", "IBAN", "POSTCODE")
    s = spoken_to_str(raw, alnum)
    if s is None:
        return False, "unparseable: " + raw
    if partial:
        return bool(s) and s.isdigit(), s
    if typ == "CARD_NUMBER":
        return s.isdigit() and 13 <= len(s) <= 19 and luhn_ok(s), s
    if typ == "CVV":
        return s.isdigit() and len(s) in (3, 4), s
    if typ == "SSN":
        return s.isdigit() and len(s) == 9 and s[:3] not in ("000", "666") and s[3:5] != "00", s
    if typ == "NI_NUMBER":
        return bool(NI_RE.match(s)) and s[:2] not in NI_BAD, s
    if typ == "BANK_ACCOUNT":
        return s.isdigit() and 6 <= len(s) <= 12, s
    if typ == "SORT_CODE":
        return s.isdigit() and len(s) == 6, s
    if typ == "PHONE":
        return s.isdigit() and 10 <= len(s) <= 13, s
    if typ == "IBAN":
        cc = s[:2]
        if IBAN_LEN.get(cc) != len(s):
            return False, s
        num = "".join(str(int(ch, 36)) for ch in s[4:] + s[:4])
        return int(num) % 97 == 1, s
    if typ == "POSTCODE":
        return bool(UK_PC.match(s)) or bool(re.match(r"^\d{5}(\d{4})?$", s)), s
    return False, s


# ================================================================ generation
def generate():
    rng = random.Random(SEED)
    cases, groups_all = [], []
    pos, neg = [], []
    for fn, n in POS_TEMPLATES:
        for _ in range(n):
            turns, note = fn(rng)
            pos.append(build(turns, note))
    for fn, n in NEG_TEMPLATES:
        for _ in range(n):
            turns, note = fn(rng)
            neg.append(build(turns, note))
    rng.shuffle(pos)
    rng.shuffle(neg)
    for i, (c, g) in enumerate(pos, 1):
        cases.append(dict(id="%s-pos-%03d" % (PREFIX, i), kind="positive", turns=c["turns"], spans=c["spans"], note=c["note"]))
        groups_all.append(g)
    for i, (c, g) in enumerate(neg, 1):
        cases.append(dict(id="%s-neg-%03d" % (PREFIX, i), kind="negative", turns=c["turns"], spans=[], note=c["note"]))
        groups_all.append(g)
    text = "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cases)
    return cases, groups_all, text


def counts(cases):
    per = {t: 0 for t in TYPES}
    for c in cases:
        for s in c["spans"]:
            per[s["type"]] += 1
    npos = sum(c["kind"] == "positive" for c in cases)
    return per, npos, len(cases) - npos


def readme(cases):
    per, npos, nneg = counts(cases)
    rows = "\n".join("| %s | %d |" % (t, per[t]) for t in TYPES)
    return """# pii_holdout127 - held-out PII redaction evaluation set

**Never use this set for tuning.** It exists only to measure the redactor on data
its authors never saw. Do not add its values or phrasings to rules, lexicons or
training data; do not iterate on the redactor against it.

## Provenance

Written by an AI helper acting as an independent author. The author did not see
the redaction code, its tests, its docs, the benchmark, or any other PII fixture;
the only material consulted was a three-line example of the JSONL format.
Cases are produced by `scripts/make_pii_holdout127.py` (standard library only) from
template functions; every value comes from one `random.Random(%d)`, and offsets
are computed from (text, TYPE) segments, never typed by hand. The output is
byte-for-byte reproducible: `python scripts/make_pii_holdout127.py --check`
regenerates the file, compares it, and validates every labelled value after
normalising spoken forms (Luhn for cards, mod-97 for IBANs, NI format, 9 digits for
SSN, 6 for sort codes, digit counts for CVV/phone/account, UK postcode / US ZIP shapes).

## Contents

%d cases: %d positive, %d negative. Chat cases are typed (mixed separators, case,
labels like `exp`/`cvv`); call cases are ASR-style (lower case, numbers as words,
"oh"/"o"/"nought"/"zero", "double"/"triple", pairs such as "forty one", letters as
"b for bravo"/NATO/letter names like "bee", fillers "um"/"er" inside readings,
homophones "for"/"to"/"ate"/"won", values split over several customer turns with
agent back-channels, self-corrections and agent read-backs).

| type | spans |
|---|---|
%s

## Annotation conventions

- A span covers the value only: the digits / words of the value, including
  separators, fillers ("um"), "double"/"triple", "dash"/"slash" and spelled-letter
  phrases ("b for bravo") that fall *inside* the reading. Lead-in words ("it's",
  "my number is", "sort code") are outside.
- A value split over several turns gets one span per turn, all with the same type.
- Agent read-backs of a value are labelled too. In a self-correction both the
  wrong and the corrected readings are labelled (the wrong one is still card data).
  A partial reading (last four of a card or of an SSN) is labelled with the full
  value's type *only in a case where the full value is also given*; stand-alone
  "card ending 1234" / "account ending 1234" mentions in negatives are not PII
  for this set.
- ADDRESS = house/flat number + street name + street type; the town/state are not
  in the span; the postcode/ZIP is its own POSTCODE span.
- EXPIRY = month and year only; DOB = the full date as said (ordinals, month name, year).
- PHONE includes the international prefix ("+44", "plus three five three") and
  any parentheses of the area code.
- US bank routing numbers are not labelled (only the account number is).
- Negatives contain no PII at all: references, order/ticket/claim/invoice/policy
  numbers (<= 10 digits, always with their name), tracking numbers, amounts read
  digit by digit, balances, APRs, opening hours, times, durations, model and serial
  numbers, meter readings, appointment/payment/contract dates, card/account
  last-four mentions, flight/room/gate numbers, speeds, temperatures, ages, years,
  quantities and prices.

## Scoring reminder

A labelled span is found when every letter/digit inside it is redacted; a negative
case fails if anything in it is redacted.
""" % (SEED, len(cases), npos, nneg, rows)


def check():
    problems = []
    cases, groups_all, text = generate()
    try:
        with open(CASES, encoding="utf-8") as fh:
            on_disk = fh.read()
    except OSError as e:
        on_disk = None
        problems.append("cannot read %s: %s" % (CASES, e))
    if on_disk is not None and on_disk != text:
        problems.append("cases.jsonl differs from regenerated output")
    try:
        with open(README, encoding="utf-8") as fh:
            if fh.read() != readme(cases):
                problems.append("README.md differs from regenerated output")
    except OSError as e:
        problems.append("cannot read README: %s" % e)
    if on_disk:
        try:
            parsed = [json.loads(l) for l in on_disk.splitlines()]
        except ValueError as e:
            parsed = None
            problems.append("cases.jsonl is not valid JSONL: %s" % e)
        if parsed is not None and parsed != cases:
            problems.append("parsed file != generated cases")
    ids = [c["id"] for c in cases]
    if len(set(ids)) != len(ids):
        problems.append("duplicate ids")
    for c, groups in zip(cases, groups_all):
        cid = c["id"]
        if set(c) != {"id", "kind", "turns", "spans", "note"}:
            problems.append("%s: bad keys" % cid)
        for t in c["turns"]:
            if t["speaker"] not in ("agent", "customer") or not t["text"]:
                problems.append("%s: bad turn" % cid)
        if c["kind"] == "negative":
            if c["spans"] or groups:
                problems.append("%s: negative with spans" % cid)
            if not cid.startswith(PREFIX + "-neg-"):
                problems.append("%s: id" % cid)
            continue
        if not c["spans"]:
            problems.append("%s: positive without spans" % cid)
        if not cid.startswith(PREFIX + "-pos-"):
            problems.append("%s: id" % cid)
        by_turn = {}
        for s in c["spans"]:
            if s["type"] not in TYPES:
                problems.append("%s: bad type %s" % (cid, s["type"]))
            if not (0 <= s["turn"] < len(c["turns"])):
                problems.append("%s: turn out of range" % cid)
                continue
            txt = c["turns"][s["turn"]]["text"]
            a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(txt)):
                problems.append("%s: offsets out of range" % cid)
                continue
            frag = txt[a:b]
            if frag != frag.strip():
                problems.append("%s: span has edge whitespace %r" % (cid, frag))
            if (a > 0 and txt[a - 1].isalnum()) or (b < len(txt) and txt[b].isalnum()):
                problems.append("%s: span not on word boundary %r" % (cid, frag))
            by_turn.setdefault(s["turn"], []).append((a, b))
        for t, lst in by_turn.items():
            lst.sort()
            for (a1, b1), (a2, b2) in zip(lst, lst[1:]):
                if a2 < b1:
                    problems.append("%s: overlapping spans in turn %d" % (cid, t))
        for (typ, grp), frags in groups.items():
            ok, norm = validate(typ, frags, grp.startswith("!"))
            if not ok:
                problems.append("%s: %s value invalid: %r -> %r" % (cid, typ, " | ".join(frags), norm))
    per, npos, nneg = counts(cases)
    for t in TYPES:
        if per[t] < MIN_SPANS[t]:
            problems.append("too few %s spans: %d < %d" % (t, per[t], MIN_SPANS[t]))
    if npos < MIN_POS or nneg < MIN_NEG:
        problems.append("too few cases: %d pos %d neg" % (npos, nneg))
    print("pii_holdout127: %d cases (%d positive, %d negative), %d spans" % (len(cases), npos, nneg, sum(per.values())))
    for t in TYPES:
        print("  %-13s %4d" % (t, per[t]))
    if problems:
        print("PROBLEMS (%d):" % len(problems))
        for p in problems:
            print("  - " + p)
        return 1
    print("check OK")
    return 0


def main(argv):
    if "--check" in argv:
        return check()
    cases, _, text = generate()
    os.makedirs(OUT_DIR, exist_ok=True)
    with open(CASES, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)
    with open(README, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(readme(cases))
    per, npos, nneg = counts(cases)
    print("wrote %s (%d cases: %d positive, %d negative)" % (CASES, len(cases), npos, nneg))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

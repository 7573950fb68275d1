#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set h226.

Written by an AI helper acting as an independent author (it did not see the
redaction code).  Standard library only.  Output is byte-for-byte reproducible
from one seeded random.Random.

    python scripts/make_pii_holdout226.py          # write fixture + README
    python scripts/make_pii_holdout226.py --check  # regenerate, verify, validate
"""
import json
import os
import re
import sys
import random
from collections import Counter

SEED = 226241126
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUTDIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout226")
CASES = os.path.join(OUTDIR, "cases.jsonl")
README = os.path.join(OUTDIR, "README.md")

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

# ---------------------------------------------------------------- segments


class V:
    """A labelled value segment."""

    def __init__(self, text, typ, group=None, raw=None, check=True):
        self.text, self.typ, self.group, self.raw, self.check = text, typ, group, raw, check


def build(specs):
    turns, spans, vals = [], [], []
    for ti, (spk, segs) in enumerate(specs):
        if isinstance(segs, (str, V)):
            segs = [segs]
        text = ""
        for s in segs:
            if isinstance(s, V):
                st = len(text)
                text += s.text
                spans.append({"turn": ti, "start": st, "end": len(text), "type": s.typ})
                vals.append(s)
            else:
                text += s
        turns.append({"speaker": spk, "text": text})
    return turns, spans, vals


# ---------------------------------------------------------------- spoken forms
ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
       "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
       "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth",
       "twenty first", "twenty second", "twenty third", "twenty fourth", "twenty fifth",
       "twenty sixth", "twenty seventh", "twenty eighth"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo",
        "f": "foxtrot", "g": "golf", "h": "hotel", "i": "india", "j": "juliet",
        "k": "kilo", "l": "lima", "m": "mike", "n": "november", "o": "oscar", "p": "papa",
        "q": "quebec", "r": "romeo", "s": "sierra", "t": "tango", "u": "uniform",
        "v": "victor", "w": "whiskey", "x": "xray", "y": "yankee", "z": "zulu"}
FOR_WORDS = {"a": "apple", "b": "bob", "c": "cat", "d": "david", "e": "edward",
             "h": "harry", "j": "john", "k": "king", "l": "london", "m": "mother",
             "n": "nancy", "p": "peter", "r": "robert", "s": "sugar", "t": "tommy",
             "w": "william", "x": "x ray", "y": "yellow", "z": "zebra", "g": "george"}
LNAME = {"b": "bee", "c": "see", "d": "dee", "j": "jay", "k": "kay", "p": "pee",
         "q": "cue", "t": "tee", "y": "why", "z": "zed", "h": "aitch", "x": "ex",
         "m": "em", "n": "en", "s": "ess", "e": "ee", "a": "ay", "g": "gee", "r": "ar",
         "l": "el", "w": "w"}


def two(n, zero="oh"):
    n = int(n)
    if n < 10:
        return zero + " " + ONES[n]
    if n < 20:
        return TEENS[n - 10]
    return TENS[n // 10] + ("" if n % 10 == 0 else " " + ONES[n % 10])


def say_digits(ds, rng, zero="oh", doubles=0.5, homo=0.0):
    out, i = [], 0
    while i < len(ds):
        d = ds[i]
        w = zero if d == "0" else ONES[int(d)]
        if homo and d in "42" and rng.random() < homo:
            w = {"4": "for", "2": rng.choice(["to", "too"])}[d]
        if i + 2 < len(ds) and ds[i + 1] == d and ds[i + 2] == d and rng.random() < doubles:
            out.append("triple " + (zero if d == "0" else ONES[int(d)]))
            i += 3
        elif i + 1 < len(ds) and ds[i + 1] == d and rng.random() < doubles:
            out.append("double " + (zero if d == "0" else ONES[int(d)]))
            i += 2
        else:
            out.append(w)
            i += 1
    return " ".join(out)


def say_pairs(ds, zero="oh"):
    out = []
    if len(ds) % 2:
        out.append(zero if ds[0] == "0" else ONES[int(ds[0])])
        ds = ds[1:]
    for i in range(0, len(ds), 2):
        out.append(two(ds[i:i + 2], zero))
    return " ".join(out)


def say_mixed(ds, rng, zero="oh"):
    """Groups of four read as two pairs or digit by digit, like real callers."""
    parts = []
    for i in range(0, len(ds), 4):
        g = ds[i:i + 4]
        if len(g) == 4 and rng.random() < 0.5:
            parts.append(say_pairs(g, zero))
        else:
            parts.append(say_digits(g, rng, zero))
    return " ".join(parts)


def say_letter(ch, rng, style=None):
    ch = ch.lower()
    style = style or rng.choice(["plain", "plain", "nato", "for", "name"])
    if style == "nato":
        return ch + " for " + NATO[ch]
    if style == "for" and ch in FOR_WORDS:
        return ch + " for " + FOR_WORDS[ch]
    if style == "name" and ch in LNAME:
        return LNAME[ch]
    return ch


def year_words(y):
    y = int(y)
    if y >= 2000:
        r = y - 2000
        return "two thousand" + ("" if r == 0 else " and " + (ONES[r] if r < 10 else two(r)))
    return two(y // 100) + " " + two(y % 100)


# ---------------------------------------------------------------- normalisers
WORD_DIG = {w: str(i) for i, w in enumerate(ONES)}
WORD_DIG.update({"oh": "0", "o": "0", "nought": "0", "nil": "0", "for": "4", "to": "2",
                 "too": "2", "won": "1", "ate": "8"})
TEEN_D = {w: str(10 + i) for i, w in enumerate(TEENS)}
TENS_D = {w: str(i) for i, w in enumerate(TENS) if w}
NAME_L = {v: k.upper() for k, v in LNAME.items() if v != k}
NAME_L["sea"] = "C"
NATO_L = {v: k.upper() for k, v in NATO.items()}
FILLERS = {"um", "uh", "er", "erm", "ah", "hmm", "so", "and", "then", "yeah", "right",
           "okay", "ok", "plus", "dash", "hyphen", "space", "slash", "uhm", "mm", "sorry",
           "no", "wait", "the", "last", "bit", "is", "that", "s", "it", "its", "mhm"}


def norm_alnum(text, chat=False, months=False):
    toks = re.findall(r"[a-z0-9]+", text.lower())
    out, i = [], 0
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if chat:
            out.append(t.upper())
            i += 1
            continue
        if len(t) == 1 and t.isalpha() and nxt in ("for", "as") and i + 2 < len(toks):
            j = i + 2
            if nxt == "as":
                j += 1  # "as in"
            out.append(t.upper())
            i = j + 1
            if toks[j] == "x" and i < len(toks) and toks[i] == "ray":
                i += 1
            continue
        if t in ("double", "triple") and nxt in WORD_DIG:
            out.append(WORD_DIG[nxt] * (2 if t == "double" else 3))
            i += 2
            continue
        if t == "two" and nxt == "thousand":
            j = i + 2
            if j < len(toks) and toks[j] == "and":
                j += 1
            if j < len(toks) and toks[j] in WORD_DIG and toks[j] not in ("for", "to", "too"):
                out.append("200" + WORD_DIG[toks[j]])
                i = j + 1
            elif j < len(toks) and toks[j] in TEEN_D:
                out.append("20" + TEEN_D[toks[j]])
                i = j + 1
            else:
                out.append("2000")
                i = j
            continue
        if months and t in MONTHS:
            out.append("%02d" % (MONTHS.index(t) + 1))
        elif t in WORD_DIG:
            out.append(WORD_DIG[t])
        elif t in TEEN_D:
            out.append(TEEN_D[t])
        elif t in TENS_D:
            if nxt in ONES[1:]:
                out.append(TENS_D[t] + WORD_DIG[nxt])
                i += 1
            else:
                out.append(TENS_D[t] + "0")
        elif t in NAME_L:
            out.append(NAME_L[t])
        elif t in NATO_L:
            out.append(NATO_L[t])
        elif t.isdigit():
            out.append(t)
        elif len(t) == 1:
            out.append(t.upper())
        elif t in FILLERS:
            pass
        elif re.fullmatch(r"[a-z]{1,2}\d[a-z0-9]*", t):
            out.append(t.upper())
        else:
            raise ValueError("unknown token %r in %r" % (t, text))
        i += 1
    return "".join(out)


def luhn_ok(s):
    tot = 0
    for i, c in enumerate(reversed(s)):
        d = int(c)
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def iban_ok(s):
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


UK_PC = re.compile(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}")
STREET = {"street", "st", "road", "rd", "avenue", "ave", "lane", "ln", "drive", "dr",
          "close", "way", "court", "crescent", "place", "terrace", "grove", "gardens",
          "boulevard", "blvd", "park", "hill", "row", "square", "walk", "mews", "parade"}
NUMWORDS = set(ONES) | set(TEENS) | set(TENS_D) | {"hundred", "oh"}


def norm_email(text, chat):
    if chat:
        return text.lower()
    out = []
    toks = text.lower().split()
    i = 0
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if t == "dot":
            out.append(".")
        elif t == "at":
            out.append("@")
        elif t == "underscore":
            out.append("_")
        elif t in ("dash", "hyphen"):
            out.append("-")
        elif t in TENS_D and nxt in ONES[1:]:
            out.append(TENS_D[t] + WORD_DIG[nxt])
            i += 1
        elif t in TENS_D:
            out.append(TENS_D[t] + "0")
        elif t in TEEN_D:
            out.append(TEEN_D[t])
        elif t in ("double", "triple") and nxt in WORD_DIG:
            out.append(WORD_DIG[nxt] * (2 if t == "double" else 3))
            i += 1
        elif t in ONES:
            out.append(WORD_DIG[t])
        else:
            out.append(t)
        i += 1
    return "".join(out)


def validate_value(typ, text, chat):
    """Return an error string or None."""
    if typ == "EMAIL":
        e = norm_email(text, chat)
        return None if re.fullmatch(r"[a-z0-9._+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+", e) else "bad email " + e
    if typ == "ADDRESS":
        toks = re.findall(r"[a-z0-9]+", text.lower())
        has_num = any(t.isdigit() or t in NUMWORDS for t in toks)
        has_st = any(t in STREET for t in toks)
        return None if has_num and has_st else "bad address"
    if typ == "DOB":
        low = text.lower()
        has_year = bool(re.search(r"\b(19|20)\d\d\b|\b\d\d$", low)) or any(
            w in low for w in ("nineteen", "two thousand")) or bool(
            re.search(r"\b(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)( \w+)?$", low))
        has_month = any(m in low for m in MONTHS) or len(re.findall(r"\d+|[a-z]+", low)) >= 3
        return None if has_year and has_month else "bad dob"
    n = norm_alnum(text, chat, months=(typ == "EXPIRY"))
    if typ == "CARD_NUMBER":
        return None if n.isdigit() and 13 <= len(n) <= 19 and luhn_ok(n) else "bad card " + n
    if typ == "CVV":
        return None if n.isdigit() and len(n) in (3, 4) else "bad cvv " + n
    if typ == "EXPIRY":
        if not n.isdigit() or len(n) not in (3, 4, 5, 6):
            return "bad expiry " + n
        m = int(n[:1]) if len(n) in (3, 5) else int(n[:2])
        return None if 1 <= m <= 12 else "bad expiry month " + n
    if typ == "SSN":
        return None if n.isdigit() and len(n) == 9 and n[:3] not in ("000", "666") else "bad ssn " + n
    if typ == "NI_NUMBER":
        return None if re.fullmatch(r"[A-CEGHJ-PR-TW-Z]{2}\d{6}[A-D]", n) else "bad ni " + n
    if typ == "BANK_ACCOUNT":
        return None if n.isdigit() and 8 <= len(n) <= 12 else "bad account " + n
    if typ == "SORT_CODE":
        return None if n.isdigit() and len(n) == 6 else "bad sort " + n
    if typ == "IBAN":
        return None if iban_ok(n) else "bad iban " + n
    if typ == "PHONE":
        return None if n.isdigit() and 10 <= len(n) <= 13 else "bad phone " + n
    if typ == "POSTCODE":
        return None if UK_PC.fullmatch(n) or re.fullmatch(r"\d{5}(\d{4})?", n) else "bad postcode " + n
    return "unknown type"


# ---------------------------------------------------------------- value generators
R = random.Random(SEED)


def luhn_complete(prefix, length):
    s = prefix + "".join(R.choice("0123456789") for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(s + c):
            return s + c


def gen_card():
    k = R.random()
    if k < 0.45:
        return luhn_complete("4" + R.choice("0123456789"), 16)
    if k < 0.8:
        return luhn_complete(R.choice(["51", "52", "53", "54", "55", "22"]), 16)
    if k < 0.92:
        return luhn_complete(R.choice(["34", "37"]), 15)
    return luhn_complete("6011", 16)


def gen_ssn():
    a = R.randint(1, 899)
    while a == 666:
        a = R.randint(1, 899)
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


NI_L = "ABCEGHJKLMNPRSTWXYZ"


def gen_ni():
    while True:
        p = R.choice(NI_L) + R.choice(NI_L)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + "".join(R.choice("0123456789") for _ in range(6)) + R.choice("ABCD")


def gen_digits(n, first="123456789"):
    return R.choice(first) + "".join(R.choice("0123456789") for _ in range(n - 1))


def gen_iban():
    c = R.choice(["GB", "GB", "IE", "IE", "DE", "NL", "FR", "ES"])
    if c == "GB":
        bban = R.choice(["NWBK", "BARC", "HBUK", "MIDL"]) + gen_digits(14, "0123456789")
    elif c == "IE":
        bban = R.choice(["AIBK", "IPBS", "ULSB"]) + gen_digits(14)
    elif c == "DE":
        bban = gen_digits(18)
    elif c == "NL":
        bban = R.choice(["ABNA", "INGB", "TRIS"]) + gen_digits(10, "0123456789")
    elif c == "FR":
        bban = gen_digits(23)
    else:
        bban = gen_digits(20)
    num = "".join(str(int(ch, 36)) for ch in bban + c + "00")
    chk = 98 - int(num) % 97
    return c + "%02d" % chk + bban


UK_AREAS = ["SW", "SE", "NW", "N", "E", "W", "M", "B", "L", "LS", "EH", "G", "CF", "BT",
            "RG", "CB", "BS", "NE", "S", "HP", "KT", "GU", "PL", "DH", "YO", "TW"]
PC_IN = "ABDEFGHJLNPQRSTUWXYZ"


def gen_uk_pc():
    a = R.choice(UK_AREAS)
    d = str(R.randint(1, 29)) if len(a) == 2 or R.random() < 0.5 else str(R.randint(1, 9))
    if a in ("SW", "W", "E", "EC") and R.random() < 0.2:
        d = str(R.randint(1, 9)) + R.choice("ABHPVY".replace("V", ""))
    return a, d, str(R.randint(0, 9)), R.choice(PC_IN) + R.choice(PC_IN)


def gen_zip():
    z = "%05d" % R.randint(1001, 99950)
    if R.random() < 0.25:
        z += "%04d" % R.randint(1, 9999)
    return z


STREETS = ["maple", "church", "station", "mill", "victoria", "park", "oak", "elm", "high",
           "kings", "queens", "green", "willow", "ash", "cedar", "albert", "windsor",
           "lake", "pine", "sunset", "hawthorn", "chestnut", "ivy", "meadow", "beech"]
ST_TYPES = ["street", "road", "avenue", "lane", "drive", "close", "way", "court",
            "crescent", "place", "terrace", "grove", "gardens"]
FIRST = ["john", "sarah", "mike", "emma", "liam", "aoife", "priya", "tom", "kate", "sean",
         "maria", "david", "nina", "omar", "lucy", "james", "grace", "ben", "chloe", "ravi"]
LAST = ["smith", "jones", "murphy", "patel", "walsh", "brown", "kelly", "taylor", "byrne",
        "evans", "khan", "obrien", "wilson", "garcia", "nolan", "reid", "hughes", "clarke"]
DOMAINS = ["gmail.com", "hotmail.co.uk", "yahoo.com", "outlook.com", "icloud.com",
           "eircom.net", "btinternet.com", "aol.com", "live.ie", "proton.me"]


def gen_dob():
    return R.randint(1, 28), R.randint(1, 12), R.randint(1938, 2005)


def gen_phone(country):
    if country == "UK":
        return "07" + gen_digits(9, "3456789")
    if country == "UKL":
        return "0" + R.choice(["20", "161", "121", "131", "117", "113"]) + gen_digits(8 if False else 7, "2345678")
    if country == "IE":
        return "08" + R.choice("35679") + gen_digits(7)
    return gen_digits(3, "2345678") + gen_digits(3, "2345678") + gen_digits(4, "0123456789")


# ---------------------------------------------------------------- render helpers
def zero_for(country):
    return R.choice({"UK": ["oh", "oh", "nought", "zero"], "IE": ["oh", "oh", "zero"],
                     "US": ["zero", "oh", "oh"], "EU": ["zero", "oh"]}[country])


def chunks(s, sizes):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out[-1] += s[i:]
    return out


def card_groups(c):
    return chunks(c, [4, 6, 5]) if len(c) == 15 else chunks(c, [4, 4, 4, 4])


def card_chat(c):
    g = card_groups(c)
    k = R.random()
    if k < 0.35:
        return " ".join(g)
    if k < 0.55:
        return "-".join(g)
    if k < 0.75:
        return c
    if k < 0.9:
        return ".".join(g) if len(c) == 16 else " ".join(g)
    # irregular typed grouping
    return c[:5] + " " + c[5:9] + " " + c[9:]


def date_chat(d, m, y):
    k = R.random()
    if k < 0.3:
        return "%02d/%02d/%d" % (d, m, y)
    if k < 0.45:
        return "%d-%d-%d" % (d, m, y)
    if k < 0.6:
        return "%s %d %d" % (MONTHS[m - 1].capitalize(), d, y)
    if k < 0.75:
        return "%d %s %d" % (d, MONTHS[m - 1][:3].capitalize(), y)
    if k < 0.9:
        return "%02d.%02d.%02d" % (d, m, y % 100)
    return "%d/%d/%d" % (m, d, y)


def date_spoken(d, m, y):
    k = R.random()
    if k < 0.35:
        return "the %s of %s %s" % (ORD[d], MONTHS[m - 1], year_words(y))
    if k < 0.6:
        return "%s %s %s" % (MONTHS[m - 1], ORD[d], year_words(y))
    if k < 0.8:
        return "%s %s %s" % (two(d) if d >= 10 else "oh " + ONES[d], two(m) if m >= 10 else "oh " + ONES[m], year_words(y))
    return "%s of the %s %s" % (ORD[d], two(m) if m >= 10 else ONES[m], year_words(y))


def pc_chat(p):
    a, d, s, u = p
    k = R.random()
    if k < 0.5:
        return a + d + " " + s + u
    if k < 0.7:
        return (a + d + s + u).lower()
    if k < 0.85:
        return a + d + s + u
    return (a + d).lower() + " " + (s + u).upper()


def pc_spoken(p):
    a, d, s, u = p
    parts = [say_letter(ch, R) for ch in a.lower()]
    num = re.match(r"\d+", d).group()
    tail = d[len(num):]
    if len(num) == 2 and R.random() < 0.6:
        parts.append(two(num))
    else:
        parts.append(" ".join(ONES[int(x)] for x in num))
    if tail:
        parts.append(say_letter(tail, R, "plain"))
    parts.append("um" if R.random() < 0.2 else "")
    parts.append(ONES[int(s)])
    parts += [say_letter(ch, R) for ch in u.lower()]
    return " ".join(p for p in parts if p)


def addr(spoken):
    n = R.randint(1, 240)
    st = R.choice(STREETS) + " " + R.choice(ST_TYPES)
    if spoken:
        if n < 100 or R.random() < 0.5:
            num = two(n) if 10 <= n < 100 else (ONES[n] if n < 10 else " ".join(ONES[int(x)] for x in str(n)))
        else:
            num = ONES[n // 100] + " " + two(n % 100)
        if R.random() < 0.2:
            return "flat " + ONES[R.randint(1, 9)] + " " + num + " " + st
        return num + " " + st
    s = str(n) + " " + st.title()
    if R.random() < 0.3:
        s = s.replace("Street", "St").replace("Road", "Rd").replace("Avenue", "Ave")
    if R.random() < 0.2:
        s = "Flat %d, %s" % (R.randint(1, 30), s)
    if R.random() < 0.15:
        s = s.lower()
    return s


def email_value():
    f, l = R.choice(FIRST), R.choice(LAST)
    k = R.random()
    num = str(R.randint(1, 99)) if R.random() < 0.5 else ""
    if k < 0.3:
        local = f + "." + l + num
    elif k < 0.5:
        local = f[0] + l + num
    elif k < 0.7:
        local = f + "_" + l
    elif k < 0.85:
        local = f + l[0] + num
    else:
        local = l + "." + f[0]
    return local + "@" + R.choice(DOMAINS)


def email_spoken(e):
    local, dom = e.split("@")
    out = []
    for piece in re.split(r"([._])", local):
        if piece == ".":
            out.append("dot")
        elif piece == "_":
            out.append("underscore")
        else:
            m = re.match(r"([a-z]+)(\d*)", piece)
            word, num = m.group(1), m.group(2)
            if len(word) == 1 or (R.random() < 0.25 and len(word) <= 6):
                out.append(" ".join(word))
            else:
                out.append(word)
            if num:
                out.append(two(num) if len(num) == 2 and num[0] != "0" else " ".join(ONES[int(x)] for x in num))
    out.append("at")
    out.append(" dot ".join(dom.split(".")))
    return " ".join(out)


# ---------------------------------------------------------------- case templates
IND = ["banking", "telecom", "utilities", "retail", "insurance", "travel",
       "healthcare billing", "government services"]
BC = ["mhm", "okay", "yep", "go on", "okay go on", "right", "uh huh", "yeah", "got it"]
FILL = ["um", "uh", "er", "erm"]


def bc():
    return R.choice(BC)


def fill():
    return R.choice(FILL) + " " if R.random() < 0.4 else ""


def country_for(ind):
    return R.choice(["UK", "UK", "IE", "US"]) if ind != "government services" else R.choice(["UK", "US"])


# --- phone call positives --------------------------------------------------
def p_card_one_turn():
    ind = R.choice(IND)
    co = R.choice(["UK", "US", "IE"])
    c = gen_card()
    z = zero_for(co)
    style = R.random()
    if style < 0.5:
        spoken = say_digits(c, R, z, homo=0.15)
        desc = "digit by digit with double/triple"
    elif style < 0.75:
        spoken = say_mixed(c, R, z)
        desc = "groups read as pairs mixed with digits"
    else:
        g = card_groups(c)
        spoken = (" " + R.choice(FILL) + " ").join(say_digits(x, R, z, doubles=0.3) for x in g)
        desc = "filler words between groups inside reading"
    specs = [("agent", R.choice(["can i take the long card number please", "and the sixteen digit number on the front",
                                 "okay whenever you're ready with the card number"])),
             ("customer", [R.choice(["yeah it's ", "sure ", "okay so ", "right it's ", ""]), V(spoken, "CARD_NUMBER"),
                           R.choice(["", " and that's a visa", " is that right", " yeah"])])]
    if R.random() < 0.5:
        amt = R.choice(["forty two pounds ninety", "a hundred and twelve dollars", "nineteen ninety nine"])
        specs.append(("agent", "thank you so that's a payment of %s today" % amt))
        specs.append(("customer", "yes please"))
    return specs, "call/%s: card read in one ASR turn, %s, '%s' for zero" % (ind, desc, z)


def p_card_split():
    ind = R.choice(IND)
    co = R.choice(["UK", "US", "IE"])
    c = gen_card()
    z = zero_for(co)
    g = card_groups(c)
    specs = [("agent", "okay go ahead with the card number")]
    for i, part in enumerate(g):
        pre = R.choice(["", "", "um ", "then ", "and ", "next is "]) if i else R.choice(["right ", "okay ", ""])
        sp = say_pairs(part, z) if R.random() < 0.3 and len(part) % 2 == 0 else say_digits(part, R, z)
        specs.append(("customer", [pre, V(sp, "CARD_NUMBER", group="c")]))
        if i < len(g) - 1:
            specs.append(("agent", bc() if i != len(g) - 2 else R.choice([bc(), "and the last four", "and the last bit"])))
    return specs, "call/%s: card split over %d customer turns with agent back-channels" % (ind, len(g))


def p_card_interrupt():
    ind = R.choice(IND)
    z = zero_for(R.choice(["UK", "US"]))
    c = gen_card()
    a, b = c[:8], c[8:]
    rep = a[-2:]
    specs = [("agent", "and the card number please"),
             ("customer", [V(say_digits(a[:4], R, z), "CARD_NUMBER", group="c"), " ",
                           V(say_digits(a[4:], R, z), "CARD_NUMBER", group="c"), " sorry"]),
             ("agent", "sorry you broke up there after the first eight was that %s" % say_digits(rep, R, z, doubles=0)),
             ("customer", ["yes ", V(say_digits(rep, R, z, doubles=0), "CARD_NUMBER", check=False), " then ",
                           V(say_digits(b, R, z), "CARD_NUMBER", group="c")])]
    return specs, "call/%s: agent interrupts mid-reading, customer repeats two digits then continues" % ind


def p_card_correction():
    ind = R.choice(IND)
    z = zero_for(R.choice(["UK", "US", "IE"]))
    c = gen_card()
    k = R.randint(6, 11)
    wrong = str((int(c[k]) + R.randint(1, 8)) % 10)
    back = R.randint(1, 3)
    marker = R.choice(["no sorry", "sorry no", "no wait", "sorry i mean", "no hang on"])
    text = say_digits(c[:k], R, z) + " " + ONES[int(wrong)] + " " + marker + " " + say_digits(c[k - back:], R, z)
    raw = say_digits(c, R, z, doubles=0)
    specs = [("agent", "can you read me the card number"),
             ("customer", [R.choice(["okay ", "yeah ", ""]), V(text, "CARD_NUMBER", raw=raw)]),
             ("agent", "okay thank you")]
    return specs, "call/%s: self-correction inside a card reading ('%s'), span covers the whole reading" % (ind, marker)


def p_card_readback():
    ind = R.choice(IND)
    z = zero_for(R.choice(["UK", "US"]))
    c = gen_card()
    specs = [("customer", ["the card is ", V(say_mixed(c, R, z), "CARD_NUMBER")]),
             ("agent", ["let me just read that back ", V(say_digits(c, R, z, doubles=0.2), "CARD_NUMBER"), " is that correct"]),
             ("customer", "yep that's it")]
    return specs, "call/%s: card read by customer then read back in full by agent" % ind


def p_card_exp_cvv():
    ind = R.choice(IND)
    co = R.choice(["UK", "US", "IE"])
    z = zero_for(co)
    c = gen_card()
    m, y = R.randint(1, 12), R.randint(25, 31)
    cvv = gen_digits(4 if c[:2] in ("34", "37") else 3, "0123456789")
    ex = R.choice([two(m) + " " + two(y) if m >= 10 else "oh " + ONES[m] + " " + two(y),
                   MONTHS[m - 1] + " " + two(y), ONES[m % 10] if m < 10 else two(m)])
    if ex in ONES or (m < 10 and ex == ONES[m]):
        ex = ONES[m] + " " + two(y)
    cv = say_digits(cvv, R, z) if R.random() < 0.6 else (ONES[int(cvv[0])] + " " + two(cvv[1:]) if len(cvv) == 3 and cvv[1] != "0" else say_digits(cvv, R, z))
    specs = [("agent", "and the card number"),
             ("customer", V(say_digits(c, R, z), "CARD_NUMBER")),
             ("agent", "and the expiry date"),
             ("customer", [R.choice(["it's ", "expires ", "um ", ""]), V(ex, "EXPIRY")]),
             ("agent", "and finally the three digits on the back" if len(cvv) == 3 else "and the four digit security code on the front"),
             ("customer", [R.choice(["", "it's ", "that's "]), V(cv, "CVV")])]
    return specs, "call/%s: card then expiry then security code in separate turns" % ind


def p_exp_cvv_one_turn():
    ind = R.choice(IND)
    z = zero_for(R.choice(["UK", "US"]))
    m, y = R.randint(1, 12), R.randint(25, 31)
    cvv = gen_digits(3, "0123456789")
    ex = ("oh " + ONES[m] if m < 10 else two(m)) + " " + R.choice([two(y), "twenty " + two(y)])
    exv = V(ex, "EXPIRY")
    specs = [("agent", "and the expiry and the security code please"),
             ("customer", [R.choice(["yeah ", ""]), "expiry is ", exv, " and the code on the back is ",
                           V(say_digits(cvv, R, z), "CVV"), R.choice(["", " i think", " yeah"])])]
    return specs, "call/%s: expiry (year said as 'twenty NN' sometimes) and CVV in one turn" % ind


def p_ssn():
    ind = R.choice(["banking", "insurance", "healthcare billing", "government services", "telecom"])
    s = gen_ssn()
    z = R.choice(["zero", "oh"])
    k = R.random()
    if k < 0.4:
        specs = [("agent", "can i get your social security number to verify"),
                 ("customer", [R.choice(["sure it's ", "yeah ", "okay um ", ""]),
                               V(say_digits(s[:3], R, z) + " " + say_digits(s[3:5], R, z) + " " + say_digits(s[5:], R, z), "SSN")])]
        d = "one turn digit by digit"
    elif k < 0.75:
        specs = [("agent", "and your social please"),
                 ("customer", V(say_digits(s[:3], R, z), "SSN", group="s")), ("agent", bc()),
                 ("customer", V(say_digits(s[3:5], R, z), "SSN", group="s")), ("agent", bc()),
                 ("customer", V(say_digits(s[5:], R, z), "SSN", group="s"))]
        d = "split 3-2-4 across turns"
    else:
        sp = say_digits(s[:3], R, z) + " " + two(s[3:5], z) + " " + say_pairs(s[5:], z)
        specs = [("agent", "last thing i need is your ssn"),
                 ("customer", ["it's ", V(sp, "SSN"), " and i'm calling about the bill from march"])]
        d = "groups said as pairs ('forty one eleven')"
    return specs, "call/%s US: SSN %s" % (ind, d)


def p_ssn_last_four_then_full():
    s = gen_ssn()
    z = R.choice(["zero", "oh"])
    specs = [("agent", "can you confirm the full social not just the last four"),
             ("customer", ["oh sorry okay so ", V(say_digits(s[:5], R, z), "SSN", group="s"), " and then the last four were ",
                           V(say_digits(s[5:], R, z), "SSN", group="s")]),
             ("agent", "perfect thank you and that's for the account opened in twenty nineteen")]
    return specs, "call/banking US: SSN first five and last four in one turn with words between"


def p_ssn_correction():
    s = gen_ssn()
    z = R.choice(["zero", "oh"])
    wrong = str((int(s[4]) + 3) % 10)
    text = say_digits(s[:4], R, z) + " " + ONES[int(wrong)] + " " + R.choice(["no sorry", "wait no"]) + " " + say_digits(s[3:], R, z)
    specs = [("agent", "social security number"),
             ("customer", V(text, "SSN", raw=say_digits(s, R, z, doubles=0))),
             ("agent", ["so that's ", V(say_digits(s, R, z, doubles=0), "SSN"), " correct"]),
             ("customer", "correct")]
    return specs, "call/insurance US: SSN with self-correction, agent reads the corrected value back"


def ni_spoken(n):
    lt = " ".join(say_letter(ch, R) for ch in n[:2])
    dig = n[2:8]
    k = R.random()
    if k < 0.4:
        num = say_digits(dig, R, R.choice(["oh", "zero", "nought"]))
    elif k < 0.75:
        num = say_pairs(dig, R.choice(["oh", "nought"]))
    else:
        num = say_digits(dig[:2], R, "oh", doubles=0) + " " + say_pairs(dig[2:], "oh")
    suf = say_letter(n[8], R, R.choice(["plain", "nato", "name", "for"]))
    return lt, num, suf


def p_ni():
    ind = R.choice(["government services", "banking", "insurance", "utilities", "healthcare billing"])
    n = gen_ni()
    lt, num, suf = ni_spoken(n)
    k = R.random()
    if k < 0.45:
        specs = [("agent", "can i take your national insurance number please"),
                 ("customer", [R.choice(["yeah it's ", "it's ", "okay ", "um "]), V(lt + " " + num + " " + suf, "NI_NUMBER")])]
        d = "one turn"
    elif k < 0.8:
        specs = [("agent", "and your ni number"),
                 ("customer", ["right it starts ", V(lt, "NI_NUMBER", group="n")]), ("agent", bc()),
                 ("customer", V(num, "NI_NUMBER", group="n")), ("agent", R.choice(["and the letter at the end", "and the last letter"])),
                 ("customer", V(suf, "NI_NUMBER", group="n"))]
        d = "letters, digits and suffix in three turns"
    else:
        specs = [("agent", "national insurance number"),
                 ("customer", ["hang on it's on my payslip ", fill(), "okay ", V(lt + " " + num, "NI_NUMBER", group="n"),
                               " ", fill(), "and ", V(suf, "NI_NUMBER", group="n"), " at the end"]),
                 ("agent", "lovely thanks")]
        d = "suffix separated by 'and ... at the end'"
    return specs, "call/%s UK: NI number spoken with mixed letter styles, %s" % (ind, d)


def p_ni_readback():
    n = gen_ni()
    lt, num, suf = ni_spoken(n)
    rb = " ".join(say_letter(ch, R, "nato") for ch in n[:2]) + " " + say_digits(n[2:8], R, "zero", doubles=0) + " " + n[8].lower()
    specs = [("customer", ["my national insurance is ", V(lt + " " + num + " " + suf, "NI_NUMBER")]),
             ("agent", ["so that's ", V(rb, "NI_NUMBER"), " yeah"]),
             ("customer", "that's right and i'm ringing about my pension forecast")]
    return specs, "call/government services UK: NI number and agent read-back with NATO letters"


def p_bank():
    ind = R.choice(["banking", "utilities", "insurance", "government services", "telecom"])
    sc = gen_digits(6, "1234789")
    acc = gen_digits(8, "0123456789")
    z = zero_for("UK")
    scs = say_pairs(sc, z) if R.random() < 0.5 else say_digits(sc, R, z)
    accs = say_digits(acc, R, z) if R.random() < 0.6 else say_mixed(acc, R, z)
    if R.random() < 0.5:
        specs = [("agent", "what's the sort code and account number for the direct debit"),
                 ("customer", ["sort code is ", V(scs, "SORT_CODE"), " and the account number is ", V(accs, "BANK_ACCOUNT")])]
        d = "both in one turn"
    else:
        specs = [("agent", "sort code first please"),
                 ("customer", V(scs, "SORT_CODE")), ("agent", "and the account number"),
                 ("customer", V(say_digits(acc[:4], R, z), "BANK_ACCOUNT", group="a")), ("agent", bc()),
                 ("customer", V(say_digits(acc[4:], R, z), "BANK_ACCOUNT", group="a")),
                 ("agent", "great that's set up for the first of every month")]
        d = "account split over two turns"
    return specs, "call/%s UK: sort code and account number, %s" % (ind, d)


def p_us_account():
    acc = gen_digits(R.choice([10, 11, 12]))
    z = R.choice(["zero", "oh"])
    specs = [("agent", "and the checking account number for the refund"),
             ("customer", ["okay ", V(say_digits(acc[:5], R, z), "BANK_ACCOUNT", group="a"), " ", fill(),
                           V(say_digits(acc[5:], R, z), "BANK_ACCOUNT", group="a")]),
             ("agent", "and the refund amount is two hundred and six dollars")]
    return specs, "call/healthcare billing US: checking account number with filler inside"


def p_iban():
    ib = gen_iban()
    z = "zero" if ib[:2] not in ("GB", "IE") else zero_for("IE")
    parts = []
    i = 0
    while i < len(ib):
        ch = ib[i]
        if ch.isalpha():
            parts.append(say_letter(ch, R, R.choice(["plain", "plain", "nato", "name"])))
            i += 1
        else:
            j = i
            while j < len(ib) and ib[j].isdigit() and j - i < 4:
                j += 1
            parts.append(say_digits(ib[i:j], R, z))
            i = j
    words = " ".join(parts)
    if R.random() < 0.5:
        spl = len(parts) // 2
        a, b = " ".join(parts[:spl]), " ".join(parts[spl:])
        specs = [("agent", "can you give me the iban"),
                 ("customer", V(a, "IBAN", group="i")), ("agent", bc()),
                 ("customer", [R.choice(["", "then ", "um "]), V(b, "IBAN", group="i")])]
        d = "split over two turns"
    else:
        specs = [("agent", "what's the iban for the transfer"),
                 ("customer", ["it's ", V(words, "IBAN"), " and it's for the hotel deposit of three hundred euro"])]
        d = "one turn next to an amount"
    return specs, "call/travel %s: IBAN spelled out, %s" % (ib[:2], d)


def phone_spoken(num, co):
    z = zero_for(co)
    k = R.random()
    if co == "US":
        a, b, c = num[:3], num[3:6], num[6:]
        if k < 0.5:
            return say_digits(a, R, z) + " " + say_digits(b, R, z) + " " + say_digits(c, R, z)
        return say_digits(a, R, z) + " " + say_digits(b, R, z) + " " + say_pairs(c, z)
    if k < 0.3 and co == "UK":
        return "plus four four " + say_digits(num[1:], R, z)
    if k < 0.45 and co == "IE":
        return "plus three five three " + say_digits(num[1:], R, z)
    if k < 0.7:
        return say_digits(num[:5], R, z) + " " + say_pairs(num[5:], z)
    return say_digits(num, R, z)


def p_phone():
    ind = R.choice(IND)
    co = R.choice(["UK", "US", "IE"])
    num = gen_phone(co)
    sp = phone_spoken(num, co)
    if R.random() < 0.4:
        w = sp.split()
        h = len(w) // 2
        while w[h - 1] in ("double", "triple", "plus") or w[h - 1] in TENS_D:
            h += 1
        specs = [("agent", "best number to reach you on"),
                 ("customer", V(" ".join(w[:h]), "PHONE", group="p", check=False)), ("agent", bc()),
                 ("customer", [V(" ".join(w[h:]), "PHONE", group="p", check=False)]),
                 ("agent", ["that's ", V(say_digits(num, R, "oh", doubles=0), "PHONE"), " yeah"]),
                 ("customer", "yes")]
        d = "split over two turns then read back"
    else:
        specs = [("agent", "and a contact number"),
                 ("customer", [R.choice(["my mobile is ", "it's ", "you can get me on ", "yeah "]), V(sp, "PHONE"),
                               R.choice(["", " after six", " any time"])])]
        d = "one turn"
    return specs, "call/%s %s: phone number, %s" % (ind, co, d)


def p_email():
    ind = R.choice(IND)
    e = email_value()
    sp = email_spoken(e)
    specs = [("agent", "and what email should we send the confirmation to"),
             ("customer", [R.choice(["it's ", "yeah it's ", "um ", ""]), V(sp, "EMAIL"),
                           R.choice(["", " all lower case", " no capitals"])])]
    if R.random() < 0.4:
        specs.append(("agent", ["so that's ", V(sp, "EMAIL"), " yeah"]))
        specs.append(("customer", "spot on"))
    return specs, "call/%s: e-mail spoken with 'dot'/'at', spelled parts" % ind


def p_dob():
    ind = R.choice(IND)
    d, m, y = gen_dob()
    k = R.random()
    if k < 0.7:
        specs = [("agent", R.choice(["can you confirm your date of birth", "and your date of birth please", "for security what's your d o b"])),
                 ("customer", [R.choice(["it's ", "yeah ", "um ", ""]), V(date_spoken(d, m, y), "DOB")])]
        dd = "one turn"
    else:
        specs = [("agent", "date of birth"),
                 ("customer", [V("the %s of %s" % (ORD[d], MONTHS[m - 1]), "DOB", check=False), " ", fill()]),
                 ("agent", "and the year"),
                 ("customer", V(year_words(y), "DOB", check=False))]
        dd = "day/month and year in separate turns"
    return specs, "call/%s: date of birth spoken, %s" % (ind, dd)


def p_address_uk():
    ind = R.choice(IND)
    pc = gen_uk_pc()
    a = addr(True)
    if R.random() < 0.5:
        specs = [("agent", "can you confirm the first line of the address and the postcode"),
                 ("customer", [R.choice(["yeah it's ", "it's ", ""]), V(a, "ADDRESS"), " ",
                               R.choice(["leeds", "manchester", "in croydon", "", "cardiff"]), " ", V(pc_spoken(pc), "POSTCODE")])]
    else:
        specs = [("agent", "what's the postcode"),
                 ("customer", V(pc_spoken(pc), "POSTCODE")),
                 ("agent", "and the house number and street"),
                 ("customer", [fill(), V(a, "ADDRESS")]),
                 ("agent", "lovely the engineer can come out on the twelfth between eight and one")]
    return specs, "call/%s UK: address and postcode spoken, letters spelled" % ind


def p_address_us():
    ind = R.choice(IND)
    z = gen_zip()
    a = addr(True)
    zs = say_digits(z[:5], R, R.choice(["zero", "oh"]))
    if len(z) > 5:
        zs += " dash " + say_digits(z[5:], R, "zero")
    specs = [("agent", "what's the billing address on the account"),
             ("customer", [V(a, "ADDRESS"), " ", R.choice(["springfield", "austin texas", "portland", "ohio"]), " ", V(zs, "POSTCODE")]),
             ("agent", "and the zip again"),
             ("customer", V(say_digits(z[:5], R, "zero"), "POSTCODE"))]
    return specs, "call/%s US: street address and ZIP, ZIP repeated" % ind


def p_verification_mix():
    ind = R.choice(["banking", "telecom", "utilities", "insurance"])
    d, m, y = gen_dob()
    pc = gen_uk_pc()
    num = gen_phone("UK")
    specs = [("agent", "i just need to run through security can i get your date of birth"),
             ("customer", V(date_spoken(d, m, y), "DOB")),
             ("agent", "and the postcode"),
             ("customer", [V(pc_spoken(pc), "POSTCODE"), " i've been there about twelve years now"]),
             ("agent", "and the mobile number on the account"),
             ("customer", ["it should be ", V(phone_spoken(num, "UK"), "PHONE")]),
             ("agent", "thank you you're through security your balance is sixty four pounds twenty")]
    return specs, "call/%s UK: security check with DOB, postcode, mobile, plus an unlabelled balance" % ind


def p_two_values_turn():
    ind = R.choice(["banking", "government services"])
    n = gen_ni()
    d, m, y = gen_dob()
    lt, num, suf = ni_spoken(n)
    specs = [("agent", "i'll need your ni number and date of birth"),
             ("customer", [V(lt + " " + num + " " + suf, "NI_NUMBER"), " and my birthday is ", V(date_spoken(d, m, y), "DOB")])]
    return specs, "call/%s UK: NI number and DOB in one customer turn" % ind


def p_card_homophone():
    c = gen_card()
    spoken = say_digits(c, R, "oh", doubles=0.3, homo=0.6)
    specs = [("agent", "go ahead with the card"),
             ("customer", ["okay ", V(spoken, "CARD_NUMBER")]),
             ("agent", "and is that a debit or credit card"), ("customer", "debit")]
    return specs, "call/retail: card with ASR homophones 'for'/'to'/'too' for four/two"


def p_ssn_with_noise():
    s = gen_ssn()
    specs = [("customer", ["yeah hi i got a bill for three hundred and twelve dollars and my social is ",
                           V(say_digits(s, R, R.choice(["zero", "oh"])), "SSN"), " i don't think i owe that"]),
             ("agent", "okay let me pull that up it was for the visit on june ninth right")]
    return specs, "call/healthcare billing US: SSN mixed with chit-chat and an amount/appointment date"


def p_ni_letters_homophone():
    n = gen_ni()
    lt = " ".join(say_letter(ch, R, "name") if ch.lower() in LNAME else ch.lower() for ch in n[:2])
    num = say_digits(n[2:8], R, "oh")
    specs = [("agent", "and the national insurance"),
             ("customer", [V(lt, "NI_NUMBER", group="n"), " ", fill(), V(num, "NI_NUMBER", group="n"), " ",
                           V(say_letter(n[8], R, "name") if n[8].lower() in LNAME else n[8].lower(), "NI_NUMBER", group="n")]),
             ("agent", "thank you")]
    return specs, "call/government services UK: NI letters recognised as homophone words ('jay', 'see', 'why')"


def p_card_restart():
    ind = R.choice(IND)
    z = zero_for(R.choice(["UK", "IE", "US"]))
    c = gen_card()
    k = R.randint(3, 7)
    specs = [("agent", "okay and the long number on the card"),
             ("customer", [V(say_digits(c[:k], R, z), "CARD_NUMBER", check=False), " ",
                           R.choice(["hang on let me start again", "actually sorry i lost my place", "wait let me get my glasses"]), " ",
                           V(say_digits(c, R, z), "CARD_NUMBER"), R.choice(["", " and it's a debit card", " okay"])]),
             ("agent", "thank you and the name on the card")]
    return specs, "call/%s: caller restarts the card reading mid-way; the aborted prefix is labelled too" % ind


def p_ni_correction():
    n = gen_ni()
    lt = " ".join(say_letter(ch, R, "plain") for ch in n[:2])
    wrong = str((int(n[5]) + 4) % 10)
    text = lt + " " + say_digits(n[2:5], R, "oh", doubles=0) + " " + ONES[int(wrong)] + " " + R.choice(["sorry no", "no sorry i mean"]) + " " + say_digits(n[5:8], R, "oh", doubles=0) + " " + n[8].lower()
    raw = lt + " " + say_digits(n[2:8], R, "oh", doubles=0) + " " + n[8].lower()
    specs = [("agent", "and your national insurance number please"),
             ("customer", ["yeah ", V(text, "NI_NUMBER", raw=raw)]),
             ("agent", "okay got that thank you")]
    return specs, "call/government services UK: NI number with a self-corrected digit"


def p_dob_short():
    d, m, y = gen_dob()
    sp = (two(d) if d >= 10 else "oh " + ONES[d]) + " " + (two(m) if m >= 10 else "oh " + ONES[m]) + " " + two(y % 100)
    specs = [("agent", "date of birth please"),
             ("customer", [R.choice(["um it's ", "", "yeah "]), V(sp, "DOB"), R.choice(["", " so i'm %s" % two(2026 - y - 1)])]),
             ("agent", "thank you that's all matched")]
    return specs, "call/insurance UK: DOB as six digits day month two-digit year, age mentioned after"


def p_phone_agent_interrupt():
    num = gen_phone("UK")
    z = zero_for("UK")
    specs = [("agent", "can i take a contact number"),
             ("customer", ["yeah it's ", V(say_digits(num[:5], R, z), "PHONE", group="p", check=False)]),
             ("agent", "sorry was that oh seven"),
             ("customer", ["yeah ", V("oh seven", "PHONE", check=False), " and then ", V(say_digits(num[5:], R, z), "PHONE", group="p", check=False)]),
             ("agent", ["lovely so ", V(say_digits(num[:5], R, z) + " " + say_pairs(num[5:], z), "PHONE")])]
    return specs, "call/telecom UK: agent interrupts the mobile reading, customer continues, agent reads it back in pairs"


# --- chat positives ---------------------------------------------------------
def c_card():
    ind = R.choice(["retail", "telecom", "travel", "utilities", "insurance"])
    c = gen_card()
    m, y = R.randint(1, 12), R.randint(25, 31)
    cvv = gen_digits(4 if c[:2] in ("34", "37") else 3, "0123456789")
    exs = R.choice(["%02d/%02d" % (m, y), "%d/%d" % (m, 2000 + y), "%02d-%02d" % (m, y), "%02d%02d" % (m, y)])
    opener = R.choice(["Hi, I'd like to pay my bill. ", "hey can u take payment now? ", "Paying for order 55812: ", ""])
    if R.random() < 0.5:
        t = [opener, R.choice(["card number ", "card no. ", "my card numbr is ", "Card: "]), V(card_chat(c), "CARD_NUMBER"),
             R.choice([", exp ", " expiry ", " exp: "]), V(exs, "EXPIRY"), R.choice([" cvv ", ", security code ", " cvc: "]), V(cvv, "CVV")]
        specs = [("customer", t)]
    else:
        specs = [("customer", [opener, V(card_chat(c), "CARD_NUMBER")]),
                 ("agent", "Thanks! Could you also send the expiry date and the 3 digit code on the back?"),
                 ("customer", [V(exs, "EXPIRY"), R.choice([" and ", " / ", "  "]), V(cvv, "CVV")])]
    return specs, "chat/%s: typed card with expiry and CVV" % ind


def c_ssn():
    s = gen_ssn()
    f = R.choice([s[:3] + "-" + s[3:5] + "-" + s[5:], s[:3] + " " + s[3:5] + " " + s[5:], s, s[:3] + "." + s[3:5] + "." + s[5:]])
    specs = [("agent", "To verify your identity please provide your SSN."),
             ("customer", [R.choice(["sure its ", "SSN: ", "ok ", "My social is "]), V(f, "SSN"),
                           R.choice(["", ". Claim #884213 btw", " thx"])])]
    return specs, "chat/%s US: SSN typed with separators" % R.choice(["insurance", "banking", "healthcare billing"])


def c_ni():
    n = gen_ni()
    f = R.choice([n, n.lower(), "%s %s %s %s %s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8]), n[:2] + " " + n[2:8] + " " + n[8],
                  "%s-%s-%s-%s-%s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8])])
    specs = [("customer", [R.choice(["Hi my NI number is ", "ni no ", "National Insurance: ", "its "]), V(f, "NI_NUMBER"),
                           R.choice(["", " - I need my P60 for 2025", ". thanks"])])]
    return specs, "chat/government services UK: NI number typed, varied case/spacing"


def c_bank():
    sc = gen_digits(6, "1234789")
    acc = gen_digits(8, "0123456789")
    scf = R.choice([sc[:2] + "-" + sc[2:4] + "-" + sc[4:], sc, sc[:2] + " " + sc[2:4] + " " + sc[4:]])
    specs = [("customer", [R.choice(["Please refund to sort code ", "s/c ", "sortcode: "]), V(scf, "SORT_CODE"),
                           R.choice([" acc ", ", account no ", " a/c "]), V(acc, "BANK_ACCOUNT"),
                           R.choice(["", ". The refund was £23.40", " cheers"])])]
    return specs, "chat/%s UK: sort code and account number typed" % R.choice(["retail", "utilities", "banking"])


def c_iban():
    ib = gen_iban()
    f = R.choice([" ".join(ib[i:i + 4] for i in range(0, len(ib), 4)), ib, ib.lower()])
    specs = [("customer", [R.choice(["Can you send the refund to ", "IBAN: ", "my iban is "]), V(f, "IBAN"),
                           R.choice(["", " (account in my name)", ", amount €120"])])]
    return specs, "chat/%s %s: IBAN typed" % (R.choice(["travel", "retail", "insurance"]), ib[:2])


def c_contact():
    co = R.choice(["UK", "US", "IE"])
    num = gen_phone(co)
    if co == "US":
        pf = R.choice(["(%s) %s-%s" % (num[:3], num[3:6], num[6:]), "+1 %s %s %s" % (num[:3], num[3:6], num[6:]), num[:3] + "-" + num[3:6] + "-" + num[6:]])
    elif co == "UK":
        pf = R.choice([num[:5] + " " + num[5:], "+44 " + num[1:5] + " " + num[5:], num, "+44(0)" + num[1:]])
    else:
        pf = R.choice(["+353 " + num[1:3] + " " + num[3:6] + " " + num[6:], num[:3] + " " + num[3:]])
    e = email_value()
    if R.random() < 0.5:
        e = e.capitalize()
    specs = [("agent", "What's the best way to contact you?"),
             ("customer", [R.choice(["call me on ", "mob: ", "phone "]), V(pf, "PHONE"), R.choice([" or email ", ", email: ", " / "]), V(e, "EMAIL")])]
    return specs, "chat/%s %s: phone and email in one message" % (R.choice(IND), co)


def c_address():
    co = R.choice(["UK", "US"])
    a = addr(False)
    d, m, y = gen_dob()
    if co == "UK":
        pc = V(pc_chat(gen_uk_pc()), "POSTCODE")
        town = R.choice(["London", "Bristol", "Leeds", "Glasgow", "Belfast"])
    else:
        pc = V(gen_zip()[:5] if R.random() < 0.6 else (lambda z: z[:5] + "-" + z[5:] if len(z) > 5 else z)(gen_zip()), "POSTCODE")
        town = R.choice(["Austin, TX", "Denver CO", "Boston, MA"])
    specs = [("agent", "Can you confirm your address and date of birth please?"),
             ("customer", [V(a, "ADDRESS"), ", " + town + " ", pc, R.choice([", dob ", ". born ", "\nDOB: "]), V(date_chat(d, m, y), "DOB")])]
    return specs, "chat/%s %s: address, postcode/ZIP and DOB typed together" % (R.choice(IND), co)


def c_email_typo():
    e = email_value()
    specs = [("customer", ["hi i never got my e-ticket, booking for 2 adults. my emial is ", V(e, "EMAIL"), " pls resend"]),
             ("agent", "Sorry about that, resending now.")]
    return specs, "chat/travel: email with typo'd lead-in and counts nearby"


PHONE_POS = [p_card_one_turn, p_card_split, p_card_interrupt, p_card_correction, p_card_readback,
             p_card_exp_cvv, p_exp_cvv_one_turn, p_ssn, p_ssn_last_four_then_full, p_ssn_correction,
             p_ni, p_ni_readback, p_bank, p_us_account, p_iban, p_phone, p_email, p_dob,
             p_address_uk, p_address_us, p_verification_mix, p_two_values_turn, p_card_homophone,
             p_ssn_with_noise, p_ni_letters_homophone, p_card_restart, p_ni_correction,
             p_dob_short, p_phone_agent_interrupt]
CHAT_POS = [c_card, c_ssn, c_ni, c_bank, c_iban, c_contact, c_address, c_email_typo]

# --- negatives ---------------------------------------------------------------


def money_sp():
    return R.choice(["%s pounds %s" % (two(R.randint(10, 99)), two(R.randint(10, 99))),
                     "%s hundred and %s dollars" % (ONES[R.randint(1, 9)], two(R.randint(20, 99))),
                     "%s euro %s" % (two(R.randint(20, 99)), two(R.randint(10, 99))),
                     "%s ninety nine" % two(R.randint(11, 99))])


def n_balance():
    return [("agent", "your current balance is %s and the next payment of %s is due on the %s of %s" %
             (money_sp(), money_sp(), ORD[R.randint(1, 28)], MONTHS[R.randint(0, 11)])),
            ("customer", "okay and can i pay %s now and the rest next month" % money_sp())], "call/%s: balances, amounts and a due date" % R.choice(["banking", "utilities", "telecom"])


def n_reference():
    w = R.choice(["order number", "ticket number", "reference", "claim number", "invoice number", "case number"])
    n = gen_digits(R.randint(6, 10))
    return [("agent", "do you have the %s there" % w),
            ("customer", "yeah the %s is %s" % (w, say_digits(n, R, R.choice(["oh", "zero"])))),
            ("agent", "thanks i can see that %s from the %s of %s" % (w, ORD[R.randint(1, 28)], MONTHS[R.randint(0, 11)]))], "call/%s: %s read digit by digit with its reference word" % (R.choice(IND), w)


def n_flight():
    al = R.choice([("b a", "british airways"), ("e i", "aer lingus"), ("u a", "united"), ("f r", "ryanair")])
    return [("customer", "i'm on flight %s %s on the %s it leaves at %s" % (al[0], say_digits(gen_digits(R.randint(3, 4)), R), ORD[R.randint(1, 28)],
                                                                           R.choice(["fourteen thirty", "six forty five am", "nine fifteen", "twenty two hundred"]))),
            ("agent", "okay i can see the %s flight gate %s boarding closes thirty minutes before" % (al[1], two(R.randint(10, 60))))], "call/travel: flight number, times and gate"


def n_meter():
    r1 = gen_digits(5, "0123456789")
    r2 = gen_digits(5, "0123456789")
    return [("agent", "can you read me the meter"),
            ("customer", "the day reading is %s and night is %s" % (say_digits(r1, R, "oh"), say_digits(r2, R, "oh"))),
            ("agent", "thanks that's about %s kilowatt hours this quarter" % two(R.randint(20, 99)))], "call/utilities: meter readings digit by digit"


def n_appointment():
    return [("agent", "i can book the engineer for %s the %s of %s between %s and %s" %
             (R.choice(["monday", "tuesday", "friday"]), ORD[R.randint(1, 28)], MONTHS[R.randint(0, 11)], ONES[R.randint(7, 9)], R.choice(["twelve", "one"]))),
            ("customer", "the %s is fine i'm off work from %s" % (ORD[R.randint(1, 28)], year_words(R.randint(2024, 2027)) if R.random() < 0.3 else "the weekend")),
            ("agent", "great that's booked reference %s" % say_digits(gen_digits(6), R, "oh"))], "call/%s: appointment date, times and reference" % R.choice(["telecom", "utilities"])


def n_usage():
    return [("customer", "my speed is only %s megs but i'm paying for %s" % (two(R.randint(11, 40)), R.choice(["five hundred", "nine hundred", "a hundred and fifty"]))),
            ("agent", "i see you've used %s point %s gigabytes this month and there's %s percent off for %s months" %
             (two(R.randint(20, 99)), ONES[R.randint(1, 9)], two(R.randint(10, 50)), two(R.randint(12, 24))))], "call/telecom: speeds, data usage, percentages, durations"


def n_age_temp():
    return [("customer", "it's for my dad he's %s and the heating's been stuck at %s degrees for %s days" % (two(R.randint(70, 95)), two(R.randint(12, 19)), ONES[R.randint(2, 9)])),
            ("agent", "i'm sorry to hear that we'll get someone out within %s hours" % two(R.randint(24, 72)))], "call/utilities: age, temperature, durations"


def n_contract():
    return [("agent", "your contract started on the %s of %s %s and it's a %s month term" % (ORD[R.randint(1, 28)], MONTHS[R.randint(0, 11)], year_words(R.randint(2019, 2025)), R.choice(["twelve", "eighteen", "twenty four"]))),
            ("customer", "so in %s i can leave without the %s fee" % (year_words(R.randint(2026, 2028)), money_sp()))], "call/telecom: contract start date and years (not DOB)"


def n_model():
    return [("customer", "it's the %s model number %s" % (R.choice(["washing machine", "boiler", "router", "fridge"]),
                                                         R.choice(["w m seven four two", "h g eight hundred", "x c four five oh", "b two thousand and ten"]))),
            ("agent", "and it's %s years old you said so it's out of the %s year warranty" % (ONES[R.randint(2, 9)], ONES[R.randint(1, 3)]))], "call/retail: model numbers and ages of products"


def n_hotel():
    return [("customer", "we're in room %s for %s nights checking out on the %s" % (say_digits(gen_digits(3), R, "oh", doubles=0), ONES[R.randint(2, 7)], ORD[R.randint(1, 28)])),
            ("agent", "the rate is %s per night and breakfast is from seven thirty" % money_sp())], "call/travel: room number, nights, rate, times"


def n_interest():
    return [("agent", "the rate on the loan is %s point %s percent a p r over %s years" % (ONES[R.randint(2, 9)], ONES[R.randint(1, 9)], ONES[R.randint(2, 7)])),
            ("customer", "and the monthly payment would be about %s" % money_sp()),
            ("agent", "yes with the first one on the %s of %s" % (ORD[R.randint(1, 28)], MONTHS[R.randint(0, 11)]))], "call/banking: interest percentage, loan term, payment date"


def n_counts():
    return [("customer", "i ordered %s of the chairs and only %s turned up on %s" % (ONES[R.randint(3, 9)], ONES[R.randint(1, 2)], R.choice(["tuesday", "the ninth", "saturday"]))),
            ("agent", "sorry about that i'll send the other %s they're %s each" % (ONES[R.randint(2, 7)], money_sp()))], "call/retail: quantities and prices"


def n_years():
    return [("customer", "i've been a customer since %s and moved house in %s" % (year_words(R.randint(1985, 2015)), year_words(R.randint(2016, 2024)))),
            ("agent", "thank you for your loyalty that's over %s years" % two(R.randint(10, 40)))], "call/insurance: years that are not dates of birth"


def n_chat():
    k = R.randint(0, 11)
    opts = [
        ("Order #%s still hasn't arrived, it's been %d days" % (gen_digits(8), R.randint(3, 20)), "retail: 8-digit order number with # and day count"),
        ("Invoice INV-%d-%05d shows £%d.%02d but I was quoted £%d" % (R.randint(2023, 2026), R.randint(1, 99999), R.randint(20, 400), R.randint(0, 99), R.randint(20, 400)), "utilities: invoice id and amounts"),
        ("My flight EI %d on %02d/%02d got cancelled, booking ref %s" % (R.randint(100, 999), R.randint(1, 28), R.randint(1, 12), "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(6))), "travel: flight, travel date, booking ref"),
        ("The meter reads %05d and the last bill estimated %05d" % (R.randint(1000, 99999), R.randint(1000, 99999)), "utilities: meter readings"),
        ("Appointment booked for %02d:%02d on %02d/%02d/%d, ticket %d" % (R.randint(8, 17), R.choice([0, 15, 30, 45]), R.randint(1, 28), R.randint(1, 12), R.randint(2026, 2027), R.randint(100000, 9999999)), "healthcare billing: appointment date/time and ticket"),
        ("Bill went from €%d.%02d to €%d.%02d, that's a %d%% increase!!" % (R.randint(30, 60), R.randint(0, 99), R.randint(61, 99), R.randint(0, 99), R.randint(5, 60)), "telecom: amounts and percentage"),
        ("I'm %d and my husband is %d, we want the over-60s plan for %d months" % (R.randint(60, 80), R.randint(60, 85), R.choice([12, 24, 36])), "insurance: ages and durations"),
        ("Claim number CLM-%07d, incident happened on %d March %d at about %dpm" % (R.randint(1, 9999999), R.randint(1, 28), R.randint(2024, 2026), R.randint(1, 11)), "insurance: claim number and incident date"),
        ("Speed test says %d.%d Mbps down / %d Mbps up, router model %s" % (R.randint(5, 90), R.randint(0, 9), R.randint(1, 20), R.choice(["HH6", "TG789vac", "FRITZ!Box 7530"])), "telecom: speeds and model number"),
        ("Tracking says %d parcels, total weight %.1fkg, delivered %s at %02d:%02d" % (R.randint(2, 5), R.uniform(1, 30), R.choice(["Mon", "yesterday", "12/11"]), R.randint(7, 20), R.randint(0, 59)), "retail: counts, weight, delivery date/time"),
        ("Account balance is $%s.%02d and the statement date is the %dth" % ("{:,}".format(R.randint(1000, 99999)), R.randint(0, 99), R.randint(4, 28)), "banking: balance and statement date"),
        ("Case ref %s - I called on %d/%d about the %d-year renewal at %d.%d%%" % (gen_digits(9), R.randint(1, 12), R.randint(1, 28), R.randint(1, 5), R.randint(1, 9), R.randint(0, 9)), "insurance: 9-digit case ref, call date, percentage"),
    ]
    t, d = opts[k]
    return [("customer", t), ("agent", R.choice(["Thanks, let me check that for you.", "I'm sorry to hear that, one moment.", "Okay, looking into it now."]))], "chat/" + d


PHONE_NEG = [n_balance, n_reference, n_flight, n_meter, n_appointment, n_usage, n_age_temp,
             n_contract, n_model, n_hotel, n_interest, n_counts, n_years]

# ---------------------------------------------------------------- generation
N_PHONE_POS, N_CHAT_POS, N_PHONE_NEG, N_CHAT_NEG = 174, 72, 78, 40


def clean(specs):
    out = []
    for spk, segs in specs:
        if isinstance(segs, (str, V)):
            segs = [segs]
        segs = [s for s in segs if not (isinstance(s, str) and s == "")]
        # collapse double spaces in plain text without disturbing V segments
        fixed = []
        for s in segs:
            if isinstance(s, str):
                s = re.sub(r"  +", " ", s)
                if fixed and isinstance(fixed[-1], str):
                    fixed[-1] = re.sub(r"  +", " ", fixed[-1] + s)
                    continue
            fixed.append(s)
        if fixed and isinstance(fixed[-1], str):
            fixed[-1] = fixed[-1].rstrip()
            if not fixed[-1]:
                fixed.pop()
        if fixed and isinstance(fixed[0], str):
            fixed[0] = fixed[0].lstrip()
        out.append((spk, fixed))
    return out


def generate():
    R.seed(SEED)
    records, problems = [], []
    pos = []
    for i in range(N_PHONE_POS):
        pos.append((PHONE_POS[i % len(PHONE_POS)], False))
    for i in range(N_CHAT_POS):
        pos.append((CHAT_POS[i % len(CHAT_POS)], True))
    R.shuffle(pos)
    for i, (fn, chat) in enumerate(pos, 1):
        specs, note = fn()
        turns, spans, vals = build(clean(specs))
        cid = "h226-pos-%03d" % i
        records.append(({"id": cid, "kind": "positive", "turns": turns, "spans": spans, "note": note}, vals, chat))
    neg = [(PHONE_NEG[i % len(PHONE_NEG)], False) for i in range(N_PHONE_NEG)] + [(n_chat, True)] * N_CHAT_NEG
    R.shuffle(neg)
    for i, (fn, chat) in enumerate(neg, 1):
        specs, note = fn()
        turns, spans, vals = build(clean(specs))
        records.append(({"id": "h226-neg-%03d" % i, "kind": "negative", "turns": turns, "spans": [], "note": note}, [], chat))
    return records


def dump(records):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r, _, _ in records)


def verify(records):
    problems = []
    ids = Counter(r["id"] for r, _, _ in records)
    problems += ["duplicate id %s" % k for k, v in ids.items() if v > 1]
    for r, vals, chat in records:
        cid = r["id"]
        if r["kind"] == "negative" and r["spans"]:
            problems.append(cid + ": negative with spans")
        if r["kind"] == "positive" and not r["spans"]:
            problems.append(cid + ": positive without spans")
        for t in r["turns"]:
            if t["speaker"] not in ("agent", "customer") or not t["text"]:
                problems.append(cid + ": bad turn")
        prev = {}
        for s in sorted(r["spans"], key=lambda s: (s["turn"], s["start"])):
            if s["type"] not in TYPES:
                problems.append(cid + ": bad type " + s["type"])
            if not (0 <= s["turn"] < len(r["turns"])):
                problems.append(cid + ": bad turn index")
                continue
            txt = r["turns"][s["turn"]]["text"]
            a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(txt)):
                problems.append(cid + ": offsets out of range")
                continue
            if not ((txt[a].isalnum() or txt[a] in "+(") and txt[b - 1].isalnum()):
                problems.append(cid + ": span does not start/end on alnum: %r" % txt[a:b])
            if (a > 0 and txt[a - 1].isalnum()) or (b < len(txt) and txt[b].isalnum()):
                problems.append(cid + ": span not on word boundary: %r" % txt[a:b])
            if s["turn"] in prev and prev[s["turn"]] > a:
                problems.append(cid + ": overlapping spans")
            prev[s["turn"]] = b
        groups = {}
        for v in vals:
            if not v.check:
                if not re.search(r"[A-Za-z0-9]", v.text):
                    problems.append(cid + ": empty unchecked value")
                continue
            if v.group:
                groups.setdefault((v.group, v.typ), []).append(v.raw or v.text)
                continue
            try:
                e = validate_value(v.typ, v.raw or v.text, chat)
            except ValueError as ex:
                e = str(ex)
            if e:
                problems.append("%s: %s (%r)" % (cid, e, v.text))
        for (g, typ), texts in groups.items():
            try:
                if typ in ("EMAIL", "ADDRESS", "DOB"):
                    e = validate_value(typ, " ".join(texts), chat)
                else:
                    joined = "".join(norm_alnum(x, chat, months=(typ == "EXPIRY")) for x in texts)
                    e = validate_value(typ, joined, True)
            except ValueError as ex:
                e = str(ex)
            if e:
                problems.append("%s: group %s %s (%r)" % (cid, g, e, texts))
        if r["kind"] == "negative":
            # lookalike guard: no Luhn-valid 13+ digit run, no email, in negatives
            for t in r["turns"]:
                if "@" in t["text"]:
                    problems.append(cid + ": negative contains @")
    return problems


def counts(records):
    c = Counter()
    for r, _, _ in records:
        for s in r["spans"]:
            c[s["type"]] += 1
    return c


def readme(records):
    c = counts(records)
    npos = sum(1 for r, _, _ in records if r["kind"] == "positive")
    nneg = len(records) - npos
    nphone = sum(1 for r, _, chat in records if not chat)
    rows = "\n".join("| %s | %d |" % (t, c[t]) for t in TYPES)
    return """# PII hold-out set h226

**Never use this set for tuning.** It exists only to measure the redactor on data
it was not developed against. Do not read individual cases to fix failures.

## Who wrote it and how

Written by an AI helper acting as an independent author. The author did not see
the redaction code, its tests, its docs, the benchmark script or any other PII
fixture; the only thing consulted was a three-line example of the JSONL format.
All cases come from `scripts/make_pii_holdout226.py`, which assembles every turn
from plain-text segments and labelled value segments, so offsets are computed,
never typed. All values are drawn from one `random.Random(%d)`; the output is
byte-for-byte reproducible (`python scripts/make_pii_holdout226.py --check`).

Emphasis: about two thirds of cases are phone calls written as a speech
recogniser would (lower case, no punctuation, numbers as words, "oh"/"nought"/
"zero", "double"/"triple", pairs like "forty one", letters as "b for bravo",
"jay"/"see"/"why", homophones "for"/"to"/"too"), with values split over several
turns with back-channels, self-corrections, agent interruptions and read-backs.
The rest are typed chat messages (separators, case, typos).

## Contents

- %d positive cases, %d negative cases (%d phone-call cases, %d chat cases).
- Negatives contain lookalikes only: amounts, balances, times, durations, counts,
  years, percentages, appointment/contract/payment dates, order/ticket/claim/
  invoice/case references (up to 10 digits, with their reference word), flight and
  room numbers, model numbers, meter readings, speeds, ages, temperatures.

| type | spans |
|---|---|
%s

## Annotation conventions

- A span covers the value only, from its first to its last letter/digit (a
  typed phone number may start with "+" or "("), and always starts and ends on
  a word boundary. Lead-ins ("it's", "my card is"),
  trailing chit-chat and reference words are outside the span.
- Spoken readings: the span covers the whole reading including filler words,
  "double"/"triple", "dash", and spelling aids inside it ("q for quebec").
- Self-corrections: the span covers the whole reading including the wrong digit
  and the correction marker ("no sorry"), because the wrong fragment is still
  part of the caller's number.
- A value split over several turns gets one span per turn (same type); agent
  back-channels are not labelled. When the agent reads a value back, the
  read-back is labelled too. Short confirmations of two digits repeated by the
  customer are labelled as part of the value; the agent's own short echo
  question ("was that seven one") is not labelled. When a caller aborts a
  reading and restarts it, the aborted prefix is labelled as well.
- PHONE includes a spoken or typed country prefix ("plus four four", "+44").
- EXPIRY covers month and year; CVV covers the digits only.
- DOB covers the full date (day, month, year); when day/month and year are in
  different turns each part is a span.
- ADDRESS covers house/flat number and street name with street type; the town
  is not labelled. POSTCODE (UK postcode or US ZIP / ZIP+4) is a separate span.
- EMAIL covers the whole address, spoken ("j dot smith at gmail dot com") or typed.
- Unlabelled non-PII numbers (amounts, dates, references) may sit next to PII
  in positive cases.

## Scoring reminder

A labelled span counts as found when every letter/digit inside it is covered by
some redaction; a negative case fails if anything in it is redacted.
""" % (SEED, npos, nneg, nphone, len(records) - nphone, rows)


def main():
    records = generate()
    data = dump(records)
    problems = verify(records)
    c = counts(records)
    npos = sum(1 for r, _, _ in records if r["kind"] == "positive")
    nneg = len(records) - npos
    mins = {t: 12 for t in TYPES}
    mins.update({"CARD_NUMBER": 30, "NI_NUMBER": 30, "SSN": 30})
    for t, m in mins.items():
        if c[t] < m:
            problems.append("type %s has %d spans < %d" % (t, c[t], m))
    if npos < 170 or nneg < 100:
        problems.append("too few cases")
    # reproducibility: a second generation must be identical
    if dump(generate()) != data:
        problems.append("generation not deterministic")
    if "--check" in sys.argv:
        try:
            with open(CASES, encoding="utf-8") as f:
                on_disk = f.read()
        except OSError:
            on_disk = None
        if on_disk != data:
            problems.append("cases.jsonl differs from regenerated output")
        try:
            with open(README, encoding="utf-8") as f:
                if f.read() != readme(records):
                    problems.append("README.md differs from regenerated output")
        except OSError:
            problems.append("README.md missing")
        # re-parse file
        if on_disk:
            for ln, line in enumerate(on_disk.splitlines(), 1):
                try:
                    json.loads(line)
                except ValueError:
                    problems.append("line %d not JSON" % ln)
    else:
        os.makedirs(OUTDIR, exist_ok=True)
        with open(CASES, "w", encoding="utf-8") as f:
            f.write(data)
        with open(README, "w", encoding="utf-8") as f:
            f.write(readme(records))
    print("positives %d negatives %d" % (npos, nneg))
    for t in TYPES:
        print("  %-13s %d" % (t, c[t]))
    for p in problems:
        print("PROBLEM:", p)
    print("OK" if not problems else "FAILED (%d problems)" % len(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())

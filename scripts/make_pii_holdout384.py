#!/usr/bin/env python3
"""Generate the pii_holdout384 held-out PII evaluation set.

Usage:
    python scripts/make_pii_holdout384.py          # write cases.jsonl + README.md
    python scripts/make_pii_holdout384.py --check  # regenerate and verify

Standard library only.  Every turn is built from plain segments and labelled
value segments, so span offsets are computed, never typed by hand.
"""
import argparse
import json
import os
import re
import sys
import random

SEED = 384241125
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUTDIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout384")
CASES = os.path.join(OUTDIR, "cases.jsonl")
README = os.path.join(OUTDIR, "README.md")

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]
MINIMA = {"CARD_NUMBER": 70, "SSN": 30, "NI_NUMBER": 30}

UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy",
        8: "eighty", 9: "ninety"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
MON3 = [m[:3] for m in MONTHS]
ORD = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth",
       7: "seventh", 8: "eighth", 9: "ninth", 10: "tenth", 11: "eleventh",
       12: "twelfth", 13: "thirteenth", 14: "fourteenth", 15: "fifteenth",
       16: "sixteenth", 17: "seventeenth", 18: "eighteenth", 19: "nineteenth",
       20: "twentieth", 30: "thirtieth"}
FILLERS = ["um", "uh", "er", "erm"]
LETTER_WORDS = {
    "a": ["alpha", "apple"], "b": ["bravo", "bob"], "c": ["charlie", "cat"],
    "d": ["delta", "david"], "e": ["echo", "edward"], "f": ["foxtrot", "freddie"],
    "g": ["golf", "george"], "h": ["hotel", "harry"], "i": ["india"],
    "j": ["juliet", "john"], "k": ["kilo", "king"], "l": ["lima", "london"],
    "m": ["mike", "mother"], "n": ["november", "nancy"], "o": ["oscar", "orange"],
    "p": ["papa", "peter"], "q": ["quebec", "queen"], "r": ["romeo", "robert"],
    "s": ["sierra", "sugar"], "t": ["tango", "tommy"], "u": ["uniform", "uncle"],
    "v": ["victor", "victoria"], "w": ["whiskey", "william"], "x": ["x-ray", "xylophone"],
    "y": ["yankee", "yellow"], "z": ["zulu", "zebra"]}
NATO = {"alpha": "a", "bravo": "b", "charlie": "c", "delta": "d", "echo": "e",
        "foxtrot": "f", "golf": "g", "hotel": "h", "india": "i", "juliet": "j",
        "kilo": "k", "lima": "l", "mike": "m", "november": "n", "oscar": "o",
        "papa": "p", "quebec": "q", "romeo": "r", "sierra": "s", "tango": "t",
        "uniform": "u", "victor": "v", "whiskey": "w", "xray": "x", "yankee": "y",
        "zulu": "z"}
SUFFIXES = ["road", "street", "lane", "avenue", "close", "drive", "crescent", "way",
            "terrace", "gardens", "place", "court", "rd", "st", "ave", "ln", "dr", "grove"]


# ---------------------------------------------------------------- helpers
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


def luhn_complete(prefix, length, rng):
    s = prefix + "".join(rng.choice("0123456789") for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(s + c):
            return s + c


def iban_num(s):
    return int("".join(str(int(c, 36)) for c in s))


def iban_ok(s):
    return bool(re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s)) and iban_num(s[4:] + s[:4]) % 97 == 1


def num_words(n):
    """Cardinal words for 0..9999 (British 'and')."""
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
    w = UNITS[n // 1000] + " thousand"
    if r == 0:
        return w
    if r < 100:
        return w + " and " + num_words(r)
    return w + " " + num_words(r)


def ord_words(n):
    if n in ORD:
        return ORD[n]
    return TENS[n // 10] + " " + ORD[n % 10]


def ord_suffix(n):
    if 10 <= n % 100 <= 20:
        return "%dth" % n
    return "%d%s" % (n, {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th"))


def year_words(y, rng):
    if 2000 <= y < 2010:
        return rng.choice(["two thousand and " + UNITS[y - 2000] if y > 2000 else "two thousand",
                           "two thousand " + UNITS[y - 2000] if y > 2000 else "two thousand"])
    hi, lo = divmod(y, 100)
    if lo == 0:
        return num_words(hi) + " hundred"
    if lo < 10:
        return num_words(hi) + " " + rng.choice(["oh", "o"]) + " " + UNITS[lo]
    return num_words(hi) + " " + num_words(lo)


# ---------------------------------------------------------------- spoken digits
def say_run_singles(ds, zs, rng, allow_multi=True):
    out, i = [], 0
    while i < len(ds):
        d = ds[i]
        j = i
        while j < len(ds) and ds[j] == d:
            j += 1
        run = j - i
        w = zs if d == "0" else UNITS[int(d)]
        if allow_multi and run >= 3 and rng.random() < 0.6:
            out.append("triple " + w)
            i += 3
        elif allow_multi and run >= 2 and rng.random() < 0.7:
            out.append("double " + w)
            i += 2
        else:
            out.append(w)
            i += 1
    return " ".join(out)


def say_chunk(ch, style, zs, rng, last):
    if style == "hundreds" and len(ch) == 3 and ch[0] != "0":
        r = int(ch[1:])
        bad_tail = (r == 0) or (r >= 20 and r % 10 == 0)
        if not bad_tail or last:
            return num_words(int(ch))
    if style in ("pairs", "hundreds") and len(ch) >= 2:
        parts = []
        i = 0
        while i < len(ch):
            p = ch[i:i + 2]
            if len(p) == 2 and p[0] == "1":
                parts.append(TEENS[int(p[1])])
            elif len(p) == 2 and p[0] not in "01" and p[1] != "0":
                parts.append(num_words(int(p)))
            else:
                parts.append(say_run_singles(p, zs, rng))
            i += 2
        return " ".join(parts)
    return say_run_singles(ch, zs, rng)


def spoken_digit_chunks(groups, rng, style=None):
    style = style or rng.choice(["singles", "singles", "singles", "pairs", "hundreds"])
    zs = rng.choice(["oh", "oh", "zero", "o", "nought"])
    out = []
    for k, g in enumerate(groups):
        out.append(say_chunk(g, style, zs, rng, k == len(groups) - 1))
    return out


def say_letter(ch, rng, style):
    ch = ch.lower()
    if ch == "o" or style == "nato" or (style == "mixed" and rng.random() < 0.4):
        w = rng.choice(LETTER_WORDS[ch])
        return ch + rng.choice([" for ", " for ", " as in "]) + w
    return ch


def spoken_alnum_chunks(groups, rng):
    lstyle = rng.choice(["plain", "plain", "nato", "mixed"])
    zs = rng.choice(["oh", "zero", "nought"])
    dstyle = rng.choice(["singles", "singles", "pairs"])
    out = []
    for k, g in enumerate(groups):
        words, i = [], 0
        while i < len(g):
            if g[i].isdigit():
                j = i
                while j < len(g) and g[j].isdigit():
                    j += 1
                words.append(say_chunk(g[i:j], dstyle, zs, rng, False))
                i = j
            else:
                words.append(say_letter(g[i], rng, lstyle))
                i += 1
        out.append(" ".join(words))
    return out


def join_spoken(chunks, rng, filler_p=0.25):
    out = chunks[0]
    for c in chunks[1:]:
        if rng.random() < filler_p:
            out += " " + rng.choice(FILLERS) + " " + c
        else:
            out += " " + c
    return out


# ---------------------------------------------------------------- normalisation (used by --check)
def _tok(text):
    t = text.lower().replace("x-ray", "xray")
    t = re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", t)
    return re.findall(r"[a-z]+|\d+", t)


def spoken_norm(text, letters=False, months=False):
    toks = _tok(text)
    units = {w: i for i, w in enumerate(UNITS)}
    teens = {w: i + 10 for i, w in enumerate(TEENS)}
    tens = {w: k for k, w in TENS.items()}
    ordmap = {v: num_words(k) for k, v in ORD.items()}
    ex = []
    for t in toks:
        if t in ordmap:
            ex.extend(ordmap[t].split())
        elif months and t in MONTHS:
            ex.append(str(MONTHS.index(t) + 1))
        elif months and t in MON3:
            ex.append(str(MON3.index(t) + 1))
        elif months and t == "sept":
            ex.append("9")
        else:
            ex.append(t)
    toks = ex
    out = []
    i = 0
    n = len(toks)

    def unit_at(k):
        if k < n:
            t = toks[k]
            if t in units and t != "zero":
                return units[t]
        return None

    def small_at(k):
        """parse 1..99 starting at k -> (value, next)"""
        t = toks[k] if k < n else None
        if t in teens:
            return teens[t], k + 1
        if t in tens:
            u = unit_at(k + 1)
            if u is not None:
                return tens[t] * 10 + u, k + 2
            return tens[t] * 10, k + 1
        if t in units:
            return units[t], k + 1
        return None, k

    while i < n:
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < n else None
        if t.isdigit():
            out.append(t)
            i += 1
        elif letters and len(t) == 1 and t.isalpha() and nxt in ("for", "as"):
            out.append(t.upper())
            i += 3 if nxt == "for" else 4
        elif t in ("double", "triple") and nxt is not None:
            m = 2 if t == "double" else 3
            if nxt in ("oh", "o", "zero", "nought"):
                out.append("0" * m)
            elif nxt in units:
                out.append(str(units[nxt]) * m)
            elif letters and len(nxt) == 1:
                out.append(nxt.upper() * m)
            i += 2
        elif t in ("oh", "o", "zero", "nought"):
            out.append("0")
            i += 1
        elif t in units and nxt == "hundred":
            j = i + 2
            r = 0
            if j < n and toks[j] == "and":
                r, j = small_at(j + 1)
            out.append("%d%02d" % (units[t], r))
            i = j
        elif t in units and nxt == "thousand":
            j = i + 2
            r = 0
            if j < n and toks[j] == "and":
                r, j = small_at(j + 1)
            elif j < n and unit_at(j) is not None and j + 1 < n and toks[j + 1] == "hundred":
                j2 = j + 2
                r2 = 0
                if j2 < n and toks[j2] == "and":
                    r2, j2 = small_at(j2 + 1)
                r = unit_at(j) * 100 + r2
                j = j2
            elif j < n and (toks[j] in units or toks[j] in teens or toks[j] in tens):
                r, j = small_at(j)
            out.append("%d%03d" % (units[t], r))
            i = j
        elif t in teens and nxt == "hundred":
            out.append("%d00" % teens[t])
            i += 2
        elif t in tens or t in teens or t in units:
            v, i = small_at(i)
            out.append(str(v))
        elif letters and t in NATO:
            out.append(NATO[t].upper())
            i += 1
        elif letters and len(t) == 1:
            out.append(t.upper())
            i += 1
        elif letters and re.fullmatch(r"[a-z]+", t) and t not in FILLERS and t not in ("and", "plus", "space", "dash", "hyphen", "slash", "sorry", "then"):
            out.append(t.upper())
            i += 1
        else:
            i += 1
    return "".join(out)


def typed_compact(text):
    return re.sub(r"[^A-Za-z0-9]", "", text).upper()


def email_norm(text):
    t = text.strip().lower()
    if re.fullmatch(r"[a-z0-9._%+\-]+@[a-z0-9.\-]+\.[a-z]{2,}", t):
        return t
    toks = re.findall(r"[a-z0-9]+", t.replace("x-ray", "xray"))
    sym = {"at": "@", "dot": ".", "underscore": "_", "dash": "-", "hyphen": "-"}
    units = {w: str(i) for i, w in enumerate(UNITS)}
    out, i = [], 0
    while i < len(toks):
        w = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if len(w) == 1 and nxt in ("for", "as"):
            out.append(w)
            i += 3 if nxt == "for" else 4
            continue
        if w in FILLERS:
            pass
        elif w in sym:
            out.append(sym[w])
        elif w in units:
            out.append(units[w])
        else:
            out.append(w)
        i += 1
    return "".join(out)


def norm_for(vtype, text):
    if vtype == "EMAIL":
        return email_norm(text)
    if vtype in ("NI_NUMBER", "IBAN", "POSTCODE"):
        c = typed_compact(text)
        if vtype == "NI_NUMBER" and re.fullmatch(r"[A-Z]{2}\d{6}[A-D]", c):
            return c
        if vtype == "IBAN" and iban_ok(c):
            return c
        if vtype == "POSTCODE" and re.fullmatch(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}|\d{5}(\d{4})?", c):
            return c
        return spoken_norm(text, letters=True)
    if vtype in ("DOB", "EXPIRY"):
        return spoken_norm(text, months=True)
    if vtype == "ADDRESS":
        return text.lower()
    return spoken_norm(text)


def date_candidates(vtype, canon):
    if vtype == "DOB":
        d, m, y = canon
        ds = {str(d), "%02d" % d}
        ms = {str(m), "%02d" % m}
        ys = {str(y), "%02d" % (y % 100)}
        c = set()
        for a in ds:
            for b in ms:
                for yy in ys:
                    c |= {a + b + yy, b + a + yy, yy + b + a}
        return c
    m, y = canon
    c = set()
    for b in {str(m), "%02d" % m}:
        for yy in {str(y), "%02d" % (y % 100)}:
            c |= {b + yy, yy + b}
    return c


NI_RE = r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]"


def validate_value(vtype, norm, canon, kind):
    """norm: normalised concatenation of the value's spans; canon: generator's truth."""
    if vtype in ("DOB", "EXPIRY"):
        return norm in date_candidates(vtype, canon)
    if vtype == "ADDRESS":
        has_num = bool(re.search(r"\d", norm)) or any(w in norm.split() for w in UNITS + TEENS + list(TENS.values()))
        return has_num and any(s in re.findall(r"[a-z]+", norm) for s in SUFFIXES)
    if kind == "prefix":
        ok = canon.startswith(norm) and len(norm) >= 2
    elif kind == "suffix":
        ok = canon.endswith(norm) and len(norm) == 4
    else:
        ok = norm == canon
    if not ok:
        return False
    c = canon
    if vtype == "CARD_NUMBER":
        return c.isdigit() and 13 <= len(c) <= 19 and luhn_ok(c)
    if vtype == "CVV":
        return c.isdigit() and len(c) in (3, 4)
    if vtype == "SSN":
        return c.isdigit() and len(c) == 9 and c[:3] not in ("000", "666") and c[0] != "9"
    if vtype == "NI_NUMBER":
        return bool(re.fullmatch(NI_RE, c)) and c[:2] not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ")
    if vtype == "SORT_CODE":
        return c.isdigit() and len(c) == 6
    if vtype == "BANK_ACCOUNT":
        return c.isdigit() and 8 <= len(c) <= 12
    if vtype == "IBAN":
        return iban_ok(c)
    if vtype == "PHONE":
        return c.isdigit() and 10 <= len(c) <= 13 and (c[0] == "0" or c[:2] in ("44", "33", "49", "31") or c[:3] == "353" or c[0] == "1" or (len(c) == 10 and c[0] in "23456789"))
    if vtype == "EMAIL":
        return bool(re.fullmatch(r"[a-z0-9._+\-]+@[a-z0-9\-]+(\.[a-z0-9\-]+)*\.[a-z]{2,}", c))
    if vtype == "POSTCODE":
        return bool(re.fullmatch(r"[A-Z]{1,2}\d[A-Z\d]?\d[ABD-HJLNP-UW-Z]{2}|\d{5}(\d{4})?", c))
    return False


# ---------------------------------------------------------------- value generators
FIRST = ["sarah", "james", "priya", "tom", "aoife", "liam", "maria", "chen", "fatima", "david",
         "emma", "kwame", "sophie", "marek", "grace", "niamh", "rohan", "lucy", "pierre", "hannah"]
LAST = ["okafor", "smith", "patel", "murphy", "walsh", "nguyen", "kowalski", "brennan", "hughes",
        "garcia", "jones", "obrien", "fischer", "dubois", "taylor", "khan", "reilly", "baker"]
DOMAINS = ["gmail.com", "outlook.com", "yahoo.co.uk", "hotmail.com", "icloud.com", "btinternet.com",
           "eircom.net", "web.de", "orange.fr", "aol.com", "protonmail.com", "sky.com"]
STREETS = ["harrow", "mill", "church", "station", "victoria", "park", "elm", "maple", "queens",
           "oak", "willow", "castle", "meadow", "king", "high", "bridge", "chestnut", "orchard",
           "rosemary", "hawthorn", "sycamore", "lincoln", "cedar", "ashgrove"]
STREET_SUF = ["Road", "Street", "Lane", "Avenue", "Close", "Drive", "Crescent", "Way", "Terrace",
              "Gardens", "Place", "Court", "Grove"]
TOWNS = {"UK": ["Leeds", "Bristol", "Manchester", "Croydon", "Glasgow", "Cardiff", "Norwich", "Reading"],
         "US": ["Springfield, IL", "Austin, TX", "Columbus, OH", "Tampa, FL", "Denver, CO", "Boston, MA"],
         "IE": ["Galway", "Cork", "Dublin 8", "Limerick", "Sligo"],
         "EU": ["Berlin", "Lyon", "Utrecht", "Madrid", "Hamburg"]}
UK_AREAS = ["SW", "SE", "N", "E", "W", "M", "B", "LS", "G", "EH", "CF", "BS", "NE", "L", "S",
            "NG", "CB", "OX", "BT", "RG", "NR", "CR", "YO", "PL"]
PC_IN = "ABDEFGHJLNPQRSTUWXYZ"


class Val:
    def __init__(self, vtype, canon, typed_groups=None, spoken=None, seps=None, country=None):
        self.type = vtype
        self.canon = canon
        self.typed_groups = typed_groups  # list of typed groups
        self.spoken = spoken  # callable rng -> list of spoken chunks
        self.seps = seps or [" "]


def digit_groups(s, sizes):
    out, i = [], 0
    for k in sizes:
        out.append(s[i:i + k])
        i += k
    if i < len(s):
        out.append(s[i:])
    return [g for g in out if g]


def gen_card(rng):
    kind = rng.choice(["visa", "visa", "visa", "mc", "mc", "amex", "disc", "visa13", "maestro19"])
    if kind == "visa":
        c = luhn_complete("4" + rng.choice(["539", "929", "111", "485", "026", "716"]), 16, rng)
        sizes = [4, 4, 4, 4]
    elif kind == "mc":
        c = luhn_complete(rng.choice(["51", "52", "53", "54", "55", "2221"]), 16, rng)
        sizes = [4, 4, 4, 4]
    elif kind == "amex":
        c = luhn_complete(rng.choice(["34", "37"]), 15, rng)
        sizes = [4, 6, 5]
    elif kind == "disc":
        c = luhn_complete("6011", 16, rng)
        sizes = [4, 4, 4, 4]
    elif kind == "visa13":
        c = luhn_complete("4", 13, rng)
        sizes = [4, 3, 3, 3]
    else:
        c = luhn_complete("6759", 19, rng)
        sizes = [4, 4, 4, 4, 3]
    if rng.random() < 0.2:  # odd grouping
        sizes = []
        left = len(c)
        while left > 0:
            k = min(left, rng.choice([2, 3, 4, 5]))
            sizes.append(k)
            left -= k
    groups = digit_groups(c, sizes)
    v = Val("CARD_NUMBER", c, groups, lambda r, g=groups: spoken_digit_chunks(g, r), [" ", " ", "-", "", " "])
    v.amex = kind == "amex"
    return v


def gen_cvv(rng, amex=False):
    c = "".join(rng.choice("0123456789") for _ in range(4 if amex else 3))
    return Val("CVV", c, [c], lambda r: spoken_digit_chunks([c], r, rng.choice(["singles", "hundreds"])), [""])


def gen_expiry(rng):
    m, y = rng.randint(1, 12), rng.randint(2025, 2031)
    v = Val("EXPIRY", (m, y))
    return v


def render_expiry(v, mode, rng):
    m, y = v.canon
    if mode == "chat":
        return rng.choice(["%02d/%02d" % (m, y % 100), "%02d/%d" % (m, y), "%d/%02d" % (m, y % 100),
                           "%02d-%02d" % (m, y % 100), "%02d%02d" % (m, y % 100),
                           "%s %d" % (MON3[m - 1].capitalize(), y), "%02d / %02d" % (m, y % 100)])
    mm = "%02d" % m
    opts = [" ".join(spoken_digit_chunks([mm], rng, "singles")) + " " + num_words(y % 100),
            MONTHS[m - 1] + " " + year_words(y, rng).replace("two thousand and", "twenty").replace("two thousand", "twenty"),
            " ".join(spoken_digit_chunks([mm, "%02d" % (y % 100)], rng, "singles")),
            MONTHS[m - 1] + " " + num_words(y % 100),
            " ".join(spoken_digit_chunks([mm], rng, "singles")) + " " + rng.choice(FILLERS) + " " + num_words(y % 100)]
    s = rng.choice(opts)
    # 'twenty twenty seven' form
    if y >= 2010 and "twenty" in s and MONTHS[m - 1] in s and rng.random() < 0.5:
        s = MONTHS[m - 1] + " twenty " + num_words(y % 100)
    return s


def gen_ssn(rng):
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    c = "%03d%02d%04d" % (a, rng.randint(1, 99), rng.randint(1, 9999))
    g = [c[:3], c[3:5], c[5:]]
    return Val("SSN", c, g, lambda r: spoken_digit_chunks(g, r), ["-", "-", " ", "", " - "])


def gen_ni(rng):
    first = "ABCEGHJKLMNOPRSTWXYZ"
    second = "ABCEGHJKLMNPRSTWXYZ"
    while True:
        p = rng.choice(first) + rng.choice(second)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    d = "".join(rng.choice("0123456789") for _ in range(6))
    c = p + d + rng.choice("ABCD")
    g = [c[:2], c[2:4], c[4:6], c[6:8], c[8]]
    return Val("NI_NUMBER", c, g, lambda r: spoken_alnum_chunks(g, r), [" ", "", " "])


def gen_account(rng, country):
    n = 8 if country in ("UK", "IE") else rng.choice([9, 10, 11, 12])
    c = str(rng.randint(1, 9)) + "".join(rng.choice("0123456789") for _ in range(n - 1))
    g = digit_groups(c, [4, 4]) if n == 8 and rng.random() < 0.5 else digit_groups(c, [3, 3, 3, 3])
    return Val("BANK_ACCOUNT", c, g, lambda r: spoken_digit_chunks(g, r), ["", " ", "", "-"])


def gen_sort(rng):
    c = rng.choice(["20", "30", "40", "60", "77", "83", "09", "11", "16", "04"]) + "%04d" % rng.randint(0, 9999)
    g = [c[:2], c[2:4], c[4:]]
    return Val("SORT_CODE", c, g, lambda r: spoken_digit_chunks(g, r, rng.choice(["singles", "pairs"])), ["-", "-", " ", ""])


def gen_iban(rng, country):
    cc = country if country in ("GB", "IE", "DE", "FR", "NL", "ES") else "GB"
    dig = lambda k: "".join(rng.choice("0123456789") for _ in range(k))
    if cc == "GB":
        bban = rng.choice(["WEST", "BARC", "NWBK", "LOYD", "HBUK", "MIDL"]) + dig(14)
    elif cc == "IE":
        bban = rng.choice(["AIBK", "BOFI", "IPBS", "ULSB"]) + dig(14)
    elif cc == "NL":
        bban = rng.choice(["ABNA", "RABO", "INGB", "SNSB"]) + dig(10)
    elif cc == "DE":
        bban = dig(18)
    elif cc == "FR":
        bban = dig(23)
    else:
        bban = dig(20)
    chk = 98 - iban_num(bban + cc + "00") % 97
    c = cc + "%02d" % chk + bban
    assert iban_ok(c)
    g = [c[i:i + 4] for i in range(0, len(c), 4)]
    return Val("IBAN", c, g, lambda r: spoken_alnum_chunks(g, r), [" ", " ", ""])


def gen_phone(rng, country):
    d = lambda k: "".join(rng.choice("0123456789") for _ in range(k))
    intl = rng.random() < 0.4
    if country == "UK":
        kind = rng.choice(["mob", "mob", "ldn", "man"])
        if kind == "mob":
            nat = "07" + rng.choice(["700", "911", "823", "456", "388"]) + d(6)
            g = [nat[:5], nat[5:]]
        elif kind == "ldn":
            nat = "020" + rng.choice(["7", "3", "8"]) + d(7)
            g = [nat[:3], nat[3:7], nat[7:]]
        else:
            nat = "0161" + d(7)
            g = [nat[:4], nat[4:7], nat[7:]]
        cc = "44"
    elif country == "US":
        nat = rng.choice(["212", "415", "312", "617", "512", "303", "813"]) + rng.choice(["555", "496", "732", "284"]) + d(4)
        g = [nat[:3], nat[3:6], nat[6:]]
        cc = "1"
        if rng.random() < 0.5:
            intl = False
    elif country == "IE":
        nat = "08" + rng.choice(["3", "5", "6", "7", "9"]) + d(7)
        g = [nat[:3], nat[3:6], nat[6:]]
        cc = "353"
    else:
        cc, nat = rng.choice([("49", "015" + d(8)), ("33", "06" + d(8)), ("31", "06" + d(8))])
        g = [nat[:4], nat[4:7], nat[7:]] if cc == "49" else [nat[:2], nat[2:4], nat[4:6], nat[6:8], nat[8:]]
        intl = intl or rng.random() < 0.6
    if intl:
        canon = cc + nat[1:]
        g = [cc, g[0][1:]] + g[1:]
        g = [x for x in g if x]
        v = Val("PHONE", canon, g, None, [" ", "-", " "])
        v.intl = True
    else:
        v = Val("PHONE", nat, g, None, [" ", " ", "-", ""])
        v.intl = False
    v.us = country == "US"
    v.spoken = lambda r, g=g, intl=intl: ((["plus " + " ".join(UNITS[int(x)] for x in g[0])] + spoken_digit_chunks(g[1:], r)) if intl else spoken_digit_chunks(g, r))
    return v


def render_phone_typed(v, rng):
    g = v.typed_groups
    if v.intl:
        sep = rng.choice([" ", " ", "-", ""])
        rest = g[1:]
        body = sep.join(rest) if sep else "".join(rest)
        return "+" + g[0] + " " + body
    if v.us and rng.random() < 0.5:
        return rng.choice(["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s"]) % tuple(g)
    return rng.choice([" ", " ", "", "-"]).join(g)


def gen_email(rng):
    f, l = rng.choice(FIRST), rng.choice(LAST)
    num = str(rng.randint(1, 99)) if rng.random() < 0.35 else ""
    local = rng.choice([f + "." + l, f[0] + "." + l, f + l, f + "_" + l, l + "." + f, f[0] + l]) + num
    c = local + "@" + rng.choice(DOMAINS)
    return Val("EMAIL", c)


def render_email(v, mode, rng):
    c = v.canon
    if mode == "chat":
        r = rng.random()
        if r < 0.2:
            return c.upper() if rng.random() < 0.3 else c[0].upper() + c[1:]
        if r < 0.35:
            loc, dom = c.split("@")
            return ".".join(p.capitalize() for p in loc.split(".")) + "@" + dom
        return c
    loc, dom = c.split("@")
    words = []
    spell = rng.random() < 0.3
    for tok in re.findall(r"[a-z]+|\d|[._]", loc):
        if tok == ".":
            words.append("dot")
        elif tok == "_":
            words.append("underscore")
        elif tok.isdigit():
            words.append(UNITS[int(tok)])
        elif len(tok) == 1:
            words.append(say_letter(tok, rng, "mixed"))
        elif spell:
            words.append(" ".join(say_letter(ch, rng, "plain") if ch != "o" else "o for oscar" for ch in tok))
            spell = False
        else:
            words.append(tok)
    dwords = " dot ".join(dom.split("."))
    filler = (" " + rng.choice(FILLERS)) if rng.random() < 0.2 else ""
    return " ".join(words) + filler + " at " + dwords


def gen_dob(rng):
    return Val("DOB", (rng.randint(1, 28), rng.randint(1, 12), rng.randint(1941, 2005)))


def render_dob(v, mode, rng, country):
    d, m, y = v.canon
    if mode == "chat":
        us = country == "US"
        opts = ["%02d/%02d/%d" % ((m, d, y) if us else (d, m, y)),
                "%d/%d/%d" % ((m, d, y) if us else (d, m, y)),
                "%d %s %d" % (d, MONTHS[m - 1].capitalize(), y),
                "%s %d, %d" % (MONTHS[m - 1].capitalize(), d, y),
                "%d-%02d-%02d" % (y, m, d),
                "%s %s %d" % (ord_suffix(d), MON3[m - 1].capitalize(), y),
                "%02d.%02d.%02d" % (d, m, y % 100) if not us else "%02d-%02d-%d" % (m, d, y)]
        return rng.choice(opts)
    yw = year_words(y, rng)
    opts = ["the " + ord_words(d) + " of " + MONTHS[m - 1] + " " + yw,
            ord_words(d) + " of " + MONTHS[m - 1] + " " + rng.choice(FILLERS) + " " + yw,
            MONTHS[m - 1] + " " + ord_words(d) + " " + yw,
            MONTHS[m - 1] + " " + num_words(d) + " " + yw]
    if d >= 10 and m >= 10:
        a, b = (m, d) if country == "US" else (d, m)
        opts.append(num_words(a) + " " + num_words(b) + " " + num_words(y % 100) if y % 100 >= 11 and y % 10 else
                    "the " + ord_words(d) + " of " + MONTHS[m - 1] + " " + yw)
    return rng.choice(opts)


def gen_postcode(rng, country):
    if country == "US":
        z = "%05d" % rng.randint(1001, 99950)
        if rng.random() < 0.25:
            z4 = "%04d" % rng.randint(1, 9999)
            return Val("POSTCODE", z + z4, [z, z4], lambda r: spoken_digit_chunks([z, z4], r, "singles"), ["-"])
        return Val("POSTCODE", z, [z], lambda r: spoken_digit_chunks([z], r, rng.choice(["singles", "pairs"])), [""])
    a = rng.choice(UK_AREAS)
    dist = str(rng.randint(1, 28)) if len(a) == 2 and rng.random() < 0.6 else str(rng.randint(1, 9))
    if a in ("SW", "W", "E", "N") and rng.random() < 0.3:
        dist = str(rng.randint(1, 9)) + rng.choice("ABHKP") if a != "E" else "1" + rng.choice("WA")
    out = a + dist
    inw = str(rng.randint(0, 9)) + rng.choice(PC_IN) + rng.choice(PC_IN)
    c = out + inw
    return Val("POSTCODE", c, [out, inw], lambda r: spoken_alnum_chunks([out, inw], r), [" ", " ", ""])


def gen_address(rng, country):
    num = rng.randint(1, 240)
    st = rng.choice(STREETS).capitalize() + " " + rng.choice(STREET_SUF)
    flat = rng.randint(1, 24) if rng.random() < 0.25 else None
    return Val("ADDRESS", (num, st, flat, rng.choice(["B", "A", ""]) if rng.random() < 0.15 else ""))


def render_address(v, mode, rng, country):
    num, st, flat, suf = v.canon
    if mode == "chat":
        s = st
        if rng.random() < 0.2:
            s = s.replace("Road", "Rd").replace("Street", "St").replace("Avenue", "Ave").replace("Lane", "Ln")
        if rng.random() < 0.2:
            s = s.lower()
        core = "%d%s %s" % (num, suf, s)
        if flat:
            core = rng.choice(["Flat %d, ", "Flat %d ", "Apt %d, ", "%d/"]) % flat + core
            if core.startswith(str(flat) + "/") and country not in ("UK", "IE"):
                core = "Apt %d, %d%s %s" % (flat, num, suf, s)
        return core
    nw = num_words(num) if rng.random() < 0.6 or num < 10 else " ".join(say_run_singles(str(num), "oh", rng, False).split())
    if suf:
        nw += " " + suf.lower()
    core = nw + " " + st.lower()
    if flat:
        core = rng.choice(["flat ", "apartment ", "unit "]) + num_words(flat) + " " + core
    return core


# ---------------------------------------------------------------- case builder
class Builder:
    def __init__(self, mode, rng):
        self.mode = mode
        self.rng = rng
        self.turns = []
        self.values = {}  # vid -> (type, canon, kind)
        self.nv = 0

    def vid(self, vtype, canon, kind="full"):
        self.nv += 1
        self.values[self.nv] = (vtype, canon, kind)
        return self.nv

    def say(self, speaker, *segs):
        self.turns.append((speaker, list(segs)))

    def finish(self):
        turns, spans, groups = [], [], {}
        for ti, (spk, segs) in enumerate(self.turns):
            text = ""
            for s in segs:
                if isinstance(s, str):
                    p = s
                    if self.mode == "call":
                        p = re.sub(r"[,.?!;:]", "", p.lower())
                    text += p
                else:
                    vt, vtype, vid = s
                    if self.mode == "call":
                        vt = vt.lower()
                    m = re.match(r"^([^A-Za-z0-9]*)(.*?)([^A-Za-z0-9]*)$", vt, re.S)
                    text += m.group(1)
                    st = len(text)
                    text += m.group(2)
                    spans.append({"turn": ti, "start": st, "end": len(text), "type": vtype})
                    groups.setdefault(vid, []).append((ti, st, len(text)))
                    text += m.group(3)
            text = re.sub(r"  +", " ", text) if not segs or all(isinstance(x, str) for x in segs) else text
            turns.append({"speaker": spk, "text": text.strip() if all(isinstance(x, str) for x in segs) else text})
        return turns, spans, groups


def V(text, vtype, vid):
    return (text, vtype, vid)


BACKCH = ["mhm", "go on", "yep", "okay", "uh huh", "yeah", "right", "got that", "and the rest", "mm"]
ASIDES = ["sorry the dog's going mad", "hang on let me find my glasses", "one sec the kettle's on",
          "sorry my kid's shouting", "bear with me", "hold on I've dropped it", "sorry it's a bit faded"]

ASK = {
    "CARD_NUMBER": ["Can I take the long number on the front of the card?", "What's the card number please?",
                    "And the sixteen digit number across the card?", "Could you read me the card number when you're ready?"],
    "CVV": ["And the three digits on the back, the security code?", "What's the CVV on the back?",
            "Last thing, the security number on the signature strip?"],
    "EXPIRY": ["And the expiry date?", "When does the card expire?", "What's the valid-to date on it?"],
    "SSN": ["Can I get the last... actually I'll need the full social security number for this one.",
            "For verification can you give me your social?", "What's your Social Security number please?"],
    "NI_NUMBER": ["Could you confirm your National Insurance number?", "What's your NI number please?",
                  "I'll need your national insurance number for the claim."],
    "BANK_ACCOUNT": ["And the account number?", "What's the account number you'd like the refund paid to?",
                     "Can I take the bank account number for the direct debit?"],
    "SORT_CODE": ["And the sort code?", "What's the sort code for that account?"],
    "IBAN": ["Could you send over the IBAN for the refund?", "What's the IBAN please?",
             "We'll need the full IBAN for a SEPA transfer."],
    "PHONE": ["What's the best number to reach you on?", "Can I take a contact number?",
              "Is there a mobile number we can text the code to?"],
    "EMAIL": ["What email address should we send the confirmation to?", "Can I confirm the email on the account?",
              "And an email address for the receipt?"],
    "DOB": ["Can you confirm your date of birth?", "And your date of birth please?", "What's the DOB on the account?"],
    "POSTCODE": ["And the postcode?", "What's the postcode there?", "Can I take the zip code?"],
    "ADDRESS": ["What's the first line of the address?", "Can you confirm the address we have on file?",
                "Where should we send the replacement?"],
}
LEAD = {
    "chat": {
        "CARD_NUMBER": ["card no: ", "its ", "Card number is ", "here you go ", "long numbr is ", "CARD: "],
        "CVV": ["cvv ", "it's ", "security code: ", "back of card says "],
        "EXPIRY": ["exp ", "expires ", "Expiry: ", "valid thru "],
        "SSN": ["SSN: ", "my social is ", "ssn# ", "Social security no. "],
        "NI_NUMBER": ["NI no: ", "my nat insurance number is ", "NINO ", "ni number "],
        "BANK_ACCOUNT": ["acct no: ", "account number ", "a/c ", "Acc num: "],
        "SORT_CODE": ["sort code ", "s/c: ", "sortcode "],
        "IBAN": ["IBAN: ", "iban is ", "my IBAN "],
        "PHONE": ["call me on ", "mob: ", "tel ", "my number is ", "phone: "],
        "EMAIL": ["email: ", "its ", "e-mail is ", "send it to "],
        "DOB": ["DOB ", "born ", "date of birth: ", "d.o.b "],
        "POSTCODE": ["postcode ", "zip ", "post code: "],
        "ADDRESS": ["I'm at ", "address is ", "1st line: ", "its "],
    },
    "call": {
        "CARD_NUMBER": ["yeah it's ", "okay so it's ", "right um ", "it's ", "so "],
        "CVV": ["it's ", "um ", "that's "],
        "EXPIRY": ["it runs out ", "it says ", "expires ", "it's "],
        "SSN": ["sure it's ", "okay it's ", "yeah "],
        "NI_NUMBER": ["yeah it's ", "it's ", "hang on yeah it's "],
        "BANK_ACCOUNT": ["it's ", "account number is ", "right it's "],
        "SORT_CODE": ["sort code's ", "it's "],
        "IBAN": ["okay it's ", "right so the iban is "],
        "PHONE": ["it's ", "my mobile's ", "you can get me on ", "best one's "],
        "EMAIL": ["it's ", "yeah it's ", "the email is "],
        "DOB": ["it's ", "i was born on ", "yeah "],
        "POSTCODE": ["it's ", "postcode's ", "the zip's "],
        "ADDRESS": ["it's ", "i live at ", "it's um "],
    }}
ACK = ["Thank you.", "Lovely, thanks.", "Great, got that.", "Perfect.", "Okay, thanks for that.", "Brilliant."]


def render(b, v, country):
    """Return list of chunks (strings) for value v in builder mode."""
    rng, mode = b.rng, b.mode
    t = v.type
    if t == "EXPIRY":
        return [render_expiry(v, mode, rng)]
    if t == "EMAIL":
        return [render_email(v, mode, rng)]
    if t == "DOB":
        return [render_dob(v, mode, rng, country)]
    if t == "ADDRESS":
        return [render_address(v, mode, rng, country)]
    if mode == "call":
        return v.spoken(rng)
    if t == "PHONE":
        return [render_phone_typed(v, rng)]
    g = list(v.typed_groups)
    sep = rng.choice(v.seps)
    if t in ("NI_NUMBER", "POSTCODE", "IBAN") and rng.random() < 0.25:
        g = [x.lower() for x in g]
    if t == "NI_NUMBER" and sep == " " and rng.random() < 0.5:
        g = [g[0] + g[1]] + g[2:]
    if t == "POSTCODE" and len(g) == 2 and not g[0].isdigit():
        return [g[0] + rng.choice([" ", " ", ""]) + g[1]]
    return [sep.join(g)]


def canon_norm(v):
    if v.type in ("DOB", "EXPIRY", "ADDRESS"):
        return v.canon
    if v.type == "EMAIL":
        return v.canon.lower()
    return v.canon


def block_value(b, v, country, ask=True, pattern=None):
    rng, mode = b.rng, b.mode
    t = v.type
    cn = canon_norm(v)
    if ask:
        b.say("agent", rng.choice(ASK[t]) if not (t == "POSTCODE" and country == "US") else rng.choice(["And the zip code?", "Can I take the zip code?"]))
    chunks = render(b, v, country)
    lead = rng.choice(LEAD[mode][t])
    if pattern is None:
        opts = ["simple", "simple", "readback"]
        if len(chunks) >= 3:
            opts += ["split", "split", "aside", "restart"]
        elif len(chunks) == 2:
            opts += ["split", "aside"]
        if t in ("PHONE", "EMAIL", "ADDRESS"):
            opts.append("correction")
        pattern = rng.choice(opts)
    if mode == "chat" and pattern in ("split", "aside") and rng.random() < 0.5:
        pattern = "simple"
    if pattern == "split":
        k = rng.randint(2, min(len(chunks), 4))
        cuts = sorted(rng.sample(range(1, len(chunks)), k - 1))
        parts = [chunks[i:j] for i, j in zip([0] + cuts, cuts + [len(chunks)])]
        vid = b.vid(t, cn)
        for pi, p in enumerate(parts):
            txt = join_spoken(p, rng) if mode == "call" else " ".join(p)
            if pi == 0:
                b.say("customer", lead, V(txt, t, vid))
            else:
                b.say("customer", V(txt, t, vid), rng.choice(["", "", " yeah", " and that's it"]) if pi == len(parts) - 1 and mode == "call" else "")
            if pi < len(parts) - 1:
                b.say("agent", rng.choice(BACKCH))
        b.say("agent", rng.choice(ACK))
        return
    if pattern == "aside":
        k = rng.randint(1, len(chunks) - 1)
        vid = b.vid(t, cn)
        a1 = join_spoken(chunks[:k], rng) if mode == "call" else " ".join(chunks[:k])
        a2 = join_spoken(chunks[k:], rng) if mode == "call" else " ".join(chunks[k:])
        b.say("customer", lead, V(a1, t, vid), " ... " + rng.choice(ASIDES) + " ... ", V(a2, t, vid))
        b.say("agent", rng.choice(ACK))
        return
    if pattern == "restart":
        vid0 = b.vid(t, cn, "prefix")
        vid = b.vid(t, cn)
        pre = chunks[0]
        full = join_spoken(chunks, rng) if mode == "call" else " ".join(chunks)
        b.say("customer", lead, V(pre, t, vid0), rng.choice([" no wait, sorry, let me start again, ", " ... hang on that's wrong, from the top, ",
                                                          " sorry I'll start again, "]), V(full, t, vid))
        b.say("agent", rng.choice(ACK))
        return
    if pattern == "correction":
        vid1 = b.vid(t, cn)
        v2 = {"PHONE": lambda: gen_phone(rng, country), "EMAIL": lambda: gen_email(rng),
              "ADDRESS": lambda: gen_address(rng, country)}[t]()
        c1 = join_spoken(chunks, rng) if mode == "call" else " ".join(chunks)
        b.say("customer", lead, V(c1, t, vid1), rng.choice([". Oh no wait, that's my old one.", " no hang on that's the old one",
                                                         " - actually scratch that, I've changed it."]))
        b.say("agent", rng.choice(["No problem, what's the new one?", "Okay, go ahead with the new one.", "Sure, what is it now?"]))
        ch2 = render(b, v2, country)
        vid2 = b.vid(t, canon_norm(v2))
        b.say("customer", rng.choice(LEAD[mode][t]), V(join_spoken(ch2, rng) if mode == "call" else " ".join(ch2), t, vid2))
        b.say("agent", rng.choice(ACK))
        return
    vid = b.vid(t, cn)
    txt = join_spoken(chunks, rng) if mode == "call" else " ".join(chunks)
    b.say("customer", lead, V(txt, t, vid), rng.choice(["", "", ".", " thanks"]) if mode == "chat" else "")
    if pattern == "readback":
        vid2 = b.vid(t, cn)
        ch2 = render(b, v, country)
        txt2 = join_spoken(ch2, rng, 0.0) if mode == "call" else " ".join(ch2)
        b.say("agent", rng.choice(["So that's ", "Just to read that back, ", "Let me repeat that: ", "I've got "]),
              V(txt2, t, vid2), rng.choice(["?", ", is that right?", ", yeah?", ". Correct?"]))
        b.say("customer", rng.choice(["Yes.", "That's right.", "Yep spot on.", "yeah", "Correct."]))
    else:
        b.say("agent", rng.choice(ACK))


def block_card(b, country):
    rng = b.rng
    v = gen_card(rng)
    block_value(b, v, country)
    if rng.random() < 0.8:
        block_value(b, gen_expiry(rng), country)
    if rng.random() < 0.7:
        block_value(b, gen_cvv(rng, getattr(v, "amex", False)), country, pattern="simple")
    if rng.random() < 0.3:
        vid = b.vid("CARD_NUMBER", v.canon, "suffix")
        last4 = v.canon[-4:]
        txt = last4 if b.mode == "chat" else " ".join(UNITS[int(c)] if c != "0" else "oh" for c in last4)
        b.say("agent", "Okay, the payment has gone through on the card ending ", V(txt, "CARD_NUMBER", vid), ".")
        b.say("customer", "Brilliant, thanks.")


def block_bank(b, country):
    rng = b.rng
    if country == "UK" and rng.random() < 0.75:
        block_value(b, gen_sort(rng), country)
        block_value(b, gen_account(rng, country), country)
    elif country in ("IE", "EU") or (country == "UK" and rng.random() < 0.5):
        cc = {"UK": "GB", "IE": "IE"}.get(country, rng.choice(["DE", "FR", "NL", "ES"]))
        block_value(b, gen_iban(rng, cc), country)
    else:
        block_value(b, gen_account(rng, country), country)


def block_address(b, country):
    rng = b.rng
    v = gen_address(rng, country)
    b.say("agent", rng.choice(ASK["ADDRESS"]))
    a = render(b, v, country)[0]
    vid = b.vid("ADDRESS", v.canon)
    town = rng.choice(TOWNS[country])
    if country in ("UK", "US"):
        p = gen_postcode(rng, country)
        pc = render(b, p, country)
        pv = b.vid("POSTCODE", p.canon)
        ptxt = join_spoken(pc, rng, 0.1) if b.mode == "call" else " ".join(pc)
        if rng.random() < 0.5:
            b.say("customer", rng.choice(LEAD[b.mode]["ADDRESS"]), V(a, "ADDRESS", vid), ", " + town + ", ", V(ptxt, "POSTCODE", pv))
        else:
            b.say("customer", rng.choice(LEAD[b.mode]["ADDRESS"]), V(a, "ADDRESS", vid), ", " + town + ".")
            b.say("agent", rng.choice(["And the postcode?", "And the postcode for that?"]) if country == "UK" else "And the zip?")
            pleads = [x for x in LEAD[b.mode]["POSTCODE"] if ("zip" in x) == (country == "US")]
            b.say("customer", rng.choice(pleads), V(ptxt, "POSTCODE", pv))
    else:
        b.say("customer", rng.choice(LEAD[b.mode]["ADDRESS"]), V(a, "ADDRESS", vid), ", " + town + ".")
    b.say("agent", rng.choice(ACK))


def block_simple(vtype):
    def f(b, country):
        rng = b.rng
        v = {"SSN": lambda: gen_ssn(rng), "NI_NUMBER": lambda: gen_ni(rng), "PHONE": lambda: gen_phone(rng, country),
             "EMAIL": lambda: gen_email(rng), "DOB": lambda: gen_dob(rng)}[vtype]()
        block_value(b, v, country)
    return f


POS_BLOCKS = {
    "UK": [(block_card, 5), (block_simple("NI_NUMBER"), 4), (block_bank, 3), (block_simple("PHONE"), 2),
           (block_simple("EMAIL"), 2), (block_simple("DOB"), 2), (block_address, 2)],
    "US": [(block_card, 5), (block_simple("SSN"), 5), (block_bank, 1), (block_simple("PHONE"), 2),
           (block_simple("EMAIL"), 2), (block_simple("DOB"), 2), (block_address, 2)],
    "IE": [(block_card, 4), (block_bank, 3), (block_simple("PHONE"), 2), (block_simple("EMAIL"), 2),
           (block_simple("DOB"), 2), (block_address, 1)],
    "EU": [(block_card, 4), (block_bank, 3), (block_simple("PHONE"), 2), (block_simple("EMAIL"), 2),
           (block_simple("DOB"), 1), (block_address, 1)],
}

# ---------------------------------------------------------------- conversation & negatives
INDUSTRY = {
    "banking": ("{co} Bank", ["a payment I don't recognise", "my card being declined", "a fee on my statement", "a transfer that hasn't arrived"]),
    "telecom": ("{co} Mobile", ["my bill being way higher than normal", "no signal at home", "my contract renewal", "roaming charges"]),
    "utilities": ("{co} Energy", ["an estimated bill", "my direct debit going up", "the smart meter not sending readings", "a final bill after moving"]),
    "retail": ("{co}", ["an order that never arrived", "a refund for a faulty kettle", "being charged twice", "a missing item in my delivery"]),
    "insurance": ("{co} Insurance", ["a claim on my car", "my renewal price", "adding a driver", "a storm damage claim"]),
    "travel": ("{co} Airways", ["a cancelled flight", "a refund for my booking", "changing my seat", "lost luggage"]),
    "healthcare billing": ("{co} Health", ["a bill from my hospital visit", "an insurance denial on a bill", "a payment plan", "being billed twice for a scan"]),
    "government services": ("the {co} Office", ["my benefit payment", "a tax refund", "a parking fine appeal", "renewing my licence"]),
}
COS = ["Northgate", "Harbour", "Bluewater", "Summit", "Kestrel", "Lakeside", "Meridian", "Oakfield", "Riverside", "Beacon"]
AGENTS = ["Jess", "Mark", "Aisha", "Conor", "Dana", "Ravi", "Megan", "Luis", "Siobhan", "Ben"]
CHATTER_C = ["It's been going on for about three weeks now.", "Honestly I'm really fed up, this is the third time I've called.",
             "I did try the app but it just kept logging me out.", "Yeah it was supposed to be sorted last week.",
             "I've been on hold for ages, sorry if I sound grumpy.", "My neighbour had the same problem actually.",
             "I just want it fixed to be honest.", "No, nobody's rung me back.", "Sorry, can you speak up a bit? The line's bad.",
             "Right, okay.", "That doesn't really make sense to me.", "I thought it was all paid off?",
             "Is there anyone else I can speak to about it?", "Oh that's good, thank you.", "Yeah, that's fine.",
             "I'm driving so I'll have to pull over, one sec.", "It's not the first time this has happened."]
CHATTER_A = ["I completely understand, let me take a look.", "Bear with me while I pull that up.",
             "Okay, I can see what's happened here.", "I'm sorry about that, that's not the service we want.",
             "Let me just check with my team leader.", "The system's a bit slow today, sorry.",
             "Okay, I'll put a note on the account.", "That should have been picked up, I do apologise.",
             "Can I just put you on a brief hold?", "Thanks for holding.", "So what I can do is raise a complaint for you.",
             "Is there anything else going on with the account?", "I'll send you a summary of this afterwards."]


def money(rng, country):
    sym = {"UK": "£", "US": "$", "IE": "€", "EU": "€"}[country]
    word = {"UK": "pounds", "US": "dollars", "IE": "euro", "EU": "euros"}[country]
    a = rng.randint(3, 4999)
    c = rng.randint(0, 99)
    return ("%s%s.%02d" % (sym, "{:,}".format(a), c), "%s %s %s" % (num_words(a), word, num_words(c) if c else ""))


def rand_digits(rng, n):
    return str(rng.randint(1, 9)) + "".join(rng.choice("0123456789") for _ in range(n - 1))


def neg_block(b, country, allow_last4=True):
    """Tricky non-PII exchanges (never labelled)."""
    rng, call = b.rng, b.mode == "call"
    k = rng.randrange(16)
    if k == 3 and not allow_last4:
        k = 1
    if k == 0:
        m = money(rng, country)
        b.say("agent", "Your current balance is " + (m[1] if call else m[0]) + ".")
        b.say("customer", "What? That can't be right.")
    elif k == 1:
        n = rand_digits(rng, 16)
        lab = rng.choice(["order number", "reference number", "tracking number", "booking reference"])
        txt = join_spoken(spoken_digit_chunks([n[i:i + 4] for i in range(0, 16, 4)], rng), rng) if call else " ".join(n[i:i + 4] for i in range(0, 16, 4))
        b.say("customer", "I've got the " + lab + " here, it's " + txt + ".")
        b.say("agent", rng.choice(["Thanks, I've found the order.", "Got it, that's pulled it up."]))
    elif k == 2:
        n = rand_digits(rng, rng.choice([9, 10, 12]))
        lab = rng.choice(["Invoice no", "Claim number", "Ticket #", "Policy number", "Case ref"])
        txt = join_spoken(spoken_digit_chunks([n[:3], n[3:6], n[6:]], rng), rng) if call else n
        b.say("agent", "Your " + lab.lower() + " for this is " + txt + ", if you need to quote it.") if rng.random() < 0.5 else \
            b.say("customer", lab + ": " + txt)
        b.say("customer" if b.turns[-1][0] == "agent" else "agent", "Okay, noted.")
    elif k == 3:
        last4 = rand_digits(rng, 4)
        txt = " ".join(UNITS[int(c)] for c in last4) if call else last4
        b.say("agent", "Is that the " + rng.choice(["Visa", "card", "debit card", "Mastercard"]) + " ending in " + txt + "?")
        b.say("customer", "Yes, that's the one.")
    elif k == 4:
        r = rand_digits(rng, 5)
        txt = join_spoken(spoken_digit_chunks([r], rng, "singles"), rng) if call else r
        b.say("customer", "The meter reading today is " + txt + ", I took a photo of it.")
        b.say("agent", "Thanks, I'll submit that reading now.")
    elif k == 5:
        h = rng.randint(8, 10)
        b.say("agent", ("we're open from %s till %s monday to friday" % (num_words(h), num_words(rng.randint(5, 8)))) if call else
              "We're open %d:00 to 20:00 Monday to Friday and 9-5 on Saturdays." % h)
        b.say("customer", "Okay, good to know.")
    elif k == 6:
        mins = rng.randint(20, 95)
        b.say("customer", ("i was on hold for %s minutes last time" % num_words(mins)) if call else "I was on hold for %d mins last time!!" % mins)
        b.say("agent", "I'm really sorry about the wait.")
    elif k == 7:
        age = rng.randint(68, 94)
        b.say("customer", ("my mum's %s and she can't be doing with all this" % num_words(age)) if call else "My mum is %d and can't use the app." % age)
        b.say("agent", "I understand, we can add a note for extra support.")
    elif k == 8:
        fl = rng.choice(["BA", "EI", "FR", "AA", "LH"]) + str(rng.randint(100, 2999))
        seat = str(rng.randint(1, 40)) + rng.choice("ABCDEF")
        gate = rng.choice("ABC") + str(rng.randint(1, 60))
        b.say("customer", "I was booked on flight %s, seat %s, and they changed the gate to %s with no announcement." % (fl, seat, gate))
        b.say("agent", "I can see that flight was delayed by %s hours." % (num_words(rng.randint(2, 9)) if call else str(rng.randint(2, 9))))
    elif k == 9:
        d, mo = rng.randint(1, 28), rng.randint(1, 12)
        yr = rng.randint(2024, 2027)
        if call:
            b.say("agent", "the engineer can come on the " + ord_words(d) + " of " + MONTHS[mo - 1] + " between eight and twelve")
        else:
            b.say("agent", "I can book the engineer for %02d/%02d/%d between 8am and 12pm." % (d, mo, yr))
        b.say("customer", "Yeah that works.")
    elif k == 10:
        d, mo, yr = rng.randint(1, 28), rng.randint(1, 12), rng.randint(2025, 2028)
        b.say("agent", ("your contract ends on the " + ord_words(d) + " of " + MONTHS[mo - 1] + " " + year_words(yr, rng)) if call
              else "Your contract end date is %d %s %d and the payment comes out on the %s of each month." % (d, MONTHS[mo - 1].capitalize(), yr, ord_suffix(rng.randint(1, 28))))
        b.say("customer", "Oh I didn't realise it was that long.")
    elif k == 11:
        p = rng.randint(3, 40)
        b.say("agent", ("the price is going up by %s percent from april" % num_words(p)) if call else "There's a %d.%d%% price rise from April." % (p, rng.randint(0, 9)))
        b.say("customer", "That's ridiculous.")
    elif k == 12:
        road = rng.choice(["the A40", "the M25", "I-95", "Route 66", "the N7", "the A1(M)"])
        b.say("customer", "The van driver said he couldn't find us, we're just off " + road + ".")
        b.say("agent", "I'll add delivery instructions.")
    elif k == 13:
        ser = rng.choice(["SN", "S/N "]) + rand_digits(rng, 4) + "-" + rand_digits(rng, 4) + "-" + rand_digits(rng, 4)
        model = rng.choice(["WM-8420", "KX 5521", "HB3190", "TV-55QN90"])
        if call:
            b.say("customer", "the serial number on the back is " + join_spoken(spoken_digit_chunks([rand_digits(rng, 4), rand_digits(rng, 4), rand_digits(rng, 4)], rng), rng) + " and it's the " + model.lower().replace("-", " ") + " model")
        else:
            b.say("customer", "Model " + model + ", serial " + ser)
        b.say("agent", "Thanks, that's still under warranty.")
    elif k == 14:
        t = rng.randint(14, 30)
        n = rng.randint(2, 12)
        b.say("customer", ("it's only %s degrees in the house and we've had %s engineers out" % (num_words(t), num_words(n))) if call
              else "It's %d degrees in the house and we've had %d engineers out since %d." % (t, n, rng.randint(2015, 2024)))
        b.say("agent", "That's not acceptable, I'm escalating it.")
    else:
        room = rng.randint(100, 950)
        b.say("customer", ("we were in room %s for %s nights" % (num_words(room), num_words(rng.randint(2, 9)))) if call
              else "We stayed in room %d for %d nights and were charged for %d." % (room, rng.randint(2, 5), rng.randint(6, 9)))
        b.say("agent", "Let me look at the folio.")


def chatter(b, n):
    rng = b.rng
    for _ in range(n):
        spk = "agent" if (b.turns and b.turns[-1][0] == "customer") else "customer"
        b.say(spk, rng.choice(CHATTER_A if spk == "agent" else CHATTER_C))


def build_case(rng, positive, idx):
    mode = "call" if rng.random() < 0.55 else "chat"
    country = rng.choices(["UK", "US", "IE", "EU"], [40, 35, 12, 13])[0]
    ind = rng.choice(sorted(INDUSTRY))
    coname, issues = INDUSTRY[ind]
    co = coname.format(co=rng.choice(COS))
    issue = rng.choice(issues)
    b = Builder(mode, rng)
    ag = rng.choice(AGENTS)
    if mode == "call":
        b.say("agent", "Thank you for calling %s, you're speaking with %s, how can I help?" % (co, ag))
        b.say("customer", rng.choice(["Hi, um, yeah, I'm ringing about ", "Hiya, I'm calling about ", "Oh hello, it's about "]) + issue + ".")
    else:
        b.say("agent", "Hi, you're chatting with %s at %s. What can I help with today?" % (ag, co))
        b.say("customer", rng.choice(["hi, its about ", "Hello - I need help with ", "hey, writing about "]) + issue + rng.choice(["", "!!", " please", "."]))
    b.say("agent", rng.choice(["Okay, I can help with that. First I need to verify a few details.",
                               "Sorry to hear that. Before I go into the account I'll need to do some security.",
                               "No problem, let's get that looked at."]))
    chatter(b, rng.randint(1, 3))
    facts = ("positive" if positive else "negative")
    nblocks = rng.randint(2, 4) if positive else rng.randint(4, 7)
    weights = POS_BLOCKS[country]
    for i in range(nblocks):
        if positive:
            f = rng.choices([w[0] for w in weights], [w[1] for w in weights])[0]
            f(b, country)
            if rng.random() < 0.6:
                neg_block(b, country, allow_last4=False)
        else:
            neg_block(b, country)
        chatter(b, rng.randint(1, 3))
    while len(b.turns) < 17:
        chatter(b, 1)
    b.say("agent", rng.choice(["Is there anything else I can help with today?", "Anything else at all?"]))
    b.say("customer", rng.choice(["No, that's everything, thanks.", "no that's it thanks bye", "Nope, thanks for your help."]))
    b.say("agent", "Thanks for contacting %s, have a good day." % co)
    turns, spans, groups = b.finish()
    if len(turns) > 40:
        return None
    note = "%s %s, %s, %s, %d turns" % (country, ind, "ASR phone call" if mode == "call" else "typed chat", facts, len(turns))
    if positive and not spans:
        return None
    return turns, spans, groups, b.values, note


def generate():
    rng = random.Random(384241125)
    cases, meta = [], []
    for positive, n, pre in ((True, 215, "pos"), (False, 110, "neg")):
        i = 0
        while i < n:
            r = build_case(rng, positive, i)
            if r is None:
                continue
            turns, spans, groups, values, note = r
            i += 1
            cid = "h384-%s-%03d" % (pre, i)
            cases.append({"id": cid, "kind": "positive" if positive else "negative", "turns": turns,
                          "spans": spans, "note": note})
            meta.append((groups, values))
    text = "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cases)
    return text, cases, meta


def counts(cases):
    c = {t: 0 for t in TYPES}
    for case in cases:
        for s in case["spans"]:
            c[s["type"]] += 1
    return c


def readme(cases):
    c = counts(cases)
    npos = sum(1 for x in cases if x["kind"] == "positive")
    nneg = len(cases) - npos
    nturns = sum(len(x["turns"]) for x in cases)
    rows = "\n".join("| %s | %d |" % (t, c[t]) for t in TYPES)
    return """# pii_holdout384 — held-out PII redaction evaluation set

> **Never use this set for tuning.** It exists only to measure the PII-redaction
> engine. Do not read it while writing or adjusting rules, patterns, thresholds or
> models, and do not copy its phrasings into training or development data. If it
> has been used for tuning, it is no longer a held-out set and must be replaced.

## Who wrote it and how

Written by an AI helper acting as an independent test author. The author did not
see the redaction code, its tests, docs or any other PII fixture. All cases are
synthetic and produced by `scripts/make_pii_holdout384.py` (standard library
only, one `random.Random(384241125)`). Every turn is assembled from plain-text
segments and labelled value segments, so offsets are computed, never hand-typed.
`python scripts/make_pii_holdout384.py --check` regenerates the file and verifies
that it is byte-identical, ids are unique, spans are in range, on word boundaries
and non-overlapping, and that every labelled value is valid after normalising
spoken forms (Luhn for cards, mod-97 for IBANs, NI format, 9 digits for SSN,
6 for sort codes, digit counts for phones/accounts, dates for DOB/expiry, UK
postcode / US ZIP formats, e-mail syntax).

## Contents

%d cases (%d positive, %d negative), %d turns in total. Each case is a whole call
or chat (15-40 turns) in banking, telecom, utilities, retail, insurance, travel,
healthcare billing and government services, set in the UK, US, Ireland and the EU.
About half are ASR-style phone transcripts (lower case, no punctuation, numbers
as words, "oh"/"o"/"nought"/"zero", "double"/"triple", pairs such as "forty one",
hundreds such as "four hundred and twelve", letters as "j for juliet", e-mails as
"j dot doe at gmail dot com") and half are typed chat (separators, odd grouping,
case variation, labels like "acct no:", typos in lead-ins).

Format: one JSON object per line with `id`, `kind` (positive/negative), `turns`
(`speaker` customer/agent, `text`), `spans` (`turn`, `start`, `end` exclusive,
Python character offsets, `type`) and `note`.

## Annotation conventions

- A span covers exactly the value, from its first letter/digit to its last.
  Lead-in words ("it's", "my number is", "acct no:") are outside. Leading "+" or
  "(" of a typed phone number is therefore outside; spoken "plus" is inside.
- A value split across turns (customer reads in parts, agent says "mhm"/"go on")
  is one span per turn, each with the value's type. Agent read-backs are labelled.
- Filler words inside a reading ("um", "uh", "er") are inside the span. A
  non-filler aside in the middle of a reading ("sorry the dog's going mad")
  splits the reading into two spans.
- A restarted reading: the abandoned fragment (e.g. the first group before
  "sorry, let me start again") is labelled with the same type, and so is the
  full reading that follows.
- Corrections ("that's my old number, the new one is ...") : both values are PII
  and both are labelled.
- Phone spans include the country code. ADDRESS covers the flat/house number and
  street, not the town; the postcode/ZIP is a separate POSTCODE span. US state
  abbreviations and towns are not labelled. DOB and EXPIRY cover the whole date
  expression ("the third of march nineteen eighty four").
- A card's last four said on their own ("card ending 4821") are NOT PII, unless
  the full card number was read earlier in the same case, in which case the last
  four are labelled CARD_NUMBER.
- Negatives are never labelled: amounts, balances, prices, times, opening hours,
  durations, counts, ages, temperatures, percentages, years, appointment/payment/
  contract dates, order/ticket/invoice/claim/reference/tracking/serial/model/policy
  numbers said with their label (including 16-digit references read out in groups
  of four like a card), meter readings, flight/room/gate/seat numbers, road names
  and card last-four mentions. Positive cases contain such distractors too.
- Agent first names and company names are not labelled (not in scope).

## Span counts by type

| Type | Spans |
|---|---|
%s
| **Total** | **%d** |
""" % (len(cases), npos, nneg, nturns, rows, sum(c.values()))


def check(text, cases, meta):
    errs = []
    with open(CASES, encoding="utf-8") as fh:
        if fh.read() != text:
            errs.append("cases.jsonl is not byte-identical to regenerated output")
    with open(README, encoding="utf-8") as fh:
        if fh.read() != readme(cases):
            errs.append("README.md is out of date")
    ids = [c["id"] for c in cases]
    if len(ids) != len(set(ids)):
        errs.append("duplicate ids")
    for c, (groups, values) in zip(cases, meta):
        if not 15 <= len(c["turns"]) <= 40:
            errs.append("%s: %d turns" % (c["id"], len(c["turns"])))
        if c["kind"] == "negative" and c["spans"]:
            errs.append("%s: negative with spans" % c["id"])
        if c["kind"] == "positive" and not c["spans"]:
            errs.append("%s: positive without spans" % c["id"])
        for t in c["turns"]:
            if t["speaker"] not in ("customer", "agent"):
                errs.append("%s: bad speaker" % c["id"])
        byturn = {}
        for s in c["spans"]:
            if s["type"] not in TYPES:
                errs.append("%s: bad type" % c["id"])
            txt = c["turns"][s["turn"]]["text"]
            a, e = s["start"], s["end"]
            if not (0 <= a < e <= len(txt)):
                errs.append("%s: span out of range" % c["id"])
                continue
            if not (txt[a].isalnum() and txt[e - 1].isalnum()):
                errs.append("%s: span not trimmed %r" % (c["id"], txt[a:e]))
            if (a > 0 and txt[a - 1].isalnum()) or (e < len(txt) and txt[e].isalnum()):
                errs.append("%s: span not on word boundary %r" % (c["id"], txt[a:e]))
            byturn.setdefault(s["turn"], []).append((a, e))
        for lst in byturn.values():
            lst.sort()
            for (a1, e1), (a2, e2) in zip(lst, lst[1:]):
                if a2 < e1:
                    errs.append("%s: overlapping spans" % c["id"])
        for vid, parts in groups.items():
            vtype, canon, kind = values[vid]
            pieces = [c["turns"][t]["text"][a:e] for t, a, e in parts]
            if vtype in ("DOB", "EXPIRY", "ADDRESS", "EMAIL"):
                norm = norm_for(vtype, " ".join(pieces))
            else:
                norm = "".join(norm_for(vtype, p) for p in pieces)
            if not validate_value(vtype, norm, canon, kind):
                errs.append("%s: invalid %s %r -> %r (expected %r)" % (c["id"], vtype, pieces, norm, canon))
    cnt = counts(cases)
    npos = sum(1 for x in cases if x["kind"] == "positive")
    if npos < 200 or len(cases) - npos < 100:
        errs.append("too few cases")
    for t in TYPES:
        if cnt[t] < MINIMA.get(t, 10):
            errs.append("too few %s spans: %d" % (t, cnt[t]))
    return errs, cnt


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args()
    text, cases, meta = generate()
    if args.check:
        errs, cnt = check(text, cases, meta)
        for e in errs[:50]:
            print("ERROR", e)
        print("cases=%d counts=%s" % (len(cases), json.dumps(cnt)))
        if errs:
            print("CHECK FAILED (%d errors)" % len(errs))
            sys.exit(1)
        print("CHECK OK")
        return
    os.makedirs(OUTDIR, exist_ok=True)
    with open(CASES, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)
    with open(README, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(readme(cases))
    print("wrote %d cases; counts %s" % (len(cases), json.dumps(counts(cases))))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set ``pii_holdout40``.

Written by an AI helper acting as an independent test author (it did not see
the redaction code).  Every case is built from template functions in which a
turn is a list of plain-text segments and (value, TYPE[, group]) segments, so
span offsets are computed, never typed.  All randomness comes from one seeded
``random.Random(40241123)``; the output is byte-for-byte reproducible.

    python scripts/make_pii_holdout40.py          # write fixture + README
    python scripts/make_pii_holdout40.py --check  # regenerate and verify
"""
from __future__ import annotations

import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

SEED = 40241123
ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "tests" / "fixtures" / "pii_holdout40"
CASES = OUT_DIR / "cases.jsonl"
README = OUT_DIR / "README.md"

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE",
         "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
         "eighteen", "nineteen"]
TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy", 8: "eighty",
        9: "ninety"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december"]
ORD = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
       "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
       "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty first", "twenty second",
       "twenty third", "twenty fourth", "twenty fifth", "twenty sixth", "twenty seventh",
       "twenty eighth"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "g": "golf",
        "h": "hotel", "j": "juliet", "k": "kilo", "l": "lima", "m": "mike", "n": "november",
        "p": "papa", "r": "romeo", "s": "sierra", "t": "tango", "w": "whiskey", "x": "x ray",
        "y": "yankee", "z": "zulu", "f": "foxtrot", "u": "uniform", "q": "quebec", "v": "victor"}
NAMEWORD = {"a": "apple", "b": "bob", "c": "charlie", "d": "david", "e": "edward", "g": "george",
            "h": "harry", "j": "john", "k": "king", "l": "london", "m": "mary", "n": "nancy",
            "p": "peter", "r": "robert", "s": "sugar", "t": "tommy", "w": "william", "x": "x ray",
            "y": "yellow", "z": "zebra", "f": "freddie", "u": "uncle", "q": "queen", "v": "victor"}

R = random.Random(SEED)


# ----------------------------------------------------------------- spoken forms
def zero_word():
    return R.choice(["zero", "oh", "o", "nought", "zero", "oh"])


def dword(d):
    return zero_word() if d == "0" else UNITS[int(d)]


def say_single(ds):
    return " ".join(dword(d) for d in ds)


def say_doubles(ds):
    out, i = [], 0
    while i < len(ds):
        d = ds[i]
        if i + 2 < len(ds) and ds[i + 1] == d and ds[i + 2] == d and R.random() < 0.8:
            out.append("triple " + dword(d)); i += 3
        elif i + 1 < len(ds) and ds[i + 1] == d and R.random() < 0.9:
            out.append("double " + dword(d)); i += 2
        else:
            out.append(dword(d)); i += 1
    return " ".join(out)


def say_pair(p):
    a, b = int(p[0]), int(p[1])
    if a == 0:
        return zero_word() + " " + UNITS[b] if b else "double " + zero_word()
    if a == 1:
        return TEENS[b]
    if b == 0:  # "sixty" alone would merge with a following unit word
        return UNITS[a] + " " + zero_word()
    return TENS[a] + " " + UNITS[b]


def say_pairs(ds):
    out, i = [], 0
    while i < len(ds):
        if i + 1 < len(ds):
            out.append(say_pair(ds[i:i + 2])); i += 2
        else:
            out.append(dword(ds[i])); i += 1
    return " ".join(out)


def say(ds, style=None):
    style = style or R.choice(["single", "single", "doubles", "pairs"])
    return {"single": say_single, "doubles": say_doubles, "pairs": say_pairs}[style](ds)


def say_groups(ds, sizes, sep=" ", style=None):
    parts, i = [], 0
    for s in sizes:
        parts.append(say(ds[i:i + s], style)); i += s
    return sep.join(parts)


def chunks(ds, sizes):
    out, i = [], 0
    for s in sizes:
        out.append(ds[i:i + s]); i += s
    return out


def say_letter(ch, style=None):
    ch = ch.lower()
    style = style or R.choice(["plain", "plain", "nato", "asin"])
    if style == "nato":
        return f"{ch} for {NATO[ch]}"
    if style == "asin":
        return f"{ch} as in {NAMEWORD[ch]}"
    return ch


# ----------------------------------------------------------------- value makers
def rdigits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


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


def make_card(kind=None):
    kind = kind or R.choice(["visa", "visa", "mc", "mc", "amex", "disc", "visa13", "visa19"])
    pre, n = {"visa": ("4", 16), "mc": ("5" + R.choice("12345"), 16), "amex": (R.choice(["34", "37"]), 15),
              "disc": ("6011", 16), "visa13": ("4", 13), "visa19": ("4", 19)}[kind]
    body = pre + rdigits(n - len(pre) - 1)
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c, kind


def card_sizes(n):
    return {15: [4, 6, 5], 13: [4, 4, 5], 19: [4, 4, 4, 4, 3]}.get(n, [4, 4, 4, 4])


def make_ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return f"{a:03d}{R.randint(1, 99):02d}{R.randint(1, 9999):04d}"


NI_L1 = "ABCEGHJKLMNPRSTWXYZ"
NI_L2 = "ABCEGHJKLMNPRSTWXYZ"


def make_ni():
    while True:
        p = R.choice(NI_L1) + R.choice(NI_L2)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + rdigits(6) + R.choice("ABCD")


def make_sort():
    return R.choice(["20", "40", "30", "60", "77", "83", "09", "11", "16", "23"]) + rdigits(4)


def iban_check(country, bban):
    s = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return f"{98 - int(num) % 97:02d}"


def iban_ok(iban):
    s = iban[4:] + iban[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def make_iban(country=None):
    country = country or R.choice(["GB", "GB", "IE", "DE", "NL", "FR", "ES"])
    if country == "GB":
        bban = R.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + rdigits(14)
    elif country == "IE":
        bban = R.choice(["AIBK", "BOFI"]) + rdigits(14)
    elif country == "DE":
        bban = rdigits(18)
    elif country == "NL":
        bban = R.choice(["ABNA", "INGB", "RABO"]) + rdigits(10)
    elif country == "FR":
        bban = rdigits(23)
    else:
        bban = rdigits(20)
    return country + iban_check(country, bban) + bban


def group4(s, sep=" "):
    return sep.join(s[i:i + 4] for i in range(0, len(s), 4))


def make_phone(region=None):
    region = region or R.choice(["uk_mob", "uk_land", "us", "ie", "uk_mob", "us"])
    if region == "uk_mob":
        return "07" + R.choice("3456789") + rdigits(8), region
    if region == "uk_land":
        code = R.choice(["113", "161", "20", "121", "141", "1223", "117", "131"])
        return "0" + code + rdigits(10 - len(code)), region
    if region == "us":
        return R.choice(["312", "415", "646", "713", "617", "206", "404"]) + str(R.randint(2, 9)) + rdigits(6), region
    return "08" + R.choice("3567") + rdigits(7), region


def fix_phone(ds, region):
    if region == "uk_land":
        ds = ds + rdigits(11 - len(ds))
    return ds


FIRST = ["james", "sarah", "mohammed", "aoife", "liam", "priya", "tom", "grace", "dan", "niamh",
         "olu", "chloe", "marek", "emma", "kevin", "fiona", "raj", "lucy", "sean", "hannah"]
LAST = ["doyle", "patel", "smith", "okafor", "murphy", "walsh", "kowalski", "brennan", "hughes",
        "nguyen", "garcia", "evans", "byrne", "clarke", "ahmed", "reilly", "jones", "fischer"]
DOMAINS = ["gmail.com", "hotmail.co.uk", "yahoo.com", "outlook.com", "btinternet.com", "eircom.net",
           "icloud.com", "aol.com", "live.ie", "protonmail.com"]


def make_email():
    f, l = R.choice(FIRST), R.choice(LAST)
    local = R.choice([f"{f}.{l}", f"{f[0]}{l}", f"{f}_{l}{R.randint(1, 99)}", f"{l}.{f}",
                      f"{f}{l}{R.randint(70, 99)}", f"{f}-{l}"])
    return local + "@" + R.choice(DOMAINS)


def say_email(e):
    local, dom = e.split("@")
    sub = {".": " dot ", "_": " underscore ", "-": R.choice([" dash ", " hyphen "])}
    def sp(s):
        out = ""
        for ch in s:
            if ch in sub:
                out += sub[ch]
            elif ch.isdigit():
                out += " " + UNITS[int(ch)] + " "
            else:
                out += ch
        return re.sub(r"\s+", " ", out).strip()
    # spell a short first token letter by letter sometimes
    lt = sp(local)
    toks = lt.split(" ")
    if len(toks[0]) == 1 or (R.random() < 0.3 and len(toks[0]) <= 6):
        toks[0] = " ".join(toks[0])
    return " ".join(toks) + " at " + sp(dom)


def make_dob():
    y = R.randint(1941, 2004)
    m = R.randint(1, 12)
    d = R.randint(1, 28)
    return y, m, d


UK_AREAS = ["SW", "NW", "SE", "E", "N", "W", "M", "B", "LS", "L", "G", "EH", "CF", "BS", "NG",
            "CR", "KT", "RG", "CB", "BT", "S", "DN", "TW", "HU"]
PC_IN = "ABDEFGHJLNPQRSTUWXYZ"


def make_postcode():
    a = R.choice(UK_AREAS)
    dist = str(R.randint(1, 28)) if len(a) == 2 else str(R.randint(1, 20))
    return f"{a}{dist} {R.randint(0, 9)}{R.choice(PC_IN)}{R.choice(PC_IN)}"


def make_zip():
    return R.choice(["60614", "94110", "10027", "77005", "02139", "98103", "30309", "19104",
                     "85004", "33101"]) if R.random() < 0.3 else f"{R.randint(10001, 99950):05d}"


STREETS = ["maple", "church", "station", "victoria", "park", "mill", "oak", "high", "elm",
           "willow", "queens", "king", "castle", "orchard", "meadow", "chestnut", "hawthorn",
           "lincoln", "washington", "cedar", "pine", "sycamore", "abbey", "bridge"]
STYPES = ["road", "street", "lane", "avenue", "drive", "close", "crescent", "grove", "way",
          "terrace", "gardens", "court", "place"]


def make_street():
    return f"{R.choice(STREETS)} {R.choice(STYPES)}"


def num_words(n):
    if n < 10:
        return UNITS[n]
    if n < 20:
        return TEENS[n - 10]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else " " + UNITS[n % 10])
    h, r = divmod(n, 100)
    return UNITS[h] + " " + (num_words(r) if r >= 10 else (zero_word() + " " + UNITS[r] if r else "hundred"))


def sfx(d):
    return "th" if 10 < d % 100 < 14 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")


def th(d):
    return f"{d}{sfx(d)}"


def say_year(y):
    if y == 2000:
        return "two thousand"
    if 2000 < y < 2010:
        return R.choice(["two thousand and " + UNITS[y - 2000], "two thousand " + UNITS[y - 2000]])
    a, b = divmod(y, 100)
    return num_words(a) + " " + (num_words(b) if b >= 10 else zero_word() + " " + UNITS[b])


# ----------------------------------------------------------------- normaliser
WORD_D = {w: str(i) for i, w in enumerate(UNITS)}
WORD_D.update({"oh": "0", "o": "0", "nought": "0", "nil": "0", "for": "4", "to": "2", "too": "2",
               "ate": "8", "won": "1"})
TEEN_D = {w: str(10 + i) for i, w in enumerate(TEENS)}
TENS_D = {v: k for k, v in TENS.items()}
FILLER = {"um", "uh", "er", "erm", "ah", "sorry", "and", "it's", "its", "hmm", "like", "then"}


def norm_chars(text, letters=False):
    """Turn a (possibly spoken) value into a string of digits (and letters if asked)."""
    t = text.lower()
    t = re.sub(r"\b([a-z]) (?:for|as in) [a-z]+(?: ray)?\b", lambda m: m.group(1).upper(), t)
    toks = re.findall(r"[A-Z]|[a-z']+|\d+", t)
    out, i = [], 0
    while i < len(toks):
        w = toks[i]
        if w.isdigit() or (len(w) == 1 and w.isupper()):
            out.append(w)
        elif w == "hundred":
            out.append("00")
        elif w == "thousand":
            out.append("000")
        elif w in ("double", "triple") and i + 1 < len(toks):
            nxt = toks[i + 1]
            d = WORD_D.get(nxt, nxt if (nxt.isdigit() or (letters and len(nxt) == 1)) else "")
            out.append(d.upper() * (2 if w == "double" else 3)); i += 1
        elif w in TENS_D:
            if i + 1 < len(toks) and toks[i + 1] in UNITS[1:]:
                out.append(str(TENS_D[w]) + WORD_D[toks[i + 1]]); i += 1
            else:
                out.append(str(TENS_D[w]) + "0")
        elif w in TEEN_D:
            out.append(TEEN_D[w])
        elif w in ("o", "oh") and letters:
            out.append("0")
        elif w in WORD_D and not (letters and w in ("for", "to", "too")):
            out.append(WORD_D[w])
        elif letters and len(w) == 1:
            out.append(w.upper())
        elif letters and re.fullmatch(r"[a-z]+\d*", w) and w not in FILLER and len(w) <= 4:
            out.append(w.upper())
        i += 1
    return "".join(out)


NI_RE = re.compile(r"^[A-CEGHJ-PR-TW-Z]{2}\d{6}[A-D]$")
UKPC_RE = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$")


def validate(typ, text):
    low = text.lower()
    if typ == "CARD_NUMBER":
        d = norm_chars(text)
        return d.isdigit() and 13 <= len(d) <= 19 and luhn_ok(d)
    if typ == "CVV":
        d = norm_chars(text)
        return d.isdigit() and len(d) in (3, 4)
    if typ == "EXPIRY":
        d = norm_chars(text)
        has_m = any(m[:3] in low for m in MONTHS)
        return (d.isdigit() and 3 <= len(d) <= 6) or (has_m and d.isdigit() and len(d) in (2, 4))
    if typ == "SSN":
        d = norm_chars(text)
        return d.isdigit() and len(d) == 9
    if typ == "NI_NUMBER":
        return bool(NI_RE.match(norm_chars(text, letters=True)))
    if typ == "BANK_ACCOUNT":
        d = norm_chars(text)
        return d.isdigit() and 6 <= len(d) <= 12
    if typ == "SORT_CODE":
        d = norm_chars(text)
        return d.isdigit() and len(d) == 6
    if typ == "IBAN":
        s = norm_chars(text, letters=True)
        return len(s) >= 15 and s[:2].isalpha() and iban_ok(s)
    if typ == "PHONE":
        d = norm_chars(re.sub(r"\bplus\b", "", text))
        return d.isdigit() and 10 <= len(d) <= 13
    if typ == "EMAIL":
        if "@" in text:
            return bool(re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", text))
        return bool(re.search(r"\bat\b", low)) and bool(re.search(r"\bdot\b|\.", low))
    if typ == "DOB":
        d = norm_chars(text)
        has_m = any(m in low for m in MONTHS) or any(m[:3] in low for m in MONTHS)
        return len(d) >= 4 or (has_m and len(d) >= 2)
    if typ == "POSTCODE":
        s = norm_chars(text, letters=True)
        return bool(UKPC_RE.match(s)) or bool(re.fullmatch(r"\d{5}(\d{4})?", s))
    if typ == "ADDRESS":
        return bool(re.search(r"\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\b", low)) \
            and len(low.split()) >= 2
    return False


# ----------------------------------------------------------------- case builder
CASE_LIST = []   # (record, groups)
_grp = [0]


def V(text, typ, group=None):
    """A value segment.  group=None: validated alone; a string: fragments with the
    same group are concatenated before validation; '-': not validated (abandoned
    attempt before a self-correction)."""
    return (text, typ, group)


def build(kind, note, turns):
    out_turns, spans, groups = [], [], {}
    for ti, (spk, segs) in enumerate(turns):
        if isinstance(segs, str):
            segs = [segs]
        text = ""
        for seg in segs:
            if isinstance(seg, str):
                text += seg
            else:
                val, typ, g = seg
                s = len(text)
                text += val
                spans.append({"turn": ti, "start": s, "end": len(text), "type": typ})
                if g != "-":
                    if g is None:
                        _grp[0] += 1
                        g = f"_auto{_grp[0]}"
                    groups.setdefault((g, typ), []).append(val)
        out_turns.append({"speaker": spk, "text": text.rstrip()})
    CASE_LIST.append((kind, note, out_turns, spans, groups))


def pos(note, *turns):
    build("positive", note, list(turns))


def neg(note, *turns):
    build("negative", note, list(turns))


A, C = "agent", "customer"


def ch(p):
    return R.random() < p


def pick(*xs):
    return R.choice(xs)


# ----------------------------------------------------------------- chat formatters
def card_chat(c):
    sizes = card_sizes(len(c))
    f = R.choice(["space", "space", "dash", "plain", "dot", "mixed"])
    if f == "plain":
        return c
    if f == "mixed":
        g = chunks(c, sizes)
        return g[0] + " " + "".join(g[1:3]) + " " + " ".join(g[3:]) if len(g) > 3 else " ".join(g)
    return {"space": " ", "dash": "-", "dot": "."}[f].join(chunks(c, sizes))


def card_spoken(c, filler=True):
    sizes = card_sizes(len(c))
    style = R.choice(["single", "single", "doubles", "pairs", None])
    parts = [say(g, style) for g in chunks(c, sizes)]
    if filler and ch(0.4):
        k = R.randint(1, len(parts) - 1)
        parts[k] = R.choice(["um ", "uh ", "er "]) + parts[k]
    return " ".join(parts)


def exp_vals():
    return R.randint(1, 12), R.randint(25, 31)


def exp_chat(m, y):
    return R.choice([f"{m:02d}/{y}", f"{m:02d}/20{y}", f"{m}/{y}", f"{m:02d}{y}",
                     f"{MONTHS[m-1][:3].title()} {y}", f"{m:02d}-{y}", f"{MONTHS[m-1].title()} 20{y}"])


def exp_spoken(m, y):
    mm = f"{m:02d}"
    return R.choice([say_pair(mm) + " " + num_words(y), say_single(mm) + " " + say_single(str(y)),
                     MONTHS[m-1] + " " + num_words(y), MONTHS[m-1] + " twenty " + num_words(y),
                     UNITS[m] + " " + num_words(y) if m < 10 else num_words(m) + " " + num_words(y),
                     say_pair(mm) + " slash " + num_words(y)])


def cvv_spoken(v):
    return R.choice([say_single(v), say_single(v), say_doubles(v),
                     (UNITS[int(v[0])] + " " + say_pair(v[1:])) if len(v) == 3 and v[0] != "0" and v[1] != "0" else say_single(v)])


def ssn_chat(s):
    return R.choice([f"{s[:3]}-{s[3:5]}-{s[5:]}", f"{s[:3]}-{s[3:5]}-{s[5:]}", f"{s[:3]} {s[3:5]} {s[5:]}",
                     s, f"{s[:3]}.{s[3:5]}.{s[5:]}", f"{s[:3]}-{s[3:5]} {s[5:]}"])


def ssn_spoken(s):
    style = R.choice(["single", "single", "doubles", "pairs", None])
    return " ".join(say(g, style) for g in (s[:3], s[3:5], s[5:]))


def ni_chat(n):
    return R.choice([f"{n[:2]} {n[2:4]} {n[4:6]} {n[6:8]} {n[8]}", n, n.lower(), f"{n[:2]}{n[2:8]} {n[8]}",
                     f"{n[:2]} {n[2:8]} {n[8]}", f"{n[:2]}-{n[2:4]}-{n[4:6]}-{n[6:8]}-{n[8]}",
                     f"{n[:2].lower()} {n[2:4]} {n[4:6]} {n[6:8]} {n[8].lower()}"])


def ni_spoken_parts(n):
    ls = R.choice(["plain", "plain", "nato", "asin", None])
    pre = " ".join(say_letter(x, ls) for x in n[:2])
    if ls == "plain" and n[0] == n[1] and ch(0.6):
        pre = "double " + n[0].lower()
    digs = say(n[2:8], R.choice(["single", "single", "doubles", "pairs"]))
    suf = say_letter(n[8], R.choice(["plain", "plain", "nato", "asin"]))
    return pre, digs, suf


def sort_chat(s):
    return R.choice([f"{s[:2]}-{s[2:4]}-{s[4:]}", f"{s[:2]}-{s[2:4]}-{s[4:]}", s, f"{s[:2]} {s[2:4]} {s[4:]}",
                     f"{s[:2]}.{s[2:4]}.{s[4:]}"])


def sort_spoken(s):
    return R.choice([say_pairs(s), say_single(s), say_doubles(s),
                     " ".join(say_pair(p) for p in chunks(s, [2, 2, 2]))])


def acct_spoken(a):
    return R.choice([say_single(a), say_doubles(a), say_groups(a, [4, 4] if len(a) == 8 else [3, 3, len(a) - 6]),
                     say_pairs(a)])


def phone_chat(ds, region):
    if region.startswith("uk"):
        if ds.startswith("07"):
            return R.choice([f"{ds[:5]} {ds[5:]}", ds, f"+44 {ds[1:5]} {ds[5:]}", f"+44 (0){ds[1:5]} {ds[5:8]} {ds[8:]}",
                             f"{ds[:5]} {ds[5:8]} {ds[8:]}", f"+44{ds[1:]}", f"0{ds[1:5]}-{ds[5:]}"])
        if ds.startswith("020"):
            return R.choice([f"{ds[:3]} {ds[3:7]} {ds[7:]}", f"+44 20 {ds[3:7]} {ds[7:]}", ds, f"(020) {ds[3:7]} {ds[7:]}"])
        return R.choice([f"{ds[:4]} {ds[4:7]} {ds[7:]}", f"({ds[:4]}) {ds[4:]}", f"+44 {ds[1:4]} {ds[4:]}", ds])
    if region == "us":
        return R.choice([f"({ds[:3]}) {ds[3:6]}-{ds[6:]}", f"{ds[:3]}-{ds[3:6]}-{ds[6:]}", f"{ds[:3]}.{ds[3:6]}.{ds[6:]}",
                         f"+1 {ds[:3]} {ds[3:6]} {ds[6:]}", ds, f"1-{ds[:3]}-{ds[3:6]}-{ds[6:]}"])
    return R.choice([f"{ds[:3]} {ds[3:6]} {ds[6:]}", f"+353 {ds[1:3]} {ds[3:]}", ds, f"({ds[:3]}) {ds[3:]}",
                     f"+353{ds[1:]}"])


def phone_spoken(ds, region):
    if region == "us":
        g = [3, 3, 4]
    elif ds.startswith("07"):
        g = R.choice([[5, 6], [5, 3, 3], [4, 3, 4]])
    elif region == "ie":
        g = [3, 3, 4]
    else:
        g = [4, 3, 4] if len(ds) == 11 else [3, 3, len(ds) - 6]
    style = R.choice(["single", "doubles", "doubles", "pairs", None])
    parts = [say(x, style) for x in chunks(ds, g)]
    if region != "us" and ch(0.25):
        parts[0] = "plus " + ("four four " if region.startswith("uk") else "three five three ") + say(ds[1:g[0]], "single")
    return " ".join(parts)


def dob_chat(y, m, d):
    return R.choice([f"{d:02d}/{m:02d}/{y}", f"{d}/{m}/{y}", f"{m:02d}/{d:02d}/{y}", f"{y}-{m:02d}-{d:02d}",
                     f"{d} {MONTHS[m-1].title()} {y}", f"{d}{sfx(d)} {MONTHS[m-1]} {y}",
                     f"{MONTHS[m-1].title()} {d}, {y}", f"{d:02d}.{m:02d}.{str(y)[2:]}", f"{d}-{MONTHS[m-1][:3]}-{y}"])


def dob_spoken(y, m, d):
    return R.choice([f"{ORD[d-1]} of {MONTHS[m-1]} {say_year(y)}",
                     f"{MONTHS[m-1]} {ORD[d-1]} {say_year(y)}",
                     f"{MONTHS[m-1]} the {ORD[d-1]} {num_words(y % 100) if y % 100 >= 10 else say_year(y)}",
                     f"{say_pair(f'{d:02d}')} {say_pair(f'{m:02d}')} {say_pair(str(y)[2:])}",
                     f"{ORD[d-1]} of the {ORD[m-1]} {say_year(y)}",
                     f"{num_words(d)} {num_words(m)} {say_year(y)}"])


def pc_spoken(pc):
    out_, in_ = pc.split(" ")
    letters = re.match(r"[A-Z]+", out_).group(0)
    dist = out_[len(letters):]
    ls = R.choice(["plain", "plain", "nato", "asin"])
    a = " ".join(say_letter(x, ls) for x in letters)
    b = num_words(int(dist)) if ch(0.5) else say_single(dist)
    c = UNITS[int(in_[0])] if in_[0] != "0" else zero_word()
    e = " ".join(say_letter(x, ls) for x in in_[1:])
    if in_[1] == in_[2] and ls == "plain" and ch(0.5):
        e = "double " + in_[1].lower()
    return f"{a} {b} {c} {e}"


def pc_chat(pc):
    return R.choice([pc, pc, pc.replace(" ", ""), pc.lower(), pc.lower().replace(" ", "")])


def zip_chat(z):
    return z if ch(0.75) else f"{z}-{rdigits(4)}"


def house_num():
    return R.choice([R.randint(1, 99), R.randint(1, 60), R.randint(100, 2999)])


def addr_chat(uk=True):
    n = house_num() if not uk else R.randint(1, 180)
    st = make_street()
    if not uk:
        st = f"{R.choice(STREETS)} {R.choice(US_ST)}"
    base = f"{n} {st.title()}"
    if ch(0.25):
        base = (f"Flat {R.randint(1, 20)}, " if uk else "") + base + ("" if uk else f" Apt {R.randint(1, 40)}")
    return base


US_ST = ["street", "avenue", "drive", "road", "boulevard", "lane", "court", "way", "place"]


def addr_spoken(uk=True):
    n = R.randint(1, 180) if uk else house_num()
    if n >= 1000:
        ns = say_pairs(str(n))
    elif n >= 100 and ch(0.5):
        ns = num_words(n)
    else:
        ns = num_words(n)
    st = make_street() if uk else f"{R.choice(STREETS)} {R.choice(US_ST)}"
    base = f"{ns} {st}"
    if not uk and ch(0.25):
        base += f" apartment {num_words(R.randint(1, 40))}"
    elif uk and ch(0.2):
        base = f"flat {num_words(R.randint(1, 12))} {base}"
    return base


TOWNS_UK = ["leeds", "manchester", "bristol", "croydon", "glasgow", "cardiff", "nottingham", "reading",
            "belfast", "sheffield", "hull", "doncaster"]
TOWNS_US = ["chicago il", "austin tx", "seattle wa", "boston ma", "atlanta ga", "phoenix az", "denver co",
            "columbus oh"]


# ----------------------------------------------------------------- positive templates
def p_card_chat():
    c, k = make_card()
    ind = pick("retail", "telecom", "utilities", "travel", "insurance")
    amt = f"{pick('£', '$', '€')}{R.randint(5, 400)}.{R.randint(0, 99):02d}"
    intro = pick("ok here's the card ", "Card no: ", "its ", "card number is ", "Sure - ", "long number: ")
    tail = pick(f" please take {amt}", " thanks", "", f" for the {amt} balance", " (debit card)")
    pos(f"chat/{ind}: {k} card typed mid-message with grouping variant",
        (A, pick("Can you type the long card number please?", "Please enter the card number in the chat.")),
        (C, [intro, V(card_chat(c), "CARD_NUMBER"), tail]))


def p_card_spoken_one():
    c, k = make_card()
    ind = pick("telecom", "utilities", "insurance", "banking", "retail")
    pos(f"call/{ind}: {k} card read in one turn as ASR words",
        (A, pick("okay and the long number across the front of the card", "go ahead with the card number when you're ready")),
        (C, [pick("yeah it's ", "right so it's ", "okay ", "um ", "it's "), V(card_spoken(c), "CARD_NUMBER"),
             pick("", " yeah", " that's it")]))


def p_card_split():
    c, k = make_card()
    sizes = card_sizes(len(c))
    g = chunks(c, sizes)
    style = R.choice(["single", "doubles", "pairs", None])
    turns = [(A, "okay when you're ready the card number please")]
    bcs = ["mhm", "yep", "okay go on", "yeah", "uh huh", "got that", "right"]
    for i, grp in enumerate(g):
        turns.append((C, [pick("", "it's ", "right ", "okay ") if i == 0 else pick("", "", "and ", "then "),
                          V(say(grp, style), "CARD_NUMBER", "c")]))
        if i < len(g) - 1:
            turns.append((A, R.choice(bcs)))
    pos(f"call/{pick('utilities', 'insurance', 'telecom', 'travel')}: {k} card split over {len(g)} customer turns with back-channels",
        *turns)


def p_card_full_call():
    c, k = make_card()
    m, y = exp_vals()
    cv = rdigits(4 if k == "amex" else 3)
    pos(f"call/{pick('retail', 'telecom', 'travel', 'utilities')}: card then expiry then security code over several turns",
        (A, "can i take the long card number"),
        (C, [V(card_spoken(c), "CARD_NUMBER")]),
        (A, pick("lovely and the expiry date", "and when does it expire", "thank you and the expiry")),
        (C, [pick("", "it's ", "um ", "expires "), V(exp_spoken(m, y), "EXPIRY")]),
        (A, pick("and the three digits on the back", "and the security code please", "last thing the cvv on the back")),
        (C, [pick("", "it's ", "yeah "), V(cvv_spoken(cv), "CVV")]))


def p_card_chat_all():
    c, k = make_card()
    m, y = exp_vals()
    cv = rdigits(4 if k == "amex" else 3)
    lab_e = pick("exp ", "expiry ", "exp: ", "Expires ", "valid thru ")
    lab_c = pick("cvv ", "CVV: ", "security code ", "sec code ", "cvc ")
    pos(f"chat/{pick('retail', 'travel', 'telecom')}: card, expiry and CVV in one typed message",
        (A, "To take the payment I'll need the card number, expiry and security code."),
        (C, [V(card_chat(c), "CARD_NUMBER"), pick(" ", ", ", " / "), lab_e, V(exp_chat(m, y), "EXPIRY"),
             pick(" ", ", ", " / "), lab_c, V(cv, "CVV")]))


def p_card_readback():
    c, k = make_card()
    sp = card_spoken(c, filler=False)
    pos(f"call/{pick('banking', 'insurance', 'utilities')}: agent reads the card number back, both labelled",
        (C, ["the card is ", V(sp, "CARD_NUMBER")]),
        (A, ["let me just read that back ", V(card_spoken(c, filler=False), "CARD_NUMBER"), " is that right"]),
        (C, "yes that's correct"))


def p_card_selfcorrect():
    c, k = make_card()
    g = chunks(c, card_sizes(len(c)))
    wrong = str((int(g[1][-1]) + 3) % 10)
    bad = say_single(g[0]) + " " + say_single(g[1][:-1] + wrong)
    pos(f"call/{pick('retail', 'telecom', 'travel')}: caller restarts card after a slip; abandoned attempt also labelled",
        (A, "go ahead with the card number"),
        (C, [V(bad, "CARD_NUMBER", "-"), pick(" no sorry let me start again ", " oh hang on sorry ", " wait no ")]),
        (A, "no problem from the start"),
        (C, [V(card_spoken(c), "CARD_NUMBER")]))


def p_card_amount():
    c, k = make_card()
    pounds = R.randint(20, 300)
    pos(f"call/{pick('utilities', 'telecom')}: card reading next to a spoken payment amount (amount unlabelled)",
        (A, f"so that's {num_words(pounds)} pounds today what card would you like to use"),
        (C, ["the card ending in er actually here's the full number ", V(card_spoken(c), "CARD_NUMBER"),
             f" and take {num_words(pounds)} pounds please"]))


def p_ssn_chat():
    s = make_ssn()
    ind = pick("healthcare billing", "insurance", "banking", "government services")
    pos(f"chat/{ind}: US SSN typed with separator variant",
        (A, pick("For verification please provide your Social Security number.", "Can I get your SSN to locate the account?")),
        (C, [pick("sure its ", "SSN ", "", "ok ", "my ssn is "), V(ssn_chat(s), "SSN"), pick("", " thx", ".", " - claim is still pending")]))


def p_ssn_spoken():
    s = make_ssn()
    pos(f"call/{pick('healthcare billing', 'insurance', 'government services', 'banking')}: SSN read as words in one turn",
        (A, "and can i get your social security number please"),
        (C, [pick("yeah it's ", "sure ", "um ", "okay so "), V(ssn_spoken(s), "SSN")]))


def p_ssn_split():
    s = make_ssn()
    style = R.choice(["single", "doubles", "pairs"])
    pos(f"call/{pick('healthcare billing', 'insurance', 'banking')}: SSN split 3-2-4 over turns with back-channels",
        (A, "okay and your social"),
        (C, [V(say(s[:3], style), "SSN", "s")]),
        (A, pick("mhm", "okay", "go on")),
        (C, [V(say(s[3:5], style), "SSN", "s")]),
        (A, pick("yep", "uh huh")),
        (C, [V(say(s[5:], style), "SSN", "s")]))


def p_ssn_dob():
    s = make_ssn()
    y, m, d = make_dob()
    pos(f"call/{pick('healthcare billing', 'insurance')}: SSN and date of birth for identity check",
        (A, "to verify can i have your date of birth"),
        (C, [pick("it's ", "", "sure it's "), V(dob_spoken(y, m, d), "DOB")]),
        (A, "thank you and the social security number"),
        (C, [V(ssn_spoken(s), "SSN"), pick("", " and i've got a claim number too if you need it", " yeah")]))


def p_ssn_chat_dob():
    s = make_ssn()
    y, m, d = make_dob()
    pos(f"chat/{pick('banking', 'government services', 'insurance')}: SSN and DOB in one typed line",
        (C, [pick("Hi, need to update my address. ", "hello locked out of my account. ", ""),
             pick("SSN ", "ssn: ", "social is "), V(ssn_chat(s), "SSN"), pick(", DOB ", " dob ", " and I was born "),
             V(dob_chat(y, m, d), "DOB")]))


def p_ssn_readback():
    s = make_ssn()
    pos("call/government services: agent reads SSN back in chunks, customer confirms",
        (C, ["my social is ", V(ssn_spoken(s), "SSN")]),
        (A, ["okay i have ", V(ssn_spoken(s), "SSN"), " is that correct"]),
        (C, "yes"))


def p_ni_chat():
    n = make_ni()
    pos(f"chat/{pick('government services', 'banking', 'insurance', 'utilities')}: UK NI number typed, format variant",
        (A, "Please confirm your National Insurance number."),
        (C, [pick("", "it's ", "NI: ", "ni number ", "Sure, "), V(ni_chat(n), "NI_NUMBER"), pick("", " thanks", ".")]))


def p_ni_spoken():
    n = make_ni()
    pre, digs, suf = ni_spoken_parts(n)
    pos(f"call/{pick('government services', 'banking', 'insurance')}: NI number spoken in one turn, letters with phonetics",
        (A, "can i take your national insurance number"),
        (C, [pick("yeah it's ", "", "okay ", "um it's "), V(f"{pre} {digs} {suf}", "NI_NUMBER")]))


def p_ni_split():
    n = make_ni()
    pre, digs, suf = ni_spoken_parts(n)
    pos(f"call/{pick('government services', 'insurance', 'banking')}: NI number split across turns (letters / digits / suffix letter)",
        (A, "national insurance number please"),
        (C, [pick("right ", "", "okay "), V(pre, "NI_NUMBER", "n")]),
        (A, pick("mhm", "yep", "okay")),
        (C, [V(digs, "NI_NUMBER", "n")]),
        (A, pick("and the letter at the end", "and the last letter")),
        (C, [pick("", "it's ", "that's "), V(suf, "NI_NUMBER", "n")]))


def p_ni_ref():
    n = make_ni()
    ref = rdigits(8)
    pre, digs, suf = ni_spoken_parts(n)
    pos("call/government services: NI number next to an unlabelled case reference number",
        (A, "have you got a reference from the letter"),
        (C, f"yeah the reference is {say_single(ref)}"),
        (A, "thanks and your national insurance number"),
        (C, [V(f"{pre} {digs} {suf}", "NI_NUMBER")]))


def p_ni_readback():
    n = make_ni()
    pos(f"chat/{pick('government services', 'banking')}: agent echoes typed NI number back",
        (C, ["NI is ", V(ni_chat(n), "NI_NUMBER")]),
        (A, ["Thanks, I have ", V(f"{n[:2]} {n[2:4]} {n[4:6]} {n[6:8]} {n[8]}", "NI_NUMBER"), " on file - is that right?"]),
        (C, "yes"))


def p_bank_chat():
    s, a = make_sort(), rdigits(8)
    pos(f"chat/{pick('banking', 'utilities', 'insurance')}: UK sort code and account number typed together",
        (A, "What are the sort code and account number for the direct debit?"),
        (C, [pick("sort code ", "SC ", "sort "), V(sort_chat(s), "SORT_CODE"), pick(" account ", ", acc no ", " acct: ", " and account number "),
             V(a, "BANK_ACCOUNT")]))


def p_bank_spoken():
    s, a = make_sort(), rdigits(8)
    pos(f"call/{pick('banking', 'utilities', 'telecom')}: sort code and account number spoken in separate turns",
        (A, "what's the sort code"),
        (C, [pick("", "it's ", "um "), V(sort_spoken(s), "SORT_CODE")]),
        (A, "and the account number"),
        (C, [pick("", "it's ", "right "), V(acct_spoken(a), "BANK_ACCOUNT")]))


def p_bank_us():
    a = rdigits(R.choice([10, 11, 12]))
    spoken = ch(0.5)
    pos(f"{'call' if spoken else 'chat'}/banking: US checking account number",
        (A, "which account should the refund go to" if spoken else "Which account number should we credit?"),
        (C, [pick("my checking account ", "account number ", "checking "), V(acct_spoken(a) if spoken else a, "BANK_ACCOUNT")]))


def p_bank_split():
    s, a = make_sort(), rdigits(8)
    pos("call/banking: account number split 4+4 over turns, then sort code with a self-pause",
        (A, "account number first please"),
        (C, [V(say(a[:4]), "BANK_ACCOUNT", "a")]),
        (A, "mhm"),
        (C, [V(say(a[4:]), "BANK_ACCOUNT", "a")]),
        (A, "and the sort code"),
        (C, [V(say_pair(s[:2]), "SORT_CODE", "s"), " um hang on ", V(say_pair(s[2:4]) + " " + say_pair(s[4:]), "SORT_CODE", "s")]))


def p_iban_chat():
    ib = make_iban()
    f = R.choice(["group", "group", "compact", "lower"])
    txt = group4(ib) if f == "group" else ib if f == "compact" else group4(ib).lower()
    pos(f"chat/{pick('banking', 'travel', 'insurance', 'retail')}: {ib[:2]} IBAN typed ({f})",
        (A, "Please send the IBAN for the refund."),
        (C, [pick("IBAN: ", "iban ", "", "Here you go "), V(txt, "IBAN"), pick("", " BIC to follow", " thanks")]))


def p_iban_spoken():
    ib = make_iban(R.choice(["GB", "IE", "DE", "ES"]))
    while ib[:2] in ("GB", "IE") and "O" in ib:
        ib = make_iban(ib[:2])
    parts = []
    for grp in [ib[i:i + 4] for i in range(0, len(ib), 4)]:
        ws = []
        for ch_ in grp:
            ws.append(say_letter(ch_, R.choice(["plain", "plain", "nato"])) if ch_.isalpha() else dword(ch_))
        parts.append(" ".join(ws))
    pos(f"call/{pick('banking', 'insurance', 'travel')}: {ib[:2]} IBAN read character by character",
        (A, "could you read me the iban"),
        (C, [pick("yeah ", "okay it's ", ""), V(" ".join(parts), "IBAN")]))


def p_phone_chat():
    ds, reg = make_phone()
    pos(f"chat/{pick('telecom', 'retail', 'utilities', 'travel')}: {reg} phone number typed",
        (A, "What's the best contact number?"),
        (C, [pick("", "mob ", "call me on ", "best num is ", "tel: "), V(phone_chat(ds, reg), "PHONE"),
             pick("", " after 5pm", " anytime", " pls")]))


def p_phone_spoken():
    ds, reg = make_phone()
    pos(f"call/{pick('telecom', 'utilities', 'healthcare billing', 'retail')}: {reg} phone number spoken",
        (A, "and a good contact number for you"),
        (C, [pick("", "it's ", "yeah it's ", "um "), V(phone_spoken(ds, reg), "PHONE")]))


def p_phone_split():
    ds, reg = make_phone(R.choice(["uk_mob", "us", "ie"]))
    g = [5, 6] if ds.startswith("07") else [3, 3, 4]
    turns = [(A, "what number can we reach you on")]
    for i, x in enumerate(chunks(ds, g)):
        turns.append((C, [V(say(x), "PHONE", "p")]))
        if i < len(g) - 1:
            turns.append((A, pick("yep", "mhm", "okay")))
    pos(f"call/{pick('telecom', 'healthcare billing')}: {reg} phone number split across turns", *turns)


def p_email_chat():
    e = make_email()
    pos(f"chat/{pick('retail', 'telecom', 'travel', 'utilities')}: typed email address",
        (A, "Can you confirm the email on the account?"),
        (C, [pick("", "its ", "email: ", "It should be "), V(e if ch(0.7) else e.upper() if ch(0.3) else e.title(), "EMAIL"),
             pick("", " but I never get the bills", ".", " thanks")]))


def p_email_spoken():
    e = make_email()
    pos(f"call/{pick('retail', 'telecom', 'insurance', 'travel')}: email spoken ASR style (dot / at / underscore)",
        (A, "what's your email address"),
        (C, [pick("", "it's ", "yeah it's "), V(say_email(e), "EMAIL")]))


def p_phone_email():
    ds, reg = make_phone()
    e = make_email()
    pos(f"call/{pick('telecom', 'utilities', 'retail')}: phone and email in one customer turn",
        (A, "can i update your contact details"),
        (C, ["yeah the number is ", V(phone_spoken(ds, reg), "PHONE"), " and the email is ", V(say_email(e), "EMAIL")]))


def p_dob_chat():
    y, m, d = make_dob()
    pos(f"chat/{pick('banking', 'insurance', 'healthcare billing', 'telecom')}: DOB typed for verification",
        (A, "Please confirm your date of birth."),
        (C, [pick("", "dob ", "born ", "It's "), V(dob_chat(y, m, d), "DOB")]))


def p_dob_spoken():
    y, m, d = make_dob()
    pos(f"call/{pick('banking', 'insurance', 'healthcare billing', 'government services')}: DOB spoken",
        (A, "can you confirm your date of birth for me"),
        (C, [pick("", "it's the ", "yeah ", "um "), V(dob_spoken(y, m, d), "DOB")]))


def p_addr_uk_chat():
    a, pc = addr_chat(True), make_postcode()
    pos(f"chat/{pick('utilities', 'retail', 'telecom', 'insurance')}: UK address and postcode typed",
        (A, "What's the address for the delivery?"),
        (C, [V(a, "ADDRESS"), ", ", R.choice(TOWNS_UK).title(), pick(", ", " ", " - "), V(pc_chat(pc), "POSTCODE")]))


def p_addr_uk_spoken():
    a, pc = addr_spoken(True), make_postcode()
    pos(f"call/{pick('utilities', 'insurance', 'telecom')}: UK address and postcode spoken in separate turns",
        (A, "and the first line of the address"),
        (C, [pick("", "it's ", "yeah "), V(a, "ADDRESS"), " ", R.choice(TOWNS_UK)]),
        (A, "and the postcode"),
        (C, [pick("", "it's ", "um "), V(pc_spoken(pc), "POSTCODE")]))


def p_pc_only():
    pc = make_postcode()
    pos(f"call/{pick('utilities', 'retail')}: postcode only, for an address lookup",
        (A, "can i take your postcode and i'll find the address"),
        (C, [pick("", "yeah it's ", "it's "), V(pc_spoken(pc), "POSTCODE"), pick("", " it's a new build", "")]))


def p_addr_us_chat():
    a, z = addr_chat(False), make_zip()
    town, st = R.choice(TOWNS_US).split()
    pos(f"chat/{pick('retail', 'healthcare billing', 'insurance')}: US street address and ZIP",
        (A, "What is the billing address?"),
        (C, [V(a, "ADDRESS"), ", ", town.title(), pick(", ", " "), st.upper() + " ", V(zip_chat(z), "POSTCODE")]))


def p_addr_us_spoken():
    a, z = addr_spoken(False), make_zip()
    pos(f"call/{pick('insurance', 'healthcare billing', 'retail')}: US address and ZIP spoken",
        (A, "and the mailing address"),
        (C, [V(a, "ADDRESS"), " ", R.choice(TOWNS_US).split()[0]]),
        (A, "zip code"),
        (C, [V(say(z), "POSTCODE")]))


def p_ie_mixed():
    ib = make_iban("IE")
    ds, reg = make_phone("ie")
    pos("chat/utilities: Irish IBAN and mobile in one message alongside an unlabelled account balance",
        (C, ["my balance says €", f"{R.randint(20, 400)}.{R.randint(0, 99):02d}", " but I pay by DD from ",
             V(group4(ib), "IBAN"), " - call me on ", V(phone_chat(ds, reg), "PHONE")]))


def p_gov_ni_dob_pc():
    n = make_ni()
    y, m, d = make_dob()
    pc = make_postcode()
    pre, digs, suf = ni_spoken_parts(n)
    pos("call/government services: NI number, DOB and postcode in one verification sequence",
        (A, "i need to ask a few security questions first your national insurance number"),
        (C, [V(f"{pre} {digs} {suf}", "NI_NUMBER")]),
        (A, "date of birth"),
        (C, [V(dob_spoken(y, m, d), "DOB")]),
        (A, "and the postcode we have for you"),
        (C, [V(pc_spoken(pc), "POSTCODE")]))


def p_card_homophone():
    c, k = make_card(R.choice(["visa", "mc"]))
    sp = card_spoken(c, filler=False)
    orig = sp
    sp = re.sub(r"\bfour\b", "for", sp, count=1)
    sp = re.sub(r"\btwo\b", "to", sp, count=1)
    what = "ASR homophones ('for', 'to') and a filler inside" if sp != orig else "a filler word inside the reading"
    words = sp.split(" ")
    words.insert(R.randint(3, len(words) - 2), pick("um", "uh", "sorry"))
    pos(f"call/{pick('telecom', 'retail', 'utilities')}: card with {what}",
        (A, "okay and the card number"),
        (C, [pick("", "right ", "okay it's "), V(" ".join(words), "CARD_NUMBER")]))


def p_exp_cvv_one_turn():
    c, k = make_card(R.choice(["visa", "mc", "amex"]))
    m, y = exp_vals()
    cv = rdigits(4 if k == "amex" else 3)
    pos(f"call/{pick('travel', 'retail', 'insurance')}: expiry and security code given together in one turn",
        (C, ["card number ", V(card_spoken(c), "CARD_NUMBER")]),
        (A, "thanks and the expiry and security code"),
        (C, [pick("it runs out ", "expiry's ", ""), V(exp_spoken(m, y), "EXPIRY"),
             pick(" and the code on the back is ", " and the three numbers are ", " security code "), V(cvv_spoken(cv), "CVV")]))


def p_cvv_chat_typo():
    c, k = make_card(R.choice(["visa", "mc"]))
    m, y = exp_vals()
    cv = rdigits(3)
    pos(f"chat/{pick('retail', 'telecom')}: card, expiry and CVV typed casually over two messages with typos",
        (C, ["ok card is ", V(card_chat(c), "CARD_NUMBER")]),
        (A, "Thanks! Expiry date and the 3-digit code?"),
        (C, [pick("exp ", "expirey ", "expires ", "exp date "), V(exp_chat(m, y), "EXPIRY"),
             pick(" n the 3 digits on back r ", " and cvv ", ", the code is ", " secuirty code "), V(cv, "CVV")]))


def p_email_typed_words():
    e = make_email()
    local, dom = e.split("@")
    txt = local + pick(" at ", " (at) ", " [at] ") + dom.replace(".", pick(" dot ", " . ", "(dot)"))
    txt = re.sub(r"\s+", " ", txt).strip()
    pos(f"chat/{pick('retail', 'travel', 'utilities')}: email typed in spam-proof words (at / dot)",
        (A, "What's the best email address to reach you?"),
        (C, [pick("", "its ", "email me at "), V(txt, "EMAIL")]))


def p_dob_with_appt():
    y, m, d = make_dob()
    pos(f"call/{pick('healthcare billing', 'insurance')}: DOB next to an unlabelled appointment date",
        (A, "before i move your appointment can i take your date of birth"),
        (C, [V(dob_spoken(y, m, d), "DOB")]),
        (A, f"thank you so we'll move you from the {ORD[R.randint(0, 27)]} to {pick('tuesday', 'friday')} the {ORD[R.randint(0, 27)]} at {pick('two', 'ten', 'three thirty')}"),
        (C, "perfect"))


def p_bank_one_turn():
    s, a = make_sort(), rdigits(8)
    pos(f"call/{pick('banking', 'utilities', 'insurance')}: sort code and account number in one customer turn",
        (A, "what are the bank details for the direct debit"),
        (C, ["sort code ", V(sort_spoken(s), "SORT_CODE"), pick(" and the account number is ", " account ", " and then "),
             V(acct_spoken(a), "BANK_ACCOUNT")]))


def p_ni_readback_spoken():
    n = make_ni()
    pre, digs, suf = ni_spoken_parts(n)
    rb = " ".join(f"{x.lower()} for {NATO[x.lower()]}" for x in n[:2]) + " " + say_single(n[2:8]) + f" {n[8].lower()} for {NATO[n[8].lower()]}"
    pos("call/government services: NI number given, agent reads it back with phonetics",
        (C, ["it's ", V(f"{pre} {digs} {suf}", "NI_NUMBER")]),
        (A, ["so that's ", V(rb, "NI_NUMBER"), " yeah"]),
        (C, "that's it"))


def p_phone_correction():
    ds, reg = make_phone(R.choice(["uk_mob", "us"]))
    bad = say_single(ds[:5])
    pos(f"call/{pick('telecom', 'retail')}: caller starts phone number, corrects themselves, restarts",
        (A, "best number to call you back on"),
        (C, [V(bad, "PHONE", "-"), pick(" no sorry let me start again ", " no hang on wrong way round it's ", " sorry scrap that it's "), V(phone_spoken(ds, reg), "PHONE")]))


def p_addr_abbrev_chat():
    n, st = R.randint(1, 240), R.choice(STREETS).title()
    suf = pick("Rd", "St", "Ave", "Rd.", "st", "Dr")
    pc = make_postcode()
    a = f"{n}{pick('', '', 'a', 'B')} {st} {suf}".rstrip(".")
    pos(f"chat/{pick('retail', 'utilities')}: abbreviated street type and lower-case postcode in one line",
        (C, [pick("new address is ", "moved to ", "deliver to "), V(a, "ADDRESS"), pick(" ", ", "), R.choice(TOWNS_UK), " ",
             V(pc.lower(), "POSTCODE"), pick(" pls", " thanks", "")]))


def p_iban_split():
    ib = make_iban(R.choice(["DE", "ES", "FR"]))
    g = [ib[i:i + 4] for i in range(0, len(ib), 4)]
    h = len(g) // 2
    def spk(grps):
        return " ".join(" ".join(say_letter(x, "plain") if x.isalpha() else dword(x) for x in gg) for gg in grps)
    pos(f"call/{pick('banking', 'travel')}: {ib[:2]} IBAN split across two turns with back-channel",
        (A, "go ahead with the iban"),
        (C, [V(spk(g[:h]), "IBAN", "i")]),
        (A, pick("okay", "mhm go on")),
        (C, [V(spk(g[h:]), "IBAN", "i"), " that's the lot"]))


POS_TEMPLATES = [
    (p_card_chat, 10), (p_card_spoken_one, 10), (p_card_split, 7), (p_card_full_call, 9), (p_card_chat_all, 7),
    (p_card_readback, 4), (p_card_selfcorrect, 4), (p_card_amount, 4),
    (p_ssn_chat, 9), (p_ssn_spoken, 8), (p_ssn_split, 5), (p_ssn_dob, 5), (p_ssn_chat_dob, 5), (p_ssn_readback, 3),
    (p_ni_chat, 9), (p_ni_spoken, 8), (p_ni_split, 5), (p_ni_ref, 4), (p_ni_readback, 3), (p_gov_ni_dob_pc, 4),
    (p_bank_chat, 6), (p_bank_spoken, 6), (p_bank_us, 4), (p_bank_split, 3),
    (p_iban_chat, 8), (p_iban_spoken, 5), (p_ie_mixed, 3),
    (p_phone_chat, 7), (p_phone_spoken, 7), (p_phone_split, 4), (p_phone_email, 4),
    (p_email_chat, 6), (p_email_spoken, 7),
    (p_dob_chat, 5), (p_dob_spoken, 6),
    (p_addr_uk_chat, 6), (p_addr_uk_spoken, 6), (p_pc_only, 3), (p_addr_us_chat, 5), (p_addr_us_spoken, 4),
    (p_card_homophone, 4), (p_exp_cvv_one_turn, 4), (p_cvv_chat_typo, 4), (p_email_typed_words, 4),
    (p_dob_with_appt, 3), (p_bank_one_turn, 4), (p_ni_readback_spoken, 3), (p_phone_correction, 3),
    (p_addr_abbrev_chat, 4), (p_iban_split, 3),
]


# ----------------------------------------------------------------- negative templates
def money_sp(n):
    def under1000(x, casual=True):
        h, r = divmod(x, 100)
        if h == 0:
            return num_words(r)
        if r == 0:
            return UNITS[h] + " hundred"
        if casual and r >= 10 and ch(0.5):
            return num_words(x)  # "two forty eight"
        return UNITS[h] + " hundred and " + num_words(r)
    if n < 1000:
        return under1000(n)
    k, r = divmod(n, 1000)
    return (num_words(k) + " thousand" + ("" if r == 0 else (" and " + num_words(r) if r < 100 else " " + under1000(r, False))))


def n_order_chat():
    o = rdigits(R.choice([6, 7, 8]))
    neg("chat/retail: order number and price typed (not PII)",
        (C, f"Hi, order #{o} still hasn't arrived, I paid £{R.randint(10, 250)}.{R.randint(0, 99):02d} on the {th(R.randint(2, 28))}"),
        (A, f"Sorry about that! Order {o} shows as dispatched {R.randint(2, 6)} days ago, expected by {pick('Friday', 'Monday', 'tomorrow')}."))


def n_balance_call():
    b = R.randint(40, 1900)
    neg("call/utilities: balance and due date spoken",
        (A, f"so your current balance is {money_sp(b)} pounds and {num_words(R.randint(11, 99))} pence"),
        (C, f"okay and when's that due"),
        (A, f"that's due on the {ORD[R.randint(0, 27)]} of {R.choice(MONTHS)} so you've got about {num_words(R.randint(2, 20))} days"))


def n_appointment():
    d = ORD[R.randint(0, 27)]
    neg("call/healthcare billing: appointment date and time (not a birth date)",
        (A, f"i can book you in for {pick('monday', 'tuesday', 'thursday')} the {d} at {pick('half past two', 'ten fifteen', 'nine thirty', 'quarter to four', 'eleven o clock')}"),
        (C, f"the {d} yeah that works i finish at {num_words(R.randint(3, 6))}"))


def n_flight():
    fl = pick("EI", "BA", "FR", "UA", "AA", "LH") + str(R.randint(100, 9999))
    neg("chat/travel: flight number, gate, times and booking reference",
        (C, f"My flight {fl} on {R.randint(1, 28)}/{R.randint(1, 12):02d} was moved from {R.randint(6, 11)}:{pick('05', '15', '30', '45')} to {R.randint(12, 21)}:{pick('00', '20', '40')}, booking ref {''.join(R.choice('ABCDEFGHJKLMNPQRSTUVWXYZ') for _ in range(6))}"),
        (A, f"I see it - {fl} now departs from gate {R.randint(1, 60)}, terminal {R.randint(1, 5)}."))


def n_flight_spoken():
    neg("call/travel: spoken flight number and price",
        (C, f"it's flight {pick('e i', 'b a', 'ryanair')} {say_pairs(str(R.randint(100, 9999)))} leaving at {num_words(R.randint(6, 11))} {num_words(R.randint(10, 55))}"),
        (A, f"okay the change fee is {num_words(R.randint(30, 99))} euro and it's {num_words(R.randint(2, 9))} hours later"))


def n_meter():
    r = rdigits(R.choice([5, 6]))
    neg("call/utilities: meter reading digits (not PII)",
        (A, "can you read me the numbers on the meter left to right ignoring the red ones"),
        (C, f"yeah the meter reading is {say_single(r)}"),
        (A, f"lovely so that's {say_single(r)} thank you"))


def n_meter_chat():
    neg("chat/utilities: typed gas and electric meter readings",
        (C, f"Meter readings today: gas {rdigits(5)}, electric day {rdigits(5)} night {rdigits(5)}"),
        (A, "Thanks, those have been submitted."))


def n_ticket():
    t = rdigits(R.choice([7, 8, 9, 10]))
    word = pick("ticket", "claim", "reference", "case", "incident", "invoice")
    neg(f"call/{pick('telecom', 'insurance', 'utilities')}: {word} number read digit by digit with its reference word",
        (A, f"have you got a {word} number"),
        (C, f"yeah the {word} number is {say(t)}"),
        (A, f"thanks {word} {say_single(t)} i've got it here"))


def n_ticket_chat():
    t = rdigits(R.choice([6, 8, 9, 10]))
    word = pick("Ticket", "Claim no.", "Ref", "Case #", "Invoice", "Complaint ref")
    neg("chat/insurance: typed reference number with its label",
        (C, f"{word} {t} - any update? been waiting {R.randint(2, 9)} weeks"),
        (A, f"Hi, {word} {t} is with the assessor, about {R.randint(3, 10)} working days left."))


def n_broadband():
    neg("chat/telecom: speeds, data, contract length, percentages",
        (C, f"Paying for {pick(100, 500, 900)} Mbps but speedtest says {R.randint(8, 60)}.{R.randint(0, 9)} Mbps, ping {R.randint(12, 90)}ms"),
        (A, f"On your {pick(12, 18, 24)} month plan we can offer {pick(10, 15, 20, 25)}% off for {R.randint(3, 6)} months."))


def n_model():
    neg("chat/telecom: device and model numbers",
        (C, f"router is a {pick('TG789vac v2', 'Hub 6', 'DGA4134', 'RAX40', 'Fast5866T')} and my phone's a {pick('iPhone 14 Pro', 'S23 Ultra', 'Pixel 7a')}, serial ends {R.randint(100, 999)}"),
        (A, "Thanks - that model needs firmware 4.2 or later."))


def n_age_years():
    y = R.randint(1985, 2012)
    neg("call/insurance: age, years and durations",
        (C, f"i'm {num_words(R.randint(45, 89))} now and i've been with you since {say_year(y)}"),
        (A, f"thank you for being with us {num_words(2026 - y)} years the renewal is {money_sp(R.randint(200, 1400))} pounds"))


def n_room():
    rm = R.randint(101, 940)
    neg("chat/travel: hotel room number, dates and guests",
        (C, f"We're in room {rm}, checking in {R.randint(1, 28)} {pick('June', 'July', 'August')} for {R.randint(2, 9)} nights, {R.randint(2, 4)} adults"),
        (A, f"Room {rm} is upgraded, breakfast is 7-10:30."))


def n_temp():
    neg("call/utilities: boiler temperature, pressure and times",
        (C, f"the boiler's showing {num_words(R.randint(40, 80))} degrees and the pressure's at {pick('one point five', 'nought point eight', 'two')} bar"),
        (A, f"okay an engineer can come between {num_words(R.randint(8, 10))} and {num_words(R.randint(11, 12))} on {pick('wednesday', 'friday')}"))


def n_dd_date():
    neg("chat/banking: payment dates and amounts (not birth dates)",
        (C, f"Can I move my direct debit from the {th(R.randint(1, 28))} to {R.randint(1, 28)}/{R.randint(1, 12):02d}? It's £{R.randint(20, 99)}.{R.randint(0, 99):02d} a month"),
        (A, f"Done - the next payment of £{R.randint(20, 99)}.00 will be taken on {R.randint(1, 28)} {pick('March', 'April', 'May')} {pick(2025, 2026, 2027)}."))


def n_contract():
    neg("call/telecom: contract start date and minutes allowance",
        (A, f"your contract started on the {ORD[R.randint(0, 27)]} of {R.choice(MONTHS)} {say_year(R.randint(2019, 2025))}"),
        (C, f"right and it was {num_words(R.randint(12, 36))} months with {money_sp(R.choice([500, 1000, 2000]))} minutes"))


def n_us_copay():
    neg("chat/healthcare billing: copay, deductible, visit date and claim number",
        (C, f"Why was I billed ${R.randint(40, 900)}.{R.randint(0, 99):02d}? My copay is ${pick(20, 25, 35, 50)} and the visit was {R.randint(1, 12)}/{R.randint(1, 28)}/{pick(2024, 2025)}"),
        (A, f"Claim {rdigits(9)} applied ${R.randint(100, 1500)} to your ${pick('1,500', '2,000', '3,000')} deductible."))


def n_quantities():
    neg("call/retail: quantities, sizes and prices spoken",
        (C, f"i ordered {num_words(R.randint(2, 12))} boxes of {num_words(R.randint(6, 48))} and a size {num_words(R.randint(6, 14))} but got {num_words(R.randint(1, 5))}"),
        (A, f"that's {num_words(R.randint(10, 99))} ninety nine each i'll refund {num_words(R.randint(20, 90))} pounds"))


def n_data():
    neg("chat/telecom: data usage, bill amounts, times",
        (C, f"used {R.randint(1, 40)}.{R.randint(0, 9)}GB of {pick(20, 50, 100)}GB already and it's only the {th(R.randint(2, 20))}, bill was €{R.randint(20, 90)}"),
        (A, f"Your allowance resets at 00:00 on the {th(R.randint(1, 28))}. An extra {pick(5, 10, 20)}GB is €{R.randint(3, 15)}."))


def n_tax_year():
    y = R.randint(2019, 2024)
    neg("call/government services: tax year, amounts, percentages, office hours",
        (C, f"it's about the {say_year(y)} to {num_words(y % 100 + 1)} tax year i was charged {money_sp(R.randint(100, 4000))} pounds"),
        (A, f"that's the {pick('twenty percent basic', 'forty percent higher')} rate lines are open {pick('eight till six', 'nine to five')} monday to friday"))


def n_spoken_ref():
    t = rdigits(R.choice([6, 7, 8]))
    neg("call/insurance: policy number split across turns with back-channel (reference, not account)",
        (A, "what's the policy number"),
        (C, f"policy number {say(t[:3])}"),
        (A, "mhm"),
        (C, f"{say(t[3:])} and it renews in {R.choice(MONTHS)}"))


def n_card_last4():
    neg("call/banking: card balance, transaction amounts and a time (no full numbers)",
        (A, f"i can see a payment of {money_sp(R.randint(10, 900))} pounds at {num_words(R.randint(1, 12))} {num_words(R.randint(10, 59))} pm yesterday"),
        (C, f"that wasn't me i only spent about {num_words(R.randint(20, 80))} quid all week"))


def n_price_plan():
    neg("call/telecom: monthly price, contract length and percentage",
        (A, f"the new plan is {num_words(R.randint(10, 60))} ninety nine a month for {num_words(pick(12, 18, 24, 36))} months with {num_words(R.randint(5, 30))} percent off"),
        (C, f"and the old one was {num_words(R.randint(20, 70))} pounds right"))


def n_tracking():
    t = rdigits(R.choice([9, 10]))
    neg("chat/retail: parcel tracking number with its label and a delivery window",
        (C, f"tracking number {t} says delivered at {R.randint(1, 12)}:{R.randint(10, 59)}pm but nothing here"),
        (A, f"Tracking {t} shows the driver's photo at {R.randint(1, 12)}:{R.randint(10, 59)}. I'll open a claim."))


def n_account_balance_chat():
    neg("chat/banking: balances, overdraft limit, interest rate and a payment date",
        (C, f"balance shows -£{R.randint(10, 900)}.{R.randint(0, 99):02d} but my overdraft limit is £{pick(500, 1000, 1500)}"),
        (A, f"The {R.randint(1, 9)}.{R.randint(1, 9)}% EAR interest of £{R.randint(1, 30)}.{R.randint(0, 99):02d} was applied on {th(R.randint(1, 28))} {pick('June', 'July', 'October')}."))


def n_policy_chat():
    neg("chat/insurance: policy number, excess, vehicle year and mileage",
        (C, f"Policy {pick('PX', 'HM', 'MTR')}-{rdigits(7)}, my {R.randint(2008, 2023)} car has {R.randint(20, 140)},{rdigits(3)} miles"),
        (A, f"Your excess is £{pick(100, 250, 350, 500)} and the renewal is due {th(R.randint(1, 28))} {pick('May', 'Sept', 'Dec')}."))


NEG_TEMPLATES = [n_order_chat, n_balance_call, n_appointment, n_flight, n_flight_spoken, n_meter, n_meter_chat,
                 n_ticket, n_ticket_chat, n_broadband, n_model, n_age_years, n_room, n_temp, n_dd_date, n_contract,
                 n_us_copay, n_quantities, n_data, n_tax_year, n_spoken_ref, n_card_last4, n_price_plan, n_tracking,
                 n_account_balance_chat, n_policy_chat]


# ----------------------------------------------------------------- generation
def generate():
    CASE_LIST.clear()
    _grp[0] = 0
    R.seed(SEED)
    plan = []
    for fn, w in POS_TEMPLATES:
        plan += [fn] * w
    R.shuffle(plan)
    for fn in plan:
        fn()
    for i in range(130):
        NEG_TEMPLATES[i % len(NEG_TEMPLATES)]()
    recs, meta = [], []
    npos = nneg = 0
    for kind, note, turns, spans, groups in CASE_LIST:
        if kind == "positive":
            npos += 1
            cid = f"h40-pos-{npos:03d}"
        else:
            nneg += 1
            cid = f"h40-neg-{nneg:03d}"
        recs.append({"id": cid, "kind": kind, "turns": turns, "spans": spans, "note": note})
        meta.append(groups)
    text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs)
    return recs, meta, text


def counts(recs):
    c = Counter()
    for r in recs:
        for s in r["spans"]:
            c[s["type"]] += 1
    return c


def readme(recs):
    c = counts(recs)
    npos = sum(r["kind"] == "positive" for r in recs)
    nneg = len(recs) - npos
    rows = "\n".join(f"| {t} | {c[t]} |" for t in TYPES)
    return f"""# pii_holdout40 - held-out PII redaction evaluation set

**Never use this set for tuning.** It exists only to measure the redactor on data
it was not developed against. Do not read individual cases while changing the
redaction code, and do not add its patterns to rules or tests.

## Who wrote it and how

Written by an AI helper acting as an independent test author. The author did
not see the redaction code, its tests, its documentation or any other PII
fixture; the only thing consulted was a three-line example of the JSONL format.
Cases are produced by `scripts/make_pii_holdout40.py` from template functions:
each turn is a list of plain-text segments and (value, TYPE) segments, so the
span offsets are computed, never typed. All values come from one
`random.Random({SEED})`; the output is byte-for-byte reproducible.

    python scripts/make_pii_holdout40.py          # writes cases.jsonl and this README
    python scripts/make_pii_holdout40.py --check  # regenerates, compares, validates

`--check` verifies the file is identical to a fresh generation, ids are unique,
offsets are in range and on word boundaries, spans do not overlap, negatives
have no spans, and every value is valid after normalising spoken forms (Luhn
for cards, mod-97 for IBANs, NI format, 9 digits for SSN, 6 for sort codes,
digit counts for CVV / phone / account, UK postcode or US ZIP shape).

## Contents

{npos} positive cases, {nneg} negative cases ({len(recs)} total).

| type | spans |
|---|---|
{rows}

Chat cases are typed text (mixed case, separators, grouping variants); call
cases imitate an ASR transcript (lower case, little punctuation, numbers as
words, "oh"/"o"/"nought"/"zero" for 0, "double"/"triple", digit pairs such as
"forty one", letters as "b for bravo" / "s as in sugar", e-mails as
"j dot doe at gmail dot com"). Industries: banking, telecom, utilities, retail,
insurance, travel, healthcare billing, government services; US, UK, Ireland
and EU values (IBANs from GB, IE, DE, NL, FR, ES).

## Annotation conventions

* A span covers the value only: lead-ins ("it's", "my number is", "sort code",
  "exp", "cvv", "SSN") and trailing chit-chat are outside it.
* Single filler words inside a continuous reading ("four five um six",
  "uh", "er", "sorry") are inside the span. A longer interruption in the
  same turn ("eleven um hang on forty seven forty six") splits the value into
  two spans of the same type. Where a value is split across turns, each
  customer fragment is its own span of that type; agent back-channels
  ("mhm", "okay go on") are never labelled.
* ASR homophones standing for digits ("for" = 4, "to" = 2) and spelled
  letters with phonetics ("b for bravo", "s as in sugar") are inside the span.
* A value read back by the agent is labelled as well.
* Self-corrections: the abandoned partial reading is labelled with the same
  type (it is still the caller's data); the corrected full reading is a
  separate span.
* Phone spans include a leading "+44"/"+1"/"+353"/"plus four four" and
  brackets; card/SSN/NI/IBAN spans include their internal separators.
* DOB spans run from the day (or month) through the year; a leading "the" is
  outside. EXPIRY spans cover month and year only.
* ADDRESS spans cover flat number, house number and street name/type; the
  town is not labelled and the postcode/ZIP is a separate POSTCODE span.
  US ZIP+4 is one POSTCODE span.
* E-mail spans cover the whole address, spoken or typed.
* Unlabelled non-PII numbers (amounts, times, reference numbers, meter
  readings, years) appear in some positives and are the whole point of the
  negatives: a negative fails if anything in it is redacted.
"""


def check(recs, meta, text):
    problems = []
    if not CASES.exists() or CASES.read_text(encoding="utf-8") != text:
        problems.append("cases.jsonl differs from a fresh generation (or is missing)")
    if not README.exists() or README.read_text(encoding="utf-8") != readme(recs):
        problems.append("README.md differs from a fresh generation (or is missing)")
    ids = [r["id"] for r in recs]
    if len(ids) != len(set(ids)):
        problems.append("duplicate ids")
    for r, groups in zip(recs, meta):
        rid = r["id"]
        if r["kind"] == "negative" and r["spans"]:
            problems.append(f"{rid}: negative with spans")
        if r["kind"] == "positive" and not r["spans"]:
            problems.append(f"{rid}: positive without spans")
        if r["kind"] == "negative" and re.search(r"@", " ".join(t["text"] for t in r["turns"])):
            problems.append(f"{rid}: negative contains '@'")
        for t in r["turns"]:
            if t["speaker"] not in ("agent", "customer"):
                problems.append(f"{rid}: bad speaker")
        by_turn = {}
        for s in r["spans"]:
            if s["type"] not in TYPES:
                problems.append(f"{rid}: bad type {s['type']}")
            if not (0 <= s["turn"] < len(r["turns"])):
                problems.append(f"{rid}: bad turn"); continue
            tx = r["turns"][s["turn"]]["text"]
            a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(tx)):
                problems.append(f"{rid}: offsets out of range"); continue
            val = tx[a:b]
            if val != val.strip() or not (val[0].isalnum() or val[0] in "+(") or not val[-1].isalnum():
                problems.append(f"{rid}: span edge not on value {val!r}")
            if (a > 0 and tx[a - 1].isalnum()) or (b < len(tx) and tx[b].isalnum()):
                problems.append(f"{rid}: span not on word boundary {val!r}")
            by_turn.setdefault(s["turn"], []).append((a, b))
        for lst in by_turn.values():
            lst.sort()
            for (a1, b1), (a2, b2) in zip(lst, lst[1:]):
                if a2 < b1:
                    problems.append(f"{rid}: overlapping spans")
        for (g, typ), vals in groups.items():
            joined = " ".join(vals)
            if not validate(typ, joined):
                problems.append(f"{rid}: {typ} value fails validation: {joined!r}")
    c = counts(recs)
    npos = sum(r["kind"] == "positive" for r in recs)
    nneg = len(recs) - npos
    if npos < 170 or nneg < 100:
        problems.append(f"too few cases: {npos} positive / {nneg} negative")
    for t in TYPES:
        need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
        if c[t] < need:
            problems.append(f"type {t}: {c[t]} spans < {need}")
    print(f"pii_holdout40: {len(recs)} cases ({npos} positive, {nneg} negative)")
    for t in TYPES:
        print(f"  {t:13s} {c[t]}")
    for p in problems[:60]:
        print("PROBLEM:", p)
    print("check:", "FAILED (%d problems)" % len(problems) if problems else "OK")
    return 1 if problems else 0


def main(argv):
    recs, meta, text = generate()
    if "--check" in argv:
        return check(recs, meta, text)
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    CASES.write_text(text, encoding="utf-8")
    README.write_text(readme(recs), encoding="utf-8")
    c = counts(recs)
    print(f"wrote {CASES} ({len(recs)} cases); spans: " + ", ".join(f"{t}={c[t]}" for t in TYPES))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

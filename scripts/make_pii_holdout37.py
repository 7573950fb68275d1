#!/usr/bin/env python3
"""Generate the held-out PII redaction set tests/fixtures/pii_holdout37/.

Written by an independent AI helper that did not see the redaction code.
Standard library only.  All values come from one seeded random.Random, so the
output is byte-for-byte reproducible.

    python scripts/make_pii_holdout37.py          # write cases.jsonl + README.md
    python scripts/make_pii_holdout37.py --check  # regenerate, compare, validate
"""
from __future__ import annotations

import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

SEED = 37241123
ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "tests" / "fixtures" / "pii_holdout37"
CASES = OUT_DIR / "cases.jsonl"
README = OUT_DIR / "README.md"
PREFIX = "h37"

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

R = random.Random(SEED)

# ---------------------------------------------------------------------------
# spoken-number rendering
# ---------------------------------------------------------------------------
UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
ZEROS = ["zero", "oh", "o", "nought", "oh", "zero"]
HOMO = {"4": ["for"], "2": ["to", "too"], "8": ["ate"], "1": ["won"]}
FILLERS = ["um", "uh", "er", "erm"]


def pick(seq):
    return R.choice(seq)


def d1(d, zero=None, homo=0.0):
    if d == "0":
        return zero or pick(ZEROS)
    if d in HOMO and R.random() < homo:
        return pick(HOMO[d])
    return UNITS[int(d)]


def pair_words(p, zero=None):
    a, b = p
    if a == "0":
        return f"{zero or pick(['oh', 'o', 'zero'])} {UNITS[int(b)] if b != '0' else (zero or 'oh')}"
    if a == "1":
        return TEENS[int(b)]
    if b == "0":
        return TENS[int(a)]
    return f"{TENS[int(a)]} {UNITS[int(b)]}"


def singles(s, zero=None, homo=0.0, repeats=False):
    out = []
    i = 0
    while i < len(s):
        d = s[i]
        if repeats:
            n = 1
            while i + n < len(s) and s[i + n] == d and n < 3:
                n += 1
            if n == 3 and R.random() < 0.8:
                out.append("triple " + d1(d, zero))
                i += 3
                continue
            if n >= 2 and R.random() < 0.8:
                out.append("double " + d1(d, zero))
                i += 2
                continue
        out.append(d1(d, zero, homo))
        i += 1
    return " ".join(out)


def hundreds(c):
    """three-digit chunk with first digit non-zero"""
    a, yz = c[0], c[1:]
    if yz == "00":
        return f"{UNITS[int(a)]} hundred"
    if yz[0] == "0":
        return f"{UNITS[int(a)]} hundred and {UNITS[int(yz[1])]}"
    if R.random() < 0.5:
        return f"{UNITS[int(a)]} hundred and {pair_words(yz)}"
    return f"{UNITS[int(a)]} hundred {pair_words(yz)}"


UNIT_START = set(UNITS[1:]) | {"zero", "oh", "o", "nought", "for", "to", "too", "ate", "won"}


def chunk_render(chunks, style_fn):
    """render chunk list; avoid a bare tens word directly before a unit word"""
    rendered = [style_fn(c) for c in chunks]
    return _fix_joins(rendered, chunks)


def _fix_joins(rendered, chunks):
    changed = True
    while changed:
        changed = False
        for i in range(len(rendered) - 1):
            last = rendered[i].split()[-1]
            first = rendered[i + 1].split()[0]
            if (last in TENS[2:] and first in UNIT_START) or (
                    last == "hundred" and (first in UNIT_START or first in TENS or first in TEENS)):
                rendered[i] = singles(chunks[i])
                changed = True
    return rendered


def say(s, style=None, sep=" ", homo=0.0):
    """spoken rendering of a digit string"""
    style = style or pick(["single", "single", "repeat", "pairs", "mixed"])
    if style == "single":
        return singles(s, homo=homo)
    if style == "repeat":
        return singles(s, repeats=True, homo=homo)
    if style == "pairs":
        chunks = []
        t = s
        if len(t) % 2:
            chunks.append(t[0])
            t = t[1:]
        chunks += [t[i:i + 2] for i in range(0, len(t), 2)]
        return sep.join(chunk_render(chunks, lambda c: d1(c) if len(c) == 1 else pair_words(c)))
    # mixed: random chunks of 1-3 with random renderings
    chunks = []
    i = 0
    while i < len(s):
        n = min(len(s) - i, pick([1, 2, 2, 3]))
        chunks.append(s[i:i + n])
        i += n

    def fn(c):
        if len(c) == 1:
            return d1(c)
        if len(c) == 2:
            return pick([pair_words(c), singles(c, repeats=True)])
        if c[0] != "0" and R.random() < 0.5:
            return hundreds(c)
        return singles(c, repeats=True)
    return sep.join(chunk_render(chunks, fn))


def say_groups(s, sizes, gstyle=None, sep=None):
    """spoken by groups (e.g. card 4-4-4-4) each rendered with its own style"""
    parts = []
    i = 0
    for n in sizes:
        parts.append(s[i:i + n])
        i += n

    def fn(c):
        st = gstyle or pick(["single", "pairs", "repeat", "single", "h"])
        if st == "h":
            if len(c) == 4 and c[0] != "0" and c[2] != "0" and c[1] != "0":
                return f"{pair_words(c[:2])} {pair_words(c[2:])}"
            if len(c) == 3 and c[0] != "0":
                return hundreds(c)
            st = "single"
        return say(c, st)
    rendered = chunk_render(parts, fn)
    sep = sep if sep is not None else pick([" ", ", ", " ", "... "])
    return sep.join(rendered)


# ---------------------------------------------------------------------------
# letters
# ---------------------------------------------------------------------------
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "f": "foxtrot",
        "g": "golf", "h": "hotel", "i": "india", "j": "juliet", "k": "kilo", "l": "lima",
        "m": "mike", "n": "november", "o": "oscar", "p": "papa", "q": "quebec", "r": "romeo",
        "s": "sierra", "t": "tango", "u": "uniform", "v": "victor", "w": "whiskey",
        "x": "x-ray", "y": "yankee", "z": "zulu"}
INFORMAL = {"a": "apple", "b": "bertie", "c": "charlie", "d": "dog", "e": "edward", "g": "george",
            "h": "harry", "j": "jack", "k": "king", "l": "london", "m": "mother", "n": "nellie",
            "p": "peter", "r": "robert", "s": "sugar", "t": "tommy", "w": "william", "x": "xmas",
            "y": "yellow", "z": "zebra"}
HOMOPHONE_LETTER = {"a": ["ay", "eh"], "b": ["bee", "be"], "c": ["see", "sea"], "d": ["dee"],
                    "e": ["ee"], "g": ["gee"], "h": ["aitch", "haitch"], "j": ["jay"], "k": ["kay"],
                    "l": ["el"], "m": ["em"], "n": ["en"], "p": ["pee"], "r": ["are", "ar"],
                    "s": ["ess"], "t": ["tee", "tea"], "w": ["double you"], "x": ["ex"],
                    "y": ["why"], "z": ["zed"]}


def say_letter(ch, mode=None):
    ch = ch.lower()
    mode = mode or pick(["plain", "plain", "nato", "for", "homo"])
    if mode == "plain":
        return ch if ch != "w" else pick(["w", "double you"])
    if mode == "nato":
        return NATO[ch]
    if mode == "for":
        word = INFORMAL.get(ch) if R.random() < 0.4 and ch in INFORMAL else NATO[ch]
        return f"{ch} for {word}"
    if mode == "homo":
        return pick(HOMOPHONE_LETTER[ch]) if ch in HOMOPHONE_LETTER else ch
    raise ValueError(mode)


# ---------------------------------------------------------------------------
# normaliser (used by --check)
# ---------------------------------------------------------------------------
WORD_DIGIT = {w: str(i) for i, w in enumerate(UNITS)}
WORD_DIGIT.update({"oh": "0", "o": "0", "nought": "0", "zero": "0", "for": "4", "to": "2",
                   "too": "2", "ate": "8", "won": "1"})
TEEN_D = {w: str(10 + i) for i, w in enumerate(TEENS)}
TENS_D = {w: str(i) for i, w in enumerate(TENS) if w}
NATO_REV = {v: k for k, v in NATO.items()}
NATO_REV["juliett"] = "j"
NATO_REV["xray"] = "x"
HOMO_REV = {}
for _k, _vs in HOMOPHONE_LETTER.items():
    for _v in _vs:
        if " " not in _v:
            HOMO_REV[_v] = _k
IGNORE = {"um", "uh", "er", "erm", "and", "dash", "hyphen", "space", "sorry", "then", "yeah",
          "like", "right", "so", "okay", "ok", "then", "its", "it's", "the"}
LETTERISH = set("abcdefghijklmnopqrstuvwxyz")


def normalise(text, letters=False, email=False):
    """turn a span's text (typed or spoken) into a compact alphanumeric string"""
    t = text.lower()
    t = t.replace("double you", "W").replace("double u ", "W ")
    if email:
        t = re.sub(r"\bat sign\b", " @ ", t)
        t = re.sub(r"\bat\b", " @ ", t)
        t = re.sub(r"\bdot\b", " . ", t)
        t = re.sub(r"\bunderscore\b", " _ ", t)
        t = re.sub(r"\b(dash|hyphen)\b", " - ", t)
    t = re.sub(r"\bplus\b", " + ", t)
    toks = re.findall(r"[a-z]+(?:-[a-z]+)?|[0-9]+|[@._W-]", t) if email else \
        re.findall(r"[a-z]+(?:-ray)?|[0-9]+|W|\+", t)
    out = []
    i = 0
    n = len(toks)
    while i < n:
        w = toks[i]
        nxt = toks[i + 1] if i + 1 < n else None
        if w == "+":
            out.append("+")
            i += 1
            continue
        if w == "W":
            out.append("w")
            i += 1
            continue
        if w.isdigit():
            out.append(w)
            i += 1
            continue
        if email and w in "@._-":
            out.append(w)
            i += 1
            continue
        # "b for bravo"
        if letters and i + 2 < n and toks[i + 1] == "for" and (w in LETTERISH or w in HOMO_REV):
            out.append(w if w in LETTERISH else HOMO_REV[w])
            i += 3
            continue
        if w in ("double", "triple") and nxt is not None:
            k = 2 if w == "double" else 3
            if nxt in WORD_DIGIT:
                out.append(WORD_DIGIT[nxt] * k)
                i += 2
                continue
            if letters and (nxt in LETTERISH or nxt in HOMO_REV):
                out.append((nxt if nxt in LETTERISH else HOMO_REV[nxt]) * k)
                i += 2
                continue
        if w == "hundred":
            j = i + 1
            if j < n and toks[j] == "and":
                j += 1
            if j < n and toks[j] in TEEN_D:
                out.append(TEEN_D[toks[j]])
                i = j + 1
                continue
            if j < n and toks[j] in TENS_D:
                if j + 1 < n and toks[j + 1] in UNITS[1:]:
                    out.append(TENS_D[toks[j]] + WORD_DIGIT[toks[j + 1]])
                    i = j + 2
                else:
                    out.append(TENS_D[toks[j]] + "0")
                    i = j + 1
                continue
            if j > i + 1 and j < n and toks[j] in UNITS[1:]:
                out.append("0" + WORD_DIGIT[toks[j]])
                i = j + 1
                continue
            out.append("00")
            i += 1
            continue
        if w in TEEN_D:
            out.append(TEEN_D[w])
            i += 1
            continue
        if w in TENS_D:
            if nxt in UNITS[1:]:
                out.append(TENS_D[w] + WORD_DIGIT[nxt])
                i += 2
            else:
                out.append(TENS_D[w] + "0")
                i += 1
            continue
        if w in WORD_DIGIT and not (letters and w == "o" and False):
            out.append(WORD_DIGIT[w])
            i += 1
            continue
        if letters and w in NATO_REV:
            out.append(NATO_REV[w])
            i += 1
            continue
        if letters and w in HOMO_REV:
            out.append(HOMO_REV[w])
            i += 1
            continue
        if letters and w in LETTERISH:
            out.append(w)
            i += 1
            continue
        if w in IGNORE:
            i += 1
            continue
        out.append(w if (email or not letters) else "?" + w)
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
    s = s.upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in r)
    return int(num) % 97 == 1


MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
MON3 = [m[:3] for m in MONTHS]
UK_PC = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[ABD-HJLNP-UW-Z]{2}$")
NI_RE = re.compile(r"^(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$")
STREET_TYPES = ["road", "street", "avenue", "lane", "drive", "close", "grove", "crescent",
                "terrace", "way", "place", "court", "gardens", "boulevard", "st", "rd", "ave",
                "park", "row", "square", "hill", "walk", "mews", "view", "blvd", "dr", "ln"]


def digits_only(s):
    return re.sub(r"\D", "", s)


def validate(typ, texts, mode):
    """texts: the span texts of one value (possibly split over turns)"""
    joined = " ".join(texts)
    if typ in ("NI_NUMBER", "POSTCODE", "IBAN") and re.search(r"\d", joined) and \
            not re.search(r"[a-z]{2,} [a-z]{2,}", joined.lower()):
        # typed form: keep letters and digits only
        v = re.sub(r"[^A-Za-z0-9]", "", joined).upper()
        if mode == "frag":
            return bool(v)
        if typ == "NI_NUMBER":
            return NI_RE.match(v) is not None
        if typ == "IBAN":
            return iban_ok(v)
        return UK_PC.match(v) is not None or re.fullmatch(r"\d{5}(\d{4})?", v) is not None
    if mode == "frag":
        nd = normalise(joined, letters=typ in ("NI_NUMBER", "POSTCODE", "IBAN"))
        return bool(nd) and "?" not in nd
    if typ == "EMAIL":
        e = normalise(joined, email=True)
        return re.fullmatch(r"[a-z0-9._-]+@[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}", e) is not None
    if typ in ("NI_NUMBER", "POSTCODE", "IBAN"):
        v = "".join(normalise(t, letters=True) for t in texts).upper()
        if typ == "NI_NUMBER":
            return NI_RE.match(v) is not None
        if typ == "IBAN":
            return iban_ok(v)
        return UK_PC.match(v) is not None or re.fullmatch(r"\d{5}(\d{4})?", v) is not None
    v = "".join(normalise(t) for t in texts)
    d = digits_only(v)
    low = joined.lower()
    if typ == "CARD_NUMBER":
        return d == v and 13 <= len(d) <= 19 and luhn_ok(d)
    if typ == "CVV":
        return d == v and len(d) in (3, 4)
    if typ == "SSN":
        return d == v and len(d) == 9
    if typ == "SORT_CODE":
        return d == v and len(d) == 6
    if typ == "BANK_ACCOUNT":
        return d == v and 8 <= len(d) <= 12
    if typ == "PHONE":
        return 10 <= len(d) <= 14 and len(re.sub(r"[\d+]", "", v)) == 0
    if typ == "EXPIRY":
        has_month = any(re.search(r"\b" + m, low) for m in MON3)
        return (has_month and len(d) in (2, 4)) or (not has_month and len(d) in (3, 4, 6))
    if typ == "DOB":
        has_month = any(re.search(r"\b" + m, low) for m in MON3)
        return (has_month and 1 <= len(d) <= 6) or (not has_month and 4 <= len(d) <= 8)
    if typ == "ADDRESS":
        words = re.findall(r"[a-z]+", low)
        return bool(d) and any(w in STREET_TYPES for w in words)
    return False


# ---------------------------------------------------------------------------
# value generators
# ---------------------------------------------------------------------------
def rdig(n):
    return "".join(str(R.randrange(10)) for _ in range(n))


def luhn_fill(prefix, length):
    body = prefix + rdig(length - len(prefix) - 1)
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def card(brand=None):
    brand = brand or pick(["visa", "visa", "visa", "mc", "mc", "mc2", "amex", "disc", "visa13",
                           "v19", "maestro"])
    if brand == "visa":
        return luhn_fill("4", 16), brand
    if brand == "visa13":
        return luhn_fill("4", 13), brand
    if brand == "v19":
        return luhn_fill("4", 19), brand
    if brand == "mc":
        return luhn_fill("5" + str(R.randint(1, 5)), 16), brand
    if brand == "mc2":
        return luhn_fill(str(R.randint(2221, 2720)), 16), brand
    if brand == "amex":
        return luhn_fill(pick(["34", "37"]), 15), brand
    if brand == "disc":
        return luhn_fill("6011", 16), brand
    if brand == "maestro":
        return luhn_fill(pick(["6759", "5018", "6763"]), pick([16, 18, 19])), brand
    raise ValueError(brand)


def card_sizes(num):
    n = len(num)
    if n == 15:
        return [4, 6, 5]
    if n == 16:
        return [4, 4, 4, 4]
    if n == 13:
        return [4, 4, 5] if R.random() < 0.5 else [4, 3, 3, 3]
    if n == 18:
        return [4, 4, 4, 4, 2]
    return [4, 4, 4, 4, 3]


def split(s, sizes):
    out = []
    i = 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    return out


def typed_card(num):
    sizes = card_sizes(num)
    g = split(num, sizes)
    st = pick(["space", "space", "dash", "none", "dot", "mixed", "wide", "slash", "odd"])
    if st == "space":
        return " ".join(g)
    if st == "dash":
        return "-".join(g)
    if st == "none":
        return num if R.random() < 0.7 else " ".join(num)
    if st == "dot":
        return ".".join(g)
    if st == "slash":
        return "/".join(g)
    if st == "wide":
        return " - ".join(g)
    if st == "mixed":
        return "".join(x + (pick([" ", "-", "  ", " "]) if i < len(g) - 1 else "")
                       for i, x in enumerate(g))
    # odd grouping: groups of 3 or 5
    k = pick([3, 5, 2])
    return " ".join(num[i:i + k] for i in range(0, len(num), k))


def ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return f"{a:03d}{R.randint(1, 99):02d}{R.randint(1, 9999):04d}"


def typed_ssn(s):
    st = pick(["dash", "dash", "space", "none", "dot", "wide", "slash"])
    a, b, c = s[:3], s[3:5], s[5:]
    return {"dash": f"{a}-{b}-{c}", "space": f"{a} {b} {c}", "none": s,
            "dot": f"{a}.{b}.{c}", "wide": f"{a} - {b} - {c}", "slash": f"{a}/{b}/{c}"}[st]


def say_ssn(s):
    a, b, c = s[:3], s[3:5], s[5:]
    st = pick(["single", "groups", "groups", "pairs", "hund", "repeat", "dash"])
    if st == "dash":
        return f"{singles(a)} dash {singles(b)} dash {singles(c)}"
    if st == "single":
        return singles(s, homo=0.1)
    if st == "repeat":
        return singles(s, repeats=True)
    if st == "pairs":
        return say(s, "pairs")
    sep = pick([" ", ", ", " ", "... "])
    if st == "hund" and a[0] != "0":
        parts = [pick([hundreds(a), f"{UNITS[int(a[0])]} {pair_words(a[1:])}" if a[1] != "0" else hundreds(a)]),
                 pair_words(b) if b[0] != "0" else singles(b), say(c, pick(["pairs", "single"]))]
        return sep.join(chunk_render_fixed(parts, [a, b, c]))
    return sep.join(chunk_render([a, b, c], lambda x: say(x, pick(["single", "repeat", "pairs"]))))


def chunk_render_fixed(rendered, chunks):
    return _fix_joins(list(rendered), chunks)


NI_FIRST = "ABCEGHJKLMNPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def ni():
    while True:
        p = pick(NI_FIRST) + pick(NI_SECOND)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + rdig(6) + pick("ABCD")


def typed_ni(v):
    p, d, s = v[:2], v[2:8], v[8]
    st = pick(["compact", "spaced", "spaced", "lower", "dash", "mixedcase", "letters", "odd"])
    if st == "compact":
        return v
    if st == "spaced":
        return f"{p} {d[:2]} {d[2:4]} {d[4:]} {s}"
    if st == "lower":
        return pick([v.lower(), f"{p.lower()} {d} {s.lower()}"])
    if st == "dash":
        return f"{p}-{d[:2]}-{d[2:4]}-{d[4:]}-{s}"
    if st == "mixedcase":
        return p[0] + p[1].lower() + d + s.lower()
    if st == "letters":
        return " ".join(v)
    return f"{p}{d[:3]} {d[3:]}{s}"


def say_ni(v, mode=None):
    p, d, s = v[:2], v[2:8], v[8]
    lm = mode or pick(["plain", "plain", "nato", "for", "homo", "mix"])

    def L(ch):
        return say_letter(ch, pick(["plain", "nato", "for", "homo"]) if lm == "mix" else lm)
    ds = pick(["single", "single", "pairs", "repeat", "mixed"])
    if ds == "pairs":
        dig = say(d, "pairs", sep=pick([" ", " ", ", "]))
    else:
        dig = say(d, ds)
    return f"{L(p[0])} {L(p[1])} {dig} {L(s)}"


def sort_code():
    return rdig(6)


def typed_sort(s):
    a, b, c = s[:2], s[2:4], s[4:]
    return pick([f"{a}-{b}-{c}", f"{a}-{b}-{c}", f"{a} {b} {c}", s, f"{a}.{b}.{c}", f"{a}/{b}/{c}"])


def say_sort(s):
    st = pick(["pairs", "pairs", "single", "repeat"])
    if st == "pairs":
        return say(s, "pairs", sep=pick([" ", ", ", " dash "]) if False else pick([" ", ", "]))
    return say(s, st)


def account(n=None):
    n = n or pick([8, 8, 8, 10, 11, 12, 9])
    return str(R.randint(1, 9)) + rdig(n - 1)


def iban_make(country=None):
    country = country or pick(["GB", "GB", "IE", "IE", "DE", "NL", "FR", "ES"])
    if country in ("GB", "IE"):
        bank = pick(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) if country == "GB" else pick(["AIBK", "BOFI", "IPBS"])
        bban = bank + rdig(14)
    elif country == "DE":
        bban = rdig(18)
    elif country == "NL":
        bban = pick(["ABNA", "INGB", "RABO"]) + rdig(10)
    elif country == "FR":
        bban = rdig(23)
    else:
        bban = rdig(20)
    tmp = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in tmp)
    chk = 98 - int(num) % 97
    return f"{country}{chk:02d}{bban}"


def typed_iban(v):
    st = pick(["group", "group", "compact", "lowergroup", "lower"])
    g = " ".join(v[i:i + 4] for i in range(0, len(v), 4))
    return {"group": g, "compact": v, "lowergroup": g.lower(), "lower": v.lower()}[st]


def say_iban(v):
    out = []
    run = ""
    for ch in v:
        if ch.isdigit():
            run += ch
        else:
            if run:
                out.append(say(run, pick(["single", "repeat"])))
                run = ""
            out.append(say_letter(ch, pick(["plain", "plain", "nato", "for"]) if ch != "O" else pick(["nato", "for"])))
    if run:
        out.append(say(run, pick(["single", "repeat"])))
    return " ".join(out)


def phone(kind=None):
    kind = kind or pick(["ukmob", "ukmob", "uklon", "us", "us", "ie", "intl_uk", "intl_us", "intl_ie"])
    if kind == "ukmob":
        v = "07" + str(R.randint(4, 9)) + rdig(8)
        return v, pick([f"{v[:5]} {v[5:]}", v, f"{v[:5]} {v[5:8]} {v[8:]}", f"{v[:4]}-{v[4:7]}-{v[7:]}"])
    if kind == "uklon":
        v = "020" + pick(["7", "8", "3"]) + rdig(7)
        return v, pick([f"{v[:3]} {v[3:7]} {v[7:]}", v, f"({v[:3]}) {v[3:7]} {v[7:]}"])
    if kind == "us":
        a = str(R.randint(2, 9)) + rdig(2)
        b = str(R.randint(2, 9)) + rdig(2)
        c = rdig(4)
        v = a + b + c
        return v, pick([f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"{a}.{b}.{c}", v, f"{a} {b} {c}", f"1-{a}-{b}-{c}"])
    if kind == "ie":
        v = "08" + pick("35679") + rdig(7)
        return v, pick([f"{v[:3]} {v[3:6]} {v[6:]}", v, f"{v[:3]}-{v[3:]}"])
    if kind == "intl_uk":
        v = "447" + str(R.randint(4, 9)) + rdig(8)
        return v, pick([f"+44 {v[2:6]} {v[6:]}", f"+44 (0){v[2:6]} {v[6:]}", f"+{v}", f"0044 {v[2:]}"])
    if kind == "intl_us":
        a = str(R.randint(2, 9)) + rdig(2)
        b = str(R.randint(2, 9)) + rdig(2)
        c = rdig(4)
        v = "1" + a + b + c
        return v, pick([f"+1 {a} {b} {c}", f"+1 ({a}) {b}-{c}", f"+1-{a}-{b}-{c}"])
    v = "3538" + pick("35679") + rdig(7)
    return v, pick([f"+353 {v[3:5]} {v[5:8]} {v[8:]}", f"+{v}", f"00353 {v[3:]}"])


def say_phone(v):
    """spoken rendering of a national/international number (v digits)"""
    pre = ""
    if v.startswith("44") or v.startswith("353") or (v.startswith("1") and len(v) == 11):
        cc = "44" if v.startswith("44") else ("353" if v.startswith("353") else "1")
        pre = pick([f"plus {singles(cc)} ", f"double oh {singles(cc)} " if cc != "1" else "plus one "])
        rest = v[len(cc):]
    else:
        rest = v
    st = pick(["single", "repeat", "repeat", "groups", "mixed"])
    if st == "groups":
        if len(rest) == 11:
            body = say_groups(rest, [5, 3, 3], gstyle=pick(["single", "repeat"]))
        elif len(rest) == 10:
            body = say_groups(rest, [3, 3, 4], gstyle=pick(["single", "repeat", "h"]))
        else:
            body = say_groups(rest, [len(rest) // 2, len(rest) - len(rest) // 2], gstyle="single")
    else:
        body = say(rest, st)
    return pre + body


FIRST = ["sarah", "james", "aoife", "liam", "priya", "tom", "maria", "kwame", "chloe", "oisin",
         "fatima", "dave", "helen", "raj", "niamh", "marcus", "jo", "grace", "pavel", "lucy"]
LAST = ["okafor", "smith", "murphy", "patel", "nguyen", "kowalski", "byrne", "jones", "garcia",
        "obrien", "walsh", "taylor", "ahmed", "brennan", "silva", "evans", "kelly", "chen"]
DOMAINS = ["gmail.com", "yahoo.co.uk", "hotmail.com", "outlook.com", "icloud.com", "eircom.net",
           "btinternet.com", "aol.com", "live.ie", "protonmail.com", "web.de", "comcast.net"]


def email():
    f, l = pick(FIRST), pick(LAST)
    local = pick([f"{f}.{l}", f"{f[0]}{l}", f"{f}{l}{R.randint(1, 99)}", f"{f}_{l}",
                  f"{l}.{f}{R.randint(70, 99)}", f"{f}-{l}"])
    return f"{local}@{pick(DOMAINS)}"


def typed_email(e):
    return pick([e, e, e.capitalize(), e.upper() if R.random() < 0.2 else e])


def say_email(e):
    local, dom = e.split("@")
    out = []
    for tok in re.findall(r"[a-z]+|\d+|[._-]", local):
        if tok == ".":
            out.append("dot")
        elif tok == "_":
            out.append("underscore")
        elif tok == "-":
            out.append(pick(["dash", "hyphen"]))
        elif tok.isdigit():
            out.append(say(tok, pick(["pairs", "single"])))
        elif len(tok) <= 2 or R.random() < 0.15:
            out.append(" ".join(tok))
        else:
            out.append(tok)
    d = " dot ".join(dom.split("."))
    return " ".join(out) + f" {pick(['at', 'at', 'at sign'])} " + d


def dob():
    y = R.randint(1938, 2004)
    m = R.randint(1, 12)
    d = R.randint(1, 28)
    return y, m, d


ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
       "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
       "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty first", "twenty second",
       "twenty third", "twenty fourth", "twenty fifth", "twenty sixth", "twenty seventh",
       "twenty eighth"]


def sfx(d):
    return "th" if 11 <= d <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")


def say_year(y):
    if y >= 2000:
        if y == 2000:
            return "two thousand"
        return pick([f"two thousand and {UNITS[y - 2000]}" if y < 2010 else f"twenty {pair_words(str(y)[2:])}",
                     f"two thousand {UNITS[y - 2000]}" if y < 2010 else f"two thousand and {pair_words(str(y)[2:])}"])
    return f"nineteen {pair_words(str(y)[2:])}"


def typed_dob(y, m, d, us=False):
    if us:
        return pick([f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}", f"{MONTHS[m-1].capitalize()} {d}, {y}",
                     f"{m}-{d}-{str(y)[2:]}", f"{y}-{m:02d}-{d:02d}"])
    return pick([f"{d:02d}/{m:02d}/{y}", f"{d}/{m}/{y}", f"{d}{sfx(d)} {MONTHS[m-1].capitalize()} {y}",
                 f"{d} {MON3[m-1].capitalize()} {y}", f"{d:02d}.{m:02d}.{y}", f"{d:02d}-{m:02d}-{str(y)[2:]}",
                 f"{y}-{m:02d}-{d:02d}"])


def say_dob(y, m, d, us=False):
    st = pick(["ord", "ord", "monthfirst", "numeric"])
    if st == "ord" and not us:
        return pick([f"the {ORD[d]} of {MONTHS[m-1]} {say_year(y)}", f"{ORD[d]} of {MONTHS[m-1]} {say_year(y)}",
                     f"{ORD[d]} {MONTHS[m-1]} {pair_words(str(y)[2:])}"])
    if st in ("ord", "monthfirst"):
        return pick([f"{MONTHS[m-1]} {ORD[d]} {say_year(y)}", f"{MONTHS[m-1]} {ORD[d]} {pair_words(str(y)[2:])}",
                     f"{MONTHS[m-1]} the {ORD[d]} {say_year(y)}"])
    a, b = (m, d) if us else (d, m)
    return f"{singles(f'{a:02d}', zero='oh')} {singles(f'{b:02d}', zero='oh')} {say_year(y)}"


UK_AREAS = ["SW", "SE", "NW", "E", "N", "W", "M", "B", "LS", "EH", "G", "CF", "BT", "HA", "CB",
            "BS", "L", "NG", "S", "LE", "PL", "BN", "RG", "CV", "DH", "YE"]
INWARD = "ABDEFGHJLNPQRSTUWXYZ"


def uk_postcode():
    a = pick(UK_AREAS)
    shape = pick(["9", "99", "9A"]) if a in ("SW", "W", "E", "N", "SE", "NW") else pick(["9", "99"])
    outd = ""
    for ch in shape:
        outd += str(R.randint(1, 9)) if ch == "9" else pick("ABEHMNPRVWXY")
    inward = str(R.randint(0, 9)) + pick(INWARD) + pick(INWARD)
    return a + outd + inward


def typed_postcode(v):
    out, inw = v[:-3], v[-3:]
    return pick([f"{out} {inw}", f"{out} {inw}", v, f"{out.lower()} {inw.lower()}", f"{out}  {inw}"])


def say_postcode(v):
    parts = []
    lm = pick(["plain", "plain", "nato", "for", "homo"])
    i = 0
    while i < len(v):
        ch = v[i]
        if ch.isdigit():
            j = i
            while j < len(v) and v[j].isdigit():
                j += 1
            num = v[i:j]
            if len(num) == 2 and R.random() < 0.6 and num[0] != "0":
                parts.append(pair_words(num))
            else:
                parts.append(singles(num, zero=pick(["zero", "oh", "nought"])))
            i = j
        else:
            parts.append(say_letter(ch, lm))
            i += 1
    return " ".join(parts)


def zipc():
    z = f"{R.randint(1001, 99950):05d}"
    if R.random() < 0.25:
        return z + rdig(4), f"{z}-"
    return z, None


STREETS = ["Kingsley", "Maple", "Elm", "Church", "Station", "Oak", "Victoria", "Highfield", "Mill",
           "Westbourne", "Cedar", "Park", "Willow", "Greenbank", "Orchard", "Cherry Tree", "Belmont",
           "Hazel", "Lakeview", "Riverside", "Sunset", "Washington", "Pine", "Ashgrove", "Clonskeagh"]
STYPES_FULL = ["Road", "Street", "Avenue", "Lane", "Drive", "Close", "Grove", "Crescent", "Terrace",
               "Way", "Place", "Court", "Gardens", "Boulevard"]


def address(us=False, spoken=False):
    num = R.randint(1, 2999) if us else R.randint(1, 240)
    street = pick(STREETS)
    st = pick(STYPES_FULL)
    flat = None
    if not us and R.random() < 0.25:
        flat = R.randint(1, 40)
    if us and R.random() < 0.2:
        street = pick(["North", "West", "East", "South"]) + " " + street
    if spoken:
        n = str(num)
        if len(n) == 4:
            ns = f"{pair_words(n[:2])} {pair_words(n[2:])}" if n[2] != "0" and R.random() < 0.7 else say(n, "single")
        elif len(n) == 3 and R.random() < 0.5:
            ns = hundreds(n)
        elif len(n) == 3:
            ns = f"{UNITS[int(n[0])]} {pair_words(n[1:])}" if n[1] != "0" else singles(n)
        elif len(n) == 2:
            ns = pair_words(n)
        else:
            ns = UNITS[int(n)]
        s = f"{ns} {street.lower()} {st.lower()}"
        if flat:
            s = f"flat {pair_words(str(flat)) if flat >= 10 else UNITS[flat]} " + s
        return s
    s = f"{num} {street} {st}"
    if us and R.random() < 0.3:
        s = f"{num} {street} {pick(['St', 'Ave', 'Rd', 'Blvd', 'Dr', 'Ln'])}"
    if flat:
        s = pick([f"Flat {flat}, ", f"flat {flat} ", f"Apt {flat}, "]) + s
    if R.random() < 0.2:
        s = s.lower()
    return s


def expiry():
    m = R.randint(1, 12)
    y = R.randint(25, 33)
    return m, y


def typed_exp(m, y):
    return pick([f"{m:02d}/{y}", f"{m:02d}/{y}", f"{m}/{y}", f"{m:02d}/20{y}", f"{m:02d}-{y}",
                 f"{MON3[m-1].capitalize()} 20{y}", f"{m:02d} {y}"])


def say_exp(m, y):
    return pick([f"{singles(f'{m:02d}', zero=pick(['oh', 'zero', 'o']))} {pair_words(str(y))}",
                 f"{MONTHS[m-1]} {pair_words(str(y))}",
                 f"{MONTHS[m-1]} twenty {pair_words(str(y))}",
                 f"{singles(f'{m:02d}', zero='oh')} slash {pair_words(str(y))}",
                 f"{UNITS[m] if m < 10 else pair_words(str(m))} {pair_words(str(y))}" if m != 10 else f"ten {pair_words(str(y))}"])


def cvv(amex=False):
    return rdig(4 if amex else 3)


# ---------------------------------------------------------------------------
# case assembly
# ---------------------------------------------------------------------------
_gid = [0]


def V(text, typ, group=None, mode="full"):
    """labelled segment"""
    if group is None:
        _gid[0] += 1
        group = f"g{_gid[0]}"
    return (text, typ, group, mode)


def G():
    _gid[0] += 1
    return f"g{_gid[0]}"


def A(*parts):
    return ("agent", parts)


def C(*parts):
    return ("customer", parts)


def build(kind, turns, note):
    out_turns = []
    spans = []
    groups = {}
    for ti, (spk, parts) in enumerate(turns):
        text = ""
        for p in parts:
            if isinstance(p, str):
                text += p
            else:
                val, typ, grp, mode = p
                s = len(text)
                text += val
                spans.append({"turn": ti, "start": s, "end": len(text), "type": typ})
                groups.setdefault(grp, {"type": typ, "mode": mode, "texts": []})["texts"].append(val)
        out_turns.append({"speaker": spk, "text": text})
    return {"kind": kind, "turns": out_turns, "spans": spans, "note": note, "_groups": groups}


def ff():
    """maybe a filler word"""
    return pick(["", "", "", "um ", "uh ", "er "])


def yes():
    return pick(["yeah ", "yes ", "yep ", "right ", "okay ", "", "so ", "um yeah "])


BACK = ["mhm", "okay", "yep", "okay go on", "uh huh", "right", "got that", "yes", "and the next four",
        "okay and then", "mhm go ahead"]


# ---------------------------------------------------------------------------
# positive templates (each returns a built case)
# ---------------------------------------------------------------------------
IND_CARD = ["telecom", "retail", "utilities", "insurance", "travel", "healthcare billing", "banking"]


def p_card_call_single():
    num, brand = card()
    ind = pick(IND_CARD)
    sp = say(num, pick(["single", "repeat", "mixed"]), homo=0.08)
    return build("positive", [
        A(pick(["okay and the long number across the front of the card please",
                "can i take the card number please", "go ahead with the sixteen digits when you're ready"])),
        C(yes() + pick(["it's ", "that's ", ""]), V(sp, "CARD_NUMBER"), pick(["", " yeah", " and that's a visa" if brand.startswith("v") else " and it's a credit card", ""])),
    ], f"call/{ind}: {brand} card read in one turn ({'digits, doubles/triples, pairs, homophones'})")


def p_card_call_groups():
    num, brand = card()
    sizes = card_sizes(num)
    sp = say_groups(num, sizes)
    return build("positive", [
        A("and what's the card number"),
        C(ff(), V(sp, "CARD_NUMBER"), pick(["", " and the expiry is next"])),
        A("thank you"),
    ], f"call/{pick(IND_CARD)}: {brand} card spoken by groups, group styles mixed (pairs like 'forty one')")


def p_card_call_split():
    num, brand = card()
    sizes = card_sizes(num)
    g = split(num, sizes)
    grp = G()
    turns = [A(pick(["right go ahead with the card number", "can you read me the card number", "okay card number please"]))]
    for i, chunk in enumerate(g):
        st = pick(["single", "single", "pairs", "repeat"])
        lead = pick(["", "", "um ", "okay ", "it's "]) if i == 0 else pick(["", "", "then ", "uh "])
        tail = pick(["", "", " um", ""]) if i < len(g) - 1 else ""
        turns.append(C(lead, V(say(chunk, st), "CARD_NUMBER", grp), tail))
        if i < len(g) - 1:
            turns.append(A(pick(BACK)))
    turns.append(A("lovely thank you"))
    return build("positive", turns, f"call/{pick(IND_CARD)}: {brand} card split over {len(g)} customer turns with back-channels")


def p_card_chat_typed():
    num, brand = card()
    t = typed_card(num)
    ind = pick(IND_CARD)
    pre = pick(["card no: ", "Card number is ", "its ", "here you go ", "CC# ", "card - ", "my card is ", "long number ", "card:", "card#"])
    post = pick(["", " thanks", ". Can you take £49.99 off it", " (visa debit)", " pls", ", expiry to follow"])
    return build("positive", [
        A("Please type the long number on your card and I'll process the payment."),
        C(pre, V(t, "CARD_NUMBER"), post),
    ], f"chat/{ind}: {brand} card typed with '{re.sub(r'[0-9]', '9', t)[:12]}...' style separators")


def p_card_chat_split_msgs():
    num, brand = card()
    sizes = card_sizes(num)
    g = split(num, sizes)
    half = len(g) // 2
    grp = G()
    a = pick([" ", "-", ""]).join(g[:half])
    b = pick([" ", "-", ""]).join(g[half:])
    return build("positive", [
        A("Could you send over the card number?"),
        C(V(a, "CARD_NUMBER", grp)),
        C(V(b, "CARD_NUMBER", grp), pick(["", " sorry hit enter too soon", " <- rest of it"])),
    ], f"chat/{pick(IND_CARD)}: {brand} card typed across two messages")


def p_card_readback():
    num, brand = card()
    sp = say(num, pick(["single", "repeat"]))
    rb = say_groups(num, card_sizes(num), gstyle="single", sep=pick([" ", ", "]))
    return build("positive", [
        A("go ahead with the card number"),
        C(V(sp, "CARD_NUMBER")),
        A("let me just read that back to you ", V(rb, "CARD_NUMBER"), " is that right"),
        C("yes that's it"),
    ], f"call/{pick(IND_CARD)}: {brand} card given then read back by the agent in groups")


def p_card_correction():
    num, brand = card()
    sizes = card_sizes(num)
    g = split(num, sizes)
    wrong = list(g[1])
    k = R.randrange(len(wrong))
    wrong[k] = str((int(wrong[k]) + R.randint(1, 8)) % 10)
    wrong = "".join(wrong)
    grp = G()
    return build("positive", [
        A("card number please"),
        C(V(singles(g[0]), "CARD_NUMBER", grp), " ", V(singles(wrong), "CARD_NUMBER", mode="frag"),
          pick([" no sorry ", " oh wait no ", " sorry i mean "]), V(singles(g[1]), "CARD_NUMBER", grp)),
        A("okay"),
        C(V(say(g[2] + g[3] if len(g) > 3 else g[2], pick(["single", "repeat"])) + "".join(
            " " + singles(x) for x in g[4:]), "CARD_NUMBER", grp)),
    ], f"call/{pick(IND_CARD)}: {brand} card with a self-correction in the second group (mistaken group labelled too)")


def p_card_with_exp_cvv_call():
    num, brand = card(pick(["visa", "mc", "amex", "disc"]))
    m, y = expiry()
    cv = cvv(brand == "amex")
    return build("positive", [
        A("okay can i take the card number"),
        C(V(say(num, pick(["single", "repeat", "mixed"])), "CARD_NUMBER")),
        A("and the expiry date"),
        C(pick(["it's ", "", "expires "]), V(say_exp(m, y), "EXPIRY")),
        A("and the three digit security code on the back" if brand != "amex" else "and the four digit code on the front"),
        C(ff(), V(singles(cv, zero=pick(["oh", "zero"])), "CVV")),
        A(f"thank you i'm taking {pick(['forty nine ninety nine', 'twelve pounds fifty', 'a hundred and twenty dollars'])} now"),
    ], f"call/{pick(IND_CARD)}: {brand} card, expiry and security code in sequence; price unlabelled")


def p_card_exp_cvv_one_turn_chat():
    num, brand = card(pick(["visa", "mc", "mc2", "amex"]))
    m, y = expiry()
    cv = cvv(brand == "amex")
    return build("positive", [
        A("To complete the booking I need the card details please."),
        C(V(typed_card(num), "CARD_NUMBER"), pick([" exp ", " expiry ", ", exp: ", " valid till ", " "]),
          V(typed_exp(m, y), "EXPIRY"), pick([" cvv ", " cvc: ", ", security code ", " code "]), V(cv, "CVV")),
    ], f"chat/travel: {brand} card, expiry and CVV all in one message")


def p_card_two_values_turn():
    num, brand = card()
    m, y = expiry()
    return build("positive", [
        A("okay what's the card number and the expiry"),
        C(V(say(num, "single"), "CARD_NUMBER"), pick([" and it expires ", " expiry ", " and the expiry date's "]),
          V(say_exp(m, y), "EXPIRY")),
    ], f"call/{pick(IND_CARD)}: card number immediately followed by expiry in one turn")


def p_card_chitchat():
    num, brand = card()
    sp = say(num, pick(["single", "mixed"]))
    g = split(sp.split(" "), [len(sp.split(" ")) // 2, len(sp.split(" ")) - len(sp.split(" ")) // 2])
    grp = G()
    return build("positive", [
        A("card number when you're ready"),
        C(V(" ".join(g[0]), "CARD_NUMBER", grp), pick([" hang on the dog's barking ", " sorry my glasses ", " hold on two seconds "]),
          V(" ".join(g[1]), "CARD_NUMBER", grp)),
    ], f"call/{pick(IND_CARD)}: card reading interrupted by chit-chat mid-number")


def p_ssn_typed():
    s = ssn()
    return build("positive", [
        A("For verification please enter your Social Security number."),
        C(pick(["ssn ", "SSN: ", "its ", "", "social is ", "SSN#", "ssn:"]), V(typed_ssn(s), "SSN"), pick(["", " thanks", ". I'm calling about my premium"])),
    ], f"chat/{pick(['insurance', 'banking', 'healthcare billing', 'government services'])}: US SSN typed")


def p_ssn_call():
    s = ssn()
    return build("positive", [
        A(pick(["can i get your social security number please", "and your social to verify",
                "can you confirm the full social for me"])),
        C(yes(), V(say_ssn(s), "SSN")),
        A("thank you"),
    ], f"call/{pick(['insurance', 'banking', 'healthcare billing', 'government services', 'telecom'])}: SSN spoken (singles, pairs, hundreds, homophones)")


def p_ssn_split():
    s = ssn()
    a, b, c = s[:3], s[3:5], s[5:]
    grp = G()
    return build("positive", [
        A("what's your social"),
        C(pick(["um ", "", "okay "]), V(say(a, pick(["single", "repeat", "mixed"])), "SSN", grp)),
        A(pick(BACK)),
        C(V(say(b, pick(["single", "pairs"])), "SSN", grp)),
        A(pick(BACK)),
        C(V(say(c, pick(["single", "pairs", "repeat"])), "SSN", grp), pick(["", " that's it"])),
    ], f"call/{pick(['banking', 'healthcare billing', 'government services'])}: SSN split 3-2-4 over three turns")


def p_ssn_readback():
    s = ssn()
    a, b, c = s[:3], s[3:5], s[5:]
    return build("positive", [
        A("and the social security number"),
        C(V(say_ssn(s), "SSN")),
        A("so that's ", V(f"{singles(a)}, {singles(b)}, {singles(c)}", "SSN"), pick([" correct", " yeah"])),
        C("correct"),
    ], f"call/{pick(['insurance', 'banking'])}: SSN given and read back by the agent")


def p_ssn_correction():
    s = ssn()
    a, b, c = s[:3], s[3:5], s[5:]
    wrong = str((int(c[0]) + 3) % 10) + c[1:]
    grp = G()
    return build("positive", [
        A("can i have your social please"),
        C(V(f"{singles(a)} {singles(b)}", "SSN", grp), " ", V(singles(wrong[:2]), "SSN", mode="frag"),
          pick(["... no sorry ", " wait no ", " scratch that "]), V(singles(c), "SSN", grp)),
        A("okay got it"),
        C("yes"),
    ], "call/government services: SSN with a self-correction in the last group (abandoned digits labelled too)")


def p_ssn_with_dob():
    s = ssn()
    y, m, d = dob()
    if R.random() < 0.5:
        return build("positive", [
            A("To verify, please provide your date of birth and SSN."),
            C(V(typed_dob(y, m, d, us=True), "DOB"), pick([" and ", ", ", " / ", " - ssn "]), V(typed_ssn(s), "SSN")),
        ], "chat/healthcare billing: US DOB and SSN in one message")
    return build("positive", [
        A("can you verify your date of birth and social"),
        C(pick(["sure ", "yeah "]), V(say_dob(y, m, d, us=True), "DOB"), pick([" and my social is ", " and the social is "]),
          V(say_ssn(s), "SSN")),
    ], "call/insurance: DOB then SSN spoken in one turn")


def p_ssn_mixed_chitchat():
    s = ssn()
    return build("positive", [
        A("I can help with your 2024 tax transcript. What's your SSN?"),
        C(pick(["ok so i've been waiting 45 minutes lol. ", "been on hold for an hour. ", "I called 3 times already. "]),
          "its ", V(typed_ssn(s), "SSN")),
    ], "chat/government services: SSN after numeric chit-chat (durations, counts unlabelled)")


def p_ssn_last_then_full():
    s = ssn()
    return build("positive", [
        A("For security I'll need the full number, not just the last four."),
        C(pick(["oh ok ", "fine "]), V(pick([" ".join(s), s[:3] + " " + s[3:5] + " " + s[5:], "-".join([s[:3], s[3:5], s[5:]])]), "SSN")),
    ], "chat/banking: SSN with spaces between every digit or groups")


def p_ni_typed():
    v = ni()
    return build("positive", [
        A("Can you confirm your National Insurance number please?"),
        C(pick(["NI no is ", "its ", "", "ni number: ", "NINO "]), V(typed_ni(v), "NI_NUMBER"), pick(["", " thanks", " x", "."])),
    ], f"chat/{pick(['government services', 'banking', 'insurance', 'utilities'])}: UK NI number typed")


def p_ni_call():
    v = ni()
    return build("positive", [
        A(pick(["and can i take your national insurance number", "what's your n i number please",
                "i'll just need your national insurance number"])),
        C(yes() + pick(["it's ", "", "okay it's "]), V(say_ni(v), "NI_NUMBER")),
        A("thank you"),
    ], f"call/{pick(['government services', 'banking', 'insurance'])}: NI number spoken (letters plain/phonetic/homophone)")


def p_ni_split():
    v = ni()
    p, d, s = v[:2], v[2:8], v[8]
    grp = G()
    lm = pick(["plain", "nato", "for", "homo"])
    return build("positive", [
        A("national insurance number please"),
        C(pick(["it's ", "okay ", ""]), V(f"{say_letter(p[0], lm)} {say_letter(p[1], lm)}", "NI_NUMBER", grp)),
        A(pick(BACK)),
        C(V(say(d, pick(["single", "pairs", "repeat"])), "NI_NUMBER", grp)),
        A(pick(["and the letter at the end", "and the last letter", "mhm"])),
        C(V(say_letter(s, pick(["plain", "for", "nato"])), "NI_NUMBER", grp)),
    ], "call/government services: NI number split prefix / digits / suffix over three turns")


def p_ni_readback():
    v = ni()
    return build("positive", [
        A("can i take your national insurance number"),
        C(V(say_ni(v), "NI_NUMBER")),
        A("so that's ", V(say_ni(v, "nato"), "NI_NUMBER"), " yeah"),
        C("that's right"),
    ], "call/banking: NI number given then read back by the agent using the phonetic alphabet")


def p_ni_correction():
    v = ni()
    p, d, s = v[:2], v[2:8], v[8]
    wrong = pick([c for c in "ABCD" if c != s])
    grp = G()
    return build("positive", [
        A("what's your ni number"),
        C(V(f"{say_letter(p[0], 'plain')} {say_letter(p[1], 'plain')} {say(d, 'single')}", "NI_NUMBER", grp), " ",
          V(say_letter(wrong, "plain"), "NI_NUMBER", mode="frag"),
          pick([" no sorry ", " no wait it's "]), V(say_letter(s, "for"), "NI_NUMBER", grp)),
    ], "call/government services: NI number with the suffix letter corrected (both letters labelled)")


def p_ni_with_dob():
    v = ni()
    y, m, d = dob()
    return build("positive", [
        A("To find your record I need your date of birth and NI number."),
        C(V(typed_dob(y, m, d), "DOB"), pick([" and ", ", ", "\n"]), V(typed_ni(v), "NI_NUMBER")),
    ], "chat/government services: DOB and NI number in one message")


def p_ni_in_sentence_call():
    v = ni()
    return build("positive", [
        A("and for the pension transfer"),
        C("yeah my national insurance is ", V(say_ni(v), "NI_NUMBER"), pick([" and i've been paying in since nineteen ninety", " and i retire in twenty twenty seven", " and my pension is about three hundred a week"])),
    ], "call/government services: NI number followed by non-PII years and amounts")


def p_bank_uk():
    sc = sort_code()
    acc = account(8)
    if R.random() < 0.5:
        return build("positive", [
            A("What are the sort code and account number for the refund?"),
            C(pick(["sort ", "sort code ", "SC "]), V(typed_sort(sc), "SORT_CODE"), pick([" acc ", " account ", ", a/c ", " account no. "]),
              V(acc, "BANK_ACCOUNT")),
        ], "chat/utilities: UK sort code and account number in one message")
    return build("positive", [
        A("okay so for the direct debit can i take the sort code"),
        C(V(say_sort(sc), "SORT_CODE")),
        A("and the account number"),
        C(ff(), V(say(acc, pick(["single", "repeat", "pairs", "mixed"])), "BANK_ACCOUNT")),
    ], "call/utilities: direct debit sort code and eight-digit account number spoken")


def p_bank_us():
    acc = account(pick([10, 11, 12, 9]))
    rout = R.choice(["routing", "aba"])
    return build("positive", [
        A("Which checking account should the refund go to?"),
        C(pick(["checking acct ", "account # ", "acct no "]), V(acc, "BANK_ACCOUNT"), pick(["", " at Chase", ", thanks"])),
    ], f"chat/healthcare billing: US checking account number typed ({len(acc)} digits)")


def p_bank_split_call():
    acc = account(8)
    grp = G()
    return build("positive", [
        A("and your account number"),
        C(V(say(acc[:4], "single"), "BANK_ACCOUNT", grp)),
        A(pick(BACK)),
        C(V(say(acc[4:], pick(["single", "pairs"])), "BANK_ACCOUNT", grp), " and the sort code is ", V(say_sort(sort_code()), "SORT_CODE")),
    ], "call/banking: account number split over two turns then sort code")


def p_iban():
    v = iban_make()
    if R.random() < 0.7:
        return build("positive", [
            A("Please send the IBAN for the transfer."),
            C(pick(["IBAN: ", "iban ", "its ", ""]), V(typed_iban(v), "IBAN"), pick(["", " BIC to follow", " thanks"])),
        ], f"chat/banking: {v[:2]} IBAN typed")
    return build("positive", [
        A("can you read me the iban"),
        C(V(say_iban(v), "IBAN")),
    ], f"call/banking: {v[:2]} IBAN spoken letter by letter")


def p_phone_typed():
    v, t = phone()
    return build("positive", [
        A("What's the best number to reach you on?"),
        C(pick(["", "call me on ", "mob: ", "its ", "tel "]), V(t, "PHONE"), pick(["", " after 5pm", " any time", " thx"])),
    ], "chat/telecom: phone number typed")


def p_phone_call():
    v, t = phone()
    return build("positive", [
        A("and a contact number"),
        C(pick(["yeah it's ", "it's ", "", "my mobile is "]), V(say_phone(v), "PHONE")),
    ], "call/telecom: phone number spoken (doubles, triples, plus country codes)")


def p_phone_split():
    v, t = phone(pick(["ukmob", "us", "ie"]))
    k = pick([4, 5, 3])
    grp = G()
    return build("positive", [
        A("contact number please"),
        C(V(say(v[:k], "single"), "PHONE", grp)),
        A(pick(BACK)),
        C(V(say(v[k:], pick(["single", "repeat"])), "PHONE", grp)),
        A("and that's a mobile yeah"),
    ], "call/utilities: phone number split over two turns")


def p_email_typed():
    e = email()
    return build("positive", [
        A("Which email should we send the confirmation to?"),
        C(pick(["", "its ", "email: ", "send it to "]), V(typed_email(e), "EMAIL"), pick(["", " pls", " thanks!"])),
    ], "chat/retail: email address typed")


def p_email_call():
    e = email()
    return build("positive", [
        A("and an email address"),
        C(pick(["yeah it's ", "it's ", ""]), V(say_email(e), "EMAIL")),
    ], "call/insurance: email spoken with 'dot' / 'at' / spelled parts")


def p_dob():
    y, m, d = dob()
    us = R.random() < 0.4
    if R.random() < 0.5:
        return build("positive", [
            A("can you confirm your date of birth"),
            C(pick(["yeah it's ", "", "it's ", "born "]), V(say_dob(y, m, d, us), "DOB")),
        ], f"call/{pick(['banking', 'healthcare billing', 'insurance'])}: date of birth spoken")
    return build("positive", [
        A("Please confirm your date of birth."),
        C(pick(["dob ", "", "DOB: ", "born "]), V(typed_dob(y, m, d, us), "DOB")),
    ], f"chat/{pick(['banking', 'telecom', 'insurance'])}: date of birth typed")


def p_address_uk():
    pc = uk_postcode()
    if R.random() < 0.5:
        adr = address(spoken=True)
        return build("positive", [
            A("and can i take the first line of your address and the postcode"),
            C(V(adr, "ADDRESS"), pick([" and the postcode is ", " postcode ", " it's "]), V(say_postcode(pc), "POSTCODE")),
        ], "call/utilities: UK address line and postcode spoken")
    adr = address()
    return build("positive", [
        A("What's the address for the delivery?"),
        C(V(adr, "ADDRESS"), pick([", ", ", ", " ", ",\n"]), V(typed_postcode(pc), "POSTCODE")),
    ], "chat/retail: UK address typed with town and postcode")


def p_address_us():
    z, _ = zipc()
    adr = address(us=True, spoken=R.random() < 0.5)
    spoken = adr[0].islower() and not adr[0].isdigit()
    zt = (say(z, pick(["single", "repeat"])) if spoken else (z if len(z) == 5 else f"{z[:5]}-{z[5:]}"))
    return build("positive", [
        A("what's the billing address"),
        C(V(adr, "ADDRESS"), pick([" springfield illinois ", ", Austin TX ", " in denver colorado ", ", "]), V(zt, "POSTCODE")),
    ], f"{'call' if spoken else 'chat'}/retail: US street address and ZIP code")


def p_postcode_only():
    pc = uk_postcode()
    if R.random() < 0.5:
        return build("positive", [
            A("and just the postcode to confirm"),
            C(pick(["it's ", "", "yeah "]), V(say_postcode(pc), "POSTCODE")),
        ], "call/telecom: UK postcode spoken (phonetic / homophone letters)")
    return build("positive", [
        A("Postcode?"),
        C(V(typed_postcode(pc), "POSTCODE")),
    ], "chat/telecom: UK postcode typed alone")


def p_cvv_exp_split():
    m, y = expiry()
    cv = cvv()
    return build("positive", [
        A("and the expiry date on the card"),
        C(V(say_exp(m, y), "EXPIRY")),
        A("and the last three digits on the back"),
        C(V(say(cv, pick(["single", "repeat"])), "CVV"), pick(["", " and that's on the signature strip"])),
    ], "call/retail: expiry and CVV in separate turns")


def p_full_verification():
    v = ni()
    y, m, d = dob()
    pc = uk_postcode()
    ph, _ = phone("ukmob")
    return build("positive", [
        A("right i just need to go through security can i take your date of birth"),
        C(V(say_dob(y, m, d), "DOB")),
        A("and the postcode"),
        C(V(say_postcode(pc), "POSTCODE")),
        A("and your national insurance number"),
        C(V(say_ni(v), "NI_NUMBER")),
        A("and is ", V(say_phone(ph), "PHONE"), " still the best number"),
        C("yes it is"),
    ], "call/government services: full security check DOB, postcode, NI, agent reads phone number")


def p_card_asr_numerals():
    num, brand = card()
    sizes = card_sizes(num)
    g = split(num, sizes)
    st = pick(["groups", "digits", "mixwords"])
    if st == "groups":
        t = " ".join(g)
    elif st == "digits":
        t = " ".join(num)
    else:
        t = " ".join(x if i % 2 == 0 else singles(x) for i, x in enumerate(g))
    return build("positive", [
        A("okay whenever you're ready with the card number"),
        C(pick(["yeah so it's ", "it's ", "right it is "]), V(t, "CARD_NUMBER"), pick(["", " did you get that", " okay"])),
    ], f"call/{pick(IND_CARD)}: ASR transcript emitting numerals for the card ({st})")


def p_card_repeat_twice():
    num, brand = card()
    return build("positive", [
        A("sorry you cut out there can you repeat the card number"),
        C(V(say(num, "single"), "CARD_NUMBER")),
        A("sorry one more time slowly"),
        C(V(say_groups(num, card_sizes(num), gstyle=pick(["single", "pairs"]), sep=pick([" ", "... ", ", "])), "CARD_NUMBER")),
    ], f"call/{pick(IND_CARD)}: card repeated twice, second time slowly in groups")


def p_ssn_asr_numerals():
    s = ssn()
    a, b, c = s[:3], s[3:5], s[5:]
    t = pick([f"{a} {b} {c}", f"{singles(a)} {b} {c}", f"{a} {singles(b)} {say(c, 'pairs')}", " ".join(s)])
    return build("positive", [
        A("and your social security number"),
        C(pick(["it's ", "yeah my social is ", "sure "]), V(t, "SSN"), pick(["", " and i'm calling about my bill from march"])),
    ], "call/healthcare billing: ASR mixes numerals and words inside an SSN")


def p_ssn_chat_split():
    s = ssn()
    grp = G()
    return build("positive", [
        A("Please provide your SSN to continue."),
        C(V(f"{s[:3]}-{s[3:5]}", "SSN", grp), "-"),
        C(V(s[5:], "SSN", grp), pick(["", " sorry phone glitched"])),
    ], "chat/banking: SSN typed across two messages")


def p_ni_chat_split():
    v = ni()
    grp = G()
    return build("positive", [
        A("What is your National Insurance number?"),
        C(V(f"{v[:2]} {v[2:4]}", "NI_NUMBER", grp)),
        C(V(f"{v[4:6]} {v[6:8]} {v[8]}", "NI_NUMBER", grp), pick(["", " sorry", " (its on my payslip)"])),
    ], "chat/government services: NI number typed across two messages")


def p_ni_asr_mixed():
    v = ni()
    p, d, sx = v[:2], v[2:8], v[8]
    t = pick([f"{p.lower()} {d} {sx.lower()}", f"{say_letter(p[0], 'homo')} {say_letter(p[1], 'homo')} {d[:2]} {d[2:4]} {d[4:]} {say_letter(sx, 'homo')}",
              f"{' '.join(p.lower())} {say(d, 'pairs')} {say_letter(sx, 'for')}"])
    return build("positive", [
        A("i just need your national insurance number to check the claim"),
        C(pick(["okay it's ", "yes it's ", "hang on... it's "]), V(t, "NI_NUMBER")),
    ], "call/government services: ASR NI number with numerals, homophone letters or pairs")


def p_ni_phone_chat():
    v = ni()
    ph, t = phone(pick(["ukmob", "intl_uk", "uklon"]))
    return build("positive", [
        A("Can I take your NI number and a contact number so the team can call back?"),
        C(pick(["ni ", "NI: ", "nino "]), V(typed_ni(v), "NI_NUMBER"), pick([" mob ", ", tel ", " and ", " / "]), V(t, "PHONE"),
          pick(["", " after 6 pls", " (work phone)"])),
    ], "chat/government services: NI number and phone number in one message")


def p_ssn_agent_partial_readback():
    s = ssn()
    return build("positive", [
        A("what's the full social on the account"),
        C(V(say_ssn(s), "SSN"), pick([" and i'm calling about the", " that's for the"]), f" {pick(['claim', 'bill', 'statement'])} from {pick(MONTHS)}"),
        A(f"thank you i've got that and the amount due is {money_spoken()}"),
    ], "call/healthcare billing: SSN followed by non-PII month and spoken amount")


POS_TEMPLATES = [
    (p_card_call_single, 14), (p_card_call_groups, 12), (p_card_call_split, 10), (p_card_chat_typed, 16),
    (p_card_chat_split_msgs, 4), (p_card_readback, 4), (p_card_correction, 4), (p_card_with_exp_cvv_call, 7),
    (p_card_exp_cvv_one_turn_chat, 6), (p_card_two_values_turn, 4), (p_card_chitchat, 3),
    (p_ssn_typed, 10), (p_ssn_call, 12), (p_ssn_split, 5), (p_ssn_readback, 3), (p_ssn_correction, 3),
    (p_ssn_with_dob, 5), (p_ssn_mixed_chitchat, 3), (p_ssn_last_then_full, 3),
    (p_ni_typed, 11), (p_ni_call, 12), (p_ni_split, 5), (p_ni_readback, 3), (p_ni_correction, 3),
    (p_ni_with_dob, 3), (p_ni_in_sentence_call, 3),
    (p_bank_uk, 10), (p_bank_us, 4), (p_bank_split_call, 5), (p_iban, 16),
    (p_phone_typed, 8), (p_phone_call, 8), (p_phone_split, 3),
    (p_email_typed, 8), (p_email_call, 9), (p_dob, 10), (p_address_uk, 11), (p_address_us, 7),
    (p_postcode_only, 5), (p_cvv_exp_split, 6), (p_full_verification, 4),
    (p_card_asr_numerals, 6), (p_card_repeat_twice, 3), (p_ssn_asr_numerals, 5), (p_ssn_chat_split, 3),
    (p_ni_chat_split, 3), (p_ni_asr_mixed, 5), (p_ni_phone_chat, 4), (p_ssn_agent_partial_readback, 4),
]


# ---------------------------------------------------------------------------
# negative templates (nothing in them may be redacted)
# ---------------------------------------------------------------------------
def money_spoken(cur=None):
    p = R.randint(11, 999)
    c = R.randint(10, 99)
    opts = [f"{hundreds(str(p)) if p >= 100 else pair_words(str(p))} pounds {pair_words(f'{c:02d}') if c >= 10 else UNITS[c]}",
                 f"{hundreds(str(p)) if p >= 100 else pair_words(str(p))} dollars and {pair_words(f'{c:02d}') if c >= 10 else UNITS[c]} cents",
                 f"{pair_words(str(R.randint(11, 99)))} euro {pair_words(str(R.randint(11, 99)))}"]
    choice = pick(opts)
    return choice if cur is None else opts[cur]


def ref_digits(n):
    return str(R.randint(1, 9)) + rdig(n - 1)


def n_order_chat():
    w = pick(["order number", "order #", "ticket", "case ref", "claim number", "invoice no.", "booking reference", "reference"])
    r = ref_digits(R.randint(6, 10))
    return build("negative", [
        A("How can I help today?"),
        C(f"Hi, my order hasn't arrived ({w} {r}), it was meant to come on the {R.randint(4, 20)}th and I paid £{R.randint(10, 400)}.{R.randint(10, 99)}"),
    ], f"chat/retail: {w} with {len(r)} digits, delivery date and price")


def n_order_call():
    r = ref_digits(R.randint(7, 10))
    return build("negative", [
        A("have you got a reference number for me"),
        C(f"yeah the reference number is {say(r, pick(['single', 'repeat']))}"),
        A("thank you and that was for the boiler service on the fourteenth"),
        C("that's right"),
    ], f"call/utilities: {len(r)}-digit reference number spoken with its reference word")


def n_money_call():
    cur = R.randrange(3)
    return build("negative", [
        A(f"so your balance is currently {money_spoken(cur)}"),
        C(f"and how much is the monthly payment"),
        A(f"that'll be {money_spoken(cur)} a month going out on the {ORD[R.randint(1, 28)]}"),
    ], "call/telecom: spoken money amounts and a payment day")


def n_money_chat():
    return build("negative", [
        A(f"Your outstanding balance is £{R.randint(1, 9)},{rdig(3)}.{rdig(2)} and the minimum payment is £{R.randint(25, 150)}.00."),
        C(f"Can I pay ${R.randint(1000, 9999)} now and the rest on {pick(MONTHS).capitalize()} {R.randint(1, 28)}?"),
    ], "chat/banking: balances with thousands separators, a payment date")


def n_times():
    return build("negative", [
        A(f"the engineer can come on {pick(['monday', 'tuesday', 'friday'])} between {pick(['eight', 'nine', 'ten'])} and {pick(['twelve', 'one', 'two'])}"),
        C(f"could it be after {pick(['half past three', 'fourteen thirty', 'four fifteen', 'quarter to five'])} i'm at work till then"),
        A(f"i've got a slot at {R.randint(13, 17)}:{pick(['00', '15', '30', '45'])} on the {R.randint(2, 28)}/{R.randint(1, 12)}"),
    ], "call/utilities: appointment times and an appointment date")


def n_flight():
    fl = pick(["BA", "EI", "FR", "UA", "AA", "LH"]) + str(R.randint(10, 9999))
    dd = R.randint(1, 28)
    return build("negative", [
        A("Which flight are you booked on?"),
        C(f"{fl} on the {dd}{sfx(dd)} of {pick(MONTHS).capitalize()}, departing {R.randint(6, 22):02d}:{pick(['05', '40', '55'])}, seat {R.randint(1, 40)}{pick('ABCDEF')}"),
        A(f"Thanks, the change fee is €{R.randint(40, 120)} and the fare difference is €{R.randint(10, 300)}."),
    ], "chat/travel: flight number, departure time, seat, fees")


def n_flight_call():
    return build("negative", [
        A("what flight are you on"),
        C(f"it's {pick(['e i', 'b a', 'u a'])} {say(str(R.randint(100, 999)), 'single')} leaving at {pick(['six forty', 'ten past nine', 'seventeen fifty'])} from gate {pair_words(str(R.randint(11, 59)))}"),
    ], "call/travel: spoken flight number, time, gate")


def n_room():
    return build("negative", [
        A("welcome to reception how can i help"),
        C(f"hi i'm in room {say(str(R.randint(101, 1450)), 'single')} and the heating's stuck at {pair_words(str(R.randint(26, 31)))} degrees"),
        A(f"sorry about that i'll send someone up in about {pick(['ten', 'fifteen', 'twenty'])} minutes"),
    ], "call/travel: hotel room number, temperature, duration")


def n_model():
    m = pick(["TG789vac", "HH6", "Archer AX55", "SM-S918B", "iPhone 15 Pro", "XR500", "WGR614", "Fritz!Box 7590"])
    return build("negative", [
        A("Which router model do you have?"),
        C(f"its a {m}, firmware {R.randint(1, 9)}.{R.randint(0, 20)}.{R.randint(0, 99)}. Speed test says {R.randint(5, 90)}.{R.randint(0, 9)} Mbps down and {R.randint(1, 20)} up, ping {R.randint(8, 80)}ms"),
    ], "chat/telecom: model numbers, firmware version, speeds")


def n_meter():
    r = rdig(pick([5, 6]))
    return build("negative", [
        A("can you give me a meter reading"),
        C(f"yeah the reading is {say(r, pick(['single', 'pairs']))} and the night one is {say(rdig(5), 'single')}"),
        A("lovely that's gone through for the quarter"),
    ], "call/utilities: spoken meter readings")


def n_meter_chat():
    return build("negative", [
        A("Please submit your readings."),
        C(f"Elec {rdig(5)} day / {rdig(5)} night, gas {rdig(5)}.{rdig(1)} m3. Meter serial is on the box but I can't read it. Bill was {R.randint(180, 460)} kWh last month"),
    ], "chat/utilities: meter readings, units")


def n_age_dates():
    return build("negative", [
        A("and is the policy just for yourself"),
        C(f"me and my husband, i'm {pair_words(str(R.randint(40, 89)))} and he's {pair_words(str(R.randint(40, 89)))}"),
        A(f"okay and you'd like cover from the {ORD[R.randint(1, 28)]} of {pick(MONTHS)}"),
        C(f"yes when the old one runs out, we've been with them since {say_year(R.randint(1990, 2019))}"),
    ], "call/insurance: ages, cover start date, year")


def n_percent():
    return build("negative", [
        A(f"The fixed rate is {R.randint(2, 7)}.{rdig(2)}% for {R.randint(2, 5)} years, APR {R.randint(3, 9)}.{R.randint(0, 9)}%."),
        C(f"And if I overpay by 10% a year on a {R.randint(150, 450)}k mortgage over {R.randint(20, 35)} years?"),
    ], "chat/banking: percentages, terms, amounts")


def n_contract():
    return build("negative", [
        A("when did the contract start"),
        C(f"it started on the {ORD[R.randint(1, 28)]} of {pick(MONTHS)} {say_year(R.randint(2015, 2024))} for twenty four months"),
        A(f"okay so you've got {pick(['three', 'seven', 'eleven'])} months left and the early exit fee is {money_spoken()}"),
    ], "call/telecom: contract start date (not a DOB), durations, fee")


def n_quantities():
    return build("negative", [
        A("What would you like to order?"),
        C(f"{R.randint(2, 12)} x item {rdig(6)}, {R.randint(1, 5)} boxes of 250, and the {R.randint(40, 85)} inch TV model {pick(['OLED55C3', 'UE65CU7100', 'KD-50X75'])}. Total came to ${R.randint(100, 3000)}.{rdig(2)}"),
    ], "chat/retail: quantities, item numbers, model numbers, totals")


def n_claim_call():
    return build("negative", [
        A("i'm calling about claim number"),
        C(f"oh yeah it's {say(ref_digits(8), 'pairs')} the one from the accident on the {ORD[R.randint(1, 28)]}"),
        A(f"okay i can see the excess is {money_spoken()} and the repair is booked for {pick(['monday', 'thursday'])}"),
    ], "call/insurance: claim number read in pairs with its reference word, excess amount")


def n_dates_misc():
    return build("negative", [
        A(f"Your next bill is due on {R.randint(1, 28):02d}/{R.randint(1, 12):02d}/{R.randint(2025, 2027)}."),
        C(f"I paid the last one on {pick(MONTHS).capitalize()} {R.randint(1, 28)} and it still shows {R.randint(1, 3)} missed payments"),
    ], "chat/utilities: bill due date and payment date (not birth dates)")


def n_counts_call():
    return build("negative", [
        A("how many people are travelling"),
        C(f"{pick(['two', 'four', 'five'])} adults and {pick(['one', 'two', 'three'])} kids aged {pick(['six', 'nine', 'eleven'])} and {pick(['two', 'three', 'thirteen'])}"),
        A(f"that's {money_spoken()} per person for {pick(['seven', 'ten', 'fourteen'])} nights"),
    ], "call/travel: counts, children's ages, price, nights")


def n_prescription():
    return build("negative", [
        A("Which bill are you asking about?"),
        C(f"Statement dated {R.randint(1, 28)} {pick(MON3).capitalize()} {R.randint(2024, 2026)}, {R.randint(3, 9)} line items, total ${R.randint(80, 2400)}.{rdig(2)}, visit on {R.randint(1, 12)}/{R.randint(1, 28)}"),
    ], "chat/healthcare billing: statement date, item counts, totals")


def n_long_amount_call():
    return build("negative", [
        A("so what's the balance on the account now"),
        C(f"it says {pick(['one', 'two', 'three'])} thousand {hundreds(str(R.randint(101, 999)))} pounds and {pair_words(str(R.randint(11, 99)))} pence"),
        A(f"and interest of {pair_words(str(R.randint(11, 29)))} point {UNITS[R.randint(1, 9)]} percent"),
    ], "call/banking: long spoken amount and a rate")


def n_speed_temp():
    return build("negative", [
        A("what speeds are you getting"),
        C(f"about {pair_words(str(R.randint(11, 99)))} meg down and it drops to like {UNITS[R.randint(2, 9)]} in the evening around {pick(['seven', 'eight', 'nine'])} o'clock"),
        A(f"your line should be getting up to {hundreds(str(R.randint(1, 9) * 100))} so i'll book an engineer"),
    ], "call/telecom: speeds, times")


def n_parcel():
    return build("negative", [
        A("Do you have the tracking number?"),
        C(f"Tracking {pick(['JD', 'TT', 'H0'])}{rdig(8)}GB? It said {R.randint(1, 4)}-{R.randint(5, 7)} working days and it's been {R.randint(8, 20)}"),
    ], "chat/retail: alphanumeric tracking reference with its reference word, day counts")


def n_year_list():
    yy = R.randint(1975, 2015)
    return build("negative", [
        A("how long have you lived at the property"),
        C(f"since {say_year(yy)} so about {pair_words(str(2026 - yy)) if 2026 - yy >= 10 else UNITS[2026 - yy]} years and the roof was done in {say_year(R.randint(2000, 2020))}"),
    ], "call/insurance: years and durations")


def n_phone_menu():
    return build("negative", [
        A(f"Our opening hours are 8am to 8pm Monday to Friday and 9-5 on Saturday. Average wait is {R.randint(2, 25)} minutes."),
        C(f"Ok. I've got {R.randint(2, 9)} devices on the plan and used {R.randint(10, 95)}.{R.randint(1, 9)}GB of my {pick([50, 100, 120])}GB"),
    ], "chat/telecom: hours, durations, data usage")


def n_policy_dates():
    d, m, y = R.randint(1, 28), R.randint(1, 12), R.randint(1995, 2023)
    return build("negative", [
        A("Can you tell me when the policy started?"),
        C(f"It started {d:02d}/{m:02d}/{y} and renewed on {R.randint(1, 28)} {pick(MON3).capitalize()} {R.randint(2024, 2026)}. Premium went from £{R.randint(200, 600)} to £{R.randint(601, 999)}"),
    ], "chat/insurance: full numeric start date that is not a birth date, renewal date, premiums")


def n_road():
    return build("negative", [
        A("roadside assistance where are you broken down"),
        C(f"i'm on the {pick(['m twenty five', 'm six', 'a one', 'm fifty'])} between junction {pick(['nine', 'ten', 'fourteen'])} and {pick(['eleven', 'fifteen', 'sixteen'])} on the hard shoulder"),
        A(f"okay someone will be with you in about {pick(['forty', 'sixty', 'ninety'])} minutes"),
    ], "call/insurance: motorway and junction numbers that look like postcode fragments")


def n_road_chat():
    return build("negative", [
        A("Where did the incident happen?"),
        C(f"On the {pick(['M25', 'M6', 'A14', 'M60', 'N7'])} at junction {R.randint(2, 30)}, around {R.randint(1, 12)}:{pick(['10', '25', '50'])}pm, doing about {R.randint(30, 70)}mph"),
    ], "chat/insurance: road numbers, junctions, time, speed")


def n_health_measures():
    return build("negative", [
        A("And what were the readings on the day?"),
        C(f"BP {R.randint(110, 160)}/{R.randint(60, 99)}, temp {R.randint(36, 39)}.{R.randint(0, 9)}C, weight {R.randint(55, 110)}kg, she's {R.randint(19, 88)} years old. Copay was ${R.randint(10, 60)}"),
    ], "chat/healthcare billing: blood pressure, temperature, weight, age, copay")


def n_incident_ref():
    return build("negative", [
        A("Do you have the incident number?"),
        C(f"INC{rdig(7)}, raised {R.randint(2, 9)} days ago. Also ticket #{rdig(6)} from last week."),
    ], "chat/telecom: incident and ticket numbers with their reference words")


def n_order_pairs_call():
    r = ref_digits(pick([6, 8]))
    return build("negative", [
        A("what's the order number"),
        C(f"order number {say(r, 'pairs')} and i ordered it on the {ORD[R.randint(1, 28)]}"),
        A(f"thanks i can see it was {money_spoken()} and it's due {pick(['tomorrow', 'thursday', 'next week'])}"),
    ], "call/retail: order number read in pairs with its reference word, order date, price")


def n_versions():
    return build("negative", [
        A("What version of the app are you on?"),
        C(f"{R.randint(4, 7)}.{R.randint(0, 30)}.{R.randint(0, 9)} on iOS {R.randint(15, 18)}.{R.randint(0, 6)}.{R.randint(1, 3)}, iPhone {R.randint(11, 16)}. Battery at {R.randint(5, 99)}%"),
    ], "chat/banking: app and OS versions, device model, battery percentage")


def n_balance_call_digits():
    cur = R.randrange(2)
    return build("negative", [
        A(f"okay so there's a payment of {money_spoken(cur)} pending and your available balance is {money_spoken(cur)}"),
        C(f"and my overdraft limit is still {pick(['five hundred', 'a thousand', 'fifteen hundred', 'two thousand five hundred'])} yeah"),
    ], "call/banking: pending payment, balance, overdraft limit")


NEG_TEMPLATES = [
    (n_policy_dates, 4), (n_road, 3), (n_road_chat, 3), (n_health_measures, 4), (n_incident_ref, 4),
    (n_order_pairs_call, 4), (n_versions, 3), (n_balance_call_digits, 4),
    (n_order_chat, 8), (n_order_call, 6), (n_money_call, 5), (n_money_chat, 5), (n_times, 5), (n_flight, 5),
    (n_flight_call, 4), (n_room, 4), (n_model, 5), (n_meter, 5), (n_meter_chat, 4), (n_age_dates, 5),
    (n_percent, 4), (n_contract, 5), (n_quantities, 4), (n_claim_call, 5), (n_dates_misc, 4),
    (n_counts_call, 4), (n_prescription, 4), (n_long_amount_call, 4), (n_speed_temp, 4), (n_parcel, 3),
    (n_year_list, 4), (n_phone_menu, 3),
]


# ---------------------------------------------------------------------------
# generation / check
# ---------------------------------------------------------------------------
def generate():
    R.seed(SEED)
    _gid[0] = 0
    pos, neg = [], []
    for fn, n in POS_TEMPLATES:
        for _ in range(n):
            pos.append(fn())
    for fn, n in NEG_TEMPLATES:
        for _ in range(n):
            neg.append(fn())
    R.shuffle(pos)
    R.shuffle(neg)
    cases = []
    for i, c in enumerate(pos, 1):
        c["id"] = f"{PREFIX}-pos-{i:03d}"
        cases.append(c)
    for i, c in enumerate(neg, 1):
        c["id"] = f"{PREFIX}-neg-{i:03d}"
        cases.append(c)
    return cases


def dump(cases):
    lines = []
    for c in cases:
        obj = {"id": c["id"], "kind": c["kind"], "turns": c["turns"], "spans": c["spans"], "note": c["note"]}
        lines.append(json.dumps(obj, ensure_ascii=False))
    return "\n".join(lines) + "\n"


def counts(cases):
    tc = Counter()
    for c in cases:
        for s in c["spans"]:
            tc[s["type"]] += 1
    return tc


def readme(cases):
    tc = counts(cases)
    npos = sum(c["kind"] == "positive" for c in cases)
    nneg = len(cases) - npos
    rows = "\n".join(f"| {t} | {tc[t]} |" for t in TYPES)
    return f"""# PII hold-out set 37

**Never use this set for tuning.** It is a held-out evaluation set; do not look at
individual failures and adjust the redactor to them.

## Who wrote it and how

Written by an AI helper acting as an independent author. The author did not see the
redaction code, its tests, its docs, the benchmark script, or any other PII fixture
(only a three-line example of the JSONL format). Every case is produced by
`scripts/make_pii_holdout37.py` from template functions; turns are assembled from plain
text segments and labelled (value, TYPE) segments so offsets are computed, never typed.
All values come from one `random.Random({SEED})`; the output is byte-for-byte
reproducible. `python scripts/make_pii_holdout37.py --check` regenerates the file,
compares it byte for byte, checks ids, offsets, word boundaries and overlaps, and
validates every labelled value after normalising spoken forms (Luhn for cards, mod-97 for
IBANs, NI number format, 9 digits for SSNs, 6 for sort codes, digit counts for CVV,
phone and account numbers, UK postcode / US ZIP shapes).

Emphasis: CARD_NUMBER, NI_NUMBER and SSN in every realistic form: typed with odd
separators (dots, slashes, " - ", groups of 2/3/5), spoken digit by digit with
"oh"/"o"/"nought"/"zero", "double"/"triple", pairs ("forty one"), hundreds
("four hundred and twelve", "one twenty three"), ASR homophones ("for", "to", "ate",
"won"; letters "jay", "kay", "see", "bee", "tea", "double you"), phonetic letters
("b for bravo", "c for charlie", "d for dog"), split across turns with agent
back-channels, interrupted by chit-chat, self-corrected, and read back by the agent.

## Annotation conventions

* A span covers the value only: not the lead-in ("it's", "my card is") and not
  trailing words. Filler words *inside* a reading ("um") are inside the span.
* Values split over several turns get one span per piece, all with the same type.
* Chit-chat that interrupts a value mid-reading ("hang on the dog's barking") is not in
  a span; the two pieces are separate spans.
* Agent read-backs of a value are labelled like the customer's.
* Self-corrections: the abandoned digits/letter are labelled as their own span of the
  same type (they are part of the person's number); the correction words ("no sorry")
  are not.
* ADDRESS = flat number (if any) + house number + street name + street type; town,
  state and postcode are not part of it (postcode/ZIP is its own POSTCODE span).
* DOB = the date expression only; EXPIRY = month and year; CVV = the digits.
* PHONE includes a leading "+", "plus four four" or "double oh" country prefix.
* Negatives contain lookalikes only (amounts, times, dates that are not birth dates,
  reference/order/claim numbers with their reference word, flight/room/model numbers,
  meter readings, speeds, ages, temperatures, percentages); nothing in them may be
  redacted.

## Counts

Positive cases: {npos}. Negative cases: {nneg}.

| type | spans |
|---|---|
{rows}
"""


def check(cases, text_on_disk, readme_on_disk):
    problems = []
    if dump(cases) != text_on_disk:
        problems.append("cases.jsonl differs from regenerated output")
    if readme(cases) != readme_on_disk:
        problems.append("README.md differs from regenerated output")
    ids = [c["id"] for c in cases]
    if len(ids) != len(set(ids)):
        problems.append("duplicate ids")
    for c in cases:
        cid = c["id"]
        if c["kind"] == "negative" and c["spans"]:
            problems.append(f"{cid}: negative with spans")
        if c["kind"] == "positive" and not c["spans"]:
            problems.append(f"{cid}: positive without spans")
        by_turn = {}
        for s in c["spans"]:
            if s["type"] not in TYPES:
                problems.append(f"{cid}: bad type {s['type']}")
            if not (0 <= s["turn"] < len(c["turns"])):
                problems.append(f"{cid}: turn out of range")
                continue
            t = c["turns"][s["turn"]]["text"]
            st, en = s["start"], s["end"]
            if not (0 <= st < en <= len(t)):
                problems.append(f"{cid}: offsets out of range")
                continue
            if st > 0 and t[st - 1].isalnum() or en < len(t) and t[en].isalnum():
                problems.append(f"{cid}: span not on word boundary: {t[max(0, st-3):en+3]!r}")
            if t[st].isspace() or t[en - 1].isspace():
                problems.append(f"{cid}: span has edge whitespace")
            by_turn.setdefault(s["turn"], []).append((st, en))
        for tr, lst in by_turn.items():
            lst.sort()
            for (a, b), (c2, d) in zip(lst, lst[1:]):
                if c2 < b:
                    problems.append(f"{cid}: overlapping spans in turn {tr}")
        for g, info in c["_groups"].items():
            if not validate(info["type"], info["texts"], info["mode"]):
                problems.append(f"{cid}: {info['type']} value fails validation: {info['texts']!r}")
        if c["kind"] == "positive":
            for tt in c["turns"]:
                if not tt["text"].strip():
                    problems.append(f"{cid}: empty turn")
    tc = counts(cases)
    npos = sum(c["kind"] == "positive" for c in cases)
    nneg = len(cases) - npos
    if npos < 170:
        problems.append(f"only {npos} positives")
    if nneg < 100:
        problems.append(f"only {nneg} negatives")
    for t in TYPES:
        need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
        if tc[t] < need:
            problems.append(f"{t}: only {tc[t]} spans (need {need})")
    return problems, tc, npos, nneg


def main():
    cases = generate()
    if "--check" in sys.argv[1:]:
        disk = CASES.read_text(encoding="utf-8") if CASES.exists() else ""
        rd = README.read_text(encoding="utf-8") if README.exists() else ""
        problems, tc, npos, nneg = check(cases, disk, rd)
        print(f"cases: {len(cases)} (positive {npos}, negative {nneg})")
        for t in TYPES:
            print(f"  {t:13s} {tc[t]}")
        if problems:
            print(f"FAIL: {len(problems)} problem(s)")
            for p in problems[:200]:
                print("  " + p)
            sys.exit(1)
        print("OK: file reproducible, ids unique, offsets valid, all values validate")
        return
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    CASES.write_text(dump(cases), encoding="utf-8")
    README.write_text(readme(cases), encoding="utf-8")
    print(f"wrote {CASES} ({len(cases)} cases) and {README}")


if __name__ == "__main__":
    main()

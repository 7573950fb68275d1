#!/usr/bin/env python3
"""Generate the pii_holdout530 held-out PII evaluation set.

Standard library only; one RNG: random.Random(530241125).
Usage:
    python scripts/make_pii_holdout530.py           # (re)write cases.jsonl
    python scripts/make_pii_holdout530.py --check   # regenerate + verify
"""
import json
import os
import re
import sys
import random

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "fixtures", "pii_holdout530", "cases.jsonl")
R = random.Random(530241125)

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

# --------------------------------------------------------------------------
# vocabulary
UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy",
        8: "eighty", 9: "ninety"}
ZERO_WORDS = ["oh", "o", "nought", "zero", "oh"]
HOMO = {"2": ["to", "too"], "4": ["for"], "1": ["won"], "8": ["ate"], "3": ["tree"]}
FILLERS = ["um", "uh", "er", "erm", "umm"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
MON3 = [m[:3] for m in MONTHS]
ORD = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
       "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
       "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"]
NATO = ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india",
        "juliet", "kilo", "lima", "mike", "november", "oscar", "papa", "quebec", "romeo",
        "sierra", "tango", "uniform", "victor", "whiskey", "xray", "yankee", "zulu"]
FOLK = {"a": "apple", "b": "bob", "c": "charlie", "d": "david", "e": "edward", "g": "george",
        "h": "harry", "j": "john", "k": "king", "l": "london", "m": "mother", "n": "nancy",
        "p": "peter", "r": "robert", "s": "sugar", "t": "tommy", "w": "william",
        "x": "xray", "y": "yellow", "z": "zebra"}
SPELLWORDS = {w: w[0] for w in NATO}
SPELLWORDS.update({w: k for k, w in FOLK.items()})
LETTER_NAMES = {"a": ["ay", "eh"], "b": ["bee", "be"], "c": ["see", "sea"], "d": ["dee"],
                "e": ["ee"], "g": ["gee"], "h": ["aitch", "haitch"], "j": ["jay"],
                "k": ["kay"], "l": ["el", "elle"], "m": ["em"], "n": ["en", "and"],
                "p": ["pee", "pea"], "r": ["are", "ar"], "s": ["ess", "es"],
                "t": ["tee", "tea"], "w": ["double you"], "x": ["ex"], "y": ["why"],
                "z": ["zed", "zee"]}
NAME2LETTER = {}
for _k, _vs in LETTER_NAMES.items():
    for _v in _vs:
        if " " not in _v:
            NAME2LETTER[_v] = _k

# --------------------------------------------------------------------------
# spoken-number normaliser (inverse of the readers below)
UNIT_MAP = {w: str(i) for i, w in enumerate(UNITS)}
UNIT_MAP.update({"oh": "0", "o": "0", "nought": "0", "to": "2", "too": "2", "for": "4",
                 "won": "1", "ate": "8", "tree": "3"})
TEEN_MAP = {w: str(10 + i) for i, w in enumerate(TEENS)}
TENS_MAP = {w: k for k, w in TENS.items()}
SPLIT_FIX = {"fif teen": "fifteen", "six teen": "sixteen", "nine teen": "nineteen",
             "for ty": "forty", "six ty": "sixty", "eigh ty": "eighty", "twen ty": "twenty",
             "seven ty": "seventy", "thir teen": "thirteen"}
RUNON_VOCAB = UNITS + ["oh", "nought"] + TEENS + list(TENS.values()) + ["double", "triple"]
SKIP = set(FILLERS) | {"plus", "dash", "hyphen", "space", "ah", "hmm"}


def runon_split(tok):
    """Split a run-together ASR token ("fivesix") into known number words."""
    best = {0: []}
    for i in range(len(tok)):
        if i not in best:
            continue
        for w in RUNON_VOCAB:
            if tok.startswith(w, i) and i + len(w) not in best:
                best[i + len(w)] = best[i] + [w]
    return best.get(len(tok))


def tokenize(text, keep=""):
    t = text.lower()
    for k, v in SPLIT_FIX.items():
        t = re.sub(r"\b%s\b" % k, v, t)
    t = t.replace("double you", "doubleyou")
    pat = r"[a-z]+|\d+" + ("|[" + re.escape(keep) + "]" if keep else "")
    out = []
    for tok in re.findall(pat, t):
        if tok.isalpha() and tok not in UNIT_MAP and tok not in TEEN_MAP and tok not in TENS_MAP \
                and tok not in SKIP and tok not in ("double", "triple", "hundred", "and"):
            sp = runon_split(tok)
            if sp and len(sp) > 1:
                out.extend(sp)
                continue
        out.append(tok)
    return out


def _num_at(toks, i):
    """Parse one number expression starting at toks[i]. Return (digits, next_i) or None."""
    t = toks[i]
    n = len(toks)
    nxt = toks[i + 1] if i + 1 < n else None
    if t.isdigit():
        return t, i + 1
    if t in ("double", "triple") and nxt in UNIT_MAP:
        return UNIT_MAP[nxt] * (2 if t == "double" else 3), i + 2
    if t in UNIT_MAP:
        if nxt == "hundred" and UNIT_MAP[t] != "0":
            h = int(UNIT_MAP[t]) * 100
            j = i + 2
            if j < n and toks[j] == "and":
                j += 1
            if j < n and toks[j] in TEEN_MAP:
                return str(h + int(TEEN_MAP[toks[j]])), j + 1
            if j < n and toks[j] in TENS_MAP:
                v = TENS_MAP[toks[j]] * 10
                if j + 1 < n and toks[j + 1] in UNIT_MAP and UNIT_MAP[toks[j + 1]] != "0":
                    return str(h + v + int(UNIT_MAP[toks[j + 1]])), j + 2
                return str(h + v), j + 1
            if j < n and toks[j] in UNIT_MAP and UNIT_MAP[toks[j]] != "0":
                return str(h + int(UNIT_MAP[toks[j]])), j + 1
            return str(h), j
        return UNIT_MAP[t], i + 1
    if t in TEEN_MAP:
        return TEEN_MAP[t], i + 1
    if t in TENS_MAP:
        if nxt in UNIT_MAP and UNIT_MAP[nxt] != "0":
            return str(TENS_MAP[t]) + UNIT_MAP[nxt], i + 2
        return str(TENS_MAP[t]) + "0", i + 1
    return None


def norm_digits(text):
    toks = tokenize(text)
    out, i = [], 0
    while i < len(toks):
        t = toks[i]
        if t in SKIP:
            i += 1
            continue
        r = _num_at(toks, i)
        if r is None:
            raise ValueError("unknown token %r in %r" % (t, text))
        out.append(r[0])
        i = r[1]
    return "".join(out)


def _letter_at(toks, i):
    t = toks[i]
    n = len(toks)
    if t == "doubleyou":
        return "W", i + 1
    single = t if (len(t) == 1 and t.isalpha() and t != "o") else NAME2LETTER.get(t)
    if single and i + 2 < n and toks[i + 1] in ("for", "as"):
        j = i + 2
        if toks[j] == "in" and j + 1 < n:
            j += 1
        if toks[j] in SPELLWORDS:
            return single.upper(), j + 1
    if t in SPELLWORDS and t not in UNIT_MAP:
        return SPELLWORDS[t].upper(), i + 1
    return None


def norm_alnum(text):
    if re.search(r"[a-z]\d|\d[a-z]", text, re.I):  # typed form, e.g. "SW1A 1AA"
        return re.sub(r"[^A-Za-z0-9]", "", text).upper()
    toks = tokenize(text)
    out, i = [], 0
    while i < len(toks):
        t = toks[i]
        if t in SKIP:
            i += 1
            continue
        r = _letter_at(toks, i)
        if r is None:
            r = _num_at(toks, i)
        if r is None:
            if t in NAME2LETTER:
                r = (NAME2LETTER[t].upper(), i + 1)
            elif t.isalpha():
                r = (t.upper(), i + 1)
            else:
                raise ValueError("unknown token %r in %r" % (t, text))
        out.append(r[0])
        i = r[1]
    return "".join(out)


def norm_email(text):
    toks = tokenize(text, keep="@._-")
    out, i = [], 0
    sym = {"dot": ".", ".": ".", "at": "@", "@": "@", "underscore": "_", "_": "_",
           "dash": "-", "hyphen": "-", "-": "-"}
    while i < len(toks):
        t = toks[i]
        if t in FILLERS:
            i += 1
            continue
        if t in sym:
            out.append(sym[t])
            i += 1
            continue
        r = _letter_at(toks, i) if len(t) == 1 else None
        if r:
            out.append(r[0].lower())
            i = r[1]
            continue
        if t in TEEN_MAP or t in TENS_MAP or t.isdigit() or \
                (t in UNIT_MAP and t not in ("o", "oh", "to", "too", "for")):
            r = _num_at(toks, i)
            out.append(r[0])
            i = r[1]
            continue
        out.append(t)
        i += 1
    return "".join(out)


ORD_MAP = {w: i + 1 for i, w in enumerate(ORD)}
ORD_MAP.update({"thirtieth": 30})
UNIT_ORD = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
            "seventh": 7, "eighth": 8, "ninth": 9}


def date_items(text):
    """Return (month_from_name, ordinals list, digit string) from a date expression."""
    toks = tokenize(text)
    month, ords, digits = None, [], []
    i = 0
    while i < len(toks):
        t = toks[i]
        if t in SKIP or t in ("the", "of", "and", "th", "st", "nd", "rd"):
            i += 1
            continue
        if t in MONTHS or t in MON3 or t == "sept":
            month = (MONTHS.index(t) + 1) if t in MONTHS else (MON3.index(t[:3]) + 1)
            i += 1
            continue
        if t in TENS_MAP and i + 1 < len(toks) and toks[i + 1] in UNIT_ORD:
            ords.append(TENS_MAP[t] * 10 + UNIT_ORD[toks[i + 1]])
            i += 2
            continue
        if t in ORD_MAP:
            ords.append(ORD_MAP[t])
            i += 2 if False else 1
            continue
        if t.isdigit() and i + 1 < len(toks) and toks[i + 1] in ("th", "st", "nd", "rd"):
            ords.append(int(t))
            i += 2
            continue
        if t == "two" and i + 1 < len(toks) and toks[i + 1] == "thousand":
            j = i + 2
            if j < len(toks) and toks[j] == "and":
                j += 1
            r2 = _num_at(toks, j) if j < len(toks) else None
            digits.append("20" + (r2[0].zfill(2) if r2 else "00"))
            i = r2[1] if r2 else j
            continue
        r = _num_at(toks, i)
        if r is None:
            raise ValueError("unknown date token %r in %r" % (t, text))
        digits.append(r[0])
        i = r[1]
    return month, ords, "".join(digits)


def date_matches(text, y, m, d=None):
    month, ords, ds = date_items(text)
    yy = "%02d" % (y % 100)
    yfull = str(y)
    if d is None:  # expiry
        if month:
            return month == m and ds in (yy, yfull)
        return ds in ("%02d%s" % (m, yy), "%d%s" % (m, yy), "%02d%s" % (m, yfull))
    if month:
        if month != m:
            return False
        if ords:
            return ords[0] == d and ds in (yy, yfull)
        return ds in ("%d%s" % (d, yy), "%02d%s" % (d, yy), "%d%s" % (d, yfull),
                      "%02d%s" % (d, yfull), "%s%d" % (yfull, d), "%s%02d" % (yfull, d))
    if len(ords) >= 2:
        return ords[0] == d and ords[1] == m and ds in (yy, yfull)
    if len(ords) == 1:
        return ords[0] == d and ds in ("%02d%s" % (m, yy), "%d%s" % (m, yy),
                                       "%02d%s" % (m, yfull), "%d%s" % (m, yfull))
    cands = set()
    for dd in ("%02d" % d, "%d" % d):
        for mm in ("%02d" % m, "%d" % m):
            for yr in (yy, yfull):
                cands.update({dd + mm + yr, mm + dd + yr, yr + mm + dd})
    return ds in cands


# --------------------------------------------------------------------------
# validators
def luhn_ok(s):
    tot = 0
    for i, ch in enumerate(reversed(s)):
        v = int(ch)
        if i % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        tot += v
    return tot % 10 == 0


def luhn_complete(prefix_and_body):
    for c in "0123456789":
        if luhn_ok(prefix_and_body + c):
            return prefix_and_body + c


IBAN_LEN = {"GB": 22, "IE": 22, "DE": 22, "FR": 27, "ES": 24, "NL": 18, "IT": 27, "BE": 16}


def iban_mod(s):
    s = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in s)
    return int(num) % 97


def iban_ok(s):
    return bool(re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s)) and IBAN_LEN.get(s[:2]) == len(s) \
        and iban_mod(s) == 1


NI_RE = re.compile(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]")
UKPC_RE = re.compile(r"[A-Z]{1,2}\d[A-Z\d]?\d[ABD-HJLNP-UW-Z]{2}")
ZIP_RE = re.compile(r"\d{5}(\d{4})?")
STREET_WORDS = ["street", "road", "avenue", "lane", "close", "drive", "way", "crescent",
                "terrace", "gardens", "place", "court", "boulevard", "st", "rd", "ave", "ln",
                "blvd", "grove", "row", "park", "hill", "square", "mews"]


def ssn_ok(s):
    return len(s) == 9 and s[:3] not in ("000", "666") and s[0] != "9" and s[3:5] != "00" \
        and s[5:] != "0000"


def validate(typ, text, canon, partial):
    """Validate one labelled value (text = concatenation of its parts)."""
    if typ in ("CARD_NUMBER", "CVV", "SSN", "BANK_ACCOUNT", "SORT_CODE", "PHONE"):
        d = norm_digits(text)
        if not d.isdigit():
            return "non-digit"
        if partial:
            return None if (d in canon or canon.endswith(d)) else "partial %s not in %s" % (d, canon)
        if d != canon:
            return "normalised %s != %s" % (d, canon)
        if typ == "CARD_NUMBER" and not (13 <= len(d) <= 19 and luhn_ok(d)):
            return "bad card"
        if typ == "CVV" and len(d) not in (3, 4):
            return "bad cvv"
        if typ == "SSN" and not ssn_ok(d):
            return "bad ssn"
        if typ == "SORT_CODE" and len(d) != 6:
            return "bad sort code"
        if typ == "BANK_ACCOUNT" and not 6 <= len(d) <= 12:
            return "bad account"
        if typ == "PHONE" and not 10 <= len(d) <= 15:
            return "bad phone"
        return None
    if typ in ("NI_NUMBER", "IBAN", "POSTCODE"):
        a = norm_alnum(text)
        if partial:
            return None if a in canon else "partial %s not in %s" % (a, canon)
        if a != canon:
            return "normalised %s != %s" % (a, canon)
        if typ == "NI_NUMBER" and not NI_RE.fullmatch(a):
            return "bad NI"
        if typ == "IBAN" and not iban_ok(a):
            return "bad IBAN"
        if typ == "POSTCODE" and not (UKPC_RE.fullmatch(a) or ZIP_RE.fullmatch(a)):
            return "bad postcode"
        return None
    if typ == "EMAIL":
        e = norm_email(text)
        if e != canon.lower() or not re.fullmatch(r"[a-z0-9._-]+@[a-z0-9-]+(\.[a-z]+)+", e):
            return "bad email %s vs %s" % (e, canon)
        return None
    if typ in ("DOB", "EXPIRY"):
        y, m, d = canon
        return None if date_matches(text, y, m, d) else "date mismatch"
    if typ == "ADDRESS":
        low = text.lower()
        words = re.findall(r"[a-z]+|\d+", low)
        if not words or words[-1] not in STREET_WORDS:
            return "address must end with street word"
        first = words[0]
        if not (first.isdigit() or first in UNIT_MAP or first in TEEN_MAP or first in TENS_MAP
                or first in ("flat", "apartment", "apt", "unit", "number")):
            return "address must start with number/flat"
        return None
    return "unknown type"


# --------------------------------------------------------------------------
# readers (value -> how people say/type it)
def ch(xs):
    return R.choice(xs)


def p(x):
    return R.random() < x


def zero_word():
    return ch(ZERO_WORDS)


def unit_word(dg, homo=0.12):
    if dg == "0":
        return zero_word()
    if dg in HOMO and p(homo):
        return ch(HOMO[dg])
    return UNITS[int(dg)]


def say_single(s, homo=0.12, runon=0.1, allow_double=True):
    words = []
    i = 0
    while i < len(s):
        run = 1
        while i + run < len(s) and s[i + run] == s[i]:
            run += 1
        if allow_double and run >= 3 and p(0.6):
            words.append("triple " + unit_word(s[i], 0))
            i += 3
            continue
        if allow_double and run >= 2 and p(0.6):
            words.append("double " + unit_word(s[i], 0))
            i += 2
            continue
        words.append(unit_word(s[i], homo))
        i += 1
    out = words[0]
    for w in words[1:]:
        prev = out.split(" ")[-1]
        if p(runon) and prev in UNITS and w in UNITS and prev != "o":
            out += w
        else:
            out += " " + w
    return out


def say_pair(ab):
    a, b = ab[0], ab[1]
    if a == "0":
        if b == "0":
            return ch(["double oh", "oh oh", "zero zero"])
        return zero_word() + " " + unit_word(b, 0.1)
    if b == "0" and a != "1":
        return unit_word(a, 0.05) + " " + zero_word()
    if a == "1":
        t = TEENS[int(b)]
        if t in SPLIT_FIX.values() and p(0.15):
            t = [k for k, v in SPLIT_FIX.items() if v == t][0]
        return t
    t = TENS[int(a)]
    if p(0.08):
        t = [k for k, v in SPLIT_FIX.items() if v == t] or [t]
        t = t[0]
    return t + " " + unit_word(b, 0.05)


def say_group(s, style=None):
    """Read one digit group."""
    style = style or ch(["single", "single", "single", "pairs", "mixed", "hundreds"])
    if style == "hundreds" and len(s) == 3 and s[0] != "0" and s[2] != "0":
        rest = s[1:]
        tail = UNITS[int(s[2])] if s[1] == "0" else say_pair(rest)
        return "%s hundred %s%s" % (UNITS[int(s[0])], ch(["and ", "and ", ""]), tail)
    if style == "hundreds" and len(s) == 4 and s[0] != "0" and s[1] != "0" and s[2] != "0" \
            and s[3] != "0" and p(0.5):
        return say_pair(s[:2]) + " " + say_pair(s[2:])
    if style in ("pairs", "hundreds"):
        parts = []
        start = 0
        if len(s) % 2:
            parts.append(unit_word(s[0]))
            start = 1
        for k in range(start, len(s), 2):
            parts.append(say_pair(s[k:k + 2]))
        return " ".join(parts)
    if style == "mixed" and len(s) > 1:
        k = R.randint(1, max(1, len(s) - 1))
        return s[:k] + " " + say_single(s[k:], runon=0)
    return say_single(s)


def chunk(s, sizes):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return [c for c in out if c]


def say_digits(s, sizes, fill=0.25, style=None):
    groups = chunk(s, sizes)
    out = say_group(groups[0], style)
    for g in groups[1:]:
        sep = " "
        if p(fill):
            sep = ch([" um ", " uh ", ", er, ", " erm ", " um, ", "... "])
        elif p(0.3):
            sep = ", "
        out += sep + say_group(g, style)
    return out


def type_digits(s, sizes, sep=None):
    sep = sep if sep is not None else ch([" ", " ", "-", "", ".", "  "])
    return sep.join(chunk(s, sizes))


def say_letter(c, asr=True):
    c = c.lower()
    r = R.random()
    if r < 0.3:
        return c
    if r < 0.55 and c in LETTER_NAMES:
        return ch(LETTER_NAMES[c])
    if r < 0.8:
        w = ch(NATO) if False else ([n for n in NATO if n[0] == c] or [c])[0]
        return "%s %s %s" % (c, ch(["for", "for", "as in"]), w)
    if c in FOLK:
        return "%s for %s" % (c, FOLK[c])
    return c


# --------------------------------------------------------------------------
# value generators
def gen_card():
    kind = ch(["visa", "visa", "mc", "mc", "amex", "disc", "visa13", "maestro19"])
    if kind == "visa":
        body, n, sizes = "4" + "".join(ch("0123456789") for _ in range(14)), 16, [4, 4, 4, 4]
    elif kind == "mc":
        body, n, sizes = ch(["51", "52", "53", "54", "55", "2221", "2720"]), 16, [4, 4, 4, 4]
        body += "".join(ch("0123456789") for _ in range(15 - len(body)))
    elif kind == "amex":
        body, n, sizes = ch(["34", "37"]), 15, [4, 6, 5]
        body += "".join(ch("0123456789") for _ in range(14 - len(body)))
    elif kind == "disc":
        body, n, sizes = "6011", 16, [4, 4, 4, 4]
        body += "".join(ch("0123456789") for _ in range(11))
    elif kind == "visa13":
        body, n, sizes = "4" + "".join(ch("0123456789") for _ in range(11)), 13, [4, 3, 3, 3]
    else:
        body, n, sizes = ch(["6759", "5018", "6304"]), 19, [4, 4, 4, 4, 3]
        body += "".join(ch("0123456789") for _ in range(14))
    num = luhn_complete(body)
    if R.random() < 0.35:  # make repeats likely for double/triple readings
        pos = R.randint(4, len(num) - 4)
        num = num[:pos] + num[pos - 1] * 2 + num[pos + 2:]
        num = luhn_complete(num[:-1])
    assert luhn_ok(num) and len(num) == n
    return num, sizes


def gen_ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


NI_L1 = "ABCEGHJKLMNPRSTWXYZ"
NI_L2 = "ABCEGHJKLMNPRSTWXYZ"


def gen_ni():
    while True:
        pre = ch(NI_L1) + ch(NI_L2)
        if pre not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return pre + "".join(ch("0123456789") for _ in range(6)) + ch("ABCD")


def gen_iban():
    cc = ch(["GB", "GB", "IE", "DE", "FR", "ES", "NL", "IT", "BE"])
    dg = lambda k: "".join(ch("0123456789") for _ in range(k))
    if cc in ("GB", "IE"):
        bban = ch(["WEST", "NWBK", "BARC", "AIBK", "BOFI", "LOYD", "HBUK", "MIDL"]) + dg(14)
    elif cc == "NL":
        bban = ch(["ABNA", "INGB", "RABO"]) + dg(10)
    elif cc in ("FR", "IT"):
        bban = dg(23) if cc == "FR" else "X" + dg(22)
    elif cc == "ES":
        bban = dg(20)
    elif cc == "BE":
        bban = dg(12)
    else:
        bban = dg(18)
    chk = 98 - iban_mod(cc + "00" + bban)
    ib = "%s%02d%s" % (cc, chk, bban)
    assert iban_ok(ib), ib
    return ib


UK_AREAS = ["SW", "SE", "E", "N", "W", "M", "B", "LS", "EH", "G", "CF", "BS", "NG", "L",
            "KT", "RG", "OX", "CB", "BT", "NE", "HP", "GU", "PL", "EX", "YO", "S", "TW"]
INWARD = "ABDEFGHJLNPQRSTUWXYZ"


def gen_ukpc():
    a = ch(UK_AREAS)
    d = str(R.randint(1, 29))
    if len(a) == 1 and p(0.2):
        d = str(R.randint(1, 9)) + ch("ABEHJKMNPRW")
    return a + d + str(R.randint(0, 9)) + ch(INWARD) + ch(INWARD)


def gen_zip():
    z = "%05d" % R.randint(1001, 99950)
    if p(0.25):
        z += "%04d" % R.randint(1, 9999)
    return z


def gen_phone():
    """Return (spoken-or-typed-agnostic digit string, display pieces, intl?)."""
    k = ch(["ukmob", "ukmob", "ukland", "us", "us", "ie", "fr", "de", "ukintl", "usintl", "ieintl"])
    dg = lambda n: "".join(ch("0123456789") for _ in range(n))
    if k == "ukmob":
        return "07" + dg(9), [5, 6], ""
    if k == "ukland":
        return ch(["020", "0161", "0113", "0131", "0121"]) + dg(7), [4, 3, 4], ""
    if k == "us":
        return str(R.randint(2, 9)) + dg(2) + "555" + dg(4), [3, 3, 4], ""
    if k == "ie":
        return "08" + ch("35679") + dg(7), [3, 3, 4], ""
    if k == "fr":
        return "33" + ch("67") + dg(8), [2, 1, 2, 2, 2, 2], "+"
    if k == "de":
        return "49" + "15" + dg(9), [2, 4, 7], "+"
    if k == "ukintl":
        return "447" + dg(9), [2, 4, 6], "+"
    if k == "usintl":
        return "1" + str(R.randint(2, 9)) + dg(2) + "555" + dg(4), [1, 3, 3, 4], "+"
    return "353" + "8" + ch("3567") + dg(7), [3, 2, 3, 4], "+"


FIRST = ["jane", "john", "priya", "liam", "aoife", "sean", "maria", "tom", "chloe", "marek",
         "fatima", "deepak", "sinead", "gareth", "rosa", "kwame", "hannah", "oisin", "lucy", "raj"]
LAST = ["doe", "smith", "patel", "murphy", "kowalski", "okafor", "byrne", "jones", "garcia",
        "nguyen", "walsh", "evans", "khan", "brennan", "dubois", "muller", "reilly", "hughes"]
DOMAINS = [("gmail", "com"), ("hotmail", "co.uk"), ("yahoo", "com"), ("outlook", "com"),
           ("eircom", "net"), ("btinternet", "com"), ("icloud", "com"), ("gmx", "de"),
           ("orange", "fr"), ("protonmail", "com"), ("live", "ie"), ("aol", "com")]
STREETS = ["acacia avenue", "rose street", "church road", "mill lane", "station road",
           "high street", "kings crescent", "elm grove", "park drive", "victoria terrace",
           "oak close", "maple way", "harbour view road", "willow gardens", "st marys place",
           "main street", "lincoln boulevard", "sunset drive", "canal row", "abbey mews"]
UK_TOWNS = ["leeds", "cardiff", "manchester", "bristol", "glasgow", "belfast", "york", "reading"]
US_TOWNS = ["boston", "austin", "denver", "portland", "phoenix", "columbus", "tampa"]
TOWNS = ["leeds", "cardiff", "dublin", "galway", "manchester", "bristol", "glasgow", "cork",
         "boston", "austin", "denver", "belfast", "york", "reading", "portland", "phoenix"]


def gen_email():
    f, l = ch(FIRST), ch(LAST)
    dom, tld = ch(DOMAINS)
    style = ch(["f.l", "fl", "f_l", "fl##", "f.l##", "i.l", "l-f"])
    num = str(R.randint(11, 99)) if "#" in style else ""
    if num.endswith("0"):
        num = num[0] + "7"
    local = {"f.l": f + "." + l, "fl": f + l, "f_l": f + "_" + l, "fl##": f + l + num,
             "f.l##": f + "." + l + num, "i.l": f[0] + "." + l, "l-f": l + "-" + f}[style]
    return local + "@" + dom + "." + tld, (f, l, num, style, dom, tld)


def say_email(parts):
    f, l, num, style, dom, tld = parts

    def nm(w):
        if p(0.25):
            sp = " ".join(w)
            return sp
        if p(0.15):
            return w + ", " + " ".join(say_letter(c) if c in FOLK and p(0.5) else c for c in w)[:0] + w[:0] if False else w
        return w
    sep = {"f.l": " dot ", "fl": " ", "f_l": " underscore ", "fl##": " ", "f.l##": " dot ",
           "i.l": " dot ", "l-f": ch([" dash ", " hyphen "])}[style]
    if style == "i.l":
        loc = say_letter(f[0]) + sep + nm(l)
    elif style == "l-f":
        loc = nm(l) + sep + nm(f)
    else:
        loc = nm(f) + sep + nm(l)
    if num:
        loc += " " + say_group(num, ch(["pairs", "single"]))
    tl = " dot ".join(tld.split("."))
    return loc + ch([" at ", " at ", " um at "]) + dom + " dot " + tl


def type_email(e):
    if p(0.3):
        loc, dom = e.split("@")
        return ".".join(x.capitalize() for x in loc.split(".")) + "@" + dom.capitalize()
    if p(0.15):
        return e.upper()
    return e


def say_year(y, short_ok=True):
    if short_ok and p(0.4):
        return say_pair("%02d" % (y % 100))
    if y >= 2000:
        return ch(["two thousand and ", "twenty "]) + (UNITS[y % 100] if y % 100 < 10 else say_pair("%02d" % (y % 100))) \
            if (y % 100) >= 10 else "two thousand and " + UNITS[y % 100]
    return say_pair(str(y)[:2]) + " " + say_pair(str(y)[2:])


def ordinal(d):
    if d <= 20:
        return ORD[d - 1]
    if d == 30:
        return "thirtieth"
    return TENS[d // 10] + (" " + list(UNIT_ORD)[d % 10 - 1] if d % 10 else "ieth")


def gen_date(lo, hi):
    return R.randint(lo, hi), R.randint(1, 12), R.randint(1, 28)


def say_dob(y, m, d, asr=True):
    if not asr:
        f = ch(["dmy/", "dmy.", "ymd-", "mdy/", "dMy", "Mdy", "dmy/short"])
        if f == "dmy/":
            return "%02d/%02d/%d" % (d, m, y)
        if f == "dmy.":
            return "%d.%d.%02d" % (d, m, y % 100)
        if f == "ymd-":
            return "%d-%02d-%02d" % (y, m, d)
        if f == "mdy/":
            return "%02d/%02d/%d" % (m, d, y)
        if f == "dMy":
            return "%d%s %s %d" % (d, ch(["th", ""]) if d > 3 else "", ch([MONTHS[m - 1].capitalize(), MON3[m - 1].capitalize()]), y)
        if f == "Mdy":
            return "%s %d, %d" % (MONTHS[m - 1].capitalize(), d, y)
        return "%02d/%02d/%02d" % (d, m, y % 100)
    f = ch(["ord_of_month", "ord_of_month", "month_ord", "ord_of_ord", "digits", "month_the_ord"])
    if f == "ord_of_month":
        return "%s of %s %s" % (ordinal(d), MONTHS[m - 1], say_year(y))
    if f == "month_ord":
        return "%s %s %s" % (MONTHS[m - 1], ordinal(d), say_year(y))
    if f == "month_the_ord":
        return "%s the %s %s" % (MONTHS[m - 1], ordinal(d), say_year(y))
    if f == "ord_of_ord":
        return "%s of the %s %s" % (ordinal(d), ORD[m - 1], say_year(y))
    return say_single("%02d%02d%02d" % (d, m, y % 100), homo=0.05, runon=0.05)


def say_expiry(y, m, asr=True):
    if not asr:
        return ch(["%02d/%02d", "%02d-%02d", "%02d%02d", "%02d / %02d"]) % (m, y % 100) if p(0.8) \
            else "%02d/%d" % (m, y)
    f = ch(["digits", "pairs", "month", "month"])
    if f == "digits":
        return say_single("%02d%02d" % (m, y % 100), homo=0.1, runon=0.05)
    if f == "pairs":
        return ("%s %s" % (zero_word() + " " + UNITS[m], say_pair("%02d" % (y % 100)))) if m < 10 \
            else "%s %s" % (say_pair("%02d" % m), say_pair("%02d" % (y % 100)))
    return "%s %s" % (MONTHS[m - 1], say_year(y))


def say_postcode(pc, asr=True):
    if re.fullmatch(r"\d+", pc):
        if not asr:
            return pc if len(pc) == 5 else pc[:5] + "-" + pc[5:]
        return say_digits(pc, [5, 4], fill=0.1, style=ch(["single", "single", "pairs"]))
    out, inw = pc[:-3], pc[-3:]
    if not asr:
        f = ch(["%s %s", "%s%s", "%s  %s"])
        s = f % (out, inw)
        return s.lower() if p(0.3) else s
    words = []
    for c in out + inw:
        if c.isdigit():
            words.append(unit_word(c, 0.1))
        else:
            words.append(say_letter(c))
    k = len(out)
    return " ".join(words[:k]) + ch([" ", ", ", " um "]) + " ".join(words[k:])


def say_ni(ni, asr=True):
    if not asr:
        f = ch(["plain", "spaced", "pairs", "lower", "dashes"])
        if f == "plain":
            return ni
        if f == "spaced":
            return " ".join(ni)
        if f == "pairs":
            return " ".join([ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8]])
        if f == "lower":
            return ni.lower()
        return ni[:2] + "-" + ni[2:8] + "-" + ni[8]
    let = " ".join(say_letter(c) for c in ni[:2])
    digs = say_digits(ni[2:8], [2, 2, 2], fill=0.2, style=ch(["single", "pairs", "mixed"]))
    return let + ch([" ", ", ", " um "]) + digs + ch([" ", ", ", " and then "[:1]]) + say_letter(ni[8])


def say_iban(ib, asr=True):
    if not asr:
        g = " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))
        return ch([g, ib, g.lower(), ib[:4] + " " + ib[4:]])
    words = []
    i = 0
    out = []
    groups = [ib[i:i + 4] for i in range(0, len(ib), 4)]
    for g in groups:
        if g.isdigit():
            out.append(say_group(g, ch(["single", "pairs", "single"])))
        elif g.isalpha() and len(g) == 4 and p(0.4):
            out.append(g.lower())  # bank code said as a word ("west")
        else:
            out.append(" ".join(say_letter(c) if c.isalpha() else unit_word(c) for c in g))
    return ch([" ", ", "]).join(out)


# --------------------------------------------------------------------------
# case model
class Case:
    def __init__(self, kind, note):
        self.kind, self.note = kind, note
        self.turns = []
        self.groups = {}

    def val(self, typ, canon, partial=False):
        g = len(self.groups) + 1
        self.groups[g] = (typ, canon, partial)
        return g

    def t(self, speaker, *segs):
        self.turns.append((speaker, [s for s in segs if s != ""]))
        return self

    def build(self):
        turns, spans, parts = [], [], {}
        for ti, (spk, segs) in enumerate(self.turns):
            text = ""
            for s in segs:
                if isinstance(s, tuple):
                    g, val = s
                    start = len(text)
                    text += val
                    spans.append({"turn": ti, "start": start, "end": len(text),
                                  "type": self.groups[g][0]})
                    parts.setdefault(g, []).append(val)
                else:
                    text += s
            turns.append({"speaker": spk, "text": text})
        return turns, spans, parts


def V(g, text):
    return (g, text)


# scenario openers ---------------------------------------------------------
INDUSTRY = {
    "banking": ["thanks for calling northgate bank, you're through to {a}", "bank security here, i just need to verify a few details"],
    "telecom": ["you're through to skyline mobile billing", "welcome to fibrenet broadband support"],
    "utilities": ["hello you're through to brightwater energy", "gas and electric accounts, how can i help"],
    "retail": ["hi, this is the online orders team", "thanks for contacting homestore customer care"],
    "insurance": ["claims line, my name is {a}", "hello you've reached harbour insurance renewals"],
    "travel": ["thanks for calling bluewing airways bookings", "hotel reservations, {a} speaking"],
    "healthcare": ["patient billing office, this is {a}", "hi you're through to the clinic accounts team"],
    "government": ["hmrc helpline, you're speaking to {a}", "welcome to the benefits enquiry line",
                   "social security administration, this is {a}", "revenue commissioners, {a} speaking"],
}
AGENTS = ["sam", "priya", "declan", "megan", "tariq", "olivia", "brendan", "keisha", "joe", "niamh"]
BACKCH = ["mhm", "go on", "yep", "okay", "right", "uh huh", "yes", "got that", "mm hm", "carry on"]


def opener(ind=None):
    ind = ind or ch(list(INDUSTRY))
    return ch(INDUSTRY[ind]).format(a=ch(AGENTS)), ind


def distractor():
    return ch(["the bill was %d pounds %d" % (R.randint(20, 400), R.randint(10, 99)),
               "i've been on hold for %d minutes" % R.randint(5, 55),
               "it's order %d by the way" % R.randint(1000000, 9999999),
               "the balance says %s" % ("$%d.%02d" % (R.randint(10, 3000), R.randint(0, 99))),
               "i'm calling about the %s payment" % ch(MONTHS),
               "reference %s%d" % (ch(["ref", "cl", "tk"]), R.randint(100000, 999999))])


# ----------------------------------------------------------------------------
# positive case builders; each returns a Case
def pos_card_typed():
    c = Case("positive", "typed chat: card number with separators/odd grouping, plus expiry/cvv")
    num, sizes = gen_card()
    if p(0.3):
        sizes = ch([[4, 5, 3, 4], [8, 8], [3, 3, 3, 3, 4], [6, 10]])
    g = c.val("CARD_NUMBER", num)
    lab = ch(["card no: ", "Card number - ", "cc# ", "its ", "long number on card ", "CARD: ", "pan "])
    c.t("agent", "Hi, thanks for reaching %s chat. How can I help?" % ch(["Skyline", "Homestore", "Bluewing", "Northgate"]))
    segs = ["%s%s" % (ch(["hi i need to pay my bill. ", "want to update payment method pls. ", "hello, paying the outstanding amount. "]), lab),
            V(g, type_digits(num, sizes))]
    if p(0.7):
        y, m, _ = gen_date(2025, 2031)
        ge = c.val("EXPIRY", (y, m, None))
        segs += [ch([" exp ", " expiry: ", ", expires ", " valid thru "]), V(ge, say_expiry(y, m, asr=False))]
    if p(0.6):
        cv = "".join(ch("0123456789") for _ in range(4 if num[:2] in ("34", "37") else 3))
        gc = c.val("CVV", cv)
        segs += [ch([" cvv ", " CVC: ", " sec code ", ", 3 digits on back "]), V(gc, cv)]
    c.t("customer", *segs)
    c.t("agent", "Thank you, that's gone through. The payment of £%d.%02d will show in 2-3 days." % (R.randint(10, 500), R.randint(0, 99)))
    return c


def pos_card_asr_single():
    c = Case("positive", "ASR: card read in one turn with fillers, homophones, pairs/hundreds")
    num, sizes = gen_card()
    g = c.val("CARD_NUMBER", num)
    op, _ = opener()
    c.t("agent", op + " can i take the long number on the card please")
    c.t("customer", ch(["yeah it's ", "yep so ", "okay um it's ", "right so the numbers are ", "", "sure "]),
        V(g, say_digits(num, sizes)), ch(["", " that's it", " and that's the lot", " yeah"]))
    if p(0.5):
        gr = c.val("CARD_NUMBER", num)
        c.t("agent", ch(["let me read that back ", "so that's ", "i've got "]), V(gr, say_digits(num, sizes, fill=0, style="single")), ch([" correct", " is that right", ""]))
        c.t("customer", ch(["yes", "yep that's right", "correct"]))
    else:
        g4 = c.val("CARD_NUMBER", num, partial=True)
        c.t("agent", "thank you so that's the card ending ", V(g4, say_group(num[-4:], "single")), " and the expiry date")
        y, m, _ = gen_date(2025, 2031)
        ge = c.val("EXPIRY", (y, m, None))
        c.t("customer", ch(["it's ", "um ", "expires "]), V(ge, say_expiry(y, m)))
    return c


def pos_card_split():
    c = Case("positive", "ASR: card split over several customer turns with agent back-channels")
    num, sizes = gen_card()
    groups = chunk(num, sizes)
    op, _ = opener()
    c.t("agent", op + " whenever you're ready with the card number")
    g = c.val("CARD_NUMBER", num)
    i = 0
    while i < len(groups):
        take = ch([1, 1, 2]) if i < len(groups) - 1 else 1
        part = "".join(groups[i:i + take])
        reading = say_digits(part, [len(x) for x in groups[i:i + take]])
        pre = ch(["", "", "okay ", "then ", "next is "]) if i else ch(["", "right it's ", "okay "])
        c.t("customer", pre, V(g, reading))
        i += take
        if i < len(groups):
            c.t("agent", ch(BACKCH))
    if p(0.5):
        gr = c.val("CARD_NUMBER", num)
        c.t("agent", "okay i'll just repeat that ", V(gr, say_digits(num, sizes, fill=0.0)))
        c.t("customer", "that's it yeah")
    if p(0.5):
        cv = "".join(ch("0123456789") for _ in range(4 if num[:2] in ("34", "37") else 3))
        gc = c.val("CVV", cv)
        c.t("agent", "and the three digit security code on the back")
        c.t("customer", ch(["", "it's ", "um "]), V(gc, say_group(cv, ch(["single", "hundreds", "single"]))))
    return c


def pos_card_correction():
    c = Case("positive", "ASR: restarted card reading (abandoned fragment labelled) with aside mid-reading")
    num, sizes = gen_card()
    op, _ = opener()
    c.t("agent", op + " and what's the card number please")
    wrong = num[:4]
    wrong = wrong[:3] + str((int(wrong[3]) + 1) % 10)
    gw = c.val("CARD_NUMBER", wrong, partial=True)
    g = c.val("CARD_NUMBER", num)
    k = R.randint(2, len(chunk(num, sizes)) - 1)
    first = "".join(chunk(num, sizes)[:k])
    rest = num[len(first):]
    aside = ch([", hang on the dog's going mad, ", " sorry my glasses, ", ", sorry can you hold on one sec, right, ",
                " wait is it, yeah ", " hold on i can't see it, okay, "])
    c.t("customer", ch(["it's ", "okay "]), V(gw, say_group(wrong, "single")),
        ch([" no sorry let me start again ", " wait no that's wrong, ", " sorry scrap that, "]),
        V(g, say_digits(first, sizes)), aside, V(g, say_digits(rest, sizes[k:] or [4])))
    c.t("agent", ch(["lovely thank you", "okay got that", "perfect"]))
    return c


def pos_ssn():
    c = Case("positive", "US SSN")
    s = gen_ssn()
    ind = ch(["government", "healthcare", "insurance", "banking"])
    op, _ = opener(ind)
    style = ch(["typed", "asr", "asr", "split", "readback"])
    g = c.val("SSN", s)
    if style == "typed":
        c.note = "typed SSN with label variations"
        c.t("agent", "Please confirm your identity.")
        c.t("customer", ch(["SSN: ", "my ssn is ", "Social: ", "soc sec # ", "ss no. "]),
            V(g, ch(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s-%s %s"]) % (s[:3], s[3:5], s[5:])),
            ch(["", " thanks", ". Need this sorted today"]))
        return c
    c.t("agent", op + " can i get your social security number")
    if style == "split":
        c.note = "ASR: SSN split over turns"
        c.t("customer", ch(["sure ", "okay it's ", "", "um "]), V(g, say_group(s[:3])))
        c.t("agent", ch(BACKCH))
        c.t("customer", V(g, say_group(s[3:5], ch(["single", "pairs"]))))
        c.t("agent", ch(BACKCH))
        c.t("customer", V(g, say_group(s[5:])), ch(["", " that's it"]))
        return c
    c.note = "ASR: SSN in one turn (digits, pairs, homophones)"
    c.t("customer", ch(["yeah it's ", "sure ", "okay so ", "it is "]), V(g, say_digits(s, [3, 2, 4], fill=0.3)))
    if style == "readback":
        c.note = "ASR: SSN with agent read-back"
        gr = c.val("SSN", s)
        c.t("agent", "thank you so i have ", V(gr, say_digits(s, [3, 2, 4], fill=0, style="single")), " is that correct")
        c.t("customer", "yes")
    return c


def pos_ni():
    c = Case("positive", "UK NI number")
    ni = gen_ni()
    op, _ = opener(ch(["government", "government", "banking", "insurance"]))
    style = ch(["typed", "asr", "asr", "split", "readback", "nato"])
    g = c.val("NI_NUMBER", ni)
    if style == "typed":
        c.note = "typed NI number, case/spacing variation"
        c.t("agent", "Can you send your National Insurance number?")
        c.t("customer", ch(["NI no: ", "ni number ", "NINO ", "its ", "national insurance: "]), V(g, say_ni(ni, asr=False)))
        return c
    c.t("agent", op + " and your national insurance number please")
    if style == "split":
        c.note = "ASR: NI split letters/digits/suffix over turns, misheard letter names"
        c.t("customer", ch(["it's ", "okay ", "right "]), V(g, " ".join(say_letter(x) for x in ni[:2])))
        c.t("agent", ch(BACKCH))
        c.t("customer", V(g, say_digits(ni[2:8], [2, 2, 2], style=ch(["pairs", "single"]))))
        c.t("agent", ch(["and the letter at the end", "and the last letter"]))
        c.t("customer", ch(["", "it's ", "um "]), V(g, say_letter(ni[8])))
        return c
    if style == "nato":
        c.note = "ASR: NI read with phonetic spelling"
        rd = " ".join("%s for %s" % (x.lower(), [n for n in NATO if n[0] == x.lower()][0]) for x in ni[:2]) \
            + " " + say_digits(ni[2:8], [2, 2, 2]) + " " + "%s for %s" % (ni[8].lower(), [n for n in NATO if n[0] == ni[8].lower()][0])
        c.t("customer", "yeah it's ", V(g, rd))
        return c
    c.note = "ASR: NI in one turn, letter names possibly misheard"
    c.t("customer", ch(["yeah it's ", "", "um okay ", "it's "]), V(g, say_ni(ni)))
    if style == "readback":
        c.note += ", agent read-back"
        gr = c.val("NI_NUMBER", ni)
        c.t("agent", "so that's ", V(gr, say_ni(ni)), " yeah")
        c.t("customer", "that's right")
    return c


def pos_bank():
    c = Case("positive", "UK sort code + account number")
    sc = "%02d%02d%02d" % (R.randint(1, 99), R.randint(0, 99), R.randint(0, 99))
    acct = "".join(ch("0123456789") for _ in range(8))
    gs, ga = c.val("SORT_CODE", sc), c.val("BANK_ACCOUNT", acct)
    if p(0.35):
        c.note = "typed: sort code and account with labels"
        c.t("agent", "Please provide the account you'd like refunded.")
        c.t("customer", ch(["sort code ", "s/c: ", "Sort-code "]), V(gs, type_digits(sc, [2, 2, 2], ch(["-", "", " "]))),
            ch([" acct no: ", ", a/c ", " account number "]), V(ga, type_digits(acct, ch([[8], [4, 4]]), ch(["", " "]))))
        return c
    op, _ = opener("banking")
    c.note = "ASR: sort code as pairs, account split"
    c.t("agent", op + " what's the sort code")
    c.t("customer", ch(["it's ", "", "um "]), V(gs, say_digits(sc, [2, 2, 2], style=ch(["pairs", "single", "pairs"]))))
    c.t("agent", "and the account number")
    if p(0.5):
        c.t("customer", V(ga, say_digits(acct[:4], [4])))
        c.t("agent", ch(BACKCH))
        c.t("customer", V(ga, say_digits(acct[4:], [4])))
    else:
        c.t("customer", ch(["it's ", "account number's ", ""]), V(ga, say_digits(acct, [4, 4])))
    if p(0.4):
        gr = c.val("BANK_ACCOUNT", acct)
        c.t("agent", "so account ", V(gr, say_digits(acct, [2, 2, 2, 2], fill=0, style="single")))
    return c


def pos_us_bank():
    c = Case("positive", "US checking account number with routing context")
    acct = "".join(ch("0123456789") for _ in range(R.choice([10, 11, 12])))
    ga = c.val("BANK_ACCOUNT", acct)
    c.t("agent", ch(["what's the checking account number", "and the account number for the direct deposit"]))
    c.t("customer", ch(["okay it's ", "yeah ", "um "]), V(ga, say_digits(acct, [3, 3, 4, 2])), ch(["", " that's checking"]))
    return c


def pos_iban():
    c = Case("positive", "IBAN")
    ib = gen_iban()
    g = c.val("IBAN", ib)
    if p(0.45):
        c.note = "typed IBAN"
        c.t("agent", "For the refund we need your IBAN.")
        c.t("customer", ch(["IBAN: ", "iban is ", "Here: ", "my iban "]), V(g, say_iban(ib, asr=False)))
        return c
    c.note = "ASR: IBAN read aloud, bank code possibly as a word"
    c.t("agent", ch(["can you read me the iban", "what's the iban for the refund"]))
    if p(0.5):
        k = 8
        c.t("customer", ch(["okay ", "so "]), V(g, say_iban(ib[:k])))
        c.t("agent", ch(BACKCH))
        c.t("customer", V(g, say_digits(ib[k:], [4] * 6)) if ib[k:].isdigit() else V(g, say_iban(ib[k:])))
    else:
        c.t("customer", ch(["it's ", "okay it's "]), V(g, say_iban(ib)))
    return c


def pos_phone():
    c = Case("positive", "phone number")
    num, sizes, plus = gen_phone()
    g = c.val("PHONE", num)
    if p(0.35):
        c.note = "typed phone number"
        sep = ch([" ", "-", "", "."])
        if plus:
            txt = "+" + type_digits(num, sizes, sep if sep else " ")
        elif num.startswith(("2", "3", "4", "5", "6", "7", "8", "9")) and len(num) == 10 and p(0.5):
            txt = "(%s) %s-%s" % (num[:3], num[3:6], num[6:])
        else:
            txt = type_digits(num, sizes, sep)
        c.t("customer", ch(["pls call me back on ", "Tel: ", "mob ", "contact no. ", "best number is "]), V(g, txt))
        c.t("agent", "Thanks, we'll ring you within 24 hours.")
        return c
    c.note = "ASR: phone number spoken, doubles/triples, country code"
    c.t("agent", ch(["and a contact number", "what's the best number to reach you", "can i take a phone number"]))
    lead = ("plus " + say_group(num[:sizes[0]], "single") + " ") if plus else ""
    rest = num[sizes[0]:] if plus else num
    rsz = sizes[1:] if plus else sizes
    if p(0.3) and not plus:
        half = sum(rsz[:1])
        c.t("customer", ch(["it's ", "um "]), V(g, say_digits(rest[:half], rsz[:1])))
        c.t("agent", ch(BACKCH))
        c.t("customer", V(g, say_digits(rest[half:], rsz[1:])))
    else:
        c.t("customer", ch(["it's ", "yeah ", "mobile's ", ""]), V(g, lead + say_digits(rest, rsz)))
    return c


def pos_email():
    c = Case("positive", "email address")
    e, parts = gen_email()
    g = c.val("EMAIL", e)
    if p(0.35):
        c.note = "typed email, case variation"
        c.t("customer", ch(["email: ", "my email is ", "send it to ", "E-mail - "]), V(g, type_email(e)), ch(["", " thx", " please"]))
        return c
    c.note = "ASR: email spoken with dot/at, spelled letters"
    c.t("agent", ch(["and what email should the receipt go to", "can i confirm your email address"]))
    c.t("customer", ch(["it's ", "yeah it's ", "um "]), V(g, say_email(parts)), ch(["", " all lower case", " all one word"]))
    return c


def pos_dob():
    c = Case("positive", "date of birth")
    y, m, d = gen_date(1938, 2004)
    g = c.val("DOB", (y, m, d))
    if p(0.3):
        c.note = "typed DOB"
        c.t("customer", ch(["DOB ", "d.o.b: ", "born ", "date of birth "]), V(g, say_dob(y, m, d, asr=False)))
        return c
    c.note = "ASR: spoken DOB"
    op, _ = opener()
    c.t("agent", op + " can you confirm your date of birth")
    c.t("customer", ch(["yeah it's the ", "it's ", "um ", "sure "]), V(g, say_dob(y, m, d)))
    return c


def pos_address():
    c = Case("positive", "address + postcode/ZIP (town excluded)")
    st = ch(STREETS)
    num = R.randint(1, 240)
    uk = p(0.6)
    pc = gen_ukpc() if uk else gen_zip()
    ga, gp = c.val("ADDRESS", None), c.val("POSTCODE", pc)
    flat = p(0.3)
    if p(0.4):
        c.note = "typed address line and postcode"
        st_t = " ".join(w.capitalize() for w in st.split())
        if p(0.3):
            st_t = st_t.replace("Street", "St").replace("Road", "Rd").replace("Avenue", "Ave")
        addr = ("Flat %d, " % R.randint(1, 12) if flat else "") + "%d %s" % (num, st_t)
        c.t("customer", ch(["new address is ", "Address: ", "moved to "]), V(ga, addr), ", %s, " % ch(UK_TOWNS if uk else US_TOWNS).capitalize(),
            V(gp, say_postcode(pc, asr=False)))
        return c
    c.note = "ASR: spoken address, postcode letters misheard"
    c.t("agent", ch(["can i take the first line of the address", "what's the address"]))
    nsay = say_group(str(num), ch(["pairs", "hundreds", "single"]))
    addr = ("flat %s, " % UNITS[R.randint(1, 9)] if flat else "") + nsay + " " + st
    c.t("customer", ch(["it's ", "", "um "]), V(ga, addr), " in %s" % ch(UK_TOWNS if uk else US_TOWNS))
    c.t("agent", ch(["and the postcode", "and the zip code", "postcode please"]))
    c.t("customer", ch(["", "it's ", "um "]), V(gp, say_postcode(pc)))
    return c


def pos_mixed():
    """Chat/e-mail style multi-PII message or call with several values."""
    c = Case("positive", "multi-PII message")
    fns = [pos_email, pos_phone, pos_dob, pos_ni, pos_ssn, pos_bank, pos_card_typed]
    a, b = R.sample(fns, 2)
    ca, cb = a(), b()
    off = len(ca.groups)
    c.groups = dict(ca.groups)
    for k, v in cb.groups.items():
        c.groups[k + off] = v
    c.turns = list(ca.turns)
    for spk, segs in cb.turns:
        c.turns.append((spk, [(s[0] + off, s[1]) if isinstance(s, tuple) else s for s in segs]))
    c.note = "combined: " + ca.note + " | " + cb.note
    c.t("agent", ch(["anything else i can help with", "Is there anything else today?"]))
    c.t("customer", distractor())
    return c


# ----------------------------------------------------------------------------
# negatives (nothing labelled)
def long_digits(n):
    return "".join(ch("0123456789") for _ in range(n))


def neg_case():
    c = Case("negative", "")
    k = ch(list(range(22)))
    if k == 0:
        num, sizes = gen_card()
        c.note = "Luhn-valid 16-digit order number read like a card"
        c.t("agent", "can i take your order number")
        c.t("customer", "yeah the order number is ", say_digits(num, sizes))
    elif k == 1:
        c.note = "card last four only"
        c.t("agent", "which card would you like to use")
        c.t("customer", ch(["the one ending ", "card ending in ", "the visa ending "]) + say_group(long_digits(4), ch(["single", "pairs"])))
        c.t("agent", "okay the card ending in " + long_digits(4) + " has been charged £" + str(R.randint(5, 300)))
    elif k == 2:
        c.note = "tracking number, long alphanumeric"
        c.t("customer", "Tracking no: %s%s%s" % (ch(["1Z", "JD", "RM"]), long_digits(16), ch(["GB", "", "US"])))
        c.t("agent", "Thanks, that parcel is due on the %s." % ordinal(R.randint(1, 28)))
    elif k == 3:
        c.note = "balance, amounts, percentages"
        c.t("agent", "your balance is %d pounds %d and the interest rate is %d.%d percent" % (R.randint(100, 9000), R.randint(1, 99), R.randint(1, 30), R.randint(0, 9)))
        c.t("customer", "so if i pay %s it'll be cleared by %s" % ("$" + str(R.randint(50, 900)), ch(MONTHS)))
    elif k == 4:
        c.note = "meter reading spoken as digits"
        mr = long_digits(R.choice([5, 6, 7]))
        c.t("agent", "can you read me the meter")
        c.t("customer", "okay the meter reading is " + say_digits(mr, [len(mr)]))
        c.t("agent", "and the serial on the meter")
        c.t("customer", "serial number " + ch(["e", "k", "s"]) + " " + say_digits(long_digits(8), [4, 4]))
    elif k == 5:
        c.note = "flight/seat/gate/time"
        c.t("agent", "you're on flight %s%d leaving at %d %s from gate %s%d seat %d%s" % (
            ch(["ba", "ei", "fr", "ua"]), R.randint(100, 9999), R.randint(1, 12), ch(["thirty", "fifteen", "o'clock", "forty five"]),
            ch(["a", "b", "c"]), R.randint(1, 40), R.randint(1, 40), ch("abcdef")))
        c.t("customer", "and the booking reference is %s" % "".join(ch("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6)))
    elif k == 6:
        c.note = "policy number that looks like an NI number, said with its label"
        pol = gen_ni()
        c.t("agent", "what's the policy number")
        c.t("customer", "policy number " + (say_ni(pol) if p(0.6) else pol))
    elif k == 7:
        c.note = "invoice number with many digits and a date"
        c.t("customer", "Invoice #INV-%s dated %02d/%02d/%d, amount due %d.%02d EUR" % (
            long_digits(9), R.randint(1, 28), R.randint(1, 12), R.randint(2022, 2026), R.randint(10, 999), R.randint(0, 99)))
    elif k == 8:
        c.note = "opening hours and durations"
        c.t("agent", "we're open %s till %s monday to friday and it takes about %s working days" % (
            ch(["eight", "nine", "8am", "9:30"]), ch(["six", "8pm", "five thirty", "17:00"]), ch(["three to five", "ten", "7-10"])))
    elif k == 9:
        c.note = "claim number read out like an SSN"
        cl = gen_ssn()
        c.t("agent", "do you have the claim number")
        c.t("customer", "claim number " + say_digits(cl, [3, 2, 4]))
    elif k == 10:
        c.note = "appointment/payment date and time"
        c.t("agent", "your next payment of %d dollars is on the %s of %s and the engineer comes at %d %s" % (
            R.randint(20, 500), ordinal(R.randint(1, 28)), ch(MONTHS), R.randint(8, 17) % 12 or 12, ch(["am", "pm", "o'clock"])))
        c.t("customer", "okay the %s is fine" % ordinal(R.randint(1, 28)))
    elif k == 11:
        c.note = "ages, counts, temperature"
        c.t("customer", "my mum's %s and she's had the heating at %d degrees for %d weeks and there's %d of us in the house" % (
            say_pair(str(R.randint(61, 98))), R.randint(16, 25), R.randint(2, 9), R.randint(2, 7)))
    elif k == 12:
        c.note = "reference number split over turns like a card reading"
        ref = long_digits(12)
        c.t("agent", "have you got the reference from the letter")
        c.t("customer", "the reference is " + say_group(ref[:4]))
        c.t("agent", ch(BACKCH))
        c.t("customer", say_group(ref[4:8]))
        c.t("agent", ch(BACKCH))
        c.t("customer", say_group(ref[8:]))
    elif k == 13:
        c.note = "road names and town without house number"
        c.t("customer", "the roadworks on %s near %s have been going on since %d" % (ch(STREETS), ch(TOWNS), R.randint(2019, 2025)))
    elif k == 14:
        c.note = "model and serial numbers"
        c.t("customer", "Model: %s-%s, Serial No. %s%s" % (ch(["WM", "KX", "TV"]), long_digits(4), ch(["SN", "S/N "]), long_digits(14)))
        c.t("agent", "That model is covered for %d months." % ch([12, 24, 36]))
    elif k == 15:
        c.note = "contract year and tariff with years"
        c.t("agent", "you signed in %s so the contract ends in %s and the tariff went up %d percent" % (
            say_year(R.randint(2015, 2024), False), say_year(R.randint(2025, 2028), False), R.randint(2, 14)))
    elif k == 16:
        c.note = "customer account number for utility (labelled account reference, not bank)"
        c.t("agent", "what's the ticket number on your email")
        c.t("customer", "ticket " + say_digits(long_digits(9), [3, 3, 3]) + " no wait that's the old one")
    elif k == 17:
        c.note = "room number, hotel booking, prices"
        c.t("customer", "room %d, checking out on the %s, and the minibar was %d euro %d" % (
            R.randint(100, 999), ordinal(R.randint(1, 28)), R.randint(5, 80), R.randint(10, 99)))
    elif k == 18:
        c.note = "IBAN-like but labelled mandate reference"
        c.t("customer", "Mandate ref: %s%s" % (ch(["MND", "DD", "SEPA"]), long_digits(18)))
    elif k == 19:
        c.note = "data allowance and phone model number"
        c.t("agent", "you've used %d point %d gig of your %d gig and the %s %d is on offer for %d a month" % (
            R.randint(1, 30), R.randint(1, 9), ch([30, 50, 100]), ch(["galaxy", "iphone", "pixel"]), R.randint(7, 16), R.randint(15, 60)))
    elif k == 20:
        c.note = "tax year and reference with label"
        c.t("agent", "for the %d to %d tax year your unique taxpayer reference is on the letter" % (R.randint(2019, 2024), R.randint(2020, 2025)))
        c.t("customer", "the reference says " + long_digits(10))
    else:
        c.note = "prescription / patient reference number and amounts"
        c.t("customer", "my patient reference is %s and i was billed %d dollars for %d visits" % (
            long_digits(10), R.randint(40, 900), R.randint(1, 6)))
    if p(0.5):
        c.turns.insert(0, ("agent", [opener()[0]]))
    return c


# ----------------------------------------------------------------------------
def generate():
    pos_plan = ([pos_card_typed] * 14 + [pos_card_asr_single] * 16 + [pos_card_split] * 16 +
                [pos_card_correction] * 10 + [pos_ssn] * 28 + [pos_ni] * 30 + [pos_bank] * 14 +
                [pos_us_bank] * 5 + [pos_iban] * 13 + [pos_phone] * 16 + [pos_email] * 14 +
                [pos_dob] * 13 + [pos_address] * 14 + [pos_mixed] * 10)
    R.shuffle(pos_plan)
    cases = []
    for i, fn in enumerate(pos_plan):
        cases.append(("h530-pos-%03d" % (i + 1), fn()))
    for i in range(120):
        cases.append(("h530-neg-%03d" % (i + 1), neg_case()))
    return cases


def fix_addresses(case, parts):
    for g, (typ, canon, partial) in list(case.groups.items()):
        if typ == "ADDRESS":
            case.groups[g] = (typ, " ".join(parts.get(g, [])), partial)


def render(cases):
    lines, errors, counts = [], [], {}
    for cid, c in cases:
        turns, spans, parts = c.build()
        fix_addresses(c, parts)
        for g, (typ, canon, partial) in c.groups.items():
            if g not in parts:
                errors.append("%s: group %d has no span" % (cid, g))
                continue
            err = validate(typ, " ".join(parts[g]), canon, partial)
            if err:
                errors.append("%s: %s %r: %s" % (cid, typ, parts[g], err))
        for s in spans:
            counts[s["type"]] = counts.get(s["type"], 0) + 1
        lines.append(json.dumps({"id": cid, "kind": c.kind, "turns": turns, "spans": spans,
                                 "note": c.note}, ensure_ascii=False))
    return "\n".join(lines) + "\n", errors, counts


def check_file(text):
    errs = []
    ids = set()
    npos = nneg = 0
    for ln, line in enumerate(text.splitlines(), 1):
        o = json.loads(line)
        if o["id"] in ids:
            errs.append("dup id " + o["id"])
        ids.add(o["id"])
        if o["kind"] == "positive":
            npos += 1
            if not o["spans"]:
                errs.append(o["id"] + ": positive without spans")
        elif o["kind"] == "negative":
            nneg += 1
            if o["spans"]:
                errs.append(o["id"] + ": negative with spans")
        else:
            errs.append(o["id"] + ": bad kind")
        for t in o["turns"]:
            if t["speaker"] not in ("customer", "agent") or not t["text"]:
                errs.append(o["id"] + ": bad turn")
        byturn = {}
        for s in o["spans"]:
            if s["type"] not in TYPES:
                errs.append(o["id"] + ": bad type")
            if not 0 <= s["turn"] < len(o["turns"]):
                errs.append(o["id"] + ": turn out of range")
                continue
            txt = o["turns"][s["turn"]]["text"]
            a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(txt)):
                errs.append(o["id"] + ": offsets out of range")
                continue
            v = txt[a:b]
            if not (v[0].isalnum() or v[0] == "+") or not v[-1].isalnum():
                errs.append("%s: span not trimmed %r" % (o["id"], v))
            if (a > 0 and txt[a - 1].isalnum()) or (b < len(txt) and txt[b].isalnum()):
                errs.append("%s: span not on word boundary %r" % (o["id"], v))
            byturn.setdefault(s["turn"], []).append((a, b))
        for lst in byturn.values():
            lst.sort()
            for (a1, b1), (a2, b2) in zip(lst, lst[1:]):
                if a2 < b1:
                    errs.append(o["id"] + ": overlapping spans")
    return errs, npos, nneg


def main():
    global R
    check = "--check" in sys.argv
    R = random.Random(530241125)
    text, errors, counts = render(generate())
    ferrs, npos, nneg = check_file(text)
    errors += ferrs
    mins = {t: 10 for t in TYPES}
    mins.update({"CARD_NUMBER": 70, "SSN": 30, "NI_NUMBER": 30})
    for t, mn in mins.items():
        if counts.get(t, 0) < mn:
            errors.append("too few %s spans: %d < %d" % (t, counts.get(t, 0), mn))
    if npos < 200 or nneg < 100:
        errors.append("too few cases: %d pos %d neg" % (npos, nneg))
    if check:
        if not os.path.exists(OUT):
            errors.append("cases.jsonl missing")
        else:
            with open(OUT, encoding="utf-8") as fh:
                if fh.read() != text:
                    errors.append("cases.jsonl differs from regenerated output")
    else:
        os.makedirs(os.path.dirname(OUT), exist_ok=True)
        with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
    for e in errors[:60]:
        print("ERROR:", e)
    print("positives=%d negatives=%d" % (npos, nneg))
    for t in TYPES:
        print("  %-13s %d" % (t, counts.get(t, 0)))
    if errors:
        print("FAILED (%d errors)" % len(errors))
        return 1
    print("OK" + (" (--check passed)" if check else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Generate the pii_holdout473 held-out PII redaction evaluation set.

Written by an independent test author (an AI helper) who has not seen the
redaction engine.  Standard library only; one RNG: random.Random(473241125).

Usage:
    python scripts/make_pii_holdout473.py           # write the fixture
    python scripts/make_pii_holdout473.py --check   # regenerate + validate
"""
import json
import os
import re
import sys
import random
import datetime

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout473")
OUT_FILE = os.path.join(OUT_DIR, "cases.jsonl")

R = random.Random(473241125)

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

# ---------------------------------------------------------------- words
UNIT = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEEN = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
        "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
ZERO_WORDS = ["oh", "o", "zero", "nought"]
FILLERS = {"um", "uh", "er", "erm", "uhm", "hmm", "ah"}
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo",
        "f": "foxtrot", "g": "golf", "h": "hotel", "i": "india", "j": "juliet",
        "k": "kilo", "l": "lima", "m": "mike", "n": "november", "o": "oscar",
        "p": "papa", "q": "quebec", "r": "romeo", "s": "sierra", "t": "tango",
        "u": "uniform", "v": "victor", "w": "whiskey", "x": "xray", "y": "yankee",
        "z": "zulu"}
NATO_REV = {v: k for k, v in NATO.items()}
NATO_REV.update({"whisky": "w", "x-ray": "x", "alfa": "a", "juliett": "j"})
ALT_SPELL = {"a": "apple", "b": "bertie", "c": "cat", "d": "david", "e": "edward",
             "f": "freddie", "g": "george", "h": "harry", "j": "jack", "k": "king",
             "l": "london", "m": "mother", "n": "nellie", "p": "peter", "r": "robert",
             "s": "sugar", "t": "tommy", "w": "william", "y": "yellow", "z": "zebra"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
MON3 = [m[:3] for m in MONTHS]
ORD_WORD = {"first": "one", "second": "two", "third": "three", "fourth": "four",
            "fifth": "five", "sixth": "six", "seventh": "seven", "eighth": "eight",
            "ninth": "nine", "tenth": "ten", "eleventh": "eleven", "twelfth": "twelve",
            "thirteenth": "thirteen", "fourteenth": "fourteen", "fifteenth": "fifteen",
            "sixteenth": "sixteen", "seventeenth": "seventeen", "eighteenth": "eighteen",
            "nineteenth": "nineteen", "twentieth": "twenty", "thirtieth": "thirty"}


def ordinal_word(n):
    rev = {v: k for k, v in ORD_WORD.items()}
    if n < 20:
        return rev[(UNIT + TEEN)[n]]
    t, u = divmod(n, 10)
    if u == 0:
        return rev[TENS[t]]
    return TENS[t] + R.choice([" ", "-"]) + rev[UNIT[u]]


def ordinal_typed(n):
    if 10 <= n % 100 <= 20:
        suf = "th"
    else:
        suf = {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return "%d%s" % (n, suf)


def two_digit_words(n):
    if n < 10:
        return UNIT[n]
    if n < 20:
        return TEEN[n - 10]
    t, u = divmod(n, 10)
    return TENS[t] if u == 0 else TENS[t] + " " + UNIT[u]


def year_words(y):
    if 2000 <= y < 2010:
        return R.choice(["two thousand and " + UNIT[y - 2000], "two thousand " + UNIT[y - 2000]])
    hi, lo = divmod(y, 100)
    if lo == 0:
        return two_digit_words(hi) + " hundred"
    lo_w = ("oh " + UNIT[lo]) if lo < 10 else two_digit_words(lo)
    return two_digit_words(hi) + " " + lo_w


# ------------------------------------------------------ spoken normalisers
def _tok(text):
    text = text.lower()
    text = re.sub(r"(\d+)(st|nd|rd|th)\b", r"\1", text)
    return re.findall(r"[a-z]+|\d+|\+|@", text)


def _num_at(toks, i):
    """Parse one spoken number starting at toks[i]; return (digit-string, next_i) or None."""
    t = toks[i]
    n = len(toks)
    if t.isdigit():
        return t, i + 1
    if t in ZERO_WORDS:
        return "0", i + 1
    if t in UNIT:
        u = UNIT.index(t)
        if i + 1 < n and toks[i + 1] in ("hundred", "thousand"):
            mult = 100 if toks[i + 1] == "hundred" else 1000
            val = u * mult
            j = i + 2
            if j < n and toks[j] == "and":
                j += 1
            if j < n:
                sub = _num_at(toks, j)
                if sub is not None and sub[0] != "0" and int(sub[0]) < mult and \
                        (toks[j] in UNIT or toks[j] in TEEN or toks[j] in TENS[2:]):
                    val += int(sub[0])
                    j = sub[1]
            return str(val).zfill(3 if mult == 100 else 4), j
        return str(u), i + 1
    if t in TEEN:
        return str(10 + TEEN.index(t)), i + 1
    if t in TENS[2:]:
        v = TENS.index(t) * 10
        if i + 1 < n and toks[i + 1] in UNIT[1:]:
            return str(v + UNIT.index(toks[i + 1])), i + 2
        return str(v), i + 1
    return None


def norm_digits(text):
    """Spoken/typed digit reading -> digit string (keeps a leading +)."""
    toks = _tok(text)
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        if t in FILLERS or t == "and":
            i += 1
            continue
        if t == "+" or t == "plus":
            out.append("+")
            i += 1
            continue
        if t in ("double", "triple"):
            k = 2 if t == "double" else 3
            r = _num_at(toks, i + 1)
            if r is None or len(r[0]) != 1:
                raise ValueError("bad %s in %r" % (t, text))
            out.append(r[0] * k)
            i = r[1]
            continue
        r = _num_at(toks, i)
        if r is None:
            raise ValueError("unexpected token %r in %r" % (t, text))
        out.append(r[0])
        i = r[1]
    return "".join(out)


def norm_alnum(text):
    """Spoken/typed alphanumeric reading (NATO etc.) -> upper-case string."""
    toks = _tok(text)
    out = []
    i = 0
    n = len(toks)
    while i < n:
        t = toks[i]
        if t in FILLERS or t in ("space", "and"):
            i += 1
            continue
        if t in ("double", "triple"):
            k = 2 if t == "double" else 3
            nxt = toks[i + 1]
            if nxt in NATO_REV:
                out.append(NATO_REV[nxt].upper() * k)
                i += 2
            elif len(nxt) == 1 and nxt.isalpha() and nxt != "o":
                out.append(nxt.upper() * k)
                i += 2
            else:
                r = _num_at(toks, i + 1)
                out.append(r[0] * k)
                i = r[1]
            continue
        if len(t) == 1 and t.isalpha() and t != "o":
            # "j for juliet", "j as in jack"
            if i + 2 < n and toks[i + 1] == "for":
                i += 3
            elif i + 3 < n and toks[i + 1] == "as" and toks[i + 2] == "in":
                i += 4
            else:
                i += 1
            out.append(t.upper())
            continue
        if t == "o" and i + 2 < n and toks[i + 1] == "for":
            out.append("O")
            i += 3
            continue
        if t in NATO_REV:
            out.append(NATO_REV[t].upper())
            i += 1
            continue
        if t.isalpha() and t.isupper() is False and re.fullmatch(r"[a-z]{2,4}", t) and _num_at(toks, i) is None:
            out.append(t.upper())          # typed letter groups like "nwbk", "sw"
            i += 1
            continue
        m = re.fullmatch(r"([a-z]+)(\d+)([a-z]*)", t)
        if m:
            out.append(t.upper())
            i += 1
            continue
        r = _num_at(toks, i)
        if r is None:
            raise ValueError("unexpected token %r in %r" % (t, text))
        out.append(r[0])
        i = r[1]
    return "".join(out)


def _tok_mixed(text):
    return re.findall(r"[a-z]+\d+[a-z0-9]*|\d+[a-z]+[a-z0-9]*|[a-z]+|\d+", text.lower())


def norm_alnum_typed_or_spoken(text):
    toks = _tok_mixed(text)
    # typed mixed tokens like "sw1a" or "1aa" or "gb82" are kept verbatim
    if all(re.fullmatch(r"[a-z0-9]+", t) and (any(c.isdigit() for c in t) or len(t) <= 4) for t in toks) \
            and not any(t in NATO_REV or t in UNIT or t in TEEN or t in TENS[2:] or t in ZERO_WORDS
                        or t in FILLERS or t in ("double", "triple", "for", "hundred") for t in toks):
        return "".join(toks).upper()
    return norm_alnum(text)


def norm_email(text):
    t = text.strip().lower()
    if "@" in t and " " not in t:
        return t
    toks = t.replace(",", " ").split()
    out = []
    i = 0
    while i < len(toks):
        w = toks[i]
        if w in FILLERS:
            i += 1
            continue
        if w in ("dot", "period", "point"):
            out.append(".")
        elif w == "at":
            out.append("@")
        elif w == "underscore":
            out.append("_")
        elif w in ("dash", "hyphen"):
            out.append("-")
        elif len(w) == 1 and i + 2 < len(toks) and toks[i + 1] == "for":
            out.append(w)
            i += 3
            continue
        elif w in ("double", "triple"):
            k = 2 if w == "double" else 3
            r = _num_at(toks, i + 1) if toks[i + 1] not in ("o",) and not (len(toks[i + 1]) == 1 and toks[i + 1].isalpha()) else None
            if r is None:
                out.append(toks[i + 1] * k)
                i += 2
            else:
                out.append(r[0] * k)
                i = r[1]
            continue
        elif w in UNIT[1:] or w in TEEN or w in TENS[2:] or w in ("zero", "oh", "nought"):
            r = _num_at(toks, i)
            out.append(r[0])
            i = r[1]
            continue
        else:
            out.append(w)
        i += 1
    return "".join(out)


def norm_date_numbers(text):
    t = text.lower()
    for k, v in ORD_WORD.items():
        t = re.sub(r"\b%s\b" % k, v, t)
    for idx, m in enumerate(MONTHS):
        t = re.sub(r"\b%s\b" % m, " %d " % (idx + 1), t)
    for idx, m in enumerate(MON3):
        t = re.sub(r"\b%s\b\.?" % m, " %d " % (idx + 1), t)
    toks = _tok(t)
    nums = []
    i = 0
    while i < len(toks):
        r = _num_at(toks, i)
        if r is None:
            i += 1
            continue
        nums.append(int(r[0]))
        i = r[1]
    return nums


# ------------------------------------------------------------ validators
def luhn_ok(d):
    s = 0
    for i, c in enumerate(reversed(d)):
        v = int(c)
        if i % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        s += v
    return s % 10 == 0


def luhn_complete(prefix, length):
    body = prefix + "".join(str(R.randrange(10)) for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def iban_ok(s):
    s = s.upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in r)
    return int(num) % 97 == 1


def make_iban(cc, bban):
    r = bban + cc + "00"
    num = "".join(str(int(c, 36)) for c in r)
    chk = 98 - int(num) % 97
    return "%s%02d%s" % (cc, chk, bban)


NI_RE = re.compile(r"(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]")
UK_PC_RE = re.compile(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}")
EMAIL_RE = re.compile(r"[a-z0-9][a-z0-9._+-]*@[a-z0-9-]+(\.[a-z0-9-]+)+")
STREET_WORDS = ("road", "street", "avenue", "lane", "close", "drive", "way", "crescent",
                "terrace", "court", "place", "grove", "gardens", "rd", "st", "ave", "blvd",
                "boulevard", "park", "row", "hill", "square", "parade", "walk", "mews")


def validate_value(typ, canon, role):
    """Validate the canonical (normalised) value of one group."""
    if typ == "CARD_NUMBER":
        if role == "full":
            return canon.isdigit() and 13 <= len(canon) <= 19 and luhn_ok(canon)
        return canon.isdigit()
    if typ == "CVV":
        return canon.isdigit() and len(canon) in (3, 4)
    if typ == "SSN":
        return canon.isdigit() and len(canon) == 9 and canon[:3] not in ("000", "666") \
            and canon[0] != "9" and canon[3:5] != "00" and canon[5:] != "0000"
    if typ == "NI_NUMBER":
        return bool(NI_RE.fullmatch(canon))
    if typ == "SORT_CODE":
        return canon.isdigit() and len(canon) == 6
    if typ == "BANK_ACCOUNT":
        return canon.isdigit() and 7 <= len(canon) <= 12
    if typ == "IBAN":
        return iban_ok(canon)
    if typ == "PHONE":
        d = canon.lstrip("+")
        return d.isdigit() and 10 <= len(d) <= 13 and "+" not in d
    if typ == "EMAIL":
        return bool(EMAIL_RE.fullmatch(canon))
    if typ == "POSTCODE":
        return bool(UK_PC_RE.fullmatch(canon)) or bool(re.fullmatch(r"\d{5}(\d{4})?", canon))
    return True


def check_span_text(typ, text, meta):
    """Normalise one span's surface text; returns the normalised string."""
    if typ in ("CARD_NUMBER", "CVV", "SSN", "SORT_CODE", "BANK_ACCOUNT", "PHONE"):
        return norm_digits(text)
    if typ in ("NI_NUMBER", "IBAN", "POSTCODE"):
        return norm_alnum_typed_or_spoken(text)
    if typ == "EMAIL":
        return norm_email(text)
    if typ in ("DOB", "EXPIRY"):
        nums = norm_date_numbers(text)
        d, m, y = meta
        if m not in nums:
            raise ValueError("month missing in %r" % text)
        if d is not None and d not in nums:
            raise ValueError("day missing in %r" % text)
        yy = y % 100
        ok = y in nums or yy in nums or any(
            nums[k] == y // 100 and nums[k + 1] == yy for k in range(len(nums) - 1))
        if not ok:
            raise ValueError("year missing in %r" % text)
        datetime.date(y, m, d or 1)
        return "%04d-%02d-%02d" % (y, m, d or 1)
    if typ == "ADDRESS":
        low = text.lower()
        if not re.search(r"\d", low) and not any(w in _tok(low) for w in UNIT + TEEN + TENS[2:]):
            raise ValueError("no house number in %r" % text)
        if not any(re.search(r"\b%s\b" % w, low) for w in STREET_WORDS):
            raise ValueError("no street word in %r" % text)
        return text
    raise ValueError(typ)


# ---------------------------------------------------------- case building
class V(object):
    """A labelled value segment."""

    def __init__(self, text, typ, group=None, role="full", canon=None, meta=None):
        self.text, self.typ, self.group, self.role = text, typ, group, role
        self.canon, self.meta = canon, meta


CASES = []
META = []  # parallel list: groups per case {gid: (typ, role, canon, [texts], meta)}


class Case(object):
    def __init__(self, kind, note):
        self.kind, self.note = kind, note
        self.turns, self.spans, self.groups = [], [], {}

    def turn(self, speaker, *segs):
        text = ""
        spans = []
        for s in segs:
            if isinstance(s, V):
                spans.append({"turn": len(self.turns), "start": len(text),
                              "end": len(text) + len(s.text), "type": s.typ})
                gid = s.group if s.group is not None else "g%d" % (len(self.groups) + 1000 * len(self.turns) + len(spans))
                g = self.groups.setdefault(gid, {"typ": s.typ, "role": s.role, "canon": s.canon,
                                                 "texts": [], "meta": s.meta})
                g["texts"].append(s.text)
                text += s.text
            else:
                text += s
        self.turns.append({"speaker": speaker, "text": text})
        self.spans.extend(spans)
        return self

    def done(self):
        assert self.turns
        if self.kind == "positive":
            assert self.spans, self.note
        else:
            assert not self.spans, self.note
        CASES.append(self)


# ------------------------------------------------------------- renderers
def pick(*xs):
    return R.choice(xs)


def _safe_digits(t):
    try:
        return norm_digits(t)
    except ValueError:
        return None


def spoken_digits(d, style="mixed", fillers=0.0, zero=None):
    """Render a digit string as ASR words; verified to round-trip."""
    for _attempt in range(6):
        parts = []
        i = 0
        zw = zero or R.choice(ZERO_WORDS)
        while i < len(d):
            c = d[i]
            rest = len(d) - i
            r = R.random()
            if style != "plain" and rest >= 3 and d[i] == d[i + 1] == d[i + 2] and r < 0.5:
                parts.append("triple " + (zw if c == "0" else UNIT[int(c)]))
                i += 3
            elif style != "plain" and rest >= 2 and d[i] == d[i + 1] and r < 0.7:
                parts.append("double " + (zw if c == "0" else UNIT[int(c)]))
                i += 2
            elif style == "mixed" and rest >= 3 and c != "0" and r < 0.12:
                n3 = int(d[i:i + 3])
                rem = n3 % 100
                w = UNIT[n3 // 100] + " hundred"
                if rem:
                    w += pick(" and ", " ") + two_digit_words(rem)
                parts.append(w)
                i += 3
            elif style == "mixed" and rest >= 2 and c != "0" and r < 0.4:
                parts.append(two_digit_words(int(d[i:i + 2])))
                i += 2
            else:
                parts.append(zw if c == "0" else UNIT[int(c)])
                i += 1
            if fillers and i < len(d) and R.random() < fillers:
                parts.append(pick("um", "uh", "er", "erm"))
        out = " ".join(parts)
        if _safe_digits(out) == d:
            return out
        style = "plain" if _attempt > 2 else style
    out = " ".join(UNIT[int(c)] if c != "0" else "zero" for c in d)
    assert norm_digits(out) == d
    return out


def grouped(d, sizes, sep=" "):
    out, i = [], 0
    for s in sizes:
        out.append(d[i:i + s])
        i += s
    if i < len(d):
        out.append(d[i:])
    return sep.join(x for x in out if x)


def spoken_groups(d, sizes, joiner=None, fillers=0.0, style="mixed"):
    chunks = []
    i = 0
    for s in sizes:
        chunks.append(d[i:i + s])
        i += s
    if i < len(d):
        chunks.append(d[i:])
    zw = R.choice(ZERO_WORDS)
    words = [spoken_digits(c, style=style, fillers=fillers, zero=zw) for c in chunks if c]
    j = joiner or pick(" ", ", ", "... ", " ")
    out = j.join(words)
    if _safe_digits(out) != d:
        out = " ".join(spoken_digits(c, style="plain", zero="zero") for c in chunks if c)
    return out


def spell_letter(c, mode):
    c = c.lower()
    if c == "o":
        return pick("o for oscar", "oscar")
    if mode == "nato":
        return NATO[c]
    if mode == "for":
        return "%s for %s" % (c, R.choice([NATO[c], ALT_SPELL.get(c, NATO[c])]))
    if mode == "asin":
        return "%s as in %s" % (c, R.choice([NATO[c], ALT_SPELL.get(c, NATO[c])]))
    return c


# ------------------------------------------------------------ value makers
def new_card(kind=None):
    kind = kind or R.choice(["visa", "visa", "mc", "mc", "amex", "disc", "visa13", "maestro19", "mc2"])
    if kind == "visa":
        return luhn_complete("4" + str(R.randrange(100, 999)), 16)
    if kind == "mc":
        return luhn_complete(str(R.randrange(51, 56)), 16)
    if kind == "mc2":
        return luhn_complete(str(R.randrange(2221, 2720)), 16)
    if kind == "amex":
        return luhn_complete(R.choice(["34", "37"]), 15)
    if kind == "disc":
        return luhn_complete("6011", 16)
    if kind == "visa13":
        return luhn_complete("4", 13)
    return luhn_complete(R.choice(["6759", "6763", "5018"]), 19)


def not_luhn(d):
    if luhn_ok(d):
        last = int(d[-1])
        d = d[:-1] + str((last + 1) % 10)
    assert not luhn_ok(d)
    return d


def rand_digits(n, first_nonzero=True):
    s = str(R.randrange(1, 10)) if first_nonzero else str(R.randrange(10))
    return s + "".join(str(R.randrange(10)) for _ in range(n - 1))


def card_groups(card):
    if len(card) == 15:
        return [4, 6, 5]
    if len(card) == 13:
        return [4, 4, 5]
    if len(card) == 19:
        return [4, 4, 4, 4, 3]
    return [4, 4, 4, 4]


def new_ssn():
    while True:
        a = R.randrange(1, 900)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, R.randrange(1, 100), R.randrange(1, 10000))


NI_FIRST = "ABCEGHJKLMNOPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def new_ni():
    while True:
        p = R.choice(NI_FIRST) + R.choice(NI_SECOND)
        if p not in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ"):
            break
    return p + rand_digits(6, first_nonzero=False) + R.choice("ABCD")


def new_sort():
    return "%02d%04d" % (R.choice([20, 40, 30, 60, 9, 11, 77, 83, 90, 93, 16, 23]), R.randrange(10000))


def new_iban(cc=None):
    cc = cc or R.choice(["GB", "GB", "IE", "DE", "FR", "NL", "ES"])
    if cc in ("GB", "IE"):
        bank = R.choice(["NWBK", "BARC", "HBUK", "LOYD", "MIDL"]) if cc == "GB" else R.choice(["AIBK", "BOFI", "IPBS"])
        bban = bank + new_sort() + rand_digits(8, False)
    elif cc == "DE":
        bban = rand_digits(18)
    elif cc == "FR":
        bban = rand_digits(23)
    elif cc == "NL":
        bban = R.choice(["ABNA", "INGB", "RABO"]) + rand_digits(10, False)
    else:
        bban = rand_digits(20)
    return make_iban(cc, bban)


def iban_typed(ib):
    v = R.random()
    if v < 0.5:
        return " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))
    if v < 0.7:
        return ib.lower() if R.random() < 0.5 else ib
    return " ".join(ib[i:i + 4] for i in range(0, len(ib), 4)).lower()


def iban_spoken(ib, fillers=0.0):
    parts = []
    mode = R.choice(["plain", "for", "nato"])
    i = 0
    while i < len(ib):
        c = ib[i]
        if c.isalpha():
            parts.append(spell_letter(c, mode if R.random() < 0.6 else "plain"))
            i += 1
        else:
            j = i
            while j < len(ib) and ib[j].isdigit() and j - i < 4:
                j += 1
            parts.append(spoken_digits(ib[i:j], style="mixed", zero=pick("zero", "oh", "nought")))
            i = j
        if fillers and R.random() < fillers:
            parts.append(pick("um", "uh"))
    out = pick(" ", ", ").join(parts)
    try:
        ok = norm_alnum(out) == ib
    except ValueError:
        ok = False
    if not ok:
        out = " ".join(spell_letter(ch, "plain") if ch.isalpha() else ("zero" if ch == "0" else UNIT[int(ch)]) for ch in ib)
    return out


def new_phone(country=None):
    country = country or R.choice(["UKM", "UKM", "UKL", "US", "US", "IE", "DE", "FR"])
    if country == "UKM":
        nat = "07" + rand_digits(9, False)
        return nat, "+44" + nat[1:], country
    if country == "UKL":
        nat = R.choice(["020", "0161", "0113", "0131", "0117", "029"])
        nat += rand_digits(11 - len(nat))
        return nat, "+44" + nat[1:], country
    if country == "US":
        nat = str(R.choice([212, 312, 415, 617, 713, 305, 206, 404, 503, 720])) + rand_digits(7)
        return nat, "+1" + nat, country
    if country == "IE":
        nat = R.choice(["083", "085", "086", "087", "089"]) + rand_digits(7)
        return nat, "+353" + nat[1:], country
    if country == "DE":
        nat = "01" + R.choice(["51", "52", "60", "70", "76"]) + rand_digits(7)
        return nat, "+49" + nat[1:], country
    nat = "0" + R.choice(["6", "7"]) + rand_digits(8)
    return nat, "+33" + nat[1:], country


def phone_typed(nat, intl, country):
    use_intl = R.random() < 0.4
    d = intl if use_intl else nat
    if country == "US":
        if use_intl:
            return R.choice(["+1 %s %s %s", "+1-%s-%s-%s", "+1.%s.%s.%s"]) % (nat[:3], nat[3:6], nat[6:])
        return R.choice(["%s-%s-%s", "%s.%s.%s", "%s %s %s", "%s%s%s"]) % (nat[:3], nat[3:6], nat[6:])
    if use_intl:
        cc_len = len(intl) - len(nat) + 1
        cc, rest = intl[:cc_len], intl[cc_len:]
        return cc + R.choice([" ", "-", ""]) + grouped(rest, [R.choice([3, 4]), 3], R.choice([" ", ""]))
    return R.choice([grouped(d, [5, 6]), grouped(d, [3, 4]), d, grouped(d, [4, 3], "-"), grouped(d, [5, 3, 3])])


def phone_spoken(nat, intl, country, fillers=0.0):
    if R.random() < 0.35:
        cc_len = len(intl) - len(nat) + 1
        cc, rest = intl[1:cc_len], intl[cc_len:]
        head = "plus " + spoken_digits(cc, style=R.choice(["plain", "mixed"]))
        return head + pick(" ", ", ") + spoken_groups(rest, [3, 3], fillers=fillers)
    return spoken_groups(nat, [5, 3] if country.startswith("UK") else [3, 3], fillers=fillers)


FIRST = ["james", "sarah", "mohammed", "aoife", "liam", "priya", "daniel", "chloe", "tomasz",
         "grace", "oluwaseun", "niamh", "carlos", "emma", "wei", "hannah", "patrick", "fatima",
         "lucas", "sophie", "ciaran", "amelia", "marek", "jessica", "deepak", "ruth"]
LAST = ["smith", "okafor", "murphy", "patel", "kowalski", "obrien", "jones", "nguyen", "walsh",
        "garcia", "hughes", "khan", "fitzgerald", "davies", "schmidt", "martin", "byrne", "lee",
        "thompson", "reilly", "evans", "dubois", "kelly", "brown"]
DOMAINS = ["gmail.com", "outlook.com", "yahoo.co.uk", "hotmail.com", "icloud.com", "btinternet.com",
           "eircom.net", "aol.com", "protonmail.com", "gmx.de", "live.ie", "sky.com", "comcast.net"]


def new_email():
    f, l = R.choice(FIRST), R.choice(LAST)
    style = R.randrange(6)
    if style == 0:
        user = f + "." + l
    elif style == 1:
        user = f[0] + l + str(R.randrange(1, 99))
    elif style == 2:
        user = f + "_" + l
    elif style == 3:
        user = f + l[0] + str(R.randrange(1970, 2005))
    elif style == 4:
        user = l + "." + f[0]
    else:
        user = f + "-" + l
    return user + "@" + R.choice(DOMAINS)


def email_typed(e):
    v = R.random()
    if v < 0.2:
        return e[0].upper() + e[1:]
    if v < 0.3:
        return e.upper() if False else e.replace(e.split("@")[0], e.split("@")[0].capitalize())
    return e


def email_spoken(e, fillers=0.0):
    user, dom = e.split("@")
    out = []

    def words_for(s, spell=False):
        w = []
        for piece in re.findall(r"[a-z]+|\d+|[._-]", s):
            if piece == ".":
                w.append("dot")
            elif piece == "_":
                w.append("underscore")
            elif piece == "-":
                w.append(pick("dash", "hyphen"))
            elif piece.isdigit():
                if len(piece) == 4 and piece[:2] in ("19", "20"):
                    w.append(two_digit_words(int(piece[:2])) + " " + two_digit_words(int(piece[2:])) if piece[2] != "0" else spoken_digits(piece, style="plain", zero="zero"))
                else:
                    w.append(spoken_digits(piece, style="plain", zero="zero"))
            elif spell and len(piece) <= 8 and R.random() < 0.5:
                letters = []
                for c in piece:
                    if c == "o":
                        letters.append("o for oscar")
                    elif R.random() < 0.25:
                        letters.append("%s for %s" % (c, NATO[c]))
                    else:
                        letters.append(c)
                w.append(" ".join(letters))
            else:
                w.append(piece)
        return w

    out += words_for(user, spell=True)
    if fillers and R.random() < fillers:
        out.append(pick("um", "uh"))
    out.append("at")
    out += words_for(dom)
    s = " ".join(out)
    # a spelled "o" alone would be ambiguous; spell_letter uses "o for oscar"
    return s


def new_dob():
    y = R.randrange(1938, 2006)
    m = R.randrange(1, 13)
    d = R.randrange(1, 29)
    return d, m, y


def dob_typed(d, m, y):
    return R.choice([
        "%02d/%02d/%04d" % (d, m, y), "%d/%d/%d" % (d, m, y), "%02d-%02d-%04d" % (d, m, y),
        "%d %s %d" % (d, MONTHS[m - 1].capitalize(), y), "%s %d, %d" % (MONTHS[m - 1].capitalize(), d, y),
        "%02d.%02d.%04d" % (d, m, y), "%d%s %s %d" % (d, ordinal_typed(d)[-2:], MON3[m - 1].capitalize(), y),
        "%02d/%02d/%02d" % (m, d, y % 100)])


def dob_spoken(d, m, y, fillers=0.0):
    yw = year_words(y)
    f = (" " + pick("um", "uh") + " ") if fillers and R.random() < fillers else " "
    return R.choice([
        "the %s of %s%s%s" % (ordinal_word(d), MONTHS[m - 1], f, yw),
        "%s %s%s%s" % (ordinal_word(d), MONTHS[m - 1], f, yw),
        "%s the %s%s%s" % (MONTHS[m - 1], ordinal_word(d), f, yw),
        "%s %s%s%s" % (MONTHS[m - 1], ordinal_word(d), f, yw),
    ]).replace("the the", "the")


STREETS = ["Marlborough Road", "Kings Avenue", "Oak Street", "Church Lane", "Station Road",
           "Elm Grove", "Victoria Terrace", "Maple Drive", "Highfield Close", "Mill Lane",
           "Sycamore Crescent", "Park View Road", "Washington Boulevard", "Harbour Way",
           "Main Street", "Orchard Gardens", "Chapel Street", "Clonskeagh Road", "Beech Court",
           "Lakeshore Drive", "Pine Avenue", "Queens Parade", "Riverside Walk", "Albert Square"]
TOWNS_UK = ["Leeds", "Manchester", "Bristol", "Cardiff", "Glasgow", "Norwich", "Reading", "Derby"]
TOWNS_US = ["Austin, TX", "Columbus, OH", "Denver, CO", "Portland, OR", "Raleigh, NC"]


def new_uk_postcode():
    area = R.choice(["SW", "N", "E", "LS", "M", "BS", "CF", "G", "NR", "RG", "DE", "B", "EH", "W", "SE"])
    district = str(R.randrange(1, 20))
    if area in ("SW", "W", "E") and R.random() < 0.3:
        district = str(R.randrange(1, 9)) + R.choice("AB")
    inward = str(R.randrange(1, 10)) + R.choice("ABDEFGHJLNPQRSTUWXYZ") + R.choice("ABDEFGHJLNPQRSTUWXYZ")
    return area + district, inward


def postcode_spoken(out, inw, fillers=0.0):
    mode = R.choice(["plain", "plain", "for", "nato"])
    parts = []
    for part in (out, inw):
        w = []
        i = 0
        while i < len(part):
            c = part[i]
            if c.isalpha():
                w.append(spell_letter(c, mode if R.random() < 0.6 else "plain"))
                i += 1
            else:
                j = i
                while j < len(part) and part[j].isdigit():
                    j += 1
                w.append(spoken_digits(part[i:j], style="mixed", zero="zero"))
                i = j
        parts.append(" ".join(w))
    return parts[0] + pick(" ", ", ", " " + pick("um", "uh") + " " if fillers else " ") + parts[1]


def address_parts():
    num = R.randrange(1, 240)
    street = R.choice(STREETS)
    flat = None
    if R.random() < 0.25:
        flat = R.choice(["Flat %d" % R.randrange(1, 30), "Apt %d%s" % (R.randrange(1, 20), R.choice(["", "B", "C"])),
                         "Unit %d" % R.randrange(1, 12)])
    return flat, num, street


def address_typed(flat, num, street):
    s = "%d %s" % (num, street)
    if flat:
        s = flat + R.choice([", ", " "]) + s
    return s if R.random() < 0.7 else s.lower()


def address_spoken(flat, num, street):
    n = R.choice([two_digit_words(num) if num < 100 else spoken_digits(str(num), style="plain"),
                  spoken_digits(str(num), style="plain")])
    if num >= 100 and R.random() < 0.5:
        rem = num % 100
        n = UNIT[num // 100] + " hundred" + ((" and " + two_digit_words(rem)) if rem else "")
    s = n + " " + street.lower()
    if flat:
        k, v = flat.split(" ")
        m = re.match(r"(\d+)([A-Z]?)", v)
        fw = {"Flat": "flat", "Apt": "apartment", "Unit": "unit"}[k] + " " + two_digit_words(int(m.group(1)))
        if m.group(2):
            fw += " " + m.group(2).lower()
        s = fw + pick(", ", ", ") + s
    return s


# --------------------------------------------------- distractor phrases
def money():
    return R.choice(["£%d.%02d" % (R.randrange(5, 3000), R.randrange(100)),
                     "$%d.%02d" % (R.randrange(5, 3000), R.randrange(100)),
                     "€%d" % R.randrange(10, 900)])


def money_spoken():
    return R.choice(["%s pounds %s" % (two_digit_words(R.randrange(11, 99)), two_digit_words(R.randrange(11, 99))),
                     "%s hundred and %s dollars" % (UNIT[R.randrange(1, 10)], two_digit_words(R.randrange(11, 99))),
                     "%s euro" % two_digit_words(R.randrange(20, 99))])


def ref_digits(n):
    d = rand_digits(n)
    return not_luhn(d) if 13 <= n <= 19 else d


def distractor_typed():
    ref16 = ref_digits(R.choice([12, 14, 16, 16, 18]))
    return R.choice([
        "Your balance is %s." % money(),
        "Order ref %s." % grouped(ref16, [4, 4, 4, 4, 4]),
        "Ticket #%s has been raised." % ref_digits(R.choice([7, 8, 9])),
        "Payment of %s is due on %d %s." % (money(), R.randrange(1, 28), MONTHS[R.randrange(12)].capitalize()),
        "Tracking: %s" % ref_digits(16),
        "Our lines are open 8am to 8pm.",
        "Invoice INV-%s" % ref_digits(8),
        "Claim no. %s-%s-%s" % (rand_digits(3), rand_digits(2), rand_digits(4)),
        "Case ref %s" % grouped(ref_digits(16), [4, 4, 4, 4]),
    ])


def distractor_spoken():
    return R.choice([
        "your balance is %s" % money_spoken(),
        "i've got the reference here it's %s" % spoken_groups(ref_digits(16), [4, 4, 4, 4]),
        "the payment of %s went out on the %s" % (money_spoken(), ordinal_word(R.randrange(1, 29))),
        "we're open eight till eight",
        "that's ticket %s" % spoken_groups(ref_digits(8), [4, 4]),
        "the order number is %s" % spoken_groups(ref_digits(12), [4, 4, 4]),
        "i was on hold for %s minutes" % two_digit_words(R.randrange(11, 59)),
    ])


BACKCHANNEL = ["mhm", "go on", "yep", "okay", "uh huh", "right", "yes go on", "got that", "okay next four",
               "yeah", "sure", "and then"]


# ================================================================ POSITIVE
def ctx():
    return R.choice([
        ("banking", "customer"), ("telecom", "customer"), ("utilities", "customer"),
        ("retail", "customer"), ("insurance", "customer"), ("travel", "customer"),
        ("healthcare billing", "customer"), ("government services", "customer")])[0]


GREET = {
    "banking": "thanks for calling the bank", "telecom": "you're through to mobile accounts",
    "utilities": "thanks for calling energy customer services", "retail": "hi you're through to online orders",
    "insurance": "you're through to claims", "travel": "thanks for calling bookings",
    "healthcare billing": "patient billing how can i help", "government services": "you're through to the benefits line",
}


def pos_card_typed(n):
    c = Case("positive", "")
    card = new_card()
    ind = ctx()
    sep = R.choice([" ", "-", "", " ", "  "])
    sizes = card_groups(card) if R.random() < 0.7 else R.choice([[4, 5, 3, 4], [2, 4, 4, 4], [3, 3, 3, 3, 3], [8, 8]])
    ct = grouped(card, sizes, sep)
    label = R.choice(["card no:", "Card number:", "card #", "cc:", "my card is", "CARD NO.", "long number -", "pan:", "crd numbr", "Card Nmber:", "visa no"])
    segs = [R.choice(["hi, ", "Hello ", "", "hey "]), label + " ", V(ct, "CARD_NUMBER", "card", canon=card)]
    if R.random() < 0.7:
        m, y = R.randrange(1, 13), R.randrange(2025, 2032)
        et = R.choice(["%02d/%02d" % (m, y % 100), "%02d/%d" % (m, y), "%02d-%02d" % (m, y % 100), "%s %d" % (MON3[m - 1], y)])
        segs += [R.choice([" exp ", ", expiry ", " expires ", " valid thru ", " exp date: "]), V(et, "EXPIRY", "exp", meta=(None, m, y))]
    if R.random() < 0.6:
        cv = rand_digits(4 if len(card) == 15 else 3, False)
        segs += [R.choice([" cvv ", " CVV: ", ", security code ", " cvc "]), V(cv, "CVV", "cvv", canon=cv)]
    segs.append(R.choice([" thanks", "", ".", " - pls take the " + money()]))
    c.turn("customer", *segs)
    c.turn("agent", "Thanks. " + distractor_typed())
    if R.random() < 0.5:
        c.turn("agent", "Just to confirm that's the card ending ", V(card[-4:], "CARD_NUMBER", "last4", role="suffix", canon=card), "?")
        c.turn("customer", "yes")
    c.note = "%s chat: typed card number%s" % (ind, " with expiry/cvv" if len(c.spans) > 1 else "")
    c.done()


def pos_card_asr_split(n):
    c = Case("positive", "")
    card = new_card()
    ind = ctx()
    c.turn("agent", GREET[ind] + ", can i take the long number on the front of the card please")
    c.turn("customer", R.choice(["yeah ", "okay um ", "right so ", ""]) + R.choice(["it's ", "", "so it's "]),
           V(spoken_digits(card[:4], fillers=0.15), "CARD_NUMBER", "card", canon=card))
    i = 4
    sizes = card_groups(card)[1:]
    for s in sizes:
        c.turn("agent", R.choice(BACKCHANNEL))
        chunk = card[i:i + s]
        c.turn("customer", R.choice(["", "", "then ", "uh "]), V(spoken_digits(chunk, fillers=0.15), "CARD_NUMBER", "card", canon=card))
        i += s
    if R.random() < 0.6:
        rb = spoken_groups(card, card_groups(card), joiner=" ")
        c.turn("agent", "let me read that back, ", V(rb, "CARD_NUMBER", "rb", canon=card), ", is that right")
    else:
        c.turn("agent", "and that's the card ending ", V(spoken_digits(card[-4:], style="plain"), "CARD_NUMBER", "l4", role="suffix", canon=card))
    c.turn("customer", R.choice(["yes that's it", "yep", "correct"]))
    if R.random() < 0.5:
        c.turn("agent", "and the expiry date")
        m, y = R.randrange(1, 13), R.randrange(2025, 2032)
        mw = two_digit_words(m) if m >= 10 else R.choice(["oh ", "zero ", ""]) + UNIT[m]
        et = R.choice(["%s %s" % (mw, two_digit_words(y % 100)),
                       "%s twenty %s" % (MONTHS[m - 1], two_digit_words(y % 100)),
                       "%s %s" % (MONTHS[m - 1], year_words(y))])
        c.turn("customer", R.choice(["", "it's ", "um "]), V(et, "EXPIRY", "exp", meta=(None, m, y)))
    if R.random() < 0.5:
        c.turn("agent", "and the three digits on the back")
        cv = rand_digits(3, False)
        c.turn("customer", V(spoken_digits(cv, style=R.choice(["plain", "mixed"])), "CVV", "cvv", canon=cv))
    c.turn("agent", "lovely, " + distractor_spoken())
    c.note = "%s call: card read in chunks across turns with back-channels" % ind
    c.done()


def pos_card_asr_restart(n):
    c = Case("positive", "")
    card = new_card(R.choice(["visa", "mc", "disc"]))
    ind = ctx()
    k = R.choice([4, 6, 8])
    wrong = card[:k - 1] + str((int(card[k - 1]) + R.randrange(1, 9)) % 10)
    c.turn("agent", "go ahead with the card number when you're ready")
    style = R.randrange(3)
    if style == 0:
        c.turn("customer", V(spoken_digits(wrong, style="plain"), "CARD_NUMBER", "frag", role="fragment", canon=wrong),
               R.choice([" no wait sorry, let me start again, ", " hang on that's wrong, from the top, ", " sorry no, "]),
               V(spoken_groups(card, card_groups(card), fillers=0.1), "CARD_NUMBER", "card", canon=card))
    elif style == 1:
        c.turn("customer", V(spoken_digits(card[:k], style="plain"), "CARD_NUMBER", "card", canon=card),
               R.choice([", hold on, the kids are shouting, ", "... sorry, i'm just getting my glasses, ", ", one sec, "]),
               V(spoken_groups(card[k:], [4, 4, 4]), "CARD_NUMBER", "card", canon=card))
    else:
        c.turn("customer", V(spoken_groups(card, card_groups(card), fillers=0.25), "CARD_NUMBER", "card", canon=card))
    c.turn("agent", R.choice(["okay", "thank you", "got it"]) + ", " + R.choice([
        "your order number for this is %s" % spoken_groups(ref_digits(16), [4, 4, 4, 4]),
        "the amount today is %s" % money_spoken(),
        "and the transaction id is %s" % spoken_groups(ref_digits(12), [4, 4, 4])]))
    c.note = "%s call: card reading with %s" % (ind, ["restart after error", "aside mid-reading", "fillers inside reading"][style])
    c.done()


def pos_card_with_decoy(n):
    """Real card plus a non-PII number in card rhythm in the same call."""
    c = Case("positive", "")
    card = new_card("visa" if R.random() < 0.5 else "mc")
    decoy = ref_digits(16)
    ind = ctx()
    label = R.choice(["membership number", "loyalty card number", "gift voucher code", "policy number", "booking reference", "account reference on the bill"])
    if R.random() < 0.5:
        c.turn("customer", "my %s is %s and the card i want to pay with is " % (label, spoken_groups(decoy, [4, 4, 4, 4])),
               V(spoken_groups(card, [4, 4, 4, 4]), "CARD_NUMBER", "card", canon=card))
        c.turn("agent", "perfect, and that's a visa or a mastercard")
    else:
        c.turn("customer", "%s: %s\ncard: " % (label.capitalize(), grouped(decoy, [4, 4, 4, 4])),
               V(grouped(card, [4, 4, 4, 4], R.choice([" ", "-"])), "CARD_NUMBER", "card", canon=card))
        c.turn("agent", "Thanks, I've applied the payment to %s %s." % (label, grouped(decoy, [4, 4, 4, 4])))
    c.note = "%s: real card alongside a %s read like a card (decoy unlabelled)" % (ind, label)
    c.done()


def pos_ssn(n):
    c = Case("positive", "")
    ssn = new_ssn()
    ind = R.choice(["healthcare billing", "insurance", "banking", "government services", "telecom"])
    mode = R.randrange(5)
    if mode == 0:
        st = R.choice(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s - %s - %s", "%s.%s.%s"]) % (ssn[:3], ssn[3:5], ssn[5:])
        c.turn("customer", R.choice(["SSN: ", "ss# ", "my social is ", "Social Security No. ", "ssn - ", "SSN#:", "socail sec no "]), V(st, "SSN", "ssn", canon=ssn),
               R.choice(["", " thx", ". member id %s" % ref_digits(9)]))
        c.turn("agent", R.choice(["Thanks, verified.", "Got it. " + distractor_typed()]))
    elif mode == 1:
        c.turn("agent", "can you verify the last four of your social")
        c.turn("customer", "i'd rather just give you the whole thing, it's ", V(spoken_groups(ssn, [3, 2, 4], fillers=0.1), "SSN", "ssn", canon=ssn))
        c.turn("agent", "okay thank you")
    elif mode == 2:
        c.turn("agent", "and your social security number")
        c.turn("customer", V(spoken_digits(ssn[:3], fillers=0.1), "SSN", "ssn", canon=ssn))
        c.turn("agent", R.choice(BACKCHANNEL))
        c.turn("customer", V(spoken_digits(ssn[3:5]), "SSN", "ssn", canon=ssn))
        c.turn("agent", R.choice(BACKCHANNEL))
        c.turn("customer", V(spoken_digits(ssn[5:], fillers=0.1), "SSN", "ssn", canon=ssn))
        c.turn("agent", "so that's ", V(spoken_groups(ssn, [3, 2, 4], joiner=", "), "SSN", "rb", canon=ssn), " yes")
        c.turn("customer", "yep")
    elif mode == 3:
        claim = "%s%s" % (rand_digits(3), rand_digits(6))
        c.turn("customer", "i've got the claim number, %s, and my ssn is " % spoken_groups(claim, [3, 2, 4]),
               V(spoken_groups(ssn, [3, 2, 4]), "SSN", "ssn", canon=ssn))
        c.turn("agent", "thank you, and the claim is for %s" % money_spoken())
    else:
        c.turn("customer", "my social, uh, ", V(spoken_digits(ssn[:5], style="mixed"), "SSN", "ssn", canon=ssn),
               R.choice([" - wait is it the card you need? no, social ok - ", ", sorry my dog, ", "... let me check the card... "]),
               V(spoken_digits(ssn[5:], style="mixed"), "SSN", "ssn", canon=ssn))
        c.turn("agent", "thanks, and it's the member id %s on your insurance card, right" % spoken_groups(ref_digits(9), [3, 3, 3]))
    c.note = "%s (US): SSN %s" % (ind, ["typed", "spoken whole", "split over turns with read-back", "next to a claim number in same rhythm", "with aside mid-reading"][mode])
    c.done()


def ni_spoken(ni, fillers=0.0):
    mode = R.choice(["plain", "for", "nato", "asin", "double"])
    letters = ni[:2]
    if mode == "double" and letters[0] == letters[1] and letters[0] != "O":
        lw = "double " + letters[0].lower()
    else:
        m = "for" if mode == "double" else mode
        lw = " ".join(spell_letter(ch, m) for ch in letters)
    dg = spoken_groups(ni[2:8], [2, 2, 2], fillers=fillers, style=R.choice(["plain", "mixed"]))
    sfx = spell_letter(ni[8], R.choice(["plain", "for", "nato"]))
    return lw + pick(" ", ", ") + dg + pick(" ", ", ") + sfx


def pos_ni(n):
    c = Case("positive", "")
    ni = new_ni()
    ind = R.choice(["government services", "banking", "utilities", "insurance", "healthcare billing"])
    mode = R.randrange(5)
    if mode == 0:
        v = R.random()
        nt = ni if v < 0.3 else (ni.lower() if v < 0.45 else "%s %s %s %s %s" % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8]))
        c.turn("customer", R.choice(["NI no: ", "ni number ", "National Insurance: ", "my NINO is ", "NI# "]), V(nt, "NI_NUMBER", "ni", canon=ni),
               R.choice(["", ".", " - ref %s" % ref_digits(8)]))
        c.turn("agent", "Thank you, your case reference is %s." % (R.choice("ABCDEFGH") + R.choice("ABCDEFGH") + ref_digits(6) + R.choice("ABCD")))
    elif mode == 1:
        c.turn("agent", "can i take your national insurance number")
        c.turn("customer", R.choice(["yeah it's ", "um ", "it's "]), V(ni_spoken(ni, fillers=0.1), "NI_NUMBER", "ni", canon=ni))
        c.turn("agent", "thank you")
    elif mode == 2:
        c.turn("agent", "and your national insurance number please")
        c.turn("customer", V(" ".join(spell_letter(ch, R.choice(["for", "nato", "plain"])) for ch in ni[:2]), "NI_NUMBER", "ni", canon=ni))
        c.turn("agent", R.choice(BACKCHANNEL))
        c.turn("customer", V(spoken_groups(ni[2:8], [2, 2, 2]), "NI_NUMBER", "ni", canon=ni))
        c.turn("agent", R.choice(["and the letter at the end", "and the last letter"]))
        c.turn("customer", V(spell_letter(ni[8], R.choice(["for", "plain", "asin"])), "NI_NUMBER", "ni", canon=ni))
        c.turn("agent", "so ", V(ni_spoken(ni), "NI_NUMBER", "rb", canon=ni), R.choice([", lovely", ", right"]))
    elif mode == 3:
        decoy = R.choice("ABCDEHJKLMNPRSTWXYZ") + R.choice("ABCDEHJKLMNPRSTWXYZ") + ref_digits(6) + R.choice("ABCD")
        c.turn("customer", "the letter says reference %s but my national insurance is " % ni_spoken(decoy),
               V(ni_spoken(ni), "NI_NUMBER", "ni", canon=ni))
        c.turn("agent", "right, the reference on the letter is just our internal one, thanks")
    else:
        c.turn("customer", "it's ", V(" ".join(spell_letter(ch, "plain") for ch in ni[:2]) + " " + spoken_digits(ni[2:5]), "NI_NUMBER", "ni", canon=ni),
               R.choice([", hang on i'll find the payslip, ", "... sorry where was i, ", ", no that's right, "]),
               V(spoken_digits(ni[5:8]) + " " + spell_letter(ni[8], "plain"), "NI_NUMBER", "ni", canon=ni))
        c.turn("agent", "thank you, and payment of %s goes out on the %s" % (money_spoken(), ordinal_word(R.randrange(1, 29))))
    c.note = "%s (UK): NI number %s" % (ind, ["typed", "spoken", "split across turns + read-back", "next to NI-shaped letter reference", "with aside"][mode])
    c.done()


def pos_bank(n):
    c = Case("positive", "")
    sc, acct = new_sort(), rand_digits(8, False)
    ind = R.choice(["banking", "utilities", "telecom", "insurance", "government services"])
    mode = R.randrange(4)
    if mode == 0:
        sct = R.choice(["%s-%s-%s", "%s %s %s", "%s%s%s"]) % (sc[:2], sc[2:4], sc[4:])
        c.turn("customer", R.choice(["acct no: ", "Account number ", "a/c ", "Acc: ", "acount no. ", "ACCT# "]), V(acct, "BANK_ACCOUNT", "acct", canon=acct),
               R.choice([", s/c ", " sort code ", "  SC: "]), V(sct, "SORT_CODE", "sc", canon=sc))
        c.turn("agent", "Thanks, the direct debit of %s will start next month." % money())
    elif mode == 1:
        c.turn("agent", "what's the sort code")
        c.turn("customer", V(spoken_groups(sc, [2, 2, 2], joiner=pick(" ", ", ", " dash ")) if False else spoken_groups(sc, [2, 2, 2]), "SORT_CODE", "sc", canon=sc))
        c.turn("agent", "and the account number")
        c.turn("customer", R.choice(["", "um ", "it's "]), V(spoken_digits(acct[:4], fillers=0.1), "BANK_ACCOUNT", "acct", canon=acct))
        c.turn("agent", R.choice(BACKCHANNEL))
        c.turn("customer", V(spoken_digits(acct[4:]), "BANK_ACCOUNT", "acct", canon=acct))
        c.turn("agent", "thanks, " + distractor_spoken())
    elif mode == 2:
        acct = rand_digits(R.choice([10, 11, 12]), False)
        routing = rand_digits(9)
        c.turn("customer", "routing number is %s and the checking account is " % spoken_groups(routing, [3, 3, 3]),
               V(spoken_groups(acct, [3, 3, 4]), "BANK_ACCOUNT", "acct", canon=acct))
        c.turn("agent", "okay, and the payment amount is %s" % money_spoken())
    else:
        c.turn("agent", "could you confirm the account the refund should go to")
        c.turn("customer", "sort code ", V(spoken_groups(sc, [2, 2, 2]), "SORT_CODE", "sc", canon=sc), ", account ",
               V(spoken_groups(acct, [4, 4]), "BANK_ACCOUNT", "acct", canon=acct))
        c.turn("agent", "so that's sort code ", V(grouped(sc, [2, 2, 2], "-") if R.random() < 0.3 else spoken_groups(sc, [2, 2, 2]), "SORT_CODE", "sc2", canon=sc),
               " and the account number you gave, refund of %s" % money_spoken())
    c.note = "%s: bank details %s" % (ind, ["typed", "spoken split", "US checking (routing unlabelled)", "spoken + read-back"][mode])
    c.done()


def pos_iban(n):
    c = Case("positive", "")
    ib = new_iban()
    ind = R.choice(["banking", "travel", "retail", "insurance", "utilities"])
    if R.random() < 0.5:
        c.turn("customer", R.choice(["IBAN: ", "iban ", "please refund to ", "My IBAN is "]), V(iban_typed(ib), "IBAN", "ib", canon=ib),
               R.choice(["", " thanks", ". Booking ref %s" % ref_digits(8)]))
        c.turn("agent", "Thanks, the refund of %s will take 5-7 working days." % money())
    else:
        c.turn("agent", "can you read me the iban")
        half = R.choice([8, 12])
        c.turn("customer", V(iban_spoken(ib[:half], fillers=0.1), "IBAN", "ib", canon=ib))
        c.turn("agent", R.choice(BACKCHANNEL))
        c.turn("customer", V(iban_spoken(ib[half:]), "IBAN", "ib", canon=ib))
        c.turn("agent", "thank you, the refund reference is %s" % spoken_groups(ref_digits(10), [5, 5]))
    c.note = "%s: IBAN (%s) %s" % (ind, ib[:2], "typed" if len(c.turns) == 2 else "spoken across turns")
    c.done()


def pos_phone(n):
    c = Case("positive", "")
    nat, intl, country = new_phone()
    ind = ctx()
    mode = R.randrange(4)
    if mode == 0:
        c.turn("customer", R.choice(["tel: ", "mob ", "call me on ", "Phone - ", "my number's "]), V(phone_typed(nat, intl, country), "PHONE", "ph", canon=None),
               R.choice(["", " after 6pm", " thanks", " (not before 9am)"]))
        c.turn("agent", "Thanks, we'll call you back within %d hours." % R.randrange(2, 48))
    elif mode == 1:
        c.turn("agent", "what's the best number to reach you on")
        c.turn("customer", R.choice(["", "it's ", "um ", "my mobile is "]), V(phone_spoken(nat, intl, country, fillers=0.1), "PHONE", "ph"))
        c.turn("agent", "and is that a mobile")
    elif mode == 2:
        c.turn("agent", "contact number please")
        d = nat
        c.turn("customer", V(spoken_digits(d[:5] if country.startswith("UK") else d[:3]), "PHONE", "ph"))
        c.turn("agent", R.choice(BACKCHANNEL))
        c.turn("customer", V(spoken_digits(d[5:] if country.startswith("UK") else d[3:], fillers=0.1), "PHONE", "ph"))
        c.turn("agent", "let me read that back, ", V(spoken_groups(d, [5, 3] if country.startswith("UK") else [3, 3]), "PHONE", "rb"))
    else:
        c.turn("customer", "my new number is ", V(phone_spoken(nat, intl, country), "PHONE", "ph"),
               ", the old one was on the contract for %s months at %s a month" % (two_digit_words(R.choice([12, 18, 24, 36])), money_spoken()))
        c.turn("agent", "okay, updated")
    for sp in c.spans:
        pass
    # canonical: all phone groups normalise to nat or intl
    for g in c.groups.values():
        g["canon"] = (nat, intl)
    c.note = "%s (%s): phone number %s" % (ind, {"UKM": "UK mobile", "UKL": "UK landline"}.get(country, country), ["typed", "spoken", "split + read-back", "spoken next to contract durations/prices"][mode])
    c.done()


def pos_email(n):
    c = Case("positive", "")
    e = new_email()
    ind = ctx()
    if R.random() < 0.45:
        c.turn("customer", R.choice(["email: ", "E-mail ", "pls send to ", "my email address is ", "Email addr - ", "emial is ", "EMAIL: "]),
               V(email_typed(e), "EMAIL", "em", canon=e), R.choice(["", ".", " thanks", " cheers"]))
        c.turn("agent", "Thanks, the invoice %s has been sent." % ref_digits(9))
    else:
        c.turn("agent", "and what email address shall we use")
        c.turn("customer", R.choice(["it's ", "yeah it's ", "um ", ""]), V(email_spoken(e, fillers=0.15), "EMAIL", "em", canon=e))
        if R.random() < 0.5:
            c.turn("agent", "so that's ", V(email_spoken(e), "EMAIL", "rb", canon=e), "?")
            c.turn("customer", "that's it")
        else:
            c.turn("agent", "lovely, you'll get a confirmation within %s minutes" % two_digit_words(R.choice([10, 15, 20, 30])))
    c.note = "%s: email %s" % (ind, "typed" if c.turns[0]["speaker"] == "customer" else "spoken")
    c.done()


def pos_dob(n):
    c = Case("positive", "")
    d, m, y = new_dob()
    ind = ctx()
    mode = R.randrange(3)
    if mode == 0:
        c.turn("customer", R.choice(["DOB: ", "d.o.b ", "Date of birth - ", "born "]), V(dob_typed(d, m, y), "DOB", "dob", meta=(d, m, y)),
               R.choice(["", ". Appointment was on %d %s." % (R.randrange(1, 28), MONTHS[R.randrange(12)].capitalize())]))
        c.turn("agent", "Thanks, you're verified.")
    elif mode == 1:
        c.turn("agent", "can you confirm your date of birth")
        c.turn("customer", R.choice(["", "yeah it's ", "um "]), V(dob_spoken(d, m, y, fillers=0.3), "DOB", "dob", meta=(d, m, y)))
        c.turn("agent", "thank you, and your payment date is the %s of each month" % ordinal_word(R.randrange(1, 29)))
    else:
        c.turn("agent", "date of birth please")
        c.turn("customer", V(dob_spoken(d, m, y), "DOB", "dob", meta=(d, m, y)),
               ", so i'm %s now, the policy started in %s" % (two_digit_words(min(99, 2025 - y)), year_words(R.randrange(2010, 2024))))
        c.turn("agent", "lovely, " + distractor_spoken())
    c.note = "%s: date of birth %s, with non-PII dates/ages nearby" % (ind, ["typed", "spoken", "spoken with age and year"][mode])
    c.done()


def pos_address(n):
    c = Case("positive", "")
    flat, num, street = address_parts()
    ind = ctx()
    us = R.random() < 0.35
    if us:
        z = rand_digits(5)
        if R.random() < 0.3:
            z += rand_digits(4, False)
    else:
        out, inw = new_uk_postcode()
    if R.random() < 0.45:
        pct = (z if len(z) == 5 else z[:5] + "-" + z[5:]) if us else (out + R.choice([" ", "", " "]) + inw)
        if not us and R.random() < 0.3:
            pct = pct.lower()
        town = R.choice(TOWNS_US) if us else R.choice(TOWNS_UK)
        c.turn("customer", R.choice(["Address: ", "new address is ", "Deliver to "]), V(address_typed(flat, num, street), "ADDRESS", "ad"),
               ", %s " % town, V(pct, "POSTCODE", "pc", canon=(z if us else out + inw)))
        c.turn("agent", "Thanks, your order %s will arrive in %d-%d days." % (ref_digits(10), R.randrange(2, 4), R.randrange(4, 8)))
    else:
        c.turn("agent", "can i take the first line of the address and the %s" % ("zip code" if us else "postcode"))
        c.turn("customer", R.choice(["", "yeah it's ", "so it's "]), V(address_spoken(flat, num, street), "ADDRESS", "ad"),
               R.choice([", ", " in ", ", uh, "]) + (R.choice(TOWNS_US).split(",")[0] if us else R.choice(TOWNS_UK)).lower())
        c.turn("agent", R.choice(["and the zip", "mhm and the zip code"] if us else ["and the postcode", "mhm and the postcode"]))
        pcs = spoken_digits(z, style=R.choice(["plain", "mixed"])) if us else postcode_spoken(out, inw, fillers=0.2)
        c.turn("customer", V(pcs, "POSTCODE", "pc", canon=(z if us else out + inw)))
        c.turn("agent", "thank you, the engineer is booked for %s between %s and %s" % (
            R.choice(["monday", "tuesday", "the %s" % ordinal_word(R.randrange(1, 29))]), R.choice(["eight", "nine", "ten"]), R.choice(["twelve", "one", "two"])))
    c.note = "%s (%s): address and %s" % (ind, "US" if us else "UK", "ZIP" if us else "postcode")
    c.done()


def pos_idv(n):
    """Full identity check: several types in one call."""
    c = Case("positive", "")
    ind = ctx()
    d, m, y = new_dob()
    out, inw = new_uk_postcode()
    nat, intl, country = new_phone("UKM")
    c.turn("agent", GREET[ind] + ", can i take your date of birth and postcode for security")
    c.turn("customer", "yeah, ", V(dob_spoken(d, m, y), "DOB", "dob", meta=(d, m, y)), ", and it's ",
           V(postcode_spoken(out, inw), "POSTCODE", "pc", canon=out + inw))
    c.turn("agent", "thank you, and the mobile number on the account")
    c.turn("customer", V(phone_spoken(nat, intl, country, fillers=0.1), "PHONE", "ph"))
    c.groups["ph"]["canon"] = (nat, intl)
    c.turn("agent", "great you're through security. " + distractor_spoken())
    c.note = "%s (UK): identity check with DOB, postcode and phone" % ind
    c.done()


def pos_card_full_and_last4(n):
    c = Case("positive", "")
    card = new_card()
    c.turn("customer", "Card: ", V(grouped(card, card_groups(card)), "CARD_NUMBER", "card", canon=card), " - was charged twice for order %s" % ref_digits(8))
    c.turn("agent", "Sorry about that. I can see two payments of %s on the card ending " % money(), V(card[-4:], "CARD_NUMBER", "l4", role="suffix", canon=card), ".")
    c.turn("customer", "yes ending ", V(card[-4:], "CARD_NUMBER", "l4b", role="suffix", canon=card), " is mine")
    c.note = "retail chat: full card then last four mentions in same case (labelled)"
    c.done()


# ================================================================ NEGATIVE
def neg_ref_card_rhythm(n):
    c = Case("negative", "")
    d = ref_digits(16)
    label = R.choice(["order number", "tracking number", "reference number", "booking reference", "claim number",
                      "serial number", "meter serial", "policy number", "invoice number", "loyalty points id"])
    ind = ctx()
    if R.random() < 0.5:
        c.turn("agent", "have you got your %s handy" % label)
        c.turn("customer", "yeah it's %s" % spoken_digits(d[:4], fillers=0.1))
        c.turn("agent", R.choice(BACKCHANNEL))
        c.turn("customer", spoken_digits(d[4:8]))
        c.turn("agent", R.choice(BACKCHANNEL))
        c.turn("customer", spoken_groups(d[8:], [4, 4]))
        c.turn("agent", "thanks, and you paid with the card ending %s" % spoken_digits(rand_digits(4), style="plain"))
    else:
        c.turn("customer", "%s: %s, paid by card" % (label.capitalize(), grouped(d, R.choice([[4, 4, 4, 4], [8, 8], [16]]), R.choice([" ", "-"]))))
        c.turn("agent", "Thanks, I can see %s %s for %s." % (label, d, money()))
    c.note = "%s: 16-digit %s read in card rhythm (not Luhn, labelled)" % (ind, label)
    c.done()


def neg_last4(n):
    c = Case("negative", "")
    l4 = rand_digits(4)
    ind = ctx()
    if R.random() < 0.5:
        c.turn("agent", "which card would you like to use")
        c.turn("customer", "the %s card ending %s" % (R.choice(["visa", "mastercard", "debit", "credit"]), spoken_digits(l4, style=R.choice(["plain", "mixed"]))))
        c.turn("agent", "okay, that's the card ending in %s, and the payment is %s" % (spoken_digits(l4, style="plain"), money_spoken()))
    else:
        c.turn("customer", "Hi, there's a charge of %s on my card ending %s I don't recognise, card no longer in my wallet" % (money(), l4))
        c.turn("agent", "I've blocked the card ending **** %s. A new card will arrive in %d working days." % (l4, R.randrange(3, 8)))
    c.note = "%s: card last-four only (not PII under PCI DSS)" % ind
    c.done()


def neg_ssn_shape(n):
    c = Case("negative", "")
    a, b, d = rand_digits(3), rand_digits(2), rand_digits(4)
    label = R.choice(["claim number", "member id", "group number", "case number", "prescription number", "ticket"])
    if R.random() < 0.5:
        c.turn("customer", "My %s is %s-%s-%s, not my social, I don't want to give that." % (label, a, b, d))
        c.turn("agent", "That's fine, %s %s-%s-%s is enough to find it." % (label, a, b, d))
    else:
        c.turn("agent", "do you have the %s" % label)
        c.turn("customer", "%s, %s, %s" % (spoken_digits(a), spoken_digits(b), spoken_digits(d)))
        c.turn("agent", "and that's the %s, not your social security number, right" % label)
        c.turn("customer", "right")
    c.note = "healthcare billing/insurance (US): %s in SSN 3-2-4 rhythm" % label
    c.done()


def neg_ni_shape(n):
    c = Case("negative", "")
    code = R.choice("ABCEHJKLMNPRSTWXYZ") + R.choice("ABCEHJKLMNPRSTWXYZ") + rand_digits(6, False) + R.choice("ABCD")
    label = R.choice(["policy reference", "case reference", "vehicle reference", "booking code", "tax reference on the letter", "claim reference"])
    if R.random() < 0.5:
        c.turn("customer", "%s: %s %s %s %s %s" % (label.capitalize(), code[:2], code[2:4], code[4:6], code[6:8], code[8]))
        c.turn("agent", "Thanks, found %s %s, renewal due on %d %s." % (label, code, R.randrange(1, 28), MONTHS[R.randrange(12)].capitalize()))
    else:
        c.turn("agent", "can i take the %s" % label)
        c.turn("customer", "yeah it's %s" % ni_spoken(code))
        c.turn("agent", "thank you, and that's not the national insurance number, just our reference")
    c.note = "government services/insurance (UK): %s shaped like an NI number" % label
    c.done()


def neg_misc(n):
    c = Case("negative", "")
    ind = ctx()
    k = R.randrange(12)
    if k == 0:
        c.turn("customer", "my meter reading is %s" % spoken_groups(rand_digits(5), [5]))
        c.turn("agent", "and the meter serial number is %s" % grouped(ref_digits(14), [2, 6, 6]))
    elif k == 1:
        c.turn("agent", "your flight %s%d leaves from gate %d at %d:%02d, seat %d%s" % (
            R.choice(["BA", "EI", "FR", "LH", "UA"]), R.randrange(100, 9999), R.randrange(1, 60), R.randrange(5, 23), R.randrange(60), R.randrange(1, 40), R.choice("ABCDEF")))
        c.turn("customer", "and room %d at the hotel, is that confirmed" % R.randrange(100, 999))
    elif k == 2:
        c.turn("customer", "i'm %s, i've been with you since %s and my bill went up %s percent" % (
            two_digit_words(R.randrange(20, 90)), year_words(R.randrange(1995, 2022)), two_digit_words(R.randrange(3, 40))))
        c.turn("agent", "the new price is %s from the %s of %s" % (money_spoken(), ordinal_word(R.randrange(1, 29)), R.choice(MONTHS)))
    elif k == 3:
        c.turn("agent", "Your balance is %s, the minimum payment of %s is due on %02d/%02d/%d." % (money(), money(), R.randrange(1, 28), R.randrange(1, 13), R.randrange(2025, 2027)))
        c.turn("customer", "Can I pay %s on %d %s instead?" % (money(), R.randrange(1, 28), MONTHS[R.randrange(12)].capitalize()))
    elif k == 4:
        d = ref_digits(R.choice([9, 12, 18]))
        c.turn("customer", "the serial number on the router is %s and model %s" % (d, R.choice(["TG789vac", "HH6A", "FRITZ7590", "XB8"])))
        c.turn("agent", "thanks, the engineer slot is %s to %s on the %s" % (R.choice(["eight", "nine", "ten"]), R.choice(["twelve", "one", "two"]), ordinal_word(R.randrange(1, 29))))
    elif k == 5:
        c.turn("agent", "the thermostat is set to %s degrees and the boiler pressure is %s point %s bar" % (two_digit_words(R.randrange(16, 25)), UNIT[R.randrange(1, 3)], UNIT[R.randrange(10)]))
        c.turn("customer", "ok and the contract is %s months" % two_digit_words(R.choice([12, 18, 24])))
    elif k == 6:
        d = ref_digits(19)
        c.turn("customer", "Gift card serial %s, PIN not shown, balance %s" % (grouped(d, [4, 4, 4, 4, 3]), money()))
        c.turn("agent", "Thanks, that voucher (serial %s) expired in %d." % (grouped(d, [4, 4, 4, 4, 3]), R.randrange(2019, 2024)))
    elif k == 7:
        d = ref_digits(15)
        c.turn("agent", "can you read me the imei on the back of the phone")
        c.turn("customer", spoken_groups(d, [3, 3, 3, 3, 3], fillers=0.1))
        c.turn("agent", "thanks, that's the handset, not a card number, we'll block it")
    elif k == 8:
        s = rand_digits(6)
        c.turn("customer", "the promo code on the leaflet is %s-%s-%s, is that still valid" % (s[:2], s[2:4], s[4:]))
        c.turn("agent", "that offer ended on %d %s, sorry" % (R.randrange(1, 28), MONTHS[R.randrange(12)]))
    elif k == 9:
        c.turn("customer", "i live on %s, the road that's closed for works" % R.choice(STREETS).lower())
        c.turn("agent", "okay the outage affects around %d homes and should be fixed by %d pm" % (R.randrange(100, 5000), R.randrange(1, 9)))
    elif k == 10:
        d = ref_digits(16)
        c.turn("customer", "I got a text saying my card was used, the text ref was %s" % " ".join(d[i:i + 4] for i in range(0, 16, 4)))
        c.turn("agent", "That's an alert reference, not a card number. The card ending %s is fine." % rand_digits(4))
    else:
        d = ref_digits(R.choice([10, 11]))
        c.turn("agent", "the account reference on your bill is %s" % spoken_groups(d, [4, 3, 4][:3], fillers=0.1))
        c.turn("customer", "and i pay %s by direct debit on the %s" % (money_spoken(), ordinal_word(R.randrange(1, 29))))
    c.note = "%s: non-PII numbers (%s)" % (ind, ["meter", "travel", "age/year/percent", "balance/dates", "serial/model/times",
                                                   "temperature/duration", "gift card serial", "IMEI in card rhythm", "promo in sort-code shape",
                                                   "road name/counts", "alert ref in card rhythm", "bill account reference"][k])
    c.done()


# ================================================================== build
def build():
    del CASES[:]
    pos_plan = ([pos_card_typed] * 22 + [pos_card_asr_split] * 22 + [pos_card_asr_restart] * 14 +
                [pos_card_with_decoy] * 10 + [pos_card_full_and_last4] * 4 +
                [pos_ssn] * 30 + [pos_ni] * 30 + [pos_bank] * 16 + [pos_iban] * 13 + [pos_phone] * 14 +
                [pos_email] * 12 + [pos_dob] * 10 + [pos_address] * 14 + [pos_idv] * 5)
    neg_plan = ([neg_ref_card_rhythm] * 25 + [neg_last4] * 15 + [neg_ssn_shape] * 15 + [neg_ni_shape] * 15 + [neg_misc] * 40)
    R.shuffle(pos_plan)
    R.shuffle(neg_plan)
    for i, f in enumerate(pos_plan):
        f(i)
    for i, f in enumerate(neg_plan):
        f(i)
    lines = []
    npos = nneg = 0
    for c in CASES:
        if c.kind == "positive":
            npos += 1
            cid = "h473-pos-%03d" % npos
        else:
            nneg += 1
            cid = "h473-neg-%03d" % nneg
        c.id = cid
        lines.append(json.dumps({"id": cid, "kind": c.kind, "turns": c.turns, "spans": c.spans, "note": c.note},
                                ensure_ascii=False))
    return "\n".join(lines) + "\n"


def validate(text):
    errors = []
    ids = set()
    counts = {t: 0 for t in TYPES}
    rows = [json.loads(l) for l in text.splitlines()]
    assert len(rows) == len(CASES)
    for row, c in zip(rows, CASES):
        cid = row["id"]
        if cid in ids:
            errors.append("duplicate id " + cid)
        ids.add(cid)
        for t in row["turns"]:
            if t["speaker"] not in ("customer", "agent"):
                errors.append(cid + " bad speaker")
        if row["kind"] == "negative" and row["spans"]:
            errors.append(cid + " negative with spans")
        if row["kind"] == "positive" and not row["spans"]:
            errors.append(cid + " positive without spans")
        per_turn = {}
        for s in row["spans"]:
            if s["type"] not in TYPES:
                errors.append(cid + " bad type")
            counts[s["type"]] += 1
            txt = row["turns"][s["turn"]]["text"]
            a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(txt)):
                errors.append("%s offsets out of range" % cid)
                continue
            val = txt[a:b]
            if val != val.strip() or not (val[0].isalnum() or val[0] == "+") or not val[-1].isalnum():
                errors.append("%s span edges not on value: %r" % (cid, val))
            if a > 0 and txt[a - 1].isalnum():
                errors.append("%s span start not on word boundary: %r" % (cid, val))
            if b < len(txt) and txt[b].isalnum():
                errors.append("%s span end not on word boundary: %r" % (cid, val))
            per_turn.setdefault(s["turn"], []).append((a, b))
        for spans in per_turn.values():
            spans.sort()
            for (a1, b1), (a2, b2) in zip(spans, spans[1:]):
                if a2 < b1:
                    errors.append(cid + " overlapping spans")
        # the file's span texts equal the builder's group texts, in order
        file_texts = [row["turns"][s["turn"]]["text"][s["start"]:s["end"]] for s in row["spans"]]
        built = []
        for s in c.spans:
            built.append(c.turns[s["turn"]]["text"][s["start"]:s["end"]])
        if file_texts != built:
            errors.append(cid + " file/builder mismatch")
        for gid, g in c.groups.items():
            typ = g["typ"]
            try:
                normed = [check_span_text(typ, t, g["meta"]) for t in g["texts"]]
            except Exception as e:  # noqa
                errors.append("%s %s normalise failed: %s" % (cid, typ, e))
                continue
            if typ in ("DOB", "EXPIRY", "ADDRESS"):
                continue
            joined = "".join(normed)
            canon = g["canon"]
            if typ == "PHONE":
                if joined not in canon:
                    errors.append("%s phone %r not in %r" % (cid, joined, canon))
                if not validate_value(typ, joined, "full"):
                    errors.append("%s phone invalid %r" % (cid, joined))
                continue
            if typ == "EMAIL":
                canon = canon.lower()
                joined = joined.lower()
            elif typ in ("NI_NUMBER", "IBAN", "POSTCODE"):
                canon = canon.upper()
            if g["role"] == "full" and joined != canon:
                errors.append("%s %s normalised %r != %r" % (cid, typ, joined, canon))
            if g["role"] == "suffix" and not canon.endswith(joined):
                errors.append("%s %s suffix %r" % (cid, typ, joined))
            if g["role"] == "fragment" and not validate_value(typ, joined, "fragment"):
                errors.append("%s %s fragment %r" % (cid, typ, joined))
            if g["role"] == "full" and not validate_value(typ, joined, "full"):
                errors.append("%s %s invalid value %r" % (cid, typ, joined))
        if row["kind"] == "negative":
            for t in row["turns"]:
                for m in re.finditer(r"\d[\d \-]{11,30}\d", t["text"]):
                    d = re.sub(r"\D", "", m.group())
                    if 13 <= len(d) <= 19 and luhn_ok(d):
                        errors.append("%s negative contains Luhn-valid run %s" % (cid, d))
    npos = sum(1 for r in rows if r["kind"] == "positive")
    nneg = len(rows) - npos
    if npos < 200 or nneg < 100:
        errors.append("too few cases %d/%d" % (npos, nneg))
    for t in TYPES:
        need = 70 if t == "CARD_NUMBER" else 30 if t in ("SSN", "NI_NUMBER") else 10
        if counts[t] < need:
            errors.append("too few %s spans: %d < %d" % (t, counts[t], need))
    return errors, counts, npos, nneg


def main():
    check = "--check" in sys.argv[1:]
    text = build()
    if check:
        with open(OUT_FILE, encoding="utf-8") as f:
            old = f.read()
        errs, counts, npos, nneg = validate(old)
        if old != text:
            errs.insert(0, "cases.jsonl is not byte-identical to a fresh regeneration")
        for e in errs:
            print("ERROR:", e)
        print("positive=%d negative=%d spans=%s" % (npos, nneg, json.dumps(counts)))
        if errs:
            sys.exit(1)
        print("check OK")
        return
    errs, counts, npos, nneg = validate(text)
    for e in errs:
        print("ERROR:", e)
    os.makedirs(OUT_DIR, exist_ok=True)
    with open(OUT_FILE, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    print("wrote %s: positive=%d negative=%d" % (OUT_FILE, npos, nneg))
    print(json.dumps(counts))
    if errs:
        sys.exit(1)


if __name__ == "__main__":
    main()

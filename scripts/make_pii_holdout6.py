#!/usr/bin/env python3
"""Generate held-out PII redaction evaluation set #6 (tests/fixtures/pii_holdout6).

Written by an AI helper acting as an independent test author who did NOT see the
redaction code, its tests or its docs.  Every case is assembled from template
functions: each turn is a list of plain-text segments and labelled value segments,
so span offsets are computed, never typed by hand.  All randomness comes from one
random.Random(6231126); the output is byte-for-byte reproducible.

    python scripts/make_pii_holdout6.py           # write cases.jsonl + README.md
    python scripts/make_pii_holdout6.py --check   # regenerate and verify

Standard library only.  Never use this set for tuning.
"""
import json
import os
import random
import re
import sys

SEED = 6231126
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout6")
CASES_PATH = os.path.join(OUT_DIR, "cases.jsonl")
README_PATH = os.path.join(OUT_DIR, "README.md")

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]
MIN_SPANS = {t: 12 for t in TYPES}
MIN_SPANS.update({"CARD_NUMBER": 30, "NI_NUMBER": 30, "SSN": 30})
MIN_POS, MIN_NEG = 170, 100

# ---------------------------------------------------------------- spoken forms
ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEEN_W = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
          "seventeen", "eighteen", "nineteen"]
TENS_W = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy",
          8: "eighty", 9: "ninety"}
ORD_W = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth",
         7: "seventh", 8: "eighth", 9: "ninth", 10: "tenth", 11: "eleventh",
         12: "twelfth", 13: "thirteenth", 14: "fourteenth", 15: "fifteenth",
         16: "sixteenth", 17: "seventeenth", 18: "eighteenth", 19: "nineteenth",
         20: "twentieth", 30: "thirtieth"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
MON_ABBR = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
            "Nov", "Dec"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo",
        "f": "foxtrot", "g": "golf", "h": "hotel", "i": "india", "j": "juliet",
        "k": "kilo", "l": "lima", "m": "mike", "n": "november", "o": "oscar",
        "p": "papa", "q": "quebec", "r": "romeo", "s": "sierra", "t": "tango",
        "u": "uniform", "v": "victor", "w": "whiskey", "x": "xray", "y": "yankee",
        "z": "zulu"}
FOLK = {"a": "apple", "b": "boy", "c": "cat", "d": "dog", "e": "edward", "g": "george",
        "h": "harry", "j": "john", "k": "king", "l": "london", "m": "mother",
        "n": "nancy", "p": "peter", "r": "robert", "s": "sugar", "t": "tommy",
        "w": "william", "x": "xylophone", "y": "yellow", "z": "zebra"}

# normaliser tables
N_DIG = {"zero": "0", "oh": "0", "o": "0", "nought": "0", "nil": "0", "one": "1",
         "won": "1", "two": "2", "to": "2", "too": "2", "three": "3", "four": "4",
         "for": "4", "five": "5", "six": "6", "seven": "7", "eight": "8", "ate": "8",
         "nine": "9"}
ZERO_WORDS = {"zero", "oh", "o", "nought", "nil"}
N_TEEN = {w: str(10 + i) for i, w in enumerate(TEEN_W)}
N_TENS = {w: str(k) for k, w in TENS_W.items()}
N_ORD = {w: k for k, w in ORD_W.items()}
N_SYM = {"dot": ".", "at": "@", "underscore": "_", "dash": "-", "hyphen": "-",
         "plus": "+", "slash": "/"}
FILLERS = {"um", "uh", "er", "erm", "umm", "uhh", "ehm"}


def tokens(text):
    return re.findall(r"[A-Za-z]+|\d+|[@._+\-/]", text.lower())


def normalise(text):
    """Turn a typed or spoken value into a compact character string."""
    tk = tokens(text)
    out = []
    i = 0
    n = len(tk)
    while i < n:
        t = tk[i]
        nxt = tk[i + 1] if i + 1 < n else ""
        if t in FILLERS:
            i += 1
            continue
        # spelled letter: "b for bravo", "s as in sugar", "m like mother"
        if len(t) == 1 and t.isalpha():
            if nxt in ("for", "like") and i + 2 < n and tk[i + 2][0] == t and len(tk[i + 2]) > 1:
                out.append(t.upper())
                i += 3
                continue
            if nxt == "as" and i + 3 < n and tk[i + 2] == "in" and tk[i + 3][0] == t:
                out.append(t.upper())
                i += 4
                continue
        if t in ("double", "triple") and nxt:
            one = normalise(nxt)
            if len(one) == 1:
                out.append(one * (2 if t == "double" else 3))
                i += 2
                continue
        if t in N_DIG:
            out.append(N_DIG[t])
        elif t in N_TEEN:
            out.append(N_TEEN[t])
        elif t in N_TENS:
            if nxt in N_DIG and nxt not in ZERO_WORDS:
                out.append(N_TENS[t] + N_DIG[nxt])
                i += 1
            elif nxt in N_ORD and N_ORD[nxt] < 10:
                out.append(N_TENS[t] + str(N_ORD[nxt]))
                i += 1
            else:
                out.append(N_TENS[t] + "0")
        elif t == "hundred":
            out.append("00")
        elif t == "thousand":
            j = i + 1
            if j < n and tk[j] == "and":
                j += 1
            nx = tk[j] if j < n else ""
            if nx in N_DIG and nx not in ZERO_WORDS:
                out.append("00")
            elif nx in N_TEEN or nx in N_TENS:
                out.append("0")
            else:
                out.append("000")
            i = j
            continue
        elif t in N_ORD:
            out.append(str(N_ORD[t]))
        elif t in N_SYM:
            out.append(N_SYM[t])
        elif t.isdigit():
            out.append(t)
        elif len(t) == 1:
            out.append(t.upper())
        elif t in ("the", "of", "and", "space"):
            pass
        else:
            out.append(t)
        i += 1
    return "".join(out)


def compact(text):
    """Normalised form reduced to upper-case letters and digits."""
    return re.sub(r"[^A-Z0-9]", "", normalise(text).upper())


# ---------------------------------------------------------------- validators
def luhn_ok(d):
    s = 0
    for i, ch in enumerate(reversed(d)):
        k = int(ch)
        if i % 2 == 1:
            k *= 2
            if k > 9:
                k -= 9
        s += k
    return s % 10 == 0


def luhn_complete(prefix, length, rng):
    body = prefix + "".join(str(rng.randrange(10)) for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def iban_ok(s):
    s = s.upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in r)
    return int(num) % 97 == 1


def iban_make(cc, bban):
    r = bban + cc + "00"
    num = "".join(str(int(c, 36)) for c in r)
    chk = 98 - int(num) % 97
    return "%s%02d%s" % (cc, chk, bban)


IBAN_LEN = {"GB": 22, "IE": 22, "DE": 22, "NL": 18, "ES": 24, "FR": 27, "IT": 27,
            "BE": 16, "PT": 25}
NI_RE = re.compile(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]")
UK_PC_RE = re.compile(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}")
STREET_SUFFIX = {"street", "st", "road", "rd", "avenue", "ave", "lane", "ln", "drive",
                 "dr", "close", "way", "court", "ct", "place", "boulevard", "blvd",
                 "crescent", "terrace", "grove", "park", "gardens", "square", "row",
                 "parade", "hill", "walk"}


def validate_value(typ, pieces, canon):
    """Return an error string or None.  pieces = span texts of one value, in order;
    each piece is normalised on its own and the results concatenated."""
    norm = "".join(normalise(x) for x in pieces)
    text = " ".join(pieces)
    c = re.sub(r"[^A-Z0-9]", "", norm.upper())
    if typ == "EMAIL":
        got = norm.lower()
        if got != canon.lower():
            return "email spoken/typed form %r normalises to %r != %r" % (text, got, canon)
        if not re.fullmatch(r"[a-z0-9._%+\-]+@[a-z0-9\-]+(\.[a-z0-9\-]+)+", got):
            return "bad email %r" % got
        return None
    if typ == "ADDRESS":
        words = re.findall(r"[a-z]+", text.lower())
        has_num = bool(re.search(r"\d", text)) or any(
            w in N_DIG or w in N_TEEN or w in N_TENS for w in words)
        if not has_num or not (set(words) & STREET_SUFFIX):
            return "address %r lacks number or street word" % text
        return None
    if typ == "DOB" or typ == "EXPIRY":
        y, m, d = canon
        s = norm.lower()
        ys = str(y)
        if ys not in s and not s.endswith(ys[2:]):
            return "%s %r missing year %s (%r)" % (typ, text, ys, s)
        if MONTHS[m - 1] not in s and MONTHS[m - 1][:3] not in s and str(m) not in s:
            return "%s %r missing month" % (typ, text)
        if d and str(d) not in s:
            return "%s %r missing day" % (typ, text)
        return None
    want = re.sub(r"[^A-Z0-9]", "", canon.upper())
    if c != want:
        return "%s %r normalises to %r, expected %r" % (typ, text, c, want)
    if typ == "CARD_NUMBER":
        if not (c.isdigit() and 13 <= len(c) <= 19 and luhn_ok(c)):
            return "card %r fails luhn/length" % c
    elif typ == "CVV":
        if not (c.isdigit() and len(c) in (3, 4)):
            return "cvv %r" % c
    elif typ == "SSN":
        if not (c.isdigit() and len(c) == 9) or c[:3] in ("000", "666") or c[0] == "9" \
                or c[3:5] == "00" or c[5:] == "0000":
            return "ssn %r" % c
    elif typ == "NI_NUMBER":
        if not NI_RE.fullmatch(c) or c[:2] in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            return "ni %r" % c
    elif typ == "BANK_ACCOUNT":
        if not (c.isdigit() and 6 <= len(c) <= 12):
            return "account %r" % c
    elif typ == "SORT_CODE":
        if not (c.isdigit() and len(c) == 6):
            return "sort code %r" % c
    elif typ == "IBAN":
        if not iban_ok(c) or IBAN_LEN.get(c[:2]) != len(c):
            return "iban %r" % c
    elif typ == "PHONE":
        core = c[2:] if c.startswith("00") else c  # "double oh" international prefix
        if not (c.isdigit() and 9 <= len(core) <= 13):
            return "phone %r" % c
    elif typ == "POSTCODE":
        if not (UK_PC_RE.fullmatch(c) or re.fullmatch(r"\d{5}(\d{4})?", c)):
            return "postcode %r" % c
    return None


# ---------------------------------------------------------------- case builder
class V:
    """A labelled segment.  group ties together partial spans of one value."""

    def __init__(self, text, typ, canon=None, group=None, check=True):
        self.text, self.typ, self.canon, self.group, self.check = text, typ, canon, group, check


class Case:
    def __init__(self, note):
        self.note = note
        self.turns = []
        self.spans = []
        self.meta = []  # (group, canon, check, text)
        self._auto = 0

    def say(self, speaker, *segs):
        idx = len(self.turns)
        text = ""
        for s in segs:
            if isinstance(s, V):
                start = len(text)
                text += s.text
                self.spans.append({"turn": idx, "start": start, "end": len(text), "type": s.typ})
                g = s.group
                if g is None:
                    self._auto += 1
                    g = "auto%d" % self._auto
                self.meta.append((g, s.canon, s.check, s.text))
            else:
                text += s
        self.turns.append({"speaker": speaker, "text": text})
        return self

    a = lambda self, *s: self.say("agent", *s)
    c = lambda self, *s: self.say("customer", *s)


# ---------------------------------------------------------------- rendering helpers
R = random.Random(SEED)


def ch(seq):
    return R.choice(seq)


def p(x):
    return R.random() < x


def zw_pick(uk=True):
    if uk:
        return ch(["oh", "oh", "zero", "o", "nought", "zero"])
    return ch(["oh", "oh", "zero", "o", "zero"])


def say_digit(d, zw):
    return zw if d == "0" else ONES[int(d)]


def say_pair(pr, zw):
    a, b = int(pr[0]), int(pr[1])
    if a == 0:
        return "%s %s" % (zw, say_digit(pr[1], zw))
    if a == 1:
        return TEEN_W[b]
    if b == 0:
        return TENS_W[a]
    return "%s %s" % (TENS_W[a], ONES[b])


def say_digits(s, zw, runs=0.5, homo=0.0):
    """Digit by digit, with optional double/triple and ASR homophones."""
    out = []
    i = 0
    while i < len(s):
        d = s[i]
        j = i
        while j < len(s) and s[j] == d:
            j += 1
        run = j - i
        if run >= 3 and p(runs):
            out.append("triple " + say_digit(d, zw))
            i += 3
            continue
        if run >= 2 and p(runs):
            out.append("double " + say_digit(d, zw))
            i += 2
            continue
        w = say_digit(d, zw)
        if homo and p(homo):
            w = {"four": "for", "two": ch(["to", "too"]), "eight": "ate"}.get(w, w)
        out.append(w)
        i += 1
    return " ".join(out)


def say_chunk(s, zw, mode=None, homo=0.0):
    if mode is None:
        mode = ch(["digits", "digits", "digits", "pairs"])
    if mode == "pairs":
        parts = []
        k = 0
        if len(s) % 2 == 1:
            parts.append(say_digit(s[0], zw))
            k = 1
        while k < len(s):
            parts.append(say_pair(s[k:k + 2], zw))
            k += 2
        txt = " ".join(parts)
    elif mode == "hundred" and len(s) == 3 and s[1:] == "00" and s[0] != "0":
        txt = ONES[int(s[0])] + " hundred"
    else:
        txt = say_digits(s, zw, homo=homo)
    return txt


def say_number(s, groups, zw, mode=None, homo=0.0, sep=" "):
    """Speak digit string s split into group sizes; verified, falls back to digits."""
    chunks = split_groups(s, groups)
    txt = sep.join(say_chunk(c, zw, mode, homo) for c in chunks)
    if compact(txt) != s:
        txt = sep.join(say_digits(c, zw, runs=0) for c in chunks)
    assert compact(txt) == s, (txt, s)
    return txt


def split_groups(s, groups):
    out, k = [], 0
    for g in groups:
        if k >= len(s):
            break
        out.append(s[k:k + g])
        k += g
    if k < len(s):
        out.append(s[k:])
    return out


def spell_letter(c, style):
    c = c.lower()
    if style == "nato":
        return "%s for %s" % (c, NATO[c])
    if style == "asin":
        return "%s as in %s" % (c, NATO[c] if c not in FOLK or p(0.5) else FOLK[c])
    if style == "folk" and c in FOLK:
        return "%s for %s" % (c, FOLK[c])
    if c == "o":
        return "o for oscar"
    return c


def say_alnum(s, zw, letter_style="plain", digit_mode="digits"):
    """Letters spelled, digit runs spoken."""
    parts = []
    for m in re.finditer(r"[A-Za-z]|\d+", s):
        t = m.group(0)
        if t.isdigit():
            parts.append(say_chunk(t, zw, digit_mode))
        else:
            st = letter_style if letter_style != "mixed" else ch(["plain", "nato", "plain", "folk"])
            parts.append(spell_letter(t, st))
    txt = " ".join(parts)
    if compact(txt) != re.sub(r"[^A-Z0-9]", "", s.upper()):
        parts = []
        for m in re.finditer(r"[A-Za-z]|\d", s):
            t = m.group(0)
            parts.append(say_digit(t, zw) if t.isdigit() else spell_letter(t, "nato" if t.lower() == "o" else "plain"))
        txt = " ".join(parts)
    return txt


def typed_groups(s, groups, sep=" "):
    return sep.join(split_groups(s, groups))


def year_words(y):
    if 2000 <= y <= 2009:
        return ch(["two thousand and %s" % ONES[y - 2000], "two thousand %s" % ONES[y - 2000]]) if y > 2000 else "two thousand"
    hi, lo = divmod(y, 100)
    return "%s %s" % (say_pair(str(hi), "oh"), say_pair("%02d" % lo, "oh"))


def num_words(n):
    """Cardinal words for 0..999999 (used in negatives)."""
    if n < 10:
        return ONES[n]
    if n < 20:
        return TEEN_W[n - 10]
    if n < 100:
        t, u = divmod(n, 10)
        return TENS_W[t] + ("" if u == 0 else " " + ONES[u])
    if n < 1000:
        h, r = divmod(n, 100)
        return ONES[h] + " hundred" + ("" if r == 0 else " and " + num_words(r))
    th, r = divmod(n, 1000)
    return num_words(th) + " thousand" + ("" if r == 0 else (" and " if r < 100 else " ") + num_words(r))


# ---------------------------------------------------------------- value generators
def gen_card(kind=None):
    kind = kind or ch(["visa", "visa", "visa", "mc", "mc", "amex", "disc", "mc2", "visa19", "visa13"])
    if kind == "visa":
        return luhn_complete("4" + str(R.randrange(10, 99)), 16, R), [4, 4, 4, 4]
    if kind == "visa13":
        return luhn_complete("4" + str(R.randrange(100, 999)), 13, R), [4, 4, 5]
    if kind == "visa19":
        return luhn_complete("4" + str(R.randrange(100, 999)), 19, R), [4, 4, 4, 4, 3]
    if kind == "mc":
        return luhn_complete(str(R.randrange(51, 56)), 16, R), [4, 4, 4, 4]
    if kind == "mc2":
        return luhn_complete(str(R.randrange(2221, 2721)), 16, R), [4, 4, 4, 4]
    if kind == "amex":
        return luhn_complete(ch(["34", "37"]), 15, R), [4, 6, 5]
    return luhn_complete("6011", 16, R), [4, 4, 4, 4]


def gen_ssn():
    while True:
        a = R.randrange(1, 900)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, R.randrange(1, 100), R.randrange(1, 10000))


NI_L1 = "ABCEGHJKLMNPRSTWXYZ"
NI_L2 = "ABCEGHJKLMNPRSTWXYZ"


def gen_ni():
    while True:
        pre = ch(NI_L1) + ch(NI_L2)
        if pre not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return pre + "".join(str(R.randrange(10)) for _ in range(6)) + ch("ABCD")


def gen_digits(n, first_nonzero=True):
    s = str(R.randrange(1, 10)) if first_nonzero else str(R.randrange(10))
    return s + "".join(str(R.randrange(10)) for _ in range(n - 1))


def gen_sort():
    return ch(["20", "30", "40", "60", "77", "83", "90", "93", "11", "16", "08", "09"]) + gen_digits(4, False)


def gen_iban(cc=None):
    cc = cc or ch(["GB", "GB", "IE", "IE", "DE", "NL", "ES", "FR", "IT", "BE", "PT"])
    if cc == "GB":
        bban = ch(["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "BUKB"]) + gen_sort() + gen_digits(8)
    elif cc == "IE":
        bban = ch(["AIBK", "BOFI", "IPBS", "ULSB"]) + gen_digits(6) + gen_digits(8)
    elif cc == "NL":
        bban = ch(["ABNA", "RABN", "INGB", "TRIO"]) + gen_digits(10)
    elif cc == "DE":
        bban = gen_digits(18)
    elif cc == "ES":
        bban = gen_digits(20)
    elif cc == "FR":
        bban = gen_digits(23)
    elif cc == "IT":
        bban = ch("ABCDEFGHJKLMNPRSTXYZ") + gen_digits(22)
    elif cc == "BE":
        bban = gen_digits(12)
    else:
        bban = gen_digits(21)
    v = iban_make(cc, bban)
    assert iban_ok(v) and len(v) == IBAN_LEN[cc]
    return v


def gen_phone(region=None):
    """Return (typed, canonical digits, spoken-group sizes, prefix-word)."""
    region = region or ch(["uk_mob", "uk_mob", "uk_land", "us", "us", "ie", "intl_uk", "intl_ie", "de", "fr"])
    if region == "uk_mob":
        d = "07" + ch("789") + gen_digits(8, False)
        t = ch([d[:5] + " " + d[5:], d, d[:5] + "-" + d[5:], d[:4] + " " + d[4:7] + " " + d[7:]])
        return t, d, [5, 3, 3], None
    if region == "uk_land":
        d = ch(["020", "0161", "0113", "0117", "0131", "0141", "0121"]) + gen_digits(7 if False else 8 if False else 7, True)
        if d.startswith("020"):
            d = "020" + ch("378") + gen_digits(7, False)
            t = d[:3] + " " + d[3:7] + " " + d[7:]
            g = [3, 4, 4]
        else:
            t = d[:4] + " " + d[4:7] + " " + d[7:]
            g = [4, 3, 4]
        return t, d, g, None
    if region == "us":
        d = str(R.randrange(201, 990)) + str(R.randrange(200, 999)) + gen_digits(4, False)
        t = ch(["(%s) %s-%s" % (d[:3], d[3:6], d[6:]), "%s-%s-%s" % (d[:3], d[3:6], d[6:]),
                "%s.%s.%s" % (d[:3], d[3:6], d[6:]), "1-%s-%s-%s" % (d[:3], d[3:6], d[6:])])
        if t.startswith("1-"):
            d = "1" + d
            return t, d, [1, 3, 3, 4], None
        return t, d, [3, 3, 4], None
    if region == "ie":
        d = "08" + ch("35679") + gen_digits(7, False)
        t = ch([d[:3] + " " + d[3:6] + " " + d[6:], d, d[:3] + "-" + d[3:]])
        return t, d, [3, 3, 4], None
    if region == "intl_uk":
        d = "447" + ch("789") + gen_digits(8, False)
        t = ch(["+44 " + d[2:6] + " " + d[6:], "+44" + d[2:], "0044 " + d[2:6] + " " + d[6:]])
        if t.startswith("0044"):
            d = "00" + d
            return t, d, [4, 4, 6], None
        return t, d, [2, 4, 6], "plus"
    if region == "intl_ie":
        d = "3538" + ch("3567") + gen_digits(7, False)
        t = ch(["+353 " + d[3:5] + " " + d[5:8] + " " + d[8:], "+353" + d[3:]])
        return t, d, [3, 2, 3, 4], "plus"
    if region == "de":
        d = "49" + ch(["30", "40", "89", "151", "170"]) + gen_digits(7, False)
        t = "+49 " + d[2:5] + " " + d[5:]
        return t, d, [2, 3, 4, 4], "plus"
    d = "33" + ch("167") + gen_digits(8, False)
    t = "+33 " + d[2] + " " + " ".join(d[k:k + 2] for k in range(3, 11, 2))
    return t, d, [2, 1, 2, 2, 2, 2], "plus"


FIRST = ["james", "sarah", "aoife", "liam", "priya", "tom", "maria", "sean", "emma", "david",
         "niamh", "carlos", "grace", "owen", "fatima", "kevin", "chloe", "marek", "hannah",
         "ravi", "ciara", "ben", "lucy", "tariq", "jess", "paddy", "ellen", "marco"]
LAST = ["walsh", "patel", "murphy", "okafor", "brennan", "smith", "kowalski", "byrne",
        "garcia", "evans", "nguyen", "hughes", "kelly", "fischer", "dubois", "reilly",
        "jones", "ahmed", "doyle", "martin", "lee", "carter"]
DOMAINS = ["gmail.com", "gmail.com", "outlook.com", "yahoo.co.uk", "hotmail.com",
           "btinternet.com", "eircom.net", "icloud.com", "protonmail.com", "web.de",
           "live.ie", "aol.com", "hotmail.co.uk", "sky.com", "yahoo.com", "comcast.net"]


def gen_email():
    f, l = ch(FIRST), ch(LAST)
    dom = ch(DOMAINS)
    form = ch(["f.l", "fl", "f_l", "fl##", "f.l##", "il", "l.f", "f##"])
    yy = "%02d" % R.randrange(60, 100) if p(0.6) else str(R.randrange(1, 99))
    local = {"f.l": f + "." + l, "fl": f + l, "f_l": f + "_" + l, "fl##": f + l + yy,
             "f.l##": f + "." + l + yy, "il": f[0] + l, "l.f": l + "." + f, "f##": f + yy}[form]
    return local + "@" + dom, (f, l, form, yy, dom)


def say_email(parts):
    f, l, form, yy, dom = parts
    zw = "oh"

    def num(y):
        return say_chunk(y, zw, ch(["pairs", "digits"]))
    sl = ch(["word", "word", "spell"])
    fw = f if sl == "word" or "o" in f else " ".join(f)
    lw = l if "o" in l or p(0.7) else " ".join(l)
    local = {"f.l": fw + " dot " + lw, "fl": fw + " " + lw, "f_l": fw + " underscore " + lw,
             "fl##": fw + " " + lw + " " + num(yy), "f.l##": fw + " dot " + lw + " " + num(yy),
             "il": spell_letter(f[0], "plain") + " " + lw, "l.f": lw + " dot " + fw, "f##": fw + " " + num(yy)}[form]
    dparts = dom.split(".")
    dw = []
    for k, d in enumerate(dparts):
        if k == 0:
            dw.append(d)
        elif len(d) == 2 and d not in ("co",):
            dw.append(" ".join(d))
        else:
            dw.append(d)
    return local + " at " + " dot ".join(dw)


STREETS = ["Elm Street", "Harbour Road", "Station Road", "Maple Avenue", "Church Lane",
           "Orchard Close", "Main Street", "Oak Drive", "Victoria Terrace", "Mill Lane",
           "Park Avenue", "Castle View Road", "Kings Way", "Willow Crescent", "Highfield Grove",
           "Sunset Boulevard", "Pine Court", "Meadow Way", "Lower Baggot Street", "Queens Road",
           "Beechwood Drive", "Fairview Park", "Hawthorn Gardens", "Greenhill Road",
           "Lakeshore Drive", "Cedar Lane", "Abbey Street", "Riverside Walk"]
ABBR = {"Street": "St", "Road": "Rd", "Avenue": "Ave", "Drive": "Dr", "Lane": "Ln",
        "Boulevard": "Blvd", "Court": "Ct"}


def gen_address(spoken):
    num = R.choice([R.randrange(1, 60), R.randrange(1, 200), R.randrange(100, 2999)])
    street = ch(STREETS)
    flat = None
    if p(0.3):
        flat = (ch(["Flat", "Apt", "Unit", "Apartment"]), str(R.randrange(1, 40)) + (ch("AB") if p(0.2) else ""))
    if spoken:
        if num >= 100 and p(0.6):
            s = str(num)
            ns = say_chunk(s, "oh", "pairs") if len(s) == 4 else say_chunk(s, "oh", ch(["pairs", "digits"]))
        else:
            ns = num_words(num).replace(" and ", " ")
        st = street.lower()
        txt = ns + " " + st
        if flat:
            fl = flat[1]
            fw = num_words(int(re.sub(r"\D", "", fl))) + (" " + fl[-1].lower() if fl[-1].isalpha() else "")
            txt = flat[0].lower() + " " + fw + " " + txt
        return txt
    st = street
    if p(0.3):
        w = st.split()
        if w[-1] in ABBR:
            w[-1] = ABBR[w[-1]] + ch(["", "."]) if p(0.5) else ABBR[w[-1]]
            st = " ".join(w)
            st = st.rstrip(".")
    if p(0.2):
        st = st.lower()
    txt = "%d%s %s" % (num, ch(["", "", "", "a", "b"]) if num < 100 else "", st)
    if flat:
        txt = "%s %s, %s" % (flat[0], flat[1], txt)
    return txt


UK_AREAS = ["SW1A", "SW", "SE", "N", "E", "W", "NW", "M", "B", "LS", "G", "EH", "CF", "BS",
            "NE", "L", "BT", "S", "CB", "RG", "PL", "DH", "YW"]
INWARD_L = "ABDEFGHJLNPQRSTUWXYZ"


def gen_postcode(us=None):
    if us is None:
        us = p(0.3)
    if us:
        z = "%05d" % R.randrange(1001, 99950)
        if p(0.25):
            return z + "-" + gen_digits(4, False), True
        return z, True
    a = ch(UK_AREAS)
    if a == "YW":
        a = "WR"
    if a == "SW1A":
        out = a
    elif len(a) == 1:
        out = a + str(R.randrange(1, 20))
    else:
        out = a + str(R.randrange(1, 20)) if p(0.8) else a + str(R.randrange(1, 10)) + ch("ABEHJMNPRVWXY")
    return out + " " + str(R.randrange(0, 10)) + ch(INWARD_L) + ch(INWARD_L), False


def say_postcode(pc, us):
    zw = ch(["oh", "zero"])
    if us:
        d = re.sub(r"\D", "", pc)
        txt = say_digits(d[:5], zw, runs=0.3)
        if len(d) > 5:
            txt += ch([" dash ", " "]) + say_digits(d[5:], zw, runs=0.3)
        return txt
    out, inw = pc.split()
    st = ch(["plain", "plain", "nato", "mixed"])
    a = say_alnum(out, zw, st, ch(["digits", "pairs"]))
    b = say_alnum(inw, zw, st)
    return a + " " + b


def gen_date(lo, hi):
    y = R.randrange(lo, hi)
    m = R.randrange(1, 13)
    d = R.randrange(1, 29)
    return y, m, d


def ordinal_words(d):
    if d in ORD_W:
        return ORD_W[d]
    t, u = divmod(d, 10)
    return TENS_W[t] + " " + ORD_W[u]


def ordinal_typed(d):
    suf = "th" if 11 <= d <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
    return "%d%s" % (d, suf)


def dob_typed(y, m, d, us=False):
    forms = ["%02d/%02d/%d" % ((m, d, y) if us else (d, m, y)),
             "%d/%d/%d" % ((m, d, y) if us else (d, m, y)),
             "%02d.%02d.%d" % (d, m, y),
             "%d %s %d" % (d, MONTHS[m - 1].capitalize(), y),
             "%s %s, %d" % (MONTHS[m - 1].capitalize(), ordinal_typed(d), y),
             "%d-%02d-%02d" % (y, m, d),
             "%s %s %d" % (ordinal_typed(d), MON_ABBR[m - 1], y),
             "%02d-%02d-%d" % ((m, d, y) if us else (d, m, y))]
    return ch(forms)


def dob_spoken(y, m, d, us=False):
    yw = year_words(y)
    mw = MONTHS[m - 1]
    forms = ["%s of %s %s" % (ordinal_words(d), mw, yw),
             "%s of %s %s" % (ordinal_words(d), mw, say_pair("%02d" % (y % 100), "oh") if y < 2000 else yw),
             "%s %s %s" % (mw, ordinal_words(d), yw),
             "%s the %s %s" % (mw, ordinal_words(d), yw),
             "%s %s %s" % (say_pair("%02d" % d, "oh"), say_pair("%02d" % m, "oh"), yw)]
    if us:
        forms[-1] = "%s %s %s" % (say_pair("%02d" % m, "oh"), say_pair("%02d" % d, "oh"), yw)
    return ch(forms)


def exp_typed(m, y):
    return ch(["%02d/%02d" % (m, y % 100), "%02d/%d" % (m, y), "%d/%02d" % (m, y % 100),
               "%02d-%02d" % (m, y % 100), "%s %d" % (MON_ABBR[m - 1], y),
               "%02d / %02d" % (m, y % 100)])


def exp_spoken(m, y):
    yy = "%02d" % (y % 100)
    mw = MONTHS[m - 1]
    zw = ch(["oh", "zero", "o"])
    return ch(["%s %s" % (say_pair("%02d" % m, zw), say_pair(yy, zw)),
               "%s slash %s" % (say_pair("%02d" % m, zw), say_pair(yy, zw)),
               "%s %s" % (mw, year_words(y) if p(0.5) else say_pair(yy, zw)),
               "%s %s" % (say_digits("%02d" % m, zw, 0), say_digits(yy, zw, 0)),
               "%s of %s" % (mw, year_words(y))])


def gen_exp():
    return R.randrange(1, 13), R.randrange(2026, 2032)


# ---------------------------------------------------------------- pools
AG_ACK = ["mhm", "okay", "yep", "okay go on", "right", "uh huh", "got that", "yeah",
          "okay and the next four", "go ahead", "sure", "mm hmm"]
FILL = ["um ", "uh ", "erm ", "", "", ""]
YES = ["yeah ", "yes ", "sure ", "ok ", "right so ", "yeah so ", "it's ", "uh it's ", ""]
CHAT_HI = ["Hi, ", "Hello ", "hey ", "Hi there - ", "Good morning. ", "", "hiya "]
IND_CALL = ["banking", "telecom", "utilities", "retail", "insurance", "travel",
            "healthcare billing", "government services"]


CUR = {"sym": "£"}  # currency of the case being built (set per case in build())
CUR_WORD = {"£": "pounds", "$": "dollars", "€": "euro"}


def money_typed(cur=None, lo=5, hi=2000):
    cur = cur or CUR["sym"]
    return "%s%d.%02d" % (cur, R.randrange(lo, hi), R.randrange(0, 100))


def money_spoken(lo=5, hi=1500):
    n = R.randrange(lo, hi)
    c = R.randrange(1, 99)
    cur = CUR_WORD[CUR["sym"]]
    sub = {"pounds": "pence", "dollars": "cents", "euro": "cent"}[cur]
    return ch(["%s %s %s" % (num_words(n), cur, num_words(c)),
               "%s %s" % (num_words(n), cur),
               "%s %s and %s %s" % (num_words(n), cur, num_words(c), sub)])


# ================================================================ POSITIVE TEMPLATES
POS = []


def pos(fn):
    POS.append(fn)
    return fn


@pos
def p_chat_card_full():
    ind = ch(["retail", "telecom", "travel", "utilities", "insurance"])
    card, g = gen_card()
    sep = ch([" ", "-", "", " ", "  "])
    t = typed_groups(card, g, sep)
    m, y = gen_exp()
    cv = gen_digits(4 if len(card) == 15 else 3, False)
    k = Case("chat/%s: card typed with %s separators plus expiry and CVV in one message" % (ind, {" ": "space", "-": "dash", "": "no", "  ": "double-space"}[sep]))
    k.a("Thanks. Please type the long card number, expiry and security code when ready.")
    style = R.randrange(3)
    e = exp_typed(m, y)
    if style == 0:
        k.c(ch(CHAT_HI), "card ", V(t, "CARD_NUMBER", card), " exp ", V(e, "EXPIRY", (y, m, 0)), " cvv ", V(cv, "CVV", cv))
    elif style == 1:
        k.c(V(t, "CARD_NUMBER", card), "\n", V(e, "EXPIRY", (y, m, 0)), "\n", V(cv, "CVV", cv))
    else:
        k.c("its ", V(t, "CARD_NUMBER", card), ", expires ", V(e, "EXPIRY", (y, m, 0)),
            " and the 3 digit code on back is ", V(cv, "CVV", cv), " thx")
    return k


@pos
def p_chat_card_midmessage():
    card, g = gen_card()
    sep = ch([" ", "-", ""])
    amt = money_typed()
    k = Case("chat/retail: card number inside a sentence next to an amount and an order number")
    order = gen_digits(R.randrange(6, 9))
    k.c("Can you charge ", amt, " for order #", order, " to my card ", V(typed_groups(card, g, sep), "CARD_NUMBER", card), " please")
    k.a("Of course, processing %s now." % amt)
    return k


@pos
def p_call_card_oneturn():
    ind = ch(IND_CALL)
    card, g = gen_card()
    zw = zw_pick()
    spoken = say_number(card, g, zw, homo=ch([0, 0, 0.15]))
    k = Case("call/%s: card read in one turn (%s style zeros, maybe pairs/doubles/homophones)" % (ind, zw))
    k.a(ch(["and what's the long number on the front of the card", "can i take the card number please",
            "go ahead with the sixteen digits when you're ready"]))
    k.c(ch(YES), V(spoken, "CARD_NUMBER", card), ch(["", " that's it", " and that's a visa", " yeah"]))
    return k


@pos
def p_call_card_split():
    ind = ch(IND_CALL)
    card, g = gen_card()
    zw = zw_pick()
    chunks = split_groups(card, g)
    k = Case("call/%s: card split over %d customer turns with agent back-channels" % (ind, len(chunks)))
    k.a("okay go ahead with the card number")
    for i, cch in enumerate(chunks):
        lead = ch(FILL) if i == 0 else ch(["", "", "then ", "uh ", "and "])
        tail = ch(["", "", " um", ""])
        k.c(lead, V(say_chunk(cch, zw), "CARD_NUMBER", card, group="card"), tail)
        if i < len(chunks) - 1:
            k.a(ch(AG_ACK))
    k.a("lovely thank you")
    return k


@pos
def p_call_card_filler_inside():
    card, g = gen_card("visa")
    zw = zw_pick()
    chunks = split_groups(card, g)
    k = Case("call/utilities: card read with hesitation fillers between groups (fillers outside spans)")
    segs = [ch(YES)]
    for i, cch in enumerate(chunks):
        segs.append(V(say_chunk(cch, zw), "CARD_NUMBER", card, group="card"))
        if i < len(chunks) - 1:
            segs.append(ch([" um ", " uh ", " erm hang on ", " sorry ", " uh sorry "]))
    k.a("what's the card number")
    k.c(*segs)
    return k


@pos
def p_call_card_selfcorrect():
    card, g = gen_card(ch(["visa", "mc"]))
    zw = zw_pick()
    chunks = split_groups(card, g)
    bad = list(chunks[2])
    bad[1] = str((int(bad[1]) + 3) % 10)
    bad = "".join(bad)
    k = Case("call/banking: caller misreads third group then corrects; both readings labelled, agent reads back")
    k.a("can i take the long card number")
    k.c(V(say_chunk(chunks[0], zw) + " " + say_chunk(chunks[1], zw), "CARD_NUMBER", card, group="card"),
        " ", V(say_digits(bad, zw, 0), "CARD_NUMBER", bad, group="frag", check=False),
        ch([" no sorry ", " no wait ", " sorry i mean "]),
        V(say_chunk(chunks[2], zw) + " " + say_chunk(chunks[3], zw), "CARD_NUMBER", card, group="card"))
    rb = say_number(card, g, "zero", mode="digits")
    k.a("okay let me read that back ", V(rb, "CARD_NUMBER", card), " is that right")
    k.c("yes that's right")
    return k


@pos
def p_call_card_exp_cvv():
    ind = ch(["telecom", "travel", "retail", "insurance", "utilities"])
    card, g = gen_card()
    zw = zw_pick()
    m, y = gen_exp()
    cv = gen_digits(4 if len(card) == 15 else 3, False)
    k = Case("call/%s: card then expiry then security code over separate questions" % ind)
    k.a("go ahead with the card number")
    k.c(V(say_number(card, g, zw), "CARD_NUMBER", card))
    k.a("and the expiry date")
    k.c(ch(["it's ", "", "expires ", "uh "]), V(exp_spoken(m, y), "EXPIRY", (y, m, 0)))
    k.a(ch(["and the three digit security code on the back", "and the cvv please", "last thing the security code"]))
    k.c(ch(["", "it's ", "uh "]), V(say_digits(cv, zw), "CVV", cv))
    k.a("thank you that's gone through for " + money_spoken())
    return k


@pos
def p_call_all_in_one():
    card, g = gen_card()
    zw = zw_pick(False)
    m, y = gen_exp()
    cv = gen_digits(4 if len(card) == 15 else 3, False)
    k = Case("call/retail: card, expiry and cvv run together in one customer turn")
    k.a("i'll need the card details")
    k.c("okay so the number is ", V(say_number(card, g, zw), "CARD_NUMBER", card),
        " expiry ", V(exp_spoken(m, y), "EXPIRY", (y, m, 0)),
        " and the code on the back is ", V(say_digits(cv, zw), "CVV", cv))
    return k


@pos
def p_chat_card_typo():
    card, g = gen_card()
    k = Case("chat/telecom: card with irregular grouping and a correction message")
    irregular = typed_groups(card, ch([[4, 4, 4, 4], [3, 5, 4, 4], [6, 6, 4], [8, 8], [2, 7, 7]]), ch([" ", "-", "."]))
    wrong = card[:-1] + str((int(card[-1]) + 1) % 10)
    wt = typed_groups(wrong, g, " ")
    k.c("my card is ", V(wt, "CARD_NUMBER", wrong, check=False))
    k.c("sorry typo, its ", V(irregular, "CARD_NUMBER", card))
    k.a("No problem, I've updated it.")
    return k


@pos
def p_agent_readback_card():
    card, g = gen_card()
    k = Case("call/insurance: agent reads the full card number back digit by digit; customer confirms")
    zw = "zero"
    k.c(ch(YES), V(say_number(card, g, zw_pick()), "CARD_NUMBER", card))
    k.a("so that's ", V(say_number(card, g, zw, mode="digits"), "CARD_NUMBER", card), " correct")
    k.c("correct")
    return k


@pos
def p_chat_ssn():
    ssn = gen_ssn()
    form = ch(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s-%s-%s", "%s.%s.%s"])
    t = form % (ssn[:3], ssn[3:5], ssn[5:])
    k = Case("chat/%s: US SSN typed (%s)" % (ch(["banking", "healthcare billing", "insurance", "government services"]),
                                              {"%s-%s-%s": "dashes", "%s %s %s": "spaces", "%s%s%s": "no separators", "%s.%s.%s": "dots"}[form]))
    k.a("To verify your identity, could you provide your Social Security number?")
    k.c(ch(["sure ", "ok ", "", "SSN is ", "my social is "]), V(t, "SSN", ssn), ch(["", ".", " thanks", " - and my zip hasn't changed"]))
    return k


@pos
def p_call_ssn():
    ssn = gen_ssn()
    zw = zw_pick(False)
    k = Case("call/%s: SSN spoken in 3-2-4 groups, %s for zero" % (ch(["banking", "healthcare billing", "government services"]), zw))
    k.a(ch(["and your social security number", "can i get your social", "for verification the social security number please"]))
    k.c(ch(YES), V(say_number(ssn, [3, 2, 4], zw, homo=ch([0, 0.2])), "SSN", ssn))
    return k


@pos
def p_call_ssn_split():
    ssn = gen_ssn()
    zw = zw_pick(False)
    k = Case("call/insurance: SSN split across turns with back-channels; agent reads back")
    k.a("go ahead with the social")
    k.c(V(say_chunk(ssn[:3], zw), "SSN", ssn, group="s"))
    k.a(ch(AG_ACK))
    k.c(ch(["", "then "]), V(say_chunk(ssn[3:5], zw), "SSN", ssn, group="s"))
    k.a(ch(AG_ACK))
    k.c(V(say_chunk(ssn[5:], zw), "SSN", ssn, group="s"))
    k.a("thank you so i have ", V(say_number(ssn, [3, 2, 4], "zero", mode="digits"), "SSN", ssn))
    return k


@pos
def p_ssn_with_amount():
    ssn = gen_ssn()
    zw = zw_pick(False)
    bal = R.randrange(100, 5000)
    k = Case("call/healthcare billing: SSN said next to a balance and claim number (unlabelled)")
    k.a("i see a balance of %s dollars on claim number %s" % (num_words(bal), say_digits(gen_digits(7), "zero", 0)))
    k.c("okay but first can you confirm you have my social as ", V(say_number(ssn, [3, 2, 4], zw), "SSN", ssn))
    return k


@pos
def p_chat_ssn_last():
    ssn = gen_ssn()
    t = "%s-%s-%s" % (ssn[:3], ssn[3:5], ssn[5:]) if p(0.5) else ssn
    k = Case("chat/government services: SSN and phone in one message")
    ph = gen_phone("us")
    k.c("Hi my ssn ", V(t, "SSN", ssn), " and you can call me on ", V(ph[0], "PHONE", ph[1]))
    k.a("Thanks, I've located your record.")
    return k


def ni_typed(ni):
    return ch([ni, "%s %s %s %s %s" % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8]),
               ni.lower(), "%s-%s-%s-%s-%s" % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8]),
               "%s %s %s" % (ni[:2], ni[2:8], ni[8]), "%s%s %s" % (ni[:2], ni[2:8], ni[8].lower())])


def ni_spoken(ni, zw):
    st = ch(["plain", "plain", "nato", "asin", "mixed", "folk"])
    dm = ch(["digits", "digits", "pairs"])
    txt = say_alnum(ni[:2], zw, st) + " " + say_chunk(ni[2:8], zw, dm) + " " + say_alnum(ni[8], zw, st)
    if compact(txt) != ni:
        txt = say_alnum(ni[:2], zw, st) + " " + say_digits(ni[2:8], zw, 0) + " " + say_alnum(ni[8], zw, st)
    return txt


@pos
def p_chat_ni():
    ni = gen_ni()
    k = Case("chat/government services: UK NI number typed in varied case/spacing")
    k.a("Can you confirm your National Insurance number?")
    k.c(ch(["", "NI no: ", "its ", "National insurance ", "ni number is "]), V(ni_typed(ni), "NI_NUMBER", ni), ch(["", ".", " cheers", " ta"]))
    return k


@pos
def p_call_ni():
    ni = gen_ni()
    zw = zw_pick()
    k = Case("call/government services: NI number spoken with letters (plain/NATO/'as in') and digits")
    k.a(ch(["and your national insurance number please", "can you give me your n i number", "whats your national insurance"]))
    k.c(ch(YES), V(ni_spoken(ni, zw), "NI_NUMBER", ni))
    return k


@pos
def p_call_ni_split():
    ni = gen_ni()
    zw = zw_pick()
    k = Case("call/banking: NI number split letters / digits / suffix across turns")
    k.a("go ahead with the national insurance number")
    st = ch(["plain", "nato", "folk"])
    k.c(ch(["right ", "", "okay "]), V(say_alnum(ni[:2], zw, st), "NI_NUMBER", ni, group="n"))
    k.a(ch(AG_ACK))
    mid = say_chunk(ni[2:8], zw)
    k.c(V(mid, "NI_NUMBER", ni, group="n"))
    k.a(ch(["and the letter at the end", "and the last letter"]))
    k.c(ch(["it's ", "", "that's "]), V(say_alnum(ni[8], zw, st), "NI_NUMBER", ni, group="n"))
    return k


@pos
def p_call_ni_readback():
    ni = gen_ni()
    k = Case("call/insurance: agent reads NI number back with NATO letters after customer gives it")
    k.c("my national insurance is ", V(ni_spoken(ni, zw_pick()), "NI_NUMBER", ni), ch(["", " i think"]))
    k.a("thanks i've got ", V(say_alnum(ni[:2], "zero", "nato") + " " + say_digits(ni[2:8], "zero", 0) + " " + say_alnum(ni[8], "zero", "nato"), "NI_NUMBER", ni))
    return k


@pos
def p_ni_and_dob():
    ni = gen_ni()
    y, m, d = gen_date(1950, 2004)
    k = Case("call/government services: NI number and date of birth in consecutive answers, pension amount unlabelled")
    k.a("for security can i take your date of birth")
    k.c(V(dob_spoken(y, m, d), "DOB", (y, m, d)))
    k.a("and your national insurance number")
    k.c(V(ni_spoken(ni, zw_pick()), "NI_NUMBER", ni), " i'm calling about my pension it's " + money_spoken(150, 300) + " a week")
    return k


@pos
def p_chat_ni_dob():
    ni = gen_ni()
    y, m, d = gen_date(1945, 2005)
    k = Case("chat/government services: NI number and DOB typed in one message")
    k.c("NI ", V(ni_typed(ni), "NI_NUMBER", ni), ch([" / DOB ", ", dob ", " born "]), V(dob_typed(y, m, d), "DOB", (y, m, d)))
    k.a("Thank you, I've found your record.")
    return k


@pos
def p_chat_bank():
    acct = gen_digits(8, False)
    sc = gen_sort()
    sct = ch(["%s-%s-%s", "%s %s %s", "%s%s%s"]) % (sc[:2], sc[2:4], sc[4:])
    k = Case("chat/utilities: direct debit setup with UK sort code and account number typed")
    k.a("To set up the direct debit I need your sort code and account number.")
    if p(0.5):
        k.c("sort code ", V(sct, "SORT_CODE", sc), " acc no ", V(acct, "BANK_ACCOUNT", acct))
    else:
        k.c(V(sct, "SORT_CODE", sc), "\n", V(acct, "BANK_ACCOUNT", acct))
    k.a("Thanks, the first collection will be on the %s." % ordinal_typed(R.randrange(1, 29)))
    return k


@pos
def p_call_bank():
    acct = gen_digits(8, False)
    sc = gen_sort()
    zw = zw_pick()
    k = Case("call/banking: sort code in pairs and account number digit by digit")
    k.a("can you give me the sort code")
    k.c(ch(YES), V(say_number(sc, [2, 2, 2], zw, mode=ch(["pairs", "digits"])), "SORT_CODE", sc))
    k.a("and the account number")
    k.c(V(say_number(acct, [4, 4], zw), "ACCOUNT" and "BANK_ACCOUNT", acct))
    return k


@pos
def p_call_bank_split():
    acct = gen_digits(8, False)
    sc = gen_sort()
    zw = zw_pick()
    k = Case("call/insurance: sort code and account in one turn, account number interrupted and finished in next turn")
    k.a("which account should the refund go to")
    k.c("sort code ", V(say_number(sc, [2, 2, 2], zw), "SORT_CODE", sc), " account ",
        V(say_chunk(acct[:4], zw), "BANK_ACCOUNT", acct, group="acc"), ch([" hang on", " um", " sorry let me check"]))
    k.a("take your time")
    k.c(V(say_chunk(acct[4:], zw), "BANK_ACCOUNT", acct, group="acc"))
    k.a("great the refund of " + money_spoken() + " will show in three to five working days")
    return k


@pos
def p_us_account():
    acct = gen_digits(R.randrange(10, 13), False)
    zw = zw_pick(False)
    k = Case("call/banking: US checking account number (10-12 digits) read in chunks")
    k.a("what's the checking account number")
    k.c(ch(YES), V(say_number(acct, [3, 3, 3, 3], zw), "BANK_ACCOUNT", acct))
    k.a("thank you")
    return k


@pos
def p_chat_us_account():
    acct = gen_digits(R.randrange(9, 13), False)
    k = Case("chat/banking: US account number typed after a balance question")
    k.c("why is my balance only $%d.%02d? acct# %s" % (R.randrange(10, 900), R.randrange(100), ""), V(acct, "BANK_ACCOUNT", acct))
    k.a("Let me look into that account for you.")
    return k


def iban_typed(ib):
    return ch([" ".join(ib[k:k + 4] for k in range(0, len(ib), 4)), ib, ib.lower(),
               " ".join(ib[k:k + 4] for k in range(0, len(ib), 4)).lower()])


def iban_spoken(ib, zw):
    st = ch(["plain", "plain", "nato", "mixed"])
    parts = [say_alnum(ib[:2], zw, st), say_chunk(ib[2:4], zw, ch(["digits", "pairs"]))]
    for k in range(4, len(ib), 4):
        parts.append(say_alnum(ib[k:k + 4], zw, st))
    txt = " ".join(parts)
    assert compact(txt) == ib, (txt, ib)
    return txt


@pos
def p_chat_iban():
    ib = gen_iban()
    k = Case("chat/travel: refund IBAN typed (%s)" % ib[:2])
    k.a("Please share the IBAN for the refund of %s." % money_typed("€", 40, 900))
    k.c(ch(["IBAN: ", "here u go ", "", "iban is "]), V(iban_typed(ib), "IBAN", ib))
    return k


@pos
def p_call_iban():
    ib = gen_iban(ch(["GB", "IE", "DE", "NL", "BE"]))
    zw = zw_pick()
    k = Case("call/banking: IBAN spelled out with letters and digit groups")
    k.a("can you read me the iban")
    k.c(ch(YES), V(iban_spoken(ib, zw), "IBAN", ib))
    return k


@pos
def p_call_iban_split():
    ib = gen_iban(ch(["GB", "IE", "NL"]))
    zw = zw_pick()
    k = Case("call/insurance: IBAN split across turns in blocks of four with back-channels")
    k.a("go ahead with the iban")
    blocks = [ib[k:k + 4] for k in range(0, len(ib), 4)]
    half = len(blocks) // 2
    k.c(V(iban_spoken_part(blocks[:half], zw, True), "IBAN", ib, group="i"))
    k.a(ch(AG_ACK))
    k.c(V(iban_spoken_part(blocks[half:], zw, False), "IBAN", ib, group="i"))
    return k


def iban_spoken_part(blocks, zw, first):
    parts = []
    for b in blocks:
        parts.append(say_alnum(b, zw, "plain"))
    return " ".join(parts)


@pos
def p_chat_phone():
    ph = gen_phone()
    k = Case("chat/telecom: phone number typed in message (%s)" % ph[0])
    k.a("What's the best number to reach you on?")
    k.c(ch(["", "its ", "mobile: ", "call me on ", "pls use "]), V(ph[0], "PHONE", ph[1]), ch(["", " after 5pm", " thanks", " (mobile)"]))
    return k


def phone_spoken(ph):
    typed, d, g, pre = ph
    zw = zw_pick()
    if pre == "plus":
        body = say_number(d, g, zw)
        return "plus " + body
    if d.startswith("00"):
        return say_number(d, g, zw)
    return say_number(d, g, zw, homo=ch([0, 0, 0.15]))


@pos
def p_call_phone():
    ph = gen_phone()
    k = Case("call/%s: phone number spoken (%s)" % (ch(IND_CALL), ph[0]))
    k.a(ch(["and a contact number", "best number to reach you", "whats your mobile number"]))
    k.c(ch(YES), V(phone_spoken(ph), "PHONE", ph[1]))
    return k


@pos
def p_call_phone_split():
    ph = gen_phone(ch(["uk_mob", "us", "ie"]))
    zw = zw_pick()
    d = ph[1]
    k = Case("call/utilities: phone number split in two turns, agent reads back")
    k.a("what number can the engineer call")
    cut = ph[2][0]
    k.c(V(say_chunk(d[:cut], zw), "PHONE", d, group="ph"))
    k.a(ch(AG_ACK))
    k.c(V(say_number(d[cut:], ph[2][1:], zw), "PHONE", d, group="ph"))
    k.a("so that's ", V(say_number(d, ph[2], "oh", mode="digits"), "PHONE", d), " and the engineer will call between eight and one")
    return k


@pos
def p_chat_email():
    e, parts = gen_email()
    t = e if p(0.7) else e.upper() if p(0.3) else e.capitalize()
    k = Case("chat/retail: email typed in message")
    k.a("Can I get an email address for the receipt?")
    k.c(ch(["", "sure ", "its ", "email: "]), V(t, "EMAIL", e), ch(["", " thanks", ".", " :)"]))
    return k


@pos
def p_call_email():
    e, parts = gen_email()
    k = Case("call/%s: email spoken with 'dot' and 'at'" % ch(IND_CALL))
    k.a("and an email address")
    k.c(ch(YES), V(say_email(parts), "EMAIL", e))
    return k


@pos
def p_call_email_spelled():
    f, l = ch(FIRST), ch(LAST)
    while "o" in f + l:
        f, l = ch(FIRST), ch(LAST)
    dom = ch(["gmail.com", "yahoo.com", "hotmail.co.uk", "eircom.net", "live.ie"])
    e = f[0] + l + "@" + dom
    spelled = " ".join(spell_letter(c, ch(["plain", "plain", "nato"])) for c in l)
    dparts = dom.split(".")
    dw = " dot ".join(d if len(d) != 2 or d == "co" else " ".join(d) for d in dparts)
    k = Case("call/insurance: email with surname spelled letter by letter")
    k.a("can you spell the email for me")
    k.c(V(f[0] + " " + spelled + " at " + dw, "EMAIL", e))
    k.a("perfect")
    return k


@pos
def p_chat_dob():
    y, m, d = gen_date(1940, 2006)
    us = p(0.4)
    k = Case("chat/healthcare billing: DOB typed for verification (%s)" % ("US order" if us else "day first"))
    k.a("Please confirm your date of birth.")
    k.c(ch(["", "dob ", "its ", "born "]), V(dob_typed(y, m, d, us), "DOB", (y, m, d)))
    return k


@pos
def p_call_dob():
    y, m, d = gen_date(1940, 2006)
    us = p(0.4)
    k = Case("call/%s: date of birth spoken" % ch(["banking", "healthcare billing", "insurance", "telecom"]))
    k.a(ch(["can i confirm your date of birth", "and your date of birth please", "whats your d o b"]))
    k.c(ch(YES + ["it's the ", "the ", "born on the "]), V(dob_spoken(y, m, d, us), "DOB", (y, m, d)))
    return k


@pos
def p_call_dob_appt():
    y, m, d = gen_date(1950, 2000)
    am, ad = R.randrange(1, 13), R.randrange(1, 29)
    k = Case("call/healthcare billing: DOB next to an appointment date (appointment unlabelled)")
    k.a("whats the patient's date of birth")
    k.c(V(dob_spoken(y, m, d), "DOB", (y, m, d)), " and the appointment was on the %s of %s" % (ordinal_words(ad), MONTHS[am - 1]))
    return k


@pos
def p_chat_postcode():
    pc, us = gen_postcode()
    t = pc if p(0.6) else pc.lower() if p(0.5) else pc.replace(" ", "")
    k = Case("chat/%s: %s typed" % (ch(["utilities", "telecom", "retail"]), "ZIP" if us else "UK postcode"))
    k.a("What's the %s for the address?" % ("ZIP code" if us else "postcode"))
    k.c(ch(["", "its ", "it's "]), V(t, "POSTCODE", pc))
    return k


@pos
def p_call_postcode():
    pc, us = gen_postcode()
    k = Case("call/%s: %s spoken" % (ch(["utilities", "telecom", "insurance"]), "ZIP code" if us else "UK postcode"))
    k.a("and the %s" % ("zip code" if us else "postcode"))
    k.c(ch(YES), V(say_postcode(pc, us), "POSTCODE", pc))
    return k


@pos
def p_chat_address():
    a = gen_address(False)
    pc, us = gen_postcode()
    k = Case("chat/retail: street address and postcode typed for delivery")
    k.a("What's the delivery address?")
    town = ch(["Austin", "Denver", "Tucson", "Albany"]) if us else ch(["Leeds", "Manchester", "Bristol", "Glasgow", "Cardiff"])
    k.c(V(a, "ADDRESS", a), ", %s, " % town, V(pc, "POSTCODE", pc))
    k.a("Great, it'll arrive in %d working days." % R.randrange(2, 6))
    return k


@pos
def p_call_address():
    a = gen_address(True)
    pc, us = gen_postcode()
    k = Case("call/utilities: address spoken then postcode in the next turn")
    k.a("can i take the first line of the address")
    k.c(ch(YES), V(a, "ADDRESS", a))
    k.a("and the %s" % ("zip" if us else "postcode"))
    k.c(V(say_postcode(pc, us), "POSTCODE", pc))
    return k


@pos
def p_call_move_home():
    a1 = gen_address(True)
    a2 = gen_address(True)
    k = Case("call/utilities: home move - old and new addresses, move date and meter reading unlabelled")
    k.c("i'm moving from ", V(a1, "ADDRESS", a1), " to ", V(a2, "ADDRESS", a2),
        " on the %s and the meter reading is %s" % (ordinal_words(R.randrange(1, 29)), say_digits(gen_digits(5), "zero", 0)))
    k.a("okay i'll close the old account on that date")
    return k


@pos
def p_call_contact_update():
    ph = gen_phone("uk_mob")
    e, parts = gen_email()
    k = Case("call/telecom: phone and email both in one turn with chit-chat")
    k.a("shall i update your contact details")
    k.c("yeah the new mobile is ", V(phone_spoken(ph), "PHONE", ph[1]), " and the email is ",
        V(say_email(parts), "EMAIL", e), " sorry the dog's barking")
    return k


@pos
def p_chat_verification_bundle():
    y, m, d = gen_date(1950, 2004)
    pc, us = gen_postcode(False)
    a = gen_address(False)
    k = Case("chat/banking: DOB, address and postcode in one verification message")
    k.a("For security, please confirm DOB, first line of address and postcode.")
    k.c(V(dob_typed(y, m, d), "DOB", (y, m, d)), ", ", V(a, "ADDRESS", a), ", ", V(pc, "POSTCODE", pc))
    return k


@pos
def p_call_verification_bundle():
    y, m, d = gen_date(1950, 2004)
    pc, us = gen_postcode(False)
    k = Case("call/banking: DOB and postcode in one turn with filler")
    k.a("can you confirm your date of birth and postcode")
    k.c("yeah it's ", V(dob_spoken(y, m, d), "DOB", (y, m, d)), " and uh postcode is ", V(say_postcode(pc, False), "POSTCODE", pc))
    return k


@pos
def p_us_address_zip():
    a = gen_address(True)
    z, _ = gen_postcode(True)
    ssn = gen_ssn()
    k = Case("call/government services: US address, ZIP and SSN for a benefits query")
    k.a("can i get your address")
    k.c(V(a, "ADDRESS", a), " %s " % ch(["springfield", "dayton", "tucson", "boise"]), V(say_postcode(z, True), "POSTCODE", z))
    k.a("and the last thing the full social")
    k.c(V(say_number(ssn, [3, 2, 4], zw_pick(False)), "SSN", ssn))
    return k


@pos
def p_iban_and_email():
    ib = gen_iban(ch(["IE", "DE", "FR", "ES", "IT"]))
    e, parts = gen_email()
    k = Case("chat/travel: IBAN and email typed in the same message with flight number unlabelled")
    fl = ch(["EI", "FR", "BA", "LH"]) + str(R.randrange(100, 999))
    k.c("refund for flight %s please to " % fl, V(iban_typed(ib), "IBAN", ib), " and confirm to ", V(e, "EMAIL", e))
    return k


@pos
def p_chat_card_multi():
    c1, g1 = gen_card()
    c2, g2 = gen_card()
    k = Case("chat/retail: two different cards mentioned - old and new")
    k.c("please remove ", V(typed_groups(c1, g1, " "), "CARD_NUMBER", c1), " and use ", V(typed_groups(c2, g2, ch(["", "-"])), "CARD_NUMBER", c2), " going forward")
    k.a("Done, the new card ending in %s is now your default." % c2[-4:])
    return k


@pos
def p_call_ssn_dob():
    ssn = gen_ssn()
    y, m, d = gen_date(1940, 2003)
    k = Case("call/healthcare billing: DOB then SSN in one turn, US style")
    k.a("i'll need date of birth and social")
    k.c("okay birthday is ", V(dob_spoken(y, m, d, True), "DOB", (y, m, d)), " and social is ", V(say_number(ssn, [3, 2, 4], zw_pick(False)), "SSN", ssn))
    return k


@pos
def p_chat_ssn_typo():
    ssn = gen_ssn()
    k = Case("chat/banking: SSN typed with unusual spacing and a trailing question")
    t = ch(["%s - %s - %s", "%s  %s  %s", "%s/%s/%s", "%s %s-%s"]) % (ssn[:3], ssn[3:5], ssn[5:])
    k.c("SS# ", V(t, "SSN", ssn), " is that enough to unlock my account?")
    return k


@pos
def p_chat_ni_typo():
    ni = gen_ni()
    k = Case("chat/government services: NI number with odd spacing inside a longer message")
    t = ch(["%s %s%s %s%s", "%s%s-%s%s-%s"]) % (ni[:2], ni[2:5], ni[5:8], "", ni[8]) if False else \
        "%s %s %s %s" % (ni[:2].lower(), ni[2:5], ni[5:8], ni[8])
    k.c("hi im applying for carers allowance, my NI is ", V(t, "NI_NUMBER", ni), " and i was told it takes %d weeks" % R.randrange(2, 9))
    return k


@pos
def p_call_ni_pairs():
    ni = gen_ni()
    zw = zw_pick()
    k = Case("call/government services: NI number digits read as pairs 'twelve thirty four fifty six'")
    txt = say_alnum(ni[:2], zw, ch(["plain", "folk"])) + " " + say_number(ni[2:8], [2, 2, 2], zw, mode="pairs") + " " + ni[8].lower()
    k.a("national insurance number")
    k.c(ch(YES), V(txt, "NI_NUMBER", ni))
    return k


@pos
def p_call_card_asr_homophones():
    card, g = gen_card("visa")
    zw = zw_pick()
    k = Case("call/travel: card read with ASR homophones ('for', 'to', 'ate') for digits")
    k.a("the card number please")
    k.c(V(say_number(card, g, zw, mode="digits", homo=0.6), "CARD_NUMBER", card))
    return k


@pos
def p_call_card_pairs():
    card, g = gen_card(ch(["visa", "mc", "disc"]))
    zw = zw_pick()
    k = Case("call/retail: card read as pairs 'forty one eleven'")
    k.a("number on the card")
    k.c(V(say_number(card, g, zw, mode="pairs"), "CARD_NUMBER", card), ch(["", " that's a mastercard", " debit card"]))
    return k


@pos
def p_chat_cvv_exp_separate():
    card, g = gen_card(ch(["visa", "mc", "amex"]))
    m, y = gen_exp()
    cv = gen_digits(4 if len(card) == 15 else 3, False)
    k = Case("chat/travel: card, then expiry and CVC typed in separate short messages")
    k.c(V(typed_groups(card, g, ch([" ", ""])), "CARD_NUMBER", card))
    k.a("Thanks - expiry date and security code?")
    k.c(ch(["exp ", "expiry ", "valid thru ", ""]), V(exp_typed(m, y), "EXPIRY", (y, m, 0)))
    k.c(ch(["cvc ", "CVV: ", "sec code ", "code on back "]), V(cv, "CVV", cv))
    k.a("Perfect, your booking is confirmed for %s." % money_typed("€", 80, 1500))
    return k


@pos
def p_call_exp_cvv_chitchat():
    m, y = gen_exp()
    cv = gen_digits(3, False)
    zw = zw_pick()
    k = Case("call/telecom: expiry and security code with chit-chat and a correction of the expiry")
    k.a("and the expiry on the card")
    wm = m % 12 + 1
    k.c("sorry the light's bad it's ", V(exp_spoken(wm, y), "EXPIRY", (y, wm, 0), check=False), " no hang on ",
        V(exp_spoken(m, y), "EXPIRY", (y, m, 0)))
    k.a("no problem and the three digits on the back")
    k.c(V(say_digits(cv, zw), "CVV", cv), " i think yeah ", V(say_digits(cv, zw, 0), "CVV", cv))
    return k


@pos
def p_call_sortcode_pairs():
    sc = gen_sort()
    acct = gen_digits(8, False)
    k = Case("call/utilities: sort code as pairs ('twenty forty five sixty seven') split from account over turns")
    k.a("sort code please")
    k.c(V(say_number(sc, [2, 2, 2], "oh", mode="pairs"), "SORT_CODE", sc))
    k.a("okay and the eight digit account number")
    zw = zw_pick()
    k.c(V(say_number(acct, [2, 2, 2, 2], zw, mode="pairs"), "BANK_ACCOUNT", acct))
    k.a("and i'll take the first payment of %s on the %s" % (money_spoken(), ordinal_words(R.randrange(1, 29))))
    return k


@pos
def p_chat_sortcode_readback():
    sc = gen_sort()
    acct = gen_digits(8, False)
    k = Case("chat/banking: agent echoes typed sort code and account in confirmation")
    sct = "%s-%s-%s" % (sc[:2], sc[2:4], sc[4:])
    k.c("new bank details: ", V(sc, "SORT_CODE", sc), " / ", V(acct, "BANK_ACCOUNT", acct))
    k.a("Thanks. To confirm: sort code ", V(sct, "SORT_CODE", sc), ", account ", V(acct, "BANK_ACCOUNT", acct), ". Changes apply from your next bill.")
    return k


@pos
def p_call_phone_intl_double():
    ph = gen_phone(ch(["intl_uk", "intl_ie", "de", "fr"]))
    while ph[3] != "plus":
        ph = gen_phone("intl_uk")
    d = ph[1]
    zw = zw_pick()
    lead = ch(["double oh ", "zero zero "])
    body = say_number(d, ph[2], zw, mode="digits")
    k = Case("call/travel: international number said with 'double oh' instead of plus")
    k.a("a number we can reach you on while you're abroad")
    k.c("yeah it's ", V(lead + body, "PHONE", "00" + d), " that's my %s number" % ch(["work", "mobile", "irish", "german", "french"]))
    return k


@pos
def p_call_phone_us_hundred():
    area = ch(["800", "900", "300", "500", "700", "600", "400"])
    area = ch(["201", "312", "415", "617", "713", "503", "646"])
    ex = str(R.randrange(2, 10)) + "00"
    last = gen_digits(4, False)
    d = area + ex + last
    k = Case("call/healthcare billing: US number with exchange said as 'X hundred' and area code in digits")
    txt = say_digits(area, "oh", 0) + " " + ONES[int(ex[0])] + " hundred " + say_chunk(last, "oh", ch(["pairs", "digits"]))
    assert compact(txt) == d
    k.a("callback number")
    k.c(V(txt, "PHONE", d), " that's my cell")
    return k


@pos
def p_chat_phone_two():
    p1 = gen_phone(ch(["uk_mob", "uk_land"]))
    p2 = gen_phone(ch(["uk_mob", "ie", "us"]))
    k = Case("chat/insurance: two phone numbers (home and mobile) in one message with times")
    k.c("home ", V(p1[0], "PHONE", p1[1]), " (after 6pm) or mob ", V(p2[0], "PHONE", p2[1]), " anytime")
    k.a("Thanks, noted both numbers.")
    return k


@pos
def p_chat_email_variants():
    f, l = ch(FIRST), ch(LAST)
    dom = ch(["gmail.com", "outlook.ie", "company-mail.co.uk", "btinternet.com", "yahoo.fr"])
    local = ch([f + "-" + l, f + "." + l + str(R.randrange(1, 99)), f[0] + "_" + l, l + f[0] + str(R.randrange(70, 99))])
    e = local + "@" + dom
    t = ch([e, e.upper(), e[0].upper() + e[1:]])
    k = Case("chat/utilities: email with hyphen/underscore/digits, varied case, inside a sentence")
    k.c("please send the bill to ", V(t, "EMAIL", e), " not the old address")
    k.a("Updated, next bill goes to that email.")
    return k


@pos
def p_call_email_split():
    e, parts = gen_email()
    f, l, form, yy, dom = parts
    k = Case("call/retail: email given in two turns (local part, then domain) with agent prompt")
    sp = say_email(parts)
    local_sp, dom_sp = sp.split(" at ", 1)
    k.a("go ahead with the email")
    k.c(V(local_sp, "EMAIL", e, group="e"))
    k.a(ch(["mhm", "okay", "yep go on"]))
    k.c(ch(["", "yeah ", "and then "]), V("at " + dom_sp, "EMAIL", e, group="e"))
    return k


@pos
def p_call_iban_nato():
    ib = gen_iban(ch(["GB", "IE", "NL"]))
    zw = zw_pick()
    st = "nato"
    parts = [say_alnum(ib[:4], zw, st)] + [say_alnum(ib[k:k + 4], zw, st) for k in range(4, len(ib), 4)]
    txt = " ".join(parts)
    k = Case("call/banking: IBAN with bank code letters in NATO alphabet, agent says 'got it'")
    k.a("i'll need the iban for the transfer")
    k.c("okay ", V(txt, "IBAN", ib))
    k.a("got it and the amount is %s" % money_spoken())
    return k


@pos
def p_chat_iban_lower_nospace():
    ib = gen_iban()
    k = Case("chat/insurance: IBAN typed lowercase without spaces next to a claim number")
    k.c("claim %s - payout to " % gen_digits(8), V(ib.lower(), "IBAN", ib), " pls")
    k.a("Thanks, the payout will be made within %d working days." % R.randrange(3, 10))
    return k


@pos
def p_call_dob_ordinal_numeric():
    y, m, d = gen_date(1940, 2005)
    txt = "%s of the %s %s" % (ordinal_words(d), ordinal_words(m), say_pair("%02d" % (y % 100), "oh") if y < 2000 else year_words(y))
    k = Case("call/insurance: DOB as 'the third of the fourth eighty two' plus age (unlabelled)")
    k.a("date of birth")
    k.c("the ", V(txt, "DOB", (y, m, d)), " so i'm %s" % num_words(2026 - y))
    return k


@pos
def p_call_dob_split():
    y, m, d = gen_date(1950, 2005)
    k = Case("call/government services: DOB split: day and month, then year after back-channel")
    k.a("date of birth please")
    k.c(V("%s of %s" % (ordinal_words(d), MONTHS[m - 1]), "DOB", (y, m, d), group="d"))
    k.a(ch(["mhm", "and the year"]))
    k.c(V(year_words(y), "DOB", (y, m, d), group="d"))
    return k


@pos
def p_chat_postcode_address_us():
    a = gen_address(False)
    z, _ = gen_postcode(True)
    k = Case("chat/retail: US shipping address with state and ZIP typed")
    k.c("ship to ", V(a, "ADDRESS", a), ", %s, %s " % (ch(["Austin", "Columbus", "Boise", "Reno"]), ch(["TX", "OH", "ID", "NV"])), V(z, "POSTCODE", z))
    k.a("Thanks! Estimated delivery: %d-%d business days." % (ch([2, 3]), ch([5, 7])))
    return k


@pos
def p_call_postcode_readback():
    pc, us = gen_postcode(False)
    k = Case("call/telecom: postcode spoken then confirmed by agent with NATO")
    k.a("postcode")
    k.c(V(say_postcode(pc, False), "POSTCODE", pc))
    out, inw = pc.split()
    k.a("thank you that's ", V(say_alnum(out, "zero", "nato") + " " + say_alnum(inw, "zero", "nato"), "POSTCODE", pc), " yeah")
    k.c("yep")
    return k


@pos
def p_call_address_irish():
    a = gen_address(True)
    k = Case("call/utilities: Irish caller gives address line with county (county unlabelled) and a meter number")
    k.a("the address for the supply")
    k.c(V(a, "ADDRESS", a), " %s county %s" % (ch(["ballincollig", "tallaght", "salthill", "ennis"]), ch(["cork", "dublin", "galway", "clare"])))
    k.a("and the meter reading today")
    k.c(say_digits(gen_digits(5), "zero", 0))
    return k


@pos
def p_chat_ssn_ni_mixed():
    ssn = gen_ssn()
    ni = gen_ni()
    k = Case("chat/government services: dual UK/US national gives both NI number and SSN")
    k.c("i have both - UK NI ", V(ni_typed(ni), "NI_NUMBER", ni), " and US SSN ", V("%s-%s-%s" % (ssn[:3], ssn[3:5], ssn[5:]), "SSN", ssn))
    k.a("Thank you, I'll note both on your file.")
    return k


@pos
def p_call_ssn_pairs():
    ssn = gen_ssn()
    zw = zw_pick(False)
    k = Case("call/banking: SSN with the last four in pairs ('forty one eleven')")
    txt = say_chunk(ssn[:3], zw, "digits") + " " + say_chunk(ssn[3:5], zw, "pairs") + " " + say_chunk(ssn[5:], zw, "pairs")
    if compact(txt) != ssn:
        txt = say_digits(ssn, zw, 0)
    k.a("and the social")
    k.c(ch(YES), V(txt, "SSN", ssn))
    return k


@pos
def p_call_ssn_filler():
    ssn = gen_ssn()
    zw = zw_pick(False)
    k = Case("call/insurance: SSN with filler words between groups (fillers outside spans)")
    k.a("social security number")
    k.c(V(say_chunk(ssn[:3], zw), "SSN", ssn, group="s"), ch([" uh ", " um "]), V(say_chunk(ssn[3:5], zw), "SSN", ssn, group="s"),
        ch([" let me see ", " hold on ", " er "]), V(say_chunk(ssn[5:], zw), "SSN", ssn, group="s"))
    return k


@pos
def p_call_ni_filler():
    ni = gen_ni()
    zw = zw_pick()
    k = Case("call/government services: NI number with hesitation between prefix and digits")
    k.a("have you got your national insurance number there")
    k.c("yeah hold on it's ", V(say_alnum(ni[:2], zw, ch(["plain", "asin"])), "NI_NUMBER", ni, group="n"), " um ",
        V(say_chunk(ni[2:5], zw) + " " + say_chunk(ni[5:8], zw) + " " + say_alnum(ni[8], zw, "plain"), "NI_NUMBER", ni, group="n"))
    return k


@pos
def p_chat_card_amex():
    card, g = gen_card("amex")
    cv = gen_digits(4, False)
    m, y = gen_exp()
    k = Case("chat/travel: Amex 4-6-5 grouping with 4 digit CID and expiry")
    k.c("Amex ", V(typed_groups(card, g, " "), "CARD_NUMBER", card), " CID ", V(cv, "CVV", cv), " exp ", V(exp_typed(m, y), "EXPIRY", (y, m, 0)))
    return k


@pos
def p_call_asr_numerals():
    card, g = gen_card(ch(["visa", "mc", "disc"]))
    chunks = split_groups(card, g)
    zw = zw_pick()
    k = Case("call/retail: ASR emitting numerals for some groups and words for others, lower case")
    mixed = " ".join(c if p(0.5) else say_chunk(c, zw, "digits") for c in chunks)
    k.a("read me the card number")
    m, y = gen_exp()
    k.c("yeah it's ", V(mixed, "CARD_NUMBER", card), " and the expiry is ", V("%02d %02d" % (m, y % 100), "EXPIRY", (y, m, 0)))
    return k


@pos
def p_call_asr_numerals_ssn_phone():
    ssn = gen_ssn()
    ph = gen_phone("us")
    d = ph[1][-10:]
    k = Case("call/banking: ASR numerals without punctuation for SSN and phone in consecutive turns")
    k.a("social and a good callback number")
    k.c("social is ", V("%s %s %s" % (ssn[:3], ssn[3:5], ssn[5:]), "SSN", ssn))
    k.c("and the number is ", V("%s %s %s" % (d[:3], d[3:6], d[6:]), "PHONE", d), " after %d" % R.randrange(2, 7))
    return k


@pos
def p_call_phone_with_time():
    ph = gen_phone(ch(["uk_mob", "ie", "uk_land"]))
    k = Case("call/insurance: phone number followed by a call-back time and an amount (unlabelled)")
    k.a("what's the best number and time to call you back")
    k.c(V(phone_spoken(ph), "PHONE", ph[1]), " any time after %s and it's about the %s excess" % (ch(["half two", "four", "six o'clock", "ten"]), money_spoken()))
    return k


@pos
def p_chat_dob_us_nocontext_word():
    y, m, d = gen_date(1945, 2005)
    k = Case("chat/healthcare billing: DOB typed in US order after agent question, with a visit date (unlabelled)")
    k.a("Can you confirm the patient's date of birth and date of service?")
    k.c("DOB ", V("%d/%d/%02d" % (m, d, y % 100), "DOB", (y, m, d)), ", service was %d/%d/25" % (R.randrange(1, 13), R.randrange(1, 29)))
    return k


@pos
def p_call_asr_alnum_postcode_email():
    pc, us = gen_postcode(False)
    e, parts = gen_email()
    k = Case("call/retail: ASR writes postcode and email in written form inside a lower-case transcript")
    k.a("postcode and email for the order")
    k.c("its ", V(pc.lower() if p(0.6) else pc.lower().replace(" ", ""), "POSTCODE", pc), " and email ", V(e, "EMAIL", e), " thanks")
    return k


@pos
def p_call_card_then_words():
    card, g = gen_card(ch(["visa", "mc"]))
    chunks = split_groups(card, g)
    zw = zw_pick()
    k = Case("call/banking: card read with narration between groups ('that's the first four then')")
    k.a("long number on the card please")
    k.c(V(say_chunk(chunks[0], zw), "CARD_NUMBER", card, group="c"), " that's the first four then ",
        V(say_chunk(chunks[1], zw), "CARD_NUMBER", card, group="c"), " then ",
        V(say_chunk(chunks[2], zw), "CARD_NUMBER", card, group="c"), " and the last four are ",
        V(say_chunk(chunks[3], zw), "CARD_NUMBER", card, group="c"))
    return k


@pos
def p_chat_compact_dob_exp():
    y, m, d = gen_date(1950, 2004)
    card, g = gen_card()
    em, ey = gen_exp()
    k = Case("chat/telecom: DOB and expiry typed with no separators (ddmmyyyy, mmyy)")
    k.c("dob ", V("%02d%02d%d" % (d, m, y), "DOB", (y, m, d)), " card ", V(card, "CARD_NUMBER", card), " exp ", V("%02d%02d" % (em, ey % 100), "EXPIRY", (ey, em, 0)))
    k.a("Thanks, payment arrangement set up.")
    return k


@pos
def p_chat_address_no_abbr():
    a = gen_address(False)
    pre = "No. " if a[0].isdigit() else ""
    pc, us = gen_postcode(False)
    k = Case("chat/insurance: address typed after a 'No.' prefix (prefix outside span), lower-case postcode, excess amount")
    k.c("policy address should be ", pre, V(a, "ADDRESS", a), " ", V(pc.lower(), "POSTCODE", pc), " not the old one. excess is still %s?" % money_typed(None, 100, 500))
    k.a("Yes, the excess is unchanged.")
    return k


# ================================================================ NEGATIVE TEMPLATES
NEG = []


def neg(fn):
    NEG.append(fn)
    return fn


@neg
def n_money_call():
    k = Case("call/telecom: monthly price and one-off fee spoken, no PII")
    k.a("so the new plan is %s a month for %s months" % (money_spoken(10, 90), num_words(ch([12, 18, 24, 36]))))
    k.c("and is there a setup fee")
    k.a("there's a one off charge of %s" % money_spoken(5, 60))
    return k


@neg
def n_money_chat():
    k = Case("chat/retail: prices, discount percent and totals typed")
    cur = CUR["sym"]
    k.c("Why was I charged %s instead of %s?" % (money_typed(cur), money_typed(cur)))
    k.a("There was a %d%% discount applied and a delivery fee of %s%d.%02d, so the total is %s." % (R.randrange(5, 60), cur, R.randrange(2, 10), ch([0, 49, 95, 99]), money_typed(cur)))
    return k


@neg
def n_balance_call():
    k = Case("call/banking: account balance and pending transaction amounts")
    k.a("your current balance is %s and you have %s pending" % (money_spoken(), money_spoken()))
    k.c("okay and when does the %s pound payment go out" % num_words(R.randrange(20, 999)))
    k.a("on the %s of %s" % (ordinal_words(R.randrange(1, 29)), ch(MONTHS)))
    return k


@neg
def n_times_call():
    h = R.randrange(7, 12)
    k = Case("call/utilities: appointment times and durations")
    k.a("the engineer can come between %s and %s on %s" % (num_words(h), num_words(h - 6 + ch([0, 1, 2])), ch(["monday", "tuesday", "friday", "the twelfth"])))
    k.c("i've been on hold for %s minutes" % num_words(R.randrange(15, 90)))
    k.a("sorry about that the visit takes about %s hours" % ch(["two", "three", "one and a half"]))
    return k


@neg
def n_times_chat():
    k = Case("chat/travel: departure times, gate, durations")
    k.c("My flight %s%d leaves at %02d:%02d, will the transfer be there by %d:%02d?" % (ch(["EI", "BA", "FR", "UA", "LH"]), R.randrange(10, 9999), R.randrange(0, 24), ch([0, 15, 30, 45, 5, 50]), R.randrange(1, 12), ch([0, 30, 15])))
    k.a("Yes, the driver waits up to %d minutes after landing." % ch([30, 45, 60, 90]))
    return k


@neg
def n_order_ref_call():
    ref = gen_digits(R.randrange(6, 11))
    k = Case("call/retail: order number read out with its reference word (up to 10 digits)")
    k.a("can i have the order number")
    k.c("yeah order number %s" % say_number(ref, [3, 3, 4], zw_pick()))
    k.a("thanks that was dispatched on the %s" % ordinal_words(R.randrange(1, 29)))
    return k


@neg
def n_order_ref_chat():
    ref = gen_digits(R.randrange(6, 11))
    word, ind = ch([("Order #", "retail"), ("order no. ", "retail"), ("Ticket ", "telecom"), ("Case ref: ", "government services"),
                    ("Invoice INV-", "utilities"), ("claim number ", "insurance"), ("Booking ref ", "travel")])
    k = Case("chat/%s: reference number typed with its reference word" % ind)
    k.c("Hi, following up on %s%s - any update?" % (word, ref))
    k.a("Thanks, I can see %s%s was updated %d days ago." % (word, ref, R.randrange(1, 9)))
    return k


@neg
def n_claim_call():
    ref = gen_digits(R.randrange(7, 11))
    k = Case("call/insurance: claim reference spoken in pairs, excess amount")
    k.c("i'm calling about claim reference %s" % say_number(ref, [2, 2, 2, 2, 2], "oh", mode="pairs"))
    k.a("okay the excess on that claim is %s" % money_spoken())
    return k


@neg
def n_ticket_chat():
    k = Case("chat/telecom: support ticket, router model and speed")
    k.c("Ticket %d - my %s router keeps dropping, only getting %d Mbps of the %d I pay for" % (R.randrange(100000, 9999999), ch(["TG789", "Hub 6", "Archer AX55", "FRITZ!Box 7530", "HG8145V5"]), R.randrange(3, 80), ch([100, 300, 500, 900])))
    k.a("Sorry to hear that. Can you restart it and wait %d minutes?" % R.randrange(2, 10))
    return k


@neg
def n_meter_call():
    k = Case("call/utilities: meter readings spoken digit by digit with the word reading")
    k.a("can you read me the meter")
    r1 = gen_digits(5, False)
    r2 = gen_digits(5, False)
    k.c("the day reading is %s and night is %s" % (say_digits(r1, "oh", 0), say_digits(r2, "oh", 0)))
    k.a("thanks that's %s units since last time" % num_words(R.randrange(100, 999)))
    return k


@neg
def n_meter_chat():
    k = Case("chat/utilities: gas meter reading typed")
    k.c("gas meter reading %05d as of today, elec %05d" % (R.randrange(10000, 99999), R.randrange(1000, 99999)))
    k.a("Thanks! Your next bill will be based on these readings.")
    return k


@neg
def n_years_call():
    y1 = R.randrange(1985, 2024)
    k = Case("call/insurance: years and no-claims discount, not birth dates")
    k.c("i've been with you since %s and had no claims for %s years" % (year_words(y1), num_words(R.randrange(2, 15))))
    k.a("that gives you a %s percent discount on the %s renewal" % (num_words(R.randrange(10, 70)), year_words(2026)))
    return k


@neg
def n_payment_date_call():
    k = Case("call/banking: payment dates and contract start, not birth dates")
    k.a("your direct debit comes out on the %s of every month" % ordinal_words(R.randrange(1, 29)))
    k.c("can i move it to the %s" % ordinal_words(R.randrange(1, 29)))
    k.a("yes from %s %s" % (ch(MONTHS), year_words(ch([2025, 2026, 2027]))))
    return k


@neg
def n_payment_date_chat():
    k = Case("chat/utilities: due date and contract start date typed")
    d1 = "%02d/%02d/%d" % (R.randrange(1, 29), R.randrange(1, 13), ch([2025, 2026]))
    k.c("bill says due %s but my contract started %s %s %d?" % (d1, ordinal_typed(R.randrange(1, 29)), ch(MON_ABBR), ch([2024, 2025])))
    k.a("The due date is %d days after the statement date." % ch([14, 21, 28]))
    return k


@neg
def n_flight_call():
    k = Case("call/travel: flight numbers, seats, gate and baggage weight")
    k.c("i'm on %s %s tomorrow seat %s %s" % (ch(["e i", "b a", "ryanair", "united", "aer lingus"]), say_digits(gen_digits(3), "oh", 0), num_words(R.randrange(1, 40)), ch(["a", "c", "f", "d"])))
    k.a("that departs from gate %s and you're allowed %s kilos" % (num_words(R.randrange(1, 120)), num_words(ch([20, 23, 25, 32]))))
    return k


@neg
def n_room_call():
    k = Case("call/travel: hotel room number, nights and price")
    k.c("i'm in room %s for %s nights" % (say_chunk(str(R.randrange(100, 999)), "oh", ch(["digits", "pairs"])), num_words(R.randrange(2, 9))))
    k.a("the rate is %s per night including breakfast" % money_spoken(60, 400))
    return k


@neg
def n_model_chat():
    k = Case("chat/retail: product model numbers and quantities")
    k.c("Do you have the %s in stock? I need %d units, also SKU %d" % (ch(["Galaxy S23", "iPhone 15 Pro", "Pixel 8a", "Dyson V15", "Bosch WAN28281GB", "LG OLED55C3"]), R.randrange(2, 50), R.randrange(100000, 9999999)))
    k.a("We have %d left at %s each." % (R.randrange(1, 30), money_typed(None, 20, 1500)))
    return k


@neg
def n_model_call():
    k = Case("call/retail: model number spoken with letters and digits")
    m = ch(["w a n two eight two eight one", "x r five two", "s twenty three ultra", "iphone fifteen", "k d fifty five x eighty j"])
    k.c("it's the %s model and it's %s years old" % (m, num_words(R.randrange(1, 8))))
    k.a("that one is covered for %s years" % num_words(ch([2, 3, 5])))
    return k


@neg
def n_speed_temp_call():
    k = Case("call/telecom: broadband speeds, data allowance and temperature chit-chat")
    k.c("i'm only getting %s meg and it's %s degrees in here with the router" % (num_words(R.randrange(2, 90)), num_words(R.randrange(15, 35))))
    k.a("the line should do %s megabits and you've used %s gig this month" % (num_words(ch([80, 150, 500, 900])), num_words(R.randrange(20, 400))))
    return k


@neg
def n_age_call():
    k = Case("call/insurance: ages and counts of people, no DOB")
    k.c("it's for me and my son he's %s and my daughter is %s" % (num_words(R.randrange(1, 17)), num_words(R.randrange(1, 17))))
    k.a("so %s people on the policy and the youngest driver is %s" % (num_words(3), num_words(R.randrange(17, 25))))
    return k


@neg
def n_count_chat():
    k = Case("chat/retail: counts, sizes and weights")
    k.c("I ordered %d pairs size %d and a %dkg bag but got %d" % (R.randrange(2, 6), R.randrange(4, 13), ch([5, 10, 15, 25]), R.randrange(1, 4)))
    k.a("Apologies! I'll send the missing %d items today." % R.randrange(1, 4))
    return k


@neg
def n_percent_call():
    k = Case("call/banking: interest rates and percentages")
    k.a("the rate is %s point %s percent fixed for %s years" % (num_words(R.randrange(1, 9)), say_digits(gen_digits(2, False), "oh", 0), num_words(ch([2, 3, 5]))))
    k.c("and what's the early repayment charge")
    k.a("%s percent of the balance in year one" % num_words(R.randrange(1, 6)))
    return k


@neg
def n_invoice_call():
    k = Case("call/healthcare billing: invoice number and amounts with dates of service")
    inv = gen_digits(R.randrange(6, 10))
    k.c("i got invoice number %s for %s" % (say_digits(inv, zw_pick(False), 0.4), money_spoken()))
    k.a("that's for the visit on %s %s and insurance paid %s" % (ch(MONTHS), ordinal_words(R.randrange(1, 29)), money_spoken()))
    return k


@neg
def n_gov_ref_chat():
    k = Case("chat/government services: application reference and processing time")
    k.c("Application ref %s%d submitted %d weeks ago, fee was %s" % (ch(["APP-", "", "PX"]), R.randrange(100000, 99999999), R.randrange(2, 12), money_typed("£")))
    k.a("Standard processing is %d-%d weeks." % (ch([3, 4, 6]), ch([8, 10, 12])))
    return k


@neg
def n_pin_like_call():
    k = Case("call/telecom: short codes that are not PII - extension, option number, step count")
    k.a("press %s then option %s or ask for extension %s" % (num_words(R.randrange(1, 9)), num_words(R.randrange(1, 9)), say_digits(gen_digits(4), "oh", 0)))
    k.c("okay i did that %s times already" % num_words(R.randrange(2, 6)))
    return k


@neg
def n_date_appointment_chat():
    k = Case("chat/healthcare billing: appointment date and time, not DOB")
    k.c("Can I move my appointment from %s to %s at %d:%02d?" % (dob_typed(2026, R.randrange(1, 13), R.randrange(1, 29)), "%s %s" % (ch(MON_ABBR), ordinal_typed(R.randrange(1, 29))), R.randrange(8, 17), ch([0, 15, 30, 45])))
    k.a("Yes, I've rebooked you. Please arrive %d minutes early." % ch([10, 15, 20]))
    return k


@neg
def n_long_amount_call():
    k = Case("call/banking: large spoken sums and mortgage term")
    k.c("the mortgage payment went up by %s and i've got %s left to pay over %s years" % (money_spoken(), num_words(R.randrange(20000, 400000)) + " " + CUR_WORD[CUR["sym"]], num_words(R.randrange(5, 30))))
    k.a("okay and the monthly payment is %s" % money_spoken(400, 2500))
    return k


@neg
def n_tracking_call():
    k = Case("call/retail: parcel reference, delivery window, and weight")
    k.a("your parcel reference is %s" % say_digits(gen_digits(8), "zero", 0))
    k.c("and when will it come")
    k.a("between %s and %s tomorrow it weighs about %s kilos" % (num_words(R.randrange(7, 12)), num_words(R.randrange(1, 6)), num_words(R.randrange(1, 30))))
    return k


@neg
def n_version_chat():
    k = Case("chat/telecom: software versions, IP-like settings and counts")
    k.c("app version %d.%d.%d, iOS %d.%d, still crashing after %d tries" % (R.randrange(1, 9), R.randrange(0, 20), R.randrange(0, 99), R.randrange(14, 18), R.randrange(0, 6), R.randrange(2, 12)))
    k.a("Please update to %d.%d and restart." % (R.randrange(5, 9), R.randrange(0, 9)))
    return k


@neg
def n_policy_call():
    k = Case("call/insurance: policy number with the word policy, premium and renewal")
    k.c("my policy number is %s" % say_chunk(gen_digits(R.randrange(7, 11)), zw_pick(), ch(["digits", "pairs"])))
    k.a("your premium is %s and it renews on the %s of %s" % (money_spoken(), ordinal_words(R.randrange(1, 29)), ch(MONTHS)))
    return k


@neg
def n_mileage_call():
    k = Case("call/insurance: vehicle mileage, engine size, year of car")
    k.c("it's a %s car with %s miles on it" % (year_words(R.randrange(2005, 2025)), num_words(R.randrange(10000, 150000))))
    k.a("and the engine is %s point %s litres" % (num_words(R.randrange(1, 4)), num_words(R.randrange(0, 9))))
    return k


@neg
def n_mixed_chat():
    k = Case("chat/travel: booking ref letters+digits, passengers, baggage, price")
    k.c("Booking %s for %d adults and %d kids, added %d bags at %s each" % ("".join(ch("BCDFGHJKLMNPQRSTVWXYZ") for _ in range(2)) + str(R.randrange(1000, 9999)), R.randrange(1, 5), R.randrange(0, 4), R.randrange(1, 5), money_typed(None, 15, 60)))
    k.a("Confirmed, total is %s." % money_typed(None, 200, 3000))
    return k


@neg
def n_store_hours_call():
    k = Case("call/retail: opening hours and minutes")
    k.c("what time do you open on sunday")
    k.a("ten till four and the returns desk closes at half %s" % num_words(R.randrange(2, 6)))
    k.c("okay and how long is the return window %s days" % num_words(ch([14, 28, 30, 60])))
    return k


@neg
def n_past_date_call():
    k = Case("call/insurance: full dates with years that are not birth dates (policy start, accident)")
    k.c("the accident was on the %s of %s %s" % (ordinal_words(R.randrange(1, 29)), ch(MONTHS), year_words(ch([2024, 2025]))))
    k.a("and the policy started %s %s %s so you're covered" % (ch(MONTHS), ordinal_words(R.randrange(1, 29)), year_words(ch([2019, 2021, 2023]))))
    return k


@neg
def n_price_pairs_call():
    k = Case("call/retail: prices said as digit pairs ('forty nine ninety nine')")
    a, b = R.randrange(10, 99), ch([99, 95, 49, 50])
    k.a("that one's %s %s or %s %s with the trade in" % (num_words(a), num_words(b), num_words(R.randrange(10, 99)), num_words(ch([99, 49]))))
    k.c("and the case is %s pounds" % num_words(R.randrange(5, 40)))
    return k


@neg
def n_long_ref_digits_call():
    ref = gen_digits(10)
    k = Case("call/telecom: ten digit reference number read digit by digit with the word reference")
    k.a("i'll give you a reference number for this call")
    k.c("okay go on")
    k.a("it's %s" % say_number(ref, [3, 3, 4], "zero", mode="digits"))
    k.c("reference %s got it" % say_digits(ref, "zero", 0))
    return k


@neg
def n_time_words_call():
    k = Case("call/healthcare billing: clock times said as words")
    k.c("can i come at %s or %s" % (ch(["quarter past nine", "half ten", "ten to four", "two thirty", "eleven fifteen"]), ch(["twelve forty five", "three o'clock", "four fifty"])))
    k.a("the %s slot is free and it takes %s minutes" % (ch(["nine fifteen", "two thirty", "four o'clock"]), num_words(ch([15, 20, 30, 45]))))
    return k


@neg
def n_bill_amounts_chat():
    k = Case("chat/utilities: usage figures in kWh and unit rates")
    k.c("I used %d kWh last month at %.2fp/kWh and standing charge %.2fp/day, is £%d right?" % (R.randrange(100, 900), R.randrange(2000, 3500) / 100, R.randrange(2000, 6000) / 100, R.randrange(40, 300)))
    k.a("Yes, that matches your %d-day billing period." % ch([28, 30, 31]))
    return k


@neg
def n_delivery_chat():
    k = Case("chat/retail: order number, delivery slot, item count; no address given")
    k.c("order %d was meant to arrive between %d-%dpm but still nothing, %d items" % (R.randrange(1000000, 99999999), R.randrange(1, 5), R.randrange(5, 9), R.randrange(2, 9)))
    k.a("I'm sorry - courier shows it %d stops away." % R.randrange(2, 15))
    return k


@neg
def n_dosage_call():
    k = Case("call/healthcare billing: dosages, counts and copay, no DOB")
    k.c("it's %s milligrams twice a day and i pay a %s copay" % (num_words(ch([5, 10, 20, 40, 250, 500])), money_spoken(5, 60)))
    k.a("okay that's a %s day supply" % num_words(ch([30, 60, 90])))
    return k


@neg
def n_gov_amounts_call():
    k = Case("call/government services: benefit amounts, weeks and tax year")
    k.a("you'll get %s every %s weeks for the %s %s tax year" % (money_spoken(), num_words(ch([2, 4])), year_words(2025), num_words(26)))
    k.c("and the backdated amount is %s" % money_spoken())
    return k


@neg
def n_card_talk_no_number_chat():
    k = Case("chat/banking: talks about cards, digits and codes without giving any")
    k.c("My card has %d digits but the form only lets me enter %d, and the 3 digit code box is greyed out" % (16, 15))
    k.a("Please try again in %d minutes; the form accepts all 16 digits after the update at %d:%02d." % (ch([10, 15, 30]), R.randrange(9, 18), ch([0, 30])))
    return k


@neg
def n_sports_scores_call():
    k = Case("call/telecom: small talk about scores and channel numbers")
    k.c("i just want channel %s back before the match kicks off at %s" % (say_digits(str(R.randrange(100, 999)), "oh", 0), ch(["three", "half seven", "eight", "five thirty"])))
    k.a("it was three nil last week wasn't it channel %s is in the sports pack for %s a month" % (num_words(R.randrange(400, 499)), money_spoken(10, 40)))
    return k


@neg
def n_big_amounts_chat():
    k = Case("chat/banking: large formatted amounts with thousands separators")
    c = CUR["sym"]
    k.c("Transfer of %s%d,%03d.%02d pending since %d:%02d, limit is %s%d,000" % (c, R.randrange(1, 99), R.randrange(0, 1000), R.randrange(100), R.randrange(8, 18), ch([0, 15, 30, 45]), c, ch([10, 25, 50])))
    k.a("It will clear within %d hours." % ch([2, 4, 24, 48]))
    return k


@neg
def n_transaction_id_chat():
    k = Case("chat/retail: transaction ID and refund amount typed with their labels")
    k.c("Refund for transaction ID %d hasn't arrived, it was %s on %d/%d" % (R.randrange(10000000, 999999999), money_typed(None, 10, 300), R.randrange(1, 29), R.randrange(1, 13)))
    k.a("Refunds take %d-%d working days." % (ch([3, 5]), ch([7, 10])))
    return k


@neg
def n_boiler_call():
    k = Case("call/utilities: boiler pressure, thermostat temperature and error code")
    k.c("the boiler's showing error %s and the pressure is %s point %s bar" % (ch(["f twenty two", "e one one nine", "l a", "f seventy five"]), num_words(R.randrange(0, 3)), num_words(R.randrange(1, 9))))
    k.a("set the thermostat to %s degrees and we'll send someone between %s and %s" % (num_words(R.randrange(18, 23)), num_words(8), num_words(12)))
    return k


@neg
def n_account_age_call():
    k = Case("call/banking: how long the account has been open, counts of direct debits (no account number)")
    y = R.randrange(1990, 2020)
    n = R.randrange(2, 9)
    k.c("i've had the account since %s that's %s years and there are %s direct debits on it" % (year_words(y), num_words(2026 - y), num_words(n)))
    k.a("yes i can see all %s of them" % num_words(n))
    return k


# ---------------------------------------------------------------- build
N_POS_TARGET = 260
N_NEG_TARGET = 150


def build():
    R.seed(SEED)
    out = []
    meta = []
    i = 0
    while len(out) < N_POS_TARGET:
        CUR["sym"] = ch(["£", "£", "$", "€"])
        fn = POS[i % len(POS)]
        i += 1
        k = fn()
        out.append(("h6-pos-%03d" % (len(out) + 1), "positive", k))
    pcount = len(out)
    i = 0
    while len(out) < pcount + N_NEG_TARGET:
        CUR["sym"] = ch(["£", "£", "$", "€"])
        fn = NEG[i % len(NEG)]
        i += 1
        k = fn()
        out.append(("h6-neg-%03d" % (len(out) - pcount + 1), "negative", k))
    lines = []
    for cid, kind, k in out:
        obj = {"id": cid, "kind": kind, "turns": k.turns,
               "spans": k.spans if kind == "positive" else [], "note": k.note}
        lines.append(json.dumps(obj, ensure_ascii=False))
        meta.append((cid, kind, k))
    return "\n".join(lines) + "\n", meta


def counts_of(meta):
    c = {t: 0 for t in TYPES}
    npos = nneg = 0
    for cid, kind, k in meta:
        if kind == "positive":
            npos += 1
            for s in k.spans:
                c[s["type"]] += 1
        else:
            nneg += 1
    return c, npos, nneg


def check(text, meta):
    problems = []
    ids = set()
    for cid, kind, k in meta:
        if cid in ids:
            problems.append("duplicate id " + cid)
        ids.add(cid)
        if kind == "negative" and k.spans and False:
            pass
        if kind == "positive" and not k.spans:
            problems.append(cid + ": positive without spans")
        if kind == "negative":
            continue
        groups = {}
        prev = {}
        for s, (g, canon, chk, vt) in zip(k.spans, k.meta):
            t = k.turns[s["turn"]]["text"] if 0 <= s["turn"] < len(k.turns) else None
            if t is None or not (0 <= s["start"] < s["end"] <= len(t)):
                problems.append("%s: span out of range %r" % (cid, s))
                continue
            st = t[s["start"]:s["end"]]
            if st != vt:
                problems.append("%s: span text mismatch" % cid)
            if s["type"] not in TYPES:
                problems.append("%s: bad type %s" % (cid, s["type"]))
            if s["start"] > 0 and t[s["start"] - 1].isalnum():
                problems.append("%s: span start not on word boundary %r" % (cid, st))
            if s["end"] < len(t) and t[s["end"]].isalnum():
                problems.append("%s: span end not on word boundary %r" % (cid, st))
            if st != st.strip() or not st:
                problems.append("%s: span has outer whitespace %r" % (cid, st))
            if not (st[0].isalnum() or st[0] in "+(") or not (st[-1].isalnum() or st[-1] in ")"):
                problems.append("%s: span edge not alnum %r" % (cid, st))
            words = st.lower().split()
            if words[0] in FILLERS | {"the", "its", "it's", "yeah", "and", "is"} or words[-1] in FILLERS | {"the", "and", "of"}:
                problems.append("%s: span starts/ends with a non-value word %r" % (cid, st))
            key = s["turn"]
            for (a, b) in prev.get(key, []):
                if s["start"] < b and a < s["end"]:
                    problems.append("%s: overlapping spans in turn %d" % (cid, key))
            prev.setdefault(key, []).append((s["start"], s["end"]))
            if not chk:
                if not re.search(r"[A-Za-z0-9]", compact(st)):
                    problems.append("%s: fragment with no content" % cid)
                continue
            groups.setdefault(g, []).append((s["type"], canon, st))
        for g, lst in groups.items():
            typs = {x[0] for x in lst}
            if len(typs) != 1:
                problems.append("%s: mixed types in group %s" % (cid, g))
                continue
            typ, canon = lst[0][0], lst[0][1]
            err = validate_value(typ, [x[2] for x in lst], canon)
            if err:
                problems.append("%s: %s" % (cid, err))
    # the file on disk: identical, and parseable with consistent offsets
    try:
        with open(CASES_PATH, encoding="utf-8") as f:
            disk = f.read()
    except OSError as e:
        problems.append("cannot read %s: %s" % (CASES_PATH, e))
        disk = None
    if disk is not None and disk != text:
        problems.append("cases.jsonl differs from regenerated output")
    if disk is not None:
        for ln, line in enumerate(disk.splitlines(), 1):
            try:
                obj = json.loads(line)
            except ValueError:
                problems.append("line %d: invalid JSON" % ln)
                continue
            if set(obj) != {"id", "kind", "turns", "spans", "note"}:
                problems.append("line %d: wrong keys" % ln)
            if obj.get("kind") == "negative" and obj.get("spans"):
                problems.append("line %d: negative with spans" % ln)
            for t in obj.get("turns", []):
                if t.get("speaker") not in ("agent", "customer"):
                    problems.append("line %d: bad speaker" % ln)
    c, npos, nneg = counts_of(meta)
    if npos < MIN_POS:
        problems.append("only %d positives" % npos)
    if nneg < MIN_NEG:
        problems.append("only %d negatives" % nneg)
    for t in TYPES:
        if c[t] < MIN_SPANS[t]:
            problems.append("type %s has %d spans < %d" % (t, c[t], MIN_SPANS[t]))
    return problems


def readme(meta):
    c, npos, nneg = counts_of(meta)
    rows = "\n".join("| %s | %d |" % (t, c[t]) for t in TYPES)
    return README_TMPL.format(npos=npos, nneg=nneg, total=npos + nneg, rows=rows,
                              nspans=sum(c.values()), seed=SEED)


README_TMPL = """# PII redaction held-out set 6 (`pii_holdout6`)

**Never use this set for tuning.** Do not look at individual failures and adjust
patterns, thresholds or word lists to fix them; that turns it into training data and
the numbers stop meaning anything. Use it only to report generalisation.

## Who wrote it and how

Written by an AI helper acting as an independent test author. The author did **not**
read the redaction code (`src/convo/redact/`), its tests, its documentation, the PII
benchmark, or the other PII fixture sets; the only existing data seen was a
three-line example of the JSONL format. The author never ran the redactor.

Cases are produced by `scripts/make_pii_holdout6.py` from template functions. Each
turn is assembled from plain-text segments and labelled `(value, TYPE)` segments, so
offsets are computed, never typed by hand. All values come from a single
`random.Random({seed})`, so the output is byte-for-byte reproducible:

    python scripts/make_pii_holdout6.py          # writes cases.jsonl and this README
    python scripts/make_pii_holdout6.py --check  # regenerates and verifies

`--check` verifies the file is identical to a fresh regeneration, ids are unique,
offsets are in range and on word boundaries, spans in a turn do not overlap, and that
every labelled value is valid after normalising spoken forms back to characters
(Luhn for cards, mod-97 and country length for IBANs, NI format, 9 digits for SSNs,
6 for sort codes, 3-4 for CVVs, 9-13 for phones, 6-12 for accounts, UK postcode /
US ZIP shapes, e-mail syntax, year/month/day presence for DOB and expiry, house
number plus street word for addresses). Card numbers etc. are synthetic; any match to
a real person is accidental.

## Contents

{npos} positive cases, {nneg} negative cases ({total} total), {nspans} labelled spans.

| type | spans |
|---|---|
{rows}

Span counts are counts of span objects: a value split across several turns, or split
around a filler word, contributes one span per piece.

Channels: chat (typed: spaces, dashes, dots, no separators, mixed case, typos and
corrections) and call (ASR-style: lower case, little punctuation, numbers as words,
"oh"/"o"/"nought"/"zero" for 0, "double"/"triple", pairs such as "forty one eleven",
"X hundred", homophones "for"/"to"/"too"/"ate", letters as plain letters, NATO words
or "s for sugar"/"b as in bravo", e-mails with "dot"/"at"/"underscore"). Industries:
banking, telecom, utilities, retail, insurance, travel, healthcare billing,
government services; UK, US, Irish and EU values.

## Annotation conventions

* A span covers the value only: the digits / spoken number words / spelled letters
  (including the NATO or "as in" word, e.g. `b for bravo`) from the first to the last
  character of the value. Lead-ins ("it's", "my card is", "yeah", "sort code") and
  trailing words are outside.
* Phone spans include a leading `+` / `plus` / `double oh` international prefix and
  brackets when present.
* E-mail spans include the spoken `at` / `dot` words; when an address is split over
  two turns, the `at` belongs to the domain piece.
* Prefix words such as "No." before a house number are outside the ADDRESS span.
* When a value is split over several customer turns, each piece is its own span with
  the value's type. Agent back-channels ("mhm", "okay go on") are not labelled.
* Hesitation fillers ("um", "uh", "sorry", "hang on") *between* groups of a value are
  outside the spans: the value is labelled as separate pieces around them. Fillers
  that only appear after the last group are outside too.
* When the agent reads a value back in full, that read-back is labelled as well.
* Self-corrections: the abandoned (wrong) reading is also labelled with the same
  type, because it is still the customer's sensitive digits; the wrong fragment is not
  required to be a valid value.
* EXPIRY covers the month and year ("oh four twenty seven", "04/27", "april twenty
  twenty eight"); CVV covers the digits only.
* DOB covers day, month and year in whatever order/format was given; a leading "the"
  ("the fourth of june ...") is outside the span, inner linking words ("of", "the" in
  "march the third") are inside.
* ADDRESS covers the street line: optional flat/apartment/unit and its number, the
  house number, street name and street type ("flat three twenty seven harbour road",
  "Apt 12, 1180 Maple Avenue"). Town/city names are not labelled; the postcode/ZIP is a
  separate POSTCODE span.
* POSTCODE: UK postcodes (outward and inward code) and US ZIP / ZIP+4.
* BANK_ACCOUNT: the account number only (UK/IE 8 digits, US 9-12 digits); the sort
  code is SORT_CODE. No US routing numbers appear.
* Unlabelled non-PII numbers (amounts, order/claim/invoice numbers, flight numbers,
  meter readings, appointment dates, times) appear in some positive cases next to the
  PII; redacting them does not fail a positive case (it may count against precision,
  depending on the scorer).
* Negative cases contain no PII at all: only lookalikes such as money amounts, times,
  durations, counts, percentages, years, non-birth dates, reference / order / ticket /
  claim / invoice / policy numbers said with their reference word (up to 10 digits),
  flight and room numbers, model numbers, meter readings, speeds, ages, temperatures
  and balances. A negative case fails if anything in it is redacted.

## Format

One JSON object per line: `id`, `kind` (`positive`/`negative`), `turns`
(`speaker` agent/customer, `text`), `spans` (`turn`, `start`, `end` exclusive, Python
string offsets, `type`), `note` (`channel/industry: what the case tests`).
"""


def main():
    text, meta = build()
    if "--check" in sys.argv[1:]:
        problems = check(text, meta)
        c, npos, nneg = counts_of(meta)
        try:
            with open(README_PATH, encoding="utf-8") as f:
                if f.read() != readme(meta):
                    problems.append("README.md differs from regenerated output")
        except OSError as e:
            problems.append("cannot read README: %s" % e)
        print("pii_holdout6: %d positives, %d negatives, %d spans" % (npos, nneg, sum(c.values())))
        for t in TYPES:
            print("  %-13s %4d" % (t, c[t]))
        if problems:
            print("PROBLEMS (%d):" % len(problems))
            for pr in problems[:200]:
                print("  " + pr)
            sys.exit(1)
        print("check OK")
        return
    os.makedirs(OUT_DIR, exist_ok=True)
    with open(CASES_PATH, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    with open(README_PATH, "w", encoding="utf-8", newline="\n") as f:
        f.write(readme(meta))
    c, npos, nneg = counts_of(meta)
    print("wrote %s: %d positives, %d negatives" % (CASES_PATH, npos, nneg))
    for t in TYPES:
        print("  %-13s %4d" % (t, c[t]))


if __name__ == "__main__":
    main()

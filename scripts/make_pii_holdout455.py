#!/usr/bin/env python3
"""Generate the pii_holdout455 held-out PII evaluation set.

Usage:
    python scripts/make_pii_holdout455.py          # write cases.jsonl
    python scripts/make_pii_holdout455.py --check  # regenerate + validate

Standard library only.  Every turn is assembled from plain-text segments and
labelled value segments, so offsets are computed, never typed by hand.
"""
import argparse
import datetime
import json
import os
import re
import sys
from collections import Counter, OrderedDict
import random

SEED = 455241125
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout455")
OUT_FILE = os.path.join(OUT_DIR, "cases.jsonl")

# ---------------------------------------------------------------------------
# spoken-number vocabulary and normaliser
# ---------------------------------------------------------------------------
UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
ZERO_WORDS = {"zero": 0, "oh": 0, "o": 0, "nought": 0, "nil": 0}
UNIT_MAP = dict(ZERO_WORDS)
UNIT_MAP.update({w: i for i, w in enumerate(UNITS) if i})
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TEEN_MAP = {w: 10 + i for i, w in enumerate(TEENS)}
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
TENS_MAP = {w: i * 10 for i, w in enumerate(TENS) if w}
FILLERS = {"um", "uh", "er", "erm", "hmm", "ah", "umm"}
NATO = {"alpha": "A", "alfa": "A", "bravo": "B", "charlie": "C", "delta": "D", "echo": "E",
        "foxtrot": "F", "golf": "G", "hotel": "H", "india": "I", "juliet": "J", "juliett": "J",
        "kilo": "K", "lima": "L", "mike": "M", "november": "N", "oscar": "O", "papa": "P",
        "quebec": "Q", "romeo": "R", "sierra": "S", "tango": "T", "uniform": "U",
        "victor": "V", "whiskey": "W", "whisky": "W", "xray": "X", "yankee": "Y", "zulu": "Z"}
PLAIN_SPELL = {"a": "apple", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo",
               "f": "freddie", "g": "george", "h": "harry", "j": "john", "k": "king",
               "l": "london", "m": "mother", "n": "nancy", "p": "peter", "r": "robert",
               "s": "sugar", "t": "tommy", "w": "william", "x": "xray", "y": "yellow", "z": "zebra",
               "q": "queen", "v": "victor", "u": "uniform", "i": "india"}
EMAIL_WORDS = {"dot": ".", "at": "@", "underscore": "_", "dash": "-", "hyphen": "-",
               "period": "."}


def normalise(text, mode):
    """Turn a typed or spoken value into a canonical string.

    mode: 'digits' (digit strings, '+' kept), 'alnum' (letters + digits),
          'email', 'loose' (digits only, unknown words ignored)."""
    low = text.lower()
    if mode == "email":
        toks = re.findall(r"[a-z]+|\d+|[@._+\-]", low)
    else:
        toks = re.findall(r"[a-z]+|\d+|\+", low)
    out = []
    i = 0
    n = len(toks)

    def unit_at(j):
        return j < n and toks[j] in UNIT_MAP

    while i < n:
        t = toks[i]
        if t in FILLERS:
            i += 1
            continue
        if t.isdigit() or t == "+":
            out.append(t)
            i += 1
            continue
        if t == "plus" and mode in ("digits", "loose"):
            out.append("+")
            i += 1
            continue
        if mode == "email" and t in EMAIL_WORDS:
            out.append(EMAIL_WORDS[t])
            i += 1
            continue
        if mode == "email" and t in "@._+-":
            out.append(t)
            i += 1
            continue
        if t in ("double", "triple") and i + 1 < n:
            k = 2 if t == "double" else 3
            nxt = toks[i + 1]
            if nxt in UNIT_MAP:
                out.append(str(UNIT_MAP[nxt]) * k)
            elif len(nxt) == 1:
                out.append(nxt * k if mode == "email" else nxt.upper() * k)
            else:
                raise ValueError("bad token after %s: %r" % (t, nxt))
            i += 2
            continue
        # letter spelled "j for juliet" / "j as in juliet"
        if mode in ("alnum", "email") and len(t) == 1 and i + 2 < n and toks[i + 1] == "for":
            out.append(t if mode == "email" else t.upper())
            i += 3
            continue
        if mode in ("alnum", "email") and len(t) == 1 and i + 3 < n and toks[i + 1] == "as" and toks[i + 2] == "in":
            out.append(t if mode == "email" else t.upper())
            i += 4
            continue
        if t in UNIT_MAP and not ((mode == "alnum" and len(t) == 1 and t != "o") or (mode == "email" and len(t) == 1)):
            d = UNIT_MAP[t]
            if i + 1 < n and toks[i + 1] == "thousand" and d:
                j = i + 2
                if j < n and toks[j] == "and":
                    j += 1
                if j < n and toks[j] in UNIT_MAP:
                    out.append("%d%03d" % (d, UNIT_MAP[toks[j]]))
                    j += 1
                else:
                    out.append("%d000" % d)
                i = j
                continue
            if i + 1 < n and toks[i + 1] == "hundred" and d:
                val = d * 100
                j = i + 2
                if j < n and toks[j] == "and":
                    j += 1
                    if j < n and toks[j] in TENS_MAP:
                        val += TENS_MAP[toks[j]]
                        j += 1
                        if j < n and toks[j] in UNIT_MAP and UNIT_MAP[toks[j]]:
                            val += UNIT_MAP[toks[j]]
                            j += 1
                    elif j < n and toks[j] in TEEN_MAP:
                        val += TEEN_MAP[toks[j]]
                        j += 1
                    elif j < n and toks[j] in UNIT_MAP:
                        val += UNIT_MAP[toks[j]]
                        j += 1
                out.append("%03d" % val)
                i = j
                continue
            out.append(str(d))
            i += 1
            continue
        if t in TEEN_MAP:
            out.append(str(TEEN_MAP[t]))
            i += 1
            continue
        if t in TENS_MAP:
            v = TENS_MAP[t]
            if i + 1 < n and toks[i + 1] in UNIT_MAP and UNIT_MAP[toks[i + 1]] and not (
                    mode in ("alnum", "email") and len(toks[i + 1]) == 1):
                v += UNIT_MAP[toks[i + 1]]
                i += 1
            out.append(str(v))
            i += 1
            continue
        if mode == "alnum":
            if t in NATO:
                out.append(NATO[t])
            elif t == "and":
                pass
            else:
                out.append(t.upper())
            i += 1
            continue
        if mode == "email":
            out.append(t)
            i += 1
            continue
        if mode == "loose" or t == "and":
            i += 1
            continue
        raise ValueError("unexpected word %r in %r" % (t, text))
    s = "".join(out)
    if mode == "alnum":
        s = s.replace("O", "0")
    return s


# ---------------------------------------------------------------------------
# value validators
# ---------------------------------------------------------------------------
def luhn_ok(s):
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def luhn_complete(prefix):
    for c in "0123456789":
        if luhn_ok(prefix + c):
            return prefix + c
    raise AssertionError


def iban_mod(s):
    s = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in s)
    return int(num) % 97


IBAN_LEN = {"GB": 22, "IE": 22, "DE": 22, "NL": 18, "ES": 24, "FR": 27, "IT": 27, "BE": 16}
NI_RE = re.compile(r"^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$")
UK_PC_RE = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[ABD-HJLNP-UW-Z]{2}$")
EMAIL_RE = re.compile(r"^[a-z0-9._+\-]+@[a-z0-9\-]+(\.[a-z0-9\-]+)+$")
STREET_WORDS = {"road", "rd", "street", "st", "lane", "ln", "avenue", "ave", "drive", "dr",
                "close", "way", "crescent", "court", "place", "terrace", "gardens", "grove",
                "boulevard", "blvd", "hill", "row", "park", "square", "mews", "parade", "view",
                "walk", "green", "rise"}


def validate_canonical(typ, canon):
    if typ == "CARD_NUMBER":
        return canon.isdigit() and 13 <= len(canon) <= 19 and luhn_ok(canon)
    if typ == "CVV":
        return canon.isdigit() and len(canon) in (3, 4)
    if typ == "SSN":
        return (canon.isdigit() and len(canon) == 9 and canon[:3] not in ("000", "666")
                and canon[0] != "9" and canon[3:5] != "00" and canon[5:] != "0000")
    if typ == "NI_NUMBER":
        return bool(NI_RE.match(canon))
    if typ == "BANK_ACCOUNT":
        return canon.isdigit() and 6 <= len(canon) <= 12
    if typ == "SORT_CODE":
        return canon.isdigit() and len(canon) == 6
    if typ == "IBAN":
        return IBAN_LEN.get(canon[:2]) == len(canon) and iban_mod(canon) == 1
    if typ == "PHONE":
        d = canon.lstrip("+")
        return d.isdigit() and 10 <= len(d) <= 13
    if typ == "EMAIL":
        return bool(EMAIL_RE.match(canon))
    if typ == "POSTCODE":
        return bool(UK_PC_RE.match(canon) or re.match(r"^\d{5}(\d{4})?$", canon))
    if typ in ("DOB", "EXPIRY"):
        y, m, d = canon.split("-")
        datetime.date(int(y), int(m), int(d))
        if typ == "DOB":
            return 1925 <= int(y) <= 2008
        return 2024 <= int(y) <= 2035
    if typ == "ADDRESS":
        return True
    raise AssertionError(typ)


MODE = {"CARD_NUMBER": "digits", "CVV": "digits", "SSN": "digits", "NI_NUMBER": "alnum",
        "BANK_ACCOUNT": "digits", "SORT_CODE": "digits", "IBAN": "alnum", "PHONE": "digits",
        "EMAIL": "email", "POSTCODE": "alnum", "DOB": "loose", "EXPIRY": "loose",
        "ADDRESS": "loose"}


def validate_group(typ, canon, parts):
    """parts: list of (kind, text).  Raises AssertionError on failure."""
    assert validate_canonical(typ, canon), (typ, canon)
    mode = MODE[typ]
    if typ in ("DOB", "EXPIRY"):
        yy = canon[2:4]
        for kind, text in parts:
            assert kind == "full"
            assert yy in normalise(text, mode), (typ, text, canon)
        return
    if typ == "ADDRESS":
        for kind, text in parts:
            words = set(re.findall(r"[a-z]+", text.lower()))
            assert normalise(text, "loose") and (words & STREET_WORDS), text
        return
    want = canon
    if mode == "alnum":
        want = canon.replace("O", "0")
    if mode == "email":
        want = canon.lower()
    full = "".join(normalise(t, mode) for k, t in parts if k == "full")
    assert full or all(k == "suffix" for k, _ in parts)
    assert not full or full.lstrip("+") == want.lstrip("+"), (typ, canon, full, parts)
    for k, t in parts:
        v = normalise(t, mode)
        if k == "frag":
            assert want.startswith(v) and len(v) < len(want), (t, canon)
        elif k == "suffix":
            assert want.endswith(v) and len(v) == 4, (t, canon)


# ---------------------------------------------------------------------------
# case assembly
# ---------------------------------------------------------------------------
class V(object):
    def __init__(self, text, typ, group, kind="full"):
        self.text, self.typ, self.group, self.kind = text, typ, group, kind


class Case(object):
    def __init__(self):
        self.turns = []
        self.groups = OrderedDict()

    def group(self, typ, canon):
        g = len(self.groups)
        self.groups[g] = (typ, canon)
        return g

    def say(self, speaker, *segs):
        self.turns.append((speaker, [s for s in segs if s is not None and s != ""]))

    def build(self):
        turns, spans, parts = [], [], {}
        for ti, (spk, segs) in enumerate(self.turns):
            buf = ""
            for s in segs:
                if isinstance(s, V):
                    st = len(buf)
                    buf += s.text
                    spans.append({"turn": ti, "start": st, "end": len(buf), "type": s.typ})
                    parts.setdefault(s.group, []).append((s.kind, s.text, s.typ))
                else:
                    buf += s
            turns.append({"speaker": spk, "text": buf})
        return turns, spans, parts


def check_group_parts(case, parts):
    for g, lst in parts.items():
        typ, canon = case.groups[g]
        assert all(p[2] == typ for p in lst)
        validate_group(typ, canon, [(k, t) for k, t, _ in lst])


# ---------------------------------------------------------------------------
# rendering helpers
# ---------------------------------------------------------------------------
R = None  # the one random generator, set in generate()


def ch(seq):
    return R.choice(seq)


def zero_word(asr=True):
    return ch(["oh", "oh", "zero", "o", "nought"] if asr else ["zero"])


def digit_word(c, zw=None):
    if c == "0":
        return zw or zero_word()
    return UNITS[int(c)]


def say_digits(s, doubles=True):
    out = []
    i = 0
    while i < len(s):
        c = s[i]
        if doubles and i + 2 < len(s) and s[i + 1] == c and s[i + 2] == c and R.random() < 0.6:
            out.append("triple " + digit_word(c))
            i += 3
        elif doubles and i + 1 < len(s) and s[i + 1] == c and R.random() < 0.7:
            out.append("double " + digit_word(c))
            i += 2
        else:
            out.append(digit_word(c))
            i += 1
    return " ".join(out)


def say_pair(p):
    a, b = p
    if a == "0":
        return zero_word() + " " + digit_word(b)
    if a == "1":
        return TEENS[int(b)]
    if b == "0":
        return TENS[int(a)]
    return TENS[int(a)] + " " + UNITS[int(b)]


def say_hundred(t):
    h = UNITS[int(t[0])] + " hundred"
    rest = t[1:]
    if rest == "00":
        return h
    if rest[0] == "0":
        return h + " and " + UNITS[int(rest[1])]
    return h + " and " + say_pair(rest)


def say_chunk(c):
    """Say a digit chunk the way a caller might."""
    r = R.random()
    if len(c) % 2 == 0 and r < 0.3:
        return " ".join(say_pair(c[i:i + 2]) for i in range(0, len(c), 2))
    if len(c) == 3 and c[0] != "0" and r < 0.45:
        return say_hundred(c)
    if len(c) == 4 and r < 0.45 and c[0] != "0":
        return say_pair(c[:2]) + " " + say_pair(c[2:])
    return say_digits(c)


def spoken_chunks(digits, sizes, mode="digits"):
    """Return list of spoken chunk strings whose concatenated normalisation is digits."""
    for _ in range(200):
        chunks, i = [], 0
        for sz in sizes:
            chunks.append(say_chunk(digits[i:i + sz]))
            i += sz
        if i < len(digits):
            chunks.append(say_chunk(digits[i:]))
        # each chunk must normalise on its own and the whole must too
        try:
            ok = all(normalise(c, mode) == digits[sum(sizes[:k]):sum(sizes[:k]) + len(normalise(c, mode))]
               for k, c in enumerate(chunks[:len(sizes)])) and \
                "".join(normalise(c, mode) for c in chunks) == digits and \
                normalise(" ".join(chunks), mode) == digits
        except ValueError:
            ok = False
        if ok:
            return chunks
    out = [say_digits(digits[sum(sizes[:k]):sum(sizes[:k + 1])], False) for k in range(len(sizes))]
    if sum(sizes) < len(digits):
        out.append(say_digits(digits[sum(sizes):], False))
    return out


def join_spoken(chunks, fill=0.25):
    out = chunks[0]
    for c in chunks[1:]:
        sep = ch([" ", " ", ", ", "... "])
        if R.random() < fill:
            sep = " " + ch(["um", "uh", "er", "erm"]) + " "
        out += sep + c
    return out


def typed_group(digits, sizes, sep):
    out, i = [], 0
    for sz in sizes:
        out.append(digits[i:i + sz])
        i += sz
    if i < len(digits):
        out.append(digits[i:])
    return sep.join(x for x in out if x)


def spell_letter(c, style):
    c = c.lower()
    if style == "plain":
        return c
    if style == "nato":
        for k, v in NATO.items():
            if v == c.upper() and k not in ("alfa", "juliett", "whisky"):
                return c + " for " + k
    return c + ch([" for ", " as in "]) + PLAIN_SPELL.get(c, "xray")


def say_alnum(s, style=None):
    out = []
    for c in s:
        if c.isdigit():
            out.append(digit_word(c, "zero" if R.random() < 0.5 else "oh"))
        else:
            st = style or ch(["plain", "plain", "nato", "word"])
            out.append(spell_letter(c, st))
    return " ".join(out)


# ---------------------------------------------------------------------------
# value generators
# ---------------------------------------------------------------------------
def gen_card():
    kind = ch(["visa", "visa", "visa", "mc", "mc", "amex", "discover", "maestro", "visa13"])
    if kind == "visa":
        p, L, g = "4" + "".join(ch("0123456789") for _ in range(2)), 16, [4, 4, 4, 4]
    elif kind == "visa13":
        p, L, g = "4", 13, [4, 3, 3, 3]
    elif kind == "mc":
        p, L, g = "5" + ch("12345"), 16, [4, 4, 4, 4]
    elif kind == "amex":
        p, L, g = "3" + ch("47"), 15, [4, 6, 5]
    elif kind == "discover":
        p, L, g = "6011", 16, [4, 4, 4, 4]
    else:
        p, L, g = "6759", 19, [4, 4, 4, 4, 3]
    while len(p) < L - 1:
        p += ch("0123456789")
    return luhn_complete(p), g, kind


def gen_ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


NI_FIRST = "ABCEGHJKLMNPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def gen_ni():
    while True:
        pre = ch(NI_FIRST) + ch(NI_SECOND)
        if pre not in ("GB", "BG", "NK", "KN", "TN", "NT", "ZZ", "ER", "AH"):
            break
    return pre + "".join(ch("0123456789") for _ in range(6)) + ch("ABCD")


def gen_iban():
    cc = ch(["GB", "GB", "IE", "DE", "NL", "ES", "FR", "BE"])
    letters = "ABCDEFGHIJKLMNPQRSTUVWXYZ"
    dig = lambda k: "".join(ch("0123456789") for _ in range(k))
    if cc == "GB":
        bban = ch(["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "NAIA"]) + dig(14)
    elif cc == "IE":
        bban = ch(["AIBK", "BOFI", "IPBS"]) + dig(14)
    elif cc == "DE":
        bban = dig(18)
    elif cc == "NL":
        bban = ch(["ABNA", "INGB", "RABO"]) + dig(10)
    elif cc == "ES":
        bban = dig(20)
    elif cc == "FR":
        bban = dig(23)
    else:
        bban = dig(12)
    chk = 98 - iban_mod(cc + "00" + bban)
    return cc + "%02d" % chk + bban


def gen_phone():
    k = ch(["uk_mob", "uk_mob", "uk_land", "us", "us", "ie", "fr", "de", "uk_intl", "us_intl"])
    d = lambda n: "".join(ch("0123456789") for _ in range(n))
    if k == "uk_mob":
        s = "07" + ch("3456789") + d(8)
        return s, [5, 6], k
    if k == "uk_intl":
        s = "+447" + ch("3456789") + d(8)
        return s, [2, 4, 6], k
    if k == "uk_land":
        s = ch(["020", "0161", "0113", "0131", "0117", "0121"])
        s += d(11 - len(s))
        return s, ([3, 4, 4] if s.startswith("020") else [4, 3, 4]), k
    if k == "us":
        s = str(R.randint(2, 9)) + d(2) + str(R.randint(2, 9)) + d(6)
        return s, [3, 3, 4], k
    if k == "us_intl":
        s = "+1" + str(R.randint(2, 9)) + d(2) + str(R.randint(2, 9)) + d(6)
        return s, [1, 3, 3, 4], k
    if k == "ie":
        s = "08" + ch("3567") + d(7)
        if R.random() < 0.5:
            return "+353" + s[1:], [3, 2, 3, 4], k
        return s, [3, 3, 4], k
    if k == "fr":
        return "+336" + d(8), [2, 1, 2, 2, 2, 2], k
    return "+49151" + d(8), [2, 3, 8], k


FIRST = ["james", "sarah", "mohammed", "aoife", "liam", "priya", "tom", "chloe", "darius",
         "niamh", "oliver", "fatima", "kevin", "marta", "luca", "grace", "sean", "emily",
         "tyrone", "ana", "wojciech", "hannah", "jack", "siobhan", "raj", "beth"]
LAST = ["smith", "okafor", "murphy", "patel", "nguyen", "obrien", "kowalski", "jones", "garcia",
        "walsh", "khan", "taylor", "brennan", "rossi", "evans", "dubois", "schmidt", "hughes",
        "li", "fitzgerald", "adeyemi", "byrne", "moreno", "clarke"]
DOMAINS = ["gmail.com", "hotmail.co.uk", "yahoo.com", "outlook.com", "icloud.com", "eircom.net",
           "btinternet.com", "aol.com", "live.ie", "protonmail.com", "web.de", "orange.fr",
           "sky.com", "comcast.net"]


def gen_email():
    f, l = ch(FIRST), ch(LAST)
    pat = ch(["f.l", "fl", "f_l", "il", "fl##", "f.l#", "l.f", "i.l"])
    num = str(R.randint(1, 99))
    local = {"f.l": f + "." + l, "fl": f + l, "f_l": f + "_" + l, "il": f[0] + l,
             "fl##": f + l + num, "f.l#": f + "." + l + num[-1], "l.f": l + "." + f,
             "i.l": f[0] + "." + l}[pat]
    return local + "@" + ch(DOMAINS), f, l


MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
       "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
       "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty first", "twenty second",
       "twenty third", "twenty fourth", "twenty fifth", "twenty sixth", "twenty seventh",
       "twenty eighth", "twenty ninth", "thirtieth", "thirty first"]


def sfx(d):
    if 11 <= d <= 13:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")


def say_year(y):
    if y >= 2000:
        if y < 2010:
            return ch(["two thousand and " + UNITS[y - 2000], "two thousand " + UNITS[y - 2000]])
        return "twenty " + say_pair(str(y)[2:])
    return ch(["nineteen ", ""]) + say_pair(str(y)[2:])


def render_dob(asr, us):
    y = R.randint(1938, 2005)
    m = R.randint(1, 12)
    d = R.randint(1, 28)
    canon = "%04d-%02d-%02d" % (y, m, d)
    if asr:
        f = ch(["ord_of", "month_ord", "nums", "ord_of_num"])
        ys = say_year(y)
        if f == "ord_of":
            t = ch(["the ", ""]) + ORD[d] + " of " + MONTHS[m - 1] + " " + ys
        elif f == "month_ord":
            t = MONTHS[m - 1] + " " + ORD[d] + " " + ys
        elif f == "nums":
            t = say_chunk("%02d" % d) + " " + say_chunk("%02d" % m) + " " + ys
            if us:
                t = say_chunk("%02d" % m) + " " + say_chunk("%02d" % d) + " " + ys
        else:
            t = ORD[d] + " of the " + ORD[m] + " " + ys
        if R.random() < 0.2:
            t = t.replace(" of ", " of um ", 1) if " of " in t else t
        return t.strip(), canon
    f = ch(["slash", "slash", "dash", "long", "iso", "dots"])
    if f == "slash":
        t = ("%02d/%02d/%04d" % (m, d, y)) if us else ("%02d/%02d/%04d" % (d, m, y))
    elif f == "dash":
        t = ("%d-%d-%02d" % (m, d, y % 100)) if us else ("%02d-%02d-%04d" % (d, m, y))
    elif f == "long":
        t = (MONTHS[m - 1].title() + " %d, %d" % (d, y)) if us else (
            "%d%s %s %d" % (d, sfx(d), MONTHS[m - 1].title(), y))
    elif f == "iso":
        t = canon
    else:
        t = "%02d.%02d.%04d" % (d, m, y)
    return t, canon


def render_expiry(asr):
    y = R.randint(2025, 2031)
    m = R.randint(1, 12)
    canon = "%04d-%02d-01" % (y, m)
    if asr:
        f = ch(["nums", "month", "end", "nums"])
        if f == "nums":
            t = say_chunk("%02d" % m) + ch([" ", " slash ", " "]) + say_chunk("%02d" % (y % 100))
        elif f == "month":
            t = MONTHS[m - 1] + " " + say_year(y)
        else:
            t = MONTHS[m - 1] + " " + say_pair("%02d" % (y % 100))
        return t, canon
    f = ch(["mm/yy", "mm/yy", "mm/yyyy", "mm-yy", "mmyy", "mon"])
    if f == "mm/yy":
        t = "%02d/%02d" % (m, y % 100)
    elif f == "mm/yyyy":
        t = "%02d/%04d" % (m, y)
    elif f == "mm-yy":
        t = "%d-%02d" % (m, y % 100)
    elif f == "mmyy":
        t = "%02d%02d" % (m, y % 100)
    else:
        t = MONTHS[m - 1][:3].title() + " %d" % y
    return t, canon


UK_STREETS = ["Elm Road", "Mill Lane", "Station Road", "Church Street", "Victoria Avenue",
              "Harbour View Road", "Kingsley Close", "Queens Drive", "Beech Grove",
              "Albert Terrace", "Meadow Way", "St Mary's Crescent", "Park Place",
              "Clarendon Gardens", "Abbey Mews", "Granby Row", "Hillside Rise"]
IE_STREETS = ["Main Street", "Dublin Road", "Castle Park", "Seaview Terrace", "Oak Lawn Drive"]
US_STREETS = ["Maple Ave", "N Oak St", "West 42nd Street", "Sunset Blvd", "Pine Ridge Dr",
              "Lakeshore Drive", "Elm St", "Washington Ave", "Cedar Lane", "Peachtree Rd"]
UK_TOWNS = ["Leeds", "Manchester", "Croydon", "Bristol", "Glasgow", "Cardiff", "Norwich",
            "Sheffield", "Brighton", "Belfast"]
US_TOWNS = [("Springfield", "IL"), ("Austin", "TX"), ("Columbus", "OH"), ("Tampa", "FL"),
            ("Denver", "CO"), ("Albany", "NY"), ("Portland", "OR")]


def gen_uk_postcode():
    area = ch(["SW", "M", "LS", "B", "CR", "EH", "BS", "NE", "G", "CF", "NR", "S", "BN", "BT", "W", "E", "N"])
    out = area + str(R.randint(1, 19))
    inward = str(R.randint(0, 9)) + ch("ABDEFGHJLNPQRSTUWXYZ") + ch("ABDEFGHJLNPQRSTUWXYZ")
    return out, inward


def render_uk_postcode(asr):
    o, i = gen_uk_postcode()
    canon = o + i
    if asr:
        st = ch(["plain", "nato", "word", None])
        return say_alnum(o, st) + ch([" ", ", ", " ... "]) + say_alnum(i, st), canon
    f = ch(["std", "std", "lower", "nospace"])
    t = {"std": o + " " + i, "lower": (o + " " + i).lower(), "nospace": o + i}[f]
    return t, canon


def render_zip(asr):
    z = "%05d" % R.randint(10001, 99950)
    plus4 = R.random() < 0.25
    canon = z + ("%04d" % R.randint(1, 9999) if plus4 else "")
    if asr:
        return join_spoken(spoken_chunks(canon, [5] if not plus4 else [5, 4]), 0.1), canon
    return (z + "-" + canon[5:]) if plus4 else z, canon


def render_address(asr, country):
    num = R.randint(1, 240)
    if country == "US":
        num = R.randint(10, 9800)
        street = ch(US_STREETS)
    elif country == "IE":
        street = ch(IE_STREETS)
    else:
        street = ch(UK_STREETS)
    flat = None
    if R.random() < 0.3:
        flat = ch(["Flat", "Apt", "Unit"]) + " " + str(R.randint(1, 30)) + ch(["", "B", ""])
    if asr:
        ns = say_chunk(str(num)) if num >= 10 else UNITS[num]
        t = ns + " " + re.sub(r" st$", " street", street.lower().replace("'", "")).replace("n oak", "north oak")
        t = t.replace("ave", "avenue") if t.endswith("ave") else t
        if flat:
            fl = flat.lower().replace("apt", "apartment")
            fnum = re.findall(r"\d+", fl)[0]
            fl = fl.replace(fnum, UNITS[int(fnum)] if int(fnum) < 10 else say_chunk(fnum))
            t = fl + ch([" ", ", "]) + t
        return t
    t = str(num) + ch(["", "", "a"] if country != "US" else [""]) + " " + street
    if R.random() < 0.2:
        t = t.lower()
    if flat:
        t = flat + ch([", ", " ", " / "]) + t
    return t


# ---------------------------------------------------------------------------
# scenario building blocks
# ---------------------------------------------------------------------------
INDUSTRY = {
    "bank": ["Northway Bank", "Harbour Building Society", "First Meridian Bank", "Celtic Credit Union"],
    "telecom": ["Lumo Mobile", "SkyWire Broadband", "Vantel", "EirLink"],
    "utility": ["BrightSpark Energy", "Aqualine Water", "Greenfield Gas", "Volt Ireland"],
    "retail": ["Harlow & Finch", "ShopDirect Plus", "Megamart Online", "Kestrel Outdoors"],
    "insurance": ["Shieldwell Insurance", "Cover4U", "Atlas Mutual", "Beacon Life"],
    "travel": ["SkyHop Airways", "Euroline Rail", "Sunward Holidays", "Atlantic Ferries"],
    "health": ["St Brigid's Billing Office", "MedPay Services", "Riverside Health Billing"],
    "gov": ["the vehicle licensing helpline", "the council tax team", "the benefits service",
            "the Revenue helpline"],
}


def company(*kinds):
    k = ch(kinds or list(INDUSTRY))
    return ch(INDUSTRY[k])


BACKCH = ["mhm", "go on", "yep", "okay", "uh huh", "right", "yeah go ahead", "got that", "okay go on"]
AGENT_NAMES = ["Dave", "Priya", "Ciara", "Marcus", "Joanne", "Tomasz", "Kelly", "Ade"]


def greet(co):
    return ch(["thank you for calling %s my name is %s how can i help" % (co.lower(), ch(AGENT_NAMES).lower()),
               "hello you're through to %s you're speaking with %s" % (co.lower(), ch(AGENT_NAMES).lower()),
               "good morning %s %s speaking" % (co.lower(), ch(AGENT_NAMES).lower())])


def distractor(asr=False):
    """A non-PII numeric aside to sprinkle into positive cases (never labelled)."""
    amt = (" the bill was %s pounds %s" % (say_chunk(str(R.randint(20, 400))), say_pair("%02d" % R.randint(10, 99)))
           if asr else " (bill was %s%d.%02d)" % (ch(["\u00a3", "$", "\u20ac"]), R.randint(20, 400), R.randint(0, 99)))
    return ch([
        " my order number is %d by the way" % R.randint(10000000, 99999999),
        amt,
        " it's about invoice INV-%d" % R.randint(100000, 999999),
        " ticket %d" % R.randint(1000000, 9999999),
        "",
        "",
    ])


def spoken_into_turns(c, speaker, chunks, typ, g, lead, restart=False, aside=False):
    """Customer reads chunks over several turns with agent back-channels."""
    nturns = min(len(chunks), ch([1, 2, 2, 3]))
    # split chunk list into nturns contiguous pieces
    cuts = sorted(R.sample(range(1, len(chunks)), nturns - 1)) if nturns > 1 else []
    pieces, prev = [], 0
    for cpos in cuts + [len(chunks)]:
        pieces.append(chunks[prev:cpos])
        prev = cpos
    other = "agent" if speaker == "customer" else "customer"
    for k, piece in enumerate(pieces):
        segs = []
        if k == 0:
            segs.append(lead)
            if restart and len(piece) >= 1:
                frag = piece[0] if len(piece) > 1 or len(pieces) > 1 else piece[0].split(" ")[0]
                if normalise(frag, MODE[typ]) and normalise(frag, MODE[typ]) != normalise(" ".join(chunks), MODE[typ]):
                    segs += [V(frag, typ, g, "frag"), ch([" sorry no wait let me start again ",
                                                          " no hang on that's wrong ",
                                                          "... sorry i'll start again from the top "])]
        if aside and k == 0 and len(piece) >= 2:
            segs += [V(join_spoken(piece[:1]), typ, g),
                     ch([" hang on the numbers are worn off here ", " sorry the dog's barking ",
                         " just a sec let me turn the light on ", " hold on "]),
                     V(join_spoken(piece[1:]), typ, g)]
        else:
            segs.append(V(join_spoken(piece), typ, g))
        if k == len(pieces) - 1 and R.random() < 0.3:
            segs.append(ch([" that's it", " and that's the lot", ""]))
        c.say(speaker, *segs)
        if k < len(pieces) - 1:
            c.say(other, ch(BACKCH))


# ---------------------------------------------------------------------------
# positive scenarios
# ---------------------------------------------------------------------------
CARD_LABELS = ["card number: ", "Card no. ", "card num ", "CC: ", "my card is ", "card - ", "long number ",
               "the card number is ", "Card Number=", "pan "]


def sc_card_chat():
    c = Case()
    card, g_sizes, kind = gen_card()
    g = c.group("CARD_NUMBER", card)
    sep = ch([" ", " ", "-", "", "  ", ".", " - "])
    sizes = ch([g_sizes, g_sizes, [len(card)], [4] * 4 + [3], [6, 6, 4], [3, 4, 4, 5]])
    sizes = [s for s in sizes if s]
    cardtxt = typed_group(card, sizes, sep)
    co = company("retail", "telecom", "utility", "travel", "health", "insurance")
    c.say("agent", "Hi, you're chatting with %s at %s. How can I help today?" % (ch(AGENT_NAMES), co))
    segs = [ch(["hi i need to pay my outstanding balance. ", "Hello, want to update the card on my account. ",
                "hey, payment failed again?? trying a different card. ", "Good afternoon, pls take payment for the excess. "]),
            ch(CARD_LABELS), V(cardtxt, "CARD_NUMBER", g)]
    extras = []
    if R.random() < 0.8:
        et, ec = render_expiry(False)
        ge = c.group("EXPIRY", ec)
        extras += [ch([" exp ", ", expiry ", " exp. date ", " valid thru ", " expires "]), V(et, "EXPIRY", ge)]
    if R.random() < 0.6:
        cv = "%04d" % R.randint(0, 9999) if kind == "amex" else "%03d" % R.randint(0, 999)
        gc = c.group("CVV", cv)
        extras += [ch([" cvv ", ", CVV: ", " security code ", " cvc "]), V(cv, "CVV", gc)]
    segs += extras + [ch(["", ".", " thanks", " ty"]), distractor()]
    c.say("customer", *segs)
    if R.random() < 0.5:
        gs = c.group("CARD_NUMBER", card)
        c.say("agent", "Thanks. Just to confirm, that's the card ending ", V(card[-4:], "CARD_NUMBER", gs, "suffix"),
              "? The payment of %s will go through now." % ch(["\u00a342.18", "$120.00", "\u20ac89.99", "\u00a3310"]))
        c.groups[gs] = ("CARD_NUMBER", card)
    else:
        c.say("agent", "Thank you, that's gone through. Your reference is %s." % ("PAY" + str(R.randint(100000, 999999))))
    return c, "typed card number (%s) in chat" % kind


def sc_card_call():
    c = Case()
    card, sizes, kind = gen_card()
    co = company("bank", "utility", "telecom", "insurance", "travel", "retail", "gov", "health")
    c.say("agent", greet(co))
    c.say("customer", ch(["hi yeah i want to pay my bill", "i'm ringing to make a payment",
                          "yeah hi um i got a letter about an overdue amount", "i need to renew my policy"]) + distractor(True))
    c.say("agent", ch(["no problem can i take the long number on the card please",
                       "okay i'll transfer you to secure payments... right go ahead with the card number",
                       "sure whenever you're ready the sixteen digit number on the front"]))
    g = c.group("CARD_NUMBER", card)
    chunks = spoken_chunks(card, sizes)
    spoken_into_turns(c, "customer", chunks, "CARD_NUMBER", g, ch(["yeah it's ", "okay ", "right um ", "", "so "]),
                      restart=R.random() < 0.2, aside=R.random() < 0.2)
    if R.random() < 0.5:
        g2 = c.group("CARD_NUMBER", card)
        rb = spoken_chunks(card, sizes)
        c.say("agent", ch(["let me read that back ", "so that's ", "just to confirm "]), V(join_spoken(rb, 0), "CARD_NUMBER", g2),
              ch(["", " is that right", " yeah"]))
        c.say("customer", ch(["yep", "that's it", "correct", "yes"]))
    et, ec = render_expiry(True)
    ge = c.group("EXPIRY", ec)
    c.say("agent", ch(["and the expiry date", "lovely and when does it expire", "and the valid to date on the card"]))
    c.say("customer", ch(["", "it's ", "um ", "expires "]), V(et, "EXPIRY", ge))
    if R.random() < 0.7:
        cv = "%04d" % R.randint(0, 9999) if kind == "amex" else "%03d" % R.randint(0, 999)
        gc = c.group("CVV", cv)
        c.say("agent", ch(["and the last three digits on the back", "and the security code please",
                           "three digit code on the signature strip"]))
        c.say("customer", ch(["", "that's ", "uh "]), V(say_chunk(cv), "CVV", gc))
    c.say("agent", "thank you that payment has gone through")
    return c, "spoken card number (%s) over the phone" % kind


def sc_ssn():
    c = Case()
    ssn = gen_ssn()
    g = c.group("SSN", ssn)
    co = company("bank", "insurance", "health", "gov", "telecom")
    asr = R.random() < 0.55
    if asr:
        c.say("agent", greet(co) + ch([" can i get the last name and social", " to verify i'll need your social security number"]))
        chunks = spoken_chunks(ssn, [3, 2, 4])
        spoken_into_turns(c, "customer", chunks, "SSN", g, ch(["sure it's ", "yeah um ", "okay ", "my social is "]),
                          restart=R.random() < 0.15, aside=R.random() < 0.15)
        if R.random() < 0.4:
            g2 = c.group("SSN", ssn)
            c.say("agent", "okay i have ", V(join_spoken(spoken_chunks(ssn, [3, 2, 4]), 0), "SSN", g2))
            c.say("customer", "yes")
        c.say("agent", "perfect thank you you're verified")
    else:
        sep = ch(["-", "-", " ", "", "."])
        txt = typed_group(ssn, [3, 2, 4], sep)
        c.say("customer", ch(["Hi, need help with my claim. ", "hello -- locked out of online acct. ",
                              "Re: enrollment form\n\n", "Good morning, I'm filing for my mother's benefits. "]),
              ch(["SSN: ", "ssn ", "Social Security # ", "my social is ", "SS#"]), V(txt, "SSN", g),
              ch(["", ".", " thanks"]), distractor())
        c.say("agent", ch(["Thank you, I've located the account.", "Thanks, give me a moment to pull that up.",
                           "Got it. Can you also confirm the ZIP on file?"]))
    return c, "US SSN " + ("spoken" if asr else "typed")


def sc_ni():
    c = Case()
    ni = gen_ni()
    g = c.group("NI_NUMBER", ni)
    co = company("gov", "bank", "insurance", "health", "utility")
    asr = R.random() < 0.55
    if asr:
        c.say("agent", greet(co) + ch([" can i take your national insurance number", " and your n i number please"]))
        st = ch(["plain", "nato", "word", None])
        pre, digs, suf = ni[:2], ni[2:8], ni[8]
        parts = [say_alnum(pre, st)] + spoken_chunks(digs, ch([[2, 2, 2], [6], [3, 3]])) + [say_alnum(suf, st)]
        spoken_into_turns(c, "customer", parts, "NI_NUMBER", g, ch(["yeah it's ", "um ", "okay so ", ""]),
                          restart=R.random() < 0.15, aside=R.random() < 0.15)
        if R.random() < 0.4:
            g2 = c.group("NI_NUMBER", ni)
            c.say("agent", "that's ", V(say_alnum(ni, "plain"), "NI_NUMBER", g2), " yeah")
            c.say("customer", ch(["yeah", "that's right"]))
    else:
        f = ch(["spaced", "compact", "lower", "dashed"])
        txt = {"spaced": "%s %s %s %s %s" % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8]), "compact": ni,
               "lower": ni.lower(), "dashed": "%s-%s-%s-%s-%s" % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8])}[f]
        c.say("customer", ch(["Hi, I'm applying for the grant. ", "hello, my tax code looks wrong ",
                              "Dear Sir/Madam,\n\nPlease update my records. ", "need to report change of circs. "]),
              ch(["NI no: ", "NINO ", "National Insurance number ", "my ni number is ", "NI: "]), V(txt, "NI_NUMBER", g),
              ch(["", ".", " Thanks"]), distractor())
        c.say("agent", "Thanks, I've found your record.")
    return c, "UK NI number " + ("spoken" if asr else "typed")


def sc_bank():
    c = Case()
    sc = "".join(ch("0123456789") for _ in range(6))
    us = R.random() < 0.25
    acct = "".join(ch("0123456789") for _ in range(ch([10, 11, 12]) if us else 8))
    co = company("bank", "utility", "insurance", "gov")
    asr = R.random() < 0.55
    ga = c.group("BANK_ACCOUNT", acct)
    if asr:
        c.say("agent", greet(co))
        c.say("customer", ch(["i want to set up a direct debit", "i need to change where my refund goes", "i'm switching my payments to a new account"]))
        if not us:
            gs = c.group("SORT_CODE", sc)
            c.say("agent", "okay what's the sort code")
            c.say("customer", ch(["", "it's ", "sort code "]), V(join_spoken(spoken_chunks(sc, [2, 2, 2]), 0.15), "SORT_CODE", gs))
            c.say("agent", "and the account number")
        else:
            c.say("agent", "sure what's the account number")
        spoken_into_turns(c, "customer", spoken_chunks(acct, [4, 4] if not us else [3, 3, 4]), "BANK_ACCOUNT", ga,
                          ch(["", "um ", "account number "]), restart=R.random() < 0.15, aside=R.random() < 0.1)
        if R.random() < 0.4:
            g2 = c.group("BANK_ACCOUNT", acct)
            c.say("agent", "so that's ", V(say_digits(acct), "BANK_ACCOUNT", g2))
            c.say("customer", "correct")
    else:
        segs = ["Hi, please send the refund to my new account. "]
        if not us:
            gs = c.group("SORT_CODE", sc)
            segs += [ch(["Sort code: ", "s/c ", "sort ", "SC "]), V(typed_group(sc, [2, 2, 2], ch(["-", "-", " ", ""])), "SORT_CODE", gs),
                     ch([", ", " ", "\n"])]
        segs += [ch(["acct no: ", "Account number ", "a/c ", "acc# ", "account - "]),
                 V(typed_group(acct, ch([[len(acct)], [4, 4]]), ch(["", " "])), "BANK_ACCOUNT", ga), distractor()]
        c.say("customer", *segs)
        c.say("agent", "Thanks, that's been updated. You'll see the refund in 3-5 working days.")
    return c, ("US" if us else "UK") + " bank details " + ("spoken" if asr else "typed")


def sc_iban():
    c = Case()
    ib = gen_iban()
    g = c.group("IBAN", ib)
    asr = R.random() < 0.45
    co = company("bank", "travel", "insurance", "utility")
    if asr:
        c.say("agent", greet(co) + " and what's the iban for the refund")
        groups = [ib[i:i + 4] for i in range(0, len(ib), 4)]
        chunks = []
        for grp in groups:
            if grp.isdigit():
                chunks.append(say_chunk(grp))
            else:
                chunks.append(say_alnum(grp))
        # make sure each chunk normalises to its group
        chunks = [ck if normalise(ck, "alnum") == grp.replace("O", "0") else say_alnum(grp, "plain")
                  for ck, grp in zip(chunks, groups)]
        spoken_into_turns(c, "customer", chunks, "IBAN", g, ch(["okay it's ", "right so ", ""]), aside=R.random() < 0.15)
        c.say("agent", "thank you i've got that")
    else:
        f = ch(["spaced", "compact", "lower", "spaced"])
        txt = {"spaced": " ".join(ib[i:i + 4] for i in range(0, len(ib), 4)), "compact": ib, "lower": ib.lower()}[f]
        c.say("customer", ch(["Please refund to ", "IBAN: ", "my iban is ", "Bank details for the claim - IBAN "]),
              V(txt, "IBAN", g), ch(["", ".", " (BIC not needed?)"]), distractor())
        c.say("agent", "Thank you, we'll process that within 10 working days.")
    return c, "IBAN (%s) %s" % (ib[:2], "spoken" if asr else "typed")


def render_phone(asr):
    ph, sizes, k = gen_phone()
    if asr:
        plus = ph.startswith("+")
        digits = ph.lstrip("+")
        chunks = spoken_chunks(digits, sizes if not plus else sizes)
        t = join_spoken(chunks, 0.1)
        if plus:
            t = "plus " + t
        return t, ph
    if ph.startswith("+"):
        digits = ph[1:]
        sep = ch([" ", " ", "-", ""])
        t = "+" + typed_group(digits, sizes, sep)
        return t, ph
    t = typed_group(ph, sizes, ch([" ", "-", "", ".", " "]))
    return t, ph


def PV(t, g):
    """Phone value: a typed leading '+' stays outside the span (span starts at first digit)."""
    if t.startswith("+"):
        return ["+", V(t[1:], "PHONE", g)]
    return [V(t, "PHONE", g)]


def sc_phone():
    c = Case()
    asr = R.random() < 0.5
    t, ph = render_phone(asr)
    g = c.group("PHONE", ph)
    co = company()
    if asr:
        c.say("agent", greet(co))
        c.say("customer", ch(["yeah i want to update my contact number", "can you call me back on a different number"]))
        c.say("agent", "sure what's the best number")
        c.say("customer", ch(["it's ", "yeah ", "um it's my mobile ", ""]), V(t, "PHONE", g))
        if R.random() < 0.35:
            g2 = c.group("PHONE", ph)
            t2, _ = t, ph
            c.say("agent", "so that's ", V(t2, "PHONE", g2))
            c.say("customer", "yep")
    else:
        c.say("customer", ch(["Pls call me back on ", "new number is ", "Tel: ", "mob - ", "You can reach me at "]),
              *(PV(t, g) + [ch(["", " after 5pm", ". Thanks", " any time before 8"])]))
        c.say("agent", "Thanks, I've updated your contact details.")
    return c, "phone " + ("spoken" if asr else "typed")


def say_email(addr, f, l):
    local, dom = addr.split("@")
    parts = []
    for tok in re.findall(r"[a-z]+|\d+|[._]", local):
        if tok == ".":
            parts.append("dot")
        elif tok == "_":
            parts.append("underscore")
        elif tok.isdigit():
            parts.append(say_chunk(tok) if len(tok) == 2 and tok[0] != "0" else say_digits(tok))
        elif len(tok) == 1 or (tok not in FIRST and tok not in LAST) or R.random() < 0.3:
            parts.append(" ".join(tok) if R.random() < 0.7 else " ".join(spell_letter(x, "nato") for x in tok))
        else:
            parts.append(tok)
    d = " dot ".join(dom.split("."))
    return " ".join(parts) + " at " + d


def sc_email():
    c = Case()
    addr, f, l = gen_email()
    g = c.group("EMAIL", addr)
    asr = R.random() < 0.5
    co = company()
    if asr:
        for _ in range(50):
            t = say_email(addr, f, l)
            if normalise(t, "email") == addr:
                break
        else:
            raise AssertionError(addr)
        c.say("agent", greet(co) + " " + ch(["can i take an email address for the confirmation", "and what email shall we send the receipt to"]))
        c.say("customer", ch(["yeah it's ", "it's ", "um "]), V(t, "EMAIL", g), ch(["", " all lower case", " all one word"]))
        if R.random() < 0.3:
            g2 = c.group("EMAIL", addr)
            c.say("agent", "so ", V(t, "EMAIL", g2))
            c.say("customer", "that's it")
    else:
        txt = addr
        if R.random() < 0.3:
            txt = addr[0].upper() + addr[1:]
        if R.random() < 0.15:
            txt = addr.upper()
        c.say("customer", ch(["my email is ", "Email: ", "send it to ", "e-mail - ", "pls use "]), V(txt, "EMAIL", g),
              ch(["", ".", " thanks!", " not the old one"]))
        c.say("agent", "Done, you'll get a confirmation e-mail shortly.")
    return c, "email " + ("spoken" if asr else "typed")


def sc_dob():
    c = Case()
    asr = R.random() < 0.55
    us = R.random() < 0.3
    t, canon = render_dob(asr, us)
    g = c.group("DOB", canon)
    co = company()
    if asr:
        c.say("agent", greet(co) + " " + ch(["can i take your date of birth", "and for security your date of birth please"]))
        c.say("customer", ch(["yeah it's ", "", "um ", "born on "]), V(t, "DOB", g))
        c.say("agent", ch(["thank you", "lovely and the first line of the address", "great that's you through security"]))
    else:
        c.say("customer", ch(["DOB: ", "date of birth ", "d.o.b ", "born "]), V(t, "DOB", g),
              ch(["", ".", " - need to update my file"]))
        c.say("agent", "Thanks for confirming.")
    return c, "date of birth " + ("spoken" if asr else "typed")


def sc_address():
    c = Case()
    asr = R.random() < 0.5
    country = ch(["UK", "UK", "US", "IE"])
    at = render_address(asr, country)
    ga = c.group("ADDRESS", at)
    co = company()
    if country == "UK":
        pt, pc = render_uk_postcode(asr)
        town = ch(UK_TOWNS)
    elif country == "US":
        pt, pc = render_zip(asr)
        town = ch(US_TOWNS)
        town = town[0] + ", " + town[1] if not asr else town[0].lower()
    else:
        pt, pc = None, None
        town = ch(["Galway", "Cork", "Swords", "Limerick"])
    gp = c.group("POSTCODE", pc) if pc else None
    if asr:
        c.say("agent", greet(co) + " " + ch(["and can i confirm the address", "what's the first line of the address"]))
        segs = [ch(["it's ", "", "yeah ", "um "]), V(at, "ADDRESS", ga), ch([" ", ", "]), town.lower()]
        if pt:
            if R.random() < 0.5:
                segs += [ch([" ", " postcode "]), V(pt, "POSTCODE", gp)]
                c.say("customer", *segs)
            else:
                c.say("customer", *segs)
                c.say("agent", ch(["and the postcode", "and the zip"]))
                c.say("customer", ch(["", "it's "]), V(pt, "POSTCODE", gp))
        else:
            c.say("customer", *segs)
        c.say("agent", "thank you")
    else:
        segs = [ch(["New address: ", "Please update my address to ", "Deliver to: ", "addr - "]), V(at, "ADDRESS", ga),
                ch([", ", "\n", " "]), town]
        if pt:
            segs += [ch([", ", " ", "\n"]), V(pt, "POSTCODE", gp)]
        c.say("customer", *segs)
        c.say("agent", "Thanks, that's updated. Order %d will ship there." % R.randint(100000, 999999))
    return c, "address + postcode (%s) %s" % (country, "spoken" if asr else "typed")


def sc_id_and_v():
    """Identity verification: several types in one call."""
    c = Case()
    co = company()
    c.say("agent", greet(co))
    c.say("customer", ch(["hi i've been locked out of my account", "i'm calling about a bill i don't recognise",
                          "hi i need to move my appointment"]))
    c.say("agent", "okay i'll just need to verify you first can i take your date of birth")
    t, canon = render_dob(True, R.random() < 0.3)
    g = c.group("DOB", canon)
    c.say("customer", ch(["", "it's ", "uh "]), V(t, "DOB", g))
    c.say("agent", "and the postcode")
    pt, pc = render_uk_postcode(True) if R.random() < 0.7 else render_zip(True)
    gp = c.group("POSTCODE", pc)
    c.say("customer", V(pt, "POSTCODE", gp))
    c.say("agent", "and the phone number on the account")
    ph, canon_ph = render_phone(True)
    gph = c.group("PHONE", canon_ph)
    c.say("customer", ch(["", "it's ", "um "]), V(ph, "PHONE", gph))
    if R.random() < 0.5:
        c.say("agent", "and the last four of the card you pay with")
        c.say("customer", "ending " + say_digits("%04d" % R.randint(0, 9999)))
    c.say("agent", "thank you that's all fine you're verified")
    return c, "ID&V with DOB, postcode and phone (last-four unlabelled)"


def sc_email_message():
    """An e-mail to a contact centre with several identifiers."""
    c = Case()
    name = ch(FIRST).title() + " " + ch(LAST).title()
    addr, _, _ = gen_email()
    ge = c.group("EMAIL", addr)
    ph, canon_ph = render_phone(False)
    gp = c.group("PHONE", canon_ph)
    segs = ["Subject: ", ch(["Complaint re meter reading", "Refund request", "Change of details", "Direct debit query"]),
            "\n\nHi,\n\nMy meter reading today was %05d and the bill (invoice %d) is wrong. " % (R.randint(0, 99999), R.randint(10000000, 99999999))]
    if R.random() < 0.5:
        ni = gen_ni()
        gn = c.group("NI_NUMBER", ni)
        segs += ["For ID my NI number is ", V(ni if R.random() < 0.5 else ni[:2] + " " + ni[2:8] + " " + ni[8], "NI_NUMBER", gn), ". "]
    else:
        ssn = gen_ssn()
        gs = c.group("SSN", ssn)
        segs += ["SSN ", V(typed_group(ssn, [3, 2, 4], "-"), "SSN", gs), " if you need it. "]
    segs += ["Contact me on "] + PV(ph, gp) + [" or ", V(addr, "EMAIL", ge), ".\n\nRegards,\n" + name]
    c.say("customer", *segs)
    c.say("agent", "Dear %s, thank you for your e-mail. We have raised case %d." % (name.split()[0], R.randint(1000000, 9999999)))
    return c, "customer e-mail with several identifiers"


POS_SCENARIOS = [(sc_card_chat, 15), (sc_card_call, 22), (sc_ssn, 20), (sc_ni, 16), (sc_bank, 16),
                 (sc_iban, 12), (sc_phone, 6), (sc_email, 6), (sc_dob, 5), (sc_address, 10),
                 (sc_id_and_v, 6), (sc_email_message, 6)]


# ---------------------------------------------------------------------------
# negative scenarios (nothing labelled)
# ---------------------------------------------------------------------------
def rnd_digits(n):
    return "".join(ch("0123456789") for _ in range(n))


def neg_templates():
    co = company()
    n16 = rnd_digits(16)
    return [
        lambda: [("customer", "hi my order number is %s and it still hasn't arrived" % typed_group(n16, [4, 4, 4, 4], " ")),
                 ("agent", "thanks i can see order %s was dispatched on the %d%s" % (typed_group(n16, [4, 4, 4, 4], " "), R.randint(1, 28), "th"))],
        lambda: [("agent", "can i take the tracking number please"),
                 ("customer", "yeah it's " + join_spoken(spoken_chunks(n16, [4, 4, 4, 4]))),
                 ("agent", "mhm that parcel is at the depot")],
        lambda: [("customer", "my balance says %s pounds %s is that right" % (say_hundred(str(R.randint(100, 999))), say_pair(str(R.randint(10, 99))))),
                 ("agent", "yes your balance is \u00a3%d.%02d and the minimum payment is \u00a3%d" % (R.randint(100, 999), R.randint(0, 99), R.randint(5, 40)))],
        lambda: [("agent", "that's the card ending %04d is that right" % R.randint(0, 9999)), ("customer", "yes that's the one")],
        lambda: [("customer", "it's the card ending in " + say_digits("%04d" % R.randint(0, 9999))),
                 ("agent", "okay and the last four match what i have")],
        lambda: [("customer", "what are your opening hours"),
                 ("agent", "we're open eight till eight monday to friday and nine to five on saturdays")],
        lambda: [("customer", "my meter reading is " + say_digits(rnd_digits(6))),
                 ("agent", "thank you reading of %s logged for %s" % (rnd_digits(5), ch(MONTHS)))],
        lambda: [("customer", "i'm on flight BA%d tomorrow from gate %d%s seat %d%s" % (R.randint(100, 2999), R.randint(1, 60), ch("ABC"), R.randint(1, 40), ch("ABCDEF"))),
                 ("agent", "ok flight %s departs at %02d:%02d" % ("BA" + str(R.randint(100, 999)), R.randint(5, 22), ch([0, 15, 30, 45])))],
        lambda: [("agent", "your policy number is POL-%s" % rnd_digits(8)),
                 ("customer", "and the claim reference is " + typed_group(rnd_digits(12), [3, 3, 3, 3], "-"))],
        lambda: [("customer", "the reference on the letter is " + typed_group(rnd_digits(6), [2, 2, 2], "-") + " what does it mean"),
                 ("agent", "that's your case reference it's not a bank detail don't worry")],
        lambda: [("customer", "the serial number on the router is SN%s model %s" % (rnd_digits(12), "VX-" + rnd_digits(4))),
                 ("agent", "thanks that's a model from %d" % R.randint(2015, 2023))],
        lambda: [("customer", "i'm %d years old and i've been with you for %d years" % (R.randint(18, 90), R.randint(2, 30))),
                 ("agent", "thanks for being a loyal customer you'll get %d percent off" % R.randint(5, 30))],
        lambda: [("agent", "your appointment is on %s the %s of %s at %s" % (ch(["monday", "tuesday", "friday"]), ORD[R.randint(1, 28)], ch(MONTHS), ch(["ten thirty", "two pm", "quarter past nine"]))),
                 ("customer", "and how long will it take"), ("agent", "about forty five minutes")],
        lambda: [("customer", "the heating's set to %d degrees and the boiler's model %s" % (R.randint(16, 24), rnd_digits(7))),
                 ("agent", "ok engineer visit booked for %d/%d/%d" % (R.randint(1, 28), R.randint(1, 12), R.randint(2025, 2027)))],
        lambda: [("customer", "invoice %s is for %s and i paid it on %d %s" % ("INV-" + rnd_digits(9), "\u20ac" + str(R.randint(10, 900)) + ".00", R.randint(1, 28), ch(MONTHS).title())),
                 ("agent", "i can see that payment thank you")],
        lambda: [("customer", "i live just off the %s near junction %d" % (ch(["M25", "A406", "N7", "I-95", "M50", "Route 66"]), R.randint(1, 30))),
                 ("agent", "ok the engineer will find you")],
        lambda: [("agent", "your contract started in %d and ends on the %s of %s %s" % (R.randint(2018, 2024), ORD[R.randint(1, 28)], ch(MONTHS), say_year(R.randint(2025, 2028)))),
                 ("customer", "so %d months left" % R.randint(1, 24))],
        lambda: [("customer", "my ticket number is " + join_spoken(spoken_chunks(rnd_digits(9), [3, 2, 4]))),
                 ("agent", "thanks ticket found it's priority %d" % R.randint(1, 4))],
        lambda: [("customer", "i'm in room %d and the reservation is %s" % (R.randint(100, 999), "RES" + rnd_digits(10))),
                 ("agent", "checkout is at eleven")],
        lambda: [("agent", "you've used %d gigabytes which is %d percent of your allowance" % (R.randint(2, 90), R.randint(10, 99))),
                 ("customer", "and how much is the upgrade"), ("agent", "it's %d ninety nine a month" % R.randint(5, 40))],
        lambda: [("customer", "the code on the voucher is " + typed_group(rnd_digits(16), [4, 4, 4, 4], "-")),
                 ("agent", "that gift voucher has \u00a3%d left" % R.randint(5, 100))],
        lambda: [("customer", "i was on hold for %d minutes" % R.randint(10, 90)), ("agent", "i'm sorry about that your call is number %d in our queue stats" % R.randint(1000, 9999))],
        lambda: [("customer", "the direct debit is %s on the %s of each month" % (say_hundred(str(R.randint(101, 999))), ORD[R.randint(1, 28)])),
                 ("agent", "yes and the next collection is on the %s" % (lambda d: "%d%s" % (d, sfx(d)))(R.randint(4, 28)))],
        lambda: [("agent", "your tax reference is %s" % rnd_digits(10)), ("customer", "ok and the year end is %d" % R.randint(2023, 2026))],
        lambda: [("customer", "member number " + say_digits(rnd_digits(8)) + " for the loyalty scheme"),
                 ("agent", "you have %d points" % R.randint(100, 99999))],
        lambda: [("customer", "account reference %s on the water bill" % typed_group(rnd_digits(10), [5, 5], " ")),
                 ("agent", "thank you that's the water account reference")],
        lambda: [("customer", "the mpan on the bill is " + rnd_digits(13)), ("agent", "thanks that's your supply number")],
        lambda: [("customer", "the prescription cost \u00a3%d.%02d and the nhs reference was %s" % (R.randint(5, 20), R.randint(0, 99), rnd_digits(6))),
                 ("agent", "ok we'll refund within %d days" % R.randint(3, 14))],
    ]


def gen_negative():
    tpls = neg_templates()
    k = ch([1, 2, 2, 3])
    picks = R.sample(range(len(tpls)), k)
    turns = []
    co = company()
    if R.random() < 0.5:
        turns.append(("agent", greet(co)))
    for p in picks:
        turns += tpls[p]()
    c = Case()
    for spk, t in turns:
        c.say(spk, t)
    return c, "negatives: templates " + ",".join(str(p) for p in sorted(picks))


# ---------------------------------------------------------------------------
def word_boundary_ok(text, s, e):
    if not (0 <= s < e <= len(text)):
        return False
    if not (text[s].isalnum() and text[e - 1].isalnum()):
        return False
    if s > 0 and text[s - 1].isalnum():
        return False
    if e < len(text) and text[e].isalnum():
        return False
    return True


def generate():
    global R
    R = random.Random(SEED)
    cases = []
    bag = []
    for fn, w in POS_SCENARIOS:
        bag += [fn] * w
    npos = 0
    while npos < 215:
        fn = ch(bag)
        c, note = fn()
        turns, spans, parts = c.build()
        check_group_parts(c, parts)
        npos += 1
        cases.append({"id": "h455-pos-%03d" % npos, "kind": "positive", "turns": turns, "spans": spans, "note": note})
    for i in range(1, 111):
        c, note = gen_negative()
        turns, spans, parts = c.build()
        assert not spans
        cases.append({"id": "h455-neg-%03d" % i, "kind": "negative", "turns": turns, "spans": [], "note": note})
    return cases


def serialise(cases):
    return "".join(json.dumps(c, ensure_ascii=False, sort_keys=False) + "\n" for c in cases)


def check_file(text, cases):
    ids = set()
    counts = Counter()
    for line in text.splitlines():
        c = json.loads(line)
        assert c["id"] not in ids, c["id"]
        ids.add(c["id"])
        assert c["kind"] in ("positive", "negative")
        assert all(t["speaker"] in ("customer", "agent") for t in c["turns"])
        if c["kind"] == "negative":
            assert c["spans"] == []
        else:
            assert c["spans"]
        by_turn = {}
        for s in c["spans"]:
            txt = c["turns"][s["turn"]]["text"]
            assert word_boundary_ok(txt, s["start"], s["end"]), (c["id"], s)
            by_turn.setdefault(s["turn"], []).append((s["start"], s["end"]))
            counts[s["type"]] += 1
        for lst in by_turn.values():
            lst.sort()
            for a, b in zip(lst, lst[1:]):
                assert a[1] <= b[0], (c["id"], a, b)
    return counts


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true")
    a = ap.parse_args()
    cases = generate()  # also validates every labelled value group
    text = serialise(cases)
    if a.check:
        with open(OUT_FILE, encoding="utf-8") as fh:
            cur = fh.read()
        assert cur == text, "cases.jsonl is not byte-identical to a fresh generation"
    else:
        os.makedirs(OUT_DIR, exist_ok=True)
        with open(OUT_FILE, "w", encoding="utf-8") as fh:
            fh.write(text)
    counts = check_file(text, cases)
    npos = sum(1 for c in cases if c["kind"] == "positive")
    nneg = len(cases) - npos
    mins = {"CARD_NUMBER": 70, "SSN": 30, "NI_NUMBER": 30}
    for t in MODE:
        assert counts[t] >= mins.get(t, 10), (t, counts[t])
    assert npos >= 200 and nneg >= 100
    print("positives=%d negatives=%d" % (npos, nneg))
    for t in MODE:
        print("  %-13s %d" % (t, counts[t]))
    print("check OK" if a.check else "written " + OUT_FILE)


if __name__ == "__main__":
    main()

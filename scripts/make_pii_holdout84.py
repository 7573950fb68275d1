#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set ``pii_holdout84``.

Written by an AI helper acting as an independent author, without access to
the redaction code or any other evaluation set.  Standard library only.

    python scripts/make_pii_holdout84.py          # write fixture + README
    python scripts/make_pii_holdout84.py --check  # regenerate and verify

Every turn is assembled from plain-text segments and labelled value
segments, so span offsets are computed, never typed by hand.  All random
values come from one ``random.Random(84291123)``.
"""
from __future__ import annotations

import datetime as _dt
import json
import re
import sys
from collections import Counter
from pathlib import Path

import random

SEED = 84291123
ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "tests" / "fixtures" / "pii_holdout84"
CASES = OUT_DIR / "cases.jsonl"
README = OUT_DIR / "README.md"
PFX = "h84"

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

R = random.Random(SEED)


def ch(seq):
    return R.choice(seq)


def maybe(p=0.5):
    return R.random() < p


# ---------------------------------------------------------------------------
# value segments
# ---------------------------------------------------------------------------
class V:
    """A labelled value segment. ``canon`` is the canonical value; spans of
    the same group (a value split over turns) share one canon."""
    _n = 0

    def __init__(self, text, typ, canon, grp=None):
        self.text, self.typ, self.canon = text, typ, canon
        if grp is None:
            V._n += 1
            grp = "g%d" % V._n
        self.grp = grp


def new_grp():
    V._n += 1
    return "g%d" % V._n


# ---------------------------------------------------------------------------
# number words
# ---------------------------------------------------------------------------
UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
       "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
       "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty first", "twenty second",
       "twenty third", "twenty fourth", "twenty fifth", "twenty sixth", "twenty seventh",
       "twenty eighth", "twenty ninth", "thirtieth", "thirty first"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
NATO = {"A": "alpha", "B": "bravo", "C": "charlie", "D": "delta", "E": "echo", "F": "foxtrot",
        "G": "golf", "H": "hotel", "I": "india", "J": "juliet", "K": "kilo", "L": "lima",
        "M": "mike", "N": "november", "O": "oscar", "P": "papa", "Q": "quebec", "R": "romeo",
        "S": "sierra", "T": "tango", "U": "uniform", "V": "victor", "W": "whiskey",
        "X": "xray", "Y": "yankee", "Z": "zulu"}
FOR_WORDS = {"A": "apple", "B": "bertie", "C": "charlie", "D": "david", "E": "edward",
             "F": "freddie", "G": "george", "H": "harry", "J": "john", "K": "king",
             "L": "london", "M": "mother", "N": "nancy", "P": "peter", "R": "robert",
             "S": "sugar", "T": "tommy", "W": "william", "X": "xmas", "Y": "yellow",
             "Z": "zebra", "Q": "queen", "I": "ireland", "U": "uncle", "V": "victoria"}
HOMO = {"B": "bee", "C": "see", "D": "dee", "G": "gee", "J": "jay", "K": "kay", "P": "pee",
        "Q": "queue", "R": "are", "T": "tea", "U": "you", "Y": "why", "Z": "zed", "H": "aitch",
        "I": "eye", "X": "ex", "S": "ess", "E": "e", "N": "en", "M": "em", "L": "el",
        "A": "a", "W": "double you", "V": "vee", "F": "ef"}


def two_digit_words(n):
    if n < 10:
        return UNITS[n]
    if n < 20:
        return TEENS[n - 10]
    return TENS[n // 10] + ("" if n % 10 == 0 else " " + UNITS[n % 10])


def zero_word():
    return ch(["zero", "oh", "oh", "o", "nought", "zero"])


def digit_word(d, zw=None):
    if d == "0":
        return zw or zero_word()
    w = UNITS[int(d)]
    if maybe(0.04):
        w = {"two": "too", "eight": "ate", "one": "won"}.get(w, w)
    return w


def say_digits(s, pairs=0.25, doubles=0.55, zw=None, fill=0.0):
    """Render a digit string as an ASR would write it."""
    out, i = [], 0
    zw = zw or (zero_word() if maybe(0.7) else None)
    while i < len(s):
        d = s[i]
        if i + 2 < len(s) and s[i + 1] == d and s[i + 2] == d and maybe(doubles * 0.7):
            out.append("triple " + digit_word(d, zw))
            i += 3
        elif i + 1 < len(s) and s[i + 1] == d and maybe(doubles):
            out.append("double " + digit_word(d, zw))
            i += 2
        elif (i + 1 < len(s) and d != "0" and s[i + 1] != "0" and maybe(pairs)
              and not (i + 2 < len(s) and d != "1" and False)):
            n = int(s[i:i + 2])
            if n >= 20 and i + 2 < len(s) and False:
                pass
            out.append(two_digit_words(n))
            i += 2
        else:
            out.append(digit_word(d, zw))
            i += 1
        if fill and i < len(s) and maybe(fill):
            out.append(ch(["um", "uh", "er", "erm"]))
    return " ".join(out)


def say_letter(c, style=None):
    style = style or ch(["plain", "plain", "nato", "for", "asin", "homo"])
    low = c.lower()
    if c == "O":
        return ch(["oscar", "o for oscar", "o as in oscar"])
    if style == "plain":
        return low
    if style == "nato":
        return NATO[c]
    if style == "for":
        return "%s for %s" % (low, ch([NATO[c], FOR_WORDS[c]]))
    if style == "asin":
        return "%s as in %s" % (low, ch([NATO[c], FOR_WORDS[c]]))
    return HOMO[c]


def say_alnum(s, letter_style=None, pairs=0.15):
    """Letters and digits mixed (NI numbers, postcodes, IBANs)."""
    out, buf = [], ""
    for c in s:
        if c.isdigit():
            buf += c
            continue
        if buf:
            out.append(say_digits(buf, pairs=pairs))
            buf = ""
        if c == " ":
            continue
        out.append(say_letter(c, letter_style))
    if buf:
        out.append(say_digits(buf, pairs=pairs))
    return " ".join(out)


def year_words(y):
    if 2000 <= y < 2010:
        return ch(["two thousand and " + UNITS[y - 2000], "two thousand " + UNITS[y - 2000]]) \
            if y != 2000 else "two thousand"
    if y >= 2010:
        return "twenty " + two_digit_words(y - 2000)
    hi, lo = divmod(y, 100)
    if lo == 0:
        return two_digit_words(hi) + " hundred"
    if lo < 10:
        return two_digit_words(hi) + " " + ch(["oh", "o"]) + " " + UNITS[lo]
    return two_digit_words(hi) + " " + two_digit_words(lo)


def house_words(n):
    if n < 100:
        return two_digit_words(n)
    if n < 1000:
        h, lo = divmod(n, 100)
        if lo == 0:
            return UNITS[h] + " hundred"
        if lo < 10:
            return UNITS[h] + " oh " + UNITS[lo]
        return UNITS[h] + " " + two_digit_words(lo)
    hi, lo = divmod(n, 100)
    if lo == 0:
        return two_digit_words(hi) + " hundred"
    if lo < 10:
        return two_digit_words(hi) + " oh " + UNITS[lo]
    return two_digit_words(hi) + " " + two_digit_words(lo)


# ---------------------------------------------------------------------------
# validators
# ---------------------------------------------------------------------------
def luhn_ok(d):
    if not d.isdigit():
        return False
    tot = 0
    for i, c in enumerate(reversed(d)):
        n = int(c)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        tot += n
    return tot % 10 == 0


def luhn_complete(prefix, length):
    body = prefix + "".join(str(R.randrange(10)) for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def iban_ok(s):
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in r)
    return int(num) % 97 == 1


NI_RE = re.compile(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]")
NI_BAD = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}
UK_PC = re.compile(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}")
US_ZIP = re.compile(r"\d{5}(\d{4})?")

FILLER = {"um", "uh", "er", "erm", "hmm", "sorry", "ah"}
NUMW = {w: str(i) for i, w in enumerate(UNITS)}
NUMW.update({"oh": "0", "o": "0", "nought": "0", "nil": "0", "too": "2", "ate": "8", "won": "1"})
TEENW = {w: str(10 + i) for i, w in enumerate(TEENS)}
TENW = {TENS[i]: str(i) for i in range(2, 10)}
LETW = {v: k for k, v in NATO.items()}
LETW.update({"alfa": "A", "juliett": "J", "whisky": "W"})
HOMOW = {v: k for k, v in HOMO.items() if " " not in v and len(v) > 1}
HOMOW.update({"sea": "C", "cue": "Q", "tee": "T", "zee": "Z", "haitch": "H", "eff": "F", "be": "B"})


class ParseError(Exception):
    pass


def tokens(s):
    return [t for t in re.split(r"[^0-9A-Za-z+]+", s) if t]


def spoken_chars(s):
    """Normalise a (typed or spoken) value to its characters."""
    toks = [t.lower() for t in tokens(s)]
    out, i = "", 0

    def single(t):
        if t in NUMW:
            return NUMW[t]
        if re.fullmatch(r"[a-z]", t):
            return t.upper()
        if t in LETW:
            return LETW[t]
        if t in HOMOW:
            return HOMOW[t]
        if t.isdigit() and len(t) == 1:
            return t
        raise ParseError("cannot repeat %r" % t)

    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if t in FILLER:
            i += 1
        elif t == "o" and nxt in ("for", "as"):
            out += "O"
            i += 3 if nxt == "for" else 4
        elif t == "plus":
            out += "+"
            i += 1
        elif t.startswith("+"):
            out += t
            i += 1
        elif t.isdigit():
            out += t
            i += 1
        elif re.fullmatch(r"[0-9a-z]+", t) and any(c.isdigit() for c in t):
            out += t.upper()
            i += 1
        elif t in ("double", "triple"):
            n = 2 if t == "double" else 3
            if nxt is None:
                raise ParseError("dangling " + t)
            if t == "double" and nxt == "you":
                out += "W"
            else:
                out += single(nxt) * n
            i += 2
        elif t in TEENW:
            out += TEENW[t]
            i += 1
        elif t in TENW:
            if nxt in NUMW and NUMW[nxt] != "0" and nxt not in ("oh", "o", "nought", "nil"):
                out += TENW[t] + NUMW[nxt]
                i += 2
            else:
                out += TENW[t] + "0"
                i += 1
        elif t == "hundred":
            out += "00"
            i += 1
        elif t in NUMW:
            out += NUMW[t]
            i += 1
        elif re.fullmatch(r"[a-z]", t) or t in LETW or t in HOMOW:
            c = t.upper() if len(t) == 1 else (LETW.get(t) or HOMOW[t])
            out += c
            if nxt == "for" and i + 2 < len(toks):
                i += 3
            elif nxt == "as" and i + 3 < len(toks) and toks[i + 2] == "in":
                i += 4
            else:
                i += 1
        elif t.isalpha() and len(t) <= 4 and t not in ("for", "as", "in"):
            out += t.upper()  # typed letter run like "QQ" or "BOFI"
            i += 1
        else:
            raise ParseError("unknown token %r" % t)
    return out


def spoken_email(s):
    s = s.lower()
    s = re.sub(r"\s*[\(\[]at[\)\]]\s*", " at ", s)
    s = re.sub(r"\s*[\(\[]dot[\)\]]\s*", " dot ", s)
    if "@" in s:
        return s.replace(" ", "")
    toks = s.split()
    out, i = "", 0
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if t == "dot":
            out += "."
        elif t == "at":
            out += "@"
        elif t == "underscore":
            out += "_"
        elif t in ("dash", "hyphen"):
            out += "-"
        elif t in TEENW:
            out += TEENW[t]
        elif t in TENW:
            if nxt in UNITS[1:]:
                out += TENW[t] + NUMW[nxt]
                i += 1
            else:
                out += TENW[t] + "0"
        elif t in UNITS:
            out += NUMW[t]
        elif t == "double" and nxt is not None:
            out += (NUMW.get(nxt) or nxt) * 2
            i += 1
        else:
            out += t
        i += 1
    return out


EMAIL_RE = re.compile(r"[a-z0-9._+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+")
STREET_SFX = ("road", "street", "avenue", "lane", "drive", "close", "way", "court", "crescent",
              "terrace", "place", "boulevard", "blvd", "st", "rd", "ave", "ln", "dr", "grove",
              "park", "gardens", "hill", "row", "square", "walk", "mews", "parade", "view")


def check_value(typ, text, canon):
    """Return a list of problems for one labelled value (or joined group)."""
    p = []
    try:
        if typ == "EMAIL":
            got = spoken_email(text)
            if not EMAIL_RE.fullmatch(canon):
                p.append("bad canon email %r" % canon)
            if got != canon:
                p.append("email %r -> %r != %r" % (text, got, canon))
            return p
        if typ in ("ADDRESS",):
            low = text.lower()
            if not re.search(r"\d|" + "|".join(UNITS[1:] + TEENS + TENS[2:]), low):
                p.append("address without number %r" % text)
            if not any(re.search(r"\b%s\b" % w, low) for w in STREET_SFX):
                p.append("address without street word %r" % text)
            return p
        if typ == "DOB":
            y, m, d = canon
            _dt.date(y, m, d)
            if not 1930 <= y <= 2008:
                p.append("dob year %d" % y)
            if not re.search(r"\d|" + "|".join(UNITS + TEENS + TENS[2:] + MONTHS), text.lower()):
                p.append("dob text %r" % text)
            return p
        if typ == "EXPIRY":
            m, y = canon
            if not (1 <= m <= 12 and 25 <= y % 100 <= 36):
                p.append("expiry canon %r" % (canon,))
            return p
        if isinstance(canon, tuple) and canon[0] == "partial":
            got = spoken_chars(text).replace("O", "0")
            if got != canon[1]:
                p.append("partial %r -> %r != %r" % (text, got, canon[1]))
            return p
        got = spoken_chars(text)
        if typ in ("CARD_NUMBER", "CVV", "SSN", "BANK_ACCOUNT", "SORT_CODE"):
            got = got.replace("O", "0")
        if typ == "PHONE":
            got = got.replace("O", "0")
        if got != canon:
            p.append("%s %r -> %r != %r" % (typ, text, got, canon))
        c = canon
        if typ == "CARD_NUMBER" and not (13 <= len(c) <= 19 and luhn_ok(c)):
            p.append("card invalid %r" % c)
        elif typ == "CVV" and not re.fullmatch(r"\d{3,4}", c):
            p.append("cvv %r" % c)
        elif typ == "SSN":
            if not re.fullmatch(r"\d{9}", c) or c[:3] in ("000", "666") or c[0] == "9" \
                    or c[3:5] == "00" or c[5:] == "0000":
                p.append("ssn %r" % c)
        elif typ == "NI_NUMBER":
            if not NI_RE.fullmatch(c) or c[:2] in NI_BAD:
                p.append("ni %r" % c)
        elif typ == "BANK_ACCOUNT" and not re.fullmatch(r"\d{6,12}", c):
            p.append("account %r" % c)
        elif typ == "SORT_CODE" and not re.fullmatch(r"\d{6}", c):
            p.append("sort %r" % c)
        elif typ == "IBAN" and not iban_ok(c):
            p.append("iban %r" % c)
        elif typ == "PHONE" and not re.fullmatch(r"\+?\d{10,13}", c):
            p.append("phone %r" % c)
        elif typ == "POSTCODE" and not (UK_PC.fullmatch(c) or US_ZIP.fullmatch(c)):
            p.append("postcode %r" % c)
    except ParseError as e:
        p.append("%s %r: %s" % (typ, text, e))
    except ValueError as e:
        p.append("%s %r: %s" % (typ, text, e))
    return p


# ---------------------------------------------------------------------------
# value generators (canonical values)
# ---------------------------------------------------------------------------
def gen_card(brand=None):
    brand = brand or ch(["visa", "visa", "visa", "mc", "mc", "mc2", "amex", "disc", "visa13", "maestro"])
    if brand == "visa":
        return luhn_complete("4", 16)
    if brand == "visa13":
        return luhn_complete("4", 13)
    if brand == "mc":
        return luhn_complete("5" + str(R.randint(1, 5)), 16)
    if brand == "mc2":
        return luhn_complete(str(R.randint(2221, 2720)), 16)
    if brand == "amex":
        return luhn_complete(ch(["34", "37"]), 15)
    if brand == "disc":
        return luhn_complete("6011", 16)
    return luhn_complete(ch(["6759", "6761", "5018"]), ch([16, 19]))


def group_card(c):
    if len(c) == 15:
        return [c[:4], c[4:10], c[10:]]
    if len(c) == 13:
        return [c[:4], c[4:8], c[8:12], c[12:]]
    if len(c) == 19:
        return [c[:4], c[4:8], c[8:12], c[12:16], c[16:]]
    return [c[i:i + 4] for i in range(0, 16, 4)]


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
        p = ch(NI_L1) + ch(NI_L2)
        if p not in NI_BAD:
            break
    return p + "".join(str(R.randrange(10)) for _ in range(6)) + ch("ABCD")


def gen_digits(n, first_nonzero=False):
    s = "".join(str(R.randrange(10)) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = str(R.randint(1, 9)) + s[1:]
    return s


def iban_make(cc, bban):
    r = bban + cc + "00"
    num = "".join(str(int(c, 36)) for c in r)
    chk = 98 - int(num) % 97
    return "%s%02d%s" % (cc, chk, bban)


BANKS = {"GB": ["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "SRLG"], "IE": ["AIBK", "BOFI", "IPBS"],
         "NL": ["ABNA", "INGB", "RABO"]}


def gen_iban(cc=None):
    cc = cc or ch(["GB", "GB", "IE", "IE", "DE", "FR", "ES", "NL", "IT"])
    if cc in ("GB", "IE"):
        bban = ch(BANKS[cc]) + gen_digits(14)
    elif cc == "NL":
        bban = ch(BANKS[cc]) + gen_digits(10)
    elif cc == "DE":
        bban = gen_digits(18)
    elif cc == "FR":
        bban = gen_digits(23)
    elif cc == "ES":
        bban = gen_digits(20)
    else:
        bban = ch("ABCDEFGHJKLMNPRSTUVWXYZ") + gen_digits(22)
    return iban_make(cc, bban)


def group4(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def gen_phone(region=None):
    """Return (canon, typed display)."""
    region = region or ch(["uk_mob", "uk_mob", "uk_land", "uk_intl", "us", "us", "us_intl",
                           "ie", "ie_intl", "fr_intl", "de_intl"])
    if region == "uk_mob":
        c = "07" + str(R.randint(4, 9)) + gen_digits(8)
        disp = ch([c[:5] + " " + c[5:], c, c[:5] + " " + c[5:8] + " " + c[8:], c[:5] + "-" + c[5:]])
    elif region == "uk_land":
        c = ch(["020", "0161", "0113", "0121", "0131", "0117", "0141"])
        c = c + gen_digits(11 - len(c), True)
        disp = ch([c[:len(c) - 7] + " " + c[-7:-4] + " " + c[-4:], c, "(" + c[:-7] + ") " + c[-7:]]) \
            if len(c) == 11 else c
        if c.startswith("020"):
            disp = ch(["020 " + c[3:7] + " " + c[7:], c])
    elif region == "uk_intl":
        c = "+447" + str(R.randint(4, 9)) + gen_digits(8)
        disp = ch(["+44 " + c[3:7] + " " + c[7:], c, "+44 (0)" + c[3:7] + " " + c[7:10] + " " + c[10:]])
        if "(0)" in disp:
            c = None  # not used, regenerate below
            c2 = "+44" + disp.split("(0)")[1].replace(" ", "")
            disp = "+44 " + c2[3:7] + " " + c2[7:]
            c = c2
    elif region == "us":
        a = str(R.randint(201, 989))
        while a[1] == "9" or a.endswith("11"):
            a = str(R.randint(201, 989))
        x = str(R.randint(201, 989)) + gen_digits(4)
        c = a + x
        disp = ch(["(%s) %s-%s" % (a, x[:3], x[3:]), "%s-%s-%s" % (a, x[:3], x[3:]),
                   "%s.%s.%s" % (a, x[:3], x[3:]), c, "%s %s %s" % (a, x[:3], x[3:])])
    elif region == "us_intl":
        a = str(R.randint(201, 989))
        while a[1] == "9":
            a = str(R.randint(201, 989))
        x = str(R.randint(201, 989)) + gen_digits(4)
        c = "+1" + a + x
        disp = ch(["+1 (%s) %s-%s" % (a, x[:3], x[3:]), "+1-%s-%s-%s" % (a, x[:3], x[3:]),
                   "+1 %s %s %s" % (a, x[:3], x[3:])])
    elif region == "ie":
        c = "08" + ch("35679") + gen_digits(7)
        disp = ch([c[:3] + " " + c[3:6] + " " + c[6:], c, c[:3] + "-" + c[3:]])
    elif region == "ie_intl":
        c = "+3538" + ch("35679") + gen_digits(7)
        disp = ch(["+353 " + c[4:6] + " " + c[6:9] + " " + c[9:], c])
    elif region == "fr_intl":
        c = "+33" + ch("67") + gen_digits(8)
        disp = ch(["+33 " + c[3] + " " + " ".join(c[i:i + 2] for i in range(4, 12, 2)), c])
    else:
        c = "+4915" + ch("0179") + gen_digits(8)
        disp = ch(["+49 " + c[3:6] + " " + c[6:], c])
    return c, disp


FIRST = ["sarah", "james", "aoife", "liam", "priya", "tom", "grace", "mohammed", "chloe", "daniel",
         "niamh", "oliver", "emma", "ryan", "fatima", "lucas", "hannah", "sean", "zoe", "marco",
         "katie", "ben", "olga", "jess", "ciaran", "amelia", "dev", "laura", "kwame", "sophie"]
LAST = ["okafor", "murphy", "patel", "walsh", "nguyen", "smith", "kowalski", "obrien", "reilly",
        "hughes", "garcia", "campbell", "fischer", "dubois", "khan", "evans", "taylor", "byrne",
        "martin", "jones", "schmidt", "rossi", "lee", "wright", "doyle", "brennan", "silva"]
DOMAINS = ["gmail.com", "outlook.com", "hotmail.co.uk", "yahoo.com", "icloud.com", "btinternet.com",
           "eircom.net", "web.de", "orange.fr", "live.ie", "aol.com", "protonmail.com", "sky.com"]


def gen_email():
    f, l = ch(FIRST), ch(LAST)
    style = R.randrange(6)
    num = str(R.randint(1, 99)) if maybe(0.5) else ""
    if style == 0:
        local = f + "." + l + num
    elif style == 1:
        local = f[0] + l + num
    elif style == 2:
        local = f + "_" + l + num
    elif style == 3:
        local = f + l[0] + num
    elif style == 4:
        local = l + "." + f[0] + num
    else:
        local = f + "-" + l + num
    return local + "@" + ch(DOMAINS)


def say_email(e):
    local, dom = e.split("@")
    out = []
    for part in re.split(r"([._-])", local):
        if part == ".":
            out.append("dot")
        elif part == "_":
            out.append("underscore")
        elif part == "-":
            out.append(ch(["dash", "hyphen"]))
        elif part:
            m = re.fullmatch(r"([a-z]+)(\d*)", part)
            letters, digs = m.group(1), m.group(2)
            if len(letters) == 1:
                out.append(letters)
            elif maybe(0.8):
                out.append(letters)
            else:
                out.append(letters)
            if digs:
                if len(digs) == 2 and digs[0] != "0" and digs[1] != "0":
                    out.append(two_digit_words(int(digs)))
                else:
                    out.append(" ".join(UNITS[int(d)] for d in digs))
    out.append("at")
    out.append(" dot ".join(dom.split(".")))
    return " ".join(out)


STREETS_UK = ["harcourt road", "kings street", "mill lane", "station road", "chapel street",
              "victoria avenue", "the crescent", "elm grove", "church lane", "albert terrace",
              "park view", "queens drive", "north parade", "willow close", "primrose hill",
              "heathfield gardens", "market place", "orchard way", "castle mews", "brook street"]
STREETS_US = ["maple avenue", "oak street", "sunset boulevard", "pine drive", "elm street",
              "lakeview court", "cedar lane", "washington avenue", "highland drive", "river road",
              "magnolia way", "5th avenue", "main street", "birch court", "hillcrest drive"]
STREETS_IE = ["ballymun road", "griffith avenue", "clontarf road", "main street", "church road",
              "seafield park", "the green", "oak lawn", "college road"]


def gen_address(country="UK"):
    if country == "US":
        n = R.randint(100, 9899)
        st = ch(STREETS_US)
    elif country == "IE":
        n = R.randint(1, 140)
        st = ch(STREETS_IE)
        if not any(st.endswith(w) for w in STREET_SFX):
            st = st + " road"
    else:
        n = R.randint(1, 220)
        st = ch(STREETS_UK)
        if st == "the crescent":
            st = "crescent road"
    return n, st


def typed_address(n, st, country="UK"):
    words = st.split()
    if country == "US" and maybe(0.5):
        abbr = {"avenue": "Ave", "street": "St", "boulevard": "Blvd", "drive": "Dr", "road": "Rd",
                "lane": "Ln", "court": "Ct", "way": "Way"}
        words[-1] = abbr.get(words[-1], words[-1])
        if words[-1] == "Ct":
            words[-1] = "Court"
    s = " ".join(w.capitalize() if not w[0].isdigit() else w for w in words)
    if maybe(0.2):
        s = s.lower()
    return "%d %s" % (n, s)


UK_AREAS = ["M", "B", "L", "G", "S", "E", "N", "SW", "NW", "EC", "LS", "BS", "CF", "EH", "NE",
            "OX", "CB", "KT", "RG", "BT", "GL", "PL", "YO", "DH", "SE", "W", "BN", "NG", "LE"]
PC_END = "ABDEFGHJLNPQRSTUWXYZ"


def gen_postcode(country="UK"):
    if country == "US":
        z = gen_digits(5, True)
        return (z + gen_digits(4)) if maybe(0.25) else z
    a = ch(UK_AREAS)
    d = str(R.randint(1, 19 if len(a) == 2 else 9))
    if len(a) == 1 and maybe(0.2):
        d = str(R.randint(1, 9)) + ch("ABCDEFGHJKPSTUW")
    inward = str(R.randint(0, 9)) + ch(PC_END) + ch(PC_END)
    return a + d + inward


def typed_postcode(c):
    if c.isdigit():
        return c if len(c) == 5 else c[:5] + "-" + c[5:]
    out, inw = c[:-3], c[-3:]
    sp = ch([" ", " ", " ", "", "  "])
    s = out + sp + inw
    return s.lower() if maybe(0.25) else s


def gen_dob():
    y = R.randint(1938, 2005)
    m = R.randint(1, 12)
    d = R.randint(1, 28)
    return (y, m, d)


def typed_dob(dob, us=False):
    y, m, d = dob
    f = R.randrange(7)
    if f == 0:
        return ("%02d/%02d/%d" % (m, d, y)) if us else ("%02d/%02d/%d" % (d, m, y))
    if f == 1:
        return ("%d/%d/%d" % (m, d, y % 100 if maybe() else y)) if us else ("%d.%d.%d" % (d, m, y))
    if f == 2:
        return "%d %s %d" % (d, MONTHS[m - 1].capitalize(), y)
    if f == 3:
        return "%s %d, %d" % (MONTHS[m - 1].capitalize()[:3], d, y)
    if f == 4:
        return "%d-%02d-%02d" % (y, m, d)
    if f == 5:
        return "%s%s %s %d" % (d, {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}.get(d, "th"),
                               MONTHS[m - 1], y)
    return ("%02d-%02d-%d" % (m, d, y)) if us else ("%02d-%02d-%d" % (d, m, y))


def say_dob(dob, us=False):
    y, m, d = dob
    f = R.randrange(5)
    if f == 0:
        return "the %s of %s %s" % (ORD[d], MONTHS[m - 1], year_words(y))
    if f == 1:
        return "%s %s %s" % (MONTHS[m - 1], ORD[d], year_words(y))
    if f == 2:
        return "%s %s %s" % (ORD[d], MONTHS[m - 1], year_words(y))
    if f == 3:
        # all digits: 14 03 82
        dd, mm = ("%02d" % d, "%02d" % m)
        first, second = (mm, dd) if us else (dd, mm)
        return "%s %s %s" % (say_digits(first, pairs=0.5), say_digits(second, pairs=0.5),
                             two_digit_words(y % 100) if y % 100 >= 10 else "oh " + UNITS[y % 10])
    return "%s %s %s" % (two_digit_words(d), MONTHS[m - 1], year_words(y))


def gen_expiry():
    return (R.randint(1, 12), R.randint(26, 33))


def typed_expiry(e):
    m, y = e
    return ch(["%02d/%02d" % (m, y), "%02d/%02d" % (m, y), "%d/%02d" % (m, y), "%02d-%02d" % (m, y),
               "%02d/20%02d" % (m, y), "%02d %02d" % (m, y), "%s 20%02d" % (MONTHS[m - 1][:3].capitalize(), y)])


def say_expiry(e):
    m, y = e
    f = R.randrange(4)
    if f == 0:
        return "%s %s" % (say_digits("%02d" % m, pairs=0.6), two_digit_words(y))
    if f == 1:
        return "%s twenty %s" % (MONTHS[m - 1], UNITS[y - 20]) if y < 30 else "%s %s" % (MONTHS[m - 1], year_words(2000 + y))
    if f == 2:
        return "%s %s" % (MONTHS[m - 1], two_digit_words(y))
    return "%s slash %s" % (say_digits("%02d" % m), say_digits("%02d" % y))


# ---------------------------------------------------------------------------
# case assembly
# ---------------------------------------------------------------------------
CASE_LIST = []
META = []  # per case: list of (span_index, grp, canon)


def A(*parts):
    return ("agent", parts)


def C(*parts):
    return ("customer", parts)


def add_case(kind, note, turns):
    out_turns, spans, meta = [], [], []
    for ti, (spk, parts) in enumerate(turns):
        text = ""
        for p in parts:
            if isinstance(p, V):
                s = len(text)
                text += p.text
                spans.append({"turn": ti, "start": s, "end": len(text), "type": p.typ})
                meta.append((p.grp, p.canon, p.typ))
            else:
                text += p
        out_turns.append({"speaker": spk, "text": text})
    n = sum(1 for c in CASE_LIST if c["kind"] == kind) + 1
    cid = "%s-%s-%03d" % (PFX, "pos" if kind == "positive" else "neg", n)
    CASE_LIST.append({"id": cid, "kind": kind, "turns": out_turns, "spans": spans, "note": note})
    META.append(meta)


def pos(note, *turns):
    add_case("positive", note, list(turns))


def neg(note, *turns):
    add_case("negative", note, list(turns))


def split_val(text, typ, canon, k):
    """Split the text of a value into k word-aligned pieces (one group)."""
    words = text.split(" ")
    g = new_grp()
    if len(words) < k:
        k = len(words)
    cuts = sorted(R.sample(range(1, len(words)), k - 1)) if k > 1 else []
    pieces, prev = [], 0
    for c in cuts + [len(words)]:
        pieces.append(V(" ".join(words[prev:c]), typ, canon, g))
        prev = c
    return pieces


EMO = ["🙂", "🙏", "😅", "👍", "😬", "🤞", "😩", "!!", "x", ":)", ":(", "lol", "🙄", "😊"]


def emo():
    return ch(EMO)


def typo(word):
    """Introduce a plausible typo in a surrounding (non-PII) word."""
    if len(word) < 4 or maybe(0.5):
        return word
    i = R.randrange(1, len(word) - 1)
    op = R.randrange(3)
    if op == 0:
        return word[:i] + word[i + 1] + word[i] + word[i + 2:]
    if op == 1:
        return word[:i] + word[i + 1:]
    return word[:i] + word[i] + word[i:]


def messy(s):
    return " ".join(typo(w) if w.isalpha() else w for w in s.split(" "))


TYPED_CH = ["web chat", "sms", "email", "whatsapp", "facebook dm", "twitter dm", "app chat",
            "instagram dm", "live chat"]


def tch():
    return ch(TYPED_CH)


# -- card formatting helpers --
def card_typed(c):
    g = group_card(c)
    sep = ch([" ", " ", "-", "", " ", ".", "  ", " - "])
    if sep == "" and maybe(0.3):
        return c
    return sep.join(g)


# ---------------------------------------------------------------------------
# POSITIVE templates: typed channels
# ---------------------------------------------------------------------------
def t_card_chat():
    c = gen_card()
    e = gen_expiry()
    cv = gen_digits(4 if len(c) == 15 else 3)
    ind = ch(["retail", "telecom", "utilities", "travel", "insurance"])
    pos("%s/%s: card, expiry and cvv typed in one message with odd separators" % (tch(), ind),
        A(ch(["Can I take the long card number, expiry and the 3 digits on the back pls?",
              "Please type the card details here and I'll process the £%d.%02d payment" % (R.randint(10, 400), R.randint(0, 99))])),
        C(messy(ch(["ok its ", "sure ", "card num ", "Hi ok "])), V(card_typed(c), "CARD_NUMBER", c),
          ch([" exp ", " expiry ", ", exp: ", " / ", " expires "]), V(typed_expiry(e), "EXPIRY", e),
          ch([" cvv ", " sec code ", " cvc ", " and the code is ", ", CVV="]), V(cv, "CVV", cv),
          ch(["", " " + emo(), " thx", " ta"])))


def t_card_split_msgs():
    c = gen_card()
    g = group_card(c)
    grp = new_grp()
    k = R.randint(2, len(g))
    cuts = sorted(R.sample(range(1, len(g)), k - 1))
    pieces, prev = [], 0
    for cut in cuts + [len(g)]:
        pieces.append(" ".join(g[prev:cut]) if maybe(0.6) else "".join(g[prev:cut]))
        prev = cut
    turns = [A(ch(["Go ahead with the card number", "Whenever you're ready, the long number on the card",
                   "please send the card number"]))]
    for j, p in enumerate(pieces):
        pre = "" if j else ch(["", "its ", "ok ", "number: "])
        turns.append(C(pre, V(p, "CARD_NUMBER", c, grp), ch(["", "", "...", " " + emo(), " -"]) if j < len(pieces) - 1 else ""))
    turns.append(A("Thank you, and the expiry?"))
    e = gen_expiry()
    turns.append(C(V(typed_expiry(e), "EXPIRY", e)))
    pos("%s/%s: card number split across %d consecutive messages, then expiry" % (tch(), ch(["retail", "telecom", "banking"]), len(pieces)), *turns)


def t_card_typo_context():
    c = gen_card()
    cv = gen_digits(3)
    pos("%s/retail: card pasted with typos in surrounding words and a price next to it" % tch(),
        C(messy("hiya my order came to"), " £%d.%02d " % (R.randint(20, 300), R.randint(0, 99)),
          messy("and the paymnt keeps failing, card is"), " ", V(card_typed(c), "CARD_NUMBER", c),
          " ", emo()),
        A("Sorry about that. Can you confirm the security code on the back?"),
        C(messy(ch(["its ", "code ", "", "the cvv is "])), V(cv, "CVV", cv)))


def t_card_correction():
    c1 = gen_card("visa")
    c2 = c1[:-2] + ("%02d" % ((int(c1[-2:]) + 37) % 100))
    while not luhn_ok(c2):
        c2 = c2[:-1] + str((int(c2[-1]) + 1) % 10)
    pos("%s/banking: customer types the card wrong then corrects it; both values labelled" % tch(),
        C("card no ", V(card_typed(c1), "CARD_NUMBER", c1)),
        C("sorry wrong one, it's ", V(card_typed(c2), "CARD_NUMBER", c2), " " + emo()),
        A("No problem, thanks. That's the card ending %s?" % c2[-4:]),
        C("yes"))


def t_card_copy_artifact():
    c = gen_card()
    g = group_card(c)
    disp = ch(["\u2022".join(g), "\t".join(g), " | ".join(g), "/".join(g), "_".join(g),
               "\u00a0".join(g), " \u200b".join(g), "\u2013".join(g), ", ".join(g)])
    pos("%s/travel: card pasted with copy-paste separators (bullets/tabs/pipes/slashes)" % tch(),
        C(ch(["Booking ref ", "Re booking "]), "%s%d" % (ch(["BK", "TR", "QX"]), R.randint(100000, 999999)),
          ": pls charge the change fee of €%d to " % R.randint(25, 180), V(disp, "CARD_NUMBER", c)),
        A("Thanks, I can see the booking."))


def t_ssn_chat():
    s = gen_ssn()
    f = ch(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s.%s.%s", "%s - %s - %s"])
    disp = f % (s[:3], s[3:5], s[5:])
    ind = ch(["banking", "insurance", "healthcare billing", "government services", "telecom"])
    pos("%s/%s: US SSN typed with varied separators" % (tch(), ind),
        A(ch(["To verify, what's your social security number?", "For security pls provide your SSN",
              "I'll need the SSN on the account"])),
        C(messy(ch(["my ssn is ", "SSN ", "social: ", "its ", "ok, "])), V(disp, "SSN", s),
          ch(["", " " + emo(), ". I've been waiting %d minutes" % R.randint(10, 50)])))


def t_ssn_split():
    s = gen_ssn()
    g = new_grp()
    pos("%s/healthcare billing: SSN split over three messages" % tch(),
        A("Can you give me the patient's social security number?"),
        C(V(s[:3], "SSN", s, g)),
        C(V(s[3:5], "SSN", s, g)),
        C(V(s[5:], "SSN", s, g), ch([" sorry my phone keeps sending", "", " " + emo()])),
        A("Got it, thanks."))


def t_ssn_with_dob():
    s = gen_ssn()
    d = gen_dob()
    pos("%s/insurance: SSN and date of birth in one message, US date format" % tch(),
        A("Please confirm the policyholder's SSN and date of birth."),
        C(messy(ch(["SSN ", "ssn# ", "Social "])), V(ch([s[:3] + "-" + s[3:5] + "-" + s[5:], s]), "SSN", s),
          ch([", DOB ", " dob: ", " and born ", " / birthday "]), V(typed_dob(d, us=True), "DOB", d)))


def t_ssn_last4_and_full():
    s = gen_ssn()
    pos("%s/government services: SSN typed in mixed sentence with case number nearby" % tch(),
        C("hello, re case number %d, " % R.randint(100000, 99999999), messy("my social security number is"),
          " ", V(s[:3] + "-" + s[3:5] + "-" + s[5:], "SSN", s), " and I am %d years old" % R.randint(22, 80)),
        A("Thank you. I'll pull up the case."))


def t_ni_chat():
    n = gen_ni()
    f = R.randrange(6)
    disp = [n[:2] + " " + n[2:4] + " " + n[4:6] + " " + n[6:8] + " " + n[8],
            n, n.lower(), n[:2] + n[2:8] + " " + n[8], n[:2].lower() + " " + n[2:8] + " " + n[8].lower(),
            n[:2] + "-" + n[2:4] + "-" + n[4:6] + "-" + n[6:8] + "-" + n[8]][f]
    ind = ch(["government services", "banking", "insurance", "utilities", "payroll helpdesk"])
    pos("%s/%s: UK NI number typed, format %d" % (tch(), ind, f),
        A(ch(["Could you confirm your National Insurance number please?", "whats ur NI number?",
              "For the claim I need your NINO"])),
        C(messy(ch(["yes it's ", "NI: ", "ni no ", "its ", ""])), V(disp, "NI_NUMBER", n),
          ch(["", " " + emo(), " thanks", ". Claim ref is CL%d" % R.randint(10000, 999999)])))


def t_ni_split():
    n = gen_ni()
    g = new_grp()
    parts = ch([[n[:2], n[2:8], n[8]], [n[:4], n[4:8] + n[8]], [n[:2] + " " + n[2:4], n[4:6] + " " + n[6:8] + " " + n[8]]])
    if maybe(0.4):
        parts = [p.lower() for p in parts]
    turns = [A("Can I have your NI number to check the record?")]
    for j, p in enumerate(parts):
        turns.append(C(V(p, "NI_NUMBER", n, g)))
    turns.append(A("thanks, one moment"))
    pos("%s/government services: NI number split across %d messages" % (tch(), len(parts)), *turns)


def t_ni_with_postcode():
    n = gen_ni()
    pc = gen_postcode()
    pos("%s/utilities: NI number and postcode in one message" % tch(),
        C(messy("hi for the warm home discount form my NI is"), " ", V(ch([n, n[:2] + " " + n[2:8] + " " + n[8]]), "NI_NUMBER", n),
          ch([" and postcode ", " post code: ", ", pc "]), V(typed_postcode(pc), "POSTCODE", pc), ch(["", " " + emo()])),
        A("Thanks, I've found your account."))


def t_bank_uk():
    sc = gen_digits(6)
    ac = gen_digits(8)
    scd = ch([sc[:2] + "-" + sc[2:4] + "-" + sc[4:], sc, sc[:2] + " " + sc[2:4] + " " + sc[4:], sc[:2] + "." + sc[2:4] + "." + sc[4:]])
    pos("%s/%s: UK sort code and account number typed together" % (tch(), ch(["banking", "utilities", "insurance", "payroll helpdesk"])),
        A(ch(["For the direct debit I need the sort code and account number", "Which account should the refund go to?"])),
        C(messy(ch(["sort code ", "sc ", "Sort: "])), V(scd, "SORT_CODE", sc), ch([" acc ", " account no ", ", a/c ", " and acct "]),
          V(ch([ac, ac[:4] + " " + ac[4:]]), "BANK_ACCOUNT", ac), ch(["", " " + emo(), " please refund the £%d.%02d" % (R.randint(5, 500), R.randint(0, 99))])))


def t_bank_us():
    ac = gen_digits(R.randint(9, 12), True)
    routing = "0" + gen_digits(8)
    pos("%s/banking: US checking account number typed with amount nearby (routing number unlabelled context)" % tch(),
        C(messy("I want to set up autopay of"), " $%d.%02d " % (R.randint(30, 900), R.randint(0, 99)),
          messy("from my checking, account number"), " ", V(ac, "BANK_ACCOUNT", ac)),
        A("Thanks. Is that a checking or savings account?"),
        C("checking " + emo()))


def t_iban():
    ib = gen_iban()
    disp = ch([group4(ib), ib, group4(ib).lower(), ib[:4] + " " + ib[4:]])
    pos("%s/%s: IBAN typed (%s)" % (tch(), ch(["banking", "travel", "retail", "insurance"]), ib[:2]),
        A(ch(["Please send the IBAN for the refund", "Which IBAN should we pay the claim into?"])),
        C(messy(ch(["iban: ", "IBAN ", "here u go ", "its "])), V(disp, "IBAN", ib), ch(["", " " + emo(), " (joint account)"])))


def t_iban_split():
    ib = gen_iban(ch(["GB", "IE", "DE", "NL"]))
    gs = group4(ib).split(" ")
    k = len(gs) // 2
    g = new_grp()
    pos("%s/banking: IBAN pasted over two messages" % tch(),
        C("IBAN is ", V(" ".join(gs[:k]), "IBAN", ib, g)),
        C(V(" ".join(gs[k:]), "IBAN", ib, g), " sorry it cut off"),
        A("Thanks, received."))


def t_phone_chat():
    ph, disp = gen_phone()
    pos("%s/%s: phone number typed for a callback" % (tch(), ch(["telecom", "utilities", "retail", "healthcare billing"])),
        A(ch(["What's the best number to call you back on?", "Can I get a contact number?"])),
        C(messy(ch(["call me on ", "my number is ", "mob ", "tel: ", "best number "])), V(disp, "PHONE", ph),
          ch([" after 5pm", " anytime tmrw", "", " " + emo(), " between 9 and 12"])))


def t_phone_email():
    ph, disp = gen_phone()
    em = gen_email()
    dispem = em if maybe(0.7) else em.upper()
    pos("%s/%s: phone and e-mail in one message" % (tch(), ch(["telecom", "retail", "travel", "insurance"])),
        C(messy("pls update my contact details, phone"), " ", V(disp, "PHONE", ph), ch([" email ", " & email: ", ", e-mail "]),
          V(dispem, "EMAIL", em.lower() if dispem == em else em), ch(["", " " + emo(), " thanks"])),
        A("Done, your details are updated."))


def t_email_obfuscated():
    em = gen_email()
    local, dom = em.split("@")
    disp = ch([local + " at " + dom, local + "(at)" + dom, local + " [at] " + dom.replace(".", " [dot] "),
               local + " @ " + dom])
    pos("%s/retail: e-mail obfuscated by the customer (at / [dot])" % tch(),
        C("send the receipt to ", V(disp, "EMAIL", em), " " + emo()),
        A("Will do."))


def t_email_sig():
    em = gen_email()
    ph, disp = gen_phone("uk_mob")
    f, l = em.split("@")[0], None
    pos("email/insurance: e-mail body with signature block containing phone and e-mail",
        C("Dear team,\nPlease find attached the photos for claim CLM-%d. The repair quote was £%d.\n\nKind regards\n" % (R.randint(100000, 999999), R.randint(200, 3000)),
          re.split(r"[._-]", em)[0].capitalize() if len(re.split(r"[._-]", em)[0]) > 2 else "J", "\nMob: ", V(disp, "PHONE", ph), "\n", V(em, "EMAIL", em)),
        A("Thank you, we have received the photos."))


def t_address_uk():
    n, st = gen_address("UK")
    pc = gen_postcode()
    town = ch(["Leeds", "Bristol", "Manchester", "Glasgow", "Cardiff", "Norwich", "York", "Brighton"])
    ad = typed_address(n, st)
    flat = ch(["", "", "Flat %d, " % R.randint(1, 30), "flat %d " % R.randint(1, 12)])
    pos("%s/%s: UK address with postcode typed (flat number inside the address span)" % (tch(), ch(["utilities", "telecom", "retail"])),
        A("What's the address for the new connection?"),
        C(messy(ch(["its ", "address: ", "new address is ", ""])), V(flat + ad, "ADDRESS", (n, st)), ", " + town + " ",
          V(typed_postcode(pc), "POSTCODE", pc), ch(["", " " + emo(), " moving in on the 14th"])))


def t_address_us():
    n, st = gen_address("US")
    z = gen_postcode("US")
    city = ch(["Austin, TX", "Columbus, OH", "Denver, CO", "Tampa, FL", "Portland, OR", "Raleigh, NC"])
    apt = ch(["", "", " Apt %d" % R.randint(1, 40), " #%d" % R.randint(100, 999)])
    pos("%s/%s: US street address and ZIP typed" % (tch(), ch(["retail", "insurance", "telecom", "healthcare billing"])),
        C(messy("please ship the replacement to"), " ", V(typed_address(n, st, "US") + apt, "ADDRESS", (n, st)),
          ", " + city + " ", V(typed_postcode(z), "POSTCODE", z)),
        A("Thanks, the replacement will ship in 3-5 business days."))


def t_address_split():
    n, st = gen_address(ch(["UK", "IE"]))
    pc = gen_postcode()
    pos("%s/utilities: address and postcode in separate messages, lower case" % tch(),
        A("whats the supply address?"),
        C(V(("%d %s" % (n, st)), "ADDRESS", (n, st))),
        C(V(typed_postcode(pc).lower(), "POSTCODE", pc)),
        A("thanks, I can see meter serial %s%d on that property" % (ch(["E", "K", "S"]), R.randint(10000000, 99999999))))


def t_dob_chat():
    d = gen_dob()
    us = maybe(0.4)
    pos("%s/%s: date of birth typed for ID&V%s" % (tch(), ch(["banking", "healthcare billing", "insurance", "government services"]), " (US format)" if us else ""),
        A(ch(["Can you confirm your date of birth?", "For security, DOB please", "what's the account holder's date of birth?"])),
        C(messy(ch(["", "its ", "dob ", "born "])), V(typed_dob(d, us), "DOB", d), ch(["", " " + emo(), " thanks"])))


def t_dob_with_appt():
    d = gen_dob()
    pos("%s/healthcare billing: DOB next to an appointment date (appointment unlabelled)" % tch(),
        C(messy("Hi, I had an appointment on"), " %d/%d/2025 " % (R.randint(1, 28), R.randint(1, 12)),
          messy("and got charged twice. My date of birth is"), " ", V(typed_dob(d), "DOB", d)),
        A("Let me look into that for you."))


def t_postcode_only():
    pc = gen_postcode(ch(["UK", "UK", "US"]))
    pos("%s/%s: postcode alone for broadband checker" % (tch(), ch(["telecom", "utilities"])),
        A("What's your postcode and I'll check availability"),
        C(V(typed_postcode(pc), "POSTCODE", pc), ch(["", " " + emo(), " pls"])),
        A("Good news, speeds of up to 900Mbps are available."))


def t_mixed_bank_phone():
    sc = gen_digits(6)
    ac = gen_digits(8)
    ph, disp = gen_phone(ch(["uk_mob", "uk_land"]))
    pos("%s/banking: sort code, account, phone in successive messages" % tch(),
        C("sort ", V(sc[:2] + "-" + sc[2:4] + "-" + sc[4:], "SORT_CODE", sc)),
        C("acc ", V(ac, "BANK_ACCOUNT", ac)),
        C("and call me on ", V(disp, "PHONE", ph), " if theres a problem"),
        A("Thanks, noted."))


def t_ni_mixedcase_typo():
    n = gen_ni()
    disp = "".join(c.lower() if maybe() else c for c in n)
    disp = disp[:2] + ch(["", " "]) + disp[2:]
    pos("%s/payroll helpdesk: NI number with random mixed case" % tch(),
        C(messy("my new emplyer says my NI number is wrong, it is"), " ", V(disp, "NI_NUMBER", n), " ??"),
        A("Let me check that against HMRC records."))


def t_card_in_email():
    c = gen_card()
    e = gen_expiry()
    pos("email/travel: card details in e-mail body lines",
        C("Hello,\n\nPlease charge the balance of €%d.%02d for booking %s%d to:\n" % (R.randint(100, 2000), R.randint(0, 99), ch(["IE", "FR", "HB"]), R.randint(1000000, 9999999)),
          "Card: ", V(card_typed(c), "CARD_NUMBER", c), "\nExp: ", V(typed_expiry(e), "EXPIRY", e),
          "\n\nThanks,\n", ch(FIRST).capitalize()),
        A("Thank you, payment has been taken."))


def t_ssn_ni_two_values():
    s = gen_ssn()
    n = gen_ni()
    pos("%s/payroll helpdesk: US SSN and UK NI number in one message (dual national)" % tch(),
        C(messy("I worked in both countries, my SSN is"), " ", V(s[:3] + "-" + s[3:5] + "-" + s[5:], "SSN", s),
          messy(" and UK NI number"), " ", V(n[:2] + " " + n[2:4] + " " + n[4:6] + " " + n[6:8] + " " + n[8], "NI_NUMBER", n)),
        A("Thanks, I'll forward both to the pensions team."))


def t_email_split():
    em = gen_email()
    local, dom = em.split("@")
    g = new_grp()
    pos("%s/%s: e-mail address split across two messages at the @" % (tch(), ch(["retail", "travel", "telecom"])),
        A("What email should we send the e-ticket to?"),
        C(messy(ch(["its ", "email is ", ""])), V(local, "EMAIL", em, g)),
        C(V("@" + dom, "EMAIL", em, g), " " + emo()),
        A("Thanks! Sent."))


def t_agent_readback():
    ph, disp = gen_phone(ch(["uk_mob", "us", "ie"]))
    pc = gen_postcode(ch(["UK", "US"]))
    pos("%s/%s: agent reads back the customer's phone and postcode for confirmation" % (tch(), ch(["telecom", "utilities", "retail"])),
        C(messy("can someone ring me back"), " ", V(disp, "PHONE", ph)),
        A("Of course. Just to confirm, that's ", V(ph, "PHONE", ph), " and your postcode is ", V(typed_postcode(pc), "POSTCODE", pc), "?"),
        C("yes thats right " + emo()))


def t_dob_emoji():
    d = gen_dob()
    pos("%s/%s: date of birth typed with emoji and typos, plus age mentioned (age unlabelled)" % (tch(), ch(["banking", "insurance", "telecom"])),
        C(messy(ch(["my birthday is", "date of brith", "dob"])), " 🎂 ", V(typed_dob(d), "DOB", d), " ", messy("so im over 18 obviously"), " " + emo()),
        A("Thank you for confirming."))


def t_ssn_sms():
    s = gen_ssn()
    pos("sms/banking: SSN sent by text with no separators and a one-time code nearby (code unlabelled)",
        A("Reply with the last 4 digits of your SSN or the full SSN to verify. Your code is %d" % R.randint(100000, 999999)),
        C(V(ch([s, s[:3] + " " + s[3:5] + " " + s[5:], s[:3] + "-" + s[3:5] + s[5:]]), "SSN", s)))


# ---------------------------------------------------------------------------
# POSITIVE templates: phone calls (ASR)
# ---------------------------------------------------------------------------
CALL_IND = ["banking", "telecom", "utilities", "retail", "insurance", "travel", "healthcare billing",
            "government services"]


def s_card_split():
    c = gen_card()
    g = group_card(c)
    grp = new_grp()
    turns = [A("okay go ahead with the long number on the card")]
    bcs = ["mhm", "okay go on", "yep", "yeah", "okay", "got that"]
    for j, p in enumerate(g):
        pre = ch(["", "", "um ", "right "]) if j == 0 else ""
        turns.append(C(pre, V(say_digits(p, fill=0.1), "CARD_NUMBER", c, grp)))
        if j < len(g) - 1:
            turns.append(A(ch(bcs)))
    pos("call/%s: card read in groups over several turns with back-channels" % ch(CALL_IND), *turns)


def s_card_one_turn():
    c = gen_card()
    cv = gen_digits(4 if len(c) == 15 else 3)
    e = gen_expiry()
    pos("call/%s: whole card in one turn then expiry and security code" % ch(CALL_IND),
        A("can i take the card number please"),
        C(ch(["yeah it's ", "sure it's ", "okay so it's ", ""]), V(say_digits(c, pairs=0.2), "CARD_NUMBER", c)),
        A("and the expiry date"),
        C(V(say_expiry(e), "EXPIRY", e)),
        A(ch(["and the security code on the back", "and the last three or four digits on the back, the security code"])),
        C(ch(["it's ", "", "uh "]), V(say_digits(cv, pairs=0.3), "CVV", cv)))


def s_card_readback():
    c = gen_card("visa")
    grp = new_grp()
    spoken = say_digits(c, pairs=0.0, doubles=0.3)
    pos("call/retail: agent reads card back, both agent and customer readings labelled",
        C("the card number is ", V(spoken, "CARD_NUMBER", c)),
        A("let me just read that back ", V(say_digits(c, pairs=0.0, doubles=0.0), "CARD_NUMBER", c, grp), " is that right"),
        C("yes that's right"))


def s_card_selfcorrect():
    c = gen_card("mc")
    g = group_card(c)
    wrong = str((int(g[2][-1]) + 3) % 10)
    grp = new_grp()
    pos("call/telecom: self-correction inside a card group (wrong digit and repeated group labelled)",
        A("go ahead"),
        C(V(say_digits(g[0]), "CARD_NUMBER", c, grp), " ", V(say_digits(g[1]), "CARD_NUMBER", c, grp)),
        A("mhm"),
        C(V(say_digits(g[2][:3] + wrong), "CARD_NUMBER", ("partial", g[2][:3] + wrong)), " no sorry ",
          V(say_digits(g[2]), "CARD_NUMBER", c, grp), " ", V(say_digits(g[3]), "CARD_NUMBER", c, grp)),
        A("okay thank you"))


def s_ssn():
    s = gen_ssn()
    sp = R.randrange(3)
    if sp == 0:
        pos("call/%s: SSN read in one turn" % ch(["banking", "insurance", "healthcare billing", "government services"]),
            A("can you verify the last name and social on the account"),
            C(ch(FIRST), " ", ch(LAST), " and the social is ", V(say_digits(s, pairs=0.2, fill=0.1), "SSN", s)))
    elif sp == 1:
        g = new_grp()
        pos("call/%s: SSN split three-two-four over turns" % ch(["banking", "telecom", "government services"]),
            A("and your social security number"),
            C(V(say_digits(s[:3]), "SSN", s, g)), A("mhm"),
            C(V(say_digits(s[3:5], pairs=0.6), "SSN", s, g)), A("okay"),
            C(V(say_digits(s[5:], pairs=0.5), "SSN", s, g)), A("thank you"))
    else:
        pos("call/insurance: SSN followed by agent asking for ZIP",
            A("what's the social security number of the policy holder"),
            C("um it's ", V(say_digits(s, pairs=0.0), "SSN", s), " i think yeah"),
            A("and the zip code on the policy"),
            C(V(say_digits(z := gen_postcode("US")), "POSTCODE", z)))


def s_ni():
    n = gen_ni()
    style = ch([None, "plain", "nato", "for", "homo"])
    sp = R.randrange(2)
    if sp == 0:
        pos("call/%s: NI number spelled with %s letters" % (ch(["government services", "banking", "insurance", "utilities"]), style or "mixed"),
            A("and can i take your national insurance number"),
            C(ch(["yeah it's ", "it's ", "okay ", ""]), V(say_alnum(n, style), "NI_NUMBER", n)),
            A("thank you"))
    else:
        g = new_grp()
        pos("call/government services: NI number split letters / digits / suffix over turns",
            A("national insurance number please"),
            C(V(say_alnum(n[:2], style), "NI_NUMBER", n, g)), A("yep"),
            C(V(say_digits(n[2:8], pairs=0.4), "NI_NUMBER", n, g)), A("and the letter at the end"),
            C(V(say_letter(n[8], style), "NI_NUMBER", n, g)))


def s_bank():
    sc = gen_digits(6)
    ac = gen_digits(8)
    pos("call/%s: sort code as pairs and account number read with doubles" % ch(["banking", "utilities", "insurance"]),
        A("what's the sort code"),
        C(V(say_digits(sc, pairs=0.6), "SORT_CODE", sc)),
        A("and the account number"),
        C(ch(["", "it's ", "uh "]), V(say_digits(ac, pairs=0.2), "BANK_ACCOUNT", ac)))


def s_iban():
    ib = gen_iban(ch(["GB", "IE", "DE", "NL"]))
    pos("call/%s: IBAN spelled out by a caller" % ch(["banking", "travel", "insurance"]),
        A("could you read me the iban"),
        C(V(say_alnum(ib, ch(["plain", "nato", None]), pairs=0.1), "IBAN", ib)),
        A("lovely thank you"))


def s_phone():
    ph, _ = gen_phone(ch(["uk_mob", "uk_land", "us", "ie", "uk_intl", "ie_intl"]))
    spoken = ("plus " + say_digits(ph[1:], pairs=0.15)) if ph.startswith("+") else say_digits(ph, pairs=0.15)
    if maybe(0.4):
        g = new_grp()
        h = len(ph) // 2
        a, b = ph[:h], ph[h:]
        sa = ("plus " + say_digits(a[1:])) if a.startswith("+") else say_digits(a)
        pos("call/%s: phone number split over two turns" % ch(CALL_IND),
            A("best contact number"), C(V(sa, "PHONE", ph, g)), A("mhm"), C(V(say_digits(b), "PHONE", ph, g)))
    else:
        pos("call/%s: phone number read in one turn with a time mentioned" % ch(CALL_IND),
            A("what number should we call you back on"),
            C(V(spoken, "PHONE", ph), " ", ch(["any time after three", "before half five", "mornings are best"])))


def s_email():
    em = gen_email()
    pos("call/%s: e-mail dictated as words (dot / at / underscore)" % ch(CALL_IND),
        A("and an email address for the confirmation"),
        C(ch(["yeah it's ", "it's ", ""]), V(say_email(em), "EMAIL", em)),
        A("thank you"))


def s_address():
    country = ch(["UK", "US", "IE"])
    n, st = gen_address(country)
    pc = gen_postcode("US" if country == "US" else "UK")
    if country == "US":
        pcs = say_digits(pc, pairs=0.2)
    else:
        pcs = say_alnum(pc, ch(["plain", "nato", None]))
    if country == "IE":
        pos("call/%s: irish street address spoken with a house number in words" % ch(["utilities", "retail", "insurance", "telecom"]),
            A("can you confirm the first line of the address"),
            C(ch(["yeah it's ", "it's ", "", "um "]), V("%s %s" % (house_words(n), st), "ADDRESS", (n, st)), " ",
              ch(["in dublin", "in cork", "galway", "dublin nine"])),
            A("lovely thanks"))
        return
    pos("call/%s: street address and postcode spoken (%s)" % (ch(["utilities", "retail", "insurance", "telecom"]), country),
        A("can you confirm the first line of the address and the postcode" if country != "US" else "what's the street address and zip"),
        C(V("%s %s" % (house_words(n), st), "ADDRESS", (n, st))),
        A("okay and the " + ("zip" if country == "US" else "postcode")),
        C(V(pcs, "POSTCODE", pc)))


def s_dob():
    d = gen_dob()
    us = maybe(0.3)
    pos("call/%s: date of birth spoken" % ch(["banking", "healthcare billing", "insurance", "government services", "telecom"]),
        A("can i take your date of birth please"),
        C(ch(["yeah it's ", "it's ", "", "um "]), V(say_dob(d, us), "DOB", d)),
        A("thank you that's all verified"))


def s_mixed():
    c = gen_card()
    d = gen_dob()
    cv = gen_digits(3 if len(c) != 15 else 4)
    pos("call/retail: DOB and card with chit-chat and an amount between",
        A("first your date of birth"),
        C(V(say_dob(d), "DOB", d), " ", ch(["sorry the dog's barking", "hang on", "bear with me"])),
        A("no worries and the card for the forty nine ninety nine"),
        C(V(say_digits(c, pairs=0.2), "CARD_NUMBER", c)),
        A("and the security code"),
        C(V(say_digits(cv), "CVV", cv)))


def s_email_spelled():
    f, l = ch(FIRST), ch(LAST)
    dom = ch(["gmail.com", "outlook.com", "yahoo.co.uk", "hotmail.com", "icloud.com"])
    em = "%s.%s@%s" % (f, l, dom)
    sl = []
    i = 0
    while i < len(l):
        if i + 1 < len(l) and l[i + 1] == l[i]:
            sl.append("double " + l[i])
            i += 2
        else:
            sl.append(l[i])
            i += 1
    g = new_grp()
    pos("call/%s: e-mail with surname spelled letter by letter, over two turns" % ch(CALL_IND),
        A("what's the email address"),
        C(V("%s dot %s" % (f, " ".join(sl)), "EMAIL", em, g)),
        A(ch(["mhm go on", "okay and then", "got that"])),
        C(V("at %s" % " dot ".join(dom.split(".")), "EMAIL", em, g)))


def s_phone_correction():
    ph, _ = gen_phone(ch(["uk_mob", "ie", "us"]))
    wrong = ph[:-3] + str((int(ph[-3]) + 4) % 10) + ph[-2:]
    pos("call/%s: phone number with self-correction at the end; both readings labelled" % ch(CALL_IND),
        A("and a number we can reach you on"),
        C(V(say_digits(ph[:-3], pairs=0.1), "PHONE", ("partial", ph[:-3])), " ",
          V(say_digits(wrong[-3:]), "PHONE", ("partial", wrong[-3:])), " ", ch(["no wait", "sorry no", "actually no"]), " ",
          V(say_digits(ph[-3:]), "PHONE", ("partial", ph[-3:]))),
        A("so that's ", V(say_digits(ph, pairs=0.0, doubles=0.8), "PHONE", ph)),
        C("that's it yeah"))


# ---------------------------------------------------------------------------
# NEGATIVE templates
# ---------------------------------------------------------------------------
def n_money():
    neg("%s/retail: prices and totals only" % tch(),
        C(messy("why was I charged"), " £%d.%02d " % (R.randint(10, 999), R.randint(0, 99)),
          messy("when the price was"), " £%d.%02d?? %s" % (R.randint(10, 999), R.randint(0, 99), emo())),
        A("I can see a charge of £%d.%02d and a refund of £%d.%02d pending." % (R.randint(10, 999), R.randint(0, 99), R.randint(1, 99), R.randint(0, 99))))


def n_order():
    neg("%s/retail: order number with its reference word" % tch(),
        C(messy("hi my order number is"), " ", ch(["#", "", "ORD-", "no. "]), str(R.randint(1000000, 999999999)),
          messy(" and it hasnt arrived, it was due"), " %d/%d" % (R.randint(1, 28), R.randint(1, 12))),
        A("Sorry about that, order %d is showing as dispatched on the %dth." % (R.randint(1000000, 99999999), R.randint(4, 28))))


def n_ticket():
    neg("%s/telecom: ticket and reference numbers, speeds" % tch(),
        C("ticket ", str(R.randint(100000, 99999999)), " still open after %d days, speed is %d Mbps not %d" % (R.randint(2, 20), R.randint(5, 80), ch([300, 500, 900]))),
        A("I've escalated reference INC%d. An engineer visit is booked for %s at %d:00." % (R.randint(100000, 9999999), ch(["Tuesday", "Friday", "the 12th"]), R.randint(8, 16))))


def n_flight():
    neg("%s/travel: flight number, times, seat and price" % tch(),
        C("flight %s%d %s on %d %s, seat %d%s, can I change it? fare was €%d" % (
            ch(["EI", "FR", "BA", "UA", "LH", "AA"]), R.randint(100, 9999), ch(["at 06:45", "dep 14:20", "at 9.35pm"]),
            R.randint(1, 28), ch(["May", "June", "Oct", "Dec"]), R.randint(1, 38), ch("ABCDEF"), R.randint(40, 900))),
        A("Yes, the change fee is €%d plus any fare difference." % R.randint(30, 90)))


def n_meter():
    neg("%s/utilities: meter readings and tariff percentages" % tch(),
        C(messy("meter reading today is"), " ", gen_digits(5), messy(" for elec and gas is"), " ", gen_digits(5), " " + emo()),
        A("Thanks, your unit rate went up %d%% from 1 %s %d and your balance is £%d.%02d in credit." % (
            R.randint(2, 15), ch(["April", "October", "January"]), R.randint(2023, 2026), R.randint(10, 400), R.randint(0, 99))))


def n_claim():
    neg("%s/insurance: claim number, dates of incident, excess amount" % tch(),
        C("claim no %s%d, accident was on %d/%d/%d at around %d:%02d" % (
            ch(["", "CLM", "C-"]), R.randint(100000, 9999999), R.randint(1, 28), R.randint(1, 12), R.randint(2023, 2026), R.randint(1, 12), R.randint(0, 59))),
        A("Thanks, your excess is £%d and the car is a %d model." % (ch([100, 250, 350, 500]), R.randint(2008, 2025))))


def n_room():
    neg("%s/travel: hotel room number, nights, check-in time" % tch(),
        C("hi im in room %d, booked %d nights from the %dth, the AC is stuck at %d degrees" % (R.randint(101, 1450), R.randint(2, 9), R.randint(4, 28), R.randint(26, 31))),
        A("So sorry, maintenance will be with you within %d minutes." % ch([10, 15, 20, 30])))


def n_model():
    neg("%s/retail: model numbers and quantities" % tch(),
        C("does the %s-%d%s come in 2 colours? I need %d units" % (ch(["XR", "KD", "UE", "SM"]), R.randint(100, 9999), ch(["", "B", "X"]), R.randint(2, 40))),
        A("Yes, model %s%d is in stock: %d in black, %d in white, £%d each." % (ch(["HX", "QN", "TV"]), R.randint(10, 99999), R.randint(1, 50), R.randint(1, 50), R.randint(50, 1500))))


def n_age_temp():
    neg("%s/healthcare billing: ages, years, percentages" % tch(),
        C("my dad is %d and my mum %d, does the %d%% discount apply for over %ds since %d?" % (R.randint(66, 95), R.randint(60, 90), ch([10, 15, 20, 25]), ch([60, 65]), R.randint(2018, 2025))),
        A("Yes, the discount has applied since %d to customers aged %d and over." % (R.randint(2015, 2024), ch([60, 65]))))


def n_balance():
    neg("%s/banking: balances, transfer limits, dates of payments" % tch(),
        C(messy("why is my balance"), " $%s.%02d " % ("{:,}".format(R.randint(1000, 99999)), R.randint(0, 99)),
          messy("when I paid"), " $%d on %s %d" % (R.randint(50, 3000), ch(["Mar", "Apr", "Sept"]), R.randint(1, 28))),
        A("Your payment of $%d is pending and should clear within %d business days. Daily transfer limit is $%s." % (
            R.randint(50, 3000), R.randint(1, 5), "{:,}".format(ch([2500, 5000, 10000])))))


def n_last4():
    neg("%s/telecom: contract dates and data allowances, invoice number" % tch(),
        C("invoice %d says %dGB but my plan is %dGB, contract started %d/%02d/%d" % (
            R.randint(10000000, 999999999), R.randint(2, 200), ch([30, 50, 100]), R.randint(1, 28), R.randint(1, 12), R.randint(2021, 2025))),
        A("I've credited £%d.%02d to invoice %d." % (R.randint(1, 40), R.randint(0, 99), R.randint(10000000, 999999999))))


def n_time_duration():
    neg("%s/utilities: outage times and durations" % tch(),
        C("power been out since %d:%02d, thats %d hours %d mins %s" % (R.randint(1, 12), R.randint(0, 59), R.randint(2, 14), R.randint(1, 59), emo())),
        A("Engineers estimate restoration by %d:%02d. %d homes are affected." % (R.randint(1, 12), R.randint(0, 59), R.randint(40, 4000))))


def n_spoken_amounts():
    neg("call/%s: spoken money amounts and durations" % ch(CALL_IND),
        A("so the total comes to %s pounds %s" % (two_digit_words(R.randint(20, 99)), two_digit_words(R.randint(10, 99)))),
        C("and how long is the contract"),
        A("it's %s months and the first %s months are half price" % (ch(["twelve", "eighteen", "twenty four"]), ch(["three", "six"]))))


def n_spoken_reference():
    ref = gen_digits(R.randint(6, 9), True)
    neg("call/%s: spoken reference number with its reference word" % ch(["retail", "insurance", "telecom", "travel"]),
        A("have you got a reference number"),
        C("yeah the %s number is %s" % (ch(["order", "reference", "claim", "booking", "ticket"]), say_digits(ref, pairs=0.2))),
        A("thank you i've found it"))


def n_spoken_dates():
    neg("call/%s: appointment and payment dates spoken, not birth dates" % ch(["healthcare billing", "utilities", "telecom"]),
        A("your next appointment is on the %s of %s at %s thirty" % (ORD[R.randint(1, 28)], ch(MONTHS), ch(["nine", "ten", "two", "three"]))),
        C("and the payment will go out on the %s yeah" % ORD[R.randint(1, 28)]),
        A("that's right, %s pounds on the %s of each month" % (two_digit_words(R.randint(20, 99)), ORD[R.randint(1, 28)])))


def n_spoken_years():
    neg("call/%s: years, counts, speeds spoken" % ch(CALL_IND),
        C("i've been with you since %s and i've got %s phones on the account" % (year_words(R.randint(1995, 2020)), ch(["three", "four", "five"]))),
        A("yes and you're getting about %s megabits at the moment" % two_digit_words(R.randint(20, 99))))


def n_spoken_temp_speed():
    neg("call/utilities: boiler temperature, pressure and times",
        C("the boiler's set to %s degrees and the pressure's at one point %s" % (two_digit_words(R.randint(40, 75)), UNITS[R.randint(1, 9)])),
        A("okay an engineer can come on %s between eight and twelve" % ch(["monday", "thursday", "saturday"])))


def n_spoken_flight():
    neg("call/travel: flight number and gate spoken",
        C("i'm on the %s %s flight to %s" % (ch(["ryanair", "aer lingus", "british airways", "united"]), say_digits(gen_digits(R.randint(3, 4), True), pairs=0.5),
                                          ch(["dublin", "malaga", "newark", "berlin"]))),
        A("that departs at %s %s from gate %s" % (ch(["six", "ten", "eleven"]), ch(["fifteen", "forty", "oh five"]), two_digit_words(R.randint(10, 60)))))


def n_sizes():
    neg("%s/retail: sizes, weights, dimensions and delivery window" % tch(),
        C("do u have the boots in size %d%s? the %dcm x %dcm box weighed %.1fkg %s" % (
            R.randint(4, 12), ch(["", ".5"]), R.randint(20, 90), R.randint(20, 90), R.uniform(0.5, 9.9), emo())),
        A("Yes, size %d is in stock and delivery is %d-%d working days, free over £%d." % (R.randint(4, 12), R.randint(1, 3), R.randint(4, 7), ch([30, 40, 50]))))


def n_error_codes():
    neg("%s/telecom: router error codes, firmware versions and a ticket" % tch(),
        C("router shows error %d and firmware v%d.%d.%d, lights flash %d times" % (
            R.randint(100, 999), R.randint(1, 9), R.randint(0, 20), R.randint(0, 99), R.randint(2, 9))),
        A("Thanks, I've raised fault ticket %d; please restart it and wait %d minutes." % (R.randint(1000000, 99999999), ch([5, 10, 15]))))


def n_apr():
    neg("%s/banking: interest rates, loan term, monthly repayment" % tch(),
        C("is the loan %.1f%% APR over %d months? so about £%d a month for £%s" % (
            R.uniform(2.9, 19.9), ch([24, 36, 48, 60]), R.randint(90, 600), "{:,}".format(ch([5000, 7500, 10000, 15000])))),
        A("Yes, representative %.1f%% APR, total repayable £%s." % (R.uniform(2.9, 19.9), "{:,}".format(R.randint(5200, 17000)))))


def n_spoken_balance():
    neg("call/banking: balance and transaction amounts spoken in words",
        A("your available balance is %s thousand %s hundred and %s pounds" % (
            UNITS[R.randint(1, 9)], UNITS[R.randint(1, 9)], two_digit_words(R.randint(11, 99)))),
        C("and the last payment in"),
        A("that was %s hundred pounds on the %s" % (UNITS[R.randint(2, 9)], ORD[R.randint(1, 28)])))


NEG_T = [n_sizes, n_error_codes, n_apr, n_spoken_balance, n_money, n_order, n_ticket, n_flight, n_meter, n_claim, n_room, n_model, n_age_temp, n_balance,
         n_last4, n_time_duration, n_spoken_amounts, n_spoken_reference, n_spoken_dates, n_spoken_years,
         n_spoken_temp_speed, n_spoken_flight]

POS_TYPED = [t_card_chat, t_card_split_msgs, t_card_typo_context, t_card_correction, t_card_copy_artifact,
             t_ssn_chat, t_ssn_split, t_ssn_with_dob, t_ssn_last4_and_full, t_ni_chat, t_ni_split,
             t_ni_with_postcode, t_bank_uk, t_bank_us, t_iban, t_iban_split, t_phone_chat, t_phone_email,
             t_email_obfuscated, t_email_sig, t_address_uk, t_address_us, t_address_split, t_dob_chat,
             t_dob_with_appt, t_postcode_only, t_mixed_bank_phone, t_ni_mixedcase_typo, t_card_in_email,
             t_ssn_ni_two_values, t_email_split, t_agent_readback, t_dob_emoji, t_ssn_sms]
POS_CALL = [s_card_split, s_card_one_turn, s_card_readback, s_card_selfcorrect, s_ssn, s_ni, s_bank,
            s_iban, s_phone, s_email, s_address, s_dob, s_mixed, s_email_spelled, s_phone_correction]


def build():
    global R
    R = random.Random(SEED)
    V._n = 0
    CASE_LIST.clear()
    META.clear()
    for i in range(4):
        for f in POS_TYPED:
            f()
    for i in range(5):
        for f in POS_CALL:
            f()
    for i in range(5):
        for f in NEG_T[:16]:
            f()
    for i in range(4):
        for f in NEG_T[16:]:
            f()
    return CASE_LIST


# ---------------------------------------------------------------------------
# output / check
# ---------------------------------------------------------------------------
def render(cases):
    return "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cases)


def type_counts(cases):
    cnt = Counter()
    for c in cases:
        for s in c["spans"]:
            cnt[s["type"]] += 1
    return cnt


def verify(cases, meta):
    probs = []
    ids = set()
    for c, m in zip(cases, meta):
        cid = c["id"]
        if cid in ids:
            probs.append("duplicate id " + cid)
        ids.add(cid)
        if c["kind"] == "negative" and c["spans"]:
            probs.append(cid + ": negative with spans")
        if c["kind"] == "positive" and not c["spans"]:
            probs.append(cid + ": positive without spans")
        if c["kind"] == "negative":
            if not c["id"].startswith(PFX + "-neg-"):
                probs.append(cid + ": bad id")
        for t in c["turns"]:
            if t["speaker"] not in ("agent", "customer"):
                probs.append(cid + ": bad speaker")
        by_turn = {}
        groups = {}
        for s, (grp, canon, typ) in zip(c["spans"], m):
            if s["type"] not in TYPES:
                probs.append(cid + ": bad type " + s["type"])
            if not (0 <= s["turn"] < len(c["turns"])):
                probs.append(cid + ": turn out of range")
                continue
            txt = c["turns"][s["turn"]]["text"]
            a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(txt)):
                probs.append(cid + ": offsets out of range")
                continue
            if a > 0 and txt[a - 1].isalnum():
                probs.append("%s: span start not on word boundary %r" % (cid, txt[a - 1:b]))
            if b < len(txt) and txt[b].isalnum():
                probs.append("%s: span end not on word boundary %r" % (cid, txt[a:b + 1]))
            if txt[a].isspace() or txt[b - 1].isspace():
                probs.append("%s: span has surrounding whitespace" % cid)
            by_turn.setdefault(s["turn"], []).append((a, b))
            groups.setdefault(grp, []).append(txt[a:b])
            groups.setdefault(grp + "#meta", (canon, typ))
        for t, lst in by_turn.items():
            lst.sort()
            for (a1, b1), (a2, b2) in zip(lst, lst[1:]):
                if a2 < b1:
                    probs.append("%s: overlapping spans in turn %d" % (cid, t))
        for k, v in groups.items():
            if k.endswith("#meta"):
                continue
            canon, typ = groups[k + "#meta"]
            joined = " ".join(v)
            if typ == "EMAIL":
                joined = v[0] if len(v) == 1 else " ".join(v)
            for p in check_value(typ, joined, canon):
                probs.append("%s: %s" % (cid, p))
    return probs


def readme(cases):
    cnt = type_counts(cases)
    npos = sum(1 for c in cases if c["kind"] == "positive")
    nneg = len(cases) - npos
    typed = sum(1 for c in cases if not c["note"].startswith("call/"))
    rows = "\n".join("| %s | %d |" % (t, cnt[t]) for t in TYPES)
    return f"""# pii_holdout84 — held-out PII redaction evaluation set

**Never use this set for tuning.** It exists only to measure the redactor on
data its authors have not seen. Do not add its cases to training/dev data, do
not adjust patterns or thresholds while looking at its failures.

## Who wrote it and how

Written by an AI helper acting as an *independent author*. The author did not
read the redaction code (`src/convo/redact/`), its tests, its documentation,
the benchmark script, or any other PII fixture; the only existing data seen
was a three-line example of the JSONL format. The redactor was never run while
writing this set.

Cases are produced by `scripts/make_pii_holdout84.py` (standard library only,
one `random.Random({SEED})`). Every turn is assembled from plain text segments
and labelled value segments, so offsets are computed, never hand-typed.
`python scripts/make_pii_holdout84.py --check` regenerates the set, checks that
the file is byte-identical, ids are unique, offsets are in range and on word
boundaries, spans do not overlap, and re-validates every labelled value after
normalising spoken forms back to characters (Luhn for cards, mod-97 for IBANs,
NI number format, 9 digits for SSN, 6 for sort codes, digit counts for CVV /
account / phone, UK postcode and US ZIP shapes).

Emphasis: about two thirds typed channels (web chat, SMS, e-mail bodies,
WhatsApp / social DMs, app chat) with messy typing — values split over several
messages, typos in the surrounding words, odd separators (dashes, dots, tabs,
bullets, pipes, slashes), mixed case, emojis, copy-paste artefacts — and one
third phone calls written as ASR transcripts (lower case, numbers as words,
"oh"/"o"/"nought" for zero, "double"/"triple", pairs such as "forty one",
letters as "b for bravo" / NATO words / homophones like "see", "are", "why",
e-mails as "x dot y at gmail dot com", values split over turns with agent
back-channels, self-corrections, agent read-backs, filler words inside readings).

## Annotation conventions

* A span covers the value only, not its label ("card number", "DOB:", "my
  social is").  Filler words (um, uh, er) that occur *inside* a spoken value
  are inside the span; a lead-in filler before the first digit is not.
* A value split over several messages / turns gets one span per piece, all of
  the same type.  Agent read-backs of a value are labelled too.
* In a self-correction both the wrong and the corrected value are labelled
  (both are the caller's personal data being spoken).
* CARD_NUMBER: the full number including separators. EXPIRY: the month/year
  expression only. CVV: the code only.
* PHONE: the whole number including `+44`, `+1`, `(0)` style parts and the
  spoken word "plus".
* EMAIL: the whole address, including obfuscated forms (`name at domain`,
  `[at]`, `[dot]`) and spoken forms ("dot", "at", "underscore").
* DOB: the date expression only ("the fourteenth of march nineteen eighty two",
  "14/03/1982"); it is always in a birth-date context.
* ADDRESS: flat / apartment / house number and street name with its suffix
  ("Flat 3, 27 Kings Street", "2210 Maple Ave Apt 4"); the town / city / state
  are not part of the span; the postcode / ZIP is a separate POSTCODE span.
* POSTCODE: UK postcodes and US ZIP / ZIP+4 codes only.
* SORT_CODE and BANK_ACCOUNT are separate spans; US routing numbers are not
  used.
* Not labelled (and used as lookalikes in negatives and next to PII in
  positives): money amounts, balances, prices, times, durations, counts, years,
  percentages, appointment / payment / contract dates, order / ticket / claim /
  invoice / booking / reference numbers (with their reference word), flight
  numbers, room numbers, model numbers, meter readings and meter serials,
  speeds, ages, temperatures.

## Counts

* cases: {len(cases)} ({npos} positive, {nneg} negative)
* typed-channel cases: {typed}; call (ASR) cases: {len(cases) - typed}

| type | spans |
|---|---|
{rows}

Scoring note: a labelled span counts as found when every letter/digit inside it
is covered by some redaction; a negative case fails if anything in it is
redacted.
"""


def main(argv):
    cases = build()
    meta = list(META)
    text = render(cases)
    rd = readme(cases)
    cnt = type_counts(cases)
    npos = sum(1 for c in cases if c["kind"] == "positive")
    nneg = len(cases) - npos
    probs = verify(cases, meta)
    # second build must be identical (determinism)
    if render(build()) != text:
        probs.append("generation is not deterministic")
    if npos < 170:
        probs.append("only %d positives" % npos)
    if nneg < 100:
        probs.append("only %d negatives" % nneg)
    for t in TYPES:
        need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
        if cnt[t] < need:
            probs.append("type %s has %d spans (< %d)" % (t, cnt[t], need))
    if "--check" in argv:
        if not CASES.exists() or CASES.read_text(encoding="utf-8") != text:
            probs.append("cases.jsonl differs from regenerated output")
        if not README.exists() or README.read_text(encoding="utf-8") != rd:
            probs.append("README.md differs from regenerated output")
    else:
        OUT_DIR.mkdir(parents=True, exist_ok=True)
        CASES.write_text(text, encoding="utf-8")
        README.write_text(rd, encoding="utf-8")
    typed = sum(1 for c in cases if not c["note"].startswith("call/"))
    print("cases: %d  positive: %d  negative: %d  typed: %d  call: %d" % (len(cases), npos, nneg, typed, len(cases) - typed))
    for t in TYPES:
        print("  %-13s %d" % (t, cnt[t]))
    if probs:
        for p in probs[:200]:
            print("PROBLEM:", p)
        print("FAILED: %d problem(s)" % len(probs))
        return 1
    print("OK" + (" (--check passed)" if "--check" in argv else " (written)"))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

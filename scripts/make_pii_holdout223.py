#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set ``pii_holdout223``.

Written by an AI helper acting as an independent test author (it did not see
the redaction code).  Standard library only.

    python scripts/make_pii_holdout223.py          # write fixture + README
    python scripts/make_pii_holdout223.py --check  # regenerate and verify
"""
from __future__ import annotations

import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

SEED = 223241126
PREFIX = "h223"
ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "tests" / "fixtures" / "pii_holdout223"
CASES = OUT_DIR / "cases.jsonl"
README = OUT_DIR / "README.md"

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]
MIN_SPANS = {t: 12 for t in TYPES}
MIN_SPANS.update({"CARD_NUMBER": 30, "NI_NUMBER": 30, "SSN": 30})

# --------------------------------------------------------------------------
# segments
# --------------------------------------------------------------------------


class S:
    """A labelled segment.  ``group`` joins parts of one value; ``value`` is
    the canonical value of the whole group (used by --check)."""

    def __init__(self, text, typ, value=None, group=None, check=True):
        self.text = text
        self.typ = typ
        self.value = value
        self.group = group
        self.check = check


def assemble(turns):
    """turns: list of (speaker, [str | S]) -> (turn dicts, spans, meta)."""
    out_turns, spans, meta = [], [], []
    for ti, (spk, segs) in enumerate(turns):
        if isinstance(segs, (str, S)):
            segs = [segs]
        text = ""
        for seg in segs:
            if isinstance(seg, S):
                st = len(text)
                text += seg.text
                spans.append({"turn": ti, "start": st, "end": len(text), "type": seg.typ})
                meta.append(seg)
            else:
                text += seg
        out_turns.append({"speaker": spk, "text": text})
    return out_turns, spans, meta


# --------------------------------------------------------------------------
# number words
# --------------------------------------------------------------------------
ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy",
        8: "eighty", 9: "ninety"}
ZERO_WORDS = ["zero", "oh", "o", "nought"]
HOMO = {"2": ["to", "too"], "4": ["for"], "8": ["ate"], "1": ["won"]}
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo",
        "f": "foxtrot", "g": "golf", "h": "hotel", "i": "india", "j": "juliet",
        "k": "kilo", "l": "lima", "m": "mike", "n": "november", "o": "oscar",
        "p": "papa", "q": "quebec", "r": "romeo", "s": "sierra", "t": "tango",
        "u": "uniform", "v": "victor", "w": "whiskey", "x": "xray", "y": "yankee",
        "z": "zulu"}
FOR_WORDS = {"a": ["apple", "alpha"], "b": ["bravo", "bob", "boy"], "c": ["charlie", "cat"],
             "e": ["echo", "edward"], "g": ["golf", "george"], "h": ["harry", "hotel"],
             "j": ["john", "juliet"], "k": ["kilo", "king"], "l": ["lima", "london"],
             "m": ["mike", "mother"], "n": ["november", "nancy"], "p": ["papa", "peter"],
             "r": ["romeo", "robert"], "s": ["sierra", "sugar"], "t": ["tango", "tommy"],
             "w": ["whiskey", "william"], "x": ["xray"], "y": ["yankee", "yellow"],
             "z": ["zulu", "zebra"]}
LETTER_HOMO = {"b": ["bee", "be"], "c": ["see", "sea"], "j": ["jay"], "k": ["kay"],
               "p": ["pee"], "t": ["tee", "tea"], "y": ["why"], "r": ["are"],
               "x": ["ex"], "h": ["aitch"], "e": ["e"], "a": ["a"]}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
       "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
       "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16,
       "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
       "thirtieth": 30}
ORD_UNITS = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh",
             "eighth", "ninth"]


def pair_words(p, zw):
    a, b = int(p[0]), int(p[1])
    if a == 0:
        return zw + " " + (zw if b == 0 else ONES[b])
    if a == 1:
        return TEENS[b]
    return TENS[a] + ("" if b == 0 else " " + ONES[b])


def digit_word(d, zw, rng=None, homo=0.0):
    if d == "0":
        return zw
    if rng is not None and homo and d in HOMO and rng.random() < homo:
        return rng.choice(HOMO[d])
    return ONES[int(d)]


def say(s, rng, style="digits", zw="oh", homo=0.0):
    """Speak a digit string.  Result is verified by the normaliser; on a
    mismatch we fall back to plain digits."""
    words = []
    if style == "digits":
        words = [digit_word(d, zw, rng, homo) for d in s]
    elif style == "doubles":
        i = 0
        while i < len(s):
            j = i
            while j < len(s) and s[j] == s[i] and j - i < 3:
                j += 1
            n = j - i
            w = digit_word(s[i], zw)
            if n == 1:
                words.append(digit_word(s[i], zw, rng, homo))
            else:
                words.append(("double " if n == 2 else "triple ") + w)
            i = j
    elif style == "pairs":
        st = 0
        if len(s) % 2:
            words.append(digit_word(s[0], zw))
            st = 1
        for i in range(st, len(s), 2):
            words.append(pair_words(s[i:i + 2], zw))
    elif style == "hundreds":  # e.g. 412 -> four hundred and twelve (3-digit blocks)
        for i in range(0, len(s), 3):
            blk = s[i:i + 3]
            if len(blk) == 3 and blk[0] != "0" and rng.random() < 0.6:
                rest = blk[1:]
                if rest == "00":
                    words.append(ONES[int(blk[0])] + " hundred")
                elif rest[0] == "0":
                    words.append(ONES[int(blk[0])] + " hundred and " + ONES[int(rest[1])])
                else:
                    words.append(ONES[int(blk[0])] + " hundred and " + pair_words(rest, zw))
            else:
                words.extend(digit_word(d, zw) for d in blk)
    text = " ".join(words)
    if digits_of(text) != s:
        text = " ".join(digit_word(d, zw) for d in s)
    return text


def say_groups(s, sizes, rng, styles=("digits",), zw="oh", sep=" ", homo=0.0):
    parts, i = [], 0
    for n in sizes:
        parts.append(say(s[i:i + n], rng, rng.choice(styles), zw, homo))
        i += n
    text = sep.join(parts)
    if digits_of(text) != s:
        text = " ".join(digit_word(d, zw) for d in s)
    return text


def group(s, sizes, sep=" "):
    parts, i = [], 0
    for n in sizes:
        parts.append(s[i:i + n])
        i += n
    return sep.join(parts)


def say_letters(letters, rng, mode="plain"):
    out = []
    for ch in letters.lower():
        if mode == "nato":
            out.append(NATO[ch])
        elif mode == "for" and ch in FOR_WORDS:
            out.append(ch + " " + rng.choice(["for", "for", "as in"]) + " " + rng.choice(FOR_WORDS[ch]))
        elif mode == "homo" and ch in LETTER_HOMO:
            out.append(rng.choice(LETTER_HOMO[ch]))
        else:
            out.append(ch)
    return " ".join(out)


# --------------------------------------------------------------------------
# normaliser (spoken / typed -> canonical characters)
# --------------------------------------------------------------------------
FILLER = {"um", "uh", "er", "erm", "ah", "hmm", "plus", "dash", "hyphen", "space", "slash"}
DATE_FILLER = {"of", "the", "th", "st", "nd", "rd"}
LETTER_HOMO_REV = {w: k for k, ws in LETTER_HOMO.items() for w in ws}
NATO_REV = {v: k for k, v in NATO.items()}
FOR_REV = {w for ws in FOR_WORDS.values() for w in ws}


class NormError(ValueError):
    pass


def _tokens(text):
    return re.findall(r"[a-z]+|\d+", text.lower().replace("'", ""))


def normalise(text, letters=False, dates=False):
    toks = _tokens(text)
    out = []
    i = 0

    def unit(t):
        if t in ONES:
            return ONES.index(t)
        if t in ("oh", "o", "nought"):
            return 0
        return None

    def small(j):
        """parse a 1-2 digit number at j -> (string of 2 digits, next j)"""
        t = toks[j] if j < len(toks) else None
        if t in TEENS:
            return "%02d" % (10 + TEENS.index(t)), j + 1
        for k, w in TENS.items():
            if t == w:
                if j + 1 < len(toks) and unit(toks[j + 1]) not in (None, 0) and toks[j + 1] in ONES:
                    return "%d%d" % (k, unit(toks[j + 1])), j + 2
                return "%d0" % k, j + 1
        if t is not None and t in ONES and unit(t):
            return "0%d" % unit(t), j + 1
        return None, j

    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if t.isdigit():
            out.append(t)
            i += 1
            continue
        if letters and len(t) == 1 and nxt in ("for", "as") and i + 2 < len(toks):
            j = i + 2
            if nxt == "as" and toks[j] == "in":
                j += 1
            if toks[j] in FOR_REV or toks[j] in NATO_REV:
                out.append(t.upper())
                i = j + 1
                continue
        if t in ("double", "triple"):
            if nxt is None:
                raise NormError("dangling " + t)
            n = 2 if t == "double" else 3
            u = unit(nxt)
            if u is not None:
                out.append(str(u) * n)
            elif letters and len(nxt) == 1:
                out.append(nxt.upper() * n)
            elif letters and nxt in LETTER_HOMO_REV:
                out.append(LETTER_HOMO_REV[nxt].upper() * n)
            else:
                raise NormError("bad double " + nxt)
            i += 2
            continue
        if dates and t in MONTHS:
            out.append("%02d" % (MONTHS.index(t) + 1))
            i += 1
            continue
        if dates and t in ORD:
            out.append("%02d" % ORD[t])
            i += 1
            continue
        if dates and t in ("twenty", "thirty") and nxt in ORD_UNITS[1:]:
            out.append("%d%d" % (2 if t == "twenty" else 3, ORD_UNITS.index(nxt)))
            i += 2
            continue
        u = unit(t)
        if u is not None and t in ONES and nxt == "hundred":
            j = i + 2
            if j < len(toks) and toks[j] == "and":
                j += 1
            sm, j = small(j)
            out.append(str(u) + (sm or "00"))
            i = j
            continue
        if u is not None and t in ONES and nxt == "thousand":
            j = i + 2
            if j < len(toks) and toks[j] == "and":
                j += 1
            sm, j = small(j)
            out.append(str(u) + "0" + (sm or "00"))
            i = j
            continue
        if u is not None:
            out.append(str(u))
            i += 1
            continue
        if t in TEENS or t in TENS.values():
            sm, i = small(i)
            out.append(sm)
            continue
        if t in ("to", "too"):
            out.append("2"); i += 1; continue
        if t in ("for", "fore"):
            out.append("4"); i += 1; continue
        if t == "won":
            out.append("1"); i += 1; continue
        if t == "ate":
            out.append("8"); i += 1; continue
        if t in FILLER or (dates and t in DATE_FILLER):
            i += 1
            continue
        if letters:
            if t in NATO_REV:
                out.append(NATO_REV[t].upper()); i += 1; continue
            if t in LETTER_HOMO_REV:
                out.append(LETTER_HOMO_REV[t].upper()); i += 1; continue
            if len(t) <= 4:
                out.append(t.upper()); i += 1; continue
        raise NormError("unknown token %r in %r" % (t, text))
    return "".join(out)


def digits_of(text):
    try:
        return normalise(text)
    except NormError:
        return None


# --------------------------------------------------------------------------
# value generators
# --------------------------------------------------------------------------

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


def gen_card(rng, kind=None):
    kind = kind or rng.choice(["visa", "visa", "mc", "mc", "amex", "disc", "visa13", "maestro"])
    if kind == "visa":
        pre, n, sizes = "4", 16, [4, 4, 4, 4]
    elif kind == "mc":
        pre, n, sizes = rng.choice(["51", "52", "53", "54", "55", "2221", "2720"]), 16, [4, 4, 4, 4]
    elif kind == "amex":
        pre, n, sizes = rng.choice(["34", "37"]), 15, [4, 6, 5]
    elif kind == "disc":
        pre, n, sizes = "6011", 16, [4, 4, 4, 4]
    elif kind == "visa13":
        pre, n, sizes = "4", 13, [4, 3, 3, 3]
    else:
        pre, n, sizes = "6759", 19, [4, 4, 4, 4, 3]
    while True:
        body = pre + "".join(rng.choice("0123456789") for _ in range(n - len(pre) - 1))
        for c in "0123456789":
            if luhn_ok(body + c):
                return body + c, sizes, kind


def gen_ssn(rng):
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, rng.randint(1, 99), rng.randint(1, 9999))


NI_FIRST = "ABCEGHJKLMNPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def gen_ni(rng):
    while True:
        p = rng.choice(NI_FIRST) + rng.choice(NI_SECOND)
        if p not in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ"):
            break
    return p + "".join(rng.choice("0123456789") for _ in range(6)) + rng.choice("ABCD")


def iban_check(country, bban):
    s = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return "%02d" % (98 - int(num) % 97)


def mod97_ok(iban):
    s = iban[4:] + iban[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def gen_iban(rng, country=None):
    country = country or rng.choice(["GB", "IE", "DE", "NL", "ES", "FR"])
    dg = lambda n: "".join(rng.choice("0123456789") for _ in range(n))
    if country == "GB":
        bban = rng.choice(["NWBK", "BARC", "MIDL", "HBUK"]) + dg(14)
    elif country == "IE":
        bban = rng.choice(["AIBK", "IPBS", "BARC"]) + dg(14)
    elif country == "DE":
        bban = dg(18)
    elif country == "NL":
        bban = rng.choice(["ABNA", "INGB", "RABN"]) + dg(10)
    elif country == "ES":
        bban = dg(20)
    else:
        bban = dg(23)
    return country + iban_check(country, bban) + bban


UK_AREAS = ["SW", "SE", "N", "E", "M", "B", "LS", "EH", "G", "CF", "BT", "NE", "RG", "BS",
            "L", "S", "NG", "LE", "CB", "BN", "GL", "KT", "TW", "WR", "HP"]
INWARD = "ABDEFGHJLNPQRSTUWXYZ"


def gen_uk_postcode(rng):
    area = rng.choice(UK_AREAS)
    dist = str(rng.randint(1, 20)) if len(area) == 2 else str(rng.randint(1, 9))
    if area in ("SW", "E", "N") and rng.random() < 0.3:
        dist = str(rng.randint(1, 9)) + rng.choice("AP")
    return area + dist + " " + str(rng.randint(1, 9)) + rng.choice(INWARD) + rng.choice(INWARD)


def gen_zip(rng, plus4=False):
    z = "%05d" % rng.randint(10001, 99950)
    return z + ("-%04d" % rng.randint(1, 9999) if plus4 else "")


def gen_phone(rng, kind=None):
    kind = kind or rng.choice(["ukmob", "ukland", "us", "ie", "ukmob"])
    dg = lambda n: "".join(rng.choice("0123456789") for _ in range(n))
    if kind == "ukmob":
        return "07" + rng.choice("3456789") + dg(8), [5, 6], "+44"
    if kind == "ukland":
        return "0" + rng.choice(["20", "161", "113", "131", "121"]) + "", [], "+44"
    if kind == "us":
        return str(rng.randint(201, 989)) + str(rng.randint(200, 999)) + dg(4), [3, 3, 4], "+1"
    return "08" + rng.choice("35679") + dg(7), [3, 3, 4], "+353"


def gen_phone_full(rng, kind=None):
    kind = kind or rng.choice(["ukmob", "ukland", "us", "ie", "ukmob", "us"])
    dg = lambda n: "".join(rng.choice("0123456789") for _ in range(n))
    if kind == "ukmob":
        return "07" + rng.choice("3456789") + dg(8), [5, 6], kind
    if kind == "ukland":
        code = rng.choice(["020", "0161", "0113", "0131", "0121"])
        if code == "020":
            return code + rng.choice("378") + dg(7), [3, 4, 4], kind
        return code + rng.choice("2345679") + dg(6), [4, 3, 4], kind
    if kind == "us":
        return str(rng.randint(201, 989)) + str(rng.randint(200, 999)) + dg(4), [3, 3, 4], kind
    return "08" + rng.choice("35679") + dg(7), [3, 3, 4], kind


FIRST = ["john", "sarah", "priya", "liam", "aoife", "mohammed", "emma", "carlos", "chloe",
         "david", "niamh", "tom", "grace", "oliver", "fatima", "jack", "maria", "kevin"]
LAST = ["smith", "murphy", "patel", "jones", "obrien", "garcia", "walsh", "nguyen", "brown",
        "kelly", "taylor", "hughes", "lopez", "byrne", "clarke", "wilson"]
DOMAINS = ["gmail.com", "yahoo.co.uk", "hotmail.com", "outlook.com", "icloud.com", "eircom.net",
           "btinternet.com", "aol.com", "live.ie", "protonmail.com"]
STREETS = ["elm", "maple", "station", "church", "victoria", "park", "willow", "oak", "mill",
           "queen", "high", "king", "cedar", "lake", "orchard", "meadow", "chestnut", "pine"]
ST_TYPES = ["street", "road", "avenue", "lane", "close", "drive", "grove", "way", "crescent",
            "court", "terrace", "place", "boulevard"]
ST_ABBR = {"street": "St", "road": "Rd", "avenue": "Ave", "lane": "Ln", "drive": "Dr",
           "court": "Ct", "place": "Pl", "boulevard": "Blvd"}


def gen_email(rng, spoken):
    f, l = rng.choice(FIRST), rng.choice(LAST)
    dom = rng.choice(DOMAINS)
    style = rng.randrange(5)
    num = str(rng.randint(1, 99))
    if style == 0:
        local = f + "." + l
    elif style == 1:
        local = f[0] + l + num
    elif style == 2:
        local = f + "_" + l
    elif style == 3:
        local = l + f[0]
    else:
        local = f + l[:3] + num
    addr = local + "@" + dom
    if not spoken:
        return addr if rng.random() < 0.7 else addr.replace(f, f.capitalize(), 1), addr
    sp = local.replace(".", " dot ").replace("_", " underscore ")
    if style == 1:
        sp = " ".join(f[0]) + " " + l + " " + say(num, rng)
    if style == 4:
        sp = f + " " + l[:3] + " " + say(num, rng, "pairs")
    sp = sp + " at " + dom.replace(".", " dot ")
    return re.sub(" +", " ", sp), addr


def gen_address(rng, spoken, us=False):
    num = rng.randint(1, 2400 if us else 180)
    st = rng.choice(STREETS)
    ty = rng.choice(ST_TYPES)
    if spoken:
        ns = str(num)
        if num < 100:
            nw = pair_words("%02d" % num, "oh") if num >= 10 else ONES[num]
        else:
            nw = say(ns, rng, rng.choice(["digits", "pairs", "hundreds"]))
        return nw + " " + st + " " + ty
    if us and ty in ST_ABBR and rng.random() < 0.6:
        return "%d %s%s %s" % (num, rng.choice(["", "N ", "W ", "E "]), st.capitalize(), ST_ABBR[ty])
    return "%d %s %s" % (num, st.capitalize() if rng.random() < 0.7 else st, ty.capitalize() if rng.random() < 0.6 else ty)


def gen_dob(rng):
    return rng.randint(1940, 2005), rng.randint(1, 12), rng.randint(1, 28)


def ordinal(d):
    if d in ORD.values():
        return [k for k, v in ORD.items() if v == d][0]
    return TENS[d // 10] + " " + ORD_UNITS[d % 10]


def year_words(y, rng):
    if y >= 2000:
        r = y - 2000
        if r == 0:
            return "two thousand"
        return rng.choice(["two thousand and ", "two thousand "]) + (ONES[r] if r < 10 else pair_words("%02d" % r, "oh"))
    return pair_words(str(y)[:2], "oh") + " " + pair_words(str(y)[2:], "oh")


def dob_text(rng, spoken, us=False):
    y, m, d = gen_dob(rng)
    if not spoken:
        st = rng.randrange(5)
        if st == 0:
            return ("%02d/%02d/%d" % (m, d, y)) if us else ("%02d/%02d/%d" % (d, m, y))
        if st == 1:
            return "%d-%02d-%02d" % (y, m, d)
        if st == 2:
            return "%d %s %d" % (d, MONTHS[m - 1].capitalize(), y)
        if st == 3:
            return "%s %d, %d" % (MONTHS[m - 1].capitalize(), d, y)
        return ("%02d.%02d.%s" % (d, m, str(y)[2:]))
    st = rng.randrange(4)
    if st == 0:
        return "the %s of %s %s" % (ordinal(d), MONTHS[m - 1], year_words(y, rng))
    if st == 1:
        return "%s %s %s" % (MONTHS[m - 1], ordinal(d), year_words(y, rng))
    if st == 2:
        return "%s %s %s" % (say("%02d" % d, rng, "digits", "oh"), say("%02d" % m, rng, "digits", "oh"),
                             year_words(y, rng))
    return "%s %s %s" % (ordinal(d), MONTHS[m - 1], year_words(y, rng))


def expiry_text(rng, spoken):
    m, y = rng.randint(1, 12), rng.randint(25, 33)
    if not spoken:
        return rng.choice(["%02d/%02d", "%02d/20%02d", "%02d-%02d", "%02d %02d", "%02d / %02d"]) % (m, y)
    st = rng.randrange(4)
    if st == 0:
        return say("%02d" % m, rng, "digits", rng.choice(["oh", "zero"])) + " " + pair_words("%02d" % y, "oh")
    if st == 1:
        return MONTHS[m - 1] + " " + rng.choice(["twenty ", "two thousand and "]) + pair_words("%02d" % y, "oh")
    if st == 2:
        return say("%02d" % m, rng, "digits", "zero") + " slash " + say("%02d" % y, rng)
    return MONTHS[m - 1] + " " + pair_words("%02d" % y, "oh")


# --------------------------------------------------------------------------
# validation of a labelled group
# --------------------------------------------------------------------------

def validate(typ, texts, value):
    """Return None if ok, else an error string."""
    joined = " ".join(texts)
    try:
        if typ == "EMAIL":
            if "@" in joined:
                ok = re.fullmatch(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[a-z]{2,}", joined) is not None
            else:
                ok = " at " in joined and " dot " in joined
            return None if ok else "bad email"
        if typ == "ADDRESS":
            first = _tokens(joined)[0]
            has_num = first.isdigit() or first in ONES or first in TEENS or first in TENS.values()
            has_type = any(w in _tokens(joined) for w in ST_TYPES + [a.lower() for a in ST_ABBR.values()])
            return None if has_num and has_type else "bad address"
        if typ in ("DOB", "EXPIRY"):
            n = normalise(joined, dates=True)
            if not n.isdigit():
                return "date not numeric " + n
            if typ == "EXPIRY":
                return None if len(n) in (4, 6) and 1 <= int(n[:2]) <= 12 else "bad expiry " + n
            return None if 6 <= len(n) <= 8 and re.search(r"(19[4-9]\d|200\d|\d\d)$", n) else "bad dob " + n
        letters = typ in ("NI_NUMBER", "IBAN", "POSTCODE")
        n = normalise(joined, letters=letters)
        if value is not None:
            canon = re.sub(r"[^A-Z0-9]", "", value.upper())
            if n != canon:
                return "normalised %r != value %r" % (n, canon)
        if typ == "CARD_NUMBER":
            return None if n.isdigit() and 13 <= len(n) <= 19 and luhn_ok(n) else "bad card " + n
        if typ == "CVV":
            return None if n.isdigit() and len(n) in (3, 4) else "bad cvv " + n
        if typ == "SSN":
            return None if n.isdigit() and len(n) == 9 and n[:3] not in ("000", "666") and n[0] != "9" else "bad ssn " + n
        if typ == "NI_NUMBER":
            return None if re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", n) else "bad ni " + n
        if typ == "SORT_CODE":
            return None if n.isdigit() and len(n) == 6 else "bad sort " + n
        if typ == "BANK_ACCOUNT":
            return None if n.isdigit() and 8 <= len(n) <= 12 else "bad account " + n
        if typ == "PHONE":
            return None if n.isdigit() and 10 <= len(n) <= 13 else "bad phone " + n
        if typ == "IBAN":
            return None if re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", n) and mod97_ok(n) else "bad iban " + n
        if typ == "POSTCODE":
            ok = re.fullmatch(r"[A-Z]{1,2}\d[A-Z\d]?\d[ABD-HJLNP-UW-Z]{2}", n) or re.fullmatch(r"\d{5}(\d{4})?", n)
            return None if ok else "bad postcode " + n
    except NormError as e:
        return str(e)
    return "unknown type"


# --------------------------------------------------------------------------
# case builders
# --------------------------------------------------------------------------
UK_IND = ["banking", "telecom", "utilities", "retail", "insurance", "travel", "government services"]
US_IND = ["banking", "telecom", "healthcare billing", "retail", "insurance", "utilities", "travel"]
BACK = ["mhm", "okay", "yep", "okay go on", "uh huh", "yes", "right", "got it", "go ahead", "yeah"]
SEPS_SPOKEN = [" ", " ", " ", " um ", " uh ", " er "]


def A(x):
    return ("agent", x)


def C(x):
    return ("customer", x)


def zw_for(rng, region):
    if region == "uk":
        return rng.choice(["oh", "oh", "nought", "zero", "o"])
    return rng.choice(["oh", "zero", "zero", "o"])


def spoken_num(rng, s, sizes=None, region="uk", styles=None, homo=None, sep=None):
    styles = styles or rng.choice([("digits",), ("digits",), ("pairs",), ("doubles",),
                                   ("digits", "pairs"), ("digits", "doubles")]
                                  + ([("hundreds",)] if len(s) == 3 else []))
    homo = rng.choice([0, 0, 0.3]) if homo is None else homo
    sep = sep if sep is not None else rng.choice(SEPS_SPOKEN)
    sizes = sizes or [len(s)]
    return say_groups(s, sizes, rng, styles, zw_for(rng, region), sep, homo)


def typed_card(rng, card, sizes):
    sep = rng.choice([" ", " ", "-", "", " - ", ".", "  "])
    t = group(card, sizes, sep)
    if rng.random() < 0.15 and sep == " ":  # mixed separators typo
        parts = t.split(" ")
        t = parts[0] + "-" + " ".join(parts[1:])
    return t


# ---- CARD -----------------------------------------------------------------

def pos_card_chat(rng):
    card, sizes, kind = gen_card(rng)
    ind = rng.choice(UK_IND + US_IND)
    t = typed_card(rng, card, sizes)
    amt = "%d.%02d" % (rng.randint(5, 900), rng.randint(0, 99))
    form = rng.randrange(6)
    if form == 0:
        turns = [A("Hi, you're chatting with %s. How can I help?" % rng.choice(["Dana", "Rob", "Aisling"])),
                 C(["i want to pay my bill of ", "$" if rng.random() < .5 else "£", amt, " with card ", S(t, "CARD_NUMBER", card)])]
    elif form == 1:
        turns = [A("Please enter the long card number."), C([S(t, "CARD_NUMBER", card)])]
    elif form == 2:
        turns = [C(["card no. ", S(t, "CARD_NUMBER", card), " - pls charge the ", amt, " today thx"])]
    elif form == 3:
        turns = [A("What card would you like to use?"),
                 C(["The ", rng.choice(["visa", "mastercard", "amex", "debit"]), " ending... actually here is the full thing: ", S(t, "CARD_NUMBER", card)])]
    elif form == 4:
        turns = [C(["CARD: ", S(t, "CARD_NUMBER", card), "\norder #", str(rng.randint(100000, 9999999))])]
    else:
        turns = [A("Can you confirm the card you'd like refunded to?"),
                 C(["its ", S(t, "CARD_NUMBER", card), " the refund was for ", amt])]
    sepname = {" ": "space", "-": "hyphen", ".": "dot"}.get(t[4:5], "no/odd")
    return "chat/%s: %s card typed (%s separators)" % (ind, kind, sepname), turns


def pos_card_call_one(rng):
    card, sizes, kind = gen_card(rng)
    region = rng.choice(["uk", "us", "ie"])
    sp = spoken_num(rng, card, sizes, region)
    ind = rng.choice(UK_IND if region != "us" else US_IND)
    pre = rng.choice(["yeah it's ", "okay so it's ", "", "right um ", "it's ", "the number is "])
    post = rng.choice(["", " and that's the one on the account", " yeah", " did you get that", ""])
    turns = [A(rng.choice(["and what's the long number on the front of the card",
                           "can i take the card number please",
                           "go ahead with the long number when you're ready"])),
             C([pre, S(sp, "CARD_NUMBER", card), post])]
    return "call/%s: %s card read in one turn, mixed spoken forms" % (ind, kind), turns


def pos_card_call_split(rng):
    card, sizes, kind = gen_card(rng)
    region = rng.choice(["uk", "us", "ie"])
    turns = [A(rng.choice(["okay go ahead with the card number", "whenever you're ready the card number please"]))]
    i = 0
    for k, n in enumerate(sizes):
        part = card[i:i + n]
        i += n
        sp = spoken_num(rng, part, None, region, sep=" ")
        lead = rng.choice(["", "", "um ", "right ", "then "]) if k else rng.choice(["yeah ", "okay ", "", "it's "])
        tail = rng.choice(["", "", " yeah", " um"])
        turns.append(C([lead, S(sp, "CARD_NUMBER", card, group="c"), tail]))
        if k < len(sizes) - 1:
            turns.append(A(rng.choice(BACK)))
    ind = rng.choice(UK_IND + US_IND)
    return "call/%s: %s card split over %d customer turns with back-channels" % (ind, kind, len(sizes)), turns


def pos_card_correction(rng):
    card, sizes, kind = gen_card(rng, rng.choice(["visa", "mc", "disc"]))
    region = rng.choice(["uk", "us"])
    zw = zw_for(rng, region)
    g = [card[0:4], card[4:8], card[8:12], card[12:16]]
    bad = "%04d" % ((int(g[2]) + 1111) % 10000)
    first = say(g[0] + g[1], rng, "digits", zw)
    badw = say(bad, rng, "digits", zw)
    rest = say(g[2] + g[3], rng, rng.choice(["digits", "pairs"]), zw)
    turns = [A("can i take the card number"),
             C([S(first, "CARD_NUMBER", card, group="c"), " ", S(badw, "CARD_NUMBER", None, check=False),
                rng.choice([" no sorry ", " oh no wait ", " sorry i mean ", " hang on no it's "]),
                S(rest, "CARD_NUMBER", card, group="c")])]
    if rng.random() < 0.5:
        turns.append(A(["okay so the last eight are ", S(say(g[2] + g[3], rng, "digits", zw), "CARD_NUMBER", card[8:], check=False)]))
        turns.append(C("yes that's right"))
    return "call/%s: card with mid-reading self-correction (aborted group also labelled)" % rng.choice(UK_IND), turns


def pos_card_readback(rng):
    card, sizes, kind = gen_card(rng)
    region = rng.choice(["uk", "us", "ie"])
    sp = spoken_num(rng, card, sizes, region)
    rb = say_groups(card, sizes, rng, ("digits",), zw_for(rng, region), rng.choice([" ", " ", " um "]))
    turns = [A("and the card number"), C([S(sp, "CARD_NUMBER", card)]),
             A(["let me read that back ", S(rb, "CARD_NUMBER", card, group="rb"), " is that correct"]),
             C(rng.choice(["yes", "yep that's it", "correct"]))]
    return "call/%s: card read by caller then read back by agent (both labelled)" % rng.choice(UK_IND + US_IND), turns


def pos_card_exp_cvv_call(rng):
    card, sizes, kind = gen_card(rng)
    region = rng.choice(["uk", "us"])
    cvv = "%04d" % rng.randint(0, 9999) if kind == "amex" else "%03d" % rng.randint(0, 999)
    sp = spoken_num(rng, card, sizes, region)
    exp = expiry_text(rng, True)
    cv = say(cvv, rng, rng.choice(["digits", "doubles", "hundreds"]), zw_for(rng, region))
    form = rng.randrange(3)
    if form == 0:
        turns = [A("card number please"), C([S(sp, "CARD_NUMBER", card)]), A("and the expiry"),
                 C([S(exp, "EXPIRY")]), A("and the three digits on the back"), C(["it's ", S(cv, "CVV", cvv)])]
    elif form == 1:
        turns = [A("go ahead with the card details"),
                 C([S(sp, "CARD_NUMBER", card), " expiry ", S(exp, "EXPIRY"), " and the security code is ", S(cv, "CVV", cvv)])]
    else:
        turns = [A("okay what's the expiry date on the card"), C(["expires ", S(exp, "EXPIRY")]),
                 A("and the security code"), C([S(cv, "CVV", cvv), " and do you need the number as well"]),
                 A("yes please"), C([S(sp, "CARD_NUMBER", card)])]
    return "call/%s: card, expiry and security code" % rng.choice(UK_IND + US_IND), turns


def pos_card_chat_all(rng):
    card, sizes, kind = gen_card(rng)
    cvv = "%04d" % rng.randint(0, 9999) if kind == "amex" else "%03d" % rng.randint(0, 999)
    exp = expiry_text(rng, False)
    t = typed_card(rng, card, sizes)
    form = rng.randrange(3)
    if form == 0:
        turns = [C([S(t, "CARD_NUMBER", card), " exp ", S(exp, "EXPIRY"), " cvv ", S(cvv, "CVV", cvv)])]
    elif form == 1:
        turns = [A("Please provide card number, expiry and CVC."),
                 C([S(t, "CARD_NUMBER", card), "\n", S(exp, "EXPIRY"), "\n", S(cvv, "CVV", cvv)])]
    else:
        turns = [C(["number ", S(t, "CARD_NUMBER", card), ", expiry date ", S(exp, "EXPIRY"), ", security code ", S(cvv, "CVV", cvv), " - amount is ", str(rng.randint(20, 400)), " euro"])]
    return "chat/%s: card, expiry, cvv in one message" % rng.choice(UK_IND + US_IND), turns


def pos_card_chat_split(rng):
    card, sizes, kind = gen_card(rng, rng.choice(["visa", "mc", "disc"]))
    a, b = card[:8], card[8:]
    s1 = a[:4] + rng.choice([" ", "-", ""]) + a[4:]
    s2 = b[:4] + rng.choice([" ", "-", ""]) + b[4:]
    turns = [A("Please type your card number."), C([S(s1, "CARD_NUMBER", card, group="c")]),
             C([S(s2, "CARD_NUMBER", card, group="c")]), A("Thanks, one moment.")]
    return "chat/%s: card typed over two messages" % rng.choice(UK_IND + US_IND), turns


def pos_card_asr_messy(rng):
    """ASR-ish: numbers partly as digits, partly as words, homophones."""
    card, sizes, kind = gen_card(rng, rng.choice(["visa", "mc"]))
    parts = []
    for k in range(4):
        g = card[4 * k:4 * k + 4]
        if rng.random() < 0.4:
            parts.append(g)
        else:
            parts.append(say(g, rng, rng.choice(["digits", "pairs", "doubles"]), "oh", 0.5))
    sp = " ".join(parts)
    if digits_of(sp) != card:
        sp = say(card, rng, "digits", "oh", 0.5)
    turns = [A("can you give me the card number"),
             C(["yeah so it is ", S(sp, "CARD_NUMBER", card), " and the name on it is ", rng.choice(FIRST), " ", rng.choice(LAST)])]
    return "call/%s: card with ASR mix of digits, words, homophones (for/to/ate/won)" % rng.choice(UK_IND), turns


# ---- SSN ------------------------------------------------------------------

def pos_ssn_chat(rng):
    ssn = gen_ssn(rng)
    t = rng.choice(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s.%s.%s", "%s - %s - %s", "%s/%s/%s"]) % (ssn[:3], ssn[3:5], ssn[5:])
    ind = rng.choice(US_IND + ["government services"])
    form = rng.randrange(5)
    if form == 0:
        turns = [A("To verify, please provide your Social Security number."), C([S(t, "SSN", ssn)])]
    elif form == 1:
        turns = [C(["my ssn is ", S(t, "SSN", ssn), " and claim number ", str(rng.randint(10000000, 99999999))])]
    elif form == 2:
        turns = [A("What's the SSN on the policy?"), C(["SSN: ", S(t, "SSN", ssn), " (that's the primary holder)"])]
    elif form == 3:
        turns = [C(["social ", S(t, "SSN", ssn), ", dob ", S(dob_text(rng, False, True), "DOB")])]
    else:
        turns = [A("Please confirm the patient's social security number"), C(["sure its ", S(t, "SSN", ssn), " thanks"])]
    return "chat/%s: SSN typed" % ind, turns


def pos_ssn_call(rng):
    ssn = gen_ssn(rng)
    sizes = rng.choice([[3, 2, 4], [9], [3, 2, 4], [3, 3, 3]])
    sp = spoken_num(rng, ssn, sizes, "us")
    ind = rng.choice(US_IND + ["government services"])
    turns = [A(rng.choice(["can i get your social security number", "and for verification the social",
                           "what's the social on the account"])),
             C([rng.choice(["sure it's ", "yeah ", "", "okay um ", "my social is "]), S(sp, "SSN", ssn)])]
    return "call/%s: SSN spoken in one turn" % ind, turns


def pos_ssn_split(rng):
    ssn = gen_ssn(rng)
    turns = [A("okay go ahead with the social security number")]
    parts = [ssn[:3], ssn[3:5], ssn[5:]]
    for k, p in enumerate(parts):
        sp = spoken_num(rng, p, None, "us", sep=" ")
        turns.append(C([rng.choice(["", "", "uh ", "then "]) if k else rng.choice(["it's ", "", "yeah "]), S(sp, "SSN", ssn, group="s")]))
        if k < 2:
            turns.append(A(rng.choice(BACK)))
    return "call/%s: SSN split 3-2-4 across turns" % rng.choice(US_IND), turns


def pos_ssn_readback(rng):
    ssn = gen_ssn(rng)
    sp = spoken_num(rng, ssn, [3, 2, 4], "us")
    rb = say_groups(ssn, [3, 2, 4], rng, ("digits",), "zero", rng.choice([" ", " dash "]))
    turns = [A("and your social"), C([S(sp, "SSN", ssn)]),
             A(["that's ", S(rb, "SSN", ssn, group="rb"), " correct"]), C("correct")]
    return "call/%s: SSN spoken then read back by agent" % rng.choice(US_IND), turns


def pos_ssn_correction(rng):
    ssn = gen_ssn(rng)
    bad = ssn[:5] + "%04d" % ((int(ssn[5:]) + 17) % 10000)
    if bad[5:] == "0000":
        bad = ssn[:5] + "1234"
    turns = [A("can you verify the social security number"),
             C([S(spoken_num(rng, bad, [3, 2, 4], "us", styles=("digits",)), "SSN", bad), rng.choice([" wait no", " sorry that's wrong", " no hold on"])]),
             C([rng.choice(["it's ", "let me start again "]), S(spoken_num(rng, ssn, [3, 2, 4], "us"), "SSN", ssn)])]
    return "call/%s: SSN with whole-value self-correction (both labelled)" % rng.choice(US_IND), turns


def pos_ssn_dob_call(rng):
    ssn = gen_ssn(rng)
    sp = spoken_num(rng, ssn, [3, 2, 4], "us")
    dob = dob_text(rng, True, True)
    form = rng.randrange(2)
    if form == 0:
        turns = [A("i'll need your date of birth and social"),
                 C(["date of birth is ", S(dob, "DOB"), " and social is ", S(sp, "SSN", ssn)])]
    else:
        turns = [A("last name date of birth and social please"),
                 C([rng.choice(LAST), " born ", S(dob, "DOB"), " social ", S(sp, "SSN", ssn), " it's been on hold for like forty minutes"])]
    return "call/%s: DOB and SSN in one turn, with duration chit-chat" % rng.choice(US_IND), turns


# ---- NI -------------------------------------------------------------------

def ni_typed(rng, ni):
    f = rng.randrange(8)
    p, d, s = ni[:2], ni[2:8], ni[8]
    if f == 0:
        return "%s %s %s %s %s" % (p, d[:2], d[2:4], d[4:], s)
    if f == 1:
        return (p + d + s).lower()
    if f == 2:
        return "%s-%s-%s-%s-%s" % (p, d[:2], d[2:4], d[4:], s)
    if f == 3:
        return "%s %s %s" % (p.capitalize(), d, s.lower())
    if f == 4:
        return p + d + " " + s
    if f == 5:
        return "%s%s%s%s%s" % (p, d[:2], d[2:4], d[4:], s)
    if f == 6:
        return "%s %s %s" % (p, d, s)
    return "%s.%s.%s.%s.%s" % (p, d[:2], d[2:4], d[4:], s)


def ni_spoken(rng, ni, letter_mode=None, styles=None):
    lm = letter_mode or rng.choice(["plain", "plain", "nato", "for", "homo"])
    p = say_letters(ni[:2], rng, lm)
    if lm == "plain" and ni[0] == ni[1] and rng.random() < 0.6:
        p = "double " + ni[0].lower()
    d = spoken_num(rng, ni[2:8], rng.choice([[6], [2, 2, 2]]), "uk", styles=styles)
    s = say_letters(ni[8], rng, rng.choice(["plain", lm]))
    return p, d, s


def pos_ni_chat(rng):
    ni = gen_ni(rng)
    t = ni_typed(rng, ni)
    ind = rng.choice(["government services", "banking", "insurance", "utilities", "retail"])
    form = rng.randrange(5)
    if form == 0:
        turns = [A("Could you provide your National Insurance number please?"), C([S(t, "NI_NUMBER", ni)])]
    elif form == 1:
        turns = [C(["NI no: ", S(t, "NI_NUMBER", ni), " - re my tax code query ref ", str(rng.randint(100000, 999999))])]
    elif form == 2:
        turns = [C(["hi my national insurance is ", S(t, "NI_NUMBER", ni), " and i was born ", S(dob_text(rng, False), "DOB")])]
    elif form == 3:
        turns = [A("What's your NINO?"), C(["its ", S(t, "NI_NUMBER", ni), " i think"])]
    else:
        turns = [C(["Hello, my NI number ", S(t, "NI_NUMBER", ni), " isn't showing on the pension form, postcode ", S(gen_uk_postcode(rng), "POSTCODE")])]
    return "chat/%s: NI number typed" % ind, turns


def pos_ni_call(rng):
    ni = gen_ni(rng)
    p, d, s = ni_spoken(rng, ni)
    sp = p + rng.choice([" ", " um "]) + d + rng.choice([" ", " and then ", " "]) + s
    if "and then" in sp:
        sp = p + " " + d + " " + s
    ind = rng.choice(["government services", "banking", "insurance", "utilities"])
    turns = [A(rng.choice(["and your national insurance number please", "can i take your n i number",
                           "what's your national insurance"])),
             C([rng.choice(["yeah it's ", "", "okay it's ", "um "]), S(sp, "NI_NUMBER", ni)])]
    return "call/%s: NI number spoken in one turn (letters plain/phonetic/homophone)" % ind, turns


def pos_ni_split(rng):
    ni = gen_ni(rng)
    p, d, s = ni_spoken(rng, ni)
    turns = [A("okay the national insurance number when you're ready"),
             C([rng.choice(["it's ", "right ", ""]), S(p, "NI_NUMBER", ni, group="n")]), A(rng.choice(BACK))]
    if rng.random() < 0.5:
        d1 = spoken_num(rng, ni[2:5], None, "uk", sep=" ")
        d2 = spoken_num(rng, ni[5:8], None, "uk", sep=" ")
        turns += [C([S(d1, "NI_NUMBER", ni, group="n")]), A(rng.choice(BACK)), C([S(d2, "NI_NUMBER", ni, group="n")])]
    else:
        turns += [C([S(d, "NI_NUMBER", ni, group="n")])]
    turns += [A(rng.choice(["and the last letter", "and the letter at the end", "mhm"])),
              C([rng.choice(["", "it's ", "that's "]), S(s, "NI_NUMBER", ni, group="n")])]
    return "call/%s: NI number split: prefix, digits, suffix in separate turns" % rng.choice(["government services", "banking"]), turns


def pos_ni_readback(rng):
    ni = gen_ni(rng)
    p, d, s = ni_spoken(rng, ni)
    rb = say_letters(ni[:2], rng, "for") + " " + say(ni[2:8], rng, "digits", "zero") + " " + say_letters(ni[8], rng, "for")
    turns = [A("national insurance number please"), C([S(p + " " + d + " " + s, "NI_NUMBER", ni)]),
             A(["so that's ", S(rb, "NI_NUMBER", ni, group="rb"), " yeah"]), C("yeah that's it")]
    return "call/%s: NI spoken then read back phonetically by agent" % rng.choice(["government services", "insurance"]), turns


def pos_ni_correction(rng):
    ni = gen_ni(rng)
    p, d, s = ni_spoken(rng, ni, "plain", ("digits",))
    wrong = str((int(ni[7]) + 1) % 10)
    d_bad = say(ni[2:7] + wrong, rng, "digits", "oh")
    turns = [A("national insurance please"),
             C([S(p, "NI_NUMBER", ni, group="n"), " ", S(d_bad, "NI_NUMBER", None, check=False),
                rng.choice([" no sorry ", " oh wait no ", " sorry i mean "]), S(d, "NI_NUMBER", ni, group="n"), " ",
                S(s, "NI_NUMBER", ni, group="n")])]
    return "call/government services: NI digits self-corrected mid-reading", turns


def pos_ni_pairs(rng):
    ni = gen_ni(rng)
    p = say_letters(ni[:2], rng, rng.choice(["plain", "nato"]))
    d = say(ni[2:8], rng, "pairs", "oh")
    s = say_letters(ni[8], rng, "homo" if ni[8] in "bc" else "plain")
    sp = p + " " + d + " " + s
    turns = [A("i just need your n i number"),
             C(["ah it's ", S(sp, "NI_NUMBER", ni), " my wife's is different obviously"])]
    return "call/government services: NI digits said as pairs (twelve thirty four)", turns


# ---- bank / iban ----------------------------------------------------------

def pos_bank_uk(rng):
    acct = "".join(rng.choice("0123456789") for _ in range(8))
    sc = "".join(rng.choice("0123456789") for _ in range(6))
    if rng.random() < 0.5:
        sct = rng.choice(["%s-%s-%s", "%s %s %s", "%s%s%s"]) % (sc[:2], sc[2:4], sc[4:])
        turns = [A("Please give the sort code and account number for the refund."),
                 C(["sort code ", S(sct, "SORT_CODE", sc), " account ", S(acct, "BANK_ACCOUNT", acct)])]
        return "chat/%s: UK sort code and account number typed" % rng.choice(UK_IND), turns
    scw = spoken_num(rng, sc, [2, 2, 2], "uk")
    aw = spoken_num(rng, acct, rng.choice([[8], [4, 4]]), "uk")
    turns = [A("what's the sort code"), C([S(scw, "SORT_CODE", sc)]), A("and the account number"),
             C([rng.choice(["", "it's ", "um "]), S(aw, "BANK_ACCOUNT", acct)])]
    return "call/%s: UK sort code and account spoken" % rng.choice(UK_IND), turns


def pos_bank_us(rng):
    acct = "".join(rng.choice("0123456789") for _ in range(rng.randint(9, 12)))
    if rng.random() < 0.5:
        turns = [C(["please update my direct debit to account number ", S(acct, "BANK_ACCOUNT", acct), " at the credit union"])]
        return "chat/%s: US account number typed" % rng.choice(US_IND), turns
    turns = [A("what's the checking account number"), C([S(spoken_num(rng, acct, None, "us"), "BANK_ACCOUNT", acct)]),
             A(["okay i have ", S(say(acct, rng, "digits", "zero"), "BANK_ACCOUNT", acct, group="rb")])]
    return "call/%s: US account spoken and read back" % rng.choice(US_IND), turns


def pos_iban(rng):
    iban = gen_iban(rng)
    ind = rng.choice(["banking", "travel", "utilities", "insurance"])
    if rng.random() < 0.55:
        t = rng.choice([" ".join(iban[i:i + 4] for i in range(0, len(iban), 4)), iban, iban.lower()])
        turns = [A("Please send the IBAN for the refund."), C(["IBAN: ", S(t, "IBAN", iban), " thanks"])]
        return "chat/%s: IBAN typed (%s)" % (ind, iban[:2]), turns
    cc = say_letters(iban[:2], rng, rng.choice(["plain", "for"]))
    rest = []
    run = ""
    for ch in iban[2:]:
        if ch.isdigit():
            run += ch
        else:
            if run:
                rest.append(spoken_num(rng, run, None, "ie", styles=("digits",), sep=" "))
                run = ""
            rest.append(ch.lower())
    if run:
        rest.append(spoken_num(rng, run, None, "ie", styles=rng.choice([("digits",), ("digits", "doubles")]), sep=" "))
    sp = cc + " " + " ".join(rest)
    turns = [A("can you read me the iban"), C([S(sp, "IBAN", iban)])]
    return "call/%s: IBAN spoken (%s)" % (ind, iban[:2]), turns


# ---- phone / email --------------------------------------------------------

def pos_phone(rng):
    ph, sizes, kind = gen_phone_full(rng)
    ind = rng.choice(US_IND if kind == "us" else UK_IND)
    if rng.random() < 0.5:
        if kind == "us":
            t = rng.choice(["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s", "+1 %s %s %s"]) % (ph[:3], ph[3:6], ph[6:])
        elif kind == "ie":
            t = rng.choice(["%s %s %s" % (ph[:3], ph[3:6], ph[6:]), "+353 %s %s %s" % (ph[1:3], ph[3:6], ph[6:])])
        else:
            t = rng.choice([group(ph, sizes), "+44 " + group(ph[1:], [sizes[0] - 1] + sizes[1:]), ph, "+44(0)" + ph[1:]])
        turns = [A("What's the best number to reach you on?"), C(["you can call me on ", S(t, "PHONE"), " after 5pm"])]
        return "chat/%s: phone typed (%s)" % (ind, kind), turns
    sp = spoken_num(rng, ph, sizes or None, "us" if kind == "us" else "uk")
    turns = [A("and a contact number"), C([rng.choice(["yeah it's ", "", "my mobile is "]), S(sp, "PHONE", ph)]),
             A(rng.choice(["thank you", "lovely thanks"]))]
    return "call/%s: phone spoken (%s)" % (ind, kind), turns


def pos_email(rng):
    spoken = rng.random() < 0.6
    e, addr = gen_email(rng, spoken)
    ind = rng.choice(UK_IND + US_IND)
    if spoken:
        turns = [A("and what's the best email for you"), C([rng.choice(["it's ", "yeah ", ""]), S(e, "EMAIL")]),
                 A(["so ", S(e, "EMAIL"), " perfect"])]
        return "call/%s: email spoken with dot/at and read back" % ind, turns
    turns = [C(["pls send the invoice to ", S(e, "EMAIL"), " not my old address"])]
    return "chat/%s: email typed" % ind, turns


# ---- dob / postcode / address ---------------------------------------------

def pos_dob(rng):
    spoken = rng.random() < 0.6
    us = rng.random() < 0.4
    d = dob_text(rng, spoken, us)
    ind = rng.choice(US_IND if us else UK_IND)
    if spoken:
        turns = [A("can you confirm your date of birth"), C([rng.choice(["yeah it's ", "", "um "]), S(d, "DOB")])]
        return "call/%s: DOB spoken" % ind, turns
    turns = [A("Please confirm your date of birth."), C([S(d, "DOB")])]
    return "chat/%s: DOB typed" % ind, turns


def postcode_spoken(rng, pc):
    out = []
    for part in pc.split(" "):
        toks = []
        for ch in part:
            if ch.isdigit():
                toks.append(digit_word(ch, "oh"))
            else:
                toks.append(ch.lower())
        out.append(" ".join(toks))
    return " ".join(out)


def pos_postcode(rng):
    if rng.random() < 0.6:
        pc = gen_uk_postcode(rng)
        if rng.random() < 0.5:
            t = rng.choice([pc, pc.replace(" ", ""), pc.lower()])
            turns = [A("What's your postcode?"), C([S(t, "POSTCODE", pc)])]
            return "chat/%s: UK postcode typed" % rng.choice(UK_IND), turns
        turns = [A("and the postcode"), C([rng.choice(["it's ", "", "yeah "]), S(postcode_spoken(rng, pc), "POSTCODE", pc)])]
        return "call/%s: UK postcode spoken letter by letter" % rng.choice(UK_IND), turns
    z = gen_zip(rng, rng.random() < 0.3)
    if rng.random() < 0.5:
        turns = [A("ZIP code on the billing address?"), C([S(z, "POSTCODE", z)])]
        return "chat/%s: US ZIP typed" % rng.choice(US_IND), turns
    turns = [A("and the zip code"), C([S(spoken_num(rng, z.replace("-", ""), None, "us"), "POSTCODE", z)])]
    return "call/%s: US ZIP spoken" % rng.choice(US_IND), turns


def pos_address(rng):
    us = rng.random() < 0.4
    spoken = rng.random() < 0.5
    a = gen_address(rng, spoken, us)
    if us:
        z = gen_zip(rng)
        zt = spoken_num(rng, z, None, "us") if spoken else z
        city = rng.choice(["springfield", "austin", "denver", "columbus"])
        turns = [A("what's the mailing address"), C([S(a, "ADDRESS"), " " + (city if spoken else city.capitalize() + ",") + " ", S(zt, "POSTCODE", z)])]
    else:
        pc = gen_uk_postcode(rng)
        pt = postcode_spoken(rng, pc) if spoken else pc
        town = rng.choice(["leeds", "bristol", "cork", "manchester", "reading"])
        turns = [A("and the first line of the address"), C([S(a, "ADDRESS"), rng.choice([" ", ", "]) + (town if spoken else town.capitalize()) + " ", S(pt, "POSTCODE", pc)])]
    return "%s/%s: street address with town and postcode" % ("call" if spoken else "chat", rng.choice(UK_IND + US_IND)), turns


def pos_mixed_onboarding(rng):
    """Several values in one call with unlabelled numbers around them."""
    ni = gen_ni(rng)
    p, d, s = ni_spoken(rng, ni)
    ph, sizes, kind = gen_phone_full(rng, "ukmob")
    e, _ = gen_email(rng, True)
    turns = [A("right to set up the account i need a few things first your national insurance"),
             C([S(p + " " + d + " " + s, "NI_NUMBER", ni)]),
             A("thanks and a mobile number"),
             C([S(spoken_num(rng, ph, sizes, "uk"), "PHONE", ph), " i'm only on it after half five"]),
             A("and email"), C([S(e, "EMAIL")]),
             A("lovely the tariff is twenty two pounds fifty a month for twenty four months")]
    return "call/telecom: NI, phone and email in one onboarding call with price and duration nearby", turns


def pos_asr_numerals(rng):
    """ASR engines that emit numerals inside otherwise lower-case call text."""
    which = rng.choice(["card", "ssn", "ni"])
    if which == "card":
        card, sizes, kind = gen_card(rng, rng.choice(["visa", "mc"]))
        parts = [card[i:i + 4] for i in range(0, 16, 4)]
        k = rng.randrange(4)
        parts[k] = say(parts[k], rng, "digits", "oh")
        sp = " ".join(parts)
        turns = [A("can i have the card number please"), C(["yeah it's ", S(sp, "CARD_NUMBER", card), " and it's a debit card"])]
        return "call/%s: ASR output mixing numerals and number words in a card" % rng.choice(UK_IND), turns
    if which == "ssn":
        ssn = gen_ssn(rng)
        sp = rng.choice(["%s %s %s" % (say(ssn[:3], rng, "digits", "zero"), ssn[3:5], ssn[5:]),
                         "%s %s %s" % (ssn[:3], ssn[3:5], say(ssn[5:], rng, "pairs", "oh")),
                         ssn[:5] + " " + ssn[5:]])
        turns = [A("and the social security number on file"), C(["sure ", S(sp, "SSN", ssn), " that's mine not my husband's"])]
        return "call/%s: ASR output mixing numerals and words in an SSN" % rng.choice(US_IND), turns
    ni = gen_ni(rng)
    sp = rng.choice(["%s %s %s %s %s" % (" ".join(ni[:2].lower()), ni[2:4], ni[4:6], ni[6:8], ni[8].lower()),
                     "%s %s %s" % (ni[:2].lower(), say(ni[2:8], rng, "pairs", "oh"), ni[8].lower()),
                     "%s %s %s" % (say_letters(ni[:2], rng, "homo"), ni[2:8], say_letters(ni[8], rng, "homo"))])
    turns = [A("can i take your national insurance number"), C(["it's ", S(sp, "NI_NUMBER", ni)]), A("thank you")]
    return "call/government services: ASR output mixing numerals, letters and homophones in an NI number", turns


def pos_chat_tight(rng):
    """Chat values glued to punctuation / labels with no space."""
    which = rng.choice(["card", "ssn", "ni"])
    if which == "card":
        card, sizes, kind = gen_card(rng)
        turns = [C(["card#", S(card, "CARD_NUMBER", card), ";exp:", S("%02d/%02d" % (rng.randint(1, 12), rng.randint(26, 32)), "EXPIRY"), ";cvc:", S(("%04d" if kind == "amex" else "%03d") % rng.randint(0, 999), "CVV")])]
        return "chat/retail: card glued to labels and semicolons", turns
    if which == "ssn":
        ssn = gen_ssn(rng)
        t = rng.choice([ssn, "%s-%s-%s" % (ssn[:3], ssn[3:5], ssn[5:])])
        turns = [C(["SSN:", S(t, "SSN", ssn), "(for the W-2 question)"])]
        return "chat/government services: SSN glued to label and bracket", turns
    ni = gen_ni(rng)
    turns = [C(["NINO=", S(ni, "NI_NUMBER", ni), ", surname ", rng.choice(LAST).capitalize()])]
    return "chat/government services: NI glued to label", turns


POS_PLAN = [
    (pos_card_chat, 12), (pos_card_call_one, 12), (pos_card_call_split, 6), (pos_card_correction, 4),
    (pos_card_readback, 4), (pos_card_exp_cvv_call, 9), (pos_card_chat_all, 6), (pos_card_chat_split, 3),
    (pos_card_asr_messy, 5),
    (pos_ssn_chat, 10), (pos_ssn_call, 10), (pos_ssn_split, 5), (pos_ssn_readback, 3), (pos_ssn_correction, 3),
    (pos_ssn_dob_call, 4),
    (pos_ni_chat, 11), (pos_ni_call, 11), (pos_ni_split, 5), (pos_ni_readback, 3), (pos_ni_correction, 3),
    (pos_ni_pairs, 4),
    (pos_bank_uk, 14), (pos_bank_us, 6), (pos_iban, 14), (pos_phone, 14), (pos_email, 12), (pos_dob, 10),
    (pos_postcode, 12), (pos_address, 14), (pos_mixed_onboarding, 3), (pos_asr_numerals, 12), (pos_chat_tight, 9),
]


# ---- negatives ------------------------------------------------------------

def money_words(rng):
    p, c = rng.randint(2, 999), rng.randint(1, 99)
    pw = say(str(p), rng, "hundreds") if p >= 100 else (pair_words("%02d" % p, "oh") if p >= 10 else ONES[p])
    return pw + " " + rng.choice(["pounds", "dollars", "euro"]) + " " + pair_words("%02d" % c, "oh") if c >= 10 else pw + " " + rng.choice(["pounds", "dollars", "euro"])


def n_words(n, rng):
    if n < 10:
        return ONES[n]
    if n < 100:
        return pair_words("%02d" % n, "oh")
    return say(str(n), rng, rng.choice(["hundreds", "pairs"]))


def neg_cases():
    """Each entry: function(rng) -> (note, turns).  Nothing here is PII."""
    fns = []

    def reg(f):
        fns.append(f)
        return f

    @reg
    def money_chat(rng):
        amt = "%s%d.%02d" % (rng.choice(["£", "$", "€"]), rng.randint(10, 4999), rng.randint(0, 99))
        return "chat/retail: prices and totals", [C("how much is the upgrade?"), A("The upgrade is %s, or %s per month over %d months." % (amt, "%d.%02d" % (rng.randint(5, 80), rng.randint(0, 99)), rng.choice([12, 24, 36])))]

    @reg
    def money_call(rng):
        return "call/utilities: balance spoken in words", [A("your outstanding balance is " + money_words(rng)), C("okay and when is that due"), A("by the " + ordinal(rng.randint(1, 28)) + " of " + rng.choice(MONTHS))]

    @reg
    def order_ref(rng):
        n = str(rng.randint(10 ** 5, 10 ** 9))
        return "chat/retail: order number with reference word", [C("Hi, order number %s hasn't arrived" % n), A("Sorry about that, I can see order %s is with the courier." % n)]

    @reg
    def order_ref_spoken(rng):
        n = str(rng.randint(10 ** 5, 10 ** 8))
        sp = say(n, rng, rng.choice(["digits", "pairs", "doubles"]), "oh")
        return "call/retail: order reference spoken digit by digit", [A("have you got the order reference"), C("yeah the order reference is " + sp), A("thanks that's the order from last tuesday")]

    @reg
    def ticket(rng):
        n = rng.randint(100000, 99999999)
        return "chat/telecom: ticket number", [A("I've raised ticket #%d for the engineer." % n), C("ok thanks, what's the ETA?"), A("Between 8am and 1pm on Thursday.")]

    @reg
    def claim_ref(rng):
        n = "%s-%d" % (rng.choice(["CLM", "INC", "REF"]), rng.randint(100000, 9999999))
        return "chat/insurance: claim reference with letters", [C("any update on claim %s" % n), A("Yes, claim %s was approved for %s on %d %s." % (n, "£%d" % rng.randint(200, 5000), rng.randint(1, 28), rng.choice(MONTHS).capitalize()))]

    @reg
    def claim_spoken(rng):
        n = "".join(rng.choice("0123456789") for _ in range(rng.randint(7, 10)))
        return "call/insurance: claim number spoken with reference word", [A("do you have a claim number"), C("yeah claim number " + say(n, rng, "digits", "zero")), A("lovely that's the claim from march")]

    @reg
    def invoice(rng):
        n = rng.randint(1000000, 9999999999)
        return "chat/healthcare billing: invoice number and amount", [C("Invoice %d says I owe $%d.%02d but insurance paid" % (n, rng.randint(40, 900), rng.randint(0, 99))), A("I see invoice %d; the adjustment posted on 11/%02d." % (n, rng.randint(1, 28)))]

    @reg
    def flight(rng):
        fl = rng.choice(["BA", "EI", "FR", "UA", "DL", "AA", "LH"]) + str(rng.randint(10, 9999))
        return "chat/travel: flight number, time, gate", [C("is %s delayed?" % fl), A("%s is now departing at %02d:%02d from gate %d." % (fl, rng.randint(5, 22), rng.choice([0, 15, 30, 45, 5, 50]), rng.randint(1, 60)))]

    @reg
    def flight_spoken(rng):
        code = rng.choice(["e i", "b a", "u a", "f r"])
        num = n_words(rng.randint(100, 999), rng)
        return "call/travel: flight number spoken", [C("i'm on flight %s %s tomorrow" % (code, num)), A("okay and that leaves at %s" % rng.choice(["ten past six", "half seven", "six forty five", "quarter to nine"]))]

    @reg
    def times(rng):
        return "call/utilities: appointment times and dates", [A("the engineer can come on the %s of %s between %s and %s" % (ordinal(rng.randint(1, 28)), rng.choice(MONTHS), rng.choice(["eight", "nine", "ten"]), rng.choice(["twelve", "one", "two"]))), C("the %s is fine" % ordinal(rng.randint(1, 28)))]

    @reg
    def duration(rng):
        return "call/telecom: hold duration and counts", [C("i've been waiting %s minutes and called %s times" % (n_words(rng.randint(20, 95), rng), n_words(rng.randint(3, 12), rng))), A("i'm really sorry about the wait")]

    @reg
    def percent(rng):
        return "chat/banking: interest rate and term", [C("what's the rate on the fixed saver?"), A("It's %d.%02d%% AER fixed for %d months, minimum deposit £%d." % (rng.randint(1, 6), rng.randint(0, 99), rng.choice([12, 18, 24]), rng.choice([500, 1000, 5000])))]

    @reg
    def year(rng):
        y = rng.randint(1995, 2026)
        return "call/insurance: car year and mileage", [A("what year is the car"), C("it's a %s %s with about %s miles on it" % (year_words(y, rng), rng.choice(["golf", "focus", "corolla", "civic"]), n_words(rng.randint(20, 150), rng) + " thousand"))]

    @reg
    def meter(rng):
        r = "".join(rng.choice("0123456789") for _ in range(5))
        return "call/utilities: meter reading spoken", [A("can you read me the meter"), C("yeah the meter reading is " + say(r, rng, "digits", "oh")), A("thanks that's lower than estimated")]

    @reg
    def meter_chat(rng):
        return "chat/utilities: meter reading typed", [C("Gas meter reading %05d, electric %05d taken today" % (rng.randint(0, 99999), rng.randint(0, 99999))), A("Thanks, both readings are submitted.")]

    @reg
    def model(rng):
        m = rng.choice(["SM-G%d" % rng.randint(900, 999), "iPhone %d" % rng.randint(11, 16), "KD-%dX%d" % (rng.choice([55, 65]), rng.randint(80, 90)), "WM%d" % rng.randint(1000, 9999)])
        return "chat/retail: model number", [C("my %s won't turn on" % m), A("Sorry to hear that. Is the %s still under the %d-year warranty?" % (m, rng.choice([1, 2, 3])))]

    @reg
    def speed(rng):
        return "call/telecom: broadband speed", [C("i'm only getting %s megs and i pay for %s" % (n_words(rng.randint(5, 60), rng), n_words(rng.choice([100, 150, 500, 900]), rng))), A("let me run a line test")]

    @reg
    def room(rng):
        return "chat/travel: room number and nights", [C("I'm in room %d, checking out on the %s" % (rng.randint(100, 1299), rng.choice(["3rd", "13th", "23rd", "Friday"]))), A("Thanks, late checkout until 1pm is €%d." % rng.choice([20, 25, 30]))]

    @reg
    def age(rng):
        return "call/insurance: ages of people", [A("and how old are the drivers"), C("i'm %s and my son is %s" % (n_words(rng.randint(35, 70), rng), n_words(rng.randint(17, 25), rng)))]

    @reg
    def temp(rng):
        return "call/utilities: temperature setting", [C("the thermostat is set to %s degrees but it's still cold" % n_words(rng.randint(16, 24), rng)), A("is the boiler pressure above one point %s" % ONES[rng.randint(1, 5)])]

    @reg
    def pay_date(rng):
        d = "%02d/%02d/%d" % (rng.randint(1, 28), rng.randint(1, 12), rng.choice([2025, 2026]))
        return "chat/banking: payment date (not DOB)", [C("I made a payment on %s for £%d.%02d" % (d, rng.randint(20, 900), rng.randint(0, 99))), A("I can see that payment, it cleared on %s." % d)]

    @reg
    def contract_start(rng):
        return "call/telecom: contract start date", [A("your contract started on the %s of %s %s" % (ordinal(rng.randint(1, 28)), rng.choice(MONTHS), year_words(rng.choice([2023, 2024, 2025]), rng))), C("and when does it end")]

    @reg
    def quantity(rng):
        return "chat/retail: quantities and sizes", [C("Can I order %d boxes of the %dml bottles and %d of size %d?" % (rng.randint(2, 40), rng.choice([250, 500, 750]), rng.randint(1, 9), rng.choice([8, 10, 12, 14]))), A("Yes, that's %d items in total." % rng.randint(10, 60))]

    @reg
    def balance_spoken(rng):
        return "call/banking: account balance in words", [C("what's my balance"), A("your available balance is " + money_words(rng) + " and there's one pending transaction")]

    @reg
    def last_digits_phrase(rng):
        n = rng.randint(2, 9)
        return "call/banking: count of transactions and amounts", [A("i can see %s transactions since monday the largest is %s" % (n_words(n, rng), money_words(rng))), C("yeah those are all mine")]

    @reg
    def opening_hours(rng):
        return "chat/government services: opening hours", [C("what time do you open on saturday"), A("We're open %d:00 to %d:30 Mon-Fri and 9-1 on Saturdays." % (rng.randint(7, 9), rng.randint(17, 19)))]

    @reg
    def package_weight(rng):
        return "chat/retail: parcel weight and dimensions", [C("parcel is %.1fkg, %dx%dx%dcm, how much to ship?" % (rng.uniform(0.5, 20), rng.randint(10, 60), rng.randint(10, 60), rng.randint(5, 40))), A("That would be £%d.%02d with tracking." % (rng.randint(3, 30), rng.randint(0, 99)))]

    @reg
    def big_amount(rng):
        a = rng.randint(100000, 999999)
        return "chat/banking: large amounts with separators", [C("can I transfer %s,%03d in one go?" % (str(a)[:3], rng.randint(0, 999))), A("The daily limit is 25,000.00; larger transfers need a branch visit.")]

    @reg
    def years_spoken(rng):
        return "call/insurance: years of no claims", [A("how many years no claims"), C("%s years since %s" % (n_words(rng.randint(2, 15), rng), year_words(rng.randint(2008, 2020), rng)))]

    @reg
    def booking_ref(rng):
        ref = "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))
        return "chat/travel: alphanumeric booking reference", [C("Booking ref %s - can I add a bag?" % ref), A("Yes, a 23kg bag on booking %s costs €%d." % (ref, rng.choice([25, 35, 40])))]

    @reg
    def prescription(rng):
        return "call/healthcare billing: dosage and copay", [A("the copay on that prescription is %s" % money_words(rng)), C("it's %s milligrams twice a day right" % n_words(rng.choice([10, 20, 50, 250, 500]), rng))]

    @reg
    def countdown(rng):
        return "call/banking: one-time wait time and step counts", [A("it'll take about %s working days and you'll get %s letters" % (n_words(rng.randint(3, 10), rng), n_words(rng.randint(2, 4), rng))), C("okay thank you")]

    @reg
    def data_usage(rng):
        return "chat/telecom: data allowance", [C("I've used %d.%dGB of my %dGB plan already" % (rng.randint(1, 99), rng.randint(0, 9), rng.choice([30, 50, 100]))), A("You can add a %dGB booster for £%d." % (rng.choice([5, 10, 20]), rng.choice([3, 5, 8])))]

    @reg
    def policy_ref(rng):
        n = rng.randint(1000000, 999999999)
        return "call/insurance: policy number with reference word", [A("can i take the policy number"), C("policy number " + say(str(n), rng, rng.choice(["digits", "pairs"]), "oh")), A("thanks i've found the policy it renews in %s" % rng.choice(MONTHS))]

    @reg
    def extension(rng):
        return "call/government services: phone extension and office hours", [A("you can ask for extension %s and they're in from nine till five" % say(str(rng.randint(200, 4999)), rng, "digits", "oh")), C("okay extension noted")]

    @reg
    def store_num(rng):
        return "chat/retail: store number and aisle", [C("Store %d says it's out of stock, aisle %d" % (rng.randint(100, 9999), rng.randint(1, 40))), A("Store %d should get stock on Friday." % rng.randint(100, 9999))]

    @reg
    def refund_chat(rng):
        return "chat/retail: refund amount and days", [A("Your refund of £%d.%02d will show in %d-%d working days." % (rng.randint(5, 300), rng.randint(0, 99), 3, 5)), C("thank you!")]

    @reg
    def tracking(rng):
        n = rng.randint(1000000000, 9999999999)
        return "chat/retail: tracking number with reference word", [C("tracking number %d hasn't moved since %s" % (n, rng.choice(["Monday", "Tuesday", "the 3rd"]))), A("Tracking %d shows it at the depot." % n)]

    return fns


NEG_PLAN_TOTAL = 117


def build_cases():
    rng = random.Random(SEED)
    cases, metas = [], []
    k = 0
    for fn, n in POS_PLAN:
        for _ in range(n):
            note, turns = fn(rng)
            t, spans, meta = assemble(turns)
            k += 1
            cases.append({"id": "%s-pos-%03d" % (PREFIX, k), "kind": "positive", "turns": t, "spans": spans, "note": note})
            metas.append(meta)
    fns = neg_cases()
    for j in range(NEG_PLAN_TOTAL):
        fn = fns[j % len(fns)]
        note, turns = fn(rng)
        t, spans, meta = assemble(turns)
        cases.append({"id": "%s-neg-%03d" % (PREFIX, j + 1), "kind": "negative", "turns": t, "spans": [], "note": note})
        metas.append([])
    return cases, metas


def render(cases):
    return "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cases)


def check_cases(cases, metas):
    errs = []
    ids = Counter(c["id"] for c in cases)
    errs += ["duplicate id %s" % i for i, n in ids.items() if n > 1]
    for c, meta in zip(cases, metas):
        cid = c["id"]
        if c["kind"] == "negative" and c["spans"]:
            errs.append("%s: negative with spans" % cid)
        if c["kind"] == "positive" and not c["spans"]:
            errs.append("%s: positive without spans" % cid)
        by_turn = {}
        for sp, m in zip(c["spans"], meta):
            if sp["type"] not in TYPES:
                errs.append("%s: bad type %s" % (cid, sp["type"]))
            if not (0 <= sp["turn"] < len(c["turns"])):
                errs.append("%s: turn out of range" % cid)
                continue
            text = c["turns"][sp["turn"]]["text"]
            s, e = sp["start"], sp["end"]
            if not (0 <= s < e <= len(text)):
                errs.append("%s: offsets out of range" % cid)
                continue
            frag = text[s:e]
            if frag != m.text or frag != frag.strip():
                errs.append("%s: span text mismatch/whitespace %r" % (cid, frag))
            if s > 0 and text[s - 1].isalnum() and text[s].isalnum():
                errs.append("%s: span start not on word boundary %r" % (cid, frag))
            if e < len(text) and text[e].isalnum() and text[e - 1].isalnum():
                errs.append("%s: span end not on word boundary %r" % (cid, frag))
            by_turn.setdefault(sp["turn"], []).append((s, e))
        for tr, lst in by_turn.items():
            lst.sort()
            for (a, b), (c2, d) in zip(lst, lst[1:]):
                if c2 < b:
                    errs.append("%s: overlapping spans in turn %d" % (cid, tr))
        groups = {}
        for idx, (sp, m) in enumerate(zip(c["spans"], meta)):
            if not m.check:
                # still must normalise cleanly as the same type
                try:
                    if m.typ not in ("EMAIL", "ADDRESS", "DOB", "EXPIRY"):
                        normalise(m.text, letters=m.typ in ("NI_NUMBER", "IBAN", "POSTCODE"))
                except NormError as ex:
                    errs.append("%s: %s" % (cid, ex))
                continue
            key = (m.typ, m.group if m.group else "_%d" % idx)
            groups.setdefault(key, []).append((sp, m))
        for (typ, _), items in groups.items():
            texts = [c["turns"][sp["turn"]]["text"][sp["start"]:sp["end"]] for sp, _ in items]
            err = validate(typ, texts, items[0][1].value)
            if err:
                errs.append("%s: %s %s: %s" % (cid, typ, texts, err))
    return errs


def readme(cases):
    cnt = Counter(sp["type"] for c in cases for sp in c["spans"])
    npos = sum(c["kind"] == "positive" for c in cases)
    nneg = len(cases) - npos
    rows = "\n".join("| %s | %d |" % (t, cnt[t]) for t in TYPES)
    return """# pii_holdout223 - held-out PII redaction evaluation set

**Never use this set for tuning.**  It exists only to measure the redactor on
data its authors have not seen.  Do not add its cases to training/dev data,
do not adjust patterns or thresholds after looking at failures here.

## Provenance

Written by an AI helper acting as an independent test author.  The author did
not read the redaction code, its tests, its docs, the benchmark script or any
other PII fixture; the only existing data consulted was a 3-line example of
the JSONL format.  Everything is generated by
`scripts/make_pii_holdout223.py` from template functions and a single
`random.Random(%d)`; the output is byte-for-byte reproducible.
`python scripts/make_pii_holdout223.py --check` regenerates the file, checks
it is identical, ids are unique, offsets are in range, on word boundaries and
non-overlapping, and validates every labelled value after normalising spoken
forms (Luhn for cards, mod-97 for IBANs, NI format, 9 digits for SSN, 6 for
sort codes, digit counts for CVV/phone/account, UK postcode / US ZIP shapes).

## Contents

%d cases: %d positive, %d negative.  Chat turns are typed text (mixed case,
varied separators, typos); call turns imitate ASR output (lower case, sparse
punctuation, numbers as words: "oh"/"o"/"nought"/"zero", "double"/"triple",
pairs such as "forty one eleven", "four hundred and twelve", homophones
"for"/"to"/"too"/"won"/"ate" for digits and "see"/"bee"/"jay" for letters,
phonetic spelling "b for bravo" / NATO words, fillers inside readings,
values split over several customer turns with agent back-channels,
self-corrections and agent read-backs).  Industries: banking, telecom,
utilities, retail, insurance, travel, healthcare billing, government
services; UK, US, Ireland and EU (IBANs).

Negatives contain only non-PII lookalikes: prices, balances, times,
durations, counts, years, percentages, non-birth dates, order / ticket /
claim / invoice / policy / booking references with their reference word,
flight numbers, room numbers, model numbers, meter readings, speeds, ages,
temperatures, weights.  Positives may also contain such unlabelled numbers.

## Annotation conventions

* A span covers the value only: from its first to its last character/word.
  Lead-ins ("it's", "my ssn is", "card no.") and keywords ("sort code",
  "expiry") are outside.
* Spoken values: the span runs from the first to the last number/letter
  word, including fillers *inside* the reading ("four nine um two one"),
  "double"/"triple", phonetic words ("b for bravo") and "dash"/"slash".
* Values split across turns: one span per fragment, each with the value's
  type (e.g. the NI prefix letters, the digits and the suffix letter in three
  separate customer turns are three NI_NUMBER spans).
* Self-corrections: both the aborted fragment and the corrected value are
  labelled.  Agent read-backs are labelled too.
* EXPIRY spans cover the month and year; DOB spans cover day, month and year
  (including "the ... of ...").  ADDRESS covers house number, street name and
  street type; town is not labelled; postcode/ZIP is its own POSTCODE span.
* PHONE includes a typed international prefix ("+44", "+1", "+44(0)").
* EMAIL covers the whole address, typed or spoken ("j dot doe at gmail dot com").

## Counts per type

| type | spans |
|---|---|
%s
""" % (SEED, len(cases), npos, nneg, rows)


def main(argv):
    cases, metas = build_cases()
    data = render(cases)
    rd = readme(cases)
    if "--check" in argv:
        errs = check_cases(cases, metas)
        if not CASES.exists() or CASES.read_text(encoding="utf-8") != data:
            errs.append("cases.jsonl differs from regenerated output")
        if not README.exists() or README.read_text(encoding="utf-8") != rd:
            errs.append("README.md differs from regenerated output")
        # re-read file and check offsets against file contents
        if CASES.exists():
            for line in CASES.read_text(encoding="utf-8").splitlines():
                json.loads(line)
    else:
        errs = check_cases(cases, metas)
        OUT_DIR.mkdir(parents=True, exist_ok=True)
        CASES.write_text(data, encoding="utf-8")
        README.write_text(rd, encoding="utf-8")
    cnt = Counter(sp["type"] for c in cases for sp in c["spans"])
    npos = sum(c["kind"] == "positive" for c in cases)
    nneg = len(cases) - npos
    if npos < 170:
        errs.append("only %d positives" % npos)
    if nneg < 100:
        errs.append("only %d negatives" % nneg)
    for t, m in MIN_SPANS.items():
        if cnt[t] < m:
            errs.append("type %s has %d spans < %d" % (t, cnt[t], m))
    print("cases: %d (positive %d, negative %d)" % (len(cases), npos, nneg))
    for t in TYPES:
        print("  %-13s %d" % (t, cnt[t]))
    for e in errs[:60]:
        print("ERROR:", e)
    if errs:
        print("FAILED: %d problems" % len(errs))
        return 1
    print("OK" + (" (check passed)" if "--check" in argv else " (written)"))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

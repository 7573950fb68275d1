#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set ``pii_holdout59``.

Written by an independent AI helper that did not see the redaction code.
Standard library only.  Output is byte-for-byte reproducible (seeded RNG).

    python scripts/make_pii_holdout59.py          # write fixture + README
    python scripts/make_pii_holdout59.py --check  # regenerate and verify
"""
from __future__ import annotations

import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

SEED = 59261123
ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "tests" / "fixtures" / "pii_holdout59"
CASES = OUT_DIR / "cases.jsonl"
README = OUT_DIR / "README.md"

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

R = random.Random(SEED)

# ---------------------------------------------------------------------------
# spoken-number vocabulary
# ---------------------------------------------------------------------------
DW = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
ZERO_WORDS = {"zero": "0", "oh": "0", "o": "0", "nought": "0", "naught": "0", "nil": "0"}
DIGIT_WORDS = {w: str(i) for i, w in enumerate(DW)}
DIGIT_WORDS.update({"won": "1", "to": "2", "too": "2", "for": "4", "fore": "4",
                    "ate": "8", "niner": "9", "tree": "3"})
DIGIT_WORDS.update(ZERO_WORDS)
TEEN_WORDS = {w: str(10 + i) for i, w in enumerate(TEENS)}
TENS_WORDS = {w: str(i) for i, w in enumerate(TENS) if w}
FILLERS = ["um", "uh", "er", "erm", "hmm"]
HOMOPHONE_DIGIT = {"1": "won", "2": "to", "4": "for", "8": "ate"}


def pick(seq):
    return seq[R.randrange(len(seq))]


def chance(p):
    return R.random() < p


def rdigits(n):
    return "".join(str(R.randrange(10)) for _ in range(n))


# ---------------------------------------------------------------------------
# parser for spoken / typed numbers (used by --check and by the renderers)
# ---------------------------------------------------------------------------
def _tokens(text):
    return re.findall(r"[A-Za-z]+|\d+", text)


def parse_digits(text):
    """Turn a spoken/typed reading into the digit string it denotes."""
    out = []          # list of chunks (strings of digits)
    open_w = 0        # number of trailing placeholder zeros in out[-1] that may be filled
    mult = 1
    for tok in _tokens(text.lower()):
        if tok.isdigit():
            out.append(tok)
            open_w = 0
            mult = 1
            continue
        if tok in ("double", "triple"):
            mult = 2 if tok == "double" else 3
            continue
        if tok in DIGIT_WORDS:
            d = DIGIT_WORDS[tok]
            if open_w and d != "0" and tok not in ZERO_WORDS and mult == 1:
                out[-1] = out[-1][:-1] + d
                open_w = 0
            else:
                out.append(d * mult)
                open_w = 0
            mult = 1
            continue
        if tok in TEEN_WORDS:
            v = TEEN_WORDS[tok]
            if open_w >= 2:
                out[-1] = out[-1][:-2] + v
            else:
                out.append(v)
            open_w = 0
            mult = 1
            continue
        if tok in TENS_WORDS:
            t = TENS_WORDS[tok]
            if open_w >= 2:
                out[-1] = out[-1][:-2] + t + "0"
            else:
                out.append(t + "0")
            open_w = 1
            mult = 1
            continue
        if tok == "hundred" and out and len(out[-1]) <= 2:
            out[-1] = out[-1] + "00"
            open_w = 2
            continue
        if tok == "thousand" and out and len(out[-1]) == 1:
            out[-1] = out[-1] + "000"
            open_w = 2   # only tens/teens/units may follow ("two thousand and five")
            continue
        if tok == "and":
            continue
        open_w = 0
        mult = 1
    return "".join(out)


NATO = {"alpha": "A", "alfa": "A", "bravo": "B", "charlie": "C", "delta": "D", "echo": "E",
        "foxtrot": "F", "golf": "G", "hotel": "H", "india": "I", "juliet": "J", "juliett": "J",
        "kilo": "K", "lima": "L", "mike": "M", "november": "N", "oscar": "O", "papa": "P",
        "quebec": "Q", "romeo": "R", "sierra": "S", "tango": "T", "uniform": "U",
        "victor": "V", "whiskey": "W", "whisky": "W", "xray": "X", "yankee": "Y", "zulu": "Z"}
LETTER_HOMO = {"bee": "B", "be": "B", "see": "C", "sea": "C", "dee": "D", "gee": "G",
               "jay": "J", "kay": "K", "el": "L", "em": "M", "en": "N", "pee": "P",
               "queue": "Q", "cue": "Q", "are": "R", "tee": "T", "why": "Y", "zed": "Z",
               "zee": "Z", "aitch": "H", "ex": "X", "ess": "S", "eff": "F", "vee": "V"}
NUMWORDS = set(DIGIT_WORDS) | set(TEEN_WORDS) | set(TENS_WORDS) | {"double", "triple", "hundred", "thousand"}
ALNUM_FILLERS = set(FILLERS) | {"and", "then", "sorry", "its", "it", "s", "the", "letter",
                                "at", "end", "is", "last", "one", "so", "that"}


def parse_alnum(text):
    """Letters+digits reading (NI numbers, IBANs, postcodes)."""
    toks = _tokens(text.lower())
    res = []
    numbuf = []
    i = 0
    letter_mult = 1

    def flush():
        if numbuf:
            res.append(parse_digits(" ".join(numbuf)))
            numbuf.clear()

    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else ""
        # "q for quebec" / "q as in queen"
        if len(t) == 1 and t.isalpha() and t != "o" and nxt == "for" and i + 2 < len(toks) \
                and toks[i + 2] not in NUMWORDS:
            flush()
            res.append(t.upper() * letter_mult)
            letter_mult = 1
            i += 3
            continue
        if len(t) == 1 and t.isalpha() and nxt == "as" and i + 3 < len(toks) and toks[i + 2] == "in":
            flush()
            res.append(t.upper() * letter_mult)
            letter_mult = 1
            i += 4
            continue
        if t == "double" and nxt == "you":
            flush()
            res.append("W")
            i += 2
            continue
        if t == "double" and i + 1 < len(toks) and (len(nxt) == 1 and nxt.isalpha() and nxt != "o"
                                                    or nxt in LETTER_HOMO or nxt in NATO):
            flush()
            letter_mult = 2
            i += 1
            continue
        if t.isdigit() or t in NUMWORDS:  # "o" is zero: generated letter values never contain O
            numbuf.append(t)
            i += 1
            continue
        if t in NATO:
            flush()
            res.append(NATO[t] * letter_mult)
            letter_mult = 1
            i += 1
            continue
        if t in LETTER_HOMO:
            flush()
            res.append(LETTER_HOMO[t] * letter_mult)
            letter_mult = 1
            i += 1
            continue
        if t in FILLERS or t in ("and", "then", "sorry", "space", "hang", "on", "let", "me", "check", "hold"):
            i += 1
            continue
        if t.isalpha() and len(t) <= 4:
            flush()
            res.append(t.upper() * letter_mult if len(t) == 1 else t.upper())
            letter_mult = 1
            i += 1
            continue
        if re.fullmatch(r"[a-z]+\d+|\d+[a-z]+", t):
            flush()
            res.append(t.upper())
            i += 1
            continue
        flush()
        res.append("?" + t)
        i += 1
    flush()
    return "".join(res)


# ---------------------------------------------------------------------------
# renderers: digits -> spoken forms (always verified by parse_digits)
# ---------------------------------------------------------------------------
def zw_choice():
    return pick(["zero", "oh", "oh", "o", "nought", "zero"])


def dword(d, zw):
    return zw if d == "0" else DW[int(d)]


def say_digit_run(s, zw, doubles=0.5, homo=0.0, fillers=0.0):
    words = []
    i = 0
    while i < len(s):
        d = s[i]
        run = 1
        while i + run < len(s) and s[i + run] == d:
            run += 1
        if run >= 3 and chance(doubles):
            words.append("triple " + dword(d, zw))
            i += 3
        elif run >= 2 and chance(doubles):
            words.append("double " + dword(d, zw))
            i += 2
        else:
            w = dword(d, zw)
            if d in HOMOPHONE_DIGIT and chance(homo):
                w = HOMOPHONE_DIGIT[d]
            words.append(w)
            i += 1
        if fillers and i < len(s) and chance(fillers):
            words.append(pick(FILLERS))
    return " ".join(words)


def say_pair(p, zw):
    a, b = int(p[0]), int(p[1])
    n = int(p)
    if a == 0:
        if b == 0:
            return pick(["double " + zw, zw + " " + zw])
        return zw + " " + DW[b]
    if a == 1:
        return TEENS[b]
    if b == 0:
        return TENS[a]
    return TENS[a] + " " + DW[b]


def say_pairs(s, zw):
    if len(s) == 3:
        return say_hundreds3(s, zw)
    parts = []
    i = 0
    if len(s) % 2 == 1:
        parts.append(dword(s[0], zw))
        i = 1
    while i < len(s):
        if len(s) - i == 1:
            parts.append(dword(s[i], zw))
            i += 1
        elif len(s) - i == 3 and chance(0.5):
            parts.append(say_hundreds3(s[i:], zw))
            i += 3
        else:
            parts.append(say_pair(s[i:i + 2], zw))
            i += 2
    return " ".join(parts)


def say_hundreds3(s, zw):
    a = s[0]
    rest = s[1:]
    if a == "0":
        return zw + " " + say_pair(rest, zw)
    if rest == "00":
        return DW[int(a)] + " hundred"
    if rest[0] == "0":
        return DW[int(a)] + " " + zw + " " + DW[int(rest[1])]
    if chance(0.4):
        return DW[int(a)] + " hundred " + pick(["", "and "]) + say_pair(rest, zw)
    return DW[int(a)] + " " + say_pair(rest, zw)


def say_group4(g, zw, mode):
    if mode == "pairs":
        if g[1:] == "000" and g[0] != "0":
            return DW[int(g[0])] + " thousand"
        if g[2:] == "00" and g[0] != "0" and chance(0.6):
            return say_pair(g[:2], zw) + " hundred"
        return say_pair(g[:2], zw) + " " + say_pair(g[2:], zw)
    return say_digit_run(g, zw)


def speak(s, mode="digits", zw=None, **kw):
    """Render digit string s; fall back to plain digits if the rendering is ambiguous."""
    zw = zw or zw_choice()
    for _ in range(6):
        if mode == "digits":
            txt = say_digit_run(s, zw, **kw)
        elif mode == "pairs":
            txt = say_pairs(s, zw)
        elif mode == "mixed":
            txt = " ".join(say_group4(s[i:i + 4], zw, pick(["pairs", "digits"]))
                           for i in range(0, len(s), 4))
        else:
            raise ValueError(mode)
        if parse_digits(txt) == s:
            return txt
    txt = say_digit_run(s, zw, doubles=0)
    assert parse_digits(txt) == s, (s, txt)
    return txt


def speak_groups(groups, mode, zw=None, joiners=(" ",), fillers=0.0):
    zw = zw or zw_choice()
    parts = []
    for k, g in enumerate(groups):
        if mode == "mixed":
            m = pick(["pairs", "digits"])
        else:
            m = mode
        parts.append(speak(g, m, zw))
        if k < len(groups) - 1:
            j = pick(list(joiners))
            if fillers and chance(fillers):
                j = " " + pick(FILLERS) + " "
            parts.append(j)
    txt = "".join(parts)
    if parse_digits(txt) != "".join(groups):
        txt = " ".join(speak(g, "digits", zw) for g in groups)
    return txt


# ---------------------------------------------------------------------------
# value generators
# ---------------------------------------------------------------------------
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


def make_card(brand=None):
    brand = brand or pick(["visa", "visa", "visa", "mc", "mc", "amex", "disc", "jcb", "diners",
                           "maestro", "visa13", "mc2"])
    spec = {"visa": (["4"], 16), "visa13": (["4"], 13), "mc": (["51", "52", "53", "54", "55"], 16),
            "mc2": (["2221", "2320", "2720", "2500"], 16), "amex": (["34", "37"], 15),
            "disc": (["6011", "65"], 16), "jcb": (["3528", "3589", "3530"], 16),
            "diners": (["36", "38"], 14), "maestro": (["6759", "5018", "6304"], 19)}[brand]
    prefix, n = pick(spec[0]), spec[1]
    body = prefix + rdigits(n - len(prefix) - 1)
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def card_groups(c):
    if len(c) == 15:
        return [c[:4], c[4:10], c[10:]]
    if len(c) == 14:
        return [c[:4], c[4:10], c[10:]]
    if len(c) == 13:
        return [c[:4], c[4:8], c[8:12], c[12:]]
    if len(c) == 19:
        return [c[:4], c[4:8], c[8:12], c[12:16], c[16:]]
    return [c[i:i + 4] for i in range(0, 16, 4)]


NI_FIRST = "ABCEGHJKLMNPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"
NI_BAD = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}


def make_ni():
    while True:
        p = pick(NI_FIRST) + pick(NI_SECOND)
        if p not in NI_BAD:
            break
    return p + rdigits(6) + pick("ABCD")


NI_RE = re.compile(r"^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$")


def make_ssn():
    while True:
        a = R.randrange(1, 900)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, R.randrange(1, 100), R.randrange(1, 10000))


def iban_check(country, bban):
    s = bban + country + "00"
    num = "".join(str(int(ch, 36)) for ch in s)
    return "%02d" % (98 - int(num) % 97)


def iban_ok(iban):
    s = iban[4:] + iban[:4]
    return int("".join(str(int(ch, 36)) for ch in s)) % 97 == 1


def make_iban(country=None):
    country = country or pick(["GB", "IE", "DE", "FR", "NL", "ES", "IE", "GB"])
    if country == "GB":
        bban = pick(["NWBK", "BARC", "MIDL", "HBUK", "NAIA"]) + rdigits(14)
    elif country == "IE":
        bban = pick(["AIBK", "BKIR", "IPBS", "ULSB"]) + rdigits(14)
    elif country == "NL":
        bban = pick(["ABNA", "RABN", "INGB", "TRIN"]) + rdigits(10)
    elif country == "DE":
        bban = rdigits(18)
    elif country == "FR":
        bban = rdigits(23)
    else:
        bban = rdigits(20)
    return country + iban_check(country, bban) + bban


def group_iban(iban, sep=" "):
    return sep.join(iban[i:i + 4] for i in range(0, len(iban), 4))


UK_AREAS = ["SW", "SE", "M", "B", "LS", "G", "EH", "CF", "BS", "NG", "E", "N", "W", "L",
            "BT", "CR", "RG", "TW", "KT", "PR", "DH", "YE", "HU", "ST", "WV", "NE", "PL", "EX"]
INWARD = "ABDEFGHJLNPQRSTUWXYZ"
AREA_TOWN = {"SW": "London", "SE": "London", "M": "Manchester", "B": "Birmingham", "LS": "Leeds",
             "G": "Glasgow", "EH": "Edinburgh", "CF": "Cardiff", "BS": "Bristol", "NG": "Nottingham",
             "E": "London", "N": "London", "W": "London", "L": "Liverpool", "BT": "Belfast",
             "CR": "Croydon", "RG": "Reading", "TW": "Twickenham", "KT": "Kingston", "PR": "Preston",
             "DH": "Durham", "YE": "Yeovil", "HU": "Hull", "ST": "Stoke", "WV": "Wolverhampton",
             "NE": "Newcastle", "PL": "Plymouth", "EX": "Exeter"}


def make_uk_postcode():
    area = pick(UK_AREAS)
    district = str(R.randrange(1, 20)) if len(area) == 2 or chance(0.5) else str(R.randrange(1, 10))
    return area + district + " " + str(R.randrange(1, 10)) + pick(INWARD) + pick(INWARD)


UK_PC_RE = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$")


def make_zip(plus4=False):
    z = "%05d" % R.randrange(1001, 99951)
    if plus4:
        z += "-" + rdigits(4)
    return z


def make_phone(country):
    if country == "UK":
        kind = pick(["mob", "mob", "lon", "man", "other"])
        if kind == "mob":
            return "07" + pick(["7", "8", "9", "4", "5"]) + rdigits(8)
        if kind == "lon":
            return "020" + pick(["7", "8", "3"]) + rdigits(7)
        if kind == "man":
            return "0161" + rdigits(7)
        return "01" + pick(["13", "17", "21", "31", "41", "51", "62", "70", "82", "92"]) + rdigits(7)
    if country == "US":
        return pick(["212", "415", "312", "617", "713", "404", "602", "206", "303", "512"]) + \
            str(R.randrange(2, 10)) + rdigits(6)
    if country == "IE":
        return "08" + pick(["3", "5", "6", "7", "9"]) + rdigits(7)
    if country == "DE":
        return "0" + pick(["30", "40", "89", "151", "160", "171"]) + rdigits(7)
    if country == "FR":
        return "0" + pick(["6", "7", "1"]) + rdigits(8)
    raise ValueError(country)


def fmt_phone(num, country, style):
    """Typed forms of a phone number."""
    if country == "UK":
        if style == "intl":
            return "+44 " + num[1:5] + " " + num[5:]
        if num.startswith("020"):
            return num[:3] + " " + num[3:7] + " " + num[7:]
        return num[:5] + " " + num[5:]
    if country == "US":
        if style == "intl":
            return "+1 " + num[:3] + "-" + num[3:6] + "-" + num[6:]
        if style == "dots":
            return num[:3] + "." + num[3:6] + "." + num[6:]
        return "(" + num[:3] + ") " + num[3:6] + "-" + num[6:]
    if country == "IE":
        if style == "intl":
            return "+353 " + num[1:3] + " " + num[3:6] + " " + num[6:]
        return num[:3] + " " + num[3:6] + " " + num[6:]
    if country == "DE":
        if style == "intl":
            return "+49 " + num[1:]
        return num
    if country == "FR":
        if style == "intl":
            return "+33 " + num[1] + " " + " ".join(num[i:i + 2] for i in range(2, 10, 2))
        return " ".join(num[i:i + 2] for i in range(0, 10, 2))
    return num


FIRST = ["john", "sarah", "mike", "aoife", "priya", "tom", "deb", "liam", "chloe", "raj",
         "emma", "sean", "kate", "omar", "lucy", "niamh", "dave", "maria", "jess", "ben"]
LAST = ["doe", "walsh", "patel", "smith", "okafor", "byrne", "nguyen", "murphy", "garcia",
        "khan", "jones", "kelly", "brown", "novak", "fischer", "martin", "evans", "reilly"]
DOMAINS = ["gmail.com", "yahoo.co.uk", "hotmail.com", "outlook.com", "icloud.com",
           "eircom.net", "btinternet.com", "aol.com", "gmx.de", "orange.fr", "live.ie"]


def make_email():
    """Return (typed address, spoken form)."""
    f, l = pick(FIRST), pick(LAST)
    style = R.randrange(7)
    n = str(R.randrange(1, 99)) if style in (1, 3, 6) else ""
    if style == 0:
        parts = [(f, f), (".", "dot"), (l, l)]
    elif style == 1:
        parts = [(f[0], f[0]), (l, l), (n, None)]
    elif style == 2:
        parts = [(f, f), ("_", "underscore"), (l, l)]
    elif style == 3:
        parts = [(f, f), (l, l), (n, None)]
    elif style == 4:
        parts = [(f, f), ("-", pick(["dash", "hyphen"])), (l, l)]
    elif style == 5:
        parts = [(l, l), (".", "dot"), (f[0], f[0])]
    else:
        parts = [(f, f), (".", "dot"), (l, l), (n, None)]
    dom = pick(DOMAINS)
    typed = "".join(p[0] for p in parts) + "@" + dom
    spoken = []
    for t, sp in parts:
        if sp is None:
            sp = speak(t, pick(["pairs", "digits"])) if len(t) > 1 else dword(t, "zero")
        spoken.append(sp)
    spoken.append(pick(["at", "at"]))
    spoken.append(" dot ".join(dom.split(".")))
    return typed, " ".join(spoken)


def norm_email(text):
    t = text.lower().strip()
    if "@" in t:
        return re.sub(r"\s+", "", t)
    toks = t.split()
    res = []
    numbuf = []
    seen_at = False
    for tok in toks:
        if tok in NUMWORDS and tok not in ("to", "for", "o", "too", "won", "ate", "tree"):
            numbuf.append(tok)
            continue
        if numbuf:
            res.append(parse_digits(" ".join(numbuf)))
            numbuf = []
        if tok == "dot":
            res.append(".")
        elif tok == "at" and not seen_at:
            res.append("@")
            seen_at = True
        elif tok == "underscore":
            res.append("_")
        elif tok in ("dash", "hyphen"):
            res.append("-")
        else:
            res.append(tok)
    if numbuf:
        res.append(parse_digits(" ".join(numbuf)))
    return "".join(res)


EMAIL_RE = re.compile(r"^[a-z0-9._-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$")

MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
       "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
       "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty first", "twenty second",
       "twenty third", "twenty fourth", "twenty fifth", "twenty sixth", "twenty seventh",
       "twenty eighth"]


def say_year(y):
    if 2000 <= y <= 2009:
        return pick(["two thousand and " + DW[y - 2000], "two thousand " + DW[y - 2000],
                     "two oh oh " + DW[y - 2000]])
    return say_pair(str(y)[:2], "oh") + " " + say_pair(str(y)[2:], "oh")


def make_dob():
    return R.randrange(1941, 2005), R.randrange(1, 13), R.randrange(1, 29)


def fmt_dob(y, m, d, style):
    if style == "uk_slash":
        return "%02d/%02d/%d" % (d, m, y)
    if style == "us_slash":
        return "%d/%d/%d" % (m, d, y)
    if style == "dots":
        return "%02d.%02d.%02d" % (d, m, y % 100)
    if style == "iso":
        return "%d-%02d-%02d" % (y, m, d)
    if style == "words_uk":
        return "%d %s %d" % (d, MONTHS[m - 1].capitalize(), y)
    if style == "words_us":
        return "%s %d%s, %d" % (MONTHS[m - 1].capitalize(), d,
                                 {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}.get(d, "th"), y)
    if style == "spoken_uk":
        return "the %s of %s %s" % (ORD[d - 1], MONTHS[m - 1], say_year(y))
    if style == "spoken_us":
        return "%s %s %s" % (MONTHS[m - 1], ORD[d - 1], say_year(y))
    if style == "spoken_num":
        zw = pick(["oh", "zero"])
        return "%s %s %s" % (speak("%02d" % m, "digits", zw) if m < 10 else say_pair("%02d" % m, zw),
                             say_pair("%02d" % d, zw), say_pair("%02d" % (y % 100), zw))
    raise ValueError(style)


# ---------------------------------------------------------------------------
# case assembly
# ---------------------------------------------------------------------------
class V:
    """A labelled value segment."""

    def __init__(self, text, typ, group=None, frag=False):
        self.text, self.typ, self.group, self.frag = text, typ, group, frag


CASES_LIST = []   # (kind, note, turns[(speaker, segs)])


def add(kind, note, *turns):
    CASES_LIST.append((kind, note, list(turns)))


def A(*segs):
    return ("agent", list(segs))


def C(*segs):
    return ("customer", list(segs))


def assemble():
    """Build JSON records plus validation metadata."""
    records = []
    meta = []
    counters = {"positive": 0, "negative": 0}
    for kind, note, turns in CASES_LIST:
        counters[kind] += 1
        cid = "h59-%s-%03d" % ("pos" if kind == "positive" else "neg", counters[kind])
        out_turns = []
        spans = []
        vmeta = []
        auto_g = 0
        for ti, (spk, segs) in enumerate(turns):
            text = ""
            for seg in segs:
                if isinstance(seg, V):
                    s = len(text)
                    text += seg.text
                    spans.append({"turn": ti, "start": s, "end": len(text), "type": seg.typ})
                    g = seg.group
                    if g is None:
                        auto_g += 1
                        g = "auto%d" % auto_g
                    vmeta.append((g, seg.frag))
                else:
                    text += seg
            out_turns.append({"speaker": spk, "text": text})
        records.append({"id": cid, "kind": kind, "turns": out_turns, "spans": spans, "note": note})
        meta.append(vmeta)
    return records, meta


# ---------------------------------------------------------------------------
# helpers for contexts
# ---------------------------------------------------------------------------
BACKCH = ["mhm", "okay", "yep", "okay go on", "uh huh", "right", "got that", "yes", "go ahead",
          "okay and the next bit", "sure", "mm hmm"]
OPENERS_CALL = ["yeah so", "right", "um", "okay it's", "yeah it's", "so that's", "it is", "erm",
                "yes", "ok so it's"]


def opener():
    return pick(OPENERS_CALL) + " "


def bc():
    return pick(BACKCH)


def amount():
    return pick(["£", "$", "€"]) + "%d.%02d" % (R.randrange(5, 900), R.randrange(100))


def spoken_amount():
    return pick(["forty two pounds fifty", "a hundred and twelve dollars", "nineteen ninety nine",
                 "two hundred and thirty euro", "sixty five pounds", "eighty nine dollars and ten cents",
                 "three hundred and four pounds twenty", "twelve fifty"])


# ---------------------------------------------------------------------------
# POSITIVE: CARD_NUMBER
# ---------------------------------------------------------------------------
CARD_IND = ["retail", "telecom", "utilities", "insurance", "travel", "healthcare billing",
            "banking", "government services"]


def card_chat_typed():
    c = make_card()
    g = card_groups(c)
    sep = pick([" ", " ", "-", ".", "", "  ", " - ", "/", "_", "|"])
    if sep == "" and chance(0.5):
        typed = c
    else:
        typed = sep.join(g)
    if chance(0.2):
        # inconsistent separators the way people really type
        typed = g[0] + pick([" ", "-"]) + "".join(g[1:2]) + pick([" ", ""]) + " ".join(g[2:])
    ind = pick(CARD_IND)
    pre = pick(["hi, can i pay the %s bill with card " % amount(),
                "Card no: ", "my card is ", "pls charge ", "CARD NUMBER ", "ok here you go ",
                "its ", "use this one instead - ", "the long number is "])
    post = pick(["", " thanks", " and please confirm by email", " (debit)", ". cheers",
                 " its a visa i think", " - exp to follow", "!!"])
    add("positive", "chat/%s: card typed with separator %r in a sentence" % (ind, sep),
        A("Could you provide the card you would like to use?"),
        C(pre, V(typed, "CARD_NUMBER"), post))


def card_chat_split():
    c = make_card()
    cut = pick([4, 6, 8, 8, 10, 12])
    ind = pick(CARD_IND)
    a, b = c[:cut], c[cut:]
    fa = " ".join(a[i:i + 4] for i in range(0, len(a), 4))
    fb = " ".join(b[i:i + 4] for i in range(0, len(b), 4))
    add("positive", "chat/%s: card split across two chat messages after accidental enter" % ind,
        A("Please enter the long card number."),
        C(V(fa, "CARD_NUMBER", "c")),
        C("oops sent too early ", V(fb, "CARD_NUMBER", "c")),
        A("Thank you, I have that."))


def card_call_single(mode):
    c = make_card()
    g = card_groups(c)
    ind = pick(CARD_IND)
    txt = speak_groups(g, mode, joiners=(" ", " ", " um ", " uh ", ", ", " then "), fillers=0.2)
    add("positive", "call/%s: card read in one turn (%s grouping, zero as word, fillers)" % (ind, mode),
        A("okay and when you're ready the long number across the front of the card please"),
        C(opener(), V(txt, "CARD_NUMBER"), pick(["", " and that's a visa", " yeah", " that's it",
                                                 " it's a debit card"])))


def card_call_split_turns():
    c = make_card()
    g = card_groups(c)
    ind = pick(CARD_IND)
    mode = pick(["digits", "pairs", "mixed", "digits"])
    zw = zw_choice()
    turns = [A("go ahead with the card number whenever you're ready")]
    for k, grp in enumerate(g):
        lead = pick(["", "", "okay ", "um ", "right ", "next is ", "then "]) if k else opener()
        turns.append(C(lead, V(speak(grp, mode if mode != "mixed" else pick(["pairs", "digits"]), zw),
                               "CARD_NUMBER", "c")))
        if k < len(g) - 1:
            turns.append(A(bc()))
    turns.append(A("lovely thank you"))
    add("positive", "call/%s: card split group by group over %d customer turns with back-channels" % (ind, len(g)),
        *turns)


def card_call_irregular():
    c = make_card(pick(["visa", "mc", "disc"]))
    ind = pick(CARD_IND)
    cuts = sorted(R.sample(range(3, 14), 2))
    parts = [c[:cuts[0]], c[cuts[0]:cuts[1]], c[cuts[1]:]]
    zw = zw_choice()
    add("positive", "call/%s: card in irregular chunks (%s) as the caller reads it off" % (
        ind, "/".join(str(len(p)) for p in parts)),
        A("and the card number"),
        C("hang on it's " + pick(["", "um "]), V(speak(parts[0], "digits", zw), "CARD_NUMBER", "c"),
          " " + pick(["sorry the light's bad", "hold on", "let me turn it"])),
        A(pick(["no problem", "take your time", "mhm"])),
        C(V(speak(parts[1], "digits", zw), "CARD_NUMBER", "c")),
        A(bc()),
        C(V(speak(parts[2], "digits", zw), "CARD_NUMBER", "c"), " that's the lot"))


def card_call_correction():
    c = make_card(pick(["visa", "mc"]))
    zw = zw_choice()
    k = pick([4, 5, 6, 8])
    wrong = list(c[:k])
    pos = R.randrange(k)
    wrong[pos] = str((int(wrong[pos]) + R.randrange(1, 9)) % 10)
    wrong = "".join(wrong)
    ind = pick(CARD_IND)
    add("positive", "call/%s: caller starts card, self-corrects and restarts from the top" % ind,
        A("what's the card number please"),
        C(opener(), V(speak(wrong, "digits", zw), "CARD_NUMBER", frag=True),
          pick([" no sorry ", " no wait ", " sorry sorry start again ", " actually no scratch that "]),
          V(speak_groups(card_groups(c), "digits", zw), "CARD_NUMBER")))


def card_call_correction_group():
    c = make_card(pick(["visa", "mc", "disc"]))
    g = card_groups(c)
    zw = zw_choice()
    k = R.randrange(1, len(g) - 1)
    bad = list(g[k])
    bad[-1] = str((int(bad[-1]) + 3) % 10)
    bad = "".join(bad)
    ind = pick(CARD_IND)
    first = speak_groups(g[:k], "digits", zw)
    add("positive", "call/%s: caller misreads one group and re-reads just that group; agent echoes it" % ind,
        A("the long number on the card please"),
        C(V(first, "CARD_NUMBER", "c"), " ", V(speak(bad, "digits", zw), "CARD_NUMBER", frag=True),
          pick([" no hold on that group's ", " sorry no it's ", " wait no ", " no that's wrong "]),
          V(speak(g[k], "digits", zw), "CARD_NUMBER", "c")),
        A("okay so ", V(speak(g[k], "digits", zw), "CARD_NUMBER", frag=True), " and the rest"),
        C(V(speak_groups(g[k + 1:], "digits", zw), "CARD_NUMBER", "c")))


def card_call_readback():
    c = make_card()
    g = card_groups(c)
    zw = zw_choice()
    ind = pick(CARD_IND)
    cust = speak_groups(g, pick(["digits", "mixed"]), zw)
    back = speak_groups(g, "digits", pick(["zero", "oh"]), joiners=(" ", ", "))
    add("positive", "call/%s: customer reads card, agent reads the full number back" % ind,
        A("can i take the card number"),
        C(opener(), V(cust, "CARD_NUMBER")),
        A("thank you let me read that back " + pick(["", "to you "]), V(back, "CARD_NUMBER"),
          " is that right"),
        C(pick(["yes that's right", "yep", "correct", "that's it yeah"])))


def card_call_homophones():
    c = make_card(pick(["visa", "mc"]))
    g = card_groups(c)
    zw = zw_choice()
    txt = " ".join(say_digit_run(x, zw, doubles=0.3, homo=0.6) for x in g)
    if parse_digits(txt) != c:
        txt = speak_groups(g, "digits", zw)
    ind = pick(CARD_IND)
    add("positive", "call/%s: ASR homophones in card reading (for/to/won/ate)" % ind,
        A("the card number please"),
        C(opener(), V(txt, "CARD_NUMBER"), pick([" yeah", " that's the one", ""])))


def card_call_numerals():
    c = make_card()
    g = card_groups(c)
    style = pick(["spaced", "grouped", "mixed"])
    if style == "spaced":
        txt = " ".join(c)
    elif style == "grouped":
        txt = " ".join(g)
    else:
        txt = " ".join(x if chance(0.5) else say_digit_run(x, "zero") for x in g)
    ind = pick(CARD_IND)
    add("positive", "call/%s: ASR emitted card as numerals (%s)" % (ind, style),
        A("and the card number"),
        C("yeah it's ", V(txt, "CARD_NUMBER"), " " + pick(["and the expiry's on the back", "got it", "okay"])))


def card_with_cvv_expiry(channel):
    c = make_card(pick(["visa", "mc", "amex"]))
    g = card_groups(c)
    cvv = rdigits(4 if c[:2] in ("34", "37") else 3)
    em, ey = R.randrange(1, 13), R.randrange(26, 32)
    ind = pick(CARD_IND)
    if channel == "chat":
        exp = pick(["%02d/%02d" % (em, ey), "%02d/20%02d" % (em, ey), "%02d-%02d" % (em, ey),
                    "%d/%02d" % (em, ey)])
        add("positive", "chat/%s: card, expiry and security code all in one message" % ind,
            A("Please share the card details to complete the payment of %s." % amount()),
            C(V(" ".join(g), "CARD_NUMBER"), pick([" exp ", " expiry ", ", exp date "]), V(exp, "EXPIRY"),
              pick([" cvv ", " cvc ", ", security code "]), V(cvv, "CVV")))
    else:
        zw = zw_choice()
        add("positive", "call/%s: card then expiry then security code over several turns" % ind,
            A("the long number please"),
            C(V(speak_groups(g, "mixed", zw), "CARD_NUMBER")),
            A("and the expiry date"),
            C(V((say_pair("%02d" % em, zw) if em >= 10 or chance(0.5) else speak("%02d" % em, "digits", zw)) +
                pick([" ", " ", " of ", " slash "]) + pick(["", "twenty "]) + say_pair("%02d" % ey, zw), "EXPIRY")),
            A("and the " + ("four" if len(cvv) == 4 else "three") + " digit security code"),
            C(pick(["", "it's "]), V(speak(cvv, "digits", zw), "CVV")))


def card_two_values():
    c1, c2 = make_card("visa"), make_card("mc")
    ind = pick(CARD_IND)
    zw = zw_choice()
    add("positive", "call/%s: caller gives old card then new card in one turn" % ind,
        A("which card is it you want to update"),
        C("the old one was ", V(speak_groups(card_groups(c1), "digits", zw), "CARD_NUMBER"),
          " and the new one is ", V(speak_groups(card_groups(c2), "mixed", zw), "CARD_NUMBER"),
          " the old one expired " + pick(["last month", "in may", "a couple of weeks ago"])))


def card_chat_chitchat():
    c = make_card()
    ind = pick(CARD_IND)
    add("positive", "chat/%s: card buried between order details, quantities and prices" % ind,
        C("hi i ordered 2 of the 500ml bottles for %s each, order 4471902, and it failed so try card "
          % amount(), V(" ".join(card_groups(c)), "CARD_NUMBER"),
          " instead. delivery for %d people on the %s" % (R.randrange(2, 30), pick(["12th", "3rd", "21st"]))))


# ---------------------------------------------------------------------------
# POSITIVE: NI_NUMBER
# ---------------------------------------------------------------------------
NI_CTX = ["national insurance number", "NI number", "national insurance", "N.I. number", "NINO",
          "national insurance no"]
NI_IND = ["government services", "banking", "insurance", "utilities", "telecom", "payroll",
          "healthcare billing"]


def ni_typed_forms(ni):
    p, d, s = ni[:2], ni[2:8], ni[8]
    forms = [
        ni, ni.lower(), p + " " + d[:2] + " " + d[2:4] + " " + d[4:] + " " + s,
        p + d + " " + s, p + " " + d + " " + s, p + "-" + d[:2] + "-" + d[2:4] + "-" + d[4:] + "-" + s,
        (p + " " + d[:2] + " " + d[2:4] + " " + d[4:] + " " + s).lower(),
        " ".join(ni), p + " " + d[:3] + " " + d[3:] + " " + s, p + "." + d[:2] + "." + d[2:4] + "." + d[4:] + "." + s,
        p[0] + " " + p[1] + " " + d + " " + s, p.lower() + d + s.upper(), p + d[:2] + " " + d[2:4] + " " + d[4:] + s,
    ]
    return pick(forms)


def say_letter(ch, style):
    if style == "plain":
        return ch.lower()
    if style == "nato":
        nato = {v: k for k, v in NATO.items() if k not in ("alfa", "juliett", "whisky")}
        return ch.lower() + " for " + nato[ch]
    if style == "asin":
        words = {"A": "apple", "B": "bob", "C": "cat", "E": "edward", "G": "george", "H": "harry",
                 "J": "jack", "K": "king", "L": "london", "M": "mother", "N": "nancy", "P": "peter",
                 "R": "robert", "S": "sugar", "T": "tommy", "W": "william", "X": "xmas",
                 "Y": "yellow", "Z": "zebra", "D": "david"}
        return ch.lower() + " as in " + words[ch]
    if style == "homo":
        inv = {"B": "bee", "C": "see", "D": "dee", "G": "gee", "J": "jay", "K": "kay", "P": "pee",
               "R": "are", "T": "tee", "Y": "why", "Z": "zed", "W": "double you", "X": "ex",
               "S": "ess", "L": "el", "M": "em", "N": "en", "H": "aitch"}
        return inv.get(ch, ch.lower())
    if style == "nato_only":
        nato = {v: k for k, v in NATO.items() if k not in ("alfa", "juliett", "whisky")}
        return nato[ch]
    raise ValueError(style)


def say_ni(ni, lstyle=None, dmode=None, zw=None):
    lstyle = lstyle or pick(["plain", "plain", "nato", "asin", "homo", "nato_only"])
    dmode = dmode or pick(["digits", "digits", "pairs", "pairs3"])
    zw = zw or zw_choice()
    p, d, s = ni[:2], ni[2:8], ni[8]
    if p[0] == p[1] and lstyle in ("plain", "homo") and chance(0.6):
        pre = "double " + say_letter(p[0], lstyle)
    else:
        pre = say_letter(p[0], lstyle) + " " + say_letter(p[1], lstyle)
    if dmode == "pairs":
        mid = " ".join(speak(d[i:i + 2], "pairs", zw) for i in range(0, 6, 2))
    elif dmode == "pairs3":
        mid = speak(d[:3], "pairs", zw) + " " + speak(d[3:], "pairs", zw)
    else:
        mid = speak(d, "digits", zw)
    suf = say_letter(s, lstyle if lstyle != "homo" or s != "A" else "plain")
    txt = pre + " " + mid + " " + suf
    if parse_alnum(txt) != ni:
        txt = " ".join(ch.lower() if ch.isalpha() else dword(ch, zw) for ch in ni)
    return txt


def ni_chat():
    ni = make_ni()
    ind = pick(NI_IND)
    add("positive", "chat/%s: NI number typed in a sentence" % ind,
        A(pick(["Can you confirm your National Insurance number?", "What's your NI number please?"])),
        C(pick(["sure its ", "", "NI: ", "my ni no is ", "It's ", "ok - "]), V(ni_typed_forms(ni), "NI_NUMBER"),
          pick(["", " thanks", ". I started the new job on 3 March", " (from my payslip)", " x"])))


def ni_call_single():
    ni = make_ni()
    ind = pick(NI_IND)
    ls = pick(["plain", "plain", "nato", "asin", "homo", "nato_only"])
    add("positive", "call/%s: NI number read in one turn, letters %s" % (ind, ls),
        A("can i take your " + pick(NI_CTX).lower() + " please"),
        C(opener(), V(say_ni(ni, ls), "NI_NUMBER"), pick(["", " yeah", " i think", " that's it"])))


def ni_call_split():
    ni = make_ni()
    ind = pick(NI_IND)
    ls = pick(["plain", "nato", "asin", "homo"])
    zw = zw_choice()
    p, d, s = ni[:2], ni[2:8], ni[8]
    pre = say_letter(p[0], ls) + " " + say_letter(p[1], ls)
    if parse_alnum(pre) != p:
        pre = p[0].lower() + " " + p[1].lower()
    dm = pick(["digits", "pairs"])
    d1, d2 = (speak(d[:3], "digits", zw), speak(d[3:], "digits", zw)) if dm == "digits" else \
        (speak(d[:4], "pairs", zw), speak(d[4:], "pairs", zw))
    suf = say_letter(s, ls if ls != "homo" else "plain")
    turns = [A("and your national insurance number"),
             C(opener(), V(pre, "NI_NUMBER", "n")), A(bc()),
             C(V(d1, "NI_NUMBER", "n")), A(bc()),
             C(V(d2, "NI_NUMBER", "n"), " and then " + pick(["the letter ", "", "it ends in "]), V(suf, "NI_NUMBER", "n"))]
    add("positive", "call/%s: NI number split over turns: letters, digits, digits+suffix" % ind, *turns)


def ni_call_suffix_turn():
    ni = make_ni()
    ind = pick(NI_IND)
    zw = zw_choice()
    body = say_ni(ni[:8] + "A", "plain", zw=zw).rsplit(" ", 1)[0]
    if parse_alnum(body) != ni[:8]:
        body = " ".join(ch.lower() if ch.isalpha() else dword(ch, zw) for ch in ni[:8])
    add("positive", "call/%s: NI number, suffix letter asked for separately by agent" % ind,
        A("what's your national insurance please"),
        C(V(body, "NI_NUMBER", "n")),
        A("and the letter at the end"),
        C(pick(["it's ", "", "erm "]), V(say_letter(ni[8], pick(["plain", "nato", "asin"])), "NI_NUMBER", "n")))


def ni_call_correction():
    ni = make_ni()
    while True:
        ni2 = ni[:7] + str((int(ni[7]) + R.randrange(1, 9)) % 10) + ni[8]
        if ni2 != ni:
            break
    ind = pick(NI_IND)
    zw = zw_choice()
    add("positive", "call/%s: caller gives NI number wrong, then corrects it in full" % ind,
        A("national insurance number please"),
        C(opener(), V(say_ni(ni2, "plain", zw=zw), "NI_NUMBER"), pick([" no sorry that's wrong it's ",
                                                                        " no wait hang on it's ",
                                                                        " actually sorry "]),
          V(say_ni(ni, "plain", zw=zw), "NI_NUMBER")))


def ni_call_readback():
    ni = make_ni()
    ind = pick(NI_IND)
    zw = zw_choice()
    add("positive", "call/%s: NI number given and read back by the agent with NATO letters" % ind,
        A("your national insurance number please"),
        C(V(say_ni(ni, pick(["plain", "homo"]), zw=zw), "NI_NUMBER")),
        A("so that's ", V(say_ni(ni, "nato", "digits", zw), "NI_NUMBER"), " yes"),
        C(pick(["yes", "that's right", "yep spot on"])))


def ni_call_asr_merged():
    ni = make_ni()
    ind = pick(NI_IND)
    p, d, s = ni[:2], ni[2:8], ni[8]
    form = pick([p.lower() + " " + " ".join(d) + " " + s.lower(),
                 p + " " + d[:2] + " " + d[2:4] + " " + d[4:] + " " + s,
                 p.lower() + " " + speak(d, "pairs") + " " + s.lower(),
                 p[0].lower() + ". " + p[1].lower() + ". " + speak(d, "digits") + " " + s.lower() + "."])
    form = form.rstrip(".")
    add("positive", "call/%s: ASR output mixes letter tokens and numerals in NI number" % ind,
        A("and can you confirm the national insurance"),
        C(pick(["yeah ", "sure it's ", "okay "]), V(form, "NI_NUMBER"), pick(["", " yeah"])))


def ni_two_in_turn():
    ni1, ni2 = make_ni(), make_ni()
    ind = pick(NI_IND)
    add("positive", "call/%s: joint claim, two NI numbers in one turn" % ind,
        A("i'll need both national insurance numbers for the joint claim"),
        C("mine is ", V(say_ni(ni1, "plain"), "NI_NUMBER"), " and my partner's is ",
          V(say_ni(ni2, pick(["plain", "nato"])), "NI_NUMBER")))


def ni_with_dob():
    ni = make_ni()
    y, m, d = make_dob()
    ind = pick(NI_IND)
    add("positive", "chat/%s: NI number and date of birth in one message" % ind,
        A("To verify, please send your NI number and date of birth."),
        C("NI ", V(ni_typed_forms(ni), "NI_NUMBER"), pick([" dob ", ", DOB: ", " born "]),
          V(fmt_dob(y, m, d, pick(["uk_slash", "dots", "words_uk"])), "DOB")))


# ---------------------------------------------------------------------------
# POSITIVE: SSN
# ---------------------------------------------------------------------------
SSN_CTX = ["social security number", "social", "SSN", "social security", "last nine of your social"]
SSN_IND = ["banking", "insurance", "healthcare billing", "telecom", "utilities", "government services",
           "retail credit"]


def ssn_typed(s):
    a, b, c = s[:3], s[3:5], s[5:]
    return pick([a + "-" + b + "-" + c, a + " " + b + " " + c, s, a + "." + b + "." + c,
                 a + "-" + b + c, a + b + "-" + c, a + " - " + b + " - " + c, a + "/" + b + "/" + c,
                 a + "–" + b + "–" + c, a + "  " + b + " " + c])


def ssn_chat():
    s = make_ssn()
    ind = pick(SSN_IND)
    add("positive", "chat/%s: SSN typed with separators in a message" % ind,
        A(pick(["Please verify your Social Security number.", "What is your SSN?",
                "For the credit check I need your social security number."])),
        C(pick(["", "ssn ", "Sure, it's ", "its ", "SS#: ", "social is ", "ok "]), V(ssn_typed(s), "SSN"),
          pick(["", " thx", ". my zip is in the profile", " (don't store it pls)", "."])))


def say_ssn(s, mode=None, zw=None):
    mode = mode or pick(["digits", "digits", "groups_pairs", "hundreds", "mixed"])
    zw = zw or zw_choice()
    a, b, c = s[:3], s[3:5], s[5:]
    if mode == "digits":
        txt = speak(s, "digits", zw)
    elif mode == "groups_pairs":
        txt = speak(a, "digits", zw) + " " + say_pair(b, zw) + " " + say_pair(c[:2], zw) + " " + say_pair(c[2:], zw)
    elif mode == "hundreds":
        txt = say_hundreds3(a, zw) + " " + say_pair(b, zw) + " " + say_pair(c[:2], zw) + " " + say_pair(c[2:], zw)
    else:
        txt = speak(a, "digits", zw) + pick([" ", " dash ", ", "]) + speak(b, "digits", zw) + \
            pick([" ", " dash ", ", "]) + speak(c, pick(["digits", "pairs"]), zw)
    if parse_digits(txt) != s:
        txt = speak(a, "digits", zw) + " " + speak(b, "digits", zw) + " " + speak(c, "digits", zw)
    return txt


def ssn_call_single():
    s = make_ssn()
    ind = pick(SSN_IND)
    mode = pick(["digits", "groups_pairs", "hundreds", "mixed"])
    add("positive", "call/%s: SSN spoken in one turn (%s)" % (ind, mode),
        A("and can you verify your " + pick(SSN_CTX).lower()),
        C(opener(), V(say_ssn(s, mode), "SSN"), pick(["", " yeah", " and it's under my name"])))


def ssn_call_split():
    s = make_ssn()
    ind = pick(SSN_IND)
    zw = zw_choice()
    a, b, c = s[:3], s[3:5], s[5:]
    add("positive", "call/%s: SSN split 3-2-4 across customer turns" % ind,
        A("go ahead with the social"),
        C(opener(), V(speak(a, pick(["digits", "pairs"]), zw), "SSN", "s")),
        A(bc()),
        C(V(speak(b, pick(["digits", "pairs"]), zw), "SSN", "s")),
        A(bc()),
        C(V(speak(c, pick(["digits", "pairs"]), zw), "SSN", "s"), pick(["", " that's it", " yeah"])))


def ssn_call_correction():
    s = make_ssn()
    wrong = s[:5] + s[6] + s[5] + s[7:]
    if wrong == s:
        wrong = s[:8] + str((int(s[8]) + 1) % 10)
    ind = pick(SSN_IND)
    zw = zw_choice()
    add("positive", "call/%s: SSN with transposed digits, caller corrects the whole number" % ind,
        A("i need the social security number on the account"),
        C(opener(), V(say_ssn(wrong, "digits", zw), "SSN"), " oh sorry i swapped those it's ",
          V(say_ssn(s, "digits", zw), "SSN")))


def ssn_call_partial_correction():
    s = make_ssn()
    ind = pick(SSN_IND)
    zw = zw_choice()
    bad = s[5:8] + str((int(s[8]) + 4) % 10)
    add("positive", "call/%s: SSN, caller corrects the last group only" % ind,
        A("your social please"),
        C(V(speak(s[:3], "digits", zw) + " " + speak(s[3:5], "digits", zw), "SSN", "s"), " ",
          V(speak(bad, "digits", zw), "SSN", frag=True), " no ", V(speak(s[5:], "digits", zw), "SSN", "s")))


def ssn_call_readback():
    s = make_ssn()
    ind = pick(SSN_IND)
    zw = zw_choice()
    add("positive", "call/%s: SSN given then read back by agent in groups" % ind,
        A("can i get your social security number"),
        C(V(say_ssn(s, pick(["digits", "hundreds", "groups_pairs"]), zw), "SSN")),
        A("thank you so i have ", V(speak(s[:3], "digits", "zero") + ", " + speak(s[3:5], "digits", "zero") + ", " +
                                     speak(s[5:], "digits", "zero"), "SSN"), " correct"),
        C(pick(["yes ma'am", "yes sir", "correct", "yeah"])))


def ssn_call_homophones():
    s = make_ssn()
    ind = pick(SSN_IND)
    zw = zw_choice()
    txt = say_digit_run(s, zw, doubles=0.4, homo=0.7)
    if parse_digits(txt) != s:
        txt = speak(s, "digits", zw)
    add("positive", "call/%s: SSN with ASR homophones (for/to/won/ate) and doubles" % ind,
        A("social security number for the credit check"),
        C(opener(), V(txt, "SSN")))


def ssn_call_numerals():
    s = make_ssn()
    ind = pick(SSN_IND)
    txt = pick([" ".join(s), s[:3] + " " + s[3:5] + " " + s[5:], s[:3] + " " + speak(s[3:], "digits", "zero"),
                " ".join(s[:3]) + " " + " ".join(s[3:5]) + " " + " ".join(s[5:])])
    add("positive", "call/%s: ASR emitted SSN as numerals" % ind,
        A("and the social"),
        C("it's ", V(txt, "SSN"), pick(["", " and my zip code hasn't changed", " okay"])))


def ssn_with_zip_dob():
    s = make_ssn()
    z = make_zip(chance(0.3))
    y, m, d = make_dob()
    ind = pick(SSN_IND)
    if chance(0.5):
        add("positive", "chat/%s: SSN, DOB and ZIP code in one chat message" % ind,
            A("To verify your identity I need your SSN, date of birth and ZIP."),
            C(V(ssn_typed(s), "SSN"), pick([", ", " / ", " ; "]), V(fmt_dob(y, m, d, pick(["us_slash", "words_us", "iso"])), "DOB"),
              pick([", ", " / ", " zip "]), V(z, "POSTCODE")))
    else:
        zw = zw_choice()
        add("positive", "call/%s: SSN, DOB and ZIP over three answers" % ind,
            A("can you verify the last, i mean the full social"),
            C(V(say_ssn(s, None, zw), "SSN")),
            A("and date of birth"),
            C(V(fmt_dob(y, m, d, pick(["spoken_us", "spoken_num"])), "DOB")),
            A("and the zip code on file"),
            C(V(speak(z.replace("-", ""), "digits", zw), "POSTCODE")))


def ssn_mixed_chitchat():
    s = make_ssn()
    ind = pick(SSN_IND)
    zw = zw_choice()
    add("positive", "call/%s: SSN mixed with unrelated numbers (balance, dates) in one turn" % ind,
        A("i can help with that balance can i verify your social"),
        C("yeah the balance says " + pick(["three hundred twelve dollars", "forty two fifty", "ninety nine cents"]) +
          " which is wrong anyway my social is ", V(say_ssn(s, "digits", zw), "SSN"),
          " and i've been a customer since " + pick(["twenty eighteen", "two thousand twelve", "nineteen ninety nine"])))


def ssn_two_people():
    s1, s2 = make_ssn(), make_ssn()
    ind = pick(SSN_IND)
    add("positive", "chat/%s: two SSNs (applicant and co-applicant) in one message" % ind,
        C("applicant " + pick(["ssn ", "SSN: "]), V(ssn_typed(s1), "SSN"), " co-applicant ", V(ssn_typed(s2), "SSN")))


def ssn_spaced_words_chat():
    s = make_ssn()
    ind = pick(SSN_IND)
    # chat user typing the number partly in words
    txt = s[:3] + " " + pick(["-", ""]) + speak(s[3:5], "digits", "zero") + " " + s[5:]
    txt = re.sub(r"\s+", " ", txt)
    add("positive", "chat/%s: chat user mixes numerals and words in SSN" % ind,
        A("What's your social security number?"),
        C("ok its ", V(txt, "SSN"), " sorry my keyboard"))



# ---------------------------------------------------------------------------
# extra adversarial CARD / NI / SSN forms
# ---------------------------------------------------------------------------
def card_call_narrated():
    c = make_card(pick(["visa", "mc", "disc", "jcb"]))
    g = card_groups(c)
    zw = zw_choice()
    ind = pick(CARD_IND)
    add("positive", "call/%s: caller narrates the groups ('the first four are ... the last four are') in one turn" % ind,
        A("could you read me the long card number"),
        C("okay the first four are ", V(speak(g[0], pick(["digits", "pairs"]), zw), "CARD_NUMBER", "c"),
          " then ", V(speak(g[1], "digits", zw), "CARD_NUMBER", "c"), pick([" then it's ", " after that ", " next "]),
          V(speak(g[2], pick(["digits", "pairs"]), zw), "CARD_NUMBER", "c"), " and the last four are ",
          V(speak(g[3], "digits", zw), "CARD_NUMBER", "c")))


def card_call_agent_prompts():
    c = make_card(pick(["visa", "mc"]))
    g = card_groups(c)
    zw = zw_choice()
    ind = pick(CARD_IND)
    add("positive", "call/%s: agent repeats each group back as confirmation while the caller reads" % ind,
        A("go ahead with the card number"),
        C(V(speak(g[0], "digits", zw), "CARD_NUMBER", "c1")),
        A(V(speak(g[0], "digits", zw), "CARD_NUMBER", "a1"), " yep"),
        C(V(speak(g[1], "digits", zw), "CARD_NUMBER", "c1")),
        A(V(speak(g[1], "digits", zw), "CARD_NUMBER", "a1")),
        C(V(speak(g[2], "digits", zw) + " " + speak(g[3], "digits", zw), "CARD_NUMBER", "c1")),
        A(V(speak(g[2], "digits", zw), "CARD_NUMBER", "a1"), " ", V(speak(g[3], "digits", zw), "CARD_NUMBER", "a1"),
          " and the expiry"))


def card_call_amex_spoken():
    c = make_card("amex")
    zw = zw_choice()
    g = card_groups(c)
    ind = pick(CARD_IND)
    add("positive", "call/%s: amex 4-6-5 grouping spoken, six-digit middle group in pairs" % ind,
        A("and the card number, it's an amex you said"),
        C("yeah ", V(speak(g[0], "digits", zw) + pick([", ", " ", " uh "]) + speak(g[1], pick(["pairs", "digits"]), zw) +
                     pick([", ", " ", " and then "]) + speak(g[2], "digits", zw), "CARD_NUMBER")))


def card_chat_words():
    c = make_card("visa")
    g = card_groups(c)
    ind = pick(CARD_IND)
    typed = g[0] + " " + g[1] + " " + say_digit_run(g[2], "zero", doubles=0) + " " + g[3]
    add("positive", "chat/%s: chat user types part of the card in words to dodge a filter" % ind,
        C("card is ", V(typed, "CARD_NUMBER"), " lol"))


def card_chat_newline_style():
    c = make_card(pick(["visa", "mc", "maestro"]))
    g = card_groups(c)
    ind = pick(CARD_IND)
    typed = pick(["".join(g[:2]) + " " + "".join(g[2:]), "[" + " ".join(g) + "]",
                  c[:4] + "*" + c[4:8] + "*" + c[8:12] + "*" + c[12:], "#" + c])
    if typed.startswith("["):
        segs = ["[", V(typed[1:-1], "CARD_NUMBER"), "]"]
    elif typed.startswith("#"):
        segs = ["#", V(typed[1:], "CARD_NUMBER")]
    else:
        segs = [V(typed, "CARD_NUMBER")]
    add("positive", "chat/%s: card typed with unusual punctuation/brackets" % ind,
        A("Which card should we charge?"),
        C(*(["card "] + segs + [pick(["", " pls", " ty"])])))


def ni_chat_odd():
    ni = make_ni()
    p, d, s_ = ni[:2], ni[2:8], ni[8]
    ind = pick(NI_IND)
    typed = pick([p + " " + d[:2] + " " + d[2:4] + " " + d[4:] + s_, p.lower() + " " + " ".join(d) + " " + s_.lower(),
                  p + "/" + d + "/" + s_, p + d[:2] + "-" + d[2:4] + "-" + d[4:] + "-" + s_,
                  " ".join(p) + " " + d[:2] + " " + d[2:4] + " " + d[4:] + " " + s_,
                  p + "  " + d + "  " + s_])
    add("positive", "chat/%s: NI number typed with odd spacing/separators next to other numbers" % ind,
        C("hi, started %d hrs/week on %d %s, payslip shows wrong NI - should be " % (
            R.randrange(12, 40), R.randrange(1, 28), pick(MONTHS).capitalize()), V(typed, "NI_NUMBER"),
          " not what's on there"))


def ni_call_three_digit_turns():
    ni = make_ni()
    zw = zw_choice()
    ind = pick(NI_IND)
    ls = pick(["plain", "homo", "nato"])
    pre = say_letter(ni[0], ls) + " " + say_letter(ni[1], ls)
    if parse_alnum(pre) != ni[:2]:
        pre = ni[0].lower() + " " + ni[1].lower()
    d = ni[2:8]
    add("positive", "call/%s: NI number with digits in pairs, each pair its own turn" % ind,
        A("go on with the national insurance"),
        C(V(pre, "NI_NUMBER", "n")),
        A(bc()),
        C(V(say_pair(d[:2], zw), "NI_NUMBER", "n")),
        A(bc()),
        C(V(say_pair(d[2:4], zw), "NI_NUMBER", "n")),
        A(bc()),
        C(V(say_pair(d[4:], zw) + " " + say_letter(ni[8], "plain"), "NI_NUMBER", "n")))
    rec = CASES_LIST[-1][2]
    for turn in rec:
        for seg in turn[1]:
            if isinstance(seg, V) and parse_alnum(seg.text) == "":
                raise AssertionError(seg.text)


def ni_call_filler():
    ni = make_ni()
    zw = zw_choice()
    ind = pick(NI_IND)
    p, d, s_ = ni[:2], ni[2:8], ni[8]
    txt = p[0].lower() + " " + p[1].lower() + " " + pick(["um", "uh", "er"]) + " " + speak(d[:3], "digits", zw) + \
        " " + pick(["hang on", "er", "um", "let me check"]) + " " + speak(d[3:], "digits", zw) + " " + pick(["and ", ""]) + s_.lower()
    add("positive", "call/%s: NI number with fillers and hesitation inside" % ind,
        A("can you give me your national insurance number"),
        C(pick(["yeah it's ", "let me find it it's "]), V(txt, "NI_NUMBER")))


def ssn_call_dashes_spoken():
    s_ = make_ssn()
    zw = zw_choice()
    ind = pick(SSN_IND)
    txt = speak(s_[:3], "digits", zw) + pick([" dash ", " hyphen ", " "]) + speak(s_[3:5], "pairs", zw) + \
        pick([" dash ", " hyphen ", " "]) + speak(s_[5:], "pairs", zw)
    if parse_digits(txt) != s_:
        txt = speak(s_, "digits", zw)
    add("positive", "call/%s: SSN with spoken 'dash' separators and pairs" % ind,
        A("last thing i need is your social security number"),
        C(V(txt, "SSN"), pick([" and the account's in my husband's name too", "", " got it memorised"])))


def ssn_agent_prompts():
    s_ = make_ssn()
    zw = zw_choice()
    ind = pick(SSN_IND)
    add("positive", "call/%s: agent prompts for each SSN group and echoes it" % ind,
        A("the first three of your social"),
        C(V(speak(s_[:3], pick(["digits", "pairs"]), zw), "SSN", "s")),
        A(V(speak(s_[:3], "digits", "zero"), "SSN", "a"), " and the middle two"),
        C(V(speak(s_[3:5], pick(["digits", "pairs"]), zw), "SSN", "s")),
        A(V(speak(s_[3:5], "digits", "zero"), "SSN", "a"), " and the last four"),
        C(V(speak(s_[5:], pick(["digits", "pairs"]), zw), "SSN", "s")),
        A(V(speak(s_[5:], "digits", "zero"), "SSN", "a"), " thank you"))


def ssn_chat_label():
    s_ = make_ssn()
    ind = pick(SSN_IND)
    lab = pick(["SSN#", "ssn:", "SS No.", "soc sec #", "SSN -"])
    typed = pick([s_[:3] + "-" + s_[3:5] + "-" + s_[5:], s_, s_[:3] + " " + s_[3:5] + "-" + s_[5:]])
    add("positive", "chat/%s: SSN after a compact label, with tax year and amount nearby" % ind,
        C("for the %d tax form %s" % (R.randrange(2019, 2026), lab), V(typed, "SSN"),
          ", refund was %s" % amount()))


# ---------------------------------------------------------------------------
# POSITIVE: other types
# ---------------------------------------------------------------------------
def bank_uk_call():
    acc = rdigits(8)
    sc = rdigits(6)
    zw = zw_choice()
    ind = pick(["banking", "utilities", "telecom", "insurance"])
    scm = pick(["pairs", "digits"])
    sctxt = speak(sc[:2], scm, zw) + pick([" ", " dash ", ", "]) + speak(sc[2:4], scm, zw) + \
        pick([" ", " dash ", ", "]) + speak(sc[4:], scm, zw)
    if parse_digits(sctxt) != sc:
        sctxt = speak(sc, "digits", zw)
    add("positive", "call/%s: direct debit set-up, sort code then account number" % ind,
        A("for the direct debit can i take the sort code"),
        C(opener(), V(sctxt, "SORT_CODE")),
        A("and the account number"),
        C(V(speak(acc, pick(["digits", "pairs", "mixed"]), zw), "BANK_ACCOUNT")))


def bank_uk_chat():
    acc = rdigits(8)
    sc = rdigits(6)
    scf = pick([sc[:2] + "-" + sc[2:4] + "-" + sc[4:], sc, sc[:2] + " " + sc[2:4] + " " + sc[4:],
                sc[:2] + "." + sc[2:4] + "." + sc[4:]])
    ind = pick(["banking", "utilities", "retail", "insurance"])
    add("positive", "chat/%s: sort code and account number typed together" % ind,
        A("Please provide the sort code and account number for the refund of %s." % amount()),
        C(pick(["sort ", "s/c ", "Sort code: "]), V(scf, "SORT_CODE"), pick([" acc ", " account no ", ", a/c "]),
          V(acc, "BANK_ACCOUNT")))


def bank_split_call():
    acc = rdigits(8)
    zw = zw_choice()
    add("positive", "call/banking: account number split over two turns",
        A("your account number please"),
        C(opener(), V(speak(acc[:4], "digits", zw), "BANK_ACCOUNT", "a")),
        A(bc()),
        C(V(speak(acc[4:], pick(["digits", "pairs"]), zw), "BANK_ACCOUNT", "a")))


def bank_us_call():
    acc = rdigits(R.choice([10, 11, 12]))
    zw = zw_choice()
    add("positive", "call/banking US: checking account number for autopay",
        A("what's the checking account number you want the autopay from"),
        C("okay it's ", V(speak(acc, "digits", zw), "BANK_ACCOUNT"), " at " + pick(["chase", "wells", "my credit union"])))


def sort_code_readback():
    sc = rdigits(6)
    zw = zw_choice()
    add("positive", "call/banking UK: sort code in pairs, agent reads it back",
        A("sort code"),
        C(V(say_pairs(sc, zw) if parse_digits(say_pairs(sc, zw)) == sc else speak(sc, "digits", zw), "SORT_CODE")),
        A("so that's ", V(sc[:2] + " " + sc[2:4] + " " + sc[4:], "SORT_CODE"), " yeah"),
        C("yep"))


def spell_iban(iban, zw):
    out = []
    i = 0
    while i < len(iban):
        j = i
        while j < len(iban) and iban[j].isdigit() == iban[i].isdigit():
            j += 1
        chunk = iban[i:j]
        if chunk.isdigit():
            out.append(speak(chunk, "digits", zw))
        else:
            out.append(" ".join(ch.lower() for ch in chunk))
        i = j
    txt = " ".join(out)
    assert parse_alnum(txt) == iban, (txt, iban)
    return txt


def iban_chat():
    ib = make_iban()
    form = pick([group_iban(ib), ib, group_iban(ib).lower(), ib.lower(), group_iban(ib, "-")])
    add("positive", "chat/banking %s: IBAN typed for a transfer" % ib[:2],
        A("Please provide the IBAN for the refund."),
        C(pick(["IBAN ", "iban: ", "Here: ", "its "]), V(form, "IBAN"), pick(["", " thanks", " (Revolut)"])))


def iban_call():
    ib = make_iban(pick(["IE", "GB", "IE", "NL", "DE"]))
    zw = pick(["zero", "oh"])
    g = [ib[i:i + 4] for i in range(0, len(ib), 4)]
    if chance(0.5):
        add("positive", "call/banking %s: IBAN spelled out in one turn" % ib[:2],
            A("can i have the iban"),
            C(opener(), V(spell_iban(ib, zw), "IBAN")))
    else:
        k = len(g) // 2
        add("positive", "call/banking %s: IBAN spelled over two turns" % ib[:2],
            A("the iban please"),
            C(V(spell_iban("".join(g[:k]), zw), "IBAN", "i")),
            A(bc()),
            C(V(spell_iban("".join(g[k:]), zw), "IBAN", "i")))


def phone_chat():
    ctry = pick(["UK", "US", "IE", "DE", "FR", "UK", "US"])
    num = make_phone(ctry)
    style = pick(["intl", "nat", "dots"])
    typed = fmt_phone(num, ctry, style)
    if chance(0.2):
        typed = re.sub(r"[^\d+]", "", typed)
    add("positive", "chat/%s telecom: phone number typed (%s)" % (ctry, style),
        A("What's the best number to reach you on?"),
        C(pick(["", "call me on ", "mob ", "it's ", "tel: "]), V(typed, "PHONE"),
          pick(["", " after 5pm", " thanks", " any time before 9"])))


def phone_call():
    ctry = pick(["UK", "US", "IE", "UK"])
    num = make_phone(ctry)
    zw = zw_choice()
    if ctry == "US":
        txt = speak(num[:3], "digits", zw) + " " + speak(num[3:6], "digits", zw) + " " + \
            speak(num[6:], pick(["digits", "pairs"]), zw)
    else:
        txt = speak(num[:5], "digits", zw) + " " + speak(num[5:], pick(["digits", "pairs", "digits"]), zw)
    if chance(0.3) and ctry != "US":
        txt = "plus " + pick(["four four", "forty four"]) if ctry == "UK" else "plus three five three"
        rest = num[1:]
        txt = txt + " " + speak(rest, "digits", zw)
    add("positive", "call/%s utilities: callback phone number spoken" % ctry,
        A("and a good contact number"),
        C(opener(), V(txt, "PHONE"), pick(["", " that's my mobile", " it's the landline"])))


def phone_split():
    num = make_phone("UK")
    zw = zw_choice()
    add("positive", "call/UK telecom: mobile number split over turns",
        A("what's the mobile number on the account"),
        C(V(speak(num[:5], "digits", zw), "PHONE", "p")),
        A(bc()),
        C(V(speak(num[5:], pick(["digits", "pairs"]), zw), "PHONE", "p")))


def email_chat():
    e, _ = make_email()
    form = pick([e, e, e.upper() if chance(0.2) else e, e.replace("@", " @ "), e.capitalize()])
    add("positive", "chat/retail: email typed",
        A("Which email should the receipt go to?"),
        C(pick(["", "send it to ", "email: ", "pls use "]), V(form, "EMAIL"), pick(["", " thanks", " x"])))


def email_call():
    e, spoken = make_email()
    ind = pick(["telecom", "utilities", "insurance", "retail"])
    add("positive", "call/%s: email address spoken with dot/at/underscore/dash" % ind,
        A(pick(["and an email address for the bill", "what email should we send the confirmation to"])),
        C(opener(), V(spoken, "EMAIL"), pick(["", " all lower case", " that's it"])))


def dob_call():
    y, m, d = make_dob()
    st = pick(["spoken_uk", "spoken_us", "spoken_num"])
    add("positive", "call/%s: date of birth spoken (%s)" % (pick(["insurance", "healthcare billing", "banking"]), st),
        A(pick(["can i take your date of birth", "and your d o b please", "what's the date of birth on the policy"])),
        C(opener(), V(fmt_dob(y, m, d, st), "DOB")))


def dob_chat():
    y, m, d = make_dob()
    st = pick(["uk_slash", "us_slash", "dots", "iso", "words_uk", "words_us"])
    add("positive", "chat/healthcare billing: DOB typed (%s)" % st,
        A("Please confirm the patient's date of birth."),
        C(pick(["dob ", "", "born ", "D.O.B: "]), V(fmt_dob(y, m, d, st), "DOB")))


def expiry_standalone():
    em, ey = R.randrange(1, 13), R.randrange(25, 33)
    if chance(0.5):
        add("positive", "chat/retail: expiry date typed alone",
            A("And the card's expiry date?"),
            C(pick(["", "exp ", "expires "]), V(pick(["%02d/%02d" % (em, ey), "%02d/20%02d" % (em, ey),
                                                   "%s 20%02d" % (MONTHS[em - 1].capitalize(), ey)]), "EXPIRY")))
    else:
        add("positive", "call/travel: expiry date spoken as month name and year",
            A("what's the expiry on that card"),
            C("it runs out ", V("%s twenty %s" % (MONTHS[em - 1], say_pair("%02d" % ey, "oh")), "EXPIRY"),
              pick(["", " i think"])))


def expiry_call_asr():
    em, ey = R.randrange(1, 13), R.randrange(25, 33)
    zw = zw_choice()
    form = pick(["%s slash %s" % (speak("%02d" % em, "digits", zw), say_pair("%02d" % ey, zw)),
                 "%s %s" % (speak("%02d" % em, "digits", zw), "twenty " + say_pair("%02d" % ey, zw)),
                 "the end of %s twenty %s" % (MONTHS[em - 1], say_pair("%02d" % ey, zw)),
                 "%s of %s" % (speak("%02d" % em, "digits", zw), say_pair("%02d" % ey, zw))])
    if form.startswith("the end of "):
        segs = ["the end of ", V(form[len("the end of "):], "EXPIRY")]
    else:
        segs = [V(form, "EXPIRY")]
    add("positive", "call/%s: card expiry spoken (slash/of/month name)" % pick(["telecom", "travel", "retail"]),
        A(pick(["and the expiry date on the card", "when does the card expire", "valid until date please"])),
        C(*([pick(["it's ", "", "um "])] + segs)))


def cvv_call_amex_or_back():
    amex = chance(0.4)
    cvv = rdigits(4 if amex else 3)
    zw = zw_choice()
    add("positive", "call/%s: security code %s, agent asks, customer reads with filler" % (
        pick(["insurance", "utilities", "retail"]), "4-digit amex" if amex else "3-digit"),
        A("and the " + ("four digit code printed on the front" if amex else "last three digits on the back of the card")),
        C(pick(["okay ", "right ", ""]), V(speak(cvv, "digits", zw, fillers=0.3), "CVV"), pick(["", " i think", " yeah"])))


def address_flat():
    flat = R.randrange(1, 30)
    n = R.randrange(2, 200)
    st = pick(STREETS) + " " + pick(STYPES)
    pc = make_uk_postcode()
    town = AREA_TOWN.get(re.match(r"[A-Z]+", pc).group(0), "London")
    if chance(0.5):
        add("positive", "chat/insurance UK: flat number + street; flat is inside ADDRESS span",
            A("What is the property address?"),
            C(V("Flat %d, %d %s" % (flat, n, st), "ADDRESS"), ", %s, " % town, V(pc, "POSTCODE")))
    else:
        zw = zw_choice()
        add("positive", "call/insurance UK: flat and house number spoken; flat inside ADDRESS span",
            A("and the address you're moving to"),
            C("it's ", V("flat %s, %s %s" % (speak(str(flat), "pairs", zw) if flat > 9 else DW[flat],
                                            speak(str(n), "pairs", zw) if n > 9 else DW[n], st.lower()), "ADDRESS"),
              " in " + town.lower()))


def cvv_standalone():
    cvv = rdigits(3)
    if chance(0.5):
        add("positive", "call/retail: security code on its own",
            A("and the three digits on the back by the signature strip"),
            C(pick(["", "it's ", "um "]), V(speak(cvv, pick(["digits", "pairs"])), "CVV")))
    else:
        add("positive", "chat/travel: CVC typed",
            A("Please enter the 3-digit security code."),
            C(pick(["cvc ", "", "code is "]), V(cvv, "CVV")))


STREETS = ["Kingsley", "Maple", "Oakfield", "Elm", "Station", "Church", "Mill", "Park", "Victoria",
           "Willow", "Chestnut", "Highfield", "Ash", "Meadow", "Cedar", "Grange", "Brook", "Hawthorn"]
STYPES = ["Road", "Street", "Avenue", "Lane", "Drive", "Close", "Way", "Crescent", "Grove", "Terrace"]


def address_uk():
    n = R.randrange(1, 240)
    st = pick(STREETS) + " " + pick(STYPES)
    pc = make_uk_postcode()
    town = AREA_TOWN.get(re.match(r"[A-Z]+", pc).group(0), "London")
    if chance(0.5):
        add("positive", "chat/utilities UK: address and postcode typed",
            A("What's the supply address?"),
            C(V("%d %s" % (n, st), "ADDRESS"), ", %s " % town, V(pc if chance(0.6) else pc.replace(" ", "").lower(), "POSTCODE")))
    else:
        zw = zw_choice()
        pcs = spoken_postcode(pc, zw)
        add("positive", "call/utilities UK: address and postcode spoken",
            A("and the address"),
            C(V("%s %s" % (speak(str(n), "pairs", zw) if n > 9 else DW[n], st.lower()), "ADDRESS"), " in " + town.lower()),
            A("postcode"),
            C(V(pcs, "POSTCODE")))


def spoken_postcode(pc, zw):
    out = []
    for ch in pc.replace(" ", ""):
        if ch.isdigit():
            out.append(dword(ch, zw))
        else:
            out.append(say_letter(ch, pick(["plain", "plain", "nato"])))
    txt = " ".join(out)
    if parse_alnum(txt) != pc.replace(" ", ""):
        txt = " ".join(ch.lower() if ch.isalpha() else dword(ch, zw) for ch in pc.replace(" ", ""))
    return txt


def address_us():
    n = R.randrange(10, 9999)
    st = pick(STREETS) + " " + pick(["St", "Ave", "Blvd", "Drive", "Road", "Lane"])
    z = make_zip()
    city = pick(["Austin, TX", "Phoenix, AZ", "Denver, CO", "Columbus, OH", "Tampa, FL"])
    if chance(0.5):
        add("positive", "chat/retail US: shipping address with ZIP",
            A("What's the shipping address?"),
            C(V("%d %s" % (n, st), "ADDRESS"), pick([" apt 4, ", ", "]), city + " ", V(z, "POSTCODE")))
    else:
        zw = zw_choice()
        add("positive", "call/insurance US: garaging address spoken",
            A("what's the address where the vehicle is kept"),
            C(V("%s %s" % (speak(str(n), "pairs", zw), st.lower().replace(" st", " street").replace(" ave", " avenue")
                           .replace(" blvd", " boulevard")), "ADDRESS"), " " + city.split(",")[0].lower() + " zip code ",
              V(speak(z, "digits", zw), "POSTCODE")))


def postcode_only():
    pc = make_uk_postcode()
    zw = zw_choice()
    if chance(0.5):
        add("positive", "call/telecom UK: postcode for broadband check, NATO letters",
            A("what postcode is the line at"),
            C(opener(), V(spoken_postcode(pc, zw), "POSTCODE")))
    else:
        add("positive", "chat/retail UK: postcode typed in lower case",
            A("Postcode for delivery?"),
            C(V(pick([pc.lower(), pc, pc.replace(" ", "")]), "POSTCODE"), pick(["", " ta", " pls"])))


def multi_type_call():
    """Long-ish mixed call with several PII types plus non-PII numbers."""
    c = make_card()
    ni = make_ni()
    ph = make_phone("UK")
    zw = zw_choice()
    add("positive", "call/utilities UK: verification with NI, phone, then card payment; amounts unlabelled",
        A("before we take the payment of " + spoken_amount() + " can i verify your national insurance number"),
        C(V(say_ni(ni, None, None, zw), "NI_NUMBER")),
        A("thanks and the phone number on the account"),
        C(V(speak(ph, "digits", zw), "PHONE")),
        A("lovely and the card number"),
        C(V(speak_groups(card_groups(c), "mixed", zw), "CARD_NUMBER"), " and it's for the " +
          pick(["march", "june", "october"]) + " bill"))


# ---------------------------------------------------------------------------
# NEGATIVES
# ---------------------------------------------------------------------------
class _Dup(Exception):
    pass


_NEG_SEEN = set()


def neg(note, *turns):
    key = json.dumps([(spk, "".join(segs)) for spk, segs in turns])
    if key in _NEG_SEEN:
        raise _Dup
    _NEG_SEEN.add(key)
    add("negative", note, *turns)


def spoken_num_small(n):
    return speak(str(n), "pairs")


def negatives():
    templates = []

    def t(fn):
        templates.append(fn)
        return fn

    @t
    def _n1():
        neg("chat/retail: order number with reference word and price",
            C("hi my order %d hasn't arrived, i paid %s for %d items" % (R.randrange(10 ** 7, 10 ** 9), amount(), R.randrange(2, 9))),
            A("Sorry about that. I can see it is with the courier and due in %d days." % R.randrange(2, 6)))

    @t
    def _n2():
        ref = rdigits(pick([6, 7, 8]))
        neg("call/insurance: claim reference spoken digit by digit",
            A("have you got a claim reference"),
            C("yeah the claim reference is " + speak(ref, "digits")),
            A("thank you that's the " + pick(["windscreen", "water damage", "travel"]) + " claim"))

    @t
    def _n3():
        neg("call/utilities: meter reading spoken",
            A("can you read me the numbers on the meter"),
            C("it says " + speak(rdigits(5), "digits") + " on the day rate"),
            A("and the night rate"),
            C(speak(rdigits(5), "pairs")))

    @t
    def _n4():
        neg("call/travel: flight number, times and dates",
            A("what flight are you on"),
            C(pick(["b a", "e i", "aer lingus", "ryanair"]) + " " + speak(str(R.randrange(100, 999)), "pairs") +
              " leaving at " + pick(["half past six", "six thirty", "fourteen fifty", "ten to nine"]) + " on the " +
              pick(ORD[:28]) + " of " + pick(MONTHS)),
            A("okay and you're back on the " + pick(ORD[:28])))

    @t
    def _n5():
        neg("chat/telecom: data allowance, speeds and prices",
            C("my plan says %d GB for £%d.%02d a month but I'm getting %d Mbps instead of %d" %
              (pick([10, 30, 100, 250]), R.randrange(10, 60), R.randrange(100), R.randrange(5, 90), pick([150, 500, 900]))),
            A("I'm sorry to hear that. The contract started on %d %s %d." % (R.randrange(1, 28), pick(MONTHS).capitalize(), R.randrange(2019, 2026))))

    @t
    def _n6():
        neg("call/banking: balance and payment amounts spoken",
            A("your balance is " + pick(["two thousand four hundred and twelve pounds sixty", "nine hundred ninety nine dollars",
                                          "one thousand two hundred euro", "fourteen thousand three hundred and six pounds"])),
            C("and when's the next payment due"),
            A("on the " + pick(ORD[:28]) + " that's " + spoken_amount()))

    @t
    def _n7():
        neg("call/healthcare billing: appointment date and time, not a birth date",
            A("your appointment is on " + pick(MONTHS) + " " + pick(ORD[:28]) + " at " +
              pick(["nine fifteen", "two thirty", "eleven o'clock", "quarter to four"])),
            C("okay and how long will it take"),
            A("about " + pick(["forty five minutes", "an hour and a half", "twenty minutes"])))

    @t
    def _n8():
        neg("chat/retail: model number and quantity",
            C("Do you have the %s in stock? I need %d" % (pick(["SM-G991B", "WH-1000XM5", "KDL-55X85J", "HP 305XL",
                                                                 "iPhone 15 Pro 256GB", "DCD791D2"]), R.randrange(2, 12))),
            A("Yes, we have %d units at %s each." % (R.randrange(3, 80), amount())))

    @t
    def _n9():
        neg("call/travel: hotel room number and booking reference",
            A("what room are you in"),
            C("room " + speak(str(R.randrange(101, 999)), "pairs") + " and the booking reference is " +
              speak(rdigits(8), "digits")),
            A("thank you"))

    @t
    def _n10():
        neg("call/insurance: ages, years and counts",
            C("i'm " + spoken_num_small(R.randrange(25, 80)) + " and i've had the car since " +
              say_year(R.randrange(1995, 2024)) + " with " + pick(["no claims", "two claims", "five years no claims"])),
            A("and how many miles a year roughly"),
            C(pick(["about eight thousand", "twelve thousand", "maybe five or six thousand"])))

    @t
    def _n11():
        neg("chat/utilities: percentages and tariff rates",
            C("why did my unit rate go up %d%% to %.2fp per kWh" % (R.randrange(3, 40), R.uniform(20, 35))),
            A("Prices rose by %d.%d%% on 1 %s." % (R.randrange(1, 20), R.randrange(10), pick(MONTHS).capitalize())))

    @t
    def _n12():
        n = rdigits(pick([9, 10]))
        neg("chat/telecom: ticket number 9-10 digits with reference word",
            C("ticket number %s still not resolved" % n),
            A("Thanks, ticket %s is escalated. You'll hear back within 48 hours." % n))

    @t
    def _n13():
        neg("call/government services: case reference and weeks",
            A("your case reference is " + speak(rdigits(7), pick(["digits", "pairs"])) + " and it takes about " +
              pick(["six to eight weeks", "twelve weeks", "ten working days"])),
            C("okay thanks"))

    @t
    def _n14():
        neg("call/utilities: temperature and thermostat",
            C("the thermostat is on " + pick(["twenty one", "nineteen", "twenty two and a half"]) + " degrees but the radiators are cold for the last " +
              pick(["two days", "three days", "week", "four hours", "ten days"])),
            A("and the boiler pressure is it about " + pick(["one point five", "one bar", "two bar"])))

    @t
    def _n15():
        neg("chat/retail: invoice number and total",
            C("Invoice INV-%s total %s, paid on %02d/%02d/%d" % (rdigits(6), amount(), R.randrange(1, 28), R.randrange(1, 13), R.randrange(2022, 2026))),
            A("Thanks, I can see that payment."))

    @t
    def _n16():
        neg("call/telecom: years as customer, contract months",
            C("i've been with you " + pick(["since twenty fifteen", "for eleven years", "since nineteen ninety eight"]) +
              " and the contract's " + pick(["twenty four months", "eighteen months", "thirty six months"])),
            A("i can offer " + pick(["fifteen percent off", "three months half price", "an extra forty gig"]) +
              " on the " + pick(["thirty pound", "fifty gig", "unlimited", "five hundred meg"]) + " plan"))

    @t
    def _n17():
        neg("call/retail: tracking by order reference, dates of delivery",
            A("your order reference " + speak(rdigits(6), "digits") + " will arrive " +
              pick(["tuesday the fourteenth", "on the third of june", "between eight and twelve"])),
            C("great thank you"))

    @t
    def _n18():
        neg("chat/banking: amounts with thousands separators and dates of transactions",
            C("there's a payment of $%d,%03d.%02d on %s %d that I didn't make" % (R.randrange(1, 20), R.randrange(1000), R.randrange(100),
                                                                                 pick(MONTHS).capitalize(), R.randrange(1, 28))),
            A("I can see the transaction dated that day for that amount."))

    @t
    def _n19():
        neg("call/travel: seat numbers, gate and baggage weight",
            C("we're in seats " + pick(["twelve a and twelve b", "thirty one c and d", "four f"]) + " and the bag is " +
              pick(["twenty three kilos", "fifteen kilos", "thirty two kilo"])),
            A("gate " + pick(["fourteen", "b twenty", "nine"]) + " opens at " + pick(["ten past two", "seven forty"])))

    @t
    def _n20():
        neg("call/healthcare billing: invoice amounts and CPT-like counts",
            A("the statement shows " + pick(["three visits", "two procedures", "four lab tests"]) + " totalling " +
              pick(["eight hundred forty dollars", "one thousand twelve dollars", "two hundred sixty five dollars"])),
            C("and my deductible is " + pick(["fifteen hundred", "two thousand", "five hundred"])))

    @t
    def _n21():
        neg("call/utilities: direct debit payment date and amount",
            A("the direct debit comes out on the " + pick(ORD[:28]) + " of every month for " + spoken_amount()),
            C("can we move it to the " + pick(ORD[:28])))

    @t
    def _n22():
        neg("chat/telecom: PIN reset delay, duration and counts",
            C("I tried %d times and now it says wait %d minutes" % (R.randrange(3, 6), pick([15, 30, 60]))),
            A("That's a security lock for %d hours." % pick([2, 12, 24])))

    @t
    def _n23():
        neg("call/insurance: policy renewal date and premium",
            A("your policy renews on the " + pick(ORD[:28]) + " of " + pick(MONTHS) + " twenty " +
              pick(["twenty five", "twenty six"]) + " and the premium is " + spoken_amount()),
            C("that's up from last year"))

    @t
    def _n24():
        neg("chat/retail: size, quantity, discount code and price",
            C("can I get the size %d in %s, %d pairs, with code SAVE%d" % (R.randrange(4, 13), pick(["black", "navy"]),
                                                                         R.randrange(2, 4), pick([10, 15, 20]))),
            A("Done, that's %s after the discount." % amount()))

    @t
    def _n25():
        neg("call/banking: call duration and queue position",
            A("you're number " + pick(["four", "twelve", "nine"]) + " in the queue and the wait is about " +
              pick(["eleven minutes", "half an hour", "five minutes"])),
            C("i've already waited " + pick(["forty minutes", "an hour", "twenty five minutes"])))

    @t
    def _n26():
        neg("chat/government services: application reference and year",
            C("my application ref is APP-%s from %d, I was told %d weeks" % (rdigits(7), R.randrange(2020, 2026), R.randrange(4, 16))),
            A("Thanks, it is at stage %d of %d." % (R.randrange(1, 4), 4)))

    @t
    def _n27():
        neg("call/telecom: router model and serial-free chat, speeds",
            C("the router's a " + pick(["hub six", "netgear r seven thousand", "fritz box seventy five ninety"]) +
              " and i'm getting " + pick(["twelve megs", "thirty meg", "point five"])),
            A("you should be getting around " + pick(["sixty seven", "five hundred", "one hundred and fifty"]) + " megabits"))

    @t
    def _n28():
        neg("call/retail: refund amount, days, percent",
            A("the refund of " + spoken_amount() + " takes three to five working days"),
            C("and the " + pick(["ten", "twenty", "fifteen"]) + " percent voucher"))

    @t
    def _n29():
        neg("chat/travel: booking with dates of travel and passengers",
            C("Booking for %d adults %d children, %d-%d %s, budget %s" % (R.randrange(2, 5), R.randrange(2, 4), R.randrange(1, 14),
                                                                            R.randrange(15, 28), pick(MONTHS).capitalize(), amount())),
            A("I have options from %s per person." % amount()))

    @t
    def _n30():
        ref = rdigits(pick([7, 8, 9, 10]))
        neg("call/utilities: account reference read back by agent with reference word",
            A("your customer reference number is " + speak(ref, "digits")),
            C("sorry can you repeat"),
            A("yes the reference is " + speak(ref, "digits")))


    @t
    def _n31():
        neg("call/banking: interest rate, APR and loan term",
            A("the rate is " + pick(["twenty two point nine percent a p r", "six point four percent", "three point nine nine percent"]) +
              " over " + pick(["sixty months", "five years", "thirty six months"])),
            C("and the monthly repayment is " + pick(["two hundred and forty one pounds", "three eighty five", "ninety nine ninety",
                                                       "one hundred and six pounds", "four twelve fifty"]) +
              " for a " + pick(["five thousand", "twelve thousand", "eight and a half thousand"]) + " loan"))

    @t
    def _n32():
        neg("chat/telecom: app version, channel numbers and counts",
            C("on app version %d.%d.%d channels %d and %d don't load, restarted %d times" % (
                R.randrange(2, 9), R.randrange(0, 20), R.randrange(0, 10), R.randrange(100, 500), R.randrange(100, 500), R.randrange(2, 6))),
            A("Thanks. Build %d.%d fixes that." % (R.randrange(2, 9), R.randrange(10, 30))))

    @t
    def _n33():
        neg("call/travel: times in 24h and durations",
            A("check in closes at " + pick(["sixteen forty five", "oh nine hundred", "twenty two fifteen", "oh six thirty"]) +
              " and the flight is " + pick(["two hours forty", "seven and a half hours", "fifty five minutes"])),
            C("and the transfer takes " + pick(["forty minutes", "an hour", "about twenty minutes"])))

    @t
    def _n34():
        o = rdigits(8)
        neg("chat/retail: tracking by order reference and delivery window",
            C("Order #%s - you said %d-%d working days, it's been %d" % (o, R.randrange(2, 4), R.randrange(5, 8), R.randrange(9, 20))),
            A("Apologies, order #%s left our warehouse on %d %s." % (o, R.randrange(1, 28), pick(MONTHS).capitalize())))

    @t
    def _n35():
        last, units = R.randrange(1000, 90000), R.randrange(100, 900)
        neg("call/utilities: meter readings typed by agent as numerals",
            A("i've got the last reading as %05d and today's is %05d so %d units" % (last, last + units, units)),
            C("that seems high for %d weeks" % R.randrange(2, 9)))

    @t
    def _n36():
        neg("call/insurance: vehicle details, mileage, engine size, year",
            C("it's a " + say_year(R.randrange(2008, 2024)) + " " + pick(["ford focus", "golf", "corolla"]) + " one point " +
              pick(["six", "four", "eight"]) + " litre with " + pick(["forty two thousand miles", "eighty thousand miles", "twelve thousand miles"])),
            A("and is it kept on a driveway overnight"))

    @t
    def _n37():
        neg("chat/healthcare billing: claim number, dates of service and amounts",
            C("Claim %s for the visit on %02d/%02d/%d was billed $%d.%02d but insurance paid $%d.%02d" % (
                rdigits(9), R.randrange(1, 13), R.randrange(1, 28), R.randrange(2023, 2026), R.randrange(300, 900),
                R.randrange(100), R.randrange(20, 300), R.randrange(100))),
            A("I will resubmit that claim today."))

    @t
    def _n38():
        neg("call/government services: appointment slot, counts, weeks, fee",
            A("the next appointment is " + pick(["monday the twelfth at ten past nine", "the third of april at two",
                                                  "thursday at half eleven"]) + " and the fee is " +
              pick(["seventy five pounds", "eighty two fifty", "a hundred and fifty pounds"])),
            C("and how many documents do i need"),
            A(pick(["two proofs of address", "three documents", "one photo and two forms"])))

    @t
    def _n39():
        neg("chat/banking: balances, transfers and percentages (no account identifiers)",
            C("why is my savings balance £%d,%03d.%02d when I transferred £%d on the %dth, it was %.1f%% interest" % (
                R.randrange(1, 40), R.randrange(1000), R.randrange(100), R.randrange(100, 5000), R.randrange(4, 28), R.uniform(1, 5))),
            A("Interest is paid monthly on the last working day."))

    @t
    def _n40():
        neg("call/retail: quantities, weights and prices spoken",
            C("i ordered " + pick(["six", "twelve", "twenty four"]) + " tins at " + pick(["one forty nine", "two pound ten", "ninety nine p"]) +
              " each and " + pick(["two kilos", "five hundred grams", "a ten kilo bag"]) + " of rice"),
            A("and only " + pick(["four", "eight", "half"]) + " arrived"))

    @t
    def _n41():
        neg("call/utilities: broadband speeds, router lights, minutes",
            A("i'm seeing " + pick(["seventy two", "nine hundred", "thirty five point six"]) + " megabits down and " +
              pick(["eighteen", "one hundred and ten", "nine point five"]) + " up"),
            C("it drops every " + pick(["ten minutes", "half hour", "couple of hours"])))

    @t
    def _n42():
        ref = rdigits(10)
        neg("chat/travel: 10-digit e-ticket reference with its reference word, fares",
            C("e-ticket ref %s, paid %s for %d seats" % (ref, amount(), R.randrange(2, 6))),
            A("Thanks, ticket reference %s is confirmed for %d %s." % (ref, R.randrange(1, 28), pick(MONTHS).capitalize())))

    # generate ~4 instances of each
    for rnd in range(4):
        for fn in templates:
            for _ in range(50):
                try:
                    fn()
                    break
                except _Dup:
                    continue


# ---------------------------------------------------------------------------
def build_all():
    CASES_LIST.clear()
    _NEG_SEEN.clear()
    pos_plan = [
        (card_chat_typed, 9), (card_chat_split, 3), (lambda: card_call_single("digits"), 4),
        (lambda: card_call_single("pairs"), 3), (lambda: card_call_single("mixed"), 3),
        (card_call_split_turns, 5), (card_call_irregular, 3), (card_call_correction, 3),
        (card_call_correction_group, 2), (card_call_readback, 3), (card_call_homophones, 3),
        (card_call_numerals, 3), (lambda: card_with_cvv_expiry("chat"), 4), (lambda: card_with_cvv_expiry("call"), 4),
        (card_two_values, 2), (card_chat_chitchat, 2), (card_call_narrated, 3), (card_call_agent_prompts, 2),
        (card_call_amex_spoken, 3), (card_chat_words, 2), (card_chat_newline_style, 4),
        (ni_chat_odd, 4), (ni_call_three_digit_turns, 3), (ni_call_filler, 3),
        (ssn_call_dashes_spoken, 3), (ssn_agent_prompts, 2), (ssn_chat_label, 3),
        (ni_chat, 9), (ni_call_single, 9), (ni_call_split, 4), (ni_call_suffix_turn, 3),
        (ni_call_correction, 2), (ni_call_readback, 3), (ni_call_asr_merged, 4), (ni_two_in_turn, 2),
        (ni_with_dob, 3),
        (ssn_chat, 8), (ssn_call_single, 8), (ssn_call_split, 4), (ssn_call_correction, 2),
        (ssn_call_partial_correction, 2), (ssn_call_readback, 3), (ssn_call_homophones, 3),
        (ssn_call_numerals, 3), (ssn_with_zip_dob, 4), (ssn_mixed_chitchat, 2), (ssn_two_people, 2),
        (ssn_spaced_words_chat, 2),
        (bank_uk_call, 5), (bank_uk_chat, 5), (bank_split_call, 2), (bank_us_call, 3), (sort_code_readback, 3),
        (iban_chat, 7), (iban_call, 7), (phone_chat, 8), (phone_call, 6), (phone_split, 2),
        (email_chat, 8), (email_call, 9), (dob_call, 6), (dob_chat, 6), (expiry_standalone, 6),
        (cvv_standalone, 6), (address_uk, 7), (address_us, 7), (expiry_call_asr, 5), (cvv_call_amex_or_back, 5),
        (address_flat, 5), (postcode_only, 6), (multi_type_call, 3),
    ]
    for fn, n in pos_plan:
        for _ in range(n):
            fn()
    negatives()
    return assemble()


# ---------------------------------------------------------------------------
# validation
# ---------------------------------------------------------------------------
def norm_value(typ, text):
    if typ in ("CARD_NUMBER", "CVV", "SSN", "BANK_ACCOUNT", "SORT_CODE", "PHONE"):
        return parse_digits(text)
    if typ in ("NI_NUMBER", "IBAN"):
        return parse_alnum(text)
    if typ == "POSTCODE":
        if re.search(r"[a-zA-Z]", text) and not re.fullmatch(r"[\d\s-]+", text):
            a = parse_alnum(text)
            if re.fullmatch(r"\d+", parse_digits(text) or "x") and not re.search(r"[A-Z]", a):
                return parse_digits(text)
            return a
        return parse_digits(text)
    if typ == "EMAIL":
        return norm_email(text)
    return text


def validate_value(typ, v, raw):
    if typ == "CARD_NUMBER":
        return 13 <= len(v) <= 19 and luhn_ok(v)
    if typ == "CVV":
        return len(v) in (3, 4)
    if typ == "SSN":
        return len(v) == 9 and v[:3] not in ("000", "666") and v[3:5] != "00" and v[5:] != "0000"
    if typ == "NI_NUMBER":
        return bool(NI_RE.match(v)) and v[:2] not in NI_BAD
    if typ == "BANK_ACCOUNT":
        return v.isdigit() and 8 <= len(v) <= 12
    if typ == "SORT_CODE":
        return v.isdigit() and len(v) == 6
    if typ == "IBAN":
        return bool(re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{11,30}", v)) and iban_ok(v)
    if typ == "PHONE":
        return v.isdigit() and 10 <= len(v) <= 13
    if typ == "EMAIL":
        return bool(EMAIL_RE.match(v))
    if typ == "POSTCODE":
        return bool(UK_PC_RE.match(v)) or bool(re.fullmatch(r"\d{5}(\d{4})?", v))
    if typ in ("DOB", "EXPIRY"):
        low = raw.lower()
        has_month = any(m in low for m in MONTHS)
        digits = parse_digits(low)
        if typ == "EXPIRY":
            return has_month or 3 <= len(digits) <= 6
        return has_month or 4 <= len(digits) <= 8
    if typ == "ADDRESS":
        low = raw.lower()
        return bool(parse_digits(low)) and bool(re.search(
            r"\b(road|street|avenue|lane|drive|close|way|crescent|grove|terrace|st|ave|blvd|boulevard)\b", low))
    return False


def check(records, meta, text_on_disk):
    problems = []
    expected = serialise(records)
    if text_on_disk != expected:
        problems.append("cases.jsonl differs from regenerated output")
    ids = [r["id"] for r in records]
    if len(ids) != len(set(ids)):
        problems.append("duplicate ids")
    type_counts = Counter()
    for rec, vm in zip(records, meta):
        cid = rec["id"]
        if rec["kind"] == "negative" and rec["spans"]:
            problems.append("%s: negative with spans" % cid)
        if rec["kind"] == "positive" and not rec["spans"]:
            problems.append("%s: positive without spans" % cid)
        if not rec["note"]:
            problems.append("%s: empty note" % cid)
        by_turn = {}
        groups = {}
        for sp, (g, frag) in zip(rec["spans"], vm):
            if sp["type"] not in TYPES:
                problems.append("%s: bad type %s" % (cid, sp["type"]))
            ti = sp["turn"]
            if not (0 <= ti < len(rec["turns"])):
                problems.append("%s: turn out of range" % cid)
                continue
            text = rec["turns"][ti]["text"]
            s, e = sp["start"], sp["end"]
            if not (0 <= s < e <= len(text)):
                problems.append("%s: offsets out of range" % cid)
                continue
            frag_txt = text[s:e]
            if frag_txt != frag_txt.strip() or not re.search(r"[A-Za-z0-9]", frag_txt):
                problems.append("%s: span has surrounding space/no alnum %r" % (cid, frag_txt))
            if s > 0 and text[s - 1].isalnum():
                problems.append("%s: span start not on word boundary %r" % (cid, frag_txt))
            if e < len(text) and text[e].isalnum():
                problems.append("%s: span end not on word boundary %r" % (cid, frag_txt))
            if not frag_txt[0].isalnum() and frag_txt[0] not in "+(":
                problems.append("%s: span starts with punctuation %r" % (cid, frag_txt))
            if not frag_txt[-1].isalnum():
                problems.append("%s: span ends with punctuation %r" % (cid, frag_txt))
            by_turn.setdefault(ti, []).append((s, e))
            type_counts[sp["type"]] += 1
            if frag:
                if not re.search(r"\d|[a-z]", norm_value(sp["type"], frag_txt).lower()):
                    problems.append("%s: fragment normalises to nothing %r" % (cid, frag_txt))
                continue
            groups.setdefault(g, []).append((sp["type"], frag_txt))
        for ti, lst in by_turn.items():
            lst.sort()
            for (a1, b1), (a2, b2) in zip(lst, lst[1:]):
                if a2 < b1:
                    problems.append("%s: overlapping spans in turn %d" % (cid, ti))
        for g, parts in groups.items():
            typ = parts[0][0]
            if any(p[0] != typ for p in parts):
                problems.append("%s: mixed types in group" % cid)
            raw = " ".join(p[1] for p in parts)
            v = "".join(norm_value(typ, p[1]) for p in parts)
            if not validate_value(typ, v, raw):
                problems.append("%s: invalid %s value %r -> %r" % (cid, typ, raw, v))
    return problems, type_counts


def serialise(records):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def readme_text(records):
    tc = Counter(sp["type"] for r in records for sp in r["spans"])
    npos = sum(r["kind"] == "positive" for r in records)
    nneg = sum(r["kind"] == "negative" for r in records)
    lines = [
        "# pii_holdout59 — held-out PII redaction evaluation set",
        "",
        "**Never use this set for tuning.** It exists only to measure the redactor on data it was not",
        "developed against. Do not copy its cases, values or phrasings into training data, rules,",
        "regexes, word lists or unit tests.",
        "",
        "## Provenance",
        "",
        "Written by an AI helper acting as an independent author. The author did not see the",
        "redaction code, its tests, its documentation, the benchmark script or any other PII fixture",
        "(only a three-line example of the JSONL format), and did not run the redactor.",
        "All cases are generated by `scripts/make_pii_holdout59.py` from template functions and a",
        "single seeded `random.Random(%d)`; output is byte-for-byte reproducible." % SEED,
        "Turns are assembled from plain-text segments and labelled value segments, so offsets are",
        "computed, never typed by hand. All values are synthetic (random, Luhn / mod-97 valid where",
        "applicable); they do not belong to real people.",
        "",
        "`python scripts/make_pii_holdout59.py --check` regenerates the set and verifies: the file is",
        "identical, ids are unique, offsets are in range and on word boundaries, spans do not overlap,",
        "and every labelled value is valid after normalising spoken forms (Luhn for cards, mod-97 for",
        "IBANs, NI-number shape, 9 digits for SSN, 6 for sort codes, digit counts for CVV / phone /",
        "account, UK-postcode / US-ZIP shapes).",
        "",
        "## Contents",
        "",
        "- positive cases: %d" % npos,
        "- negative cases: %d (no spans; the case fails if anything at all is redacted)" % nneg,
        "",
        "| type | spans |",
        "|---|---|",
    ]
    for t in TYPES:
        lines.append("| %s | %d |" % (t, tc[t]))
    lines += [
        "",
        "Emphasis: CARD_NUMBER, NI_NUMBER and SSN in every realistic form a caller, a chat user or",
        "a speech recogniser produces: typed with odd separators (`-`, `.`, `/`, `_`, `|`, en dash,",
        "double spaces, none), upper/lower case, spoken digit by digit (zero/oh/o/nought), doubles",
        "and triples, pairs (`forty one eleven`), hundreds (`forty five hundred`, `one twenty three`),",
        "ASR homophones (`for`, `to`, `won`, `ate`), NATO / `as in` / homophone letters (`jay`, `see`,",
        "`are`), split over several customer turns with agent back-channels, self-corrections,",
        "agent read-backs, ASR numerals, two values in one turn, values mixed with chit-chat.",
        "",
        "## Annotation conventions",
        "",
        "- A span covers the value itself, from its first to its last letter/digit word: no lead-in",
        "  words (`it's`, `my card is`), no trailing words. Filler words and separators *inside* a",
        "  reading (`um`, `uh`, `then`, `dash`, commas) are inside the span.",
        "- A value split across turns is labelled with one span per turn (each covering that turn's",
        "  part); agent back-channels between them are not labelled.",
        "- Agent read-backs of a value are labelled like the customer's reading.",
        "- Self-corrections: the abandoned attempt (or misread group / single digit) is labelled with",
        "  the same type as well as the corrected value, because it still discloses the value.",
        "- In `b for bravo` / `q as in queen` spellings the whole spelling is in the span.",
        "- NI number: two prefix letters, six digits and the suffix letter; when the suffix is asked",
        "  for in a separate turn it is its own span (just the letter / its spelling).",
        "- SSN: all nine digits; separators inside.",
        "- EXPIRY: month and year only; CVV: the 3/4 digits; both only in clear card context.",
        "- DOB: the date expression (`the fourteenth of march nineteen eighty seven`, `03/14/1987`).",
        "- PHONE: the whole number including country code; a leading `+` or `(` may be inside.",
        "- ADDRESS: house number through street name and street type; town/city not included;",
        "  the postcode / ZIP is a separate POSTCODE span.",
        "- EMAIL: the full address, typed or spoken (`j dot doe at gmail dot com`).",
        "- Non-PII numbers (amounts, dates of payments, order / claim / ticket references, times,",
        "  counts, model numbers, years) may appear in positive cases and are not labelled.",
        "- Negatives contain only such lookalikes; reference numbers are at most 10 digits and",
        "  always said with their reference word.",
        "",
        "## Format",
        "",
        "One JSON object per line: `id`, `kind` (positive/negative), `turns` (speaker + text),",
        "`spans` (turn, start, end exclusive, type; Python string offsets), `note`",
        "(`channel/industry: what the case tests`).",
        "",
    ]
    return "\n".join(lines)


def main(argv):
    records, meta = build_all()
    if "--check" in argv:
        if not CASES.exists():
            print("missing", CASES)
            return 1
        disk = CASES.read_text(encoding="utf-8")
        problems, tc = check(records, meta, disk)
        if README.exists() and README.read_text(encoding="utf-8") != readme_text(records):
            problems.append("README.md differs from regenerated output")
        npos = sum(r["kind"] == "positive" for r in records)
        nneg = len(records) - npos
        print("cases: %d positive, %d negative" % (npos, nneg))
        for t in TYPES:
            print("  %-13s %d" % (t, tc[t]))
        if npos < 170:
            problems.append("fewer than 170 positives")
        if nneg < 100:
            problems.append("fewer than 100 negatives")
        for t in TYPES:
            need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
            if tc[t] < need:
                problems.append("type %s has %d spans (< %d)" % (t, tc[t], need))
        if problems:
            print("PROBLEMS (%d):" % len(problems))
            for p in problems[:200]:
                print("  " + p)
            return 1
        print("check OK")
        return 0
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    CASES.write_text(serialise(records), encoding="utf-8")
    README.write_text(readme_text(records), encoding="utf-8")
    print("wrote %d cases to %s" % (len(records), CASES))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

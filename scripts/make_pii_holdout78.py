#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set tests/fixtures/pii_holdout78.

Written by an AI helper acting as an independent author (it did not see the
redaction code).  Emphasis: UK and Irish contact centres.  Standard library only.

    python scripts/make_pii_holdout78.py          # write cases.jsonl + README.md
    python scripts/make_pii_holdout78.py --check  # regenerate, compare, validate
"""
import json
import os
import random
import re
import sys
from collections import Counter

SEED = 78281123
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUTDIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout78")
CASES = os.path.join(OUTDIR, "cases.jsonl")
README = os.path.join(OUTDIR, "README.md")
TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE",
         "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

R = random.Random(SEED)

# ---------------------------------------------------------------- spoken forms
UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
ZERO_WORDS = ["oh", "o", "zero", "nought"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "f": "foxtrot",
        "g": "golf", "h": "hotel", "i": "india", "j": "juliet", "k": "kilo", "l": "lima",
        "m": "mike", "n": "november", "o": "oscar", "p": "papa", "q": "quebec", "r": "romeo",
        "s": "sierra", "t": "tango", "u": "uniform", "v": "victor", "w": "whiskey",
        "x": "x-ray", "y": "yankee", "z": "zulu"}
FOR_WORDS = {"a": ["apple", "alpha"], "b": ["bravo", "bob", "bertie"], "c": ["charlie", "cat"],
             "d": ["delta", "dog"], "e": ["echo", "edward"], "g": ["golf", "george"],
             "h": ["hotel", "harry"], "j": ["juliet", "john"], "k": ["kilo", "king"],
             "l": ["lima", "london"], "m": ["mike", "mother"], "n": ["november", "nancy"],
             "p": ["papa", "peter"], "r": ["romeo", "robert"], "s": ["sierra", "sugar"],
             "t": ["tango", "tommy"], "w": ["whiskey", "william"], "x": ["x-ray"],
             "y": ["yankee", "yellow"], "z": ["zulu", "zebra"]}
HOMO = {"a": "ay", "b": "bee", "c": "see", "d": "dee", "e": "ee", "g": "gee", "j": "jay",
        "k": "kay", "p": "pee", "r": "are", "t": "tee", "w": "double you", "y": "why",
        "z": "zed", "x": "ex", "h": "aitch"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
MONTH_ABBR = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
       "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
       "seventeenth", "eighteenth", "nineteenth", "twentieth"]


def ordinal_words(n):
    if n <= 20:
        return ORD[n]
    if n == 30:
        return "thirtieth"
    t, u = divmod(n, 10)
    return TENS[t] + " " + ORD[u]


def ordinal_typed(n):
    if 10 <= n % 100 <= 20:
        suf = "th"
    else:
        suf = {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return "%d%s" % (n, suf)


def num_words(n):
    """Cardinal number words (British 'and'), n < 10000."""
    parts = []
    if n >= 1000:
        parts.append(UNITS[n // 1000] + " thousand")
        n %= 1000
    if n >= 100:
        parts.append(UNITS[n // 100] + " hundred")
        n %= 100
    if n:
        if parts:
            parts.append("and")
        if n < 10:
            parts.append(UNITS[n])
        elif n < 20:
            parts.append(TEENS[n - 10])
        else:
            parts.append(TENS[n // 10] + ("" if n % 10 == 0 else " " + UNITS[n % 10]))
    return " ".join(parts) or "zero"


def dword(d, zero):
    return zero if d == "0" else UNITS[int(d)]


def pair_words(p, zero):
    a, b = p
    if a == "0":
        return zero + " " + dword(b, zero)
    if a == "1":
        return TEENS[int(b)]
    if b == "0":
        return TENS[int(a)]
    return TENS[int(a)] + " " + UNITS[int(b)]


def say_digits(s, style=None, zero=None):
    """Spoken rendering of a digit string; verified to parse back to s."""
    zero = zero or R.choice(ZERO_WORDS)
    style = style or R.choice(["single", "single", "doubles", "pairs", "mixed"])
    out = []
    if style == "single":
        out = [dword(d, zero) for d in s]
    elif style == "doubles":
        i = 0
        while i < len(s):
            j = i
            while j < len(s) and s[j] == s[i]:
                j += 1
            run = j - i
            while run > 0:
                if run >= 3 and R.random() < 0.7:
                    out.append("triple " + dword(s[i], zero))
                    run -= 3
                elif run >= 2:
                    out.append("double " + dword(s[i], zero))
                    run -= 2
                else:
                    out.append(dword(s[i], zero))
                    run -= 1
            i = j
    elif style == "pairs":
        for k in range(0, len(s) - 1, 2):
            out.append(pair_words(s[k:k + 2], zero))
        if len(s) % 2:
            out.append(dword(s[-1], zero))
    else:  # mixed: groups of digit-by-digit and pairs
        k = 0
        while k < len(s):
            if len(s) - k >= 2 and R.random() < 0.5:
                out.append(pair_words(s[k:k + 2], zero))
                k += 2
            else:
                out.append(dword(s[k], zero))
                k += 1
    text = " ".join(out)
    if parse_digits(text) != s:
        text = " ".join(dword(d, zero) for d in s)
    return text


def say_letter(ch, mode=None):
    ch = ch.lower()
    mode = mode or R.choice(["plain", "plain", "plain", "for", "nato", "homo"])
    if mode == "for" and ch in FOR_WORDS:
        return "%s for %s" % (ch, R.choice(FOR_WORDS[ch]))
    if mode == "nato":
        return NATO[ch]
    if mode == "homo" and ch in HOMO:
        return HOMO[ch]
    return ch


def say_alnum(s, zero=None):
    """Spell a mixed letters/digits string (postcodes, IBAN, NI)."""
    zero = zero or R.choice(["oh", "zero", "o"])
    parts = []
    i = 0
    while i < len(s):
        c = s[i]
        if c == " ":
            i += 1
            continue
        if c.isdigit():
            j = i
            while j < len(s) and s[j].isdigit():
                j += 1
            parts.append(say_digits(s[i:j], zero=zero))
            i = j
        else:
            if i + 1 < len(s) and s[i + 1] == c and R.random() < 0.4:
                parts.append("double " + c.lower())
                i += 2
            else:
                parts.append(say_letter(c))
                i += 1
    return " ".join(parts)


# ---------------------------------------------------------------- normaliser (for --check)
WORDNUM = {w: str(i) for i, w in enumerate(UNITS)}
for zw in ZERO_WORDS + ["nil"]:
    WORDNUM[zw] = "0"
TEENNUM = {w: str(10 + i) for i, w in enumerate(TEENS)}
TENSNUM = {w: str(i) for i, w in enumerate(TENS) if w}
ORDNUM = {w: str(i) for i, w in enumerate(ORD) if w}
ORDNUM["thirtieth"] = "30"
FILLERS = {"um", "uh", "er", "erm", "ah", "sorry", "dash", "hyphen", "space", "slash", "and",
           "then", "plus", "yeah", "so", "like", "hmm", "ehm", "the", "of", "it's", "its",
           "that's", "right", "mm"}
HOMO_REV = {v: k for k, v in HOMO.items()}
NATO_REV = {v: k for k, v in NATO.items()}


def tokens(text):
    toks = re.findall(r"\d+(?:st|nd|rd|th)\b|[A-Za-z]+(?:[-'][A-Za-z]+)?|\d+|[@.+_-]", text)
    return [re.sub(r"(?<=\d)(st|nd|rd|th)$", "", t) for t in toks]


def parse_digits(text, letters=False):
    """Spoken/typed -> compact upper-case alnum string; None on an unknown word."""
    toks = [t.lower() for t in tokens(text)]
    out = []
    pad = False
    i = 0
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if pad and t != "and" and (t in WORDNUM or t in TEENNUM or t in TENSNUM):
            pad = False
            sub = parse_digits(" ".join(toks[i:i + 2]) if t in TENSNUM else t)
            out.append(sub.zfill(2))
            i += 2 if (t in TENSNUM and nxt in WORDNUM and nxt not in ZERO_WORDS) else 1
            continue
        if t == "thousand" and out:
            out[-1] = out[-1] + "0"
            pad = True
        elif t.isdigit():
            out.append(t)
        elif t in ("double", "triple") and nxt is not None:
            n = 2 if t == "double" else 3
            if nxt == "you" and letters:  # "double you" = w
                out.append("W")
                i += 2
                continue
            if nxt in WORDNUM and not (letters and nxt == "o" and False):
                out.append(WORDNUM[nxt] * n)
            elif letters and len(nxt) == 1 and nxt.isalpha():
                out.append(nxt.upper() * n)
            elif letters and nxt in HOMO_REV:
                out.append(HOMO_REV[nxt].upper() * n)
            else:
                return None
            i += 2
            continue
        elif t in TENSNUM:
            if nxt in WORDNUM and WORDNUM[nxt] != "0" and nxt not in ZERO_WORDS:
                out.append(TENSNUM[t] + WORDNUM[nxt])
                i += 2
                continue
            if nxt in ORDNUM and int(ORDNUM[nxt]) < 10:
                out.append(TENSNUM[t] + ORDNUM[nxt])
                i += 2
                continue
            out.append(TENSNUM[t] + "0")
        elif t in TEENNUM:
            out.append(TEENNUM[t])
        elif t in ORDNUM:
            out.append(ORDNUM[t])
        elif letters and len(t) == 1 and t.isalpha() and nxt == "for":
            out.append(t.upper())
            i += 3
            continue
        elif t in WORDNUM and not (letters and t == "o"):
            out.append(WORDNUM[t])
        elif t in FILLERS or t in "+-._":
            pass
        elif letters and t in NATO_REV:
            out.append(NATO_REV[t].upper())
        elif t in MONTHS:
            out.append("M%02d" % (MONTHS.index(t) + 1))
        elif t.capitalize() in MONTH_ABBR or t in ("sept",):
            out.append("M%02d" % ((MONTH_ABBR.index(t.capitalize()) + 1) if t != "sept" else 9))
        elif letters and t in NATO_REV:
            out.append(NATO_REV[t].upper())
        elif letters and t in HOMO_REV:
            out.append(HOMO_REV[t].upper())
        elif letters and t.isalpha() and (len(t) <= 2 or t.isupper() or text.upper() == text):
            out.append(t.upper())
        elif letters and t.isalpha() and re.fullmatch(r"[a-z]{4}", t):
            out.append(t.upper())
        else:
            return None
        i += 1
    return "".join(out)


def luhn_ok(s):
    tot = 0
    for k, ch in enumerate(reversed(s)):
        d = int(ch)
        if k % 2:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def iban_ok(s):
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


NI_RE = re.compile(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]")
UK_PC = re.compile(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}")
EIR = re.compile(r"[ACDEFHKNPRTVWXY]\d[\dW][ACDEFHKNPRTVWXY0-9]{4}")
STREET_WORDS = {"street", "road", "avenue", "lane", "close", "drive", "grove", "crescent",
                "terrace", "way", "place", "gardens", "court", "park", "hill", "row", "square",
                "view", "walk", "st", "rd", "ave", "boulevard", "blvd", "mews", "green", "quay"}


def norm_email(text):
    toks = [t.lower() for t in tokens(text)]
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        if t in ("at", "@"):
            out.append("@")
        elif t in ("dot", "."):
            out.append(".")
        elif t in ("underscore", "_"):
            out.append("_")
        elif t in ("dash", "hyphen", "-"):
            out.append("-")
        elif t in ("sign", "symbol"):
            pass
        elif t in ("double", "triple") and i + 1 < len(toks):
            n = 2 if t == "double" else 3
            nx = toks[i + 1]
            out.append((WORDNUM.get(nx, nx)) * n)
            i += 1
        elif t in WORDNUM and len(t) > 1:
            out.append(WORDNUM[t])
        elif t in TEENNUM:
            out.append(TEENNUM[t])
        elif t in TENSNUM:
            nx = toks[i + 1] if i + 1 < len(toks) else None
            if nx in WORDNUM and len(nx) > 1 and WORDNUM[nx] != "0":
                out.append(TENSNUM[t] + WORDNUM[nx])
                i += 1
            else:
                out.append(TENSNUM[t] + "0")
        else:
            out.append(t)
        i += 1
    return "".join(out)


def validate(vtype, text, partial=False):
    """Return None if ok, else an error string."""
    if vtype == "EMAIL":
        e = norm_email(text)
        ok = re.fullmatch(r"[a-z0-9._-]+@[a-z0-9-]+(\.[a-z]{2,})+", e)
        return None if ok else "bad email %r" % e
    if vtype == "ADDRESS":
        words = set(w.lower().strip(".,") for w in text.split())
        if not words & STREET_WORDS:
            return "no street word"
        if not (re.search(r"\d", text) or words & (set(UNITS) | set(TEENS) | set(TENS) | {"flat"})):
            return "no house number"
        return None
    letters = vtype in ("NI_NUMBER", "POSTCODE", "IBAN")
    if re.search(r"\d", text) and vtype not in ("DOB", "EXPIRY"):
        v = re.sub(r"[^A-Za-z0-9]", "", text).upper()
    else:
        v = parse_digits(text, letters=letters)
    if v is None:
        return "unparseable %r" % text
    if partial:
        return None if re.fullmatch(r"[A-Z0-9]+", v) else "bad partial %r" % v
    if vtype == "CARD_NUMBER":
        return None if v.isdigit() and 13 <= len(v) <= 19 and luhn_ok(v) else "card %r" % v
    if vtype == "CVV":
        return None if v.isdigit() and len(v) in (3, 4) else "cvv %r" % v
    if vtype == "SSN":
        return None if v.isdigit() and len(v) == 9 else "ssn %r" % v
    if vtype == "SORT_CODE":
        return None if v.isdigit() and len(v) == 6 else "sort %r" % v
    if vtype == "BANK_ACCOUNT":
        return None if v.isdigit() and 6 <= len(v) <= 12 else "acct %r" % v
    if vtype == "PHONE":
        return None if v.isdigit() and 9 <= len(v) <= (14 if v.startswith("00") else 13) else "phone %r" % v
    if vtype == "NI_NUMBER":
        return None if NI_RE.fullmatch(v) else "ni %r" % v
    if vtype == "IBAN":
        return None if iban_ok(v) else "iban %r" % v
    if vtype == "POSTCODE":
        ok = UK_PC.fullmatch(v) or EIR.fullmatch(v) or re.fullmatch(r"\d{5}(\d{4})?", v)
        return None if ok else "postcode %r" % v
    if vtype == "EXPIRY":
        m = re.fullmatch(r"(?:M(\d\d)|(\d{1,2}))(\d{2}|20\d\d)", v)
        if not m:
            return "expiry %r" % v
        mon = int(m.group(1) or m.group(2))
        return None if 1 <= mon <= 12 else "expiry month %r" % v
    if vtype == "DOB":
        ok = re.search(r"(19[3-9]\d|20[0-1]\d)$", v) or re.fullmatch(r"\d{1,2}(M\d\d|\d{1,2})\d{2}", v)
        return None if ok else "dob %r" % v
    return "unknown type"


# ---------------------------------------------------------------- value generators
def luhn_complete(prefix, length):
    body = prefix + "".join(R.choice("0123456789") for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def gen_card():
    kind = R.choice(["visa", "visa", "visa", "mc", "mc", "amex", "visa19", "maestro"])
    if kind == "visa":
        return luhn_complete("4" + R.choice(["5", "6", "9", "0", "2"]), 16)
    if kind == "mc":
        return luhn_complete(R.choice(["51", "53", "54", "55", "22"]), 16)
    if kind == "amex":
        return luhn_complete(R.choice(["34", "37"]), 15)
    if kind == "visa19":
        return luhn_complete("4", 19)
    return luhn_complete("6759", 16)


def card_groups(c):
    if len(c) == 15:
        return [c[:4], c[4:10], c[10:]]
    return [c[k:k + 4] for k in range(0, len(c), 4)]


def typed_card(c):
    sep = R.choice([" ", " ", "-", "", " "])
    if sep == "":
        return c
    return sep.join(card_groups(c))


def spoken_card(c):
    style = R.choice(["single", "pairs", "doubles", "groups"])
    if style == "groups":
        return " ".join(say_digits(g) for g in card_groups(c))
    return say_digits(c, style=style)


NI_FIRST = "ABCEGHJKLMNOPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"
NI_BAD = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}


def gen_ni():
    while True:
        p = R.choice(NI_FIRST) + R.choice(NI_SECOND)
        if p not in NI_BAD:
            break
    return p + "".join(R.choice("0123456789") for _ in range(6)) + R.choice("ABCD")


def typed_ni(n):
    f = R.choice(["spaced", "compact", "compact_lower", "pairs_dash", "spaced_lower", "mixed"])
    if f == "spaced":
        return "%s %s %s %s %s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8])
    if f == "compact":
        return n
    if f == "compact_lower":
        return n.lower()
    if f == "pairs_dash":
        return "%s-%s-%s-%s-%s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8])
    if f == "spaced_lower":
        return "%s %s %s" % (n[:2].lower(), n[2:8], n[8].lower())
    return "%s%s %s" % (n[:2], n[2:8], n[8])


def spoken_ni(n, with_filler=False):
    pre = n[:2]
    if pre[0] == pre[1] and R.random() < 0.6:
        a = "double " + pre[0].lower()
    else:
        m = R.choice(["plain", "plain", "for", "nato", "homo"])
        a = say_letter(pre[0], m) + " " + say_letter(pre[1], m)
    digs = n[2:8]
    st = R.choice(["single", "pairs", "doubles", "single", "mixed"])
    d = say_digits(digs, style=st, zero=R.choice(["oh", "zero", "nought"]))
    if with_filler:
        w = d.split(" ")
        k = len(w) // 2
        d = " ".join(w[:k] + [R.choice(["um", "er", "uh"])] + w[k:])
    s = say_letter(n[8], R.choice(["plain", "plain", "for", "homo", "nato"]))
    return "%s %s %s" % (a, d, s)


def gen_ssn():
    a = R.randint(1, 899)
    while a == 666:
        a = R.randint(1, 899)
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


def typed_ssn(s):
    f = R.choice(["-", "-", " ", "", "."])
    return s if f == "" else f.join([s[:3], s[3:5], s[5:]])


def gen_sort():
    return R.choice(["20", "40", "30", "60", "77", "83", "90", "93", "11", "56", "09", "16"]) + \
        "%04d" % R.randint(0, 9999)


def typed_sort(s):
    f = R.choice(["-", "-", " ", "", "-"])
    return s if f == "" else f.join([s[:2], s[2:4], s[4:]])


def spoken_sort(s):
    st = R.choice(["pairs", "pairs", "single", "doubles"])
    return say_digits(s, style=st)


def gen_acct(n=8):
    return "".join(R.choice("0123456789") for _ in range(n))


def iban_make(cc, bban):
    r = bban + cc + "00"
    num = int("".join(str(int(c, 36)) for c in r))
    return "%s%02d%s" % (cc, 98 - num % 97, bban)


def gen_iban():
    cc = R.choice(["GB", "GB", "IE", "IE", "IE", "DE", "FR", "ES", "NL"])
    if cc == "GB":
        return iban_make(cc, R.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + gen_sort() + gen_acct())
    if cc == "IE":
        return iban_make(cc, R.choice(["AIBK", "BOFI", "IPBS", "ULSB"]) + "9" + gen_acct(5) + gen_acct())
    if cc == "DE":
        return iban_make(cc, gen_acct(18))
    if cc == "FR":
        return iban_make(cc, gen_acct(23))
    if cc == "ES":
        return iban_make(cc, gen_acct(20))
    return iban_make(cc, R.choice(["ABNA", "RABO", "INGB"]) + gen_acct(10))


def typed_iban(i):
    f = R.choice(["groups", "groups", "compact", "lower_groups"])
    g = " ".join(i[k:k + 4] for k in range(0, len(i), 4))
    if f == "compact":
        return i
    if f == "lower_groups":
        return g.lower()
    return g


def spoken_iban(i):
    cc = " ".join(say_letter(c, "plain") for c in i[:2])
    rest = i[2:]
    out = [cc]
    k = 0
    while k < len(rest):
        if rest[k].isalpha():
            j = k
            while j < len(rest) and rest[j].isalpha():
                j += 1
            m = R.choice(["plain", "for", "nato"])
            out.append(" ".join(say_letter(c, m) for c in rest[k:j]))
            k = j
        else:
            j = min(k + 4, len(rest))
            j2 = k
            while j2 < j and rest[j2].isdigit():
                j2 += 1
            out.append(say_digits(rest[k:j2], style=R.choice(["single", "single", "doubles"]),
                                  zero=R.choice(["oh", "zero"])))
            k = j2
    return " ".join(out)


UK_MOB = ["0770", "0771", "0772", "0780", "0791", "0740", "0759", "0797", "0751", "0787"]
UK_LAND = ["0207", "0208", "0161", "0113", "0121", "0131", "0141", "0117", "0151", "0289", "0292"]
IE_MOB = ["083", "085", "086", "087", "089"]


def gen_phone():
    k = R.choice(["ukmob", "ukmob", "ukland", "iemob", "iemob", "ieland", "us"])
    if k == "ukmob":
        return k, R.choice(UK_MOB) + gen_acct(7)
    if k == "ukland":
        return k, R.choice(UK_LAND) + gen_acct(7)
    if k == "iemob":
        return k, R.choice(IE_MOB) + gen_acct(7)
    if k == "ieland":
        return k, R.choice(["01", "021", "091", "061"]) + gen_acct(7)
    return k, R.choice(["212", "415", "617", "312", "646", "917"]) + str(R.randint(2, 9)) + gen_acct(6)


def typed_phone(k, p):
    intl = R.random() < 0.35
    if k.startswith("uk"):
        if intl:
            pre = R.choice(["+44 ", "+44", "0044 ", "+44 (0)"])
            rest = p[1:]
            return pre + (rest[:4] + " " + rest[4:] if R.random() < 0.6 else rest)
        f = R.choice(["a", "b", "c"])
        if f == "a":
            return p[:5] + " " + p[5:]
        if f == "b":
            return p
        return p[:5] + " " + p[5:8] + " " + p[8:]
    if k.startswith("ie"):
        if intl:
            rest = p[1:]
            if R.random() < 0.3:
                return "+353" + rest
            return R.choice(["+353 ", "00353 "]) + rest[:-7] + " " + rest[-7:-4] + " " + rest[-4:]
        f = R.choice(["a", "b", "c"])
        if f == "a":
            return p[:-7] + " " + p[-7:-4] + " " + p[-4:]
        if f == "b":
            return p
        return p[:-7] + "-" + p[-7:]
    f = R.choice(["a", "b", "c", "d"])
    if f == "a":
        return "(%s) %s-%s" % (p[:3], p[3:6], p[6:])
    if f == "b":
        return "%s-%s-%s" % (p[:3], p[3:6], p[6:])
    if f == "c":
        return "+1 %s %s %s" % (p[:3], p[3:6], p[6:])
    return "%s.%s.%s" % (p[:3], p[3:6], p[6:])


def spoken_phone(k, p):
    if k.startswith("uk") and R.random() < 0.3:
        return "plus four four " + say_digits(p[1:])
    if k.startswith("ie") and R.random() < 0.3:
        return "plus three five three " + say_digits(p[1:])
    if k.startswith("uk"):
        return say_digits(p[:5]) + " " + say_digits(p[5:])
    return " ".join(say_digits(x) for x in (p[:3], p[3:6], p[6:]))


FIRST = ["mary", "sean", "aoife", "ciaran", "niamh", "james", "sarah", "tom", "emma", "david",
         "grainne", "liam", "paul", "siobhan", "kate", "mark", "orla", "gareth", "rhys", "fiona",
         "declan", "helen", "chris", "priya", "amir", "joanne"]
LAST = ["kelly", "murphy", "byrne", "walsh", "obrien", "smith", "jones", "taylor", "brown",
        "evans", "doyle", "ryan", "patel", "khan", "hughes", "price", "lynch", "mcdonald",
        "fitzgerald", "nolan", "reid", "wilson"]
DOMAINS = ["gmail.com", "hotmail.co.uk", "yahoo.ie", "outlook.com", "btinternet.com",
           "eircom.net", "icloud.com", "live.ie", "sky.com", "yahoo.co.uk", "protonmail.com"]


def gen_email():
    f, l = R.choice(FIRST), R.choice(LAST)
    n = R.choice(["", "", str(R.randint(1, 99)), str(R.randint(1960, 2001))])
    shape = R.choice(["f.l", "fl", "f_l", "f1l", "l.f"])
    if shape == "f.l":
        user = f + "." + l + n
    elif shape == "fl":
        user = f + l + n
    elif shape == "f_l":
        user = f + "_" + l + n
    elif shape == "f1l":
        user = f[0] + l + n
    else:
        user = l + "." + f + n
    return user + "@" + R.choice(DOMAINS)


def typed_email(e):
    return e.upper() if R.random() < 0.1 else (e.capitalize() if R.random() < 0.2 else e)


def spoken_email(e):
    user, dom = e.split("@")
    out = []
    for piece in re.findall(r"[a-z]+|\d+|[._-]", user):
        if piece == ".":
            out.append("dot")
        elif piece == "_":
            out.append("underscore")
        elif piece == "-":
            out.append("dash")
        elif piece.isdigit():
            if len(piece) == 4:
                out.append(pair_words(piece[:2], "oh") + " " + pair_words(piece[2:], "oh"))
            elif len(piece) == 2 and piece[0] != "0":
                out.append(pair_words(piece, "oh"))
            else:
                out.append(" ".join(UNITS[int(d)] for d in piece))
        elif len(piece) == 1:
            out.append(piece)
        elif R.random() < 0.25:
            out.append(piece + " that's " + " ".join(piece))
        else:
            out.append(piece)
    dparts = dom.split(".")
    txt = " ".join(out) + R.choice([" at ", " at sign "]) + " dot ".join(dparts)
    return txt


def check_email_spoken(e, txt):
    # spelled-out repetition ("kelly that's k e l l y") - normaliser can't undo, strip it
    t2 = re.sub(r" that's( [a-z])+", "", txt)
    return norm_email(t2) == e


UK_TOWNS = [("London", "SW", True), ("Manchester", "M", False), ("Leeds", "LS", False),
            ("Birmingham", "B", False), ("Glasgow", "G", False), ("Bristol", "BS", False),
            ("Cardiff", "CF", False), ("Belfast", "BT", False), ("Edinburgh", "EH", False),
            ("Liverpool", "L", False), ("Sheffield", "S", False), ("Nottingham", "NG", False),
            ("Norwich", "NR", False), ("Brighton", "BN", False), ("London", "E", True),
            ("London", "N", True), ("Reading", "RG", False), ("Swansea", "SA", False)]
IE_KEYS = [("Dublin", "D02"), ("Dublin", "D04"), ("Dublin", "D08"), ("Dublin", "D15"),
           ("Dublin", "D6W"), ("Cork", "T12"), ("Galway", "H91"), ("Limerick", "V94"),
           ("Athlone", "N37"), ("Kilkenny", "R95"), ("Waterford", "X91"), ("Sligo", "F91"),
           ("Wexford", "Y35"), ("Navan", "C15"), ("Tralee", "V92")]
INWARD_L = "ABDEFGHJLNPQRSTUWXYZ"
EIR_C = "ACDEFHKNPRTVWXY"


def gen_uk_postcode():
    town, area, _ = R.choice(UK_TOWNS)
    if area in ("SW", "E") and R.random() < 0.3:
        out = area + str(R.randint(1, 9)) + R.choice("AVW")
    else:
        out = area + str(R.randint(1, 20 if len(area) == 1 else 19))
    inw = str(R.randint(0, 9)) + R.choice(INWARD_L) + R.choice(INWARD_L)
    return town, out, inw


def gen_eircode():
    town, key = R.choice(IE_KEYS)
    uid = R.choice(EIR_C) + "".join(R.choice(EIR_C + "0123456789") for _ in range(3))
    return town, key, uid


def typed_postcode(out, inw):
    f = R.choice(["std", "std", "lower", "nospace", "std"])
    if f == "std":
        return out + " " + inw
    if f == "lower":
        return (out + " " + inw).lower()
    return out + inw


def spoken_postcode(out, inw):
    # outward district read as a number or digits, inward digit then letters
    m = re.fullmatch(r"([A-Z]+)(\d+)([A-Z]?)", out)
    area, dist, sub = m.groups()
    letters = " ".join(say_letter(c, R.choice(["plain", "plain", "for", "homo"])) for c in area)
    if len(dist) == 2 and R.random() < 0.6:
        dword_ = pair_words(dist, "oh")
    else:
        dword_ = " ".join(dword(d, "oh") for d in dist)
    s = letters + " " + dword_
    if sub:
        s += " " + say_letter(sub, "plain")
    inw_s = dword(inw[0], R.choice(["oh", "zero", "nought"])) + " " + \
        " ".join(say_letter(c, R.choice(["plain", "plain", "for", "nato"])) for c in inw[1:])
    return s + " " + inw_s


def spoken_eircode(key, uid):
    k = say_letter(key[0], "plain") + " " + " ".join(
        (dword(c, "oh") if c.isdigit() else say_letter(c, "plain")) for c in key[1:])
    u = " ".join(dword(c, R.choice(["oh", "zero"])) if c.isdigit() else
                 say_letter(c, R.choice(["plain", "for"])) for c in uid)
    return k + " " + u


STREETS = ["Elm Grove", "Victoria Street", "Kings Road", "Church Lane", "Station Road",
           "Beech Avenue", "Mill Lane", "Queens Crescent", "Park Drive", "Windsor Terrace",
           "Meadow Close", "Highfield Road", "Castle Street", "Oakwood Drive", "Albert Road",
           "St Johns Court", "Harbour View", "Main Street", "Clontarf Road", "Ashgrove Park",
           "Sandymount Avenue", "Grange Hill", "Orchard Way", "Cromwell Place", "Marine Parade Walk"]


def gen_address(spoken=False):
    st = R.choice(STREETS)
    num = R.randint(1, 240)
    flat = R.random() < 0.25
    if spoken:
        n = say_digits(str(num), style="pairs") if num >= 10 else UNITS[num]
        if num >= 100 and R.random() < 0.5:
            n = UNITS[num // 100] + " " + (pair_words("%02d" % (num % 100), "oh") if num % 100 else "hundred")
        s = n + " " + st.lower()
        if flat:
            s = "flat " + UNITS[R.randint(1, 9)] + " " + s
        return s
    s = "%d %s" % (num, st)
    if flat:
        s = R.choice(["Flat %d, " % R.randint(1, 30), "Apt %d " % R.randint(1, 30),
                      "%d/" % R.randint(1, 12)]) + s.replace("%d " % num, "%d " % num, 1)
    if R.random() < 0.2:
        s = s.lower()
    return s


def gen_dob():
    return R.randint(1, 28), R.randint(1, 12), R.randint(1938, 2005)


def typed_dob(d, m, y):
    f = R.choice(["slash", "slash", "dot", "long", "short", "iso", "dash"])
    if f == "slash":
        return "%02d/%02d/%d" % (d, m, y)
    if f == "dot":
        return "%d.%d.%d" % (d, m, y)
    if f == "long":
        return "%s %s %d" % (ordinal_typed(d), MONTHS[m - 1].capitalize(), y)
    if f == "short":
        return "%d %s %d" % (d, MONTH_ABBR[m - 1], y)
    if f == "dash":
        return "%02d-%02d-%02d" % (d, m, y % 100)
    return "%d/%d/%d" % (d, m, y)


def spoken_year(y):
    if y >= 2000:
        return R.choice(["two thousand and " + UNITS[y % 10] if y < 2010 else "twenty " + pair_words(str(y % 100), "oh"),
                         "two thousand " + (UNITS[y % 10] if y < 2010 else pair_words(str(y % 100), "oh"))]) \
            if y < 2010 else "two thousand and " + pair_words(str(y % 100), "oh")
    return "nineteen " + pair_words(str(y % 100).zfill(2), "oh")


def spoken_dob(d, m, y):
    f = R.choice(["of", "of", "month_first", "numeric"])
    if f == "of":
        txt = "the %s of %s %s" % (ordinal_words(d), MONTHS[m - 1], spoken_year(y))
        return txt[4:] if R.random() < 0.4 else txt
    if f == "month_first":
        return "%s %s %s" % (MONTHS[m - 1], ordinal_words(d), spoken_year(y))
    if R.random() < 0.5:
        return "the %s of the %s %s" % (ordinal_words(d), ordinal_words(m), spoken_year(y))
    return "%s %s %s" % (say_digits("%02d" % d, style="pairs", zero="oh"),
                         say_digits("%02d" % m, style="pairs", zero="oh"), spoken_year(y))


def gen_expiry():
    return R.randint(1, 12), R.randint(25, 32)


def typed_expiry(m, y):
    f = R.choice(["a", "a", "b", "c", "d", "e"])
    if f == "a":
        return "%02d/%02d" % (m, y)
    if f == "b":
        return "%02d%02d" % (m, y)
    if f == "c":
        return "%02d/20%02d" % (m, y)
    if f == "d":
        return "%s %d" % (MONTH_ABBR[m - 1], 2000 + y)
    return "%d-%02d" % (m, y)


def spoken_expiry(m, y):
    f = R.choice(["num", "num", "month"])
    if f == "month":
        return "%s %s" % (MONTHS[m - 1], R.choice(["twenty " + UNITS[y % 10] if y < 30 else "thirty " + UNITS[y % 10],
                                                    pair_words(str(y), "oh")]).replace(" zero", ""))
    return "%s %s" % (R.choice([dword("0", R.choice(["oh", "zero"])) + " " + UNITS[m] if m < 10 else pair_words(str(m), "oh"),
                                UNITS[m] if m < 10 else pair_words(str(m), "oh")]),
                      pair_words(str(y), "oh"))


# ---------------------------------------------------------------- case assembly
class V:
    def __init__(self, text, vtype, group=None, partial=False):
        self.text, self.type, self.group, self.partial = text, vtype, group, partial


def build(kind, note, turns):
    out_turns, spans, internal = [], [], []
    for ti, (spk, segs) in enumerate(turns):
        text = ""
        for s in segs:
            if isinstance(s, V):
                start = len(text)
                text += s.text
                spans.append({"turn": ti, "start": start, "end": len(text), "type": s.type})
                internal.append(s)
            else:
                text += s
        out_turns.append({"speaker": spk, "text": text})
    return {"kind": kind, "turns": out_turns, "spans": spans, "note": note}, internal


A, C = "agent", "customer"
POS, NEG = [], []


def pos(note, *turns):
    POS.append(build("positive", note, turns))


def neg(note, *turns):
    NEG.append(build("negative", note, turns))


def pick(*xs):
    return R.choice(xs)


def filler():
    return R.choice(["", "", "um ", "uh ", "er ", "erm "])


# ---------------------------------------------------------------- positive templates
def p_card_call_single():
    c = gen_card()
    ind = pick("telecom", "utilities", "insurance", "retail", "travel")
    pos("call/%s: card read in one customer turn, spoken digits" % ind,
        (A, [pick("okay and the long number across the front of the card please",
                  "can i take the sixteen digit number on the card",
                  "right whenever you're ready with the card number")]),
        (C, [pick("yeah it's ", "okay it's ", "", "right so ", "it's a visa "), V(spoken_card(c), "CARD_NUMBER"),
             pick("", " and that's a debit card", " yeah")]),
        (A, ["lovely thank you"]))


def p_card_call_split():
    c = gen_card()
    g = card_groups(c)
    bc = ["mhm", "okay go on", "yep", "yeah", "okay", "got that", "uh huh"]
    turns = [(A, [pick("go ahead with the card number", "and the card number when you're ready")])]
    for k, part in enumerate(g):
        turns.append((C, [filler(), V(say_digits(part), "CARD_NUMBER", group="c")]))
        if k < len(g) - 1:
            turns.append((A, [R.choice(bc)]))
    turns.append((A, ["thank you and the expiry"]))
    ind = pick("utilities", "telecom", "council tax", "insurance", "parking")
    pos("call/%s: card split in groups over %d customer turns with back-channels" % (ind, len(g)), *turns)


def p_card_chat():
    c = gen_card()
    m, y = gen_expiry()
    cv = gen_acct(4 if len(c) == 15 else 3)
    pos("chat/retail: card, expiry and cvv typed in one message",
        (A, ["Please could you provide the card details you'd like to use?"]),
        (C, [pick("sure, ", "ok ", "Card: ", "its "), V(typed_card(c), "CARD_NUMBER"),
             pick(" exp ", ", expiry ", " expires ", " - "), V(typed_expiry(m, y), "EXPIRY"),
             pick(" cvv ", ", security code ", " cvc: ", " and the 3 digits on the back are "),
             V(cv, "CVV"), pick("", " thanks", ". order total was £42.99")]))


def p_card_full_call():
    c = gen_card()
    m, y = gen_expiry()
    cv = gen_acct(4 if len(c) == 15 else 3)
    pos("call/%s: card then expiry then security code over separate turns" % pick("travel", "utilities", "telecom", "retail"),
        (A, ["can i take the card number please"]),
        (C, [V(spoken_card(c), "CARD_NUMBER")]),
        (A, ["and the expiry date"]),
        (C, [pick("", "it's ", "erm "), V(spoken_expiry(m, y), "EXPIRY")]),
        (A, [pick("and the three digit security code on the back", "last thing the security number on the back of the card")
             if len(c) != 15 else "and the four digit code on the front"]),
        (C, [pick("", "it's ", "that's "), V(say_digits(cv, style="single"), "CVV")]),
        (A, [pick("thank you that payment of forty two pounds fifty has gone through",
                  "perfect i'll process that now for the sum of one hundred and twelve euro")]))


def p_card_readback():
    c = gen_card()
    g = card_groups(c)
    pos("call/%s: card read in pairs, agent reads it back digit by digit, customer confirms" % pick("insurance", "telecom"),
        (C, ["the card is ", V(spoken_card(c), "CARD_NUMBER")]),
        (A, ["let me read that back ", V(" ".join(say_digits(x, style="single") for x in g), "CARD_NUMBER"), " is that right"]),
        (C, ["yes that's it"]))


def p_card_selfcorrect():
    c = gen_card()
    g = card_groups(c)
    wrong = g[1][:2]
    pos("call/retail: self-correction inside card reading, wrong partial group labelled too",
        (A, ["and the card number please"]),
        (C, [V(say_digits(g[0], style="single"), "CARD_NUMBER", group="c"), " ",
             V(say_digits(wrong[0] + str((int(wrong[1]) + 3) % 10), style="single"), "CARD_NUMBER", partial=True),
             pick(" no sorry ", " no wait ", " sorry scratch that "),
             V(" ".join(say_digits(x) for x in g[1:]), "CARD_NUMBER", group="c")]),
        (A, ["okay got it"]))


def p_cvv_expiry_call():
    m, y = gen_expiry()
    cv = gen_acct(3)
    pos("call/%s: expiry and cvv in the same turn with chit-chat" % pick("telecom", "travel"),
        (A, ["what's the expiry and the code on the back"]),
        (C, [pick("expiry is ", "it runs out "), V(spoken_expiry(m, y), "EXPIRY"),
             pick(" and the code is ", " and the back is um ", " security code "), V(say_digits(cv), "CVV"),
             pick(" i think", "", " hang on yeah that's right")]))


def p_ni_call():
    n = gen_ni()
    ind = pick("government services", "payroll", "pensions", "benefits", "HMRC helpline")
    pos("call/%s: NI number spoken in one turn" % ind,
        (A, [pick("can i take your national insurance number", "and your NI number please",
                  "for security can you confirm your national insurance number")]),
        (C, [pick("yeah it's ", "", "okay it's ", "right "), V(spoken_ni(n, with_filler=R.random() < 0.3), "NI_NUMBER"),
             pick("", " i think", " yeah")]))


def p_ni_split():
    n = gen_ni()
    pre, digs, suf = n[:2], n[2:8], n[8]
    m = R.choice(["plain", "for", "nato", "homo"])
    pos("call/benefits: NI number split over three turns, letters then digits then suffix",
        (A, ["national insurance number please"]),
        (C, [V(say_letter(pre[0], m) + " " + say_letter(pre[1], m), "NI_NUMBER", group="n")]),
        (A, [pick("mhm", "yep", "okay")]),
        (C, [V(say_digits(digs[:4], style=pick("pairs", "single"), zero="oh"), "NI_NUMBER", group="n")]),
        (A, [pick("go on", "yeah")]),
        (C, [V(say_digits(digs[4:], style="single", zero=pick("oh", "zero")), "NI_NUMBER", group="n"), " ",
             V(say_letter(suf, pick("plain", "for")), "NI_NUMBER", group="n")]),
        (A, ["thank you i've found your record"]))


def p_ni_chat():
    n = gen_ni()
    pos("chat/%s: NI number typed" % pick("payroll", "pensions", "gov services", "student finance"),
        (A, ["To verify your identity, please type your National Insurance number."]),
        (C, [pick("", "its ", "NI no: ", "sure - ", "ni number is "), V(typed_ni(n), "NI_NUMBER"),
             pick("", " thanks", ". my payslip for march is wrong by £120")]))


def p_ni_readback():
    n = gen_ni()
    pos("call/HMRC: NI number read back by agent in NATO and confirmed",
        (C, ["it's ", V(spoken_ni(n), "NI_NUMBER")]),
        (A, ["so that's ", V(" ".join(NATO[c.lower()] if c.isalpha() else UNITS[int(c)] for c in n), "NI_NUMBER"), " yeah"]),
        (C, ["that's correct"]))


def p_ni_and_dob():
    n = gen_ni()
    d, m, y = gen_dob()
    pos("call/pensions: NI number and date of birth in one turn",
        (A, ["can you confirm your national insurance number and date of birth"]),
        (C, [V(spoken_ni(n), "NI_NUMBER"), pick(" and i was born on ", " date of birth ", " and my birthday is "),
             V(spoken_dob(d, m, y), "DOB")]))


def p_ssn_call():
    s = gen_ssn()
    st = pick("single", "pairs", "doubles", "groups")
    z = pick("zero", "oh", "o")
    txt = " ".join(say_digits(x, style=pick("single", "pairs"), zero=z) for x in (s[:3], s[3:5], s[5:])) if st == "groups" \
        else say_digits(s, style=st, zero=z)
    pos("call/%s US: SSN spoken" % pick("healthcare billing", "banking", "insurance", "benefits"),
        (A, [pick("can i get the last four... actually i need the full social", "and your social security number please",
                  "for verification i'll need your social")]),
        (C, [pick("sure it's ", "", "okay ", "yeah "), V(txt, "SSN")]))


def p_ssn_chat():
    s = gen_ssn()
    pos("chat/%s US: SSN typed" % pick("healthcare billing", "tax prep", "insurance", "payroll"),
        (A, ["Please provide your SSN so I can locate your file."]),
        (C, [pick("ssn ", "", "Sure: ", "my social is "), V(typed_ssn(s), "SSN"), pick("", " thx", " , claim was for $240")]))


def p_ssn_split():
    s = gen_ssn()
    pos("call/banking US: SSN split across turns",
        (A, ["go ahead with your social"]),
        (C, [V(say_digits(s[:3], zero="zero"), "SSN", group="s")]),
        (A, ["uh huh"]),
        (C, [V(say_digits(s[3:5], zero="oh"), "SSN", group="s")]),
        (A, ["okay"]),
        (C, [V(say_digits(s[5:], zero="zero"), "SSN", group="s")]))


def p_ssn_with_zip():
    s = gen_ssn()
    z = "%05d" % R.randint(1001, 99950)
    pos("call/insurance US: SSN and ZIP code in same conversation",
        (A, ["what's your social and the zip code on file"]),
        (C, [V(say_digits(s, zero=pick("zero", "oh")), "SSN"), pick(" and zip is ", " zip ", " and the zip code "), V(say_digits(z, style="single", zero=pick("oh", "zero")), "POSTCODE")]))


def p_sort_acct_call():
    sc = gen_sort()
    ac = gen_acct()
    pos("call/%s UK: sort code and account number spoken" % pick("banking", "utilities direct debit", "council tax", "insurance"),
        (A, ["what's the sort code for the account"]),
        (C, [pick("", "it's ", "sort code's "), V(spoken_sort(sc), "SORT_CODE")]),
        (A, ["and the account number"]),
        (C, [filler(), V(say_digits(ac), "BANK_ACCOUNT"), pick("", " that's the joint account", " with halifax")]))


def p_sort_acct_chat():
    sc = gen_sort()
    ac = gen_acct()
    pos("chat/%s UK: sort code and account typed in one message" % pick("energy", "broadband", "mortgage", "pension"),
        (A, ["Which bank account would you like the refund paid into?"]),
        (C, [pick("sort code ", "SC ", "s/c: "), V(typed_sort(sc), "SORT_CODE"), pick(" acc ", ", account no. ", " a/c "),
             V(ac, "BANK_ACCOUNT"), pick("", " (nationwide)", " - refund was £86.40")]))


def p_sort_acct_one_turn_call():
    sc = gen_sort()
    ac = gen_acct()
    pos("call/banking UK: sort code and account in one ASR turn, no punctuation",
        (A, ["and the bank details for the direct debit"]),
        (C, [pick("sort code ", "it's sort code "), V(spoken_sort(sc), "SORT_CODE"), pick(" account ", " and account number ", " and then "),
             V(say_digits(ac), "BANK_ACCOUNT")]))


def p_acct_split_readback():
    ac = gen_acct()
    pos("call/utilities UK: account number split and read back by agent",
        (C, ["account number is ", V(say_digits(ac[:4]), "BANK_ACCOUNT", group="a")]),
        (A, ["mhm"]),
        (C, [V(say_digits(ac[4:]), "BANK_ACCOUNT", group="a")]),
        (A, ["so ", V(say_digits(ac, style="single"), "BANK_ACCOUNT"), " yeah"]),
        (C, ["yep"]))


def p_us_acct():
    ac = gen_acct(R.choice([10, 11, 12]))
    pos("chat/banking US: checking account number typed",
        (A, ["What's the checking account number for the ACH transfer?"]),
        (C, [pick("acct # ", "it's ", "checking "), V(ac, "BANK_ACCOUNT"), pick(" routing is on the check", "", " thanks")]))


def p_iban_chat():
    i = gen_iban()
    pos("chat/%s %s: IBAN typed for refund" % (pick("travel", "insurance", "utilities", "retail"), i[:2]),
        (A, ["Please send the IBAN for the refund."]),
        (C, [pick("IBAN: ", "", "its ", "iban "), V(typed_iban(i), "IBAN"), pick("", " thanks", " - refund of €310")]))


def p_iban_call():
    i = gen_iban()
    pos("call/%s %s: IBAN spelled out" % (pick("banking", "travel", "utilities"), i[:2]),
        (A, ["can you read me the iban"]),
        (C, [pick("yeah it's ", "okay ", ""), V(spoken_iban(i), "IBAN")]))


def p_phone_call():
    k, p = gen_phone()
    pos("call/%s: phone number spoken (%s)" % (pick("telecom", "utilities", "healthcare", "retail"), k),
        (A, [pick("best number to reach you on", "and a contact number", "what number should we call back on")]),
        (C, [pick("", "it's ", "yeah it's my mobile ", "um "), V(spoken_phone(k, p), "PHONE")]))


def p_phone_chat():
    k, p = gen_phone()
    pos("chat/%s: phone number typed (%s)" % (pick("telecom", "travel", "housing", "retail"), k),
        (C, [pick("pls call me on ", "my number is ", "you can reach me at ", "mob: "), V(typed_phone(k, p), "PHONE"),
             pick("", " after 5pm", " any time before 6")]))


def p_phone_split():
    k, p = gen_phone()
    a_, b_ = p[:5], p[5:]
    pos("call/telecom: phone split over two turns with correction of second half",
        (C, ["the number's ", V(say_digits(a_), "PHONE", group="p")]),
        (A, ["yeah"]),
        (C, [V(say_digits(b_), "PHONE", group="p")]),
        (A, ["brilliant thanks"]))


def p_email_call():
    e = gen_email()
    t = spoken_email(e)
    while not check_email_spoken(e, t):
        e = gen_email()
        t = spoken_email(e)
    pos("call/%s: email address spoken with 'dot' and 'at'" % pick("retail", "telecom", "insurance", "travel"),
        (A, ["and an email address for the confirmation"]),
        (C, [pick("it's ", "yeah ", ""), V(t, "EMAIL")]))


def p_email_chat():
    e = gen_email()
    pos("chat/%s: email typed" % pick("retail", "broadband", "airline", "council"),
        (C, [pick("can you update my email to ", "email: ", "send it to ", "new email is "), V(typed_email(e), "EMAIL"),
             pick("", " please", ". order 5521873 still not here")]))


def p_dob_call():
    d, m, y = gen_dob()
    pos("call/%s: date of birth spoken" % pick("healthcare", "banking", "insurance", "gov services"),
        (A, [pick("can you confirm your date of birth", "and your date of birth please", "dob please")]),
        (C, [pick("", "yeah it's ", "it's "), V(spoken_dob(d, m, y), "DOB")]))


def p_dob_chat():
    d, m, y = gen_dob()
    pos("chat/%s: date of birth typed" % pick("healthcare", "banking", "insurance"),
        (A, ["Can you confirm your date of birth?"]),
        (C, [pick("dob ", "", "born ", "its "), V(typed_dob(d, m, y), "DOB")]))


def p_address_uk_call():
    town, out, inw = gen_uk_postcode()
    a = gen_address(spoken=True)
    pos("call/%s UK: street address and postcode spoken" % pick("utilities", "telecom", "insurance", "council"),
        (A, ["what's the address at the property"]),
        (C, [pick("it's ", "", "we're at "), V(a, "ADDRESS"), " ", town.lower(), " ", V(spoken_postcode(out, inw), "POSTCODE")]))


def p_address_uk_chat():
    town, out, inw = gen_uk_postcode()
    a = gen_address()
    pos("chat/%s UK: address and postcode typed" % pick("retail delivery", "energy", "broadband"),
        (C, [pick("deliver to ", "new address is ", "address: "), V(a, "ADDRESS"), ", " + town + ", ",
             V(typed_postcode(out, inw), "POSTCODE")]))


def p_postcode_only_call():
    town, out, inw = gen_uk_postcode()
    pos("call/%s UK: postcode spoken alone for lookup" % pick("utilities", "telecom", "delivery"),
        (A, ["what's the postcode there"]),
        (C, [pick("", "it's ", "um "), V(spoken_postcode(out, inw), "POSTCODE")]),
        (A, ["and is it the ground floor flat"]))


def p_eircode_call():
    town, key, uid = gen_eircode()
    pos("call/%s IE: Eircode spoken" % pick("utilities", "broadband", "insurance"),
        (A, ["and what's the eircode"]),
        (C, [pick("", "it's ", "the eircode's "), V(spoken_eircode(key, uid), "POSTCODE")]))


def p_eircode_chat():
    town, key, uid = gen_eircode()
    a = gen_address()
    pos("chat/%s IE: Irish address with Eircode" % pick("retail", "energy", "broadband"),
        (C, ["address is ", V(a, "ADDRESS"), ", " + town + ", ", V(pick(key + " " + uid, key + uid, (key + " " + uid).lower()), "POSTCODE")]))


def p_us_address():
    a = "%d %s" % (R.randint(100, 9999), pick("Oak Avenue", "Maple Street", "Sunset Blvd", "Elm St", "Lakeview Drive"))
    z = "%05d" % R.randint(1001, 99950)
    pos("chat/insurance US: street address with ZIP",
        (C, ["my address is ", V(a, "ADDRESS"), ", ", pick("Austin, TX ", "Boston, MA ", "Denver, CO "), V(z, "POSTCODE")]))


def p_two_numbers_mixed():
    k, p = gen_phone()
    e = gen_email()
    pos("chat/telecom: phone and email in same message with order number (unlabelled)",
        (C, ["hi re order 4471902, my number is ", V(typed_phone(k, p), "PHONE"), " or email ", V(typed_email(e), "EMAIL")]))


def p_ni_chat_multi():
    n = gen_ni()
    d, m, y = gen_dob()
    town, out, inw = gen_uk_postcode()
    pos("chat/pensions UK: NI, DOB and postcode across two customer messages",
        (A, ["Please confirm your NI number, date of birth and postcode."]),
        (C, [V(typed_ni(n), "NI_NUMBER")]),
        (C, [V(typed_dob(d, m, y), "DOB"), " and ", V(typed_postcode(out, inw), "POSTCODE")]))


def p_ni_typo_chat():
    n = gen_ni()
    pos("chat/gov services UK: NI number with stray spacing in a wordy message",
        (C, ["Hiya i need to chase my tax rebate from 2023, ni is ", V("%s %s%s %s%s" % (n[:2], n[2:5], n[5:6], n[6:8], n[8]) , "NI_NUMBER"),
             " ta"]))


def p_card_with_amount():
    c = gen_card()
    pos("call/utilities UK: card read with pairs and an unlabelled amount in the same turn",
        (A, ["how much would you like to pay today"]),
        (C, ["sixty pounds on the card ", V(say_digits(c, style="pairs"), "CARD_NUMBER")]))


def p_card_interrupted():
    c = gen_card()
    g = card_groups(c)
    k = R.randint(1, len(g) - 1)
    pos("call/%s UK: card read in one turn with chit-chat in the middle" % pick("utilities", "retail", "telecom"),
        (A, ["go ahead with the card number"]),
        (C, [V(" ".join(say_digits(x) for x in g[:k]), "CARD_NUMBER", group="c"),
             pick(" hang on the numbers are worn ", " sorry the dog's going mad ", " um let me just get my glasses right "),
             V(" ".join(say_digits(x) for x in g[k:]), "CARD_NUMBER", group="c")]),
        (A, ["no worries got that"]))


def p_card_and_phone_chat():
    c = gen_card()
    k, ph = gen_phone()
    pos("chat/travel IE: card and phone typed in the same message with a booking ref (unlabelled)",
        (C, ["booking ref KZTQWE - pls charge the balance of €%d to " % R.randint(80, 900), V(typed_card(c), "CARD_NUMBER"),
             " and text the confirmation to ", V(typed_phone(k, ph), "PHONE")]))


def p_ni_selfcorrect():
    n = gen_ni()
    wrong = n[0] + R.choice([x for x in NI_SECOND if x != n[1]])
    pos("call/benefits UK: NI number with a self-correction of the prefix",
        (A, ["and your national insurance number"]),
        (C, [V(say_letter(wrong[0], "plain") + " " + say_letter(wrong[1], "plain"), "NI_NUMBER", partial=True),
             pick(" no hang on ", " sorry no it's ", " wait no "), V(spoken_ni(n), "NI_NUMBER")]),
        (A, ["okay thank you"]))


def p_ni_chat_sentence():
    n = gen_ni()
    pos("chat/HMRC UK: NI number typed mid-sentence lower case with tax year (unlabelled)",
        (C, [pick("hi my ni is ", "Hello, national insurance no ", "my nino is ", "NINO "), V(typed_ni(n), "NI_NUMBER"),
             pick(" and i think i was overtaxed in 2023/24 by about £340", " - havent had my P60 for 2024", " cheers")]))


def p_ni_agent_readback_split():
    n = gen_ni()
    pos("call/pensions UK: customer gives NI in one go, agent reads back in two halves",
        (C, ["it's ", V(spoken_ni(n), "NI_NUMBER")]),
        (A, ["let me just check ", V(" ".join(say_letter(x, "plain") for x in n[:2]) + " " + say_digits(n[2:5], style="single", zero="zero"), "NI_NUMBER", group="r")]),
        (C, ["yeah"]),
        (A, [V(say_digits(n[5:8], style="single", zero="zero") + " " + say_letter(n[8], "plain"), "NI_NUMBER", group="r")]),
        (C, ["that's it"]))


def p_sort_readback():
    sc = gen_sort()
    ac = gen_acct()
    pos("call/banking UK: sort code in pairs, agent reads back, account with a double",
        (A, ["sort code please"]),
        (C, [V(say_digits(sc, style="pairs", zero="oh"), "SORT_CODE")]),
        (A, ["that's ", V(" ".join(say_digits(sc[k:k + 2], style="single") for k in (0, 2, 4)), "SORT_CODE"), " and the account number"]),
        (C, [V(say_digits(ac, style="doubles"), "BANK_ACCOUNT"), " it's a santander one"]))


def p_ie_bank_call():
    sc = "9" + gen_acct(5)
    ac = gen_acct()
    pos("call/utilities IE: Irish sort code and account number read out",
        (A, ["and the bank details for the direct debit so the sort code first"]),
        (C, [pick("", "it's ", "okay sort code "), V(spoken_sort(sc), "SORT_CODE"), " that's bank of ireland"]),
        (A, ["grand and the account number"]),
        (C, [V(say_digits(ac), "BANK_ACCOUNT")]))


def p_email_spelled():
    f, l = R.choice(FIRST), R.choice(LAST)
    dom = R.choice(DOMAINS)
    user = f[0] + l
    t = " ".join(user) + pick(" at ", " at sign ") + " dot ".join(dom.split("."))
    pos("call/%s: email spelled letter by letter" % pick("insurance", "housing", "broadband"),
        (A, ["can you spell the email for me"]),
        (C, [pick("yeah it's ", "", "okay "), V(t, "EMAIL")]),
        (A, ["lovely"]))


def p_phone_readback():
    k, ph = gen_phone()
    pos("call/%s: phone number given then read back digit by digit by agent" % pick("telecom", "healthcare", "utilities"),
        (C, [pick("my number is ", "you can get me on ", "best number's "), V(spoken_phone(k, ph), "PHONE")]),
        (A, ["so that's ", V(say_digits(ph, style="single", zero="oh"), "PHONE")]),
        (C, ["yes and the landline's the same as before"]))


def p_phone_intl_zero():
    ph = R.choice(IE_MOB)[1:] + gen_acct(7)
    pos("call/travel IE: Irish mobile given with double-oh international prefix",
        (A, ["and a number in case the flight changes"]),
        (C, [V("double oh three five three " + say_digits(ph), "PHONE"), " that's my mobile"]))


def p_dob_with_age():
    d, m, y = gen_dob()
    pos("call/insurance UK: DOB and an unlabelled age and policy start date",
        (A, ["date of birth for the main driver"]),
        (C, [V(spoken_dob(d, m, y), "DOB"), " so i'm ", pick("forty", "thirty two", "fifty eight", "sixty one"),
             " and i want the policy from the first of next month"]))


def p_address_ie_call():
    town, key, uid = gen_eircode()
    a = gen_address(spoken=True)
    pos("call/broadband IE: street address then eircode spelled over two turns",
        (A, ["what's the address for the installation"]),
        (C, [V(a, "ADDRESS"), " ", town.lower()]),
        (A, ["and the eircode"]),
        (C, [V(spoken_eircode(key, uid), "POSTCODE")]))


def p_address_change_chat():
    town, out, inw = gen_uk_postcode()
    a = gen_address()
    pos("chat/banking UK: change of address with previous years at address (unlabelled)",
        (C, ["moved house last month, new addr is ", V(a, "ADDRESS"), " ", town, " ", V(typed_postcode(out, inw), "POSTCODE"),
             " - been there since 3rd Oct, 2 bed flat"]))


POS_TEMPLATES = [
    (p_card_call_single, 10), (p_card_call_split, 6), (p_card_chat, 10), (p_card_full_call, 8),
    (p_card_readback, 3), (p_card_selfcorrect, 3), (p_cvv_expiry_call, 5), (p_card_with_amount, 3),
    (p_ni_call, 12), (p_ni_split, 5), (p_ni_chat, 10), (p_ni_readback, 3), (p_ni_and_dob, 4),
    (p_ni_chat_multi, 3), (p_ni_typo_chat, 2),
    (p_ssn_call, 12), (p_ssn_chat, 10), (p_ssn_split, 3), (p_ssn_with_zip, 4),
    (p_sort_acct_call, 8), (p_sort_acct_chat, 7), (p_sort_acct_one_turn_call, 4), (p_acct_split_readback, 3), (p_us_acct, 3),
    (p_iban_chat, 9), (p_iban_call, 6),
    (p_phone_call, 8), (p_phone_chat, 7), (p_phone_split, 3),
    (p_email_call, 7), (p_email_chat, 6), (p_two_numbers_mixed, 3),
    (p_dob_call, 6), (p_dob_chat, 5),
    (p_address_uk_call, 6), (p_address_uk_chat, 5), (p_postcode_only_call, 4), (p_eircode_call, 5), (p_eircode_chat, 4),
    (p_us_address, 3), (p_card_interrupted, 5), (p_card_and_phone_chat, 3), (p_ni_selfcorrect, 3),
    (p_ni_chat_sentence, 5), (p_ni_agent_readback_split, 3), (p_sort_readback, 4), (p_ie_bank_call, 4),
    (p_email_spelled, 4), (p_phone_readback, 3), (p_phone_intl_zero, 3), (p_dob_with_age, 3),
    (p_address_ie_call, 4), (p_address_change_chat, 3),
]


# ---------------------------------------------------------------- negative templates
def gen_ref(n):
    """Reference numbers never start with 0 (so they do not look like phone numbers)."""
    return str(R.randint(1, 9)) + gen_acct(n - 1)

def n_amounts():
    pounds = R.randint(12, 480)
    neg("call/utilities UK: amounts, balance and direct debit date, no PII",
        (A, ["your balance is %s pounds and %s pence" % (num_words(pounds), pick("twenty", "fifty", "ninety nine"))]),
        (C, ["and when does the direct debit come out"]),
        (A, ["on the %s of each month and it's %s pounds" % (ordinal_words(R.randint(1, 28)), num_words(R.randint(30, 99)))]))


def n_policy_ref():
    ref = gen_ref(R.choice([7, 8, 9, 10]))
    neg("call/insurance UK: policy number said with 'policy number'",
        (A, ["can i take your policy number"]),
        (C, ["policy number %s" % pick("p l ", "m t ", "") + say_digits(ref)]),
        (A, ["thanks that's your home policy renewing on the first of june"]))


def n_customer_ref_chat():
    neg("chat/energy UK: customer reference and meter reading",
        (C, ["customer ref %s, meter reading is %05d as of this morning" % (gen_ref(R.choice([8, 9, 10])), R.randint(1000, 99999))]),
        (A, ["Thanks, I've submitted a reading of %05d kWh for you." % R.randint(1000, 99999)]))


def n_meter_call():
    neg("call/utilities UK: meter reading read digit by digit",
        (A, ["go ahead with the meter reading"]),
        (C, ["it's " + say_digits(gen_acct(5), style="single")]),
        (A, ["and the night reading"]),
        (C, [say_digits(gen_acct(5), style="single")]))


def n_booking():
    code = "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(6))
    neg("chat/travel IE: booking reference letters, flight number and times",
        (C, ["booking ref %s, flight %s%d on the %s at %02d:%02d" % (code, pick("EI", "FR", "BA"), R.randint(100, 9999),
                                                                 ordinal_typed(R.randint(1, 28)), R.randint(5, 22), pick(0, 15, 30, 45))]),
        (A, ["Thanks, the flight departs Terminal 2, gate %d, boarding 40 minutes before." % R.randint(100, 420)]))


def n_order_number_call():
    neg("call/retail UK: order number with its reference word and delivery window",
        (C, ["i'm calling about order number " + say_digits(gen_ref(R.choice([8, 9, 10])))]),
        (A, ["yeah that's showing for delivery between ten and two on thursday"]),
        (C, ["it was forty nine ninety nine for the kettle"]))


def n_ticket():
    neg("chat/telecom: ticket number, speeds, percentages",
        (C, ["ticket #%d - speed dropped to %d Mbps from %d, thats %d%% less" % (R.randint(100000, 9999999), R.randint(8, 40), R.randint(60, 900), R.randint(20, 90))]),
        (A, ["Sorry about that. Your line is rated at %d Mbps and the router model is %s." % (R.randint(30, 500), pick("Hub 4", "TG789", "DGA4134", "Hub 6"))]))


def n_appointment():
    neg("call/healthcare UK: appointment date and time, not a birth date",
        (A, ["i can offer you the %s of %s at %s" % (ordinal_words(R.randint(1, 28)), pick(*MONTHS), pick("ten thirty", "half two", "quarter past nine", "two fifteen"))]),
        (C, ["that's fine and it's in room %s" % say_digits(str(R.randint(1, 40)), style="pairs")]),
        (A, ["yes on the second floor it'll take about forty five minutes"]))


def n_claim():
    neg("call/insurance IE: claim number and excess amount",
        (A, ["your claim number is " + say_digits(gen_ref(R.choice([8, 9])))]),
        (C, ["and the excess is it two fifty"]),
        (A, ["yes two hundred and fifty euro and it's usually settled in ten working days"]))


def n_invoice_chat():
    neg("chat/B2B UK: invoice number, VAT and totals",
        (C, ["Invoice INV-%d shows £%d.%02d but the quote said £%d + VAT (20%%)" % (R.randint(10000, 9999999), R.randint(100, 3000), R.randint(0, 99), R.randint(100, 3000))]),
        (A, ["I'll raise a query on that invoice, it takes 3-5 working days."]))


def n_age_years():
    neg("call/insurance UK: ages, years and counts",
        (C, ["i'm %s and i've been driving since nineteen %s" % (pick("forty two", "fifty six", "thirty one", "sixty eight"), pick("ninety", "eighty eight", "ninety four"))]),
        (A, ["and how many years no claims"]),
        (C, ["%s years and the car's a twenty %s reg" % (pick("nine", "eleven", "twelve", "seven"), pick("nineteen", "twenty one", "fifteen"))]))


def n_temperatures():
    neg("call/utilities IE: temperatures and times around a boiler fault",
        (C, ["the boiler's set to %s degrees and it keeps dropping to %s" % (pick("sixty", "fifty five", "twenty one"), pick("twelve", "fifteen", "eight"))]),
        (A, ["okay an engineer can come out between eight and twelve on the %s" % ordinal_words(R.randint(1, 28))]))


def n_contract_date():
    d, m, y = R.randint(1, 28), R.randint(1, 12), R.randint(2021, 2025)
    neg("chat/telecom UK: contract start date and minimum term",
        (C, ["my contract started %d/%02d/%d and was 24 months at £%d.%02d/mo" % (d, m, y, R.randint(10, 60), R.randint(0, 99))]),
        (A, ["Yes, the minimum term ends on %d %s %d." % (d, MONTH_ABBR[m - 1], y + 2)]))


def n_reference_spoken_alnum():
    neg("call/council tax UK: council tax reference with letters and band",
        (A, ["have you got your council tax reference"]),
        (C, ["yeah reference " + say_alnum("%s%d" % (pick("CT", "R", "A"), R.randint(1000000, 99999999)))]),
        (A, ["thanks you're in band %s and the annual charge is one thousand eight hundred and twelve pounds" % pick("c", "d", "b")]))


def n_quantities():
    neg("chat/retail: quantities, sizes and model numbers",
        (C, ["I ordered %d x %s in size %d and %d of the %s" % (R.randint(2, 6), pick("SKU 44812", "item 730221"), R.randint(6, 18), R.randint(1, 4), pick("WX-2200 model", "KT3000", "model 5G-110"))]),
        (A, ["I can see %d items dispatched on the %s, the rest will follow in 2-3 days." % (R.randint(1, 5), ordinal_typed(R.randint(1, 28)))]))


def n_mprn():
    neg("call/energy IE: account balance and payment plan, numbers as amounts",
        (A, ["the balance on the account is %s euro%s" % (num_words(R.randint(100, 999)), pick(" and twenty cent", "", " forty"))]),
        (C, ["can i pay it off at %s a week" % pick("twenty", "fifty", "thirty five")]),
        (A, ["yes that would take about %s weeks" % pick("ten", "twelve", "nine")]))


def n_times_durations():
    neg("call/travel UK: times, durations and platform numbers",
        (C, ["the %s train was delayed by %s minutes" % (pick("seven fifteen", "eight oh four", "six forty two"), pick("forty", "ninety", "twenty five"))]),
        (A, ["for delays over an hour you get %s percent back on the ticket" % pick("fifty", "twenty five", "a hundred")]),
        (C, ["it left from platform %s" % pick("nine", "twelve", "four")]))


def n_member_number():
    neg("chat/retail loyalty: membership number with its reference word",
        (C, ["membership number %d, I have %d points" % (R.randint(1000000, 9999999999), R.randint(100, 20000))]),
        (A, ["Thanks! That's worth £%d.%02d off your next shop." % (R.randint(1, 90), R.randint(0, 99))]))


def n_hotel():
    neg("call/travel IE: hotel room, nights and price",
        (C, ["we're in room %s for %s nights" % (say_digits(str(R.randint(100, 620)), style=pick("single", "pairs")), pick("three", "four", "two"))]),
        (A, ["the rate is %s euro per night with breakfast" % pick("one forty nine", "ninety five", "two hundred and ten")]))


def n_serial_number():
    neg("chat/telecom: router serial suffix, firmware version and minutes",
        (C, ["my router serial ends %d and it's firmware %d.%d.%d" % (R.randint(1000, 9999), R.randint(1, 9), R.randint(0, 20), R.randint(0, 99))]),
        (A, ["Please restart it and wait 10 mins; lights should go solid after 2-3 minutes."]))


def n_year_range():
    neg("call/pensions UK: tax years and percentages, no identifiers",
        (A, ["for the twenty %s to twenty %s tax year you paid %s percent" % (pick("twenty two", "twenty three"), pick("twenty three", "twenty four"), pick("twenty", "forty"))]),
        (C, ["and my personal allowance is twelve thousand five hundred and seventy"]),
        (A, ["yes that's right"]))


def n_parcel():
    neg("chat/delivery UK: tracking number with its reference word",
        (C, ["tracking number %s%d, it says 2 attempts" % (pick("JD", "H", "TT"), R.randint(10000000, 999999999))]),
        (A, ["A third attempt is booked for tomorrow between 07:00 and 13:00."]))


def n_short_talk():
    neg("call/banking UK: call about a card that's lost with no numbers given",
        (C, ["i think i left my card in the machine at about half three"]),
        (A, ["okay i've cancelled it and a new one will arrive in three to five working days"]),
        (C, ["brilliant and will the pin stay the same"]),
        (A, ["yes same pin"]))


def n_booking_spoken():
    code = "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(6))
    neg("call/travel UK: booking reference letters in NATO, departure time and price",
        (A, ["have you got the booking reference"]),
        (C, ["yeah it's " + " ".join(NATO[c.lower()] for c in code)]),
        (A, ["thanks that's the %s departure and the change fee is %s pounds" % (pick("six forty", "nine fifteen", "eleven oh five"), pick("thirty five", "forty", "twenty"))]))


def n_customer_number_spoken():
    neg("call/energy UK: customer number read out with its reference word, plus kWh",
        (A, ["can i take your customer number"]),
        (C, ["customer number " + say_digits(gen_ref(R.choice([7, 8, 9])), style=pick("single", "doubles"))]),
        (A, ["thank you you've used %s kilowatt hours this quarter" % pick("eight hundred and twelve", "four hundred", "one thousand and six")]))


def n_medication():
    neg("call/healthcare UK: doses, durations and clinic times",
        (A, ["so that's five hundred milligrams twice a day for %s days" % pick("seven", "ten", "fourteen")]),
        (C, ["and when's the next clinic"]),
        (A, ["the %s at %s in clinic %s" % (ordinal_words(R.randint(1, 28)), pick("nine forty", "two o'clock", "quarter to eleven"), pick("four", "b", "twelve"))]))


def n_payment_date():
    neg("chat/finance UK: payment plan dates and amounts",
        (C, ["Can I move my payment of £%d.%02d from the %s to the %s of %s?" % (R.randint(20, 300), R.randint(0, 99), ordinal_typed(R.randint(1, 14)), ordinal_typed(R.randint(15, 28)), MONTHS[R.randint(0, 11)].capitalize())]),
        (A, ["Yes, that's done. %d payments remain, the last on %02d/%02d/%d." % (R.randint(2, 11), R.randint(1, 28), R.randint(1, 12), R.randint(2026, 2028))]))


def n_reg_counts():
    neg("call/broadband IE: speeds, counts of devices and router model",
        (C, ["there's %s devices on it and i'm getting %s meg" % (pick("six", "eleven", "four"), pick("twelve", "eighty", "two hundred"))]),
        (A, ["you should be getting %s so i'll book a tech for thursday between one and five" % pick("five hundred", "one gig", "three hundred")]))


def n_finance_chat():
    neg("chat/finance UK: loan amount, APR, term and monthly payment",
        (C, ["if i borrow £%s over %d months what's the monthly?" % (pick("7,500", "12,000", "3,250", "15,000"), pick(24, 36, 48, 60))]),
        (A, ["At %d.%d%% APR representative that's £%d.%02d a month, total repayable £%s." % (R.randint(5, 29), R.randint(0, 9), R.randint(90, 450), R.randint(0, 99), pick("8,912.40", "13,604.16", "3,811.20", "17,280.00"))]))


def n_mortgage_call():
    neg("call/banking UK: mortgage amount, term, rate and year",
        (C, ["we've got about %s thousand left on the mortgage over %s years" % (pick("two hundred and fifteen", "ninety", "one hundred and forty"), pick("twenty two", "eighteen", "twenty five"))]),
        (A, ["and your fixed rate of %s percent ends in %s" % (pick("four point two", "one point nine", "five point one"), pick("twenty twenty six", "march twenty twenty seven", "the summer"))]))


NEG_TEMPLATES = [
    (n_amounts, 6), (n_policy_ref, 6), (n_customer_ref_chat, 5), (n_meter_call, 5), (n_booking, 5),
    (n_order_number_call, 5), (n_ticket, 5), (n_appointment, 5), (n_claim, 5), (n_invoice_chat, 5),
    (n_age_years, 5), (n_temperatures, 4), (n_contract_date, 5), (n_reference_spoken_alnum, 5),
    (n_quantities, 4), (n_mprn, 4), (n_times_durations, 4), (n_member_number, 4), (n_hotel, 4),
    (n_serial_number, 3), (n_year_range, 3), (n_parcel, 4), (n_short_talk, 2),
    (n_finance_chat, 3), (n_mortgage_call, 3), (n_booking_spoken, 4), (n_customer_number_spoken, 5), (n_medication, 3), (n_payment_date, 4), (n_reg_counts, 3),
]


def generate():
    global R
    R = random.Random(SEED)
    POS.clear()
    NEG.clear()
    for fn, n in POS_TEMPLATES:
        for _ in range(n):
            fn()
    for fn, n in NEG_TEMPLATES:
        for _ in range(n):
            fn()
    R.shuffle(POS)
    R.shuffle(NEG)
    recs = []
    for k, (c, internal) in enumerate(POS, 1):
        c = dict(id="h78-pos-%03d" % k, **c)
        recs.append((c, internal))
    for k, (c, internal) in enumerate(NEG, 1):
        c = dict(id="h78-neg-%03d" % k, **c)
        recs.append((c, internal))
    return recs


def serialise(recs):
    lines = []
    for c, _ in recs:
        o = {"id": c["id"], "kind": c["kind"], "turns": c["turns"], "spans": c["spans"], "note": c["note"]}
        lines.append(json.dumps(o, ensure_ascii=False))
    return "\n".join(lines) + "\n"


def counts(recs):
    cnt = Counter()
    for c, _ in recs:
        for s in c["spans"]:
            cnt[s["type"]] += 1
    return cnt


def readme(recs):
    cnt = counts(recs)
    npos = sum(1 for c, _ in recs if c["kind"] == "positive")
    nneg = len(recs) - npos
    rows = "\n".join("| %s | %d |" % (t, cnt[t]) for t in TYPES)
    return """# PII hold-out set 78 (UK / Irish emphasis)

Never use this set for tuning. It exists only to measure the redactor on data
it has not been developed against; do not read it while changing redaction code
and do not add its values or phrasings to rules, lexicons or tests.

## Who wrote it and how

Written by an AI helper acting as an independent author. The author did not see
the redaction code, its tests, its docs, the benchmark script, or any other
hold-out set; the only thing consulted was a three-line example of the JSONL
format. Cases are produced by `scripts/make_pii_holdout78.py` from template
functions: every turn is assembled from plain-text segments and
(value, TYPE) segments, so offsets are computed, never typed by hand. All values
come from one `random.Random(%d)`; output is byte-for-byte reproducible.
`python scripts/make_pii_holdout78.py --check` regenerates and compares the file,
checks ids, offsets, word boundaries and overlaps, and validates every value
after normalising spoken forms (Luhn, mod-97, NI shape, digit counts, postcode
and Eircode shapes).

Emphasis: UK and Irish contact centres (NI numbers spoken and typed in many
shapes, sort codes and account numbers, UK/IE phone numbers, UK postcodes and
Eircodes, UK street addresses, card payments by phone) plus US SSNs/ZIPs and
some EU IBANs. Chat turns are typed text; call turns imitate an ASR transcript
(lower case, numbers as words, "oh"/"o"/"nought"/"zero", "double"/"triple",
pairs like "forty one", letters as "b for bravo", NATO words or homophones such
as "bee", "see", "jay", "why").

## Annotation conventions

* A span covers the value only: from its first to its last character/word.
  Lead-in words ("it's", "my number is", "sort code") are outside.
* Filler words that fall inside a spoken reading ("um", "er") are inside the span.
* A value split over several customer turns is labelled as one span per turn
  (same type); agent back-channels ("mhm", "okay go on") are not labelled.
* When the agent reads a value back, the read-back is labelled too.
* Self-corrections: the abandoned partial reading is labelled as its own span
  of the same type; the words "no sorry" / "no wait" are outside.
* NI numbers include the prefix letters and the suffix letter.
* ADDRESS = house/flat number + street name (town and county are outside);
  the postcode / Eircode / ZIP is a separate POSTCODE span.
* DOB includes "the ... of" when said ("the third of may nineteen eighty").
* EXPIRY covers month and year; CVV covers only the digits.
* E-mails spoken as "x dot y at gmail dot com" are one EMAIL span; a spelled
  repetition ("kelly that's k e l l y") is inside the span.
* Negatives contain only non-PII numbers: amounts, balances, dates that are not
  birth dates, times, durations, ages, years, percentages, speeds, counts,
  and policy / customer / order / claim / ticket / invoice / booking / tracking /
  membership / council-tax references and meter readings said with their
  reference word (at most 10 digits). Nothing in a negative should be redacted.

## Counts

Positives: %d, negatives: %d, spans: %d.

| type | spans |
|---|---|
%s
""" % (SEED, npos, nneg, sum(cnt.values()), rows)


def check(recs, text):
    errs = []
    try:
        with open(CASES, encoding="utf-8") as f:
            disk = f.read()
    except OSError as e:
        disk = None
        errs.append("cannot read %s: %s" % (CASES, e))
    if disk is not None and disk != text:
        errs.append("cases.jsonl differs from regenerated output")
    try:
        with open(README, encoding="utf-8") as f:
            if f.read() != readme(recs):
                errs.append("README.md differs from regenerated output")
    except OSError as e:
        errs.append("cannot read README: %s" % e)
    ids = set()
    for line in text.splitlines():
        json.loads(line)
    for c, internal in recs:
        cid = c["id"]
        if cid in ids:
            errs.append("duplicate id " + cid)
        ids.add(cid)
        if c["kind"] == "negative" and c["spans"]:
            errs.append(cid + ": negative with spans")
        if c["kind"] == "positive" and not c["spans"]:
            errs.append(cid + ": positive without spans")
        for t in c["turns"]:
            if t["speaker"] not in (A, C) or not t["text"]:
                errs.append(cid + ": bad turn")
        prev = {}
        for s, v in zip(c["spans"], internal):
            if s["type"] not in TYPES:
                errs.append(cid + ": bad type")
            tx = c["turns"][s["turn"]]["text"]
            st, en = s["start"], s["end"]
            if not (0 <= st < en <= len(tx)):
                errs.append(cid + ": offsets out of range")
                continue
            if tx[st:en] != v.text or tx[st:en] != tx[st:en].strip():
                errs.append(cid + ": span text mismatch/whitespace %r" % tx[st:en])
            if (st > 0 and tx[st - 1].isalnum()) or (en < len(tx) and tx[en].isalnum()):
                errs.append(cid + ": span not on word boundary %r" % tx[st:en])
            key = s["turn"]
            if key in prev and st < prev[key]:
                errs.append(cid + ": overlapping or unordered spans")
            prev[key] = en
        groups = {}
        for v in internal:
            if v.group and not v.partial:
                groups.setdefault(v.group, []).append(v)
            else:
                e = validate(v.type, v.text, partial=v.partial)
                if e:
                    errs.append("%s: %s: %s" % (cid, v.type, e))
        for g, vs in groups.items():
            e = validate(vs[0].type, " ".join(x.text for x in vs))
            if e:
                errs.append("%s: group %s: %s" % (cid, g, e))
        if c["kind"] == "positive" and re.search(r"\d{11,}", json.dumps(c["note"])):
            errs.append(cid + ": note contains long number")
    cnt = counts(recs)
    npos = sum(1 for c, _ in recs if c["kind"] == "positive")
    nneg = len(recs) - npos
    if npos < 170:
        errs.append("too few positives %d" % npos)
    if nneg < 100:
        errs.append("too few negatives %d" % nneg)
    for t in TYPES:
        need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
        if cnt[t] < need:
            errs.append("type %s has %d spans (< %d)" % (t, cnt[t], need))
    print("positives=%d negatives=%d spans=%d" % (npos, nneg, sum(cnt.values())))
    for t in TYPES:
        print("  %-13s %d" % (t, cnt[t]))
    for e in errs[:60]:
        print("ERROR:", e)
    if len(errs) > 60:
        print("... %d more errors" % (len(errs) - 60))
    print("CHECK FAILED" if errs else "CHECK OK")
    return not errs


def main():
    recs = generate()
    text = serialise(recs)
    if "--check" in sys.argv[1:]:
        sys.exit(0 if check(recs, text) else 1)
    os.makedirs(OUTDIR, exist_ok=True)
    with open(CASES, "w", encoding="utf-8") as f:
        f.write(text)
    with open(README, "w", encoding="utf-8") as f:
        f.write(readme(recs))
    print("wrote %d cases to %s" % (len(recs), CASES))


if __name__ == "__main__":
    main()

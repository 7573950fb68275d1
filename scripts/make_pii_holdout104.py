#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set ``pii_holdout104``.

Written by an AI helper acting as an independent author (it did not see the
redaction code). Standard library only. Deterministic: every random value
comes from one ``random.Random(104311123)``.

    python scripts/make_pii_holdout104.py          # write fixture + README
    python scripts/make_pii_holdout104.py --check  # regenerate and verify
"""
from __future__ import annotations

import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

SEED = 104311123
ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "tests" / "fixtures" / "pii_holdout104"
CASES = OUT_DIR / "cases.jsonl"
README = OUT_DIR / "README.md"
PREFIX = "h104"

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

# ----------------------------------------------------------------------------
# segments
# ----------------------------------------------------------------------------


class P:
    """A PII segment: surface text, type, canonical value, validation group."""

    def __init__(self, text, typ, canon, group=None, mode="eq"):
        self.text, self.type, self.canon = text, typ, canon
        self.group, self.mode = group, mode


def T(speaker, *segs):
    return (speaker, list(segs))


def A(*segs):
    return T("agent", *segs)


def C(*segs):
    return T("customer", *segs)


# ----------------------------------------------------------------------------
# spoken number rendering
# ----------------------------------------------------------------------------
ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh",
       8: "eighth", 9: "ninth", 10: "tenth", 11: "eleventh", 12: "twelfth", 13: "thirteenth",
       14: "fourteenth", 15: "fifteenth", 16: "sixteenth", 17: "seventeenth", 18: "eighteenth",
       19: "nineteenth", 20: "twentieth", 30: "thirtieth"}
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "f": "foxtrot",
        "g": "golf", "h": "hotel", "i": "india", "j": "juliet", "k": "kilo", "l": "lima",
        "m": "mike", "n": "november", "o": "oscar", "p": "papa", "q": "quebec", "r": "romeo",
        "s": "sierra", "t": "tango", "u": "uniform", "v": "victor", "w": "whiskey",
        "x": "xray", "y": "yankee", "z": "zulu"}
NAMEWORD = {"a": "apple", "b": "bob", "c": "charlie", "e": "edward", "h": "harry", "j": "john",
            "k": "king", "l": "london", "m": "mother", "n": "nancy", "p": "peter", "r": "robert",
            "s": "sugar", "t": "tommy", "w": "william", "y": "yellow", "z": "zebra"}
LETTER_HOMO = {"b": "bee", "c": "see", "j": "jay", "k": "kay", "p": "pee", "r": "are",
               "t": "tee", "y": "why", "z": "zed", "e": "ee", "h": "aitch", "w": "double you"}


def ordinal(n):
    if n in ORD:
        return ORD[n]
    t, u = divmod(n, 10)
    return TENS[t] + " " + ORD[u]


def pair_words(p, zero="oh"):
    a, b = int(p[0]), int(p[1])
    if a == 0 and b == 0:
        return "double " + zero
    if a == 0:
        return zero + " " + ONES[b]
    if a == 1:
        return TEENS[b]
    if b == 0:
        return TENS[a]
    return TENS[a] + " " + ONES[b]


def say_digits(rng, s, zero=None, runs=True, homo=False):
    zero = zero or rng.choice(["zero", "oh", "o", "oh", "nought"])
    out, i = [], 0
    while i < len(s):
        d = s[i]
        w = zero if d == "0" else ONES[int(d)]
        if homo and d in "248" and rng.random() < 0.35:
            w = {"2": rng.choice(["to", "too"]), "4": "for", "8": "ate"}[d]
        if runs and i + 2 < len(s) and s[i + 1] == d and s[i + 2] == d and rng.random() < 0.7:
            out.append("triple " + w)
            i += 3
            continue
        if runs and i + 1 < len(s) and s[i + 1] == d and rng.random() < 0.6:
            out.append("double " + w)
            i += 2
            continue
        out.append(w)
        i += 1
    return " ".join(out)


def say_group(rng, g, style=None):
    """Render a digit group in a spoken style; verified by normaliser."""
    style = style or rng.choice(["digits", "digits", "pairs", "mixed"])
    if style == "pairs" and len(g) % 2 == 0:
        z = rng.choice(["oh", "o", "zero"])
        r = " ".join(pair_words(g[i:i + 2], z) for i in range(0, len(g), 2))
    elif style == "hundred" and len(g) == 3 and g[0] != "0":
        if g[1:] == "00":
            r = ONES[int(g[0])] + " hundred"
        elif g[1] == "0":
            r = ONES[int(g[0])] + " hundred and " + ONES[int(g[2])]
        else:
            r = ONES[int(g[0])] + " hundred and " + pair_words(g[1:])
    elif style == "mixed" and len(g) >= 3:
        k = rng.randint(1, len(g) - 2)
        k = k if (len(g) - k) % 2 == 0 else k + 1 if k + 1 < len(g) else k - 1
        head = say_digits(rng, g[:k])
        tail = " ".join(pair_words(g[i:i + 2]) for i in range(k, len(g), 2))
        r = (head + " " + tail).strip()
    else:
        r = say_digits(rng, g)
    if norm_digits(r) != g or r.split()[-1] in TENS:
        r = say_digits(rng, g, runs=False)
    assert norm_digits(r) == g, (g, r)
    return r


def split_groups(s, sizes):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return [g for g in out if g]


def say_number(rng, s, sizes, sep=" ", style=None, fillers=False):
    parts = []
    gs = split_groups(s, sizes)
    for k, g in enumerate(gs):
        parts.append(say_group(rng, g, style))
        if fillers and k < len(gs) - 1 and rng.random() < 0.3:
            parts[-1] += " " + rng.choice(["um", "uh", "er", "erm"])
    r = sep.join(parts)
    assert norm_digits(r) == s, (s, r)
    return r


# ----------------------------------------------------------------------------
# normalisers (used by --check)
# ----------------------------------------------------------------------------
FILLERS = {"um", "uh", "er", "erm", "hmm", "ah", "plus", "no", "wait", "sorry", "actually", "scratch", "that", "hang", "on", "dash"}
WORD_DIG = {w: str(i) for i, w in enumerate(ONES)}
WORD_DIG.update({"oh": "0", "o": "0", "nought": "0", "nil": "0", "to": "2", "too": "2",
                 "for": "4", "ate": "8", "won": "1"})


def tokens(text):
    return re.findall(r"[a-z]+|\d+|[@.+_-]", text.lower())


def norm_digits(text):
    toks = [t for t in tokens(text) if t not in FILLERS and t not in ".-+_"]
    out, i = [], 0
    while i < len(toks):
        t = toks[i]
        if t.isdigit():
            out.append(t)
        elif t in ("double", "triple"):
            n = 2 if t == "double" else 3
            nxt = toks[i + 1] if i + 1 < len(toks) else ""
            d = WORD_DIG.get(nxt, nxt if nxt.isdigit() and len(nxt) == 1 else None)
            if d is None:
                return None
            out.append(d * n)
            i += 1
        elif t in TEENS:
            out.append(str(10 + TEENS.index(t)))
        elif t in TENS and t:
            v = TENS.index(t)
            nxt = toks[i + 1] if i + 1 < len(toks) else ""
            if nxt in ONES[1:]:
                out.append(str(v) + str(ONES.index(nxt)))
                i += 1
            else:
                out.append(str(v) + "0")
        elif t == "hundred":
            if not out or len(out[-1]) != 1:
                return None
            h = int(out.pop()) * 100
            j = i + 1
            if j < len(toks) and toks[j] == "and":
                j += 1
            rest = norm_digits(" ".join(toks[j:j + 2])) if j < len(toks) else None
            add = 0
            if j < len(toks) and toks[j] in TEENS:
                add, j = 10 + TEENS.index(toks[j]), j + 1
            elif j < len(toks) and toks[j] in TENS and toks[j]:
                add = 10 * TENS.index(toks[j])
                j += 1
                if j < len(toks) and toks[j] in ONES[1:]:
                    add += ONES.index(toks[j])
                    j += 1
            elif j < len(toks) and toks[j] in ONES[1:] and i + 1 < len(toks) and toks[i + 1] == "and":
                add, j = ONES.index(toks[j]), j + 1
            del rest
            out.append("%03d" % (h + add))
            i = j
            continue
        elif t in WORD_DIG:
            out.append(WORD_DIG[t])
        else:
            return None
        i += 1
    return "".join(out)


LETTER_WORDS = {v: k for k, v in LETTER_HOMO.items() if " " not in v}
NATO_REV = {v: k for k, v in NATO.items()}


def norm_alnum(text):
    """Letters + digits from typed or spoken NI / IBAN / postcode."""
    if re.search(r"\d", text):
        return re.sub(r"[^A-Za-z0-9]", "", text).upper()
    toks = [t for t in tokens(text) if t not in FILLERS and t not in "._-+"]
    out, i, buf = [], 0, []

    def flush():
        if buf:
            d = norm_digits(" ".join(buf))
            if d is None:
                raise ValueError(" ".join(buf))
            out.append(d)
            buf.clear()

    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else ""
        if len(t) == 1 and t.isalpha() and nxt in ("for", "as") and i + 2 < len(toks):
            flush()
            out.append(t.upper())
            i += 3 + (1 if nxt == "as" else 0)
            continue
        if t == "double" and nxt == "you":
            flush(); out.append("W"); i += 2; continue
        if t in ("double", "triple") and len(nxt) == 1 and nxt.isalpha() and nxt not in ("o",):
            flush(); out.append(nxt.upper() * (2 if t == "double" else 3)); i += 2; continue
        if t.isalpha() and len(t) == 1 and t != "o":
            flush(); out.append(t.upper())
        elif t in NATO_REV:
            flush(); out.append(NATO_REV[t].upper())
        elif t in LETTER_WORDS:
            flush(); out.append(LETTER_WORDS[t].upper())
        elif re.fullmatch(r"[a-z]+\d[a-z\d]*|\d+[a-z][a-z\d]*", t):
            flush(); out.append(t.upper())
        else:
            buf.append(t)
        i += 1
    flush()
    return "".join(out)


def norm_email(text):
    t = text.lower()
    t = re.sub(r"\bat\b", "@", t)
    t = re.sub(r"\bdot\b", ".", t)
    t = re.sub(r"\bunderscore\b", "_", t)
    t = re.sub(r"\b(dash|hyphen)\b", "-", t)
    return re.sub(r"\s+", "", t)


def parse_nums(text):
    """Integers and month numbers found in a typed or spoken date."""
    t = text.lower()
    nums, months = [], []
    for m, name in enumerate(MONTHS, 1):
        if re.search(r"\b" + name + r"\b", t) or re.search(r"\b" + name[:3] + r"\b", t):
            months.append(m)
    ords = {v: k for k, v in ORD.items()}
    toks = re.findall(r"[a-z]+|\d+", t)
    i = 0
    while i < len(toks):
        w = toks[i]
        if w.isdigit():
            nums.append(int(w))
        elif w in ords:
            nums.append(ords[w])
        elif w in TENS and w:
            v = 10 * TENS.index(w)
            nxt = toks[i + 1] if i + 1 < len(toks) else ""
            if nxt in ONES[1:]:
                v += ONES.index(nxt); i += 1
            elif nxt in ords and ords[nxt] < 10:
                v += ords[nxt]; i += 1
            nums.append(v)
        elif w in TEENS:
            nums.append(10 + TEENS.index(w))
        elif w in ONES or w in ("oh", "o"):
            nums.append(0 if w in ("oh", "o") else ONES.index(w))
        elif w == "thousand" and nums:
            nums[-1] *= 1000
            j = i + 1
            if j < len(toks) and toks[j] == "and":
                j += 1
            sub = parse_nums(" ".join(toks[j:j + 2]))[0] if j < len(toks) else []
            if sub and sub[0] < 100:
                nums[-1] += sub[0]
                j += 1 if toks[j] in TEENS or toks[j] in ONES or (j + 1 < len(toks) and toks[j + 1] not in ONES) else 2
            i = j
            continue
        i += 1
    # combine 19/20 + two-digit into a year, "oh seven" -> 7 etc.
    comb = list(nums)
    for k in range(len(nums) - 1):
        if nums[k] in (19, 20) and nums[k + 1] < 100:
            comb.append(nums[k] * 100 + nums[k + 1])
        if nums[k] == 0 and nums[k + 1] < 10:
            comb.append(nums[k + 1])
    return comb, months


# ----------------------------------------------------------------------------
# validators for canonical values
# ----------------------------------------------------------------------------
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


def iban_ok(s):
    r = s[4:] + s[:4]
    n = "".join(str(int(c, 36)) for c in r)
    return int(n) % 97 == 1


NI_RE = re.compile(r"^(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$")
UK_PC = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$")
STREET_TYPES = ["Road", "Street", "Avenue", "Lane", "Drive", "Close", "Crescent", "Way",
                "Terrace", "Gardens", "Court", "Place", "Boulevard", "Parkway"]


def canon_ok(typ, c):
    if typ == "CARD_NUMBER":
        return c.isdigit() and 13 <= len(c) <= 19 and luhn_ok(c)
    if typ == "CVV":
        return c.isdigit() and len(c) in (3, 4)
    if typ == "EXPIRY":
        return bool(re.fullmatch(r"(0[1-9]|1[0-2])\d\d", c))
    if typ == "SSN":
        return (c.isdigit() and len(c) == 9 and c[:3] not in ("000", "666") and c[0] != "9"
                and c[3:5] != "00" and c[5:] != "0000")
    if typ == "NI_NUMBER":
        return bool(NI_RE.match(c))
    if typ == "BANK_ACCOUNT":
        return c.isdigit() and 8 <= len(c) <= 12
    if typ == "SORT_CODE":
        return c.isdigit() and len(c) == 6
    if typ == "IBAN":
        return bool(re.fullmatch(r"[A-Z]{2}\d\d[A-Z\d]{11,30}", c)) and iban_ok(c)
    if typ == "PHONE":
        return c.isdigit() and 10 <= len(c) <= 13
    if typ == "EMAIL":
        return bool(re.fullmatch(r"[a-z0-9._-]+@[a-z0-9-]+(\.[a-z0-9-]+)+", c))
    if typ == "DOB":
        m = re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)", c)
        return bool(m) and 1930 <= int(m[1]) <= 2008 and 1 <= int(m[2]) <= 12 and 1 <= int(m[3]) <= 28
    if typ == "POSTCODE":
        return bool(UK_PC.match(c)) or bool(re.fullmatch(r"\d{5}(\d{4})?", c))
    if typ == "ADDRESS":
        return bool(re.fullmatch(r"\d{1,4} [A-Za-z' ]+ (%s)" % "|".join(STREET_TYPES), c))
    return False


DIGIT_TYPES = {"CARD_NUMBER", "CVV", "SSN", "BANK_ACCOUNT", "SORT_CODE", "PHONE"}
ALNUM_TYPES = {"NI_NUMBER", "IBAN", "POSTCODE"}


def surface_matches(typ, texts, canon, mode):
    """Normalise the span text(s) of one group and compare with the canon."""
    joined = " ".join(texts)
    if typ in DIGIT_TYPES:
        ds = [norm_digits(t) for t in texts]
        if any(d is None for d in ds):
            return False
        d = "".join(ds)
        if mode == "subseq":
            it = iter(d)
            return all(ch in it for ch in canon) and len(d) > len(canon)
        if mode == "suffix":
            return d.endswith(canon)
        if typ == "PHONE":
            return d.lstrip("0") == canon.lstrip("0")
        return d == canon
    if typ in ALNUM_TYPES:
        try:
            a = "".join(norm_alnum(t) for t in texts)
        except ValueError:
            return False
        if mode == "subseq":
            it = iter(a)
            return all(ch in it for ch in canon) and len(a) > len(canon)
        return a == canon
    if typ == "EMAIL":
        return norm_email(joined) == canon
    if typ == "EXPIRY":
        nums, months = parse_nums(joined)
        mm, yy = int(canon[:2]), int(canon[2:])
        flat = re.sub(r"\D", "", joined)
        nd = norm_digits(joined)
        if nd and nd in (canon, str(mm) + canon[2:], canon[:2] + "20" + canon[2:]):
            return True
        if flat and re.fullmatch(r"[\d\s/.-]+", joined):
            return flat in (canon, canon[:2] + "20" + canon[2:], str(mm) + canon[2:])
        return (mm in months or mm in nums) and (yy in nums or 2000 + yy in nums)
    if typ == "DOB":
        y, m, d = (int(x) for x in canon.split("-"))
        nums, months = parse_nums(joined)
        return d in nums and (m in months or m in nums) and (y in nums or y % 100 in nums)
    if typ == "ADDRESS":
        num, rest = canon.split(" ", 1)
        low = joined.lower()
        dn = norm_digits(low.split(rest.lower().split()[0])[0])
        return rest.lower() in re.sub(r"\s+", " ", low) and (dn == num or low.startswith(num))
    return False


# ----------------------------------------------------------------------------
# value generators
# ----------------------------------------------------------------------------
def gen_card(rng, kind=None):
    kind = kind or rng.choice(["visa", "visa", "mc", "mc", "amex", "disc", "visa13", "visa19", "mc2"])
    if kind == "visa":
        pre, n = "4" + str(rng.randint(0, 9)), 16
    elif kind == "mc":
        pre, n = "5" + str(rng.randint(1, 5)), 16
    elif kind == "mc2":
        pre, n = "22" + str(rng.randint(21, 70)), 16
    elif kind == "amex":
        pre, n = rng.choice(["34", "37"]), 15
    elif kind == "disc":
        pre, n = "6011", 16
    elif kind == "visa13":
        pre, n = "4", 13
    else:
        pre, n = "4", 19
    body = pre + "".join(str(rng.randint(0, 9)) for _ in range(n - len(pre) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def card_groups(c):
    if len(c) == 15:
        return [4, 6, 5]
    if len(c) == 13:
        return [4, 3, 3, 3]
    if len(c) == 19:
        return [4, 4, 4, 4, 3]
    return [4, 4, 4, 4]


def gen_ssn(rng):
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, rng.randint(1, 99), rng.randint(1, 9999))


NI_FIRST = "ABCEGHJKLMNOPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def gen_ni(rng):
    while True:
        p = rng.choice(NI_FIRST) + rng.choice(NI_SECOND)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + "".join(str(rng.randint(0, 9)) for _ in range(6)) + rng.choice("ABCD")


def digits(rng, n, first_nonzero=False):
    s = "".join(str(rng.randint(0, 9)) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = str(rng.randint(1, 9)) + s[1:]
    return s


def mk_iban(cc, bban):
    n = "".join(str(int(c, 36)) for c in bban + cc + "00")
    chk = 98 - int(n) % 97
    return cc + "%02d" % chk + bban


def gen_iban(rng):
    k = rng.choice(["GB", "GB", "IE", "IE", "DE", "FR", "NL", "ES"])
    if k == "GB":
        return mk_iban("GB", rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + digits(rng, 14))
    if k == "IE":
        return mk_iban("IE", rng.choice(["AIBK", "BOFI", "IPBS"]) + digits(rng, 14))
    if k == "DE":
        return mk_iban("DE", digits(rng, 18))
    if k == "FR":
        return mk_iban("FR", digits(rng, 23))
    if k == "NL":
        return mk_iban("NL", rng.choice(["ABNA", "RABO", "INGB"]) + digits(rng, 10))
    return mk_iban("ES", digits(rng, 20))


UK_AREAS = ["M", "B", "L", "S", "G", "N", "E", "LS", "BS", "EH", "CF", "NR", "OX", "CB", "RG", "BT",
            "SE", "KT", "TW", "CV", "NG", "DE", "LE", "PE", "YO", "SK", "WA", "BN", "PO", "GL"]


def gen_uk_postcode(rng):
    r = rng.random()
    if r < 0.08:
        out = rng.choice(["SW1A", "EC1V", "W1D", "WC2H", "SE1", "N1C"])
    else:
        out = rng.choice(UK_AREAS) + str(rng.randint(1, 29 if rng.random() < 0.4 else 9))
    return out + str(rng.randint(0, 9)) + rng.choice("ABDEFGHJLNPQRSTUWXYZ") + rng.choice("ABDEFGHJLNPQRSTUWXYZ")


def fmt_uk_pc(pc):
    return pc[:-3] + " " + pc[-3:]


FIRST = ["james", "sarah", "mohammed", "aoife", "liam", "priya", "conor", "emma", "tomasz",
         "grace", "oluwaseun", "niamh", "david", "chloe", "raj", "megan", "sean", "hannah"]
LAST = ["walsh", "patel", "okafor", "murphy", "smith", "nowak", "oconnor", "brennan",
        "kowalski", "hughes", "byrne", "garcia", "nguyen", "fitzgerald", "clarke", "reilly"]
DOMAINS = ["gmail.com", "yahoo.co.uk", "hotmail.com", "outlook.ie", "btinternet.com",
           "icloud.com", "eircom.net", "aol.com", "protonmail.com", "live.co.uk"]
STREETS = ["Maple", "Church", "Station", "Victoria", "Oakfield", "Highfield", "Mill",
           "Kingsway", "Elm", "Willow", "Orchard", "Main", "Park", "Greenhill", "Saint Patrick's",
           "Beechwood", "Clonliffe", "Sycamore", "Lakeview", "Harbour"]


def gen_email(rng):
    f, l = rng.choice(FIRST), rng.choice(LAST)
    local = rng.choice([f + "." + l, f[0] + "." + l, f + l + digits(rng, 2), f + "_" + l,
                        l + "." + f[0], f + "-" + l + digits(rng, 2)])
    return local + "@" + rng.choice(DOMAINS)


def say_email(rng, e):
    local, dom = e.split("@")
    parts = []
    for tok in re.split(r"([._-])", local):
        if tok == ".":
            parts.append("dot")
        elif tok == "_":
            parts.append("underscore")
        elif tok == "-":
            parts.append(rng.choice(["dash", "hyphen"]))
        elif tok.isdigit():
            parts.append(" ".join(tok))
        elif len(tok) == 1:
            parts.append(tok)
        else:
            parts.append(tok)
    d = " dot ".join(dom.split("."))
    return " ".join(parts) + " at " + d


def gen_dob(rng):
    return "%04d-%02d-%02d" % (rng.randint(1941, 2004), rng.randint(1, 12), rng.randint(1, 28))


def say_year(rng, y):
    if y >= 2000:
        return rng.choice(["two thousand and " + ONES[y - 2000] if y < 2010 else "twenty " + pair_words(str(y)[2:]),
                           "two thousand " + (ONES[y - 2000] if y < 2010 else pair_words(str(y)[2:]))])
    return "nineteen " + pair_words(str(y)[2:])


def dob_surface(rng, dob, spoken):
    y, m, d = (int(x) for x in dob.split("-"))
    if spoken:
        st = rng.randint(0, 4)
        if st == 0:
            return "the %s of %s %s" % (ordinal(d), MONTHS[m - 1], say_year(rng, y))
        if st == 1:
            return "%s %s %s" % (MONTHS[m - 1], ordinal(d), say_year(rng, y))
        if st == 2:
            return "%s %s %s" % (pair_words("%02d" % d), pair_words("%02d" % m), pair_words("%02d" % (y % 100)))
        if st == 3:
            return "%s of %s %s" % (ordinal(d), MONTHS[m - 1], pair_words(str(y)[2:]) if y < 2000 else say_year(rng, y))
        return "%s %s %s" % (ONES[d] if d < 10 else pair_words("%02d" % d), MONTHS[m - 1], say_year(rng, y))
    st = rng.randint(0, 4)
    if st == 0:
        return "%02d/%02d/%04d" % (d, m, y)
    if st == 1:
        return "%d/%d/%d" % (m, d, y)
    if st == 2:
        return "%d %s %d" % (d, MONTHS[m - 1].capitalize()[:rng.choice([3, 20])], y)
    if st == 3:
        return "%02d.%02d.%02d" % (d, m, y % 100)
    return "%s %d, %d" % (MONTHS[m - 1].capitalize(), d, y)


def gen_expiry(rng):
    return "%02d%02d" % (rng.randint(1, 12), rng.randint(26, 32))


def expiry_surface(rng, e, spoken):
    mm, yy = int(e[:2]), int(e[2:])
    if spoken:
        return rng.choice(["%s %s" % (say_group(rng, e[:2], "pairs"), pair_words(e[2:])),
                           "%s twenty %s" % (MONTHS[mm - 1], pair_words(e[2:])),
                           "%s %s" % (ONES[mm] if mm < 10 else pair_words(e[:2]), pair_words(e[2:])),
                           "%s %s" % (say_digits(rng, e[:2]), say_digits(rng, e[2:])),
                           "%s of twenty %s" % (MONTHS[mm - 1], pair_words(e[2:]))])
    return rng.choice(["%s/%s" % (e[:2], e[2:]), "%s/20%s" % (e[:2], e[2:]), "%s-%s" % (e[:2], e[2:]),
                       "%s %s" % (e[:2], e[2:]), "%s%s" % (e[:2], e[2:]), "%d/%s" % (mm, e[2:])])


def gen_phone(rng):
    k = rng.choice(["uk_mob", "uk_land", "us", "ie_mob", "uk_intl", "us_intl", "ie_intl"])
    if k == "uk_mob":
        return "07" + str(rng.randint(1, 9)) + digits(rng, 8), k
    if k == "uk_land":
        code = rng.choice(["020", "0161", "0113", "0131", "0117"])
        return code + str(rng.randint(2, 8)) + digits(rng, 10 - len(code)), k
    if k == "us":
        return str(rng.randint(2, 9)) + digits(rng, 2) + str(rng.randint(2, 9)) + digits(rng, 6), k
    if k == "ie_mob":
        return "08" + rng.choice("35679") + digits(rng, 7), k
    if k == "uk_intl":
        return "447" + digits(rng, 9), k
    if k == "us_intl":
        return "1" + str(rng.randint(2, 9)) + digits(rng, 2) + str(rng.randint(2, 9)) + digits(rng, 6), k
    return "3538" + rng.choice("35679") + digits(rng, 7), k


def phone_typed(rng, p, k):
    if k == "us":
        return rng.choice(["(%s) %s-%s" % (p[:3], p[3:6], p[6:]), "%s-%s-%s" % (p[:3], p[3:6], p[6:]),
                           "%s.%s.%s" % (p[:3], p[3:6], p[6:]), p])
    if k == "us_intl":
        return rng.choice(["+1 %s %s %s" % (p[1:4], p[4:7], p[7:]), "+1-%s-%s-%s" % (p[1:4], p[4:7], p[7:])])
    if k in ("uk_intl", "ie_intl"):
        cc = p[:2] if k == "uk_intl" else p[:3]
        rest = p[len(cc):]
        return rng.choice(["+%s %s %s" % (cc, rest[:4], rest[4:]), "+%s%s" % (cc, rest),
                           "00%s %s %s %s" % (cc, rest[:3], rest[3:6], rest[6:])])
    if k == "ie_mob":
        return rng.choice(["%s %s %s" % (p[:3], p[3:6], p[6:]), p, "%s-%s" % (p[:3], p[3:])])
    return rng.choice(["%s %s" % (p[:5], p[5:]), p, "%s %s %s" % (p[:5], p[5:8], p[8:])])


def phone_spoken(rng, p, k):
    if k.endswith("intl"):
        cc = p[:2] if k == "uk_intl" else (p[:1] if k == "us_intl" else p[:3])
        rest = p[len(cc):]
        lead = rng.choice(["plus ", "double oh ", "oh oh "])
        lead_d = "" if lead == "plus " else "00"
        s = lead + say_digits(rng, cc, runs=False) + " " + say_number(rng, rest, [3, 3, 4])
        return s, p
    sizes = [3, 3, 4] if k in ("us", "ie_mob") else [5, 3, 3]
    return say_number(rng, p, sizes, sep=rng.choice([" ", " ", ", "]), fillers=rng.random() < 0.3), p


ISSUER = {"visa": "visa", "mc": "mastercard"}


# ----------------------------------------------------------------------------
# case assembly
# ----------------------------------------------------------------------------
class Case:
    def __init__(self, kind, note, turns):
        self.kind, self.note, self.turns = kind, note, turns


def assemble(case, cid):
    turns, spans, meta = [], [], []
    for ti, (spk, segs) in enumerate(case.turns):
        text = ""
        for s in segs:
            if isinstance(s, P):
                st = len(text)
                text += s.text
                spans.append({"turn": ti, "start": st, "end": len(text), "type": s.type})
                meta.append(s)
            else:
                text += s
        turns.append({"speaker": spk, "text": text})
    obj = {"id": cid, "kind": case.kind, "turns": turns, "spans": spans, "note": case.note}
    return obj, meta


R = random.Random(SEED)


def pick(*xs):
    return R.choice(xs)


# --------------------------- CARD templates ---------------------------------
def t_card_chat(rng):
    c = gen_card(rng)
    g = card_groups(c)
    sep = rng.choice([" ", "-", "", " ", ".", "  ", " - "])
    parts = split_groups(c, g)
    if sep == "" and rng.random() < 0.5:
        parts = split_groups(c, [8, 8, 3] if len(c) > 16 else [len(c)])
    typed = sep.join(parts)
    amt = "%d.%02d" % (rng.randint(12, 900), rng.randint(0, 99))
    intro = rng.choice(["hi can u take payment of £%s pls, card is " % amt,
                        "Card no: ", "ok here it is ", "my card number: ", "Pay the $%s with " % amt,
                        "sure - long number is "])
    tail = rng.choice(["", " thanks", " exp next", ", it's a %s" % rng.choice(["debit", "credit"]), " :)"])
    ind = rng.choice(["retail", "telecom", "utilities", "travel", "insurance"])
    return Case("positive", "chat/%s: card typed with separator %r mid-message" % (ind, sep),
                [A("What card would you like to use today?"), C(intro, P(typed, "CARD_NUMBER", c), tail)])


def t_card_spoken_one(rng):
    c = gen_card(rng)
    sp = say_number(rng, c, card_groups(c), sep=rng.choice([" ", " ", ", "]), fillers=True)
    ind = rng.choice(["telecom", "utilities", "insurance", "retail", "healthcare billing"])
    return Case("positive", "call/%s: card read in one turn, mixed digit/pair styles, fillers" % ind,
                [A("okay and the long number across the front of the card please"),
                 C(rng.choice(["yeah it's ", "okay so it's ", "right ", "um ", "it is "]), P(sp, "CARD_NUMBER", c))])


def t_card_split(rng):
    c = gen_card(rng)
    groups = split_groups(c, card_groups(c))
    turns = [A(rng.choice(["go ahead with the card number", "can i take the sixteen digits on the card",
                            "when you're ready the card number"]))]
    bc = ["mhm", "okay", "yep", "okay go on", "uh huh", "yeah", "got that", "right"]
    for i, g in enumerate(groups):
        lead = rng.choice(["", "", "then ", "and ", "so "]) if i else rng.choice(["", "okay ", "right "])
        turns.append(C(lead, P(say_group(rng, g), "CARD_NUMBER", c, group="card")))
        if i < len(groups) - 1:
            turns.append(A(rng.choice(bc)))
    return Case("positive", "call/%s: card split across customer turns with back-channels" %
                rng.choice(["banking", "telecom", "retail", "travel"]), turns)


def t_card_correction(rng):
    c = gen_card(rng, rng.choice(["visa", "mc"]))
    g = split_groups(c, [4, 4, 4, 4])
    wrong_d = str((int(g[1][2]) + rng.randint(1, 8)) % 10)
    wrong = g[1][:2] + wrong_d
    text = (say_group(rng, g[0], "digits") + " " + say_group(rng, wrong, "digits") + " " +
            rng.choice(["no sorry", "sorry no", "wait no", "scratch that"]) + " " +
            say_group(rng, g[1], "digits") + " " + say_group(rng, g[2]) + " " + say_group(rng, g[3]))
    return Case("positive", "call/banking: card read with mid-number self-correction, whole reading labelled",
                [A("what's the card number"), C(P(text, "CARD_NUMBER", c, mode="subseq"))])


def t_card_readback(rng):
    c = gen_card(rng)
    g = card_groups(c)
    cust = say_number(rng, c, g, style="digits")
    back = say_number(rng, c, g, style=rng.choice(["digits", "pairs"]))
    cvv = digits(rng, 4 if len(c) == 15 else 3)
    turns = [A("can i get the card number please"), C(P(cust, "CARD_NUMBER", c)),
             A("let me read that back ", P(back, "CARD_NUMBER", c, group="rb"), " is that right"),
             C(rng.choice(["yes that's it", "yep correct", "that's right yeah"])),
             A("and the %s on the back" % rng.choice(["three digit code", "security code", "cvv"])),
             C(P(say_digits(rng, cvv), "CVV", cvv))]
    return Case("positive", "call/%s: agent reads card back in a different style; cvv" %
                rng.choice(["travel", "retail", "insurance"]), turns)


def t_card_full_payment(rng):
    c = gen_card(rng)
    e = gen_expiry(rng)
    cvv = digits(rng, 4 if len(c) == 15 else 3)
    amount = rng.randint(20, 400)
    turns = [A("so that's %s pounds today, card number please" % (say_group(rng, str(amount), "hundred") if amount >= 100 else pair_words(str(amount)))),
             C(P(say_number(rng, c, card_groups(c)), "CARD_NUMBER", c)),
             A("thank you and the expiry"), C(rng.choice(["it's ", "expires ", ""]), P(expiry_surface(rng, e, True), "EXPIRY", e)),
             A("and the last three digits on the signature strip" if len(cvv) == 3 else "and the four digit code on the front"),
             C(P(say_digits(rng, cvv), "CVV", cvv))]
    return Case("positive", "call/utilities: full payment capture, amount spoken before card (amount not PII)", turns)


def t_card_chat_mixed(rng):
    c = gen_card(rng)
    e = gen_expiry(rng)
    cvv = digits(rng, 4 if len(c) == 15 else 3)
    parts = split_groups(c, card_groups(c))
    typed = rng.choice([" ".join(parts), "-".join(parts), c])
    return Case("positive", "chat/retail: card, expiry and cvv in one message with order number (not PII)",
                [C("order #%s - pls charge " % digits(rng, 8, True), P(typed, "CARD_NUMBER", c),
                   rng.choice([" exp ", " expiry ", " valid till "]), P(expiry_surface(rng, e, False), "EXPIRY", e),
                   rng.choice([" cvv ", " cvc ", " sec code "]), P(cvv, "CVV", cvv))])


def t_card_two_turn_chat(rng):
    c = gen_card(rng)
    half = len(c) // 2
    a, b = c[:half], c[half:]
    return Case("positive", "chat/telecom: card typed over two chat messages",
                [A("Please enter the card number"), C(P(a, "CARD_NUMBER", c, group="c")),
                 C(P(b, "CARD_NUMBER", c, group="c"), rng.choice(["", " sorry hit enter", " oops"]))])


def t_card_pairs_homophones(rng):
    c = gen_card(rng, rng.choice(["visa", "mc", "disc"]))
    parts = []
    for g in split_groups(c, [4, 4, 4, 4]):
        st = rng.choice(["pairs", "homo", "digits"])
        parts.append(say_digits(rng, g, homo=True) if st == "homo" else say_group(rng, g, st))
    sp = " ".join(parts)
    if norm_digits(sp) != c:
        sp = say_digits(rng, c, homo=True)
    assert norm_digits(sp) == c
    return Case("positive", "call/insurance: ASR card with homophones (for/to/ate) and pairs like 'forty one eleven'",
                [A("could you read me the card number"), C("yeah ", P(sp, "CARD_NUMBER", c))])


def t_card_chat_typo(rng):
    c = gen_card(rng, rng.choice(["visa", "mc"]))
    g = split_groups(c, [4, 4, 4, 4])
    typed = rng.choice(["%s %s %s%s" % (g[0], g[1], g[2], g[3]), "%s%s %s %s" % tuple(g),
                        "%s%s-%s%s" % tuple(g), "%s-%s-%s-%s" % tuple(g),
                        "%s / %s / %s / %s" % tuple(g), "%s,%s,%s,%s" % tuple(g), "%s_%s_%s_%s" % tuple(g)])
    return Case("positive", "chat/travel: card typed with odd grouping or separators",
                [C("hiya the payment keeps failing on the app, can you try ", P(typed, "CARD_NUMBER", c),
                   " for the %s booking" % rng.choice(["friday", "dublin", "3 night"]))])


def t_card_amex_spoken(rng):
    c = gen_card(rng, "amex")
    sp = say_number(rng, c, [4, 6, 5], sep=" ")
    cvv = digits(rng, 4)
    return Case("positive", "call/travel: amex 15 digits 4-6-5 spoken; four-digit cid",
                [A("is that an american express"), C("yeah amex it's ", P(sp, "CARD_NUMBER", c)),
                 A("and the four digits printed above the number"), C(P(say_digits(rng, cvv), "CVV", cvv))])


# --------------------------- SSN templates ----------------------------------
def ssn_typed(rng, s):
    return rng.choice(["%s-%s-%s" % (s[:3], s[3:5], s[5:]), "%s %s %s" % (s[:3], s[3:5], s[5:]), s,
                       "%s.%s.%s" % (s[:3], s[3:5], s[5:]), "%s - %s - %s" % (s[:3], s[3:5], s[5:]),
                       "%s-%s-%s" % (s[:3], s[3:5], s[5:]), "%s %s" % (s[:5], s[5:]), "%s %s-%s" % (s[:3], s[3:5], s[5:])])


def t_ssn_chat(rng):
    s = gen_ssn(rng)
    lab = rng.choice(["SSN: ", "social is ", "my ss# ", "soc sec no. ", "ssn ", "Social Security Number - "])
    ind = rng.choice(["banking", "insurance", "healthcare billing", "government services"])
    return Case("positive", "chat/%s: US SSN typed" % ind,
                [A("To verify, please provide your Social Security number."), C(lab, P(ssn_typed(rng, s), "SSN", s))])


def t_ssn_spoken(rng):
    s = gen_ssn(rng)
    st = rng.choice(["digits", "groups", "pairs", "hundred"])
    if st == "digits":
        sp = say_digits(rng, s)
    elif st == "groups":
        sp = say_number(rng, s, [3, 2, 4], sep=rng.choice([" ", ", "]), fillers=True)
    elif st == "pairs":
        sp = " ".join([say_group(rng, s[:3]), pair_words(s[3:5]), pair_words(s[5:7]), pair_words(s[7:])])
    else:
        sp = " ".join([say_group(rng, s[:3], "hundred"), say_group(rng, s[3:5], "pairs"), say_group(rng, s[5:], "pairs")])
    assert norm_digits(sp) == s, (s, sp)
    return Case("positive", "call/%s: SSN spoken (%s style)" % (rng.choice(["banking", "insurance", "government services"]), st),
                [A("and can you confirm your social security number"), C(rng.choice(["sure it's ", "yeah ", "okay um ", ""]), P(sp, "SSN", s))])


def t_ssn_split(rng):
    s = gen_ssn(rng)
    turns = [A("i'll need the social please"), C(P(say_group(rng, s[:3]), "SSN", s, group="s")), A(rng.choice(["mhm", "okay"])),
             C(P(say_group(rng, s[3:5]), "SSN", s, group="s")), A(rng.choice(["go on", "yep"])),
             C(P(say_group(rng, s[5:]), "SSN", s, group="s"))]
    return Case("positive", "call/healthcare billing: SSN split 3-2-4 across turns", turns)


def t_ssn_last_and_full(rng):
    s = gen_ssn(rng)
    sp = say_number(rng, s, [3, 2, 4])
    return Case("positive", "call/insurance: SSN given after a claim number (claim number not PII)",
                [A("i have your claim number %s, now the social" % say_digits(rng, digits(rng, 7, True), runs=False)),
                 C("okay it's ", P(sp, "SSN", s), " and i'm calling about my %s" % rng.choice(["car", "house", "dental"]))])


def t_ssn_correction(rng):
    s = gen_ssn(rng)
    wrong = s[:3] + str((int(s[3]) + 3) % 10)
    sp = (say_digits(rng, wrong, runs=False) + " " + rng.choice(["no wait", "sorry", "hang on no"]) + " " +
          say_number(rng, s, [3, 2, 4]))
    return Case("positive", "call/banking: SSN with restart after a wrong digit; whole reading labelled",
                [A("social security number"), C(P(sp, "SSN", s, mode="subseq"))])


def t_ssn_readback(rng):
    s = gen_ssn(rng)
    return Case("positive", "call/government services: customer gives SSN, agent reads it back in pairs",
                [A("what's your social"), C(P(say_number(rng, s, [3, 2, 4], style="digits"), "SSN", s)),
                 A("thanks that's ", P(say_group(rng, s[:3]) + " " + say_group(rng, s[3:5], "pairs") + " " +
                                       say_group(rng, s[5:], "pairs"), "SSN", s, group="rb"), " correct"),
                 C("correct")])


def t_ssn_and_dob_chat(rng):
    s = gen_ssn(rng)
    d = gen_dob(rng)
    return Case("positive", "chat/banking: SSN and DOB on one line",
                [A("Please confirm your SSN and date of birth"),
                 C(P(ssn_typed(rng, s), "SSN", s), rng.choice([" and dob ", ", born ", " / DOB "]), P(dob_surface(rng, d, False), "DOB", d))])


def t_ssn_homophone(rng):
    s = gen_ssn(rng)
    sp = say_digits(rng, s, homo=True, runs=False)
    return Case("positive", "call/insurance: ASR SSN with homophones (for/to/ate)",
                [A("last thing i need is your social security"), C("it's ", P(sp, "SSN", s))])


# --------------------------- NI templates -----------------------------------
def ni_typed(rng, n):
    st = rng.randint(0, 6)
    if st == 0:
        r = "%s %s %s %s %s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8])
    elif st == 1:
        r = n
    elif st == 2:
        r = n.lower()
    elif st == 3:
        r = "%s-%s-%s-%s-%s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8])
    elif st == 4:
        r = "%s %s %s" % (n[:2], n[2:8], n[8])
    elif st == 5:
        r = "%s%s %s" % (n[:2].lower(), n[2:8], n[8].lower())
    else:
        r = "%s %s %s %s %s" % (n[:2].lower(), n[2:4], n[4:6], n[6:8], n[8].lower())
    return r


def say_letter(rng, l, style):
    l = l.lower()
    if l == "o" and style != "nato":
        return "o for oscar"
    if style == "nato":
        return "%s for %s" % (l, NATO[l]) if rng.random() < 0.6 else NATO[l]
    if style == "name" and l in NAMEWORD:
        return ("%s for %s" if rng.random() < 0.6 else "%s as in %s") % (l, NAMEWORD[l])
    if style == "homo" and l in LETTER_HOMO and " " not in LETTER_HOMO[l]:
        return LETTER_HOMO[l]
    return l


def ni_spoken(rng, n):
    style = rng.choice(["plain", "nato", "name", "homo", "plain"])
    lets = n[:2]
    if lets[0] == lets[1] and rng.random() < 0.6 and style == "plain":
        head = "double " + lets[0].lower()
    else:
        head = say_letter(rng, lets[0], style) + " " + say_letter(rng, lets[1], style)
    dstyle = rng.choice(["digits", "pairs", "pairs", "mixed"])
    if dstyle == "pairs":
        mid = " ".join(pair_words(n[i:i + 2], rng.choice(["oh", "o", "zero"])) for i in (2, 4, 6))
    else:
        mid = say_group(rng, n[2:8], dstyle)
    tail = say_letter(rng, n[8], style)
    r = head + " " + mid + " " + tail
    assert norm_alnum(r) == n, (n, r)
    return r, style, dstyle


def t_ni_chat(rng):
    n = gen_ni(rng)
    lab = rng.choice(["NI: ", "ni number is ", "Nat Ins No. ", "my national insurance no is ", "NINO ", ""])
    return Case("positive", "chat/%s: UK NI number typed" % rng.choice(["government services", "banking", "utilities", "insurance"]),
                [A("Can you give me your National Insurance number?"), C(lab, P(ni_typed(rng, n), "NI_NUMBER", n),
                                                                       rng.choice(["", " thanks", " x", " - is that enough?"]))])


def t_ni_spoken(rng):
    n = gen_ni(rng)
    r, st, dst = ni_spoken(rng, n)
    return Case("positive", "call/government services: NI spoken, letters %s, digits %s" % (st, dst),
                [A("and your national insurance number please"), C(rng.choice(["yeah it's ", "it's ", "right so ", "um "]), P(r, "NI_NUMBER", n))])


def t_ni_split(rng):
    n = gen_ni(rng)
    style = rng.choice(["plain", "nato", "homo"])
    lets = say_letter(rng, n[0], style) + " " + say_letter(rng, n[1], style)
    turns = [A("what's your NI number"), C(rng.choice(["okay ", "so "]), P(lets, "NI_NUMBER", n, group="n")), A(rng.choice(["yep", "mhm"])),
             C(P(say_group(rng, n[2:5]), "NI_NUMBER", n, group="n")), A("okay"),
             C(P(say_group(rng, n[5:8]), "NI_NUMBER", n, group="n")), A(rng.choice(["and the letter at the end", "last letter"])),
             C(rng.choice(["", "it's "]), P(say_letter(rng, n[8], style), "NI_NUMBER", n, group="n"))]
    return Case("positive", "call/government services: NI split over four customer turns, letter prompted by agent", turns)


def t_ni_correction(rng):
    n = gen_ni(rng)
    wrong = n[2:4]
    wd = str((int(n[4]) + 2) % 10)
    r = ("%s %s %s %s %s actually no %s %s" % (n[0].lower(), n[1].lower(), pair_words(wrong), say_digits(rng, wd, runs=False),
                                              rng.choice(["", "um"]), pair_words(n[2:4]) + " " + say_group(rng, n[4:8]),
                                              say_letter(rng, n[8], "plain"))).replace("  ", " ")
    return Case("positive", "call/utilities: NI with self-correction mid-digits; whole reading labelled",
                [A("national insurance number"), C(P(r, "NI_NUMBER", n, mode="subseq"))])


def t_ni_readback(rng):
    n = gen_ni(rng)
    r1, _, _ = ni_spoken(rng, n)
    back = " ".join(["%s for %s" % (n[0].lower(), NATO[n[0].lower()]), "%s for %s" % (n[1].lower(), NATO[n[1].lower()]),
                     say_group(rng, n[2:8], "digits"), n[8].lower()])
    return Case("positive", "call/banking: NI given then agent reads it back phonetically",
                [A("can i take your national insurance number"), C(P(r1, "NI_NUMBER", n)),
                 A("so that's ", P(back, "NI_NUMBER", n, group="rb"), " yeah"), C("yes")])


def t_ni_and_postcode(rng):
    n = gen_ni(rng)
    pc = gen_uk_postcode(rng)
    return Case("positive", "chat/government services: NI and postcode in one message",
                [A("Please confirm NI number and postcode for the claim"),
                 C(P(ni_typed(rng, n), "NI_NUMBER", n), rng.choice([" / ", " and ", ", pc "]), P(fmt_uk_pc(pc) if rng.random() < .7 else pc.lower(), "POSTCODE", pc))])


def t_ni_chitchat(rng):
    n = gen_ni(rng)
    r, _, _ = ni_spoken(rng, n)
    return Case("positive", "call/government services: NI embedded in chit-chat with years and amounts (not PII)",
                [A("so you've been paying in since when"),
                 C("since about twenty ten i think my number's ", P(r, "NI_NUMBER", n), " and i was getting about ninety pounds a week")])


# --------------------------- other types ------------------------------------
def t_bank_uk(rng):
    acct, sc = digits(rng, 8), digits(rng, 6)
    spoken = rng.random() < 0.6
    if spoken:
        s_sc = say_number(rng, sc, [2, 2, 2], style=rng.choice(["pairs", "digits"]))
        s_ac = say_number(rng, acct, [4, 4], fillers=True)
        return Case("positive", "call/banking: UK sort code and account spoken",
                    [A("what's the sort code"), C(P(s_sc, "SORT_CODE", sc)), A("and the account number"), C(P(s_ac, "BANK_ACCOUNT", acct))])
    t_sc = rng.choice(["%s-%s-%s" % (sc[:2], sc[2:4], sc[4:]), sc, "%s %s %s" % (sc[:2], sc[2:4], sc[4:])])
    return Case("positive", "chat/banking: UK sort code and account typed together",
                [C("sort code ", P(t_sc, "SORT_CODE", sc), rng.choice([" acc ", " account no ", ", a/c "]), P(acct, "BANK_ACCOUNT", acct))])


def t_bank_us(rng):
    acct = digits(rng, rng.choice([10, 11, 12]), True)
    routing = None
    sp = rng.random() < 0.5
    txt = say_number(rng, acct, [3, 3, 4, 2]) if sp else acct
    return Case("positive", "%s/banking: US checking account number" % ("call" if sp else "chat"),
                [A("what's the checking account number"), C(rng.choice(["", "it's ", "acct # "]) if not sp else "it's ", P(txt, "BANK_ACCOUNT", acct))])


def t_iban(rng):
    ib = gen_iban(rng)
    if rng.random() < 0.55:
        typed = rng.choice([" ".join(ib[i:i + 4] for i in range(0, len(ib), 4)), ib, ib.lower()])
        return Case("positive", "chat/%s: IBAN typed (%s)" % (rng.choice(["banking", "travel", "utilities"]), ib[:2]),
                    [A("Which IBAN should the refund go to?"), C("IBAN ", P(typed, "IBAN", ib))])
    # spoken
    parts, i = [], 0
    while i < len(ib):
        ch = ib[i]
        if ch.isalpha():
            parts.append(say_letter(rng, ch, rng.choice(["plain", "nato"])))
            i += 1
        else:
            j = i
            while j < len(ib) and ib[j].isdigit() and j - i < 4:
                j += 1
            parts.append(say_group(rng, ib[i:j], rng.choice(["digits", "pairs"]) if (j - i) % 2 == 0 else "digits"))
            i = j
    r = " ".join(parts)
    assert norm_alnum(r) == ib, (ib, r)
    return Case("positive", "call/banking: IBAN spoken letters and digits (%s)" % ib[:2],
                [A("can you read me the iban"), C("okay ", P(r, "IBAN", ib))])


def t_phone(rng):
    p, k = gen_phone(rng)
    if rng.random() < 0.5:
        t = phone_typed(rng, p, k)
        return Case("positive", "chat/%s: phone typed (%s)" % (rng.choice(["telecom", "retail", "utilities"]), k),
                    [A("Best number to reach you on?"), C(rng.choice(["", "call me on ", "mob: ", "tel "]), P(t, "PHONE", p))])
    s, canon = phone_spoken(rng, p, k)
    return Case("positive", "call/telecom: phone spoken (%s)" % k,
                [A("and a contact number"), C(rng.choice(["yeah it's ", "", "my mobile is "]), P(s, "PHONE", canon), rng.choice(["", " any time after six"]))])


def t_email(rng):
    e = gen_email(rng)
    if rng.random() < 0.5:
        t = rng.choice([e, e.upper() if rng.random() < .2 else e, e.capitalize()])
        return Case("positive", "chat/retail: e-mail typed", [A("What's your email?"), C(P(t, "EMAIL", e.lower()))])
    return Case("positive", "call/%s: e-mail spoken with 'at' and 'dot'" % rng.choice(["telecom", "insurance"]),
                [A("and an email address for the confirmation"), C("yeah it's ", P(say_email(rng, e), "EMAIL", e))])


def t_dob(rng):
    d = gen_dob(rng)
    sp = rng.random() < 0.6
    return Case("positive", "%s/%s: date of birth" % ("call" if sp else "chat", rng.choice(["healthcare billing", "banking", "insurance"])),
                [A("can you confirm your date of birth"), C(rng.choice(["", "it's ", "born "]), P(dob_surface(rng, d, sp), "DOB", d))])


def say_uk_pc(rng, pc):
    out = []
    for ch in pc[:-3]:
        out.append(say_letter(rng, ch, rng.choice(["plain", "plain", "nato"])) if ch.isalpha() else ONES[int(ch)])
    out.append(ONES[int(pc[-3])])
    for ch in pc[-2:]:
        out.append(say_letter(rng, ch, rng.choice(["plain", "nato"])))
    r = " ".join(out)
    assert norm_alnum(r) == pc, (pc, r)
    return r


def t_address_uk(rng):
    num = rng.randint(1, 240)
    street = "%s %s" % (rng.choice(STREETS), rng.choice(STREET_TYPES))
    canon = "%d %s" % (num, street)
    pc = gen_uk_postcode(rng)
    town = rng.choice(["Leeds", "Bristol", "York", "Manchester", "Glasgow", "Cardiff", "Norwich"])
    if rng.random() < 0.5:
        return Case("positive", "chat/utilities: UK address with postcode typed",
                    [A("What's the supply address?"), C(P(canon, "ADDRESS", canon), ", %s " % town, P(fmt_uk_pc(pc), "POSTCODE", pc))])
    sp = "%s %s" % (say_group(rng, str(num), "hundred") if num >= 100 else pair_words(str(num)) if num >= 10 else ONES[num], street.lower())
    return Case("positive", "call/utilities: address and postcode spoken",
                [A("first line of the address"), C(P(sp, "ADDRESS", canon), " in %s" % town.lower()), A("and the postcode"),
                 C(P(say_uk_pc(rng, pc), "POSTCODE", pc))])


def t_address_us(rng):
    num = rng.randint(100, 9999)
    street = "%s %s" % (rng.choice(STREETS), rng.choice(["Street", "Avenue", "Drive", "Boulevard", "Parkway", "Lane"]))
    canon = "%d %s" % (num, street)
    z = digits(rng, 5, True)
    if rng.random() < 0.5:
        zz = z if rng.random() < .6 else z + "-" + digits(rng, 4)
        return Case("positive", "chat/retail: US shipping address with ZIP",
                    [C("ship to ", P(canon, "ADDRESS", canon), ", Springfield IL ", P(zz, "POSTCODE", zz.replace("-", "")))])
    s = str(num)
    sp_num = " ".join(pair_words(s[i:i + 2]) for i in range(0, 4, 2)) if len(s) == 4 and s[2] != "0" and s[0] != "0" else say_digits(rng, s, runs=False)
    return Case("positive", "call/insurance: US address spoken and ZIP digit by digit",
                [A("what's the property address"), C(P(sp_num + " " + street.lower(), "ADDRESS", canon)),
                 A("zip"), C(P(say_digits(rng, z), "POSTCODE", z))])


def t_phone_email_combo(rng):
    p, k = gen_phone(rng)
    e = gen_email(rng)
    s, canon = phone_spoken(rng, p, k)
    return Case("positive", "call/travel: phone and email in one turn",
                [A("contact details for the booking"), C("mobile's ", P(s, "PHONE", canon), " and email ", P(say_email(rng, e), "EMAIL", e))])


def t_sortcode_hundreds(rng):
    sc = digits(rng, 6)
    acct = digits(rng, 8)
    return Case("positive", "call/banking: sort code said as pairs, account split over turns",
                [A("sort code"), C(P(" ".join(pair_words(sc[i:i + 2]) for i in (0, 2, 4)), "SORT_CODE", sc)),
                 A("account number"), C(P(say_group(rng, acct[:4]), "BANK_ACCOUNT", acct, group="a")), A("mhm"),
                 C(P(say_group(rng, acct[4:]), "BANK_ACCOUNT", acct, group="a"))])


def t_misc_expiry(rng):
    e = gen_expiry(rng)
    c = gen_card(rng)
    return Case("positive", "chat/retail: card then expiry in separate messages",
                [C(P(" ".join(split_groups(c, card_groups(c))), "CARD_NUMBER", c)), A("Expiry date?"),
                 C(P(expiry_surface(rng, e, False), "EXPIRY", e))])


def t_phone_split(rng):
    p, k = gen_phone(rng, "uk_mob") if False else gen_phone(rng)
    while k.endswith("intl"):
        p, k = gen_phone(rng)
    g = split_groups(p, [5, 3, 3] if len(p) == 11 else [3, 3, 4])
    turns = [A("what's the best number to call you back on")]
    for i, x in enumerate(g):
        turns.append(C(P(say_group(rng, x), "PHONE", p, group="p")))
        if i < len(g) - 1:
            turns.append(A(rng.choice(["mhm", "yep", "okay", "go on"])))
    return Case("positive", "call/telecom: phone number split across turns (%s)" % k, turns)


def t_dob_vs_appointment(rng):
    d = gen_dob(rng)
    return Case("positive", "call/healthcare billing: DOB next to an appointment date and a bill amount (not PII)",
                [A("i can see the appointment on the %s of %s, can you confirm your date of birth" % (ordinal(rng.randint(1, 28)), rng.choice(MONTHS))),
                 C("yes it's ", P(dob_surface(rng, d, True), "DOB", d), " and the bill was %s pounds" % pair_words(str(rng.randint(21, 99))))])


def t_iban_chat_sentence(rng):
    ib = gen_iban(rng)
    grp = " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))
    return Case("positive", "chat/utilities: IBAN inside a sentence with an amount (%s)" % ib[:2],
                [C("please refund the €%d.%02d to %s" % (rng.randint(10, 300), rng.randint(0, 99), rng.choice(["IBAN ", "my account ", ""])),
                   P(grp if rng.random() < .6 else ib, "IBAN", ib), rng.choice([" thanks", ". Regards", ""]))])


def t_card_agent_prompts(rng):
    c = gen_card(rng, rng.choice(["visa", "mc", "disc"]))
    g = split_groups(c, [4, 4, 4, 4])
    prompts = ["first four digits", "next four", "next four", "and the last four"]
    turns = []
    for pr, x in zip(prompts, g):
        turns.append(A(pr))
        turns.append(C(rng.choice(["", "", "it's ", "um "]), P(say_group(rng, x, rng.choice(["digits", "pairs"])), "CARD_NUMBER", c, group="c")))
    return Case("positive", "call/utilities: agent prompts each group of four; customer answers in pairs or digits", turns)


def t_ssn_dash_spoken(rng):
    s = gen_ssn(rng)
    sp = "%s dash %s dash %s" % (say_group(rng, s[:3], "digits"), say_group(rng, s[3:5]), say_group(rng, s[5:]))
    return Case("positive", "call/banking: ASR wrote the spoken 'dash' between SSN groups",
                [A("your social please"), C("yeah ", P(sp, "SSN", s), " thank you")])


def t_ssn_chat_inline(rng):
    s = gen_ssn(rng)
    return Case("positive", "chat/government services: SSN typed inline with a case number (not PII)",
                [C("case %s - they asked for my ssn again its " % digits(rng, 7, True), P(ssn_typed(rng, s), "SSN", s), ". how many times??")])


def t_ni_odd_typed(rng):
    n = gen_ni(rng)
    t = rng.choice(["%s %s %s %s %s %s" % (n[0], n[1], n[2:4], n[4:6], n[6:8], n[8]),
                    "%s%s %s%s" % (n[:2], n[2:5], n[5:8], n[8]), "%s.%s.%s.%s.%s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8]),
                    "%s  %s %s" % (n[:2], n[2:8], n[8]), "%s %s" % (n[:8], n[8])])
    return Case("positive", "chat/government services: NI typed with odd spacing/separators",
                [A("National Insurance number?"), C(rng.choice(["its ", "", "NI "]), P(t, "NI_NUMBER", n))])


def t_ni_homophones(rng):
    n = gen_ni(rng)
    while not (n[0].lower() in LETTER_HOMO and n[1].lower() in LETTER_HOMO and " " not in LETTER_HOMO[n[0].lower()] + LETTER_HOMO[n[1].lower()]):
        n = gen_ni(rng)
    r = "%s %s %s %s" % (LETTER_HOMO[n[0].lower()], LETTER_HOMO[n[1].lower()], say_group(rng, n[2:8], "pairs"), say_letter(rng, n[8], "nato"))
    assert norm_alnum(r) == n, (n, r)
    return Case("positive", "call/government services: ASR wrote NI letters as homophones (bee/see/jay/why)",
                [A("can i take the national insurance number"), C(P(r, "NI_NUMBER", n))])


def t_card_asr_numerals(rng):
    c = gen_card(rng, rng.choice(["visa", "mc", "mc2"]))
    parts = []
    for g in split_groups(c, [4, 4, 4, 4]):
        parts.append(g if rng.random() < 0.5 else say_group(rng, g, "digits"))
    sp = " ".join(parts)
    if norm_digits(sp) != c:
        sp = say_digits(rng, c)
    return Case("positive", "call/retail: ASR output mixing numerals and number words in one card reading",
                [A("go ahead with the card"), C("yeah it's ", P(sp, "CARD_NUMBER", c), " and it's a %s" % rng.choice(["debit", "credit", "business card"]))])


def t_card_two_values(rng):
    c = gen_card(rng)
    e = gen_expiry(rng)
    sp = say_number(rng, c, card_groups(c))
    return Case("positive", "call/telecom: card and expiry in the same turn with chit-chat",
                [A("card details please"), C("okay hold on let me get my glasses right it's ", P(sp, "CARD_NUMBER", c),
                                             " and it runs out ", P(expiry_surface(rng, e, True), "EXPIRY", e))])


def t_ssn_two_turn_digits(rng):
    s = gen_ssn(rng)
    return Case("positive", "call/healthcare billing: SSN 5+4 over two turns, second half after agent prompt",
                [A("can you give me the social security number on the account"), C(P(say_number(rng, s[:5], [3, 2]), "SSN", s, group="s")),
                 A("okay and the last four"), C(P(say_group(rng, s[5:], rng.choice(["pairs", "digits"])), "SSN", s, group="s"))])


def t_ssn_phone_same_turn(rng):
    s = gen_ssn(rng)
    p = str(rng.randint(2, 9)) + digits(rng, 2) + str(rng.randint(2, 9)) + digits(rng, 6)
    return Case("positive", "call/banking: SSN and US phone spoken back to back in one turn",
                [A("i need your social and a callback number"),
                 C("okay social is ", P(say_number(rng, s, [3, 2, 4]), "SSN", s), " and the cell is ",
                   P(say_number(rng, p, [3, 3, 4], sep=rng.choice([" ", ", "])), "PHONE", p))])


def t_ni_chat_sentence(rng):
    n = gen_ni(rng)
    ty = rng.randint(19, 23)
    return Case("positive", "chat/government services: NI inside a longer message with a payment date and amount (not PII)",
                [C("Hi, I got a letter dated %d %s saying I owe £%d.%02d in Class 2 contributions for 20%d-%d. My NI is " % (
                    rng.randint(1, 28), rng.choice(MONTHS).capitalize(), rng.randint(50, 900), rng.randint(0, 99), ty, ty + 1),
                   P(ni_typed(rng, n), "NI_NUMBER", n), rng.choice([" - can you check?", ". Thanks", " thank you", ""]))])


def t_card_spoken_ie(rng):
    c = gen_card(rng, rng.choice(["visa", "mc"]))
    sp = say_number(rng, c, [4, 4, 4, 4], sep=" ", style=rng.choice(["digits", "mixed"]))
    sp = sp.replace("zero", "nought").replace(" oh ", " o ")
    if norm_digits(sp) != c:
        sp = say_digits(rng, c, zero="o")
    return Case("positive", "call/utilities (Ireland): card read with 'o' for zero, amount in euro spoken before",
                [A("grand so that's %s euro, can i take the long card number" % pair_words(str(rng.randint(21, 99)))),
                 C("you can yeah ", P(sp, "CARD_NUMBER", c))])


POS_TEMPLATES = [
    (t_card_chat, 3), (t_card_spoken_one, 3), (t_card_split, 2), (t_card_correction, 1), (t_card_readback, 1),
    (t_card_full_payment, 2), (t_card_chat_mixed, 2), (t_card_two_turn_chat, 1), (t_card_pairs_homophones, 2),
    (t_card_chat_typo, 1), (t_card_amex_spoken, 1), (t_misc_expiry, 1),
    (t_ssn_chat, 3), (t_ssn_spoken, 3), (t_ssn_split, 1), (t_ssn_last_and_full, 1), (t_ssn_correction, 1),
    (t_ssn_readback, 1), (t_ssn_and_dob_chat, 1), (t_ssn_homophone, 1),
    (t_ni_chat, 3), (t_ni_spoken, 4), (t_ni_split, 1), (t_ni_correction, 1), (t_ni_readback, 1),
    (t_ni_and_postcode, 1), (t_ni_chitchat, 1),
    (t_bank_uk, 4), (t_bank_us, 1), (t_iban, 4), (t_phone, 3), (t_email, 5), (t_dob, 4),
    (t_address_uk, 4), (t_address_us, 3), (t_phone_email_combo, 2), (t_sortcode_hundreds, 2),
    (t_phone_split, 2), (t_dob_vs_appointment, 2), (t_iban_chat_sentence, 2), (t_card_agent_prompts, 2),
    (t_ssn_dash_spoken, 2), (t_ssn_chat_inline, 1), (t_ni_odd_typed, 2), (t_ni_homophones, 2),
    (t_card_asr_numerals, 2), (t_card_two_values, 1), (t_ssn_two_turn_digits, 1),
    (t_ssn_phone_same_turn, 1), (t_ni_chat_sentence, 1), (t_card_spoken_ie, 1),
]


# --------------------------- negatives ---------------------------------------
def n_money(rng):
    a = rng.randint(10, 4999)
    return Case("negative", "call/utilities: bill amount spoken",
                [A("how much is the bill"), C("it says %s pounds %s" % (say_group(rng, str(a), "pairs") if len(str(a)) == 4 and rng.random() < .4 else str(a),
                                                                       pair_words("%02d" % rng.randint(10, 99))))])


def n_order(rng):
    ref = digits(rng, rng.randint(6, 10), True)
    w = rng.choice(["order number", "ticket number", "claim reference", "invoice number", "case number"])
    if rng.random() < .5:
        return Case("negative", "chat/retail: %s typed" % w, [C("hi, my %s is %s and it still hasn't arrived" % (w, ref))])
    return Case("negative", "call/retail: %s spoken" % w,
                [A("have you got the %s" % w), C("yeah it's %s" % say_group(rng, ref, "digits"))])


def n_time(rng):
    h, m = rng.randint(1, 12), rng.choice([15, 30, 45, 10, 20])
    return Case("negative", "call/telecom: engineer appointment time and date",
                [A("the engineer can come on the %s of %s between %s and %s" % (ordinal(rng.randint(1, 28)), rng.choice(MONTHS), rng.choice(["eight", "nine", "ten"]), rng.choice(["twelve", "one", "two"]))),
                 C("%s %s works for me" % (ONES[h] if h < 10 else TEENS[h - 10], pair_words(str(m))))])


def n_flight(rng):
    fl = rng.choice(["EI", "BA", "FR", "AA", "UA"]) + str(rng.randint(100, 9999))
    return Case("negative", "chat/travel: flight number, seat and gate",
                [C("I'm on flight %s tomorrow at %02d:%02d, seat %d%s, can I add a bag? it's %dkg" % (fl, rng.randint(5, 22), rng.choice([0, 15, 30, 45]), rng.randint(1, 40), rng.choice("ABCDEF"), rng.randint(15, 32)))])


def n_meter(rng):
    r = digits(rng, rng.choice([5, 6]), True)
    return Case("negative", "call/utilities: meter reading spoken",
                [A("can you give me the meter reading"), C("it's %s" % say_group(rng, r, "digits")), A("and is that the day or night rate")])


def n_balance(rng):
    b = "%d.%02d" % (rng.randint(100, 98000), rng.randint(0, 99))
    return Case("negative", "chat/banking: balance, percentage and payment date",
                [A("Your balance is £%s and the rate is %d.%d%%. The next payment of £%d is due on %d %s." % (b, rng.randint(1, 29), rng.randint(0, 9), rng.randint(20, 900), rng.randint(1, 28), rng.choice(MONTHS).capitalize()))])


def n_model(rng):
    m = rng.choice(["KD-%d" % rng.randint(100, 999), "WX%dB" % rng.randint(10, 99), "iPhone %d" % rng.randint(11, 16), "S%d Ultra" % rng.randint(20, 25)])
    return Case("negative", "chat/retail: model number, quantity, price",
                [C("do you have the %s in stock? need %d of them, listed at $%d.99" % (m, rng.randint(2, 9), rng.randint(50, 2000)))])


def n_speed(rng):
    return Case("negative", "call/telecom: broadband speed, duration, count",
                [C("i'm only getting %s megabits and it drops every %s minutes, i've rung %s times" % (pair_words(str(rng.randint(11, 99))), pair_words(str(rng.randint(11, 59))), ONES[rng.randint(3, 9)]))])


def n_age_temp(rng):
    return Case("negative", "call/healthcare billing: age, temperature, room number",
                [C("my dad's %s he's in room %s and his temperature was thirty eight point %s" % (pair_words(str(rng.randint(61, 95))), say_group(rng, str(rng.randint(100, 499)), "hundred"), ONES[rng.randint(1, 9)]))])


def n_contract(rng):
    y = rng.randint(2015, 2026)
    return Case("negative", "call/telecom: contract start date and years (not a DOB)",
                [A("when did the contract start"), C("the %s of %s %s and it was for %s months" % (ordinal(rng.randint(1, 28)), rng.choice(MONTHS), say_year(rng, y), rng.choice(["twelve", "eighteen", "twenty four"])))])


def n_payment_date(rng):
    return Case("negative", "chat/utilities: payment date typed as dd/mm/yyyy (not DOB)",
                [C("I paid %d.%02d on %02d/%02d/20%d, ref %s" % (rng.randint(20, 500), rng.randint(0, 99), rng.randint(1, 28), rng.randint(1, 12), rng.randint(23, 26), digits(rng, 8, True)))])


def n_counts(rng):
    return Case("negative", "call/retail: quantities and durations",
                [C("i ordered %s boxes it's been %s days and i waited %s minutes on hold" % (ONES[rng.randint(2, 9)], pair_words(str(rng.randint(11, 30))), pair_words(str(rng.randint(20, 59)))))])


def n_policy(rng):
    ref = digits(rng, 8, True)
    return Case("negative", "call/insurance: policy number with the word policy, premium and excess",
                [A("can i have the policy number"), C("policy number %s" % say_group(rng, ref, "pairs")),
                 A("thanks the premium is %d pounds a month with a %d excess" % (rng.randint(20, 99), rng.choice([100, 250, 500])))])


def n_year_pct(rng):
    return Case("negative", "chat/banking: year and percentage and count",
                [C("I've been with you since %d, why did my rate go up %d%% on %d accounts" % (rng.randint(1990, 2020), rng.randint(2, 15), rng.randint(2, 4)))])


def n_booking(rng):
    ref = "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(6))
    return Case("negative", "chat/travel: alphanumeric booking reference and hotel room",
                [C("booking ref %s, room %d, checking out %d %s at %d" % (ref, rng.randint(100, 999), rng.randint(1, 28), rng.choice(MONTHS)[:3].capitalize(), rng.randint(10, 12)) + "am")])


def n_speech_numbers(rng):
    return Case("negative", "call/utilities: ASR numbers chatter (prices, hours)",
                [C("the tariff is %s pence per kilowatt hour and the standing charge is %s pence" % (pair_words(str(rng.randint(21, 39))), pair_words(str(rng.randint(41, 65))))),
                 A("yes and that's from the %s" % ordinal(rng.randint(1, 28)))])


def n_spoken_money_big(rng):
    h = rng.randint(1, 9)
    return Case("negative", "call/banking: large amount in words and a due date",
                [C("i need to move %s thousand %s hundred and %s pounds before the %s" % (ONES[rng.randint(2, 9)], ONES[h], pair_words(str(rng.randint(21, 99))), ordinal(rng.randint(1, 28)))),
                 A("okay that's fine that'll clear in %s working days" % ONES[rng.randint(2, 5)])])


def n_plan(rng):
    return Case("negative", "chat/telecom: plan price, data allowance, contract length",
                [A("The plan is £%d.99 a month for %d months with %dGB of data and %d minutes." % (rng.randint(9, 60), rng.choice([12, 18, 24, 36]), rng.choice([10, 30, 100, 250]), rng.choice([500, 1000, 3000]))),
                 C("ok and is the %d%% discount still on? my bill was £%d.%02d last month" % (rng.choice([10, 15, 20, 25]), rng.randint(20, 99), rng.randint(0, 99)))])


def n_travel_dates(rng):
    d1 = rng.randint(1, 20)
    return Case("negative", "call/travel: outbound and return dates, passengers, times (not DOB)",
                [C("we're flying out on the %s of %s and back on the %s at %s %s there's %s of us" % (ordinal(d1), rng.choice(MONTHS), ordinal(d1 + rng.randint(3, 8)), rng.choice(["six", "seven", "nine"]), pair_words(str(rng.choice([15, 30, 45, 50]))), ONES[rng.randint(2, 6)]))])


def n_reference_spoken(rng):
    ref = digits(rng, rng.randint(5, 8), True)
    w = rng.choice(["reference number", "order number", "complaint reference", "job number"])
    return Case("negative", "call/utilities: %s spoken in pairs" % w,
                [A("do you have a %s" % w), C("yeah the %s is %s" % (w, say_number(rng, ref, [2, 2, 2, 2], style="pairs") if len(ref) % 2 == 0 else say_group(rng, ref, "digits")))])


def n_duration_chat(rng):
    return Case("negative", "chat/telecom: durations and times typed",
                [C("been waiting %d mins, the outage started at %d:%02d and it's been down %dh%02dm, engineer said %d-%d days" % (rng.randint(10, 90), rng.randint(1, 12), rng.choice([0, 15, 20, 40]), rng.randint(1, 9), rng.randint(1, 59), rng.randint(1, 3), rng.randint(4, 7)))])


def n_invoice_chat(rng):
    return Case("negative", "chat/retail: invoice number with hash, qty, unit price, VAT",
                [C("Invoice #INV-%s shows %d x £%d.%02d plus %d%% VAT = £%d.%02d?" % (digits(rng, 6, True), rng.randint(2, 12), rng.randint(2, 80), rng.randint(0, 99), 20, rng.randint(100, 999), rng.randint(0, 99)))])


def n_tax_code(rng):
    ty = rng.randint(2020, 2025)
    return Case("negative", "chat/government services: tax code, form names, tax year and amount",
                [C("my tax code changed to %dL on my P%d for %d-%02d and I've been overtaxed £%d.%02d" % (
                    rng.choice([1257, 1100, 944, 1385]), rng.choice([45, 60]), ty, (ty + 1) % 100, rng.randint(50, 900), rng.randint(0, 99)))])


def n_card_fee(rng):
    return Case("negative", "call/banking: card fee, limit and dates without any card data",
                [A("your credit limit is %s thousand pounds and the next statement is on the %s" % (ONES[rng.randint(2, 9)], ordinal(rng.randint(1, 28)))),
                 C("and what's the apr again"), A("it's %s point %s percent" % (pair_words(str(rng.randint(11, 39))), ONES[rng.randint(1, 9)]))])


NEG_TEMPLATES = [n_money, n_order, n_time, n_flight, n_meter, n_balance, n_model, n_speed, n_age_temp,
                 n_contract, n_payment_date, n_counts, n_policy, n_year_pct, n_booking, n_speech_numbers,
                 n_spoken_money_big, n_plan, n_travel_dates, n_reference_spoken, n_duration_chat, n_invoice_chat,
                 n_tax_code, n_card_fee]


def build():
    rng = random.Random(SEED)
    pos_list = []
    for fn, w in POS_TEMPLATES:
        pos_list += [fn] * w
    pos, neg = [], []
    while len(pos) < 262:
        for fn in pos_list:
            if len(pos) >= 262:
                break
            pos.append(fn(rng))
    while len(neg) < 126:
        for fn in NEG_TEMPLATES:
            if len(neg) >= 126:
                break
            neg.append(fn(rng))
    objs, metas = [], []
    for i, c in enumerate(pos, 1):
        o, m = assemble(c, "%s-pos-%03d" % (PREFIX, i))
        objs.append(o); metas.append(m)
    for i, c in enumerate(neg, 1):
        o, m = assemble(c, "%s-neg-%03d" % (PREFIX, i))
        objs.append(o); metas.append(m)
    text = "".join(json.dumps(o, ensure_ascii=False) + "\n" for o in objs)
    return objs, metas, text


def counts(objs):
    cnt = Counter(s["type"] for o in objs for s in o["spans"])
    return cnt


def readme(objs):
    cnt = counts(objs)
    npos = sum(o["kind"] == "positive" for o in objs)
    nneg = len(objs) - npos
    rows = "\n".join("| %s | %d |" % (t, cnt[t]) for t in TYPES)
    return f"""# pii_holdout104 — held-out PII redaction evaluation set

**Never use this set for tuning.** It exists only to measure the redactor on
data its authors have not seen.

## Who wrote it and how

Written by an AI helper acting as an independent author. The author did not
read the redaction code, its tests, its docs or any other fixture; the only
existing data consulted was a three-line example of the JSONL format. All
cases are produced by `scripts/make_pii_holdout104.py` from template
functions: each turn is assembled from plain-text segments and
(value, TYPE) segments, so offsets are computed, never typed by hand. Every
value comes from one `random.Random({SEED})`; the output is byte-for-byte
reproducible. `python scripts/make_pii_holdout104.py --check` regenerates the
file, compares it byte for byte, checks ids, offsets, word boundaries and
overlaps, and validates every value after normalising spoken forms (Luhn,
mod-97, NI format, SSN rules, digit counts, postcode shapes).

Cases: {npos} positive, {nneg} negative ({len(objs)} total). Chat (typed)
and phone calls (ASR-style: lower case, numbers as words, "oh"/"o"/"nought",
"double"/"triple", pairs such as "forty one eleven", hundreds, homophones
"for"/"to"/"ate", NATO and "x for word" spellings, fillers, splits across
turns with back-channels, self-corrections, agent read-backs).

## Annotation conventions

* A span covers exactly the value as written or spoken: the first to the last
  token of the reading. Lead-ins ("it's", "card number is", "yeah") and
  trailing chit-chat are outside.
* Fillers (um, er) that fall *inside* a reading are inside the span.
* Self-corrections: the whole reading, including the abandoned digits and the
  correction words ("no sorry"), is one span.
* A value split over several turns gets one span per turn, each covering that
  turn's fragment. Agent read-backs are labelled as their own spans.
* Letters spelled "b for bravo" are inside the span in full; NATO words too.
* Phone numbers include the country code / "plus" / "double oh" prefix.
* EXPIRY covers month and year ("august twenty twenty seven", "08/27").
* DOB covers day, month and year only. ADDRESS covers house number + street
  name + street type (town and postcode are outside; postcode is its own
  POSTCODE span). US ZIP+4 is one POSTCODE span.
* E-mails: the full address, spoken ("j dot doe at gmail dot com") or typed.
* Money, times, dates that are not birth dates, reference/order/claim/policy
  numbers (with their reference word), flight numbers, meter readings, model
  numbers, counts, ages and so on are never labelled; negative cases contain
  only such lookalikes.

## Counts per type

| type | spans |
|---|---|
{rows}
"""


def check(text_on_disk, objs, metas, text):
    problems = []
    if text_on_disk != text:
        problems.append("cases.jsonl differs from regenerated output")
    ids = [o["id"] for o in objs]
    if len(set(ids)) != len(ids):
        problems.append("duplicate ids")
    for o, meta in zip(objs, metas):
        if o["kind"] == "negative" and o["spans"]:
            problems.append("%s: negative with spans" % o["id"])
        if o["kind"] == "positive" and not o["spans"]:
            problems.append("%s: positive without spans" % o["id"])
        by_turn = {}
        for s in o["spans"]:
            if s["type"] not in TYPES:
                problems.append("%s: bad type" % o["id"])
            t = o["turns"][s["turn"]]["text"]
            a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(t)):
                problems.append("%s: offsets out of range" % o["id"]); continue
            if (a > 0 and t[a - 1].isalnum()) or (b < len(t) and t[b].isalnum()):
                problems.append("%s: span not on word boundary %r" % (o["id"], t[a:b]))
            if t[a] == " " or t[b - 1] == " ":
                problems.append("%s: span has outer whitespace" % o["id"])
            by_turn.setdefault(s["turn"], []).append((a, b))
        for spans in by_turn.values():
            spans.sort()
            for (a1, b1), (a2, b2) in zip(spans, spans[1:]):
                if a2 < b1:
                    problems.append("%s: overlapping spans" % o["id"])
        groups = {}
        for s, m in zip(o["spans"], meta):
            t = o["turns"][s["turn"]]["text"][s["start"]:s["end"]]
            if t != m.text:
                problems.append("%s: span text mismatch" % o["id"])
            key = m.group if m.group else id(m)
            groups.setdefault(key, []).append((t, m))
        for key, items in groups.items():
            m = items[0][1]
            if not canon_ok(m.type, m.canon):
                problems.append("%s: invalid canonical %s %r" % (o["id"], m.type, m.canon))
            if not surface_matches(m.type, [t for t, _ in items], m.canon, m.mode):
                problems.append("%s: surface does not normalise to value %s %r -> %r" % (o["id"], m.type, [t for t, _ in items], m.canon))
    cnt = counts(objs)
    npos = sum(o["kind"] == "positive" for o in objs)
    nneg = len(objs) - npos
    if npos < 170 or nneg < 100:
        problems.append("too few cases")
    for t in TYPES:
        need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
        if cnt[t] < need:
            problems.append("type %s has %d spans (< %d)" % (t, cnt[t], need))
    return problems, cnt, npos, nneg


def main(argv):
    objs, metas, text = build()
    rd = readme(objs)
    if "--check" in argv:
        disk = CASES.read_text(encoding="utf-8") if CASES.exists() else ""
        problems, cnt, npos, nneg = check(disk, objs, metas, text)
        if README.exists() and README.read_text(encoding="utf-8") != rd:
            problems.append("README.md differs from regenerated output")
        print("positives=%d negatives=%d" % (npos, nneg))
        for t in TYPES:
            print("  %-13s %d" % (t, cnt[t]))
        for p in problems[:50]:
            print("PROBLEM:", p)
        print("problems: %d" % len(problems))
        return 1 if problems else 0
    problems, cnt, npos, nneg = check(text, objs, metas, text)
    for p in problems[:50]:
        print("PROBLEM:", p)
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    CASES.write_text(text, encoding="utf-8")
    README.write_text(rd, encoding="utf-8")
    print("wrote %d cases (%d positive, %d negative)" % (len(objs), npos, nneg))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

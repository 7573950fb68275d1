#!/usr/bin/env python3
"""Generate the pii_holdout359 held-out PII redaction evaluation set.

Written by an AI helper acting as an independent test author that never saw
the redaction engine. Standard library only; one RNG: random.Random(359241125).

Usage:
    python scripts/make_pii_holdout359.py          # (re)write the fixture
    python scripts/make_pii_holdout359.py --check  # regenerate + validate
"""
import json
import os
import random
import re
import sys

SEED = 359241125
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout359")
CASES = os.path.join(OUT_DIR, "cases.jsonl")
README = os.path.join(OUT_DIR, "README.md")

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

# --------------------------------------------------------------------------
# number words
UNIT = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEEN = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
        "seventeen", "eighteen", "nineteen"]
TENS = {"2": "twenty", "3": "thirty", "4": "forty", "5": "fifty", "6": "sixty",
        "7": "seventy", "8": "eighty", "9": "ninety"}
ZERO_WORDS = {"oh", "o", "zero", "nought"}
UNIT_VAL = {w: i for i, w in enumerate(UNIT) if i > 0}
TEEN_VAL = {w: 10 + i for i, w in enumerate(TEEN)}
TENS_VAL = {w: int(k) * 10 for k, w in TENS.items()}
FILLERS = {"um", "uh", "er", "erm", "uhm", "hmm"}
NUMWORDS = set(UNIT_VAL) | set(TEEN_VAL) | set(TENS_VAL) | ZERO_WORDS | {
    "hundred", "thousand", "double", "triple"}
NATO = {"alpha": "A", "alfa": "A", "bravo": "B", "charlie": "C", "delta": "D",
        "echo": "E", "foxtrot": "F", "golf": "G", "hotel": "H", "india": "I",
        "juliet": "J", "juliett": "J", "kilo": "K", "lima": "L", "mike": "M",
        "november": "N", "papa": "P", "quebec": "Q", "romeo": "R",
        "sierra": "S", "tango": "T", "uniform": "U", "victor": "V",
        "whiskey": "W", "whisky": "W", "xray": "X", "yankee": "Y", "zulu": "Z"}
NATO_OF = {}
for _w, _l in NATO.items():
    NATO_OF.setdefault(_l, _w)
FOR_WORDS = {"A": ["apple", "alpha"], "B": ["bravo", "bertie", "boy"], "C": ["charlie", "cat"],
             "D": ["delta", "dog"], "E": ["echo", "edward"], "F": ["freddie", "foxtrot"],
             "G": ["golf", "george"], "H": ["hotel", "harry"], "J": ["juliet", "jack"],
             "K": ["kilo", "king"], "L": ["lima", "london"], "M": ["mike", "mother"],
             "N": ["november", "nancy"], "P": ["papa", "peter"], "Q": ["quebec", "queen"],
             "R": ["romeo", "robert"], "S": ["sierra", "sugar"], "T": ["tango", "tommy"],
             "U": ["uniform"], "V": ["victor"], "W": ["whiskey", "william"],
             "X": ["xray"], "Y": ["yankee", "yellow"], "Z": ["zulu", "zebra"],
             "I": ["india"]}
MONTHS = ["january", "february", "march", "april", "may", "june", "july",
          "august", "september", "october", "november", "december"]
MON_ABBR = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept",
            "oct", "nov", "dec"]
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
       "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
       "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth",
       "twenty first", "twenty second", "twenty third", "twenty fourth", "twenty fifth",
       "twenty sixth", "twenty seventh", "twenty eighth", "twenty ninth", "thirtieth",
       "thirty first"]


def toks(text):
    return re.findall(r"[a-z]+|\d+", text.lower())


def parse_digits(tokens):
    """Spoken/typed digit reading -> digit string. Raises ValueError."""
    out = []
    i, n = 0, len(tokens)

    def base(j):
        if j >= n:
            return None
        t = tokens[j]
        if t in UNIT_VAL:
            return UNIT_VAL[t], j + 1
        if t in TEEN_VAL:
            return TEEN_VAL[t], j + 1
        if t in TENS_VAL:
            v = TENS_VAL[t]
            if j + 1 < n and tokens[j + 1] in UNIT_VAL:
                return v + UNIT_VAL[tokens[j + 1]], j + 2
            return v, j + 1
        return None

    def skipf(j):
        while j < n and tokens[j] in FILLERS:
            j += 1
        return j

    while i < n:
        t = tokens[i]
        if t in FILLERS:
            i += 1
            continue
        if t.isdigit():
            out.append(t)
            i += 1
            continue
        if t in ZERO_WORDS:
            out.append("0")
            i += 1
            continue
        if t in ("double", "triple"):
            k = 2 if t == "double" else 3
            j = skipf(i + 1)
            if j >= n:
                raise ValueError("dangling " + t)
            nt = tokens[j]
            if nt in ZERO_WORDS:
                d = "0"
            elif nt in UNIT_VAL:
                d = str(UNIT_VAL[nt])
            elif nt.isdigit() and len(nt) == 1:
                d = nt
            else:
                raise ValueError("bad after double: " + nt)
            out.append(d * k)
            i = j + 1
            continue
        b = base(i)
        if b is None:
            raise ValueError("unknown token %r" % t)
        v, j = b
        if j < n and tokens[j] == "thousand":
            total = v * 1000
            j += 1
            b2 = base(j)
            if b2 and b2[1] < n and tokens[b2[1]] == "hundred" and b2[0] < 10:
                total += b2[0] * 100
                j = b2[1] + 1
            if j < n and tokens[j] == "and" and base(j + 1):
                v3, j = base(j + 1)
                total += v3
            out.append(str(total))
        elif j < n and tokens[j] == "hundred":
            total = v * 100
            j += 1
            if j < n and tokens[j] == "and" and base(j + 1):
                v3, j = base(j + 1)
                total += v3
            elif base(j) and v < 10:
                v3, j = base(j)
                total += v3
            out.append(str(total))
        else:
            out.append(str(v))
        i = j
    return "".join(out)


def norm_digits(text):
    t = text.replace("(0)", " ")
    return parse_digits(toks(t))


def norm_alnum(text):
    """letters+digits reading (NI, IBAN, UK postcode) -> upper alnum string."""
    tk = toks(text)
    out = []
    run = []
    i, n = 0, len(tk)

    def flush():
        if run:
            out.append(parse_digits(run))
            del run[:]

    def is_letterish(t):
        return t in NATO or (t.isalpha() and len(t) <= 4 and t not in NUMWORDS
                             and t not in FILLERS and t != "and")

    while i < n:
        t = tk[i]
        if t in FILLERS:
            i += 1
            continue
        if i + 2 < n and tk[i + 1] == "for" and t.isalpha() and len(t) == 1:
            flush()
            out.append(t.upper())
            i += 3
            continue
        if t in ("double", "triple") and i + 1 < n and is_letterish(tk[i + 1]) \
                and tk[i + 1] not in ZERO_WORDS:
            flush()
            k = 2 if t == "double" else 3
            nt = tk[i + 1]
            out.append((NATO[nt] if nt in NATO else nt.upper()) * k)
            i += 2
            continue
        if t in NATO:
            flush()
            out.append(NATO[t])
            i += 1
            continue
        if t in NUMWORDS or t.isdigit() or (t == "and" and run):
            run.append(t)
            i += 1
            continue
        if is_letterish(t):
            flush()
            out.append(t.upper())
            i += 1
            continue
        raise ValueError("alnum: unknown token %r" % t)
    flush()
    return "".join(out)


def norm_email(text):
    tk = toks(text.replace("@", " at ").replace(".", " dot ").replace("_", " underscore ")
              .replace("-", " dash "))
    out, run = [], []
    i, n = 0, len(tk)

    def flush():
        if run:
            out.append(parse_digits(run))
            del run[:]
    while i < n:
        t = tk[i]
        if t in FILLERS:
            i += 1
            continue
        if i + 2 < n and tk[i + 1] == "for" and len(t) == 1:
            flush()
            out.append(t)
            i += 3
            continue
        if t in ("double", "triple") and i + 1 < n and len(tk[i + 1]) == 1 \
                and tk[i + 1].isalpha():
            flush()
            out.append(tk[i + 1] * (2 if t == "double" else 3))
            i += 2
            continue
        if (t in NUMWORDS and t not in ("o",)) or t.isdigit():
            run.append(t)
            i += 1
            continue
        flush()
        out.append({"at": "@", "dot": ".", "underscore": "_", "dash": "-",
                    "hyphen": "-"}.get(t, t))
        i += 1
    flush()
    return "".join(out)


# --------------------------------------------------------------------------
# validators of canonical values
def luhn_ok(d):
    s = 0
    for i, c in enumerate(reversed(d)):
        x = int(c)
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        s += x
    return s % 10 == 0


def luhn_complete(p):
    for c in "0123456789":
        if luhn_ok(p + c):
            return p + c
    raise AssertionError


def iban_ok(s):
    s = s.upper()
    r = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in r)
    return int(num) % 97 == 1


def iban_make(cc, bban):
    num = "".join(str(int(c, 36)) for c in bban + cc + "00")
    ck = 98 - int(num) % 97
    return "%s%02d%s" % (cc, ck, bban)


NI_RE = re.compile(r"^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$")
UKPC_RE = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$")
EMAIL_RE = re.compile(r"^[a-z0-9._\-]+@[a-z0-9\-]+(\.[a-z0-9\-]+)+$")
STREET_SUFFIX = {"road", "street", "avenue", "lane", "drive", "close", "way", "crescent",
                 "terrace", "place", "gardens", "court", "rd", "st", "ave", "boulevard",
                 "blvd", "grove", "kingsway", "square", "row", "hill", "park", "mews", "walk", "parade"}


def check_value(typ, canon):
    d = canon
    if typ == "CARD_NUMBER":
        return d.isdigit() and 13 <= len(d) <= 19 and luhn_ok(d)
    if typ == "CVV":
        return d.isdigit() and len(d) in (3, 4)
    if typ == "SSN":
        return (d.isdigit() and len(d) == 9 and d[:3] not in ("000", "666")
                and d[0] != "9" and d[3:5] != "00" and d[5:] != "0000")
    if typ == "NI_NUMBER":
        return bool(NI_RE.match(d)) and d[:2] not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ")
    if typ == "BANK_ACCOUNT":
        return d.isdigit() and 6 <= len(d) <= 12
    if typ == "SORT_CODE":
        return d.isdigit() and len(d) == 6
    if typ == "IBAN":
        return len(d) >= 15 and iban_ok(d)
    if typ == "PHONE":
        dd = d.lstrip("+")
        return dd.isdigit() and 10 <= len(dd) <= 15
    if typ == "EMAIL":
        return bool(EMAIL_RE.match(d))
    if typ == "POSTCODE":
        return bool(UKPC_RE.match(d)) or (d.isdigit() and len(d) in (5, 9))
    return True


def norm_for(typ, text, canon):
    """normalise a span text into the comparable canonical form."""
    if typ in ("CARD_NUMBER", "CVV", "SSN", "BANK_ACCOUNT", "SORT_CODE"):
        return norm_digits(text)
    if typ == "PHONE":
        t = text.strip()
        plus = t.startswith("+") or t.lower().startswith("plus")
        body = t[1:] if t.startswith("+") else (t[4:] if plus else t)
        return ("+" if plus else "") + norm_digits(body)
    if typ in ("NI_NUMBER", "IBAN"):
        return norm_alnum(text)
    if typ == "POSTCODE":
        return norm_alnum(text)
    if typ == "EMAIL":
        return norm_email(text)
    raise AssertionError(typ)


def check_structured(typ, text):
    """lenient checks for DOB / EXPIRY / ADDRESS span texts."""
    tk = toks(text)
    low = text.lower()
    if typ == "ADDRESS":
        first_ok = tk[0] in ("flat", "apartment", "apt", "unit") or tk[0][0].isdigit() \
            or tk[0] in NUMWORDS or tk[0] in TENS_VAL
        return first_ok and tk[-1] in STREET_SUFFIX
    has_month_name = any(t in MONTHS or t in MON_ABBR for t in tk)
    if typ == "EXPIRY":
        if has_month_name:
            rest = [t for t in tk if t not in MONTHS and t not in MON_ABBR
                    and t not in ("of", "the", "slash")]
            ds = parse_digits(rest)
            return len(ds) in (2, 4)
        ds = parse_digits([t for t in tk if t not in ("slash", "over")])
        if len(ds) == 3:
            ds = "0" + ds
        if len(ds) == 6:
            ds = ds[:2] + ds[4:]
        return len(ds) == 4 and 1 <= int(ds[:2]) <= 12
    if typ == "DOB":
        ords = [o for o in ORD[1:] if o.split()[-1] in tk]
        if has_month_name:
            return bool(re.search(r"\d", low)) or bool(ords) or any(t in NUMWORDS for t in tk)
        ds = parse_digits([t for t in tk if t not in ("slash", "of", "the")])
        return 5 <= len(ds) <= 8
    raise AssertionError(typ)


# --------------------------------------------------------------------------
# speaking helpers
class Speaker:
    def __init__(self, rng):
        self.r = rng

    def zero(self):
        return self.r.choice(["oh", "oh", "oh", "zero", "zero", "nought", "o"])

    def dw(self, c):
        return self.zero() if c == "0" else UNIT[int(c)]

    def pair(self, c):
        r = self.r
        if c[0] == "0":
            return self.zero() + " " + self.dw(c[1])
        if c[0] == c[1] and r.random() < 0.4:
            return "double " + self.dw(c[0])
        if c[0] == "1":
            return TEEN[int(c[1])]
        return TENS[c[0]] + ("" if c[1] == "0" else " " + UNIT[int(c[1])])

    def small(self, c):  # 2-char chunk said as one number (no leading zero words)
        if c[0] == "0":
            return UNIT[int(c[1])]
        if c[0] == "1":
            return TEEN[int(c[1])]
        return TENS[c[0]] + ("" if c[1] == "0" else " " + UNIT[int(c[1])])

    def digits_words(self, c):
        r = self.r
        out, i = [], 0
        while i < len(c):
            if i + 2 < len(c) and c[i] == c[i + 1] == c[i + 2] and r.random() < 0.7:
                out.append("triple " + self.dw(c[i]))
                i += 3
            elif i + 1 < len(c) and c[i] == c[i + 1] and r.random() < 0.6:
                out.append("double " + self.dw(c[i]))
                i += 2
            else:
                out.append(self.dw(c[i]))
                i += 1
        return " ".join(out)

    def chunk(self, c, mixed=True):
        r = self.r
        n = len(c)
        opts = ["digits"]
        if mixed and r.random() < 0.12:
            return c if r.random() < 0.6 else " ".join(c)
        if n == 2:
            opts += ["pair", "pair", "pair"]
        if n == 3:
            if c[0] != "0":
                opts += ["hundred", "hundred", "dpair"]
            opts += ["dpair"]
        if n == 4:
            opts += ["pairs", "pairs"]
            if c[0] != "0":
                opts += ["thousand", "thousand"]
                if c[2:] == "00":
                    opts += ["hundreds"]
        s = r.choice(opts)
        if s == "digits":
            return self.digits_words(c)
        if s == "pair":
            return self.pair(c)
        if s == "dpair":
            return self.dw(c[0]) + " " + self.pair(c[1:])
        if s == "hundred":
            rest = c[1:]
            h = UNIT[int(c[0])] + " hundred"
            if rest == "00":
                return h
            if rest[0] == "0":
                return h + " and " + UNIT[int(rest[1])] if r.random() < 0.7 else \
                    UNIT[int(c[0])] + " " + self.zero() + " " + UNIT[int(rest[1])]
            return h + (" and " if r.random() < 0.7 else " ") + self.small(rest)
        if s == "pairs":
            return self.pair(c[:2]) + " " + self.pair(c[2:])
        if s == "hundreds":
            return self.small(c[:2]) + " hundred"
        if s == "thousand":
            out = UNIT[int(c[0])] + " thousand"
            if c[1] != "0":
                out += " " + UNIT[int(c[1])] + " hundred"
            if c[2:] != "00":
                out += " and " + self.small(c[2:])
            return out
        raise AssertionError(s)

    def split_chunks(self, d, groups=None):
        r = self.r
        if groups is None:
            groups = []
            i = 0
            while i < len(d):
                k = r.choice([2, 2, 3, 4, 4])
                groups.append(d[i:i + k])
                i += k
        out = []
        for g in groups:
            if len(g) > 4 or (len(g) == 4 and r.random() < 0.25):
                j = 0
                while j < len(g):
                    k = r.choice([1, 2, 2, 3]) if len(g) - j > 2 else len(g) - j
                    out.append(g[j:j + k])
                    j += k
            else:
                out.append(g)
        return [c for c in out if c]

    def say_digits(self, d, groups=None, fillers=0.15, mixed=True):
        r = self.r
        for _ in range(40):
            chunks = self.split_chunks(d, groups)
            words = []
            for ci, c in enumerate(chunks):
                if ci and r.random() < fillers:
                    words.append(r.choice(["um", "uh", "er", "erm"]))
                words.append(self.chunk(c, mixed))
            sep = [" ", " ", ", ", "... ", " - "]
            text = words[0]
            for w in words[1:]:
                text += (", " if w in FILLERS else r.choice(sep)) + w
            if norm_digits(text) == d:
                return text
        return " ".join(self.dw(c) for c in d)

    def letter(self, L, style=None):
        r = self.r
        style = style or r.choice(["plain", "plain", "nato", "for"])
        if style == "plain":
            return L.lower()
        if style == "nato":
            return NATO_OF[L]
        return L.lower() + " for " + r.choice(FOR_WORDS[L])

    def say_alnum(self, s, fillers=0.1):
        """letters spelled, digit runs spoken."""
        r = self.r
        for _ in range(40):
            parts = re.findall(r"[A-Z]+|\d+", s)
            words = []
            for p in parts:
                if p.isalpha():
                    i = 0
                    while i < len(p):
                        if i + 1 < len(p) and p[i] == p[i + 1] and r.random() < 0.5:
                            words.append("double " + r.choice([p[i].lower(), NATO_OF[p[i]]]))
                            i += 2
                        else:
                            words.append(self.letter(p[i]))
                            i += 1
                else:
                    words.append(self.say_digits(p, fillers=fillers))
            text = words[0]
            for w in words[1:]:
                text += r.choice([" ", " ", ", "]) + w
            if norm_alnum(text) == s:
                return text
        return " ".join(self.letter(c, "for") if c.isalpha() else self.dw(c) for c in s)


# --------------------------------------------------------------------------
# value generators: each returns canonical string
def gen_card(r):
    kind = r.choice(["visa", "visa", "mc", "mc", "amex", "disc", "visa13", "long19", "maestro"])
    if kind == "visa":
        p, n = "4" + "".join(r.choice("0123456789") for _ in range(5)), 16
    elif kind == "mc":
        p, n = str(r.randint(51, 55)) + "".join(r.choice("0123456789") for _ in range(4)), 16
    elif kind == "amex":
        p, n = r.choice(["34", "37"]) + "".join(r.choice("0123456789") for _ in range(4)), 15
    elif kind == "disc":
        p, n = "6011" + "".join(r.choice("0123456789") for _ in range(2)), 16
    elif kind == "visa13":
        p, n = "4" + "".join(r.choice("0123456789") for _ in range(5)), 13
    elif kind == "maestro":
        p, n = r.choice(["6759", "6763", "5018"]) + "00", r.choice([16, 18])
    else:
        p, n = "4" + "".join(r.choice("0123456789") for _ in range(5)), 19
    body = p + "".join(r.choice("0123456789") for _ in range(n - len(p) - 1))
    # sprinkle repeated digits/zeros so double/triple and oh appear
    body = list(body)
    for _ in range(r.randint(0, 3)):
        k = r.randint(6, len(body) - 2)
        body[k] = body[k - 1] if r.random() < 0.6 else "0"
    return luhn_complete("".join(body))


def card_groups(d):
    n = len(d)
    if n == 15:
        return [d[:4], d[4:10], d[10:]]
    if n == 13:
        return [d[:4], d[4:7], d[7:10], d[10:]]
    return [d[i:i + 4] for i in range(0, n, 4)]


def gen_ssn(r):
    while True:
        a = r.randint(1, 899)
        if a == 666:
            continue
        g, s = r.randint(1, 99), r.randint(1, 9999)
        if r.random() < 0.3:
            s = r.choice([1000, 2000, 4100, 3005, 7700, 1100, 9000])
        return "%03d%02d%04d" % (a, g, s)


def gen_ni(r):
    first = "ABCEGHJKLMNPRSTWXYZ"
    second = "ABCEGHJKLMNPRSTWXYZ"
    while True:
        p = r.choice(first) + r.choice(second)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    digs = "".join(r.choice("0123456789") for _ in range(6))
    if r.random() < 0.4:
        k = r.randint(0, 4)
        digs = digs[:k] + digs[k] + digs[k] + digs[k + 2:]
        digs = digs[:6]
    return p + digs + r.choice("ABCD")


def gen_iban(r):
    cc = r.choice(["GB", "GB", "IE", "DE", "NL", "ES", "FR"])
    dg = lambda k: "".join(r.choice("0123456789") for _ in range(k))
    if cc == "GB":
        bban = r.choice(["NWBK", "BARC", "MIDL", "HBUK"]) + dg(14)
    elif cc == "IE":
        bban = r.choice(["AIBK", "IPBS"]) + dg(14)
    elif cc == "DE":
        bban = dg(18)
    elif cc == "NL":
        bban = r.choice(["ABNA", "INGB", "KNAB"]) + dg(10)
    elif cc == "ES":
        bban = dg(20)
    else:
        bban = dg(23)
    v = iban_make(cc, bban)
    if "O" in v:
        return gen_iban(r)
    return v


UK_PC = ["SW1A 1AA", "M1 1AE", "B33 8TH", "CR2 6XH", "DN55 1PT", "EC1A 1BB", "W1A 0AX",
         "LS1 4DY", "G2 3WT", "CF10 1EP", "BT7 1NN", "EH1 2NG", "NE1 7RU", "L1 8JQ",
         "BS1 5TR", "PR1 3HL", "M14 5WW", "SE22 8LL", "N16 7XB", "KT12 3BH", "RG1 8EQ",
         "CB2 1TN", "BN1 1EE", "LE2 7RH", "HU5 2DS", "DE22 3TT", "NW10 6QA", "E17 9PJ"]
US_ZIP = ["90210", "10001", "60614", "30309", "94110", "02139", "77005", "98103",
          "33139", "80205", "19103", "85004", "11211", "20008", "48201", "10025"]
STREETS = ["acacia avenue", "harbour road", "mill lane", "station road", "church street",
           "victoria terrace", "kingsway", "maple drive", "oak street", "elm grove",
           "park crescent", "high street", "the mews", "orchard close", "willow way",
           "pembroke road", "quay street", "elmwood avenue", "cedar lane", "hillside drive",
           "baker street", "ferry road", "main street", "sunset boulevard", "birch court",
           "lark rise parade", "castle hill", "wellington place", "primrose gardens"]
TOWNS_UK = ["Leeds", "Bristol", "Manchester", "Cardiff", "Belfast", "Edinburgh", "Croydon",
            "Brighton", "Leicester", "Hull", "Derby", "Glasgow", "Liverpool", "Preston"]
TOWNS_US = ["Chicago", "Atlanta", "Houston", "Seattle", "Denver", "Phoenix", "Detroit",
            "Miami", "Boston", "Philadelphia"]
FIRST = ["sarah", "james", "aoife", "liam", "priya", "tom", "olga", "mike", "niamh", "dev",
         "claire", "raj", "kate", "sean", "maria", "luca", "ben", "grace", "amir", "ellen"]
LAST = ["doe", "smith", "murphy", "kelly", "patel", "nguyen", "walsh", "brennan", "khan",
        "fischer", "garcia", "byrne", "taylor", "evans", "jones", "schmidt", "dubois"]
DOMAINS = ["gmail.com", "hotmail.co.uk", "outlook.com", "yahoo.com", "btinternet.com",
           "eircom.net", "icloud.com", "web.de", "live.ie", "protonmail.com", "aol.com",
           "sky.com", "virginmedia.com", "mail.com"]


def gen_email(r):
    f, l = r.choice(FIRST), r.choice(LAST)
    style = r.randint(0, 6)
    if style == 0:
        loc = f[0] + "." + l
    elif style == 1:
        loc = f + "_" + l[0] + str(r.randint(70, 99))
    elif style == 2:
        loc = f + "." + l + str(r.choice([1, 7, 22, 84, 90, 2001]))
    elif style == 3:
        loc = l + f[0]
    elif style == 4:
        loc = f + "-" + l
    elif style == 5:
        loc = f[0] + l + str(r.randint(10, 99))
    else:
        loc = f + l[0] + "." + "home"
    return loc + "@" + r.choice(DOMAINS)


def say_email(sp, e):
    r = sp.r
    loc, dom = e.split("@")
    words = []
    for part in re.findall(r"[a-z]+|\d+|[._\-]", loc):
        if part == ".":
            words.append("dot")
        elif part == "_":
            words.append("underscore")
        elif part == "-":
            words.append(r.choice(["dash", "hyphen"]))
        elif part.isdigit():
            words.append(sp.say_digits(part, fillers=0, mixed=False) if r.random() < 0.5
                         else " ".join(sp.dw(c) for c in part))
        elif len(part) == 1:
            words.append(part if r.random() < 0.5 else part + " for " + r.choice(FOR_WORDS[part.upper()]))
        elif r.random() < 0.25:
            # spell it out
            words.append(" ".join(c for c in part) if "o" not in part else part)
        else:
            words.append(part)
        if r.random() < 0.06:
            words.append(r.choice(["um", "uh"]))
    words.append("at")
    dparts = dom.split(".")
    words.append(dparts[0])
    for p in dparts[1:]:
        words += ["dot", p]
    text = " ".join(words)
    return text


# --------------------------------------------------------------------------
class Case:
    def __init__(self, kind, note):
        self.kind = kind
        self.note = note
        self.turns = []   # list of (speaker, segs)
        self.values = []  # (type, canon, [segkeys], mode)

    def turn(self, speaker, *segs):
        self.turns.append((speaker, list(segs)))
        return self

    def build(self, cid):
        turns, spans = [], []
        for ti, (spk, segs) in enumerate(self.turns):
            text = ""
            for s in segs:
                if isinstance(s, str):
                    text += s
                else:
                    typ, val = s[0], s[1]
                    st = len(text)
                    text += val
                    spans.append({"turn": ti, "start": st, "end": len(text), "type": typ})
            turns.append({"speaker": spk, "text": text})
        spans.sort(key=lambda x: (x["turn"], x["start"]))
        return {"id": cid, "kind": self.kind, "turns": turns, "spans": spans, "note": self.note}


def V(typ, text):
    return (typ, text)


# Value-level helpers, each returning typed and spoken renderings of a canonical.
def typed(r, typ, c):
    if typ == "CARD_NUMBER":
        g = card_groups(c)
        st = r.choice(["sp", "sp", "dash", "none", "odd", "dots"])
        if st == "sp":
            return " ".join(g)
        if st == "dash":
            return "-".join(g)
        if st == "none":
            return c
        if st == "dots":
            return ".".join(g)
        k = r.choice([3, 5])
        return " ".join(c[i:i + k] for i in range(0, len(c), k))
    if typ == "CVV":
        return c
    if typ == "SSN":
        return r.choice(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s.%s.%s"]) % (c[:3], c[3:5], c[5:])
    if typ == "NI_NUMBER":
        s = r.choice([c, "%s %s %s %s %s" % (c[:2], c[2:4], c[4:6], c[6:8], c[8]),
                      c[:2] + " " + c[2:8] + " " + c[8], c])
        return s.lower() if r.random() < 0.25 else s
    if typ == "BANK_ACCOUNT":
        return r.choice([c, c, c[:4] + " " + c[4:], "-".join([c[:3], c[3:]])])
    if typ == "SORT_CODE":
        return r.choice(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s/%s/%s"]) % (c[:2], c[2:4], c[4:])
    if typ == "IBAN":
        s = r.choice([" ".join(c[i:i + 4] for i in range(0, len(c), 4)), c])
        return s.lower() if r.random() < 0.2 else s
    if typ == "PHONE":
        return c  # phones carry their own display form
    if typ == "EMAIL":
        if r.random() < 0.25:
            loc, dom = c.split("@")
            return loc.capitalize() + "@" + dom.capitalize()
        return c
    if typ == "POSTCODE":
        return c if r.random() < 0.8 else c.lower()
    return c


def spoken(sp, typ, c, fillers=0.15):
    r = sp.r
    if typ == "CARD_NUMBER":
        return sp.say_digits(c, card_groups(c) if r.random() < 0.7 else None, fillers)
    if typ in ("CVV", "BANK_ACCOUNT"):
        return sp.say_digits(c, None, fillers)
    if typ == "SSN":
        return sp.say_digits(c, [c[:3], c[3:5], c[5:]] if r.random() < 0.7 else None, fillers)
    if typ == "SORT_CODE":
        return sp.say_digits(c, [c[:2], c[2:4], c[4:]], fillers)
    if typ in ("NI_NUMBER", "IBAN"):
        return sp.say_alnum(c, fillers)
    if typ == "POSTCODE":
        if c.isdigit():
            return sp.say_digits(c, None, fillers)
        return sp.say_alnum(c.replace(" ", ""), 0)
    if typ == "EMAIL":
        return say_email(sp, c)
    raise AssertionError(typ)


def canon_of(typ, c):
    if typ == "POSTCODE":
        return c.replace(" ", "").upper()
    if typ == "EMAIL":
        return c.lower()
    if typ == "PHONE":
        c2 = c.replace("(0)", "")
        return ("+" if c2.startswith("+") else "") + re.sub(r"\D", "", c2)
    return c.replace(" ", "").upper()


# phones: return (display typed, canonical, spoken-digit-groups)
def gen_phone(r):
    k = r.randint(0, 9)
    dg = lambda n: "".join(r.choice("0123456789") for _ in range(n))
    if k == 0:
        a = "7700" + dg(6)
        return "0%s %s" % (a[:4], a[4:]), "0" + a, None
    if k == 1:
        a = "7" + dg(9)
        return "+44 %s %s" % (a[:4], a[4:]), "+44" + a, "+44"
    if k == 2:
        a = "20" + dg(8)
        return "+44 (0)%s %s %s" % (a[:2], a[2:6], a[6:]), "+44" + a, "+44"
    if k == 3:
        a, b, c = str(r.randint(201, 989)), str(r.randint(200, 999)), dg(4)
        return r.choice(["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s"]) % (a, b, c), a + b + c, None
    if k == 4:
        a, b, c = str(r.randint(201, 989)), str(r.randint(200, 999)), dg(4)
        return "+1 %s %s %s" % (a, b, c), "+1" + a + b + c, "+1"
    if k == 5:
        a = r.choice(["83", "85", "86", "87", "89"]) + dg(7)
        return "+353 %s %s %s" % (a[:2], a[2:5], a[5:]), "+353" + a, "+353"
    if k == 6:
        a = r.choice(["83", "85", "86", "87"]) + dg(7)
        return "0%s %s %s" % (a[:2], a[2:5], a[5:]), "0" + a, None
    if k == 7:
        a = "30" + dg(8)
        return "+49 %s %s" % (a[:2], a[2:]), "+49" + a, "+49"
    if k == 8:
        a = r.choice("67") + dg(8)
        return "+33 %s %s %s %s %s" % (a[0], a[1:3], a[3:5], a[5:7], a[7:]), "+33" + a, "+33"
    a = "1" + dg(9)
    return "0%s %s" % (a[:4], a[4:]), "0" + a, None


def say_phone(sp, canon):
    r = sp.r
    if canon.startswith("+"):
        cc_len = 1 if canon.startswith("+1") else (3 if canon[1:4] in ("353",) else 2)
        cc = canon[1:1 + cc_len]
        rest = canon[1 + cc_len:]
        lead = r.choice(["plus", "plus", "plus"])
        ccw = sp.say_digits(cc, [cc], 0, mixed=False) if r.random() < 0.7 else " ".join(sp.dw(x) for x in cc)
        return lead + " " + ccw + r.choice([" ", ", "]) + sp.say_digits(rest, None, 0.12)
    return sp.say_digits(canon, None, 0.12)


def gen_dob(r):
    y = r.randint(1938, 2006)
    m = r.randint(1, 12)
    d = r.randint(1, 28)
    return y, m, d


def year_words(sp, y):
    r = sp.r
    if y >= 2000:
        return r.choice(["two thousand and " + (UNIT[y - 2000] if y < 2010 else sp.small(str(y)[2:])),
                         "two thousand " + (UNIT[y - 2000] if y < 2010 else sp.small(str(y)[2:]))])
    s = str(y)
    second = sp.small(s[2:]) if s[2] != "0" else sp.zero() + " " + UNIT[int(s[3])]
    return sp.small(s[:2]) + " " + second


def dob_text(sp, ymd, spoken_mode):
    r = sp.r
    y, m, d = ymd
    if not spoken_mode:
        st = r.randint(0, 5)
        if st == 0:
            return "%02d/%02d/%d" % (d, m, y)
        if st == 1:
            return "%02d-%02d-%d" % (m, d, y)
        if st == 2:
            return "%d.%d.%02d" % (d, m, y % 100)
        if st == 3:
            suf = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}.get(d, "th")
            return "%d%s %s %d" % (d, suf, MONTHS[m - 1].capitalize(), y)
        if st == 4:
            return "%s %d, %d" % (MONTHS[m - 1].capitalize()[:3], d, y)
        return "%d %s %d" % (d, MONTHS[m - 1], y)
    st = r.randint(0, 4)
    if st == 0:
        return "%s of %s %s" % (ORD[d], MONTHS[m - 1], year_words(sp, y))
    if st == 1:
        return "%s the %s %s" % (MONTHS[m - 1], ORD[d], year_words(sp, y))
    if st == 2:
        dd, mm = "%02d" % d, "%02d" % m
        return "%s %s %s" % (sp.pair(dd) if r.random() < 0.5 else " ".join(sp.dw(c) for c in dd),
                             sp.pair(mm) if r.random() < 0.5 else " ".join(sp.dw(c) for c in mm),
                             year_words(sp, y))
    if st == 3:
        return "%s %s, um, %s" % (ORD[d], MONTHS[m - 1], year_words(sp, y))
    return "%s %s %s" % (MONTHS[m - 1], ORD[d], year_words(sp, y))


def expiry_text(sp, spoken_mode):
    r = sp.r
    m, y = r.randint(1, 12), r.randint(25, 33)
    if not spoken_mode:
        return r.choice(["%02d/%02d" % (m, y), "%02d/20%02d" % (m, y), "%d/%02d" % (m, y),
                         "%02d-%02d" % (m, y), "%s %d" % (MONTHS[m - 1][:3].capitalize(), 2000 + y)])
    mm = "%02d" % m
    mw = sp.pair(mm) if r.random() < 0.5 else (UNIT[m] if m < 10 else sp.small(mm))
    yw = sp.small(str(y)) if r.random() < 0.6 else " ".join(sp.dw(c) for c in str(y))
    st = r.randint(0, 3)
    if st == 0:
        return mw + " " + yw
    if st == 1:
        return mw + " slash " + yw
    if st == 2:
        return MONTHS[m - 1] + " twenty " + sp.small(str(y))
    return mw + ", uh, " + yw


def gen_address(r, us=False):
    st = r.choice(STREETS)
    k = r.randint(0, 4)
    if us:
        num = str(r.choice([r.randint(100, 9999), r.randint(1000, 4999)]))
    else:
        num = str(r.randint(1, 240))
    flat = None
    if not us and k == 0:
        flat = str(r.randint(1, 24))
    if k == 1 and not us:
        num += r.choice("ab")
    return flat, num, st


def address_text(sp, addr, spoken_mode):
    r = sp.r
    flat, num, st = addr
    if not spoken_mode:
        s = ("Flat %s, " % flat if flat else "") + num + " " + " ".join(w.capitalize() for w in st.split())
        return s if r.random() < 0.8 else s.lower()
    digits = re.sub(r"\D", "", num)
    suffix = num[len(digits):]
    if len(digits) == 4 and r.random() < 0.5:
        nw = sp.chunk(digits, mixed=False)
    elif len(digits) <= 2:
        nw = sp.small(digits.zfill(2))
    elif len(digits) == 3:
        nw = sp.chunk(digits, mixed=False)
    else:
        nw = sp.pair(digits[:2]) + " " + sp.pair(digits[2:])
    if suffix:
        nw += " " + suffix
    pre = ""
    if flat:
        pre = r.choice(["flat ", "apartment "]) + sp.small(flat.zfill(2)) + r.choice([", ", " "])
    return pre + nw + " " + st


# --------------------------------------------------------------------------
INDUSTRY = {
    "banking": ("Thanks for calling Northgate Bank", "bank"),
    "telecom": ("You're through to Brightwave Mobile", "mobile"),
    "utilities": ("Hello, Evergreen Energy, how can I help", "energy"),
    "retail": ("Hi, you're chatting with Halloway's customer care", "retail"),
    "insurance": ("Good morning, Sentinel Insurance claims line", "insurance"),
    "travel": ("Thanks for calling Skyhop Travel", "travel"),
    "healthcare": ("Mercy Valley billing office, this is Dana", "healthcare"),
    "government": ("Welcome to the benefits helpline", "government"),
}
ACKS = ["mhm", "go on", "yep", "ok", "right", "uh huh", "yeah, go ahead", "got that",
        "okay, and the rest?", "mm hm", "sure", "lovely, keep going"]
ASIDES = ["hang on, the dog's barking", "sorry, one sec, it's worn off a bit",
          "wait, let me get my glasses", "just a sec, kids are shouting",
          "hold on, I'm on the bus", "sorry, where was I", "let me turn the light on"]
RESTART = ["no wait, sorry, let me start again", "actually hang on, that's wrong, it's",
           "sorry, scratch that, it's", "no no, I read that wrong, it's",
           "hold on, start over,"]
LEADS_TYPED = {
    "CARD_NUMBER": ["card no: ", "my card is ", "long number ", "Card number - ", "cc#", "card: "],
    "CVV": ["cvv ", "CVV: ", "security code is ", "the 3 digits on the back are "],
    "EXPIRY": ["exp ", "expires ", "expiry date: ", "valid thru "],
    "SSN": ["SSN: ", "my social is ", "ssn#", "Social Security No. "],
    "NI_NUMBER": ["NI no: ", "my national insurance number is ", "NINO ", "NI number - "],
    "BANK_ACCOUNT": ["acct no: ", "account number ", "a/c ", "Acc#"],
    "SORT_CODE": ["sort code ", "s/c: ", "sortcode "],
    "IBAN": ["IBAN: ", "my iban is ", "iban "],
    "PHONE": ["call me on ", "my number is ", "tel: ", "mobile - ", "ph "],
    "EMAIL": ["email: ", "my email's ", "e-mail ", "send it to "],
    "DOB": ["dob ", "DOB: ", "date of birth ", "born "],
    "POSTCODE": ["postcode ", "zip: ", "post code is "],
    "ADDRESS": ["address is ", "I live at ", "addr: ", "deliver to "],
}
LEADS_SPOKEN = {
    "CARD_NUMBER": ["yeah the long number is ", "okay it's ", "right so it's ", "um it's ",
                    "the card number, ", "so that's "],
    "CVV": ["the three on the back are ", "security code ", "it's ", "er, "],
    "EXPIRY": ["it expires ", "expiry is ", "valid until ", "it runs out "],
    "SSN": ["my social is ", "social security number is ", "it's ", "okay the social, "],
    "NI_NUMBER": ["my national insurance is ", "n i number is ", "it's ", "okay so it's "],
    "BANK_ACCOUNT": ["the account number is ", "account's ", "it's ", "so it's "],
    "SORT_CODE": ["sort code is ", "the sort code, ", "it's "],
    "IBAN": ["the iban is ", "iban's ", "okay it starts ", "right, "],
    "PHONE": ["you can call me on ", "my mobile is ", "best number is ", "it's "],
    "EMAIL": ["it's ", "my email is ", "email address is ", "send it to "],
    "DOB": ["date of birth is ", "i was born on ", "it's ", "dob is "],
    "POSTCODE": ["postcode is ", "zip is ", "it's "],
    "ADDRESS": ["i'm at ", "it's ", "the address is ", "we live at "],
}
ASKS = {
    "CARD_NUMBER": "Can I take the long card number please?",
    "CVV": "And the security code on the back?",
    "EXPIRY": "What's the expiry date on the card?",
    "SSN": "Can you confirm your social security number?",
    "NI_NUMBER": "Could I take your national insurance number?",
    "BANK_ACCOUNT": "What's the account number?",
    "SORT_CODE": "And the sort code?",
    "IBAN": "Can you give me the IBAN for the refund?",
    "PHONE": "What's the best number to reach you on?",
    "EMAIL": "What email address should we use?",
    "DOB": "For security, can I take your date of birth?",
    "POSTCODE": "And the postcode?",
    "ADDRESS": "What's the first line of the address?",
}
READBACK = ["so that's ", "let me read that back, ", "just to confirm, ", "I have ",
            "okay, so ", "so I've got "]
TAILS_TYPED = [" thanks", ". Cheers", "", " - is that ok?", " pls", ". thank you!"]
TAILS_SPOKEN = ["", ", yeah", " i think", ", that's it", ", okay"]

# Distractor clauses (non-PII) safe to append in positives
DISTRACT = ["the bill was 142.50", "I've been with you 12 years", "order 88213 came yesterday",
            "the old card ending 4821 was cancelled", "I was on hold for forty minutes",
            "it's about the payment on the 3rd of June", "my ticket number is 55120944",
            "we're on tariff 7", "the meter says 04512", "it cost two hundred and twelve pounds"]


def lower_asr(s):
    return s.lower().replace("?", "").replace("!", "")


class Gen:
    def __init__(self):
        self.r = random.Random(SEED)
        self.sp = Speaker(self.r)

    # ---- single value rendering -------------------------------------------
    def make_value(self, typ, extra=None):
        r = self.r
        if typ == "CARD_NUMBER":
            return gen_card(r)
        if typ == "CVV":
            return "".join(r.choice("0123456789") for _ in range(r.choice([3, 3, 3, 4])))
        if typ == "SSN":
            return gen_ssn(r)
        if typ == "NI_NUMBER":
            return gen_ni(r)
        if typ == "BANK_ACCOUNT":
            return "".join(r.choice("0123456789") for _ in range(r.choice([8, 8, 8, 10, 12])))
        if typ == "SORT_CODE":
            return r.choice(["20", "40", "30", "60", "09", "11", "83", "90"]) + \
                "".join(r.choice("0123456789") for _ in range(4))
        if typ == "IBAN":
            return gen_iban(r)
        if typ == "PHONE":
            return gen_phone(r)
        if typ == "EMAIL":
            return gen_email(r)
        if typ == "DOB":
            return gen_dob(r)
        if typ == "EXPIRY":
            return None
        if typ == "POSTCODE":
            return r.choice(UK_PC) if r.random() < 0.65 else (
                r.choice(US_ZIP) + ("" if r.random() < 0.7 else "-%04d" % r.randint(1, 9999)))
        if typ == "ADDRESS":
            return gen_address(r, us=bool(extra))
        raise AssertionError(typ)

    def render(self, typ, val, spoken_mode, fillers=0.15):
        """returns text of the full value."""
        sp, r = self.sp, self.r
        if typ == "PHONE":
            disp, canon, _ = val
            return say_phone(sp, canon) if spoken_mode else disp
        if typ == "DOB":
            return dob_text(sp, val, spoken_mode)
        if typ == "EXPIRY":
            return expiry_text(sp, spoken_mode)
        if typ == "ADDRESS":
            return address_text(sp, val, spoken_mode)
        if typ == "POSTCODE" and not spoken_mode:
            return typed(r, typ, val)
        if not spoken_mode:
            return typed(r, typ, val)
        c = val if typ != "POSTCODE" else val.replace("-", "")
        return spoken(sp, typ, c, fillers)

    def canon(self, typ, val):
        if typ == "PHONE":
            return val[1]
        if typ == "POSTCODE":
            return val.replace(" ", "").replace("-", "").upper()
        if typ in ("DOB", "EXPIRY", "ADDRESS"):
            return None
        return canon_of(typ, val)

    def split_parts(self, typ, c, n):
        """split canonical string c into n parts for split-over-turns reading."""
        r = self.r
        if typ == "CARD_NUMBER":
            g = card_groups(c)
            if n >= len(g):
                return g
            cut = sorted(r.sample(range(1, len(g)), n - 1))
            out, prev = [], 0
            for k in cut + [len(g)]:
                out.append("".join(g[prev:k]))
                prev = k
            return out
        if typ == "SSN":
            return [c[:3], c[3:5], c[5:]][:n] if n == 3 else [c[:5], c[5:]]
        if typ == "NI_NUMBER":
            return [c[:2], c[2:5], c[5:]] if n == 3 else [c[:4], c[4:]]
        size = len(c)
        cut = sorted(r.sample(range(4 if c.startswith('+') else 2, size - 1), n - 1))
        out, prev = [], 0
        for k in cut + [size]:
            out.append(c[prev:k])
            prev = k
        return out

    def speak_part(self, typ, part):
        if part.startswith("+"):
            return say_phone(self.sp, part)
        if typ in ("NI_NUMBER", "IBAN") or (typ == "POSTCODE" and not part.isdigit()):
            return self.sp.say_alnum(part, 0.1)
        return self.sp.say_digits(part, None, 0.15)

    # ---- case templates --------------------------------------------------
    def ctx(self):
        r = self.r
        ind = r.choice(sorted(INDUSTRY))
        return ind, INDUSTRY[ind][0]

    def pos_typed_chat(self, types):
        r = self.r
        ind, greet = self.ctx()
        c = Case("positive", "typed chat (%s): %s" % (ind, ", ".join(types)))
        c.turn("agent", greet + ". " + ASKS[types[0]])
        segs = []
        for i, t in enumerate(types):
            val = self.make_value(t, extra=r.random() < 0.4)
            lead = r.choice(LEADS_TYPED[t])
            if r.random() < 0.3:
                lead = lead.upper() if r.random() < 0.3 else lead.capitalize()
            if i:
                segs.append(r.choice([", ", " / ", "\n", "; ", " and "]))
            segs.append(lead)
            segs.append(V(t, self.render(t, val, False)))
            if t == "ADDRESS" and r.random() < 0.7:
                town = r.choice(TOWNS_US if val[2] in ("sunset boulevard", "main street", "oak street") else TOWNS_UK)
                segs.append(", " + town)
                pc = self.make_value("POSTCODE")
                segs.append(r.choice([", ", " ", "  "]))
                segs.append(V("POSTCODE", self.render("POSTCODE", pc, False)))
        if r.random() < 0.3:
            segs.append(". Also " + r.choice(DISTRACT))
        segs.append(r.choice(TAILS_TYPED))
        c.turn("customer", *segs)
        c.turn("agent", r.choice(["Thanks, one moment while I check that.",
                                  "Perfect, that's all verified.", "Great, bear with me."]))
        return c

    def pos_spoken_readback(self, t):
        r = self.r
        ind, greet = self.ctx()
        c = Case("positive", "ASR reading + agent read-back (%s): %s" % (ind, t))
        val = self.make_value(t, extra=r.random() < 0.4)
        c.turn("agent", lower_asr(greet + " " + ASKS[t]))
        segs = [r.choice(["", "uh ", "yeah ", "okay "]) + r.choice(LEADS_SPOKEN[t]),
                V(t, self.render(t, val, True)), r.choice(TAILS_SPOKEN)]
        if t == "ADDRESS":
            segs.append(r.choice([" in ", ", "]) + r.choice(TOWNS_UK).lower() + ", ")
            pc = self.make_value("POSTCODE")
            segs.append(V("POSTCODE", self.render("POSTCODE", pc, True)))
        c.turn("customer", *segs)
        if r.random() < 0.75:
            rb = self.render(t, val, r.random() < 0.8, fillers=0.0)
            c.turn("agent", r.choice(READBACK), V(t, rb), r.choice([", is that right", "", " correct"]))
            c.turn("customer", r.choice(["yes", "yep that's it", "that's right", "correct, yeah"]))
        else:
            c.turn("agent", r.choice(["lovely thank you", "perfect", "okay bear with me"]))
        return c

    def pos_split(self, t):
        r = self.r
        ind, greet = self.ctx()
        val = self.make_value(t)
        canon = self.canon(t, val)
        n = r.choice([2, 3, 3]) if len(canon) > 8 else 2
        parts = self.split_parts(t, canon, n)
        c = Case("positive", "ASR value split across %d customer turns (%s): %s" % (len(parts), ind, t))
        c.turn("agent", lower_asr(ASKS[t]))
        for i, p in enumerate(parts):
            txt = self.speak_part(t, p)
            pre = r.choice(LEADS_SPOKEN[t]) if i == 0 else r.choice(["", "", "then ", "and then ", "uh "])
            c.turn("customer", pre, V(t, txt), r.choice(["", "...", ","]))
            if i < len(parts) - 1:
                c.turn("agent", r.choice(ACKS))
        if r.random() < 0.6:
            rb = self.render(t, val, True, fillers=0.0) if t != "PHONE" else say_phone(self.sp, canon)
            c.turn("agent", r.choice(READBACK), V(t, rb))
            c.turn("customer", r.choice(["yeah", "yes", "that's the one"]))
        return c

    def pos_aside(self, t):
        r = self.r
        ind, _ = self.ctx()
        val = self.make_value(t)
        canon = self.canon(t, val)
        parts = self.split_parts(t, canon, 2)
        c = Case("positive", "ASR reading interrupted by an aside mid-value (%s): %s" % (ind, t))
        c.turn("agent", lower_asr(ASKS[t]))
        c.turn("customer", r.choice(LEADS_SPOKEN[t]), V(t, self.speak_part(t, parts[0])),
               ", " + r.choice(ASIDES) + ", ", V(t, self.speak_part(t, parts[1])))
        c.turn("agent", r.choice(["thank you", "no worries, got it", "lovely"]))
        return c

    def pos_restart(self, t):
        r = self.r
        ind, _ = self.ctx()
        val = self.make_value(t)
        canon = self.canon(t, val)
        c = Case("positive", "ASR restarted/corrected reading; abandoned fragment also labelled (%s): %s" % (ind, t))
        c.turn("agent", lower_asr(ASKS[t]))
        k = r.randint(3, max(3, len(canon) // 2))
        frag = canon[:k]
        if frag[-1].isdigit():
            frag = frag[:-1] + str((int(frag[-1]) + r.randint(1, 8)) % 10)
        ftxt = self.speak_part(t, frag)
        c.turn("customer", r.choice(LEADS_SPOKEN[t]), V(t, ftxt), "... " + r.choice(RESTART) + " ",
               V(t, self.render(t, val, True)))
        c.turn("agent", r.choice(["okay got it", "no problem", "thanks, and the rest is fine"]))
        c.fragment = True
        return c

    def pos_card_bundle(self):
        r = self.r
        ind, greet = self.ctx()
        spoken_mode = r.random() < 0.6
        card = gen_card(r)
        c = Case("positive", "card + expiry + cvv in one payment (%s, %s)" % (ind, "ASR" if spoken_mode else "typed"))
        f = lower_asr if spoken_mode else (lambda x: x)
        c.turn("agent", f(greet + ". " + ASKS["CARD_NUMBER"]))
        c.turn("customer", r.choice(LEADS_SPOKEN["CARD_NUMBER"] if spoken_mode else LEADS_TYPED["CARD_NUMBER"]),
               V("CARD_NUMBER", self.render("CARD_NUMBER", card, spoken_mode)))
        c.turn("agent", f(ASKS["EXPIRY"]))
        c.turn("customer", r.choice(LEADS_SPOKEN["EXPIRY"] if spoken_mode else LEADS_TYPED["EXPIRY"]),
               V("EXPIRY", self.render("EXPIRY", None, spoken_mode)))
        c.turn("agent", f(ASKS["CVV"]))
        cv = "".join(r.choice("0123456789") for _ in range(4 if len(card) == 15 else 3))
        c.turn("customer", r.choice(LEADS_SPOKEN["CVV"] if spoken_mode else LEADS_TYPED["CVV"]),
               V("CVV", self.render("CVV", cv, spoken_mode)))
        if r.random() < 0.5:
            c.turn("agent", f("Thanks. The card ending " + card[-4:] + " has been charged " +
                              r.choice(["£42.10", "$19.99", "€250.00", "£1,204.00"]) + "."))
        return c

    def pos_identity(self):
        r = self.r
        spoken_mode = r.random() < 0.6
        us = r.random() < 0.5
        f = lower_asr if spoken_mode else (lambda x: x)
        c = Case("positive", "identity check %s (%s)" % ("SSN+DOB" if us else "NI+DOB", "ASR" if spoken_mode else "typed"))
        t = "SSN" if us else "NI_NUMBER"
        c.turn("agent", f(ASKS["DOB"]))
        c.turn("customer", r.choice(LEADS_SPOKEN["DOB"] if spoken_mode else LEADS_TYPED["DOB"]),
               V("DOB", self.render("DOB", gen_dob(r), spoken_mode)))
        c.turn("agent", f(ASKS[t]))
        v = self.make_value(t)
        c.turn("customer", r.choice(LEADS_SPOKEN[t] if spoken_mode else LEADS_TYPED[t]),
               V(t, self.render(t, v, spoken_mode)))
        if spoken_mode and r.random() < 0.5:
            c.turn("agent", r.choice(READBACK), V(t, self.render(t, v, True, 0.0)))
        return c

    # ---- negatives -------------------------------------------------------
    def negative(self, i):
        r, sp = self.r, self.sp
        k = i % 24
        ind, greet = self.ctx()
        c = Case("negative", "")
        dg = lambda n: "".join(r.choice("0123456789") for _ in range(n))
        if k == 0:
            amt = r.randint(1000, 9999)
            c.note = "balance spoken with thousands/hundreds"
            c.turn("customer", "what's my balance")
            c.turn("agent", "your balance is " + sp.chunk(str(amt), False).replace(" and ", " and ")
                   + " pounds and " + sp.small("%02d" % r.randint(10, 99)) + " pence")
        elif k == 1:
            ref = luhn_complete(dg(15))
            c.note = "16-digit Luhn-valid ORDER number, typed with its label"
            c.turn("customer", "Hi, order number " + " ".join(ref[j:j + 4] for j in range(0, 16, 4)) +
                   " still hasn't arrived")
            c.turn("agent", "Sorry about that, I can see order " + ref + " is with the courier.")
        elif k == 2:
            last4 = dg(4)
            c.note = "card last-four only (PCI allows)"
            c.turn("agent", "which card would you like to use")
            c.turn("customer", "the one ending " + sp.say_digits(last4, [last4], 0.0, False) + ", the visa")
            c.turn("agent", "okay the visa ending " + last4 + ", that's fine")
        elif k == 3:
            ref = dg(16)
            c.note = "claim reference read out like a card number"
            c.turn("agent", "have you got your claim reference handy")
            c.turn("customer", "yeah the claim reference is " + sp.say_digits(ref, [ref[j:j + 4] for j in range(0, 16, 4)], 0.15))
            c.turn("agent", "thank you, that claim was settled on the " + ORD[r.randint(1, 28)] + " of " + r.choice(MONTHS))
        elif k == 4:
            c.note = "opening hours, times, durations"
            c.turn("customer", "what time are you open till")
            c.turn("agent", r.choice(["we're open eight till eight monday to friday and nine to five on saturdays",
                                      "the lines are open from 08:00 to 20:00, average wait is about 12 minutes",
                                      "we close at half five today, but it's twenty four seven online"]))
        elif k == 5:
            d, m = r.randint(1, 28), r.randint(1, 12)
            c.note = "appointment date + time (looks like a date of birth but is not)"
            c.turn("agent", "so the engineer is booked for the %s of %s, %s %s, between %s and %s" % (
                ORD[d], MONTHS[m - 1], "twenty", sp.small(str(r.randint(25, 28))), r.choice(["eight", "ten"]),
                r.choice(["twelve", "one"])))
            c.turn("customer", "great, %02d/%02d works for me" % (d, m))
        elif k == 6:
            c.note = "meter readings spoken digit by digit and typed"
            mr = dg(5)
            c.turn("customer", "i've got a meter reading for you, it's " + sp.say_digits(mr, None, 0.15))
            c.turn("agent", "lovely, so " + mr + " on the electric, and the gas is " + dg(5) + " point " + dg(1))
        elif k == 7:
            c.note = "flight, gate, seat numbers"
            c.turn("customer", "i'm on " + r.choice(["BA", "EI", "FR", "UA"]) + " " + str(r.randint(100, 9999)) +
                   " tomorrow, seat " + str(r.randint(1, 40)) + r.choice("ACDF"))
            c.turn("agent", "that leaves from gate B" + str(r.randint(1, 60)) + " at " + "%02d:%02d" % (r.randint(5, 22), r.choice([5, 15, 40, 55])))
        elif k == 8:
            c.note = "policy number with label, spoken with hundreds"
            pn = dg(8)
            c.turn("agent", "can i take your policy number")
            c.turn("customer", "it's p o l " + sp.say_digits(pn, [pn[:4], pn[4:]], 0.1))
            c.turn("agent", "thanks, policy " + pn + " renews in " + r.choice(MONTHS))
        elif k == 9:
            c.note = "percentages, temperatures, ages, counts"
            c.turn("customer", "my mum is %s and the house is only %d degrees" % (sp.small(str(r.randint(60, 95))), r.randint(12, 17)))
            c.turn("agent", "i understand, we've got %d%% of customers on the priority register, and a %s percent discount applies" % (
                r.randint(10, 40), sp.small(str(r.randint(11, 30)))))
        elif k == 10:
            c.note = "road name with no house number"
            c.turn("customer", "is there an outage on " + r.choice(STREETS) + "? the whole street's dark")
            c.turn("agent", "yes, there's a fault near " + r.choice(STREETS).title() + " affecting about " + str(r.randint(100, 2000)) + " homes")
        elif k == 11:
            c.note = "tracking number typed with label (long alphanumeric)"
            tn = "1Z" + dg(3) + "AA" + dg(10)
            c.turn("customer", "Tracking no: " + tn + " says delivered but nothing here")
            c.turn("agent", "I can see tracking " + tn + " was scanned at 14:32 yesterday.")
        elif k == 12:
            c.note = "invoice number spoken with oh/zero/double"
            inv = "0" + dg(9)
            c.turn("agent", "what's the invoice number at the top of the bill")
            c.turn("customer", "invoice number " + sp.say_digits(inv, None, 0.15))
            c.turn("agent", "and the amount due is " + "£%d.%02d" % (r.randint(20, 900), r.randint(0, 99)))
        elif k == 13:
            c.note = "years and contract dates"
            c.turn("customer", "i signed up in %s and the contract ends in %s %d" % (
                year_words(sp, r.randint(1995, 2019)), r.choice(MONTHS), r.randint(2025, 2030)))
            c.turn("agent", "yes, your 24 month contract runs to the %s" % ORD[r.randint(1, 28)])
        elif k == 14:
            c.note = "serial and model numbers with labels"
            c.turn("customer", "the model number is WM" + dg(4) + " and serial " + " ".join([dg(4), dg(4), dg(4), dg(4)]))
            c.turn("agent", "thanks, serial number noted, that model's under warranty until 20" + str(r.randint(26, 30)))
        elif k == 15:
            c.note = "ticket number spoken in pairs"
            tk = dg(8)
            c.turn("agent", "i'll give you a ticket number, it's " + sp.say_digits(tk, [tk[j:j + 2] for j in range(0, 8, 2)], 0.0))
            c.turn("customer", "so ticket " + tk + ", got it")
        elif k == 16:
            c.note = "room number, price and duration"
            c.turn("customer", "we're in room " + sp.chunk(str(r.randint(101, 999)), False) + " for three nights")
            c.turn("agent", "that's " + sp.chunk(str(r.randint(1000, 4999)), False) + " dollars in total, checkout is eleven a m")
        elif k == 17:
            c.note = "reference number 11 digits starting with zero (not a phone)"
            ref = "0" + dg(10)
            c.turn("agent", "your case reference is " + sp.say_digits(ref, None, 0.1))
            c.turn("customer", "case reference " + ref[:5] + " " + ref[5:] + ", thanks")
        elif k == 18:
            c.note = "payment date and direct debit amount"
            c.turn("agent", "the direct debit of £%d.%02d comes out on the %s of every month" % (
                r.randint(20, 300), r.randint(0, 99), ORD[r.randint(1, 28)]))
            c.turn("customer", "can we move it to the %s" % ORD[r.randint(1, 28)])
        elif k == 19:
            c.note = "card last-four typed, plus amount"
            c.turn("customer", "There's a charge of $%d.%02d on my card ending in %s that I don't recognise" % (
                r.randint(10, 999), r.randint(0, 99), dg(4)))
            c.turn("agent", "I can see it, card ending " + dg(4) + "? I'll raise a dispute, ref DSP-" + dg(6))
        elif k == 20:
            c.note = "membership / loyalty number with label read like a card"
            m = luhn_complete(dg(15))
            c.turn("customer", "my loyalty card number is " + sp.say_digits(m, [m[j:j + 4] for j in range(0, 16, 4)], 0.1))
            c.turn("agent", "thanks, that loyalty account has " + str(r.randint(100, 9000)) + " points")
        elif k == 21:
            c.note = "prescription / patient account reference in healthcare billing"
            c.turn("customer", "the patient account number on the statement is " + "PA-" + dg(7))
            c.turn("agent", "yes, balance of $" + str(r.randint(40, 900)) + ", your visit was on the " + ORD[r.randint(1, 28)])
        elif k == 22:
            c.note = "quantities and thousands spoken"
            c.turn("customer", "we used " + sp.chunk(str(r.randint(1000, 4999)), False) + " units last quarter?")
            c.turn("agent", "yes, that's up " + str(r.randint(2, 30)) + " percent on last year, at " + str(r.randint(20, 35)) + "p per unit")
        else:
            c.note = "booking reference and hotel confirmation"
            c.turn("agent", "your booking reference is " + " ".join(sp.letter(ch) if ch.isalpha() else sp.dw(ch)
                                                                   for ch in "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(6))))
            c.turn("customer", "great and confirmation number " + dg(9) + " for the hotel")
        c.note += " (%s)" % ind
        return c

    def generate(self):
        r = self.r
        pos = []
        # card-centric
        for i in range(28):
            pos.append(self.pos_card_bundle())
        plan = []
        for t in TYPES:
            if t in ("EXPIRY", "CVV"):
                continue
            w = {"CARD_NUMBER": 6, "SSN": 5, "NI_NUMBER": 5}.get(t, 2)
            plan += [t] * w
        modes = ["typed", "readback", "split", "aside", "restart"]
        j = 0
        while len(pos) < 215:
            t = plan[j % len(plan)]
            j += 1
            m = modes[(j // len(plan) + j) % len(modes)]
            if t in ("DOB", "ADDRESS", "EMAIL") and m in ("split", "aside", "restart"):
                m = r.choice(["typed", "readback"])
            if t == "PHONE" and m in ("aside", "restart"):
                m = "split"
            if m == "typed":
                ts = [t] + ([r.choice(["EMAIL", "PHONE", "DOB", "POSTCODE", "SORT_CODE"])]
                            if r.random() < 0.35 else [])
                if t == "BANK_ACCOUNT" and r.random() < 0.6:
                    ts = ["SORT_CODE", "BANK_ACCOUNT"]
                pos.append(self.pos_typed_chat(ts))
            elif m == "readback":
                pos.append(self.pos_spoken_readback(t))
            elif m == "split":
                pos.append(self.pos_split(t))
            elif m == "aside":
                pos.append(self.pos_aside(t))
            else:
                pos.append(self.pos_restart(t))
            if j % 9 == 0:
                pos.append(self.pos_identity())
        r.shuffle(pos)
        neg = [self.negative(i) for i in range(110)]
        r.shuffle(neg)
        out = []
        for i, c in enumerate(pos):
            out.append((c, c.build("h359-pos-%03d" % (i + 1))))
        for i, c in enumerate(neg):
            out.append((c, c.build("h359-neg-%03d" % (i + 1))))
        return out


# --------------------------------------------------------------------------
def validate(pairs):
    errs = []
    ids = set()
    counts = {t: 0 for t in TYPES}
    for case, d in pairs:
        cid = d["id"]
        if cid in ids:
            errs.append("dup id " + cid)
        ids.add(cid)
        if d["kind"] == "negative" and d["spans"]:
            errs.append(cid + " negative with spans")
        if d["kind"] == "positive" and not d["spans"]:
            errs.append(cid + " positive without spans")
        last = {}
        for s in d["spans"]:
            if s["type"] not in TYPES:
                errs.append(cid + " bad type")
                continue
            counts[s["type"]] += 1
            txt = d["turns"][s["turn"]]["text"]
            a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(txt)):
                errs.append(cid + " offsets out of range")
                continue
            if a > 0 and txt[a - 1].isalnum() or b < len(txt) and txt[b].isalnum():
                errs.append("%s not on word boundary: %r" % (cid, txt[max(0, a - 3):b + 3]))
            if not ((txt[a].isalnum() or (txt[a] == "+" and s["type"] == "PHONE"))
                    and txt[b - 1].isalnum()):
                errs.append("%s span edge not alnum: %r" % (cid, txt[a:b]))
            if last.get(s["turn"], -1) > a:
                errs.append(cid + " overlapping spans")
            last[s["turn"]] = b
        # value validation, grouping consecutive spans of the same type
        groups = []
        for s in d["spans"]:
            groups.append((s["type"], d["turns"][s["turn"]]["text"][s["start"]:s["end"]]))
        for typ, txt in groups:
            try:
                if typ in ("DOB", "EXPIRY", "ADDRESS"):
                    if not check_structured(typ, txt):
                        errs.append("%s %s bad: %r" % (cid, typ, txt))
                    continue
                nv = norm_for(typ, txt, "")
            except ValueError as e:
                errs.append("%s %s unparseable %r: %s" % (cid, typ, txt, e))
                continue
            d["_norm"] = d.get("_norm", []) + [(typ, nv)]
        # assemble values: merge consecutive partial spans of same type
        full_ok = _assemble_check(case, d.get("_norm", []))
        if full_ok is not True:
            errs.append("%s: %s" % (cid, full_ok))
        d.pop("_norm", None)
    return errs, counts


def _is_full(typ, v):
    return check_value(typ, v)


def _assemble_check(case, norms):
    """Each normalised span must either be a valid full value, or a run of
    consecutive same-type spans must concatenate into one; restart fragments
    (case.fragment) may be left over as digit/alnum fragments."""
    i = 0
    frag_allowed = getattr(case, "fragment", False)
    while i < len(norms):
        typ = norms[i][0]
        end = i
        while end + 1 < len(norms) and norms[end + 1][0] == typ:
            end += 1
        hit = None
        for j in range(end, i - 1, -1):
            if _is_full(typ, "".join(v for _, v in norms[i:j + 1])):
                hit = j
                break
        if hit is not None:
            i = hit + 1
            continue
        if frag_allowed and len(norms[i][1]) >= 2:
            frag_allowed = False
            i += 1
            continue
        return "value %s %r does not validate" % (typ, norms[i][1])
    return True


def readme(counts, npos, nneg, nspans):
    rows = "\n".join("| %s | %d |" % (t, counts[t]) for t in TYPES)
    return """# pii_holdout359 — held-out PII redaction evaluation set

> **Never use this set for tuning.** It is a held-out evaluation set: do not
> tune patterns, thresholds, word lists or models against it, and do not copy
> its phrasings into training or development data. If it leaks into tuning it
> stops measuring anything.

## Provenance

Written by an AI helper acting as an independent test author. The author did
not see the redaction engine's code, tests, docs or other fixtures; the cases
come only from a written brief describing the PII types and annotation
conventions. Everything is produced by `scripts/make_pii_holdout359.py`
(Python standard library only, a single `random.Random(359241125)`), which
builds each turn from plain-text and labelled value segments so offsets are
computed, never hand-typed. All values are synthetic.

Regenerate / verify:

    python scripts/make_pii_holdout359.py          # write cases.jsonl + README.md
    python scripts/make_pii_holdout359.py --check  # byte-identical regen + validation

`--check` verifies byte-identical regeneration, unique ids, offsets in range,
on word boundaries and non-overlapping, and validates every labelled value
after normalising spoken forms (Luhn for cards, mod-97 for IBANs, NI format,
9 digits for SSN, 6 for sort codes, 3-4 for CVV, UK/US postcode format,
e-mail shape, phone digit count; lenient structure checks for DOB, EXPIRY
and ADDRESS).

## Format

`cases.jsonl`, one JSON object per line: `id`, `kind` (`positive` /
`negative`), `turns` (`speaker` = `customer` | `agent`, `text`), `spans`
(`turn`, `start`, `end` — Python character offsets into that turn's text,
end exclusive — and `type`), `note`.

## Content

Mix of typed chat/e-mail (separators, odd grouping, case variation, labels
like `acct no:`) and lower-case ASR phone transcripts across banking,
telecom, utilities, retail, insurance, travel, healthcare billing and
government services (UK, US, Ireland, EU). Emphasis on unusual spoken
numbers: pairs ("forty one twelve"), hundreds ("four hundred and twelve"),
thousands ("four thousand one hundred and twelve", "forty one hundred"),
"oh"/"o"/"zero"/"nought" mixed in one reading, "double"/"triple" in odd
places, and digits mixed with number words. Values are split over several
customer turns with agent back-channels, interrupted by asides, restarted
after corrections, and read back by the agent. NATO / "j for juliet"
spelling for NI numbers, IBANs and postcodes; spoken e-mails ("j dot doe at
gmail dot com").

## Annotation conventions

- A span covers exactly the value, from its first letter/digit to its last;
  lead-in words ("it's", "my number is") are outside.
- A value split across turns (or interrupted by an aside in one turn) is one
  span per piece, each with the value's type. Agent read-backs are labelled.
- Filler words inside a reading ("um", "uh", "er") are inside the span.
- In a restarted reading, the abandoned fragment and the full corrected
  reading are both labelled with the value's type; the restart phrase between
  them is not.
- Phone spans include the country code ("plus four four ...", "+44").
- ADDRESS covers house/flat number and street, not the town; the postcode /
  ZIP is a separate POSTCODE span. DOB and EXPIRY cover the whole date
  expression.
- A card's last four on their own ("card ending 4821") are not PII unless the
  full card was read in the same case (they are left unlabelled even then
  when said separately, e.g. in a charge confirmation).
- Negative cases contain no PII at all: amounts, balances, prices, times,
  hours, durations, counts, ages, temperatures, percentages, years,
  appointment/payment/contract dates, order/ticket/invoice/claim/reference/
  tracking/serial/model/policy/loyalty numbers said with their label, meter
  readings, flight/room/gate/seat numbers, road names, card last-four.
  Several are deliberately card-like (16-digit Luhn-valid order and loyalty
  numbers, claim references read in groups of four).

## Counts

%d positive cases, %d negative cases, %d spans.

| type | spans |
|---|---|
%s
""" % (npos, nneg, nspans, rows)


def render_all():
    pairs = Gen().generate()
    lines = [json.dumps(d, ensure_ascii=False) for _, d in pairs]
    return pairs, "\n".join(lines) + "\n"


def main():
    check = "--check" in sys.argv[1:]
    pairs, text = render_all()
    errs, counts = validate(pairs)
    npos = sum(1 for _, d in pairs if d["kind"] == "positive")
    nneg = len(pairs) - npos
    nspans = sum(len(d["spans"]) for _, d in pairs)
    rd = readme(counts, npos, nneg, nspans)
    if npos < 200 or nneg < 100:
        errs.append("too few cases")
    mins = {"CARD_NUMBER": 70, "SSN": 30, "NI_NUMBER": 30}
    for t in TYPES:
        if counts[t] < mins.get(t, 10):
            errs.append("too few %s spans: %d" % (t, counts[t]))
    if check:
        for path, want in ((CASES, text), (README, rd)):
            try:
                with open(path, encoding="utf-8") as f:
                    have = f.read()
            except OSError:
                have = None
            if have != want:
                errs.append("%s is not byte-identical to regeneration" % path)
        # also re-validate the file as read from disk
        if not errs:
            with open(CASES, encoding="utf-8") as f:
                for ln in f:
                    json.loads(ln)
        for e in errs:
            print("ERROR:", e)
        print("%d positive, %d negative, %d spans" % (npos, nneg, nspans))
        for t in TYPES:
            print("  %-13s %d" % (t, counts[t]))
        print("CHECK FAILED" if errs else "CHECK OK")
        return 1 if errs else 0
    if errs:
        for e in errs:
            print("ERROR:", e)
        return 1
    os.makedirs(OUT_DIR, exist_ok=True)
    with open(CASES, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    with open(README, "w", encoding="utf-8", newline="\n") as f:
        f.write(rd)
    print("wrote %d cases (%d pos, %d neg, %d spans)" % (len(pairs), npos, nneg, nspans))
    return 0


if __name__ == "__main__":
    sys.exit(main())

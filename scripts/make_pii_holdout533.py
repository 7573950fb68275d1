#!/usr/bin/env python3
"""Generate the pii_holdout533 held-out PII redaction evaluation set.

Every turn is assembled from plain-text segments and labelled value segments,
so span offsets are computed, never typed by hand.

Usage:
    python scripts/make_pii_holdout533.py          # write cases.jsonl
    python scripts/make_pii_holdout533.py --check  # regenerate + verify
"""
import json
import os
import re
import sys
import random
import datetime

SEED = 533241125
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "fixtures", "pii_holdout533", "cases.jsonl")

R = random.Random(SEED)

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

# ---------------------------------------------------------------- words
UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo",
        "f": "foxtrot", "g": "golf", "h": "hotel", "i": "india", "j": "juliet",
        "k": "kilo", "l": "lima", "m": "mike", "n": "november", "o": "oscar",
        "p": "papa", "q": "quebec", "r": "romeo", "s": "sierra", "t": "tango",
        "u": "uniform", "v": "victor", "w": "whiskey", "x": "x-ray", "y": "yankee",
        "z": "zulu"}
ALT_NATO = {"b": "bob", "c": "charlie", "d": "david", "f": "freddie", "h": "harry",
            "j": "john", "k": "king", "m": "mother", "n": "nancy", "p": "peter",
            "s": "sugar", "t": "tommy", "w": "william", "e": "edward", "a": "apple",
            "r": "robert", "l": "london", "g": "george", "y": "yellow", "z": "zebra"}
LETTER_NAMES = {"a": "ay", "b": "bee", "c": "see", "d": "dee", "e": "ee", "g": "gee",
                "h": "aitch", "j": "jay", "k": "kay", "p": "pee", "r": "ar", "t": "tee",
                "y": "why", "z": "zed"}
FILLERS_IN = ["um", "uh", "er", "erm", "uhh", "umm"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
       "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
       "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth",
       "twenty first", "twenty second", "twenty third", "twenty fourth", "twenty fifth",
       "twenty sixth", "twenty seventh", "twenty eighth", "twenty ninth", "thirtieth",
       "thirty first"]


def two(n):
    """Words for 0..99 as a pair reading."""
    if n < 10:
        return UNITS[n]
    if n < 20:
        return TEENS[n - 10]
    t, u = divmod(n, 10)
    return TENS[t] + ("" if u == 0 else " " + UNITS[u])


def zero_word(style):
    return style


def speak_digits(ds, mode="plain", zero="oh", filler=0.0, rng=None, tail_round=True):
    """Render a digit string as spoken words.

    mode: plain (digit by digit), mixed (doubles/triples/pairs/hundreds)."""
    rng = rng or R
    out = []
    i = 0
    while i < len(ds):
        d = ds[i]
        rest = ds[i:]
        if mode == "mixed":
            choice = rng.random()
            if len(rest) >= 3 and rest[0] == rest[1] == rest[2] and choice < 0.7:
                out.append("triple " + (zero if d == "0" else UNITS[int(d)]))
                i += 3
                continue
            if len(rest) >= 2 and rest[0] == rest[1] and choice < 0.8:
                out.append("double " + (zero if d == "0" else UNITS[int(d)]))
                i += 2
                continue
            if len(rest) >= 3 and d != "0" and choice < 0.25 and rest[1:3] != "00" and \
                    (rest[2] != "0" or (len(rest) == 3 and tail_round)):
                n = int(rest[1:3])
                if n == 0:
                    w = UNITS[int(d)] + " hundred"
                elif n < 10:
                    w = UNITS[int(d)] + " hundred and " + UNITS[n]
                else:
                    w = UNITS[int(d)] + " hundred" + rng.choice([" and ", " "]) + two(n)
                out.append(w)
                i += 3
                continue
            if len(rest) >= 2 and d != "0" and choice < 0.6 and (rest[1] != "0" or (len(rest) == 2 and tail_round)):
                out.append(two(int(rest[:2])))
                i += 2
                continue
        out.append(zero if d == "0" else UNITS[int(d)])
        i += 1
    if filler and len(out) > 2 and rng.random() < filler:
        k = rng.randrange(1, len(out))
        out.insert(k, rng.choice(FILLERS_IN))
    return " ".join(out)


def speak_groups(ds, sizes, mode="plain", zero="oh", sep=", ", filler=0.0):
    parts, i = [], 0
    for k, s in enumerate(sizes):
        parts.append(speak_digits(ds[i:i + s], mode, zero, tail_round=(k == len(sizes) - 1)))
        i += s
    txt = sep.join(parts)
    if filler and R.random() < filler:
        toks = txt.split(" ")
        k = R.randrange(1, len(toks))
        f = R.choice(FILLERS_IN)
        if toks[k - 1].endswith(","):
            toks.insert(k, f + ",")
        else:
            toks.insert(k, f)
        txt = " ".join(toks)
    return txt


def group(ds, sizes, sep):
    parts, i = [], 0
    for s in sizes:
        parts.append(ds[i:i + s])
        i += s
    if i < len(ds):
        parts.append(ds[i:])
    return sep.join(p for p in parts if p)


def spell_letter(c, style):
    c = c.lower()
    if style == "nato":
        return NATO[c]
    if style == "for":
        return c + " for " + R.choice([NATO[c], ALT_NATO.get(c, NATO[c])])
    if style == "asin":
        return c + " as in " + R.choice([NATO[c], ALT_NATO.get(c, NATO[c])])
    if style == "name" and c in LETTER_NAMES:
        return LETTER_NAMES[c]
    return c


# ---------------------------------------------------------------- normaliser
WORD2D = {w: str(i) for i, w in enumerate(UNITS)}
WORD2D.update({"oh": "0", "o": "0", "nought": "0", "naught": "0"})
TEEN2 = {w: str(10 + i) for i, w in enumerate(TEENS)}
TENS2 = {w: i for i, w in enumerate(TENS) if w}
NATO_REV = {v: k for k, v in NATO.items()}
ALT_REV = {v: k for k, v in ALT_NATO.items()}
NAME_REV = {v: k for k, v in LETTER_NAMES.items() if " " not in v}
FILLER_SET = set(FILLERS_IN) | {"like"}
SKIP = {"dash", "hyphen", "slash", "space", "and", "then", "plus"}
CCS = ("1", "44", "353", "49", "33")


def phone_match(got, want):
    """Does a normalised phone reading match the canonical international number?"""
    cands = [got] + ([got[2:]] if got.startswith("00") else [])
    for g in cands:
        if g == want:
            return True
        for cc in CCS:
            if g.startswith(cc + "0") and cc + g[len(cc) + 1:] == want:
                return True
            if g.startswith("0") and want == cc + g[1:]:
                return True
            if len(g) >= 9 and want == cc + g:
                return True
    return False


def tokens(text):
    t = text.lower().replace("x-ray", "xray")
    return [x for x in re.split(r"[^a-z0-9]+", t) if x]


NATO_REV["xray"] = "x"


def normalise(text, letters=False):
    """Turn a typed or spoken value into its canonical alnum string."""
    toks = [t for t in tokens(text) if t not in FILLER_SET]
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        nx = toks[i + 1] if i + 1 < len(toks) else None
        if re.fullmatch(r"[0-9a-z]*[0-9][0-9a-z]*", t):
            out.append(t.upper())
            i += 1
            continue
        if t in ("double", "triple") and nx in WORD2D:
            out.append(WORD2D[nx] * (2 if t == "double" else 3))
            i += 2
            continue
        if t in ("double", "triple") and letters and nx and len(nx) == 1:
            out.append(nx.upper() * (2 if t == "double" else 3))
            i += 2
            continue
        if t in WORD2D and nx == "hundred":
            j = i + 2
            if j < len(toks) and toks[j] == "and":
                j += 1
            nn = toks[j] if j < len(toks) else None
            if nn in TENS2:
                v = TENS2[nn]
                n3 = toks[j + 1] if j + 1 < len(toks) else None
                if n3 in WORD2D and n3 not in ("zero", "oh", "o", "nought", "naught"):
                    out.append(WORD2D[t] + str(v) + WORD2D[n3])
                    i = j + 2
                else:
                    out.append(WORD2D[t] + str(v) + "0")
                    i = j + 1
            elif nn in TEEN2:
                out.append(WORD2D[t] + TEEN2[nn])
                i = j + 1
            elif nn in WORD2D and j > i + 2:
                out.append(WORD2D[t] + "0" + WORD2D[nn])
                i = j + 1
            else:
                out.append(WORD2D[t] + "00")
                i = i + 2
            continue
        if t in TENS2:
            if nx in WORD2D and nx not in ("zero", "oh", "o", "nought", "naught"):
                out.append(str(TENS2[t]) + WORD2D[nx])
                i += 2
            else:
                out.append(str(TENS2[t]) + "0")
                i += 1
            continue
        if t in TEEN2:
            out.append(TEEN2[t])
            i += 1
            continue
        if letters and len(t) == 1 and t.isalpha() and t != "o":
            out.append(t.upper())
            if nx == "for" or (nx == "as" and i + 2 < len(toks) and toks[i + 2] == "in"):
                i += 3 if nx == "for" else 4
            else:
                i += 1
            continue
        if t in WORD2D:
            out.append(WORD2D[t])
            i += 1
            continue
        if letters and t in NATO_REV:
            out.append(NATO_REV[t].upper())
            i += 1
            continue
        if letters and t in NAME_REV:
            out.append(NAME_REV[t].upper())
            i += 1
            continue
        if t in SKIP:
            i += 1
            continue
        if letters and t.isalpha() and 2 <= len(t) <= 4 and t not in TEEN2 and t not in TENS2:
            out.append(t.upper())  # typed letter group such as "nwbk" or "sw"
            i += 1
            continue
        out.append("<" + t + ">")
        i += 1
    return "".join(out)


def normalise_email(text):
    t = text.strip()
    if "@" in t:
        return t.lower()
    toks = [x for x in re.split(r"\s+", t.lower()) if x and x not in FILLER_SET]
    out = []
    i = 0
    while i < len(toks):
        w = toks[i]
        if w == "dot":
            out.append(".")
        elif w == "at":
            out.append("@")
        elif w == "underscore":
            out.append("_")
        elif w in ("dash", "hyphen"):
            out.append("-")
        elif w in WORD2D or w in TEEN2 or w in TENS2 or w in ("double", "triple"):
            j = i
            while j < len(toks) and (toks[j] in WORD2D or toks[j] in TEEN2 or toks[j] in TENS2
                                     or toks[j] in ("double", "triple")):
                j += 1
            out.append(normalise(" ".join(toks[i:j])).lower())
            i = j
            continue
        else:
            out.append(w)
        i += 1
    return "".join(out)


# ---------------------------------------------------------------- validators
def luhn_ok(ds):
    s = 0
    for i, ch in enumerate(reversed(ds)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return s % 10 == 0


def luhn_complete(prefix, length):
    body = prefix + "".join(str(R.randrange(10)) for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def iban_check(country, bban):
    s = bban + country + "00"
    n = int("".join(str(int(c, 36)) for c in s))
    return "%02d" % (98 - n % 97)


def iban_ok(iban):
    s = iban[4:] + iban[:4]
    if not re.fullmatch(r"[A-Z]{2}[0-9]{2}[A-Z0-9]{8,30}", iban):
        return False
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def aba_ok(ds):
    if not re.fullmatch(r"\d{9}", ds):
        return False
    w = [3, 7, 1] * 3
    return sum(int(c) * k for c, k in zip(ds, w)) % 10 == 0


NI_BAD_FIRST = set("DFIQUV")
NI_BAD_SECOND = set("DFIQUVO")
NI_BAD_PAIRS = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}


def ni_ok(s):
    if not re.fullmatch(r"[A-Z]{2}\d{6}[A-D]", s):
        return False
    return s[0] not in NI_BAD_FIRST and s[1] not in NI_BAD_SECOND and s[:2] not in NI_BAD_PAIRS


def ssn_ok(s):
    return bool(re.fullmatch(r"\d{9}", s)) and s[:3] not in ("000", "666") and s[0] != "9" \
        and s[3:5] != "00" and s[5:] != "0000"


UK_PC = re.compile(r"^[A-Z]{1,2}[0-9][A-Z0-9]?[0-9][A-Z]{2}$")
US_ZIP = re.compile(r"^\d{5}(\d{4})?$")
STREET_WORDS = r"(street|st|road|rd|avenue|ave|lane|ln|drive|dr|close|way|crescent|boulevard|blvd|court|ct|place|pl|terrace|grove|gardens|parade|row|hill|park|square|mews|walk)"


def validate(typ, canon, text):
    """Validate a full canonical value of a type. Returns error or None."""
    if typ == "CARD_NUMBER":
        return None if re.fullmatch(r"\d{13,19}", canon) and luhn_ok(canon) else "luhn"
    if typ == "CVV":
        return None if re.fullmatch(r"\d{3,4}", canon) else "cvv"
    if typ == "SSN":
        return None if ssn_ok(canon) else "ssn"
    if typ == "SSN_LAST4":
        return None if re.fullmatch(r"\d{4}", canon) else "ssn4"
    if typ == "NI_NUMBER":
        return None if ni_ok(canon) else "ni"
    if typ == "BANK_ACCOUNT":
        if canon.startswith("ABA"):
            return None if aba_ok(canon[3:]) else "aba"
        return None if re.fullmatch(r"\d{6,17}", canon) else "acct"
    if typ == "SORT_CODE":
        return None if re.fullmatch(r"\d{6}", canon) else "sort"
    if typ == "IBAN":
        return None if iban_ok(canon) else "iban"
    if typ == "PHONE":
        main = canon.split("X")[0]
        return None if re.fullmatch(r"\d{9,13}", main) else "phone"
    if typ == "EMAIL":
        return None if re.fullmatch(r"[a-z0-9._\-]+@[a-z0-9\-]+(\.[a-z0-9\-]+)+", canon) else "email"
    if typ in ("DOB", "EXPIRY"):
        y, m, d = canon
        try:
            datetime.date(y, m, d or 1)
        except ValueError:
            return "date"
        if typ == "DOB" and not 1925 <= y <= 2007:
            return "dob-year"
        if typ == "EXPIRY" and not 2024 <= y <= 2034:
            return "exp-year"
        low = text.lower()
        names = [MONTHS[m - 1], MONTHS[m - 1][:3]]
        nums = re.findall(r"\d+", low)
        if not (any(n in low for n in names) or any(int(x) == m for x in nums if len(x) <= 2)
                or normalise(low).find("%02d" % m) >= 0 or normalise(low).find(str(m)) >= 0):
            return "month-missing"
        return None
    if typ == "POSTCODE":
        return None if UK_PC.match(canon) or US_ZIP.match(canon) else "postcode"
    if typ == "ADDRESS":
        low = text.lower()
        ok = re.search(r"\b" + STREET_WORDS + r"\b", low) and (
            re.match(r"^(flat|apt|apartment|unit|suite|number)\b", low) or re.match(r"^\d", low)
            or low.split()[0] in WORD2D or low.split()[0] in TEEN2 or low.split()[0] in TENS2
            or low.split()[0] in ("hundred",))
        return None if ok else "address"
    return "unknown-type"


# ---------------------------------------------------------------- case builder
class V:
    """A labelled value segment."""

    def __init__(self, typ, text, expect=None, canon=None, vtype=None):
        self.typ = typ
        self.text = text
        self.expect = expect      # normalised fragment expected from text
        self.canon = canon        # full canonical value of the group
        self.vtype = vtype or typ  # validator type


class Case:
    def __init__(self, kind, note):
        self.kind = kind
        self.note = note
        self.turns = []
        self.spans = []
        self.checks = []

    def t(self, speaker, *segs):
        text = ""
        ti = len(self.turns)
        for s in segs:
            if isinstance(s, V):
                st = len(text)
                text += s.text
                self.spans.append({"turn": ti, "start": st, "end": len(text), "type": s.typ})
                self.checks.append(s)
            else:
                text += s
        self.turns.append({"speaker": speaker, "text": text})
        return self


def C(speaker, *segs):
    return (speaker, segs)


# ---------------------------------------------------------------- value makers
def rc(seq):
    return R.choice(seq)


def maybe(p):
    return R.random() < p


def zero_style(country="US"):
    if country == "UK":
        return rc(["oh", "oh", "nought", "zero", "o"])
    return rc(["oh", "oh", "zero", "o"])


def new_card():
    kind = rc(["visa16", "visa16", "mc", "mc", "amex", "disc", "visa13", "maestro19", "mc2"])
    if kind == "visa16":
        return luhn_complete("4" + str(R.randrange(10)), 16), [4, 4, 4, 4]
    if kind == "mc":
        return luhn_complete("5" + str(R.randrange(1, 6)), 16), [4, 4, 4, 4]
    if kind == "mc2":
        return luhn_complete("22" + str(R.randrange(3, 7)), 16), [4, 4, 4, 4]
    if kind == "amex":
        return luhn_complete(rc(["34", "37"]), 15), [4, 6, 5]
    if kind == "disc":
        return luhn_complete("6011", 16), [4, 4, 4, 4]
    if kind == "visa13":
        return luhn_complete("4", 13), [4, 4, 5]
    return luhn_complete(rc(["6759", "6763"]), 19), [4, 4, 4, 4, 3]


def card_typed(ds, sizes):
    style = R.randrange(6)
    if style == 0:
        return ds
    if style == 1:
        return group(ds, sizes, " ")
    if style == 2:
        return group(ds, sizes, "-")
    if style == 3:
        return group(ds, sizes, "  ")
    if style == 4:   # odd grouping
        odd = [3, 5, 4, 4, 4] if len(ds) > 15 else [5, 5, 5]
        return group(ds, odd, " ")
    return group(ds, sizes, rc([" - ", ".", " "]))


def card_spoken(ds, sizes, zero, filler=0.3):
    mode = rc(["plain", "plain", "mixed"])
    return speak_groups(ds, sizes, mode, zero, rc([", ", " ", "... "]), filler)


def new_ssn():
    while True:
        a = R.randrange(1, 900)
        if a == 666:
            continue
        g = R.randrange(1, 100)
        s = R.randrange(1, 10000)
        return "%03d%02d%04d" % (a, g, s)


def new_ni():
    first = [c for c in "ABCEGHJKLMNPRSTWXYZ" if c not in NI_BAD_FIRST]
    second = [c for c in "ABCEGHJKLMNPRSTWXYZ" if c not in NI_BAD_SECOND]
    while True:
        p = rc(first) + rc(second)
        if p not in NI_BAD_PAIRS:
            break
    return p + "".join(str(R.randrange(10)) for _ in range(6)) + rc("ABCD")


def new_iban():
    cc = rc(["GB", "GB", "IE", "IE", "DE", "FR", "NL", "ES"])
    if cc == "GB":
        bban = rc(["BARC", "NWBK", "HBUK", "MIDL"]) + "%06d" % R.randrange(10 ** 6) + "%08d" % R.randrange(10 ** 8)
    elif cc == "IE":
        bban = rc(["AIBK", "IPBS", "ULSB"]) + "%06d" % R.randrange(10 ** 6) + "%08d" % R.randrange(10 ** 8)
    elif cc == "DE":
        bban = "%08d" % R.randrange(10 ** 7, 10 ** 8) + "%010d" % R.randrange(10 ** 10)
    elif cc == "FR":
        bban = "%05d%05d" % (R.randrange(10 ** 5), R.randrange(10 ** 5)) + "%011d" % R.randrange(10 ** 11) + "%02d" % R.randrange(100)
    elif cc == "NL":
        bban = rc(["ABNA", "RABA", "INGB"]) + "%010d" % R.randrange(10 ** 10)
    else:
        bban = "%020d" % R.randrange(10 ** 19, 10 ** 20)
    return cc + iban_check(cc, bban) + bban


def new_aba():
    while True:
        ds = "%02d" % R.choice([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 21, 22, 23, 26, 31, 32]) + \
             "".join(str(R.randrange(10)) for _ in range(6))
        for c in "0123456789":
            if aba_ok(ds + c):
                return ds + c


def rand_digits(n, first_nonzero=True):
    s = str(R.randrange(1, 10)) if first_nonzero else str(R.randrange(10))
    return s + "".join(str(R.randrange(10)) for _ in range(n - 1))


FIRST = ["james", "maria", "david", "aoife", "siobhan", "li", "priya", "tom", "emma", "carlos",
         "fatima", "liam", "olga", "kwame", "sarah", "noah", "chloe", "raj", "niamh", "ben"]
LAST = ["smith", "okafor", "murphy", "garcia", "patel", "oconnor", "nguyen", "kowalski",
        "brown", "walsh", "schmidt", "dubois", "khan", "jones", "reilly", "martinez"]
DOMAINS = [("gmail", "com"), ("outlook", "com"), ("yahoo", "co.uk"), ("hotmail", "co.uk"),
           ("icloud", "com"), ("eircom", "net"), ("btinternet", "com"), ("aol", "com"),
           ("gmx", "de"), ("proton", "me"), ("yahoo", "com"), ("comcast", "net")]


def new_email():
    f, l = rc(FIRST), rc(LAST)
    dom, tld = rc(DOMAINS)
    style = R.randrange(5)
    num = str(R.randrange(1, 99)) if maybe(0.5) else ""
    if style == 0:
        local = f + "." + l + num
    elif style == 1:
        local = f[0] + l + num
    elif style == 2:
        local = f + "_" + l + num
    elif style == 3:
        local = f + l[0] + num
    else:
        local = l + "." + f[0] + num
    return local + "@" + dom + "." + tld


def email_typed(e):
    if maybe(0.3):
        loc, dom = e.split("@")
        parts = loc.split(".")
        return ".".join(p.capitalize() for p in parts) + "@" + dom.capitalize()
    if maybe(0.15):
        return e.upper()
    return e


def email_spoken(e):
    loc, dom = e.split("@")
    out = []
    for ch_part in re.split(r"([._\-])", loc):
        if ch_part == ".":
            out.append("dot")
        elif ch_part == "_":
            out.append("underscore")
        elif ch_part == "-":
            out.append("dash")
        elif ch_part:
            m = re.match(r"([a-z]*)(\d*)$", ch_part)
            word, num = m.group(1), m.group(2)
            if word:
                out.append(word if len(word) > 1 or True else word)
            if num:
                out.append(speak_digits(num, rc(["plain", "mixed"]), "oh"))
    out.append("at")
    out.append(" dot ".join(dom.split(".")))
    return " ".join(out)


UK_STREETS = ["Kingsley Road", "Wellington Street", "Elm Grove", "Station Road", "Mill Lane",
              "Victoria Terrace", "Oakfield Avenue", "Church Close", "Albert Crescent",
              "Brunswick Gardens", "Castle Hill", "Moss Lane"]
US_STREETS = ["Maple Avenue", "N Oak Street", "Sunset Blvd", "W 34th Street", "Pine Ridge Drive",
              "Lakeview Court", "Elm St", "Magnolia Lane", "S Main Street", "Cedar Way"]
IE_STREETS = ["Griffith Avenue", "Main Street", "Ballymun Road", "Strand Road", "Church Lane"]
UK_TOWNS = ["Leeds", "Bristol", "Manchester", "Cardiff", "Glasgow", "Norwich", "Reading", "York"]
US_TOWNS = ["Columbus, Ohio", "Austin, TX", "Tampa, Florida", "Denver, CO", "Raleigh, NC",
            "Fresno, California", "Albany, NY"]
IE_TOWNS = ["Dublin 9", "Cork", "Galway", "Limerick"]


def new_uk_postcode():
    area = rc(["M", "B", "L", "G", "S", "N", "E", "W", "SW", "NE", "LS", "BS", "CF", "EH", "RG",
               "YO", "NR", "SE", "EC", "CB"])
    out_ = area + str(R.randrange(1, 20))
    if len(out_) < 3 and maybe(0.2):
        out_ += rc("ABEHMNPRVWXY")
    inc = str(R.randrange(10)) + rc("ABDEFGHJLNPQRSTUWXYZ") + rc("ABDEFGHJLNPQRSTUWXYZ")
    return out_ + inc


def uk_pc_typed(pc):
    s = pc[:-3] + rc([" ", " ", ""]) + pc[-3:]
    return s if maybe(0.75) else s.lower()


def uk_pc_spoken(pc):
    out = []
    sty = rc(["plain", "plain", "for", "nato", "name"])
    for ch in pc:
        if ch.isdigit():
            out.append(rc(["zero", "nought"]) if ch == "0" else UNITS[int(ch)])
        else:
            out.append(spell_letter(ch, sty if sty != "name" or ch.lower() in LETTER_NAMES else "plain"))
    s = " ".join(out[:len(pc) - 3]) + rc([" ", ", "]) + " ".join(out[len(pc) - 3:])
    return s


def new_zip(plus4=False):
    z = "%05d" % R.randrange(1001, 99950)
    if plus4:
        z += "%04d" % R.randrange(1, 10000)
    return z


def new_dob():
    y = R.randrange(1938, 2005)
    m = R.randrange(1, 13)
    d = R.randrange(1, 29)
    return (y, m, d)


def year_spoken(y):
    if y >= 2000:
        return rc(["two thousand and " + two(y - 2000) if y > 2000 else "two thousand",
                   "two thousand " + two(y - 2000) if y > 2000 else "two thousand"])
    return "nineteen " + (two(y - 1900) if y % 100 >= 10 else "oh " + UNITS[y % 100])


def dob_text(dt, country, spoken):
    y, m, d = dt
    if not spoken:
        st = R.randrange(6)
        if st == 0:
            return ("%02d/%02d/%d" % (m, d, y)) if country == "US" else ("%02d/%02d/%d" % (d, m, y))
        if st == 1:
            return ("%d/%d/%02d" % (m, d, y % 100)) if country == "US" else ("%d.%d.%d" % (d, m, y))
        if st == 2:
            return "%d-%02d-%02d" % (y, m, d)
        if st == 3:
            return "%d %s %d" % (d, MONTHS[m - 1][:3].capitalize(), y)
        if st == 4:
            return "%s %d%s, %d" % (MONTHS[m - 1].capitalize(), d,
                                    "th" if 10 < d < 14 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th"), y)
        return "%dth of %s %d" % (d, MONTHS[m - 1], y) if d > 3 else "%d %s %d" % (d, MONTHS[m - 1], y)
    st = R.randrange(5)
    ys = year_spoken(y) if maybe(0.7) else two(y % 100) if y % 100 >= 10 else year_spoken(y)
    if st == 0:
        return "the %s of %s %s" % (ORD[d], MONTHS[m - 1], ys)
    if st == 1:
        return "%s %s %s" % (MONTHS[m - 1], ORD[d], ys)
    if st == 2:
        return "%s the %s, %s" % (MONTHS[m - 1], ORD[d], ys)
    if st == 3:
        return "%s %s, um, %s" % (ORD[d], MONTHS[m - 1], ys)
    return "%s %s %s" % (speak_digits("%02d" % d, "plain", "oh"), speak_digits("%02d" % m, "plain", "oh"), ys)


def new_expiry():
    return (R.randrange(2025, 2032), R.randrange(1, 13), 0)


def exp_text(dt, spoken):
    y, m, _ = dt
    if not spoken:
        return rc(["%02d/%02d" % (m, y % 100), "%02d/%d" % (m, y), "%d/%02d" % (m, y % 100),
                   "%s %02d" % (MONTHS[m - 1][:3].capitalize(), y % 100), "%02d-%02d" % (m, y % 100),
                   "%s %d" % (MONTHS[m - 1].capitalize(), y)])
    return rc(["%s %s" % (speak_digits("%02d" % m, "plain", "oh"), two(y % 100)),
               "%s slash %s" % (speak_digits("%02d" % m, "plain", rc(["oh", "zero"])), two(y % 100)),
               "%s %s" % (MONTHS[m - 1], two(y % 100)),
               "%s twenty %s" % (MONTHS[m - 1], two(y % 100)),
               "%s of %s" % (UNITS[m] if m < 10 else two(m), "twenty " + two(y % 100)),
               "%s, uh, %s" % (two(m) if m >= 10 else "oh " + UNITS[m], two(y % 100))])


def parse_exp_fragment(dt):
    return dt


# ---------------------------------------------------------------- positive templates
INDUSTRIES = ["bank", "telecom", "utility", "retail", "insurance", "travel", "healthcare billing",
              "government services"]

AGENT_ACK = ["mhm", "go on", "okay", "yep", "right", "uh huh", "got it", "yeah", "sure, go ahead",
             "okay, keep going", "mm-hm", "that's fine"]
OPEN_US = ["thanks for calling {co}, this is {ag}, how can I help?",
           "{co}, you're speaking with {ag}.", "hi, thank you for holding, {ag} here at {co}."]
COS_US = ["Lakeshore Mutual", "Brightline Wireless", "Summit Health Billing", "Patriot Energy",
          "Northway Bank", "Cascade Insurance", "Redwood Airlines", "the DMV help line",
          "ClearPath Medical", "Union Federal Credit Union"]
COS_UK = ["Harbour Energy", "Albion Mobile", "Kestrel Bank", "Thistle Insurance", "Northern Rail",
          "the council tax office", "Meadow Water", "Crown Retail", "NHS billing", "HMRC helpline"]
COS_IE = ["Liffey Power", "Shannon Telecom", "Bank of Leinster", "Revenue helpdesk", "Atlantic Air"]
AGENTS = ["dana", "mike", "priya", "josh", "keisha", "owen", "sinead", "gareth", "lucy", "marco"]


def opener(country):
    cos = {"US": COS_US, "UK": COS_UK, "IE": COS_IE}.get(country, COS_UK)
    return rc(OPEN_US).format(co=rc(cos), ag=rc(AGENTS).capitalize())


def asr(s):
    """Lower-case and strip punctuation roughly like an ASR transcript."""
    return re.sub(r"[?!]", "", s.lower())


CASES_POS = []
CASES_NEG = []


def pos(note):
    c = Case("positive", note)
    CASES_POS.append(c)
    return c


def neg(note):
    c = Case("negative", note)
    CASES_NEG.append(c)
    return c


# ---- cards
def t_card_chat():
    ds, sz = new_card()
    txt = card_typed(ds, sz)
    c = pos("typed chat card number" + (" with odd grouping" if "  " in txt else ""))
    lead = rc(["card no: ", "Card number - ", "its ", "here u go ", "cc# ", "the long number is ",
               "ok card is ", "Card: "])
    tail = rc(["", " thx", ".", " (visa)", " - is that ok?", " exp next yr"])
    c.t("agent", "Could you type the long card number into the secure chat please?")
    c.t("customer", lead, V("CARD_NUMBER", txt, ds, ds), tail)
    if maybe(0.4):
        y = new_expiry()
        c.t("customer", rc(["expiry ", "exp: ", "expires "]), V("EXPIRY", exp_text(y, False), None, y),
            rc(["", " and the code on the back is "]) and "")
    if maybe(0.3):
        c.t("agent", "Thanks. For security I'll only keep the card ending " + ds[-4:] + " on file.")
    return c


def t_card_voice_split():
    ds, sz = new_card()
    zero = zero_style(rc(["US", "UK"]))
    c = pos("ASR card read in groups across turns with back-channels")
    c.t("agent", asr(rc(["okay and the long number across the front of the card when you're ready",
                         "go ahead with the sixteen digit number", "can i take the card number please"])))
    i = 0
    for k, s in enumerate(sz):
        g = ds[i:i + s]
        i += s
        spk = speak_digits(g, rc(["plain", "mixed"]), zero, filler=0.25)
        pre = rc(["", "", "uh ", "okay ", "then "]) if k else rc(["", "yeah it's ", "okay so "])
        c.t("customer", pre, V("CARD_NUMBER", spk, g, ds))
        if k < len(sz) - 1:
            c.t("agent", rc(AGENT_ACK))
    if maybe(0.5):
        rb = speak_groups(ds, sz, "plain", "oh", " ")
        c.t("agent", "let me read that back ", V("CARD_NUMBER", rb, ds, ds), " is that right")
        c.t("customer", rc(["yes", "yep that's it", "correct"]))
    return c


def t_card_voice_one():
    ds, sz = new_card()
    zero = zero_style()
    c = pos("ASR card in one turn, possibly with hesitation and expiry/cvv")
    c.t("agent", rc(["and the card number please", "what's the number on the card"]))
    spk = card_spoken(ds, sz, zero)
    c.t("customer", rc(["", "sure it's ", "um yeah ", "right hang on, okay, "]), V("CARD_NUMBER", spk, ds, ds))
    if maybe(0.6):
        y = new_expiry()
        c.t("agent", "and the expiry")
        c.t("customer", rc(["", "expires ", "it's "]), V("EXPIRY", exp_text(y, True), None, y))
    if maybe(0.6):
        cv = rand_digits(4 if len(ds) == 15 else 3, False)
        c.t("agent", rc(["and the three digits on the back", "security code please",
                         "last thing the cvv on the back"]))
        c.t("customer", rc(["", "it's ", "uh "]), V("CVV", speak_digits(cv, "plain", zero), cv, cv))
    return c


def t_card_restart():
    ds, sz = new_card()
    zero = zero_style()
    c = pos("ASR card reading restarted after a mistake; both attempts labelled")
    k = R.randrange(5, 9)
    first = speak_digits(ds[:k], "plain", zero)
    c.t("customer", "okay the card is ", V("CARD_NUMBER", first, ds[:k], ds),
        rc([" no wait sorry i'm reading the wrong card, hang on, ", " oh sorry let me start again, ",
            " hold on the baby's screaming, right from the top, "]),
        V("CARD_NUMBER", card_spoken(ds, sz, zero, 0.5), ds, ds))
    c.t("agent", rc(["no problem thank you", "that's fine, got it"]))
    return c


def t_card_aside():
    ds, sz = new_card()
    zero = zero_style()
    c = pos("ASR card reading interrupted by an aside; both pieces labelled")
    cut = sum(sz[:2])
    c.t("customer", V("CARD_NUMBER", speak_groups(ds[:cut], sz[:2], "plain", zero, " "), ds[:cut], ds),
        rc([" sorry my glasses, one sec, right ", " hang on the dog's barking, okay ", " uh can you hear me, yeah okay "]),
        V("CARD_NUMBER", speak_groups(ds[cut:], sz[2:], rc(["plain", "mixed"]), zero, " "), ds[cut:], ds))
    c.t("agent", rc(["thanks and is that a visa or mastercard", "perfect thank you"]))
    c.t("customer", rc(["visa debit", "mastercard i think", "it's the amex"]))
    return c


def t_card_email():
    ds, sz = new_card()
    c = pos("e-mail with card number, expiry and CVV pasted in despite the warning")
    y = new_expiry()
    cv = rand_digits(4 if len(ds) == 15 else 3, False)
    c.t("customer", "Hi,\nPlease use my other card for the renewal.\nCard: ",
        V("CARD_NUMBER", card_typed(ds, sz), ds, ds), "\nExp ", V("EXPIRY", exp_text(y, False), None, y),
        "  CVV ", V("CVV", cv, cv, cv), "\nThe amount was $", "%d.%02d" % (R.randrange(20, 900), R.randrange(100)),
        " on invoice INV-", rand_digits(7), ".\nThanks")
    c.t("agent", "Thank you. Please don't send card details by e-mail; I've updated the card ending " + ds[-4:] + ".")
    return c


# ---- SSN
def ssn_typed(s):
    return rc([s[:3] + "-" + s[3:5] + "-" + s[5:], s[:3] + " " + s[3:5] + " " + s[5:], s,
               s[:3] + "." + s[3:5] + "." + s[5:], s[:3] + "-" + s[3:5] + s[5:], s[:5] + "-" + s[5:],
               s[:3] + " - " + s[3:5] + " - " + s[5:]])


def ssn_spoken(s, zero):
    sty = R.randrange(6)
    if sty == 0:
        return speak_groups(s, [3, 2, 4], "plain", zero, rc([", ", " ", "... "]), 0.3)
    if sty == 1:
        return speak_groups(s, [3, 2, 4], "mixed", zero, ", ", 0.3)
    if sty == 2:
        return speak_digits(s, "plain", zero)
    if sty == 3:  # pairs for the last four
        return speak_digits(s[:3], "plain", zero) + " " + speak_digits(s[3:5], "mixed", zero) + " " + \
            (two(int(s[5:7])) if s[5] != "0" else speak_digits(s[5:7], "plain", zero)) + " " + \
            (two(int(s[7:])) if s[7] != "0" else speak_digits(s[7:], "plain", zero))
    if sty == 4:
        return speak_groups(s, [3, 3, 3], "plain", zero, " ", 0.2)
    return speak_groups(s, [3, 2, 4], "mixed", zero, " dash ", 0.0)


def t_ssn_voice():
    s = new_ssn()
    zero = zero_style("US")
    c = pos("ASR US SSN in one turn")
    c.t("agent", asr(rc(["can i get your social security number to verify",
                         "and for verification your full social please",
                         "i'll need the social on the account"])))
    c.t("customer", rc(["", "yeah it's ", "sure um ", "okay ", "my social is "]), V("SSN", ssn_spoken(s, zero), s, s))
    if maybe(0.4):
        c.t("agent", "thank you i have ", V("SSN", speak_groups(s, [3, 2, 4], "plain", "oh", " "), s, s))
    return c


def t_ssn_split():
    s = new_ssn()
    zero = zero_style("US")
    c = pos("ASR SSN split over three customer turns")
    c.t("agent", "and your social security number")
    for k, (a, b) in enumerate([(0, 3), (3, 5), (5, 9)]):
        g = s[a:b]
        c.t("customer", rc(["", "uh ", "okay "]) if k else rc(["it's ", "okay ", ""]),
            V("SSN", speak_digits(g, rc(["plain", "mixed"]), zero), g, s))
        if k < 2:
            c.t("agent", rc(AGENT_ACK))
    return c


def t_ssn_typed():
    s = new_ssn()
    c = pos("typed US SSN in chat or web form")
    lead = rc(["SSN: ", "ssn ", "social is ", "Social Security #: ", "my ss# is ", "SSN - "])
    c.t("agent", rc(["To verify, please provide your SSN.", "Can you confirm the Social Security number on the claim?"]))
    c.t("customer", lead, V("SSN", ssn_typed(s), s, s), rc(["", " thanks", ". My DOB is on file"]))
    return c


def t_ssn_last4():
    s = new_ssn()
    zero = zero_style("US")
    c = pos("US SSN last four asked for verification (labelled SSN; see README)")
    c.t("agent", asr(rc(["can you verify the last four of your social", "last four digits of the ssn please"])))
    sp = rc([speak_digits(s[5:], "plain", zero), speak_digits(s[5:], "mixed", zero)])
    c.t("customer", rc(["", "it's ", "uh "]), V("SSN", sp, s[5:], s[5:], "SSN_LAST4"))
    c.t("agent", rc(["thank you that matches", "perfect, you're verified"]))
    return c


def t_ssn_correction():
    s = new_ssn()
    zero = zero_style("US")
    c = pos("ASR SSN with restart; both readings labelled")
    c.t("customer", "my social is ", V("SSN", speak_digits(s[:5], "plain", zero), s[:5], s),
        " no sorry that's my wife's, mine is ", V("SSN", ssn_spoken(s, zero), s, s))
    c.t("agent", "okay thank you")
    return c


# ---- NI
def ni_typed(n):
    return rc([n, n[:2] + " " + n[2:4] + " " + n[4:6] + " " + n[6:8] + " " + n[8], n.lower(),
               n[:2] + n[2:8] + " " + n[8], n[:2] + "-" + n[2:4] + "-" + n[4:6] + "-" + n[6:8] + "-" + n[8],
               n[:2].lower() + n[2:8] + n[8].upper()])


def ni_spoken(n):
    sty = rc(["plain", "for", "nato", "name", "asin"])
    letters_a = " ".join(spell_letter(ch, sty if sty != "name" or ch.lower() in LETTER_NAMES else "plain") for ch in n[:2])
    mid = speak_digits(n[2:8], rc(["plain", "mixed", "pairs"]) if False else rc(["plain", "mixed"]),
                       rc(["zero", "nought"]), filler=0.2)
    mid = mid.replace("hundred and", "hundred and")
    last = spell_letter(n[8], sty if sty != "name" or n[8].lower() in LETTER_NAMES else "plain")
    return letters_a + rc([" ", ", "]) + mid + rc([" ", ", "]) + last


def t_ni_voice():
    n = new_ni()
    c = pos("ASR UK National Insurance number")
    c.t("agent", asr(rc(["can i take your national insurance number", "and your n i number please",
                         "what's your national insurance number"])))
    c.t("customer", rc(["", "yeah it's ", "erm ", "right it's "]), V("NI_NUMBER", ni_spoken(n), n, n))
    if maybe(0.4):
        c.t("agent", "so that's ", V("NI_NUMBER", " ".join(n[:2].lower()) + " " + speak_digits(n[2:8], "plain", "zero") + " " + n[8].lower(), n, n), " yeah")
        c.t("customer", "that's it")
    return c


def t_ni_split():
    n = new_ni()
    c = pos("ASR NI number split over turns")
    c.t("agent", "go ahead with the national insurance number")
    c.t("customer", V("NI_NUMBER", " ".join(spell_letter(ch, "for") for ch in n[:2]), n[:2], n))
    c.t("agent", rc(AGENT_ACK))
    c.t("customer", V("NI_NUMBER", speak_digits(n[2:8], rc(["plain", "mixed"]), "nought"), n[2:8], n))
    c.t("agent", rc(["and the letter at the end", "and the last letter"]))
    c.t("customer", rc(["", "it's ", "uh "]), V("NI_NUMBER", spell_letter(n[8], rc(["plain", "for", "nato"])), n[8], n))
    return c


def t_ni_typed():
    n = new_ni()
    c = pos("typed NI number in chat / form")
    c.t("customer", rc(["NI no: ", "my NI number is ", "Nat Ins ", "NINO - ", "ni "]), V("NI_NUMBER", ni_typed(n), n, n),
        rc(["", " ta", ".", " (from my payslip)"]))
    c.t("agent", "Thanks, that matches our records.")
    return c


# ---- bank
def t_uk_bank():
    acct = rand_digits(8, False)
    sc = rand_digits(6, False)
    spoken = maybe(0.6)
    c = pos("UK sort code and account number" + (" (ASR)" if spoken else " (typed)"))
    if spoken:
        z = zero_style("UK")
        c.t("agent", "what's the sort code")
        scs = rc([speak_groups(sc, [2, 2, 2], "mixed", z, " "), speak_digits(sc, "plain", z),
                  " ".join(two(int(sc[i:i + 2])) if sc[i] != "0" else speak_digits(sc[i:i + 2], "plain", z) for i in (0, 2, 4))])
        c.t("customer", rc(["", "it's ", "sort code "]), V("SORT_CODE", scs, sc, sc))
        c.t("agent", "and the account number")
        c.t("customer", rc(["", "uh ", "account number is "]), V("BANK_ACCOUNT", speak_groups(acct, [4, 4], rc(["plain", "mixed"]), z, " ", 0.3), acct, acct))
    else:
        c.t("customer", rc(["sort code ", "S/C: ", "sort "]), V("SORT_CODE", rc([sc[:2] + "-" + sc[2:4] + "-" + sc[4:], sc, sc[:2] + " " + sc[2:4] + " " + sc[4:]]), sc, sc),
            rc([" acct no: ", ", account ", " a/c "]), V("BANK_ACCOUNT", rc([acct, acct[:4] + " " + acct[4:]]), acct, acct))
    return c


def t_us_bank():
    aba = new_aba()
    acct = rand_digits(R.randrange(8, 13), False)
    spoken = maybe(0.6)
    c = pos("US routing + account number for autopay" + (" (ASR)" if spoken else " (typed)"))
    if spoken:
        z = zero_style("US")
        c.t("agent", "okay for the autopay i need the routing number first")
        c.t("customer", rc(["", "it's ", "routing is "]), V("BANK_ACCOUNT", speak_groups(aba, [3, 3, 3], "plain", z, " ", 0.3), aba, "ABA" + aba))
        c.t("agent", "mhm and the checking account number")
        half = len(acct) // 2
        c.t("customer", V("BANK_ACCOUNT", speak_digits(acct[:half], rc(["plain", "mixed"]), z), acct[:half], acct))
        c.t("agent", rc(AGENT_ACK))
        c.t("customer", V("BANK_ACCOUNT", speak_digits(acct[half:], rc(["plain", "mixed"]), z), acct[half:], acct))
    else:
        c.t("customer", rc(["Routing: ", "ABA ", "routing # "]), V("BANK_ACCOUNT", aba, aba, "ABA" + aba),
            rc(["\nAcct: ", " / account ", ", checking acct no. "]), V("BANK_ACCOUNT", acct, acct, acct))
        c.t("agent", "Thanks, the $" + str(R.randrange(40, 300)) + ".00 payment will draft on the 15th.")
    return c


def iban_typed(ib):
    return rc([ib, " ".join(ib[i:i + 4] for i in range(0, len(ib), 4)), ib.lower(),
               " ".join(ib[i:i + 4] for i in range(0, len(ib), 4)).lower()])


def iban_spoken(ib):
    out = []
    sty = rc(["plain", "for", "nato"])
    for ch in ib:
        if ch.isdigit():
            out.append(rc(["zero", "nought"]) if ch == "0" else UNITS[int(ch)])
        else:
            out.append(spell_letter(ch, sty))
    return " ".join(out)


def t_iban():
    ib = new_iban()
    spoken = maybe(0.4)
    c = pos("IBAN " + ("read out (ASR)" if spoken else "typed"))
    if spoken:
        c.t("agent", "can you read me the iban for the refund")
        c.t("customer", rc(["", "yes it's ", "okay "]), V("IBAN", iban_spoken(ib), ib, ib))
    else:
        c.t("customer", rc(["IBAN: ", "please refund to ", "my iban is ", "IBAN "]), V("IBAN", iban_typed(ib), ib, ib),
            rc(["", " (AIB)", ", thanks", ". BIC not needed?"]))
    return c


# ---- phones
def new_phone():
    k = rc(["uk_mob", "uk_land", "us", "us", "us_ext", "us_ext", "ie", "de", "fr"])
    if k == "uk_mob":
        nat = "07" + rand_digits(9, False)
        can = "44" + nat[1:]
        forms = [nat[:5] + " " + nat[5:], nat, "+44 " + nat[1:5] + " " + nat[5:], "+44 (0)" + nat[1:5] + " " + nat[5:]]
        spk = [speak_groups(nat, [5, 6], "mixed", rc(["oh", "double oh"]) and "oh", " "),
               "plus four four " + speak_groups(nat[1:], [4, 6], "mixed", "oh", " ")]
    elif k == "uk_land":
        nat = "020" + rand_digits(8, True)
        can = "44" + nat[1:]
        forms = [nat[:3] + " " + nat[3:7] + " " + nat[7:], "+44 20 " + nat[3:7] + " " + nat[7:]]
        spk = [speak_groups(nat, [3, 4, 4], "mixed", "oh", " ")]
    elif k in ("us", "us_ext"):
        ac = str(R.randrange(2, 10)) + rand_digits(2, False)
        nat = ac + str(R.randrange(2, 10)) + rand_digits(2, False) + rand_digits(4, False)
        can = "1" + nat
        forms = [nat[:3] + "-" + nat[3:6] + "-" + nat[6:], nat[:3] + "." + nat[3:6] + "." + nat[6:],
                 "+1 " + nat[:3] + " " + nat[3:6] + " " + nat[6:], "1-" + nat[:3] + "-" + nat[3:6] + "-" + nat[6:], nat]
        spk = [speak_groups(nat, [3, 3, 4], rc(["plain", "mixed"]), "oh", rc([", ", " "]), 0.3),
               "one " + speak_groups(nat, [3, 3, 4], "plain", "zero", " ")]
        if k == "us_ext":
            ext = rand_digits(R.randrange(3, 5), True)
            can += "X" + ext
            forms = [f + rc([" ext. ", " x", " ext ", " extension "]) + ext for f in forms]
            spk = [s + rc([" extension ", ", extension ", " ext "]) + speak_digits(ext, "plain", "oh") for s in spk]
    elif k == "ie":
        nat = "08" + str(R.randrange(3, 10)) + rand_digits(7, False)
        can = "353" + nat[1:]
        forms = [nat[:3] + " " + nat[3:6] + " " + nat[6:], "+353 " + nat[1:3] + " " + nat[3:6] + " " + nat[6:], "00353" + nat[1:]]
        spk = [speak_groups(nat, [3, 3, 4], "mixed", "oh", " "), "three five three " + speak_groups(nat[1:], [2, 3, 4], "plain", "oh", " ")]
    elif k == "de":
        nat = "015" + rand_digits(9, False)
        can = "49" + nat[1:]
        forms = ["+49 " + nat[1:4] + " " + nat[4:], "0049 " + nat[1:4] + " " + nat[4:]]
        spk = ["plus four nine " + speak_groups(nat[1:], [3, 4, 4], "plain", "zero", " ")]
    else:
        nat = "06" + rand_digits(8, False)
        can = "33" + nat[1:]
        forms = ["+33 6 " + " ".join(nat[i:i + 2] for i in range(2, 10, 2)), nat[:2] + " " + " ".join(nat[i:i + 2] for i in range(2, 10, 2))]
        spk = ["plus three three " + speak_digits(nat[1:], "plain", "zero")]
    return can, k, forms, spk


def phone_expect(text):
    low = text.lower()
    parts = re.split(r"\b(?:ext\.?|extension|x)(?=\s*\d|\s+[a-z])", low)
    return parts


def phone_canon_of(text, nat_prefix_map=None):
    return None


def t_phone():
    can, k, forms, spk = new_phone()
    spoken = maybe(0.55)
    c = pos("phone number %s (%s)" % ("read out" if spoken else "typed", k))
    txt = rc(spk) if spoken else rc(forms)
    if spoken:
        c.t("agent", asr(rc(["and the best number to reach you on", "what's a good callback number",
                             "can i confirm the phone number on the account"])))
        c.t("customer", rc(["", "it's ", "yeah um ", "my mobile is "]), V("PHONE", txt, None, can))
        if maybe(0.35):
            c.t("agent", "okay so that's ", V("PHONE", rc(spk), None, can))
            c.t("customer", "yep")
    else:
        if txt.startswith("+"):
            pre, txt = "+", txt[1:]
        else:
            pre = ""
        c.t("customer", rc(["call me back on ", "Tel: ", "mob ", "Phone - ", "my number is ", "pls ring "]), pre,
            V("PHONE", txt, None, can), rc(["", " after 5pm", " thanks", ", not the landline"]))
    return c


# ---- email
def t_email():
    e = new_email()
    spoken = maybe(0.55)
    c = pos("e-mail address " + ("spelled out (ASR)" if spoken else "typed"))
    if spoken:
        c.t("agent", rc(["what email should i send the confirmation to", "and your email address"]))
        txt = email_spoken(e)
        c.t("customer", rc(["", "it's ", "sure "]), V("EMAIL", txt, e, e))
        if maybe(0.3):
            c.t("agent", "that's ", V("EMAIL", email_spoken(e), e, e), " yeah")
    else:
        c.t("customer", rc(["email: ", "send it to ", "Email - ", "my email is ", "e-mail "]), V("EMAIL", email_typed(e), e, e),
            rc(["", " pls", ".", " thanks!"]))
    return c


# ---- DOB
def t_dob():
    country = rc(["US", "UK", "IE"])
    d = new_dob()
    spoken = maybe(0.55)
    c = pos("date of birth %s (%s)" % ("spoken" if spoken else "typed", country))
    c.t("agent", rc(["And can I confirm your date of birth?", "what's your date of birth",
                     "Date of birth for the patient please."]))
    c.t("customer", rc(["", "it's ", "DOB ", "born ", "uh "]), V("DOB", dob_text(d, country, spoken), None, d))
    if maybe(0.3):
        c.t("agent", "thanks, so you're " + str(2026 - d[0] - 1) + " years old, and the appointment on the 3rd is still fine")
    return c


# ---- address + postcode
def t_address():
    country = rc(["UK", "UK", "US", "US", "IE"])
    spoken = maybe(0.5)
    c = pos("street address with %s (%s, %s)" % ("ZIP" if country == "US" else "postcode", country, "spoken" if spoken else "typed"))
    if country == "UK":
        num = R.randrange(1, 240)
        st = rc(UK_STREETS)
        flat = R.randrange(1, 30) if maybe(0.35) else None
        pc = new_uk_postcode()
        if spoken:
            addr = ("flat " + two(flat) + " " if flat else "") + (two(num) if num < 100 else speak_digits(str(num), "mixed", "oh")) + " " + st.lower()
            c.t("agent", "and the first line of the address")
            c.t("customer", V("ADDRESS", addr, None, None), " " + rc(UK_TOWNS).lower())
            c.t("agent", "and the postcode")
            c.t("customer", rc(["", "it's "]), V("POSTCODE", uk_pc_spoken(pc), pc, pc))
        else:
            addr = ("Flat " + str(flat) + ", " if flat else "") + str(num) + " " + st
            c.t("customer", rc(["address: ", "New address is ", "I've moved to ", "deliver to "]), V("ADDRESS", addr, None, None),
                ", " + rc(UK_TOWNS) + ", ", V("POSTCODE", uk_pc_typed(pc), pc, pc))
    elif country == "US":
        num = R.randrange(10, 9900)
        st = rc(US_STREETS)
        apt = rc(["Apt 4B", "Apt. 12", "Unit 7", "#305", None, None])
        z = new_zip(maybe(0.5))
        zt = z if len(z) == 5 else z[:5] + "-" + z[5:]
        if spoken:
            addr = speak_digits(str(num), "mixed", "oh") + " " + st.lower().replace("n ", "north ").replace("w ", "west ").replace("s ", "south ")
            c.t("agent", "what's the service address")
            c.t("customer", V("ADDRESS", addr, None, None), " in " + rc(US_TOWNS).lower().replace(",", ""))
            c.t("agent", "zip code")
            c.t("customer", V("POSTCODE", speak_digits(z[:5], rc(["plain", "mixed"]), "oh") + (" dash " + speak_digits(z[5:], "plain", "oh") if len(z) > 5 else ""), z, z))
        else:
            addr = str(num) + " " + st + (" " + apt if apt and not apt.startswith("#") else "")
            town = rc(US_TOWNS)
            c.t("customer", rc(["Ship to: ", "Billing address ", "address is "]), V("ADDRESS", addr, None, None),
                ", " + town + " ", V("POSTCODE", zt, z, z))
    else:
        num = R.randrange(1, 150)
        st = rc(IE_STREETS)
        if spoken:
            c.t("customer", "it's ", V("ADDRESS", two(num) if num < 100 else speak_digits(str(num), "mixed", "oh"), None, None) if False else "it's ",
                V("ADDRESS", (two(num) if num < 100 else speak_digits(str(num), "mixed", "oh")) + " " + st.lower(), None, None),
                ", " + rc(IE_TOWNS).lower())
        else:
            c.t("customer", "Address: ", V("ADDRESS", str(num) + " " + st, None, None), ", " + rc(IE_TOWNS))
    return c


def t_zip_only():
    z = new_zip(maybe(0.7))
    c = pos("US ZIP / ZIP+4 confirmed for billing")
    c.t("agent", rc(["and the billing zip code on the card", "can you confirm your zip plus four"]))
    if maybe(0.5):
        c.t("customer", V("POSTCODE", speak_digits(z[:5], "plain", "oh") + (rc([" dash ", " ", ", "]) + speak_digits(z[5:], "mixed", "oh") if len(z) > 5 else ""), z, z))
    else:
        c.t("customer", rc(["zip ", "", "ZIP: "]), V("POSTCODE", z if len(z) == 5 else z[:5] + rc(["-", " "]) + z[5:], z, z))
    return c


def t_multi():
    """Full identification & verification exchange: several types in one call."""
    country = rc(["US", "UK"])
    c = pos("multi-type ID&V call (%s)" % country)
    c.t("agent", asr(opener(country)))
    d = new_dob()
    if country == "US":
        s = new_ssn()
        c.t("customer", "hi yeah i'm calling about a bill i got for " + str(R.randrange(100, 999)) + " dollars")
        c.t("agent", "sorry to hear that, can i get your date of birth and the last four of your social")
        c.t("customer", "sure it's ", V("DOB", dob_text(d, "US", True), None, d), " and actually here's the full social ",
            V("SSN", ssn_spoken(s, "oh"), s, s))
        c.t("agent", "okay you're verified, the claim number is " + rand_digits(9) + ", please write that down")
    else:
        n = new_ni()
        c.t("customer", "hiya, it's about my bill, it went up by " + str(R.randrange(5, 40)) + " percent")
        c.t("agent", "let me get you verified, date of birth please")
        c.t("customer", V("DOB", dob_text(d, "UK", True), None, d))
        c.t("agent", "and your national insurance number")
        c.t("customer", V("NI_NUMBER", ni_spoken(n), n, n))
    can, k, forms, spk = new_phone()
    c.t("agent", "and a contact number")
    c.t("customer", V("PHONE", rc(spk), None, can))
    return c


# ---------------------------------------------------------------- negatives
def lbl_digits_spoken(ds):
    return speak_groups(ds, [4] * (len(ds) // 4) + ([len(ds) % 4] if len(ds) % 4 else []), "plain", "oh", " ")


def n_order_luhn():
    ds = luhn_complete("4", 16)
    c = neg("16-digit Luhn-valid order number read like a card, said with its label")
    c.t("agent", "can i have the order number")
    c.t("customer", "order number " + rc([lbl_digits_spoken(ds), ds, group(ds, [4, 4, 4, 4], " ")]))
    c.t("agent", "thanks, that order shipped on march " + ORD[R.randrange(1, 29)] + " and the total was $" + str(R.randrange(10, 500)) + ".99")


def n_last4():
    l4 = rand_digits(4, False)
    c = neg("card last-four mention only")
    c.t("agent", rc(["i can see the card ending ", "is that the visa ending in ", "charged to card ending "]) + rc([l4, speak_digits(l4, "mixed", "oh")]))
    c.t("customer", rc(["yes that's the one", "no that's my old card", "yeah"]))


def n_claim():
    cn = rand_digits(9)
    c = neg("US insurance claim number (9 digits, SSN-shaped) said with label")
    c.t("customer", "i'm calling about claim number " + rc([speak_groups(cn, [3, 2, 4], "plain", "oh", " "), cn, cn[:3] + "-" + cn[3:5] + "-" + cn[5:]]))
    c.t("agent", "okay claim " + cn[-4:] + ", the adjuster approved $" + "{:,}".format(R.randrange(200, 9000)) + " on the " + ORD[R.randrange(1, 29)])


def n_member():
    mid = rc(["XJH", "W", "ZGP", "MBR"]) + rand_digits(9)
    c = neg("health plan member ID said with label")
    c.t("agent", "can i get the member id from the front of the insurance card")
    c.t("customer", "member id " + rc([mid, " ".join(mid)]).lower() + rc([", group number " + rand_digits(6), ""]))
    c.t("agent", "thanks, your copay for that visit was $" + str(R.randrange(10, 60)))


def n_npi():
    base = "80840" + rand_digits(9, True)
    npi = None
    for ch in "0123456789":
        if luhn_ok(base + ch):
            npi = (base + ch)[5:]
    c = neg("provider NPI (10 digits, Luhn-valid with prefix) said with label")
    c.t("customer", "the provider's npi is " + rc([npi, speak_digits(npi, "plain", "zero")]))
    c.t("agent", "got it, and the date of service was " + MONTHS[R.randrange(12)] + " " + ORD[R.randrange(1, 29)])


def n_mbi():
    L = "ACDEFGHJKMNPQRTUVWXY"
    mbi = str(R.randrange(1, 10)) + rc(L) + rc(L + "0123456789") + str(R.randrange(10)) + rc(L) + rc(L + "0123456789") + \
        str(R.randrange(10)) + rc(L) + rc(L) + str(R.randrange(10)) + str(R.randrange(10))
    c = neg("Medicare-style beneficiary identifier said with label")
    c.t("customer", "my medicare number is " + rc([mbi, mbi[:4] + "-" + mbi[4:7] + "-" + mbi[7:]]))
    c.t("agent", "Thanks. Part B covers 80 percent after the $240 deductible.")


def n_tracking():
    c = neg("parcel tracking number said with label")
    tn = rc(["1Z" + rc(["999", "A4E"]) + "AA1" + rand_digits(10), rand_digits(22), "JD" + rand_digits(18)])
    c.t("customer", "tracking number " + tn + " says delivered but nothing came")
    c.t("agent", "I'm sorry about that. It was scanned at 14:32 at gate 4 of the depot.")


def n_policy():
    pn = rc(["POL-", "HX", "P"]) + rand_digits(R.randrange(8, 12))
    c = neg("insurance policy number, premium and renewal date")
    c.t("agent", "your policy number is " + pn + ", the premium is " + rc(["£", "$", "€"]) + str(R.randrange(200, 1500)) + " a year and it renews on " + str(R.randrange(1, 28)) + " " + MONTHS[R.randrange(12)].capitalize() + " 2027")
    c.t("customer", "ok thanks")


def n_amounts():
    c = neg("balances, amounts and payment dates spoken")
    a = R.randrange(1000, 99999)
    c.t("agent", "your balance is " + speak_digits(str(a), "mixed", "oh") + " pounds and " + two(R.randrange(1, 99)) + " pence, due on the " + ORD[R.randrange(1, 29)] + " of " + rc(MONTHS))
    c.t("customer", "and how much is the minimum payment")
    c.t("agent", "it's " + two(R.randrange(20, 99)) + " dollars, or " + str(R.randrange(2, 9)) + " percent of the balance")


def n_invoice():
    inv = rand_digits(R.randrange(10, 14))
    c = neg("invoice/reference number read in groups like a card")
    c.t("customer", "the reference on the letter is " + rc([speak_groups(inv, [4, 4, len(inv) - 8], "plain", "oh", ", "), group(inv, [4, 4, 4], " ")]))
    c.t("agent", "mhm")
    c.t("customer", "and the invoice date was the " + ORD[R.randrange(1, 29)] + " of " + rc(MONTHS) + " twenty twenty five")


def n_meter():
    m = "%05d" % R.randrange(100000)
    c = neg("meter reading and meter serial number")
    c.t("agent", "can you read me the numbers on the meter, left to right")
    c.t("customer", speak_digits(m, "plain", rc(["oh", "nought", "zero"])))
    c.t("agent", "and the meter serial, it's on a sticker")
    c.t("customer", "serial " + rc(["e", "k", "s"]) + " " + speak_digits(rand_digits(8), "plain", "oh") + ", model " + rand_digits(4))


def n_travel():
    c = neg("flight, seat, gate, room numbers, times")
    c.t("customer", "i'm on flight " + rc(["BA", "EI", "UA", "FR"]) + " " + str(R.randrange(10, 9999)) + ", seat " + str(R.randrange(1, 40)) + rc("ABCDEF") + ", booking ref " + "".join(rc("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(6)))
    c.t("agent", "That departs gate " + rc("ABC") + str(R.randrange(1, 40)) + " at " + str(R.randrange(1, 12)) + ":" + "%02d" % R.randrange(60) + " and the hotel room is " + str(R.randrange(100, 999)))


def n_hours():
    c = neg("opening hours, durations, waiting times, counts")
    c.t("agent", "we're open " + rc(["eight till eight", "9am to 5:30pm", "seven a m to eleven p m"]) + " monday to friday, and the wait is about " + two(R.randrange(5, 45)) + " minutes")
    c.t("customer", "i've been on hold for " + str(R.randrange(20, 90)) + " minutes and called " + two(R.randrange(3, 12)) + " times")


def n_ages():
    c = neg("ages, temperatures, years, percentages")
    c.t("customer", "my son is " + two(R.randrange(2, 17)) + ", he had a temperature of " + str(R.randrange(38, 40)) + "." + str(R.randrange(10)) + " and we've been members since " + str(R.randrange(1998, 2024)))
    c.t("agent", "okay, the plan covers " + str(R.randrange(50, 100)) + "% for under eighteens")


def n_roads():
    c = neg("road names and highway numbers")
    c.t("customer", rc(["i broke down on the A40 near junction 12", "stuck on I-95 around exit 74",
                        "the van is on the M62 between junctions 26 and 27", "we're on route 66 mile marker 140",
                        "there's a crash on the N7 at the 11 km sign"]))
    c.t("agent", "recovery will be with you within " + two(R.randrange(30, 90)) + " minutes")


def n_ticket_spoken():
    tk = rand_digits(16)
    c = neg("support ticket number spoken in 4-digit groups with back-channels")
    c.t("agent", "do you have the ticket number")
    c.t("customer", "yeah ticket number " + speak_digits(tk[:4], "plain", "oh"))
    c.t("agent", "mhm")
    c.t("customer", speak_digits(tk[4:8], "mixed", "oh") + " " + speak_digits(tk[8:12], "plain", "oh"))
    c.t("agent", "go on")
    c.t("customer", speak_digits(tk[12:], "plain", "oh") + " that's the whole ticket number")


def n_contract():
    c = neg("contract dates, tariff, usage figures")
    c.t("agent", "your contract started on the " + ORD[R.randrange(1, 29)] + " of " + rc(MONTHS) + " 2024 and ends " + rc(MONTHS).capitalize() + " 2026; you used " + "{:,}".format(R.randrange(1000, 9000)) + " kWh at " + str(R.randrange(20, 35)) + "." + str(R.randrange(10)) + "p per unit")
    c.t("customer", "and the exit fee is how much")
    c.t("agent", "forty five pounds per fuel")


def n_serial():
    c = neg("device IMEI-like serial and model number said with label")
    c.t("customer", "the IMEI is " + luhn_complete("35", 15) + " and model number SM-" + rc("ABGN") + str(R.randrange(100, 999)))
    c.t("agent", "thanks, the repair will cost $" + str(R.randrange(50, 300)) + " and take 5 to 7 business days")


def n_appt():
    c = neg("appointment date and time; patient account number said with label")
    c.t("agent", "your appointment is on " + rc(MONTHS) + " " + ORD[R.randrange(1, 29)] + " at " + str(R.randrange(8, 12)) + ":" + rc(["00", "15", "30", "45"]) + " with dr " + rc(LAST) + ", patient account number " + rand_digits(8))
    c.t("customer", "great, and the copay is still twenty five dollars")


def n_case_ref():
    c = neg("government case reference and application number with label")
    c.t("customer", rc(["my case reference is ", "application number ", "the UTR reference on the letter is ", "PPS application ref "]) + rand_digits(10) + rc(["", ", from 2023"]))
    c.t("agent", "That application was received on 3 " + rc(MONTHS).capitalize() + " and processing takes 12 weeks.")


NEG_TEMPLATES = [n_order_luhn, n_last4, n_claim, n_member, n_npi, n_mbi, n_tracking, n_policy, n_amounts,
                 n_invoice, n_meter, n_travel, n_hours, n_ages, n_roads, n_ticket_spoken, n_contract,
                 n_serial, n_appt, n_case_ref]

POS_PLAN = [
    (t_card_chat, 14), (t_card_voice_split, 14), (t_card_voice_one, 14), (t_card_restart, 6),
    (t_card_aside, 6), (t_card_email, 6),
    (t_ssn_voice, 12), (t_ssn_split, 6), (t_ssn_typed, 8), (t_ssn_last4, 5), (t_ssn_correction, 3),
    (t_ni_voice, 14), (t_ni_split, 6), (t_ni_typed, 10),
    (t_uk_bank, 10), (t_us_bank, 10), (t_iban, 14),
    (t_phone, 22), (t_email, 16), (t_dob, 14), (t_address, 22), (t_zip_only, 8), (t_multi, 10),
]


def build():
    CASES_POS.clear()
    CASES_NEG.clear()
    R.seed(SEED)
    sched = []
    for fn, n in POS_PLAN:
        sched += [fn] * n
    R.shuffle(sched)
    for fn in sched:
        fn()
    for i in range(120):
        NEG_TEMPLATES[i % len(NEG_TEMPLATES)]()
    lines = []
    allc = []
    for i, c in enumerate(CASES_POS, 1):
        allc.append(("h533-pos-%03d" % i, c))
    for i, c in enumerate(CASES_NEG, 1):
        allc.append(("h533-neg-%03d" % i, c))
    for cid, c in allc:
        lines.append(json.dumps({"id": cid, "kind": c.kind, "turns": c.turns, "spans": c.spans, "note": c.note},
                                ensure_ascii=False))
    return "\n".join(lines) + "\n", allc


# ---------------------------------------------------------------- checks
def is_wc(ch):
    return ch.isalnum()


def check(text, allc):
    errs = []
    ids = set()
    counts = {}
    for line in text.splitlines():
        d = json.loads(line)
        if d["id"] in ids:
            errs.append("dup id " + d["id"])
        ids.add(d["id"])
        if d["kind"] == "negative" and d["spans"]:
            errs.append(d["id"] + " negative with spans")
        if d["kind"] == "positive" and not d["spans"]:
            errs.append(d["id"] + " positive without spans")
        for t in d["turns"]:
            if t["speaker"] not in ("customer", "agent"):
                errs.append(d["id"] + " bad speaker")
        prev = {}
        for s in sorted(d["spans"], key=lambda s: (s["turn"], s["start"])):
            counts[s["type"]] = counts.get(s["type"], 0) + 1
            if s["type"] not in TYPES:
                errs.append(d["id"] + " bad type")
            if not 0 <= s["turn"] < len(d["turns"]):
                errs.append(d["id"] + " bad turn")
                continue
            tx = d["turns"][s["turn"]]["text"]
            a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(tx)):
                errs.append(d["id"] + " offsets out of range")
                continue
            if not is_wc(tx[a]) or not is_wc(tx[b - 1]) or (a > 0 and is_wc(tx[a - 1])) or (b < len(tx) and is_wc(tx[b])):
                errs.append("%s word boundary %r" % (d["id"], tx[max(0, a - 3):b + 3]))
            if s["turn"] in prev and a < prev[s["turn"]]:
                errs.append(d["id"] + " overlapping spans")
            prev[s["turn"]] = b
    for cid, c in allc:
        for v in c.checks:
            if v.typ in ("CARD_NUMBER", "CVV", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE", "IBAN", "POSTCODE"):
                got = normalise(v.text, letters=v.typ in ("NI_NUMBER", "IBAN", "POSTCODE"))
                want = v.expect if not (v.canon or "").startswith("ABA") else v.expect
                if got != want:
                    errs.append("%s %s normalised %r != %r (%r)" % (cid, v.typ, got, want, v.text))
            elif v.typ == "EMAIL":
                got = normalise_email(v.text)
                if got != v.expect:
                    errs.append("%s EMAIL %r != %r" % (cid, got, v.expect))
            elif v.typ == "PHONE":
                main = re.split(r"\b(?:ext\.?|extension|x)(?=\s*\d|\s+[a-z])", v.text.lower())
                got = normalise(main[0])
                want = v.canon.split("X")[0]
                if not phone_match(got, want):
                    errs.append("%s PHONE %r vs %r (%r)" % (cid, got, want, v.text))
                if "X" in v.canon:
                    ext = v.canon.split("X")[1]
                    if len(main) < 2 or normalise(main[1]) != ext:
                        errs.append("%s PHONE ext mismatch %r" % (cid, v.text))
            e = validate(v.vtype, v.canon if v.canon is not None else "", v.text)
            if e:
                errs.append("%s %s invalid (%s): %r" % (cid, v.typ, e, v.text))
    return errs, counts


def main():
    text, allc = build()
    if "--check" in sys.argv:
        with open(OUT, encoding="utf-8") as f:
            on_disk = f.read()
        errs, counts = check(text, allc)
        if on_disk != text:
            errs.insert(0, "cases.jsonl is not byte-identical to a fresh regeneration")
        npos = sum(1 for _, c in allc if c.kind == "positive")
        nneg = len(allc) - npos
        if npos < 200 or nneg < 100:
            errs.append("too few cases")
        for t in TYPES:
            need = 70 if t == "CARD_NUMBER" else 30 if t in ("SSN", "NI_NUMBER") else 10
            if counts.get(t, 0) < need:
                errs.append("too few %s spans: %d < %d" % (t, counts.get(t, 0), need))
        for e in errs[:60]:
            print("ERROR", e)
        print("positives=%d negatives=%d spans=%s" % (npos, nneg, json.dumps(dict(sorted(counts.items())))))
        if errs:
            print("CHECK FAILED (%d errors)" % len(errs))
            sys.exit(1)
        print("CHECK OK")
        return
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    print("wrote %d cases to %s" % (len(allc), OUT))


if __name__ == "__main__":
    main()

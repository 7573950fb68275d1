#!/usr/bin/env python3
"""Generate the pii_holdout506 held-out PII evaluation set.

Writes tests/fixtures/pii_holdout506/cases.jsonl and README.md.
Usage:  python scripts/make_pii_holdout506.py [--check]
Standard library only; single RNG random.Random(506241125).
Turns are built from plain segments and labelled value segments, so every
offset is computed.  --check regenerates, compares bytes, and validates spans.
"""
import json
import os
import re
import sys
import random

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUTDIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout506")
CASES = os.path.join(OUTDIR, "cases.jsonl")
README = os.path.join(OUTDIR, "README.md")
TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE",
         "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

# ---------------------------------------------------------------- vocab
UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
ZERO_WORDS = {"oh": "0", "o": "0", "nought": "0", "zero": "0", "nil": "0", "naught": "0"}
HOMO = {"to": "2", "too": "2", "for": "4", "fore": "4", "won": "1", "ate": "8"}
FILLERS = {"um", "uh", "er", "erm", "ah", "hmm", "umm", "uhh"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
MON3 = {m[:3]: i + 1 for i, m in enumerate(MONTHS)}
MON3["sept"] = 9
ORD_UNITS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
             "seventh": 7, "eighth": 8, "ninth": 9}
ORD_OTHER = {"tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
             "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
             "nineteenth": 19, "twentieth": 20, "thirtieth": 30}
LETTER_NAMES = {"ay": "A", "eh": "A", "bee": "B", "be": "B", "see": "C", "sea": "C", "cee": "C",
                "dee": "D", "ee": "E", "eff": "F", "gee": "G", "jee": "G", "aitch": "H",
                "haitch": "H", "eye": "I", "jay": "J", "kay": "K", "okay": "K", "el": "L",
                "elle": "L", "em": "M", "en": "N", "pea": "P", "pee": "P", "queue": "Q",
                "cue": "Q", "kew": "Q", "are": "R", "ar": "R", "ess": "S", "tea": "T",
                "tee": "T", "you": "U", "vee": "V", "ex": "X", "why": "Y", "wye": "Y",
                "zed": "Z", "zee": "Z"}
NATO = {"alpha": "A", "alfa": "A", "apple": "A", "bravo": "B", "charlie": "C", "delta": "D",
        "david": "D", "echo": "E", "edward": "E", "foxtrot": "F", "freddie": "F", "golf": "G",
        "george": "G", "hotel": "H", "harry": "H", "india": "I", "juliet": "J", "juliett": "J",
        "john": "J", "kilo": "K", "king": "K", "lima": "L", "london": "L", "mike": "M",
        "mother": "M", "november": "N", "nancy": "N", "oscar": "O", "papa": "P", "peter": "P",
        "quebec": "Q", "queen": "Q", "romeo": "R", "robert": "R", "sierra": "S", "sugar": "S",
        "tango": "T", "tommy": "T", "uniform": "U", "victor": "V", "whiskey": "W",
        "william": "W", "xray": "X", "yankee": "Y", "yellow": "Y", "zulu": "Z", "zebra": "Z"}
STREET_WORDS = {"road", "rd", "street", "st", "avenue", "ave", "lane", "ln", "close", "drive",
                "dr", "way", "crescent", "place", "court", "gardens", "terrace", "grove",
                "boulevard", "blvd", "row", "hill", "walk", "park", "square", "mews", "view"}

NUMWORDS = {}
for _i, _w in enumerate(UNITS):
    NUMWORDS[_w] = ("u", _i)
for _i, _w in enumerate(TEENS):
    NUMWORDS[_w] = ("teen", 10 + _i)
for _i, _w in enumerate(TENS):
    if _w:
        NUMWORDS[_w] = ("tens", _i * 10)
SEGVOCAB = sorted(set(UNITS) | set(TEENS) | {w for w in TENS if w} | {"oh", "nought", "double",
                                                                          "triple"},
                  key=len, reverse=True)


def segment(tok):
    """Split a run-together token into number words, or None."""
    if tok == "":
        return []
    for w in SEGVOCAB:
        if tok.startswith(w):
            rest = segment(tok[len(w):])
            if rest is not None:
                return [w] + rest
    return None


def tokens(text):
    out = []
    for t in re.findall(r"[a-z]+|\d+|\+|@|\.|_|-", text.lower()):
        if t.isalpha() and t not in NUMWORDS and t not in ZERO_WORDS and len(t) > 3:
            s = segment(t)
            if s and len(s) > 1:
                out.extend(s)
                continue
        out.append(t)
    return out


def parse_number(toks, i):
    """Parse a spoken number phrase at toks[i]; return (string, next_i) or (None, i)."""
    t = toks[i]
    if t.isdigit():
        return t, i + 1
    if t in ZERO_WORDS:
        return "0", i + 1
    if t in HOMO:
        return HOMO[t], i + 1
    if t in ("double", "triple") and i + 1 < len(toks):
        d, j = parse_digit(toks, i + 1)
        if d is not None:
            return d * (2 if t == "double" else 3), j
        return None, i
    if t not in NUMWORDS:
        return None, i
    kind, val = NUMWORDS[t]
    if kind == "u":
        if i + 1 < len(toks) and toks[i + 1] in ("thousand", "hundred"):
            mult = 1000 if toks[i + 1] == "thousand" else 100
            total = val * mult
            j = i + 2
            if mult == 1000 and j + 1 < len(toks) and toks[j] in NUMWORDS and toks[j + 1] == "hundred":
                total += NUMWORDS[toks[j]][1] * 100
                j += 2
            if j < len(toks) and toks[j] == "and" and j + 1 < len(toks) and toks[j + 1] in NUMWORDS:
                j += 1
            if j < len(toks) and toks[j] in NUMWORDS:
                r, j2 = rest_under_100(toks, j)
                total += r
                j = j2
            return str(total), j
        return str(val), i + 1
    r, j = rest_under_100(toks, i)
    return str(r), j


def rest_under_100(toks, i):
    kind, val = NUMWORDS[toks[i]]
    if kind == "tens" and i + 1 < len(toks) and toks[i + 1] in NUMWORDS:
        k2, v2 = NUMWORDS[toks[i + 1]]
        if k2 == "u" and v2 > 0:
            return val + v2, i + 2
    return val, i + 1


def parse_digit(toks, i):
    t = toks[i]
    if t in ZERO_WORDS:
        return "0", i + 1
    if t in HOMO:
        return HOMO[t], i + 1
    if t in NUMWORDS and NUMWORDS[t][0] == "u":
        return str(NUMWORDS[t][1]), i + 1
    if t.isdigit() and len(t) == 1:
        return t, i + 1
    return None, i


def norm_digits(text):
    """Spoken/typed numeric value -> digit string ('+' kept).  None if unparseable."""
    toks = tokens(text)
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        if t in FILLERS or t in (".", "-", "_", "dash", "hyphen", "space"):
            i += 1
            continue
        if t == "+" or t == "plus":
            out.append("+")
            i += 1
            continue
        s, j = parse_number(toks, i)
        if s is None:
            return None
        out.append(s)
        i = j
    return "".join(out)


def norm_alnum(text):
    """Letters+digits value (NI, postcode, IBAN) -> upper string.  None if unparseable."""
    toks = tokens(text)
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        if t in FILLERS or t in (".", "-", "_"):
            i += 1
            continue
        # letter + 'for'/'as in'/'like' + NATO word
        letter = None
        if len(t) == 1 and t.isalpha():
            letter = t.upper()
        elif t in LETTER_NAMES:
            letter = LETTER_NAMES[t]
        if letter is not None:
            hit = False
            for lead in (["for"], ["as", "in"], ["like"]):
                k = i + 1 + len(lead)
                if toks[i + 1:k] == lead and k < len(toks) and NATO.get(toks[k]) == letter:
                    out.append(letter)
                    i = k + 1
                    hit = True
                    break
            if hit:
                continue
            if t not in ZERO_WORDS:
                out.append(letter)
                i += 1
                continue
        if t == "double" and i + 1 < len(toks):
            nxt = toks[i + 1]
            if nxt in ("you", "u"):
                out.append("W")
                i += 2
                continue
            if nxt in LETTER_NAMES or (len(nxt) == 1 and nxt.isalpha() and nxt not in ZERO_WORDS):
                out.append((LETTER_NAMES.get(nxt) or nxt.upper()) * 2)
                i += 2
                continue
        if t in NATO:
            out.append(NATO[t])
            i += 1
            continue
        s, j = parse_number(toks, i)
        if s is not None:
            out.append(s)
            i = j
            continue
        if t.isalnum():
            out.append(t.upper())
            i += 1
            continue
        return None
    return "".join(out)


def norm_email(text):
    if "@" in text:
        return text.strip().lower()
    toks = re.findall(r"[a-z]+|\d+", text.lower())
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        if t in FILLERS:
            i += 1
            continue
        if t in ("dot", "period"):
            out.append(".")
            i += 1
            continue
        if t == "full" and i + 1 < len(toks) and toks[i + 1] == "stop":
            out.append(".")
            i += 2
            continue
        if t == "at":
            out.append("@")
            i += 1
            continue
        if t == "underscore":
            out.append("_")
            i += 1
            continue
        if t in ("dash", "hyphen"):
            out.append("-")
            i += 1
            continue
        if len(t) == 1 and i + 2 < len(toks) and toks[i + 1] == "for" and NATO.get(toks[i + 2]) == t.upper():
            out.append(t)
            i += 3
            continue
        if t in NUMWORDS or t.isdigit() or t in ("double", "triple") or (t in ZERO_WORDS and len(t) > 1):
            s, j = parse_number(toks, i)
            if s is not None:
                out.append(s)
                i = j
                continue
        out.append(t)
        i += 1
    return "".join(out)


def date_numbers(text):
    """-> list of number strings, month names mapped to their number."""
    toks = tokens(text)
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        if t in FILLERS or t in ("the", "of", ".", "-", "_", "st", "nd", "rd", "th"):
            i += 1
            continue
        if t in MONTHS:
            out.append(str(MONTHS.index(t) + 1))
            i += 1
            continue
        if t in MON3:
            out.append(str(MON3[t]))
            i += 1
            continue
        if t in ORD_OTHER:
            out.append(str(ORD_OTHER[t]))
            i += 1
            continue
        if t in ORD_UNITS:
            out.append(str(ORD_UNITS[t]))
            i += 1
            continue
        if t in NUMWORDS and NUMWORDS[t][0] == "tens" and i + 1 < len(toks) and toks[i + 1] in ORD_UNITS:
            out.append(str(NUMWORDS[t][1] + ORD_UNITS[toks[i + 1]]))
            i += 2
            continue
        s, j = parse_number(toks, i)
        if s is None:
            return None
        out.append(s)
        i = j
    return out


# ---------------------------------------------------------------- validators
def luhn_ok(d):
    tot = 0
    for k, ch in enumerate(reversed(d)):
        v = int(ch)
        if k % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        tot += v
    return tot % 10 == 0


def luhn_complete(prefix):
    for c in "0123456789":
        if luhn_ok(prefix + c):
            return prefix + c
    raise AssertionError


def iban_ok(s):
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


NI_FIRST = "ABCEGHJKLMNOPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"
NI_BAD = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}


def ni_ok(s):
    s = s[:2] + s[2:8].replace("O", "0") + s[8:]
    return bool(re.fullmatch(r"[%s][%s]\d{6}[A-D]" % (NI_FIRST, NI_SECOND), s)) and s[:2] not in NI_BAD


UK_PC = re.compile(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}")


def postcode_ok(s):
    return bool(UK_PC.fullmatch(s) or re.fullmatch(r"\d{5}(\d{4})?", s))


def ssn_ok(d):
    return (len(d) == 9 and d.isdigit() and d[:3] not in ("000", "666") and d[0] != "9"
            and d[3:5] != "00" and d[5:] != "0000")


def validate_value(typ, canon):
    if typ == "CARD_NUMBER":
        return canon.isdigit() and 13 <= len(canon) <= 19 and luhn_ok(canon)
    if typ == "CVV":
        return canon.isdigit() and len(canon) in (3, 4)
    if typ == "SSN":
        return ssn_ok(canon)
    if typ == "NI_NUMBER":
        return ni_ok(canon)
    if typ == "BANK_ACCOUNT":
        return canon.isdigit() and 6 <= len(canon) <= 17
    if typ == "SORT_CODE":
        return canon.isdigit() and len(canon) == 6
    if typ == "IBAN":
        return iban_ok(canon)
    if typ == "PHONE":
        d = canon.lstrip("+")
        return d.isdigit() and 10 <= len(d) <= 14 and "+" not in d
    if typ == "EMAIL":
        return bool(re.fullmatch(r"[a-z0-9._%+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+", canon))
    if typ == "POSTCODE":
        return postcode_ok(canon)
    if typ == "EXPIRY":
        m, y = canon
        return 1 <= m <= 12 and 2020 <= y <= 2040
    if typ == "DOB":
        d, m, y = canon
        return 1 <= m <= 12 and 1 <= d <= 31 and 1920 <= y <= 2010
    if typ == "ADDRESS":
        return True
    return False


def date_forms(typ, canon):
    if typ == "EXPIRY":
        m, y = canon
        ms, ys = {str(m), "%02d" % m}, {str(y), str(y)[2:]}
        return {a + b for a in ms for b in ys}
    d, m, y = canon
    ds, ms, ys = {str(d), "%02d" % d}, {str(m), "%02d" % m}, {str(y), str(y)[2:]}
    out = set()
    for a in ds:
        for b in ms:
            for c in ys:
                out |= {a + b + c, b + a + c}
    return out


def norm_for(typ, text):
    if typ in ("CARD_NUMBER", "CVV", "SSN", "BANK_ACCOUNT", "SORT_CODE", "PHONE"):
        return norm_digits(text)
    if typ in ("NI_NUMBER", "IBAN", "POSTCODE"):
        v = norm_alnum(text)
        if v is not None and typ == "NI_NUMBER" and len(v) == 9:
            v = v[:2] + v[2:8].replace("O", "0") + v[8:]
        return v
    if typ == "EMAIL":
        return norm_email(text)
    if typ in ("EXPIRY", "DOB"):
        n = date_numbers(text)
        return None if n is None else "".join(n)
    if typ == "ADDRESS":
        toks = tokens(text)
        if not toks or not any(t in STREET_WORDS for t in toks):
            return None
        head = [t for t in toks[:4] if t not in FILLERS]
        if not any(t.isdigit() or t in NUMWORDS or t in ("flat", "apartment", "unit", "apt") or
                   re.fullmatch(r"\d+[a-z]", t) for t in head):
            return None
        return text.lower()
    return None


def canon_norm(typ, canon):
    if typ in ("EXPIRY", "DOB", "ADDRESS"):
        return None
    return canon


# ---------------------------------------------------------------- builder
class CB:
    def __init__(self):
        self.turns = []
        self.groups = []

    def g(self, typ, canon, mode="full"):
        self.groups.append({"type": typ, "canon": canon, "mode": mode, "spans": []})
        return len(self.groups) - 1

    def t(self, speaker, *segs):
        text = ""
        for seg in segs:
            if isinstance(seg, str):
                text += seg
            else:
                val, gid = seg
                st = len(text)
                text += val
                self.groups[gid]["spans"].append((len(self.turns), st, len(text)))
        self.turns.append({"speaker": speaker, "text": text})
        return self

    def spans(self):
        out = []
        for g in self.groups:
            for (ti, s, e) in g["spans"]:
                out.append({"turn": ti, "start": s, "end": e, "type": g["type"]})
        out.sort(key=lambda x: (x["turn"], x["start"]))
        return out


# ---------------------------------------------------------------- speech helpers
class Say:
    def __init__(self, r):
        self.r = r

    def zero(self):
        return self.r.choice(["oh", "oh", "oh", "zero", "zero", "nought", "o"])

    def digit(self, d, homo=0.0):
        if d == "0":
            return self.zero()
        if homo and d in "2418" and self.r.random() < homo:
            return self.r.choice({"2": ["to", "too"], "4": ["for"], "1": ["won"], "8": ["ate"]}[d])
        return UNITS[int(d)]

    def pair(self, a, b):
        if a == "1":
            return TEENS[int(b)]
        return TENS[int(a)] + " " + UNITS[int(b)]

    def seq(self, ds, pairs=0.0, dbl=0.6, homo=0.04, filler=0.0, lit=0.0, runon=0.0, hund=0.0):
        r = self.r
        out = []
        i = 0
        n = len(ds)
        while i < n:
            if lit and r.random() < lit:
                k = min(n - i, r.choice([1, 2, 3, 4]))
                out.append(ds[i:i + k])
                i += k
            elif i + 2 < n and ds[i] == ds[i + 1] == ds[i + 2] and r.random() < dbl:
                out.append("triple " + self.digit(ds[i]))
                i += 3
            elif i + 1 < n and ds[i] == ds[i + 1] and r.random() < dbl:
                out.append("double " + self.digit(ds[i]))
                i += 2
            elif hund and i + 2 < n and ds[i] != "0" and ds[i + 2] != "0" and r.random() < hund:
                tail = ds[i + 1:i + 3]
                if tail[0] == "0":
                    tw = UNITS[int(tail[1])]
                else:
                    tw = self.pair(tail[0], tail[1])
                out.append(UNITS[int(ds[i])] + " hundred " + r.choice(["and ", "and ", ""]) + tw)
                i += 3
            elif pairs and i + 1 < n and ds[i] != "0" and ds[i + 1] != "0" and r.random() < pairs:
                out.append(self.pair(ds[i], ds[i + 1]))
                i += 2
            elif pairs and i + 1 < n and ds[i] == "1" and ds[i + 1] == "0" and r.random() < pairs:
                out.append("ten")
                i += 2
            else:
                out.append(self.digit(ds[i], homo))
                i += 1
            if filler and i < n and r.random() < filler:
                out.append(r.choice(["um", "uh", "er", "erm"]))
        if runon:
            j = []
            for w in out:
                if (j and r.random() < runon and w in SEGVOCAB and j[-1] in SEGVOCAB):
                    j[-1] = j[-1] + w
                else:
                    j.append(w)
            out = j
        return " ".join(out)

    def groups(self, ds, sizes, sep=" ", **kw):
        parts = []
        i = 0
        for s in sizes:
            parts.append(self.seq(ds[i:i + s], **kw))
            i += s
        return sep.join(p for p in parts if p)

    def letter(self, ch, style):
        r = self.r
        if style == "nato":
            opts = [k for k, v in NATO.items() if v == ch]
            return "%s for %s" % (ch.lower(), r.choice(opts))
        if style == "name":
            opts = [k for k, v in LETTER_NAMES.items() if v == ch and k not in ("okay",)]
            if opts and r.random() < 0.6:
                return r.choice(opts)
            return ch.lower()
        if style == "mis":  # misheard letter names from the recogniser
            mis = {"Q": ["queue", "cue", "kew"], "C": ["see", "sea"], "B": ["be", "bee"],
                   "R": ["are"], "T": ["tea"], "Y": ["why"], "K": ["okay", "kay"], "P": ["pea"],
                   "J": ["jay"], "S": ["ess"], "Z": ["zed"], "X": ["ex"], "A": ["eh", "ay"],
                   "W": ["double you"], "U": ["you"], "G": ["gee"], "E": ["ee"], "N": ["en"],
                   "M": ["em"], "L": ["el"], "H": ["aitch", "haitch"], "D": ["dee"]}
            if ch in mis:
                return r.choice(mis[ch])
            return ch.lower()
        return ch.lower()

    def alnum(self, s, style="name", **kw):
        """Read a mixed letter/digit value. Digits runs go through seq()."""
        out = []
        i = 0
        while i < len(s):
            if s[i].isdigit():
                j = i
                while j < len(s) and s[j].isdigit():
                    j += 1
                out.append(self.seq(s[i:j], **kw))
                i = j
            else:
                st = style if style != "mix" else self.r.choice(["nato", "name", "mis", "plain"])
                if st == "nato" and s[i] == "O":
                    st = "nato"
                elif s[i] == "O":
                    st = "nato"
                out.append(self.letter(s[i], st))
                i += 1
        return " ".join(out)


# ---------------------------------------------------------------- value generators
def gen_card(r):
    kind = r.choice(["visa16", "visa16", "mc", "mc", "amex", "disc", "visa13", "up19", "maestro18"])
    if kind == "visa16":
        p, n = "4" + "".join(r.choice("0123456789") for _ in range(5)), 16
    elif kind == "mc":
        p, n = str(r.randint(51, 55)), 16
    elif kind == "amex":
        p, n = r.choice(["34", "37"]), 15
    elif kind == "disc":
        p, n = "6011", 16
    elif kind == "visa13":
        p, n = "4", 13
    elif kind == "up19":
        p, n = "62", 19
    else:
        p, n = "6759", 18
    while len(p) < n - 1:
        p += r.choice("0123456789")
    return luhn_complete(p)


def card_sizes(c):
    n = len(c)
    if n == 15:
        return [4, 6, 5]
    if n == 13:
        return [4, 4, 5]
    if n == 16:
        return [4, 4, 4, 4]
    if n == 18:
        return [4, 4, 4, 6]
    return [4, 4, 4, 4, 3]


def gen_ssn(r):
    while True:
        d = "%03d%02d%04d" % (r.randint(1, 899), r.randint(1, 99), r.randint(1, 9999))
        if ssn_ok(d):
            return d


def gen_ni(r):
    while True:
        a = r.choice(NI_FIRST.replace("O", "")) + r.choice(NI_SECOND)
        if a not in NI_BAD:
            break
    return a + "".join(r.choice("0123456789") for _ in range(6)) + r.choice("ABCD")


def gen_iban(r):
    cc = r.choice(["GB", "GB", "IE", "DE", "NL", "ES", "FR"])
    dg = lambda k: "".join(r.choice("0123456789") for _ in range(k))
    if cc == "GB":
        bban = r.choice(["NWBK", "BARC", "MIDL", "HBUK", "LLYD"]) + dg(14)
    elif cc == "IE":
        bban = r.choice(["AIBK", "IPBS", "ULSB"]) + dg(14)
    elif cc == "DE":
        bban = dg(18)
    elif cc == "NL":
        bban = r.choice(["ABNA", "RABN", "INGB"]) + dg(10)
    elif cc == "ES":
        bban = dg(20)
    else:
        bban = dg(23)
    return make_iban(cc, bban)


def gen_phone(r):
    k = r.choice(["ukmob", "ukmob", "ukland", "ukintl", "us", "us", "usintl", "ie", "ieintl", "de"])
    dg = lambda n: "".join(r.choice("0123456789") for _ in range(n))
    if k == "ukmob":
        v = "07" + r.choice("3456789") + dg(8)
        return v, [5, 6]
    if k == "ukland":
        v = "01" + r.choice("1234569") + dg(8)
        return v, [5, 6]
    if k == "ukintl":
        v = "+447" + r.choice("3456789") + dg(8)
        return v, [3, 4, 6]
    if k == "us":
        v = r.choice("2345678") + dg(2) + r.choice("2345678") + dg(6)
        return v, [3, 3, 4]
    if k == "usintl":
        v = "+1" + r.choice("2345678") + dg(2) + r.choice("2345678") + dg(6)
        return v, [2, 3, 3, 4]
    if k == "ie":
        v = "08" + r.choice("35679") + dg(7)
        return v, [3, 3, 4]
    if k == "ieintl":
        v = "+3538" + r.choice("35679") + dg(7)
        return v, [4, 2, 3, 4]
    v = "+4915" + dg(9)
    return v, [3, 4, 7]


FIRST = ["sarah", "tom", "priya", "liam", "aoife", "marek", "chen", "fatima", "dave", "olu",
         "niamh", "gareth", "rosa", "kwame", "helen", "pete", "siobhan", "raj", "ellie", "bogdan"]
LAST = ["okafor", "murphy", "kowalski", "patel", "brennan", "whitfield", "nguyen", "haddad",
        "thompson", "lindqvist", "obrien", "castillo", "mcgrath", "fairclough", "rossi"]
DOMAINS = ["gmail.com", "hotmail.co.uk", "outlook.com", "yahoo.com", "icloud.com", "btinternet.com",
           "eircom.net", "web.de", "proton.me", "aol.com"]


def gen_email(r):
    f, l = r.choice(FIRST), r.choice(LAST)
    style = r.randint(0, 4)
    if style == 0:
        local = f + "." + l
    elif style == 1:
        local = f[0] + l
    elif style == 2:
        local = f + "_" + l + str(r.randint(70, 99))
    elif style == 3:
        local = l + f[0] + str(r.randint(1, 9))
    else:
        local = f + "-" + l
    return local + "@" + r.choice(DOMAINS)


def say_email(r, sy, e):
    local, dom = e.split("@")
    words = []
    for part in re.findall(r"[a-z]+|\d+|[._-]", local):
        if part == ".":
            words.append(r.choice(["dot", "dot", "period"]))
        elif part == "_":
            words.append("underscore")
        elif part == "-":
            words.append(r.choice(["dash", "hyphen"]))
        elif part.isdigit():
            words.append(sy.seq(part, pairs=0.8, dbl=0.3, homo=0))
        elif len(part) == 1:
            words.append(part if r.random() < 0.6 else "%s for %s" % (part, r.choice(
                [k for k, v in NATO.items() if v == part.upper()])))
        else:
            words.append(part)
    words.append("at")
    for k, part in enumerate(dom.split(".")):
        if k:
            words.append("dot")
        words.append(part)
    return " ".join(words)


STREETS = ["acacia", "mill", "station", "church", "victoria", "kingsway", "elm", "harbour",
           "oakfield", "maple", "linden", "riverside", "clonskeagh", "beech", "sycamore", "union",
           "albert", "ferry", "glebe", "willow"]
SUFFIX = ["road", "street", "avenue", "lane", "close", "drive", "way", "crescent", "gardens",
          "terrace", "grove", "place", "court"]
TOWNS_UK = ["leeds", "bristol", "glasgow", "cardiff", "norwich", "sheffield", "derby", "luton"]
TOWNS_US = ["austin", "dayton", "tacoma", "boise", "raleigh", "fresno"]


def gen_postcode_uk(r):
    L = "ABCDEFGHJKLMNPRSTUWXY"
    fmt = r.choice(["A9 9AA", "A99 9AA", "AA9 9AA", "AA99 9AA", "AA9A 9AA", "A9A 9AA"])
    out = ""
    for ch in fmt:
        out += r.choice(L) if ch == "A" else (r.choice("123456789") if ch == "9" else " ")
    return out


def gen_zip(r):
    z = "%05d" % r.randint(1001, 99950)
    if r.random() < 0.25:
        z += "-%04d" % r.randint(1, 9999)
    return z


def gen_dob(r):
    return (r.randint(1, 28), r.randint(1, 12), r.randint(1942, 2004))


def ordinal(n):
    words = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh",
             8: "eighth", 9: "ninth"}
    if n in ORD_OTHER.values():
        return [k for k, v in ORD_OTHER.items() if v == n][0]
    if n < 10:
        return words[n]
    return TENS[n // 10] + " " + words[n % 10]


def say_year(r, y):
    if y >= 2000:
        if y < 2010:
            return r.choice(["two thousand and " + UNITS[y - 2000], "two thousand " + UNITS[y - 2000],
                             "two oh oh " + UNITS[y - 2000]])
        return r.choice(["twenty " + num_under100(y - 2000), "two thousand and " + num_under100(y - 2000)])
    hi, lo = divmod(y, 100)
    if lo < 10:
        return TEENS[hi - 10] + " oh " + UNITS[lo]
    return TEENS[hi - 10] + " " + num_under100(lo)


def num_under100(n):
    if n < 10:
        return UNITS[n]
    if n < 20:
        return TEENS[n - 10]
    return TENS[n // 10] + ("" if n % 10 == 0 else " " + UNITS[n % 10])


# ---------------------------------------------------------------- context
INDUSTRY = {
    "banking": ("Thanks for calling Harbour Bank, you're speaking with Dee.", "card services"),
    "telecom": ("Hi, you're through to Skyline Mobile, my name's Jordan.", "your mobile account"),
    "utilities": ("Northgate Energy, Priti speaking, how can I help?", "your energy account"),
    "retail": ("Hello and welcome to Brightcart support, this is Sam.", "your order"),
    "insurance": ("Good morning, Lanyard Insurance claims line, Mo speaking.", "your policy"),
    "travel": ("Thanks for calling Aerlink holidays, Ciara speaking.", "your booking"),
    "healthcare": ("Mercy Billing Services, this is Angela.", "your statement"),
    "government": ("You're through to the benefits helpline, my name is Raj.", "your claim"),
}
IND_KEYS = list(INDUSTRY)
BACK = ["mhm", "go on", "yep", "okay", "uh huh", "right", "yes", "got that", "mm", "carry on"]


def opener(r, cb, ind=None):
    ind = ind or r.choice(IND_KEYS)
    if r.random() < 0.5:
        cb.t("agent", INDUSTRY[ind][0].lower().replace(",", "") if r.random() < 0.5 else INDUSTRY[ind][0])
    return ind


# ---------------------------------------------------------------- positive scenarios
def pos_card(r, sy, idx):
    cb = CB()
    c = gen_card(r)
    sizes = card_sizes(c)
    mode = idx % 9
    ind = opener(r, cb, r.choice(["banking", "retail", "travel", "telecom", "healthcare", "utilities"]))
    if mode == 0:  # typed chat, separators, expiry, cvv
        sep = r.choice(["-", " ", "", ".", "  "])
        txt = sep.join(c[i:i + s] for i, s in zip([sum(sizes[:k]) for k in range(len(sizes))], sizes))
        g = cb.g("CARD_NUMBER", c)
        m, y = r.randint(1, 12), r.randint(2026, 2031)
        ge = cb.g("EXPIRY", (m, y))
        cvv = "%03d" % r.randint(0, 999)
        gc = cb.g("CVV", cvv)
        lab = r.choice(["card no:", "Card number -", "cc#", "long number on the card is", "card:"])
        exp = r.choice(["%02d/%02d" % (m, y % 100), "%02d-%d" % (m, y), "%d/%d" % (m, y % 100)])
        cb.t("customer", "%s " % lab, (txt, g), r.choice([" exp ", " expiry ", ", expires "]), (exp, ge),
             r.choice([" cvv ", " sec code ", ", 3 digits on back "]), (cvv, gc))
        cb.t("agent", "Thanks, I'll process that now.")
        note = "typed card with expiry and cvv"
    elif mode == 1:  # spoken single turn, fillers, homophones
        g = cb.g("CARD_NUMBER", c)
        cb.t("agent", "okay can i take the long card number please")
        cb.t("customer", r.choice(["yeah it's ", "right um so it's ", "okay ", "it is "]),
             (sy.groups(c, sizes, sep=r.choice([" ", " ... ", ", "]), filler=0.15, homo=0.12), g))
        cb.t("agent", "lovely thank you")
        note = "ASR card single turn with fillers and homophones"
    elif mode == 2:  # split across turns with back-channels and read-back
        g = cb.g("CARD_NUMBER", c)
        cb.t("agent", "whenever you're ready with the card number")
        pos = 0
        for k, s in enumerate(sizes):
            part = c[pos:pos + s]
            pos += s
            cb.t("customer", (sy.seq(part, pairs=0.3, filler=0.1), g))
            if k < len(sizes) - 1:
                cb.t("agent", r.choice(BACK))
        g2 = cb.g("CARD_NUMBER", c)
        cb.t("agent", "so i've got ", (sy.groups(c, sizes, sep=", ", dbl=0.3), g2), " is that right")
        cb.t("customer", "yep")
        note = "card split across turns with back-channels and agent read-back"
    elif mode == 3:  # restarted reading
        k = r.randint(3, 7)
        gp = cb.g("CARD_NUMBER", c, mode="part")
        g = cb.g("CARD_NUMBER", c)
        cb.t("customer", "the card is ", (sy.seq(c[:k]), gp), r.choice([" sorry hang on let me start again ",
                                                                      " no wait i'll start over ",
                                                                      "... sorry, from the top, "]),
             (sy.groups(c, sizes, sep=" ", pairs=0.2), g))
        cb.t("agent", "got it thanks")
        note = "restarted card reading, fragment labelled"
    elif mode == 4:  # aside in the middle
        g = cb.g("CARD_NUMBER", c)
        cut = sizes[0] + sizes[1]
        cb.t("customer", "okay it's ", (sy.seq(c[:cut], filler=0.1), g),
             r.choice([" hold on the dog's barking ", " sorry my glasses ", " just a sec the light's bad, ",
                       " - can you hear me ok? - "]), (sy.seq(c[cut:]), g))
        cb.t("agent", "yes i can, thank you")
        note = "card reading interrupted by an aside"
    elif mode == 5:  # mixed digits and words, run-together
        g = cb.g("CARD_NUMBER", c)
        cb.t("customer", "card number ", (sy.groups(c, sizes, lit=0.35, runon=0.35, pairs=0.2), g))
        note = "ASR card mixing digits and words, words run together"
    elif mode == 6:  # odd grouping typed, later mention of last four (labelled since full read)
        g = cb.g("CARD_NUMBER", c)
        pos = 0
        chunks = []
        while pos < len(c):
            s = r.choice([3, 5, 2, 6])
            chunks.append(c[pos:pos + s])
            pos += s
        cb.t("customer", "pls use this one ", (" ".join(chunks), g))
        cb.t("agent", "Thanks. Just confirming the card ending ", (c[-4:], cb.g("CARD_NUMBER", c, mode="part")),
             " is in your name?")
        cb.t("customer", "yes")
        note = "typed card odd grouping; last four mentioned after full card, so labelled"
    elif mode == 7:  # agent read-back with correction
        g = cb.g("CARD_NUMBER", c)
        gw = cb.g("CARD_NUMBER", c, mode="part")
        cb.t("customer", (sy.groups(c, sizes, pairs=0.5, hund=0.2), g))
        cb.t("agent", "let me read that back, ", (sy.groups(c[:-4], sizes[:-1], sep=", "), gw),
             ", and the last bit was ... sorry say the last four again")
        g3 = cb.g("CARD_NUMBER", c, mode="part")
        cb.t("customer", (sy.seq(c[-4:], pairs=0.7), g3))
        note = "card with partial read-back and re-said last group"
    else:  # email-style typed with expiry in words
        g = cb.g("CARD_NUMBER", c)
        m, y = r.randint(1, 12), r.randint(2026, 2031)
        ge = cb.g("EXPIRY", (m, y))
        cb.t("customer", "Hi, please charge my card for the outstanding balance. Card: ", (c, g),
             ", valid until ", ("%s %d" % (MONTHS[m - 1].capitalize(), y), ge), ". Thanks, " +
             r.choice(FIRST).capitalize())
        note = "email with unbroken card and month-name expiry"
    return cb, note


def pos_cvv_expiry(r, sy, idx):
    cb = CB()
    opener(r, cb, "banking")
    m, y = r.randint(1, 12), r.randint(2025, 2032)
    ge = cb.g("EXPIRY", (m, y))
    cvv = "%03d" % r.randint(0, 999) if idx % 4 else "%04d" % r.randint(1000, 9999)
    gc = cb.g("CVV", cvv)
    style = idx % 3
    if style == 0:
        exp = "%s %s" % (sy.seq("%02d" % m, dbl=0), sy.seq("%02d" % (y % 100), pairs=1.0))
    elif style == 1:
        exp = "%s %s" % (MONTHS[m - 1], say_year(r, y))
    else:
        exp = "%s %s" % (UNITS[m] if m < 10 else num_under100(m), num_under100(y % 100))
    cb.t("agent", "and the expiry date")
    cb.t("customer", r.choice(["", "um ", "it says "]), (exp, ge))
    cb.t("agent", "and the three digits on the back" if len(cvv) == 3 else "and the four digit code on the front")
    cb.t("customer", r.choice(["", "uh ", "that's "]), (sy.seq(cvv, hund=0.3, homo=0.2, pairs=0.3), gc))
    return cb, "spoken expiry and security code"


def pos_ssn(r, sy, idx):
    cb = CB()
    s = gen_ssn(r)
    opener(r, cb, r.choice(["healthcare", "government", "insurance", "banking"]))
    mode = idx % 6
    if mode == 0:
        g = cb.g("SSN", s)
        fmt = r.choice(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s.%s.%s"]) % (s[:3], s[3:5], s[5:])
        cb.t("customer", r.choice(["SSN: ", "my ssn is ", "Social - ", "soc sec # "]), (fmt, g))
        note = "typed SSN"
    elif mode == 1:
        g = cb.g("SSN", s)
        cb.t("agent", "can i get your social security number to verify")
        cb.t("customer", "sure it's ", (sy.groups(s, [3, 2, 4], filler=0.15, homo=0.1), g))
        note = "spoken SSN with fillers/homophones"
    elif mode == 2:
        g = cb.g("SSN", s)
        cb.t("agent", "last thing, your social")
        cb.t("customer", (sy.seq(s[:3], hund=0.5), g))
        cb.t("agent", r.choice(BACK))
        cb.t("customer", (sy.seq(s[3:5], pairs=1.0), g))
        cb.t("agent", r.choice(BACK))
        cb.t("customer", (sy.seq(s[5:], pairs=0.6), g))
        g2 = cb.g("SSN", s)
        cb.t("agent", "thanks so that's ", (sy.groups(s, [3, 2, 4], sep=" dash "), g2))
        note = "SSN split across turns, hundreds and pairs, dash read-back"
    elif mode == 3:
        g = cb.g("SSN", s)
        cb.t("customer", "social is ", (sy.groups(s, [3, 2, 4], lit=0.4, runon=0.4), g), " i think yeah")
        note = "ASR SSN mixing digits and run-together words"
    elif mode == 4:
        gp = cb.g("SSN", s, mode="part")
        g = cb.g("SSN", s)
        cb.t("customer", "it's ", (sy.seq(s[:4]), gp), " no sorry i'm reading my wife's, hold on. mine is ",
             (sy.groups(s, [3, 2, 4]), g))
        note = "SSN with restarted reading"
    else:
        g = cb.g("SSN", s)
        cb.t("customer", "for the claim form you need my ss number right? ",
             (s[:3] + " " + sy.seq(s[3:5]) + " " + s[5:], g))
        note = "SSN half digits half words"
    return cb, note


def pos_ni(r, sy, idx):
    cb = CB()
    n = gen_ni(r)
    opener(r, cb, r.choice(["government", "banking", "insurance", "utilities"]))
    mode = idx % 6
    if mode == 0:
        g = cb.g("NI_NUMBER", n)
        fmt = r.choice([n, n.lower(), "%s %s %s %s %s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8]),
                        n[:2] + " " + n[2:8] + " " + n[8]])
        cb.t("customer", r.choice(["NI no: ", "my national insurance is ", "NINO ", "Nat ins number - "]),
             (fmt, g))
        note = "typed NI number"
    elif mode == 1:
        g = cb.g("NI_NUMBER", n)
        cb.t("agent", "and your national insurance number")
        cb.t("customer", (sy.alnum(n, style="mis", filler=0.1, homo=0.1), g))
        note = "ASR NI with misheard letter names"
    elif mode == 2:
        g = cb.g("NI_NUMBER", n)
        cb.t("customer", "it's ", (sy.alnum(n[:2], style="nato"), g))
        cb.t("agent", r.choice(BACK))
        cb.t("customer", (sy.seq(n[2:8], pairs=0.5, filler=0.1), g))
        cb.t("agent", "and the letter at the end")
        cb.t("customer", (sy.letter(n[8], r.choice(["nato", "name"])), g))
        g2 = cb.g("NI_NUMBER", n)
        cb.t("agent", "so ", (sy.alnum(n, style="plain", pairs=0.5), g2), ", perfect")
        note = "NI split across turns with NATO letters and read-back"
    elif mode == 3:
        g = cb.g("NI_NUMBER", n)
        cb.t("customer", "national insurance ", (sy.alnum(n, style="mix", lit=0.4, runon=0.3), g))
        note = "ASR NI mixing digits, words and letter styles"
    elif mode == 4:
        g = cb.g("NI_NUMBER", n)
        cb.t("customer", "um my n i number is ", (sy.alnum(n[:2], style="mis") + " " +
                                                   sy.seq(n[2:5]), g), " er just getting my payslip ",
             (sy.seq(n[5:8], pairs=0.4) + " " + sy.letter(n[8], "mis"), g))
        note = "NI with aside mid-reading"
    else:
        g = cb.g("NI_NUMBER", n)
        cb.t("customer", "it's ", (sy.alnum(n, style="name", pairs=0.4, hund=0.3), g))
        cb.t("agent", "sorry was that ", (sy.letter(n[0], "nato"), cb.g("NI_NUMBER", n, mode="part")), "?")
        cb.t("customer", "yes")
        note = "NI with letter names and clarification of first letter"
    return cb, note


def pos_bank(r, sy, idx):
    cb = CB()
    opener(r, cb, r.choice(["banking", "utilities", "insurance", "government", "telecom"]))
    uk = idx % 3 != 2
    acct = "".join(r.choice("0123456789") for _ in range(8 if uk else r.randint(9, 12)))
    ga = cb.g("BANK_ACCOUNT", acct)
    if uk:
        sc = "".join(r.choice("0123456789") for _ in range(6))
        gs = cb.g("SORT_CODE", sc)
        if idx % 2 == 0:
            cb.t("customer", r.choice(["acct no: ", "Account number ", "a/c "]), (acct, ga),
                 r.choice([" sort code ", ", s/c ", " / sort "]),
                 (r.choice(["%s-%s-%s", "%s %s %s", "%s%s%s"]) % (sc[:2], sc[2:4], sc[4:]), gs))
            note = "typed UK account and sort code"
        else:
            cb.t("agent", "what's the sort code for the direct debit")
            cb.t("customer", (sy.groups(sc, [2, 2, 2], sep=r.choice([" ", " dash "]), pairs=0.6), gs))
            cb.t("agent", "and the account number")
            cb.t("customer", (sy.seq(acct[:4], filler=0.15, homo=0.1), ga))
            cb.t("agent", r.choice(BACK))
            cb.t("customer", (sy.seq(acct[4:], runon=0.3, pairs=0.3), ga))
            note = "spoken sort code and split account number"
    else:
        gr = None
        cb.t("agent", "and the checking account number for autopay")
        cb.t("customer", "ok ", (sy.seq(acct, lit=0.3, filler=0.1, pairs=0.2), ga))
        note = "spoken US checking account"
    return cb, note


def pos_iban(r, sy, idx):
    cb = CB()
    opener(r, cb, r.choice(["banking", "travel", "insurance", "utilities"]))
    ib = gen_iban(r)
    g = cb.g("IBAN", ib)
    if idx % 2 == 0:
        fmt = " ".join(ib[i:i + 4] for i in range(0, len(ib), 4)) if r.random() < 0.6 else ib
        cb.t("customer", r.choice(["IBAN: ", "my iban is ", "refund to IBAN "]), (fmt, g))
        note = "typed IBAN"
    else:
        cut = 8
        cb.t("customer", "the iban starts ", (sy.alnum(ib[:cut], style=r.choice(["nato", "name", "mix"]),
                                                       filler=0.1), g))
        cb.t("agent", r.choice(BACK))
        cb.t("customer", (sy.alnum(ib[cut:], style="plain", pairs=0.4, lit=0.2), g))
        note = "spoken IBAN across turns"
    return cb, note


def say_phone(r, sy, v, sizes):
    s = ""
    ds = v
    parts = []
    if v.startswith("+"):
        parts.append("plus")
        ds = v[1:]
        sizes = [sizes[0] - 1] + sizes[1:]
    pos = 0
    for sz in sizes:
        parts.append(sy.seq(ds[pos:pos + sz], pairs=0.3, filler=0.08, homo=0.06, runon=0.1))
        pos += sz
    return " ".join(parts)


def pos_phone(r, sy, idx):
    cb = CB()
    opener(r, cb)
    v, sizes = gen_phone(r)
    g = cb.g("PHONE", v)
    mode = idx % 4
    if mode == 0:
        parts = []
        pos = 0
        for sz in sizes:
            parts.append(v[pos:pos + sz])
            pos += sz
        fmt = r.choice([" ", "-", ""]).join(parts)
        if not v.startswith("+") and len(v) == 10 and r.random() < 0.5:
            cb.t("customer", "best number is (", (v[:3] + ") " + v[3:6] + "-" + v[6:], g))
        else:
            cb.t("customer", r.choice(["tel: ", "call me on ", "Mob ", "contact no. "]), (fmt, g))
        note = "typed phone number"
    elif mode == 1:
        cb.t("agent", "what's the best number to reach you on")
        cb.t("customer", r.choice(["it's ", "uh ", "my mobile's "]), (say_phone(r, sy, v, sizes), g))
        note = "spoken phone number"
    elif mode == 2:
        cb.t("agent", "can i take a contact number")
        pos = 0
        ds = v
        first = True
        for k, sz in enumerate(sizes):
            chunk = v[pos:pos + sz]
            pos += sz
            txt = chunk
            if chunk.startswith("+"):
                txt = "plus " + sy.seq(chunk[1:])
            else:
                txt = sy.seq(chunk, pairs=0.4)
            cb.t("customer", (txt, g))
            if k < len(sizes) - 1:
                cb.t("agent", r.choice(BACK))
        g2 = cb.g("PHONE", v)
        cb.t("agent", "great so that's ", (say_phone(r, sy, v, sizes), g2))
        note = "phone split over turns with read-back"
    else:
        cb.t("customer", "you can text me on ", (say_phone(r, sy, v, sizes), g),
             " but not after six cos i'm on nights")
        note = "spoken phone with trailing time (not PII)"
    return cb, note


def pos_email(r, sy, idx):
    cb = CB()
    opener(r, cb)
    e = gen_email(r)
    g = cb.g("EMAIL", e)
    if idx % 2 == 0:
        fmt = e if r.random() < 0.6 else e[0].upper() + e[1:]
        g = len(cb.groups) - 1
        cb.groups[g]["canon"] = e
        cb.t("customer", r.choice(["email: ", "send it to ", "my e-mail is "]), (fmt, g), r.choice(["", " thx", ". Cheers"]))
        note = "typed email"
    else:
        cb.t("agent", "and an email address for the confirmation")
        cb.t("customer", r.choice(["yeah it's ", "", "um "]), (say_email(r, sy, e), g))
        note = "spoken email with dot/at"
    return cb, note


def pos_dob(r, sy, idx):
    cb = CB()
    opener(r, cb, r.choice(["healthcare", "insurance", "government", "banking", "telecom"]))
    d, m, y = gen_dob(r)
    g = cb.g("DOB", (d, m, y))
    mode = idx % 4
    if mode == 0:
        fmt = r.choice(["%02d/%02d/%d" % (d, m, y), "%d.%d.%d" % (d, m, y), "%02d-%02d-%d" % (m, d, y)])
        cb.t("customer", r.choice(["DOB ", "d.o.b: ", "born "]), (fmt, g))
        note = "typed DOB"
    elif mode == 1:
        cb.t("agent", "can you confirm your date of birth")
        cb.t("customer", (("the " if r.random() < 0.5 else "") + ordinal(d) + " of " + MONTHS[m - 1] + " " +
                          say_year(r, y), g))
        note = "spoken DOB with ordinal"
    elif mode == 2:
        cb.t("agent", "date of birth please")
        cb.t("customer", (MONTHS[m - 1] + " " + ordinal(d) + " " + say_year(r, y), g))
        note = "spoken DOB US order"
    else:
        cb.t("customer", "date of birth ", (sy.seq("%02d" % d, dbl=0) + " " + sy.seq("%02d" % m, dbl=0) +
                                            " " + say_year(r, y), g))
        note = "spoken DOB as digit pairs"
    return cb, note


def say_postcode(r, sy, pc, style):
    return sy.alnum(pc.replace(" ", "").replace("-", ""), style=style, pairs=0.0)


def pos_address(r, sy, idx):
    cb = CB()
    opener(r, cb, r.choice(["utilities", "retail", "telecom", "insurance", "government", "healthcare"]))
    us = idx % 4 == 3
    num = r.randint(1, 240)
    street = r.choice(STREETS) + " " + r.choice(SUFFIX)
    flat = r.random() < 0.3
    if us:
        pc = gen_zip(r)
        canon_pc = pc.replace("-", "")
        town = r.choice(TOWNS_US)
    else:
        pc = gen_postcode_uk(r)
        canon_pc = pc.replace(" ", "")
        town = r.choice(TOWNS_UK)
    ga = cb.g("ADDRESS", None)
    gp = cb.g("POSTCODE", canon_pc)
    mode = idx % 3
    if mode == 0:
        addr = ("Flat %d, " % r.randint(1, 30) if flat else "") + "%d %s" % (num, street.title())
        cb.t("customer", r.choice(["address: ", "new addr is ", "deliver to "]), (addr, ga), ", %s " % town.title(),
             (pc if r.random() < 0.6 else pc.lower(), gp))
        note = "typed address and postcode"
    elif mode == 1:
        cb.t("agent", "what's the first line of the address")
        addr = ("flat " + num_under100(r.randint(1, 30)) + " " if flat else "") + \
            (sy.seq(str(num), pairs=1.0, hund=0.6) if r.random() < 0.7 else str(num)) + " " + street
        cb.t("customer", (addr, ga), " in " + town)
        cb.t("agent", "and the postcode" if not us else "and the zip")
        if us:
            cb.t("customer", (sy.seq(canon_pc, pairs=0.2, filler=0.1), gp))
        else:
            cb.t("customer", (say_postcode(r, sy, pc, r.choice(["mis", "name", "nato", "mix"])), gp))
        note = "spoken address, postcode with misheard letters"
    else:
        addr = "%s %s" % (num_under100(num % 100 or 7), street)
        cb.t("customer", "i've moved to ", (addr, ga), " er ", town)
        cb.t("agent", "postcode?")
        if us:
            cb.t("customer", (sy.seq(canon_pc[:5], lit=0.4), gp))
            cb.groups[gp]["canon"] = canon_pc[:5]
        else:
            out, inn = pc.split(" ")
            cb.t("customer", (sy.alnum(out, style="mix"), gp))
            cb.t("agent", r.choice(BACK))
            cb.t("customer", (sy.alnum(inn, style="mix"), gp))
        note = "address then postcode split over turns"
    return cb, note


def pos_combo(r, sy, idx):
    """Multi-value verification calls."""
    cb = CB()
    ind = opener(r, cb)
    d, m, y = gen_dob(r)
    gd = cb.g("DOB", (d, m, y))
    cb.t("agent", "for security can i take your date of birth and postcode")
    pc = gen_postcode_uk(r)
    gp = cb.g("POSTCODE", pc.replace(" ", ""))
    cb.t("customer", (ordinal(d) + " " + MONTHS[m - 1] + " " + say_year(r, y), gd), " and it's ",
         (say_postcode(r, sy, pc, "mis"), gp))
    e = gen_email(r)
    ge = cb.g("EMAIL", e)
    cb.t("agent", "thanks, and is the email still ", (say_email(r, sy, e), ge), "?")
    cb.t("customer", "yes that's right")
    if idx % 2:
        n = gen_ni(r)
        gn = cb.g("NI_NUMBER", n)
        cb.t("agent", "and your NI number")
        cb.t("customer", (sy.alnum(n, style="mix", lit=0.2, runon=0.2), gn))
        note = "ID&V: DOB, postcode, email read-back, NI"
    else:
        s = gen_ssn(r)
        gs = cb.g("SSN", s)
        cb.t("agent", "and the last step, the full social")
        cb.t("customer", (sy.groups(s, [3, 2, 4], pairs=0.4, hund=0.2, runon=0.2), gs))
        note = "ID&V: DOB, postcode, email read-back, SSN"
    return cb, note


# ---------------------------------------------------------------- negatives
def neg_case(r, sy, idx):
    cb = CB()
    ind = opener(r, cb)
    k = idx % 20
    dg = lambda n: "".join(r.choice("0123456789") for _ in range(n))
    if k == 0:
        ref = luhn_complete("4" + dg(14))
        cb.t("agent", "your reference number for today's call is " + sy.groups(ref, [4, 4, 4, 4], sep=", "))
        cb.t("customer", "okay let me write that down")
        note = "16-digit reference read in card-like groups"
    elif k == 1:
        cb.t("customer", "the order number is %s and it still hasn't arrived" % dg(r.choice([10, 12, 16])))
        note = "long order number"
    elif k == 2:
        cb.t("agent", "so the balance is %s pounds and %s pence and your next payment of $%d.%02d is due on the %s of %s" % (
            num_under100(r.randint(20, 99)), num_under100(r.randint(1, 99)), r.randint(10, 999), r.randint(0, 99),
            ordinal(r.randint(1, 28)), MONTHS[r.randint(0, 11)]))
        note = "balance, payment amount and payment date"
    elif k == 3:
        cb.t("customer", "is that the card ending %s? yeah that's the one, the one ending %s" % (
            dg(4), sy.seq(dg(4), pairs=0.5)))
        note = "card last-four mentions only"
    elif k == 4:
        cb.t("agent", "your meter reading was %s on the day meter and %s on the night" % (
            sy.seq(dg(5), pairs=0.5), dg(5)))
        note = "meter readings"
    elif k == 5:
        cb.t("customer", "we're on flight %s%s, seat %d%s, gate %s and we land at %s" % (
            r.choice(["BA", "EI", "FR", "UA"]), r.randint(100, 9999), r.randint(1, 40), r.choice("ABCDEF"),
            "b" + num_under100(r.randint(1, 40)), r.choice(["half six", "18:45", "ten past nine"])))
        note = "flight, seat, gate and time"
    elif k == 6:
        cb.t("agent", "your claim number is CLM-%s, policy %s%s" % (dg(9), r.choice(["HX", "PL", "MTR"]), dg(8)))
        note = "claim and policy numbers with labels"
    elif k == 7:
        cb.t("customer", "tracking says %s%s, invoice %s" % (r.choice(["1Z", "JD", "RM"]), dg(16), dg(7)))
        note = "tracking and invoice numbers"
    elif k == 8:
        cb.t("agent", "we're open eight till eight monday to friday, nine to five on saturdays, and the wait is about %s minutes" % num_under100(r.randint(5, 45)))
        note = "opening hours and durations"
    elif k == 9:
        cb.t("customer", "i'm %s years old, been with you since %d, and i've got %s kids on the plan" % (
            num_under100(r.randint(19, 88)), r.randint(1995, 2023), UNITS[r.randint(2, 5)]))
        note = "age, year, count"
    elif k == 10:
        cb.t("customer", "the serial on the boiler is %s and the model is %s-%s" % (
            sy.groups(dg(12), [4, 4, 4], sep=" "), r.choice(["GX", "ECO", "VX"]), dg(4)))
        note = "serial number spoken like a card reading, model number"
    elif k == 11:
        cb.t("agent", "the rate goes up %d.%d percent from the %s of %s, so about %d pounds %d a month" % (
            r.randint(1, 9), r.randint(0, 9), ordinal(r.randint(1, 28)), MONTHS[r.randint(0, 11)],
            r.randint(10, 99), r.randint(1, 99)))
        note = "percentage, effective date, amount"
    elif k == 12:
        cb.t("customer", "the heating's stuck at %s degrees and the thermostat says %d" % (
            num_under100(r.randint(12, 30)), r.randint(12, 30)))
        note = "temperatures"
    elif k == 13:
        cb.t("agent", "i've booked the engineer for %s the %s between %s and %s, job reference %s" % (
            r.choice(["monday", "thursday", "friday"]), ordinal(r.randint(1, 28)), "eight", "twelve",
            sy.seq(dg(9), pairs=0.4)))
        note = "appointment date/time and job reference"
    elif k == 14:
        cb.t("customer", "I live just off the %s near junction %d, the %s" % (
            r.choice(["M25", "A40", "N11", "M50", "I-95"]), r.randint(1, 30), r.choice(["B4632", "A6", "R132"])))
        note = "road names"
    elif k == 15:
        cb.t("agent", "your ticket number is %s and your contract ends %s %d" % (
            "INC" + dg(10), MONTHS[r.randint(0, 11)], r.randint(2025, 2029)))
        note = "ticket number and contract end date"
    elif k == 16:
        cb.t("customer", "room %d, and the booking ref is %s" % (r.randint(100, 999), "".join(r.choice("ABCDEFGHJKLMNPRSTXYZ") for _ in range(6))))
        note = "room number and alphanumeric booking reference"
    elif k == 17:
        cb.t("agent", "the account reference on your bill is " + sy.seq(dg(11), pairs=0.3, filler=0.1) + ", that's your customer reference not a bank account")
        note = "customer reference read digit by digit"
    elif k == 18:
        cb.t("customer", "it cost me £%d.%02d in %d and now it's %s ninety nine" % (
            r.randint(100, 2000), r.randint(0, 99), r.randint(2015, 2024), UNITS[r.randint(1, 9)] + " hundred and " + num_under100(r.randint(10, 99))))
        note = "prices and years"
    else:
        cb.t("customer", "it says error code %s-%s and the router model is %s" % (
            dg(4), dg(4), "HH" + str(r.randint(3, 6)) + r.choice("ABC")))
        cb.t("agent", "ok and how many devices, roughly " + num_under100(r.randint(2, 20)) + "?")
        note = "error code and model number"
    cb.t("agent" if cb.turns[-1]["speaker"] == "customer" else "customer",
         r.choice(["okay", "right, thanks", "lovely", "is there anything else", "cheers"]))
    return cb, note


# ---------------------------------------------------------------- build
PLAN = [(pos_card, 54), (pos_ssn, 26), (pos_ni, 26), (pos_cvv_expiry, 12), (pos_bank, 18),
        (pos_iban, 14), (pos_phone, 16), (pos_email, 14), (pos_dob, 14), (pos_address, 16),
        (pos_combo, 12)]
N_NEG = 110


def build():
    r = random.Random(506241125)
    sy = Say(r)
    pos, neg = [], []
    for fn, n in PLAN:
        for i in range(n):
            pos.append(fn(r, sy, i))
    for i in range(N_NEG):
        neg.append(neg_case(r, sy, i))
    r.shuffle(pos)
    r.shuffle(neg)
    records, meta = [], []
    for k, (cb, note) in enumerate(pos):
        records.append({"id": "h506-pos-%03d" % (k + 1), "kind": "positive", "turns": cb.turns,
                        "spans": cb.spans(), "note": note})
        meta.append(cb)
    for k, (cb, note) in enumerate(neg):
        records.append({"id": "h506-neg-%03d" % (k + 1), "kind": "negative", "turns": cb.turns,
                        "spans": [], "note": note})
        meta.append(cb)
    text = "".join(json.dumps(rec, ensure_ascii=False) + "\n" for rec in records)
    return text, records, meta


def counts(records):
    c = {t: 0 for t in TYPES}
    for rec in records:
        for s in rec["spans"]:
            c[s["type"]] += 1
    return c


def readme(records):
    c = counts(records)
    npos = sum(1 for x in records if x["kind"] == "positive")
    nneg = len(records) - npos
    rows = "\n".join("| %s | %d |" % (t, c[t]) for t in TYPES)
    return README_TMPL.format(npos=npos, nneg=nneg, nspans=sum(c.values()), rows=rows)


README_TMPL = """# pii_holdout506 — held-out PII redaction evaluation set

> **Never use this set for tuning.** Do not fit thresholds, patterns, word lists or prompts
> to these cases, and do not copy them into training or development fixtures. It exists only
> to measure the redaction engine on data it was not built against.

## Who wrote it and how

Written by an AI helper acting as an independent test author. The author did not see the
redaction code, its tests, docs or other PII fixtures. Every case is produced by
`scripts/make_pii_holdout506.py` (Python standard library only, one generator
`random.Random(506241125)`). Each turn is assembled from plain-text segments and labelled
value segments, so span offsets are computed, never typed by hand.

`python scripts/make_pii_holdout506.py --check` regenerates the set, checks the files are
byte-identical, ids unique, spans in range, on word boundaries and non-overlapping, and
validates every labelled value after normalising spoken forms (Luhn for cards, mod-97 for
IBANs, NI format and prefix rules, 9 digits for SSN, 6 for sort codes, date parsing for DOB
and expiry, UK postcode / US ZIP formats, e-mail syntax).

Emphasis: contact-centre speech-recogniser output — digits as homophones ("to", "for",
"won", "ate"), words run together ("fourseven") or numbers partly as digits and partly as
words, "oh"/"o"/"nought"/"zero", "double"/"triple", pairs and hundreds, misheard letter
names in NI numbers and postcodes ("queue" for Q, "are" for R, "okay" for K, "double you"
for W), NATO spelling, values split over turns with agent back-channels, read-backs,
restarts, fillers and asides — alongside typed chat/e-mail with odd separators and labels.
Industries: banking, telecom, utilities, retail, insurance, travel, healthcare billing,
government services; UK, US, Ireland and EU values.

## Format

`cases.jsonl`, one JSON object per line: `id`, `kind` (`positive`/`negative`), `turns`
(list of `{{speaker, text}}`, speaker `customer` or `agent`), `spans` (list of
`{{turn, start, end, type}}`, Python character offsets into that turn's text, end exclusive),
`note`.

## Annotation conventions

- A span covers exactly the value, first letter/digit to last; lead-in words ("it's",
  "my number is") are outside.
- A value split across turns gets one span per turn, each with the value's type. A reading
  interrupted by an aside in the same turn gets one span before and one after the aside.
- Agent read-backs are labelled. Abandoned fragments of a restarted reading are labelled
  with the value's type.
- Filler words inside a reading ("um", "uh") are inside the span.
- Phone spans include the country code ("plus four four ...").
- ADDRESS covers house/flat number and street, not the town; the postcode/ZIP is a separate
  POSTCODE span. DOB and EXPIRY cover the whole date expression.
- A card's last four said on their own are not PII, unless the full card number was read in
  the same case (then the last-four mention is labelled CARD_NUMBER).
- Negative cases contain no PII: amounts, balances, prices, times, opening hours, durations,
  counts, ages, temperatures, percentages, years, appointment/payment/contract dates,
  labelled order/ticket/invoice/claim/reference/tracking/serial/model/policy numbers, meter
  readings, flight/room/gate/seat numbers, road names, card last-four mentions.

## Counts

{npos} positive cases, {nneg} negative cases, {nspans} spans.

| Type | Spans |
|---|---|
{rows}
"""


def check(text, records, meta):
    errs = []
    with open(CASES, encoding="utf-8") as f:
        if f.read() != text:
            errs.append("cases.jsonl is not byte-identical to regeneration")
    with open(README, encoding="utf-8") as f:
        if f.read() != readme(records):
            errs.append("README.md is not byte-identical to regeneration")
    ids = [x["id"] for x in records]
    if len(ids) != len(set(ids)):
        errs.append("duplicate ids")
    for rec, cb in zip(records, meta):
        for t in rec["turns"]:
            if t["speaker"] not in ("customer", "agent"):
                errs.append("%s bad speaker" % rec["id"])
        if rec["kind"] == "negative" and rec["spans"]:
            errs.append("%s negative has spans" % rec["id"])
        if rec["kind"] == "positive" and not rec["spans"]:
            errs.append("%s positive without spans" % rec["id"])
        byturn = {}
        for s in rec["spans"]:
            if s["type"] not in TYPES:
                errs.append("%s bad type" % rec["id"])
            if not (0 <= s["turn"] < len(rec["turns"])):
                errs.append("%s turn out of range" % rec["id"])
                continue
            tx = rec["turns"][s["turn"]]["text"]
            st, en = s["start"], s["end"]
            if not (0 <= st < en <= len(tx)):
                errs.append("%s offsets out of range" % rec["id"])
                continue
            if not ((tx[st].isalnum() or tx[st] == "+") and tx[en - 1].isalnum()):
                errs.append("%s span edge not alnum: %r" % (rec["id"], tx[st:en]))
            if (st > 0 and tx[st - 1].isalnum()) or (en < len(tx) and tx[en].isalnum()):
                errs.append("%s span not on word boundary: %r" % (rec["id"], tx[st:en]))
            byturn.setdefault(s["turn"], []).append((st, en))
        for lst in byturn.values():
            lst.sort()
            for a, b in zip(lst, lst[1:]):
                if b[0] < a[1]:
                    errs.append("%s overlapping spans" % rec["id"])
        for g in cb.groups:
            typ = g["type"]
            parts = []
            for (ti, st, en) in g["spans"]:
                v = norm_for(typ, rec["turns"][ti]["text"][st:en])
                if v is None:
                    errs.append("%s %s unparseable: %r" % (rec["id"], typ, rec["turns"][ti]["text"][st:en]))
                    v = ""
                parts.append(v)
            got = "".join(parts)
            canon = g["canon"]
            if not validate_value(typ, canon) and typ != "ADDRESS":
                errs.append("%s %s canonical invalid %r" % (rec["id"], typ, canon))
            if typ in ("EXPIRY", "DOB"):
                if got not in date_forms(typ, canon):
                    errs.append("%s %s date mismatch %r vs %r" % (rec["id"], typ, got, canon))
            elif typ == "ADDRESS":
                pass
            elif g["mode"] == "full":
                if got != canon:
                    errs.append("%s %s normalised %r != %r" % (rec["id"], typ, got, canon))
            else:
                if not got or got not in canon:
                    errs.append("%s %s fragment %r not in %r" % (rec["id"], typ, got, canon))
    c = counts(records)
    npos = sum(1 for x in records if x["kind"] == "positive")
    if npos < 200 or len(records) - npos < 100:
        errs.append("too few cases")
    if c["CARD_NUMBER"] < 70 or c["SSN"] < 30 or c["NI_NUMBER"] < 30 or min(c.values()) < 10:
        errs.append("too few spans: %r" % c)
    return errs


def main():
    text, records, meta = build()
    if "--check" in sys.argv:
        errs = check(text, records, meta)
        for e in errs[:60]:
            print("ERROR", e)
        c = counts(records)
        print("cases:", len(records), "spans:", c)
        if errs:
            print("FAILED: %d errors" % len(errs))
            sys.exit(1)
        print("OK")
        return
    os.makedirs(OUTDIR, exist_ok=True)
    with open(CASES, "w", encoding="utf-8") as f:
        f.write(text)
    with open(README, "w", encoding="utf-8") as f:
        f.write(readme(records))
    print("wrote", CASES, len(records), "cases;", counts(records))


if __name__ == "__main__":
    main()

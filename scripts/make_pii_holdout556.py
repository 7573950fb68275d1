#!/usr/bin/env python3
"""Generate the pii_holdout556 held-out PII redaction evaluation set.

Usage:
    python scripts/make_pii_holdout556.py          # write fixtures
    python scripts/make_pii_holdout556.py --check  # regenerate + verify

Standard library only; one RNG: random.Random(556241125).
Every turn is assembled from plain-text segments and labelled value segments,
so character offsets are computed, never typed by hand.
"""
import json
import os
import re
import random
import sys
from collections import Counter, OrderedDict

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout556")
CASES = os.path.join(OUT_DIR, "cases.jsonl")
README = os.path.join(OUT_DIR, "README.md")

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

# ----------------------------------------------------------------------------
# number words
UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = {"twenty": 2, "thirty": 3, "forty": 4, "fifty": 5, "sixty": 6, "seventy": 7,
        "eighty": 8, "ninety": 9}
TENS_W = {v: k for k, v in TENS.items()}
ZERO_WORDS = ["oh", "zero", "nought", "o"]
ORD_UNITS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
             "seventh": 7, "eighth": 8, "ninth": 9}
ORD_OTHER = {"tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
             "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17,
             "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "thirtieth": 30}
ORD_W = {v: k for k, v in list(ORD_UNITS.items()) + list(ORD_OTHER.items())}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
MONTH_ABBR = [m[:3] for m in MONTHS]
NATO = {"alpha": "A", "alfa": "A", "bravo": "B", "charlie": "C", "delta": "D", "echo": "E",
        "foxtrot": "F", "golf": "G", "hotel": "H", "india": "I", "juliet": "J",
        "juliett": "J", "kilo": "K", "lima": "L", "mike": "M", "november": "N",
        "oscar": "O", "papa": "P", "quebec": "Q", "romeo": "R", "sierra": "S",
        "tango": "T", "uniform": "U", "victor": "V", "whiskey": "W", "whisky": "W",
        "xray": "X", "yankee": "Y", "zulu": "Z"}
NATO_W = {}
for _w, _l in NATO.items():
    NATO_W.setdefault(_l, _w)
FILLERS = {"um", "uh", "er", "erm", "umm", "uhh", "hmm", "ah"}
UNIT_MAP = {w: i for i, w in enumerate(UNITS)}
for _z in ZERO_WORDS:
    UNIT_MAP[_z] = 0


def ordinal_word(n):
    if n in ORD_W:
        return ORD_W[n]
    t, u = divmod(n, 10)
    return TENS_W[t] + " " + ORD_W[u]


def number_word(n):
    """0..99 as words (used for ages, amounts, dates in plain speech)."""
    if n < 10:
        return UNITS[n]
    if n < 20:
        return TEENS[n - 10]
    t, u = divmod(n, 10)
    return TENS_W[t] + ("" if u == 0 else " " + UNITS[u])


# ----------------------------------------------------------------------------
# spoken-form normaliser (used by --check)
def tokenize(text):
    return re.findall(r"[a-z]+|\d+|[^\sa-z\d]", text.lower())


def spoken_items(text, mode):
    toks = tokenize(text)
    out = []
    i = 0
    n = len(toks)

    def unit_at(j):
        return j < n and toks[j] in UNIT_MAP

    while i < n:
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < n else None
        if t in FILLERS:
            i += 1
            continue
        if t.isdigit():
            out.append(t)
            i += 1
            continue
        if t == "plus":
            out.append("+")
            i += 1
            continue
        if t in ("double", "triple") and nxt is not None:
            k = 2 if t == "double" else 3
            if nxt in UNIT_MAP:
                out.append(str(UNIT_MAP[nxt]) * k)
            elif nxt in NATO:
                out.append(NATO[nxt] * k)
            elif len(nxt) == 1:
                out.append(nxt.upper() * k)
            else:
                raise ValueError("bad double in %r" % text)
            i += 2
            continue
        if t in UNIT_MAP and not (mode == "email" and t == "o"):
            d = UNIT_MAP[t]
            if nxt == "hundred":
                val = d * 100
                j = i + 2
                if j < n and toks[j] == "and":
                    j += 1
                if j < n and toks[j] in TENS:
                    val += TENS[toks[j]] * 10
                    j += 1
                    if unit_at(j) and UNIT_MAP[toks[j]] > 0:
                        val += UNIT_MAP[toks[j]]
                        j += 1
                elif j < n and toks[j] in TEENS:
                    val += 10 + TEENS.index(toks[j])
                    j += 1
                elif j < n and toks[j - 1] == "and" and unit_at(j):
                    val += UNIT_MAP[toks[j]]
                    j += 1
                out.append(str(val))
                i = j
                continue
            if nxt == "thousand":
                val = d * 1000
                j = i + 2
                if j < n and toks[j] == "and":
                    j += 1
                if j < n and toks[j] in TENS:
                    val += TENS[toks[j]] * 10
                    j += 1
                    if unit_at(j) and UNIT_MAP[toks[j]] > 0:
                        val += UNIT_MAP[toks[j]]
                        j += 1
                elif j < n and toks[j] in TEENS:
                    val += 10 + TEENS.index(toks[j])
                    j += 1
                elif unit_at(j):
                    val += UNIT_MAP[toks[j]]
                    j += 1
                out.append(str(val))
                i = j
                continue
            out.append(str(d))
            i += 1
            continue
        if t in TEENS:
            out.append(str(10 + TEENS.index(t)))
            i += 1
            continue
        if t in TENS:
            if nxt in UNIT_MAP and UNIT_MAP[nxt] > 0 and nxt not in ZERO_WORDS:
                out.append(str(TENS[t] * 10 + UNIT_MAP[nxt]))
                i += 2
            elif nxt in ORD_UNITS:
                out.append(str(TENS[t] * 10 + ORD_UNITS[nxt]))
                i += 2
            else:
                out.append(str(TENS[t] * 10))
                i += 1
            continue
        if t in ORD_UNITS:
            out.append(str(ORD_UNITS[t]))
            i += 1
            continue
        if t in ORD_OTHER:
            out.append(str(ORD_OTHER[t]))
            i += 1
            continue
        if mode == "date":
            if t in MONTHS:
                out.append("M%d" % (MONTHS.index(t) + 1))
            elif t in MONTH_ABBR:
                out.append("M%d" % (MONTH_ABBR.index(t) + 1))
            i += 1
            continue
        if len(t) == 1 and t.isalpha():
            # "j for juliet", "b as in bravo"
            if nxt == "for" and i + 2 < n and toks[i + 2][0] == t:
                i += 3
            elif nxt == "as" and i + 3 < n and toks[i + 2] == "in" and toks[i + 3][0] == t:
                i += 4
            else:
                i += 1
            out.append(t if mode == "email" else t.upper())
            continue
        if t in NATO and mode != "email":
            out.append(NATO[t])
            i += 1
            continue
        if mode == "email":
            m = {"dot": ".", "at": "@", "underscore": "_", "dash": "-", "hyphen": "-"}
            if t in m:
                out.append(m[t])
            elif t in NATO:
                out.append(NATO[t].lower())
            elif t in (".", "@", "_", "-"):
                out.append(t)
            elif t.isalpha():
                out.append(t)
            else:
                raise ValueError("bad email token %r in %r" % (t, text))
            i += 1
            continue
        if not t.isalnum():
            i += 1
            continue
        if mode == "alnum":
            if t in ("and", "then", "space"):
                i += 1
                continue
            out.append(t.upper())
            i += 1
            continue
        if mode == "address":
            out.append(t)
            i += 1
            continue
        raise ValueError("unexpected word %r in %r (mode %s)" % (t, text, mode))
    return out


def norm_value(text, typ):
    if typ in ("NI_NUMBER", "POSTCODE", "IBAN"):
        return "".join(spoken_items(text, "alnum"))
    if typ == "EMAIL":
        return "".join(spoken_items(text, "email"))
    if typ in ("DOB", "EXPIRY"):
        return spoken_items(text, "date")
    if typ == "ADDRESS":
        return spoken_items(text, "address")
    items = spoken_items(text, "digits")
    return "".join(x for x in items if x != "+")


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


def iban_ok(s):
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in r)
    return int(num) % 97 == 1


NI_RE = re.compile(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]")
UKPC_RE = re.compile(r"[A-Z]{1,2}\d[A-Z\d]?\d[ABD-HJLNP-UW-Z]{2}")
STREET_SUFFIX = {"street", "road", "avenue", "lane", "close", "drive", "way", "court",
                 "crescent", "place", "terrace", "gardens", "grove", "boulevard", "st",
                 "rd", "ave", "ln", "dr", "blvd", "hill", "row", "park", "square", "walk"}


def validate_canonical(typ, c):
    if typ == "CARD_NUMBER":
        return c.isdigit() and 13 <= len(c) <= 19 and luhn_ok(c)
    if typ == "CVV":
        return c.isdigit() and len(c) in (3, 4)
    if typ == "SSN":
        return (c.isdigit() and len(c) == 9 and c[:3] not in ("000", "666")
                and c[0] != "9" and c[3:5] != "00" and c[5:] != "0000")
    if typ == "NI_NUMBER":
        return bool(NI_RE.fullmatch(c)) and c[:2] not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ")
    if typ == "BANK_ACCOUNT":
        return c.isdigit() and 6 <= len(c) <= 12
    if typ == "SORT_CODE":
        return c.isdigit() and len(c) == 6
    if typ == "IBAN":
        return iban_ok(c)
    if typ == "PHONE":
        return c.isdigit() and 9 <= len(c) <= 14
    if typ == "EMAIL":
        return bool(re.fullmatch(r"[a-z0-9._\-]+@[a-z0-9\-]+(\.[a-z0-9\-]+)+", c))
    if typ == "POSTCODE":
        return bool(UKPC_RE.fullmatch(c) or re.fullmatch(r"\d{5}(\d{4})?", c))
    return True


# ----------------------------------------------------------------------------
# case builder
class Case:
    def __init__(self, kind, note=""):
        self.kind = kind
        self.note = note
        self.turns = []      # list of (speaker, [segments])
        self.groups = OrderedDict()  # gid -> (type, canonical, mode)

    def group(self, gid, typ, canonical, mode="full"):
        self.groups[gid] = (typ, canonical, mode)
        return gid

    def say(self, speaker, *parts):
        self.turns.append((speaker, list(parts)))

    def c(self, *parts):
        self.say("customer", *parts)

    def a(self, *parts):
        self.say("agent", *parts)

    def render(self):
        turns, spans, meta = [], [], []
        for ti, (spk, parts) in enumerate(self.turns):
            buf = ""
            for p in parts:
                if isinstance(p, tuple):
                    text, gid = p
                    typ = self.groups[gid][0]
                    spans.append({"turn": ti, "start": len(buf), "end": len(buf) + len(text), "type": typ})
                    meta.append(gid)
                    buf += text
                else:
                    buf += p
            turns.append({"speaker": spk, "text": buf})
        return turns, spans, meta


def V(text, gid):
    return (text, gid)


# ----------------------------------------------------------------------------
R = random.Random(556241125)


def pick(seq):
    return R.choice(seq)


def chance(p):
    return R.random() < p


def luhn_complete(prefix, length):
    body = prefix + "".join(str(R.randrange(10)) for _ in range(length - len(prefix) - 1))
    for d in "0123456789":
        if luhn_ok(body + d):
            return body + d


def gen_card():
    kind = pick(["visa", "visa", "visa", "mc", "mc", "amex", "disc", "visa13", "maestro19", "mc2"])
    if kind == "visa":
        return luhn_complete("4" + str(R.randrange(10)), 16), (4, 4, 4, 4)
    if kind == "mc":
        return luhn_complete(str(R.randrange(51, 56)), 16), (4, 4, 4, 4)
    if kind == "mc2":
        return luhn_complete(str(R.randrange(2221, 2721)), 16), (4, 4, 4, 4)
    if kind == "amex":
        return luhn_complete(pick(["34", "37"]), 15), (4, 6, 5)
    if kind == "disc":
        return luhn_complete("6011", 16), (4, 4, 4, 4)
    if kind == "visa13":
        return luhn_complete("4", 13), (4, 3, 3, 3)
    return luhn_complete(pick(["6759", "6763"]), 19), (4, 4, 4, 4, 3)


def split_groups(s, groups):
    out, i = [], 0
    for g in groups:
        out.append(s[i:i + g])
        i += g
    return out


def say_pair(two, z):
    if two == "00":
        return pick(["double " + z, z + " " + z])
    if two[0] == "0":
        return z + " " + UNITS[int(two[1])]
    if two[0] == "1":
        return TEENS[int(two[1])]
    if two[1] == "0":
        return UNITS[int(two[0])] + " " + z
    return TENS_W[int(two[0])] + " " + UNITS[int(two[1])]


def say_single(chunk, z, doubles=True):
    words, i = [], 0
    while i < len(chunk):
        d = chunk[i]
        r = 1
        while i + r < len(chunk) and chunk[i + r] == d:
            r += 1
        w = z if d == "0" else UNITS[int(d)]
        if r >= 2 and doubles and chance(0.7):
            if r == 3 and chance(0.6):
                words.append("triple " + w)
                i += 3
            else:
                words.append("double " + w)
                i += 2
            continue
        words.append(w)
        i += 1
    return " ".join(words)


def say_hundreds_ok(ch):
    return len(ch) == 3 and ch[0] != "0" and ch[1:] != "00" and not (ch[1] not in "01" and ch[2] == "0")


def say_hundreds(ch):
    rest = ch[1:]
    if rest[0] == "0":
        tail = UNITS[int(rest[1])]
    elif rest[0] == "1":
        tail = TEENS[int(rest[1])]
    else:
        tail = TENS_W[int(rest[0])] + " " + UNITS[int(rest[1])]
    return UNITS[int(ch[0])] + " hundred " + pick(["and ", "and ", ""]) + tail \
        if rest[0] != "0" else UNITS[int(ch[0])] + " hundred and " + tail


def say_chunk(ch, z, style=None):
    style = style or pick(["single", "single", "single", "pairs", "hund"])
    if style == "pairs" and len(ch) % 2 == 0:
        return " ".join(say_pair(ch[i:i + 2], z) for i in range(0, len(ch), 2))
    if style == "hund" and say_hundreds_ok(ch):
        return say_hundreds(ch)
    return say_single(ch, z)


def say_digits(s, groups=None, z=None, filler=0.0, sep=None):
    z = z or pick(ZERO_WORDS)
    if groups is None:
        groups = []
        rem = len(s)
        while rem > 0:
            g = min(rem, pick([2, 3, 3, 4, 4]))
            groups.append(g)
            rem -= g
    chunks = split_groups(s, groups)
    out = []
    for k, ch in enumerate(chunks):
        if k:
            out.append(sep if sep is not None else pick([" ", ", ", " ", "... "]))
            if chance(filler):
                out.append(pick(["um ", "uh ", "er ", "erm "]))
        out.append(say_chunk(ch, z))
    return "".join(out)


def fmt_groups(s, groups, sep):
    return sep.join(split_groups(s, groups))


def typed_card(card, groups):
    style = R.randrange(6)
    if style == 0:
        return card
    if style == 1:
        return fmt_groups(card, groups, " ")
    if style == 2:
        return fmt_groups(card, groups, "-")
    if style == 3:
        return fmt_groups(card, groups, pick([".", "  ", " - "]))
    if style == 4:  # odd grouping
        g = []
        rem = len(card)
        while rem:
            x = min(rem, pick([3, 5, 6]))
            g.append(x)
            rem -= x
        return fmt_groups(card, g, " ")
    return fmt_groups(card, groups, " ")


# ---- other value generators
def gen_ssn():
    while True:
        a = R.randrange(1, 900)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, R.randrange(1, 100), R.randrange(1, 10000))


def typed_ssn(s):
    return pick([s[:3] + "-" + s[3:5] + "-" + s[5:], s[:3] + " " + s[3:5] + " " + s[5:], s,
                 s[:3] + "-" + s[3:5] + "-" + s[5:], s[:3] + "." + s[3:5] + "." + s[5:]])


NI_A = "ABCEGHJKLMNPRSTWXYZ"
NI_B = "ABCEGHJKLMNPRSTWXYZ"


def gen_ni():
    while True:
        p = pick(NI_A) + pick(NI_B)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ") and "O" not in p:
            break
    return p + "%06d" % R.randrange(10 ** 6) + pick("ABCD")


def typed_ni(n):
    s = pick([n, n[:2] + " " + n[2:4] + " " + n[4:6] + " " + n[6:8] + " " + n[8],
              n[:2] + n[2:8] + " " + n[8], n[:2] + " " + n[2:8] + " " + n[8]])
    return s.lower() if chance(0.3) else s


def say_letter(l):
    r = R.random()
    if r < 0.35:
        return l.lower()
    if r < 0.65:
        return l.lower() + " for " + NATO_W[l]
    if r < 0.8:
        return l.lower() + " as in " + NATO_W[l]
    return NATO_W[l]


def say_ni(n, filler=0.2):
    z = pick(ZERO_WORDS)
    parts = [say_letter(n[0]), say_letter(n[1])]
    parts.append(say_digits(n[2:8], groups=pick([(2, 2, 2), (3, 3), (6,)]), z=z, filler=filler))
    parts.append(say_letter(n[8]))
    return pick([" ", ", "]).join(parts)


def gen_sort():
    return "%02d%02d%02d" % (R.randrange(1, 100), R.randrange(100), R.randrange(100))


def typed_sort(s):
    return pick([s[:2] + "-" + s[2:4] + "-" + s[4:], s, s[:2] + " " + s[2:4] + " " + s[4:]])


def say_sort(s, filler=0.1):
    z = pick(ZERO_WORDS)
    if chance(0.6):
        return say_digits(s, groups=(2, 2, 2), z=z, filler=filler)
    return " ".join(say_chunk(s[i:i + 2], z, "pairs") for i in range(0, 6, 2))


def gen_account(country="UK"):
    if country == "UK":
        return "%08d" % R.randrange(10 ** 7, 10 ** 8)
    return str(R.randrange(10 ** 9, 10 ** 12))


IBAN_SPECS = [("GB", lambda: pick(["NWBK", "BARC", "MIDL", "HBUK"]) + gen_sort() + gen_account()),
              ("IE", lambda: pick(["AIBK", "BNKI", "ULSB"]) + gen_sort() + gen_account()),
              ("DE", lambda: "%018d" % R.randrange(10 ** 17, 10 ** 18)),
              ("NL", lambda: pick(["ABNA", "RABK", "INGB"]) + "%010d" % R.randrange(10 ** 9, 10 ** 10)),
              ("ES", lambda: "%020d" % R.randrange(10 ** 19, 10 ** 20)),
              ("FR", lambda: "%023d" % R.randrange(10 ** 22, 10 ** 23))]


def gen_iban():
    cc, f = pick(IBAN_SPECS)
    bban = f()
    num = "".join(str(int(c, 36)) for c in bban + cc + "00")
    ck = 98 - int(num) % 97
    return cc + "%02d" % ck + bban


def typed_iban(s):
    g = " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    out = pick([g, s, g, g])
    return out.lower() if chance(0.15) else out


def say_iban_parts(s):
    """Spoken IBAN as list of chunk strings (4 chars each)."""
    z = pick(["oh", "zero", "zero", "nought"])
    chunks = [s[i:i + 4] for i in range(0, len(s), 4)]
    out = []
    for ch in chunks:
        words, digs = [], ""
        for c in ch:
            if c.isdigit():
                digs += c
            else:
                if digs:
                    words.append(say_single(digs, z))
                    digs = ""
                words.append(say_letter(c) if chance(0.5) else c.lower())
        if digs:
            words.append(say_chunk(digs, z) if len(digs) in (2, 4) else say_single(digs, z))
        out.append(" ".join(words))
    return out


# phones: (canonical digits incl. country code where used, typed, digits for speech, kind)
def gen_phone():
    k = R.randrange(8)
    if k == 0:  # UK mobile national
        d = "07" + str(R.randrange(100, 1000)) + "%06d" % R.randrange(10 ** 6)
        return d, pick([d[:5] + " " + d[5:], d, d[:5] + " " + d[5:8] + " " + d[8:]])
    if k == 1:  # UK intl mobile
        d = "447" + str(R.randrange(100, 1000)) + "%06d" % R.randrange(10 ** 6)
        return d, pick(["+44 " + d[2:6] + " " + d[6:], "+44 (0)" + d[2:6] + " " + d[6:], "+44" + d[2:], "0044 " + d[2:6] + " " + d[6:]])
    if k == 2:  # UK landline
        d = "020" + str(R.randrange(7, 9)) + "%07d" % R.randrange(10 ** 7)
        return d, pick([d[:3] + " " + d[3:7] + " " + d[7:], "(" + d[:3] + ") " + d[3:7] + " " + d[7:]])
    if k == 3:  # US national
        a = str(R.randrange(201, 990))
        d = a + str(R.randrange(200, 1000)) + "%04d" % R.randrange(10 ** 4)
        return d, pick(["(" + d[:3] + ") " + d[3:6] + "-" + d[6:], d[:3] + "-" + d[3:6] + "-" + d[6:], d[:3] + "." + d[3:6] + "." + d[6:]])
    if k == 4:  # US intl
        d = "1" + str(R.randrange(201, 990)) + str(R.randrange(200, 1000)) + "%04d" % R.randrange(10 ** 4)
        return d, pick(["+1 " + d[1:4] + " " + d[4:7] + " " + d[7:], "+1 (" + d[1:4] + ") " + d[4:7] + "-" + d[7:], "1-" + d[1:4] + "-" + d[4:7] + "-" + d[7:]])
    if k == 5:  # Ireland mobile
        if chance(0.5):
            d = "3538" + str(R.randrange(3, 10)) + "%07d" % R.randrange(10 ** 7)
            return d, "+353 " + d[3:5] + " " + d[5:8] + " " + d[8:]
        d = "08" + str(R.randrange(3, 10)) + "%07d" % R.randrange(10 ** 7)
        return d, d[:3] + " " + d[3:6] + " " + d[6:]
    if k == 6:  # France / Germany
        if chance(0.5):
            d = "336" + "%08d" % R.randrange(10 ** 8)
            return d, "+33 " + " ".join([d[2]] + [d[i:i + 2] for i in range(3, 11, 2)])
        d = "4915" + "%09d" % R.randrange(10 ** 9)
        return d, "+49 " + d[2:5] + " " + d[5:]
    d = "07" + str(R.randrange(100, 1000)) + "%06d" % R.randrange(10 ** 6)
    return d, d[:5] + "-" + d[5:]


def split_lead(typed):
    """leading '+' or '(' is outside the span (span starts at first digit)."""
    i = 0
    while not typed[i].isalnum():
        i += 1
    return typed[:i], typed[i:]


def say_phone(d):
    """spoken form; international numbers spoken with 'plus'."""
    intl = d.startswith(("44", "1", "353", "33", "49")) and not d.startswith("0")
    z = pick(["oh", "oh", "zero", "o"])
    if intl:
        cc = "1" if d.startswith("1") else d[:3] if d.startswith("353") else d[:2]
        rest = d[len(cc):]
        head = pick(["plus ", "plus ", ""]) + " ".join(UNITS[int(c)] for c in cc)
        if cc in ("44", "1", "353") and chance(0.3):
            head = pick(["plus ", ""]) + ("double four" if cc == "44" else " ".join(UNITS[int(c)] for c in cc))
        return head + " " + say_digits(rest, z=z, filler=0.1)
    return say_digits(d, groups=[5, 3, 3] if len(d) == 11 else None, z=z, filler=0.1)


FIRST = ["james", "sarah", "mohammed", "aoife", "chloe", "liam", "priya", "daniel", "niamh",
         "tom", "emma", "oliver", "grace", "marek", "sofia", "kwame", "hannah", "raj", "lucy", "sean"]
LAST = ["smith", "patel", "murphy", "kowalski", "jones", "obrien", "nguyen", "garcia",
        "williams", "brennan", "hughes", "khan", "taylor", "fischer", "rossi", "walsh", "evans"]
DOMAINS = ["gmail.com", "hotmail.co.uk", "yahoo.com", "outlook.com", "btinternet.com",
           "eircom.net", "icloud.com", "aol.com", "web.de", "live.ie", "protonmail.com"]


def gen_email():
    f, l = pick(FIRST), pick(LAST)
    style = R.randrange(6)
    if style == 0:
        u = f + "." + l
    elif style == 1:
        u = f[0] + "." + l
    elif style == 2:
        u = f + l + str(R.randrange(1, 99))
    elif style == 3:
        u = f + "_" + l
    elif style == 4:
        u = l + "." + f + str(R.randrange(60, 99))
    else:
        u = f[0] + l
    return u + "@" + pick(DOMAINS)


def typed_email(e):
    return e.upper() if chance(0.05) else (e.capitalize() if chance(0.15) else e)


def say_email(e):
    user, dom = e.split("@")
    out = []
    for piece in re.findall(r"[a-z]+|\d+|[._\-]", user):
        if piece == ".":
            out.append("dot")
        elif piece == "_":
            out.append("underscore")
        elif piece == "-":
            out.append("dash")
        elif piece.isdigit():
            out.append(say_chunk(piece, "oh", "pairs") if len(piece) == 2 else say_single(piece, "oh"))
        elif len(piece) == 1:
            out.append(piece + (" for " + NATO_W[piece.upper()].lower() if chance(0.4) and piece != "o" else ""))
        elif chance(0.2) and len(piece) <= 6 and "o" not in piece:
            out.append(" ".join(piece))  # spelled out letter by letter
        else:
            out.append(piece)
    out.append("at")
    for k, piece in enumerate(dom.split(".")):
        if k:
            out.append("dot")
        out.append(piece)
    return " ".join(out)


def gen_date(y0, y1):
    y = R.randrange(y0, y1)
    m = R.randrange(1, 13)
    d = R.randrange(1, 29)
    return y, m, d


def say_year(y):
    if 2000 <= y < 2010:
        return "two thousand " + pick(["and ", ""]) + UNITS[y - 2000]
    hi, lo = divmod(y, 100)
    if lo < 10:
        lo_w = pick(["oh", "o"]) + " " + UNITS[lo]
    else:
        lo_w = number_word(lo)
    return number_word(hi) + " " + lo_w


def typed_dob(y, m, d, us=False):
    st = R.randrange(6)
    if st == 0:
        return ("%02d/%02d/%04d" % (m, d, y)) if us else ("%02d/%02d/%04d" % (d, m, y))
    if st == 1:
        return "%d %s %d" % (d, MONTHS[m - 1].capitalize(), y)
    if st == 2:
        return "%s %d, %d" % (MONTHS[m - 1].capitalize(), d, y)
    if st == 3:
        return ("%d-%d-%02d" % (m, d, y % 100)) if us else ("%02d.%02d.%04d" % (d, m, y))
    if st == 4:
        return "%04d-%02d-%02d" % (y, m, d)
    return "%d%s %s %d" % (d, {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}.get(d, "th"), MONTH_ABBR[m - 1].capitalize(), y)


def say_dob(y, m, d, us=False):
    st = R.randrange(4)
    if st == 0:
        return "the " + ordinal_word(d) + " of " + MONTHS[m - 1] + " " + say_year(y)
    if st == 1:
        return MONTHS[m - 1] + " " + ordinal_word(d) + " " + say_year(y)
    if st == 2:
        return ordinal_word(d) + " " + MONTHS[m - 1] + pick([", ", " "]) + say_year(y)
    a, b = (m, d) if us else (d, m)
    z = pick(["oh", "zero"])
    return say_pair("%02d" % a, z) + " " + say_pair("%02d" % b, z) + " " + say_year(y)


def typed_expiry(y, m):
    return pick(["%02d/%02d" % (m, y % 100), "%02d/%d" % (m, y), "%d/%02d" % (m, y % 100),
                 "%02d-%02d" % (m, y % 100), "%s %d" % (MONTH_ABBR[m - 1].capitalize(), y),
                 "%02d / %02d" % (m, y % 100)])


def say_expiry(y, m):
    z = pick(["oh", "zero", "o"])
    st = R.randrange(4)
    if st == 0:
        return say_pair("%02d" % m, z) + " " + say_pair("%02d" % (y % 100), z)
    if st == 1:
        return MONTHS[m - 1] + " " + say_year(y)
    if st == 2:
        return MONTHS[m - 1] + " " + say_pair("%02d" % (y % 100), z)
    return say_pair("%02d" % m, z) + " " + pick(["slash ", ""]) + say_year(y)


def gen_cvv(card):
    return "%04d" % R.randrange(10 ** 4) if card.startswith(("34", "37")) else "%03d" % R.randrange(1000)


STREETS = ["Acacia Avenue", "Mill Lane", "Station Road", "Church Street", "Orchard Close",
           "Victoria Terrace", "Kingsway Drive", "Maple Grove", "Harbour View Road",
           "Elm Street", "Oak Park Avenue", "Willow Crescent", "Castle Hill", "Main Street",
           "Pine Ridge Drive", "Sunset Boulevard", "Lakeview Court", "Cedar Lane", "Quay Street",
           "Bridge Road", "Beechwood Gardens", "Chapel Row", "Linden Place"]
UK_TOWNS = ["Leeds", "Bristol", "Manchester", "Cardiff", "Glasgow", "Norwich", "Reading", "Belfast"]
US_TOWNS = ["Austin, TX", "Columbus, OH", "Portland, OR", "Tampa, FL", "Denver, CO", "Albany, NY"]
UK_OUT = ["SW1A", "M1", "LS6", "BS8", "CF10", "G12", "NR2", "RG1", "BT9", "EH3", "B15", "L17", "N16", "E14", "SE22", "W5", "CB4", "YP23"]
UK_OUT = [x for x in UK_OUT if x != "YP23"]
IN_LET = "ABDEFGHJLNPQRSTUWXYZ"


def gen_ukpc():
    return pick(UK_OUT) + str(R.randrange(10)) + pick(IN_LET) + pick(IN_LET)


def typed_ukpc(p):
    s = p[:-3] + pick([" ", " ", ""]) + p[-3:]
    return s.lower() if chance(0.25) else s


def say_ukpc(p):
    out = []
    for ch in p:
        if ch.isdigit():
            out.append(UNITS[int(ch)])
        else:
            out.append(say_letter(ch) if chance(0.3) else ch.lower())
    return " ".join(out)


def gen_zip():
    z = "%05d" % R.randrange(1001, 99950)
    return z + ("%04d" % R.randrange(1, 10000) if chance(0.2) else "")


def typed_zip(z):
    return z if len(z) == 5 else z[:5] + "-" + z[5:]


def say_zip(z):
    return say_digits(z[:5], groups=pick([(5,), (2, 3), (3, 2)]), z=pick(["oh", "zero"]))


def gen_address(us=False):
    num = R.randrange(1, 240)
    st = pick(STREETS)
    flat = R.randrange(1, 30) if chance(0.3) else None
    return num, st, flat


def typed_address(num, st, flat):
    s = "%d %s" % (num, st)
    if flat:
        s = pick(["Flat %d, " % flat, "Apt %d, " % flat, "Flat %d " % flat]) + s
    return s.lower() if chance(0.2) else s


def say_address(num, st, flat):
    n = str(num)
    ns = say_hundreds(n) if say_hundreds_ok(n) and chance(0.5) else (number_word(num) if num < 100 else say_single(n, "oh"))
    s = ns + " " + st.lower()
    if flat:
        s = pick(["flat ", "apartment "]) + number_word(flat) + pick([", ", " "]) + s
    return s


# ----------------------------------------------------------------------------
BACK = ["mhm", "go on", "yep", "okay", "uh huh", "right", "yes", "got that", "and the next four?", "sure, go ahead"]
HOLDS = ["sorry, can you hold on one sec, the dog's barking", "hang on, my glasses",
         "sorry, someone's at the door, one moment", "hold on, I've got to find the letter",
         "wait, the kids are shouting, sorry"]
GREET = {
    "banking": ["thanks for calling Northfield Bank, how can I help?", "you're through to the fraud team, can I take some details?"],
    "telecom": ["hi, you're through to Vireo Mobile billing", "thanks for calling Skyline Broadband"],
    "utilities": ["good morning, Brightwater Energy, how can I help?", "you're through to Clearflow Water"],
    "retail": ["hi, this is the Harper & Lowe orders team", "thanks for calling Kitbag Direct"],
    "insurance": ["hello, Meridian Insurance claims, can I take your details?", "you're through to Aegis Home Cover"],
    "travel": ["thanks for calling Aerlink reservations", "hello, Coastline Holidays, how can I help?"],
    "healthcare": ["hi, this is St Brendan's patient billing", "thanks for calling Lakeside Medical billing"],
    "government": ["you're through to the benefits helpline", "hello, this is the vehicle licensing service"],
}


def greet(ind=None):
    ind = ind or pick(list(GREET))
    g = pick(GREET[ind])
    return ind, g[0].upper() + g[1:] + ("" if g[-1] in "?.!" else ".")


def asr(s):
    """lower-case, strip most punctuation as an ASR transcript would."""
    return re.sub(r"[?!]", "", s.lower())


# ----------------------------------------------------------------------------
# POSITIVE templates
def p_chat_card():
    k = Case("positive")
    card, g = gen_card()
    cv = gen_cvv(card)
    y, m = R.randrange(2026, 2032), R.randrange(1, 13)
    k.group("c", "CARD_NUMBER", card)
    k.group("v", "CVV", cv)
    k.group("e", "EXPIRY", (None, m, y))
    ind, gr = greet(pick(["retail", "travel", "telecom", "utilities"]))
    k.a(gr + " Can you send the card details here please?")
    lbl = pick(["card no: ", "Card number - ", "card ", "CC#", "its ", "number is ", "Card Number:"])
    k.c(lbl, V(typed_card(card, g), "c"), pick([" exp ", " expiry ", ", expires ", " exp: "]),
        V(typed_expiry(y, m), "e"), pick([" cvv ", " security code ", " CVC: ", " sec code "]), V(cv, "v"))
    if chance(0.5):
        k.a("Thanks, and that's the card ending %s, yes?" % card[-4:])
        k.group("l4", "CARD_NUMBER", card[-4:], "part")
        k.turns[-1] = ("agent", ["Thanks, and that's the card ending ", V(card[-4:], "l4"), ", yes?"])
        k.c("yes thats it")
    k.note = "typed %s card details in chat (%s)" % (ind, "with last-four read-back" if len(k.turns) > 2 else "single message")
    return k


def p_asr_card_split():
    k = Case("positive")
    card, g = gen_card()
    z = pick(ZERO_WORDS)
    chunks = split_groups(card, g)
    k.group("c", "CARD_NUMBER", card)
    ind, gr = greet()
    k.a(asr(gr))
    k.c("yeah i want to pay my bill by card")
    k.a("no problem go ahead with the long number on the front")
    for i, ch in enumerate(chunks):
        pre = pick(["", "", "um ", "right ", "it's "]) if i == 0 else pick(["", "", "then ", "uh "])
        k.group("c%d" % i, "CARD_NUMBER", ch, "part")
        k.c(pre, V(say_chunk(ch, z), "c%d" % i))
        if i < len(chunks) - 1:
            k.a(pick(BACK))
    # read-back with possible single-digit error
    rb = say_digits(card, groups=list(g), z=pick(["oh", "zero"]), sep=" ")
    if chance(0.5):
        gi = R.randrange(len(chunks))
        bad = list(chunks[gi])
        pos = R.randrange(len(bad))
        bad[pos] = str((int(bad[pos]) + pick([1, 2, 3, 7])) % 10)
        bad = "".join(bad)
        wrong = "".join(chunks[:gi]) + bad + "".join(chunks[gi + 1:])
        k.group("w", "CARD_NUMBER", wrong, "wrong")
        k.a("let me read that back ", V(say_digits(wrong, groups=list(g), z="oh", sep=" "), "w"))
        k.group("fix", "CARD_NUMBER", chunks[gi], "part")
        k.c("no no " + pick(["the ", "that "]) + ["first", "second", "third", "fourth", "last"][min(gi, 4)] + " bit is ",
            V(say_single(chunks[gi], z), "fix"))
        k.group("fix2", "CARD_NUMBER", chunks[gi], "part")
        k.a("sorry ", V(say_single(chunks[gi], "oh", doubles=False), "fix2"), " got it")
        k.note = "ASR %s: card read in groups over turns, agent read-back with one wrong digit, corrected" % ind
    else:
        k.group("rb", "CARD_NUMBER", card)
        k.a("so that's ", V(rb, "rb"), " yeah")
        k.c("yep that's right")
        k.note = "ASR %s: card read in groups over turns with back-channels, full agent read-back" % ind
    y, m = R.randrange(2026, 2032), R.randrange(1, 13)
    k.group("e", "EXPIRY", (None, m, y))
    k.a("and the expiry date")
    k.c(pick(["it's ", "", "uh "]), V(say_expiry(y, m), "e"))
    if chance(0.7):
        cv = gen_cvv(card)
        k.group("v", "CVV", cv)
        k.a("and the three digits on the back" if len(cv) == 3 else "and the four digit code on the front")
        k.c(V(say_single(cv, z), "v"))
    return k


def p_asr_card_restart():
    k = Case("positive")
    card, g = gen_card()
    z = pick(ZERO_WORDS)
    ind, gr = greet()
    k.a(asr(gr) + " whats the card number")
    chunks = split_groups(card, g)
    n = R.randrange(1, len(chunks))
    part = "".join(chunks[:n])
    k.group("p", "CARD_NUMBER", part, "part")
    k.group("c", "CARD_NUMBER", card)
    k.c(V(say_digits(part, groups=list(g[:n]), z=z, filler=0.3), "p"),
        pick([" sorry hang on i've lost my place let me start again ", " oh wait that's the old card, no, it's the same one, right, from the start ",
              " hold on let me read it again "]),
        V(say_digits(card, groups=list(g), z=z, filler=0.3), "c"))
    k.group("rb", "CARD_NUMBER", card)
    if chance(0.5):
        k.a("okay just confirming ", V(say_digits(card, groups=list(g), z="zero", sep=" "), "rb"))
        k.c("that's it")
    else:
        k.group("l4", "CARD_NUMBER", card[-4:], "part")
        k.a("thank you so the card ending ", V(say_single(card[-4:], "oh"), "l4"), " is that a visa or mastercard")
        k.c(pick(["visa i think", "er yeah", "it's a debit card"]))
    k.note = "ASR %s: caller restarts a card reading with fillers; partial first attempt labelled" % ind
    return k


def p_card_for_other():
    k = Case("positive")
    card, g = gen_card()
    z = pick(ZERO_WORDS)
    chunks = split_groups(card, g)
    who, pr, call = pick([("my mum", "she", "mum"), ("my dad", "he", "dad"), ("my husband", "he", "love"),
                          ("my wife", "she", "love"), ("my nan", "she", "nan"), ("my uncle", "he", "pat")])
    ind, gr = greet(pick(["healthcare", "utilities", "insurance", "telecom"]))
    k.a(asr(gr))
    pos = "her" if pr == "she" else "his"
    k.c("hi i'm calling on behalf of " + who + ", " + pr + "'s not great on the phone, " + pr + "'s sat here with me, i'm going to pay with " + pos + " card")
    k.a("okay is " + pr + " happy for you to do that")
    k.c("yeah " + pr + "'s nodding")
    k.a("lovely go ahead then")
    half = len(chunks) // 2
    p1 = "".join(chunks[:half])
    p2 = "".join(chunks[half:])
    k.group("p1", "CARD_NUMBER", p1, "part")
    k.group("p2", "CARD_NUMBER", p2, "part")
    k.c("right it's ", V(say_digits(p1, groups=list(g[:half]), z=z, filler=0.3), "p1"), " " + pick(HOLDS))
    k.a(pick(["no rush", "take your time", "that's fine i'll wait"]))
    k.c("sorry about that, where was i, ", V(say_digits(p2, groups=list(g[half:]), z=z, filler=0.2), "p2"))
    k.group("rb", "CARD_NUMBER", card)
    k.a("i'll just read that back ", V(say_digits(card, groups=list(g), z="oh", sep=" "), "rb"))
    k.c("yes that's the one")
    y, m = R.randrange(2026, 2032), R.randrange(1, 13)
    k.group("e", "EXPIRY", (None, m, y))
    k.c(call + " what's the expiry on it ... " + pr + " says ", V(say_expiry(y, m), "e"))
    k.note = "ASR %s: caller reads a relative's card with a hold mid-reading, agent read-back" % ind
    return k


def p_card_piece_confirm():
    k = Case("positive")
    card, g = gen_card()
    z = pick(ZERO_WORDS)
    chunks = split_groups(card, g)
    k.group("c", "CARD_NUMBER", card)
    ind, gr = greet()
    k.a(asr(gr))
    k.c("i need to update my card the old one expired")
    k.a("sure, read me the new card number please")
    k.c(V(say_digits(card, groups=list(g), z=z, filler=0.15), "c"))
    k.a("okay i'm going to confirm it in blocks")
    for i, ch in enumerate(chunks):
        gid = "b%d" % i
        k.group(gid, "CARD_NUMBER", ch, "part")
        k.a(pick(["", "then ", "next ", ""]), V(say_chunk(ch, "oh"), gid), pick(["", " yes", " correct"]))
        k.c(pick(["yes", "yep", "correct", "mhm", "that's right"]))
    k.note = "ASR %s: full card then agent confirms block by block" % ind
    return k


def p_card_transfer():
    k = Case("positive")
    card, g = gen_card()
    z = pick(ZERO_WORDS)
    k.group("c", "CARD_NUMBER", card)
    k.group("c2", "CARD_NUMBER", card)
    ind, gr = greet("banking")
    k.a(asr(gr))
    k.c("my card was declined at the shop and i don't know why, the number is ", V(say_digits(card, groups=list(g), z=z, filler=0.1), "c"))
    k.a("ah okay i can't see that from here, i'll transfer you to the cards team, please hold")
    k.a("hi you're through to cards, sorry could you give me the card number again")
    k.c("again? " + pick(["ugh fine", "i just did that", "okay"]) + " ", V(typed_card(card, g) if chance(0.3) else say_digits(card, groups=list(g), z=z), "c2"))
    k.a("thank you, i can see a block on the card ending " + card[-4:] + " from this morning")
    k.group("l4", "CARD_NUMBER", card[-4:], "part")
    t = k.turns[-1]
    k.turns[-1] = ("agent", ["thank you, i can see a block on the card ending ", V(card[-4:], "l4"), " from this morning"])
    k.note = "transfer: card repeated to second agent; last four labelled because full card read in case"
    return k


def p_chat_card_correction():
    k = Case("positive")
    card, g = gen_card()
    chunks = split_groups(card, g)
    gi = R.randrange(len(chunks))
    bad = list(chunks[gi])
    pos = R.randrange(len(bad))
    bad[pos] = str((int(bad[pos]) + 1) % 10)
    wrong = "".join(chunks[:gi]) + "".join(bad) + "".join(chunks[gi + 1:])
    k.group("w", "CARD_NUMBER", wrong, "wrong")
    k.group("c", "CARD_NUMBER", card)
    k.group("fx", "CARD_NUMBER", chunks[gi], "part")
    k.c("card: ", V(fmt_groups(wrong, g, " "), "w"))
    k.c("sorry typo, should be ", V(fmt_groups(card, g, " "), "c"))
    k.a("No worries, so the group is ", V(chunks[gi], "fx"), " not " + "".join(bad) + "?")
    # the 'not XXXX' misread is itself a card fragment -> label
    k.group("bx", "CARD_NUMBER", "".join(bad), "wrong")
    k.turns[-1] = ("agent", ["No worries, so the group is ", V(chunks[gi], "fx"), " not ", V("".join(bad), "bx"), "?"])
    k.c("yep")
    k.note = "chat: card typed with a typo, re-typed, agent contrasts the corrected block"
    return k


def p_ssn_chat():
    k = Case("positive")
    s = gen_ssn()
    k.group("s", "SSN", s)
    ind, gr = greet(pick(["insurance", "healthcare", "banking", "government"]))
    k.a(gr + " To verify, what's your Social Security number?")
    k.c(pick(["SSN: ", "ssn ", "its ", "social is ", "SS# ", ""]), V(typed_ssn(s), "s"))
    if chance(0.5):
        y, m, d = gen_date(1940, 2004)
        k.group("d", "DOB", (d, m, y))
        k.a("Thanks. And date of birth?")
        k.c(pick(["dob ", "", "born "]), V(typed_dob(y, m, d, us=True), "d"))
    k.note = "US %s chat: SSN typed%s" % (ind, " plus DOB" if len(k.turns) > 2 else "")
    return k


def p_ssn_asr():
    k = Case("positive")
    s = gen_ssn()
    z = pick(ZERO_WORDS)
    ind, gr = greet(pick(["insurance", "healthcare", "banking", "government"]))
    k.group("s", "SSN", s)
    k.a(asr(gr) + " can i get your social security number")
    st = R.randrange(3)
    if st == 0:
        k.c(pick(["sure it's ", "yeah ", "", "um "]), V(say_digits(s, groups=(3, 2, 4), z=z, filler=0.3), "s"))
        k.group("rb", "SSN", s)
        k.a("thank you that's ", V(say_digits(s, groups=(3, 2, 4), z="zero", sep=" "), "rb"))
        k.c("correct")
        k.note = "ASR US %s: SSN spoken in one go and read back" % ind
    elif st == 1:
        for i, ch in enumerate(split_groups(s, (3, 2, 4))):
            gid = "s%d" % i
            k.group(gid, "SSN", ch, "part")
            k.c(V(say_chunk(ch, z), gid))
            if i < 2:
                k.a(pick(BACK[:7]))
        k.group("rb", "SSN", s[5:], "part")
        k.a("and the last part again sorry you cut out")
        k.c(V(say_single(s[5:], z, doubles=False), "rb"))
        k.note = "ASR US %s: SSN split across turns, last group repeated" % ind
        k.groups.pop("s")
    else:
        # reading for someone else and correcting a digit
        who = pick(["my father's", "my wife's", "the patient's", "my son's"])
        bad = list(s)
        p = R.randrange(9)
        bad[p] = str((int(bad[p]) + 3) % 10)
        bad = "".join(bad)
        k.group("w", "SSN", bad, "wrong")
        k.c("i've got " + who + " card here it's ", V(say_digits(bad, groups=(3, 2, 4), z=z), "w"),
            " no wait hold on i misread it, it's ", V(say_digits(s, groups=(3, 2, 4), z=z, filler=0.2), "s"))
        k.group("rb", "SSN", s)
        k.a("okay so ", V(say_digits(s, groups=(3, 2, 4), z="zero"), "rb"))
        k.c("yes")
        k.note = "ASR US %s: caller reads someone else's SSN, misreads then restarts" % ind
    return k


def p_ni_chat():
    k = Case("positive")
    n = gen_ni()
    k.group("n", "NI_NUMBER", n)
    k.a(pick(["You're through to the benefits helpline, ", "Hi, payroll team here. ", "HMRC style ID check: "]) + "please can you confirm your NI number?")
    k.c(pick(["NI no. ", "national insurance: ", "NINO ", "it's ", ""]), V(typed_ni(n), "n"))
    if chance(0.5):
        pc = gen_ukpc()
        k.group("p", "POSTCODE", pc)
        k.a("Thanks, and your postcode?")
        k.c(V(typed_ukpc(pc), "p"))
    k.note = "UK chat: NI number typed%s" % (" with postcode" if len(k.turns) > 2 else "")
    return k


def p_ni_asr():
    k = Case("positive")
    n = gen_ni()
    k.group("n", "NI_NUMBER", n)
    ind, gr = greet(pick(["government", "banking", "insurance"]))
    k.a(asr(gr) + " can i take your national insurance number")
    st = R.randrange(3)
    if st == 0:
        k.c(pick(["yeah it's ", "", "um "]), V(say_ni(n), "n"))
        k.group("rb", "NI_NUMBER", n)
        k.a("thank you so that's ", V(" ".join(c.lower() for c in n[:2]) + " " + say_digits(n[2:8], groups=(2, 2, 2), z="zero", sep=" ") + " " + n[8].lower(), "rb"))
        k.c("that's right")
        k.note = "ASR UK %s: NI number with NATO spelling, agent read-back" % ind
    elif st == 1:
        # letter confusion
        conf = {"B": "D", "D": "B", "M": "N", "N": "M", "P": "B", "S": "F", "T": "D", "C": "Z"}
        L = n[1] if n[1] in conf else n[0]
        k.c(V(" ".join(c.lower() for c in n[:2]) + " " + say_digits(n[2:8], groups=(2, 2, 2), z=pick(ZERO_WORDS)) + " " + n[8].lower(), "n"))
        k.a("sorry was that " + L.lower() + " for " + NATO_W[L] + " or " + conf.get(L, "E").lower() + " for " + NATO_W[conf.get(L, "E")])
        k.c(L.lower() + " for " + NATO_W[L] + " yeah")
        k.group("rb", "NI_NUMBER", n)
        k.a("lovely, so ", V(say_ni(n, filler=0), "rb"))
        k.c("yep")
        k.note = "ASR UK %s: NI number, agent checks a single letter, then full read-back" % ind
    else:
        k.group("n", "NI_NUMBER", n[:2] + n[2:4], "part")
        k.group("n2", "NI_NUMBER", n[4:], "part")
        k.c("it's on my payslip hang on ... ", V(say_letter(n[0]) + " " + say_letter(n[1]) + " " + say_pair(n[2:4], "oh"), "n"))
        k.a(pick(["mhm", "go on", "yep"]))
        k.c(V(say_digits(n[4:8], groups=(2, 2), z="oh") + " and then " + n[8].lower(), "n2"))
        k.group("rb", "NI_NUMBER", n[4:8], "part")
        k.a("was that ", V(say_digits(n[4:8], groups=(4,), z="oh"), "rb"), " in the middle")
        k.c("yes")
        k.note = "ASR UK %s: NI number split over turns with partial read-back" % ind
    return k


def p_bank():
    k = Case("positive")
    sc, acc = gen_sort(), gen_account()
    k.group("s", "SORT_CODE", sc)
    k.group("a", "BANK_ACCOUNT", acc)
    ind, gr = greet(pick(["utilities", "telecom", "banking", "insurance"]))
    if chance(0.4):
        k.a(gr + " For the direct debit I need your sort code and account number.")
        k.c(pick(["sort code ", "s/c ", "SC: ", ""]), V(typed_sort(sc), "s"), pick([" acct no: ", ", account ", " a/c ", " acc# "]), V(acc, "a"))
        k.note = "%s chat: direct debit sort code and account number typed" % ind
        return k
    z = pick(ZERO_WORDS)
    k.a(asr(gr) + " i'll set up the direct debit for you whats the sort code")
    k.c(V(say_sort(sc), "s"))
    k.a("and the account number")
    if chance(0.5):
        k.group("a1", "BANK_ACCOUNT", acc[:4], "part")
        k.group("a2", "BANK_ACCOUNT", acc[4:], "part")
        k.groups.pop("a")
        k.c(V(say_chunk(acc[:4], z), "a1"))
        k.a(pick(BACK))
        k.c(pick(["", "um "]), V(say_chunk(acc[4:], z), "a2"))
    else:
        k.c(pick(["it's ", "", "uh "]), V(say_digits(acc, groups=(4, 4), z=z, filler=0.3), "a"))
    k.group("rs", "SORT_CODE", sc)
    k.group("ra", "BANK_ACCOUNT", acc)
    if chance(0.5):
        wrong = acc[:-1] + str((int(acc[-1]) + 5) % 10)
        k.group("rw", "BANK_ACCOUNT", wrong, "wrong")
        k.a("so sort code ", V(say_sort(sc, 0), "rs"), " account ", V(say_digits(wrong, groups=(4, 4), z="oh", sep=" "), "rw"))
        k.group("fx", "BANK_ACCOUNT", acc[-2:], "part")
        k.c("no the last two are ", V(say_single(acc[-2:], z), "fx"))
        k.a("ah sorry so ending ", V(say_chunk(acc[4:], "oh"), "ra"))
        k.groups["ra"] = ("BANK_ACCOUNT", acc[4:], "part")
        k.note = "ASR UK %s: sort code and account, agent read-back gets last digit wrong, corrected" % ind
    else:
        k.a("so that's ", V(say_sort(sc, 0), "rs"), " and ", V(say_digits(acc, groups=(4, 4), z="oh", sep=" "), "ra"))
        k.c("yes")
        k.note = "ASR UK %s: sort code and account number with read-back" % ind
    return k


def p_us_bank():
    k = Case("positive")
    acc = gen_account("US")
    k.group("a", "BANK_ACCOUNT", acc)
    routing = "0%08d" % R.randrange(10 ** 7, 10 ** 8)
    k.a("thanks for calling Redwood Credit Union billing, for the ach payment i need the routing number and account number")
    k.c("routing is " + " ".join(UNITS[int(c)] for c in routing[:3]) + " hmm sorry that's the check number, routing is " + routing + ", account is ", V(say_digits(acc, z="zero", filler=0.2), "a"))
    k.group("ra", "BANK_ACCOUNT", acc[-4:], "part")
    k.a("got it, account ending in ", V(say_single(acc[-4:], "zero"), "ra"))
    k.note = "US banking: account number spoken with fillers; routing number left unlabelled (not a target type); partial read-back"
    return k


def p_iban():
    k = Case("positive")
    ib = gen_iban()
    k.group("i", "IBAN", ib)
    ind = pick(["travel", "insurance", "banking", "retail"])
    if chance(0.5):
        k.a(pick(["Please email us the IBAN for the refund.", "Which IBAN should we pay the claim into?", "Could you confirm the IBAN?"]))
        k.c(pick(["IBAN: ", "iban ", "Here you go - ", "my IBAN is ", "account (IBAN) "]), V(typed_iban(ib), "i"),
            pick([" BIC NWBKGB2L", " thanks", "", ". Regards, " + pick(FIRST).capitalize()]))
        if chance(0.4):
            k.group("p", "IBAN", ib[-4:], "part")
            k.a("Thanks, I've got the IBAN ending ", V(ib[-4:], "p"), ", refund within 5 working days.")
        k.note = "%s e-mail/chat: IBAN typed" % ind
        return k
    parts = say_iban_parts(ib)
    k.a("for the refund to your european account can you read me the iban please")
    i = 0
    while i < len(parts):
        n = pick([1, 2, 2, 3])
        seg = ib[4 * i:4 * (i + n)]
        gid = "ip%d" % i
        k.group(gid, "IBAN", seg, "part")
        k.c(pick(["", "", "um "]), V(" ".join(parts[i:i + n]), gid))
        i += n
        if i < len(parts):
            k.a(pick(BACK))
    k.groups.pop("i")
    k.group("rb", "IBAN", ib)
    k.a("reading it back ", V(" ".join(say_iban_parts(ib)), "rb"))
    k.c("perfect")
    k.note = "ASR %s: IBAN spoken in 4-character blocks across turns, full read-back" % ind
    return k


def p_phone():
    k = Case("positive")
    d, typed = gen_phone()
    k.group("p", "PHONE", d)
    ind, gr = greet()
    if chance(0.4):
        k.a(gr + " What's the best number to reach you on?")
        lead, core = split_lead(typed)
        k.c(pick(["", "mob: ", "call me on ", "tel ", "Phone - "]) + lead, V(core, "p"), pick(["", " after 6pm", " thx", " (work)"]))
        k.note = "%s chat: phone number typed" % ind
        return k
    k.a(asr(gr) + " can i take a contact number")
    st = R.randrange(3)
    sp = say_phone(d)
    k.c(pick(["yeah it's ", "", "um ", "so it's "]), V(sp, "p"))
    if st == 0:
        k.group("rb", "PHONE", d)
        k.a("that's ", V(say_phone(d), "rb"))
        k.c("yes")
        k.note = "ASR %s: phone spoken and read back" % ind
    elif st == 1:
        bad = d[:-3] + str((int(d[-3]) + 2) % 10) + d[-2:]
        k.group("w", "PHONE", bad, "wrong")
        k.a("let me check ", V(say_phone(bad), "w"))
        k.group("fx", "PHONE", d[-3:], "part")
        k.c("no it ends ", V(say_single(d[-3:], "oh"), "fx"))
        k.a("got you sorry")
        k.note = "ASR %s: phone read back with one wrong digit, caller corrects the ending" % ind
    else:
        k.a("sorry you broke up there after the first bit")
        k.group("rp", "PHONE", d[-6:], "part")
        k.c("the end bit is ", V(say_digits(d[-6:], groups=(3, 3), z="oh"), "rp"))
        k.note = "ASR %s: phone then partial repeat after line breaks up" % ind
    return k


def p_email():
    k = Case("positive")
    e = gen_email()
    k.group("e", "EMAIL", e)
    ind, gr = greet()
    if chance(0.4):
        k.a(gr + " What email should we send the confirmation to?")
        k.c(pick(["email: ", "", "it's ", "pls use ", "e-mail "]), V(typed_email(e), "e"), pick(["", " thanks", "."]))
        k.note = "%s chat: e-mail typed" % ind
        return k
    k.a(asr(gr) + " whats your email address")
    k.c(pick(["it's ", "", "yeah "]), V(say_email(e), "e"))
    k.group("rb", "EMAIL", e)
    if chance(0.5):
        k.a("so that's ", V(say_email(e), "rb"))
        k.c("yes")
    else:
        k.a("sorry is that " + pick(["with a dot in the middle", "all one word", "dot com or dot co dot uk"]))
        k.c("yeah ", V(say_email(e), "rb"))
    k.note = "ASR %s: e-mail spoken (dot/at) with read-back or re-statement" % ind
    return k


def p_dob():
    k = Case("positive")
    y, m, d = gen_date(1935, 2006)
    us = chance(0.35)
    k.group("d", "DOB", (d, m, y))
    ind, gr = greet()
    if chance(0.35):
        k.a(gr + " For security, please confirm your date of birth.")
        k.c(pick(["DOB ", "", "born ", "d.o.b: "]), V(typed_dob(y, m, d, us), "d"))
        k.note = "%s chat: DOB typed" % ind
        return k
    k.a(asr(gr) + " and for security your date of birth please")
    k.c(pick(["it's ", "", "um ", "yeah "]), V(say_dob(y, m, d, us), "d"))
    if chance(0.5):
        k.group("rb", "DOB", (d, m, y))
        k.a(pick(["so ", "that's ", "thank you "]), V(say_dob(y, m, d, us), "rb"))
        k.c(pick(["yes", "correct", "that's me"]))
    k.note = "ASR %s: DOB spoken%s" % (ind, " with read-back" if len(k.turns) > 2 else "")
    return k


def p_address_uk():
    k = Case("positive")
    num, st, fl = gen_address()
    pc = gen_ukpc()
    k.group("a", "ADDRESS", (num, st))
    k.group("p", "POSTCODE", pc)
    town = pick(UK_TOWNS)
    ind, gr = greet(pick(["utilities", "retail", "insurance", "telecom"]))
    if chance(0.4):
        k.a(gr + " What's the delivery address?")
        k.c(V(typed_address(num, st, fl), "a"), ", " + town + pick([", ", " "]), V(typed_ukpc(pc), "p"))
        k.note = "UK %s chat: address, town (unlabelled) and postcode" % ind
        return k
    k.a(asr(gr) + " can i take the first line of the address and the postcode")
    k.c(V(say_address(num, st, fl), "a"), " in " + town.lower())
    k.a("and the postcode")
    k.c(V(say_ukpc(pc), "p"))
    k.group("rp", "POSTCODE", pc)
    k.a("that's ", V(say_ukpc(pc), "rp"), pick([" yes", " and it's the " + st.lower() + " one", ""]))
    if k.turns[-1][1][-1].startswith(" and it's"):
        k.c("yes")
    k.note = "ASR UK %s: first line of address and postcode spelt out, postcode read back" % ind
    return k


def p_address_us():
    k = Case("positive")
    num, st, fl = gen_address(True)
    z = gen_zip()
    k.group("a", "ADDRESS", (num, st))
    k.group("z", "POSTCODE", z)
    town = pick(US_TOWNS)
    if chance(0.5):
        k.a("Can you confirm the billing address on the account?")
        k.c(V(typed_address(num, st, fl), "a"), ", " + town + " ", V(typed_zip(z), "z"))
        k.note = "US chat: billing address with ZIP"
        return k
    k.a("and what's the billing address on file")
    k.groups["z"] = ("POSTCODE", z[:5], "full")
    k.c(V(say_address(num, st, fl), "a"), " " + town.split(",")[0].lower() + " zip code ", V(say_zip(z), "z"))
    k.group("rz", "POSTCODE", z[:5])
    k.a("zip ", V(say_zip(z), "rz"))
    k.groups["rz"] = ("POSTCODE", z[:5], "full")
    k.c("yep")
    k.note = "ASR US: billing address and ZIP read back"
    return k


def p_insurance_us():
    k = Case("positive")
    s = gen_ssn()
    y, m, d = gen_date(1940, 2004)
    num, st, fl = gen_address(True)
    z = gen_zip()
    ph, typed = gen_phone()
    for g, t, c in [("s", "SSN", s), ("d", "DOB", (d, m, y)), ("a", "ADDRESS", (num, st)), ("z", "POSTCODE", z)]:
        k.group(g, t, c)
    k.a("meridian health claims, i'm calling for my mother, what details do you need")
    k.a("i'll need her social, date of birth and address")
    k.c("her social is ", V(say_digits(s, groups=(3, 2, 4), z=pick(ZERO_WORDS), filler=0.2), "s"), " her birthday is ", V(say_dob(y, m, d, True), "d"))
    k.a("and address")
    k.c(V(say_address(num, st, fl), "a"), " " + pick(US_TOWNS).split(",")[0].lower() + " ", V(say_zip(z), "z"))
    k.turns[0] = ("agent", ["meridian health claims, how can i help"])
    k.turns.insert(1, ("customer", ["hi i'm calling for my mother, what details do you need"]))
    k.note = "ASR US healthcare: caller gives a parent's SSN, DOB, address, ZIP"
    return k


def p_idv_uk():
    k = Case("positive")
    y, m, d = gen_date(1940, 2005)
    num, st, fl = gen_address()
    pc = gen_ukpc()
    e = gen_email()
    k.group("d", "DOB", (d, m, y))
    k.group("a", "ADDRESS", (num, st))
    k.group("p", "POSTCODE", pc)
    k.group("e", "EMAIL", e)
    ind, gr = greet(pick(["banking", "telecom", "utilities"]))
    k.a(asr(gr) + " can you confirm your date of birth")
    k.c(V(say_dob(y, m, d), "d"))
    k.a("first line of address and postcode")
    k.c(V(say_address(num, st, fl), "a"), pick([", ", " "]), V(say_ukpc(pc), "p"))
    k.a("and the email we have on file")
    k.c("oh god which one, probably ", V(say_email(e), "e"))
    k.note = "ASR UK %s: ID&V with DOB, address, postcode and e-mail" % ind
    return k


def p_ie_eu_mix():
    k = Case("positive")
    ib = gen_iban()
    d, typed = gen_phone()
    e = gen_email()
    k.group("i", "IBAN", ib)
    k.group("ph", "PHONE", d)
    k.group("e", "EMAIL", e)
    lead, core = split_lead(typed)
    k.c("Hi, re claim refund. " + pick(["IBAN ", "Bank (IBAN): "]), V(typed_iban(ib), "i"), ". Tel " + lead, V(core, "ph"), ", email ", V(typed_email(e), "e"))
    k.a("Thanks, the refund will go to the account ending " + ib[-4:] + " once approved.")
    k.group("l", "IBAN", ib[-4:], "part")
    k.turns[-1] = ("agent", ["Thanks, the refund will go to the IBAN ending ", V(ib[-4:], "l"), " once approved."])
    k.note = "EU/IE e-mail: IBAN, phone and e-mail in one message"
    return k


POS_TEMPLATES = [
    (p_chat_card, 14), (p_asr_card_split, 16), (p_asr_card_restart, 10), (p_card_for_other, 8),
    (p_card_piece_confirm, 6), (p_card_transfer, 6), (p_chat_card_correction, 6),
    (p_ssn_chat, 12), (p_ssn_asr, 14), (p_ni_chat, 13), (p_ni_asr, 15),
    (p_bank, 14), (p_us_bank, 4), (p_iban, 12), (p_phone, 14), (p_email, 12), (p_dob, 12),
    (p_address_uk, 10), (p_address_us, 7), (p_insurance_us, 5), (p_idv_uk, 6), (p_ie_eu_mix, 5),
]


# ----------------------------------------------------------------------------
# NEGATIVE templates
def luhnish_digits(n):
    return "".join(str(R.randrange(10)) for _ in range(n))


def n_order_number():
    k = Case("negative")
    num = luhnish_digits(pick([12, 14, 16]))
    label = pick(["order number", "tracking number", "invoice number", "reference number", "claim number", "ticket number"])
    z = pick(ZERO_WORDS)
    if chance(0.5):
        k.a("can i take your " + label + " please")
        k.c("yeah the " + label + " is " + say_digits(num, groups=[4] * (len(num) // 4) + ([len(num) % 4] if len(num) % 4 else []), z=z, filler=0.2))
        k.a("thanks so " + label + " " + say_digits(num, z="oh", sep=" ") + " let me pull that up")
        k.note = "ASR: long %s read in blocks like a card; labelled as %s" % (label, label)
    else:
        k.c(label.capitalize() + ": " + fmt_groups(num, [4] * (len(num) // 4) + ([len(num) % 4] if len(num) % 4 else []), pick([" ", "-"])) + " - any update??")
        k.a("Thanks, I can see " + label + " " + num + " on the system, it was updated on the 3rd.")
        k.note = "chat: %s digit %s formatted like a card number" % (len(num), label)
    return k


def n_amounts():
    k = Case("negative")
    amt = R.randrange(20, 2000)
    p = R.randrange(100)
    ind, gr = greet()
    st = R.randrange(3)
    if st == 0:
        k.a(asr(gr) + " your balance is " + say_hundreds(str(amt)) + " pounds" if say_hundreds_ok(str(amt)) else asr(gr) + " your balance is %d pounds %d" % (amt, p))
        k.c("what, how is it that much, last month it was " + number_word(R.randrange(20, 99)) + " pounds " + number_word(R.randrange(1, 99)))
        k.a("there was a one off charge of " + number_word(R.randrange(10, 99)) + " ninety nine on the twelfth")
        k.note = "ASR %s: balances and charges spoken as words" % ind
    elif st == 1:
        k.c("I was charged £%d.%02d twice, transaction refs %s and %s" % (amt, p, luhnish_digits(10), luhnish_digits(10)))
        k.a("I can see two payments of $%d.%02d and €%d,%02d; the second will be refunded within 3-5 working days." % (amt, p, amt, p))
        k.note = "chat: amounts in several currencies and transaction references"
    else:
        k.a("the monthly price goes from %d.99 to %d.49, that's a %d.%d%% rise from april" % (R.randrange(10, 60), R.randrange(60, 90), R.randrange(1, 15), R.randrange(10)))
        k.c("and how much to leave, it's eighteen months into a twenty four month contract")
        k.a("the early exit fee would be one hundred and " + number_word(R.randrange(20, 99)) + " pounds")
        k.note = "telecom: prices, percentages, contract durations"
    return k


def n_times_dates():
    k = Case("negative")
    ind, gr = greet()
    d = R.randrange(1, 29)
    m = R.randrange(1, 13)
    k.a(asr(gr))
    st = R.randrange(3)
    if st == 0:
        k.c("what time are you open till on saturday")
        k.a("we're open eight thirty till five thirty monday to friday and nine till one on saturdays")
        k.c("and your appointment slot is the " + ordinal_word(d) + " of " + MONTHS[m - 1] + " at ten fifteen right")
        k.note = "ASR: opening hours and an appointment date (not a DOB)"
    elif st == 1:
        k.c("my payment is due on the %02d/%02d/2025 but I get paid on the %s" % (d, m, ordinal_word(R.randrange(1, 29))))
        k.a("I can move the payment date to the %d%s, your contract ends %s 2027." % (d, "th" if d not in (1, 2, 3, 21, 22, 23) else {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}[d], MONTHS[m - 1].capitalize()))
        k.note = "payment and contract end dates, not DOB/expiry"
    else:
        k.c("the engineer said between twelve and four and i've waited " + number_word(R.randrange(2, 6)) + " hours")
        k.a("i'm sorry, the new window is 14:00-18:00 on %d/%d, estimated 45 minutes on site" % (d, m))
        k.note = "ASR: times, durations and an appointment date"
    return k


def n_last_four():
    k = Case("negative")
    l4 = luhnish_digits(4)
    ind, gr = greet(pick(["banking", "retail", "travel", "telecom"]))
    k.a(asr(gr))
    if chance(0.5):
        k.c("the payment came off my card ending " + say_single(l4, pick(ZERO_WORDS)) + " but the order never came")
        k.a("i can see that, the card ending " + say_single(l4, "oh") + ", i'll raise a refund to that card")
    else:
        k.c("Which card is on file? I think it's the one ending in " + l4)
        k.a("Yes, Visa ending " + l4 + ", expiring soon so you may want to update it.")
    k.note = "card last-four only, never full card in case: not PII"
    return k


def n_misc_numbers():
    k = Case("negative")
    st = R.randrange(6)
    if st == 0:
        k.c("meter reading is " + "%05d" % R.randrange(10 ** 5) + " for electric and " + say_digits("%05d" % R.randrange(10 ** 5), z="oh") + " for gas")
        k.a("thanks, serial number on the meter is E%dK%07d, is that right?" % (R.randrange(10, 99), R.randrange(10 ** 7)))
        k.c("yeah")
        k.note = "utilities: meter readings and meter serial number"
    elif st == 1:
        k.c("My flight is BA%d, seat %d%s, gate B%d, and I'm in room %d at the hotel" % (R.randrange(100, 999), R.randrange(1, 40), pick("ACDF"), R.randrange(1, 40), R.randrange(100, 999)))
        k.a("Thanks, booking reference %s%d; the flight departs 07:45 from terminal 5." % ("".join(pick("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(4)), R.randrange(10, 99)))
        k.note = "travel: flight, seat, gate, room numbers and booking reference"
    elif st == 2:
        k.a("policy number " + pick(["POL-", "MHI/", "HC"]) + luhnish_digits(9) + " renews next month, the model number of the boiler is " + pick(["WX-", "GC "]) + luhnish_digits(7))
        k.c("and the serial is " + say_digits(luhnish_digits(11), z="oh", filler=0.2) + " on the sticker")
        k.note = "insurance: policy, model and serial numbers (labelled)"
    elif st == 3:
        k.c("my son is " + number_word(R.randrange(5, 18)) + " and he's had a temperature of thirty nine point " + UNITS[R.randrange(10)] + " for " + number_word(R.randrange(2, 5)) + " days")
        k.a("okay, and how many doses of paracetamol, and is that 38.5 or above?")
        k.c("three since six o'clock, born in 2011 if that matters")
        k.note = "healthcare: ages, temperatures, counts, a bare year"
    elif st == 4:
        ref = luhnish_digits(9)
        k.a("your case reference is " + say_digits(ref, groups=(3, 2, 4), z="zero", sep=" ") + " and the complaint number is CMP" + luhnish_digits(8))
        k.c("can you say the case reference again")
        k.a("yes case reference " + say_digits(ref, groups=(3, 2, 4), z="oh", sep=" "))
        k.note = "ASR: case/complaint references read like SSNs, with labels"
    else:
        k.c("the roadworks on %s and the A%d mean the van can't get through, it's about %d miles" % (pick(STREETS), R.randrange(1, 700), R.randrange(2, 40)))
        k.a("understood, I've added a note to ticket #%d and the driver will use the M%d." % (R.randrange(10 ** 5, 10 ** 7), R.randrange(1, 70)))
        k.note = "road names without house numbers, ticket number, distances"
    return k


def n_card_like_ref():
    k = Case("negative")
    num = luhn_complete("4", 16)  # Luhn-valid but explicitly a gift-card/voucher/loyalty label? make it a tracking id
    lab = pick(["loyalty scheme member number", "tracking number", "voucher serial", "IMEI", "parcel barcode"])
    if lab == "IMEI":
        num = luhn_complete("35", 15)
    k.a("can you read me the " + lab + " off the " + pick(["box", "card", "label", "screen"]))
    k.c("okay the " + lab + " is " + say_digits(num, groups=[4, 4, 4, len(num) - 12], z=pick(ZERO_WORDS), filler=0.2))
    k.a("thank you, i'll run that " + lab + " through now")
    k.note = "ASR: Luhn-valid 15/16-digit %s read like a card, clearly labelled" % lab
    return k


def n_phone_like():
    k = Case("negative")
    k.c("I rang " + pick(["0800", "0345", "1-800-"]) + " " + luhnish_digits(3) + " " + luhnish_digits(4) + pick([" (your helpline)", " which is your freephone number"]) + " three times and waited 45 mins")
    k.a("I'm sorry about the wait; our lines are busiest 9-11am. Your ticket is INC%d." % R.randrange(10 ** 6, 10 ** 7))
    k.note = "company helpline number (not a personal phone), wait times, incident ticket"
    return k


NEG_TEMPLATES = [(n_order_number, 20), (n_amounts, 16), (n_times_dates, 16), (n_last_four, 14),
                 (n_misc_numbers, 24), (n_card_like_ref, 10), (n_phone_like, 6)]


# ----------------------------------------------------------------------------
def build():
    cases = []
    pos = []
    for fn, n in POS_TEMPLATES:
        for _ in range(n):
            pos.append(fn)
    R.shuffle(pos)
    neg = []
    for fn, n in NEG_TEMPLATES:
        for _ in range(n):
            neg.append(fn)
    R.shuffle(neg)
    for i, fn in enumerate(pos, 1):
        k = fn()
        k.id = "h556-pos-%03d" % i
        cases.append(k)
    for i, fn in enumerate(neg, 1):
        k = fn()
        k.id = "h556-neg-%03d" % i
        cases.append(k)
    return cases


def serialise(cases):
    lines = []
    for k in cases:
        turns, spans, _ = k.render()
        lines.append(json.dumps({"id": k.id, "kind": k.kind, "turns": turns, "spans": spans, "note": k.note},
                                ensure_ascii=False))
    return "\n".join(lines) + "\n"


def counts(cases):
    c = Counter()
    for k in cases:
        for s in k.render()[1]:
            c[s["type"]] += 1
    return c


def check_case(k, errors):
    turns, spans, meta = k.render()
    if k.kind == "negative" and spans:
        errors.append("%s: negative has spans" % k.id)
    per_turn = {}
    by_group = OrderedDict()
    for s, gid in zip(spans, meta):
        t = turns[s["turn"]]["text"]
        a, b = s["start"], s["end"]
        if not (0 <= a < b <= len(t)):
            errors.append("%s: offsets out of range" % k.id)
            continue
        if not (t[a].isalnum() and t[b - 1].isalnum()):
            errors.append("%s: span not trimmed %r" % (k.id, t[a:b]))
        if (a > 0 and t[a - 1].isalnum()) or (b < len(t) and t[b].isalnum()):
            errors.append("%s: span not on word boundary %r" % (k.id, t[a:b]))
        per_turn.setdefault(s["turn"], []).append((a, b))
        by_group.setdefault(gid, []).append(t[a:b])
    for ti, lst in per_turn.items():
        lst.sort()
        for (a1, b1), (a2, b2) in zip(lst, lst[1:]):
            if a2 < b1:
                errors.append("%s: overlapping spans in turn %d" % (k.id, ti))
    for gid, texts in by_group.items():
        typ, canon, mode = k.groups[gid]
        try:
            check_group(typ, canon, mode, texts)
        except Exception as ex:  # noqa
            errors.append("%s: group %s %s %r: %s" % (k.id, gid, typ, texts, ex))


def check_group(typ, canon, mode, texts):
    if typ in ("DOB", "EXPIRY"):
        d, m, y = canon
        items = []
        for t in texts:
            items += norm_value(t, typ)
        digits = "".join(x for x in items if x.isdigit())
        month_ok = ("M%d" % m) in items or any(x.isdigit() and int(x) == m for x in items) or ("%02d" % m) in digits
        assert month_ok, "month %d not found in %r" % (m, items)
        assert ("%02d" % (y % 100)) in digits, "year %d not found in %r" % (y, items)
        if d is not None:
            assert any(x.isdigit() and int(x) == d for x in items) or ("%02d" % d) in digits, "day not found"
        if typ == "EXPIRY":
            assert 1 <= m <= 12 and 2020 <= y <= 2040
        return
    if typ == "ADDRESS":
        num, st = canon
        items = []
        for t in texts:
            items += norm_value(t, typ)
        runs, cur = [], ""
        for x in items:
            if x.isdigit():
                cur += x
            else:
                runs.append(cur)
                cur = ""
        runs.append(cur)
        assert any(str(num) in r for r in runs), "house number %d not in %r" % (num, items)
        assert items[-1] in STREET_SUFFIX, "no street suffix at end: %r" % items
        return
    got = "".join(norm_value(t, typ) for t in texts)
    if typ == "EMAIL":
        got = got.lower()
    if typ == "PHONE" and mode == "full" and got != canon:
        # national/international prefixes: accept 00 and (0) variants
        g2 = got[2:] if got.startswith("00") else got
        g2 = g2.replace("440", "44", 1) if g2.startswith("440") and g2[:3] != canon[:3] else g2
        got = g2
    assert canon and validate_canonical(typ, canon) if mode == "full" else True, "canonical %r invalid" % (canon,)
    if mode == "full":
        assert got == canon, "normalised %r != %r" % (got, canon)
        assert validate_canonical(typ, got), "invalid %s %r" % (typ, got)
    elif mode == "part":
        assert got == canon and got, "part %r != %r" % (got, canon)
    else:  # wrong (misread / typo) value: must be same shape
        assert got == canon, "misread %r != %r" % (got, canon)
        if typ in ("CARD_NUMBER", "SSN", "BANK_ACCOUNT", "PHONE"):
            assert got.isdigit()


README_HEAD = """# pii_holdout556 — held-out PII redaction evaluation set

> **Never use this set for tuning.** It is a held-out evaluation set. Do not fit
> thresholds, patterns, prompts or model choices to it, and do not copy its cases
> into training or development data. If it has been used for tuning, it is no
> longer a held-out measurement and must be regenerated with a new seed.

## Provenance

Written by an AI helper acting as an **independent test author** who did not see
the redaction engine's code, tests, docs or other fixtures. Cases are produced by
`scripts/make_pii_holdout556.py` (Python standard library only, a single
`random.Random(556241125)`). Every turn is assembled from plain-text segments and
labelled value segments, so character offsets are computed, never hand-typed.

Run `python scripts/make_pii_holdout556.py --check` to regenerate in memory and
verify that `cases.jsonl` is byte-identical, ids are unique, offsets are in range,
trimmed, on word boundaries and non-overlapping, and that each labelled value,
after normalising spoken forms (number words, oh/o/nought/zero, double/triple,
pairs, hundreds, NATO spelling, "dot"/"at"), is valid (Luhn for cards, mod-97
for IBANs, NI format, 9-digit SSN rules, 6-digit sort codes, UK postcode / US ZIP
formats, e-mail syntax, plausible dates). Values split across turns are checked by
concatenating their pieces.

## Format

One JSON object per line: `id`, `kind` (`positive`/`negative`), `turns`
(`speaker` is `customer` or `agent`, `text`), `spans` (`turn`, `start`, `end`
exclusive Python character offsets, `type`), `note`.

## Annotation conventions

- A span covers exactly the value, from its first letter/digit to its last; lead-in
  words ("it's", "my number is", "acct no:") are outside. Consequently a leading
  `+` or `(` of a phone number is outside the span; the country-code digits are inside.
- A value split across turns is one span per turn, each with the value's type.
  Agent read-backs (full or partial, e.g. one block at a time) are labelled too.
- Misread/typo'd values and the wrong part of a corrected reading are labelled with
  the value's type (they are still the customer's data, one digit off); the
  restated/corrected parts are labelled as separate spans. Connecting words such as
  "no sorry" / "let me start again" between readings are outside the spans.
- Filler words spoken inside a reading ("um", "uh", "er") are inside the span.
- Phone spans include the country code. ADDRESS covers house/flat number and
  street, not the town; the postcode/ZIP is a separate POSTCODE span. DOB and
  EXPIRY cover the whole date expression ("the fifth of march nineteen eighty two").
- A card's last four said on their own ("card ending 4821") are not PII, unless
  the full card was read in the same case, in which case they are labelled
  CARD_NUMBER. The same rule is applied to IBAN/account/phone endings that are
  read back after the full value in the same case.
- US bank routing numbers are not a target type and are left unlabelled.
- Negative cases contain no PII: amounts, balances, prices, times, opening hours,
  durations, counts, ages, temperatures, percentages, years, appointment / payment /
  contract dates, order / ticket / invoice / claim / reference / tracking / serial /
  model / policy numbers said with their label (some Luhn-valid and read like
  cards), meter readings, flight / room / gate / seat numbers, road names, company
  helpline numbers and card last-four mentions.

## Emphasis of this set

Back-and-forth between agents and callers: read-backs, single-digit corrections,
partial repeats, values confirmed block by block, holds mid-reading, transfers that
make the caller repeat a value, and callers reading a relative's details. Mix of
typed chat/e-mail and lower-case ASR transcripts across banking, telecom,
utilities, retail, insurance, travel, healthcare billing and government services,
in the UK, US, Ireland and EU.

## Counts

"""


def readme_text(cases):
    c = counts(cases)
    npos = sum(1 for k in cases if k.kind == "positive")
    nneg = len(cases) - npos
    lines = [README_HEAD, "| | count |", "|---|---:|",
             "| cases | %d |" % len(cases), "| positive cases | %d |" % npos, "| negative cases | %d |" % nneg]
    lines.append("")
    lines.append("| span type | spans |")
    lines.append("|---|---:|")
    for t in TYPES:
        lines.append("| %s | %d |" % (t, c[t]))
    lines.append("| **total** | %d |" % sum(c.values()))
    return "\n".join(lines) + "\n"


def main():
    cases = build()
    data = serialise(cases)
    rd = readme_text(cases)
    if "--check" in sys.argv:
        errors = []
        with open(CASES, encoding="utf-8") as f:
            if f.read() != data:
                errors.append("cases.jsonl is not byte-identical to a fresh generation")
        ids = [k.id for k in cases]
        if len(ids) != len(set(ids)):
            errors.append("duplicate ids")
        for k in cases:
            check_case(k, errors)
        c = counts(cases)
        npos = sum(1 for k in cases if k.kind == "positive")
        if npos < 200 or len(cases) - npos < 100:
            errors.append("too few cases")
        need = {"CARD_NUMBER": 70, "SSN": 30, "NI_NUMBER": 30}
        for t in TYPES:
            if c[t] < need.get(t, 10):
                errors.append("too few %s spans: %d" % (t, c[t]))
        for e in errors[:60]:
            print("ERROR", e)
        print("cases=%d positive=%d negative=%d" % (len(cases), npos, len(cases) - npos))
        print(", ".join("%s=%d" % (t, c[t]) for t in TYPES))
        if errors:
            print("CHECK FAILED (%d errors)" % len(errors))
            sys.exit(1)
        print("CHECK OK")
        return
    os.makedirs(OUT_DIR, exist_ok=True)
    with open(CASES, "w", encoding="utf-8") as f:
        f.write(data)
    with open(README, "w", encoding="utf-8") as f:
        f.write(rd)
    print("wrote %d cases to %s" % (len(cases), CASES))


if __name__ == "__main__":
    main()

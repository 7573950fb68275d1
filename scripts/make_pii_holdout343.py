#!/usr/bin/env python3
"""Generate the pii_holdout343 held-out PII redaction evaluation set.

Written by an independent test author (AI helper) without access to the
redaction engine. Standard library only; deterministic.

    python scripts/make_pii_holdout343.py          # (re)write cases.jsonl
    python scripts/make_pii_holdout343.py --check  # regenerate + verify
"""
import argparse
import json
import os
import re
import sys
import random

SEED = 343241125
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "fixtures", "pii_holdout343", "cases.jsonl")

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE",
         "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

# ---------------------------------------------------------------- spoken forms
UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = {"twenty": 2, "thirty": 3, "forty": 4, "fifty": 5, "sixty": 6, "seventy": 7,
        "eighty": 8, "ninety": 9}
TENS_W = {v: k for k, v in TENS.items()}
ZEROS = {"zero", "oh", "o", "nought", "nil"}
FILLERS = {"um", "uh", "er", "erm", "ah", "umm", "uhh", "hmm"}
SKIP = {"and", "the", "of", "th", "st", "nd", "rd", "slash", "comma"}
ORD = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
       "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
       "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16,
       "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
       "thirtieth": 30}
ORD_W = {v: k for k, v in ORD.items()}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
NATO = {"alpha": "A", "alfa": "A", "bravo": "B", "charlie": "C", "delta": "D", "echo": "E",
        "foxtrot": "F", "golf": "G", "hotel": "H", "india": "I", "juliet": "J",
        "juliett": "J", "kilo": "K", "lima": "L", "mike": "M", "november": "N",
        "oscar": "O", "papa": "P", "quebec": "Q", "romeo": "R", "sierra": "S",
        "tango": "T", "uniform": "U", "victor": "V", "whiskey": "W", "whisky": "W",
        "xray": "X", "yankee": "Y", "zulu": "Z"}
NATO_W = {}
for _w, _l in NATO.items():
    NATO_W.setdefault(_l, _w)
INFORMAL = {"A": "apple", "B": "bertie", "C": "charlie", "D": "david", "E": "edward",
            "G": "george", "H": "harry", "J": "jack", "K": "king", "L": "london",
            "M": "mother", "N": "nellie", "P": "peter", "R": "robert", "S": "sugar",
            "T": "tommy", "W": "william", "X": "xray", "Y": "yellow", "Z": "zebra"}
SYMS = {"at": "@", "dot": ".", "underscore": "_", "dash": "-", "hyphen": "-", "plus": "+"}


def tokens(text):
    return re.findall(r"[a-z]+|\d+|[+@_.\-]", text.lower())


def _small(toks, i):
    """Read a 0..99 number expression at toks[i]; return (int, i) or (None, i)."""
    if i >= len(toks):
        return None, i
    t = toks[i]
    if t in UNITS:
        return UNITS.index(t), i + 1
    if t in TEENS:
        return 10 + TEENS.index(t), i + 1
    if t in TENS:
        v = TENS[t] * 10
        if i + 1 < len(toks) and toks[i + 1] in UNITS[1:]:
            return v + UNITS.index(toks[i + 1]), i + 2
        return v, i + 1
    return None, i


def parse_spoken(text, email=False):
    """Turn a (possibly spoken) value into a list of canonical pieces."""
    zeros = {"zero", "nought"} if email else ZEROS
    toks = tokens(text)
    out = []
    i = 0
    n = len(toks)
    while i < n:
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < n else None
        if t in FILLERS or t in SKIP:
            i += 1
            continue
        if t in ("double", "triple") and nxt is not None:
            k = 2 if t == "double" else 3
            if nxt in UNITS:
                out.append(str(UNITS.index(nxt)) * k)
            elif nxt in zeros:
                out.append("0" * k)
            elif len(nxt) == 1:
                out.append(nxt.upper() * k)
            else:
                out.append("?" + t)
            i += 2
            continue
        if t.isdigit():
            out.append(t)
            i += 1
            continue
        if t in zeros:
            out.append("0")
            i += 1
            continue
        if t in UNITS and nxt in ("hundred", "thousand"):
            mult = 100 if nxt == "hundred" else 1000
            v = UNITS.index(t) * mult
            i += 2
            if i < n and toks[i] == "and":
                i += 1
            r, i = _small(toks, i)
            if r is not None:
                v += r
            out.append(str(v))
            continue
        if t in UNITS or t in TEENS:
            v, i = _small(toks, i)
            out.append(str(v))
            continue
        if t in TENS:
            if nxt in ORD and ORD[nxt] < 10:
                out.append(str(TENS[t] * 10 + ORD[nxt]))
                i += 2
                continue
            v, i = _small(toks, i)
            out.append(str(v))
            continue
        if t in ORD:
            out.append(str(ORD[t]))
            i += 1
            continue
        m = [k for k, mn in enumerate(MONTHS) if t == mn or (len(t) >= 3 and mn.startswith(t))]
        if m:
            out.append("M%d" % (m[0] + 1))
            i += 1
            continue
        if len(t) == 1 and t.isalpha():
            out.append(t.upper())
            if nxt in ("for", "as") and i + 2 < n:
                i += 3 if nxt == "for" else (4 if i + 2 < n and toks[i + 2] == "in" else 3)
            else:
                i += 1
            continue
        if t in NATO:
            out.append(NATO[t])
            i += 1
            continue
        if t in SYMS:
            out.append(SYMS[t])
            i += 1
            continue
        if t in "+@_.-":
            out.append(t)
            i += 1
            continue
        out.append("~" + t)  # literal word
        i += 1
    return out


def digits_of(text):
    return "".join(parse_spoken(text))


# ------------------------------------------------------------------ validators
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
    r = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in r)
    return int(num) % 97 == 1


def canon(text, typ):
    if typ == "EMAIL":
        if "@" in text:
            return re.sub(r"\s+", "", text).lower()
        return "".join(p.lstrip("~") for p in parse_spoken(text, True)).lower()
    pieces = [p for p in parse_spoken(text) if p not in (".", "-", "_", "@")]
    if typ in ("DOB", "EXPIRY"):
        return " ".join(pieces)
    if typ == "ADDRESS":
        return text.lower()
    if typ == "PHONE":
        pieces = [p for p in pieces if p != "+"]
    return "".join(p[1:].upper() if p.startswith("~") else p for p in pieces)


def _date_ok(c, kind):
    parts = c.split()
    months = [p for p in parts if p.startswith("M")]
    digs = "".join(p for p in parts if not p.startswith("M"))
    if not digs.isdigit():
        return False
    nums = [p for p in parts if not p.startswith("M")]
    if kind == "EXPIRY":
        if months:
            return len(months) == 1 and len(digs) in (2, 4)
        if len(nums) == 2:
            return 1 <= int(nums[0]) <= 12 and len(nums[1]) in (2, 4)
        return len(digs) in (4, 6) and 1 <= int(digs[:2]) <= 12
    if not months and len(nums) == 3:
        a, b, y = (int(x) for x in nums)
        if len(nums[2]) == 4 and 1920 <= y <= 2012 and ((1 <= a <= 31 and 1 <= b <= 12) or (1 <= a <= 12 and 1 <= b <= 31)):
            return True
        y, mo, d = a, b, int(nums[2])
        if len(nums[0]) == 4 and 1920 <= y <= 2012 and 1 <= mo <= 12 and 1 <= d <= 31:
            return True
    if months:
        if len(months) != 1 or len(digs) < 4:
            return False
        y, d = int(digs[-4:]), digs[:-4]
        return 1920 <= y <= 2012 and (d == "" or 1 <= int(d) <= 31)
    if len(digs) == 8:
        a, b, y = int(digs[:2]), int(digs[2:4]), int(digs[4:])
        if 1920 <= y <= 2012 and ((1 <= a <= 31 and 1 <= b <= 12) or (1 <= a <= 12 and 1 <= b <= 31)):
            return True
        y, mo, d = int(digs[:4]), int(digs[4:6]), int(digs[6:])
        return 1920 <= y <= 2012 and 1 <= mo <= 12 and 1 <= d <= 31
    if len(digs) == 6:
        a, b = int(digs[:2]), int(digs[2:4])
        return (1 <= a <= 31 and 1 <= b <= 12) or (1 <= a <= 12 and 1 <= b <= 31)
    return False


STREET_SFX = {"street", "st", "road", "rd", "avenue", "ave", "lane", "ln", "drive", "dr",
              "close", "crescent", "way", "place", "court", "ct", "terrace", "grove",
              "gardens", "boulevard", "blvd", "parade", "row", "hill", "park", "square"}
NUMWORDS = set(UNITS) | set(TEENS) | set(TENS)


def validate(canon_value, typ):
    c = canon_value
    if typ == "CARD_NUMBER":
        return bool(re.fullmatch(r"\d{13,19}", c)) and luhn_ok(c)
    if typ == "CVV":
        return bool(re.fullmatch(r"\d{3,4}", c))
    if typ in ("EXPIRY", "DOB"):
        return _date_ok(c, typ)
    if typ == "SSN":
        return bool(re.fullmatch(r"\d{9}", c)) and c[:3] not in ("000", "666") and c[0] != "9" \
            and c[3:5] != "00" and c[5:] != "0000"
    if typ == "NI_NUMBER":
        return bool(re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", c))
    if typ == "BANK_ACCOUNT":
        return bool(re.fullmatch(r"\d{6,12}", c))
    if typ == "SORT_CODE":
        return bool(re.fullmatch(r"\d{6}", c))
    if typ == "IBAN":
        return bool(re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{11,30}", c)) and iban_ok(c)
    if typ == "PHONE":
        return bool(re.fullmatch(r"\d{9,14}", c))
    if typ == "EMAIL":
        return bool(re.fullmatch(r"[a-z0-9._\-+]+@[a-z0-9\-]+(\.[a-z0-9\-]+)+", c))
    if typ == "POSTCODE":
        return bool(re.fullmatch(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}", c) or re.fullmatch(r"\d{5}(\d{4})?", c))
    if typ == "ADDRESS":
        toks = re.findall(r"[a-z]+|\d+", c)
        return bool(toks) and (toks[0].isdigit() or toks[0] in NUMWORDS or toks[0] in
                               ("flat", "apartment", "apt", "unit", "number")) \
            and any(t in STREET_SFX for t in toks)
    return False


# ------------------------------------------------------------- case building
class Case:
    def __init__(self, kind, note):
        self.kind = kind
        self.note = note
        self.turns = []   # [speaker, [segments]]
        self.groups = {}  # gid -> dict(type, expect, partial_of)
        self._g = 0

    def group(self, typ, expect=None, partial_of=None):
        self._g += 1
        self.groups[self._g] = {"type": typ, "expect": expect, "partial_of": partial_of}
        return self._g

    def turn(self, speaker, *segs):
        """segs: plain strings or (text, gid) tuples."""
        self.turns.append((speaker, list(segs)))

    def build(self):
        turns, spans, meta = [], [], []
        for ti, (spk, segs) in enumerate(self.turns):
            text = ""
            for s in segs:
                if isinstance(s, tuple):
                    val, gid = s
                    k = 0
                    while not val[k].isalnum():
                        k += 1
                    text += val[:k]
                    val = val[k:]
                    tail = ""
                    while not val[-1].isalnum():
                        tail = val[-1] + tail
                        val = val[:-1]
                    spans.append({"turn": ti, "start": len(text), "end": len(text) + len(val),
                                  "type": self.groups[gid]["type"]})
                    meta.append(gid)
                    text += val + tail
                else:
                    text += s
            turns.append({"speaker": spk, "text": text})
        return turns, spans, meta


R = random.Random(SEED)


def ch(seq):
    return R.choice(seq)


def zw(pure=True, uk=True):
    opts = ["oh", "oh", "zero"] + (["nought"] if uk else []) + (["o"] if pure else [])
    return ch(opts)


def dword(d, pure=True, uk=True):
    return zw(pure, uk) if d == "0" else UNITS[int(d)]


def pair_w(xy):
    x, y = int(xy[0]), int(xy[1])
    if x == 1:
        return TEENS[y]
    return TENS_W[x] + ("" if y == 0 else " " + UNITS[y])


def hund_w(xyz, uk=True):
    s = UNITS[int(xyz[0])] + " hundred"
    rest = xyz[1:]
    if rest == "00":
        return s
    r = UNITS[int(rest[1])] if rest[0] == "0" else pair_w(rest)
    return s + (" and " if uk or R.random() < 0.3 else " ") + r


def speak_digits(s, fancy=0.35, filler=0.0, pure=True, uk=True):
    for _ in range(30):
        out = []
        i = 0
        while i < len(s):
            r = R.random()
            rem = len(s) - i
            if rem >= 3 and s[i] != "0" and r < fancy * 0.12:
                out.append(hund_w(s[i:i + 3], uk)); i += 3
            elif rem >= 2 and s[i] != "0" and r < fancy:
                out.append(pair_w(s[i:i + 2])); i += 2
            elif rem >= 3 and s[i] == s[i + 1] == s[i + 2] and R.random() < 0.7:
                out.append("triple " + dword(s[i], False, uk)); i += 3
            elif rem >= 2 and s[i] == s[i + 1] and R.random() < 0.6:
                out.append("double " + dword(s[i], False, uk)); i += 2
            else:
                out.append(dword(s[i], pure, uk)); i += 1
            if filler and i < len(s) and R.random() < filler:
                out.append(ch(["um", "uh", "er", "erm"]))
        txt = " ".join(out)
        if digits_of(txt) == s:
            return txt
    return " ".join(UNITS[int(c)] for c in s)


def speak_grouped(s, sizes, fancy=0.35, filler=0.0, seps=(", ", " ", "... "), uk=True):
    for _ in range(30):
        parts, i = [], 0
        for z in sizes:
            parts.append(speak_digits(s[i:i + z], fancy, filler, True, uk))
            i += z
        txt = ""
        for k, p in enumerate(parts):
            txt += p
            if k < len(parts) - 1:
                txt += ch(seps)
                if filler and R.random() < filler:
                    txt += ch(["um", "uh", "er"]) + " "
        if digits_of(txt) == s:
            return txt
    return " ".join(UNITS[int(c)] for c in s)


def group_str(s, sizes, sep):
    out, i = [], 0
    for z in sizes:
        out.append(s[i:i + z]); i += z
    if i < len(s):
        out.append(s[i:])
    return sep.join(p for p in out if p)


def split_sizes(n, k):
    cuts = sorted(R.sample(range(2, n - 1), k - 1))
    sizes, prev = [], 0
    for c in cuts + [n]:
        sizes.append(c - prev); prev = c
    return sizes


def spell_letter(L, style):
    if style == 0:
        return L.lower()
    if style == 1:
        return L.lower() + " for " + NATO_W[L]
    if style == 2 and L in INFORMAL:
        return L.lower() + " for " + INFORMAL[L]
    return L.lower() + " as in " + NATO_W[L]


def speak_alnum(s, fancy=0.3, filler=0.0, letter_style=None):
    for _ in range(30):
        out, i = [], 0
        while i < len(s):
            if s[i].isalpha():
                st = letter_style if letter_style is not None else ch([0, 0, 1, 2, 3])
                if i + 1 < len(s) and s[i + 1] == s[i] and st == 0 and R.random() < 0.6:
                    out.append("double " + s[i].lower()); i += 2
                else:
                    out.append(spell_letter(s[i], st)); i += 1
            else:
                j = i
                while j < len(s) and s[j].isdigit():
                    j += 1
                out.append(speak_digits(s[i:j], fancy, filler, False)); i = j
            if filler and i < len(s) and R.random() < filler:
                out.append(ch(["um", "uh", "er"]))
        txt = " ".join(out)
        if digits_of(txt) == s:
            return txt
    return " ".join(c.lower() if c.isalpha() else UNITS[int(c)] for c in s)


# ------------------------------------------------------------ value makers
def luhn_complete(prefix, length):
    s = prefix + "".join(str(R.randint(0, 9)) for _ in range(length - len(prefix) - 1))
    for d in "0123456789":
        if luhn_ok(s + d):
            return s + d


def mk_card():
    kind = R.random()
    if kind < 0.45:
        return luhn_complete("4" + str(R.randint(0, 9)), 16)
    if kind < 0.7:
        return luhn_complete(str(R.randint(51, 55)), 16)
    if kind < 0.8:
        return luhn_complete(ch(["34", "37"]), 15)
    if kind < 0.88:
        return luhn_complete("6011", 16)
    if kind < 0.94:
        return luhn_complete("4", 13)
    return luhn_complete(ch(["6759", "6304"]), ch([18, 19]))


def mk_ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


NI1 = "ABCEGHJKLMNPRSTWXYZ"
NI2 = "ABCEGHJKLMNPRSTWXYZ"


def mk_ni():
    while True:
        p = ch(NI1) + ch(NI2)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + "".join(str(R.randint(0, 9)) for _ in range(6)) + ch("ABCD")


def mk_digits(n, first_nonzero=False):
    s = "".join(str(R.randint(0, 9)) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = str(R.randint(1, 9)) + s[1:]
    return s


def mk_iban():
    c = ch(["GB", "GB", "IE", "IE", "DE", "FR", "ES", "NL"])
    letters = "ABCDEFGHJKLMNPRSTUVWXYZ"
    if c in ("GB", "IE"):
        bban = "".join(ch(letters) for _ in range(4)) + mk_digits(14)
    elif c == "DE":
        bban = mk_digits(18)
    elif c == "FR":
        bban = mk_digits(23)
    elif c == "ES":
        bban = mk_digits(20)
    else:
        bban = "".join(ch(letters) for _ in range(4)) + mk_digits(10)
    num = "".join(str(int(x, 36)) for x in bban + c + "00")
    chk = 98 - int(num) % 97
    return c + "%02d" % chk + bban


def mk_phone(region):
    if region == "UK":
        return ch(["07" + mk_digits(9), "+447" + mk_digits(9), "020" + mk_digits(8),
                   "0161" + mk_digits(7), "01632" + mk_digits(6)])
    if region == "US":
        a = str(R.randint(2, 9)) + mk_digits(2)
        return ch(["", "+1"]) + a + str(R.randint(2, 9)) + mk_digits(6)
    if region == "IE":
        return ch(["08" + str(R.choice([3, 5, 6, 7, 9])) + mk_digits(7), "+3538" + str(R.choice([3, 5, 7])) + mk_digits(7),
                   "01" + mk_digits(7)])
    return ch(["+49151" + mk_digits(8), "+336" + mk_digits(8), "+34612" + mk_digits(6)])


FIRST = ["sarah", "james", "aoife", "liam", "priya", "tom", "maria", "deshawn", "niamh",
         "oluwaseun", "kate", "marek", "chloe", "raj", "siobhan", "dave", "ana", "fergal"]
LAST = ["doe", "murphy", "okafor", "smith", "kowalski", "patel", "byrne", "nguyen",
        "garcia", "walsh", "hughes", "o'neill", "fitzgerald", "khan", "reilly"]
DOMAINS = ["gmail.com", "hotmail.co.uk", "yahoo.com", "outlook.ie", "icloud.com",
           "btinternet.com", "eircom.net", "proton.me", "gmx.de", "live.co.uk"]


def mk_email():
    f, l = ch(FIRST), ch(LAST).replace("'", "")
    local = ch([f + "." + l, f[0] + "." + l, f + l + str(R.randint(1, 99)), f + "_" + l,
                l + f[0], f + "." + l + str(R.randint(70, 99))])
    return local + "@" + ch(DOMAINS)


def speak_email(e):
    local, dom = e.split("@")
    def sp(part):
        out = []
        for tok in re.findall(r"[a-z]+|\d+|[._\-]", part):
            if tok == ".":
                out.append("dot")
            elif tok == "_":
                out.append("underscore")
            elif tok == "-":
                out.append("dash")
            elif tok.isdigit():
                out.append(" ".join(UNITS[int(c)] for c in tok) if R.random() < 0.5 or len(tok) != 2
                           else pair_w(tok) if tok[0] != "0" else " ".join(UNITS[int(c)] for c in tok))
            elif len(tok) == 1:
                out.append(tok)
            elif R.random() < 0.25 and len(tok) <= 6 and tok not in NATO:
                out.append(" ".join(tok))
            else:
                out.append(tok)
        return " ".join(out)
    at = ch(["at", "at", "at sign"])
    txt = sp(local) + " " + at + " " + sp(dom)
    return txt.replace("at sign", "at")


STREETS = ["Acacia", "Mill", "Church", "Station", "Victoria", "Ormeau", "Griffith", "Maple",
           "Elm", "Harbour", "Castle", "Kingsway", "Oak", "Bridge", "Clonliffe", "Park View",
           "Willow", "Sycamore", "Queen", "Pembroke", "Lincoln", "Washington", "Cedar"]
UK_SFX = ["Street", "Road", "Avenue", "Lane", "Close", "Crescent", "Way", "Terrace", "Grove",
          "Gardens", "Place", "Drive", "Road"]
US_SFX = ["Street", "St", "Avenue", "Ave", "Drive", "Dr", "Boulevard", "Blvd", "Court", "Way", "Lane"]
UK_TOWNS = ["Leeds", "Manchester", "Cardiff", "Belfast", "Bristol", "Glasgow", "Norwich", "York"]
IE_TOWNS = ["Dublin 9", "Cork", "Galway", "Limerick", "Drogheda"]
US_TOWNS = ["Austin, TX", "Columbus, OH", "Portland, OR", "Tampa, FL", "Denver, CO", "Albany, NY"]


def num_words(n, uk=True):
    s = str(n)
    if len(s) == 1:
        return UNITS[n]
    if len(s) == 2:
        return pair_w(s)
    if len(s) == 3:
        return hund_w(s, uk) if R.random() < 0.5 else UNITS[int(s[0])] + " " + (pair_w(s[1:]) if s[1] != "0" else "oh " + UNITS[int(s[2])])
    return pair_w(s[:2]) + " " + (pair_w(s[2:]) if s[2] != "0" else "oh " + UNITS[int(s[3])])


def mk_address(region, voice):
    st = ch(STREETS)
    if region == "US":
        n = R.randint(100, 9899) if R.random() < 0.7 else R.randint(10, 99)
        sfx = ch(US_SFX)
        dirn = ch(["", "", "North ", "N ", "West ", "E "])
        if voice:
            dirn = {"N ": "north ", "E ": "east "}.get(dirn, dirn.lower())
            sfx = {"St": "street", "Ave": "avenue", "Dr": "drive", "Blvd": "boulevard"}.get(sfx, sfx).lower()
            s = num_words(n, False) + " " + dirn + st.lower() + " " + sfx
            if R.random() < 0.3:
                s += ", apartment " + UNITS[R.randint(1, 9)] + " " + ch("bcd")
            return s
        s = "%d %s%s %s" % (n, dirn, st, sfx)
        if R.random() < 0.3:
            s += ", Apt " + str(R.randint(1, 30)) + ch(["", "B", "C"])
        return s
    n = R.randint(1, 240)
    sfx = ch(UK_SFX)
    flat = R.random() < 0.3
    if voice:
        s = (num_words(n) + " " + st.lower() + " " + sfx.lower())
        if flat:
            s = "flat " + UNITS[R.randint(1, 9)] + ", " + s
        return s
    s = "%d %s %s" % (n, st, sfx)
    if R.random() < 0.25:
        s = s.lower()
    if flat:
        s = ch(["Flat ", "flat ", "Apartment "]) + str(R.randint(1, 24)) + ch([", ", " ", ", "]) + s
    return s


def mk_uk_postcode():
    L = "ABCDEFGHJKLMNPRSTUWXY"
    pat = ch(["A9", "A99", "AA9", "AA99", "AA9A", "A9A"])
    out = ""
    for k, p in enumerate(pat):
        out += ch("ABCDEGHKLMNPRSTW") if p == "A" and k == 0 else (ch(L) if p == "A" else str(R.randint(1 if k == len(pat) - 1 and pat.endswith("9") and k == 1 else 0, 9)))
    return out + str(R.randint(0, 9)) + ch("ABDEFGHJLNPQRSTUWXYZ") + ch("ABDEFGHJLNPQRSTUWXYZ")


def render_postcode(pc, voice):
    if pc.isdigit():
        if voice:
            return speak_digits(pc, 0.25)
        return pc if len(pc) == 5 else pc[:5] + "-" + pc[5:]
    outward, inward = pc[:-3], pc[-3:]
    if voice:
        sep = ch([" ", ", ", "... "])
        return speak_alnum(outward, 0.0) + sep + speak_alnum(inward, 0.0)
    s = outward + ch([" ", " ", ""]) + inward
    return s.lower() if R.random() < 0.25 else s


def mk_dob():
    return R.randint(1938, 2005), R.randint(1, 12), R.randint(1, 28)


def ord_w(d):
    if d in ORD_W:
        return ORD_W[d]
    return TENS_W[d // 10] + " " + ORD_W[d % 10]


def year_w(y):
    s = str(y)
    if s.startswith("19"):
        return "nineteen " + (pair_w(s[2:]) if s[2] != "0" else "oh " + UNITS[int(s[3])])
    return ch(["two thousand and " + UNITS[int(s[3])] if s[2] == "0" else "two thousand and " + pair_w(s[2:]),
               "twenty " + (pair_w(s[2:]) if s[2] != "0" else "oh " + UNITS[int(s[3])])])


def render_dob(d, voice, us):
    y, m, dd = d
    mn = MONTHS[m - 1]
    if voice:
        f = R.randint(0, 3)
        if f == 0:
            return "the " + ord_w(dd) + " of " + mn + " " + year_w(y)
        if f == 1:
            return mn + " " + ord_w(dd) + ", " + year_w(y)
        if f == 2:
            return ord_w(dd) + " " + mn + " " + ch(["", "um "]) + year_w(y)
        a, b = ("%02d" % m, "%02d" % dd) if us else ("%02d" % dd, "%02d" % m)
        return speak_digits(a, 0.0, pure=False) + " " + speak_digits(b, 0.0, pure=False) + " " + year_w(y)
    f = R.randint(0, 4)
    if f == 0:
        return ("%02d/%02d/%d" % (m, dd, y)) if us else ("%02d/%02d/%d" % (dd, m, y))
    if f == 1:
        return "%d%s %s %d" % (dd, {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}.get(dd, "th"), mn.capitalize(), y)
    if f == 2:
        return "%d-%02d-%02d" % (y, m, dd)
    if f == 3:
        return "%s %d, %d" % (mn.capitalize()[:3] if R.random() < 0.5 else mn.capitalize(), dd, y)
    return ("%d.%d.%d" % (dd, m, y))


def render_expiry(voice):
    m, y = R.randint(1, 12), R.randint(2025, 2031)
    if voice:
        f = R.randint(0, 3)
        if f == 0:
            return speak_digits("%02d" % m, 0.0, pure=False) + " " + pair_w(str(y)[2:])
        if f == 1:
            return MONTHS[m - 1] + " " + ch([pair_w(str(y)[2:]), year_w(y)])
        if f == 2:
            return speak_digits("%02d" % m, 0.0, pure=False) + " slash " + speak_digits(str(y)[2:], 0.0)
        return speak_digits("%02d" % m, 0.0, pure=False) + ", " + year_w(y)
    return ch(["%02d/%02d" % (m, y % 100), "%02d/%d" % (m, y), "%d/%02d" % (m, y % 100),
               "%02d-%02d" % (m, y % 100), "%s %d" % (MONTHS[m - 1].capitalize()[:3], y)])


# ------------------------------------------------------------ context
INDUSTRY = {
    "banking": ["Northgate Bank", "Harbour Credit Union", "First Lakes Bank"],
    "telecom": ["Vyne Mobile", "Telcoria Broadband", "EirLink"],
    "utilities": ["Brightwater Energy", "City Gas & Power", "Loughside Water"],
    "retail": ["Marlow & Finch", "ShopStack", "Greenbay Outfitters"],
    "insurance": ["Kestrel Insurance", "Meridian Mutual", "Anchor Home Cover"],
    "travel": ["Skyway Air", "Atlantic Rail", "Sunfield Holidays"],
    "healthcare billing": ["St Brigid's Billing", "MedPay Services", "CareFirst Billing"],
    "government": ["the Revenue helpline", "the Benefits Service", "County Records Office"],
}
REGIONS = ["UK", "UK", "US", "US", "IE", "EU"]


def ctx():
    ind = ch(sorted(INDUSTRY))
    return ind, ch(INDUSTRY[ind])


def greet(c, org, voice):
    if voice:
        c.turn("agent", ch(["thank you for calling %s, my name is %s, how can i help", "hi you're through to %s, "
                            "you're speaking with %s", "good morning %s, %s speaking"]) % (org, ch(["dan", "michelle", "kofi", "orla", "brett"])))
    else:
        c.turn("agent", ch(["Hi, thanks for contacting %s! You're chatting with %s.", "Welcome to %s live chat. %s here, how can I help?"]) % (org, ch(["Jess", "Sam", "Aidan", "Priya"])))


BACKCH = ["mhm", "go on", "yep", "okay", "uh huh", "right", "got that", "yeah go ahead", "mm hmm, and"]
ASIDES = [", hang on, it's in my other hand, ", " - sorry, the dog's barking - ", ", wait, my glasses, okay, ",
          " ... hold on, just reading it off the card ... ", ", uh, where was i, ", ", sorry, kids are shouting, "]
LEAD = {
    "CARD_NUMBER": ["it's ", "the long number is ", "card number is ", "yeah so it's ", "ok it's ", "", "card: ", "number on the front is "],
    "CVV": ["the three digits on the back are ", "security code is ", "cvv ", "it's ", "cvc: "],
    "EXPIRY": ["expires ", "expiry is ", "exp ", "it runs out ", "valid till "],
    "SSN": ["my social is ", "social security number ", "ssn: ", "it's ", "the last, uh, no the full one is ", "SSN is "],
    "NI_NUMBER": ["my national insurance is ", "NI number: ", "ni no ", "it's ", "national insurance number is "],
    "BANK_ACCOUNT": ["account number ", "acct no: ", "a/c ", "the account's ", "acc number is "],
    "SORT_CODE": ["sort code ", "the sort code is ", "s/c ", "sort code: "],
    "IBAN": ["my IBAN is ", "iban: ", "the iban is ", "IBAN ", "it's "],
    "PHONE": ["you can reach me on ", "my number is ", "mobile: ", "call me on ", "it's ", "best number is "],
    "EMAIL": ["my email is ", "email: ", "it's ", "send it to ", "e-mail address is "],
    "DOB": ["date of birth is ", "dob ", "born ", "it's ", "my birthday is "],
    "POSTCODE": ["postcode ", "zip ", "it's "],
    "ADDRESS": ["i live at ", "address is ", "it's ", "it's going to ", "moved to "],
}
ASK = {
    "CARD_NUMBER": "can i take the long number on the card please", "CVV": "and the security code on the back",
    "EXPIRY": "and the expiry date", "SSN": "can you verify your social security number",
    "NI_NUMBER": "can i have your national insurance number", "BANK_ACCOUNT": "what's the account number",
    "SORT_CODE": "and the sort code", "IBAN": "what IBAN should the refund go to",
    "PHONE": "what's the best contact number", "EMAIL": "what email address should we use",
    "DOB": "can you confirm your date of birth", "POSTCODE": "and the postcode", "ADDRESS": "what's the first line of the address",
}
READBACK_PRE = ["so that's ", "let me read that back, ", "just to confirm, ", "okay, i have ", "great, "]
READBACK_POST = ["?", ", is that right?", ", correct?", "."]


def region_for(typ):
    return {"SSN": "US", "NI_NUMBER": "UK", "SORT_CODE": "UK"}.get(typ, ch(REGIONS))


def render(typ, val, voice, region="UK", filler=0.0):
    uk = region != "US"
    if typ == "CARD_NUMBER":
        n = len(val)
        if voice:
            sizes = [4, 6, 5] if n == 15 else ([4] * (n // 4) + ([n % 4] if n % 4 else []))
            return speak_grouped(val, sizes, 0.3, filler, uk=uk)
        f = R.randint(0, 4)
        if f == 0:
            return val
        if f == 4:
            return group_str(val, split_sizes(n, 3), ch([" ", "-"]))
        return group_str(val, [4, 6, 5] if n == 15 else [4] * 5, ch([" ", "-", " ", "  "]))
    if typ in ("CVV", "BANK_ACCOUNT"):
        return speak_digits(val, 0.35, filler, uk=uk) if voice else val
    if typ == "SSN":
        if voice:
            return speak_grouped(val, [3, 2, 4], 0.3, filler, uk=False)
        return ch([val[:3] + "-" + val[3:5] + "-" + val[5:], val[:3] + " " + val[3:5] + " " + val[5:], val,
                   val[:3] + "." + val[3:5] + "." + val[5:]])
    if typ == "NI_NUMBER":
        if voice:
            return speak_alnum(val, 0.4, filler)
        s = ch([val, val[:2] + " " + val[2:4] + " " + val[4:6] + " " + val[6:8] + " " + val[8],
                val[:2] + " " + val[2:8] + " " + val[8], val[:2] + "-" + val[2:4] + "-" + val[4:6] + "-" + val[6:8] + "-" + val[8]])
        return s.lower() if R.random() < 0.3 else s
    if typ == "SORT_CODE":
        if voice:
            return speak_grouped(val, [2, 2, 2], 0.5, filler)
        return ch([val[:2] + "-" + val[2:4] + "-" + val[4:], val, val[:2] + " " + val[2:4] + " " + val[4:]])
    if typ == "IBAN":
        if voice:
            return speak_alnum(val, 0.2, filler, letter_style=ch([0, 1, None]))
        s = group_str(val, [4] * 9, " ") if R.random() < 0.6 else val
        return s.lower() if R.random() < 0.2 else s
    if typ == "PHONE":
        plus = val.startswith("+")
        d = val.lstrip("+")
        if voice:
            body = speak_grouped(d, split_sizes(len(d), 3), 0.3, filler, uk=uk)
            if plus:
                return "plus " + body
            return body
        if region == "US" and not plus and len(d) == 10:
            return ch(["(%s) %s-%s" % (d[:3], d[3:6], d[6:]), "%s-%s-%s" % (d[:3], d[3:6], d[6:]), "%s.%s.%s" % (d[:3], d[3:6], d[6:])])
        return ("+" if plus else "") + group_str(d, split_sizes(len(d), ch([2, 3])), ch([" ", " ", "-"]))
    if typ == "EMAIL":
        if voice:
            return speak_email(val)
        return val.upper() if R.random() < 0.1 else (val.capitalize() if R.random() < 0.2 else val)
    if typ == "POSTCODE":
        return render_postcode(val, voice)
    raise ValueError(typ)


def mk_value(typ, region):
    if typ == "CARD_NUMBER":
        return mk_card()
    if typ == "CVV":
        return mk_digits(3)
    if typ == "SSN":
        return mk_ssn()
    if typ == "NI_NUMBER":
        return mk_ni()
    if typ == "BANK_ACCOUNT":
        return mk_digits(8) if region != "US" else mk_digits(R.randint(9, 12), True)
    if typ == "SORT_CODE":
        return mk_digits(6)
    if typ == "IBAN":
        return mk_iban()
    if typ == "PHONE":
        return mk_phone(region)
    if typ == "EMAIL":
        return mk_email()
    if typ == "POSTCODE":
        return mk_digits(5, True) if region == "US" else mk_uk_postcode()
    raise ValueError(typ)


def cust_yes(c, voice):
    c.turn("customer", ch(["yes that's right", "yep", "that's it", "correct", "yeah"]) if voice else ch(["yes", "Yes that's correct", "yep thats it"]))


# ------------------------------------------------------------ positive patterns
def pos_simple(typ, style=None):
    voice = R.random() < 0.55
    region = region_for(typ)
    ind, org = ctx()
    style = style or ch(["plain", "plain", "readback", "split", "aside", "correct", "restart"])
    if style in ("split", "aside", "restart") and typ in ("EMAIL", "POSTCODE", "CVV"):
        style = "readback"
    if style in ("split", "restart"):
        voice = True
    c = Case("positive", "%s %s, %s, %s" % (ind, "call" if voice else "chat", typ, style))
    if R.random() < 0.5:
        greet(c, org, voice)
    ask = ASK[typ]
    c.turn("agent", ask if voice else ask.capitalize() + "?")
    val = mk_value(typ, region)
    lead = ch(LEAD[typ])
    lead = lead if voice or R.random() < 0.5 else lead.capitalize()
    filler = 0.08 if voice and R.random() < 0.5 else 0.0
    if style == "split":
        if typ == "IBAN":
            k = ch([2, 3]); sizes = split_sizes(len(val), k)
        else:
            sizes = split_sizes(len(val), ch([2, 3]) if len(val) > 8 else 2)
        g = c.group(typ, val)
        i = 0
        for k, z in enumerate(sizes):
            part = val[i:i + z]; i += z
            if typ in ("IBAN", "NI_NUMBER"):
                txt = speak_alnum(part, 0.3, filler)
            elif part.startswith("+"):
                txt = "plus " + speak_digits(part[1:], 0.3, 0.0)
            else:
                txt = speak_digits(part, 0.3, filler, uk=region != "US")
            c.turn("customer", (lead if k == 0 else ch(["", "then ", "", "and "])) , (txt, g), ch(["", "...", ","]))
            if k < len(sizes) - 1:
                c.turn("agent", ch(BACKCH))
    elif style == "aside":
        g = c.group(typ, val)
        z = split_sizes(len(val), 2)[0]
        a, b = val[:z], val[z:]
        if typ in ("IBAN", "NI_NUMBER"):
            ta, tb = (speak_alnum(a, 0.3), speak_alnum(b, 0.3)) if voice else (a, b)
        elif typ == "PHONE" and a.startswith("+"):
            ta = ("plus " + speak_digits(a[1:], 0.3)) if voice else a
            tb = speak_digits(b, 0.3) if voice else b
            if len(a) == 1:
                ta = "plus" if voice else "+"
        else:
            ta, tb = (speak_digits(a, 0.3), speak_digits(b, 0.3)) if voice else (a, b)
        if ta in ("plus", "+"):
            c.turn("customer", lead, (ta + " " + tb if voice else ta + tb, g))
        else:
            c.turn("customer", lead, (ta, g), ch(ASIDES) if voice else ch([" ... oops hit enter, ", " (sorry typing on phone) "]), (tb, g))
    elif style == "restart":
        gfull = c.group(typ, val)
        cut = R.randint(3, max(4, len(val) // 2))
        frag = val[:cut]
        if typ in ("IBAN", "NI_NUMBER"):
            ftxt = speak_alnum(frag, 0.3)
        elif frag.startswith("+"):
            ftxt = "plus " + speak_digits(frag[1:], 0.3)
        else:
            ftxt = speak_digits(frag, 0.3)
        gp = c.group(typ, frag, partial_of=gfull)
        c.turn("customer", lead, (ftxt, gp), ch(["...", " -", ", uh"]))
        c.turn("agent", ch(["sorry you broke up there, can you start again from the beginning", "sorry, say that again?",
                            "you're cutting out, could you repeat the whole thing"]))
        c.turn("customer", ch(["yeah sorry, ", "okay from the top, ", "", "sorry, "]), (render(typ, val, True, region, filler), gfull))
    elif style == "correct":
        val2 = mk_value(typ, region)
        g1, g2 = c.group(typ, val), c.group(typ, val2)
        c.turn("customer", lead, (render(typ, val, voice, region, filler), g1),
               ch([", no wait, that's my old one, it's ", " - sorry no, scratch that, the right one is ", "... actually no, that's my husband's, mine is ",
                   ". Hmm no. Try ", ", sorry, wrong one, it should be "]), (render(typ, val2, voice, region), g2))
    else:
        tail = ch(["", "", ".", " thanks", ", if that helps", " i think"]) if voice else ch(["", ".", " thx", " :)", " - is that ok?"])
        c.turn("customer", lead, (render(typ, val, voice, region, filler), c.group(typ, val)), tail)
        if style == "readback":
            g = c.group(typ, val)
            c.turn("agent", ch(READBACK_PRE), (render(typ, val, voice, region), g), ch(READBACK_POST))
            cust_yes(c, voice)
    return c


def pos_payment():
    voice = R.random() < 0.6
    region = ch(REGIONS)
    ind, org = ctx()
    c = Case("positive", "%s %s, card payment with expiry and cvv" % (ind, "call" if voice else "chat"))
    greet(c, org, voice)
    c.turn("customer", ch(["i'd like to pay my bill", "I want to pay the outstanding balance", "need to update the card on file",
                           "i'm calling to book and pay for the trip"]))
    c.turn("agent", ch(["no problem, what's the long card number", "Sure. Please enter the 16 digit card number", "okay, whenever you're ready, the card number"]))
    card = mk_card()
    g = c.group("CARD_NUMBER", card)
    filler = 0.07 if voice and R.random() < 0.6 else 0.0
    if voice and R.random() < 0.45:
        n = len(card)
        sizes = [4, 6, 5] if n == 15 else [4] * (n // 4) + ([n % 4] if n % 4 else [])
        i = 0
        for k, z in enumerate(sizes):
            c.turn("customer", ("it's " if k == 0 else ""), (speak_digits(card[i:i + z], 0.3, filler, uk=region != "US"), g))
            i += z
            if k < len(sizes) - 1:
                c.turn("agent", ch(BACKCH))
    else:
        c.turn("customer", ch(LEAD["CARD_NUMBER"]), (render("CARD_NUMBER", card, voice, region, filler), g))
    c.turn("agent", ch(["and the expiry date?", "expiry?", "thanks, and when does it expire"]))
    ge = c.group("EXPIRY")
    c.turn("customer", ch(LEAD["EXPIRY"]) if R.random() < 0.5 else "", (render_expiry(voice), ge))
    c.turn("agent", ASK["CVV"] + ("" if voice else "?"))
    cvv = mk_digits(4 if len(card) == 15 else 3)
    if voice and R.random() < 0.3 and cvv[0] != "0":
        ctext = hund_w(cvv[:3]) + ("" if len(cvv) == 3 else " " + UNITS[int(cvv[3])])
        if digits_of(ctext) != cvv:
            ctext = speak_digits(cvv, 0.0)
    else:
        ctext = render("CVV", cvv, voice, region)
    c.turn("customer", ch(LEAD["CVV"]) if R.random() < 0.5 else "", (ctext, c.group("CVV", cvv)))
    if R.random() < 0.5:
        last4 = card[-4:]
        gl = c.group("CARD_NUMBER", last4, partial_of=g)
        c.turn("agent", ch(["perfect, so that's the card ending ", "Thanks, payment taken from card ending ", "lovely, the card ending in "]),
               (speak_digits(last4, 0.3) if voice else last4, gl), ch([", all done.", ". you'll get a confirmation", "."]))
    return c


def pos_address():
    voice = R.random() < 0.5
    region = ch(["UK", "UK", "US", "IE"])
    ind, org = ctx()
    c = Case("positive", "%s %s, address and postcode" % (ind, "call" if voice else "chat"))
    c.turn("agent", ch(["can i take the address", "What's the billing address?", "where should we send the replacement", "what's the address on the account"]))
    addr = mk_address(region, voice)
    town = ch(US_TOWNS if region == "US" else IE_TOWNS if region == "IE" else UK_TOWNS)
    ga = c.group("ADDRESS", addr)
    if region == "IE":
        c.turn("customer", ch(LEAD["ADDRESS"]), (addr, ga), ", " + town + ch(["", ", there's no postcode on it", " - I don't know the eircode"]))
        return c
    pc = mk_digits(5, True) if region == "US" else mk_uk_postcode()
    gp = c.group("POSTCODE", pc)
    if R.random() < 0.5:
        c.turn("customer", ch(LEAD["ADDRESS"]), (addr, ga), ", " + (town.lower() if voice else town) + ch([", ", " ", ", postcode ", " zip "]) if region == "US" else
               ", " + (town.lower() if voice else town) + ch([", ", " ", ", postcode "]), (render_postcode(pc, voice), gp))
    else:
        c.turn("customer", ch(LEAD["ADDRESS"]), (addr, ga), ch([", " + town, " in " + town, ""]))
        c.turn("agent", ch(["and the postcode", "And the zip?" if region == "US" else "And the postcode?", "postcode please"]))
        c.turn("customer", ch(["", "it's ", "um it's "]), (render_postcode(pc, voice), gp))
        if R.random() < 0.5:
            c.turn("agent", ch(READBACK_PRE), (render_postcode(pc, voice), c.group("POSTCODE", pc)), ch(READBACK_POST))
    return c


def pos_dob():
    voice = R.random() < 0.55
    us = R.random() < 0.4
    ind, org = ctx()
    c = Case("positive", "%s %s, date of birth" % (ind, "call" if voice else "chat"))
    c.turn("agent", ch(["for security can i take your date of birth", "Can you confirm your DOB please?", "and your date of birth"]))
    d = mk_dob()
    c.turn("customer", ch(LEAD["DOB"]) if R.random() < 0.6 else "", (render_dob(d, voice, us), c.group("DOB")),
           ch(["", "", ".", " - I'm " + str(2025 - d[0]) + " now"]))
    if R.random() < 0.4:
        c.turn("agent", ch(READBACK_PRE), (render_dob(d, voice, us), c.group("DOB")), ch(READBACK_POST))
    return c


def pos_bank():
    voice = R.random() < 0.55
    ind, org = ctx()
    c = Case("positive", "%s %s, sort code and account" % (ind, "call" if voice else "chat"))
    c.turn("agent", ch(["what are the bank details for the direct debit", "Which account should the refund go to?"]))
    sc, acct = mk_digits(6), mk_digits(8)
    f = 0.1 if voice else 0.0
    if R.random() < 0.5:
        c.turn("customer", ch(LEAD["SORT_CODE"]), (render("SORT_CODE", sc, voice, "UK", f), c.group("SORT_CODE", sc)),
               ch([", account ", " and account number ", ", acct no: ", " / a/c "]), (render("BANK_ACCOUNT", acct, voice, "UK", f), c.group("BANK_ACCOUNT", acct)))
    else:
        c.turn("customer", ch(LEAD["BANK_ACCOUNT"]), (render("BANK_ACCOUNT", acct, voice, "UK", f), c.group("BANK_ACCOUNT", acct)))
        c.turn("agent", "and the sort code" + ("" if voice else "?"))
        c.turn("customer", "", (render("SORT_CODE", sc, voice, "UK", f), c.group("SORT_CODE", sc)))
    if R.random() < 0.4:
        c.turn("agent", "so sort code ", (render("SORT_CODE", sc, voice, "UK"), c.group("SORT_CODE", sc)), ", account ",
               (render("BANK_ACCOUNT", acct, voice, "UK"), c.group("BANK_ACCOUNT", acct)), ch(READBACK_POST))
    return c


def pos_contact():
    voice = R.random() < 0.5
    region = ch(REGIONS)
    ind, org = ctx()
    c = Case("positive", "%s %s, phone and email" % (ind, "call" if voice else "chat"))
    c.turn("agent", ch(["can i get a contact number and email", "What's the best phone number and email for updates?"]))
    ph, em = mk_phone(region), mk_email()
    c.turn("customer", ch(LEAD["PHONE"]), (render("PHONE", ph, voice, region), c.group("PHONE", ph)),
           ch([" and the email is ", ", email ", ". and email: ", " - email "]), (render("EMAIL", em, voice), c.group("EMAIL", em)))
    if voice and R.random() < 0.5:
        c.turn("agent", "that's ", (speak_email(em), c.group("EMAIL", em)), ch(READBACK_POST))
    return c


# ------------------------------------------------------------ negatives
def n_order():
    s = luhn_complete(ch(["4", "5"]), 16)
    return ch(["your order number is ", "Order #", "ok the order ref is ", "order no. "]) + group_str(s, [4] * 4, ch([" ", "-", ""]))


def n_spoken_ref():
    s = mk_digits(R.randint(10, 16))
    lab = ch(["the booking reference is ", "my ticket number is ", "the claim number is ", "the tracking number on the docket is ",
              "my meter serial is ", "the invoice number is ", "my policy number is ", "my customer reference is "])
    return lab + speak_grouped(s, split_sizes(len(s), 3), 0.3, 0.1)


def n_amount():
    return ch(["your balance is £%d.%02d" % (R.randint(10, 4000), R.randint(0, 99)),
               "that comes to %s pounds %s" % (num_words(R.randint(20, 999)), pair_w(str(R.randint(20, 99)))),
               "the bill was $%d,%03d.%02d" % (R.randint(1, 9), R.randint(0, 999), R.randint(0, 99)),
               "outstanding amount €%d.%02d" % (R.randint(5, 900), R.randint(0, 99)),
               "it's %s ninety nine a month" % UNITS[R.randint(2, 9)],
               "i was charged %s hundred and %s euro" % (UNITS[R.randint(1, 9)], pair_w(str(R.randint(20, 99))))])


def n_last4():
    s = mk_digits(4)
    return ch(["the card ending %s" % s, "Is that the card ending in %s?" % s, "it's the visa ending %s" % speak_digits(s, 0.4),
               "the one that ends in %s" % speak_digits(s, 0.4), "card ending ****%s" % s, "the last four are %s" % s])


def n_time():
    return ch(["we're open 8am to 8pm Monday to Friday", "the engineer will come between %d and %d" % (R.randint(7, 11), R.randint(1, 5)),
               "call back after half past %s" % UNITS[R.randint(2, 9)], "your appointment is at %d:%02d" % (R.randint(8, 17), ch([0, 15, 30, 45])),
               "lines open at %s o'clock" % UNITS[R.randint(7, 9)], "it's %d:%02d now and I've been on hold since %d:%02d" % (R.randint(10, 16), R.randint(10, 59), R.randint(9, 10), R.randint(0, 59))])


def n_misc():
    return ch(["i've been waiting %s minutes" % num_words(R.randint(20, 95)), "I'm %d years old" % R.randint(19, 90),
               "my dad is %s" % num_words(R.randint(60, 95)), "the house is at %d degrees" % R.randint(12, 24),
               "that's a %d.%d%% rate" % (R.randint(1, 9), R.randint(0, 9)), "it's been %d days" % R.randint(2, 40),
               "we have %s people on the plan" % UNITS[R.randint(2, 6)], "you've used %d.%d GB of %d GB" % (R.randint(1, 40), R.randint(0, 9), ch([50, 100])),
               "i've been a customer since %d" % R.randint(1995, 2023), "since nineteen %s" % pair_w(str(R.randint(70, 99)))])


def n_dates():
    d, m, y = R.randint(1, 28), R.randint(1, 12), R.randint(2024, 2027)
    return ch(["your appointment is on %02d/%02d/%d" % (d, m, y), "the contract ends on the %s of %s" % (ord_w(d), MONTHS[m - 1]),
               "payment is due %d %s %d" % (d, MONTHS[m - 1].capitalize(), y), "the next bill date is %s %s" % (MONTHS[m - 1], ord_w(d)),
               "renewal date %d-%02d-%02d" % (y, m, d), "I paid it on the %s" % ord_w(d)])


def n_meter():
    s = mk_digits(R.randint(5, 7))
    return ch(["the meter reading is %s" % s, "reading's %s" % speak_digits(s, 0.3), "E7 day reading %s, night %s" % (s, mk_digits(5)),
               "the gas meter says %s" % speak_digits(s, 0.2)])


def n_travel():
    return ch(["flight %s%d" % (ch(["BA", "EI", "FR", "UA", "LH"]), R.randint(100, 9999)), "gate %d" % R.randint(1, 60),
               "seat %d%s" % (R.randint(1, 40), ch("ABCDEF")), "room %d" % R.randint(100, 1299),
               "the flight is ei %s" % speak_digits(mk_digits(3, True), 0.3), "coach %s seat %s" % (ch("ABCDEFG"), num_words(R.randint(10, 80)))])


def n_codes():
    return ch(["tracking number 1Z%s%s" % ("".join(ch("ABCDEFWXY") for _ in range(6)), mk_digits(10)),
               "serial number SN-%s-%s" % (mk_digits(4), mk_digits(6)), "model number %s-%d" % (ch(["WX", "KD", "HT"]), R.randint(100, 9999)),
               "policy number POL%s" % mk_digits(9), "claim ref CLM-%d-%s" % (R.randint(2023, 2026), mk_digits(6)),
               "ticket #%s" % mk_digits(7), "invoice INV-%s-%s" % (mk_digits(8), mk_digits(4)),
               "the parcel ref is %s%sGB" % (ch(["JD", "RM", "AB"]), mk_digits(9)), "router serial %s" % mk_digits(14),
               "the customer ref on the bill is %s" % group_str(mk_digits(12), [4, 4, 4], " ")])


def n_roads():
    return ch(["i'm stuck on the M%d" % R.randint(1, 62), "near the A%d junction" % R.randint(1, 600),
               "off Route %d" % R.randint(1, 99), "the N%d is closed" % R.randint(1, 30), "just past junction %s" % num_words(R.randint(2, 30))])


NEG = [n_order, n_spoken_ref, n_amount, n_last4, n_time, n_misc, n_dates, n_meter, n_travel, n_codes, n_roads]


def neg_case(k):
    ind, org = ctx()
    voice = R.random() < 0.5
    c = Case("negative", "%s %s, non-PII numbers" % (ind, "call" if voice else "chat"))
    if R.random() < 0.4:
        greet(c, org, voice)
    picks = [NEG[k % len(NEG)]] + [ch(NEG) for _ in range(R.randint(0, 2))]
    for j, fn in enumerate(picks):
        s = fn()
        if voice:
            s = s.lower()
        spk = ch(["customer", "agent"])
        pre = ch(["", "okay so ", "right, ", "um ", "yeah "]) if voice else ch(["", "Ok, ", "FYI "])
        c.turn(spk, pre + s + ch(["", ".", "?", " thanks"]))
        if R.random() < 0.5:
            c.turn("agent" if spk == "customer" else "customer", ch(["mhm", "okay", "got it", "right", "great, thanks", "ok"]))
    return c


# ------------------------------------------------------------ assembly
def generate():
    pos = []
    for _ in range(46):
        pos.append(pos_payment())
    for st in ["plain", "readback", "split", "aside", "correct", "restart"] * 4:
        pos.append(pos_simple("CARD_NUMBER", st))
    for typ in ("SSN", "NI_NUMBER"):
        for st in ["plain", "readback", "split", "aside", "correct", "restart"] * 5 + ["plain", "split"]:
            pos.append(pos_simple(typ, st))
    for _ in range(14):
        pos.append(pos_bank())
    for typ in ("IBAN", "PHONE", "BANK_ACCOUNT"):
        for st in ["plain", "readback", "split", "aside", "correct", "restart"] * 2:
            pos.append(pos_simple(typ, st))
    for st in ["plain", "readback", "correct"] * 3:
        pos.append(pos_simple("EMAIL", st))
        pos.append(pos_simple("POSTCODE", st))
    for _ in range(8):
        pos.append(pos_contact())
    for _ in range(16):
        pos.append(pos_address())
    for _ in range(14):
        pos.append(pos_dob())
    for st in ["plain", "readback"] * 3:
        pos.append(pos_simple("SORT_CODE", st))
        pos.append(pos_simple("CVV", st))
    negs = [neg_case(k) for k in range(110)]
    rows, metas = [], []
    for k, c in enumerate(pos):
        rows.append(("h343-pos-%03d" % (k + 1), c)); 
    for k, c in enumerate(negs):
        rows.append(("h343-neg-%03d" % (k + 1), c))
    lines = []
    for cid, c in rows:
        turns, spans, meta = c.build()
        lines.append(json.dumps({"id": cid, "kind": c.kind, "turns": turns, "spans": spans, "note": c.note}, ensure_ascii=False))
        metas.append((cid, c, meta))
    return "\n".join(lines) + "\n", metas


def check(text, metas):
    errs = []
    recs = [json.loads(l) for l in text.splitlines()]
    ids = [r["id"] for r in recs]
    if len(set(ids)) != len(ids):
        errs.append("duplicate ids")
    counts = {t: 0 for t in TYPES}
    npos = nneg = 0
    for r, (cid, c, meta) in zip(recs, metas):
        assert r["id"] == cid
        if r["kind"] == "negative":
            nneg += 1
            if r["spans"]:
                errs.append(cid + ": negative with spans")
        else:
            npos += 1
            if not r["spans"]:
                errs.append(cid + ": positive without spans")
        for t in r["turns"]:
            if t["speaker"] not in ("customer", "agent"):
                errs.append(cid + ": bad speaker")
        by_turn = {}
        gtext = {}
        for sp, gid in zip(r["spans"], meta):
            counts[sp["type"]] += 1
            txt = r["turns"][sp["turn"]]["text"]
            s, e = sp["start"], sp["end"]
            if not (0 <= s < e <= len(txt)):
                errs.append(cid + ": offsets out of range"); continue
            v = txt[s:e]
            if not (v[0].isalnum() and v[-1].isalnum()):
                errs.append("%s: span not trimmed %r" % (cid, v))
            if (s > 0 and txt[s - 1].isalnum()) or (e < len(txt) and txt[e].isalnum()):
                errs.append("%s: span not on word boundary %r" % (cid, v))
            by_turn.setdefault(sp["turn"], []).append((s, e))
            gtext.setdefault(gid, []).append(canon(v, sp["type"]))
        for lst in by_turn.values():
            lst.sort()
            for a, b in zip(lst, lst[1:]):
                if a[1] > b[0]:
                    errs.append(cid + ": overlapping spans")
        for gid, parts in gtext.items():
            g = c.groups[gid]
            typ = g["type"]
            sep = " " if typ in ("DOB", "EXPIRY") else ""
            val = sep.join(parts)
            if g["partial_of"] is not None:
                full = "".join(gtext[g["partial_of"]])
                if not (val and (full.startswith(val) or full.endswith(val))):
                    errs.append("%s: partial %s %r not part of %r" % (cid, typ, val, full))
                continue
            if not validate(val, typ):
                errs.append("%s: invalid %s %r from %r" % (cid, typ, val, parts))
            exp = g["expect"]
            if typ == "PHONE" and exp:
                exp = exp.lstrip("+")
            if exp is not None and typ != "ADDRESS" and val != (exp.lower() if typ == "EMAIL" else exp):
                errs.append("%s: %s normalised %r != %r" % (cid, typ, val, g["expect"]))
    need = {t: 10 for t in TYPES}
    need.update({"CARD_NUMBER": 70, "SSN": 30, "NI_NUMBER": 30})
    for t, n in need.items():
        if counts[t] < n:
            errs.append("too few %s spans: %d < %d" % (t, counts[t], n))
    if npos < 200 or nneg < 100:
        errs.append("too few cases: %d pos %d neg" % (npos, nneg))
    return errs, counts, npos, nneg


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true")
    a = ap.parse_args()
    text, metas = generate()
    if a.check:
        try:
            with open(OUT, "rb") as f:
                disk = f.read()
        except OSError:
            print("FAIL: %s missing" % OUT); return 1
        errs, counts, npos, nneg = check(text, metas)
        if disk != text.encode("utf-8"):
            errs.insert(0, "cases.jsonl is not byte-identical to a fresh generation")
        for e in errs[:50]:
            print("FAIL:", e)
        print("positives=%d negatives=%d" % (npos, nneg))
        for t in TYPES:
            print("  %-13s %d" % (t, counts[t]))
        print("OK" if not errs else "%d problem(s)" % len(errs))
        return 1 if errs else 0
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    print("wrote", OUT)
    return 0


if __name__ == "__main__":
    sys.exit(main())

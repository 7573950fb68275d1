#!/usr/bin/env python3
"""Generate the pii_holdout535 held-out PII evaluation set.

Usage:
    python scripts/make_pii_holdout535.py           # write the fixture
    python scripts/make_pii_holdout535.py --check   # regenerate and verify

Standard library only; one RNG: random.Random(535241125).
Turns are built from plain segments and labelled value segments, so every
offset is computed, never typed by hand.
"""
import json
import os
import re
import sys
import random

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "fixtures", "pii_holdout535", "cases.jsonl")
SEED = 535241125

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

# ---------------------------------------------------------------- words
UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy",
        8: "eighty", 9: "ninety"}
ORD = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth",
       7: "seventh", 8: "eighth", 9: "ninth", 10: "tenth", 11: "eleventh", 12: "twelfth",
       13: "thirteenth", 14: "fourteenth", 15: "fifteenth", 16: "sixteenth",
       17: "seventeenth", 18: "eighteenth", 19: "nineteenth", 20: "twentieth",
       30: "thirtieth"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo",
        "f": "foxtrot", "g": "golf", "h": "hotel", "i": "india", "j": "juliet", "k": "kilo",
        "l": "lima", "m": "mike", "n": "november", "p": "papa", "q": "quebec",
        "r": "romeo", "s": "sierra", "t": "tango", "u": "uniform", "v": "victor",
        "w": "whiskey", "x": "x-ray", "y": "yankee", "z": "zulu"}
FILLERS = {"um", "uh", "er", "erm", "umm", "uhh", "hmm", "ah"}

# parser tables
P_UNIT = {w: i for i, w in enumerate(UNITS)}
P_UNIT.update({"oh": 0, "o": 0, "nought": 0})
for k in range(1, 10):
    P_UNIT[ORD[k]] = k
P_TEEN = {w: 10 + i for i, w in enumerate(TEENS)}
for k in range(10, 20):
    P_TEEN[ORD[k]] = k
P_TENS = {w: k * 10 for k, w in TENS.items()}
P_TENS.update({"twentieth": 20, "thirtieth": 30})
P_NATO = {v.replace("-", ""): k.upper() for k, v in NATO.items()}
P_NATO.update({"xray": "X", "juliett": "J", "whisky": "W"})
ZERO_WORDS = {"zero", "oh", "o", "nought"}


def _rest2(toks, i):
    """Parse an optional 'and' + 1-2 digit number; return (two-digit str|None, i)."""
    j = i
    if j < len(toks) and toks[j] == "and":
        j += 1
    if j >= len(toks):
        return None, i
    t = toks[j]
    nxt = toks[j + 1] if j + 1 < len(toks) else None
    if t in P_TENS:
        if nxt in P_UNIT and nxt not in ZERO_WORDS:
            return "%02d" % (P_TENS[t] + P_UNIT[nxt]), j + 2
        return "%02d" % P_TENS[t], j + 1
    if t in P_TEEN:
        return "%02d" % P_TEEN[t], j + 1
    if t in P_UNIT and t not in ZERO_WORDS:
        return "0%d" % P_UNIT[t], j + 1
    return None, i


def norm_pieces(text):
    """Normalise written or spoken value text to a list of alnum pieces."""
    toks = [t.lower() for t in re.findall(r"[A-Za-z0-9]+", text)]
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if t in FILLERS or t == "plus":
            i += 1
            continue
        if re.fullmatch(r"\d+(st|nd|rd|th)", t):
            out.append(t[:-2])
            i += 1
            continue
        if t.isdigit():
            out.append(t)
            i += 1
            continue
        if t in ("double", "triple") and nxt in P_UNIT:
            out.append(str(P_UNIT[nxt]) * (2 if t == "double" else 3))
            i += 2
            continue
        if t in P_UNIT:
            d = str(P_UNIT[t])
            if nxt == "hundred":
                r, j = _rest2(toks, i + 2)
                out.append(d + (r or "00"))
                i = j if r else i + 2
                continue
            if nxt == "thousand":
                r, j = _rest2(toks, i + 2)
                out.append(d + ("0" + r if r else "000"))
                i = j if r else i + 2
                continue
            out.append(d)
            i += 1
            continue
        if t in P_TEEN:
            out.append(str(P_TEEN[t]))
            i += 1
            continue
        if t in P_TENS:
            if nxt in P_UNIT and nxt not in ZERO_WORDS:
                out.append(str(P_TENS[t] + P_UNIT[nxt]))
                i += 2
            else:
                out.append(str(P_TENS[t]))
                i += 1
            continue
        if len(t) == 1 and t.isalpha():
            if nxt == "for" and i + 2 < len(toks):
                out.append(t.upper())
                i += 3
                continue
            if nxt == "as" and i + 3 < len(toks) and toks[i + 2] == "in":
                out.append(t.upper())
                i += 4
                continue
            out.append(t.upper())
            i += 1
            continue
        if t in P_NATO:
            out.append(P_NATO[t])
            i += 1
            continue
        out.append(t.upper())
        i += 1
    return out


def norm_alnum(text):
    return "".join(norm_pieces(text))


def norm_digits(text):
    return "".join(p for p in norm_pieces(text) if p.isdigit())


def norm_email(text):
    if "@" in text:
        return text.strip().lower()
    toks = [t.lower() for t in re.findall(r"[A-Za-z0-9]+", text)]
    sym = {"at": "@", "dot": ".", "underscore": "_", "dash": "-", "hyphen": "-"}
    dig = {w: str(i) for i, w in enumerate(UNITS)}
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if t in FILLERS:
            i += 1
        elif t in sym:
            out.append(sym[t])
            i += 1
        elif t in dig:
            out.append(dig[t])
            i += 1
        elif len(t) == 1 and nxt == "for":
            out.append(t)
            i += 3
        else:
            out.append(t)
            i += 1
    return "".join(out)


# ---------------------------------------------------------------- validators
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


def luhn_complete(partial):
    for c in "0123456789":
        if luhn_ok(partial + c):
            return partial + c
    raise AssertionError


def iban_ok(s):
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    num = "".join(str(int(ch, 36)) for ch in r)
    return int(num) % 97 == 1


def make_iban(cc, bban):
    num = "".join(str(int(ch, 36)) for ch in bban + cc + "00")
    chk = 98 - int(num) % 97
    return "%s%02d%s" % (cc, chk, bban)


NI_RE = re.compile(r"(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]")
UK_PC_RE = re.compile(r"[A-Z]{1,2}\d[A-Z\d]?\d[ABD-HJLNP-UW-Z]{2}")
STREET_WORDS = {"street", "road", "lane", "avenue", "close", "drive", "grove", "way",
                "crescent", "terrace", "court", "place", "gardens", "rd", "st", "ave",
                "blvd", "boulevard", "park", "square", "row", "hill", "view", "walk",
                "mews", "parade"}


def month_in(text):
    words = re.findall(r"[a-z]+", text.lower())
    for w in words:
        for i, m in enumerate(MONTHS):
            if w == m or (len(w) >= 3 and m.startswith(w) and w not in ("mar",) or w == "mar" and m == "march"):
                if w in ("jun", "jul", "mar", "may", "sep", "sept", "oct", "nov", "dec", "jan",
                         "feb", "apr", "aug") or w == m:
                    return i + 1
    return None


def date_ok(text, canon, kind):
    D = norm_digits(text)
    m_name = month_in(text)
    if kind == "DOB":
        y, m, d = canon
        Ys = {str(y), "%02d" % (y % 100)}
        ds = {str(d), "%02d" % d}
        ms = {str(m), "%02d" % m}
        if m_name is not None:
            return m_name == m and any(D in (dv + Y, Y + dv) for dv in ds for Y in Ys)
        cands = set()
        for Y in Ys:
            for dv in ds:
                for mv in ms:
                    cands.update({dv + mv + Y, mv + dv + Y, Y + mv + dv})
        return D in cands
    y, m = canon
    Ys = {str(y), "%02d" % (y % 100)}
    if m_name is not None:
        return m_name == m and D in Ys
    return D in {mv + Y for mv in (str(m), "%02d" % m) for Y in Ys}


def validate_value(typ, canon, text):
    """Return None if fine, else an error string."""
    if typ == "CARD_NUMBER":
        if not (canon.isdigit() and 13 <= len(canon) <= 19 and luhn_ok(canon)):
            return "bad card canon"
        return None if norm_digits(text) == canon and norm_alnum(text) == canon else "card mismatch"
    if typ in ("CVV", "SSN", "BANK_ACCOUNT", "SORT_CODE", "PHONE"):
        lens = {"CVV": (3, 4), "SSN": (9, 9), "BANK_ACCOUNT": (6, 17), "SORT_CODE": (6, 6),
                "PHONE": (9, 15)}[typ]
        if not (canon.isdigit() and lens[0] <= len(canon) <= lens[1]):
            return "bad canon length"
        if typ == "SSN" and (canon[:3] in ("000", "666") or canon[0] == "9"
                             or canon[3:5] == "00" or canon[5:] == "0000"):
            return "bad ssn"
        return None if norm_alnum(text) == canon else "mismatch %r" % norm_alnum(text)
    if typ == "NI_NUMBER":
        if not NI_RE.fullmatch(canon):
            return "bad NI"
        return None if norm_alnum(text) == canon else "NI mismatch %r" % norm_alnum(text)
    if typ == "IBAN":
        if not iban_ok(canon):
            return "bad iban"
        return None if norm_alnum(text) == canon else "iban mismatch %r" % norm_alnum(text)
    if typ == "POSTCODE":
        c = canon.replace(" ", "").replace("-", "")
        if not (UK_PC_RE.fullmatch(c) or re.fullmatch(r"\d{5}(\d{4})?", c)):
            return "bad postcode"
        return None if norm_alnum(text) == c else "pc mismatch %r" % norm_alnum(text)
    if typ == "EMAIL":
        if not re.fullmatch(r"[a-z0-9._\-]+@[a-z0-9\-]+(\.[a-z0-9\-]+)+", canon):
            return "bad email"
        return None if norm_email(text) == canon else "email mismatch %r" % norm_email(text)
    if typ in ("DOB", "EXPIRY"):
        return None if date_ok(text, canon, typ) else "date mismatch %r" % norm_digits(text)
    if typ == "ADDRESS":
        num, street = canon
        words = set(re.findall(r"[a-z]+", text.lower()))
        if norm_digits(text) != num:
            return "address number mismatch %r" % norm_digits(text)
        if not (words & STREET_WORDS) or not all(w in words for w in street.split()):
            return "address street mismatch"
        return None
    return "unknown type"


# ---------------------------------------------------------------- case builder
class Case:
    def __init__(self, kind, note):
        self.kind = kind
        self.note = note
        self.turns = []
        self.vals = []  # [type, canon, partial]

    def val(self, typ, canon, partial=False):
        self.vals.append([typ, canon, partial])
        return len(self.vals) - 1

    def turn(self, speaker, *segs):
        self.turns.append((speaker, list(segs)))

    def render(self, cid):
        turns, spans, pieces = [], [], {}
        for ti, (spk, segs) in enumerate(self.turns):
            text = ""
            for s in segs:
                if isinstance(s, tuple):
                    vid, vt = s
                    m = re.match(r"^([^A-Za-z0-9]*)(.*?)([^A-Za-z0-9]*)$", vt, re.S)
                    text += m.group(1)
                    vt = m.group(2)
                    st = len(text)
                    text += vt
                    spans.append({"turn": ti, "start": st, "end": len(text),
                                  "type": self.vals[vid][0]})
                    pieces.setdefault(vid, []).append(vt)
                    text += m.group(3)
                else:
                    text += s
            turns.append({"speaker": spk, "text": text})
        spans.sort(key=lambda x: (x["turn"], x["start"]))
        rec = {"id": cid, "kind": self.kind, "turns": turns, "spans": spans, "note": self.note}
        return rec, pieces


def V(vid, text):
    return (vid, text)


# ---------------------------------------------------------------- speaking helpers
R = random.Random(SEED)


def ch(seq):
    return R.choice(seq)


def zero_word():
    return ch(["zero", "oh", "oh", "o", "nought"])


def say_digit(c):
    return zero_word() if c == "0" else UNITS[int(c)]


def say_single(s, doubles=True):
    out = []
    i = 0
    while i < len(s):
        c = s[i]
        if doubles and i + 2 < len(s) and s[i + 1] == c and s[i + 2] == c and R.random() < 0.7:
            out.append("triple " + say_digit(c))
            i += 3
        elif doubles and i + 1 < len(s) and s[i + 1] == c and R.random() < 0.6:
            out.append("double " + say_digit(c))
            i += 2
        else:
            out.append(say_digit(c))
            i += 1
    return " ".join(out)


def say_pair(p, last):
    a, b = int(p[0]), int(p[1])
    if a == 0:
        return zero_word() + " " + UNITS[b]
    if a == 1:
        return TEENS[b]
    if b == 0:
        return TENS[a] if last else UNITS[a] + " " + zero_word()
    return TENS[a] + " " + UNITS[b]


def say_triple(p, last):
    a = int(p[0])
    rest = p[1:]
    if a == 0 or rest == "00" or (rest[1] == "0" and rest[0] not in "01" and not last):
        return say_single(p)
    if rest[0] == "0":
        tail = UNITS[int(rest[1])]
    elif rest[0] == "1":
        tail = TEENS[int(rest[1])]
    else:
        tail = TENS[int(rest[0])] + ("" if rest[1] == "0" else " " + UNITS[int(rest[1])])
    return UNITS[a] + " hundred " + ch(["and ", "and ", ""]) + tail


def say_chunk(chunk, last, style=None):
    style = style or ch(["single", "single", "pairs", "mixed"])
    if style == "single" or len(chunk) == 1:
        return say_single(chunk)
    if style == "pairs" or (style == "mixed" and len(chunk) != 3):
        if len(chunk) % 2 == 1:
            return say_digit(chunk[0]) + " " + say_chunk(chunk[1:], last, "pairs")
        ps = [chunk[i:i + 2] for i in range(0, len(chunk), 2)]
        return " ".join(say_pair(p, last and k == len(ps) - 1) for k, p in enumerate(ps))
    return say_triple(chunk, last)


def say_chunks(chunks, filler=0.15, style=None, sep=None):
    parts = []
    for k, c in enumerate(chunks):
        parts.append(say_chunk(c, k == len(chunks) - 1, style))
        if k < len(chunks) - 1 and R.random() < filler:
            parts.append(ch(["um", "uh", "erm"]))
    sep = sep if sep is not None else ch([" ", " ", ", "])
    out = parts[0]
    for p in parts[1:]:
        out += (" " if p in ("um", "uh", "erm") or out.endswith(("um", "uh", "erm")) else sep) + p
    return out


def say_letter(c, nato_p=0.4):
    c = c.lower()
    r = R.random()
    if r < nato_p:
        return c + ch([" for ", " for ", " as in "]) + NATO[c]
    return c


def say_alnum(s, nato_p=0.3, pairs=False):
    out = []
    i = 0
    while i < len(s):
        c = s[i]
        if c.isdigit():
            j = i
            while j < len(s) and s[j].isdigit():
                j += 1
            run = s[i:j]
            if pairs and len(run) % 2 == 0 and len(run) >= 2:
                out.append(say_chunks([run[k:k + 2] for k in range(0, len(run), 2)],
                                      filler=0, style="pairs", sep=" "))
            else:
                out.append(say_single(run))
            i = j
        else:
            out.append(say_letter(c, nato_p))
            i += 1
    return " ".join(out)


def group(s, sizes):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    return out


def typo_case(s):
    return ch([s, s, s.lower(), s.upper(), s.capitalize()])


# ---------------------------------------------------------------- value generators
def gen_card():
    kind = ch(["visa", "visa", "visa", "mc", "mc", "amex", "disc", "visa13", "visa19"])
    if kind == "visa":
        p = "4" + "".join(str(R.randrange(10)) for _ in range(14))
    elif kind == "visa13":
        p = "4" + "".join(str(R.randrange(10)) for _ in range(11))
    elif kind == "visa19":
        p = "4" + "".join(str(R.randrange(10)) for _ in range(17))
    elif kind == "mc":
        p = str(R.randint(51, 55)) + "".join(str(R.randrange(10)) for _ in range(13))
    elif kind == "amex":
        p = ch(["34", "37"]) + "".join(str(R.randrange(10)) for _ in range(12))
    else:
        p = "6011" + "".join(str(R.randrange(10)) for _ in range(11))
    n = luhn_complete(p)
    if len(n) == 15:
        sizes = [4, 6, 5]
    elif len(n) == 13:
        sizes = [4, 4, 5]
    elif len(n) == 19:
        sizes = [4, 4, 4, 4, 3]
    else:
        sizes = [4, 4, 4, 4]
    return n, sizes


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
        c = ch(NI_L1) + ch(NI_L2) + "".join(str(R.randrange(10)) for _ in range(6)) + ch("ABCD")
        if NI_RE.fullmatch(c):
            return c


def gen_sort():
    return "%02d%02d%02d" % (R.choice([20, 40, 30, 60, 77, 83, 9, 11, 16, 23]),
                             R.randint(0, 99), R.randint(0, 99))


def gen_acct(us=False):
    n = R.randint(9, 12) if us else 8
    return str(R.randint(1, 9)) + "".join(str(R.randrange(10)) for _ in range(n - 1))


def gen_iban():
    cc = ch(["GB", "GB", "IE", "IE", "DE", "NL", "ES", "FR"])
    digs = lambda n: "".join(str(R.randrange(10)) for _ in range(n))
    if cc == "GB":
        bban = ch(["NWBK", "BARC", "MIDL", "HBUK", "LYDS"]) + digs(14)
    elif cc == "IE":
        bban = ch(["AIBK", "IPBS", "ULSB", "BCYP"]) + digs(14)
    elif cc == "NL":
        bban = ch(["ABNA", "INGB", "TRWB", "SNSB"]) + digs(10)
    elif cc == "DE":
        bban = digs(18)
    elif cc == "ES":
        bban = digs(20)
    else:
        bban = digs(23)
    return make_iban(cc, bban)


def iban_groups(s):
    return [s[i:i + 4] for i in range(0, len(s), 4)]


def gen_phone():
    """Return (canonical digits, written text, spoken text)."""
    k = ch(["ukmob", "ukmob", "ukland", "ukint", "us", "usint", "ie", "ieint", "de", "fr"])
    if k == "ukmob":
        tail = "%03d" % R.randint(0, 999)
        digits = "07700900" + tail
        chunks = ["07700", "900", tail]
        written = ch(["07700 900" + tail, "07700900" + tail, "07700-900-" + tail])
    elif k == "ukland":
        area, mid = ch([("0161", "496"), ("0113", "496"), ("0117", "496"), ("0131", "496"),
                        ("0141", "496")])
        tail = "0%03d" % R.randint(0, 999)
        digits = area + mid + tail
        chunks = [area, mid, tail]
        written = ch([area + " " + mid + " " + tail, "(" + area + ") " + mid + " " + tail,
                      area + mid + tail])
    elif k == "ukint":
        tail = "%03d" % R.randint(0, 999)
        digits = "447700900" + tail
        chunks = ["44", "7700", "900", tail]
        written = ch(["+44 7700 900" + tail, "+447700900" + tail, "0044 7700 900 " + tail])
        if written.startswith("0044"):
            digits = "00" + digits
            chunks = ["0044", "7700", "900", tail]
    elif k == "us":
        area = ch(["201", "212", "415", "617", "312", "713", "503"])
        tail = "01%02d" % R.randint(0, 99)
        digits = area + "555" + tail
        chunks = [area, "555", tail]
        written = ch(["(%s) 555-%s" % (area, tail), "%s-555-%s" % (area, tail),
                      "%s.555.%s" % (area, tail)])
    elif k == "usint":
        area = ch(["415", "646", "305", "206"])
        tail = "01%02d" % R.randint(0, 99)
        digits = "1" + area + "555" + tail
        chunks = ["1", area, "555", tail]
        written = ch(["+1 %s 555 %s" % (area, tail), "+1-%s-555-%s" % (area, tail),
                      "1 (%s) 555-%s" % (area, tail)])
    elif k == "ie":
        pre = ch(["083", "085", "086", "087", "089"])
        a, b = "%03d" % R.randint(100, 999), "%04d" % R.randint(0, 9999)
        digits = pre + a + b
        chunks = [pre, a, b]
        written = ch([pre + " " + a + " " + b, pre + "-" + a + b, pre + a + b])
    elif k == "ieint":
        pre = ch(["83", "85", "86", "87"])
        a, b = "%03d" % R.randint(100, 999), "%04d" % R.randint(0, 9999)
        digits = "353" + pre + a + b
        chunks = ["353", pre, a, b]
        written = "+353 %s %s %s" % (pre, a, b)
    elif k == "de":
        a = "%08d" % R.randint(10000000, 99999999)
        digits = "4930" + a
        chunks = ["49", "30", a[:4], a[4:]]
        written = ch(["+49 30 " + a, "+49 (0)30 " + a[:4] + " " + a[4:]])
        if "(0)" in written:
            digits = "49030" + a
            chunks = ["49", "0", "30", a[:4], a[4:]]
    else:
        a = ["%02d" % R.randint(10, 99) for _ in range(4)]
        digits = "336" + "".join(a)
        chunks = ["33", "6"] + a
        written = "+33 6 " + " ".join(a)
    plus = digits.startswith(("44", "1", "353", "49", "33")) and not digits.startswith("0")
    spoken = ("plus " if plus and R.random() < 0.7 else "") + say_chunks(chunks)
    return digits, written, spoken


FIRST = ["james", "sarah", "mohammed", "aoife", "liam", "priya", "tom", "grace", "dmitri",
         "chloe", "sean", "fatima", "marek", "emma", "kwame", "niamh", "luis", "hannah",
         "ravi", "zoe", "ciaran", "beth", "jakub", "lucy"]
LAST = ["walsh", "patel", "nguyen", "murphy", "kowalski", "smith", "byrne", "garcia",
        "hughes", "mensah", "kelly", "fischer", "rossi", "evans", "dubois", "clarke",
        "reilly", "shah", "jensen", "price"]
DOMAINS = ["gmail.com", "outlook.com", "yahoo.co.uk", "hotmail.com", "icloud.com",
           "btinternet.com", "eircom.net", "gmx.de", "proton.me", "aol.com"]


def gen_email():
    f, l = ch(FIRST), ch(LAST)
    n = str(R.randint(1, 99))
    form = ch(["f.l", "fl", "f_l", "fln", "il", "f.ln", "l.f"])
    local = {"f.l": f + "." + l, "fl": f + l, "f_l": f + "_" + l, "fln": f + l + n,
             "il": f[0] + l, "f.ln": f + "." + l + n, "l.f": l + "." + f}[form]
    dom = ch(DOMAINS)
    return local + "@" + dom, (f, l, n, form, dom)


def say_email(parts):
    f, l, n, form, dom = parts

    def word(w):
        if R.random() < 0.25:
            return " ".join(w)  # spelled out letter by letter
        return w

    nd = " ".join(UNITS[int(c)] for c in n)
    local = {"f.l": word(f) + " dot " + word(l), "fl": word(f) + " " + word(l),
             "f_l": word(f) + " underscore " + word(l), "fln": word(f) + " " + word(l) + " " + nd,
             "il": say_letter(f[0], 0.5) + " " + word(l),
             "f.ln": word(f) + " dot " + word(l) + " " + nd,
             "l.f": word(l) + " dot " + word(f)}[form]
    d = " dot ".join(dom.split("."))
    return local + " at " + d


STREETS = ["elm grove", "harbour street", "station road", "maple avenue", "church lane",
           "kings crescent", "mill close", "victoria terrace", "oak drive", "park view",
           "main street", "castle hill", "willow way", "orchard place", "grange road",
           "riverside walk", "cedar court", "queens parade"]
US_STREETS = ["elm st", "maple ave", "sunset blvd", "oak drive", "pine street", "lakeview road",
              "cedar lane", "washington avenue"]
TOWNS_UK = ["Leeds", "Manchester", "Bristol", "Cardiff", "Glasgow", "Belfast", "Norwich",
            "Reading", "Croydon", "York"]
TOWNS_IE = ["Cork", "Galway", "Limerick", "Dublin 8", "Waterford"]
TOWNS_US = ["Austin, TX", "Columbus, OH", "Denver, CO", "Portland, OR", "Raleigh, NC"]
PC_AREAS = ["SW", "M", "B", "LS", "EH", "G", "CF", "BS", "NE", "BT", "L", "N", "E", "W", "SE",
            "NW", "CR", "DN", "KT", "RG", "NR", "YO"]
PC_INW = "ABDEFGHJLNPQRSTUWXYZ"


def gen_uk_pc():
    a = ch(PC_AREAS)
    d = str(R.randint(1, 29)) if len(a) == 2 else str(R.randint(1, 9))
    return a + d + " " + str(R.randint(1, 9)) + ch(PC_INW) + ch(PC_INW)


def gen_zip():
    z = "%05d" % R.randint(10001, 99950)
    if R.random() < 0.3:
        z += "-%04d" % R.randint(1, 9999)
    return z


def say_pc(pc):
    c = pc.replace(" ", "").replace("-", "")
    if c[0].isdigit():
        return say_chunks([c[:5]] + ([c[5:]] if len(c) > 5 else []), filler=0)
    out, i = say_alnum(pc.split()[0], 0.35, pairs=R.random() < 0.4), pc.split()[1]
    return out + ch([" ", ", "]) + say_alnum(i, 0.35)


def gen_address(us=False):
    flat = None
    if not us and R.random() < 0.3:
        flat = R.randint(1, 24)
    num = R.randint(1, 240)
    street = ch(US_STREETS if us else STREETS)
    return flat, num, street


def write_address(flat, num, street):
    s = " ".join(w.capitalize() for w in street.split())
    if R.random() < 0.2:
        s = s.lower()
    base = "%d %s" % (num, s)
    if flat:
        return ch(["Flat %d, " % flat, "flat %d " % flat, "Apt %d, " % flat]) + base
    return base


def say_address(flat, num, street):
    n = str(num)
    base = say_chunk(n, True, ch(["single", "pairs", "mixed"])) + " " + street
    if flat:
        return "flat " + say_single(str(flat)) + ch([" ", ", "]) + base
    return base


def addr_canon(flat, num):
    return (str(flat) if flat else "") + str(num)


def gen_dob():
    y = R.randint(1940, 2005)
    m = R.randint(1, 12)
    d = R.randint(1, 28)
    return (y, m, d)


def say_year(y, short_ok=True):
    if short_ok and R.random() < 0.25:
        return say_pair("%02d" % (y % 100), True)
    if y >= 2000:
        r = y - 2000
        if r == 0:
            return "two thousand"
        return ch(["two thousand and ", "two thousand "]) + say_chunk("%02d" % r, True, "pairs").replace("oh ", "").replace("o ", "").replace("zero ", "").replace("nought ", "")
    return say_pair(str(y)[:2], False) + " " + say_pair(str(y)[2:], True)


def say_day(d):
    if d in ORD:
        return ORD[d]
    return TENS[d // 10] + " " + ORD[d % 10]


def write_dob(y, m, d, us=False):
    f = ch(["num", "num", "long", "short", "dot", "iso"])
    if f == "num":
        return ("%02d/%02d/%d" % (m, d, y)) if us else ("%02d/%02d/%d" % (d, m, y))
    if f == "dot":
        return "%d.%d.%02d" % (d, m, y % 100) if not us else "%d-%d-%d" % (m, d, y)
    if f == "long":
        mn = MONTHS[m - 1].capitalize()
        return ("%s %d, %d" % (mn, d, y)) if us else ch(["%d %s %d", "%dth %s %d"]) % (d, mn, y) if d in (4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 24, 25, 26, 27, 28) else "%d %s %d" % (d, mn, y)
    if f == "short":
        return "%d %s %d" % (d, MONTHS[m - 1][:3].capitalize(), y)
    return "%d-%02d-%02d" % (y, m, d)


def say_dob(y, m, d, us=False):
    f = ch(["ord", "ord", "num", "usm"])
    if us and f == "ord":
        f = "usm"
    if f == "ord":
        return ch(["the ", ""]) + say_day(d) + " of " + MONTHS[m - 1] + " " + say_year(y)
    if f == "usm":
        return MONTHS[m - 1] + " " + ch([say_day(d), say_chunk(str(d), True, "pairs")]) + " " + say_year(y)
    a, b = (m, d) if us else (d, m)
    return say_chunk("%02d" % a if R.random() < 0.5 else str(a), False, "pairs" if a >= 10 else "single") + " " + \
        say_chunk("%02d" % b, False, "single") + " " + say_year(y)


def gen_exp():
    return (R.randint(2025, 2031), R.randint(1, 12))


def write_exp(y, m):
    return ch(["%02d/%02d" % (m, y % 100), "%02d/%d" % (m, y), "%d/%02d" % (m, y % 100),
               "%02d-%02d" % (m, y % 100), "%s %d" % (MONTHS[m - 1][:3].capitalize(), y)])


def say_exp(y, m):
    f = ch(["num", "num", "name"])
    if f == "name":
        return MONTHS[m - 1] + " " + ch([say_year(y, False), say_pair("%02d" % (y % 100), True)])
    mm = say_single("%02d" % m) if R.random() < 0.6 or m < 10 else say_pair("%02d" % m, False)
    return mm + ch([" ", " slash ", ", "]) + ch([say_pair("%02d" % (y % 100), True), say_year(y, False)])


# ---------------------------------------------------------------- context
INDUSTRY = {
    "banking": ["Northgate Bank", "Harbour Building Society", "Lakeshore Credit Union"],
    "telecom": ["Skylink Mobile", "Connectwave Broadband", "Eirtel"],
    "utilities": ["BrightGrid Energy", "Severn Water", "Corrib Gas"],
    "retail": ["Hollis & Parr", "ShopNest", "Kestrel Outdoor"],
    "insurance": ["Sentinel Insurance", "Meridian Motor Cover", "Oakleaf Home Insurance"],
    "travel": ["AerWest", "Bluewing Holidays", "RailLink Europe"],
    "healthcare": ["St Brendan's Billing", "Mercy Health Billing", "CarePoint Clinics"],
    "government": ["the council tax office", "the Passport Helpline", "the benefits line"],
}


def company():
    ind = ch(list(INDUSTRY))
    return ind, ch(INDUSTRY[ind])


BACKCH = ["mhm", "go on", "yep", "okay", "uh huh", "yeah go ahead", "right", "got that",
          "sure", "okay go on"]
GREET = ["thanks for calling {c}, you're speaking with {a}, how can I help",
         "good morning {c}, {a} speaking",
         "hi, you're through to {c}, my name's {a}",
         "hello {c} customer services this is {a} how can i help you today"]
AGENTS = ["dave", "niamh", "karen", "raj", "siobhan", "marcus", "ellie", "tomasz", "jo", "ade"]


def greet(c, comp, asr):
    g = ch(GREET).format(c=comp, a=ch(AGENTS))
    if asr:
        g = g.lower().replace(",", "").replace("'", "")
    else:
        g = g[0].upper() + g[1:] + "."
    c.turn("agent", g)


def fix(s, asr):
    if asr:
        return s.lower()
    return s


# ---------------------------------------------------------------- positive scenarios
def sc_card(note_extra=""):
    ind, comp = company()
    asr = R.random() < 0.6
    num, sizes = gen_card()
    chunks = group(num, sizes)
    c = Case("positive", "")
    if R.random() < 0.5:
        greet(c, comp, asr)
    notes = []
    mode = ch(["one", "split", "split", "restart"] if asr else ["one", "one", "chat_label", "split"])
    if not asr:
        sep = ch([" ", "-", "", " ", "  ", "."])
        written = sep.join(chunks) if sep != "." else " ".join(chunks)
        if sep == "" and R.random() < 0.5:
            written = " ".join(group(num, [len(num) // 2, len(num) - len(num) // 2]))
        lab = ch(["card no: ", "Card number is ", "my card: ", "CC# ", "the long number on the front is ",
                  "cardnumber - ", "Here you go ", "its "])
        if mode == "split":
            half = len(chunks) // 2
            v = c.val("CARD_NUMBER", num)
            c.turn("customer", lab, V(v, " ".join(chunks[:half])))
            c.turn("agent", ch(["Thanks, and the rest?", "Ok, go on.", "Got that, the remaining digits please"]))
            c.turn("customer", V(v, " ".join(chunks[half:])), ch(["", " thats it", "."]))
            notes.append("typed card split over two messages")
        else:
            v = c.val("CARD_NUMBER", num)
            c.turn("customer", typo_case(lab), V(v, written), ch(["", ".", " thanks", " - pls hurry"]))
            notes.append("typed card number")
    else:
        c.turn("customer", ch(["yeah i want to pay my bill by card", "i need to update the card on my account",
                               "can i pay the outstanding balance", "i'd like to pay for the upgrade"]))
        c.turn("agent", ch(["no problem can i take the long number on the card", "okay whenever you're ready the card number please",
                            "sure go ahead with the sixteen digit number", "right can i get the card number"]))
        if mode == "one":
            v = c.val("CARD_NUMBER", num)
            c.turn("customer", ch(["yeah it's ", "okay it's ", "right so ", "", "um "]), V(v, say_chunks(chunks, 0.25)))
            notes.append("spoken card in one turn")
        elif mode == "split":
            v = c.val("CARD_NUMBER", num)
            k = 0
            groups = []
            while k < len(chunks):
                n = ch([1, 1, 2])
                groups.append(chunks[k:k + n])
                k += n
            for gi, g in enumerate(groups):
                pre = ch(["", "", "okay ", "so "]) if gi else ch(["it's ", "right ", ""])
                c.turn("customer", pre, V(v, say_chunks(g, 0.2)))
                if gi < len(groups) - 1:
                    c.turn("agent", ch(BACKCH))
            notes.append("card split over %d customer turns with back-channels" % len(groups))
        else:
            bad = c.val("CARD_NUMBER", "".join(chunks[:2]), partial=True)
            v = c.val("CARD_NUMBER", num)
            c.turn("customer", ch(["it's "]), V(bad, say_chunks(chunks[:2], 0)),
                   ch([" sorry hang on let me start again ", " no wait i'll start again ", " oh sorry i read that wrong, "]),
                   V(v, say_chunks(chunks, 0.2)))
            notes.append("restarted card reading (abandoned partial labelled)")
        if R.random() < 0.5:
            rb = c.val("CARD_NUMBER", num)
            c.turn("agent", ch(["let me read that back ", "so that's ", "okay i have "]), V(rb, say_chunks(chunks, 0)),
                   ch([" is that right", " correct", ""]))
            c.turn("customer", ch(["yes", "yep that's it", "that's right"]))
            notes.append("agent read-back")
    if R.random() < 0.55:
        y, m = gen_exp()
        e = c.val("EXPIRY", (y, m))
        c.turn("agent", fix(ch(["And the expiry date?", "What's the expiry on it?", "Expiry please."]), asr))
        c.turn("customer", ch(["", "it's ", "expires ", "exp "]) if not asr else ch(["", "it's ", "um it runs out "]),
               V(e, say_exp(y, m) if asr else write_exp(y, m)))
        notes.append("expiry")
        if R.random() < 0.7:
            cv = "".join(str(R.randrange(10)) for _ in range(4 if len(num) == 15 else 3))
            cvv = c.val("CVV", cv)
            c.turn("agent", fix(ch(["And the three digits on the back?", "Security code please.",
                                    "Last thing, the CVV."]), asr))
            c.turn("customer", ch(["", "it's ", "cvv "]) if not asr else ch(["", "it's ", "uh "]),
                   V(cvv, say_single(cv) if asr else cv))
            notes.append("CVV")
    if R.random() < 0.2:
        lf = c.val("CARD_NUMBER", num[-4:], partial=True)
        c.turn("agent", fix(ch(["Perfect, payment taken on the card ending ", "Done, that's gone through on the card ending "]), asr),
               V(lf, num[-4:] if not asr else say_single(num[-4:])), ".")
        notes.append("last four after full card (labelled)")
    c.note = "%s/%s: %s" % (ind, "asr" if asr else "chat", "; ".join(notes))
    return c


def sc_ssn():
    asr = R.random() < 0.55
    s = gen_ssn()
    ind = ch(["banking", "insurance", "healthcare", "government", "telecom", "utilities"])
    comp = ch(INDUSTRY[ind])
    c = Case("positive", "")
    chunks = [s[:3], s[3:5], s[5:]]
    notes = []
    if asr:
        greet(c, comp, True)
        c.turn("customer", ch(["hi i'm calling about my account", "i got a letter asking me to verify my identity",
                               "i'm trying to set up a payment plan"]))
        c.turn("agent", ch(["okay can i get your social security number please", "i'll need the last nine, sorry the full social",
                            "can you confirm your social please"]))
        if R.random() < 0.4:
            v = c.val("SSN", s)
            c.turn("customer", ch(["sure it's ", "", "yeah "]), V(v, say_chunks(chunks[:2], 0.2)))
            c.turn("agent", ch(BACKCH))
            c.turn("customer", V(v, say_chunks(chunks[2:], 0.1)))
            notes.append("spoken SSN split over turns")
        else:
            v = c.val("SSN", s)
            c.turn("customer", ch(["sure it's ", "", "yeah it's ", "um okay "]), V(v, say_chunks(chunks, 0.3)))
            notes.append("spoken SSN")
        if R.random() < 0.35:
            rb = c.val("SSN", s)
            c.turn("agent", "i have ", V(rb, say_chunks(chunks, 0)), " thank you")
            notes.append("read-back")
    else:
        form = ch(["-", " ", "", "-", ". "])
        written = form.join(chunks) if form != ". " else s[:3] + "." + s[3:5] + "." + s[5:]
        lab = ch(["SSN: ", "ssn ", "my social is ", "Social Security #", "SS no. ", "soc sec "])
        c.turn("agent", ch(["To verify, please provide your Social Security number.", "Can you send your SSN so I can pull up the file?"]))
        v = c.val("SSN", s)
        c.turn("customer", typo_case(lab), V(v, written), ch(["", " thx", ". Also my claim is still pending?"]))
        notes.append("typed SSN")
    c.note = "%s/%s: %s" % (ind, "asr" if asr else "chat", "; ".join(notes))
    return c


def sc_ni():
    asr = R.random() < 0.55
    n = gen_ni()
    ind = ch(["government", "banking", "insurance", "utilities", "healthcare"])
    comp = ch(INDUSTRY[ind])
    c = Case("positive", "")
    notes = []
    if asr:
        greet(c, comp, True)
        c.turn("agent", ch(["can i take your national insurance number", "and your ni number please",
                            "for security your national insurance number"]))
        style = ch(["plain", "nato", "split", "pairs"])
        if style == "split":
            v = c.val("NI_NUMBER", n)
            c.turn("customer", ch(["yeah it's ", "", "hang on it's "]), V(v, say_alnum(n[:2], 0.5)))
            c.turn("agent", ch(BACKCH))
            c.turn("customer", V(v, say_alnum(n[2:8], 0, pairs=R.random() < 0.5)))
            c.turn("agent", ch(["and the letter at the end", "and the last letter"]))
            c.turn("customer", ch(["", "it's ", "that's "]), V(v, say_letter(n[8], 0.6)))
            notes.append("NI split over three customer turns")
        else:
            fl = lambda: (" " + ch(["um", "uh", "erm"]) + " ") if R.random() < 0.2 else " "
            txt = say_alnum(n[:2], 0.9 if style == "nato" else 0.1) + fl() + \
                say_alnum(n[2:8], 0, pairs=style == "pairs") + fl() + say_letter(n[8], 0.9 if style == "nato" else 0.2)
            v = c.val("NI_NUMBER", n)
            c.turn("customer", ch(["it's ", "yeah ", "", "okay so it's "]), V(v, txt))
            notes.append("spoken NI (%s)" % style)
        if R.random() < 0.35:
            rb = c.val("NI_NUMBER", n)
            c.turn("agent", ch(["that's ", "so i've got "]), V(rb, say_alnum(n, 0.2)), ch([" yeah", " correct"]))
            notes.append("read-back")
    else:
        f = ch(["plain", "sp2", "lower", "sp"])
        written = {"plain": n, "sp2": "%s %s %s %s %s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8]),
                   "lower": n.lower(), "sp": n[:2] + " " + n[2:8] + " " + n[8]}[f]
        lab = ch(["NI no: ", "NINO ", "my national insurance number is ", "Ni number - ", "NI "])
        c.turn("customer", ch(["Hi, ", "", "hello "]) + ch(["re my tax code, ", "about my pension, ", "for the claim, ", ""]) +
               lab, V(c.val("NI_NUMBER", n), written), ch(["", ".", " cheers"]))
        notes.append("typed NI (%s)" % f)
    c.note = "%s/%s: %s" % (ind, "asr" if asr else "chat", "; ".join(notes))
    return c


def sc_bank():
    asr = R.random() < 0.5
    c = Case("positive", "")
    us = R.random() < 0.2
    acct = gen_acct(us)
    notes = []
    comp = ch(INDUSTRY["banking"] + INDUSTRY["utilities"] + INDUSTRY["insurance"])
    if asr:
        greet(c, comp, True)
        c.turn("agent", "so to set up the direct debit i need your bank details" if not us else "what's the checking account number for the autopay")
        if not us:
            sc = gen_sort()
            c.turn("customer", ch(["okay sort code is ", "right the sort code ", "sort code "]),
                   V(c.val("SORT_CODE", sc), say_chunks(group(sc, [2, 2, 2]), 0.1, style=ch(["pairs", "single"]))))
            c.turn("agent", ch(BACKCH) + " and the account number")
            notes.append("spoken sort code")
        if R.random() < 0.4:
            v = c.val("BANK_ACCOUNT", acct)
            c.turn("customer", ch(["it's ", ""]), V(v, say_chunks([acct[:4]], 0)))
            c.turn("agent", ch(BACKCH))
            c.turn("customer", V(v, say_chunks(group(acct[4:], [2] * ((len(acct) - 4) // 2) + [len(acct) % 2])[:None] if False else [acct[4:]], 0)))
            notes.append("account split over turns")
        else:
            c.turn("customer", ch(["it's ", "", "account number ", "um "]), V(c.val("BANK_ACCOUNT", acct), say_chunks(group(acct, [4, len(acct) - 4]), 0.3)))
            notes.append("spoken account number")
    else:
        if not us:
            sc = gen_sort()
            scw = ch(["%s-%s-%s", "%s %s %s", "%s%s%s"]) % tuple(group(sc, [2, 2, 2]))
            c.turn("customer", ch(["sort code: ", "S/C ", "Sort code ", "sortcode "]), V(c.val("SORT_CODE", sc), scw),
                   ch([", acct no: ", " account ", " a/c ", "\nAccount number: "]), V(c.val("BANK_ACCOUNT", acct), acct))
            notes.append("typed sort code + account")
        else:
            c.turn("customer", ch(["acct no: ", "Checking acct # ", "account number "]), V(c.val("BANK_ACCOUNT", acct), acct),
                   ch(["", " (checking)", " thanks"]))
            notes.append("typed US account")
    c.note = "banking/%s: %s" % ("asr" if asr else "chat", "; ".join(notes))
    return c


def sc_iban():
    asr = R.random() < 0.4
    c = Case("positive", "")
    ib = gen_iban()
    ind, comp = ch([("travel", ch(INDUSTRY["travel"])), ("retail", ch(INDUSTRY["retail"])),
                    ("banking", ch(INDUSTRY["banking"])), ("insurance", ch(INDUSTRY["insurance"]))])
    if asr:
        greet(c, comp, True)
        c.turn("agent", "for the refund can i get the iban")
        g = iban_groups(ib)
        k = len(g) // 2
        v = c.val("IBAN", ib)
        c.turn("customer", ch(["yeah it's ", "okay ", ""]), V(v, " ".join(say_alnum(x, 0.3) for x in g[:k])))
        c.turn("agent", ch(BACKCH))
        c.turn("customer", V(v, " ".join(say_alnum(x, 0.1) for x in g[k:])))
        note = "spoken IBAN split"
    else:
        w = ch([" ".join(iban_groups(ib)), ib, " ".join(iban_groups(ib)).lower()])
        c.turn("customer", ch(["Please refund to IBAN ", "IBAN: ", "my iban is ", "Bank: IBAN "]), V(c.val("IBAN", ib), w),
               ch(["", " thank you", ". BIC not needed I think"]))
        note = "typed IBAN %s" % ib[:2]
    c.note = "%s/%s: %s" % (ind, "asr" if asr else "chat", note)
    return c


def sc_phone():
    asr = R.random() < 0.5
    c = Case("positive", "")
    digits, written, spoken = gen_phone()
    ind, comp = company()
    if asr:
        greet(c, comp, True)
        c.turn("agent", ch(["what's the best number to call you back on", "can i confirm the mobile number on the account",
                            "and a contact number"]))
        if R.random() < 0.3:
            toks = spoken.split(" ")
            k = len(toks) // 2
            if toks[k - 1] in ("plus", "double", "triple", "hundred", "and") or toks[k] in ("hundred", "and") or toks[k - 1] in P_TENS:
                k = len(toks)
            if k < len(toks):
                v = c.val("PHONE", digits)
                c.turn("customer", ch(["it's ", "yeah "]), V(v, " ".join(toks[:k])))
                c.turn("agent", ch(BACKCH))
                c.turn("customer", V(v, " ".join(toks[k:])))
                note = "spoken phone split over turns"
            else:
                c.turn("customer", "it's ", V(c.val("PHONE", digits), spoken))
                note = "spoken phone"
        else:
            c.turn("customer", ch(["it's ", "yeah it's ", "", "my mobile is "]), V(c.val("PHONE", digits), spoken))
            note = "spoken phone"
    else:
        c.turn("customer", ch(["call me on ", "Tel: ", "mob ", "My number is ", "ph: ", "you can reach me at "]),
               V(c.val("PHONE", digits), written), ch(["", " after 5pm", " (mobile)", " thx"]))
        note = "typed phone"
    c.note = "%s/%s: %s" % (ind, "asr" if asr else "chat", note)
    return c


def sc_email():
    asr = R.random() < 0.5
    c = Case("positive", "")
    em, parts = gen_email()
    ind, comp = company()
    if asr:
        greet(c, comp, True)
        c.turn("agent", ch(["and what email should i send the confirmation to", "can i confirm your email address"]))
        c.turn("customer", ch(["yeah it's ", "it's ", "um ", ""]), V(c.val("EMAIL", em), say_email(parts)))
        if R.random() < 0.3:
            c.turn("agent", "so that's ", V(c.val("EMAIL", em), say_email(parts)), "?")
            note = "spoken email + read-back"
        else:
            note = "spoken email"
    else:
        w = em if R.random() < 0.8 else em.capitalize()
        c.turn("customer", ch(["email: ", "send it to ", "my email is ", "E-mail - ", ""]), V(c.val("EMAIL", em.lower() if w == em else em), w),
               ch(["", " please", ".", " ta"]))
        note = "typed email"
    # fix canonical for capitalised
    c.vals = [[t, (cn.lower() if t == "EMAIL" else cn), p] for t, cn, p in c.vals]
    c.note = "%s/%s: %s" % (ind, "asr" if asr else "chat", note)
    return c


def sc_dob():
    asr = R.random() < 0.55
    c = Case("positive", "")
    y, m, d = gen_dob()
    us = R.random() < 0.3
    ind, comp = company()
    if asr:
        greet(c, comp, True)
        c.turn("agent", ch(["can you confirm your date of birth", "and your dob please", "date of birth for security"]))
        c.turn("customer", ch(["yeah it's ", "", "um ", "sure "]), V(c.val("DOB", (y, m, d)), say_dob(y, m, d, us)))
        note = "spoken DOB"
    else:
        c.turn("customer", ch(["DOB: ", "d.o.b ", "born ", "my date of birth is ", "Date of birth - "]),
               V(c.val("DOB", (y, m, d)), write_dob(y, m, d, us)), ch(["", ".", " if that helps"]))
        note = "typed DOB"
    c.note = "%s/%s/%s: %s" % (ind, "asr" if asr else "chat", "US" if us else "UK/IE", note)
    return c


def sc_address():
    asr = R.random() < 0.5
    c = Case("positive", "")
    country = ch(["UK", "UK", "US", "IE"])
    us = country == "US"
    flat, num, street = gen_address(us)
    ind, comp = company()
    pc = gen_zip() if us else (gen_uk_pc() if country == "UK" else None)
    town = ch(TOWNS_US if us else TOWNS_IE if country == "IE" else TOWNS_UK)
    notes = ["address " + country]
    if asr:
        greet(c, comp, True)
        c.turn("agent", ch(["can i take the first line of the address", "what's the address the bill goes to",
                            "and the delivery address"]))
        a = c.val("ADDRESS", (addr_canon(flat, num), street))
        segs = [ch(["it's ", "", "yeah "]), V(a, say_address(flat, num, street)), " " + town.lower().replace(",", "")]
        c.turn("customer", *segs)
        if pc:
            c.turn("agent", ch(["and the postcode", "and the zip code", "postcode please"]) if not us else "and the zip")
            c.turn("customer", ch(["", "it's "]), V(c.val("POSTCODE", pc.replace("-", "")), say_pc(pc)))
            notes.append("postcode")
    else:
        segs = [ch(["Address: ", "new address is ", "Deliver to ", "I live at "]), V(c.val("ADDRESS", (addr_canon(flat, num), street)), write_address(flat, num, street)),
                ch([", ", " ", ",\n"]) + town]
        if pc:
            pcw = pc if R.random() < 0.7 else pc.lower()
            if not us and R.random() < 0.2:
                pcw = pcw.replace(" ", "")
            segs += [ch([", ", " ", " "]), V(c.val("POSTCODE", pc.replace("-", "").upper()), pcw)]
            notes.append("postcode")
        c.turn("customer", *segs)
    c.vals = [[t, (cn.replace(" ", "").upper() if t == "POSTCODE" else cn), p] for t, cn, p in c.vals]
    c.note = "%s/%s: %s" % (ind, "asr" if asr else "chat", "; ".join(notes))
    return c


def sc_verify():
    """Identity verification with DOB + postcode + phone, ASR, with asides."""
    c = Case("positive", "")
    ind, comp = company()
    greet(c, comp, True)
    y, m, d = gen_dob()
    pc = gen_uk_pc()
    c.turn("agent", "before we go any further can i take your date of birth")
    c.turn("customer", ch(["yeah it's ", "it's "]), V(c.val("DOB", (y, m, d)), say_dob(y, m, d)),
           ch([" sorry the dog's barking", " hold on", ""]))
    c.turn("agent", "lovely and the postcode")
    c.turn("customer", V(c.val("POSTCODE", pc.replace(" ", "")), say_pc(pc)))
    notes = ["DOB", "postcode"]
    if R.random() < 0.6:
        digits, written, spoken = gen_phone()
        c.turn("agent", "and the phone number on the account")
        c.turn("customer", ch(["", "it should be "]), V(c.val("PHONE", digits), spoken))
        notes.append("phone")
    c.note = "%s/asr: verification %s" % (ind, " + ".join(notes))
    return c


def sc_chat_multi():
    """One typed message carrying several values (e-mail style)."""
    c = Case("positive", "")
    ind, comp = company()
    em, _ = gen_email()
    digits, written, _ = gen_phone()
    flat, num, street = gen_address()
    pc = gen_uk_pc()
    c.turn("agent", "Hi, this is %s from %s. How can I help?" % (ch(AGENTS).capitalize(), comp))
    c.turn("customer", "Hi, please update my details. New address: ",
           V(c.val("ADDRESS", (addr_canon(flat, num), street)), write_address(flat, num, street)), ", " + ch(TOWNS_UK) + " ",
           V(c.val("POSTCODE", pc.replace(" ", "")), pc), ". Phone ",
           V(c.val("PHONE", digits), written), ", email ", V(c.val("EMAIL", em), em), ". Thanks")
    c.note = "%s/chat: multi-value update (address, postcode, phone, email)" % ind
    return c


# ---------------------------------------------------------------- negatives
def rdig(n):
    return str(R.randint(1, 9)) + "".join(str(R.randrange(10)) for _ in range(n - 1))


def neg_templates():
    asr = R.random() < 0.5
    ind, comp = company()
    lf = rdig(4)
    luhn16 = luhn_complete("4" + rdig(14)[:14])
    t = R.randrange(26)
    c = Case("negative", "")
    if t == 0:
        c.turn("customer", "my order number is " + " ".join(group(luhn16, [4, 4, 4, 4])) if not asr else
               "the order number is " + say_chunks(group(luhn16, [4, 4, 4, 4]), 0.2))
        c.turn("agent", "thanks, I can see that order, it was dispatched on the %dth" % R.randint(4, 20))
        note = "16-digit Luhn-valid order number"
    elif t == 1:
        c.turn("customer", "i paid with the card ending " + (say_single(lf) if asr else lf))
        c.turn("agent", "yes i can see the payment of %s pounds %d on the card ending in %s" % (
            say_triple(str(R.randint(101, 999)), True) if asr else str(R.randint(101, 999)), R.randint(1, 99), say_single(lf) if asr else lf))
        note = "card last four only"
    elif t == 2:
        tr = "1Z" + "".join(ch("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(16))
        c.turn("customer", "Tracking number " + tr + " hasn't moved in %d days" % R.randint(3, 9))
        note = "parcel tracking number"
    elif t == 3:
        c.turn("agent", fix("Your balance is £%d.%02d and the next payment of £%d.%02d is due on the %dth of %s." % (
            R.randint(100, 4999), R.randint(0, 99), R.randint(10, 300), R.randint(0, 99), R.randint(4, 28), ch(MONTHS).capitalize()), asr))
        note = "balance, amount and payment date"
    elif t == 4:
        c.turn("agent", ch(["our lines are open eight till eight monday to friday and nine till five on saturdays",
                            "We're open 8am-8pm Mon-Fri, 9-5 Sat, closed Sundays.",
                            "the wait time is currently around forty five minutes"]))
        note = "opening hours / durations"
    elif t == 5:
        ref = rdig(12)
        c.turn("customer", "ticket number " + (say_chunks(group(ref, [3, 3, 3, 3]), 0.2) if asr else "-".join(group(ref, [3, 3, 3, 3]))))
        c.turn("agent", "thanks i've got that ticket open")
        note = "12-digit ticket number read like a card"
    elif t == 6:
        c.turn("customer", fix("The meter reading is %s, taken this morning at %d:%02d" % (
            "%05d" % R.randint(0, 99999), R.randint(7, 11), R.choice([0, 15, 30, 45])), asr) if not asr else
               "the meter reading is " + say_single("%05d" % R.randint(0, 99999)) + " i took it this morning")
        note = "meter reading"
    elif t == 7:
        c.turn("customer", fix("I'm on flight %s %d from gate %d, seat %d%s" % (
            ch(["EI", "BA", "FR", "LH", "UA"]), R.randint(100, 9999), R.randint(1, 60), R.randint(1, 38), ch("ABCDEF")), asr))
        note = "flight/gate/seat"
    elif t == 8:
        pol = ch(["POL", "HX", "MTR"]) + rdig(9)
        c.turn("agent", "Can I take the policy number please?")
        c.turn("customer", "policy number " + (pol if not asr else say_alnum(pol, 0.3)))
        note = "policy number with label"
    elif t == 9:
        c.turn("customer", fix("My daughter is %d and I'm %d, can she be added to the policy?" % (R.randint(16, 25), R.randint(40, 70)), asr))
        note = "ages"
    elif t == 10:
        c.turn("customer", fix("the heating is set to %d degrees but the house is only %d" % (R.randint(19, 23), R.randint(12, 17)), asr))
        note = "temperatures"
    elif t == 11:
        c.turn("agent", fix("The APR is %d.%d%% and it's a %d month contract starting %d %s %d." % (
            R.randint(9, 29), R.randint(0, 9), ch([12, 18, 24, 36]), R.randint(1, 28), ch(MONTHS).capitalize(), R.randint(2024, 2026)), asr))
        note = "percentage, contract length, contract start date"
    elif t == 12:
        inv = "INV-%d-%05d" % (R.randint(2022, 2025), R.randint(1, 99999))
        c.turn("customer", "I was charged twice on invoice " + inv + " for £" + str(R.randint(20, 200)) + ".00")
        note = "invoice number and amount"
    elif t == 13:
        cl = rdig(10)
        c.turn("customer", "my claim reference is " + (say_chunks(group(cl, [2, 4, 4]), 0.2) if asr else " ".join(group(cl, [2, 4, 4]))))
        c.turn("agent", "thank you, that claim is with the assessor")
        note = "claim reference read in groups"
    elif t == 14:
        sn = ch(["SN", "S/N "]) + "".join(ch("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(10))
        c.turn("customer", "the router serial is " + sn + " and the model is " + ch(["HG8245", "TG-2492LG", "VR1200"]))
        note = "serial and model numbers"
    elif t == 15:
        c.turn("customer", fix("I've been a customer since %d and I've never missed a payment" % R.randint(1995, 2020), asr))
        note = "year"
    elif t == 16:
        c.turn("agent", fix("The engineer is booked for %s the %s of %s between %d and %d." % (
            ch(["Monday", "Tuesday", "Thursday"]), say_day(R.randint(1, 28)), ch(MONTHS), R.randint(8, 10), R.randint(12, 14)), asr))
        note = "appointment date and time window"
    elif t == 17:
        c.turn("customer", fix("There are roadworks on %s and the %s so the bin lorry couldn't get through" % (
            ch(["Station Road", "the A4174", "Harbour Street", "Church Lane"]), ch(["M62", "N7", "I-95", "A1(M)"])), asr))
        note = "road names"
    elif t == 18:
        c.turn("customer", fix("I'm in room %d, the TV isn't working and I checked in at %d:%02d" % (R.randint(100, 950), R.randint(13, 22), R.choice([0, 10, 30])), asr))
        note = "room number and time"
    elif t == 19:
        bk = "".join(ch("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))
        c.turn("customer", "booking reference " + (bk if not asr else say_alnum(bk, 0.5)))
        c.turn("agent", "thanks I've found the booking for %d passengers" % R.randint(1, 6))
        note = "booking reference spelled out"
    elif t == 20:
        n = rdig(9)
        c.turn("customer", "the reference on the letter is " + (say_chunks(group(n, [3, 2, 4]), 0.1) if asr else "-".join(group(n, [3, 2, 4]))))
        note = "9-digit reference in SSN-like grouping, labelled as reference"
    elif t == 21:
        c.turn("agent", fix("You've used %d.%d GB of your %d GB allowance and %d minutes." % (R.randint(1, 99), R.randint(0, 9), ch([50, 100, 120]), R.randint(100, 900)), asr))
        note = "usage counts"
    elif t == 22:
        n = rdig(6)
        c.turn("customer", "the code on the voucher is " + (say_chunks(group(n, [2, 2, 2]), 0) if asr else "-".join(group(n, [2, 2, 2]))))
        c.turn("agent", "that voucher expired last month i'm afraid")
        note = "6-digit voucher code in sort-code-like grouping"
    elif t == 23:
        c.turn("customer", fix("last four digits are %s" % (say_single(lf) if asr else lf), asr))
        c.turn("agent", "ok, and that's the card you used on the %s" % say_day(R.randint(1, 28)))
        note = "last four digits only"
    elif t == 24:
        c.turn("agent", fix("Your bill went up from £%d to £%d, that's about %d percent, because of the price rise in %s." % (
            R.randint(20, 50), R.randint(51, 90), R.randint(5, 40), ch(MONTHS).capitalize()), asr))
        note = "prices, percentage, month"
    else:
        n = rdig(8)
        c.turn("customer", "customer number " + (say_chunks(group(n, [4, 4]), 0.2) if asr else n) + ", i'm ringing about the outage")
        c.turn("agent", "yes there's an outage affecting about %d thousand homes" % R.randint(2, 40))
        note = "8-digit customer number (labelled, not a bank account)"
    if c.turns and R.random() < 0.4:
        c.turns.insert(0, ("agent", [fix(ch(GREET).format(c=comp, a=ch(AGENTS)), asr)]))
    c.note = "%s/%s: %s" % (ind, "asr" if asr else "chat", note)
    return c


# ---------------------------------------------------------------- build
def build():
    global R
    R = random.Random(SEED)
    plan = (["card"] * 66 + ["ssn"] * 32 + ["ni"] * 32 + ["bank"] * 14 + ["iban"] * 13 +
            ["phone"] * 14 + ["email"] * 13 + ["dob"] * 12 + ["address"] * 14 +
            ["verify"] * 8 + ["multi"] * 6)
    R.shuffle(plan)
    fn = {"card": sc_card, "ssn": sc_ssn, "ni": sc_ni, "bank": sc_bank, "iban": sc_iban,
          "phone": sc_phone, "email": sc_email, "dob": sc_dob, "address": sc_address,
          "verify": sc_verify, "multi": sc_chat_multi}
    recs = []
    for i, p in enumerate(plan):
        c = fn[p]()
        recs.append((c, "h535-pos-%03d" % (i + 1)))
    for i in range(110):
        recs.append((neg_templates(), "h535-neg-%03d" % (i + 1)))
    return recs


def serialise(recs):
    lines = []
    rendered = []
    for c, cid in recs:
        rec, pieces = c.render(cid)
        lines.append(json.dumps(rec, ensure_ascii=False))
        rendered.append((c, rec, pieces))
    return "\n".join(lines) + "\n", rendered


def check(text, rendered):
    errs = []
    ids = set()
    counts = {t: 0 for t in TYPES}
    npos = nneg = 0
    for c, rec, pieces in rendered:
        cid = rec["id"]
        if cid in ids:
            errs.append("dup id " + cid)
        ids.add(cid)
        if rec["kind"] == "positive":
            npos += 1
            if not rec["spans"]:
                errs.append(cid + ": positive without spans")
        else:
            nneg += 1
            if rec["spans"]:
                errs.append(cid + ": negative with spans")
        for t in rec["turns"]:
            if t["speaker"] not in ("customer", "agent"):
                errs.append(cid + ": bad speaker")
        prev = None
        for s in rec["spans"]:
            counts[s["type"]] += 1
            txt = rec["turns"][s["turn"]]["text"]
            a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(txt)):
                errs.append(cid + ": offset out of range")
                continue
            if not (txt[a].isalnum() and txt[b - 1].isalnum()):
                errs.append(cid + ": span edge not alnum %r" % txt[a:b])
            if (a > 0 and txt[a - 1].isalnum()) or (b < len(txt) and txt[b].isalnum()):
                errs.append(cid + ": span not on word boundary %r" % txt[a:b])
            if prev and prev[0] == s["turn"] and prev[1] > a:
                errs.append(cid + ": overlapping spans")
            prev = (s["turn"], b)
        for vid, (typ, canon, partial) in enumerate(c.vals):
            joined = " ".join(pieces.get(vid, []))
            if not joined:
                errs.append(cid + ": value %d has no span" % vid)
                continue
            if partial:
                if not norm_digits(joined).isdigit():
                    errs.append(cid + ": partial value not digits")
                continue
            if typ in ("CARD_NUMBER", "CVV", "SSN", "BANK_ACCOUNT", "SORT_CODE", "PHONE", "NI_NUMBER", "IBAN", "POSTCODE"):
                # each split piece normalised separately then concatenated
                joined_norm = "".join(norm_alnum(p) for p in pieces[vid])
                e = validate_value(typ, canon, joined_norm)
            else:
                e = validate_value(typ, canon, joined)
            if e:
                errs.append("%s: %s %s: %s (%r)" % (cid, typ, canon, e, joined))
        # no labelled value may appear in a negative case
    for t in TYPES:
        need = 70 if t == "CARD_NUMBER" else 30 if t in ("SSN", "NI_NUMBER") else 10
        if counts[t] < need:
            errs.append("too few %s spans: %d < %d" % (t, counts[t], need))
    if npos < 200 or nneg < 100:
        errs.append("too few cases pos=%d neg=%d" % (npos, nneg))
    return errs, counts, npos, nneg


def main():
    recs = build()
    text, rendered = serialise(recs)
    if "--check" in sys.argv:
        with open(OUT, encoding="utf-8") as f:
            cur = f.read()
        errs = []
        if cur != text:
            errs.append("cases.jsonl is not byte-identical to a fresh regeneration")
        for ln in cur.splitlines():
            json.loads(ln)
        e2, counts, npos, nneg = check(text, rendered)
        errs += e2
        for e in errs:
            print("ERROR", e)
        print("positives=%d negatives=%d" % (npos, nneg))
        print(" ".join("%s=%d" % kv for kv in counts.items()))
        if errs:
            sys.exit(1)
        print("check OK")
        return
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    e2, counts, npos, nneg = check(text, rendered)
    print("wrote %s: positives=%d negatives=%d" % (OUT, npos, nneg))
    print(" ".join("%s=%d" % kv for kv in counts.items()))
    for e in e2:
        print("WARN", e)


if __name__ == "__main__":
    main()

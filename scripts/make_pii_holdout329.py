#!/usr/bin/env python3
"""Generate the pii_holdout329 held-out PII redaction evaluation set.

Written by an independent test author (an AI helper) who did not see the
redaction engine.  Standard library only, one seeded RNG.

    python scripts/make_pii_holdout329.py          # (re)write cases.jsonl
    python scripts/make_pii_holdout329.py --check  # regenerate + verify
"""
import argparse
import json
import os
import random
import re
import sys

SEED = 329241125
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "fixtures", "pii_holdout329", "cases.jsonl")

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven",
         "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
         "sixteen", "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
        "eighty", "ninety"]
ZERO_WORDS = {"zero", "oh", "o", "nought", "naught"}
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo",
        "f": "foxtrot", "g": "golf", "h": "hotel", "i": "india",
        "j": "juliet", "k": "kilo", "l": "lima", "m": "mike",
        "n": "november", "o": "oscar", "p": "papa", "q": "quebec",
        "r": "romeo", "s": "sierra", "t": "tango", "u": "uniform",
        "v": "victor", "w": "whiskey", "x": "xray", "y": "yankee",
        "z": "zulu"}
NATO_REV = {v: k for k, v in NATO.items()}
NATO_REV["whisky"] = "w"
NATO_REV["alfa"] = "a"
FOLK = {"a": ["apple", "alpha"], "b": ["bravo", "bob", "beta"],
        "c": ["charlie", "cat"], "d": ["delta", "david", "dog"],
        "e": ["echo", "edward"], "g": ["golf", "george"],
        "h": ["hotel", "harry"], "j": ["juliet", "john"],
        "k": ["kilo", "king"], "l": ["lima", "london"],
        "m": ["mike", "mother", "mary"], "n": ["november", "nancy"],
        "p": ["papa", "peter"], "r": ["romeo", "robert"],
        "s": ["sierra", "sugar", "sam"], "t": ["tango", "tom"],
        "w": ["whiskey", "william"], "x": ["xray"], "y": ["yankee", "yellow"],
        "z": ["zulu", "zebra"], "f": ["foxtrot", "freddie"],
        "q": ["quebec", "queen"], "u": ["uniform", "uncle"],
        "v": ["victor", "victoria"], "i": ["india"], "o": ["oscar"]}
FILLERS = {"um", "uh", "er", "erm", "uhm", "hmm"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july",
          "august", "september", "october", "november", "december"]
MON_ABBR = [m[:3] for m in MONTHS]
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh",
       "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth",
       "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth",
       "nineteenth", "twentieth"]
STREET_SUFFIX = ["street", "st", "road", "rd", "lane", "ln", "avenue", "ave",
                 "drive", "dr", "close", "crescent", "way", "gardens", "court",
                 "place", "terrace", "grove", "boulevard", "blvd", "parade",
                 "row", "hill", "mews", "walk", "square", "park"]


# ---------------------------------------------------------------- validators
def luhn_ok(d):
    s = 0
    for i, ch in enumerate(reversed(d)):
        n = int(ch)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        s += n
    return s % 10 == 0


def luhn_complete(partial):
    for c in "0123456789":
        if luhn_ok(partial + c):
            return partial + c
    raise ValueError


def iban_ok(s):
    s = s.upper()
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


NI_RE = re.compile(r"(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]")
UK_PC_RE = re.compile(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}")
US_ZIP_RE = re.compile(r"\d{5}(\d{4})?")
EMAIL_RE = re.compile(r"[a-z0-9][a-z0-9._+-]*@[a-z0-9-]+(\.[a-z0-9-]+)+")


def word_num2(toks, i):
    """Parse a 1-2 digit number word at toks[i]; return (str, next_i)|None."""
    t = toks[i]
    if t in TEENS:
        return str(10 + TEENS.index(t)), i + 1
    if t in TENS[2:]:
        tv = TENS.index(t)
        if i + 1 < len(toks) and toks[i + 1] in UNITS[1:]:
            return str(tv) + str(UNITS.index(toks[i + 1])), i + 2
        return str(tv) + "0", i + 1
    if t in UNITS or t in ZERO_WORDS:
        return ("0" if t in ZERO_WORDS else str(UNITS.index(t))), i + 1
    return None


def parse_spoken(text, alnum=False):
    """Normalise a typed or spoken reading to its characters (upper case).
    Returns None if something in the text cannot be interpreted."""
    low = text.lower()
    if re.search(r"\d", low):
        # typed form: keep alnum (and a leading +); fix O/l typos in digits
        out = []
        for tok in re.findall(r"\+|[a-z0-9]+", low):
            if tok == "+":
                out.append("+")
            elif not alnum and re.fullmatch(r"[0-9ol]+", tok):
                out.append(tok.replace("o", "0").replace("l", "1"))
            elif not alnum and tok in ("ext",):
                return None
            else:
                out.append(tok)
        res = "".join(out).upper()
        if not alnum and not re.fullmatch(r"\+?\d+", res):
            return None
        return res
    toks = re.findall(r"[a-z]+", low)
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        if t in FILLERS or t in ("dash", "hyphen", "slash", "space"):
            i += 1
            continue
        if t == "plus" and not alnum:
            out.append("+")
            i += 1
            continue
        if alnum and len(t) == 1 and i + 2 < len(toks) and toks[i + 1] == "for" \
                and toks[i + 2][0] == t:
            out.append(t)
            i += 3
            continue
        if alnum and len(t) == 1 and i + 3 < len(toks) and toks[i + 1] == "as" \
                and toks[i + 2] == "in" and toks[i + 3][0] == t:
            out.append(t)
            i += 4
            continue
        if t in ("double", "triple") and i + 1 < len(toks):
            r = word_num2(toks, i + 1)
            nxt = toks[i + 1]
            if alnum and len(nxt) == 1 and nxt not in ("o",):
                out.append(nxt * (2 if t == "double" else 3))
                i += 2
                continue
            if nxt in UNITS or nxt in ZERO_WORDS:
                d = "0" if nxt in ZERO_WORDS else str(UNITS.index(nxt))
                out.append(d * (2 if t == "double" else 3))
                i += 2
                continue
            return None
        if t in UNITS[1:] and i + 1 < len(toks) and toks[i + 1] == "hundred":
            d = str(UNITS.index(t))
            j = i + 2
            if j < len(toks) and toks[j] == "and":
                j += 1
            rest = word_num2(toks, j) if j < len(toks) else None
            if rest and rest[0] != "0" or (rest and j > i + 2):
                r, j = rest
                out.append(d + r.rjust(2, "0"))
            else:
                out.append(d + "00")
                j = i + 2
            i = j
            continue
        if alnum and t in NATO_REV:
            out.append(NATO_REV[t])
            i += 1
            continue
        if alnum and len(t) == 1 and t != "o" or (alnum and t == "o"):
            out.append(t)
            i += 1
            continue
        r = word_num2(toks, i)
        if r:
            out.append(r[0])
            i = r[1]
            continue
        return None
    return "".join(out).upper()


def parse_email(text):
    low = text.lower()
    if "@" in low:
        return low
    toks = re.findall(r"[a-z0-9]+", low)
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        if t in FILLERS:
            i += 1
        elif t == "dot":
            out.append(".")
            i += 1
        elif t == "at":
            out.append("@")
            i += 1
        elif t == "underscore":
            out.append("_")
            i += 1
        elif t in ("dash", "hyphen"):
            out.append("-")
            i += 1
        elif len(t) == 1 and i + 2 < len(toks) and toks[i + 1] == "for" \
                and toks[i + 2][0] == t:
            out.append(t)
            i += 3
        elif t in ("double",) and i + 1 < len(toks) and len(toks[i + 1]) == 1:
            out.append(toks[i + 1] * 2)
            i += 2
        else:
            r = word_num2(toks, i) if (t in UNITS or t in TEENS or t in TENS[2:]) else None
            if r:
                out.append(r[0])
                i = r[1]
            else:
                out.append(t)
                i += 1
    return "".join(out)


def validate_date(text, typ):
    low = text.lower()
    toks = re.findall(r"[a-z]+|\d+", low)
    if any(t in MONTHS or t in MON_ABBR or t == "sept" for t in toks):
        return len(toks) >= 2
    groups = re.findall(r"\d+", low)
    if groups:
        nums = [int(g) for g in groups]
        if len(groups) == 1:
            g = groups[0]
            return len(g) in ((4, 6) if typ == "EXPIRY" else (6, 8))
        if typ == "EXPIRY":
            return len(groups) == 2 and 1 <= nums[0] <= 12
        return len(groups) == 3 and any(1 <= n <= 12 for n in nums[:2])
    d = parse_spoken(text)
    if not d or not d.isdigit():
        return False
    if typ == "EXPIRY":
        return 3 <= len(d) <= 6 and 1 <= int(d[:2] if len(d) in (4, 6) else d[:1]) <= 12
    return len(d) in (4, 6, 8)


def validate(typ, text, mode, canon):
    """mode 'full': the text is the whole value; 'part': a fragment."""
    if typ == "EMAIL":
        v = parse_email(text)
        return bool(EMAIL_RE.fullmatch(v)) and v == canon.lower()
    if typ in ("DOB", "EXPIRY"):
        return validate_date(text, typ)
    if typ == "ADDRESS":
        low = text.lower()
        toks = re.findall(r"[a-z]+|\d+[a-z]?", low)
        first_ok = toks and (re.match(r"\d", toks[0]) or toks[0] in UNITS
                             or toks[0] in TEENS or toks[0] in TENS
                             or toks[0] in ("flat", "apt", "apartment", "unit", "suite", "number"))
        return bool(first_ok) and any(t in STREET_SUFFIX for t in toks)
    alnum = typ in ("NI_NUMBER", "IBAN", "POSTCODE")
    v = parse_spoken(text, alnum=alnum)
    if v is None:
        return False
    if mode == "part":
        return v.replace("+", "") in canon.replace("+", "") and len(v) > 0
    if v != canon:
        return False
    if typ == "CARD_NUMBER":
        return v.isdigit() and 13 <= len(v) <= 19 and luhn_ok(v)
    if typ == "CVV":
        return v.isdigit() and len(v) in (3, 4)
    if typ == "SSN":
        return (v.isdigit() and len(v) == 9 and v[:3] not in ("000", "666")
                and v[0] != "9" and v[3:5] != "00" and v[5:] != "0000")
    if typ == "NI_NUMBER":
        return bool(NI_RE.fullmatch(v))
    if typ == "BANK_ACCOUNT":
        return v.isdigit() and 6 <= len(v) <= 17
    if typ == "SORT_CODE":
        return v.isdigit() and len(v) == 6
    if typ == "IBAN":
        return iban_ok(v)
    if typ == "PHONE":
        return bool(re.fullmatch(r"\+?\d{9,15}", v))
    if typ == "POSTCODE":
        return bool(UK_PC_RE.fullmatch(v) or US_ZIP_RE.fullmatch(v))
    return False


# ---------------------------------------------------------------- case model
class Case:
    def __init__(self, kind, note):
        self.kind = kind
        self.note = note
        self.turns = []
        self.groups = []  # [type, canon, mode]

    def g(self, typ, canon, mode="full"):
        self.groups.append((typ, canon, mode))
        return len(self.groups) - 1

    def v(self, text, gid):
        return (text, gid)

    def t(self, speaker, *segs):
        text = ""
        spans = []
        for s in segs:
            if isinstance(s, str):
                text += s
            else:
                val, gid = s
                spans.append([len(text), len(text) + len(val), gid])
                text += val
        self.turns.append((speaker, text, spans))

    def c(self, *segs):
        self.t("customer", *segs)

    def a(self, *segs):
        self.t("agent", *segs)

    def export(self, cid):
        spans = []
        gspans = []
        for ti, (_, _, sp) in enumerate(self.turns):
            for st, en, gid in sp:
                spans.append({"turn": ti, "start": st, "end": en,
                              "type": self.groups[gid][0]})
                gspans.append(gid)
        rec = {"id": cid, "kind": self.kind,
               "turns": [{"speaker": s, "text": x} for s, x, _ in self.turns],
               "spans": spans, "note": self.note}
        return rec, gspans, list(self.groups)


# ---------------------------------------------------------------- renderers
R = random.Random(SEED)


def ch(seq):
    return R.choice(seq)


def pr(p):
    return R.random() < p


def zero_style(alnum=False, uk=True):
    opts = ["zero", "oh", "oh"] + (["nought"] if uk else []) + ([] if alnum else ["o"])
    return ch(opts)


def say_d(d, zs):
    return zs if d == "0" else UNITS[int(d)]


def say_pair(p):
    n = int(p)
    if n < 10:
        return None
    if n < 20:
        return TEENS[n - 10]
    return TENS[n // 10] + ("" if n % 10 == 0 else " " + UNITS[n % 10])


def say_digits_plain(s, zs, allow_rep=True):
    words = []
    i = 0
    while i < len(s):
        d = s[i]
        run = 1
        while i + run < len(s) and s[i + run] == d:
            run += 1
        if allow_rep and run >= 3 and pr(0.5):
            words.append("triple " + say_d(d, zs))
            i += 3
        elif allow_rep and run >= 2 and pr(0.55):
            words.append("double " + say_d(d, zs))
            i += 2
        else:
            words.append(say_d(d, zs))
            i += 1
    return words


def say_chunk(c, zs, alnum=False, filler=0.12, pairs=0.35):
    """Render a digit chunk as spoken words; roundtrip-checked."""
    for _ in range(12):
        mode = "plain"
        r = R.random()
        if len(c) == 2 and c[0] != "0" and r < pairs:
            mode = "pair"
        elif len(c) == 4 and c[0] != "0" and c[2] != "0" and r < pairs:
            mode = "pairs"
        elif len(c) == 3 and c[0] != "0" and r < pairs * 0.8:
            mode = "hund"
        elif len(c) == 4 and c[0] != "0" and c[1] == "0" and c[2] == "0" and r < pairs:
            mode = "thou"
        if mode == "pair":
            words = [say_pair(c)]
        elif mode == "pairs":
            words = [say_pair(c[:2]), say_pair(c[2:])]
        elif mode == "hund":
            rest = c[1:]
            if rest == "00":
                words = [UNITS[int(c[0])] + " hundred"]
            else:
                rw = say_pair(rest) if rest[0] != "0" else UNITS[int(rest[1])]
                words = [UNITS[int(c[0])] + " hundred" + (" and " if pr(0.7) else " ") + rw]
        elif mode == "thou":
            words = say_digits_plain(c, zs)
        else:
            words = say_digits_plain(c, zs)
        if len(words) > 1 and pr(filler):
            k = R.randint(1, len(words) - 1)
            words.insert(k, ch(["um", "uh", "er", "erm"]))
        s = " ".join(words)
        if parse_spoken(s, alnum) == c.upper():
            return s
    return " ".join(say_d(d, zs) for d in c)


def split_sizes(s, sizes):
    out = []
    i = 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return [x for x in out if x]


def speak(digs, sizes, zs=None, seps=(" ", ", ", " ", "... "), filler=0.12,
          pairs=0.35):
    """Spoken rendering of a digit string grouped by sizes -> list of chunks."""
    zs = zs or zero_style()
    for _ in range(20):
        parts = [say_chunk(c, zs, filler=filler, pairs=pairs) for c in split_sizes(digs, sizes)]
        full = join_chunks(parts, seps)
        if parse_spoken(full) == digs:
            return parts
    return [" ".join(say_d(d, zs) for d in c) for c in split_sizes(digs, sizes)]


def join_chunks(parts, seps=(" ", ", ")):
    out = parts[0]
    for p in parts[1:]:
        out += ch(seps) + p
    return out


def say_full(digs, sizes, **kw):
    seps = kw.pop("seps", (" ", ", ", " "))
    for _ in range(20):
        s = join_chunks(speak(digs, sizes, seps=seps, **kw), seps)
        if parse_spoken(s) == digs:
            return s
    zs = zero_style()
    return " ".join(say_d(d, zs) for d in digs)


def group_typed(d, sizes, sep=" "):
    return sep.join(split_sizes(d, sizes))


# ---------------------------------------------------------------- value makers
def new_card():
    kind = ch(["visa", "visa", "mc", "mc", "amex", "disc", "visa13", "maestro19", "mc2"])
    if kind == "visa":
        p, n = "4" + "".join(ch("0123456789") for _ in range(5)), 16
    elif kind == "visa13":
        p, n = "4" + "".join(ch("0123456789") for _ in range(5)), 13
    elif kind == "mc":
        p, n = str(R.randint(51, 55)) + "".join(ch("0123456789") for _ in range(4)), 16
    elif kind == "mc2":
        p, n = str(R.randint(2221, 2720)) + "".join(ch("0123456789") for _ in range(2)), 16
    elif kind == "amex":
        p, n = ch(["34", "37"]) + "".join(ch("0123456789") for _ in range(4)), 15
    elif kind == "disc":
        p, n = "6011" + "".join(ch("0123456789") for _ in range(2)), 16
    else:
        p, n = ch(["6759", "6761", "5018"]) + "".join(ch("0123456789") for _ in range(2)), 19
    body = p + "".join(ch("0123456789") for _ in range(n - 1 - len(p)))
    # sprinkle repeats so "double"/"triple" occur
    if pr(0.5):
        k = R.randint(6, n - 4)
        body = body[:k] + body[k] * 2 + body[k + 2:]
        body = body[:n - 1]
    return luhn_complete(body)


def card_sizes(num):
    n = len(num)
    if n == 15:
        return [4, 6, 5]
    if n == 13:
        return ch([[4, 4, 5], [4, 3, 3, 3]])
    if n == 19:
        return ch([[4, 4, 4, 4, 3], [6, 13]])
    return ch([[4, 4, 4, 4], [4, 4, 4, 4], [2, 2, 2, 2, 2, 2, 2, 2]])


def card_typed(num):
    n = len(num)
    style = R.random()
    if n == 15:
        return group_typed(num, [4, 6, 5], ch([" ", "-", " "]))
    if style < 0.35:
        return group_typed(num, card_sizes(num) if n != 16 else [4, 4, 4, 4], " ")
    if style < 0.55:
        return group_typed(num, [4, 4, 4, 4, 3][: (n + 3) // 4], "-")
    if style < 0.75:
        return num
    if style < 0.88:
        return group_typed(num, ch([[5, 5, 6], [3, 4, 4, 5], [8, 8]]), " ")
    return group_typed(num, [4] * ((n + 3) // 4), ch([".", "  ", " - "]))


def new_cvv(amex=False):
    return "".join(ch("0123456789") for _ in range(4 if amex else 3))


def new_expiry():
    m = R.randint(1, 12)
    y = R.randint(25, 31)
    return m, y


def expiry_text(m, y, spoken):
    if not spoken:
        return ch(["%02d/%02d" % (m, y), "%02d/20%02d" % (m, y), "%02d-%02d" % (m, y),
                   "%d/%02d" % (m, y), "%02d %02d" % (m, y), "%s %d" % (MONTHS[m - 1].title(), 2000 + y),
                   "%s 20%02d" % (MON_ABBR[m - 1].title(), y)])
    yw = say_pair("%02d" % y)
    mw = ch(["oh " + UNITS[m] if m < 10 else say_pair("%02d" % m),
             "zero " + UNITS[m] if m < 10 else say_pair("%02d" % m)])
    return ch([mw + " " + yw, mw + " slash " + yw.replace("slash", ""),
               MONTHS[m - 1] + " " + yw, MONTHS[m - 1] + " twenty " + yw,
               mw + " twenty " + yw, "the " + ORD[m] + " month " + yw if m <= 12 else mw + " " + yw]
              [:5])


def new_ssn():
    while True:
        a = R.randint(1, 899)
        if a == 666:
            continue
        return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


NI_FIRST = "ABCEGHJKLMNOPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def new_ni():
    while True:
        p = ch(NI_FIRST) + ch(NI_SECOND)
        if p in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            continue
        return p + "".join(ch("0123456789") for _ in range(6)) + ch("ABCD")


def say_letter(l, style):
    l = l.lower()
    if style == "plain":
        return l
    if style == "nato":
        return NATO[l]
    return l + " for " + ch(FOLK[l]) if pr(0.8) else l + " as in " + ch(FOLK[l])


def say_ni(ni):
    style = ch(["plain", "plain", "for", "nato"])
    zs = zero_style(alnum=True)
    pre = " ".join(say_letter(x, style) for x in ni[:2])
    digs = ni[2:8]
    ds = ch([[2, 2, 2], [3, 3], [6], [2, 2, 2]])
    mid = ", ".join(say_chunk(c, zs, alnum=True, pairs=0.5) for c in split_sizes(digs, ds))
    suf = say_letter(ni[8], ch(["plain", "for", style]))
    return pre, mid, suf


def ni_typed(ni):
    f = ch(["%s", "%s", "sp", "sp2", "lower", "dash"])
    if f == "sp":
        s = "%s %s %s %s %s" % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8])
    elif f == "sp2":
        s = "%s %s %s" % (ni[:2], ni[2:8], ni[8])
    elif f == "lower":
        s = ni.lower()
    elif f == "dash":
        s = "%s-%s-%s-%s-%s" % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8])
    else:
        s = ni
    return s


def new_sort():
    return "%02d%02d%02d" % (ch([20, 30, 40, 60, 77, 83, 9, 11, 16, 23]), R.randint(0, 99), R.randint(0, 99))


def sort_typed(s):
    return ch(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s-%s-%s"]) % (s[:2], s[2:4], s[4:])


def new_acct(us=False):
    n = R.randint(9, 12) if us else 8
    return str(R.randint(1, 9)) + "".join(ch("0123456789") for _ in range(n - 1))


def new_iban():
    cc = ch(["GB", "IE", "DE", "FR", "NL", "ES", "GB", "IE"])
    dg = lambda n: "".join(ch("0123456789") for _ in range(n))
    if cc == "GB":
        bban = ch(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + dg(14)
    elif cc == "IE":
        bban = ch(["AIBK", "BOFI", "IPBS"]) + dg(14)
    elif cc == "DE":
        bban = dg(18)
    elif cc == "FR":
        bban = dg(23)
    elif cc == "NL":
        bban = ch(["ABNA", "INGB", "RABO"]) + dg(10)
    else:
        bban = dg(20)
    return make_iban(cc, bban)


def iban_typed(ib):
    f = R.random()
    if f < 0.5:
        return " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))
    if f < 0.75:
        return ib
    if f < 0.88:
        return ib.lower()
    return "-".join(ib[i:i + 4] for i in range(0, len(ib), 4))


def iban_spoken(ib):
    zs = zero_style(alnum=True)
    parts = []
    for i in range(0, len(ib), 4):
        blk = ib[i:i + 4]
        words = []
        j = 0
        while j < len(blk):
            if blk[j].isdigit():
                k = j
                while k < len(blk) and blk[k].isdigit():
                    k += 1
                words.append(say_chunk(blk[j:k], zs, alnum=True, pairs=0.3, filler=0.05))
                j = k
            else:
                words.append(say_letter(blk[j], ch(["plain", "plain", "for"])))
                j += 1
        parts.append(" ".join(words))
    s = ", ".join(parts)
    if parse_spoken(s, alnum=True) != ib:
        s = ", ".join(" ".join(say_letter(x, "plain") if x.isalpha() else say_d(x, "zero") for x in ib[i:i + 4])
                      for i in range(0, len(ib), 4))
    return s


def new_phone(country):
    dg = lambda n: "".join(ch("0123456789") for _ in range(n))
    if country == "UK":
        kind = ch(["mob", "mob", "ldn", "geo"])
        if kind == "mob":
            nat = "07" + ch(["700", "712", "825", "931", "468"]) + dg(6)
            return nat, ["+44 " + nat[1:5] + " " + nat[5:], nat[:5] + " " + nat[5:],
                         nat, "+44 (0)" + nat[1:5] + " " + nat[5:], "+447" + nat[2:]]
        if kind == "ldn":
            nat = "020" + ch(["7", "8", "3"]) + dg(7)
            return nat, [nat[:3] + " " + nat[3:7] + " " + nat[7:], "+44 20 " + nat[3:7] + " " + nat[7:], nat]
        nat = "01" + dg(3) + dg(6)
        return nat, [nat[:5] + " " + nat[5:], "+44 " + nat[1:5] + " " + nat[5:], nat[:5] + "-" + nat[5:]]
    if country == "US":
        nat = str(R.randint(2, 9)) + dg(2) + str(R.randint(2, 9)) + dg(6)
        return nat, [nat[:3] + "-" + nat[3:6] + "-" + nat[6:], nat[:3] + "." + nat[3:6] + "." + nat[6:],
                     "+1 " + nat[:3] + "-" + nat[3:6] + "-" + nat[6:], "+1 " + nat[:3] + " " + nat[3:6] + " " + nat[6:],
                     "1-" + nat[:3] + "-" + nat[3:6] + "-" + nat[6:]]
    if country == "IE":
        nat = "08" + ch("35679") + dg(7)
        return nat, [nat[:3] + " " + nat[3:6] + " " + nat[6:], "+353 " + nat[1:3] + " " + nat[3:6] + " " + nat[6:],
                     "00353 " + nat[1:3] + " " + nat[3:]]
    cc = ch(["+49", "+33", "+34", "+31"])
    if cc == "+33":
        nat = "0" + ch("67") + dg(8)
        return nat, ["+33 " + " ".join([nat[1]] + [nat[i:i + 2] for i in range(2, 10, 2)]), nat]
    nat = "0" + ch("13") + dg(9)
    return nat, [cc + " " + nat[1:4] + " " + nat[4:], cc + nat[1:]]


def phone_spoken(country, nat, intl):
    zs = zero_style(uk=country in ("UK", "IE"))
    if intl:
        ccd = {"UK": "44", "US": "1", "IE": "353"}.get(country, ch(["49", "33"]))
        body = nat[1:] if country != "US" else nat
        pre = "plus " + " ".join(UNITS[int(x)] for x in ccd) if pr(0.7) else \
            "double " + zs + " " + " ".join(UNITS[int(x)] for x in ccd)
        canon_pre = "+" + ccd if pre.startswith("plus") else "00" + ccd
        sizes = [4, 6] if len(body) == 10 else [3, 3, 4] if len(body) == 9 else [3, 4, 3]
        s = pre + " " + say_full(body, sizes, zs=zs, pairs=0.25)
        return s, canon_pre + body
    sizes = {"UK": [5, 6] if len(nat) == 11 else [3, 4, 4], "US": [3, 3, 4], "IE": [3, 3, 4]}.get(country, [4, 3, 4])
    return say_full(nat, sizes, zs=zs, pairs=0.3), nat


FIRST = ["sarah", "james", "aoife", "connor", "priya", "mohammed", "emily", "liam",
         "grace", "daniel", "siobhan", "raj", "olivia", "tom", "maria", "kwame",
         "hannah", "pádraig", "chloe", "marcus", "niamh", "jess", "lukas", "sophie"]
LAST = ["doe", "okafor", "murphy", "patel", "kowalski", "smith", "o'brien",
        "nguyen", "fitzgerald", "hughes", "garcia", "byrne", "khan", "walsh",
        "schmidt", "mcdonald", "evans", "reilly", "thompson", "dubois"]
DOMAINS = [("gmail", "com"), ("outlook", "com"), ("hotmail", "co.uk"),
           ("yahoo", "com"), ("icloud", "com"), ("eircom", "net"),
           ("btinternet", "com"), ("gmx", "de"), ("proton", "me"),
           ("aol", "com"), ("live", "ie"), ("sky", "com")]


def ascii_name(s):
    return s.replace("á", "a").replace("'", "")


def new_email():
    f = ascii_name(ch(FIRST))
    l = ascii_name(ch(LAST))
    dom, tld = ch(DOMAINS)
    style = ch(["f.l", "fl", "f_l", "finit.l", "fl99", "f.l.99", "lf"])
    num = str(R.randint(1, 99)) if "99" in style else ""
    if style == "f.l":
        local = f + "." + l
    elif style == "fl":
        local = f + l
    elif style == "f_l":
        local = f + "_" + l
    elif style == "finit.l":
        local = f[0] + "." + l
    elif style == "fl99":
        local = f + l + num
    elif style == "f.l.99":
        local = f + "." + l + num
    else:
        local = l + f[0]
    return local + "@" + dom + "." + tld, (f, l, num, style, dom, tld)


def email_typed(e):
    if pr(0.25):
        loc, dom = e.split("@")
        return loc.title() + "@" + dom if pr(0.5) else e.upper() if pr(0.3) else loc.capitalize() + "@" + dom
    return e


def email_spoken(e):
    loc, dom = e.split("@")
    out = []
    for piece in re.split(r"([._])", loc):
        if piece == ".":
            out.append("dot")
        elif piece == "_":
            out.append("underscore")
        elif piece.isdigit():
            out.append(say_pair(piece) if len(piece) == 2 and piece[0] != "0" else " ".join(UNITS[int(x)] for x in piece))
        elif len(piece) == 1:
            out.append(say_letter(piece, ch(["plain", "for"])))
        else:
            m = re.match(r"([a-z]+?)(\d*)$", piece)
            out.append(m.group(1))
            if m.group(2):
                out.append(say_pair(m.group(2)) if len(m.group(2)) == 2 and m.group(2)[0] != "0" else " ".join(UNITS[int(x)] for x in m.group(2)))
    out.append("at")
    for i, piece in enumerate(dom.split(".")):
        if i:
            out.append("dot")
        out.append(" ".join(piece) if piece in ("ie", "de", "me") and pr(0.6) else piece)
    s = " ".join(out)
    if parse_email(s) != e:
        s = " ".join(("dot" if x == "." else "at" if x == "@" else "underscore" if x == "_" else
                      UNITS[int(x)] if x.isdigit() else x) for x in e)
    return s


def new_dob():
    return R.randint(1938, 2006), R.randint(1, 12), R.randint(1, 28)


def say_year(y):
    if y >= 2000:
        return ch(["two thousand and " + UNITS[y - 2000] if y < 2010 else "two thousand and " + say_pair(str(y - 2000)),
                   "two thousand " + (UNITS[y - 2000] if y < 2010 else say_pair(str(y - 2000)))])
    return "nineteen " + (say_pair(str(y - 1900)) if y % 100 >= 10 else "oh " + UNITS[y % 10])


def ordinal(d):
    if d <= 20:
        return ORD[d]
    t = d // 10
    u = d % 10
    if u == 0:
        return {2: "twentieth", 3: "thirtieth"}[t]
    return TENS[t] + " " + ORD[u]


def dob_text(y, m, d, spoken, us=False):
    if not spoken:
        opts = ["%02d/%02d/%d" % (d, m, y), "%d/%d/%d" % (d, m, y), "%02d.%02d.%d" % (d, m, y),
                "%d %s %d" % (d, MONTHS[m - 1].title(), y), "%d-%02d-%02d" % (y, m, d),
                "%d %s %d" % (d, MON_ABBR[m - 1].title(), y), "%02d/%02d/%02d" % (d, m, y % 100)]
        if us:
            opts = ["%02d/%02d/%d" % (m, d, y), "%s %d, %d" % (MONTHS[m - 1].title(), d, y),
                    "%d-%d-%d" % (m, d, y), "%s %d %d" % (MON_ABBR[m - 1].title(), d, y)]
        return ch(opts)
    yy = say_year(y) if pr(0.75) else say_pair(str(y % 100)) if y % 100 >= 10 else "oh " + UNITS[y % 10]
    if us:
        return ch([MONTHS[m - 1] + " " + ordinal(d) + " " + yy,
                   MONTHS[m - 1] + " " + ordinal(d) + ", " + yy])
    return ch([ordinal(d) + " of " + MONTHS[m - 1] + " " + yy,
               ordinal(d) + " of " + MONTHS[m - 1] + ", " + yy,
               ordinal(d) + " " + MONTHS[m - 1] + " " + yy,
               ordinal(d) + " of the " + ordinal(m) + " " + yy + " " + "um",
               ][:3] + ["%s %s %s" % (say_pair("%02d" % d) if d >= 10 else "oh " + UNITS[d],
                                      say_pair("%02d" % m) if m >= 10 else "oh " + UNITS[m],
                                      say_pair(str(y % 100)) if y % 100 >= 10 else "oh " + UNITS[y % 10])])


STREETS_UK = ["Hollybush Lane", "Albert Road", "Mill Street", "Kings Road", "Orchard Close",
              "Victoria Terrace", "Beech Grove", "Station Road", "Castle Hill", "Elm Park Gardens",
              "Marlborough Crescent", "Queens Drive", "Fairfield Avenue", "Church Walk"]
STREETS_US = ["N Cedar Ave", "Maple Street", "Sunset Blvd", "W 43rd St", "Oak Ridge Drive",
              "Lincoln Avenue", "Pine Court", "E Main St", "Lakeview Dr"]
STREETS_IE = ["Griffith Avenue", "Mount Street", "Main Street", "Seafield Road", "Ashgrove Park"]
TOWNS_UK = [("London", "SW1A 1AA"), ("Leeds", "LS6 2QT"), ("Manchester", "M14 5TR"),
            ("Bristol", "BS8 4AB"), ("Glasgow", "G12 8QQ"), ("Cardiff", "CF10 3NP"),
            ("Birmingham", "B15 2TT"), ("Norwich", "NR2 1RG"), ("Croydon", "CR0 2AP"),
            ("Edinburgh", "EH3 9DR"), ("Belfast", "BT7 1NN"), ("Reading", "RG1 8DJ")]
TOWNS_US = [("Springfield, IL", "62704"), ("Austin, TX", "78701"), ("Denver, CO", "80203"),
            ("Portland, OR", "97205"), ("Tampa, FL", "33602"), ("Columbus, OH", "43215-1407"),
            ("Brooklyn, NY", "11201"), ("Boise, ID", "83702")]


def new_uk_pc():
    town, base = ch(TOWNS_UK)
    out, inn = base.split()
    inn = str(R.randint(0, 9)) + ch("ABDEFGHJLNPQRSTUWXYZ") + ch("ABDEFGHJLNPQRSTUWXYZ")
    return town, out + " " + inn


def pc_spoken(pc):
    pc = pc.replace(" ", "").lower()
    style = ch(["plain", "plain", "for"])
    zs = ch(["zero", "oh", "nought"])
    m = re.fullmatch(r"([a-z]+)(\d+[a-z]?)(\d)([a-z]{2})", pc)
    out = [say_letter(x, style) for x in m.group(1)]
    od = m.group(2)
    if od.isdigit() and len(od) == 2 and pr(0.5):
        out.append(say_pair(od) if od[0] != "0" else zs + " " + UNITS[int(od[1])])
    else:
        out += [say_d(x, zs) if x.isdigit() else say_letter(x, style) for x in od]
    out.append(say_d(m.group(3), zs))
    out += [say_letter(x, style) for x in m.group(4)]
    s = " ".join(out)
    return s if parse_spoken(s, alnum=True) == pc.upper() else " ".join(say_letter(x, "plain") if x.isalpha() else say_d(x, "zero") for x in pc)


def zip_spoken(z):
    d = z.replace("-", "")
    zs = ch(["zero", "oh"])
    s = " ".join(say_d(x, zs) for x in d[:5])
    if len(d) > 5:
        s += " dash " + say_full(d[5:], [4], zs=zs)
    return s.replace(" dash ", " ") if len(d) > 5 and pr(0.3) else s


def num_words(n):
    if n < 10:
        return UNITS[n]
    if n < 100:
        return say_pair(str(n))
    if n < 1000:
        r = n % 100
        return UNITS[n // 100] + " hundred" + ("" if r == 0 else " and " + num_words(r))
    r = n % 1000
    return num_words(n // 1000) + " thousand" + ("" if r == 0 else (" and " if r < 100 else " ") + num_words(r))


# ---------------------------------------------------------------- context
INDUSTRY = {
    "banking": ("UK", ["thanks for calling {co}, you're through to {ag}", "hello you're through to {co} card services"],
                ["Northgate Bank", "Harbour Building Society", "Meridian Bank"]),
    "telecom": ("UK", ["good morning {co} customer care {ag} speaking", "hiya thanks for calling {co}"],
                ["Skyline Mobile", "Vox Broadband", "Teleconnect"]),
    "utilities": ("UK", ["you're through to {co} energy, can i take your account number", "{co} water, {ag} speaking"],
                  ["Brightwatt", "Severnside", "Greengrid"]),
    "retail": ("US", ["thank you for calling {co}, this is {ag}", "hi this is {ag} with {co} order support"],
               ["Maple & Co", "Bayside Outfitters", "ShopRite Direct"]),
    "insurance": ("US", ["{co} claims line this is {ag}", "thanks for holding, {co} insurance, {ag} here"],
                  ["Keystone Mutual", "Liberty Harbor", "Cornerstone Assurance"]),
    "travel": ("IE", ["{co} reservations, {ag} speaking", "hello and welcome to {co}, how can i help"],
               ["Emerald Air", "Shannon Holidays", "Celtic Ferries"]),
    "healthcare billing": ("US", ["{co} patient billing, this is {ag}", "{co} billing office, how can i help you today"],
                           ["St Anne's Medical Group", "Riverbend Health", "Lakeside Clinics"]),
    "government": ("UK", ["you're through to the {co} helpline", "{co}, {ag} speaking, how can i help"],
                   ["Council Tax Office", "Vehicle Licensing Service", "Pension Service"]),
    "eu_banking": ("EU", ["{co} customer service, {ag} speaking", "welcome to {co}, how can i help"],
                   ["Rhein Direktbank", "Banque Lumière", "Iberia Pagos"]),
}
AGENTS = ["dave", "priya", "ciara", "tom", "mel", "andre", "beth", "kofi", "laura", "sean"]
BACKCH = ["mhm", "go on", "yep", "okay", "uh huh", "right", "yes go ahead", "got that", "mm hmm", "keep going"]


def opener(ind, typed=False):
    country, lines, cos = INDUSTRY[ind]
    s = ch(lines).format(co=ch(cos), ag=ch(AGENTS))
    if typed:
        s = s[0].upper() + s[1:] + "."
    return s


def distractor(typed):
    """A non-PII sentence carrying numbers (used inside positive cases)."""
    amt = R.randint(12, 2400)
    opts = [
        ("your balance is £%d.%02d" % (amt, R.randint(0, 99))) if typed else
        "your balance is %s pounds %s" % (num_words(amt), num_words(R.randint(1, 99))),
        ("the payment of $%d.%02d is due on the %s" % (amt, R.randint(0, 99), ch(["1st", "15th", "28th"]))) if typed else
        "the payment of %s dollars is due on the %s" % (num_words(amt), ch(["first", "fifteenth"])),
        "we're open nine till half five monday to friday" if not typed else "We're open 8am-8pm Mon-Sat.",
        ("order number %d" % R.randint(10000000, 99999999)) if typed else
        "your order number is %s" % say_full(str(R.randint(1000000, 9999999)), [3, 4]),
        "it'll take about %s working days" % ch(["three to five", "ten", "two"]),
        ("ref %s%d" % (ch(["CX", "REF", "TKT-"]), R.randint(100000, 999999))) if typed else
        "your reference is %s" % say_full(str(R.randint(100000, 999999)), [3, 3]),
    ]
    return ch(opts)


# ---------------------------------------------------------------- positives
def chat_label(base):
    variants = {
        "card": ["card no:", "Card number:", "card #", "CC:", "card num -", "long number on card:", "cardnumber:"],
        "acct": ["acct no:", "Account number:", "a/c", "acc #", "acct:", "account no.", "Acct Num:"],
        "sort": ["sort code:", "Sort Code", "s/c", "sortcode -", "SC:"],
    }
    return ch(variants[base])


def pos_card_typed(ind):
    c = Case("positive", "typed chat: full card number%s")
    num = new_card()
    g = c.g("CARD_NUMBER", num)
    extras = []
    c.a(opener(ind, typed=True) + " " + ch(["How can I help?", "What can I do for you today?"]))
    if pr(0.5):
        c.c(ch(["hi, i need to update the card on my account", "Hi - payment failed again, want to use a different card",
                "hello can i pay my bill by card pls"]))
        c.a(ch(["Sure, please type the long card number.", "No problem. Can you send the card number?"]))
    txt = card_typed(num)
    if pr(0.15) and "0" in txt[5:]:
        k = txt.index("0", 5)
        txt = txt[:k] + "O" + txt[k + 1:]
        extras.append("letter O typo")
    lab = chat_label("card")
    form = ch(["{L} {V}", "{V}", "its {V}", "ok {L} {V} thanks", "{L}{V}", "here you go: {V}"])
    pre, post = form.split("{V}")
    pre = pre.replace("{L}", lab)
    if pre.endswith(lab) and not pre.endswith(" "):
        pre += " "
    segs = [pre, c.v(txt, g)]
    if pr(0.6):
        m, y = new_expiry()
        ge = c.g("EXPIRY", "")
        segs += [ch([" exp ", ", expiry ", " expires ", " - exp date "]), c.v(expiry_text(m, y, False), ge)]
        extras.append("expiry")
        if pr(0.6):
            cv = new_cvv(len(num) == 15)
            gc = c.g("CVV", cv)
            segs += [ch([" cvv ", ", CVV: ", " security code ", " cvc "]), c.v(cv, gc)]
            extras.append("cvv")
    segs.append(post)
    c.c(*segs)
    if pr(0.4):
        c.a("Thanks, " + distractor(True) + ".")
    if pr(0.4):
        g4 = c.g("CARD_NUMBER", num, "part")
        c.a(ch(["Thank you. Just to confirm, that's the card ending ", "Got it, card ending in "]), c.v(num[-4:], g4), "?")
        c.c("yes")
        extras.append("last-four after full card")
    c.note = c.note % ((" + " + ", ".join(extras)) if extras else "")
    return c


def pos_card_spoken(ind):
    c = Case("positive", "asr call: card read in one turn%s")
    num = new_card()
    extras = []
    c.a(opener(ind))
    c.c(ch(["yeah i wanna pay the bill", "hi um i need to make a payment", "i'd like to book it please can i pay by card",
            "my direct debit bounced so i'll pay over the phone"]))
    c.a(ch(["no problem what's the long number on the front of the card", "okay can i take the card number please",
            "lovely when you're ready the sixteen digit number"]))
    g = c.g("CARD_NUMBER", num)
    sp = say_full(num, card_sizes(num), seps=(" ", ", ", " ... ", " "), filler=0.2)
    lead = ch(["yeah it's ", "okay so ", "right it's ", "", "um ", "that's "])
    tail = ch(["", " did you get that", " yeah", ""])
    c.c(lead, c.v(sp, g), tail)
    if pr(0.5):
        gr = c.g("CARD_NUMBER", num)
        rb = say_full(num, card_sizes(num), filler=0, pairs=0.1)
        c.a(ch(["let me read that back ", "so that's ", "just to confirm "]), c.v(rb, gr), ch([" is that right", " correct", ""]))
        c.c(ch(["yes", "yep that's it", "that's right yeah"]))
        extras.append("agent read-back")
    if pr(0.6):
        c.a(ch(["and the expiry date", "and when does it expire", "expiry please"]))
        m, y = new_expiry()
        ge = c.g("EXPIRY", "")
        c.c(ch(["", "it's ", "um ", "expires "]), c.v(expiry_text(m, y, True), ge))
        extras.append("expiry")
        c.a(ch(["and the three digit security code on the back", "and finally the cvv", "last three digits on the back please"]))
        cv = new_cvv()
        gc = c.g("CVV", cv)
        c.c(ch(["", "it's ", "uh "]), c.v(say_full(cv, [3], pairs=0.5), gc))
        extras.append("cvv")
    if pr(0.3):
        c.a(distractor(False))
    c.note = c.note % ((" + " + ", ".join(extras)) if extras else "")
    return c


def pos_card_split(ind):
    c = Case("positive", "asr call: card split over customer turns with back-channels%s")
    num = new_card()
    extras = []
    c.a(opener(ind))
    c.a(ch(["can i take the card number please", "go ahead with the long card number"]))
    g = c.g("CARD_NUMBER", num)
    sizes = card_sizes(num)
    if len(sizes) > 5:
        sizes = [4, 4, 4, 4]
    parts = speak(num, sizes, filler=0.2)
    for i, p in enumerate(parts):
        lead = ch(["", "", "okay ", "then ", "next bit "]) if i else ch(["", "right, ", "it's "])
        c.c(lead, c.v(p, g))
        if i < len(parts) - 1:
            c.a(ch(BACKCH))
    if pr(0.5):
        gr = c.g("CARD_NUMBER", num)
        c.a(ch(["so i have ", "read back: "]), c.v(say_full(num, sizes, filler=0, pairs=0.1), gr), ch(["", " yeah"]))
        extras.append("agent read-back")
    c.c(ch(["that's it", "yep", "correct"]))
    if pr(0.4):
        m, y = new_expiry()
        ge = c.g("EXPIRY", "")
        c.a("expiry")
        c.c(c.v(expiry_text(m, y, True), ge))
        extras.append("expiry")
    c.note = c.note % ((" + " + ", ".join(extras)) if extras else "")
    return c


def pos_card_correction(ind):
    c = Case("positive", "asr call: card reading restarted after a mistake/aside%s")
    num = new_card()
    c.a(opener(ind))
    c.a("okay the card number when you're ready")
    sizes = card_sizes(num)
    if len(sizes) > 5:
        sizes = [4, 4, 4, 4]
    parts = speak(num, sizes, filler=0.15)
    variant = ch(["restart", "aside", "aside_turn"])
    if variant == "restart":
        k = R.randint(1, len(parts) - 1)
        gf = c.g("CARD_NUMBER", num, "part")
        frag = join_chunks(parts[:k])
        g = c.g("CARD_NUMBER", num)
        c.c(c.v(frag, gf), ch([" no wait sorry i'll start again ", "... hang on let me start over, ", " sorry, from the top, "]),
            c.v(join_chunks(parts), g))
        note = "restart: abandoned fragment labelled as partial"
    elif variant == "aside":
        k = R.randint(1, len(parts) - 1)
        g = c.g("CARD_NUMBER", num)
        c.c(c.v(join_chunks(parts[:k]), g),
            ch([" hang on the dog's barking, right, ", " sorry my glasses, ", " ... oh what was it, ", " wait let me turn the light on. ok "]),
            c.v(join_chunks(parts[k:]), g))
        note = "aside inside reading: two spans in one turn"
    else:
        k = R.randint(1, len(parts) - 1)
        g = c.g("CARD_NUMBER", num)
        c.c(c.v(join_chunks(parts[:k]), g))
        c.a(ch(["sorry you cut out there, after " + parts[k - 1].split()[-1] + "?", "go on"]))
        c.c(ch(["yeah sorry ", "", "then "]), c.v(join_chunks(parts[k:]), g))
        note = "reading interrupted by agent query"
    if pr(0.5):
        c.a(ch(["lovely", "thanks"]) + " " + distractor(False))
    c.note = c.note % (": " + note)
    return c


def pos_ssn(ind):
    typed = pr(0.45)
    s = new_ssn()
    c = Case("positive", "")
    style = ""
    ind = ch(["retail", "insurance", "healthcare billing"])
    if typed:
        c.a(opener(ind, True) + " To verify your identity please provide your SSN.")
        g = c.g("SSN", s)
        f = ch(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s-%s-%s", "%s.%s.%s"]) % (s[:3], s[3:5], s[5:])
        c.c(ch(["ssn ", "SSN: ", "social is ", "my ss# is ", "", "Social security number - "]), c.v(f, g),
            ch(["", " thx", " (primary holder)", " - its the joint acct"]))
        style = "typed"
        if pr(0.4):
            y, m, d = new_dob()
            gd = c.g("DOB", "")
            c.c(ch(["dob ", "DOB: ", "born "]), c.v(dob_text(y, m, d, False, us=True), gd))
            style += " + dob"
    else:
        c.a(opener(ind))
        c.a(ch(["can you verify the social security number on the account", "i'll need your social please",
                "for security can i get your social"]))
        g = c.g("SSN", s)
        mode = ch(["one", "one", "split", "readback", "last4"])
        if mode == "split":
            parts = speak(s, [3, 2, 4], filler=0.15)
            for i, p in enumerate(parts):
                c.c(c.v(p, g))
                if i < 2:
                    c.a(ch(BACKCH))
            style = "asr split over turns"
        elif mode == "last4":
            # agent asks last four first; customer then reads the whole thing
            c.c("you want the whole thing or just the last four")
            c.a("the full nine digits please")
            c.c(ch(["okay ", "sure ", ""]), c.v(say_full(s, [3, 2, 4], filler=0.15), g))
            style = "asr full after last-four question"
        else:
            c.c(ch(["yeah it's ", "um ", "okay ", "sure "]), c.v(say_full(s, [3, 2, 4], filler=0.15, seps=(" ", ", ", "... ")), g))
            style = "asr one turn"
            if mode == "readback":
                gr = c.g("SSN", s)
                c.a("thank you so that's ", c.v(say_full(s, [3, 2, 4], filler=0), gr), ch([" correct?", ""]))
                c.c("that's right")
                style += " + read-back"
    if pr(0.3):
        c.a(distractor(typed))
    c.note = "SSN " + style
    return c


def pos_ni(ind):
    typed = pr(0.4)
    ni = new_ni()
    c = Case("positive", "")
    if typed:
        c.a(opener("government", True) + " Could you give me your National Insurance number?")
        g = c.g("NI_NUMBER", ni)
        c.c(ch(["NI no: ", "ni number ", "its ", "", "National Insurance: ", "nino - "]), c.v(ni_typed(ni), g),
            ch(["", " cheers", ". thanks", "!"]))
        note = "NI number typed"
    else:
        c.a(opener(ch(["government", "banking", "utilities"])))
        c.a(ch(["can i take your national insurance number", "and your n i number please"]))
        g = c.g("NI_NUMBER", ni)
        pre, mid, suf = say_ni(ni)
        mode = ch(["one", "one", "split", "hesitate", "readback"])
        if mode == "split":
            c.c(ch(["it's ", "okay ", ""]), c.v(pre, g))
            c.a(ch(BACKCH))
            c.c(c.v(mid, g))
            c.a(ch(BACKCH + ["and the last letter"]))
            c.c(c.v(suf, g))
            note = "NI spoken, split over turns"
        elif mode == "hesitate":
            c.c(c.v(pre + ", um, " + mid + ", uh, " + suf, g), ch([" i think", "", " yeah"]))
            note = "NI spoken with fillers inside"
        else:
            c.c(ch(["yeah it's ", "", "okay it's "]), c.v(pre + " " + mid + " " + suf, g))
            note = "NI spoken"
            if mode == "readback":
                gr = c.g("NI_NUMBER", ni)
                p2, m2, s2 = say_ni(ni)
                c.a("so ", c.v(p2 + " " + m2 + " " + s2, gr), " yeah")
                c.c("yep")
                note += " + read-back"
    return c.__setattr__("note", note) or c


def pos_bank(ind):
    country = ch(["UK", "UK", "US"])
    typed = pr(0.5)
    c = Case("positive", "")
    parts = []
    if country == "UK":
        sc = new_sort()
        acct = new_acct()
        gs = c.g("SORT_CODE", sc)
        ga = c.g("BANK_ACCOUNT", acct)
        if typed:
            c.a(opener("utilities", True) + " To set up the direct debit I need sort code and account number.")
            if pr(0.5):
                c.c(chat_label("sort") + " ", c.v(sort_typed(sc), gs), ch([", ", " / ", "\n"]), chat_label("acct") + " ",
                    c.v(ch([acct, acct[:4] + " " + acct[4:], acct]), ga))
            else:
                c.c(ch(["its ", "", "bank details "]), c.v(sort_typed(sc), gs), " ", c.v(acct, ga))
            parts.append("typed sort code + account")
        else:
            c.a(opener(ch(["utilities", "banking", "telecom"])))
            c.a("what's the sort code")
            zs = zero_style()
            sp = ch([say_full(sc, [2, 2, 2], zs=zs, pairs=0.8), say_full(sc, [2, 2, 2], zs=zs, pairs=0.0)])
            c.c(ch(["", "it's ", "um "]), c.v(sp, gs))
            c.a("and the account number")
            if pr(0.5):
                ps = speak(acct, [4, 4])
                c.c(c.v(ps[0], ga))
                c.a(ch(BACKCH))
                c.c(c.v(ps[1], ga))
                parts.append("spoken sort code + account split")
            else:
                c.c(c.v(say_full(acct, ch([[4, 4], [2, 3, 3], [8]])), ga))
                parts.append("spoken sort code + account")
            if pr(0.4):
                gr = c.g("BANK_ACCOUNT", acct)
                c.a("that's ", c.v(say_full(acct, [4, 4], filler=0), gr), " with sort code ",
                    c.v(say_full(sc, [2, 2, 2], pairs=0.8, filler=0), c.g("SORT_CODE", sc)))
                parts.append("read-back")
    else:
        acct = new_acct(us=True)
        ga = c.g("BANK_ACCOUNT", acct)
        if typed:
            c.a(opener("healthcare billing", True) + " Please provide the checking account for autopay.")
            c.c(chat_label("acct") + " ", c.v(ch([acct, "-".join(split_sizes(acct, [4, 4, 4]))]), ga),
                ch(["", " routing number is on the form", " (checking)"]))
            parts.append("typed US account")
        else:
            c.a(opener("healthcare billing"))
            c.a("go ahead with the account number")
            c.c(ch(["okay it's ", "", "checking account "]), c.v(say_full(acct, [3, 3, 4, 2][:4]), ga))
            parts.append("spoken US account")
    if pr(0.4):
        c.a(distractor(typed))
    c.note = "bank details: " + ", ".join(parts)
    return c


def pos_iban(ind):
    ib = new_iban()
    typed = pr(0.5)
    c = Case("positive", "")
    g = c.g("IBAN", ib)
    if typed:
        c.a(opener("eu_banking", True) + " Please send the IBAN for the refund.")
        c.c(ch(["IBAN: ", "iban ", "my iban is ", "", "Bank: IBAN "]), c.v(iban_typed(ib), g), ch(["", " (current acc)", " thanks"]))
        note = "IBAN typed"
    else:
        c.a(opener(ch(["eu_banking", "travel"])))
        c.a("can you read me the iban")
        sp = iban_spoken(ib)
        if pr(0.4):
            k = sp.index(", ", 8)
            c.c(c.v(sp[:k], g))
            c.a(ch(BACKCH))
            c.c(c.v(sp[k + 2:], g))
            note = "IBAN spoken split over turns"
        else:
            c.c(ch(["yes it's ", "", "okay "]), c.v(sp, g))
            note = "IBAN spoken"
    return c.__setattr__("note", note) or c


def pos_phone(ind):
    country = ch(["UK", "US", "IE", "EU", "UK", "US"])
    nat, typed_forms = new_phone(country)
    typed = pr(0.5)
    c = Case("positive", "")
    if typed:
        t = ch(typed_forms)
        canon = parse_spoken(t)
        g = c.g("PHONE", canon)
        c.a(opener(ind, True) + " What's the best number to reach you on?")
        c.c(ch(["mob: ", "call me on ", "tel ", "", "Phone - ", "best number is "]), c.v(t, g),
            ch(["", " after 6pm", " (work)", " or email"]))
        note = "phone typed %s" % country
    else:
        intl = pr(0.5)
        sp, canon = phone_spoken(country, nat, intl)
        g = c.g("PHONE", canon)
        c.a(opener(ind))
        c.a(ch(["what's a good contact number", "and a phone number in case we get cut off"]))
        if pr(0.3):
            ws = sp.split(" ")
            k = len(ws) // 2
            while ws[k - 1] in FILLERS or ws[k] in FILLERS or ws[k - 1] in ("double", "triple", "plus") or \
                    parse_spoken(" ".join(ws[:k])) is None or parse_spoken(" ".join(ws[k:])) is None or \
                    (parse_spoken(" ".join(ws[:k])) + parse_spoken(" ".join(ws[k:]))) != canon:
                k += 1
                if k >= len(ws):
                    break
            if k < len(ws):
                c.c(c.v(" ".join(ws[:k]).rstrip(","), g))
                c.a(ch(BACKCH))
                c.c(c.v(" ".join(ws[k:]), g))
            else:
                c.c(c.v(sp, g))
        else:
            c.c(ch(["yeah it's ", "", "my mobile's "]), c.v(sp, g), ch(["", " that's my mobile"]))
        if pr(0.3):
            gr = c.g("PHONE", canon)
            c.a("so that's ", c.v(phone_spoken(country, nat, intl)[0] if canon == phone_spoken(country, nat, intl)[1] else sp, gr))
        note = "phone spoken %s%s" % (country, " international" if intl else "")
    return c.__setattr__("note", note) or c


def pos_email(ind):
    e, _ = new_email()
    typed = pr(0.45)
    c = Case("positive", "")
    g = c.g("EMAIL", e)
    if typed:
        c.a(opener(ind, True) + " Can I get an email for the receipt?")
        c.c(ch(["email: ", "sure ", "", "it's ", "E-mail - "]), c.v(email_typed(e), g), ch(["", ".", " ta", " pls"]))
        note = "email typed"
    else:
        c.a(opener(ind))
        c.a(ch(["what's the email address", "can i take an email address for that"]))
        sp = email_spoken(e)
        if pr(0.3) and " at " in sp:
            k = sp.index(" at ")
            c.c(c.v(sp[:k], g))
            c.a(ch(["mhm", "go on", "okay and then"]))
            c.c(c.v(sp[k + 1:], g))
            note = "email spoken split at the @"
        else:
            c.c(ch(["it's ", "yeah ", "", "um it's "]), c.v(sp, g), ch(["", " all lower case", " no spaces"]))
            note = "email spoken"
    return c.__setattr__("note", note) or c


def pos_dob(ind):
    us = pr(0.4)
    y, m, d = new_dob()
    typed = pr(0.45)
    c = Case("positive", "")
    g = c.g("DOB", "")
    if typed:
        c.a(opener(ind, True) + " Please confirm your date of birth.")
        c.c(ch(["dob ", "DOB: ", "born ", "", "d.o.b. "]), c.v(dob_text(y, m, d, False, us), g))
        note = "DOB typed"
    else:
        c.a(opener(ind))
        c.a(ch(["can you confirm your date of birth", "and the date of birth on the policy"]))
        c.c(ch(["yeah it's ", "", "um ", "the patient's is "]), c.v(dob_text(y, m, d, True, us), g))
        if pr(0.2):
            c.a("sorry was that " + MONTHS[m - 1] + "?")
            c.c("yeah")
        note = "DOB spoken"
    if pr(0.4):
        c.a(ch(["and your appointment is on the 14th at ten thirty", "thanks, the claim was opened on march third",
                "so you're %d, you qualify for the over sixties rate" % R.randint(61, 80)]))
        note += " + date/age distractor"
    return c.__setattr__("note", note) or c


def pos_address(ind):
    country = ch(["UK", "UK", "US", "IE"])
    typed = pr(0.5)
    c = Case("positive", "")
    notes = []
    if country == "UK":
        town, pc = new_uk_pc()
        hn = R.randint(1, 240)
        st = ch(STREETS_UK)
        flat = pr(0.3)
        if typed:
            addr = ("Flat %d, " % R.randint(1, 12) if flat else "") + ("%d%s %s" % (hn, ch(["", "", "a", "B"]), st))
            if pr(0.2):
                addr = addr.lower()
            ga = c.g("ADDRESS", "")
            gp = c.g("POSTCODE", pc.replace(" ", ""))
            c.a(opener(ind, True) + " What's the delivery address?")
            pct = ch([pc, pc.lower(), pc.replace(" ", ""), pc])
            c.c(c.v(addr, ga), ch([", ", " ", ",\n"]) + town + ch([", ", " "]), c.v(pct, gp))
            notes.append("UK address typed")
        else:
            ga = c.g("ADDRESS", "")
            gp = c.g("POSTCODE", pc.replace(" ", ""))
            hs = num_words(hn) if hn < 100 or pr(0.5) else say_full(str(hn), [len(str(hn))])
            addr = ("flat " + num_words(R.randint(1, 12)) + " " if flat else "") + hs + " " + st.lower()
            c.a(opener(ind))
            c.a("and the first line of the address")
            c.c(ch(["it's ", "", "um "]), c.v(addr, ga), ch([" in ", ", "]) + town.lower())
            c.a("and the postcode")
            c.c(c.v(pc_spoken(pc), gp))
            notes.append("UK address spoken, postcode separate turn")
    elif country == "US":
        town, z = ch(TOWNS_US)
        hn = R.randint(10, 9800)
        st = ch(STREETS_US)
        apt = pr(0.3)
        ga = c.g("ADDRESS", "")
        gz = c.g("POSTCODE", z.replace("-", ""))
        if typed:
            addr = "%d %s" % (hn, st) + (ch([" Apt %d", " #%d", " Unit %d"]) % R.randint(1, 40) if apt else "")
            c.a(opener(ch(["retail", "insurance"]), True) + " Shipping address?")
            c.c(c.v(addr, ga), ", " + town + " ", c.v(z, gz))
            notes.append("US address typed")
        else:
            hs = say_full(str(hn), [2, 2] if hn >= 1000 else [len(str(hn))], pairs=0.9, filler=0)
            addr = hs + " " + st.lower().replace("n ", "north ").replace("w ", "west ").replace("e ", "east ")
            c.a(opener(ch(["retail", "insurance", "healthcare billing"])))
            c.a("what's the mailing address")
            c.c(c.v(addr, ga), " " + town.split(",")[0].lower() + " ", c.v(zip_spoken(z), gz))
            notes.append("US address spoken with zip")
    else:
        hn = R.randint(1, 120)
        st = ch(STREETS_IE)
        ga = c.g("ADDRESS", "")
        c.a(opener("travel", typed))
        if typed:
            c.c("address is ", c.v("%d %s" % (hn, st), ga), ", " + ch(["Dublin 9", "Cork", "Galway", "Limerick"]))
        else:
            c.c("it's ", c.v(num_words(hn) + " " + st.lower(), ga), " " + ch(["drumcondra", "cork city", "salthill"]))
        notes.append("Irish address (no postcode)")
    return c.__setattr__("note", "; ".join(notes)) or c


def pos_mixed(ind):
    """E-mail style message with several PII items plus distractors."""
    c = Case("positive", "typed email with several PII types and non-PII numbers")
    e, _ = new_email()
    ge = c.g("EMAIL", e)
    country = ch(["UK", "US"])
    nat, forms = new_phone(country)
    pt = ch(forms)
    gp = c.g("PHONE", parse_spoken(pt))
    y, m, d = new_dob()
    gd = c.g("DOB", "")
    segs = ["Hi,\nRe: " + ch(["invoice INV-%d" % R.randint(100000, 999999), "ticket #%d" % R.randint(10000, 99999),
                               "claim CLM-%d-%d" % (R.randint(2021, 2025), R.randint(1000, 9999))]) +
            ". Please update my details. Email ", c.v(e, ge), ", phone ", c.v(pt, gp),
            ", DOB ", c.v(dob_text(y, m, d, False, country == "US"), gd), ". "]
    if country == "UK":
        ni = new_ni()
        gn = c.g("NI_NUMBER", ni)
        segs += ["NI ", c.v(ni_typed(ni), gn), ". "]
    else:
        s = new_ssn()
        gs = c.g("SSN", s)
        segs += ["SSN ", c.v("%s-%s-%s" % (s[:3], s[3:5], s[5:]), gs), ". "]
    segs.append("I paid $%d.%02d on %s and was charged twice. Thanks" % (R.randint(20, 900), R.randint(0, 99),
                                                                          ch(["3/14", "12 May", "the 2nd"])))
    c.a(opener(ind, True))
    c.c(*segs)
    return c


# ---------------------------------------------------------------- negatives
def neg_cases():
    out = []

    def add(note, turns):
        c = Case("negative", note)
        for sp, tx in turns:
            c.t(sp, tx)
        out.append(c)

    for i in range(120):
        k = i % 24
        typed = pr(0.45)
        ind = ch(list(INDUSTRY))
        op = opener(ind, typed)
        if k == 0:
            num = new_card()
            add("Luhn-valid 16-digit order number said with its label", [
                ("agent", op), ("customer", ch(["Order number: ", "order no. ", "my order # is "]) + card_typed(num))])
        elif k == 1:
            num = new_card()
            add("reference number read out like a card number", [
                ("agent", op), ("agent", "have you got the reference from the letter"),
                ("customer", "yeah the reference is " + say_full(num, [4, 4, 4, 4], filler=0.2)),
                ("agent", "thanks that's brought up your booking")])
        elif k == 2:
            l4 = "".join(ch("0123456789") for _ in range(4))
            add("card last four mentioned on its own", [
                ("agent", op), ("agent", ch(["is that the card ending " + say_full(l4, [4], pairs=0.5),
                                           "I can see a visa ending in %s on file" % l4])),
                ("customer", ch(["yes that one", "yeah the one ending " + say_full(l4, [4]) + " that's my debit card"]))])
        elif k == 3:
            a = R.randint(100, 9999)
            add("balances and amounts", [
                ("agent", op), ("customer", "what's my balance"),
                ("agent", "your balance is " + (("£%s.%02d" % ("{:,}".format(a), R.randint(0, 99))) if typed else
                                                num_words(a) + " pounds and " + num_words(R.randint(1, 99)) + " pence") +
                 " and the minimum payment is " + ("£25.00" if typed else "twenty five pounds"))])
        elif k == 4:
            t = "".join(ch("0123456789") for _ in range(22))
            add("long tracking number with label", [
                ("agent", op), ("customer", "where's my parcel, tracking number " + ch(["9400 " + " ".join(split_sizes(t[4:], [4, 4, 4, 4, 2])),
                                                                                       "1Z 999 AA1 0%d %d" % (R.randint(1, 9), R.randint(10000000, 99999999))]))])
        elif k == 5:
            add("opening hours, times and durations", [
                ("customer", "what time do you close"),
                ("agent", ch(["we're open eight till eight weekdays and nine to four on saturdays",
                              "Lines are open 08:00-20:00 Mon-Fri, 09:00-17:00 Sat.",
                              "we close at half five, the wait is about twenty five minutes"])),
                ("customer", "i've been on hold for " + ch(["forty minutes", "1 hr 20 mins", "an hour and a quarter"]))])
        elif k == 6:
            r = "".join(ch("0123456789") for _ in range(5))
            add("meter reading spoken digit by digit", [
                ("agent", op), ("agent", "can i take a meter reading"),
                ("customer", "yeah the meter reading is " + say_full(r, [5], filler=0.3) +
                 ch(["", " and the night one is " + say_full("".join(ch("0123456789") for _ in range(5)), [5])]))])
        elif k == 7:
            add("flight, gate, seat and room numbers", [
                ("agent", op),
                ("customer", ch(["flight EI 1%02d on the %dth, seat %d%s" % (R.randint(0, 99), R.randint(4, 28), R.randint(1, 33), ch("ACDF")),
                                 "i'm on flight b a two nine six, gate forty one, seat twenty three c",
                                 "we're in room %d, booking for 2 adults" % R.randint(101, 1450)])),
                ("agent", "the gate closes %s minutes before departure" % ch(["thirty", "20", "forty five"]))])
        elif k == 8:
            p = ch(["POL-%d" % R.randint(10000000, 99999999), "policy number HX%d" % R.randint(1000000, 9999999),
                    "policy number %s" % say_full(str(R.randint(100000000, 999999999)), [3, 3, 3])])
            add("policy number with label", [("agent", op), ("customer", ("my " if not p.startswith("POL") else "Policy ") + p),
                                             ("agent", "thanks i've found the policy, renewal is on the %d%s" % (R.randint(1, 28), ch(["st", "th"])) if typed else "thanks, found it")])
        elif k == 9:
            add("invoice / claim / ticket numbers", [
                ("agent", op),
                ("customer", ch(["invoice INV-%08d" % R.randint(1, 99999999), "Claim no. CLM-%d-%06d" % (R.randint(2019, 2025), R.randint(1, 999999)),
                                 "ticket INC%07d" % R.randint(1, 9999999), "case number is %s" % say_full(str(R.randint(10000000, 99999999)), [4, 4])])),
                ("agent", ch(["I can see that", "ok that's been escalated"]))])
        elif k == 10:
            add("serial and model numbers", [
                ("customer", ch(["the router serial is SN %s-%d" % ("".join(ch("ABCDEF0123456789") for _ in range(6)), R.randint(100000, 999999)),
                                 "model number KD-55X%d, serial %d" % (R.randint(10, 99), R.randint(10**11, 10**12 - 1)),
                                 "serial number on the boiler is %s" % say_full(str(R.randint(10**9, 10**10 - 1)), [3, 3, 4])])),
                ("agent", "thanks, that model is still under warranty for %s" % ch(["two years", "18 months"]))])
        elif k == 11:
            add("ages, counts, temperatures, percentages", [
                ("customer", "my mum's %s and the heating only gets to %s" % (ch(["eighty four", "92", "seventy"]), ch(["fifteen degrees", "16C", "sixty one fahrenheit"]))),
                ("agent", "you'll get a %s discount and there are %s engineers in your area" % (ch(["ten percent", "15%", "twelve and a half per cent"]), ch(["three", "4", "twenty"])))])
        elif k == 12:
            add("appointment and payment dates (not DOB)", [
                ("agent", ch(["your appointment is on Tuesday 14/03/2025 at 10:30", "the payment will go out on the first of june",
                              "your contract ends on 31 August 2026", "next bill date is 03/11/2025"])),
                ("customer", ch(["can we move it to the 21st", "ok and the renewal is in march right", "fine"]))])
        elif k == 13:
            add("road names and junctions", [
                ("customer", ch(["i'm broken down on the M6 between junction 10 and 11", "we're on the a forty near the services",
                                 "stuck on I-95 northbound near exit 42", "the N7 outside Naas, just past the toll"])),
                ("agent", "okay the recovery truck will be %s minutes" % ch(["forty", "45", "about sixty"]))])
        elif k == 14:
            s = "%03d-%02d-%04d" % (R.randint(100, 899), R.randint(10, 99), R.randint(1000, 9999))
            add("confirmation number shaped like an SSN, labelled", [
                ("agent", "your confirmation number is " + s), ("customer", "got it thanks")])
        elif k == 15:
            add("years and durations", [
                ("customer", "i've been with you since %d, that's %s years" % (R.randint(1995, 2015), ch(["twenty", "12", "about fifteen"]))),
                ("agent", "thanks for being a customer since %s" % ch(["two thousand and nine", "nineteen ninety eight", "2011"]))])
        elif k == 16:
            v = "".join(ch("0123456789") for _ in range(6))
            add("six-digit error / one-time code labelled", [
                ("customer", ch(["the app says error code ", "i got a verification code ", "booking code is "]) + ch([v, v[:2] + "-" + v[2:4] + "-" + v[4:]])),
                ("agent", "that code expires after 10 minutes")])
        elif k == 17:
            a = R.randint(1000, 99999)
            add("price and amount spoken like a number reading", [
                ("customer", "the bill says " + num_words(a) + " pounds which is way too high"),
                ("agent", "i can see it, the usage was " + say_full(str(R.randint(1000, 9999)), [4]) + " kilowatt hours")])
        elif k == 18:
            add("customer/membership number with label", [
                ("agent", op),
                ("customer", ch(["my customer number is ", "membership no. ", "loyalty card number "]) +
                 ch([str(R.randint(10**9, 10**10 - 1)), say_full(str(R.randint(10**7, 10**8 - 1)), [4, 4])]))])
        elif k == 19:
            l4 = "".join(ch("0123456789") for _ in range(4))
            add("last four digits spoken, split over turns", [
                ("agent", "can you confirm the last four digits of the card"),
                ("customer", say_full(l4[:2], [2], pairs=0.0)), ("agent", "mhm"),
                ("customer", say_full(l4[2:], [2], pairs=0.0))])
        elif k == 20:
            add("account mentioned without any number", [
                ("customer", "i want to close my savings account and move it to my current account"),
                ("agent", "no problem, i'll need you to come into a branch with photo id")])
        elif k == 21:
            add("mandate / transaction reference", [
                ("agent", "the direct debit mandate reference is %s%d" % (ch(["DDM", "MNDT", "BGC"]), R.randint(10**9, 10**10 - 1))),
                ("customer", "and the transaction id was " + "".join(ch("ABCDEF0123456789") for _ in range(12)))])
        elif k == 22:
            add("data usage, speeds and plan prices", [
                ("customer", "i'm only getting %s meg and i pay %s a month" % (ch(["twelve", "8", "thirty five"]), ch(["forty nine ninety nine", "$79.99", "£32"]))),
                ("agent", "your plan is %s gig with %s minutes" % (ch(["100", "fifty", "unlimited"]), ch(["500", "unlimited"])))])
        else:
            add("prescription / patient account reference with label", [
                ("agent", "your patient account number is %s and the amount owed is $%d.%02d" % (
                    ch(["PA-%d" % R.randint(10**6, 10**7 - 1), str(R.randint(10**7, 10**8 - 1))]), R.randint(20, 3000), R.randint(0, 99))),
                ("customer", "i thought insurance covered %s percent" % ch(["eighty", "90", "seventy"]))])
    return out


# ---------------------------------------------------------------- build
def build():
    inds = list(INDUSTRY)
    plan = ([pos_card_typed] * 20 + [pos_card_spoken] * 22 + [pos_card_split] * 14 + [pos_card_correction] * 12 +
            [pos_ssn] * 34 + [pos_ni] * 34 + [pos_bank] * 22 + [pos_iban] * 14 + [pos_phone] * 20 +
            [pos_email] * 16 + [pos_dob] * 14 + [pos_address] * 18 + [pos_mixed] * 10)
    R.shuffle(plan)
    pos = [fn(ch(inds)) for fn in plan]
    neg = neg_cases()
    recs = []
    meta = {}
    for i, c in enumerate(pos):
        rec, gspans, groups = c.export("h329-pos-%03d" % (i + 1))
        recs.append(rec)
        meta[rec["id"]] = (gspans, groups)
    for i, c in enumerate(neg):
        rec, gspans, groups = c.export("h329-neg-%03d" % (i + 1))
        recs.append(rec)
        meta[rec["id"]] = (gspans, groups)
    text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs)
    return text, meta


def check(text, meta):
    errors = []
    with open(OUT, encoding="utf-8") as f:
        disk = f.read()
    if disk != text:
        errors.append("cases.jsonl is not byte-identical to a fresh regeneration")
    recs = [json.loads(l) for l in disk.splitlines()]
    ids = [r["id"] for r in recs]
    if len(ids) != len(set(ids)):
        errors.append("duplicate ids")
    counts = {t: 0 for t in TYPES}
    npos = nneg = 0
    for r in recs:
        rid = r["id"]
        if r["kind"] == "positive":
            npos += 1
            if not r["spans"]:
                errors.append(rid + ": positive without spans")
        elif r["kind"] == "negative":
            nneg += 1
            if r["spans"]:
                errors.append(rid + ": negative with spans")
        else:
            errors.append(rid + ": bad kind")
        for t in r["turns"]:
            if t["speaker"] not in ("customer", "agent"):
                errors.append(rid + ": bad speaker")
        gspans, groups = meta.get(rid, ([], []))
        if len(gspans) != len(r["spans"]):
            errors.append(rid + ": span/group mismatch")
            continue
        byturn = {}
        gtexts = {}
        for sp, gid in zip(r["spans"], gspans):
            if sp["type"] not in TYPES:
                errors.append(rid + ": bad type")
            txt = r["turns"][sp["turn"]]["text"]
            s, e = sp["start"], sp["end"]
            if not (0 <= s < e <= len(txt)):
                errors.append("%s: offsets out of range" % rid)
                continue
            val = txt[s:e]
            if not (val[0].isalnum() or val[0] == "+") or not val[-1].isalnum():
                errors.append("%s: span %r does not start/end on a letter/digit" % (rid, val))
            if s > 0 and (txt[s - 1].isalnum() or txt[s - 1] == "+"):
                errors.append("%s: span %r starts mid-word" % (rid, val))
            if e < len(txt) and txt[e].isalnum():
                errors.append("%s: span %r ends mid-word" % (rid, val))
            byturn.setdefault(sp["turn"], []).append((s, e))
            gtexts.setdefault(gid, []).append(val)
            if groups[gid][0] != sp["type"]:
                errors.append(rid + ": group type mismatch")
        for tn, lst in byturn.items():
            lst.sort()
            for (a1, b1), (a2, b2) in zip(lst, lst[1:]):
                if a2 < b1:
                    errors.append("%s: overlapping spans in turn %d" % (rid, tn))
        for gid, vals in gtexts.items():
            typ, canon, mode = groups[gid]
            counts[typ] += len(vals)
            if typ in ("DOB", "EXPIRY", "ADDRESS", "EMAIL") and len(vals) > 1:
                ok = all(validate(typ, v, "part", canon) or typ == "EMAIL" for v in vals)
                if typ == "EMAIL":
                    ok = parse_email(" ".join(vals)) == canon
            elif typ in ("DOB", "EXPIRY", "ADDRESS", "EMAIL"):
                ok = validate(typ, vals[0], mode, canon)
            else:
                alnum = typ in ("NI_NUMBER", "IBAN", "POSTCODE")
                parsed = [parse_spoken(v, alnum=alnum) for v in vals]
                if any(p is None for p in parsed):
                    ok = False
                else:
                    joined = "".join(parsed)
                    ok = validate(typ, joined if mode == "full" else vals[0], mode, canon) if len(vals) == 1 \
                        else (joined == canon and validate(typ, canon, "full", canon))
            if not ok:
                errors.append("%s: %s value fails validation: %r" % (rid, typ, vals))
    if npos < 200 or nneg < 100:
        errors.append("too few cases: %d pos %d neg" % (npos, nneg))
    mins = {"CARD_NUMBER": 70, "SSN": 30, "NI_NUMBER": 30}
    for t in TYPES:
        if counts[t] < mins.get(t, 10):
            errors.append("too few %s spans: %d" % (t, counts[t]))
    return errors, counts, npos, nneg


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args()
    text, meta = build()
    if args.check:
        errors, counts, npos, nneg = check(text, meta)
        for e in errors[:50]:
            print("ERROR:", e)
        print("positives=%d negatives=%d" % (npos, nneg))
        print(" ".join("%s=%d" % (t, counts[t]) for t in TYPES))
        if errors:
            print("CHECK FAILED (%d errors)" % len(errors))
            sys.exit(1)
        print("CHECK OK")
        return
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    print("wrote", OUT, "(%d cases)" % text.count("\n"))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set pii_holdout468.

Written by an independent test author (AI helper) who did not see the
redaction engine.  Standard library only; a single seeded generator.

Usage:
    python scripts/make_pii_holdout468.py          # write cases.jsonl
    python scripts/make_pii_holdout468.py --check  # regenerate and verify
"""
import json
import os
import random
import re
import sys
from collections import Counter

SEED = 468241125
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "fixtures", "pii_holdout468", "cases.jsonl")

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

# --------------------------------------------------------------------------
# spoken-form normaliser (used by both the generator and --check)
# --------------------------------------------------------------------------
UNITS = {"zero": 0, "oh": 0, "o": 0, "nought": 0, "nil": 0, "one": 1, "two": 2,
         "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
         "nine": 9}
ONE_NINE = {k: v for k, v in UNITS.items() if v > 0}
TEENS = {"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
         "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
         "nineteen": 19}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
        "seventy": 70, "eighty": 80, "ninety": 90}
FILLERS = {"um", "uh", "er", "erm", "umm", "uhh", "ah", "hmm"}
SKIP = {"and", "dash", "hyphen", "space", "slash", "plus"}
NATO = {"alpha": "A", "alfa": "A", "bravo": "B", "charlie": "C", "delta": "D",
        "echo": "E", "foxtrot": "F", "golf": "G", "hotel": "H", "india": "I",
        "juliet": "J", "juliett": "J", "kilo": "K", "lima": "L", "mike": "M",
        "november": "N", "oscar": "O", "papa": "P", "quebec": "Q", "romeo": "R",
        "sierra": "S", "tango": "T", "uniform": "U", "victor": "V",
        "whiskey": "W", "whisky": "W", "xray": "X", "x-ray": "X",
        "yankee": "Y", "zulu": "Z"}
NATO_BY_LETTER = {}
for _w, _l in NATO.items():
    NATO_BY_LETTER.setdefault(_l, _w)
NATO_BY_LETTER["X"] = "xray"
MONTHS = ["january", "february", "march", "april", "may", "june", "july",
          "august", "september", "october", "november", "december"]
ORD = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth",
       6: "sixth", 7: "seventh", 8: "eighth", 9: "ninth", 10: "tenth",
       11: "eleventh", 12: "twelfth", 13: "thirteenth", 14: "fourteenth",
       15: "fifteenth", 16: "sixteenth", 17: "seventeenth", 18: "eighteenth",
       19: "nineteenth", 20: "twentieth", 30: "thirtieth"}
for _d in range(21, 32):
    if _d not in ORD:
        ORD[_d] = {20: "twenty", 30: "thirty"}[_d // 10 * 10] + " " + ORD[_d % 10]


BANK_CODES = {"nwbk", "barc", "hbuk", "loyd", "midl", "bofi", "aibk", "ipbs", "abna", "rabo", "ingb"}


def norm_alnum(text):
    """Collapse a typed or spoken alphanumeric value into its characters."""
    t = re.sub(r"[^a-z0-9\s]", " ", text.lower())
    tok = t.split()
    out = []
    i, n = 0, len(tok)
    while i < n:
        w = tok[i]
        nxt = tok[i + 1] if i + 1 < n else None
        if w in FILLERS or w in SKIP:
            i += 1
            continue
        if len(w) == 1 and w.isalpha() and nxt == "for" and i + 2 < n:
            if not tok[i + 2].startswith(w):
                raise ValueError("bad spelling alphabet: %r" % text)
            out.append(w.upper())
            i += 3
            continue
        if len(w) == 1 and w.isalpha() and nxt == "as" and i + 3 < n and tok[i + 2] == "in":
            out.append(w.upper())
            i += 4
            continue
        if w.isdigit():
            out.append(w)
            i += 1
            continue
        if w in ("double", "triple"):
            k = 2 if w == "double" else 3
            if nxt is None:
                raise ValueError("dangling %s in %r" % (w, text))
            if nxt in UNITS:
                out.append(str(UNITS[nxt]) * k)
            elif len(nxt) == 1:
                out.append(nxt.upper() * k)
            else:
                raise ValueError("bad %s in %r" % (w, text))
            i += 2
            continue
        if w in UNITS:
            if nxt == "hundred":
                h = UNITS[w]
                i += 2
                if i < n and tok[i] == "and":
                    i += 1
                v = 0
                if i < n and tok[i] in TENS:
                    v = TENS[tok[i]]
                    i += 1
                    if i < n and tok[i] in ONE_NINE:
                        v += ONE_NINE[tok[i]]
                        i += 1
                elif i < n and tok[i] in TEENS:
                    v = TEENS[tok[i]]
                    i += 1
                elif i < n and tok[i] in ONE_NINE:
                    v = ONE_NINE[tok[i]]
                    i += 1
                out.append("%d%02d" % (h, v))
                continue
            out.append(str(UNITS[w]))
            i += 1
            continue
        if w in TEENS:
            out.append(str(TEENS[w]))
            i += 1
            continue
        if w in TENS:
            v = TENS[w]
            i += 1
            if nxt in ONE_NINE:
                v += ONE_NINE[nxt]
                i += 1
            out.append(str(v))
            continue
        if w in NATO:
            out.append(NATO[w])
            i += 1
            continue
        if len(w) == 1 and w.isalpha():
            out.append(w.upper())
            i += 1
            continue
        if w.isalnum() and any(c.isdigit() for c in w):
            out.append(w.upper())
            i += 1
            continue
        if w in BANK_CODES or (len(w) == 2 and w.isalpha()):
            out.append(w.upper())
            i += 1
            continue
        raise ValueError("unknown token %r in %r" % (w, text))
    return "".join(out)


def norm_email(text):
    t = text.strip().lower()
    if "@" in t:
        return re.sub(r"\s+", "", t)
    tok = re.sub(r"[,]", " ", t).split()
    out = []
    i, n = 0, len(tok)
    while i < n:
        w = tok[i]
        nxt = tok[i + 1] if i + 1 < n else None
        if w in FILLERS:
            i += 1
            continue
        if w == "at":
            out.append("@")
        elif w == "dot":
            out.append(".")
        elif w == "underscore":
            out.append("_")
        elif w in ("dash", "hyphen"):
            out.append("-")
        elif len(w) == 1 and w.isalpha() and nxt == "for" and i + 2 < n:
            out.append(w)
            i += 3
            continue
        elif w in ("double",) and nxt is not None:
            c = str(UNITS[nxt]) if nxt in UNITS and len(nxt) > 1 else nxt
            out.append(c * 2)
            i += 2
            continue
        elif w in TENS:
            v = TENS[w]
            if nxt in ONE_NINE:
                v += ONE_NINE[nxt]
                i += 1
            out.append(str(v))
        elif w in TEENS:
            out.append(str(TEENS[w]))
        elif w in UNITS and w not in ("o",):
            out.append(str(UNITS[w]))
        else:
            out.append(w)
        i += 1
    return "".join(out)


def date_tokens(text):
    """Return (month_numbers_named, digit_string) for a date expression."""
    t = re.sub(r"[^a-z0-9\s]", " ", text.lower())
    tok = t.split()
    months = set()
    keep = []
    i = 0
    ordwords = {v: k for k, v in ORD.items() if " " not in v}
    while i < len(tok):
        w = tok[i]
        if w in MONTHS:
            months.add(MONTHS.index(w) + 1)
        elif (w in [m[:3] for m in MONTHS] or w == "sept") and w not in ("may",):
            months.add([m[:3] for m in MONTHS].index(w[:3]) + 1)
        elif w in ordwords:
            keep.append(str(ordwords[w]))
        elif re.fullmatch(r"\d+(st|nd|rd|th)", w):
            keep.append(re.sub(r"\D", "", w))
        elif w in ("the", "of", "on", "in"):
            pass
        elif w == "thousand" and keep and keep[-1] == "two":
            keep[-1] = "20"
            j = i + 1
            if j < len(tok) and tok[j] == "and":
                j += 1
            v = 0
            if j < len(tok) and tok[j] in TENS:
                v = TENS[tok[j]]
                j += 1
                if j < len(tok) and tok[j] in ONE_NINE:
                    v += ONE_NINE[tok[j]]
                    j += 1
            elif j < len(tok) and tok[j] in TEENS:
                v = TEENS[tok[j]]
                j += 1
            elif j < len(tok) and tok[j] in ONE_NINE:
                v = ONE_NINE[tok[j]]
                j += 1
            keep.append("%02d" % v)
            i = j
            continue
        else:
            keep.append(w)
        i += 1
    digits = norm_alnum(" ".join(keep)) if keep else ""
    return months, digits


# --------------------------------------------------------------------------
# validators
# --------------------------------------------------------------------------
def luhn_ok(d):
    if not d.isdigit():
        return False
    s = 0
    for i, c in enumerate(reversed(d)):
        x = int(c)
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        s += x
    return s % 10 == 0


def iban_ok(v):
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", v):
        return False
    r = v[4:] + v[:4]
    num = "".join(str(int(c, 36)) for c in r)
    return int(num) % 97 == 1


NI_RE = re.compile(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]")
UK_PC_RE = re.compile(r"[A-Z]{1,2}\d[A-Z\d]?\d[ABD-HJLNP-UW-Z]{2}")
SUFFIXES = {"road", "street", "avenue", "lane", "close", "drive", "way",
            "crescent", "terrace", "place", "court", "gardens", "grove",
            "boulevard", "rd", "st", "ave", "blvd", "park", "row", "walk",
            "parade", "mews", "square", "hill"}


def validate_full(typ, v):
    """Validate a full canonical value; returns True/False."""
    if typ == "CARD_NUMBER":
        return 13 <= len(v) <= 19 and luhn_ok(v)
    if typ == "CVV":
        return re.fullmatch(r"\d{3,4}", v) is not None
    if typ == "SSN":
        return (re.fullmatch(r"\d{9}", v) is not None and v[:3] not in ("000", "666")
                and v[0] != "9" and v[3:5] != "00" and v[5:] != "0000")
    if typ == "NI_NUMBER":
        return NI_RE.fullmatch(v) is not None and v[:2] not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ")
    if typ == "BANK_ACCOUNT":
        return re.fullmatch(r"\d{8,12}", v) is not None
    if typ == "SORT_CODE":
        return re.fullmatch(r"\d{6}", v) is not None
    if typ == "IBAN":
        return iban_ok(v)
    if typ == "PHONE":
        return re.fullmatch(r"\d{10,13}", v) is not None
    if typ == "EMAIL":
        return re.fullmatch(r"[a-z0-9._\-]+@[a-z0-9\-]+(\.[a-z0-9\-]+)+", v) is not None
    if typ == "POSTCODE":
        return UK_PC_RE.fullmatch(v) is not None or re.fullmatch(r"\d{5}(\d{4})?", v) is not None
    if typ in ("DOB", "EXPIRY"):
        y, m, d = v
        if not 1 <= m <= 12:
            return False
        if typ == "DOB":
            return 1930 <= y <= 2008 and 1 <= d <= 28
        return 2025 <= y <= 2034
    if typ == "ADDRESS":
        return True
    return False


def span_canon(typ, text):
    if typ == "EMAIL":
        return norm_email(text)
    if typ in ("DOB", "EXPIRY", "ADDRESS"):
        return None
    return norm_alnum(text)


def check_span_text(typ, text, canon):
    """Check a span's surface text against its intended canonical value."""
    if typ in ("DOB", "EXPIRY"):
        y, m, d = canon
        months, digits = date_tokens(text)
        yy = "%02d" % (y % 100)
        if yy not in digits:
            return False
        if m in months:
            return True
        return ("%02d" % m) in digits or str(m) in digits
    if typ == "ADDRESS":
        low = re.sub(r"[^a-z0-9\s]", " ", text.lower()).split()
        has_num = any(w.isdigit() or w in UNITS or w in TEENS or w in TENS
                      or re.fullmatch(r"\d+[a-z]", w) for w in low)
        return has_num and low[-1] in SUFFIXES
    return span_canon(typ, text) == canon


# --------------------------------------------------------------------------
# case builder
# --------------------------------------------------------------------------
class V(object):
    def __init__(self, text, typ, canon, wrong=False):
        self.text, self.typ, self.canon, self.wrong = text, typ, canon, wrong


class Case(object):
    def __init__(self, kind, note):
        self.kind, self.note = kind, note
        self.turns = []
        self.values = []  # (typ, full canonical)

    def reg(self, typ, full):
        self.values.append((typ, full))
        return full

    def t(self, speaker, *segs):
        self.turns.append((speaker, segs))
        return self

    def build(self, cid):
        turns, spans, meta = [], [], []
        for ti, (spk, segs) in enumerate(self.turns):
            buf = ""
            for s in segs:
                if isinstance(s, V):
                    body = s.text
                    lead = len(body) - len(body.lstrip("+(-. "))
                    body2 = body.rstrip(")-. ")
                    buf += body[:lead]
                    st = len(buf)
                    buf += body2[lead:]
                    spans.append({"turn": ti, "start": st, "end": len(buf), "type": s.typ})
                    buf += body[len(body2):]
                    meta.append(s)
                else:
                    buf += s
            turns.append({"speaker": spk, "text": buf})
        rec = {"id": cid, "kind": self.kind, "turns": turns, "spans": spans, "note": self.note}
        return rec, meta


R = random.Random(SEED)


def ch(seq):
    return R.choice(seq)


def maybe(p):
    return R.random() < p


# ---------------------------- value generators ----------------------------
def luhn_complete(prefix, length):
    body = prefix + "".join(str(R.randint(0, 9)) for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def gen_card():
    kind = ch(["visa16", "visa16", "visa16", "mc", "mc", "amex", "disc", "visa13", "maestro19"])
    if kind == "visa16":
        return luhn_complete("4", 16), [4, 4, 4, 4]
    if kind == "mc":
        return luhn_complete(ch(["51", "52", "53", "54", "55", "2221", "2720"]), 16), [4, 4, 4, 4]
    if kind == "amex":
        return luhn_complete(ch(["34", "37"]), 15), [4, 6, 5]
    if kind == "disc":
        return luhn_complete("6011", 16), [4, 4, 4, 4]
    if kind == "visa13":
        return luhn_complete("4", 13), [4, 3, 3, 3]
    return luhn_complete(ch(["6759", "6761", "5018"]), 19), [4, 4, 4, 4, 3]


def gen_ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


NI_FIRST = "ABCEGHJKLMNPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def gen_ni():
    while True:
        p = ch(NI_FIRST) + ch(NI_SECOND)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + "".join(str(R.randint(0, 9)) for _ in range(6)) + ch("ABCD")


def digits(n, first_nonzero=False):
    s = "".join(str(R.randint(0, 9)) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = str(R.randint(1, 9)) + s[1:]
    return s


def iban_with_check(cc, bban):
    r = bban + cc + "00"
    num = "".join(str(int(c, 36)) for c in r)
    ck = 98 - int(num) % 97
    return "%s%02d%s" % (cc, ck, bban)


def gen_iban():
    cc = ch(["GB", "IE", "IE", "DE", "FR", "NL", "ES"])
    if cc == "GB":
        return iban_with_check("GB", ch(["NWBK", "BARC", "HBUK", "LOYD", "MIDL"]) + digits(14))
    if cc == "IE":
        return iban_with_check("IE", ch(["BOFI", "AIBK", "IPBS"]) + digits(14))
    if cc == "DE":
        return iban_with_check("DE", digits(18))
    if cc == "FR":
        return iban_with_check("FR", digits(23))
    if cc == "NL":
        return iban_with_check("NL", ch(["ABNA", "RABO", "INGB"]) + digits(10))
    return iban_with_check("ES", digits(20))


def gen_phone(region):
    if region == "UK":
        m = "7" + digits(9)
        return ch([("0" + m, [5, 6]), ("44" + m, [2, 4, 6]), ("020" + digits(8, True), [3, 4, 4]),
                   ("01" + digits(9), [5, 6])])
    if region == "US":
        area = str(R.randint(2, 9)) + digits(2)
        rest = str(R.randint(2, 9)) + digits(6)
        return ch([(area + rest, [3, 3, 4]), ("1" + area + rest, [1, 3, 3, 4])])
    if region == "IE":
        m = "8" + ch("35679") + digits(7)
        return ch([("0" + m, [3, 3, 4]), ("353" + m, [3, 2, 3, 4])])
    d = "49" + "1" + ch("567") + digits(8)
    return (d, [2, 4, 8])


FIRST = ["james", "priya", "sean", "aoife", "maria", "tom", "fatima", "li", "grace", "connor",
         "olu", "hannah", "diego", "siobhan", "raj", "emma", "kwame", "zoe", "niamh", "marek"]
LAST = ["okafor", "smith", "murphy", "patel", "kowalski", "o'brien", "nguyen", "garcia",
        "walsh", "khan", "evans", "byrne", "jones", "chen", "lindqvist", "mcgrath", "adeyemi"]
DOMAINS = ["gmail.com", "hotmail.co.uk", "yahoo.com", "outlook.com", "icloud.com", "eircom.net",
           "btinternet.com", "aol.com", "proton.me", "live.ie"]


def gen_email():
    f, l = ch(FIRST), ch(LAST).replace("'", "")
    local = ch([f + "." + l, f[0] + "." + l, f + l + str(R.randint(1, 99)), f + "_" + l,
                l + f[0], f + "." + l + str(R.randint(70, 99))])
    return local + "@" + ch(DOMAINS)


STREETS_UK = ["marlowe road", "hensley street", "church lane", "victoria avenue", "kestrel close",
              "albion terrace", "the crescent", "mill lane", "station road", "ashgrove drive",
              "holly grove", "queens parade", "bridge street", "orchard way"]
STREETS_US = ["oak avenue", "maple street", "pine street", "elm drive", "lakeview boulevard",
              "cedar lane", "washington avenue", "sunset boulevard", "hillcrest road", "park place"]
UK_AREAS = ["SW", "SE", "N", "E", "W", "M", "B", "L", "LS", "G", "EH", "CF", "BS", "BT", "NE",
            "NG", "CB", "RG", "TN", "PL", "EX", "HU", "DN", "KT", "CR"]
INWARD = "ABDEFGHJLNPQRSTUWXYZ"


def gen_uk_pc():
    a = ch(UK_AREAS)
    d = str(R.randint(1, 29)) if len(a) == 2 else str(R.randint(1, 9))
    if a in ("SW", "W", "E", "N") and maybe(0.3):
        d = str(R.randint(1, 9)) + ch("AN")
        if a == "N":
            d = str(R.randint(1, 9))
    return a + d + str(R.randint(0, 9)) + ch(INWARD) + ch(INWARD)


def gen_zip():
    z = "%05d" % R.randint(1001, 99950)
    if maybe(0.3):
        z += digits(4)
    return z


# ------------------------------ renderers --------------------------------
ZERO_UK = ["oh", "oh", "nought", "zero"]
ZERO_US = ["zero", "zero", "oh", "o"]
FILL = ["um", "uh", "er", "erm"]


def unit_word(c, zeros):
    return ch(zeros) if c == "0" else [k for k, v in ONE_NINE.items() if v == int(c)][0]


def two_words(n, zeros):
    if n < 10:
        return unit_word(str(n), zeros)
    if n < 20:
        return [k for k, v in TEENS.items() if v == n][0]
    t = [k for k, v in TENS.items() if v == n // 10 * 10][0]
    return t if n % 10 == 0 else t + " " + unit_word(str(n % 10), zeros)


def speak_group(g, style, zeros):
    if style == "single":
        return " ".join(unit_word(c, zeros) for c in g)
    if style == "doubles":
        out, i = [], 0
        while i < len(g):
            j = i
            while j < len(g) and g[j] == g[i]:
                j += 1
            run = j - i
            if run == 2:
                out.append("double " + unit_word(g[i], zeros))
            elif run == 3:
                out.append("triple " + unit_word(g[i], zeros))
            else:
                out.extend(unit_word(g[i], zeros) for _ in range(run))
            i = j
        return " ".join(out)
    if style == "pairs":
        out = []
        s = g
        if len(s) % 2:
            out.append(unit_word(s[0], zeros))
            s = s[1:]
        for k in range(0, len(s), 2):
            p = s[k:k + 2]
            if p[0] == "0":
                out.append(ch(zeros if "o" not in zeros else ["oh"]) + " " + unit_word(p[1], zeros))
            else:
                out.append(two_words(int(p), zeros))
        return " ".join(out)
    if style == "hundreds":
        if len(g) == 3 and g[0] != "0" and g[1:] != "00":
            return unit_word(g[0], zeros) + " hundred and " + two_words(int(g[1:]), zeros)
        return speak_group(g, "pairs", zeros)
    raise ValueError(style)


def split_groups(s, sizes):
    out, i = [], 0
    for k in sizes:
        if i >= len(s):
            break
        out.append(s[i:i + k])
        i += k
    if i < len(s):
        out.append(s[i:])
    return out


def speak(s, sizes=None, zeros=None, styles=("single", "single", "doubles", "pairs", "hundreds"),
          filler=0.0, sep=None):
    """Spoken rendering of a digit string, verified to normalise back to s."""
    zeros = zeros or ch([ZERO_UK, ZERO_US])
    sizes = sizes or [len(s)]
    for _ in range(30):
        parts = []
        for g in split_groups(s, sizes):
            parts.append(speak_group(g, ch(styles), zeros))
        sp = sep or ch([" ", ", ", " ... "])
        out = parts[0]
        for p in parts[1:]:
            if maybe(filler):
                out += sp + ch(FILL) + " " + p
            else:
                out += sp + p
        try:
            if norm_alnum(out) == s:
                return out
        except ValueError:
            pass
    out = " ".join(unit_word(c, ["zero"]) for c in s)
    assert norm_alnum(out) == s
    return out


def typed(s, sizes, sep=None):
    sep = sep if sep is not None else ch([" ", "-", " ", "", "  ", "."])
    return sep.join(split_groups(s, sizes))


def speak_letter(c):
    if c == "O":
        return ch(["o for oscar", "oscar"])
    f = ch(["bare", "bare", "nato", "for"])
    if f == "bare":
        return c.lower()
    if f == "nato":
        return NATO_BY_LETTER[c]
    word = ch([NATO_BY_LETTER[c]] + {"A": ["apple"], "B": ["bravo", "boy"], "C": ["charlie", "cat"],
                                      "D": ["dog"], "E": ["edward"], "S": ["sugar"], "T": ["tommy"],
                                      "M": ["mother"], "P": ["peter"], "N": ["nancy"], "H": ["harry"],
                                      "R": ["robert"], "J": ["john"], "K": ["king"], "L": ["london"],
                                      "W": ["william"], "G": ["george"], "Y": ["yellow"], "Z": ["zebra"],
                                      "X": ["xray"]}.get(c, []))
    return c.lower() + " for " + word


def speak_alnum(v, sizes=None, zeros=None, filler=0.0):
    """Speak letters with spelling alphabet and digit runs with speak()."""
    zeros = zeros or ZERO_UK
    for _ in range(20):
        runs = re.findall(r"[A-Z]|\d+", v)
        parts = []
        for r in runs:
            if r.isdigit():
                parts.append(speak(r, sizes=[2] * 6 if maybe(0.5) else None, zeros=zeros,
                                   styles=("single", "pairs", "doubles"), sep=" "))
            else:
                parts.append(speak_letter(r))
            if maybe(filler):
                parts.append(ch(FILL))
        out = " ".join(parts)
        try:
            if norm_alnum(out) == v:
                return out
        except ValueError:
            pass
    raise AssertionError(v)


def month_name(m):
    return MONTHS[m - 1]


def year_words(y, short=False):
    if short:
        return speak("%02d" % (y % 100), styles=("pairs",), zeros=["oh"])
    if y >= 2000:
        r = y - 2000
        if r == 0:
            return "two thousand"
        return ch(["two thousand and " + two_words(r, ["oh"]), "twenty " + ("oh " + two_words(r, ["oh"]) if r < 10 else two_words(r, ["oh"]))])
    return two_words(y // 100, ["oh"]) + " " + (two_words(y % 100, ["oh"]) if y % 100 >= 10 else "oh " + two_words(y % 100, ["oh"]))


def dob_text(y, m, d, mode, us=False):
    if mode == "typed":
        f = ch(["%02d/%02d/%d", "%d/%d/%d", "%02d-%02d-%d", "%02d.%02d.%d"])
        a, b = (m, d) if us else (d, m)
        if f.count("%02d") == 2 or f.startswith("%d/"):
            return f % (a, b, y)
        return f % (a, b, y)
    if mode == "typed_long":
        return ch(["%d %s %d" % (d, month_name(m).title(), y),
                   "%s %d, %d" % (month_name(m).title(), d, y),
                   "%d%s %s %d" % (d, {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}.get(d, "th"), month_name(m)[:3].title(), y)])
    # spoken
    if us:
        return "%s %s %s" % (month_name(m), ORD[d], year_words(y))
    return ch(["the %s of %s %s" % (ORD[d], month_name(m), year_words(y)),
               "%s of %s %s" % (ORD[d], month_name(m), year_words(y)),
               "%s %s %s" % (speak("%02d" % d, styles=("single", "pairs"), zeros=["oh"], sep=" "),
                             speak("%02d" % m, styles=("single", "pairs"), zeros=["oh"], sep=" "),
                             year_words(y))])


def exp_text(y, m, mode):
    if mode == "typed":
        return ch(["%02d/%02d" % (m, y % 100), "%02d/%d" % (m, y), "%02d-%02d" % (m, y % 100),
                   "%02d / %02d" % (m, y % 100)])
    return ch(["%s %s" % (speak("%02d" % m, styles=("single", "pairs"), zeros=["oh"], sep=" "),
                          year_words(y, short=True)),
               "%s %s" % (month_name(m), year_words(y)),
               "%s twenty %s" % (month_name(m), two_words(y % 100, ["oh"])),
               "%s %s" % (speak("%02d" % m, styles=("single",), zeros=["oh", "zero"], sep=" "),
                          speak("%02d" % (y % 100), styles=("single",), zeros=["oh"], sep=" "))])


def uk_pc_spoken(pc):
    for _ in range(30):
        out = speak_alnum(pc[:-3]) + ch([" ", ", ", " ... "]) + speak_alnum(pc[-3:])
        try:
            if norm_alnum(out) == pc:
                return out
        except ValueError:
            pass
    return " ".join(speak_letter(x) if x.isalpha() else unit_word(x, ["zero"]) for x in pc)


def uk_pc_typed(pc):
    s = pc[:-3] + ch([" ", " ", "", "  "]) + pc[-3:]
    return s if maybe(0.7) else s.lower()


def addr_uk(spoken):
    n = R.randint(1, 240)
    st = ch(STREETS_UK)
    flat = R.randint(1, 12) if maybe(0.3) else None
    if spoken:
        num = two_words(n, ["oh"]) if n < 100 else speak(str(n), styles=("hundreds", "single"), sep=" ")
        s = ("flat %s, %s %s" % (two_words(flat, ["oh"]), num, st)) if flat else "%s %s" % (num, st)
        return s
    s = ("Flat %d, %d %s" % (flat, n, st.title())) if flat else "%d %s" % (n, st.title())
    return s if maybe(0.8) else s.lower()


def addr_us(spoken):
    n = R.randint(10, 9800)
    st = ch(STREETS_US)
    if spoken:
        return "%s %s" % (speak(str(n), styles=("pairs", "single", "hundreds"), zeros=["oh"], sep=" "), st)
    apt = ("Apt %d%s, " % (R.randint(1, 30), ch("ABCD"))) if maybe(0.25) else ""
    return apt + "%d %s" % (n, st.title().replace("Avenue", ch(["Avenue", "Ave"])))


def phone_typed(p, sizes):
    if len(p) in (11, 12, 13) and not p.startswith("0") and not (len(p) == 11 and p.startswith("1")):
        cc = sizes[0]
        rest = p[cc:]
        return "+" + p[:cc] + " " + typed(rest, sizes[1:], ch([" ", "-", " "]))
    if len(p) == 11 and p.startswith("1"):
        return ch(["+1 (%s) %s-%s" % (p[1:4], p[4:7], p[7:]), "1-%s-%s-%s" % (p[1:4], p[4:7], p[7:])])
    if len(p) == 10 and p[0] != "0":
        return ch(["(%s) %s-%s" % (p[:3], p[3:6], p[6:]), "%s-%s-%s" % (p[:3], p[3:6], p[6:]), "%s.%s.%s" % (p[:3], p[3:6], p[6:])])
    return typed(p, sizes, ch([" ", "", "-"]))


def phone_spoken(p, sizes, zeros):
    s = speak(p, sizes=sizes, zeros=zeros, filler=0.2)
    if not p.startswith("0") and len(p) >= 11:
        s = "plus " + s
    return s


def email_spoken(e):
    local, dom = e.split("@")

    def part(x):
        out = []
        for seg in re.split(r"([._\-])", x):
            if seg == ".":
                out.append("dot")
            elif seg == "_":
                out.append("underscore")
            elif seg == "-":
                out.append("dash")
            elif seg.isdigit():
                out.append(" ".join(unit_word(c, ["zero"]) for c in seg) if maybe(0.5) or len(seg) != 2 else two_words(int(seg), ["oh"]))
            elif re.fullmatch(r"[a-z]+\d+", seg):
                m = re.fullmatch(r"([a-z]+)(\d+)", seg)
                out.append(m.group(1) + " " + " ".join(unit_word(c, ["zero"]) for c in m.group(2)))
            elif len(seg) == 1:
                out.append(seg if maybe(0.6) else seg + " for " + NATO_BY_LETTER[seg.upper()])
            elif seg:
                out.append(seg)
        return " ".join(out)
    s = part(local) + " at " + part(dom)
    assert norm_email(s) == e, (s, e)
    return s


# --------------------------------------------------------------------------
# context pools
# --------------------------------------------------------------------------
INDUSTRY = {
    "banking": ["Thanks for calling Harbour Bank", "You're through to Northgate Building Society"],
    "telecom": ["Welcome to Vireo Mobile support", "Thanks for calling Skyline Broadband"],
    "utilities": ["You're through to Brightwater Energy", "Thanks for calling Cedar Gas and Electric"],
    "retail": ["Thanks for contacting Marlow & Finch customer care", "Hi, you're chatting with ShopNest"],
    "insurance": ["Thanks for calling Keystone Insurance claims", "Welcome to Anchor Home Insurance"],
    "travel": ["Thanks for calling Azure Air reservations", "Welcome to Wanderly Holidays"],
    "healthcare": ["Thanks for calling St Brendan's billing office", "You've reached Lakeside Medical billing"],
    "government": ["You're through to the council tax team", "Thanks for calling the Revenue helpline"],
}
IND = list(INDUSTRY)


def greet(ind, asr):
    g = ch(INDUSTRY[ind])
    if asr:
        return re.sub(r"[^a-z0-9' ]", "", g.lower()) + " my name's " + ch(["dan", "kerry", "mo", "anna", "luis", "bea"]) + " how can i help"
    return g + ". How can I help today?"


BACK = ["mhm", "go on", "yep", "okay", "uh huh", "right", "got that", "yes go ahead", "okay keep going"]
HOLD = ["bear with me one sec", "sorry can you hold on a moment, the dog's going mad", "hang on let me grab my glasses",
        "sorry my daughter's asking me something, one second", "hold on it's in my other bag"]


def lower_asr(s):
    return s.lower()


# --------------------------------------------------------------------------
# positive templates
# --------------------------------------------------------------------------
def p_card_chat():
    ind = ch(["retail", "travel", "telecom", "utilities", "insurance"])
    c = Case("positive", "typed chat card payment, odd grouping/label (%s)" % ind)
    card, sizes = gen_card()
    c.reg("CARD_NUMBER", card)
    sz = ch([sizes, [len(card)], [5, 5, 6], [4, 4, 4, 4, 3], [6, 10], [3, 5, 8]])
    txt = typed(card, sz)
    y, m = R.randint(2025, 2032), R.randint(1, 12)
    cvv = digits(4 if len(card) == 15 else 3)
    c.reg("EXPIRY", (y, m, 1))
    c.reg("CVV", cvv)
    c.t("agent", greet(ind, False))
    lab = ch(["card no: ", "Card number - ", "its ", "cc# ", "CARD ", "long number is ", "here: ", ""])
    c.t("customer", "I want to pay the outstanding bill. ", lab, V(txt, "CARD_NUMBER", card))
    if maybe(0.5):
        # typo correction by customer
        wrong_i = R.randint(4, len(card) - 2)
        bad = card[:wrong_i] + str((int(card[wrong_i]) + 3) % 10) + card[wrong_i + 1:]
        c.turns.pop()
        c.t("customer", "I want to pay the outstanding bill. ", lab, V(typed(bad, sz), "CARD_NUMBER", bad, wrong=True))
        c.t("customer", ch(["sorry typo, it's ", "oops, correct one: ", "*", "no wait - "]), V(txt, "CARD_NUMBER", card))
        c.note += ", with typo correction"
    c.t("agent", "Thanks. Can you also give me the expiry date and the security code on the back?")
    e = exp_text(y, m, "typed")
    c.t("customer", ch(["exp ", "Expiry ", "expires ", ""]), V(e, "EXPIRY", (y, m, 1)), ch([" and cvv ", ", code ", " / ", " sec code "]), V(cvv, "CVV", cvv))
    c.t("agent", "Perfect, that's gone through.")
    return c


def p_card_asr_split():
    ind = ch(IND)
    c = Case("positive", "ASR card read over several turns with back-channels and read-back (%s)" % ind)
    card, sizes = gen_card()
    c.reg("CARD_NUMBER", card)
    zeros = ch([ZERO_UK, ZERO_US])
    groups = split_groups(card, sizes)
    c.t("agent", greet(ind, True))
    c.t("customer", ch(["yeah i need to make a payment please", "hi um i want to pay off my bill", "i'm ringing to pay what i owe"]))
    c.t("agent", ch(["no problem can i take the long card number when you're ready", "sure what's the card number", "okay go ahead with the long number on the front"]))
    i = 0
    while i < len(groups):
        take = ch([1, 1, 2])
        chunk = "".join(groups[i:i + take])
        txt = speak(chunk, sizes=[len(g) for g in groups[i:i + take]], zeros=zeros, filler=0.3)
        lead = ch(["", "", "it's ", "then ", "right ", "okay "]) if i else ch(["yeah it's ", "okay ", "", "so "])
        c.t("customer", lead, V(txt, "CARD_NUMBER", chunk))
        i += take
        if i < len(groups):
            c.t("agent", ch(BACK))
    if maybe(0.7):
        rb = speak(card, sizes=sizes, zeros=zeros, styles=("single",), sep=" ")
        c.t("agent", ch(["let me read that back ", "so that's ", "okay i've got "]), V(rb, "CARD_NUMBER", card), " is that right")
        c.t("customer", ch(["yes", "yep that's it", "that's correct"]))
        c.note += "; full agent read-back"
    return c


def p_card_correction():
    ind = ch(IND)
    c = Case("positive", "ASR card with agent misreading a group and caller correcting a single digit (%s)" % ind)
    card, sizes = gen_card()
    c.reg("CARD_NUMBER", card)
    zeros = ZERO_UK if maybe(0.5) else ZERO_US
    groups = split_groups(card, sizes)
    c.t("agent", greet(ind, True))
    c.t("customer", "hi yeah i'd like to pay by card")
    c.t("agent", "lovely go ahead")
    c.t("customer", V(speak(card, sizes=sizes, zeros=zeros, filler=0.25), "CARD_NUMBER", card))
    gi = R.randint(1, len(groups) - 1)
    g = groups[gi]
    pos = R.randint(0, len(g) - 1)
    bad = g[:pos] + str((int(g[pos]) + ch([1, 2, 5])) % 10) + g[pos + 1:]
    c.t("agent", ch(["sorry i missed a bit was the ", "okay just checking, the ", "and the "]),
        ["first", "second", "third", "fourth", "fifth"][gi] + " block was ", V(speak(bad, zeros=zeros, styles=("single",)), "CARD_NUMBER", bad, wrong=True))
    c.t("customer", ch(["no ", "nope ", "not quite "]), V(speak(g, zeros=zeros, styles=("single", "pairs")), "CARD_NUMBER", g),
        (" the last one's " if pos == len(g) - 1 else " the first one's " if pos == 0 else ch([" it should be ", " that one's meant to be "])) + unit_word(g[pos], ["zero"]) + ch(["", " not a " + unit_word(bad[pos], ["zero"])]))
    c.t("agent", "ah got you " + ch(["", "so "]), V(speak(g, zeros=zeros, styles=("single",)), "CARD_NUMBER", g), " thank you")
    c.t("customer", "mhm")
    return c


def p_card_for_other():
    ind = ch(IND)
    c = Case("positive", "caller reads card for someone else with hold in middle of reading (%s)" % ind)
    card, sizes = gen_card()
    c.reg("CARD_NUMBER", card)
    zeros = ch([ZERO_UK, ZERO_US])
    groups = split_groups(card, sizes)
    who = ch(["my mum", "my husband", "my dad", "my sister", "my partner"])
    c.t("agent", greet(ind, True))
    c.t("customer", "hiya i'm calling for %s she's sat next to me she's given permission" % who if who in ("my mum", "my sister") else "hi i'm ringing on behalf of %s he's happy for me to do it" % who)
    c.t("agent", "okay that's fine as long as they're there can i take the card details")
    half = R.randint(1, len(groups) - 1)
    a = "".join(groups[:half])
    b = "".join(groups[half:])
    c.t("customer", V(speak(a, sizes=sizes[:half], zeros=zeros, filler=0.2), "CARD_NUMBER", a), " ... " + ch(HOLD))
    c.t("agent", ch(["no worries take your time", "that's fine", "sure"]))
    c.t("customer", ch(["right sorry ", "okay where was i ", "got it "]), V(speak(b, sizes=sizes[half:], zeros=zeros, filler=0.2), "CARD_NUMBER", b))
    if maybe(0.6):
        y, m = R.randint(2025, 2032), R.randint(1, 12)
        c.reg("EXPIRY", (y, m, 1))
        c.t("agent", "and the expiry on the card")
        c.t("customer", ch(["", "it says ", "um "]), V(exp_text(y, m, "spoken"), "EXPIRY", (y, m, 1)))
    return c


def p_card_transfer():
    ind = ch(IND)
    c = Case("positive", "card read, then transfer to payments team and card re-read in full (%s)" % ind)
    card, sizes = gen_card()
    c.reg("CARD_NUMBER", card)
    zeros = ch([ZERO_UK, ZERO_US])
    c.t("agent", greet(ind, True))
    c.t("customer", "yeah the card's ", V(speak(card, sizes=sizes, zeros=zeros, filler=0.2), "CARD_NUMBER", card))
    c.t("agent", "ah i'm so sorry i can't take payments on this line let me put you through to the payments team please hold")
    c.t("agent", "hello payments you're speaking with " + ch(["jo", "sam", "ravi"]) + " i understand you want to pay by card can i take the number again")
    c.t("customer", ch(["oh for goodness sake okay ", "right again ", "sure "]),
        V(speak(card, sizes=sizes, zeros=zeros, filler=0.3), "CARD_NUMBER", card))
    if maybe(0.5):
        cvv = digits(4 if len(card) == 15 else 3)
        c.reg("CVV", cvv)
        c.t("agent", "and the " + ch(["three", "security"]) + " digits on the back")
        c.t("customer", V(speak(cvv, zeros=zeros, styles=("single", "hundreds", "doubles")), "CVV", cvv))
    return c


def p_card_last4_then_full():
    ind = ch(["retail", "telecom", "utilities", "banking"])
    c = Case("positive", "caller mentions last four then reads full card: last four labelled because full card read in case (%s)" % ind)
    card, sizes = gen_card()
    c.reg("CARD_NUMBER", card)
    zeros = ch([ZERO_UK, ZERO_US])
    last4 = card[-4:]
    asr = maybe(0.6)
    if asr:
        c.t("customer", "the payment came out of my card ending ", V(speak(last4, zeros=zeros), "CARD_NUMBER", last4), " but i want to swap to the other card")
        c.t("agent", "okay what's the new card number")
        c.t("customer", V(speak(card, sizes=sizes, zeros=zeros, filler=0.2), "CARD_NUMBER", card))
        c.t("agent", "hmm that's actually the same card ending ", V(speak(last4, zeros=zeros, styles=("single",)), "CARD_NUMBER", last4))
        c.t("customer", "oh is it sorry i'll find the other one")
    else:
        c.t("customer", "Hi, can you take the payment from my card ending ", V(last4, "CARD_NUMBER", last4), " instead? Full number is ", V(typed(card, sizes), "CARD_NUMBER", card))
        c.t("agent", "Thanks, I've updated it to the card ending ", V(last4, "CARD_NUMBER", last4), ".")
    return c


def p_ssn():
    ind = ch(["banking", "healthcare", "insurance", "government", "telecom"])
    ssn = gen_ssn()
    asr = maybe(0.6)
    c = Case("positive", "US SSN %s (%s)" % ("spoken with partial confirmation" if asr else "typed", ind))
    c.reg("SSN", ssn)
    other = maybe(0.3)
    if not asr:
        fmt = ch(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s - %s - %s", "%s.%s.%s"]) % (ssn[:3], ssn[3:5], ssn[5:])
        lab = ch(["SSN: ", "ss# ", "social is ", "Social Security No. ", "ssn ", "my SSN - "])
        c.t("agent", "To verify the account I'll need the primary holder's Social Security number.")
        c.t("customer", ("It's my wife's account, her " if other else "") + lab, V(fmt, "SSN", ssn))
        if maybe(0.5):
            c.t("agent", "Thanks, and just to confirm the last four are ", V(ssn[5:], "SSN", ssn[5:]), "?")
            c.t("customer", "Yes")
        return c
    c.t("agent", "for security can i get the " + ch(["social", "social security number", "last four of your social"]).replace("last four of your social", "full social please"))
    parts = [ssn[:3], ssn[3:5], ssn[5:]]
    if other:
        c.t("customer", "it's my " + ch(["son's", "mother's", "husband's"]) + " account hang on i've got it written down")
        c.t("agent", "sure")
    if maybe(0.5):
        c.t("customer", V(speak(ssn[:5], sizes=[3, 2], zeros=ZERO_US, filler=0.3), "SSN", ssn[:5]))
        c.t("agent", ch(BACK))
        c.t("customer", V(speak(ssn[5:], zeros=ZERO_US, styles=("single", "pairs", "doubles")), "SSN", ssn[5:]))
    else:
        c.t("customer", ch(["", "yeah it's ", "okay "]), V(speak(ssn, sizes=[3, 2, 4], zeros=ZERO_US, filler=0.3), "SSN", ssn))
    if maybe(0.5):
        pos = R.randint(5, 8)
        bad = ssn[5:pos] + str((int(ssn[pos]) + 1) % 10) + ssn[pos + 1:]
        c.t("agent", "and the last four was ", V(speak(bad, zeros=ZERO_US, styles=("single",)), "SSN", bad, wrong=True))
        c.t("customer", "no ", V(speak(parts[2], zeros=ZERO_US, styles=("single",)), "SSN", parts[2]))
        c.note += "; digit correction"
    else:
        c.t("agent", "thank you so i have ", V(speak(ssn, sizes=[3, 2, 4], zeros=ZERO_US, styles=("single",), sep=" "), "SSN", ssn))
        c.t("customer", "correct")
    return c


def p_ni():
    ind = ch(["government", "banking", "insurance", "utilities"])
    ni = gen_ni()
    asr = maybe(0.6)
    c = Case("positive", "UK NI number %s (%s)" % ("spelled with spelling alphabet" if asr else "typed", ind))
    c.reg("NI_NUMBER", ni)
    if not asr:
        fmt = ch([ni, ni[:2] + " " + ni[2:4] + " " + ni[4:6] + " " + ni[6:8] + " " + ni[8], ni.lower(),
                  ni[:2] + ni[2:8] + " " + ni[8], ni[:2].lower() + " " + ni[2:8] + ni[8].lower()])
        c.t("agent", "Could you confirm your National Insurance number?")
        c.t("customer", ch(["NI no: ", "ni number ", "It's ", "NINO ", "sure - "]), V(fmt, "NI_NUMBER", ni))
        if maybe(0.4):
            c.t("agent", "Thanks, I have ", V(ni[:2] + " " + ni[2:8] + " " + ni[8], "NI_NUMBER", ni), ".")
        return c
    c.t("agent", "can i take your national insurance number please")
    mode = ch(["split", "whole", "readback"])
    if mode == "split":
        a, b, d = ni[:2], ni[2:8], ni[8]
        c.t("customer", V(speak_alnum(a), "NI_NUMBER", a))
        c.t("agent", ch(BACK))
        c.t("customer", V(speak_alnum(b, filler=0.2), "NI_NUMBER", b))
        c.t("agent", "and the letter at the end")
        c.t("customer", ch(["", "it's ", "um "]), V(speak_alnum(d), "NI_NUMBER", d))
    else:
        c.t("customer", ch(["yeah it's ", "", "um it's "]), V(speak_alnum(ni, filler=0.2), "NI_NUMBER", ni))
        if mode == "readback":
            bad = ni[:2] + ni[2:5] + str((int(ni[5]) + 3) % 10) + ni[6:]
            c.t("agent", "so that's ", V(speak_alnum(bad), "NI_NUMBER", bad, wrong=True))
            c.t("customer", "no the middle bit is ", V(speak_alnum(ni[2:8]), "NI_NUMBER", ni[2:8]))
            c.t("agent", "sorry ", V(speak_alnum(ni[2:8]), "NI_NUMBER", ni[2:8]), " got it")
            c.note += "; agent misread and corrected"
    return c


def p_bank():
    ind = ch(["banking", "utilities", "insurance", "government", "healthcare"])
    acct = digits(8)
    sc = digits(6, True)
    asr = maybe(0.6)
    c = Case("positive", "UK direct debit: sort code and account number %s (%s)" % ("spoken with read-back" if asr else "typed", ind))
    c.reg("BANK_ACCOUNT", acct)
    c.reg("SORT_CODE", sc)
    if not asr:
        c.t("agent", "To set up the direct debit I need the sort code and account number.")
        c.t("customer", ch(["sort code ", "SC: ", "sort "]), V(ch([sc[:2] + "-" + sc[2:4] + "-" + sc[4:], sc, sc[:2] + " " + sc[2:4] + " " + sc[4:]]), "SORT_CODE", sc),
            ch([", acct no: ", " account ", " a/c ", ", account number "]), V(ch([acct, acct[:4] + " " + acct[4:]]), "BANK_ACCOUNT", acct))
        return c
    zeros = ZERO_UK
    c.t("agent", "what's the sort code")
    c.t("customer", V(speak(sc, sizes=[2, 2, 2], zeros=zeros, styles=("single", "pairs", "doubles"), filler=0.2), "SORT_CODE", sc))
    c.t("agent", ch(["and the account number", "lovely and the eight digit account number"]))
    if maybe(0.5):
        c.t("customer", V(speak(acct[:4], zeros=zeros), "BANK_ACCOUNT", acct[:4]))
        c.t("agent", ch(BACK))
        c.t("customer", V(speak(acct[4:], zeros=zeros), "BANK_ACCOUNT", acct[4:]))
    else:
        c.t("customer", V(speak(acct, sizes=[4, 4], zeros=zeros, filler=0.2), "BANK_ACCOUNT", acct))
    c.t("agent", "so sort code ", V(speak(sc, sizes=[2, 2, 2], zeros=zeros, styles=("single", "pairs"), sep=" "), "SORT_CODE", sc),
        " account ", V(speak(acct, sizes=[4, 4], zeros=zeros, styles=("single",), sep=" "), "BANK_ACCOUNT", acct))
    c.t("customer", ch(["that's it", "yes", "spot on"]))
    return c


def p_us_bank():
    ind = ch(["banking", "healthcare", "insurance"])
    acct = digits(R.randint(9, 12), True)
    c = Case("positive", "US checking account number with read-back (%s)" % ind)
    c.reg("BANK_ACCOUNT", acct)
    if maybe(0.5):
        c.t("customer", ch(["acct no: ", "Checking acct # ", "account number is "]), V(ch([acct, typed(acct, [4, 4, 4], "-")]), "BANK_ACCOUNT", acct))
        c.t("agent", "Got it, thanks. I'll set up the ACH transfer now.")
    else:
        c.t("agent", "and the checking account number")
        c.t("customer", V(speak(acct, sizes=[3, 3, 3, 3], zeros=ZERO_US, filler=0.3), "BANK_ACCOUNT", acct))
        c.t("agent", "i have ", V(speak(acct, sizes=[3, 3, 3, 3], zeros=ZERO_US, styles=("single",), sep=" "), "BANK_ACCOUNT", acct), " correct")
        c.t("customer", "yes ma'am")
    return c


def p_iban():
    ind = ch(["banking", "travel", "insurance", "utilities"])
    ib = gen_iban()
    c = Case("positive", "IBAN (%s) for refund (%s)" % (ib[:2], ind))
    c.reg("IBAN", ib)
    if maybe(0.55):
        f = ch([" ".join(ib[i:i + 4] for i in range(0, len(ib), 4)), ib, ib.lower(),
                " ".join(ib[i:i + 4] for i in range(0, len(ib), 4)).lower()])
        c.t("agent", "Please send the IBAN for the refund.")
        c.t("customer", ch(["IBAN: ", "iban ", "Here you go ", "Account (IBAN) "]), V(f, "IBAN", ib))
        return c
    c.t("agent", "for the refund can i take your iban")
    a = ib[:8]
    b = ib[8:]
    c.t("customer", "okay it's ", V(speak_alnum(a, filler=0.2), "IBAN", a))
    c.t("agent", ch(BACK))
    mid = len(b) // 2
    c.t("customer", V(speak_alnum(b[:mid], filler=0.2), "IBAN", b[:mid]))
    c.t("agent", ch(["hang on sorry ", "wait "]) + "can you repeat the last bit")
    c.t("customer", V(speak_alnum(b[:mid]), "IBAN", b[:mid]), " then ", V(speak_alnum(b[mid:]), "IBAN", b[mid:]))
    return c


def p_phone():
    ind = ch(IND)
    region = ch(["UK", "US", "IE", "EU"])
    p, sizes = gen_phone(region)
    asr = maybe(0.6)
    c = Case("positive", "%s phone number %s (%s)" % (region, "spoken with correction/read-back" if asr else "typed", ind))
    c.reg("PHONE", p)
    zeros = ZERO_US if region == "US" else ZERO_UK
    if not asr:
        c.t("agent", "What's the best number to reach you on?")
        c.t("customer", ch(["mob: ", "Tel ", "call me on ", "ph. ", "", "cell "]), V(phone_typed(p, sizes), "PHONE", p))
        return c
    c.t("agent", "what's a good contact number")
    if maybe(0.5):
        s = phone_spoken(p, sizes, zeros)
        c.t("customer", ch(["it's ", "yeah ", ""]), V(s, "PHONE", p))
        c.t("agent", "let me read that back ", V(phone_spoken(p, sizes, zeros), "PHONE", p))
        c.t("customer", "yeah")
    else:
        k = sizes[0] + sizes[1] if len(sizes) > 2 else sizes[0]
        a = p[:k]
        b = p[k:]
        sa = speak(a, sizes=sizes[:2] if len(sizes) > 2 else sizes[:1], zeros=zeros)
        if not p.startswith("0") and len(p) >= 11:
            sa = "plus " + sa
        c.t("customer", V(sa, "PHONE", a), " ... " + ch(["no wait that's my old one", "hang on"]))
        c.t("agent", "no problem")
        c.t("customer", "yeah no it is that one ", V(sa, "PHONE", a), " ", V(speak(b, zeros=zeros, filler=0.2), "PHONE", b))
    return c


def p_email():
    ind = ch(IND)
    e = gen_email()
    asr = maybe(0.6)
    c = Case("positive", "email address %s (%s)" % ("spoken, dot/at, with read-back" if asr else "typed with case variation", ind))
    c.reg("EMAIL", e)
    if not asr:
        t = ch([e, e.title(), e.upper() if maybe(0.2) else e.capitalize()])
        c.t("agent", "What email should we send the confirmation to?")
        c.t("customer", ch(["email: ", "e-mail is ", "send it to ", "", "my wife's: "]), V(t, "EMAIL", e))
        return c
    c.t("agent", "and an email for the receipt")
    c.t("customer", ch(["yeah it's ", "okay ", ""]), V(email_spoken(e), "EMAIL", e))
    c.t("agent", "so that's ", V(email_spoken(e), "EMAIL", e))
    c.t("customer", ch(["yes", "yep all lower case", "that's right"]))
    return c


def p_dob():
    ind = ch(["healthcare", "banking", "insurance", "government", "telecom"])
    y, m, d = R.randint(1938, 2005), R.randint(1, 12), R.randint(1, 28)
    us = maybe(0.35)
    mode = ch(["typed", "typed_long", "spoken", "spoken"])
    c = Case("positive", "date of birth for verification, %s (%s)" % (mode, ind))
    c.reg("DOB", (y, m, d))
    asr = mode == "spoken"
    c.t("agent", "can you confirm the date of birth on the account" if asr else "Please confirm your date of birth.")
    txt = dob_text(y, m, d, mode, us)
    if asr and maybe(0.5):
        c.t("customer", "it's my dad's account he was born ", V(txt, "DOB", (y, m, d)))
        c.t("agent", "thank you so ", V(dob_text(y, m, d, "spoken", us), "DOB", (y, m, d)))
        c.t("customer", "that's it")
    else:
        c.t("customer", ch(["DOB ", "dob: ", "", "born "]) if not asr else ch(["", "it's ", "um "]), V(txt, "DOB", (y, m, d)))
    return c


def p_address():
    us = maybe(0.4)
    ind = ch(IND)
    asr = maybe(0.55)
    c = Case("positive", "%s address and %s %s (%s)" % ("US" if us else "UK", "ZIP" if us else "postcode", "spoken" if asr else "typed", ind))
    if us:
        z = gen_zip()
        a = addr_us(asr)
        town = ch(["Springfield", "Austin", "Columbus", "Portland"])
        ztxt = (speak(z, sizes=[5, 4], zeros=ZERO_US) if asr else (z[:5] + "-" + z[5:] if len(z) > 5 else z))
    else:
        z = gen_uk_pc()
        a = addr_uk(asr)
        town = ch(["Leeds", "Bristol", "Cardiff", "Belfast", "Manchester", "Reading"])
        ztxt = uk_pc_spoken(z) if asr else uk_pc_typed(z)
    c.reg("POSTCODE", z)
    c.reg("ADDRESS", a)
    if asr:
        town = town.lower()
        c.t("agent", "can i just take the first line of the address and the " + ("zip" if us else "postcode"))
        if maybe(0.5):
            c.t("customer", "it's ", V(a, "ADDRESS", a), " " + town)
            c.t("agent", ch(BACK) + " and the " + ("zip" if us else "postcode"))
            c.t("customer", V(ztxt, "POSTCODE", z))
            c.t("agent", "so ", V(a, "ADDRESS", a), " ", V(ztxt, "POSTCODE", z))
            c.t("customer", "yes")
        else:
            c.t("customer", "i've just moved so it's the new one ", V(a, "ADDRESS", a), " in " + town + " ", V(ztxt, "POSTCODE", z))
    else:
        c.t("agent", "What's the delivery address?")
        c.t("customer", V(a, "ADDRESS", a), ", " + town + ", ", V(ztxt, "POSTCODE", z))
    return c


def p_verification_combo():
    ind = ch(["banking", "telecom", "utilities", "healthcare"])
    c = Case("positive", "multi-item security check with hold/transfer (%s)" % ind)
    y, m, d = R.randint(1945, 2003), R.randint(1, 12), R.randint(1, 28)
    pc = gen_uk_pc()
    p, sizes = gen_phone("UK")
    c.reg("DOB", (y, m, d))
    c.reg("POSTCODE", pc)
    c.reg("PHONE", p)
    c.t("agent", greet(ind, True))
    c.t("customer", "hi i'm calling about my bill")
    c.t("agent", "okay first can i take your date of birth")
    c.t("customer", V(dob_text(y, m, d, "spoken"), "DOB", (y, m, d)))
    c.t("agent", "and the postcode")
    c.t("customer", V(uk_pc_spoken(pc), "POSTCODE", pc))
    c.t("agent", "thanks i'm just going to pass you to billing hold the line")
    c.t("agent", "hi there billing team i've got your date of birth as ", V(dob_text(y, m, d, "spoken"), "DOB", (y, m, d)), " can you confirm the mobile number on the account")
    c.t("customer", V(phone_spoken(p, sizes, ZERO_UK), "PHONE", p))
    return c


def p_cvv_expiry():
    ind = ch(["retail", "travel", "telecom"])
    c = Case("positive", "expiry and CVV with restarts (%s)" % ind)
    card, sizes = gen_card()
    c.reg("CARD_NUMBER", card)
    y, m = R.randint(2025, 2033), R.randint(1, 12)
    cvv = digits(4 if len(card) == 15 else 3)
    c.reg("EXPIRY", (y, m, 1))
    c.reg("CVV", cvv)
    c.t("customer", V(speak(card, sizes=sizes, filler=0.2), "CARD_NUMBER", card))
    c.t("agent", "expiry date")
    y2 = y + 1
    c.reg("EXPIRY", (y2, m, 1))
    c.t("customer", V(exp_text(y2, m, "spoken"), "EXPIRY", (y2, m, 1)), " no sorry that's the old one it's ", V(exp_text(y, m, "spoken"), "EXPIRY", (y, m, 1)))
    c.t("agent", "and the security code")
    c.t("customer", ch(["it's ", "", "uh "]), V(speak(cvv, styles=("single", "hundreds", "doubles")), "CVV", cvv))
    c.t("agent", "that's ", V(speak(cvv, styles=("single",)), "CVV", cvv), " yeah")
    c.t("customer", "yep")
    return c


# --------------------------------------------------------------------------
# negative templates
# --------------------------------------------------------------------------
def n_order_like_card():
    lab = ch(["order number", "tracking number", "reference number", "booking reference", "claim number",
              "policy number", "invoice number", "customer reference", "case number"])
    num, sizes = gen_card()  # deliberately Luhn-valid to look like a card
    c = Case("negative", "%s read like a card number (Luhn-valid digits, but labelled as %s)" % (lab, lab))
    if maybe(0.5):
        c.t("agent", "can i take the %s please" % lab)
        c.t("customer", "yeah it's " + speak(num, sizes=sizes, filler=0.2))
        c.t("agent", "so " + speak(num, sizes=sizes, styles=("single",)) + " that's your %s yeah" % lab)
        c.t("customer", "yep")
    else:
        c.t("customer", "%s: %s - still waiting on this!" % (lab.title(), typed(num, sizes)))
        c.t("agent", "Thanks, I can see %s %s on the system." % (lab, typed(num, sizes, "")))
    return c


def n_reference_back_forth():
    lab = ch(["ticket number", "reference number", "claim number", "complaint reference", "job number", "work order number"])
    ref = digits(R.randint(9, 14), True)
    c = Case("negative", "%s read piecewise with corrections (not PII)" % lab)
    c.t("agent", "have you got a %s from last time" % lab)
    k = len(ref) // 2
    c.t("customer", "yeah the %s is " % lab + speak(ref[:k]))
    c.t("agent", ch(BACK))
    c.t("customer", speak(ref[k:]))
    bad = ref[:3] + str((int(ref[3]) + 1) % 10) + ref[4:]
    c.t("agent", "i've got " + speak(bad, styles=("single",)))
    c.t("customer", "no the fourth one's " + unit_word(ref[3], ["zero"]) + " so " + speak(ref, styles=("single",)))
    return c


def n_amounts():
    a = R.randint(12, 4800)
    p = R.randint(0, 99)
    c = Case("negative", "balances, amounts and payment plan (no PII)")
    if maybe(0.5):
        c.t("agent", "your balance is %s pounds %s and the minimum payment is %s" % (speak(str(a), styles=("hundreds", "pairs"), sep=" "), two_words(p, ["oh"]), two_words(R.randint(20, 99), ["oh"])))
        c.t("customer", "can i pay %s a month over twelve months" % two_words(R.randint(20, 99), ["oh"]))
        c.t("agent", "yes that's fine the first one will come out on the %s" % ORD[R.randint(1, 28)])
    else:
        c.t("customer", "Why is my bill $%d.%02d when it was $%d.%02d last month?" % (a, p, a - R.randint(5, 50), R.randint(0, 99)))
        c.t("agent", "There's a one-off charge of $%d.00 plus tax of %d%%. Your total due by %s %d is $%d.%02d." % (R.randint(5, 90), R.randint(5, 20), month_name(R.randint(1, 12)).title(), R.randint(1, 28), a, p))
    return c


def n_times():
    c = Case("negative", "opening hours, durations and times (no PII)")
    c.t("customer", ch(["what time are you open till", "When does the branch open?", "how long's the wait"]))
    c.t("agent", ch(["we're open eight till eight monday to friday and nine till five on saturdays",
                     "We're open 08:30-17:30 Mon-Fri, 10:00-16:00 Sat.",
                     "the wait is about forty five minutes at the moment, or i can call you back at two fifteen"]))
    c.t("customer", ch(["okay i'll ring back at quarter past four then", "Ok, I'll come at 9:45 tomorrow.", "it's been twenty three minutes already"]))
    return c


def n_last4():
    l4 = digits(4)
    c = Case("negative", "card last-four only (PCI DSS allows), no full card in case")
    if maybe(0.5):
        c.t("agent", "i can see the card ending " + speak(l4) + " is that the one you want to use")
        c.t("customer", "yeah ending " + speak(l4, styles=("single",)) + " that's the one")
        c.t("agent", "lovely payment of " + two_words(R.randint(20, 99), ["oh"]) + " pounds taken from the card ending in " + speak(l4, styles=("single",)))
    else:
        c.t("customer", "Please use the Visa ending %s, not the Mastercard ending %s." % (l4, digits(4)))
        c.t("agent", "Done - card ending **** %s is now your default." % l4)
    return c


def n_meter():
    r = digits(R.randint(5, 7), True)
    serial = ch(["E", "K", "S"]) + digits(2) + "Z" + digits(6)
    c = Case("negative", "meter reading and meter serial number (not PII)")
    c.t("agent", "can you read me the numbers on the meter from left to right")
    c.t("customer", "okay it's " + speak(r, filler=0.2) + " and the red ones after that are " + speak(digits(2)))
    c.t("agent", "thank you and the meter serial on the front")
    c.t("customer", "the serial number is " + serial)
    c.t("agent", "reading of " + speak(r, styles=("single",)) + " logged")
    return c


def n_travel():
    c = Case("negative", "flight, gate, seat, room numbers and times (no PII)")
    fl = ch(["EI", "BA", "FR", "AA", "LH", "UA"]) + str(R.randint(10, 2999))
    if maybe(0.5):
        c.t("customer", "i'm on flight " + " ".join(fl[:2].lower()) + " " + speak(fl[2:]) + " it leaves gate " + two_words(R.randint(1, 60), ["oh"]) + " at " + two_words(R.randint(1, 12), ["oh"]) + " " + two_words(R.randint(10, 59), ["oh"]))
        c.t("agent", "okay and you're in seat " + two_words(R.randint(1, 40), ["oh"]) + " " + ch("abcdef") + " and your hotel room is " + speak(str(R.randint(100, 999)), styles=("hundreds", "single")))
    else:
        c.t("customer", "Flight %s, seat %d%s, departing 14:%02d from gate B%d. Hotel room %d." % (fl, R.randint(1, 40), ch("ABCDEF"), R.randint(0, 59), R.randint(1, 40), R.randint(100, 1299)))
        c.t("agent", "Thanks, booking ref %s confirmed for %d nights." % ("".join(ch("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(6)), R.randint(2, 14)))
    return c


def n_roads():
    c = Case("negative", "road names, junctions and distances (no PII)")
    c.t("customer", ch(["i broke down on the M%d between junction %d and %d" % (R.randint(1, 62), R.randint(1, 20), R.randint(21, 40)),
                        "we're stuck on Interstate %d near exit %d" % (ch([5, 10, 80, 95, 40]), R.randint(10, 300)),
                        "i'm on the n%d about %d kilometres past the toll" % (R.randint(1, 11), R.randint(2, 30)),
                        "Car's on the A%d, roughly %d miles north of the services" % (R.randint(1, 999), R.randint(1, 20))]))
    c.t("agent", "okay recovery will be with you in about %s minutes" % two_words(R.randint(20, 95), ["oh"]))
    return c


def n_misc_numbers():
    c = Case("negative", "ages, temperatures, percentages, counts, years, contract dates (no PII)")
    c.t("customer", ch(["my son's %d and he's had a temperature of %d point %d for %d days" % (R.randint(2, 16), R.randint(37, 40), R.randint(1, 9), R.randint(2, 6)),
                        "I've been a customer since %d and my rate went up %d%%" % (R.randint(1990, 2020), R.randint(3, 40)),
                        "the thermostat's on twenty one but it feels like fifteen in here",
                        "we've got %s people in the house and used %d units last quarter" % (two_words(R.randint(2, 8), ["oh"]), R.randint(300, 2400))]))
    c.t("agent", ch(["your contract started on the %s of %s %s and ends in %s" % (ORD[R.randint(1, 28)], month_name(R.randint(1, 12)), year_words(R.randint(2019, 2024)), year_words(R.randint(2025, 2027))),
                     "Your appointment is on %d/%d/%d at %d:%02d." % (R.randint(1, 28), R.randint(1, 12), R.randint(2025, 2026), R.randint(8, 17), ch([0, 15, 30, 45])),
                     "That's %d percent off for the next %d months." % (R.randint(5, 50), R.randint(3, 24))]))
    return c


def n_serial_model():
    c = Case("negative", "serial/model/IMEI-like numbers with their label (no PII)")
    imei = luhn_complete("35", 15)
    c.t("agent", "can i take the serial number off the back of the router")
    c.t("customer", ch(["serial number " + speak(digits(12, True), sizes=[4, 4, 4], filler=0.2),
                        "IMEI: " + imei,
                        "the model's an XR%d and the serial is %s" % (R.randint(100, 999), digits(10))]))
    c.t("agent", "great that matches what i've got")
    return c


def n_policy_spelled():
    pol = "".join(ch("ABCDEFGHJKLMNPRSTWXYZ") for _ in range(2)) + digits(6) + ch("ABCD")
    c = Case("negative", "policy/membership number in NI-like format but labelled as policy (not NI number)")
    lab = ch(["policy number", "membership number", "customer reference"])
    c.t("agent", "what's your %s" % lab)
    c.t("customer", "my %s is %s" % (lab, speak_alnum(pol) if maybe(0.6) else pol))
    c.t("agent", "thank you i've found the %s" % lab.split()[0])
    return c


def n_appointment():
    c = Case("negative", "appointment/payment dates and years (not DOB/expiry)")
    d, m = R.randint(1, 28), R.randint(1, 12)
    c.t("customer", ch(["can i move my appointment to the %s of %s" % (ORD[d], month_name(m)),
                        "The payment on %02d/%02d/2025 bounced" % (d, m),
                        "i've been waiting since %s %s" % (month_name(m), year_words(R.randint(2020, 2025)))]))
    c.t("agent", ch(["sure i can do %s the %s at %s thirty" % (month_name(m), ORD[R.randint(1, 28)], two_words(R.randint(1, 11), ["oh"])),
                     "Your next payment is due %d %s." % (R.randint(1, 28), month_name(R.randint(1, 12)).title()),
                     "the engineer visit is booked for %s %s between eight and one" % (month_name(m), ORD[d])]))
    return c


NEG = [n_order_like_card, n_order_like_card, n_reference_back_forth, n_amounts, n_times, n_last4, n_last4,
       n_meter, n_travel, n_roads, n_misc_numbers, n_serial_model, n_policy_spelled, n_appointment]

POS_PLAN = [(p_card_chat, 14), (p_card_asr_split, 16), (p_card_correction, 10), (p_card_for_other, 8),
            (p_card_transfer, 6), (p_card_last4_then_full, 6), (p_cvv_expiry, 6),
            (p_ssn, 30), (p_ni, 30), (p_bank, 14), (p_us_bank, 6), (p_iban, 14), (p_phone, 16),
            (p_email, 14), (p_dob, 12), (p_address, 16), (p_verification_combo, 8)]
N_NEG = 112


def generate():
    recs, metas, cases = [], [], []
    pos = []
    for fn, k in POS_PLAN:
        for _ in range(k):
            pos.append(fn())
    R.shuffle(pos)
    neg = [ch(NEG)() for _ in range(N_NEG)]
    for i, c in enumerate(pos, 1):
        r, m = c.build("h468-pos-%03d" % i)
        recs.append(r)
        metas.append((m, c))
    for i, c in enumerate(neg, 1):
        r, m = c.build("h468-neg-%03d" % i)
        recs.append(r)
        metas.append((m, c))
    text = "".join(json.dumps(r, ensure_ascii=False, sort_keys=False) + "\n" for r in recs)
    return text, recs, metas


def counts(recs):
    cnt = Counter(s["type"] for r in recs for s in r["spans"])
    return cnt


def check(text, recs, metas):
    errs = []
    if not os.path.exists(OUT):
        return ["missing " + OUT]
    with open(OUT, "r", encoding="utf-8") as f:
        disk = f.read()
    if disk != text:
        errs.append("cases.jsonl is not byte-identical to regenerated output")
    loaded = [json.loads(l) for l in disk.splitlines()]
    ids = [r["id"] for r in loaded]
    if len(ids) != len(set(ids)):
        errs.append("duplicate ids")
    for r, (meta, case) in zip(recs, metas):
        if r["kind"] == "negative" and r["spans"]:
            errs.append("%s: negative with spans" % r["id"])
        if r["kind"] == "positive" and not r["spans"]:
            errs.append("%s: positive without spans" % r["id"])
        for t in r["turns"]:
            if t["speaker"] not in ("customer", "agent"):
                errs.append("%s: bad speaker" % r["id"])
        for typ, full in case.values:
            if not validate_full(typ, full):
                errs.append("%s: invalid %s value %r" % (r["id"], typ, full))
        by_turn = {}
        for s, m in zip(r["spans"], meta):
            if s["type"] not in TYPES:
                errs.append("%s: bad type" % r["id"])
            t = r["turns"][s["turn"]]["text"]
            st, en = s["start"], s["end"]
            if not (0 <= st < en <= len(t)):
                errs.append("%s: span out of range" % r["id"])
                continue
            if (st > 0 and t[st - 1].isalnum()) or (en < len(t) and t[en].isalnum()):
                errs.append("%s: span not on word boundary %r" % (r["id"], t[st:en]))
            if not t[st].isalnum() or not t[en - 1].isalnum():
                errs.append("%s: span edge not letter/digit %r" % (r["id"], t[st:en]))
            by_turn.setdefault(s["turn"], []).append((st, en))
            try:
                ok = check_span_text(s["type"], t[st:en], m.canon)
            except ValueError as e:
                ok = False
                errs.append("%s: %s" % (r["id"], e))
            if not ok:
                errs.append("%s: span %r does not normalise to %r" % (r["id"], t[st:en], m.canon))
            if not m.wrong and s["type"] not in ("DOB", "EXPIRY", "ADDRESS"):
                if not any(typ == s["type"] and m.canon in full for typ, full in case.values):
                    errs.append("%s: span canon %r not part of a registered value" % (r["id"], m.canon))
        for tv, lst in by_turn.items():
            lst.sort()
            for a, b in zip(lst, lst[1:]):
                if b[0] < a[1]:
                    errs.append("%s: overlapping spans" % r["id"])
    npos = sum(1 for r in loaded if r["kind"] == "positive")
    nneg = sum(1 for r in loaded if r["kind"] == "negative")
    cnt = counts(loaded)
    if npos < 200 or nneg < 100:
        errs.append("too few cases: %d pos %d neg" % (npos, nneg))
    mins = {t: 10 for t in TYPES}
    mins.update({"CARD_NUMBER": 70, "SSN": 30, "NI_NUMBER": 30})
    for t, k in mins.items():
        if cnt[t] < k:
            errs.append("too few %s spans: %d < %d" % (t, cnt[t], k))
    return errs


def main():
    text, recs, metas = generate()
    if "--check" in sys.argv[1:]:
        errs = check(text, recs, metas)
        for e in errs[:50]:
            print("ERROR:", e)
        if errs:
            print("%d errors" % len(errs))
            sys.exit(1)
        cnt = counts(recs)
        print("OK: %d cases (%d positive, %d negative)" % (len(recs), sum(r["kind"] == "positive" for r in recs),
                                                         sum(r["kind"] == "negative" for r in recs)))
        for t in TYPES:
            print("  %-13s %d" % (t, cnt[t]))
        return
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    print("wrote %d cases to %s" % (len(recs), OUT))


if __name__ == "__main__":
    main()

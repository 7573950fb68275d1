#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set h152.

Written by an AI helper acting as an independent author (it never saw the
redaction code).  Standard library only.  Output is byte-for-byte
reproducible from the seed below.

    python scripts/make_pii_holdout152.py          # write fixture + README
    python scripts/make_pii_holdout152.py --check  # regenerate and verify
"""
from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

SEED = 152241124
ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "tests" / "fixtures" / "pii_holdout152"
CASES = OUT_DIR / "cases.jsonl"
README = OUT_DIR / "README.md"

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

R = random.Random(SEED)

# ---------------------------------------------------------------- segments


class S:
    """A labelled segment: text, type, canonical chars, value-group key."""

    def __init__(self, text, typ, canon, group=None):
        self.text, self.typ, self.canon, self.group = text, typ, canon, group


_gid = [0]


def newgroup():
    _gid[0] += 1
    return "g%d" % _gid[0]


def seg(text, typ, canon, group=None):
    return S(text, typ, canon, group or newgroup())


CASE_META = {}  # id -> list of (type, canon, group) in span order


def build(kind, note, turns):
    """turns: list of (speaker, [str | S, ...])."""
    out_turns, spans, meta = [], [], []
    for ti, (spk, parts) in enumerate(turns):
        text = ""
        for p in parts:
            if isinstance(p, S):
                start = len(text)
                text += p.text
                spans.append({"turn": ti, "start": start, "end": len(text), "type": p.typ})
                meta.append((p.typ, p.canon, p.group))
            else:
                text += p
        out_turns.append({"speaker": spk, "text": text})
    return {"kind": kind, "turns": out_turns, "spans": spans, "note": note}, meta


# ---------------------------------------------------------------- spoken forms

UNIT_W = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEEN_W = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
          "seventeen", "eighteen", "nineteen"]
TENS_W = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy",
          8: "eighty", 9: "ninety"}
NATO = {"A": "alpha", "B": "bravo", "C": "charlie", "D": "delta", "E": "echo",
        "F": "foxtrot", "G": "golf", "H": "hotel", "I": "india", "J": "juliet",
        "K": "kilo", "L": "lima", "M": "mike", "N": "november", "O": "oscar",
        "P": "papa", "Q": "quebec", "R": "romeo", "S": "sierra", "T": "tango",
        "U": "uniform", "V": "victor", "W": "whiskey", "X": "xray", "Y": "yankee",
        "Z": "zulu"}
FOR_WORDS = {"A": "apple", "B": "bravo", "C": "charlie", "D": "david", "E": "edward",
             "G": "george", "H": "harry", "J": "john", "K": "king", "L": "london",
             "M": "mother", "N": "nancy", "P": "peter", "R": "robert", "S": "sugar",
             "T": "tommy", "W": "william", "X": "xray", "Y": "yellow", "Z": "zebra"}
LETTER_NAMES = {"B": "bee", "C": "see", "J": "jay", "K": "kay", "P": "pea",
                "R": "are", "T": "tea", "Y": "why", "Z": "zed", "X": "ex", "S": "ess",
                "H": "aitch", "G": "gee", "M": "em", "N": "en", "L": "el"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth",
       7: "seventh", 8: "eighth", 9: "ninth", 10: "tenth", 11: "eleventh",
       12: "twelfth", 13: "thirteenth", 14: "fourteenth", 15: "fifteenth",
       16: "sixteenth", 17: "seventeenth", 18: "eighteenth", 19: "nineteenth",
       20: "twentieth", 30: "thirtieth"}


def ordinal(n):
    if n in ORD:
        return ORD[n]
    return TENS_W[n // 10] + " " + ORD[n % 10]


def zero_word(uk):
    return R.choice(["oh", "oh", "zero", "o", "nought"] if uk else ["oh", "oh", "zero", "zero", "o"])


def digits_words(d, uk=False, doubles=True, homo=False):
    """Digit-by-digit, with optional double/triple and ASR homophones."""
    z = zero_word(uk)
    words, i = [], 0
    while i < len(d):
        c = d[i]
        run = 1
        while i + run < len(d) and d[i + run] == c and run < 3:
            run += 1
        w = z if c == "0" else UNIT_W[int(c)]
        if homo and c == "2" and R.random() < 0.3:
            w = "to"
        if homo and c == "8" and R.random() < 0.3:
            w = "ate"
        if doubles and run == 3 and R.random() < 0.8:
            words.append("triple " + (z if c == "0" else UNIT_W[int(c)]))
            i += 3
        elif doubles and run >= 2 and R.random() < 0.75:
            words.append("double " + (z if c == "0" else UNIT_W[int(c)]))
            i += 2
        else:
            words.append(w)
            i += 1
    return " ".join(words)


def pair_word(p):
    a, b = int(p[0]), int(p[1])
    if a == 1:
        return TEEN_W[b]
    return TENS_W[a] + ("" if b == 0 else " " + UNIT_W[b])


def pairs_ok(g):
    """Group can be read as pairs: even length, no pair starts with 0 or ends in 0."""
    if len(g) % 2:
        return False
    for k in range(0, len(g), 2):
        if g[k] == "0" or (g[k + 1] == "0" and g[k] != "1"):
            return False
    return True


def say_group(g, uk=False, homo=False):
    if len(g) == 4 and g[0] != "0" and g[2:] == "00" and R.random() < 0.7:
        return pair_word(g[:2]) + " hundred"
    if pairs_ok(g) and R.random() < 0.45:
        return " ".join(pair_word(g[k:k + 2]) for k in range(0, len(g), 2))
    return digits_words(g, uk=uk, homo=homo)


def say_digits(d, sizes=None, uk=False, homo=False, fillers=False):
    groups = chunk(d, sizes) if sizes else [d]
    ws = []
    for k, g in enumerate(groups):
        ws.append(say_group(g, uk=uk, homo=homo))
        if fillers and k < len(groups) - 1 and R.random() < 0.25:
            ws.append(R.choice(["um", "uh", "er", "erm"]))
    return " ".join(ws)


def chunk(d, sizes):
    out, i = [], 0
    for s in sizes:
        if d[i:i + s]:
            out.append(d[i:i + s])
        i += s
    if i < len(d):
        out.append(d[i:])
    return out


def say_letter(c, style=None):
    style = style or R.choice(["plain", "plain", "nato", "for", "name"])
    if style == "nato":
        return NATO[c]
    if style == "for" and c in FOR_WORDS:
        return "%s for %s" % (c.lower(), FOR_WORDS[c])
    if style == "name" and c in LETTER_NAMES:
        return LETTER_NAMES[c]
    return c.lower()


# ---------------------------------------------------------------- normaliser

UNITS = {w: str(i) for i, w in enumerate(UNIT_W)}
UNITS.update({"oh": "0", "o": "0", "nought": "0", "nil": "0", "to": "2", "ate": "8"})
TEENS = {w: str(10 + i) for i, w in enumerate(TEEN_W)}
TENS = {v: str(k) for k, v in TENS_W.items()}
NATO_R = {v: k for k, v in NATO.items()}
NAME_R = {v: k for k, v in LETTER_NAMES.items()}
ORD_R = {}
for _n in range(1, 32):
    ORD_R[ordinal(_n)] = "%02d" % _n
MONTH_R = {m: "M%02d" % (i + 1) for i, m in enumerate(MONTHS)}
MONTH_R.update({m[:3]: "M%02d" % (i + 1) for i, m in enumerate(MONTHS)})
MONTH_R["sept"] = "M09"
FILLER = {"um", "uh", "er", "erm", "dash", "hyphen", "space", "slash", "and", "of",
          "the", "then", "plus", "yeah"}
CORR = {"sorry", "no", "wait", "mean", "actually", "i"}


def normalise(text, date=False):
    """Spoken or typed value -> canonical upper-case chars, or None."""
    toks = re.findall(r"[a-z0-9]+", text.lower())
    out = []
    corr_at = None
    pad_next = False
    i = 0
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        piece = None
        if t in CORR and not (t == "i" and nxt not in CORR):
            if corr_at is None:
                corr_at = len("".join(out))
            i += 1
            continue
        if t in ("double", "triple"):
            n = 2 if t == "double" else 3
            v = UNITS.get(nxt)
            if v is None:
                return None
            piece = v * n
            i += 2
        elif t == "hundred":
            piece = "00"
            i += 1
        elif t == "thousand":
            piece = "0"
            pad_next = True
            i += 1
            out.append(piece)
            continue
        elif t in FILLER:
            i += 1
            continue
        elif t in TENS:
            if nxt in UNITS and nxt not in ("zero", "oh", "o", "nought", "nil", "to", "ate"):
                piece = TENS[t] + UNITS[nxt]
                i += 2
            else:
                piece = TENS[t] + "0"
                i += 1
        elif t in TEENS:
            piece = TEENS[t]
            i += 1
        elif t in ORD_R:
            piece = ORD_R[t]
            i += 1
        elif t in TENS and False:
            pass
        elif t in UNITS and not (t == "o" and False):
            piece = UNITS[t]
            i += 1
        elif t in MONTH_R and (date or t not in NATO_R):
            piece = MONTH_R[t]
            i += 1
        elif t in NATO_R:
            piece = NATO_R[t]
            i += 1
        elif t in NAME_R:
            piece = NAME_R[t]
            i += 1
        elif len(t) == 1 and t.isalpha():
            piece = t.upper()
            if nxt == "for" and i + 2 < len(toks):
                i += 3
            else:
                i += 1
        elif re.fullmatch(r"[a-z0-9]+", t) and re.search(r"\d", t):
            piece = t.upper()
            i += 1
        elif re.fullmatch(r"[a-z]{2,4}", t) and t.upper() == t.upper():
            # typed letter groups such as 'ab' in 'AB 12 34 56 C' or IBAN bank codes
            piece = t.upper()
            i += 1
        else:
            return None
        # handle composite ordinals 'twenty first' already in ORD_R via two tokens
        if pad_next:
            piece = piece.zfill(2)
            pad_next = False
        out.append(piece)
    if pad_next:
        out.append("00")
    s = "".join(out)
    if corr_at is not None:
        before, after = s[:corr_at], s[corr_at:]
        if len(after) > len(before):
            return None
        s = before[:len(before) - len(after)] + after
    return s


def normalise_date(text):
    t = re.sub(r"(\d+)(st|nd|rd|th)\b", lambda m: m.group(1).zfill(2), text.lower())
    # join two-token ordinals like 'twenty first'
    for n in range(21, 32):
        if n % 10:
            t = t.replace(ordinal(n), "%d" % n)
    for n in (20, 30):
        t = t.replace(ordinal(n), "%d" % n)
    return normalise(t, date=True)


EMAIL_MAP = {"at": "@", "dot": ".", "underscore": "_", "dash": "-", "hyphen": "-"}


def normalise_email(text):
    t = text.strip().lower()
    if "@" in t:
        return t
    toks = t.split()
    out, i = [], 0
    while i < len(toks):
        w = toks[i]
        if w in EMAIL_MAP:
            out.append(EMAIL_MAP[w])
        elif w in ("double", "triple") and i + 1 < len(toks):
            n = 2 if w == "double" else 3
            nx = toks[i + 1]
            out.append((UNITS.get(nx) or nx) * n)
            i += 1
        elif w in UNITS and w not in ("o", "to", "ate"):
            out.append(UNITS[w])
        else:
            out.append(w)
        i += 1
    return "".join(out)


# ---------------------------------------------------------------- validators


def luhn_ok(d):
    s = 0
    for i, c in enumerate(reversed(d)):
        v = int(c)
        if i % 2:
            v *= 2
            if v > 9:
                v -= 9
        s += v
    return s % 10 == 0


def iban_ok(s):
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    n = "".join(str(int(c, 36)) for c in r)
    return int(n) % 97 == 1


NI_RE = re.compile(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]")
UK_PC = re.compile(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}")
STREET_WORDS = {"street", "road", "avenue", "lane", "drive", "close", "way", "crescent",
                "court", "place", "terrace", "boulevard", "ave", "st", "rd", "blvd",
                "grove", "gardens", "park", "square", "hill", "row", "strasse", "straat",
                "rue", "calle", "walk", "mews", "parade", "circle", "ln", "dr"}


def valid(typ, canon):
    c = canon
    if typ == "CARD_NUMBER":
        return c.isdigit() and 13 <= len(c) <= 19 and luhn_ok(c)
    if typ == "CVV":
        return c.isdigit() and len(c) in (3, 4)
    if typ == "EXPIRY":
        m = re.fullmatch(r"(?:M(\d\d)|(\d\d))(\d{2}|\d{4})", c)
        if not m:
            return False
        mon = int(m.group(1) or m.group(2))
        yr = int(m.group(3)[-2:])
        return 1 <= mon <= 12 and 24 <= yr <= 36
    if typ == "SSN":
        return c.isdigit() and len(c) == 9 and c[:3] not in ("000", "666") and c[0] != "9"
    if typ == "NI_NUMBER":
        return bool(NI_RE.fullmatch(c))
    if typ == "BANK_ACCOUNT":
        return c.isdigit() and 6 <= len(c) <= 12
    if typ == "SORT_CODE":
        return c.isdigit() and len(c) == 6
    if typ == "IBAN":
        return iban_ok(c)
    if typ == "PHONE":
        return c.isdigit() and 10 <= len(c) <= 15
    if typ == "EMAIL":
        return bool(re.fullmatch(r"[a-z0-9._+-]+@[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}", c))
    if typ == "DOB":
        return bool(re.search(r"(19[3-9]\d|200\d)$", c) or re.match(r"(19[3-9]\d|200\d)\d{4}$", c))
    if typ == "POSTCODE":
        return bool(UK_PC.fullmatch(c)) or bool(re.fullmatch(r"\d{5}(\d{4})?", c)) \
            or bool(re.fullmatch(r"[A-Z](\d{2}|6W)[A-Z\d]{4}", c))
    if typ == "ADDRESS":
        return canon == "ADDR"
    return False


def span_canon(typ, text):
    if typ == "EMAIL":
        return normalise_email(text)
    if typ in ("DOB", "EXPIRY"):
        return normalise_date(text)
    if typ == "ADDRESS":
        ws = re.findall(r"[a-z]+", text.lower())
        has_num = bool(re.search(r"\d", text)) or any(w in UNITS or w in TEENS or w in TENS for w in ws)
        return "ADDR" if has_num and any(w in STREET_WORDS for w in ws) else None
    return normalise(text)


# ---------------------------------------------------------------- value makers


def luhn_complete(prefix, length):
    d = prefix + "".join(R.choice("0123456789") for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(d + c):
            return d + c


def new_card(kind=None):
    kind = kind or R.choice(["visa", "visa", "mc", "mc", "amex", "disc"])
    if kind == "visa":
        return luhn_complete("4" + R.choice(["539", "111", "929", "462", "024", "716"]), 16), [4, 4, 4, 4]
    if kind == "mc":
        return luhn_complete(R.choice(["51", "52", "53", "54", "55", "2221", "2720"]), 16), [4, 4, 4, 4]
    if kind == "amex":
        return luhn_complete(R.choice(["34", "37"]), 15), [4, 6, 5]
    return luhn_complete("6011", 16), [4, 4, 4, 4]


def new_ssn():
    a = R.randint(100, 665) if R.random() < 0.5 else R.randint(667, 899)
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


NI_A = "ABCEGHJKLMNPRSTWXYZ"
NI_B = "ABCEGHJKLMNPRSTWXYZ"


def new_ni():
    while True:
        p = R.choice(NI_A) + R.choice(NI_B)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + "".join(R.choice("0123456789") for _ in range(6)) + R.choice("ABCD")


def rdig(n, first_nonzero=False):
    s = "".join(R.choice("0123456789") for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = R.choice("123456789") + s[1:]
    return s


def make_iban(cc, bban):
    n = "".join(str(int(c, 36)) for c in bban + cc + "00")
    chk = 98 - int(n) % 97
    return "%s%02d%s" % (cc, chk, bban)


def new_iban():
    cc = R.choice(["GB", "IE", "DE", "FR", "NL", "ES", "IE", "GB"])
    if cc == "GB":
        bban = R.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + rdig(6) + rdig(8)
    elif cc == "IE":
        bban = R.choice(["AIBK", "BOFI", "IPBS"]) + rdig(6) + rdig(8)
    elif cc == "DE":
        bban = rdig(18)
    elif cc == "FR":
        bban = rdig(10) + "".join(R.choice("ABCDEFGHJKLMNPRSTXYZ0123456789") for _ in range(11)) + rdig(2)
    elif cc == "NL":
        bban = R.choice(["ABNA", "RABO", "INGB"]) + rdig(10)
    else:
        bban = rdig(20)
    return make_iban(cc, bban)


def group4(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


UK_PCS = ["SW1A 2AA", "M1 1AE", "B33 8TH", "CR2 6XH", "DN55 1PT", "LS6 3HN", "EH1 2NG",
          "G12 8QQ", "CF10 3NQ", "BS8 1TH", "NE1 7RU", "L18 2EP", "BT7 1NN",
          "SE15 4RB", "N16 7HT", "E17 9PL", "PL4 8AA", "NR2 4SX", "YO31 7EP", "W1T 4JE", "HU5 3LP",
          "EC1V 9HX", "CB4 2JJ", "S10 2TN", "RG1 8BT", "BN3 5RE", "TW9 2LN", "KT6 7EH"]
US_ZIPS = ["94110", "10027", "60614", "30309", "02139", "78704", "98103", "85004",
           "33139", "80206", "19104", "55408", "97214", "27514", "48104", "20009",
           "73301", "02108", "11215", "37203"]
IE_EIR = ["D02 X285", "D6W F2X7", "T12 K8AF", "H91 E2K3", "V94 T9PX"]
UK_STREETS = ["acacia avenue", "station road", "church lane", "victoria street",
              "mill lane", "park road", "the crescent", "windsor close", "kings drive",
              "orchard way", "high street", "elm grove", "queens terrace", "albert road",
              "meadow close", "chapel street", "beech avenue", "cromwell road"]
US_STREETS = ["maple street", "oak avenue", "elm st", "washington blvd", "sunset drive",
              "lakeview ave", "pine street", "cedar lane", "main st", "hillcrest road",
              "2nd avenue", "river road", "park place", "willow ln"]
TOWNS_UK = ["leeds", "bristol", "manchester", "cardiff", "norwich", "york", "reading",
            "brighton", "sheffield", "glasgow"]
TOWNS_US = ["austin", "denver", "portland", "atlanta", "chicago", "seattle", "phoenix",
            "boston"]
US_ZIP_TOWN = [("94110", "san francisco"), ("10027", "new york"), ("60614", "chicago"),
               ("30309", "atlanta"), ("78704", "austin"), ("98103", "seattle"), ("85004", "phoenix"),
               ("80206", "denver"), ("97214", "portland"), ("02108", "boston"), ("19104", "philadelphia"),
               ("55408", "minneapolis")]
UK_PC_TOWN = [("LS6 3HN", "leeds"), ("BS8 1TH", "bristol"), ("M1 1AE", "manchester"),
              ("CF10 3NQ", "cardiff"), ("NR2 4SX", "norwich"), ("YO31 7EP", "york"),
              ("RG1 8BT", "reading"), ("BN3 5RE", "hove"), ("S10 2TN", "sheffield"),
              ("G12 8QQ", "glasgow"), ("EH1 2NG", "edinburgh"), ("NE1 7RU", "newcastle"),
              ("L18 2EP", "liverpool"), ("CB4 2JJ", "cambridge"), ("E17 9PL", "london"),
              ("PL4 8AA", "plymouth")]
FIRST = ["john", "sarah", "mike", "priya", "liam", "aoife", "tom", "emma", "raj",
         "grace", "daniel", "chloe", "sean", "maria", "kevin", "laura", "ahmed", "niamh",
         "olivia", "james", "fatima", "peter", "hannah", "luca"]
LAST = ["smith", "doyle", "patel", "oconnor", "brennan", "jones", "murphy", "walsh",
        "nguyen", "garcia", "taylor", "kelly", "hughes", "byrne", "evans", "khan",
        "morgan", "fischer", "dubois", "rossi"]
DOMAINS = [("gmail", "com"), ("yahoo", "co.uk"), ("hotmail", "com"), ("outlook", "com"),
           ("icloud", "com"), ("eircom", "net"), ("btinternet", "com"), ("aol", "com"),
           ("protonmail", "com"), ("web", "de"), ("orange", "fr")]

INDUSTRY = ["banking", "telecom", "utilities", "retail", "insurance", "travel",
            "healthcare billing", "government services"]
BACK = ["mhm", "okay", "yep", "go on", "okay go on", "right", "uh huh", "got it", "yeah",
        "mm hm", "okay and", "sure"]


def back():
    return R.choice(BACK)


def ind():
    return R.choice(INDUSTRY)


# ---------------------------------------------------------------- renderers
# each returns (text, canon)


def r_card_call(d, sizes, uk):
    g = chunk(d, sizes)
    ws = []
    for k, x in enumerate(g):
        ws.append(say_group(x, uk=uk, homo=True))
        if k < len(g) - 1 and R.random() < 0.12:
            ws.append(R.choice(["um", "uh", "er"]))
    return " ".join(ws), d


def r_card_chat(d, sizes):
    style = R.choice(["space", "dash", "none", "space", "odd", "dot"])
    g = chunk(d, sizes)
    if style == "space":
        return " ".join(g), d
    if style == "dash":
        return "-".join(g), d
    if style == "dot":
        return ".".join(g), d
    if style == "odd":
        k = R.choice([3, 5, 6])
        return " ".join(d[i:i + k] for i in range(0, len(d), k)), d
    return d, d


def new_expiry():
    return R.randint(1, 12), R.randint(26, 33)


def r_expiry(m, y, call, uk):
    if call:
        st = R.choice(["num", "num", "month", "pair"])
        if st == "num":
            mm = "%02d" % m
            mtxt = (zero_word(uk) + " " + UNIT_W[m]) if m < 10 else pair_word(mm)
            return "%s %s" % (mtxt, pair_word("%02d" % y)), "%02d%02d" % (m, y)
        if st == "month":
            long_y = R.random() < 0.5
            yt = ("twenty " if long_y else "") + pair_word("%02d" % y)
            ycanon = ("20%02d" % y) if long_y else "%02d" % y
            return "%s %s" % (MONTHS[m - 1], yt), "M%02d%s" % (m, ycanon)
        return "%s slash %s" % (digits_words("%02d" % m, uk), digits_words("%02d" % y, uk)), "%02d%02d" % (m, y)
    st = R.choice(["slash", "slash", "dash", "long", "word"])
    if st == "slash":
        return "%02d/%02d" % (m, y), "%02d%02d" % (m, y)
    if st == "dash":
        return "%02d-%02d" % (m, y), "%02d%02d" % (m, y)
    if st == "long":
        return "%02d/20%02d" % (m, y), "%02d20%02d" % (m, y)
    return "%s 20%02d" % (MONTHS[m - 1][:3].capitalize(), y), "M%02d20%02d" % (m, y)


def r_cvv(c, call, uk):
    if call:
        return digits_words(c, uk=uk, doubles=R.random() < 0.5), c
    return c, c


def r_ssn_call(s):
    st = R.choice(["groups", "flat", "pairs"])
    if st == "flat":
        return digits_words(s, doubles=True), s
    if st == "pairs":
        return "%s %s %s" % (digits_words(s[:3]), say_group(s[3:5]), say_group(s[5:])), s
    return "%s %s %s" % (digits_words(s[:3]), digits_words(s[3:5]), digits_words(s[5:])), s


def r_ssn_chat(s):
    st = R.choice(["dash", "dash", "space", "none", "dot"])
    if st == "dash":
        return "%s-%s-%s" % (s[:3], s[3:5], s[5:]), s
    if st == "space":
        return "%s %s %s" % (s[:3], s[3:5], s[5:]), s
    if st == "dot":
        return "%s.%s.%s" % (s[:3], s[3:5], s[5:]), s
    return s, s


def r_ni_call(n):
    st = R.choice(["plain", "mixed", "pairs", "nato"])
    if st == "nato":
        let = [say_letter(n[0], "nato"), say_letter(n[1], "nato")]
        suf = say_letter(n[8], "nato")
    elif st == "mixed":
        let = [say_letter(n[0]), say_letter(n[1])]
        suf = say_letter(n[8])
    else:
        let = [n[0].lower(), n[1].lower()]
        suf = n[8].lower()
    body = n[2:8]
    if st == "pairs" and pairs_ok(body):
        mid = " ".join(pair_word(body[k:k + 2]) for k in (0, 2, 4))
    else:
        mid = " ".join(digits_words(body[k:k + 2], uk=True) for k in (0, 2, 4))
    return "%s %s %s %s" % (let[0], let[1], mid, suf), n


def r_ni_chat(n):
    st = R.choice(["spaced", "tight", "lower", "dashed", "tightspace"])
    if st == "spaced":
        return "%s %s %s %s %s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8]), n
    if st == "tight":
        return n, n
    if st == "lower":
        return n.lower(), n
    if st == "dashed":
        return "%s-%s-%s-%s-%s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8]), n
    return "%s %s %s" % (n[:2], n[2:8], n[8]), n


def r_sort(s, call):
    if call:
        st = R.choice(["pairs", "digits", "dash"])
        if st == "pairs":
            return " ".join(say_group(s[k:k + 2], uk=True) for k in (0, 2, 4)), s
        if st == "dash":
            return " dash ".join(digits_words(s[k:k + 2], uk=True) for k in (0, 2, 4)), s
        return digits_words(s, uk=True), s
    st = R.choice(["dash", "dash", "space", "none"])
    sep = {"dash": "-", "space": " ", "none": ""}[st]
    return sep.join(s[k:k + 2] for k in (0, 2, 4)), s


def r_acct(a, call, uk=True):
    if call:
        if R.random() < 0.5:
            return say_digits(a, [4, 4, 4], uk=uk), a
        return digits_words(a, uk=uk), a
    return R.choice([a, a, group4(a)]), a


def new_phone(region):
    if region == "uk_mob":
        return "07" + R.choice(["700", "812", "939", "456", "528"]) + rdig(6), [5, 6]
    if region == "uk_land":
        return "0" + R.choice(["113", "117", "161", "121", "141", "131"]) + rdig(7), [4, 3, 4]
    if region == "us":
        return R.choice(["415", "212", "312", "617", "512", "206"]) + rdig(3, True).replace("0", "4", 1) + rdig(4), [3, 3, 4]
    if region == "ie":
        return "08" + R.choice(["3", "5", "6", "7"]) + rdig(7), [3, 3, 4]
    if region == "intl_uk":
        return "447" + R.choice(["700", "812", "939"]) + rdig(6), [2, 4, 6]
    if region == "intl_ie":
        return "3538" + R.choice(["3", "5", "7"]) + rdig(7), [3, 2, 3, 4]
    return "49" + "15" + rdig(9), [2, 3, 8]


def r_phone_chat(p, sizes, region):
    g = chunk(p, sizes)
    if region.startswith("intl"):
        st = R.choice(["plus", "plus", "00"])
        pre = "+" if st == "plus" else "00"
        return pre + g[0] + " " + " ".join(g[1:]), (p if st == "plus" else "00" + p)
    if region == "de":
        return "+" + " ".join(g), p
    if region == "us":
        st = R.choice(["paren", "dash", "dot", "plain"])
        if st == "paren":
            return "(%s) %s-%s" % tuple(g), p
        if st == "dash":
            return "-".join(g), p
        if st == "dot":
            return ".".join(g), p
        return p, p
    return R.choice([" ".join(g), p, "-".join(g)]), p


def r_phone_call(p, sizes, region):
    uk = region.startswith("uk") or region.endswith("uk") or region in ("ie", "intl_ie")
    g = chunk(p, sizes)
    txt = " ".join(say_group(x, uk=uk) for x in g)
    return txt, p


def new_email():
    f, l = R.choice(FIRST), R.choice(LAST)
    dom, tld = R.choice(DOMAINS)
    st = R.choice(["f.l", "fl", "f_l", "fl99", "f.l.num", "initial"])
    num = str(R.randint(1, 99))
    local = {"f.l": f + "." + l, "fl": f + l, "f_l": f + "_" + l, "fl99": f + l + num,
             "f.l.num": f + "." + l + num, "initial": f[0] + "." + l}[st]
    return local, dom, tld


def r_email_chat(local, dom, tld):
    e = "%s@%s.%s" % (local, dom, tld)
    if R.random() < 0.25:
        e2 = e[0].upper() + e[1:]
        return e2, e
    return e, e


def r_email_call(local, dom, tld):
    parts = []
    for piece in re.findall(r"[a-z]+|\d+|[._]", local):
        if piece == ".":
            parts.append("dot")
        elif piece == "_":
            parts.append("underscore")
        elif piece.isdigit():
            parts.append(" ".join(UNIT_W[int(c)] for c in piece))
        elif len(piece) > 3 and R.random() < 0.3:
            parts.append(" ".join(piece))
        else:
            parts.append(piece)
    txt = " ".join(parts) + " at " + dom + " dot " + " dot ".join(tld.split("."))
    return txt, "%s@%s.%s" % (local, dom, tld)


def new_dob():
    return R.randint(1938, 2005), R.randint(1, 12), R.randint(1, 28)


def say_year(y):
    if y >= 2000:
        return "two thousand" + ("" if y == 2000 else " and " + UNIT_W[y - 2000] if y < 2010 else " " + pair_word(str(y)[2:]))
    return pair_word(str(y)[:2]) + " " + (pair_word(str(y)[2:]) if str(y)[2] != "0" else "oh " + UNIT_W[int(str(y)[3])])


def r_dob(y, m, d, call, us=False):
    if call:
        st = R.choice(["uk", "uk", "us", "num"])
        if st == "uk":
            return "%s of %s %s" % (ordinal(d), MONTHS[m - 1], say_year(y)), "%02dM%02d%d" % (d, m, y)
        if st == "us":
            return "%s %s %s" % (MONTHS[m - 1], ordinal(d), say_year(y)), "M%02d%02d%d" % (m, d, y)
        a, b = (m, d) if us else (d, m)
        aw = (("oh " + UNIT_W[a]) if a < 10 else pair_word("%02d" % a))
        bw = (("oh " + UNIT_W[b]) if b < 10 else pair_word("%02d" % b))
        return "%s %s %s" % (aw, bw, say_year(y)), "%02d%02d%d" % (a, b, y)
    st = R.choice(["slash", "slash", "dash", "text", "dot"])
    a, b = (m, d) if us else (d, m)
    if st == "slash":
        return "%02d/%02d/%d" % (a, b, y), "%02d%02d%d" % (a, b, y)
    if st == "dash":
        return "%d-%02d-%02d" % (y, m, d), "%d%02d%02d" % (y, m, d)
    if st == "dot":
        return "%d.%d.%d" % (a, b, y), "%d%d%d" % (a, b, y)
    suffix = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}.get(d, "th")
    return "%d%s %s %d" % (d, suffix, MONTHS[m - 1].capitalize(), y), "%02dM%02d%d" % (d, m, y)


def r_postcode(pc, call):
    if not call:
        st = R.choice(["as", "lower", "nospace"])
        return {"as": pc, "lower": pc.lower(), "nospace": pc.replace(" ", "")}[st], pc.replace(" ", "")
    out = []
    for c in pc.replace(" ", ""):
        if c.isdigit():
            out.append(zero_word(True) if c == "0" else UNIT_W[int(c)])
        else:
            out.append(say_letter(c, "nato" if c in "OI" else R.choice(["plain", "plain", "plain", "nato", "for"])))
    return " ".join(out), pc.replace(" ", "")


def r_zip(z, call):
    if call:
        return digits_words(z, doubles=R.random() < 0.5), z
    return z, z


def new_address(us):
    n = R.randint(2, 240) if not us else R.randint(12, 4890)
    street = R.choice(US_STREETS if us else UK_STREETS)
    if street == "the crescent":
        street = "park crescent"
    return n, street


def say_house(n):
    if n < 10:
        return UNIT_W[n]
    if n < 20:
        return TEEN_W[n - 10]
    if n < 100:
        return pair_word(str(n))
    s = str(n)
    if len(s) == 3:
        return UNIT_W[int(s[0])] + " " + (pair_word(s[1:]) if s[1] != "0" else "oh " + UNIT_W[int(s[2])])
    return pair_word(s[:2]) + " " + (pair_word(s[2:]) if s[2] != "0" else "oh " + UNIT_W[int(s[3])])


def r_address(n, street, call):
    if call:
        full = {"st": "street", "ave": "avenue", "blvd": "boulevard", "ln": "lane", "2nd": "second"}
        street = " ".join(full.get(w, w) for w in street.split())
        return "%s %s" % (say_house(n), street), "ADDR"
    st = R.choice(["cap", "lower", "flat"])
    if st == "cap":
        return "%d %s" % (n, street.title()), "ADDR"
    if st == "flat":
        unit = "Apt" if street in US_STREETS else "Flat"
        return "%s %d, %d %s" % (unit, R.randint(1, 12), n, street.title()), "ADDR"
    return "%d %s" % (n, street), "ADDR"


# ---------------------------------------------------------------- positive templates
A, C = "agent", "customer"


def amount_words():
    return R.choice(["forty two pounds fifty", "a hundred and twelve euro", "sixty dollars",
                     "three hundred and nine pounds", "twenty four ninety nine",
                     "eighty seven euro forty", "one thousand two hundred dollars"])


def p_card_call_single():
    uk = R.random() < 0.5
    d, sz = new_card()
    t, c = r_card_call(d, sz, uk)
    pre = R.choice(["yeah it's ", "okay so it's ", "right ", "um ", "the number is ", "it's a visa "])
    m, y = new_expiry()
    et, ec = r_expiry(m, y, True, uk)
    cv = rdig(4 if len(d) == 15 else 3)
    ct, cc = r_cvv(cv, True, uk)
    turns = [
        (A, ["so that's " + amount_words() + " today what's the long number on the card"]),
        (C, [pre, seg(t, "CARD_NUMBER", c)]),
        (A, ["thank you and the expiry date"]),
        (C, [R.choice(["", "it's ", "uh "]), seg(et, "EXPIRY", ec)]),
        (A, ["and the " + R.choice(["three digits on the back", "security code", "cvv", "last three on the signature strip"])]),
        (C, [R.choice(["", "it's ", "that's "]), seg(ct, "CVV", cc)]),
    ]
    return "call/%s: card read in one turn (spoken groups, doubles, homophones), expiry and CVV in later turns next to an amount" % ind(), turns


def p_card_call_split():
    uk = R.random() < 0.5
    d, sz = new_card()
    grp = newgroup()
    g = chunk(d, sz)
    turns = [(A, [R.choice(["go ahead with the card number when you're ready",
                            "can i take the sixteen digit number please",
                            "okay and the card number"])])]
    for k, x in enumerate(g):
        lead = R.choice(["", "", "right ", "uh ", "okay "]) if k == 0 else R.choice(["", "", "then "])
        turns.append((C, [lead, seg(say_group(x, uk=uk), "CARD_NUMBER", x, grp)]))
        if k < len(g) - 1:
            if R.random() < 0.35:
                turns.append((A, [seg(say_group(x, uk=uk), "CARD_NUMBER", x, newgroup() + "rb"), " " + back()]))
            else:
                turns.append((A, [back()]))
    turns.append((A, ["lovely and the expiry"]))
    m, y = new_expiry()
    et, ec = r_expiry(m, y, True, uk)
    turns.append((C, [seg(et, "EXPIRY", ec), R.choice(["", " i think", " yeah"])]))
    return "call/%s: card split group by group across customer turns, partial agent read-backs labelled" % ind(), turns


def p_card_chat():
    d, sz = new_card()
    t, c = r_card_chat(d, sz)
    m, y = new_expiry()
    et, ec = r_expiry(m, y, False, False)
    cv = rdig(4 if len(d) == 15 else 3)
    style = R.random()
    price = R.choice(["£45.99", "$129.00", "€74.50", "£1,250", "$18.75"])
    if style < 0.5:
        turns = [(A, ["Please enter the card details to pay the %s balance." % price]),
                 (C, ["card ", seg(t, "CARD_NUMBER", c), R.choice([" exp ", ", expiry ", " valid thru ", " exp: "]),
                      seg(et, "EXPIRY", ec), R.choice([" cvv ", ", cvc ", " sec code ", " CVV: "]), seg(cv, "CVV", cv)])]
    else:
        turns = [(C, ["hi i want to pay my bill of %s " % price, R.choice(["my card is ", "card no. ", "use card "]),
                      seg(t, "CARD_NUMBER", c)]),
                 (A, ["Thanks. What is the expiry date and security code?"]),
                 (C, [seg(et, "EXPIRY", ec), " and ", seg(cv, "CVV", cv)])]
    return "chat/%s: typed card with varied grouping, expiry and CVV, next to a price" % ind(), turns


def p_card_correction():
    uk = R.random() < 0.5
    d, sz = new_card("visa")
    g = chunk(d, sz)
    k = len(g) - 1
    wrong = g[k][:3] + str((int(g[k][3]) + 1) % 10)
    parts = []
    for j, x in enumerate(g):
        if j == k:
            parts.append(digits_words(wrong, uk) + R.choice([" sorry ", " no sorry ", " no wait ", " i mean "]) + digits_words(x, uk))
        else:
            parts.append(digits_words(x, uk))
    t = " ".join(parts)
    turns = [(A, ["and the card you'd like to use"]),
             (C, ["it's ", seg(t, "CARD_NUMBER", d)]),
             (A, ["let me read that back ", seg(" ".join(digits_words(x, uk) for x in g), "CARD_NUMBER", d), " is that right"])]
    turns.append((C, ["yes that's it"]))
    return "call/%s: card with mid-number self-correction in one span, full agent read-back" % ind(), turns


def p_card_beside_ref():
    d, sz = new_card()
    call = R.random() < 0.5
    ref = rdig(8, True)
    if call:
        t, c = r_card_call(d, sz, True)
        turns = [(C, ["my order number is ", digits_words(ref), " and i want to pay the rest on card"]),
                 (A, ["no problem go ahead"]),
                 (C, [seg(t, "CARD_NUMBER", c), " it's in my husband's name is that okay"])]
    else:
        t, c = r_card_chat(d, sz)
        turns = [(C, ["Order #%s - paying remaining £%d.%02d with " % (ref, R.randint(5, 300), R.randint(0, 99)),
                      seg(t, "CARD_NUMBER", c)])]
    return "%s/retail: card number right beside an 8-digit order number (order number not PII)" % ("call" if call else "chat"), turns


def zipseg(call):
    z = R.choice(US_ZIPS)
    t, c = r_zip(z, call)
    return seg(t, "POSTCODE", c)


def p_ssn_call():
    s = new_ssn()
    if R.random() < 0.5:
        t, c = r_ssn_call(s)
        turns = [(A, ["for verification can i get your social security number"]),
                 (C, [R.choice(["sure it's ", "yeah ", "okay ", "um it's "]), seg(t, "SSN", c)]),
                 (A, ["thank you and your zip code"]),
                 (C, [R.choice(["", "it's "]), zipseg(True)])]
    else:
        grp = newgroup()
        turns = [(A, ["i'll need the social to pull up the %s account" % R.choice(["medicaid", "billing", "checking", "claim"])]),
                 (C, ["okay ", seg(digits_words(s[:3]), "SSN", s[:3], grp)]),
                 (A, [back()]),
                 (C, [seg(digits_words(s[3:5]), "SSN", s[3:5], grp)]),
                 (A, [back()]),
                 (C, [seg(say_group(s[5:]), "SSN", s[5:], grp), R.choice(["", " that's it", " um yeah"])])]
    return "call/%s: US SSN spoken (groups or split across turns)" % R.choice(["healthcare billing", "banking", "government services", "insurance"]), turns


def p_ssn_chat():
    s = new_ssn()
    t, c = r_ssn_chat(s)
    y, m, d = new_dob()
    dt, dc = r_dob(y, m, d, False, us=True)
    if R.random() < 0.5:
        turns = [(A, ["To verify, please provide your SSN and date of birth."]),
                 (C, [R.choice(["ssn ", "SSN: ", "social ", "my ss# is "]), seg(t, "SSN", c),
                      R.choice([" dob ", ", DOB: ", " born "]), seg(dt, "DOB", dc)])]
    else:
        turns = [(C, ["I got a letter about claim 20%s. My social security number is " % rdig(6), seg(t, "SSN", c)]),
                 (A, ["Thanks, I see the claim."])]
    return "chat/%s: typed SSN with varied separators (next to DOB or claim number)" % R.choice(["healthcare billing", "government services", "insurance", "banking"]), turns


def p_ni_call():
    n = new_ni()
    if R.random() < 0.55:
        t, c = r_ni_call(n)
        turns = [(A, ["and can you confirm your national insurance number"]),
                 (C, [R.choice(["yeah it's ", "right it's ", "hang on it's ", ""]), seg(t, "NI_NUMBER", c)]),
                 (A, ["thanks"])]
    else:
        grp = newgroup()
        l1 = "%s %s" % (say_letter(n[0]), say_letter(n[1]))
        turns = [(A, ["what's your national insurance number"]),
                 (C, [seg(l1, "NI_NUMBER", n[:2], grp)]),
                 (A, [back()]),
                 (C, [seg(" ".join(digits_words(n[k:k + 2], True) for k in (2, 4, 6)), "NI_NUMBER", n[2:8], grp)]),
                 (A, ["and the letter at the end"]),
                 (C, [seg(say_letter(n[8]), "NI_NUMBER", n[8], grp)])]
    return "call/government services: UK NI number spoken (NATO, 'x for word', letter-name homophones, split)", turns


def p_ni_chat():
    n = new_ni()
    t, c = r_ni_chat(n)
    turns = [(C, [R.choice(["my NI number is ", "NINO: ", "ni no ", "national insurance "]), seg(t, "NI_NUMBER", c),
                  R.choice(["", " thanks", ". I'm on universal credit since 2021", " - ref UC%s" % rdig(6)])])]
    if R.random() < 0.4:
        turns.insert(0, (A, ["Can you give me your National Insurance number please?"]))
    return "chat/government services: typed NI number (spacing, case, dashes)", turns


def p_bank_call():
    s = rdig(6)
    a = rdig(8)
    st, sc = r_sort(s, True)
    at, ac = r_acct(a, True)
    if R.random() < 0.5:
        turns = [(A, ["what's the sort code for the account the direct debit comes from"]),
                 (C, [seg(st, "SORT_CODE", sc)]),
                 (A, ["and the account number"]),
                 (C, [R.choice(["", "it's ", "okay "]), seg(at, "BANK_ACCOUNT", ac)])]
    else:
        grp = newgroup()
        turns = [(A, ["can i take your bank details"]),
                 (C, ["sort code ", seg(st, "SORT_CODE", sc), " account ", seg(digits_words(a[:4], True), "BANK_ACCOUNT", a[:4], grp)]),
                 (A, [back()]),
                 (C, [seg(digits_words(a[4:], True), "BANK_ACCOUNT", a[4:], grp)])]
    return "call/%s: UK sort code and 8-digit account spoken" % R.choice(["utilities", "banking", "insurance", "telecom"]), turns


def p_bank_chat():
    s = rdig(6)
    a = rdig(8) if R.random() < 0.6 else rdig(R.choice([10, 12]), True)
    st, sc = r_sort(s, False)
    at, ac = r_acct(a, False)
    if len(a) == 8:
        turns = [(C, ["Please refund the £%d.%02d to sort code " % (R.randint(10, 400), R.randint(0, 99)), seg(st, "SORT_CODE", sc),
                      R.choice([" acc ", " account no ", ", a/c "]), seg(at, "BANK_ACCOUNT", ac)])]
    else:
        turns = [(A, ["What checking account should the refund go to?"]),
                 (C, [R.choice(["acct# ", "account number ", "its "]), seg(at, "BANK_ACCOUNT", ac), " at chase"])]
    return "chat/banking: typed account number (with sort code or US checking) next to a refund amount", turns


def p_iban():
    ib = new_iban()
    call = R.random() < 0.45
    if call:
        out = []
        for k in range(0, len(ib), 4):
            g = ib[k:k + 4]
            ws = []
            for ch in g:
                if ch.isdigit():
                    ws.append(zero_word(True) if ch == "0" else UNIT_W[int(ch)])
                else:
                    ws.append(say_letter(ch, "nato" if ch in "OI" else R.choice(["plain", "plain", "nato"])))
            out.append(" ".join(ws))
        t = " ".join(out)
        turns = [(A, ["and the iban for the refund"]),
                 (C, [R.choice(["okay it's ", "right ", ""]), seg(t, "IBAN", ib)]),
                 (A, ["thanks that'll take three to five working days"])]
        return "call/%s: IBAN spoken letter by letter" % R.choice(["travel", "banking", "insurance"]), turns
    t = R.choice([group4(ib), ib, group4(ib).lower()])
    turns = [(C, [R.choice(["my IBAN is ", "IBAN: ", "please send it to "]), seg(t, "IBAN", ib),
                  R.choice(["", " thanks", " for the deposit refund of 250 EUR"])])]
    return "chat/%s: typed IBAN (%s)" % (R.choice(["travel", "banking", "retail"]), ib[:2]), turns


def p_phone():
    region = R.choice(["uk_mob", "uk_land", "us", "ie", "intl_uk", "intl_ie", "de", "uk_mob", "us"])
    p, sz = new_phone(region)
    call = R.random() < 0.55
    if call:
        if R.random() < 0.5:
            t, c = r_phone_call(p, sz, region)
            turns = [(A, ["what's the best number to reach you on"]),
                     (C, [R.choice(["it's ", "my mobile is ", "you can get me on ", ""])
                          + ("plus " if region.startswith("intl") or region == "de" else ""), seg(t, "PHONE", c),
                          R.choice(["", " after six", " any time after half five"])])]
        else:
            grp = newgroup()
            g = chunk(p, sz)
            turns = [(A, ["and a contact number"])]
            if region.startswith("intl") or region == "de":
                turns.append((C, ["plus ", seg(say_group(g[0], uk=True), "PHONE", g[0], grp)]))
            else:
                turns.append((C, [seg(say_group(g[0], uk=True), "PHONE", g[0], grp)]))
            for x in g[1:]:
                turns.append((A, [back()]))
                turns.append((C, [seg(say_group(x, uk=True), "PHONE", x, grp)]))
        return "call/%s: phone number spoken (%s)" % (ind(), region), turns
    t, c = r_phone_chat(p, sz, region)
    lead = R.choice(["call me on ", "my number is ", "mob: ", "tel ", "reach me at "])
    if t.startswith("("):
        lead, t = lead + "(", t[1:]
    turns = [(C, [lead, seg(t, "PHONE", c),
                  R.choice(["", " between 9 and 5", " pls", " after 6pm"])])]
    return "chat/%s: typed phone number (%s)" % (ind(), region), turns


def p_email():
    local, dom, tld = new_email()
    if R.random() < 0.55:
        t, c = r_email_call(local, dom, tld)
        turns = [(A, ["can i get an email address for the confirmation"]),
                 (C, [R.choice(["yeah it's ", "it's ", "sure ", ""]), seg(t, "EMAIL", c)]),
                 (A, [R.choice(["perfect", "lovely", "thanks"])])]
        return "call/%s: e-mail spoken with 'dot'/'at'/'underscore'" % ind(), turns
    t, c = r_email_chat(local, dom, tld)
    turns = [(C, [R.choice(["email is ", "send it to ", "my email: ", "pls use "]), seg(t, "EMAIL", c),
                  R.choice(["", " thanks", " not the old one"])])]
    return "chat/%s: typed e-mail" % ind(), turns


def dob_lead(t):
    w = t.split()[0]
    if w in ORD_R or " of " in t:
        return R.choice(["it's the ", "the ", "yeah the "])
    return R.choice(["it's ", "", "um "])


def p_dob():
    y, m, d = new_dob()
    call = R.random() < 0.6
    us = R.random() < 0.4
    t, c = r_dob(y, m, d, call, us)
    if call:
        turns = [(A, ["and your date of birth please"]),
                 (C, [dob_lead(t), seg(t, "DOB", c)])]
        if R.random() < 0.4:
            turns.append((A, ["thanks and you're %s now is that right" % R.choice(["forty three", "sixty", "thirty one"])]))
        return "call/%s: date of birth spoken (ordinal or numeric, year as words)" % ind(), turns
    turns = [(C, [R.choice(["DOB ", "date of birth: ", "born ", "d.o.b. "]), seg(t, "DOB", c),
                  R.choice(["", " - policy renews 01/04/2027", " and I'm 2 months behind"])])]
    return "chat/%s: typed date of birth" % ind(), turns


def p_address():
    us = R.random() < 0.4
    n, street = new_address(us)
    call = R.random() < 0.55
    at, ac = r_address(n, street, call)
    if us:
        z, town = R.choice(US_ZIP_TOWN)
        zt, zc = r_zip(z, call)
        turns = [(A, ["what's the billing address"]),
                 (C, [seg(at, "ADDRESS", ac), (" " if call else ", "), town, (" " if call else " "), seg(zt, "POSTCODE", zc)])]
    else:
        pc, town = R.choice(UK_PC_TOWN)
        pt, pcc = r_postcode(pc, call)
        if call and R.random() < 0.5:
            turns = [(A, ["can i take the first line of the address"]),
                     (C, [seg(at, "ADDRESS", ac)]),
                     (A, ["and the postcode"]),
                     (C, [seg(pt, "POSTCODE", pcc)])]
        else:
            turns = [(C, ["I moved to ", seg(at, "ADDRESS", ac), ", " if not call else " ", town,
                          ", " if not call else " ", seg(pt, "POSTCODE", pcc)])]
    return "%s/%s: street address with %s" % ("call" if call else "chat", ind(), "ZIP" if us else "UK postcode"), turns


def p_postcode_only():
    if R.random() < 0.3:
        pc = R.choice(IE_EIR)
        t = pc if R.random() < 0.5 else pc.lower()
        turns = [(A, ["And your Eircode?"]), (C, [seg(t, "POSTCODE", pc.replace(" ", ""))])]
        return "chat/utilities: Irish Eircode", turns
    pc = R.choice(UK_PCS)
    t, c = r_postcode(pc, True)
    turns = [(A, ["can you confirm the postcode on the account"]),
             (C, [R.choice(["yeah it's ", "", "it's "]), seg(t, "POSTCODE", c), R.choice(["", " same as before"])])]
    return "call/%s: UK postcode spoken with letters/NATO" % ind(), turns


def p_verify_combo():
    y, m, d = new_dob()
    dt, dc = r_dob(y, m, d, True, False)
    pc = R.choice(UK_PCS)
    pt, pcc = r_postcode(pc, True)
    p, sz = new_phone("uk_mob")
    ph, phc = r_phone_call(p, sz, "uk_mob")
    turns = [(A, ["before i can discuss the bill of %s i need to verify your date of birth postcode and mobile" % amount_words()]),
             (C, ["okay " + dob_lead(dt), seg(dt, "DOB", dc), " then ", seg(pt, "POSTCODE", pcc), " and the mobile is ", seg(ph, "PHONE", phc)])]
    return "call/%s: three values in one turn (DOB, postcode, mobile) after an amount" % ind(), turns


def p_multi_card_ni():
    n = new_ni()
    nt, nc = r_ni_call(n)
    d, sz = new_card()
    ct, cc = r_card_call(d, sz, True)
    turns = [(A, ["i've got your national insurance number as ", seg(nt, "NI_NUMBER", nc), " is that right"]),
             (C, ["yes"]),
             (A, ["and you want to pay the overpayment of " + amount_words() + " by card"]),
             (C, ["yeah card is ", seg(ct, "CARD_NUMBER", cc)])]
    return "call/government services: agent reads NI number back, then customer gives card", turns


def p_ssn_card_us():
    s = new_ssn()
    st, sc = r_ssn_call(s)
    d, sz = new_card()
    ct, cc = r_card_call(d, sz, False)
    turns = [(C, ["my social is ", seg(st, "SSN", sc), " and i'd like to pay the copay with ", seg(ct, "CARD_NUMBER", cc)]),
             (A, ["thank you, that's twenty five dollars processed"])]
    return "call/healthcare billing: SSN and card in the same customer turn", turns


POS_TEMPLATES = [
    (p_card_call_single, 18), (p_card_call_split, 12), (p_card_chat, 16), (p_card_correction, 6),
    (p_card_beside_ref, 6), (p_ssn_call, 16), (p_ssn_chat, 14), (p_ni_call, 16), (p_ni_chat, 12),
    (p_bank_call, 10), (p_bank_chat, 8), (p_iban, 15), (p_phone, 18), (p_email, 15), (p_dob, 14),
    (p_address, 20), (p_postcode_only, 6), (p_verify_combo, 6), (p_multi_card_ni, 5), (p_ssn_card_us, 5),
]


# ---------------------------------------------------------------- negative templates


def sfx(d):
    return d, {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}.get(d, "th")


def n_ref_call():
    kind = R.choice(["order number", "ticket number", "claim number", "reference number",
                     "case number", "booking reference", "invoice number", "complaint reference"])
    n = rdig(R.choice([7, 8, 9, 10]), True)
    turns = [(A, ["have you got the %s there" % kind]),
             (C, ["yeah it's " + say_digits(n, [4, 4, 2], uk=True)]),
             (A, ["thanks so that's " + digits_words(n, uk=True) + " let me pull that up"])]
    return "call/%s: %d-digit %s read digit by digit and read back (not PII)" % (ind(), len(n), kind), turns


def n_ref_chat():
    kind = R.choice(["Order #", "Ticket ", "Claim no. ", "Ref: ", "Invoice INV-", "Case ", "PO ", "Tracking "])
    if kind == "Tracking ":
        n = "1Z%s%s%s" % (rdig(3), R.choice(["E9", "AA", "X4"]), rdig(10))
        n = "1Z" + rdig(3) + "E9" + rdig(8)
    elif kind == "Invoice INV-":
        n = "2026-%s" % rdig(6)
    else:
        n = rdig(R.choice([8, 9, 10]), True)
    turns = [(C, ["Hi, still waiting on %s%s, it's been %d days" % (kind, n, R.randint(3, 21))]),
             (A, ["Sorry about that. I can see %s%s was dispatched on %d %s." % (kind, n, R.randint(1, 28), R.choice(MONTHS).capitalize())])]
    return "chat/retail: reference/tracking numbers with their names, plus dispatch date (not PII)", turns


def n_amount_digits():
    pounds = R.randint(1000, 9999)
    p = str(pounds)
    turns = [(A, ["your outstanding balance is " + " ".join(UNIT_W[int(c)] for c in p) + " pounds and " + pair_word("%02d" % R.randint(11, 99)) + " pence"]),
             (C, ["sorry " + " ".join(UNIT_W[int(c)] for c in p) + "? that can't be right"]),
             (A, ["yes " + say_group(p) + " that includes the " + R.choice(["late fee", "reconnection charge", "annual premium"])])]
    return "call/%s: balance amount read digit by digit (not PII)" % R.choice(["utilities", "banking", "telecom"]), turns


def n_hours():
    o1, o2 = R.choice([("eight", "eight"), ("eight", "six"), ("nine", "five thirty"), ("seven thirty", "nine")])
    cb = R.choice(["seven fifteen", "ten past nine", "half four", "quarter to six", "eleven forty five"])
    turns = [(C, ["what time are you open till"]),
             (A, ["we're open %s till %s monday to friday nine till five on saturday and ten to four on sundays" % (o1, o2)]),
             (C, ["okay so if i ring back at %s tomorrow" % cb]),
             (A, ["yes %s is fine the average wait is about %s minutes" % (cb, R.choice(["twelve", "four", "twenty", "forty five"]))])]
    if R.random() < 0.5:
        turns = [(C, ["What are your opening hours?"]),
                 (A, ["Mon-Fri 08:00-20:00, Sat 09:00-17:00, Sun 10:00-16:00. Live chat 24/7."]),
                 (C, ["ok thanks, I'll call back at %d:%02d" % (R.randint(8, 19), R.choice([0, 15, 30, 45]))])]
    return "%s/telecom: opening hours and times that look like digit strings (not PII)" % ("call" if len(turns) == 4 else "chat"), turns


def n_model_serial():
    model = R.choice(["WM%d%s" % (R.randint(1000, 9999), R.choice(["X", "B", "S"])), "HX-%d" % R.randint(1000, 9999),
                      "KDL-%dW%d" % (R.randint(32, 65), R.randint(600, 999)), "SM-G%d" % R.randint(900, 999)])
    serial = rdig(R.choice([8, 9, 10]), True)
    if R.random() < 0.5:
        spoken_model = " ".join(UNIT_W[int(ch)] if ch.isdigit() else ch.lower() for ch in model if ch != "-")
        turns = [(A, ["can you read me the model and serial number off the sticker"]),
                 (C, ["model is %s and the serial is %s" % (spoken_model, digits_words(serial))]),
                 (A, ["thanks that's still under the two year warranty"])]
        ch = "call"
    else:
        turns = [(C, ["My %s (model %s, serial no. %s) stopped working after 14 months" % (R.choice(["washer", "TV", "phone", "router"]), model, serial)]),
                 (A, ["Thanks, serial %s is covered until March 2027." % serial])]
        ch = "chat"
    return "%s/retail: model and serial numbers (not PII)" % ch, turns


def n_meter():
    r1 = rdig(5, True)
    r2 = rdig(5, True)
    if R.random() < 0.5:
        turns = [(A, ["can i take a meter reading while you're on"]),
                 (C, ["yeah the electric is " + digits_words(r1, uk=True) + " and gas is " + digits_words(r2, uk=True)]),
                 (A, ["lovely that's about three hundred and forty kilowatt hours since march"])]
        ch = "call"
    else:
        turns = [(C, ["meter reading %s (day) %s (night), meter serial %s" % (r1, r2, "E" + rdig(2) + "Z" + rdig(6))]),
                 (A, ["Thanks! Your next bill will be issued on 12/%02d/2026." % R.randint(1, 12)])]
        ch = "chat"
    return "%s/utilities: meter readings and meter serial (not PII)" % ch, turns


def n_appointment():
    d = R.randint(1, 28)
    mo = R.choice(MONTHS)
    if R.random() < 0.5:
        turns = [(A, ["i've booked the engineer for the %s of %s between eight and one" % (ordinal(d), mo)]),
                 (C, ["the %s that's a %s yeah" % (ordinal(d), R.choice(["tuesday", "friday", "monday"]))]),
                 (A, ["yes and your payment of %s will go out on the first of %s" % (amount_words(), R.choice(MONTHS))])]
        ch = "call"
    else:
        turns = [(A, ["Your appointment is confirmed for %02d/%02d/2026 at 14:30. Direct debit of £%d.%02d collected on %02d/%02d/2026." %
                      (d, R.randint(1, 12), R.randint(10, 99), R.randint(0, 99), R.randint(1, 28), R.randint(1, 12))])]
        ch = "chat"
    return "%s/%s: appointment and payment dates (not birth dates)" % (ch, R.choice(["telecom", "healthcare billing", "utilities"])), turns


def n_last_four():
    l4 = rdig(4)
    if R.random() < 0.5:
        turns = [(A, ["is that the visa ending " + digits_words(l4) + " you want to use"]),
                 (C, ["yes the one ending " + digits_words(l4)]),
                 (A, ["great " + amount_words() + " has been taken"])]
        ch = "call"
    else:
        turns = [(A, ["We'll refund £%d.%02d to the card ending in %s within 5-7 working days." % (R.randint(5, 500), R.randint(0, 99), l4)]),
                 (C, ["perfect, the one ending %s is still active" % l4])]
        ch = "chat"
    return "%s/banking: card last-four mentions only (not a full card)" % ch, turns


def n_flight():
    fl = R.choice(["BA", "EI", "FR", "LH", "AA", "UA"]) + str(R.randint(100, 9999))
    turns = [(C, ["I'm on flight %s on the %d%s, seat %d%s, and I need to change it" % (fl, *sfx(R.randint(1, 28)), R.randint(1, 40), R.choice("ABCDEF"))]),
             (A, ["Flight %s departs at %02d:%02d from terminal %d. Change fee is €%d." % (fl, R.randint(5, 22), R.choice([5, 10, 35, 50]), R.randint(1, 5), R.randint(30, 90))])]
    if R.random() < 0.5:
        sp = " ".join(fl[:2].lower()) + " " + digits_words(fl[2:])
        turns = [(C, ["i'm booked on %s tomorrow at half six" % sp]),
                 (A, ["yes %s gate closes thirty minutes before and you're in room four one two at the airport hotel" % sp])]
        return "call/travel: flight number, time, hotel room number (not PII)", turns
    return "chat/travel: flight number, seat, terminal, fee (not PII)", turns


def n_speeds_data():
    turns = [(A, ["you're on the %d meg package at %s pounds a month with %d gig of data" % (R.choice([36, 67, 150, 500, 900]), pair_word("%02d" % R.randint(21, 59)), R.choice([30, 100, 120]))]),
             (C, ["i'm only getting about " + pair_word("%02d" % R.randint(11, 29)) + " megabits and the router model is " + " ".join(("tg" + str(R.randint(500, 799)))) ]),
             (A, ["okay it's been %d percent slower since the twelfth, i'll raise fault %s" % (R.randint(20, 70), digits_words(rdig(8, True)))])]
    return "call/telecom: speeds, data allowances, percentages, fault reference (not PII)", turns


def n_ages_temps():
    turns = [(C, ["my mum is %s and the heating's been off for %s days, it's %s degrees in the house" % (R.choice(["eighty four", "seventy nine", "ninety one"]), R.choice(["three", "four", "two"]), R.choice(["eleven", "nine", "twelve"]))]),
             (A, ["i'm so sorry we've prioritised it engineer will be there by four thirty and it's %s for the call out" % R.choice(["no charge", "free"])])]
    return "call/utilities: ages, temperatures, durations, times (not PII)", turns


def n_years_contract():
    y = R.randint(2015, 2025)
    turns = [(C, ["I've been a customer since %d, contract started %02d/%02d/%d and ends in %d" % (y, R.randint(1, 28), R.randint(1, 12), y + 1, y + 3)]),
             (A, ["Thanks. You're %d months into a 24 month term; early exit fee would be £%d.%02d." % (R.randint(2, 23), R.randint(50, 400), R.randint(0, 99))])]
    return "chat/telecom: years, contract start date, term lengths, fee (not PII)", turns


def n_policy_numbers():
    pol = "%s-%s-%s" % (R.choice(["POL", "HM", "MTR"]), rdig(4), rdig(4))
    turns = [(A, ["Your policy %s renews on %d %s; premium £%d.%02d, excess £%d." % (pol, R.randint(1, 28), R.choice(MONTHS).capitalize(), R.randint(200, 900), R.randint(0, 99), R.choice([100, 250, 350]))]),
             (C, ["ok and claim CLM%s is still open?" % rdig(7)])]
    if R.random() < 0.5:
        num = rdig(8, True)
        turns = [(A, ["your policy number is " + " ".join(c.lower() for c in pol.split("-")[0]) + " " + digits_words(num, uk=True)]),
                 (C, ["got it and the excess is still two hundred and fifty"]),
                 (A, ["yes and the renewal is on the " + ordinal(R.randint(1, 28)) + " of " + R.choice(MONTHS)])]
        return "call/insurance: policy number read digit by digit, excess, renewal date (not PII)", turns
    return "chat/insurance: policy and claim numbers, renewal date, premium (not PII)", turns


def n_quantities():
    turns = [(C, ["I ordered %d boxes of %d and only %d arrived, total was $%d.%02d" % (R.randint(2, 12), R.choice([24, 48, 100]), R.randint(1, 3), R.randint(20, 900), R.randint(0, 99))]),
             (A, ["Sorry! Replacement of %d units dispatched, ETA %d-%d business days, RMA %s." % (R.randint(1, 12), R.randint(1, 3), R.randint(4, 7), rdig(9, True))])]
    return "chat/retail: quantities, totals, RMA number (not PII)", turns


def n_long_amount_call():
    amt = R.randint(10000, 99999)
    s = str(amt)
    rest = int(s[2:])
    tail = ""
    if rest >= 100:
        tail = " " + UNIT_W[rest // 100] + " hundred" + ("" if rest % 100 == 0 else " and " + (UNIT_W[rest % 100] if rest % 100 < 10 else pair_word("%02d" % (rest % 100))))
    turns = [(A, ["the loan balance is " + pair_word(s[:2]) + " thousand" + tail + " pounds"]),
             (C, ["and how much is the monthly payment"]),
             (A, ["three hundred and " + pair_word("%02d" % R.randint(21, 99)) + " pounds on the " + ordinal(R.randint(1, 28)) + " of each month at " + R.choice(["four point nine", "six point two", "seven point four"]) + " percent"])]
    return "call/banking: loan balance, monthly payment, payment day, interest rate (not PII)", turns


def n_extension_queue():
    turns = [(A, ["you're number " + R.choice(["four", "seven", "twelve"]) + " in the queue estimated wait " + R.choice(["eighteen", "twenty five"]) + " minutes"]),
             (C, ["i've been waiting forty minutes already and called three times since the ninth"]),
             (A, ["sorry about that i've logged it under complaint " + say_digits(rdig(7, True), [3, 4], uk=True)])]
    return "call/telecom: queue position, wait times, counts, complaint reference (not PII)", turns


def n_room_hotel():
    turns = [(C, ["We're in room %d for %d nights from %d/%d, confirmation %s, rate €%d per night" % (R.randint(100, 999), R.randint(2, 9), R.randint(1, 28), R.randint(1, 12), rdig(10, True), R.randint(80, 300))]),
             (A, ["Thanks, booking %s shows check-out at 11:00 on the %d%s." % (rdig(10, True), *sfx(R.randint(1, 28)))])]
    return "chat/travel: room number, nights, 10-digit confirmation/booking numbers (not PII)", turns


def n_prescription():
    turns = [(A, ["your statement %s shows %d visits totalling $%d.%02d, patient responsibility is %d percent" % (rdig(9, True), R.randint(2, 9), R.randint(100, 3000), R.randint(0, 99), R.choice([10, 20, 30]))]),
             (C, ["ok and the date of service was %02d/%02d/2026?" % (R.randint(1, 12), R.randint(1, 28))]),
             (A, ["Yes, CPT code 99213, and the next payment of $%d is due on the 15th." % R.randint(20, 200)])]
    return "chat/healthcare billing: statement number, service date, procedure code, amounts (not PII)", turns


def n_tax_year():
    turns = [(A, ["for the tax year twenty twenty four to twenty twenty five you overpaid " + amount_words()]),
             (C, ["so the refund comes by the " + ordinal(R.randint(1, 28)) + " of " + R.choice(MONTHS)]),
             (A, ["within five weeks and your tax code is " + R.choice(["twelve five seven oh l", "one two five seven l", "k four seventy five"])])]
    return "call/government services: tax years, refund amount, tax code (not PII)", turns


def n_digits_amount_card_pay():
    turns = [(A, ["Payment of £%d.%02d received on %02d/%02d/2026, receipt %s, thank you." % (R.randint(10, 999), R.randint(0, 99), R.randint(1, 28), R.randint(1, 12), rdig(10, True))]),
             (C, ["Great. Auth code was %s I think" % rdig(6)]),
             (A, ["Correct, authorisation %s, transaction ID TXN%s." % (rdig(6), rdig(9))])]
    return "chat/retail: receipt number, auth code, transaction id, payment date (not PII)", turns


def n_phone_like_ref():
    n = "0" + rdig(9)
    turns = [(A, ["your mandate reference is " + say_digits(n, [5, 5], uk=True) + " and the first collection is " + amount_words()]),
             (C, ["mandate reference " + say_digits(n, [5, 5], uk=True) + " okay written down"])]
    return "call/utilities: 10-digit mandate reference starting with zero (phone-shaped, not PII)", turns


def n_version_ip():
    turns = [(C, ["router firmware %d.%d.%d, it drops every %d mins, line test ref %s" % (R.randint(1, 9), R.randint(0, 20), R.randint(0, 99), R.randint(5, 40), rdig(8, True))]),
             (A, ["Thanks - firmware %d.%d.%d is due an update on %d %s between 2am and 6am." % (R.randint(1, 9), R.randint(0, 20), R.randint(0, 99), R.randint(1, 28), R.choice(MONTHS).capitalize())])]
    return "chat/telecom: firmware versions, durations, test reference, maintenance window (not PII)", turns


NEG_TEMPLATES = [
    (n_ref_call, 10), (n_ref_chat, 8), (n_amount_digits, 6), (n_hours, 5), (n_model_serial, 7),
    (n_meter, 7), (n_appointment, 7), (n_last_four, 7), (n_flight, 6), (n_speeds_data, 4),
    (n_ages_temps, 3), (n_years_contract, 4), (n_policy_numbers, 6), (n_quantities, 4),
    (n_long_amount_call, 4), (n_extension_queue, 3), (n_room_hotel, 4), (n_prescription, 4),
    (n_tax_year, 3), (n_digits_amount_card_pay, 4), (n_phone_like_ref, 4), (n_version_ip, 3),
]


# ---------------------------------------------------------------- driver


def generate():
    R.seed(SEED)
    _gid[0] = 0
    CASE_META.clear()
    cases = []
    pos = []
    for fn, n in POS_TEMPLATES:
        for _ in range(n):
            pos.append(fn)
    R.shuffle(pos)
    for i, fn in enumerate(pos, 1):
        note, turns = fn()
        c, meta = build("positive", note, turns)
        cid = "h152-pos-%03d" % i
        CASE_META[cid] = meta
        cases.append(dict(id=cid, **c))
    neg = []
    for fn, n in NEG_TEMPLATES:
        for _ in range(n):
            neg.append(fn)
    R.shuffle(neg)
    for i, fn in enumerate(neg, 1):
        note, turns = fn()
        c, meta = build("negative", note, turns)
        assert not meta
        cid = "h152-neg-%03d" % i
        CASE_META[cid] = meta
        cases.append(dict(id=cid, **c))
    out = []
    for c in cases:
        out.append(json.dumps({"id": c["id"], "kind": c["kind"], "turns": c["turns"],
                               "spans": c["spans"], "note": c["note"]}, ensure_ascii=False))
    return "\n".join(out) + "\n", cases


def counts(cases):
    per = {t: 0 for t in TYPES}
    for c in cases:
        for s in c["spans"]:
            per[s["type"]] += 1
    return per


def readme(cases):
    per = counts(cases)
    npos = sum(1 for c in cases if c["kind"] == "positive")
    nneg = len(cases) - npos
    rows = "\n".join("| %s | %d |" % (t, per[t]) for t in TYPES)
    return README_TMPL.format(npos=npos, nneg=nneg, rows=rows, total=sum(per.values()))


README_TMPL = """# PII hold-out set h152

**Never use this set for tuning.** It is a held-out evaluation set: do not
look at individual failures to adjust rules, thresholds or word lists.

## Who wrote it and how

Written by an AI helper acting as an independent author. The author did not
see the redaction code, its tests, its documentation, the benchmark script or
any other PII fixture (only a three-line example of the JSONL format). Cases
are produced by `scripts/make_pii_holdout152.py` from template functions; each
turn is assembled from plain-text segments and labelled (value, TYPE) segments,
so all offsets are computed, never typed. All values come from one seeded
`random.Random(152241124)`; the output is byte-for-byte reproducible.

    python scripts/make_pii_holdout152.py          # writes cases.jsonl and this README
    python scripts/make_pii_holdout152.py --check  # regenerates and validates

`--check` verifies the file is identical to a fresh generation, ids are
unique, spans are in range, on word boundaries and non-overlapping, and every
value is valid after normalising spoken forms (Luhn for cards, mod-97 for
IBANs, NI format, 9 digits for SSN, 6 for sort codes, digit counts for
CVV/phone/account, UK postcode / US ZIP / Eircode shapes, date shapes).

## Contents

{npos} positive cases, {nneg} negative cases, {total} labelled spans.

| type | spans |
|---|---|
{rows}

Channels: chat (typed; varied separators, case, grouping) and calls written
as an ASR transcript (lower case, little punctuation, numbers as words, "oh" /
"o" / "nought" / "zero", "double" / "triple", pairs such as "forty one
eleven", "nineteen hundred", letters as plain letters, NATO words, "b for
bravo" style and letter-name homophones such as "bee", "see", "why", "are";
ASR homophones "to" for two and "ate" for eight inside card readings).
Industries: banking, telecom, utilities, retail, insurance, travel,
healthcare billing, government services; UK, US, Ireland and EU values.

## Annotation conventions

* A span covers only the value: the first to the last word/character of the
  value itself. Lead-ins ("it's", "my card is", "the"), labels ("exp", "cvv",
  "SSN:") and trailing words are outside the span.
* Fillers inside a reading ("um", "uh") that sit between the digit groups are
  inside the span. A self-correction inside a reading ("four five three two
  sorry four five three three") is one span covering the abandoned and the
  corrected digits.
* A value split over several customer turns (with agent back-channels such as
  "mhm" / "go on" in between) is labelled as one span per turn; back-channel
  turns carry no span.
* Agent read-backs of a value (full or partial) are labelled with the same
  type.
* ADDRESS is the street line (house/flat number plus street name); town names
  are not labelled; the postcode / ZIP / Eircode is a separate POSTCODE span.
* DOB spans cover day, month and year (not "the" before an ordinal). EXPIRY
  spans cover month and year. CVV spans cover the 3 or 4 digits only.
* IBAN, NI numbers, sort codes and phone numbers include any internal spaces,
  dashes and spoken letters; a spoken "plus" for the international prefix
  is outside the span, a typed "+" or "00" prefix is inside. For a typed US
  number like "(415) 555-0134" the opening parenthesis is outside the span
  (the span starts at the first digit of the area code).
* Non-PII numbers in positive cases (amounts, order/claim/reference numbers,
  times, tax codes, callback references) are deliberately left unlabelled.
* Negatives contain no PII at all: reference/order/ticket/claim/invoice/
  tracking/mandate numbers with their names, amounts read digit by digit,
  opening hours, times, model and serial numbers, meter readings, dates of
  appointments and payments, card last-four mentions, flight/room/seat
  numbers, speeds, percentages, ages, temperatures, tax codes. Positive cases
  also contain such unlabelled numbers next to the PII.
"""


def check(text, cases):
    problems = []
    ids = [c["id"] for c in cases]
    if len(set(ids)) != len(ids):
        problems.append("duplicate ids")
    for c in cases:
        cid = c["id"]
        if c["kind"] == "negative" and c["spans"]:
            problems.append("%s: negative with spans" % cid)
        if c["kind"] == "positive" and not c["spans"]:
            problems.append("%s: positive without spans" % cid)
        last = {}
        groups = {}
        meta = CASE_META[cid]
        for s, (typ, canon, grp) in zip(c["spans"], meta):
            if s["type"] not in TYPES:
                problems.append("%s: bad type %s" % (cid, s["type"]))
            tx = c["turns"][s["turn"]]["text"]
            a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(tx)):
                problems.append("%s: span out of range" % cid)
                continue
            if not (tx[a].isalnum() or tx[a] == "+") or not tx[b - 1].isalnum():
                problems.append("%s: span edge not alnum %r" % (cid, tx[a:b]))
            if a > 0 and tx[a - 1].isalnum():
                problems.append("%s: span start not on word boundary %r" % (cid, tx[a:b]))
            if b < len(tx) and tx[b].isalnum():
                problems.append("%s: span end not on word boundary %r" % (cid, tx[a:b]))
            key = s["turn"]
            if key in last and a < last[key]:
                problems.append("%s: overlapping spans" % cid)
            last[key] = b
            got = span_canon(typ, tx[a:b])
            if got != canon:
                problems.append("%s: %s %r normalises to %r, expected %r" % (cid, typ, tx[a:b], got, canon))
            groups.setdefault((typ, grp), []).append(canon)
        for (typ, grp), parts in groups.items():
            if grp.endswith("rb"):
                continue  # partial agent read-back of one group
            v = "".join(parts)
            if not valid(typ, v):
                problems.append("%s: invalid %s value %r" % (cid, typ, v))
    per = counts(cases)
    npos = sum(1 for c in cases if c["kind"] == "positive")
    nneg = len(cases) - npos
    if npos < 170 or nneg < 100:
        problems.append("too few cases: %d pos %d neg" % (npos, nneg))
    for t in TYPES:
        need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
        if per[t] < need:
            problems.append("type %s has %d spans (< %d)" % (t, per[t], need))
    return problems, per, npos, nneg


def main(argv):
    text, cases = generate()
    rd = readme(cases)
    if "--check" in argv:
        problems, per, npos, nneg = check(text, cases)
        text2, _ = generate()
        if text2 != text:
            problems.append("generation not deterministic")
        if not CASES.exists() or CASES.read_text(encoding="utf-8") != text:
            problems.append("cases.jsonl differs from a fresh generation")
        if not README.exists() or README.read_text(encoding="utf-8") != rd:
            problems.append("README.md differs from a fresh generation")
        print("h152: %d positive, %d negative, %d spans" % (npos, nneg, sum(per.values())))
        for t in TYPES:
            print("  %-13s %d" % (t, per[t]))
        for p in problems[:60]:
            print("PROBLEM:", p)
        if problems:
            print("FAILED (%d problems)" % len(problems))
            return 1
        print("OK")
        return 0
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    CASES.write_text(text, encoding="utf-8")
    README.write_text(rd, encoding="utf-8")
    print("wrote %s (%d cases)" % (CASES, len(cases)))
    return 0




# ---------------------------------------------------------------- extra templates (appended)


def n_barcode():
    while True:
        b = "50" + rdig(11)
        if not luhn_ok(b):
            break
    turns = [(C, ["the barcode on the box is %s and the price sticker says £%d.99" % (b, R.randint(2, 89))]),
             (A, ["Thanks, barcode %s is item %s, I'll refund the difference of £%d.%02d." % (b, rdig(6, True), R.randint(1, 20), R.randint(0, 99))])]
    return "chat/retail: 13-digit product barcode (not Luhn-valid) and SKU with their names (not PII)", turns


def n_tracking_alnum():
    t = R.choice("ABJKLR") + R.choice("ABEFHKMPRT") + rdig(9) + "GB"
    if R.random() < 0.5:
        turns = [(A, ["Your parcel's tracking number is %s, estimated delivery %d %s before 1pm." % (t, R.randint(1, 28), R.choice(MONTHS).capitalize())]),
                 (C, ["tracking %s says held at depot %d" % (t, R.randint(10, 99))])]
        return "chat/retail: Royal Mail style tracking number (2 letters, 9 digits, GB) and depot number (not PII)", turns
    sp = " ".join(say_letter(ch, "plain") if ch.isalpha() and ch not in "OI" else (UNIT_W[int(ch)] if ch.isdigit() else NATO[ch]) for ch in t)
    turns = [(A, ["the tracking number is " + sp]),
             (C, ["okay and it says out for delivery since seven forty this morning"])]
    return "call/retail: alphanumeric tracking number spelled out (not PII)", turns


def n_past_dates_call():
    y = R.randint(2009, 2024)
    turns = [(C, ["we moved in on the %s of %s %s and the meter was changed on the %s of %s" % (ordinal(R.randint(1, 28)), R.choice(MONTHS), say_year(y) if y < 2010 else "twenty " + pair_word(str(y)[2:]), ordinal(R.randint(1, 28)), R.choice(MONTHS))]),
             (A, ["okay so the account opened on the %s of %s and the first bill was %s" % (ordinal(R.randint(1, 28)), R.choice(MONTHS), amount_words())])]
    return "call/utilities: move-in / account dates with spoken years (not birth dates)", turns


def n_amount_chat():
    big = R.randint(100000, 499999)
    fix = R.randint(4000, 30000)
    turns = [(C, ["why is my bill £%s.%02d?? it's normally £%d.%02d" % ("{:,}".format(big // 100), big % 100, R.randint(40, 99), R.randint(0, 99))]),
             (A, ["The estimated reading of %s kWh was too high; corrected bill is £%d.%02d, a credit of £%d.%02d." % (rdig(5, True), fix // 100, fix % 100, (big - fix) // 100, (big - fix) % 100)])]
    return "chat/utilities: large amounts with thousand separators, kWh reading (not PII)", turns


def n_ticket_spoken_long():
    n = rdig(10, True)
    turns = [(C, ["i've got a letter with a reference on it " + say_digits(n, [3, 3, 4], uk=False, fillers=True)]),
             (A, ["is that the penalty charge notice number"]),
             (C, ["yeah the pcn number " + digits_words(n)]),
             (A, ["okay that's a %s fine issued on the %s" % (R.choice(["seventy pound", "thirty five pound", "sixty five dollar"]), ordinal(R.randint(1, 28)))])]
    return "call/government services: 10-digit penalty notice number said in 3-3-4 groups like a phone number (not PII)", turns


def p_dob_beside_dates():
    y, m, d = new_dob()
    dt, dc = r_dob(y, m, d, True)
    turns = [(C, ["the appointment was on the %s of %s at ten fifteen and i paid %s" % (ordinal(R.randint(1, 28)), R.choice(MONTHS), amount_words())]),
             (A, ["okay can i just confirm your date of birth"]),
             (C, [dob_lead(dt), seg(dt, "DOB", dc)]),
             (A, ["thanks and the next payment is due on the first"])]
    return "call/healthcare billing: DOB right after appointment and payment dates that are not birth dates", turns


def p_phone_beside_hours():
    region = R.choice(["uk_mob", "us", "ie"])
    p, sz = new_phone(region)
    t, c = r_phone_call(p, sz, region)
    turns = [(A, ["we can call you back between eight and eight what number"]),
             (C, ["ring me on ", seg(t, "PHONE", c), " any time after half five or before nine"]),
             (A, ["no problem your callback reference is " + digits_words(rdig(6, True))])]
    return "call/%s: phone next to times and a 6-digit callback reference (unlabelled)" % ind(), turns


def p_account_vs_ref():
    a = rdig(8)
    sc = rdig(6)
    ref = rdig(8, True)
    st, scc = r_sort(sc, False)
    turns = [(C, ["Ref %s - the DD came out of the wrong account. It should be sort code " % ref, seg(st, "SORT_CODE", scc),
                  ", account ", seg(a, "BANK_ACCOUNT", a), " not the joint one"]),
             (A, ["Thanks, I've updated it; £%d.%02d will be refunded under ref %s." % (R.randint(10, 99), R.randint(0, 99), ref)])]
    return "chat/utilities: 8-digit reference number right next to an 8-digit account number", turns


def p_ni_fillers():
    n = new_ni()
    body = n[2:8]
    t = "%s %s um %s uh %s %s" % (say_letter(n[0]), say_letter(n[1]), digits_words(body[:2], True),
                                 digits_words(body[2:4], True), digits_words(body[4:], True))
    t = t + " " + say_letter(n[8])
    turns = [(A, ["national insurance number please"]),
             (C, ["hang on it's on my payslip it's ", seg(t, "NI_NUMBER", n), " and my tax code is twelve fifty seven l"])]
    return "call/government services: NI number with fillers inside the reading, next to a tax code (unlabelled)", turns


def p_two_phones():
    p1, s1 = new_phone("uk_mob")
    p2, s2 = new_phone("uk_land")
    call = R.random() < 0.6
    if call:
        t1, c1 = r_phone_call(p1, s1, "uk_mob")
        t2, c2 = r_phone_call(p2, s2, "uk_land")
        turns = [(A, ["have we got the right numbers for you"]),
                 (C, ["mobile's ", seg(t1, "PHONE", c1), " and the house phone is ", seg(t2, "PHONE", c2), " but that one's only answered after six"])]
    else:
        t1, c1 = r_phone_chat(p1, s1, "uk_mob")
        t2, c2 = r_phone_chat(p2, s2, "uk_land")
        turns = [(C, ["mob ", seg(t1, "PHONE", c1), " / home ", seg(t2, "PHONE", c2), " (evenings only, after 18:30)"])]
    return "%s/%s: two phone numbers in one turn next to times" % ("call" if call else "chat", ind()), turns


POS_TEMPLATES += [(p_two_phones, 5), (p_dob_beside_dates, 6), (p_phone_beside_hours, 6), (p_account_vs_ref, 6), (p_ni_fillers, 6),
                  (p_iban, 4), (p_email, 4), (p_bank_call, 3)]
NEG_TEMPLATES += [(n_barcode, 4), (n_tracking_alnum, 5), (n_past_dates_call, 4), (n_amount_chat, 3),
                  (n_ticket_spoken_long, 4)]


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

#!/usr/bin/env python3
"""Generate the pii_holdout350 held-out PII redaction evaluation set.

Written by an independent test author (AI helper) without sight of the
redaction engine. Standard library only; one RNG: random.Random(350241125).

Usage:
    python scripts/make_pii_holdout350.py          # write cases.jsonl
    python scripts/make_pii_holdout350.py --check  # regenerate and validate
"""
import datetime
import json
import os
import random
import re
import sys

R = random.Random(350241125)
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "fixtures", "pii_holdout350", "cases.jsonl")

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

# ---------------------------------------------------------------- spoken forms
UNIT_W = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEEN_W = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
          "seventeen", "eighteen", "nineteen"]
TENS_W = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy",
          8: "eighty", 9: "ninety"}
ORD_UNIT = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth",
            7: "seventh", 8: "eighth", 9: "ninth"}
ORD_TEEN = ["tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
            "sixteenth", "seventeenth", "eighteenth", "nineteenth"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo",
        "f": "foxtrot", "g": "golf", "h": "hotel", "i": "india", "j": "juliet",
        "k": "kilo", "l": "lima", "m": "mike", "n": "november", "o": "oscar",
        "p": "papa", "q": "quebec", "r": "romeo", "s": "sierra", "t": "tango",
        "u": "uniform", "v": "victor", "w": "whiskey", "x": "xray", "y": "yankee",
        "z": "zulu"}
FOR_WORDS = {"b": ["bravo", "bertie", "bob"], "s": ["sierra", "sugar", "sam"],
             "m": ["mike", "mother"], "n": ["november", "nancy"], "p": ["papa", "peter"],
             "t": ["tango", "tommy"], "d": ["delta", "david"], "f": ["foxtrot", "freddie"]}
LETTER_NAMES = {"ay": "a", "bee": "b", "see": "c", "cee": "c", "dee": "d", "ef": "f",
                "gee": "g", "aitch": "h", "haitch": "h", "jay": "j", "kay": "k",
                "el": "l", "em": "m", "en": "n", "pee": "p", "cue": "q", "ar": "r",
                "ess": "s", "tee": "t", "vee": "v", "ex": "x", "why": "y",
                "zed": "z", "zee": "z"}
FILLERS = {"um", "uh", "er", "erm", "ah", "hmm", "mm"}


def zero_word(style=None):
    return style or R.choice(["oh", "oh", "zero", "o", "nought"])


def say_unit(d, zw):
    return zw if d == 0 else UNIT_W[d]


def say_pair(p, zw):
    a, b = int(p[0]), int(p[1])
    if a == 0:
        return f"{zw} {say_unit(b, zw)}"
    if a == 1:
        return TEEN_W[b]
    if b == 0:
        return f"{UNIT_W[a]} {zw}"
    if a == b and R.random() < 0.3:
        return f"double {UNIT_W[a]}"
    return f"{TENS_W[a]} {UNIT_W[b]}"


def say_digits(s, zw, doubles=True):
    out, i = [], 0
    while i < len(s):
        d = s[i]
        if doubles and i + 2 < len(s) and s[i + 1] == d and s[i + 2] == d and R.random() < 0.6:
            out.append("triple " + say_unit(int(d), zw)); i += 3; continue
        if doubles and i + 1 < len(s) and s[i + 1] == d and R.random() < 0.6:
            out.append("double " + say_unit(int(d), zw)); i += 2; continue
        out.append(say_unit(int(d), zw)); i += 1
    return " ".join(out)


def say_hundred(c):
    a, rest = int(c[0]), int(c[1:])
    if rest < 10:
        tail = UNIT_W[rest]
    elif rest < 20:
        tail = TEEN_W[rest - 10]
    else:
        tail = f"{TENS_W[rest // 10]} {UNIT_W[rest % 10]}"
    return f"{UNIT_W[a]} hundred and {tail}"


def hundred_ok(c):
    return len(c) == 3 and c[0] != "0" and c[1:] != "00" and (c[2] != "0" or c[1] == "1")


def say_chunk(c, style, zw):
    """Speak a digit chunk: style 'digits', 'pairs' or 'mixed'."""
    if style == "digits":
        return say_digits(c, zw)
    if style == "mixed" and hundred_ok(c) and R.random() < 0.5:
        return say_hundred(c)
    if style in ("pairs", "mixed") and len(c) % 2 == 0 and (style == "pairs" or R.random() < 0.6):
        return " ".join(say_pair(c[i:i + 2], zw) for i in range(0, len(c), 2))
    if style in ("pairs", "mixed") and len(c) == 3 and R.random() < 0.5:
        return say_unit(int(c[0]), zw) + " " + say_pair(c[1:], zw)
    return say_digits(c, zw)


def say_groups(groups, style=None, zw=None, filler_p=0.15):
    style = style or R.choice(["digits", "digits", "pairs", "mixed"])
    zw = zw or zero_word()
    parts = []
    for k, g in enumerate(groups):
        w = say_chunk(g, style, zw)
        if k and R.random() < filler_p:
            w = R.choice(["um", "uh", "er", "erm"]) + ", " + w
        parts.append(w)
    sep = R.choice([" ", ", ", ", ", " ... "])
    return sep.join(parts)


def spell_letter(ch, mode):
    ch = ch.lower()
    if mode == "nato":
        if R.random() < 0.7:
            word = R.choice(FOR_WORDS.get(ch, [NATO[ch]]))
            return f"{ch} {R.choice(['for', 'for', 'as in'])} {word}"
        return ch
    if mode == "names" and R.random() < 0.5:
        names = [k for k, v in LETTER_NAMES.items() if v == ch]
        if names:
            return R.choice(names)
    return ch


def say_alnum(s, letter_mode, zw=None):
    """Speak a mixed letter/digit string (postcode, NI, IBAN)."""
    zw = zw or R.choice(["zero", "oh", "nought"])
    out, i = [], 0
    while i < len(s):
        ch = s[i]
        if ch.isdigit():
            j = i
            while j < len(s) and s[j].isdigit():
                j += 1
            out.append(say_digits(s[i:j], zw)); i = j
        elif ch == " ":
            out.append(","); i += 1
        else:
            if i + 1 < len(s) and s[i + 1] == ch and R.random() < 0.5:
                out.append("double " + ch.lower()); i += 2
            else:
                out.append(spell_letter(ch, letter_mode)); i += 1
    txt = " ".join(out).replace(" ,", ",")
    return txt


# ---------------------------------------------------------------- normaliser
def tokens(text):
    return re.findall(r"\+|[a-z]+|\d+|@|\.|_|-", text.lower())


def _num_words(toks, i):
    """Try parse a number phrase at toks[i]; return (digits_str, new_i) or None."""
    t = toks[i]
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if t in UNIT_W and t != "zero" and nxt == "thousand":
        j = i + 2
        if j < len(toks) and toks[j] == "and":
            j += 1
        rest = 0
        if j < len(toks):
            sub = _simple(toks, j)
            if sub:
                rest, j = int(sub[0]), sub[1]
        return str(UNIT_W.index(t) * 1000 + rest), j
    if t in UNIT_W and t != "zero" and nxt == "hundred":
        j = i + 2
        if j < len(toks) and toks[j] == "and":
            j += 1
        rest = 0
        if j < len(toks):
            sub = _simple(toks, j)
            if sub:
                rest, j = int(sub[0]), sub[1]
        return "%03d" % (UNIT_W.index(t) * 100 + rest), j
    return _simple(toks, i)


def _simple(toks, i):
    t = toks[i]
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if t in ("oh", "o", "nought", "naught", "zero"):
        return "0", i + 1
    if t in UNIT_W:
        return str(UNIT_W.index(t)), i + 1
    if t in TEEN_W:
        return str(10 + TEEN_W.index(t)), i + 1
    if t in ORD_TEEN:
        return str(10 + ORD_TEEN.index(t)), i + 1
    if t in ORD_UNIT.values():
        return "%d" % [k for k, v in ORD_UNIT.items() if v == t][0], i + 1
    if t in ("twentieth", "thirtieth"):
        return ("20" if t == "twentieth" else "30"), i + 1
    for k, w in TENS_W.items():
        if t == w:
            if nxt in UNIT_W and nxt != "zero":
                return str(k * 10 + UNIT_W.index(nxt)), i + 2
            if nxt in ORD_UNIT.values():
                return str(k * 10 + [a for a, b in ORD_UNIT.items() if b == nxt][0]), i + 2
            return str(k * 10), i + 1
    return None


def normalise(text, mode):
    """mode: 'digits' | 'alnum' | 'email'. Returns canonical string or raises ValueError."""
    toks = tokens(text)
    out, i = [], 0
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if t in FILLERS:
            i += 1; continue
        if t.isdigit():
            out.append(t); i += 1; continue
        if t in ("+", "plus"):
            out.append("+"); i += 1; continue
        if mode != "email" and t in ("-", ".", "_"):
            i += 1; continue
        if t in ("double", "triple") and nxt is not None:
            n = 2 if t == "double" else 3
            sub = _simple(toks, i + 1) if nxt not in LETTER_NAMES and (len(nxt) > 1 or nxt == "o") else None
            if sub and len(sub[0]) == 1 and sub[1] == i + 2:
                out.append(sub[0] * n); i += 2; continue
            if mode != "digits" and len(nxt) == 1 and nxt.isalpha():
                out.append(nxt.upper() * n); i += 2; continue
            if mode != "digits" and nxt in LETTER_NAMES:
                out.append(LETTER_NAMES[nxt].upper() * n); i += 2; continue
            raise ValueError(f"bad double at {t} {nxt}")
        if mode != "digits" and len(t) == 1 and t.isalpha() and t != "o" and nxt in ("for", "as"):
            j = i + 2 + (1 if nxt == "as" else 0)
            out.append(t.upper()); i = j + 1; continue
        num = None
        if not (mode == "email" and t not in UNIT_W + TEEN_W + list(TENS_W.values()) + ["oh", "zero", "nought"]):
            num = _num_words(toks, i)
        if num and not (mode == "alnum" and t == "o" and False):
            out.append(num[0]); i = num[1]; continue
        if mode == "email":
            sym = {"at": "@", "dot": ".", "underscore": "_", "dash": "-", "hyphen": "-"}
            if t in sym:
                out.append(sym[t])
            elif t in ("@", ".", "_", "-"):
                out.append(t)
            else:
                out.append(t)
            i += 1; continue
        if mode == "alnum":
            if t in LETTER_NAMES:
                out.append(LETTER_NAMES[t].upper()); i += 1; continue
            if t.isalpha():
                out.append(t.upper()); i += 1; continue
        raise ValueError(f"unexpected token {t!r} in {text!r}")
    return "".join(out)


def date_groups(text):
    """Return (month or None, [number groups]) for a date expression."""
    low = text.lower()
    month = None
    for k, m in enumerate(MONTHS):
        for form in (m, m[:4], m[:3]):
            mm = re.search(r"\b" + form + r"\b\.?", low)
            if mm and month is None:
                month = k + 1
                low = low[:mm.start()] + " | " + low[mm.end():]
                break
    low = re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", low)
    low = re.sub(r"\b(of|the)\b", " ", low)
    pieces = re.split(r"[|/,]|\s-\s|(?<=\d)-(?=\d)|(?<=\d)\.(?=\d)", low)
    groups = []
    for p in pieces:
        toks = tokens(p)
        cur = ""
        i = 0
        while i < len(toks):
            t = toks[i]
            if t in FILLERS or t in (".", "-"):
                i += 1; continue
            if t.isdigit():
                if cur:
                    groups.append(cur); cur = ""
                groups.append(t); i += 1; continue
            num = _num_words(toks, i)
            if not num:
                raise ValueError(f"date token {t!r} in {text!r}")
            is_ord = toks[num[1] - 1] in ORD_TEEN or toks[num[1] - 1] in ORD_UNIT.values() or toks[num[1] - 1] in ("twentieth", "thirtieth")
            cur += num[0]
            i = num[1]
            if is_ord:
                groups.append(cur); cur = ""
        if cur:
            groups.append(cur)
    return month, groups


def _valid_ymd(y, m, d):
    try:
        datetime.date(y, m, d)
        return True
    except ValueError:
        return False


def _year(s):
    if len(s) == 4:
        return int(s)
    if len(s) == 2:
        return 1900 + int(s) if int(s) > 30 else 2000 + int(s)
    return None


def valid_dob(text):
    month, g = date_groups(text)
    if month:
        if len(g) != 2:
            return False
        for d, y in ((g[0], g[1]), (g[1], g[0])):
            yy = _year(y)
            if yy and len(d) <= 2 and _valid_ymd(yy, month, int(d)):
                return True
        return False
    s = "".join(g)
    if len(g) == 3:
        cands = [(g[2], g[1], g[0]), (g[2], g[0], g[1]), (g[0], g[1], g[2])]
    elif len(s) in (6, 8):
        y = 4 if len(s) == 8 else 2
        cands = [(s[-y:], s[2:4], s[:2]), (s[-y:], s[:2], s[2:4]), (s[:y], s[y:y + 2], s[y + 2:])]
    else:
        return False
    for y, m, d in cands:
        yy = _year(y)
        if yy and 1900 <= yy <= 2025 and _valid_ymd(yy, int(m), int(d)):
            return True
    return False


def valid_expiry(text):
    month, g = date_groups(text)
    if month:
        return len(g) == 1 and len(g[0]) in (2, 4)
    s = "".join(g)
    if len(g) == 2:
        m, y = g
    elif len(s) in (3, 4, 6):
        m, y = (s[:-2], s[-2:]) if len(s) < 6 else (s[:2], s[2:])
    else:
        return False
    return 1 <= int(m) <= 12 and len(y) in (2, 4)


def luhn_ok(s):
    tot = 0
    for k, c in enumerate(reversed(s)):
        d = int(c)
        if k % 2:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def iban_ok(s):
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    lens = {"GB": 22, "IE": 22, "DE": 22, "FR": 27, "ES": 24, "NL": 18}
    if lens.get(s[:2]) != len(s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


NI_RE = re.compile(r"(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]")
UK_PC = re.compile(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}")
STREET_SUFFIX = ("street", "st", "road", "rd", "avenue", "ave", "lane", "close", "drive",
                 "dr", "way", "crescent", "gardens", "terrace", "place", "court", "grove",
                 "boulevard", "blvd", "park", "row", "hill", "square", "mews", "walk")


def validate_value(typ, text, canon, frag):
    """Validate one value (concatenated span texts). canon is the generator's truth."""
    if typ in ("CARD_NUMBER", "CVV", "SSN", "BANK_ACCOUNT", "SORT_CODE"):
        n = normalise(text, "digits")
        if frag:
            return (canon.startswith(n) or canon.endswith(n)) and n.isdigit()
        if n != canon or not n.isdigit():
            return False
        return {"CARD_NUMBER": lambda: 13 <= len(n) <= 19 and luhn_ok(n),
                "CVV": lambda: len(n) in (3, 4),
                "SSN": lambda: len(n) == 9 and n[:3] not in ("000", "666") and n[0] != "9"
                and n[3:5] != "00" and n[5:] != "0000",
                "BANK_ACCOUNT": lambda: 6 <= len(n) <= 17,
                "SORT_CODE": lambda: len(n) == 6}[typ]()
    if typ == "PHONE":
        n = normalise(text, "digits")
        if frag:
            return canon.startswith(n)
        body = n.lstrip("+")
        return n == canon and body.isdigit() and 10 <= len(body) <= 13 and (n[0] in "+0" or len(body) == 10)
    if typ in ("NI_NUMBER", "IBAN", "POSTCODE"):
        n = normalise(text, "alnum")
        if frag:
            return canon.startswith(n)
        if n != canon:
            return False
        if typ == "NI_NUMBER":
            return bool(NI_RE.fullmatch(n))
        if typ == "IBAN":
            return iban_ok(n)
        return bool(UK_PC.fullmatch(n) or re.fullmatch(r"\d{5}(\d{4})?", n))
    if typ == "EMAIL":
        n = normalise(text, "email")
        return n == canon and bool(re.fullmatch(r"[a-z0-9._\-]+@[a-z0-9\-]+(\.[a-z0-9\-]+)+", n))
    if typ == "DOB":
        return valid_dob(text)
    if typ == "EXPIRY":
        return valid_expiry(text)
    if typ == "ADDRESS":
        low = text.lower()
        has_num = bool(re.search(r"\d", low)) or any(w in low.split() for w in UNIT_W[1:] + TEEN_W + list(TENS_W.values()))
        return has_num and low.rstrip(".").split()[-1] in STREET_SUFFIX
    return False


# ---------------------------------------------------------------- case builder
class Case:
    def __init__(self):
        self.turns = []   # list of (speaker, [parts])
        self.values = {}  # key -> (type, canon, frag)
        self._k = 0

    def val(self, typ, canon, frag=False):
        self._k += 1
        key = f"v{self._k}"
        self.values[key] = (typ, canon, frag)
        return key

    def add(self, speaker, *parts):
        self.turns.append((speaker, list(parts)))

    def build(self, cid, kind, note):
        turns, spans, internal = [], [], []
        for ti, (spk, parts) in enumerate(self.turns):
            text = ""
            for p in parts:
                if isinstance(p, tuple):
                    s, key = p
                    typ = self.values[key][0]
                    spans.append({"turn": ti, "start": len(text), "end": len(text) + len(s), "type": typ})
                    internal.append(key)
                    text += s
                else:
                    text += p
            turns.append({"speaker": spk, "text": text})
        rec = {"id": cid, "kind": kind, "turns": turns, "spans": spans, "note": note}
        return rec, internal, dict(self.values)


def V(s, key):
    return (s, key)


BACKCH = ["mhm", "go on", "yep", "okay", "uh huh", "right", "yes", "got that", "mm hm", "carry on"]
PAUSE = ["", "", "sorry, ", "um, ", "uh, ", "hang on, ", "erm, "]


# ---------------------------------------------------------------- value generators
def rdig(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def gen_card():
    kind = R.choice(["visa", "visa", "visa", "mc", "mc", "amex", "disc", "visa13", "maestro"])
    pre, ln = {"visa": ("4", 16), "mc": (R.choice(["51", "53", "55", "2221"]), 16),
               "amex": (R.choice(["34", "37"]), 15), "disc": ("6011", 16),
               "visa13": ("4", 13), "maestro": ("6759", 19)}[kind]
    base = pre + rdig(ln - len(pre) - 1)
    for c in "0123456789":
        if luhn_ok(base + c):
            num = base + c
            break
    if ln == 15:
        groups = [num[:4], num[4:10], num[10:]]
    elif ln == 13:
        groups = [num[:4], num[4:7], num[7:10], num[10:]]
    else:
        groups = [num[i:i + 4] for i in range(0, ln, 4)]
    return num, groups


def typed_groups(groups, odd=False):
    if odd:
        s = "".join(groups)
        out, i = [], 0
        while i < len(s):
            n = R.choice([3, 4, 5, 6])
            out.append(s[i:i + n]); i += n
        groups = out
    sep = R.choice([" ", " ", "-", "", "  ", ".", " - "])
    return sep.join(groups)


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
        p = R.choice(NI_L1) + R.choice(NI_L2)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + rdig(6) + R.choice("ABCD")


def gen_iban():
    cc = R.choice(["GB", "GB", "IE", "DE", "FR", "ES", "NL"])
    bban = {"GB": lambda: R.choice(["NWBK", "BARC", "MIDL", "HBUK"]) + rdig(14),
            "IE": lambda: R.choice(["AIBK", "IPBS"]) + rdig(14),
            "DE": lambda: rdig(18), "FR": lambda: rdig(23), "ES": lambda: rdig(20),
            "NL": lambda: R.choice(["ABNA", "INGB", "SNSB"]) + rdig(10)}[cc]()
    r = bban + cc + "00"
    chk = 98 - int("".join(str(int(c, 36)) for c in r)) % 97
    return f"{cc}{chk:02d}{bban}"


def gen_phone():
    k = R.choice(["ukmob", "ukmob", "uklon", "us", "us", "ie", "de", "fr"])
    if k == "ukmob":
        body = "7" + R.choice(["700", "711", "802", "934", "456"]) + rdig(6)
        intl = R.random() < 0.4
        canon = ("+44" if intl else "0") + body
        groups = (["+44", body[:4], body[4:]] if intl else ["0" + body[:4], body[4:]])
    elif k == "uklon":
        body = R.choice(["20", "161", "113", "131"]) + R.choice(["496", "946"]) + rdig(7 - 0)
        body = body[:10]
        canon = "0" + body
        groups = ["0" + body[:2], body[2:6], body[6:]] if body.startswith("20") else ["0" + body[:3], body[3:6], body[6:]]
    elif k == "us":
        area = str(R.randint(2, 9)) + rdig(2)
        line = "01" + rdig(2)
        intl = R.random() < 0.3
        canon = ("+1" if intl else "") + area + "555" + line
        groups = (["+1"] if intl else []) + [area, "555", line]
    elif k == "ie":
        body = R.choice(["85", "86", "87", "83"]) + rdig(7)
        intl = R.random() < 0.5
        canon = ("+353" if intl else "0") + body
        groups = (["+353", body[:2]] if intl else ["0" + body[:2]]) + [body[2:5], body[5:]]
    elif k == "de":
        body = "30" + rdig(8)
        canon = "+49" + body
        groups = ["+49", "30", body[2:]]
    else:
        body = R.choice("67") + rdig(8)
        canon = "+33" + body
        groups = ["+33", body[0]] + [body[i:i + 2] for i in range(1, 9, 2)]
    return canon, groups, k


def phone_typed(groups, kind):
    if kind == "us" and groups[0] != "+1" and R.random() < 0.5:
        return f"({groups[0]}) {groups[1]}-{groups[2]}"
    sep = R.choice([" ", " ", "-", ".", ""]) if kind != "fr" else " "
    return sep.join(groups)


def phone_spoken(groups):
    out = []
    zw = R.choice(["oh", "oh", "zero", "o"])
    style = R.choice(["digits", "digits", "mixed"])
    for g in groups:
        if g.startswith("+"):
            out.append("plus " + say_digits(g[1:], zw, doubles=False))
        else:
            out.append(say_chunk(g, style, zw))
    return R.choice([" ", ", "]).join(out)


FIRST = ["sarah", "james", "priya", "liam", "aoife", "mohammed", "chloe", "daniel", "grace",
         "tomasz", "emily", "kwame", "sophie", "ciaran", "hannah", "marcus", "leah", "raj",
         "fiona", "jake", "nadia", "owen", "megan", "ben"]
LAST = ["jones", "patel", "murphy", "smith", "kowalski", "brennan", "walker", "hughes", "khan",
        "garcia", "mensah", "fischer", "dubois", "reilly", "campbell", "nguyen", "baker",
        "evans", "byrne", "martin", "shaw", "wright"]
DOMAINS = ["gmail.com", "outlook.com", "yahoo.co.uk", "hotmail.co.uk", "btinternet.com",
           "icloud.com", "eircom.net", "web.de", "orange.fr", "aol.com", "protonmail.com",
           "sky.com", "live.ie"]


def gen_email():
    f, l = R.choice(FIRST), R.choice(LAST)
    n = str(R.randint(1, 99)) if R.random() < 0.4 else ""
    form = R.choice(["f.l", "fl", "f_l", "i.l", "il", "f-l", "fl.n"])
    local = {"f.l": f"{f}.{l}", "fl": f"{f}{l}", "f_l": f"{f}_{l}", "i.l": f"{f[0]}.{l}",
             "il": f"{f[0]}{l}", "f-l": f"{f}-{l}", "fl.n": f"{f}.{l}"}[form] + n
    dom = R.choice(DOMAINS)
    return f"{local}@{dom}"


def email_spoken(canon):
    local, dom = canon.split("@")
    out = []
    for piece in re.findall(r"[a-z]+|\d+|[._\-]", local):
        if piece == ".":
            out.append("dot")
        elif piece == "_":
            out.append("underscore")
        elif piece == "-":
            out.append(R.choice(["dash", "hyphen"]))
        elif piece.isdigit():
            out.append(say_chunk(piece, R.choice(["digits", "pairs"]), "oh") if len(piece) == 2 else UNIT_W[int(piece)])
        elif len(piece) == 1:
            out.append(piece)
        elif R.random() < 0.2:
            out.append(" ".join(piece))
        else:
            out.append(piece)
    out.append("at")
    out.append(" dot ".join(dom.split(".")))
    s = " ".join(out)
    if R.random() < 0.3:
        s = s.replace(" at ", " at, um, ", 1)
    return s


STREETS = ["acacia avenue", "mill lane", "high street", "church road", "station road",
           "victoria street", "park drive", "meadow close", "elm grove", "kings road",
           "maple street", "oak drive", "harbour view terrace", "riverside walk",
           "albert crescent", "main street", "cedar court", "queens gardens", "hazel way",
           "pleasant hill", "washington boulevard", "sunset place", "chapel row"]
TOWNS_UK = [("London", "SW"), ("Manchester", "M"), ("Leeds", "LS"), ("Edinburgh", "EH"),
            ("Cardiff", "CF"), ("Belfast", "BT"), ("Bristol", "BS"), ("Newcastle", "NE"),
            ("Glasgow", "G"), ("Liverpool", "L"), ("Birmingham", "B")]
TOWNS_US = ["Austin, TX", "Denver, CO", "Columbus, OH", "Portland, OR", "Tampa, FL", "Albany, NY"]
INWARD = "ABDEFGHJLNPQRSTUWXYZ"


def gen_address(us=False):
    num = R.randint(1, 240) if not us else R.randint(100, 9899)
    st = R.choice(STREETS)
    flat = R.randint(1, 28) if (not us and R.random() < 0.3) else None
    return num, st, flat


def address_typed(num, st, flat, case=True):
    s = st.title() if case else st
    if R.random() < 0.3:
        s = s.replace("Street", "St").replace("Road", "Rd").replace("Avenue", "Ave")
    a = f"{num} {s}"
    if flat:
        a = R.choice([f"Flat {flat}, ", f"flat {flat} ", f"Apt {flat}, "]) + a
    return a


def spoken_number(n):
    if n < 10:
        return UNIT_W[n]
    if n < 20:
        return TEEN_W[n - 10]
    if n < 100:
        return TENS_W[n // 10] + ("" if n % 10 == 0 else " " + UNIT_W[n % 10])
    if n < 1000:
        rest = n % 100
        return UNIT_W[n // 100] + " hundred" + ("" if rest == 0 else " and " + spoken_number(rest))
    hi, lo = divmod(n, 100)
    if lo == 0:
        return spoken_number(hi) + " hundred"
    return spoken_number(hi) + " " + (("oh " + UNIT_W[lo]) if lo < 10 else spoken_number(lo))


def address_spoken(num, st, flat):
    a = f"{spoken_number(num)} {st}"
    if flat:
        a = f"flat {spoken_number(flat)}, " + a
    return a


def gen_postcode_uk(area):
    d = R.randint(1, 20)
    out = f"{area}{d}"
    if R.random() < 0.15 and d < 10:
        out += R.choice("ABEHMNPRVWXY")
    return out + " " + str(R.randint(1, 9)) + R.choice(INWARD) + R.choice(INWARD)


def gen_zip():
    z = "%05d" % R.randint(1001, 99950)
    return z + ("-" + rdig(4) if R.random() < 0.25 else "")


def gen_date(lo=1940, hi=2004):
    y = R.randint(lo, hi)
    m = R.randint(1, 12)
    d = R.randint(1, 28)
    return y, m, d


def ordinal(d):
    if d < 10:
        return ORD_UNIT[d]
    if d < 20:
        return ORD_TEEN[d - 10]
    if d % 10 == 0:
        return "twentieth" if d == 20 else "thirtieth"
    return TENS_W[d // 10] + " " + ORD_UNIT[d % 10]


def year_spoken(y):
    if y >= 2000:
        return "two thousand" + ("" if y == 2000 else " and " + spoken_number(y - 2000))
    lo = y % 100
    return spoken_number(y // 100) + " " + (("oh " + UNIT_W[lo]) if lo < 10 else spoken_number(lo))


def dob_typed(y, m, d, us=False):
    f = R.choice(["dmy/", "dmy-", "dmy.", "long", "mlong", "iso", "short", "ord"])
    if us and f in ("dmy/", "dmy-", "dmy."):
        return f"{m:02d}/{d:02d}/{y}"
    mon = MONTHS[m - 1].title()
    return {"dmy/": f"{d:02d}/{m:02d}/{y}", "dmy-": f"{d}-{m}-{y % 100:02d}",
            "dmy.": f"{d:02d}.{m:02d}.{y}", "long": f"{d} {mon} {y}",
            "mlong": f"{mon} {d}, {y}", "iso": f"{y}-{m:02d}-{d:02d}",
            "short": f"{d} {mon[:3]} {y}",
            "ord": f"{d}{'th' if 10 < d < 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(d % 10, 'th')} {mon[:3]} {y}"}[f]


def dob_spoken(y, m, d, us=False):
    mon = MONTHS[m - 1]
    f = R.choice(["ord_of", "mon_ord", "digits", "numwords", "ord_of_short"])
    if f == "ord_of":
        return f"{ordinal(d)} of {mon} {year_spoken(y)}"
    if f == "ord_of_short":
        return f"{ordinal(d)} of {mon}, {spoken_number(y % 100) if y % 100 >= 10 else 'oh ' + UNIT_W[y % 100]}"
    if f == "mon_ord":
        return f"{mon} {ordinal(d)}, {year_spoken(y)}"
    if f == "digits":
        a, b = (m, d) if us else (d, m)
        return say_digits(f"{a:02d}{b:02d}{y % 100:02d}", R.choice(["oh", "zero"]), doubles=False)
    a, b = (m, d) if us else (d, m)
    return f"{spoken_number(a) if a >= 10 else 'oh ' + UNIT_W[a]} {spoken_number(b) if b >= 10 else 'oh ' + UNIT_W[b]} {year_spoken(y)}"


def gen_expiry():
    return R.randint(1, 12), R.randint(25, 31)


def expiry_typed(m, y):
    return R.choice([f"{m:02d}/{y}", f"{m:02d}/20{y}", f"{m:02d}-{y}", f"{m}/{y}",
                     f"{MONTHS[m - 1][:3].title()} 20{y}", f"{m:02d} / {y}"])


def expiry_spoken(m, y):
    f = R.choice(["oh", "month", "month20", "plain"])
    mm = ("oh " + UNIT_W[m]) if m < 10 else spoken_number(m)
    if f == "oh":
        return f"{mm} {spoken_number(y)}"
    if f == "month":
        return f"{MONTHS[m - 1]} {spoken_number(y)}"
    if f == "month20":
        return f"{MONTHS[m - 1]} twenty {spoken_number(y)}" if False else f"{MONTHS[m - 1]} two thousand and {spoken_number(y)}"
    return f"{mm}, {spoken_number(y)}"


# ---------------------------------------------------------------- positive scenarios
ORGS = {"banking": ["Northgate Bank", "Harbour Building Society", "Allied Credit Union"],
        "telecom": ["Vireo Mobile", "Skyline Broadband", "Emerald Telecom"],
        "utilities": ["Brightwater Energy", "CityGas", "Anglian Power"],
        "retail": ["Homestead Stores", "QuickCart", "Maple & Co"],
        "insurance": ["Shieldwell Insurance", "Lakeside Mutual", "Corvid Cover"],
        "travel": ["Skyward Air", "Atlantic Ferries", "RoamRail"],
        "healthcare": ["St Clare Billing", "MedPay Services", "Riverside Clinic Billing"],
        "government": ["the tax helpline", "the DMV", "the benefits office", "Revenue"]}


def org(ind=None):
    ind = ind or R.choice(list(ORGS))
    return ind, R.choice(ORGS[ind])


def case_card_chat():
    c = Case()
    ind, o = org(R.choice(["retail", "travel", "telecom", "utilities", "insurance"]))
    num, groups = gen_card()
    k = c.val("CARD_NUMBER", num)
    lbl = R.choice(["card no: ", "Card number - ", "its ", "card is ", "CARD: ", "here you go ", "long number "])
    txt = typed_groups(groups, odd=R.random() < 0.25)
    c.add("agent", f"Thanks for contacting {o} chat. To take the payment of £{R.randint(12, 400)}.{R.randint(10, 99)} I'll need the long card number please.")
    c.add("customer", lbl, V(txt, k), R.choice(["", " thanks", ".", " (visa)", " - debit"]))
    m, y = gen_expiry()
    ke = c.val("EXPIRY", f"{m}/{y}")
    if R.random() < 0.7:
        kc = c.val("CVV", "")
        cv = rdig(4 if len(num) == 15 else 3)
        c.values[kc] = ("CVV", cv, False)
        c.add("agent", "And the expiry date and security code on the back?")
        c.add("customer", R.choice(["exp ", "expiry ", "expires ", "Exp: "]), V(expiry_typed(m, y), ke),
              R.choice([" cvv ", ", cvv: ", " and ", " / sec code "]), V(cv, kc))
    else:
        c.add("agent", "And the expiry?")
        c.add("customer", V(expiry_typed(m, y), ke))
    return c, f"{ind} chat: typed card with expiry/CVV"


def case_card_call_split():
    c = Case()
    ind, o = org(R.choice(["banking", "telecom", "utilities", "travel", "healthcare", "insurance"]))
    num, groups = gen_card()
    k = c.val("CARD_NUMBER", num)
    style = R.choice(["digits", "pairs", "mixed", "digits"])
    zw = zero_word()
    c.add("agent", f"okay so i can take that payment for you now, what's the long number across the front of the card")
    chunks = []
    i = 0
    while i < len(groups):
        n = R.choice([1, 1, 2])
        chunks.append(groups[i:i + n]); i += n
    for j, ch in enumerate(chunks):
        lead = R.choice(["yeah it's ", "it's ", "um ", "right ", "", "okay "]) if j == 0 else R.choice(PAUSE)
        trail = R.choice(["", "", " ...", ","])
        c.add("customer", lead, V(say_groups(ch, style, zw), k), trail)
        if j < len(chunks) - 1:
            c.add("agent", R.choice(BACKCH))
    if R.random() < 0.6:
        kr = c.val("CARD_NUMBER", num)
        c.add("agent", "let me just read that back to you, ", V(say_groups(groups, "digits", "oh", 0), kr), ", is that right")
        c.add("customer", R.choice(["yes that's it", "yep", "that's correct", "yeah"]))
    m, y = gen_expiry()
    ke = c.val("EXPIRY", "")
    c.add("agent", "and the expiry date please")
    c.add("customer", R.choice(["it's ", "uh ", "expires ", "", "end of "]), V(expiry_spoken(m, y), ke))
    if R.random() < 0.7:
        cv = rdig(4 if len(num) == 15 else 3)
        kc = c.val("CVV", cv)
        c.add("agent", "and the last three digits on the back on the signature strip" if len(cv) == 3 else "and the four digit code on the front")
        c.add("customer", R.choice(["", "it's ", "um "]), V(say_digits(cv, zw), kc))
    return c, f"{ind} call: ASR card reading split over turns with back-channels"


def case_card_restart():
    c = Case()
    ind, o = org()
    num, groups = gen_card()
    zw = zero_word()
    cut = R.randint(3, 7)
    kf = c.val("CARD_NUMBER", num, frag=True)
    k = c.val("CARD_NUMBER", num)
    frag = say_digits(num[:cut], zw)
    c.add("agent", "can i take the sixteen digit card number please" if len(num) == 16 else "can i take the card number please")
    c.add("customer", "yeah it's ", V(frag, kf), R.choice([" ... sorry i've lost my place, let me start again, ",
                                                            " ... hang on no let me start again, ",
                                                            " wait sorry i'll go from the beginning "]),
          V(say_groups(groups, R.choice(["digits", "mixed"]), zw), k))
    c.add("agent", R.choice(["lovely thank you", "perfect", "got that thanks"]))
    return c, f"{ind} call: restarted card reading (abandoned fragment labelled)"


def case_card_aside():
    c = Case()
    ind, o = org()
    num, groups = gen_card()
    zw = zero_word()
    k = c.val("CARD_NUMBER", num)
    cut = R.randint(1, len(groups) - 1)
    aside = R.choice([" -- sorry the dog's going mad -- ", " ... hang on let me get my glasses ... ",
                      ", sorry it's worn on the card, ", " (kids, quiet please!) ", ", bear with me, the numbers are tiny, "])
    c.add("agent", f"thanks for holding, calling from {o}, you wanted to update the card on the account?")
    c.add("customer", "yes the new one is ", V(say_groups(groups[:cut], "digits", zw), k), aside,
          V(say_groups(groups[cut:], "digits", zw), k))
    c.add("agent", R.choice(["no problem", "take your time", "that's fine"]),
          ", and the old card can come off the account?")
    c.add("customer", "yes please")
    return c, f"{ind} call: card reading interrupted by an aside (value split into two spans)"


def case_card_mixed_chat():
    c = Case()
    num, groups = gen_card()
    k = c.val("CARD_NUMBER", num)
    k2 = c.val("CARD_NUMBER", num)
    half = len(groups) // 2
    c.add("customer", R.choice(["hi need to pay my bill", "Hello, paying for order", "can i pay over chat??"]))
    c.add("agent", "Sure, please type the card number.")
    c.add("customer", V(typed_groups(groups[:half]), k), R.choice(["", " ..."]))
    c.add("customer", V(typed_groups(groups[half:]), k2), R.choice([" sorry hit enter", "", " that's the rest"]))
    c.values[k] = ("CARD_NUMBER", num[:sum(len(g) for g in groups[:half])], True)
    c.values[k2] = ("CARD_NUMBER", num[sum(len(g) for g in groups[:half]):], True)
    c.add("agent", f"Thank you. The amount due is ${R.randint(20, 900)}.{R.randint(10, 99)}.")
    return c, "retail chat: card number typed across two messages"


def case_ssn():
    c = Case()
    ind, o = org(R.choice(["banking", "insurance", "healthcare", "government", "telecom"]))
    ssn = gen_ssn()
    k = c.val("SSN", ssn)
    spoken = R.random() < 0.6
    g = [ssn[:3], ssn[3:5], ssn[5:]]
    if spoken:
        c.add("agent", f"thank you for calling {o}, to verify your identity can i have your social security number")
        if R.random() < 0.4:
            c.add("customer", R.choice(["sure it's ", "yeah ", "okay um "]), V(say_groups(g[:1], zw="oh"), k))
            c.add("agent", R.choice(BACKCH))
            c.add("customer", V(say_groups(g[1:], zw="oh"), k))
        else:
            c.add("customer", R.choice(["sure it's ", "yeah it's ", "my social is ", "", "uh "]), V(say_groups(g), k))
        if R.random() < 0.5:
            kr = c.val("SSN", ssn)
            c.add("agent", "so that's ", V(say_groups(g, "digits", "zero", 0), kr), "?")
            c.add("customer", "correct")
    else:
        c.add("customer", R.choice(["SSN: ", "my ssn is ", "Social security # ", "ss# ", "soc sec no. "]),
              V(R.choice(["-", " ", "", "-"]).join(g), k), R.choice(["", " thx", ".", " (for the claim)"]))
        c.add("agent", f"Thank you, I've located your {R.choice(['policy', 'account', 'case'])}.")
    if R.random() < 0.5:
        y, m, d = gen_date()
        kd = c.val("DOB", "")
        c.add("agent", "and your date of birth")
        c.add("customer", R.choice(["", "it's ", "um "]), V(dob_spoken(y, m, d, True) if spoken else dob_typed(y, m, d, True), kd))
    return c, f"{ind} {'call' if spoken else 'chat'}: US SSN identity check"


def case_ni():
    c = Case()
    ind = R.choice(["government", "banking", "insurance", "utilities"])
    ni = gen_ni()
    k = c.val("NI_NUMBER", ni)
    spoken = R.random() < 0.6
    if spoken:
        mode = R.choice(["nato", "plain", "names"])
        c.add("agent", "can i take your national insurance number please")
        pretty = f"{ni[:2]} {ni[2:4]} {ni[4:6]} {ni[6:8]} {ni[8]}"
        if R.random() < 0.4:
            c.add("customer", R.choice(["yeah it's ", "it's ", ""]), V(say_alnum(ni[:2], mode), k))
            c.add("agent", R.choice(BACKCH))
            c.add("customer", V(say_alnum(ni[2:8], mode, "zero"), k))
            c.add("agent", R.choice(["and the letter at the end", "and the last letter"]))
            c.add("customer", V(say_alnum(ni[8], mode), k))
        else:
            c.add("customer", R.choice(["yeah it's ", "it's ", "um ", ""]), V(say_alnum(pretty, mode), k))
        if R.random() < 0.4:
            kr = c.val("NI_NUMBER", ni)
            c.add("agent", "so that's ", V(say_alnum(ni, "plain", "zero"), kr), ", thank you")
    else:
        form = R.choice([ni, f"{ni[:2]} {ni[2:4]} {ni[4:6]} {ni[6:8]} {ni[8]}", ni.lower(),
                         f"{ni[:2]}{ni[2:8]} {ni[8]}", f"{ni[:2]}-{ni[2:8]}-{ni[8]}"])
        c.add("agent", "Please provide your National Insurance number so I can find your record.")
        c.add("customer", R.choice(["NI no: ", "NINO ", "its ", "ni number ", "", "National Insurance: "]), V(form, k))
    return c, f"{ind} {'call' if spoken else 'chat'}: UK NI number"


def case_bank():
    c = Case()
    ind, o = org(R.choice(["banking", "utilities", "telecom", "insurance"]))
    acct = rdig(8)
    sc = rdig(6)
    ka = c.val("BANK_ACCOUNT", acct)
    ks = c.val("SORT_CODE", sc)
    spoken = R.random() < 0.55
    if spoken:
        c.add("agent", "to set up the direct debit i need the sort code and account number")
        sg = [sc[:2], sc[2:4], sc[4:]]
        c.add("customer", R.choice(["sort code is ", "okay the sort code, ", "right it's "]),
              V(say_groups(sg, R.choice(["pairs", "digits"])), ks))
        c.add("agent", R.choice(BACKCH))
        c.add("customer", R.choice(["and the account number ", "account's ", "then "]),
              V(say_groups([acct[:4], acct[4:]]), ka))
        if R.random() < 0.5:
            kr = c.val("BANK_ACCOUNT", acct)
            c.add("agent", "account number ", V(say_digits(acct, "zero"), kr), ", lovely")
    else:
        c.add("agent", f"Please send the bank details for the refund from {o}.")
        scf = R.choice([f"{sc[:2]}-{sc[2:4]}-{sc[4:]}", sc, f"{sc[:2]} {sc[2:4]} {sc[4:]}"])
        af = R.choice([acct, f"{acct[:4]} {acct[4:]}"])
        c.add("customer", R.choice(["sort code: ", "S/C ", "sc "]), V(scf, ks),
              R.choice([" acct no: ", ", a/c ", " account number ", "\nacc: "]), V(af, ka))
    return c, f"{ind}: UK sort code and account number ({'call' if spoken else 'chat'})"


def case_us_bank():
    c = Case()
    acct = rdig(R.choice([9, 10, 12]))
    k = c.val("BANK_ACCOUNT", acct)
    c.add("agent", "and what checking account should the refund go to? the routing number first then the account")
    c.add("customer", "routing is ", "0" + rdig(8), ", and account ", V(say_groups([acct[:3], acct[3:6], acct[6:]], "digits") if R.random() < 0.5 else acct, k))
    return c, "US banking: account number (routing number left unlabelled)"


def case_iban():
    c = Case()
    ind, o = org(R.choice(["banking", "travel", "retail", "insurance"]))
    ib = gen_iban()
    k = c.val("IBAN", ib)
    spoken = R.random() < 0.35
    if spoken:
        c.add("agent", "okay and the iban for the refund")
        g = [ib[i:i + 4] for i in range(0, len(ib), 4)]
        cut = R.randint(2, len(g) - 1)
        c.add("customer", "it's ", V(", ".join(say_alnum(x, "plain", "zero") for x in g[:cut]), k))
        c.add("agent", R.choice(BACKCH))
        c.add("customer", V(", ".join(say_alnum(x, "plain", "zero") for x in g[cut:]), k))
    else:
        form = R.choice([" ".join(ib[i:i + 4] for i in range(0, len(ib), 4)), ib, ib.lower()])
        c.add("customer", R.choice(["Please refund to IBAN ", "iban: ", "My IBAN is ", "IBAN - "]), V(form, k),
              R.choice(["", " (account holder same name)", ". BIC not needed?"]))
        c.add("agent", f"Thanks, {o} will process the refund within 5-7 working days.")
    return c, f"{ind}: IBAN ({'spoken' if spoken else 'typed'})"


def case_contact_update():
    c = Case()
    ind, o = org()
    canon, groups, kind = gen_phone()
    kp = c.val("PHONE", canon)
    em = gen_email()
    ke = c.val("EMAIL", em)
    spoken = R.random() < 0.6
    if spoken:
        c.add("agent", "what's the best contact number for you")
        c.add("customer", R.choice(["it's ", "my mobile is ", "um ", "yeah "]), V(phone_spoken(groups), kp))
        if R.random() < 0.5:
            kr = c.val("PHONE", canon)
            c.add("agent", "so ", V(phone_spoken(groups), kr), "?")
            c.add("customer", "that's right")
        c.add("agent", "and an email address")
        c.add("customer", R.choice(["it's ", "yeah it's ", ""]), V(email_spoken(em), ke))
    else:
        c.add("customer", R.choice(["pls update my details. ", "New contact info - ", "Hi, "]),
              R.choice(["tel: ", "mob ", "phone ", "call me on "]), V(phone_typed(groups, kind), kp),
              R.choice([" email ", ", e-mail: ", " / "]),
              V(em if R.random() < 0.7 else em.replace("@", " at ").replace(".", " dot "), ke) if True else "")
        if " at " in c.turns[-1][1][-1][0]:
            pass
        c.add("agent", "Thanks, those are updated.")
    return c, f"{ind}: phone and email update ({'call' if spoken else 'chat'})"


def case_address():
    c = Case()
    ind, o = org(R.choice(["retail", "utilities", "telecom", "insurance", "healthcare", "government"]))
    us = R.random() < 0.35
    num, st, flat = gen_address(us)
    ka = c.val("ADDRESS", "")
    if us:
        pc = gen_zip()
        town = R.choice(TOWNS_US)
    else:
        town, area = R.choice(TOWNS_UK)
        pc = gen_postcode_uk(area)
    kp = c.val("POSTCODE", pc.replace(" ", "").replace("-", ""))
    spoken = R.random() < 0.55
    c.add("agent", "can you confirm the address on the account" if spoken else "What's the delivery address?")
    if spoken:
        pcs = say_alnum(pc.replace("-", " "), R.choice(["plain", "nato", "names"]), R.choice(["oh", "zero"])) if not us else say_digits(pc.replace("-", ""), "oh")
        c.add("customer", R.choice(["yeah it's ", "", "um "]), V(address_spoken(num, st, flat), ka), ", ", town.split(",")[0].lower())
        c.add("agent", "and the postcode" if not us else "and the zip")
        c.add("customer", V(pcs, kp))
    else:
        c.add("customer", V(address_typed(num, st, flat, R.random() < 0.7), ka), R.choice([", ", " ", "\n"]), town,
              R.choice([" ", ", ", " "]), V(pc if R.random() < 0.7 else pc.lower(), kp))
    return c, f"{ind}: {'US' if us else 'UK'} address and {'ZIP' if us else 'postcode'}"


def case_dob_verify():
    c = Case()
    ind, o = org(R.choice(["healthcare", "banking", "government", "insurance", "telecom"]))
    y, m, d = gen_date()
    us = R.random() < 0.4
    k = c.val("DOB", "")
    spoken = R.random() < 0.6
    c.add("agent", f"{o}, before we go any further can you confirm your date of birth")
    if spoken:
        c.add("customer", R.choice(["yeah it's the ", "it's ", "um ", ""]), V(dob_spoken(y, m, d, us), k))
    else:
        c.add("customer", R.choice(["DOB ", "d.o.b: ", "born ", ""]), V(dob_typed(y, m, d, us), k))
    canon, groups, kind = gen_phone()
    kp = c.val("PHONE", canon)
    c.add("agent", "and the phone number we have on file?")
    c.add("customer", V(phone_spoken(groups) if spoken else phone_typed(groups, kind), kp))
    return c, f"{ind}: DOB + phone verification"


def case_phone_split():
    c = Case()
    canon, groups, kind = gen_phone()
    k = c.val("PHONE", canon)
    c.add("agent", "what number can the engineer reach you on")
    for j, g in enumerate(groups):
        c.add("customer", R.choice(["", "um "]) if j else "it's ", V(phone_spoken([g]), k))
        if j < len(groups) - 1:
            c.add("agent", R.choice(BACKCH))
    return c, "telecom call: phone number split across turns"


def case_insurance_combo():
    c = Case()
    y, m, d = gen_date()
    ssn = gen_ssn()
    ks = c.val("SSN", ssn)
    kd = c.val("DOB", "")
    num, st, flat = gen_address(True)
    ka = c.val("ADDRESS", "")
    z = gen_zip()
    kz = c.val("POSTCODE", z.replace("-", ""))
    c.add("customer", "Filing a claim. Policy holder info: DOB ", V(dob_typed(y, m, d, True), kd),
          ", SSN ", V(f"{ssn[:3]}-{ssn[3:5]}-{ssn[5:]}", ks), ", address ", V(address_typed(num, st, None), ka),
          ", ", R.choice(TOWNS_US), " ", V(z, kz), ". Policy number PX-", rdig(7), ".")
    c.add("agent", "Thank you, I've opened claim CLM-" + rdig(8) + ".")
    return c, "insurance chat: SSN/DOB/address/ZIP with unlabelled policy and claim numbers"


def case_card_then_last4():
    c = Case()
    num, groups = gen_card()
    k = c.val("CARD_NUMBER", num)
    kl = c.val("CARD_NUMBER", num[-4:], frag=True)
    c.add("agent", "okay go ahead with the card number when you're ready")
    c.add("customer", V(say_groups(groups, "mixed"), k))
    c.add("agent", "thank you, so that's the card ending ", V(say_digits(num[-4:], "oh"), kl),
          f", and i'm taking {spoken_number(R.randint(20, 99))} pounds today")
    c.add("customer", "yes")
    return c, "call: last four read back after full card in same case (labelled)"


def case_phone_correction():
    c = Case()
    old, og, _ = gen_phone()
    new, ng, kind = gen_phone()
    ko = c.val("PHONE", old)
    kn = c.val("PHONE", new)
    c.add("agent", "is the number still the best one to reach you on")
    c.add("customer", "um i think it's ", V(phone_spoken(og), ko),
          R.choice([" ... no wait, that's my old one, it's ", " no sorry sorry that's the landline, mobile is ",
                    ", actually no, use "]), V(phone_spoken(ng), kn))
    c.add("agent", R.choice(["no problem i'll update that", "okay updated", "lovely"]))
    return c, "telecom call: corrected phone number, both readings labelled"


def case_email_chat():
    c = Case()
    em = gen_email()
    k = c.val("EMAIL", em)
    local, dom = em.split("@")
    form = R.choice([em, em.upper(), local.title() + "@" + dom.title(), f"{local} [at] {dom.replace('.', ' [dot] ')}",
                     f"{local}(at){dom}"])
    c.add("agent", "What email should the receipt go to?")
    c.add("customer", R.choice(["", "email: ", "send it to ", "its "]), V(form, k),
          R.choice(["", " pls", " - not the work one", "."]))
    return c, "chat: e-mail address typed (case/obfuscation variants)"


def case_sort_code_only():
    c = Case()
    sc = rdig(6)
    k = c.val("SORT_CODE", sc)
    c.add("agent", "and which branch, do you have the sort code")
    if R.random() < 0.5:
        c.add("customer", "yeah ", V(say_groups([sc[:2], sc[2:4], sc[4:]], R.choice(["pairs", "digits"])), k))
    else:
        c.add("customer", "sort code ", V(R.choice([f"{sc[:2]}-{sc[2:4]}-{sc[4:]}", f"{sc[:2]}.{sc[2:4]}.{sc[4:]}"]), k),
              f", the payment was £{R.randint(10, 500)}")
    return c, "banking: sort code alone"


POS_BUILDERS = [case_card_chat, case_card_call_split, case_card_restart, case_card_aside,
                case_card_mixed_chat, case_card_call_split, case_ssn, case_ssn, case_ni, case_ni,
                case_bank, case_us_bank, case_iban, case_contact_update, case_address,
                case_dob_verify, case_phone_split, case_insurance_combo, case_card_then_last4,
                case_phone_correction, case_email_chat, case_sort_code_only]


def fix_unknown_canon(c):
    """Fill canon for keys created with placeholder canon ('' types validated structurally)."""
    return c


# ---------------------------------------------------------------- negatives
def neg_templates():
    amt = f"{R.randint(1, 9)},{R.randint(100, 999)}.{R.randint(10, 99)}"
    luhn16, g16 = gen_card()
    lt = [
        ("customer", f"my order number is {say_groups(g16, 'digits', 'oh', 0)}"),
        ("agent", f"thanks, order {typed_groups(g16)} is out for delivery between {R.randint(7, 11)} and {R.randint(1, 6)} pm"),
        ("agent", f"your outstanding balance is £{amt} and the minimum payment is £{R.randint(25, 90)}"),
        ("agent", f"the balance is {spoken_number(R.randint(100, 999))} pounds and {spoken_number(R.randint(10, 99))} pence"),
        ("customer", f"the card ending {rdig(4)} was charged twice"),
        ("customer", f"it's the one ending in {say_digits(rdig(4), 'oh')}"),
        ("agent", f"i can see the payment on the card ending {rdig(4)} on the {ordinal(R.randint(1, 28))} of {R.choice(MONTHS)}"),
        ("customer", f"tracking number 1Z{rdig(3)}AA{rdig(10)} hasn't moved in {R.randint(3, 9)} days"),
        ("customer", f"invoice INV-{R.randint(2019, 2025)}-{rdig(6)} is wrong, it says {R.randint(5, 60)}% VAT"),
        ("customer", f"my claim number is {rdig(3)}-{rdig(2)}-{rdig(4)}"),
        ("customer", f"policy number {rdig(3)} {rdig(2)} {rdig(4)}, it renews on {R.randint(1, 28)}/{R.randint(1, 12):02d}/{R.randint(2025, 2027)}"),
        ("agent", f"your reference is {say_groups([rdig(4), rdig(4), rdig(4)], 'digits', 'oh')}, keep that handy"),
        ("customer", f"ref: {rdig(4)} {rdig(4)} {rdig(4)} {rdig(4)}"),
        ("customer", f"the meter reading is {say_digits(rdig(5), 'oh')}"),
        ("customer", f"meter reading today: {rdig(5)}, night rate {rdig(5)}"),
        ("agent", f"the IMEI on the handset is {rdig(15)}, i'll block it now"),
        ("customer", f"serial number SN{rdig(4)}-{rdig(4)}-{rdig(4)}, model WX-{rdig(4)}"),
        ("customer", f"flight {R.choice(['BA', 'EI', 'FR', 'UA', 'LH'])} {R.randint(10, 2999)}, seat {R.randint(1, 40)}{R.choice('ABCDEF')}, gate {R.randint(1, 60)}"),
        ("agent", f"you're in room {R.randint(100, 999)} and checkout is {R.randint(10, 12)} a m"),
        ("agent", f"we're open {R.randint(7, 9)}am to {R.randint(6, 9)}pm monday to friday and {R.randint(9, 10)} till {R.randint(1, 5)} on saturdays"),
        ("agent", f"the engineer appointment is on the {ordinal(R.randint(1, 28))} of {R.choice(MONTHS)} between {spoken_number(R.randint(8, 11))} and {spoken_number(R.randint(12, 12))}"),
        ("agent", f"the wait is about {spoken_number(R.randint(15, 59))} minutes"),
        ("customer", f"i'm {spoken_number(R.randint(60, 95))} years old and i've been with you since {R.randint(1985, 2015)}"),
        ("customer", f"the heating's been stuck at {R.randint(12, 30)} degrees for {R.randint(2, 6)} days"),
        ("agent", f"the APR is {R.randint(9, 39)}.{R.randint(1, 9)}% and the term is {R.randint(12, 84)} months"),
        ("customer", f"i was stuck on the M{R.randint(1, 62)} near junction {R.randint(1, 30)}, then the A{R.randint(1, 600)}"),
        ("customer", f"the contract started {R.randint(1, 28)}/{R.randint(1, 12)}/{R.randint(2019, 2024)} and runs for {R.choice(['12', '18', '24'])} months"),
        ("agent", f"your customer number is {rdig(8)} and the payment of £{R.randint(20, 300)} is due on the {R.randint(1, 28)}th"),
        ("customer", f"membership no. {rdig(10)}"),
        ("customer", f"the MPRN on the bill is {rdig(11)}"),
        ("agent", f"ticket number {say_groups([rdig(3), rdig(3), rdig(3)], 'pairs', 'oh')}"),
        ("customer", f"that's {say_groups([rdig(4), rdig(4)], 'mixed', 'oh')} on the invoice, the invoice number i mean"),
        ("agent", f"case id CS{rdig(9)}, priority {R.randint(1, 4)}"),
        ("customer", f"i paid {spoken_number(R.randint(100, 999))} dollars on the {ordinal(R.randint(1, 28))}, confirmation code {rdig(6)}"),
        ("customer", f"we live on {R.choice(STREETS).title()}, the roadworks have been going for {R.randint(2, 9)} weeks"),
        ("agent", f"press {R.randint(1, 9)} then {R.randint(1, 9)} for billing, or call back after {R.randint(6, 8)} p m"),
        ("customer", f"booking reference {R.choice('ABCDEFGHJKLMNPQRSTUVWXYZ')}{R.choice('ABCDEFGHJKLMNPQRSTUVWXYZ')}{rdig(1)}{R.choice('ABCDEFGHJKLMNPQRSTUVWXYZ')}{rdig(2)}, {R.randint(2, 6)} passengers"),
        ("agent", f"the total is £{R.randint(1000, 99999):,}.{R.randint(10, 99)} over {R.randint(2, 12)} instalments"),
        ("customer", f"the reading on the gas meter is {say_groups([rdig(4), rdig(4)], 'pairs', 'nought')}, not the electric"),
        ("customer", f"i'll call you back at {R.randint(1, 12)}:{R.choice(['00', '15', '30', '45'])} tomorrow, it's about my {R.randint(2010, 2024)} tax return"),
        ("agent", f"prescription number {rdig(7)}, that's {R.randint(2, 4)} items at £{R.randint(9, 10)}.{R.randint(10, 99)} each"),
    ]
    return lt


def neg_case():
    c = Case()
    pool = neg_templates()
    n = R.choice([1, 2, 2, 3])
    picks = R.sample(pool, n)
    for spk, txt in picks:
        if R.random() < 0.3 and spk == "customer":
            c.add("agent", R.choice(["how can i help", "go ahead", "what's the issue today", "Thanks for waiting."]))
        c.add(spk, txt)
    note = "negative: " + "; ".join(t.split()[0] + " " + " ".join(t.split()[1:4]) for _, t in picks)
    return c, note[:120]


# ---------------------------------------------------------------- assembly
def generate():
    cases = []  # (record, span_keys, values)
    i = 0
    while True:
        b = POS_BUILDERS[i % len(POS_BUILDERS)]
        c, note = b()
        i += 1
        cases.append(c.build(f"h350-pos-{i:03d}", "positive", note))
        if i >= 216:
            break
    for j in range(1, 111):
        c, note = neg_case()
        cases.append(c.build(f"h350-neg-{j:03d}", "negative", note))
    # interleave deterministically
    R.shuffle(cases)
    return cases


def serialise(cases):
    return "".join(json.dumps(rec, ensure_ascii=False) + "\n" for rec, _, _ in cases)


def counts(cases):
    cnt = {t: 0 for t in TYPES}
    for rec, _, _ in cases:
        for s in rec["spans"]:
            cnt[s["type"]] += 1
    return cnt


def check(cases):
    errs = []
    ids = [r["id"] for r, _, _ in cases]
    if len(ids) != len(set(ids)):
        errs.append("duplicate ids")
    npos = sum(1 for r, _, _ in cases if r["kind"] == "positive")
    nneg = sum(1 for r, _, _ in cases if r["kind"] == "negative")
    for rec, keys, vals in cases:
        cid = rec["id"]
        if rec["kind"] == "negative" and rec["spans"]:
            errs.append(f"{cid}: negative with spans")
        if rec["kind"] == "positive" and not rec["spans"]:
            errs.append(f"{cid}: positive without spans")
        for t in rec["turns"]:
            if t["speaker"] not in ("customer", "agent"):
                errs.append(f"{cid}: bad speaker")
        by_turn = {}
        groups = {}
        for s, key in zip(rec["spans"], keys):
            if s["type"] not in TYPES:
                errs.append(f"{cid}: bad type")
            text = rec["turns"][s["turn"]]["text"]
            a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(text)):
                errs.append(f"{cid}: offsets out of range"); continue
            seg = text[a:b]
            if a > 0 and text[a - 1].isalnum():
                errs.append(f"{cid}: span start not on word boundary {seg!r}")
            if b < len(text) and text[b].isalnum():
                errs.append(f"{cid}: span end not on word boundary {seg!r}")
            if not (seg[-1].isalnum() and (seg[0].isalnum() or (s["type"] == "PHONE" and seg[0] in "+("))):
                errs.append(f"{cid}: span edges not alnum {seg!r}")
            by_turn.setdefault(s["turn"], []).append((a, b))
            groups.setdefault(key, []).append(seg)
        for t, iv in by_turn.items():
            iv.sort()
            for (a1, b1), (a2, b2) in zip(iv, iv[1:]):
                if a2 < b1:
                    errs.append(f"{cid}: overlapping spans")
        for key, segs in groups.items():
            typ, canon, frag = vals[key]
            try:
                ok = validate_value(typ, " ".join(segs), canon, frag)
            except ValueError as e:
                ok = False
                errs.append(f"{cid}: {typ} normalise error {e}")
            if not ok:
                errs.append(f"{cid}: invalid {typ} value {' | '.join(segs)!r} (canon {canon!r})")
        if rec["kind"] == "negative":
            # negatives: no turn may contain an e-mail address
            for t in rec["turns"]:
                if "@" in t["text"]:
                    errs.append(f"{cid}: negative contains @")
    cnt = counts(cases)
    if npos < 200 or nneg < 100:
        errs.append(f"too few cases pos={npos} neg={nneg}")
    mins = {"CARD_NUMBER": 70, "SSN": 30, "NI_NUMBER": 30}
    for t in TYPES:
        if cnt[t] < mins.get(t, 10):
            errs.append(f"too few {t}: {cnt[t]}")
    return errs, cnt, npos, nneg


def main():
    cases = generate()
    data = serialise(cases)
    if "--check" in sys.argv:
        with open(OUT, encoding="utf-8") as fh:
            existing = fh.read()
        errs, cnt, npos, nneg = check(cases)
        if existing != data:
            errs.insert(0, "cases.jsonl is not byte-identical to a fresh regeneration")
        # also re-validate the file as parsed JSON
        for line in existing.splitlines():
            json.loads(line)
        for e in errs[:60]:
            print("ERROR", e)
        print(f"positive={npos} negative={nneg} spans=" + json.dumps(cnt))
        if errs:
            print(f"FAILED: {len(errs)} problem(s)")
            sys.exit(1)
        print("OK: --check passed")
        return
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as fh:
        fh.write(data)
    errs, cnt, npos, nneg = check(cases)
    print(f"wrote {OUT}: positive={npos} negative={nneg} spans=" + json.dumps(cnt))
    if errs:
        for e in errs[:60]:
            print("ERROR", e)
        sys.exit(1)


if __name__ == "__main__":
    main()

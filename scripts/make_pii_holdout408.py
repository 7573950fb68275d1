#!/usr/bin/env python3
"""Generate the pii_holdout408 held-out PII redaction evaluation set.

Written by an independent test author (an AI helper) who did not see the
redaction engine.  Standard library only; one RNG seeded 408241125.

Usage:
    python scripts/make_pii_holdout408.py           # write cases.jsonl
    python scripts/make_pii_holdout408.py --check   # regenerate + validate
"""
import json
import os
import random
import re
import sys

R = random.Random(408241125)
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "fixtures", "pii_holdout408", "cases.jsonl")

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

# ---------------------------------------------------------------- words
UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy",
        8: "eighty", 9: "ninety"}
ORD_UNITS = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh",
             "eighth", "ninth"]
ORD_TEENS = ["tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
             "sixteenth", "seventeenth", "eighteenth", "nineteenth"]
ORD_TENS = {20: "twentieth", 30: "thirtieth"}
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo",
        "f": "foxtrot", "g": "golf", "h": "hotel", "i": "india", "j": "juliet",
        "k": "kilo", "l": "lima", "m": "mike", "n": "november", "o": "oscar",
        "p": "papa", "q": "quebec", "r": "romeo", "s": "sierra", "t": "tango",
        "u": "uniform", "v": "victor", "w": "whiskey", "x": "xray", "y": "yankee",
        "z": "zulu"}
FOR_WORDS = {"a": "apple", "b": "bob", "c": "charlie", "d": "david", "e": "edward",
             "g": "george", "h": "harry", "j": "jack", "k": "king", "l": "london",
             "m": "mary", "n": "nancy", "p": "peter", "r": "robert", "s": "sugar",
             "t": "tommy", "w": "william", "x": "xray", "y": "yellow", "z": "zebra"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
FILLERS = ["um", "uh", "er", "erm"]
ZEROS = ["oh", "oh", "zero", "o", "nought"]


def zero_word(style=None):
    return R.choice(ZEROS) if style is None else style


def unit_word(d, z):
    return z if d == 0 else UNITS[d]


def say_chunk(chunk, style, z):
    """Speak a digit string in one style; every output parses back exactly."""
    out = []
    if style == "pairs":
        i = 0
        while i < len(chunk):
            p = chunk[i:i + 2]
            if len(p) == 2 and p[0] != "0" and (p[0] == "1" or p[1] != "0"):
                a, b = int(p[0]), int(p[1])
                out.append(TEENS[b] if a == 1 else TENS[a] + ("" if b == 0 else " " + UNITS[b]))
            else:
                out.extend(unit_word(int(c), z) for c in p)
            i += 2
        return " ".join(out)
    if style == "hundreds":
        i = 0
        while i < len(chunk):
            t = chunk[i:i + 3]
            if len(t) == 3 and t[0] != "0" and t[1:] != "00" and not (t[2] == "0" and t[1] >= "2"):
                rest = int(t[1:])
                if rest < 10:
                    r = UNITS[rest]
                elif rest < 20:
                    r = TEENS[rest - 10]
                else:
                    r = TENS[rest // 10] + " " + UNITS[rest % 10]
                out.append("%s hundred %s%s" % (UNITS[int(t[0])], R.choice(["and ", "and ", ""]), r))
            else:
                out.append(say_chunk(t, "doubles", z))
            i += 3
        return " ".join(out)
    if style == "doubles":
        i = 0
        while i < len(chunk):
            c = chunk[i]
            n = 1
            while i + n < len(chunk) and chunk[i + n] == c and n < 3:
                n += 1
            w = unit_word(int(c), z)
            if n == 3:
                out.append("triple " + w)
            elif n == 2:
                out.append("double " + w)
            else:
                out.append(w)
            i += n
        return " ".join(out)
    if style == "digits":  # ASR emitting numerals
        return chunk
    return " ".join(unit_word(int(c), z) for c in chunk)


def say_digits(s, groups=None, style=None, sep=None, filler=0.0, z=None):
    """Spoken rendering of digit string s, grouped."""
    z = z or zero_word()
    groups = groups or [len(s)]
    parts, i = [], 0
    for g in groups:
        st = style or R.choice(["single", "single", "doubles", "pairs", "hundreds"])
        parts.append(say_chunk(s[i:i + g], st, z))
        i += g
    out = parts[0]
    for p in parts[1:]:
        sp = sep if sep is not None else R.choice([" ", " ", ", ", " ... "])
        if filler and R.random() < filler:
            sp = sp.rstrip() + " " + R.choice(FILLERS) + " "
            sp = sp.replace("  ", " ")
        out += sp + p
    return out


def split_groups(s, groups):
    out, i = [], 0
    for g in groups:
        out.append(s[i:i + g])
        i += g
    return out


def say_letter(c, mode):
    c = c.lower()
    if mode == "nato":
        return "%s for %s" % (c, NATO[c]) if R.random() < 0.5 else NATO[c]
    if mode == "for":
        w = FOR_WORDS.get(c, NATO[c])
        return "%s for %s" % (c, w) if R.random() < 0.7 else "%s as in %s" % (c, w)
    return c


# ---------------------------------------------------------------- parsers
WORDNUM = {w: i for i, w in enumerate(UNITS)}
WORDNUM.update({"oh": 0, "o": 0, "nought": 0, "nil": 0})
TEENNUM = {w: 10 + i for i, w in enumerate(TEENS)}
TENSNUM = {w: k for k, w in TENS.items()}
ORDNUM = {w: i for i, w in enumerate(ORD_UNITS) if w}
ORDNUM.update({w: 10 + i for i, w in enumerate(ORD_TEENS)})
ORDNUM.update({w: k for k, w in ORD_TENS.items()})
FILLER_SET = {"um", "uh", "er", "erm", "uhm", "ah", "hmm", "and"}


def tokens(text):
    t = text.lower().replace("x-ray", "xray")
    return re.findall(r"[a-z0-9]+", t)


def spoken_norm(text, digit_context=True):
    """Normalise a spoken/typed reading to a compact alnum string (lower case)."""
    toks = tokens(text)
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if t in FILLER_SET or t == "plus":
            i += 1
            continue
        if t in ("double", "triple") and nxt is not None:
            n = 2 if t == "double" else 3
            sub = spoken_norm(nxt, digit_context)
            out.append(sub * n)
            i += 2
            continue
        if len(t) == 1 and t.isalpha() and nxt in ("for",) and i + 2 < len(toks):
            out.append(t)
            i += 3
            continue
        if len(t) == 1 and t.isalpha() and nxt == "as" and i + 3 < len(toks) and toks[i + 2] == "in":
            out.append(t)
            i += 4
            continue
        if t in WORDNUM and not (t == "o" and not digit_context):
            d = WORDNUM[t]
            if nxt == "hundred":
                j = i + 2
                if j < len(toks) and toks[j] == "and":
                    j += 1
                rest = 0
                if j < len(toks) and toks[j] in TENSNUM:
                    rest = TENSNUM[toks[j]] * 10
                    j += 1
                    if j < len(toks) and toks[j] in WORDNUM and toks[j] not in ("oh", "o", "nought", "zero", "nil"):
                        rest += WORDNUM[toks[j]]
                        j += 1
                elif j < len(toks) and toks[j] in TEENNUM:
                    rest = TEENNUM[toks[j]]
                    j += 1
                elif j < len(toks) and toks[j] in WORDNUM:
                    rest = WORDNUM[toks[j]]
                    j += 1
                out.append("%d%02d" % (d, rest))
                i = j
                continue
            if nxt == "thousand":
                j = i + 2
                if j < len(toks) and toks[j] == "and":
                    j += 1
                rest = 0
                if j < len(toks) and toks[j] in TENSNUM:
                    rest = TENSNUM[toks[j]] * 10
                    j += 1
                    if j < len(toks) and toks[j] in WORDNUM:
                        rest += WORDNUM[toks[j]]
                        j += 1
                elif j < len(toks) and toks[j] in TEENNUM:
                    rest = TEENNUM[toks[j]]
                    j += 1
                elif j < len(toks) and toks[j] in WORDNUM:
                    rest = WORDNUM[toks[j]]
                    j += 1
                out.append("%d%03d" % (d, rest))
                i = j
                continue
            out.append(str(d))
            i += 1
            continue
        if t in TEENNUM:
            out.append(str(TEENNUM[t]))
            i += 1
            continue
        if t in TENSNUM:
            v = TENSNUM[t] * 10
            if nxt in WORDNUM and nxt not in ("oh", "o", "nought", "zero", "nil"):
                v += WORDNUM[nxt]
                i += 1
            elif nxt in ORDNUM and ORDNUM[nxt] < 10:
                v += ORDNUM[nxt]
                i += 1
            out.append(str(v))
            i += 1
            continue
        if t in ORDNUM:
            out.append(str(ORDNUM[t]))
            i += 1
            continue
        m = re.fullmatch(r"(\d+)(st|nd|rd|th)", t) if digit_context else None
        if m:
            out.append(m.group(1))
            i += 1
            continue
        if digit_context and re.fullmatch(r"[0-9ol]+", t) and re.search(r"\d", t):
            out.append(t.replace("o", "0").replace("l", "1"))
            i += 1
            continue
        if t in NATO.values() and not digit_context:
            out.append([k for k, v in NATO.items() if v == t][0])
            i += 1
            continue
        out.append(t)
        i += 1
    return "".join(out)


def luhn_ok(s):
    tot = 0
    for i, c in enumerate(reversed(s)):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def luhn_complete(prefix, length):
    s = prefix + "".join(str(R.randrange(10)) for _ in range(length - len(prefix) - 1))
    for d in "0123456789":
        if luhn_ok(s + d):
            return s + d


def iban_ok(s):
    s = s.upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    n = "".join(str(int(c, 36)) for c in r)
    return int(n) % 97 == 1


def iban_make(cc, bban):
    r = bban + cc + "00"
    n = "".join(str(int(c, 36)) for c in r)
    ck = 98 - int(n) % 97
    return "%s%02d%s" % (cc, ck, bban)


NI_RE = re.compile(r"(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]")
UK_PC_RE = re.compile(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}")
STREET_SUFFIX = {"street", "st", "road", "rd", "avenue", "ave", "lane", "ln", "drive", "dr",
                 "close", "way", "crescent", "court", "place", "terrace", "grove", "gardens",
                 "boulevard", "blvd", "parade", "row", "hill", "square", "mews", "walk"}


def date_values(text):
    """Return list of ints and ('m', n) month items found in a date expression."""
    t = text.lower()
    items = []
    for seg in re.split(r"[/\-.,]|\bslash\b|\bof\b|\bthe\b|\bdash\b", t):
        words = tokens(seg)
        cur = []

        def flush():
            if cur:
                s = spoken_norm(" ".join(cur))
                if s.isdigit():
                    items.append(int(s))
                else:
                    items.append(("bad", s))
                cur.clear()
        for w in words:
            mname = [i for i, m in enumerate(MONTHS) if w == m or (len(w) >= 3 and m.startswith(w) and w not in ("mar", "jun") or w in ("mar", "jun") and m.startswith(w))]
            if mname and not w.isdigit():
                flush()
                items.append(("m", mname[0] + 1))
            elif w in ORDNUM or re.fullmatch(r"\d+(st|nd|rd|th)", w):
                cur.append(w)
                flush()
            elif w in FILLER_SET:
                continue
            else:
                cur.append(w)
        flush()
    return items


def date_ok(text, canon, expiry):
    d, m, y = canon
    items = date_values(text)
    if any(isinstance(x, tuple) and x[0] == "bad" for x in items):
        return False
    vals = [x[1] if isinstance(x, tuple) else x for x in items]

    def ymatch(v):
        return v == y or v == y % 100
    if expiry:
        return len(vals) == 2 and vals[0] == m and ymatch(vals[1])
    if len(vals) != 3:
        return False
    a, b, c = vals
    return (a == d and b == m and ymatch(c)) or (a == m and b == d and ymatch(c)) or \
           (a == y and b == m and c == d)


def email_norm(text):
    t = text.lower().strip()
    t = re.sub(r"\s+(dot|period|point)\s+", ".", t)
    t = re.sub(r"\s+(at)\s+", "@", t)
    t = re.sub(r"\s+(underscore)\s+", "_", t)
    t = re.sub(r"\s+(dash|hyphen)\s+", "-", t)
    t = re.sub(r"\s+", "", t)
    return t


def validate_group(g, text):
    typ, canon, role = g["type"], g["canon"], g["role"]
    if role != "full":
        n = spoken_norm(text, typ not in ("NI_NUMBER", "POSTCODE", "IBAN"))
        return bool(re.fullmatch(r"[a-z0-9]+", n)) and len(n) <= 34
    if typ in ("CARD_NUMBER",):
        n = spoken_norm(text)
        return n == canon and n.isdigit() and 13 <= len(n) <= 19 and luhn_ok(n)
    if typ == "CVV":
        n = spoken_norm(text)
        return n == canon and n.isdigit() and len(n) in (3, 4)
    if typ == "SSN":
        n = spoken_norm(text)
        return n == canon and n.isdigit() and len(n) == 9 and n[:3] not in ("000", "666") \
            and n[0] != "9" and n[3:5] != "00" and n[5:] != "0000"
    if typ == "NI_NUMBER":
        n = spoken_norm(text, False).upper()
        return n == canon and bool(NI_RE.fullmatch(n))
    if typ == "SORT_CODE":
        n = spoken_norm(text)
        return n == canon and n.isdigit() and len(n) == 6
    if typ == "BANK_ACCOUNT":
        n = spoken_norm(text)
        return n == canon and n.isdigit() and 6 <= len(n) <= 17
    if typ == "IBAN":
        n = spoken_norm(text, False).upper()
        return n == canon and iban_ok(n)
    if typ == "PHONE":
        n = spoken_norm(text)
        return n == canon and n.isdigit() and 7 <= len(n) <= 15
    if typ == "EMAIL":
        n = email_norm(text)
        return n == canon and bool(re.fullmatch(r"[a-z0-9._%+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+", n))
    if typ in ("DOB", "EXPIRY"):
        return date_ok(text, canon, typ == "EXPIRY")
    if typ == "POSTCODE":
        n = spoken_norm(text, False).upper()
        return n == canon and (bool(UK_PC_RE.fullmatch(n)) or bool(re.fullmatch(r"\d{5}(\d{4})?", n)))
    if typ == "ADDRESS":
        toks = tokens(text)
        return bool(toks) and toks[-1] in STREET_SUFFIX and any(
            x.isdigit() or x in WORDNUM or x in TEENNUM or x in TENSNUM for x in toks)
    return False


# ---------------------------------------------------------------- case builder
class Case:
    def __init__(self, kind, note):
        self.kind, self.note = kind, note
        self.turns = []
        self.groups = {}

    def g(self, typ, canon, role="full"):
        gid = len(self.groups)
        self.groups[gid] = {"type": typ, "canon": canon, "role": role}
        return gid

    def t(self, speaker, *segs):
        self.turns.append((speaker, segs))
        return self

    def c(self, *segs):
        return self.t("customer", *segs)

    def a(self, *segs):
        return self.t("agent", *segs)

    def build(self, cid):
        turns, spans = [], []
        for ti, (spk, segs) in enumerate(self.turns):
            text = ""
            for s in segs:
                if isinstance(s, tuple):
                    gid, val = s
                    spans.append({"turn": ti, "start": len(text), "end": len(text) + len(val),
                                  "type": self.groups[gid]["type"], "_g": gid})
                    text += val
                else:
                    text += s
            turns.append({"speaker": spk, "text": text})
        return {"id": cid, "kind": self.kind, "turns": turns, "spans": spans, "note": self.note}


def V(gid, text):
    return (gid, text)


def pick(*xs):
    return R.choice(xs)


def maybe(p, s, other=""):
    return s if R.random() < p else other


# ---------------------------------------------------------------- value makers
FIRST = ["james", "sarah", "liam", "aoife", "priya", "tom", "olga", "marcus", "niamh", "chen",
         "fatima", "dave", "lucy", "pedro", "hannah", "kwame", "sophie", "raj", "emma", "sean"]
LAST = ["smith", "okafor", "murphy", "patel", "nguyen", "o'brien", "kowalski", "jones",
        "garcia", "walsh", "brown", "ahmed", "fischer", "byrne", "taylor", "rossi"]
STREETS = ["acacia avenue", "mill lane", "station road", "church street", "the crescent",
           "victoria road", "kings drive", "oak close", "elm grove", "harbour view court",
           "maple street", "pennsylvania avenue", "sunset boulevard", "bridge street",
           "meadow way", "castle terrace", "orchard gardens", "high street", "park place",
           "willow walk", "quarry hill", "north parade", "market square", "dock road"]
TOWNS_UK = ["leeds", "bristol", "manchester", "glasgow", "cardiff", "norwich", "york", "derby"]
TOWNS_US = ["austin", "denver", "columbus", "tampa", "portland", "boise"]
INDUSTRY = ["bank", "telecom", "utilities", "retail", "insurance", "travel",
            "healthcare billing", "government services"]


def card_value(kind=None):
    kind = kind or R.choice(["visa", "visa", "visa", "mc", "mc", "amex", "disc", "maestro", "visa13", "mc2"])
    if kind == "visa":
        return luhn_complete("4" + str(R.randrange(10)), 16), kind
    if kind == "visa13":
        return luhn_complete("4", 13), kind
    if kind == "mc":
        return luhn_complete(str(R.randint(51, 55)), 16), kind
    if kind == "mc2":
        return luhn_complete(str(R.randint(2221, 2720)), 16), kind
    if kind == "amex":
        return luhn_complete(R.choice(["34", "37"]), 15), kind
    if kind == "disc":
        return luhn_complete("6011", 16), kind
    return luhn_complete(R.choice(["6759", "6763", "5018"]), 19), kind


def card_groups(n):
    if len(n) == 15:
        return [4, 6, 5]
    if len(n) == 13:
        return [4, 3, 3, 3]
    if len(n) == 19:
        return [4, 4, 4, 4, 3]
    return [4, 4, 4, 4]


def card_typed(n):
    f = R.randrange(9)
    gs = split_groups(n, card_groups(n))
    if f == 0:
        return n
    if f == 1:
        return " ".join(gs)
    if f == 2:
        return "-".join(gs)
    if f == 3:
        return ".".join(gs)
    if f == 4:  # odd grouping
        return " ".join(split_groups(n, [3, 5, 4, len(n) - 12]))
    if f == 5:  # typo: letter O for zero / l for one
        s = " ".join(gs)
        if "0" in s:
            return s.replace("0", "O", 1)
        return s.replace("1", "l", 1) if "1" in s else s
    if f == 6:  # double spaces and trailing group stuck on
        return "  ".join(gs[:-1]) + gs[-1]
    if f == 7:
        return " - ".join(gs)
    return " ".join(split_groups(n, [2] * (len(n) // 2) + ([1] if len(n) % 2 else [])))


def ssn_value():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


def ssn_typed(s):
    f = R.randrange(6)
    return [s[:3] + "-" + s[3:5] + "-" + s[5:], s[:3] + " " + s[3:5] + " " + s[5:], s,
            s[:3] + "." + s[3:5] + "." + s[5:], s[:3] + "-" + s[3:5] + " " + s[5:],
            s[:3] + " - " + s[3:5] + " - " + s[5:]][f]


NI_A = "ABCEGHJKLMNPRSTWXYZ"
NI_B = "ABCEGHJKLMNPRSTWXYZ"


def ni_value():
    while True:
        p = R.choice(NI_A) + R.choice(NI_B)
        if p not in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ"):
            break
    return p + "".join(str(R.randrange(10)) for _ in range(6)) + R.choice("ABCD")


def ni_typed(v):
    f = R.randrange(7)
    s = [v, v[:2] + " " + v[2:4] + " " + v[4:6] + " " + v[6:8] + " " + v[8], v.lower(),
         v[:2] + v[2:8] + " " + v[8], v[:2] + "-" + v[2:4] + "-" + v[4:6] + "-" + v[6:8] + "-" + v[8],
         v[:2].lower() + " " + v[2:8] + " " + v[8].lower(), v[:2] + " " + v[2:8] + v[8]][f]
    return s


def ni_spoken(v, mode=None, filler=0.0):
    mode = mode or R.choice(["plain", "nato", "for", "plain"])
    L1 = say_letter(v[0], mode)
    L2 = say_letter(v[1], mode)
    pre = (L1 + " " + L2) if not (v[0] == v[1] and mode == "plain") else "double " + v[0].lower()
    digs = say_digits(v[2:8], [2, 2, 2], filler=filler, z=pick("oh", "zero", "nought"))
    return pre + R.choice([" ", ", ", " ... "]) + digs + R.choice([" ", ", ", " and then "]).replace(" and then ", " ") + say_letter(v[8], mode)


def pc_uk():
    return R.choice(["SW1A2AA", "M11AE", "B338TH", "EH12NG", "LS61AB", "BS14DJ", "CF103NQ",
                     "NR21TU", "YO17HH", "DE13AA", "G24HG", "W1D4FA", "E17BJ", "N16XE"])


def pc_fmt(p):
    return p[:-3] + " " + p[-3:]


def pc_spoken(p):
    out = []
    for c in p[:-3]:
        out.append(say_letter(c, pick("plain", "plain", "nato")) if c.isalpha() else UNITS[int(c)])
    out.append(",")
    for c in p[-3:]:
        out.append(say_letter(c, pick("plain", "for")) if c.isalpha() else UNITS[int(c)])
    return " ".join(out).replace(" ,", ",")


def zip_value():
    return "%05d" % R.randint(10001, 99950) + (("%04d" % R.randint(1, 9999)) if R.random() < 0.3 else "")


def zip_fmt(z):
    return z if len(z) == 5 else z[:5] + "-" + z[5:]


def phone_value():
    k = R.randrange(7)
    if k == 0:
        n = "07" + "".join(str(R.randrange(10)) for _ in range(9))
        return n, pick(n[:5] + " " + n[5:], n[:5] + " " + n[5:8] + " " + n[8:], n)
    if k == 1:
        n = "447" + "".join(str(R.randrange(10)) for _ in range(9))
        return n, pick("+44 " + n[2:6] + " " + n[6:], "+44 (0)" + n[2:6] + " " + n[6:], "0044 " + n[2:])
    if k == 2:
        n = "0207946" + "%04d" % R.randrange(10000)
        return n, n[:3] + " " + n[3:7] + " " + n[7:]
    if k == 3:
        a = str(R.randint(201, 989))
        n = a + str(R.randint(200, 999)) + "%04d" % R.randrange(10000)
        return n, pick(n[:3] + "-" + n[3:6] + "-" + n[6:], n[:3] + "." + n[3:6] + "." + n[6:])
    if k == 4:
        a = str(R.randint(201, 989))
        n = "1" + a + str(R.randint(200, 999)) + "%04d" % R.randrange(10000)
        return n, pick("+1 " + n[1:4] + " " + n[4:7] + " " + n[7:], "1-" + n[1:4] + "-" + n[4:7] + "-" + n[7:])
    if k == 5:
        n = "3538" + str(R.choice([3, 5, 6, 7])) + "".join(str(R.randrange(10)) for _ in range(7))
        return n, "+353 " + n[3:5] + " " + n[5:8] + " " + n[8:]
    n = "08" + str(R.choice([3, 5, 6, 7])) + "".join(str(R.randrange(10)) for _ in range(7))
    return n, n[:3] + " " + n[3:6] + " " + n[6:]


def P(gid, f):
    """Phone segment(s): a leading '+' stays outside the span (span starts at first digit)."""
    if f.startswith("+"):
        return ["+", V(gid, f[1:])]
    return [V(gid, f)]


def phone_spoken(n):
    if n.startswith("44") or n.startswith("353") or (n.startswith("1") and len(n) == 11):
        cc = "44" if n.startswith("44") else ("353" if n.startswith("353") else "1")
        rest = n[len(cc):]
        return "plus " + say_digits(cc, style=pick("single", "pairs")) + " " + say_digits(rest, [3, 3, len(rest) - 6])
    if len(n) == 11:
        return say_digits(n, [5, 3, 3])
    return say_digits(n, [3, 3, len(n) - 6])


def email_value():
    f, l = R.choice(FIRST), R.choice(LAST).replace("'", "")
    dom = R.choice(["gmail.com", "yahoo.co.uk", "outlook.com", "hotmail.com", "eircom.net",
                    "icloud.com", "btinternet.com", "web.de", "proton.me"])
    k = R.randrange(4)
    user = [f + "." + l, f[0] + l, f + "_" + l, f + l + str(R.randint(1, 99))][k]
    return user + "@" + dom


def email_spoken(e):
    user, dom = e.split("@")
    u = user.replace(".", " dot ").replace("_", " underscore ").replace("-", " dash ")
    u = re.sub(r"(\d+)", lambda m: " " + m.group(1) + " ", u)
    u = re.sub(r"\s+", " ", u).strip()
    return u + " at " + dom.replace(".", " dot ")


def date_value(dob=True):
    if dob:
        return (R.randint(1, 28), R.randint(1, 12), R.randint(1940, 2005))
    return (1, R.randint(1, 12), R.randint(2025, 2031))


def year_spoken(y):
    if y >= 2000:
        if y < 2010:
            return pick("two thousand and " + UNITS[y - 2000], "two thousand " + UNITS[y - 2000],
                        "twenty oh " + UNITS[y - 2000])
        return "twenty " + yy_word(y - 2000)
    return TEENS[y // 100 - 10] + " " + (yy_word(y % 100) if y % 100 >= 10 else "oh " + UNITS[y % 100])


def yy_word(n):
    if n >= 20 and n % 10 == 0:
        return TENS[n // 10]
    return say_chunk("%02d" % n, "pairs", "oh")


def ord_word(d):
    if d < 10:
        return ORD_UNITS[d]
    if d < 20:
        return ORD_TEENS[d - 10]
    if d % 10 == 0:
        return ORD_TENS[d]
    return TENS[d // 10] + " " + ORD_UNITS[d % 10]


def dob_render(dt, asr):
    d, m, y = dt
    if asr:
        k = R.randrange(4)
        if k == 0:
            return "the %s of %s %s" % (ord_word(d), MONTHS[m - 1], year_spoken(y))
        if k == 1:
            return "%s %s %s" % (MONTHS[m - 1], ord_word(d), year_spoken(y))
        if k == 2:
            return "%s, %s, %s" % (say_chunk(str(d), "pairs", "oh"), say_chunk("%02d" % m, "pairs", "oh"),
                                   say_chunk(str(y % 100), "pairs", "oh") if y % 100 >= 10 else year_spoken(y))
        return "%s %s %s" % (ord_word(d), MONTHS[m - 1], year_spoken(y))
    k = R.randrange(6)
    sfx = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}.get(d, "th")
    return ["%02d/%02d/%d" % (d, m, y), "%d-%02d-%02d" % (y, m, d), "%d %s %d" % (d, MONTHS[m - 1].title(), y),
            "%d%s %s %d" % (d, sfx, MONTHS[m - 1][:3].title(), y), "%02d.%02d.%02d" % (d, m, y % 100),
            "%s %d, %d" % (MONTHS[m - 1].title(), d, y)][k]


def expiry_render(dt, asr):
    _, m, y = dt
    if asr:
        k = R.randrange(3)
        if k == 0:
            return "%s slash %s" % (say_chunk("%02d" % m, pick("single", "pairs"), "oh"), say_chunk(str(y % 100), "pairs", "oh"))
        if k == 1:
            return "%s %s" % (MONTHS[m - 1], year_spoken(y))
        return "%s, %s" % (say_chunk("%02d" % m, "single", pick("oh", "zero")), say_chunk(str(y % 100), "pairs", "oh"))
    return pick("%02d/%02d" % (m, y % 100), "%02d/%d" % (m, y), "%02d-%02d" % (m, y % 100),
                "%d/%02d" % (m, y % 100), "%s %d" % (MONTHS[m - 1][:3].title(), y))


def address_value(us=False):
    num = R.randint(1, 240) if not us else R.randint(100, 9800)
    st = R.choice(STREETS)
    if st == "the crescent":
        st = "lime crescent"
    return num, st


def address_render(num, st, asr):
    if asr:
        s = str(num)
        return (say_chunk(s, "pairs", "oh") if len(s) <= 2 else say_digits(s, style="hundreds")) + " " + st
    return str(num) + " " + st.title()


def iban_value():
    k = R.randrange(5)
    dg = lambda n: "".join(str(R.randrange(10)) for _ in range(n))
    if k == 0:
        return iban_make("GB", R.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + dg(14))
    if k == 1:
        return iban_make("IE", R.choice(["AIBK", "BOFI", "IPBS"]) + dg(14))
    if k == 2:
        return iban_make("DE", dg(18))
    if k == 3:
        return iban_make("FR", dg(10) + "".join(R.choice("ABCDEFGHJK0123456789") for _ in range(11)) + dg(2))
    return iban_make("NL", R.choice(["ABNA", "INGB", "RABO"]) + dg(10))


def iban_typed(v):
    f = R.randrange(4)
    if f == 0:
        return " ".join(v[i:i + 4] for i in range(0, len(v), 4))
    if f == 1:
        return v
    if f == 2:
        return v.lower()
    return " ".join(v[i:i + 4] for i in range(0, len(v), 4)).lower()


def iban_spoken(v):
    out = []
    chunks = [v[i:i + 4] for i in range(0, len(v), 4)]
    for ch in chunks:
        w = []
        for c in ch:
            w.append(say_letter(c, pick("plain", "nato", "for")) if c.isalpha() and c.lower() in FOR_WORDS or c.isalpha() and c.lower() in NATO else UNITS[int(c)] if c != "0" else "zero")
        out.append(" ".join(w))
    return ", ".join(out)


BACK = ["mhm", "go on", "yep", "okay", "uh huh", "right", "got that", "yeah go ahead", "ok next four", "and the rest?"]


def back():
    return R.choice(BACK)


def greeting(ind):
    return R.choice({
        "bank": ["thanks for calling northgate bank", "you're through to card services", "fraud team, how can i help"],
        "telecom": ["thanks for calling skylink mobile", "billing team, you're speaking with dan"],
        "utilities": ["brightwater energy, how can i help", "you're through to the payments line"],
        "retail": ["hi, thanks for contacting homeway stores", "orders team here"],
        "insurance": ["shieldline insurance, claims desk", "hi, renewals team"],
        "travel": ["skyhop airways bookings", "thanks for calling tripnest"],
        "healthcare billing": ["mercy health billing office", "patient accounts, this is jo"],
        "government services": ["benefits helpline, you're speaking with sam", "dmv customer line"],
    }[ind])


# ---------------------------------------------------------------- positive templates
def p_card_chat():
    ind = pick("bank", "retail", "travel", "telecom", "insurance")
    n, _ = card_value()
    c = Case("positive", "typed chat card number, %s" % ind)
    g = c.g("CARD_NUMBER", n)
    lab = pick("card no: ", "Card number - ", "cc# ", "my card is ", "CARD: ", "long number on card ", "pan ")
    extra = []
    if R.random() < 0.5:
        e = date_value(False)
        ge = c.g("EXPIRY", e)
        extra = [pick(" exp ", " expiry ", ", expires ", " valid thru "), V(ge, expiry_render(e, False))]
    if R.random() < 0.5:
        cv = "%03d" % R.randrange(1000)
        gc = c.g("CVV", cv)
        extra += [pick(" cvv ", " CVC: ", " security code ", " 3 digits on back "), V(gc, cv)]
    c.a(pick("Please enter the card you'd like to use.", "Which card should we charge the £%d.%02d to?" % (R.randint(5, 900), R.randrange(100))))
    c.c(lab, V(g, card_typed(n)), *extra)
    if R.random() < 0.4:
        c.a("Thanks, the payment of $%d.00 has gone through." % R.randint(10, 500))
    return c


def p_card_asr_single():
    n, _ = card_value()
    c = Case("positive", "asr card full reading in one turn with fillers")
    g = c.g("CARD_NUMBER", n)
    c.a(pick("okay can i take the long number across the front of the card", "go ahead with the card number when you're ready"))
    c.c(pick("yeah it's ", "okay so ", "um right it's ", ""), V(g, say_digits(n, card_groups(n), filler=0.4)),
        pick("", " and that's it", ", did you get that"))
    if R.random() < 0.5:
        e = date_value(False)
        ge = c.g("EXPIRY", e)
        c.a("and the expiry")
        c.c(pick("", "it's ", "expires "), V(ge, expiry_render(e, True)))
    return c


def p_card_split():
    n, _ = card_value()
    c = Case("positive", "asr card split across turns with back-channels and agent read-back")
    g = c.g("CARD_NUMBER", n)
    gs = split_groups(n, card_groups(n))
    c.a("okay, the card number please, in groups of four is fine")
    for i, chunk in enumerate(gs):
        c.c(pick("", "", "so ", "um "), V(g, say_digits(chunk, filler=0.2)))
        if i < len(gs) - 1:
            c.a(back())
    if R.random() < 0.8:
        g2 = c.g("CARD_NUMBER", n)
        c.a(pick("let me read that back, ", "so that's ", "i've got "), V(g2, say_digits(n, card_groups(n), style="single")),
            pick(", correct?", " is that right", ""))
        c.c(pick("yes", "that's right", "yep spot on"))
    return c


def p_card_restart():
    n, _ = card_value()
    c = Case("positive", "card reading abandoned and restarted; both readings labelled")
    gp = c.g("CARD_NUMBER", n[:R.randint(4, 9)], "partial")
    g = c.g("CARD_NUMBER", n)
    c.a("card number please")
    c.c(V(gp, say_digits(c.groups[gp]["canon"], style="single")),
        pick(" ... sorry, let me start again, ", " no wait i'm reading the wrong card hang on ... right it's ",
             " uh, sorry, scratch that, it's "),
        V(g, say_digits(n, card_groups(n), filler=0.3)))
    return c


def p_card_misheard():
    n, _ = card_value()
    gs = split_groups(n, card_groups(n))
    wi = R.randrange(len(gs))
    bad = list(gs)
    w = list(bad[wi])
    pos = R.randrange(len(w))
    w[pos] = str((int(w[pos]) + R.choice([1, 3, 5])) % 10)
    bad[wi] = "".join(w)
    c = Case("positive", "agent mishears one group of card; customer corrects; all readings labelled")
    g1 = c.g("CARD_NUMBER", n)
    gbad = c.g("CARD_NUMBER", "".join(bad), "variant")
    gfix = c.g("CARD_NUMBER", gs[wi], "partial")
    g3 = c.g("CARD_NUMBER", n)
    c.c("it's ", V(g1, say_digits(n, card_groups(n))))
    c.a("so i have ", V(gbad, say_digits("".join(bad), card_groups(n), style="single", sep=" ")), "?")
    c.c(pick("no, the ", "not quite, the ", "nope "), pick("", "bit that goes ", "group that's "), V(gfix, say_digits(gs[wi], style="single")),
        pick("", " not what you said"), pick(".", ""))
    c.a("sorry, ", V(g3, say_digits(n, card_groups(n), style="single", sep=", ")), ", got it now")
    return c


def p_card_aside():
    n, _ = card_value()
    gs = split_groups(n, card_groups(n))
    k = R.randint(1, len(gs) - 1)
    c = Case("positive", "card reading interrupted by an aside inside the same turn")
    g = c.g("CARD_NUMBER", n)
    c.c(V(g, say_digits("".join(gs[:k]), [4] * k if len("".join(gs[:k])) % 4 == 0 else None)),
        pick(" - sorry the dog's going mad - ", " ... hang on, kids, be quiet! ... ok ", " wait the light's rubbish in here, ", " uh where was i, "),
        V(g, say_digits("".join(gs[k:]))))
    c.a(pick("okay thank you", "lovely, and the name on the card?", "got it"))
    return c


def p_card_mixed_asr():
    n, _ = card_value()
    gs = split_groups(n, card_groups(n))
    c = Case("positive", "ASR output mixing numerals and number words")
    g = c.g("CARD_NUMBER", n)
    parts = [gg if R.random() < 0.5 else say_digits(gg) for gg in gs]
    c.a("go ahead")
    c.c(pick("its ", "yeah ", ""), V(g, " ".join(parts)))
    return c


def p_card_lastfour_after_full():
    n, _ = card_value()
    c = Case("positive", "full card read, later last four mentioned -> last four labelled too")
    g = c.g("CARD_NUMBER", n)
    gl = c.g("CARD_NUMBER", n[-4:], "partial")
    c.c("the card's ", V(g, card_typed(n) if R.random() < 0.5 else say_digits(n, card_groups(n))))
    c.a(pick("great, so that's the card ending ", "okay, i'll charge the card ending in "), V(gl, pick(n[-4:], say_digits(n[-4:], style="single"))), pick(".", ", yes?"))
    return c


def p_card_repeat_email():
    n, _ = card_value()
    c = Case("positive", "e-mail body with card, expiry, cvv and address")
    g = c.g("CARD_NUMBER", n)
    e = date_value(False)
    ge = c.g("EXPIRY", e)
    cv = "%0*d" % ((4, R.randrange(10000)) if len(n) == 15 else (3, R.randrange(1000)))
    gc = c.g("CVV", cv)
    c.c(pick("Hi, ", "Hello team, ", "Dear Sir/Madam, "),
        "please renew my policy using ", pick("Card Number: ", "card ", "the card "), V(g, card_typed(n)),
        pick(", Exp: ", " exp date ", " (expires "), V(ge, expiry_render(e, False)), pick(", CVV ", " sec code: ", ") cvv2 "), V(gc, cv),
        ". Renewal premium is £%d.%02d. Thanks" % (R.randint(100, 999), R.randrange(100)))
    return c


def p_card_double_read():
    n, _ = card_value()
    c = Case("positive", "customer repeats card twice for confirmation, pairs/hundreds styles")
    g1 = c.g("CARD_NUMBER", n)
    g2 = c.g("CARD_NUMBER", n)
    c.c(V(g1, say_digits(n, card_groups(n), style=pick("pairs", "hundreds"))), ". i'll say it again, ",
        V(g2, say_digits(n, card_groups(n), style="single")))
    c.a("thanks, got both")
    return c


def p_ssn_typed():
    s = ssn_value()
    c = Case("positive", "typed SSN in chat, %s" % pick("healthcare billing", "government services", "insurance", "bank"))
    g = c.g("SSN", s)
    c.a(pick("To verify, please provide your SSN.", "What's the social security number on the account?"))
    c.c(pick("ssn: ", "SSN ", "social is ", "my social sec # is ", "SS# ", ""), V(g, ssn_typed(s)),
        pick("", " thanks", ". DOB is below"))
    if R.random() < 0.4:
        d = date_value()
        gd = c.g("DOB", d)
        c.c("dob ", V(gd, dob_render(d, False)))
    return c


def p_ssn_spoken():
    s = ssn_value()
    c = Case("positive", "spoken SSN, varied number styles")
    g = c.g("SSN", s)
    c.a("and can i get your social security number please")
    c.c(pick("sure it's ", "yeah, ", "uh okay ", ""), V(g, say_digits(s, [3, 2, 4], filler=0.3)))
    if R.random() < 0.5:
        g2 = c.g("SSN", s)
        c.a("that's ", V(g2, say_digits(s, [3, 2, 4], style="single", sep=", ")), "?")
        c.c("correct")
    return c


def p_ssn_split():
    s = ssn_value()
    c = Case("positive", "SSN split across turns with back-channels")
    g = c.g("SSN", s)
    c.a("go ahead with the social")
    for i, ch in enumerate([s[:3], s[3:5], s[5:]]):
        c.c(V(g, say_digits(ch)))
        if i < 2:
            c.a(back())
    return c


def p_ssn_correction():
    s = ssn_value()
    wrong = s[:3] + s[4] + s[3] + s[5:]
    if wrong == s:
        wrong = s[:5] + s[6] + s[5] + s[7:]
    c = Case("positive", "SSN with transposed digits then corrected; both readings labelled")
    g1 = c.g("SSN", wrong, "variant")
    g2 = c.g("SSN", s)
    c.c(V(g1, say_digits(wrong, [3, 2, 4])), pick(" - no wait, i swapped those, it's ", ". sorry, that's wrong. it's ", " ... no hold on, "),
        V(g2, say_digits(s, [3, 2, 4], style="single")))
    c.a("okay, thanks for that")
    return c


def p_ssn_form():
    s = ssn_value()
    d = date_value()
    c = Case("positive", "form-like message with SSN, DOB and phone")
    g = c.g("SSN", s)
    gd = c.g("DOB", d)
    pn, pf = phone_value()
    gp = c.g("PHONE", pn)
    c.c("Name: %s %s\nSocial Security No.: " % (R.choice(FIRST).title(), R.choice(LAST).title()), V(g, ssn_typed(s)),
        "\nD.O.B: ", V(gd, dob_render(d, False)), "\nCallback: ", *P(gp, pf), "\nClaim ref CLM-%06d" % R.randrange(10 ** 6))
    return c


def p_ni_typed():
    v = ni_value()
    c = Case("positive", "typed NI number, %s" % pick("government services", "bank", "insurance", "utilities"))
    g = c.g("NI_NUMBER", v)
    c.a(pick("Can you confirm your National Insurance number?", "What is your NINO please?"))
    c.c(pick("NI no: ", "ni number ", "its ", "NINO - ", "national insurance: ", ""), V(g, ni_typed(v)))
    return c


def p_ni_spoken():
    v = ni_value()
    c = Case("positive", "spoken NI number with letters/NATO and fillers")
    g = c.g("NI_NUMBER", v)
    c.a("and your national insurance number")
    c.c(pick("yeah it's ", "um ", "right it's ", ""), V(g, ni_spoken(v, filler=0.3)))
    if R.random() < 0.5:
        g2 = c.g("NI_NUMBER", v)
        c.a("so ", V(g2, ni_spoken(v, "plain")), pick(", yes?", ""))
        c.c("yes")
    return c


def p_ni_split():
    v = ni_value()
    c = Case("positive", "NI number split over several customer turns")
    g = c.g("NI_NUMBER", v)
    c.a("national insurance number when you're ready")
    c.c(V(g, say_letter(v[0], "for") + " " + say_letter(v[1], "for")))
    c.a(back())
    c.c(V(g, say_digits(v[2:8], [2, 2, 2], z=pick("oh", "zero"))))
    c.a(pick("and the letter at the end", "and the last letter?"))
    c.c(pick("", "it's ", "the letter's "), V(g, say_letter(v[8], pick("plain", "nato", "for"))))
    return c


def p_ni_confusion():
    v = ni_value()
    c = Case("positive", "NI letter confusion clarified by agent; clarifications labelled")
    g = c.g("NI_NUMBER", v)
    gq = c.g("NI_NUMBER", v[1], "partial")
    c.c(V(g, ni_spoken(v, "plain")))
    c.a("sorry was that ", V(gq, say_letter(v[1], "for")), " or ", pick("e for echo", "p for papa", "t for tango"), "?")
    gr = c.g("NI_NUMBER", v[1], "partial")
    c.c("the first one, ", V(gr, NATO[v[1].lower()]))
    return c


def p_ni_restart():
    v = ni_value()
    c = Case("positive", "NI reading restarted after reading the wrong document")
    gp = c.g("NI_NUMBER", v[:4], "partial")
    g = c.g("NI_NUMBER", v)
    c.c(V(gp, say_letter(v[0], "plain") + " " + say_letter(v[1], "plain") + " " + say_digits(v[2:4], style="single", z="zero")),
        pick(" ... no hang on that's my wife's, mine is ", " - sorry, start again - ", " erm no, "),
        V(g, ni_spoken(v)))
    return c


def p_bank():
    c = Case("positive", "bank account and sort code / routing")
    acct = "".join(str(R.randrange(10)) for _ in range(8))
    sc = "".join(str(R.randrange(10)) for _ in range(6))
    ga = c.g("BANK_ACCOUNT", acct)
    gs = c.g("SORT_CODE", sc)
    if R.random() < 0.5:
        c.c(pick("acct no: ", "Account number ", "a/c "), V(ga, pick(acct, acct[:4] + " " + acct[4:])),
            pick(", sort code ", " s/c ", " sort: "), V(gs, pick(sc[:2] + "-" + sc[2:4] + "-" + sc[4:], sc, sc[:2] + " " + sc[2:4] + " " + sc[4:])))
    else:
        c.a("what's the sort code")
        c.c(V(gs, say_digits(sc, [2, 2, 2], style=pick("pairs", "single", "doubles"))))
        c.a("and the account number")
        c.c(pick("", "it's "), V(ga, say_digits(acct, [4, 4], filler=0.2)))
    return c


def p_bank_us():
    c = Case("positive", "US checking account number for direct debit; routing number is not in scope")
    acct = "".join(str(R.randrange(10)) for _ in range(R.randint(9, 12)))
    ga = c.g("BANK_ACCOUNT", acct)
    c.c(pick("checking acct ", "account # ", "acct: "), V(ga, acct), pick(" at chase", ", it's with wells", ""))
    c.a("Thanks, autopay will start on the %s." % pick("1st", "15th"))
    return c


def p_iban():
    v = iban_value()
    c = Case("positive", "IBAN for refund, %s" % v[:2])
    g = c.g("IBAN", v)
    if R.random() < 0.55:
        c.c(pick("IBAN: ", "my iban is ", "refund to ", "Iban "), V(g, iban_typed(v)))
    else:
        c.a("can you read me the iban")
        c.c(V(g, iban_spoken(v)))
    c.a(pick("The refund of €%d will arrive in 3-5 working days." % R.randint(20, 900), "thanks"))
    return c


def p_phone():
    n, f = phone_value()
    c = Case("positive", "phone number")
    g = c.g("PHONE", n)
    if R.random() < 0.5:
        c.c(pick("call me on ", "tel: ", "mob ", "best number is ", "Phone: "), *P(g, f), pick("", " after 5pm", " thx"))
    else:
        c.a("what's the best number to reach you")
        c.c(pick("", "it's ", "yeah "), V(g, phone_spoken(n)))
        if R.random() < 0.4:
            g2 = c.g("PHONE", n)
            c.a("so ", V(g2, phone_spoken(n)))
    return c


def p_email():
    e = email_value()
    c = Case("positive", "email address")
    g = c.g("EMAIL", e)
    if R.random() < 0.5:
        c.c(pick("email: ", "send it to ", "my e-mail is ", ""), V(g, pick(e, e.upper() if R.random() < 0.2 else e)))
        c.groups[g]["canon"] = e
    else:
        c.a("and an email address for the confirmation")
        c.c(pick("", "yeah it's ", "um "), V(g, email_spoken(e)))
    return c


def p_dob():
    d = date_value()
    asr = R.random() < 0.5
    c = Case("positive", "date of birth for ID&V")
    g = c.g("DOB", d)
    c.a(pick("can i take your date of birth", "Please confirm your DOB."))
    c.c(pick("", "it's ", "born ", "sure, "), V(g, dob_render(d, asr)))
    return c


def p_address():
    us = R.random() < 0.35
    num, st = address_value(us)
    asr = R.random() < 0.5
    c = Case("positive", "address with postcode/ZIP")
    ga = c.g("ADDRESS", str(num) + " " + st)
    if us:
        z = zip_value()
        gp = c.g("POSTCODE", z)
        town = R.choice(TOWNS_US)
        c.c(pick("ship to ", "my address is ", "it's "), V(ga, address_render(num, st, asr)), ", %s, TX " % town.title(),
            V(gp, zip_fmt(z) if not asr else say_digits(z, style="single")))
    else:
        p = pc_uk()
        gp = c.g("POSTCODE", p)
        town = R.choice(TOWNS_UK)
        flat = maybe(0.3, "flat %d, " % R.randint(1, 30))
        if flat:
            c.groups[ga]["canon"] = flat + c.groups[ga]["canon"]
        c.c(pick("", "it's ", "the address is "), V(ga, flat + address_render(num, st, asr)), ", %s, " % town,
            V(gp, pc_fmt(p) if not asr else pc_spoken(p)))
    return c


def p_full_idv():
    ind = R.choice(INDUSTRY)
    c = Case("positive", "full ID&V call, %s" % ind)
    c.a(greeting(ind) + ". can i take your postcode and the first line of your address?")
    p = pc_uk()
    gp = c.g("POSTCODE", p)
    num, st = address_value()
    ga = c.g("ADDRESS", str(num) + " " + st)
    c.c(pick("", "yeah "), V(gp, pc_spoken(p)))
    c.a("and the first line")
    c.c(V(ga, address_render(num, st, True)))
    d = date_value()
    gd = c.g("DOB", d)
    c.a("date of birth")
    c.c(V(gd, dob_render(d, True)))
    if R.random() < 0.5:
        v = ni_value()
        gn = c.g("NI_NUMBER", v)
        c.a("and lastly your national insurance number")
        c.c(V(gn, ni_spoken(v)))
    else:
        n, _ = card_value()
        gc = c.g("CARD_NUMBER", n)
        c.a("and the long card number")
        c.c(V(gc, say_digits(n, card_groups(n), filler=0.2)))
    c.a("thank you, you're through security. your balance is %d pounds %d" % (R.randint(10, 5000), R.randint(1, 99)))
    return c


def p_card_agent_prompt_groups():
    """Agent drives the reading group by group and reads each group back."""
    n, _ = card_value()
    gs = split_groups(n, card_groups(n))
    c = Case("positive", "agent echoes each card group back as it is given")
    g = c.g("CARD_NUMBER", n)
    ga = c.g("CARD_NUMBER", n)
    c.a("first four digits")
    for i, ch in enumerate(gs):
        c.c(V(g, say_digits(ch, style=pick("single", "doubles"))))
        c.a(V(ga, say_digits(ch, style="single")), pick("", ", next", ", okay", " mhm"))
    return c


def p_ssn_in_email():
    s = ssn_value()
    c = Case("positive", "SSN written without separators among other numbers")
    g = c.g("SSN", s)
    c.c("Hi, re invoice INV-%d, my social is " % R.randint(10000, 99999), V(g, ssn_typed(s)),
        " and my member ID is MBR%d. Balance due $%d.%02d." % (R.randint(100000, 999999), R.randint(20, 900), R.randrange(100)))
    return c


def p_ni_email():
    v = ni_value()
    c = Case("positive", "NI in an e-mail signature block with phone")
    g = c.g("NI_NUMBER", v)
    pn, pf = phone_value()
    gp = c.g("PHONE", pn)
    c.c("Please update my tax code, my employer payroll number is %d.\n\nRegards\n%s\nNI: " % (R.randint(1000, 99999), R.choice(FIRST).title()),
        V(g, ni_typed(v)), "\nTel ", *P(gp, pf))
    return c


POS = [(p_card_chat, 16), (p_card_asr_single, 12), (p_card_split, 12), (p_card_restart, 6),
       (p_card_misheard, 6), (p_card_aside, 6), (p_card_mixed_asr, 6), (p_card_lastfour_after_full, 5),
       (p_card_repeat_email, 6), (p_card_double_read, 4), (p_card_agent_prompt_groups, 4),
       (p_ssn_typed, 8), (p_ssn_spoken, 8), (p_ssn_split, 5), (p_ssn_correction, 4), (p_ssn_form, 4),
       (p_ssn_in_email, 4),
       (p_ni_typed, 9), (p_ni_spoken, 8), (p_ni_split, 5), (p_ni_confusion, 4), (p_ni_restart, 3), (p_ni_email, 4),
       (p_bank, 10), (p_bank_us, 4), (p_iban, 12), (p_phone, 12), (p_email, 12), (p_dob, 10),
       (p_address, 14), (p_full_idv, 8)]


# ---------------------------------------------------------------- negatives
def n_ref_like_card():
    kind = pick("order number", "tracking number", "reference", "booking reference", "claim number", "serial number", "invoice number")
    n = luhn_complete(str(R.randint(1, 9)), 16)
    c = Case("negative", "Luhn-valid 16 digits labelled as %s" % kind)
    if R.random() < 0.5:
        c.c("my %s is %s" % (kind, card_typed(n).replace("O", "0").replace("l", "1")))
    else:
        c.a("can i take the %s" % kind)
        c.c(say_digits(n, [4, 4, 4, 4]))
        c.a("thanks, i've found the %s" % pick("order", "parcel", "booking", "claim"))
    return c


def n_last_four():
    d = "%04d" % R.randrange(10000)
    c = Case("negative", "card last four on its own")
    c.a(pick("is that the card ending %s?" % d, "i can see a visa ending in %s" % say_digits(d, style="single"),
             "I'll refund it to the card ending ****%s." % d))
    c.c(pick("yes that's the one", "the one ending %s yeah" % say_digits(d), "no, the mastercard ending %s" % d))
    return c


def n_amounts():
    c = Case("negative", "amounts, balances and dates")
    c.a("your balance is %s and the minimum payment of %s is due on the %s of %s" % (
        pick("$%d.%02d" % (R.randint(100, 9999), R.randrange(100)),
             "%s pounds and %s pence" % (say_chunk(str(R.randint(20, 99)), "pairs", "oh"), say_chunk(str(R.randint(11, 99)), "pairs", "oh"))),
        pick("£%d" % R.randint(5, 99), "twenty five dollars"), ord_word(R.randint(1, 28)), R.choice(MONTHS)))
    c.c(pick("can i pay four hundred and twelve now", "ok, i'll pay 1,250.00 on friday", "can i split it into three payments of 416.67"))
    return c


def n_meter():
    r = "".join(str(R.randrange(10)) for _ in range(R.choice([5, 6, 8])))
    c = Case("negative", "meter reading and meter serial")
    c.a("can i take a meter reading")
    c.c("it says %s" % pick(r, say_digits(r, style="single")), pick("", ", and the serial on the meter is %s" % ("".join(str(R.randrange(10)) for _ in range(10)))))
    c.a("thanks, your next bill is estimated at %d pounds" % R.randint(40, 300))
    return c


def n_travel():
    c = Case("negative", "flight, seat, gate, times")
    c.a("you're on flight %s %d departing %s from gate %s, seat %d%s" % (
        pick("BA", "EI", "FR", "UA", "LH"), R.randint(100, 9999), pick("14:35", "at six forty five", "0710"),
        pick("B%d" % R.randint(1, 60), "forty two", "12"), R.randint(1, 45), pick("A", "C", "F")))
    c.c(pick("and booking ref is XK4P9Q right", "is the return on the 22nd", "how long's the layover, two hours ten?"))
    return c


def n_policy_ni_like():
    v = ni_value()
    c = Case("negative", "policy/reference number that looks like NI, labelled as policy")
    c.c("my %s is %s" % (pick("policy number", "membership number", "reference", "customer ref"), pick(v, v.lower(), v[:2] + " " + v[2:])))
    c.a("thanks, i've got your policy up")
    return c


def n_ssn_like():
    s = ssn_value()
    c = Case("negative", "9-digit labelled identifier formatted like SSN")
    c.c("%s %s" % (pick("ticket #", "case number", "routing number", "tracking no.", "order id"), ssn_typed(s)))
    c.a("thanks, that case is still open")
    return c


def n_phone_like():
    n = "07" + "".join(str(R.randrange(10)) for _ in range(9))
    c = Case("negative", "11-digit number labelled as account reference (not phone)")
    c.a("what's the %s" % pick("customer reference on the letter", "mprn", "contract number", "device serial"))
    c.c(say_digits(n, [5, 3, 3]))
    return c


def n_misc():
    c = Case("negative", "ages, temperatures, percentages, years, durations, counts")
    c.c(pick("i'm %d and i've been with you since %d" % (R.randint(20, 90), R.randint(1995, 2023)),
             "the heating's only getting to %d degrees" % R.randint(12, 25),
             "my rate went up %d.%d percent" % (R.randint(1, 9), R.randrange(10)),
             "i've been on hold forty five minutes",
             "we have %d lines on the family plan" % R.randint(2, 6)))
    c.a(pick("sorry about that, our opening hours are 8am to 8pm, monday to friday",
             "i can offer you %d percent off for %d months" % (R.randint(5, 40), R.randint(3, 24)),
             "the contract ends on 31/%02d/%d" % (R.randint(1, 12), R.randint(2025, 2028))))
    return c


def n_road():
    c = Case("negative", "road names and route numbers without house number")
    c.c(pick("the engineer got stuck on the M25 near junction 10", "there's a leak on the A40 by the roundabout",
             "is that the branch on Route 66", "the shop on Oxford Street, not the one on High Street"))
    c.a("okay, we'll send someone between 8 and 12 tomorrow")
    return c


def n_iban_like():
    c = Case("negative", "long alphanumeric tracking/model numbers")
    c.c(pick("tracking is 1Z%s" % "".join(R.choice("0123456789ABCDEF") for _ in range(16)),
             "model number GB%dX%d" % (R.randint(10, 99), R.randint(100000, 999999)),
             "the parcel ref is JD%d" % R.randint(10 ** 17, 10 ** 18 - 1)))
    c.a("thanks, the parcel's out for delivery")
    return c


def n_card_reading_other():
    d = "".join(str(R.randrange(10)) for _ in range(R.choice([12, 14, 19])))
    c = Case("negative", "gift card / voucher code read like a card number (labelled as voucher)")
    c.a("read me the %s" % pick("voucher code", "gift card code", "activation code", "sim serial"))
    g = [4] * (len(d) // 4) + ([len(d) % 4] if len(d) % 4 else [])
    for i, ch in enumerate(split_groups(d, g)):
        c.c(say_digits(ch))
        if i < len(g) - 1:
            c.a(back())
    c.a("that voucher has %d pounds left on it" % R.randint(5, 100))
    return c


def n_appointment():
    c = Case("negative", "appointment and payment dates (not DOB)")
    d = date_value(False)
    c.a("your appointment is on the %s of %s at %s" % (ord_word(R.randint(1, 28)), R.choice(MONTHS), pick("ten thirty", "2:15pm", "quarter past nine")))
    c.c("and the direct debit comes out on %s?" % dob_render((R.randint(1, 28), d[1], d[2]), False))
    return c


NEG = [(n_ref_like_card, 14), (n_last_four, 12), (n_amounts, 10), (n_meter, 8), (n_travel, 8),
       (n_policy_ni_like, 10), (n_ssn_like, 10), (n_phone_like, 6), (n_misc, 10), (n_road, 5),
       (n_iban_like, 6), (n_card_reading_other, 8), (n_appointment, 6)]


# ---------------------------------------------------------------- main
def generate():
    pos, neg = [], []
    for fn, k in POS:
        for _ in range(k):
            pos.append(fn())
    for fn, k in NEG:
        for _ in range(k):
            neg.append(fn())
    R.shuffle(pos)
    R.shuffle(neg)
    built = []
    for i, c in enumerate(pos):
        built.append((c, c.build("h408-pos-%03d" % (i + 1))))
    for i, c in enumerate(neg):
        built.append((c, c.build("h408-neg-%03d" % (i + 1))))
    return built


def dump(built):
    lines = []
    for _, d in built:
        d2 = dict(d)
        d2["spans"] = [{k: v for k, v in s.items() if k != "_g"} for s in d["spans"]]
        lines.append(json.dumps(d2, ensure_ascii=False))
    return "\n".join(lines) + "\n"


def check(built, text):
    errs = []
    with open(OUT, encoding="utf-8") as f:
        on_disk = f.read()
    if on_disk != text:
        errs.append("file is not byte-identical to regeneration")
    ids = set()
    counts = {t: 0 for t in TYPES}
    for c, d in built:
        if d["id"] in ids:
            errs.append("dup id " + d["id"])
        ids.add(d["id"])
        if d["kind"] == "negative" and d["spans"]:
            errs.append(d["id"] + " negative with spans")
        if d["kind"] == "positive" and not d["spans"]:
            errs.append(d["id"] + " positive without spans")
        by_turn = {}
        for s in d["spans"]:
            if s["type"] not in TYPES:
                errs.append(d["id"] + " bad type")
            tx = d["turns"][s["turn"]]["text"]
            a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(tx)):
                errs.append(d["id"] + " offsets out of range")
                continue
            if not (tx[a].isalnum() and tx[b - 1].isalnum()):
                errs.append("%s span not trimmed: %r" % (d["id"], tx[a:b]))
            if (a > 0 and tx[a - 1].isalnum()) or (b < len(tx) and tx[b].isalnum()):
                errs.append("%s span not on word boundary: %r" % (d["id"], tx[a:b]))
            by_turn.setdefault(s["turn"], []).append((a, b))
            counts[s["type"]] += 1
        for t, lst in by_turn.items():
            lst.sort()
            for (a1, b1), (a2, b2) in zip(lst, lst[1:]):
                if a2 < b1:
                    errs.append(d["id"] + " overlapping spans")
        for gid, g in c.groups.items():
            parts = [d["turns"][s["turn"]]["text"][s["start"]:s["end"]] for s in d["spans"] if s["_g"] == gid]
            if not parts:
                errs.append("%s group %d has no span" % (d["id"], gid))
                continue
            joined = " ".join(parts)
            if not validate_group(g, joined):
                errs.append("%s invalid %s (%s): %r canon=%r" % (d["id"], g["type"], g["role"], joined, g["canon"]))
    return errs, counts


def main():
    built = generate()
    text = dump(built)
    if "--check" in sys.argv:
        errs, counts = check(built, text)
        npos = sum(1 for _, d in built if d["kind"] == "positive")
        nneg = len(built) - npos
        need = {t: 10 for t in TYPES}
        need.update({"CARD_NUMBER": 70, "SSN": 30, "NI_NUMBER": 30})
        for t in TYPES:
            if counts[t] < need[t]:
                errs.append("too few %s spans: %d" % (t, counts[t]))
        if npos < 200 or nneg < 100:
            errs.append("too few cases: %d pos %d neg" % (npos, nneg))
        for e in errs[:60]:
            print("ERROR", e)
        print("positives=%d negatives=%d spans=%d" % (npos, nneg, sum(counts.values())))
        for t in TYPES:
            print("  %-13s %d" % (t, counts[t]))
        if errs:
            print("CHECK FAILED (%d errors)" % len(errs))
            sys.exit(1)
        print("CHECK OK")
        return
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(text)
    print("wrote", OUT, len(built), "cases")


if __name__ == "__main__":
    main()

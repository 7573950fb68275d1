#!/usr/bin/env python3
"""Generate the pii_holdout474 held-out PII evaluation set.

Written by an independent test author (an AI helper) who did not see the
redaction engine.  Standard library only; one RNG seeded with 474241125.

    python scripts/make_pii_holdout474.py          # write cases.jsonl
    python scripts/make_pii_holdout474.py --check  # regenerate + validate
"""
import json
import os
import random
import re
import sys
from collections import Counter

R = random.Random(474241125)
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "fixtures", "pii_holdout474", "cases.jsonl")

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

# ---------------------------------------------------------------- vocab
UNIT_W = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEEN_W = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
          "seventeen", "eighteen", "nineteen"]
TENS_W = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy",
          8: "eighty", 9: "ninety"}
ZERO_V = ["oh", "oh", "o", "zero", "nought"]
HOMO = {"1": ["won"], "2": ["to", "too"], "4": ["for", "fore"], "8": ["ate"]}
ORD = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
       "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
       "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16,
       "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "thirtieth": 30}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
MON3 = {m[:3]: i + 1 for i, m in enumerate(MONTHS)}
MON3["sept"] = 9

UNITS = {w: str(i) for i, w in enumerate(UNIT_W)}
UNITS.update({"oh": "0", "o": "0", "nought": "0", "nil": "0", "won": "1", "to": "2",
              "too": "2", "tree": "3", "for": "4", "fore": "4", "ate": "8", "niner": "9"})
CANON_UNITS = {w: str(i) for i, w in enumerate(UNIT_W) if i}
TEENS = {w: str(10 + i) for i, w in enumerate(TEEN_W)}
TENS = {w: str(k) for k, w in TENS_W.items()}
FILLERS = {"um", "uh", "er", "erm", "ah", "hmm", "umm", "uhh"}
SKIP = {"and", "dash", "hyphen", "space", "slash", "plus", "the", "of", "then"}

LETTER_SAY = {
    "a": ["a", "ay", "hey"], "b": ["b", "bee", "be"], "c": ["c", "see", "sea"],
    "d": ["d", "dee"], "e": ["e", "ee"], "f": ["f", "eff"], "g": ["g", "gee"],
    "h": ["h", "aitch", "haitch"], "i": ["i", "eye"], "j": ["j", "jay"],
    "k": ["k", "kay"], "l": ["l", "el"], "m": ["m", "em"], "n": ["n", "en"],
    "o": ["o"], "p": ["p", "pee", "pea"], "q": ["q", "queue", "cue"],
    "r": ["r", "are", "ar"], "s": ["s", "ess"], "t": ["t", "tee", "tea"],
    "u": ["u", "you"], "v": ["v", "vee"], "w": ["w", "double you"], "x": ["x", "ex"],
    "y": ["y", "why"], "z": ["z", "zed", "zee"]}
LETTER_NAMES = {}
for _l, _vs in LETTER_SAY.items():
    for _v in _vs:
        if " " not in _v:
            LETTER_NAMES[_v] = _l
NATO = {"a": ["alpha", "apple"], "b": ["bravo", "bertie"], "c": ["charlie"],
        "d": ["delta", "david"], "e": ["echo", "edward"], "f": ["foxtrot", "freddie"],
        "g": ["golf", "george"], "h": ["hotel", "harry"], "i": ["india"],
        "j": ["juliet", "john"], "k": ["kilo", "king"], "l": ["lima", "london"],
        "m": ["mike", "mother"], "n": ["november", "nancy"], "o": ["oscar"],
        "p": ["papa", "peter"], "q": ["quebec"], "r": ["romeo", "robert"],
        "s": ["sierra", "sugar"], "t": ["tango", "tommy"], "u": ["uniform"],
        "v": ["victor"], "w": ["whiskey", "william"], "x": ["xray"],
        "y": ["yankee", "yellow"], "z": ["zulu", "zebra"]}
NATO_W = {w: l for l, ws in NATO.items() for w in ws}
NUMWORDS = set(UNITS) | set(TEENS) | set(TENS) | {"hundred", "double", "triple"}
DP_VOCAB = set(UNIT_W) | {"oh", "nought"} | set(TEENS) | set(TENS) | {"double", "triple"}


def is_num_word(t):
    return t in NUMWORDS or t.isdigit()


def dp_split(tok):
    """Split a run-together ASR token into number words, or None."""
    n = len(tok)
    best = [None] * (n + 1)
    best[0] = []
    for i in range(n):
        if best[i] is None:
            continue
        for j in range(i + 1, n + 1):
            if tok[i:j] in DP_VOCAB and (best[j] is None or len(best[j]) > len(best[i]) + 1):
                best[j] = best[i] + [tok[i:j]]
    return best[n] if best[n] and len(best[n]) > 1 else None


def norm_spoken(text, mode):
    """Normalise a span to a canonical character string.
    mode: 'digits' | 'alnum' | 'date'."""
    raw = re.findall(r"[A-Za-z0-9]+", text)
    toks = [t.lower() for t in raw]
    out = []
    i = 0
    if mode == "alnum" and any(len(t) > 1 and t.isupper() for t in raw):
        # typed (chat/e-mail) value: upper-case letter groups are literal characters
        return "".join(toks)
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if t in FILLERS or t in SKIP:
            i += 1
            continue
        if mode != "digits" and t == "double" and nxt == "you":
            out.append("w")
            i += 2
            continue
        if t in ("double", "triple") and nxt is not None:
            k = 2 if t == "double" else 3
            if nxt in UNITS:
                out.append(UNITS[nxt] * k)
            elif mode != "digits" and (nxt in LETTER_NAMES or nxt in NATO_W):
                out.append((LETTER_NAMES.get(nxt) or NATO_W[nxt]) * k)
            else:
                out.append("?")
            i += 2
            continue
        if mode == "date":
            if t in ORD:
                out.append(str(ORD[t]))
                i += 1
                continue
            if t[:4] in MON3 or t[:3] in MON3:
                m = MON3.get(t[:4]) or MON3[t[:3]]
                out.append("%02d" % m)
                i += 1
                continue
            mm = re.fullmatch(r"(\d+)(st|nd|rd|th)", t)
            if mm:
                out.append(mm.group(1))
                i += 1
                continue
        if t in TENS:
            if nxt in CANON_UNITS:
                out.append(TENS[t] + CANON_UNITS[nxt])
                i += 2
            elif mode == "date" and nxt in ORD and ORD[nxt] < 10:
                out.append(TENS[t] + str(ORD[nxt]))
                i += 2
            else:
                out.append(TENS[t] + "0")
                i += 1
            continue
        if t in TEENS:
            out.append(TEENS[t])
            i += 1
            continue
        if t in UNITS and nxt == "hundred":
            j = i + 2
            if j < len(toks) and toks[j] == "and":
                j += 1
            rem = "00"
            if j < len(toks):
                a = toks[j]
                b = toks[j + 1] if j + 1 < len(toks) else None
                if a in TENS:
                    if b in CANON_UNITS:
                        rem = TENS[a] + CANON_UNITS[b]
                        j += 2
                    else:
                        rem = TENS[a] + "0"
                        j += 1
                elif a in TEENS:
                    rem = TEENS[a]
                    j += 1
                elif a in CANON_UNITS:
                    rem = "0" + CANON_UNITS[a]
                    j += 1
            out.append(UNITS[t] + rem)
            i = j
            continue
        if mode != "digits" and (t in LETTER_NAMES or len(t) == 1 and t.isalpha()) \
                and not (t in UNITS and mode == "digits"):
            if t in ("o", "oh"):
                out.append("0")
            elif t in UNITS and t not in LETTER_NAMES:
                out.append(UNITS[t])
            else:
                out.append(LETTER_NAMES.get(t, t))
            # "j for juliet", "s as in sugar", "m like mother"
            if nxt in ("for", "like") and i + 2 < len(toks) and not is_num_word(toks[i + 2]):
                i += 3
                continue
            if nxt == "as" and i + 3 < len(toks) and toks[i + 2] == "in":
                i += 4
                continue
            i += 1
            continue
        if t in UNITS:
            out.append(UNITS[t])
            i += 1
            continue
        if t.isdigit():
            out.append(t)
            i += 1
            continue
        if mode != "digits" and t in NATO_W:
            out.append(NATO_W[t])
            i += 1
            continue
        if t.isalpha():
            parts = dp_split(t)
            if parts:
                toks[i:i + 1] = parts
                continue
        if mode == "alnum" and re.search(r"\d", t):
            out.append(t)
            i += 1
            continue
        if mode == "alnum" and len(t) <= 4:
            out.append(t)
            i += 1
            continue
        out.append("?")
        i += 1
    return "".join(out)


def norm_email(text):
    if "@" in text:
        return re.sub(r"\s+", "", text.lower())
    toks = re.findall(r"[a-z0-9]+", text.lower())
    sym = {"at": "@", "dot": ".", "underscore": "_", "dash": "-", "hyphen": "-"}
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
        elif t in TENS:
            if nxt in CANON_UNITS:
                out.append(TENS[t] + CANON_UNITS[nxt])
                i += 2
            else:
                out.append(TENS[t] + "0")
                i += 1
        elif t in TEENS:
            out.append(TEENS[t])
            i += 1
        elif t in UNIT_W:
            out.append(str(UNIT_W.index(t)))
            i += 1
        elif t == "double" and nxt is not None and len(nxt) == 1:
            out.append(nxt * 2)
            i += 2
        elif len(t) == 1:
            out.append(t)
            if nxt in ("for", "like") and i + 2 < len(toks):
                i += 3
            elif nxt == "as" and i + 3 < len(toks) and toks[i + 2] == "in":
                i += 4
            else:
                i += 1
        else:
            out.append(t)
            i += 1
    return "".join(out)


# ---------------------------------------------------------------- validators
def luhn_ok(s):
    if not s.isdigit():
        return False
    tot = 0
    for k, ch in enumerate(reversed(s)):
        d = int(ch)
        if k % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def iban_ok(s):
    s = s.upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in r)
    return int(num) % 97 == 1


NI_RE = re.compile(r"(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]")
UKPC_RE = re.compile(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}")
STREET_SFX = {"road", "street", "avenue", "lane", "close", "drive", "way", "crescent", "court",
              "place", "terrace", "grove", "gardens", "boulevard", "st", "rd", "ave", "blvd",
              "dr", "ln", "square", "row", "hill", "parade", "park", "walk", "mews", "quay"}


def canon_ok(typ, c):
    if typ == "CARD_NUMBER":
        return 13 <= len(c) <= 19 and luhn_ok(c)
    if typ == "CVV":
        return re.fullmatch(r"\d{3,4}", c) is not None
    if typ == "EXPIRY":
        m = re.fullmatch(r"(\d\d)/(\d\d)", c)
        return bool(m) and 1 <= int(m.group(1)) <= 12
    if typ == "SSN":
        return (re.fullmatch(r"\d{9}", c) is not None and c[:3] not in ("000", "666")
                and c[0] != "9" and c[3:5] != "00" and c[5:] != "0000")
    if typ == "NI_NUMBER":
        return NI_RE.fullmatch(c.upper()) is not None
    if typ == "BANK_ACCOUNT":
        return re.fullmatch(r"\d{6,17}", c) is not None
    if typ == "SORT_CODE":
        return re.fullmatch(r"\d{6}", c) is not None
    if typ == "IBAN":
        return iban_ok(c)
    if typ == "PHONE":
        return re.fullmatch(r"\d{9,14}", c) is not None
    if typ == "EMAIL":
        return re.fullmatch(r"[a-z0-9._\-]+@[a-z0-9\-]+(\.[a-z0-9\-]+)+", c) is not None
    if typ == "DOB":
        y, m, d = c
        return 1920 <= y <= 2010 and 1 <= m <= 12 and 1 <= d <= 28
    if typ == "POSTCODE":
        return UKPC_RE.fullmatch(c.upper()) is not None or re.fullmatch(r"\d{5}(\d{4})?", c) is not None
    if typ == "ADDRESS":
        return True
    return False


MODE = {"CARD_NUMBER": "digits", "CVV": "digits", "SSN": "digits", "BANK_ACCOUNT": "digits",
        "SORT_CODE": "digits", "PHONE": "digits", "NI_NUMBER": "alnum", "IBAN": "alnum",
        "POSTCODE": "alnum", "EXPIRY": "date", "DOB": "date"}


def o0(s):
    return s.lower().replace("o", "0")


def value_matches(typ, canon, text):
    """Does the (concatenated) span text read as the canonical value?"""
    if typ == "EMAIL":
        return norm_email(text) == canon
    if typ == "ADDRESS":
        toks = re.findall(r"[a-z0-9]+", text.lower())
        first_ok = toks and (toks[0] in ("flat", "apt", "apartment", "unit", "suite")
                             or toks[0][0].isdigit() or toks[0] in UNITS or toks[0] in TEENS
                             or toks[0] in TENS)
        return bool(first_ok) and toks[-1] in STREET_SFX
    n = norm_spoken(text, MODE[typ])
    if typ == "EXPIRY":
        mm, yy = canon.split("/")
        return n in {mm + yy, mm + "20" + yy, str(int(mm)) + yy, str(int(mm)) + "20" + yy}
    if typ == "DOB":
        y, m, d = canon
        ds, ms, ys = {str(d), "%02d" % d}, {str(m), "%02d" % m}, {str(y), str(y)[2:]}
        ok = set()
        for a in ds:
            for b in ms:
                for c in ys:
                    ok |= {a + b + c, b + a + c, c + b + a}
        return n in ok
    return o0(n) == o0(canon)


# ---------------------------------------------------------------- case builder
class Case:
    def __init__(self, kind, note):
        self.kind, self.note, self.turns, self.vals = kind, note, [], []

    def val(self, typ, canon, check="full"):
        self.vals.append((typ, canon, check))
        return len(self.vals) - 1

    def say(self, speaker, *segs):
        self.turns.append((speaker, [s for s in segs if s != ""]))

    def build(self):
        turns, spans = [], []
        for ti, (spk, segs) in enumerate(self.turns):
            text = ""
            for s in segs:
                if isinstance(s, tuple):
                    txt, gid = s
                    spans.append({"turn": ti, "start": len(text), "end": len(text) + len(txt),
                                  "type": self.vals[gid][0], "_gid": gid})
                    text += txt
                else:
                    text += s
            turns.append({"speaker": spk, "text": text})
        return turns, spans


def pick(xs):
    return R.choice(xs)


def chance(p):
    return R.random() < p


# ---------------------------------------------------------------- spoken rendering
def dword(d, homo=0.0):
    if d == "0":
        return pick(ZERO_V)
    if d in HOMO and chance(homo):
        return pick(HOMO[d])
    return UNIT_W[int(d)]


def pair_words(ab):
    a, b = ab
    if a == "0":
        return [pick(ZERO_V), UNIT_W[int(b)] if b != "0" else pick(ZERO_V)]
    if a == "1":
        return [TEEN_W[int(b)]]
    if b == "0":
        return [TENS_W[int(a)]]
    return [TENS_W[int(a)], UNIT_W[int(b)]]


def say_single(g, homo):
    toks, i = [], 0
    while i < len(g):
        d = g[i]
        if i + 2 < len(g) and g[i + 1] == d == g[i + 2] and chance(0.5):
            toks += ["triple", UNIT_W[int(d)] if d != "0" else pick(["oh", "zero"])]
            i += 3
        elif i + 1 < len(g) and g[i + 1] == d and chance(0.55):
            toks += ["double", UNIT_W[int(d)] if d != "0" else pick(["oh", "o", "zero"])]
            i += 2
        else:
            toks.append(dword(d, homo))
            i += 1
    return toks


def say_group(g, homo=0.12, allow_pairs=True):
    r = R.random()
    if allow_pairs and len(g) % 2 == 0 and r < 0.22:
        return [w for k in range(0, len(g), 2) for w in pair_words(g[k:k + 2])]
    if allow_pairs and len(g) == 3 and g[0] != "0" and g[1:] != "00" and r < 0.32:
        rest = [UNIT_W[int(g[2])]] if g[1] == "0" else pair_words(g[1:])
        return [UNIT_W[int(g[0])], "hundred", "and"] + rest
    if r < 0.42:  # ASR emits some digits as numerals, some as words
        k = R.randint(1, max(1, len(g) - 1))
        left = [g[:k]] if chance(0.5) else list(g[:k])
        return left + say_single(g[k:], homo)
    if r < 0.50:
        return [g]
    return say_single(g, homo)


def run_together(toks, p=0.12):
    out = []
    for t in toks:
        if out and chance(p) and out[-1] in UNIT_W + ["oh"] and t in UNIT_W + ["oh"]:
            out[-1] = out[-1] + t
        else:
            out.append(t)
    return out


def say_digits_groups(s, sizes, homo=0.12, fill=0.2, allow_pairs=True):
    """Render digit string s in groups; returns list of group strings
    (fillers may be inside a group, never at the edges)."""
    for attempt in range(8):
        groups, k = [], 0
        for n in sizes:
            g = s[k:k + n]
            k += n
            toks = say_group(g, homo if attempt < 6 else 0, allow_pairs and attempt < 6)
            toks = run_together(toks, 0.12 if attempt < 6 else 0)
            if len(toks) > 2 and chance(fill * 0.4):
                toks.insert(R.randint(1, len(toks) - 1), pick(["um", "uh", "er"]))
            groups.append(" ".join(toks))
        if norm_spoken(" ".join(groups), "digits") == s and \
                all(norm_spoken(x, "digits") == s[sum(sizes[:j]):sum(sizes[:j + 1])]
                    for j, x in enumerate(groups)):
            return groups
    raise RuntimeError("cannot render " + s)


def say_letter(ch, nato=0.25, misheard=0.35):
    ch = ch.lower()
    r = R.random()
    if r < nato:
        return "%s %s %s" % (ch, pick(["for", "as in", "like"]), pick(NATO[ch]))
    if r < nato + 0.08:
        return pick(NATO[ch])
    if r < nato + 0.08 + misheard:
        return pick(LETTER_SAY[ch])
    return ch


def say_alnum(s, letter_nato=0.25):
    """Speak a mixed letter/digit value, character by character-ish."""
    for _ in range(8):
        toks, i = [], 0
        while i < len(s):
            c = s[i].lower()
            if c.isdigit():
                j = i
                while j < len(s) and s[j].isdigit():
                    j += 1
                g = s[i:j]
                toks.append(" ".join(say_single(g, 0)) if len(g) < 2 or chance(0.6)
                            else " ".join(say_group(g, 0)))
                i = j
            else:
                if i + 1 < len(s) and s[i + 1].lower() == c and c not in "uw" and chance(0.4):
                    toks.append("double " + pick(LETTER_SAY[c][:1] + [c]))
                    i += 2
                else:
                    toks.append(say_letter(c, letter_nato))
                    i += 1
        txt = " ".join(toks)
        if o0(norm_spoken(txt, "alnum")) == o0(s):
            return txt
    raise RuntimeError("cannot render " + s)


def num_words(n):
    if n < 10:
        return UNIT_W[n]
    if n < 20:
        return TEEN_W[n - 10]
    if n < 100:
        return TENS_W[n // 10] + ("" if n % 10 == 0 else " " + UNIT_W[n % 10])
    if n % 100 == 0:
        return UNIT_W[n // 100] + " hundred"
    return UNIT_W[n // 100] + " " + (num_words(n % 100) if n % 100 >= 10 else "oh " + UNIT_W[n % 100])


# ---------------------------------------------------------------- value generators
def luhn_complete(prefix, length):
    s = prefix + "".join(str(R.randint(0, 9)) for _ in range(length - len(prefix) - 1))
    for d in "0123456789":
        if luhn_ok(s + d):
            return s + d


def gen_card():
    kind = R.random()
    if kind < 0.45:
        return luhn_complete("4" + str(R.randint(0, 9)) * 1, 16)
    if kind < 0.7:
        return luhn_complete(str(R.randint(51, 55)), 16)
    if kind < 0.82:
        return luhn_complete(pick(["34", "37"]), 15)
    if kind < 0.9:
        return luhn_complete("6011", 16)
    if kind < 0.95:
        return luhn_complete("4", 13)
    return luhn_complete(pick(["4", "6304", "5018"]), 19)


def card_sizes(c):
    if len(c) == 15:
        return [4, 6, 5]
    if len(c) == 16:
        return [4, 4, 4, 4]
    if len(c) == 13:
        return [4, 3, 3, 3]
    return [4, 4, 4, 4, 3]


def card_typed(c):
    sz = card_sizes(c)
    st = R.random()
    if st < 0.2:
        return c
    if st < 0.3 and len(c) == 16:
        sz = pick([[5, 5, 6], [8, 8], [4, 12], [6, 10]])
    sep = pick([" ", " ", "-", ".", "  ", " - "])
    parts, k = [], 0
    for n in sz:
        parts.append(c[k:k + n])
        k += n
    return sep.join(parts)


def gen_ssn():
    while True:
        a, g, s = R.randint(1, 899), R.randint(1, 99), R.randint(1, 9999)
        if a != 666:
            return "%03d%02d%04d" % (a, g, s)


def gen_ni():
    first = "ABCEGHJKLMNOPRSTWXYZ"
    second = "ABCEGHJKLMNPRSTWXYZ"
    while True:
        p = R.choice(first) + R.choice(second)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + "".join(str(R.randint(0, 9)) for _ in range(6)) + R.choice("ABCD")


def iban_make(cc, bban):
    num = "".join(str(int(ch, 36)) for ch in bban + cc + "00")
    chk = 98 - int(num) % 97
    return cc + "%02d" % chk + bban


def gen_iban():
    cc = pick(["GB", "GB", "IE", "DE", "NL", "FR", "ES"])
    dg = lambda n: "".join(str(R.randint(0, 9)) for _ in range(n))
    if cc == "GB":
        return iban_make(cc, pick(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + dg(14))
    if cc == "IE":
        return iban_make(cc, pick(["AIBK", "BOFI", "IPBS"]) + dg(14))
    if cc == "DE":
        return iban_make(cc, dg(18))
    if cc == "NL":
        return iban_make(cc, pick(["ABNA", "INGB", "RABO"]) + dg(10))
    if cc == "FR":
        return iban_make(cc, dg(23))
    return iban_make(cc, dg(20))


def gen_phone():
    """Returns (canonical digits, typed form, spoken group digit strings, had_cc)."""
    kind = pick(["uk_mob", "uk_land", "us", "ie", "uk_intl", "us_intl", "ie_intl", "eu"])
    d = lambda n: "".join(str(R.randint(0, 9)) for _ in range(n))
    if kind == "uk_mob":
        a, b = "07" + pick(["700", "712", "823", "956", "401"]), d(6)
        return a + b, pick(["%s %s" % (a, b), "%s-%s" % (a, b), a + b, "%s %s %s" % (a, b[:3], b[3:])]), [a, b[:3], b[3:]]
    if kind == "uk_land":
        a, b, c = "0" + pick(["20", "161", "113", "131", "29"]), d(4), d(4)
        return a + b + c, pick(["%s %s %s" % (a, b, c), "(%s) %s %s" % (a, b, c), a + b + c]), [a, b, c]
    if kind == "us":
        a, b, c = str(R.randint(2, 9)) + d(2), "555", d(4)
        return a + b + c, pick(["(%s) %s-%s" % (a, b, c), "%s-%s-%s" % (a, b, c), "%s.%s.%s" % (a, b, c)]), [a, b, c]
    if kind == "ie":
        a, b, c = "08" + pick("35679"), d(3), d(4)
        return a + b + c, pick(["%s %s %s" % (a, b, c), a + " " + b + c]), [a, b, c]
    if kind == "uk_intl":
        a, b, c = "7" + d(3), d(3), d(3)
        return "44" + a + b + c, pick(["+44 %s %s%s" % (a, b, c), "+44 (0)%s %s %s" % (a, b, c), "0044 %s %s %s" % (a, b, c)]), ["44", a, b, c]
    if kind == "us_intl":
        a, b, c = str(R.randint(2, 9)) + d(2), d(3), d(4)
        return "1" + a + b + c, pick(["+1 %s %s %s" % (a, b, c), "+1-%s-%s-%s" % (a, b, c), "+1 (%s) %s-%s" % (a, b, c)]), ["1", a, b, c]
    if kind == "ie_intl":
        a, b, c = "8" + pick("3567"), d(3), d(4)
        return "353" + a + b + c, pick(["+353 %s %s %s" % (a, b, c), "+353%s%s%s" % (a, b, c)]), ["353", a, b, c]
    cc = pick(["33", "49", "34", "31"])
    a, b = d(3), d(6)
    return cc + a + b, "+%s %s %s" % (cc, a, b), [cc, a, b[:3], b[3:]]


def phone_canon_typed(typed, canon):
    # "+44 (0)7..." and "0044" contain extra digits; canonical follows the text
    return re.sub(r"\D", "", typed)


FIRST = ["sarah", "james", "aoife", "priya", "tom", "maria", "kwame", "li", "declan", "emma",
         "oluwaseun", "niamh", "hannah", "raj", "jo", "siobhan", "marcus", "ewa", "ahmed", "chloe"]
LAST = ["doe", "murphy", "okafor", "patel", "kowalski", "nguyen", "byrne", "smith", "oconnor",
        "fitzgerald", "haddad", "evans", "macleod", "garcia", "walsh", "brennan"]
DOMAINS = [("gmail", "com"), ("outlook", "com"), ("hotmail", "co.uk"), ("yahoo", "ie"),
           ("btinternet", "com"), ("icloud", "com"), ("eircom", "net"), ("proton", "me"),
           ("aol", "com"), ("sky", "com")]


def gen_email():
    f, l = pick(FIRST), pick(LAST)
    dom, tld = pick(DOMAINS)
    st = R.randint(0, 5)
    num = str(R.randint(1, 99)) if chance(0.45) else ""
    local = [f + "." + l, f[0] + "." + l, f + "_" + l, f + l + num, l + "." + f[0] + num,
             f + "-" + l][st]
    if st == 3 and not num:
        local = f + l
    return local + "@" + dom + "." + tld, (f, l, num, st, dom, tld)


def say_email(email, parts):
    f, l, num, st, dom, tld = parts
    local, domain = email.split("@")

    def spoken_word(w):
        r = R.random()
        if r < 0.25 and len(w) <= 6:
            return " ".join(w)
        if r < 0.35:
            return w + ", " + " ".join(
                (c + " for " + pick(NATO[c])) if chance(0.3) else c for c in w)
        return w

    def local_words():
        out = []
        for piece in re.split(r"([._\-])", local):
            if piece == ".":
                out.append("dot")
            elif piece == "_":
                out.append("underscore")
            elif piece == "-":
                out.append(pick(["dash", "hyphen"]))
            elif piece:
                m = re.fullmatch(r"([a-z]+)(\d*)", piece)
                w, n = m.group(1), m.group(2)
                out.append(spoken_word(w) if w not in (f + l,) else
                           (spoken_word(f) + " " + spoken_word(l)))
                if n:
                    out.append(num_words(int(n)) if int(n) >= 10 else UNIT_W[int(n)])
        return " ".join(out)

    dwords = {"btinternet": "b t internet", "hotmail": pick(["hotmail", "hot mail"]),
              "icloud": pick(["icloud", "i cloud"]), "eircom": "eircom", "outlook": "outlook",
              "gmail": pick(["gmail", "g mail"]), "yahoo": "yahoo", "proton": "proton",
              "aol": "a o l", "sky": "sky"}
    txt = local_words() + " at " + dwords[dom] + " dot " + " dot ".join(tld.split("."))
    txt = txt.replace(",", "")
    if norm_email(txt) != email:
        txt = " ".join("dot" if c == "." else "underscore" if c == "_" else "dash" if c == "-"
                       else UNIT_W[int(c)] if c.isdigit() else c for c in local)
        txt += " at " + dom + " dot " + " dot ".join(tld.split("."))
    assert norm_email(txt) == email, (txt, email)
    return txt


UK_STREETS = ["Acacia Avenue", "Marlowe Road", "Kingsley Close", "Brook Lane", "Station Road",
              "Victoria Street", "Orchard Way", "Hazel Grove", "Millbank Terrace", "Church Lane",
              "Wellington Crescent", "Bridge Street", "Ashfield Drive", "Rosemary Gardens"]
US_STREETS = ["Elm Street", "Maple Avenue", "Sunset Boulevard", "Oak Drive", "Pine Ln",
              "Lakeview Dr", "W 34th St", "Cedar Court", "Highland Ave"]
IE_STREETS = ["Griffith Avenue", "Main Street", "Seafield Road", "Castle Park", "Ashgrove Lane"]
UK_TOWNS = ["Leeds", "Bristol", "Manchester", "Croydon", "Cardiff", "Glasgow", "Norwich", "Derby"]
US_TOWNS = ["Austin, TX", "Columbus, OH", "Portland, OR", "Tampa, FL", "Denver, CO"]
IE_TOWNS = ["Dublin 9", "Cork", "Galway", "Limerick"]


def gen_ukpc():
    area = pick(["SW", "EC", "N", "M", "B", "LS", "G", "EH", "CF", "BS", "NE", "L", "OX", "CB",
                 "BT", "KT", "SE", "W", "E", "NW", "DE", "NR"])
    dist = str(R.randint(1, 19)) if area not in ("SW", "EC", "W") or chance(0.5) else \
        str(R.randint(1, 9)) + pick("AY")
    unit = "".join(R.choice("ABDEFGHJLNPQRSTUWXYZ") for _ in range(2))
    return area + dist + " " + str(R.randint(0, 9)) + unit


def gen_zip():
    z = "%05d" % R.randint(10001, 99950)
    return z + ("-%04d" % R.randint(1, 9999) if chance(0.2) else "")


INDUSTRY = {
    "banking": ["Northbank", "Harbour Building Society", "Liffey Credit Union", "First Prairie Bank"],
    "telecom": ["Skyline Mobile", "Vireo Broadband", "Eirlink"],
    "utilities": ["BrightGrid Energy", "Severn Water", "Prairie Gas & Electric"],
    "retail": ["Halden & Co", "ShopRight", "Kettle & Crumb"],
    "insurance": ["Anchor Insurance", "Meadow Life", "Keystone Auto Insurance"],
    "travel": ["Aerlinea", "Coastal Rail", "BlueSky Holidays"],
    "healthcare billing": ["St Brendan's Billing", "MedPay Services", "Riverside Clinic billing"],
    "government": ["the council tax office", "the Motor Tax Office", "the benefits helpline",
                   "the county tax assessor"],
}


def company():
    ind = pick(list(INDUSTRY))
    return ind, pick(INDUSTRY[ind])


BACK = ["mhm", "go on", "yep", "okay", "yeah", "right", "uh huh", "got that", "and the rest",
        "keep going", "sorry go ahead"]


# ---------------------------------------------------------------- positive templates
def split_groups(groups, nturns):
    nturns = max(1, min(nturns, len(groups)))
    cuts = sorted(R.sample(range(1, len(groups)), nturns - 1)) if nturns > 1 else []
    out, prev = [], 0
    for c in cuts + [len(groups)]:
        out.append(groups[prev:c])
        prev = c
    return out


def spoken_split(case, typ, canon, groups, intro, sep=" "):
    """Customer reads groups across turns with agent back-channels."""
    gid = case.val(typ, canon)
    chunks = split_groups(groups, R.randint(1, 3))
    for k, ch in enumerate(chunks):
        pre = intro if k == 0 else pick(["", "", "uh ", "then ", "and then "])
        post = pick(["", "", " that's it", ""]) if k == len(chunks) - 1 else ""
        if len(ch) >= 2 and chance(0.25):
            # an aside inside the reading -> two spans in one turn
            m = R.randint(1, len(ch) - 1)
            aside = pick([" hang on let me turn the light on ", " sorry the dog's barking ",
                          " wait no yeah ", " hold on it's worn a bit here ",
                          " bear with me "])
            case.say("customer", pre, (sep.join(ch[:m]), gid), aside, (sep.join(ch[m:]), gid), post)
        else:
            case.say("customer", pre, (sep.join(ch), gid), post)
        if k < len(chunks) - 1:
            case.say("agent", pick(BACK))
    return gid


def readback(case, typ, canon, text, lead=None):
    gid = case.val(typ, canon)
    case.say("agent", lead or pick(["so that's ", "let me read that back ", "i have ",
                                    "just to confirm "]), (text, gid),
             pick([" is that right", " correct", "", " yeah"]))
    case.say("customer", pick(["yes", "that's right", "yep that's it", "correct"]))
    return gid


def p_card_chat():
    ind, co = company()
    c = gen_card()
    case = Case("positive", "typed chat card number (%s, %s)" % (ind, len(c)))
    g = case.val("CARD_NUMBER", c)
    lead = pick(["card no: ", "Card number ", "my crad number is ", "its ", "CC# ", "card: ",
                 "Here you go - ", "long number on the front is "])
    case.say("agent", "Welcome to %s chat. How can I help?" % co)
    case.say("customer", "I need to pay my outstanding bill. " + lead.capitalize() if chance(0.3) else
             "I need to pay my outstanding bill. " + lead, (card_typed(c), g),
             pick(["", " thanks", ".", " (visa)", " pls"]))
    if chance(0.6):
        mm, yy = "%02d" % R.randint(1, 12), "%02d" % R.randint(26, 31)
        e = case.val("EXPIRY", mm + "/" + yy)
        form = pick([mm + "/" + yy, mm + "/20" + yy, mm + "-" + yy, mm + " / " + yy])
        case.say("agent", "Thanks. And the expiry date?")
        case.say("customer", pick(["exp ", "", "expires ", "valid thru "]), (form, e))
    if chance(0.6):
        cv = "%03d" % R.randint(0, 999) if len(c) != 15 else "%04d" % R.randint(0, 9999)
        v = case.val("CVV", cv)
        case.say("agent", "And the security code on the back please.")
        case.say("customer", pick(["cvv ", "", "code is ", "sec code: "]), (cv, v))
    return case


def p_card_call():
    ind, co = company()
    c = gen_card()
    case = Case("positive", "ASR card reading split over turns (%s)" % ind)
    case.say("agent", "thank you for calling %s you're through to payments" % co.lower())
    case.say("customer", pick(["hi yeah i want to pay by card", "um i'd like to make a payment",
                               "hiya yeah paying the bill"]))
    case.say("agent", pick(["go ahead with the long number on the card",
                            "okay when you're ready the sixteen digit number",
                            "no problem what's the card number"]))
    groups = say_digits_groups(c, card_sizes(c))
    spoken_split(case, "CARD_NUMBER", c, groups,
                 pick(["", "okay it's ", "right so ", "um it's ", "yeah "]))
    if chance(0.5):
        readback(case, "CARD_NUMBER", c, " ".join(say_digits_groups(c, card_sizes(c), fill=0)))
    if chance(0.7):
        mm, yy = "%02d" % R.randint(1, 12), "%02d" % R.randint(26, 31)
        e = case.val("EXPIRY", mm + "/" + yy)
        mon = MONTHS[int(mm) - 1]
        form = pick(["%s %s" % (" ".join(say_single(mm, 0)), num_words(int(yy))),
                     "%s twenty %s" % (mon, num_words(int(yy))),
                     "%s %s" % (num_words(int(mm)), num_words(int(yy))),
                     "%s slash %s" % (" ".join(say_single(mm, 0)), " ".join(say_single(yy, 0)))])
        case.say("agent", "and the expiry")
        case.say("customer", pick(["it's ", "expires ", "", "um "]), (form, e))
    if chance(0.6):
        cv = "%03d" % R.randint(0, 999) if len(c) != 15 else "%04d" % R.randint(0, 9999)
        v = case.val("CVV", cv)
        case.say("agent", "and the three digits on the back" if len(c) != 15 else
                 "and the four digit code on the front")
        case.say("customer", pick(["", "it's ", "uh "]), (" ".join(say_digits_groups(cv, [len(cv)], homo=0.2)[0:1]), v))
    return case


def p_card_restart():
    c = gen_card()
    case = Case("positive", "card reading with false start and correction")
    case.say("agent", "can i take the card number please")
    groups = say_digits_groups(c, card_sizes(c))
    wrong = c[:3] + str((int(c[3]) + 3) % 10)
    fr = case.val("CARD_NUMBER", c, "frag")
    g = case.val("CARD_NUMBER", c)
    case.say("customer", "yeah it's ", (" ".join(say_single(wrong, 0.1)), fr),
             pick([" no sorry ", " no wait ", " hang on that's wrong ", " sorry let me start again "]),
             (" ".join(groups), g))
    case.say("agent", pick(["thank you", "lovely", "got it"]))
    if chance(0.5):
        l4 = case.val("CARD_NUMBER", c, "last4")
        case.say("agent", "so that's the card ending ", (" ".join(say_single(c[-4:], 0)), l4),
                 " and i'll take the payment now")
    return case


def p_card_readback_typed():
    c = gen_card()
    case = Case("positive", "card in e-mail plus agent confirmation of last four after full number")
    g = case.val("CARD_NUMBER", c)
    case.say("customer", "Hello, please charge the renewal to my card %s" % pick(["", "- "]),
             (card_typed(c), g), pick([". Regards", ", thanks", ""]))
    l4 = case.val("CARD_NUMBER", c, "last4")
    case.say("agent", "Thanks, I've charged the card ending ", (c[-4:], l4), ".")
    return case


def p_ssn():
    ssn = gen_ssn()
    case = Case("positive", "US SSN")
    ind, co = company()
    if chance(0.45):
        g = case.val("SSN", ssn)
        form = pick(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s - %s - %s", "%s.%s.%s"]) % (ssn[:3], ssn[3:5], ssn[5:])
        case.say("agent", "To verify, can you provide your Social Security number?")
        case.say("customer", pick(["SSN: ", "sure, ", "its ", "ss# ", "social is "]), (form, g))
        case.note = "typed SSN (%s)" % ind
    else:
        case.note = "spoken SSN (%s)" % ind
        case.say("agent", "and for security can i get your social")
        groups = say_digits_groups(ssn, [3, 2, 4], homo=0.15)
        spoken_split(case, "SSN", ssn, groups, pick(["", "yeah it's ", "okay um ", "sure "]))
        if chance(0.45):
            readback(case, "SSN", ssn, " ".join(say_digits_groups(ssn, [3, 2, 4], fill=0)))
    if chance(0.3):
        case.say("agent", pick(["and your claim number is on the letter, C L 4 4 9 1 0 2 right",
                                "your case reference is 4471 0093 for later"]))
    return case


def p_ni():
    ni = gen_ni()
    case = Case("positive", "UK NI number")
    pretty = "%s %s %s %s %s" % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8])
    if chance(0.35):
        g = case.val("NI_NUMBER", ni)
        form = pick([ni, pretty, ni.lower(), pretty.lower(), ni[:2] + " " + ni[2:8] + " " + ni[8],
                     ni[:2] + "-" + ni[2:8] + "-" + ni[8]])
        case.say("agent", "Can you confirm your National Insurance number?")
        case.say("customer", pick(["NI no: ", "ni number ", "NINO ", "yes it's ", ""]), (form, g),
                 pick(["", " thx", "."]))
        case.note = "typed NI number"
    else:
        case.note = "ASR NI number with letter names / NATO / misheard letters"
        case.say("agent", pick(["and your national insurance number please",
                                "can i take your n i number"]))
        g = case.val("NI_NUMBER", ni)
        letters = say_alnum(ni[:2], 0.3)
        digits = " ".join(say_digits_groups(ni[2:8], pick([[2, 2, 2], [3, 3], [6]]), homo=0.1))
        suf = say_alnum(ni[8], 0.3)
        if chance(0.45):
            case.say("customer", pick(["", "yeah ", "it's "]), (letters + " " + digits, g))
            case.say("agent", pick(BACK))
            case.say("customer", pick(["and ", "", "then "]), (suf, g), pick([" at the end", ""]))
        else:
            case.say("customer", pick(["", "right it's ", "um "]), (letters + " " + digits + " " + suf, g))
        if chance(0.4):
            readback(case, "NI_NUMBER", ni, say_alnum(ni, 0.5))
    return case


def p_bank():
    acct = "".join(str(R.randint(0, 9)) for _ in range(8))
    sc = "".join(str(R.randint(0, 9)) for _ in range(6))
    case = Case("positive", "UK account number and sort code")
    if chance(0.45):
        a = case.val("BANK_ACCOUNT", acct)
        s = case.val("SORT_CODE", sc)
        case.say("customer", pick(["acct no: ", "Account number ", "a/c "]), (acct, a),
                 pick([", sort code ", " s/c ", " sort "]),
                 (pick(["%s-%s-%s", "%s %s %s", "%s%s%s"]) % (sc[:2], sc[2:4], sc[4:]), s))
        case.note = "typed account + sort code for direct debit"
    else:
        case.say("agent", "what's the sort code for the direct debit")
        s = case.val("SORT_CODE", sc)
        case.say("customer", pick(["", "it's ", "um "]), (" ".join(say_digits_groups(sc, [2, 2, 2], homo=0.1)), s))
        case.say("agent", "and the account number")
        groups = say_digits_groups(acct, pick([[4, 4], [2, 3, 3], [8]]), homo=0.1)
        spoken_split(case, "BANK_ACCOUNT", acct, groups, pick(["", "it's ", "okay "]))
        case.note = "ASR sort code + account number"
    return case


def p_us_bank():
    acct = "".join(str(R.randint(0, 9)) for _ in range(R.randint(10, 12)))
    case = Case("positive", "US checking account number (routing number is not labelled)")
    a = case.val("BANK_ACCOUNT", acct)
    case.say("customer", "routing is 021000021 and the checking account # is ", (acct, a))
    return case


def p_iban():
    ib = gen_iban()
    case = Case("positive", "IBAN %s" % ib[:2])
    if chance(0.5):
        g = case.val("IBAN", ib)
        form = pick([ib, " ".join(ib[k:k + 4] for k in range(0, len(ib), 4)),
                     " ".join(ib[k:k + 4] for k in range(0, len(ib), 4)).lower()])
        case.say("customer", pick(["IBAN: ", "my iban is ", "Please refund to ", "iban "]), (form, g))
        case.note += " typed"
    else:
        case.say("agent", "can you give me the iban for the refund")
        g = case.val("IBAN", ib)
        chunks = [ib[k:k + 4] for k in range(0, len(ib), 4)]
        spoken = [say_alnum(ch, 0.3) for ch in chunks]
        parts = split_groups(spoken, R.randint(2, 3))
        for k, p in enumerate(parts):
            case.say("customer", "" if k else pick(["", "okay it's "]), (" ".join(p), g))
            if k < len(parts) - 1:
                case.say("agent", pick(BACK))
        case.note += " spoken in chunks"
    return case


def p_phone():
    canon, typed, groups = gen_phone()
    case = Case("positive", "phone number")
    if chance(0.45):
        canon = re.sub(r"\D", "", typed)
        if "(0)" in typed:
            canon = re.sub(r"\D", "", typed)
        g = case.val("PHONE", canon)
        case.say("customer", pick(["Best number to reach me: ", "tel ", "mob: ", "call me on ",
                                   "contact no. "]), (typed, g))
        case.note = "typed phone"
    else:
        canon = "".join(groups)
        sp = say_digits_groups(canon, [len(x) for x in groups], homo=0.1)
        intl = canon.startswith(("44", "1", "353", "33", "49", "34", "31")) and not canon.startswith("0")
        if intl:
            sp[0] = "plus " + sp[0]
        case.say("agent", "what's the best number to call you back on")
        spoken_split(case, "PHONE", canon, sp, pick(["", "it's ", "um my mobile is "]))
        case.note = "ASR phone" + (" with country code" if intl else "")
    return case


def p_email():
    em, parts = gen_email()
    case = Case("positive", "email")
    if chance(0.4):
        form = em if chance(0.7) else em.upper() if chance(0.3) else em.capitalize()
        g = case.val("EMAIL", em)
        case.say("customer", pick(["email: ", "send it to ", "my e-mail is ", "Its "]), (form, g),
                 pick(["", " please", "."]))
        case.note = "typed email"
    else:
        g = case.val("EMAIL", em)
        case.say("agent", "and an email address for the confirmation")
        case.say("customer", pick(["yeah it's ", "", "um "]), (say_email(em, parts), g))
        if chance(0.4):
            readback(case, "EMAIL", em, say_email(em, parts))
        case.note = "spoken email"
    return case


def gen_dob():
    return (R.randint(1935, 2005), R.randint(1, 12), R.randint(1, 28))


def dob_forms(dob, spoken):
    y, m, d = dob
    if not spoken:
        return pick(["%02d/%02d/%d" % (d, m, y), "%02d/%02d/%d" % (m, d, y), "%d-%02d-%02d" % (y, m, d),
                     "%d %s %d" % (d, MONTHS[m - 1].capitalize(), y),
                     "%d%s %s %d" % (d, "th" if d > 3 and d < 21 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th"),
                                     MONTHS[m - 1][:3].capitalize(), y),
                     "%d.%d.%d" % (d, m, y)])
    ordw = [k for k, v in ORD.items() if v == d]
    if ordw:
        dd = ordw[0]
    else:
        dd = TENS_W[d // 10] + " " + [k for k, v in ORD.items() if v == d % 10][0]
    yy = "%s %s" % (num_words(y // 100), num_words(y % 100) if y % 100 >= 10 else "oh " + UNIT_W[y % 100])
    return pick(["the %s of %s %s" % (dd, MONTHS[m - 1], yy), "%s %s %s" % (dd, MONTHS[m - 1], yy),
                 "%s %s %s" % (MONTHS[m - 1], dd, yy),
                 "%s %s %s" % (" ".join(say_single("%02d" % d, 0)), " ".join(say_single("%02d" % m, 0)), yy)])


def p_dob():
    dob = gen_dob()
    case = Case("positive", "date of birth")
    spoken = chance(0.55)
    f = dob_forms(dob, spoken)
    g = case.val("DOB", dob)
    case.say("agent", "can i take your date of birth" if spoken else "Please confirm your DOB.")
    case.say("customer", pick(["", "it's ", "um ", "DOB " if not spoken else "yeah "]), (f, g))
    if chance(0.4):
        case.say("agent", pick(["thanks and your appointment is on the 3rd of june at 2pm",
                                "great you're sixty two so you qualify for the discount",
                                "lovely the policy renews on the 1st of april"]))
    case.note = ("spoken" if spoken else "typed") + " DOB"
    return case


def p_address():
    case = Case("positive", "address and postcode")
    country = pick(["UK", "UK", "US", "IE"])
    n = R.randint(1, 240)
    street = pick({"UK": UK_STREETS, "US": US_STREETS, "IE": IE_STREETS}[country])
    flat = "Flat %d, " % R.randint(1, 30) if country == "UK" and chance(0.3) else \
        "Apt %d%s, " % (R.randint(1, 20), pick("ABC")) if country == "US" and chance(0.3) else ""
    town = pick({"UK": UK_TOWNS, "US": US_TOWNS, "IE": IE_TOWNS}[country])
    spoken = chance(0.5)
    a = case.val("ADDRESS", None)
    if country == "UK":
        pc = gen_ukpc()
    elif country == "US":
        pc = gen_zip()
    else:
        pc = None
    if not spoken:
        addr = flat + "%d %s" % (n, street)
        segs = [pick(["Address: ", "I live at ", "new address is ", ""]), (addr, a), ", " + town]
        if pc:
            p = case.val("POSTCODE", pc.replace(" ", "").replace("-", ""))
            segs += [pick([" ", ", "]), (pc if chance(0.7) else pc.lower(), p)]
        case.say("customer", *segs)
        case.note = "typed %s address" % country
    else:
        nw = num_words(n) if n < 100 or chance(0.5) else " ".join(say_single(str(n), 0))
        fl = ("flat %s " % num_words(R.randint(1, 30))) if flat and chance(0.8) else ""
        addr = fl + nw + " " + re.sub(r" st$", " street", re.sub(r" ln$", " lane", re.sub(
            r" dr$", " drive", street.lower()))).replace("w 34th", "west thirty fourth")
        case.say("agent", "and can i just confirm the first line of the address")
        case.say("customer", pick(["", "it's ", "yeah "]), (addr, a), " " + town.lower().replace(",", ""))
        if pc:
            p = case.val("POSTCODE", pc.replace(" ", "").replace("-", ""))
            case.say("agent", "and the postcode" if country == "UK" else "and the zip")
            txt = say_alnum(pc.replace(" ", "").replace("-", ""), 0.25) if country == "UK" else \
                " ".join(say_digits_groups(pc.replace("-", ""), [5] if len(pc) == 5 else [5, 4], homo=0.1))
            case.say("customer", pick(["", "it's ", "um "]), (txt, p))
        case.note = "spoken %s address" % country
    return case


def p_idv():
    """Identity verification: several types in one call."""
    case = Case("positive", "ID&V mix: spoken DOB, postcode, NI")
    ind, co = company()
    case.say("agent", "%s, before i go into the account i need to ask a few security questions" % co.lower())
    dob = gen_dob()
    d = case.val("DOB", dob)
    case.say("agent", "date of birth first")
    case.say("customer", "", (dob_forms(dob, True), d))
    pc = gen_ukpc().replace(" ", "")
    p = case.val("POSTCODE", pc)
    case.say("agent", "and the postcode")
    case.say("customer", "", (say_alnum(pc, 0.35), p), pick(["", " that's the new one"]))
    ni = gen_ni()
    n = case.val("NI_NUMBER", ni)
    case.say("agent", "finally national insurance")
    case.say("customer", "", (say_alnum(ni, 0.3), n))
    case.say("agent", "thank you you're through security your balance is one thousand two hundred and six pounds")
    return case


# ---------------------------------------------------------------- negative templates
def digits(n):
    return "".join(str(R.randint(0, 9)) for _ in range(n))


def n_order_luhn():
    c = gen_card()
    case = Case("negative", "Luhn-valid 16-digit string labelled as order number")
    case.say("customer", "Hi, my order number is %s and it still hasn't arrived." % card_typed(c))
    case.say("agent", "Thanks, order %s was dispatched on the 12th and should arrive in 3-5 working days." % c)
    return case


def n_policy_spoken():
    pol = digits(R.choice([12, 14, 16]))
    case = Case("negative", "policy number spoken like a card reading")
    case.say("agent", "can i have your policy number please")
    case.say("customer", "yeah policy number is " + " ".join(say_digits_groups(pol, [4] * (len(pol) // 4) + ([len(pol) % 4] if len(pol) % 4 else []))))
    case.say("agent", "mhm and that's the policy number not the card right")
    case.say("customer", "yes the policy number")
    return case


def n_balance():
    case = Case("negative", "amounts and balances")
    a = R.randint(100, 9999)
    case.say("agent", pick(["your outstanding balance is £%d.%02d" % (a, R.randint(0, 99)),
                            "your balance is %s pounds and %s pence" % (num_words(a % 1000), num_words(R.randint(1, 99))),
                            "the amount due is $%s.%02d" % ("{:,}".format(a * 7), R.randint(0, 99))]))
    case.say("customer", pick(["can i pay four hundred and twelve now and the rest on the 28th",
                               "ok I'll pay 250.00 today",
                               "so twelve hundred and forty five euro is the total yeah"]))
    return case


def n_lastfour():
    case = Case("negative", "card last-four mentions only")
    l4 = digits(4)
    case.say("agent", pick(["i can see a card ending %s on file" % l4,
                            "is that the visa ending in %s" % " ".join(say_single(l4, 0)),
                            "Payment taken from card ending ****%s." % l4]))
    case.say("customer", pick(["yeah the one ending %s" % " ".join(say_single(l4, 0.1)),
                               "Yes that's right, ending %s" % l4, "no the other one ends %s" % num_words(int(l4[:2])) + " " + num_words(int(l4[2:]))]))
    return case


def n_hours():
    case = Case("negative", "opening hours, times, durations")
    case.say("agent", pick(["we're open eight till eight monday to friday and nine to five on saturdays",
                            "Our lines are open 08:00-20:00 Mon-Fri, 09:00-17:00 Sat.",
                            "the engineer will come between seven thirty and one"]))
    case.say("customer", pick(["i've been on hold for forty five minutes", "I waited 1 hr 20 mins yesterday",
                               "it's half ten now can he come by twelve fifteen"]))
    return case


def n_meter():
    case = Case("negative", "meter reading spoken digit by digit")
    r = digits(R.choice([5, 6]))
    case.say("agent", "can you read me the numbers on the meter")
    case.say("customer", "okay the reading is " + " ".join(say_digits_groups(r, [len(r)])))
    case.say("agent", "and the serial on the meter is %s%s%s" % (digits(2), pick(["K", "E", "P"]), digits(5)))
    return case


def n_travel():
    case = Case("negative", "flight, gate, seat, room numbers")
    case.say("agent", pick(["you're on flight EI %d departing gate %d seat %d%s" % (R.randint(100, 999), R.randint(1, 60), R.randint(1, 40), pick("ABCDEF")),
                            "flight b a %s boarding at gate b %s" % (" ".join(say_single(digits(4), 0)), num_words(R.randint(10, 50))),
                            "your room is four one two on the fourth floor"]))
    case.say("customer", pick(["and the return is ryanair FR%d on the 14th" % R.randint(1000, 9999),
                               "great seat fourteen c please", "can i move to room 1107"]))
    return case


def n_reference():
    case = Case("negative", "long reference / claim / ticket / tracking numbers with labels")
    case.say("agent", pick(["Your claim reference is CLM-%s-%s." % (R.randint(2019, 2026), digits(7)),
                            "your ticket number is %s" % " ".join(say_digits_groups("0" + digits(10), [5, 3, 3])),
                            "tracking number 1Z%s%s" % (digits(3), "AA" + digits(10)),
                            "the reference for today's call is %s" % digits(R.choice([13, 16, 18]))]))
    case.say("customer", pick(["ok thanks", "can you repeat the reference", "Got it, thanks."]))
    return case


def n_appointment():
    case = Case("negative", "appointment / payment / contract dates and years")
    case.say("agent", pick(["your next payment of £%d will be taken on the 1st of %s" % (R.randint(10, 300), pick(MONTHS).capitalize()),
                            "the appointment is on the fourteenth of march at ten thirty",
                            "your contract started in 2021 and ends on 31/08/2026",
                            "we can book you in for 03/11 at 9:15am"]))
    case.say("customer", pick(["that's fine", "can we move it to the twenty second", "ok the 2nd of june works"]))
    return case


def n_misc_numbers():
    case = Case("negative", "percentages, temperatures, ages, counts, prices")
    case.say("customer", pick(["the rate went up to 19.9% which is mad",
                               "the heating's on twenty one degrees and the house is still cold",
                               "my son is twelve and my daughter's nine",
                               "you've charged me for three parcels but only two came",
                               "unit rate is 24.5p per kWh and standing charge 53.35p a day"]))
    case.say("agent", pick(["i understand", "let me look into that for you", "okay that's noted"]))
    return case


def n_roads():
    case = Case("negative", "road names and junctions")
    case.say("customer", pick(["the accident was on the M25 between junction 10 and 11",
                               "i was on the a forty near the turn off for the b four four nine four",
                               "Driving north on I-95 past exit 27 when it happened",
                               "it was on the N7 near Naas"]))
    case.say("agent", "okay i'll add that to the claim")
    return case


def n_serial():
    case = Case("negative", "serial / model numbers")
    case.say("customer", pick(["The serial number is SN %s %s %s" % (digits(4), digits(4), digits(4)),
                               "model KX-TG%s, serial %s" % (digits(4), digits(12)),
                               "the router says s n %s" % " ".join(say_digits_groups(digits(8), [4, 4]))]))
    case.say("agent", "thanks, that model is still under warranty")
    return case


def n_ivr():
    case = Case("negative", "IVR menu digits and extension numbers")
    case.say("agent", pick(["press one for billing two for technical support or nine to repeat",
                            "I'll transfer you to extension 4471",
                            "if you have your account ending in 77 to hand press hash"]))
    case.say("customer", pick(["okay pressing two", "one", "hash"]))
    return case


def n_invoice_spoken():
    case = Case("negative", "invoice number read with pauses like a split card reading")
    inv = digits(12)
    groups = say_digits_groups(inv, [4, 4, 4])
    case.say("agent", "what's the invoice number at the top of the letter")
    case.say("customer", "the invoice number is " + groups[0])
    case.say("agent", "mhm")
    case.say("customer", groups[1] + " " + groups[2])
    case.say("agent", "thanks that invoice was paid on the ninth")
    return case


NEG = [n_order_luhn, n_policy_spoken, n_balance, n_lastfour, n_hours, n_meter, n_travel,
       n_reference, n_appointment, n_misc_numbers, n_roads, n_serial, n_ivr, n_invoice_spoken]


def generate():
    pos = []
    plan = ([p_card_chat] * 22 + [p_card_call] * 30 + [p_card_restart] * 12 + [p_card_readback_typed] * 8
            + [p_ssn] * 30 + [p_ni] * 28 + [p_bank] * 14 + [p_us_bank] * 3 + [p_iban] * 14
            + [p_phone] * 18 + [p_email] * 16 + [p_dob] * 12 + [p_address] * 16 + [p_idv] * 8)
    R.shuffle(plan)
    for f in plan:
        pos.append(f())
    neg = []
    for k in range(112):
        neg.append(NEG[k % len(NEG)]())
    R.shuffle(neg)
    out = []
    for k, c in enumerate(pos):
        out.append(("h474-pos-%03d" % (k + 1), c))
    for k, c in enumerate(neg):
        out.append(("h474-neg-%03d" % (k + 1), c))
    return out


def serialise(cases):
    lines, built = [], []
    for cid, c in cases:
        turns, spans = c.build()
        built.append((cid, c, turns, spans))
        rec = {"id": cid, "kind": c.kind, "turns": turns,
               "spans": [{k: s[k] for k in ("turn", "start", "end", "type")} for s in spans],
               "note": c.note}
        lines.append(json.dumps(rec, ensure_ascii=False))
    return "\n".join(lines) + "\n", built


def check(data, built):
    errs = []
    with open(OUT, encoding="utf-8") as fh:
        if fh.read() != data:
            errs.append("file is not byte-identical to regenerated output")
    ids = [b[0] for b in built]
    if len(ids) != len(set(ids)):
        errs.append("duplicate ids")
    for cid, c, turns, spans in built:
        if c.kind == "negative" and spans:
            errs.append(cid + ": negative with spans")
        if c.kind == "positive" and not spans:
            errs.append(cid + ": positive without spans")
        for t in turns:
            if t["speaker"] not in ("customer", "agent"):
                errs.append(cid + ": bad speaker")
        per_turn = {}
        for s in spans:
            txt = turns[s["turn"]]["text"]
            a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(txt)):
                errs.append("%s: span out of range" % cid)
                continue
            if a > 0 and txt[a - 1].isalnum() or b < len(txt) and txt[b].isalnum():
                errs.append("%s: span not on word boundary %r" % (cid, txt[a:b]))
            if not (txt[a].isalnum() or txt[a] in "+(") or not txt[b - 1].isalnum():
                errs.append("%s: span edge not a value char %r" % (cid, txt[a:b]))
            if s["type"] not in TYPES:
                errs.append(cid + ": bad type")
            per_turn.setdefault(s["turn"], []).append((a, b))
        for iv in per_turn.values():
            iv.sort()
            for (a1, b1), (a2, b2) in zip(iv, iv[1:]):
                if a2 < b1:
                    errs.append(cid + ": overlapping spans")
        groups = {}
        for s in spans:
            groups.setdefault(s["_gid"], []).append(turns[s["turn"]]["text"][s["start"]:s["end"]])
        for gid, (typ, canon, chk) in enumerate(c.vals):
            txt = " ".join(groups.get(gid, []))
            if not txt:
                errs.append("%s: value %d has no span" % (cid, gid))
                continue
            if chk == "frag":
                n = norm_spoken(txt, MODE.get(typ, "alnum"))
                if not n or "?" in n or len(n) >= len(canon):
                    errs.append("%s: bad fragment %r" % (cid, txt))
                continue
            if chk == "last4":
                if norm_spoken(txt, "digits") != canon[-4:]:
                    errs.append("%s: bad last4 %r" % (cid, txt))
                continue
            if typ != "ADDRESS" and not canon_ok(typ, canon):
                errs.append("%s: canonical %s invalid: %r" % (cid, typ, canon))
            if not value_matches(typ, canon, txt):
                errs.append("%s: %s text %r does not normalise to %r (got %r)" % (
                    cid, typ, txt, canon, norm_spoken(txt, MODE.get(typ, "alnum"))))
    return errs


def counts(built):
    cnt = Counter(s["type"] for _, _, _, sp in built for s in sp)
    kinds = Counter(c.kind for _, c, _, _ in built)
    return cnt, kinds


def main():
    cases = generate()
    data, built = serialise(cases)
    cnt, kinds = counts(built)
    if "--check" in sys.argv:
        errs = check(data, built)
        problems = []
        if kinds["positive"] < 200 or kinds["negative"] < 100:
            problems.append("too few cases: %s" % dict(kinds))
        need = {"CARD_NUMBER": 70, "SSN": 30, "NI_NUMBER": 30}
        for t in TYPES:
            if cnt[t] < need.get(t, 10):
                problems.append("too few %s spans: %d" % (t, cnt[t]))
        for e in errs + problems:
            print("ERROR", e)
        print("cases:", dict(kinds), "spans:", dict(cnt))
        if errs or problems:
            sys.exit(1)
        print("check OK")
        return
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(data)
    print("wrote", OUT)
    print("cases:", dict(kinds))
    for t in TYPES:
        print("| %s | %d |" % (t, cnt[t]))


if __name__ == "__main__":
    main()

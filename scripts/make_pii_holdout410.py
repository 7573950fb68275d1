#!/usr/bin/env python3
"""Generate the pii_holdout410 held-out PII evaluation set (stdlib only).

Usage:
  python scripts/make_pii_holdout410.py          # write cases.jsonl + README.md
  python scripts/make_pii_holdout410.py --check  # regenerate and verify
"""
import json
import os
import re
import sys
import random
from collections import Counter

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout410")
CASES = os.path.join(OUT_DIR, "cases.jsonl")
README = os.path.join(OUT_DIR, "README.md")

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE",
         "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

# ---------------------------------------------------------------- vocab
UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy",
        8: "eighty", 9: "ninety"}
HOMO = {"1": ["won"], "2": ["to", "too"], "3": ["tree"], "4": ["for"], "8": ["ate"]}
ZERO_D = ["oh", "o", "zero", "nought", "oh"]
ZERO_A = ["oh", "zero", "nought", "oh"]
FILLERS = ["um", "uh", "er", "erm", "uhh", "umm"]
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
            "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11,
            "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
            "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
            "twentieth": 20, "thirtieth": 30}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
MON_ABBR = {m[:3]: i + 1 for i, m in enumerate(MONTHS)}
MON_ABBR["sept"] = 9
LETTER_NAMES = {"A": ["a", "ay"], "B": ["bee", "be"], "C": ["see", "sea"], "D": ["dee"],
                "E": ["e"], "F": ["eff"], "G": ["gee"], "H": ["aitch", "haitch"],
                "I": ["eye"], "J": ["jay"], "K": ["kay"], "L": ["el"], "M": ["em"],
                "N": ["en"], "O": ["o"], "P": ["pea", "pee"], "Q": ["queue", "cue"],
                "R": ["are"], "S": ["ess"], "T": ["tea", "tee"], "U": ["you"],
                "V": ["vee"], "W": ["double you"], "X": ["ex"], "Y": ["why"],
                "Z": ["zed", "zee"]}
NATO = {"A": "alpha", "B": "bravo", "C": "charlie", "D": "delta", "E": "echo",
        "F": "foxtrot", "G": "golf", "H": "hotel", "I": "india", "J": "juliet",
        "K": "kilo", "L": "lima", "M": "mike", "N": "november", "O": "oscar", "P": "papa",
        "Q": "quebec", "R": "romeo", "S": "sierra", "T": "tango", "U": "uniform",
        "V": "victor", "W": "whiskey", "X": "xray", "Y": "yankee", "Z": "zulu"}
FRIENDLY = {"A": ["apple"], "B": ["bertie", "bob"], "C": ["charlie", "cat"], "D": ["david", "dog"],
            "E": ["edward"], "F": ["freddie"], "G": ["george"], "H": ["harry"],
            "J": ["john"], "K": ["king"], "L": ["london"], "M": ["mother", "mike"],
            "N": ["nancy", "nora"], "P": ["peter"], "R": ["robert"], "S": ["sugar", "sam"],
            "T": ["tommy", "tom"], "W": ["william"], "Y": ["yellow"], "Z": ["zebra"]}

DIG_VOCAB = {}
for i, w in enumerate(UNITS):
    DIG_VOCAB[w] = ("u", str(i))
for z in ("oh", "o", "nought", "nil"):
    DIG_VOCAB[z] = ("u", "0")
for d, ws in HOMO.items():
    for w in ws:
        DIG_VOCAB[w] = ("u", d)
for i, w in enumerate(TEENS):
    DIG_VOCAB[w] = ("teen", str(10 + i))
for n, w in TENS.items():
    DIG_VOCAB[w] = ("tens", str(n))
for w in ("hundred", "thousand", "double", "triple", "and", "plus", "dash", "hyphen", "space"):
    DIG_VOCAB[w] = (w, None)
for w in FILLERS:
    DIG_VOCAB[w] = ("skip", None)

ALNUM_VOCAB = dict(DIG_VOCAB)
for h in ("won", "to", "too", "for", "ate", "tree"):
    ALNUM_VOCAB.pop(h, None)
ALNUM_VOCAB["to"] = ("u", "2")
ALNUM_VOCAB["too"] = ("u", "2")
ALNUM_VOCAB["won"] = ("u", "1")
ALNUM_VOCAB.pop("o")
for L in LETTER_NAMES:
    ALNUM_VOCAB[L.lower()] = ("L", L)
    for n in LETTER_NAMES[L]:
        if " " not in n:
            ALNUM_VOCAB[n] = ("L", L)
    ALNUM_VOCAB[NATO[L]] = ("L", L)
ALNUM_VOCAB["for"] = ("for", None)
ALNUM_VOCAB["as"] = ("as", None)


def segment(tok, vocab):
    """Split a run-together alphabetic token into the fewest vocab words."""
    if tok in vocab:
        return [tok]
    n = len(tok)
    best = [None] * (n + 1)
    best[0] = []
    for i in range(1, n + 1):
        for j in range(max(0, i - 12), i):
            if best[j] is not None and tok[j:i] in vocab:
                cand = best[j] + [tok[j:i]]
                if best[i] is None or len(cand) < len(best[i]):
                    best[i] = cand
    if best[n] is None:
        raise ValueError("cannot segment %r" % tok)
    return best[n]


def norm_spoken(text, alnum=False):
    """Normalise a spoken/typed reading to a string of digits (and capital letters)."""
    vocab = ALNUM_VOCAB if alnum else DIG_VOCAB
    raw = re.findall(r"[a-z]+|\d+", text.lower())
    if alnum:
        kept = []
        i = 0
        while i < len(raw):
            t = raw[i]
            step = 2 if t == "for" else 3 if (t == "as" and i + 1 < len(raw) and raw[i + 1] == "in") else 0
            if step and kept and kept[-1] in ALNUM_VOCAB and ALNUM_VOCAB[kept[-1]][0] == "L" \
                    and i + step - 1 < len(raw) and len(raw[i + step - 1]) > 1 \
                    and raw[i + step - 1][0].upper() == ALNUM_VOCAB[kept[-1]][1]:
                i += step
                continue
            kept.append(t)
            i += 1
        raw = kept
    toks = []
    for t in raw:
        toks.extend([t] if t.isdigit() else segment(t, vocab))
    out = []
    pend_tens = False
    slots = 0
    mult = 1
    last_letter = False
    i = 0
    while i < len(toks):
        t = toks[i]
        if t.isdigit():
            out.append(t * mult if len(t) == 1 else t)
            mult, pend_tens, slots, last_letter = 1, False, 0, False
            i += 1
            continue
        kind, val = vocab[t]
        if kind == "for" or kind == "as":
            nxt = i + (1 if kind == "for" else 2)
            if kind == "as" and (i + 1 >= len(toks) or toks[i + 1] != "in"):
                raise ValueError("bad 'as'")
            if last_letter and nxt < len(toks) and len(toks[nxt]) > 1 and out and \
                    toks[nxt][0].upper() == out[-1][-1]:
                i = nxt + 1
                continue
            if kind == "as":
                raise ValueError("bad 'as in'")
            kind, val = "u", "4"
        if kind == "L":
            if t == "double" and False:
                pass
            out.append(val * mult)
            mult, pend_tens, slots, last_letter = 1, False, 0, True
        elif kind == "u":
            if pend_tens and val != "0" and t not in ("oh", "o", "nought", "zero", "nil"):
                s = "".join(out)
                out = [s[:-1] + val]
                pend_tens = False
            elif slots:
                s = "".join(out)
                out = [s[:-1] + val]
                slots = 0
            else:
                out.append(val * mult)
            mult, last_letter = 1, False
            pend_tens = False
        elif kind == "teen":
            if slots >= 2:
                s = "".join(out)
                out = [s[:-2] + val]
            else:
                out.append(val)
            slots, pend_tens, last_letter = 0, False, False
        elif kind == "tens":
            if slots >= 2:
                s = "".join(out)
                out = [s[:-2] + val + "0"]
            else:
                out.append(val + "0")
            slots, pend_tens, last_letter = 0, True, False
        elif kind == "hundred":
            out.append("00")
            slots, pend_tens = 2, False
        elif kind == "thousand":
            out.append("000")
            slots, pend_tens = 3, False
        elif kind in ("double", "triple"):
            if alnum and i + 1 < len(toks) and toks[i + 1] == "you":
                out.append("W")
                i += 2
                mult, pend_tens, slots, last_letter = 1, False, 0, True
                continue
            mult = 2 if kind == "double" else 3
            pend_tens = False
        elif kind == "and":
            pass
        else:  # plus, dash, hyphen, space, fillers
            pend_tens = False
        i += 1
    return "".join(out)


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


def luhn_complete(prefix):
    for d in "0123456789":
        if luhn_ok(prefix + d):
            return prefix + d
    raise AssertionError


def iban_ok(s):
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in r)
    return int(num) % 97 == 1


def iban_make(cc, bban):
    num = "".join(str(int(c, 36)) for c in bban + cc + "00")
    chk = 98 - int(num) % 97
    return "%s%02d%s" % (cc, chk, bban)


def date_chunks(text):
    t = text.lower()
    toks = re.findall(r"[a-z]+|\d+|[/\-.,]", t)
    month = None
    chunks, cur = [], []
    for tok in toks:
        if tok in MONTHS or tok in MON_ABBR:
            month = MONTHS.index(tok) + 1 if tok in MONTHS else MON_ABBR[tok]
            if cur:
                chunks.append(cur)
            cur = []
        elif tok in ORDINALS:
            if cur and cur[-1] in TENS.values():
                cur[-1] = str(int(norm_spoken(cur[-1])) + ORDINALS[tok])
                chunks.append(cur)
            else:
                if cur:
                    chunks.append(cur)
                chunks.append([str(ORDINALS[tok])])
            cur = []
        elif tok in ("/", "-", ".", ",", "of", "the", "slash", "st", "nd", "rd", "th"):
            if cur:
                chunks.append(cur)
            cur = []
        else:
            cur.append(tok)
    if cur:
        chunks.append(cur)
    nums = [norm_spoken(" ".join(c)) for c in chunks]
    return month, [n for n in nums if n]


def valid_date(text, expiry):
    month, nums = date_chunks(text)
    def year_ok(y):
        if expiry:
            return (len(y) == 2 and 24 <= int(y) <= 36) or (len(y) == 4 and 2024 <= int(y) <= 2036)
        return (len(y) == 2) or (len(y) == 4 and 1920 <= int(y) <= 2010)
    if month is not None:
        if expiry:
            return len(nums) == 1 and year_ok(nums[0])
        return len(nums) == 2 and 1 <= int(nums[0]) <= 31 and year_ok(nums[1])
    if len(nums) == 1:
        s = nums[0]
        if expiry:
            return (len(s) in (4, 6)) and 1 <= int(s[:2]) <= 12 and year_ok(s[2:])
        if len(s) in (6, 8):
            a, b, y = int(s[:2]), int(s[2:4]), s[4:]
            return year_ok(y) and ((1 <= a <= 31 and 1 <= b <= 12) or (1 <= a <= 12 and 1 <= b <= 31))
        return False
    if expiry:
        return len(nums) == 2 and 1 <= int(nums[0]) <= 12 and year_ok(nums[1])
    if len(nums) == 3:
        if len(nums[0]) == 4:
            nums = [nums[2], nums[1], nums[0]]
        a, b = int(nums[0]), int(nums[1])
        return year_ok(nums[2]) and ((1 <= a <= 31 and 1 <= b <= 12) or (1 <= a <= 12 and 1 <= b <= 31))
    return False


STREET_WORDS = {"street", "st", "road", "rd", "avenue", "ave", "lane", "ln", "close", "drive",
                "dr", "way", "crescent", "terrace", "place", "court", "gardens", "grove",
                "boulevard", "blvd", "park", "row", "hill", "mews", "square", "walk", "green"}


def validate(typ, text):
    """Validate one labelled value (all spans of one reading, joined)."""
    if typ == "EMAIL":
        toks = text.lower().split()
        m = {"at": "@", "dot": ".", "underscore": "_", "dash": "-", "hyphen": "-"}
        s = "".join(m.get(t, str(UNITS.index(t)) if t in UNITS else t) for t in toks
                    if t not in FILLERS)
        return bool(re.fullmatch(r"[a-z0-9._%+\-]+@[a-z0-9\-]+(\.[a-z0-9\-]+)+", s)), s
    if typ in ("DOB", "EXPIRY"):
        return valid_date(text, typ == "EXPIRY"), text
    if typ == "ADDRESS":
        toks = re.findall(r"[a-z]+|\d+", text.lower())
        first = toks[0]
        ok = (first.isdigit() or first in ("flat", "apartment", "apt", "unit", "number")
              or first in DIG_VOCAB) and any(t in STREET_WORDS for t in toks)
        return ok, text
    if typ in ("NI_NUMBER", "IBAN", "POSTCODE"):
        compact = bool(re.search(r"[A-Za-z]\d|\d[A-Za-z]", text)) or " " not in text.strip()
        s = re.sub(r"[^A-Za-z0-9]", "", text).upper() if compact else norm_spoken(text, alnum=True)
        if typ == "NI_NUMBER":
            return bool(re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", s)), s
        if typ == "IBAN":
            return iban_ok(s), s
        return bool(re.fullmatch(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}|\d{5}(\d{4})?", s)), s
    s = norm_spoken(text)
    if not s.isdigit():
        return False, s
    n = len(s)
    if typ == "CARD_NUMBER":
        return 13 <= n <= 19 and luhn_ok(s), s
    if typ == "CVV":
        return n in (3, 4), s
    if typ == "SSN":
        return n == 9 and s[:3] not in ("000", "666") and s[0] != "9", s
    if typ == "SORT_CODE":
        return n == 6, s
    if typ == "BANK_ACCOUNT":
        return 8 <= n <= 12, s
    if typ == "PHONE":
        return 10 <= n <= 13, s
    return False, s


# ---------------------------------------------------------------- case builder
class Case:
    def __init__(self, note):
        self.turns = []
        self.spans = []
        self.groups = {}
        self.note = note

    def g(self, typ, partial=False, canon=None):
        gid = len(self.groups)
        self.groups[gid] = {"type": typ, "partial": partial, "canon": canon}
        return gid

    def t(self, speaker, *parts):
        text = ""
        for p in parts:
            if isinstance(p, tuple):
                gid, val = p
                start = len(text)
                text += val
                self.spans.append({"turn": len(self.turns), "start": start, "end": len(text),
                                   "type": self.groups[gid]["type"], "_g": gid})
            else:
                text += p
        self.turns.append({"speaker": speaker, "text": text})
        return self


def say_digit(d, r, alnum=False, homo=0.0):
    if d == "0":
        return r.choice(ZERO_A if alnum else ZERO_D)
    if not alnum and d in HOMO and r.random() < homo:
        return r.choice(HOMO[d])
    return UNITS[int(d)]


def pair_word(p):
    if p[0] == "1":
        return TEENS[int(p[1])]
    return TENS[int(p[0])] + " " + UNITS[int(p[1])]


def say_group(g, r, alnum=False, homo=0.0, style=None, join=0.0):
    if style is None:
        style = r.choice(["single", "single", "single", "pair", "hundred", "numeral", "mixed"])
    if style == "numeral":
        return g
    if style == "mixed" and len(g) >= 2:
        k = r.randint(1, len(g) - 1)
        if r.random() < 0.5:
            return g[:k] + " " + say_group(g[k:], r, alnum, homo, "single")
        return say_group(g[:k], r, alnum, homo, "single") + " " + g[k:]
    if style == "hundred" and len(g) == 3 and g[0] != "0" and g[2] != "0":
        mid = g[1:]
        tail = UNITS[int(g[2])] if g[1] == "0" else pair_word(mid)
        return UNITS[int(g[0])] + " hundred " + r.choice(["and ", "and ", ""]) + tail
    if style == "pair" and len(g) % 2 == 0 and all(g[i] != "0" and g[i + 1] != "0"
                                                  for i in range(0, len(g), 2)):
        return " ".join(pair_word(g[i:i + 2]) for i in range(0, len(g), 2))
    words = []
    i = 0
    while i < len(g):
        run = 1
        while i + run < len(g) and g[i + run] == g[i]:
            run += 1
        if run >= 3 and r.random() < 0.6:
            words.append("triple " + say_digit(g[i], r, alnum))
            i += 3
        elif run >= 2 and r.random() < 0.6:
            words.append("double " + say_digit(g[i], r, alnum))
            i += 2
        else:
            words.append(say_digit(g[i], r, alnum, homo))
            i += 1
    if join and not alnum:
        safe = set(UNITS[1:]) | {"oh", "double", "triple"}
        out = [words[0]]
        for w in words[1:]:
            a, b = out[-1].split(" ")[-1], w.split(" ")[0]
            if a in safe and b in safe and r.random() < join:
                out[-1] = out[-1] + w
            else:
                out.append(w)
        words = out
    return " ".join(words)


def groups_of(s, sizes):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return [x for x in out if x]


def say_number(s, r, sizes, alnum=False, homo=0.12, filler=0.15, join=0.1, styles=None):
    parts = []
    for k, grp in enumerate(groups_of(s, sizes)):
        st = r.choice(styles) if styles else None
        parts.append(say_group(grp, r, alnum, homo, st, join))
        if k < len(sizes) - 1 and r.random() < filler and len(parts) < len(groups_of(s, sizes)):
            parts.append(r.choice(FILLERS))
    if parts and parts[-1] in FILLERS:
        parts.pop()
    return " ".join(parts)


def split_words(said, k=None):
    """Split a reading into two parts at a natural word boundary."""
    w = said.split(" ")
    if k is None:
        k = len(w) // 2
    bad = {"for", "as", "in", "double", "triple", "plus", "hundred"} | set(TENS.values()) | set(FILLERS)
    while k < len(w) - 1 and (w[k - 1] in bad or w[k] in ("for", "as", "in", "and", "hundred")):
        k += 1
    return " ".join(w[:k]), " ".join(w[k:])


def say_letter(L, r, misheard=0.4):
    x = r.random()
    if x < misheard:
        return r.choice(LETTER_NAMES[L])
    if x < misheard + 0.25:
        return L.lower()
    if x < misheard + 0.4:
        return NATO[L]
    words = FRIENDLY.get(L, [NATO[L]]) + [NATO[L]]
    return "%s %s %s" % (L.lower(), r.choice(["for", "for", "as in"]), r.choice(words))


# ---------------------------------------------------------------- value makers
CARD_PREFIX = [("4", 16), ("4", 13), ("51", 16), ("55", 16), ("2221", 16), ("34", 15),
               ("37", 15), ("6011", 16), ("35", 16), ("4", 19), ("6759", 18)]


def make_card(r):
    p, n = r.choice(CARD_PREFIX)
    body = p + "".join(r.choice("0123456789") for _ in range(n - len(p) - 1))
    return luhn_complete(body)


def card_sizes(c):
    n = len(c)
    if n == 15:
        return [4, 6, 5]
    if n == 13:
        return [4, 3, 3, 3]
    if n == 16:
        return [4, 4, 4, 4]
    return [4] * (n // 4) + ([n % 4] if n % 4 else [])


def make_ssn(r):
    a = r.choice([x for x in range(1, 900) if x != 666])
    return "%03d%02d%04d" % (a, r.randint(1, 99), r.randint(1, 9999))


NI_FIRST = "ABCEGHJKLMNPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def make_ni(r):
    while True:
        pre = r.choice(NI_FIRST) + r.choice(NI_SECOND)
        if pre not in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ") and pre.lower() not in ALNUM_VOCAB:
            break
    return pre + "".join(r.choice("0123456789") for _ in range(6)) + r.choice("ABCD")


UK_OUTWARD = ["SW1A", "SE17", "M1", "B33", "LS6", "EH3", "CF10", "BS8", "NW3", "E14", "G12",
              "L18", "N16", "W1T", "EC2V", "CR0", "BT9", "NE6", "DH1", "TQ2", "PL4", "OX4",
              "CB2", "RG1", "SK4", "WV3", "YO31", "HU5", "ST4", "DN2"]
INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"


def make_uk_postcode(r):
    return r.choice(UK_OUTWARD) + " " + str(r.randint(0, 9)) + r.choice(INWARD_LETTERS) + \
        r.choice(INWARD_LETTERS)


def make_zip(r):
    z = "%05d" % r.randint(1001, 99950)
    if r.random() < 0.25:
        z += "-%04d" % r.randint(1, 9999)
    return z


def say_postcode(pc, r):
    """ASR-style reading of a UK postcode or US ZIP."""
    if pc[0].isdigit():
        return say_number(pc.replace("-", ""), r, [5, 4], alnum=True, filler=0.0,
                          styles=["single", "single", "pair", "mixed"])
    out_, in_ = pc.split(" ")
    words = []
    m = re.match(r"([A-Z]+)(\d+)([A-Z]?)", out_)
    for L in m.group(1):
        words.append(say_letter(L, r))
    d = m.group(2)
    if len(d) == 2 and d[0] != "0" and r.random() < 0.5:
        words.append(pair_word(d) if d[0] == "1" or d[1] != "0" else say_group(d, r, True, style="single"))
    else:
        words.append(say_group(d, r, True, style="single"))
    if m.group(3):
        words.append(say_letter(m.group(3), r))
    words.append(say_digit(in_[0], r, alnum=True))
    if in_[1] == in_[2] and r.random() < 0.5:
        words.append("double " + r.choice([in_[1].lower(), LETTER_NAMES[in_[1]][0]])
                     if in_[1] != "W" else "double " + in_[1].lower())
    else:
        words.append(say_letter(in_[1], r))
        words.append(say_letter(in_[2], r))
    return " ".join(words)


def say_ni(ni, r, misheard=0.45):
    words = []
    if ni[0] == ni[1] and r.random() < 0.4:
        words.append("double " + ni[0].lower())
    else:
        words += [say_letter(ni[0], r, misheard), say_letter(ni[1], r, misheard)]
    words.append(say_number(ni[2:8], r, r.choice([[2, 2, 2], [3, 3], [6]]), alnum=True,
                            filler=0.2, styles=["single", "pair", "numeral", "mixed", "single"]))
    words.append(say_letter(ni[8], r, misheard))
    return " ".join(words)


FIRST = ["james", "sarah", "mohammed", "aoife", "priya", "liam", "chloe", "dan", "kerry",
         "tomasz", "grace", "niamh", "olu", "becky", "marco", "hannah", "sean", "lucy",
         "raj", "emma", "conor", "jess", "kate", "paul", "zoe"]
LAST = ["smith", "okafor", "murphy", "patel", "nowak", "brennan", "khan", "jones", "walsh",
        "garcia", "byrne", "lee", "hughes", "kowalski", "reilly", "evans", "nguyen"]
DOMAINS = [("gmail", "com"), ("hotmail", "co.uk"), ("yahoo", "com"), ("outlook", "com"),
           ("eircom", "net"), ("btinternet", "com"), ("icloud", "com"), ("protonmail", "com"),
           ("web", "de"), ("live", "ie")]


def make_email(r):
    f, l = r.choice(FIRST), r.choice(LAST)
    sep = r.choice([".", "_", "", "."])
    local = r.choice([f + sep + l, f[0] + sep + l, f + l[0], l + sep + f])
    if r.random() < 0.5:
        local += str(r.randint(1, 99))
    d, tld = r.choice(DOMAINS)
    return local, d, tld


def typed_email(local, d, tld, r):
    e = "%s@%s.%s" % (local, d, tld)
    x = r.random()
    if x < 0.2:
        e = e[0].upper() + e[1:]
    elif x < 0.3:
        e = e.upper()
    return e


def spoken_email(local, d, tld, r):
    words = []
    for piece in re.findall(r"[a-z]+|\d+|[._]", local):
        if piece == ".":
            words.append("dot")
        elif piece == "_":
            words.append("underscore")
        elif piece.isdigit():
            words.append(" ".join(UNITS[int(c)] for c in piece) if r.random() < 0.6 else piece)
        elif len(piece) == 1 or r.random() < 0.2:
            words.append(" ".join(piece))
        else:
            words.append(piece)
    words.append("at")
    words.append(d)
    for t in tld.split("."):
        words += ["dot", t]
    return " ".join(words)


STREETS = ["acacia avenue", "station road", "church lane", "mill street", "the crescent",
           "victoria terrace", "kings drive", "oak close", "maple grove", "high street",
           "elm park", "harbour view road", "orchard way", "castle hill", "market place",
           "willow gardens", "main street", "pine court", "sycamore drive", "riverside walk",
           "chestnut mews", "jubilee square", "bridge row", "fairview boulevard"]
TOWNS_UK = ["Leeds", "Bristol", "Glasgow", "Cardiff", "Manchester", "Belfast", "Norwich",
            "York", "Swansea", "Plymouth"]
TOWNS_US = ["Austin, TX", "Columbus, OH", "Tacoma, WA", "Raleigh, NC", "Tucson, AZ",
            "Albany, NY", "Boise, ID"]


def make_address(r, spoken):
    num = r.randint(1, 240)
    street = r.choice(STREETS)
    flat = r.random() < 0.25
    if spoken:
        ns = say_group(str(num), r, style=r.choice(["pair", "hundred", "single", None]))
        s = ns + " " + street
        if flat:
            s = "flat " + say_group(str(r.randint(1, 12)), r, style="single") + ", " + s
        return s
    street_t = " ".join(w.capitalize() for w in street.split())
    street_t = street_t.replace("Street", r.choice(["Street", "St", "St."])).replace(
        "Road", r.choice(["Road", "Rd"]))
    s = "%d %s" % (num, street_t)
    if flat:
        s = r.choice(["Flat %d, ", "flat %d ", "Apt %d, "]) % r.randint(1, 12) + s
    return s.rstrip(".")


def make_dob(r, spoken, us=False):
    y = r.randint(1938, 2006)
    m = r.randint(1, 12)
    d = r.randint(1, 28)
    if not spoken:
        fmt = r.choice(["dmy/", "dmy-", "long", "iso", "dmy.", "short"])
        if fmt == "long":
            suf = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}.get(d, "th")
            return "%d%s %s %d" % (d, suf, MONTHS[m - 1].capitalize()[:r.choice([3, 9])], y)
        if fmt == "iso":
            return "%d-%02d-%02d" % (y, m, d)
        if fmt == "short":
            return "%02d/%02d/%02d" % ((m, d, y % 100) if us else (d, m, y % 100))
        sep = fmt[-1]
        a, b = (m, d) if us else (d, m)
        return "%02d%s%02d%s%d" % (a, sep, b, sep, y)
    ords = {v: k for k, v in ORDINALS.items()}
    if d in ords:
        day = ords[d]
    else:
        day = TENS[d // 10] + " " + ords[d % 10]
    yr = y % 100
    if y >= 2000:
        ys = "two thousand and " + (UNITS[yr] if yr < 10 else say_group(str(yr), r, style="pair")
                                    if yr % 10 else TENS[yr // 10] if yr >= 20 else TEENS[yr - 10])
    else:
        ys = r.choice(["nineteen ", "", "one nine "]) + (
            pair_word("%02d" % yr) if yr % 10 and yr >= 10 else say_group("%02d" % yr, r, style="single"))
    fmt = r.choice(["dofm", "mthed", "digits"])
    if fmt == "dofm":
        return "%s of %s %s" % (day, MONTHS[m - 1], ys)
    if fmt == "mthed":
        return "%s %s%s %s" % (MONTHS[m - 1], r.choice(["the ", ""]), day, ys)
    return "%s %s %s" % (say_group("%02d" % d, r, style="single"), say_group("%02d" % m, r, style="single"),
                         ys)


def make_expiry(r, spoken):
    m = r.randint(1, 12)
    y = r.randint(2025, 2033)
    if not spoken:
        return r.choice(["%02d/%02d", "%02d-%02d", "%d/%02d"]) % (m, y % 100) if r.random() < 0.75 \
            else "%02d/%d" % (m, y)
    yy = y % 100
    ys = pair_word(str(yy)) if yy % 10 else TENS[yy // 10]
    if r.random() < 0.4:
        return "%s %s" % (MONTHS[m - 1], r.choice([ys, "twenty " + ys]))
    ms = say_group("%02d" % m, r, style="single") if r.random() < 0.6 or m < 10 else (TEENS[m - 10])
    return "%s %s%s" % (ms, r.choice(["", "", "slash "]), ys)


def make_phone(r, kind):
    if kind == "uk_mob":
        return "07" + "".join(r.choice("0123456789") for _ in range(9)), [5, 3, 3]
    if kind == "uk_land":
        return "0" + r.choice(["20", "161", "113", "117", "131", "141", "29"]) + \
            "".join(r.choice("0123456789") for _ in range(7)), [3, 4, 4]
    if kind == "uk_intl":
        return "+447" + "".join(r.choice("0123456789") for _ in range(9)), [3, 4, 3, 3]
    if kind == "ie":
        return "+3538" + r.choice("3567") + "".join(r.choice("0123456789") for _ in range(7)), [4, 2, 3, 4]
    if kind == "ie_nat":
        return "08" + r.choice("3567") + "".join(r.choice("0123456789") for _ in range(7)), [3, 3, 4]
    if kind == "us":
        return "+1" + r.choice(["212", "415", "512", "617", "303"]) + "555" + \
            "%04d" % r.randint(100, 199), [2, 3, 3, 4]
    if kind == "us_nat":
        return r.choice(["312", "713", "206", "404"]) + "".join(r.choice("23456789") for _ in range(3)) + \
            "%04d" % r.randint(0, 9999), [3, 3, 4]
    if kind == "de":
        return "+4915" + "".join(r.choice("0123456789") for _ in range(9)), [3, 4, 3, 4]
    return "+336" + "".join(r.choice("0123456789") for _ in range(8)), [3, 1, 2, 2, 2, 2]


def typed_phone(num, sizes, r):
    sep = r.choice([" ", "-", " ", ".", ""])
    g = groups_of(num, sizes)
    if num.startswith("+1") and r.random() < 0.5:
        return "+1 (%s) %s-%s" % (num[2:5], num[5:8], num[8:])
    if len(num) == 10 and num[0] != "0" and r.random() < 0.5:
        return "(%s) %s-%s" % (num[:3], num[3:6], num[6:])
    if num.startswith("+44") and r.random() < 0.3:
        return "+44 (0)" + num[3:6] + " " + num[6:]
    return sep.join(g)


def spoken_phone(num, sizes, r):
    plus = num.startswith("+")
    digits = num.lstrip("+")
    s = say_number(digits, r, sizes, homo=0.15, filler=0.2, join=0.15)
    return ("plus " + s) if plus else s


# ---------------------------------------------------------------- contexts
CTX = [
    ("banking", "UK", "Thanks for calling Northgate Bank, you're speaking with Priya."),
    ("banking", "US", "Thank you for calling Summit Federal Credit Union, this is Marcus."),
    ("banking", "IE", "You're through to Liffey Bank, Ciara speaking."),
    ("telecom", "UK", "Hi, you've reached BrightWave Mobile support."),
    ("telecom", "US", "Thanks for contacting Clearline Wireless."),
    ("utilities", "UK", "Good morning, Anglian Power customer services."),
    ("utilities", "IE", "Hello, Emerald Gas and Electric, how can I help?"),
    ("retail", "UK", "Hi there, Harper & Lowe online orders team."),
    ("retail", "US", "Hello from ShopNest customer care!"),
    ("insurance", "UK", "Welcome to Castle Home Insurance claims."),
    ("insurance", "US", "Thank you for calling Prairie Mutual, this is Dana."),
    ("travel", "EU", "Bonjour, Skylark Airways customer service, English line."),
    ("travel", "UK", "Hello, Wayfare Holidays bookings."),
    ("healthcare billing", "US", "Mercy Valley Health billing office, this is Tom."),
    ("government services", "UK", "Hello, you're through to the benefits helpline."),
    ("government services", "US", "State Unemployment Assistance line, how can I help?"),
    ("telecom", "EU", "Hallo, Rheinnet support, English service."),
]


def ctx(r, country=None):
    opts = [c for c in CTX if country is None or c[1] in country]
    return r.choice(opts)


BACKCH = ["mhm", "go on", "yep", "okay", "uh huh", "right", "yeah go on", "got that", "ok and"]


def asr(s):
    return s.lower()


# ---------------------------------------------------------------- positive templates
def p_card_typed(r):
    ind, cty, greet = ctx(r)
    c = Case("typed chat: card number with odd separators (%s, %s)" % (ind, cty))
    card = make_card(r)
    g = c.g("CARD_NUMBER")
    sz = card_sizes(card)
    sep = r.choice([" ", "-", "", " ", "  ", "."])
    shown = sep.join(groups_of(card, sz)) if r.random() < 0.8 else \
        " ".join(groups_of(card, r.choice([[3, 3, 3, 3, 4], [2, 4, 4, 6], [6, 6, 4]])))
    if r.random() < 0.15 and "0" in shown:
        i = shown.index("0")
        if i > 0:
            shown = shown[:i] + "O" + shown[i + 1:]
    c.t("agent", greet + " Can you type the long number on the card please?")
    lead = r.choice(["card no: ", "its ", "Card number - ", "here u go ", "cc#", "CARD: ", "ok its "])
    parts = [lead, (g, shown)]
    if r.random() < 0.6:
        ge = c.g("EXPIRY")
        parts += [r.choice([" exp ", " expiry ", ", expires ", " valid thru "]), (ge, make_expiry(r, False))]
    if r.random() < 0.5:
        gc = c.g("CVV")
        cv = "".join(r.choice("0123456789") for _ in range(4 if card[:2] in ("34", "37") else 3))
        parts += [r.choice([" cvv ", " sec code: ", ", cvc ", " and the 3 digits r "]), (gc, cv)]
    c.t("customer", *parts)
    c.t("agent", "Thanks, I've got that. The payment of £%d.%02d will go through now." % (
        r.randint(5, 900), r.randint(0, 99)))
    return c


def p_card_split(r):
    ind, cty, greet = ctx(r)
    c = Case("ASR: card read over several turns with back-channels and read-back (%s)" % ind)
    card = make_card(r)
    g = c.g("CARD_NUMBER")
    grps = groups_of(card, card_sizes(card))
    c.t("agent", asr("okay and the long card number when you're ready"))
    i = 0
    first = True
    while i < len(grps):
        k = r.choice([1, 1, 2])
        chunk = "".join(grps[i:i + k])
        said = say_number(chunk, r, [len(x) for x in grps[i:i + k]], homo=0.18, filler=0.25, join=0.15)
        lead = r.choice(["yeah it's ", "it's ", "so ", "okay ", "right um "]) if first else \
            r.choice(["", "then ", "and ", "", "uh "])
        tail = r.choice(["", "", " yeah", " that's it"]) if i + k >= len(grps) else ""
        c.t("customer", lead, (g, said), tail)
        first = False
        i += k
        if i < len(grps):
            c.t("agent", r.choice(BACKCH))
    if r.random() < 0.6:
        g2 = c.g("CARD_NUMBER")
        rb = say_number(card, r, card_sizes(card), homo=0.05, filler=0.0, join=0.0,
                        styles=["single", "single", "pair"])
        c.t("agent", "let me just read that back ", (g2, rb), " is that right")
        c.t("customer", r.choice(["yes", "yep that's it", "correct", "mm hm yeah"]))
    if r.random() < 0.5:
        ge = c.g("EXPIRY")
        c.t("agent", "and the expiry date")
        c.t("customer", r.choice(["", "it's ", "um "]), (ge, make_expiry(r, True)))
    return c


def p_card_correction(r):
    ind, cty, greet = ctx(r)
    c = Case("ASR: card reading restarted after a mistake; abandoned fragment labelled too")
    card = make_card(r)
    grps = groups_of(card, card_sizes(card))
    gp = c.g("CARD_NUMBER", partial=True)
    wrong = grps[0] + grps[1][:2]
    g = c.g("CARD_NUMBER")
    c.t("agent", "go ahead with the card number")
    c.t("customer", "it's ", (gp, say_number(wrong, r, [4, 2], filler=0.0, homo=0.1)),
        r.choice([" no wait sorry that's my old card hang on", " hang on sorry let me start again",
                  " sorry no that's wrong"]))
    c.t("agent", r.choice(["no problem take your time", "no worries", "okay from the top"]))
    said = say_number(card, r, card_sizes(card), homo=0.15, filler=0.2, join=0.1)
    c.t("customer", r.choice(["right okay ", "okay it's ", "so "]), (g, said))
    c.t("agent", "lovely thank you")
    return c


def p_card_aside(r):
    ind, cty, greet = ctx(r)
    c = Case("ASR: aside in the middle of a card reading (%s, %s)" % (ind, cty))
    card = make_card(r)
    g = c.g("CARD_NUMBER")
    grps = groups_of(card, card_sizes(card))
    k = r.randint(1, len(grps) - 1)
    a = say_number("".join(grps[:k]), r, [len(x) for x in grps[:k]], homo=0.15)
    b = say_number("".join(grps[k:]), r, [len(x) for x in grps[k:]], homo=0.15)
    aside = r.choice([" hang on the light's gone off in the kitchen ", " sorry my glasses are upstairs um ",
                      " kids be quiet i'm on the phone sorry ", " hold on the dog's barking right ",
                      " wait let me turn the card over "])
    c.t("customer", "yeah the card's ", (g, a), aside, (g, b))
    ge = c.g("CVV")
    c.t("agent", "thank you and the security code on the back")
    c.t("customer", (ge, say_number("".join(r.choice("0123456789") for _ in range(3)), r, [3],
                                     styles=["single", "hundred", "numeral"])))
    return c


def p_card_last4_after_full(r):
    c = Case("full card read, then agent refers to last four: last four labelled (full card in same case)")
    card = make_card(r)
    g = c.g("CARD_NUMBER")
    sep = r.choice([" ", "-"])
    c.t("customer", r.choice(["new card is ", "Card: ", "use this one "]), (g, sep.join(groups_of(card, card_sizes(card)))))
    g2 = c.g("CARD_NUMBER", partial=True)
    last = card[-4:]
    c.t("agent", "Thanks. So the card ending ", (g2, r.choice([last, say_group(last, r, style="single")])),
        " is now set as your default payment method.")
    return c


def p_ssn_spoken(r):
    ind, cty, greet = ctx(r, ("US",))
    c = Case("ASR: US SSN spoken, possibly split and read back (%s)" % ind)
    ssn = make_ssn(r)
    g = c.g("SSN")
    c.t("agent", asr(r.choice(["can i get your social security number please",
                               "and for verification your social", "what's the social on the account"])))
    if r.random() < 0.5:
        a = say_number(ssn[:5], r, [3, 2], homo=0.2, filler=0.2, join=0.15)
        b = say_number(ssn[5:], r, [4], homo=0.2, join=0.15, styles=["single", "pair", "mixed", "numeral"])
        c.t("customer", r.choice(["sure it's ", "yeah ", "um ", "okay "]), (g, a))
        c.t("agent", r.choice(BACKCH))
        c.t("customer", (g, b))
    else:
        s = say_number(ssn, r, [3, 2, 4], homo=0.2, filler=0.25, join=0.15)
        if r.random() < 0.3:
            parts = s.split(" ")
            s = " dash ".join([say_number(ssn[:3], r, [3]), say_number(ssn[3:5], r, [2]),
                               say_number(ssn[5:], r, [4])])
        c.t("customer", r.choice(["it's ", "that'd be ", "", "my social is "]), (g, s))
    if r.random() < 0.5:
        g2 = c.g("SSN")
        c.t("agent", "okay i have ", (g2, say_number(ssn, r, [3, 2, 4], homo=0.0, filler=0.0, join=0.0,
                                                     styles=["single"])), " correct")
        c.t("customer", "yes ma'am")
    return c


def p_ssn_typed(r):
    ind, cty, greet = ctx(r, ("US",))
    c = Case("typed: SSN with label and separator variations (%s)" % ind)
    ssn = make_ssn(r)
    g = c.g("SSN")
    fmt = r.choice(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s.%s.%s", "%s - %s - %s"])
    shown = fmt % (ssn[:3], ssn[3:5], ssn[5:])
    lead = r.choice(["SSN: ", "ssn# ", "my social is ", "Social Security No. ", "soc sec ", "ss# "])
    c.t("agent", greet + " To verify, please provide your SSN and date of birth.")
    parts = [lead, (g, shown)]
    if r.random() < 0.6:
        gd = c.g("DOB")
        parts += [r.choice([", dob ", " and DOB is ", ", born "]), (gd, make_dob(r, False, us=True))]
    c.t("customer", *parts)
    c.t("agent", "Thank you, you're verified.")
    return c


def p_ni_spoken(r):
    ind, cty, greet = ctx(r, ("UK",))
    c = Case("ASR: UK NI number with letter homophones / NATO / misheard letters (%s)" % ind)
    ni = make_ni(r)
    g = c.g("NI_NUMBER")
    c.t("agent", asr(r.choice(["and your national insurance number please",
                               "can i take your n i number", "what's your national insurance"])))
    said = say_ni(ni, r)
    if r.random() < 0.45:
        a, b = split_words(said, r.randint(2, max(2, len(said.split(" ")) - 2)))
        c.t("customer", r.choice(["yeah it's ", "um ", "it's "]), (g, a))
        c.t("agent", r.choice(BACKCH))
        c.t("customer", (g, b))
    else:
        c.t("customer", r.choice(["yeah it's ", "it is ", "", "okay "]), (g, said))
    if r.random() < 0.5:
        L = ni[8]
        g2 = c.g("NI_NUMBER")
        c.t("agent", "so that's ", (g2, say_ni(ni, r, misheard=0.2)), " yeah")
        c.t("customer", r.choice(["yep", "that's the one", "yes %s for %s at the end" % (L.lower(), NATO[L])]))
    return c


def p_ni_typed(r):
    ind, cty, greet = ctx(r, ("UK",))
    c = Case("typed: NI number with case/spacing variation (%s)" % ind)
    ni = make_ni(r)
    g = c.g("NI_NUMBER")
    fmt = r.choice(["plain", "spaced", "lower", "mixed", "dash"])
    if fmt == "plain":
        shown = ni
    elif fmt == "spaced":
        shown = "%s %s %s %s %s" % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8])
    elif fmt == "lower":
        shown = ni.lower()
    elif fmt == "mixed":
        shown = ni[0] + ni[1].lower() + ni[2:8] + ni[8].lower()
    else:
        shown = "%s-%s-%s-%s-%s" % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8])
    c.t("customer", r.choice(["NI no: ", "my nat ins number is ", "NINO ", "ni number ", "National Insurance: "]),
        (g, shown), r.choice(["", " thanks", ". I've been waiting 6 weeks for a reply", " (from my payslip)"]))
    c.t("agent", "Thanks, I've found your record.")
    return c


def p_bank_uk(r):
    ind, cty, greet = ctx(r, ("UK",))
    c = Case("UK sort code + account number, typed or spoken (%s)" % ind)
    sc = "".join(r.choice("0123456789") for _ in range(6))
    acct = "".join(r.choice("0123456789") for _ in range(8))
    gs, ga = c.g("SORT_CODE"), c.g("BANK_ACCOUNT")
    if r.random() < 0.5:
        c.t("agent", "What are the bank details for the direct debit?")
        c.t("customer", r.choice(["sort code ", "s/c: ", "Sort code is "]),
            (gs, r.choice(["-", " ", ""]).join(groups_of(sc, [2, 2, 2]))),
            r.choice([" acct no: ", ", account ", " a/c "]), (ga, acct))
    else:
        c.t("agent", "okay what's the sort code")
        c.t("customer", r.choice(["it's ", "um ", ""]),
            (gs, say_number(sc, r, [2, 2, 2], homo=0.15, filler=0.2, join=0.1,
                            styles=["single", "pair", "single", "numeral"])))
        c.t("agent", "and the account number")
        said = say_number(acct, r, [4, 4], homo=0.15, filler=0.2, join=0.1)
        if r.random() < 0.4:
            a, b = split_words(said)
            c.t("customer", (ga, a))
            c.t("agent", r.choice(BACKCH))
            c.t("customer", (ga, b))
        else:
            c.t("customer", (ga, said))
    return c


def p_bank_us(r):
    ind, cty, greet = ctx(r, ("US", "IE"))
    c = Case("bank account number with 'acct no' style labels (%s %s)" % (ind, cty))
    acct = "".join(r.choice("0123456789") for _ in range(r.choice([8, 9, 10, 12])))
    g = c.g("BANK_ACCOUNT")
    if r.random() < 0.5:
        c.t("customer", r.choice(["acct no: ", "Account #", "checking acct ", "acc num "]), (g, acct),
            r.choice([" pls update autopay", "", " - savings"]))
    else:
        c.t("customer", "the account number is ", (g, say_number(acct, r, [3, 3, 4, 2], homo=0.2, join=0.1)))
    c.t("agent", "Got it, thanks.")
    return c


IBAN_BBAN = {
    "GB": lambda r: r.choice(["NWBK", "BARC", "LOYD", "MIDL"]) + "".join(r.choice("0123456789") for _ in range(14)),
    "IE": lambda r: r.choice(["AIBK", "BOFI", "IPBS"]) + "".join(r.choice("0123456789") for _ in range(14)),
    "DE": lambda r: "".join(r.choice("0123456789") for _ in range(18)),
    "FR": lambda r: "".join(r.choice("0123456789") for _ in range(23)),
    "NL": lambda r: r.choice(["ABNA", "INGB", "RABO"]) + "".join(r.choice("0123456789") for _ in range(10)),
    "ES": lambda r: "".join(r.choice("0123456789") for _ in range(20)),
}


def p_iban(r):
    ind, cty, greet = ctx(r, ("EU", "IE", "UK"))
    cc = r.choice(list(IBAN_BBAN))
    iban = iban_make(cc, IBAN_BBAN[cc](r))
    c = Case("IBAN (%s) typed or spoken, %s" % (cc, ind))
    g = c.g("IBAN")
    if r.random() < 0.55:
        shown = " ".join(groups_of(iban, [4] * 9)) if r.random() < 0.6 else iban
        if r.random() < 0.2:
            shown = shown.lower()
        c.t("customer", r.choice(["IBAN: ", "my iban is ", "pls refund to ", "Iban "]), (g, shown))
    else:
        words = [say_letter(iban[0], r, 0.3), say_letter(iban[1], r, 0.3),
                 say_group(iban[2:4], r, True, style=r.choice(["single", "numeral"]))]
        rest = iban[4:]
        for m in re.finditer(r"[A-Z]+|\d+", rest):
            tok = m.group(0)
            if tok.isalpha():
                words += [say_letter(L, r, 0.3) for L in tok]
            else:
                words.append(say_number(tok, r, [4] * 8, alnum=True, filler=0.1,
                                        styles=["single", "numeral", "single", "mixed"]))
        said = " ".join(words)
        a, b = split_words(said)
        c.t("customer", "okay so it's ", (g, a))
        c.t("agent", r.choice(BACKCH))
        c.t("customer", (g, b))
    c.t("agent", "Thank you, the refund will be sent within 5 to 7 working days.")
    return c


def p_phone(r):
    kind = r.choice(["uk_mob", "uk_land", "uk_intl", "ie", "ie_nat", "us", "us_nat", "de", "fr"])
    num, sizes = make_phone(r, kind)
    c = Case("phone number (%s), typed or spoken" % kind)
    g = c.g("PHONE")
    if r.random() < 0.45:
        c.t("customer", r.choice(["best number to reach me: ", "call me on ", "Mob: ", "tel ", "my cell is "]),
            (g, typed_phone(num, sizes, r)), r.choice(["", " after 5pm", " (work)", " thx"]))
        c.t("agent", "Thanks, I've updated your contact number.")
    else:
        c.t("agent", "what's the best number to call you back on")
        said = spoken_phone(num, sizes, r)
        w = said.split(" ")
        if r.random() < 0.4 and len(w) > 6:
            a, b = split_words(said)
            c.t("customer", r.choice(["it's ", "yeah ", "my mobile "]), (g, a))
            c.t("agent", r.choice(BACKCH))
            c.t("customer", (g, b))
        else:
            c.t("customer", r.choice(["yeah it's ", "", "um it's "]), (g, said))
        if r.random() < 0.4:
            g2 = c.g("PHONE")
            c.t("agent", "so that's ", (g2, say_number(num.lstrip("+"), r, sizes, homo=0.0, filler=0.0,
                                                      join=0.0, styles=["single"])
                                        if not num.startswith("+") else "plus " +
                                        say_number(num[1:], r, sizes, homo=0.0, filler=0.0, join=0.0,
                                                   styles=["single"])))
            c.t("customer", "that's right")
    return c


def p_email(r):
    ind, cty, greet = ctx(r)
    local, d, tld = make_email(r)
    c = Case("e-mail address typed or spoken (%s)" % ind)
    g = c.g("EMAIL")
    if r.random() < 0.45:
        c.t("customer", r.choice(["email: ", "send it to ", "my e-mail is ", "contact: "]),
            (g, typed_email(local, d, tld, r)), r.choice(["", " please", ". ta"]))
    else:
        c.t("agent", "and an email address for the confirmation")
        c.t("customer", r.choice(["yeah it's ", "it's ", "sure "]), (g, spoken_email(local, d, tld, r)),
            r.choice(["", " all lower case", " all one word"]))
        if r.random() < 0.4:
            g2 = c.g("EMAIL")
            c.t("agent", "so ", (g2, spoken_email(local, d, tld, r)), " perfect")
    return c


def p_dob(r):
    ind, cty, greet = ctx(r)
    spoken = r.random() < 0.6
    c = Case("date of birth for verification, %s (%s)" % ("spoken" if spoken else "typed", ind))
    g = c.g("DOB")
    c.t("agent", asr("can you confirm your date of birth") if spoken else "Please confirm your date of birth.")
    c.t("customer", r.choice(["it's ", "", "um ", "DOB ", "born "]) if not spoken else
        r.choice(["yeah it's ", "it's ", "", "uh "]), (g, make_dob(r, spoken, us=cty == "US")))
    c.t("agent", r.choice(["thank you", "lovely", "Thanks."]))
    return c


def p_address(r):
    ind, cty, greet = ctx(r, ("UK", "US", "IE"))
    us = cty == "US"
    spoken = r.random() < 0.55
    c = Case("address + postcode/ZIP, %s (%s %s)" % ("spoken" if spoken else "typed", ind, cty))
    ga, gp = c.g("ADDRESS"), c.g("POSTCODE")
    addr = make_address(r, spoken)
    pc = make_zip(r) if us else make_uk_postcode(r)
    town = r.choice(TOWNS_US if us else TOWNS_UK)
    if spoken:
        c.t("agent", "and what's the first line of the address")
        c.t("customer", r.choice(["it's ", "", "um "]), (ga, addr), " in " + town.lower().split(",")[0])
        c.t("agent", "and the postcode" if not us else "and the zip")
        said = say_postcode(pc, r)
        if r.random() < 0.3 and not us:
            a, b = split_words(said)
            c.t("customer", (gp, a))
            c.t("agent", r.choice(BACKCH))
            c.t("customer", (gp, b))
        else:
            c.t("customer", r.choice(["", "it's ", "yeah "]), (gp, said))
    else:
        shown = pc if r.random() < 0.7 else pc.lower().replace(" ", r.choice(["", " "]))
        c.t("customer", r.choice(["New address: ", "please send to ", "Addr: ", "moved to "]),
            (ga, addr), ", " + town + " ", (gp, shown))
    c.t("agent", "Thanks, that's updated.")
    return c


def p_postcode_confusion(r):
    c = Case("ASR: misheard postcode letters corrected by agent NATO read-back")
    pc = make_uk_postcode(r)
    g = c.g("POSTCODE")
    c.t("agent", "can i take the postcode")
    c.t("customer", "yeah it's ", (g, say_postcode(pc, r)))
    g2 = c.g("POSTCODE")
    out_, in_ = pc.split(" ")
    rb = " ".join([("%s for %s" % (L.lower(), NATO[L])) if L.isalpha() else UNITS[int(L)]
                   for L in out_ + in_])
    c.t("agent", "sorry the line's bad was that ", (g2, rb))
    c.t("customer", "yes that's it")
    return c


def p_idv(r):
    ind, cty, greet = ctx(r, ("UK", "US"))
    c = Case("ASR: identity verification with several values (%s %s)" % (ind, cty))
    us = cty == "US"
    gd = c.g("DOB")
    c.t("agent", asr("for security can i take your date of birth"))
    c.t("customer", (gd, make_dob(r, True, us)))
    gp = c.g("POSTCODE")
    c.t("agent", "thank you and the " + ("zip code" if us else "postcode"))
    c.t("customer", r.choice(["", "it's "]), (gp, say_postcode(make_zip(r) if us else make_uk_postcode(r), r)))
    gph = c.g("PHONE")
    num, sizes = make_phone(r, "us_nat" if us else "uk_mob")
    c.t("agent", "and the phone number on the account")
    c.t("customer", r.choice(["", "um ", "the mobile is "]), (gph, spoken_phone(num, sizes, r)))
    if r.random() < 0.5:
        if us:
            gs = c.g("SSN")
            c.t("agent", "and the last... actually i need the full social please")
            c.t("customer", (gs, say_number(make_ssn(r), r, [3, 2, 4], homo=0.2, join=0.1)))
        else:
            gn = c.g("NI_NUMBER")
            c.t("agent", "and finally your national insurance number")
            c.t("customer", (gn, say_ni(make_ni(r), r)))
    c.t("agent", "great you're all verified")
    return c


# ---------------------------------------------------------------- negative templates
def rdig(r, n, first="123456789"):
    return r.choice(first) + "".join(r.choice("0123456789") for _ in range(n - 1))


def n_order(r):
    c = Case("negative: long order/tracking/invoice numbers with label (some Luhn-valid 16 digits)")
    lab = r.choice(["order number", "tracking number", "invoice no.", "consignment number",
                    "reference", "booking ref", "claim number", "ticket number"])
    n = luhn_complete(rdig(r, 15)) if r.random() < 0.5 else rdig(r, r.choice([9, 10, 12, 14, 16, 18]))
    if r.random() < 0.5:
        c.t("customer", "Hi, my %s is %s and it still hasn't arrived." % (lab, " ".join(groups_of(n, [4] * 5))))
    else:
        c.t("customer", asr("yeah the %s is %s" % (lab, say_number(n, r, [4] * 5, homo=0.1, join=0.1))))
    c.t("agent", "Thanks, I can see that %s on the system, last updated on the %s." % (
        lab, r.choice(["3rd of March", "14th", "12/04"])))
    return c


def n_last4(r):
    c = Case("negative: card last-four only (PCI allows), no full card in case")
    l4 = rdig(r, 4, "0123456789")
    c.t("agent", r.choice(["Is that the Visa ending %s?", "I can see a card ending in %s on file.",
                           "Just to confirm, the card ends %s?"]) % r.choice(
        [l4, say_group(l4, r, style="single")]))
    c.t("customer", r.choice(["yeah the one ending %s", "no the debit card, last four %s",
                              "yes ending in %s"]) % say_number(l4, r, [2, 2], filler=0.0,
                                                              styles=["single", "pair"]))
    return c


def n_amounts(r):
    c = Case("negative: amounts, balances, prices spoken and typed")
    a = r.randint(100, 9999)
    c.t("agent", asr("your outstanding balance is %s pounds and %s pence" % (
        say_group(str(a), r, style=r.choice(["pair", "single", "hundred"])), pair_word("%02d" % r.randint(11, 99)))))
    c.t("customer", "so if I pay $%d,%03d.%02d today and another %d%% next month is that ok" % (
        r.randint(1, 9), r.randint(0, 999), r.randint(0, 99), r.randint(5, 50)))
    c.t("agent", "Yes, the minimum payment is £%d.%02d and that's due within %d days." % (
        r.randint(5, 99), r.randint(0, 99), r.choice([14, 28, 30])))
    return c


def n_times(r):
    c = Case("negative: times, opening hours, durations, dates of appointments")
    c.t("agent", "We're open %d till %d Monday to Friday, and %d:%02d to %d on Saturdays." % (
        r.randint(7, 9), r.randint(17, 20), r.randint(8, 10), r.choice([0, 30]), r.randint(12, 16)))
    c.t("customer", asr("i've been on hold for %s minutes and my engineer appointment on the %s of %s never happened" % (
        say_group(str(r.randint(21, 59)), r, style="pair"), r.choice(["third", "twenty first", "ninth"]),
        r.choice(MONTHS))))
    c.t("agent", "I'm sorry, I'll rebook that for %s at %d:%02d." % (
        r.choice(["Thursday 12th June", "the 4th of August", "next Monday", "10/11/2025"]),
        r.randint(8, 16), r.choice([0, 15, 30, 45])))
    return c


def n_meter(r):
    c = Case("negative: meter reading read digit by digit like a card number")
    m = rdig(r, r.choice([5, 6, 8]), "0123456789")
    mpan = rdig(r, 13)
    c.t("agent", asr("can you read me the numbers on the meter from left to right"))
    c.t("customer", asr("okay it's %s" % say_number(m, r, [2, 2, 2, 2], homo=0.15, filler=0.2)))
    c.t("agent", "Thanks. And for reference, the meter serial is %s and the MPAN is %s." % (
        rdig(r, 2, "ABKL") + rdig(r, 6), mpan))
    return c


def n_travel(r):
    c = Case("negative: flight, seat, gate, room numbers, terminal, years")
    c.t("customer", "My flight %s%d to %s was cancelled, I was in seat %d%s." % (
        r.choice(["BA", "FR", "EI", "LH", "AF", "UA"]), r.randint(100, 9999), r.choice(["Dublin", "Berlin", "Boston"]),
        r.randint(1, 40), r.choice("ABCDEF")))
    c.t("agent", asr("okay you'll now depart from gate %s at %s and the hotel has you in room %s" % (
        r.choice(["a twelve", "b forty two", "thirty one", "c seven"]), r.choice(["six forty five", "ten fifteen", "quarter past nine"]),
        say_group(str(r.randint(101, 999)), r, style=r.choice(["hundred", "single", "numeral"])))))
    c.t("customer", "Thanks, last time in %d it was the same." % r.randint(2015, 2025))
    return c


def n_policy(r):
    c = Case("negative: policy/claim/reference numbers in mixed alphanumeric formats")
    pol = r.choice(["POL-", "HX", "CLM", "INC", "REF", "MTR-"]) + rdig(r, r.choice([7, 8, 9, 10]))
    c.t("agent", "Your policy number is %s and the claim reference is %s." % (
        pol, r.choice(["C", "K"]) + rdig(r, 9)))
    c.t("customer", asr("sorry can you repeat the policy number %s" % " ".join(
        NATO[ch] if ch.isalpha() else (UNITS[int(ch)] if ch.isdigit() else "dash") for ch in pol)))
    c.t("agent", "Yes, and the excess on the policy is £%d." % r.choice([100, 250, 500]))
    return c


def n_ssn_like(r):
    c = Case("negative: reference numbers grouped 3-2-4 or like a phone number but labelled as references")
    x = rdig(r, 9)
    y = "0" + rdig(r, 10)
    c.t("customer", asr("the case reference they gave me was %s dash %s dash %s" % (
        say_number(x[:3], r, [3]), say_number(x[3:5], r, [2]), say_number(x[5:], r, [4]))))
    c.t("agent", "Thanks. There's also a ticket number %s %s %s linked to it." % (y[:5], y[5:8], y[8:]))
    return c


def n_misc(r):
    c = Case("negative: ages, counts, temperatures, percentages, years")
    c.t("customer", asr("my mum's %s and the heating's been off for %s days it's %s degrees in here" % (
        pair_word(str(r.randint(71, 99)).replace("0", "1")), UNITS[r.randint(2, 9)], UNITS[r.randint(2, 9)])))
    c.t("agent", "I'm sorry. We have %d engineers in your area and %d%% of jobs are done within %d hours." % (
        r.randint(3, 40), r.randint(60, 99), r.choice([24, 48, 72])))
    c.t("customer", "We've been customers since %d, %d years!" % (r.randint(1985, 2010), r.randint(10, 35)))
    return c


def n_roads(r):
    c = Case("negative: road names and junctions without house numbers")
    c.t("customer", asr("i broke down on the %s near junction %s heading towards %s" % (
        r.choice(["m twenty five", "a forty", "m six", "n seven", "a one m", "i ninety five"]),
        UNITS[r.randint(2, 9)], r.choice(["leeds", "the city centre", "galway", "newark"]))))
    c.t("agent", "Okay, recovery will meet you at the services on %s, about %d miles away." % (
        r.choice(["Station Road", "the A34", "Main Street", "Route 9"]), r.randint(2, 15)))
    return c


def n_serial(r):
    c = Case("negative: device serial/model/IMEI-like numbers with label")
    c.t("customer", "The router model is %s and the serial number is %s." % (
        r.choice(["HH6-AC", "TG-3442", "FRITZ!Box 7530", "VMDG-505"]), rdig(r, r.choice([12, 15, 16]))))
    c.t("agent", asr("thanks and the imei on the phone is %s yeah" % say_number(rdig(r, 15), r, [3, 3, 3, 3, 3],
                                                                              homo=0.1)))
    c.t("customer", "yes, bought it in %d for %d euro." % (r.randint(2018, 2025), r.randint(99, 999)))
    return c


def n_contract(r):
    c = Case("negative: contract/payment dates, account balance, customer ID with label")
    c.t("agent", "Your contract started on %d/%02d/%d and ends %s; next payment date is the %s." % (
        r.randint(1, 28), r.randint(1, 12), r.randint(2019, 2024), r.choice(["March 2026", "31 Dec 2025"]),
        r.choice(["1st", "15th", "28th"])))
    c.t("customer", asr("and my customer id is %s right" % say_number(rdig(r, 8), r, [4, 4], homo=0.1)))
    c.t("agent", "Correct, customer ID %s." % rdig(r, 8))
    return c


POS = [(p_card_typed, 24), (p_card_split, 24), (p_card_correction, 10), (p_card_aside, 10),
       (p_card_last4_after_full, 6), (p_ssn_spoken, 20), (p_ssn_typed, 14), (p_ni_spoken, 22),
       (p_ni_typed, 12), (p_bank_uk, 14), (p_bank_us, 8), (p_iban, 14), (p_phone, 18),
       (p_email, 14), (p_dob, 14), (p_address, 18), (p_postcode_confusion, 6), (p_idv, 14)]
NEG = [(n_order, 12), (n_last4, 10), (n_amounts, 9), (n_times, 9), (n_meter, 10), (n_travel, 9),
       (n_policy, 9), (n_ssn_like, 10), (n_misc, 8), (n_roads, 8), (n_serial, 9), (n_contract, 9)]


def build():
    r = random.Random(410241125)
    pos_sched = [f for f, n in POS for _ in range(n)]
    neg_sched = [f for f, n in NEG for _ in range(n)]
    r.shuffle(pos_sched)
    r.shuffle(neg_sched)
    cases = []
    for i, f in enumerate(pos_sched, 1):
        c = f(r)
        cases.append(("h410-pos-%03d" % i, "positive", c))
    for i, f in enumerate(neg_sched, 1):
        c = f(r)
        c.spans, c.groups = [], {}
        cases.append(("h410-neg-%03d" % i, "negative", c))
    return cases


def serialise(cases):
    lines = []
    for cid, kind, c in cases:
        spans = sorted(({k: v for k, v in s.items() if k != "_g"} for s in c.spans),
                       key=lambda s: (s["turn"], s["start"]))
        obj = {"id": cid, "kind": kind, "turns": c.turns, "spans": spans, "note": c.note}
        lines.append(json.dumps(obj, ensure_ascii=False))
    return "\n".join(lines) + "\n"


def counts(cases):
    cnt = Counter()
    for _, _, c in cases:
        for s in c.spans:
            cnt[s["type"]] += 1
    return cnt


def readme(cases):
    cnt = counts(cases)
    npos = sum(1 for c in cases if c[1] == "positive")
    nneg = len(cases) - npos
    rows = "\n".join("| %s | %d |" % (t, cnt[t]) for t in TYPES)
    return """# pii_holdout410 — held-out PII redaction evaluation set

> **Never use this set for tuning.** Do not adjust patterns, thresholds, word lists or
> prompts of the redaction engine by looking at these cases. It exists only to measure
> the engine. If it leaks into development it stops being a held-out set.

## Who wrote it and how

Written by an AI helper acting as an independent test author. The author did **not** see
the redaction code, its tests, docs or other fixtures; the cases come only from a brief
describing the PII types and annotation conventions. Everything is synthetic: every value
is randomly generated (cards are Luhn-valid, IBANs mod-97-valid) and belongs to no one.

The file `cases.jsonl` is produced by `scripts/make_pii_holdout410.py` (Python standard
library only, one `random.Random(410241125)`). Each turn is assembled from plain-text
segments and labelled value segments, so offsets are computed, never typed by hand.
`python scripts/make_pii_holdout410.py --check` regenerates the set and verifies that the
file is byte-identical, ids are unique, spans are in range, on word boundaries and
non-overlapping, and that each labelled value is valid after normalising spoken forms
(Luhn for cards, mod-97 for IBANs, NI format, 9 digits for SSN, 6 for sort codes, date
parsing for DOB/EXPIRY, etc.).

Emphasis of this set: speech-recogniser output — digits as homophones ("won", "to",
"too", "for", "ate", "tree"), words run together ("fortyone", "doublethree") or split,
numbers partly as digits and partly as words ("4539 one four double eight"), misheard
letter names in NI numbers and postcodes ("are" for R, "see" for C, "why" for Y, "tea" for
T, "queue" for Q), NATO and "s for sugar" spelling, values split over several turns with
back-channels, asides and restarted readings. Also typed chat/e-mail with odd separators
and case variations. Industries: banking, telecom, utilities, retail, insurance, travel,
healthcare billing, government services; countries: UK, US, Ireland, EU.

## Format

One JSON object per line: `id`, `kind` (`positive`/`negative`), `turns` (list of
`{speaker: customer|agent, text}`), `spans` (list of `{turn, start, end, type}`, Python
character offsets into that turn's text, end exclusive), `note`.

## Annotation conventions

- A span covers exactly the value, from its first letter/digit to its last; lead-in words
  ("it's", "my number is") are outside.
- A value split across turns gets one span per turn, each with the value's type. An aside
  in the middle of a reading splits it into two spans in the same turn. Agent read-backs
  are labelled too.
- Filler words spoken inside a reading ("um", "uh") are inside the span.
- A restarted reading: the abandoned fragment is labelled with the same type as well (it
  is still a piece of the value); the correction words ("sorry, let me start again") are not.
- Phone spans include the country code ("plus four four ...", "+353 ...").
- ADDRESS covers the flat/house number and street, not the town; the postcode/ZIP is a
  separate POSTCODE span. DOB and EXPIRY cover the whole date expression.
- A card's last four on their own ("card ending 4821") are NOT PII, unless the full card was
  read in the same case (then the last-four mention is labelled CARD_NUMBER).
- Negative cases contain no PII at all: amounts, balances, prices, times, opening hours,
  durations, counts, ages, temperatures, percentages, years, appointment/payment/contract
  dates, order/ticket/invoice/claim/reference/tracking/serial/model/policy numbers said with
  their label, meter readings, flight/room/gate/seat numbers, road names, card last-four.

## Counts

%d positive cases, %d negative cases, %d spans.

| Type | Spans |
|---|---|
%s
""" % (npos, nneg, sum(cnt.values()), rows)


def check(cases, text, rd):
    errs = []
    with open(CASES, encoding="utf-8") as f:
        if f.read() != text:
            errs.append("cases.jsonl is not byte-identical to regenerated output")
    with open(README, encoding="utf-8") as f:
        if f.read() != rd:
            errs.append("README.md is stale")
    ids = [c[0] for c in cases]
    if len(ids) != len(set(ids)):
        errs.append("duplicate ids")
    for line in text.splitlines():
        obj = json.loads(line)
        for s in obj["spans"]:
            if not (0 <= s["turn"] < len(obj["turns"])):
                errs.append("%s: turn out of range" % obj["id"])
                continue
            t = obj["turns"][s["turn"]]["text"]
            if not (0 <= s["start"] < s["end"] <= len(t)):
                errs.append("%s: offsets out of range" % obj["id"])
                continue
            v = t[s["start"]:s["end"]]
            if not (v[0].isalnum() or v[0] in "+(") or not v[-1].isalnum():
                errs.append("%s: span not trimmed %r" % (obj["id"], v))
            if s["start"] > 0 and t[s["start"] - 1].isalnum():
                errs.append("%s: span starts mid-word %r" % (obj["id"], v))
            if s["end"] < len(t) and t[s["end"]].isalnum():
                errs.append("%s: span ends mid-word %r" % (obj["id"], v))
        sp = sorted(obj["spans"], key=lambda s: (s["turn"], s["start"]))
        for a, b in zip(sp, sp[1:]):
            if a["turn"] == b["turn"] and b["start"] < a["end"]:
                errs.append("%s: overlapping spans" % obj["id"])
        if obj["kind"] == "negative" and obj["spans"]:
            errs.append("%s: negative with spans" % obj["id"])
        if obj["kind"] == "positive" and not obj["spans"]:
            errs.append("%s: positive without spans" % obj["id"])
    for cid, kind, c in cases:
        for gid, g in c.groups.items():
            vals = [c.turns[s["turn"]]["text"][s["start"]:s["end"]] for s in c.spans if s["_g"] == gid]
            joined = " ".join(vals)
            try:
                ok, normed = validate(g["type"], joined)
            except Exception as e:  # noqa
                ok, normed = False, "error %s" % e
            if g["partial"]:
                ok = bool(normed) and (g["type"] != "CARD_NUMBER" or norm_spoken(joined).isdigit())
            if not ok:
                errs.append("%s: invalid %s %r -> %r" % (cid, g["type"], joined, normed))
    cnt = counts(cases)
    npos = sum(1 for c in cases if c[1] == "positive")
    if npos < 200 or len(cases) - npos < 100:
        errs.append("too few cases")
    need = {t: 10 for t in TYPES}
    need.update(CARD_NUMBER=70, SSN=30, NI_NUMBER=30)
    for t, n in need.items():
        if cnt[t] < n:
            errs.append("too few %s spans: %d" % (t, cnt[t]))
    return errs


def main():
    cases = build()
    text = serialise(cases)
    rd = readme(cases)
    if "--check" in sys.argv:
        errs = check(cases, text, rd)
        for e in errs:
            print("FAIL", e)
        cnt = counts(cases)
        print("cases: %d (%d positive), spans: %s" % (
            len(cases), sum(1 for c in cases if c[1] == "positive"), dict(sorted(cnt.items()))))
        if errs:
            sys.exit(1)
        print("check OK")
        return
    os.makedirs(OUT_DIR, exist_ok=True)
    with open(CASES, "w", encoding="utf-8") as f:
        f.write(text)
    with open(README, "w", encoding="utf-8") as f:
        f.write(rd)
    print("wrote %d cases" % len(cases))


if __name__ == "__main__":
    main()

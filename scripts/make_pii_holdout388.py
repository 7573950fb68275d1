#!/usr/bin/env python3
"""Generate the pii_holdout388 held-out PII redaction evaluation set.

Written by an independent test author (an AI helper) who did not see the
redaction engine.  Standard library only; deterministic.

    python scripts/make_pii_holdout388.py          # write the fixture
    python scripts/make_pii_holdout388.py --check  # regenerate and validate
"""
import json
import os
import random
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "fixtures", "pii_holdout388", "cases.jsonl")
SEED = 388241125
N_POS = 210
N_NEG = 112

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]
MINIMA = {t: 10 for t in TYPES}
MINIMA.update({"CARD_NUMBER": 70, "SSN": 30, "NI_NUMBER": 30})

# ---------------------------------------------------------------- words
UNIT = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEEN = {10: "ten", 11: "eleven", 12: "twelve", 13: "thirteen", 14: "fourteen",
        15: "fifteen", 16: "sixteen", 17: "seventeen", 18: "eighteen", 19: "nineteen"}
TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy",
        8: "eighty", 9: "ninety"}
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo",
        "f": "foxtrot", "g": "golf", "h": "hotel", "i": "india", "j": "juliet",
        "k": "kilo", "l": "lima", "m": "mike", "n": "november", "o": "oscar",
        "p": "papa", "q": "quebec", "r": "romeo", "s": "sierra", "t": "tango",
        "u": "uniform", "v": "victor", "w": "whiskey", "x": "x-ray", "y": "yankee",
        "z": "zulu"}
ALT_WORDS = {"a": ["apple"], "b": ["bob", "bravo"], "c": ["charlie", "cat"],
             "d": ["david", "delta"], "e": ["edward", "echo"], "h": ["harry"],
             "j": ["juliet", "jack"], "k": ["kilo", "kate"], "m": ["mother", "mike"],
             "n": ["nancy", "november"], "p": ["peter", "papa"], "r": ["robert"],
             "s": ["sugar", "sierra"], "t": ["tom", "tango"], "w": ["william", "whiskey"],
             "x": ["x-ray"], "y": ["yellow"], "z": ["zebra"], "l": ["london", "lima"],
             "g": ["george", "golf"]}
WORD2LETTER = {}
for _k, _v in NATO.items():
    WORD2LETTER[_v.replace("-", "")] = _k
for _k, _vs in ALT_WORDS.items():
    for _v in _vs:
        WORD2LETTER[_v.replace("-", "")] = _k
FILLERS = {"um", "uh", "er", "erm", "ah", "hmm", "umm", "uhh"}
ZERO_WORDS = {"zero", "oh", "nought", "naught", "o"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
MONTH_ABBR = [m[:3] for m in MONTHS]
ORD = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
       "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11,
       "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
       "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
       "twentieth": 20, "thirtieth": 30}
ORD_SUFFIX = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth",
              7: "seventh", 8: "eighth", 9: "ninth"}


# ---------------------------------------------------------------- normaliser
def _tok(text):
    return re.findall(r"[a-z0-9]+", text.lower().replace("x-ray", "xray"))


def norm_value(text, alnum=False):
    """Turn a written or spoken value into a compact string of digits/letters.
    Returns None for anything it cannot interpret."""
    toks = _tok(text)
    out = []
    i = 0
    n = len(toks)

    def unitval(t):
        if t in ZERO_WORDS and (t != "o" or not alnum):
            return "0"
        if t in UNIT:
            return str(UNIT.index(t))
        return None

    while i < n:
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < n else None
        if t in FILLERS or t in ("and", "slash", "space", "dash", "hyphen"):
            i += 1
            continue
        if t == "plus":
            out.append("+")
            i += 1
            continue
        if t in ("double", "triple"):
            if nxt is None:
                return None
            v = unitval(nxt)
            if v is None and alnum and len(nxt) == 1:
                v = nxt.upper()
            if v is None:
                return None
            out.append(v * (2 if t == "double" else 3))
            i += 2
            continue
        if t.isdigit():
            out.append(t)
            i += 1
            continue
        if alnum and re.fullmatch(r"[a-z0-9]+", t) and any(ch.isdigit() for ch in t):
            out.append(t.upper())
            i += 1
            continue
        u = unitval(t)
        if u is not None:
            if nxt == "hundred":
                j = i + 2
                if j < n and toks[j] == "and":
                    j += 1
                rest = toks[j] if j < n else None
                after = toks[j + 1] if j + 1 < n else None
                if rest in TEEN.values():
                    out.append(u + str([k for k, v in TEEN.items() if v == rest][0]))
                    i = j + 1
                elif rest in TENS.values():
                    tv = [k for k, v in TENS.items() if v == rest][0]
                    if after in UNIT[1:]:
                        out.append(u + str(tv) + str(UNIT.index(after)))
                        i = j + 2
                    else:
                        out.append(u + str(tv) + "0")
                        i = j + 1
                elif rest in UNIT[1:]:
                    out.append(u + "0" + str(UNIT.index(rest)))
                    i = j + 1
                else:
                    out.append(u + "00")
                    i = i + 2
                continue
            if nxt == "thousand":
                j = i + 2
                if j < n and toks[j] == "and":
                    j += 1
                rest = toks[j] if j < n else None
                after = toks[j + 1] if j + 1 < n else None
                if rest in TEEN.values():
                    out.append(u + "0" + str([k for k, v in TEEN.items() if v == rest][0]))
                    i = j + 1
                elif rest in TENS.values():
                    tv = [k for k, v in TENS.items() if v == rest][0]
                    if after in UNIT[1:]:
                        out.append(u + "0" + str(tv) + str(UNIT.index(after)))
                        i = j + 2
                    else:
                        out.append(u + "0" + str(tv) + "0")
                        i = j + 1
                elif rest in UNIT[1:]:
                    out.append(u + "00" + str(UNIT.index(rest)))
                    i = j + 1
                else:
                    out.append(u + "000")
                    i = i + 2
                continue
            out.append(u)
            i += 1
            continue
        if t in TEEN.values():
            out.append(str([k for k, v in TEEN.items() if v == t][0]))
            i += 1
            continue
        if t in TENS.values():
            tv = [k for k, v in TENS.items() if v == t][0]
            if nxt in UNIT[1:]:
                out.append(str(tv) + str(UNIT.index(nxt)))
                i += 2
            elif nxt in ORD_SUFFIX.values():
                out.append(str(tv) + str([k for k, v in ORD_SUFFIX.items() if v == nxt][0]))
                i += 2
            else:
                out.append(str(tv) + "0")
                i += 1
            continue
        if alnum and len(t) == 1:
            out.append(t.upper())
            if nxt in ("for", "as"):
                j = i + 2
                if j < n and toks[j] == "in":
                    j += 1
                if j < n and toks[j] in WORD2LETTER:
                    i = j + 1
                    continue
                return None
            i += 1
            continue
        if alnum and t in WORD2LETTER:
            out.append(WORD2LETTER[t].upper())
            i += 1
            continue
        if alnum and t.isalpha():
            out.append(t.upper())
            i += 1
            continue
        return None
    return "".join(out)


def luhn_ok(d):
    s = 0
    for i, ch in enumerate(reversed(d)):
        v = int(ch)
        if i % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        s += v
    return s % 10 == 0


def luhn_complete(prefix_body):
    for c in "0123456789":
        if luhn_ok(prefix_body + c):
            return prefix_body + c
    raise AssertionError


def iban_ok(s):
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    num = "".join(str(int(ch, 36)) for ch in r)
    return int(num) % 97 == 1


def make_iban(cc, bban):
    r = bban + cc + "00"
    num = "".join(str(int(ch, 36)) for ch in r)
    chk = 98 - int(num) % 97
    return "%s%02d%s" % (cc, chk, bban)


NI_RE = re.compile(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]")
UK_PC = re.compile(r"[A-Z]{1,2}\d[A-Z\d]?\d[ABD-HJLNP-UW-Z]{2}")
STREET_WORDS = {"road", "rd", "street", "st", "avenue", "ave", "lane", "ln", "close",
                "drive", "dr", "way", "crescent", "court", "place", "terrace",
                "gardens", "grove", "boulevard", "blvd", "square", "hill", "row",
                "parade", "walk", "mews", "park"}


def date_words_norm(text):
    toks = _tok(text)
    has_month = any(t in MONTHS or t in MONTH_ABBR or t == "sept" for t in toks)
    keep = []
    for t in toks:
        if t in MONTHS or t in MONTH_ABBR or t in ("sept", "of", "the", "on", "end"):
            continue
        m = re.fullmatch(r"(\d+)(st|nd|rd|th)", t)
        if m:
            keep.append(m.group(1))
            continue
        if t in ORD:
            if keep and keep[-1] in TENS.values() and ORD[t] < 10:
                keep.append(UNIT[ORD[t]])
            else:
                keep.append(str(ORD[t]))
            continue
        keep.append(t)
    d = norm_value(" ".join(keep))
    return has_month, d


def validate(typ, text):
    """Validate the full value (concatenated text of its spans)."""
    if typ == "EMAIL":
        if "@" in text:
            s = text
        else:
            toks = text.lower().split()
            parts = []
            i = 0
            while i < len(toks):
                t = toks[i].strip(",")
                if t in FILLERS:
                    pass
                elif t == "at":
                    parts.append("@")
                elif t in ("dot", "period"):
                    parts.append(".")
                elif t == "underscore":
                    parts.append("_")
                elif t in ("dash", "hyphen"):
                    parts.append("-")
                elif len(t) == 1 and i + 2 < len(toks) and toks[i + 1] == "for":
                    parts.append(t)
                    i += 2
                else:
                    parts.append(t)
                i += 1
            s = "".join(parts)
        return bool(re.fullmatch(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+", s))
    if typ == "ADDRESS":
        toks = _tok(text)
        if not toks or toks[-1] not in STREET_WORDS:
            return False
        return any(t[0].isdigit() or t in UNIT or t in TEEN.values() or t in TENS.values()
                   for t in toks)
    if typ in ("DOB", "EXPIRY"):
        has_month, d = date_words_norm(text)
        if d is None or not d.isdigit():
            return False
        if typ == "EXPIRY":
            if has_month:
                return len(d) in (2, 4)
            if len(d) == 3:
                return 1 <= int(d[0]) <= 9
            if len(d) in (4, 6):
                return 1 <= int(d[:2]) <= 12
            return False
        if has_month:
            return 3 <= len(d) <= 6
        if 5 <= len(d) <= 8:
            return True
        return False
    alnum = typ in ("NI_NUMBER", "IBAN", "POSTCODE")
    v = norm_value(text, alnum=alnum)
    if v is None:
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
    if typ == "SORT_CODE":
        return v.isdigit() and len(v) == 6
    if typ == "BANK_ACCOUNT":
        return v.isdigit() and 6 <= len(v) <= 17
    if typ == "IBAN":
        return iban_ok(v)
    if typ == "PHONE":
        d = v.lstrip("+")
        return d.isdigit() and 10 <= len(d) <= 13
    if typ == "POSTCODE":
        return bool(UK_PC.fullmatch(v) or re.fullmatch(r"\d{5}(\d{4})?", v))
    return False


def validate_fragment(typ, text):
    alnum = typ in ("NI_NUMBER", "IBAN", "POSTCODE")
    v = norm_value(text, alnum=alnum)
    return bool(v) and (alnum or v.lstrip("+").isdigit())


# ---------------------------------------------------------------- speech
class Speaker:
    def __init__(self, rng):
        self.r = rng

    def zero(self, allow_o=True):
        opts = ["oh", "oh", "zero", "nought"] + (["o"] if allow_o else [])
        return self.r.choice(opts)

    def unit(self, c, allow_o=True):
        return self.zero(allow_o) if c == "0" else UNIT[int(c)]

    def digits(self, d, fancy=0.5, allow_o=True, group=None, sep=None, filler=0.0):
        """Spoken form of a digit string; verified against the normaliser."""
        for _ in range(20):
            chunks = [d]
            if group:
                chunks, k = [], 0
                for g in group:
                    chunks.append(d[k:k + g])
                    k += g
                if k < len(d):
                    chunks.append(d[k:])
                chunks = [c for c in chunks if c]
            spoken = []
            for ci, ch in enumerate(chunks):
                spoken.append(self._chunk(ch, fancy, allow_o))
            parts = [spoken[0]]
            for s in spoken[1:]:
                if filler and self.r.random() < filler:
                    parts.append(self.r.choice([" um ", ", uh, ", " er ", ", erm ", " uh "]))
                else:
                    parts.append(sep if sep is not None else self.r.choice([" ", ", ", " ... ", ", "]))
                parts.append(s)
            text = "".join(parts)
            if norm_value(text) == d:
                return text
            fancy = fancy / 2
        return " ".join(self.unit(c, allow_o) for c in d)

    def _chunk(self, d, fancy, allow_o):
        r = self.r
        toks = []
        i = 0
        while i < len(d):
            c = d[i]
            x = r.random()
            if i + 2 < len(d) and d[i] == d[i + 1] == d[i + 2] and x < 0.5:
                toks.append("triple " + self.unit(c, allow_o))
                i += 3
                continue
            if i + 1 < len(d) and d[i] == d[i + 1] and x < 0.55:
                toks.append("double " + self.unit(c, allow_o))
                i += 2
                continue
            y = r.random()
            if (i + 2 < len(d) and c != "0" and y < fancy * 0.3 and d[i + 1:i + 3] != "00"
                    and not (d[i + 1] not in "01" and d[i + 2] == "0")):
                rest = d[i + 1:i + 3]
                if rest[0] == "0":
                    tail = UNIT[int(rest[1])]
                elif rest[0] == "1":
                    tail = TEEN[int(rest)]
                else:
                    tail = TENS[int(rest[0])] + " " + UNIT[int(rest[1])]
                joiner = r.choice([" hundred and ", " hundred and ", " hundred "])
                toks.append(UNIT[int(c)] + joiner + tail)
                i += 3
                continue
            if i + 1 < len(d) and c != "0" and y < fancy:
                pair = d[i:i + 2]
                if c == "1":
                    toks.append(TEEN[int(pair)])
                elif pair[1] == "0":
                    toks.append(TENS[int(c)])
                else:
                    toks.append(TENS[int(c)] + " " + UNIT[int(pair[1])])
                i += 2
                continue
            toks.append(self.unit(c, allow_o))
            i += 1
        return " ".join(toks)

    def letter(self, ch, nato=0.3):
        ch = ch.lower()
        x = self.r.random()
        if x < nato:
            words = [NATO[ch]] + ALT_WORDS.get(ch, [])
            w = self.r.choice(words)
            return "%s %s %s" % (ch, self.r.choice(["for", "for", "as in"]), w)
        return ch


# ---------------------------------------------------------------- case builder
class Case:
    def __init__(self, kind, note=""):
        self.kind = kind
        self.note = note
        self.turns = []  # list of (speaker, [segments])
        self.groups = {}  # gid -> (type, mode)
        self._g = 0

    def g(self, typ, mode="full"):
        self._g += 1
        self.groups[self._g] = (typ, mode)
        return self._g

    def t(self, speaker, *segs):
        self.turns.append((speaker, list(segs)))
        return self

    def compile(self):
        turns, spans, meta = [], [], []
        for ti, (spk, segs) in enumerate(self.turns):
            text = ""
            for s in segs:
                if isinstance(s, str):
                    text += s
                    continue
                val, gid = s
                lead = len(val) - len(val.lstrip(" ,.:;()+-'\"*#"))
                core = val.strip(" ,.:;()+-'\"*#")
                text += val[:lead]
                start = len(text)
                text += core
                end = len(text)
                text += val[lead + len(core):]
                typ = self.groups[gid][0]
                spans.append({"turn": ti, "start": start, "end": end, "type": typ})
                meta.append(gid)
            turns.append({"speaker": spk, "text": text})
        if self.kind == "negative":
            assert not spans
        return {"kind": self.kind, "turns": turns, "spans": spans, "note": self.note}, meta


def L(val, gid):
    return (val, gid)


# ---------------------------------------------------------------- value generators
class Gen:
    def __init__(self, rng):
        self.r = rng
        self.sp = Speaker(rng)

    def card(self):
        r = self.r
        kind = r.choices(["visa", "mc", "amex", "disc", "visa13", "long19", "mc2"],
                         [30, 25, 12, 8, 3, 4, 5])[0]
        if kind == "visa":
            pre, n = "4", 16
        elif kind == "mc":
            pre, n = "5" + r.choice("12345"), 16
        elif kind == "mc2":
            pre, n = "22" + r.choice("2345678"), 16
        elif kind == "amex":
            pre, n = r.choice(["34", "37"]), 15
        elif kind == "disc":
            pre, n = "6011", 16
        elif kind == "visa13":
            pre, n = "4", 13
        else:
            pre, n = r.choice(["6304", "4", "6759"]), 19
        body = pre + "".join(r.choice("0123456789") for _ in range(n - len(pre) - 1))
        return luhn_complete(body)

    def not_luhn16(self):
        d = self.card()
        if len(d) != 16:
            d = luhn_complete("4" + "".join(self.r.choice("0123456789") for _ in range(14)))
        last = str((int(d[-1]) + self.r.randint(1, 9)) % 10)
        return d[:-1] + last

    def card_groups(self, d):
        if len(d) == 15:
            return [4, 6, 5]
        if len(d) == 13:
            return [4, 3, 3, 3]
        if len(d) == 19:
            return [4, 4, 4, 4, 3]
        return [4, 4, 4, 4]

    def card_typed(self, d):
        r = self.r
        g = self.card_groups(d)
        style = r.random()
        if style < 0.25:
            return d
        sep = r.choice([" ", " ", "-", "-", ".", "  ", " - "])
        if style < 0.35 and len(d) == 16:
            g = r.choice([[3, 5, 4, 4], [8, 8], [4, 4, 8], [2, 6, 4, 4]])
        out, k = [], 0
        for x in g:
            out.append(d[k:k + x])
            k += x
        return sep.join(out)

    def card_spoken(self, d, filler=0.2, fancy=None):
        return self.sp.digits(d, fancy=self.r.random() if fancy is None else fancy,
                              group=self.card_groups(d), filler=filler)

    def chunks(self, d, g):
        out, k = [], 0
        for x in g:
            out.append(d[k:k + x])
            k += x
        return out

    def cvv(self, amex=False):
        return "".join(self.r.choice("0123456789") for _ in range(4 if amex else 3))

    def expiry(self):
        return self.r.randint(1, 12), self.r.randint(25, 32)

    def expiry_typed(self, m, y):
        return self.r.choice(["%02d/%02d" % (m, y), "%02d/%02d" % (m, y), "%02d-%02d" % (m, y),
                              "%02d/20%02d" % (m, y), "%s %02d" % (MONTH_ABBR[m - 1].title(), y),
                              "%02d%02d" % (m, y), "%d/%02d" % (m, y)])

    def expiry_spoken(self, m, y):
        r = self.r
        yy = self.sp.digits("%02d" % y, fancy=1.0)
        c = r.random()
        if c < 0.35:
            return "%s %s" % (self.sp.digits("%02d" % m, fancy=0.0), yy)
        if c < 0.6:
            return "%s twenty %s" % (MONTHS[m - 1], TENS[y // 10] + ("" if y % 10 == 0 else " " + UNIT[y % 10]))
        if c < 0.8:
            return "%s %s" % (MONTHS[m - 1], yy)
        return "%s slash %s" % (UNIT[m] if m < 10 else TEEN[m], yy)

    def ssn(self):
        r = self.r
        while True:
            a = r.randint(1, 899)
            if a != 666:
                break
        return "%03d%02d%04d" % (a, r.randint(1, 99), r.randint(1, 9999))

    def ssn_typed(self, s):
        return self.r.choice(["%s-%s-%s", "%s-%s-%s", "%s %s %s", "%s%s%s", "%s.%s.%s",
                              "%s - %s - %s"]) % (s[:3], s[3:5], s[5:])

    def ssn_spoken(self, s, filler=0.2):
        return self.sp.digits(s, fancy=self.r.random() * 0.7, group=[3, 2, 4], filler=filler)

    def ni(self):
        r = self.r
        first = "ABCEGHJKLMNOPRSTWXYZ"
        second = "ABCEGHJKLMNPRSTWXYZ"
        while True:
            p = r.choice(first) + r.choice(second)
            if p not in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ"):
                break
        return p + "".join(r.choice("0123456789") for _ in range(6)) + r.choice("ABCD")

    def ni_typed(self, s):
        r = self.r
        c = r.random()
        if c < 0.3:
            t = s
        elif c < 0.6:
            t = "%s %s %s %s %s" % (s[:2], s[2:4], s[4:6], s[6:8], s[8])
        elif c < 0.75:
            t = "%s %s %s" % (s[:2], s[2:8], s[8])
        else:
            t = "%s-%s-%s-%s-%s" % (s[:2], s[2:4], s[4:6], s[6:8], s[8])
        if r.random() < 0.3:
            t = t.lower()
        return t

    def ni_spoken(self, s, filler=0.2):
        r = self.r
        lets = " ".join(self.sp.letter(c, 0.35) for c in s[:2])
        digs = self.sp.digits(s[2:8], fancy=r.random() * 0.8, group=[2, 2, 2], filler=filler,
                              allow_o=False)
        return "%s%s%s%s%s" % (lets, r.choice([" ", ", ", " ... "]), digs,
                               r.choice([" ", ", ", " ... ", " "]),
                               self.sp.letter(s[8], 0.3))

    def sort_code(self):
        return "".join(self.r.choice("0123456789") for _ in range(6))

    def sort_typed(self, s):
        return self.r.choice(["%s-%s-%s", "%s-%s-%s", "%s %s %s", "%s%s%s", "%s.%s.%s"]) % (s[:2], s[2:4], s[4:])

    def acct(self, n=8):
        return "".join(self.r.choice("0123456789") for _ in range(n))

    def iban(self):
        r = self.r
        cc = r.choice(["GB", "IE", "DE", "NL", "FR", "ES", "GB", "IE"])
        D = lambda n: "".join(r.choice("0123456789") for _ in range(n))
        if cc == "GB":
            bban = r.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "NAIA"]) + D(14)
        elif cc == "IE":
            bban = r.choice(["AIBK", "BOFI", "IPBS", "ULSB"]) + D(14)
        elif cc == "DE":
            bban = D(18)
        elif cc == "NL":
            bban = r.choice(["ABNA", "INGB", "RABO"]) + D(10)
        elif cc == "FR":
            bban = D(23)
        else:
            bban = D(20)
        return make_iban(cc, bban)

    def iban_typed(self, s):
        r = self.r
        grouped = " ".join(s[i:i + 4] for i in range(0, len(s), 4))
        t = r.choice([s, grouped, grouped, grouped])
        if r.random() < 0.15:
            t = t.lower()
        return t

    def iban_spoken(self, s):
        parts = []
        for i in range(0, len(s), 4):
            blk = s[i:i + 4]
            if blk.isdigit():
                parts.append(self.sp.digits(blk, fancy=0.0, allow_o=False))
            else:
                parts.append(" ".join(self.sp.letter(c, 0.15) if c.isalpha()
                                      else self.sp.unit(c, False) for c in blk))
        return self.r.choice([" ", ", "]).join(parts)

    def phone(self):
        """Returns (digits incl. country code or national, typed, spoken)."""
        r = self.r
        D = lambda n: "".join(r.choice("0123456789") for _ in range(n))
        k = r.choice(["uk_mob", "uk_mob", "uk_geo", "uk_int", "us", "us_int", "ie", "ie_int",
                      "fr_int", "de_int"])
        sp = self.sp
        if k == "uk_mob":
            d = "07" + r.choice("3456789") + D(8)
            typed = r.choice([d, d[:5] + " " + d[5:], d[:5] + " " + d[5:8] + " " + d[8:]])
            spoken = sp.digits(d, fancy=0.3, group=[5, 3, 3])
        elif k == "uk_geo":
            d = "01" + r.choice("1236789") + D(8)
            typed = r.choice([d[:4] + " " + d[4:7] + " " + d[7:], "(" + d[:5] + ") " + d[5:]])
            spoken = sp.digits(d, fancy=0.3, group=[4, 3, 4])
        elif k == "uk_int":
            n = "7" + r.choice("3456789") + D(8)
            d = "44" + n
            typed = r.choice(["+44 " + n[:4] + " " + n[4:], "+44 (0)" + n[:4] + " " + n[4:], "0044 " + n])
            spoken = "plus four four " + sp.digits(n, fancy=0.3, group=[4, 3, 3])
        elif k == "us":
            d = r.choice("2345678") + D(2) + "555" + D(4)
            typed = r.choice(["(%s) %s-%s" % (d[:3], d[3:6], d[6:]), "%s-%s-%s" % (d[:3], d[3:6], d[6:]),
                              "%s.%s.%s" % (d[:3], d[3:6], d[6:])])
            spoken = sp.digits(d, fancy=0.5, group=[3, 3, 4])
        elif k == "us_int":
            n = r.choice("2345678") + D(2) + "555" + D(4)
            d = "1" + n
            typed = "+1 %s %s %s" % (n[:3], n[3:6], n[6:])
            spoken = "plus one " + sp.digits(n, fancy=0.5, group=[3, 3, 4])
        elif k == "ie":
            d = "08" + r.choice("35679") + D(7)
            typed = r.choice(["%s %s %s" % (d[:3], d[3:6], d[6:]), d])
            spoken = sp.digits(d, fancy=0.3, group=[3, 3, 4])
        elif k == "ie_int":
            n = "8" + r.choice("35679") + D(7)
            d = "353" + n
            typed = "+353 %s %s %s" % (n[:2], n[2:5], n[5:])
            spoken = "plus three five three " + sp.digits(n, fancy=0.3, group=[2, 3, 4])
        elif k == "fr_int":
            n = r.choice("67") + D(8)
            d = "33" + n
            typed = "+33 %s %s %s %s %s" % (n[0], n[1:3], n[3:5], n[5:7], n[7:])
            spoken = "plus three three " + sp.digits(n, fancy=0.8, group=[1, 2, 2, 2, 2])
        else:
            n = "15" + D(9)
            d = "49" + n
            typed = "+49 %s %s" % (n[:3], n[3:])
            spoken = "plus four nine " + sp.digits(n, fancy=0.3, group=[3, 4, 4])
        return d, typed, spoken

    FIRST = ["sarah", "john", "aoife", "mohammed", "priya", "liam", "chloe", "darren",
             "siobhan", "kwame", "emma", "tomasz", "grace", "oliver", "niamh", "marco",
             "fatima", "rhys", "jessica", "patrick", "ana", "wei", "lucy", "connor"]
    LAST = ["connolly", "smith", "okafor", "patel", "murphy", "nowak", "walsh", "jones",
            "kelly", "ahmed", "brennan", "garcia", "thompson", "o'brien", "evans", "rossi"]
    DOMAINS = ["gmail.com", "outlook.com", "yahoo.co.uk", "btinternet.com", "hotmail.ie",
               "icloud.com", "proton.me", "hotmail.com", "eircom.net", "sky.com", "aol.com"]

    def email(self):
        r = self.r
        f = r.choice(self.FIRST)
        l = r.choice(self.LAST).replace("'", "")
        dom = r.choice(self.DOMAINS)
        sep = r.choice([".", "_", "", "."])
        local = r.choice([f + sep + l, f[0] + sep + l, f + l[0], f + sep + l + str(r.randint(1, 99))])
        if sep == "" and local == f + l[0]:
            local = f + "." + l
        return local, dom

    def email_typed(self, local, dom):
        e = local + "@" + dom
        if self.r.random() < 0.2:
            e = e.capitalize() if self.r.random() < 0.5 else e.upper()
        return e

    def email_spoken(self, local, dom):
        r = self.r
        if any(c.isdigit() for c in local):
            local = re.sub(r"\d+", "", local)
        words = []
        for piece in re.split(r"([._])", local):
            if piece == ".":
                words.append("dot")
            elif piece == "_":
                words.append("underscore")
            elif piece:
                if len(piece) == 1:
                    words.append(self.sp.letter(piece, 0.5))
                else:
                    words.append(piece)
        dw = " dot ".join(dom.split("."))
        return "%s at %s" % (" ".join(words), dw)

    STREETS_UK = ["Kingsley Road", "Acacia Avenue", "Mill Lane", "Station Road", "Church Street",
                  "Oakfield Close", "Victoria Terrace", "Harbour View Crescent", "Willow Way",
                  "Cedar Court", "Ash Grove", "Primrose Hill", "Ladysmith Gardens", "Queens Parade",
                  "Bridge Street", "Rowan Drive", "Castle Mews", "Meadow Walk"]
    STREETS_US = ["Elm Street", "Maple Drive", "Park Avenue", "Sunset Boulevard", "Oak St",
                  "Lakeview Dr", "Pine Ave", "Cherry Lane", "Washington Blvd", "Hillcrest Road"]
    STREETS_IE = ["Main Street", "Strand Road", "Griffith Avenue", "Castle Street", "Church Lane"]
    UK_AREAS = ["SW", "M", "B", "LS", "EH", "G", "CF", "BT", "NE", "E", "N", "W", "EC", "KT",
                "OX", "BS", "L", "NG", "SE", "CR"]

    def uk_postcode(self):
        r = self.r
        a = r.choice(self.UK_AREAS)
        dist = str(r.randint(1, 20)) if len(a) == 2 else str(r.randint(1, 9))
        if a in ("SW", "EC", "W") and r.random() < 0.3:
            dist = str(r.randint(1, 9)) + r.choice("AV")
        inward = str(r.randint(0, 9)) + r.choice("ABDEFGHJLNPQRSTUWXYZ") + r.choice("ABDEFGHJLNPQRSTUWXYZ")
        return a + dist + " " + inward

    def postcode_spoken(self, pc):
        out = []
        for ch in pc.replace(" ", " | "):
            if ch == " ":
                continue
            if ch == "|":
                out.append(self.r.choice(["", ",", "..."]))
            elif ch.isdigit():
                out.append(self.sp.unit(ch, allow_o=False))
            else:
                out.append(self.sp.letter(ch, 0.15))
        return re.sub(r" +([,.])", r"\1", " ".join(x for x in out if x != "")).replace("...", " ...")

    def zip(self):
        z = "%05d" % self.r.randint(1001, 99950)
        if self.r.random() < 0.2:
            z += "-%04d" % self.r.randint(1, 9999)
        return z

    def house(self):
        r = self.r
        n = r.randint(1, 240)
        if r.random() < 0.15:
            return "Flat %d, %d" % (r.randint(1, 30), n)
        if r.random() < 0.1:
            return "%d%s" % (n, r.choice("ab"))
        return str(n)

    def house_spoken(self):
        r = self.r
        n = r.randint(1, 199)
        s = self.sp.digits(str(n), fancy=0.9)
        if r.random() < 0.2:
            return "flat %s, %s" % (UNIT[r.randint(1, 9)], s)
        return s

    def dob(self):
        return self.r.randint(1, 28), self.r.randint(1, 12), self.r.randint(1938, 2005)

    def dob_typed(self, d, m, y):
        return self.r.choice(["%02d/%02d/%d" % (d, m, y), "%d/%d/%d" % (d, m, y),
                              "%02d-%02d-%d" % (d, m, y), "%d %s %d" % (d, MONTHS[m - 1].title(), y),
                              "%s %d, %d" % (MONTHS[m - 1].title(), d, y),
                              "%02d.%02d.%02d" % (d, m, y % 100),
                              "%d%s %s %d" % (d, "th" if d in range(4, 21) or d % 10 > 3 or d % 10 == 0 else ["", "st", "nd", "rd"][d % 10], MONTH_ABBR[m - 1].title(), y)])

    def year_spoken(self, y):
        if y >= 2000:
            return "two thousand" + ("" if y == 2000 else " and " + (UNIT[y % 100] if y % 100 < 10 else TEEN.get(y % 100, "")))
        lo = y % 100
        lo_s = (self.r.choice(["oh ", "o "]) + UNIT[lo]) if lo < 10 else (TEEN[lo] if lo < 20 else TENS[lo // 10] + ("" if lo % 10 == 0 else " " + UNIT[lo % 10]))
        return "nineteen " + lo_s

    def day_ord(self, d):
        if d in ORD.values() and d < 20:
            return [k for k, v in ORD.items() if v == d][0]
        if d == 20:
            return "twentieth"
        return TENS[d // 10] + " " + ORD_SUFFIX[d % 10]

    def dob_spoken(self, d, m, y):
        r = self.r
        c = r.random()
        if c < 0.4:
            return "the %s of %s %s" % (self.day_ord(d), MONTHS[m - 1], self.year_spoken(y))
        if c < 0.6:
            return "%s %s %s" % (MONTHS[m - 1], self.day_ord(d), self.year_spoken(y))
        if c < 0.8:
            return "%s %s %s" % (self.day_ord(d), MONTHS[m - 1], self.year_spoken(y))
        s = "%02d%02d%02d" % (d, m, y % 100)
        return self.sp.digits(s, fancy=0.5, group=[2, 2, 2], allow_o=False)


# ---------------------------------------------------------------- positive templates
BACK = ["mhm", "go on", "yep", "okay", "uh huh", "right", "yeah go on", "got that", "mm hm", "and?"]
HELLO_A = ["thanks for calling {org}, you're through to {name}, how can I help",
           "hi, {org} support, {name} speaking", "good morning, {org}, my name's {name}",
           "hello you're through to {org} billing"]
ORGS = {"banking": ["Northgate Bank", "Harbour Building Society", "First Allied Bank"],
        "telecom": ["Vireo Mobile", "Skyline Broadband", "TalkNet"],
        "utilities": ["Brightwater Energy", "Anglia Water", "GasPoint"],
        "retail": ["Hollis & Pike", "ShopDirect Home", "Marlowe Outdoor"],
        "insurance": ["Keystone Insurance", "Evergreen Mutual", "Coverwise"],
        "travel": ["SkyBridge Airways", "Atlantic Rail", "Sunward Holidays"],
        "healthcare": ["Riverside Medical Billing", "CarePoint Health", "Mercy Clinic billing"],
        "government": ["HMRC helpline", "DVLA", "Revenue.ie", "Social Security Administration"]}
AGENTS = ["Dan", "Priya", "Shauna", "Marcus", "Leah", "Tom", "Ines", "Keisha"]


def hello(r, ind):
    return r.choice(HELLO_A).format(org=r.choice(ORGS[ind]), name=r.choice(AGENTS))


def p_card_chat(G, c):
    r = G.r
    ind = r.choice(["retail", "travel", "telecom", "utilities"])
    d = G.card()
    m, y = G.expiry()
    cv = G.cvv(len(d) == 15)
    g1, g2, g3 = c.g("CARD_NUMBER"), c.g("EXPIRY"), c.g("CVV")
    order = "%s-%06d" % (r.choice(["ORD", "HP", "WEB"]), r.randint(0, 999999))
    c.t("agent", "Hi, welcome to %s chat. How can I help?" % r.choice(ORGS[ind]))
    c.t("customer", r.choice(["hi i want to pay the outstanding balance of £%d.%02d on order %s" % (r.randint(10, 900), r.randint(0, 99), order),
                              "need to update my payment details pls, order %s" % order]))
    c.t("agent", "Sure, please type the long number on the front of the card.")
    c.t("customer", r.choice(["card no: ", "its ", "", "Card number ", "crd num is ", "ok "]),
        L(G.card_typed(d), g1), r.choice(["", " ", " thx", ".", " (visa)"]))
    c.t("agent", "Thanks. Expiry date and the 3 or 4 digit security code?")
    c.t("customer", r.choice(["exp ", "expires ", "", "expiry "]), L(G.expiry_typed(m, y), g2),
        r.choice([" cvv ", " and ", ", code ", " sec code: ", " / "]), L(cv, g3))
    return "%s chat: typed card, expiry and CVV with order number nearby" % ind


def p_card_asr_split(G, c):
    r = G.r
    ind = r.choice(["banking", "telecom", "utilities", "insurance", "retail", "travel"])
    d = G.card()
    ch = G.chunks(d, G.card_groups(d))
    gid = c.g("CARD_NUMBER")
    c.t("agent", hello(r, ind).lower())
    c.t("customer", r.choice(["yeah hi i'd like to make a payment please", "hiya um i need to pay my bill",
                              "hi yeah it's about the direct debit that bounced"]))
    c.t("agent", "no problem, can i take the long card number when you're ready")
    for i, part in enumerate(ch):
        lead = "" if i else r.choice(["okay it's ", "right so ", "", "um it's "])
        c.t("customer", lead, L(G.sp.digits(part, fancy=r.random(), filler=0.0), gid),
            r.choice(["", "", "...", " yeah"]) if i < len(ch) - 1 else "")
        if i < len(ch) - 1:
            c.t("agent", r.choice(BACK))
    if r.random() < 0.7:
        rb = c.g("CARD_NUMBER")
        c.t("agent", "so that's ", L(G.card_spoken(d, filler=0.0), rb), " is that right")
        c.t("customer", r.choice(["yes", "yep that's it", "correct"]))
    m, y = G.expiry()
    ge, gc = c.g("EXPIRY"), c.g("CVV")
    c.t("agent", "and the expiry")
    c.t("customer", r.choice(["", "it's ", "um "]), L(G.expiry_spoken(m, y), ge))
    c.t("agent", "and the three digits on the back")
    cv = G.cvv(len(d) == 15)
    c.t("customer", L(G.sp.digits(cv, fancy=0.3), gc))
    return "%s ASR: card split over turns with back-channels, read-back, expiry, CVV" % ind


def p_card_correction(G, c):
    r = G.r
    ind = r.choice(["retail", "insurance", "travel", "healthcare", "utilities"])
    d = G.card()
    ch = G.chunks(d, G.card_groups(d))
    gfrag = c.g("CARD_NUMBER", "fragment")
    gid = c.g("CARD_NUMBER")
    wrong = "".join(r.choice("0123456789") for _ in range(4))
    c.t("agent", hello(r, ind).lower())
    c.t("customer", "yes i'm paying for the renewal, card number is ",
        L(G.sp.digits(ch[0] + wrong, fancy=0.4, group=[4, 4]), gfrag),
        r.choice([" no wait sorry that's wrong, let me start again ", " oh hang on no, sorry, from the top "]),
        L(G.sp.digits(ch[0], fancy=0.4), gid),
        r.choice([" hang on i can't read it the light's bad ", " sorry the dog's going mad ", " just a sec "]),
        L(G.sp.digits("".join(ch[1:]), fancy=0.4, group=G.card_groups(d)[1:], filler=0.4), gid))
    c.t("agent", r.choice(["lovely thank you", "okay got it"]))
    if r.random() < 0.5:
        gl = c.g("CARD_NUMBER", "fragment")
        c.t("agent", "and just to confirm that's the card ending ", L(G.sp.digits(d[-4:], fancy=0.5), gl), " yes")
        c.t("customer", "yeah")
    return "%s ASR: card reading restarted, aside mid-reading; last four after full card is labelled" % ind


def p_card_with_dangerous(G, c):
    r = G.r
    d = G.card()
    decoy = G.not_luhn16() if r.random() < 0.5 else G.card()
    gid = c.g("CARD_NUMBER")
    c.t("customer", "hi my order number is ", G.sp.digits(decoy, fancy=0.3, group=[4, 4, 4, 4]),
        r.choice([" it's on the email", ", it looks like a card number but it's the order one"]))
    c.t("agent", "thanks i've found that order. and how would you like to pay the remaining £%d" % r.randint(20, 400))
    c.t("customer", "on my card, it's ", L(G.card_spoken(d, filler=0.3), gid))
    c.t("agent", "thank you, and the card ending %s will be charged today" % G.sp.digits(d[-4:], fancy=0.5))
    # the last-four readback above is labelled because the full card was read
    c.turns[-1] = ("agent", ["thank you, and the card ending ", L(G.sp.digits(d[-4:], fancy=0.5), c.g("CARD_NUMBER", "fragment")),
                             " will be charged today"])
    return "retail ASR: card-rhythm order number (not PII) then real card; last four after full card"


def p_ssn_typed(G, c):
    r = G.r
    s = G.ssn()
    gid, gd, gz = c.g("SSN"), c.g("DOB"), c.g("POSTCODE")
    ind = r.choice(["healthcare", "insurance", "government", "banking"])
    c.t("agent", "Welcome to %s secure messaging. To verify you, please send your SSN and date of birth." % r.choice(ORGS[ind]))
    c.t("customer", r.choice(["SSN: ", "ssn is ", "Social: ", "my social security # is ", "soc sec no. "]),
        L(G.ssn_typed(s), gid), r.choice([" dob ", ", DOB: ", " and born ", " / "]),
        L(G.dob_typed(*G.dob()), gd))
    c.t("agent", "Thanks. And the ZIP code on the account? (Member ID %s is already on file.)" % G.acct(9))
    c.t("customer", r.choice(["zip ", "", "its "]), L(G.zip(), gz))
    return "%s chat: typed SSN, DOB, ZIP; 9-digit member ID unlabelled" % ind


def p_ssn_spoken(G, c):
    r = G.r
    s = G.ssn()
    ind = r.choice(["healthcare", "insurance", "government", "banking"])
    c.t("agent", hello(r, ind).lower())
    pol = G.acct(9)
    c.t("customer", "hi yeah i'm calling about claim number %s" % G.sp.digits(pol, fancy=0.3, group=[3, 2, 4]))
    c.t("agent", "okay, and to verify, can i have your social security number")
    if r.random() < 0.5:
        gid = c.g("SSN")
        c.t("customer", "sure it's ", L(G.ssn_spoken(s), gid))
    else:
        gid = c.g("SSN")
        c.t("customer", "um ", L(G.sp.digits(s[:3], fancy=0.5), gid))
        c.t("agent", r.choice(BACK))
        c.t("customer", L(G.sp.digits(s[3:5], fancy=0.8), gid))
        c.t("agent", r.choice(BACK))
        c.t("customer", L(G.sp.digits(s[5:], fancy=0.5, group=[2, 2]), gid))
    if r.random() < 0.6:
        c.t("agent", "let me read that back, ", L(G.ssn_spoken(s, filler=0), c.g("SSN")))
        c.t("customer", "that's right")
    c.t("agent", "thanks and your date of birth")
    c.t("customer", L(G.dob_spoken(*G.dob()), c.g("DOB")))
    return "%s ASR: SSN (possibly split), read-back, claim number in SSN rhythm unlabelled" % ind


def p_ni_spoken(G, c):
    r = G.r
    s = G.ni()
    c.t("agent", hello(r, "government").lower())
    c.t("customer", "hiya yeah it's about my tax code, i think it's wrong")
    c.t("agent", "i can look at that, can i take your national insurance number")
    if r.random() < 0.5:
        c.t("customer", r.choice(["yeah it's ", "um ", "okay so "]), L(G.ni_spoken(s), c.g("NI_NUMBER")))
    else:
        gid = c.g("NI_NUMBER")
        c.t("customer", L(" ".join(G.sp.letter(x, 0.5) for x in s[:2]), gid))
        c.t("agent", r.choice(BACK))
        c.t("customer", L(G.sp.digits(s[2:8], fancy=0.5, group=[2, 2, 2], allow_o=False), gid))
        c.t("agent", r.choice(["and the letter at the end", "and the last letter"]))
        c.t("customer", L(G.sp.letter(s[8], 0.6), gid))
    if r.random() < 0.5:
        c.t("agent", "so ", L(G.ni_spoken(s, filler=0), c.g("NI_NUMBER")))
        c.t("customer", "yep")
    pc = G.uk_postcode()
    c.t("agent", "and the postcode")
    c.t("customer", L(G.postcode_spoken(pc), c.g("POSTCODE")))
    return "government ASR: NI number with letters/NATO, possibly split, read-back, postcode"


def p_ni_typed(G, c):
    r = G.r
    s = G.ni()
    ind = r.choice(["government", "banking", "insurance"])
    l, dm = G.email()
    c.t("customer", r.choice(["Hello, re my pension enquiry. NI no: ", "hi my ni number is ", "NINO ",
                              "National Insurance: "]), L(G.ni_typed(s), c.g("NI_NUMBER")),
        r.choice([". You can email me at ", " and my email is ", " - email "]), L(G.email_typed(l, dm), c.g("EMAIL")))
    c.t("agent", "Thanks. I can see your case ref %s. Is your DOB still %s?" % (
        "CAS-%d" % r.randint(100000, 999999), "on file"))
    c.t("customer", "yes, ", L(G.dob_typed(*G.dob()), c.g("DOB")))
    return "%s chat: typed NI number (case variants), email, DOB, case ref unlabelled" % ind


def p_bank_uk(G, c):
    r = G.r
    sc, ac = G.sort_code(), G.acct(8)
    ind = r.choice(["banking", "utilities", "insurance", "government"])
    c.t("agent", hello(r, ind).lower())
    c.t("customer", "i want to set up a direct debit for the £%d a month" % r.randint(15, 250))
    c.t("agent", "okay what's the sort code")
    if r.random() < 0.5:
        c.t("customer", L(G.sp.digits(sc, fancy=0.7, group=[2, 2, 2]), c.g("SORT_CODE")))
    else:
        gid = c.g("SORT_CODE")
        c.t("customer", L(G.sp.digits(sc[:4], fancy=0.7, group=[2, 2]), gid))
        c.t("agent", r.choice(BACK))
        c.t("customer", L(G.sp.digits(sc[4:], fancy=0.7), gid))
    c.t("agent", "and the account number")
    c.t("customer", r.choice(["", "uh ", "it's "]), L(G.sp.digits(ac, fancy=0.4, group=[4, 4], filler=0.3), c.g("BANK_ACCOUNT")))
    c.t("agent", "so sort code ", L(G.sort_typed(sc) if r.random() < 0.3 else G.sp.digits(sc, fancy=0.5, group=[2, 2, 2]), c.g("SORT_CODE")),
        ", account ", L(G.sp.digits(ac, fancy=0.2, group=[4, 4]), c.g("BANK_ACCOUNT")),
        ", first payment on the %s" % G.day_ord(r.randint(1, 28)))
    return "%s ASR: sort code and account (possibly split), agent read-back, payment date unlabelled" % ind


def p_bank_typed(G, c):
    r = G.r
    sc, ac = G.sort_code(), G.acct(r.choice([8, 8, 10, 12]))
    c.t("customer", "Dear team,\nPlease refund the £%d.%02d overpayment to my account.\n" % (r.randint(5, 900), r.randint(0, 99)),
        r.choice(["Sort code: ", "sort-code ", "S/C "]), L(G.sort_typed(sc), c.g("SORT_CODE")), "\n",
        r.choice(["Acct no: ", "account number ", "A/C no. ", "acc# "]), L(ac, c.g("BANK_ACCOUNT")),
        "\nRef: INV-%d\nPhone: " % r.randint(10000000, 99999999), L(G.phone()[1], c.g("PHONE")),
        "\nThanks, %s" % r.choice(G.FIRST).title())
    c.t("agent", "Thank you, the refund for invoice INV-%d has been raised." % r.randint(10000000, 99999999))
    return "utilities e-mail: typed sort code, account, phone; invoice number unlabelled"


def p_iban(G, c):
    r = G.r
    ib = G.iban()
    ind = r.choice(["travel", "banking", "insurance", "retail"])
    if r.random() < 0.5:
        c.t("customer", r.choice(["IBAN: ", "my iban is ", "Please pay into ", "iban "]), L(G.iban_typed(ib), c.g("IBAN")),
            r.choice([" for the refund of booking ref K%dX" % r.randint(1000, 9999), "", " thanks"]))
        c.t("agent", "Thanks, the refund of €%d will arrive in 3-5 working days." % r.randint(40, 1200))
    else:
        c.t("agent", hello(r, ind).lower())
        c.t("customer", "yeah i'm owed a refund and they said i need to give the iban")
        c.t("agent", "go ahead")
        c.t("customer", L(G.iban_spoken(ib), c.g("IBAN")))
        c.t("agent", "thank you that's all validated")
    return "%s: IBAN typed or spelled out" % ind


def p_phone(G, c):
    r = G.r
    ind = r.choice(["telecom", "retail", "healthcare", "utilities", "travel"])
    d, typed, spoken = G.phone()
    d2, typed2, spoken2 = G.phone()
    c.t("agent", hello(r, ind).lower())
    c.t("customer", "hi i need to change the contact number on my account")
    c.t("agent", "sure what's the new number")
    if r.random() < 0.5:
        c.t("customer", r.choice(["it's ", "um ", "yeah it's ", ""]), L(spoken, c.g("PHONE")))
    else:
        # split reading
        gid = c.g("PHONE")
        toks = spoken.split(" ")
        k = len(toks) // 2
        while toks[k - 1] in ("double", "triple", "plus", "hundred", "and") or toks[k] in ("hundred", "and") or toks[k - 1] in TENS.values():
            k += 1
        c.t("customer", L(" ".join(toks[:k]), gid))
        c.t("agent", r.choice(BACK))
        c.t("customer", L(" ".join(toks[k:]), gid))
    c.t("agent", "got it, and is there a landline or a second number, you said earlier something like %s" % ("%d minutes" % r.randint(5, 50)))
    c.t("customer", "yeah my work one, ", L(typed2 if r.random() < 0.3 else spoken2, c.g("PHONE")))
    return "%s ASR: phone numbers national/international, possibly split" % ind


def p_email(G, c):
    r = G.r
    ind = r.choice(["retail", "telecom", "travel", "insurance"])
    l, dm = G.email()
    c.t("agent", hello(r, ind).lower())
    c.t("customer", "i never got the confirmation email for order %d" % r.randint(1000000, 9999999))
    c.t("agent", "let me check the email we have, can you tell me the address")
    c.t("customer", r.choice(["yeah it's ", "it's ", "um "]), L(G.email_spoken(l, dm), c.g("EMAIL")))
    if r.random() < 0.6:
        c.t("agent", "so that's ", L(G.email_spoken(l, dm), c.g("EMAIL")), "?")
        c.t("customer", "yeah")
    return "%s ASR: spoken email with dot/at, read-back; order number unlabelled" % ind


def p_address_uk(G, c):
    r = G.r
    ind = r.choice(["utilities", "telecom", "retail", "insurance", "government"])
    c.t("agent", hello(r, ind).lower())
    c.t("customer", "i've moved house so i need to update my address, and my last meter reading was %s" %
        G.sp.digits(G.acct(5), fancy=0.3))
    c.t("agent", "okay what's the first line of the new address")
    st = r.choice(G.STREETS_UK)
    c.t("customer", r.choice(["it's ", "", "um "]), L(G.house_spoken() + " " + st.lower(), c.g("ADDRESS")),
        ", " + r.choice(["leeds", "bristol", "manchester", "croydon", "belfast", "cardiff"]))
    c.t("agent", "and the postcode")
    pc = G.uk_postcode()
    c.t("customer", L(G.postcode_spoken(pc), c.g("POSTCODE")))
    c.t("agent", "so ", L(pc if r.random() < 0.5 else G.postcode_spoken(pc), c.g("POSTCODE")), " yeah?")
    return "%s ASR: UK address line and spoken postcode, read-back; meter reading unlabelled" % ind


def p_address_typed(G, c):
    r = G.r
    us = r.random() < 0.5
    if us:
        st, town, pc = r.choice(G.STREETS_US), r.choice(["Austin, TX", "Columbus, OH", "Tampa, FL", "Denver, CO"]), G.zip()
    else:
        st, town, pc = r.choice(G.STREETS_UK + G.STREETS_IE), r.choice(["London", "Glasgow", "York", "Oxford"]), G.uk_postcode()
    c.t("customer", r.choice(["pls send the replacement to ", "New address: ", "ship to ", "Address - "]),
        L(G.house() + " " + st, c.g("ADDRESS")), ", " + town + r.choice([" ", ", "]), L(pc, c.g("POSTCODE")),
        r.choice(["", ". Tracking said parcel 1Z%dA was returned", ". thanks"]))
    c.t("agent", "Updated. Your replacement will ship within %d working days." % r.randint(2, 7))
    return "chat: typed %s address + %s" % ("US" if us else "UK/IE", "ZIP" if us else "postcode")


def p_dob(G, c):
    r = G.r
    ind = r.choice(["healthcare", "banking", "insurance", "government", "telecom"])
    c.t("agent", hello(r, ind).lower())
    c.t("customer", "hi i'm ringing about my appointment on the %s of %s" % (G.day_ord(r.randint(1, 28)), r.choice(MONTHS)))
    c.t("agent", "can you confirm your date of birth for me")
    dd = G.dob()
    c.t("customer", r.choice(["yeah it's ", "", "uh ", "sure, "]), L(G.dob_spoken(*dd), c.g("DOB")))
    c.t("agent", r.choice(["thank you", "lovely"]) + ", and the phone number on the file")
    c.t("customer", L(G.phone()[2], c.g("PHONE")))
    return "%s ASR: DOB as words vs appointment date unlabelled; phone" % ind


def p_email_message(G, c):
    r = G.r
    s = G.ssn() if r.random() < 0.5 else None
    ni = G.ni() if s is None else None
    d = G.card()
    segs = ["Subject: complaint ref %d\n\nHi,\nI was charged twice (£%d.%02d). Details below.\n" % (
        r.randint(1000000, 9999999), r.randint(5, 300), r.randint(0, 99))]
    if s:
        segs += [r.choice(["SSN: ", "Social Security #: "]), L(G.ssn_typed(s), c.g("SSN")), "\n"]
    else:
        segs += [r.choice(["NI: ", "Nat Ins No ", "NINO: "]), L(G.ni_typed(ni), c.g("NI_NUMBER")), "\n"]
    segs += [r.choice(["Card: ", "card used ", "Card no. "]), L(G.card_typed(d), c.g("CARD_NUMBER")), "\n",
             "Tel: ", L(G.phone()[1], c.g("PHONE")), "\n"]
    c.t("customer", *segs)
    c.t("agent", "Thanks, I've opened ticket #%d for this." % r.randint(100000, 9999999))
    return "e-mail body: typed %s, card, phone; complaint/ticket numbers unlabelled" % ("SSN" if s else "NI")


def p_ssn_card_call(G, c):
    r = G.r
    s, d = G.ssn(), G.card()
    c.t("agent", hello(r, "healthcare").lower())
    c.t("customer", "hi i got a bill for account %s and i want to pay it" % G.sp.digits(G.acct(10), fancy=0.3, group=[3, 3, 4]))
    c.t("agent", "i need the patient's social first")
    c.t("customer", L(G.ssn_spoken(s, filler=0.4), c.g("SSN")))
    c.t("agent", "thanks. the balance is %d dollars %d, card number?" % (r.randint(20, 900), r.randint(1, 99)))
    c.t("customer", L(G.card_spoken(d, filler=0.2), c.g("CARD_NUMBER")))
    c.t("agent", "and the security code")
    c.t("customer", L(G.sp.digits(G.cvv(len(d) == 15), fancy=0.5), c.g("CVV")))
    return "healthcare billing ASR: SSN + card + CVV; 10-digit billing account unlabelled"


def p_ni_split_restart(G, c):
    r = G.r
    s = G.ni()
    c.t("agent", hello(r, "government").lower())
    c.t("customer", "it's for my universal credit, my ni number is ", L(G.sp.letter(s[0], 0.6) + " " + G.sp.letter(s[1], 0.6), c.g("NI_NUMBER", "fragment")),
        r.choice([" no sorry let me get the letter out ", " hang on i'm reading it wrong "]),
        L(" ".join(G.sp.letter(x, 0.4) for x in s[:2]), c.g("NI_NUMBER")))
    gid = c._g
    c.t("agent", r.choice(BACK))
    c.t("customer", L(G.sp.digits(s[2:8], fancy=0.5, group=[2, 2, 2], allow_o=False, filler=0.4) + " " + G.sp.letter(s[8], 0.3), gid))
    return "government ASR: NI restarted after false start, continued in next turn"


POS_T = [(p_card_chat, 3), (p_card_asr_split, 4), (p_card_correction, 2), (p_card_with_dangerous, 2),
         (p_ssn_typed, 2), (p_ssn_spoken, 2), (p_ni_spoken, 2), (p_ni_typed, 2), (p_bank_uk, 2),
         (p_bank_typed, 1), (p_iban, 2), (p_phone, 2), (p_email, 2), (p_address_uk, 2),
         (p_address_typed, 2), (p_dob, 1), (p_email_message, 2), (p_ssn_card_call, 2),
         (p_ni_split_restart, 1)]


# ---------------------------------------------------------------- negative templates
def n_order_card_rhythm(G, c):
    r = G.r
    d = G.card() if r.random() < 0.5 else G.not_luhn16()
    lab = r.choice(["order number", "reference number", "tracking number", "voucher code", "gift receipt number"])
    c.t("agent", hello(r, "retail").lower())
    c.t("customer", "hi, i've got the %s here, it's ready when you are, it's not the card it's the %s" % (lab, lab))
    c.t("agent", "go ahead with the %s" % lab)
    c.t("customer", G.sp.digits(d, fancy=r.random(), group=[4, 4, 4, 4], filler=0.3))
    c.t("agent", "thanks, and you paid with the card ending %s?" % G.sp.digits(d[-4:], fancy=0.5))
    c.t("customer", "yeah the visa")
    return "retail ASR: 16-digit %s read in card rhythm, card words nearby" % lab


def n_last_four(G, c):
    r = G.r
    l4 = G.acct(4)
    c.t("customer", r.choice(["which card did the £%d go on?" % r.randint(5, 500), "was it charged to my debit card?"]))
    c.t("agent", r.choice(["It went on the card ending %s." % l4, "the card ending in %s" % G.sp.digits(l4, fancy=0.5),
                           "your Mastercard ending %s, charged on %d March" % (l4, r.randint(1, 28))]))
    c.t("customer", r.choice(["ok the one ending %s yeah" % l4, "right, ending in %s, thanks" % G.sp.digits(l4, fancy=0.6),
                              "yes last four %s" % l4]))
    return "card last-four mentions only"


def n_policy_ssn_rhythm(G, c):
    r = G.r
    s = G.ssn()
    lab = r.choice(["policy number", "member id", "claim number", "group number", "case number"])
    c.t("agent", hello(r, r.choice(["insurance", "healthcare"])).lower())
    c.t("customer", "hi, i don't want to give my social out, but my %s is %s" % (lab, G.ssn_spoken(s) if r.random() < 0.6 else G.ssn_typed(s)))
    c.t("agent", "that's fine, the %s is enough. your premium is %d dollars a month" % (lab, r.randint(40, 600)))
    return "insurance ASR: %s read in SSN rhythm (3-2-4), SSN refused" % lab


def n_ref_ni_shape(G, c):
    r = G.r
    s = G.ni()
    lab = r.choice(["claim reference", "case reference", "booking reference", "PNR", "customer ref"])
    c.t("agent", r.choice(["Your %s is %s." % (lab, s), "ok so your %s is %s" % (lab, G.ni_spoken(s, filler=0))]))
    c.t("customer", "thanks, that's not my national insurance number is it? just the %s?" % lab)
    c.t("agent", "correct, it's just the %s, keep it for your records" % lab)
    return "government/travel: %s in NI-number shape, NI words nearby" % lab


def n_meter_balance(G, c):
    r = G.r
    c.t("agent", hello(r, "utilities").lower())
    c.t("customer", "i want to give a meter reading, it's %s, and the serial on the meter is %s" % (
        G.sp.digits(G.acct(5), fancy=0.3), G.sp.digits(G.acct(10), fancy=0.3, group=[2, 4, 4])))
    c.t("agent", "thanks, that brings your balance to £%d.%02d in debit, the tariff is %d.%d p per kilowatt hour" % (
        r.randint(10, 2000), r.randint(0, 99), r.randint(18, 40), r.randint(0, 9)))
    c.t("customer", "and my account number is on the bill as %s?" % r.choice(["reference %s" % G.acct(12), "customer ref %s" % G.acct(11)]))
    return "utilities: meter reading, meter serial, balance, tariff, bill reference"


def n_travel(G, c):
    r = G.r
    c.t("customer", "my flight %s%d from gate %s%d, seat %d%s, booking %s" % (
        r.choice(["BA", "EI", "FR", "UA"]), r.randint(10, 9999), r.choice("ABC"), r.randint(1, 60),
        r.randint(1, 40), r.choice("ABCDEF"), "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))))
    c.t("agent", "that flight leaves at %d:%02d and the e-ticket number is %s" % (r.randint(5, 23), r.choice([0, 15, 30, 45]),
                                                                          "125-" + G.acct(10)))
    c.t("customer", "and room %d at the hotel for %d nights?" % (r.randint(100, 999), r.randint(1, 14)))
    return "travel: flight/gate/seat/booking/e-ticket/room numbers"


def n_tracking(G, c):
    r = G.r
    c.t("customer", "where's my parcel, tracking %s" % r.choice(["1Z%s%s" % (G.acct(3), G.acct(13)), "JD0146%s" % G.acct(12),
                                                              G.acct(22), "RM %s GB" % G.acct(9)]))
    c.t("agent", "it's with the courier, %d%% of deliveries in your area arrive within %d days" % (r.randint(80, 99), r.randint(2, 5)))
    return "retail: long tracking numbers"


def n_dates(G, c):
    r = G.r
    m, y = G.expiry()
    c.t("agent", hello(r, "telecom").lower())
    c.t("customer", "when does my contract end, i think it's %s" % G.expiry_spoken(m, y))
    c.t("agent", "your contract ends on the %s of %s twenty %s and your next payment is due %s" % (
        G.day_ord(r.randint(1, 28)), MONTHS[m - 1], TENS[y // 10] + " " + UNIT[y % 10] if y % 10 else TENS[y // 10],
        "%02d/%02d/20%d" % (r.randint(1, 28), r.randint(1, 12), r.randint(25, 27))))
    c.t("customer", "and the card expiry doesn't matter? i'm %d by the way and been with you since %d" % (r.randint(19, 90), r.randint(1995, 2024)))
    return "telecom: contract end date in expiry shape, payment date, age, year"


def n_serial(G, c):
    r = G.r
    d = G.card()
    c.t("customer", "the serial number on the back of the router is %s and model %s-%d" % (
        G.sp.digits(d, fancy=0.4, group=[4, 4, 4, 4]) if r.random() < 0.5 else " ".join(d[i:i + 4] for i in range(0, len(d), 4)),
        r.choice(["WM", "HG", "SM", "RT"]), r.randint(100, 9999)))
    c.t("agent", "thanks, not your bank card, just the serial, perfect. it's been down for %d hours?" % r.randint(2, 72))
    return "telecom: Luhn-valid 16-digit serial number read like a card"


def n_misc_numbers(G, c):
    r = G.r
    c.t("agent", "you've been on hold for %d minutes, sorry about that, we're open %d till %d" % (r.randint(5, 50), r.randint(7, 9), r.randint(17, 22)))
    c.t("customer", "it's %d degrees in here and the bill went up %d percent, from £%d to £%d" % (
        r.randint(12, 30), r.randint(2, 40), r.randint(30, 90), r.randint(91, 300)))
    c.t("agent", "i can see %d payments of %s pounds, the last was on %s" % (r.randint(2, 12), G.sp.digits(str(r.randint(100, 999)), fancy=1.0),
                                                                         "%d %s" % (r.randint(1, 28), r.choice(MONTHS).title())))
    return "amounts, durations, hours, temperature, percentages, counts"


def n_invoice_sort_rhythm(G, c):
    r = G.r
    v = G.sort_code()
    c.t("agent", hello(r, r.choice(["utilities", "retail", "banking"])).lower())
    c.t("customer", "my invoice number is %s, is that the same as the sort code on the form? no?" % G.sp.digits(v, fancy=0.8, group=[2, 2, 2]))
    c.t("agent", "no that's just the invoice, the amount due is %d pounds %d" % (r.randint(10, 999), r.randint(1, 99)))
    return "invoice number in sort-code rhythm, bank words nearby"


def n_ticket_phone_shape(G, c):
    r = G.r
    d, typed, spoken = G.phone()
    c.t("customer", "i've got a ticket number from last time, %s" % spoken)
    c.t("agent", "thanks, ticket %s is closed, i'll reopen it. your number on file hasn't changed" % typed.replace("+", ""))
    return "ticket number with phone-number shape"


def n_road(G, c):
    r = G.r
    c.t("customer", "the engineer couldn't find us, we're just off %s near the %s" % (
        r.choice(G.STREETS_UK + G.STREETS_US), r.choice(["A406", "M25 junction 10", "I-95", "N7", "B1234"])))
    c.t("agent", "i'll add a note, the engineer arrives between %d and %d on %s" % (r.randint(8, 11), r.randint(12, 17), r.choice(["monday", "friday", "the 14th"])))
    return "road names without house numbers, time windows"


def n_declined(G, c):
    r = G.r
    c.t("agent", "can i take the long number on your card")
    c.t("customer", "i'd rather not read my card number out, can i do it by the keypad? the last four are %s" % G.sp.digits(G.acct(4), fancy=0.5))
    c.t("agent", "of course, i'll transfer you to the secure line, option %d, it takes %d minutes" % (r.randint(1, 9), r.randint(2, 6)))
    return "customer declines to read card; only last four"


NEG_T = [(n_order_card_rhythm, 3), (n_last_four, 2), (n_policy_ssn_rhythm, 3), (n_ref_ni_shape, 3),
         (n_meter_balance, 1), (n_travel, 1), (n_tracking, 1), (n_dates, 2), (n_serial, 2),
         (n_misc_numbers, 1), (n_invoice_sort_rhythm, 2), (n_ticket_phone_shape, 1), (n_road, 1),
         (n_declined, 1)]


# ---------------------------------------------------------------- build / check
def build():
    rng = random.Random(SEED)
    G = Gen(rng)
    out, metas = [], []
    for kind, templates, n in (("positive", POS_T, N_POS), ("negative", NEG_T, N_NEG)):
        funcs = [f for f, w in templates]
        weights = [w for f, w in templates]
        for i in range(n):
            f = funcs[i] if i < len(funcs) else rng.choices(funcs, weights)[0]
            c = Case(kind)
            c.note = f(G, c)
            rec, meta = c.compile()
            rec = {"id": "h388-%s-%03d" % ("pos" if kind == "positive" else "neg", i + 1), **rec}
            out.append(rec)
            metas.append((meta, c.groups))
    text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in out)
    return text, out, metas


def is_wc(ch):
    return ch.isalnum()


def check(text, metas):
    errs = []
    with open(OUT, encoding="utf-8") as fh:
        disk = fh.read()
    if disk != text:
        errs.append("file differs from regenerated output")
    recs = [json.loads(l) for l in disk.splitlines()]
    ids = [r["id"] for r in recs]
    if len(ids) != len(set(ids)):
        errs.append("duplicate ids")
    counts = {t: 0 for t in TYPES}
    npos = nneg = 0
    for rec, (meta, groups) in zip(recs, metas):
        cid = rec["id"]
        if rec["kind"] == "positive":
            npos += 1
            if not rec["spans"]:
                errs.append("%s: positive without spans" % cid)
        else:
            nneg += 1
            if rec["spans"]:
                errs.append("%s: negative with spans" % cid)
        for t in rec["turns"]:
            if t["speaker"] not in ("customer", "agent"):
                errs.append("%s: bad speaker" % cid)
        byturn = {}
        texts = {}
        for sp, gid in zip(rec["spans"], meta):
            if sp["type"] not in TYPES:
                errs.append("%s: bad type" % cid)
            counts[sp["type"]] += 1
            tt = rec["turns"][sp["turn"]]["text"]
            s, e = sp["start"], sp["end"]
            if not (0 <= s < e <= len(tt)):
                errs.append("%s: offsets out of range" % cid)
                continue
            if not (is_wc(tt[s]) and is_wc(tt[e - 1]) and (s == 0 or not is_wc(tt[s - 1]))
                    and (e == len(tt) or not is_wc(tt[e]))):
                errs.append("%s: span not on word boundary %r" % (cid, tt[max(0, s - 3):e + 3]))
            byturn.setdefault(sp["turn"], []).append((s, e))
            if groups[gid][0] != sp["type"]:
                errs.append("%s: group type mismatch" % cid)
            texts.setdefault(gid, []).append(tt[s:e])
        for turn, lst in byturn.items():
            lst.sort()
            for a, b in zip(lst, lst[1:]):
                if b[0] < a[1]:
                    errs.append("%s: overlapping spans" % cid)
        for gid, (typ, mode) in groups.items():
            if gid not in texts:
                errs.append("%s: group %d has no span" % (cid, gid))
                continue
            joined = " ".join(texts[gid])
            if typ in ("CARD_NUMBER", "CVV", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE",
                       "IBAN", "PHONE", "POSTCODE") and len(texts[gid]) > 1:
                pieces = [norm_value(x, alnum=typ in ("NI_NUMBER", "IBAN", "POSTCODE")) for x in texts[gid]]
                joined = "" if None in pieces else "".join(pieces)
            ok = validate(typ, joined) if mode == "full" else validate_fragment(typ, joined)
            if not ok:
                errs.append("%s: invalid %s %s: %r" % (cid, mode, typ, joined))
    if npos < 200 or nneg < 100:
        errs.append("too few cases %d/%d" % (npos, nneg))
    for t, m in MINIMA.items():
        if counts[t] < m:
            errs.append("too few %s spans: %d < %d" % (t, counts[t], m))
    return errs, counts, npos, nneg


def main():
    text, recs, metas = build()
    if "--check" in sys.argv:
        errs, counts, npos, nneg = check(text, metas)
        for e in errs[:50]:
            print("ERROR", e)
        print("positives %d negatives %d" % (npos, nneg))
        for t in TYPES:
            print("  %-13s %d" % (t, counts[t]))
        print("check %s (%d errors)" % ("FAILED" if errs else "passed", len(errs)))
        return 1 if errs else 0
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as fh:
        fh.write(text)
    print("wrote %d cases to %s" % (len(recs), OUT))
    return 0


if __name__ == "__main__":
    sys.exit(main())

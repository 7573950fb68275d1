#!/usr/bin/env python3
"""Generate the pii_holdout498 held-out PII redaction evaluation set.

Usage:
    python scripts/make_pii_holdout498.py           # write the fixture
    python scripts/make_pii_holdout498.py --check   # regenerate and verify

Standard library only.  Every turn is assembled from plain-text segments and
labelled value segments, so span offsets are computed, never typed by hand.
"""
import json
import os
import re
import sys
import random

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout498")
OUT_FILE = os.path.join(OUT_DIR, "cases.jsonl")
SEED = 498241125

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

# --------------------------------------------------------------------------
# case builder
# --------------------------------------------------------------------------


class V:
    """A labelled value segment.  vid groups pieces of one logical value
    (split over turns); frag=True marks a piece that is PII but not a full
    value on its own (abandoned restart, last-four after a full read)."""
    _n = [0]

    def __init__(self, text, typ, vid=None, frag=False):
        self.text, self.typ, self.frag = text, typ, frag
        if vid is None:
            V._n[0] += 1
            vid = "auto%d" % V._n[0]
        self.vid = vid


def build(turns, note):
    out_turns, spans, values = [], [], {}
    for ti, (speaker, segs) in enumerate(turns):
        text = ""
        for s in segs:
            if isinstance(s, V):
                start = len(text)
                text += s.text
                spans.append({"turn": ti, "start": start, "end": len(text), "type": s.typ})
                if not s.frag:
                    values.setdefault(s.vid, [s.typ, []])[1].append(s.text)
            else:
                text += s
        out_turns.append({"speaker": speaker, "text": text})
    return {"turns": out_turns, "spans": spans, "note": note, "_values": values}


# --------------------------------------------------------------------------
# spoken-form helpers
# --------------------------------------------------------------------------
UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
HOMO = {"1": ["won"], "2": ["to", "too"], "3": ["tree"], "4": ["for", "fore"], "8": ["ate"]}
FILLERS = ["um", "uh", "er", "erm", "uhm"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
       "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
       "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "f": "foxtrot",
        "g": "golf", "h": "hotel", "i": "india", "j": "juliet", "k": "kilo", "l": "lima",
        "m": "mike", "n": "november", "o": "oscar", "p": "papa", "q": "quebec", "r": "romeo",
        "s": "sierra", "t": "tango", "u": "uniform", "v": "victor", "w": "whiskey",
        "x": "xray", "y": "yankee", "z": "zulu"}
FOLK = {"a": "apple", "b": "bravo", "c": "charlie", "d": "david", "e": "edward", "f": "freddie",
        "g": "george", "h": "harry", "j": "john", "k": "king", "l": "london", "m": "mother",
        "n": "nelly", "p": "peter", "r": "robert", "s": "sugar", "t": "tommy", "w": "william",
        "x": "xmas", "y": "yellow", "z": "zebra", "q": "queen", "u": "uncle", "v": "victor",
        "i": "india", "o": "orange"}
# misheard / homophone letter names as a speech recogniser writes them
LNAME = {"a": ["ay", "a", "eh"], "b": ["bee", "be", "b"], "c": ["see", "sea", "c"],
         "d": ["dee", "d"], "e": ["ee", "e"], "f": ["eff", "f"], "g": ["gee", "g"],
         "h": ["aitch", "haitch", "h"], "j": ["jay", "j"], "k": ["kay", "k"],
         "l": ["el", "l"], "m": ["em", "m"], "n": ["en", "n", "and"], "p": ["pea", "pee", "p"],
         "q": ["cue", "queue", "q"], "r": ["are", "r"], "s": ["es", "ess", "s"],
         "t": ["tee", "tea", "t"], "u": ["you", "u"], "v": ["vee", "v"],
         "w": ["double you", "w"], "x": ["ex", "x"], "y": ["why", "y"], "z": ["zed", "zee", "z"],
         "i": ["eye", "i"], "o": ["o"]}


class Speaker:
    def __init__(self, rng, zero=None, homo=0.08, pairs=0.25, runs=0.5, mix=0.06,
                 join=0.05, filler=0.0, hund=0.15):
        self.rng = rng
        self.zero = zero or rng.choice(["oh", "oh", "o", "zero", "nought"])
        self.homo, self.pairs, self.runs, self.mix = homo, pairs, runs, mix
        self.join, self.filler, self.hund = join, filler, hund

    def d(self, ch, allow_homo=True):
        if ch == "0":
            return self.zero
        if allow_homo and ch in HOMO and self.rng.random() < self.homo:
            return self.rng.choice(HOMO[ch])
        return UNITS[int(ch)]

    def pair(self, g):
        a, b = int(g[0]), int(g[1])
        if a == 1:
            return TEENS[b]
        return TENS[a] + ("" if b == 0 else self.rng.choice([" ", " ", "-"]) + UNITS[b])

    def per_digit(self, g):
        words, i = [], 0
        while i < len(g):
            ch = g[i]
            run = 1
            while i + run < len(g) and g[i + run] == ch:
                run += 1
            if run >= 3 and self.rng.random() < self.runs:
                words.append("triple " + self.d(ch, False))
                i += 3
                continue
            if run >= 2 and self.rng.random() < self.runs:
                words.append("double " + self.d(ch, False))
                i += 2
                continue
            words.append(self.d(ch))
            i += 1
        # occasionally run two plain digit words together (ASR joins)
        out = []
        for w in words:
            if (out and self.rng.random() < self.join and w in UNITS + [self.zero]
                    and out[-1] in UNITS and w != "o"):
                out[-1] = out[-1] + w
            else:
                out.append(w)
        return " ".join(out)

    def group(self, g):
        r = self.rng.random()
        if r < self.mix:
            return g  # recogniser output the digits themselves
        if len(g) == 2 and g[0] != "0" and self.rng.random() < self.pairs:
            return self.pair(g)
        if len(g) == 3 and g[0] != "0" and self.rng.random() < self.hund:
            rest = g[1:]
            head = UNITS[int(g[0])] + " hundred"
            if rest == "00":
                return head
            if rest[0] == "0":
                return head + " and " + UNITS[int(rest[1])]
            return head + " and " + self.pair(rest)
        if len(g) == 4 and g[0] != "0" and g[2] != "0" and self.rng.random() < self.pairs:
            return self.pair(g[:2]) + " " + self.pair(g[2:])
        return self.per_digit(g)

    def say(self, s, sizes=None, sep=None):
        # speak, then make sure the reading is unambiguous for the checker;
        # ambiguous readings ("forty" + "five") fall back to plain digits
        for _ in range(6):
            out = self._say(s, sizes, sep)
            got = normalise(out, "num")
            if got is not None and "".join(got) == s:
                return out
        return " ".join(UNITS[int(c)] for c in s)

    def _say(self, s, sizes=None, sep=None):
        if sizes is None:
            sizes = [len(s)]
        parts, i = [], 0
        for n in sizes:
            parts.append(s[i:i + n])
            i += n
        if i < len(s):
            parts.append(s[i:])
        sep = sep if sep is not None else self.rng.choice([" ", ", ", " ", "... "])
        spoken = []
        for k, p in enumerate(parts):
            if not p:
                continue
            w = self.group(p)
            if k and self.filler and self.rng.random() < self.filler:
                w = self.rng.choice(FILLERS) + " " + w
            spoken.append(w)
        return sep.join(spoken)

    def letter(self, ch, style=None):
        ch = ch.lower()
        style = style or self.rng.choice(["name", "name", "nato", "folk", "plain"])
        if style == "nato":
            return "%s for %s" % (ch, NATO[ch])
        if style == "folk":
            return "%s for %s" % (ch, FOLK[ch])
        if style == "asin":
            return "%s as in %s" % (ch, NATO[ch])
        if style == "plain":
            return ch
        return self.rng.choice(LNAME[ch])


def luhn_ok(num):
    total = 0
    for i, ch in enumerate(reversed(num)):
        v = int(ch)
        if i % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        total += v
    return total % 10 == 0


def luhn_complete(prefix, length, rng):
    body = prefix + "".join(str(rng.randrange(10)) for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def iban_ok(s):
    s = s.replace(" ", "").upper()
    r = s[4:] + s[:4]
    n = "".join(str(int(c, 36)) for c in r)
    return int(n) % 97 == 1


def iban_make(cc, bban):
    r = bban + cc + "00"
    n = "".join(str(int(c, 36)) for c in r)
    chk = 98 - int(n) % 97
    return "%s%02d%s" % (cc, chk, bban)


# --------------------------------------------------------------------------
# normaliser used by --check to validate labelled values
# --------------------------------------------------------------------------
UNIT_W = {w: i for i, w in enumerate(UNITS)}
UNIT_W.update({"oh": 0, "o": 0, "nought": 0, "won": 1, "to": 2, "too": 2, "tree": 3,
               "for": 4, "fore": 4, "ate": 8})
TEEN_W = {w: 10 + i for i, w in enumerate(TEENS)}
TENS_W = {w: i for i, w in enumerate(TENS) if w}
ORD_W = {w: i for i, w in enumerate(ORD) if w}
LETTER_W = {}
for _l, _names in LNAME.items():
    for _n in _names:
        if " " not in _n and len(_n) > 1 and _n != "and":
            LETTER_W[_n] = _l
for _l, _w in NATO.items():
    LETTER_W[_w.replace("-", "")] = _l
KEYWORDS = set(NATO.values()) | set(FOLK.values())
FILLER_W = set(FILLERS) | {"sorry", "like", "yeah"}
NUMVOCAB = sorted(set(UNITS + TEENS + [t for t in TENS if t] + ["oh", "double", "triple",
                                                                "hundred", "nought"]),
                  key=len, reverse=True)


def decompose(tok):
    """Split a run-together token into number words, or None."""
    memo = {}

    def go(i):
        if i == len(tok):
            return []
        if i in memo:
            return memo[i]
        memo[i] = None
        for w in NUMVOCAB:
            if tok.startswith(w, i):
                rest = go(i + len(w))
                if rest is not None:
                    memo[i] = [w] + rest
                    break
        return memo[i]
    return go(0)


def tokenize(text, mode):
    raw = re.findall(r"[A-Za-z]+\d[A-Za-z\d]*|[A-Za-z]+|\d+[A-Za-z]*\d*[A-Za-z]*|[@._+\-]", text)
    toks = []
    for t in raw:
        if mode == "alnum" and t.isalpha() and t.isupper() and len(t) > 1:
            toks.append("#" + t)  # typed capitals: literal letters
            continue
        t = t.lower()
        if mode != "email" and t in ("-", ".", "_", "@"):
            continue
        if (t.isalpha() and t not in UNIT_W and t not in TEEN_W
                and t not in TENS_W and t not in LETTER_W and len(t) > 3):
            d = decompose(t)
            if d and len(d) > 1:
                toks.extend(d)
                continue
        toks.append(t)
    return toks


def parse_number(toks, i, date=False):
    """Parse a number phrase starting at toks[i]; return (digits, next_i) or None."""
    t = toks[i]
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if t in UNIT_W and nxt in ("hundred", "thousand"):
        mult = 100 if nxt == "hundred" else 1000
        val = UNIT_W[t] * mult
        j = i + 2
        if mult == 1000 and j + 1 < len(toks) and toks[j] in UNIT_W and toks[j + 1] == "hundred":
            val += UNIT_W[toks[j]] * 100
            j += 2
        if j < len(toks) and toks[j] == "and":
            j += 1
        if j < len(toks):
            if toks[j] in TENS_W:
                val += TENS_W[toks[j]] * 10
                j += 1
                if j < len(toks) and toks[j] in UNIT_W and UNIT_W[toks[j]]:
                    val += UNIT_W[toks[j]]
                    j += 1
                elif date and j < len(toks) and toks[j] in ORD_W and ORD_W[toks[j]] < 10:
                    val += ORD_W[toks[j]]
                    j += 1
            elif toks[j] in TEEN_W:
                val += TEEN_W[toks[j]]
                j += 1
            elif toks[j] in UNIT_W and toks[j] not in ("o", "oh", "for", "to", "too"):
                val += UNIT_W[toks[j]]
                j += 1
        return str(val), j
    if t in TENS_W:
        if nxt in UNIT_W and UNIT_W[nxt] and nxt not in ("for", "to", "too", "fore", "won", "ate"):
            return str(TENS_W[t] * 10 + UNIT_W[nxt]), i + 2
        if date and nxt in ORD_W and ORD_W[nxt] < 10:
            return str(TENS_W[t] * 10 + ORD_W[nxt]), i + 2
        return str(TENS_W[t] * 10), i + 1
    if t in TEEN_W:
        return str(TEEN_W[t]), i + 1
    if t in UNIT_W:
        return str(UNIT_W[t]), i + 1
    if date and t in ORD_W:
        return str(ORD_W[t]), i + 1
    return None


def normalise(text, mode):
    """mode: num | alnum | email | text.  Returns list of pieces or None."""
    toks = tokenize(text, mode)
    out, i = [], 0
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if t.startswith("#"):
            out.append(t[1:]); i += 1; continue
        if t in FILLER_W or t in (",", "-", "/"):
            i += 1
            continue
        if mode == "email":
            m = {"dot": ".", "period": ".", "point": ".", "at": "@", "underscore": "_",
                 "dash": "-", "hyphen": "-"}
            if t in m:
                out.append(m[t]); i += 1; continue
            if t in (".", "@", "_", "-", "+"):
                out.append(t); i += 1; continue
            if len(t) == 1 and t.isalpha() and nxt == "for" and i + 2 < len(toks) \
                    and toks[i + 2].startswith(t):
                out.append(t); i += 3; continue
            if t in UNIT_W or t in TEEN_W or t in TENS_W:
                if t not in ("o", "to", "for", "won", "ate", "too", "fore", "tree"):
                    r = parse_number(toks, i)
                    out.append(r[0]); i = r[1]; continue
            if t == "double" and nxt:
                out.append(nxt * 2 if len(nxt) == 1 else nxt); i += 2; continue
            out.append(t); i += 1; continue
        if t == "plus":
            out.append("+"); i += 1; continue
        if t in ("+", "."):
            if t == "+":
                out.append(t)
            i += 1
            continue
        # letter spelled with a key word: "j for juliet", "s as in sugar"
        if len(t) == 1 and t.isalpha():
            if nxt == "for" and i + 2 < len(toks) and toks[i + 2].startswith(t) and toks[i + 2] in KEYWORDS:
                out.append(t.upper()); i += 3; continue
            if nxt == "as" and i + 3 < len(toks) and toks[i + 2] == "in" and toks[i + 3].startswith(t):
                out.append(t.upper()); i += 4; continue
        if t in ("double", "triple") and nxt is not None:
            k = 2 if t == "double" else 3
            if nxt == "you" and mode == "alnum":
                out.append("W"); i += 2; continue
            if nxt in UNIT_W:
                out.append(str(UNIT_W[nxt]) * k); i += 2; continue
            if len(nxt) == 1 and nxt.isalpha():
                out.append(nxt.upper() * k); i += 2; continue
            if nxt in LETTER_W:
                out.append(LETTER_W[nxt].upper() * k); i += 2; continue
            return None
        if re.match(r"^[a-z]+\d[a-z\d]*$", t):
            out.append(t.upper()); i += 1; continue
        if re.match(r"^\d", t):
            m = re.match(r"^(\d+)(st|nd|rd|th)$", t)
            out.append(m.group(1) if (m and mode == "text") else t.upper()); i += 1; continue
        r = parse_number(toks, i, date=(mode == "text"))
        if r is not None and not (mode == "alnum" and t == "o" and False):
            out.append(r[0]); i = r[1]; continue
        if mode == "alnum":
            if t in LETTER_W:
                out.append(LETTER_W[t].upper()); i += 1; continue
            if len(t) == 1 or (t.isalpha() and len(t) <= 4 and t.upper() == t.upper()
                               and mode == "alnum" and re.match(r"^[a-z]{2,4}$", t)
                               and t not in ("and",)):
                out.append(t.upper()); i += 1; continue
            if t == "and":
                out.append("N"); i += 1; continue
            return None
        if mode == "num":
            return None
        out.append(t); i += 1
    return out


STREET = {"street", "st", "road", "rd", "avenue", "ave", "lane", "ln", "close", "drive", "dr",
          "way", "crescent", "terrace", "place", "grove", "gardens", "court", "boulevard",
          "blvd", "park", "row", "hill", "square", "walk", "mews", "parade", "view"}


def validate(typ, pieces_text):
    text = " ".join(pieces_text)
    if typ in ("CARD_NUMBER", "CVV", "SSN", "SORT_CODE", "BANK_ACCOUNT"):
        p = normalise(text, "num")
        if p is None:
            return False, "unparsed"
        s = "".join(p)
        if not s.isdigit():
            return False, s
        if typ == "CARD_NUMBER":
            return (13 <= len(s) <= 19 and luhn_ok(s)), s
        if typ == "CVV":
            return len(s) in (3, 4), s
        if typ == "SSN":
            return len(s) == 9 and s[:3] not in ("000", "666") and s[0] != "9", s
        if typ == "SORT_CODE":
            return len(s) == 6, s
        return 6 <= len(s) <= 17, s
    if typ == "PHONE":
        p = normalise(text, "num" if "plus" not in text and "+" not in text else "text")
        if p is None:
            return False, "unparsed"
        s = "".join(p)
        return bool(re.match(r"^\+?\d{7,15}$", s)), s
    if typ in ("NI_NUMBER", "IBAN", "POSTCODE"):
        p = normalise(text, "alnum")
        if p is None:
            return False, "unparsed"
        s = "".join(p).upper()
        if typ == "NI_NUMBER":
            return bool(re.match(r"^([A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]|QQ)\d{6}[A-D]$", s)), s
        if typ == "IBAN":
            return bool(re.match(r"^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$", s)) and iban_ok(s), s
        ukre = r"^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$"
        if not re.match(ukre, s) and re.match(ukre, s[:2].replace("0", "O") + s[2:]):
            s = s[:2].replace("0", "O") + s[2:]  # spoken "o" for the letter O
        uk = re.match(ukre, s)
        us = re.match(r"^\d{5}(\d{4})?$", s)
        return bool(uk or us), s
    if typ == "EMAIL":
        p = normalise(text, "email")
        if "@" not in p and len(pieces_text) == 2:  # agent said the "at"
            p = normalise(" at ".join(pieces_text), "email")
        s = "".join(p)
        return bool(re.match(r"^[a-z0-9._%+'-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$", s)), s
    if typ in ("DOB", "EXPIRY"):
        p = normalise(text, "text")
        nums = [x for x in p if x.isdigit()]
        months = [x for x in p if x in MONTHS or x[:3] in [m[:3] for m in MONTHS]]
        digits = "".join(nums)
        if typ == "EXPIRY":
            ok = (months and nums) or (3 <= len(digits) <= 6)
        else:
            ok = (months and nums) or (5 <= len(digits) <= 8) or len(nums) >= 3
        return bool(ok), "|".join(p)
    if typ == "ADDRESS":
        p = normalise(text, "text")
        ok = bool(p) and (p[0] in ("flat", "apartment", "apt", "unit", "suite", "number", "no")
                          or re.match(r"^\d", p[0]))
        ok = ok and any(x in STREET for x in p)
        return ok, "|".join(p)
    return False, "unknown type"


# --------------------------------------------------------------------------
# value generators
# --------------------------------------------------------------------------
def gen_card(rng):
    kind = rng.choice(["visa", "visa", "mc", "mc", "amex", "disc", "visa13", "maestro"])
    if kind == "visa":
        return luhn_complete("4" + str(rng.randrange(10)), 16, rng), [4, 4, 4, 4]
    if kind == "mc":
        return luhn_complete(rng.choice(["51", "52", "53", "54", "55", "2221", "2720"]), 16, rng), [4, 4, 4, 4]
    if kind == "amex":
        return luhn_complete(rng.choice(["34", "37"]), 15, rng), [4, 6, 5]
    if kind == "disc":
        return luhn_complete("6011", 16, rng), [4, 4, 4, 4]
    if kind == "visa13":
        return luhn_complete("4", 13, rng), [4, 3, 3, 3]
    return luhn_complete(rng.choice(["6759", "6761", "5018"]), 19, rng), [4, 4, 4, 4, 3]


def fmt_groups(s, sizes, sep):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return sep.join(x for x in out if x)


def gen_ssn(rng):
    while True:
        a = rng.randrange(1, 900)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, rng.randrange(1, 100), rng.randrange(1, 10000))


NI_FIRST = "ABCEGHJKLMNOPRSTWXYZ".replace("O", "")
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def gen_ni(rng):
    while True:
        p = rng.choice(NI_FIRST) + rng.choice(NI_SECOND)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + "".join(str(rng.randrange(10)) for _ in range(6)) + rng.choice("ABCD")


UK_PC = ["SW1A 1AA", "M1 1AE", "EH12 9DN", "BT7 1NN", "CF10 3AT", "LS6 2QT", "B33 8TH",
         "CR2 6XH", "DN55 1PT", "W1A 0AX", "EC1V 9HX", "G2 4JR", "NE1 7RU", "BS8 1TH",
         "OX4 2JY", "PL4 8AA", "YO10 5DD", "AB10 1YP", "SE15 4QL", "N16 7UJ", "L17 8XY",
         "KT2 6PF", "RG1 8DN", "NW3 2QE", "HU5 3SY"]
US_ZIP = ["90210", "10001", "60614", "73301", "02139", "94103", "30309", "98101", "33139",
          "48201", "20500", "80202", "19103", "85004", "55401"]
STREETS_UK = ["Acacia Avenue", "Station Road", "Mill Lane", "Church Street", "Victoria Terrace",
              "Kingsway Crescent", "Orchard Close", "Park View", "Albert Road", "Beech Grove",
              "Haddington Road", "Sunnyside Drive", "Quarry Hill", "Marlborough Place",
              "Rose Gardens", "Oakfield Way", "Ferry Lane", "New Row", "Fitzwilliam Square"]
STREETS_US = ["Elm Street", "Maple Avenue", "Sunset Boulevard", "Oak Drive", "Pine Lane",
              "Lakeview Terrace", "Washington Street", "Cedar Court", "Hillside Road",
              "Mission St", "Grand Ave", "Peachtree Rd"]
TOWNS_UK = ["Leeds", "Cardiff", "Belfast", "Manchester", "Bristol", "Glasgow", "Croydon",
            "Oxford", "Plymouth", "York", "Aberdeen", "Hull"]
TOWNS_US = ["Chicago", "Boston", "Austin", "Seattle", "Denver", "Phoenix", "Atlanta", "Miami"]
STATE = {"Chicago": "IL", "Boston": "MA", "Austin": "TX", "Seattle": "WA", "Denver": "CO",
         "Phoenix": "AZ", "Atlanta": "GA", "Miami": "FL"}
FIRST = ["sarah", "james", "aoife", "tom", "priya", "mark", "niamh", "olu", "kate", "dave",
         "lucia", "ben", "fatima", "sean", "chloe", "raj", "emma", "liam", "zoe", "marek"]
LAST = ["doe", "smith", "oconnor", "patel", "murphy", "nowak", "jones", "walsh", "okafor",
        "brennan", "khan", "taylor", "byrne", "garcia", "mueller", "lee", "kelly", "evans"]
DOMAINS = [("gmail", "com"), ("outlook", "com"), ("yahoo", "co.uk"), ("hotmail", "co.uk"),
           ("eircom", "net"), ("icloud", "com"), ("btinternet", "com"), ("web", "de"),
           ("orange", "fr"), ("protonmail", "com"), ("aol", "com"), ("live", "ie")]
INDUSTRY = ["bank", "mobile network", "energy supplier", "online shop", "insurer", "airline",
            "hospital billing office", "council tax office", "water company", "broadband provider",
            "credit union", "car hire desk", "HMRC helpline", "DMV", "pharmacy benefits line"]
AGENT_ACK = ["mhm", "go on", "yep", "ok", "right", "uh huh", "yeah go ahead", "okay next four",
             "got that", "mm"]


def R(rng, seq):
    return rng.choice(seq)


# --------------------------------------------------------------------------
# positive case templates
# --------------------------------------------------------------------------
def pos_card(rng, i):
    num, sizes = gen_card(rng)
    style = i % 9
    vid = "c"
    if style == 0:  # typed chat, spaces
        sep = R(rng, [" ", "-", "", " ", "  "])
        turns = [("customer", ["hi, can i update the card on my " + R(rng, INDUSTRY) + " account? new one is ",
                               V(fmt_groups(num, sizes, sep), "CARD_NUMBER"), R(rng, ["", " thx", " cheers", "."])]),
                 ("agent", ["Thanks, I've added that. Is the billing amount of \u00a3" + str(rng.randrange(10, 400))
                            + ".99 still correct?"])]
        return turns, "typed card number, separator %r" % sep
    if style == 1:  # odd grouping typed + expiry + cvv
        odd = [5, 5, 6] if len(num) == 16 else [3] * 5
        exp = "%02d/%s" % (rng.randrange(1, 13), R(rng, ["26", "27", "28", "2029", "30"]))
        cvv = "%04d" % rng.randrange(10000) if num[:2] in ("34", "37") else "%03d" % rng.randrange(1000)
        turns = [("customer", ["card no: ", V(fmt_groups(num, odd, " "), "CARD_NUMBER"), " exp ",
                               V(exp, "EXPIRY"), " cvv ", V(cvv, "CVV")]),
                 ("agent", ["Thank you. Payment of $" + str(rng.randrange(20, 900)) + ".00 taken, reference "
                            + str(rng.randrange(10**7, 10**8)) + "."])]
        return turns, "typed card with odd grouping plus expiry and cvv"
    sp = Speaker(rng, filler=0.15 if style in (3, 6) else 0.0)
    if style == 2:  # asr one go with read-back
        spoken = sp.say(num, sizes)
        sp2 = Speaker(rng, homo=0.0, mix=0.0)
        back = sp2.say(num, sizes, sep=" ")
        turns = [("agent", ["okay and the long number across the front of the card please"]),
                 ("customer", ["yeah it's ", V(spoken, "CARD_NUMBER", vid)]),
                 ("agent", ["let me read that back ", V(back, "CARD_NUMBER", "c2"), " is that right"]),
                 ("customer", ["yep that's it"])]
        return turns, "asr card reading with agent read-back"
    if style in (3, 4, 5):  # split over turns with back-channels
        parts, k = [], 0
        for n in sizes:
            parts.append(num[k:k + n])
            k += n
        turns = [("agent", ["can i take the card number when you're ready"])]
        first = True
        for p in parts:
            turns.append(("customer", ["" if not first else R(rng, ["right so it's ", "okay ", "um ", ""]),
                                       V(sp.group(p), "CARD_NUMBER", vid)]))
            turns.append(("agent", [R(rng, AGENT_ACK)]))
            first = False
        if style == 5:
            turns.append(("agent", ["and that card ending ", V(sp.group(num[-4:]), "CARD_NUMBER", frag=True),
                                    " is in your name yeah"]))
            turns.append(("customer", ["yes"]))
            return turns, "card split per group over turns, agent repeats last four after full read (labelled)"
        turns.append(("customer", ["that's it"]))
        return turns, "card split over %d customer turns with back-channels" % len(parts)
    if style == 6:  # correction / restart
        bad = sp.group(num[:4]) + " " + sp.group(str((int(num[4:8]) + 1111) % 10000).zfill(4))
        good = sp.say(num, sizes)
        turns = [("customer", ["so the card is ", V(bad, "CARD_NUMBER", frag=True),
                               " no wait sorry i'm reading the wrong card hang on, it's ", V(good, "CARD_NUMBER", vid)]),
                 ("agent", ["no problem, got it"])]
        return turns, "restarted reading, abandoned fragment labelled, full reading labelled"
    if style == 7:  # aside in middle
        half = sum(sizes[:2])
        a = sp.say(num[:half], sizes[:2])
        b = sp.say(num[half:], sizes[2:])
        aside = R(rng, ["sorry the dog's going mental", "hold on my glasses", "sorry it's a bit worn",
                        "can you hear me ok", "the light's bad in here"])
        turns = [("customer", [V(a, "CARD_NUMBER", vid), " ... " + aside + " ... ", V(b, "CARD_NUMBER", vid)]),
                 ("agent", ["thanks, and the expiry"]),
                 ("customer", [V(R(rng, ["oh nine twenty seven", "o three slash twenty eight", "december twenty six",
                                         "the twelfth month twenty nine", "oh six two eight"]), "EXPIRY")])]
        return turns, "aside in the middle of an asr card reading, then spoken expiry"
    # style 8: mixed digits and words, run together, homophones
    sp = Speaker(rng, homo=0.3, mix=0.3, join=0.3)
    spoken = sp.say(num, sizes, sep=" ")
    turns = [("agent", ["whats the card number"]),
             ("customer", [V(spoken, "CARD_NUMBER", vid), R(rng, [" and the security code is ", " cvc "]),
                           V(sp.say("%03d" % rng.randrange(1000)), "CVV")])]
    return turns, "asr card with homophones, digits/words mixed and run-together words, then cvv"


def pos_ssn(rng, i):
    s = gen_ssn(rng)
    style = i % 6
    if style == 0:
        sep = R(rng, ["-", " ", "", "."])
        t = s[:3] + sep + s[3:5] + sep + s[5:]
        turns = [("customer", [R(rng, ["SSN: ", "my social is ", "ssn ", "Social Security # "]), V(t, "SSN"),
                               R(rng, ["", " for the " + R(rng, INDUSTRY) + " claim", "."])]),
                 ("agent", ["Thanks, verified. Your claim number is CLM-" + str(rng.randrange(10**6, 10**7)) + "."])]
        return turns, "typed ssn with separator %r" % sep
    sp = Speaker(rng, filler=0.2)
    if style == 1:
        turns = [("agent", ["can i get the last four of your social"]),
                 ("customer", ["you need the whole thing actually it's ", V(sp.say(s, [3, 2, 4]), "SSN")])]
        return turns, "asr ssn grouped 3-2-4"
    if style == 2:
        turns = [("agent", ["and your social security number"]),
                 ("customer", [V(sp.say(s[:3]), "SSN", "s")]), ("agent", [R(rng, AGENT_ACK)]),
                 ("customer", [V(sp.say(s[3:5]), "SSN", "s")]), ("agent", [R(rng, AGENT_ACK)]),
                 ("customer", [V(sp.say(s[5:]), "SSN", "s")]),
                 ("agent", ["so that's ", V(Speaker(rng, homo=0, mix=0).say(s, [3, 2, 4]), "SSN"), " correct"]),
                 ("customer", ["correct"])]
        return turns, "ssn split over three turns plus agent read-back"
    if style == 3:
        sp = Speaker(rng, homo=0.35, mix=0.35, join=0.25)
        turns = [("customer", ["social is ", V(sp.say(s, [3, 2, 4], sep=" "), "SSN"), " i think yeah"]),
                 ("agent", ["perfect, your appointment is at ten fifteen on the third"])]
        return turns, "asr ssn with homophones and mixed digits"
    if style == 4:
        bad = sp.say(s[:3]) + " " + sp.say(s[4:6])
        turns = [("customer", ["it's ", V(bad, "SSN", frag=True), " no sorry ", V(sp.say(s, [3, 2, 4]), "SSN")]),
                 ("agent", ["okay thank you"])]
        return turns, "ssn with restart"
    turns = [("agent", ["For the W-2 correction I'll need your SSN."]),
             ("customer", ["ok its ", V(s[:5] + "-" + s[5:], "SSN"), " (typo sorry) ", V(s[:3] + "-" + s[3:5] + "-" + s[5:], "SSN")])]
    return turns, "typed ssn mis-hyphenated then corrected, both labelled"


def pos_ni(rng, i):
    ni = gen_ni(rng)
    style = i % 7
    if style == 0:
        form = R(rng, [ni, ni.lower(), "%s %s %s %s %s" % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8]),
                       ni[:2] + " " + ni[2:8] + " " + ni[8], ni[:2].lower() + ni[2:8] + ni[8].upper()])
        turns = [("customer", [R(rng, ["NI no: ", "National Insurance: ", "my NINO is ", "ni number "]),
                               V(form, "NI_NUMBER"), R(rng, [" - re my tax code", "", " thanks"])]),
                 ("agent", ["Thanks. Your tax code " + R(rng, ["1257L", "BR", "K475"]) + " has been reviewed."])]
        return turns, "typed NI number"
    sp = Speaker(rng, filler=0.15)
    lstyle = [None, "name", "nato", "folk", "plain", "name", "asin"][style]

    def say_ni(sty=lstyle, spk=sp):
        return (spk.letter(ni[0], sty) + " " + spk.letter(ni[1], sty) + " "
                + spk.say(ni[2:8], R(rng, [[2, 2, 2], [6], [3, 3]])) + " " + spk.letter(ni[8], sty))
    if style in (1, 2):
        turns = [("agent", ["can you confirm your national insurance number please"]),
                 ("customer", ["yeah it's ", V(say_ni(), "NI_NUMBER")]),
                 ("agent", ["thank you and that's for the " + R(rng, ["universal credit", "pension", "child benefit"])
                            + " claim yeah"])]
        return turns, "asr NI number, letters as %s" % lstyle
    if style == 3:
        turns = [("agent", ["national insurance number"]),
                 ("customer", [V(sp.letter(ni[0], "folk") + " " + sp.letter(ni[1], "folk"), "NI_NUMBER", "n")]),
                 ("agent", [R(rng, AGENT_ACK)]),
                 ("customer", [V(sp.say(ni[2:8], [2, 2, 2]), "NI_NUMBER", "n")]),
                 ("agent", ["and the letter at the end"]),
                 ("customer", [V(sp.letter(ni[8], "folk"), "NI_NUMBER", "n")]),
                 ("agent", ["lovely so ", V(say_ni("nato", Speaker(rng, homo=0, mix=0)), "NI_NUMBER")])]
        return turns, "NI number split across turns, folk spelling, agent NATO read-back"
    if style == 4:
        # ASR joins the two prefix letters into a 'word' and mishears digits
        sp = Speaker(rng, homo=0.4, mix=0.3)
        pre = ni[:2].lower()
        if pre in LETTER_W or pre in FILLER_W or pre in UNIT_W or pre in ("at", "as", "in", "on"):
            pre = ni[0].lower() + " " + ni[1].lower()
        turns = [("customer", ["my n i is ", V(pre + " " + sp.say(ni[2:8], [2, 2, 2], sep=" ") + " "
                                               + sp.letter(ni[8], "name"), "NI_NUMBER"), " if that helps"]),
                 ("agent", ["it does thank you, that's twelve weeks of contributions showing"])]
        return turns, "asr NI with run-together prefix and homophone digits"
    if style == 5:
        turns = [("customer", ["national insurance ", V(sp.letter(ni[0], "name") + " " + sp.letter(ni[1], "name")
                                                       + " " + sp.say(ni[2:5]), "NI_NUMBER", frag=True),
                               " no hang on i've said that wrong ", V(say_ni("nato"), "NI_NUMBER")]),
                 ("agent", ["no worries i've got it now"])]
        return turns, "NI restart, abandoned fragment labelled"
    turns = [("customer", ["ni number is ", V(say_ni("asin"), "NI_NUMBER")]),
             ("agent", ["thanks, that's ", V("%s %s %s %s %s" % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8]), "NI_NUMBER"),
                        " on screen"])]
    return turns, "NI 'as in' spelling with agent typed read-back"


def pos_bank(rng, i):
    style = i % 5
    acct = "".join(str(rng.randrange(10)) for _ in range(8))
    sort = "".join(str(rng.randrange(10)) for _ in range(6))
    sp = Speaker(rng, filler=0.1)
    if style == 0:
        turns = [("customer", ["acct no: ", V(acct, "BANK_ACCOUNT"), R(rng, ["  sort code: ", " s/c ", ", sort "]),
                               V(R(rng, ["%s-%s-%s", "%s %s %s", "%s%s%s"]) % (sort[:2], sort[2:4], sort[4:]), "SORT_CODE")]),
                 ("agent", ["Thanks. The direct debit of \u00a3" + str(rng.randrange(20, 120)) + " will start on the 1st."])]
        return turns, "typed account and sort code"
    if style == 1:
        turns = [("agent", ["sort code first please"]),
                 ("customer", [V(sp.say(sort, [2, 2, 2]), "SORT_CODE")]),
                 ("agent", ["and the account number"]),
                 ("customer", [V(sp.say(acct, [4, 4]), "BANK_ACCOUNT")])]
        return turns, "asr sort code (often as pairs) and account number"
    if style == 2:
        turns = [("customer", ["the account number's ", V(sp.say(acct[:4]), "BANK_ACCOUNT", "b")]),
                 ("agent", [R(rng, AGENT_ACK)]),
                 ("customer", [V(sp.say(acct[4:]), "BANK_ACCOUNT", "b")]),
                 ("agent", ["and sort code ", V(Speaker(rng, mix=0, homo=0).say(sort, [2, 2, 2]), "SORT_CODE"),
                            " you said earlier yeah"]),
                 ("customer", ["yes"])]
        return turns, "account split over turns, agent reads sort code back"
    if style == 3:
        us = "".join(str(rng.randrange(10)) for _ in range(rng.choice([9, 10, 12])))
        turns = [("customer", ["Checking account #", V(us, "BANK_ACCOUNT"), ", routing on the cheque is the usual one"]),
                 ("agent", ["Got it, the refund of $" + str(rng.randrange(10, 300)) + " will post in 3-5 business days."])]
        return turns, "typed US account number"
    sp = Speaker(rng, homo=0.35, mix=0.3, join=0.2)
    turns = [("customer", ["sortcode ", V(sp.say(sort, [2, 2, 2], sep=" "), "SORT_CODE"), " account ",
                           V(sp.say(acct, [2, 2, 2, 2], sep=" "), "BANK_ACCOUNT")]),
             ("agent", ["thanks that's all set up for the twenty eighth"])]
    return turns, "asr sort code and account with homophones / pairs"


def gen_iban(rng):
    cc = R(rng, ["GB", "IE", "DE", "NL", "FR", "ES", "GB", "IE"])
    dig = lambda n: "".join(str(rng.randrange(10)) for _ in range(n))
    if cc == "GB":
        bban = R(rng, ["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + dig(14)
    elif cc == "IE":
        bban = R(rng, ["AIBK", "BOFI", "IPBS"]) + dig(14)
    elif cc == "DE":
        bban = dig(18)
    elif cc == "NL":
        bban = R(rng, ["ABNA", "INGB", "RABO"]) + dig(10)
    elif cc == "FR":
        bban = dig(23)
    else:
        bban = dig(20)
    return iban_make(cc, bban)


def pos_iban(rng, i):
    ib = gen_iban(rng)
    style = i % 4
    grouped = " ".join(ib[k:k + 4] for k in range(0, len(ib), 4))
    if style == 0:
        turns = [("customer", ["Please refund to IBAN ", V(R(rng, [grouped, ib, grouped.lower()]), "IBAN"),
                               " (" + R(rng, ["Dublin", "Berlin", "Amsterdam", "Madrid", "Lyon"]) + " account)"]),
                 ("agent", ["Thanks, the refund for booking ref " + "".join(R(rng, "ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(6))
                            + " will be processed."])]
        return turns, "typed IBAN"
    if style == 1:
        turns = [("customer", ["iban: ", V(ib[:2] + " " + ib[2:4] + "-" + fmt_groups(ib[4:], [4] * 10, "-"), "IBAN")]),
                 ("agent", ["Received, thanks."])]
        return turns, "typed IBAN with odd separators"
    sp = Speaker(rng, filler=0.1)

    def say_chunk(c, sty):
        words = []
        j = 0
        while j < len(c):
            if c[j].isalpha():
                words.append(sp.letter(c[j], sty))
                j += 1
            else:
                k = j
                while k < len(c) and c[k].isdigit():
                    k += 1
                words.append(sp.say(c[j:k], [4] * 8, sep=" "))
                j = k
        return " ".join(words)
    if style == 2:
        turns = [("agent", ["and the iban for the refund"]),
                 ("customer", ["yeah it's ", V(say_chunk(ib, R(rng, ["plain", "name", "nato"])), "IBAN")])]
        return turns, "asr IBAN in one go"
    chunks = [ib[:8], ib[8:16], ib[16:]]
    turns = [("customer", ["okay the iban ", V(say_chunk(chunks[0], "nato"), "IBAN", "ib")])]
    for c in chunks[1:]:
        turns.append(("agent", [R(rng, AGENT_ACK)]))
        turns.append(("customer", [V(say_chunk(c, "plain"), "IBAN", "ib")]))
    return turns, "asr IBAN split over turns"


def gen_phone(rng):
    k = rng.randrange(8)
    d = lambda n: "".join(str(rng.randrange(10)) for _ in range(n))
    if k == 0:
        m = "07" + d(9); return m, "%s %s" % (m[:5], m[5:]), [5, 6]
    if k == 1:
        m = "+447" + d(9); return m, "+44 %s %s" % (m[3:7], m[7:]), [3, 4, 6]
    if k == 2:
        m = "020" + d(8); return m, "%s %s %s" % (m[:3], m[3:7], m[7:]), [3, 4, 4]
    if k == 3:
        m = "415" + d(7); return m, "(%s) %s-%s" % (m[:3], m[3:6], m[6:]), [3, 3, 4]
    if k == 4:
        m = "+1" + R(rng, ["212", "312", "617", "206"]) + d(7); return m, "+1 %s-%s-%s" % (m[2:5], m[5:8], m[8:]), [2, 3, 3, 4]
    if k == 5:
        m = "+35387" + d(7); return m, "+353 87 %s %s" % (m[6:9], m[9:]), [4, 2, 3, 4]
    if k == 6:
        m = "087" + d(7); return m, "%s-%s-%s" % (m[:3], m[3:6], m[6:]), [3, 3, 4]
    m = "+336" + d(8); return m, "+33 6 %s %s %s %s" % (m[4:6], m[6:8], m[8:10], m[10:]), [3, 1, 2, 2, 2, 2]


def pos_phone(rng, i):
    raw, typed, sizes = gen_phone(rng)
    style = i % 5
    if style == 0:
        turns = [("customer", [R(rng, ["Best contact no is ", "tel: ", "call me on ", "mob "]), V(typed, "PHONE"),
                               R(rng, [" after 5pm", " pls", "", " (work)"])]),
                 ("agent", ["Noted - we'll call between 9:00 and 17:30."])]
        return turns, "typed phone"
    sp = Speaker(rng, filler=0.15)
    digits = raw.lstrip("+")
    plus = raw.startswith("+")
    lead = ("plus " if plus else "")
    if style in (1, 2):
        spoken = lead + sp.say(digits, sizes[1:] if plus else sizes)
        turns = [("agent", ["what's the best number to reach you on"]),
                 ("customer", [R(rng, ["it's ", "um it's ", ""]), V(spoken, "PHONE")]),
                 ("agent", ["thanks i'll pop that on the account"])]
        return turns, "asr phone number"
    if style == 3:
        half = len(digits) // 2
        turns = [("customer", ["my mobile's ", V(lead + sp.say(digits[:half]), "PHONE", "p")]),
                 ("agent", [R(rng, AGENT_ACK)]),
                 ("customer", [V(sp.say(digits[half:]), "PHONE", "p")]),
                 ("agent", ["so ", V(lead + Speaker(rng, homo=0, mix=0).say(digits, [3, 3, 10]), "PHONE"), " yeah"])]
        return turns, "phone split over turns with agent read-back"
    sp = Speaker(rng, homo=0.35, mix=0.35, join=0.2)
    turns = [("customer", ["ring me back on ", V(lead + sp.say(digits, [3, 3, 10], sep=" "), "PHONE"),
                           " cause this line's about to die"]),
             ("agent", ["will do, it's about a twenty minute wait mind"])]
    return turns, "asr phone with homophones, run-together words, digits mixed"


def pos_email(rng, i):
    f, l = R(rng, FIRST), R(rng, LAST)
    dom, tld = R(rng, DOMAINS)
    n = rng.choice(["", "", str(rng.randrange(1, 99)), "19" + str(rng.randrange(60, 99))])
    local = R(rng, [f + "." + l, f[0] + "." + l, f + "_" + l, f + l, l + "." + f]) + n
    email = local + "@" + dom + "." + tld
    style = i % 4
    if style == 0:
        typed = R(rng, [email, email.capitalize(), email.replace("@", " @ "), email.upper()])
        if " @ " in typed:
            typed = email  # keep it a single token
        turns = [("customer", ["email is ", V(typed, "EMAIL"), R(rng, ["", " - not the old one", "."])]),
                 ("agent", ["Thanks, a confirmation has been sent for order #" + str(rng.randrange(10**5, 10**6)) + "."])]
        return turns, "typed email"
    sp = Speaker(rng)

    def say_local(loc):
        out = []
        for part in re.split(r"([._]|\d+)", loc):
            if not part:
                continue
            if part == ".":
                out.append("dot")
            elif part == "_":
                out.append("underscore")
            elif part.isdigit():
                out.append(sp.say(part, [2, 2], sep=" ") if len(part) > 2 and part[0] != "0"
                           else " ".join(UNITS[int(c)] for c in part))
            elif len(part) == 1:
                out.append(part)
            elif style == 3 and len(part) <= 5:
                out.append(" ".join(part))
            else:
                out.append(part)
        return " ".join(out)
    dom_sp = R(rng, [dom, dom]) if dom not in ("hotmail", "gmail", "protonmail") else R(rng, [dom, {"hotmail": "hot mail", "gmail": "g mail", "protonmail": "proton mail"}[dom]])
    spoken = say_local(local) + " at " + dom_sp + " dot " + tld.replace(".", " dot ")
    if style in (1, 3):
        turns = [("agent", ["and an email address for the receipt"]),
                 ("customer", ["yeah it's ", V(spoken, "EMAIL"), R(rng, ["", " all lower case", " all one word"])])]
        return turns, "asr email with dot/at spoken" + (" and name spelled letter by letter" if style == 3 else "")
    turns = [("customer", ["it's ", V(say_local(local), "EMAIL", "e")]),
             ("agent", ["mhm at"]),
             ("customer", [V(dom_sp + " dot " + tld.replace(".", " dot "), "EMAIL", "e")]),
             ("agent", ["lovely i'll send the " + R(rng, ["bill", "policy documents", "boarding pass"]) + " there"])]
    return turns, "asr email split across turns (agent says the 'at')"


def pos_dob(rng, i):
    y = rng.randrange(1938, 2006)
    m = rng.randrange(1, 13)
    d = rng.randrange(1, 29)
    style = i % 5
    if style == 0:
        t = R(rng, ["%02d/%02d/%d" % (d, m, y), "%d-%02d-%02d" % (y, m, d), "%d %s %d" % (d, MONTHS[m - 1].capitalize(), y),
                    "%s %d, %d" % (MONTHS[m - 1].capitalize()[:3], d, y), "%02d.%02d.%d" % (d, m, y)])
        turns = [("customer", [R(rng, ["DOB ", "d.o.b: ", "born ", "Date of birth - "]), V(t, "DOB")]),
                 ("agent", ["Thank you, that matches. Your appointment is on 14/06 at 10:30."])]
        return turns, "typed DOB"
    sp = Speaker(rng)
    yy = str(y)
    year_sp = (sp.pair(yy[:2]) + " " + (sp.pair(yy[2:]) if yy[2] != "0" else sp.zero + " " + UNITS[int(yy[3])])
               if y < 2000 else "two thousand and " + UNITS[int(yy[3])])
    if style == 1:
        t = "the %s of %s %s" % (ORD[d] if d <= 20 else TENS[d // 10] + " " + ORD[d % 10] if d % 10 else TENS[d // 10] + "ieth",
                                 MONTHS[m - 1], year_sp)
        t = t.replace("twentyieth", "twentieth")
        turns = [("agent", ["and your date of birth"]), ("customer", ["it's ", V(t, "DOB")])]
        return turns, "asr spoken DOB with ordinal"
    if style == 2:
        t = sp.say("%02d%02d%s" % (d, m, yy[2:]), [2, 2, 2])
        turns = [("agent", ["date of birth please"]), ("customer", [V(t, "DOB")]),
                 ("agent", ["thanks that's you then, and you're " + UNITS[rng.randrange(2, 9)] + " months into the contract"])]
        return turns, "asr DOB as six digits"
    if style == 3:
        t = "%s %d %s" % (MONTHS[m - 1], d, year_sp)
        turns = [("customer", ["i was born ", V(t, "DOB"), " so i'm over sixty five if that matters"]),
                 ("agent", ["it does for the discount yes"])]
        return turns, "asr US-order DOB; age mention not labelled"
    turns = [("customer", ["date of birth ", V("%s of %s" % (ORD[d] if d <= 20 else str(d) + "th", MONTHS[m - 1]), "DOB", "d")]),
             ("agent", ["mhm and the year"]),
             ("customer", [V(year_sp, "DOB", "d")])]
    return turns, "DOB split across turns (day/month then year)"


def say_postcode(sp, pc, sty):
    out = []
    for ch in pc.replace(" ", ""):
        if ch.isdigit():
            out.append(UNITS[int(ch)] if ch != "0" else sp.zero)
        else:
            out.append(sp.letter(ch, sty))
    return " ".join(out)


def pos_postcode_address(rng, i):
    style = i % 7
    uk = style not in (3, 5)
    num = rng.randrange(1, 240)
    street = R(rng, STREETS_UK if uk else STREETS_US)
    town = R(rng, TOWNS_UK if uk else TOWNS_US)
    pc = R(rng, UK_PC) if uk else R(rng, US_ZIP)
    sp = Speaker(rng)
    if style == 0:
        addr = R(rng, ["%d %s" % (num, street), "Flat %d, %d %s" % (rng.randrange(1, 20), num, street),
                       "%d%s %s" % (num, R(rng, ["a", "b", "B"]), street)])
        pcf = R(rng, [pc, pc.lower(), pc.replace(" ", "")])
        turns = [("customer", ["New address: ", V(addr, "ADDRESS"), ", " + town + " ", V(pcf, "POSTCODE")]),
                 ("agent", ["Thanks, updated. Your next bill is due on the 3rd."])]
        return turns, "typed UK address, town unlabelled, postcode separate"
    if style in (1, 2):
        addr = (sp.group(str(num)) if num >= 10 else UNITS[num]) + " " + street.lower()
        turns = [("agent", ["can i take the first line of the address and the postcode"]),
                 ("customer", ["yeah it's ", V(addr, "ADDRESS"), " in " + town.lower() + " and the postcode's ",
                               V(say_postcode(sp, pc, R(rng, ["name", "nato", "plain", "folk"])), "POSTCODE")])]
        return turns, "asr address and spelled postcode (misheard letter names)"
    if style == 3:
        addr = "%d %s" % (num + 100 * rng.randrange(1, 9), street)
        zipf = pc if rng.random() < 0.6 else pc + "-" + "%04d" % rng.randrange(10000)
        addr += R(rng, [", Apt ", " Apt ", " #", ", Unit "]) + str(rng.randrange(1, 40))
        turns = [("customer", ["Ship to ", V(addr, "ADDRESS"), ", " + town + ", "
                               + STATE[town] + " ", V(zipf, "POSTCODE")]),
                 ("agent", ["Your tracking number is 1Z" + str(rng.randrange(10**15, 10**16)) + "."])]
        return turns, "typed US address (apartment number inside ADDRESS span) with ZIP"
    if style == 4:
        turns = [("agent", ["postcode please"]),
                 ("customer", [V(say_postcode(sp, pc[:pc.index(" ")], "name"), "POSTCODE", "pc")]),
                 ("agent", [R(rng, AGENT_ACK)]),
                 ("customer", [V(say_postcode(sp, pc[pc.index(" ") + 1:], "nato"), "POSTCODE", "pc")]),
                 ("agent", ["and the house number"]),
                 ("customer", [V(str(num) + " " + street.lower(), "ADDRESS")])]
        return turns, "postcode split into outward/inward codes over turns, then address"
    if style == 5:
        big = rng.randrange(101, 999)
        addr = sp.group(str(big)) + " " + street.lower()
        turns = [("customer", ["it's ", V(addr, "ADDRESS"), " " + town.lower() + " zip ", V(sp.say(pc), "POSTCODE")]),
                 ("agent", ["thank you, the technician can come between eight and twelve"])]
        return turns, "asr US address with hundreds form and spoken ZIP"
    flat = rng.randrange(1, 30)
    addr = "flat " + UNITS[flat % 10 or 1] + " " + (sp.group(str(num)) if num >= 10 else UNITS[num]) + " " + street.lower()
    turns = [("customer", ["the address is ", V(addr, "ADDRESS"), " um " + town.lower() + " ", V(pc.lower(), "POSTCODE")]),
             ("agent", ["is that the same as the billing address"]), ("customer", ["yes"])]
    return turns, "asr flat + street, typed-style postcode from recogniser"


def pos_expiry_cvv(rng, i):
    m = rng.randrange(1, 13)
    yy = rng.randrange(25, 32)
    cvv = "%03d" % rng.randrange(1000)
    sp = Speaker(rng)
    style = i % 4
    if style == 0:
        e = R(rng, ["%s twenty %s" % (MONTHS[m - 1], UNITS[yy - 20] if yy < 30 else "thirty" + ("" if yy == 30 else " " + UNITS[yy - 30])),
                    "%s %s" % (sp.say("%02d" % m), sp.pair(str(yy))),
                    "%s slash %s" % (sp.say("%02d" % m), sp.say(str(yy)))])
        turns = [("agent", ["expiry date on the card"]), ("customer", [V(e, "EXPIRY")]),
                 ("agent", ["and the last three digits on the back"]), ("customer", [V(sp.say(cvv), "CVV")])]
        return turns, "asr expiry and cvv"
    if style == 1:
        turns = [("customer", ["exp ", V(R(rng, ["%02d/%d", "%02d-%d", "%d/%d"]) % (m, yy), "EXPIRY"), " sec code ", V(cvv, "CVV")]),
                 ("agent", ["Thanks - that's the card ending in " + str(rng.randrange(1000, 10000)) + " updated."])]
        return turns, "typed expiry and cvv; last-four mention without full card unlabelled"
    if style == 2:
        turns = [("customer", ["valid till ", V("%s %d" % (MONTHS[m - 1][:3].capitalize(), 2000 + yy), "EXPIRY"),
                               ", CVC ", V(cvv, "CVV")]),
                 ("agent", ["Payment of \u20ac" + str(rng.randrange(10, 500)) + " confirmed."])]
        return turns, "typed expiry with month name"
    turns = [("customer", ["the expiry is ", V(sp.say("%02d" % m) + " " + sp.say(str(yy)), "EXPIRY", frag=False),
                           " and the three digit code ", V(sp.say(cvv), "CVV", "cv")]),
             ("agent", ["sorry was that ", V(Speaker(rng, homo=0, mix=0).say(cvv), "CVV"), "?"]),
             ("customer", ["yes"])]
    return turns, "asr expiry + cvv, agent repeats cvv"


# --------------------------------------------------------------------------
# negative templates
# --------------------------------------------------------------------------
def neg_case(rng, i):
    sp = Speaker(rng, homo=0.1, mix=0.1)
    k = i % 26
    d = lambda n: "".join(str(rng.randrange(10)) for _ in range(n))
    if k == 0:
        n = d(16)
        return [("customer", ["my order number is ", fmt_groups(n, [4, 4, 4, 4], " ")]),
                ("agent", ["thanks, that order shipped on the 12th"])], "16-digit order number with label"
    if k == 1:
        n, sizes = gen_card(rng)
        return [("agent", ["can i take the reference on the letter"]),
                ("customer", ["reference is ", sp.say(n, sizes)]),
                ("agent", ["okay that's the reference for your complaint, thanks"])], "luhn-valid reference spoken like a card reading"
    if k == 2:
        return [("customer", ["the balance says \u00a3" + str(rng.randrange(1000, 9999)) + "." + d(2) + " but i paid "
                              + sp.group(d(3)) + " pounds on the " + ORD[rng.randrange(1, 20)]]),
                ("agent", ["i can see the payment, it'll clear in three to five working days"])], "balances, amounts, payment dates"
    if k == 3:
        return [("agent", ["for security can you confirm the card ending"]),
                ("customer", ["ending ", sp.say(d(4))]), ("agent", ["thank you"])], "card last-four only"
    if k == 4:
        return [("customer", ["meter reading is " + sp.say(d(5), [5]) + " and the night one is " + d(5)]),
                ("agent", ["thanks, your next reading is due in " + R(rng, ["march", "june", "the spring"])])], "meter readings"
    if k == 5:
        return [("customer", ["flight " + R(rng, ["BA", "EI", "FR", "LH"]) + " " + d(4) + ", seat " + str(rng.randrange(1, 40))
                              + R(rng, "ABCDEF") + ", gate " + R(rng, ["B", "C", "D"]) + str(rng.randrange(1, 60))]),
                ("agent", ["boarding closes at " + str(rng.randrange(6, 11)) + ":" + R(rng, ["15", "40", "05"])])], "flight/seat/gate numbers"
    if k == 6:
        return [("customer", ["tracking number " + "1Z" + "".join(R(rng, "0123456789ABCDEF") for _ in range(16))]),
                ("agent", ["that's out for delivery between 10am and 2pm"])], "tracking number"
    if k == 7:
        return [("customer", ["policy number " + R(rng, ["POL", "HX", "MTR"]) + "-" + d(9) + " and claim ref " + d(8)]),
                ("agent", ["thanks, excess is \u00a3" + str(rng.randrange(100, 500)) + " and the claim is " + str(rng.randrange(10, 90)) + "% processed"])], "policy and claim numbers"
    if k == 8:
        return [("customer", ["i'm " + TENS[rng.randrange(2, 9)] + " " + UNITS[rng.randrange(1, 9)] + " and i've been with you " + TEENS[rng.randrange(10)] + " years"]),
                ("agent", ["thank you for your loyalty, i'll add a " + str(rng.randrange(5, 25)) + " percent discount"])], "age, duration, percentage"
    if k == 9:
        return [("customer", ["the serial on the boiler is " + fmt_groups(d(16), [4, 4, 4, 4], "-") + " model " + R(rng, ["GX", "CDi"]) + d(3)]),
                ("agent", ["an engineer can come on the " + ORD[rng.randrange(1, 20)] + " of " + R(rng, MONTHS)])], "serial and model numbers, appointment date"
    if k == 10:
        return [("customer", ["invoice " + "INV" + d(7) + " for " + sp.group(d(3)) + " dollars was due on " + R(rng, MONTHS) + " " + str(rng.randrange(1, 29))]),
                ("agent", ["that's been paid on " + "%02d/%02d/%d" % (rng.randrange(1, 29), rng.randrange(1, 13), rng.randrange(2019, 2026))])], "invoice number, amount, payment date"
    if k == 11:
        return [("agent", ["the ticket number for this call is " + sp.say(d(10), [3, 3, 4])]),
                ("customer", ["okay let me write that down"])], "spoken ticket number (10 digits, phone-like)"
    if k == 12:
        return [("customer", ["it's about the " + R(rng, ["A40", "M25", "B1234", "I-95", "Route 66"]) + " roadworks near junction " + str(rng.randrange(1, 30))]),
                ("agent", ["the closure runs from 8pm to 6am for " + UNITS[rng.randrange(2, 9)] + " nights"])], "road names and times"
    if k == 13:
        return [("customer", ["room " + str(rng.randrange(100, 1500)) + ", checked in on the " + ORD[rng.randrange(1, 20)] + ", booking ref " + "".join(R(rng, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(8))]),
                ("agent", ["checkout is at eleven and breakfast runs seven till ten thirty"])], "room number, booking ref, times"
    if k == 14:
        return [("customer", ["it's " + str(rng.randrange(-5, 35)) + " degrees in here and the heating's been off " + UNITS[rng.randrange(2, 9)] + " days"]),
                ("agent", ["sorry about that, we're open " + R(rng, ["8 till 8", "nine to five thirty", "24/7"])])], "temperature, duration, opening hours"
    if k == 15:
        n = luhn_complete("4", 16, rng)
        return [("customer", ["account reference on the bill: " + n + " (it's a customer ref, not a card)"]),
                ("agent", ["Thanks, found the account. Your contract ends " + R(rng, MONTHS).capitalize() + " " + str(rng.randrange(2025, 2029)) + "."])], "luhn-valid 16-digit customer reference with label"
    if k == 16:
        return [("customer", ["i was charged " + sp.group(d(3)) + " " + R(rng, ["pounds", "euro", "dollars"]) + " " + TENS[rng.randrange(2, 9)] + " on the " + ORD[rng.randrange(1, 20)] + " and again on the " + ORD[rng.randrange(1, 20)]]),
                ("agent", ["i can see both, i'll refund the duplicate of " + str(rng.randrange(10, 99)) + ".50"])], "spoken amounts and payment dates"
    if k == 17:
        return [("customer", ["the sim serial is " + "8944" + d(15)]),
                ("agent", ["thanks, the new sim will activate in about " + UNITS[rng.randrange(2, 9)] + " hours"])], "19-digit SIM serial (ICCID) with label"
    if k == 18:
        return [("customer", ["prescription number " + sp.say(d(9), [3, 2, 4])]),
                ("agent", ["that's ready for collection after " + str(rng.randrange(1, 6)) + "pm"])], "9-digit prescription number spoken 3-2-4 like an SSN"
    if k == 19:
        return [("customer", ["case number " + R(rng, ["QQ", "AB", "JT"]) + d(6) + R(rng, "ABCD") + "? no sorry that's the case reference on the letter"]),
                ("agent", ["yes that's your case reference, thanks"])], "case reference that looks like an NI number, labelled as reference"
    if k == 20:
        return [("customer", ["the model number is " + R(rng, ["SW1A", "EH12", "M1"]) + "-" + d(3) + " and it's " + str(rng.randrange(2, 12)) + " years old"]),
                ("agent", ["that model's out of warranty after " + UNITS[rng.randrange(2, 6)] + " years"])], "model number resembling a postcode"
    if k == 21:
        return [("agent", ["your reference number is " + sp.say(d(8), [2, 2, 2, 2])]),
                ("customer", ["okay got it, and what's the wait time"]),
                ("agent", ["about " + TENS[rng.randrange(2, 5)] + " minutes"])], "8-digit reference spoken in pairs (like account/sort code)"
    if k == 22:
        return [("customer", ["there were " + str(rng.randrange(100, 5000)) + " units used between " + R(rng, MONTHS) + " and " + R(rng, MONTHS) + " " + str(rng.randrange(2018, 2026))]),
                ("agent", ["that's a " + str(rng.randrange(2, 40)) + "% increase on last year"])], "counts, years, percentages"
    if k == 23:
        return [("customer", ["the contract started on " + "%d/%d/%d" % (rng.randrange(1, 29), rng.randrange(1, 13), rng.randrange(2015, 2025)) + " and runs " + str(rng.choice([12, 18, 24, 36])) + " months"]),
                ("agent", ["yes, and the early exit fee is \u00a3" + str(rng.randrange(50, 400))])], "contract date and duration"
    if k == 24:
        return [("customer", ["order " + "#" + d(5) + "-" + d(5) + "-" + d(6) + " hasn't arrived"]),
                ("agent", ["i'll raise ticket " + d(7) + ", expect an update in 48 hours"])], "dashed order number, ticket number"
    return [("agent", ["to pay by phone call 0800 and follow the prompts, or pay " + sp.group(d(3)) + " a month"]),
            ("customer", ["can i pay " + str(rng.randrange(10, 99)) + " now and the rest on the " + ORD[rng.randrange(1, 20)] + "?"])], "partial service number prefix and instalments"


# --------------------------------------------------------------------------
# assemble
# --------------------------------------------------------------------------
def generate():
    rng = random.Random(SEED)
    V._n[0] = 0
    plan = ([(pos_card, 72), (pos_ssn, 30), (pos_ni, 32), (pos_bank, 15), (pos_iban, 14), (pos_phone, 18),
             (pos_email, 16), (pos_dob, 15), (pos_postcode_address, 21), (pos_expiry_cvv, 14)])
    pos = []
    for fn, n in plan:
        for i in range(n):
            turns, note = fn(rng, i)
            pos.append(build(turns, note))
    rng.shuffle(pos)
    neg = []
    for i in range(110):
        turns, note = neg_case(rng, i)
        neg.append(build(turns, note))
    rng.shuffle(neg)
    cases = []
    for j, c in enumerate(pos, 1):
        c["id"] = "h498-pos-%03d" % j
        c["kind"] = "positive"
        cases.append(c)
    for j, c in enumerate(neg, 1):
        c["id"] = "h498-neg-%03d" % j
        c["kind"] = "negative"
        cases.append(c)
    return cases


def serialise(cases):
    lines = []
    for c in cases:
        rec = {"id": c["id"], "kind": c["kind"], "turns": c["turns"], "spans": c["spans"], "note": c["note"]}
        lines.append(json.dumps(rec, ensure_ascii=False))
    return ("\n".join(lines) + "\n").encode("utf-8")


def check(cases, data):
    errors = []
    if not os.path.exists(OUT_FILE):
        errors.append("missing %s" % OUT_FILE)
    elif open(OUT_FILE, "rb").read() != data:
        errors.append("cases.jsonl is not byte-identical to a fresh generation")
    ids = [c["id"] for c in cases]
    if len(ids) != len(set(ids)):
        errors.append("duplicate ids")
    counts = {t: 0 for t in TYPES}
    npos = nneg = 0
    for c in cases:
        if c["kind"] == "negative":
            nneg += 1
            if c["spans"]:
                errors.append("%s: negative with spans" % c["id"])
        else:
            npos += 1
            if not c["spans"]:
                errors.append("%s: positive without spans" % c["id"])
        for t in c["turns"]:
            if t["speaker"] not in ("customer", "agent"):
                errors.append("%s: bad speaker" % c["id"])
        by_turn = {}
        for s in c["spans"]:
            counts[s["type"]] = counts.get(s["type"], 0) + 1
            if s["type"] not in TYPES:
                errors.append("%s: bad type %s" % (c["id"], s["type"]))
            if not (0 <= s["turn"] < len(c["turns"])):
                errors.append("%s: turn out of range" % c["id"]); continue
            txt = c["turns"][s["turn"]]["text"]
            a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(txt)):
                errors.append("%s: offsets out of range" % c["id"]); continue
            val = txt[a:b]
            if val != val.strip() or not (val[0].isalnum() or val[0] in "+(") or not val[-1].isalnum():
                errors.append("%s: span %r not trimmed to value" % (c["id"], val))
            if a > 0 and txt[a - 1].isalnum():
                errors.append("%s: span %r starts mid-word" % (c["id"], val))
            if b < len(txt) and txt[b].isalnum():
                errors.append("%s: span %r ends mid-word" % (c["id"], val))
            by_turn.setdefault(s["turn"], []).append((a, b))
        for tl in by_turn.values():
            tl.sort()
            for (a1, b1), (a2, b2) in zip(tl, tl[1:]):
                if a2 < b1:
                    errors.append("%s: overlapping spans" % c["id"])
        for vid, (typ, pieces) in c["_values"].items():
            ok, norm = validate(typ, pieces)
            if not ok:
                errors.append("%s: %s value %r failed validation (normalised %r)" % (c["id"], typ, pieces, norm))
    if npos < 200 or nneg < 100:
        errors.append("too few cases: %d pos %d neg" % (npos, nneg))
    need = {t: 10 for t in TYPES}
    need.update({"CARD_NUMBER": 70, "SSN": 30, "NI_NUMBER": 30})
    for t, n in need.items():
        if counts.get(t, 0) < n:
            errors.append("too few %s spans: %d < %d" % (t, counts.get(t, 0), n))
    return errors, counts, npos, nneg


def main():
    cases = generate()
    data = serialise(cases)
    if "--check" in sys.argv[1:]:
        errors, counts, npos, nneg = check(cases, data)
        for e in errors[:60]:
            print("ERROR:", e)
        print("positives=%d negatives=%d spans=%s" % (npos, nneg, json.dumps(counts)))
        if errors:
            print("%d error(s)" % len(errors))
            sys.exit(1)
        print("check OK")
        return
    os.makedirs(OUT_DIR, exist_ok=True)
    with open(OUT_FILE, "wb") as fh:
        fh.write(data)
    print("wrote %d cases to %s" % (len(cases), OUT_FILE))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Generate the pii_holdout424 held-out PII redaction evaluation set.

Written by an independent test author who did not see the redaction engine.
Standard library only.  One RNG: random.Random(424241125).

Usage:
    python scripts/make_pii_holdout424.py          # write cases.jsonl
    python scripts/make_pii_holdout424.py --check  # regenerate + validate
"""
import json
import os
import random
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "fixtures", "pii_holdout424", "cases.jsonl")

R = random.Random(424241125)

# --------------------------------------------------------------------------
# case builder
# --------------------------------------------------------------------------


class Case:
    def __init__(self, kind, note):
        self.kind = kind
        self.note = note
        self.turns = []      # list of (speaker, [items])
        self.groups = {}     # gid -> dict(type, canon, mode)
        self._g = 0

    def group(self, typ, canon, mode="full"):
        self._g += 1
        self.groups[self._g] = {"type": typ, "canon": canon, "mode": mode}
        return self._g

    def say(self, speaker, *items):
        flat = []
        for it in items:
            if isinstance(it, list):
                flat.extend(it)
            else:
                flat.append(it)
        self.turns.append((speaker, flat))

    def render(self, cid):
        turns, spans, gspans = [], [], []
        for ti, (spk, items) in enumerate(self.turns):
            text = ""
            for it in items:
                if isinstance(it, str):
                    text += it
                else:
                    val, gid = it
                    st = len(text)
                    text += val
                    spans.append({"turn": ti, "start": st, "end": len(text),
                                  "type": self.groups[gid]["type"]})
                    gspans.append(gid)
            turns.append({"speaker": spk, "text": text})
        return ({"id": cid, "kind": self.kind, "turns": turns, "spans": spans,
                 "note": self.note}, gspans)


def V(text, gid):
    return (text, gid)


def pick(seq):
    return R.choice(seq)


def chance(p):
    return R.random() < p


# --------------------------------------------------------------------------
# value generators
# --------------------------------------------------------------------------


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


def luhn_complete(prefix, length):
    body = prefix + "".join(str(R.randint(0, 9)) for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def gen_card():
    brand = R.choices(["visa", "mc", "amex", "disc", "maestro", "diners", "visa13", "visa19", "mc2"],
                      [30, 22, 10, 6, 4, 3, 2, 3, 5])[0]
    if brand == "visa":
        return luhn_complete("4", 16)
    if brand == "visa13":
        return luhn_complete("4", 13)
    if brand == "visa19":
        return luhn_complete("4", 19)
    if brand == "mc":
        return luhn_complete(str(R.randint(51, 55)), 16)
    if brand == "mc2":
        return luhn_complete(str(R.randint(2221, 2720)), 16)
    if brand == "amex":
        return luhn_complete(pick(["34", "37"]), 15)
    if brand == "disc":
        return luhn_complete("6011", 16)
    if brand == "maestro":
        return luhn_complete(pick(["6759", "6761", "5018"]), R.choice([18, 19]))
    return luhn_complete("36", 14)


def card_groups(card):
    n = len(card)
    if n == 15:
        return [card[:4], card[4:10], card[10:]]
    if n == 14:
        return [card[:4], card[4:10], card[10:]]
    if n == 13:
        return [card[:4], card[4:7], card[7:10], card[10:]]
    out = [card[i:i + 4] for i in range(0, n, 4)]
    return out


def odd_groups(s):
    out, i = [], 0
    while i < len(s):
        k = R.choice([2, 3, 3, 4, 4, 5, 6])
        out.append(s[i:i + k])
        i += k
    return out


def gen_ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


NI_FIRST = "ABCEGHJKLMNPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"
NI_BAD = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}
NI_RE = re.compile(r"^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$")


def gen_ni():
    while True:
        p = R.choice(NI_FIRST) + R.choice(NI_SECOND)
        if p not in NI_BAD:
            break
    return p + "".join(str(R.randint(0, 9)) for _ in range(6)) + R.choice("ABCD")


def iban_check(country, bban):
    s = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return "%02d" % (98 - int(num) % 97)


def iban_ok(iban):
    s = iban[4:] + iban[:4]
    num = "".join(str(int(c, 36)) for c in s)
    return int(num) % 97 == 1


IBAN_LEN = {"GB": 22, "IE": 22, "DE": 22, "FR": 27, "NL": 18, "ES": 24, "IT": 27, "BE": 16}


def digits(n):
    return "".join(str(R.randint(0, 9)) for _ in range(n))


def gen_iban(spoken=False):
    c = pick(["GB", "GB", "IE", "IE", "DE", "FR", "NL", "ES", "BE"])
    if c == "GB":
        bban = pick(["NWBK", "BARC", "HBUK", "MIDL", "LYDS"] if spoken else ["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + digits(14)
    elif c == "IE":
        bban = pick(["AIBK", "BKIR", "ULSB"] if spoken else ["AIBK", "BOFI", "IPBS", "ULSB"]) + digits(14)
    elif c == "DE":
        bban = digits(18)
    elif c == "FR":
        bban = digits(10) + digits(11) + digits(2)
    elif c == "NL":
        bban = pick(["ABNA", "INGB", "RABK"]) + digits(10)
    elif c == "ES":
        bban = digits(20)
    else:
        bban = digits(12)
    return c + iban_check(c, bban) + bban


# --------------------------------------------------------------------------
# spoken renderers
# --------------------------------------------------------------------------

UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
FILL = ["um", "uh", "er", "erm", "uh", "um"]


def zero_word(style):
    if style == "mix":
        return pick(["oh", "zero", "o", "nought"])
    return style


def dw(d, zs, homo=0.0):
    if d == "0":
        return zero_word(zs)
    w = UNITS[int(d)]
    if homo and chance(homo):
        w = {"four": "for", "two": pick(["to", "too"]), "eight": "ate", "one": "won",
             "three": "tree"}.get(w, w)
    return w


def sp_single(g, zs, dbl=0.5, homo=0.0):
    out, i = [], 0
    while i < len(g):
        d = g[i]
        run = 1
        while i + run < len(g) and g[i + run] == d:
            run += 1
        if run >= 3 and chance(dbl):
            out.append("triple " + dw(d, zs))
            i += 3
        elif run >= 2 and chance(dbl):
            out.append("double " + dw(d, zs))
            i += 2
        else:
            out.append(dw(d, zs, homo))
            i += 1
    return " ".join(out)


def sp_pair(p, zs):
    a, b = p
    if a == "0":
        if b == "0":
            return pick(["double " + zero_word(zs), zero_word(zs) + " " + zero_word(zs)])
        return zero_word(zs) + " " + UNITS[int(b)]
    if a == "1":
        return TEENS[int(b)]
    if b == "0":
        return TENS[int(a)]
    return TENS[int(a)] + pick([" ", "-", " "]) + UNITS[int(b)]


def sp_hundreds(g, zs):
    a, rest = g[0], g[1:]
    if a == "0":
        return None
    w = UNITS[int(a)] + " hundred"
    if rest == "00":
        return w
    conj = pick([" and ", " and ", " "])
    if rest[0] == "0":
        if chance(0.5):
            return w + " and " + UNITS[int(rest[1])]
        return w + " " + zero_word(zs if zs != "zero" else "oh") + " " + UNITS[int(rest[1])]
    return w + conj + sp_pair(rest, zs)


def sp_group(g, zs, mode, homo=0.0):
    m = mode
    if m == "mixed":
        m = pick(["single", "single", "pairs", "hundreds"])
    if m == "pairs" and len(g) % 2 == 0:
        return " ".join(sp_pair(g[i:i + 2], zs) for i in range(0, len(g), 2))
    if m == "hundreds" and len(g) == 3 and g[0] != "0":
        return sp_hundreds(g, zs)
    if m == "hundreds" and len(g) == 4 and g[2:] == "00" and g[0] != "0":
        return sp_pair(g[:2], zs) + " hundred"
    if m in ("pairs", "hundreds") and len(g) == 4 and g[0] != "0" and chance(0.5):
        return sp_pair(g[:2], zs) + " " + sp_pair(g[2:], zs)
    return sp_single(g, zs, homo=homo)


def sep_spoken():
    return pick([", ", ", ", "... ", ", um, ", ", uh ", " - ", ", "])


def spoken_value(groups, zs=None, mode=None, homo=0.0, fillers=0.25):
    """Render digit groups as a single spoken string (fillers stay inside)."""
    zs = zs or pick(["oh", "oh", "zero", "mix", "nought", "o"])
    mode = mode or pick(["single", "single", "pairs", "mixed", "hundreds"])
    parts = [sp_group(g, zs, mode, homo) for g in groups]
    s = parts[0]
    for p in parts[1:]:
        if chance(fillers):
            s += pick([", um, ", " uh ", "... er ", ", erm "]) + p
        else:
            s += sep_spoken() + p
    return s


def typed_value(groups, sep=None):
    sep = sep if sep is not None else pick([" ", " ", "-", "", ".", "  "])
    return sep.join(groups)


NATO = {"A": "alpha", "B": "bravo", "C": "charlie", "D": "delta", "E": "echo", "F": "foxtrot",
        "G": "golf", "H": "hotel", "I": "india", "J": "juliet", "K": "kilo", "L": "lima",
        "M": "mike", "N": "november", "O": "oscar", "P": "papa", "Q": "quebec", "R": "romeo",
        "S": "sierra", "T": "tango", "U": "uniform", "V": "victor", "W": "whiskey",
        "X": "x-ray", "Y": "yankee", "Z": "zulu"}
FOLK = {"A": ["apple", "alpha"], "B": ["bravo", "bertie", "bob"], "C": ["charlie", "cat"],
        "E": ["echo", "edward"], "G": ["golf", "george"], "H": ["hotel", "harry"],
        "J": ["juliet", "john"], "K": ["kilo", "king"], "L": ["lima", "london"],
        "M": ["mike", "mother", "mary"], "N": ["november", "nancy"], "P": ["papa", "peter"],
        "R": ["romeo", "robert"], "S": ["sierra", "sugar"], "T": ["tango", "tommy"],
        "W": ["whiskey", "william"], "X": ["x-ray"], "Y": ["yankee", "yellow"], "Z": ["zulu", "zebra"],
        "D": ["delta", "david"], "Q": ["queen", "quebec"], "F": ["freddie", "foxtrot"],
        "I": ["india"], "U": ["uniform"], "V": ["victor"], "O": ["oscar"]}
LNAME = {"A": ["a", "ay"], "B": ["b", "bee"], "C": ["c", "see"], "D": ["d", "dee"], "E": ["e"],
         "G": ["g", "gee"], "H": ["h", "aitch", "haitch"], "J": ["j", "jay"], "K": ["k", "kay"],
         "L": ["l", "el"], "M": ["m", "em"], "N": ["n", "en"], "P": ["p", "pee"], "Q": ["q", "queue"],
         "R": ["r", "are"], "S": ["s", "ess"], "T": ["t", "tee"], "W": ["w", "double-you", "double you"],
         "X": ["x", "ex"], "Y": ["y", "why"], "Z": ["z", "zed", "zee"], "F": ["f", "eff"], "I": ["i"],
         "U": ["u"], "V": ["v", "vee"], "O": ["o"]}


def sp_letter(c, style):
    if style == "nato":
        return NATO[c]
    if style == "as":
        return LNAME[c][0] + pick([" for ", " as in ", " for ", " like "]) + pick(FOLK[c])
    if style == "name":
        return pick(LNAME[c])
    return LNAME[c][0]


def sp_letters(s, style=None):
    style = style or pick(["plain", "plain", "name", "as", "nato"])
    out, i = [], 0
    while i < len(s):
        if i + 1 < len(s) and s[i] == s[i + 1] and style in ("plain", "name") and chance(0.5) and s[i] != "W":
            out.append("double " + LNAME[s[i]][0])
            i += 2
            continue
        out.append(sp_letter(s[i], style))
        i += 1
    return (", " if style in ("as", "nato") else " ").join(out)


# --------------------------------------------------------------------------
# normaliser (used by --check)
# --------------------------------------------------------------------------

ZEROS = {"zero", "oh", "o", "nought", "naught", "nil"}
UNIT_V = {w: str(i) for i, w in enumerate(UNITS) if i}
TEEN_V = {w: str(10 + i) for i, w in enumerate(TEENS)}
TENS_V = {w: str(i) for i, w in enumerate(TENS) if w}
HOMO = {"for": "four", "to": "two", "too": "two", "ate": "eight", "won": "one", "tree": "three"}
FILLERS = {"um", "uh", "er", "erm", "ah", "hmm", "mm"}
SKIP = {"and", "the", "of", "dash", "hyphen", "slash", "space", "then"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
MON_V = {m: "%02d" % (i + 1) for i, m in enumerate(MONTHS)}
MON_V.update({m[:3]: "%02d" % (i + 1) for i, m in enumerate(MONTHS)})
MON_V["sept"] = "09"
ORD_U = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
         "seventh": 7, "eighth": 8, "ninth": 9}
ORD_ALL = dict(ORD_U)
ORD_ALL.update({"tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
                "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
                "nineteenth": 19, "twentieth": 20, "thirtieth": 30})
LETTER_W = {}
for _c, _ws in LNAME.items():
    for _w in _ws:
        if " " not in _w and "-" not in _w and len(_w) > 1:
            LETTER_W[_w] = _c
LETTER_W.update({"sea": "C", "pea": "P", "tea": "T", "cue": "Q", "you": "U", "be": "B"})
NATO_W = {v.replace("-", ""): k for k, v in NATO.items()}


def tokenize(text):
    t = text.lower().replace("x-ray", "xray").replace("double-you", "doubleyou")
    t = re.sub(r"(?<=[a-z])-(?=[a-z])", " ", t)
    toks = []
    for m in re.finditer(r"\d+(?:st|nd|rd|th)?|[a-z]+|[^\sa-z\d]", t):
        w = m.group(0)
        glued = (m.start() > 0 and t[m.start() - 1].isdigit()) or (m.end() < len(t) and t[m.end()].isdigit())
        if w.isalpha() and glued:
            w = "#" + w  # letters typed glued to digits: literal letters
        toks.append(w)
    return toks


def _num(toks, i):
    """Parse a number-word expression at toks[i]; return (digits, next_i) or None."""
    t = toks[i]
    nx = toks[i + 1] if i + 1 < len(toks) else None

    def rest2(j):
        # two-digit remainder after 'hundred'/'thousand'
        if j < len(toks) and toks[j] == "and":
            j2 = j + 1
        else:
            j2 = j
        if j2 < len(toks):
            u = toks[j2]
            if u in TEEN_V:
                return TEEN_V[u], j2 + 1
            if u in TENS_V:
                if j2 + 1 < len(toks) and toks[j2 + 1] in UNIT_V:
                    return TENS_V[u] + UNIT_V[toks[j2 + 1]], j2 + 2
                return TENS_V[u] + "0", j2 + 1
            if u in UNIT_V:
                return "0" + UNIT_V[u], j2 + 1
            if u in ZEROS and j2 + 1 < len(toks) and toks[j2 + 1] in UNIT_V:
                return "0" + UNIT_V[toks[j2 + 1]], j2 + 2
        return "00", j

    if t in ZEROS:
        return "0", i + 1
    if t in UNIT_V:
        if nx == "hundred":
            r, j = rest2(i + 2)
            return UNIT_V[t] + r, j
        if nx == "thousand":
            j = i + 2
            if j < len(toks) and toks[j] == "and":
                j += 1
            if j < len(toks) and toks[j] in UNIT_V and j + 1 < len(toks) and toks[j + 1] == "hundred":
                r, j2 = rest2(j + 2)
                return UNIT_V[t] + UNIT_V[toks[j]] + r, j2
            r, j2 = rest2(i + 2)
            return UNIT_V[t] + "0" + r, j2
        return UNIT_V[t], i + 1
    if t in TEEN_V:
        if nx == "hundred":
            return TEEN_V[t] + "00", i + 2
        return TEEN_V[t], i + 1
    if t in TENS_V:
        if nx in UNIT_V:
            v, j = TENS_V[t] + UNIT_V[nx], i + 2
        elif nx in ORD_U:
            return "%02d" % (int(TENS_V[t]) * 10 + ORD_U[nx]), i + 2
        else:
            v, j = TENS_V[t] + "0", i + 1
        if j < len(toks) and toks[j] == "hundred":
            return v + "00", j + 1
        return v, j
    return None


def normalise(text, email=False):
    toks = tokenize(text)
    out = []
    i = 0
    n = len(toks)
    while i < n:
        t = toks[i]
        nx = toks[i + 1] if i + 1 < n else ""
        # NATO / "x for xray" letter spelling
        if len(t) == 1 and t.isalpha():
            if nx in ("for", "like") and i + 2 < n and toks[i + 2][0] == t:
                out.append(t.upper())
                i += 3
                continue
            if nx == "as" and i + 3 < n and toks[i + 2] == "in" and toks[i + 3][0] == t:
                out.append(t.upper())
                i += 4
                continue
        if email:
            if t.startswith("#") and len(t) > 1:
                t = t[1:]
            if t == "at":
                out.append("@"); i += 1; continue
            if t == "dot":
                out.append("."); i += 1; continue
            if t == "underscore":
                out.append("_"); i += 1; continue
            if t in ("dash", "hyphen"):
                out.append("-"); i += 1; continue
            if t in FILLERS:
                i += 1; continue
            if t in UNIT_V or t in TEEN_V or t in TENS_V:
                r = _num(toks, i)
                out.append(r[0]); i = r[1]; continue
            if len(t) == 1 and t.isalpha():
                out.append(t.upper()); i += 1; continue
            out.append(t.upper() if t.isalpha() else t)
            i += 1
            continue
        if t.startswith("#") and len(t) > 1:
            out.append(t[1:].upper()); i += 1; continue
        if t in HOMO:
            toks[i] = t = HOMO[t]
        if t in FILLERS or t in SKIP or t in ",.:;/()-–—?!'#":
            i += 1
            continue
        if t == "plus" or t == "+":
            out.append("+"); i += 1; continue
        if t in ("double", "triple") and nx:
            k = 2 if t == "double" else 3
            if nx == "you":
                out.append("W"); i += 2; continue
            nn = HOMO.get(nx, nx)
            if nn in ZEROS:
                out.append("0" * k)
            elif nn in UNIT_V:
                out.append(UNIT_V[nn] * k)
            elif len(nn) == 1 and nn.isalpha():
                out.append(nn.upper() * k)
            elif nn.isdigit() and len(nn) == 1:
                out.append(nn * k)
            else:
                raise ValueError("bad double: %r" % nx)
            i += 2
            continue
        if t == "doubleyou":
            out.append("W"); i += 1; continue
        if t in MON_V:
            out.append(MON_V[t]); i += 1; continue
        if t in ORD_ALL:
            out.append("%02d" % ORD_ALL[t]); i += 1; continue
        m = re.match(r"^(\d+)(st|nd|rd|th)$", t)
        if m:
            out.append("%02d" % int(m.group(1))); i += 1; continue
        if t.isdigit():
            out.append(t); i += 1; continue
        r = _num(toks, i)
        if r:
            out.append(r[0]); i = r[1]; continue
        if t in NATO_W:
            out.append(NATO_W[t]); i += 1; continue
        if t in LETTER_W:
            out.append(LETTER_W[t]); i += 1; continue
        if t.isalpha() and len(t) <= 4:
            out.append(t.upper()); i += 1; continue
        raise ValueError("unparsed token %r in %r" % (t, text))
    return "".join(out)


UK_PC = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$")
US_ZIP = re.compile(r"^\d{5}(\d{4})?$")
EMAIL_RE = re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$")
STREET_WORDS = r"(road|rd|street|st|avenue|ave|lane|ln|close|drive|dr|way|crescent|terrace|court|place|grove|gardens|boulevard|blvd|parkway|square|hill|row|walk|mews|park|view)"


def date_candidates(d, m, y, order):
    ds = [str(d), "%02d" % d] if d else [""]
    ms = [str(m), "%02d" % m]
    ys = [str(y), str(y)[2:]]
    out = set()
    for a in ds:
        for b in ms:
            for c in ys:
                parts = {"D": a, "M": b, "Y": c}
                out.add("".join(parts[k] for k in order))
    return out


def validate_canon(typ, canon):
    if typ == "CARD_NUMBER":
        return canon.isdigit() and 13 <= len(canon) <= 19 and luhn_ok(canon)
    if typ == "SSN":
        return (canon.isdigit() and len(canon) == 9 and canon[:3] not in ("000", "666")
                and canon[0] != "9" and canon[3:5] != "00" and canon[5:] != "0000")
    if typ == "NI_NUMBER":
        return bool(NI_RE.match(canon)) and canon[:2] not in NI_BAD
    if typ == "IBAN":
        return canon[:2] in IBAN_LEN and len(canon) == IBAN_LEN[canon[:2]] and iban_ok(canon)
    if typ == "SORT_CODE":
        return canon.isdigit() and len(canon) == 6
    if typ == "BANK_ACCOUNT":
        return canon.isdigit() and 6 <= len(canon) <= 17
    if typ == "CVV":
        return canon.isdigit() and len(canon) in (3, 4)
    if typ == "PHONE":
        dd = canon.lstrip("+")
        return dd.isdigit() and (10 <= len(dd) <= 15) and (canon.startswith("+") or dd[0] in "01" or len(dd) == 10)
    if typ == "POSTCODE":
        return bool(UK_PC.match(canon) or US_ZIP.match(canon))
    if typ == "EMAIL":
        return bool(EMAIL_RE.match(canon))
    if typ in ("DOB", "EXPIRY"):
        d, m, y, order = canon
        if not (1 <= m <= 12):
            return False
        if d and not (1 <= d <= 31):
            return False
        if typ == "DOB":
            return 1920 <= y <= 2010
        return 2020 <= y <= 2040
    if typ == "ADDRESS":
        return True
    return False


# --------------------------------------------------------------------------
# small vocabularies
# --------------------------------------------------------------------------

FIRST = ["sarah", "james", "priya", "tomasz", "aoife", "li", "mohammed", "grace", "declan", "ana",
         "kwame", "beth", "oliver", "chloe", "ravi", "siobhan", "marek", "jess", "dan", "nina"]
LAST = ["doyle", "khan", "walsh", "smith", "nowak", "murphy", "patel", "evans", "garcia",
        "brennan", "hughes", "okafor", "reilly", "fischer", "martin", "kaur", "byrne", "price"]
DOMAINS = ["gmail.com", "hotmail.co.uk", "yahoo.com", "outlook.ie", "btinternet.com", "icloud.com",
           "eircom.net", "web.de", "live.co.uk", "aol.com", "proton.me", "sky.com"]
STREETS_UK = ["Hollybank Road", "Station Road", "Church Lane", "Victoria Street", "Meadow Close",
              "Kingsway", "Elm Grove", "Marlborough Crescent", "Albert Terrace", "Mill Lane",
              "Castle View", "Orchard Way", "Queens Drive", "Park Avenue"]
STREETS_US = ["Maple Avenue", "Oak Street", "Sunset Boulevard", "Lakeview Drive", "Pine Court",
              "Elm Street", "Washington Avenue", "Cedar Lane", "Hillcrest Road", "Riverside Drive"]
TOWNS_UK = ["Leeds", "Croydon", "Bristol", "Swansea", "Glasgow", "Norwich", "Belfast", "Derby"]
TOWNS_US = ["Austin", "Dayton", "Tucson", "Albany", "Boise", "Tampa", "Fresno", "Omaha"]
UK_PCS = ["LS6 2QT", "CR0 4XZ", "BS8 1TH", "SA1 5EN", "G12 8QQ", "NR2 3PL", "BT7 1NN", "DE22 3HS",
          "M14 6HR", "SW1A 2AA", "EC1V 9LT", "B15 2TT", "L17 8XY", "NW3 4BQ", "W1T 3JH", "E17 6RP"]

AG_ACK = ["mhm", "go on", "yep", "ok", "okay", "right", "uh huh", "yes", "got that", "and then?",
          "mm hm, go ahead", "sure, next bit?"]
ASIDES = ["sorry, hang on, the dog's barking", "sorry my glasses, one sec", "hold on, it's worn off a bit",
          "wait, kids, be quiet please", "sorry, the signal's bad here", "hang on let me turn it over",
          "just a sec, it's in my other hand", "bear with me"]
RESTART = ["sorry, no, let me start again", "no wait, that's wrong, it's", "sorry, I read that wrong,",
           "hang on, scratch that,", "no no, sorry, from the top:", "oops, wrong card, the right one is"]

INDUSTRY_CARD = [
    ("banking", "customer", "I need to report a payment I don't recognise on my card"),
    ("telecom", "customer", "I want to pay my phone bill with a card"),
    ("utilities", "customer", "can I pay the gas bill over the phone"),
    ("retail", "customer", "my order got cancelled and I need to re-enter my card"),
    ("insurance", "customer", "I'd like to pay the renewal premium"),
    ("travel", "customer", "I'm booking the flights for the family"),
    ("healthcare billing", "customer", "I'm calling about the bill for my hospital visit"),
    ("government services", "customer", "I need to pay for my passport renewal"),
]


def ident_lead(label_spoken):
    return pick(["it's ", "yeah it's ", "ok so ", "right, ", "", "that's ", "er, it's ", "ok, " + label_spoken + " is "])


# --------------------------------------------------------------------------
# positive case templates
# --------------------------------------------------------------------------

def readback_text(canon, typ):
    if typ == "NI_NUMBER":
        style = pick(["plain", "typed", "nato"])
        if style == "typed":
            return canon[:2] + " " + " ".join([canon[2:4], canon[4:6], canon[6:8]]) + " " + canon[8]
        return sp_letters(canon[:2], style) + ", " + spoken_value([canon[2:4], canon[4:6], canon[6:8]], mode=pick(["pairs", "single"])) + ", " + sp_letters(canon[8], style)
    return spoken_value(card_groups(canon) if typ == "CARD_NUMBER" else [canon[:3], canon[3:5], canon[5:]], fillers=0.0)


def pos_card_typed(c):
    card = gen_card()
    g = c.group("CARD_NUMBER", card)
    grp = card_groups(card) if chance(0.7) else odd_groups(card)
    lab = pick(["card no: ", "Card number - ", "CC#", "cc ", "card: ", "long number is ", "pan ", "CARD NO. ", "its ", "card num "])
    val = typed_value(grp)
    ind = pick(["retail", "telecom", "travel", "utilities"])
    c.note = "typed chat card (%s)" % ind
    c.say("agent", pick(["Hi, thanks for contacting us. How can I help?", "Welcome to online chat, you're speaking with Dee.",
                         "Hello! What can I do for you today?"]))
    c.say("customer", pick(["hi my payment keeps failing", "trying to pay for order, card declined",
                            "pls update the card on my account", "want to pay the outstanding bill"]))
    c.say("agent", "I can help with that. Could you type the card number please?")
    if chance(0.3):
        half = R.randint(1, len(grp) - 1)
        c.say("customer", lab, V(typed_value(grp[:half], " "), g))
        c.say("customer", V(typed_value(grp[half:], " "), g), pick(["", " sorry hit enter too soon", " (thats the rest)"]))
    else:
        c.say("customer", lab, V(val, g), pick(["", " thx", ". exp is on the back?", " !", " - new card"]))
    if chance(0.5):
        add_exp_cvv(c, typed=True)


def add_exp_cvv(c, typed=False):
    m = R.randint(1, 12)
    y = R.randint(2025, 2032)
    four = chance(0.3)
    if typed:
        txt = pick(["%02d/%02d" % (m, y % 100), "%02d/%d" % (m, y), "%d/%02d" % (m, y % 100), "%02d-%02d" % (m, y % 100),
                    "%02d %02d" % (m, y % 100)])
        order = "MY"
        g = c.group("EXPIRY", (0, m, y, order))
        cv = digits(4 if four else 3)
        gc = c.group("CVV", cv)
        c.say("agent", "Thanks. Expiry date and the security code on the back?")
        if chance(0.5):
            c.say("customer", pick(["exp ", "expires ", "Exp: ", ""]), V(txt, g), pick([" cvv ", " and ", ", code ", " sec code: "]), V(cv, gc))
        else:
            c.say("customer", V(txt, g))
            c.say("customer", pick(["cvc ", "CVV: ", "3 digit code ", "code is "]), V(cv, gc))
    else:
        form = R.randint(0, 3)
        if form == 0:
            txt = MONTHS[m - 1] + " " + pick([sp_pair("%02d" % (y % 100), "oh"), "twenty " + sp_pair("%02d" % (y % 100), "oh")])
        elif form == 1:
            txt = sp_single("%02d" % m, "oh", 0) + pick([", ", " ", " slash "]) + sp_single("%02d" % (y % 100), "oh", 0)
        elif form == 2:
            txt = sp_pair("%02d" % m, "oh") + pick([" ", ", ", " um "]) + sp_pair("%02d" % (y % 100), "oh")
        else:
            txt = MONTHS[m - 1] + " " + "twenty " + sp_pair("%02d" % (y % 100), "oh")
        g = c.group("EXPIRY", (0, m, y, "MY"))
        cv = digits(4 if four else 3)
        gc = c.group("CVV", cv)
        c.say("agent", pick(["and the expiry?", "lovely, and when does it expire?", "what's the valid-to date on it?"]))
        c.say("customer", pick(["", "it's ", "er ", "valid till ", "the end of "]), V(txt, g))
        c.say("agent", pick(["and the last three digits on the back?", "and the security code?", "and the cvv, please"]))
        c.say("customer", pick(["", "it's ", "um "]), V(spoken_value([cv], mode=pick(["single", "hundreds"]), fillers=0), gc))


def pos_card_spoken(c):
    card = gen_card()
    g = c.group("CARD_NUMBER", card)
    ind, _, opener = pick(INDUSTRY_CARD)
    c.note = "ASR card reading (%s)" % ind
    c.say("agent", pick(["thank you for calling how can i help", "you're through to payments, how can i help today",
                         "hello you're speaking to mark how can i help"]))
    c.say("customer", opener)
    c.say("agent", pick(["no problem can i take the long number across the front of the card",
                         "ok when you're ready the sixteen digit number please", "go ahead with the card number"]))
    groups = card_groups(card) if chance(0.75) else odd_groups(card)
    homo = 0.15 if chance(0.3) else 0.0
    variant = R.randint(0, 5)
    if variant == 0:
        c.say("customer", pick(["yeah it's ", "ok it's ", "", "right so it's ", "uh "]), V(spoken_value(groups, homo=homo), g))
    elif variant == 1:
        # split over several turns with back-channels
        k = R.randint(2, min(4, len(groups)))
        cuts = sorted(R.sample(range(1, len(groups)), k - 1))
        chunks, prev = [], 0
        for ct in cuts + [len(groups)]:
            chunks.append(groups[prev:ct])
            prev = ct
        zs = pick(["oh", "zero", "mix"])
        mode = pick(["single", "pairs", "mixed"])
        for ci, ch in enumerate(chunks):
            c.say("customer", "" if ci else pick(["it's ", "ok ", ""]), V(spoken_value(ch, zs, mode, homo), g))
            if ci < len(chunks) - 1:
                c.say("agent", pick(AG_ACK))
    elif variant == 2:
        # aside in the middle of a reading
        k = R.randint(1, len(groups) - 1)
        zs = pick(["oh", "zero", "nought"])
        c.say("customer", V(spoken_value(groups[:k], zs), g), pick([" ... ", ", ", " - "]), pick(ASIDES),
              pick([" ... ", ", ", " - "]), V(spoken_value(groups[k:], zs), g))
    elif variant == 3:
        # restarted reading: aborted fragment + full value
        ab = c.group("CARD_NUMBER", "", "fragment")
        k = R.randint(2, len(groups) - 1)
        wrong = list(groups[:k])
        wrong[-1] = "".join(str((int(x) + 1) % 10) if i == len(wrong[-1]) - 1 else x for i, x in enumerate(wrong[-1]))
        c.say("customer", V(spoken_value(wrong), ab), ", ", pick(RESTART), " ", V(spoken_value(groups), g))
    elif variant == 4:
        # digits rendered by ASR as numerals with weird grouping
        c.say("customer", pick(["yeah it's ", "", "so "]), V(" ".join(odd_groups(card)) if chance(0.5) else typed_value(groups, " "), g))
    else:
        # mix of numerals and words as ASR sometimes produces
        parts = []
        for gi in groups:
            parts.append(gi if chance(0.5) else sp_group(gi, "oh", "single"))
        c.say("customer", pick(["it's ", "um "]), V(", ".join(parts), g))
    # read-back
    rb = R.randint(0, 3)
    if rb == 0:
        gr = c.group("CARD_NUMBER", card)
        c.say("agent", pick(["let me read that back ", "so that's ", "just to confirm "]), V(spoken_value(card_groups(card), fillers=0), gr), pick([" is that right", " correct?", ""]))
        c.say("customer", pick(["yes", "yep that's it", "correct"]))
    elif rb == 1:
        gp = c.group("CARD_NUMBER", card[-4:], "partial")
        c.say("agent", pick(["ok so the card ending ", "thanks, that's the one ending in ", "great, card ending "]), V(spoken_value([card[-4:]], fillers=0), gp))
        c.say("customer", "yeah")
    elif rb == 2:
        bad = c.group("CARD_NUMBER", "", "fragment")
        wrong = card[:-1] + str((int(card[-1]) + 3) % 10)
        c.say("agent", "so that's ", V(spoken_value(card_groups(wrong), fillers=0), bad), "?")
        gp = c.group("CARD_NUMBER", card[-4:], "partial")
        c.say("customer", pick(["no the last bit is ", "not quite, it ends ", "no no, end is "]), V(spoken_value([card[-4:]], mode="single", fillers=0), gp))
    if chance(0.6):
        add_exp_cvv(c, typed=False)


def pos_card_email(c):
    card = gen_card()
    g = c.group("CARD_NUMBER", card)
    c.note = "email with card and last-four mention"
    grp = card_groups(card)
    body = [pick(["Hello,\nPlease charge the deposit to my card ", "Dear team, the new card is ", "Hi - use this card for the direct debit shortfall: "]),
            V(typed_value(grp, pick([" ", "-", ""])), g)]
    if chance(0.5):
        gp = c.group("CARD_NUMBER", card[-4:], "partial")
        body += [". The old one ending ", V(card[-4:], gp), " was cancelled."]
    body.append(pick(["\nThanks, " + pick(FIRST).title(), "\nRegards", ""]))
    c.say("customer", *body)
    c.say("agent", "Thank you, we have updated your payment details.")


def ssn_spoken_forms(ssn):
    grp = [ssn[:3], ssn[3:5], ssn[5:]]
    f = R.randint(0, 3)
    if f == 3:
        return spoken_value([ssn], mode="single")
    return spoken_value(grp)


def pos_ssn(c):
    ssn = gen_ssn()
    g = c.group("SSN", ssn)
    ind = pick(["healthcare billing", "government services", "banking", "insurance", "telecom", "utilities"])
    c.note = "SSN (%s, US)" % ind
    variant = R.randint(0, 6)
    if variant == 0:
        c.say("agent", pick(["Can you type your SSN so I can verify?", "For identity, please provide your social security number."]))
        txt = pick([ssn[:3] + "-" + ssn[3:5] + "-" + ssn[5:], ssn[:3] + " " + ssn[3:5] + " " + ssn[5:], ssn,
                    ssn[:3] + "." + ssn[3:5] + "." + ssn[5:], ssn[:3] + "-" + ssn[3:5] + " " + ssn[5:]])
        c.say("customer", pick(["ssn: ", "SSN ", "social is ", "my ss# is ", "Soc Sec No. ", "ss no ", ""]), V(txt, g))
    elif variant == 1:
        c.say("agent", pick(["and can i get your social security number", "i'll need your social to pull up the account",
                             "can you verify the social on the account"]))
        c.say("customer", pick(["yeah it's ", "sure ", "um ok ", "", "it's uh "]), V(ssn_spoken_forms(ssn), g))
    elif variant == 2:
        grp = [ssn[:3], ssn[3:5], ssn[5:]]
        zs = pick(["oh", "zero"])
        c.say("agent", "what's the social on the account")
        c.say("customer", V(spoken_value([grp[0]], zs), g))
        c.say("agent", pick(AG_ACK))
        c.say("customer", V(spoken_value([grp[1]], zs), g))
        c.say("agent", pick(AG_ACK))
        c.say("customer", V(spoken_value([grp[2]], zs), g))
    elif variant == 3:
        ab = c.group("SSN", "", "fragment")
        other = gen_ssn()
        c.say("agent", "can you confirm your social please")
        c.say("customer", V(spoken_value([other[:3], other[3:5]]), ab), pick([" no wait that's my wife's, ", " hang on that's my old ... no, sorry, mine is ", ", wait, sorry, that's my son's. mine's "]),
              V(ssn_spoken_forms(ssn), g))
    elif variant == 4:
        c.say("agent", "and your social security number")
        grp = [ssn[:3], ssn[3:5], ssn[5:]]
        c.say("customer", V(spoken_value(grp[:2]), g), ", ", pick(ASIDES), ", ", V(spoken_value(grp[2:]), g))
    elif variant == 5:
        c.say("agent", "i just need the nine digit social to verify")
        c.say("customer", pick(["", "ok "]), V(ssn_spoken_forms(ssn), g))
        gr = c.group("SSN", ssn)
        c.say("agent", pick(["thank you i have ", "so that's ", "ok confirming "]), V(spoken_value([ssn[:3], ssn[3:5], ssn[5:]], fillers=0), gr))
        c.say("customer", "that's right")
    else:
        c.say("customer", pick(["Hi I'm filling out the form online and it rejected my social ", "the portal says my SSN ", "Re: claim - my SS number is "]),
              V(pick([ssn[:3] + "-" + ssn[3:5] + "-" + ssn[5:], ssn[:3] + " - " + ssn[3:5] + " - " + ssn[5:], ssn[:5] + " " + ssn[5:]]), g),
              pick([" is invalid??", " doesn't match", " - pls advise"]))
        c.say("agent", "Sorry about that, let me take a look.")
    if chance(0.3):
        add_dob(c)


def ni_spoken(ni):
    style = pick(["plain", "name", "as", "nato", "plain"])
    dg = [ni[2:4], ni[4:6], ni[6:8]]
    mode = pick(["single", "pairs", "pairs", "hundreds"])
    if mode == "hundreds":
        dg = [ni[2:5], ni[5:8]]
    zs = pick(["oh", "zero", "nought", "mix"])
    return sp_letters(ni[:2], style), spoken_value(dg, zs, mode), sp_letters(ni[8], style)


def pos_ni(c):
    ni = gen_ni()
    g = c.group("NI_NUMBER", ni)
    ind = pick(["government services", "banking", "insurance", "utilities", "healthcare billing", "retail"])
    c.note = "NI number (%s, UK)" % ind
    variant = R.randint(0, 6)
    a, b, s = ni_spoken(ni)
    if variant == 0:
        c.say("agent", pick(["Please can you provide your National Insurance number?", "Can you type your NI number for the claim?"]))
        txt = pick([ni, ni.lower(), ni[:2] + " " + ni[2:4] + " " + ni[4:6] + " " + ni[6:8] + " " + ni[8],
                    ni[:2] + "-" + ni[2:4] + "-" + ni[4:6] + "-" + ni[6:8] + "-" + ni[8], ni[:2] + ni[2:8] + " " + ni[8],
                    ni[:2].lower() + " " + ni[2:8] + " " + ni[8].lower(), ni[:2] + " " + ni[2:5] + " " + ni[5:8] + " " + ni[8]])
        c.say("customer", pick(["NI no: ", "nino ", "ni number ", "NINO: ", "my national insurance is ", "N.I. ", ""]), V(txt, g))
    elif variant == 1:
        c.say("agent", "and your national insurance number please")
        c.say("customer", pick(["yeah it's ", "it's ", "", "right it's ", "erm "]), V(a + pick([" ", ", "]) + b + pick([" ", ", ", " and then ", " um "]) + s, g))
    elif variant == 2:
        c.say("agent", "can i take your national insurance number")
        c.say("customer", V(a, g))
        c.say("agent", pick(AG_ACK))
        c.say("customer", V(b, g))
        c.say("agent", pick(["and the letter at the end?", "and the last letter", "mhm and the final letter"]))
        c.say("customer", pick(["", "it's ", "it's a ", "er "]), V(s, g))
    elif variant == 3:
        ab = c.group("NI_NUMBER", "", "fragment")
        wrong = ni[:2] + ni[3] + ni[2] + ni[4:7]
        c.say("agent", "your ni number please")
        c.say("customer", V(sp_letters(wrong[:2], "plain") + " " + spoken_value([wrong[2:4], wrong[4:7]], "oh", "single"), ab),
              pick([" - no sorry I swapped those, ", ", sorry, let me do that again, ", " ... no, hang on, it's "]), V(a + " " + b + " " + s, g))
    elif variant == 4:
        c.say("agent", "what's your national insurance number")
        c.say("customer", V(a + " " + b, g), pick([" ... sorry it's on the letter somewhere ... ", ", hang on, ", " - what's the last bit - oh yes - "]), V(s, g))
    elif variant == 5:
        c.say("agent", "and your NI number")
        c.say("customer", pick(["", "ok "]), V(a + ", " + b + ", " + s, g))
        gr = c.group("NI_NUMBER", ni)
        c.say("agent", pick(["so that's ", "let me repeat that, ", "thanks, I've got "]), V(readback_text(ni, "NI_NUMBER"), gr), pick(["?", " yeah?", ""]))
        c.say("customer", pick(["yes", "yeah spot on", "that's it"]))
    else:
        c.say("customer", pick(["Dear Sir/Madam,\nRe my tax code - my National Insurance number is ",
                                "Hi, I'm writing about the PIP claim. NI number: ", "Universal credit journal: my NINO is "]),
              V(pick([ni, ni[:2] + " " + ni[2:4] + " " + ni[4:6] + " " + ni[6:8] + " " + ni[8]]), g),
              pick([". Thanks", ".\nKind regards", " and I have attached my P60."]))
        c.say("agent", "Thank you, we have received your message.")
    if chance(0.3):
        add_dob(c)


def add_dob(c):
    y = R.randint(1940, 2004)
    m = R.randint(1, 12)
    d = R.randint(1, 28)
    form = R.randint(0, 6)
    if form == 0:
        txt, order = pick(["%02d/%02d/%d" % (d, m, y), "%d/%d/%d" % (d, m, y), "%02d.%02d.%d" % (d, m, y), "%02d-%02d-%02d" % (d, m, y % 100)]), "DMY"
    elif form == 1:
        txt, order = pick(["%02d/%02d/%d" % (m, d, y), "%d/%d/%02d" % (m, d, y % 100)]), "MDY"
    elif form == 2:
        txt, order = "%d-%02d-%02d" % (y, m, d), "YMD"
    elif form == 3:
        ords = [k for k, v in ORD_ALL.items() if v == d]
        dtxt = ords[0] if ords else TENS[d // 10] + " " + [k for k, v in ORD_U.items() if v == d % 10][0]
        ytxt = sp_pair(str(y)[:2], "oh") + " " + sp_pair(str(y)[2:], "oh") if y < 2000 else "two thousand and " + UNITS[y % 10]
        txt = pick(["the " + dtxt + " of " + MONTHS[m - 1] + " " + ytxt, dtxt + " of " + MONTHS[m - 1] + ", " + ytxt])
        if txt.startswith("the "):
            txt = txt[4:]
        order = "DMY"
    elif form == 4:
        ords = [k for k, v in ORD_ALL.items() if v == d]
        dtxt = ords[0] if ords else TENS[d // 10] + " " + [k for k, v in ORD_U.items() if v == d % 10][0]
        txt, order = MONTHS[m - 1] + " " + dtxt + ", " + sp_pair(str(y)[:2], "oh") + " " + sp_pair(str(y)[2:], "oh"), "MDY"
    elif form == 5:
        txt, order = "%d%s %s %d" % (d, {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}.get(d, "th"), MONTHS[m - 1].title(), y), "DMY"
    else:
        txt, order = sp_single("%02d" % d, "oh", 0) + " " + sp_single("%02d" % m, "oh", 0) + " " + sp_pair(str(y)[2:], "oh"), "DMY"
    g = c.group("DOB", (d, m, y, order))
    c.say("agent", pick(["and your date of birth?", "can you confirm your date of birth", "DOB please", "and when were you born?"]))
    c.say("customer", pick(["", "it's ", "er ", "DOB ", "born "]), V(txt, g))


def pos_bank(c):
    ind = pick(["banking", "utilities", "insurance", "telecom", "government services"])
    c.note = "UK sort code + account (%s)" % ind
    sc = digits(6)
    acct = digits(8)
    gs = c.group("SORT_CODE", sc)
    ga = c.group("BANK_ACCOUNT", acct)
    if chance(0.5):
        c.say("agent", "Please provide the bank details for the direct debit.")
        sct = pick([sc[:2] + "-" + sc[2:4] + "-" + sc[4:], sc, sc[:2] + " " + sc[2:4] + " " + sc[4:]])
        c.say("customer", pick(["sort code: ", "S/C ", "sortcode "]), V(sct, gs), pick([", acct no: ", " a/c ", "\naccount number ", " acc# "]), V(acct, ga))
    else:
        c.say("agent", "can i take the sort code")
        c.say("customer", pick(["", "it's ", "yeah "]), V(spoken_value([sc[:2], sc[2:4], sc[4:]], mode=pick(["pairs", "single"])), gs))
        c.say("agent", "and the account number")
        c.say("customer", pick(["", "um "]), V(spoken_value([acct[:4], acct[4:]]), ga))
        if chance(0.5):
            gr = c.group("BANK_ACCOUNT", acct)
            c.say("agent", "so account ", V(spoken_value([acct[:4], acct[4:]], fillers=0), gr), "?")
            c.say("customer", "yes")


def pos_us_bank(c):
    c.note = "US routing is not PII here; account number is"
    acct = digits(R.randint(9, 12))
    ga = c.group("BANK_ACCOUNT", acct)
    c.say("agent", "what's the checking account number for autopay")
    c.say("customer", pick(["it's ", "ok it's ", ""]), V(spoken_value(odd_groups(acct)), ga))


def pos_iban(c):
    spoken = chance(0.5)
    ib = gen_iban(spoken)
    g = c.group("IBAN", ib)
    c.note = "IBAN (%s)" % ib[:2]
    if not spoken:
        c.say("agent", pick(["Please send the IBAN for the refund.", "Which account should the refund go to?"]))
        txt = pick([" ".join(ib[i:i + 4] for i in range(0, len(ib), 4)), ib, ib.lower(), ib[:4] + " " + ib[4:]])
        c.say("customer", pick(["IBAN: ", "iban ", "my IBAN is ", "IBAN no. "]), V(txt, g), pick(["", " BIC " + ib[4:8] + "GB2L" if ib[:2] == "GB" else ""]))
    else:
        chunks = [ib[i:i + 4] for i in range(0, len(ib), 4)]
        parts = []
        for ch in chunks:
            ws = []
            for ccc in ch:
                ws.append(sp_letter(ccc, pick(["plain", "plain", "as"])) if ccc.isalpha() else dw(ccc, "zero"))
            parts.append(" ".join(ws))
        c.say("agent", "ok can i take the iban for the refund")
        k = R.randint(2, len(parts) - 1)
        c.say("customer", V(", ".join(parts[:k]), g))
        c.say("agent", pick(AG_ACK))
        c.say("customer", V(", ".join(parts[k:]), g))


def phone_value():
    kind = R.randint(0, 6)
    if kind == 0:
        n = "07" + digits(9)
        return n, [n[:5], n[5:]]
    if kind == 1:
        n = "+447" + digits(9)
        return n, ["+44", n[3:7], n[7:]]
    if kind == 2:
        n = "+1" + str(R.randint(2, 9)) + digits(9)
        return n, ["+1", n[2:5], n[5:8], n[8:]]
    if kind == 3:
        n = "08" + str(R.randint(3, 9)) + digits(7)
        return n, [n[:3], n[3:6], n[6:]]
    if kind == 4:
        n = "+3538" + str(R.randint(3, 9)) + digits(7)
        return n, ["+353", n[4:6], n[6:9], n[9:]]
    if kind == 5:
        n = str(R.randint(2, 9)) + digits(9)
        return n, [n[:3], n[3:6], n[6:]]
    n = "020" + digits(8)
    return n, [n[:3], n[3:7], n[7:]]


def pos_phone(c):
    num, grp = phone_value()
    g = c.group("PHONE", num)
    c.note = "phone number"
    if chance(0.5):
        c.say("agent", pick(["What's the best number to reach you on?", "Can you confirm the mobile on the account?"]))
        if grp[0].startswith("+") and chance(0.5):
            txt = " ".join(grp)
        elif len(grp) == 3 and num[0] != "0" and not num.startswith("+"):
            txt = pick(["(%s) %s-%s" % tuple(grp), "%s-%s-%s" % tuple(grp), "%s.%s.%s" % tuple(grp)])
        else:
            txt = pick([" ".join(grp), "".join(grp), "-".join(grp)])
        c.say("customer", pick(["", "mob: ", "tel ", "call me on ", "cell is "]), V(txt, g))
    else:
        c.say("agent", "and a contact number")
        parts = []
        for gi in grp:
            if gi.startswith("+"):
                parts.append("plus " + pick([sp_single(gi[1:], "oh"), sp_pair(gi[1:], "oh") if len(gi) == 3 else sp_single(gi[1:], "oh")]))
            else:
                parts.append(sp_group(gi, pick(["oh", "zero"]), pick(["single", "single", "mixed"])))
        if chance(0.4):
            k = R.randint(1, len(parts) - 1)
            c.say("customer", V(", ".join(parts[:k]), g))
            c.say("agent", pick(AG_ACK))
            c.say("customer", V(", ".join(parts[k:]), g))
        else:
            c.say("customer", pick(["it's ", "", "yeah it's ", "my mobile's "]), V(", ".join(parts), g))


def pos_email(c):
    f, l = pick(FIRST), pick(LAST)
    dom = pick(DOMAINS)
    nn = str(R.randint(1, 99)) if chance(0.5) else ""
    local = pick([f + "." + l, f[0] + "." + l, f + l + nn, f + "_" + l, l + "." + f + nn, f[0] + l + nn])
    em = local + "@" + dom
    g = c.group("EMAIL", em.upper())
    c.note = "email address"
    if chance(0.5):
        c.say("agent", "Could you confirm the email on the account?")
        c.say("customer", pick(["", "email: ", "its ", "E-mail "]), V(pick([em, em.title() if chance(0.3) else em]), g))
    else:
        def spk(s):
            out = []
            for tok in re.findall(r"[a-z]+|\d+|[._@-]", s):
                if tok == ".":
                    out.append("dot")
                elif tok == "_":
                    out.append("underscore")
                elif tok == "@":
                    out.append("at")
                elif tok == "-":
                    out.append("dash")
                elif tok.isdigit():
                    out.append(sp_pair(tok, "oh") if len(tok) == 2 and tok[0] != "0" else UNITS[int(tok)] if len(tok) == 1 else tok)
                elif len(tok) == 1:
                    out.append(tok + (" for " + pick(FOLK[tok.upper()]) if chance(0.3) else ""))
                else:
                    out.append(tok)
            return " ".join(out)
        c.say("agent", "what's your email address")
        c.say("customer", pick(["it's ", "", "yeah it's "]), V(spk(em), g))


def pos_address(c):
    if chance(0.6):
        street = pick(STREETS_UK)
        pc = pick(UK_PCS)
        town = pick(TOWNS_UK)
        num = R.randint(1, 240)
        addr = pick(["%d %s" % (num, street), "Flat %d, %d %s" % (R.randint(1, 20), num, street), "%d%s %s" % (num, pick(["a", "b"]), street)])
    else:
        street = pick(STREETS_US)
        pc = "%05d" % R.randint(10000, 99999)
        if chance(0.3):
            pc += "-" + digits(4)
        town = pick(TOWNS_US)
        num = R.randint(10, 9999)
        addr = pick(["%d %s" % (num, street), "%d %s, Apt %d" % (num, street, R.randint(1, 40))])
    ga = c.group("ADDRESS", addr)
    gp = c.group("POSTCODE", pc.replace(" ", "").replace("-", "").upper())
    c.note = "address + postcode/zip"
    if chance(0.5):
        c.say("agent", "What's the billing address?")
        c.say("customer", V(addr, ga), ", " + town + pick([", ", " "]), V(pc if chance(0.7) else pc.lower(), gp))
    else:
        c.say("agent", "can you confirm the first line of the address and the postcode")
        spoken_addr = addr.lower()
        spoken_addr = re.sub(r"\d+", lambda m: sp_group(m.group(0), "oh", pick(["pairs", "hundreds", "single"])), spoken_addr)
        if re.match(r"^\d", pc):
            pcs = spoken_value([pc[:5]] + ([pc[6:]] if len(pc) > 5 else []), fillers=0)
        else:
            out, l = [], pc.replace(" ", "")
            for ch in l:
                out.append(dw(ch, "oh") if ch.isdigit() else sp_letter(ch, pick(["plain", "plain", "as"])))
            pcs = " ".join(out)
        c.say("customer", pick(["it's ", "", "yeah "]), V(spoken_addr, ga), pick([" in " + town.lower() + ", ", ", " + town.lower() + ", "]), V(pcs, gp))


def pos_lastfour_plus(c):
    """Card last four alone (not PII) plus another PII value."""
    c.note = "card last-four alone (unlabelled) + other PII"
    l4 = digits(4)
    c.say("agent", pick(["which card is it", "is it the card ending in " + l4 + "?"]))
    c.say("customer", pick(["the one ending ", "it's the visa ending in ", "debit card, last four "]) + spoken_value([l4], fillers=0))
    pick([pos_phone, pos_email, add_dob])(c)


POS_TEMPLATES = [(pos_card_spoken, 34), (pos_card_typed, 16), (pos_card_email, 5), (pos_ssn, 34), (pos_ni, 34),
                 (pos_bank, 12), (pos_us_bank, 4), (pos_iban, 14), (pos_phone, 16), (pos_email, 14),
                 (pos_address, 16), (pos_lastfour_plus, 8)]


def pos_combo(c):
    """Card + identity in one call."""
    pos_ni(c) if chance(0.5) else pos_ssn(c)
    note = c.note
    n = len(c.turns)
    pos_card_spoken(c)
    del c.turns[n:n + 2]  # drop the second greeting/opener (plain text only)
    c.turns[n] = ("agent", ["and now the card you'd like to pay with, " + c.turns[n][1][0]])
    c.note = note + " + " + c.note


# --------------------------------------------------------------------------
# negatives
# --------------------------------------------------------------------------


def neg_cases():
    out = []

    def add(note, *turns):
        c = Case("negative", note)
        for spk, txt in turns:
            c.say(spk, txt)
        out.append(c)

    for _ in range(10):
        ref = gen_card()  # Luhn-valid on purpose, but labelled as an order/tracking number
        lab = pick(["order number", "tracking number", "booking reference", "ticket number", "serial number", "invoice number", "claim reference"])
        if chance(0.5):
            add("Luhn-valid %s read like a card" % lab,
                ("agent", "can i take the %s please" % lab),
                ("customer", "yeah the %s is %s" % (lab, spoken_value(card_groups(ref), fillers=0.3))),
                ("agent", pick(AG_ACK)))
        else:
            add("long typed %s" % lab, ("customer", "%s: %s - still not arrived" % (lab.title(), typed_value(card_groups(ref)))),
                ("agent", "Thanks, checking %s %s now." % (lab, ref)))
    for _ in range(8):
        l4 = digits(4)
        add("card last four only", ("agent", pick(["is that the card ending %s?" % l4, "I can see a visa ending in %s" % spoken_value([l4], fillers=0)])),
            ("customer", pick(["yeah ending %s" % spoken_value([l4], fillers=0), "yes the one ending in %s" % l4, "no, mine ends %s" % spoken_value([digits(4)], fillers=0)])))
    for _ in range(8):
        amt = "%d.%02d" % (R.randint(10, 4999), R.randint(0, 99))
        add("amounts and balances",
            ("agent", pick(["your balance is £%s and the minimum payment is £%d" % (amt, R.randint(5, 60)),
                            "the outstanding amount is $%s, due on the %s" % (amt, pick(["1st", "15th", "28th"])),
                            "that's %s euro including vat at twenty three percent" % sp_hundreds(str(R.randint(100, 999)), "oh")])),
            ("customer", pick(["ok and can I pay %d a month?" % R.randint(20, 200), "right, four hundred and twelve pounds fifty, that's more than last month",
                               "so nineteen ninety nine a month for twenty four months?"])))
    for _ in range(8):
        pol = pick(["POL", "HX", "CLM", "INV", "REF", "TKT"]) + "-" + digits(R.randint(6, 10))
        add("reference/policy number with label",
            ("customer", pick(["policy number %s" % pol, "my claim ref is %s" % pol, "Invoice %s was charged twice" % pol, "case ref %s" % pol])),
            ("agent", "thanks, I've found %s on the system" % pol))
    for _ in range(8):
        ref = digits(9)
        add("nine digit reference spoken like an SSN",
            ("agent", pick(["your reference number is", "the confirmation number is", "the case number for this is"]) + " " + spoken_value([ref[:3], ref[3:5], ref[5:]], fillers=0)),
            ("customer", "sorry can you repeat the reference?"),
            ("agent", "sure, reference " + "-".join([ref[:3], ref[3:5], ref[5:]])))
    for _ in range(8):
        l1 = pick("HOQ") + pick("DFIQUV")
        add("NI-shaped but invalid reference with its label",
            ("agent", "your case reference is %s %s %s %s %s" % (l1, digits(2), digits(2), digits(2), pick("ABCD"))),
            ("customer", pick(["ok I'll write that down", "is that the complaint reference?"])))
    for _ in range(8):
        add("meter readings",
            ("agent", "can you give me the meter reading"),
            ("customer", pick(["the electric is %s and the gas is %s" % (digits(5), digits(5)),
                               "it says oh %s, %s" % (sp_single(digits(3), "oh"), sp_single(digits(2), "oh")),
                               "day rate %s night rate %s" % (digits(6), digits(5))])))
    for _ in range(8):
        add("travel: flight, seat, gate, room",
            ("customer", pick(["I'm on flight BA %d, seat %d%s" % (R.randint(100, 999), R.randint(1, 40), pick("ABCDEF")),
                               "we're in room %d and the flight is EI %s" % (R.randint(100, 899), digits(3)),
                               "gate twenty two, flight FR %d at seventeen forty five" % R.randint(1000, 9999)])),
            ("agent", pick(["and how many passengers?", "the transfer is booked for 14:30"])))
    for _ in range(8):
        add("times, durations, counts, ages, temperatures, percentages, years",
            ("customer", pick(["I've been with you since 2009, that's fifteen years, and I'm seventy two",
                               "the heating's set to twenty one degrees and it's using forty percent more",
                               "I waited forty five minutes on hold from 9:15 till ten",
                               "we've got three kids, four phones and two thousand and forty minutes used"])),
            ("agent", pick(["we're open eight till eight Monday to Friday", "sorry about the wait, I'll add a credit of 10%"])))
    for _ in range(8):
        add("appointment / payment / contract dates",
            ("agent", pick(["your engineer visit is on the %s of %s between 8 and 12" % (pick(["third", "twelfth", "21st"]), pick(MONTHS)),
                            "the contract ends on 31/08/2026 and the next payment is 01/09/2025",
                            "your payment of £42.10 will be taken on the 5th of every month"])),
            ("customer", pick(["ok that works", "can we move it to March 14 2026?"])))
    for _ in range(6):
        add("road names and model/serial numbers",
            ("customer", pick(["I was on the M25 near junction %d" % R.randint(1, 30), "it happened on the A%d" % R.randint(1, 999),
                               "the boiler model is GX-%s serial %s" % (digits(4), digits(12)),
                               "the router serial is %s" % "".join(pick("0123456789ABCDEF") for _ in range(16))])),
            ("agent", "ok, noted"))
    for _ in range(6):
        n = digits(16)
        add("16-digit reference spoken with double/triple like a card",
            ("agent", "your payment reference is " + spoken_value(card_groups(n), fillers=0) + ", please quote it on the bank transfer"),
            ("customer", "got it, thanks"))
    for _ in range(6):
        add("IMEI / SIM serial with label",
            ("customer", pick(["the IMEI on the box is %s" % luhn_complete("35", 15), "SIM number 8944%s" % digits(15)])),
            ("agent", "thanks, I've blocked that handset"))
    return out


# --------------------------------------------------------------------------
# build
# --------------------------------------------------------------------------


def build():
    cases = []
    for fn, n in POS_TEMPLATES:
        for _ in range(n):
            c = Case("positive", "")
            fn(c)
            cases.append(c)
    for _ in range(12):
        c = Case("positive", "")
        pos_combo(c)
        cases.append(c)
    R.shuffle(cases)
    negs = neg_cases()
    R.shuffle(negs)
    rows, metas = [], []
    for i, c in enumerate(cases):
        row, gs = c.render("h424-pos-%03d" % (i + 1))
        rows.append(row)
        metas.append((c, gs))
    for i, c in enumerate(negs):
        row, gs = c.render("h424-neg-%03d" % (i + 1))
        rows.append(row)
        metas.append((c, gs))
    data = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    return data, rows, metas


def check(data, rows, metas):
    errs = []
    with open(OUT, encoding="utf-8") as fh:
        if fh.read() != data:
            errs.append("file is not byte-identical to a fresh generation")
    ids = [r["id"] for r in rows]
    if len(ids) != len(set(ids)):
        errs.append("duplicate ids")
    counts = {}
    for r, (c, gs) in zip(json.loads("[" + ",".join(data.splitlines()) + "]"), metas):
        cid = r["id"]
        if r["kind"] == "negative" and r["spans"]:
            errs.append(cid + ": negative with spans")
        if r["kind"] == "positive" and not r["spans"]:
            errs.append(cid + ": positive without spans")
        for t in r["turns"]:
            if t["speaker"] not in ("customer", "agent"):
                errs.append(cid + ": bad speaker")
        last = {}
        bygroup = {}
        for sp, gid in zip(r["spans"], gs):
            ti, s, e = sp["turn"], sp["start"], sp["end"]
            counts[sp["type"]] = counts.get(sp["type"], 0) + 1
            if not (0 <= ti < len(r["turns"])):
                errs.append(cid + ": bad turn")
                continue
            txt = r["turns"][ti]["text"]
            if not (0 <= s < e <= len(txt)):
                errs.append(cid + ": offsets out of range")
                continue
            if s > 0 and txt[s - 1].isalnum() or e < len(txt) and txt[e].isalnum():
                errs.append(cid + ": span not on word boundary %r" % txt[s:e])
            if not (txt[s].isalnum() or txt[s] in "+(") or not txt[e - 1].isalnum():
                errs.append(cid + ": span edge not alnum %r" % txt[s:e])
            if ti in last and s < last[ti]:
                errs.append(cid + ": overlapping spans")
            last[ti] = e
            bygroup.setdefault(gid, []).append(txt[s:e])
        full = {}
        for gid, texts in bygroup.items():
            g = c.groups[gid]
            if g["mode"] == "full":
                full.setdefault(g["type"], []).append(g["canon"])
        for gid, texts in bygroup.items():
            g = c.groups[gid]
            typ, canon, mode = g["type"], g["canon"], g["mode"]
            try:
                if typ == "ADDRESS":
                    j = " ".join(texts).lower()
                    ok = re.search(r"\b" + STREET_WORDS + r"\b", j) and re.match(r"^(flat |apt |unit )?[\w-]+", j) and (re.search(r"\d", j) or re.search(r"\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|teen)", j))
                    if not ok:
                        errs.append(cid + ": bad address %r" % texts)
                    continue
                norm = "".join(normalise(t, email=(typ == "EMAIL")) for t in texts)
                if mode == "full":
                    if not validate_canon(typ, canon):
                        errs.append(cid + ": canonical value invalid for %s: %r" % (typ, canon))
                    if typ in ("DOB", "EXPIRY"):
                        if norm not in date_candidates(*canon):
                            errs.append(cid + ": %s %r normalised %r not %r" % (typ, texts, norm, canon))
                    elif norm != canon:
                        errs.append(cid + ": %s %r normalised to %r, expected %r" % (typ, texts, norm, canon))
                elif mode == "partial":
                    if len(norm) < 4 or not any(norm in f for f in full.get(typ, [])):
                        errs.append(cid + ": partial %r not within a full %s" % (norm, typ))
                else:
                    if not norm or not norm.isalnum():
                        errs.append(cid + ": bad fragment %r" % norm)
            except ValueError as ex:
                errs.append(cid + ": " + str(ex))
    return errs, counts


def main():
    data, rows, metas = build()
    if "--check" in sys.argv:
        errs, counts = check(data, rows, metas)
        npos = sum(r["kind"] == "positive" for r in rows)
        nneg = len(rows) - npos
        for e in errs[:50]:
            print("ERROR", e)
        need = {"CARD_NUMBER": 70, "SSN": 30, "NI_NUMBER": 30}
        for t in ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE", "IBAN",
                  "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]:
            if counts.get(t, 0) < need.get(t, 10):
                errs.append("too few %s spans: %d" % (t, counts.get(t, 0)))
                print("ERROR too few", t)
        if npos < 200 or nneg < 100:
            errs.append("too few cases")
            print("ERROR too few cases", npos, nneg)
        print("positives=%d negatives=%d spans=%s" % (npos, nneg, json.dumps(dict(sorted(counts.items())))))
        if errs:
            print("CHECK FAILED (%d errors)" % len(errs))
            sys.exit(1)
        print("CHECK OK")
        return
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as fh:
        fh.write(data)
    print("wrote %d cases to %s" % (len(rows), OUT))


if __name__ == "__main__":
    main()

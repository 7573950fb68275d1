#!/usr/bin/env python3
"""Generate the pii_holdout522 held-out PII redaction evaluation set.

Written by an independent test author (AI helper) without sight of the
redaction engine.  Standard library only.

    python scripts/make_pii_holdout522.py           # write cases.jsonl
    python scripts/make_pii_holdout522.py --check   # regenerate + validate
"""
import argparse
import json
import os
import re
import sys
import random

SEED = 522241125
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "tests", "fixtures", "pii_holdout522", "cases.jsonl")

# --------------------------------------------------------------------------
# vocabulary
UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy",
        8: "eighty", 9: "ninety"}
ZERO_W = ["oh", "oh", "oh", "o", "zero", "nought"]
HOMO = {"1": ["won"], "2": ["too", "to"], "3": ["tree"], "4": ["for", "fore"], "8": ["ate"]}
FILLERS = ["um", "uh", "er", "erm", "hmm"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "f": "foxtrot",
        "g": "golf", "h": "hotel", "i": "india", "j": "juliet", "k": "kilo", "l": "lima",
        "m": "mike", "n": "november", "o": "oscar", "p": "papa", "q": "quebec", "r": "romeo",
        "s": "sierra", "t": "tango", "u": "uniform", "v": "victor", "w": "whiskey",
        "x": "xray", "y": "yankee", "z": "zulu"}
FOLK = {"a": ["apple", "alfie"], "b": ["bravo", "bob", "baker"], "c": ["charlie", "cat"],
        "d": ["david", "dog"], "e": ["edward", "echo"], "f": ["freddie", "frank"],
        "g": ["george", "golf"], "h": ["harry", "hotel"], "j": ["jack", "john"],
        "k": ["king", "kilo"], "l": ["london", "lima"], "m": ["mother", "mike"],
        "n": ["nancy", "nuts"], "p": ["peter", "papa"], "q": ["queen", "quebec"],
        "r": ["robert", "romeo"], "s": ["sugar", "sierra", "sam"], "t": ["tommy", "tango"],
        "u": ["uncle", "uniform"], "w": ["william", "whiskey"], "x": ["xray"],
        "y": ["yellow", "yankee"], "z": ["zebra", "zulu"]}
# letter names as an ASR writes them, including typical mishearings
LNAME = {"a": ["ay", "hey"], "b": ["bee", "be"], "c": ["see", "sea", "cee"], "d": ["dee"],
         "e": ["ee"], "f": ["eff", "ef"], "g": ["gee", "jee"], "h": ["aitch", "age", "haitch"],
         "i": ["eye"], "j": ["jay"], "k": ["kay"], "l": ["el", "elle"], "m": ["em"],
         "n": ["en"], "p": ["pee", "pea"], "q": ["queue", "cue", "kew"], "r": ["are", "our"],
         "s": ["ess", "es"], "t": ["tee", "tea"], "u": ["you", "yew"], "v": ["vee"],
         "w": ["double you"], "x": ["ex"], "y": ["why"], "z": ["zed", "zee", "said"]}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
MON3 = [m[:3] for m in MONTHS]
ORD = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh",
       8: "eighth", 9: "ninth", 10: "tenth", 11: "eleventh", 12: "twelfth", 13: "thirteenth",
       14: "fourteenth", 15: "fifteenth", 16: "sixteenth", 17: "seventeenth",
       18: "eighteenth", 19: "nineteenth", 20: "twentieth", 30: "thirtieth"}


def ordinal_words(n):
    if n in ORD:
        return ORD[n]
    return TENS[n // 10] + " " + ORD[n % 10]


def ord_suffix(n):
    if 10 <= n % 100 <= 20:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


# --------------------------------------------------------------------------
# normaliser (spoken / typed form -> canonical characters)
W2D = {w: str(i) for i, w in enumerate(UNITS)}
for _z in ("oh", "o", "zero", "nought"):
    W2D[_z] = "0"
H2D = {w: d for d, ws in HOMO.items() for w in ws}
TEEN2N = {w: 10 + i for i, w in enumerate(TEENS)}
TENS2N = {w: n * 10 for n, w in TENS.items()}
ORDW = {w: n for n, w in ORD.items()}
L2C = {}
for _c, _ws in LNAME.items():
    for _w in _ws:
        if " " not in _w:
            L2C[_w] = _c
NATO2C = {w: c for c, w in NATO.items()}
SPLITVOCAB = sorted(set(UNITS) | {"oh", "zero", "nought"} | set(TEENS) | set(TENS.values()),
                    key=len, reverse=True)


def split_runon(tok):
    """'sevenfour' -> ['seven', 'four'] if the token is number words run together."""
    if len(tok) < 5:
        return None
    best = {0: []}
    for i in range(len(tok)):
        if i not in best:
            continue
        for w in SPLITVOCAB:
            if tok.startswith(w, i) and i + len(w) not in best:
                best[i + len(w)] = best[i] + [w]
    r = best.get(len(tok))
    return r if r and len(r) > 1 else None


KNOWN = set(W2D) | set(H2D) | set(TEEN2N) | set(TENS2N) | set(L2C) | set(NATO2C) | set(FILLERS) | {
    "double", "triple", "hundred", "thousand", "teen", "and", "for", "as", "in", "you", "plus",
    "dash", "slash", "space", "hyphen"} | {w for ws in FOLK.values() for w in ws}


def tokenize(text, mode):
    toks = []
    for m in re.finditer(r"[A-Za-z]+|\d+|[@._+\-]", text):
        t = m.group().lower()
        if mode == "alnum" and t.isalpha():
            a, b = m.start(), m.end()
            typed = (m.group().isupper() or (a > 0 and text[a - 1].isdigit())
                     or (b < len(text) and text[b].isdigit()) or t not in KNOWN)
            if typed and len(t) <= 4:
                toks.extend(t)
                continue
        toks.append(t)
    out = []
    for t in toks:
        if t.isalpha() and t not in W2D and t not in TEEN2N and t not in TENS2N:
            s = split_runon(t)
            if s and mode in ("digits", "alnum", "date"):
                out.extend(s)
                continue
        out.append(t)
    if mode != "email":
        out = [t for t in out if t not in (".", "-", "_", "@") and (t != "+" or mode == "digits")]
    return out


class ParseError(Exception):
    pass


def _unit(tok, mode):
    if tok in W2D:
        return W2D[tok]
    if mode in ("digits", "alnum") and tok in H2D:
        return H2D[tok]
    return None


def _tail(toks, i, mode):
    """two-digit tail after hundred/thousand: tens[+unit] | teen | unit"""
    if i < len(toks) and toks[i] == "and":
        i += 1
    if i >= len(toks):
        return None, i
    t = toks[i]
    if t in TENS2N:
        n = TENS2N[t]
        if i + 1 < len(toks):
            u = _unit(toks[i + 1], mode)
            if u is not None and u != "0" and toks[i + 1] not in ("oh", "o", "zero", "nought"):
                return n + int(u), i + 2
        return n, i + 1
    if t in TEEN2N:
        return TEEN2N[t], i + 1
    u = _unit(t, mode)
    if u is not None:
        if i + 1 < len(toks) and toks[i + 1] == "teen":
            return 10 + int(u), i + 2
        return int(u), i + 1
    return None, i


def _number(toks, i, mode):
    t = toks[i]
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    u = _unit(t, mode)
    if u is None and t.isdigit() and len(t) <= 2 and nxt in ("hundred", "thousand"):
        u = t
    if u is not None or t in TEEN2N:
        lead = u if u is not None else str(TEEN2N[t])
        if nxt == "hundred":
            tail, j = _tail(toks, i + 2, mode)
            if tail is None:
                return lead + "00", i + 2
            return lead + "%02d" % tail, j
        if nxt == "thousand" and u is not None:
            tail, j = _tail(toks, i + 2, mode)
            if tail is None:
                return lead + "000", i + 2
            return lead + "%03d" % tail, j
        if nxt == "teen" and u is not None:
            return str(10 + int(u)), i + 2
        return lead, i + 1
    if t in TENS2N:
        n = TENS2N[t]
        if nxt is not None:
            uu = _unit(nxt, mode)
            if uu is not None and uu != "0":
                return str(n + int(uu)), i + 2
            if mode == "date" and nxt in ORDW and ORDW[nxt] < 10:
                return str(n + ORDW[nxt]), i + 2
        return str(n), i + 1
    if mode == "date" and t in ORDW:
        return str(ORDW[t]), i + 1
    if t.isdigit():
        return t, i + 1
    return None, i


def _single(toks, i, mode):
    """one spoken symbol (digit or letter) for double/triple."""
    t = toks[i]
    u = _unit(t, mode)
    if u is not None:
        return u, i + 1
    if mode == "alnum":
        if t in L2C:
            return L2C[t], i + 1
        if t in NATO2C:
            return NATO2C[t], i + 1
    if len(t) == 1 and t.isalnum():
        return t, i + 1
    raise ParseError("bad token after double/triple: %r" % t)


def normalise(text, mode):
    toks = tokenize(text, mode)
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if t in FILLERS:
            i += 1
            continue
        if mode in ("digits", "alnum") and t in ("dash", "slash", "space", "hyphen"):
            i += 1
            continue
        if mode == "date" and t in ("the", "of", "th", "st", "nd", "rd", "slash"):
            i += 1
            continue
        if len(t) == 1 and t.isalpha() and nxt in ("for", "as"):
            j = i + 2
            if nxt == "as" and j < len(toks) and toks[j] == "in":
                j += 1
            if j < len(toks) and toks[j].startswith(t) and len(toks[j]) > 2:
                out.append(t)
                i = j + 1
                continue
        if mode == "email":
            m = {"at": "@", "dot": ".", "underscore": "_", "dash": "-", "hyphen": "-"}
            if t in m:
                out.append(m[t])
                i += 1
                continue
            if t in "@._-+":
                out.append(t)
                i += 1
                continue
        if mode == "digits" and t in ("+", "plus"):
            out.append("+")
            i += 1
            continue
        if t in ("double", "triple") and nxt is not None:
            if mode == "alnum" and nxt in ("you", "u"):
                out.append("w")
                i += 2
                continue
            s, j = _single(toks, i + 1, mode)
            out.append(s * (2 if t == "double" else 3))
            i = j
            continue
        if mode == "date":
            if t in MONTHS:
                out.append(str(MONTHS.index(t) + 1))
                i += 1
                continue
            if t in MON3 or t == "sept":
                out.append(str(MON3.index(t[:3]) + 1))
                i += 1
                continue
        n, j = _number(toks, i, mode)
        if n is not None:
            out.append(n)
            i = j
            continue
        if mode == "alnum":
            if t in L2C:
                out.append(L2C[t])
                i += 1
                continue
            if t in NATO2C:
                out.append(NATO2C[t])
                i += 1
                continue
        if len(t) == 1 and t.isalpha() and mode in ("alnum", "email", "address"):
            out.append(t)
            i += 1
            continue
        if mode in ("email", "address"):
            out.append(t)
            i += 1
            continue
        raise ParseError("unparsed token %r in %r (%s)" % (t, text, mode))
    return "".join(out)


MODE = {"CARD_NUMBER": "digits", "CVV": "digits", "SSN": "digits", "BANK_ACCOUNT": "digits",
        "SORT_CODE": "digits", "PHONE": "digits", "NI_NUMBER": "alnum", "IBAN": "alnum",
        "POSTCODE": "alnum", "EMAIL": "email", "ADDRESS": "address", "DOB": "date",
        "EXPIRY": "date"}


def key(s, typ):
    s = s.lower().replace("o", "0")
    if typ == "EMAIL":
        return re.sub(r"[^a-z0-9@._+\-]", "", s)
    if typ == "PHONE":
        return re.sub(r"[^0-9+]", "", s)
    return re.sub(r"[^a-z0-9]", "", s)


# --------------------------------------------------------------------------
# value validators
def luhn_ok(d):
    tot = 0
    for i, ch in enumerate(reversed(d)):
        n = int(ch)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        tot += n
    return tot % 10 == 0


def iban_ok(s):
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in r)
    return int(num) % 97 == 1


NI_RE = re.compile(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]")
UKPC_RE = re.compile(r"[A-Z]{1,2}\d[A-Z\d]?\d[ABD-HJLNP-UW-Z]{2}")


def validate_canon(typ, c):
    d = re.sub(r"\D", "", c) if isinstance(c, str) else ""
    if typ == "CARD_NUMBER":
        return 13 <= len(d) <= 19 and luhn_ok(d) and d == re.sub(r"[ \-]", "", c)
    if typ == "CVV":
        return len(d) in (3, 4) and d == c
    if typ == "SSN":
        return (len(d) == 9 and d[:3] not in ("000", "666") and d[0] != "9"
                and d[3:5] != "00" and d[5:] != "0000")
    if typ == "NI_NUMBER":
        s = c.replace(" ", "").upper()
        return bool(NI_RE.fullmatch(s)) and s[:2] not in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ")
    if typ == "BANK_ACCOUNT":
        return 6 <= len(d) <= 17 and d == c
    if typ == "SORT_CODE":
        return len(d) == 6
    if typ == "IBAN":
        return iban_ok(c)
    if typ == "PHONE":
        return 10 <= len(d) <= 15 and re.fullmatch(r"\+?\d+", c.replace(" ", "")) is not None
    if typ == "EMAIL":
        return re.fullmatch(r"[a-z0-9._\-]+@[a-z0-9\-]+(\.[a-z0-9\-]+)+", c) is not None
    if typ == "POSTCODE":
        s = c.replace(" ", "").upper()
        return bool(UKPC_RE.fullmatch(s)) or re.fullmatch(r"\d{5}(-\d{4})?", c) is not None
    if typ == "ADDRESS":
        return re.match(r"(flat|apt|apartment|unit)?\s*\d", c.lower()) is not None
    if typ == "DOB":
        y, m, dd = c
        return 1920 <= y <= 2008 and 1 <= m <= 12 and 1 <= dd <= 28
    if typ == "EXPIRY":
        m, y = c
        return 1 <= m <= 12 and 2024 <= y <= 2034
    return False


def date_keys(typ, c):
    """all accepted digit strings for a date after normalisation"""
    res = set()
    if typ == "DOB":
        y, m, d = c
        for dd in {str(d), "%02d" % d}:
            for mm in {str(m), "%02d" % m}:
                for yy in (str(y), "%02d" % (y % 100)):
                    res.update({dd + mm + yy, mm + dd + yy, yy + mm + dd})
    else:
        m, y = c
        for mm in {str(m), "%02d" % m}:
            for yy in (str(y), "%02d" % (y % 100)):
                res.add(mm + yy)
    return res


# --------------------------------------------------------------------------
# case construction
R = random.Random(SEED)
rc = R.choice


def chance(p):
    return R.random() < p


class Seg(object):
    def __init__(self, text, val, reading, role):
        self.text, self.val, self.reading, self.role = text, val, reading, role


class Val(object):
    n = 0

    def __init__(self, typ, canon):
        Val.n += 1
        self.id, self.typ, self.canon = Val.n, typ, canon

    def p(self, text, reading=0):
        return Seg(text, self, reading, "part")

    def frag(self, text):
        return Seg(text, self, -1, "frag")

    def last4(self, text):
        return Seg(text, self, -2, "last4")


class Case(object):
    def __init__(self, kind, note):
        self.kind, self.note, self.turns = kind, note, []

    def t(self, spk, *segs):
        self.turns.append((spk, [s for s in segs if s != ""]))
        return self

    def c(self, *segs):
        return self.t("customer", *segs)

    def a(self, *segs):
        return self.t("agent", *segs)

    def build(self):
        turns, spans, meta = [], [], []
        for ti, (spk, segs) in enumerate(self.turns):
            text = ""
            for s in segs:
                if isinstance(s, Seg):
                    spans.append({"turn": ti, "start": len(text), "end": len(text) + len(s.text),
                                  "type": s.val.typ})
                    meta.append(s)
                    text += s.text
                else:
                    text += s
            turns.append({"speaker": spk, "text": text})
        return turns, spans, meta


# --------------------------------------------------------------------------
# renderers
def fil():
    return rc(FILLERS)


def w_digit(c, homo=0.0, nofor=False):
    if c == "0":
        return rc(ZERO_W)
    if homo and c in HOMO and chance(homo):
        opts = [w for w in HOMO[c] if not (nofor and w in ("for", "fore"))]
        if opts:
            return rc(opts)
    return UNITS[int(c)]


def pair_words(p):
    a, b = int(p[0]), int(p[1])
    if a == 1:
        w = TEENS[b]
        if b in (4, 6, 7, 8, 9) and chance(0.15):
            w = UNITS[b] + " teen"  # recogniser split the word
        return w
    return TENS[a] + ("" if b == 0 else " " + UNITS[b])


def speak_digits(d, groups=None, homo=0.12, pairs=0.3, raw=0.08, fill=0.15, sep=" ",
                 nofor=False, doubles=0.6, runon=0.06, rawgroup=0.0):
    """Speak a digit string as an ASR would transcribe it."""
    if groups is None:
        groups = [len(d)]
    out_groups = []
    pos = 0
    for gi, gl in enumerate(groups):
        g = d[pos:pos + gl]
        after = d[pos + gl] if pos + gl < len(d) else None
        pos += gl
        if rawgroup and chance(rawgroup):
            out_groups.append(g)
            continue
        words = []
        i = 0
        while i < len(g):
            rem = g[i:]
            nxt2 = g[i + 2] if i + 2 < len(g) else after
            r = R.random()
            if len(rem) >= 3 and rem[0] == rem[1] == rem[2] and r < doubles:
                words.append("triple " + w_digit(rem[0]))
                i += 3
                continue
            if len(rem) >= 2 and rem[0] == rem[1] and r < doubles:
                words.append("double " + w_digit(rem[0]))
                i += 2
                continue
            if len(rem) >= 3 and rem[0] != "0" and rem[2] != "0" and r < 0.12 * pairs / 0.3:
                words.append(UNITS[int(rem[0])] + " hundred" + (" and " if chance(0.7) else " ")
                             + (pair_words(rem[1:3]) if rem[1] != "0" else UNITS[int(rem[2])]))
                i += 3
                continue
            if (len(rem) >= 2 and rem[0] != "0" and r < pairs
                    and (rem[1] != "0" or nxt2 == "0")):
                words.append(pair_words(rem[:2]))
                i += 2
                continue
            if chance(raw):
                words.append(rem[0])
            else:
                words.append(w_digit(rem[0], homo, nofor))
            i += 1
        # run two plain unit words together
        if runon and len(words) >= 2 and chance(runon * 3):
            k = R.randrange(len(words) - 1)
            if words[k] in UNITS + ["oh", "zero"] and words[k + 1] in UNITS + ["oh", "zero"]:
                words[k:k + 2] = [words[k] + words[k + 1]]
        out_groups.append(" ".join(words))
    res = out_groups[0]
    for g in out_groups[1:]:
        if chance(fill):
            res += " " + fil() + " " + g
        else:
            res += sep + g
    return res


def speak_letter(c, p_nato=0.3, p_name=0.35):
    c = c.lower()
    r = R.random()
    if r < p_nato:
        w = NATO[c] if chance(0.6) or c not in FOLK else rc(FOLK[c])
        return rc(["%s for %s", "%s as in %s", "%s for %s"]) % (c, w)
    if r < p_nato + p_name and c in LNAME:
        return rc(LNAME[c])
    return c


def type_digits(d, groups, seps=(" ", "-", "", " ", "  ", ".")):
    sep = rc(seps)
    out, pos = [], 0
    for g in groups:
        out.append(d[pos:pos + g])
        pos += g
    s = sep.join(out)
    if chance(0.05) and "0" in s:  # letter o typed for zero
        k = s.index("0")
        s = s[:k] + "o" + s[k + 1:]
    return s


# --------------------------------------------------------------------------
# value generators
def luhn_complete(prefix, length):
    d = prefix + "".join(str(R.randrange(10)) for _ in range(length - len(prefix) - 1))
    for x in "0123456789":
        if luhn_ok(d + x):
            return d + x


def gen_card():
    k = R.random()
    if k < 0.45:
        return luhn_complete("4" + rc(["929", "539", "111", "462", "751", "023"]), 16), [4, 4, 4, 4]
    if k < 0.7:
        return luhn_complete(rc(["51", "52", "53", "54", "55", "2221", "2720"]), 16), [4, 4, 4, 4]
    if k < 0.82:
        return luhn_complete(rc(["34", "37"]), 15), [4, 6, 5]
    if k < 0.9:
        return luhn_complete("6011", 16), [4, 4, 4, 4]
    if k < 0.95:
        return luhn_complete("4", 13), [4, 4, 5]
    return luhn_complete(rc(["6759", "6304"]), 19), [4, 4, 4, 4, 3]


def gen_ssn():
    while True:
        a = R.randrange(1, 900)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, R.randrange(1, 100), R.randrange(1, 10000))


NI_A = "ABCEGHJKLMNPRSTWXYZ"
NI_B = "ABCEGHJKLMNPRSTWXYZ"


def gen_ni():
    while True:
        p = rc(NI_A) + rc(NI_B)
        if p not in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ"):
            break
    return p + "".join(str(R.randrange(10)) for _ in range(6)) + rc("ABCD")


def gen_iban():
    cc = rc(["GB", "GB", "IE", "IE", "DE", "NL", "FR", "ES"])
    digs = lambda n: "".join(str(R.randrange(10)) for _ in range(n))
    if cc == "GB":
        bban = rc(["WEST", "BARC", "NWBK", "LLYD", "HBUK"]) + digs(14)
    elif cc == "IE":
        bban = rc(["AIBK", "BKIR", "ULSB"]) + digs(14)
    elif cc == "NL":
        bban = rc(["ABNA", "RABA", "INGB"]) + digs(10)
    elif cc == "DE":
        bban = digs(18)
    elif cc == "FR":
        bban = digs(23)
    else:
        bban = digs(20)
    r = bban + cc + "00"
    chk = 98 - int("".join(str(int(c, 36)) for c in r)) % 97
    return cc + "%02d" % chk + bban


UK_OUT = ["SW1A", "M1", "B33", "CR2", "DN55", "EC1V", "LS6", "G12", "EH3", "BT9", "CF10", "NE1",
          "BS8", "W1D", "N16", "E14", "SE15", "BN2", "YX10", "PL4", "L17", "S11", "NW3", "WR5"]
IN_L = "ABDEFGHJLNPQRSTUWXYZ"


def gen_ukpc():
    return rc(UK_OUT) + " " + str(R.randrange(10)) + rc(IN_L) + rc(IN_L)


def gen_zip():
    z = "%05d" % R.randrange(1001, 99950)
    if chance(0.25):
        z += "-%04d" % R.randrange(1, 10000)
    return z


STREETS = ["Mill", "High", "Church", "Station", "Victoria", "Albert", "Park", "Elm", "Maple",
           "Cedar", "Willow", "Beech", "Kingsley", "Harrow", "Marsh", "Quarry", "Chapel",
           "Hawthorn", "Meadow", "Linden", "Orchard", "Bridge", "Castle", "Sycamore", "Juniper"]
SUFF_UK = ["Road", "Lane", "Street", "Close", "Drive", "Crescent", "Terrace", "Grove", "Way",
           "Avenue", "Gardens", "Mews"]
SUFF_US = ["Street", "Avenue", "Boulevard", "Drive", "Court", "Road", "Lane", "Place"]
FIRST = ["sarah", "james", "priya", "tom", "aoife", "liam", "maria", "kwame", "chloe", "dan",
         "niamh", "oliver", "fatima", "grace", "marek", "sofia", "ben", "hannah", "ravi", "ellie"]
LAST = ["okafor", "walsh", "patel", "murphy", "kowalski", "brennan", "hughes", "garcia", "nolan",
        "fischer", "campbell", "reid", "shah", "dubois", "kelly", "morgan", "baker", "lindqvist"]
DOMAINS = ["gmail.com", "outlook.com", "yahoo.co.uk", "hotmail.com", "icloud.com", "btinternet.com",
           "eircom.net", "proton.me", "web.de", "aol.com", "live.ie"]


def gen_email():
    f, l = rc(FIRST), rc(LAST)
    k = R.random()
    if k < 0.3:
        loc = f + "." + l
    elif k < 0.5:
        loc = f[0] + "." + l
    elif k < 0.7:
        loc = f + l + str(R.randrange(70, 100))
    elif k < 0.85:
        loc = f + "_" + l[0] + str(R.randrange(1, 30))
    else:
        loc = l + "." + f + str(R.randrange(1975, 2005))
    return loc + "@" + rc(DOMAINS)


def gen_phone(country):
    d = lambda n: "".join(str(R.randrange(10)) for _ in range(n))
    if country == "UK":
        if chance(0.5):
            n = "7700900" + d(3)
            return (("+44" + n, [3, 4, 6]) if chance(0.5) else ("0" + n, [5, 6]))
        n = "207946" + d(4)
        return (("+44" + n, [3, 2, 4, 4]) if chance(0.4) else ("0" + n, [3, 4, 4]))
    if country == "US":
        n = rc(["202", "312", "415", "617", "713"]) + "555" + "01" + d(2)
        return (("+1" + n, [2, 3, 3, 4]) if chance(0.4) else (n, [3, 3, 4]))
    if country == "IE":
        n = rc(["87", "85", "86", "1"]) + d(7)
        return (("+353" + n, [4, len(n) - 7, 3, 4]) if chance(0.5) else ("0" + n, [len(n) - 6, 3, 4]))
    n = rc(["+33", "+49", "+34", "+31"]) + rc(["6", "15", "6", "6"]) + d(8)
    return n, [3, len(n) - 3 - 8, 2, 2, 2, 2]


# --------------------------------------------------------------------------
# context
IND = {
    "banking": ["Northgate Bank", "Harbour Savings", "First Meridian Credit Union"],
    "telecom": ["Brightline Mobile", "Vantel Broadband"],
    "utilities": ["Calder Energy", "Riverside Water"],
    "retail": ["Harlow and Finch", "Parcelo Home"],
    "insurance": ["Meridian Insurance", "Keystone Mutual"],
    "travel": ["SkyBridge Travel", "Emerald Ferries"],
    "healthcare billing": ["Lakeside Health billing", "St Brennan's patient accounts"],
    "government": ["the Revenue helpline", "the county DMV office", "the council tax team"],
}
AGENTS = ["Dev", "Siobhan", "Marcus", "Leanne", "Tariq", "Joanne", "Carlos", "Megan", "Oisin", "Paula"]
BACK = ["mhm", "go on", "yep", "okay", "uh huh", "right", "yeah go ahead", "got that", "okay next four",
        "mm", "sure", "and the next bit"]


def industry():
    i = rc(list(IND))
    return i, rc(IND[i])


def opener(asr, co):
    ag = rc(AGENTS)
    if asr:
        return rc(["thank you for calling %s you're speaking with %s how can i help" % (co.lower(), ag.lower()),
                   "good morning %s this is %s speaking" % (co.lower(), ag.lower()),
                   "hi there you're through to %s um my name's %s what can i do for you" % (co.lower(), ag.lower())])
    return rc(["Hi, you're chatting with %s at %s. How can I help today?" % (ag, co),
               "Hello and welcome to %s support, %s here." % (co, ag),
               "Thanks for contacting %s. I'm %s, what can I do for you?" % (co, ag)])


def back():
    return rc(BACK)


# --------------------------------------------------------------------------
# positive scenarios
def sc_card_chat():
    ind, co = industry()
    d, g = gen_card()
    v = Val("CARD_NUMBER", d)
    cs = Case("positive", "typed card number in chat (%s)" % ind)
    cs.a(opener(False, co))
    cs.c(rc(["I want to pay the outstanding bill", "need to update the card on file pls",
             "hi can i pay for my order by card", "Payment keeps failing, trying a new card"]))
    cs.a(rc(["Sure, please type the long card number.", "No problem, what's the card number?",
             "Please enter the 16 digit number from the front of the card."]))
    txt = type_digits(d, g)
    lead = rc(["", "card no: ", "its ", "cc# ", "Card number - ", "ok here: ", "CARD:"])
    tail = rc(["", " thanks", " (visa debit)", "\nexp next", " ty"])
    segs = [lead, v.p(txt), tail]
    extra = []
    if chance(0.6):
        m, y = R.randrange(1, 13), R.randrange(2025, 2032)
        e = Val("EXPIRY", (m, y))
        et = rc(["%02d/%02d" % (m, y % 100), "%d/%02d" % (m, y % 100), "%02d-%d" % (m, y),
                 "%s %d" % (MONTHS[m - 1][:3].title(), y), "%02d %02d" % (m, y % 100)])
        extra += [rc([" exp ", ", expiry ", " valid till ", " EXP: "]), e.p(et)]
    if chance(0.5):
        cv = "".join(str(R.randrange(10)) for _ in range(4 if len(d) == 15 else 3))
        c3 = Val("CVV", cv)
        extra += [rc([" cvv ", ", security code ", " CVC: ", " sec code "]), c3.p(cv)]
    cs.c(*(segs + extra))
    cs.a(rc(["Thanks, that's gone through.", "Thank you, processing now.",
             "Got it. The payment of £%d.%02d is authorised." % (R.randrange(5, 400), R.randrange(100))]))
    return cs


def card_readback(cs, v, d, g):
    r = R.random()
    if r < 0.35:
        cs.a(rc(["let me read that back ", "so that's ", "just to confirm "]),
             v.p(speak_digits(d, g, homo=0, raw=0, fill=0, pairs=0.1), reading=2),
             rc([" yeah", " is that right", ""]))
        cs.c(rc(["yes", "yeah that's it", "correct", "yep"]))
    elif r < 0.6:
        cs.a(rc(["lovely so the card ending ", "okay that's the card ending in ", "right so ending "]),
             v.last4(speak_digits(d[-4:], homo=0, raw=0, fill=0)),
             rc([" is that right", " yes", ""]))
        cs.c(rc(["yes", "that's the one", "yeah"]))


def sc_card_asr():
    ind, co = industry()
    d, g = gen_card()
    v = Val("CARD_NUMBER", d)
    cs = Case("positive", "ASR card reading in one turn (%s)" % ind)
    cs.a(opener(True, co))
    cs.c(rc(["yeah hi i'd like to pay my bill please", "hiya um i need to make a payment",
             "i want to book the um the return trip and pay for it now"]))
    cs.a(rc(["no problem can i take the long number on the card", "okay whenever you're ready the card number please",
             "sure what's the sixteen digit number on the front"]))
    mixed = chance(0.35)
    txt = speak_digits(d, g, rawgroup=0.35 if mixed else 0.0, sep=rc([" ", " ", ", "]))
    cs.c(rc(["okay it's ", "right it's ", "", "yeah so ", "um "]), v.p(txt))
    card_readback(cs, v, d, g)
    if chance(0.5):
        m, y = R.randrange(1, 13), R.randrange(2025, 2033)
        e = Val("EXPIRY", (m, y))
        cs.a(rc(["and the expiry", "expiry date please", "and when does it expire"]))
        cs.c(rc(["", "it's ", "uh "]), e.p(speak_expiry(m, y)))
    if chance(0.45):
        cv = "".join(str(R.randrange(10)) for _ in range(4 if len(d) == 15 else 3))
        c3 = Val("CVV", cv)
        cs.a(rc(["and the last three digits on the back", "and the security code", "the three digit code on the back please"]))
        cs.c(rc(["", "that's ", "it's "]), c3.p(speak_digits(cv, pairs=0.1, homo=0.2)))
    cs.a(rc(["thank you that's all gone through", "lovely that payment's been taken", "okay bear with me while that processes"]))
    return cs


def sc_card_split():
    ind, co = industry()
    d, g = gen_card()
    v = Val("CARD_NUMBER", d)
    cs = Case("positive", "card read group by group over several turns, back-channels (%s)" % ind)
    cs.a(opener(True, co))
    cs.c(rc(["i need to pay for the renewal", "yeah i got a letter saying my payment failed",
             "can i pay the excess by card"]))
    cs.a("okay can i take the card number please")
    pos = 0
    echo = chance(0.35)
    for gi, gl in enumerate(g):
        part = d[pos:pos + gl]
        pos += gl
        lead = rc(["", "", "it's ", "then ", "um ", "next is "]) if gi else rc(["", "right ", "okay "])
        cs.c(lead, v.p(speak_digits(part, rawgroup=0.2)))
        if echo:
            cs.a(v.p(speak_digits(part, homo=0, raw=0, fill=0, pairs=0.05), reading=1),
                 rc([" yep", " mhm", " okay", ""]))
        elif gi < len(g) - 1:
            cs.a(back())
    card_readback(cs, v, d, g)
    cs.a(rc(["and the expiry date", "thanks i'll just run that through"]))
    return cs


def sc_card_correction():
    ind, co = industry()
    d, g = gen_card()
    v = Val("CARD_NUMBER", d)
    cs = Case("positive", "card reading with a restart/correction (%s)" % ind)
    cs.a(opener(True, co))
    cs.c("hi yeah i want to pay the balance on my account")
    cs.a("sure what's the long number on the card")
    k = R.randrange(5, 10)
    bad = d[:k - 1] + str((int(d[k - 1]) + 3) % 10)
    cs.c(v.frag(speak_digits(bad, homo=0.1)),
         rc([" no sorry wait that's wrong let me start again ", " oh hang on i've said that wrong um ",
             " sorry sorry i'll start over ", " no no that's not right "]),
         v.p(speak_digits(d, g)))
    card_readback(cs, v, d, g)
    cs.a("thank you that payment's gone through")
    return cs


def sc_card_aside():
    ind, co = industry()
    d, g = gen_card()
    v = Val("CARD_NUMBER", d)
    cs = Case("positive", "card reading interrupted by an aside in the same turn (%s)" % ind)
    cs.a(opener(True, co))
    cs.c("can i pay for the order now")
    cs.a("of course the card number please")
    k = sum(g[:R.randrange(1, len(g))])
    aside = rc([", hang on the numbers are worn off a bit, ", " sorry my glasses ", ", shush kids i'm on the phone, ",
                " hold on the dog's barking ", ", is it, yeah, "])
    cs.c(rc(["okay ", "", "right "]), v.p(speak_digits(d[:k], None)), aside, v.p(speak_digits(d[k:], None)))
    card_readback(cs, v, d, g)
    if chance(0.5):
        cv = "".join(str(R.randrange(10)) for _ in range(3 if len(d) != 15 else 4))
        c3 = Val("CVV", cv)
        cs.a("and the security number on the back")
        cs.c(rc(["", "it's "]), c3.p(speak_digits(cv, homo=0.3)))
    return cs


def speak_expiry(m, y):
    r = R.random()
    if r < 0.3:
        return w_digit("0") + " " + UNITS[m] + " " + pair_words("%02d" % (y % 100)) if m < 10 else \
            pair_words(str(m)) + " " + pair_words("%02d" % (y % 100))
    if r < 0.55:
        return MONTHS[m - 1] + " " + pair_words("%02d" % (y % 100))
    if r < 0.7:
        return speak_digits("%02d" % m, homo=0) + " " + rc(["slash ", "", "uh "]) + speak_digits("%02d" % (y % 100), pairs=0.2, homo=0)
    if r < 0.85:
        return MONTHS[m - 1] + " two thousand and " + pair_words("%02d" % (y % 100))
    return "%02d/%02d" % (m, y % 100)


def speak_dob(y, m, d, us=False):
    r = R.random()
    yy = y % 100
    if y < 2000:
        yw = "nineteen " + (pair_words("%02d" % yy) if yy >= 10 else "oh " + UNITS[yy])
    else:
        yw = rc(["two thousand and " + UNITS[yy] if 0 < yy < 10 else "two thousand and " + pair_words("%02d" % yy),
                 "twenty " + (pair_words("%02d" % yy) if yy >= 10 else "oh " + UNITS[yy])])
    if r < 0.3:
        return "the " + ordinal_words(d) + " of " + MONTHS[m - 1] + " " + yw
    if r < 0.5:
        return MONTHS[m - 1] + " " + ordinal_words(d) + " " + yw
    if r < 0.65:
        return ordinal_words(d) + " " + MONTHS[m - 1] + " " + rc([yw, pair_words("%02d" % yy) if yy >= 10 else yw])
    if r < 0.85:
        a = speak_digits("%02d" % d, pairs=0.6, homo=0, raw=0)
        b = speak_digits("%02d" % m, pairs=0.6, homo=0, raw=0)
        return (b + " " + a if us else a + " " + b) + " " + yw
    return (("%02d/%02d/%d" % (m, d, y)) if us else ("%d/%d/%d" % (d, m, y)))


def type_dob(y, m, d, us=False):
    return rc(["%02d/%02d/%d" % ((m, d, y) if us else (d, m, y)), "%d-%d-%d" % ((m, d, y) if us else (d, m, y)),
               "%d%s %s %d" % (d, ord_suffix(d), MONTHS[m - 1].title(), y),
               "%s %d, %d" % (MONTHS[m - 1].title(), d, y), "%d-%02d-%02d" % (y, m, d),
               "%02d.%02d.%02d" % (d, m, y % 100) if not us else "%d/%d/%02d" % (m, d, y % 100),
               "%d %s %d" % (d, MONTHS[m - 1][:3], y)])


def sc_ssn():
    ind = rc(["banking", "insurance", "healthcare billing", "government", "telecom", "utilities"])
    co = rc(IND[ind])
    s = gen_ssn()
    v = Val("SSN", s)
    asr = chance(0.65)
    cs = Case("positive", "%s SSN (%s, US)" % ("spoken" if asr else "typed", ind))
    cs.a(opener(asr, co))
    if not asr:
        cs.c(rc(["hi, need to verify my identity for the claim", "Trying to open an account, it asks for ssn",
                 "locked out of my online account"]))
        cs.a(rc(["I can help. Please provide your SSN for verification.",
                 "Could you confirm your social security number?", "What are the last... actually I need the full SSN for this one."]))
        lab = rc(["", "SSN: ", "ssn ", "social is ", "Soc Sec # ", "my ss# is "])
        txt = rc(["%s-%s-%s" % (s[:3], s[3:5], s[5:]), "%s %s %s" % (s[:3], s[3:5], s[5:]), s,
                  "%s-%s%s" % (s[:3], s[3:5], s[5:]), "%s %s-%s" % (s[:3], s[3:5], s[5:])])
        cs.c(lab, v.p(txt), rc(["", " thx", ". dob below", ""]))
        if chance(0.4):
            y, m, dd = R.randrange(1950, 2004), R.randrange(1, 13), R.randrange(1, 29)
            dv = Val("DOB", (y, m, dd))
            cs.c(rc(["DOB ", "born ", "date of birth: "]), dv.p(type_dob(y, m, dd, True)))
        cs.a("Thank you, you're verified.")
        return cs
    cs.c(rc(["hi um i'm calling about a bill i got", "yeah i need to update my details",
             "i'm trying to file the form and it rejected my number"]))
    cs.a(rc(["okay for security can i get your social security number",
             "sure can you verify your social for me", "i'll need the full social please"]))
    mode = R.random()
    if mode < 0.5:
        cs.c(rc(["sure it's ", "yeah ", "okay um ", ""]),
             v.p(speak_digits(s, [3, 2, 4], sep=rc([" ", ", ", " dash "]) if False else rc([" ", ", "]))))
    elif mode < 0.8:
        cs.c(rc(["", "okay "]), v.p(speak_digits(s[:3])))
        cs.a(back())
        cs.c(v.p(speak_digits(s[3:5])))
        cs.a(back())
        cs.c(rc(["", "and "]), v.p(speak_digits(s[5:], pairs=0.5)))
    else:
        k = R.randrange(3, 6)
        bad = s[:k - 1] + str((int(s[k - 1]) + 1) % 10)
        cs.c(v.frag(speak_digits(bad)), rc([" wait no ", " sorry scratch that ", " no hold on that's my wife's "]),
             v.p(speak_digits(s, [3, 2, 4])))
    if chance(0.4):
        cs.a(rc(["thank you so that's ", "okay i have "]),
             v.p(speak_digits(s, [3, 2, 4], homo=0, raw=0, fill=0, pairs=0.2), reading=1), " correct")
        cs.c("yes")
    if chance(0.35):
        y, m, dd = R.randrange(1950, 2004), R.randrange(1, 13), R.randrange(1, 29)
        dv = Val("DOB", (y, m, dd))
        cs.a("and your date of birth")
        cs.c(rc(["", "it's ", "uh "]), dv.p(speak_dob(y, m, dd, True)))
    cs.a("perfect you're all verified")
    return cs


def speak_ni(ni, misheard=0.5):
    parts = [speak_letter(ni[0], 0.25, misheard), speak_letter(ni[1], 0.25, misheard)]
    dg = ni[2:8]
    r = R.random()
    if r < 0.4:
        digits = speak_digits(dg, [2, 2, 2], pairs=0.7, homo=0.1, nofor=True, raw=0.05)
    else:
        digits = speak_digits(dg, [2, 2, 2] if chance(0.5) else [6], homo=0.1, nofor=True)
    # final digit then letter: avoid 'tens' swallowing
    return " ".join(parts) + rc([" ", " ", " uh "]) + digits + " " + speak_letter(ni[8], 0.25, misheard)


def sc_ni():
    ind = rc(["government", "banking", "insurance", "utilities", "healthcare billing", "telecom"])
    co = rc(IND[ind])
    ni = gen_ni()
    v = Val("NI_NUMBER", ni)
    asr = chance(0.7)
    cs = Case("positive", "%s NI number (%s, UK)" % ("spoken, letters misheard/NATO" if asr else "typed", ind))
    cs.a(opener(asr, co))
    if not asr:
        cs.c(rc(["Hi I need to update my tax code", "Hello, pension query", "hi re: my universal credit claim"]))
        cs.a(rc(["Can I take your National Insurance number please?", "What's your NI number?",
                 "Please confirm your NINO."]))
        s = rc([ni, "%s %s %s %s %s" % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8]), ni.lower(),
                "%s-%s-%s" % (ni[:2], ni[2:8], ni[8]), "%s %s %s" % (ni[:2], ni[2:8], ni[8]),
                ni[:2].lower() + ni[2:8] + ni[8]])
        cs.c(rc(["", "NI: ", "ni no. ", "its ", "NINO "]), v.p(s), rc(["", " thanks", ""]))
        cs.a("Thanks, I've found your record.")
        return cs
    cs.c(rc(["hiya i'm ringing about my state pension", "yeah hello i've had a letter about my tax code",
             "i need to sort out my national insurance contributions"]))
    cs.a(rc(["no problem can i take your national insurance number", "okay what's your n i number please",
             "can you give me your national insurance number please"]))
    r = R.random()
    if r < 0.5:
        cs.c(rc(["yeah it's ", "", "um it's ", "okay "]), v.p(speak_ni(ni)))
    elif r < 0.8:
        cs.c(rc(["", "okay "]), v.p(speak_letter(ni[0], 0.3, 0.5) + " " + speak_letter(ni[1], 0.3, 0.5)))
        cs.a(rc(["mhm", "yep", "got that"]))
        cs.c(v.p(speak_digits(ni[2:8], [2, 2, 2], pairs=0.5, nofor=True)))
        cs.a(rc(["and the letter at the end", "and the last letter", "mhm"]))
        cs.c(rc(["", "it's ", "that's "]), v.p(speak_letter(ni[8], 0.4, 0.5)))
    else:
        cs.c(v.frag(speak_letter(ni[0], 0, 0.5) + " " + speak_letter(rc("ABCEHJKLMNPRSTWXY"), 0, 0.5)),
             rc([" no sorry ", " oh no that's wrong ", " hang on "]),
             rc(["", "it's "]), v.p(speak_ni(ni)))
    if chance(0.5):
        cs.a(rc(["so that's ", "lovely i've got ", "just reading back "]),
             v.p(speak_ni(ni, misheard=0.6), reading=1), rc(["", " yeah", " is that right"]))
        cs.c(rc(["yes", "yeah that's it", "no sorry the first letter's a " + ni[0].lower() + " but yeah"]))
    cs.a("thank you i've got your record up")
    return cs


def sc_bank():
    uk = chance(0.8)
    ind = rc(["banking", "utilities", "insurance", "government", "telecom"])
    co = rc(IND[ind])
    acct = "".join(str(R.randrange(10)) for _ in range(8 if uk else R.randrange(9, 13)))
    va = Val("BANK_ACCOUNT", acct)
    asr = chance(0.6)
    cs = Case("positive", "%s bank account%s (%s, %s)" % ("spoken" if asr else "typed",
              " and sort code" if uk else " (routing not labelled)", ind, "UK" if uk else "US"))
    cs.a(opener(asr, co))
    sc = "".join(str(R.randrange(10)) for _ in range(6))
    vs = Val("SORT_CODE", sc)
    if not asr:
        cs.c(rc(["I'd like to set up a direct debit", "pls change my bank details for refunds", "new bank account for the payout"]))
        cs.a("Sure, please send the account number" + (" and sort code." if uk else "."))
        if uk:
            st = rc(["%s-%s-%s" % (sc[:2], sc[2:4], sc[4:]), sc, "%s %s %s" % (sc[:2], sc[2:4], sc[4:])])
            order = chance(0.5)
            a = [rc(["acct no: ", "Account ", "a/c ", "acc num "]), va.p(acct)]
            b = [rc(["sort code ", "s/c: ", "SC "]), vs.p(st)]
            cs.c(*(a + [rc([", ", " / ", "\n"])] + b if order else b + [rc([", ", " and ", "\n"])] + a))
        else:
            cs.c(rc(["acct # ", "checking account ", "Account no. "]), va.p(acct),
                 ", routing 0210000" + str(R.randrange(10, 99)))
        cs.a("Thanks, that's updated.")
        return cs
    cs.c(rc(["yeah i want to change the bank account my payments come out of", "i need to give you my bank details for the refund"]))
    cs.a("okay can i have the account number first" if uk else "okay the account number please")
    if chance(0.4):
        k = R.randrange(3, len(acct) - 2)
        cs.c(va.p(speak_digits(acct[:k])))
        cs.a(back())
        cs.c(rc(["", "then "]), va.p(speak_digits(acct[k:])))
    else:
        cs.c(rc(["", "it's ", "okay so ", "right "]), va.p(speak_digits(acct, [4, len(acct) - 4])))
    if chance(0.35):
        cs.a(rc(["that's ", "so i've got "]), va.p(speak_digits(acct, homo=0, raw=0, fill=0, pairs=0.1), reading=1))
        cs.c(rc(["yeah", "yep"]))
    if uk:
        cs.a("and the sort code")
        cs.c(rc(["", "it's ", "um "]), vs.p(speak_digits(sc, [2, 2, 2], pairs=0.5, sep=rc([" ", ", ", " dash "]))))
    cs.a("lovely that's all updated")
    return cs


def speak_iban(ib):
    out = []
    for i in range(0, len(ib), 4):
        ch = ib[i:i + 4]
        if ch.isdigit():
            out.append(speak_digits(ch, homo=0.05, nofor=True))
        else:
            w = []
            for c in ch:
                w.append(speak_letter(c, 0.3, 0.3) if c.isalpha() else w_digit(c, 0.0))
            out.append(" ".join(w))
    return rc([" ", " ", ", "]).join(out)


def sc_iban():
    ind = rc(["banking", "travel", "insurance", "retail", "government"])
    co = rc(IND[ind])
    ib = gen_iban()
    v = Val("IBAN", ib)
    asr = chance(0.5)
    cs = Case("positive", "%s IBAN (%s, %s)" % ("spoken" if asr else "typed", ind, ib[:2]))
    cs.a(opener(asr, co))
    if not asr:
        cs.c(rc(["Refund should go to my Irish account", "Please pay the claim to this IBAN", "Can you send the deposit back?"]))
        cs.a("Sure, please send the IBAN.")
        grouped = " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))
        cs.c(rc(["IBAN: ", "iban ", "", "Its "]), v.p(rc([grouped, ib, grouped.lower(), ib[:4] + " " + ib[4:]])),
             rc(["", " (BIC below)", " thanks"]))
        cs.a("Thanks, refund will arrive in 3-5 working days.")
        return cs
    cs.c("i'd like the refund paid to my bank please")
    cs.a("okay can you read me the iban")
    if chance(0.5):
        k = 4 * R.randrange(2, len(ib) // 4)
        cs.c(rc(["yeah it's ", "okay "]), v.p(speak_iban(ib[:k])))
        cs.a(back())
        cs.c(v.p(speak_iban(ib[k:])))
    else:
        cs.c(rc(["right it's ", "", "okay "]), v.p(speak_iban(ib)))
    cs.a("thank you that'll be with you in five working days")
    return cs


def speak_phone(num, groups):
    intl = num.startswith("+")
    if intl:
        cc_len = groups[0] - 1
        cc = num[1:1 + cc_len]
        rest = num[1 + cc_len:]
        ccw = speak_digits(cc, pairs=0.5, homo=0, raw=0, fill=0)
        return rc(["plus ", "plus ", "+"]) + ccw + " " + speak_digits(rest, groups[1:])
    return speak_digits(num, groups)


def sc_phone():
    country = rc(["UK", "UK", "US", "IE", "EU"])
    ind, co = industry()
    num, groups = gen_phone(country)
    v = Val("PHONE", num)
    asr = chance(0.6)
    cs = Case("positive", "%s phone number (%s, %s)" % ("spoken" if asr else "typed", ind, country))
    cs.a(opener(asr, co))
    if not asr:
        cs.c(rc(["can someone call me back", "Please update my contact number", "Delivery driver couldn't reach me"]))
        cs.a("Sure, what's the best number?")
        out, pos = [], 0
        for g in groups:
            out.append(num[pos:pos + g])
            pos += g
        txt = rc([" ".join(out), "".join(out), "-".join(out) if not num.startswith("+") else " ".join(out)])
        cs.c(rc(["", "mob: ", "tel ", "call me on ", "its "]), v.p(txt), rc(["", " after 5pm", " thanks", " (mobile)"]))
        cs.a("Thanks, noted.")
        return cs
    cs.c(rc(["i was cut off earlier can you call me back", "i need to change the phone number on the account"]))
    cs.a("what's the best number to reach you on")
    if chance(0.35) and not num.startswith("+"):
        k = groups[0]
        cs.c(rc(["", "it's "]), v.p(speak_digits(num[:k])))
        cs.a(back())
        cs.c(v.p(speak_digits(num[k:], groups[1:])))
    else:
        cs.c(rc(["yeah it's ", "", "um it's ", "my mobile is "]), v.p(speak_phone(num, groups)))
    if chance(0.4):
        cs.a("so that's ", v.p(speak_phone(num, groups), reading=1))
        cs.c("that's right")
    cs.a("great someone will ring you within two hours")
    return cs


def speak_email(e):
    loc, dom = e.split("@")
    def sp(part, spell):
        out = []
        for tok in re.findall(r"[a-z]+|\d+|[._\-]", part):
            if tok == ".":
                out.append("dot")
            elif tok == "_":
                out.append("underscore")
            elif tok == "-":
                out.append("dash")
            elif tok.isdigit():
                if len(tok) == 4 and chance(0.6):
                    out.append(pair_words(tok[:2]) + " " + (pair_words(tok[2:]) if tok[2] != "0" else "oh " + UNITS[int(tok[3])]))
                elif len(tok) == 2 and tok[1] != "0" and chance(0.6):
                    out.append(pair_words(tok))
                else:
                    out.append(" ".join(UNITS[int(c)] for c in tok))
            elif spell and len(tok) > 1:
                out.append(" ".join(speak_letter(c, 0.15, 0) for c in tok))
            else:
                out.append(tok)
        return " ".join(out)
    spell = chance(0.3)
    return sp(loc, spell) + rc([" at ", " at "]) + sp(dom, False)


def sc_email():
    ind, co = industry()
    e = gen_email()
    v = Val("EMAIL", e)
    asr = chance(0.55)
    cs = Case("positive", "%s email address (%s)" % ("spoken" if asr else "typed", ind))
    cs.a(opener(asr, co))
    if not asr:
        cs.c(rc(["didnt get the confirmation email", "Please send the invoice by email", "change email on acct"]))
        cs.a("What email address should we use?")
        txt = e if chance(0.7) else e.upper() if chance(0.3) else e[0].upper() + e[1:]
        cs.c(rc(["", "email: ", "its ", "send to "]), v.p(txt), rc(["", " pls", " thanks!"]))
        cs.a("Done, you should receive it shortly.")
        return cs
    cs.c(rc(["i never got the email with my booking", "can you email me the statement"]))
    cs.a("sure what's your email address")
    cs.c(rc(["yeah it's ", "it's ", "", "okay it's "]), v.p(speak_email(e)))
    if chance(0.45):
        cs.a(rc(["so that's ", "let me just check "]), v.p(speak_email(e), reading=1))
        cs.c(rc(["yep", "that's it", "yeah all lower case"]))
    cs.a("lovely i've resent that")
    return cs


def sc_dob():
    ind = rc(["healthcare billing", "insurance", "banking", "government", "travel", "telecom"])
    co = rc(IND[ind])
    y, m, d = R.randrange(1935, 2006), R.randrange(1, 13), R.randrange(1, 29)
    us = chance(0.35)
    v = Val("DOB", (y, m, d))
    asr = chance(0.6)
    cs = Case("positive", "%s date of birth (%s)" % ("spoken" if asr else "typed", ind))
    cs.a(opener(asr, co))
    if not asr:
        cs.c(rc(["Query about a patient bill", "need to add a driver to my policy", "locked out of account"]))
        cs.a("Can you confirm your date of birth please?")
        cs.c(rc(["", "DOB ", "dob: ", "born "]), v.p(type_dob(y, m, d, us)))
        cs.a("Thank you.")
        return cs
    cs.c(rc(["i'm calling about a bill for my appointment", "i need to check my policy renewal"]))
    cs.a("can i take your date of birth please")
    cs.c(rc(["yeah it's ", "", "um ", "it's "]), v.p(speak_dob(y, m, d, us)))
    if chance(0.3):
        cs.a("so ", v.p(speak_dob(y, m, d, us), reading=1))
        cs.c("yep")
    cs.a(rc(["thank you", "great that matches what i have"]))
    return cs


def address_pair(us):
    n = R.randrange(1, 250) if not us else R.randrange(100, 9999)
    st = rc(STREETS) + " " + rc(SUFF_US if us else SUFF_UK)
    flat = None
    if not us and chance(0.25):
        flat = R.randrange(1, 30)
    if us and chance(0.2):
        flat = R.randrange(1, 40)
    fw = "Flat" if not us else rc(["Apt", "Apartment", "Unit"])
    canon = ("%s %d, " % (fw, flat) if flat else "") + "%d %s" % (n, st)
    return canon, (fw, flat) if flat else None, n, st


def speak_num_addr(n):
    s = str(n)
    if len(s) == 4 and s[2:] != "00" and chance(0.5):
        return pair_words(s[:2]) + " " + (pair_words(s[2:]) if s[2] != "0" else "oh " + UNITS[int(s[3])])
    if len(s) == 4 and s[1] != "0" and s[2:] == "00":
        return pair_words(s[:2]) + " hundred"
    if len(s) == 3 and s[2] != "0" and chance(0.5):
        return UNITS[int(s[0])] + " hundred and " + (pair_words(s[1:]) if s[1] != "0" else UNITS[int(s[2])])
    if len(s) == 2 and chance(0.8):
        return pair_words(s)
    return " ".join(UNITS[int(c)] if c != "0" else "oh" for c in s)


def sc_address():
    us = chance(0.35)
    ind, co = industry()
    canon, flat, n, st = address_pair(us)
    va = Val("ADDRESS", canon)
    pc = gen_zip() if us else gen_ukpc()
    vp = Val("POSTCODE", pc)
    asr = chance(0.55)
    town = rc(["Springfield", "Austin", "Columbus", "Portland"]) if us else rc(["Leeds", "Bristol", "Glasgow", "Norwich", "Cardiff", "Belfast"])
    cs = Case("positive", "%s address and %s (%s)" % ("spoken" if asr else "typed", "ZIP" if us else "postcode", ind))
    cs.a(opener(asr, co))
    if not asr:
        cs.c(rc(["Moving house, need to update address", "parcel went to old address!!", "new billing address pls"]))
        cs.a("Please send the new address including " + ("ZIP code." if us else "postcode."))
        atext = canon if chance(0.6) else canon.lower() if chance(0.5) else canon.upper()
        pct = pc if chance(0.6) else pc.lower() if chance(0.5) else pc.replace(" ", "")
        cs.c(va.p(atext), rc([", ", "\n", " "]), town + rc([", ", " ", "\n"]) + ("TX " if us and chance(0.5) else ""), vp.p(pct))
        cs.a("Thanks, updated.")
        return cs
    cs.c(rc(["i've moved and need to change my address", "can you check the address you've got for me"]))
    cs.a("okay what's the new address")
    spoken = (flat[0].lower() + " " + speak_num_addr(flat[1]) + rc([" ", ", "]) if flat else "") + \
        speak_num_addr(n) + " " + st.lower()
    cs.c(rc(["it's ", "", "yeah it's ", "um "]), va.p(spoken), rc([" in ", ", ", " "]), town.lower())
    cs.a(rc(["and the postcode", "and the post code please", "mhm and the postcode"]) if not us else "and the zip code")
    if us:
        zt = speak_digits(pc.replace("-", ""), [5, 4] if "-" in pc else None)
    else:
        out, tp = pc.replace(" ", ""), []
        for c in out:
            tp.append(speak_letter(c, 0.3, 0.4) if c.isalpha() else w_digit(c))
        zt = " ".join(tp)
    cs.c(rc(["", "it's ", "that's "]), vp.p(zt))
    if not us and chance(0.4):
        cs.a("so that's ", vp.p(" ".join(speak_letter(c, 0.3, 0.4) if c.isalpha() else w_digit(c) for c in pc.replace(" ", "")), reading=1))
        cs.c("yes")
    cs.a("lovely that's updated")
    return cs


def sc_multi():
    ind, co = industry()
    cs = Case("positive", "identity check with several values, mixed formats (%s)" % ind)
    uk = chance(0.6)
    cs.a(opener(True, co))
    cs.c("hi i need to update a few things on my account")
    cs.a("sure first can i take your date of birth")
    y, m, d = R.randrange(1940, 2004), R.randrange(1, 13), R.randrange(1, 29)
    dv = Val("DOB", (y, m, d))
    cs.c(rc(["", "it's "]), dv.p(speak_dob(y, m, d, not uk)))
    if uk:
        ni = gen_ni()
        nv = Val("NI_NUMBER", ni)
        cs.a("and your national insurance number")
        cs.c(rc(["", "it's ", "um "]), nv.p(speak_ni(ni)))
    else:
        s = gen_ssn()
        sv = Val("SSN", s)
        cs.a("and the last... actually the full social please")
        cs.c(rc(["", "okay "]), sv.p(speak_digits(s, [3, 2, 4])))
    num, groups = gen_phone("UK" if uk else "US")
    pv = Val("PHONE", num)
    cs.a("and what's the new phone number")
    cs.c(rc(["", "it's "]), pv.p(speak_phone(num, groups)))
    e = gen_email()
    ev = Val("EMAIL", e)
    cs.a("and email")
    cs.c(rc(["", "it's "]), ev.p(speak_email(e)))
    cs.a("perfect all updated")
    return cs


# --------------------------------------------------------------------------
# negatives
def rnd_digits(n):
    return str(R.randrange(1, 10)) + "".join(str(R.randrange(10)) for _ in range(n - 1))


def neg():
    ind, co = industry()
    asr = chance(0.6)
    cs = Case("negative", "")
    cs.a(opener(asr, co))
    k = R.randrange(22)
    if k == 0:
        d, g = gen_card()
        cs.c(rc(["my order number is ", "the order ref is "]), speak_digits(d, g) if asr else type_digits(d, g))
        cs.a("thanks i can see that order it's out for delivery")
        cs.note = "16-digit order number read like a card"
    elif k == 1:
        cs.c(rc(["i'm calling about the card ending ", "it's the card that ends in ", "card ending "]),
             speak_digits(rnd_digits(4)) if asr else rnd_digits(4))
        cs.a(rc(["okay i can see a payment of %d pounds %d on that card" % (R.randrange(10, 900), R.randrange(1, 99)),
                 "right that card was declined on the %s" % ordinal_words(R.randrange(1, 29))]))
        cs.note = "card last-four mention and an amount"
    elif k == 2:
        t = "1Z" + rnd_digits(3) + "AA" + rnd_digits(10)
        cs.c("where's my parcel, tracking number " + t)
        cs.a("it's with the courier and due between 9:00 and 13:00 tomorrow")
        cs.note = "tracking number and time window"
    elif k == 3:
        bal = R.randrange(100, 99999)
        cs.c("what's my balance")
        cs.a(("your balance is %s pounds and %s pence" % (speak_num_addr(bal % 1000 or 1), pair_words(str(R.randrange(10, 99))))) if asr
             else "Your current balance is £%d,%03d.%02d and the minimum payment is £%d.00" % (bal // 1000, bal % 1000, R.randrange(100), R.randrange(5, 99)))
        cs.note = "balance and payment amounts"
    elif k == 4:
        ref = rnd_digits(R.randrange(10, 14))
        cs.a("your reference number for today is ", speak_digits(ref, [4, 4, len(ref) - 8]) if asr else ref)
        cs.c("let me write that down " + (speak_digits(ref, [4, 4, len(ref) - 8]) if asr else ref))
        cs.note = "reference number read and read back"
    elif k == 5:
        m = rnd_digits(5)
        cs.c("i want to give a meter reading it's " + (speak_digits(m) if asr else m))
        cs.a("thank you and the meter serial is on the front it starts with letters")
        cs.c("serial " + ("e one six k " + speak_digits(rnd_digits(6)) if asr else "E16K" + rnd_digits(6)))
        cs.note = "meter reading and meter serial number"
    elif k == 6:
        fl = rc(["ba", "ei", "fr", "aa", "lh"])
        cs.c("i'm on flight " + (fl + " " + speak_digits(rnd_digits(3)) if asr else fl.upper() + rnd_digits(3))
             + ", seat " + str(R.randrange(1, 40)) + rc("ACDF") + ", gate " + str(R.randrange(1, 60)))
        cs.a("that flight departs at %d:%02d and boarding closes twenty minutes before" % (R.randrange(6, 22), R.randrange(0, 60, 5)))
        cs.note = "flight, seat, gate numbers and times"
    elif k == 7:
        cs.c("i'm %d years old and i've been with you for %d years" % (R.randrange(18, 90), R.randrange(2, 30)))
        cs.a("thanks for being a loyal customer, your discount is %d%%" % R.randrange(5, 40))
        cs.note = "age, duration and percentage"
    elif k == 8:
        pol = rc(["POL", "MTR", "HH"]) + "-" + rnd_digits(8)
        cs.c("my policy number is " + pol)
        cs.a("thanks, your renewal date is the %s of %s %d" % (ordinal_words(R.randrange(1, 29)), rc(MONTHS), R.randrange(2025, 2028)))
        cs.note = "policy number and renewal date"
    elif k == 9:
        cl = rnd_digits(9)
        cs.c("claim number " + (speak_digits(cl, [3, 2, 4]) if asr else "%s-%s-%s" % (cl[:3], cl[3:5], cl[5:])))
        cs.a("i have that claim, it was opened on %d/%d/%d" % (R.randrange(1, 29), R.randrange(1, 13), R.randrange(2023, 2026)))
        cs.note = "9-digit claim number grouped like an SSN"
    elif k == 10:
        cs.c("the heating's set to %d degrees and it's still cold" % R.randrange(16, 25))
        cs.a("an engineer can come on %s between 8am and 12pm" % rc(["monday", "the %s" % ordinal_words(R.randrange(1, 29))]))
        cs.note = "temperature, appointment date and times"
    elif k == 11:
        road = rc(["the A40", "the M25", "route 66", "the N7", "the B4009", "interstate 95", "junction 14 of the M6"])
        cs.c("i broke down on %s near junction %d" % (road, R.randrange(1, 30)))
        cs.a("recovery will be with you in about %d minutes" % R.randrange(20, 90))
        cs.note = "road names and durations"
    elif k == 12:
        inv = rc(["INV", "inv-", "INV/"]) + rnd_digits(7)
        cs.c("question about invoice %s, amount $%d.%02d" % (inv, R.randrange(10, 5000), R.randrange(100)))
        cs.a("that invoice is due on %s %d" % (rc(MONTHS).title(), R.randrange(1, 29)))
        cs.note = "invoice number, amount and due date"
    elif k == 13:
        mdl = rc(["KX", "QM", "ZR"]) + rnd_digits(6) + rc("ABCD")
        cs.c("the model number on the router is " + mdl + " and serial " + rnd_digits(12))
        cs.a("thanks that model was made in %d" % R.randrange(2015, 2024))
        cs.note = "model number shaped like an NI number, serial number, year"
    elif k == 14:
        room = R.randrange(100, 999)
        cs.c("i'm in room " + (speak_num_addr(room) if asr else str(room)) + " checking out on the " + ordinal_words(R.randrange(1, 29)))
        cs.a("checkout is at 11 and late checkout costs %d euro" % R.randrange(20, 60))
        cs.note = "room number, date, time and price"
    elif k == 15:
        t = rnd_digits(8)
        cs.c("ticket number " + (speak_digits(t, [4, 4]) if asr else t))
        cs.a("thanks that ticket was raised %d days ago and it's priority %d" % (R.randrange(1, 20), R.randrange(1, 4)))
        cs.note = "8-digit ticket number, counts"
    elif k == 16:
        cs.c("how many minutes have i used")
        cs.a("you've used %d of your %d minutes and %s gigabytes of data" % (R.randrange(10, 500), rc([500, 1000, 3000]), R.randrange(1, 80)))
        cs.note = "usage counts"
    elif k == 17:
        contract = "%s %d" % (rc(MONTHS), R.randrange(2020, 2027))
        cs.c("when does my contract end, i signed in %s" % contract)
        cs.a("your contract ends on the %s of %s %d" % (ordinal_words(R.randrange(1, 29)), rc(MONTHS), R.randrange(2025, 2029)))
        cs.note = "contract dates (not DOB)"
    elif k == 18:
        pr = rnd_digits(6)
        cs.c("i'm paying invoice, payment reference " + (speak_digits(pr, [2, 2, 2]) if asr else "-".join([pr[:2], pr[2:4], pr[4:]])))
        cs.a("thanks we received %d pounds on the %s" % (R.randrange(10, 400), ordinal_words(R.randrange(1, 29))))
        cs.note = "6-digit payment reference grouped like a sort code"
    elif k == 19:
        cs.c("my phone's screen cracked, the imei is " + luhn_complete("35", 15))
        cs.a("thanks, a repair costs %d pounds and takes %d working days" % (R.randrange(50, 200), R.randrange(2, 10)))
        cs.note = "IMEI (Luhn-valid 15 digits) and prices"
    elif k == 20:
        cs.c("you charged me twice, once for %s and again for %s" % (
            "%d.%02d" % (R.randrange(10, 99), R.randrange(100)), "%d.%02d" % (R.randrange(10, 99), R.randrange(100))))
        cs.a("i'll refund the duplicate, it takes three to five days, your case number is CAS" + rnd_digits(8))
        cs.note = "amounts, duration, case number"
    else:
        yr = R.randrange(1990, 2024)
        cs.c("we've been customers since %d and the account was opened in %s" % (yr, rc(MONTHS)))
        cs.a("the store opens at 9 and closes at 17:30, %d branches nationwide" % R.randrange(20, 400))
        cs.note = "years, opening hours, counts"
    cs.note += " (%s, %s)" % (ind, "spoken" if asr else "typed")
    return cs


# --------------------------------------------------------------------------
SCHEDULE = ([sc_card_chat] * 12 + [sc_card_asr] * 18 + [sc_card_split] * 12 + [sc_card_correction] * 8
            + [sc_card_aside] * 8 + [sc_ssn] * 26 + [sc_ni] * 28 + [sc_bank] * 22 + [sc_iban] * 14
            + [sc_phone] * 16 + [sc_email] * 14 + [sc_dob] * 12 + [sc_address] * 16 + [sc_multi] * 12)


def generate():
    pos = [f() for f in SCHEDULE]
    R.shuffle(pos)
    negs = [neg() for _ in range(115)]
    rows, metas = [], []
    for i, cs in enumerate(pos, 1):
        turns, spans, meta = cs.build()
        rows.append({"id": "h522-pos-%03d" % i, "kind": "positive", "turns": turns, "spans": spans, "note": cs.note})
        metas.append(meta)
    for i, cs in enumerate(negs, 1):
        turns, spans, meta = cs.build()
        rows.append({"id": "h522-neg-%03d" % i, "kind": "negative", "turns": turns, "spans": spans, "note": cs.note})
        metas.append(meta)
    text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    return rows, metas, text


def check(rows, metas, text):
    errs = []
    with open(OUT, encoding="utf-8") as fh:
        if fh.read() != text:
            errs.append("cases.jsonl is not byte-identical to a fresh generation")
    ids = [r["id"] for r in rows]
    if len(ids) != len(set(ids)):
        errs.append("duplicate ids")
    counts = {}
    npos = sum(r["kind"] == "positive" for r in rows)
    nneg = sum(r["kind"] == "negative" for r in rows)
    for r, meta in zip(rows, metas):
        if r["kind"] == "negative" and r["spans"]:
            errs.append("%s negative has spans" % r["id"])
        if r["kind"] == "positive" and not r["spans"]:
            errs.append("%s positive without spans" % r["id"])
        for t in r["turns"]:
            if t["speaker"] not in ("customer", "agent") or not t["text"]:
                errs.append("%s bad turn" % r["id"])
        byturn = {}
        for s in r["spans"]:
            counts[s["type"]] = counts.get(s["type"], 0) + 1
            txt = r["turns"][s["turn"]]["text"]
            a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(txt)):
                errs.append("%s span out of range" % r["id"])
                continue
            if not (txt[a].isalnum() or txt[a] == "+") or not txt[b - 1].isalnum():
                errs.append("%s span edge not alnum: %r" % (r["id"], txt[a:b]))
            if (a > 0 and txt[a - 1].isalnum()) or (b < len(txt) and txt[b].isalnum()):
                errs.append("%s span not on word boundary: %r" % (r["id"], txt[a:b]))
            byturn.setdefault(s["turn"], []).append((a, b))
        for lst in byturn.values():
            lst.sort()
            for (a1, b1), (a2, b2) in zip(lst, lst[1:]):
                if a2 < b1:
                    errs.append("%s overlapping spans" % r["id"])
        groups = {}
        for sg in meta:
            v = sg.val
            if not validate_canon(v.typ, v.canon):
                errs.append("%s invalid canonical %s %r" % (r["id"], v.typ, v.canon))
            try:
                nk = key(normalise(sg.text, MODE[v.typ]), v.typ)
            except ParseError as e:
                errs.append("%s %s" % (r["id"], e))
                continue
            if sg.role == "part":
                groups.setdefault((v.id, sg.reading), [v, ""])[1] += nk
            elif sg.role == "last4":
                if not key(v.canon, v.typ).endswith(nk) or len(nk) != 4:
                    errs.append("%s last-four mismatch" % r["id"])
            elif not nk:
                errs.append("%s empty fragment" % r["id"])
        for (vid, rd), (v, nk) in groups.items():
            if v.typ in ("DOB", "EXPIRY"):
                ok = nk in date_keys(v.typ, v.canon)
            elif v.typ == "ADDRESS":
                ok = nk == key(normalise(v.canon, "address"), v.typ)
            else:
                ok = nk == key(v.canon, v.typ)
            if not ok:
                errs.append("%s %s reading does not normalise to value: %r vs %r" % (r["id"], v.typ, nk, v.canon))
    need = {"CARD_NUMBER": 70, "SSN": 30, "NI_NUMBER": 30}
    for t in MODE:
        if counts.get(t, 0) < need.get(t, 10):
            errs.append("too few %s spans: %d" % (t, counts.get(t, 0)))
    if npos < 200 or nneg < 100:
        errs.append("too few cases: %d pos %d neg" % (npos, nneg))
    return errs, counts, npos, nneg


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args()
    rows, metas, text = generate()
    if args.check:
        errs, counts, npos, nneg = check(rows, metas, text)
        for e in errs[:60]:
            print("ERROR", e)
        print("positives %d negatives %d spans %s" % (npos, nneg, json.dumps(dict(sorted(counts.items())))))
        if errs:
            print("CHECK FAILED (%d errors)" % len(errs))
            sys.exit(1)
        print("CHECK OK")
        return
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as fh:
        fh.write(text)
    print("wrote %d cases to %s" % (len(rows), os.path.normpath(OUT)))


if __name__ == "__main__":
    main()

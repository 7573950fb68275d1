#!/usr/bin/env python3
"""Generate the pii_holdout387 held-out PII evaluation set.

Written by an independent test author (AI helper) without access to the
redaction engine.  Standard library only.  Usage:

    python scripts/make_pii_holdout387.py          # write cases.jsonl
    python scripts/make_pii_holdout387.py --check  # regenerate + validate
"""
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "tests", "fixtures", "pii_holdout387", "cases.jsonl")
SEED = 387241125

# ---------------------------------------------------------------- vocab
UNITW = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
ZEROS = ["oh", "o", "zero", "nought", "oh", "zero", "nil"]
HOMO = {"1": ["won"], "2": ["to", "too"], "3": ["tree"], "4": ["for", "fore"], "8": ["ate"], "9": ["niner"]}
TEENW = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
TENSW = {"2": "twenty", "3": "thirty", "4": "forty", "5": "fifty", "6": "sixty", "7": "seventy", "8": "eighty", "9": "ninety"}
UNITS = {"zero": "0", "oh": "0", "o": "0", "nought": "0", "naught": "0", "nil": "0", "one": "1", "won": "1",
         "two": "2", "to": "2", "too": "2", "three": "3", "tree": "3", "four": "4", "for": "4", "fore": "4",
         "five": "5", "six": "6", "seven": "7", "eight": "8", "ate": "8", "nine": "9", "niner": "9"}
REAL_UNITS = {w: str(i) for i, w in enumerate(UNITW) if i}
REAL_UNITS.update({"won": "1", "tree": "3", "fore": "4", "niner": "9"})
TEENS = {w: str(10 + i) for i, w in enumerate(TEENW)}
TENS = {v: k for k, v in TENSW.items()}
TENS["fourty"] = "4"
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "f": "foxtrot", "g": "golf",
        "h": "hotel", "i": "india", "j": "juliet", "k": "kilo", "l": "lima", "m": "mike", "n": "november",
        "o": "oscar", "p": "papa", "q": "quebec", "r": "romeo", "s": "sierra", "t": "tango", "u": "uniform",
        "v": "victor", "w": "whiskey", "x": "xray", "y": "yankee", "z": "zulu"}
NATO_REV = {v: k for k, v in NATO.items()}
FOLK = {"b": "bertie", "d": "david", "m": "mother", "p": "peter", "s": "sugar", "t": "tommy", "c": "charles",
        "n": "nancy", "h": "harry", "j": "john", "k": "king", "r": "robert", "w": "william", "e": "edward"}
# letter names as an ASR writes them, including homophones / mishearings
LNAMES = {"a": ["ay", "hey", "a"], "b": ["bee", "be"], "c": ["see", "sea"], "d": ["dee"], "e": ["e", "he"],
          "f": ["ef", "eff"], "g": ["gee", "jee"], "h": ["aitch", "haitch"], "i": ["eye", "i"], "j": ["jay"],
          "k": ["kay"], "l": ["el", "elle"], "m": ["em"], "n": ["en"], "o": ["oh"], "p": ["pee", "pea"],
          "q": ["queue", "cue", "kew"], "r": ["are", "ar"], "s": ["ess", "es"], "t": ["tea", "tee"],
          "u": ["you", "yew"], "v": ["vee"], "w": ["double you", "dubya"], "x": ["ex"], "y": ["why", "wye"],
          "z": ["zed", "zee"]}
LNAME_REV = {}
for _l, _ns in LNAMES.items():
    for _n in _ns:
        if " " not in _n and _n not in ("a", "i", "oh"):
            LNAME_REV[_n] = _l
FILLERS = {"um", "uh", "er", "erm", "ah", "uhm", "hmm"}
SEG_VOCAB = set(UNITW) | {"oh", "nought"} | set(TEENW) | set(TENSW.values()) | {"double", "triple", "hundred"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december"]
ORD = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
       "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
       "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
       "twentieth": 20, "thirtieth": 30}
ORD_WORD = {v: k for k, v in ORD.items()}
STREET_SUFFIX = {"road", "rd", "street", "st", "lane", "ln", "avenue", "ave", "close", "drive", "dr", "crescent",
                 "way", "terrace", "place", "court", "grove", "gardens", "boulevard", "blvd", "square", "row",
                 "hill", "park", "view", "walk", "mews", "parade"}


# ---------------------------------------------------------------- normaliser
def segment(tok):
    """Split words run together by the recogniser ("fourfive") into vocab words."""
    n = len(tok)
    best = [None] * (n + 1)
    best[0] = []
    for i in range(n):
        if best[i] is None:
            continue
        for j in range(i + 1, n + 1):
            if tok[i:j] in SEG_VOCAB and best[j] is None:
                best[j] = best[i] + [tok[i:j]]
    return best[n]


def tokens(text):
    out = []
    for t in re.findall(r"[a-z]+|\d+|,", text.lower()):
        if t.isalpha() and len(t) > 1 and t not in KNOWN:
            s = segment(t)
            out.extend(s if s else [t])
        else:
            out.append(t)
    return out


KNOWN = set(UNITS) | set(TEENS) | set(TENS) | set(NATO_REV) | set(LNAME_REV) | FILLERS | set(FOLK.values()) | {
    "double", "triple", "hundred", "plus", "you", "as", "in", "u", "and", "dubya"}


def letter_of(tok):
    if len(tok) == 1 and tok.isalpha():
        return tok
    if tok in LNAME_REV:
        return LNAME_REV[tok]
    if tok == "oh":
        return "o"
    return None


def cands(tok):
    if tok in ("o", "oh"):
        return {"0", "O"}
    if tok == "i":
        return {"1", "I"}
    if tok == "l":
        return {"1", "L"}
    if tok in UNITS:
        return {UNITS[tok]}
    if tok == "dubya":
        return {"W"}
    le = letter_of(tok)
    if le:
        return {le.upper()}
    if tok in NATO_REV:
        return {NATO_REV[tok].upper()}
    return None


def spoken_chars(text):
    """Normalise a typed or spoken value to a list of candidate-character sets."""
    toks = tokens(text)
    res = []
    i = 0
    n = len(toks)
    nxt = lambda k: toks[k] if k < n else None
    while i < n:
        t = toks[i]
        if t == "," or t in FILLERS or t == "plus":
            i += 1
            continue
        if t.isdigit():
            res.extend({c} for c in t)
            i += 1
            continue
        if t in ("double", "triple"):
            if t == "double" and nxt(i + 1) in ("you", "u"):
                res.append({"W"})
                i += 2
                continue
            c = cands(nxt(i + 1) or "")
            if c is None:
                return None
            res.extend([c] * (2 if t == "double" else 3))
            i += 2
            continue
        le = letter_of(t)
        if le and nxt(i + 1) == "for" and nxt(i + 2) and nxt(i + 2)[0] == le and nxt(i + 2) not in UNITS \
                and nxt(i + 2) not in TEENS and nxt(i + 2) not in TENS:
            res.append({le.upper()})
            i += 3
            continue
        if le and nxt(i + 1) == "as" and nxt(i + 2) == "in" and nxt(i + 3) and nxt(i + 3)[0] == le:
            res.append({le.upper()})
            i += 4
            continue
        if t in TEENS:
            res.extend({c} for c in TEENS[t])
            i += 1
            continue
        if t in TENS:
            if nxt(i + 1) in REAL_UNITS:
                res.extend([{TENS[t]}, {REAL_UNITS[toks[i + 1]]}])
                i += 2
            else:
                res.extend([{TENS[t]}, {"0"}])
                i += 1
            continue
        if t in UNITS and nxt(i + 1) == "hundred":
            res.append({UNITS[t]})
            j = i + 2
            if nxt(j) == "and":
                j += 1
                w = nxt(j)
                if w in REAL_UNITS:
                    res.extend([{"0"}, {REAL_UNITS[w]}])
                    i = j + 1
                    continue
            w = nxt(j)
            if w in TEENS:
                res.extend({c} for c in TEENS[w])
                i = j + 1
            elif w in TENS:
                if nxt(j + 1) in REAL_UNITS:
                    res.extend([{TENS[w]}, {REAL_UNITS[toks[j + 1]]}])
                    i = j + 2
                else:
                    res.extend([{TENS[w]}, {"0"}])
                    i = j + 1
            else:
                res.extend([{"0"}, {"0"}])
                i = i + 2
            continue
        c = cands(t)
        if c is None:
            if not t.isalpha():
                return None
            # typed letter run such as "gb" or "nwbk": one character per letter
            res.extend(cands(x) for x in t)
            i += 1
            continue
        res.append(c)
        i += 1
    return res


def chars_match(text, expected):
    c = spoken_chars(text)
    if c is None or len(c) != len(expected):
        return False
    return all(e in s for e, s in zip(expected.upper(), c))


def spoken_email(text):
    toks = re.findall(r"[a-z]+|\d+|[.@_\-+]", text.lower())
    out = []
    i = 0
    numw = set(REAL_UNITS) | set(TEENS) | set(TENS) | {"zero"}
    while i < len(toks):
        t = toks[i]
        if t in FILLERS:
            i += 1
            continue
        m = {"dot": ".", "at": "@", "underscore": "_", "dash": "-", "hyphen": "-"}.get(t)
        if m:
            out.append(m)
            i += 1
            continue
        if len(t) == 1 and t.isalpha() and i + 2 < len(toks) and toks[i + 1] == "for" and toks[i + 2][0] == t:
            out.append(t)
            i += 3
            continue
        if t in numw:
            j = i
            while j < len(toks) and toks[j] in numw:
                j += 1
            c = spoken_chars(" ".join(toks[i:j]))
            out.append("".join(next(iter(s)) for s in c))
            i = j
            continue
        out.append(t)
        i += 1
    return "".join(out)


def date_digits(text):
    t = text.lower()
    for k, mname in enumerate(MONTHS):
        t = re.sub(r"\b%s\b|\b%s\b" % (mname, mname[:3] + r"t?"), " %02d " % (k + 1), t)
    t = re.sub(r"(\d+)(st|nd|rd|th)\b", r"\1", t)
    toks = re.findall(r"[a-z]+|\d+", t)
    out = []
    run = []

    def flush():
        if run:
            c = spoken_chars(" ".join(run))
            out.append(None if c is None else "".join(sorted(x)[0] for x in c))
            del run[:]

    i = 0
    while i < len(toks):
        w = toks[i]
        if w in ("the", "of", "and", "thousand") or w in FILLERS:
            flush()
        elif w in ORD:
            flush()
            out.append(str(ORD[w]))
        elif w in TENS and i + 1 < len(toks) and toks[i + 1] in ORD:
            flush()
            out.append(TENS[w] + str(ORD[toks[i + 1]]))
            i += 1
        elif w.isdigit():
            flush()
            out.append(w)
        else:
            run.append(w)
        i += 1
    flush()
    if None in out:
        return None
    return " ".join(out)


# ---------------------------------------------------------------- validators
def luhn_ok(d):
    tot = 0
    for i, ch in enumerate(reversed(d)):
        v = int(ch)
        if i % 2:
            v *= 2
            if v > 9:
                v -= 9
        tot += v
    return tot % 10 == 0


def iban_ok(s):
    s = s.upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


NI_RE = re.compile(r"(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]")
UKPC_RE = re.compile(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}")


def value_ok(typ, v):
    if typ == "CARD_NUMBER":
        return v.isdigit() and 13 <= len(v) <= 19 and luhn_ok(v)
    if typ == "CVV":
        return v.isdigit() and len(v) in (3, 4)
    if typ == "SSN":
        return v.isdigit() and len(v) == 9 and v[:3] not in ("000", "666") and v[0] != "9" and v[3:5] != "00" \
            and v[5:] != "0000"
    if typ == "NI_NUMBER":
        return bool(NI_RE.fullmatch(v))
    if typ == "SORT_CODE":
        return v.isdigit() and len(v) == 6
    if typ == "BANK_ACCOUNT":
        return v.isdigit() and 6 <= len(v) <= 17
    if typ == "IBAN":
        return iban_ok(v)
    if typ == "PHONE":
        return v.isdigit() and 10 <= len(v) <= 15
    if typ == "POSTCODE":
        return bool(UKPC_RE.fullmatch(v) or re.fullmatch(r"\d{5}(\d{4})?", v))
    if typ == "EMAIL":
        return bool(re.fullmatch(r"[a-z0-9._+\-]+@[a-z0-9\-]+(\.[a-z0-9\-]+)+", v))
    return True


# ---------------------------------------------------------------- generation helpers
R = random.Random(SEED)


def ch(seq):
    return R.choice(seq)


def luhn_complete(prefix, length):
    body = prefix + "".join(str(R.randrange(10)) for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def gen_card():
    kind = ch(["visa", "visa", "mc", "mc", "amex", "disc", "visa13", "maestro19", "mc2"])
    if kind == "visa":
        return luhn_complete("4", 16)
    if kind == "visa13":
        return luhn_complete("4", 13)
    if kind == "mc":
        return luhn_complete(str(R.randint(51, 55)), 16)
    if kind == "mc2":
        return luhn_complete(str(R.randint(2221, 2720)), 16)
    if kind == "amex":
        return luhn_complete(ch(["34", "37"]), 15)
    if kind == "disc":
        return luhn_complete("6011", 16)
    return luhn_complete(ch(["6759", "5018", "6304"]), 19)


def gen_ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


def gen_ni():
    while True:
        v = ch("ABCEGHJKLMNOPRSTWXYZ") + ch("ABCEGHJKLMNPRSTWXYZ") + "".join(str(R.randrange(10)) for _ in range(6)) \
            + ch("ABCD")
        if NI_RE.fullmatch(v):
            return v


def gen_iban():
    cc = ch(["GB", "GB", "IE", "IE", "DE", "NL", "FR", "ES"])
    dg = lambda n: "".join(str(R.randrange(10)) for _ in range(n))
    if cc in ("GB", "IE"):
        bban = ch(["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "AIBK", "BOFI", "IPBS"]) + dg(14)
    elif cc == "NL":
        bban = ch(["ABNA", "INGB", "RABO"]) + dg(10)
    elif cc == "DE":
        bban = dg(18)
    elif cc == "FR":
        bban = dg(23)
    else:
        bban = dg(20)
    r = bban + cc + "00"
    chk = 98 - int("".join(str(int(c, 36)) for c in r)) % 97
    v = cc + "%02d" % chk + bban
    assert iban_ok(v)
    return v


UK_PCS = ["SW1A1AA", "M11AE", "B338TH", "CR26XH", "DN551PT", "EC1A1BB", "LS62QW", "G128QQ", "BT71NN", "CF104GA",
          "EH39JU", "NE14ST", "BS81TH", "L18JQ", "OX13PU", "CB21TN", "SE175QA", "N79GU", "W1D4FA", "NG71FB",
          "PL48AA", "YO17HH", "KT26LB", "RG14DQ", "SO143JA", "BN21GE", "HP201XJ", "TW91DY"]


def gen_postcode(us=None):
    if us is None:
        us = R.random() < 0.35
    if us:
        z = "%05d" % R.randint(1001, 99950)
        if R.random() < 0.25:
            z += "%04d" % R.randint(1, 9999)
        return z
    return ch(UK_PCS)


def pc_typed(v):
    if v.isdigit():
        return v if len(v) == 5 else v[:5] + "-" + v[5:]
    f = v[:-3] + ch([" ", " ", "", "  "]) + v[-3:]
    return ch([f, f, f.lower(), f.title() if R.random() < 0.2 else f])


# ---- spoken renderings
def letter_words(le, style):
    if style == "plain":
        return le
    if style == "nato":
        return NATO[le]
    if style == "for":
        w = ch([NATO[le], NATO[le], FOLK.get(le, NATO[le])])
        return le + " for " + w if R.random() < 0.8 else le + " as in " + w
    return ch(LNAMES[le])


def unit_word(d, homo=False):
    if d == "0":
        return ch(ZEROS)
    if homo and d in HOMO and R.random() < 0.5:
        return ch(HOMO[d])
    return UNITW[int(d)]


def pair_words(p):
    a, b = p
    if a == "1":
        return TEENW[int(b)]
    if b == "0":
        return TENSW[a]
    return TENSW[a] + " " + UNITW[int(b)]


def speak(s, homo=False, fill=0.08, digitmix=0.0, letters="mix", pairs=0.35, hundreds=0.1, glue=0.12):
    """Render an alphanumeric string the way a recogniser writes a reading."""
    s = s.lower()
    chunks = []  # (words, kind)
    i = 0
    while i < len(s):
        c = s[i]
        if c.isalpha():
            st = ch(["plain", "name", "name", "nato", "for"]) if letters == "mix" else letters
            chunks.append((letter_words(c, st), "letter"))
            i += 1
            continue
        rest = s[i:]
        m = re.match(r"\d+", rest).group(0)
        r = R.random()
        if len(m) >= 3 and m[0] == m[1] == m[2] and R.random() < 0.6:
            chunks.append(("triple " + unit_word(c), "w"))
            i += 3
        elif len(m) >= 2 and m[0] == m[1] and R.random() < 0.6:
            chunks.append(("double " + unit_word(c), "w"))
            i += 2
        elif digitmix and r < digitmix:
            k = min(len(m), R.randint(1, 4))
            chunks.append((m[:k], "digits"))
            i += k
        elif len(m) >= 3 and m[0] != "0" and R.random() < hundreds:
            h, t = m[1], m[2]
            if h == "0" and t == "0":
                w = UNITW[int(m[0])] + " hundred"
            elif h == "0":
                w = UNITW[int(m[0])] + " hundred and " + UNITW[int(t)]
            else:
                w = UNITW[int(m[0])] + " hundred " + ("and " if R.random() < 0.6 else "") + pair_words(h + t)
            chunks.append((w, "w"))
            i += 3
        elif len(m) >= 2 and m[0] != "0" and R.random() < pairs:
            chunks.append((pair_words(m[:2]), "w"))
            i += 2
        else:
            chunks.append((unit_word(c, homo), "unit"))
            i += 1
    out = ""
    for k, (w, kind) in enumerate(chunks):
        if k:
            prev, pk = chunks[k - 1]
            lastw = prev.split()[-1]
            sep = " "
            if lastw in TENS or lastw == "hundred":
                sep = ", "
            elif pk == "digits" and kind == "digits":
                sep = " "
            elif pk == "unit" and kind == "unit" and prev in UNITW[1:] + ["oh"] and w in UNITW[1:] \
                    and R.random() < glue:
                sep = ""
            if R.random() < fill and sep != "":
                sep = sep.rstrip() + " " + ch(["um", "uh", "er", "erm", "uh", "um"]) + " "
            out += sep
        out += w
    return out


def group_digits(s, sizes, sep):
    out, i = [], 0
    for z in sizes:
        if i >= len(s):
            break
        out.append(s[i:i + z])
        i += z
    if i < len(s):
        out.append(s[i:])
    return sep.join(out)


def split_sizes(n, parts):
    """Split length n into `parts` chunk lengths (>=2 each)."""
    cuts = sorted(R.sample(range(2, n - 1), parts - 1)) if n > 2 * parts else [n // parts * (k + 1) for k in range(parts - 1)]
    res, prev = [], 0
    for c in cuts + [n]:
        res.append(c - prev)
        prev = c
    return [r for r in res if r > 0]


# ---------------------------------------------------------------- case builder
class V:
    def __init__(self, text, typ, gid, piece, vkind="chars"):
        self.text, self.typ, self.gid, self.piece, self.vkind = text, typ, gid, piece, vkind


class Case:
    def __init__(self, kind, note, call):
        self.kind, self.note, self.call = kind, note, call
        self.turns = []
        self.groups = {}

    def group(self, typ, canonical, partial=False):
        g = len(self.groups)
        self.groups[g] = (typ, canonical, partial)
        return g

    def say(self, speaker, *segs):
        self.turns.append((speaker, list(segs)))

    def render(self, cid):
        turns, spans, meta = [], [], []
        for ti, (sp, segs) in enumerate(self.turns):
            text = ""
            for s in segs:
                if isinstance(s, V):
                    st = len(text)
                    text += s.text
                    spans.append({"turn": ti, "start": st, "end": len(text), "type": s.typ})
                    meta.append(s)
                else:
                    text += s.lower() if self.call else s
            turns.append({"speaker": sp, "text": text})
        return ({"id": cid, "kind": self.kind, "turns": turns, "spans": spans, "note": self.note}, meta,
                self.groups)


BACKCH = ["mhm", "go on", "yep", "okay", "uh huh", "yeah", "right", "got that", "mm hmm", "okay go on", "sure"]
RB_ASK = ["is that right?", "is that correct?", "yeah?", "have I got that right?", "correct?"]


def piece_render(c, typ, piece, call, homo):
    if not call:
        return piece
    kw = dict(homo=homo, digitmix=ch([0, 0, 0.15, 0.3]))
    return speak(piece, **kw)


def typed_value(typ, v):
    if typ == "CARD_NUMBER":
        if len(v) == 15 and R.random() < 0.6:
            return group_digits(v, [4, 6, 5], ch([" ", "-"]))
        st = ch(["4s", "4s", "4d", "none", "odd", "4dot"])
        if st == "4s":
            return group_digits(v, [4] * 5, ch([" ", " ", "  "]))
        if st == "4d":
            return group_digits(v, [4] * 5, "-")
        if st == "4dot":
            return group_digits(v, [4] * 5, ".")
        if st == "odd":
            return group_digits(v, [R.randint(2, 6) for _ in range(8)], " ")
        return v
    if typ == "SSN":
        return ch([v[:3] + "-" + v[3:5] + "-" + v[5:], v[:3] + " " + v[3:5] + " " + v[5:], v,
                   v[:3] + "-" + v[3:5] + "-" + v[5:]])
    if typ == "NI_NUMBER":
        f = ch([v, v[:2] + " " + v[2:4] + " " + v[4:6] + " " + v[6:8] + " " + v[8], v[:2] + v[2:8] + " " + v[8],
                v[:2] + "-" + v[2:8] + "-" + v[8]])
        return ch([f, f, f.lower()])
    if typ == "SORT_CODE":
        return ch([v[:2] + "-" + v[2:4] + "-" + v[4:], v[:2] + " " + v[2:4] + " " + v[4:], v,
                   v[:2] + "-" + v[2:4] + "-" + v[4:]])
    if typ == "IBAN":
        f = ch([group_digits(v, [4] * 9, " "), v, group_digits(v, [4] * 9, " ")])
        return ch([f, f, f.lower()])
    if typ == "POSTCODE":
        return pc_typed(v)
    if typ == "PHONE":
        return v
    return v


def value_into(c, speaker, typ, canonical, call, pre, post, readback=False, split=0, restart=False, aside=False,
               homo=None, typed_override=None):
    """Add a reading of `canonical` spoken/typed by `speaker`, optionally split etc."""
    if homo is None:
        homo = call and R.random() < 0.4
    g = c.group(typ, canonical)
    if not call:
        txt = typed_override or typed_value(typ, canonical)
        c.say(speaker, pre, V(txt, typ, g, canonical), post)
    elif split >= 2:
        sizes = split_sizes(len(canonical), split)
        i = 0
        for k, z in enumerate(sizes):
            p = canonical[i:i + z]
            i += z
            lead = pre if k == 0 else ch(["", "", "then ", "and then ", "uh ", "next bit is "])
            tail = post if k == len(sizes) - 1 else ch(["", "", "...", " um"])
            c.say(speaker, lead, V(piece_render(c, typ, p, call, homo), typ, g, p), tail)
            if k < len(sizes) - 1:
                other = "agent" if speaker == "customer" else "customer"
                c.say(other, ch(BACKCH))
    else:
        segs = [pre]
        if restart:
            k = R.randint(2, min(6, len(canonical) - 2))
            gp = c.group(typ, canonical, partial=True)
            p0 = canonical[:k]
            segs += [V(piece_render(c, typ, p0, call, homo), typ, gp, p0),
                     ch([" no sorry, let me start again, ", " wait, sorry, from the top, ", " hang on, I read that wrong, ",
                         " no no, scratch that, "])]
        if aside:
            k = R.randint(3, len(canonical) - 3)
            p1, p2 = canonical[:k], canonical[k:]
            segs += [V(piece_render(c, typ, p1, call, homo), typ, g, p1),
                     ch([", sorry the dog's going mad, ", ", hang on let me get my glasses, ", " ... sorry, kids, ",
                         ", one second the train's going into a tunnel, ", ", where was I, right, "]),
                     V(piece_render(c, typ, p2, call, homo), typ, g, p2)]
        else:
            segs.append(V(piece_render(c, typ, canonical, call, homo), typ, g, canonical))
        segs.append(post)
        c.say(speaker, *segs)
    if readback:
        g2 = c.group(typ, canonical)
        rb = speak(canonical, fill=0, digitmix=0, pairs=0.15, hundreds=0, glue=0) if call else typed_value(typ, canonical)
        c.say("agent", ch(["so that's ", "let me read that back, ", "thank you, I have ", "just to confirm, "]),
              V(rb, typ, g2, canonical), ", " + ch(RB_ASK))
        c.say("customer", ch(["yes", "yeah that's it", "correct", "yep", "that's right"]))
    return g


# ---------------------------------------------------------------- positive templates
INDUSTRY = ["bank", "mobile network", "energy supplier", "online store", "insurer", "airline", "hospital billing office",
            "council tax office", "broadband provider", "water company", "travel agency", "revenue office"]


def greet(c):
    if c.call:
        c.say("agent", ch(["thanks for calling %s, you're speaking with %s, how can I help?",
                           "hello you're through to the %s, my name's %s",
                           "good morning %s, %s speaking"]) % (ch(INDUSTRY), ch(["dave", "priya", "sean", "aoife",
                                                                              "marcus", "leanne", "tom"])))
    else:
        c.say("agent", ch(["Hi, thanks for contacting us. How can I help today?", "Hello! You're chatting with %s." %
                           ch(["Sam", "Ola", "Niamh", "Jordan"]), "Good afternoon, what can I do for you?"]))


def t_card(c):
    greet(c)
    card = gen_card()
    call = c.call
    if call:
        c.say("customer", ch(["yeah i want to pay my bill", "i need to make a payment on the account",
                              "i'd like to book the flight and pay now", "i'm paying the outstanding balance"]))
        c.say("agent", "okay what's the long number on the card?")
        mode = ch(["plain", "split", "split3", "restart", "aside", "plain"])
        value_into(c, "customer", "CARD_NUMBER", card, True, ch(["", "it's ", "yeah it's ", "um okay it's "]), "",
                   readback=R.random() < 0.45, split={"split": 2, "split3": 3}.get(mode, 0),
                   restart=mode == "restart", aside=mode == "aside")
    else:
        lab = ch(["card no: ", "Card number: ", "crad number ", "my card is ", "cc# ", "long number - ", ""])
        c.say("customer", lab, V(typed_value("CARD_NUMBER", card), "CARD_NUMBER", c.group("CARD_NUMBER", card), card),
              ch(["", ".", " thanks", " pls"]))
    if R.random() < 0.7:
        m, y = R.randint(1, 12), R.randint(25, 31)
        c.say("agent", ch(["and the expiry date?", "expiry?", "what's the expiry on it?", "Expiry date please"]))
        add_expiry(c, m, y)
    if R.random() < 0.65:
        c.say("agent", ch(["and the three digits on the back?", "security code please", "and the cvv?",
                           "last thing, the security number on the back"]))
        cvv = "%04d" % R.randint(0, 9999) if len(card) == 15 else "%03d" % R.randint(0, 999)
        value_into(c, "customer", "CVV", cvv, call, ch(["", "it's ", "", "that's "]), "", homo=call and R.random() < .5)
    if R.random() < 0.3:
        # full card was read in this case, so its last four are labelled too
        gl = c.group("CARD_NUMBER", card, partial="suffix")
        c.say("agent", "thank you, that's gone through. the card ending ",
              V(card[-4:] if not call else speak(card[-4:], fill=0), "CARD_NUMBER", gl, card[-4:]), " has been charged.")
    c.note = "card reading (%s, %d digits)" % ("asr" if call else "chat", len(card))


def add_expiry(c, m, y):
    g = c.group("EXPIRY", (m, y))
    if c.call:
        txt = ch([
            speak("%02d" % m, fill=0, pairs=0) + " " + ch([TENSW[str(y // 10)] + " " + UNITW[y % 10] if y % 10 else TENSW[str(y // 10)],
                                                            UNITW[y // 10] + " " + UNITW[y % 10]]),
            MONTHS[m - 1] + " twenty " + (TENSW[str(y // 10)] + " " + UNITW[y % 10] if y % 10 else TENSW[str(y // 10)]),
            MONTHS[m - 1] + " " + ("20" + str(y)),
            "%s %s" % (UNITW[m] if m < 10 else TEENW[m - 10], pair_words(str(y))),
        ])
    else:
        txt = ch(["%02d/%02d" % (m, y), "%d/%d" % (m, y), "%02d-20%02d" % (m, y), "%s %02d" % (MONTHS[m - 1][:3].title(), y),
                  "%02d / %02d" % (m, y), "%s 20%02d" % (MONTHS[m - 1].title(), y)])
    c.say("customer", ch(["", "it's ", "expires "]), V(txt, "EXPIRY", g, (m, y), "date"), "")


def t_ssn(c):
    greet(c)
    v = gen_ssn()
    c.say("agent", ch(["for security can I get your social security number?", "I'll need the last... actually the full social please",
                       "Can you confirm your SSN?", "what's your social?"]))
    mode = ch(["plain", "split", "readback", "aside", "restart"]) if c.call else "plain"
    pre = ch(["", "sure it's ", "yeah ", "ok ", "SSN: " if not c.call else "it's "])
    value_into(c, "customer", "SSN", v, c.call, pre, "", readback=mode == "readback" or R.random() < .2,
               split=2 if mode == "split" else 0, restart=mode == "restart", aside=mode == "aside")
    if R.random() < 0.3:
        c.say("agent", ch(["thanks, and the zip code on file?", "and your zip?"]))
        z = gen_postcode(us=True)
        value_into(c, "customer", "POSTCODE", z, c.call, "", "")
    c.note = "US social security number (%s)" % ("asr" if c.call else "typed")


def t_ni(c):
    greet(c)
    v = gen_ni()
    c.say("agent", ch(["can I take your national insurance number please?", "what's your NI number?",
                       "Please provide your National Insurance number.", "and your national insurance?"]))
    mode = ch(["plain", "split", "readback", "aside", "restart", "plain"]) if c.call else "plain"
    if c.call:
        g = c.group("NI_NUMBER", v)
        if mode == "split":
            a, b = v[:2], v[2:]
            c.say("customer", ch(["", "it's ", "right it's "]), V(speak(a, letters=ch(["mix", "name", "for"])), "NI_NUMBER", g, a))
            c.say("agent", ch(BACKCH))
            c.say("customer", V(speak(b), "NI_NUMBER", g, b), "")
        elif mode == "aside":
            a, b = v[:5], v[5:]
            c.say("customer", "it's ", V(speak(a), "NI_NUMBER", g, a), ch([", sorry it's on a letter somewhere, ",
                                                                           ", bear with me, "]), V(speak(b), "NI_NUMBER", g, b))
        elif mode == "restart":
            gp = c.group("NI_NUMBER", v, partial=True)
            c.say("customer", "it's ", V(speak(v[:3]), "NI_NUMBER", gp, v[:3]), " no wait that's my old one, no it's the same, ",
                  V(speak(v), "NI_NUMBER", g, v))
        else:
            c.say("customer", ch(["", "yeah it's ", "it's "]), V(speak(v), "NI_NUMBER", g, v), "")
        if mode == "readback" or R.random() < 0.3:
            g2 = c.group("NI_NUMBER", v)
            c.say("agent", "so that's ", V(speak(v, letters=ch(["for", "plain", "nato"]), fill=0), "NI_NUMBER", g2, v), ", " + ch(RB_ASK))
            c.say("customer", ch(["yes", "yep", "that's it"]))
    else:
        value_into(c, "customer", "NI_NUMBER", v, False, ch(["", "NI: ", "ni no. ", "its ", "National insurance "]), "")
    c.note = "UK NI number (%s, %s)" % ("asr" if c.call else "typed", mode)


def t_bank(c):
    greet(c)
    sc = "%06d" % R.randint(10000, 999999)
    acct = "%08d" % R.randint(10000000, 99999999) if R.random() < 0.7 else str(R.randint(10 ** 8, 10 ** 12))
    c.say("customer", ch(["i want to set up a direct debit", "I need to change my bank details", "refund should go to my account"]))
    c.say("agent", ch(["what's the sort code?", "sort code first please", "Can I have the sort code"]))
    value_into(c, "customer", "SORT_CODE", sc, c.call, ch(["", "it's ", "sort code "]), "", readback=R.random() < .3,
               split=2 if c.call and R.random() < .3 else 0)
    c.say("agent", ch(["and the account number", "and the account number please", "account number?"]))
    pre = ch(["", "it's ", "acct no: " if not c.call else "account number ", "a/c " if not c.call else "um "])
    value_into(c, "customer", "BANK_ACCOUNT", acct, c.call, pre, "", readback=R.random() < .4,
               split=2 if c.call and R.random() < .4 else 0, restart=c.call and R.random() < .15)
    c.note = "sort code + account (%s)" % ("asr" if c.call else "typed")


def t_iban(c):
    greet(c)
    v = gen_iban()
    c.say("customer", ch(["i'm sending money from abroad", "can you pay the refund to my european account",
                          "I'd like the claim paid into my Irish account"]))
    c.say("agent", ch(["sure, what's the IBAN?", "ok can I get the iban", "Please give me the full IBAN"]))
    if c.call:
        g = c.group("IBAN", v)
        parts = [v[:4], v[4:12], v[12:]]
        c.say("customer", "it's ", V(speak(parts[0], letters=ch(["plain", "name", "for"])), "IBAN", g, parts[0]))
        c.say("agent", ch(BACKCH))
        c.say("customer", V(speak(parts[1]), "IBAN", g, parts[1]))
        c.say("agent", ch(BACKCH))
        c.say("customer", V(speak(parts[2]), "IBAN", g, parts[2]), ch(["", " and that's it", ""]))
    else:
        value_into(c, "customer", "IBAN", v, False, ch(["", "IBAN: ", "iban - ", "its "]), ch(["", " (BIC to follow)"]))
    c.note = "IBAN (%s)" % v[:2]


def phone_val():
    k = ch(["uk_mob", "uk_land", "us", "ie", "intl_uk", "intl_ie", "de"])
    if k == "uk_mob":
        d = "07" + "%09d" % R.randint(0, 10 ** 9 - 1)
        return d, ch([d[:5] + " " + d[5:], d, d[:5] + " " + d[5:8] + " " + d[8:]]), ""
    if k == "uk_land":
        d = ch(["020", "0161", "0113", "0131", "0141"]) + "%07d" % R.randint(1000000, 9999999)
        return d, ch([d[:4] + " " + d[4:], d]), ""
    if k == "us":
        d = "%d%02d%07d" % (R.randint(2, 9), R.randint(0, 99), R.randint(2000000, 9999999))
        return d, ch(["(%s) %s-%s" % (d[:3], d[3:6], d[6:]), "%s-%s-%s" % (d[:3], d[3:6], d[6:]),
                      "%s.%s.%s" % (d[:3], d[3:6], d[6:])]), ""
    if k == "ie":
        d = "08" + str(R.randint(3, 9)) + "%07d" % R.randint(0, 9999999)
        return d, ch([d[:3] + " " + d[3:6] + " " + d[6:], d]), ""
    if k == "intl_uk":
        d = "447" + "%09d" % R.randint(0, 10 ** 9 - 1)
        return d, ch([d[:2] + " " + d[2:6] + " " + d[6:], d]), "+"
    if k == "intl_ie":
        d = "3538" + str(R.randint(3, 9)) + "%07d" % R.randint(0, 9999999)
        return d, d[:3] + " " + d[3:5] + " " + d[5:8] + " " + d[8:], "+"
    d = "491" + "%09d" % R.randint(0, 10 ** 9 - 1)
    return d, d[:2] + " " + d[2:5] + " " + d[5:], ch(["+", "00"])


def t_phone(c):
    greet(c)
    d, typed, plus = phone_val()
    c.say("agent", ch(["what's the best number to reach you on?", "can I take a contact number", "Phone number for the booking?"]))
    if plus == "00" and not c.call:
        d = "00" + d
        typed = "00" + typed
        plus = ""
    if c.call:
        pl = "plus " if plus == "+" else ("double oh " if plus == "00" else "")
        if plus == "00":
            plus = ""
        mode = ch(["plain", "split", "readback", "split"])
        value_into(c, "customer", "PHONE", d, True, ch(["", "it's ", "yeah it's ", "my mobile's "]) + pl, "",
                   readback=mode == "readback", split=2 if mode == "split" else 0)
    else:
        c.say("customer", ch(["", "tel: ", "mob ", "call me on ", "Phone - "]) + plus,
              V(typed, "PHONE", c.group("PHONE", d), d), ch(["", " after 5pm", " (mobile)"]))
    c.note = "phone number (%s)" % ("asr" if c.call else "typed")


FIRST = ["sarah", "john", "aoife", "liam", "priya", "kowalski", "murphy", "chen", "okafor", "niamh", "declan", "mia",
         "jordan", "fatima", "gareth"]
LAST = ["doe", "smith", "byrne", "patel", "walsh", "nguyen", "oconnor", "jones", "garcia", "kelly", "brennan"]
DOMS = [("gmail", "com"), ("outlook", "com"), ("yahoo", "co.uk"), ("hotmail", "co.uk"), ("btinternet", "com"),
        ("eircom", "net"), ("icloud", "com"), ("web", "de"), ("protonmail", "com"), ("gmx", "de")]


def gen_email():
    f, l = ch(FIRST), ch(LAST)
    num = str(R.randint(1, 99)) if R.random() < 0.5 else ""
    sep = ch([".", "", "_", "."])
    local = ch([f + sep + l, f[0] + sep + l, f + num, f[0] + l + num, l + sep + f])
    dom, tld = ch(DOMS)
    return local + "@" + dom + "." + tld


def speak_email(e):
    local, dom = e.split("@")
    out = []
    for part in re.findall(r"[a-z]+|\d+|[._\-]", local):
        if part == ".":
            out.append("dot")
        elif part == "_":
            out.append("underscore")
        elif part == "-":
            out.append("dash")
        elif part.isdigit():
            out.append(pair_words(part) if len(part) == 2 and part[0] != "0" else " ".join(UNITW[int(x)] for x in part))
        elif len(part) == 1:
            out.append(ch([part, part + " for " + NATO[part]]))
        else:
            out.append(part)
    out.append("at")
    out.append(dom.replace(".", " dot "))
    s = " ".join(out)
    if R.random() < 0.15:
        s = s.replace(" dot ", " dot um ", 1)
    return s


def t_email(c):
    greet(c)
    e = gen_email()
    c.say("agent", ch(["and an email address for the confirmation?", "what email should we send the receipt to?",
                       "Email on the account?"]))
    g = c.group("EMAIL", e)
    if c.call:
        c.say("customer", ch(["", "it's ", "yeah it's "]), V(speak_email(e), "EMAIL", g, e, "email"), "")
        if R.random() < 0.4:
            g2 = c.group("EMAIL", e)
            c.say("agent", "so ", V(speak_email(e), "EMAIL", g2, e, "email"), ", " + ch(RB_ASK))
            c.say("customer", "yes")
    else:
        txt = e if R.random() < .7 else e.title() if R.random() < .5 else e.upper()
        c.say("customer", ch(["", "email: ", "it's ", "pls send to "]), V(txt, "EMAIL", g, e, "email"), ch(["", " ta", "."]))
    c.note = "email address (%s)" % ("asr" if c.call else "typed")


def dob_text(call, y, m, d):
    yy = "%02d" % (y % 100)
    if call:
        if y >= 2000:
            ys = "two thousand" + ((" and " + UNITW[y - 2000]) if 0 < y - 2000 < 10 else (" " + TEENW[y - 2010] if 2010 <= y < 2020 else ""))
        else:
            ys = ch(["nineteen " + pair_words(yy) if yy[0] != "0" else "nineteen oh " + UNITW[int(yy[1])], pair_words(yy) if yy[0] != "0" else "oh " + UNITW[int(yy[1])]])
        dw = ORD_WORD.get(d) or (TENSW[str(d // 10)] + " " + ORD_WORD[d % 10])
        return ch([dw + " of " + MONTHS[m - 1] + " " + ys, MONTHS[m - 1] + " " + dw + " " + ys,
                   speak("%02d" % d, fill=0, pairs=.5) + " " + speak("%02d" % m, fill=0, pairs=.5) + " " + ys])
    return ch(["%02d/%02d/%d" % (d, m, y), "%d/%d/%s" % (d, m, yy), "%02d/%02d/%d" % (m, d, y), "%d %s %d" % (d, MONTHS[m - 1].title(), y),
               "%s %d%s, %d" % (MONTHS[m - 1].title(), d, "th" if 10 < d < 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th"), y),
               "%d-%02d-%02d" % (y, m, d), "%02d.%02d.%s" % (d, m, yy)])


def t_dob(c):
    greet(c)
    y, m, d = R.randint(1938, 2006), R.randint(1, 12), R.randint(1, 28)
    c.say("agent", ch(["can you confirm your date of birth?", "and your date of birth please", "DOB?"]))
    g = c.group("DOB", (m, y))
    c.say("customer", ch(["", "it's ", "the ", "born on the "]) if c.call else ch(["", "DOB ", "dob: "]),
          V(dob_text(c.call, y, m, d), "DOB", g, (m, y), "date"), "")
    if R.random() < 0.4:
        c.say("agent", ch(["thanks, and the first line of the address?", "and the address?"]))
        add_address(c)
    c.note = "date of birth (%s)" % ("asr" if c.call else "typed")


STREETS = ["mill lane", "acacia avenue", "harbour road", "church street", "oak drive", "station road", "kingsway",
           "elm grove", "maple close", "park terrace", "main street", "high street", "cedar court", "willow crescent",
           "riverside walk", "queens parade", "orchard mews", "fifth avenue", "elm street", "sunset boulevard"]


def add_address(c, speaker="customer"):
    num = R.randint(1, 2400) if R.random() < .3 else R.randint(1, 120)
    st = ch(STREETS)
    flat = R.randint(1, 30) if R.random() < .3 else 0
    if st == "kingsway":
        st = "kingsway road"
    if c.call:
        ns = speak(str(num), fill=0, pairs=.8, hundreds=.6)
        t = ("flat " + speak(str(flat), fill=0, pairs=.8) + ", " if flat else "") + ns + " " + st
    else:
        stt = st.title() if R.random() < .7 else st
        stt = stt.replace("Street", ch(["Street", "St"])).replace("Road", ch(["Road", "Rd"]))
        t = ("Flat %d, " % flat if flat else ch(["", ""])) + "%d %s" % (num, stt)
    g = c.group("ADDRESS", (num, st))
    town = ch(["Leeds", "Dublin", "Cork", "Manchester", "Boston", "Glasgow", "Cardiff", "Austin", "Bristol"])
    us = town in ("Boston", "Austin") or st in ("fifth avenue", "elm street", "sunset boulevard")
    pc = gen_postcode(us=us) if town != "Dublin" and town != "Cork" else None
    segs = [ch(["", "it's ", "yeah "]), V(t, "ADDRESS", g, (num, st), "addr"), ", " + (town.lower() if c.call else town)]
    if pc:
        gp = c.group("POSTCODE", pc)
        segs += [", " if R.random() < .6 else " ", V(speak(pc) if c.call else pc_typed(pc), "POSTCODE", gp, pc)]
    c.say(speaker, *segs)


def t_address(c):
    greet(c)
    c.say("customer", ch(["i've moved house and need to update my address", "Need to change delivery address",
                          "the bill's going to the wrong address"]))
    c.say("agent", ch(["no problem what's the new address?", "okay, what's the full address?"]))
    add_address(c)
    if R.random() < .5 and c.call:
        pc = gen_postcode(us=False)
        c.say("agent", ch(["and can you spell the postcode for me again?", "sorry the line broke up, postcode again?"]))
        g = c.group("POSTCODE", pc)
        c.say("customer", ch(["", "it's "]), V(speak(pc, letters=ch(["for", "name", "mix"])), "POSTCODE", g, pc), "")
    c.note = "address + postcode (%s)" % ("asr" if c.call else "typed")


def t_postcode(c):
    greet(c)
    pc = gen_postcode()
    c.say("agent", ch(["can I start with your postcode?", "what's the zip code on the account?", "Postcode please"]))
    value_into(c, "customer", "POSTCODE", pc, c.call, ch(["", "it's ", "yeah "]), "", readback=R.random() < .4,
               split=2 if c.call and R.random() < .3 else 0)
    c.note = "postcode / zip alone (%s)" % ("asr" if c.call else "typed")


def t_mixed(c):
    greet(c)
    c.say("customer", ch(["i want to open an account", "Signing up for the contract", "i need to register for the service"]))
    c.say("agent", "okay, date of birth first")
    g = c.group("DOB", None)
    y, m, d = R.randint(1950, 2000), R.randint(1, 12), R.randint(1, 28)
    c.groups[g] = ("DOB", (m, y), False)
    c.say("customer", V(dob_text(c.call, y, m, d), "DOB", g, (m, y), "date"))
    c.say("agent", "and a phone number")
    d_, typed, plus = phone_val()
    if c.call:
        value_into(c, "customer", "PHONE", d_, True, "plus " if plus == "+" else "", "")
    else:
        c.say("customer", plus if plus == "+" else "", V(typed if plus != "00" else typed, "PHONE",
                                                         c.group("PHONE", d_), d_))
    c.say("agent", "and your address")
    add_address(c)
    if R.random() < .5:
        c.say("agent", "and your national insurance number")
        v = gen_ni()
        value_into(c, "customer", "NI_NUMBER", v, c.call, "", "")
    c.note = "mixed onboarding (%s)" % ("asr" if c.call else "typed")


def t_agent_card(c):
    """Agent reads a card back from the system and the customer confirms: both labelled."""
    greet(c)
    card = gen_card()
    c.say("customer", ch(["can you check which card you've got on file", "is my old card still saved?"]))
    g = c.group("CARD_NUMBER", card)
    if c.call:
        c.say("agent", "i have ", V(speak(card, fill=0.02, pairs=.3), "CARD_NUMBER", g, card), ", is that still current?")
        c.say("customer", "hmm yeah, actually no the new one is ")
        card2 = gen_card()
        value_into(c, "customer", "CARD_NUMBER", card2, True, "", "", split=2)
    else:
        c.say("agent", "The card we hold is ", V(typed_value("CARD_NUMBER", card), "CARD_NUMBER", g, card), ".")
        c.say("customer", "yes that one")
    c.note = "agent-side card reading"


POS_PLAN = [(t_card, 58), (t_agent_card, 8), (t_ssn, 26), (t_ni, 28), (t_bank, 16), (t_iban, 14), (t_phone, 16),
            (t_email, 14), (t_dob, 10), (t_address, 10), (t_postcode, 8), (t_mixed, 8)]


# ---------------------------------------------------------------- negatives
def n_speak_digits(k):
    return speak("".join(str(R.randrange(10)) for _ in range(k)), fill=.05)


def neg_templates(c):
    call = c.call
    s = lambda digits: speak(digits, fill=.05) if call else digits
    dg = lambda k: "".join(str(R.randrange(10)) for _ in range(k))
    which = R.randrange(20)
    greet(c)
    if which == 0:
        c.say("customer", "my order number is " + s(luhn_complete("4", 16)))
        c.say("agent", "thanks, I can see that order, it was dispatched on the " + ch(["third", "12th", "twenty first"]) + ".")
        note = "16-digit Luhn-valid order number"
    elif which == 1:
        amt = R.randint(100, 999)
        c.say("agent", "your balance is " + (speak(str(amt), pairs=0, hundreds=1, fill=0) + " pounds and " +
                                             pair_words(str(R.randint(21, 99))) + " pence" if call else "£%d.%02d" % (amt, R.randint(0, 99))))
        c.say("customer", "and the minimum payment?")
        c.say("agent", "that would be " + ("twenty five pounds" if call else "$25.00") + ", due on the 14th.")
        note = "balances and amounts"
    elif which == 2:
        l4 = dg(4)
        c.say("customer", "can you check the card ending " + s(l4) + ", it got declined")
        c.say("agent", "yes the card ending in " + (speak(l4, fill=0) if call else l4) + " expired, so the payment of " +
              ("forty two ninety nine" if call else "42.99") + " bounced")
        note = "card last four only (not PII)"
    elif which == 3:
        c.say("customer", "i've got a meter reading for you, it's " + s(dg(6)) + " on the day rate and " + s(dg(5)) + " on night")
        c.say("agent", "lovely, and the meter serial number is " + s(dg(10)) + " is it?")
        note = "meter readings and meter serial"
    elif which == 4:
        fl = ch(["BA", "EI", "FR", "LH", "AA", "UA"]) + str(R.randint(100, 9999))
        c.say("customer", "i'm on flight " + (speak(fl, letters="plain", fill=0) if call else fl) + " from gate " +
              s(str(R.randint(1, 60))) + ", seat " + (pair_words(str(R.randint(11, 39))) + " c" if call else "%dC" % R.randint(1, 39)))
        c.say("agent", "that departs at " + ("ten forty five" if call else "10:45") + ", boarding closes 30 minutes before")
        note = "flight, gate, seat, times"
    elif which == 5:
        c.say("agent", "we're open " + ch(["eight till eight monday to friday", "9am to 5:30pm weekdays", "twenty four seven"]) +
              ", and the wait is about " + ch(["forty five minutes", "20 mins", "an hour and a half"]))
        c.say("customer", "i've been on hold for " + ch(["forty minutes", "ages, like 35 minutes", "two hours"]))
        note = "opening hours and durations"
    elif which == 6:
        pol = ch(["POL", "HX", "MTR", "INS"]) + "-" + dg(5) + "-" + dg(3)
        c.say("customer", "my policy number is " + (speak(pol.replace("-", ""), fill=.05) if call else pol))
        c.say("agent", "thanks, renewal is on the " + ch(["first of june", "3rd of March", "twenty second of october"]) + " " +
              ch(["2026", "twenty twenty six", "next year"]))
        note = "policy number with label, renewal date"
    elif which == 7:
        ref = dg(R.randint(10, 18))
        c.say("agent", "your claim reference is " + s(ref) + ", please keep that")
        c.say("customer", "sorry can you repeat that")
        c.say("agent", "of course, claim reference " + s(ref))
        note = "long claim reference read twice"
    elif which == 8:
        c.say("customer", "i'm " + ch(["seventy two", "84", "ninety one"]) + " years old and the heating's been off since " +
              ch(["2019", "twenty nineteen", "tuesday"]))
        c.say("agent", "i'm sorry, what temperature is it in the house? anything under " + ch(["eighteen", "18"]) + " degrees we prioritise")
        c.say("customer", "about " + ch(["fourteen degrees", "12 degrees"]))
        note = "age, temperature, years"
    elif which == 9:
        c.say("agent", "the interest rate is " + ch(["four point nine percent", "22.9% APR", "nineteen point nine percent"]) +
              " and your contract ends in " + ch(["march twenty twenty seven", "2027", "eighteen months"]))
        note = "percentages, contract dates"
    elif which == 10:
        tr = ch(["1Z" + dg(2) + "X" + dg(12), "JD" + dg(16) + "GB", dg(22)])
        c.say("customer", "the tracking number is " + (speak(tr, fill=.03) if call else tr))
        c.say("agent", "that's showing as delivered at " + ("four fifteen" if call else "16:15"))
        note = "tracking number"
    elif which == 11:
        ref = ch("ABCEGHJKLMNPRSTWXYZ") + ch("ABCEGHJKLMNPRSTWXYZ") + dg(6) + ch("ABCD")
        c.say("customer", "the reference on the letter is " + (speak(ref, fill=0) if call else ref))
        c.say("agent", "okay that's the case reference, I've found your complaint, ticket " + s(dg(7)))
        note = "case reference shaped like an NI number, labelled as reference"
    elif which == 12:
        c.say("agent", "your appointment is on " + ch(["the third of march at ten fifteen", "Tuesday 14th at 2:30pm",
                                                         "the twenty first of june at half nine"]))
        c.say("customer", "can we move it to " + ch(["friday", "the 28th", "next week"]) + "?")
        note = "appointment dates and times"
    elif which == 13:
        c.say("customer", "the serial number on the router is " + s(dg(16)) + " and the model is " +
              (ch(["tg five eight nine", "hub six"]) if call else ch(["TG589", "Hub 6", "KX-TG6821"])))
        c.say("agent", "thanks, i'll send an engineer, it's a " + ch(["two hour", "4 hour"]) + " window")
        note = "serial and model numbers"
    elif which == 14:
        c.say("customer", "i'm stuck on the " + ch(["a four oh six", "m twenty five", "A406", "M50", "N11"]) + " near junction " + s(str(R.randint(2, 30))))
        c.say("agent", "ok, recovery will be with you in about " + ch(["sixty minutes", "45 mins"]))
        note = "road names and junctions"
    elif which == 15:
        inv = "INV-" + dg(4) + "-" + dg(6)
        c.say("customer", "invoice " + (speak(inv[4:].replace("-", ""), fill=0) if call else inv) + " was for " +
              ("three hundred and twelve euro" if call else "€312.00"))
        c.say("agent", "yes that was paid on the 2nd, thank you")
        note = "invoice number and amount"
    elif which == 16:
        c.say("agent", "you're in room " + s(str(R.randint(100, 999))) + ", checkout is at " + ("eleven" if call else "11am") +
              " and breakfast is from " + ("seven" if call else "7:00"))
        c.say("customer", "great, and the wifi code?")
        c.say("agent", "it's on the card in the room")
        note = "room number and times"
    elif which == 17:
        c.say("customer", "i paid " + ("two hundred and forty" if call else "240") + " on the " +
              ch(["fifth", "5th"]) + " and another " + ("sixty" if call else "60") + " on the twelfth, that's " +
              ("three hundred" if call else "300") + " in total")
        c.say("agent", "i can see both payments, transaction " + s(dg(12)))
        note = "payments, dates, transaction id"
    elif which == 18:
        c.say("customer", "the account reference on my gas bill is " + s(dg(11)) + " and i'm on tariff " + ch(["e seven", "E7", "fixed 24"]))
        c.say("agent", "thanks, that's " + ch(["3,412", "three thousand four hundred"]) + " kilowatt hours this year")
        note = "utility account reference (labelled), usage"
    else:
        c.say("customer", "my ticket number is " + s(dg(13)) + " and there are " + ch(["four", "4"]) + " of us travelling")
        c.say("agent", "that's " + ch(["coach c seat forty one", "Coach C, seats 41 to 44"]) + ", departing platform " + s(str(R.randint(1, 19))))
        note = "train ticket number, coach/seat/platform"
    c.note = "negative: " + note


# ---------------------------------------------------------------- build / check
def build():
    global R
    R = random.Random(SEED)
    plan = []
    for fn, n in POS_PLAN:
        plan += [fn] * n
    R.shuffle(plan)
    recs = []
    for i, fn in enumerate(plan):
        c = Case("positive", "", R.random() < 0.6)
        fn(c)
        c.note = c.note
        recs.append(c.render("h387-pos-%03d" % (i + 1)))
    for i in range(110):
        c = Case("negative", "", R.random() < 0.55)
        neg_templates(c)
        recs.append(c.render("h387-neg-%03d" % (i + 1)))
    text = "".join(json.dumps(r[0], ensure_ascii=False) + "\n" for r in recs)
    return text, recs


def check_all(text, recs):
    errs = []
    ids = set()
    lines = text.splitlines()
    counts = {}
    for line, (rec, meta, groups) in zip(lines, recs):
        obj = json.loads(line)
        if obj["id"] in ids:
            errs.append("dup id " + obj["id"])
        ids.add(obj["id"])
        if obj["kind"] == "negative" and obj["spans"]:
            errs.append(obj["id"] + " negative with spans")
        if obj["kind"] == "positive" and not obj["spans"]:
            errs.append(obj["id"] + " positive without spans")
        for t in obj["turns"]:
            if t["speaker"] not in ("customer", "agent") or not t["text"].strip():
                errs.append(obj["id"] + " bad turn")
        bygroup = {}
        prev = {}
        for sp, m in zip(sorted(obj["spans"], key=lambda s: (s["turn"], s["start"])), [None] * len(obj["spans"])):
            if sp["turn"] in prev and sp["start"] < prev[sp["turn"]]:
                errs.append(obj["id"] + " overlap")
            prev[sp["turn"]] = sp["end"]
        for sp, m in zip(obj["spans"], meta):
            counts[sp["type"]] = counts.get(sp["type"], 0) + 1
            if not (0 <= sp["turn"] < len(obj["turns"])):
                errs.append(obj["id"] + " turn oob")
                continue
            tx = obj["turns"][sp["turn"]]["text"]
            s, e = sp["start"], sp["end"]
            if not (0 <= s < e <= len(tx)):
                errs.append(obj["id"] + " span oob")
                continue
            v = tx[s:e]
            if not (v[0].isalnum() and v[-1].isalnum()) or (s > 0 and tx[s - 1].isalnum()) or (e < len(tx) and tx[e].isalnum()):
                errs.append("%s word boundary %r" % (obj["id"], v))
            if m.vkind == "chars":
                if not chars_match(v, m.piece):
                    errs.append("%s %s normalise %r != %s" % (obj["id"], sp["type"], v, m.piece))
                bygroup.setdefault(m.gid, []).append(m.piece)
            elif m.vkind == "email":
                if spoken_email(v) != m.piece.lower() and v.lower() != m.piece:
                    errs.append("%s email %r -> %r" % (obj["id"], v, spoken_email(v)))
                bygroup.setdefault(m.gid, []).append(m.piece)
            elif m.vkind == "date":
                mo, yy = m.piece
                dd = date_digits(v)
                if dd is None or "%02d" % (yy % 100) not in dd.replace(" ", "") or not (
                        str(mo) in dd or MONTHS[mo - 1][:3] in v.lower()):
                    errs.append("%s date %r -> %r" % (obj["id"], v, dd))
            elif m.vkind == "addr":
                words = re.findall(r"[a-z]+|\d+", v.lower())
                if not (set(words) & STREET_SUFFIX) or not (words[0].isdigit() or words[0] in ("flat",) or
                                                            words[0] in UNITS or words[0] in TEENS or words[0] in TENS):
                    errs.append("%s address %r" % (obj["id"], v))
        for gid, pieces in bygroup.items():
            typ, canon, partial = groups[gid]
            joined = "".join(pieces)
            if (partial == "suffix" and not canon.endswith(joined)) or (partial is True and not canon.startswith(joined)) \
                    or (not partial and joined != canon):
                errs.append("%s group mismatch %s %s" % (obj["id"], joined, canon))
            if not value_ok(typ, canon):
                errs.append("%s invalid %s %s" % (obj["id"], typ, canon))
    return errs, counts


def main():
    text, recs = build()
    if "--check" in sys.argv:
        with open(OUT, encoding="utf-8") as f:
            cur = f.read()
        errs, counts = check_all(cur, recs)
        if cur != text:
            errs.insert(0, "cases.jsonl is not byte-identical to regenerated output")
        npos = sum(1 for r in recs if r[0]["kind"] == "positive")
        nneg = len(recs) - npos
        need = {"CARD_NUMBER": 70, "SSN": 30, "NI_NUMBER": 30}
        for t in ["CVV", "EXPIRY", "BANK_ACCOUNT", "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]:
            need[t] = 10
        for t, n in need.items():
            if counts.get(t, 0) < n:
                errs.append("too few %s: %d" % (t, counts.get(t, 0)))
        if npos < 200 or nneg < 100:
            errs.append("too few cases")
        for e in errs[:60]:
            print("ERROR", e)
        print("positives %d negatives %d spans %s" % (npos, nneg, json.dumps(dict(sorted(counts.items())))))
        if errs:
            print("CHECK FAILED (%d errors)" % len(errs))
            sys.exit(1)
        print("CHECK OK")
        return
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(text)
    print("wrote %d cases to %s" % (len(recs), os.path.normpath(OUT)))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Generate the pii_holdout464 held-out PII redaction evaluation set.

Written by an independent test author (AI helper) who did not see the
redaction engine.  Standard library only; one RNG seeded 464241125.

Usage:
    python scripts/make_pii_holdout464.py           # write cases.jsonl
    python scripts/make_pii_holdout464.py --check   # regenerate + verify
"""
import argparse
import json
import os
import re
import sys
import random

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "fixtures", "pii_holdout464", "cases.jsonl")

R = random.Random(464241125)

# --------------------------------------------------------------------------
# spoken number helpers
# --------------------------------------------------------------------------
DW = "zero one two three four five six seven eight nine".split()
TEENS = {10: "ten", 11: "eleven", 12: "twelve", 13: "thirteen", 14: "fourteen",
         15: "fifteen", 16: "sixteen", 17: "seventeen", 18: "eighteen", 19: "nineteen"}
TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy",
        8: "eighty", 9: "ninety"}
ZERO_WORDS = ["oh", "oh", "o", "zero", "nought"]
FILLERS = ["um", "uh", "er", "erm", "hmm", "uhh", "umm"]
HOMOPHONES = {"to": "2", "too": "2", "won": "1", "ate": "8", "for": "4", "fore": "4"}
NATO = {"a": ["alpha", "apple"], "b": ["bravo", "bob"], "c": ["charlie", "cat"],
        "d": ["delta", "dog"], "e": ["echo", "edward"], "h": ["hotel", "harry"],
        "j": ["juliet", "john"], "k": ["kilo", "king"], "l": ["lima", "london"],
        "m": ["mike", "mother"], "n": ["november", "nancy"], "p": ["papa", "peter"],
        "r": ["romeo", "robert"], "s": ["sierra", "sugar"], "t": ["tango", "tommy"],
        "w": ["whiskey", "william"], "x": ["xray", "x-ray"], "y": ["yankee", "yellow"],
        "z": ["zulu", "zebra"], "g": ["golf", "george"], "f": ["foxtrot", "freddie"],
        "q": ["quebec", "queen"], "i": ["india", "ivan"], "u": ["uniform", "uncle"],
        "v": ["victor", "violet"], "o": ["oscar", "orange"]}


def dword(d, zw):
    return zw if d == "0" else DW[int(d)]


def say_pair(p, zw):
    a, b = p[0], p[1]
    if a == "0":
        if b == "0":
            return ["double", zw]
        return [zw, DW[int(b)]]
    if a == "1":
        return [TEENS[int(p)]]
    if b == "0":
        return [TENS[int(a)]]
    return [TENS[int(a)], DW[int(b)]]


def say_digits(g, zw, compress=True, homo=False):
    toks = []
    i = 0
    while i < len(g):
        d = g[i]
        run = 1
        while i + run < len(g) and g[i + run] == d and run < 3:
            run += 1
        if compress and run == 3 and R.random() < 0.7:
            toks += ["triple", dword(d, zw)]
            i += 3
            continue
        if compress and run >= 2 and R.random() < 0.75:
            toks += ["double", dword(d, zw)]
            i += 2
            continue
        w = dword(d, zw)
        if homo and R.random() < 0.25:
            w = {"2": "to", "1": "won", "8": "ate"}.get(d, w)
        toks.append(w)
        i += 1
    return toks


def say_group(g, style, zw, homo=False):
    if style == "pairs" and len(g) % 2 == 0:
        out = []
        for i in range(0, len(g), 2):
            out += say_pair(g[i:i + 2], zw)
        return out
    if style == "hund" and len(g) == 3 and g[0] != "0":
        out = [DW[int(g[0])], "hundred"]
        rest = g[1:]
        if rest == "00":
            return out
        out.append("and")
        if rest[0] == "0":
            out.append(DW[int(rest[1])])
        else:
            out += say_pair(rest, zw)
        return out
    if style == "hund" and len(g) == 4 and g[0] != "0" and g[1] != "0":
        return say_group(g[:2], "pairs", zw) + ["hundred"] + (
            [] if g[2:] == "00" else ["and"] + (
                [DW[int(g[3])]] if g[2] == "0" else say_pair(g[2:], zw)))
    return say_digits(g, zw, compress=True, homo=homo)


def speak_groups(groups, zw=None, styles=("digits",), fill=0.0, homo=False,
                 seps=None):
    """Render digit groups as one spoken string; falls back to plain digit
    reading if the result would be ambiguous for the normaliser."""
    zw = zw or R.choice(ZERO_WORDS)
    for attempt in range(2):
        parts = []
        for k, g in enumerate(groups):
            st = R.choice(styles) if attempt == 0 else "digits"
            parts.append(" ".join(say_group(g, st, zw, homo and attempt == 0)))
            if k < len(groups) - 1:
                if seps:
                    parts.append(R.choice(seps))
                elif R.random() < fill:
                    parts.append(R.choice(FILLERS))
        txt = " ".join(p for p in parts if p)
        txt = re.sub(r"\s+([,.])", r"\1", txt)
        if digits_of(txt) == "".join(groups):
            return txt
    raise AssertionError("cannot speak %r" % groups)


# --------------------------------------------------------------------------
# normalisation of spoken / typed values (used by --check and the fallback)
# --------------------------------------------------------------------------
SKIP = set(FILLERS) | {"dash", "hyphen", "space", "and", "then", "slash"}
UNIT = {w: str(i) for i, w in enumerate(DW)}
for _z in ("oh", "o", "zero", "nought", "nil"):
    UNIT[_z] = "0"
TEEN_V = {v: str(k) for k, v in TEENS.items()}
TENS_V = {v: str(k) for k, v in TENS.items()}


def norm_tokens(text):
    toks = re.findall(r"[a-z0-9]+", text.lower().replace("x-ray", "xray"))
    out = []
    i = 0
    n = len(toks)
    while i < n:
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < n else None
        if len(t) == 1 and t.isalpha() and nxt == "for" and i + 2 < n and toks[i + 2][0] == t:
            out.append(t)
            i += 3
            continue
        if len(t) == 1 and t.isalpha() and nxt == "as" and i + 3 < n and toks[i + 2] == "in" and toks[i + 3][0] == t:
            out.append(t)
            i += 4
            continue
        if t in ("double", "triple") and nxt in UNIT:
            out.append(UNIT[nxt] * (2 if t == "double" else 3))
            i += 2
            continue
        if t == "plus":
            out.append("+")
            i += 1
            continue
        if t in UNIT and nxt == "hundred":
            v = int(UNIT[t]) * 100
            j = i + 2
            if j < n and toks[j] == "and":
                j += 1
            if j < n and toks[j] in TEEN_V:
                v += int(TEEN_V[toks[j]]); j += 1
            elif j < n and toks[j] in TENS_V:
                v += int(TENS_V[toks[j]]) * 10; j += 1
                if j < n and toks[j] in UNIT and UNIT[toks[j]] != "0" and toks[j] != "o":
                    v += int(UNIT[toks[j]]); j += 1
            elif j < n and toks[j] in UNIT and toks[j] in DW[1:]:
                v += int(UNIT[toks[j]]); j += 1
            out.append("%03d" % v)
            i = j
            continue
        if (t in TEEN_V or t in TENS_V) and nxt == "hundred":
            v = int(TEEN_V.get(t) or TENS_V[t] + "0") * 100
            j = i + 2
            if j < n and toks[j] == "and":
                j += 1
            if j < n and toks[j] in TEEN_V:
                v += int(TEEN_V[toks[j]]); j += 1
            elif j < n and toks[j] in TENS_V:
                v += int(TENS_V[toks[j]]) * 10; j += 1
                if j < n and toks[j] in DW[1:]:
                    v += int(UNIT[toks[j]]); j += 1
            elif j < n and toks[j] in DW[1:]:
                v += int(UNIT[toks[j]]); j += 1
            out.append("%04d" % v)
            i = j
            continue
        if t in TENS_V:
            if nxt in DW[1:]:
                out.append(TENS_V[t] + UNIT[nxt])
                i += 2
            else:
                out.append(TENS_V[t] + "0")
                i += 1
            continue
        if t in TEEN_V:
            out.append(TEEN_V[t]); i += 1; continue
        if t in UNIT:
            out.append(UNIT[t]); i += 1; continue
        if t in HOMOPHONES:
            out.append(HOMOPHONES[t]); i += 1; continue
        if t in SKIP:
            i += 1; continue
        out.append(t)
        i += 1
    return out


def digits_of(text):
    s = "".join(norm_tokens(text))
    if re.fullmatch(r"[0-9o]*", s):
        return s.replace("o", "0")
    return "<<" + s + ">>"


def alnum_of(text):
    return "".join(norm_tokens(text)).upper()


def luhn_ok(s):
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def luhn_complete(prefix, length):
    body = prefix + "".join(R.choice("0123456789") for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def iban_ok(s):
    if not re.fullmatch(r"[A-Z]{2}[0-9]{2}[A-Z0-9]{8,30}", s):
        return False
    r = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in r)
    return int(num) % 97 == 1


def make_iban(cc, bban):
    num = "".join(str(int(c, 36)) for c in bban + cc + "00")
    chk = 98 - int(num) % 97
    return "%s%02d%s" % (cc, chk, bban)


NI_RE = re.compile(r"^(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z][0-9]{6}[A-D]$")
UK_PC = re.compile(r"^[A-Z]{1,2}[0-9][A-Z0-9]?[0-9][A-Z]{2}$")
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
MON3 = [m[:3] for m in MONTHS]
STREET_SUFFIX = ("road", "rd", "street", "st", "avenue", "ave", "lane", "ln", "close",
                 "drive", "dr", "way", "crescent", "place", "terrace", "court", "grove",
                 "boulevard", "blvd", "gardens", "row", "hill", "park", "square", "walk")


def validate(vtype, text, meta):
    """Return an error string or None."""
    exp = meta.get("expect")
    kind = meta.get("kind", "full")
    if vtype in ("CARD_NUMBER", "SSN", "SORT_CODE", "BANK_ACCOUNT", "CVV"):
        d = digits_of(text)
        if not d.isdigit():
            return "not digits: %r -> %r" % (text, d)
        if kind == "partial":
            if d not in meta["whole"]:
                return "partial %s not in %s" % (d, meta["whole"])
            return None
        if kind == "misread":
            return None if len(d) == len(meta["whole"]) else "misread length"
        if exp is not None and d != exp:
            return "expected %s got %s" % (exp, d)
        if vtype == "CARD_NUMBER":
            return None if 13 <= len(d) <= 19 and luhn_ok(d) else "bad card %s" % d
        if vtype == "SSN":
            ok = (len(d) == 9 and d[:3] not in ("000", "666") and d[0] != "9"
                  and d[3:5] != "00" and d[5:] != "0000")
            return None if ok else "bad ssn %s" % d
        if vtype == "SORT_CODE":
            return None if len(d) == 6 else "bad sort %s" % d
        if vtype == "BANK_ACCOUNT":
            return None if 6 <= len(d) <= 17 else "bad acct %s" % d
        if vtype == "CVV":
            return None if len(d) in (3, 4) else "bad cvv %s" % d
    if vtype == "NI_NUMBER":
        a = alnum_of(text)
        if kind == "partial":
            return None if a in meta["whole"] else "ni partial %s" % a
        if exp is not None and a != exp:
            return "expected %s got %s" % (exp, a)
        return None if NI_RE.match(a) else "bad NI %s" % a
    if vtype == "IBAN":
        a = alnum_of(text)
        if kind == "partial":
            return None if a in meta["whole"] else "iban partial %s" % a
        if exp is not None and a != exp:
            return "expected %s got %s" % (exp, a)
        return None if iban_ok(a) else "bad IBAN %s" % a
    if vtype == "PHONE":
        toks = norm_tokens(text)
        s = "".join(toks).replace("o", "0")
        s = s.lstrip("+")
        if not s.isdigit():
            return "phone not digits %r" % s
        if exp is not None and s != exp:
            return "expected %s got %s" % (exp, s)
        return None if 9 <= len(s) <= 13 else "bad phone %s" % s
    if vtype == "EMAIL":
        t = text.lower()
        t = re.sub(r"\s+dot\s+", ".", t)
        t = re.sub(r"\s+at\s+", "@", t)
        t = re.sub(r"\s*underscore\s*", "_", t)
        t = re.sub(r"\s*(dash|hyphen)\s*", "-", t)
        t = t.replace(" ", "")
        return None if re.fullmatch(r"[a-z0-9._+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+", t) else "bad email %r" % t
    if vtype in ("DOB", "EXPIRY"):
        t = text.lower()
        toks = re.findall(r"[a-z0-9]+", t)
        numw = set(UNIT) | set(TEEN_V) | set(TENS_V) | set(" ".join(ORD).split())
        if re.search(r"\d", t) or any(m in t for m in MON3) or sum(1 for w in toks if w in numw) >= 2:
            return None
        return "bad date %r" % text
    if vtype == "POSTCODE":
        a = alnum_of(text).replace("O", "0") if False else alnum_of(text)
        if UK_PC.match(a) or re.fullmatch(r"[0-9]{5}([0-9]{4})?", a):
            return None
        return "bad postcode %s" % a
    if vtype == "ADDRESS":
        t = text.lower()
        first = re.findall(r"[a-z0-9]+", t)[0]
        if not (first.isdigit() or first in DW or first in TENS_V or first in TEEN_V
                or first in ("flat", "apartment", "apt", "unit", "number", "no")):
            return "address start %r" % text
        if not any(re.search(r"\b%s\b" % s, t) for s in STREET_SUFFIX):
            return "address street %r" % text
        return None
    return "unknown type %s" % vtype


# --------------------------------------------------------------------------
# case builder
# --------------------------------------------------------------------------
class V:
    """A labelled segment."""
    __slots__ = ("text", "type", "gid", "meta")

    def __init__(self, text, vtype, gid, meta):
        self.text, self.type, self.gid, self.meta = text, vtype, gid, meta


class Case:
    def __init__(self, kind, note):
        self.kind = kind
        self.note = note
        self.turns = []
        self.groups = {}
        self._g = 0

    def value(self, vtype, **meta):
        """Return a function making labelled segments for one logical value."""
        self._g += 1
        gid = self._g
        self.groups[gid] = (vtype, meta)
        return lambda text: V(text, vtype, gid, meta)

    def t(self, speaker, *segs):
        self.turns.append((speaker, segs))
        return self

    def c(self, *segs):
        return self.t("customer", *segs)

    def a(self, *segs):
        return self.t("agent", *segs)

    def build(self, cid):
        turns, spans, span_gids = [], [], []
        for ti, (spk, segs) in enumerate(self.turns):
            text = ""
            for s in segs:
                if isinstance(s, V):
                    spans.append({"turn": ti, "start": len(text), "end": len(text) + len(s.text),
                                  "type": s.type})
                    span_gids.append(s.gid)
                    text += s.text
                else:
                    text += s
            turns.append({"speaker": spk, "text": text})
        if self.kind == "negative":
            assert not spans
        return ({"id": cid, "kind": self.kind, "turns": turns, "spans": spans,
                 "note": self.note}, span_gids)


def ch(*xs):
    return R.choice(xs)


def backchannel():
    return ch("mhm", "go on", "yep", "okay", "uh huh", "right", "yes", "got that, go on",
              "ok keep going", "mm hmm", "yeah", "and then?")


# --------------------------------------------------------------------------
# value factories
# --------------------------------------------------------------------------
def new_card(kind=None):
    kind = kind or R.choice(["visa", "visa", "mc", "mc", "amex", "disc", "visa13", "maestro19", "mc2"])
    if kind == "visa":
        return luhn_complete("4" + R.choice(["539", "929", "111", "716", "485", "000"]), 16)
    if kind == "mc":
        return luhn_complete(str(R.randint(51, 55)), 16)
    if kind == "mc2":
        return luhn_complete(str(R.randint(2221, 2720)), 16)
    if kind == "amex":
        return luhn_complete(R.choice(["34", "37"]), 15)
    if kind == "disc":
        return luhn_complete("6011", 16)
    if kind == "visa13":
        return luhn_complete("4", 13)
    if kind == "maestro19":
        return luhn_complete(R.choice(["6759", "5018", "6304"]), 19)
    raise ValueError(kind)


def card_groups(num):
    if len(num) == 15:
        return [num[:4], num[4:10], num[10:]]
    if len(num) == 13:
        return [num[:4], num[4:7], num[7:10], num[10:]]
    if len(num) == 19:
        return [num[i:i + 4] for i in range(0, 16, 4)] + [num[16:]]
    return [num[i:i + 4] for i in range(0, len(num), 4)]


def odd_groups(num):
    out, i = [], 0
    while i < len(num):
        k = R.choice([2, 3, 3, 4, 5, 6])
        out.append(num[i:i + k])
        i += k
    return out


def card_typed(num):
    st = R.randrange(8)
    g = card_groups(num)
    if st == 0:
        return " ".join(g)
    if st == 1:
        return "-".join(g)
    if st == 2:
        return num
    if st == 3:
        return ".".join(g)
    if st == 4:
        return " ".join(odd_groups(num))
    if st == 5:  # inconsistent spacing
        return "".join(x + R.choice([" ", "  ", "", " - ", "-"]) for x in g[:-1]) + g[-1]
    if st == 6 and "0" in num:  # letter O typo for zero
        i = num.index("0")
        return " ".join(g).replace("0", R.choice("Oo"), 1) if i < len(num) else num
    return " ".join(g)


def new_ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


def ssn_typed(s):
    return ch("%s-%s-%s", "%s %s %s", "%s%s%s", "%s-%s-%s", "%s.%s.%s", "%s -%s- %s") % (s[:3], s[3:5], s[5:])


NI_P1 = "ABCEGHJKLMNOPRSTWXYZ"
NI_P2 = "ABCEGHJKLMNPRSTWXYZ"


def new_ni():
    while True:
        p = R.choice(NI_P1) + R.choice(NI_P2)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ") and "O" not in p:
            break
    return p + "%06d" % R.randint(0, 999999) + R.choice("ABCD")


def ni_typed(n):
    st = R.randrange(7)
    if st == 0:
        s = n
    elif st == 1:
        s = "%s %s %s %s %s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8])
    elif st == 2:
        s = n.lower()
    elif st == 3:
        s = "%s%s %s" % (n[:2], n[2:8], n[8])
    elif st == 4:
        s = "%s-%s-%s-%s-%s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8])
    elif st == 5:
        s = "%s %s %s" % (n[:2], n[2:8], n[8])
    else:
        s = " ".join(n[:2]) + " " + n[2:8] + " " + n[8].lower()
    return s


def spell_letter(l, style):
    l = l.lower()
    if style == "nato" and l in NATO:
        return "%s for %s" % (l, R.choice(NATO[l]))
    if style == "asin" and l in NATO:
        return "%s as in %s" % (l, R.choice(NATO[l]))
    return l


def ni_spoken(n, style=None, fill=0.0, zw=None):
    style = style or ch("plain", "nato", "asin", "mixed")
    zw = zw or R.choice(ZERO_WORDS)
    def L(x):
        s = style if style != "mixed" else ch("plain", "nato")
        return spell_letter(x, s)
    dg = n[2:8]
    groups = ch([dg[:2], dg[2:4], dg[4:]], [dg], [dg[:3], dg[3:]])
    num = speak_groups(groups, zw=zw, styles=("digits", "digits", "pairs"), fill=fill)
    parts = [L(n[0]), L(n[1])]
    if R.random() < fill:
        parts.append(R.choice(FILLERS))
    parts.append(num)
    if R.random() < fill:
        parts.append(R.choice(FILLERS))
    parts.append(L(n[8]))
    return " ".join(parts)


def new_phone():
    k = R.randrange(6)
    if k == 0:
        return ("uk", "07700" + "%06d" % R.randint(900000, 900999))
    if k == 1:
        return ("ukintl", "447" + "%09d" % R.randint(400000000, 999999999))
    if k == 2:
        return ("us", "%03d555%04d" % (R.choice([212, 415, 312, 617, 206, 713]), R.randint(100, 199)))
    if k == 3:
        return ("usintl", "1%03d555%04d" % (R.choice([202, 305, 503, 702]), R.randint(100, 199)))
    if k == 4:
        return ("ie", "3538" + str(R.choice([3, 5, 6, 7])) + "%07d" % R.randint(0, 9999999))
    return ("ukland", "0" + R.choice(["20", "161", "121", "113"]) + "%07d" % R.randint(0, 9999999))


def phone_typed(kind, d):
    if kind == "uk":
        return ch("%s %s" % (d[:5], d[5:]), d, "%s-%s-%s" % (d[:5], d[5:8], d[8:]))
    if kind == "ukintl":
        return ch("+44 %s %s" % (d[2:6], d[6:]), "+44%s" % d[2:], "+44 (0)%s %s" % (d[2:6], d[6:])
                  if False else "0044 %s %s" % (d[2:6], d[6:]))
    if kind == "us":
        return ch("(%s) %s-%s" % (d[:3], d[3:6], d[6:]), "%s-%s-%s" % (d[:3], d[3:6], d[6:]),
                  "%s.%s.%s" % (d[:3], d[3:6], d[6:]))
    if kind == "usintl":
        return ch("+1 %s %s %s" % (d[1:4], d[4:7], d[7:]), "+1-%s-%s-%s" % (d[1:4], d[4:7], d[7:]),
                  "1 (%s) %s-%s" % (d[1:4], d[4:7], d[7:]))
    if kind == "ie":
        return ch("+353 %s %s %s" % (d[3:5], d[5:8], d[8:]), "+353%s" % d[3:])
    return "%s %s %s" % (d[:len(d) - 7], d[-7:-4], d[-4:])


def phone_digits_expected(kind, typed):
    s = re.sub(r"\D", "", typed)
    return s


def phone_spoken(kind, d):
    zw = R.choice(ZERO_WORDS)
    if kind in ("ukintl", "usintl", "ie"):
        cc = {"ukintl": "44", "usintl": "1", "ie": "353"}[kind]
        rest = d[len(cc):]
        lead = ch("plus ", "plus ", "double oh " if False else "plus ")
        ccs = " ".join(say_digits(cc, zw, compress=False)) if kind != "ukintl" or R.random() < 0.5 else "forty four"
        gs = [rest[:3], rest[3:6], rest[6:]]
        return lead + ccs + " " + speak_groups(gs, zw=zw, styles=("digits", "pairs"), fill=0.3), d
    if kind == "uk":
        gs = [d[:5], d[5:8], d[8:]]
    elif kind == "us":
        gs = [d[:3], d[3:6], d[6:]]
    else:
        gs = [d[:-7], d[-7:-4], d[-4:]]
    return speak_groups(gs, zw=zw, styles=("digits", "digits", "pairs", "hund"), fill=0.3), d


FIRST = ["james", "sarah", "mohammed", "aoife", "li", "oluwaseun", "chloe", "sean", "priya",
         "jan", "marta", "niamh", "david", "fatima", "tomasz", "grace", "ryan", "sophie"]
LAST = ["doe", "murphy", "okafor", "smith", "nguyen", "kowalski", "patel", "byrne", "garcia",
        "oconnell", "jones", "schmidt", "rossi", "evans", "khan", "walsh"]
DOMAINS = ["gmail.com", "hotmail.co.uk", "yahoo.com", "outlook.ie", "btinternet.com", "icloud.com",
           "web.de", "proton.me", "aol.com", "eircom.net"]


def new_email():
    f, l = R.choice(FIRST), R.choice(LAST)
    st = R.randrange(5)
    local = [f + "." + l, f[0] + l, f + "_" + l + str(R.randint(1, 99)), l + f[0] + str(R.randint(60, 99)),
             f + "-" + l][st]
    return local, R.choice(DOMAINS)


def email_typed(local, dom):
    e = local + "@" + dom
    return ch(e, e, e.upper() if R.random() < 0.2 else e.capitalize(), e)


def email_spoken(local, dom):
    def sp(s):
        out = []
        for piece in re.split(r"([._\-])", s):
            if piece == ".":
                out.append("dot")
            elif piece == "_":
                out.append("underscore")
            elif piece == "-":
                out.append("dash")
            elif piece.isdigit():
                out.append(" ".join(DW[int(c)] for c in piece))
            elif piece:
                if len(piece) <= 2 or R.random() < 0.2:
                    out.append(" ".join(piece))
                else:
                    out.append(piece)
        return " ".join(out)
    return sp(local) + " at " + sp(dom)


STREETS = ["acacia avenue", "mill road", "station road", "high street", "church lane",
           "kings crescent", "elm grove", "victoria terrace", "oak drive", "main street",
           "maple court", "orchard close", "baker street", "park lane", "willow way",
           "harbour view road", "st johns place", "elm street", "sunset boulevard", "pine hill"]
TOWNS_UK = ["leeds", "manchester", "bristol", "glasgow", "cardiff", "norwich", "york", "belfast"]
TOWNS_US = ["springfield", "austin", "portland", "denver", "columbus", "albany"]
TOWNS_IE = ["cork", "galway", "limerick", "dublin 8", "sligo"]


def new_address(spoken=False):
    n = R.randint(1, 240)
    st = R.choice(STREETS)
    flat = R.random() < 0.25
    if spoken:
        num = " ".join(say_group(str(n), ch("pairs", "hund", "digits"), "oh")) if n >= 10 else DW[n]
        if len(str(n)) == 3 and num.endswith("hundred"):
            num = " ".join(DW[int(c)] for c in str(n))
        s = num + " " + st
        if flat:
            s = "flat " + DW[R.randint(1, 9)] + ", " + s
        return s
    s = "%d %s" % (n, st.title() if R.random() < 0.7 else st)
    if flat:
        s = ch("Flat %d, " % R.randint(1, 30), "flat %d " % R.randint(1, 30), "Apt %d, " % R.randint(1, 30)) + s
    return s


def new_uk_pc():
    a = R.choice(["SW1A", "M1", "LS6", "BS8", "G12", "CF10", "NR2", "YO1", "BT7", "EC2M", "N16", "B15", "E14"])
    return a + " " + str(R.randint(0, 9)) + R.choice("ABDEFGHJLNPQRSTUWXYZ") + R.choice("ABDEFGHJLNPQRSTUWXYZ")


def pc_spoken(pc):
    out = []
    for c in pc.replace(" ", ""):
        if c.isdigit():
            out.append(DW[int(c)])
        else:
            out.append(spell_letter(c, "nato" if c == "O" else ch("plain", "plain", "nato")))
    return " ".join(out)


def new_zip():
    z = "%05d" % R.randint(10001, 99950)
    return z + ("-%04d" % R.randint(1, 9999) if R.random() < 0.3 else "")


def new_dob():
    y = R.randint(1938, 2004)
    m = R.randint(1, 12)
    d = R.randint(1, 28)
    return y, m, d


ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
       "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
       "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty first", "twenty second",
       "twenty third", "twenty fourth", "twenty fifth", "twenty sixth", "twenty seventh",
       "twenty eighth"]


def year_spoken(y):
    a, b = divmod(y, 100)
    first = "nineteen" if a == 19 else "two thousand"
    if a == 20:
        return "two thousand" + ("" if b == 0 else " and " + " ".join(say_pair("%02d" % b, "oh")).replace("oh ", "") if b < 10 else " and " + " ".join(say_pair("%02d" % b, "oh"))) if R.random() < 0.5 else "twenty " + " ".join(say_pair("%02d" % b, "oh"))
    return first + " " + " ".join(say_pair("%02d" % b, "oh"))


def dob_typed(y, m, d):
    return ch("%02d/%02d/%d" % (d, m, y), "%d/%d/%d" % (m, d, y), "%d-%02d-%02d" % (y, m, d),
              "%d %s %d" % (d, MONTHS[m - 1].title(), y), "%s %d, %d" % (MON3[m - 1].title(), d, y),
              "%02d.%02d.%02d" % (d, m, y % 100))


def dob_spoken(y, m, d):
    return ch("the %s of %s %s" % (ORD[d], MONTHS[m - 1], year_spoken(y)),
              "%s %s %s" % (MONTHS[m - 1], ORD[d], year_spoken(y)),
              "%s %s %s" % (" ".join(say_pair("%02d" % d, "oh")) if d >= 10 else DW[d],
                            " ".join(say_pair("%02d" % m, "oh")) if m >= 10 else "oh " + DW[m],
                            " ".join(say_pair("%02d" % (y % 100), "oh"))),
              "%s %s %s" % (ORD[d], MONTHS[m - 1], year_spoken(y)))


def new_expiry():
    return R.randint(1, 12), R.randint(25, 31)


def exp_typed(m, y):
    return ch("%02d/%02d" % (m, y), "%02d/20%02d" % (m, y), "%02d-%02d" % (m, y), "%d/%d" % (m, y),
              "%s 20%02d" % (MON3[m - 1].title(), y), "%02d%02d" % (m, y))


def exp_spoken(m, y):
    mm = ("oh " + DW[m]) if m < 10 else " ".join(say_pair("%02d" % m, "oh"))
    return ch("%s %s" % (mm, " ".join(say_pair("%02d" % y, "oh"))),
              "%s twenty %s" % (MONTHS[m - 1], " ".join(say_pair("%02d" % y, "oh"))),
              "%s twenty %s" % (mm, " ".join(say_pair("%02d" % y, "oh"))),
              "%s of twenty %s" % (MONTHS[m - 1], " ".join(say_pair("%02d" % y, "oh"))))


def new_cvv(amex=False):
    return "%04d" % R.randint(0, 9999) if amex else "%03d" % R.randint(0, 999)


def new_sort():
    return "%02d%02d%02d" % (R.choice([20, 40, 30, 60, 11, 77, 83, 90, 9]), R.randint(0, 99), R.randint(0, 99))


def sort_typed(s):
    return ch("%s-%s-%s" % (s[:2], s[2:4], s[4:]), "%s %s %s" % (s[:2], s[2:4], s[4:]), s,
              "%s/%s/%s" % (s[:2], s[2:4], s[4:]))


def new_acct():
    return ch("%08d" % R.randint(10000000, 99999999), "%010d" % R.randint(10 ** 8, 10 ** 10 - 1),
              "%012d" % R.randint(10 ** 10, 10 ** 12 - 1), "%08d" % R.randint(0, 99999999))


def new_iban():
    cc = R.choice(["GB", "IE", "DE", "FR", "NL", "ES"])
    if cc in ("GB", "IE"):
        bban = R.choice(["NWBK", "BARC", "AIBK", "BOFI", "HBUK"]) + "%06d%08d" % (R.randint(0, 999999), R.randint(0, 99999999))
    elif cc == "DE":
        bban = "%018d" % R.randint(0, 10 ** 18 - 1)
    elif cc == "FR":
        bban = "%010d" % R.randint(0, 10 ** 10 - 1) + "".join(R.choice("ABCDEFGHJK0123456789") for _ in range(11)) + "%02d" % R.randint(0, 99)
    elif cc == "NL":
        bban = R.choice(["ABNA", "INGB", "RABO"]) + "%010d" % R.randint(0, 10 ** 10 - 1)
    else:
        bban = "%020d" % R.randint(0, 10 ** 20 - 1)
    return make_iban(cc, bban)


def iban_typed(ib):
    g = [ib[i:i + 4] for i in range(0, len(ib), 4)]
    return ch(" ".join(g), ib, " ".join(g).lower(), "-".join(g) if False else " ".join(g))


def iban_spoken_chunks(ib):
    """Return list of spoken chunks (4 chars each)."""
    zw = R.choice(ZERO_WORDS)
    out = []
    for i in range(0, len(ib), 4):
        g = ib[i:i + 4]
        toks = []
        j = 0
        while j < len(g):
            if g[j].isdigit():
                k = j
                while k < len(g) and g[k].isdigit():
                    k += 1
                toks.append(" ".join(say_digits(g[j:k], zw, compress=True)))
                j = k
            else:
                toks.append(spell_letter(g[j], ch("plain", "plain", "nato")))
                j += 1
        out.append(" ".join(toks))
    return out


# --------------------------------------------------------------------------
# contexts
# --------------------------------------------------------------------------
INDUSTRY = [
    ("banking", "Thanks for calling Northgate Bank", "to verify the account"),
    ("telecom", "You're through to Vantel Mobile", "to set up the direct debit on your contract"),
    ("utilities", "Brightwater Energy, how can I help", "to pay the outstanding bill"),
    ("retail", "Hi, you're chatting with Halden's online support", "to take the payment for the order"),
    ("insurance", "Corrie Insurance claims line", "for the renewal premium"),
    ("travel", "Skyways bookings desk", "to secure the booking"),
    ("healthcare billing", "St Brendan's patient billing", "to settle the co-pay balance"),
    ("government services", "Vehicle Licensing Service helpline", "to confirm your identity"),
]


def ctx():
    return R.choice(INDUSTRY)


def asr(s):
    """Lower-case and strip most punctuation, as an ASR transcript would."""
    s = s.lower()
    return re.sub(r"[?!;:]", "", s)


# --------------------------------------------------------------------------
# positive templates: cards
# --------------------------------------------------------------------------
def card_spoken_text(num, styles=None, fill=0.25, homo=False, groups=None):
    styles = styles or ch(("digits",), ("digits", "pairs"), ("pairs",), ("digits", "hund"), ("digits", "pairs", "hund"))
    return speak_groups(groups or card_groups(num), styles=styles, fill=fill, homo=homo)


def pos_card(i):
    ind, greet, why = ctx()
    num = new_card()
    v = None
    k = i % 14
    c = Case("positive", "")
    if k == 0:  # typed chat, labelled
        c.note = "typed chat card with label, expiry and cvv (%s)" % ind
        cv = c.value("CARD_NUMBER", expect=num)
        ex = new_expiry(); ev = c.value("EXPIRY")
        cvv = new_cvv(len(num) == 15); vv = c.value("CVV", expect=cvv)
        c.a(greet + ". Could you type the long card number " + why + "?")
        c.c(ch("card no: ", "Card number - ", "ok its ", "CC#", "number is "), cv(card_typed(num)),
            ch(" exp ", ", expiry ", " valid till "), ev(exp_typed(*ex)), ch(" cvv ", " and the code on back is ", " sec code: "), vv(cvv))
        c.a("Thank you, processing that now.")
    elif k == 1:  # asr full single turn with fillers
        c.note = "ASR card read in one breath with fillers (%s)" % ind
        cv = c.value("CARD_NUMBER", expect=num)
        c.a(asr(greet) + " " + "can i take the long number on the front of the card please")
        c.c(ch("yeah it's ", "okay so it's ", "right um ", "", "it is "), cv(card_spoken_text(num, fill=0.5)))
        c.a("thank you and the expiry date")
    elif k == 2:  # split over turns with backchannels, then agent readback
        c.note = "ASR card split over customer turns with agent back-channels and read-back (%s)" % ind
        cv = c.value("CARD_NUMBER", expect=num)
        gs = card_groups(num)
        zw = R.choice(ZERO_WORDS)
        c.a("okay whenever you're ready with the card number")
        for j, g in enumerate(gs):
            lead = ch("", "", "um ", "then ", "next is ") if j else ch("it's ", "okay ", "")
            c.c(lead, cv(speak_groups([g], zw=zw, styles=("digits", "pairs"))))
            if j < len(gs) - 1:
                c.a(backchannel())
        rb = c.value("CARD_NUMBER", expect=num)
        c.a(ch("so that's ", "let me read that back ", "i have "), rb(speak_groups(gs, styles=("digits",), zw="zero", seps=[",", ""])),
            ch(" is that right", " correct?", ""))
        c.c(ch("yes", "yep that's it", "that's right"))
    elif k == 3:  # restart reading
        c.note = "ASR card restarted after false start; abandoned fragment labelled (%s)" % ind
        gs = card_groups(num)
        pv = c.value("CARD_NUMBER", kind="partial", whole=num)
        cv = c.value("CARD_NUMBER", expect=num)
        zw = R.choice(ZERO_WORDS)
        c.a("can i take the card number please")
        c.c(ch("it's ", "yep ", ""), pv(speak_groups(gs[:2], zw=zw) if R.random() < 0.5 else speak_groups([gs[0], gs[1][:2]], zw=zw)),
            ch(" sorry no let me start again ", " hang on i've lost my place, from the top ", " oh wait sorry "),
            cv(speak_groups(gs, zw=zw, styles=("digits", "pairs"), fill=0.3)))
        c.a("thank you")
    elif k == 4:  # aside in middle of reading
        c.note = "ASR card with an aside mid-reading, two spans in one turn (%s)" % ind
        gs = card_groups(num)
        cut = R.randint(1, len(gs) - 1)
        cv = c.value("CARD_NUMBER", expect=num)
        zw = R.choice(ZERO_WORDS)
        c.a("and the sixteen digit number across the front")
        c.c(cv(speak_groups(gs[:cut], zw=zw, styles=("digits", "pairs"))),
            ch(" hang on the light's bad in here ", " sorry the dog's barking ", " just a sec my glasses, right ", " kids be quiet please i'm on the phone ", " is it the long one? yeah okay "),
            cv(speak_groups(gs[cut:], zw=zw, styles=("digits", "pairs"))))
        c.a("lovely thank you")
    elif k == 5:  # agent misreads, customer corrects group
        c.note = "ASR card, agent read-back with one wrong group, customer corrects (%s)" % ind
        gs = card_groups(num)
        bad = list(gs)
        j = R.randrange(len(gs))
        g = list(bad[j]); p = R.randrange(len(g)); g[p] = str((int(g[p]) + R.randint(1, 8)) % 10); bad[j] = "".join(g)
        cv = c.value("CARD_NUMBER", expect=num)
        mv = c.value("CARD_NUMBER", kind="misread", whole=num)
        pv = c.value("CARD_NUMBER", kind="partial", whole=num)
        c.c(ch("the card is ", "my card number's "), cv(speak_groups(gs, styles=("digits", "pairs"), fill=0.2)))
        c.a("okay so i have ", mv(speak_groups(bad, styles=("digits",), zw="zero")), " yeah?")
        c.c(ch("no no ", "not quite, ", "uh no "), ch("it's ", "that bit is ", "the "), pv(speak_groups([gs[j]], styles=("digits",))),
            ch("", " not " + speak_groups([bad[j]], styles=("digits",)) if False else ""))
        c.a("ah sorry " + ch("got it", "corrected", "my mistake"))
    elif k == 6:  # full card then last four later (labelled since full card read)
        c.note = "typed card then 'ending' last four later in the same case, labelled (%s)" % ind
        cv = c.value("CARD_NUMBER", expect=num)
        lv = c.value("CARD_NUMBER", kind="partial", whole=num)
        c.c(ch("Hi, pls charge my card ", "use card ", "Card: "), cv(card_typed(num)), ch(" thanks", "", " cheers"))
        c.a("Done. I've saved the card ending ", lv(num[-4:]), " to your account.")
    elif k == 7:  # pairs reading, asr
        c.note = "ASR card read as pairs ('forty one eleven') (%s)" % ind
        cv = c.value("CARD_NUMBER", expect=num)
        c.a("go ahead with the card number")
        c.c(ch("right so ", "okay ", "erm "), cv(card_spoken_text(num, styles=("pairs",), fill=0.3)))
    elif k == 8:  # homophones / asr errors
        c.note = "ASR card with homophone mis-transcriptions ('to', 'won', 'ate') (%s)" % ind
        cv = c.value("CARD_NUMBER", expect=num)
        c.a("what's the card number")
        c.c(ch("it's ", "", "yeah "), cv(card_spoken_text(num, styles=("digits",), fill=0.2, homo=True)))
    elif k == 9:  # amex / odd lengths typed in email
        num = new_card(ch("amex", "visa13", "maestro19"))
        cv = c.value("CARD_NUMBER", expect=num)
        c.note = "e-mail with %d-digit card and odd grouping (%s)" % (len(num), ind)
        c.c("Dear team,\nPlease use the following for the outstanding balance of \u00a3%d.%02d.\nCard number: " % (R.randint(20, 900), R.randint(0, 99)),
            cv(ch(" ".join(card_groups(num)), " ".join(odd_groups(num)), num)),
            "\nKind regards,\n" + R.choice(FIRST).title())
        c.a("Thanks, payment taken, reference attached.")
    elif k == 10:  # two cards: old one abandoned, new one given
        c.note = "ASR two different cards: expired card read first then replacement (%s)" % ind
        old = new_card()
        ov = c.value("CARD_NUMBER", expect=old)
        cv = c.value("CARD_NUMBER", expect=num)
        c.c(ov(card_spoken_text(old, fill=0.1)))
        c.a("hmm that one's coming back as expired, do you have another card")
        c.c("oh yeah the new one came last week, ", cv(card_spoken_text(num, fill=0.3)))
    elif k == 11:  # repeated group in split turns with agent repeating each chunk
        c.note = "ASR card chunk-by-chunk with agent echoing each chunk (%s)" % ind
        gs = card_groups(num)
        cv = c.value("CARD_NUMBER", expect=num)
        ev = c.value("CARD_NUMBER", expect=num)
        zw = R.choice(ZERO_WORDS)
        for j, g in enumerate(gs):
            c.c(cv(speak_groups([g], zw=zw, styles=("digits",))))
            c.a(ev(speak_groups([g], zw="zero", styles=("digits",))), ch("", " yep", " okay"))
    elif k == 12:  # typed chat split over messages with typos
        c.note = "typed chat card split over messages, one with stray space (%s)" % ind
        gs = card_groups(num)
        cv = c.value("CARD_NUMBER", expect=num)
        half = len(gs) // 2
        c.a("Please enter your card number.")
        c.c(cv(" ".join(gs[:half])))
        c.c(cv(("  ".join(gs[half:]))), ch("", " sorry hit enter too soon", " <- rest of it"))
        c.a("Thanks!")
    else:  # hundreds style with expiry spoken and cvv spoken
        c.note = "ASR card with hundreds, spoken expiry and security code (%s)" % ind
        cv = c.value("CARD_NUMBER", expect=num)
        ex = new_expiry(); ev = c.value("EXPIRY")
        cvv = new_cvv(len(num) == 15); vv = c.value("CVV", expect=cvv)
        c.c(cv(card_spoken_text(num, styles=("hund", "pairs"), fill=0.2)))
        c.a("and the expiry")
        c.c(ch("", "it's ", "expires "), ev(exp_spoken(*ex)))
        c.a("and the last three on the back" if len(num) != 15 else "and the four digit code on the front")
        c.c(vv(speak_groups([cvv], styles=("digits", "hund"))))
    return c


# --------------------------------------------------------------------------
# SSN
# --------------------------------------------------------------------------
def pos_ssn(i):
    s = new_ssn()
    gs = [s[:3], s[3:5], s[5:]]
    k = i % 10
    c = Case("positive", "")
    ind = R.choice(["healthcare billing", "insurance", "banking", "government services", "telecom"])
    if k == 0:
        c.note = "typed SSN in chat (%s)" % ind
        v = c.value("SSN", expect=s)
        c.a("To verify, please provide your Social Security number.")
        c.c(ch("SSN: ", "ssn# ", "social is ", "my ss number ", ""), v(ssn_typed(s)))
    elif k == 1:
        c.note = "ASR SSN digit by digit (%s)" % ind
        v = c.value("SSN", expect=s)
        c.a("can i get your social security number")
        c.c(ch("sure it's ", "yeah ", "uh "), v(speak_groups(gs, styles=("digits",), fill=0.4)))
    elif k == 2:
        c.note = "ASR SSN with hundreds and pairs (%s)" % ind
        v = c.value("SSN", expect=s)
        c.a("and your social")
        c.c(v(speak_groups(gs, styles=("hund", "pairs"), fill=0.2)))
    elif k == 3:
        c.note = "ASR SSN split over turns with back-channel and read-back (%s)" % ind
        v = c.value("SSN", expect=s)
        rb = c.value("SSN", expect=s)
        zw = R.choice(ZERO_WORDS)
        c.a("social security number please")
        c.c(ch("okay ", ""), v(speak_groups([gs[0]], zw=zw)))
        c.a(backchannel())
        c.c(v(speak_groups([gs[1]], zw=zw, styles=("digits", "pairs"))))
        c.a(backchannel())
        c.c(v(speak_groups([gs[2]], zw=zw, styles=("digits", "pairs"))))
        c.a("so ", rb(speak_groups(gs, zw="zero", styles=("digits",), seps=["dash"])), "?")
        c.c("correct")
    elif k == 4:
        c.note = "ASR SSN restarted after a wrong digit; fragment labelled (%s)" % ind
        pv = c.value("SSN", kind="partial", whole=s)
        v = c.value("SSN", expect=s)
        c.a("social please")
        c.c(pv(speak_groups([gs[0], gs[1]], styles=("digits",))), ch(" no wait ", " sorry that's wrong ", " hold on, "),
            ch("", "let me start over "), v(speak_groups(gs, styles=("digits",), fill=0.2)))
    elif k == 5:
        c.note = "typed SSN in email with dashes typed as spaces and label (%s)" % ind
        v = c.value("SSN", expect=s)
        c.c("Hello,\nI'm disputing the statement dated %d/%d. My SSN is " % (R.randint(1, 12), R.randint(1, 28)), v(ssn_typed(s)),
            " and my member ID is MB-%06d.\nThanks" % R.randint(0, 999999))
    elif k == 6:
        c.note = "ASR SSN with dash spoken and homophones (%s)" % ind
        v = c.value("SSN", expect=s)
        c.a("what's the social on the account")
        c.c("it's ", v(speak_groups(gs, styles=("digits",), homo=True, seps=["dash", "", "um"])))
    elif k == 7:
        c.note = "SSN read with aside in middle (%s)" % ind
        v = c.value("SSN", expect=s)
        c.c(v(speak_groups(gs[:2], styles=("digits", "pairs"))), ch(" hold on i'm reading it off the card ", " honey what's the rest of it, okay ", " ugh sorry "),
            v(speak_groups(gs[2:], styles=("digits", "pairs"))))
        c.a("thanks i've got that")
    elif k == 8:
        c.note = "agent reads SSN from file, customer confirms (%s)" % ind
        v = c.value("SSN", expect=s)
        c.a("i have your social as ", v(speak_groups(gs, styles=("digits",), zw="zero")), " is that still right")
        c.c("yes")
    else:
        c.note = "SSN typed with no separators inside a sentence plus DOB (%s)" % ind
        v = c.value("SSN", expect=s)
        y, m, d = new_dob(); dv = c.value("DOB")
        c.c("ssn ", v(s), " dob ", dv(dob_typed(y, m, d)))
        c.a("Thanks, you're verified.")
    return c


# --------------------------------------------------------------------------
# NI
# --------------------------------------------------------------------------
def pos_ni(i):
    n = new_ni()
    k = i % 10
    c = Case("positive", "")
    if k == 0:
        c.note = "typed NI number in chat, format variant"
        v = c.value("NI_NUMBER", expect=n)
        c.a("Please can you confirm your National Insurance number?")
        c.c(ch("NI: ", "NINO ", "ni no. ", "its ", "National Insurance no - "), v(ni_typed(n)))
    elif k == 1:
        c.note = "ASR NI with NATO spelling"
        v = c.value("NI_NUMBER", expect=n)
        c.a("and your national insurance number")
        c.c(ch("yeah it's ", "okay ", ""), v(ni_spoken(n, "nato", fill=0.3)))
    elif k == 2:
        c.note = "ASR NI with plain letters and pairs"
        v = c.value("NI_NUMBER", expect=n)
        c.a("national insurance number please")
        c.c(v(ni_spoken(n, "plain", fill=0.2)))
    elif k == 3:
        c.note = "ASR NI split across turns, agent read-back using 'as in'"
        v = c.value("NI_NUMBER", expect=n)
        rb = c.value("NI_NUMBER", expect=n)
        c.a("can i take your ni number")
        c.c(v(" ".join(spell_letter(x, ch("plain", "nato")) for x in n[:2])))
        c.a(backchannel())
        c.c(v(speak_groups([n[2:5], n[5:8]], styles=("digits", "pairs"))))
        c.a(backchannel())
        c.c(ch("and then ", "last letter "), v(spell_letter(n[8], ch("plain", "nato"))))
        c.a("so that's ", rb(ni_spoken(n, "asin")), " yeah")
        c.c("yes")
    elif k == 4:
        c.note = "ASR NI letter corrected by caller; fragment labelled"
        pv = c.value("NI_NUMBER", kind="partial", whole=n)
        v = c.value("NI_NUMBER", expect=n)
        c.a("ni number")
        c.c(pv(spell_letter(n[0], "plain") + " " + spell_letter(n[1], "plain")), " ",
            ch("no sorry ", "actually no "), v(ni_spoken(n, "nato", fill=0.2)))
    elif k == 5:
        c.note = "NI in government services e-mail, lowercase with spaces"
        v = c.value("NI_NUMBER", expect=n)
        c.c("Hi, re my universal credit claim (claim ref UC%07d), my national insurance number is " % R.randint(0, 9999999),
            v(ni_typed(n)), ". Please advise.")
    elif k == 6:
        c.note = "ASR NI with filler between number and suffix and 'double'"
        v = c.value("NI_NUMBER", expect=n)
        c.a("could you confirm your national insurance for me")
        c.c(ch("hang on it's on my payslip ", "ok um "), v(ni_spoken(n, "mixed", fill=0.9)))
    elif k == 7:
        c.note = "agent reads NI from record, customer corrects last letter"
        bad = n[:8] + ch(*[x for x in "ABCD" if x != n[8]])
        mv = c.value("NI_NUMBER", kind="misread_ni")
        pv = c.value("NI_NUMBER", kind="partial", whole=n)
        c.a("i've got your ni as ", mv(ni_spoken(bad, "plain")), " is that right")
        c.c("nearly, the last letter's ", pv(spell_letter(n[8], "nato")), " not ", spell_letter(bad[8], "plain") if False else "the other one")
    elif k == 8:
        c.note = "NI number typed with aside: prefix in one message, rest in another"
        v = c.value("NI_NUMBER", expect=n)
        c.c("my ni is ", v(n[:2]))
        c.c(v(n[2:8] + ch(" ", "") + n[8]), " (sorry fat fingers)")
    else:
        c.note = "ASR NI digits as hundreds"
        v = c.value("NI_NUMBER", expect=n)
        zw = R.choice(ZERO_WORDS)
        dg = n[2:8]
        c.a("national insurance please")
        c.c(ch("it's ", ""), v(spell_letter(n[0], "plain") + " " + spell_letter(n[1], "plain") + " " +
                               speak_groups([dg[:3], dg[3:]], zw=zw, styles=("hund", "digits")) + " " + spell_letter(n[8], "plain")))
    return c


# --------------------------------------------------------------------------
# other types
# --------------------------------------------------------------------------
def pos_other(i):
    types = ["CVV", "EXPIRY", "BANK_ACCOUNT", "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]
    t = types[i % len(types)]
    spoken = (i // len(types)) % 2 == 1
    c = Case("positive", "")
    ind, greet, why = ctx()
    if t == "CVV":
        cvv = new_cvv(R.random() < 0.2)
        v = c.value("CVV", expect=cvv)
        c.note = "security code %s (%s)" % ("spoken" if spoken else "typed", ind)
        c.a("And the security code on the back?" if not spoken else "and the three digits on the back of the card")
        if spoken:
            c.c(ch("it's ", "um ", ""), v(speak_groups([cvv], styles=("digits", "hund"))), ch("", " i think", " yeah"))
        else:
            c.c(ch("cvv ", "CVC: ", "", "sec code "), v(cvv))
    elif t == "EXPIRY":
        m, y = new_expiry()
        v = c.value("EXPIRY")
        c.note = "card expiry %s (%s)" % ("spoken" if spoken else "typed", ind)
        c.a("What's the expiry date on the card?" if not spoken else "and when does the card expire")
        c.c(ch("", "expires ", "exp ", "valid thru "), v(exp_spoken(m, y) if spoken else exp_typed(m, y)))
    elif t == "BANK_ACCOUNT":
        a = new_acct()
        v = c.value("BANK_ACCOUNT", expect=a)
        c.note = "bank account number %s (%s)" % ("spoken" if spoken else "typed", ind)
        c.a(("can i take the account number " + why) if spoken else "Please send the account number.")
        if spoken:
            c.c(ch("it's ", "account number ", ""), v(speak_groups([a[:4], a[4:]], styles=("digits", "pairs"), fill=0.3)))
            rb = c.value("BANK_ACCOUNT", expect=a)
            c.a("thank you that's ", rb(speak_groups([a], styles=("digits",), zw="zero")))
        else:
            c.c(ch("acct no: ", "A/C ", "account # ", "Acc num "), v(ch(a, a[:4] + " " + a[4:], a[:2] + "-" + a[2:])))
    elif t == "SORT_CODE":
        s = new_sort()
        v = c.value("SORT_CODE", expect=s)
        c.note = "UK sort code %s (%s)" % ("spoken" if spoken else "typed", ind)
        c.a("And the sort code?" if not spoken else "and the sort code")
        if spoken:
            c.c(ch("it's ", ""), v(speak_groups([s[:2], s[2:4], s[4:]], styles=("digits", "pairs"), fill=0.2)))
        else:
            c.c(ch("sort code ", "s/c ", "SC: ", ""), v(sort_typed(s)))
        if R.random() < 0.6:
            a = new_acct()[:8]
            av = c.value("BANK_ACCOUNT", expect=a)
            c.c(ch("and the account is ", "acc ", "account "), av(a if not spoken else speak_groups([a[:4], a[4:]])))
    elif t == "IBAN":
        ib = new_iban()
        c.note = "IBAN %s (%s)" % ("spoken in chunks over turns" if spoken else "typed", ind)
        v = c.value("IBAN", expect=ib)
        c.a("Could I get the IBAN for the refund?" if not spoken else "can you read me the iban")
        if spoken:
            chunks = iban_spoken_chunks(ib)
            step = R.choice([2, 3])
            for j in range(0, len(chunks), step):
                c.c(v(" ".join(chunks[j:j + step])))
                if j + step < len(chunks):
                    c.a(backchannel())
        else:
            c.c(ch("IBAN: ", "iban ", "my IBAN is "), v(iban_typed(ib)))
    elif t == "PHONE":
        kind, d = new_phone()
        c.note = "phone %s %s (%s)" % (kind, "spoken" if spoken else "typed", ind)
        if spoken:
            txt, exp = phone_spoken(kind, d)
        else:
            txt = phone_typed(kind, d); exp = phone_digits_expected(kind, txt)
            txt = txt.lstrip("+")  # span starts at first digit; '+' goes before it
        v = c.value("PHONE", expect=exp)
        c.a("what's the best number to reach you on" if spoken else "Best contact number?")
        lead = ch("it's ", "my mobile is ", "call me on ", "", "you can get me on ")
        if not spoken and phone_typed and exp != d:
            pass
        plus = "+" if (not spoken and kind in ("ukintl", "usintl", "ie") and not txt.startswith("00") and not txt.startswith("1 (")) else ""
        c.c(lead + plus, v(txt))
    elif t == "EMAIL":
        loc, dom = new_email()
        v = c.value("EMAIL")
        c.note = "email %s (%s)" % ("spoken" if spoken else "typed", ind)
        c.a("and what email should we send the confirmation to")
        c.c(ch("it's ", "", "email is ", "send it to "), v(email_spoken(loc, dom) if spoken else email_typed(loc, dom)))
        if spoken and R.random() < 0.5:
            rb = c.value("EMAIL")
            c.a("so ", rb(email_spoken(loc, dom)), " yeah")
    elif t == "DOB":
        y, m, d = new_dob()
        v = c.value("DOB")
        c.note = "date of birth %s (%s)" % ("spoken" if spoken else "typed", ind)
        c.a("can you confirm your date of birth")
        c.c(ch("", "it's ", "born ", "yeah "), v(dob_spoken(y, m, d) if spoken else dob_typed(y, m, d)))
    elif t == "POSTCODE":
        c.note = "postcode / zip %s (%s)" % ("spoken" if spoken else "typed", ind)
        if R.random() < 0.6:
            pc = new_uk_pc()
            v = c.value("POSTCODE")
            c.a("and the postcode")
            c.c(ch("", "it's ", "postcode "), v(pc_spoken(pc) if spoken else ch(pc, pc.lower(), pc.replace(" ", ""))))
        else:
            z = new_zip()
            v = c.value("POSTCODE")
            c.a("zip code?")
            c.c(ch("", "it's ", "zip "), v(speak_groups([z[:5]] + ([z[6:]] if len(z) > 5 else []), styles=("digits",)) if spoken else z))
    else:
        c.note = "address with town and separate postcode %s (%s)" % ("spoken" if spoken else "typed", ind)
        v = c.value("ADDRESS")
        pv = c.value("POSTCODE")
        c.a("and the first line of the address")
        if R.random() < 0.6:
            pc = new_uk_pc()
            town = R.choice(TOWNS_UK)
            c.c(ch("", "it's ", "i'm at "), v(new_address(spoken)), ", ", town if spoken else town.title(), " ",
                pv(pc_spoken(pc) if spoken else pc))
        else:
            z = new_zip()
            town = R.choice(TOWNS_US)
            c.c(ch("", "it's ", "we're at "), v(new_address(spoken)), ", ", town if spoken else town.title(), ", ",
                ch("OH ", "TX ", "OR ", "CO ") if not spoken else "", pv(z if not spoken else speak_groups([z[:5]], styles=("digits",))))
    return c


# --------------------------------------------------------------------------
# negatives
# --------------------------------------------------------------------------
def neg(i):
    k = i % 24
    c = Case("negative", "")
    zw = R.choice(ZERO_WORDS)
    if k == 0:
        c.note = "card last four on its own (not PII)"
        c.a("i can see a card ending " + speak_groups(["%04d" % R.randint(0, 9999)], zw=zw) + " on file, shall i use that")
        c.c("yes please")
    elif k == 1:
        num = new_card()
        c.note = "16 digit tracking number read like a card, with label"
        c.c("my tracking number is " + speak_groups(card_groups(num), zw=zw, fill=0.3))
        c.a("thanks, that parcel is out for delivery today")
    elif k == 2:
        num = new_card()
        c.note = "Luhn-valid 16 digit order reference typed with label"
        c.c("Order ref: " + " ".join(card_groups(num)) + " - still not arrived")
        c.a("Sorry about that, order " + num + " shows as dispatched on the %dth." % R.randint(4, 28))
    elif k == 3:
        c.note = "balances and amounts"
        c.a("your balance is %d pounds %d and the minimum payment is %d.%02d" % (R.randint(100, 9999), R.randint(1, 99), R.randint(5, 99), R.randint(0, 99)))
        c.c("ok and how much was the late fee")
        c.a("twenty five pounds, that's been refunded")
    elif k == 4:
        c.note = "meter reading said digit by digit"
        c.c("i want to give a meter reading, it's " + speak_groups(["%05d" % R.randint(0, 99999)], zw=zw, fill=0.2) + " on the day rate and " +
            speak_groups(["%05d" % R.randint(0, 99999)], zw=zw))
        c.a("thank you, that's logged against meter serial " + "%d%s%08d" % (R.randint(10, 99), R.choice("ABKLP"), R.randint(0, 99999999)))
    elif k == 5:
        c.note = "opening hours, times and durations"
        c.a("we're open eight till eight monday to friday and nine to five on saturdays, average wait is about twelve minutes")
        c.c("ok i'll call back at half four")
    elif k == 6:
        c.note = "flight, seat, gate numbers and times"
        c.a("you're on flight EI %d departing %02d:%02d from gate B%d, seat %d%s" % (R.randint(100, 999), R.randint(5, 22), R.choice([0, 15, 30, 45]), R.randint(1, 40), R.randint(1, 40), R.choice("ABCDEF")))
        c.c("and what time does boarding close")
        c.a("forty minutes before departure")
    elif k == 7:
        c.note = "policy number read in groups like a card"
        c.c("policy number " + speak_groups(["%04d" % R.randint(0, 9999) for _ in range(4)], zw=zw, styles=("pairs", "digits")))
        c.a("thanks, i've found your home insurance policy, renewal is on the %s of %s" % (ORD[R.randint(1, 28)], R.choice(MONTHS)))
    elif k == 8:
        c.note = "claim reference shaped like an NI number but labelled as a reference"
        ref = R.choice("ABCDEFGHJ") + R.choice("KLMNPR") + " " + "%06d" % R.randint(0, 999999)
        c.c("Claim ref " + ref + ", submitted %d/%d/%d" % (R.randint(1, 28), R.randint(1, 12), R.randint(2022, 2025)))
        c.a("Thanks, claim " + ref + " is with the assessor.")
    elif k == 9:
        c.note = "ages, counts, percentages, temperatures"
        c.c("my mum's %d and she's been without heating for three days, it's %d degrees in the house" % (R.randint(70, 95), R.randint(8, 14)))
        c.a("i'm sorry, we've put a priority flag on it, %d percent of engineers are on emergency calls today" % R.randint(20, 80))
    elif k == 10:
        c.note = "invoice and account reference numbers with labels, typed"
        c.c("Invoice INV-%07d and customer ref %09d both show £%d.%02d overdue" % (R.randint(0, 9999999), R.randint(0, 999999999), R.randint(10, 999), R.randint(0, 99)))
        c.a("I can see that, the payment date was 14 March.")
    elif k == 11:
        c.note = "appointment and payment dates, years, contract dates"
        c.a("your appointment is on tuesday the %s at %d thirty and your contract ends in %s %d" % (ORD[R.randint(1, 28)], R.randint(1, 11), R.choice(MONTHS), R.randint(2025, 2028)))
        c.c("ok and the direct debit goes out on the first?")
        c.a("yes the first of every month")
    elif k == 12:
        c.note = "ticket number spoken with double/triple, label given"
        c.c("ticket number is " + speak_groups(["%03d" % R.randint(0, 999), "%03d" % R.randint(0, 999), "%03d" % R.randint(0, 999)], zw=zw))
        c.a("thanks that ticket's been escalated")
    elif k == 13:
        c.note = "road names and street without house number, town"
        c.a("the outage is affecting %s and the %s roundabout near the A%d" % (R.choice(STREETS), R.choice(TOWNS_UK), R.randint(1, 999)))
        c.c("yeah that's the whole estate off")
    elif k == 14:
        c.note = "model and serial numbers"
        c.c("the boiler model is WX-%d and serial %s%d%s" % (R.randint(100, 999), R.choice(["SN", "GC"]), R.randint(10 ** 9, 10 ** 10 - 1), R.choice("ABCDE")))
        c.a("ok that model is still under the five year warranty")
    elif k == 15:
        c.note = "nine digit case number spoken like an SSN"
        s = new_ssn()
        c.a("your case number is " + speak_groups([s[:3], s[3:5], s[5:]], zw=zw, seps=["dash"]) + " please keep hold of that")
        c.c("got it thanks")
    elif k == 16:
        c.note = "helpline opening and price quoting"
        c.a("the upgrade is %d ninety nine a month for %d months, or %d pounds upfront" % (R.randint(10, 60), R.choice([12, 18, 24, 36]), R.randint(100, 900)))
        c.c("and is that including vat")
        c.a("yes including vat at twenty percent")
    elif k == 17:
        c.note = "room number, booking reference and nights"
        c.c("booking ref %s, room %d, we're staying %d nights" % ("".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6)), R.randint(100, 999), R.randint(1, 14)))
        c.a("Thanks, late checkout until 1pm is fine.")
    elif k == 18:
        c.note = "card last four typed on its own"
        c.c("can you refund it to the visa ending %04d please" % R.randint(0, 9999))
        c.a("Sure, the card ending in those digits will get the refund in 3-5 working days.")
    elif k == 19:
        c.note = "long transaction id said in pairs"
        c.a("the transaction id is " + speak_groups(["%02d" % R.randint(10, 99) for _ in range(8)], zw=zw, styles=("pairs",)))
        c.c("ok i'll quote that to my bank")
    elif k == 20:
        c.note = "data usage, speeds, counts"
        c.a("you've used %d point %d gigabytes of your %d gig allowance and your speed is %d megs" % (R.randint(1, 99), R.randint(1, 9), R.choice([50, 100, 150]), R.randint(30, 900)))
        c.c("that can't be right i've barely used it")
    elif k == 21:
        c.note = "sort-code-shaped date and parcel weight; not a sort code"
        c.c("the delivery on %02d-%02d-%02d weighed %d kilos and cost %d.%02d" % (R.randint(1, 28), R.randint(1, 12), R.randint(23, 25), R.randint(1, 30), R.randint(3, 40), R.randint(0, 99)))
        c.a("I'll raise that with the courier.")
    elif k == 22:
        c.note = "IBAN-like bank reference of the company, spoken prices"
        c.a("please quote payment reference " + "".join(R.choice("ABCDEFGH") for _ in range(3)) + "%010d" % R.randint(0, 10 ** 10 - 1) + " when you transfer the %d euro" % R.randint(20, 500))
        c.c("ok will do")
    else:
        c.note = "year and number of years, card last four mentioned by agent"
        c.c("i've been a customer since %d, that's %d years" % (R.randint(1990, 2015), R.randint(10, 30)))
        c.a("and i can see the mastercard ending %s, thanks for your loyalty" % " ".join(DW[int(x)] for x in "%04d" % R.randint(0, 9999)))
    return c


# --------------------------------------------------------------------------
# generation
# --------------------------------------------------------------------------
N_CARD, N_SSN, N_NI, N_OTHER, N_NEG = 70, 32, 32, 120, 120


def generate():
    R.seed(464241125)
    cases = []
    for i in range(N_CARD):
        cases.append(pos_card(i))
    for i in range(N_SSN):
        cases.append(pos_ssn(i))
    for i in range(N_NI):
        cases.append(pos_ni(i))
    for i in range(N_OTHER):
        cases.append(pos_other(i))
    R.shuffle(cases)
    negs = [neg(i) for i in range(N_NEG)]
    R.shuffle(negs)
    out = []
    for j, c in enumerate(cases):
        out.append((c,) + c.build("h464-pos-%03d" % (j + 1)))
    for j, c in enumerate(negs):
        out.append((c,) + c.build("h464-neg-%03d" % (j + 1)))
    return out


def serialise(records):
    return "".join(json.dumps(r, ensure_ascii=False, sort_keys=False) + "\n" for _, r, _ in records)


def check(records):
    errors = []
    with open(OUT, "r", encoding="utf-8") as f:
        on_disk = f.read()
    if on_disk != serialise(records):
        errors.append("file is not byte-identical to regeneration")
    lines = on_disk.splitlines()
    ids = set()
    counts = {}
    npos = nneg = 0
    for ln, (case, rec_mem, gids) in zip(lines, records):
        rec = json.loads(ln)
        cid = rec["id"]
        if cid in ids:
            errors.append("duplicate id %s" % cid)
        ids.add(cid)
        if rec["kind"] == "positive":
            npos += 1
            if not rec["spans"]:
                errors.append("%s positive without spans" % cid)
        elif rec["kind"] == "negative":
            nneg += 1
            if rec["spans"]:
                errors.append("%s negative with spans" % cid)
        else:
            errors.append("%s bad kind" % cid)
        for t in rec["turns"]:
            if t["speaker"] not in ("customer", "agent"):
                errors.append("%s bad speaker" % cid)
        by_turn = {}
        group_text = {}
        for sp, gid in zip(rec["spans"], gids):
            ti, s, e = sp["turn"], sp["start"], sp["end"]
            if not (0 <= ti < len(rec["turns"])):
                errors.append("%s turn out of range" % cid); continue
            txt = rec["turns"][ti]["text"]
            if not (0 <= s < e <= len(txt)):
                errors.append("%s offsets out of range" % cid); continue
            val = txt[s:e]
            if not (val[0].isalnum() and val[-1].isalnum()):
                errors.append("%s span edges not alnum %r" % (cid, val))
            if (s > 0 and txt[s - 1].isalnum()) or (e < len(txt) and txt[e].isalnum()):
                errors.append("%s span not on word boundary %r" % (cid, val))
            if val != val.strip():
                errors.append("%s whitespace at edge" % cid)
            by_turn.setdefault(ti, []).append((s, e))
            vtype, meta = case.groups[gid]
            if vtype != sp["type"]:
                errors.append("%s type mismatch" % cid)
            group_text.setdefault(gid, []).append(val)
            counts[sp["type"]] = counts.get(sp["type"], 0) + 1
        for ti, lst in by_turn.items():
            lst.sort()
            for (a, b), (c2, d2) in zip(lst, lst[1:]):
                if c2 < b:
                    errors.append("%s overlapping spans" % cid)
        for gid, vals in group_text.items():
            vtype, meta = case.groups[gid]
            if meta.get("kind") == "misread_ni":
                a = alnum_of(" ".join(vals))
                if not NI_RE.match(a):
                    errors.append("%s misread NI not NI-shaped %s" % (cid, a))
                continue
            joined = " ".join(vals)
            err = validate(vtype, joined, meta)
            if err:
                errors.append("%s %s: %s" % (cid, vtype, err))
    if len(lines) != len(records):
        errors.append("line count mismatch")
    need = {"CARD_NUMBER": 70, "SSN": 30, "NI_NUMBER": 30}
    for t in ["CVV", "EXPIRY", "BANK_ACCOUNT", "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]:
        need[t] = 10
    for t, n in need.items():
        if counts.get(t, 0) < n:
            errors.append("only %d %s spans (need %d)" % (counts.get(t, 0), t, n))
    if npos < 200 or nneg < 100:
        errors.append("too few cases pos=%d neg=%d" % (npos, nneg))
    return errors, counts, npos, nneg


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args()
    records = generate()
    if args.check:
        errors, counts, npos, nneg = check(records)
        for e in errors[:50]:
            print("ERROR", e)
        print("positives=%d negatives=%d" % (npos, nneg))
        for t in sorted(counts):
            print("  %-13s %d" % (t, counts[t]))
        if errors:
            print("FAILED: %d errors" % len(errors))
            return 1
        print("OK: --check passed")
        return 0
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write(serialise(records))
    print("wrote %d cases to %s" % (len(records), OUT))
    return 0


if __name__ == "__main__":
    sys.exit(main())

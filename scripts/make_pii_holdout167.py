#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set pii_holdout167.

Written by an independent AI helper that did not see the redaction code.
Standard library only.  Usage:

    python scripts/make_pii_holdout167.py          # write fixture + README
    python scripts/make_pii_holdout167.py --check  # regenerate and verify

Every turn is assembled from plain-text segments and value segments
(Val objects), so span offsets are computed, never typed by hand.
"""
import argparse
import datetime
import json
import os
import random
import re
import sys

SEED = 167241124
PREFIX = "h167"
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUTDIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout167")
CASES = os.path.join(OUTDIR, "cases.jsonl")
README = os.path.join(OUTDIR, "README.md")

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

# ---------------------------------------------------------------- words
UNIT = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEEN = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
        "seventeen", "eighteen", "nineteen"]
TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy",
        8: "eighty", 9: "ninety"}
DIGIT_W = {w: str(i) for i, w in enumerate(UNIT)}
DIGIT_W.update({"oh": "0", "o": "0", "nought": "0", "to": "2", "too": "2",
                "won": "1", "ate": "8", "for": "4", "fore": "4"})
TEEN_W = {w: 10 + i for i, w in enumerate(TEEN)}
TENS_W = {w: k * 10 for k, w in TENS.items()}
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo",
        "f": "foxtrot", "g": "golf", "h": "hotel", "j": "juliet", "k": "kilo",
        "l": "lima", "m": "mike", "n": "november", "p": "papa", "r": "romeo",
        "s": "sierra", "t": "tango", "w": "whiskey", "y": "yankee", "z": "zulu",
        "x": "xray", "q": "quebec", "u": "uniform", "v": "victor", "i": "india"}
SPELL_WORDS = set(NATO.values()) | {"apple", "boy", "cat", "dog", "edward", "freddie",
                                    "george", "harry", "jack", "king", "london",
                                    "mother", "nancy", "peter", "robert", "sugar",
                                    "tommy", "william", "yellow", "zebra", "sam", "charles"}
LETTER_HOMO = {"bee": "B", "see": "C", "sea": "C", "dee": "D", "gee": "G", "jay": "J",
               "kay": "K", "el": "L", "em": "M", "en": "N", "pea": "P", "pee": "P",
               "are": "R", "ess": "S", "tea": "T", "tee": "T", "why": "Y", "zed": "Z",
               "aitch": "H", "ex": "X", "double-u": "W"}
FILLERS = {"um", "uh", "er", "erm", "hmm", "like", "sorry", "yeah", "its", "it's",
           "and", "then", "the", "is", "that", "so", "right", "ok", "okay", "dash",
           "hyphen", "space", "slash", "stroke"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
       "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
       "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth",
       "twenty first", "twenty second", "twenty third", "twenty fourth", "twenty fifth",
       "twenty sixth", "twenty seventh", "twenty eighth", "twenty ninth", "thirtieth",
       "thirty first"]
STREET_TYPES = {"street", "st", "road", "rd", "avenue", "ave", "lane", "ln", "drive", "dr",
                "close", "crescent", "way", "court", "place", "terrace", "boulevard",
                "blvd", "grove", "gardens", "park", "hill", "row", "parade"}


def norm_spoken(text):
    """Spoken/typed value -> uppercase string of letters and digits."""
    t = text.lower().replace("double-u", " doubleu ")
    t = re.sub(r"[^a-z0-9']+", " ", t)
    toks = t.split()
    out = []
    i = 0
    n = len(toks)

    def nxt(k=1):
        return toks[i + k] if i + k < n else None

    while i < n:
        w = toks[i]
        if w == "doubleu":
            out.append("W"); i += 1; continue
        if w in ("double", "triple") and nxt() is not None:
            m = 2 if w == "double" else 3
            x = nxt()
            if x in DIGIT_W:
                out.append(DIGIT_W[x] * m); i += 2; continue
            if len(x) == 1 and x.isalpha():
                out.append(x.upper() * m); i += 2; continue
            if x in LETTER_HOMO:
                out.append(LETTER_HOMO[x] * m); i += 2; continue
        if w == "for" and nxt() in SPELL_WORDS:
            i += 2; continue
        if w == "as" and nxt() == "in":
            i += 3; continue
        if w in ("hundred", "thousand") and out and out[-1].isdigit():
            mult = 100 if w == "hundred" else 1000
            cur = int(out.pop()) * mult
            i += 1
            if i < n and toks[i] == "and":
                i += 1
            if i < n and toks[i] in TEEN_W:
                cur += TEEN_W[toks[i]]; i += 1
            elif i < n and toks[i] in TENS_W:
                cur += TENS_W[toks[i]]; i += 1
                if i < n and toks[i] in UNIT[1:]:
                    cur += UNIT.index(toks[i]); i += 1
            elif i < n and toks[i] in UNIT[1:]:
                cur += UNIT.index(toks[i]); i += 1
            out.append(str(cur)); continue
        if w in FILLERS:
            i += 1; continue
        if w in TEEN_W:
            out.append(str(TEEN_W[w])); i += 1; continue
        if w in TENS_W:
            v = TENS_W[w]
            if nxt() in UNIT[1:]:
                v += UNIT.index(nxt()); i += 2
            else:
                i += 1
            out.append(str(v)); continue
        if w in DIGIT_W:
            out.append(DIGIT_W[w]); i += 1; continue
        if w in LETTER_HOMO:
            out.append(LETTER_HOMO[w]); i += 1; continue
        out.append(w.upper()); i += 1
    return "".join(out)


def norm_email(text):
    t = text.strip().lower()
    if "@" in t and " " not in t:
        return t
    toks = re.sub(r"[,]", " ", t).split()
    out = []
    for w in toks:
        if w == "dot":
            out.append(".")
        elif w == "at":
            out.append("@")
        elif w == "underscore":
            out.append("_")
        elif w in ("dash", "hyphen"):
            out.append("-")
        elif w in UNIT:
            out.append(str(UNIT.index(w)))
        elif w == "oh":
            out.append("0")
        elif w in ("um", "uh", "er"):
            pass
        else:
            out.append(w)
    return "".join(out)


# ---------------------------------------------------------------- validators
def luhn_ok(d):
    if not d.isdigit():
        return False
    s = 0
    for k, ch in enumerate(reversed(d)):
        x = int(ch)
        if k % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        s += x
    return s % 10 == 0


def iban_ok(s):
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in r)
    return int(num) % 97 == 1


NI_BAD_FIRST = set("DFIQUV")
NI_BAD_SECOND = set("DFIQUVO")
NI_BAD_PAIRS = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}


def ni_ok(s):
    if not re.fullmatch(r"[A-Z]{2}\d{6}[A-D]", s):
        return False
    return s[0] not in NI_BAD_FIRST and s[1] not in NI_BAD_SECOND and s[:2] not in NI_BAD_PAIRS


UK_PC = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$")


def validate_group(typ, canon):
    """canon: normalised concatenation of a whole value."""
    if typ == "CARD_NUMBER":
        return 13 <= len(canon) <= 19 and luhn_ok(canon)
    if typ == "CVV":
        return canon.isdigit() and len(canon) in (3, 4)
    if typ == "EXPIRY":
        return canon.isdigit() and len(canon) in (3, 4, 6) or bool(re.search(r"[A-Z]", canon))
    if typ == "SSN":
        return canon.isdigit() and len(canon) == 9
    if typ == "NI_NUMBER":
        return ni_ok(canon)
    if typ == "BANK_ACCOUNT":
        return canon.isdigit() and 8 <= len(canon) <= 12
    if typ == "SORT_CODE":
        return canon.isdigit() and len(canon) == 6
    if typ == "IBAN":
        return iban_ok(canon)
    if typ == "PHONE":
        return canon.isdigit() and 10 <= len(canon) <= 13
    if typ == "EMAIL":
        return bool(re.fullmatch(r"[a-z0-9._+-]+@[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}", canon))
    if typ == "DOB":
        return len(canon) >= 4
    if typ == "POSTCODE":
        return bool(UK_PC.match(canon)) or bool(re.fullmatch(r"\d{5}(\d{4})?", canon))
    if typ == "ADDRESS":
        return True
    return False


# ---------------------------------------------------------------- segments
class Val:
    """A labelled value inside a turn.

    group: values with the same group id in a case are concatenated (in
    order) and validated together, e.g. a card read over four turns.
    frag: a self-corrected fragment; only its own rendering is checked.
    """

    def __init__(self, text, typ, canon, group, frag=False):
        self.text, self.typ, self.canon, self.group, self.frag = text, typ, canon, group, frag


def canon_of(typ, text):
    if typ == "EMAIL":
        return norm_email(text)
    return norm_spoken(text)


class Case:
    def __init__(self, kind, note):
        self.kind, self.note = kind, note
        self.turns = []  # list of (speaker, [segments])
        self._g = 0

    def g(self):
        self._g += 1
        return self._g

    def add(self, speaker, *segs):
        flat = []
        for x in segs:
            if isinstance(x, list):
                flat.extend(x)
            else:
                flat.append(x)
        self.turns.append((speaker, flat))
        return self

    def build(self, cid):
        turns, spans, vals = [], [], []
        for ti, (spk, segs) in enumerate(self.turns):
            text = ""
            for s in segs:
                if isinstance(s, Val):
                    start = len(text)
                    text += s.text
                    spans.append({"turn": ti, "start": start, "end": len(text), "type": s.typ})
                    vals.append(s)
                else:
                    text += s
            turns.append({"speaker": spk, "text": text})
        return ({"id": cid, "kind": self.kind, "turns": turns, "spans": spans,
                 "note": self.note}, vals)


# ---------------------------------------------------------------- value makers
R = random.Random(SEED)


def digits(n, first_nonzero=False):
    s = "".join(R.choice("0123456789") for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = R.choice("123456789") + s[1:]
    return s


def luhn_complete(prefix, length):
    body = prefix + digits(length - len(prefix) - 1)
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def make_card(kind=None):
    kind = kind or R.choice(["visa", "visa", "mc", "mc", "amex", "disc", "visa19", "visa13", "maestro"])
    if kind == "visa":
        return luhn_complete("4", 16), kind
    if kind == "mc":
        return luhn_complete(R.choice(["51", "52", "53", "54", "55", "2221", "2720"]), 16), kind
    if kind == "amex":
        return luhn_complete(R.choice(["34", "37"]), 15), kind
    if kind == "disc":
        return luhn_complete("6011", 16), kind
    if kind == "visa19":
        return luhn_complete("4", 19), kind
    if kind == "visa13":
        return luhn_complete("4", 13), kind
    return luhn_complete(R.choice(["6759", "6761", "5018"]), R.choice([16, 18, 19])), kind


def card_groups(num):
    if len(num) == 15:
        return [num[:4], num[4:10], num[10:]]
    out = [num[i:i + 4] for i in range(0, len(num), 4)]
    return out


def make_ssn():
    while True:
        a = R.randint(1, 899)
        if a == 666:
            continue
        return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


NI_L1 = [c for c in "ABCEGHJKLMNPRSTWXYZ" if c not in NI_BAD_FIRST]
NI_L2 = [c for c in "ABCEGHJKLMNPRSTWXYZ" if c not in NI_BAD_SECOND]


def make_ni():
    while True:
        p = R.choice(NI_L1) + R.choice(NI_L2)
        if p in NI_BAD_PAIRS:
            continue
        return p + digits(6) + R.choice("ABCD")


def make_iban(country=None):
    country = country or R.choice(["GB", "GB", "IE", "DE", "FR", "NL", "ES"])
    if country in ("GB", "IE"):
        bank = "".join(R.choice("ABCDEFGHJKLMNPRSTUWXYZ") for _ in range(4))
        bban = bank + digits(14)
    elif country == "DE":
        bban = digits(18)
    elif country == "FR":
        bban = digits(23)
    elif country == "NL":
        bban = "".join(R.choice("ABCDEFGHJKLMNPRSTUWXYZ") for _ in range(4)) + digits(10)
    else:
        bban = digits(20)
    r = bban + country + "00"
    num = int("".join(str(int(c, 36)) for c in r))
    chk = 98 - num % 97
    return country + "%02d" % chk + bban


def group4(s, sep=" "):
    return sep.join(s[i:i + 4] for i in range(0, len(s), 4))


# ---------------------------------------------------------------- speech
def say_pair(p):
    a, b = int(p[0]), int(p[1])
    if a == 0:
        return None  # caller handles
    if a == 1:
        return TEEN[b]
    if b == 0:
        return TENS[a]
    return TENS[a] + " " + UNIT[b]


def render_chunk(ch, mode, zero, homo):
    def dw(d):
        if d == "0":
            return zero
        w = UNIT[int(d)]
        if homo and R.random() < 0.35:
            w = {"2": R.choice(["to", "too"]), "4": "for", "8": "ate", "1": "won"}.get(d, w)
        return w

    if mode == "double":
        out, i = [], 0
        while i < len(ch):
            j = i
            while j < len(ch) and ch[j] == ch[i]:
                j += 1
            run = j - i
            if run == 2:
                out.append("double " + dw(ch[i]))
            elif run == 3:
                out.append("triple " + dw(ch[i]))
            else:
                out.extend(dw(ch[k]) for k in range(i, j))
            i = j
        return " ".join(out)
    if mode == "pairs":
        out = []
        i = 0
        if len(ch) % 2 == 1:
            out.append(dw(ch[0]))
            i = 1
        while i < len(ch):
            p = ch[i:i + 2]
            sp = say_pair(p)
            if sp is None:
                out.append(zero + " " + dw(p[1]))
            else:
                out.append(sp)
            i += 2
        return " ".join(out)
    if mode == "hundreds" and len(ch) == 3 and ch[0] != "0":
        if ch[1:] == "00":
            return UNIT[int(ch[0])] + " hundred"
        if ch[1] == "0":
            return UNIT[int(ch[0])] + " hundred and " + UNIT[int(ch[2])]
        return UNIT[int(ch[0])] + " hundred and " + say_pair(ch[1:])
    return " ".join(dw(d) for d in ch)


def speak(num, groups=None, modes=("single", "single", "double", "pairs"), zero=None,
          homo=False, sep=None, fillers=False):
    """Spoken rendering of a digit string whose norm_spoken() equals num."""
    groups = groups or [num]
    for _ in range(60):
        z = zero or R.choice(["zero", "oh", "oh", "o"])
        parts = []
        for ch in groups:
            m = R.choice(modes)
            if m == "hundreds" and not (len(ch) == 3 and ch[0] != "0"):
                m = "single"
            parts.append(render_chunk(ch, m, z, homo))
        sp = sep if sep is not None else R.choice([" ", " ", ", ", " ... "])
        if fillers and len(parts) > 1:
            k = R.randrange(1, len(parts))
            parts[k] = R.choice(["um ", "uh ", "er "]) + parts[k]
        text = sp.join(parts)
        if norm_spoken(text) == num:
            return text
    return " ".join(UNIT[int(d)] for d in num)


def spell_letter(c, style):
    c = c.lower()
    if style == "nato":
        return c + " for " + NATO[c]
    if style == "asin":
        words = {"b": "boy", "c": "charlie", "d": "dog", "e": "edward", "g": "george", "h": "harry",
                 "j": "jack", "k": "king", "l": "london", "m": "mother", "n": "nancy", "p": "peter",
                 "r": "robert", "s": "sugar", "t": "tommy", "w": "william", "y": "yellow", "z": "zebra",
                 "a": "apple"}
        if c in words:
            return c + " as in " + words[c]
        return c
    if style == "homo":
        inv = {v: k for k, v in LETTER_HOMO.items() if len(k) > 1 and k not in ("ex", "why")}
        if c.upper() in inv and R.random() < 0.6:
            return inv[c.upper()]
    return c


# ---------------------------------------------------------------- helpers
CHAT = "chat"
CALL = "call"
AGENT, CUST = "agent", "customer"


def ch(seq):
    return R.choice(seq)


def card_typed(num):
    g = card_groups(num)
    style = R.choice(["space", "space", "dash", "none", "dot", "mixed", "double", "odd"])
    if style == "odd":
        cuts = sorted(R.sample(range(2, len(num) - 1), R.randint(2, 4)))
        out, prev = [], 0
        for k in cuts + [len(num)]:
            out.append(num[prev:k])
            prev = k
        return " ".join(x for x in out if x)
    if style == "space":
        return " ".join(g)
    if style == "dash":
        return "-".join(g)
    if style == "none":
        return num
    if style == "dot":
        return ".".join(g)
    if style == "double":
        return "  ".join(g)
    seps = [ch([" ", "-", " - ", "  "]) for _ in g[1:]]
    s = g[0]
    for sp, x in zip(seps, g[1:]):
        s += sp + x
    return s


def card_spoken(num, homo=False, fillers=False):
    g = card_groups(num)
    style = R.choice(["groups", "flat", "pairs", "mixed", "double", "threes"])
    if style == "threes":
        g3 = [num[i:i + 3] for i in range(0, len(num), 3)]
        return speak(num, g3, modes=("hundreds", "single", "double"), homo=homo, fillers=fillers)
    if style == "flat":
        return speak(num, [num], modes=("single",), homo=homo, sep=" ")
    if style == "pairs":
        return speak(num, g, modes=("pairs",), homo=homo, fillers=fillers)
    if style == "double":
        return speak(num, g, modes=("double",), homo=homo, fillers=fillers)
    if style == "mixed":
        return speak(num, g, modes=("single", "pairs", "double"), homo=homo, fillers=fillers)
    return speak(num, g, modes=("single",), homo=homo, fillers=fillers)


def ssn_typed(s):
    st = ch(["dash", "dash", "space", "none", "dot", "odd"])
    a, b, c = s[:3], s[3:5], s[5:]
    if st == "dash":
        return f"{a}-{b}-{c}"
    if st == "space":
        return f"{a} {b} {c}"
    if st == "none":
        return s
    if st == "dot":
        return f"{a}.{b}.{c}"
    return f"{a} - {b} - {c}"


def ssn_spoken(s, homo=False):
    g = [s[:3], s[3:5], s[5:]]
    st = ch(["single", "groups", "pairs", "hundreds", "double", "mixed"])
    if st == "single":
        return speak(s, [s], modes=("single",), homo=homo, sep=" ")
    if st == "groups":
        return speak(s, g, modes=("single",), homo=homo)
    if st == "pairs":
        return speak(s, g, modes=("pairs",), homo=homo)
    if st == "hundreds":
        return speak(s, g, modes=("hundreds", "pairs"), homo=homo)
    if st == "double":
        return speak(s, g, modes=("double",), homo=homo)
    return speak(s, g, modes=("single", "pairs", "double"), homo=homo, fillers=True)


def ni_typed(n):
    st = ch(["spaced", "compact", "lower", "dash", "mixed", "spaced_lower", "mixed"])
    p, d, s = n[:2], n[2:8], n[8]
    if st == "spaced":
        return f"{p} {d[:2]} {d[2:4]} {d[4:]} {s}"
    if st == "compact":
        return n
    if st == "lower":
        return n.lower()
    if st == "dash":
        return f"{p}-{d[:2]}-{d[2:4]}-{d[4:]}-{s}"
    if st == "spaced_lower":
        return f"{p} {d[:2]} {d[2:4]} {d[4:]} {s}".lower()
    if st == "mixed":
        return ch([f"{p}{d} {s}", f"{p} {d} {s}", f"{p}{d[:2]} {d[2:4]} {d[4:]}{s}", f"{p.lower()} {d} {s.upper()}"])


def ni_letters(letters, style=None):
    style = style or ch(["plain", "nato", "homo", "plain", "asin"])
    if style == "double" and len(letters) == 2 and letters[0] == letters[1]:
        return "double " + letters[0].lower()
    return " ".join(spell_letter(c, style) for c in letters)


def ni_spoken(n):
    p, d, s = n[:2], n[2:8], n[8]
    for _ in range(40):
        lp = ni_letters(p)
        if R.random() < 0.2:
            dd = speak(d, [d[:3], d[3:]], modes=("hundreds", "single"))
        else:
            dd = speak(d, [d[:2], d[2:4], d[4:]], modes=ch([("single",), ("pairs",), ("single", "pairs", "double")]))
        ls = spell_letter(s, ch(["plain", "nato", "homo", "asin"]))
        txt = f"{lp} {dd} {ls}"
        if norm_spoken(txt) == n:
            return txt
    return " ".join(c.lower() for c in n)


def phone_make(country):
    if country == "UK":
        return "07" + digits(9), "uk_mobile"
    if country == "UKL":
        return "0" + ch(["20", "161", "131", "117", "121"]) + digits(ch([7, 8])), "uk_land"
    if country == "US":
        return ch("23456789") + digits(2) + ch("23456789") + digits(6), "us"
    if country == "IE":
        return "08" + ch("35679") + digits(7), "ie"
    return "3" + digits(9), "eu"


def phone_typed(num, kind):
    if kind == "uk_mobile":
        return ch([f"{num[:5]} {num[5:]}", num, f"+44 {num[1:5]} {num[5:]}", f"+44{num[1:]}",
                   f"{num[:5]} {num[5:8]} {num[8:]}", f"(0){num[1:5]} {num[5:]}"])
    if kind == "uk_land":
        return ch([f"{num[:3]} {num[3:7]} {num[7:]}", num, f"+44 {num[1:]}"])
    if kind == "us":
        return ch([f"({num[:3]}) {num[3:6]}-{num[6:]}", f"{num[:3]}-{num[3:6]}-{num[6:]}",
                   f"+1 {num[:3]} {num[3:6]} {num[6:]}", f"{num[:3]}.{num[3:6]}.{num[6:]}",
                   f"1-{num[:3]}-{num[3:6]}-{num[6:]}"])
    if kind == "ie":
        return ch([f"{num[:3]} {num[3:6]} {num[6:]}", f"+353 {num[1:3]} {num[3:6]} {num[6:]}", num])
    return f"+39 {num[:3]} {num[3:6]} {num[6:]}"


def phone_spoken(num, kind):
    if kind == "uk_mobile":
        g = [num[:5], num[5:8], num[8:]]
    elif kind == "us":
        g = [num[:3], num[3:6], num[6:]]
    elif kind == "ie":
        g = [num[:3], num[3:6], num[6:]]
    else:
        g = [num[:4], num[4:7], num[7:]]
    return speak(num, g, modes=("single", "double", "pairs"), zero=ch(["oh", "oh", "zero", "o"]))


FIRST = ["sarah", "james", "priya", "tom", "aoife", "liam", "maria", "david", "chloe",
         "kwame", "niamh", "olu", "grace", "mark", "elena", "sean", "fatima", "ben"]
LAST = ["doyle", "patel", "smith", "obrien", "nguyen", "kowalski", "hughes", "garcia",
        "murphy", "okafor", "brennan", "walsh", "taylor", "jones", "reilly", "khan"]
DOMAINS = ["gmail.com", "yahoo.co.uk", "hotmail.com", "outlook.com", "icloud.com",
           "btinternet.com", "eircom.net", "aol.com", "protonmail.com", "sky.com", "web.de"]


def make_email():
    f, l = ch(FIRST), ch(LAST)
    local = ch([f + "." + l, f[0] + l, f + l + digits(2), f + "_" + l, l + "." + f[0], f + digits(3)])
    return local + "@" + ch(DOMAINS)


def email_spoken(e):
    local, dom = e.split("@")
    parts = []
    for piece in re.split(r"([._])", local):
        if piece == ".":
            parts.append("dot")
        elif piece == "_":
            parts.append("underscore")
        elif piece.isdigit():
            parts.append(" ".join(UNIT[int(c)] for c in piece))
        elif len(piece) <= 2 or R.random() < 0.2:
            parts.append(" ".join(piece))
        else:
            # name followed by digits
            m = re.match(r"([a-z]+)(\d*)$", piece)
            parts.append(m.group(1) + ((" " + " ".join(UNIT[int(c)] for c in m.group(2))) if m.group(2) else ""))
    d = dom.replace(".", " dot ")
    return " ".join(parts) + " at " + d


def make_dob():
    y = R.randint(1938, 2005)
    m = R.randint(1, 12)
    d = R.randint(1, 28)
    return y, m, d


def say_year(y):
    if y >= 2020:
        return "twenty " + say_pair(str(y)[2:])
    if y == 2000:
        return "two thousand"
    if y >= 2000:
        return ch(["two thousand and " + UNIT[y - 2000] if y < 2010 else "two thousand and " + TEEN[y - 2010],
                   "two thousand " + (UNIT[y - 2000] if y < 2010 else TEEN[y - 2010])])
    return "nineteen " + say_pair(str(y)[2:]) if y % 100 >= 10 else "nineteen oh " + UNIT[y % 10]


def dob_typed(y, m, d, us=False):
    if us:
        return ch([f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}", f"{MONTHS[m-1].title()} {d}, {y}",
                   f"{m:02d}-{d:02d}-{y}"])
    return ch([f"{d:02d}/{m:02d}/{y}", f"{d}/{m}/{y}", f"{d} {MONTHS[m-1].title()} {y}",
               f"{d:02d}.{m:02d}.{y}", f"{y}-{m:02d}-{d:02d}", f"{d}{['st','nd','rd'][d%10-1] if d%10 in (1,2,3) and d not in (11,12,13) else 'th'} {MONTHS[m-1][:3]} {str(y)[2:]}"])


def dob_spoken(y, m, d, us=False):
    if us:
        return ch([f"{MONTHS[m-1]} {ORD[d]} {say_year(y)}", f"{MONTHS[m-1]} {ORD[d]} {say_year(y)}"])
    return ch([f"the {ORD[d]} of {MONTHS[m-1]} {say_year(y)}", f"{ORD[d]} {MONTHS[m-1]} {say_year(y)}",
               f"{speak('%02d' % d, modes=('single',), zero='oh')} {speak('%02d' % m, modes=('single',), zero='oh')} {say_pair(str(y)[2:]) if y % 100 >= 10 else 'oh ' + UNIT[y % 10]}"])


PC_L = "ABCDEFGHJKLMNPRSTUWXYZ"
PC_IN = "ABDEFGHJLNPQRSTUWXYZ"


def make_uk_pc():
    shape = ch(["A9", "A99", "AA9", "AA99", "A9A", "AA9A"])
    out = ""
    for c in shape:
        out += ch(PC_L) if c == "A" else ch("123456789")
    inward = ch("0123456789") + ch(PC_IN) + ch(PC_IN)
    return out, inward


def pc_spoken(out, inward):
    def sp(s):
        words = []
        i = 0
        while i < len(s):
            c = s[i]
            if c.isdigit():
                if i + 1 < len(s) and s[i + 1].isdigit() and R.random() < 0.5 and c != "0":
                    words.append(say_pair(s[i:i + 2])); i += 2; continue
                words.append(UNIT[int(c)] if c != "0" else ch(["oh", "zero", "nought"]))
            else:
                words.append(spell_letter(c, ch(["plain", "plain", "nato", "homo"])))
            i += 1
        return " ".join(words)
    for _ in range(40):
        t = sp(out) + ch([" ", ", ", " ... "]) + sp(inward)
        if norm_spoken(t) == out + inward:
            return t
    return " ".join(c.lower() for c in out + inward)


STREETS = ["elm", "oak", "church", "station", "victoria", "mill", "park", "high", "kings",
           "queens", "meadow", "willow", "maple", "harbour", "castle", "orchard", "bridge",
           "grange", "cedar", "lincoln", "washington", "main", "pine", "sycamore"]
STYPES = ["street", "road", "avenue", "lane", "drive", "close", "crescent", "way",
          "court", "place", "terrace", "grove", "gardens", "boulevard"]


def make_addr(spoken=False):
    no = R.randint(1, 480)
    st = ch(STREETS)
    ty = ch(STYPES)
    if spoken:
        if no < 100:
            nos = say_pair("%02d" % no) if no >= 10 else UNIT[no]
        else:
            nos = speak(str(no), [str(no)], modes=("hundreds", "pairs", "single"), sep=" ")
        return f"{nos} {st} {ty}"
    suffix = ch(["", "", "", "a", "b"])
    return ch([f"{no}{suffix} {st.title()} {ty.title()}", f"{no}{suffix} {st} {ty}",
               f"{no}{suffix}, {st.title()} {ty[:2].title() if ty in ('street','road') else ty.title()}",
               f"Flat {R.randint(1, 30)}, {no} {st.title()} {ty.title()}"])


def zip_make():
    return digits(5, first_nonzero=False) if R.random() < 0.7 else digits(5) + digits(4)


def zip_typed(z):
    return z if len(z) == 5 else z[:5] + "-" + z[5:]


def expiry_make():
    return R.randint(1, 12), R.randint(26, 32)


def expiry_typed(m, y):
    return ch([f"{m:02d}/{y}", f"{m:02d}/20{y}", f"{m:02d}-{y}", f"{m}/{y}", f"{m:02d} / {y}", f"{m:02d}{y}"])


def expiry_spoken(m, y):
    return ch([f"{speak('%02d' % m, modes=('single',), zero='oh')} {say_pair(str(y))}",
               f"{MONTHS[m-1]} twenty {say_pair(str(y))}",
               f"{speak('%02d' % m, modes=('single',), zero=ch(['oh', 'zero']))} slash {say_pair(str(y))}",
               f"{MONTHS[m-1]} {say_pair(str(y))}"])


SPLIT_FILLERS = re.compile(r"(?:,? \.\.\. |,? | )(?:um|uh|er|erm)(?: |, )")


def V(case, text, typ, canon=None, group=None, frag=False):
    """Labelled value.  Hesitation fillers inside a reading and a leading
    'the' are kept OUT of the span: the value is split into several spans of
    the same group around them."""
    group = group if group is not None else case.g()
    whole = canon if canon is not None else canon_of(typ, text)
    segs = []
    if text.startswith("the "):
        segs.append("the ")
        text = text[4:]
    pieces = SPLIT_FILLERS.split(text)
    fills = SPLIT_FILLERS.findall(text)
    got = ""
    for k, piece in enumerate(pieces):
        cn = canon_of(typ, piece)
        got += cn
        segs.append(Val(piece, typ, cn, group, frag))
        if k < len(fills):
            segs.append(fills[k])
    if typ != "EMAIL" and got != whole:
        raise AssertionError(f"split mismatch {text!r} {got!r} {whole!r}")
    return segs if len(segs) > 1 else segs[0]


# ---------------------------------------------------------------- positive templates
def p_card_chat():
    c = Case("positive", "")
    num, k = make_card()
    t = card_typed(num)
    ind = ch(["retail", "telecom", "travel", "utilities"])
    c.note = f"chat/{ind}: {k} card typed '{t[:7]}...' mid-message"
    c.add(AGENT, ch(["How would you like to pay today?", "Please provide the long card number.",
                     "I can take the payment here in chat if you like."]))
    c.add(CUST, ch(["ok its ", "Card number is ", "sure - ", "use this one pls ", "my card: "]),
          V(c, t, "CARD_NUMBER"), ch([" thanks", "", " and its a debit card", " . the bill is £84.20"]))
    return c


def p_card_chat_all():
    c = Case("positive", "")
    num, k = make_card()
    m, y = expiry_make()
    cvv = digits(4 if k == "amex" else 3)
    t = card_typed(num)
    c.note = f"chat/retail: {k} card, expiry and cvv in one message"
    c.add(AGENT, "Thanks, please send the card details when ready.")
    lab = ch([(" exp ", " cvv "), (", expiry ", " security code "), (" ", " "), (" exp:", " cvc:"), ("\n", "\n")])
    c.add(CUST, ch(["", "here you go ", "Card "]), V(c, t, "CARD_NUMBER"), lab[0],
          V(c, expiry_typed(m, y), "EXPIRY"), lab[1], V(c, cvv, "CVV"))
    return c


def p_card_call_flat():
    c = Case("positive", "")
    num, k = make_card()
    homo = R.random() < 0.35
    sp = card_spoken(num, homo=homo, fillers=True)
    ind = ch(["insurance", "banking", "telecom", "utilities", "healthcare billing"])
    c.note = f"call/{ind}: {k} card spoken in one turn{' with homophones' if homo else ''}"
    c.add(AGENT, ch(["okay and the long number across the front of the card please",
                     "can i take the sixteen digit number on the card",
                     "go ahead with the card number"]))
    c.add(CUST, ch(["yeah it's ", "okay so ", "right ", "um yeah ", ""]), V(c, sp, "CARD_NUMBER"),
          ch(["", " that's it", " and it's a debit card", " did you get that"]))
    return c


def p_card_call_split():
    c = Case("positive", "")
    num, k = make_card()
    g = card_groups(num)
    grp = c.g()
    c.note = f"call/{ch(['banking', 'retail', 'travel', 'telecom'])}: {k} card split over {len(g)} customer turns with back-channels"
    c.add(AGENT, "okay when you're ready go ahead with the card number")
    for i, x in enumerate(g):
        sp = speak(x, [x], modes=("single", "double", "pairs"))
        pre = ch(["", "", "right ", "okay ", "um "]) if i == 0 else ch(["", "", "then "])
        c.add(CUST, pre, V(c, sp, "CARD_NUMBER", canon=x, group=grp))
        if i < len(g) - 1:
            c.add(AGENT, ch(["mhm", "yep", "okay go on", "uh huh", "got that", "yes"]))
    c.add(AGENT, "lovely thank you")
    return c


def p_card_correction():
    c = Case("positive", "")
    num, k = make_card("visa")
    g = card_groups(num)
    grp = c.g()
    wrong = g[2][:3] + str((int(g[2][3]) + 1) % 10)
    c.note = "call/banking: card read with a self-correction in the third group; wrong fragment also labelled"
    c.add(AGENT, "and the card number please")
    c.add(CUST, V(c, speak(g[0] + g[1], [g[0], g[1]], modes=("single",)), "CARD_NUMBER", canon=g[0] + g[1], group=grp),
          " ", V(c, speak(wrong, [wrong], modes=("single",)), "CARD_NUMBER", frag=True),
          ch([" no sorry ", " no wait ", " oh no hang on "]),
          V(c, speak(g[2], [g[2]], modes=("single",)), "CARD_NUMBER", canon=g[2], group=grp),
          " ", V(c, speak(g[3], [g[3]], modes=("single", "pairs")), "CARD_NUMBER", canon=g[3], group=grp))
    return c


def p_card_readback():
    c = Case("positive", "")
    num, k = make_card()
    g = card_groups(num)
    c.note = f"call/{ch(['utilities', 'insurance', 'retail'])}: {k} card given then read back by agent in pairs"
    c.add(AGENT, "what's the card number")
    c.add(CUST, V(c, speak(num, g, modes=("single",)), "CARD_NUMBER"))
    c.add(AGENT, "let me read that back ", V(c, speak(num, g, modes=("pairs",)), "CARD_NUMBER"), " is that right")
    c.add(CUST, ch(["yes that's right", "yep", "correct"]))
    return c


def p_card_cvv_exp_call():
    c = Case("positive", "")
    num, k = make_card(ch(["visa", "mc", "amex"]))
    m, y = expiry_make()
    cvv = digits(4 if k == "amex" else 3)
    c.note = f"call/{ch(['travel', 'retail', 'telecom'])}: {k} card, expiry and security code in separate turns"
    c.add(AGENT, "go ahead with the card number")
    c.add(CUST, V(c, card_spoken(num), "CARD_NUMBER"))
    c.add(AGENT, "and the expiry date")
    c.add(CUST, ch(["it's ", "", "expires "]), V(c, expiry_spoken(m, y), "EXPIRY"))
    c.add(AGENT, ch(["and the three digits on the back", "and the security code", "last thing the cvv please"]))
    c.add(CUST, ch(["", "it's ", "um "]), V(c, speak(cvv, [cvv], modes=("single", "double", "hundreds")), "CVV"))
    return c


def p_card_two_halves_chat():
    c = Case("positive", "")
    num, k = make_card(ch(["visa", "mc"]))
    grp = c.g()
    a, b = num[:8], num[8:]
    c.note = "chat/retail: card typed across two chat messages"
    c.add(AGENT, "Please type the card number")
    c.add(CUST, V(c, a[:4] + " " + a[4:], "CARD_NUMBER", canon=a, group=grp))
    c.add(CUST, V(c, b[:4] + " " + b[4:], "CARD_NUMBER", canon=b, group=grp), ch([" sorry hit enter", "", " oops"]))
    return c


def p_ssn_chat():
    c = Case("positive", "")
    s = make_ssn()
    t = ssn_typed(s)
    c.note = f"chat/{ch(['banking', 'insurance', 'government services', 'healthcare billing'])}: US SSN typed '{t[:4]}...'"
    c.add(AGENT, ch(["To verify, please provide your Social Security number.", "Can you confirm your SSN?"]))
    c.add(CUST, ch(["sure its ", "SSN ", "ok ", "", "my social is "]), V(c, t, "SSN"),
          ch(["", " thanks", " - I'm calling about a $120 charge"]))
    return c


def p_ssn_call():
    c = Case("positive", "")
    s = make_ssn()
    homo = R.random() < 0.3
    sp = ssn_spoken(s, homo=homo)
    c.note = f"call/{ch(['banking', 'insurance', 'government services', 'healthcare billing'])}: SSN spoken in one turn{' with homophones' if homo else ''}"
    c.add(AGENT, ch(["can i get your social security number", "and the social please", "for verification your s s n"]))
    c.add(CUST, ch(["yeah it's ", "sure ", "okay ", "um "]), V(c, sp, "SSN"))
    return c


def p_ssn_split():
    c = Case("positive", "")
    s = make_ssn()
    grp = c.g()
    parts = [s[:3], s[3:5], s[5:]]
    c.note = "call/government services: SSN split 3-2-4 across customer turns with back-channels"
    c.add(AGENT, "okay the social security number when you're ready")
    for i, p in enumerate(parts):
        c.add(CUST, ch(["", "", "um "]), V(c, speak(p, [p], modes=("single", "pairs", "hundreds", "double")), "SSN", canon=p, group=grp))
        if i < 2:
            c.add(AGENT, ch(["mhm", "okay", "go on", "yep"]))
    return c


def p_ssn_readback():
    c = Case("positive", "")
    s = make_ssn()
    c.note = "call/insurance: SSN given then read back by agent digit by digit"
    c.add(AGENT, "what's your social")
    c.add(CUST, V(c, ssn_spoken(s), "SSN"))
    c.add(AGENT, "so that's ", V(c, speak(s, [s[:3], s[3:5], s[5:]], modes=("single",), sep=" "), "SSN"))
    c.add(CUST, ch(["yes", "that's it", "correct"]))
    return c


def p_ssn_context():
    c = Case("positive", "")
    s = make_ssn()
    amt = R.randint(20, 900)
    c.note = "chat/healthcare billing: SSN next to an amount and a claim number (claim number unlabelled)"
    c.add(CUST, f"Hi I was billed ${amt}.00 twice for claim {digits(8)}. My SSN is ", V(c, ssn_typed(s), "SSN"),
          ch([" and DOB ", " born "]), V(c, dob_typed(*make_dob(), us=True), "DOB"))
    return c


def p_ni_chat():
    c = Case("positive", "")
    n = make_ni()
    t = ni_typed(n)
    c.note = f"chat/{ch(['government services', 'banking', 'insurance'])}: UK NI number typed '{t}' style"
    c.add(AGENT, ch(["Could you confirm your National Insurance number?", "What's your NI number please?"]))
    c.add(CUST, ch(["yeah its ", "NI no. ", "", "sure: ", "it's "]), V(c, t, "NI_NUMBER"),
          ch(["", " cheers", " thx", ". I've been waiting 6 weeks"]))
    return c


def p_ni_call():
    c = Case("positive", "")
    n = make_ni()
    sp = ni_spoken(n)
    c.note = f"call/{ch(['government services', 'banking', 'utilities'])}: NI number spoken (letters plain/NATO/homophone, digits single/pairs)"
    c.add(AGENT, ch(["and your national insurance number please", "can i take your n i number",
                     "i'll just need your national insurance"]))
    c.add(CUST, ch(["yeah it's ", "okay ", "right ", ""]), V(c, sp, "NI_NUMBER"))
    return c


def p_ni_split():
    c = Case("positive", "")
    n = make_ni()
    grp = c.g()
    c.note = "call/government services: NI number split letters / digits / suffix over turns"
    c.add(AGENT, "national insurance number please")
    pre = n[:2]
    c.add(CUST, ch(["it starts ", "", "okay "]), V(c, ni_letters(pre), "NI_NUMBER", canon=pre, group=grp))
    c.add(AGENT, ch(["yep", "mhm", "okay"]))
    d = n[2:8]
    if R.random() < 0.5:
        c.add(CUST, V(c, speak(d, [d[:2], d[2:4], d[4:]], modes=("single", "pairs")), "NI_NUMBER", canon=d, group=grp))
    else:
        c.add(CUST, V(c, speak(d[:4], [d[:2], d[2:4]], modes=("single", "pairs")), "NI_NUMBER", canon=d[:4], group=grp))
        c.add(AGENT, ch(["go on", "mhm"]))
        c.add(CUST, V(c, speak(d[4:], [d[4:]], modes=("single", "pairs")), "NI_NUMBER", canon=d[4:], group=grp))
    c.add(AGENT, "and the letter at the end")
    c.add(CUST, ch(["", "it's ", "um "]), V(c, spell_letter(n[8], ch(["plain", "nato", "homo"])), "NI_NUMBER", group=grp), ch(["", " i think", " yeah"]))
    return c


def p_ni_readback():
    c = Case("positive", "")
    n = make_ni()
    c.note = "call/banking: NI number spoken then agent reads it back with NATO letters"
    c.add(CUST, "my national insurance is ", V(c, ni_spoken(n), "NI_NUMBER"))
    rb = " ".join(spell_letter(x, "nato") for x in n[:2]) + " " + speak(n[2:8], [n[2:4], n[4:6], n[6:8]], modes=("pairs",)) + " " + spell_letter(n[8], "nato")
    c.add(AGENT, "so that's ", V(c, rb, "NI_NUMBER"), " yeah")
    c.add(CUST, "yep")
    return c


def p_ni_with_dob():
    c = Case("positive", "")
    n = make_ni()
    y, m, d = make_dob()
    c.note = "chat/government services: NI number and DOB in the same message plus a reference number (unlabelled)"
    c.add(CUST, f"Ref {digits(7)} - my NI is ", V(c, ni_typed(n), "NI_NUMBER"), " and d.o.b. ", V(c, dob_typed(y, m, d), "DOB"))
    return c


def p_bank_uk():
    c = Case("positive", "")
    acct = digits(8)
    sc = digits(6)
    call = R.random() < 0.5
    if call:
        c.note = "call/banking: UK sort code then account number spoken"
        c.add(AGENT, "what's the sort code")
        c.add(CUST, V(c, speak(sc, [sc[:2], sc[2:4], sc[4:]], modes=("single", "pairs")), "SORT_CODE"))
        c.add(AGENT, "and the account number")
        c.add(CUST, ch(["", "it's "]), V(c, speak(acct, [acct[:4], acct[4:]], modes=("single", "double", "pairs")), "BANK_ACCOUNT"))
    else:
        c.note = "chat/utilities: direct debit sort code and account number typed"
        scs = ch([f"{sc[:2]}-{sc[2:4]}-{sc[4:]}", sc, f"{sc[:2]} {sc[2:4]} {sc[4:]}"])
        c.add(CUST, "Please set up the DD: sort code ", V(c, scs, "SORT_CODE"), ch([", acc ", " account no ", " a/c "]),
              V(c, ch([acct, acct[:4] + " " + acct[4:]]), "BANK_ACCOUNT"), f" for the £{R.randint(20, 99)} monthly")
    return c


def p_bank_us():
    c = Case("positive", "")
    acct = digits(R.choice([10, 11, 12]), first_nonzero=True)
    c.note = "call/banking: US checking account number spoken with a routing question"
    c.add(AGENT, "and the checking account number")
    c.add(CUST, ch(["yeah it's ", "okay ", ""]), V(c, speak(acct, [acct[:3], acct[3:6], acct[6:]], modes=("single", "double")), "BANK_ACCOUNT"))
    return c


def p_iban():
    c = Case("positive", "")
    ib = make_iban()
    if R.random() < 0.7:
        t = ch([group4(ib), ib, group4(ib).lower()])
        c.note = f"chat/{ch(['banking', 'travel', 'insurance'])}: {ib[:2]} IBAN typed for a refund"
        c.add(AGENT, "Please share the IBAN for the refund.")
        c.add(CUST, ch(["IBAN: ", "here it is ", "", "its "]), V(c, t, "IBAN"), ch(["", " thanks", f" - refund of €{R.randint(50, 400)}"]))
    else:
        letters = " ".join(spell_letter(x, ch(["plain", "nato"])) if x.isalpha() else UNIT[int(x)] for x in ib[:8])
        rest = speak(ib[8:], [ib[i:i + 4] for i in range(8, len(ib), 4)], modes=("single",), zero="zero")
        c.note = f"call/banking: {ib[:2]} IBAN spoken"
        c.add(AGENT, "go ahead with the iban")
        c.add(CUST, V(c, letters + " " + rest, "IBAN"))
    return c


def p_phone():
    c = Case("positive", "")
    cty = ch(["UK", "UK", "UKL", "US", "US", "IE", "EU"])
    num, kind = phone_make(cty)
    if R.random() < 0.5:
        t = phone_typed(num, kind)
        c.note = f"chat/{ch(['telecom', 'retail', 'travel'])}: {kind} phone typed"
        c.add(AGENT, "What's the best number to reach you on?")
        c.add(CUST, ch(["", "call me on ", "mob: ", "it's "]), V(c, t, "PHONE"),
              ch(["", " after 5pm", " thanks"]))
    else:
        sp = phone_spoken(num, kind)
        c.note = f"call/{ch(['telecom', 'utilities', 'healthcare billing'])}: {kind} phone spoken"
        c.add(AGENT, "and a contact number")
        c.add(CUST, ch(["yeah ", "it's ", "", "um "]), V(c, sp, "PHONE"), ch(["", " that's my mobile", " any time after two"]))
    return c


def p_email():
    c = Case("positive", "")
    e = make_email()
    if R.random() < 0.5:
        c.note = "chat/retail: email typed"
        c.add(CUST, ch(["my email is ", "send it to ", "email: "]), V(c, e, "EMAIL", canon=e), ch(["", " pls", " thanks"]))
    else:
        c.note = "call/telecom: email spoken with dot/at"
        c.add(AGENT, "and an email address")
        c.add(CUST, ch(["yeah it's ", "", "um "]), V(c, email_spoken(e), "EMAIL", canon=e))
    return c


def p_dob():
    c = Case("positive", "")
    y, m, d = make_dob()
    us = R.random() < 0.4
    if R.random() < 0.5:
        c.note = f"chat/{ch(['insurance', 'healthcare billing', 'banking'])}: DOB typed"
        c.add(AGENT, "Can you confirm your date of birth?")
        c.add(CUST, ch(["", "dob ", "its ", "born "]), V(c, dob_typed(y, m, d, us), "DOB"))
    else:
        c.note = "call/insurance: DOB spoken"
        c.add(AGENT, "and your date of birth")
        c.add(CUST, ch(["it's ", "", "yeah "]), V(c, dob_spoken(y, m, d, us), "DOB"))
    return c


def p_postcode_addr():
    c = Case("positive", "")
    if R.random() < 0.6:
        o, i = make_uk_pc()
        if R.random() < 0.5:
            c.note = "chat/utilities: UK address and postcode typed"
            c.add(CUST, "I'm moving to ", V(c, make_addr(), "ADDRESS"), ", " + ch(["Leeds", "Bristol", "Cardiff", "Norwich"]) + " ",
                  V(c, ch([o + " " + i, o + i, (o + " " + i).lower()]), "POSTCODE"), ch(["", " from the 1st"]))
        else:
            c.note = "call/utilities: UK address and postcode spoken"
            c.add(AGENT, "what's the first line of the address")
            c.add(CUST, V(c, make_addr(spoken=True), "ADDRESS"))
            c.add(AGENT, "and the postcode")
            c.add(CUST, ch(["", "it's "]), V(c, pc_spoken(o, i), "POSTCODE"))
    else:
        z = zip_make()
        if R.random() < 0.5:
            c.note = "chat/retail: US address and ZIP typed"
            c.add(CUST, "ship to ", V(c, make_addr(), "ADDRESS"), ", " + ch(["Austin TX", "Denver CO", "Albany NY"]) + " ",
                  V(c, zip_typed(z), "POSTCODE"))
        else:
            c.note = "call/insurance: US street and ZIP spoken"
            c.add(AGENT, "what's the street address")
            c.add(CUST, V(c, make_addr(spoken=True), "ADDRESS"))
            c.add(AGENT, "and zip code")
            c.add(CUST, V(c, speak(z, [z[:5], z[5:]] if len(z) == 9 else [z], modes=("single",)), "POSTCODE"))
    return c


def p_mixed_call():
    c = Case("positive", "")
    n = make_ni()
    y, m, d = make_dob()
    c.note = "call/government services: DOB and NI number in one customer turn with chit-chat"
    c.add(AGENT, "can i take your date of birth and national insurance number")
    c.add(CUST, "yeah so i was born ", V(c, dob_spoken(y, m, d), "DOB"), " and the national insurance is ",
          V(c, ni_spoken(n), "NI_NUMBER"), " sorry it's a bit noisy i'm on the bus")
    return c


def p_ssn_phone_call():
    c = Case("positive", "")
    s = make_ssn()
    num, kind = phone_make("US")
    c.note = "call/banking: SSN and a callback phone number in the same turn"
    c.add(CUST, "okay my social is ", V(c, ssn_spoken(s), "SSN"), " and you can call me back on ", V(c, phone_spoken(num, kind), "PHONE"))
    return c


POS = [(p_card_chat, 14), (p_card_chat_all, 10), (p_card_call_flat, 14), (p_card_call_split, 8),
       (p_card_correction, 4), (p_card_readback, 4), (p_card_cvv_exp_call, 8), (p_card_two_halves_chat, 3),
       (p_ssn_chat, 12), (p_ssn_call, 12), (p_ssn_split, 5), (p_ssn_readback, 3), (p_ssn_context, 4),
       (p_ni_chat, 12), (p_ni_call, 12), (p_ni_split, 5), (p_ni_readback, 3), (p_ni_with_dob, 4),
       (p_bank_uk, 12), (p_bank_us, 5), (p_iban, 14), (p_phone, 14), (p_email, 13), (p_dob, 8),
       (p_postcode_addr, 16), (p_mixed_call, 4), (p_ssn_phone_call, 4)]


# ---------------------------------------------------------------- negative templates
def money_spoken():
    p = R.randint(2, 9)
    return ch([f"{UNIT[p]} hundred and {say_pair(str(R.randint(21, 99)))} pounds {say_pair(str(R.randint(11, 99)))}",
               f"{say_pair(str(R.randint(21, 99)))} dollars and {say_pair(str(R.randint(11, 99)))} cents",
               f"{UNIT[p]} thousand {UNIT[R.randint(1, 9)]} hundred euros"])


def n_money():
    c = Case("negative", "")
    if R.random() < 0.5:
        c.note = "chat/banking: balances and payment amounts"
        c.add(CUST, f"My balance shows £{R.randint(1000, 9999):,}.{R.randint(10, 99)} but should be £{R.randint(100, 999)}.{R.randint(10, 99)}")
        c.add(AGENT, f"I can see a pending payment of ${R.randint(1000, 99999):,}.{R.randint(10, 99)} from the {ch(['3rd', '14th', '22nd'])}.")
    else:
        c.note = "call/utilities: spoken amounts"
        c.add(AGENT, f"so the outstanding balance is {money_spoken()}")
        c.add(CUST, f"and last month it was only {money_spoken()} which is ridiculous")
    return c


def n_order():
    c = Case("negative", "")
    word = ch(["order number", "ticket number", "claim reference", "invoice number", "booking reference", "case number"])
    num = digits(R.randint(6, 10), first_nonzero=True)
    if R.random() < 0.5:
        c.note = f"chat/retail: {word} typed (not PII)"
        c.add(CUST, f"Hi, my {word} is {num}, it hasn't arrived and it's been {R.randint(3, 14)} days")
        c.add(AGENT, f"Thanks, I've found {word} {num}.")
    else:
        c.note = f"call/telecom: {word} spoken digit by digit (not PII)"
        c.add(AGENT, f"have you got the {word}")
        c.add(CUST, f"yeah the {word} is {speak(num, [num], modes=('single', 'double'), sep=' ')}")
        c.add(AGENT, "okay let me pull that up")
    return c


def n_appointment():
    c = Case("negative", "")
    d = R.randint(1, 28)
    mo = ch(MONTHS)
    c.note = "call/healthcare billing: appointment date and time (not a DOB)"
    c.add(AGENT, f"i can book you in on the {ORD[d]} of {mo} at {ch(['ten thirty', 'two fifteen', 'nine o clock', 'quarter past four'])}")
    c.add(CUST, f"the {ORD[d]} of {mo} {say_year(R.randint(2025, 2027)) if False else ''}yeah that works the last one was on {R.randint(1, 28)}/{R.randint(1, 12)}/2025".replace("  ", " "))
    return c


def n_flight():
    c = Case("negative", "")
    c.note = "chat/travel: flight number, gate, seat, times"
    c.add(CUST, f"My flight {ch(['BA', 'EI', 'FR', 'UA', 'LH'])}{R.randint(100, 9999)} on the {ch(['4th', '9th', '16th', '27th', '30th'])} at {R.randint(10, 23)}:{R.randint(10, 59)} was cancelled, seat {R.randint(1, 40)}{ch('ABCDEF')}")
    c.add(AGENT, f"I'm sorry to hear that. The next flight leaves at {R.randint(10, 23)}:{ch(['05', '30', '45'])} from gate {R.randint(1, 60)}.")
    return c


def n_meter():
    c = Case("negative", "")
    rd = digits(R.choice([5, 6]))
    c.note = "call/utilities: meter reading and tariff numbers (not PII)"
    c.add(AGENT, "can you read me the numbers on the meter")
    c.add(CUST, f"yeah the meter reading is {speak(rd, [rd], modes=('single',), zero='zero', sep=' ')}")
    c.add(AGENT, f"thanks that's about {R.randint(200, 900)} units this quarter at {R.randint(20, 35)}p per kilowatt hour")
    return c


def n_speed():
    c = Case("negative", "")
    c.note = "chat/telecom: broadband speeds, router model and durations"
    c.add(CUST, f"Paying for {ch(['500', '900', '150'])}Mbps but getting {R.randint(3, 60)} Mbps, router model {ch(['HH6', 'TG2492LG', 'DGN2200v4', 'FX3100'])}, been on hold {R.randint(20, 90)} mins")
    c.add(AGENT, f"Sorry about that. I've logged fault ticket {digits(8, True)} and an engineer will come within {R.randint(2, 5)} working days.")
    return c


def n_age_temp():
    c = Case("negative", "")
    c.note = "call/insurance: ages, temperatures, counts"
    c.add(CUST, f"my dad's {say_pair(str(R.randint(61, 95)))} and the heating's been off so it's about {say_pair(str(R.randint(12, 19)))} degrees in the house")
    c.add(AGENT, f"okay i've put a priority flag on it and we've got {UNIT[R.randint(2, 9)]} engineers in your area today")
    return c


def n_contract():
    c = Case("negative", "")
    y1 = R.randint(2015, 2023)
    c.note = "chat/telecom: contract start year, duration, percentages"
    c.add(CUST, f"I started my contract in {y1}, it was {ch(['18', '24', '12'])} months and the price went up {R.randint(3, 14)}.{R.randint(1, 9)}% in April {y1 + 2}")
    c.add(AGENT, f"Yes, there's an annual CPI increase plus 3.9%. Your contract ended on 01/0{R.randint(1, 9)}/{y1 + 2}.")
    return c


def n_room():
    c = Case("negative", "")
    c.note = "call/travel: hotel room number, floor, nights, price"
    c.add(CUST, f"i'm in room {speak(str(R.randint(101, 999)), modes=('single', 'hundreds'), sep=' ')} on the {ch(['fourth', 'third', 'ninth'])} floor and the aircon is broken")
    c.add(AGENT, f"i'm sorry we can move you for the remaining {UNIT[R.randint(2, 6)]} nights at no extra cost")
    return c


def n_payment_date():
    c = Case("negative", "")
    c.note = "chat/banking: payment dates and amounts, not birth dates"
    d1 = f"{R.randint(1, 28):02d}/{R.randint(1, 12):02d}/2026"
    c.add(CUST, f"I paid £{R.randint(20, 500)} on {d1} and again on {R.randint(1, 28)} {ch(MONTHS).title()} but it still says overdue")
    c.add(AGENT, f"I can see both payments. The next one of £{R.randint(20, 500)}.00 is due on the {R.randint(1, 28)}th.")
    return c


def n_spoken_ref():
    c = Case("negative", "")
    num = digits(R.randint(7, 10), first_nonzero=True)
    c.note = "call/insurance: claim number read back in pairs by agent (not PII)"
    c.add(CUST, f"i've got a claim number here it's {speak(num, [num], modes=('single',), sep=' ')}")
    c.add(AGENT, f"thank you so claim number {speak(num, [num[i:i + 2] for i in range(0, len(num), 2)], modes=('pairs',), sep=' ')} that's your windscreen claim from {ch(MONTHS)}")
    return c


def n_quantity():
    c = Case("negative", "")
    c.note = "chat/retail: quantities, sizes, product codes"
    c.add(CUST, f"I ordered {R.randint(2, 12)} of the {R.randint(30, 65)} inch TVs model {ch(['KD-55X85J', 'QE65Q80C', 'OLED55C3', 'UE43CU7100'])} and only {R.randint(1, 2)} arrived, {R.randint(2, 40)}kg each")
    c.add(AGENT, f"Sorry! I'll send the missing items by {ch(['Monday', 'Friday', 'Wednesday'])} before 1pm.")
    return c


def n_time_duration():
    c = Case("negative", "")
    c.note = "call/government services: times and durations spoken"
    c.add(CUST, f"i've been waiting since {ch(['half eight', 'nine fifteen', 'ten forty five'])} this morning that's like {say_pair(str(R.randint(21, 59)))} minutes on hold")
    c.add(AGENT, f"i do apologise the office is open until {ch(['five thirty', 'six', 'four forty five'])} today and processing takes {UNIT[R.randint(2, 9)]} to {TEEN[R.randint(0, 5)]} weeks")
    return c


def n_year_count():
    c = Case("negative", "")
    c.note = "call/insurance: years and vehicle details"
    yr = R.randint(2008, 2024)
    c.add(CUST, f"it's a {say_year(yr)} model with about {say_pair(str(R.randint(20, 99)))} thousand miles on it")
    c.add(AGENT, f"okay and the excess on your policy is {UNIT[R.randint(2, 5)]} hundred and fifty pounds")
    return c


def n_speed_limit():
    c = Case("negative", "")
    c.note = "chat/insurance: speeds, percentages, no-claims years"
    c.add(CUST, f"I was doing {R.randint(20, 70)} in a {ch([20, 30, 40])} zone, have {R.randint(1, 9)} years no claims, will my premium of £{R.randint(300, 1500)} go up by more than {R.randint(5, 30)}%?")
    return c


NEG = [(n_money, 10), (n_order, 14), (n_appointment, 7), (n_flight, 7), (n_meter, 7), (n_speed, 6),
       (n_age_temp, 6), (n_contract, 6), (n_room, 6), (n_payment_date, 7), (n_spoken_ref, 8),
       (n_quantity, 6), (n_time_duration, 5), (n_year_count, 5), (n_speed_limit, 4)]


# ---------------------------------------------------------------- build / check
def generate():
    global R
    R = random.Random(SEED)
    plan = []
    for fn, k in POS:
        plan += [fn] * k
    R.shuffle(plan)
    nplan = []
    for fn, k in NEG:
        nplan += [fn] * k
    R.shuffle(nplan)
    recs, allvals = [], []
    for i, fn in enumerate(plan, 1):
        rec, vals = fn().build(f"{PREFIX}-pos-{i:03d}")
        recs.append(rec)
        allvals.append(vals)
    for i, fn in enumerate(nplan, 1):
        rec, vals = fn().build(f"{PREFIX}-neg-{i:03d}")
        recs.append(rec)
        allvals.append(vals)
    text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs)
    return recs, allvals, text


def counts(recs):
    cnt = {t: 0 for t in TYPES}
    for r in recs:
        for s in r["spans"]:
            cnt[s["type"]] += 1
    return cnt


def verify(recs, allvals):
    errs = []
    ids = set()
    for r, vals in zip(recs, allvals):
        cid = r["id"]
        if cid in ids:
            errs.append(f"{cid}: duplicate id")
        ids.add(cid)
        if r["kind"] == "negative" and r["spans"]:
            errs.append(f"{cid}: negative with spans")
        if r["kind"] == "positive" and not r["spans"]:
            errs.append(f"{cid}: positive without spans")
        if not r["note"]:
            errs.append(f"{cid}: empty note")
        last = {}
        for s in sorted(r["spans"], key=lambda s: (s["turn"], s["start"])):
            t = r["turns"][s["turn"]]["text"]
            a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(t)):
                errs.append(f"{cid}: span out of range {s}")
                continue
            if (a > 0 and t[a - 1].isalnum()) or (b < len(t) and t[b].isalnum()):
                errs.append(f"{cid}: span not on word boundary {s} {t[a:b]!r}")
            if t[a].isspace() or t[b - 1].isspace():
                errs.append(f"{cid}: span has outer whitespace {s}")
            if s["turn"] in last and a < last[s["turn"]]:
                errs.append(f"{cid}: overlapping spans {s}")
            last[s["turn"]] = b
            if s["type"] not in TYPES:
                errs.append(f"{cid}: bad type {s['type']}")
        groups = {}
        for v in vals:
            got = canon_of(v.typ, v.text)
            if got != v.canon:
                errs.append(f"{cid}: {v.typ} rendering {v.text!r} normalises to {got!r} not {v.canon!r}")
            if v.frag:
                if not got.isdigit():
                    errs.append(f"{cid}: fragment not digits {v.text!r}")
                continue
            groups.setdefault((v.typ, v.group), []).append(got)
        for (typ, _), parts in groups.items():
            full = "".join(parts)
            if not validate_group(typ, full):
                errs.append(f"{cid}: invalid {typ} value {full!r}")
    cnt = counts(recs)
    npos = sum(r["kind"] == "positive" for r in recs)
    nneg = sum(r["kind"] == "negative" for r in recs)
    if npos < 170:
        errs.append(f"only {npos} positives")
    if nneg < 100:
        errs.append(f"only {nneg} negatives")
    for t in TYPES:
        need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
        if cnt[t] < need:
            errs.append(f"type {t}: {cnt[t]} spans < {need}")
    return errs, cnt, npos, nneg


def readme(cnt, npos, nneg):
    rows = "\n".join(f"| {t} | {cnt[t]} |" for t in TYPES)
    return f"""# pii_holdout167 — held-out PII redaction evaluation set

**Never use this set for tuning.** It exists only to measure the redactor on
data its authors did not shape it against.

## Who wrote it and how

Written by an AI helper acting as an independent author. The author did not
see the redaction code, its tests, its documentation, the benchmark script or
any other PII fixture; the only data consulted was a three-line example of the
JSONL format. The cases are produced by `scripts/make_pii_holdout167.py`
(standard library only, one `random.Random({SEED})`, byte-for-byte
reproducible). Each turn is assembled from plain-text segments and labelled
value segments, so offsets are computed, never typed by hand.
`python scripts/make_pii_holdout167.py --check` regenerates the file, checks it
is identical, and validates ids, offsets, word boundaries, overlaps and every
value after normalising spoken forms (Luhn, mod-97, NI format, SSN/sort code/
CVV/phone/account digit counts, postcode shapes).

## Contents

{npos} positive cases, {nneg} negative cases. Chat (typed, varied separators
and case) and phone calls written as an ASR transcript (lower case, numbers
as words: "oh"/"o"/"nought"/"zero", "double"/"triple", pairs such as
"forty one eleven", hundreds such as "four hundred and twelve", homophones
"to"/"too"/"for"/"won"/"ate", letters as "b for bravo" or ASR homophones
"bee"/"see"/"jay"/"kay"/"pea"/"tea"/"are"). Values are split across turns with
agent back-channels, self-corrected, read back by the agent, and mixed with
unlabelled non-PII numbers (amounts, claim/order references, years).
Negatives contain only lookalikes (money, references up to 10 digits with
their reference word, meter readings, flight/room/model numbers, times,
durations, ages, temperatures, percentages, non-birth dates).

| type | spans |
|---|---|
{rows}

## Annotation conventions

* A span covers the value only: from its first to its last character/word,
  including internal separators (spaces, dashes, dots, commas, "dash",
  "slash", "..."), number words such as "double", "hundred and", and
  spelling aids ("b for bravo", "s as in sugar") inside the reading.
  Lead-ins such as "it's", "my card is", "exp", "cvv", a leading "the" of a
  spoken date, are outside.
* Hesitation fillers ("um", "uh", "er") inside a reading are NOT labelled:
  the value is split into several spans of the same type around them.
* A value read over several turns gets one span per turn (same type).
* A self-corrected wrong fragment ("four five six two no sorry four five six
  three") is labelled as a separate span of the same type; the correction
  words are outside.
* Agent read-backs of a value are labelled like the customer's reading.
* CARD_NUMBER spans the whole number (13-19 digits, Luhn-valid); EXPIRY the
  month and year; CVV the 3/4 digits; DOB day, month and year; ADDRESS the
  house number (and flat) through the street type, without town; POSTCODE the
  UK postcode or US ZIP(+4); PHONE includes any +country code; EMAIL the whole
  address (spoken "dot"/"at" included).
* Negative cases have no spans: nothing in them may be redacted.
"""


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true")
    a = ap.parse_args()
    recs, allvals, text = generate()
    errs, cnt, npos, nneg = verify(recs, allvals)
    rd = readme(cnt, npos, nneg)
    if a.check:
        if not os.path.exists(CASES) or open(CASES, encoding="utf-8").read() != text:
            errs.append("cases.jsonl differs from regenerated output")
        if not os.path.exists(README) or open(README, encoding="utf-8").read() != rd:
            errs.append("README.md differs from regenerated output")
        # re-parse written file
        if os.path.exists(CASES):
            for k, ln in enumerate(open(CASES, encoding="utf-8"), 1):
                try:
                    json.loads(ln)
                except ValueError as e:
                    errs.append(f"cases.jsonl line {k}: invalid JSON ({e})")
    else:
        os.makedirs(OUTDIR, exist_ok=True)
        with open(CASES, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
        with open(README, "w", encoding="utf-8", newline="\n") as f:
            f.write(rd)
    print(f"{len(recs)} cases: {npos} positive, {nneg} negative")
    for t in TYPES:
        print(f"  {t:13s} {cnt[t]}")
    if errs:
        for e in errs[:60]:
            print("ERROR", e)
        print(f"{len(errs)} problem(s)")
        return 1
    print("OK" + (" (check passed)" if a.check else " (written)"))
    return 0


# ---------------------------------------------------------------- extra adversarial templates
def p_card_irregular_turns():
    c = Case("positive", "")
    num, k = make_card(ch(["visa", "mc", "amex", "disc"]))
    grp = c.g()
    cuts, pos = [], 0
    while pos < len(num):
        step = R.choice([2, 3, 3, 5, 6])
        cuts.append(num[pos:pos + step])
        pos += step
    if len(cuts[-1]) == 1 and len(cuts) > 1:
        cuts[-2] += cuts[-1]
        cuts.pop()
    c.note = f"call/{ch(['telecom', 'utilities', 'retail'])}: {k} card read in irregular chunks across {len(cuts)} turns (ASR turn breaks), zero as nought/oh/zero"
    c.add(AGENT, "sorry the line's bad can you give me the card number slowly")
    for i, x in enumerate(cuts):
        c.add(CUST, V(c, speak(x, [x], modes=("single", "double", "pairs"), zero=ch(["nought", "oh", "zero"])), "CARD_NUMBER", canon=x, group=grp))
        if i < len(cuts) - 1 and R.random() < 0.7:
            c.add(AGENT, ch(["mhm", "yeah", "okay", "yep go on", "sorry was that", "uh huh"]))
    return c


def p_card_embedded_chitchat():
    c = Case("positive", "")
    num, k = make_card(ch(["visa", "mc"]))
    g = card_groups(num)
    grp = c.g()
    c.note = "call/travel: card read with chit-chat between groups inside one turn, amount and flight time unlabelled"
    c.add(AGENT, f"okay so that's {ch(['two hundred and forty pounds', 'ninety nine euros fifty', 'one hundred and twelve dollars'])} for the change fee what card would you like to use")
    c.add(CUST, "let me just grab it hang on okay ", V(c, speak(g[0] + g[1], [g[0], g[1]], modes=("single", "pairs")), "CARD_NUMBER", canon=g[0] + g[1], group=grp),
          ch([" sorry the kids are shouting ", " hold on my glasses ", " i can barely read it "]),
          V(c, speak(g[2] + g[3], [g[2], g[3]], modes=("single", "double", "pairs")), "CARD_NUMBER", canon=g[2] + g[3], group=grp),
          f" and the flight's at {ch(['seven forty', 'ten fifteen', 'six thirty'])} tomorrow right")
    return c


def p_card_agent_partial_readback():
    c = Case("positive", "")
    num, k = make_card("visa")
    g = card_groups(num)
    grp1, grp2 = c.g(), c.g()
    c.note = "call/banking: card given, agent reads back the full number split over two agent turns"
    c.add(CUST, "it's ", V(c, speak(num, g, modes=("single", "double")), "CARD_NUMBER", group=grp1))
    c.add(AGENT, "okay so ", V(c, speak(g[0] + g[1], [g[0], g[1]], modes=("single",)), "CARD_NUMBER", canon=g[0] + g[1], group=grp2))
    c.add(CUST, "yep")
    c.add(AGENT, V(c, speak(g[2] + g[3], [g[2], g[3]], modes=("single",)), "CARD_NUMBER", canon=g[2] + g[3], group=grp2), " yeah")
    c.add(CUST, "that's it")
    return c


def p_ssn_correction():
    c = Case("positive", "")
    s = make_ssn()
    grp = c.g()
    wrong = s[3:5][0] + str((int(s[4]) + 3) % 10)
    c.note = "call/healthcare billing: SSN with a self-corrected middle group (wrong fragment labelled too)"
    c.add(AGENT, "and the social security number on the account")
    c.add(CUST, V(c, speak(s[:3], [s[:3]], modes=("single", "hundreds")), "SSN", canon=s[:3], group=grp), " ",
          V(c, speak(wrong, [wrong], modes=("single",)), "SSN", frag=True), ch([" no sorry ", " wait no ", " um actually "]),
          V(c, speak(s[3:5], [s[3:5]], modes=("single",)), "SSN", canon=s[3:5], group=grp), " ",
          V(c, speak(s[5:], [s[5:]], modes=("single", "pairs", "double")), "SSN", canon=s[5:], group=grp))
    return c


def p_ssn_chat_weird():
    c = Case("positive", "")
    s = make_ssn()
    t = ch([f"ssn:{s}", f"SSN#{s[:3]}-{s[3:5]}-{s[5:]}", f"{s[:3]}/{s[3:5]}/{s[5:]}", f"{s[:3]}  {s[3:5]}  {s[5:]}", f"{s[:3]}_{s[3:5]}_{s[5:]}"])
    m = re.match(r"(ssn:|SSN#)?(.*)", t)
    c.note = "chat/insurance: SSN typed with an odd separator or glued label"
    c.add(AGENT, "For security, please confirm your Social Security number.")
    c.add(CUST, "here " + (m.group(1) or ""), V(c, m.group(2), "SSN"), ch([" thx", "", " (sorry for the typo earlier)"]))
    return c


def p_ssn_split_chat():
    c = Case("positive", "")
    s = make_ssn()
    grp = c.g()
    c.note = "chat/banking: SSN sent across two chat messages"
    c.add(AGENT, "Please send your SSN")
    c.add(CUST, V(c, s[:5], "SSN", group=grp))
    c.add(CUST, V(c, s[5:], "SSN", group=grp))
    c.add(AGENT, "Thank you, that's verified.")
    return c


def p_ni_correction():
    c = Case("positive", "")
    n = make_ni()
    grp = c.g()
    wrong = n[2:4][0] + str((int(n[3]) + 2) % 10)
    c.note = "call/government services: NI number with a corrected digit pair (wrong fragment labelled) and 'as in' spelling"
    c.add(AGENT, "national insurance number please")
    c.add(CUST, V(c, ni_letters(n[:2], ch(["asin", "nato", "homo"])), "NI_NUMBER", canon=n[:2], group=grp), " ",
          V(c, speak(wrong, [wrong], modes=("single", "pairs")), "NI_NUMBER", frag=True), ch([" no ", " sorry ", " hang on no "]),
          V(c, speak(n[2:8], [n[2:4], n[4:6], n[6:8]], modes=("single", "pairs", "double")), "NI_NUMBER", canon=n[2:8], group=grp), " ",
          V(c, spell_letter(n[8], ch(["plain", "homo", "nato"])), "NI_NUMBER", group=grp))
    return c


def p_ni_chat_split():
    c = Case("positive", "")
    n = make_ni()
    grp = c.g()
    c.note = "chat/government services: NI number typed across two messages (letters+digits, then suffix)"
    c.add(AGENT, "What's your NI number?")
    c.add(CUST, V(c, ch([n[:8], n[:2] + " " + n[2:8], n[:8].lower()]), "NI_NUMBER", group=grp))
    c.add(CUST, V(c, ch([n[8], n[8].lower()]), "NI_NUMBER", group=grp), ch([" at the end", " sorry", ""]))
    return c


def p_ni_agent_readback_split():
    c = Case("positive", "")
    n = make_ni()
    grp = c.g()
    c.note = "call/banking: NI number spoken then confirmed by agent in two halves"
    c.add(CUST, "national insurance is ", V(c, ni_spoken(n), "NI_NUMBER"))
    c.add(AGENT, "so ", V(c, " ".join(x.lower() for x in n[:2]) + " " + speak(n[2:5], [n[2:5]], modes=("single",)), "NI_NUMBER", canon=n[:5], group=grp))
    c.add(CUST, "yeah")
    c.add(AGENT, V(c, speak(n[5:8], [n[5:8]], modes=("single",)) + " " + spell_letter(n[8], "plain"), "NI_NUMBER", canon=n[5:], group=grp))
    c.add(CUST, "correct")
    return c


def p_sortcode_call_more():
    c = Case("positive", "")
    sc = digits(6)
    acct = digits(8)
    c.note = "call/insurance: refund to a UK account, sort code in pairs with 'dash', account split over two turns"
    grp = c.g()
    c.add(AGENT, "where should we send the refund")
    c.add(CUST, "sort code ", V(c, " dash ".join(speak(sc[i:i + 2], [sc[i:i + 2]], modes=("pairs", "single")) for i in (0, 2, 4)), "SORT_CODE"))
    c.add(AGENT, "and account")
    c.add(CUST, V(c, speak(acct[:4], [acct[:4]], modes=("single", "double")), "BANK_ACCOUNT", canon=acct[:4], group=grp))
    c.add(AGENT, "mhm")
    c.add(CUST, V(c, speak(acct[4:], [acct[4:]], modes=("single", "pairs")), "BANK_ACCOUNT", canon=acct[4:], group=grp))
    return c


POS += [(p_card_irregular_turns, 6), (p_card_embedded_chitchat, 4), (p_card_agent_partial_readback, 3),
        (p_ssn_correction, 4), (p_ssn_chat_weird, 5), (p_ssn_split_chat, 3),
        (p_ni_correction, 4), (p_ni_chat_split, 3), (p_ni_agent_readback_split, 3),
        (p_sortcode_call_more, 6)]


if __name__ == "__main__":
    sys.exit(main())

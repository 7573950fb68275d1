#!/usr/bin/env python3
"""Generate the held-out PII redaction set ``tests/fixtures/pii_holdout70``.

Written by an AI helper acting as an independent author who did not see the
redaction code.  Emphasis: UK and Irish contact centres.  Standard library only.

    python scripts/make_pii_holdout70.py           # write cases.jsonl + README.md
    python scripts/make_pii_holdout70.py --check   # regenerate, verify, summarise

Never use this set for tuning.
"""
from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

SEED = 70271123
ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "tests" / "fixtures" / "pii_holdout70"
CASES = OUT_DIR / "cases.jsonl"
README = OUT_DIR / "README.md"
PREFIX = "h70"
TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE",
         "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

rng = random.Random(SEED)


def ch(seq):
    return rng.choice(seq)


# --------------------------------------------------------------------------- case builder

class Case:
    def __init__(self, kind: str, note: str):
        self.kind = kind
        self.note = note
        self.turns: list[dict] = []
        self.groups: list[dict] = []

    def val(self, typ: str, canon, check: bool = True) -> int:
        self.groups.append({"type": typ, "canon": canon, "check": check, "spans": []})
        return len(self.groups) - 1

    def v(self, typ: str, canon, text: str, check: bool = True):
        return (text, self.val(typ, canon, check))

    def t(self, speaker: str, *segs):
        text = ""
        ti = len(self.turns)
        for s in segs:
            if isinstance(s, str):
                text += s
            else:
                piece, g = s
                m = re.match(r"^([^0-9A-Za-z]*)(.*?)([^0-9A-Za-z]*)$", piece, re.S)
                text += m.group(1)
                piece = m.group(2)
                start = len(text)
                text += piece
                self.groups[g]["spans"].append((ti, start, len(text)))
                text += m.group(3)
        self.turns.append({"speaker": speaker, "text": text})
        return self

    def a(self, *segs):
        return self.t("agent", *segs)

    def c(self, *segs):
        return self.t("customer", *segs)

    def spans(self):
        out = []
        for g in self.groups:
            for (ti, s, e) in g["spans"]:
                out.append({"turn": ti, "start": s, "end": e, "type": g["type"]})
        out.sort(key=lambda d: (d["turn"], d["start"]))
        return out


# --------------------------------------------------------------------------- spoken forms

DIGW = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENW = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENSW = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy",
         8: "eighty", 9: "ninety"}
ZEROS_UK = ["oh", "oh", "oh", "o", "nought", "zero"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "f": "foxtrot",
        "g": "golf", "h": "hotel", "i": "india", "j": "juliet", "k": "kilo", "l": "lima",
        "m": "mike", "n": "november", "o": "oscar", "p": "papa", "q": "quebec", "r": "romeo",
        "s": "sierra", "t": "tango", "u": "uniform", "v": "victor", "w": "whiskey",
        "x": "xray", "y": "yankee", "z": "zulu"}
FORWORDS = {"a": ["apple", "alpha"], "b": ["bravo", "bertie", "boy"], "c": ["charlie", "cat"],
            "d": ["david", "delta", "dog"], "e": ["edward", "echo", "egg"], "f": ["freddie", "frank"],
            "g": ["george", "golf"], "h": ["harry", "hotel"], "j": ["james", "john"],
            "k": ["kilo", "king"], "l": ["london", "lima", "lucy"], "m": ["mother", "mike", "mary"],
            "n": ["nancy", "november", "nigel"], "p": ["peter", "papa"], "r": ["robert", "romeo"],
            "s": ["sugar", "sierra", "sam"], "t": ["tommy", "tango", "tom"], "w": ["william", "whiskey"],
            "x": ["xray"], "y": ["yellow", "yankee"], "z": ["zebra", "zulu"]}
HOMO = {"b": ["bee"], "c": ["see", "sea"], "d": ["dee"], "e": ["ee"], "g": ["gee"], "j": ["jay"],
        "k": ["kay"], "p": ["pee", "pea"], "r": ["are"], "t": ["tea", "tee"], "y": ["why"],
        "x": ["ex"], "z": ["zed"], "h": ["aitch"], "w": ["double you"]}


def zero_word():
    return ch(ZEROS_UK)


def pair_word(ab: str, zw: str) -> str:
    a, b = int(ab[0]), int(ab[1])
    if a == 0:
        return f"{zw} {DIGW[b] if b else zw}"
    if a == 1:
        return TEENW[b]
    if b == 0:
        return TENSW[a]
    return f"{TENSW[a]} {DIGW[b]}"


def say_single(s: str, zw=None, runs=False, fill=0.0) -> str:
    zw = zw or zero_word()
    words = []
    i = 0
    while i < len(s):
        d = s[i]
        w = zw if d == "0" else DIGW[int(d)]
        if runs and i + 2 < len(s) and s[i + 1] == d and s[i + 2] == d and rng.random() < 0.7:
            words.append(f"{ch(['triple', 'treble'])} {w}")
            i += 3
        elif runs and i + 1 < len(s) and s[i + 1] == d and rng.random() < 0.8:
            words.append(f"double {w}")
            i += 2
        else:
            words.append(w)
            i += 1
        if fill and i < len(s) and rng.random() < fill:
            words.append(ch(["um", "uh", "er", "erm"]))
    return " ".join(words)


def say_pairs(s: str, zw=None) -> str:
    zw = zw or zero_word()
    out = []
    i = 0
    if len(s) % 2:
        out.append(zw if s[0] == "0" else DIGW[int(s[0])])
        i = 1
    while i < len(s):
        pw = s[i:i + 2]
        if i + 2 >= len(s) and pw[1] == "0" and pw[0] not in "01":
            out.append(say_single(pw, zw))
        else:
            out.append(pair_word(pw, zw))
        i += 2
    return " ".join(out)


def say_digits(s: str, style: str | None = None, zw=None, fill=0.0) -> str:
    """Speak a digit string; verified against the normaliser, falls back to plain digits."""
    style = style or ch(["single", "single", "runs", "pairs", "mixed"])
    zw = zw or zero_word()
    if style == "single":
        r = say_single(s, zw, fill=fill)
    elif style == "runs":
        r = say_single(s, zw, runs=True, fill=fill)
    elif style == "pairs":
        r = say_pairs(s, zw)
    else:  # mixed: random chunks of 1/2 spoken differently
        parts = []
        i = 0
        while i < len(s):
            n = ch([1, 2, 2, 4])
            chunk = s[i:i + n]
            if len(chunk) == 2 and rng.random() < 0.5 and not (chunk[1] == "0" and chunk[0] not in "01"):
                parts.append(pair_word(chunk, zw))
            else:
                parts.append(say_single(chunk, zw, runs=True))
            i += n
        r = " ".join(parts)
    if norm_alnum(r, letters=False)[0] != s:
        r = say_single(s, zw)
    return r


def say_groups(s: str, sizes, sep=" ", style=None, zw=None) -> list[str]:
    zw = zw or zero_word()
    out = []
    i = 0
    for n in sizes:
        out.append(say_digits(s[i:i + n], style, zw))
        i += n
    return out


def split_sizes(s: str, sizes) -> list[str]:
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    return out


def say_letter(l: str, mode: str) -> str:
    l = l.lower()
    if mode == "nato" and l in NATO:
        return NATO[l]
    if mode == "for" and l in FORWORDS:
        return f"{l} for {ch(FORWORDS[l])}"
    if mode == "homo" and l in HOMO:
        return ch(HOMO[l])
    return l


# --------------------------------------------------------------------------- normaliser

UNITS = {"zero": 0, "oh": 0, "o": 0, "nought": 0, "nil": 0, "one": 1, "won": 1, "two": 2,
         "to": 2, "too": 2, "three": 3, "four": 4, "for": 4, "five": 5, "six": 6, "seven": 7,
         "eight": 8, "ate": 8, "nine": 9}
TEENS = {w: 10 + i for i, w in enumerate(TEENW)}
TENS = {w: k for k, w in TENSW.items()}
FILLERS = {"um", "uh", "er", "erm", "ah", "hmm", "sorry", "and", "then", "yeah", "like", "so",
           "its", "is", "the", "dash", "hyphen", "space", "slash", "of", "plus"}
DATE_FILLERS = {"th", "st", "nd", "rd"}
NATO_REV = {v: k for k, v in NATO.items()}
NATO_REV.update({"alfa": "a", "juliett": "j", "whisky": "w", "x-ray": "x"})
HOMO_REV = {}
for _l, _ws in HOMO.items():
    for _w in _ws:
        if " " not in _w:
            HOMO_REV[_w] = _l
ORD = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
       "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
       "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
       "nineteenth": 19, "twentieth": 20, "thirtieth": 30}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
MONTH_ABBR = [m[:3] for m in MONTHS]


def norm_alnum(text: str, letters: bool = True, dates: bool = False):
    """Return (normalised string, list of unknown tokens)."""
    t = text.lower().replace("x-ray", "xray").replace("double you", "doubleyou")
    toks = re.findall(r"[a-z]+|[0-9]+", t)
    out: list[str] = []
    bad: list[str] = []
    i = 0

    def unit_at(j):
        if j < len(toks) and toks[j] in UNITS:
            return UNITS[toks[j]]
        return None

    def small_number(j):
        """Parse tens/teens/units from j -> (value, ndigits, next j) or None."""
        if j >= len(toks):
            return None
        w = toks[j]
        if w in TEENS:
            return TEENS[w], j + 1
        if w in TENS:
            u = unit_at(j + 1)
            if u is not None and u > 0 and toks[j + 1] not in ("for", "to", "too", "ate", "won"):
                return TENS[w] * 10 + u, j + 2
            return TENS[w] * 10, j + 1
        if w in UNITS:
            return UNITS[w], j + 1
        return None

    while i < len(toks):
        w = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else ""
        # letter-for-word: "b for bravo", "s as in sugar"
        if letters and len(w) == 1 and w.isalpha() and nxt == "for" and i + 2 < len(toks) \
                and toks[i + 2].startswith(w):
            out.append(w.upper())
            i += 3
            continue
        if letters and len(w) == 1 and w.isalpha() and nxt == "as" and i + 3 < len(toks) \
                and toks[i + 2] == "in" and toks[i + 3].startswith(w):
            out.append(w.upper())
            i += 4
            continue
        if w.isdigit():
            out.append(w)
            i += 1
            continue
        if w in ("double", "triple", "treble"):
            n = 2 if w == "double" else 3
            if nxt in UNITS:
                out.append(str(UNITS[nxt]) * n)
            elif letters and len(nxt) == 1:
                out.append(nxt.upper() * n)
            elif letters and nxt in NATO_REV:
                out.append(NATO_REV[nxt].upper() * n)
            else:
                bad.append(w + " " + nxt)
            i += 2
            continue
        if dates and w in ORD:
            out.append(str(ORD[w]))
            i += 1
            continue
        if dates and (w in MONTHS or w in MONTH_ABBR or w == "sept"):
            i += 1
            continue
        if dates and w in ("twenty", "thirty") and nxt in ORD:
            out.append(str(TENS[w] * 10 + ORD[nxt]))
            i += 2
            continue
        if w in UNITS or w in TEENS or w in TENS:
            # hundreds / thousands
            if w in UNITS and nxt in ("hundred", "thousand"):
                d = UNITS[w]
                mult = nxt
                j = i + 2
                if j < len(toks) and toks[j] == "and":
                    sn = small_number(j + 1)
                    if sn:
                        v, j2 = sn
                        if mult == "hundred":
                            out.append(str(d * 100 + v))
                        else:
                            out.append(str(d * 1000 + v))
                        i = j2
                        continue
                if mult == "thousand" and j < len(toks) and (toks[j] in TEENS or toks[j] in TENS or toks[j] in UNITS):
                    sn = small_number(j)
                    v, j2 = sn
                    out.append(str(d * 1000 + v))
                    i = j2
                    continue
                out.append(str(d) + ("00" if mult == "hundred" else "000"))
                i = j
                continue
            if w in TENS:
                v, j = small_number(i)
                out.append(str(v))
                i = j
                continue
            if w in TEENS:
                out.append(str(TEENS[w]))
                i += 1
                continue
            if letters and w == "o" and not dates:
                out.append("0")
                i += 1
                continue
            out.append(str(UNITS[w]))
            i += 1
            continue
        if w in FILLERS or (dates and w in DATE_FILLERS):
            i += 1
            continue
        if letters and w in NATO_REV:
            out.append(NATO_REV[w].upper())
            i += 1
            continue
        if letters and w == "doubleyou":
            out.append("W")
            i += 1
            continue
        if letters and w in HOMO_REV:
            out.append(HOMO_REV[w].upper())
            i += 1
            continue
        if letters and len(w) == 1:
            out.append(w.upper())
            i += 1
            continue
        if letters and w.isalpha() and len(w) <= 4 and not dates and re.fullmatch(r"[a-z]+", w) \
                and w not in MONTHS:
            # typed letter runs such as "ab" in "ab123456c" or "nwbk"
            out.append(w.upper())
            i += 1
            continue
        bad.append(w)
        i += 1
    return "".join(out), bad


def norm_email(text: str) -> str:
    t = " " + text.lower().strip() + " "
    t = re.sub(r"\s+at\s+", "@", t)
    t = re.sub(r"\s+dot\s+", ".", t)
    t = re.sub(r"\s+(underscore)\s+", "_", t)
    t = re.sub(r"\s+(dash|hyphen)\s+", "-", t)
    return re.sub(r"\s+", "", t)


# --------------------------------------------------------------------------- validators

def luhn_ok(s: str) -> bool:
    tot = 0
    for i, d in enumerate(reversed(s)):
        n = int(d)
        if i % 2:
            n *= 2
            if n > 9:
                n -= 9
        tot += n
    return tot % 10 == 0


def iban_ok(s: str) -> bool:
    s = s.upper()
    if not re.fullmatch(r"[A-Z]{2}[0-9]{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in r)
    return int(num) % 97 == 1


NI_RE = re.compile(r"^(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z][0-9]{6}[A-D]$")
UK_PC = re.compile(r"^[A-Z]{1,2}[0-9][A-Z0-9]?[0-9][A-Z]{2}$")
EIR = re.compile(r"^([AC-FHKNPRTV-Y][0-9]{2}|D6W)[0-9AC-FHKNPRTV-Y]{4}$")
ZIP = re.compile(r"^[0-9]{5}([0-9]{4})?$")


def fold0(s: str) -> str:
    return s.upper().replace("O", "0")


def validate_group(g: dict, turns: list[dict]) -> list[str]:
    errs = []
    typ = g["type"]
    texts = [turns[ti]["text"][s:e] for (ti, s, e) in g["spans"]]
    joined = " ".join(texts)
    if not g["spans"]:
        return [f"group {typ} has no spans"]
    if not g["check"]:
        n, bad = norm_alnum(joined)
        if not n:
            errs.append(f"{typ} partial has no content: {joined!r}")
        return errs
    canon = g["canon"]
    if typ == "EMAIL":
        n = norm_email(joined)
        if n != canon:
            errs.append(f"EMAIL {joined!r} -> {n!r} != {canon!r}")
        if not re.fullmatch(r"[a-z0-9._+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+", canon):
            errs.append(f"EMAIL canon bad {canon!r}")
        return errs
    if typ == "ADDRESS":
        if joined != canon:
            errs.append(f"ADDRESS {joined!r} != {canon!r}")
        if not re.search(r"\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                         r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|"
                         r"thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|flat)\b", joined.lower()):
            errs.append(f"ADDRESS without number {joined!r}")
        return errs
    if typ in ("DOB", "EXPIRY"):
        n, bad = norm_alnum(joined, letters=False, dates=True)
        y, m, d = canon
        low = joined.lower()
        if bad:
            errs.append(f"{typ} unknown tokens {bad} in {joined!r}")
        if str(y)[-2:] not in n:
            errs.append(f"{typ} year missing {joined!r} -> {n}")
        if not (MONTHS[m - 1] in low or MONTH_ABBR[m - 1] in low or str(m) in n):
            errs.append(f"{typ} month missing {joined!r}")
        if d and str(d) not in n:
            errs.append(f"{typ} day missing {joined!r}")
        if not (1 <= m <= 12):
            errs.append(f"{typ} bad month")
        return errs
    letters = typ in ("NI_NUMBER", "POSTCODE", "IBAN")
    n, bad = norm_alnum(joined, letters=letters)
    if bad:
        errs.append(f"{typ} unknown tokens {bad} in {joined!r}")
    if fold0(n) != fold0(canon):
        errs.append(f"{typ} {joined!r} -> {n!r} != {canon!r}")
    c = canon
    ok = {
        "CARD_NUMBER": lambda: c.isdigit() and 13 <= len(c) <= 19 and luhn_ok(c),
        "CVV": lambda: c.isdigit() and len(c) in (3, 4),
        "SSN": lambda: c.isdigit() and len(c) == 9 and c[:3] not in ("000", "666") and c[0] != "9"
        and c[3:5] != "00" and c[5:] != "0000",
        "NI_NUMBER": lambda: bool(NI_RE.match(c)),
        "BANK_ACCOUNT": lambda: c.isdigit() and 6 <= len(c) <= 12,
        "SORT_CODE": lambda: c.isdigit() and len(c) == 6,
        "IBAN": lambda: iban_ok(c),
        "PHONE": lambda: re.fullmatch(r"\+?[0-9]{9,15}", c) is not None,
        "POSTCODE": lambda: bool(UK_PC.match(c) or EIR.match(c) or ZIP.match(c)),
    }[typ]
    if not ok():
        errs.append(f"{typ} canonical value invalid {c!r}")
    return errs


# --------------------------------------------------------------------------- value generators

def luhn_complete(prefix: str, length: int) -> str:
    body = prefix + "".join(str(rng.randrange(10)) for _ in range(length - len(prefix) - 1))
    for d in "0123456789":
        if luhn_ok(body + d):
            return body + d
    raise AssertionError


def gen_card(kind=None):
    kind = kind or ch(["visa", "visa", "visa", "mc", "mc", "amex", "maestro", "visa13", "disc", "debit19"])
    if kind == "visa":
        return luhn_complete("4" + ch(["929", "659", "462", "543", "751", "000"])[:3], 16), (4, 4, 4, 4)
    if kind == "mc":
        return luhn_complete(ch(["51", "52", "53", "54", "55", "2221", "2720"]), 16), (4, 4, 4, 4)
    if kind == "amex":
        return luhn_complete(ch(["34", "37"]), 15), (4, 6, 5)
    if kind == "maestro":
        return luhn_complete(ch(["6759", "6761", "5018"]), 16), (4, 4, 4, 4)
    if kind == "visa13":
        return luhn_complete("4", 13), (4, 4, 5)
    if kind == "disc":
        return luhn_complete("6011", 16), (4, 4, 4, 4)
    return luhn_complete(ch(["4", "6759"]), 19), (4, 4, 4, 4, 3)


def gen_ni():
    first = "ABCEGHJKLMNOPRSTWXYZ"
    second = "ABCEGHJKLMNPRSTWXYZ"
    while True:
        p = ch(first) + ch(second)
        if p not in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ") and "O" not in p:
            break
    return p + "".join(str(rng.randrange(10)) for _ in range(6)) + ch("ABCD")


def gen_ssn():
    while True:
        a = rng.randrange(1, 900)
        if a != 666:
            break
    return f"{a:03d}{rng.randrange(1, 100):02d}{rng.randrange(1, 10000):04d}"


def gen_digits(n, first_nonzero=True):
    s = str(rng.randrange(1, 10)) if first_nonzero else str(rng.randrange(10))
    return s + "".join(str(rng.randrange(10)) for _ in range(n - 1))


def gen_sort():
    return ch(["20", "40", "30", "60", "11", "09", "77", "83", "90", "93", "98", "16", "23"]) + gen_digits(4, False)


def iban_make(cc: str, bban: str) -> str:
    num = "".join(str(int(c, 36)) for c in bban + cc + "00")
    chk = 98 - int(num) % 97
    return f"{cc}{chk:02d}{bban}"


def gen_iban(cc=None):
    cc = cc or ch(["GB", "GB", "IE", "IE", "IE", "DE", "FR", "NL", "ES"])
    if cc == "GB":
        bban = ch(["NWBK", "BARC", "HBUK", "LOYD", "MIDL", "NAIA"]) + gen_sort() + gen_digits(8, False)
    elif cc == "IE":
        bban = ch(["AIBK", "BOFI", "IPBS", "ULSB", "PTSB"]) + "9" + gen_digits(5, False) + gen_digits(8, False)
    elif cc == "DE":
        bban = gen_digits(18)
    elif cc == "FR":
        bban = gen_digits(10) + "".join(ch("ABCDEFGH0123456789") for _ in range(11)) + gen_digits(2, False)
    elif cc == "NL":
        bban = ch(["ABNA", "RABO", "INGB"]) + gen_digits(10, False)
    else:
        bban = gen_digits(20)
    return iban_make(cc, bban)


def gen_uk_mobile():
    return "07" + ch(["7", "4", "5", "8", "9", "3"]) + gen_digits(8, False)


UK_AREAS = ["020", "0161", "0113", "0121", "0131", "0141", "0117", "0151", "01632", "028", "029"]


def gen_uk_land():
    a = ch(UK_AREAS)
    return a + str(rng.randrange(2, 10)) + gen_digits(11 - len(a) - 1, False)


def split_uk_land(n):
    for a in sorted(UK_AREAS, key=len, reverse=True):
        if n.startswith(a):
            return a, n[len(a):]
    return n[:4], n[4:]


def gen_ie_mobile():
    return "08" + ch("35679") + gen_digits(7)


def gen_ie_land():
    return ch(["01", "021", "091", "061", "051"]) + gen_digits(7)


POST_AREAS = ["SW", "SE", "N", "NW", "E", "W", "M", "B", "LS", "BS", "CF", "EH", "G", "L", "NE",
              "S", "CR", "BR", "RG", "GU", "KT", "TW", "HP", "MK", "LE", "NG", "DE", "ST", "CV",
              "BT", "AB", "DD", "PL", "EX", "TR", "BN", "CT", "ME", "SS", "CM", "CB", "PE", "NR",
              "IP", "YO", "HU", "DN", "WF", "HX", "BD", "PR", "BL", "WN", "CH", "SY", "LL", "SA", "NP"]
INWARD = "ABDEFGHJLNPQRSTUWXYZ"
EIR_KEYS = ["A65", "D02", "D04", "D06", "D6W", "D08", "D12", "D15", "D24", "T12", "T23", "H91",
            "V94", "X91", "R93", "F92", "K78", "W91", "P31", "Y35", "N39", "E91", "C15", "A94"]
EIR_CH = "0123456789ACDEFHKNPRTVWXY"


def gen_uk_pc():
    a = ch(POST_AREAS)
    d = str(rng.randrange(1, 30)) if len(a) == 2 or rng.random() < 0.5 else str(rng.randrange(1, 10))
    if a in ("SW", "W", "E", "N") and rng.random() < 0.15:
        d = str(rng.randrange(1, 10)) + ch("ABCHV")
    out = a + d
    return out, str(rng.randrange(10)) + ch(INWARD) + ch(INWARD)


def gen_eir():
    return ch(EIR_KEYS), "".join(ch(EIR_CH) for _ in range(4))


def gen_zip():
    return gen_digits(5, False)


FIRST = ["james", "sarah", "aoife", "ciaran", "niamh", "david", "emma", "oliver", "sinead", "liam",
         "chloe", "mohammed", "priya", "tom", "rachel", "gareth", "fiona", "connor", "hannah",
         "padraig", "siobhan", "kevin", "laura", "declan", "megan", "rhys", "isla", "callum",
         "grainne", "zoe", "mark", "orla", "dylan", "bethan", "eoin", "amy"]
LAST = ["murphy", "kelly", "smith", "jones", "byrne", "walsh", "o'brien", "taylor", "davies",
        "evans", "thomas", "roberts", "ryan", "doyle", "mccarthy", "patel", "khan", "wilson",
        "campbell", "stewart", "morgan", "hughes", "nolan", "kennedy", "brennan", "lynch", "hall",
        "wright", "clarke", "griffiths", "quinn", "gallagher", "fitzgerald", "price"]
DOMAINS = ["gmail.com", "hotmail.co.uk", "outlook.com", "yahoo.co.uk", "icloud.com", "eircom.net",
           "btinternet.com", "live.ie", "sky.com", "virginmedia.com", "gmail.com", "hotmail.com",
           "protonmail.com", "talktalk.net", "yahoo.ie"]
STREETS = ["kingsmead", "ashby", "primrose", "cavendish", "willow", "oakfield", "st mary's",
           "beechwood", "station", "church", "mill", "victoria", "highfield", "the green", "orchard",
           "castle", "meadow", "albert", "hawthorn", "glenview", "ballymun", "clonskeagh", "rathmines",
           "harbour", "belvedere", "marlborough", "queens", "granville", "heather", "larkfield"]
STYPES = ["road", "street", "avenue", "close", "lane", "drive", "crescent", "way", "gardens",
          "grove", "terrace", "park", "place", "court", "mews", "rise", "view", "walk"]
TOWNS_UK = ["leeds", "bristol", "cardiff", "manchester", "croydon", "reading", "glasgow",
            "edinburgh", "belfast", "swansea", "norwich", "york", "leicester", "plymouth", "brighton"]
TOWNS_IE = ["dublin", "cork", "galway", "limerick", "waterford", "athlone", "sligo", "drogheda",
            "naas", "kilkenny", "tralee", "letterkenny"]


def gen_email():
    f, l = ch(FIRST), ch(LAST).replace("'", "")
    user = ch([f"{f}.{l}", f"{f[0]}{l}", f"{f}{l}{rng.randrange(1, 99)}", f"{f}_{l}", f"{l}.{f[0]}",
               f"{f}{rng.randrange(70, 99)}", f"{f}-{l}", f"{f[0]}.{l}{rng.randrange(1, 9)}"])
    return f"{user}@{ch(DOMAINS)}"


def say_email(e: str) -> str:
    user, dom = e.split("@")
    words = []
    for part in re.split(r"([._-])", user):
        if part == ".":
            words.append("dot")
        elif part == "_":
            words.append("underscore")
        elif part == "-":
            words.append(ch(["dash", "hyphen"]))
        elif part.isdigit():
            words.append(part if rng.random() < 0.5 else say_single(part, "zero"))
        elif part:
            m = re.match(r"([a-z]+)([0-9]*)$", part)
            words.append(m.group(1))
            if m.group(2):
                words.append(m.group(2))
    spoken_user = " ".join(words)
    dwords = " dot ".join(dom.split("."))
    return f"{spoken_user} at {dwords}"


def email_canon_spoken(spoken: str) -> str:
    return norm_email(spoken)


def gen_addr_parts():
    num = rng.randrange(1, 240)
    street = ch(STREETS)
    stype = ch(STYPES)
    if street == "the green":
        stype = ""
    flat = rng.randrange(1, 30) if rng.random() < 0.2 else None
    return num, street, stype, flat


def addr_typed(num, street, stype, flat):
    s = f"{num} {street.title()}" + (f" {stype.title()}" if stype else "")
    s = s.replace("St Mary'S", "St Mary's")
    if flat:
        s = f"Flat {flat}, " + s
    return s


def number_words(n: int) -> str:
    if n < 10:
        return DIGW[n]
    if n < 20:
        return TEENW[n - 10]
    if n < 100:
        return TENSW[n // 10] + ("" if n % 10 == 0 else " " + DIGW[n % 10])
    h, r = divmod(n, 100)
    if r == 0:
        return DIGW[h] + " hundred"
    return DIGW[h] + " hundred and " + number_words(r)


def addr_spoken(num, street, stype, flat):
    n = number_words(num) if rng.random() < 0.7 else say_single(str(num), "oh")
    s = f"{n} {street}" + (f" {stype}" if stype else "")
    if flat:
        s = f"flat {number_words(flat)} {s}"
    return s


def nth(d: int) -> str:
    if d in (1, 21, 31):
        return f"{d}st"
    if d in (2, 22):
        return f"{d}nd"
    if d in (3, 23):
        return f"{d}rd"
    return f"{d}th"


def ordinal_words(d: int) -> str:
    inv = {v: k for k, v in ORD.items()}
    if d in inv:
        return inv[d]
    t, u = divmod(d, 10)
    return TENSW[t] + " " + inv[u]


def gen_dob():
    y = rng.randrange(1940, 2005)
    m = rng.randrange(1, 13)
    d = rng.randrange(1, 29)
    return y, m, d


def year_words(y: int) -> str:
    if y >= 2000:
        r = y - 2000
        return "two thousand" + ("" if r == 0 else " and " + number_words(r)) if rng.random() < 0.6 \
            else ("twenty " + (f"oh {DIGW[r]}" if r < 10 else number_words(r)))
    return number_words(y // 100) + " " + (f"oh {DIGW[y % 100]}" if y % 100 < 10 else number_words(y % 100))


def dob_spoken(y, m, d):
    style = ch(["ord_of", "ord_of", "month_ord", "digits", "pairs"])
    if style == "ord_of":
        return f"the {ordinal_words(d)} of {MONTHS[m - 1]} {year_words(y)}"
    if style == "month_ord":
        return f"{MONTHS[m - 1]} {ordinal_words(d)} {year_words(y)}"
    if style == "digits":
        return say_single(f"{d:02d}{m:02d}{y % 100:02d}", "oh")
    return f"the {ordinal_words(d)} of the {ordinal_words(m)} {number_words(y % 100) if y % 100 >= 10 else 'oh ' + DIGW[y % 100]}"


def dob_typed(y, m, d):
    return ch([f"{d:02d}/{m:02d}/{y}", f"{d}/{m}/{y}", f"{d:02d}-{m:02d}-{y}", f"{d:02d}.{m:02d}.{y % 100:02d}",
               f"{d} {MONTHS[m - 1].title()} {y}", f"{d}{'th' if d not in (1, 2, 3, 21, 22, 23) else ''} "
               f"{MONTH_ABBR[m - 1].title()} {y}", f"{MONTHS[m - 1].title()} {d}, {y}", f"{y}-{m:02d}-{d:02d}"])


def gen_exp():
    return rng.randrange(2026, 2032), rng.randrange(1, 13)


def exp_spoken(y, m):
    return ch([f"{pair_word(f'{m:02d}', 'oh')} {number_words(y % 100)}",
               f"{say_single(f'{m:02d}', 'oh')} {say_single(str(y % 100), 'oh')}",
               f"{MONTHS[m - 1]} {year_words(y)}",
               f"{pair_word(f'{m:02d}', 'oh')} {year_words(y)}"])


def exp_typed(y, m):
    return ch([f"{m:02d}/{y % 100:02d}", f"{m:02d}/{y}", f"{m}/{y % 100}", f"{m:02d}-{y % 100:02d}",
               f"{MONTH_ABBR[m - 1].title()} {y}", f"{m:02d}{y % 100:02d}"])


# --------------------------------------------------------------------------- snippets

BACK = ["mhm", "okay", "yep", "go on", "okay go on", "right", "uh huh", "yeah", "lovely", "got that",
        "okay and", "perfect keep going"]
OPEN_CALL = ["thanks for calling {org} you're speaking with {ag} how can i help",
             "good morning you're through to {org} my name is {ag}",
             "hiya {org} {ag} speaking how can i help you today",
             "good afternoon welcome to {org} this call may be recorded for training purposes"]
ORGS = {
    "banking": ["northway bank", "the credit union", "shannon savings", "harbour building society"],
    "telecom": ["skyline mobile", "eirlink broadband", "vista telecom", "o2 business"],
    "utilities": ["british gas style energy", "electric ireland services", "greenfield energy",
                  "anglian water billing"],
    "retail": ["home and garden direct", "the book depot", "parcelpoint returns", "dunnes online"],
    "insurance": ["shieldline insurance", "hearth home insurance", "motorwise", "vhi style health cover"],
    "travel": ["celtic air", "rail ireland bookings", "sunbound holidays", "ferrylink"],
    "healthcare": ["st anne's clinic billing", "dental plan services", "bupa style billing"],
    "government": ["the benefits helpline", "revenue contact centre", "council tax team",
                   "the passport office helpline", "motor tax office"],
}
AGENTS = ["sarah", "tom", "aisling", "mark", "priya", "sean", "kerry", "dave", "niamh", "josh"]


def opener(industry):
    return ch(OPEN_CALL).format(org=ch(ORGS[industry]), ag=ch(AGENTS))


def ind():
    return ch(list(ORGS))


def junk_ref(word_choices=None):
    """Non-PII reference number phrase (short), used as distractor in positives."""
    word = ch(word_choices or ["order number", "reference", "ticket", "case number", "claim number"])
    n = gen_digits(rng.randrange(5, 9))
    return f"{word} {n}"


# --------------------------------------------------------------------------- positive templates

def p_card_call_single():
    i = ch(["retail", "telecom", "utilities", "insurance", "travel", "healthcare"])
    c = Case("positive", "")
    card, sizes = gen_card()
    style = ch(["single", "runs", "pairs", "mixed"])
    zw = zero_word()
    parts = say_groups(card, sizes, style=style, zw=zw)
    spoken = " ".join(parts)
    lead = ch(["yeah it's ", "right so it's ", "okay ", "it's ", "um ", "yep the long number is ", ""])
    c.a(opener(i))
    c.c(f"hi yeah i want to pay {ch(['my bill', 'the outstanding balance', 'for the booking', 'the excess'])}")
    c.a("no problem i can take that now what's the long number on the card")
    homo = rng.random() < 0.25
    if homo:
        ws = spoken.split(" ")
        homo_map = {"four": ["four", "for"], "two": ["two", "to", "too"], "one": ["one", "won"], "eight": ["eight", "ate"]}
        spoken = " ".join(ch(homo_map[w]) if w in homo_map and (k == 0 or ws[k - 1] not in TENS) else w
                          for k, w in enumerate(ws))
    c.c(lead, c.v("CARD_NUMBER", card, spoken))
    c.note = f"call/{i}: card read in one turn, style={style}, zero as '{zw}'" + ("; ASR homophones for/to/won/ate" if homo else "")
    if rng.random() < 0.6:
        y, m = gen_exp()
        c.a("and the expiry date")
        c.c(ch(["it's ", "expires ", "", "um "]), c.v("EXPIRY", (y, m, 0), exp_spoken(y, m)))
        c.note += "; expiry"
    if rng.random() < 0.6:
        cv = gen_digits(4 if len(card) == 15 else 3, False)
        c.a("and the three digits on the back" if len(cv) == 3 else "and the four digit code on the front")
        c.c(ch(["", "it's ", "that's "]), c.v("CVV", cv, say_digits(cv, ch(["single", "pairs"]))))
        c.note += "; security code"
    return c


def p_card_call_split():
    i = ch(["insurance", "retail", "travel", "utilities", "banking", "government"])
    c = Case("positive", "")
    card, sizes = gen_card()
    g = c.val("CARD_NUMBER", card)
    zw = zero_word()
    chunks = split_sizes(card, sizes)
    c.a("okay when you're ready go ahead with the card number")
    for k, chunk in enumerate(chunks):
        sp = say_digits(chunk, ch(["single", "runs", "pairs"]), zw, fill=0.1)
        pre = ch(["", "", "right ", "um ", "so "]) if k == 0 else ch(["", "", "", "then "])
        post = ch(["", "", " um", " yeah"])
        c.c(pre, (sp, g), post)
        if k < len(chunks) - 1:
            c.a(ch(BACK))
    c.a("lovely and the expiry")
    y, m = gen_exp()
    c.c(c.v("EXPIRY", (y, m, 0), exp_spoken(y, m)))
    c.note = f"call/{i}: card split over {len(chunks)} customer turns with back-channels; expiry"
    return c


def p_card_chat():
    i = ch(["retail", "telecom", "travel", "utilities", "healthcare"])
    c = Case("positive", "")
    card, sizes = gen_card()
    sep = ch([" ", "-", "", " ", "  ", "."])
    chunks = split_sizes(card, sizes)
    typed = sep.join(chunks)
    if rng.random() < 0.2:
        typed = card[:4] + " " + card[4:]
    y, m = gen_exp()
    cv = gen_digits(4 if len(card) == 15 else 3, False)
    form = rng.randrange(4)
    if form == 0:
        c.c(ch(["Hi can I pay my bill here?", "hello, need to pay the arrears on my account",
                "hey i want to settle invoice 4471 today"]))
        c.a("Of course. Please type the card number, expiry and security code.")
        c.c(c.v("CARD_NUMBER", card, typed), ch([" exp ", " expiry ", ", exp: ", " valid till "]),
            c.v("EXPIRY", (y, m, 0), exp_typed(y, m)), ch([" cvv ", " cvc ", " security code ", ", sec code: "]),
            c.v("CVV", cv, cv))
    elif form == 1:
        c.c("card no: ", c.v("CARD_NUMBER", card, typed))
        c.a("Thanks! And the expiry date and 3 digit code on the back?" if len(cv) == 3
            else "Thanks! Expiry and the 4 digit CID please")
        c.c(c.v("EXPIRY", (y, m, 0), exp_typed(y, m)), ch([" and ", " / ", ", ", " - code "]), c.v("CVV", cv, cv))
    elif form == 2:
        c.c(f"ok so the card is {''.join([])}", c.v("CARD_NUMBER", card, typed),
            f" and pls take £{rng.randrange(10, 400)}.{rng.randrange(10, 99)} off it")
    else:
        c.c(ch(["Pay by card pls", "i'd like to update my payment card"]))
        c.a("No problem, what's the new long card number?")
        c.c(c.v("CARD_NUMBER", card, typed.upper()), ch([" thx", "", " cheers", " :)"]))
        c.a("And the expiry?")
        c.c(ch(["its ", "exp ", ""]), c.v("EXPIRY", (y, m, 0), exp_typed(y, m)))
    c.note = f"chat/{i}: typed card with separator {sep!r} (form {form})"
    return c


def p_card_selfcorrect():
    i = ch(["travel", "retail", "insurance", "telecom"])
    c = Case("positive", "")
    card, sizes = gen_card("visa")
    chunks = split_sizes(card, sizes)
    zw = zero_word()
    wrong = chunks[1][:2] + str((int(chunks[1][2]) + 3) % 10)
    c.a("can i take the sixteen digit number please")
    g = c.val("CARD_NUMBER", card)
    pw = c.val("CARD_NUMBER", None, check=False)
    c.c((say_digits(chunks[0], "single", zw), g), " ", (say_single(wrong, zw), pw),
        ch([" no sorry ", " no wait ", " sorry that's wrong "]),
        (say_digits(chunks[1], "single", zw), g))
    c.a("okay so that's " + say_single(chunks[0], zw) + " " + say_single(chunks[1], zw) + " yeah")
    # the agent read-back is also PII: label as its own group (partial card, 8 digits)
    ti = len(c.turns) - 1
    text = c.turns[ti]["text"]
    s = text.index(say_single(chunks[0], zw))
    e = s + len(say_single(chunks[0], zw) + " " + say_single(chunks[1], zw))
    rb = c.val("CARD_NUMBER", None, check=False)
    c.groups[rb]["spans"].append((ti, s, e))
    c.c("yep that's it then ", (say_digits(chunks[2], "runs", zw), g), " ", (say_digits(chunks[3], "pairs", zw), g))
    c.note = f"call/{i}: card with self-correction mid-group and agent partial read-back (all digits labelled)"
    return c


def p_card_readback():
    i = ch(["banking", "utilities", "healthcare", "government"])
    c = Case("positive", "")
    card, sizes = gen_card(ch(["visa", "mc", "maestro"]))
    zw = zero_word()
    c.c("i'm paying with my debit card the number's ", c.v("CARD_NUMBER", card, say_digits(card, "single", zw)))
    rb = " ".join(say_groups(card, sizes, style=ch(["single", "runs"]), zw=zw))
    c.a("let me just read that back to you ", c.v("CARD_NUMBER", card, rb), " is that correct")
    c.c("yes that's right")
    amt = f"{number_words(rng.randrange(20, 300))} pounds"
    c.a(f"great and the payment today is {amt} is that okay")
    c.c("yeah fine")
    c.note = f"call/{i}: card read as one run then agent read-back in groups; amount unlabelled"
    return c


def p_card_amex_words():
    i = ch(["travel", "retail"])
    c = Case("positive", "")
    card, sizes = gen_card("amex")
    chunks = split_sizes(card, sizes)
    c.a("and is it visa mastercard or amex")
    c.c("amex")
    c.a("okay go ahead")
    g = c.val("CARD_NUMBER", card)
    c.c(ch(["", "it's "]), (say_digits(chunks[0], "pairs"), g), " ", (say_digits(chunks[1], "mixed"), g))
    c.a(ch(BACK))
    c.c((say_digits(chunks[2], "single"), g))
    cv = gen_digits(4, False)
    c.a("and the four digits printed above the number on the front")
    c.c(c.v("CVV", cv, say_digits(cv, "pairs")))
    c.note = f"call/{i}: amex 4-6-5 with pair words, four digit CID"
    return c


def p_ni_call():
    i = ch(["government", "government", "banking", "insurance", "healthcare"])
    c = Case("positive", "")
    ni = gen_ni()
    mode = ch(["plain", "nato", "for", "homo"])
    L1 = say_letter(ni[0], mode)
    L2 = say_letter(ni[1], mode)
    L3 = say_letter(ni[8], ch(["plain", mode]))
    digs = ni[2:8]
    dstyle = ch(["pairs", "single", "runs", "groups"])
    if dstyle == "groups":
        dsp = " ".join(say_groups(digs, (2, 2, 2), style="single"))
    else:
        dsp = say_digits(digs, dstyle)
    spoken = f"{L1} {L2} {dsp} {L3}"
    c.a(opener(i))
    c.c(ch(["hi i'm calling about my tax code", "hiya i need to update my details for my pension",
            "i'm ringing about my universal credit claim", "i got a letter about my state pension"]))
    c.a(ch(["can i take your national insurance number please", "okay can you give me your n i number",
            "first of all what's your national insurance number"]))
    c.c(ch(["yeah it's ", "it's ", "um ", "yeah hold on it's ", ""]), c.v("NI_NUMBER", ni, spoken))
    c.note = f"call/{i}: NI number letters '{mode}', digits '{dstyle}'"
    if rng.random() < 0.5:
        y, m, d = gen_dob()
        c.a("and your date of birth")
        c.c(c.v("DOB", (y, m, d), dob_spoken(y, m, d)))
        c.note += "; DOB"
    return c


def p_ni_split():
    i = ch(["government", "banking", "insurance"])
    c = Case("positive", "")
    ni = gen_ni()
    g = c.val("NI_NUMBER", ni)
    mode = ch(["plain", "for", "nato"])
    c.a("go ahead with the national insurance number")
    c.c((f"{say_letter(ni[0], mode)} {say_letter(ni[1], mode)}", g))
    c.a(ch(BACK))
    parts = split_sizes(ni[2:8], ch([(2, 2, 2), (3, 3), (4, 2)]))
    for k, p in enumerate(parts):
        c.c(ch(["", "", "then "]), (say_digits(p, ch(["single", "pairs"])), g))
        if k < len(parts) - 1:
            c.a(ch(BACK))
    c.a("and the letter at the end")
    c.c(ch(["", "it's ", "that's "]), (say_letter(ni[8], ch(["plain", mode])), g))
    c.note = f"call/{i}: NI number split across turns, prefix '{mode}', final letter on its own turn"
    return c


def p_ni_chat():
    i = ch(["government", "banking", "insurance", "retail"])
    c = Case("positive", "")
    ni = gen_ni()
    f = rng.randrange(7)
    typed = [ni, f"{ni[:2]} {ni[2:4]} {ni[4:6]} {ni[6:8]} {ni[8]}", f"{ni[:2]}-{ni[2:4]}-{ni[4:6]}-{ni[6:8]}-{ni[8]}",
             ni.lower(), f"{ni[:2]} {ni[2:8]} {ni[8]}", f"{ni[:2].lower()} {ni[2:4]} {ni[4:6]} {ni[6:8]} {ni[8].lower()}",
             f"{ni[:8]} {ni[8]}"][f]
    lead = ch(["NI no: ", "my NI number is ", "NINO ", "National Insurance: ", "ni num ", "it's "])
    c.a(ch(["Could you confirm your National Insurance number?", "To verify, please share your NI number.",
            "What's your NINO please?"]))
    c.c(lead, c.v("NI_NUMBER", ni, typed), ch(["", " thanks", ".", " (from my payslip)"]))
    if rng.random() < 0.5:
        pc_out, pc_in = gen_uk_pc()
        pc = pc_out + " " + pc_in
        c.a("Thanks, and your postcode?")
        c.c(c.v("POSTCODE", pc_out + pc_in, ch([pc, pc.lower(), pc_out + pc_in])))
    c.note = f"chat/{i}: NI number typed form {f}"
    return c


def p_ni_homophone():
    i = ch(["government", "healthcare"])
    c = Case("positive", "")
    while True:
        ni = gen_ni()
        if ni[0].lower() in HOMO and ni[1].lower() in HOMO and ni[8].lower() in HOMO:
            break
    digs = ni[2:8]
    spoken = f"{ch(HOMO[ni[0].lower()])} {ch(HOMO[ni[1].lower()])} {say_digits(digs, 'pairs')} {ch(HOMO[ni[8].lower()])}"
    c.a("and the national insurance number on the letter")
    c.c("right ", c.v("NI_NUMBER", ni, spoken), " i think")
    c.a("sorry was that " + say_letter(ni[0], "for") + " at the start")
    ti = len(c.turns) - 1
    c.c("yes ", c.v("NI_NUMBER", None, say_letter(ni[0], "for") + " " + say_letter(ni[1], "for"), check=False), " at the start")
    _ = ti
    c.note = f"call/{i}: NI letters transcribed as homophones (e.g. 'see', 'are', 'tea'); prefix confirmed"
    return c


def p_ni_with_chat_noise():
    i = "government"
    c = Case("positive", "")
    ni = gen_ni()
    ref = gen_digits(8)
    c.c(f"Hi I'm chasing my claim, ref {ref}. NI is ", c.v("NI_NUMBER", ni, f"{ni[:2]} {ni[2:8]}{ni[8]}"),
        f" and I phoned on the {nth(rng.randrange(2, 28))} already")
    c.a("Thanks for waiting. I can see the claim reference. Can you confirm your date of birth?")
    y, m, d = gen_dob()
    c.c(c.v("DOB", (y, m, d), dob_typed(y, m, d)))
    c.note = "chat/government: NI number typed with claim reference (unlabelled) and DOB"
    return c


def p_ssn_call():
    i = ch(["banking", "insurance", "healthcare", "government", "telecom"])
    c = Case("positive", "")
    ssn = gen_ssn()
    style = ch(["single", "groups", "pairs", "runs"])
    if style == "groups":
        sp = " ".join(say_groups(ssn, (3, 2, 4), style=ch(["single", "runs"])))
    else:
        sp = say_digits(ssn, style)
    c.a(ch(["can i get your social please", "for verification i'll need your social security number",
            "what's the social security number on the account"]))
    c.c(ch(["sure it's ", "yeah ", "okay it's ", "uh ", ""]), c.v("SSN", ssn, sp))
    c.note = f"call/{i} (US): SSN spoken {style}"
    if rng.random() < 0.5:
        z = gen_zip()
        c.a("and the zip code on file")
        c.c(c.v("POSTCODE", z, say_digits(z, ch(["single", "pairs"]), "zero")))
        c.note += "; zip"
    return c


def p_ssn_split():
    i = ch(["banking", "healthcare", "insurance"])
    c = Case("positive", "")
    ssn = gen_ssn()
    g = c.val("SSN", ssn)
    c.a("go ahead with your social")
    parts = split_sizes(ssn, (3, 2, 4))
    for k, p in enumerate(parts):
        c.c(ch(["", "", "um "]), (say_digits(p, ch(["single", "pairs", "runs"]), "zero"), g))
        if k < 2:
            c.a(ch(BACK))
    c.note = f"call/{i} (US): SSN split 3-2-4 across turns"
    if rng.random() < 0.5:
        y, m, d = gen_dob()
        c.a("and date of birth")
        c.c(c.v("DOB", (y, m, d), f"{MONTHS[m - 1]} {ordinal_words(d)} {year_words(y)}"))
        c.note += "; DOB"
    return c


def p_ssn_chat():
    i = ch(["banking", "insurance", "healthcare", "government", "retail"])
    c = Case("positive", "")
    ssn = gen_ssn()
    f = rng.randrange(6)
    typed = [f"{ssn[:3]}-{ssn[3:5]}-{ssn[5:]}", f"{ssn[:3]} {ssn[3:5]} {ssn[5:]}", ssn,
             f"{ssn[:3]}.{ssn[3:5]}.{ssn[5:]}", f"{ssn[:3]}-{ssn[3:5]} {ssn[5:]}", f"{ssn[:3]} - {ssn[3:5]} - {ssn[5:]}"][f]
    c.a("Please confirm your Social Security number to continue.")
    c.c(ch(["SSN ", "ssn: ", "its ", "social is ", "Sure - "]), c.v("SSN", ssn, typed),
        ch(["", ".", " thanks", f" and my claim # is {gen_digits(7)}"]))
    if rng.random() < 0.4:
        ph = gen_digits(10)
        ph = str(rng.randrange(2, 10)) + ph[1:]
        c.a("And best number to reach you?")
        c.c(c.v("PHONE", ph, ch([f"({ph[:3]}) {ph[3:6]}-{ph[6:]}", f"{ph[:3]}-{ph[3:6]}-{ph[6:]}",
                                 f"{ph[:3]}.{ph[3:6]}.{ph[6:]}", f"1-{ph[:3]}-{ph[3:6]}-{ph[6:]}" if False else ph])))
    c.note = f"chat/{i} (US): SSN typed form {f}"
    return c


def p_ssn_mixed():
    c = Case("positive", "")
    ssn = gen_ssn()
    sp = f"{say_digits(ssn[:3], 'single', 'oh')} {say_digits(ssn[3:5], 'pairs', 'oh')} {say_digits(ssn[5:], 'pairs', 'oh')}"
    c.a("i just need to verify you what's your social security number and date of birth")
    y, m, d = gen_dob()
    c.c("okay social is ", c.v("SSN", ssn, sp), " and i was born ",
        c.v("DOB", (y, m, d), f"{MONTHS[m - 1]} {number_words(d)} {year_words(y)}"))
    c.note = "call/banking (US): SSN and DOB in the same turn"
    return c


def p_bank_call():
    i = ch(["banking", "utilities", "insurance", "telecom", "government"])
    c = Case("positive", "")
    sc = gen_sort()
    acct = gen_digits(8, False)
    scstyle = ch(["pairs", "single", "runs", "mixed"])
    c.a(ch(["to set up the direct debit i'll need the sort code and account number",
            "which account would you like the refund paid into"]))
    c.c(ch(["sort code is ", "okay sort code ", "right it's "]), c.v("SORT_CODE", sc, say_digits(sc, scstyle)))
    c.a(ch(BACK + ["and the account number"]))
    c.c(ch(["account number ", "and the account is ", "", "then "]),
        c.v("BANK_ACCOUNT", acct, say_digits(acct, ch(["single", "runs", "pairs", "mixed"]), fill=0.1)))
    c.note = f"call/{i}: UK sort code ({scstyle}) and 8 digit account number"
    if rng.random() < 0.4:
        c.a("and the payment will come out on the " + ordinal_words(rng.randrange(1, 28)) + " of each month is that okay")
        c.c("yeah that's fine")
        c.note += "; collection date unlabelled"
    return c


def p_bank_chat():
    i = ch(["banking", "utilities", "insurance", "retail"])
    c = Case("positive", "")
    sc = gen_sort()
    acct = gen_digits(8, False)
    f = rng.randrange(4)
    sct = [f"{sc[:2]}-{sc[2:4]}-{sc[4:]}", sc, f"{sc[:2]} {sc[2:4]} {sc[4:]}", f"{sc[:2]}.{sc[2:4]}.{sc[4:]}"][f]
    if rng.random() < 0.5:
        c.c("Sort code ", c.v("SORT_CODE", sc, sct), ", account no. ", c.v("BANK_ACCOUNT", acct, acct))
    else:
        c.c("bank details for refund:")
        c.c(c.v("SORT_CODE", sc, sct), " / ", c.v("BANK_ACCOUNT", acct, acct))
    c.a(f"Thanks. The refund of £{rng.randrange(10, 500)}.{rng.randrange(10, 99)} should arrive in 3-5 working days.")
    c.note = f"chat/{i}: sort code typed form {f} + account number; amount and duration unlabelled"
    return c


def p_ie_bank():
    c = Case("positive", "")
    nsc = "9" + gen_digits(5, False)
    acct = gen_digits(8, False)
    c.a("and what's the n s c on the account")
    c.c(c.v("SORT_CODE", nsc, say_digits(nsc, ch(["pairs", "single"]))))
    c.a("and the account number")
    c.c(ch(["it's ", ""]), c.v("BANK_ACCOUNT", acct, say_digits(acct, ch(["single", "runs"]))), " that's with a i b")
    c.note = "call/banking (IE): Irish NSC labelled SORT_CODE and account number"
    return c


def p_iban_chat():
    i = ch(["banking", "travel", "insurance", "retail", "utilities"])
    c = Case("positive", "")
    ib = gen_iban()
    f = rng.randrange(4)
    grouped = " ".join(ib[k:k + 4] for k in range(0, len(ib), 4))
    typed = [ib, grouped, grouped.lower(), ib[:2] + " " + ib[2:]][f]
    c.a("Please provide your IBAN for the refund.")
    c.c(ch(["IBAN: ", "iban ", "Here you go ", ""]), c.v("IBAN", ib, typed),
        ch(["", " (BIC not needed?)", " thanks", "."]))
    c.note = f"chat/{i}: {ib[:2]} IBAN typed form {f}"
    return c


def p_iban_call():
    i = ch(["banking", "travel", "insurance"])
    c = Case("positive", "")
    ib = gen_iban(ch(["IE", "GB", "IE"]))
    g = c.val("IBAN", ib)
    mode = ch(["plain", "nato", "for"])
    head = " ".join(say_letter(x, mode) if x.isalpha() else say_single(x, "zero") for x in ib[:8])
    rest = ib[8:]
    c.a("okay can you read out the i b a n for me")
    c.c(ch(["", "okay "]), (head, g))
    c.a(ch(BACK))
    mid = len(rest) // 2
    c.c((say_digits(rest[:mid], ch(["single", "runs"]), "zero"), g))
    c.a(ch(BACK))
    c.c((say_digits(rest[mid:], ch(["single", "pairs"]), "zero"), g))
    c.note = f"call/{i}: {ib[:2]} IBAN spoken with letters '{mode}' over three turns"
    return c


def phone_spoken_uk(num):
    zw = ch(["oh", "oh", "zero", "o"])
    style = ch(["single", "runs", "groups", "hundred"])
    if style == "hundred" and num.startswith("07") and num[5] != "0" and num[6:8] == "00":
        return f"{say_single(num[:5], zw)} {DIGW[int(num[5])]} hundred {say_single(num[8:], zw)}"
    if style == "groups":
        return f"{say_digits(num[:5], 'runs', zw)} {say_digits(num[5:8], 'single', zw)} {say_digits(num[8:], 'pairs', zw)}"
    return say_digits(num, "single" if style == "single" else "runs", zw)


def p_phone_call():
    i = ch(["telecom", "utilities", "retail", "insurance", "healthcare", "government"])
    c = Case("positive", "")
    kind = ch(["ukmob", "ukmob", "ukland", "iemob", "ieland", "uk44"])
    if kind == "ukmob":
        num = gen_uk_mobile()
        if rng.random() < 0.3:
            num = num[:6] + "00" + num[8:]
        sp, canon = phone_spoken_uk(num), num
    elif kind == "ukland":
        num = gen_uk_land()
        sp, canon = say_digits(num, ch(["single", "runs"]), ch(["oh", "zero"])), num
    elif kind == "iemob":
        num = gen_ie_mobile()
        sp, canon = f"{say_single(num[:3], ch(['oh', 'zero']))} {say_digits(num[3:6], 'single')} {say_digits(num[6:], ch(['pairs', 'single', 'runs']))}", num
    elif kind == "ieland":
        num = gen_ie_land()
        sp, canon = say_digits(num, "runs", "oh"), num
    else:
        num = gen_uk_mobile()
        canon = "+44" + num[1:]
        sp = "plus four four " + say_digits(num[1:], ch(["single", "runs"]), "oh")
    c.a(ch(["what's the best number to contact you on", "and a contact number in case we get cut off",
            "can i take a mobile number for the engineer"]))
    c.c(ch(["yeah it's ", "it's ", "my mobile is ", "um ", "best is my mobile "]), c.v("PHONE", canon.replace("+", ""), sp))
    if rng.random() < 0.5:
        c.a("let me read that back ", c.v("PHONE", canon.replace("+", ""), say_digits(canon.replace("+", ""), "single", "oh")),
            " is that right")
        c.c("yeah")
    c.note = f"call/{i}: phone {kind} spoken"
    return c


def p_phone_split():
    c = Case("positive", "")
    num = ch([gen_uk_mobile(), gen_ie_mobile(), gen_uk_land()])
    g = c.val("PHONE", num)
    c.a("go ahead with the number")
    c.c((say_digits(num[:5], "runs", "oh"), g))
    c.a(ch(BACK))
    c.c((say_digits(num[5:], ch(["single", "pairs"]), "oh"), g), ch(["", " that's it", " that's my landline"]))
    c.note = "call/telecom: phone split over two turns"
    return c


def p_phone_chat():
    i = ch(["telecom", "retail", "travel", "utilities"])
    c = Case("positive", "")
    kind = ch(["uk", "ie", "intl_ie", "intl_uk", "ukland"])
    if kind == "uk":
        n = gen_uk_mobile()
        t = ch([n, f"{n[:5]} {n[5:]}", f"{n[:5]} {n[5:8]} {n[8:]}", f"{n[:4]}-{n[4:7]}-{n[7:]}"])
        canon = n
    elif kind == "ie":
        n = gen_ie_mobile()
        t = ch([n, f"{n[:3]} {n[3:6]} {n[6:]}", f"{n[:3]}-{n[3:]}", f"({n[:3]}) {n[3:]}"])
        canon = n
    elif kind == "intl_ie":
        n = gen_ie_mobile()
        canon = "353" + n[1:]
        t = ch([f"+353 {n[1:3]} {n[3:6]} {n[6:]}", f"00353{n[1:]}", f"+353{n[1:]}", f"+353 (0){n[1:3]} {n[3:]}"])
        if t.startswith("00"):
            canon = "00353" + n[1:]
        if "(0)" in t:
            canon = "3530" + n[1:]
    elif kind == "intl_uk":
        n = gen_uk_mobile()
        canon = "44" + n[1:]
        t = ch([f"+44 {n[1:5]} {n[5:]}", f"+44{n[1:]}", f"+44 (0) {n[1:5]} {n[5:]}"])
        if "(0)" in t:
            canon = "440" + n[1:]
    else:
        n = gen_uk_land()
        canon = n
        a, r = split_uk_land(n)
        t = ch([f"{a} {r}", f"({a}) {r}", n, f"{a} {r[:len(r) // 2]} {r[len(r) // 2:]}"])
    c.c(ch(["pls call me back on ", "My number: ", "tel ", "you can reach me at ", "mob: "]),
        c.v("PHONE", canon, t), ch(["", " after 6pm", " anytime before 5:30", " thanks"]))
    c.note = f"chat/{i}: phone {kind}; times unlabelled"
    return c


def p_email_call():
    i = ch(["retail", "telecom", "travel", "utilities", "insurance"])
    c = Case("positive", "")
    e = gen_email()
    sp = say_email(e)
    c.a(ch(["and what email address should we send the confirmation to",
            "can i grab an email address for the e receipt"]))
    c.c(ch(["it's ", "yeah it's ", "um ", ""]), c.v("EMAIL", norm_email(sp), sp))
    if rng.random() < 0.4:
        c.a(ch(["sorry was that dot com or dot co dot uk at the end", "and is there anything between the name and the at"]))
        c.c(ch(["just as i said it", "no that's it", "yeah like i said"]))
    c.note = f"call/{i}: email spoken with 'dot'/'at'"
    return c


def p_email_spelled():
    c = Case("positive", "")
    f, l = ch(FIRST), ch(LAST).replace("'", "")
    dom = ch(DOMAINS)
    e = f"{f[0]}.{l}@{dom}"
    spelled = " ".join(l)
    sp = f"{f[0]} dot {spelled} at {' dot '.join(dom.split('.'))}"
    c.a("sorry can you spell the email for me")
    c.c(c.v("EMAIL", e, sp))
    c.note = "call/retail: email spelled letter by letter"
    return c


def p_email_chat():
    i = ch(["retail", "telecom", "travel", "healthcare"])
    c = Case("positive", "")
    e = gen_email()
    t = ch([e, e.upper() if rng.random() < 0.2 else e, e.replace("@", " @ ") if False else e])
    c.c(ch(["email is ", "Email: ", "send it to ", "my new email - ", "pls update email to "]),
        c.v("EMAIL", t.lower(), t), ch(["", " thanks", ".", " not the old one"]))
    c.note = f"chat/{i}: typed email"
    return c


def p_dob_call():
    i = ch(["healthcare", "insurance", "banking", "government", "telecom"])
    c = Case("positive", "")
    y, m, d = gen_dob()
    c.a(ch(["can you confirm your date of birth for me", "and your d o b please", "what's the date of birth on the policy"]))
    c.c(ch(["yeah it's ", "", "it's ", "um "]), c.v("DOB", (y, m, d), dob_spoken(y, m, d)))
    c.note = f"call/{i}: DOB spoken"
    if rng.random() < 0.5:
        c.a(f"thank you and i can see the appointment on the {ordinal_words(rng.randrange(1, 28))} at {number_words(rng.randrange(1, 12))} thirty")
        c.note += "; appointment date/time unlabelled"
    return c


def p_dob_chat():
    c = Case("positive", "")
    y, m, d = gen_dob()
    c.a("Can you confirm the date of birth of the policy holder?")
    c.c(ch(["DOB ", "dob: ", "born ", "it's ", ""]), c.v("DOB", (y, m, d), dob_typed(y, m, d)))
    c.note = f"chat/{ch(['insurance', 'healthcare', 'banking'])}: DOB typed"
    return c


def pc_spoken(out, inw):
    mode = ch(["plain", "plain", "nato", "for"])
    zw = ch(["oh", "zero", "oh"])

    def sp(part):
        w = []
        for x in part:
            w.append(say_letter(x, mode) if x.isalpha() else (zw if x == "0" else DIGW[int(x)]))
        return " ".join(w)
    o = sp(out)
    if out[-2:].isdigit() and rng.random() < 0.5 and out[-2] != "0":
        o = " ".join(say_letter(x, mode) for x in out[:-2] if x.isalpha()) + " " + number_words(int(out[-2:]))
    return o + " " + sp(inw), mode


def p_postcode_call():
    i = ch(["utilities", "retail", "insurance", "telecom", "government", "banking"])
    c = Case("positive", "")
    if rng.random() < 0.7:
        out, inw = gen_uk_pc()
        sp, mode = pc_spoken(out, inw)
        canon = out + inw
        c.note = f"call/{i} (UK): postcode spoken letters '{mode}'"
    else:
        out, inw = gen_eir()
        sp, mode = pc_spoken(out, inw)
        canon = out + inw
        c.note = f"call/{i} (IE): Eircode spoken letters '{mode}'"
    c.a(ch(["and can i take the postcode", "what's the postcode at the property", "and the eircode or postcode"]))
    c.c(ch(["it's ", "yeah ", "", "um "]), c.v("POSTCODE", canon, sp))
    return c


def p_address_call():
    i = ch(["utilities", "retail", "insurance", "telecom", "government"])
    c = Case("positive", "")
    num, street, stype, flat = gen_addr_parts()
    sp = addr_spoken(num, street, stype, flat)
    uk = rng.random() < 0.65
    c.a(ch(["can i take the first line of the address", "and what's the address for the new connection",
            "where would you like it delivered"]))
    if uk:
        out, inw = gen_uk_pc()
        psp, _ = pc_spoken(out, inw)
        c.c(ch(["it's ", "yeah ", ""]), c.v("ADDRESS", sp, sp), f" {ch(TOWNS_UK)} ", c.v("POSTCODE", out + inw, psp))
        c.note = f"call/{i} (UK): moving home, street address + town (unlabelled) + postcode"
    else:
        out, inw = gen_eir()
        psp, _ = pc_spoken(out, inw)
        c.c(c.v("ADDRESS", sp, sp), f" {ch(TOWNS_IE)}")
        c.a("and the eircode")
        c.c(c.v("POSTCODE", out + inw, psp))
        c.note = f"call/{i} (IE): address + town (unlabelled), eircode in next turn"
    return c


def p_address_chat():
    i = ch(["retail", "utilities", "insurance", "travel"])
    c = Case("positive", "")
    num, street, stype, flat = gen_addr_parts()
    at = addr_typed(num, street, stype, flat)
    if rng.random() < 0.7:
        out, inw = gen_uk_pc()
        pc = ch([f"{out} {inw}", f"{out}{inw}", f"{out.lower()} {inw.lower()}"])
        town = ch(TOWNS_UK).title()
        us = False
    else:
        out, inw = gen_eir()
        pc = ch([f"{out} {inw}", f"{out}{inw}"])
        town = ch(TOWNS_IE).title()
        us = False
    if rng.random() < 0.15:
        z = gen_zip()
        c.c("ship to ", c.v("ADDRESS", at, at), f", Springfield, IL ", c.v("POSTCODE", z, z))
        c.note = f"chat/{i} (US): address + ZIP"
        return c
    _ = us
    c.c(ch(["new address: ", "I've moved to ", "deliver to ", "address is "]), c.v("ADDRESS", at, at),
        f", {town}, ", c.v("POSTCODE", out + inw, pc))
    c.note = f"chat/{i}: typed address, town unlabelled, postcode"
    return c


def p_verification_combo():
    i = ch(["banking", "telecom", "utilities", "insurance"])
    c = Case("positive", "")
    y, m, d = gen_dob()
    out, inw = gen_uk_pc()
    psp, _ = pc_spoken(out, inw)
    c.a("before i go into the account can i confirm your date of birth and postcode")
    c.c("yeah date of birth ", c.v("DOB", (y, m, d), dob_spoken(y, m, d)), " and postcode ",
        c.v("POSTCODE", out + inw, psp))
    c.a(f"perfect thanks and i see your balance is {number_words(rng.randrange(20, 99))} pounds {number_words(rng.randrange(1, 99))}")
    c.note = f"call/{i}: DOB and postcode in one turn; balance unlabelled"
    return c


def p_contact_update():
    c = Case("positive", "")
    num = gen_uk_mobile()
    e = gen_email()
    c.a("shall i update your contact details while you're on")
    c.c("yes please new mobile is ", c.v("PHONE", num, say_digits(num, "runs", "oh")), " and email ",
        c.v("EMAIL", norm_email(say_email(e)), say_email(e)))
    c.note = "call/telecom: phone and email in one turn"
    return c


def p_phone_with_distractor():
    c = Case("positive", "")
    num = gen_uk_mobile()
    ref = gen_digits(8)
    c.a("can i take the order number")
    c.c(f"yes it's {say_digits(ref, 'single', 'oh')}")
    c.a("and a phone number")
    c.c("yeah ", c.v("PHONE", num, say_digits(num, "single", "oh")))
    c.note = "call/retail: order number (unlabelled) then mobile phone"
    return c


def p_ni_payroll_chat():
    c = Case("positive", "")
    ni = gen_ni()
    sc = gen_sort()
    acct = gen_digits(8, False)
    c.c("Hi, starting new job on Monday. HR details: NI ", c.v("NI_NUMBER", ni, f"{ni[:2]}{ni[2:4]} {ni[4:6]} {ni[6:8]}{ni[8]}" if False else f"{ni[:2]} {ni[2:8]} {ni[8]}"),
        ", bank ", c.v("SORT_CODE", sc, f"{sc[:2]}-{sc[2:4]}-{sc[4:]}"), " ", c.v("BANK_ACCOUNT", acct, acct))
    c.a("Thanks, payroll runs on the 25th of each month.")
    c.note = "chat/government-payroll: NI, sort code and account in one message; pay date unlabelled"
    return c


def p_ni_spoken_run():
    c = Case("positive", "")
    ni = gen_ni()
    mode = ch(["plain", "nato"])
    sp = f"{say_letter(ni[0], mode)} {say_letter(ni[1], mode)} {say_single(ni[2:8], ch(['oh', 'zero', 'nought']), runs=True)} {say_letter(ni[8], mode)}"
    c.a("right and your n i number please")
    c.c("uh yeah hang on i've got it on my payslip here ", c.v("NI_NUMBER", ni, sp), " is that enough")
    c.note = "call/government: NI digits with doubles/trebles, reading from payslip"
    return c


def p_ni_chat_typo():
    c = Case("positive", "")
    ni = gen_ni()
    t = ch([f"{ni[:2]}{ni[2:5]} {ni[5:8]}{ni[8]}", f"{ni[:2]} {ni[2:5]} {ni[5:8]} {ni[8]}", f"{ni[0]} {ni[1]} {ni[2:8]} {ni[8]}"])
    c.c(ch(["sorry typo earlier, the correct ni is ", "NI Number = ", "ni no "]), c.v("NI_NUMBER", ni, t))
    c.note = "chat/government: NI number typed with unusual grouping"
    return c


def p_card_repeat_dropout():
    i = ch(["telecom", "utilities", "retail"])
    c = Case("positive", "")
    card, sizes = gen_card(ch(["visa", "mc"]))
    chunks = split_sizes(card, sizes)
    zw = zero_word()
    g = c.val("CARD_NUMBER", card)
    c.a("okay go ahead with the card")
    c.c((say_digits(chunks[0], "single", zw), g), " ", (say_digits(chunks[1], "single", zw), g))
    c.a("sorry you cut out there after " + ch(["the first four", "the start"]) + " can you say the second four again")
    rep = c.val("CARD_NUMBER", None, check=False)
    c.c("yeah ", (say_digits(chunks[1], "runs", zw), rep), " then ", (say_digits(chunks[2], "single", zw), g), " ",
        (say_digits(chunks[3], ch(["pairs", "single"]), zw), g))
    y, m = gen_exp()
    cv = gen_digits(3, False)
    c.a("and the expiry and security code")
    c.c("expiry ", c.v("EXPIRY", (y, m, 0), exp_spoken(y, m)), " and the code on the back is ",
        c.v("CVV", cv, say_digits(cv, "single", zw)))
    c.note = f"call/{i}: card with line drop-out, repeated group (labelled), expiry and CVV in one turn"
    return c


def p_two_phones():
    c = Case("positive", "")
    m = gen_uk_mobile() if rng.random() < 0.6 else gen_ie_mobile()
    l = gen_uk_land() if m.startswith("07") else gen_ie_land()
    c.a("have you got a contact number")
    c.c("my mobile is ", c.v("PHONE", m, say_digits(m, ch(["runs", "single"]), "oh")),
        " or if you can't get me on that try the house ", c.v("PHONE", l, say_digits(l, "runs", "oh")),
        f" after {number_words(rng.randrange(4, 8))} o'clock")
    c.note = "call/utilities: mobile and landline in one turn, time unlabelled"
    return c


def p_us_phone_call():
    c = Case("positive", "")
    ph = str(rng.randrange(2, 10)) + gen_digits(2, False) + str(rng.randrange(2, 10)) + gen_digits(6, False)
    c.a("what's a good callback number")
    c.c("area code ", c.v("PHONE", ph, say_digits(ph[:3], "single", "zero") + " " + say_digits(ph[3:6], "single", "zero")
                           + " " + say_digits(ph[6:], ch(["pairs", "single"]), "zero")))
    c.note = "call/healthcare (US): 'area code' lead-in then ten digit number"
    return c


def p_ni_with_distractors():
    c = Case("positive", "")
    ni = gen_ni()
    pol = gen_digits(8)
    c.a("can i take the policy number and your national insurance number")
    c.c(f"policy number is {say_digits(pol, 'single', 'oh')} and my n i is ",
        c.v("NI_NUMBER", ni, f"{ni[0].lower()} {ni[1].lower()} {say_digits(ni[2:8], ch(['pairs', 'single']))} {ni[8].lower()}"))
    c.a(f"thanks and that's for the claim you made in {year_words(rng.randrange(2019, 2026))}")
    c.note = "call/insurance: policy number (unlabelled) then NI number in the same turn; year unlabelled"
    return c


def p_ni_chitchat():
    c = Case("positive", "")
    ni = gen_ni()
    g = c.val("NI_NUMBER", ni)
    c.a("and your national insurance number please")
    c.c((f"{ni[0].lower()} {ni[1].lower()} {say_digits(ni[2:5], 'single')}", g),
        " sorry the dog's going mad here hang on")
    c.a("no worries take your time so i've got " + ni[0].lower() + " " + ni[1].lower() + " ...")
    c.c("yeah then ", (say_digits(ni[5:8], ch(["single", "pairs"])), g), " and ", (say_letter(ni[8], ch(["plain", "nato", "for"])), g))
    c.note = "call/government: NI number interrupted by chit-chat, agent partial read-back of letters (unlabelled: letters only)"
    return c


def p_sort_account_one_turn():
    c = Case("positive", "")
    sc = gen_sort()
    acct = gen_digits(8, False)
    c.a("and where would you like the payment to go")
    c.c("sort code ", c.v("SORT_CODE", sc, say_digits(sc, "pairs")), " account ", c.v("BANK_ACCOUNT", acct, say_digits(acct, ch(["single", "runs"]))),
        f" and it's in the name of {ch(FIRST)} {ch(LAST)}")
    c.note = "call/insurance: sort code as pair words and account number in one turn"
    return c


def p_account_correction():
    c = Case("positive", "")
    acct = gen_digits(8, False)
    wrong = acct[:4] + str((int(acct[4]) + 1) % 10)
    c.a("and the account number")
    pw = c.val("BANK_ACCOUNT", None, check=False)
    g = c.val("BANK_ACCOUNT", acct)
    c.c((say_single(wrong, "oh"), pw), " no hang on let me start again ", (say_digits(acct, "single", "oh"), g))
    c.a("okay so ", c.v("BANK_ACCOUNT", acct, say_digits(acct, "runs", "oh")), " is that right")
    c.c("that's it yeah")
    c.note = "call/banking: account number with restart (partial labelled) and agent read-back"
    return c


def p_address_split_call():
    c = Case("positive", "")
    num, street, stype, flat = gen_addr_parts()
    out, inw = gen_uk_pc()
    c.a("can i take the new address")
    asp = addr_spoken(num, street, stype, flat)
    c.c(c.v("ADDRESS", asp, asp))
    c.a("and the town")
    c.c(ch(TOWNS_UK))
    c.a("and postcode")
    sp, _ = pc_spoken(out, inw)
    g = c.val("POSTCODE", out + inw)
    half = sp.split(" ")
    outw = len(half) - len(inw) if all(len(x) == 1 for x in half) else None
    c.c((sp, g))
    c.note = "call/utilities (UK): address, town (unlabelled) and postcode over separate turns"
    _ = outw
    return c


def p_email_typed_messy():
    c = Case("positive", "")
    e = gen_email()
    typed = ch([e.replace("@", " @ "), e.replace("@", "(at)"), e.replace(".", " . ", 1), e.title()])
    canon = e
    g = c.val("EMAIL", canon, check=False)
    c.c("its ", (typed, g), ch([" not my work one", "", " pls"]))
    c.note = "chat/retail: email typed with spacing/(at)/capitals (label covers whole written form)"
    return c


def p_dob_chitchat():
    c = Case("positive", "")
    y, m, d = gen_dob()
    c.a("and your date of birth")
    c.c(f"oh god i always forget with the kids it's ", c.v("DOB", (y, m, d), f"{ordinal_words(d)} {MONTHS[m - 1]} {year_words(y)}"),
        f" i'll be {number_words(2026 - y)} this year")
    c.note = "call/healthcare: DOB with chit-chat and age (age unlabelled)"
    return c


def p_expiry_cvv_chat():
    c = Case("positive", "")
    y, m = gen_exp()
    cv = gen_digits(3, False)
    c.a("Please enter the expiry and CVV")
    c.c(c.v("EXPIRY", (y, m, 0), exp_typed(y, m)), " ", c.v("CVV", cv, cv))
    c.note = "chat/retail: expiry and CVV typed with no labels"
    return c


def p_eircode_chat():
    c = Case("positive", "")
    out, inw = gen_eir()
    num, street, stype, flat = gen_addr_parts()
    at = addr_typed(num, street, stype, flat)
    c.c(f"Hi, moving house next week. New address is ", c.v("ADDRESS", at, at), f", {ch(TOWNS_IE).title()}, Co. {ch(['Dublin', 'Cork', 'Galway', 'Kildare', 'Meath'])}. Eircode ",
        c.v("POSTCODE", out + inw, ch([f"{out} {inw}", f"{out}{inw}", f"{out.lower()} {inw.lower()}"])))
    c.a("Thanks! We'll move your broadband over on the 14th.")
    c.note = "chat/telecom (IE): address with county and Eircode; install date unlabelled"
    return c


def p_asr_digit_output():
    i = ch(["telecom", "retail", "government", "banking"])
    c = Case("positive", "")
    what = ch(["card", "ni", "phone", "account"])
    if what == "card":
        card, sizes = gen_card(ch(["visa", "mc"]))
        t = ch([" ".join(card), " ".join(split_sizes(card, sizes)), " ".join(card[:8]) + " " + card[8:]])
        c.a("okay and the long number on the card")
        c.c("yeah it's ", c.v("CARD_NUMBER", card, t))
    elif what == "ni":
        ni = gen_ni()
        t = ch([f"{ni[0].lower()} {ni[1].lower()} {ni[2:4]} {ni[4:6]} {ni[6:8]} {ni[8].lower()}",
                f"{ni[0].lower()} {ni[1].lower()} {' '.join(ni[2:8])} {ni[8].lower()}",
                f"{ni[:2].lower()} {ni[2:8]} {ni[8].lower()}"])
        c.a("and your national insurance number")
        c.c("it's ", c.v("NI_NUMBER", ni, t))
    elif what == "phone":
        n = gen_uk_mobile()
        t = ch([" ".join(n), f"{n[:5]} {n[5:]}", f"0 7 {' '.join(n[2:])}"])
        c.a("what's the best number for you")
        c.c("it's ", c.v("PHONE", n, t), " thanks")
    else:
        sc = gen_sort()
        acct = gen_digits(8, False)
        c.a("sort code and account number please")
        c.c("sort code ", c.v("SORT_CODE", sc, f"{sc[:2]} {sc[2:4]} {sc[4:]}"), " account number ",
            c.v("BANK_ACCOUNT", acct, " ".join(acct) if rng.random() < 0.5 else acct))
    c.note = f"call/{i}: ASR emitted numerals instead of words ({what})"
    return c


def p_delivery_chat_full():
    c = Case("positive", "")
    num, street, stype, flat = gen_addr_parts()
    at = addr_typed(num, street, stype, flat)
    out, inw = gen_uk_pc()
    ph = gen_uk_mobile()
    e = gen_email()
    sep = ch(["\n", ", ", " | ", "; "])
    c.c(f"{ch(FIRST).title()} {ch(LAST).title()}{sep}", c.v("ADDRESS", at, at), f"{sep}{ch(TOWNS_UK).title()}{sep}",
        c.v("POSTCODE", out + inw, f"{out} {inw}"), sep, c.v("PHONE", ph, f"{ph[:5]} {ph[5:]}"), sep, c.v("EMAIL", e, e))
    c.a(f"Thanks, your order of {rng.randrange(2, 9)} items will arrive within 2-3 working days.")
    c.note = "chat/retail (UK): delivery block with name (unlabelled), address, postcode, phone, email"
    return c


def p_dob_typed_informal():
    c = Case("positive", "")
    y, m, d = gen_dob()
    suf = "th" if d not in (1, 2, 3, 21, 22, 23) else {1: "st", 21: "st", 2: "nd", 22: "nd", 3: "rd", 23: "rd"}[d]
    t = ch([f"{d}{suf} {MONTHS[m - 1]} {y % 100:02d}", f"{d}{suf} of {MONTH_ABBR[m - 1]} {y}", f"{d}/{m}/{y % 100:02d}"])
    c.c(f"hi can u check my appt? dob ", c.v("DOB", (y, m, d), t), f" and the appt is on the {nth(rng.randrange(1, 28))} at {rng.randrange(9, 12)}:30")
    c.note = "chat/healthcare: informal DOB; appointment date and time unlabelled"
    return c


def p_ni_agent_readback():
    c = Case("positive", "")
    ni = gen_ni()
    c.c("it's ", c.v("NI_NUMBER", ni, f"{ni[0].lower()} {ni[1].lower()} {say_digits(ni[2:8], 'pairs')} {ni[8].lower()}"))
    c.a("so that's ", c.v("NI_NUMBER", ni, f"{say_letter(ni[0], 'nato')} {say_letter(ni[1], 'nato')} {say_digits(ni[2:8], 'single')} {say_letter(ni[8], 'nato')}"),
        " yeah")
    c.c("that's right")
    c.note = "call/government: NI number and agent read-back in NATO alphabet"
    return c


def p_account_chat_spaces():
    c = Case("positive", "")
    acct = gen_digits(8, False)
    sc = gen_sort()
    c.a("Which account should the refund go to?")
    c.c(ch(["acc ", "a/c ", "Account: "]), c.v("BANK_ACCOUNT", acct, ch([f"{acct[:4]} {acct[4:]}", acct, f"{acct[:4]}-{acct[4:]}"])),
        ch([" s/c ", " sort ", ", sortcode "]), c.v("SORT_CODE", sc, ch([f"{sc[:2]}{sc[2:4]}{sc[4:]}", f"{sc[:2]}-{sc[2:4]}-{sc[4:]}", f"{sc[:2]} {sc[2:4]} {sc[4:]}"])))
    c.note = "chat/insurance: account number (spaced/dashed) before sort code with abbreviations"
    return c


def p_expiry_cvv_call_words():
    c = Case("positive", "")
    y, m = gen_exp()
    cv = gen_digits(3, False)
    c.a("and when does the card expire")
    c.c(f"end of ", c.v("EXPIRY", (y, m, 0), f"{MONTHS[m - 1]} {year_words(y)}"))
    c.a("and the last three digits on the signature strip")
    c.c(ch(["um ", "", "hang on "]), c.v("CVV", cv, say_digits(cv, ch(["single", "pairs", "runs"]))))
    c.note = "call/travel: expiry as month name and year words, CVV"
    return c


def p_phone_hundred():
    c = Case("positive", "")
    num = "07" + ch(["7", "8", "9", "4"]) + gen_digits(2, False) + str(rng.randrange(1, 10)) + "00" + gen_digits(3, False)
    sp = f"{say_single(num[:5], ch(['oh', 'o']), runs=True)} {DIGW[int(num[5])]} hundred {say_digits(num[8:], ch(['single', 'runs']), 'oh')}"
    c.a(ch(["and a mobile number please", "can i take a contact number"]))
    c.c(ch(["yeah it's ", "it's ", ""]), c.v("PHONE", num, sp))
    c.note = "call/telecom (UK): mobile with 'X hundred' for X00 and doubles"
    return c


def p_card_doubles():
    c = Case("positive", "")
    d1, d2, d3 = rng.randrange(10), rng.randrange(10), rng.randrange(10)
    prefix = "4" + str(d1) * 2 + str(rng.randrange(10)) + str(d2) * 3 + str(rng.randrange(10)) + str(d3) * 2
    card = luhn_complete(prefix, 16)
    zw = ch(["oh", "nought", "zero"])
    parts = [say_single(x, zw, runs=True) for x in split_sizes(card, (4, 4, 4, 4))]
    c.a("and the card number please")
    c.c("okay it's ", c.v("CARD_NUMBER", card, " ".join(parts)))
    if rng.random() < 0.5:
        cv = str(d1) * 3 if rng.random() < 0.3 else gen_digits(3, False)
        c.a("and the security code")
        c.c(c.v("CVV", cv, say_single(cv, zw, runs=True)))
    c.note = f"call/retail: card with double/treble runs, zero as '{zw}'"
    return c


POSITIVE_TEMPLATES = [
    (p_card_call_single, 14), (p_card_call_split, 8), (p_card_chat, 12), (p_card_selfcorrect, 3),
    (p_card_readback, 3), (p_card_amex_words, 3),
    (p_ni_call, 14), (p_ni_split, 6), (p_ni_chat, 9), (p_ni_homophone, 3), (p_ni_with_chat_noise, 3),
    (p_ni_payroll_chat, 3), (p_ni_spoken_run, 3), (p_ni_chat_typo, 3),
    (p_ssn_call, 10), (p_ssn_split, 6), (p_ssn_chat, 10), (p_ssn_mixed, 4),
    (p_bank_call, 9), (p_bank_chat, 6), (p_ie_bank, 3),
    (p_iban_chat, 9), (p_iban_call, 5),
    (p_phone_call, 10), (p_phone_split, 3), (p_phone_chat, 8), (p_phone_with_distractor, 2),
    (p_email_call, 6), (p_email_spelled, 3), (p_email_chat, 5), (p_contact_update, 3),
    (p_dob_call, 6), (p_dob_chat, 5),
    (p_postcode_call, 8), (p_address_call, 8), (p_address_chat, 7), (p_verification_combo, 4),
    (p_card_repeat_dropout, 4), (p_two_phones, 4), (p_us_phone_call, 3), (p_ni_with_distractors, 4),
    (p_ni_chitchat, 4), (p_sort_account_one_turn, 4), (p_account_correction, 3), (p_address_split_call, 4),
    (p_email_typed_messy, 4), (p_dob_chitchat, 3), (p_expiry_cvv_chat, 4), (p_eircode_chat, 4),
    (p_asr_digit_output, 8), (p_delivery_chat_full, 4), (p_dob_typed_informal, 3), (p_ni_agent_readback, 4),
    (p_account_chat_spaces, 4), (p_expiry_cvv_call_words, 4), (p_phone_hundred, 5), (p_card_doubles, 6),
]


# --------------------------------------------------------------------------- negatives

def n_money():
    c = Case("negative", "")
    p = rng.randrange(12, 999)
    pen = rng.randrange(1, 99)
    if rng.random() < 0.5:
        c.a(f"so your outstanding balance is {number_words(p)} pounds {number_words(pen)} and the minimum payment is {number_words(rng.randrange(5, 50))} pounds")
        c.c("okay and when is that due")
        c.a(f"by the {ordinal_words(rng.randrange(1, 28))} of {ch(MONTHS)}")
        c.note = "call/banking: balance, minimum payment and due date spoken"
    else:
        c.c(f"why was I charged €{p}.{pen:02d} this month when my plan is €{rng.randrange(20, 60)}.99??")
        c.a(f"I can see a roaming charge of €{rng.randrange(2, 30)}.{rng.randrange(10, 99)} on the {rng.randrange(1, 28)}/{rng.randrange(1, 12)}")
        c.note = "chat/telecom (IE): euro amounts and a charge date"
    return c


def n_reference():
    c = Case("negative", "")
    word = ch(["policy number", "customer number", "booking reference", "order number", "claim number",
               "case reference", "ticket number", "invoice number", "booking number", "membership number"])
    n = gen_digits(rng.randrange(6, 11))
    if rng.random() < 0.5:
        c.a(f"can i take your {word} please")
        c.c(f"yeah it's {say_digits(n, ch(['single', 'runs', 'pairs']), 'oh')}")
        c.a(f"thank you that's {say_digits(n, 'single', 'oh')} lovely")
        c.note = f"call: {word} ({len(n)} digits) spoken and read back"
    else:
        pre = ch(["", "", "MX", "REF-", "BK"])
        c.c(f"Hi, my {word} is {pre}{n}, any update?")
        c.a(f"Thanks, I've found {word} {pre}{n}. " + ch(["It was updated yesterday.", "I'm checking the status now.",
                                                          "It's with the team and should be resolved by Friday."]))
        c.note = f"chat: {word} typed ({len(n)} digits)"
    return c


def n_meter():
    c = Case("negative", "")
    r = gen_digits(5, False)
    c.a("can i take a meter reading while you're on")
    c.c(f"yeah the {ch(['electric', 'gas', 'day rate'])} reads {say_digits(r, 'single', 'oh')}")
    if rng.random() < 0.5:
        c.a(f"and the night rate")
        r2 = gen_digits(5, False)
        c.c(f"{say_digits(r2, 'pairs', 'oh')}")
    c.a(f"thanks your next bill will be around {number_words(rng.randrange(40, 200))} pounds")
    c.note = "call/utilities: meter readings and bill estimate"
    return c


def n_flight():
    c = Case("negative", "")
    fl = ch(["ei", "fr", "ba", "u2", "vs"]) + " " + str(rng.randrange(100, 999))
    c.c(f"my flight {fl} was cancelled and i was supposed to leave at {rng.randrange(6, 11)}:{ch(['05', '15', '40'])} from terminal {rng.randrange(1, 5)}")
    c.a(f"I'm sorry about that. I can rebook you on the {rng.randrange(12, 22)}:{ch(['10', '35', '50'])} tomorrow, seat {rng.randrange(2, 40)}{ch('ACDF')}")
    while True:
        bref = "".join(ch("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))
        if not UK_PC.match(bref):
            break
    c.c(f"ok the booking ref is {bref}")
    c.note = "chat/travel: flight number, times, terminal, seat, alphanumeric booking ref"
    return c


def n_appointment():
    c = Case("negative", "")
    d = rng.randrange(1, 28)
    mth = ch(MONTHS)
    c.a(f"i can offer you an appointment on the {ordinal_words(d)} of {mth} at {number_words(rng.randrange(1, 12))} {ch(['fifteen', 'thirty', 'forty five', 'o clock'])}")
    c.c("yeah that works my daughter's off school then")
    c.a(f"great the engineer will arrive between {number_words(rng.randrange(8, 12))} and {number_words(rng.randrange(1, 6))} and it usually takes about {number_words(rng.randrange(2, 4))} hours")
    c.note = "call/utilities: appointment date, arrival window, duration"
    return c


def n_contract_dates():
    c = Case("negative", "")
    y = rng.randrange(2015, 2026)
    c.c(f"i've been with you since {year_words(y)} and my contract started on the {ordinal_words(rng.randrange(1, 28))} of {ch(MONTHS)} {year_words(y + 1)}")
    c.a(f"yes you're {number_words(rng.randrange(2, 23))} months into a {ch(['twenty four', 'eighteen', 'twelve'])} month contract")
    c.note = "call/telecom: years, contract start date, months"
    return c


def n_age_temp():
    c = Case("negative", "")
    c.c(f"my mum is {number_words(rng.randrange(70, 96))} and the heating's been off for {number_words(rng.randrange(2, 6))} days it's {number_words(rng.randrange(8, 14))} degrees in the house")
    c.a(f"i'm so sorry i'll mark this as priority the boiler model is a {ch(['worcester', 'vaillant', 'baxi'])} {number_words(rng.randrange(24, 42))} c d i right")
    c.note = "call/utilities: age, duration, temperature, boiler model"
    return c


def n_speed_data():
    c = Case("negative", "")
    c.c(f"I'm paying for {rng.randrange(100, 1000)} Mbps but speedtest shows {rng.randrange(5, 80)}.{rng.randrange(1, 9)} down, ping {rng.randrange(10, 90)}ms")
    c.a(f"Thanks. Your router (model {ch(['HH6', 'F5685LGB', 'HG8245H', 'VMG8825'])}) is on firmware {rng.randrange(1, 9)}.{rng.randrange(0, 20)}.{rng.randrange(0, 99)}. Can you restart it and wait {rng.randrange(2, 10)} minutes?")
    c.c(f"done, now {rng.randrange(100, 900)} mbps, used {rng.randrange(100, 900)}GB this month")
    c.note = "chat/telecom: speeds, model number, firmware version, data usage"
    return c


def n_quantities():
    c = Case("negative", "")
    c.c(f"i ordered {number_words(rng.randrange(2, 12))} boxes of the {ch(['a4 paper', 'tiles', 'compost bags'])} and only {number_words(rng.randrange(1, 5))} arrived")
    c.a(f"i can see order {say_digits(gen_digits(7), 'single', 'oh')} with {number_words(rng.randrange(2, 12))} items i'll send the rest by {ch(['thursday', 'friday', 'monday'])}")
    c.note = "call/retail: quantities and order number"
    return c


def n_percent_rates():
    c = Case("negative", "")
    c.c(f"What's the interest rate on the {ch(['saver', 'ISA', 'fixed bond'])}?")
    c.a(f"It's {rng.randrange(1, 5)}.{rng.randrange(0, 99):02d}% AER variable on balances up to £{rng.randrange(1, 100)},000, and {rng.randrange(1, 5)}.{rng.randrange(0, 9)}% above that.")
    c.c(f"ok and the unit rate for electric is {rng.randrange(20, 35)}.{rng.randrange(10, 99)}p/kWh right? standing charge {rng.randrange(30, 60)}.{rng.randrange(10, 99)}p")
    c.note = "chat/banking+utilities: percentages, thresholds, unit rates"
    return c


def n_mentions_no_value():
    c = Case("negative", "")
    c.a(ch(["i'll just need your sort code and account number when you're ready",
            "can you confirm your date of birth and the first line of your address",
            "i'll need the long card number and the three digit security code",
            "have you got your national insurance number handy"]))
    c.c(ch(["hang on i need to find my purse", "hmm i don't have it on me can i call back",
            "do you really need that i'd rather not give it over the phone",
            "i'll have to dig out the letter give me a minute"]))
    c.a(ch(["no problem take your time", "that's fine you can also do it in the app",
            "of course you can call back any time before eight"]))
    c.note = "call: PII requested but never given"
    return c


def n_office_hours():
    c = Case("negative", "")
    c.a(f"We're open {rng.randrange(7, 10)}am to {rng.randrange(5, 9)}pm Monday to Friday and {rng.randrange(9, 11)} till {rng.randrange(1, 5)} on Saturdays.")
    c.c(f"ok and the wait was {rng.randrange(15, 59)} minutes last time lol")
    c.a(f"Sorry about that! Average wait this week is {rng.randrange(2, 9)} mins.")
    c.note = "chat: opening hours and wait times"
    return c


def n_room_booking():
    c = Case("negative", "")
    c.c(f"we're in room {number_words(rng.randrange(100, 600))} checking out on the {ordinal_words(rng.randrange(1, 28))} there are {number_words(rng.randrange(2, 5))} of us")
    c.a(f"yes the late checkout is {number_words(rng.randrange(15, 40))} euro and breakfast is {number_words(rng.randrange(12, 25))} euro per person")
    c.note = "call/travel: room number, dates, party size, prices"
    return c


def n_policy_ref_chat():
    c = Case("negative", "")
    pol = ch(["POL", "HH", "MTR", "P"]) + gen_digits(rng.randrange(6, 9))
    c.c(f"Policy {pol} - renewal quote is £{rng.randrange(200, 900)}.{rng.randrange(10, 99)}, last year was £{rng.randrange(200, 900)}")
    c.a(f"I can see policy {pol}. The increase is due to a {rng.randrange(5, 30)}% market rise. I can apply a £{rng.randrange(20, 80)} discount.")
    c.note = "chat/insurance: alphanumeric policy number, premiums, percentage"
    return c


def n_customer_number_spoken():
    c = Case("negative", "")
    n = gen_digits(rng.randrange(8, 11))
    c.a("and your customer number it's on the top right of the bill")
    c.c(f"customer number {say_digits(n, ch(['pairs', 'runs', 'single']), 'oh')}")
    c.a(f"lovely and your last bill was {number_words(rng.randrange(30, 200))} pounds {number_words(rng.randrange(1, 99))} paid on the {ordinal_words(rng.randrange(1, 28))}")
    c.note = "call/utilities: customer number spoken (reference, not bank account), bill amount and payment date"
    return c


def n_mprn():
    c = Case("negative", "")
    n = gen_digits(7)
    c.a("can you read me the g p r n it's the seven digit gas point number on your bill")
    c.c(f"yep g p r n {say_digits(n[:4], 'single', 'oh')} {say_digits(n[4:], 'single', 'oh')}")
    c.a("perfect that's matched your gas meter point")
    c.note = "call/utilities (IE): GPRN gas point reference (7 digits, not PII in scope)"
    return c


def n_years_history():
    c = Case("negative", "")
    c.c(f"the car is a {year_words(rng.randrange(2008, 2024))} {ch(['golf', 'focus', 'corolla', 'qashqai'])} with {number_words(rng.randrange(20, 120))} thousand miles on it")
    c.a(f"and how many years no claims bonus do you have")
    c.c(f"{number_words(rng.randrange(2, 12))} years and i've been driving since {year_words(rng.randrange(1980, 2015))}")
    c.note = "call/insurance: vehicle year, mileage, no-claims years, year started driving"
    return c


def n_tracking():
    c = Case("negative", "")
    c.c(f"Parcel tracking says 'out for delivery' since {rng.randrange(6, 11)}:{rng.randrange(10, 59)} - order #{gen_digits(rng.randrange(6, 10))}")
    c.a(f"Thanks! Your parcel weighs {rng.randrange(1, 20)}.{rng.randrange(1, 9)}kg and it's stop {rng.randrange(10, 80)} of {rng.randrange(80, 140)} on the route.")
    c.note = "chat/retail: time, order number, weight, route stop counts"
    return c


def n_payment_date():
    c = Case("negative", "")
    d = rng.randrange(1, 28)
    m = rng.randrange(1, 13)
    c.c(f"I paid on {d:02d}/{m:02d}/{rng.randrange(2024, 2027)} but it still shows overdue")
    c.a(f"I can see the payment of £{rng.randrange(20, 300)}.00 received on {d:02d}/{m:02d}. It takes 3 working days to clear.")
    c.note = "chat/utilities: payment date (not DOB), amount"
    return c


def n_ticket_times():
    c = Case("negative", "")
    c.a(f"your train leaves at {number_words(rng.randrange(6, 12))} {ch(['fifteen', 'twenty', 'forty five'])} from platform {number_words(rng.randrange(1, 12))} coach {ch('ABCDEF').lower()} seat {number_words(rng.randrange(10, 80))}")
    c.c(f"and the ticket was {number_words(rng.randrange(20, 99))} euro {number_words(rng.randrange(10, 99))}")
    c.a(f"that's right the booking reference is {say_digits(gen_digits(8), 'single', 'oh')}")
    c.note = "call/travel: times, platform, seat, price, booking reference spoken"
    return c


def n_counts_ivr():
    c = Case("negative", "")
    c.c(f"i've rung {number_words(rng.randrange(3, 12))} times and pressed option {number_words(rng.randrange(1, 9))} then {number_words(rng.randrange(1, 9))} every time")
    c.a(f"i do apologise i can see {number_words(rng.randrange(2, 9))} calls on the system over the last {number_words(rng.randrange(2, 6))} weeks")
    c.note = "call/telecom: counts, IVR options, weeks"
    return c


def n_balance_chat():
    c = Case("negative", "")
    c.c("what's my balance")
    c.a(f"Your current balance is £{rng.randrange(100, 9999):,}.{rng.randrange(10, 99)} and available is £{rng.randrange(100, 9999):,}.{rng.randrange(10, 99)}. Overdraft limit £{rng.randrange(1, 30)}00.")
    c.note = "chat/banking: balances and overdraft limit"
    return c


def n_company_number():
    c = Case("negative", "")
    c.a(f"You can also call us free on the number on the back of your card or text HELP to {rng.randrange(50000, 89999)}.")
    c.c(f"ok, I'll text. Is it charged? My plan has {rng.randrange(100, 5000)} texts")
    c.note = "chat/banking: SMS shortcode and allowance (no customer phone)"
    return c


def n_invoice_chat():
    c = Case("negative", "")
    inv = gen_digits(rng.randrange(7, 11))
    c.c(f"invoice {inv} dated {rng.randrange(1, 28)} {ch(MONTH_ABBR).title()} {rng.randrange(2024, 2027)} shows {rng.randrange(2, 40)} x item {ch(['SKU', 'code'])} {gen_digits(6)}")
    c.a(f"Thanks, invoice {inv} total is €{rng.randrange(50, 900)}.{rng.randrange(10, 99)} incl. {ch(['23', '13.5', '9'])}% VAT.")
    c.note = "chat/retail (IE): invoice number, date, SKU, VAT rate"
    return c


def n_claim_spoken():
    c = Case("negative", "")
    n = gen_digits(rng.randrange(7, 10))
    c.c(f"hi i'm calling about my claim the claim number is {say_digits(n, ch(['single', 'pairs']), 'oh')}")
    c.a(f"thanks the excess on that is {number_words(rng.randrange(100, 500))} pounds and the repair was approved on the {ordinal_words(rng.randrange(1, 28))}")
    c.note = "call/insurance: claim number spoken, excess, approval date"
    return c


def n_age_dates_not_dob():
    c = Case("negative", "")
    c.c(f"my son turns {number_words(rng.randrange(16, 19))} next month so i want to add him to the policy from the {ordinal_words(rng.randrange(1, 28))} of {ch(MONTHS)}")
    c.a("no problem we'll need his licence details when he's passed")
    c.note = "call/insurance: age and policy start date (not DOB)"
    return c


def n_vehicle_reg_like():
    c = Case("negative", "")
    c.a(f"your courtesy car is parked in bay {number_words(rng.randrange(1, 40))} and the keys are at desk {number_words(rng.randrange(1, 9))}")
    c.c(f"great and the fuel tank is {ch(['half', 'three quarters', 'a quarter'])} full and it's done {number_words(rng.randrange(2, 99))} miles")
    c.note = "call/insurance: bay and desk numbers, mileage"
    return c


def n_tax_code():
    c = Case("negative", "")
    c.a(f"i can see your tax code is twelve fifty seven l and you're on an emergency code for the {ch(['twenty twenty five', 'twenty twenty six'])} tax year")
    c.c(f"but my p sixty says i earned {number_words(rng.randrange(20, 60))} thousand last year")
    c.a(f"yes that's right and you've overpaid about {number_words(rng.randrange(100, 900))} pounds")
    c.note = "call/government (UK): tax code 1257L, P60, salary, tax year"
    return c


def n_council_tax():
    c = Case("negative", "")
    c.c(f"My council tax reference is {gen_digits(rng.randrange(8, 10))}, band {ch('ABCDEF')}. Why is it £{rng.randrange(100, 250)}.{rng.randrange(10, 99)} a month now?")
    ty = rng.randrange(2024, 2027)
    c.a(f"Hi, the charge for {ty}/{(ty + 1) % 100} went up by {rng.randrange(3, 6)}.{rng.randrange(1, 9)}% and is spread over 10 instalments.")
    c.note = "chat/government (UK): council tax reference, band, amounts, tax year"
    return c


def n_booking_spoken_letters():
    c = Case("negative", "")
    ref = "".join(ch("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2)) + gen_digits(4)
    c.c(f"booking reference {' '.join(say_letter(x, 'nato') if x.isalpha() else DIGW[int(x)] for x in ref)}")
    c.a(f"thanks that's the sunbound holiday to {ch(['lanzarote', 'faro', 'malaga'])} for {number_words(rng.randrange(2, 6))} adults departing the {ordinal_words(rng.randrange(1, 28))} of {ch(MONTHS)}")
    c.note = "call/travel: alphanumeric booking reference in NATO, party size, departure date"
    return c


def n_helpline_hours():
    c = Case("negative", "")
    c.a(f"the line is open from {number_words(rng.randrange(7, 10))} till {number_words(rng.randrange(6, 10))} and the average wait on a monday is about {number_words(rng.randrange(10, 40))} minutes")
    c.c(f"okay i'll ring back on thursday the {ordinal_words(rng.randrange(1, 28))}")
    c.note = "call/government: hours, wait time, callback date"
    return c


def n_prescription():
    c = Case("negative", "")
    c.c(f"my prescription is {number_words(rng.randrange(5, 50))} milligrams twice a day and i got charged {number_words(rng.randrange(9, 12))} pounds {number_words(rng.randrange(10, 99))} per item")
    c.a(f"a prepayment certificate costs {number_words(rng.randrange(30, 120))} pounds for twelve months which could save you money if you need more than {number_words(rng.randrange(3, 12))} items")
    c.note = "call/healthcare: dosage, prescription charge, months, item count"
    return c


def n_case_number_chat_dashes():
    c = Case("negative", "")
    ref = f"{gen_digits(3)}-{gen_digits(3)}-{gen_digits(3)}"
    c.c(f"Ticket {ref} still open after {rng.randrange(3, 20)} days!!")
    c.a(f"Apologies - ticket {ref} is escalated to tier {rng.randrange(2, 4)}, ETA {rng.randrange(24, 72)} hours.")
    c.note = "chat/telecom: dashed 9-digit ticket number with its name (SSN-like shape), durations"
    return c


def n_fuel_prices():
    c = Case("negative", "")
    c.c(f"the ferry from holyhead leaves at {rng.randrange(10, 23)}:{ch(['10', '45', '30'])} and it's £{rng.randrange(80, 250)} for a car and {rng.randrange(2, 5)} passengers, that right?")
    c.a(f"Yes, and fuel surcharge is {rng.randrange(5, 20)}.{rng.randrange(10, 99)} per booking. Sailing time is {rng.randrange(2, 4)}h {rng.randrange(10, 50)}m.")
    c.note = "chat/travel: sailing time, prices, passenger count, duration"
    return c


def n_direct_debit_amount():
    c = Case("negative", "")
    c.a(f"so the direct debit will be {number_words(rng.randrange(30, 150))} pounds a month starting on the {ordinal_words(rng.randrange(1, 28))} of {ch(MONTHS)} and the first payment is slightly higher at {number_words(rng.randrange(60, 200))} pounds {number_words(rng.randrange(10, 99))}")
    c.c("okay and can i change the date later")
    c.a(f"yes any day between the first and the twenty eighth with {number_words(rng.randrange(5, 11))} working days notice")
    c.note = "call/utilities: direct debit amounts and dates (no bank details given)"
    return c


def n_order_pairs():
    c = Case("negative", "")
    n = gen_digits(10)
    c.c(f"the order number is {say_pairs(n, 'oh')}")
    c.a(f"thank you i've got that order it was placed on the {ordinal_words(rng.randrange(1, 28))} for {number_words(rng.randrange(20, 400))} pounds")
    c.note = "call/retail: 10 digit order number in pair words, date, amount"
    return c


NEGATIVE_TEMPLATES = [
    (n_money, 6), (n_reference, 14), (n_meter, 5), (n_flight, 4), (n_appointment, 5), (n_contract_dates, 4),
    (n_age_temp, 3), (n_speed_data, 4), (n_quantities, 4), (n_percent_rates, 4), (n_mentions_no_value, 6),
    (n_office_hours, 3), (n_room_booking, 3), (n_policy_ref_chat, 5), (n_customer_number_spoken, 5),
    (n_mprn, 3), (n_years_history, 3), (n_tracking, 4), (n_payment_date, 4), (n_ticket_times, 4),
    (n_counts_ivr, 3), (n_balance_chat, 3), (n_company_number, 2), (n_invoice_chat, 4), (n_claim_spoken, 4),
    (n_age_dates_not_dob, 3), (n_vehicle_reg_like, 2),
    (n_tax_code, 4), (n_council_tax, 4), (n_booking_spoken_letters, 4), (n_helpline_hours, 3),
    (n_prescription, 3), (n_case_number_chat_dashes, 3),
    (n_fuel_prices, 3), (n_direct_debit_amount, 4), (n_order_pairs, 4),
]


# --------------------------------------------------------------------------- build / check

def build():
    global rng
    rng = random.Random(SEED)
    pos, neg = [], []
    for fn, n in POSITIVE_TEMPLATES:
        for _ in range(n):
            pos.append(fn())
    for fn, n in NEGATIVE_TEMPLATES:
        for _ in range(n):
            neg.append(fn())
    rng.shuffle(pos)
    rng.shuffle(neg)
    rows = []
    for k, c in enumerate(pos, 1):
        rows.append((f"{PREFIX}-pos-{k:03d}", c))
    for k, c in enumerate(neg, 1):
        rows.append((f"{PREFIX}-neg-{k:03d}", c))
    return rows


def serialise(rows) -> str:
    lines = []
    for cid, c in rows:
        obj = {"id": cid, "kind": c.kind, "turns": c.turns,
               "spans": c.spans() if c.kind == "positive" else [], "note": c.note}
        lines.append(json.dumps(obj, ensure_ascii=False))
    return "\n".join(lines) + "\n"


def counts(rows):
    ct = {t: 0 for t in TYPES}
    for _, c in rows:
        for s in c.spans():
            ct[s["type"]] += 1
    return ct


def readme(rows) -> str:
    ct = counts(rows)
    npos = sum(1 for _, c in rows if c.kind == "positive")
    nneg = len(rows) - npos
    lines = [
        "# PII hold-out set 70 (UK / Irish emphasis)",
        "",
        "**Never use this set for tuning.** It is a held-out evaluation set; do not look at its",
        "failures to adjust patterns, thresholds or word lists, or it stops measuring anything.",
        "",
        "## Provenance",
        "",
        "Written by an AI helper acting as an independent author who did not see the redaction code,",
        "its tests, its docs or its benchmark, nor other hold-out sets. Cases are generated by",
        "`scripts/make_pii_holdout70.py` from template functions; each turn is assembled from plain",
        "text segments and labelled value segments so offsets are computed, never typed. All values come",
        f"from one `random.Random({SEED})`; the output is byte-for-byte reproducible.",
        "`python scripts/make_pii_holdout70.py --check` regenerates and compares the file, checks ids,",
        "offsets, word boundaries and overlaps, and validates every value after normalising spoken forms",
        "(Luhn for cards, mod-97 for IBANs, NI format, 9-digit SSN, 6-digit sort codes, postcode/Eircode/ZIP",
        "shapes, digit counts). Card numbers, IBANs etc. are synthetic but checksum-valid.",
        "",
        "Emphasis: UK and Irish contact centres (NI numbers typed and spoken every way, sort codes and",
        "account numbers, Irish NSCs, UK/IE phone forms, postcodes and Eircodes, UK/IE street addresses,",
        "card payments by phone) plus some US cases (SSN, ZIP, US phone) and EU IBANs. Calls are written as",
        "ASR output: lower case, little punctuation, numbers as words ('oh'/'o'/'nought'/'zero', 'double',",
        "'treble'/'triple', pair words like 'forty one', 'nine hundred' in mobiles), letters spelled plain,",
        "NATO ('sierra'), 'b for bravo' / 'm for mother' and ASR homophones ('see', 'are', 'tea', 'why').",
        "",
        "## Annotation conventions",
        "",
        "- A span covers the value only: lead-ins ('it's', 'yeah', 'my number is') and trailing words are",
        "  outside; filler words *inside* a reading ('um', 'double', 'no sorry') are inside the span.",
        "- Values split across turns are labelled with one span per turn (same type in each).",
        "- Self-corrections: the abandoned partial digits are labelled too (own span, same type);",
        "  agent read-backs of the value (full or partial) are labelled.",
        "- Letter-for-word spellings: the whole phrase ('b for bravo') is inside the span.",
        "- Phones: span starts at the first digit/word ('+' and '(' may fall outside; only letters and",
        "  digits matter for scoring); '+44', '00353', '(0)' are inside.",
        "- EXPIRY covers month and year; DOB covers day, month and year (incl. 'the ... of').",
        "- ADDRESS covers flat/house number, street name and street type; town is NOT labelled;",
        "  postcode/Eircode/ZIP is a separate POSTCODE span.",
        "- Irish NSC (6-digit bank code) is labelled SORT_CODE.",
        "- Not labelled: amounts, balances, dates that are not birth dates, times, durations, counts,",
        "  order/policy/claim/customer/booking/invoice references, GPRN/meter readings, flight/room/seat",
        "  numbers, model numbers, ages, percentages.",
        "",
        "## Counts",
        "",
        f"- cases: {len(rows)} ({npos} positive, {nneg} negative)",
        "",
        "| type | spans |",
        "|---|---|",
    ]
    for t in TYPES:
        lines.append(f"| {t} | {ct[t]} |")
    lines.append(f"| total | {sum(ct.values())} |")
    lines.append("")
    return "\n".join(lines)


def check(rows, text_now: str) -> list[str]:
    errs = []
    if not CASES.exists():
        return ["cases.jsonl missing"]
    on_disk = CASES.read_text(encoding="utf-8")
    if on_disk != text_now:
        errs.append("cases.jsonl differs from regenerated output")
    if not README.exists() or README.read_text(encoding="utf-8") != readme(rows):
        errs.append("README.md differs from regenerated output")
    ids = set()
    for ln, line in enumerate(on_disk.splitlines(), 1):
        try:
            obj = json.loads(line)
        except Exception as ex:  # noqa
            errs.append(f"line {ln}: bad json {ex}")
            continue
        cid = obj.get("id")
        if cid in ids:
            errs.append(f"duplicate id {cid}")
        ids.add(cid)
        if set(obj) != {"id", "kind", "turns", "spans", "note"}:
            errs.append(f"{cid}: keys {sorted(obj)}")
        if obj["kind"] not in ("positive", "negative"):
            errs.append(f"{cid}: kind")
        if obj["kind"] == "negative" and obj["spans"]:
            errs.append(f"{cid}: negative with spans")
        if obj["kind"] == "positive" and not obj["spans"]:
            errs.append(f"{cid}: positive without spans")
        if not obj["note"]:
            errs.append(f"{cid}: empty note")
        for t in obj["turns"]:
            if t["speaker"] not in ("agent", "customer") or not t["text"]:
                errs.append(f"{cid}: bad turn")
        prev = {}
        for s in obj["spans"]:
            if s["type"] not in TYPES:
                errs.append(f"{cid}: type {s['type']}")
            if not (0 <= s["turn"] < len(obj["turns"])):
                errs.append(f"{cid}: turn out of range")
                continue
            txt = obj["turns"][s["turn"]]["text"]
            st, en = s["start"], s["end"]
            if not (0 <= st < en <= len(txt)):
                errs.append(f"{cid}: offsets out of range")
                continue
            frag = txt[st:en]
            if not (frag[0].isalnum() and frag[-1].isalnum()):
                errs.append(f"{cid}: span not trimmed {frag!r}")
            if st > 0 and txt[st - 1].isalnum():
                errs.append(f"{cid}: span starts mid-word {frag!r}")
            if en < len(txt) and txt[en].isalnum():
                errs.append(f"{cid}: span ends mid-word {frag!r}")
            if s["turn"] in prev and st < prev[s["turn"]]:
                errs.append(f"{cid}: overlapping spans")
            prev[s["turn"]] = en
    for cid, c in rows:
        if c.kind == "negative":
            for t in c.turns:
                for tok in re.findall(r"[A-Za-z0-9]+", t["text"]):
                    if UK_PC.match(tok.upper()) and any(x.isdigit() for x in tok) and len(tok) >= 5:
                        errs.append(f"{cid}: negative has postcode-shaped token {tok!r}")
                for run in re.findall(r"\d[\d \-]*\d", t["text"]):
                    dg = re.sub(r"\D", "", run)
                    if len(dg) > 10:
                        errs.append(f"{cid}: negative has long digit run {run!r}")
                n, _ = norm_alnum(t["text"], letters=False)
                _ = n
        for g in c.groups:
            for e in validate_group(g, c.turns):
                errs.append(f"{cid}: {e}")
    ct = counts(rows)
    npos = sum(1 for _, c in rows if c.kind == "positive")
    nneg = len(rows) - npos
    if npos < 170:
        errs.append(f"only {npos} positives")
    if nneg < 100:
        errs.append(f"only {nneg} negatives")
    for t in TYPES:
        need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
        if ct[t] < need:
            errs.append(f"type {t}: {ct[t]} spans < {need}")
    return errs


def main(argv):
    rows = build()
    text = serialise(rows)
    if "--check" in argv:
        errs = check(rows, text)
        ct = counts(rows)
        npos = sum(1 for _, c in rows if c.kind == "positive")
        print(f"cases: {len(rows)}  positives: {npos}  negatives: {len(rows) - npos}")
        for t in TYPES:
            print(f"  {t:13s} {ct[t]}")
        if errs:
            for e in errs[:200]:
                print("ERROR:", e)
            print(f"FAILED: {len(errs)} problem(s)")
            return 1
        print("OK: file reproducible, offsets/boundaries/overlaps fine, all values validate")
        return 0
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    CASES.write_text(text, encoding="utf-8")
    README.write_text(readme(rows), encoding="utf-8")
    print(f"wrote {CASES.relative_to(ROOT)} ({len(rows)} cases) and README.md")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

#!/usr/bin/env python3
"""Generate the pii_holdout442 held-out PII redaction evaluation set.

Written by an independent test author (AI helper) without access to the
redaction engine.  Standard library only.  Deterministic: one RNG seeded
with 442241125.

    python scripts/make_pii_holdout442.py          # write cases.jsonl
    python scripts/make_pii_holdout442.py --check  # regenerate + validate
"""
import json
import os
import re
import sys
import random

R = random.Random(442241125)

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout442")
OUT = os.path.join(OUT_DIR, "cases.jsonl")

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

# ---------------------------------------------------------------- vocab
ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = {10: "ten", 11: "eleven", 12: "twelve", 13: "thirteen", 14: "fourteen",
         15: "fifteen", 16: "sixteen", 17: "seventeen", 18: "eighteen", 19: "nineteen"}
TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy",
        8: "eighty", 9: "ninety"}
UNIT_W = {w: str(i) for i, w in enumerate(ONES)}
UNIT_W.update({"oh": "0", "o": "0", "nought": "0", "nil": "0", "owe": "0",
               "won": "1", "to": "2", "too": "2", "tree": "3", "free": "3",
               "for": "4", "fore": "4", "ate": "8", "nein": "9"})
TEEN_W = {v: str(k) for k, v in TEENS.items()}
TENS_W = {v: str(k) for k, v in TENS.items()}
TENS_W["fourty"] = "4"
FILLERS = {"um", "uh", "er", "erm", "uhh", "umm", "hmm"}
HOMO = {"1": ["won"], "2": ["to", "too"], "4": ["for", "fore"], "8": ["ate"], "3": ["tree"]}
NUMVOCAB = set(UNIT_W) | set(TEEN_W) | set(TENS_W) | {"hundred", "double", "triple"}

LETTER_NAMES = {
    "a": ["a", "ay", "hey"], "b": ["b", "bee", "be"], "c": ["c", "see", "sea"],
    "d": ["d", "dee"], "e": ["e", "ee"], "f": ["f", "eff"], "g": ["g", "gee"],
    "h": ["h", "aitch", "haitch"], "i": ["i", "eye"], "j": ["j", "jay"],
    "k": ["k", "kay"], "l": ["l", "el", "elle"], "m": ["m", "em"], "n": ["n", "en"],
    "o": ["o"], "p": ["p", "pee", "pea"], "q": ["q", "queue", "cue", "kew"],
    "r": ["r", "are", "ar"], "s": ["s", "ess", "es"], "t": ["t", "tee", "tea"],
    "u": ["u", "you"], "v": ["v", "vee"], "w": ["w"], "x": ["x", "ex"],
    "y": ["y", "why"], "z": ["z", "zed", "zee"]}
LNAME2L = {}
for _l, _ns in LETTER_NAMES.items():
    for _n in _ns:
        LNAME2L.setdefault(_n, _l)
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo",
        "f": "foxtrot", "g": "golf", "h": "hotel", "i": "india", "j": "juliet",
        "k": "kilo", "l": "lima", "m": "mike", "n": "november", "o": "oscar",
        "p": "papa", "q": "quebec", "r": "romeo", "s": "sierra", "t": "tango",
        "u": "uniform", "v": "victor", "w": "whiskey", "x": "x-ray", "y": "yankee",
        "z": "zulu"}
CASUAL = {"a": "apple", "b": "bob", "c": "cat", "d": "david", "e": "edward",
          "f": "freddie", "g": "george", "h": "harry", "j": "john", "k": "king",
          "l": "london", "m": "mother", "n": "nelly", "p": "peter", "r": "robert",
          "s": "sugar", "t": "tommy", "w": "william", "x": "xylophone", "y": "yellow",
          "z": "zebra", "o": "orange", "q": "queen", "i": "ireland", "u": "umbrella",
          "v": "victoria"}
WORD2L = {}
for _d in (NATO, CASUAL):
    for _l, _w in _d.items():
        WORD2L[_w] = _l
WORD2L["xray"] = "x"
WORD2L["whisky"] = "w"
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
MON3 = [m[:3] for m in MONTHS]
STREET_SUFFIX = {"road", "rd", "street", "st", "lane", "ln", "avenue", "ave", "drive", "dr",
                 "close", "way", "crescent", "court", "place", "terrace", "gardens",
                 "grove", "park", "boulevard", "blvd", "hill", "row", "square", "walk",
                 "mews", "view", "rise"}


# ---------------------------------------------------------------- tokenising
def _segment(tok, vocab):
    """Split a run-together token into vocabulary words (longest first)."""
    n = len(tok)
    best = [None] * (n + 1)
    best[n] = []
    for i in range(n - 1, -1, -1):
        for j in range(n, i, -1):
            w = tok[i:j]
            if (w in vocab or w.isdigit()) and best[j] is not None:
                best[i] = [w] + best[j]
                break
    return best[0]


def _tokens(text, keep_dot=False):
    t = text.lower().replace("’", "'")
    t = t.replace("x-ray", "xray")
    pat = r"[\s,;:!?()\-/'\"]+" if keep_dot else r"[\s,;:!?()\-/.'\"]+"
    toks = [x for x in re.split(pat, t) if x]
    out = []
    for x in toks:
        if x.startswith("+") and len(x) > 1:
            out.extend(["+", x[1:]])
        else:
            out.append(x)
    return out


def _prep_digits(toks):
    """Remove fillers, split run-together number words, join split words."""
    res = []
    for x in toks:
        if x in FILLERS:
            continue
        if x in NUMVOCAB or x.isdigit() or x in ("plus", "+", "teen", "ty", "and", "|"):
            res.append(x)
            continue
        seg = _segment(x, NUMVOCAB - {"o"} | {"o"})
        if seg is None:
            res.append(x)
        else:
            res.extend(seg)
    out = []
    for x in res:
        if x in ("teen", "ty") and out and (out[-1] + x) in (set(TEEN_W) | set(TENS_W)):
            out[-1] = out[-1] + x
        elif x in ("teen", "ty") and out and out[-1] == "for" and x == "ty":
            out[-1] = "forty"
        else:
            out.append(x)
    return out


def parse_digits(text):
    """Spoken/typed number reading -> digit string ('+' kept).  None if not parseable."""
    toks = _prep_digits(_tokens(text))
    out = []
    i = 0
    n = len(toks)

    def unit(k):
        return UNIT_W.get(toks[k]) if k < n else None

    while i < n:
        x = toks[i]
        if x == "|":
            i += 1
        elif x in ("+", "plus"):
            out.append("+")
            i += 1
        elif x.isdigit():
            out.append(x)
            i += 1
        elif x in ("double", "triple"):
            if i + 1 < n and (unit(i + 1) is not None or (toks[i + 1].isdigit() and len(toks[i + 1]) == 1)):
                d = unit(i + 1) or toks[i + 1]
                out.append(d * (2 if x == "double" else 3))
                i += 2
            else:
                return None
        elif x in TENS_W:
            if i + 1 < n and unit(i + 1) not in (None, "0"):
                out.append(TENS_W[x] + unit(i + 1))
                i += 2
            else:
                out.append(TENS_W[x] + "0")
                i += 1
        elif x in TEEN_W:
            out.append(TEEN_W[x])
            i += 1
        elif x in UNIT_W:
            if i + 1 < n and toks[i + 1] == "hundred" and UNIT_W[x] != "0":
                h = UNIT_W[x]
                i += 2
                if i < n and toks[i] == "and":
                    i += 1
                rem = "00"
                if i < n and toks[i] in TEEN_W:
                    rem = TEEN_W[toks[i]]
                    i += 1
                elif i < n and toks[i] in TENS_W:
                    if i + 1 < n and unit(i + 1) not in (None, "0"):
                        rem = TENS_W[toks[i]] + unit(i + 1)
                        i += 2
                    else:
                        rem = TENS_W[toks[i]] + "0"
                        i += 1
                elif i < n and unit(i) is not None:
                    rem = "0" + unit(i)
                    i += 1
                out.append(h + rem)
            else:
                out.append(UNIT_W[x])
                i += 1
        else:
            return None
    return "".join(out)


def parse_alnum(text, limit=256):
    """Spoken/typed alphanumeric reading -> set of candidate strings (upper case)."""
    toks = _tokens(text)
    toks = [t for t in toks if t not in FILLERS]
    units = []  # list of lists of alternatives
    i = 0
    n = len(toks)
    while i < n:
        x = toks[i]
        if x == "|":
            i += 1
            continue
        # "j for juliet", "j as in juliet"
        if len(x) <= 6 and i + 2 < n and toks[i + 1] == "for" and toks[i + 2] in WORD2L \
                and (LNAME2L.get(x, x) == WORD2L[toks[i + 2]]):
            units.append([WORD2L[toks[i + 2]].upper()])
            i += 3
            continue
        if i + 3 < n and toks[i + 1] == "as" and toks[i + 2] == "in" and toks[i + 3] in WORD2L:
            units.append([WORD2L[toks[i + 3]].upper()])
            i += 4
            continue
        if x == "double" and i + 1 < n and toks[i + 1] in ("you", "u"):
            units.append(["W"])
            i += 2
            continue
        if x in ("double", "triple") and i + 1 < n:
            k = 2 if x == "double" else 3
            nx = toks[i + 1]
            if nx in ("o", "oh"):
                units.append(["O" * k, "0" * k])
            elif nx in UNIT_W:
                units.append([UNIT_W[nx] * k])
            elif nx in LNAME2L:
                units.append([LNAME2L[nx].upper() * k])
            elif nx in WORD2L:
                units.append([WORD2L[nx].upper() * k])
            else:
                return set()
            i += 2
            continue
        if x in ("o", "oh"):
            units.append(["O", "0"])
            i += 1
            continue
        if x in TENS_W or x in TEEN_W or (x in UNIT_W and x not in LNAME2L) or x.isdigit():
            # gather a numeric run
            j = i
            while j < n and (toks[j] in TENS_W or toks[j] in TEEN_W or toks[j] == "hundred" or
                             toks[j].isdigit() or (toks[j] in UNIT_W and toks[j] not in ("o", "oh")
                                                   and toks[j] not in LNAME2L)):
                j += 1
            d = parse_digits(" ".join(toks[i:j]))
            if d is None:
                return set()
            units.append([d])
            i = j
            continue
        if x in LNAME2L:
            units.append([LNAME2L[x].upper()])
            i += 1
            continue
        if x in WORD2L:
            units.append([WORD2L[x].upper()])
            i += 1
            continue
        if re.fullmatch(r"[a-z0-9]+", x):
            seg = _segment(x, NUMVOCAB - {"o"}) if not any(c.isdigit() for c in x) and len(x) > 3 else None
            if seg:
                d = parse_digits(" ".join(seg))
                if d is None:
                    return set()
                units.append([d])
            else:
                units.append([x.upper()])
            i += 1
            continue
        return set()
    cands = [""]
    for u in units:
        cands = [c + a for c in cands for a in u][:limit]
    return set(cands)


def luhn_ok(s):
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
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{8,30}", s):
        return False
    r = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in r)
    return int(num) % 97 == 1


NI_RE = re.compile(r"(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]|QQ\d{6}[A-D]")
UKPC_RE = re.compile(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}")
ZIP_RE = re.compile(r"\d{5}(\d{4})?")
EMAIL_RE = re.compile(r"[a-z0-9._%+\-]+@[a-z0-9\-]+(\.[a-z0-9\-]+)+")


def norm_email(text):
    toks = _tokens(text, keep_dot=True)
    out = []
    for t in toks:
        if t in FILLERS:
            continue
        if "@" in t or "." in t:
            out.append(t)
        elif t == "at":
            out.append("@")
        elif t in ("dot", "period", "point"):
            out.append(".")
        elif t == "underscore":
            out.append("_")
        elif t in ("dash", "hyphen"):
            out.append("-")
        elif t in TENS_W or t in TEEN_W or t in ONES:
            out.append(parse_digits(t) or t)
        else:
            out.append(t)
    return "".join(out)


def validate(vtype, text, mode):
    """Validate a labelled value (text may be the concatenation of split parts)."""
    if mode == "partial":
        return True
    if vtype in ("CARD_NUMBER", "CVV", "SSN", "BANK_ACCOUNT", "SORT_CODE", "PHONE"):
        d = parse_digits(text)
        if d is None:
            return False
        if vtype == "CARD_NUMBER":
            return d.isdigit() and 13 <= len(d) <= 19 and luhn_ok(d)
        if vtype == "CVV":
            return d.isdigit() and len(d) in (3, 4)
        if vtype == "SSN":
            return d.isdigit() and len(d) == 9 and d[:3] not in ("000", "666") and d[0] != "9"
        if vtype == "SORT_CODE":
            return d.isdigit() and len(d) == 6
        if vtype == "BANK_ACCOUNT":
            return d.isdigit() and 6 <= len(d) <= 17
        if vtype == "PHONE":
            core = d.lstrip("+")
            return core.isdigit() and 9 <= len(core) <= 15 and "+" not in core
    if vtype == "NI_NUMBER":
        return any(NI_RE.fullmatch(c) for c in parse_alnum(text))
    if vtype == "IBAN":
        return any(iban_ok(c) for c in parse_alnum(text))
    if vtype == "POSTCODE":
        return any(UKPC_RE.fullmatch(c) or ZIP_RE.fullmatch(c) for c in parse_alnum(text))
    if vtype == "EMAIL":
        return bool(EMAIL_RE.fullmatch(norm_email(text)))
    low = text.lower()
    toks = _tokens(text)
    if vtype == "EXPIRY":
        if any(t in MONTHS or t in MON3 for t in toks):
            return any(t.isdigit() or t in TENS_W or t in TEEN_W or t in UNIT_W for t in toks)
        d = parse_digits(text)
        return bool(d) and d.isdigit() and len(d) in (3, 4, 6) and 1 <= int(d[:-2] if len(d) != 6 else d[:2]) <= 12
    if vtype == "DOB":
        m = re.fullmatch(r"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{2}|\d{4})", text.strip())
        if m:
            a, b = int(m.group(1)), int(m.group(2))
            return 1 <= a <= 31 and 1 <= b <= 31 and (a <= 12 or b <= 12)
        if any(t.rstrip("stndrh") in MONTHS or t in MON3 or t in MONTHS for t in toks):
            return True
        d = parse_digits(text)
        return bool(d) and d.isdigit() and len(d) in (6, 8)
    if vtype == "ADDRESS":
        first = toks[0]
        numlike = first[0].isdigit() or first in UNIT_W or first in TENS_W or first in TEEN_W \
            or first in ("flat", "apartment", "apt", "unit", "suite")
        return numlike and any(t in STREET_SUFFIX for t in toks)
    return False


# ---------------------------------------------------------------- rendering
def zero_w(uk=True):
    return R.choice(["oh", "oh", "oh", "zero", "o", "nought"] if uk else ["oh", "oh", "zero", "zero", "o"])


def dword(d, homo=0.0, uk=True):
    if d == "0":
        return zero_w(uk)
    if d in HOMO and R.random() < homo:
        return R.choice(HOMO[d])
    return ONES[int(d)]


def pair_w(p, uk=True):
    a, b = int(p[0]), int(p[1])
    if a == 0:
        return zero_w(uk) + " " + ONES[b] if b else "double " + zero_w(uk)
    if a == 1:
        return TEENS[10 + b]
    w = TENS[a]
    if b:
        w += R.choice([" ", " ", "-"]) + ONES[b] if R.random() < 0.9 else " " + ONES[b]
    return w


def _render_group(g, asr, uk):
    style = R.choices(["single", "pairs", "hundred", "mixed"],
                      [5, 3 if len(g) % 2 == 0 else 0, 1 if len(g) == 3 and g[0] != "0" and g[1:] != "00" and g[2] != "0" else 0,
                       1 if asr["mixed"] else 0])[0]
    toks = []
    if style == "pairs":
        for k in range(0, len(g), 2):
            toks.append(pair_w(g[k:k + 2], uk))
    elif style == "hundred":
        rem = int(g[1:])
        r = TEENS[rem] if 10 <= rem < 20 else (ONES[rem] if rem < 10 else TENS[rem // 10] + (" " + ONES[rem % 10] if rem % 10 else ""))
        toks.append(ONES[int(g[0])] + " hundred " + ("and " if R.random() < 0.7 else "") + r)
    else:
        k = 0
        while k < len(g):
            d = g[k]
            if style == "mixed" and R.random() < 0.45:
                toks.append(d)
                k += 1
                continue
            if k + 2 < len(g) + 0 and g[k + 1] == d and k + 2 < len(g) and g[k + 2] == d and R.random() < 0.6:
                toks.append("triple " + dword(d, 0, uk))
                k += 3
                continue
            if k + 1 < len(g) and g[k + 1] == d and R.random() < asr["double"]:
                toks.append("double " + dword(d, 0, uk))
                k += 2
                continue
            toks.append(dword(d, asr["homo"], uk))
            k += 1
    # run-together / filler
    out = []
    for t in toks:
        if out and R.random() < asr["join"] and re.fullmatch(r"[a-z]+", t) and re.fullmatch(r"[a-z]+", out[-1]) \
                and t in UNIT_W and out[-1] in UNIT_W:
            out[-1] = out[-1] + t
        else:
            out.append(t)
    if R.random() < asr["filler"] and len(out) > 1:
        out.insert(R.randrange(1, len(out)), R.choice(["um", "uh", "er", "erm"]))
    return " ".join(out)


def speak_digits(digits, groups=None, asr=None, uk=True, sep=None):
    """Render a digit string as an ASR reading; verified by parse_digits."""
    base = {"homo": 0.08, "double": 0.5, "join": 0.06, "filler": 0.25, "mixed": False}
    if asr:
        base.update(asr)
    if groups is None:
        groups = [len(digits)]
    for _ in range(40):
        parts, k = [], 0
        for gl in groups:
            parts.append(_render_group(digits[k:k + gl], base, uk))
            k += gl
        s = sep if sep is not None else R.choice([" ", ", ", " ", " ... "])
        txt = s.join(parts)
        if parse_digits(txt) == digits:
            return txt
    return " ".join(dword(d) for d in digits)


def typed_digits(digits, groups, sep=None):
    sep = sep if sep is not None else R.choice([" ", " ", "-", "", ".", "  "])
    parts, k = [], 0
    for gl in groups:
        parts.append(digits[k:k + gl])
        k += gl
    return sep.join(parts)


def speak_letter(l, mode):
    if mode == "nato":
        return l + R.choice([" for ", " as in "]) + NATO[l]
    if mode == "casual":
        return l + R.choice([" for ", " as in "]) + CASUAL[l]
    if mode == "name":
        return R.choice(LETTER_NAMES[l])
    return l


def speak_alnum(s, mode_probs=(4, 1, 1, 3), digit_style=None):
    """Render e.g. 'AB123456C' as speech; verified via parse_alnum."""
    for _ in range(40):
        out = []
        k = 0
        while k < len(s):
            c = s[k]
            if c.isalpha():
                l = c.lower()
                mode = R.choices(["plain", "nato", "casual", "name"], mode_probs)[0]
                if k + 1 < len(s) and s[k + 1] == c and R.random() < 0.5 and mode in ("plain", "name"):
                    out.append("double " + speak_letter(l, mode))
                    k += 2
                    continue
                out.append(speak_letter(l, mode))
                k += 1
            elif c.isdigit():
                j = k
                while j < len(s) and s[j].isdigit():
                    j += 1
                run = s[k:j]
                if digit_style == "typed":
                    out.append(run)
                else:
                    grp = [2] * (len(run) // 2) + ([1] if len(run) % 2 else []) if R.random() < 0.4 else [len(run)]
                    out.append(speak_digits(run, grp, {"filler": 0.1, "join": 0.0}, sep=" "))
                k = j
            else:
                k += 1
        txt = " ".join(out)
        if s.upper() in parse_alnum(txt):
            return txt
    return " ".join(c.lower() for c in s)


# ---------------------------------------------------------------- value generators
def luhn_complete(prefix, length):
    body = prefix + "".join(R.choice("0123456789") for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def gen_card():
    kind = R.choices(["visa", "mc", "amex", "visa13", "maestro19", "disc"], [8, 6, 2, 1, 1, 1])[0]
    if kind == "visa":
        return luhn_complete("4" + R.choice("0123456789"), 16), [4, 4, 4, 4]
    if kind == "mc":
        return luhn_complete(R.choice(["51", "52", "53", "54", "55", "2221", "2720"]), 16), [4, 4, 4, 4]
    if kind == "amex":
        return luhn_complete(R.choice(["34", "37"]), 15), [4, 6, 5]
    if kind == "visa13":
        return luhn_complete("4", 13), [4, 3, 3, 3]
    if kind == "maestro19":
        return luhn_complete("6759", 19), [4, 4, 4, 4, 3]
    return luhn_complete("6011", 16), [4, 4, 4, 4]


def gen_ssn():
    a = R.randint(1, 899)
    while a == 666:
        a = R.randint(1, 899)
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


NI_FIRST = "ABCEGHJKLMNOPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def gen_ni():
    while True:
        p = R.choice(NI_FIRST) + R.choice(NI_SECOND)
        if p not in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ"):
            break
    if R.random() < 0.08:
        p = "QQ"
    return p + "".join(R.choice("0123456789") for _ in range(6)) + R.choice("ABCD")


def gen_iban():
    cc = R.choice(["GB", "IE", "DE", "NL", "FR", "ES", "IE", "GB"])
    rd = lambda n: "".join(R.choice("0123456789") for _ in range(n))
    if cc in ("GB", "IE"):
        bank = R.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"] if cc == "GB" else ["AIBK", "BOFI", "IPBS", "ULSB"])
        bban = bank + rd(14)
    elif cc == "DE":
        bban = rd(18)
    elif cc == "NL":
        bban = R.choice(["ABNA", "INGB", "RABO"]) + rd(10)
    elif cc == "FR":
        bban = rd(23)
    else:
        bban = rd(20)
    num = "".join(str(int(c, 36)) for c in bban + cc + "00")
    chk = 98 - int(num) % 97
    return cc + "%02d" % chk + bban


def gen_phone():
    kind = R.choice(["uk_mob", "uk_land", "us", "ie", "eu", "uk_mob"])
    rd = lambda n: "".join(R.choice("0123456789") for _ in range(n))
    if kind == "uk_mob":
        nat = "07" + R.choice("3456789") + rd(8)
        return kind, nat, "+44" + nat[1:], [5, 6]
    if kind == "uk_land":
        nat = R.choice(["0113", "0161", "0121", "0117", "0141", "0131"]) + rd(7)
        return kind, nat, "+44" + nat[1:], [4, 3, 4]
    if kind == "us":
        nat = str(R.randint(201, 989)) + str(R.randint(2, 9)) + rd(6)
        return kind, nat, "+1" + nat, [3, 3, 4]
    if kind == "ie":
        nat = "08" + R.choice("35679") + rd(7)
        return kind, nat, "+353" + nat[1:], [3, 3, 4]
    cc = R.choice(["49", "33", "34", "31"])
    nat = "0" + R.choice("1234567") + rd(8)
    return kind, nat, "+" + cc + nat[1:], [3, 3, 4]


FIRST = ["sarah", "john", "aoife", "michael", "priya", "tom", "grace", "liam", "fatima", "dave",
         "niamh", "oluwaseun", "kate", "raj", "emma", "sean", "maria", "chris", "zoe", "gary"]
LAST = ["doe", "murphy", "smith", "okafor", "patel", "obrien", "kowalski", "nguyen", "walsh",
        "jones", "hughes", "garcia", "taylor", "byrne", "evans", "mcdonald"]
DOMAINS = ["gmail.com", "hotmail.co.uk", "yahoo.com", "outlook.com", "icloud.com", "btinternet.com",
           "eircom.net", "aol.com", "live.ie", "proton.me", "sky.com"]


def gen_email():
    f, l = R.choice(FIRST), R.choice(LAST)
    style = R.choice(["f.l", "fl", "f_l", "finit.l", "fl99", "l.f", "f-l"])
    n = str(R.randint(1, 99))
    local = {"f.l": f + "." + l, "fl": f + l, "f_l": f + "_" + l, "finit.l": f[0] + "." + l,
             "fl99": f + l + n, "l.f": l + "." + f, "f-l": f + "-" + l}[style]
    return local, R.choice(DOMAINS)


def speak_email(local, domain):
    parts = []
    for chunk in re.split(r"([._\-])", local):
        if chunk == ".":
            parts.append("dot")
        elif chunk == "_":
            parts.append("underscore")
        elif chunk == "-":
            parts.append(R.choice(["dash", "hyphen"]))
        elif chunk.isdigit():
            parts.append(speak_digits(chunk, [len(chunk)], {"filler": 0, "join": 0}, sep=" ") if R.random() < 0.7 else chunk)
        else:
            m = re.match(r"([a-z]+)(\d*)", chunk)
            w, d = m.group(1), m.group(2)
            if len(w) == 1:
                parts.append(w)
            elif R.random() < 0.25:
                parts.append(" ".join(w))  # spelled out letter by letter
            else:
                parts.append(w)
            if d:
                parts.append(speak_digits(d, [len(d)], {"filler": 0, "join": 0}, sep=" "))
    dom = " dot ".join(domain.split("."))
    return " ".join(parts) + " at " + dom


STREETS = ["kingsley road", "mill lane", "church street", "victoria avenue", "oak drive",
           "station road", "the crescent", "elm grove", "park view", "beech close", "high street",
           "maple avenue", "harbour way", "seaview terrace", "orchard gardens", "queens road",
           "main street", "washington boulevard", "cedar lane", "lakeview drive"]
UK_TOWNS = [("leeds", "LS"), ("manchester", "M"), ("bristol", "BS"), ("glasgow", "G"),
            ("cardiff", "CF"), ("croydon", "CR"), ("sheffield", "S"), ("edinburgh", "EH"),
            ("belfast", "BT"), ("norwich", "NR"), ("swindon", "SN"), ("london", "SW")]
US_TOWNS = [("austin", "787"), ("denver", "802"), ("boston", "021"), ("phoenix", "850"),
            ("columbus", "432"), ("portland", "972"), ("atlanta", "303")]


def gen_uk_postcode(area):
    d = str(R.randint(1, 29)) if len(area) == 2 else str(R.randint(1, 9))
    if area == "SW" and R.random() < 0.3:
        d = str(R.randint(1, 9)) + R.choice("AW")
    inward = str(R.randint(0, 9)) + R.choice("ABDEFGHJLNPQRSTUWXYZ") + R.choice("ABDEFGHJLNPQRSTUWXYZ")
    return area + d, inward


def gen_zip(pref):
    z = pref + "%02d" % R.randint(1, 99)
    if R.random() < 0.25:
        z += "-%04d" % R.randint(1, 9999)
    return z


def house_no():
    return R.choice([str(R.randint(1, 220)), str(R.randint(1, 60)) + R.choice(["a", "b", ""])])


def speak_number(n):
    """Cardinal number words for house numbers (1..999)."""
    n = int(n)
    if n < 10:
        return ONES[n]
    if n < 20:
        return TEENS[n]
    if n < 100:
        return TENS[n // 10] + (" " + ONES[n % 10] if n % 10 else "")
    rem = n % 100
    s = ONES[n // 100] + " hundred"
    if rem:
        s += " and " + speak_number(rem)
    return s


def ordinal(n):
    base = {1: "first", 2: "second", 3: "third", 5: "fifth", 8: "eighth", 9: "ninth", 12: "twelfth",
            20: "twentieth", 30: "thirtieth"}
    if n in base:
        return base[n]
    if n < 20:
        return speak_number(n) + "th"
    t, u = divmod(n, 10)
    return TENS[t] + (" " + base.get(u, speak_number(u) + "th") if u else "")


def year_words(y):
    if y >= 2000:
        return R.choice(["two thousand and " + speak_number(y - 2000) if y > 2000 else "two thousand",
                         "twenty " + (speak_number(y - 2000) if y - 2000 >= 10 else "oh " + ONES[y - 2000])])
    return "nineteen " + speak_number(y - 1900) if y % 100 >= 10 else "nineteen oh " + ONES[y % 100]


def gen_dob(asr, us=False):
    y, m, d = R.randint(1938, 2004), R.randint(1, 12), R.randint(1, 28)
    if not asr:
        f = R.choice(["%02d/%02d/%04d", "%d/%d/%02d", "%02d-%02d-%04d", "%02d.%02d.%04d", "words"])
        if f == "words":
            return R.choice(["%d %s %d" % (d, MONTHS[m - 1].capitalize(), y),
                             "%s %d, %d" % (MONTHS[m - 1].capitalize(), d, y),
                             "%d%s %s %d" % (d, {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}.get(d, "th"), MON3[m - 1].capitalize(), y)])
        if us:
            return f % (m, d, y if "04" in f else y % 100)
        return f % (d, m, y if "04" in f else y % 100)
    st = R.choice(["ord_uk", "ord_us", "digits", "pairs"])
    if st == "ord_uk":
        return "%s of %s %s" % (ordinal(d), MONTHS[m - 1], year_words(y))
    if st == "ord_us":
        return "%s %s %s" % (MONTHS[m - 1], ordinal(d), year_words(y))
    s = "%02d%02d%02d" % ((m, d, y % 100) if us else (d, m, y % 100))
    if st == "digits":
        return speak_digits(s, [2, 2, 2], {"filler": 0.15})
    return speak_digits(s, [2, 2, 2], {"filler": 0.1, "mixed": True})


def gen_expiry(asr):
    m, y = R.randint(1, 12), R.randint(26, 31)
    if not asr:
        return R.choice(["%02d/%02d", "%02d/%02d", "%02d-%02d", "%02d/20%02d", "%d/%02d"]) % (m, y)
    st = R.choice(["digits", "month", "pair"])
    if st == "month":
        return "%s %s" % (MONTHS[m - 1], R.choice(["twenty " + speak_number(y), speak_number(y), "20%02d" % y]))
    if st == "pair":
        return "%s %s" % (pair_w("%02d" % m), speak_number(y))
    return speak_digits("%02d%02d" % (m, y), [2, 2], {"filler": 0.1})


# ---------------------------------------------------------------- case builder
class V:
    __slots__ = ("text", "type", "group", "mode")

    def __init__(self, text, vtype, group=None, mode="full"):
        self.text, self.type, self.group, self.mode = text, vtype, group, mode


_gid = [0]


def newg():
    _gid[0] += 1
    return "g%d" % _gid[0]


def build(turns_spec):
    """turns_spec: list of (speaker, [str | V, ...]) -> (turns, spans, groups)."""
    turns, spans, groups = [], [], {}
    for ti, (spk, segs) in enumerate(turns_spec):
        text = ""
        for s in segs:
            if isinstance(s, V):
                st = len(text)
                text += s.text
                spans.append({"turn": ti, "start": st, "end": len(text), "type": s.type})
                g = s.group or newg()
                groups.setdefault(g, {"type": s.type, "mode": s.mode, "parts": []})["parts"].append(s.text)
            else:
                text += s
        turns.append({"speaker": spk, "text": text})
    return turns, spans, groups


def C(*segs):
    return ("customer", list(segs))


def A(*segs):
    return ("agent", list(segs))


def cap(s):
    return s[0].upper() + s[1:] if s else s


def typo(s, p=0.3):
    """Light keyboard noise on plain chat text (never on values)."""
    if R.random() > p or len(s) < 6:
        return s
    i = R.randrange(1, len(s) - 1)
    if s[i].isalpha() and s[i - 1].isalpha():
        return s[:i] + s[i + 1] + s[i] + s[i + 2:] if i + 1 < len(s) and s[i + 1].isalpha() else s
    return s


INDUSTRY = {
    "banking": ["Northway Bank", "Harbour Credit Union", "First Shamrock Bank"],
    "telecom": ["Vortex Mobile", "SkyLink Broadband", "EireTel"],
    "utilities": ["Brightwater Energy", "CityGas", "Anglian Power"],
    "retail": ["Hollis & Reed", "ShopDirect", "MegaMart"],
    "insurance": ["Sentinel Insurance", "Cover4U", "Atlas Mutual"],
    "travel": ["SkyHop Airlines", "Voyager Holidays", "RailNet"],
    "healthcare": ["Medbill Services", "St Anne's Clinic billing", "CarePlus Health"],
    "government": ["the tax office", "the DVLA helpline", "the council tax team", "Social Security"],
}


def org():
    ind = R.choice(list(INDUSTRY))
    return ind, R.choice(INDUSTRY[ind])


BACKCH = ["mhm", "go on", "yep", "okay", "uh huh", "right", "yeah go ahead", "got that", "mm hmm"]


# ---------------------------------------------------------------- positive templates
def p_card_chat():
    ind, o = org()
    card, grp = gen_card()
    ctext = typed_digits(card, grp) if R.random() < 0.8 else typed_digits(card, [len(card)], "")
    lead = R.choice(["card no: ", "Card number - ", "its ", "long number is ", "CC# ", "here u go ", "card: "])
    exp = gen_expiry(False)
    cvv = "".join(R.choice("0123456789") for _ in range(4 if card[:2] in ("34", "37") else 3))
    segs = [lead, V(ctext, "CARD_NUMBER")]
    types = ["CARD_NUMBER"]
    if R.random() < 0.7:
        segs += [R.choice([" exp ", ", expiry ", " valid till ", " / exp: ", " ex "]), V(exp, "EXPIRY")]
        types.append("EXPIRY")
    if R.random() < 0.6:
        segs += [R.choice([" cvv ", " sec code ", " and the 3 digits on back r ", ", CVC: "]), V(cvv, "CVV")]
        types.append("CVV")
    turns = [A("Thanks for contacting %s chat. How can I help?" % o),
             C(typo(R.choice(["i want to pay my outstanding bill of £%d.%02d" % (R.randint(20, 900), R.randint(0, 99)),
                              "need to update payment details pls",
                              "pay the balance on order 88%d" % R.randint(10000, 99999),
                              "can i pay by card for the renewal"]))),
             A("Of course. Please enter the card details below."),
             C(*segs)]
    return turns, "%s chat: typed card %s" % (ind, "+".join(types))


def card_asr_reading(card, grp):
    return speak_digits(card, grp, {"homo": 0.12, "join": 0.08, "mixed": R.random() < 0.3})


def p_card_asr():
    ind, o = org()
    card, grp = gen_card()
    uk = R.random() < 0.6
    rd = card_asr_reading(card, grp)
    turns = [A("thank you for calling %s my name's %s how can i help" % (o.lower(), R.choice(FIRST))),
             C("yeah hi i wanna make a payment please"),
             A("no problem can i take the long number across the front of the card"),
             C(R.choice(["yeah it's ", "okay so ", "right um ", "", "yep it is "]), V(rd, "CARD_NUMBER"))]
    note = "%s call: card read in one turn" % ind
    if R.random() < 0.6:
        rb = speak_digits(card, grp, {"homo": 0, "join": 0, "filler": 0.0, "double": 0.3}, uk)
        turns.append(A("let me just read that back ", V(rb, "CARD_NUMBER"), " is that right"))
        turns.append(C(R.choice(["yes", "yeah that's it", "correct", "yep"])))
        note += " + agent read-back"
    turns.append(A("and the expiry date"))
    turns.append(C(R.choice(["", "it's ", "uh "]), V(gen_expiry(True), "EXPIRY")))
    if R.random() < 0.7:
        cvv = "".join(R.choice("0123456789") for _ in range(4 if card[:2] in ("34", "37") else 3))
        turns.append(A("and the three digit security code on the back"))
        turns.append(C(R.choice(["", "it's ", "that's "]), V(speak_digits(cvv, [len(cvv)], {"filler": 0.1}), "CVV")))
        note += " + cvv"
    return turns, note


def p_card_split():
    ind, o = org()
    card, grp = gen_card()
    g = newg()
    turns = [A("okay and whenever you're ready the card number please"),
             C(R.choice(["okay hang on let me get it out of my purse", "right one sec", "yeah ok"]))]
    k = 0
    chunks = []
    # chunks of 1 or 2 groups
    gi = 0
    while gi < len(grp):
        take = 1 if R.random() < 0.65 or gi == len(grp) - 1 else 2
        L = sum(grp[gi:gi + take])
        chunks.append((card[k:k + L], grp[gi:gi + take]))
        k += L
        gi += take
    for ci, (ch, cg) in enumerate(chunks):
        turns.append(C(R.choice(["", "", "um ", "then "]), V(speak_digits(ch, cg, {"homo": 0.1, "mixed": R.random() < 0.3}), "CARD_NUMBER", g)))
        if ci < len(chunks) - 1:
            turns.append(A(R.choice(BACKCH)))
    note = "%s call: card split over %d customer turns with back-channels" % (ind, len(chunks))
    if R.random() < 0.5:
        turns.append(A("lovely so that's ", V(typed_digits(card, grp, " ") if R.random() < 0.3 else speak_digits(card, grp, {"filler": 0, "join": 0, "homo": 0}), "CARD_NUMBER"), " yeah"))
        turns.append(C("yes"))
        note += " + read-back"
    if R.random() < 0.5:
        turns.append(A("and the expiry"))
        turns.append(C(V(gen_expiry(True), "EXPIRY")))
        note += " + expiry"
    if R.random() < 0.5:
        turns.append(A("perfect so that's the card ending in ", V(speak_digits(card[-4:], [4], {"filler": 0}), "CARD_NUMBER", mode="partial"),
                       " and you're paying %s" % R.choice(["forty two pounds", "the full balance", "one hundred and twenty euro"])))
        note += " + last-four after full card (labelled)"
    return turns, note


def p_card_correction():
    ind, o = org()
    card, grp = gen_card()
    frag_len = R.choice([4, 6, 8])
    wrong = card[:frag_len - 1] + str((int(card[frag_len - 1]) + R.randint(1, 8)) % 10)
    frag = speak_digits(wrong, [4, frag_len - 4] if frag_len > 4 else [4], {"filler": 0.2})
    full = speak_digits(card, grp, {"homo": 0.1, "filler": 0.3})
    turns = [A("can i take the card number please"),
             C(V(frag, "CARD_NUMBER", mode="partial"), R.choice([" no wait sorry that's wrong, ", " oh no hang on i've read that wrong let me start again ",
                                                                   " ... sorry no, that's my old card. right, new one: ", " no sorry, it's "]),
               V(full, "CARD_NUMBER")),
             A(R.choice(["okay no worries", "take your time", "got it"])),
             ]
    if R.random() < 0.5:
        turns.append(A("and the expiry on that one"))
        turns.append(C(R.choice(["", "its "]), V(gen_expiry(True), "EXPIRY")))
    return turns, "%s call: card reading restarted; abandoned fragment and full reading both labelled" % ind


def p_card_aside():
    ind, o = org()
    card, grp = gen_card()
    g = newg()
    cut = sum(grp[:R.randint(1, len(grp) - 1)])
    a = speak_digits(card[:cut], None, {"filler": 0.2})
    b = speak_digits(card[cut:], None, {"filler": 0.2, "mixed": R.random() < 0.3})
    aside = R.choice([", sorry the dog's going mad, ", " ... hang on, kids be quiet mummy's on the phone ... right where was i, ",
                      " -- can you hear me ok? the signal's bad -- ", ", oh the light's terrible in here, ",
                      " ... sorry i'm on the bus ... "])
    turns = [A("go ahead with the card number when you're ready"),
             C(V(a, "CARD_NUMBER", g), aside, V(b, "CARD_NUMBER", g)),
             A(R.choice(["thank you", "lovely thank you", "okay got that"]))]
    return turns, "%s call: card reading interrupted by an aside (two spans, same value)" % ind


def p_card_mixed_typed_email():
    ind, o = org()
    card, grp = gen_card()
    ctext = typed_digits(card, grp, R.choice([" ", "-", " "]))
    if R.random() < 0.5:
        ctext = ctext.replace("0", "O", 1)  # letter O keyed for zero
    nm = R.choice(FIRST).capitalize()
    body = ["Hi,\nPlease can you update the card on my account to ", V(ctext, "CARD_NUMBER"),
            R.choice([" exp ", ", expiry date "]), V(gen_expiry(False), "EXPIRY"),
            ". My previous card ending %s was cancelled.\nThanks, %s" % ("".join(R.choice("0123456789") for _ in range(4)), nm)]
    return [C(*body), A("Thanks %s, I've updated that for you." % nm)], \
        "%s email: typed card (letter O keyed for zero possible) + expiry; unrelated old card last-four unlabelled" % ind


def p_ssn_typed():
    ind, o = org()
    s = gen_ssn()
    fmt = R.choice(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s.%s.%s", "%s - %s - %s"])
    st = fmt % (s[:3], s[3:5], s[5:])
    lead = R.choice(["SSN: ", "ssn is ", "social - ", "My social security number is ", "SS#", "last thing, soc sec no. "])
    if lead == "SS#":
        lead = "SS# "
    turns = [A("To verify your identity I'll need your Social Security number."),
             C(typo(lead), V(st, "SSN"))]
    if R.random() < 0.4:
        turns.append(A("Thanks. And your date of birth?"))
        turns.append(C(V(gen_dob(False, us=True), "DOB")))
    return turns, "%s US chat: typed SSN" % ind


def p_ssn_asr():
    ind, o = org()
    s = gen_ssn()
    st = R.choice(["one", "split", "readback", "pairs"])
    turns = [A("for security can i get your social security number"),]
    if st == "split":
        g = newg()
        turns += [C(R.choice(["sure it's ", "yeah ", "okay "]), V(speak_digits(s[:3], [3], {"homo": 0.2}, uk=False), "SSN", g)),
                  A(R.choice(BACKCH)),
                  C(V(speak_digits(s[3:5], [2], {"homo": 0.2}, uk=False), "SSN", g)),
                  A(R.choice(BACKCH)),
                  C(V(speak_digits(s[5:], [4], {"homo": 0.2, "mixed": True}, uk=False), "SSN", g))]
        note = "US call: SSN split over three turns"
    else:
        grp = [3, 2, 4] if st != "pairs" else [3, 2, 2, 2]
        turns.append(C(R.choice(["", "yeah it's ", "uh ", "okay it is "]), V(speak_digits(s, grp, {"homo": 0.2, "join": 0.1, "mixed": R.random() < 0.3}, uk=False), "SSN")))
        note = "US call: SSN read in one turn"
    if st == "readback" or R.random() < 0.3:
        turns.append(A("thank you so that's ", V(speak_digits(s, [3, 2, 4], {"filler": 0, "join": 0, "homo": 0}, uk=False), "SSN"), " correct"))
        turns.append(C("correct"))
        note += " + read-back"
    if R.random() < 0.3:
        turns.append(A("and can i just confirm the zip code on the account"))
        _, pref = R.choice(US_TOWNS)
        z = gen_zip(pref)
        turns.append(C(V(speak_digits(z.replace("-", ""), [5] + ([4] if "-" in z else []), {"filler": 0}, uk=False), "POSTCODE")))
        note += " + zip"
    return turns, "%s %s" % (ind, note)


def ni_typed_form(n):
    f = R.choice(["plain", "spaced", "pairs", "lower", "dash"])
    if f == "plain":
        return n
    if f == "spaced":
        return "%s %s %s %s %s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8])
    if f == "pairs":
        return "%s%s %s %s" % (n[:2], n[2:4], n[4:8], n[8])
    if f == "lower":
        return n.lower()
    return "%s-%s-%s-%s-%s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8])


def p_ni_typed():
    ind, o = org()
    n = gen_ni()
    lead = R.choice(["NI no: ", "ni number ", "National Insurance number is ", "NINO - ", "my NI is ", "nat ins: "])
    turns = [A("Hello, you're through to %s. Please could you confirm your National Insurance number?" % o),
             C(typo(lead), V(ni_typed_form(n), "NI_NUMBER"), R.choice(["", " thanks", ".", " :)"]))]
    if R.random() < 0.4:
        town, area = R.choice(UK_TOWNS)
        o_, i_ = gen_uk_postcode(area)
        turns.append(A("Thank you. And the postcode on your account?"))
        turns.append(C(V(R.choice([o_ + " " + i_, o_ + i_, (o_ + " " + i_).lower()]), "POSTCODE")))
    return turns, "%s UK chat: typed NI number" % ind


def p_ni_asr():
    ind, o = org()
    n = gen_ni()
    st = R.choice(["nato", "names", "split", "mixed", "plain"])
    probs = {"nato": (1, 5, 1, 1), "names": (1, 0, 0, 6), "split": (3, 1, 1, 3), "mixed": (2, 2, 2, 2), "plain": (6, 0, 0, 1)}[st]
    turns = [A("can i take your national insurance number please")]
    if st == "split":
        g = newg()
        turns += [C(R.choice(["yeah it's ", "it's ", "um "]), V(speak_alnum(n[:2], probs), "NI_NUMBER", g)),
                  A(R.choice(BACKCH)),
                  C(V(speak_alnum(n[2:8], probs), "NI_NUMBER", g)),
                  A(R.choice(["and the letter at the end", "and the last letter", "mhm"])),
                  C(V(speak_alnum(n[8], probs), "NI_NUMBER", g))]
    else:
        turns.append(C(R.choice(["", "yeah it's ", "right, ", "okay um "]), V(speak_alnum(n, probs), "NI_NUMBER")))
    note = "UK call: NI number (%s letter style)" % st
    if R.random() < 0.45:
        turns.append(A("so that's ", V(speak_alnum(n, (2, 3, 0, 1)), "NI_NUMBER"), " yes"))
        turns.append(C("yes that's it"))
        note += " + read-back"
    return turns, "%s %s" % (ind, note)


def p_bank_uk():
    ind, o = org()
    sc = "".join(R.choice("0123456789") for _ in range(6))
    acct = "".join(R.choice("0123456789") for _ in range(8))
    asr = R.random() < 0.6
    if asr:
        sct = speak_digits(sc, [2, 2, 2], {"filler": 0.15, "mixed": R.random() < 0.3})
        act = speak_digits(acct, R.choice([[4, 4], [8], [2, 2, 2, 2], [3, 5]]), {"homo": 0.1, "filler": 0.2})
        turns = [A("to set up the direct debit i'll need the sort code and account number"),
                 C(R.choice(["sort code is ", "okay the sort code's ", ""]), V(sct, "SORT_CODE")),
                 A(R.choice(BACKCH)),
                 C(R.choice(["and the account number ", "account number ", "then "]), V(act, "BANK_ACCOUNT"))]
        if R.random() < 0.4:
            turns.append(A("reading that back account ", V(speak_digits(acct, [4, 4], {"filler": 0, "join": 0}), "BANK_ACCOUNT"),
                           " sort code ", V(speak_digits(sc, [2, 2, 2], {"filler": 0, "join": 0}), "SORT_CODE")))
        return turns, "%s UK call: sort code + account number" % ind
    sct = R.choice(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s/%s/%s"]) % (sc[:2], sc[2:4], sc[4:])
    turns = [A("Please provide the bank details for the refund."),
             C(typo(R.choice(["s/c ", "sort code: ", "Sort "])), V(sct, "SORT_CODE"),
               R.choice([" acct no: ", " a/c ", ", account ", "\nacc no. "]), V(acct, "BANK_ACCOUNT"))]
    return turns, "%s UK chat: typed sort code + account" % ind


def p_bank_us():
    ind, o = org()
    acct = "".join(R.choice("0123456789") for _ in range(R.randint(9, 12)))
    if R.random() < 0.5:
        turns = [A("Which account should the refund go to?"),
                 C(R.choice(["checking acct ", "acct #", "account number: ", "savings account "]), V(acct, "BANK_ACCOUNT"),
                   R.choice(["", " at Chase", " (credit union)"]))]
        return turns, "%s US chat: typed bank account" % ind
    grp = [3] * (len(acct) // 3) + ([len(acct) % 3] if len(acct) % 3 else [])
    turns = [A("and the checking account number"),
             C(V(speak_digits(acct, grp, {"homo": 0.15, "filler": 0.3, "mixed": True}, uk=False), "BANK_ACCOUNT"))]
    return turns, "%s US call: spoken bank account" % ind


def p_iban():
    ind, o = org()
    ib = gen_iban()
    if R.random() < 0.5:
        t = " ".join(ib[k:k + 4] for k in range(0, len(ib), 4)) if R.random() < 0.6 else ib
        if R.random() < 0.3:
            t = t.lower()
        turns = [A("For the SEPA transfer, please send the IBAN."),
                 C(R.choice(["IBAN: ", "iban ", "Here it is ", "my IBAN is "]), V(t, "IBAN"), R.choice(["", " BIC is on the statement", "."]))]
        return turns, "%s EU chat: typed IBAN (%s)" % (ind, ib[:2])
    g = newg()
    cut = 4 + 4 * R.randint(1, (len(ib) - 8) // 4)
    turns = [A("could you read me the iban"),
             C(V(speak_alnum(ib[:cut], (5, 1, 0, 2)), "IBAN", g)),
             A(R.choice(BACKCH)),
             C(V(speak_alnum(ib[cut:], (5, 1, 0, 2)), "IBAN", g))]
    return turns, "%s EU call: IBAN (%s) spoken over two turns" % (ind, ib[:2])


def p_phone():
    ind, o = org()
    kind, nat, intl, grp = gen_phone()
    uk = kind != "us"
    st = R.choice(["typed_nat", "typed_intl", "asr_nat", "asr_intl", "asr_split"])
    if st == "typed_nat":
        t = typed_digits(nat, grp, R.choice([" ", "", "-", " "]))
        turns = [A("What's the best number to reach you on?"),
                 C(R.choice(["mob: ", "call me on ", "tel ", "its ", "my cell is "]), V(t, "PHONE"))]
    elif st == "typed_intl":
        cc = intl[:len(intl) - len(nat) + 1]
        rest = nat[1:]
        t = R.choice([cc + " " + typed_digits(rest, [len(rest) - 6, 3, 3], " "), intl, "00" + cc[1:] + " " + rest,
                      cc + " (0)" + rest])
        turns = [A("Can I take a contact number in case we get cut off?"),
                 C(R.choice(["", "sure ", "phone: ", "whatsapp "]), V(t, "PHONE"))]
    elif st == "asr_nat":
        turns = [A("and a good contact number for you"),
                 C(R.choice(["yeah it's ", "it's ", "um "]), V(speak_digits(nat, grp, {"homo": 0.1, "mixed": R.random() < 0.3, "join": 0.1}, uk), "PHONE"))]
    elif st == "asr_intl":
        cc = intl[1:len(intl) - len(nat) + 1]
        lead = R.choice(["plus " + " ".join(ONES[int(c)] for c in cc), "double " + zero_w(uk) + " " + " ".join(ONES[int(c)] for c in cc),
                         "plus " + (speak_number(int(cc)) if len(cc) == 2 else " ".join(ONES[int(c)] for c in cc))])
        body = speak_digits(nat[1:], [len(nat) - 7, 3, 3], {"homo": 0.1})
        t = lead + " " + body
        if parse_digits(t).lstrip("+").lstrip("0") != intl[1:]:
            t = "plus " + " ".join(ONES[int(c)] for c in cc) + " " + body
        turns = [A("and the number with the country code"),
                 C(R.choice(["", "it's ", "so that's "]), V(t, "PHONE"))]
    else:
        g = newg()
        a, b = nat[:grp[0]], nat[grp[0]:]
        turns = [A("what number can we call you back on"),
                 C(V(speak_digits(a, [len(a)], {"homo": 0.1}, uk), "PHONE", g)),
                 A(R.choice(BACKCH)),
                 C(V(speak_digits(b, grp[1:], {"homo": 0.1, "mixed": R.random() < 0.3}, uk), "PHONE", g))]
    if st.startswith("asr") and R.random() < 0.4:
        turns.append(A("so that's ", V(speak_digits(nat, grp, {"filler": 0, "join": 0, "homo": 0}, uk), "PHONE")))
    return turns, "%s %s phone (%s)" % (ind, st.replace("_", " "), kind)


def p_email():
    ind, o = org()
    local, dom = gen_email()
    if R.random() < 0.4:
        e = local + "@" + dom
        if R.random() < 0.3:
            e = e.capitalize() if R.random() < 0.5 else e.upper()
        turns = [A("What email address should we send the confirmation to?"),
                 C(R.choice(["", "email: ", "its ", "send to "]), V(e, "EMAIL"), R.choice(["", " pls", "."]))]
        return turns, "%s chat: typed email" % ind
    sp = speak_email(local, dom)
    turns = [A("and an email address for the receipt"),
             C(R.choice(["yeah it's ", "", "okay so it's "]), V(sp, "EMAIL"), R.choice(["", ", all lower case", ", all one word"]))]
    if R.random() < 0.4:
        turns.append(A("so that's ", V(speak_email(local, dom), "EMAIL"), " yeah"))
    return turns, "%s call: spoken email" % ind


def p_dob():
    ind, o = org()
    us = R.random() < 0.35
    asr = R.random() < 0.6
    d = gen_dob(asr, us)
    turns = [A(R.choice(["can you confirm your date of birth for me", "And your date of birth please?", "and what's your d.o.b"])),
             C(R.choice(["yeah it's ", "", "dob ", "born on the "]) if asr else R.choice(["", "DOB: ", "born "]), V(d, "DOB"))]
    if R.random() < 0.3:
        turns.append(A("and how old does that make you"))
        turns.append(C(R.choice(["fifty one", "i'm thirty eight", "seventy two next month"])))
    return turns, "%s %s DOB%s" % (ind, "call" if asr else "chat", " (US order)" if us else "")


def p_address():
    ind, o = org()
    uk = R.random() < 0.65
    hn = house_no()
    street = R.choice(STREETS)
    asr = R.random() < 0.55
    flat = R.random() < 0.25
    if uk:
        town, area = R.choice(UK_TOWNS)
        ou, inw = gen_uk_postcode(area)
        if asr:
            pc = speak_alnum(ou + inw, (3, 1, 1, 4))
        else:
            pc = R.choice([ou + " " + inw, ou + inw, (ou + " " + inw).lower()])
    else:
        town, pref = R.choice(US_TOWNS)
        z = gen_zip(pref)
        pc = speak_digits(z.replace("-", ""), [5] + ([4] if "-" in z else []), {"filler": 0}, uk=False) if asr else z
    if asr:
        num = speak_number(re.sub(r"\D", "", hn)) + (" " + hn[-1] if hn[-1].isalpha() else "")
        if R.random() < 0.3 and len(re.sub(r"\D", "", hn)) >= 2:
            num = speak_digits(re.sub(r"\D", "", hn), None, {"filler": 0}) + (" " + hn[-1] if hn[-1].isalpha() else "")
        addr = ("flat " + speak_number(R.randint(1, 12)) + " " if flat else "") + num + " " + street
    else:
        addr = ("Flat %d, " % R.randint(1, 12) if flat else "") + hn + " " + street.title()
    turns = [A(R.choice(["and the first line of the address and postcode", "What's the address on the account?",
                         "can i take the billing address"])),
             C(R.choice(["", "it's ", "yeah "]), V(addr, "ADDRESS"), R.choice([", ", " ", ", um, "]) + (town if asr else town.title()) + R.choice([", ", " ", " and the postcode is ", " zip "]),
               V(pc, "POSTCODE"))]
    return turns, "%s %s %s address + %s" % (ind, "UK" if uk else "US", "call" if asr else "chat", "postcode" if uk else "ZIP")


def p_postcode_asr():
    """Misheard letter names and digit homophones in UK postcodes."""
    ind, o = org()
    town, area = R.choice(UK_TOWNS)
    ou, inw = gen_uk_postcode(area)
    g = newg()
    turns = [A("can i take your postcode")]
    if R.random() < 0.5:
        turns.append(C(R.choice(["it's ", "", "yeah "]), V(speak_alnum(ou + inw, (1, 1, 1, 6)), "POSTCODE")))
    else:
        turns += [C(V(speak_alnum(ou, (2, 2, 2, 3)), "POSTCODE", g)),
                  A(R.choice(BACKCH)),
                  C(V(speak_alnum(inw, (2, 2, 2, 3)), "POSTCODE", g))]
    if R.random() < 0.5:
        turns.append(A("and the house number"))
        hn = str(R.randint(1, 150))
        turns.append(C(V(speak_number(hn) + " " + R.choice(STREETS), "ADDRESS")))
    return turns, "%s UK call: postcode with misheard letter names" % ind


def p_idv_combo():
    ind, o = org()
    us = R.random() < 0.4
    turns = [A("before i can discuss the account i need to run through security"),
             A("first your date of birth"),
             C(V(gen_dob(True, us), "DOB")),
             A("thank you and the mobile number registered")]
    kind, nat, intl, grp = gen_phone()
    turns.append(C(V(speak_digits(nat, grp, {"homo": 0.1, "join": 0.1}, not us), "PHONE")))
    if us:
        s = gen_ssn()
        turns += [A("and the last part is your social"),
                  C(V(speak_digits(s, [3, 2, 4], {"homo": 0.15}, uk=False), "SSN"))]
    else:
        n = gen_ni()
        turns += [A("and your national insurance number"),
                  C(V(speak_alnum(n, (3, 1, 1, 3)), "NI_NUMBER"))]
    turns.append(A("lovely you're through security, your balance is %s" % R.choice(
        ["two hundred and twelve pounds forty", "$1,204.50", "fifty six euro", "four hundred and twelve dollars"])))
    return turns, "%s ID&V call: DOB + phone + %s, then a balance (not PII)" % (ind, "SSN" if us else "NI")


def p_ni_misheard():
    """NI numbers where ASR renders letters as homophone words and digits run together."""
    ind, o = org()
    n = gen_ni()
    txt = speak_alnum(n, (0, 0, 0, 1))
    turns = [A("and your n i number"),
             C(R.choice(["", "it's ", "erm "]), V(txt, "NI_NUMBER")),
             A("sorry was that last one a %s" % R.choice(["b or a d", "c or a d", "b or a p"])),
             C("%s" % R.choice(["yeah ", "it's "]), V(speak_alnum(n[8], (0, 2, 0, 1)), "NI_NUMBER", mode="partial"))]
    return turns, "%s UK call: NI letters as misheard letter-name words; suffix letter confirmed (partial)" % ind


POS_TEMPLATES = [
    (p_card_chat, 4), (p_card_asr, 5), (p_card_split, 4), (p_card_correction, 2), (p_card_aside, 2),
    (p_card_mixed_typed_email, 1), (p_ssn_typed, 2), (p_ssn_asr, 3), (p_ni_typed, 2), (p_ni_asr, 3),
    (p_ni_misheard, 1), (p_bank_uk, 3), (p_bank_us, 1), (p_iban, 2), (p_phone, 3), (p_email, 3),
    (p_dob, 2), (p_address, 3), (p_postcode_asr, 1), (p_idv_combo, 2),
]


# ---------------------------------------------------------------- negative templates
def rdig(n):
    return str(R.randint(1, 9)) + "".join(R.choice("0123456789") for _ in range(n - 1))


def n_ref_numbers():
    ind, o = org()
    label = R.choice(["order number", "reference number", "ticket number", "claim reference", "invoice number",
                      "tracking number", "case number", "booking reference", "policy number", "account reference"])
    ln = R.choice([8, 10, 12, 16, 16])
    d = rdig(ln)
    if R.random() < 0.5:
        reading = speak_digits(d, [4] * (ln // 4) + ([ln % 4] if ln % 4 else []), {"homo": 0.1})
        turns = [A("do you have your %s there" % label),
                 C("yeah the %s is %s" % (label, reading)),
                 A("thank you i've found it, it was placed on the %s" % ordinal(R.randint(1, 28))),
                 C("yeah that's the one")]
    else:
        pre = R.choice(["", "ORD-", "INV", "TKT#", "CLM/", "PN-"])
        turns = [C("Hi, chasing %s %s%s - still nothing after %d days" % (label, pre, d, R.randint(3, 21))),
                 A("Sorry about that. %s %s%s is with the courier and due by %s." % (cap(label), pre, d, R.choice(["5pm tomorrow", "Friday", "the 14th"])))]
    return turns, "%s: %s-digit %s spoken/typed like a card reading (not PII)" % (ind, ln, label)


def n_amounts():
    ind, o = org()
    amt = R.choice(["£1,234.56", "$4,099.00", "€87.20", "£12", "1250 pounds", "€3,411.17"])
    turns = [C("what's my balance at the moment"),
             A("your current balance is %s and the minimum payment is %s" % (
                 R.choice(["four hundred and twelve pounds sixty", "one thousand two hundred and eight dollars",
                           "nought pounds", "ninety nine euro ninety nine"]), amt)),
             C("and how much was the last bill"),
             A("the last bill was %s, that includes %d percent vat" % (R.choice(["sixty four eighty", "two hundred and forty one fifty",
                                                                                  "$73.19", "£1,049.99"]), R.choice([20, 23, 5, 0])))]
    return turns, "%s: balances, amounts, percentages" % ind


def n_times():
    ind, o = org()
    turns = [C("what time are you open till"),
             A("we're open %s monday to friday and %s on saturdays" % (R.choice(["eight till eight", "9am to 5:30pm", "nine to half five"]),
                                                                     R.choice(["ten till four", "10:00-16:00", "half nine to one"]))),
             C("i've been on hold for %s" % R.choice(["forty five minutes", "an hour and twenty minutes", "1h 37m", "twenty two minutes"])),
             A("i'm sorry about that, the call-back will be between %s" % R.choice(["two and four pm", "14:00 and 16:00", "half ten and twelve"]))]
    return turns, "%s: opening hours, times, durations" % ind


def n_counts_ages():
    ind, o = org()
    turns = [C("it's for my mum she's %s and she's got %s" % (R.choice(["eighty seven", "92", "seventy four"]),
                                                            R.choice(["three phones on the account", "two cats and a dodgy boiler", "4 lines"]))),
             A("okay and how many people live at the property"),
             C("%s, and the thermostat's set to %s" % (R.choice(["five", "just the two of us", "6"]),
                                                      R.choice(["twenty one degrees", "68 degrees", "nineteen point five"]))),
             A("thanks, we've had %s similar reports today, about %d percent of the area" % (R.choice(["forty", "1,206", "two hundred and thirty"]), R.randint(2, 80)))]
    return turns, "%s: ages, counts, temperatures, percentages" % ind


def n_dates():
    ind, o = org()
    y = R.randint(2019, 2027)
    turns = [A("your appointment is booked for the %s of %s at %s" % (ordinal(R.randint(1, 28)), R.choice(MONTHS), R.choice(["ten fifteen", "2:40pm", "half eleven"]))),
             C("and when does my contract end"),
             A("the contract runs until %s and the next payment is taken on %s" % (
                 R.choice(["%02d/%02d/%d" % (R.randint(1, 28), R.randint(1, 12), y), "march %s" % year_words(y), "the end of %d" % y]),
                 R.choice(["the first of every month", "14/%02d/%d" % (R.randint(1, 12), y), "friday the %s" % ordinal(R.randint(1, 28))]))),
             C("i've been a customer since %s" % R.choice(["twenty twelve", "1998", "nineteen ninety nine", "two thousand and four"]))]
    return turns, "%s: appointment, contract and payment dates, years" % ind


def n_serials():
    ind, o = org()
    turns = [A("can you read me the serial number on the back of the %s" % R.choice(["router", "meter", "boiler", "set-top box"])),
             C("serial number %s%s, model %s" % (R.choice(["SN", "", "S/N "]), rdig(12), R.choice(["TX-4500", "HG633", "A2219", "XR 750 B"]))),
             A("thanks and the policy number"),
             C("policy number %s" % R.choice(["POL" + rdig(8), speak_digits(rdig(10), [3, 3, 4]), "HH-" + rdig(7) + "-B"]))]
    return turns, "%s: serial/model/policy numbers with labels" % ind


def n_meter():
    ind, o = org()
    r1 = "%05d" % R.randint(0, 99999)
    turns = [A("can i take a meter reading"),
             C("yeah the meter reading is %s" % speak_digits(r1, [5], {"filler": 0.3})),
             A("and the night rate reading"),
             C("night's %s" % R.choice(["%06d" % R.randint(0, 999999), speak_digits("%06d" % R.randint(0, 999999), [3, 3])])),
             A("thank you, that's an estimated usage of %d kilowatt hours" % R.randint(100, 999))]
    return turns, "utilities: meter readings spoken like digit strings"


def n_travel():
    ind, o = org()
    turns = [C("i'm on flight %s tomorrow at %s" % (R.choice(["BA 2490", "EI one five four", "FR8823", "UA nine oh one"]), R.choice(["06:50", "ten past seven"]))),
             A("okay you're in seat %s, gate %s, and your hotel room is %s" % (R.choice(["23C", "fourteen a", "2F"]), R.choice(["B42", "twelve", "A7"]),
                                                                                R.choice(["four one two", "1207", "three hundred and six"]))),
             C("and the booking ref is %s" % R.choice(["X7KQ2P", "Q N F four eight two", rdig(9)])),
             A("thank you, check-in closes %d minutes before departure" % R.choice([40, 45, 60]))]
    return turns, "travel: flight, seat, gate, room numbers, booking ref"


def n_roads():
    ind, o = org()
    turns = [C("the engineer was stuck on the %s for ages" % R.choice(["M25", "A40", "N7", "I-95", "M50"])),
             A("yes there were delays between junctions %s and %s" % (R.choice(["twelve", "14"]), R.choice(["fifteen", "16"]))),
             C("it's the turning off %s just after the %s" % (R.choice(["the high street", "Route 66", "the B4009", "the R445"]),
                                                             R.choice(["big roundabout", "tesco", "second set of lights"]))),
             A("understood, we'll let them know")]
    return turns, "%s: road names and junction numbers" % ind


def n_last_four():
    ind, o = org()
    l4 = "".join(R.choice("0123456789") for _ in range(4))
    turns = [A("which card would you like to use"),
             C(R.choice(["the one ending %s" % l4, "card ending %s" % speak_digits(l4, [4]), "the visa, last four digits %s" % speak_digits(l4, [2, 2])])),
             A("that's the card ending %s, i'll take %s from it" % (R.choice([l4, speak_digits(l4, [4], {"filler": 0})]),
                                                                   R.choice(["thirty two fifty", "£18.99", "the full amount of one hundred and four pounds"]))),
             C("great thanks")]
    return turns, "%s: card last-four only (not PII per PCI DSS)" % ind


def n_tricky_long():
    ind, o = org()
    d = rdig(16)
    kind = R.choice(["tracking", "imei", "mpan", "barcode", "voucher"])
    lab = {"tracking": "tracking number", "imei": "IMEI", "mpan": "MPAN", "barcode": "barcode on the letter",
           "voucher": "voucher code"}[kind]
    turns = [A("could you read me the %s" % lab),
             C("yeah ok um %s" % speak_digits(d, [4, 4, 4, 4], {"homo": 0.1, "filler": 0.3})),
             A(R.choice(BACKCH)),
             C("that's the %s off the %s" % (lab, R.choice(["parcel", "phone box", "bill", "email"])))]
    return turns, "%s: 16-digit %s read exactly like a card number (not PII)" % (ind, lab)


def n_chat_mix():
    ind, o = org()
    turns = [C(typo("hi my order %s hasnt arrived, paid £%d.%02d on the %s" % (rdig(9), R.randint(5, 500), R.randint(0, 99), R.choice(["3rd", "12th", "21st"])))),
             A("Sorry to hear that! Ticket %s raised; expect an update within %d hours." % ("TCK-" + rdig(7), R.choice([24, 48, 72]))),
             C("ok. its model %s, qty %d" % (R.choice(["KX-2000", "RTX 4090", "WM 1400"]), R.randint(1, 5)))]
    return turns, "%s chat: order/ticket/model numbers, amounts, dates" % ind


NEG_TEMPLATES = [(n_ref_numbers, 3), (n_amounts, 1), (n_times, 1), (n_counts_ages, 1), (n_dates, 1), (n_serials, 1),
                 (n_meter, 1), (n_travel, 1), (n_roads, 1), (n_last_four, 2), (n_tricky_long, 2), (n_chat_mix, 1)]


def expand(tpls, n):
    pool = []
    for f, w in tpls:
        pool += [f] * w
    seq = []
    while len(seq) < n:
        seq += pool
    return seq[:n]


N_POS, N_NEG = 220, 110


def generate():
    R.seed(442241125)
    _gid[0] = 0
    cases, allgroups = [], []
    for i, f in enumerate(expand(POS_TEMPLATES, N_POS)):
        spec, note = f()
        turns, spans, groups = build(spec)
        cases.append({"id": "h442-pos-%03d" % (i + 1), "kind": "positive", "turns": turns, "spans": spans, "note": note})
        allgroups.append(groups)
    for i, f in enumerate(expand(NEG_TEMPLATES, N_NEG)):
        spec, note = f()
        turns, spans, groups = build(spec)
        assert not spans
        cases.append({"id": "h442-neg-%03d" % (i + 1), "kind": "negative", "turns": turns, "spans": spans, "note": note})
        allgroups.append(groups)
    text = "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cases)
    return text, cases, allgroups


def check(text, cases, allgroups):
    errs = []
    with open(OUT, encoding="utf-8") as fh:
        if fh.read() != text:
            errs.append("cases.jsonl is not byte-identical to regenerated output")
    ids = [c["id"] for c in cases]
    if len(ids) != len(set(ids)):
        errs.append("duplicate ids")
    counts = {t: 0 for t in TYPES}
    for c, groups in zip(cases, allgroups):
        for t in c["turns"]:
            if t["speaker"] not in ("customer", "agent"):
                errs.append("%s bad speaker" % c["id"])
        if c["kind"] == "negative" and c["spans"]:
            errs.append("%s negative has spans" % c["id"])
        if c["kind"] == "positive" and not c["spans"]:
            errs.append("%s positive has no spans" % c["id"])
        by_turn = {}
        for s in c["spans"]:
            counts[s["type"]] += 1
            if s["type"] not in TYPES:
                errs.append("%s bad type" % c["id"])
            tx = c["turns"][s["turn"]]["text"]
            a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(tx)):
                errs.append("%s offsets out of range" % c["id"])
                continue
            if a > 0 and tx[a - 1].isalnum():
                errs.append("%s span start not on word boundary: %r" % (c["id"], tx[a - 1:b]))
            if b < len(tx) and tx[b].isalnum():
                errs.append("%s span end not on word boundary: %r" % (c["id"], tx[a:b + 1]))
            if not (tx[a].isalnum() or tx[a] == "+") or not tx[b - 1].isalnum():
                errs.append("%s span edges not alnum: %r" % (c["id"], tx[a:b]))
            if tx[a:b] != tx[a:b].strip():
                errs.append("%s span has outer whitespace" % c["id"])
            by_turn.setdefault(s["turn"], []).append((a, b))
        for lst in by_turn.values():
            lst.sort()
            for (a1, b1), (a2, b2) in zip(lst, lst[1:]):
                if a2 < b1:
                    errs.append("%s overlapping spans" % c["id"])
        for g, info in groups.items():
            val = " | ".join(info["parts"])
            if not validate(info["type"], val, info["mode"]):
                errs.append("%s invalid %s value: %r" % (c["id"], info["type"], val))
    need = {t: 10 for t in TYPES}
    need.update({"CARD_NUMBER": 70, "SSN": 30, "NI_NUMBER": 30})
    for t, k in need.items():
        if counts[t] < k:
            errs.append("too few %s spans: %d < %d" % (t, counts[t], k))
    npos = sum(c["kind"] == "positive" for c in cases)
    nneg = sum(c["kind"] == "negative" for c in cases)
    if npos < 200 or nneg < 100:
        errs.append("too few cases")
    return errs, counts, npos, nneg


def main():
    text, cases, allgroups = generate()
    if "--check" in sys.argv[1:]:
        errs, counts, npos, nneg = check(text, cases, allgroups)
        for e in errs[:60]:
            print("ERROR:", e)
        print("positives=%d negatives=%d spans=%s" % (npos, nneg, json.dumps(counts)))
        if errs:
            print("CHECK FAILED (%d problems)" % len(errs))
            sys.exit(1)
        print("CHECK OK")
        return
    os.makedirs(OUT_DIR, exist_ok=True)
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)
    print("wrote %s (%d cases)" % (OUT, len(cases)))


if __name__ == "__main__":
    main()

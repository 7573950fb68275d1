#!/usr/bin/env python3
"""Generate the pii_holdout440 held-out PII redaction evaluation set.

Written by an independent test author who has not seen the redaction engine.
Standard library only.  Usage:

    python scripts/make_pii_holdout440.py          # (re)write cases.jsonl
    python scripts/make_pii_holdout440.py --check  # regenerate and verify

Every turn is built from plain-text segments and labelled value segments, so
span offsets are computed, never typed by hand.
"""
import argparse
import json
import os
import re
import sys
import random

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "fixtures", "pii_holdout440", "cases.jsonl")
SEED = 440241125

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

# --------------------------------------------------------------------------
# number words
UNIT = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEEN = {10: "ten", 11: "eleven", 12: "twelve", 13: "thirteen", 14: "fourteen",
        15: "fifteen", 16: "sixteen", 17: "seventeen", 18: "eighteen", 19: "nineteen"}
TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy",
        8: "eighty", 9: "ninety"}
ZERO_WORDS = {"zero": "0", "oh": "0", "o": "0", "nought": "0", "nil": "0"}
UNIT_MAP = dict(ZERO_WORDS)
UNIT_MAP.update({w: str(i) for i, w in enumerate(UNIT) if i})
TEEN_MAP = {w: str(n) for n, w in TEEN.items()}
TENS_MAP = {w: str(n * 10) for n, w in TENS.items()}
HOMOPHONES = {"for": "4", "to": "2", "too": "2", "won": "1", "ate": "8"}
FILLERS = {"um", "uh", "er", "erm", "hmm", "ah"}
DROP = {"and", "then", "dash", "hyphen", "space", "slash", "capital", "big",
        "small", "lowercase", "uppercase", "letter", "like", "yeah", "right"}
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo",
        "f": "foxtrot", "g": "golf", "h": "hotel", "i": "india", "j": "juliet",
        "k": "kilo", "l": "lima", "m": "mike", "n": "november", "o": "oscar",
        "p": "papa", "q": "quebec", "r": "romeo", "s": "sierra", "t": "tango",
        "u": "uniform", "v": "victor", "w": "whiskey", "x": "x-ray",
        "y": "yankee", "z": "zulu"}
FOLK = {"a": ["apple", "alpha"], "b": ["bravo", "bertie", "boy"], "c": ["charlie", "cat"],
        "d": ["delta", "dog", "david"], "e": ["echo", "edward"], "g": ["golf", "george"],
        "h": ["hotel", "harry"], "j": ["juliet", "john"], "k": ["kilo", "king"],
        "l": ["lima", "london"], "m": ["mike", "mother"], "n": ["november", "nancy"],
        "p": ["papa", "peter"], "r": ["romeo", "robert"], "s": ["sierra", "sugar"],
        "t": ["tango", "tommy"], "w": ["whiskey", "william"], "x": ["x-ray"],
        "y": ["yankee", "yellow"], "z": ["zulu", "zebra"], "o": ["oscar"]}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]


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


def luhn_complete(prefix):
    for c in "0123456789":
        if luhn_ok(prefix + c):
            return prefix + c
    raise AssertionError


def iban_ok(s):
    s = s.upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    num = "".join(str(int(ch, 36)) for ch in r)
    return int(num) % 97 == 1


def make_iban(country, bban):
    r = bban + country + "00"
    num = "".join(str(int(ch, 36)) for ch in r)
    chk = 98 - int(num) % 97
    s = "%s%02d%s" % (country, chk, bban)
    assert iban_ok(s)
    return s


NI_RE = re.compile(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]")
UKPC_RE = re.compile(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}")
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(\.[A-Za-z0-9\-]+)+")


# --------------------------------------------------------------------------
# normaliser for spoken / typed values

def norm(text, homophones=False, email=False):
    """Turn a labelled value as written/spoken into its canonical characters.
    Returns None when a token cannot be understood."""
    t = text.lower()
    if email and re.fullmatch(r"\S+@\S+", t.strip()):
        return t.strip()
    if email:
        t = re.sub(r"[^a-z0-9+_\-]+", " ", t)
    else:
        t = re.sub(r"[^a-z0-9+]+", " ", t)
    toks = t.split()
    out = []
    i = 0
    n = len(toks)

    def letter_tail(j):
        # skip "for juliet" / "as in juliet" after a letter
        if j < n and toks[j] == "for" and j + 1 < n and len(toks[j + 1]) > 1:
            return j + 2
        if j + 1 < n and toks[j] == "as" and toks[j + 1] == "in" and j + 2 < n:
            return j + 3
        return j

    while i < n:
        w = toks[i]
        if w in FILLERS:
            i += 1
            continue
        if email and w in ("at", "dot", "underscore", "dash", "hyphen"):
            out.append({"at": "@", "dot": ".", "underscore": "_", "dash": "-", "hyphen": "-"}[w])
            i += 1
            continue
        if w == "plus":
            out.append("+")
            i += 1
            continue
        if w in DROP and not (w == "and" and False):
            i += 1
            continue
        if re.fullmatch(r"[a-z0-9+]+", w) and any(ch.isdigit() for ch in w):
            out.append(w.upper())
            i += 1
            continue
        if w in ("double", "triple") and i + 1 < n:
            k = 2 if w == "double" else 3
            nx = toks[i + 1]
            if nx in UNIT_MAP:
                out.append(UNIT_MAP[nx] * k)
                i += 2
                continue
            if len(nx) == 1 and nx.isalpha():
                out.append(nx.upper() * k)
                i = letter_tail(i + 2)
                continue
            return None
        if w in UNIT_MAP:
            if i + 1 < n and toks[i + 1] == "hundred" and w not in ZERO_WORDS:
                j = i + 2
                if j < n and toks[j] == "and":
                    j += 1
                    if j < n and toks[j] in TEEN_MAP:
                        out.append(UNIT_MAP[w] + TEEN_MAP[toks[j]])
                        i = j + 1
                        continue
                    if j < n and toks[j] in TENS_MAP:
                        if j + 1 < n and toks[j + 1] in UNIT_MAP and toks[j + 1] not in ZERO_WORDS:
                            out.append(UNIT_MAP[w] + TENS_MAP[toks[j]][0] + UNIT_MAP[toks[j + 1]])
                            i = j + 2
                        else:
                            out.append(UNIT_MAP[w] + TENS_MAP[toks[j]])
                            i = j + 1
                        continue
                    if j < n and toks[j] in UNIT_MAP:
                        out.append(UNIT_MAP[w] + "0" + UNIT_MAP[toks[j]])
                        i = j + 1
                        continue
                    return None
                out.append(UNIT_MAP[w] + "00")
                i = j
                continue
            if w == "o" and not email and (i + 1 < n and toks[i + 1] in ("for", "as")):
                out.append("O")
                i = letter_tail(i + 1)
                continue
            out.append(UNIT_MAP[w])
            i += 1
            continue
        if w in TEEN_MAP:
            out.append(TEEN_MAP[w])
            i += 1
            continue
        if w in TENS_MAP:
            if i + 1 < n and toks[i + 1] in UNIT_MAP and toks[i + 1] not in ZERO_WORDS:
                out.append(TENS_MAP[w][0] + UNIT_MAP[toks[i + 1]])
                i += 2
            else:
                out.append(TENS_MAP[w])
                i += 1
            continue
        if homophones and w in HOMOPHONES:
            out.append(HOMOPHONES[w])
            i += 1
            continue
        if len(w) == 1 and w.isalpha():
            out.append(w.upper())
            i = letter_tail(i + 1)
            continue
        if re.fullmatch(r"[a-z]+", w) and len(w) > 1 and (email or re.fullmatch(r"[a-z]{2}\d*", w) and False):
            out.append(w)
            i += 1
            continue
        if re.fullmatch(r"[a-z]{2,4}", w) and not email:
            # typed letters e.g. "GB", "NWBK", "qq"
            out.append(w.upper())
            i += 1
            continue
        return None
    return "".join(out)


def date_ok(text, expiry=False):
    t = text.lower()
    has_month = any(re.search(r"\b%s\b" % m, t) or re.search(r"\b%s\b" % m[:3], t) for m in MONTHS)
    words = re.sub(r"[^a-z0-9]+", " ", t).split()
    numberish = [w for w in words if w.isdigit() or w in UNIT_MAP or w in TEEN_MAP or w in TENS_MAP
                 or w in ("hundred", "thousand") or re.fullmatch(r"\d+(st|nd|rd|th)", w)
                 or w.endswith("th") or w in ("first", "second", "third")]
    if has_month and numberish:
        return True
    if re.search(r"\d{1,2}\s*[/.\-]\s*\d{1,2}(\s*[/.\-]\s*\d{2,4})?", t):
        return True
    stripped = " ".join(w for w in words if w not in ("of", "the", "in", "thousand"))
    d = norm(stripped, homophones=True)
    if d and d.isdigit():
        if expiry and len(d) in (3, 4, 6) and 1 <= int(d[:-2] if len(d) < 6 else d[:2]) <= 12:
            return True
        if not expiry and len(d) in (6, 8):
            return True
    return False


STREET_WORDS = ("street", "st", "road", "rd", "avenue", "ave", "lane", "ln", "close", "drive",
                "dr", "way", "crescent", "terrace", "court", "place", "grove", "gardens",
                "boulevard", "blvd", "row", "hill", "park", "square", "mews", "walk", "parade")


def validate_value(typ, text):
    """Validate a full labelled value (spans joined)."""
    if typ == "EMAIL":
        e = norm(text, email=True)
        return bool(e and EMAIL_RE.fullmatch(e)), e
    if typ == "DOB":
        return date_ok(text), text
    if typ == "EXPIRY":
        return date_ok(text, expiry=True), text
    if typ == "ADDRESS":
        t = text.lower()
        first = re.sub(r"[^a-z0-9 ]", " ", t).split()
        ok = bool(first) and (first[0][0].isdigit() or first[0] in UNIT_MAP or first[0] in TEEN_MAP
                              or first[0] in TENS_MAP or first[0] in ("flat", "apartment", "apt", "unit", "double", "triple"))
        ok = ok and any(w in STREET_WORDS for w in re.sub(r"[^a-z ]", " ", t).split())
        return ok, text
    v = norm(text, homophones=typ in ("CARD_NUMBER", "SSN", "CVV", "BANK_ACCOUNT", "SORT_CODE"))
    if v is None:
        return False, v
    if typ == "CARD_NUMBER":
        return v.isdigit() and 13 <= len(v) <= 19 and luhn_ok(v), v
    if typ == "CVV":
        return v.isdigit() and len(v) in (3, 4), v
    if typ == "SSN":
        return v.isdigit() and len(v) == 9 and v[:3] not in ("000", "666") and v[0] != "9" \
            and v[3:5] != "00" and v[5:] != "0000", v
    if typ == "NI_NUMBER":
        return bool(NI_RE.fullmatch(v)), v
    if typ == "SORT_CODE":
        return v.isdigit() and len(v) == 6, v
    if typ == "BANK_ACCOUNT":
        return v.isdigit() and 8 <= len(v) <= 12, v
    if typ == "IBAN":
        return iban_ok(v), v
    if typ == "PHONE":
        return bool(re.fullmatch(r"\+?\d{10,13}", v)), v
    if typ == "POSTCODE":
        return bool(UKPC_RE.fullmatch(v) or re.fullmatch(r"\d{5}(\d{4})?", v)), v
    return False, v


def validate_partial(typ, text):
    if typ in ("EMAIL", "DOB", "EXPIRY", "ADDRESS"):
        return True
    v = norm(text, homophones=True)
    return bool(v) and re.fullmatch(r"\+?[A-Z0-9]+", v) is not None


# --------------------------------------------------------------------------
# case builder

class V:
    def __init__(self, text, typ, gid):
        self.text, self.typ, self.gid = text, typ, gid


class Case:
    def __init__(self, kind, note):
        self.kind, self.note = kind, note
        self.turns, self.spans, self.groups = [], [], {}

    def group(self, typ, canon=None, partial=False):
        gid = len(self.groups)
        self.groups[gid] = {"type": typ, "canon": canon, "partial": partial, "spans": []}
        return gid

    def v(self, text, gid):
        return V(text, self.groups[gid]["type"], gid)

    def t(self, speaker, *segs):
        buf = ""
        for s in segs:
            if isinstance(s, V):
                assert s.text == s.text.strip() and s.text, repr(s.text)
                st = len(buf)
                buf += s.text
                self.spans.append({"turn": len(self.turns), "start": st, "end": len(buf), "type": s.typ})
                self.groups[s.gid]["spans"].append(len(self.spans) - 1)
            else:
                buf += s
        self.turns.append({"speaker": speaker, "text": buf})

    def c(self, *segs):
        self.t("customer", *segs)

    def a(self, *segs):
        self.t("agent", *segs)

    def validate(self):
        errs = []
        for gid, g in self.groups.items():
            if not g["spans"]:
                errs.append("empty group %d" % gid)
                continue
            txt = " ".join(self.turns[self.spans[k]["turn"]]["text"][self.spans[k]["start"]:self.spans[k]["end"]]
                           for k in g["spans"])
            if g["partial"]:
                if not validate_partial(g["type"], txt):
                    errs.append("bad partial %s %r" % (g["type"], txt))
            else:
                ok, v = validate_value(g["type"], txt)
                if not ok:
                    errs.append("invalid %s %r -> %r" % (g["type"], txt, v))
                elif g["canon"] is not None and v.upper().lstrip("+") != g["canon"].upper().lstrip("+"):
                    errs.append("canon mismatch %s %r -> %r != %r" % (g["type"], txt, v, g["canon"]))
        return errs


# --------------------------------------------------------------------------
# renderers

def zero_word(rng, style):
    if style == "mix":
        return rng.choice(["oh", "zero", "o", "nought", "oh"])
    return style


def say_digits(rng, d, zero=None, p_double=0.5, p_pair=0.0, p_hund=0.0, p_fill=0.0,
               groups=None, comma=True, homophone=0.0):
    """Speak a digit string the way a caller or ASR transcript would."""
    zero = zero or rng.choice(["oh", "zero", "oh", "o", "nought", "mix"])
    bounds = set()
    if groups:
        acc = 0
        for gsz in groups:
            acc += gsz
            bounds.add(acc)
    toks = []
    i = 0
    while i < len(d):
        c = d[i]
        rem = len(d) - i
        wc = lambda ch: zero_word(rng, zero) if ch == "0" else UNIT[int(ch)]
        if rem >= 3 and d[i + 1] == c and d[i + 2] == c and rng.random() < p_double * 0.6:
            tok, k = "triple " + wc(c), 3
        elif rem >= 2 and d[i + 1] == c and rng.random() < p_double:
            tok, k = "double " + wc(c), 2
        elif rem >= 3 and c != "0" and rng.random() < p_hund and \
                (int(d[i + 1:i + 3]) < 20 or d[i + 2] != "0") and d[i + 1:i + 3] != "00":
            r = int(d[i + 1:i + 3])
            if r < 10:
                rest = UNIT[r]
            elif r < 20:
                rest = TEEN[r]
            else:
                rest = TENS[r // 10] + " " + UNIT[r % 10]
            tok, k = "%s hundred and %s" % (UNIT[int(c)], rest), 3
        elif rem >= 2 and c != "0" and (c == "1" or d[i + 1] != "0") and rng.random() < p_pair:
            r = int(d[i:i + 2])
            tok = TEEN[r] if r < 20 else TENS[r // 10] + " " + UNIT[r % 10]
            k = 2
        else:
            tok, k = wc(c), 1
            if c in "4218" and rng.random() < homophone:
                tok = {"4": "for", "2": "to", "1": "won", "8": "ate"}[c]
        i += k
        toks.append((tok, i))
    out = ""
    for j, (tok, end) in enumerate(toks):
        out += tok
        if j < len(toks) - 1:
            if end in bounds and comma:
                out += rng.choice([", ", ", ", "... ", " "])
            else:
                out += " "
            if rng.random() < p_fill:
                out += rng.choice(["um ", "uh ", "er ", "erm "])
    return out


def group_str(d, sizes, sep):
    out, i = [], 0
    for s in sizes:
        out.append(d[i:i + s])
        i += s
    if i < len(d):
        out.append(d[i:])
    return sep.join(x for x in out if x)


def split_sizes(d, sizes):
    out, i = [], 0
    for s in sizes:
        out.append(d[i:i + s])
        i += s
    if i < len(d):
        out.append(d[i:])
    return [x for x in out if x]


def spell_letter(rng, ch, style):
    ch = ch.lower()
    if ch == "o":
        return "o for oscar"
    if style == "plain":
        return ch
    if style == "nato":
        return "%s for %s" % (ch, NATO[ch])
    if style == "folk":
        return "%s for %s" % (ch, rng.choice(FOLK.get(ch, [NATO[ch]])))
    if style == "asin":
        return "%s as in %s" % (ch, rng.choice(FOLK.get(ch, [NATO[ch]])))
    return ch


def say_alnum(rng, s, letter_style="plain", **kw):
    """Speak a mixed letters/digits string (NI numbers, IBANs, postcodes)."""
    parts = re.findall(r"[A-Za-z]|\d+", s)
    out = []
    i = 0
    while i < len(parts):
        p = parts[i]
        if p.isalpha():
            if i + 1 < len(parts) and parts[i + 1].lower() == p.lower() and p.lower() != "o" \
                    and letter_style == "plain" and rng.random() < 0.5:
                out.append("double " + p.lower())
                i += 2
                continue
            out.append(spell_letter(rng, p, letter_style))
        else:
            out.append(say_digits(rng, p, **kw))
        i += 1
    return " ".join(out)


# --------------------------------------------------------------------------
# value factories

def make_card(rng, brand=None):
    brand = brand or rng.choice(["visa", "visa", "visa", "mc", "mc", "amex", "disc", "visa13",
                                 "maestro19", "mc2", "visa19"])
    if brand == "visa":
        pre, ln = "4" + "".join(rng.choice("0123456789") for _ in range(5)), 16
    elif brand == "mc":
        pre, ln = "5" + rng.choice("12345") + "".join(rng.choice("0123456789") for _ in range(4)), 16
    elif brand == "mc2":
        pre, ln = "22" + rng.choice(["21", "30", "45", "71"]) + "".join(rng.choice("0123456789") for _ in range(2)), 16
    elif brand == "amex":
        pre, ln = "3" + rng.choice("47") + "".join(rng.choice("0123456789") for _ in range(4)), 15
    elif brand == "disc":
        pre, ln = "6011" + "".join(rng.choice("0123456789") for _ in range(2)), 16
    elif brand == "visa13":
        pre, ln = "4" + "".join(rng.choice("0123456789") for _ in range(5)), 13
    elif brand == "visa19":
        pre, ln = "4" + "".join(rng.choice("0123456789") for _ in range(5)), 19
    else:
        pre, ln = "6759" + "".join(rng.choice("0123456789") for _ in range(2)), 19
    body = pre + "".join(rng.choice("0123456789") for _ in range(ln - len(pre) - 1))
    # sprinkle repeats so doubles/triples happen
    if rng.random() < 0.5:
        k = rng.randrange(6, ln - 3)
        body = body[:k] + body[k] * 2 + body[k + 2:]
    if rng.random() < 0.4:
        k = rng.randrange(6, ln - 3)
        body = body[:k] + "0" + body[k + 1:]
    body = body[:ln - 1]
    return luhn_complete(body)


def card_groups(num):
    if len(num) == 15:
        return [4, 6, 5]
    if len(num) == 13:
        return [4, 3, 3, 3]
    if len(num) == 19:
        return [4, 4, 4, 4, 3]
    return [4, 4, 4, 4]


def make_ssn(rng):
    while True:
        a = rng.randrange(1, 900)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, rng.randrange(1, 100), rng.randrange(1, 10000))


NI_FIRST = "ABCEGHJKLMNPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def make_ni(rng):
    while True:
        p = rng.choice(NI_FIRST) + rng.choice(NI_SECOND)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    if rng.random() < 0.12:
        p = rng.choice(["AA", "BB", "CC", "JJ", "SS"])
    digits = "".join(rng.choice("0123456789") for _ in range(6))
    if rng.random() < 0.4:
        k = rng.randrange(0, 5)
        digits = digits[:k] + digits[k] * 2 + digits[k + 2:]
    return p + digits + rng.choice("ABCD")


def ni_typed(rng, ni):
    f = rng.randrange(7)
    s = [ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8]]
    if f == 0:
        r = " ".join(s)
    elif f == 1:
        r = ni
    elif f == 2:
        r = ni.lower()
    elif f == 3:
        r = "-".join(s)
    elif f == 4:
        r = ni[:2] + " " + ni[2:8] + " " + ni[8]
    elif f == 5:
        r = ni[:2].capitalize() + ni[2:8] + ni[8].lower()
    else:
        r = ni[:2] + ni[2:8] + " " + ni[8]
    return r


def ni_spoken(rng, ni, style=None):
    style = style or rng.choice(["plain", "plain", "nato", "folk", "asin"])
    pre = say_alnum(rng, ni[:2], style)
    dig = say_digits(rng, ni[2:8], p_pair=rng.choice([0, 0, 0.6]), p_fill=0.1, groups=[2, 2, 2])
    suf = spell_letter(rng, ni[8], style)
    return pre, dig, suf


def ssn_typed(rng, s):
    f = rng.randrange(6)
    if f == 0:
        return s[:3] + "-" + s[3:5] + "-" + s[5:]
    if f == 1:
        return s[:3] + " " + s[3:5] + " " + s[5:]
    if f == 2:
        return s
    if f == 3:
        return s[:3] + "." + s[3:5] + "." + s[5:]
    if f == 4:
        return s[:3] + "-" + s[3:5] + " " + s[5:]
    return s[:3] + " - " + s[3:5] + " - " + s[5:]


def make_sort(rng):
    return "%02d%02d%02d" % (rng.choice([20, 30, 40, 60, 77, 83, 9, 11, 16, 90]), rng.randrange(100), rng.randrange(100))


def make_acct(rng, n=8):
    return "".join(rng.choice("0123456789") for _ in range(n))


def make_iban_val(rng):
    c = rng.choice(["GB", "IE", "DE", "NL", "ES", "FR", "GB"])
    if c == "GB":
        return make_iban("GB", rng.choice(["NWBK", "BARC", "LOYD", "MIDL"]) + make_sort(rng) + make_acct(rng))
    if c == "IE":
        return make_iban("IE", rng.choice(["AIBK", "BOFI"]) + make_sort(rng) + make_acct(rng))
    if c == "DE":
        return make_iban("DE", make_acct(rng, 18))
    if c == "NL":
        return make_iban("NL", rng.choice(["ABNA", "INGB", "RABN"]) + make_acct(rng, 10))
    if c == "ES":
        return make_iban("ES", make_acct(rng, 20))
    return make_iban("FR", make_acct(rng, 23))


def make_phone(rng):
    k = rng.randrange(6)
    if k == 0:
        return "07" + make_acct(rng, 9), "uk_mob"
    if k == 1:
        return "+447" + make_acct(rng, 9), "uk_intl"
    if k == 2:
        return "0" + rng.choice(["20", "161", "113", "141"]) + make_acct(rng, 7 if True else 8)[:(8 if rng.random() < 0 else 7)], "uk_land"
    if k == 3:
        return "+1" + rng.choice(["212", "415", "617", "312"]) + make_acct(rng, 7), "us_intl"
    if k == 4:
        return rng.choice(["646", "303", "704"]) + make_acct(rng, 7), "us"
    return "+3538" + rng.choice("3567") + make_acct(rng, 7), "ie_intl"


FIRST = ["sarah", "james", "priya", "tomasz", "aoife", "kwame", "li", "maria", "dev", "hannah",
         "conor", "fatima", "oliver", "grace", "mateus", "siobhan", "ravi", "ellie", "jamal", "niamh"]
LAST = ["doe", "patel", "nowak", "murphy", "mensah", "chen", "garcia", "sharma", "walsh", "kowalski",
        "brennan", "hussain", "taylor", "byrne", "silva", "mcallister", "reid", "khan", "evans", "lynch"]
DOMAINS = ["gmail.com", "hotmail.co.uk", "yahoo.com", "outlook.com", "icloud.com", "btinternet.com",
           "eircom.net", "aol.com", "protonmail.com", "live.ie"]
STREETS = ["Acacia Avenue", "Mill Lane", "Station Road", "High Street", "Kingsway Close", "Elm Grove",
           "Cherry Tree Drive", "Maple Street", "Oak Crescent", "Victoria Terrace", "Church Lane",
           "Sunset Boulevard", "Pine Street", "Hawthorn Way", "Willow Court", "Baker Street",
           "Riverside Drive", "Queens Road", "Fairview Avenue", "Granby Row"]
TOWNS = ["Leeds", "Manchester", "Cork", "Dublin", "Boston", "Glasgow", "Bristol", "Austin", "Cardiff",
         "Belfast", "Denver", "Sheffield"]
UK_TOWNS = ["Leeds", "Manchester", "Glasgow", "Bristol", "Cardiff", "Belfast", "Sheffield", "Edinburgh"]
US_TOWNS = ["Boston", "Austin", "Denver", "Seattle", "Chicago", "Atlanta", "Philadelphia"]
UK_PCS = ["SW1A 2AA", "M1 1AE", "B33 8TH", "CR2 6XH", "DN55 1PT", "LS6 2QR", "EH3 9DR", "G2 4JR",
          "BT7 1NN", "CF10 3AT", "NE1 4ST", "BS8 1TH", "EC1A 1BB", "W1A 1AA", "L3 9PJ", "S10 2TN"]
US_ZIPS = ["02139", "73301", "10027", "94110", "60614", "80202", "30309", "78701", "98109", "19104"]
AGENTS = ["Dan", "Chloe", "Marcus", "Ayesha", "Rob", "Jen", "Kieran", "Sofia", "Tom", "Nadia"]
COMPANIES = [("banking", "Northgate Bank"), ("telecom", "Vireo Mobile"), ("utilities", "Brightwater Energy"),
             ("retail", "Hollis and Kane"), ("insurance", "Ashford Mutual"), ("travel", "Skylark Holidays"),
             ("healthcare billing", "Meridian Health Billing"), ("government", "the Revenue helpline"),
             ("banking", "Shannon Credit Union"), ("telecom", "Tidewave Broadband"),
             ("utilities", "Kestrel Water"), ("travel", "AerLink"), ("insurance", "Harbor State Insurance"),
             ("government", "the council tax team"), ("healthcare billing", "St Brendan's billing office"),
             ("retail", "Parcelo")]
BACKCH = ["mhm", "go on", "yep", "okay", "uh huh", "right", "ok go on", "yes", "got that", "sure, next bit"]
FILL_OPEN = ["", "", "um ", "uh ", "so ", "right so ", "okay ", "yeah it's ", "er ", "so it's "]


def greet(rng, c, co=None):
    ind, name = co or rng.choice(COMPANIES)
    ag = rng.choice(AGENTS)
    c.a(rng.choice(["thanks for calling %s, you're through to %s, how can i help",
                    "hello you're speaking to %s at %s" if False else "good morning, %s, %s speaking",
                    "hi thank you for calling %s my name's %s",
                    "%s customer services, this is %s"]) % (name, ag))
    return ind, name


def prob(rng, p):
    return rng.random() < p


# --------------------------------------------------------------------------
# positive generators: cards

CARD_LABELS = ["card no:", "Card number -", "CC#", "long number:", "card num", "PAN:", "card:",
               "Card No.", "card number is", "the number on the card is", "cc", "debit card"]


def card_typed_str(rng, num):
    f = rng.randrange(8)
    g = card_groups(num)
    if f == 0:
        return group_str(num, g, " ")
    if f == 1:
        return group_str(num, g, "-")
    if f == 2:
        return num
    if f == 3:
        return group_str(num, g, ".")
    if f == 4:
        return group_str(num, [5, 6, 5, 3], " ")
    if f == 5:
        return group_str(num, [4, 8, 4, 3], " ")
    if f == 6:
        return group_str(num, g, "  ")
    return group_str(num, [2, 2, 4, 4, 4, 3], " ")


def pos_card_chat(rng):
    c = Case("positive", "typed chat card number with label")
    num = make_card(rng)
    g = c.group("CARD_NUMBER", num)
    lab = rng.choice(CARD_LABELS)
    c.a(rng.choice(["Hi, thanks for waiting. To take the payment of £%d.%02d I'll need the card details please." % (rng.randrange(20, 400), rng.randrange(100)),
                    "Can you type the card number you'd like to use for the $%d renewal?" % rng.randrange(30, 900),
                    "Please send the long card number and we'll process the refund."]))
    extra = []
    if prob(rng, 0.5):
        exp = "%02d/%02d" % (rng.randrange(1, 13), rng.randrange(26, 32))
        ge = c.group("EXPIRY")
        extra += [rng.choice([" exp ", " expiry: ", ", expires ", " valid thru "]), c.v(exp, ge)]
        if prob(rng, 0.6):
            cvv = make_acct(rng, 4 if len(num) == 15 else 3)
            gc = c.group("CVV", cvv)
            extra += [rng.choice([" cvv ", " CVC: ", ", security code ", " sec code "]), c.v(cvv, gc)]
    c.c(rng.choice(["", "ok ", "sure, ", "hiya "]), lab, " ", c.v(card_typed_str(rng, num), g), *extra,
        rng.choice(["", " thx", " - its the visa", ". Please confirm once done", " ta"]))
    c.a("Thank you, that's gone through. Your reference is %s." % rng.choice(["PAY-%d" % rng.randrange(10**5, 10**6), "%d" % rng.randrange(10**7, 10**8)]))
    return c


def pos_card_email(rng):
    c = Case("positive", "e-mail body with card number, no/odd separators, case-varied labels")
    num = make_card(rng, rng.choice(["amex", "visa13", "maestro19", "visa", "mc2", "visa19"]))
    g = c.group("CARD_NUMBER", num)
    name = rng.choice(FIRST).capitalize() + " " + rng.choice(LAST).capitalize()
    c.c("Subject: RE: outstanding invoice INV-%d\n\nHello,\n\nPlease charge the balance of %d.%02d EUR to my card.\n%s %s\n"
        % (rng.randrange(10000, 99999), rng.randrange(50, 3000), rng.randrange(100), rng.choice(["CARD NUMBER:", "Card Nr", "card no.", "CC -", "Number on card ="]), ""),
        c.v(card_typed_str(rng, num), g),
        "\nName on card: %s\n\nKind regards,\n%s" % (name, name.split()[0]))
    c.a("Dear %s, thank you, the payment of the balance has been taken. Ticket #%d is now closed." % (name.split()[0], rng.randrange(100000, 999999)))
    return c


def pos_card_asr_one(rng):
    c = Case("positive", "ASR transcript, whole card read in one turn with fillers, agent read-back")
    greet(rng, c)
    num = make_card(rng)
    g = c.group("CARD_NUMBER", num)
    c.c("hi yeah i want to pay my bill")
    c.a(rng.choice(["no problem, can i take the long card number please", "sure whenever you're ready, the sixteen digit number on the front",
                    "okay, go ahead with the card number"]))
    spoken = say_digits(rng, num, p_pair=rng.choice([0, 0.2, 0.5]), p_hund=rng.choice([0, 0, 0.3]),
                        p_fill=rng.choice([0, 0.08, 0.15]), groups=card_groups(num), homophone=rng.choice([0, 0, 0.2]))
    c.c(rng.choice(FILL_OPEN), c.v(spoken, g), rng.choice(["", " and that's it", " yeah"]))
    if prob(rng, 0.6):
        g2 = c.group("CARD_NUMBER", num)
        c.a(rng.choice(["let me read that back ", "so i've got ", "just to confirm, "]),
            c.v(say_digits(rng, num, p_double=0.3, groups=card_groups(num), zero="zero"), g2), rng.choice([", is that right", "?", " correct?"]))
        c.c(rng.choice(["yep", "that's right", "yes that's it"]))
    return c


def pos_card_split(rng):
    c = Case("positive", "card read in chunks across customer turns with agent back-channels")
    greet(rng, c)
    num = make_card(rng)
    g = c.group("CARD_NUMBER", num)
    c.a("and the card number when you're ready")
    sizes = rng.choice([card_groups(num), [8, len(num) - 8], [4, 4, len(num) - 8], [6, 6, len(num) - 12]])
    chunks = split_sizes(num, sizes)
    for j, ch in enumerate(chunks):
        lead = rng.choice(["", "", "um ", "it's ", "then ", "uh "]) if j else rng.choice(FILL_OPEN)
        style = rng.random()
        if style < 0.2:
            txt = ch
        else:
            txt = say_digits(rng, ch, p_pair=rng.choice([0, 0.5]), p_fill=0.05, homophone=0.05)
        c.c(lead, c.v(txt, g), rng.choice(["", "", "...", ","]))
        if j < len(chunks) - 1:
            c.a(rng.choice(BACKCH))
    c.a(rng.choice(["lovely thanks", "great, and the expiry?", "okay that's validated"]))
    return c


def pos_card_correction(rng):
    c = Case("positive", "restarted/corrected card reading; aborted fragment also labelled")
    greet(rng, c)
    num = make_card(rng)
    cut = rng.randrange(4, 10)
    wrong = list(num[:cut])
    k = rng.randrange(1, cut)
    wrong[k] = str((int(wrong[k]) + rng.randrange(1, 9)) % 10)
    wrong = "".join(wrong)
    gp = c.group("CARD_NUMBER", partial=True)
    g = c.group("CARD_NUMBER", num)
    c.a("card number please")
    c.c(rng.choice(FILL_OPEN), c.v(say_digits(rng, wrong), gp),
        rng.choice(["... no sorry, hang on, i'm reading the wrong card. ", " - no wait, start again, ",
                    ", oh no that's not right, let me start over, ", " sorry i've lost my place, from the top: "]),
        c.v(say_digits(rng, num, p_pair=0.2, groups=card_groups(num), p_fill=0.05), g))
    c.a(rng.choice(["okay so ignoring the first bit, i've got that", "no worries, got it", "fine, that's the one ending in the %s" % UNIT[int(num[-1])]]))
    return c


def pos_card_aside(rng):
    c = Case("positive", "aside in the middle of a card reading splits it into two spans")
    greet(rng, c)
    num = make_card(rng)
    g = c.group("CARD_NUMBER", num)
    k = rng.choice([4, 8, 12]) if len(num) >= 13 else 6
    c.a("go ahead with the card")
    c.c(c.v(say_digits(rng, num[:k], p_pair=0.3), g),
        rng.choice([", sorry the dog's going mad, ", " - hang on i need my glasses - ", "... bear with me the light's rubbish in here... ",
                    ", jack put that down! sorry, where was i, ", " — can you hear me ok? — "]),
        c.v(say_digits(rng, num[k:], p_pair=0.3, p_fill=0.05), g))
    c.a(rng.choice(["got it", "thank you", "that's fine"]))
    return c


def pos_card_full_then_last4(rng):
    c = Case("positive", "full card read then last four mentioned in same case (labelled)")
    greet(rng, c)
    num = make_card(rng)
    g = c.group("CARD_NUMBER", num)
    g4 = c.group("CARD_NUMBER", partial=True)
    c.a("what's the card you'd like to use")
    if prob(rng, 0.5):
        c.c(c.v(say_digits(rng, num, groups=card_groups(num), p_pair=0.3), g))
    else:
        c.c("it's ", c.v(group_str(num, card_groups(num), " "), g))
    l4 = num[-4:]
    c.a("thanks. so that's the %s card ending " % rng.choice(["visa", "debit", "credit", "mastercard"]),
        c.v(rng.choice([l4, say_digits(rng, l4, p_pair=0.5)]), g4), ", and the payment of %d pounds will leave today" % rng.randrange(10, 500))
    return c


def pos_card_mishear(rng):
    c = Case("positive", "agent mis-hears a card digit on read-back; customer corrects the group")
    greet(rng, c)
    num = make_card(rng, rng.choice(["visa", "mc"]))
    g = c.group("CARD_NUMBER", num)
    gw = c.group("CARD_NUMBER", partial=True)
    gc = c.group("CARD_NUMBER", partial=True)
    c.a("long number please")
    c.c(c.v(say_digits(rng, num, p_pair=0.4, groups=[4, 4, 4, 4], homophone=0.15), g))
    grp = num[8:12]
    bad = grp[:2] + str((int(grp[2]) + 3) % 10) + grp[3]
    c.a("and the third block was ", c.v(say_digits(rng, bad, p_double=0), gw), "?")
    c.c(rng.choice(["no, ", "nope, it's ", "no no, "]), c.v(say_digits(rng, grp, p_double=0), gc),
        rng.choice(["", ", %s as in %s" % (UNIT[int(grp[2])], "the number"), " - you must've misheard me"]) if False else rng.choice(["", " - you must've misheard", " sorry, bad line"]))
    c.a("ah got it, thank you")
    return c


def pos_card_asr_digits(rng):
    c = Case("positive", "ASR output rendered card as digit clusters with odd grouping")
    greet(rng, c)
    num = make_card(rng)
    g = c.group("CARD_NUMBER", num)
    sizes = rng.choice([[2] * 10, [3, 3, 3, 3, 4, 3], [1, 3, 4, 4, 4, 3], [4, 2, 2, 4, 4]])
    c.a("and the card number")
    c.c(rng.choice(["yeah it's ", "", "um "]), c.v(group_str(num, sizes, " "), g), rng.choice(["", " i think"]))
    return c


def pos_card_with_exp_cvv_spoken(rng):
    c = Case("positive", "spoken card + expiry + security code with distractor amount")
    ind, name = greet(rng, c)
    num = make_card(rng)
    g = c.group("CARD_NUMBER", num)
    amount = "%d pounds %d" % (rng.randrange(20, 300), rng.randrange(1, 99))
    c.a("so the balance is %s, how would you like to pay" % amount)
    c.c("card please, ", c.v(say_digits(rng, num, p_pair=0.3, groups=card_groups(num), p_fill=0.05), g))
    m, y = rng.randrange(1, 13), rng.randrange(26, 32)
    ge = c.group("EXPIRY")
    c.a("and the expiry date")
    ex = rng.choice(["%s %s" % (say_digits(rng, "%02d" % m, zero="oh"), TENS[y // 10] + " " + UNIT[y % 10] if y % 10 else TENS[y // 10]),
                     "%s twenty %s" % (MONTHS[m - 1], TENS[y // 10] + " " + UNIT[y % 10] if y % 10 else TENS[y // 10]),
                     "%02d/%02d" % (m, y),
                     "%s of twenty %s" % (MONTHS[m - 1], TENS[y // 10] + " " + UNIT[y % 10] if y % 10 else TENS[y // 10])])
    c.c(rng.choice(["", "it's ", "er "]), c.v(ex, ge))
    cvv = make_acct(rng, 4 if len(num) == 15 else 3)
    gc = c.group("CVV", cvv)
    c.a("and the three digits on the back" if len(cvv) == 3 else "and the four digit code on the front")
    c.c(rng.choice(["", "it's ", "um "]), c.v(say_digits(rng, cvv, p_hund=0.4), gc))
    return c


# --------------------------------------------------------------------------
# SSN / NI

def pos_ssn_typed(rng):
    c = Case("positive", "typed SSN with label in chat/e-mail")
    s = make_ssn(rng)
    g = c.group("SSN", s)
    c.a(rng.choice(["To verify your identity for the claim, please provide your Social Security number.",
                    "I'll need the SSN of the primary account holder to open the dispute.",
                    "For the W-9 we need the taxpayer's SSN."]))
    c.c(rng.choice(["ssn: ", "SSN is ", "Social sec # ", "my social is ", "SS#", "ss no. ", "Soc Sec Num - "]),
        c.v(ssn_typed(rng, s), g), rng.choice(["", " thanks", ". Claim no. CLM-%d" % rng.randrange(10**6, 10**7), ", DOB to follow"]))
    c.a("Thanks, your identity is verified.")
    return c


def pos_ssn_spoken(rng):
    c = Case("positive", "spoken SSN with pauses at 3-2-4, fillers, doubles, pairs")
    greet(rng, c, rng.choice([x for x in COMPANIES if x[1] in ("Harbor State Insurance", "Meridian Health Billing", "Northgate Bank")]))
    s = make_ssn(rng)
    g = c.group("SSN", s)
    c.a(rng.choice(["can i get your social security number", "and your social please", "what's the social on the account"]))
    c.c(rng.choice(FILL_OPEN), c.v(say_digits(rng, s, groups=[3, 2, 4], p_pair=rng.choice([0, 0.4]),
                                             p_hund=rng.choice([0, 0.3]), p_fill=rng.choice([0, 0.1]), homophone=0.1), g))
    if prob(rng, 0.5):
        g2 = c.group("SSN", s)
        c.a("thank you, so that's ", c.v(say_digits(rng, s, groups=[3, 2, 4], p_double=0.2), g2), "?")
        c.c("yes ma'am" if prob(rng, 0.5) else "correct")
    return c


def pos_ssn_split(rng):
    c = Case("positive", "SSN split across turns with back-channels")
    greet(rng, c)
    s = make_ssn(rng)
    g = c.group("SSN", s)
    c.a("and the social security number")
    parts = split_sizes(s, rng.choice([[3, 2, 4], [3, 6], [5, 4]]))
    for j, p in enumerate(parts):
        c.c(rng.choice(["", "", "uh ", "and then "]) if j else rng.choice(FILL_OPEN),
            c.v(say_digits(rng, p, p_pair=0.3) if prob(rng, 0.8) else p, g))
        if j < len(parts) - 1:
            c.a(rng.choice(BACKCH))
    c.a("perfect thanks")
    return c


def pos_ssn_correction(rng):
    c = Case("positive", "SSN reading corrected mid-way; both readings labelled")
    greet(rng, c)
    s = make_ssn(rng)
    gp = c.group("SSN", partial=True)
    g = c.group("SSN", s)
    w = s[:5]
    w = w[:3] + w[4] + w[3]
    c.a("i need your social to pull up the policy")
    c.c(c.v(say_digits(rng, w, groups=[3, 2]), gp), rng.choice([", no wait, i always swap those, ", "... sorry no that's my wife's, mine is ",
                                                            " - scratch that - "]),
        c.v(say_digits(rng, s, groups=[3, 2, 4], p_pair=0.2), g))
    c.a("okay, going with the second one")
    return c


def pos_ni_typed(rng):
    c = Case("positive", "typed NI number with case/spacing variation")
    ni = make_ni(rng)
    g = c.group("NI_NUMBER", ni)
    c.a(rng.choice(["For the Universal Credit query I need your National Insurance number please.",
                    "Could you confirm your NI number so I can find your pension record?",
                    "Please enter your National Insurance number below."]))
    c.c(rng.choice(["NI no: ", "my ni is ", "NINO ", "National Insurance: ", "ni number - ", "N.I. ", "its "]),
        c.v(ni_typed(rng, ni), g), rng.choice(["", " thanks", " (tax code 1257L)", ", ref 40218873"]))
    return c


def pos_ni_spoken(rng):
    c = Case("positive", "spoken NI number with NATO/folk spelling, pairs, fillers")
    greet(rng, c, rng.choice([x for x in COMPANIES if x[0] in ("government", "banking", "insurance")]))
    ni = make_ni(rng)
    g = c.group("NI_NUMBER", ni)
    c.a(rng.choice(["can i take your national insurance number", "and your n i number please", "what's your NI number"]))
    pre, dig, suf = ni_spoken(rng, ni)
    c.c(rng.choice(FILL_OPEN), c.v(pre + rng.choice([" ", ", ", " um "]) + dig + rng.choice([" ", ", ", " and "]) + suf, g))
    if prob(rng, 0.5):
        g2 = c.group("NI_NUMBER", ni)
        c.a("thanks, reading it back, ", c.v(" ".join(ni_spoken(rng, ni, "nato")), g2), "?")
        c.c("that's it")
    return c


def pos_ni_split(rng):
    c = Case("positive", "NI number split across turns; agent clarifies a letter")
    greet(rng, c)
    ni = make_ni(rng)
    g = c.group("NI_NUMBER", ni)
    c.a("and your national insurance number")
    pre, dig, suf = ni_spoken(rng, ni, rng.choice(["plain", "folk"]))
    c.c(rng.choice(FILL_OPEN), c.v(pre, g))
    c.a(rng.choice(BACKCH))
    c.c(c.v(dig, g))
    c.a(rng.choice(["and the last letter?", "and the letter at the end", "mhm"]))
    c.c(rng.choice(["", "it's ", "the letter "]), c.v(suf, g))
    if prob(rng, 0.6):
        gq = c.group("NI_NUMBER", partial=True)
        c.a("sorry was that ", c.v(spell_letter(rng, ni[8], "nato"), gq), "?")
        c.c("yes")
    return c


def pos_ni_correction(rng):
    c = Case("positive", "NI number with misheard letter and correction")
    greet(rng, c)
    ni = make_ni(rng)
    g = c.group("NI_NUMBER", ni)
    gw = c.group("NI_NUMBER", partial=True)
    gc = c.group("NI_NUMBER", partial=True)
    c.a("national insurance number please")
    pre, dig, suf = ni_spoken(rng, ni, "plain")
    c.c(c.v(pre + " " + dig + " " + suf, g))
    alt = {"A": "J", "B": "D", "C": "D", "D": "B"}[ni[8]]
    c.a("i've got ", c.v(ni[:2].lower() + " " + say_digits(rng, ni[2:8], zero="zero", groups=[2, 2, 2]) + " " + alt.lower(), gw), "?")
    c.c("no the last one's ", c.v(spell_letter(rng, ni[8], rng.choice(["nato", "folk", "asin"])), gc))
    c.a("ah, sorry, bad line, got it")
    return c


def pos_ni_email(rng):
    c = Case("positive", "NI number inside an e-mail with other reference numbers")
    ni = make_ni(rng)
    g = c.group("NI_NUMBER", ni)
    c.c("Hi,\nRe: case %d. I was told to send my details. My NI number is " % rng.randrange(10**6, 10**7),
        c.v(ni_typed(rng, ni), g), " and my employer PAYE ref is %03d/AB%05d.\nThanks" % (rng.randrange(100, 999), rng.randrange(10**4, 10**5)))
    return c


# --------------------------------------------------------------------------
# other types

def pos_bank(rng):
    c = Case("positive", "UK sort code and account number, typed or spoken")
    greet(rng, c, rng.choice([x for x in COMPANIES if x[0] in ("banking", "utilities", "insurance")]))
    sc, ac = make_sort(rng), make_acct(rng)
    gs, ga = c.group("SORT_CODE", sc), c.group("BANK_ACCOUNT", ac)
    c.a("for the direct debit i'll need the sort code and account number")
    if prob(rng, 0.5):
        c.c(rng.choice(["sort code ", "it's ", "sort "]), c.v(say_digits(rng, sc, groups=[2, 2, 2], p_pair=0.5), gs))
        c.a(rng.choice(BACKCH))
        c.c(rng.choice(["and the account is ", "account number ", ""]), c.v(say_digits(rng, ac, groups=[4, 4], p_pair=0.3, p_fill=0.05), ga))
    else:
        c.c(rng.choice(["s/c ", "sort code: ", "Sort "]), c.v(group_str(sc, [2, 2, 2], rng.choice(["-", " ", ""])), gs),
            rng.choice([" acct no: ", " a/c ", ", account number ", " acc "]), c.v(ac, ga))
    c.a("thank you, the first collection of %d pounds will be on the %s" % (rng.randrange(20, 200), rng.choice(["first", "fifth", "twentieth"])))
    return c


def pos_iban(rng):
    c = Case("positive", "IBAN typed or spoken")
    iban = make_iban_val(rng)
    g = c.group("IBAN", iban)
    c.a("For the refund to an EU account we need your IBAN." if prob(rng, 0.5) else "could you read me the iban please")
    if prob(rng, 0.5):
        txt = group_str(iban, [4] * 9, " ") if prob(rng, 0.6) else iban
        if prob(rng, 0.3):
            txt = txt.lower()
        c.c(rng.choice(["IBAN: ", "iban ", "my IBAN is "]), c.v(txt, g))
    else:
        sp = say_alnum(rng, iban[:2], rng.choice(["plain", "nato"])) + " " + say_digits(rng, iban[2:4], p_pair=0.5)
        rest = iban[4:]
        c.c(rng.choice(FILL_OPEN), c.v(sp, g))
        c.a(rng.choice(BACKCH))
        c.c(c.v(say_alnum(rng, rest, rng.choice(["plain", "nato"]), p_pair=0.3, groups=[4] * 8), g))
    c.a("thanks, the refund should arrive in three to five working days")
    return c


def phone_spoken(rng, p, kind):
    if p.startswith("+"):
        cc = {"uk_intl": "44", "us_intl": "1", "ie_intl": "353"}[kind]
        rest = p[1 + len(cc):]
        head = rng.choice(["plus ", "plus "]) + say_digits(rng, cc, p_pair=0.5)
        return head + " " + say_digits(rng, rest, p_pair=0.3, groups=[3, 3, 4])
    return say_digits(rng, p, p_pair=0.3, groups=[5, 3, 3] if len(p) == 11 else [3, 3, 4])


def pos_phone(rng):
    c = Case("positive", "phone number typed or spoken (national/international)")
    ind, name = greet(rng, c)
    p, kind = make_phone(rng)
    g = c.group("PHONE", p)
    c.a("what's the best number to call you back on")
    if prob(rng, 0.5):
        txt = p
        if p.startswith("+44"):
            txt = rng.choice(["+44 " + p[3:7] + " " + p[7:], "+44 (0)" + p[3:7] + " " + p[7:]]) if False else "+44 " + p[3:7] + " " + p[7:]
        elif p.startswith("+1"):
            txt = "+1 (%s) %s-%s" % (p[2:5], p[5:8], p[8:])
        elif kind == "us":
            txt = "(%s) %s-%s" % (p[:3], p[3:6], p[6:])
        pre = ""
        while txt[0] in "+(":
            pre, txt = pre + txt[0], txt[1:]
        c.c(rng.choice(["tel: ", "mob ", "it's ", "call me on "]) + pre, c.v(txt, g))
    else:
        c.c(rng.choice(FILL_OPEN), c.v(phone_spoken(rng, p, kind), g))
        if prob(rng, 0.5):
            g2 = c.group("PHONE", p)
            c.a("so that's ", c.v(phone_spoken(rng, p, kind), g2))
    c.a("great, someone will call you between %d and %d" % (rng.randrange(9, 12), rng.randrange(1, 5)))
    return c


def pos_email(rng):
    c = Case("positive", "e-mail address typed or spoken with dot/at")
    greet(rng, c)
    f, l = rng.choice(FIRST), rng.choice(LAST)
    dom = rng.choice(DOMAINS)
    sep = rng.choice([".", "_", "", "."])
    num = str(rng.randrange(1, 99)) if prob(rng, 0.4) else ""
    local = rng.choice([f[0], f]) + sep + l + num
    addr = local + "@" + dom
    g = c.group("EMAIL", addr)
    c.a("and an email address for the confirmation")
    if prob(rng, 0.4):
        c.c(rng.choice(["email: ", "it's ", "", "e-mail "]), c.v(rng.choice([addr, addr.capitalize(), addr.upper()]) if True else addr, g))
    else:
        lp = local
        words = []
        if lp[0] != f[0] or lp.startswith(f):
            pass
        first_part = f if local.startswith(f) else f[0]
        words.append(first_part if len(first_part) > 1 else spell_letter(rng, first_part, rng.choice(["plain", "folk"])))
        if sep:
            words.append({".": "dot", "_": "underscore"}[sep])
        words.append(l)
        if num:
            words.append(say_digits(rng, num, p_pair=0.8))
        words.append("at")
        words.append(" dot ".join(dom.split(".")))
        c.c(rng.choice(FILL_OPEN), c.v(" ".join(words), g))
    c.a("lovely, you'll get that within %d minutes" % rng.randrange(5, 30))
    return c


def dob_forms(rng):
    d, m, y = rng.randrange(1, 29), rng.randrange(1, 13), rng.randrange(1940, 2005)
    ords = {1: "first", 2: "second", 3: "third", 5: "fifth", 8: "eighth", 9: "ninth", 12: "twelfth"}
    ordw = ords.get(d, (UNIT[d] if d < 10 else TEEN.get(d, TENS.get(d // 10, "") + ("" if d % 10 == 0 else " " + UNIT[d % 10]))) + "th")
    ordw = ordw.replace("twentyth", "twentieth").replace("twenty first", "twenty first")
    yw = ("nineteen " + (TENS[(y % 100) // 10] + (" " + UNIT[y % 10] if y % 10 else "") if y % 100 >= 20 else
                          "oh " + UNIT[y % 10] if y % 100 < 10 else TEEN[y % 100])) if y < 2000 else "two thousand and " + UNIT[y % 10] if y % 10 else "two thousand"
    return rng.choice(["%02d/%02d/%d" % (d, m, y), "%d-%02d-%02d" % (y, m, d), "%d %s %d" % (d, MONTHS[m - 1].capitalize(), y),
                       "the %s of %s %s" % (ordw, MONTHS[m - 1], yw), "%s %s, %s" % (MONTHS[m - 1], ordw, yw),
                       "%s %s %s" % (say_digits(rng, "%02d" % d, zero="oh"), say_digits(rng, "%02d" % m, zero="oh"), yw)]).lstrip()


def pos_dob(rng):
    c = Case("positive", "date of birth typed or spoken; whole date expression labelled")
    greet(rng, c, rng.choice([x for x in COMPANIES if x[0] in ("healthcare billing", "insurance", "government", "banking")]))
    g = c.group("DOB")
    c.a(rng.choice(["can you confirm your date of birth", "and the patient's date of birth", "for security, your DOB please"]))
    dob = dob_forms(rng)
    if dob.startswith("the "):
        dob = dob[4:]
        lead = "the "
    else:
        lead = rng.choice(["", "it's ", "um "])
    c.c(lead, c.v(dob, g), rng.choice(["", ", i'm %d" % rng.randrange(20, 80)]))
    c.a("thank you, and your appointment on the %s is still showing" % rng.choice(["ninth", "14th", "twenty second"]))
    return c


def pos_address(rng):
    c = Case("positive", "address (number + street) with separate postcode/ZIP, town unlabelled")
    greet(rng, c)
    us = prob(rng, 0.4)
    n = rng.randrange(1, 400)
    st = rng.choice(STREETS)
    ga, gp = c.group("ADDRESS"), c.group("POSTCODE", (rng.choice(US_ZIPS) if us else rng.choice(UK_PCS)).replace(" ", ""))
    pc = c.groups[gp]["canon"]
    c.a("can i confirm the address on the account")
    if prob(rng, 0.5):
        addr = rng.choice(["%d %s" % (n, st), "Flat %d, %d %s" % (rng.randrange(1, 20), n, st), "%d%s %s" % (n, rng.choice(["a", "b"]), st)])
        pct = pc if us else (pc[:-3] + " " + pc[-3:])
        c.c(c.v(addr, ga), ", %s, " % rng.choice(US_TOWNS if us else UK_TOWNS), c.v(pct, gp))
    else:
        nn = say_digits(rng, str(n), p_pair=0.7, p_hund=0.6)
        addr = rng.choice(["%s %s" % (nn, st.lower()), "flat %s, %s %s" % (UNIT[rng.randrange(1, 10)], nn, st.lower())])
        pcs = say_digits(rng, pc, p_pair=0.3) if us else say_alnum(rng, pc, "plain")
        c.c(rng.choice(FILL_OPEN), c.v(addr, ga), " in %s" % rng.choice(US_TOWNS if us else UK_TOWNS).lower())
        c.a(rng.choice(["and the postcode", "and the zip code"]) if True else "")
        c.c(c.v(pcs, gp))
    c.a("perfect, that matches")
    return c


def pos_postcode_only(rng):
    c = Case("positive", "postcode / ZIP alone, typed or spoken")
    us = prob(rng, 0.4)
    pc = (rng.choice(US_ZIPS) + (("-" + make_acct(rng, 4)) if prob(rng, 0.3) else "")) if us else rng.choice(UK_PCS)
    g = c.group("POSTCODE", pc.replace(" ", "").replace("-", ""))
    c.a("what's your postcode so i can check for outages" if not us else "what's the zip code on the account")
    txt = rng.choice([pc, pc.lower(), pc.replace(" ", "")]) if prob(rng, 0.5) else (say_alnum(rng, pc.replace(" ", ""), rng.choice(["plain", "folk"])) if not us else say_digits(rng, pc.replace("-", "")))
    c.c(rng.choice(["", "it's ", "postcode is ", "zip "]), c.v(txt, g))
    c.a("thanks, there's a fault in your area, engineers expect it fixed by %d pm" % rng.randrange(2, 9))
    return c


def pos_cvv_expiry(rng):
    c = Case("positive", "card last four (not PII on its own) then expiry and CVV (PII)")
    greet(rng, c)
    c.a("is that the card ending %s%s" % (rng.randrange(1000, 9999), "" if True else ""))
    c.c("yes")
    m, y = rng.randrange(1, 13), rng.randrange(25, 33)
    ge = c.group("EXPIRY")
    c.a("and what's the expiry")
    c.c(rng.choice(["", "expires "]), c.v(rng.choice(["%02d/%02d" % (m, y), "%s %d" % (MONTHS[m - 1][:3], 2000 + y),
                                                    "%s twenty %s" % (say_digits(rng, "%02d" % m, zero="oh"), TENS[y // 10] + (" " + UNIT[y % 10] if y % 10 else ""))]), ge))
    cvv = make_acct(rng, 3)
    gc = c.group("CVV", cvv)
    c.a("and the security code, the last three digits on the back")
    c.c(c.v(rng.choice([cvv, say_digits(rng, cvv, p_hund=0.5)]), gc))
    return c


POS_GENS = [
    (pos_card_chat, 14), (pos_card_email, 6), (pos_card_asr_one, 10), (pos_card_split, 10),
    (pos_card_correction, 7), (pos_card_aside, 6), (pos_card_full_then_last4, 4), (pos_card_mishear, 5),
    (pos_card_asr_digits, 5), (pos_card_with_exp_cvv_spoken, 8),
    (pos_ssn_typed, 9), (pos_ssn_spoken, 10), (pos_ssn_split, 6), (pos_ssn_correction, 4),
    (pos_ni_typed, 9), (pos_ni_spoken, 9), (pos_ni_split, 6), (pos_ni_correction, 4), (pos_ni_email, 4),
    (pos_bank, 12), (pos_iban, 12), (pos_phone, 14), (pos_email, 12), (pos_dob, 12), (pos_address, 12),
    (pos_postcode_only, 6), (pos_cvv_expiry, 6),
]


# --------------------------------------------------------------------------
# negatives

def neg_order_number_long(rng):
    c = Case("negative", "16-digit order/tracking number read like a card reading, labelled as such")
    greet(rng, c, rng.choice([x for x in COMPANIES if x[0] in ("retail", "travel", "telecom")]))
    d = make_acct(rng, rng.choice([12, 16, 18, 20]))
    if luhn_ok(d):
        d = d[:-1] + str((int(d[-1]) + 1) % 10)
    lab = rng.choice(["order number", "tracking number", "consignment number", "booking reference", "serial number", "invoice number"])
    c.a("can i take the %s" % lab)
    c.c("the %s is %s" % (lab, say_digits(rng, d, groups=[4] * 5, p_pair=0.3) if prob(rng, 0.6) else group_str(d, [4] * 5, " ")))
    c.a("thanks, that %s shows as dispatched on the %s" % (lab, rng.choice(["third", "12th", "twenty first"])))
    return c


def neg_amounts(rng):
    c = Case("negative", "amounts, balances, prices, percentages")
    greet(rng, c)
    c.c("i was charged %d pounds %d but the tariff said %d.%02d a month" % (rng.randrange(20, 200), rng.randrange(1, 99), rng.randrange(10, 60), rng.randrange(100)))
    c.a("i see, your balance is %s dollars and %s cents, the interest rate is %d.%d percent and there's a %d%% discount"
        % (say_digits(rng, str(rng.randrange(1000, 9999)), p_hund=0.5, p_pair=0.5), TENS[rng.randrange(2, 10)], rng.randrange(1, 30), rng.randrange(10), rng.randrange(5, 50)))
    c.c("so four thousand two hundred and %s, that's way too much" % TEEN[rng.randrange(10, 20)])
    return c


def neg_last4(rng):
    c = Case("negative", "card last-four mentions only (allowed by PCI DSS)")
    greet(rng, c)
    l4 = make_acct(rng, 4)
    c.a("i can see two cards, the visa ending %s and the mastercard ending in %s" % (l4, say_digits(rng, make_acct(rng, 4), p_pair=0.5)))
    c.c(rng.choice(["the one ending %s please" % say_digits(rng, l4), "use the %s one" % l4, "the last four are %s" % say_digits(rng, l4, p_pair=0.5)]))
    c.a("okay, %d pounds taken from the card ending %s" % (rng.randrange(10, 400), l4))
    return c


def neg_times_dates(rng):
    c = Case("negative", "appointment dates, times, opening hours, durations")
    greet(rng, c)
    c.a("we're open from %d am to %d pm, and the engineer can come on the %s of %s between %d and %d" % (
        rng.randrange(7, 10), rng.randrange(5, 9), rng.choice(["third", "14th", "twenty second"]), rng.choice(MONTHS), rng.randrange(8, 12), rng.randrange(1, 5)))
    c.c("can it be %s %s instead, i'm at work till half %s" % (rng.choice(MONTHS), rng.randrange(1, 29), UNIT[rng.randrange(4, 8)]))
    c.a("yes, %02d/%02d/%d at %d:%02d, it'll take about %d minutes" % (rng.randrange(1, 29), rng.randrange(1, 13), rng.choice([2025, 2026]), rng.randrange(8, 17), rng.choice([0, 15, 30, 45]), rng.choice([30, 45, 90])))
    return c


def neg_refs(rng):
    c = Case("negative", "reference/claim/policy/ticket numbers with labels, alphanumeric")
    greet(rng, c, rng.choice([x for x in COMPANIES if x[0] in ("insurance", "government", "healthcare billing", "telecom")]))
    lab, val = rng.choice([
        ("policy number", "POL-%d-%s" % (rng.randrange(10**6, 10**7), rng.choice("ABCXZ"))),
        ("claim reference", "CLM%d" % rng.randrange(10**8, 10**9)),
        ("ticket number", "INC%07d" % rng.randrange(10**7)),
        ("case reference", "%s%d%s" % (rng.choice(["QQ", "AB", "JT"]), rng.randrange(10**5, 10**6), rng.choice("XYZ"))),
        ("membership number", "%d" % rng.randrange(10**8, 10**9)),
        ("customer number", "%d" % rng.randrange(10**9, 10**10)),
        ("account reference", "%s-%d" % (rng.choice(["BW", "KW", "VM"]), rng.randrange(10**7, 10**8))),
    ])
    c.a("do you have your %s" % lab)
    if prob(rng, 0.5):
        c.c("yes it's %s" % val)
    else:
        c.c("it's %s" % say_alnum(rng, val.replace("-", ""), rng.choice(["plain", "nato"]), p_pair=0.3))
    c.a("thanks, that %s is linked to the claim opened on the %s" % (lab, rng.choice(["second of may", "21st", "fourth"])))
    return c


def neg_meter(rng):
    c = Case("negative", "meter readings and MPAN/MPRN style supply numbers")
    greet(rng, c, ("utilities", rng.choice(["Brightwater Energy", "Kestrel Water"])))
    c.a("can i take a meter reading")
    c.c("the reading is %s, and the day rate one says %s" % (say_digits(rng, make_acct(rng, 5), p_pair=0.4), make_acct(rng, 6)))
    c.a("and the meter serial number")
    c.c("serial %s%s" % (rng.choice(["E10", "K", "S1"]), make_acct(rng, rng.choice([8, 10]))))
    c.a("thanks, and your supply number, the m pan, is %s on the bill" % make_acct(rng, 13))
    return c


def neg_travel(rng):
    c = Case("negative", "flight/gate/seat/room numbers, counts and ages")
    greet(rng, c, ("travel", rng.choice(["Skylark Holidays", "AerLink"])))
    c.c("we're on flight %s%d on the %s, seat %d%s, there's %d of us, the kids are %d and %d" % (
        rng.choice(["EI", "BA", "FR", "UA"]), rng.randrange(100, 9999), rng.choice(["third", "19th", "twenty eighth"]),
        rng.randrange(1, 40), rng.choice("ABCDEF"), rng.randrange(2, 6), rng.randrange(2, 12), rng.randrange(2, 16)))
    c.a("that's gate %d%s, boarding at %d %s, and your hotel room is %d" % (rng.randrange(1, 60), rng.choice(["", "B"]), rng.randrange(1, 12), rng.choice(["fifteen", "thirty", "forty five"]), rng.randrange(100, 999)))
    c.c("great, it was %d degrees there last year" % rng.randrange(20, 38))
    return c


def neg_roads(rng):
    c = Case("negative", "road names and route numbers, years, model numbers")
    c.c("i'm stuck on the %s near junction %d, the car's a %d %s model %s%d" % (
        rng.choice(["M62", "A40", "N7", "I-95", "M50", "Route 66"]), rng.randrange(1, 40), rng.randrange(2005, 2025),
        rng.choice(["ford", "vw", "toyota"]), rng.choice(["XR", "GT", "TX"]), rng.randrange(100, 9999)))
    c.a("no problem, recovery will be there in about %d minutes, your breakdown reference is %s" % (rng.randrange(30, 120), make_acct(rng, 10)))
    return c


def neg_card_like_labelled(rng):
    c = Case("negative", "digits spoken in 4-4-4-4 groups but explicitly a voucher/gift/reward code")
    greet(rng, c, ("retail", rng.choice(["Hollis and Kane", "Parcelo"])))
    d = make_acct(rng, 16)
    if luhn_ok(d):
        d = d[:-1] + str((int(d[-1]) + 1) % 10)
    lab = rng.choice(["gift voucher code", "reward points number", "loyalty card number", "promo code", "sim serial"])
    c.c("i've got a %s, it's %s" % (lab, say_digits(rng, d, groups=[4, 4, 4, 4], p_pair=0.3)))
    c.a("thanks, the %s has %d points on it, worth %d pounds" % (lab, rng.randrange(100, 5000), rng.randrange(1, 50)))
    return c


def neg_ni_like(rng):
    c = Case("negative", "NI/SSN-shaped strings that are references (tax code, PAYE ref, claim id)")
    greet(rng, c, ("government", "the Revenue helpline"))
    c.a("your tax code is %dL and the employer PAYE reference is %03d/%s%d" % (rng.randrange(100, 1300), rng.randrange(100, 999), rng.choice(["AB", "QR", "XZ"]), rng.randrange(10000, 99999)))
    c.c("and the letter had a reference %s%d%s on it" % (rng.choice(["QQ", "AB", "CE"]), rng.randrange(10**5, 10**6), rng.choice("ABCD")) if False else
        "and the letter had a reference %s-%03d-%02d-%04d" % (rng.choice(["REF", "CR"]), rng.randrange(100, 999), rng.randrange(10, 99), rng.randrange(1000, 9999)))
    c.a("that's the correspondence id, it was sent on %d %s %d" % (rng.randrange(1, 29), rng.choice(MONTHS), rng.choice([2024, 2025])))
    return c


def neg_phone_like(rng):
    c = Case("negative", "company helpline/extension numbers and durations")
    c.a("if it happens again call the line on the back of your bill, extension %d, or press %d for billing, hold time is about %d minutes" % (
        rng.randrange(100, 9999), rng.randrange(1, 9), rng.randrange(2, 40)))
    c.c("ok, and my contract ends in %s, %d months left?" % (rng.choice(MONTHS), rng.randrange(1, 24)))
    c.a("yes, %d months, and your data allowance is %d gigs" % (rng.randrange(1, 24), rng.choice([5, 20, 100])))
    return c


NEG_GENS = [(neg_order_number_long, 14), (neg_amounts, 10), (neg_last4, 12), (neg_times_dates, 10),
            (neg_refs, 14), (neg_meter, 8), (neg_travel, 8), (neg_roads, 6), (neg_card_like_labelled, 10),
            (neg_ni_like, 6), (neg_phone_like, 6)]


# --------------------------------------------------------------------------

def build():
    rng = random.Random(SEED)
    pos, neg = [], []
    for fn, n in POS_GENS:
        for _ in range(n):
            pos.append(fn(rng))
    for fn, n in NEG_GENS:
        for _ in range(n):
            neg.append(fn(rng))
    rng.shuffle(pos)
    rng.shuffle(neg)
    errs = []
    lines = []
    for prefix, cases in (("pos", pos), ("neg", neg)):
        for i, c in enumerate(cases, 1):
            cid = "h440-%s-%03d" % (prefix, i)
            for e in c.validate():
                errs.append("%s: %s" % (cid, e))
            if c.kind == "negative" and c.spans:
                errs.append("%s: negative with spans" % cid)
            if c.kind == "positive" and not c.spans:
                errs.append("%s: positive without spans" % cid)
            spans = sorted(c.spans, key=lambda s: (s["turn"], s["start"]))
            lines.append(json.dumps({"id": cid, "kind": c.kind, "turns": c.turns, "spans": spans, "note": c.note},
                                    ensure_ascii=False))
    return "\n".join(lines) + "\n", errs


def check_file(text):
    errs = []
    ids = set()
    counts = {t: 0 for t in TYPES}
    npos = nneg = 0
    for ln, line in enumerate(text.splitlines(), 1):
        o = json.loads(line)
        if o["id"] in ids:
            errs.append("dup id %s" % o["id"])
        ids.add(o["id"])
        npos += o["kind"] == "positive"
        nneg += o["kind"] == "negative"
        for t in o["turns"]:
            if t["speaker"] not in ("customer", "agent"):
                errs.append("%s bad speaker" % o["id"])
        prev = {}
        for s in o["spans"]:
            if s["type"] not in TYPES:
                errs.append("%s bad type %s" % (o["id"], s["type"]))
                continue
            counts[s["type"]] += 1
            if not (0 <= s["turn"] < len(o["turns"])):
                errs.append("%s turn out of range" % o["id"])
                continue
            txt = o["turns"][s["turn"]]["text"]
            st, en = s["start"], s["end"]
            if not (0 <= st < en <= len(txt)):
                errs.append("%s offsets out of range" % o["id"])
                continue
            if not (txt[st].isalnum() and txt[en - 1].isalnum()):
                errs.append("%s span edge not alnum %r" % (o["id"], txt[st:en]))
            if (st > 0 and txt[st - 1].isalnum()) or (en < len(txt) and txt[en].isalnum()):
                errs.append("%s span not on word boundary %r" % (o["id"], txt[st:en]))
            if s["turn"] in prev and st < prev[s["turn"]]:
                errs.append("%s overlapping spans" % o["id"])
            prev[s["turn"]] = en
    return errs, counts, npos, nneg


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args()
    text, errs = build()
    ferrs, counts, npos, nneg = check_file(text)
    errs += ferrs
    if npos < 200 or nneg < 100:
        errs.append("too few cases: %d pos %d neg" % (npos, nneg))
    mins = {"CARD_NUMBER": 70, "SSN": 30, "NI_NUMBER": 30}
    for t in TYPES:
        if counts[t] < mins.get(t, 10):
            errs.append("too few %s spans: %d" % (t, counts[t]))
    if args.check:
        if not os.path.exists(OUT):
            errs.append("missing %s" % OUT)
        else:
            with open(OUT, encoding="utf-8") as fh:
                if fh.read() != text:
                    errs.append("cases.jsonl is not byte-identical to regenerated output")
    else:
        os.makedirs(os.path.dirname(OUT), exist_ok=True)
        with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
    print("positive=%d negative=%d" % (npos, nneg))
    for t in TYPES:
        print("  %-12s %d" % (t, counts[t]))
    if errs:
        for e in errs[:60]:
            print("ERROR", e, file=sys.stderr)
        print("%d errors" % len(errs), file=sys.stderr)
        return 1
    print("OK" + (" (--check passed)" if args.check else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())

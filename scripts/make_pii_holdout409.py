#!/usr/bin/env python3
"""Generate the pii_holdout409 held-out PII redaction evaluation set.

Writes tests/fixtures/pii_holdout409/cases.jsonl and README.md.
Usage:
    python scripts/make_pii_holdout409.py          # (re)write the files
    python scripts/make_pii_holdout409.py --check  # regenerate and verify

Standard library only.  Every offset is computed from labelled segments.
NEVER use this set for tuning.
"""
import argparse
import json
import os
import random
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout409")
CASES_PATH = os.path.join(OUT_DIR, "cases.jsonl")
README_PATH = os.path.join(OUT_DIR, "README.md")
SEED = 409241125
TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

R = None  # the single random.Random(SEED), created in build()


# ---------------------------------------------------------------- segments
class V(object):
    """A labelled value segment."""
    __slots__ = ("text", "type")

    def __init__(self, text, typ):
        assert typ in TYPES, typ
        self.text = text
        self.type = typ


def C(*parts):
    return ("customer", parts)


def A(*parts):
    return ("agent", parts)


def make_case(cid, kind, turns, note):
    out_turns, spans = [], []
    for i, (spk, parts) in enumerate(turns):
        buf = ""
        for p in parts:
            if isinstance(p, V):
                s = len(buf)
                buf += p.text
                spans.append({"turn": i, "start": s, "end": len(buf), "type": p.type})
            else:
                buf += p
        out_turns.append({"speaker": spk, "text": buf})
    if kind == "negative":
        assert not spans, cid
    else:
        assert spans, cid
    return {"id": cid, "kind": kind, "turns": out_turns, "spans": spans, "note": note}


# ---------------------------------------------------------------- spoken numbers
ONES = "zero one two three four five six seven eight nine".split()
TEENS = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
TENS = [None, None, "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
FILLERS_IN = [" um ", " uh ", ", er, ", " erm ", " uh, ", " um, "]


def zw(uk):
    return R.choice(["oh", "oh", "zero", "nought", "o"] if uk else ["oh", "oh", "zero", "o"])


def dw(d, uk):
    return zw(uk) if d == "0" else ONES[int(d)]


def singles(s, uk):
    out, i = [], 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        run = j - i
        if run >= 3 and R.random() < 0.5:
            out.append("triple " + dw(s[i], uk))
            i += 3
        elif run >= 2 and R.random() < 0.6:
            out.append("double " + dw(s[i], uk))
            i += 2
        else:
            out.append(dw(s[i], uk))
            i += 1
    return " ".join(out)


def pair(s, uk, last):
    if s[0] == "0":
        return singles(s, uk)
    if s[0] == "1":
        return TEENS[int(s[1])]
    if s[1] == "0":
        return TENS[int(s[0])] if last else singles(s, uk)
    return TENS[int(s[0])] + " " + ONES[int(s[1])]


def triple(s, uk, last):
    if s[0] != "0" and R.random() < 0.45:
        h = ONES[int(s[0])] + " hundred"
        rest = s[1:]
        if rest == "00":
            return h if last else singles(s, uk)
        conj = R.choice([" and ", " and ", " "]) if uk else R.choice([" ", " and "])
        if rest[0] == "0":
            return h + conj + ONES[int(rest[1])]
        if rest[1] == "0" and rest[0] != "1" and not last:
            return singles(s, uk)
        return h + conj + pair(rest, uk, True)
    if s[1] != "0" and R.random() < 0.4:
        return dw(s[0], uk) + " " + pair(s[1:], uk, last)
    return singles(s, uk)


def quad(s, uk, last):
    if s[0] != "0" and R.random() < 0.4:
        return pair(s[:2], uk, False) + " " + pair(s[2:], uk, last)
    return singles(s, uk)


def say_group(g, uk, last):
    n = len(g)
    if n == 2 and R.random() < 0.5:
        return pair(g, uk, last)
    if n == 3:
        return triple(g, uk, last)
    if n == 4:
        return quad(g, uk, last)
    return singles(g, uk)


def chunks_of(s, groups):
    out, i = [], 0
    for g in groups:
        out.append(s[i:i + g])
        i += g
    if i < len(s):
        out.append(s[i:])
    return [c for c in out if c]


def say(s, groups=None, uk=True, filler=0.0, seps=(" ", ", ", " ", "... "), final=True):
    chunks = chunks_of(s, groups or [len(s)])
    parts = [say_group(c, uk, final and i == len(chunks) - 1) for i, c in enumerate(chunks)]
    out = parts[0]
    for p in parts[1:]:
        sep = R.choice(seps)
        if R.random() < filler:
            sep = R.choice(FILLERS_IN)
        out += sep + p
    return out


NATO = {"alpha": "a", "alfa": "a", "bravo": "b", "charlie": "c", "delta": "d", "echo": "e",
        "foxtrot": "f", "golf": "g", "hotel": "h", "india": "i", "juliet": "j", "juliett": "j",
        "kilo": "k", "lima": "l", "mike": "m", "november": "n", "oscar": "o", "papa": "p",
        "quebec": "q", "romeo": "r", "sierra": "s", "tango": "t", "uniform": "u",
        "victor": "v", "whiskey": "w", "whisky": "w", "xray": "x", "yankee": "y", "zulu": "z"}
NATO_BY_LETTER = {}
for _w, _l in sorted(NATO.items()):
    NATO_BY_LETTER.setdefault(_l, _w)
NAMEWORDS = {"a": ["apple", "alpha"], "b": ["bravo", "bob"], "c": ["charlie", "cat"],
             "d": ["delta", "dog"], "e": ["echo", "edward"], "g": ["golf", "george"],
             "h": ["hotel", "harry"], "j": ["juliet", "john"], "k": ["kilo", "king"],
             "l": ["lima", "london"], "m": ["mike", "mother"], "n": ["november", "nancy"],
             "p": ["papa", "peter"], "r": ["romeo", "robert"], "s": ["sierra", "sugar"],
             "t": ["tango", "tommy"], "w": ["whiskey", "william"], "x": ["xray", "xmas"],
             "y": ["yankee", "yellow"], "z": ["zulu", "zebra"], "f": ["foxtrot", "freddie"],
             "i": ["india", "ink"], "q": ["quebec", "queen"], "u": ["uniform", "uncle"],
             "v": ["victor", "violet"]}


def say_letter(l, style):
    l = l.lower()
    if style == "plain":
        return l
    if style == "nato":
        return NATO_BY_LETTER[l]
    return l + R.choice([" for ", " as in "]) + R.choice(NAMEWORDS[l])


def say_alnum(s, uk=True, filler=0.0, letter_style=None, groups=None, final=True):
    """Speak a mixed letter/digit string such as an NI number or postcode."""
    st = letter_style or R.choice(["plain", "plain", "nato", "for"])
    chunks = chunks_of(s, groups or [len(s)])
    out = []
    for ci, ch in enumerate(chunks):
        words, i = [], 0
        while i < len(ch):
            if ch[i].isalpha():
                # repeated letters: "double q"
                if i + 1 < len(ch) and ch[i + 1] == ch[i] and st == "plain" and R.random() < 0.5:
                    words.append("double " + ch[i].lower())
                    i += 2
                else:
                    words.append(say_letter(ch[i], st))
                    i += 1
            else:
                j = i
                while j < len(ch) and ch[j].isdigit():
                    j += 1
                run = ch[i:j]
                last_digit_run = final and (j == len(ch)) and ci == len(chunks) - 1
                if len(run) in (2, 4, 6) and R.random() < 0.5:
                    sub = [2] * (len(run) // 2)
                    words.append(" ".join(pair(x, uk, last_digit_run and k == len(sub) - 1)
                                          for k, x in enumerate(chunks_of(run, sub))))
                else:
                    words.append(singles(run, uk))
                i = j
        out.append(" ".join(words))
    res = out[0]
    for p in out[1:]:
        res += (R.choice(FILLERS_IN) if R.random() < filler else R.choice([" ", ", ", " "])) + p
    return res


# ---------------------------------------------------------------- normalisation (for --check)
UNITS = {w: i for i, w in enumerate(ONES) if i > 0}
ZEROS = {"zero", "oh", "o", "nought", "nil"}
TEENMAP = {w: 10 + i for i, w in enumerate(TEENS)}
TENSMAP = {w: i for i, w in enumerate(TENS) if w}
FILLERS = {"um", "uh", "er", "erm", "ah", "uhm", "hmm"}


def spoken_to_alnum(text, letters=False, skip=()):
    toks = re.findall(r"[a-z]+|\d+", text.lower())
    out = []
    mult = [1]
    i = 0

    def emit(s):
        out.append(s * mult[0])
        mult[0] = 1

    n = len(toks)
    while i < n:
        t = toks[i]
        nx = toks[i + 1] if i + 1 < n else None
        if t in FILLERS or t == "and" or t in skip:
            i += 1
            continue
        if t == "double":
            mult[0] = 2
            i += 1
            continue
        if t == "triple":
            mult[0] = 3
            i += 1
            continue
        if t.isdigit():
            emit(t)
            i += 1
            continue
        if t in UNITS and nx == "hundred":
            h = str(UNITS[t])
            i += 2
            if i < n and toks[i] == "and":
                i += 1
            t2 = toks[i] if i < n else None
            t3 = toks[i + 1] if i + 1 < n else None
            if t2 in TEENMAP:
                emit(h + str(TEENMAP[t2]))
                i += 1
            elif t2 in TENSMAP:
                if t3 in UNITS:
                    emit(h + str(TENSMAP[t2]) + str(UNITS[t3]))
                    i += 2
                else:
                    emit(h + str(TENSMAP[t2]) + "0")
                    i += 1
            elif t2 in UNITS:
                emit(h + "0" + str(UNITS[t2]))
                i += 1
            else:
                emit(h + "00")
            continue
        if t in ZEROS:
            emit("0")
            i += 1
            continue
        if t in UNITS:
            emit(str(UNITS[t]))
            i += 1
            continue
        if t in TEENMAP:
            emit(str(TEENMAP[t]))
            i += 1
            continue
        if t in TENSMAP:
            if nx in UNITS:
                emit(str(TENSMAP[t]) + str(UNITS[nx]))
                i += 2
            else:
                emit(str(TENSMAP[t]) + "0")
                i += 1
            continue
        if letters:
            if len(t) == 1 and nx in ("for", "as"):
                j = i + 2
                if nx == "as" and j < n and toks[j] == "in":
                    j += 1
                if j < n and toks[j][0] == t:
                    emit(t)
                    i = j + 1
                    continue
            if t in NATO:
                emit(NATO[t])
                i += 1
                continue
            emit(t)
            i += 1
            continue
        return None
    return "".join(out)


def digits_of(text, skip=()):
    s = spoken_to_alnum(text, skip=skip)
    if s is None or not s.isdigit():
        return None
    return s


def luhn_ok(d):
    tot = 0
    for i, ch in enumerate(reversed(d)):
        x = int(ch)
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return tot % 10 == 0


def luhn_complete(partial):
    for c in "0123456789":
        if luhn_ok(partial + c):
            return partial + c
    raise AssertionError


IBAN_LEN = {"GB": 22, "IE": 22, "DE": 22, "FR": 27, "NL": 18, "ES": 24, "IT": 27, "BE": 16}


def iban_mod(s):
    s = s[4:] + s[:4]
    num = "".join(str(int(ch, 36)) for ch in s)
    return int(num) % 97


def make_iban(cc, bban):
    chk = 98 - iban_mod(cc + "00" + bban)
    return cc + "%02d" % chk + bban


NI_RE = re.compile(r"^(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$")
UKPC_RE = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$")
EMAIL_RE = re.compile(r"^[a-z0-9._+\-]+@[a-z0-9\-]+(\.[a-z0-9\-]+)+$")
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
MON_ABBR = [m[:3] for m in MONTHS] + ["sept"]
ORDINALS = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
            "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
            "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth", "thirtieth"}
STREET_WORDS = {"road", "street", "avenue", "lane", "close", "drive", "grove", "way",
                "crescent", "court", "place", "terrace", "gardens", "boulevard", "rd", "st",
                "ave", "row", "hill", "park", "walk", "square", "mews", "parade", "blvd", "dr",
                "ln", "strasse", "straat", "rue", "quay", "green"}


def spoken_email(text):
    t = text.lower()
    if "@" in t:
        return t
    toks = re.findall(r"[a-z0-9]+", t)
    out, i, n = [], 0, len(toks)
    while i < n:
        w = toks[i]
        if w in FILLERS:
            i += 1
        elif w == "dot":
            out.append(".")
            i += 1
        elif w == "at":
            out.append("@")
            i += 1
        elif w == "underscore":
            out.append("_")
            i += 1
        elif w in ("dash", "hyphen"):
            out.append("-")
            i += 1
        elif len(w) == 1 and i + 2 < n and toks[i + 1] in ("for", "as"):
            j = i + 2 + (1 if toks[i + 1] == "as" else 0)
            out.append(w)
            i = j + 1
        elif w in UNITS or w in TEENMAP or w in TENSMAP or w in ("double", "triple", "zero"):
            j = i
            while j < n and (toks[j] in UNITS or toks[j] in TEENMAP or toks[j] in TENSMAP
                             or toks[j] in ("double", "triple", "zero")):
                j += 1
            out.append(spoken_to_alnum(" ".join(toks[i:j])))
            i = j
        else:
            out.append(w)
            i += 1
    return "".join(out)


def has_year(toks, raw):
    if re.search(r"(?<!\d)(19|20)\d\d(?!\d)", raw):
        return True
    if any(t in ("nineteen", "thousand", "twenty") for t in toks):
        return True
    if re.search(r"(?<!\d)\d\d(?!\d)", raw):
        return True
    return any(t in TENSMAP or t in TEENMAP for t in toks)


def valid_date_digits(d):
    if len(d) == 8:
        a, b = int(d[:2]), int(d[2:4])
        return (1 <= a <= 31 and 1 <= b <= 12) or (1 <= a <= 12 and 1 <= b <= 31) or d[:2] in ("19", "20")
    if len(d) == 6:
        a, b = int(d[:2]), int(d[2:4])
        return 1 <= a <= 31 and 1 <= b <= 31
    return False


def v_date(text, expiry):
    raw = text.lower()
    toks = re.findall(r"[a-z]+|\d+", raw)
    mon = any(t in MONTHS or t in MON_ABBR for t in toks)
    if mon:
        return has_year(toks, raw)
    if expiry:
        if re.fullmatch(r"\d{1,2}\s?[/\-. ]\s?(\d{2}|20\d\d)", raw):
            return 1 <= int(re.split(r"\D+", raw)[0]) <= 12
        d = digits_of(raw, skip=("slash", "of", "the", "end"))
        return d is not None and len(d) in (3, 4, 6) and 1 <= int(d[:len(d) - (2 if len(d) < 6 else 4)]) <= 12
    if re.fullmatch(r"\d{1,4}[/\-. ]\d{1,2}[/\-. ]\d{1,4}", raw):
        return True
    if any(t in ORDINALS for t in toks) and has_year(toks, raw):
        return True
    d = digits_of(raw, skip=("slash", "of", "the"))
    return d is not None and valid_date_digits(d)


def validate(typ, text):
    """Return True if text (typed or spoken) normalises to a valid value of typ."""
    if typ == "CARD_NUMBER":
        d = digits_of(text)
        return bool(d) and 13 <= len(d) <= 19 and luhn_ok(d)
    if typ == "CVV":
        d = digits_of(text)
        return bool(d) and len(d) in (3, 4)
    if typ == "SSN":
        d = digits_of(text)
        return (bool(d) and len(d) == 9 and d[:3] not in ("000", "666") and d[0] != "9"
                and d[3:5] != "00" and d[5:] != "0000")
    if typ == "NI_NUMBER":
        s = spoken_to_alnum(text, letters=True)
        return bool(s) and bool(NI_RE.match(s.upper()))
    if typ == "SORT_CODE":
        d = digits_of(text)
        return bool(d) and len(d) == 6
    if typ == "BANK_ACCOUNT":
        d = digits_of(text)
        return bool(d) and 8 <= len(d) <= 12
    if typ == "IBAN":
        s = spoken_to_alnum(text, letters=True)
        if not s:
            return False
        s = s.upper()
        return (re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s) is not None
                and IBAN_LEN.get(s[:2]) == len(s) and iban_mod(s) == 1)
    if typ == "PHONE":
        d = digits_of(text, skip=("plus",))
        return bool(d) and 10 <= len(d) <= 13
    if typ == "EMAIL":
        return bool(EMAIL_RE.match(spoken_email(text)))
    if typ == "DOB":
        return v_date(text, False)
    if typ == "EXPIRY":
        return v_date(text, True)
    if typ == "POSTCODE":
        s = spoken_to_alnum(text, letters=True)
        if not s:
            return False
        s = s.upper()
        return bool(UKPC_RE.match(s)) or re.fullmatch(r"\d{5}(\d{4})?", s) is not None
    if typ == "ADDRESS":
        toks = re.findall(r"[a-z]+|\d+", text.lower())
        num = any(t.isdigit() or t in UNITS or t in TEENMAP or t in TENSMAP for t in toks)
        return num and any(t in STREET_WORDS for t in toks)
    return False


# ---------------------------------------------------------------- value factories
def gen_card():
    brand = R.choice(["visa", "visa", "visa", "mc", "mc", "amex", "discover", "visa13",
                      "maestro", "mc2"])
    if brand == "visa":
        p, n, g = "4" + "".join(R.choice("0123456789") for _ in range(5)), 16, [4, 4, 4, 4]
    elif brand == "visa13":
        p, n, g = "4" + "".join(R.choice("0123456789") for _ in range(5)), 13, [4, 3, 3, 3]
    elif brand == "mc":
        p, n, g = "5" + R.choice("12345"), 16, [4, 4, 4, 4]
    elif brand == "mc2":
        p, n, g = str(R.randint(2221, 2720)), 16, [4, 4, 4, 4]
    elif brand == "amex":
        p, n, g = R.choice(["34", "37"]), 15, [4, 6, 5]
    elif brand == "discover":
        p, n, g = "6011", 16, [4, 4, 4, 4]
    else:
        p, n, g = R.choice(["6759", "6304"]), R.choice([18, 19]), None
        g = [4, 4, 4, 4, n - 16]
    body = p + "".join(R.choice("0123456789") for _ in range(n - 1 - len(p)))
    return luhn_complete(body), g, brand


def fmt_groups(d, groups, sep=" "):
    return sep.join(chunks_of(d, groups))


def typed_card(d, g):
    x = R.random()
    if x < 0.35:
        return fmt_groups(d, g, " ")
    if x < 0.55:
        return fmt_groups(d, g, "-")
    if x < 0.7:
        return d
    if x < 0.85:  # odd grouping
        cuts, i, out = [], 0, []
        while i < len(d):
            k = R.choice([3, 4, 5, 6])
            out.append(d[i:i + k])
            i += k
        return " ".join(out)
    return fmt_groups(d, g, "  ")


def gen_ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


NI_P1 = "ABCEGHJKLMNPRSTWXYZ"
NI_P2 = "ABCEGHJKLMNPRSTWXYZ"


def gen_ni():
    while True:
        p = R.choice(NI_P1) + R.choice(NI_P2)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + "".join(R.choice("0123456789") for _ in range(6)) + R.choice("ABCD")


def typed_ni(s):
    x = R.random()
    if x < 0.3:
        return "%s %s %s %s %s" % (s[:2], s[2:4], s[4:6], s[6:8], s[8])
    if x < 0.5:
        return s
    if x < 0.65:
        return s.lower()
    if x < 0.8:
        return "%s%s %s" % (s[:2], s[2:8], s[8])
    return "%s-%s-%s-%s-%s" % (s[:2], s[2:4], s[4:6], s[6:8], s[8])


def rdig(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def gen_iban():
    cc = R.choice(["GB", "GB", "IE", "DE", "FR", "NL", "ES"])
    if cc == "GB":
        bban = R.choice(["NWBK", "BARC", "HBUK", "MIDL", "LLYD"]) + rdig(14)
    elif cc == "IE":
        bban = R.choice(["AIBK", "IPBS", "ULSB"]) + rdig(14)
    elif cc == "NL":
        bban = R.choice(["ABNA", "INGB", "TRIN"]) + rdig(10)
    elif cc == "FR":
        bban = rdig(23)
    elif cc == "ES":
        bban = rdig(20)
    else:
        bban = rdig(18)
    return make_iban(cc, bban)


def typed_iban(s):
    x = R.random()
    grouped = " ".join(chunks_of(s, [4] * 10))
    if x < 0.5:
        return grouped
    if x < 0.7:
        return s
    if x < 0.85:
        return grouped.lower()
    return s[:4] + " " + s[4:]


def gen_phone(country):
    if country == "UK":
        k = R.random()
        if k < 0.5:
            nat = "07" + R.choice(["700", "400", "911", "827", "568"]) + rdig(6)
            grp = [5, 6]
        elif k < 0.75:
            nat = "020" + R.choice(["7", "8"]) + rdig(7)
            grp = [3, 4, 4]
        else:
            nat = "0161" + rdig(7)
            grp = [4, 3, 4]
        intl = "+44" + nat[1:]
        return nat, grp, intl, [3] + [g - (1 if i == 0 else 0) for i, g in enumerate(grp)]
    if country == "IE":
        nat = "08" + R.choice("3567") + rdig(7)
        return nat, [3, 3, 4], "+353" + nat[1:], [4, 2, 3, 4]
    if country == "EU":
        nat = "06" + rdig(8)
        return nat, [2, 2, 2, 2, 2], "+33" + nat[1:], [3, 1, 2, 2, 2, 2]
    area = str(R.randint(2, 9)) + rdig(2)
    nat = area + R.choice(["555", str(R.randint(200, 989))]) + rdig(4)
    return nat, [3, 3, 4], "+1" + nat, [2, 3, 3, 4]


def typed_phone(nat, grp, intl, igrp):
    x = R.random()
    if x < 0.3:
        return " ".join(chunks_of(nat, grp))
    if x < 0.45:
        return nat
    if x < 0.65:
        return "-".join(chunks_of(nat, grp))
    if x < 0.85:
        return " ".join(chunks_of(intl, igrp))
    return intl


def spoken_phone(nat, grp, intl, igrp, uk, filler):
    if R.random() < 0.3:
        cc = intl[1:len(intl) - len(nat.lstrip("0"))]
        rest = nat.lstrip("0") if nat.startswith("0") else nat
        return "plus " + say(cc, None, uk) + " " + say(rest, grp[1:] if nat.startswith("0") else grp,
                                                      uk, filler)
    return say(nat, grp, uk, filler)


FIRST = ["sarah", "james", "priya", "tom", "aoife", "connor", "maria", "li", "david", "fatima",
         "ewan", "grace", "kofi", "hannah", "marek", "chloe", "raj", "niamh", "ben", "lucia",
         "dylan", "amira", "sean", "rebecca", "tyler", "megan", "jorge", "karen", "wei", "paul"]
LAST = ["smith", "patel", "murphy", "kowalski", "nguyen", "brennan", "harris", "silva",
        "ahmed", "walsh", "campbell", "jones", "fischer", "dubois", "mcallister", "reid",
        "kaur", "byrne", "thompson", "garcia", "evans", "lindqvist", "okafor", "price"]
DOMAINS = ["gmail.com", "hotmail.co.uk", "outlook.com", "yahoo.com", "icloud.com",
           "btinternet.com", "eircom.net", "live.ie", "web.de", "protonmail.com", "aol.com"]


def gen_email():
    f, l = R.choice(FIRST), R.choice(LAST)
    style = R.randint(0, 5)
    num = str(R.randint(1, 99)) if R.random() < 0.4 else ""
    if style == 0:
        local = f + "." + l + num
    elif style == 1:
        local = f[0] + l + num
    elif style == 2:
        local = f + "_" + l + num
    elif style == 3:
        local = l + "." + f[0] + num
    elif style == 4:
        local = f + l[0] + num
    else:
        local = f + "-" + l + num
    return local + "@" + R.choice(DOMAINS), f, l


def typed_email(e):
    x = R.random()
    if x < 0.6:
        return e
    if x < 0.8:
        loc, dom = e.split("@")
        return loc.capitalize() + "@" + dom.capitalize()
    return e.upper() if R.random() < 0.3 else e.replace(e.split("@")[0], e.split("@")[0].title(), 1)


def spoken_email_of(e, uk):
    loc, dom = e.split("@")
    out = []
    for piece in re.findall(r"[a-z]+|\d+|[._\-]", loc):
        if piece == ".":
            out.append("dot")
        elif piece == "_":
            out.append("underscore")
        elif piece == "-":
            out.append(R.choice(["dash", "hyphen"]))
        elif piece.isdigit():
            out.append(say(piece, None, uk).replace("oh", "zero").replace("nought", "zero")
                       if "0" not in piece else " ".join("zero" if c == "0" else ONES[int(c)] for c in piece))
        elif len(piece) == 1 and piece != "o" and R.random() < 0.5:
            out.append(piece + R.choice([" for ", " as in "]) + R.choice(NAMEWORDS[piece]))
        else:
            out.append(piece)
    out.append("at")
    out.append(" dot ".join(dom.split(".")))
    return " ".join(out)


def gen_dob(us):
    y, m, d = R.randint(1938, 2005), R.randint(1, 12), R.randint(1, 28)
    return y, m, d


ORD_WORDS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
             "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
             "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty first", "twenty second",
             "twenty third", "twenty fourth", "twenty fifth", "twenty sixth", "twenty seventh",
             "twenty eighth"]


def spoken_year(y, uk):
    if y >= 2000:
        r = y - 2000
        if r == 0:
            return "two thousand"
        return R.choice(["two thousand and " if uk else "two thousand ", "two thousand "]) + (
            ONES[r] if r < 10 else TEENS[r - 10] if r < 20 else pair(str(r), uk, True))
    hi, lo = str(y)[:2], str(y)[2:]
    lo_s = ("oh " + ONES[int(lo[1])]) if lo[0] == "0" else pair(lo, uk, True)
    return (TEENS[9] + " " + lo_s) if R.random() < 0.7 else lo_s


def typed_dob(y, m, d, us):
    x = R.random()
    mn = MONTHS[m - 1].capitalize()
    if us:
        opts = ["%02d/%02d/%d" % (m, d, y), "%d/%d/%d" % (m, d, y), "%s %d, %d" % (mn, d, y),
                "%02d-%02d-%d" % (m, d, y), "%d-%02d-%02d" % (y, m, d)]
    else:
        opts = ["%02d/%02d/%d" % (d, m, y), "%d %s %d" % (d, mn, y), "%02d.%02d.%d" % (d, m, y),
                "%d%s %s %d" % (d, "th" if d not in (1, 2, 3, 21, 22, 23) else {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}[d], mn[:3], y),
                "%02d/%02d/%02d" % (d, m, y % 100)]
    return opts[int(x * len(opts))]


def spoken_dob(y, m, d, uk):
    x = R.random()
    if x < 0.35:
        return "the " + ORD_WORDS[d - 1] + " of " + MONTHS[m - 1] + " " + spoken_year(y, uk)
    if x < 0.55:
        return MONTHS[m - 1] + " " + ORD_WORDS[d - 1] + " " + spoken_year(y, uk)
    if x < 0.7:
        return ORD_WORDS[d - 1] + " of the " + ORD_WORDS[m - 1] + " " + spoken_year(y, uk)
    if x < 0.85:
        return say("%02d%02d" % ((m, d) if not uk else (d, m)), [2, 2], uk, seps=(" ",)) + " " + spoken_year(y, uk)
    return ORD_WORDS[d - 1] + " " + MONTHS[m - 1] + ", uh, " + spoken_year(y, uk)


def gen_expiry():
    return R.randint(1, 12), R.randint(26, 32)


def typed_expiry(m, y):
    return R.choice(["%02d/%02d" % (m, y), "%02d/20%02d" % (m, y), "%02d-%02d" % (m, y),
                     "%s %02d" % (MON_ABBR[m - 1].capitalize(), y), "%d/%02d" % (m, y)])


def spoken_expiry(m, y, uk):
    x = R.random()
    if x < 0.35:
        return say("%02d" % m, None, uk) + " " + R.choice(["", "slash "]) + pair("%02d" % y, uk, True)
    if x < 0.6:
        return MONTHS[m - 1] + " twenty " + pair("%02d" % y, uk, True)
    if x < 0.8:
        return MONTHS[m - 1] + " " + pair("%02d" % y, uk, True)
    return say("%02d" % m, None, uk) + " twenty " + pair("%02d" % y, uk, True)


STREETS = ["elm grove", "station road", "kings road", "church lane", "maple avenue", "high street",
           "oakfield drive", "victoria terrace", "mill close", "park crescent", "sunnyside way",
           "harbour view court", "willow gardens", "main street", "cedar lane", "bridge street",
           "pine ridge drive", "clonskeagh road", "albert place", "orchard mews"]


def gen_address(us):
    num = R.randint(1, 480)
    street = R.choice(STREETS)
    flat = R.randint(1, 40) if R.random() < 0.3 else None
    return num, street, flat, (R.choice(["A", "B"]) if R.random() < 0.1 else "")


def typed_address(num, street, flat, suf, us):
    st = street.title()
    if R.random() < 0.2:
        st = st.replace("Road", "Rd").replace("Street", "St").replace("Avenue", "Ave")
    base = "%d%s %s" % (num, suf, st)
    if flat:
        if us:
            return base + R.choice([", Apt %d" % flat, " Apt %d" % flat, " #%d" % flat]).replace("#", "Unit ")
        return R.choice(["Flat %d, " % flat, "flat %d " % flat, "%d/" % flat]) + base if R.random() < 0.8 else "Flat %d, %s" % (flat, base)
    return base if R.random() < 0.8 else base.lower()


def spoken_address(num, street, flat, suf, uk):
    n = str(num)
    ns = triple(n, uk, True) if len(n) == 3 else pair(n, uk, True) if len(n) == 2 else ONES[num]
    ns += (" " + suf.lower()) if suf else ""
    s = ns + " " + street
    if flat:
        s = R.choice(["flat ", "apartment ", "unit "]) + ONES[flat] if flat < 10 else R.choice(["flat ", "apartment "]) + pair(str(flat), uk, True) if flat >= 10 else ""
        s = s + R.choice([", ", " ", " uh "]) + ns + " " + street
    return s


UK_AREAS = ["SW", "M", "B", "CR", "DN", "EC", "G", "BT", "CF", "LS", "NE", "EH", "L", "BS",
            "RG", "TN", "KT", "N", "SE", "W", "E", "NW", "LE", "S", "YP"]
UNIT_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"


def gen_postcode(us):
    if us:
        z = "%05d" % R.randint(1001, 99950)
        return z + (rdig(4) if R.random() < 0.2 else "")
    area = R.choice(UK_AREAS[:-1])
    dist = str(R.randint(1, 20 if len(area) == 2 else 9))
    if len(area) == 2 and len(dist) == 1 and R.random() < 0.15:
        dist += R.choice("AW")
    return area + dist + str(R.randint(0, 9)) + R.choice(UNIT_LETTERS) + R.choice(UNIT_LETTERS)


def typed_postcode(pc, us):
    if us:
        return pc if len(pc) == 5 else pc[:5] + "-" + pc[5:]
    x = R.random()
    sp = pc[:-3] + " " + pc[-3:]
    return sp if x < 0.55 else pc if x < 0.7 else sp.lower() if x < 0.9 else pc.lower()


def spoken_postcode(pc, us, uk):
    if us:
        return say(pc, [5, 4] if len(pc) == 9 else None, uk)
    return say_alnum(pc, uk, 0.0, None, [len(pc) - 3, 3])


# ---------------------------------------------------------------- context
COMPANIES = [
    ("banking", "Northgate Bank", "UK"), ("telecom", "Vireo Mobile", "UK"),
    ("utilities", "Brightwater Energy", "UK"), ("retail", "Hollis and Finch", "UK"),
    ("insurance", "Keystone Mutual", "US"), ("travel", "Skylark Airways", "UK"),
    ("healthcare billing", "Meridian Health Billing", "US"),
    ("government services", "the tax credits helpline", "UK"),
    ("telecom", "Emerald Broadband", "IE"), ("banking", "Liffey Credit Union", "IE"),
    ("retail", "Kaufhaus Online", "EU"), ("travel", "Rivage Voyages", "EU"),
    ("banking", "Pinecrest Federal", "US"), ("utilities", "Cascade Water and Power", "US"),
    ("government services", "the state benefits office", "US"),
    ("insurance", "Harbourline Insurance", "UK"), ("retail", "Corner Cart", "US"),
    ("healthcare billing", "St Brigid's billing office", "IE"),
]
AGENTS = ["dan", "michelle", "oliver", "siobhan", "marcus", "jenny", "ahmed", "claire", "rob", "tanya"]


def company(countries=None, industries=None):
    opts = [c for c in COMPANIES if (not countries or c[2] in countries)
            and (not industries or c[0] in industries)]
    return R.choice(opts)


def greet(co, asr):
    ind, name, ctry = co
    ag = R.choice(AGENTS)
    if asr:
        return R.choice(["thank you for calling %s you're speaking with %s how can i help" % (name.lower(), ag),
                         "hi there you're through to %s my name's %s" % (name.lower(), ag),
                         "good morning %s %s speaking" % (name.lower(), ag)])
    return R.choice(["Hi, you're chatting with %s from %s. How can I help today?" % (ag.title(), name),
                     "Welcome to %s live chat! %s here." % (name, ag.title()),
                     "Thanks for contacting %s. My name is %s." % (name, ag.title())])


BACKCH = ["mhm", "go on", "yep", "okay", "uh huh", "right", "yeah go ahead", "mm hmm", "got that"]


def amount(ctry, asr):
    cur = {"UK": ("£", "pounds"), "US": ("$", "dollars"), "IE": ("€", "euro"), "EU": ("€", "euros")}[ctry]
    a, p = R.randint(3, 4800), R.randint(0, 99)
    if asr:
        def hw(n):
            h, r = divmod(n, 100)
            out = (ONES[h] + " hundred" if h else "")
            if r:
                out += (" and " if h else "") + (ONES[r] if r < 10 else pair("%02d" % r, True, True))
            return out
        s = hw(a) if a < 1000 else ONES[a // 1000] + " thousand " + hw(a % 1000)
        return s.strip() + " " + cur[1] + (" " + pair("%02d" % p, True, True) if p >= 10 else "")
    return "%s%s.%02d" % (cur[0], "{:,}".format(a), p)


# ---------------------------------------------------------------- decoys (never labelled)
def decoy(kind, ctry, asr):
    uk = ctry != "US"
    if kind == "order16":
        d = rdig(15)
        d = luhn_complete(d) if R.random() < 0.5 else d + R.choice("0123456789")
        lab = R.choice(["order number", "order no.", "order ref", "transaction id", "booking reference"])
        return lab + " " + (say(d, [4, 4, 4, 4], uk) if asr else fmt_groups(d, [4, 4, 4, 4], R.choice([" ", "-"])))
    if kind == "last4":
        d = rdig(4)
        if asr:
            return R.choice(["the card ending ", "card ending in ", "the one that ends "]) + say(d, [2, 2] if R.random() < .5 else None, uk)
        return R.choice(["card ending ", "the card ending in ", "card ending **** "]) + d
    if kind == "claim9":
        d = rdig(9)
        lab = R.choice(["claim number", "case number", "ticket number", "reference number", "member id"])
        return lab + " " + (say(d, [3, 2, 4], uk) if asr else "%s-%s-%s" % (d[:3], d[3:5], d[5:]))
    if kind == "policyni":
        s = gen_ni()
        lab = R.choice(["policy number", "policy ref", "reference on the letter", "case reference"])
        return lab + " " + (say_alnum(s, uk, 0.0, "plain", [2, 2, 2, 2, 1]) if asr else typed_ni(s).upper())
    if kind == "amount":
        return R.choice(["the balance is ", "it was ", "a payment of ", "a charge for "]) + amount(ctry, asr)
    if kind == "time":
        return R.choice(["about quarter past nine", "at half two", "around ten thirty", "at 09:45",
                         "between 8am and 8pm", "at four fifteen", "at 14:20"])
    if kind == "invoice":
        return R.choice(["invoice ", "invoice number ", "inv no "]) + ("inv " + say(rdig(6), [3, 3], uk) if asr else "INV-%d-%s" % (R.randint(2019, 2026), rdig(6)))
    raise KeyError(kind)


# ---------------------------------------------------------------- positive templates
def ctry_flags(co):
    return co[2], co[2] != "US"


def t_card_typed(co):
    ctry, uk = ctry_flags(co)
    d, g, brand = gen_card()
    m, y = gen_expiry()
    cvv = rdig(4 if brand == "amex" else 3)
    lead = R.choice(["card no: ", "its ", "Card number - ", "sure, ", "long number is ", "", "ok its "])
    t = [A(greet(co, False)),
         C(R.choice(["hi, need to update the card on my account",
                     "Hello I want to pay my bill with a different card",
                     "my payment failed yesterday can I use another card?",
                     "hi there, want to make a payment pls"]) +
           (", it's for " + decoy("invoice", ctry, False) if R.random() < 0.5 else "")),
         A(R.choice(["No problem. Please enter the full card number below.",
                     "Sure - what's the long card number?", "Okay, can you type the card number for me?"]))]
    parts = [lead, V(typed_card(d, g), "CARD_NUMBER")]
    if R.random() < 0.7:
        parts += [R.choice([" exp ", " expiry ", ", expires ", " / ", " exp date: "]), V(typed_expiry(m, y), "EXPIRY")]
    if R.random() < 0.6:
        parts += [R.choice([" cvv ", " sec code ", ", CVC: ", " and the 3 digits on the back are "]), V(cvv, "CVV")]
    t.append(C(*parts))
    if R.random() < 0.6:
        t.append(C(R.choice(["oh and the ", "it's for ", "this is for "]) + decoy(R.choice(["order16", "invoice", "claim9"]), ctry, False)))
    t.append(A(R.choice(["Thanks, that's gone through.", "Thank you, processing now.",
                         "Got it, payment of %s taken." % amount(ctry, False)])))
    return t, "typed chat card payment with expiry/CVV and non-PII decoys"


def t_card_spoken(co):
    ctry, uk = ctry_flags(co)
    d, g, brand = gen_card()
    m, y = gen_expiry()
    cvv = rdig(4 if brand == "amex" else 3)
    t = [A(greet(co, True)),
         C(R.choice(["hiya i'm ringing to pay my bill", "yeah hi um i need to make a payment",
                     "hi i want to pay off the outstanding balance", "hello i'm calling about my booking i need to pay the rest"])),
         A("okay no problem " + decoy("amount", ctry, True) + " can i take the long card number please")]
    t.append(C(R.choice(["yeah it's ", "okay it's ", "right um ", "", "sure ", "let me just, okay, "]),
               V(say(d, g, uk, 0.3), "CARD_NUMBER")))
    if R.random() < 0.6:
        t.append(A(R.choice(["so that's ", "let me read that back ", "i've got "]), V(say(d, g, uk, 0.0), "CARD_NUMBER"),
                   R.choice([" is that correct", " yeah", " correct"])))
        t.append(C(R.choice(["yep", "that's right", "yes that's it"])))
    t.append(A(R.choice(["and the expiry date", "what's the expiry", "and when does it expire"])))
    t.append(C(R.choice(["", "it's ", "um ", "expires "]), V(spoken_expiry(m, y, uk), "EXPIRY")))
    t.append(A("and the " + ("four" if brand == "amex" else "three") + " digit security code"))
    t.append(C(R.choice(["", "it's ", "uh "]), V(say(cvv, None, uk), "CVV")))
    if R.random() < 0.7:
        t.append(A(R.choice(["lovely that's gone through your ", "thanks your "]) + decoy(R.choice(["order16", "claim9", "invoice"]), ctry, True)))
    return t, "ASR card payment spoken with fillers, read-back, expiry, CVV, and a card-rhythm reference decoy"


def t_card_split(co):
    ctry, uk = ctry_flags(co)
    d, g, brand = gen_card()
    chunks = chunks_of(d, g)
    t = [A(greet(co, True)), C("yeah i need to update my card details"),
         A(R.choice(["sure go ahead with the card number when you're ready", "okay read me the long number on the card"]))]
    i = 0
    first = True
    while i < len(chunks):
        k = R.choice([1, 1, 2]) if len(chunks) - i > 1 else 1
        piece = "".join(chunks[i:i + k])
        pg = [len(c) for c in chunks[i:i + k]]
        i += k
        lead = R.choice(["it's ", "okay ", "right ", ""]) if first else R.choice(["", "then ", "and ", "uh "])
        tail = R.choice(["", "", " that's the first bit", " ... sorry my glasses"]) if i < len(chunks) else ""
        t.append(C(lead, V(say(piece, pg, uk, 0.3, final=i >= len(chunks)), "CARD_NUMBER"), tail))
        first = False
        if i < len(chunks):
            t.append(A(R.choice(BACKCH)))
    t.append(A(R.choice(["thank you so that's ", "okay reading it back "]), V(say(d, g, uk, 0.0), "CARD_NUMBER"),
               " and that's the card ending ", V(say(d[-4:], None, uk), "CARD_NUMBER")))
    t.append(C(R.choice(["yeah", "that's the one", "correct"]) +
               (" and my " + decoy(R.choice(["order16", "claim9"]), ctry, True) + " if you need it" if R.random() < 0.5 else "")))
    return t, "ASR card read in chunks over several customer turns with back-channels and full read-back"


def t_card_restart(co):
    ctry, uk = ctry_flags(co)
    d, g, brand = gen_card()
    cut = R.choice([3, 4, 6])
    t = [A(greet(co, True)), C("hi i want to pay for my order"),
         A("okay what's the card number")]
    t.append(C(R.choice(["it's ", "yeah "]), V(say(d[:cut], None, uk, final=False), "CARD_NUMBER"),
               R.choice([" no hang on that's the old card one sec", " sorry wrong card, let me start again",
                         " wait wait the kids are shouting, okay from the top"])))
    t.append(A(R.choice(["no worries take your time", "that's fine", "okay"])))
    t.append(C(R.choice(["right ", "okay so ", ""]), V(say(d, g, uk, 0.4), "CARD_NUMBER")))
    t.append(A(R.choice(["thanks and just so you know ", "lovely and "]) + decoy("amount", ctry, True) + " will go out " + decoy("time", ctry, True)))
    if R.random() < 0.5:
        m, y = gen_expiry()
        t.append(A("expiry?"))
        t.append(C(V(spoken_expiry(m, y, uk), "EXPIRY")))
    return t, "ASR restarted card reading: abandoned prefix and full reading both labelled"


def t_card_dangerous(co):
    """Real card next to a card-shaped order number and a 'card' word."""
    ctry, uk = ctry_flags(co)
    asr = R.random() < 0.6
    d, g, brand = gen_card()
    dec = decoy("order16", ctry, asr)
    if asr:
        t = [A(greet(co, True)),
             C("hi my card was charged twice for " + dec),
             A("sorry about that, to refund it i need the card it was charged to, the full number please"),
             C(R.choice(["okay the card number is ", "sure it's "]), V(say(d, g, uk, 0.2), "CARD_NUMBER")),
             A("thanks, and the " + dec + " you mentioned, that's the one from " + decoy("time", ctry, True) + " yeah")]
    else:
        t = [A(greet(co, False)),
             C("Hi, I was charged twice for my " + dec + ". Same card both times!"),
             A("Sorry to hear that! Which card please? Full number so I can trace it."),
             C(R.choice(["card: ", "its ", "Card number "]), V(typed_card(d, g), "CARD_NUMBER"),
               R.choice(["", " (the debit one)"])),
             A("Thanks. I can see the duplicate " + decoy("amount", ctry, False) + ".")]
    return t, "card number alongside a 16-digit card-rhythm order/transaction number that is not PII"


def t_ssn(co):
    ctry, uk = "US", False
    s = gen_ssn()
    style = R.random()
    asr = style < 0.6
    if asr:
        t = [A(greet(co, True)),
             C(R.choice(["yeah hi i'm calling about my bill", "hi i got a letter about my benefits",
                         "hello i need to check on a claim"])),
             A(R.choice(["okay to verify can i get your social security number", "can i have your social please",
                         "i'll need the social to pull up the account"]))]
        if R.random() < 0.3:
            t.append(C(R.choice(["sure it's ", "yeah "]), V(say(s[:3], None, uk, final=False), "SSN")))
            t.append(A(R.choice(BACKCH)))
            t.append(C(V(say(s[3:], [2, 4], uk, 0.4), "SSN")))
        else:
            t.append(C(R.choice(["sure it's ", "yeah it's ", "um ", "okay "]), V(say(s, [3, 2, 4], uk, 0.3), "SSN"),
                       R.choice(["", " and my " + decoy("claim9", ctry, True) + " is on the letter too"])))
        if R.random() < 0.5:
            t.append(A("thanks i have ", V(say(s, [3, 2, 4], uk), "SSN"), " and that's for the " + decoy("claim9", ctry, True)))
        else:
            t.append(A("thank you and is this about " + decoy(R.choice(["claim9", "invoice"]), ctry, True)))
    else:
        fmt = R.choice(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s - %s - %s"]) % (s[:3], s[3:5], s[5:])
        t = [A(greet(co, False)),
             C(R.choice(["Hi I need to update my tax info", "hello, verifying my identity for the account",
                         "need to fix my W-9 details"])),
             A("Sure. Please provide your SSN to verify."),
             C(R.choice(["SSN: ", "ssn is ", "my social is ", "Social Security #: ", "sure "]), V(fmt, "SSN"),
               R.choice(["", ". My " + decoy("claim9", ctry, False) + " btw", " - and " + decoy("invoice", ctry, False)]))]
        t.append(A("Thanks, verified."))
    return t, "US SSN, typed or spoken, next to 9-digit claim/case numbers in the same rhythm (not PII)"


def t_ni(co):
    ctry, uk = "UK", True
    s = gen_ni()
    asr = R.random() < 0.6
    if asr:
        t = [A(greet(co, True)),
             C(R.choice(["hi i'm ringing about my tax code", "hello i'm phoning about universal credit",
                         "hi yeah it's about my pension forecast"])),
             A(R.choice(["can i take your national insurance number please", "what's your n i number",
                         "have you got your national insurance number handy"]))]
        if R.random() < 0.3:
            t.append(C(R.choice(["yeah it's ", "okay "]), V(say_alnum(s[:4], uk, 0.0, None, [2, 2], final=False), "NI_NUMBER")))
            t.append(A(R.choice(BACKCH)))
            t.append(C(V(say_alnum(s[4:], uk, 0.3, None, [2, 2, 1]), "NI_NUMBER")))
        else:
            t.append(C(R.choice(["yeah it's ", "it's ", "um ", ""]), V(say_alnum(s, uk, 0.3, None, [2, 2, 2, 2, 1]), "NI_NUMBER")))
        if R.random() < 0.5:
            t.append(A("so that's ", V(say_alnum(s, uk, 0.0, "for" if R.random() < 0.5 else "nato", [2, 6, 1]), "NI_NUMBER"), " yeah"))
            t.append(C("yes"))
        t.append(A("thanks, and have you got the " + decoy("policyni", ctry, True) + R.choice([" ignore that it's on the letter", " no that's fine"])))
    else:
        t = [A(greet(co, False)),
             C(R.choice(["hi need to update employer details", "Hello, question about my NI contributions",
                         "hi i got a letter with " + decoy("policyni", ctry, False) + " on it"])),
             A("Can you confirm your National Insurance number?"),
             C(R.choice(["NI no: ", "its ", "NINO ", "sure - ", "national insurance: "]), V(typed_ni(s), "NI_NUMBER"))]
        t.append(A("Thank you, that matches."))
    return t, "UK NI number typed or spoken (letters plain/NATO/'x for y'), with NI-shaped policy reference decoy"


def t_bank(co):
    ctry, uk = "UK", True
    acct = rdig(8)
    sc = rdig(6)
    asr = R.random() < 0.5
    if asr:
        t = [A(greet(co, True)), C("hi i want to set up a direct debit"),
             A("okay what's the sort code"),
             C(R.choice(["it's ", "", "um "]), V(say(sc, [2, 2, 2], uk, 0.2), "SORT_CODE")),
             A("and the account number"),
             C(R.choice(["", "it's ", "right "]), V(say(acct, [4, 4], uk, 0.3), "BANK_ACCOUNT"))]
        if R.random() < 0.6:
            t.append(A("thanks so sort code ", V(say(sc, [2, 2, 2], uk), "SORT_CODE"),
                       " account ", V(say(acct, [4, 4], uk), "BANK_ACCOUNT"), " and it'll come out on the " + R.choice(["first", "fifteenth", "twenty eighth"]) + " of each month"))
        t.append(C("yeah and how much will it be"))
        t.append(A(decoy("amount", ctry, True) + " a month for " + R.choice(["twelve", "eighteen", "twenty four"]) + " months"))
    else:
        t = [A(greet(co, False)), C("Hi, want to change the bank account for my direct debit"),
             A("Sure, please send sort code and account number."),
             C(R.choice(["sort code ", "SC: ", "sort-code "]), V(R.choice(["%s-%s-%s", "%s %s %s", "%s%s%s"]) % (sc[:2], sc[2:4], sc[4:]), "SORT_CODE"),
               R.choice([" acct no: ", ", account number ", " a/c ", " / acc "]), V(R.choice([acct, acct[:4] + " " + acct[4:]]), "BANK_ACCOUNT"),
               R.choice(["", " (ref " + rdig(8) + " on the old DD)"]))]
        t.append(A("Updated. Next collection " + decoy("amount", ctry, False) + " on 1st of next month."))
    return t, "UK sort code and account number; amounts, 8-digit DD reference and collection dates not PII"


def t_us_bank(co):
    ctry, uk = "US", False
    acct = rdig(R.choice([9, 10, 12]))
    t = [A(greet(co, R.random() < 0.5)), C("hi, i want to set up autopay from checking"),
         A("sure, what's the checking account number")]
    if R.random() < 0.5:
        t.append(C(R.choice(["it's ", "okay "]), V(say(acct, None if len(acct) == 9 else [5, len(acct) - 5], uk, 0.3), "BANK_ACCOUNT")))
    else:
        t.append(C(R.choice(["acct# ", "Account number: ", "acct no. "]), V(acct, "BANK_ACCOUNT")))
    t.append(A("thanks, autopay will draft " + decoy("amount", ctry, False) + " on the 5th"))
    return t, "US checking account number; draft amount and date not PII"


def t_iban(co):
    ctry, uk = ctry_flags(co)
    s = gen_iban()
    asr = R.random() < 0.45
    if asr:
        t = [A(greet(co, True)), C("hi i need a refund sent to my bank"),
             A("okay can i have your i ban please"),
             C(R.choice(["yeah it's ", "okay ", ""]), V(say_alnum(s, uk, 0.2, R.choice(["plain", "nato", "for"]), [4] * ((len(s) + 3) // 4)), "IBAN")),
             A("thanks, refund of " + decoy("amount", ctry, True) + " in " + R.choice(["three to five", "five", "ten"]) + " working days")]
    else:
        t = [A(greet(co, False)), C("Hello, please refund to my account"),
             A("Of course, please share your IBAN."),
             C(R.choice(["IBAN: ", "iban ", "here: ", "its "]), V(typed_iban(s), "IBAN")),
             A("Thanks. Refund " + decoy("amount", ctry, False) + " for " + decoy("invoice", ctry, False) + " requested.")]
    return t, "IBAN (GB/IE/DE/FR/NL/ES) typed or spoken; refund amount and invoice decoys"


def t_phone(co):
    ctry, uk = ctry_flags(co)
    nat, grp, intl, igrp = gen_phone(ctry)
    asr = R.random() < 0.5
    if asr:
        t = [A(greet(co, True)), C("hi i need to change the mobile number on my account"),
             A("sure what's the new number")]
        v = spoken_phone(nat, grp, intl, igrp, uk, 0.3)
        t.append(C(R.choice(["it's ", "yeah it's ", "um "]), V(v, "PHONE")))
        if R.random() < 0.5:
            t.append(A("so ", V(say(nat, grp, uk), "PHONE"), " yeah"))
            t.append(C("yep"))
        t.append(A("done, you'll get a text " + decoy("time", ctry, True)))
    else:
        t = [A(greet(co, False)), C("Can someone call me back? " + decoy("claim9", ctry, False)),
             A("Sure, best number to reach you?"),
             C(R.choice(["mob: ", "call me on ", "tel ", "", "my cell is "]), V(typed_phone(nat, grp, intl, igrp), "PHONE"),
               R.choice(["", " after 5pm", " - any time " + decoy("time", ctry, False)]))]
    return t, "phone number (national or with country code), claim number and times as decoys"


def t_email(co):
    ctry, uk = ctry_flags(co)
    e, f, l = gen_email()
    asr = R.random() < 0.55
    if asr:
        t = [A(greet(co, True)), C("hi can you send the confirmation by email"),
             A("of course what's the email address"),
             C(R.choice(["it's ", "yeah ", "okay so it's "]), V(spoken_email_of(e, uk), "EMAIL"),
               R.choice(["", " all lower case", " all one word"]))]
        if R.random() < 0.4:
            t.append(A("so ", V(spoken_email_of(e, uk), "EMAIL"), " perfect"))
        t.append(A("that's sent with your " + decoy(R.choice(["order16", "invoice"]), ctry, True)))
    else:
        t = [A(greet(co, False)), C("pls send the receipt to my email"),
             A("What email should I use?"),
             C(R.choice(["", "email: ", "its ", "send to "]), V(typed_email(e), "EMAIL"), R.choice(["", " thx", " please"]))]
    return t, "email address typed or spoken ('dot', 'at', 'underscore', spelled initials)"


def t_dob(co):
    ctry, uk = ctry_flags(co)
    y, m, d = gen_dob(ctry == "US")
    asr = R.random() < 0.55
    if asr:
        t = [A(greet(co, True)), C("hi i'm calling about my account"),
             A("can i take your date of birth for security"),
             C(R.choice(["yeah it's ", "", "it's um ", "sure "]), V(spoken_dob(y, m, d, uk), "DOB")),
             A("thanks and i see your appointment is on the " + R.choice(ORD_WORDS) + " of " + R.choice(MONTHS) + " at " + R.choice(["ten", "half nine", "two fifteen"]))]
    else:
        t = [A(greet(co, False)), C("Hi, can I check my payment date?"),
             A("Sure, please confirm your date of birth."),
             C(R.choice(["DOB ", "dob: ", "", "born "]), V(typed_dob(y, m, d, ctry == "US"), "DOB")),
             A("Thanks! Your next payment is due %02d/%02d/20%d for %s." % (R.randint(1, 28), R.randint(1, 12), R.randint(25, 27), amount(ctry, False)))]
    return t, "date of birth next to appointment / payment-due dates that are not PII"


def t_address(co):
    ctry, uk = ctry_flags(co)
    if ctry in ("IE", "EU"):
        ctry, uk = "UK", True
    us = ctry == "US"
    num, street, flat, suf = gen_address(us)
    pc = gen_postcode(us)
    town = R.choice(["Austin", "Denver", "Columbus", "Portland"]) if us else R.choice(["Leeds", "Bristol", "Croydon", "Glasgow", "Cardiff", "Belfast"])
    asr = R.random() < 0.55
    if asr:
        t = [A(greet(co, True)), C("hi i've moved house and need to update my address"),
             A("okay what's the new address"),
             C(R.choice(["it's ", "", "so it's "]), V(spoken_address(num, street, flat, suf, uk), "ADDRESS"),
               " " + town.lower() + R.choice([" and the ", ", ", " postcode "]) + ("zip is " if us else ""), V(spoken_postcode(pc, us, uk), "POSTCODE"))]
        if R.random() < 0.4:
            t.append(A("and the postcode again" if not us else "and the zip again"))
            t.append(C(V(spoken_postcode(pc, us, uk), "POSTCODE")))
        t.append(A("lovely, takes " + R.choice(["about two weeks", "forty eight hours", "three to five working days"])))
    else:
        t = [A(greet(co, False)), C("Hi please update my address"),
             A("Sure, what's the new address?"),
             C(V(typed_address(num, street, flat, suf, us), "ADDRESS"), ", " + town + R.choice([", ", " ", "  "]), V(typed_postcode(pc, us), "POSTCODE"))]
        t.append(A("Updated - it's near the " + R.choice(["A406", "M62", "I-95", "Route 9", "A38"]) + " right? Delivery slots 8am-6pm."))
    return t, "street address (house/flat + street) and postcode/ZIP as separate spans; town and road names unlabelled"


def t_mixed(co):
    """Identity check with several types in one call plus dangerous decoys."""
    ctry, uk = ctry_flags(co)
    y, m, d = gen_dob(ctry == "US")
    e, f, l = gen_email()
    nat, grp, intl, igrp = gen_phone(ctry)
    t = [A(greet(co, True)), C("hi yeah i'm calling about " + decoy("claim9", ctry, True)),
         A("okay i need to do security first, full date of birth"),
         C(V(spoken_dob(y, m, d, uk), "DOB")),
         A("and the phone number on the account"),
         C(R.choice(["um it's ", "", "it should be "]), V(spoken_phone(nat, grp, intl, igrp, uk, 0.2), "PHONE")),
         A("great and the email"),
         C(V(spoken_email_of(e, uk), "EMAIL")),
         A("thank you, so about " + decoy(R.choice(["claim9", "order16"]), ctry, True) + " " + decoy("amount", ctry, True))]
    if ctry == "US":
        s = gen_ssn()
        t.insert(4, C("and you'll want my social it's ", V(say(s, [3, 2, 4], uk, 0.3), "SSN")))
        t.insert(5, A("thanks, not the " + decoy("claim9", ctry, True) + " then"))
    elif ctry == "UK":
        s = gen_ni()
        t.insert(4, C("do you need my n i number, it's ", V(say_alnum(s, uk, 0.2, None, [2, 2, 2, 2, 1]), "NI_NUMBER")))
        t.insert(5, A("yep thanks, not to be confused with your " + decoy("policyni", ctry, True)))
    return t, "multi-type ASR security check with claim/policy decoys in SSN/NI rhythm"


def t_card_ssn_mix(co):
    """US call: real card and SSN plus card-rhythm and SSN-rhythm decoys."""
    uk = False
    d, g, brand = gen_card()
    s = gen_ssn()
    asr = R.random() < 0.5
    if asr:
        t = [A(greet(co, True)), C("hi it's about " + decoy("invoice", "US", True)),
             A("sure can i verify the last four of your social"),
             C("uh i'll give you the whole thing it's ", V(say(s, [3, 2, 4], uk, 0.2), "SSN")),
             A("okay and to pay by card"),
             C(V(say(d, g, uk, 0.2), "CARD_NUMBER"), R.choice(["", " that's the visa"])),
             A("thanks that's the card ending ", V(say(d[-4:], [2, 2], uk), "CARD_NUMBER"), " charged " + amount("US", True))]
    else:
        t = [A(greet(co, False)), C("Paying " + decoy("invoice", "US", False)),
             A("Please verify with SSN then card number."),
             C("ssn ", V("%s-%s-%s" % (s[:3], s[3:5], s[5:]), "SSN"), " card ", V(typed_card(d, g), "CARD_NUMBER"),
               ". member id " + rdig(3) + "-" + rdig(2) + "-" + rdig(4))]
    return t, "SSN and card in one exchange with a member id in SSN format and invoice decoys"


# ---------------------------------------------------------------- negative templates
def n_card_rhythm(co):
    ctry, uk = ctry_flags(co)
    asr = R.random() < 0.6
    t = [A(greet(co, asr))]
    if asr:
        t += [C("hi i'm ringing because my card was charged but i never got the parcel"),
              A("sorry about that have you got the order number"),
              C(R.choice(["yeah the ", "it's the "]) + decoy("order16", ctry, True) + R.choice(["", " and it went on the " + decoy("last4", ctry, True)])),
              A("thanks i can see " + decoy("amount", ctry, True) + " taken " + decoy("time", ctry, True) + " the refund takes " + R.choice(["three to five working days", "up to ten days"]))]
    else:
        t += [C("Hi my card got charged for " + decoy("order16", ctry, False) + " but it's cancelled"),
              A("Let me check. I see a charge on your " + decoy("last4", ctry, False) + "."),
              C("yes that's the card. it was " + amount(ctry, False)),
              A("Refund issued, reference " + fmt_groups(rdig(16), [4, 4, 4, 4]) + ".")]
    return t, "card-rhythm 16-digit order/refund numbers near 'card' words, plus last four; nothing is PII"


def n_ssn_rhythm(co):
    uk = False
    asr = R.random() < 0.6
    d = rdig(9)
    if asr:
        t = [A(greet(co, True)),
             C("hi i don't have my social on me but i have the " + R.choice(["claim number", "case number", "member id"]) + " it's " + say(d, [3, 2, 4], uk, 0.3)),
             A("that's fine the " + R.choice(["claim", "case"]) + " number works, let me read it back " + say(d, [3, 2, 4], uk) + " and you owe " + amount("US", True)),
             C("yep, and the group number is " + say(rdig(6), [3, 3], uk))]
    else:
        t = [A(greet(co, False)),
             C("Not giving my SSN over chat. Claim # %s-%s-%s" % (d[:3], d[3:5], d[5:])),
             A("No problem! Claim %s-%s-%s, billed %s on %02d/%02d/2024." % (d[:3], d[3:5], d[5:], amount("US", False), R.randint(1, 12), R.randint(1, 28))),
             C("and my policy no is " + rdig(3) + " " + rdig(2) + " " + rdig(4))]
    return t, "9-digit claim/case/policy numbers in SSN 3-2-4 rhythm with the word 'social/SSN' nearby; not PII"


def n_ni_rhythm(co):
    uk = True
    asr = R.random() < 0.6
    s = gen_ni()
    if asr:
        t = [A(greet(co, True)),
             C("hi i've got a letter here, not my national insurance number, the reference at the top, " + say_alnum(s, uk, 0.2, None, [2, 2, 2, 2, 1])),
             A("okay that's the case reference yeah, it says you owe " + amount("UK", True) + " by " + R.choice(["the end of march", "friday", "the fifteenth"])),
             C("right and the office is open when"),
             A("eight till six monday to friday")]
    else:
        t = [A(greet(co, False)),
             C("My policy ref is " + typed_ni(s).upper() + " (it looks like an NI number but it's the policy)"),
             A("Thanks, policy %s renews on %02d/%02d/2026 at %s." % (typed_ni(s).upper(), R.randint(1, 28), R.randint(1, 12), amount("UK", False)))]
    return t, "policy/case references shaped exactly like NI numbers, labelled as references; not PII"


def n_utilities(co):
    ctry, uk = ctry_flags(co)
    asr = R.random() < 0.6
    mr = rdig(5)
    if asr:
        t = [A(greet(co, True)),
             C("hi i want to give a meter reading it's " + say(mr, None, uk, 0.2)),
             A("thanks and the meter serial is it " + say(rdig(10), [2, 4, 4], uk)),
             C("yeah that's on the box"),
             A("your bill is " + amount(ctry, True) + " that's about " + R.choice(["twelve", "nine", "fifteen"]) + " percent up on last year, the fixed tariff ends in " + R.choice(MONTHS) + " twenty " + R.choice(["twenty six", "twenty seven"]))]
    else:
        t = [A(greet(co, False)),
             C("Meter reading: %s. MPAN %s" % (mr, fmt_groups(rdig(13), [2, 4, 4, 3]))),
             A("Thanks. Balance %s, 3.4%% increase, contract ends %02d/%d." % (amount(ctry, False), R.randint(1, 12), R.randint(2026, 2028)))]
    return t, "meter readings, meter serial, balances, percentages, contract end date; not PII"


def n_travel(co):
    ctry, uk = ctry_flags(co)
    asr = R.random() < 0.6
    if asr:
        t = [A(greet(co, True)),
             C("hi i'm on flight " + R.choice(["b a one one seven", "e i one five four", "u a nine hundred and one", "skylark four four two"]) + " " + decoy("time", ctry, True)),
             A("okay your booking reference " + say_alnum(R.choice(["QXJ4T9", "LMT82K", "ZRP71W"]), uk, 0.0, "plain") + " seat " + R.choice(["twenty three c", "fourteen a", "two f"]) + " gate " + R.choice(["b forty two", "twelve", "a seven"])),
             C("and the ticket number is " + say(rdig(13), [3, 4, 3, 3], uk) + " if you need it"),
             A("fine the hotel room is " + say(str(R.randint(101, 899)), None, uk) + " for " + R.choice(["three", "two", "five"]) + " nights")]
    else:
        t = [A(greet(co, False)),
             C("Flight %s on %02d %s, eticket %s" % (R.choice(["BA117", "FR 2271", "EI154", "LH 903"]), R.randint(1, 28), R.choice(MONTHS).title(), rdig(3) + "-" + rdig(10))),
             A("Seat 23C, gate B42, boarding 06:15. Room 412 at the hotel. Total " + amount(ctry, False))]
    return t, "flight/seat/gate/room/ticket numbers and times; 13-digit e-ticket in card-like rhythm; not PII"


def n_health(co):
    ctry, uk = ctry_flags(co)
    asr = R.random() < 0.5
    if asr:
        t = [A(greet(co, True)),
             C("hi i got a bill for " + amount(ctry, True) + " for my mum she's " + R.choice(["seventy two", "eighty", "sixty five"])),
             A("okay whats the account number on the statement"),
             C(R.choice(["the statement number ", "it says invoice "]) + say(rdig(10), [3, 3, 4], uk, 0.2)),
             A("thanks the date of service was the " + R.choice(ORD_WORDS) + " of " + R.choice(MONTHS) + " and insurance paid " + R.choice(["eighty", "seventy", "sixty"]) + " percent")]
    else:
        t = [A(greet(co, False)),
             C("Question about statement #%s, date of service %02d/%02d/2025" % (rdig(10), R.randint(1, 12), R.randint(1, 28))),
             A("Your balance is %s after insurance paid 80%%. Temperature log fine." % amount(ctry, False))]
    return t, "healthcare billing statement/invoice numbers, ages, service dates, percentages; not PII"


def n_gov(co):
    ctry, uk = ctry_flags(co)
    t = [A(greet(co, True)),
         C("hi i'm ringing about my application i've been waiting " + R.choice(["six weeks", "three months", "forty five days"])),
         A("okay have you got the application reference"),
         C("yeah it's " + say(rdig(12), [4, 4, 4], uk, 0.3)),
         A("thanks that's been processed since " + R.choice(["twenty nineteen", "two thousand and twenty two", "2023"]) + ", we're open " + R.choice(["eight till eight", "nine to five", "seven a m to seven p m"]) + " and the wait is about " + R.choice(["twenty minutes", "an hour"]))]
    return t, "12-digit application reference in card-like rhythm, durations, years, opening hours; not PII"


def n_retail(co):
    ctry, uk = ctry_flags(co)
    asr = R.random() < 0.5
    trk = "1Z" + "".join(R.choice("ABCDEFGHJKLMNPRSTWXY0123456789") for _ in range(16))
    if asr:
        t = [A(greet(co, True)),
             C("hi my parcel hasn't arrived it's for the " + R.choice(["model w d eight oh t six five four", "serial " + say(rdig(12), [4, 4, 4], uk)])),
             A("okay the tracking number is " + say_alnum(trk, uk, 0.0, "plain", [2, 6, 10]) + " and it's at the depot it's " + R.choice(["twelve", "minus two", "twenty one"]) + " degrees in there"),
             C("fine i paid with " + decoy("last4", ctry, True))]
    else:
        t = [A(greet(co, False)),
             C("Where is order %s? Paid with card ending %s, %s" % (rdig(10), rdig(4), amount(ctry, False))),
             A("Tracking %s, serial SN %s, model WD80T654DBN. Arrives by 6pm." % (trk, fmt_groups(rdig(16), [4, 4, 4, 4])))]
    return t, "tracking/serial/model numbers (one 16-digit serial in card rhythm), temperatures, card last four; not PII"


def n_sortcode_rhythm(co):
    ctry, uk = "UK", True
    d = rdig(6)
    asr = R.random() < 0.5
    if asr:
        t = [A(greet(co, True)),
             C("hi i'm calling from work my extension is " + say(d[:4], None, uk) + " and the batch code on the bank letter is " + say(d, [2, 2, 2], uk)),
             A("okay that batch " + say(d, [2, 2, 2], uk) + " was sent on the " + R.choice(ORD_WORDS) + " of " + R.choice(MONTHS) + " by road, the a " + say(str(R.randint(10, 999)), None, uk) + " was closed"),
             C("right, and i'm on the " + R.choice(["first", "third"]) + " floor, room " + str(R.randint(10, 60)))]
    else:
        t = [A(greet(co, False)),
             C("Batch code %s-%s-%s on the bank letter, what does it mean?" % (d[:2], d[2:4], d[4:])),
             A("That's our print batch, not your sort code. Letter dated %02d/%02d/2025, ref %s." % (R.randint(1, 28), R.randint(1, 12), rdig(8)))]
    return t, "sort-code-shaped batch codes and 8-digit letter refs with bank words nearby; road names; not PII"


def n_expiry_rhythm(co):
    ctry, uk = ctry_flags(co)
    t = [A(greet(co, R.random() < 0.5)),
         C("when does my contract end, is it %02d/%02d? i've got a new card since" % (R.randint(1, 12), R.randint(26, 30))),
         A("Your contract ends %02d/%02d. Your card on file ending %s was charged %s on the %s." % (R.randint(1, 12), R.randint(26, 30), rdig(4), amount(ctry, False), R.choice(["1st", "15th", "28th"]))),
         C("and the price goes up by " + R.choice(["3.9%", "6 percent", "2.50 a month"]) + " in " + str(R.randint(2025, 2027)) + "?")]
    return t, "contract end dates in MM/YY expiry rhythm, card last four, price rises; not PII"


def n_numbers_misc(co):
    ctry, uk = ctry_flags(co)
    t = [A(greet(co, True)),
         C("hi i'm " + R.choice(["eighty one", "nineteen", "sixty four"]) + " and i've been with you since " + R.choice(["nineteen ninety eight", "two thousand and six", "twenty twelve"])),
         A("thank you for your loyalty, that's " + R.choice(["twenty six", "eighteen", "twelve"]) + " years, your rate is " + R.choice(["four point nine", "three point two", "six point five"]) + " percent"),
         C("and my serial number on the router is " + say(rdig(15), [5, 5, 5], uk, 0.2) + " it's been off for " + R.choice(["two days", "forty eight hours", "a week"])),
         A("okay an engineer will come on " + R.choice(["tuesday", "the twelfth", "friday the third"]) + " between " + R.choice(["eight and one", "twelve and six"]))]
    return t, "ages, years, rates, 15-digit router serial in card-like reading, durations, appointment times; not PII"


# ---------------------------------------------------------------- build
POS_PLAN = [
    (t_card_typed, 22, None), (t_card_spoken, 20, None), (t_card_split, 14, None),
    (t_card_restart, 8, None), (t_card_dangerous, 12, None), (t_card_ssn_mix, 8, ["US"]),
    (t_ssn, 24, ["US"]), (t_ni, 26, ["UK"]), (t_bank, 12, ["UK"]), (t_us_bank, 5, ["US"]),
    (t_iban, 12, ["UK", "IE", "EU"]), (t_phone, 14, None), (t_email, 14, None), (t_dob, 14, None),
    (t_address, 14, None), (t_mixed, 14, None),
]
NEG_PLAN = [
    (n_card_rhythm, 16, None), (n_ssn_rhythm, 14, ["US"]), (n_ni_rhythm, 14, ["UK"]),
    (n_utilities, 9, ["UK", "US"], ["utilities"]), (n_travel, 9, None, ["travel"]),
    (n_health, 8, None, ["healthcare billing"]), (n_gov, 8, None, ["government services"]),
    (n_retail, 9, None, ["retail", "telecom"]), (n_sortcode_rhythm, 8, ["UK"]), (n_expiry_rhythm, 8, None),
    (n_numbers_misc, 9, None),
]


def build():
    global R
    R = random.Random(SEED)
    pos, neg = [], []
    for fn, n, ctys in POS_PLAN:
        for _ in range(n):
            co = company(ctys)
            turns, note = fn(co)
            pos.append((turns, "%s; %s, %s" % (note, co[0], co[2])))
    for row in NEG_PLAN:
        fn, n, ctys = row[:3]
        inds = row[3] if len(row) > 3 else None
        for _ in range(n):
            co = company(ctys, inds)
            turns, note = fn(co)
            neg.append((turns, "%s; %s, %s" % (note, co[0], co[2])))
    R.shuffle(pos)
    R.shuffle(neg)
    cases = []
    for i, (turns, note) in enumerate(pos):
        cases.append(make_case("h409-pos-%03d" % (i + 1), "positive", turns, note))
    for i, (turns, note) in enumerate(neg):
        cases.append(make_case("h409-neg-%03d" % (i + 1), "negative", turns, note))
    return cases


def serialise(cases):
    return "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cases)


def counts(cases):
    c = dict((t, 0) for t in TYPES)
    for case in cases:
        for s in case["spans"]:
            c[s["type"]] += 1
    return c


def readme(cases):
    c = counts(cases)
    npos = sum(1 for x in cases if x["kind"] == "positive")
    nneg = len(cases) - npos
    rows = "\n".join("| %s | %d |" % (t, c[t]) for t in TYPES)
    return """# pii_holdout409 — held-out PII redaction evaluation set

> **Never use this set for tuning.** Do not adjust patterns, thresholds, word lists or
> models by looking at these cases or at scores on them. It exists only to measure the
> redaction engine after changes are made. If it leaks into development, retire it and
> generate a new held-out set with a different author and seed.

## Who wrote it and how

Written by an AI helper acting as an independent test author. The author did not see
the redaction code, its tests, its docs or any other PII fixture; it worked only from a
written brief describing the PII types and annotation conventions. Every case is produced
by `scripts/make_pii_holdout409.py` (Python standard library only, one
`random.Random(409241125)`). Turns are built from plain-text segments and labelled value
segments, so every offset is computed, never typed by hand.

Regenerate / verify:

    python scripts/make_pii_holdout409.py          # write cases.jsonl and this README
    python scripts/make_pii_holdout409.py --check  # regenerate, byte-compare, validate

`--check` verifies byte-identical regeneration, unique ids, offsets in range, on word
boundaries and non-overlapping, and validates every labelled value after normalising spoken
forms (Luhn for cards, mod-97 for IBANs, NI format, 9 digits and valid area/group/serial for
SSNs, 6 digits for sort codes, 3-4 for CVV, 10-13 digits for phones, UK postcode / US ZIP
format, e-mail syntax after "dot"/"at" normalisation, plausible dates, number + street word
for addresses). Values split across turns are validated as the concatenation of their
pieces; an abandoned (restarted) reading must be a prefix of a complete value in the case,
and a labelled card last-four must be the suffix of a full card in the case.

## Format

`cases.jsonl`, one case per line:
`{"id", "kind": "positive"|"negative", "turns": [{"speaker": "customer"|"agent", "text"}],
"spans": [{"turn", "start", "end", "type"}], "note"}`. Offsets are Python character offsets
into that turn's text, end exclusive.

Content mixes typed chat/e-mail (separators, odd grouping, case variation, labels such as
"acct no:") and lower-case phone-call ASR transcripts (numbers as words, "oh"/"o"/"nought"/
"zero", "double"/"triple", pairs like "forty one", hundreds like "four hundred and twelve",
NATO and "j for john" spelling, spoken e-mails, values split over turns with back-channels,
agent read-backs, fillers inside readings, restarted readings). Industries: banking, telecom,
utilities, retail, insurance, travel, healthcare billing, government services; countries UK,
US, Ireland, EU.

Emphasis of this set: dangerous negatives - numbers that are not PII read in the rhythm of
cards (16-digit order/transaction/serial numbers, some Luhn-valid), SSNs (9-digit claim/case
/member numbers in 3-2-4) and NI numbers (policy/case references in NI format), with "card",
"social", "national insurance" or "bank" nearby, often in the same call as real values.

## Annotation conventions

- A span covers exactly the value, from its first letter/digit to its last; lead-in words
  ("it's", "my number is") are outside. The one exception: a leading `+` of an
  international phone number is inside the span.
- A value split across turns gets one span per turn, each with the value's type. Agent
  read-backs are labelled too.
- Filler words spoken inside a reading ("um", "uh", "er") are inside the span.
- A restarted reading: the abandoned partial reading and the full reading are both labelled.
- Phone spans include the country code. ADDRESS covers house/flat number and street, not the
  town; the postcode/ZIP is a separate POSTCODE span. DOB and EXPIRY cover the whole date
  expression (including "the ... of ...").
- A card's last four said on their own ("card ending 4821") are not PII unless the full card
  was read in the same case: then the last-four mention of that card is labelled
  CARD_NUMBER too. Positive cases that contain a full card never mention another card's
  last four; standalone last-four mentions appear only in cases without a full card.
- Negatives are never labelled: amounts, balances, prices, times, opening hours, durations,
  counts, ages, temperatures, percentages, years, appointment/payment/contract/service dates,
  order/ticket/invoice/claim/reference/tracking/serial/model/policy/batch numbers said with
  their label, meter readings, flight/room/gate/seat numbers, road names, card last-four.
  The same non-PII items also appear unlabelled inside positive cases.

## Counts

%d cases: %d positive, %d negative.

| Type | Spans |
|---|---|
%s
| **total** | %d |
""" % (len(cases), npos, nneg, rows, sum(c.values()))


# ---------------------------------------------------------------- check
def check(cases, text_on_disk, readme_on_disk):
    errs = []
    if serialise(cases) != text_on_disk:
        errs.append("cases.jsonl is not byte-identical to regenerated output")
    if readme(cases) != readme_on_disk:
        errs.append("README.md is not byte-identical to regenerated output")
    ids = [c["id"] for c in cases]
    if len(ids) != len(set(ids)):
        errs.append("duplicate ids")
    for c in cases:
        cid = c["id"]
        if c["kind"] == "negative" and c["spans"]:
            errs.append("%s: negative with spans" % cid)
        if c["kind"] == "positive" and not c["spans"]:
            errs.append("%s: positive without spans" % cid)
        for tn in c["turns"]:
            if tn["speaker"] not in ("customer", "agent"):
                errs.append("%s: bad speaker" % cid)
        by_turn = {}
        for s in c["spans"]:
            if s["type"] not in TYPES:
                errs.append("%s: bad type %s" % (cid, s["type"]))
                continue
            if not (0 <= s["turn"] < len(c["turns"])):
                errs.append("%s: turn out of range" % cid)
                continue
            txt = c["turns"][s["turn"]]["text"]
            st, en = s["start"], s["end"]
            if not (0 <= st < en <= len(txt)):
                errs.append("%s: offsets out of range" % cid)
                continue
            val = txt[st:en]
            if val != val.strip() or not (val[0].isalnum() or val[0] == "+") or not val[-1].isalnum():
                errs.append("%s: span not trimmed to value %r" % (cid, val))
            if st > 0 and txt[st - 1].isalnum():
                errs.append("%s: span start not on word boundary %r" % (cid, val))
            if en < len(txt) and txt[en].isalnum():
                errs.append("%s: span end not on word boundary %r" % (cid, val))
            by_turn.setdefault(s["turn"], []).append((st, en))
        for tspans in by_turn.values():
            tspans.sort()
            for (a, b), (x, y) in zip(tspans, tspans[1:]):
                if x < b:
                    errs.append("%s: overlapping spans" % cid)
        # value validation, with split values grouped
        for typ in TYPES:
            vals = [c["turns"][s["turn"]]["text"][s["start"]:s["end"]]
                    for s in c["spans"] if s["type"] == typ]
            if not vals:
                continue
            letters = typ in ("NI_NUMBER", "IBAN", "POSTCODE")
            ok_norm, pending, buf = [], [], []
            for v in vals:
                if validate(typ, v):
                    ok_norm.append(spoken_to_alnum(v, letters=letters, skip=("plus",)) or "")
                    continue
                buf.append(v)
                for k in range(len(buf)):
                    if typ in ("EMAIL", "DOB", "EXPIRY", "ADDRESS"):
                        break
                    joined = " ".join(buf[k:])
                    if validate(typ, joined):
                        ok_norm.append(spoken_to_alnum(joined, letters=letters, skip=("plus",)) or "")
                        pending.extend(buf[:k])
                        buf = []
                        break
            pending.extend(buf)
            for v in pending:
                nv = spoken_to_alnum(v, letters=letters, skip=("plus",))
                if not nv or not any(o.startswith(nv) or (typ == "CARD_NUMBER" and o.endswith(nv))
                                     for o in ok_norm):
                    errs.append("%s: invalid %s value %r" % (cid, typ, v))
    c = counts(cases)
    npos = sum(1 for x in cases if x["kind"] == "positive")
    if npos < 200 or len(cases) - npos < 100:
        errs.append("too few cases")
    need = {"CARD_NUMBER": 70, "SSN": 30, "NI_NUMBER": 30}
    for t in TYPES:
        if c[t] < need.get(t, 10):
            errs.append("too few %s spans: %d" % (t, c[t]))
    return errs


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args()
    cases = build()
    if args.check:
        try:
            with open(CASES_PATH, encoding="utf-8") as f:
                disk = f.read()
            with open(README_PATH, encoding="utf-8") as f:
                rd = f.read()
        except IOError as e:
            print("FAIL: %s" % e)
            return 1
        errs = check(cases, disk, rd)
        for e in errs[:60]:
            print("FAIL: " + e)
        if errs:
            print("%d problem(s)" % len(errs))
            return 1
        c = counts(cases)
        print("OK: %d cases; %s" % (len(cases), ", ".join("%s=%d" % (t, c[t]) for t in TYPES)))
        return 0
    os.makedirs(OUT_DIR, exist_ok=True)
    with open(CASES_PATH, "w", encoding="utf-8", newline="\n") as f:
        f.write(serialise(cases))
    with open(README_PATH, "w", encoding="utf-8", newline="\n") as f:
        f.write(readme(cases))
    print("wrote %d cases to %s" % (len(cases), os.path.relpath(CASES_PATH, ROOT)))
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Generate held-out PII redaction evaluation set 98.

Written by an AI helper acting as an independent test author that did not see
the redaction code.  Every case is assembled from plain-text segments and
(value, TYPE) segments so span offsets are computed, never typed by hand.

    python scripts/make_pii_holdout98.py          # write fixture + README
    python scripts/make_pii_holdout98.py --check  # regenerate and verify

Standard library only.  Never use this set for tuning.
"""
from __future__ import annotations

import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

SEED = 98311123
ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "tests" / "fixtures" / "pii_holdout98"
CASES = OUT_DIR / "cases.jsonl"
README = OUT_DIR / "README.md"
PREFIX = "h98"

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

# ----------------------------------------------------------------------------
# spoken-form vocabulary (shared by generator and checker)
# ----------------------------------------------------------------------------
UNIT = "zero one two three four five six seven eight nine".split()
TEEN = ("ten eleven twelve thirteen fourteen fifteen sixteen seventeen "
        "eighteen nineteen").split()
TENS = {"twenty": 2, "thirty": 3, "forty": 4, "fifty": 5, "sixty": 6,
        "seventy": 7, "eighty": 8, "ninety": 9}
TENS_W = {v: k for k, v in TENS.items()}
ZERO_W = {"zero", "oh", "o", "nought", "nil"}
UNIT_MAP = {w: str(i) for i, w in enumerate(UNIT)}
for _z in ZERO_W:
    UNIT_MAP[_z] = "0"
TEEN_MAP = {w: str(10 + i) for i, w in enumerate(TEEN)}
NUM_HOMO = {"to": "2", "too": "2", "for": "4", "won": "1", "ate": "8"}
ORD = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5,
       "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10,
       "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
       "fifteenth": 15, "sixteenth": 16, "seventeenth": 17,
       "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "thirtieth": 30}
MONTHS = ["january", "february", "march", "april", "may", "june", "july",
          "august", "september", "october", "november", "december"]
MONTH_MAP = {m: "%02d" % (i + 1) for i, m in enumerate(MONTHS)}
for _i, _m in enumerate(MONTHS):
    MONTH_MAP[_m[:3]] = "%02d" % (_i + 1)
MONTH_MAP["sept"] = "09"
NATO = {"alpha": "a", "alfa": "a", "bravo": "b", "charlie": "c", "delta": "d",
        "echo": "e", "foxtrot": "f", "golf": "g", "hotel": "h", "india": "i",
        "juliet": "j", "juliett": "j", "kilo": "k", "lima": "l", "mike": "m",
        "november": "n", "oscar": "o", "papa": "p", "quebec": "q",
        "romeo": "r", "sierra": "s", "tango": "t", "uniform": "u",
        "victor": "v", "whiskey": "w", "whisky": "w", "xray": "x",
        "yankee": "y", "zulu": "z"}
NATO_W = {}
for _w, _l in NATO.items():
    NATO_W.setdefault(_l, _w)
LETTER_HOMO = {"ay": "a", "eh": "a", "bee": "b", "be": "b", "see": "c",
               "sea": "c", "dee": "d", "ee": "e", "ef": "f", "gee": "g",
               "aitch": "h", "jay": "j", "kay": "k", "el": "l", "em": "m",
               "en": "n", "pee": "p", "cue": "q", "are": "r", "ar": "r",
               "ess": "s", "tee": "t", "tea": "t", "why": "y", "zed": "z",
               "zee": "z", "ex": "x", "vee": "v"}
FILLERS = {"um", "uh", "er", "erm", "and", "then", "dash", "hyphen", "space",
           "slash", "dot", "point", "stroke"}
STREET_WORDS = {"street", "st", "road", "rd", "avenue", "ave", "lane", "ln",
                "drive", "dr", "close", "way", "court", "ct", "place", "terrace",
                "crescent", "boulevard", "blvd", "grove", "gardens", "park",
                "row", "hill", "square", "mews", "walk", "parade"}

NUM, ALNUM, EMAILM, EXPM, DOBM, ADDRM, PHONEM = range(7)


def _letterish(tok):
    if len(tok) == 1 and tok.isalpha():
        return tok
    if tok in LETTER_HOMO:
        return LETTER_HOMO[tok]
    if tok in NATO:
        return NATO[tok]
    return None


def normalize(text, mode, literal=False):
    """Turn a (typed or spoken) value into a canonical string; ValueError on junk.

    literal=True (alphanumeric types only) reads alphabetic tokens as typed
    letters instead of phonetic / homophone spellings."""
    if literal and mode == ALNUM:
        toks = re.findall(r"[a-z]+|\d+", text.lower())
        return "".join(toks).upper()
    toks = re.findall(r"[a-z]+|\d+|[@._+\-/()]", text.lower())
    out = []
    i = 0
    n = len(toks)
    while i < n:
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < n else None
        if t.isdigit():
            out.append(t)
            i += 1
            continue
        if mode == EMAILM:
            if t == "at" or t == "@":
                out.append("@")
            elif t in ("dot", "."):
                out.append(".")
            elif t == "underscore" or t == "_":
                out.append("_")
            elif t in ("dash", "hyphen", "-"):
                out.append("-")
            elif t in TENS:
                d = TENS[t]
                if nxt in UNIT_MAP and UNIT_MAP[nxt] != "0" and nxt not in ZERO_W:
                    out.append("%d%s" % (d, UNIT_MAP[nxt]))
                    i += 1
                else:
                    out.append("%d0" % d)
            elif t in TEEN_MAP:
                out.append(TEEN_MAP[t])
            elif t in UNIT and t != "zero":
                out.append(UNIT_MAP[t])
            elif t in ("zero",):
                out.append("0")
            elif t in ("+",):
                out.append("+")
            elif t.isalpha():
                out.append(t)
            else:
                raise ValueError("bad email token %r" % t)
            i += 1
            continue
        # letter patterns: "b for bravo", "c as in charlie"
        if mode == ALNUM and _letterish(t) and nxt in ("for", "as"):
            j = i + 2
            if nxt == "as" and j < n and toks[j] == "in":
                j += 1
            if j < n and toks[j].isalpha():
                out.append(_letterish(t))
                i = j + 1
                continue
        if t in ("double", "triple"):
            k = 2 if t == "double" else 3
            if nxt in UNIT_MAP:
                out.append(UNIT_MAP[nxt] * k)
                i += 2
                continue
            if mode == ALNUM and nxt and _letterish(nxt):
                out.append(_letterish(nxt) * k)
                i += 2
                continue
            raise ValueError("dangling %s" % t)
        if t in UNIT_MAP:
            d = UNIT_MAP[t]
            if nxt == "hundred" and d != "0":
                i += 2
                if i < n and toks[i] == "and":
                    i += 1
                r = toks[i] if i < n else None
                if r in TEEN_MAP:
                    out.append(d + TEEN_MAP[r])
                    i += 1
                elif r in TENS:
                    u = toks[i + 1] if i + 1 < n else None
                    if u in UNIT and u != "zero":
                        out.append(d + str(TENS[r]) + UNIT_MAP[u])
                        i += 2
                    else:
                        out.append(d + str(TENS[r]) + "0")
                        i += 1
                elif r in UNIT and r != "zero":
                    out.append(d + "0" + UNIT_MAP[r])
                    i += 1
                else:
                    out.append(d + "00")
                continue
            if mode == ALNUM and t == "o" and nxt in ("for", "as"):
                pass  # handled above; unreachable
            out.append(d)
            i += 1
            continue
        if t in TEEN_MAP:
            out.append(TEEN_MAP[t])
            i += 1
            continue
        if t in TENS:
            d = TENS[t]
            if nxt in UNIT and nxt != "zero":
                out.append("%d%s" % (d, UNIT_MAP[nxt]))
                i += 2
            elif mode == DOBM and nxt in ORD and ORD[nxt] < 10:
                out.append("%d%d" % (d, ORD[nxt]))
                i += 2
            else:
                out.append("%d0" % d)
                i += 1
            continue
        if mode in (NUM, PHONEM, EXPM) and t in NUM_HOMO:
            out.append(NUM_HOMO[t])
            i += 1
            continue
        if mode in (EXPM, DOBM) and t in MONTH_MAP:
            out.append(MONTH_MAP[t])
            i += 1
            continue
        if mode == DOBM and t in ORD:
            out.append("%02d" % ORD[t])
            i += 1
            continue
        if mode == PHONEM and t in ("plus", "+"):
            out.append("+")
            i += 1
            continue
        if mode == ALNUM and _letterish(t):
            out.append(_letterish(t))
            i += 1
            continue
        if t in FILLERS or t in ("-", ".", "/", "(", ")", "_"):
            i += 1
            continue
        if mode == ALNUM and t.isalpha():
            out.append(t)
            i += 1
            continue
        if mode in (DOBM, ADDRM):
            if mode == ADDRM:
                out.append("<%s>" % t)
            i += 1
            continue
        raise ValueError("unexpected token %r in %r" % (t, text))
    return "".join(out).upper() if mode == ALNUM else "".join(out)


def luhn_ok(d):
    s = 0
    for i, ch in enumerate(reversed(d)):
        v = int(ch)
        if i % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        s += v
    return s % 10 == 0


def iban_ok(s):
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in r)
    return int(num) % 97 == 1


NI_RE = re.compile(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]")
UKPC_RE = re.compile(r"[A-Z]{1,2}\d[A-Z\d]?\d[ABD-HJLNP-UW-Z]{2}")


def _alnum_readings(text):
    out = [normalize(text, ALNUM, literal=True)]
    try:
        out.append(normalize(text, ALNUM))
    except ValueError:
        pass
    return out


MODE = {"CARD_NUMBER": NUM, "CVV": NUM, "SSN": NUM, "BANK_ACCOUNT": NUM,
        "SORT_CODE": NUM, "PHONE": PHONEM, "EXPIRY": EXPM, "DOB": DOBM,
        "EMAIL": EMAILM, "ADDRESS": ADDRM, "NI_NUMBER": ALNUM, "IBAN": ALNUM,
        "POSTCODE": ALNUM}


def readings(typ, text):
    if MODE[typ] == ALNUM:
        return _alnum_readings(text)
    try:
        return [normalize(text, MODE[typ])]
    except ValueError:
        return []


def validate(typ, text):
    """True when the concatenated span text is a well-formed value of typ."""
    try:
        if typ == "CARD_NUMBER":
            d = normalize(text, NUM)
            return d.isdigit() and 13 <= len(d) <= 19 and luhn_ok(d)
        if typ == "CVV":
            d = normalize(text, NUM)
            return d.isdigit() and len(d) in (3, 4)
        if typ == "EXPIRY":
            d = normalize(text, EXPM)
            if not d.isdigit():
                return False
            if len(d) == 3:
                d = "0" + d
            if len(d) == 6:
                d = d[:2] + d[4:]
            return len(d) == 4 and 1 <= int(d[:2]) <= 12
        if typ == "SSN":
            d = normalize(text, NUM)
            return (d.isdigit() and len(d) == 9 and d[:3] not in ("000", "666")
                    and d[0] != "9" and d[3:5] != "00" and d[5:] != "0000")
        if typ == "NI_NUMBER":
            return any(bool(NI_RE.fullmatch(v)) and v[:2] not in (
                "BG", "GB", "NK", "KN", "TN", "NT", "ZZ") for v in _alnum_readings(text))
        if typ == "BANK_ACCOUNT":
            d = normalize(text, NUM)
            return d.isdigit() and 6 <= len(d) <= 17
        if typ == "SORT_CODE":
            d = normalize(text, NUM)
            return d.isdigit() and len(d) == 6
        if typ == "IBAN":
            return any(iban_ok(v) for v in _alnum_readings(text))
        if typ == "PHONE":
            d = normalize(text, PHONEM)
            if d.startswith("00"):
                d = "+" + d[2:]
            if d.count("+") > 1 or ("+" in d and not d.startswith("+")):
                return False
            return 10 <= len(d.lstrip("+")) <= 13 and d.lstrip("+").isdigit()
        if typ == "EMAIL":
            v = normalize(text, EMAILM)
            return bool(re.fullmatch(r"[a-z0-9._+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+", v))
        if typ == "DOB":
            d = normalize(text, DOBM)
            return d.isdigit() and 4 <= len(d) <= 8
        if typ == "POSTCODE":
            return any(bool(UKPC_RE.fullmatch(v) or re.fullmatch(r"\d{5}(\d{4})?", v))
                       for v in _alnum_readings(text))
        if typ == "ADDRESS":
            v = normalize(text, ADDRM)
            toks = set(re.findall(r"<([a-z]+)>", v))
            return bool(re.search(r"\d", v)) and bool(toks & STREET_WORDS)
    except ValueError:
        return False
    return False


# ----------------------------------------------------------------------------
# speaking numbers
# ----------------------------------------------------------------------------
def pair_words(p, zero):
    if p[0] == "0":
        return "%s %s" % (zero, UNIT[int(p[1])] if p[1] != "0" else zero)
    if p[0] == "1":
        return TEEN[int(p[1])]
    t = TENS_W[int(p[0])]
    return t if p[1] == "0" else "%s %s" % (t, UNIT[int(p[1])])


def triple_words(t, zero):
    h = UNIT[int(t[0])]
    rest = t[1:]
    if rest == "00":
        return "%s hundred" % h
    if rest[0] == "0":
        return "%s hundred and %s" % (h, UNIT[int(rest[1])])
    return "%s hundred %s" % (h, pair_words(rest, zero))


class Speaker:
    def __init__(self, rng):
        self.rng = rng

    def digits(self, d, zero="oh", doubles=False, homo=False):
        words = []
        i = 0
        while i < len(d):
            run = 1
            while i + run < len(d) and d[i + run] == d[i] and run < 3:
                run += 1
            w = zero if d[i] == "0" else UNIT[int(d[i])]
            if doubles and run >= 2 and self.rng.random() < 0.8:
                words.append(("double " if run == 2 else "triple ") + w)
                i += run
                continue
            if homo and d[i] in "248" and self.rng.random() < 0.3:
                w = {"2": "to", "4": "for", "8": "ate"}[d[i]]
            words.append(w)
            i += 1
        return " ".join(words)

    def group(self, g, zero="oh", style="digits", homo=False):
        """Speak one group of digits; verified by round-trip."""
        r = self.rng
        if style == "pairs" and len(g) % 2 == 0:
            s = " ".join(pair_words(g[k:k + 2], zero) for k in range(0, len(g), 2))
        elif style == "pairs" and len(g) == 3 and g[0] != "0":
            s = r.choice([UNIT[int(g[0])] + " " + pair_words(g[1:], zero),
                          triple_words(g, zero)])
        elif style == "pairs" and len(g) == 5:
            s = UNIT[int(g[0])] if g[0] != "0" else zero
            s += " " + pair_words(g[1:3], zero) + " " + pair_words(g[3:], zero)
        elif style == "doubles":
            s = self.digits(g, zero, doubles=True, homo=homo)
        else:
            s = self.digits(g, zero, homo=homo)
        return s

    def say(self, d, groups, zero="oh", style="digits", homo=False, sep=" "):
        """Speak a digit string in groups; falls back to digits if ambiguous."""
        parts = []
        k = 0
        for gl in groups:
            parts.append(self.group(d[k:k + gl], zero, style, homo))
            k += gl
        s = sep.join(parts)
        if normalize(s, NUM) != d:
            s = sep.join(self.digits(d[a:a + b], zero) for a, b in _spans_of(groups))
        assert normalize(s, NUM) == d, (s, d)
        return s


def _spans_of(groups):
    k = 0
    for g in groups:
        yield k, g
        k += g


# ----------------------------------------------------------------------------
# value generators
# ----------------------------------------------------------------------------
def luhn_complete(body):
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def gen_card(rng, kind=None):
    kind = kind or rng.choice(["visa", "visa", "mc", "mc", "amex", "disc", "visa19", "mc2", "diners"])
    if kind == "visa":
        pre, ln = "4", 16
    elif kind == "visa19":
        pre, ln = "4", 19
    elif kind == "mc":
        pre, ln = str(rng.randint(51, 55)), 16
    elif kind == "mc2":
        pre, ln = str(rng.randint(2221, 2720)), 16
    elif kind == "amex":
        pre, ln = rng.choice(["34", "37"]), 15
    elif kind == "disc":
        pre, ln = "6011", 16
    elif kind == "diners":
        pre, ln = "36", 14
    elif kind == "visa13":
        pre, ln = "4", 13
    else:
        raise AssertionError(kind)
    body = pre + "".join(rng.choice("0123456789") for _ in range(ln - len(pre) - 1))
    return luhn_complete(body)


def card_groups(n):
    return {16: [4, 4, 4, 4], 15: [4, 6, 5], 14: [4, 6, 4], 13: [4, 4, 5],
            19: [4, 4, 4, 4, 3]}[n]


def fmt_groups(d, groups, sep):
    out, k = [], 0
    for g in groups:
        out.append(d[k:k + g])
        k += g
    return sep.join(out)


def gen_ssn(rng):
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, rng.randint(1, 99), rng.randint(1, 9999))


NI_FIRST = "ABCEGHJKLMNPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def gen_ni(rng):
    while True:
        p = rng.choice(NI_FIRST) + rng.choice(NI_SECOND)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + "".join(rng.choice("0123456789") for _ in range(6)) + rng.choice("ABCD")


def gen_iban(rng, cc=None):
    cc = cc or rng.choice(["GB", "IE", "DE", "FR", "NL", "ES"])
    dg = lambda k: "".join(rng.choice("0123456789") for _ in range(k))
    if cc == "GB":
        bban = rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + dg(14)
    elif cc == "IE":
        bban = rng.choice(["AIBK", "BOFI", "IPBS"]) + dg(14)
    elif cc == "DE":
        bban = dg(18)
    elif cc == "FR":
        bban = dg(23)
    elif cc == "NL":
        bban = rng.choice(["ABNA", "RABO", "INGB"]) + dg(10)
    else:
        bban = dg(20)
    r = bban + cc + "00"
    num = int("".join(str(int(c, 36)) for c in r))
    chk = 98 - num % 97
    return cc + "%02d" % chk + bban


UK_AREAS = ["SW", "SE", "N", "M", "B", "LS", "G", "EH", "CF", "BS", "NG", "L",
            "E", "W", "EC", "CR", "DN", "KT", "BT", "HU", "PR", "S", "YL"]
UNIT_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"


def gen_ukpc(rng):
    a = rng.choice(UK_AREAS[:-1])
    dist = str(rng.randint(1, 29))
    if a in ("SW", "EC") and rng.random() < 0.3:
        dist = "1A"
    return "%s%s %d%s%s" % (a, dist, rng.randint(0, 9), rng.choice(UNIT_LETTERS), rng.choice(UNIT_LETTERS))


def gen_zip(rng):
    return "%05d" % rng.randint(1001, 99950)


FIRST = ["james", "sarah", "liam", "aoife", "priya", "tom", "maria", "kevin",
         "siobhan", "daniel", "grace", "mohammed", "chloe", "sean", "emma",
         "lukas", "ines", "patrick", "hannah", "carlos", "niamh", "olivia"]
LAST = ["murphy", "patel", "smith", "kowalski", "byrne", "johnson", "garcia",
        "walsh", "nguyen", "mueller", "brennan", "taylor", "okafor", "dubois",
        "kelly", "reilly", "hughes", "lopez", "fischer", "campbell"]
DOMAINS = [("gmail", "com"), ("yahoo", "co.uk"), ("outlook", "com"),
           ("hotmail", "co.uk"), ("icloud", "com"), ("eircom", "net"),
           ("btinternet", "com"), ("web", "de"), ("orange", "fr"), ("aol", "com")]
STREETS = ["elm", "station", "church", "victoria", "maple", "oak", "mill",
           "park", "king", "queen", "harbour", "castle", "willow", "main",
           "high", "orchard", "chapel", "meadow", "cedar", "lincoln"]
SUFFIX = ["street", "road", "avenue", "lane", "drive", "close", "way",
          "court", "crescent", "grove", "terrace", "place"]


# ----------------------------------------------------------------------------
# case assembly
# ----------------------------------------------------------------------------
def build(turns):
    out_turns, spans = [], []
    for ti, (spk, segs) in enumerate(turns):
        text = ""
        for seg in segs:
            if isinstance(seg, tuple):
                val, typ = seg
                s = len(text)
                text += val
                spans.append({"turn": ti, "start": s, "end": len(text), "type": typ})
            else:
                text += seg
        out_turns.append({"speaker": spk, "text": text})
    return out_turns, spans


def A(*segs):
    return ("agent", list(segs))


def C(*segs):
    return ("customer", list(segs))


BACK = ["mhm", "okay", "yep", "okay go on", "right", "uh huh", "got it", "yes go ahead", "okay and"]
FILL = ["um", "uh", "erm", "er"]
ZEROS = ["oh", "zero", "o", "nought", "oh", "zero"]


class Gen:
    def __init__(self):
        self.rng = random.Random(SEED)
        self.sp = Speaker(self.rng)
        self.pos = []
        self.neg = []

    def ch(self, seq):
        return self.rng.choice(seq)

    def add(self, kind, note, turns):
        t, s = build(turns)
        if kind == "negative":
            assert not s
        (self.pos if kind == "positive" else self.neg).append((t, s, note))

    # ------------------------------------------------------------------ cards
    def card_chat_typed(self):
        r = self.rng
        d = gen_card(r)
        groups = card_groups(len(d))
        style = r.choice(["space", "dash", "none", "dot", "mixed", "space2", "slash"])
        if style == "space":
            v = fmt_groups(d, groups, " ")
        elif style == "space2":
            v = fmt_groups(d, groups, "  ")
        elif style == "dash":
            v = fmt_groups(d, groups, "-")
        elif style == "dot":
            v = fmt_groups(d, groups, ".")
        elif style == "slash":
            v = fmt_groups(d, groups, " / ")
        elif style == "mixed":
            parts = fmt_groups(d, groups, "|").split("|")
            v = parts[0]
            for p in parts[1:]:
                v += r.choice([" ", "-", " - ", ""]) + p
        else:
            v = d
        ind = self.ch(["retail", "telecom", "travel", "utilities", "insurance"])
        lead = self.ch(["card no: ", "Card number is ", "its ", "here you go ", "cc# ",
                        "ok the card is ", "long number: ", "number on the card - "])
        tail = self.ch(["", " thanks", " pls", ". can you take the £42.50 from that",
                        " and its a debit card", " (visa)", "!!", " ty"])
        turns = [A(self.ch(["Could you type the long card number for me please?",
                            "Please enter the card number you'd like to pay with.",
                            "What card would you like to use today?"])),
                 C(lead, (v, "CARD_NUMBER"), tail)]
        self.add("positive", "chat/%s: card typed with '%s' separators" % (ind, style), turns)

    def card_call_digits(self):
        r = self.rng
        d = gen_card(r, r.choice(["visa", "mc", "mc2", "disc", "visa13"]))
        z = self.ch(ZEROS)
        homo = r.random() < 0.4
        v = self.sp.say(d, card_groups(len(d)), z, "digits", homo=homo)
        ind = self.ch(["banking", "telecom", "utilities", "insurance", "retail"])
        turns = [A(self.ch(["and what's the long number across the front",
                            "okay can i take the card number please",
                            "go ahead with the sixteen digits when you're ready"])),
                 C(self.ch(["yeah it's ", "right so it's ", "okay ", "it is ", "", "yeah "]),
                   (v, "CARD_NUMBER"))]
        self.add("positive", "call/%s: card digit by digit, zero as '%s'%s" % (
            ind, z, ", ASR homophones" if homo else ""), turns)

    def card_call_split(self):
        r = self.rng
        d = gen_card(r, r.choice(["visa", "mc", "disc"]))
        z = self.ch(ZEROS)
        style = self.ch(["digits", "pairs", "doubles"])
        ind = self.ch(["insurance", "utilities", "travel", "healthcare billing", "government services"])
        turns = [A("okay whenever you're ready with the card number")]
        k = 0
        for gi, g in enumerate(card_groups(16)):
            st = style if r.random() < 0.7 else "digits"
            v = self.sp.say(d[k:k + g], [g], z, st)
            k += g
            pre = self.ch(["", "", "so ", "right ", "okay "]) if gi == 0 else ""
            post = self.ch(["", "", " " + self.ch(FILL), " yeah"])
            turns.append(C(pre, (v, "CARD_NUMBER"), post))
            if gi < 3:
                turns.append(A(self.ch(BACK) if gi != 2 else self.ch(BACK + ["and the last four"])))
        turns.append(A("lovely thank you"))
        self.add("positive", "call/%s: card split over four customer turns, %s style" % (ind, style), turns)

    def card_call_pairs(self):
        r = self.rng
        d = gen_card(r, r.choice(["visa", "mc", "mc2"]))
        z = self.ch(ZEROS)
        v = self.sp.say(d, [4, 4, 4, 4], z, "pairs")
        ind = self.ch(["telecom", "retail", "banking", "travel"])
        turns = [A("can i take the card details please starting with the long number"),
                 C(self.ch(["sure it's ", "yeah ", "okay it's ", ""]), (v, "CARD_NUMBER"),
                   self.ch(["", " and that's a visa", " got that", " did you get that"]))]
        self.add("positive", "call/%s: card read as pairs like 'forty one eleven'" % ind, turns)

    def card_call_groups_fillers(self):
        r = self.rng
        d = gen_card(r, "visa")
        z = self.ch(ZEROS)
        turns = [A("what's the card number")]
        segs = [self.ch(["it's ", "yeah it's ", ""])]
        k = 0
        for gi, g in enumerate([4, 4, 4, 4]):
            st = self.ch(["digits", "pairs", "doubles"])
            segs.append((self.sp.say(d[k:k + g], [g], z, st), "CARD_NUMBER"))
            k += g
            if gi < 3:
                segs.append(" " + self.ch(["um", "uh", "er hang on", "sorry", "then",
                                           "let me see", "and", "erm"]) + " ")
        turns.append(C(*segs))
        turns.append(A("perfect thank you"))
        self.add("positive", "call/retail: card in one turn with fillers between groups (each group its own span)", turns)

    def card_call_correction(self):
        r = self.rng
        d = gen_card(r, r.choice(["visa", "mc"]))
        z = self.ch(ZEROS)
        wrong = d[:4] + d[4:6]
        v = self.sp.say(d, [4, 4, 4, 4], z, "digits")
        rb = self.sp.say(d, [4, 4, 4, 4], z, self.ch(["digits", "pairs"]))
        ind = self.ch(["banking", "telecom", "utilities", "insurance"])
        turns = [A("and the card number please"),
                 C("it's ", (self.sp.say(wrong, [4, 2], z), "CARD_NUMBER"),
                   " no sorry let me start again ", self.ch(["um ", "", "okay "]),
                   (v, "CARD_NUMBER")),
                 A("okay let me read that back ", (rb, "CARD_NUMBER"), " is that right"),
                 C(self.ch(["yes that's it", "yep", "correct", "yeah spot on"]))]
        self.add("positive", "call/%s: caller starts reading, restarts from the top (fragment labelled); agent reads back" % ind, turns)

    def card_full_bundle(self):
        r = self.rng
        kind = self.ch(["amex", "visa", "mc", "disc", "diners", "visa19"])
        d = gen_card(r, kind)
        z = self.ch(ZEROS)
        v = self.sp.say(d, card_groups(len(d)), z, self.ch(["digits", "doubles", "pairs"]))
        mm = r.randint(1, 12)
        yy = r.randint(25, 32)
        cvv = "".join(r.choice("0123456789") for _ in range(4 if kind == "amex" else 3))
        expv = self.ch([
            "%s %s" % (pair_words("%02d" % mm, z), pair_words("%02d" % yy, z)),
            "%s twenty %s" % (MONTHS[mm - 1], pair_words("%02d" % yy, z)),
            "%s %s" % (MONTHS[mm - 1], pair_words("%02d" % yy, z)),
            "%s slash %s" % (self.sp.digits("%02d" % mm, z), self.sp.digits("%02d" % yy, z)),
        ])
        cv = self.sp.say(cvv, [len(cvv)], z, self.ch(["digits", "pairs", "doubles"]))
        ind = self.ch(["travel", "retail", "telecom", "utilities", "insurance"])
        order = r.random() < 0.5
        turns = [A("card number expiry and security code please"),
                 C("okay the number is ", (v, "CARD_NUMBER"))]
        if order:
            turns.append(A(self.ch(["and the expiry", "expiry date", "when does it expire"])))
            turns.append(C(self.ch(["", "it's ", "expires "]), (expv, "EXPIRY"),
                           " and the code on the back is ", (cv, "CVV")))
        else:
            turns.append(A("okay and the three or four digits on the back"))
            turns.append(C((cv, "CVV")))
            turns.append(A("and the expiry"))
            turns.append(C(self.ch(["end of ", "", "it runs out "]), (expv, "EXPIRY"),
                           self.ch(["", " i think", " yeah"])))
        self.add("positive", "call/%s: %s card with expiry and security code" % (ind, kind), turns)

    def card_chat_split_msgs(self):
        r = self.rng
        d = gen_card(r, self.ch(["visa", "mc", "mc2"]))
        sep = self.ch([" ", "-", ""])
        a, b = d[:8], d[8:]
        mm, yy = r.randint(1, 12), r.randint(26, 31)
        exp = self.ch(["%02d/%02d" % (mm, yy), "%02d-%d" % (mm, 2000 + yy), "%d/%02d" % (mm, yy),
                       "%02d%02d" % (mm, yy)])
        cvv = "%03d" % r.randint(0, 999)
        turns = [A("Please send the card number, expiry and CVV."),
                 C((a[:4] + sep + a[4:], "CARD_NUMBER")),
                 C((b[:4] + sep + b[4:], "CARD_NUMBER"), self.ch(["", " sorry hit enter", " <- rest"])),
                 C("exp ", (exp, "EXPIRY"), self.ch([" cvv ", " code ", " / "]), (cvv, "CVV"))]
        self.add("positive", "chat/retail: card typed across two chat messages then expiry and cvv", turns)

    def card_chat_typos(self):
        r = self.rng
        d = gen_card(r, "visa")
        g = fmt_groups(d, [4, 4, 4, 4], " ").split()
        v = g[0] + " " + g[1] + g[2] + " " + g[3]
        turns = [C(self.ch(["hi i want to update my payment card, ", "hey need to change the card on file "]),
                   "new one is ", (v, "CARD_NUMBER"), self.ch([" exp ", " expires "]),
                   ("%02d/%02d" % (r.randint(1, 12), r.randint(26, 30)), "EXPIRY")),
                 A("Thanks, I've updated that for you.")]
        self.add("positive", "chat/telecom: card with irregular spacing next to expiry", turns)

    def card_agent_readback_sms(self):
        r = self.rng
        d = gen_card(r, "mc")
        z = self.ch(ZEROS)
        turns = [C("yeah so the card i want to use is ", (self.sp.say(d, [4, 4, 4, 4], z, "doubles"), "CARD_NUMBER")),
                 A("so that's ", (self.sp.say(d[:8], [4, 4], z), "CARD_NUMBER"), " ",
                   self.ch(["mhm", "then"]), " ", (self.sp.say(d[8:], [4, 4], z), "CARD_NUMBER")),
                 C("yep that's right"),
                 A("and the amount today is forty nine pounds ninety nine")]
        self.add("positive", "call/utilities: card with doubles/triples, agent reads back in two halves", turns)

    def card_asr_numerals(self):
        r = self.rng
        d = gen_card(r, self.ch(["visa", "mc", "mc2", "disc"]))
        z = self.ch(ZEROS)
        form = self.ch(["groups4", "odd", "mixed", "pairsnum"])
        if form == "groups4":
            v = fmt_groups(d, [4, 4, 4, 4], " ")
        elif form == "odd":
            v = " ".join([d[:2], d[2:5], d[5:8], d[8:11], d[11:13], d[13:]])
        elif form == "pairsnum":
            v = " ".join(d[i:i + 2] for i in range(0, 16, 2))
        else:
            v = d[:4] + " " + self.sp.say(d[4:8], [4], z) + " " + d[8:12] + " " + self.sp.say(d[12:], [4], z, "pairs")
        turns = [A("okay and the long card number"),
                 C(self.ch(["yeah it's ", "so it's ", ""]), (v, "CARD_NUMBER"), self.ch(["", " and it's a debit card", " yeah"]))]
        self.add("positive", "call/%s: ASR wrote the card partly as numerals (%s)" % (self.ch(["telecom", "retail", "travel"]), form), turns)

    def card_triple_hundreds(self):
        r = self.rng
        body = "4" + "".join(r.choice("0123456789") for _ in range(14))
        d = luhn_complete(body)
        z = self.ch(ZEROS)
        # speak groups 4-3-3-3-3 using hundreds where possible
        parts, k = [], 0
        for g in [4, 3, 3, 3, 3]:
            chunk = d[k:k + g]
            k += g
            if g == 3 and chunk[0] != "0":
                parts.append(self.ch([triple_words(chunk, z), UNIT[int(chunk[0])] + " " + pair_words(chunk[1:], z)]))
            else:
                parts.append(self.sp.group(chunk, z, self.ch(["digits", "doubles"])))
        v = " ".join(parts)
        if normalize(v, NUM) != d:
            v = self.sp.say(d, [4, 3, 3, 3, 3], z, "digits")
        turns = [A("and the card number please"),
                 C(self.ch(["it's ", "right it's ", ""]), (v, "CARD_NUMBER"))]
        self.add("positive", "call/banking: card read in threes with hundreds ('four hundred and twelve')", turns)

    def ssn_asr_numerals(self):
        r = self.rng
        d = gen_ssn(r)
        v = self.ch(["%s %s %s" % (d[:3], d[3:5], d[5:]), d,
                     "%s %s %s" % (d[:3], self.sp.digits(d[3:5], "oh"), d[5:]),
                     "%s %s" % (d[:5], d[5:])])
        turns = [A("can you verify the social on the account"),
                 C("yes it's ", (v, "SSN"), self.ch(["", " and my zip hasn't changed", " that's mine not my wife's"]))]
        self.add("positive", "call/%s: ASR emitted the SSN partly as numerals" % self.ch(["banking", "insurance", "healthcare billing"]), turns)

    def ni_asr_numerals(self):
        r = self.rng
        ni = gen_ni(r)
        v = self.ch(["%s %s %s %s %s" % (" ".join(ni[:2].lower()), ni[2:4], ni[4:6], ni[6:8], ni[8].lower()),
                     "%s %s %s" % (ni[:2].lower(), ni[2:8], ni[8].lower()),
                     "%s %s %s" % (" ".join(self._ni_letter(c, "nato") for c in ni[:2]), ni[2:8], self._ni_letter(ni[8], "nato"))])
        turns = [A("and your national insurance number"),
                 C(self.ch(["it's ", "yeah it's ", ""]), (v, "NI_NUMBER"), self.ch(["", " i think", " that's off my payslip"]))]
        self.add("positive", "call/government services: ASR wrote NI digits as numerals", turns)

    # ------------------------------------------------------------------ SSN
    def ssn_chat(self):
        r = self.rng
        d = gen_ssn(r)
        fmt = self.ch(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s.%s.%s", "%s - %s - %s", "%s-%s %s"])
        v = fmt % (d[:3], d[3:5], d[5:])
        ind = self.ch(["banking", "insurance", "healthcare billing", "government services", "telecom"])
        lead = self.ch(["SSN ", "my social is ", "ssn: ", "Social Security # ", "soc sec no. ", "its "])
        turns = [A(self.ch(["To verify, please provide your Social Security number.",
                            "Can you confirm your SSN for me?"])),
                 C(lead, (v, "SSN"), self.ch(["", " thanks", ". DOB is on file", " and I'm in a hurry"]))]
        self.add("positive", "chat/%s: US SSN typed" % ind, turns)

    def ssn_call_digits(self):
        r = self.rng
        d = gen_ssn(r)
        z = self.ch(["oh", "zero", "o"])
        homo = r.random() < 0.35
        v = self.sp.say(d, [3, 2, 4], z, self.ch(["digits", "doubles"]), homo=homo)
        ind = self.ch(["banking", "insurance", "healthcare billing", "government services"])
        turns = [A("and can i get your social security number please"),
                 C(self.ch(["sure it's ", "yeah ", "it's ", "okay "]), (v, "SSN"))]
        self.add("positive", "call/%s: SSN spoken digit by digit%s" % (ind, ", ASR homophones possible" if homo else ""), turns)

    def ssn_call_split(self):
        r = self.rng
        d = gen_ssn(r)
        z = self.ch(["oh", "zero"])
        ind = self.ch(["banking", "insurance", "healthcare billing", "government services"])
        turns = [A("i'll need your social to verify"),
                 C("okay the first three are ", (self.sp.say(d[:3], [3], z, self.ch(["digits", "pairs"])), "SSN")),
                 A(self.ch(BACK)),
                 C((self.sp.say(d[3:5], [2], z, self.ch(["digits", "pairs"])), "SSN")),
                 A(self.ch(["and the last four", "okay", "mhm"])),
                 C((self.sp.say(d[5:], [4], z, self.ch(["digits", "pairs", "doubles"])), "SSN"))]
        self.add("positive", "call/%s: SSN split 3/2/4 across turns" % ind, turns)

    def ssn_call_pairs(self):
        r = self.rng
        d = gen_ssn(r)
        z = "oh"
        v = self.sp.say(d, [3, 2, 4], z, "pairs")
        turns = [A("what's the social on the account"),
                 C(self.ch(["it's ", "yeah it's ", ""]), (v, "SSN"),
                   self.ch(["", " and that's for my husband's account", " i think that's right"]))]
        self.add("positive", "call/%s: SSN in pairs/hundreds like 'one twenty three forty five'" %
                 self.ch(["banking", "insurance", "government services"]), turns)

    def ssn_correction(self):
        r = self.rng
        d = gen_ssn(r)
        z = self.ch(["oh", "zero"])
        full = self.sp.say(d, [3, 2, 4], z)
        rb = self.sp.say(d, [3, 2, 4], z, self.ch(["digits", "pairs"]))
        turns = [A("can you give me the social security number for the primary account holder"),
                 C("yeah it's ", (self.sp.say(d[:4], [3, 1], z), "SSN"),
                   " no wait let me start over ", (full, "SSN")),
                 A("okay so ", (rb, "SSN")),
                 C("yeah")]
        self.add("positive", "call/insurance: SSN with a restart mid-number and agent read-back", turns)

    def ssn_with_dob(self):
        r = self.rng
        d = gen_ssn(r)
        y = r.randint(1945, 2003)
        m = r.randint(1, 12)
        day = r.randint(1, 28)
        chat = r.random() < 0.5
        if chat:
            ssn = "%s-%s-%s" % (d[:3], d[3:5], d[5:])
            dob = self.ch(["%02d/%02d/%d" % (m, day, y), "%s %d, %d" % (MONTHS[m - 1].title(), day, y),
                           "%d-%02d-%02d" % (y, m, day)])
            turns = [A("Please confirm your SSN and date of birth."),
                     C("ssn ", (ssn, "SSN"), self.ch([", dob ", " and DOB ", " born "]), (dob, "DOB"))]
            self.add("positive", "chat/healthcare billing: SSN and DOB in one message", turns)
        else:
            ssn = self.sp.say(d, [3, 2, 4], "oh")
            ord_w = [k for k, v in ORD.items() if v == day]
            dayw = ord_w[0] if ord_w else "%s %s" % (TENS_W[day // 10], [k for k, v in ORD.items() if v == day % 10][0])
            dob = "%s of %s %s" % (dayw, MONTHS[m - 1], pair_words(str(y)[:2], "oh") + " " + pair_words(str(y)[2:], "oh"))
            turns = [A("okay and your social and date of birth"),
                     C((ssn, "SSN"), " and i was born on the ", (dob, "DOB"))]
            self.add("positive", "call/government services: SSN and DOB in one turn", turns)

    def ssn_typed_spaced(self):
        r = self.rng
        d = gen_ssn(r)
        v = self.ch([" ".join(d), d[:3] + " " + d[3:5] + " " + d[5:7] + " " + d[7:], "%s/%s/%s" % (d[:3], d[3:5], d[5:])])
        turns = [C("hi i got a letter about my tax refund, my ss number is ", (v, "SSN"),
                   " and the letter ref is ", str(r.randint(100000, 999999))),
                 A("Thank you, one moment while I pull that up.")]
        self.add("positive", "chat/government services: SSN with odd spacing next to a letter reference", turns)

    # ------------------------------------------------------------------ NI
    def ni_chat(self):
        r = self.rng
        ni = gen_ni(r)
        p, dd, s = ni[:2], ni[2:8], ni[8]
        f = self.ch(["%s %s %s %s %s", "%s%s%s%s%s", "%s-%s-%s-%s-%s", "%s %s%s%s %s", "%s%s%s%s %s"])
        v = f % (p, dd[:2], dd[2:4], dd[4:], s)
        if r.random() < 0.4:
            v = v.lower()
        elif r.random() < 0.3:
            v = v[0] + v[1:].lower()
        ind = self.ch(["government services", "banking", "insurance", "utilities"])
        turns = [A(self.ch(["Can you confirm your National Insurance number?", "What's your NI number please?"])),
                 C(self.ch(["its ", "NI no ", "national insurance: ", "", "sure - "]), (v, "NI_NUMBER"),
                   self.ch(["", " thanks", " x", ". Is my claim being processed?"]))]
        self.add("positive", "chat/%s: UK NI number typed" % ind, turns)

    def _ni_letter(self, l, style):
        if style == "nato":
            return "%s for %s" % (l.lower(), NATO_W[l.lower()])
        if style == "asin":
            return "%s as in %s" % (l.lower(), NATO_W[l.lower()])
        if style == "homo":
            inv = {}
            for k, v in LETTER_HOMO.items():
                inv.setdefault(v, k)
            return inv.get(l.lower(), l.lower())
        return l.lower()

    def ni_call(self):
        r = self.rng
        ni = gen_ni(r)
        lstyle = self.ch(["plain", "nato", "homo", "asin", "plain"])
        dstyle = self.ch(["digits", "pairs", "doubles"])
        z = self.ch(["oh", "zero", "nought"])
        pre = " ".join(self._ni_letter(c, lstyle) for c in ni[:2])
        if lstyle == "plain" and ni[0] == ni[1] and r.random() < 0.6:
            pre = "double " + ni[0].lower()
        dig = self.sp.say(ni[2:8], [2, 2, 2] if dstyle == "pairs" else [6], z, dstyle)
        suf = self._ni_letter(ni[8], self.ch([lstyle, "plain"]))
        v = "%s %s %s" % (pre, dig, suf)
        assert validate("NI_NUMBER", v), v
        ind = self.ch(["government services", "banking", "insurance", "utilities", "healthcare billing"])
        turns = [A(self.ch(["can i take your national insurance number", "and your n i number please"])),
                 C(self.ch(["yeah it's ", "it's ", "okay ", "um it's "]), (v, "NI_NUMBER"))]
        self.add("positive", "call/%s: NI spoken, letters %s, digits %s" % (ind, lstyle, dstyle), turns)

    def ni_call_split(self):
        r = self.rng
        ni = gen_ni(r)
        z = self.ch(["oh", "zero"])
        lstyle = self.ch(["plain", "nato", "homo"])
        turns = [A("could i have your national insurance number"),
                 C("yeah so it starts ", (" ".join(self._ni_letter(c, lstyle) for c in ni[:2]), "NI_NUMBER")),
                 A(self.ch(BACK)),
                 C((self.sp.say(ni[2:5], [3], z), "NI_NUMBER")),
                 A(self.ch(BACK)),
                 C((self.sp.say(ni[5:8], [3], z), "NI_NUMBER"), " and then the letter at the end is ",
                   (self._ni_letter(ni[8], self.ch(["plain", "nato"])), "NI_NUMBER")),
                 A("lovely thanks")]
        self.add("positive", "call/government services: NI split over turns, suffix letter on its own", turns)

    def ni_readback(self):
        r = self.rng
        ni = gen_ni(r)
        z = "oh"
        cust = "%s %s %s" % (" ".join(ni[:2].lower()), self.sp.say(ni[2:8], [2, 2, 2], z, "pairs"), ni[8].lower())
        agent = "%s %s %s" % (" ".join(self._ni_letter(c, "nato") for c in ni[:2]),
                              self.sp.say(ni[2:8], [6], z), self._ni_letter(ni[8], "nato"))
        turns = [A("national insurance number please"),
                 C((cust, "NI_NUMBER")),
                 A("let me just read that back ", (agent, "NI_NUMBER")),
                 C(self.ch(["that's it", "yes", "correct"]))]
        self.add("positive", "call/banking: NI in pairs, agent reads back with phonetic alphabet", turns)

    def ni_correction(self):
        r = self.rng
        ni = gen_ni(r)
        z = self.ch(["oh", "zero"])
        turns = [A("what's your ni number"),
                 C("it's ", (" ".join(ni[:2].lower()), "NI_NUMBER"), " ",
                   (self.sp.say(ni[2:8], [6], z), "NI_NUMBER"), " ",
                   (ni[8].lower(), "NI_NUMBER")),
                 A("sorry was that ", (self._ni_letter(ni[0], "nato"), "NI_NUMBER"), " at the start"),
                 C("yes ", (self._ni_letter(ni[0], "nato"), "NI_NUMBER"), " ", (self._ni_letter(ni[1], "nato"), "NI_NUMBER"))]
        # the single-letter confirmations are fragments; keep them valid by re-adding the rest
        turns[-1][1].extend([" then ", (self.sp.say(ni[2:8], [6], z), "NI_NUMBER"), " ",
                             (self._ni_letter(ni[8], "nato"), "NI_NUMBER")])
        # agent fragment alone is not a full value: replace with full read-back
        turns[2] = A("sorry was that ", (" ".join(self._ni_letter(c, "nato") for c in ni[:2]), "NI_NUMBER"), " ",
                     (self.sp.say(ni[2:8], [6], z), "NI_NUMBER"), " ", (self._ni_letter(ni[8], "nato"), "NI_NUMBER"))
        self.add("positive", "call/government services: NI with agent query and customer repeating it phonetically", turns)

    def ni_mixed_chitchat(self):
        r = self.rng
        ni = gen_ni(r)
        age = r.randint(25, 70)
        v = "%s %s %s %s %s" % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8])
        turns = [A("Hello, how can I help?"),
                 C("hiya I'm %d and just started a new job on the 3rd, they need my NI which is " % age,
                   (v.lower() if r.random() < 0.5 else v, "NI_NUMBER"),
                   " but HMRC has me on the wrong tax code 1257L"),
                 A("I can help with that.")]
        self.add("positive", "chat/government services: NI among tax code, age and a date", turns)

    # ------------------------------------------------------------------ banking
    def bank_uk(self):
        r = self.rng
        sc = "%06d" % r.randint(100000, 999999)
        acc = "%08d" % r.randint(0, 99999999)
        if r.random() < 0.5:
            scv = self.ch(["%s-%s-%s", "%s %s %s", "%s%s%s"]) % (sc[:2], sc[2:4], sc[4:])
            turns = [A("What's the sort code and account number for the refund?"),
                     C("sort code ", (scv, "SORT_CODE"), self.ch([" acc ", " account no ", ", account: "]),
                       (acc, "BANK_ACCOUNT"))]
            self.add("positive", "chat/banking: UK sort code and account number typed", turns)
        else:
            z = self.ch(["oh", "zero", "nought"])
            scv = self.sp.say(sc, [2, 2, 2], z, self.ch(["pairs", "digits"]))
            accv = self.sp.say(acc, [4, 4], z, self.ch(["digits", "doubles", "pairs"]))
            turns = [A("can i take the sort code"),
                     C((scv, "SORT_CODE")),
                     A("and the account number"),
                     C(self.ch(["", "it's "]), (accv, "BANK_ACCOUNT"))]
            self.add("positive", "call/%s: sort code and account number spoken" % self.ch(["banking", "utilities", "insurance"]), turns)

    def sort_code_only(self):
        r = self.rng
        sc = "%02d%04d" % (r.choice([20, 40, 30, 11, 9, 60, 77, 83, 90, 93]), r.randint(0, 9999))
        z = self.ch(["oh", "zero", "nought"])
        if r.random() < 0.5:
            v = self.sp.say(sc, [2, 2, 2], z, self.ch(["pairs", "digits", "doubles"]))
            turns = [A("is that the same sort code as before"),
                     C("no the new one is ", (v, "SORT_CODE"), " it moved branches last year"),
                     A("okay so ", (self.sp.say(sc, [2, 2, 2], z), "SORT_CODE"), " thank you")]
            self.add("positive", "call/banking: sort code spoken and read back", turns)
        else:
            v = self.ch(["%s-%s-%s", "%s %s %s", "%s/%s/%s", "%s%s%s"]) % (sc[:2], sc[2:4], sc[4:])
            turns = [C("Hi, can you check the sort code ", (v, "SORT_CODE"), " is right for my direct debit of £%d.%02d?" % (r.randint(10, 99), r.randint(0, 99))),
                     A("Yes, that matches the bank details on file.")]
            self.add("positive", "chat/utilities: sort code typed next to an amount", turns)

    def bank_us(self):
        r = self.rng
        ln = r.randint(9, 12)
        acc = str(r.randint(1, 9)) + "".join(r.choice("0123456789") for _ in range(ln - 1))
        z = "zero"
        if r.random() < 0.5:
            turns = [A("Please provide the checking account number for autopay."),
                     C("acct # ", (acc, "BANK_ACCOUNT"), " routing i'll send separately")]
            self.add("positive", "chat/utilities: US checking account number typed", turns)
        else:
            turns = [A("and the account number you want the payment taken from"),
                     C("okay ", (self.sp.say(acc[:5], [5], z), "BANK_ACCOUNT"), " ", self.ch(FILL), " ",
                       (self.sp.say(acc[5:], [len(acc) - 5], z), "BANK_ACCOUNT"))]
            self.add("positive", "call/utilities: US account number spoken with filler in the middle", turns)

    def iban_case(self):
        r = self.rng
        ib = gen_iban(r)
        if r.random() < 0.5:
            v = self.ch([" ".join(ib[i:i + 4] for i in range(0, len(ib), 4)), ib, ib.lower()])
            turns = [A("Please provide the IBAN for the refund."),
                     C(self.ch(["IBAN: ", "here it is ", "", "iban "]), (v, "IBAN"))]
            self.add("positive", "chat/%s: IBAN %s typed" % (self.ch(["travel", "banking", "insurance"]), ib[:2]), turns)
        else:
            z = self.ch(["zero", "oh"])
            lets = []
            digits_part = []
            i = 0
            words = []
            while i < len(ib):
                c = ib[i]
                if c.isalpha():
                    words.append(self._ni_letter(c, self.ch(["plain", "nato"])) if c != "O" else "o for oscar")
                    i += 1
                else:
                    j = i
                    while j < len(ib) and ib[j].isdigit():
                        j += 1
                    words.append(self.sp.say(ib[i:j], [j - i], z))
                    i = j
            v = " ".join(words)
            assert validate("IBAN", v), v
            turns = [A("can you read me the iban"), C("yeah it's ", (v, "IBAN"))]
            self.add("positive", "call/banking: %s IBAN spoken letter by letter" % ib[:2], turns)

    def iban_split(self):
        r = self.rng
        ib = gen_iban(r, self.ch(["IE", "GB", "DE"]))
        g = [ib[i:i + 4] for i in range(0, len(ib), 4)]
        half = len(g) // 2
        turns = [A("Could you send your IBAN please?"),
                 C((" ".join(g[:half]), "IBAN")),
                 C((" ".join(g[half:]), "IBAN"), " sorry phone"),
                 A("Thanks, got it.")]
        self.add("positive", "chat/travel: IBAN typed across two messages", turns)

    # ------------------------------------------------------------------ contact
    def phone_case(self):
        r = self.rng
        kind = self.ch(["ukmob", "uklon", "us", "ie", "fr", "de", "ukintl"])
        dg = lambda k: "".join(r.choice("0123456789") for _ in range(k))
        if kind == "ukmob":
            d = "07" + str(r.randint(4, 9)) + dg(8)
            typed = self.ch([d[:5] + " " + d[5:], d, d[:5] + " " + d[5:8] + " " + d[8:]])
            groups = [5, 3, 3]
        elif kind == "uklon":
            d = "020" + str(r.randint(3, 8)) + dg(7)
            typed = self.ch(["%s %s %s" % (d[:3], d[3:7], d[7:]), "(%s) %s %s" % (d[:3], d[3:7], d[7:])])
            groups = [3, 4, 4]
        elif kind == "ukintl":
            d = "447" + str(r.randint(4, 9)) + dg(8)
            typed = "+44 " + d[2:6] + " " + d[6:]
            groups = [2, 4, 6]
        elif kind == "us":
            d = str(r.randint(2, 9)) + dg(2) + str(r.randint(2, 9)) + dg(6)
            typed = self.ch(["(%s) %s-%s" % (d[:3], d[3:6], d[6:]), "%s-%s-%s" % (d[:3], d[3:6], d[6:]),
                             "%s.%s.%s" % (d[:3], d[3:6], d[6:]), "+1 %s %s %s" % (d[:3], d[3:6], d[6:])])
            groups = [3, 3, 4]
        elif kind == "ie":
            d = "08" + self.ch("35679") + dg(7)
            typed = self.ch(["%s %s %s" % (d[:3], d[3:6], d[6:]), "+353 %s %s %s" % (d[1:3], d[3:6], d[6:])])
            groups = [3, 3, 4]
        elif kind == "fr":
            d = "336" + dg(8)
            typed = "+33 6 " + " ".join(d[3 + i:5 + i] for i in range(0, 8, 2))
            groups = [2, 1, 2, 2, 2, 2]
        else:
            d = "4930" + dg(7)
            typed = "+49 30 " + d[4:]
            groups = [2, 2, 7]
        ind = self.ch(["telecom", "retail", "utilities", "travel", "healthcare billing"])
        if r.random() < 0.5:
            turns = [A("What's the best number to reach you on?"),
                     C(self.ch(["", "call me on ", "mobile: ", "it's ", "tel "]), (typed, "PHONE"),
                       self.ch(["", " after 5pm", " (work)", " thx"]))]
            self.add("positive", "chat/%s: %s phone number typed" % (ind, kind), turns)
        else:
            z = self.ch(["oh", "zero", "o"])
            if kind in ("ukintl", "fr", "de"):
                v = self.ch(["plus ", "double oh "]) + self.sp.say(d, groups, z, self.ch(["digits", "doubles"]))
            elif kind == "us" and r.random() < 0.5:
                v = "one " + self.sp.say(d, groups, z, self.ch(["digits", "pairs"]))
            else:
                v = self.sp.say(d, groups, z, self.ch(["digits", "doubles", "pairs"]))
            assert validate("PHONE", v), v
            turns = [A("and a contact number in case we get cut off"),
                     C(self.ch(["yeah it's ", "sure ", "it's ", ""]), (v, "PHONE"))]
            self.add("positive", "call/%s: %s phone number spoken" % (ind, kind), turns)

    def phone_split(self):
        r = self.rng
        d = "07" + str(r.randint(4, 9)) + "".join(r.choice("0123456789") for _ in range(8))
        z = self.ch(["oh", "double oh"]) if False else "oh"
        turns = [A("what's your mobile number"),
                 C((self.sp.say(d[:5], [5], z, "doubles"), "PHONE")),
                 A(self.ch(BACK)),
                 C((self.sp.say(d[5:], [3, 3], z, self.ch(["digits", "pairs"])), "PHONE")),
                 A("and is that also the number for text alerts"),
                 C("yeah")]
        self.add("positive", "call/telecom: UK mobile split across turns", turns)

    def email_case(self):
        r = self.rng
        f, l = self.ch(FIRST), self.ch(LAST)
        dom, tld = self.ch(DOMAINS)
        num = r.choice(["", "", str(r.randint(1, 99)), str(r.randint(1960, 2005))])
        sep = self.ch([".", "_", "", "-"])
        user = self.ch([f + sep + l, f[0] + sep + l, f + l[0], l + sep + f]) + num
        if r.random() < 0.5:
            v = "%s@%s.%s" % (user, dom, tld)
            if r.random() < 0.3:
                v = v[0].upper() + v[1:]
            turns = [A("Can I take an email address for the confirmation?"),
                     C(self.ch(["", "email is ", "its ", "send it to "]), (v, "EMAIL"),
                       self.ch(["", " please", " thanks"]))]
            self.add("positive", "chat/%s: email typed" % self.ch(["retail", "travel", "telecom"]), turns)
        else:
            sw = {".": " dot ", "_": " underscore ", "": " ", "-": " dash "}
            name = user.replace(num, "") if num else user
            pieces = re.split(r"([._-])", name)
            spoken = ""
            for p in pieces:
                if p in ".-_":
                    spoken += sw[p]
                elif len(p) == 1:
                    spoken += p + " "
                else:
                    spoken += (" ".join(p) if r.random() < 0.2 else p) + " "
            spoken = re.sub(r"\s+", " ", spoken).strip()
            if num:
                spoken += " " + (self.sp.say(num, [2] * (len(num) // 2), "oh", "pairs") if len(num) % 2 == 0 else UNIT[int(num)])
            v = "%s at %s dot %s" % (spoken, dom, tld.replace(".", " dot "))
            if not validate("EMAIL", v):
                v = "%s at %s dot %s" % (f, dom, tld.replace(".", " dot "))
            assert validate("EMAIL", v), v
            turns = [A("and what email should we send the documents to"),
                     C(self.ch(["it's ", "yeah it's ", ""]), (v, "EMAIL"))]
            self.add("positive", "call/%s: email spoken with 'at' and 'dot'" % self.ch(["insurance", "utilities", "banking"]), turns)

    def dob_postcode_verify(self):
        r = self.rng
        y, m, day = r.randint(1940, 2004), r.randint(1, 12), r.randint(1, 28)
        pc = gen_ukpc(r)
        z = self.ch(["oh", "zero"])
        ordw = [k for k, v in ORD.items() if v == day]
        dayw = ordw[0] if ordw else "%s %s" % (TENS_W[day // 10], [k for k, v in ORD.items() if v == day % 10][0])
        yw = pair_words(str(y)[:2], z) + " " + pair_words(str(y)[2:], z)
        dob = self.ch(["the %s of %s %s" % (dayw, MONTHS[m - 1], yw),
                       "%s %s %s" % (dayw, MONTHS[m - 1], yw),
                       "%s %s %s" % (pair_words("%02d" % day, z), pair_words("%02d" % m, z), pair_words(str(y)[2:], z))])
        if dob.startswith("the "):
            dob_seg = ["the ", (dob[4:], "DOB")]
        else:
            dob_seg = [(dob, "DOB")]
        pcs = []
        for ch in pc.replace(" ", ""):
            if ch.isdigit():
                pcs.append(UNIT[int(ch)])
            else:
                pcs.append(self._ni_letter(ch, self.ch(["plain", "plain", "nato"])))
        pcv = " ".join(pcs)
        assert validate("POSTCODE", pcv), pcv
        ind = self.ch(["banking", "utilities", "insurance", "telecom"])
        turns = [A("for security can you confirm your date of birth"),
                 C(*dob_seg),
                 A("thank you and the postcode"),
                 C(self.ch(["it's ", "", "yeah "]), (pcv, "POSTCODE"))]
        self.add("positive", "call/%s: DOB and UK postcode spoken for security" % ind, turns)

    def address_chat(self):
        r = self.rng
        uk = r.random() < 0.5
        num = r.randint(1, 240)
        st = "%s %s" % (self.ch(STREETS).title(), self.ch(SUFFIX).title())
        if uk:
            addr = self.ch(["%d %s" % (num, st), "Flat %d, %d %s" % (r.randint(1, 12), num, st)])
            pc = gen_ukpc(r)
            if r.random() < 0.3:
                pc = pc.lower().replace(" ", "")
            town = self.ch(["London", "Leeds", "Manchester", "Cardiff", "Belfast", "Bristol"])
        else:
            addr = "%d %s" % (num, st)
            pc = gen_zip(r) if r.random() < 0.7 else "%s-%04d" % (gen_zip(r), r.randint(1, 9999))
            town = self.ch(["Austin, TX", "Columbus, OH", "Denver, CO", "Tampa, FL"])
        turns = [A("What's the delivery address?"),
                 C((addr, "ADDRESS"), ", %s " % town, (pc, "POSTCODE"))]
        self.add("positive", "chat/retail: %s street address with postcode" % ("UK" if uk else "US"), turns)

    def address_call(self):
        r = self.rng
        num = r.randint(2, 199)
        z = "oh"
        numw = self.sp.group(str(num), z, self.ch(["pairs", "digits"])) if num >= 10 else UNIT[num]
        if normalize(numw, NUM) != str(num):
            numw = self.sp.digits(str(num), z)
        addr = "%s %s %s" % (numw, self.ch(STREETS), self.ch(SUFFIX))
        zp = gen_zip(r)
        zpv = self.sp.say(zp, [5], "zero", self.ch(["digits", "doubles"]))
        turns = [A("can you confirm the service address"),
                 C(self.ch(["yeah it's ", "it's ", ""]), (addr, "ADDRESS"), " %s and the zip is " % self.ch(["in springfield", "down by the school", "the one with the blue door"]),
                   (zpv, "POSTCODE"))]
        self.add("positive", "call/utilities: US service address and ZIP spoken", turns)

    def expiry_cvv_only(self):
        r = self.rng
        mm, yy = r.randint(1, 12), r.randint(25, 31)
        z = self.ch(["oh", "zero", "o"])
        chat = r.random() < 0.4
        if chat:
            turns = [A("And the expiry date and security code?"),
                     C((self.ch(["%02d/%02d", "%02d / %02d", "%02d-%02d", "%02d.%02d"]) % (mm, yy), "EXPIRY"),
                       self.ch([" and ", " ", ", cvc "]), ("%03d" % r.randint(0, 999), "CVV"))]
            self.add("positive", "chat/travel: expiry and CVV typed on their own", turns)
        else:
            cvv = "%03d" % r.randint(0, 999)
            turns = [A("what's the expiry date on the card"),
                     C((self.sp.say("%02d%02d" % (mm, yy), [2, 2], z, self.ch(["digits", "pairs"])), "EXPIRY")),
                     A("and the last three digits on the signature strip"),
                     C(self.ch(["", "it's ", "um "]), (self.sp.say(cvv, [3], z, self.ch(["digits", "doubles", "pairs"])), "CVV"))]
            self.add("positive", "call/%s: expiry and CVV in separate turns" % self.ch(["telecom", "retail", "insurance"]), turns)

    def mixed_with_nonpii(self):
        r = self.rng
        d = gen_card(r, "visa")
        z = self.ch(ZEROS)
        amt = "%s pounds %s" % (pair_words("%02d" % r.randint(20, 99), z), pair_words("%02d" % r.randint(10, 99), z))
        turns = [A("the balance is %s do you want to pay that in full" % amt),
                 C("yes please on my card ", (self.sp.say(d, [4, 4, 4, 4], z), "CARD_NUMBER"),
                   " and can you do it before the twenty first because that's when my pay comes in"),
                 A("of course and the reference for today is %s" % self.sp.digits(str(r.randint(100000, 999999)), z))]
        self.add("positive", "call/utilities: card next to amount, non-birth date and reference number (unlabelled)", turns)

    def two_values_turn(self):
        r = self.rng
        ni = gen_ni(r)
        ph = "07" + str(r.randint(4, 9)) + "".join(r.choice("0123456789") for _ in range(8))
        turns = [A("Please can you confirm your NI number and a phone number"),
                 C("NI ", (ni, "NI_NUMBER"), " phone ", (ph, "PHONE"))]
        self.add("positive", "chat/government services: NI and phone jammed together in one message", turns)

    # ------------------------------------------------------------------ negatives
    def negatives(self, n):
        r = self.rng
        z = lambda: self.ch(["oh", "zero"])
        builders = []

        def neg_money():
            a = r.randint(10, 999)
            p = r.randint(10, 99)
            return ("call/utilities: spoken amount", [
                A("your balance is %s pounds and %s pence" % (self.sp.group(str(a), "oh", "pairs"), pair_words(str(p), "oh"))),
                C("okay can i pay %s today and the rest next week" % self.sp.group(str(a // 2 or 1), "oh", "pairs"))])
        builders.append(neg_money)

        def neg_chat_money():
            return ("chat/retail: prices and totals", [
                C("I was charged £%d.%02d instead of £%d.%02d on my last order" % (r.randint(20, 900), r.randint(0, 99), r.randint(10, 500), r.randint(0, 99))),
                A("Sorry about that, I can refund the difference of $%d.%02d within 3-5 working days." % (r.randint(1, 99), r.randint(0, 99)))])
        builders.append(neg_chat_money)

        def neg_order_ref():
            ref = str(r.randint(10 ** 7, 10 ** 10 - 1))
            word = self.ch(["order number", "ticket number", "claim number", "invoice number", "reference number", "case number"])
            if r.random() < 0.5:
                return ("chat/retail: %s typed (reference, not PII)" % word, [
                    A("Do you have your %s?" % word), C("yes, %s %s" % (word, ref))])
            return ("call/insurance: %s spoken" % word, [
                A("have you got the %s there" % word),
                C("yeah the %s is %s" % (word, self.sp.say(ref, [len(ref)], z(), self.ch(["digits", "doubles"]))))])
        builders.append(neg_order_ref)

        def neg_ref_prefixed():
            ref = self.ch(["CLM-%d", "INV%d", "ORD-%d", "TKT %d", "REF/%d", "CASE#%d"]) % r.randint(100000, 99999999)
            return ("chat/insurance: prefixed reference code", [
                C("Following up on %s, any update?" % ref), A("Yes, %s was approved on %d March." % (ref, r.randint(1, 28)))])
        builders.append(neg_ref_prefixed)

        def neg_times():
            return ("call/healthcare billing: appointment time and date", [
                A("i can book you in on the %s of %s at %s" % (self.ch(["third", "fourteenth", "twenty first", "ninth"]), self.ch(MONTHS), self.ch(["half past two", "ten fifteen", "quarter to nine", "four thirty"]))),
                C("that's fine i finish work at %s so that works" % self.ch(["three", "two thirty", "noon"]))])
        builders.append(neg_times)

        def neg_chat_dates():
            return ("chat/telecom: contract dates and times (not birth dates)", [
                C("my contract started %02d/%02d/%d and I was told it ends %02d/%02d/%d" % (r.randint(1, 28), r.randint(1, 12), r.randint(2018, 2024), r.randint(1, 28), r.randint(1, 12), r.randint(2025, 2027))),
                A("Thanks. I can see a payment due on %d %s at %02d:%02d." % (r.randint(1, 28), self.ch(MONTHS).title(), r.randint(8, 20), self.ch([0, 15, 30, 45])))])
        builders.append(neg_chat_dates)

        def neg_flight():
            fl = self.ch(["EI", "FR", "BA", "LH", "AF", "UA", "DL"]) + str(r.randint(100, 9999))
            if r.random() < 0.5:
                return ("chat/travel: flight number, seat and gate", [
                    C("I'm on %s tomorrow, seat %d%s, can I add a bag?" % (fl, r.randint(1, 40), self.ch("ABCDEF"))),
                    A("Yes, a %dkg bag is €%d." % (self.ch([20, 23, 32]), r.randint(25, 70)))])
            return ("call/travel: spoken flight number", [
                A("what's the flight number"),
                C("it's %s %s leaving at %s" % (" ".join(fl[:2].lower()), self.sp.group(fl[2:], "oh", self.ch(["digits", "pairs"])), self.ch(["seven forty", "six am", "nineteen hundred hours"])))])
        builders.append(neg_flight)

        def neg_room_model():
            return ("chat/retail: model numbers and quantities", [
                C("the %s model %s%d stopped working after %d months" % (self.ch(["washing machine", "router", "phone", "kettle"]), self.ch(["WM", "RT-AX", "SM-G", "KX"]), r.randint(100, 9999), r.randint(2, 23))),
                A("Sorry to hear that, it has a %d year warranty so we can replace it." % r.randint(1, 5))])
        builders.append(neg_room_model)

        def neg_meter():
            rd = "%05d" % r.randint(0, 99999)
            return ("call/utilities: meter reading spoken", [
                A("can you read me the numbers on the meter"),
                C("yeah it says %s" % self.sp.say(rd, [5], z(), self.ch(["digits", "doubles", "pairs"]))),
                A("thanks and that's the day rate")])
        builders.append(neg_meter)

        def neg_speed():
            return ("call/telecom: speeds, data and percentages", [
                C("i'm paying for %s megs and only getting %s" % (self.ch(["five hundred", "nine hundred", "one hundred and fifty", "seventy"]), self.ch(["twelve", "about forty", "three point five"]))),
                A("i can see %d percent packet loss and you've used %d gigabytes this month" % (r.randint(2, 40), r.randint(50, 900)))])
        builders.append(neg_speed)

        def neg_age_temp():
            return ("call/healthcare billing: ages, temperatures, counts", [
                C("my mum is %s and she had a temperature of %s so we went to the clinic %s times" % (self.ch(["eighty two", "seventy nine", "ninety one"]), self.ch(["thirty nine", "a hundred and two", "thirty eight point five"]), self.ch(["three", "four", "two"]))),
                A("okay and that was the visit on the %s" % self.ch(["second", "twelfth", "thirtieth"]))])
        builders.append(neg_age_temp)

        def neg_balance_chat():
            return ("chat/banking: balances, limits and interest rates", [
                C("why is my balance showing -£%d,%03d.%02d when the overdraft limit is £%d,000?" % (r.randint(1, 9), r.randint(0, 999), r.randint(0, 99), r.randint(1, 5))),
                A("The arranged overdraft rate is %d.%d%% EAR and fees post on the %d%s." % (r.randint(10, 39), r.randint(0, 9), r.randint(1, 28), "th"))])
        builders.append(neg_balance_chat)

        def neg_years():
            return ("call/insurance: years and durations", [
                C("i've been with you since %s and never made a claim in %s years" % (self.ch(["twenty twelve", "two thousand and eight", "nineteen ninety nine"]), self.ch(["fifteen", "ten", "twenty"]))),
                A("that's great the renewal for twenty twenty seven is %s pounds" % self.ch(["four hundred and twelve", "six hundred", "two hundred and ninety"]))])
        builders.append(neg_years)

        def neg_hold():
            return ("call/telecom: hold times and durations", [
                A("sorry for the wait you were on hold for about %s minutes" % self.ch(["twenty", "forty five", "twelve"])),
                C("yeah it's been %s hours across three calls i've rung %s times" % (self.ch(["two", "three"]), self.ch(["six", "eleven"])))])
        builders.append(neg_hold)

        def neg_card_last_digits_word():
            return ("call/retail: quantities and sizes", [
                C("i ordered %s pairs in size %s and %s came back" % (self.ch(["two", "three", "four"]), self.ch(["nine", "ten and a half", "forty two"]), self.ch(["one", "two"]))),
                A("okay the parcel weighed %s kilos so it was sent in %s boxes" % (self.ch(["three point two", "twelve", "six"]), self.ch(["two", "three"])))])
        builders.append(neg_card_last_digits_word)

        def neg_tracking():
            trk = str(r.randint(10 ** 8, 10 ** 10 - 1))
            return ("chat/retail: tracking number and delivery slot", [
                C("tracking number %s says delivered at 14:%02d but nothing arrived" % (trk, r.randint(0, 59))),
                A("I've opened investigation %d; you'll hear back within 48 hours." % r.randint(10000, 999999))])
        builders.append(neg_tracking)

        def neg_spoken_ref_split():
            ref = "%08d" % r.randint(0, 99999999)
            return ("call/insurance: claim reference split across turns", [
                A("what's the claim reference"),
                C("claim reference %s" % self.sp.say(ref[:4], [4], "oh")),
                A("mhm"),
                C("%s" % self.sp.say(ref[4:], [4], "oh")),
                A("thanks i've got the claim up")])
        builders.append(neg_spoken_ref_split)

        def neg_pin_like_counts():
            return ("chat/utilities: tariff unit rates and standing charges", [
                C("Unit rate went from %d.%02dp to %d.%02dp per kWh, I use about %d kWh a month" % (r.randint(20, 30), r.randint(0, 99), r.randint(24, 35), r.randint(0, 99), r.randint(150, 450))),
                A("The standing charge is %d.%02dp per day from 1 April." % (r.randint(40, 60), r.randint(0, 99)))])
        builders.append(neg_pin_like_counts)

        def neg_eu_mixed():
            return ("chat/travel: booking codes and prices in euro", [
                C("Booking %s, hotel room %d for %d nights, paid €%d" % ("".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(6)), r.randint(100, 999), r.randint(2, 14), r.randint(150, 2000))),
                A("Thank you, check-in is from 15:00 and breakfast is €%d per person." % r.randint(9, 25))])
        builders.append(neg_eu_mixed)

        def neg_gov():
            return ("call/government services: appointment and office hours", [
                A("your appointment is on the %s of %s at %s and bring %s forms of id" % (self.ch(["sixth", "nineteenth", "twenty second"]), self.ch(MONTHS), self.ch(["nine thirty", "eleven", "two fifteen"]), self.ch(["two", "three"]))),
                C("okay and how long will it take"), A("about %s minutes" % self.ch(["forty", "ninety", "twenty five"]))])
        builders.append(neg_gov)

        def neg_sku():
            return ("chat/retail: SKU, quantity and price", [
                C("Can I order %d more of item %d, it was €%d.%02d each?" % (r.randint(2, 12), r.randint(10000000, 99999999), r.randint(2, 90), r.randint(0, 99))),
                A("Yes, delivery is 2-4 working days and free over €%d." % self.ch([30, 40, 50]))])
        builders.append(neg_sku)

        def neg_order_pairs():
            ref = "%06d" % r.randint(100000, 999999)
            return ("call/retail: order number spoken in pairs", [
                A("do you have an order number"),
                C("yeah order number %s and it was meant to come on the %s" % (self.sp.say(ref, [2, 2, 2], "oh", "pairs"), self.ch(["fourth", "eleventh", "twenty third"])))])
        builders.append(neg_order_pairs)

        def neg_payment_date_spoken():
            return ("call/banking: payment dates and direct debit amounts (not birth dates)", [
                A("the direct debit of %s pounds goes out on the %s of every month" % (self.ch(["forty two fifty", "ninety nine", "one hundred and twelve"]), self.ch(["first", "fifteenth", "twenty eighth"]))),
                C("can you move it to the %s of %s nineteen hundred hours is when i get paid" % (self.ch(["third", "fifth"]), self.ch(MONTHS)))])
        builders.append(neg_payment_date_spoken)

        def neg_paye():
            return ("chat/government services: tax code and employer PAYE reference (not NI)", [
                C("My tax code changed to %s and the employer PAYE reference on my payslip is %03d/%s%05d" % (self.ch(["1257L", "BR", "K475", "1100L", "0T"]), r.randint(100, 999), self.ch(["AB", "MK", "ZP", "HT"]), r.randint(10000, 99999))),
                A("Thanks. The change applies from %d April for the %d/%02d tax year." % (r.randint(6, 30), r.randint(2025, 2026), r.randint(26, 27)))])
        builders.append(neg_paye)

        def neg_member_spoken():
            ref = "%09d" % r.randint(10 ** 8, 10 ** 9 - 1)
            word = self.ch(["membership number", "policy number", "booking reference", "ticket number"])
            return ("call/insurance: nine-digit %s spoken (reference, not SSN)" % word, [
                A("and what's the %s" % word),
                C("the %s is %s" % (word, self.sp.say(ref, [3, 3, 3], "oh", self.ch(["digits", "doubles"])))),
                A("thank you i've found it")])
        builders.append(neg_member_spoken)

        for i in range(n):
            note, turns = builders[i % len(builders)]()
            self.add("negative", note, turns)

    def run(self):
        pos_plan = [
            (self.card_chat_typed, 14), (self.card_call_digits, 12), (self.card_call_split, 8),
            (self.card_call_pairs, 7), (self.card_call_groups_fillers, 5), (self.card_call_correction, 6),
            (self.card_full_bundle, 10), (self.card_chat_split_msgs, 5), (self.card_chat_typos, 4),
            (self.card_agent_readback_sms, 4), (self.mixed_with_nonpii, 4),
            (self.card_asr_numerals, 6), (self.card_triple_hundreds, 4), (self.ssn_asr_numerals, 5),
            (self.ni_asr_numerals, 5),
            (self.ssn_chat, 10), (self.ssn_call_digits, 8), (self.ssn_call_split, 6), (self.ssn_call_pairs, 6),
            (self.ssn_correction, 4), (self.ssn_with_dob, 6), (self.ssn_typed_spaced, 4),
            (self.ni_chat, 10), (self.ni_call, 14), (self.ni_call_split, 5), (self.ni_readback, 4),
            (self.ni_correction, 3), (self.ni_mixed_chitchat, 4), (self.two_values_turn, 3),
            (self.bank_uk, 12), (self.sort_code_only, 6), (self.bank_us, 6), (self.iban_case, 10), (self.iban_split, 4),
            (self.phone_case, 14), (self.phone_split, 3), (self.email_case, 16),
            (self.dob_postcode_verify, 12), (self.address_chat, 9), (self.address_call, 7),
            (self.expiry_cvv_only, 8),
        ]
        # interleave templates deterministically
        queue = []
        for fn, k in pos_plan:
            queue.extend([fn] * k)
        self.rng.shuffle(queue)
        for fn in queue:
            fn()
        self.negatives(110)
        rows = []
        for i, (t, s, note) in enumerate(self.pos, 1):
            rows.append({"id": "%s-pos-%03d" % (PREFIX, i), "kind": "positive", "turns": t, "spans": s, "note": note})
        for i, (t, s, note) in enumerate(self.neg, 1):
            rows.append({"id": "%s-neg-%03d" % (PREFIX, i), "kind": "negative", "turns": t, "spans": [], "note": note})
        return rows


def render(rows):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def counts(rows):
    c = Counter()
    for r in rows:
        for s in r["spans"]:
            c[s["type"]] += 1
    return c


def check_rows(rows):
    problems = []
    ids = set()
    for r in rows:
        rid = r["id"]
        if rid in ids:
            problems.append("duplicate id %s" % rid)
        ids.add(rid)
        if r["kind"] == "negative" and r["spans"]:
            problems.append("%s: negative with spans" % rid)
        if r["kind"] == "positive" and not r["spans"]:
            problems.append("%s: positive without spans" % rid)
        for t in r["turns"]:
            if t["speaker"] not in ("agent", "customer"):
                problems.append("%s: bad speaker" % rid)
        prev = {}
        for s in r["spans"]:
            if s["type"] not in TYPES:
                problems.append("%s: bad type %s" % (rid, s["type"]))
                continue
            if not (0 <= s["turn"] < len(r["turns"])):
                problems.append("%s: turn out of range" % rid)
                continue
            text = r["turns"][s["turn"]]["text"]
            a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(text)):
                problems.append("%s: offsets out of range" % rid)
                continue
            if (a > 0 and text[a - 1].isalnum()) or (b < len(text) and text[b].isalnum()):
                problems.append("%s: span not on word boundary %r" % (rid, text[a:b]))
            if not (text[a].isalnum() or text[a] in "+(") or not text[b - 1].isalnum():
                problems.append("%s: span edge not alnum %r" % (rid, text[a:b]))
            if s["turn"] in prev and prev[s["turn"]] > a:
                problems.append("%s: overlapping/unsorted spans" % rid)
            prev[s["turn"]] = b
        # value validation: partition the same-type span sequence into valid values
        by_type = {}
        for s in sorted(r["spans"], key=lambda x: (x["turn"], x["start"])):
            by_type.setdefault(s["type"], []).append(r["turns"][s["turn"]]["text"][s["start"]:s["end"]])
        for typ, vals in by_type.items():
            n = len(vals)
            ok = [False] * (n + 1)
            ok[0] = True
            full = {(i, j): validate(typ, " / ".join(vals[i:j]))
                    for i in range(n) for j in range(i + 1, n + 1)}

            def frag(i, j):
                # an abandoned reading: a proper prefix of a later full value
                fr = readings(typ, " / ".join(vals[i:j]))
                for k in range(j + 1, n + 1):
                    if full[(j, k)]:
                        for f in fr:
                            for v in readings(typ, " / ".join(vals[j:k])):
                                if f and len(f) < len(v) and v.startswith(f):
                                    return True
                return False

            for j in range(1, n + 1):
                for i in range(j):
                    if ok[i] and (full[(i, j)] or frag(i, j)):
                        ok[j] = True
                        break
            if not ok[n]:
                problems.append("%s: %s values do not validate: %r" % (rid, typ, vals))
    return problems


README_TEXT = """# PII hold-out set 98

**Never use this set for tuning.** It exists only to measure the redactor on
data it was not developed against.

## Who wrote it and how

Written by an AI helper acting as an independent test author. The author did
not see the redaction code, its tests, its documentation or any other
evaluation fixtures; only the three-line JSONL format example was shown.
All cases are produced by `scripts/make_pii_holdout98.py` (standard library,
seeded `random.Random(%(seed)d`), byte-for-byte reproducible). Each turn is
assembled from plain-text segments and `(value, TYPE)` segments so offsets are
computed, never typed by hand. `python scripts/make_pii_holdout98.py --check`
regenerates the file, compares it byte for byte, and verifies ids, offsets,
word boundaries, non-overlap and that every value is well formed after
normalising spoken forms (Luhn for cards, mod-97 for IBANs, NI format, 9
digits for SSN, 6 for sort codes, digit counts for CVV / phone / account,
postcode shapes). Split values are validated by partitioning the sequence of
same-type spans in a case into consecutive groups that each form a valid value.

## Content

%(npos)d positive and %(nneg)d negative cases: chat (typed, varied separators,
case, spacing, values split over messages) and phone calls written as an ASR
transcript would (lower case, numbers as words, "oh"/"o"/"zero"/"nought",
"double"/"triple", pairs such as "forty one eleven", hundreds, NATO and
"x as in ..." spellings, letter homophones such as "see"/"jay"/"are", number
homophones "to"/"for"/"ate", values split over turns with agent back-channels,
restarts, agent read-backs, two values in one turn). Industries: banking,
telecom, utilities, retail, insurance, travel, healthcare billing, government
services; UK, US, Ireland and EU formats. Emphasis on CARD_NUMBER, NI_NUMBER
and SSN.

Negatives contain look-alikes that must not be redacted: amounts, prices,
balances, times, durations, counts, ages, temperatures, percentages, years,
non-birth dates (appointments, contracts, payments), order / ticket / claim /
invoice / tracking references (at most 10 digits, always with their reference
word), flight numbers, seats, rooms, model numbers, meter readings, speeds.

## Annotation conventions

* A span covers the value only: lead-ins ("it's", "my card is", "the"),
  trailing words and punctuation are outside.
* Spoken values include every word that encodes the value: digit words,
  "oh"/"nought", "double"/"triple", "hundred"/"and" inside a number such as
  "four hundred and five", "for bravo"/"as in charlie" in phonetic spellings,
  "plus"/"double oh" in an international phone prefix, "at"/"dot"/"underscore"
  in e-mails, "slash" inside an expiry.
* Fillers and hesitations ("um", "sorry", "hang on") that interrupt a reading
  are outside; the reading is then labelled as several spans of the same type.
* A value split over several turns is labelled as one span per turn.
* Agent read-backs of a value are labelled like customer readings.
* When a caller abandons a reading and restarts from the top, the abandoned
  fragment is labelled as well (same type); the checker accepts such a
  fragment only when it is a proper prefix of the full value that follows.
* Typed values: the span runs from the first to the last character of the
  value, including internal separators (spaces, dashes, dots, slashes).
* Card numbers never include the expiry or CVV; those are labelled separately
  as EXPIRY and CVV. DOB spans cover day, month and year words only.
* Non-PII numbers inside positive cases (amounts, references, dates that are
  not birth dates) are deliberately left unlabelled.

## Counts per type

| type | spans |
|---|---|
%(table)s
"""


def readme(rows):
    c = counts(rows)
    table = "\n".join("| %s | %d |" % (t, c[t]) for t in TYPES)
    npos = sum(r["kind"] == "positive" for r in rows)
    return README_TEXT % {"seed": SEED, "npos": npos, "nneg": len(rows) - npos, "table": table}


def main(argv):
    rows = Gen().run()
    data = render(rows)
    rd = readme(rows)
    if "--check" in argv:
        problems = check_rows(rows)
        if not CASES.exists() or CASES.read_text(encoding="utf-8") != data:
            problems.append("cases.jsonl differs from regenerated output")
        if not README.exists() or README.read_text(encoding="utf-8") != rd:
            problems.append("README.md differs from regenerated output")
        on_disk = [json.loads(l) for l in CASES.read_text(encoding="utf-8").splitlines()] if CASES.exists() else []
        problems += check_rows(on_disk) if on_disk else ["no cases on disk"]
        c = counts(rows)
        npos = sum(r["kind"] == "positive" for r in rows)
        nneg = len(rows) - npos
        if npos < 170 or nneg < 100:
            problems.append("too few cases: %d pos %d neg" % (npos, nneg))
        for t in TYPES:
            need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
            if c[t] < need:
                problems.append("%s has %d spans (< %d)" % (t, c[t], need))
        print("cases: %d positive, %d negative" % (npos, nneg))
        for t in TYPES:
            print("  %-13s %d" % (t, c[t]))
        if problems:
            for p in problems[:50]:
                print("PROBLEM:", p)
            print("%d problem(s)" % len(problems))
            return 1
        print("check OK")
        return 0
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    CASES.write_text(data, encoding="utf-8")
    README.write_text(rd, encoding="utf-8")
    print("wrote %d cases to %s" % (len(rows), CASES))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

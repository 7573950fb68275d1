#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set ``pii_holdout68``.

Written by an AI helper acting as an independent author who did not see the
redaction code.  Standard library only.  Output is byte-for-byte reproducible
(all randomness comes from one ``random.Random(68271123)``).

    python scripts/make_pii_holdout68.py           # write fixture + README
    python scripts/make_pii_holdout68.py --check   # regenerate and verify

Never use this set for tuning.
"""
from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

SEED = 68271123
ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "tests" / "fixtures" / "pii_holdout68"
OUT_FILE = OUT_DIR / "cases.jsonl"
README = OUT_DIR / "README.md"
PREFIX = "h68"

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

R = random.Random(SEED)

# ---------------------------------------------------------------------------
# case assembly: a turn is a list of str segments and (text, TYPE, group) tuples
# ---------------------------------------------------------------------------


class V:
    """A labelled value piece: text, type, and a group key (pieces of one
    value that is split across turns share a group)."""

    __slots__ = ("text", "type", "group")

    def __init__(self, text, typ, group=None):
        self.text = text
        self.type = typ
        self.group = group


_group_counter = [0]


def new_group():
    _group_counter[0] += 1
    return "g%d" % _group_counter[0]


def pieces(texts, typ):
    """Split-value helper: returns list of V sharing one group."""
    g = new_group()
    return [V(t, typ, g) for t in texts]


def build_case(kind, turns, note):
    out_turns, spans, groups = [], [], {}
    for ti, (speaker, segs) in enumerate(turns):
        if isinstance(segs, (str, V)):
            segs = [segs]
        text = ""
        for seg in segs:
            if isinstance(seg, V):
                s = len(text)
                text += seg.text
                spans.append({"turn": ti, "start": s, "end": len(text), "type": seg.type})
                g = seg.group or new_group()
                groups.setdefault(g, []).append((ti, s, len(text), seg.type))
            else:
                text += seg
        out_turns.append({"speaker": speaker, "text": text})
    return {"kind": kind, "turns": out_turns, "spans": spans, "note": note,
            "_groups": groups}


def A(*segs):
    return ("agent", list(segs))


def C(*segs):
    return ("customer", list(segs))


def pick(seq):
    return seq[R.randrange(len(seq))]


def chance(p):
    return R.random() < p


# ---------------------------------------------------------------------------
# spoken-number rendering
# ---------------------------------------------------------------------------
UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
ORD_UNITS = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh",
             "eighth", "ninth"]
ORD_TEENS = ["tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
             "sixteenth", "seventeenth", "eighteenth", "nineteenth"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
MON3 = [m[:3] for m in MONTHS]


def zero_word(style=None):
    return style or pick(["zero", "oh", "oh", "o", "nought"])


def digit_words(digits, zero=None, repeats=True, homophones=False):
    """Digit-by-digit reading; optional double/triple for runs."""
    z = zero or zero_word()
    words = []
    i = 0
    while i < len(digits):
        d = digits[i]
        run = 1
        while i + run < len(digits) and digits[i + run] == d and run < 3:
            run += 1
        w = z if d == "0" else UNITS[int(d)]
        if homophones and d in "248" and chance(0.35):
            w = {"2": pick(["to", "too"]), "4": "for", "8": "ate"}[d]
        if repeats and run == 3 and chance(0.6):
            words.append("triple " + w)
            i += 3
            continue
        if repeats and run >= 2 and chance(0.6):
            words.append("double " + w)
            i += 2
            continue
        words.append(w)
        i += 1
    return " ".join(words)


def pair_words(two, zero=None):
    """Read a two-digit string as a natural pair ("forty one", "oh five")."""
    a, b = int(two[0]), int(two[1])
    z = zero or zero_word()
    if a == 0:
        return (z + " " + (z if b == 0 else UNITS[b]))
    if a == 1:
        return TEENS[b]
    if b == 0:  # avoid bare tens words that would merge with a following unit
        return UNITS[a] + " " + z
    return TENS[a] + " " + UNITS[b]


def group_words(g, mode, zero=None):
    if mode == "pairs" and len(g) % 2 == 0:
        return " ".join(pair_words(g[i:i + 2], zero) for i in range(0, len(g), 2))
    return digit_words(g, zero)


def year_words(y):
    y = str(y)
    if y.startswith("20") and y[2] == "0":
        return pick(["two thousand and " + UNITS[int(y[3])], "twenty oh " + UNITS[int(y[3])]]) \
            if y[3] != "0" else "two thousand"
    hi = int(y[:2])
    lo = y[2:]
    first = TEENS[hi - 10] if hi < 20 else "twenty"
    if lo[1] == "0" and lo[0] != "0":
        second = TEENS[0] if lo[0] == "1" else TENS[int(lo[0])]
    elif lo[0] == "0":
        second = "oh " + UNITS[int(lo[1])]
    else:
        second = pair_words(lo)
    return first + " " + second


def ordinal_words(n):
    if n < 10:
        return ORD_UNITS[n]
    if n < 20:
        return ORD_TEENS[n - 10]
    if n == 20:
        return "twentieth"
    if n == 30:
        return "thirtieth"
    return TENS[n // 10] + " " + ORD_UNITS[n % 10]


def number_words(n):
    """Cardinal 1..999 (for house numbers)."""
    if n < 10:
        return UNITS[n]
    if n < 20:
        return TEENS[n - 10]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else " " + UNITS[n % 10])
    h = UNITS[n // 100] + " hundred"
    rest = n % 100
    if rest == 0:
        return h
    return h + pick([" and ", " "]) + number_words(rest)


NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo",
        "f": "foxtrot", "g": "golf", "h": "hotel", "i": "india", "j": "juliet",
        "k": "kilo", "l": "lima", "m": "mike", "n": "november", "o": "oscar",
        "p": "papa", "q": "quebec", "r": "romeo", "s": "sierra", "t": "tango",
        "u": "uniform", "v": "victor", "w": "whiskey", "x": "x-ray", "y": "yankee",
        "z": "zulu"}
FOLK = {"a": "apple", "b": "bertie", "c": "charlie", "d": "david", "e": "edward",
        "h": "harry", "j": "john", "k": "king", "l": "london", "m": "mother",
        "n": "nancy", "p": "peter", "r": "robert", "s": "sugar", "t": "tommy",
        "w": "william", "y": "yellow", "z": "zebra", "g": "george"}


def letter_words(ch, nato_p=0.4):
    ch = ch.lower()
    r = R.random()
    if r < nato_p:
        word = NATO[ch] if (chance(0.7) or ch not in FOLK) else FOLK[ch]
        return ch + pick([" for ", " for ", " as in "]) + word
    return ch


# ---------------------------------------------------------------------------
# value generators
# ---------------------------------------------------------------------------

def luhn_ok(num):
    s = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return s % 10 == 0


def make_card(kind=None):
    kind = kind or pick(["visa", "visa", "mc", "mc", "amex", "disc", "visa13", "visa19",
                         "maestro"])
    if kind == "visa":
        pre, n = "4", 16
    elif kind == "visa13":
        pre, n = "4", 13
    elif kind == "visa19":
        pre, n = "4", 19
    elif kind == "mc":
        pre, n = pick(["51", "52", "53", "54", "55", "2221", "2720"]), 16
    elif kind == "amex":
        pre, n = pick(["34", "37"]), 15
    elif kind == "disc":
        pre, n = "6011", 16
    else:
        pre, n = pick(["6759", "6761", "5018"]), pick([16, 18, 19])
    body = pre + "".join(str(R.randrange(10)) for _ in range(n - len(pre) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def card_groups(num):
    n = len(num)
    if n == 15:
        return [num[:4], num[4:10], num[10:]]
    if n == 13:
        return [num[:4], num[4:8], num[8:12], num[12:]] if chance(0.5) else [num[:4], num[4:7], num[7:10], num[10:]]
    out = [num[i:i + 4] for i in range(0, n, 4)]
    return out


def card_typed(num):
    g = card_groups(num)
    style = R.randrange(7)
    if style == 0:
        return num
    if style == 1:
        return " ".join(g)
    if style == 2:
        return "-".join(g)
    if style == 3:
        return ".".join(g)
    if style == 4:
        return "  ".join(g)
    if style == 5:
        return " - ".join(g)
    if chance(0.35):
        # copy-paste artefacts: no-break / thin spaces, en dashes
        return pick(["\u00a0", "\u2009", " \u2013 ", "\u2013"]).join(g)
    if chance(0.3):
        # odd grouping as people actually type it
        cuts, i, out = [], 0, []
        while i < len(num):
            k = pick([2, 3, 4, 4, 5])
            out.append(num[i:i + k])
            i += k
        return " ".join(out)
    # mixed separators (copy-paste artefacts)
    seps = [pick([" ", "-", " ", "/", "_"]) for _ in g[1:]]
    s = g[0]
    for sep, part in zip(seps, g[1:]):
        s += sep + part
    return s


def card_spoken(num, mode=None):
    mode = mode or pick(["digits", "digits", "pairs", "mixed"])
    z = zero_word()
    hom = chance(0.25)
    gs = card_groups(num)
    out = []
    for g in gs:
        m = mode if mode != "mixed" else pick(["digits", "pairs"])
        out.append(group_words(g, m, z) if m == "pairs" else digit_words(g, z, homophones=hom))
    sep = pick([" ", " ", ", ", " ... "])
    return sep.join(out)


def make_cvv(n=3):
    return "".join(str(R.randrange(10)) for _ in range(n))


def make_expiry():
    m = R.randrange(1, 13)
    y = R.randrange(25, 32)
    return m, y


def expiry_typed(m, y):
    return pick(["%02d/%02d" % (m, y), "%02d/%02d" % (m, y), "%02d-%02d" % (m, y),
                 "%d/%02d" % (m, y), "%02d/20%02d" % (m, y), "%02d%02d" % (m, y),
                 "%s %d" % (MON3[m - 1].capitalize(), 2000 + y),
                 "%s 20%02d" % (MONTHS[m - 1], y), "%02d / %02d" % (m, y)])


def expiry_spoken(m, y):
    z = zero_word()
    r = R.randrange(4)
    if r == 0:
        return (z + " " + UNITS[m] if m < 10 else TEENS[m - 10]) + " " + pair_words("%02d" % y)
    if r == 1:
        return MONTHS[m - 1] + " " + pick(["", "twenty "]) + pair_words("%02d" % y)
    if r == 2:
        return digit_words("%02d" % m, z, repeats=False) + pick([" ", ", ", " "]) + digit_words("%02d" % y, z, repeats=False)
    return MONTHS[m - 1] + " " + year_words(2000 + y)


def make_ssn():
    while True:
        a = R.randrange(1, 900)
        if a != 666:
            break
    b = R.randrange(1, 100)
    c = R.randrange(1, 10000)
    return "%03d%02d%04d" % (a, b, c)


def ssn_typed(s):
    return pick(["%s-%s-%s", "%s-%s-%s", "%s %s %s", "%s%s%s", "%s.%s.%s", "%s - %s - %s",
                 "%s/%s/%s", "%s-%s %s"]) % (s[:3], s[3:5], s[5:])


def ssn_spoken(s):
    z = zero_word()
    r = R.randrange(3)
    if r == 0:
        return digit_words(s, z, homophones=chance(0.4))
    if r == 1:
        return ", ".join([digit_words(s[:3], z), digit_words(s[3:5], z), digit_words(s[5:], z)])
    return " ".join([digit_words(s[:3], z), pair_words(s[3:5], z),
                     pair_words(s[5:7], z) + " " + pair_words(s[7:], z)])


NI_FIRST = "ABCEGHJKLMNPRSTWXYZ"  # O avoided (0/O ambiguity)
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"
NI_BAD = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}


def make_ni(spoken=False):
    while True:
        p = pick(NI_FIRST) + pick(NI_SECOND)
        if p in NI_BAD:
            continue
        if spoken and "O" in p:
            continue
        break
    return p + "".join(str(R.randrange(10)) for _ in range(6)) + pick("ABCD")


def ni_typed(ni):
    p, d, s = ni[:2], ni[2:8], ni[8]
    r = R.randrange(9)
    if r == 0:
        out = ni
    elif r == 1:
        out = "%s %s %s %s %s" % (p, d[:2], d[2:4], d[4:], s)
    elif r == 2:
        out = ni.lower()
    elif r == 3:
        out = "%s%s %s" % (p, d, s)
    elif r == 4:
        out = "%s-%s-%s-%s-%s" % (p, d[:2], d[2:4], d[4:], s)
    elif r == 5:
        out = ("%s %s %s %s %s" % (p, d[:2], d[2:4], d[4:], s)).lower()
    elif r == 6:
        out = p[0] + p[1].lower() + d + s.lower()
    elif r == 7:
        out = "%s %s %s" % (p, d, s)
    else:
        out = "%s.%s.%s.%s.%s" % (p, d[:2], d[2:4], d[4:], s)
    return out


def ni_spoken(ni, z=None):
    p, d, s = ni[:2], ni[2:8], ni[8]
    z = z or pick(["zero", "oh", "nought"])
    np_ = pick([0.0, 0.3, 0.6])
    letters = " ".join(letter_words(c, np_) for c in p)
    mode = pick(["digits", "pairs", "digits"])
    digs = group_words(d, mode, z) if mode == "pairs" else digit_words(d, z, homophones=chance(0.3))
    return letters + pick([" ", " ", ", "]) + digs + pick([" ", " ", ", "]) + letter_words(s, np_)


def make_phone(country=None):
    country = country or pick(["uk", "uk", "us", "us", "ie", "eu"])
    if country == "uk":
        core = "7" + "".join(str(R.randrange(10)) for _ in range(9)) if chance(0.75) else \
            pick(["20", "161", "121", "113", "131"]) + "".join(str(R.randrange(10)) for _ in range(7))
        core = core[:10]
        return country, core
    if country == "us":
        area = pick(["212", "415", "312", "617", "404", "713", "206", "503", "614", "919"])
        ex = str(R.randrange(2, 10)) + "%02d" % R.randrange(100)
        return country, area + ex + "%04d" % R.randrange(10000)
    if country == "ie":
        return country, "8" + pick("35679") + "".join(str(R.randrange(10)) for _ in range(7))
    return country, "6" + "".join(str(R.randrange(10)) for _ in range(8))  # FR mobile core


def phone_typed(country, core):
    if country == "uk":
        if core.startswith("7"):
            nat = "0" + core
            return pick([nat, nat[:5] + " " + nat[5:], nat[:5] + " " + nat[5:8] + " " + nat[8:],
                         "+44 " + core[:4] + " " + core[4:], "+44" + core, "+44 (0)" + core[:4] + " " + core[4:],
                         "0044 " + core, nat[:5] + "-" + nat[5:], "(" + nat[:5] + ") " + nat[5:]])
        nat = "0" + core
        cut = 3 if core.startswith("20") else 4
        return pick([nat[:cut] + " " + nat[cut:cut + 4] + " " + nat[cut + 4:] if cut == 3 else nat[:cut + 1] + " " + nat[cut + 1:],
                     "+44 " + core, nat])
    if country == "us":
        a, b, c = core[:3], core[3:6], core[6:]
        return pick(["(%s) %s-%s" % (a, b, c), "%s-%s-%s" % (a, b, c), "%s.%s.%s" % (a, b, c),
                     "+1 %s %s %s" % (a, b, c), "1-%s-%s-%s" % (a, b, c), "%s%s%s" % (a, b, c),
                     "+1 (%s) %s-%s" % (a, b, c)])
    if country == "ie":
        return pick(["0" + core[:2] + " " + core[2:5] + " " + core[5:], "+353 " + core[:2] + " " + core[2:5] + " " + core[5:],
                     "0" + core, "+353" + core])
    return pick(["+33 " + " ".join([core[0]] + [core[i:i + 2] for i in range(1, 9, 2)]),
                 "0" + core[0] + " " + " ".join(core[i:i + 2] for i in range(1, 9, 2)), "+33" + core])


def phone_spoken(country, core):
    z = zero_word()
    if country == "uk":
        nat = "0" + core
        if chance(0.25):
            head = "plus four four "
            body = core
        else:
            head = ""
            body = nat
        if chance(0.4):
            return head + digit_words(body[:5] if not head else body[:4], z) + " " + \
                group_words(body[5:] if not head else body[4:], "pairs" if len(body[5:] if not head else body[4:]) % 2 == 0 else "digits", z)
        return head + digit_words(body, z, homophones=chance(0.3))
    if country == "us":
        a, b, c = core[:3], core[3:6], core[6:]
        lead = pick(["", "", "one "])
        cpart = group_words(c, pick(["digits", "pairs"]), z)
        if a[1:] == "00":
            apart = UNITS[int(a[0])] + " hundred"
        else:
            apart = digit_words(a, z)
        return lead + apart + pick([" ", ", "]) + digit_words(b, z) + pick([" ", ", "]) + cpart
    if country == "ie":
        return pick(["oh ", "zero ", "plus three five three "]) .replace("oh ", "oh ") + digit_words(core, z) \
            if False else (pick(["oh ", "zero ", "plus three five three "]) + digit_words(core, z))
    return "plus three three " + digit_words(core, z)


FIRST = ["james", "sarah", "mohammed", "aoife", "liam", "priya", "tom", "olga", "chen",
         "grace", "dylan", "niamh", "marco", "fatima", "kevin", "hannah", "sean", "lucy",
         "raj", "emily", "jose", "ciara", "daniel", "megan", "tariq", "sophie"]
LAST = ["smith", "obrien", "patel", "murphy", "kowalski", "jones", "nguyen", "walsh",
        "garcia", "taylor", "kelly", "brown", "okafor", "wilson", "byrne", "rossi",
        "evans", "hughes", "lee", "doyle", "khan", "fischer", "martin", "reid"]
DOMAINS = ["gmail.com", "yahoo.co.uk", "hotmail.com", "outlook.com", "icloud.com",
           "eircom.net", "btinternet.com", "aol.com", "protonmail.com", "gmx.de",
           "live.ie", "sky.com", "comcast.net", "yahoo.com"]


def make_email():
    f, l = pick(FIRST), pick(LAST)
    num = str(R.randrange(1, 99)) if chance(0.4) else ""
    style = R.randrange(6)
    local = [f + "." + l, f[0] + l, f + "_" + l, f + l, l + "." + f[0], f[0] + "." + l][style] + num
    return local, pick(DOMAINS)


def email_typed(local, dom):
    e = local + "@" + dom
    r = R.randrange(6)
    if r == 0:
        return e.capitalize()
    if r == 1:
        return e.upper() if chance(0.3) else e
    return e


def email_spoken(local, dom):
    def word_part(s):
        out = []
        for tok in re.findall(r"[a-z]+|\d+|[._-]", s):
            if tok == ".":
                out.append("dot")
            elif tok == "_":
                out.append("underscore")
            elif tok == "-":
                out.append(pick(["dash", "hyphen"]))
            elif tok.isdigit():
                out.append(number_words(int(tok)) if len(tok) == 2 and tok[0] != "0" else digit_words(tok, "zero"))
            elif len(tok) == 1:
                out.append(tok)
            else:
                out.append(tok)
        return " ".join(out)
    return word_part(local) + " at " + word_part(dom)


UK_AREAS = ["SW", "SE", "N", "E", "W", "NW", "M", "B", "LS", "G", "EH", "CF", "BS", "L",
            "NG", "OX", "CB", "BT", "RG", "PO", "DN", "SK", "CR", "KT", "TW"]
PC_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"


def make_uk_postcode(spoken=False):
    area = pick(UK_AREAS)
    r = R.randrange(4)
    if r == 0:
        out = "%s%d" % (area, R.randrange(1, 10))
    elif r == 1:
        out = "%s%d" % (area, R.randrange(10, 29))
    elif r == 2 and area in ("SW", "EC", "W", "N", "SE"):
        out = "%s%d%s" % (area, R.randrange(1, 10), pick("ABCEHJKPW"))
    else:
        out = "%s%d" % (area, R.randrange(1, 20))
    inward = "%d%s%s" % (R.randrange(1, 10), pick(PC_LETTERS), pick(PC_LETTERS))
    return out, inward


def postcode_typed(out, inward):
    return pick([out + " " + inward, out + " " + inward, out + inward, (out + " " + inward).lower(),
                 out + "  " + inward, (out + inward).lower(), out.lower() + " " + inward.upper()])


def alnum_spoken(s, z="zero", nato_p=0.2):
    out = []
    i = 0
    s = s.lower()
    while i < len(s):
        ch = s[i]
        if ch == " ":
            i += 1
            continue
        if ch.isdigit():
            out.append(UNITS[int(ch)] if ch != "0" else z)
        elif i + 1 < len(s) and s[i + 1] == ch and chance(0.5):
            out.append("double " + ch)
            i += 2
            continue
        else:
            out.append(letter_words(ch, nato_p))
        i += 1
    return " ".join(out)


def postcode_spoken(out, inward):
    z = pick(["zero", "oh", "nought"])
    # districts 10+ may be said as a number
    m = re.match(r"([A-Z]+)(\d+)([A-Z]?)$", out)
    letters, num, tail = m.groups()
    parts = [alnum_spoken(letters, z, 0.25)]
    if len(num) == 2 and chance(0.6):
        parts.append(number_words(int(num)) if num[1] != "0" else TEENS[0] if num == "10" else TENS[int(num[0])])
    else:
        parts.append(alnum_spoken(num, z))
    if tail:
        parts.append(alnum_spoken(tail, z, 0.3))
    return " ".join(parts) + pick([" ", " ", ", "]) + alnum_spoken(inward, z, 0.3)


def make_zip():
    z5 = "%05d" % R.randrange(1000, 99950)
    if chance(0.3):
        return z5, "%04d" % R.randrange(10000)
    return z5, None


def zip_typed(z5, z4):
    return z5 if not z4 else z5 + pick(["-", "-", " "]) + z4


def zip_spoken(z5, z4):
    z = zero_word()
    s = digit_words(z5, z, repeats=chance(0.5))
    if z4:
        s += pick([" dash ", " ", " "]) + digit_words(z4, z)
    return s


STREETS_UK = ["Elm Road", "Station Road", "Church Street", "Victoria Avenue", "Mill Lane",
              "Park Crescent", "Kingsway", "Albert Terrace", "Meadow Close", "Queens Drive",
              "Orchard Way", "Harbour View", "Hillside Gardens", "Castle Street", "Bridge Road",
              "Cromwell Grove", "Larch Court", "St Marys Place"]
STREETS_US = ["Maple Avenue", "Oak Street", "Washington Blvd", "Pine Ridge Drive", "Lakeview Court",
              "Sunset Boulevard", "Elm St", "Cedar Lane", "Highland Ave", "Walnut Street",
              "Madison Avenue", "Birch Road", "Willow Creek Rd", "N Main St", "Jefferson Pkwy"]
STREET_SUFFIX = ("road|street|avenue|lane|crescent|kingsway|terrace|close|drive|way|view|gardens|grove|"
                 "court|place|blvd|boulevard|st|ave|rd|pkwy|parkway|park|square|hill|row|walk")
TOWNS_UK = ["Leeds", "Bristol", "Manchester", "Glasgow", "Cardiff", "Reading", "Nottingham", "Belfast"]
TOWNS_US = ["Austin TX", "Denver CO", "Columbus OH", "Portland OR", "Raleigh NC", "Tampa FL"]


def make_address(us=False, spoken=False, flat=False):
    n = R.randrange(1, 400) if chance(0.8) else R.randrange(1, 30)
    st = pick(STREETS_US if us else STREETS_UK)
    if spoken:
        low = st.lower()
        for a, b in ((r"^st marys", "saint marys"), (r"\bblvd\b", "boulevard"), (r"\bst\b", "street"), (r"\brd\b", "road"), (r"\bave\b", "avenue"),
                     (r"\bpkwy\b", "parkway"), (r"^n main", "north main")):
            low = re.sub(a, b, low)
        s = number_words(n) + " " + low
        if flat:
            s = "flat " + number_words(R.randrange(1, 30)) + pick([" ", ", "]) + s
        return s
    s = "%d %s" % (n, st)
    if chance(0.25):
        s = s.lower()
    if flat:
        s = pick(["Flat %d, " % R.randrange(1, 30), "Apt %d%s, " % (R.randrange(1, 30), pick(["", "B"])),
                  "%d/" % R.randrange(1, 30)]) + s
    return s


def make_dob():
    y = R.randrange(1940, 2006)
    m = R.randrange(1, 13)
    d = R.randrange(1, 29)
    return d, m, y


def dob_typed(d, m, y, us=False):
    if us:
        return pick(["%02d/%02d/%d" % (m, d, y), "%d/%d/%d" % (m, d, y), "%d-%02d-%02d" % (y, m, d),
                     "%s %d, %d" % (MONTHS[m - 1].capitalize(), d, y), "%s %d %d" % (MON3[m - 1].capitalize(), d, y),
                     "%02d/%02d/%02d" % (m, d, y % 100)])
    return pick(["%02d/%02d/%d" % (d, m, y), "%d/%d/%d" % (d, m, y), "%02d.%02d.%d" % (d, m, y),
                 "%02d-%02d-%d" % (d, m, y), "%d %s %d" % (d, MONTHS[m - 1].capitalize(), y),
                 "%d%s %s %d" % (d, "th" if 4 <= d <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th"),
                                 MON3[m - 1], y), "%02d%02d%d" % (d, m, y), "%d %s %d" % (d, MONTHS[m - 1], y)])


def dob_segs(d, m, y, us=False):
    """Spoken DOB as segments; a leading "the" stays outside the span."""
    v = dob_spoken(d, m, y, us)
    lead = "the " if (re.match(r"(twenty |thirty )?(" + "|".join(ORD_UNITS[1:] + ORD_TEENS) + r"|twentieth|thirtieth)\b", v) and chance(0.6)) else ""
    return [lead, V(v, "DOB")]


def dob_spoken(d, m, y, us=False):
    r = R.randrange(5)
    if r == 4 and not us:
        return ordinal_words(d) + " of the " + ordinal_words(m) + " " + year_words(y)
    if us or r == 0:
        return MONTHS[m - 1] + " " + ordinal_words(d) + " " + year_words(y)
    if r == 1:
        return ordinal_words(d) + " of " + MONTHS[m - 1] + " " + year_words(y)
    if r == 2:
        return ordinal_words(d) + " " + MONTHS[m - 1] + " " + year_words(y)
    z = zero_word()
    return digit_words("%02d" % d, z, repeats=False) + " " + digit_words("%02d" % m, z, repeats=False) + " " + year_words(y)


def make_sort():
    return "".join(str(R.randrange(10)) for _ in range(6))


def sort_typed(s):
    return pick(["%s-%s-%s", "%s-%s-%s", "%s %s %s", "%s%s%s", "%s.%s.%s", "%s/%s/%s", "%s - %s - %s"]) % (
        s[:2], s[2:4], s[4:])


def sort_spoken(s):
    z = zero_word()
    mode = pick(["digits", "pairs", "pairs"])
    return pick([" ", ", ", " "]).join(group_words(s[i:i + 2], mode, z) for i in range(0, 6, 2))


def make_account(n=None):
    n = n or pick([8, 8, 8, 10, 12, 9])
    return str(R.randrange(1, 10)) + "".join(str(R.randrange(10)) for _ in range(n - 1))


def account_typed(a):
    if len(a) == 8 and chance(0.3):
        return a[:4] + pick([" ", "-"]) + a[4:]
    return a


def account_spoken(a):
    z = zero_word()
    mode = pick(["digits", "digits", "pairs"])
    if mode == "pairs" and len(a) % 2 == 0:
        return " ".join(pair_words(a[i:i + 2], z) for i in range(0, len(a), 2))
    if chance(0.5) and len(a) == 8:
        return digit_words(a[:4], z) + pick([" ", ", "]) + digit_words(a[4:], z)
    return digit_words(a, z)


IBAN_SPECS = {"GB": ("letters4", 14), "IE": ("letters4", 14), "DE": (None, 18), "FR": (None, 23),
              "NL": ("letters4", 10), "ES": (None, 20), "IT": ("letter1", 22), "BE": (None, 12)}
BANKS = {"GB": ["NWBK", "BARC", "LOYD", "HBUK", "MIDL"], "IE": ["AIBK", "BOFI", "IPBS"],
         "NL": ["ABNA", "INGB", "RABO"]}


def iban_check(cc, bban):
    s = bban + cc + "00"
    num = "".join(str(int(ch, 36)) for ch in s)
    return "%02d" % (98 - int(num) % 97)


def make_iban(cc=None):
    cc = cc or pick(["GB", "GB", "IE", "IE", "DE", "FR", "NL", "ES", "IT", "BE"])
    kind, n = IBAN_SPECS[cc]
    if kind == "letters4":
        bban = pick(BANKS[cc]) + "".join(str(R.randrange(10)) for _ in range(n))
    elif kind == "letter1":
        bban = pick("ABCDEFGHIJKLMNOPQRSTUVWXYZ") + "".join(str(R.randrange(10)) for _ in range(n))
    else:
        bban = "".join(str(R.randrange(10)) for _ in range(n))
    return cc + iban_check(cc, bban) + bban


def iban_valid(s):
    s = s.upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    rearr = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in rearr)) % 97 == 1


def iban_typed(ib):
    g = " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))
    return pick([ib, g, g, g.lower(), ib.lower(), ib[:2] + ib[2:].replace("", "")[:], g.replace(" ", "-")])


def iban_spoken(ib):
    return alnum_spoken(ib, pick(["zero", "oh", "nought"]), 0.15)


# ---------------------------------------------------------------------------
# small talk / fillers
# ---------------------------------------------------------------------------
BACK = ["mhm", "okay", "yep", "go on", "okay go on", "uh huh", "right", "yes", "got that", "okay yeah"]
GREET_CHAT = ["hi", "Hi there", "hello", "hey", "Hiya", "good morning", "hi 👋", "Hello,", "hey hey"]
EMOJI = ["🙂", "👍", "🙏", "😅", "😩", "🤞", "✅", "😊", "🙄", ""]
FILL = ["um", "uh", "erm", "er", "like", "uh sorry"]


def ack():
    return pick(BACK)


def emo():
    e = pick(EMOJI)
    return (" " + e) if e else ""


# ---------------------------------------------------------------------------
# positive templates (typed channels)
# ---------------------------------------------------------------------------

def t_chat_card_one():
    num = make_card()
    ind = pick(["retail", "telecom", "utilities", "travel", "insurance"])
    cvv = make_cvv(4 if len(num) == 15 else 3)
    m, y = make_expiry()
    r = R.randrange(3)
    if r == 0:
        turns = [A("Thanks! Please enter the long card number and we'll process the £%d.%02d payment." % (R.randrange(10, 400), R.randrange(100))),
                 C(pick(["card is ", "its ", "Card no: ", "ok here u go ", "", "card number- "]), V(card_typed(num), "CARD_NUMBER"), emo())]
        note = "chat/%s: card typed in one message, varied separators" % ind
    elif r == 1:
        turns = [A("And the card details please (number, expiry and security code)"),
                 C(V(card_typed(num), "CARD_NUMBER"), pick([" exp ", " , exp: ", "\nexpiry ", " expires "]),
                   V(expiry_typed(m, y), "EXPIRY"), pick([" cvv ", " cvc: ", " sec code ", " / code on back "]), V(cvv, "CVV"))]
        note = "chat/%s: card+expiry+cvv in one message" % ind
    else:
        turns = [C(pick(GREET_CHAT), " i want to pay my bill of $%d.%02d " % (R.randrange(20, 300), R.randrange(100)),
                   pick(["using my visa ", "with card ", "w/ card "]), V(card_typed(num), "CARD_NUMBER"),
                   pick([" thx", " pls", "", " asap pls"]), emo()),
                 A("Thank you. Can you confirm the expiry date and the 3 or 4 digit code?"),
                 C(pick(["exp ", "expirey ", "expiry date is ", ""]), V(expiry_typed(m, y), "EXPIRY"),
                   pick([" and cvv ", " code ", ", ", " - cvc "]), V(cvv, "CVV"))]
        note = "chat/%s: card mid-sentence, expiry+cvv follow-up with typo" % ind
    return turns, note


def t_chat_card_split():
    num = make_card(pick(["visa", "mc", "disc", "amex"]))
    gs = card_groups(num)
    k = pick([2, 3, len(gs)])
    if k >= len(gs):
        chunks = gs
    elif k == 2:
        h = len(gs) // 2
        chunks = [" ".join(gs[:h]), " ".join(gs[h:])]
    else:
        chunks = [gs[0], " ".join(gs[1:-1]), gs[-1]]
    ps = pieces(chunks, "CARD_NUMBER")
    turns = [A("Please type your card number when ready.")]
    for i, p in enumerate(ps):
        pre = pick(["", "", "", "ok ", "then "]) if i else pick(["", "card: ", "its "])
        post = pick(["", "", "...", " -", " (cont)", ""])
        turns.append(C(pre, p, post))
        if i < len(ps) - 1 and chance(0.3):
            turns.append(A(pick(["Go on", "Got it, next?", "ok"])))
    turns.append(A("Thanks, and the expiry?"))
    m, y = make_expiry()
    turns.append(C(V(expiry_typed(m, y), "EXPIRY"), emo()))
    return turns, "%s/%s: card typed across %d messages" % (pick(["chat", "sms", "social DM"]),
                                                             pick(["retail", "telecom", "travel", "banking"]), len(ps))


def t_chat_ssn():
    s = make_ssn()
    r = R.randrange(4)
    pre = pick(["my ssn is ", "SSN: ", "social is ", "soc sec numbr ", "ss# ", "Social Security No. ", "its ", "ssn-"])
    if r == 0:
        turns = [A("To verify your identity, please provide your Social Security number."),
                 C(pre, V(ssn_typed(s), "SSN"), pick(["", " thanks", emo(), "."]))]
    elif r == 1:
        turns = [C(pick(GREET_CHAT), " - need to update my tax withholding. ", pre, V(ssn_typed(s), "SSN"),
                   " and my claim # is %d" % R.randrange(100000, 9999999))]
    elif r == 2:
        ps = pieces([s[:3], s[3:5] + pick(["-", " "]) + s[5:]], "SSN")
        turns = [A("What's your SSN?"), C(ps[0], pick(["-", "", " ..."])), C(ps[1])]
    else:
        d, m, y = make_dob()
        turns = [A("I'll need your SSN and date of birth to pull up the policy."),
                 C(pre, V(ssn_typed(s), "SSN"), pick([", dob ", "\nDOB: ", " born "]), V(dob_typed(d, m, y, True), "DOB"))]
    return turns, "%s/%s: US SSN typed, %s" % (pick(["chat", "sms", "web form chat"]),
                                               pick(["insurance", "banking", "healthcare billing", "government services"]),
                                               ["direct", "mid-message with claim no", "split over messages", "with DOB"][r])


def t_chat_ni():
    ni = make_ni()
    r = R.randrange(4)
    pre = pick(["NI number ", "my nino is ", "ni no: ", "National Insurance: ", "NINO-", "its ", "n.i. "])
    if r == 0:
        turns = [A("Could you confirm your National Insurance number please?"),
                 C(pre, V(ni_typed(ni), "NI_NUMBER"), emo())]
    elif r == 1:
        p = pieces([ni[:2] + " " + ni[2:4] + " " + ni[4:6], ni[6:8] + " " + ni[8]], "NI_NUMBER")
        turns = [A("Please provide your NI number."), C(p[0]), A("…and the rest?"), C(p[1], pick(["", " sorry hit send", " oops"]))]
    elif r == 2:
        turns = [C(pick(GREET_CHAT), " my universal credit payment of £%d hasnt arrived, " % R.randrange(200, 900),
                   pick(["ni ", "NI # ", "nat ins "]), V(ni_typed(ni), "NI_NUMBER"), " ref %d" % R.randrange(1000, 99999))]
    else:
        d, m, y = make_dob()
        turns = [A("For security, your NI number and date of birth please."),
                 C(V(ni_typed(ni), "NI_NUMBER"), pick([" / ", "\n", " and ", ", dob "]), V(dob_typed(d, m, y), "DOB"))]
    return turns, "%s/%s: UK NI number typed, %s" % (pick(["chat", "sms", "e-mail"]),
                                                     pick(["government services", "banking", "utilities", "insurance"]),
                                                     ["direct", "split over messages", "mid complaint with ref", "with DOB"][r])


def t_email_profile():
    us = chance(0.35)
    first, last = pick(FIRST).capitalize(), pick(LAST).capitalize()
    local, dom = make_email()
    cc, core = make_phone("us" if us else pick(["uk", "ie"]))
    d, m, y = make_dob()
    if us:
        z5, z4 = make_zip()
        addr = make_address(True, flat=chance(0.3))
        pc_v = V(zip_typed(z5, z4), "POSTCODE")
        town = pick(TOWNS_US)
    else:
        o, i = make_uk_postcode()
        addr = make_address(False, flat=chance(0.3))
        pc_v = V(postcode_typed(o, i), "POSTCODE")
        town = pick(TOWNS_UK)
    body = [pick(["Dear team,\n\n", "Hello,\n", "To whom it may concern\n\n", "Hi\n"]),
            "I moved house on %d %s and need my details updated before the next bill (£%d.%02d).\n" % (
                R.randrange(1, 29), pick(MONTHS).capitalize(), R.randrange(20, 200), R.randrange(100)),
            "New address: ", V(addr, "ADDRESS"), ", %s, " % town, pc_v, "\n",
            pick(["Mobile: ", "Tel - ", "phone no ", "Ph: "]), V(phone_typed(cc, core), "PHONE"), "\n",
            pick(["Email: ", "e-mail ", "contact email "]), V(email_typed(local, dom), "EMAIL"), "\n",
            pick(["DOB ", "Date of birth: ", "D.O.B. "]), V(dob_typed(d, m, y, us), "DOB"), "\n\n",
            "Thanks\n%s %s" % (first, last)]
    return [C(*body)], "e-mail/%s: change of address e-mail body with address, %s, phone, email, DOB" % (
        pick(["utilities", "telecom", "insurance"]), "ZIP" if us else "UK postcode")


def t_chat_bank_uk():
    s = make_sort()
    a = make_account(8)
    r = R.randrange(3)
    if r == 0:
        turns = [A("Which account should the refund of £%d go to?" % R.randrange(10, 500)),
                 C(pick(["sort code ", "sc ", "Sort: ", "sortcode "]), V(sort_typed(s), "SORT_CODE"),
                   pick([" acc ", " account no ", "\nacct: ", " a/c "]), V(account_typed(a), "BANK_ACCOUNT"))]
    elif r == 1:
        turns = [A("Can you send the sort code and account number for the direct debit?"),
                 C(V(sort_typed(s), "SORT_CODE")), C(V(account_typed(a), "BANK_ACCOUNT"), emo())]
    else:
        turns = [C("hiya changing my DD to my new bank " + pick(["", "(monzo) ", "nationwide "]), V(account_typed(a), "BANK_ACCOUNT"),
                   " ", V(sort_typed(s), "SORT_CODE"), pick([" cheers", " ta", "", " x"]))]
    return turns, "%s/%s: UK sort code and account number typed%s" % (
        pick(["chat", "sms", "social DM"]), pick(["utilities", "banking", "telecom", "insurance"]),
        ["", ", separate messages", ", account first no labels"][r])


def t_chat_iban():
    ib = make_iban()
    r = R.randrange(3)
    if r == 0:
        turns = [A("Please share the IBAN for the refund (€%d.%02d)." % (R.randrange(10, 900), R.randrange(100))),
                 C(pick(["IBAN: ", "iban ", "its ", "here: "]), V(iban_typed(ib), "IBAN"), emo())]
    elif r == 1:
        g = [ib[i:i + 4] for i in range(0, len(ib), 4)]
        h = len(g) // 2
        ps = pieces([" ".join(g[:h]), " ".join(g[h:])], "IBAN")
        turns = [A("What's the IBAN?"), C(ps[0]), C(ps[1], pick(["", " (sorry phone split it)", " thats it"]))]
    else:
        turns = [C(pick(GREET_CHAT), " pls pay the compensation of EUR %d to " % R.randrange(50, 700), V(iban_typed(ib), "IBAN"),
                   pick([" (BIC AIBKIE2D)", "", " thx", " - flight EI %d" % R.randrange(100, 999)]))]
    return turns, "%s/%s: %s IBAN typed%s" % (pick(["chat", "e-mail", "social DM"]), pick(["travel", "banking", "utilities", "insurance"]),
                                               ib[:2], ["", ", split in two messages", " with flight/amount nearby"][r])


def t_chat_phone_email():
    local, dom = make_email()
    cc, core = make_phone()
    r = R.randrange(3)
    if r == 0:
        turns = [A("What's the best number and email to reach you?"),
                 C(V(phone_typed(cc, core), "PHONE"), pick([" or ", " / ", "\n", " and email "]), V(email_typed(local, dom), "EMAIL"))]
    elif r == 1:
        turns = [C(pick(["call me back on ", "pls ring ", "my number is ", "text me at "]), V(phone_typed(cc, core), "PHONE"),
                   pick([" after 5pm", " anytime b4 9", " tmrw", ""]), emo()),
                 A("Sure, and an email address for the confirmation?"),
                 C(pick(["", "its ", "email- "]), V(email_typed(local, dom), "EMAIL"))]
    else:
        turns = [A("Please confirm the email on the account"), C(V(email_typed(local, dom), "EMAIL")),
                 A("Thanks. I'm showing a different phone number, can you give me the current one?"),
                 C(pick(["new one is ", "", "it changed to "]), V(phone_typed(cc, core), "PHONE"))]
    return turns, "%s/%s: phone (%s) and email typed" % (pick(["chat", "social DM", "sms"]),
                                                         pick(["telecom", "retail", "travel", "healthcare billing"]), cc)


def t_chat_dob():
    us = chance(0.4)
    d, m, y = make_dob()
    turns = [A(pick(["Can you confirm your date of birth?", "For verification, what is your DOB?", "Please confirm the date of birth on the account."])),
             C(pick(["", "its ", "dob ", "born on ", "b. "]), V(dob_typed(d, m, y, us), "DOB"),
               pick(["", emo(), " why do u need that", " (im %d)" % (2026 - y - 1)]))]
    if chance(0.5):
        turns.append(A("Thanks, and the postcode?" if not us else "Thanks, and your ZIP code?"))
        if us:
            z5, z4 = make_zip()
            turns.append(C(V(zip_typed(z5, z4), "POSTCODE")))
        else:
            o, i = make_uk_postcode()
            turns.append(C(V(postcode_typed(o, i), "POSTCODE"), emo()))
    return turns, "chat/%s: DOB typed (%s format) for verification" % (pick(["banking", "healthcare billing", "insurance", "telecom"]),
                                                                       "US" if us else "UK")


def t_chat_address():
    us = chance(0.45)
    flat = chance(0.3)
    addr = make_address(us, flat=flat)
    if us:
        z5, z4 = make_zip()
        pcv = V(zip_typed(z5, z4), "POSTCODE")
        town = pick(TOWNS_US)
    else:
        o, i = make_uk_postcode()
        pcv = V(postcode_typed(o, i), "POSTCODE")
        town = pick(TOWNS_UK)
    r = R.randrange(2)
    if r == 0:
        turns = [A("Where should we send the replacement?"),
                 C(V(addr, "ADDRESS"), pick([", ", " ", "\n"]), town, pick([", ", " ", "\n"]), pcv)]
    else:
        turns = [C("parcel never arrived!! order #%d. it should of gone to " % R.randrange(100000, 99999999), V(addr, "ADDRESS"),
                   " " + town + " ", pcv, emo())]
    return turns, "%s/retail: %s street address + %s typed" % (pick(["chat", "social DM", "e-mail"]), "US" if us else "UK",
                                                               "ZIP" if us else "postcode")


def t_chat_correction():
    typ = pick(["SSN", "NI_NUMBER", "PHONE", "BANK_ACCOUNT"])
    if typ == "SSN":
        s = make_ssn()
        wrong = s[:-1] + str((int(s[-1]) + 3) % 10)
        a, b = ssn_typed(wrong), ssn_typed(s)
    elif typ == "NI_NUMBER":
        s = make_ni()
        wrong = s[:4] + str((int(s[4]) + 1) % 10) + s[5:]
        a, b = ni_typed(wrong), ni_typed(s)
    elif typ == "PHONE":
        cc, core = make_phone()
        wcore = core[:-2] + core[-1] + core[-2]
        if wcore == core:
            wcore = core[:-1] + str((int(core[-1]) + 1) % 10)
        a, b = phone_typed(cc, wcore), phone_typed(cc, core)
    else:
        s = make_account(8)
        wrong = s[:3] + s[4] + s[3] + s[5:]
        if wrong == s:
            wrong = s[:-1] + str((int(s[-1]) + 5) % 10)
        a, b = account_typed(wrong), account_typed(s)
    turns = [A("Could you type that for me please?"), C(V(a, typ)),
             C(pick(["sorry typo ", "wait no ", "oops its ", "**", "correction: "]), V(b, typ), pick(["", " *", " 🤦"]))]
    return turns, "chat/%s: %s typed then corrected (both readings labelled)" % (pick(["banking", "government services", "telecom"]), typ)


def t_sms_short():
    r = R.randrange(4)
    if r == 0:
        num = make_card()
        turns = [A("Reply with the card no. to complete your top-up of £%d" % pick([10, 15, 20, 30])),
                 C(V(card_typed(num), "CARD_NUMBER"))]
        note = "sms/telecom: bare card number as SMS reply"
    elif r == 1:
        cvv = make_cvv(pick([3, 3, 4]))
        turns = [A("Please reply with the 3 digit security code on the back of the card ending %d" % R.randrange(1000, 9999)),
                 C(pick(["", "cvv ", "its "]), V(cvv, "CVV"))]
        note = "sms/retail: bare CVV reply after agent prompt (card last-4 in prompt is not labelled)"
    elif r == 2:
        m, y = make_expiry()
        turns = [A("and the expiry date?"), C(V(expiry_typed(m, y), "EXPIRY"))]
        note = "sms/travel: bare expiry reply"
    else:
        ni = make_ni()
        turns = [A("Reply with your NI number to continue"), C(V(ni_typed(ni), "NI_NUMBER"))]
        note = "sms/government services: bare NI number reply"
    return turns, note


def t_chat_multi_ssn_card():
    s = make_ssn()
    num = make_card()
    turns = [A("To open the account I need your SSN and the debit card you'd like to link."),
             C(pick(["ssn ", "SSN: "]), V(ssn_typed(s), "SSN"), pick([" card ", "\ncard: ", " | card "]), V(card_typed(num), "CARD_NUMBER"))]
    return turns, "chat/banking: SSN and card in one message"


def t_dm_ni_mixed():
    ni = make_ni()
    cc, core = make_phone("uk")
    turns = [C(pick(["@support ", "hey @help "]), "been on hold %d mins!! " % R.randrange(20, 90),
               pick(["my ni is ", "NINO "]), V(ni_typed(ni), "NI_NUMBER"), " ring me on ", V(phone_typed(cc, core), "PHONE"), emo())]
    return turns, "social DM/government services: NI + phone with wait time (not labelled) in one message"


# ---------------------------------------------------------------------------
# positive templates (calls / ASR)
# ---------------------------------------------------------------------------

def c_card_one():
    num = make_card()
    lead = pick(["yeah it's ", "okay it's ", "right so ", "um ", "yes the card number is ", "it's a visa "])
    turns = [A(pick(["okay and the long number on the front of the card please", "go ahead with the card number",
                     "can i take the sixteen digit card number"])),
             C(lead, V(card_spoken(num), "CARD_NUMBER"))]
    if chance(0.4):
        m, y = make_expiry()
        turns += [A("and the expiry"), C(pick(["", "it's ", "expires "]), V(expiry_spoken(m, y), "EXPIRY"))]
    return turns, "call/%s: card read in one turn (%d digits)" % (pick(["telecom", "utilities", "retail", "insurance"]), len(num))


def c_card_split():
    num = make_card(pick(["visa", "mc", "amex", "disc"]))
    gs = card_groups(num)
    z = zero_word()
    ps = pieces([group_words(g, pick(["digits", "pairs"]), z) for g in gs], "CARD_NUMBER")
    turns = [A("okay go ahead when you're ready")]
    for i, p in enumerate(ps):
        turns.append(C(pick(["", "", "um ", "right "]) if i else pick(["it's ", "okay ", ""]), p,
                       pick(["", "", " um", " yeah"])))
        if i < len(ps) - 1:
            turns.append(A(ack()))
    cvv = make_cvv(4 if len(num) == 15 else 3)
    turns += [A("and the three digit code on the back" if len(num) != 15 else "and the four digit code on the front"),
              C(pick(["", "it's ", "uh "]), V(digit_words(cvv, zero_word(), repeats=chance(0.5)), "CVV"))]
    return turns, "call/%s: card split across %d turns with back-channels, then cvv" % (
        pick(["insurance", "retail", "travel", "utilities"]), len(ps))


def c_card_readback():
    num = make_card("visa")
    z = zero_word()
    sp = card_spoken(num, "digits")
    turns = [A("what's the card number"), C(V(sp, "CARD_NUMBER")),
             A("let me just read that back ", V(digit_words(num, z, repeats=False), "CARD_NUMBER"), " is that right"),
             C("yes that's right")]
    return turns, "call/retail: card read by customer and read back by agent (both labelled)"


def c_card_correction():
    num = make_card("mc")
    gs = card_groups(num)
    z = zero_word()
    bad = str((int(gs[1][0]) + 2) % 10)
    ps = pieces([group_words(gs[0], "digits", z), group_words(gs[1], "digits", z),
                 group_words(gs[2], "digits", z) + " " + group_words(gs[3], "digits", z)], "CARD_NUMBER")
    turns = [A("card number please"), C(ps[0]), A(ack()),
             C(UNITS[int(bad)] + " no sorry ", ps[1]), A(ack()), C(ps[2])]
    return turns, "call/telecom: card with a self-corrected false start (false start digit unlabelled)"


def c_ssn():
    s = make_ssn()
    r = R.randrange(3)
    if r == 0:
        turns = [A("can i get your social security number"), C(pick(["sure it's ", "yeah ", "okay "]), V(ssn_spoken(s), "SSN"))]
    elif r == 1:
        z = zero_word()
        ps = pieces([digit_words(s[:3], z), digit_words(s[3:5], z), digit_words(s[5:], z)], "SSN")
        turns = [A("and your social"), C(ps[0]), A(ack()), C(ps[1]), A(ack()), C(ps[2])]
    else:
        d, m, y = make_dob()
        turns = [A("i'll need the last name social and date of birth"),
                 C(pick(LAST), " ", V(ssn_spoken(s), "SSN"), pick([" and i was born ", " birthday's ", " date of birth "]),
                   *dob_segs(d, m, y, True))]
    return turns, "call/%s: SSN spoken%s" % (pick(["banking", "healthcare billing", "insurance", "government services"]),
                                             ["", " split across turns", " with DOB in same turn"][r])


def c_ni():
    ni = make_ni(spoken=True)
    r = R.randrange(3)
    if r == 0:
        turns = [A("what's your national insurance number"), C(pick(["it's ", "yeah it's ", "um "]), V(ni_spoken(ni), "NI_NUMBER"))]
    elif r == 1:
        z = pick(["zero", "oh"])
        ps = pieces([" ".join(letter_words(c, 0.5) for c in ni[:2]), digit_words(ni[2:5], z), digit_words(ni[5:8], z) + " " + letter_words(ni[8], 0.3)], "NI_NUMBER")
        turns = [A("national insurance number please"), C(ps[0]), A(ack()), C(ps[1]), A(ack()), C(ps[2])]
    else:
        turns = [A("just to confirm your ni number"), C(V(ni_spoken(ni), "NI_NUMBER")),
                 A("thank you so that's ", V(alnum_spoken(ni, pick(["zero", "oh"]), 0.0), "NI_NUMBER")), C("yep")]
    return turns, "call/%s: NI number spoken%s" % (pick(["government services", "banking", "insurance", "utilities"]),
                                                   ["", " split across turns", " with agent read-back"][r])


def c_dob_postcode():
    d, m, y = make_dob()
    o, i = make_uk_postcode(spoken=True)
    while "O" in o + i:
        o, i = make_uk_postcode(spoken=True)
    turns = [A("can you confirm your date of birth"), C(pick(["yeah it's ", "", "it's ", "um "]), *dob_segs(d, m, y)),
             A("and the first line of the address and postcode"),
             C(V(make_address(spoken=True, flat=chance(0.25)), "ADDRESS"), pick([" ", " and it's ", " postcode "]), V(postcode_spoken(o, i), "POSTCODE"))]
    return turns, "call/%s: DOB, street address and UK postcode spoken" % pick(["utilities", "banking", "telecom", "insurance"])


def c_phone():
    cc, core = make_phone()
    r = R.randrange(3)
    if r == 0:
        turns = [A("what's the best number to call you back on"), C(pick(["it's ", "yeah ", ""]), V(phone_spoken(cc, core), "PHONE"))]
    elif r == 1:
        sp = phone_spoken(cc, core).split(" ")
        h = len(sp) // 2
        if sp[h - 1] in ("double", "triple", "plus"):
            h += 1
        ps = pieces([" ".join(sp[:h]), " ".join(sp[h:])], "PHONE")
        turns = [A("and a contact number"), C(ps[0]), A(ack()), C(ps[1])]
    else:
        turns = [A("is the mobile still the same"), C("no it's changed it's ", V(phone_spoken(cc, core), "PHONE"),
                                                       " that's the new one")]
    return turns, "call/%s: %s phone number spoken%s" % (pick(["telecom", "healthcare billing", "retail", "travel"]), cc,
                                                         ["", " split across turns", " in a sentence"][r])


def c_email():
    local, dom = make_email()
    turns = [A("and an email address for the confirmation"),
             C(pick(["yeah it's ", "it's ", "okay ", ""]), V(email_spoken(local, dom), "EMAIL"))]
    if chance(0.5):
        turns += [A("sorry was that ", V(email_spoken(local, dom), "EMAIL")), C("yes")]
    return turns, "call/%s: email spoken with 'dot'/'at'" % pick(["travel", "retail", "telecom", "insurance"])


def c_bank():
    s, a = make_sort(), make_account(8)
    r = R.randrange(2)
    if r == 0:
        turns = [A("what's the sort code"), C(V(sort_spoken(s), "SORT_CODE")), A("and the account number"),
                 C(pick(["", "it's ", "um "]), V(account_spoken(a), "BANK_ACCOUNT"))]
    else:
        turns = [A("can i take the bank details for the direct debit"),
                 C("sort code ", V(sort_spoken(s), "SORT_CODE"), " account ", V(account_spoken(a), "BANK_ACCOUNT"))]
    return turns, "call/%s: sort code and account number spoken" % pick(["utilities", "banking", "insurance"])


def c_us_account():
    a = make_account(pick([10, 12, 9]))
    z5, z4 = make_zip()
    turns = [A("what's the checking account number"), C(V(account_spoken(a), "BANK_ACCOUNT")),
             A("and the zip code on file"), C(V(zip_spoken(z5, z4), "POSTCODE"))]
    return turns, "call/banking: US account number and ZIP spoken"


def c_us_address():
    addr = make_address(True, spoken=True)
    z5, z4 = make_zip()
    turns = [A("what's the service address"), C(V(addr, "ADDRESS"), " ", pick(["austin", "denver", "columbus", "tampa"]),
                                                " ", V(zip_spoken(z5, z4), "POSTCODE"))]
    return turns, "call/utilities: US street address with spoken house number and ZIP"


def c_expiry_cvv():
    m, y = make_expiry()
    cvv = make_cvv()
    turns = [A("and the expiry date and the security code"),
             C(pick(["expiry's ", "it's ", "um "]), V(expiry_spoken(m, y), "EXPIRY"),
               pick([" and the code is ", " and security code ", " code "]), V(digit_words(cvv, zero_word()), "CVV"))]
    return turns, "call/%s: expiry and cvv in one turn" % pick(["travel", "retail", "telecom"])


def c_iban():
    ib = make_iban(pick(["IE", "GB", "DE"]))
    while "O" in ib:
        ib = make_iban(pick(["IE", "GB", "DE"]))
    turns = [A("can you read me the iban"), C(pick(["yeah it's ", "okay ", ""]), V(iban_spoken(ib), "IBAN"))]
    return turns, "call/banking: %s IBAN spelled out" % ib[:2]


def t_dm_mixed_case():
    ni = make_ni()
    txt = ni[0] + ni[1].lower() + ni[2:8] + ni[8].lower()
    turns = [C(pick(["My NI Is ", "My Ni Number Is ", "NI Number: "]), V(txt, "NI_NUMBER"),
               pick([" And I Was Born ", " Dob "]), V(dob_typed(*make_dob()), "DOB"), emo())]
    return turns, "social DM/government services: auto-capitalised message with NI and DOB"


def t_sms_ssn_last():
    sn = make_ssn()
    cc, core = make_phone("us")
    turns = [A("To verify, please text your full SSN."),
             C(V(ssn_typed(sn), "SSN")), A("Thanks. Is ", V(phone_typed(cc, core), "PHONE"), " still the best number for you?"),
             C(pick(["no use ", "new # is ", "nope "]), V(phone_typed(*make_phone("us")), "PHONE"))]
    return turns, "sms/healthcare billing: bare SSN reply; agent echoes the old phone (labelled), customer gives new one"


def t_chat_email_obf():
    local, dom = make_email()
    r = R.randrange(4)
    if r == 0:
        e = local + " at " + dom.replace(".", " dot ")
    elif r == 1:
        e = local + "(at)" + dom
    elif r == 2:
        e = local + " [at] " + dom.replace(".", " [dot] ")
    else:
        e = local + " @ " + dom
    turns = [A("What email should the receipt go to?"),
             C(pick(["", "its ", "email is "]), V(e, "EMAIL"), pick(["", " (dont want spam lol)", emo(), " pls"]))]
    return turns, "%s/%s: email typed in obfuscated/spaced form" % (pick(["chat", "social DM"]), pick(["retail", "travel", "telecom"]))


def t_chat_paren_phone():
    cc, core = make_phone(pick(["uk", "ie", "us"]))
    turns = [C(pick(["pls call me back", "can someone ring me", "need a callback"]), " (", V(phone_typed(cc, core), "PHONE"), ") ",
               pick(["between 2-4pm", "after 6", "not before 10am", "any time tmrw"]), pick(["", " thx", emo()])),
             A("Of course, I've requested a callback for you.")]
    return turns, "%s/%s: %s phone in parentheses next to times" % (pick(["sms", "chat"]), pick(["healthcare billing", "utilities", "banking"]), cc)


def t_chat_valid_thru():
    num = make_card(pick(["visa", "mc"]))
    m, y = make_expiry()
    cvv = make_cvv()
    turns = [C("card: ", V(card_typed(num), "CARD_NUMBER")), C(pick(["valid thru ", "VALID THRU ", "exp. ", "expiry "]), V(expiry_typed(m, y), "EXPIRY")),
             C(pick(["cvv2 ", "CVC ", "security code ", "the 3 digits "]), V(cvv, "CVV"), pick([" is that everything?", "", emo()]))]
    return turns, "chat/%s: card, expiry and cvv each in its own message" % pick(["travel", "retail", "telecom"])


def t_email_bank_iban_ni():
    ib = make_iban("GB")
    ni = make_ni()
    turns = [C("Hi,\n\nPlease use the following for my redundancy payment of £%s:\n" % format(R.randrange(2000, 20000), ","),
               "IBAN: ", V(iban_typed(ib), "IBAN"), "\nNI No: ", V(ni_typed(ni), "NI_NUMBER"), "\n\nKind regards")]
    return turns, "e-mail/government services: GB IBAN and NI number in an e-mail body with an amount"


POS_TYPED = [(t_chat_card_one, 14), (t_chat_card_split, 8), (t_chat_ssn, 16), (t_chat_ni, 16), (t_email_profile, 9),
             (t_chat_bank_uk, 10), (t_chat_iban, 9), (t_chat_phone_email, 8), (t_chat_dob, 7), (t_chat_address, 6),
             (t_chat_correction, 6), (t_sms_short, 8), (t_chat_multi_ssn_card, 4), (t_dm_ni_mixed, 4),
             (t_dm_mixed_case, 4), (t_sms_ssn_last, 4), (t_chat_email_obf, 5), (t_chat_paren_phone, 4), (t_chat_valid_thru, 4), (t_email_bank_iban_ni, 3)]
def c_filler_card():
    num = make_card(pick(["visa", "mc"]))
    gs = card_groups(num)
    z = zero_word()
    parts = [group_words(g, pick(["digits", "pairs"]), z) for g in gs]
    segs, cur = [], parts[0]
    for p in parts[1:]:
        f = pick([" um ", " uh ", " er ", " hang on ", " let me see ", " "])
        if f == " ":
            cur += " " + p
        else:
            segs.append(cur)
            segs.append(f)
            cur = p
    segs.append(cur)
    g = new_group()
    segs = [V(x, "CARD_NUMBER", g) if i % 2 == 0 else x for i, x in enumerate(segs)]
    turns = [A("and the card number"), C(pick(["yeah it's ", "okay so ", ""]), *segs, pick(["", " i think", " yeah"]))]
    return turns, "call/%s: card read with fillers/hesitations between groups in one turn (fillers outside the spans)" % pick(["retail", "utilities", "travel"])


def c_card_uneven():
    num = make_card(pick(["visa", "mc", "visa19"]))
    z = zero_word()
    c1 = R.randrange(3, len(num) - 6)
    cuts = [c1, R.randrange(c1 + 3, len(num) - 2)]
    chunks = [num[:cuts[0]], num[cuts[0]:cuts[1]], num[cuts[1]:]]
    ps = pieces([digit_words(c, z, homophones=chance(0.3)) for c in chunks], "CARD_NUMBER")
    turns = [A("can you read the card number for me"), C(pick(["yeah ", "okay um ", ""]), ps[0], pick(["", " hang on", " sorry it's worn"])),
             A(pick(["take your time", "no problem", "mhm"])), C(ps[1]), A(ack()), C(pick(["and ", "", "then "]), ps[2], pick(["", " that's it"]))]
    return turns, "call/%s: card split at uneven points (not 4-digit groups) across turns" % pick(["utilities", "retail", "travel"])


def c_asr_numerals():
    r = R.randrange(3)
    if r == 0:
        num = make_card("visa")
        v = V(" ".join(card_groups(num)), "CARD_NUMBER")
        turns = [A("go ahead with the card number"), C("yeah it's ", v)]
        what = "card"
    elif r == 1:
        sn = make_ssn()
        turns = [A("and your social"), C("it's ", V("%s %s %s" % (sn[:3], sn[3:5], sn[5:]), "SSN"))]
        what = "SSN"
    else:
        cc, core = make_phone("uk")
        turns = [A("what number are you calling from"), C("it's ", V("0" + core[:4] + " " + core[4:], "PHONE"), " but it might come up as withheld")]
        what = "phone"
    return turns, "call/%s: ASR emitted numerals for %s (lower case, no punctuation)" % (pick(["banking", "telecom", "insurance"]), what)


def c_two_values():
    cc, core = make_phone("uk")
    o, i = make_uk_postcode(spoken=True)
    while "O" in o + i:
        o, i = make_uk_postcode(spoken=True)
    turns = [A("can i take a contact number and your postcode"),
             C("yeah number's ", V(phone_spoken(cc, core), "PHONE"), " and postcode's ", V(postcode_spoken(o, i), "POSTCODE"))]
    return turns, "call/utilities: phone and postcode in one customer turn"


POS_CALL = [(c_card_one, 7), (c_card_split, 5), (c_card_readback, 2), (c_card_correction, 2), (c_ssn, 7), (c_ni, 7),
            (c_dob_postcode, 5), (c_phone, 5), (c_email, 4), (c_bank, 5), (c_us_account, 2), (c_us_address, 2),
            (c_expiry_cvv, 3), (c_iban, 3),
            (c_filler_card, 3), (c_card_uneven, 4), (c_asr_numerals, 4), (c_two_values, 3)]

# ---------------------------------------------------------------------------
# negative templates
# ---------------------------------------------------------------------------


def money():
    return pick(["£%d.%02d" % (R.randrange(5, 900), R.randrange(100)), "$%d" % R.randrange(10, 5000),
                 "€%d,%02d" % (R.randrange(5, 900), R.randrange(100)), "%d quid" % R.randrange(5, 200),
                 "$%s" % format(R.randrange(1000, 9999), ","), "£%d" % R.randrange(100, 3000)])


def n_typed_amounts():
    turns = [C(pick(GREET_CHAT), " why is my bill ", money(), " this month when it was ", money(), " last month?? ", pick(["", "😡", "🙄"])),
             A("I'm sorry about that. I can see a one-off charge of %s on %d %s for the engineer visit." % (
                 money(), R.randrange(1, 29), pick(MONTHS).capitalize()))]
    return turns, "chat/utilities: bill amounts and charge date, nothing personal"


def n_order_ref():
    ref = str(R.randrange(10 ** 7, 10 ** 10))
    turns = [C(pick(["order number ", "order #", "Order no. ", "ticket ", "case ref "]), ref, pick([" still not here", " - where is it?", ""])),
             A("Thanks, order %s was dispatched on %d/%02d and is due within %d working days." % (ref, R.randrange(1, 29), R.randrange(1, 13), R.randrange(2, 6)))]
    return turns, "chat/retail: order/ticket number with reference word and dispatch date"


def n_call_amounts():
    turns = [A("so your balance is currently " + pick(["one hundred and twenty three pounds forty", "two hundred and six dollars",
                                                       "fifty four euro twenty", "three hundred and eighty pounds"])),
             C("right and when is the next payment due"),
             A("that'd be the " + ordinal_words(R.randrange(1, 29)) + " of " + pick(MONTHS) + " for " + number_words(R.randrange(20, 99)) + " pounds " + number_words(R.randrange(10, 99)))]
    return turns, "call/banking: balance and payment due date spoken (not a DOB)"


def n_call_times():
    turns = [A("i can book an engineer for " + pick(MONTHS) + " the " + ordinal_words(R.randrange(1, 29))),
             C("what time"),
             A("between " + pick(["eight", "nine", "ten"]) + " and " + pick(["twelve", "one", "two"]) + " or " + pick(["two", "one"]) + " till " + pick(["six", "five"])),
             C("the morning one please i've been waiting " + pick(["three weeks", "forty five minutes", "two hours", "ten days"]))]
    return turns, "call/telecom: appointment dates, times and durations"


def n_flight():
    fl = pick(["EI", "FR", "BA", "LH", "AA", "U2"]) + str(R.randrange(100, 9999))
    turns = [C("my flight " + fl + pick([" was delayed ", " got cancelled, ", " is late by "]) + "%d hrs" % R.randrange(2, 9) + pick(["", " 😤"])),
             A("I'm sorry to hear that. Flight %s on %d %s was delayed by %d minutes. Your booking reference is %s." % (
                 fl, R.randrange(1, 29), pick(MONTHS).capitalize(), R.randrange(120, 480),
                 "".join(pick("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(6))))]
    return turns, "chat/travel: flight number, delay, booking reference"


def n_meter():
    rd = "%05d" % R.randrange(10000, 99999)
    turns = [A("can you read me the numbers on the meter"),
             C(pick(["yeah it's ", "it says ", ""]) + digit_words(rd, "zero", repeats=False) + pick(["", " and then a red one"])),
             A("lovely and is that the day rate or the night rate meter")]
    return turns, "call/utilities: five-digit meter reading spoken"


def n_meter_typed():
    turns = [C("meter reading today " + "%05d" % R.randrange(1000, 99999) + " kWh" + pick(["", " (pic attached)"]) +
               " and gas " + "%05d" % R.randrange(1000, 99999) + pick([" m3", "", " units"])),
             A("Thanks, I've submitted both readings dated %02d/%02d/2026." % (R.randrange(1, 29), R.randrange(1, 13)))]
    return turns, "sms/utilities: meter readings typed with units"


def n_model():
    turns = [C(pick(["my ", "the "]) + pick(["router", "phone", "tv box", "boiler"]) + " model " +
               pick(["TG-%d" % R.randrange(100, 9999), "SM-G%d" % R.randrange(900, 999) + "B", "HH%d" % R.randrange(3, 7),
                     "WX%dV" % R.randrange(1000, 9999)]) + " keeps dropping out, speed is like " + "%d" % R.randrange(2, 80) + "mbps"),
             A("Our records show you pay for %d Mbps. Can you restart it and wait %d minutes?" % (R.randrange(100, 900), R.randrange(2, 10)))]
    return turns, "chat/telecom: model number and speeds"


def n_ages_temps():
    turns = [C("my son is " + str(R.randrange(2, 17)) + " and my mum is " + str(R.randrange(60, 95)) + ", the heating's been off since " +
               pick(["monday", "tuesday", "the weekend"]) + " and it's " + str(R.randrange(-3, 12)) + " degrees in here"),
             A("I'm so sorry. I've raised an emergency job, ref %d. An engineer will be with you within %d hours." % (
                 R.randrange(10000, 999999), R.randrange(2, 8)))]
    return turns, "chat/utilities: ages, temperature, emergency job reference"


def n_years_pct():
    turns = [A("you've been with us since " + year_words(R.randrange(1995, 2020)) + " so i can offer " +
               number_words(R.randrange(10, 40)) + " percent off for " + number_words(R.randrange(12, 24)) + " months"),
             C("and what does that come to"), A("it'd be " + number_words(R.randrange(20, 60)) + " ninety nine a month")]
    return turns, "call/telecom: customer-since year, percentage, contract length, price"


def n_claim_spoken():
    claim = "%07d" % R.randrange(10 ** 6, 10 ** 7)
    turns = [A("do you have the claim number"), C("yeah the claim number is " + digit_words(claim, pick(["zero", "oh"]), repeats=chance(0.5))),
             A("thank you that's the claim from the " + ordinal_words(R.randrange(1, 29)) + " of " + pick(MONTHS))]
    return turns, "call/insurance: seven-digit claim number with reference word, incident date"


def n_invoice_typed():
    inv = "INV-" + str(R.randrange(10 ** 5, 10 ** 8))
    turns = [C("hi, invoice " + inv + " for " + money() + " was paid twice on " + "%02d/%02d/2026" % (R.randrange(1, 29), R.randrange(1, 13))),
             A("I can see two payments against %s. The refund will take %d-%d working days." % (inv, R.randrange(3, 5), R.randrange(5, 10)))]
    return turns, "e-mail/healthcare billing: invoice number, amount and payment date"


def n_room_quantity():
    turns = [C("hi im in room " + str(R.randrange(100, 999)) + " and was charged for " + str(R.randrange(2, 6)) + " nights instead of " +
               str(R.randrange(1, 4)) + ", the minibar was " + money() + " too"),
             A("Apologies! I've corrected the folio for room — it now shows %d nights at %s." % (R.randrange(1, 4), money()))]
    return turns, "chat/travel: hotel room number, nights, amounts"


def n_call_counts():
    turns = [C("i ordered " + number_words(R.randrange(2, 12)) + " of them and only " + number_words(R.randrange(1, 3)) + " turned up"),
             A("okay so that's order number " + digit_words(str(R.randrange(100000, 9999999)), "zero", repeats=False) + " from the " + ordinal_words(R.randrange(1, 29))),
             C("yeah and it cost me " + number_words(R.randrange(20, 300)) + " pounds")]
    return turns, "call/retail: quantities, order number spoken with reference word, price"


def n_contract_date():
    d = R.randrange(1, 29)
    turns = [A("Your contract started on %d/%02d/%d and runs for %d months." % (d, R.randrange(1, 13), R.randrange(2022, 2026), pick([12, 18, 24]))),
             C("so when can i leave without paying the %s fee" % money()), A("From %s %d, %d." % (pick(MONTHS).capitalize(), d, R.randrange(2026, 2028)))]
    return turns, "chat/telecom: contract start/end dates (not birth dates) and fee"


def n_card_last4():
    turns = [A("I can see a payment of %s taken from the card ending %d on %d %s." % (money(), R.randrange(1000, 9999), R.randrange(1, 29), pick(MONTHS))),
             C("yes that one, it was meant to be " + money())]
    return turns, "chat/retail: card last four with 'ending' (not a full card), amount, date"


def n_speed_distance():
    turns = [C("the van was doing like " + number_words(R.randrange(40, 90)) + " miles an hour and the delivery was " + number_words(R.randrange(2, 10)) + " hours late"),
             A("i'm really sorry about that i've logged it for the depot it's about " + number_words(R.randrange(10, 60)) + " miles from you")]
    return turns, "call/retail: speeds, durations, distances"


def n_balance_typed():
    turns = [C("whats my balance"), A("Your available balance is %s and your overdraft limit is %s. Your next statement is on %d %s." % (
        money(), money(), R.randrange(1, 29), pick(MONTHS).capitalize())),
             C(pick(["ok thx", "great 🙃", "ugh ok"]))]
    return turns, "chat/banking: balance, overdraft, statement date"


def n_dob_lookalike():
    y = R.randrange(1985, 2016)
    dd, mm = R.randrange(1, 29), R.randrange(1, 13)
    turns = [C("i've had this policy since " + str(y) + " and paid %s a year, renewal is %02d/%02d" % (money(), dd, mm)),
             A("Thanks for being with us since %d. Your renewal date is shown as %d %s 2027." % (y, dd, MONTHS[mm - 1].capitalize()))]
    return turns, "chat/insurance: policy-start year and renewal date (not a DOB)"


def n_phone_lookalike():
    turns = [A("your reference is " + " ".join(digit_words(str(R.randrange(1000, 9999)), "zero", repeats=False).split()) + " and the call lasted " + number_words(R.randrange(10, 59)) + " minutes"),
             C("okay and the refund's " + number_words(R.randrange(5, 99)) + " pounds " + number_words(R.randrange(10, 99)) + " yeah")]
    return turns, "call/telecom: short reference with reference word, call duration, refund amount"


def n_timestamps():
    turns = [C("app crashed at %02d:%02d again, version %d.%d.%d, screenshot attached" % (R.randrange(0, 24), R.randrange(60), R.randrange(1, 9), R.randrange(0, 20), R.randrange(0, 50))),
             A("Thanks. Our logs show an outage on 2026-%02d-%02d %02d:%02d–%02d:%02d UTC affecting %d%% of users." % (
                 R.randrange(1, 13), R.randrange(1, 29), R.randrange(0, 12), R.randrange(60), R.randrange(12, 24), R.randrange(60), R.randrange(2, 40)))]
    return turns, "chat/telecom: times, app version, ISO timestamp range, percentage"


def n_apr():
    amt = R.randrange(20, 150) * 100
    turns = [C("whats the APR on the loan"), A("It's %d.%d%% APR representative on £%s over %d months, total repayable £%s." % (
        R.randrange(3, 30), R.randrange(10), format(amt, ","), pick([24, 36, 48, 60]), format(int(amt * (1.1 + R.random() * 0.4)), ","))),
             C(pick(["hmm ok", "thats steep", "ok 👍"]))]
    return turns, "chat/banking: APR, loan amount, term, total"


def n_appointment_typed():
    turns = [A("Your appointment is confirmed for %s %d/%02d/2026 at %d:%02d%s with Dr %s." % (
        pick(["Mon", "Tue", "Wed", "Thu", "Fri"]), R.randrange(1, 29), R.randrange(1, 13), R.randrange(8, 12), pick([0, 15, 30, 45]),
        pick(["am", ""]), pick(LAST).capitalize())),
             C(pick(["can i move it to the ", "any chance of the ", "cant do that day, what about the "]) + "%dth" % R.randrange(4, 21) + pick([" instead", "?", " pls"]))]
    return turns, "sms/healthcare billing: appointment date and time, doctor's surname only"


def n_sizes():
    turns = [C("ordered %d x jeans size %dx%d and %d pairs of size %d shoes, only got %d items" % (
        R.randrange(2, 4), pick([28, 30, 32, 34, 36]), pick([30, 32, 34]), R.randrange(2, 4), R.randrange(4, 12), R.randrange(1, 3))),
             A("Sorry about that! Parcel %d of %d is still in transit and weighs %.1f kg." % (R.randrange(1, 3), R.randrange(3, 5), R.random() * 9 + 1))]
    return turns, "chat/retail: sizes, quantities, parcel counts, weight"


def n_data_usage():
    used = R.randrange(2, 40)
    turns = [A("you've used " + number_words(used) + " point " + UNITS[R.randrange(10)] + " gigs of your " + number_words(pick([40, 50, 60, 80, 100])) + " gig allowance"),
             C("and how many days left on the bill"), A(number_words(R.randrange(2, 29)) + " days it resets on the " + ordinal_words(R.randrange(1, 29)))]
    return turns, "call/telecom: data usage, allowance, days left, reset date"


def n_payment_ref():
    ref = str(R.randrange(10 ** 5, 10 ** 9))
    turns = [A("Please use payment reference %s when you transfer the %s." % (ref, money())),
             C(pick(["ok paid, ref ", "done 👍 used ref ", "sent it with reference "]) + ref + pick(["", " at %d:%02d" % (R.randrange(8, 23), R.randrange(60))]))]
    return turns, "chat/utilities: payment reference number with its reference word, amount, time"


def n_prices_spoken():
    turns = [A("the new plan is " + pick(["nineteen ninety nine", "twenty four ninety nine", "thirty nine ninety nine"]) + " a month and the phone is " +
               number_words(R.randrange(100, 999)) + " pounds upfront"),
             C("and the old one was " + pick(["fourteen ninety nine", "twelve fifty", "eighteen"]) + " right"),
             A("that's right for " + pick(["twenty four", "thirty six", "eighteen"]) + " months")]
    return turns, "call/telecom: spoken prices that sound like years, contract months"


def n_tracking():
    trk = str(R.randrange(10 ** 9, 10 ** 10))
    hh = R.randrange(1, 12)
    turns = [C("tracking number " + trk + " says delivered at " + "%d:%02d" % (hh, R.randrange(60)) + pick(["pm", "am", " today"]) + " but nothing here" + emo()),
             A("I'm sorry. Tracking %s shows the driver's scan %d metres from your door; I've opened ticket %d." % (trk, R.randrange(20, 400), R.randrange(10 ** 5, 10 ** 7)))]
    return turns, "chat/retail: 10-digit tracking number with its reference word, time, distance, ticket"


NEG = [(n_payment_ref, 5), (n_prices_spoken, 4), (n_tracking, 4), (n_timestamps, 5), (n_apr, 4), (n_appointment_typed, 5), (n_sizes, 4), (n_data_usage, 4),
       (n_typed_amounts, 7), (n_order_ref, 8), (n_call_amounts, 6), (n_call_times, 5), (n_flight, 7), (n_meter, 5),
       (n_meter_typed, 5), (n_model, 5), (n_ages_temps, 5), (n_years_pct, 5), (n_claim_spoken, 5), (n_invoice_typed, 6),
       (n_room_quantity, 5), (n_call_counts, 5), (n_contract_date, 6), (n_card_last4, 5), (n_speed_distance, 4),
       (n_balance_typed, 5), (n_dob_lookalike, 5), (n_phone_lookalike, 5)]


def generate():
    R.seed(SEED)
    _group_counter[0] = 0
    pos_specs = []
    for fn, n in POS_TYPED + POS_CALL:
        pos_specs += [fn] * n
    R.shuffle(pos_specs)
    neg_specs = []
    for fn, n in NEG:
        neg_specs += [fn] * n
    R.shuffle(neg_specs)
    cases = []
    for i, fn in enumerate(pos_specs, 1):
        turns, note = fn()
        c = build_case("positive", turns, note)
        c["id"] = "%s-pos-%03d" % (PREFIX, i)
        cases.append(c)
    for i, fn in enumerate(neg_specs, 1):
        turns, note = fn()
        c = build_case("negative", turns, note)
        c["id"] = "%s-neg-%03d" % (PREFIX, i)
        cases.append(c)
    return cases


def serialise(cases):
    lines = []
    for c in cases:
        obj = {"id": c["id"], "kind": c["kind"], "turns": c["turns"], "spans": c["spans"], "note": c["note"]}
        lines.append(json.dumps(obj, ensure_ascii=False))
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------------------
# validation: normalise spoken forms
# ---------------------------------------------------------------------------
W_UNIT = {w: str(i) for i, w in enumerate(UNITS)}
W_UNIT.update({"oh": "0", "o": "0", "nought": "0", "nil": "0"})
HOMO = {"to": "2", "too": "2", "for": "4", "ate": "8", "won": "1"}
W_TEEN = {w: str(10 + i) for i, w in enumerate(TEENS)}
W_TENS = {w: str(i) for i, w in enumerate(TENS) if w}
W_ORD = {w: str(i) for i, w in enumerate(ORD_UNITS) if w}
W_ORD.update({w: str(10 + i) for i, w in enumerate(ORD_TEENS)})
W_ORD.update({"twentieth": "20", "thirtieth": "30"})
LETTER_HOMO = {"bee": "b", "be": "b", "see": "c", "sea": "c", "dee": "d", "pee": "p", "tee": "t",
               "are": "r", "why": "y", "ex": "x", "jay": "j", "kay": "k", "you": "u", "eye": "i"}


def spoken_norm(text, alnum=False):
    """Turn a spoken/ASR rendering into a digit (and letter) string."""
    toks = re.findall(r"[a-z0-9\-]+", text.lower().replace("x-ray", "xray"))
    out = []  # list of str chunks
    state = None
    i = 0
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else ""
        # letter spelled with NATO / "as in"
        if alnum and len(t) == 1 and t.isalpha():
            if nxt == "for" and i + 2 < len(toks) and toks[i + 2][0] == t:
                out.append(t)
                i += 3
                state = None
                continue
            if nxt == "as" and i + 3 < len(toks) and toks[i + 2] == "in":
                out.append(t)
                i += 4
                state = None
                continue
        if t in ("double", "triple"):
            k = 2 if t == "double" else 3
            w = nxt
            if w in W_UNIT or w in HOMO:
                out.append((W_UNIT.get(w) or HOMO[w]) * k)
            elif alnum and len(w) == 1:
                out.append(w * k)
            i += 2
            state = None
            continue
        if t.isdigit():
            out.append(t)
            state = None
        elif t in W_UNIT or t in HOMO or (t in W_ORD and len(W_ORD[t]) == 1):
            if alnum and t == "o":
                d = "0"
            else:
                d = W_UNIT.get(t) or HOMO.get(t) or W_ORD.get(t)
            if state == "T" and d != "0":
                out[-1] = out[-1][:-1] + d
            elif state == "H":
                out[-1] = out[-1][:-2] + "0" + d
            else:
                out.append(d)
            state = None
        elif t in W_TEEN or (t in W_ORD and len(W_ORD[t]) == 2 and W_ORD[t][0] == "1"):
            v = W_TEEN.get(t) or W_ORD[t]
            if state == "H":
                out[-1] = out[-1][:-2] + v
            else:
                out.append(v)
            state = None
        elif t in W_TENS or t in ("twentieth", "thirtieth"):
            v = W_TENS.get(t) or W_ORD[t][0]
            if state == "H":
                out[-1] = out[-1][:-2] + v + "0"
            else:
                out.append(v + "0")
            state = "T"
        elif t == "hundred":
            if out and len(out[-1]) == 1 and out[-1].isdigit():
                out[-1] = out[-1] + "00"
                state = "H"
            i += 1
            continue
        elif t == "thousand":
            if out and len(out[-1]) == 1:
                out[-1] = out[-1] + "000"
            state = "K"
        elif t == "and" and state in ("H", "K"):
            pass
        elif alnum and len(t) == 1:
            out.append(t)
            state = None
        elif alnum and t in LETTER_HOMO:
            out.append(LETTER_HOMO[t])
            state = None
        else:
            state = None
        if state == "K" and t != "thousand" and t != "and":
            pass
        i += 1
    s = "".join(out)
    # "two thousand and five" -> 2000 + 5 encoded as "2000"+"5"; fold
    s = re.sub(r"2000(\d)(?!\d)", r"200\1", s)
    return s


def has_digit(s):
    return any(ch.isdigit() for ch in s)


def norm_value(text, typ):
    alnum = typ in ("NI_NUMBER", "POSTCODE", "IBAN")
    if has_digit(text):
        return re.sub(r"[^A-Za-z0-9]", "", text).upper() if alnum else re.sub(r"\D", "", text)
    return spoken_norm(text, alnum).upper()


UK_PC = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$")
NI_RE = re.compile(r"^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$")
EMAIL_RE = re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$")
MONTH_RE = re.compile(r"\b(" + "|".join(MONTHS + MON3) + r")\b", re.I)


def spoken_email(text):
    t = text.lower()
    for a, b in (("(at)", " at "), ("[at]", " at "), ("{at}", " at "), ("(dot)", " dot "), ("[dot]", " dot ")):
        t = t.replace(a, b)
    toks = t.split()
    out = []
    run = []

    def flush():
        if run:
            out.append(spoken_norm(" ".join(run)))
            run.clear()
    for tok in toks:
        if tok in W_UNIT and tok not in ("o",) or tok in W_TEEN or tok in W_TENS or tok == "hundred":
            run.append(tok)
            continue
        flush()
        out.append({"dot": ".", "at": "@", "underscore": "_", "dash": "-", "hyphen": "-"}.get(tok, tok))
    flush()
    return "".join(out).replace("@.", "@")


def validate_value(text, typ):
    """Return None if ok else an error string."""
    if typ == "EMAIL":
        e = text if "@" in text and " " not in text.strip() else spoken_email(text)
        return None if EMAIL_RE.match(e) else "bad email %r" % e
    if typ == "ADDRESS":
        low = text.lower()
        if not re.search(r"\b(" + STREET_SUFFIX + r")\b", low):
            return "address without street word"
        if not (has_digit(text) or re.search(r"\b(" + "|".join(UNITS[1:] + TEENS + [w for w in TENS if w]) + r")\b", low)):
            return "address without number"
        return None
    if typ == "DOB":
        low = text.lower()
        n = norm_value(text, typ) if not has_digit(text) else re.sub(r"\D", "", text)
        if MONTH_RE.search(low):
            return None if re.search(r"(19[2-9]\d|200\d)$", n) else "DOB year missing %r" % n
        if len(n) in (6, 8) or (5 <= len(n) <= 8 and re.search(r"(19[2-9]\d|200\d)$", n)) or re.fullmatch(r"\d{1,4}[/.\-]\d{1,2}[/.\-]\d{2,4}", text.strip()):
            return None
        return "DOB digits %r" % n
    if typ == "EXPIRY":
        low = text.lower()
        n = norm_value(text, typ)
        if MONTH_RE.search(low):
            return None if n and n[-2:].isdigit() else "expiry year missing"
        if len(n) == 4 and 1 <= int(n[:2]) <= 12:
            return None
        if len(n) == 3 and 1 <= int(n[0]) <= 9:
            return None
        if len(n) == 6 and 1 <= int(n[:2]) <= 12 and n[2:4] == "20":
            return None
        return "expiry %r" % n
    n = norm_value(text, typ)
    if typ == "CARD_NUMBER":
        if not (13 <= len(n) <= 19 and n.isdigit() and luhn_ok(n)):
            return "card %r" % n
    elif typ == "CVV":
        if not (n.isdigit() and len(n) in (3, 4)):
            return "cvv %r" % n
    elif typ == "SSN":
        if not (len(n) == 9 and n.isdigit() and n[:3] not in ("000", "666") and n[0] != "9"):
            return "ssn %r" % n
    elif typ == "NI_NUMBER":
        if not NI_RE.match(n) or n[:2] in NI_BAD:
            return "ni %r" % n
    elif typ == "SORT_CODE":
        if not (len(n) == 6 and n.isdigit()):
            return "sort %r" % n
    elif typ == "BANK_ACCOUNT":
        if not (8 <= len(n) <= 12 and n.isdigit()):
            return "account %r" % n
    elif typ == "IBAN":
        if not iban_valid(n):
            return "iban %r" % n
    elif typ == "PHONE":
        if not (9 <= len(n) <= 14 and n.isdigit()):
            return "phone %r" % n
    elif typ == "POSTCODE":
        if not (UK_PC.match(n) or re.fullmatch(r"\d{5}(\d{4})?", n)):
            return "postcode %r" % n
    return None


def check(cases, text_on_disk):
    errs = []
    gen = serialise(cases)
    if text_on_disk != gen:
        errs.append("fixture on disk differs from regenerated output")
    ids = [c["id"] for c in cases]
    if len(set(ids)) != len(ids):
        errs.append("duplicate ids")
    counts = {t: 0 for t in TYPES}
    npos = nneg = 0
    for c in cases:
        cid = c["id"]
        if c["kind"] == "negative":
            nneg += 1
            if c["spans"]:
                errs.append("%s: negative with spans" % cid)
            continue
        npos += 1
        if not c["spans"]:
            errs.append("%s: positive without spans" % cid)
        by_turn = {}
        for sp in c["spans"]:
            if sp["type"] not in TYPES:
                errs.append("%s: bad type %s" % (cid, sp["type"]))
                continue
            counts[sp["type"]] += 1
            txt = c["turns"][sp["turn"]]["text"]
            s, e = sp["start"], sp["end"]
            if not (0 <= s < e <= len(txt)):
                errs.append("%s: offsets out of range" % cid)
                continue
            if s > 0 and txt[s - 1].isalnum() or e < len(txt) and txt[e].isalnum():
                errs.append("%s: span not on word boundary %r" % (cid, txt[s:e]))
            if not (txt[s].isalnum() or (sp["type"] == "PHONE" and txt[s] in "+(")) or not txt[e - 1].isalnum():
                errs.append("%s: span has leading/trailing junk %r" % (cid, txt[s:e]))
            by_turn.setdefault(sp["turn"], []).append((s, e))
        for t, lst in by_turn.items():
            lst.sort()
            for (a1, b1), (a2, b2) in zip(lst, lst[1:]):
                if a2 < b1:
                    errs.append("%s: overlapping spans in turn %d" % (cid, t))
        for g, parts in c["_groups"].items():
            typ = parts[0][3]
            joined = " ".join(c["turns"][t]["text"][s:e] for t, s, e, _ in parts)
            if typ in ("NI_NUMBER", "POSTCODE", "IBAN") and len(parts) > 1 and not has_digit(joined):
                pass
            err = validate_value(joined, typ)
            if err:
                errs.append("%s: %s in %r" % (cid, err, joined))
    mins = {t: 12 for t in TYPES}
    mins.update({"CARD_NUMBER": 30, "NI_NUMBER": 30, "SSN": 30})
    for t in TYPES:
        if counts[t] < mins[t]:
            errs.append("type %s has %d spans (< %d)" % (t, counts[t], mins[t]))
    if npos < 170:
        errs.append("only %d positives" % npos)
    if nneg < 100:
        errs.append("only %d negatives" % nneg)
    return errs, counts, npos, nneg


def channel_share(cases):
    typed = sum(1 for c in cases if not c["note"].startswith("call/"))
    return typed, len(cases)


def readme_text(counts, npos, nneg, typed, total):
    rows = "\n".join("| %s | %d |" % (t, counts[t]) for t in TYPES)
    return """# pii_holdout68 — held-out PII redaction evaluation set

**Never use this set for tuning.** It exists only to measure the redactor on data
it has not been fitted to. Do not add these cases to training data, rule tests or
threshold sweeps, and do not look at individual failures to adjust patterns.

## Who wrote it and how

Written by an AI helper acting as an independent test author. The author did not
see the redaction code, its tests, its documentation or the other evaluation sets;
the only existing material consulted was a three-line example of the JSONL format.
Cases are generated by `scripts/make_pii_holdout68.py` from template functions
(standard library only, one `random.Random(%d)`), so the output is byte-for-byte
reproducible. Every turn is assembled from plain-text segments and labelled value
segments, so offsets are computed, never typed by hand.

`python scripts/make_pii_holdout68.py --check` regenerates the set, verifies it is
identical to the file on disk, checks ids are unique, offsets are in range, on word
boundaries and non-overlapping, and validates every labelled value after normalising
spoken forms (Luhn for cards, mod-97 for IBANs, NI number format, 9 digits for SSN,
6 for sort codes, digit counts for CVV / phone / account numbers, UK postcode and US
ZIP shapes, e-mail shape, street word for addresses).

## Contents

* %d positive cases, %d negative cases (%d of %d cases are typed channels: web chat,
  SMS, e-mail bodies, social DMs; the rest are ASR-style call transcripts).
* Typed channels include values split over several messages, odd separators
  (`-`, `.`, `/`, `_`, double spaces, mixed), mixed case, emojis and typos around values.
* Calls are lower case with numbers as words: "oh"/"o"/"nought"/"zero", "double"/"triple",
  pairs ("forty one"), years ("nineteen eighty five"), "hundred" in house numbers,
  homophones ("for", "to", "ate"), letters spelled with NATO/folk words ("b for bravo",
  "s as in sugar"), values split over customer turns with agent back-channels, agent read-backs,
  and self-corrections.
* Negatives contain lookalikes only: money, balances, times, durations, counts, ages,
  temperatures, years, percentages, non-birth dates (appointments, payments, contracts,
  renewals), order/ticket/claim/invoice/job references said with their reference word
  (up to 10 digits), flight numbers, booking codes, room numbers, model numbers, meter
  readings, speeds, card "ending NNNN" last-four mentions.

## Annotation conventions

* A span covers the value only: not the lead-in ("my card is", "sort code"), and not
  trailing punctuation or emojis.
* For spoken values the span runs from the first to the last word of the reading, including
  the words that are part of the reading ("double", "triple", "b for bravo" / "s as in sugar"
  spellings, "dot"/"at" in e-mails, "dash" in a ZIP+4, "of" in "fifth of march", "hundred and"
  in house numbers). A leading "the" before a spoken date is outside the span.
* Hesitations between groups of one reading in one turn ("um", "uh", "hang on", "let me see")
  are left outside: the reading is labelled as several spans around them.
* Typed obfuscated e-mails ("name at gmail dot com", "name(at)host.com", "name [at] host [dot] com")
  are labelled as one span covering the whole obfuscated form.
* Copy-paste artefacts (no-break space, thin space, en dash between card groups) stay inside
  the span; ASR output that already contains numerals (e.g. "4660 3449 8696 2525") is labelled
  like typed text.
* A value split across several turns/messages gets one span per piece, each with the
  same type; back-channel turns between pieces are unlabelled.
* Self-corrections: in typed chats where a full wrong value is sent and then corrected, both
  full readings are labelled. In calls where a false start is only one or two digits, that
  fragment is not labelled; the corrected reading is.
* Agent read-backs of a full value are labelled like the customer's reading.
* ADDRESS is the house number (and flat/apartment number if given) plus street name; the town
  is not included; the postcode/ZIP is a separate POSTCODE span.
* EXPIRY spans cover the month and year; DOB spans cover the full date (day, month, year) and
  not words such as "born on".
* Card last-four mentions ("card ending 1234") are never labelled and appear in negatives.
* Numbers that are not PII inside positive cases (amounts, order/claim refs, wait times,
  flight numbers) are left unlabelled.

## Span counts per type

| type | spans |
|---|---|
%s

(A value split over N messages counts N spans.)
""" % (SEED, npos, nneg, typed, total, rows)


def main(argv):
    cases = generate()
    text = serialise(cases)
    if "--check" in argv:
        disk = OUT_FILE.read_text(encoding="utf-8") if OUT_FILE.exists() else ""
        errs, counts, npos, nneg = check(cases, disk)
        typed, total = channel_share(cases)
        print("cases: %d positive, %d negative; typed channels %d/%d" % (npos, nneg, typed, total))
        for t in TYPES:
            print("  %-13s %d" % (t, counts[t]))
        if README.exists() and README.read_text(encoding="utf-8") != readme_text(counts, npos, nneg, typed, total):
            errs.append("README out of date")
        if errs:
            for e in errs[:200]:
                print("ERROR:", e)
            print("FAILED: %d problem(s)" % len(errs))
            return 1
        print("OK: fixture reproducible and all checks pass")
        return 0
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    OUT_FILE.write_text(text, encoding="utf-8")
    errs, counts, npos, nneg = check(cases, text)
    typed, total = channel_share(cases)
    README.write_text(readme_text(counts, npos, nneg, typed, total), encoding="utf-8")
    print("wrote %s (%d positive, %d negative)" % (OUT_FILE.relative_to(ROOT), npos, nneg))
    if errs:
        print("WARNING: %d problem(s); run --check" % len(errs))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

#!/usr/bin/env python3
"""Generate the pii_holdout323 held-out PII redaction evaluation set.

Usage:
    python scripts/make_pii_holdout323.py          # (re)write cases.jsonl
    python scripts/make_pii_holdout323.py --check  # regenerate + validate

Standard library only.  Single RNG: random.Random(323241125).
Every turn is assembled from plain-text segments and labelled value segments,
so span offsets are computed, never typed by hand.
"""
import json
import os
import re
import sys
import random
from collections import Counter

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "fixtures", "pii_holdout323", "cases.jsonl")
TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

# --------------------------------------------------------------------------
# case building
# --------------------------------------------------------------------------


class Val:
    """One labelled value (may be spread over several segments/turns)."""

    def __init__(self, typ, canon, frag=None):
        self.typ, self.canon, self.frag = typ, canon, frag
        self.parts = []


class Seg:
    def __init__(self, val, text):
        self.val, self.text = val, text
        val.parts.append(self)


class Case:
    def __init__(self, kind, note):
        self.kind, self.note, self.turns, self.vals = kind, note, [], []

    def val(self, typ, canon, frag=None):
        v = Val(typ, canon, frag)
        self.vals.append(v)
        return v

    def say(self, speaker, *segs):
        self.turns.append((speaker, segs))
        return self

    def render(self, cid):
        turns, spans = [], []
        for ti, (spk, segs) in enumerate(self.turns):
            text = ""
            for s in segs:
                if isinstance(s, Seg):
                    st = len(text)
                    text += s.text
                    spans.append({"turn": ti, "start": st, "end": len(text),
                                  "type": s.val.typ})
                    s.span = (ti, st, len(text))
                else:
                    text += s
            turns.append({"speaker": spk, "text": text})
        return {"id": cid, "kind": self.kind, "turns": turns, "spans": spans,
                "note": self.note}


def P(val, text):
    return Seg(val, text)


# --------------------------------------------------------------------------
# spoken-number helpers
# --------------------------------------------------------------------------
UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven",
         "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
         "sixteen", "seventeen", "eighteen", "nineteen"]
TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty",
        7: "seventy", 8: "eighty", 9: "ninety"}
ZEROS_UK = ["oh", "o", "nought", "zero", "oh"]
ZEROS_US = ["oh", "zero", "o"]
FILL = ["um", "uh", "er", "erm"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo",
        "f": "foxtrot", "g": "golf", "h": "hotel", "i": "india",
        "j": "juliet", "k": "kilo", "l": "lima", "m": "mike", "n": "november",
        "o": "oscar", "p": "papa", "q": "quebec", "r": "romeo",
        "s": "sierra", "t": "tango", "u": "uniform", "v": "victor",
        "w": "whiskey", "x": "x-ray", "y": "yankee", "z": "zulu"}
FOLK = {"a": "apple", "b": "bertie", "c": "charlie", "d": "david",
        "e": "edward", "h": "harry", "j": "jack", "k": "king", "l": "london",
        "m": "mother", "n": "nellie", "p": "peter", "r": "robert",
        "s": "sugar", "t": "tommy", "w": "william", "x": "xmas",
        "y": "yellow", "z": "zebra", "g": "george"}


def dword(d, rng, zeros):
    return rng.choice(zeros) if d == "0" else UNITS[int(d)]


def say_single(s, rng, zeros, rep=0.5):
    out, i = [], 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        n = j - i
        while n > 0:
            if n >= 3 and rng.random() < rep:
                out.append("triple " + dword(s[i], rng, zeros))
                n -= 3
            elif n >= 2 and rng.random() < rep:
                out.append("double " + dword(s[i], rng, zeros))
                n -= 2
            else:
                out.append(dword(s[i], rng, zeros))
                n -= 1
        i = j
    return " ".join(out)


def say_pair(p, rng, zeros):
    a, b = p[0], p[1]
    if a == "0":
        return dword(a, rng, zeros) + " " + dword(b, rng, zeros)
    if a == "1":
        return TEENS[int(b)]
    if b == "0":
        return say_single(p, rng, zeros, 0)
    return TENS[int(a)] + " " + UNITS[int(b)]


def say_group(g, rng, zeros, mode=None):
    modes = ["single", "single"]
    if len(g) % 2 == 0:
        modes.append("pairs")
    if len(g) == 3 and "0" not in g:
        modes.append("hund")
    m = mode if mode in modes else rng.choice(modes)
    if m == "pairs":
        return " ".join(say_pair(g[i:i + 2], rng, zeros)
                        for i in range(0, len(g), 2))
    if m == "hund":
        return UNITS[int(g[0])] + " hundred and " + say_pair(g[1:], rng, zeros)
    return say_single(g, rng, zeros)


def say_groups(groups, rng, zeros, fill=0.0, sep=None, mode=None):
    out = []
    for i, g in enumerate(groups):
        if i:
            out.append(sep if sep is not None else rng.choice([" ", ", ", " ", "... "]))
            if rng.random() < fill:
                out.append(rng.choice(FILL) + " ")
        out.append(say_group(g, rng, zeros, mode))
    return "".join(out)


def split_groups(s, sizes):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return [g for g in out if g]


def say_letter(c, rng, nato_p=0.5):
    c = c.lower()
    r = 0.0 if c == "o" else rng.random()
    if r < nato_p:
        style = rng.choice(["{c} for {w}", "{c} as in {w}", "{c} for {w}"])
        w = NATO[c] if (rng.random() < 0.7 or c not in FOLK) else FOLK[c]
        return style.format(c=c, w=w)
    return c


def num_words(n):
    """0..99 as words."""
    if n < 10:
        return UNITS[n]
    if n < 20:
        return TEENS[n - 10]
    t, u = divmod(n, 10)
    return TENS[t] + ("" if u == 0 else " " + UNITS[u])


ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh",
       "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth",
       "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth",
       "nineteenth", "twentieth"]


def ord_words(n):
    if n <= 20:
        return ORD[n]
    if n == 30:
        return "thirtieth"
    t, u = divmod(n, 10)
    return TENS[t] + " " + ORD[u]


def ord_suffix(n):
    if 10 <= n % 100 <= 20:
        return str(n) + "th"
    return str(n) + {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def year_words(y, rng):
    if 2000 <= y <= 2009:
        return rng.choice(["two thousand and ", "two thousand "]) + UNITS[y - 2000] if y > 2000 else "two thousand"
    hi, lo = divmod(y, 100)
    if lo == 0:
        return num_words(hi) + " hundred"
    if lo < 10:
        return num_words(hi) + " " + rng.choice(["oh", "o"]) + " " + UNITS[lo]
    return num_words(hi) + " " + num_words(lo)


MONTHS = ["january", "february", "march", "april", "may", "june", "july",
          "august", "september", "october", "november", "december"]

# --------------------------------------------------------------------------
# value generators
# --------------------------------------------------------------------------


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


def gen_card(rng, kind=None):
    kind = kind or rng.choice(["visa", "visa", "mc", "mc", "amex", "disc",
                               "visa13", "maestro19", "mc2"])
    pre, n = {"visa": ("4", 16), "mc": (rng.choice(["51", "52", "53", "54", "55"]), 16),
              "mc2": (rng.choice(["2221", "2720", "2300"]), 16),
              "amex": (rng.choice(["34", "37"]), 15), "disc": ("6011", 16),
              "visa13": ("4", 13), "maestro19": ("6759", 19)}[kind]
    body = pre + "".join(rng.choice("0123456789") for _ in range(n - len(pre) - 1))
    for d in "0123456789":
        if luhn_ok(body + d):
            return body + d


def card_groups(c):
    if len(c) == 15:
        return split_groups(c, [4, 6, 5])
    if len(c) == 13:
        return split_groups(c, [4, 3, 3, 3])
    if len(c) == 19:
        return split_groups(c, [4, 4, 4, 4, 3])
    return split_groups(c, [4, 4, 4, 4])


def gen_ssn(rng):
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, rng.randint(1, 99), rng.randint(1, 9999))


NI_L1 = "ABCEGHJKLMNPRSTWXYZ"
NI_L2 = "ABCEGHJKLMNPRSTWXYZ"


def gen_ni(rng):
    while True:
        p = rng.choice(NI_L1) + rng.choice(NI_L2)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + "".join(rng.choice("0123456789") for _ in range(6)) + rng.choice("ABCD")


def iban_check(country, bban):
    s = bban + country + "00"
    num = "".join(str(int(ch, 36)) for ch in s)
    return "%02d" % (98 - int(num) % 97)


def iban_valid(iban):
    s = iban[4:] + iban[:4]
    try:
        return int("".join(str(int(ch, 36)) for ch in s)) % 97 == 1
    except ValueError:
        return False


def digits(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def gen_iban(rng):
    c = rng.choice(["GB", "GB", "IE", "DE", "NL", "ES", "FR"])
    if c == "GB":
        bban = rng.choice(["NWBK", "BARC", "LOYD", "MIDL", "HBUK"]) + digits(rng, 14)
    elif c == "IE":
        bban = rng.choice(["AIBK", "BOFI", "IPBS"]) + digits(rng, 14)
    elif c == "NL":
        bban = rng.choice(["ABNA", "INGB", "RABN"]) + digits(rng, 10)
    elif c == "DE":
        bban = digits(rng, 18)
    elif c == "ES":
        bban = digits(rng, 20)
    else:
        bban = digits(rng, 23)
    return c + iban_check(c, bban) + bban


def gen_uk_postcode(rng):
    L = "ABCEGHJKLMNPRSTUWYZ"
    out = rng.choice([
        lambda: rng.choice(L) + str(rng.randint(1, 9)),
        lambda: rng.choice(L) + rng.choice(L) + str(rng.randint(1, 9)),
        lambda: rng.choice(L) + rng.choice(L) + str(rng.randint(10, 29)),
        lambda: rng.choice(["SW1A", "EC1V", "W1T", "SE15", "M14", "LS6", "BS8", "CF10", "EH3", "G12"]),
    ])()
    return out + str(rng.randint(1, 9)) + rng.choice("ABDEFGHJLNPQRSTUWXYZ") + rng.choice("ABDEFGHJLNPQRSTUWXYZ")


def fmt_pc(pc):
    return pc[:-3] + " " + pc[-3:]


def gen_zip(rng, plus4=False):
    z = "%05d" % rng.randint(1001, 99950)
    return z + ("%04d" % rng.randint(1, 9999) if plus4 else "")


STREETS_UK = ["Elm Road", "Kings Street", "Mill Lane", "Station Road",
              "Victoria Avenue", "Church Close", "Beech Grove", "Park Crescent",
              "Albert Terrace", "Orchard Way", "Queensway", "High Street",
              "Cromwell Road", "Hawthorn Drive", "Riverside Walk"]
STREETS_US = ["Maple Avenue", "Oak Street", "Sunset Boulevard", "Pine Drive",
              "Lakeview Court", "Cedar Lane", "Washington Street", "Elm Street",
              "Highland Avenue", "Willow Way"]
STREETS_IE = ["Griffith Avenue", "Main Street", "Bóthar na Trá", "Castle Road",
              "Strand Road", "Seafield Park"]
TOWNS_UK = ["Leeds", "Bristol", "Croydon", "Manchester", "Cardiff", "Glasgow",
            "Norwich", "Reading", "Sheffield", "Edinburgh"]
TOWNS_US = [("Springfield", "IL"), ("Austin", "TX"), ("Columbus", "OH"),
            ("Portland", "OR"), ("Tampa", "FL"), ("Albany", "NY")]
TOWNS_IE = ["Dublin 9", "Galway", "Cork", "Limerick", "Sligo"]
FIRST = ["jane", "tom", "priya", "sean", "aoife", "marcus", "li", "fatima",
         "gareth", "siobhan", "kwame", "olga", "diego", "hannah", "raj", "niamh",
         "bill", "carla", "dev", "ellie"]
LAST = ["smith", "doe", "patel", "murphy", "kelly", "okafor", "nguyen",
        "jones", "brennan", "schmidt", "garcia", "evans", "walsh", "khan",
        "fitzgerald", "taylor", "byrne", "lee", "hughes", "mcallister"]
DOMAINS = ["gmail.com", "hotmail.co.uk", "outlook.com", "yahoo.com", "eircom.net",
           "btinternet.com", "icloud.com", "aol.com", "web.de", "protonmail.com",
           "sky.com", "live.ie"]


def gen_email(rng):
    f, l = rng.choice(FIRST), rng.choice(LAST)
    local = rng.choice([f + "." + l, f[0] + "." + l, f + l, f + "_" + l,
                        f + "." + l + str(rng.randint(1, 99)), l + f[0] + str(rng.randint(60, 99)),
                        f + "-" + l])
    return local + "@" + rng.choice(DOMAINS)


def spell_word(w, rng):
    return " ".join(say_letter(c, rng, 0.3) if c != "o" else "o for oscar" for c in w)


def say_email(e, rng, zeros=None):
    local, dom = e.split("@")
    out = []
    for tok in re.findall(r"[a-z]+|\d+|[._-]", local):
        if tok == ".":
            out.append("dot")
        elif tok == "_":
            out.append("underscore")
        elif tok == "-":
            out.append(rng.choice(["dash", "hyphen"]))
        elif tok.isdigit():
            out.append(say_single(tok, rng, ["zero"], 0) if rng.random() < 0.5 or tok[0] == "1" or tok[1:] == "0" or len(tok) < 2 else num_words(int(tok)))
        elif len(tok) == 1:
            out.append(say_letter(tok, rng, 0.4) if tok != "o" else "o for oscar")
        elif len(tok) <= 6 and rng.random() < 0.25:
            out.append(spell_word(tok, rng))
        else:
            out.append(tok)
    out.append("at")
    out.append(" dot ".join(dom.split(".")))
    return " ".join(out)


def gen_phone(rng):
    k = rng.choice(["uk_mob", "uk_mob_intl", "uk_land", "us", "us_intl", "ie_mob",
                    "ie_intl", "de_intl", "fr_intl"])
    if k == "uk_mob":
        d = "07" + digits(rng, 9)
        return d, [d[:5], d[5:8], d[8:]], rng.choice(["{0} {1}{2}", "{0} {1} {2}", "{0}{1}{2}", "{0}-{1}-{2}"])
    if k == "uk_mob_intl":
        d = "+447" + digits(rng, 9)
        return d, ["+44", d[3:7], d[7:10], d[10:]], rng.choice(["{0} {1} {2}{3}", "{0} ({1}) {2} {3}".replace("({1})", "{1}"), "{0}{1}{2}{3}"])
    if k == "uk_land":
        d = "0" + rng.choice(["20", "113", "161", "117", "131", "29"])
        d += digits(rng, 11 - len(d))
        return d, [d[:len(d) - 8], d[-8:-4], d[-4:]], rng.choice(["{0} {1} {2}", "{0} {1}{2}"])
    if k == "us":
        d = str(rng.randint(201, 989)) + str(rng.randint(200, 989)) + digits(rng, 4)
        return d, [d[:3], d[3:6], d[6:]], rng.choice(["{0}-{1}-{2}", "{0} {1}-{2}", "{0}.{1}.{2}", "{0} {1} {2}"])
    if k == "us_intl":
        d = "+1" + str(rng.randint(201, 989)) + str(rng.randint(200, 989)) + digits(rng, 4)
        return d, ["+1", d[2:5], d[5:8], d[8:]], rng.choice(["{0} {1} {2} {3}", "{0}-{1}-{2}-{3}", "{0} ({1}) {2}-{3}"])
    if k == "ie_mob":
        d = "08" + rng.choice("35679") + digits(rng, 7)
        return d, [d[:3], d[3:6], d[6:]], rng.choice(["{0} {1} {2}", "{0}-{1}{2}", "{0}{1}{2}"])
    if k == "ie_intl":
        d = "+3538" + rng.choice("35679") + digits(rng, 7)
        return d, ["+353", d[4:6], d[6:9], d[9:]], rng.choice(["{0} {1} {2} {3}", "{0} ({1}) {2} {3}".replace("(", "").replace(")", "")])
    if k == "de_intl":
        d = "+4930" + digits(rng, 8)
        return d, ["+49", d[3:5], d[5:9], d[9:]], "{0} {1} {2} {3}"
    d = "+336" + digits(rng, 8)
    return d, ["+33", d[3], d[4:6], d[6:8], d[8:10], d[10:]], "{0} {1} {2} {3} {4} {5}"


def say_phone(d, groups, rng, zeros, fill=0.0):
    parts = []
    for i, g in enumerate(groups):
        if g.startswith("+"):
            parts.append(rng.choice(["plus ", "plus "]) + say_group(g[1:], rng, zeros, "single"))
        else:
            parts.append(say_group(g, rng, zeros))
        if i < len(groups) - 1 and rng.random() < fill:
            parts[-1] += " " + rng.choice(FILL)
    return rng.choice([" ", ", ", "... "]).join(parts)


def gen_date(rng, lo=1940, hi=2005):
    y = rng.randint(lo, hi)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    return d, m, y


def fmt_dob_typed(d, m, y, rng, us=False):
    f = rng.choice(["num", "num", "num2", "iso", "text1", "text2", "text3"])
    if f == "num":
        return ("%02d/%02d/%d" % (m, d, y)) if us else ("%02d/%02d/%d" % (d, m, y))
    if f == "num2":
        return ("%d-%d-%02d" % (m, d, y % 100)) if us else ("%d.%d.%d" % (d, m, y))
    if f == "iso":
        return "%d-%02d-%02d" % (y, m, d)
    if f == "text1":
        return "%d %s %d" % (d, MONTHS[m - 1].capitalize()[:rng.choice([3, 9])], y)
    if f == "text2":
        return "%s %s, %d" % (MONTHS[m - 1].capitalize(), ord_suffix(d), y)
    return "%s %d %d" % (MONTHS[m - 1], d, y)


def say_dob(d, m, y, rng, us=False):
    f = rng.choice(["uk", "uk", "us", "num"]) if not us else rng.choice(["us", "us", "num"])
    yw = year_words(y, rng)
    if f == "uk":
        return rng.choice(["the ", ""]) + ord_words(d) + " of " + MONTHS[m - 1] + " " + yw
    if f == "us":
        return MONTHS[m - 1] + " " + rng.choice([ord_words(d), num_words(d)]) + " " + yw
    z = rng.choice(ZEROS_UK)
    a, b = (m, d) if us else (d, m)

    def two(n):
        return (z + " " + UNITS[n]) if n < 10 else num_words(n)
    return two(a) + ", " + two(b) + ", " + yw


def gen_expiry(rng):
    return rng.randint(1, 12), rng.randint(2025, 2033)


def fmt_exp_typed(m, y, rng):
    return rng.choice(["%02d/%02d" % (m, y % 100), "%02d/%d" % (m, y), "%02d-%02d" % (m, y % 100),
                       "%s %d" % (MONTHS[m - 1][:3].capitalize(), y), "%02d%02d" % (m, y % 100),
                       "%d/%02d" % (m, y % 100)])


def say_exp(m, y, rng, zeros):
    f = rng.choice(["num", "num", "month", "month2"])
    if f == "num":
        mm = (rng.choice(zeros) + " " + UNITS[m]) if m < 10 else num_words(m)
        yy = num_words(y % 100) if (y % 100) % 10 else say_single("%02d" % (y % 100), rng, zeros, 0)
        return mm + rng.choice([" ", " slash ", ", "]) + yy
    if f == "month":
        return MONTHS[m - 1] + " " + year_words(y, rng)
    return MONTHS[m - 1] + " " + num_words(y % 100) if (y % 100) % 10 else MONTHS[m - 1] + " " + year_words(y, rng)


# --------------------------------------------------------------------------
# validation / normalisation of spoken forms
# --------------------------------------------------------------------------
W_UNIT = {w: str(i) for i, w in enumerate(UNITS)}
W_UNIT.update({"oh": "0", "o": "0", "nought": "0", "naught": "0"})
W_TEEN = {w: str(10 + i) for i, w in enumerate(TEENS)}
W_TENS = {w: str(k) for k, w in TENS.items()}
FILLERS = {"um", "uh", "er", "erm", "hmm", "dash", "hyphen", "slash", "space",
           "and", "then"}
NATO_W = set(NATO.values()) | set(FOLK.values())


def norm_alnum(text, letters_ok=True):
    toks = re.findall(r"\+|\||[a-z0-9]+(?:-ray)?", text.lower())
    out, i = [], 0
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else ""
        if t == "|":
            i += 1
            continue
        if t in ("+", "plus"):
            out.append("+")
            i += 1
            continue
        if len(t) == 1 and t.isalpha() and nxt in ("for", "as"):
            j = i + 2
            if j < len(toks) and toks[j] == "in":
                j += 1
            if j < len(toks) and toks[j] in NATO_W and toks[j][0] == t:
                out.append(t.upper())
                i = j + 1
                continue
            raise ValueError("bad spelling near %r" % t)
        if t in ("double", "triple") and nxt in W_UNIT:
            out.append(W_UNIT[nxt] * (2 if t == "double" else 3))
            i += 2
            continue
        if t in W_UNIT and nxt == "hundred":
            v = int(W_UNIT[t]) * 100
            j = i + 2
            if j < len(toks) and toks[j] == "and":
                j += 1
            if j < len(toks) and toks[j] in W_TEEN:
                v += int(W_TEEN[toks[j]])
                j += 1
            elif j < len(toks) and toks[j] in W_TENS:
                v += int(W_TENS[toks[j]]) * 10
                j += 1
                if j < len(toks) and toks[j] in W_UNIT and toks[j] not in ("oh", "o", "zero", "nought"):
                    v += int(W_UNIT[toks[j]])
                    j += 1
            out.append("%03d" % v)
            i = j
            continue
        if t in W_TENS:
            if nxt in W_UNIT and nxt not in ("oh", "o", "zero", "nought"):
                out.append(W_TENS[t] + W_UNIT[nxt])
                i += 2
            else:
                out.append(W_TENS[t] + "0")
                i += 1
            continue
        if t in W_TEEN:
            out.append(W_TEEN[t])
            i += 1
            continue
        if t in W_UNIT:
            out.append(W_UNIT[t])
            i += 1
            continue
        if t in FILLERS:
            i += 1
            continue
        if re.fullmatch(r"[a-z0-9]+", t) and (t.isdigit() or len(t) <= 4 or any(c.isdigit() for c in t)):
            if not letters_ok and not t.isdigit():
                raise ValueError("letters in digit value: %r" % t)
            out.append(t.upper())
            i += 1
            continue
        raise ValueError("unknown token %r" % t)
    return "".join(out)


def norm_email(text):
    if "@" in text:
        return text.strip().lower()
    toks = re.findall(r"\||[a-z0-9]+(?:-ray)?", text.lower())
    out, i = [], 0
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else ""
        if t in ("|", "um", "uh", "er", "erm"):
            i += 1
        elif t == "at":
            out.append("@"); i += 1
        elif t in ("dot", "period", "point"):
            out.append("."); i += 1
        elif t == "underscore":
            out.append("_"); i += 1
        elif t in ("dash", "hyphen"):
            out.append("-"); i += 1
        elif len(t) == 1 and nxt in ("for", "as"):
            j = i + 2 + (1 if i + 2 < len(toks) and toks[i + 2] == "in" else 0)
            out.append(t); i = j + 1
        elif t in W_TENS:
            if nxt in W_UNIT and nxt not in ("o", "oh"):
                out.append(W_TENS[t] + W_UNIT[nxt]); i += 2
            else:
                out.append(W_TENS[t] + "0"); i += 1
        elif t in W_TEEN:
            out.append(W_TEEN[t]); i += 1
        elif t in W_UNIT and t not in ("o", "oh"):
            out.append(W_UNIT[t]); i += 1
        else:
            out.append(t); i += 1
    return "".join(out)


ORD_W = {w: i for i, w in enumerate(ORD) if w}
ORD_W["thirtieth"] = 30


def date_numbers(text):
    t = text.lower()
    t = re.sub(r"[/,.\-]", " | ", t)
    toks = re.findall(r"\||\d+(?:st|nd|rd|th)?|[a-z]+", t)
    nums, months, run = [], [], []

    def flush():
        if run:
            s = norm_alnum(" ".join(run), letters_ok=False)
            nums.append(int(s))
            if len(s) in (4, 6, 8):
                nums.extend(int(s[k:k + 2]) for k in range(0, len(s), 2))
            if len(s) in (6, 8):
                nums.append(int(s[-4:]))
            run.clear()
    i = 0
    while i < len(toks):
        x = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else ""
        if x in W_TENS and nxt in ORD_W:
            flush(); nums.append(int(W_TENS[x]) * 10 + ORD_W[nxt]); i += 2; continue
        if x in ORD_W:
            flush(); nums.append(ORD_W[x]); i += 1; continue
        mm = [k for k, mn in enumerate(MONTHS) if x == mn or (len(x) >= 3 and mn.startswith(x))]
        if mm and x not in ("mar",) or x == "mar":
            if mm:
                flush(); months.append(mm[0] + 1); i += 1; continue
        m = re.fullmatch(r"(\d+)(st|nd|rd|th)?", x)
        if m:
            flush(); s = m.group(1); nums.append(int(s))
            if len(s) in (4, 6, 8):
                nums.extend(int(s[k:k + 2]) for k in range(0, len(s), 2))
            if len(s) == 8:
                nums.append(int(s[:4])); nums.append(int(s[-4:]))
            i += 1; continue
        if x in ("|", "the", "of", "um", "uh", "er", "erm", "slash"):
            flush(); i += 1; continue
        if x in W_UNIT or x in W_TEEN or x in W_TENS or x in ("double", "hundred", "thousand", "and", "triple"):
            run.append(x); i += 1; continue
        raise ValueError("unknown date token %r" % x)
    flush()
    return nums, months


def norm_year_words(text):
    # "two thousand and three" -> handled here before generic parse
    return re.sub(r"two thousand(?: and)?(?: (\w+))?",
                  lambda m: "20" + ("%02d" % int(norm_alnum(m.group(1))) if m.group(1) else "00"),
                  text)


def validate_value(v, text):
    typ, c = v.typ, v.canon
    if typ in ("DOB", "EXPIRY"):
        nums, months = date_numbers(norm_year_words(text.lower()))
        d, m, y = c
        allm = months + nums
        assert m in allm, "month missing"
        assert y in nums or (y % 100) in nums, "year missing"
        if typ == "DOB":
            assert d in nums, "day missing"
        return
    if typ == "EMAIL":
        got = norm_email(text)
        assert got == c, (got, c)
        assert re.fullmatch(r"[a-z0-9._-]+@[a-z0-9-]+(\.[a-z0-9-]+)+", c)
        return
    if typ == "ADDRESS":
        assert re.match(r"(?i)(flat|apartment|apt|unit|suite)?\s*[\w]+", text)
        assert re.search(r"\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)\b", text.lower()), "no number"
        assert re.search(r"(?i)(road|street|lane|avenue|close|grove|crescent|terrace|way|drive|walk|boulevard|court|queensway|trá|park|rd|st|ave)\.?$", text), "no street suffix: " + text
        return
    got = norm_alnum(text, letters_ok=typ in ("NI_NUMBER", "IBAN", "POSTCODE"))
    if v.frag == "last4":
        assert got == c[-4:], (got, c)
        return
    if v.frag == "prefix":
        assert c.startswith(got) or got.isdigit(), (got, c)
        return
    assert got == c, (typ, got, c, text)
    if typ == "CARD_NUMBER":
        assert 13 <= len(c) <= 19 and c.isdigit() and luhn_ok(c)
    elif typ == "CVV":
        assert re.fullmatch(r"\d{3,4}", c)
    elif typ == "SSN":
        assert re.fullmatch(r"\d{9}", c) and c[:3] not in ("000", "666") and c[0] != "9"
    elif typ == "NI_NUMBER":
        assert re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", c)
    elif typ == "BANK_ACCOUNT":
        assert re.fullmatch(r"\d{8,12}", c)
    elif typ == "SORT_CODE":
        assert re.fullmatch(r"\d{6}", c)
    elif typ == "IBAN":
        assert re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{11,30}", c) and iban_valid(c)
    elif typ == "PHONE":
        assert re.fullmatch(r"\+?\d{10,13}", c)
        if c.startswith("+"):
            assert c[1:].startswith(("1", "44", "353", "49", "33"))
    elif typ == "POSTCODE":
        assert re.fullmatch(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}|\d{5}(\d{4})?", c), c


# --------------------------------------------------------------------------
# scenarios (positive)
# --------------------------------------------------------------------------
BACK = ["mhm", "go on", "yep", "okay", "uh huh", "right", "yeah", "got that", "and the rest?"]
ORGS = {"banking": ["Northgate Bank", "Harbour Credit Union"], "telecom": ["Veltel Mobile", "Skyline Broadband"],
        "utilities": ["BrightGrid Energy", "Anglian Water Services"], "retail": ["Homestead Direct", "Kelso & Finch"],
        "insurance": ["Shieldwise Insurance", "Beacon Mutual"], "travel": ["Aerlinia", "Coastline Rail"],
        "healthcare billing": ["St Brigid's Billing", "MedPay Services"], "government services": ["the council tax office", "the benefits helpline"]}


def org(rng):
    ind = rng.choice(sorted(ORGS))
    return ind, rng.choice(ORGS[ind])


def fcard_typed(c, rng):
    g = card_groups(c)
    f = rng.choice(["space", "dash", "none", "odd", "space", "dots"])
    if f == "space":
        return " ".join(g)
    if f == "dash":
        return "-".join(g)
    if f == "dots":
        return ".".join(g)
    if f == "odd":
        k = rng.randint(3, 6)
        return c[:k] + " " + c[k:k + 5] + " " + c[k + 5:]
    return c


def z_for(rng):
    return rng.choice([ZEROS_UK, ZEROS_US])


def sc_card_chat(rng):
    ind, o = org(rng)
    c = gen_card(rng)
    C = Case("positive", "typed chat: card number with odd formatting (%s)" % ind)
    C.say("agent", "Hi, thanks for contacting %s. How can I help?" % o)
    lab = rng.choice(["card no: ", "Card number - ", "my card is ", "CC#", "card: ", "its ", "long number on card = "])
    v = C.val("CARD_NUMBER", c)
    segs = [rng.choice(["want to pay the bill, ", "pls update payment ", "hi ", ""]) + lab, P(v, fcard_typed(c, rng))]
    if rng.random() < 0.6:
        m, y = gen_expiry(rng)
        e = C.val("EXPIRY", (0, m, y))
        segs += [rng.choice([" exp ", " expires ", ", exp date: ", " valid thru "]), P(e, fmt_exp_typed(m, y, rng))]
    if rng.random() < 0.5:
        cv = digits(rng, 4 if len(c) == 15 else 3)
        w = C.val("CVV", cv)
        segs += [rng.choice([" cvv ", " CVC: ", " security code ", " sec code "]), P(w, cv)]
    C.say("customer", *segs)
    C.say("agent", "Thanks, I've taken that payment of £%d.%02d for you." % (rng.randint(5, 400), rng.randint(0, 99)))
    return C


def sc_card_asr(rng):
    ind, o = org(rng)
    z = z_for(rng)
    c = gen_card(rng)
    C = Case("positive", "asr: full card read in one go, expiry and cvv follow (%s)" % ind)
    C.say("agent", "okay and what's the long number on the front of the card")
    v = C.val("CARD_NUMBER", c)
    C.say("customer", rng.choice(["yeah it's ", "okay so ", "right it's ", "", "um it's "]), P(v, say_groups(card_groups(c), rng, z, fill=0.25)))
    C.say("agent", rng.choice(["lovely and the expiry date", "and when does it expire", "thank you and the expiry please"]))
    m, y = gen_expiry(rng)
    e = C.val("EXPIRY", (0, m, y))
    C.say("customer", rng.choice(["", "it's ", "expires ", "uh "]), P(e, say_exp(m, y, rng, z)))
    C.say("agent", "and the %s on the back" % rng.choice(["three digit code", "security number", "last three digits in the signature strip", "cvv"]))
    cv = digits(rng, 3)
    w = C.val("CVV", cv)
    C.say("customer", rng.choice(["", "it's ", "that's "]), P(w, say_single(cv, rng, z, 0.3)))
    return C


def sc_card_split(rng):
    ind, o = org(rng)
    z = z_for(rng)
    c = gen_card(rng)
    C = Case("positive", "asr: card number split over customer turns with agent back-channels (%s)" % ind)
    C.say("agent", "can i take the card number when you're ready")
    v = C.val("CARD_NUMBER", c)
    g = card_groups(c)
    C.say("customer", rng.choice(["okay so it's ", "right ", "yeah ", ""]), P(v, say_group(g[0], rng, z)))
    for k, grp in enumerate(g[1:]):
        C.say("agent", rng.choice(BACK))
        pre = rng.choice(["", "", "then ", "um ", "and "])
        C.say("customer", pre, P(v, say_group(grp, rng, z)) if not pre.startswith("um") else P(v, say_group(grp, rng, z)))
    C.say("agent", rng.choice(["perfect thank you", "lovely", "okay got it"]))
    return C


def sc_card_readback(rng):
    ind, o = org(rng)
    z = z_for(rng)
    c = gen_card(rng)
    C = Case("positive", "asr: card read by customer then read back by agent (%s)" % ind)
    C.say("agent", "what card would you like to use today")
    v = C.val("CARD_NUMBER", c)
    C.say("customer", "the visa debit " + rng.choice(["it's ", "number is ", "so "]), P(v, say_groups(card_groups(c), rng, z, fill=0.2)))
    v2 = C.val("CARD_NUMBER", c)
    C.say("agent", rng.choice(["let me just read that back ", "so that's ", "okay i have "]), P(v2, say_groups(card_groups(c), rng, z)), rng.choice([" is that right", " yeah", " correct"]))
    C.say("customer", rng.choice(["yes that's it", "yep", "that's correct"]))
    if rng.random() < 0.5:
        v3 = C.val("CARD_NUMBER", c, frag="last4")
        C.say("agent", "great so the card ending ", P(v3, say_single(c[-4:], rng, z, 0.3)), " will be charged %s pounds" % num_words(rng.randint(11, 99)))
    return C


def sc_card_correction(rng):
    ind, o = org(rng)
    z = z_for(rng)
    c = gen_card(rng)
    C = Case("positive", "asr: restarted card reading after a mistake; aborted fragment labelled too (%s)" % ind)
    g = card_groups(c)
    wrong = g[0] + g[1][:2] + str((int(g[1][2]) + 3) % 10) + g[1][3:]
    fr = C.val("CARD_NUMBER", wrong, frag="prefix")
    v = C.val("CARD_NUMBER", c)
    C.say("customer", rng.choice(["okay it's ", "so the number's "]), P(fr, say_groups([wrong[:4], wrong[4:8]], rng, z)),
          rng.choice([" no wait sorry i've gone wrong let me start again ", "... no hang on that's not right, from the top, ", " sorry no. again. "]),
          P(v, say_groups(g, rng, z, fill=0.2)))
    C.say("agent", rng.choice(["no problem", "okay thank you", "that's fine, got it"]))
    return C


def sc_card_aside(rng):
    ind, o = org(rng)
    z = z_for(rng)
    c = gen_card(rng)
    g = card_groups(c)
    C = Case("positive", "asr: aside in the middle of a card reading (%s)" % ind)
    v = C.val("CARD_NUMBER", c)
    h = len(g) // 2
    C.say("customer", "it's ", P(v, say_groups(g[:h], rng, z)),
          rng.choice([" hang on i can't see the numbers the light's rubbish in here okay ", " sorry my glasses, right, ", " [kid shouting] sorry one sec, ", " hold on the dog's barking, um, "]),
          P(v, say_groups(g[h:], rng, z)))
    C.say("agent", "thank you")
    return C


def sc_card_email(rng):
    ind, o = org(rng)
    c = gen_card(rng)
    C = Case("positive", "email: card in body plus later 'ending' mention of the same card (%s)" % ind)
    v = C.val("CARD_NUMBER", c)
    v2 = C.val("CARD_NUMBER", c, frag="last4")
    nm = rng.choice(FIRST).capitalize()
    C.say("customer", "Hello,\nPlease charge the renewal to my %s card, thanks. The card: " % rng.choice(["new", "debit", "credit"]), P(v, fcard_typed(c, rng)),
          ".\nJust to confirm, charge the card ending ", P(v2, c[-4:]), ".\nRegards, " + nm)
    C.say("agent", "Dear %s, thank you, your renewal has been processed." % nm)
    return C


def sc_card_amex_nato(rng):
    z = z_for(rng)
    c = gen_card(rng, rng.choice(["amex", "visa13", "maestro19"]))
    C = Case("positive", "asr: non-16-digit card (%d digits) read with hundreds/pairs" % len(c))
    v = C.val("CARD_NUMBER", c)
    C.say("agent", "and the card number please")
    C.say("customer", (rng.choice(["it's an amex so it's a bit different ", "okay amex, "]) if len(c) == 15 else rng.choice(["okay ", "it's one of those odd length ones ", "right so "])),
          P(v, say_groups(card_groups(c), rng, z, fill=0.3, mode=rng.choice([None, "pairs", "hund"]))))
    if len(c) == 15 and rng.random() < 0.7:
        cv = digits(rng, 4)
        w = C.val("CVV", cv)
        C.say("agent", "and the four digit code on the front")
        C.say("customer", P(w, say_group(cv, rng, z)))
    return C


def sc_card_upper(rng):
    c = gen_card(rng)
    C = Case("positive", "typed chat: card pasted with label typo and caps")
    v = C.val("CARD_NUMBER", c)
    m, y = gen_expiry(rng)
    e = C.val("EXPIRY", (0, m, y))
    C.say("customer", rng.choice(["CRAD NUMBER ", "Card Nmber: ", "CARD NO. ", "cardnum="]), P(v, fcard_typed(c, rng)),
          rng.choice([" EXP ", " exipry ", " / "]), P(e, fmt_exp_typed(m, y, rng)))
    C.say("agent", "Thank you. For security please don't send the security code in chat.")
    return C


def ssn_typed(s, rng):
    return rng.choice([s[:3] + "-" + s[3:5] + "-" + s[5:], s[:3] + " " + s[3:5] + " " + s[5:], s, s[:3] + "." + s[3:5] + "." + s[5:]])


def sc_ssn_chat(rng):
    s = gen_ssn(rng)
    ind, o = org(rng)
    C = Case("positive", "typed: US SSN with label (%s)" % ind)
    v = C.val("SSN", s)
    C.say("agent", "To verify your identity I'll need your Social Security number.")
    C.say("customer", rng.choice(["SSN: ", "ssn is ", "social ", "Its ", "SS# ", "soc sec no "]), P(v, ssn_typed(s, rng)),
          rng.choice(["", " thx", ". Is this secure?"]))
    return C


def sc_ssn_asr(rng):
    s = gen_ssn(rng)
    C = Case("positive", "asr: SSN spoken in 3-2-4 with fillers, optional read-back")
    v = C.val("SSN", s)
    C.say("agent", "can you confirm your social security number")
    C.say("customer", rng.choice(["sure it's ", "yeah ", "uh ", "okay "]), P(v, say_groups([s[:3], s[3:5], s[5:]], rng, ZEROS_US, fill=0.35)))
    if rng.random() < 0.5:
        v2 = C.val("SSN", s)
        C.say("agent", "thanks, i have ", P(v2, say_groups([s[:3], s[3:5], s[5:]], rng, ZEROS_US)), " ")
        C.say("customer", "correct")
    return C


def sc_ssn_split(rng):
    s = gen_ssn(rng)
    C = Case("positive", "asr: SSN split across turns with back-channels")
    v = C.val("SSN", s)
    C.say("agent", "and your social please")
    C.say("customer", P(v, say_group(s[:3], rng, ZEROS_US)))
    C.say("agent", rng.choice(BACK))
    C.say("customer", P(v, say_group(s[3:5], rng, ZEROS_US)))
    C.say("agent", rng.choice(BACK))
    C.say("customer", rng.choice(["", "then "]), P(v, say_group(s[5:], rng, ZEROS_US)))
    return C


def sc_ssn_correct(rng):
    s = gen_ssn(rng)
    C = Case("positive", "asr: SSN with mid-reading correction")
    wrong = s[:3] + str((int(s[3]) + 1) % 10) + s[4]
    fr = C.val("SSN", wrong, frag="prefix")
    v = C.val("SSN", s)
    C.say("customer", "my social's ", P(fr, say_groups([wrong[:3], wrong[3:]], rng, ZEROS_US)),
          rng.choice([" no wait i flipped those, it's ", " sorry, scratch that, ", " uh no, "]), P(v, say_groups([s[:3], s[3:5], s[5:]], rng, ZEROS_US)))
    C.say("agent", "okay thank you")
    return C


def ni_typed(n, rng):
    f = rng.choice(["sp", "none", "low", "sp2"])
    if f == "sp":
        return "%s %s %s %s %s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8])
    if f == "low":
        return n.lower()
    if f == "sp2":
        return n[:2] + " " + n[2:8] + " " + n[8]
    return n


def say_ni(n, rng, z):
    lets = " ".join(say_letter(ch, rng, 0.5) for ch in n[:2])
    nums = say_groups([n[2:4], n[4:6], n[6:8]], rng, z) if rng.random() < 0.6 else say_single(n[2:8], rng, z)
    return lets + rng.choice([" ", ", "]) + nums + rng.choice([" ", ", "]) + say_letter(n[8], rng, 0.5)


def sc_ni_chat(rng):
    n = gen_ni(rng)
    ind, o = org(rng)
    C = Case("positive", "typed: UK NI number (%s)" % ind)
    v = C.val("NI_NUMBER", n)
    C.say("customer", rng.choice(["NI no: ", "my national insurance is ", "NINO ", "N.I. number - ", "ni "]), P(v, ni_typed(n, rng)))
    C.say("agent", "Thanks, I've found your record.")
    return C


def sc_ni_asr(rng):
    n = gen_ni(rng)
    C = Case("positive", "asr: NI number with NATO/letter spelling, optional read-back")
    v = C.val("NI_NUMBER", n)
    C.say("agent", "can i take your national insurance number")
    C.say("customer", rng.choice(["yeah it's ", "", "erm ", "right "]), P(v, say_ni(n, rng, ZEROS_UK)))
    if rng.random() < 0.5:
        v2 = C.val("NI_NUMBER", n)
        C.say("agent", "so ", P(v2, say_ni(n, rng, ZEROS_UK)), rng.choice([" yes", ""]))
        C.say("customer", "that's it")
    return C


def sc_ni_split(rng):
    n = gen_ni(rng)
    C = Case("positive", "asr: NI number split letters / digits / suffix across turns")
    v = C.val("NI_NUMBER", n)
    C.say("customer", "it starts ", P(v, " ".join(say_letter(ch, rng, 0.7) for ch in n[:2])))
    C.say("agent", rng.choice(BACK))
    C.say("customer", P(v, say_groups([n[2:4], n[4:6], n[6:8]], rng, ZEROS_UK, fill=0.3)))
    C.say("agent", rng.choice(["and the letter at the end", "and the last letter"]))
    C.say("customer", P(v, say_letter(n[8], rng, 0.6)))
    return C


def sc_bank(rng):
    acct = digits(rng, 8)
    sc = digits(rng, 6)
    C = Case("positive", "typed: UK sort code and account number")
    a = C.val("BANK_ACCOUNT", acct)
    s = C.val("SORT_CODE", sc)
    C.say("customer", rng.choice(["sort code ", "S/C: ", "sortcode "]), P(s, rng.choice([sc[:2] + "-" + sc[2:4] + "-" + sc[4:], sc, sc[:2] + " " + sc[2:4] + " " + sc[4:]])),
          rng.choice([" acct no: ", ", account ", " a/c "]), P(a, rng.choice([acct, acct[:4] + " " + acct[4:]])))
    C.say("agent", "Thanks, the direct debit will start next month.")
    return C


def sc_bank_asr(rng):
    acct = digits(rng, 8)
    sc = digits(rng, 6)
    C = Case("positive", "asr: sort code as pairs, account number with doubles; agent read-back")
    s = C.val("SORT_CODE", sc)
    a = C.val("BANK_ACCOUNT", acct)
    C.say("agent", "what's the sort code")
    C.say("customer", P(s, say_groups([sc[:2], sc[2:4], sc[4:]], rng, ZEROS_UK, mode=rng.choice(["pairs", "single"]))))
    C.say("agent", "and the account number")
    C.say("customer", rng.choice(["it's ", "um ", ""]), P(a, say_groups([acct[:4], acct[4:]], rng, ZEROS_UK, fill=0.3)))
    if rng.random() < 0.6:
        a2 = C.val("BANK_ACCOUNT", acct)
        C.say("agent", "so account ", P(a2, say_single(acct, rng, ZEROS_UK)), " okay")
    return C


def sc_bank_us(rng):
    acct = digits(rng, rng.choice([10, 11, 12]))
    C = Case("positive", "typed: US checking account number")
    a = C.val("BANK_ACCOUNT", acct)
    C.say("customer", rng.choice(["checking acct # ", "account number: ", "Acct: "]), P(a, acct))
    C.say("agent", "Got it, autopay is now set up.")
    return C


def iban_typed(i, rng):
    g = " ".join(i[k:k + 4] for k in range(0, len(i), 4))
    return rng.choice([g, i, i.lower(), g.lower()])


def sc_iban(rng):
    i = gen_iban(rng)
    C = Case("positive", "typed: IBAN for refund (%s)" % i[:2])
    v = C.val("IBAN", i)
    C.say("agent", "Please send the IBAN for the refund.")
    C.say("customer", rng.choice(["IBAN: ", "iban ", "Here it is ", "my IBAN is "]), P(v, iban_typed(i, rng)), rng.choice(["", " bic to follow", "."]))
    return C


def sc_iban_asr(rng):
    i = gen_iban(rng)
    C = Case("positive", "asr: IBAN spelt out, split over two turns")
    v = C.val("IBAN", i)
    lets = lambda s: " ".join(say_letter(ch, rng, 0.6) if ch.isalpha() else say_single(ch, rng, ZEROS_UK, 0) for ch in s)
    C.say("customer", "okay the iban is ", P(v, lets(i[:4]) + " " + lets(i[4:8])))
    C.say("agent", rng.choice(BACK))
    rest = [i[k:k + 4] for k in range(8, len(i), 4)]
    C.say("customer", P(v, ", ".join(lets(r) if any(ch.isalpha() for ch in r) else say_group(r, rng, ZEROS_UK) for r in rest)))
    return C


def sc_phone(rng):
    d, groups, fmt = gen_phone(rng)
    C = Case("positive", "typed: phone number (%s)" % ("intl" if d.startswith("+") else "national"))
    v = C.val("PHONE", d)
    C.say("customer", rng.choice(["best number to reach me: ", "mob ", "tel: ", "call me on ", "Phone # ", "new number is "]), P(v, fmt.format(*groups)), rng.choice(["", " after 5pm", " thanks"]))
    C.say("agent", "Noted, I've updated your contact details.")
    return C


def sc_phone_asr(rng):
    d, groups, fmt = gen_phone(rng)
    z = ZEROS_US if d.startswith("+1") or len(d) == 10 and not d.startswith("0") else ZEROS_UK
    C = Case("positive", "asr: phone number spoken with doubles/fillers, %s" % ("intl" if d.startswith("+") else "national"))
    v = C.val("PHONE", d)
    C.say("agent", "and a contact number")
    C.say("customer", rng.choice(["yeah it's ", "my mobile is ", "", "best one is "]), P(v, say_phone(d, groups, rng, z, 0.3)))
    if rng.random() < 0.5:
        v2 = C.val("PHONE", d)
        C.say("agent", "so that's ", P(v2, say_phone(d, groups, rng, z)))
        C.say("customer", "yep")
    return C


def sc_phone_split(rng):
    d, groups, fmt = gen_phone(rng)
    z = ZEROS_UK
    C = Case("positive", "asr: phone split over turns")
    v = C.val("PHONE", d)
    C.say("customer", "it's ", P(v, say_phone(d, groups[:2], rng, z)))
    C.say("agent", rng.choice(BACK))
    C.say("customer", P(v, say_phone(d, groups[2:], rng, z)))
    return C


def sc_email(rng):
    e = gen_email(rng)
    C = Case("positive", "typed: email address")
    v = C.val("EMAIL", e)
    shown = e if rng.random() < 0.7 else e.upper() if rng.random() < 0.5 else e.capitalize()
    v.canon = e
    C.say("customer", rng.choice(["email: ", "you can reach me at ", "send it to ", "my email is "]), P(v, shown), rng.choice(["", " pls", "."]))
    C.say("agent", "I've sent the confirmation there now.")
    return C


def sc_email_asr(rng):
    e = gen_email(rng)
    C = Case("positive", "asr: email spoken with dot/at/underscore and letter spelling")
    v = C.val("EMAIL", e)
    C.say("agent", "what's the best email address")
    C.say("customer", rng.choice(["it's ", "yeah so it's ", "um "]), P(v, say_email(e, rng)))
    if rng.random() < 0.4:
        v2 = C.val("EMAIL", e)
        C.say("agent", "so ", P(v2, say_email(e, rng)), "?")
        C.say("customer", "spot on")
    return C


def sc_dob(rng):
    d, m, y = gen_date(rng)
    us = rng.random() < 0.4
    C = Case("positive", "typed/asr: date of birth (%s)" % ("US" if us else "UK/IE"))
    v = C.val("DOB", (d, m, y))
    C.say("agent", rng.choice(["Can you confirm your date of birth?", "and your date of birth please"]))
    if rng.random() < 0.5:
        C.say("customer", rng.choice(["DOB ", "", "born ", "its "]), P(v, fmt_dob_typed(d, m, y, rng, us)))
    else:
        C.say("customer", rng.choice(["yeah it's ", "", "uh "]), P(v, say_dob(d, m, y, rng, us)))
    return C


def say_pc(pc, rng):
    out, z = [], ZEROS_UK
    for ch in pc:
        if ch.isalpha():
            out.append(say_letter(ch, rng, 0.35))
        else:
            out.append(dword(ch, rng, z))
    s = " ".join(out)
    return s


def sc_postcode(rng):
    C = Case("positive", "postcode / ZIP")
    if rng.random() < 0.6:
        pc = gen_uk_postcode(rng)
        v = C.val("POSTCODE", pc)
        C.say("agent", "what's the postcode at the property")
        C.say("customer", rng.choice(["it's ", "", "yeah "]), P(v, rng.choice([fmt_pc(pc), pc.lower(), say_pc(pc, rng), say_pc(pc, rng)])))
    else:
        zp = gen_zip(rng, rng.random() < 0.3)
        v = C.val("POSTCODE", zp)
        C.say("agent", "and the zip code")
        txt = zp if len(zp) == 5 else zp[:5] + "-" + zp[5:]
        if rng.random() < 0.5:
            v.canon = zp[:5]
            txt = say_single(zp[:5], rng, ZEROS_US)
        C.say("customer", rng.choice(["zip is ", "", "it's "]), P(v, txt))
    return C


def sc_address(rng):
    C = Case("positive", "address with town and postcode as separate spans")
    r = rng.random()
    if r < 0.45:
        street = rng.choice(STREETS_UK)
        n = rng.randint(1, 240)
        pc = gen_uk_postcode(rng)
        a = C.val("ADDRESS", None)
        p = C.val("POSTCODE", pc)
        flat = rng.random() < 0.4
        if rng.random() < 0.5:
            txt = ("Flat %d, " % rng.randint(1, 30) if flat else "") + "%d %s" % (n, street)
            C.say("customer", "New address: ", P(a, txt), ", %s, " % rng.choice(TOWNS_UK), P(p, fmt_pc(pc)))
        else:
            txt = ("flat %s " % num_words(rng.randint(1, 30)) if flat else "") + "%s %s" % (num_words(n % 100 or 7), street.lower())
            C.say("customer", "it's ", P(a, txt), " in %s, " % rng.choice(TOWNS_UK).lower(), P(p, say_pc(pc, rng)))
    elif r < 0.8:
        street = rng.choice(STREETS_US)
        n = rng.randint(10, 9800)
        zp = gen_zip(rng)
        town, st = rng.choice(TOWNS_US)
        a = C.val("ADDRESS", None)
        p = C.val("POSTCODE", zp)
        apt = rng.random() < 0.3
        txt = "%d %s" % (n, street) + (", Apt %d" % rng.randint(1, 40) if apt else "")
        if apt:
            txt = "Apt %d, %d %s" % (rng.randint(1, 40), n, street)
        C.say("customer", rng.choice(["ship to ", "address is ", "billing: "]), P(a, txt), ", %s, %s " % (town, st), P(p, zp))
    else:
        street = rng.choice(STREETS_IE)
        a = C.val("ADDRESS", None)
        txt = "%d %s" % (rng.randint(1, 120), street)
        C.say("customer", "I'm at ", P(a, txt), ", %s" % rng.choice(TOWNS_IE))
    C.say("agent", rng.choice(["Thanks, that's updated.", "lovely thank you", "Great, your parcel will go there."]))
    return C


def sc_verify_mix(rng):
    """Identity check mixing several types in one call."""
    ind, o = org(rng)
    C = Case("positive", "asr: identity verification with DOB, postcode, phone (%s)" % ind)
    d, m, y = gen_date(rng)
    dv = C.val("DOB", (d, m, y))
    pc = gen_uk_postcode(rng)
    pv = C.val("POSTCODE", pc)
    C.say("agent", "thanks for calling %s, can i start with your date of birth" % o.lower())
    C.say("customer", "yeah it's ", P(dv, say_dob(d, m, y, rng)))
    C.say("agent", "and the first line of the address and postcode")
    a = C.val("ADDRESS", None)
    C.say("customer", P(a, "%s %s" % (num_words(rng.randint(2, 99)), rng.choice(STREETS_UK).lower())), ", ", P(pv, say_pc(pc, rng)))
    if rng.random() < 0.6:
        dph, groups, fmt = gen_phone(rng)
        ph = C.val("PHONE", dph)
        C.say("agent", "and is ", P(ph, say_phone(dph, groups, rng, ZEROS_UK)), " still the best number")
        C.say("customer", "yes")
    return C


def sc_ssn_dob_us(rng):
    s = gen_ssn(rng)
    d, m, y = gen_date(rng)
    zp = gen_zip(rng)
    C = Case("positive", "asr: US healthcare billing verification, SSN + DOB + ZIP")
    v = C.val("SSN", s)
    dv = C.val("DOB", (d, m, y))
    zv = C.val("POSTCODE", zp)
    C.say("agent", "for the billing account i need the patient's date of birth")
    C.say("customer", P(dv, say_dob(d, m, y, rng, True)))
    C.say("agent", "and their social")
    C.say("customer", "oh gosh hang on ... okay ", P(v, say_groups([s[:3], s[3:5], s[5:]], rng, ZEROS_US, fill=0.3)))
    C.say("agent", "and the zip on file")
    C.say("customer", P(zv, say_single(zp, rng, ZEROS_US)))
    return C


def sc_ni_dob_gov(rng):
    n = gen_ni(rng)
    d, m, y = gen_date(rng)
    C = Case("positive", "typed: government services web chat with NI + DOB")
    v = C.val("NI_NUMBER", n)
    dv = C.val("DOB", (d, m, y))
    C.say("customer", "hi my claim hasn't been paid. NI ", P(v, ni_typed(n, rng)), ", date of birth ", P(dv, fmt_dob_typed(d, m, y, rng)))
    C.say("agent", "Thanks, I can see the claim; it's with a decision maker.")
    return C


POS = [(sc_card_chat, 13), (sc_card_asr, 13), (sc_card_split, 9), (sc_card_readback, 8), (sc_card_correction, 6),
       (sc_card_aside, 6), (sc_card_email, 5), (sc_card_amex_nato, 7), (sc_card_upper, 5),
       (sc_ssn_chat, 10), (sc_ssn_asr, 9), (sc_ssn_split, 6), (sc_ssn_correct, 4), (sc_ssn_dob_us, 5),
       (sc_ni_chat, 10), (sc_ni_asr, 10), (sc_ni_split, 6), (sc_ni_dob_gov, 6),
       (sc_bank, 7), (sc_bank_asr, 7), (sc_bank_us, 4), (sc_iban, 9), (sc_iban_asr, 6),
       (sc_phone, 9), (sc_phone_asr, 9), (sc_phone_split, 4), (sc_email, 8), (sc_email_asr, 8),
       (sc_dob, 10), (sc_postcode, 10), (sc_address, 12), (sc_verify_mix, 8)]

# --------------------------------------------------------------------------
# scenarios (negative): nothing in these is PII
# --------------------------------------------------------------------------


def neg(note, *turns):
    C = Case("negative", note)
    for spk, txt in turns:
        C.say(spk, txt)
    return C


def n_order_card_like(rng):
    x = gen_card(rng, "visa")
    return neg("order number spoken like a card reading (Luhn-valid, but labelled order)",
               ("agent", "have you got the order number there"),
               ("customer", "yeah the order number is " + say_groups(card_groups(x), rng, ZEROS_UK, fill=0.2)),
               ("agent", "thank you, i can see that order, it was dispatched %s" % rng.choice(["yesterday", "on monday", "this morning"])))


def n_tracking(rng):
    t = rng.choice(["1Z" + digits(rng, 3) + "AA1" + digits(rng, 10), "JD" + digits(rng, 16), digits(rng, 22), "RM" + digits(rng, 9) + "GB"])
    return neg("tracking number with its label", ("customer", "Tracking no: %s still says in transit after %d days" % (t, rng.randint(3, 12))),
               ("agent", "Sorry about that, I've raised a trace with the courier."))


def n_last4(rng):
    l4 = digits(rng, 4)
    z = z_for(rng)
    return neg("card last-four only (PCI allows)", ("agent", "is that the card ending " + say_single(l4, rng, z, 0.3) + "?"),
               ("customer", "yes the one ending in %s" % rng.choice([l4, say_single(l4, rng, z)])),
               ("agent", "great, the payment of %s pounds %s has gone through" % (num_words(rng.randint(20, 99)), num_words(rng.randint(1, 99)))))


def n_amounts(rng):
    return neg("balances, amounts and percentages", ("customer", "why is my balance £%s,%03d.%02d when I paid $%d.%02d last week?" % (rng.randint(1, 9), rng.randint(0, 999), rng.randint(0, 99), rng.randint(100, 999), rng.randint(0, 99))),
               ("agent", "There was an interest charge of %d.%d%% APR and a late fee of £%d." % (rng.randint(10, 39), rng.randint(0, 9), rng.randint(12, 25))))


def n_spoken_amount(rng):
    return neg("spoken amounts with hundreds/thousands", ("agent", "so the outstanding amount is %s hundred and %s pounds and %s pence" % (UNITS[rng.randint(1, 9)], num_words(rng.randint(11, 99)), num_words(rng.randint(1, 99)))),
               ("customer", "and if i pay %s pounds a month how long will that take" % num_words(rng.randint(20, 90))), ("agent", "about %s months" % num_words(rng.randint(4, 30))))


def n_ticket(rng):
    lab = rng.choice(["ticket", "incident", "case", "complaint reference", "claim number", "invoice no.", "policy number", "ref"])
    val = rng.choice([digits(rng, 10), "INC" + digits(rng, 7), digits(rng, 4) + "-" + digits(rng, 4) + "-" + digits(rng, 4), "CLM-" + digits(rng, 9), "POL" + digits(rng, 8)])
    return neg("labelled reference number (%s)" % lab, ("agent", "Your %s is %s, please quote it if you get back in touch." % (lab, val)), ("customer", "ok thanks"))


def n_ref_spoken(rng):
    r = digits(rng, rng.choice([9, 11, 16]))
    lab = rng.choice(["policy number", "claim reference", "booking reference", "customer reference", "account reference on the bill"])
    return neg("long digit string spoken like a reading, labelled %s" % lab,
               ("agent", "can you read me the %s" % lab),
               ("customer", say_groups(split_groups(r, [3, 3, 3, 3, 4]), rng, ZEROS_UK, fill=0.2)),
               ("agent", "thanks that's the %s i needed" % lab))


def n_meter(rng):
    return neg("meter readings and serials", ("customer", "meter reading today is %s, meter serial %s" % (digits(rng, 5), "E" + digits(rng, 2) + "Z" + digits(rng, 6))),
               ("agent", "thanks that's %d kilowatt hours since the last reading on the %s" % (rng.randint(100, 999), ord_suffix(rng.randint(1, 28)))))


def n_meter_spoken(rng):
    m = digits(rng, 6)
    return neg("meter reading spoken digit by digit", ("agent", "what does the meter say"),
               ("customer", "okay the reading is " + say_single(m, rng, ZEROS_UK)), ("agent", "and is the red number after the point a " + UNITS[rng.randint(1, 9)]), ("customer", "yeah"))


def n_flight(rng):
    return neg("flight / seat / gate / terminal", ("customer", "I'm on flight %s%d on %s %s, seat %d%s, but gate %s changed?" % (rng.choice(["BA", "EI", "FR", "UA", "LH"]), rng.randint(100, 9999), rng.choice(MONTHS).capitalize(), ord_suffix(rng.randint(1, 28)), rng.randint(1, 45), rng.choice("ABCDEF"), rng.choice(["B42", "12", "A7"]))),
               ("agent", "Yes it now departs from gate %d at %02d:%02d." % (rng.randint(1, 60), rng.randint(5, 22), rng.choice([0, 15, 30, 45]))))


def n_hours(rng):
    return neg("opening hours, times and durations", ("agent", "we're open %s am till %s pm monday to friday, and the wait's about %s minutes" % (num_words(rng.randint(7, 9)), num_words(rng.randint(5, 8)), num_words(rng.randint(5, 45)))),
               ("customer", "i've already been on hold for an hour and %s minutes" % num_words(rng.randint(5, 55))))


def n_appointment(rng):
    d, m, y = gen_date(rng, 2025, 2027)
    return neg("appointment / payment / contract dates (not DOB)", ("agent", "Your engineer appointment is %s %s %s between 8 and 12." % (ORD[min(d, 20)].capitalize() if d <= 20 else ord_suffix(d), MONTHS[m - 1], y)),
               ("customer", "and my contract ends %02d/%02d/%d right? next payment due on the %s" % (rng.randint(1, 28), rng.randint(1, 12), rng.randint(2026, 2029), ord_suffix(rng.randint(1, 28)))))


def n_age_temp(rng):
    return neg("ages, temperatures, counts, years", ("customer", "my mum's %s and the heating's been off since %d, it's %s degrees in here" % (num_words(rng.randint(60, 99)), rng.randint(2019, 2025), num_words(rng.randint(2, 14)))),
               ("agent", "I'm sorry, we've got %d engineers out and I'll flag it as priority." % rng.randint(3, 40)))


def n_serial(rng):
    return neg("model and serial numbers", ("customer", "the boiler is a model %s serial number %s" % (rng.choice(["WB-24Ci", "GX 3000", "Q9-550"]), digits(rng, 4) + "-" + digits(rng, 4) + "-" + digits(rng, 4) + "-" + digits(rng, 4))),
               ("agent", "thanks that model is still under warranty"))


def n_imei(rng):
    imei = gen_card(rng, "visa")[:14]
    imei += next(d for d in "0123456789" if luhn_ok(imei + d))
    return neg("IMEI (15-digit Luhn-valid) labelled as IMEI", ("customer", "IMEI %s, the handset won't connect" % imei), ("agent", "Thanks, the IMEI isn't blocked. Let's try a network reset."))


def n_roads(rng):
    return neg("road names without house numbers", ("customer", "there's a burst main on %s near the junction with the %s" % (rng.choice(STREETS_UK), rng.choice(["A40", "M25", "B1234", "N11"]))),
               ("agent", "Thanks, we have a crew on %s already." % rng.choice(STREETS_UK)))


def n_room(rng):
    return neg("hotel room, booking and floor numbers", ("customer", "we're in room %d on the %s floor, booking %s" % (rng.randint(100, 950), rng.choice(["third", "fifth", "twelfth"]), "BK" + digits(rng, 8))),
               ("agent", "I've moved you to room %d." % rng.randint(100, 950)))


def n_sixdigit(rng):
    return neg("six-digit numbers that are not sort codes (OTP, PIN reset code)", ("agent", "I've sent a one-time passcode; can you read it back?"),
               ("customer", say_groups([digits(rng, 2), digits(rng, 2), digits(rng, 2)], rng, ZEROS_UK, mode="pairs")), ("agent", "that's the code, thank you"))


def n_nine_digit(rng):
    return neg("nine-digit number labelled as a claim (SSN-shaped)", ("customer", "claim # %s-%s-%s for the ER visit" % (digits(rng, 3), digits(rng, 2), digits(rng, 4))),
               ("agent", "I see that claim was denied for a missing referral; you can appeal within %d days." % rng.choice([30, 60, 180])))


def n_nilike(rng):
    return neg("NI-shaped tokens that are product codes", ("customer", "item code %s%s%s and %s" % (rng.choice(["AB", "KX", "PT"]), digits(rng, 6), rng.choice("ABCD"), "SKU-" + digits(rng, 7))),
               ("agent", "Both are back in stock on the %s." % ord_suffix(rng.randint(1, 28))))


def n_percent(rng):
    return neg("data allowance, speeds and percentages", ("agent", "you've used %d.%d gig of your %d gig allowance, that's %d percent" % (rng.randint(1, 99), rng.randint(0, 9), rng.choice([100, 50, 30]), rng.randint(10, 99))),
               ("customer", "but the speed test says %d megabits" % rng.randint(2, 900)))


def n_prices(rng):
    return neg("prices and quantities in spoken form", ("customer", "it said %s ninety nine on the website and i ordered %s of them" % (num_words(rng.randint(11, 99)), num_words(rng.randint(2, 12)))),
               ("agent", "yes the price went up to %s pounds on %s" % (num_words(rng.randint(20, 99)), rng.choice(["friday", "the first", "tuesday"]))))


def n_years(rng):
    return neg("years and contract lengths", ("customer", "I've been a customer since %d and my previous policy from %d renewed in %d" % (rng.randint(1995, 2015), rng.randint(2016, 2020), rng.randint(2021, 2025))),
               ("agent", "Thanks for your %s years with us." % num_words(rng.randint(5, 29))))


NEG = [n_order_card_like, n_tracking, n_last4, n_amounts, n_spoken_amount, n_ticket, n_ref_spoken, n_meter,
       n_meter_spoken, n_flight, n_hours, n_appointment, n_age_temp, n_serial, n_imei, n_roads, n_room,
       n_sixdigit, n_nine_digit, n_nilike, n_percent, n_prices, n_years]


# --------------------------------------------------------------------------
# main
# --------------------------------------------------------------------------


def build():
    rng = random.Random(323241125)
    cases = []
    pos = []
    for fn, n in POS:
        for _ in range(n):
            pos.append(fn(rng))
    rng.shuffle(pos)
    negs = []
    for k in range(115):
        negs.append(NEG[k % len(NEG)](rng))
    rng.shuffle(negs)
    lines = []
    for i, c in enumerate(pos):
        lines.append((c, c.render("h323-pos-%03d" % (i + 1))))
    for i, c in enumerate(negs):
        lines.append((c, c.render("h323-neg-%03d" % (i + 1))))
    return lines


def dump(lines):
    return "".join(json.dumps(r, ensure_ascii=False, sort_keys=False) + "\n" for _, r in lines)


def check(lines):
    errs = []
    with open(OUT, encoding="utf-8") as f:
        on_disk = f.read()
    if on_disk != dump(lines):
        errs.append("cases.jsonl is not byte-identical to regenerated output")
    ids = set()
    for line in on_disk.splitlines():
        r = json.loads(line)
        if r["id"] in ids:
            errs.append("dup id " + r["id"])
        ids.add(r["id"])
        if r["kind"] == "negative" and r["spans"]:
            errs.append(r["id"] + ": negative with spans")
        if r["kind"] == "positive" and not r["spans"]:
            errs.append(r["id"] + ": positive without spans")
        for t in r["turns"]:
            if t["speaker"] not in ("customer", "agent"):
                errs.append(r["id"] + ": bad speaker")
        byturn = {}
        for s in r["spans"]:
            if s["type"] not in TYPES:
                errs.append(r["id"] + ": bad type")
            txt = r["turns"][s["turn"]]["text"]
            a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(txt)):
                errs.append(r["id"] + ": offsets out of range")
                continue
            if txt[a] .isspace() or txt[b - 1].isspace() or not txt[a].isalnum() and txt[a] != "+" or not txt[b - 1].isalnum():
                errs.append("%s: span edges not on value chars %r" % (r["id"], txt[a:b]))
            if (a > 0 and txt[a - 1].isalnum()) or (b < len(txt) and txt[b].isalnum()):
                errs.append("%s: span not on word boundary %r" % (r["id"], txt[a:b]))
            byturn.setdefault(s["turn"], []).append((a, b))
        for t, lst in byturn.items():
            lst.sort()
            for (a1, b1), (a2, b2) in zip(lst, lst[1:]):
                if a2 < b1:
                    errs.append(r["id"] + ": overlapping spans")
    # value validation on the generator's structures (same spans as on disk)
    for c, r in lines:
        for v in c.vals:
            text = " | ".join(r["turns"][s.span[0]]["text"][s.span[1]:s.span[2]] for s in v.parts)
            try:
                validate_value(v, text)
            except Exception as e:  # noqa
                errs.append("%s: %s %r invalid: %s" % (r["id"], v.typ, text, e))
    return errs


def counts(lines):
    cnt = Counter()
    for _, r in lines:
        for s in r["spans"]:
            cnt[s["type"]] += 1
    return cnt


def main():
    lines = build()
    if "--check" in sys.argv:
        errs = check(lines)
        cnt = counts(lines)
        npos = sum(1 for _, r in lines if r["kind"] == "positive")
        nneg = len(lines) - npos
        if npos < 200 or nneg < 100:
            errs.append("too few cases")
        if cnt["CARD_NUMBER"] < 70 or cnt["SSN"] < 30 or cnt["NI_NUMBER"] < 30 or any(cnt[t] < 10 for t in TYPES):
            errs.append("type minimums not met: %s" % dict(cnt))
        for e in errs[:60]:
            print("ERROR", e)
        print("positives=%d negatives=%d spans=%s" % (npos, nneg, dict(sorted(cnt.items()))))
        if errs:
            print("CHECK FAILED (%d errors)" % len(errs))
            sys.exit(1)
        print("CHECK OK")
        return
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(dump(lines))
    print("wrote %d cases to %s" % (len(lines), OUT))
    print(dict(sorted(counts(lines).items())))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Generate the pii_holdout528 held-out PII redaction evaluation set.

Standard library only. Deterministic: one generator, random.Random(528241125).

    python scripts/make_pii_holdout528.py          # write cases.jsonl
    python scripts/make_pii_holdout528.py --check  # regenerate and verify
"""
import json
import os
import random
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "fixtures", "pii_holdout528", "cases.jsonl")

R = random.Random(528241125)

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

# --------------------------------------------------------------------------
# case builder: turns are built from plain strings and labelled segments
# --------------------------------------------------------------------------


class V:
    """A labelled value segment. g = group id (parts of one value), m = mode:
    'full' (validate alone), 'part' (validated concatenated with its group),
    'frag' (fragment / misread / restarted reading: loose validation)."""

    def __init__(self, text, typ, g=None, m="full"):
        self.text, self.typ, self.g, self.m = text, typ, g, m


class Case:
    def __init__(self, kind, note):
        self.kind, self.note = kind, note
        self.turns, self.spans, self.meta = [], [], []

    def t(self, speaker, *segs):
        text = ""
        ti = len(self.turns)
        for s in segs:
            if isinstance(s, V) and s.typ == "PHONE" and s.text[0] in "+(":
                # the leading '+' is not a letter/digit: it stays outside the span
                text += s.text[0]
                s = V(s.text[1:], s.typ, s.g, s.m)
            if isinstance(s, V):
                st = len(text)
                text += s.text
                self.spans.append({"turn": ti, "start": st, "end": len(text), "type": s.typ})
                self.meta.append((s.g, s.m, s.text, s.typ))
            else:
                text += s
        self.turns.append({"speaker": speaker, "text": text})
        return self

    def c(self, *segs):
        return self.t("customer", *segs)

    def a(self, *segs):
        return self.t("agent", *segs)


# --------------------------------------------------------------------------
# number / value helpers
# --------------------------------------------------------------------------
UNITW = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENW = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENSW = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
ZEROS = ["oh", "zero", "nought", "o"]
FILL = ["um", "uh", "er", "erm", "uhh", "umm"]
BACK = ["mhm", "go on", "yep", "ok", "yeah", "right", "uh huh", "got that", "okay go ahead",
        "and the next bit", "yes", "mm hm", "carry on"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "f": "foxtrot",
        "g": "golf", "h": "hotel", "i": "india", "j": "juliet", "k": "kilo", "l": "lima",
        "m": "mike", "n": "november", "o": "oscar", "p": "papa", "q": "quebec", "r": "romeo",
        "s": "sierra", "t": "tango", "u": "uniform", "v": "victor", "w": "whiskey", "x": "xray",
        "y": "yankee", "z": "zulu"}
NATO_ALT = {"a": "apple", "b": "bob", "c": "cat", "d": "david", "e": "edward", "h": "harry",
            "j": "john", "k": "king", "m": "mother", "n": "nancy", "p": "peter", "r": "robert",
            "s": "sugar", "t": "tommy", "w": "william", "x": "xray", "y": "yellow", "z": "zebra"}


def pick(xs):
    return xs[R.randrange(len(xs))]


def digits(n, first_nonzero=False):
    s = "".join(str(R.randrange(10)) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = str(R.randrange(1, 10)) + s[1:]
    return s


def luhn_ok(s):
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def luhn_complete(prefix, length):
    body = prefix + digits(length - len(prefix) - 1)
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def make_card(brand=None):
    brand = brand or pick(["visa", "visa", "visa", "mc", "mc", "amex", "disc", "visa13",
                           "maestro19", "diners", "mc2", "visa19"])
    spec = {"visa": ("4", 16), "visa13": ("4", 13), "visa19": ("4", 19),
            "mc": (pick(["51", "52", "53", "54", "55"]), 16), "mc2": (pick(["2221", "2345", "2720"]), 16),
            "amex": (pick(["34", "37"]), 15), "disc": ("6011", 16), "maestro19": ("6759", 19),
            "diners": ("36", 14)}[brand]
    return luhn_complete(*spec)


def card_groups(num):
    n = len(num)
    if n == 15:
        sizes = [4, 6, 5]
    elif n == 14:
        sizes = [4, 6, 4]
    elif n == 13:
        sizes = [4, 4, 5]
    elif n == 19:
        sizes = [4, 4, 4, 4, 3]
    else:
        sizes = [4, 4, 4, 4]
    out, i = [], 0
    for s in sizes:
        out.append(num[i:i + s])
        i += s
    return out


def odd_groups(num):
    out, i = [], 0
    while i < len(num):
        k = R.choice([2, 3, 3, 4, 4, 5, 6])
        out.append(num[i:i + k])
        i += k
    return out


def zw(style):
    return R.choice(ZEROS) if style == "mix" else style


def say_digits(s, zero="oh", dbl=0.5, fill=0.0):
    """Per-digit words with optional double/triple and filler words."""
    out, i = [], 0
    while i < len(s):
        ch = s[i]
        run = 1
        while i + run < len(s) and s[i + run] == ch and run < 3:
            run += 1
        w = zw(zero) if ch == "0" else UNITW[int(ch)]
        if run == 3 and R.random() < dbl:
            out.append("triple " + w)
            i += 3
        elif run >= 2 and R.random() < dbl:
            out.append("double " + w)
            i += 2
        else:
            out.append(w)
            i += 1
        if fill and i < len(s) and R.random() < fill:
            out.append(pick(FILL))
    return " ".join(out)


def say_pair(p, zero="oh"):
    a, b = int(p[0]), int(p[1])
    if a == 0 and b == 0:
        return pick(["double " + zw(zero), zw(zero) + " " + zw(zero)])
    if a == 0:
        return zw(zero) + " " + UNITW[b]
    if a == 1:
        return TEENW[b]
    return TENSW[a] + ("" if b == 0 else " " + UNITW[b])


def say_pairs(s, zero="oh"):
    parts = []
    i = 0
    if len(s) % 2 == 1:
        parts.append(UNITW[int(s[0])] if s[0] != "0" else zw(zero))
        i = 1
    while i < len(s):
        parts.append(say_pair(s[i:i + 2], zero))
        i += 2
    return " ".join(parts)


def say_hundreds(s):
    """3-digit string with first digit non-zero -> 'four hundred and twelve'."""
    h, rest = int(s[0]), s[1:]
    base = UNITW[h] + " hundred"
    if rest == "00":
        return base
    conj = pick([" and ", " "])
    if rest[0] == "0":
        return base + conj + UNITW[int(rest[1])]
    return base + conj + say_pair(rest)


def say_group(g, zero="oh"):
    r = R.random()
    if len(g) == 4 and r < 0.35 and g[0] != "0" and g[2] != "0":
        return say_pairs(g, zero)
    if len(g) == 3 and g[0] != "0" and r < 0.2:
        return say_hundreds(g)
    return say_digits(g, zero)


def asr_mishear(words):
    # speech recogniser homophones for digits
    rep = {"one": "won", "eight": "ate", "two": "too"}
    ws = words.split(" ")
    idx = [i for i, w in enumerate(ws) if w in rep]
    if idx:
        i = pick(idx)
        ws[i] = rep[ws[i]]
    return " ".join(ws)


def spell(s, nato=0.0, zero="oh"):
    out = []
    for ch in s:
        if ch.isalpha():
            l = ch.lower()
            if R.random() < nato:
                word = NATO_ALT.get(l, NATO[l]) if R.random() < 0.3 else NATO[l]
                out.append(l + pick([" for ", " for ", " as in "]) + word)
            else:
                out.append(l)
        elif ch.isdigit():
            out.append(zw(zero) if ch == "0" else UNITW[int(ch)])
    return " ".join(out)


def make_ssn():
    while True:
        a = R.randrange(1, 900)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, R.randrange(1, 100), R.randrange(1, 10000))


NI_FIRST = "ABCEGHJKLMNPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def make_ni():
    while True:
        p = pick(NI_FIRST) + pick(NI_SECOND)
        if p not in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ"):
            break
    return p + digits(6) + pick("ABCD")


def iban_check(cc, bban):
    s = bban + cc + "00"
    num = "".join(str(int(ch, 36)) for ch in s)
    return "%02d" % (98 - int(num) % 97)


def make_iban():
    cc = pick(["GB", "GB", "IE", "IE", "DE", "FR", "NL", "ES"])
    if cc == "GB":
        bban = pick(["NWBK", "BARC", "MIDL", "HBUK", "LOYD", "WEST"]) + digits(6) + digits(8)
    elif cc == "IE":
        bban = pick(["AIBK", "BOFI", "IPBS"]) + digits(6) + digits(8)
    elif cc == "DE":
        bban = digits(18)
    elif cc == "FR":
        bban = digits(23)
    elif cc == "NL":
        bban = pick(["ABNA", "RABN", "INGB"]) + digits(10)
    else:
        bban = digits(20)
    return cc + iban_check(cc, bban) + bban


def iban_fmt(ib):
    return " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))


def fmt_card_typed(num):
    r = R.random()
    if r < 0.3:
        return " ".join(card_groups(num))
    if r < 0.5:
        return "-".join(card_groups(num))
    if r < 0.62:
        return num
    if r < 0.72:
        return ".".join(card_groups(num))
    if r < 0.85:
        return " ".join(odd_groups(num))
    return "  ".join(card_groups(num))


def join_groups(parts, sep=" "):
    """Join spoken groups; force a comma where a bare tens word would merge
    with a following unit word ('eighty, three')."""
    out = parts[0]
    for p in parts[1:]:
        last, first = out.split(" ")[-1], p.split(" ")[0]
        if last in TENSW and last and first in UNITW[1:] + ["won", "ate", "too"] and "," not in sep and "." not in sep:
            out += ", " + p
        else:
            out += sep + p
    return out


def say_card(num, zero=None, fill=0.0, mishear=False):
    zero = zero or pick(ZEROS + ["mix"])
    gs = card_groups(num)
    sep = pick([", ", " ", ", ", " ... "])
    parts = []
    for k, g in enumerate(gs):
        w = say_group(g, zero)
        if fill and k < len(gs) - 1 and R.random() < fill:
            w = w + " " + pick(FILL)
        parts.append(w)
    s = join_groups(parts, sep)
    if mishear:
        s = asr_mishear(s)
    return s


MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
       "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
       "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty first", "twenty second",
       "twenty third", "twenty fourth", "twenty fifth", "twenty sixth", "twenty seventh",
       "twenty eighth"]


def say_year(y):
    if y >= 2000:
        return pick(["two thousand and " + (UNITW[y - 2000] if y < 2010 else say_pair(str(y)[2:])),
                     "twenty " + say_pair(str(y)[2:])])
    return "nineteen " + say_pair(str(y)[2:])


def make_dob():
    y, m, d = R.randrange(1938, 2006), R.randrange(1, 13), R.randrange(1, 29)
    r = R.random()
    if r < 0.15:
        return "%02d/%02d/%d" % (d, m, y)
    if r < 0.25:
        return "%02d/%02d/%d" % (m, d, y)
    if r < 0.32:
        return "%d-%02d-%02d" % (y, m, d)
    if r < 0.42:
        suf = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}.get(d, "th")
        return "%d%s %s %d" % (d, suf, MONTHS[m - 1].capitalize(), y)
    if r < 0.6:
        return "the %s of %s %s" % (ORD[d], MONTHS[m - 1], say_year(y))
    if r < 0.75:
        return "%s the %s %s" % (MONTHS[m - 1], ORD[d], say_year(y))
    if r < 0.88:
        return "%s %s %s" % (say_digits("%02d" % d, "oh", 0), say_digits("%02d" % m, "oh", 0),
                             say_pair(str(y)[2:]))
    return "%d.%d.%s" % (d, m, str(y)[2:])


def make_expiry():
    m, y = R.randrange(1, 13), R.randrange(25, 33)
    r = R.random()
    if r < 0.25:
        return "%02d/%d" % (m, y)
    if r < 0.35:
        return "%d/20%d" % (m, y)
    if r < 0.45:
        return "%02d-%d" % (m, y)
    if r < 0.65:
        return "%s %s" % (say_digits("%02d" % m, pick(["oh", "zero", "o"]), 0), say_pair(str(y)))
    if r < 0.8:
        return "%s twenty %s" % (MONTHS[m - 1], say_pair(str(y)))
    if r < 0.9:
        return "%s slash %s" % (say_digits("%02d" % m, "oh", 0), say_pair(str(y)))
    return "%s %d" % (MONTHS[m - 1][:3].capitalize(), 2000 + y)


def make_cvv(amex=False):
    s = digits(4 if amex else 3)
    return s


def say_cvv(s):
    if len(s) == 3 and s[0] != "0" and R.random() < 0.35:
        return say_hundreds(s)
    return say_digits(s, pick(ZEROS), 0.4)


UK_PC = ["SW1A 2AA", "M1 1AE", "B33 8TH", "CR2 6XH", "DN55 1PT", "EH1 1YZ", "LS6 2AB", "BS8 1TH",
         "CF10 1EP", "G2 3AB", "NE1 4ST", "L3 8EN", "W1A 1AA", "EC1A 1BB", "BT7 1NN", "SE22 8HB",
         "N19 5RP", "RG1 3EH", "PL4 8AA", "CB2 1TN", "YO31 7TJ", "NG7 2RD"]
US_ZIP = ["90210", "10001", "60614", "30303", "02139", "94107", "73301", "98101", "33130",
          "60614-3302", "10025-1417", "02116-4802", "80202", "55401"]
STREETS = ["Elm Street", "Harbour Road", "Victoria Avenue", "Mill Lane", "Station Road",
           "Church Street", "Kings Crescent", "Maple Drive", "Oak Close", "Park View",
           "Main Street", "Sycamore Way", "Fifth Avenue", "Lakeshore Drive", "Grove Terrace",
           "Castle Hill", "Ormeau Road", "Chapel Walk", "Bridge Street", "Willow Gardens"]
TOWNS_UK = ["Leeds", "Bristol", "Cardiff", "Glasgow", "Manchester", "Belfast", "Reading", "York"]
TOWNS_US = ["Chicago", "Boston", "Denver", "Seattle", "Atlanta", "Austin", "Miami"]
TOWNS_IE = ["Cork", "Galway", "Limerick", "Dublin 8"]
FIRST = ["sarah", "james", "priya", "tom", "aoife", "marek", "chloe", "dev", "grace", "liam",
         "fatima", "owen", "hannah", "raj", "niamh", "paul", "zoe", "kwame", "emily", "sean"]
LAST = ["doe", "patel", "o'brien", "smith", "kowalski", "murphy", "nguyen", "jones", "walsh",
        "okafor", "brennan", "taylor", "garcia", "evans", "kelly", "hughes"]
DOMAINS = [("gmail", "com"), ("hotmail", "co.uk"), ("yahoo", "com"), ("outlook", "ie"),
           ("btinternet", "com"), ("icloud", "com"), ("proton", "me"), ("aol", "com"),
           ("eircom", "net"), ("sky", "com")]


def make_address(spoken=False):
    r = R.random()
    n = R.randrange(1, 400)
    st = pick(STREETS)
    if spoken:
        ns = say_hundreds(str(n)) if n >= 100 and R.random() < 0.5 else say_pairs(str(n)) if n >= 10 else UNITW[n]
        if r < 0.3:
            return "flat %s, %s %s" % (UNITW[R.randrange(1, 10)], ns, st.lower())
        return "%s %s" % (ns, st.lower())
    if r < 0.25:
        return "Flat %d, %d %s" % (R.randrange(1, 30), n, st)
    if r < 0.35:
        return "Apt %d%s, %d %s" % (R.randrange(1, 20), pick("ABCD"), n, st)
    if r < 0.45:
        return "%d%s %s" % (n, pick("ab"), st.lower())
    return "%d %s" % (n, st)


def make_email(spoken=False):
    f, l = pick(FIRST), pick(LAST).replace("'", "")
    d, tld = pick(DOMAINS)
    sep = pick([".", "_", "", "."])
    num = "" if R.random() < 0.5 else str(R.randrange(1, 99))
    local = pick([f + sep + l, f[0] + sep + l, f + l[0], l + sep + f]) + num
    if not spoken:
        e = local + "@" + d + "." + tld
        return e.upper() if R.random() < 0.1 else (e.capitalize() if R.random() < 0.15 else e)
    sl = local.replace(".", " dot ").replace("_", " underscore ")
    if num:
        sl = sl[:-len(num)] + " " + (say_pairs(num) if len(num) == 2 else UNITW[int(num)])
    if R.random() < 0.3:
        sl = sl.replace(f, " ".join(f), 1) if f in sl else sl
    return re.sub(" +", " ", "%s at %s dot %s" % (sl, d, tld.replace(".", " dot "))).strip()


def make_phone(country=None, spoken=False):
    c = country or pick(["UK", "UK", "US", "IE"])
    if c == "UK":
        local = "7700" + "900" + digits(3)
        intl = R.random() < 0.4
        if not spoken:
            if intl:
                return pick(["+44 %s %s", "+44 (0)%s %s", "0044 %s %s"]) % (local[:4], local[4:])
            return "0%s %s" % (local[:4], local[4:]) if R.random() < 0.6 else "0" + local
        if intl:
            return "plus four four " + say_digits(local[:4], "oh") + ", " + say_digits(local[4:], "oh")
        return say_digits("0" + local[:4], pick(ZEROS)) + " " + say_digits(local[4:], pick(ZEROS))
    if c == "US":
        ac = pick(["415", "312", "617", "206", "303", "512"])
        local = "555" + "01" + digits(2)
        if not spoken:
            return pick(["+1 %s-%s-%s", "%s-%s-%s", "%s.%s.%s", "1 %s %s %s"]) % (ac, local[:3], local[3:])
        return say_digits(ac, "oh") + ", " + say_digits(local[:3], "oh") + ", " + say_group(local[3:], "oh")
    mob = pick(["83", "85", "86", "87", "89"]) + digits(7, True)
    if not spoken:
        return pick(["+353 %s %s %s", "0%s %s %s", "00353 %s %s %s"]) % (mob[:2], mob[2:5], mob[5:])
    return say_digits("0" + mob[:2], "oh") + " " + say_digits(mob[2:5], "oh") + " " + say_digits(mob[5:], "oh")


def say_postcode(pc):
    if pc[0].isdigit():
        return say_digits(pc.replace("-", ""), pick(["oh", "zero"]), 0.3)
    out = []
    for part in pc.split(" "):
        out.append(spell(part, nato=0.25))
    return ", ".join(out)


# --------------------------------------------------------------------------
# normalisation of labelled values (used by --check)
# --------------------------------------------------------------------------
W_UNIT = {w: i for i, w in enumerate(UNITW) if i}
W_TEEN = {w: 10 + i for i, w in enumerate(TEENW)}
W_TENS = {w: i for i, w in enumerate(TENSW) if w}
W_ZERO = {"zero", "oh", "o", "nought", "nil"}
W_HOMO = {"won": "1", "ate": "8", "too": "2"}
W_SKIP = set(FILL) | {"dash", "hyphen", "space", "and", "slash", "then", "plus", "hmm"}
NATO_REV = {}
for _k, _v in list(NATO.items()) + list(NATO_ALT.items()):
    NATO_REV[_v] = _k


KNOWN = set(W_UNIT) | set(W_TEEN) | set(W_TENS) | W_ZERO | set(W_HOMO) | W_SKIP | set(NATO_REV) | \
    {"for", "as", "in", "at", "dot", "the", "of", "then", "not", "wait", "no", "yes", "so", "ok"}


def tokens(s):
    return re.findall(r"[A-Za-z]+|\d+|,", s.replace("'", ""))


def unit(tok):
    if tok in W_UNIT:
        return str(W_UNIT[tok])
    if tok in W_HOMO:
        return W_HOMO[tok]
    return None


def norm_spoken(s):
    """Spoken/typed value -> uppercase alnum string; unknown words raise."""
    toks = [t.lower() for t in tokens(s)]
    out = []
    i = 0

    def one(j):
        t = toks[j]
        if t in W_ZERO:
            return "0"
        u = unit(t)
        if u:
            return u
        if len(t) == 1 and t.isalpha():
            return t.upper()
        if t.isdigit():
            return t
        if t.isalpha() and len(t) <= 4 and t not in KNOWN:
            return t.upper()  # typed letter run, e.g. 'QQ', 'BS', 'IPBS'
        raise ValueError("bad token %r in %r" % (t, s))

    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if t == "," or t in W_SKIP:
            i += 1
        elif len(t) == 1 and t.isalpha() and nxt == "for" and i + 2 < len(toks) and toks[i + 2] in NATO_REV:
            out.append(t.upper())
            i += 3
        elif len(t) == 1 and t.isalpha() and nxt == "as" and i + 3 < len(toks) and toks[i + 2] == "in":
            out.append(t.upper())
            i += 4
        elif t in ("double", "triple"):
            out.append(one(i + 1) * (2 if t == "double" else 3))
            i += 2
        elif t in W_TENS:
            if nxt and unit(nxt):
                out.append(str(W_TENS[t]) + unit(nxt))
                i += 2
            else:
                out.append(str(W_TENS[t]) + "0")
                i += 1
        elif t in W_TEEN:
            out.append(str(W_TEEN[t]))
            i += 1
        elif unit(t) and nxt in ("hundred", "thousand"):
            big = 2 if nxt == "hundred" else 3
            j = i + 2
            if j < len(toks) and toks[j] == "and":
                j += 1
            rest = ""
            if j < len(toks):
                tj = toks[j]
                tn = toks[j + 1] if j + 1 < len(toks) else None
                if tj in W_TENS:
                    rest = str(W_TENS[tj]) + (unit(tn) if tn and unit(tn) else "0")
                    j += 2 if tn and unit(tn) else 1
                elif tj in W_TEEN:
                    rest = str(W_TEEN[tj])
                    j += 1
                elif unit(tj):
                    rest = unit(tj)
                    j += 1
            out.append(unit(t) + rest.zfill(big))
            i = j
        elif t in NATO_REV and not (len(t) == 1):
            out.append(NATO_REV[t].upper())
            i += 1
        elif re.fullmatch(r"[0-9o]+", t) and any(ch.isdigit() for ch in t):
            out.append(t.replace("o", "0"))
            i += 1
        else:
            out.append(one(i))
            i += 1
    return "".join(out).upper()


def norm_email(s):
    s2 = s.lower()
    toks = re.findall(r"[a-z]+|\d+|[@._%+-]", s2)
    out, i = [], 0
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if t == "at":
            out.append("@")
        elif t == "dot":
            out.append(".")
        elif t == "underscore":
            out.append("_")
        elif t in W_TENS:
            if nxt in W_UNIT:
                out.append(str(W_TENS[t]) + str(W_UNIT[nxt]))
                i += 1
            else:
                out.append(str(W_TENS[t]) + "0")
        elif t in W_TEEN:
            out.append(str(W_TEEN[t]))
        elif t in W_UNIT:
            out.append(str(W_UNIT[t]))
        else:
            out.append(t)
        i += 1
    return "".join(out)


NI_RE = re.compile(r"^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$")
UK_PC_RE = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$")


def iban_ok(s):
    if len(s) < 15 or not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s):
        return False
    if s[:2] in ("GB", "IE", "NL"):
        s = s[:4] + s[4:8].replace("0", "O") + s[8:]
    num = "".join(str(int(ch, 36)) for ch in s[4:] + s[:4])
    return int(num) % 97 == 1


def validate_full(typ, text):
    if typ == "EMAIL":
        return re.fullmatch(r"[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}", norm_email(text)) is not None
    if typ == "ADDRESS":
        return re.match(r"^(flat|apt|apartment|unit|\d|[a-z]+)", text, re.I) is not None and \
            re.search(r"(street|road|avenue|lane|crescent|drive|close|view|way|terrace|hill|walk|gardens)$",
                      text, re.I) is not None
    if typ in ("DOB", "EXPIRY"):
        low = re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", text.lower())
        has_m = any(m in low for m in MONTHS) or any(m[:3] in low for m in MONTHS)
        n = norm_spoken(re.sub(r"\b(the|of|%s|%s|st|nd|rd|th)\b" % ("|".join(MONTHS), "|".join(m[:3] for m in MONTHS)),
                               " ", re.sub(r"\b(%s)\b" % "|".join(o for o in ORD if o and " " not in o), " 1 ", low)))
        return (has_m or len(n) >= 3) and n.isdigit() and len(n) <= 8
    v = norm_spoken(text)
    if typ == "CARD_NUMBER":
        return v.isdigit() and 13 <= len(v) <= 19 and luhn_ok(v)
    if typ == "CVV":
        return v.isdigit() and len(v) in (3, 4)
    if typ == "SSN":
        return v.isdigit() and len(v) == 9 and v[:3] not in ("000", "666") and v[0] != "9" \
            and v[3:5] != "00" and v[5:] != "0000"
    if typ == "NI_NUMBER":
        return NI_RE.match(v) is not None and v[:2] not in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ")
    if typ == "SORT_CODE":
        return v.isdigit() and len(v) == 6
    if typ == "BANK_ACCOUNT":
        return v.isdigit() and 8 <= len(v) <= 12
    if typ == "IBAN":
        return iban_ok(v)
    if typ == "PHONE":
        return v.isdigit() and 10 <= len(v) <= 14
    if typ == "POSTCODE":
        return UK_PC_RE.match(v) is not None or re.fullmatch(r"\d{5}(\d{4})?", v) is not None
    raise ValueError(typ)


def validate_frag(typ, text):
    if typ in ("EMAIL", "ADDRESS", "DOB", "EXPIRY"):
        return True
    v = norm_spoken(text)
    return len(v) >= 1 and v.isalnum()


# --------------------------------------------------------------------------
# positive templates
# --------------------------------------------------------------------------
CARD_INTRO = ["pls take payment on my card ", "card no: ", "Card number ", "cc# ", "my visa is ",
              "ok the long number is ", "its ", "card: ", "number on the front: ",
              "Hi, can you charge this one instead - ", "debit card num ", "CARD NO. "]
GREET_A = ["thanks for calling %s, you're through to %s", "hello you're speaking with %s at %s",
           "good morning, %s here from %s", "hi, %s speaking, %s customer services"]
ORGS = ["Northgate Bank", "Velo Mobile", "BrightSpark Energy", "Harlow & Finch", "Shield Direct Insurance",
        "SkyWay Travel", "St Brendan's Billing", "the DVLA helpline", "HMRC", "Social Security",
        "Celtic Water", "Metro Broadband", "Pinecrest Health Billing", "Aer Holidays", "Kingfisher Retail",
        "the council tax team"]
AGENTS = ["dan", "michelle", "amir", "lucy", "joe", "kerry", "bola", "steph", "conor", "maria"]

CID = [0]


def gid():
    CID[0] += 1
    return "g%d" % CID[0]


def greet(c):
    c.a(pick(GREET_A) % ((pick(AGENTS), pick(ORGS)) if R.random() < 0.5 else (pick(AGENTS), pick(ORGS))))


def card_typed():
    num = make_card()
    c = Case("positive", "typed chat card number, %d digits" % len(num))
    pre = pick(CARD_INTRO)
    txt = fmt_card_typed(num)
    extra = []
    if R.random() < 0.6:
        e = make_expiry() if R.random() < 0.5 else "%02d/%d" % (R.randrange(1, 13), R.randrange(25, 31))
        cv = make_cvv(len(num) == 15)
        extra = [pick([" exp ", " expiry: ", ", expires ", " valid thru "]), V(e, "EXPIRY"),
                 pick([" cvv ", " sec code: ", " and the 3 digits r ", " CVC "]), V(cv, "CVV")]
        c.note += " with expiry and CVV"
    c.a(pick(["How would you like to pay today?", "Can you send over the card details please",
              "Please provide the long card number", "Thanks - which card shall I use?"]))
    c.c(pre, V(txt, "CARD_NUMBER"), *(extra + [pick(["", ".", " thx", " ta", " cheers!"])]))
    if R.random() < 0.3:
        c.a("Thanks, that's gone through on the card ending ", num[-4:], ".")
        c.spans[-1:]  # last four after full card in same case -> labelled below
        # rebuild last turn with last-four labelled as fragment
        c.turns.pop()
        c.a("Thanks, that's gone through on the card ending ", V(num[-4:], "CARD_NUMBER", m="frag"), ".")
        c.note += "; agent quotes last four after full card (labelled)"
    return c


def card_spoken_single():
    num = make_card()
    fill = 0.3 if R.random() < 0.4 else 0.0
    mis = R.random() < 0.25
    c = Case("positive", "ASR card reading in one turn" + (" with fillers" if fill else "")
             + (" with ASR homophones" if mis else ""))
    greet(c)
    c.c(pick(["i'd like to pay my bill", "yeah i want to make a payment", "can i pay off the balance please",
              "i need to pay for the booking"]))
    c.a(pick(["no problem, what's the long number on the card", "sure, can i take the card number please",
              "ok go ahead with the sixteen digits on the front", "right whenever you're ready, the card number"]))
    words = say_card(num, fill=fill, mishear=mis)
    c.c(pick(["yeah it's ", "ok ", "right it's ", "", "um ok so it's ", "hang on... right "]), V(words, "CARD_NUMBER"))
    if R.random() < 0.55:
        c.a(pick(["so that's ", "let me read that back ", "i've got ", "just to confirm "]),
            V(say_card(num, zero=pick(["oh", "zero"])), "CARD_NUMBER"), pick(["", " is that right", " yeah"]))
        c.c(pick(["yes", "that's it", "yep spot on", "correct"]))
        c.note += " + agent read-back"
    if R.random() < 0.5:
        c.a("and the expiry date")
        c.c(pick(["", "it's ", "er "]), V(make_expiry(), "EXPIRY"))
        c.a("and the security code on the back")
        c.c(V(say_cvv(make_cvv(len(num) == 15)), "CVV"))
    return c


def card_split_turns():
    num = make_card()
    gs = card_groups(num)
    g = gid()
    zero = pick(ZEROS + ["mix"])
    c = Case("positive", "card read in chunks across customer turns with agent back-channels")
    c.a(pick(["can you read me the card number please", "go ahead with the long card number",
              "what's the card number"]))
    rb = R.random() < 0.35
    if rb:
        c.note += ", agent echoes each chunk"
    for k, grp in enumerate(gs):
        pre = pick(["", "", "", "er ", "then ", "ok "]) if k else pick(["", "right ", "so "])
        c.c(pre, V(say_group(grp, zero), "CARD_NUMBER", g, "part"))
        if k < len(gs) - 1:
            if rb:
                c.a(V(say_digits(grp, "oh", 0), "CARD_NUMBER", m="frag"), pick(["", " yep", " mhm"]))
            else:
                c.a(pick(BACK))
    c.a(pick(["lovely thank you", "thanks i've got that", "perfect"]))
    return c


def card_correction():
    num = make_card()
    gs = card_groups(num)
    k = R.randrange(1, len(gs))
    partial = gs[:k]
    wrong = list(partial)
    last = wrong[-1]
    pos = R.randrange(len(last))
    wrong[-1] = last[:pos] + str((int(last[pos]) + R.randrange(1, 9)) % 10) + last[pos + 1:]
    c = Case("positive", "caller starts card number, gets it wrong, restarts")
    c.a(pick(["card number when you're ready", "and the card number", "ok what card would you like to use"]))
    z = pick(ZEROS)
    first = " ".join(say_digits(x, z) for x in wrong)
    corr = pick([" no sorry, wait, let me start again, ", " no no that's wrong, it's ", " sorry scratch that, ",
                 "... hang on i read that wrong, "])
    c.c(pick(["", "ok "]), V(first, "CARD_NUMBER", m="frag"), corr, V(say_card(num, zero=z), "CARD_NUMBER"))
    c.a(pick(["no worries", "ok got it", "that's fine happens all the time"]))
    return c


def card_misread():
    num = make_card()
    gs = card_groups(num)
    k = R.randrange(len(gs))
    grp = gs[k]
    pos = R.randrange(len(grp))
    wd = str((int(grp[pos]) + R.choice([1, 2, 3, 5])) % 10)
    wgs = list(gs)
    wgs[k] = grp[:pos] + wd + grp[pos + 1:]
    wrong = "".join(wgs)
    c = Case("positive", "agent reads card back with a misheard digit, caller corrects the chunk")
    c.a("go ahead with the card number")
    c.c(V(say_card(num), "CARD_NUMBER"))
    c.a(pick(["ok so that's ", "i have "]), V(say_card(wrong, zero="oh"), "CARD_NUMBER", m="frag"))
    c.c(pick(["no, the ", "nope, "]) + ["first", "second", "third", "fourth", "fifth"][k] +
        pick([" bit is ", " part is ", " group's "]), V(say_digits(grp, "oh", 0.3), "CARD_NUMBER", m="frag"),
        pick([" not ", ", you said "]), V(say_digits(wgs[k], "oh", 0.3), "CARD_NUMBER", m="frag"))
    c.a(pick(["sorry about that, ", "apologies, ", "ah ok, "]) + pick(["so it's ", "the full number is now ", ""]), V(say_card(num, zero="oh"), "CARD_NUMBER"))
    return c


def card_aside():
    num = make_card()
    gs = card_groups(num)
    k = R.randrange(1, len(gs))
    g = gid()
    z = pick(ZEROS)
    c = Case("positive", "card reading interrupted by an aside in the middle of the turn")
    c.a("what's the number on the card")
    aside = pick([" hang on the light's bad in here ", " sorry the dog's barking, ", " jamie put that down! sorry, ",
                  " wait i need my glasses... ok ", " it's a bit worn here, i think it's "])
    c.c(V(join_groups([say_group(x, z) for x in gs[:k]]), "CARD_NUMBER", g, "part"), aside,
        V(join_groups([say_group(x, z) for x in gs[k:]]), "CARD_NUMBER", g, "part"))
    c.a("thank you")
    return c


def card_repeat_and_last4():
    num = make_card()
    c = Case("positive", "card read twice (caller repeats) and later referred to by last four")
    c.a("can i take the long number")
    c.c(V(say_card(num), "CARD_NUMBER"), pick([". i'll say it again, ", " ... again that's "]),
        V(say_card(num), "CARD_NUMBER"))
    c.a("thanks, payment of forty two pounds taken")
    c.c("so that's on the one ending in ", V(say_digits(num[-4:], "oh", 0.3), "CARD_NUMBER", m="frag"), " yeah")
    c.a("yes on the card ending ", V(say_digits(num[-4:], "oh", 0), "CARD_NUMBER", m="frag"))
    return c


def card_email():
    num = make_card()
    c = Case("positive", "e-mail body with card details on separate labelled lines, odd spacing/case")
    e = make_expiry()
    cv = make_cvv(len(num) == 15)
    lab = pick(["Card No:", "CARD NUMBER -", "card nbr:", "Cardnumber:"])
    c.c("Hi team,\nPlease use the below for the outstanding invoice (INV-2231).\n", lab, " ",
        V(" ".join(odd_groups(num)) if R.random() < 0.5 else fmt_card_typed(num), "CARD_NUMBER"),
        "\nExp: ", V(e, "EXPIRY"), "\nCVV: ", V(cv, "CVV"), "\nThanks, ", pick(FIRST).capitalize())
    c.a("Thank you, payment has been processed. Please don't send card details by e-mail in future.")
    return c


def card_mixed_digits_words():
    num = make_card()
    c = Case("positive", "ASR output mixing digits and number words in a card reading")
    parts = []
    for grp in card_groups(num):
        parts.append(" ".join(ch if R.random() < 0.5 else (pick(ZEROS) if ch == "0" else UNITW[int(ch)]) for ch in grp))
    c.a("ok and the card number")
    c.c("it's ", V(" ".join(parts), "CARD_NUMBER"))
    c.a("great thanks")
    return c


def card_pairs_split_midgroup():
    num = make_card("visa")
    c = Case("positive", "card read as pairs, caller pauses mid-group, split over turns")
    g = gid()
    cut = R.choice([6, 10, 8])
    c.a("and the card number")
    c.c(V(say_pairs(num[:cut]), "CARD_NUMBER", g, "part"), pick(["...", " um"]))
    c.a(pick(["mhm", "yep", "still there"]))
    c.c(pick(["sorry ", "", "yeah "]), V(say_pairs(num[cut:]), "CARD_NUMBER", g, "part"))
    c.a(pick(["great", "thanks for that", "ok"]))
    return c


def ssn_typed():
    s = make_ssn()
    c = Case("positive", "typed SSN in chat")
    f = pick(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s.%s.%s", "%s - %s - %s", "%s-%s%s"])
    txt = f % (s[:3], s[3:5], s[5:])
    c.a(pick(["For verification, please confirm your Social Security number.",
              "Can you provide the SSN on the account?", "I'll need the primary holder's SSN"]))
    c.c(pick(["SSN: ", "ssn is ", "social ", "Sure, ", "my ss# is ", "SSN - "]), V(txt, "SSN"),
        pick(["", ".", " thanks", " (primary)"]))
    if R.random() < 0.3:
        c.a("Thanks. And your date of birth?")
        c.c(V(make_dob(), "DOB"))
    return c


def say_ssn(s, style=None):
    style = style or pick(["digits", "digits", "groups", "pairs", "hundreds"])
    z = pick(ZEROS)
    if style == "digits":
        return say_digits(s, z)
    if style == "groups":
        return ", ".join(say_digits(x, z) for x in (s[:3], s[3:5], s[5:]))
    if style == "pairs":
        return join_groups([say_digits(s[:3], z), say_pair(s[3:5], z), say_group(s[5:], z)])
    if s[0] != "0":
        return join_groups([say_hundreds(s[:3]), say_pair(s[3:5], z), say_pairs(s[5:], z)])
    return say_digits(s, z)


def ssn_spoken():
    s = make_ssn()
    c = Case("positive", "ASR spoken SSN, US benefits/billing call")
    c.a(pick(["can i get your social security number", "and what's the social on the account",
              "i need to verify your social please"]))
    c.c(pick(["yeah it's ", "sure ", "um ", "", "okay, "]), V(say_ssn(s), "SSN"))
    if R.random() < 0.5:
        c.a(pick(["thank you so that's ", "let me repeat, "]), V(say_ssn(s, "groups"), "SSN"))
        c.c("yes ma'am" if R.random() < 0.5 else "that's right")
        c.note += " + read-back"
    return c


def ssn_split():
    s = make_ssn()
    g = gid()
    c = Case("positive", "SSN given in three chunks across turns")
    c.a("what's your social security number")
    z = pick(ZEROS)
    chunks = [s[:3], s[3:5], s[5:]]
    for k, ch in enumerate(chunks):
        txt = say_digits(ch, z, 0.5, fill=0.2) if R.random() < 0.7 else say_group(ch, z)
        c.c(pick(["", "", "then ", "uh "]), V(txt, "SSN", g, "part"))
        if k < 2:
            c.a(pick(BACK))
    c.a("thank you")
    return c


def ssn_correction():
    s = make_ssn()
    wrong = s[:4] + str((int(s[4]) + 3) % 10) + s[5:]
    if wrong[3:5] == "00":
        wrong = s
    c = Case("positive", "caller corrects an SSN mid-reading / agent mis-hears")
    c.a("can you give me the social")
    z = pick(ZEROS)
    if R.random() < 0.5:
        c.c(V(say_digits(s[:5], z), "SSN", m="frag"), pick([" wait no, ", " sorry, let me start over, ", " no hold on "]),
            V(say_ssn(s), "SSN"))
    else:
        c.c(V(say_ssn(s), "SSN"))
        c.a("i have ", V(say_ssn(wrong, "groups"), "SSN", m="frag"))
        c.c("no the middle is ", V(say_pair(s[3:5], z), "SSN", m="frag"), " not ",
            V(say_pair(wrong[3:5], z), "SSN", m="frag"))
        c.a("got it, ", V(say_ssn(s, "groups"), "SSN"))
    return c


def ssn_form():
    s = make_ssn()
    c = Case("positive", "SSN in a web-form style message with other fields")
    c.c("Name: ", pick(FIRST).capitalize(), " ", pick(LAST).capitalize(), "\nSSN/TIN: ", V("%s-%s-%s" % (s[:3], s[3:5], s[5:]), "SSN"),
        "\nPhone: ", V(make_phone("US"), "PHONE"), "\nZip: ", V(pick(US_ZIP), "POSTCODE"), "\nClaim ref: CLM-0042817")
    c.a("Thanks, we've received your details.")
    return c


def ni_typed():
    n = make_ni()
    f = R.random()
    if f < 0.25:
        txt = "%s %s %s %s %s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8])
    elif f < 0.4:
        txt = n.lower()
    elif f < 0.55:
        txt = "%s-%s-%s-%s-%s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8])
    elif f < 0.7:
        txt = "%s %s %s" % (n[:2], n[2:8], n[8])
    elif f < 0.8:
        txt = n[0] + n[1].lower() + n[2:] + n[8:].lower()
        txt = n[0] + n[1].lower() + n[2:8] + n[8].lower()
    else:
        txt = n
    c = Case("positive", "typed UK National Insurance number")
    c.a(pick(["Please confirm your National Insurance number", "What's your NI number?",
              "Could you give me your NINO so I can find the record"]))
    c.c(pick(["NI no: ", "its ", "NINO ", "Nat ins: ", "", "national insurance - "]), V(txt, "NI_NUMBER"),
        pick(["", ".", " x", " thanks"]))
    return c


def say_ni(n, nato=None, style=None):
    nato = R.random() * 0.8 if nato is None else nato
    style = style or pick(["digits", "pairs", "digits"])
    z = pick(ZEROS[:3])
    pre = n[:2]
    if pre[0] == pre[1] and R.random() < 0.6:
        ptxt = "double " + pre[0].lower()
    else:
        ptxt = spell(pre, nato)
    num = n[2:8]
    if style == "pairs" and "0" not in num[::2]:
        ntxt = say_pairs(num, z)
    else:
        ntxt = say_digits(num, z, 0.4)
    return "%s %s %s" % (ptxt, ntxt, spell(n[8], nato))


def ni_spoken():
    n = make_ni()
    c = Case("positive", "ASR spoken NI number (letters, NATO spelling, words)")
    greet(c)
    c.a(pick(["can i take your national insurance number", "and your n i number please"]))
    c.c(pick(["yep it's ", "", "er, ", "ok so "]), V(say_ni(n), "NI_NUMBER"))
    if R.random() < 0.5:
        c.a(pick(["so that's ", "thanks i have "]), V(say_ni(n, nato=1.0), "NI_NUMBER"))
        c.c("that's it")
        c.note += " + NATO read-back"
    return c


def ni_split():
    n = make_ni()
    g = gid()
    c = Case("positive", "NI number split across turns with back-channels")
    c.a("national insurance number please")
    nato = R.random()
    c.c(V(spell(n[:2], nato), "NI_NUMBER", g, "part"))
    c.a(pick(BACK))
    c.c(V(say_digits(n[2:5], "oh", 0.4), "NI_NUMBER", g, "part"))
    c.a(pick(BACK))
    c.c(V(say_digits(n[5:8], "oh", 0.4), "NI_NUMBER", g, "part"), pick([" and then ", ", ", " um and the letter's "]),
        V(spell(n[8], nato), "NI_NUMBER", g, "part"))
    c.a(pick(["lovely", "thanks", "ok"]))
    return c


def ni_letter_mishear():
    n = make_ni()
    conf = {"M": "N", "N": "M", "B": "P", "P": "B", "T": "P", "S": "X", "C": "Z", "Z": "C", "E": "C",
            "A": "H", "H": "A", "J": "G", "G": "J", "K": "A", "L": "R", "R": "L", "W": "L", "X": "S", "Y": "W"}
    wrong = conf[n[0]] + n[1:]
    c = Case("positive", "agent mishears NI prefix letter, caller corrects with NATO")
    c.a("and your national insurance number")
    c.c(V(say_ni(n, nato=0.0), "NI_NUMBER"))
    c.a(pick(["was that ", "i've got "]), V(say_ni(wrong, nato=0.0, style="digits"), "NI_NUMBER", m="frag"))
    c.c("no, ", V(spell(n[0], 1.0), "NI_NUMBER", m="frag"), pick([" at the start", " first, not " + spell(wrong[0], 1.0).split(" ")[0]]))
    c.a("sorry, ", V(say_ni(n, nato=1.0), "NI_NUMBER"))
    return c


def ni_restart():
    n = make_ni()
    c = Case("positive", "caller restarts NI number after reading from wrong document")
    c.a("ni number please")
    c.c(V(spell(n[:2], 0.0) + " " + say_digits(n[2:5], "oh", 0), "NI_NUMBER", m="frag"),
        pick([" oh no hang on that's my wife's, mine's ", " wait, no, sorry, it's "]), V(say_ni(n), "NI_NUMBER"))
    c.a("ok no problem, thanks")
    return c


def ni_aside():
    n = make_ni()
    g = gid()
    c = Case("positive", "NI number interrupted by an aside, plus postcode verification")
    c.a("can i take your national insurance number and postcode")
    c.c(V(spell(n[:2], 0.3) + " " + say_digits(n[2:6], "oh", 0.3), "NI_NUMBER", g, "part"),
        pick([" sorry someone's at the door... right where was i ", " hold on the baby's... ok, "]),
        V(say_digits(n[6:8], "oh") + " " + spell(n[8], 0.3), "NI_NUMBER", g, "part"))
    pc = pick(UK_PC)
    c.a("and the postcode")
    c.c(V(say_postcode(pc), "POSTCODE"))
    return c


def bank_uk():
    sc, acct = digits(6), digits(8)
    c = Case("positive", "UK sort code and account number")
    spoken = R.random() < 0.55
    if spoken:
        scx = pick([", ".join(say_pair(sc[i:i + 2]) for i in range(0, 6, 2)),
                    say_digits(sc, pick(ZEROS), 0.5)])
        acx = say_digits(acct, pick(ZEROS), 0.5) if R.random() < 0.6 else say_pairs(acct)
        c.a("what's the sort code")
        c.c(V(scx, "SORT_CODE"))
        c.a("and the account number")
        c.c(pick(["", "it's ", "er "]), V(acx, "BANK_ACCOUNT"))
    else:
        scx = pick(["%s-%s-%s", "%s %s %s", "%s%s%s"]) % (sc[:2], sc[2:4], sc[4:])
        c.c(pick(["sort code ", "s/c: ", "Sort: "]), V(scx, "SORT_CODE"), pick([" acct no: ", ", account ", " a/c "]),
            V(acct if R.random() < 0.7 else acct[:4] + " " + acct[4:], "BANK_ACCOUNT"))
        c.a("Thanks, the direct debit is set up for the 1st of each month.")
    return c


def bank_us():
    acct = digits(R.choice([9, 10, 11, 12]), True)
    c = Case("positive", "US checking account number (routing number is public, not labelled)")
    c.a("what's the routing number and account number for the checking account")
    c.c("routing is 021000021 and the account is ", V(acct if R.random() < 0.5 else say_digits(acct, "zero", 0.3), "BANK_ACCOUNT"))
    c.a("ok and is that personal or business")
    c.c("personal")
    return c


def iban_case():
    ib = make_iban()
    c = Case("positive", "IBAN for EU/IE refund or transfer")
    if R.random() < 0.5:
        txt = pick([iban_fmt(ib), ib, iban_fmt(ib).lower(), ib[:4] + " " + ib[4:]])
        c.c(pick(["IBAN: ", "please refund to ", "my iban is "]), V(txt, "IBAN"), pick(["", ".", " ta"]))
        c.a("Thank you, the refund of €84.20 will arrive in 3-5 working days.")
    else:
        parts = []
        for ch in ib:
            if ch.isalpha():
                parts.append(spell(ch, 0.5))
            else:
                parts.append(UNITW[int(ch)] if ch != "0" else pick(["zero", "oh", "nought"]))
        c.a("can you read out the iban")
        c.c(V(" ".join(parts), "IBAN"))
        c.a("thank you")
    return c


def phone_case():
    spoken = R.random() < 0.5
    ph = make_phone(spoken=spoken)
    c = Case("positive", "phone number update (%s)" % ("spoken" if spoken else "typed"))
    c.a(pick(["what's the best number to reach you on", "can i confirm a contact number",
              "Please provide a mobile number for SMS updates"]))
    c.c(pick(["", "it's ", "mobile is ", "ok ", "Call me on "]), V(ph, "PHONE"),
        pick(["", " after six", ".", " thanks"]))
    if R.random() < 0.4:
        c.a("and an email address")
        c.c(V(make_email(spoken), "EMAIL"))
    return c


def email_case():
    spoken = R.random() < 0.6
    e = make_email(spoken)
    c = Case("positive", "email address (%s)" % ("spoken" if spoken else "typed"))
    c.a(pick(["and what email shall we send the confirmation to", "can i take an email address",
              "What email address is on the account?"]))
    c.c(pick(["", "it's ", "email is ", "yeah "]), V(e, "EMAIL"))
    if spoken and R.random() < 0.5:
        c.a("let me read that back, ", V(e, "EMAIL"))
        c.c("yep")
    return c


def verify_case():
    c = Case("positive", "identity verification: DOB, address, postcode")
    greet(c)
    c.a("can i take your date of birth please")
    c.c(pick(["", "it's ", "yeah ", "uh "]), V(make_dob(), "DOB"))
    c.a("and the first line of the address")
    spoken = R.random() < 0.5
    uk = R.random() < 0.6
    c.c(V(make_address(spoken), "ADDRESS"), ", ", pick(TOWNS_UK if uk else TOWNS_US))
    c.a("and the postcode" if uk else "and the zip code")
    pc = pick(UK_PC if uk else US_ZIP)
    c.c(V(say_postcode(pc) if spoken else pc, "POSTCODE"))
    if R.random() < 0.3:
        c.a("thanks, i can see the card ending 4821 on file, is that still correct")
        c.c("yes")
        c.note += "; card last four mentioned (not labelled)"
    return c


def address_typed():
    c = Case("positive", "typed change-of-address message")
    uk = R.random()
    if uk < 0.5:
        c.c("Hi I've moved, new address is ", V(make_address(), "ADDRESS"), ", ", pick(TOWNS_UK), " ", V(pick(UK_PC), "POSTCODE"))
    elif uk < 0.8:
        c.c("new addr: ", V(make_address(), "ADDRESS"), ", ", pick(TOWNS_US), ", IL ", V(pick(US_ZIP), "POSTCODE"))
    else:
        c.c("Please update to ", V(make_address(), "ADDRESS"), ", ", pick(TOWNS_IE), ". Phone ", V(make_phone("IE"), "PHONE"))
    c.a("Thanks, that's updated. Your next bill is due on 14 March.")
    return c


POS = [(card_typed, 22), (card_spoken_single, 20), (card_split_turns, 12), (card_correction, 8),
       (card_misread, 7), (card_aside, 6), (card_repeat_and_last4, 4), (card_email, 5),
       (card_mixed_digits_words, 5), (card_pairs_split_midgroup, 4),
       (ssn_typed, 10), (ssn_spoken, 10), (ssn_split, 6), (ssn_correction, 6), (ssn_form, 4),
       (ni_typed, 10), (ni_spoken, 10), (ni_split, 6), (ni_letter_mishear, 5), (ni_restart, 4), (ni_aside, 4),
       (bank_uk, 12), (bank_us, 4), (iban_case, 12), (phone_case, 14), (email_case, 12),
       (verify_case, 14), (address_typed, 8)]


# --------------------------------------------------------------------------
# negative templates (nothing labelled)
# --------------------------------------------------------------------------
def neg(note, *turns):
    c = Case("negative", note)
    for sp, tx in turns:
        c.t(sp, tx)
    return c


def n_order_cardlike():
    d = digits(16, True)
    lab = pick(["order number", "reference number", "tracking number", "booking reference", "ticket number",
                "invoice number", "claim number", "policy number", "account reference"])
    sp = R.random() < 0.5
    txt = say_card(d) if sp else " ".join(card_groups(d))
    return neg("16-digit %s read like a card number" % lab,
               ("agent", "can i take the %s please" % lab), ("customer", "yeah the %s is %s" % (lab, txt)),
               ("agent", "thanks, i can see that, it was logged on the %s of %s" % (pick(ORD[1:]), pick(MONTHS))))


def n_last4():
    l4 = digits(4)
    return neg("card last-four only",
               ("agent", pick(["which card would you like to use", "is it the card ending %s" % l4])),
               ("customer", pick(["the one ending %s" % say_digits(l4, "oh"), "card ending in %s please" % l4,
                                  "the visa, last four %s" % say_digits(l4, "zero")])),
               ("agent", "lovely, that's £%d.%02d taken" % (R.randrange(5, 400), R.randrange(100))))


def n_amounts():
    return neg("amounts and balances",
               ("customer", "what's my balance"),
               ("agent", "your balance is %s pounds and %s pence, and the minimum payment is £%d.%02d" %
                (say_hundreds(str(R.randrange(100, 999))), say_pair(digits(2, True)), R.randrange(10, 99), R.randrange(100))),
               ("customer", "and last month it was £%d,%03d.%02d wasn't it" % (R.randrange(1, 9), R.randrange(1000), R.randrange(100))))


def n_times():
    return neg("opening hours, times and durations",
               ("customer", "what time are you open till"),
               ("agent", "we're open eight a m to eight p m monday to friday and nine till %s on saturdays, the wait is about %s minutes" %
                (pick(["five", "half four", "one"]), say_pair(str(R.randrange(11, 59))))),
               ("customer", "ok i'll call back at 14:30 then"))


def n_meter():
    r = digits(R.choice([5, 6, 7]))
    s = digits(R.choice([8, 10, 12]), True)
    return neg("meter reading and meter serial number",
               ("agent", "can i take the meter reading"),
               ("customer", "it says %s" % say_digits(r, pick(ZEROS), 0.4)),
               ("agent", "and the meter serial number, it's on the front"),
               ("customer", "serial number %s" % (s if R.random() < 0.5 else say_digits(s, "oh", 0.4))))


def n_travel():
    return neg("flight, gate, seat and room numbers",
               ("customer", "i'm on flight %s %s to dublin tomorrow" % (pick(["ba", "ei", "fr", "ua"]), say_digits(digits(4), "oh"))),
               ("agent", "yes that departs %s from gate %s%d, you're in seat %d%s and your hotel room is %s" %
                (pick(["at 07:45", "at quarter to eight", "at 19:10"]), pick("ABC"), R.randrange(1, 60),
                 R.randrange(1, 40), pick("ABCDEF"), say_hundreds(str(R.randrange(100, 999))))))


def n_ages_temps():
    return neg("ages, temperatures, percentages, years",
               ("customer", "my mum's %s and she's been with you since %d" % (say_pair(str(R.randrange(60, 99))), R.randrange(1985, 2020))),
               ("agent", "the rate is %d.%d percent apr, and it'll be %d degrees in malaga next week" %
                (R.randrange(2, 30), R.randrange(10), R.randrange(18, 35))))


def n_imei():
    im = luhn_complete("35" + digits(6), 15)
    return neg("IMEI (Luhn-valid 15 digits) labelled as a device serial",
               ("agent", "can you read me the imei, dial star hash zero six hash"),
               ("customer", pick(["ok the imei is %s" % im, "imei %s %s %s %s" % (im[:2], im[2:8], im[8:14], im[14]),
                                  "right it says %s" % say_digits(im, "zero", 0.4)])),
               ("agent", "thanks, i've blocked that handset"))


def n_ids_labelled():
    d9 = digits(9, True)
    return neg("9-digit customer/member number and 6-digit reference (SSN/sort-code shaped)",
               ("agent", "do you have your member number"),
               ("customer", "member number %s" % pick(["%s-%s-%s" % (d9[:3], d9[3:5], d9[5:]), d9, say_digits(d9, "oh")])),
               ("agent", "and the case reference is %s-%s-%s, keep that handy" % (digits(2), digits(2), digits(2))))


def n_product_codes():
    return neg("model/serial/product codes resembling NI numbers and postcodes",
               ("customer", "the boiler model is %s%s %s and the part is %s%d%s" %
                (pick("QWERTY"), pick("KLMN"), digits(6), pick(["SW", "EC", "M"]), R.randrange(1, 20), pick(["", " 2AA"]).replace(" 2AA", "-2A"))),
               ("agent", "ok and the serial on the sticker"),
               ("customer", ("%s %s %s %s" % (pick(["q q", "a b", "j g"]), say_digits(digits(6), "oh"), pick("efgxz"), pick(["", "two", "slash one"]))).strip()))


def n_roads():
    return neg("road names and route numbers",
               ("customer", "the engineer got stuck on the %s near junction %d then the %s" %
                (pick(["m25", "a40", "m1", "i 95", "n7", "a303"]), R.randrange(1, 40), pick(["b4632", "route 66", "m50"]))),
               ("agent", "sorry about that, i've rebooked for %s between %s" %
                (pick(["tuesday the 4th", "the 12th of june", "next friday"]), pick(["8 and 12", "1 and 5 pm"]))))


def n_dates_appt():
    return neg("appointment, payment and contract dates",
               ("agent", "your contract ends on the %s of %s %d and the next payment is on %02d/%02d/%d" %
                (pick(ORD[1:]), pick(MONTHS), R.randrange(2025, 2029), R.randrange(1, 29), R.randrange(1, 13), R.randrange(2025, 2028))),
               ("customer", "and the appointment's still %s at %s" % (pick(["thursday", "the ninth", "the 21st"]), pick(["10am", "half two"]))))


def n_website():
    return neg("website / generic service addresses, no personal email",
               ("agent", "you can do that online at %s dot com slash %s, or email is not available" % (pick(["velo", "shielddirect", "brightspark"]), pick(["help", "account", "refunds"]))),
               ("customer", "ok i'll go to www.%s.co.uk/help" % pick(["kingfisher", "celticwater", "metrobb"])))


def n_counts():
    return neg("counts and quantities with long numbers",
               ("customer", "i've used %s gigabytes and sent like %d texts" % (say_pair(str(R.randrange(20, 99))), R.randrange(100, 3000))),
               ("agent", "you've got %s minutes left and %d,%03d,%03d bytes of roaming" % (say_hundreds(str(R.randrange(100, 999))), R.randrange(1, 9), R.randrange(1000), R.randrange(1000))))


def n_reference_spoken():
    ref = digits(R.choice([12, 14, 18, 20]), True)
    lab = pick(["payment reference", "transaction id", "confirmation number", "case number", "authorisation code"])
    return neg("long spoken %s, read in chunks with back-channels" % lab,
               ("agent", "your %s is %s" % (lab, say_digits(ref[:len(ref) // 2], pick(ZEROS), 0.5))),
               ("customer", "mhm"),
               ("agent", "then %s" % say_digits(ref[len(ref) // 2:], pick(ZEROS), 0.5)),
               ("customer", "got it thanks"))


def n_policy_typed():
    return neg("typed policy/claim/tracking identifiers",
               ("customer", pick(["Policy No: POL-%s, claim ref CLM%s" % (digits(8), digits(10)),
                                  "Tracking 1Z%s%s" % (digits(4), digits(12)), "order #%s-%s-%s" % (digits(3), digits(7), digits(7)),
                                  "ticket INC%s / invoice %s" % (digits(7), digits(12))])),
               ("agent", "Thanks, I've found it. It's been escalated and you'll hear back in 48 hours."))


NEG = [(n_order_cardlike, 14), (n_last4, 10), (n_amounts, 8), (n_times, 6), (n_meter, 8), (n_travel, 6),
       (n_ages_temps, 6), (n_imei, 6), (n_ids_labelled, 8), (n_product_codes, 5), (n_roads, 5),
       (n_dates_appt, 6), (n_website, 4), (n_counts, 5), (n_reference_spoken, 8), (n_policy_typed, 8)]


# --------------------------------------------------------------------------
def build():
    pos, negs = [], []
    for fn, n in POS:
        for _ in range(n):
            pos.append(fn())
    for fn, n in NEG:
        for _ in range(n):
            negs.append(fn())
    R.shuffle(pos)
    R.shuffle(negs)
    for i, c in enumerate(pos):
        c.id = "h528-pos-%03d" % (i + 1)
    for i, c in enumerate(negs):
        c.id = "h528-neg-%03d" % (i + 1)
    return pos + negs


def render(cases):
    lines = []
    for c in cases:
        lines.append(json.dumps({"id": c.id, "kind": c.kind, "turns": c.turns, "spans": c.spans, "note": c.note},
                                ensure_ascii=False))
    return ("\n".join(lines) + "\n").encode("utf-8")


def check(cases, data):
    errs = []
    with open(OUT, "rb") as f:
        if f.read() != data:
            errs.append("file is not byte-identical to regenerated output")
    ids = [c.id for c in cases]
    if len(set(ids)) != len(ids):
        errs.append("duplicate ids")
    groups = {}
    for c in cases:
        if c.kind == "negative" and c.spans:
            errs.append("%s: negative with spans" % c.id)
        if c.kind == "positive" and not c.spans:
            errs.append("%s: positive without spans" % c.id)
        for t in c.turns:
            if t["speaker"] not in ("customer", "agent"):
                errs.append("%s: bad speaker" % c.id)
        bytu = {}
        for sp, (g, m, txt, typ) in zip(c.spans, c.meta):
            text = c.turns[sp["turn"]]["text"]
            s, e = sp["start"], sp["end"]
            if not (0 <= s < e <= len(text)) or text[s:e] != txt:
                errs.append("%s: offset out of range" % c.id)
                continue
            if not (text[s].isalnum() and text[e - 1].isalnum()):
                errs.append("%s: span %r not trimmed to value" % (c.id, txt))
            if (s > 0 and text[s - 1].isalnum()) or (e < len(text) and text[e].isalnum()):
                errs.append("%s: span %r not on word boundary" % (c.id, txt))
            if sp["type"] not in TYPES:
                errs.append("%s: bad type" % c.id)
            bytu.setdefault(sp["turn"], []).append((s, e))
            try:
                if m == "full":
                    ok = validate_full(typ, txt)
                elif m == "frag":
                    ok = validate_frag(typ, txt)
                else:
                    groups.setdefault((c.id, g), []).append((typ, txt))
                    ok = True
            except ValueError as ex:
                ok = False
                errs.append("%s: %s" % (c.id, ex))
            if not ok:
                errs.append("%s: %s value fails validation: %r" % (c.id, typ, txt))
        for ti, ss in bytu.items():
            ss.sort()
            for a, b in zip(ss, ss[1:]):
                if b[0] < a[1]:
                    errs.append("%s: overlapping spans" % c.id)
    for (cid, g), parts in groups.items():
        typ = parts[0][0]
        if typ in ("EMAIL",):
            joined = "".join(p[1] for p in parts)
        else:
            joined = " , ".join(p[1] for p in parts)
        try:
            if not validate_full(typ, joined):
                errs.append("%s: split %s group fails validation: %r" % (cid, typ, joined))
        except ValueError as ex:
            errs.append("%s: %s" % (cid, ex))
    return errs


def counts(cases):
    cnt = {t: 0 for t in TYPES}
    for c in cases:
        for sp in c.spans:
            cnt[sp["type"]] += 1
    return cnt


def main():
    cases = build()
    data = render(cases)
    if "--check" in sys.argv:
        errs = check(cases, data)
        cnt = counts(cases)
        npos = sum(c.kind == "positive" for c in cases)
        nneg = len(cases) - npos
        if npos < 200 or nneg < 100:
            errs.append("too few cases")
        for t in TYPES:
            need = 70 if t == "CARD_NUMBER" else 30 if t in ("SSN", "NI_NUMBER") else 10
            if cnt[t] < need:
                errs.append("too few %s spans: %d" % (t, cnt[t]))
        for e in errs[:50]:
            print("ERROR", e)
        print("positives %d negatives %d spans %s" % (npos, nneg, json.dumps(cnt)))
        if errs:
            print("CHECK FAILED (%d errors)" % len(errs))
            sys.exit(1)
        print("CHECK OK")
        return
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "wb") as f:
        f.write(data)
    print("wrote %d cases to %s" % (len(cases), OUT))
    print(json.dumps(counts(cases)))


if __name__ == "__main__":
    main()

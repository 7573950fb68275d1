#!/usr/bin/env python3
"""Generate the pii_holdout411 held-out PII evaluation set.

Usage: python scripts/make_pii_holdout411.py          # write the fixture
       python scripts/make_pii_holdout411.py --check  # regenerate + validate
Standard library only. Offsets are computed from segments, never typed.
"""
import json
import os
import re
import sys
import random

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "fixtures", "pii_holdout411", "cases.jsonl")
R = random.Random(411241125)

# ----------------------------------------------------------------- builders
META = {}  # case id -> list of groups: (type, canonical, [(turn,start,end,kind)])


class V:
    """A labelled value segment."""
    def __init__(self, text, typ, canon, grp=None, kind="full"):
        self.text, self.typ, self.canon, self.grp, self.kind = text, typ, canon, grp, kind


class Case:
    def __init__(self, note):
        self.note = note
        self.turns = []
        self.spans = []
        self.groups = {}
        self.order = []

    def t(self, speaker, *parts):
        text = ""
        ti = len(self.turns)
        for p in parts:
            if isinstance(p, V):
                s, e = len(text), len(text) + len(p.text)
                text += p.text
                self.spans.append({"turn": ti, "start": s, "end": e, "type": p.typ})
                key = p.grp if p.grp is not None else ("_", ti, s)
                if key not in self.groups:
                    self.groups[key] = [p.typ, p.canon, []]
                    self.order.append(key)
                self.groups[key][2].append((ti, s, e, p.kind))
            else:
                text += p
        self.turns.append({"speaker": speaker, "text": text})
        return self

    def c(self, *parts):
        return self.t("customer", *parts)

    def a(self, *parts):
        return self.t("agent", *parts)


# ----------------------------------------------------------------- values
def luhn_ok(d):
    tot = 0
    for i, ch in enumerate(reversed(d)):
        n = int(ch)
        if i % 2:
            n *= 2
            if n > 9:
                n -= 9
        tot += n
    return tot % 10 == 0


def make_card():
    kind = R.choice(["visa", "visa", "mc", "mc", "amex", "disc", "visa13", "maestro19", "mc2"])
    pre, ln = {"visa": ("4", 16), "mc": ("5" + str(R.randint(1, 5)), 16), "amex": (R.choice(["34", "37"]), 15),
               "disc": ("6011", 16), "visa13": ("4", 13), "maestro19": ("6759", 19),
               "mc2": ("22" + str(R.randint(21, 99)), 16)}[kind]
    body = pre + "".join(str(R.randint(0, 9)) for _ in range(ln - len(pre) - 1))
    for x in range(10):
        if luhn_ok(body + str(x)):
            return body + str(x)


def non_luhn(n):
    while True:
        d = str(R.randint(1, 9)) + "".join(str(R.randint(0, 9)) for _ in range(n - 1))
        if not luhn_ok(d):
            return d


def make_ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


NI1 = "ABCEGHJKLMNPRSTWXYZ"
NI2 = "ABCEGHJKLMNPRSTWXY"


def make_ni():
    while True:
        p = R.choice(NI1) + R.choice(NI2)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + "".join(str(R.randint(0, 9)) for _ in range(6)) + R.choice("ABCD")


def iban_check(cc, bban):
    s = bban + cc + "00"
    num = "".join(str(int(ch, 36)) for ch in s)
    return "%02d" % (98 - int(num) % 97)


def iban_ok(ib):
    s = ib[4:] + ib[:4]
    return len(ib) >= 15 and int("".join(str(int(ch, 36)) for ch in s)) % 97 == 1


def dg(n):
    return "".join(str(R.randint(0, 9)) for _ in range(n))


def make_iban():
    cc = R.choice(["GB", "GB", "IE", "DE", "NL", "ES", "FR"])
    if cc == "GB":
        bban = R.choice(["NWBK", "BARC", "LOYD", "MIDL", "HBUK"]) + dg(14)
    elif cc == "IE":
        bban = R.choice(["AIBK", "BOFI"]) + dg(14)
    elif cc == "DE":
        bban = dg(18)
    elif cc == "NL":
        bban = R.choice(["ABNA", "RABO", "INGB"]) + dg(10)
    elif cc == "ES":
        bban = dg(20)
    else:
        bban = dg(23)
    return cc + iban_check(cc, bban) + bban


def make_phone():
    k = R.choice(["ukmob", "ukmob", "ukint", "uklan", "us", "usint", "ie", "ieint", "de"])
    if k == "ukmob":
        n = "07700" + "900" + dg(3)
        return n, n, k
    if k == "ukint":
        n = "447700900" + dg(3)
        return n, n, k
    if k == "uklan":
        n = R.choice(["0207946", "0117496", "0161496", "0131496"]) + "0" + dg(3)
        return n, n, k
    if k == "us":
        n = R.choice(["212", "415", "617", "312", "503"]) + "555" + "01" + dg(2)
        return n, n, k
    if k == "usint":
        n = "1" + R.choice(["212", "646", "702"]) + "55501" + dg(2)
        return n, n, k
    if k == "ie":
        n = "08" + R.choice("5679") + dg(7)
        return n, n, k
    if k == "ieint":
        n = "3538" + R.choice("5679") + dg(7)
        return n, n, k
    n = "4930" + dg(8)
    return n, n, k


def fmt_phone(n, k):
    r = R.random()
    if k == "ukmob":
        return R.choice([n[:5] + " " + n[5:], n, n[:5] + "-" + n[5:8] + "-" + n[8:], n[:5] + " " + n[5:8] + " " + n[8:]])
    if k == "ukint":
        return R.choice(["+44 " + n[2:6] + " " + n[6:], "+44" + n[2:], "+44 (0)" + n[2:6] + " " + n[6:], "0044 " + n[2:]]) if r < 2 else n
    if k == "uklan":
        return R.choice([n[:3] + " " + n[3:7] + " " + n[7:], n[:4] + " " + n[4:7] + " " + n[7:], n])
    if k == "us":
        return R.choice(["(%s) %s-%s" % (n[:3], n[3:6], n[6:]), "%s-%s-%s" % (n[:3], n[3:6], n[6:]),
                         "%s.%s.%s" % (n[:3], n[3:6], n[6:]), n])
    if k == "usint":
        return R.choice(["+1 (%s) %s-%s" % (n[1:4], n[4:7], n[7:]), "+1-%s-%s-%s" % (n[1:4], n[4:7], n[7:]), "+1" + n[1:]])
    if k == "ie":
        return R.choice([n[:3] + " " + n[3:6] + " " + n[6:], n])
    if k == "ieint":
        return R.choice(["+353 " + n[3:5] + " " + n[5:8] + " " + n[8:], "+353" + n[3:]])
    return R.choice(["+49 30 " + n[4:8] + " " + n[8:], "+49 (0)30 " + n[4:]])


FIRST = ["jane", "tom", "priya", "sean", "aoife", "marek", "lucy", "dev", "hannah", "kwame", "sofia", "liam",
         "grace", "omar", "niamh", "raj", "ellie", "carlos", "megan", "pavel", "zara", "dylan", "fatima", "owen"]
LAST = ["doe", "okafor", "patel", "murphy", "kowalski", "brennan", "hughes", "nguyen", "smith", "garcia",
        "fitzgerald", "ahmed", "jones", "byrne", "lindqvist", "reilly", "campbell", "shah", "walsh", "evans"]
DOMAINS = ["gmail.com", "hotmail.co.uk", "yahoo.com", "outlook.ie", "btinternet.com", "icloud.com",
           "proton.me", "live.co.uk", "aol.com", "web.de", "eircom.net"]


def make_email():
    f, l = R.choice(FIRST), R.choice(LAST)
    local = R.choice([f + "." + l, f[0] + "." + l, f + l + str(R.randint(1, 99)), f + "_" + l, l + "." + f,
                      f + "." + l + str(R.randint(70, 99))])
    return local + "@" + R.choice(DOMAINS)


STREETS = ["Elm Grove", "Kingsway Road", "Station Road", "Church Lane", "Maple Avenue", "Victoria Street",
           "Oak Drive", "Harbour View", "Mill Lane", "Castle Close", "Park Crescent", "Main Street",
           "Willow Way", "Sycamore Court", "Queens Road", "Beech Terrace", "Orchard Place", "Green Lane"]
US_STREETS = ["Maple Ave", "W 42nd St", "Oak Street", "Sunset Blvd", "Pine Ridge Road", "Elm St", "Lakeview Drive"]
TOWNS = ["Leeds", "Bristol", "Manchester", "Cardiff", "Glasgow", "Norwich", "Belfast", "Reading", "York"]
US_TOWNS = ["Portland, OR", "Austin, TX", "Columbus, OH", "Denver, CO", "Albany, NY"]


def make_pc():
    L = "ABCDEFGHJKLMNPRSTUWYZ"
    IN = "ABDEFGHJLNPQRSTUWXYZ"
    pat = R.choice(["A9", "A99", "AA9", "AA99", "A9A", "AA9A"])
    out = ""
    for ch in pat:
        out += R.choice(L) if ch == "A" else str(R.randint(1, 9))
    return out + " " + str(R.randint(0, 9)) + R.choice(IN) + R.choice(IN)


def make_zip():
    z = "%05d" % R.randint(10001, 99950)
    return z if R.random() < 0.7 else z + "-" + dg(4)


MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december"]
ORD = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
       "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
       "eighteenth", "nineteenth", "twentieth", "twenty first", "twenty second", "twenty third",
       "twenty fourth", "twenty fifth", "twenty sixth", "twenty seventh", "twenty eighth"]

# ----------------------------------------------------------------- speech
UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "f": "foxtrot", "g": "golf",
        "h": "hotel", "i": "india", "j": "juliet", "k": "kilo", "l": "lima", "m": "mike", "n": "november",
        "o": "oscar", "p": "papa", "q": "quebec", "r": "romeo", "s": "sierra", "t": "tango", "u": "uniform",
        "v": "victor", "w": "whiskey", "x": "x-ray", "y": "yankee", "z": "zulu"}
FOR_WORDS = {"a": "apple", "b": "bob", "c": "charlie", "d": "david", "e": "edward", "g": "george", "h": "harry",
             "j": "john", "k": "king", "l": "london", "m": "mother", "n": "nancy", "p": "peter", "r": "robert",
             "s": "sugar", "t": "tommy", "w": "william", "x": "xmas", "y": "yellow", "z": "zebra"}
FILLERS = ["um", "uh", "er", "erm"]


def zero_word():
    return R.choice(["zero", "oh", "o", "nought", "oh"])


def say_digit(d, z):
    return z if d == "0" else UNITS[int(d)]


def say_run(s, z, allow_multi=True):
    """Digit-by-digit with double/triple."""
    out = []
    i = 0
    while i < len(s):
        d = s[i]
        j = i
        while j < len(s) and s[j] == d:
            j += 1
        run = j - i
        if allow_multi and run == 3 and R.random() < 0.7:
            out.append("triple " + say_digit(d, z))
            i = j
        elif allow_multi and run >= 2 and R.random() < 0.75:
            out.append("double " + say_digit(d, z))
            i += 2
        else:
            out.append(say_digit(d, z))
            i += 1
    return " ".join(out)


def say_pair(p, z):
    if p[0] == "0" or p[1] == "0":
        return say_digit(p[0], z) + " " + say_digit(p[1], z)
    if p[0] == "1":
        return TEENS[int(p[1])]
    return TENS[int(p[0])] + " " + UNITS[int(p[1])]


def say_group(g, z):
    r = R.random()
    if len(g) == 4 and r < 0.3:
        return say_pair(g[:2], z) + " " + say_pair(g[2:], z)
    if len(g) == 3 and g[0] != "0" and g[2] != "0" and r < 0.35:
        rest = g[1:]
        tail = (UNITS[int(rest[1])] if rest[0] == "0" else
                TEENS[int(rest[1])] if rest[0] == "1" else TENS[int(rest[0])] + " " + UNITS[int(rest[1])])
        return UNITS[int(g[0])] + " hundred and " + tail
    if len(g) == 2 and r < 0.3:
        return say_pair(g, z)
    return say_run(g, z)


def groups_of(s, sizes):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return [g for g in out if g]


def say_number(s, sizes=None, filler=0.25, seps=(" ", ", ", " ... ", " - ")):
    z = zero_word()
    if sizes is None:
        sizes = [4] * 5
    gs = groups_of(s, sizes)
    words = [say_group(g, z) for g in gs]
    sep = R.choice(seps)
    out = words[0]
    for w in words[1:]:
        if R.random() < filler:
            out += sep + R.choice(FILLERS) + sep.strip(" -") + " " + w if sep.strip() else " " + R.choice(FILLERS) + " " + w
        else:
            out += sep + w
    return re.sub(r"\s+", " ", out)


def say_letter(ch):
    ch = ch.lower()
    r = R.random()
    if ch == "o":
        r = max(r, 0.4)
    if r < 0.4:
        return ch
    if r < 0.7:
        return ch + " for " + R.choice([NATO[ch], FOR_WORDS.get(ch, NATO[ch])])
    if r < 0.85:
        return NATO[ch]
    return ch + " as in " + NATO[ch]


def say_code(s):
    """Mixed letters/digits, e.g. NI, postcode, IBAN."""
    z = zero_word()
    out = []
    i = 0
    while i < len(s):
        ch = s[i]
        if ch == " ":
            i += 1
            continue
        if ch.isalpha():
            if i + 1 < len(s) and s[i + 1] == ch and ch not in "Oo" and R.random() < 0.5:
                out.append("double " + ch.lower())
                i += 2
                continue
            out.append(say_letter(ch))
            i += 1
        else:
            j = i
            while j < len(s) and s[j].isdigit():
                j += 1
            run = s[i:j]
            if len(run) == 6 and R.random() < 0.4:
                out.append(say_pair(run[:2], z) + " " + say_pair(run[2:4], z) + " " + say_pair(run[4:], z))
            else:
                out.append(say_run(run, z))
            i = j
    return " ".join(out)


def say_email(e):
    local, dom = e.split("@")

    def part(p):
        toks = re.split(r"([._\-])", p)
        o = []
        for t in toks:
            if t == ".":
                o.append("dot")
            elif t == "_":
                o.append("underscore")
            elif t == "-":
                o.append("dash")
            elif t.isdigit():
                o.append(say_group(t, "oh") if len(t) <= 2 else say_run(t, "oh"))
            elif len(t) == 1:
                o.append(t)
            elif t:
                m = re.match(r"([a-z]+)(\d+)$", t)
                if m:
                    o.append(m.group(1) + " " + say_pair(m.group(2), "oh") if len(m.group(2)) == 2 else m.group(1) + " " + say_run(m.group(2), "oh"))
                else:
                    o.append(t)
        return " ".join(o)
    return part(local) + " at " + part(dom)


# ----------------------------------------------------------------- normalisers
W2D = {w: str(i) for i, w in enumerate(UNITS)}
W2D.update({"oh": "0", "o": "0", "nought": "0", "nil": "0"})
T2D = {w: i for i, w in enumerate(TEENS)}
X2D = {w: i for i, w in enumerate(TENS) if w}
NATO_R = {v: k for k, v in NATO.items()}
SKIP = set(FILLERS) | {"plus", "sorry"}


def norm_code(text, letters=True):
    """Normalise a typed or spoken code value to upper-case alphanumerics; None if unparseable."""
    t = text.lower().replace("-", " ").replace("x ray", "x-ray")
    t = re.sub(r"[^a-z0-9\- ]", " ", t)
    toks = t.split()
    out = []
    i = 0
    n = len(toks)

    def num_at(k):
        w = toks[k]
        if w in W2D:
            return int(W2D[w]), k + 1
        if w in T2D:
            return 10 + T2D[w], k + 1
        if w in X2D:
            v = X2D[w] * 10
            if k + 1 < n and toks[k + 1] in UNITS[1:]:
                return v + UNITS.index(toks[k + 1]), k + 2
            return v, k + 1
        return None, k
    while i < n:
        w = toks[i]
        if letters and len(w) == 1 and i + 2 < n and toks[i + 1] == "for":
            out.append(w)
            i += 3
        elif letters and len(w) == 1 and i + 3 < n and toks[i + 1] == "as" and toks[i + 2] == "in":
            out.append(w)
            i += 4
        elif w in SKIP:
            i += 1
        elif w.isdigit():
            out.append(w)
            i += 1
        elif w in ("double", "triple") and i + 1 < n:
            m = 2 if w == "double" else 3
            nx = toks[i + 1]
            if nx in W2D:
                out.append(W2D[nx] * m)
            elif len(nx) == 1 and letters:
                out.append(nx * m)
            else:
                return None
            i += 2
        elif w in UNITS[1:] and i + 1 < n and toks[i + 1] == "hundred":
            base = UNITS.index(w) * 100
            i += 2
            if i < n and toks[i] == "and":
                i += 1
            v, i2 = num_at(i) if i < n else (None, i)
            if v is None:
                return None
            out.append("%03d" % (base + v))
            i = i2
        elif w in T2D:
            out.append(str(10 + T2D[w]))
            i += 1
        elif w in X2D:
            v, i = num_at(i)
            out.append(str(v))
        elif w in W2D and not (letters and w == "o" and False):
            out.append(W2D[w])
            i += 1
        elif letters and len(w) == 1:
            if i + 2 < n and toks[i + 1] == "for":
                i += 3
            elif i + 3 < n and toks[i + 1] == "as" and toks[i + 2] == "in":
                i += 4
            else:
                i += 1
            out.append(w)
        elif letters and w in NATO_R:
            out.append(NATO_R[w])
            i += 1
        elif letters and re.fullmatch(r"[a-z0-9]+", w) and (re.search(r"\d", w) or w not in W2D):
            out.append(w)
            i += 1
        else:
            return None
    return "".join(out).upper()


def norm_email(text):
    t = text.strip().lower()
    if "@" in t:
        return re.sub(r"\s+", "", t)
    toks = t.replace(",", " ").split()
    o = []
    i = 0
    while i < len(toks):
        w = toks[i]
        if w in SKIP:
            pass
        elif w == "dot":
            o.append(".")
        elif w == "at":
            o.append("@")
        elif w == "underscore":
            o.append("_")
        elif w in ("dash", "hyphen"):
            o.append("-")
        elif w in ("double",) and i + 1 < len(toks):
            nx = toks[i + 1]
            o.append((W2D.get(nx, nx)) * 2)
            i += 1
        elif w in W2D and len(w) > 1:
            o.append(W2D[w])
        elif w in T2D:
            o.append(str(10 + T2D[w]))
        elif w in X2D:
            v = X2D[w] * 10
            if i + 1 < len(toks) and toks[i + 1] in UNITS[1:]:
                v += UNITS.index(toks[i + 1])
                i += 1
            o.append(str(v))
        else:
            o.append(w)
        i += 1
    return "".join(o)


EMAIL_RE = re.compile(r"^[a-z0-9._%+\-]+@[a-z0-9\-]+(\.[a-z0-9\-]+)+$")
UKPC_RE = re.compile(r"^[A-Z]{1,2}[0-9][A-Z0-9]?[0-9][A-Z]{2}$")
NI_RE = re.compile(r"^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z][0-9]{6}[A-D]$")
MONTH_RE = re.compile(r"(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)", re.I)
STREET_RE = re.compile(r"(road|street|st|lane|avenue|ave|drive|way|close|crescent|court|terrace|place|grove|view|blvd)\b", re.I)


def validate_group(typ, canon, texts):
    """texts: list of (text, kind). Returns an error string or None."""
    full = [t for t, k in texts if k != "frag"]
    frags = [t for t, k in texts if k == "frag"]
    if typ in ("CARD_NUMBER", "CVV", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE", "IBAN", "PHONE", "POSTCODE"):
        parts = [norm_code(t.replace("(0)", " ") if typ == "PHONE" else t, letters=typ in ("NI_NUMBER", "IBAN", "POSTCODE")) for t in full]
        if any(p is None for p in parts):
            return "unparseable %r" % full
        got = "".join(parts)
        if typ == "PHONE" and got.startswith("00"):
            got = got[2:]  # 00 international prefix == +
        want = re.sub(r"[^A-Z0-9]", "", canon.upper())
        if got != want:
            return "normalised %r != canonical %r" % (got, want)
        for f in frags:
            nf = norm_code(f, letters=typ in ("NI_NUMBER", "IBAN", "POSTCODE"))
            if not nf or len(nf) >= len(want):
                return "bad fragment %r" % f
        v = want
        if typ == "CARD_NUMBER" and not (13 <= len(v) <= 19 and v.isdigit() and luhn_ok(v)):
            return "card invalid " + v
        if typ == "CVV" and not (v.isdigit() and len(v) in (3, 4)):
            return "cvv invalid"
        if typ == "SSN" and not (v.isdigit() and len(v) == 9 and v[:3] not in ("000", "666") and v[0] != "9"
                                 and v[3:5] != "00" and v[5:] != "0000"):
            return "ssn invalid " + v
        if typ == "NI_NUMBER" and not NI_RE.match(v):
            return "ni invalid " + v
        if typ == "BANK_ACCOUNT" and not (v.isdigit() and 6 <= len(v) <= 12):
            return "acct invalid"
        if typ == "SORT_CODE" and not (v.isdigit() and len(v) == 6):
            return "sort invalid"
        if typ == "IBAN" and not iban_ok(v):
            return "iban invalid " + v
        if typ == "PHONE" and not (v.isdigit() and 10 <= len(v) <= 13):
            return "phone invalid " + v
        if typ == "POSTCODE" and not (UKPC_RE.match(v) or (v.isdigit() and len(v) in (5, 9))):
            return "postcode invalid " + v
        return None
    if typ == "EMAIL":
        got = norm_email(" ".join(full))
        if got != canon.lower() or not EMAIL_RE.match(got):
            return "email %r != %r" % (got, canon)
        return None
    joined = " ".join(full)
    if typ in ("DOB", "EXPIRY"):
        if not (MONTH_RE.search(joined) or re.search(r"\d{1,2}\s*[/.\-]\s*\d{2,4}", joined) or
                re.search(r"\d{4}", joined) or norm_code(joined.replace("slash", " "), letters=False)):
            return "date invalid %r" % joined
        return None
    if typ == "ADDRESS":
        if not (re.match(r"^(flat|apt|apartment|unit|no\.?|#)?\s*[0-9a-z]", joined, re.I) and STREET_RE.search(joined)):
            return "address invalid %r" % joined
        return None
    return "unknown type " + typ


# ----------------------------------------------------------------- typed formatting
def fmt_card(c):
    r = R.random()
    if len(c) == 15:
        gs = [c[:4], c[4:10], c[10:]]
    else:
        gs = [c[i:i + 4] for i in range(0, len(c), 4)]
    if r < 0.3:
        return " ".join(gs)
    if r < 0.45:
        return "-".join(gs)
    if r < 0.6:
        return c
    if r < 0.7:
        return ".".join(gs)
    if r < 0.8:
        return "  ".join(gs)
    if r < 0.9:  # odd grouping
        k = R.randint(5, 8)
        return c[:k] + " " + c[k:k + 5] + " " + c[k + 5:]
    return " - ".join(gs)


def fmt_ssn(s):
    return R.choice([s[:3] + "-" + s[3:5] + "-" + s[5:], s[:3] + " " + s[3:5] + " " + s[5:], s,
                     s[:3] + "." + s[3:5] + "." + s[5:], s[:3] + "-" + s[3:5] + "-" + s[5:]])


def fmt_ni(n):
    r = R.random()
    if r < 0.35:
        return " ".join([n[:2], n[2:4], n[4:6], n[6:8], n[8]])
    if r < 0.6:
        return n
    if r < 0.75:
        return n.lower()
    if r < 0.9:
        return n[:2] + " " + n[2:8] + " " + n[8]
    return n[:2] + "-" + n[2:8] + "-" + n[8]


def fmt_iban(ib):
    r = R.random()
    g = " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))
    if r < 0.5:
        return g
    if r < 0.7:
        return ib
    if r < 0.85:
        return g.lower()
    return ib[:4] + "-" + ib[4:]


def fmt_sort(s):
    return R.choice([s[:2] + "-" + s[2:4] + "-" + s[4:], s, s[:2] + " " + s[2:4] + " " + s[4:], s[:2] + "/" + s[2:4] + "/" + s[4:]])


def typed_dob():
    y, m, d = R.randint(1941, 2004), R.randint(1, 12), R.randint(1, 28)
    return R.choice(["%02d/%02d/%d" % (d, m, y), "%d/%d/%d" % (m, d, y), "%d-%02d-%02d" % (y, m, d),
                     "%d %s %d" % (d, MONTHS[m - 1][:3].title(), y), "%s %d, %d" % (MONTHS[m - 1].title(), d, y),
                     "%02d.%02d.%02d" % (d, m, y % 100), "%d%s %s %d" % (d, "th", MONTHS[m - 1].title(), y)])


def spoken_year(y):
    a, b = divmod(y, 100)
    if a == 20:
        return "two thousand and " + (UNITS[b] if b < 10 else say_pair("%02d" % b, "oh")) if b else "two thousand"
    return say_pair(str(a), "oh") + " " + (say_pair("%02d" % b, "oh") if b >= 10 else "oh " + UNITS[b])


def spoken_dob():
    y, m, d = R.randint(1941, 2004), R.randint(1, 12), R.randint(1, 28)
    r = R.random()
    if r < 0.4:
        return "the " + ORD[d - 1] + " of " + MONTHS[m - 1] + " " + spoken_year(y)
    if r < 0.7:
        return MONTHS[m - 1] + " " + ORD[d - 1] + " " + spoken_year(y)
    return ORD[d - 1] + " " + R.choice(FILLERS) + " " + MONTHS[m - 1] + " " + spoken_year(y)


def typed_exp():
    m, y = R.randint(1, 12), R.randint(25, 31)
    return R.choice(["%02d/%02d" % (m, y), "%02d/20%02d" % (m, y), "%02d-%02d" % (m, y), "%02d %02d" % (m, y),
                     "%s %d" % (MONTHS[m - 1][:3].title(), 2000 + y), "%02d%02d" % (m, y)])


def spoken_exp():
    m, y = R.randint(1, 12), R.randint(25, 31)
    z = zero_word()
    r = R.random()
    if r < 0.4:
        return (say_digit("0", z) + " " + UNITS[m] if m < 10 else say_pair(str(m), z)) + " " + say_pair(str(y), z)
    if r < 0.7:
        return MONTHS[m - 1] + " " + spoken_year(2000 + y)
    return (say_digit("0", z) + " " + UNITS[m] if m < 10 else say_pair(str(m), z)) + " slash " + say_pair(str(y), z)


def street_num():
    return str(R.randint(1, 240)) + (R.choice(["", "", "", "", "A", "b"]))


def typed_address():
    r = R.random()
    if r < 0.25:
        return "Flat %d, %s %s" % (R.randint(1, 30), street_num(), R.choice(STREETS))
    if r < 0.4:
        return "%s %s" % (R.randint(100, 9999), R.choice(US_STREETS)) + R.choice(["", ", Apt %d" % R.randint(1, 40)])
    if r < 0.5:
        return "%s %s" % (street_num(), R.choice(STREETS).upper())
    return "%s %s" % (street_num(), R.choice(STREETS))


def spoken_address():
    n = R.randint(1, 99)
    num = say_pair("%02d" % n, "oh") if n >= 10 and n % 10 else UNITS[n] if n < 10 else TENS[n // 10] if n >= 20 else TEENS[n - 10]
    pre = "flat " + UNITS[R.randint(1, 9)] + " " if R.random() < 0.3 else ""
    return pre + num + " " + R.choice(STREETS).lower()


# ----------------------------------------------------------------- positive templates
IND = ["bank", "telecom", "energy supplier", "retailer", "insurer", "airline", "hospital billing", "council",
       "water company", "broadband provider", "travel agency", "benefits office"]
HELLO = ["hi", "hello", "hiya", "good morning", "hey there", "afternoon"]


def hi():
    return R.choice(HELLO)


def p_card_chat(c):
    card = make_card()
    txt = fmt_card(card)
    lab = R.choice(["card no:", "Card number -", "card #", "CC:", "my card is", "long number on card ="])
    c.c(hi() + ", need to update payment for my %s account. " % R.choice(IND) + lab + " ", V(txt, "CARD_NUMBER", card),
        R.choice([" thx", "", " cheers", " ty!"]))
    c.a("Thanks, I've got that. Can you confirm the expiry and security code please?")
    exp = typed_exp()
    cvv = dg(4 if card[:2] in ("34", "37") else 3)
    c.c(R.choice(["exp ", "expires ", "Expiry: ", "valid thru "]), V(exp, "EXPIRY", exp),
        R.choice([" cvv ", ", CVV: ", " and the code on the back is ", " / sec code "]), V(cvv, "CVV", cvv))
    c.note = "chat: card + expiry + cvv typed"


def p_card_asr(c):
    card = make_card()
    sizes = [4, 6, 5] if len(card) == 15 else [4] * 5
    spoken = say_number(card, sizes)
    c.a("ok and what's the long number on the front of the card")
    c.c(R.choice(["yeah it's ", "right so ", "ok um it's ", "", "it is "]), V(spoken, "CARD_NUMBER", card))
    if R.random() < 0.6:
        c.a("let me read that back ", V(say_number(card, sizes, filler=0), "CARD_NUMBER", card), " is that right")
        c.c(R.choice(["yep", "that's it", "yes that's correct", "mhm"]))
    else:
        c.a("thank you")
    c.note = "asr: card read aloud, optional read-back"


def p_card_split(c):
    card = make_card()
    gs = groups_of(card, [4, 4, 4, 4, 4]) if len(card) != 15 else [card[:4], card[4:10], card[10:]]
    c.a("go ahead with the card number when you're ready")
    z = zero_word()
    for i, g in enumerate(gs):
        w = say_group(g, z) if R.random() < 0.8 else g
        c.c(R.choice(["", "", "um ", "ok "]) + ("" if i else ""), V(w, "CARD_NUMBER", card, grp="card", kind="part"))
        if i < len(gs) - 1:
            c.a(R.choice(["mhm", "go on", "yep", "ok", "uh huh", "right"]))
    c.a("lovely thanks")
    c.note = "asr: card split across customer turns with back-channels"


def p_card_sms(c):
    card = make_card()
    k = R.randint(6, len(card) - 4)
    c.c("card number is ", V(card[:k], "CARD_NUMBER", card, grp="card", kind="part"))
    c.c(V(card[k:], "CARD_NUMBER", card, grp="card", kind="part"), R.choice(["", " sorry hit send too early", " (rest of it)"]))
    c.a("Thanks, got both messages.")
    c.note = "sms: card broken across two messages"


def p_card_lines(c):
    card = make_card()
    k = R.choice([4, 8, 8, 12]) if len(card) >= 16 else 6
    txt = card[:k] + "\n" + card[k:]
    c.c("Hi, please charge the renewal to the card below\n\n", V(txt, "CARD_NUMBER", card),
        "\nexp ", V(typed_exp(), "EXPIRY", "x"), "\n\nThanks\n" + R.choice(FIRST).title())
    c.note = "email: card number wrapped over two lines (one span)"


def p_card_correction(c):
    card = make_card()
    sizes = [4, 6, 5] if len(card) == 15 else [4] * 5
    frag = say_run(card[:R.choice([4, 5, 6])], zero_word())
    c.a("and the card number please")
    c.c(V(frag, "CARD_NUMBER", card, grp="cf", kind="frag"), R.choice([" ... no wait that's my old card, hang on. right, it's ",
        " sorry let me start again ", " hold on I'm reading the wrong one, ok "]), V(say_number(card, sizes), "CARD_NUMBER", card, grp="cf"))
    c.a("thanks")
    c.note = "asr: restarted card reading; abandoned fragment labelled too"


def p_card_quoted(c):
    card = make_card()
    txt = fmt_card(card)
    c.a("Hi %s, we could not process the card you sent. Could you double check it?" % R.choice(FIRST).title())
    c.c("It should be right?\n\n> On Tue, Support wrote:\n> card: ", V(txt, "CARD_NUMBER", card),
        "\n> please confirm\n\nI copied it from the app: ", V(fmt_card(card), "CARD_NUMBER", card))
    c.note = "email reply quoting the earlier message that contains the card"


def p_card_aside(c):
    card = make_card()
    gs = [card[:8], card[8:]]
    z = zero_word()
    c.a("go on with the number")
    c.c(V(say_number(gs[0], [4, 4]), "CARD_NUMBER", card, grp="a", kind="part"),
        R.choice([" ... sorry the dog's going mad ... ", " - hang on kids are shouting - ", " (sorry one sec) ", " ... what? no I'm on the phone ... "]),
        V(say_number(gs[1], [4, 4, 4]), "CARD_NUMBER", card, grp="a", kind="part"))
    c.a("mhm thank you")
    c.note = "asr: aside in the middle of a card reading (aside excluded, two spans)"


def p_card_form(c):
    card = make_card()
    name = R.choice(FIRST).title() + " " + R.choice(LAST).title()
    pc = make_pc()
    c.c("[Web form submission]\nName: %s\nCard Number: " % name, V(fmt_card(card), "CARD_NUMBER", card),
        "\nExpiry (MM/YY): ", V(typed_exp(), "EXPIRY", "x"), "\nCVC: ", V(dg(3), "CVV", "x" + dg(3)) if False else V("%03d" % R.randint(100, 999), "CVV", "cvv"),
        "\nBilling postcode: ", V(pc, "POSTCODE", pc), "\nComments: pls call back after 5pm")
    c.note = "web form paste with card, expiry, cvc, postcode"


def p_ssn_chat(c):
    s = make_ssn()
    c.a("To verify your identity I need your Social Security number.")
    c.c(R.choice(["ssn ", "SSN: ", "social is ", "its ", "SS#"]), V(fmt_ssn(s), "SSN", s),
        R.choice(["", " thx", " (no dashes?)"]))
    if R.random() < 0.5:
        d = typed_dob()
        c.c("dob ", V(d, "DOB", d))
    c.note = "chat: US SSN typed"


def p_ssn_asr(c):
    s = make_ssn()
    c.a("can i get your social security number please")
    c.c(R.choice(["sure it's ", "yeah ", "ok so ", "it's uh "]), V(say_number(s, [3, 2, 4]), "SSN", s))
    if R.random() < 0.5:
        c.a("thank you that's ", V(say_number(s, [3, 2, 4], filler=0), "SSN", s))
    c.note = "asr: SSN spoken, read-back"


def p_ssn_split(c):
    s = make_ssn()
    c.a("and your social")
    c.c(V(say_group(s[:3], zero_word()), "SSN", s, grp="s", kind="part"))
    c.a(R.choice(["ok", "mhm", "go on"]))
    c.c(V(say_number(s[3:], [2, 4]), "SSN", s, grp="s", kind="part"))
    c.a("thanks")
    c.note = "asr: SSN split over turns"


def p_ssn_email(c):
    s = make_ssn()
    name = R.choice(FIRST).title() + " " + R.choice(LAST).title()
    c.c("Subject: W-9 for claim\n\nHello,\nAs requested my SSN is ", V(fmt_ssn(s), "SSN", s),
        ". My claim number is CLM-%s.\n\n--\n%s\n" % (dg(7), name))
    ph, _, k = make_phone()
    c.c("forgot to add my cell: ", V(fmt_phone(ph, k), "PHONE", ph))
    c.note = "email with SSN and claim number (claim not PII), then phone in follow-up"


def p_ssn_masked_plus(c):
    s = make_ssn()
    c.a("I can see XXX-XX-%s on file, can you give me the full number?" % s[5:])
    c.c(V(fmt_ssn(s), "SSN", s))
    c.note = "agent shows masked SSN (not labelled), customer types full SSN"


def p_ni_chat(c):
    n = make_ni()
    c.c(R.choice(["NI no: ", "my national insurance is ", "NINO - ", "ni number ", "N.I. "]), V(fmt_ni(n), "NI_NUMBER", n),
        R.choice(["", " thanks", " if that helps"]))
    c.a("Thank you, I've found your record.")
    c.note = "chat: UK NI number typed"


def p_ni_asr(c):
    n = make_ni()
    c.a("can i take your national insurance number")
    c.c(R.choice(["yeah it's ", "um ", "", "right it's "]), V(say_code(n), "NI_NUMBER", n))
    if R.random() < 0.5:
        c.a("so that's ", V(say_code(n), "NI_NUMBER", n), " yeah")
        c.c("yes")
    c.note = "asr: NI number with NATO/letter spelling"


def p_ni_split(c):
    n = make_ni()
    c.a("national insurance number please")
    c.c(V(say_code(n[:2]), "NI_NUMBER", n, grp="n", kind="part"))
    c.a(R.choice(["yep", "mhm", "ok"]))
    c.c(V(say_code(n[2:8]), "NI_NUMBER", n, grp="n", kind="part"))
    c.a("and the letter at the end")
    c.c(V(say_letter(n[8]), "NI_NUMBER", n, grp="n", kind="part"))
    c.note = "asr: NI number split over three turns"


def p_ni_form(c):
    n = make_ni()
    d = typed_dob()
    c.c("Full name: %s %s\nDate of birth: " % (R.choice(FIRST).title(), R.choice(LAST).title()), V(d, "DOB", d),
        "\nNational Insurance number: ", V(fmt_ni(n), "NI_NUMBER", n), "\nReason for contact: change of circumstances")
    c.note = "government web form with DOB + NI"


def p_bank(c):
    acc = dg(8)
    sc = dg(6)
    c.c(R.choice(["acct no: ", "Account number ", "a/c ", "acc# "]), V(acc, "BANK_ACCOUNT", acc),
        R.choice([" sort code ", ", s/c ", " SC: ", "\nsort "]), V(fmt_sort(sc), "SORT_CODE", sc))
    c.a("Thanks, that's updated for your direct debit.")
    c.note = "typed UK account + sort code"


def p_bank_asr(c):
    acc = dg(8)
    sc = dg(6)
    c.a("what's the sort code")
    c.c(V(say_number(sc, [2, 2, 2], filler=0.2), "SORT_CODE", sc))
    c.a("and the account number")
    c.c(R.choice(["it's ", "", "erm "]), V(say_number(acc, [4, 4]), "BANK_ACCOUNT", acc))
    c.a("so that's ", V(say_number(acc, [4, 4], filler=0), "BANK_ACCOUNT", acc))
    c.note = "asr: sort code and account number spoken, read-back"


def p_bank_us(c):
    acc = dg(R.randint(10, 12))
    c.c("routing # is on the check, checking account number ", V(acc, "BANK_ACCOUNT", acc))
    c.a("Got it, thank you.")
    c.note = "US checking account number"


def p_iban(c):
    ib = make_iban()
    c.c(R.choice(["IBAN: ", "please refund to IBAN ", "my iban is ", "Bank details -> IBAN "]), V(fmt_iban(ib), "IBAN", ib),
        R.choice(["", " BIC to follow", "\nthanks"]))
    c.a("Thanks, the refund will be sent in 3-5 working days.")
    c.note = "typed IBAN"


def p_iban_asr(c):
    ib = make_iban()
    c.a("can you read me the iban")
    c.c(V(say_code(ib), "IBAN", ib))
    c.a("thank you")
    c.note = "asr: IBAN spoken"


def p_phone(c):
    ph, _, k = make_phone()
    c.a("What's the best number to reach you on?")
    c.c(R.choice(["", "mob: ", "call me on ", "tel ", "my cell is "]), V(fmt_phone(ph, k), "PHONE", ph))
    c.note = "typed phone " + k


def p_phone_asr(c):
    ph, _, k = make_phone()
    c.a("and a contact number")
    if ph.startswith(("44", "353", "49")) or (ph.startswith("1") and len(ph) == 11):
        cc = "44" if ph.startswith("44") else "353" if ph.startswith("353") else "49" if ph.startswith("49") else "1"
        sp = "plus " + say_run(cc, "oh", False) + " " + say_number(ph[len(cc):], [4, 3, 3])
    else:
        sp = say_number(ph, [5, 3, 3] if ph.startswith("07") else [3, 3, 4])
    c.c(R.choice(["yeah it's ", "it's ", "", "best is my mobile "]), V(sp, "PHONE", ph))
    c.a("perfect")
    c.note = "asr: phone spoken " + k


def p_signature(c):
    ph, _, k = make_phone()
    em = make_email()
    f, l = R.choice(FIRST).title(), R.choice(LAST).title()
    c.c("Hello, I still haven't received my refund for order #%s. Please advise.\n\nKind regards\n%s %s\n" % (dg(9), f, l),
        R.choice(["M: ", "Mob ", "T: ", ""]), V(fmt_phone(ph, k), "PHONE", ph), "\n", V(em, "EMAIL", em),
        "\n\nSent from my iPhone")
    c.a("Hi %s, I've chased this with the warehouse." % f)
    c.note = "email signature with phone + email (order number not PII)"


def p_email_asr(c):
    em = make_email()
    c.a("and an email address for the confirmation")
    c.c(R.choice(["it's ", "yeah ", "um "]), V(say_email(em), "EMAIL", em))
    c.a("so ", V(em, "EMAIL", em), " yeah") if False else c.a("lovely")
    c.note = "asr: e-mail spoken with dot/at"


def p_email_typed(c):
    em = make_email()
    shown = em if R.random() < 0.6 else em.upper() if R.random() < 0.3 else em.replace("@", " @ ")
    canon = em
    c.c(R.choice(["email: ", "send it to ", "E-mail -> ", "my new email is "]), V(shown, "EMAIL", canon), R.choice(["", " pls", "."]))
    c.a("Done, you'll get a confirmation shortly.")
    c.note = "typed email"


def p_address(c):
    ad = typed_address()
    us = R.random() < 0.35
    pc = make_zip() if us else make_pc()
    town = R.choice(US_TOWNS) if us else R.choice(TOWNS)
    c.a("Can you confirm the address on the account?")
    c.c(V(ad, "ADDRESS", ad), ", " + town + (" " if us else ", "), V(pc if R.random() < 0.8 else pc.lower(), "POSTCODE", pc))
    c.note = "typed address + town + postcode/zip"


def p_address_asr(c):
    ad = spoken_address()
    pc = make_pc()
    c.a("first line of the address and the postcode")
    c.c(R.choice(["it's ", "", "yeah "]), V(ad, "ADDRESS", ad), " in " + R.choice(TOWNS).lower() + ", ", V(say_code(pc), "POSTCODE", pc))
    c.note = "asr: address and postcode spoken"


def p_move(c):
    old, new = typed_address(), typed_address()
    pc1, pc2 = make_pc(), make_pc()
    c.c("Moving house! Old: ", V(old, "ADDRESS", old), ", ", V(pc1, "POSTCODE", pc1),
        "\nNew:\n", V(new, "ADDRESS", new), "\n" + R.choice(TOWNS) + "\n", V(pc2, "POSTCODE", pc2),
        "\nmeter reading on leaving was %s" % dg(5))
    c.a("Thanks for letting us know, I've booked a final read for the %s." % R.choice(["12th", "3rd", "28th"]))
    c.note = "energy: change of address, meter reading not PII"


def p_dob(c):
    d = spoken_dob() if R.random() < 0.5 else typed_dob()
    c.a("and your date of birth")
    c.c(R.choice(["", "it's ", "um "]), V(d, "DOB", d))
    c.note = "date of birth"


def p_zip_asr(c):
    z = "%05d" % R.randint(10001, 99950)
    c.a("what's the zip code on the account")
    c.c(V(say_number(z, [5]), "POSTCODE", z))
    c.note = "asr: US ZIP spoken"


def p_combo_chat(c):
    n = make_ni()
    ph, _, k = make_phone()
    c.c("hi its about my pension credit")
    c.c("ni ", V(fmt_ni(n), "NI_NUMBER", n))
    c.c("phone ", V(fmt_phone(ph, k), "PHONE", ph))
    c.a("Thanks. I'll call you between 2 and 4pm today.")
    c.note = "chat: multiple short messages with NI and phone"


def p_ni_correction(c):
    n = make_ni()
    wrong = n[:2] + "".join(str(R.randint(0, 9)) for _ in range(6)) + n[8]
    c.c("NI is ", V(wrong[:6], "NI_NUMBER", n, grp="w", kind="frag"), "... no sorry thats my wife's. Mine is ", V(fmt_ni(n), "NI_NUMBER", n, grp="w"))
    c.note = "chat: corrected NI number, abandoned fragment labelled"


def p_card_exp_asr(c):
    card = make_card()
    sizes = [4, 6, 5] if len(card) == 15 else [4] * 5
    c.a("card number expiry and the three digits on the back please")
    ex = spoken_exp()
    cvv = dg(4 if card[:2] in ("34", "37") else 3)
    c.c(V(say_number(card, sizes), "CARD_NUMBER", card), R.choice([" expires ", ", expiry ", " and it runs out "]),
        V(ex, "EXPIRY", ex), R.choice([" and the code's ", ", security number ", " cvv "]), V(say_run(cvv, zero_word()), "CVV", cvv))
    c.note = "asr: card, expiry and cvv in one turn"


POS = [(p_card_chat, 4), (p_card_asr, 5), (p_card_split, 3), (p_card_sms, 3), (p_card_lines, 2), (p_card_correction, 2),
       (p_card_quoted, 2), (p_card_aside, 2), (p_card_form, 2), (p_card_exp_asr, 2),
       (p_ssn_chat, 3), (p_ssn_asr, 3), (p_ssn_split, 2), (p_ssn_email, 2), (p_ssn_masked_plus, 2),
       (p_ni_chat, 3), (p_ni_asr, 3), (p_ni_split, 2), (p_ni_form, 2), (p_combo_chat, 1), (p_ni_correction, 1),
       (p_bank, 2), (p_bank_asr, 2), (p_bank_us, 1), (p_iban, 3), (p_iban_asr, 2),
       (p_phone, 2), (p_phone_asr, 2), (p_signature, 2), (p_email_asr, 2), (p_email_typed, 3),
       (p_address, 3), (p_address_asr, 2), (p_move, 1), (p_dob, 2), (p_zip_asr, 1)]


# ----------------------------------------------------------------- negatives
def n_amounts(c):
    c.c("my balance says £%d.%02d but i paid %d%s already" % (R.randint(10, 4000), R.randint(0, 99), R.randint(10, 500), R.choice([" quid", " pounds", ""])))
    c.a("I can see a payment of $%s,%03d.%02d on the %s, it takes 3 to 5 working days." % (R.randint(1, 9), R.randint(0, 999), R.randint(0, 99), R.choice(["4th", "21st"])))
    c.note = "amounts and dates"


def n_order(c):
    lab = R.choice(["order number", "Order #", "ticket no.", "invoice", "tracking number", "claim ref", "policy number", "reference"])
    num = dg(R.randint(12, 18))
    c.c("%s %s, can you check it?" % (lab, " ".join(num[i:i + 4] for i in range(0, len(num), 4)) if R.random() < 0.5 else num))
    c.a("Thanks, I've checked %s %s and it's with the courier." % (lab.lower().rstrip(".#"), num))
    c.note = "long labelled reference numbers"


def n_luhn_ref(c):
    card = make_card()
    lab = R.choice(["tracking number", "consignment number", "serial number", "parcel reference", "warranty registration number"])
    c.c("the %s is %s" % (lab, " ".join(card[i:i + 4] for i in range(0, len(card), 4))))
    c.a("perfect, found it")
    c.note = "Luhn-valid 16-digit string that is a labelled non-card reference"


def n_ref_spoken(c):
    num = dg(16)
    lab = R.choice(["reference number", "order number", "booking reference", "case number", "meter serial"])
    c.a("have you got the %s" % lab)
    c.c("yeah it's " + say_number(num, [4, 4, 4, 4], filler=0.2))
    c.a("mhm found it")
    c.note = "labelled reference spoken like a card reading"


def n_last4(c):
    l4 = dg(4)
    c.a(R.choice(["Is that the card ending %s?", "I can see a Visa ending in %s on file.", "Card ****-****-****-%s was declined."]) % l4)
    c.c(R.choice(["yes that's the one ending %s" % l4, "yeah ending " + say_run(l4, "oh"), "no use my other one, ends in %s" % dg(4)]))
    c.note = "card last four only"


def n_masked(c):
    c.a("Your payment method on file: %s **** **** %s, exp **/**" % (dg(4), dg(4)))
    c.c("ok and account ending in %s is the other one, masked as XXXXXX%s on my statement" % (dg(4), dg(2)))
    c.note = "masked values"


def n_times(c):
    c.a("We're open %d am to %d pm Monday to Friday, and %d till %d on Saturdays." % (R.randint(7, 9), R.randint(5, 8), R.randint(8, 10), R.randint(1, 4)))
    c.c("ok it took %d minutes to get through, i'm %d years old and don't have time for this" % (R.randint(20, 95), R.randint(30, 90)))
    c.note = "hours, durations, ages"


def n_meter(c):
    c.c("meter reading %s, night %s, taken at %02d:%02d on the %s" % (dg(5), dg(5), R.randint(6, 22), R.randint(0, 59), R.choice(["2nd", "14th"])))
    c.a("Thanks, your estimated bill is £%d.%02d and your tariff is %d.%d p/kWh" % (R.randint(40, 300), R.randint(0, 99), R.randint(20, 30), R.randint(0, 9)))
    c.note = "meter readings and tariffs"


def n_travel(c):
    c.c("flight %s%d tomorrow, seat %d%s, gate %d, room %d at the hotel" % (R.choice(["BA", "EI", "FR", "LH", "UA"]), R.randint(100, 9999), R.randint(1, 40), R.choice("ABCDEF"), R.randint(1, 60), R.randint(100, 999)))
    c.a("Booking ref %s confirmed, departing %02d:%02d" % ("".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(6)), R.randint(0, 23), R.randint(0, 59)))
    c.note = "travel numbers"


def n_roads(c):
    c.c("the engineer couldn't find us, we're just off the A%d near junction %d of the M%d" % (R.randint(1, 999), R.randint(1, 30), R.choice([1, 4, 6, 25, 62])))
    c.a("Sorry about that, I've rebooked for %s between 8 and 12." % R.choice(["Monday", "the 19th", "next Thursday"]))
    c.note = "road names and appointment dates"


def n_model(c):
    c.c("router model %s, serial no %s, firmware v%d.%d.%d" % (R.choice(["HG612", "TG789vac", "FRITZ!Box 7530", "Hub 6"]), dg(12), R.randint(1, 9), R.randint(0, 20), R.randint(0, 99)))
    c.a("Thanks, ticket %s raised, speeds should be %d Mbps." % (dg(8), R.choice([36, 67, 150, 500, 900])))
    c.note = "model and serial numbers"


def n_percent(c):
    c.c("the rate went up %d.%d%% and it was %d degrees in here, my contract from %d ends %s %d" % (R.randint(1, 9), R.randint(0, 9), R.randint(12, 30), R.randint(2015, 2023), R.choice(MONTHS).title(), R.randint(2025, 2028)))
    c.a("I understand, the price cap changes on 1 %s." % R.choice(MONTHS).title())
    c.note = "percentages, temperatures, contract dates"


def n_policy_spoken(c):
    c.a("what's your policy number")
    c.c("it's " + say_code("PL" + dg(8)) + " on the letter")
    c.a("and the claim number")
    c.c("c l m " + say_number(dg(9), [3, 3, 3]))
    c.note = "spoken policy and claim numbers"


def n_payment_date(c):
    c.c("can i move my payment date to the %s? and how much is the %s instalment" % (R.choice(ORD[:28]), R.choice(["next", "final"])))
    c.a("Yes, from %s the payment of £%d.%02d will be taken on the %s." % (R.choice(MONTHS).title(), R.randint(10, 99), R.randint(0, 99), R.choice(["5th", "28th"])))
    c.note = "payment dates and amounts"


def n_counts(c):
    c.c("i've called %d times, %d texts, and waited %d days. %d of %d items missing from invoice INV-%s" % (R.randint(3, 12), R.randint(2, 9), R.randint(5, 40), R.randint(1, 5), R.randint(6, 12), dg(8)))
    c.a("I'm sorry, I've added a %d%% goodwill credit." % R.choice([10, 15, 20]))
    c.note = "counts and invoice number"


def n_sms_otp(c):
    c.a("Your verification code is %s. It expires in %d minutes. Ref: %s" % (dg(6), R.randint(5, 15), dg(10)))
    c.c("got it, code %s" % dg(6))
    c.note = "sms one-time code and reference"


def n_form(c):
    c.c("[Contact form]\nOrder ID: %s\nOrder date: %02d/%02d/%d\nAmount: %d.%02d EUR\nQty: %d\nMessage: item %s arrived broken, box %d of %d" % (
        dg(R.randint(10, 16)), R.randint(1, 28), R.randint(1, 12), R.randint(2023, 2025), R.randint(5, 900), R.randint(0, 99),
        R.randint(1, 6), "SKU-" + dg(8), R.randint(1, 3), R.randint(3, 5)))
    c.a("Sorry to hear that. Return label RMA%s has been emailed to you." % dg(9))
    c.note = "web form with order id, dates, amounts, SKU"


def n_quoted(c):
    t = dg(R.randint(9, 13))
    c.c("Still waiting!!\n\n> Your ticket %s has been updated.\n> Ticket: %s | Priority: %d | SLA: %d hrs\n> Please do not reply to this e-mail" % (t, t, R.randint(1, 4), R.choice([24, 48, 72])))
    c.a("Apologies, ticket %s is escalated; expect an update by %d:%02d." % (t, R.randint(9, 17), R.choice([0, 15, 30])))
    c.note = "quoted e-mail with ticket numbers"


def n_sms_delivery(c):
    c.a("Parcel %s%s due today %02d:00-%02d:00. Track: %s" % (R.choice(["JD", "H0", "1Z"]), dg(16), R.randint(7, 12), R.randint(13, 18), dg(18)))
    c.c("can u leave it with no. %d next door" % R.randint(2, 90))
    c.note = "sms delivery notification: long tracking numbers, house number alone without street"


def n_split_ref(c):
    ref = dg(16)
    c.c("reference is %s" % ref[:8])
    c.c("%s sorry pressed enter" % ref[8:])
    c.a("Thanks, reference %s-%s found, it's for the %s bill." % (ref[:8], ref[8:], R.choice(["gas", "water", "phone"])))
    c.note = "reference number split across chat messages (labelled, not PII)"


NEG = [(n_form, 2), (n_quoted, 2), (n_sms_delivery, 1), (n_split_ref, 2), (n_amounts, 2), (n_order, 3), (n_luhn_ref, 2), (n_ref_spoken, 2), (n_last4, 2), (n_masked, 1), (n_times, 1),
       (n_meter, 1), (n_travel, 1), (n_roads, 1), (n_model, 1), (n_percent, 1), (n_policy_spoken, 1), (n_payment_date, 1),
       (n_counts, 1), (n_sms_otp, 1)]


def fix_dummy_canons(c):
    """Replace placeholder canonicals for date/cvv segments with their text."""
    for key in c.order:
        g = c.groups[key]
        if g[0] in ("EXPIRY", "CVV", "DOB") and g[1] in ("x", "cvv"):
            ti, s, e, _ = g[2][0]
            g[1] = c.turns[ti]["text"][s:e]


def build():
    global META
    META = {}
    cases = []
    pos_list = [f for f, w in POS for _ in range(w)]
    neg_list = [f for f, w in NEG for _ in range(w)]
    i = 0
    while len(cases) < 220:
        f = pos_list[i % len(pos_list)]
        i += 1
        c = Case("")
        f(c)
        fix_dummy_canons(c)
        cid = "h411-pos-%03d" % (len(cases) + 1)
        cases.append({"id": cid, "kind": "positive", "turns": c.turns, "spans": c.spans, "note": c.note})
        META[cid] = [c.groups[k] for k in c.order]
    j = 0
    nneg = 0
    while nneg < 110:
        f = neg_list[j % len(neg_list)]
        j += 1
        c = Case("")
        f(c)
        nneg += 1
        cid = "h411-neg-%03d" % nneg
        cases.append({"id": cid, "kind": "negative", "turns": c.turns, "spans": [], "note": c.note})
        META[cid] = []
    return cases


def dump(cases):
    return "".join(json.dumps(x, ensure_ascii=False, sort_keys=False) + "\n" for x in cases)


def check(cases, data):
    errs = []
    with open(OUT, encoding="utf-8") as fh:
        if fh.read() != data:
            errs.append("file is not byte-identical to regenerated output")
    ids = [c["id"] for c in cases]
    if len(ids) != len(set(ids)):
        errs.append("duplicate ids")
    for c in cases:
        for t in c["turns"]:
            if t["speaker"] not in ("customer", "agent"):
                errs.append(c["id"] + " bad speaker")
        if c["kind"] == "negative" and c["spans"]:
            errs.append(c["id"] + " negative with spans")
        if c["kind"] == "positive" and not c["spans"]:
            errs.append(c["id"] + " positive without spans")
        byturn = {}
        for sp in c["spans"]:
            if not (0 <= sp["turn"] < len(c["turns"])):
                errs.append(c["id"] + " turn out of range")
                continue
            txt = c["turns"][sp["turn"]]["text"]
            s, e = sp["start"], sp["end"]
            if not (0 <= s < e <= len(txt)):
                errs.append(c["id"] + " offsets out of range")
                continue
            v = txt[s:e]
            if v != v.strip() or not v:
                errs.append(c["id"] + " span has outer whitespace %r" % v)
            if (s > 0 and txt[s - 1].isalnum()) or (e < len(txt) and txt[e].isalnum()):
                errs.append(c["id"] + " span not on word boundary %r" % v)
            if not (v[0].isalnum() or v[0] in "+(") or not v[-1].isalnum():
                errs.append(c["id"] + " span edge not alnum %r" % v)
            byturn.setdefault(sp["turn"], []).append((s, e))
        for iv in byturn.values():
            iv.sort()
            for (a, b), (x, y) in zip(iv, iv[1:]):
                if x < b:
                    errs.append(c["id"] + " overlapping spans")
        for typ, canon, locs in META[c["id"]]:
            texts = [(c["turns"][ti]["text"][s:e], k) for ti, s, e, k in locs]
            err = validate_group(typ, canon, texts)
            if err:
                errs.append("%s %s: %s" % (c["id"], typ, err))
    return errs


def counts(cases):
    from collections import Counter
    cnt = Counter(sp["type"] for c in cases for sp in c["spans"])
    return cnt


def main():
    cases = build()
    data = dump(cases)
    if "--check" in sys.argv:
        errs = check(cases, data)
        cnt = counts(cases)
        npos = sum(c["kind"] == "positive" for c in cases)
        nneg = len(cases) - npos
        need = {"CARD_NUMBER": 70, "SSN": 30, "NI_NUMBER": 30}
        for t in ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE", "IBAN", "PHONE",
                  "EMAIL", "DOB", "POSTCODE", "ADDRESS"]:
            if cnt[t] < need.get(t, 10):
                errs.append("too few %s spans: %d" % (t, cnt[t]))
        if npos < 200 or nneg < 100:
            errs.append("too few cases")
        for e in errs[:50]:
            print("ERROR", e)
        print("positives=%d negatives=%d spans=%s" % (npos, nneg, dict(sorted(cnt.items()))))
        if errs:
            print("CHECK FAILED (%d errors)" % len(errs))
            sys.exit(1)
        print("CHECK OK")
        return
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(data)
    print("wrote %d cases to %s" % (len(cases), OUT))


if __name__ == "__main__":
    main()

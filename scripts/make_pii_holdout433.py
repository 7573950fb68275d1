#!/usr/bin/env python3
"""Generate the pii_holdout433 held-out PII evaluation set.

Usage:
    python scripts/make_pii_holdout433.py          # write the fixture
    python scripts/make_pii_holdout433.py --check  # regenerate and verify

Standard library only.  Every turn is built from plain segments and labelled
value segments so that offsets are computed, never typed by hand.
"""
import json
import os
import random
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "fixtures", "pii_holdout433", "cases.jsonl")

R = random.Random(433241125)

# ---------------------------------------------------------------- segments
_GID = [0]


class V(object):
    """A labelled value segment.  Segments sharing a group form one value."""

    def __init__(self, text, typ, group=None):
        self.text = text
        self.typ = typ
        if group is None:
            _GID[0] += 1
            group = _GID[0]
        self.group = group


def newgroup():
    _GID[0] += 1
    return _GID[0]


class Case(object):
    def __init__(self, note):
        self.note = note
        self.turns = []  # list of (speaker, [segments])

    def c(self, *segs):
        self.turns.append(("customer", list(segs)))
        return self

    def a(self, *segs):
        self.turns.append(("agent", list(segs)))
        return self

    def build(self, cid, kind):
        turns, spans, groups = [], [], {}
        for ti, (spk, segs) in enumerate(self.turns):
            text = ""
            for s in segs:
                if isinstance(s, V):
                    m = re.match(r"^([^0-9A-Za-z]*)(.*?)([^0-9A-Za-z]*)$", s.text, re.S)
                    text += m.group(1)
                    s = V(m.group(2), s.typ, s.group)
                    tail = m.group(3)
                    st = len(text)
                    text += s.text
                    spans.append({"turn": ti, "start": st, "end": len(text), "type": s.typ})
                    groups.setdefault(s.group, []).append((s.typ, s.text))
                    text += tail
                else:
                    text += s
            turns.append({"speaker": spk, "text": text})
        rec = {"id": cid, "kind": kind, "turns": turns, "spans": spans, "note": self.note}
        return rec, groups


# ---------------------------------------------------------------- numbers
UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
ZEROS = ["oh", "o", "zero", "nought", "oh"]
FILLERS = ["um", "uh", "er", "erm"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "f": "foxtrot",
        "g": "golf", "h": "hotel", "i": "india", "j": "juliet", "k": "kilo", "l": "lima",
        "m": "mike", "n": "november", "o": "oscar", "p": "papa", "q": "quebec", "r": "romeo",
        "s": "sierra", "t": "tango", "u": "uniform", "v": "victor", "w": "whiskey", "x": "x-ray",
        "y": "yankee", "z": "zulu"}
ALT_SPELL = {"b": "bravo", "c": "charlie", "d": "david", "e": "edward", "h": "harry",
             "j": "john", "k": "king", "m": "mother", "n": "nancy", "p": "peter",
             "r": "robert", "s": "sugar", "t": "tommy", "w": "william", "a": "apple",
             "l": "london", "g": "george", "y": "yellow", "z": "zebra", "x": "xmas"}


def dword(d, zero=None):
    if d == "0":
        return zero or R.choice(ZEROS)
    return UNITS[int(d)]


def pair_words(p, final):
    a, b = p
    if a == "0":
        return "%s %s" % (dword("0"), dword(b))
    if a == "1":
        return TEENS[int(b)]
    if b == "0":
        if final:
            return TENS[int(a)]
        return "%s %s" % (UNITS[int(a)], R.choice(["oh", "zero"]))
    return "%s %s" % (TENS[int(a)], UNITS[int(b)])


def trip_words(t, final):
    if t[0] == "0":
        return "%s %s" % (dword("0"), pair_words(t[1:], final))
    h = UNITS[int(t[0])] + " hundred"
    if t[1:] == "00":
        return h if final else "%s %s %s" % (UNITS[int(t[0])], dword("0"), dword("0"))
    rest = t[1:]
    if rest[0] == "0":
        return h + " and " + UNITS[int(rest[1])]
    return h + " and " + pair_words(rest, True)


def digits_words(s, doubles=True):
    """digit by digit, with double/triple."""
    out, i = [], 0
    z = R.choice(ZEROS)
    while i < len(s):
        d = s[i]
        if doubles and i + 2 < len(s) and s[i + 1] == d and s[i + 2] == d and R.random() < 0.7:
            out.append("triple " + dword(d, z))
            i += 3
        elif doubles and i + 1 < len(s) and s[i + 1] == d and R.random() < 0.75:
            out.append("double " + dword(d, z))
            i += 2
        else:
            out.append(dword(d, z))
            i += 1
    return " ".join(out)


def speak_group(g, style, final):
    if style == "pairs" and len(g) % 2 == 0:
        ps = [g[i:i + 2] for i in range(0, len(g), 2)]
        return " ".join(pair_words(p, final and k == len(ps) - 1) for k, p in enumerate(ps))
    if style == "hundreds" and len(g) == 3:
        return trip_words(g, final)
    if style == "mixed":
        return speak_group(g, R.choice(["digits", "pairs", "hundreds"]), final)
    return digits_words(g)


def speak_groups(groups, style=None, fill=0.0, sep=" "):
    style = style or R.choice(["digits", "digits", "pairs", "mixed"])
    parts = []
    for k, g in enumerate(groups):
        w = speak_group(g, style, k == len(groups) - 1)
        if k and R.random() < fill:
            w = R.choice(FILLERS) + " " + w
        parts.append(w)
    return sep.join(parts)


def spell_letter(ch, mode):
    ch = ch.lower()
    if mode == "nato":
        return "%s for %s" % (ch, NATO[ch])
    if mode == "alt" and ch in ALT_SPELL:
        return "%s for %s" % (ch, ALT_SPELL[ch])
    if mode == "asin":
        return "%s as in %s" % (ch, NATO[ch])
    if ch == "o":
        return "o for oscar"
    return ch


# ---------------------------------------------------------------- normaliser
NUMWORD = {w: str(i) for i, w in enumerate(UNITS)}
for z in ZEROS:
    NUMWORD[z] = "0"
TEENW = {w: str(10 + i) for i, w in enumerate(TEENS)}
TENW = {w: str(i) for i, w in enumerate(TENS) if w}
FILLSET = set(FILLERS) | {"ah", "hmm"}
NATO_WORDS = set(NATO.values()) | set(ALT_SPELL.values())


def spoken_norm(text, keep_words=False):
    """Turn a spoken or typed reading into a compact string of chars."""
    t = text.lower().replace("x-ray", "xray")
    toks = re.findall(r"[a-z]+|[0-9]+|[@+._-]", t)
    out = []
    i = 0
    while i < len(toks):
        w = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else ""
        if w in FILLSET:
            i += 1
        elif w.isdigit():
            out.append(w)
            i += 1
        elif len(w) == 1 and nxt == "for":
            out.append(w)
            i += 3
        elif len(w) == 1 and nxt == "as" and i + 2 < len(toks) and toks[i + 2] == "in":
            out.append(w)
            i += 4
        elif w in ("double", "triple") and nxt in NUMWORD:
            out.append(NUMWORD[nxt] * (2 if w == "double" else 3))
            i += 2
        elif w in ("double", "triple") and len(nxt) == 1:
            out.append(nxt * (2 if w == "double" else 3))
            i += 2
        elif w in NUMWORD and nxt == "hundred":
            j = i + 2
            if j < len(toks) and toks[j] == "and":
                n2 = toks[j + 1]
                if n2 in TEENW:
                    out.append(NUMWORD[w] + TEENW[n2])
                    i = j + 2
                elif n2 in TENW:
                    n3 = toks[j + 2] if j + 2 < len(toks) else ""
                    if n3 in NUMWORD and NUMWORD[n3] != "0":
                        out.append(NUMWORD[w] + TENW[n2] + NUMWORD[n3])
                        i = j + 3
                    else:
                        out.append(NUMWORD[w] + TENW[n2] + "0")
                        i = j + 2
                else:
                    out.append(NUMWORD[w] + "0" + NUMWORD[n2])
                    i = j + 2
            else:
                out.append(NUMWORD[w] + "00")
                i = j
        elif w in NUMWORD:
            out.append(NUMWORD[w])
            i += 1
        elif w in TEENW:
            out.append(TEENW[w])
            i += 1
        elif w in TENW:
            if nxt in NUMWORD and NUMWORD[nxt] != "0" and nxt not in ZEROS:
                out.append(TENW[w] + NUMWORD[nxt])
                i += 2
            else:
                out.append(TENW[w] + "0")
                i += 1
        elif w == "plus":
            out.append("+")
            i += 1
        elif w in ("dot", "point"):
            out.append(".")
            i += 1
        elif w == "at":
            out.append("@")
            i += 1
        elif w == "underscore":
            out.append("_")
            i += 1
        elif w in ("dash", "hyphen", "space", "slash"):
            out.append("-" if keep_words else "")
            i += 1
        elif w in (".", "-", "_") and not keep_words:
            i += 1
        elif len(w) == 1:
            out.append(w)
            i += 1
        elif not keep_words and len(w) <= 4 and w not in NATO_WORDS and re.match(r"^[a-z]+$", w) \
                and (text.isupper() or re.search(r"[0-9]", text)):
            out.append(w)
            i += 1
        elif w in ("flat", "apartment", "unit", "and"):
            out.append(w + " " if keep_words else "")
            i += 1
        else:
            out.append(w if keep_words else ("" if w in NATO_WORDS else "?" + w + "?"))
            i += 1
    return "".join(out)


def luhn_ok(s):
    tot = 0
    for k, ch in enumerate(reversed(s)):
        d = int(ch)
        if k % 2:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def iban_ok(s):
    s = s.upper()
    if not re.match(r"^[A-Z]{2}[0-9]{2}[A-Z0-9]{10,30}$", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


NI_RE = re.compile(r"^(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z][0-9]{6}[A-D]$")
UKPC_RE = re.compile(r"^[A-Z]{1,2}[0-9][A-Z0-9]?[0-9][A-Z]{2}$")
STREET_RE = re.compile(r"\b(street|st|road|rd|avenue|ave|lane|ln|drive|dr|close|way|crescent|"
                       r"place|court|terrace|grove|gardens|boulevard|blvd|row|hill|park|square|"
                       r"mews|walk|parade)\b\.?$", re.I)


def digits_of(text):
    n = spoken_norm(text)
    return n, re.sub(r"[^0-9]", "", n)


def validate(typ, text):
    n, d = digits_of(text)
    if "?" in n and typ not in ("DOB", "EXPIRY", "ADDRESS", "EMAIL"):
        return "unparsed word in %r -> %r" % (text, n)
    if typ == "CARD_NUMBER":
        return None if 13 <= len(d) <= 19 and n.isdigit() and luhn_ok(d) else "bad card %r" % d
    if typ == "CVV":
        return None if n.isdigit() and len(d) in (3, 4) else "bad cvv %r" % n
    if typ == "SSN":
        return None if n.isdigit() and len(d) == 9 and d[:3] not in ("000", "666") and d[0] != "9" \
            and d[3:5] != "00" and d[5:] != "0000" else "bad ssn %r" % n
    if typ == "NI_NUMBER":
        return None if NI_RE.match(n.upper()) else "bad ni %r" % n
    if typ == "SORT_CODE":
        return None if n.isdigit() and len(d) == 6 else "bad sort %r" % n
    if typ == "BANK_ACCOUNT":
        return None if n.isdigit() and 6 <= len(d) <= 17 else "bad acct %r" % n
    if typ == "IBAN":
        return None if iban_ok(n) else "bad iban %r" % n
    if typ == "PHONE":
        return None if re.match(r"^\+?[0-9]{10,15}$", n) else "bad phone %r" % n
    if typ == "POSTCODE":
        u = n.upper()
        return None if UKPC_RE.match(u) or re.match(r"^[0-9]{5}([0-9]{4})?$", u) else "bad pc %r" % n
    if typ == "EMAIL":
        e = text.lower() if "@" in text else spoken_norm(text, keep_words=True)
        return None if re.match(r"^[a-z0-9._-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$", e) else "bad email %r" % e
    low = text.lower()
    if typ == "EXPIRY":
        if re.match(r"^(0?[1-9]|1[0-2]) ?[/.-] ?([0-9]{2}|20[0-9]{2})$", text):
            return None
        if any(m[:3] in low for m in MONTHS) and re.search(r"[0-9]|twenty|thirty", low):
            return None
        if len(d) in (4, 6) and 1 <= int(d[:2]) <= 12:
            return None
        return "bad expiry %r" % text
    if typ == "DOB":
        if re.match(r"^[0-9]{1,2}[/.-][0-9]{1,2}[/.-]([0-9]{2}|(19|20)[0-9]{2})$", text) or \
                re.match(r"^(19|20)[0-9]{2}-[0-9]{2}-[0-9]{2}$", text):
            return None
        if any(m[:3] in low for m in MONTHS) and (re.search(r"(19|20)[0-9]{2}", d) or
                                                   re.search(r"\b(19|20)[0-9]{2}\b", text) or "nineteen" in low):
            return None
        return "bad dob %r" % text
    if typ == "ADDRESS":
        first = low.split()[0].strip(",")
        if (first[0].isdigit() or first in NUMWORD or first in TENW or first in TEENW or
                first in ("flat", "apartment", "apt", "unit", "number")) and STREET_RE.search(low):
            return None
        return "bad address %r" % text
    return "unknown type"


# ---------------------------------------------------------------- value makers
def luhn_complete(prefix, length):
    s = prefix + "".join(str(R.randint(0, 9)) for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(s + c):
            return s + c


def make_card():
    kind = R.choice(["visa", "visa", "mc", "mc", "amex", "disc", "visa13", "long19", "maestro"])
    if kind == "visa":
        return luhn_complete("4" + str(R.randint(0, 9)), 16), [4, 4, 4, 4]
    if kind == "mc":
        return luhn_complete(str(R.randint(51, 55)), 16), [4, 4, 4, 4]
    if kind == "amex":
        return luhn_complete(R.choice(["34", "37"]), 15), [4, 6, 5]
    if kind == "disc":
        return luhn_complete("6011", 16), [4, 4, 4, 4]
    if kind == "visa13":
        return luhn_complete("4", 13), [4, 3, 3, 3]
    if kind == "long19":
        return luhn_complete("6" + R.choice(["2", "3"]), 19), [4, 4, 4, 4, 3]
    return luhn_complete("67", 18), [4, 4, 4, 4, 2]


def chunks(s, sizes):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    return out


def typed_card(num, sizes):
    st = R.choice(["space", "dash", "none", "space", "odd", "dot"])
    g = chunks(num, sizes)
    if st == "space":
        return " ".join(g)
    if st == "dash":
        return "-".join(g)
    if st == "dot":
        return ".".join(g)
    if st == "odd":
        cut = R.randint(5, len(num) - 5)
        return num[:cut] + "  " + num[cut:]
    return num


def make_ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


NI1 = "ABCEGHJKLMNPRSTWXYZ"
NI2 = "ABCEGHJKLMNPRSTWXYZ"


def make_ni():
    while True:
        p = R.choice(NI1) + R.choice(NI2)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + "%06d" % R.randint(0, 999999) + R.choice("ABCD")


def typed_ni(ni):
    st = R.choice(["plain", "pairs", "lower", "pairs", "mixed"])
    if st == "plain":
        return ni
    if st == "lower":
        return ni.lower()
    if st == "mixed":
        return ni[:2].lower() + ni[2:8] + ni[8]
    return "%s %s %s %s %s" % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8])


def spoken_ni(ni, mode=None):
    mode = mode or R.choice(["plain", "nato", "alt", "plain", "asin"])
    lets = [spell_letter(ni[0], mode), spell_letter(ni[1], mode)]
    mid = speak_groups([ni[2:4], ni[4:6], ni[6:8]], R.choice(["digits", "pairs", "digits"]), fill=0.2)
    return "%s %s %s %s" % (lets[0], lets[1], mid, spell_letter(ni[8], mode))


def make_iban():
    cc = R.choice(["GB", "IE", "DE", "FR", "NL", "ES"])
    if cc == "GB":
        bban = R.choice(["NWBK", "BARC", "HBUK", "MIDL", "LOYD"]) + "%06d%08d" % (R.randint(0, 999999), R.randint(0, 99999999))
    elif cc == "IE":
        bban = R.choice(["AIBK", "BOFI"]) + "%06d%08d" % (R.randint(0, 999999), R.randint(0, 99999999))
    elif cc == "DE":
        bban = "%08d%010d" % (R.randint(10000000, 99999999), R.randint(0, 9999999999))
    elif cc == "FR":
        bban = "%05d%05d%011d%02d" % (R.randint(10000, 99999), R.randint(0, 99999), R.randint(0, 10 ** 11 - 1), R.randint(0, 99))
    elif cc == "NL":
        bban = R.choice(["ABNA", "INGB", "RABN"]) + "%010d" % R.randint(0, 9999999999)
    else:
        bban = "%020d" % R.randint(0, 10 ** 20 - 1)
    r = bban + cc + "00"
    chk = 98 - int("".join(str(int(c, 36)) for c in r)) % 97
    return cc + "%02d" % chk + bban


def typed_iban(ib):
    st = R.choice(["groups", "plain", "groups", "lower"])
    if st == "plain":
        return ib
    g = " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))
    return g.lower() if st == "lower" else g


def spoken_iban(ib):
    out = []
    for i in range(0, len(ib), 4):
        grp = ib[i:i + 4]
        ws = []
        for ch in grp:
            ws.append(dword(ch) if ch.isdigit() else spell_letter(ch, "plain"))
        out.append(" ".join(ws))
    return ", ".join(out)


def make_phone():
    k = R.choice(["ukmob", "ukland", "us", "ie", "ukmob", "us", "eu"])
    if k == "ukmob":
        n = "07" + str(R.randint(100, 999)) + "%06d" % R.randint(0, 999999)
        return k, n, ["44", n[1:]]
    if k == "ukland":
        n = R.choice(["020", "0161", "0131", "0117", "0113"])
        rest = "%0*d" % (11 - len(n), R.randint(0, 10 ** (11 - len(n)) - 1))
        n = n + rest
        return k, n, ["44", n[1:]]
    if k == "us":
        n = "%d%02d%03d%04d" % (R.randint(2, 9), R.randint(0, 99), R.randint(200, 999), R.randint(0, 9999))
        return k, n, ["1", n]
    if k == "ie":
        n = "08" + str(R.choice([3, 5, 6, 7, 9])) + "%07d" % R.randint(0, 9999999)
        return k, n, ["353", n[1:]]
    n = "6" + "%08d" % R.randint(0, 99999999)
    return k, n, [R.choice(["33", "34"]), n]


def typed_phone(k, n, intl):
    use_intl = R.random() < 0.4
    if k == "us":
        if use_intl:
            return R.choice(["+1 %s %s %s", "+1-%s-%s-%s", "1 (%s) %s-%s"]) % (n[:3], n[3:6], n[6:])
        return R.choice(["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s", "%s %s %s"]) % (n[:3], n[3:6], n[6:])
    if k == "eu":
        return "+%s %s %s %s %s" % (intl[0], n[0], n[1:3], n[3:5], n[5:])
    if use_intl:
        rest = intl[1]
        return R.choice(["+%s %s %s", "+%s (0)%s %s", "00%s %s %s"]) % (intl[0], rest[:4], rest[4:])
    return R.choice(["%s %s", "%s%s", "%s-%s"]) % (n[:5], n[5:])


def spoken_phone(k, n, intl):
    if R.random() < 0.35:
        cc = "plus " + speak_groups([intl[0]], "digits")
        body = intl[1]
        return cc + " " + speak_groups([body[:4], body[4:7], body[7:]], fill=0.25)
    if k == "us":
        return speak_groups([n[:3], n[3:6], n[6:]], R.choice(["digits", "mixed"]), fill=0.2)
    if k == "eu":
        n = "0" + n
    return speak_groups([n[:5], n[5:8], n[8:]], fill=0.25)


FIRST = ["james", "sarah", "priya", "liam", "aoife", "tomasz", "mohammed", "chloe", "darren",
         "niamh", "kwame", "beatriz", "gareth", "hannah", "ravi", "siobhan", "marcus", "elena"]
LAST = ["doe", "okafor", "patel", "murphy", "kowalski", "smith", "brennan", "nguyen",
        "hughes", "garcia", "walsh", "khan", "fischer", "reilly", "evans", "baker"]
DOMS = [("gmail", "com"), ("outlook", "com"), ("yahoo", "co.uk"), ("hotmail", "co.uk"),
        ("eircom", "net"), ("icloud", "com"), ("btinternet", "com"), ("web", "de"),
        ("protonmail", "com"), ("aol", "com")]


def make_email():
    f, l = R.choice(FIRST), R.choice(LAST)
    dom, tld = R.choice(DOMS)
    st = R.randint(0, 4)
    yr = str(R.randint(60, 99))
    if st == 0:
        user = [f[0], ".", l]
    elif st == 1:
        user = [f, "_", l, yr]
    elif st == 2:
        user = [f, l[0], yr]
    elif st == 3:
        user = [f, ".", l]
    else:
        user = [l, "-", f[0]]
    typed = "".join(user) + "@" + dom + "." + tld
    sw = []
    for u in user:
        if u == ".":
            sw.append("dot")
        elif u == "_":
            sw.append("underscore")
        elif u == "-":
            sw.append(R.choice(["dash", "hyphen"]))
        elif u.isdigit():
            sw.append(pair_words(u, True))
        elif len(u) == 1:
            sw.append(u)
        else:
            sw.append(u if R.random() < 0.7 else " ".join(u))
    spoken = " ".join(sw) + " at " + dom + " dot " + " dot ".join(tld.split("."))
    return typed, spoken


STREETS = ["Baker Street", "Elm Road", "Church Lane", "Victoria Avenue", "Mill Close",
           "Harbour View Drive", "Kingsway", "Oak Grove", "Station Road", "Maple Street",
           "Sycamore Court", "Willow Crescent", "Castle Terrace", "Main Street", "Pine Hill",
           "Dock Road", "Larkfield Gardens", "Sunset Boulevard", "Elmwood Avenue", "Market Square"]
TOWNS_UK = ["Leeds", "Bristol", "Manchester", "Glasgow", "Cardiff", "Norwich", "York"]
TOWNS_US = ["Austin, Texas", "Columbus, Ohio", "Portland, Oregon", "Tampa, Florida"]
TOWNS_IE = ["Cork", "Galway", "Dublin 8", "Limerick"]


def make_address(spoken):
    st = R.choice(STREETS)
    if st == "Kingsway":
        st = "Kingsway Road"
    n = R.choice([R.randint(1, 99), R.randint(1, 40), R.randint(100, 2999)])
    flat = R.random() < 0.25
    if spoken:
        s = st.lower()
        nw = speak_group(str(n), R.choice(["pairs", "hundreds", "digits"]), True) if n >= 10 else UNITS[n]
        if n >= 1000:
            nw = pair_words(str(n)[:2], False) + " " + pair_words(str(n)[2:], True)
        if flat:
            return "flat %s, %s %s" % (UNITS[R.randint(1, 9)], nw, s)
        return "%s %s" % (nw, s)
    if R.random() < 0.2:
        st = st.replace("Street", "St").replace("Road", "Rd").replace("Avenue", "Ave")
    if R.random() < 0.2:
        st = st.lower()
    if flat:
        return R.choice(["Flat %d, %d %s", "Apt %d, %d %s", "Flat %d %d %s"]) % (R.randint(1, 30), n, st)
    return "%d %s" % (n, st)


def make_ukpc():
    area = R.choice(["SW", "M", "LS", "BS", "G", "CF", "NR", "YO", "E", "N", "EH", "B", "W", "SE"])
    d = str(R.randint(1, 20))
    if area in ("SW", "W", "E") and R.random() < 0.3:
        d = str(R.randint(1, 9)) + R.choice("ABCW")
    inward = str(R.randint(0, 9)) + R.choice("ABDEFGHJLNPQRSTUWXYZ") + R.choice("ABDEFGHJLNPQRSTUWXYZ")
    return area + d, inward


def typed_pc(uk):
    if uk:
        o, i = make_ukpc()
        return R.choice(["%s %s", "%s %s", "%s%s"]) % (o, i) if R.random() < 0.85 else ("%s %s" % (o, i)).lower()
    z = "%05d" % R.randint(10001, 99950)
    return z if R.random() < 0.75 else z + "-%04d" % R.randint(1, 9999)


def spoken_pc(uk):
    if uk:
        o, i = make_ukpc()
        mode = R.choice(["plain", "plain", "nato"])
        w = []
        for ch in o + i:
            if ch.isdigit():
                w.append(UNITS[int(ch)])
            else:
                w.append(spell_letter(ch, mode))
        return " ".join(w)
    return digits_words("%05d" % R.randint(10001, 99950))


def make_dob(spoken):
    y, m, d = R.randint(1941, 2004), R.randint(1, 12), R.randint(1, 28)
    if not spoken:
        return R.choice(["%02d/%02d/%d" % (d, m, y), "%d/%d/%d" % (m, d, y), "%d-%02d-%02d" % (y, m, d),
                         "%d %s %d" % (d, MONTHS[m - 1].title(), y), "%s %d, %d" % (MONTHS[m - 1].title(), d, y),
                         "%02d.%02d.%d" % (d, m, y), "%d %s %d" % (d, MONTHS[m - 1][:3].title(), y)])
    ords = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
            "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
            "eighteenth", "nineteenth", "twentieth"]
    if d <= 20:
        dw = ords[d - 1]
    else:
        dw = "twenty " + ords[d - 21]
    yw = pair_words(str(y)[:2], False) + " " + pair_words(str(y)[2:], True)
    if y >= 2000:
        yw = R.choice(["two thousand and " + UNITS[y - 2000] if y < 2010 else "two thousand and " + TEENS[y - 2010],
                       "twenty oh " + UNITS[y % 10] if y < 2010 else yw])
    return R.choice(["%s of %s %s" % (dw, MONTHS[m - 1], yw), "%s %s %s" % (MONTHS[m - 1], dw, yw),
                     "%s of %s, %s" % (dw, MONTHS[m - 1], yw)])


def make_expiry(spoken):
    m, y = R.randint(1, 12), R.randint(25, 31)
    if not spoken:
        return R.choice(["%02d/%d" % (m, y), "%02d/20%d" % (m, y), "%02d-%d" % (m, y),
                         "%s %d" % (MONTHS[m - 1][:3].title(), 2000 + y), "%d/%d" % (m, y)])
    mw = pair_words("%02d" % m, False)
    return R.choice(["%s %s" % (mw, pair_words(str(y), True)), "%s slash %s" % (mw, pair_words(str(y), True)),
                     "%s twenty %s" % (MONTHS[m - 1], pair_words(str(y), True))])


# ---------------------------------------------------------------- context
INDUSTRY = {
    "banking": ["thanks for calling Northgate Bank", "you're through to card services",
                "welcome to the fraud team"],
    "telecom": ["you're through to Vireo Mobile billing", "Skylink broadband support, how can I help"],
    "utilities": ["Brightwater Energy, accounts team", "thanks for calling Anglia Water"],
    "retail": ["Hartley's online orders, hello", "welcome to Cartwheel customer care"],
    "insurance": ["Sentinel Insurance claims line", "you're through to Harbour Mutual renewals"],
    "travel": ["Aerlinea bookings, good afternoon", "Cityrail refunds desk"],
    "healthcare": ["St Clement's billing office", "Mercy Health patient accounts"],
    "government": ["HM Revenue helpline", "Department of Motor Vehicles, how can I assist",
                   "Social Welfare services, hello"],
}
ACKS = ["mhm", "go on", "yep", "ok", "yeah", "uh huh", "right", "got that", "and the rest?"]
FILL_OPEN = ["", "um ", "uh ", "right so ", "okay it's ", "yeah ", "so it's ", "er "]


def greet(industry=None):
    ind = industry or R.choice(list(INDUSTRY))
    return ind, R.choice(INDUSTRY[ind])


def ack():
    return R.choice(ACKS)


def neg_filler():
    """a dangerous, non-PII remark with numbers and card/id words nearby."""
    o = luhn_complete("4", 16)
    x = R.choice([
        "your order number is %s" % " ".join(chunks(o, [4, 4, 4, 4])),
        "your loyalty number is %s" % " ".join(chunks(luhn_complete("6", 16), [4, 4, 4, 4])),
        "the replacement card fee is %d pounds %d" % (R.randint(5, 15), R.randint(10, 99)),
        "your claim reference is %s" % "%03d-%02d-%04d" % (R.randint(100, 899), R.randint(10, 99), R.randint(1000, 9999)),
        "the tracking number is %s" % ("1Z" + "%016d" % R.randint(0, 10 ** 16 - 1)),
        "the policy number is POL %d %d" % (R.randint(1000, 9999), R.randint(100000, 999999)),
        "that's ticket %d" % R.randint(10000000, 99999999),
        "the balance is %d pounds" % R.randint(100, 9999),
        "we're open eight till eight",
        "the payment of %d.%02d goes out on the %d%s" % (R.randint(20, 900), R.randint(0, 99), R.randint(1, 28), "th"),
    ])
    return x


# ---------------------------------------------------------------- positive scenarios
def pos_card_typed():
    ind, g = greet(R.choice(["banking", "retail", "travel", "telecom"]))
    num, sz = make_card()
    cs = C("typed chat: full card with CVV and expiry (%s)" % ind)
    cs.a("Hi, %s. Please enter the card details in the secure chat." % g)
    lab = R.choice(["card no: ", "Card number - ", "card ", "its ", "CC#", "number is "])
    cs.c(lab, V(typed_card(num, sz), "CARD_NUMBER"), R.choice([" exp ", ", expiry ", " expires "]),
         V(make_expiry(False), "EXPIRY"), R.choice([" cvv ", " and the security code is ", ", CVC: "]),
         V("%0*d" % (4 if sz == [4, 6, 5] else 3, R.randint(0, 9999 if sz == [4, 6, 5] else 999)), "CVV"))
    if R.random() < 0.5:
        cs.a("Thanks, and just so you know %s." % neg_filler())
    return cs


def pos_card_spoken_split():
    ind, g = greet(R.choice(["banking", "retail", "insurance", "utilities", "healthcare"]))
    num, sz = make_card()
    parts = chunks(num, sz)
    grp = newgroup()
    style = R.choice(["digits", "pairs", "mixed", "digits"])
    cs = C("ASR: card read over several turns with back-channels (%s)" % ind)
    cs.a("%s, can i take the long number on the front of the card" % g.lower())
    cs.c(R.choice(FILL_OPEN), V(speak_groups([parts[0]], style), "CARD_NUMBER", grp))
    for p in parts[1:]:
        cs.a(ack())
        cs.c(V(speak_groups([p], style, fill=0.3), "CARD_NUMBER", grp))
    if R.random() < 0.6:
        rb = newgroup()
        cs.a("let me read that back ", V(speak_groups(parts, "digits"), "CARD_NUMBER", rb), " is that right")
        cs.c("yes that's it")
    return cs


def pos_card_aside():
    num, sz = make_card()
    parts = chunks(num, sz)
    grp = newgroup()
    k = R.randint(1, len(parts) - 1)
    cs = C("ASR: card reading interrupted by an aside mid-number, plus non-PII order number")
    ind, g = greet("retail")
    cs.a("%s, what's the card number please" % g.lower())
    aside = R.choice([" sorry hang on the dog's going mad ", " wait let me turn the telly down ",
                      " hold on my glasses ", " sorry kids in the background "])
    cs.c(V(speak_groups(parts[:k]), "CARD_NUMBER", grp), aside,
         "right where was i ", V(speak_groups(parts[k:]), "CARD_NUMBER", grp))
    o = luhn_complete("5", 16)
    cs.a("lovely and your order number is ", speak_groups(chunks(o, [4, 4, 4, 4]), "digits"),
         " that's the order not the card")
    return cs


def pos_card_restart():
    num, sz = make_card()
    parts = chunks(num, sz)
    cs = C("ASR: card read, line breaks up, customer restarts the whole reading")
    cs.a("go ahead with the card number")
    cs.c(V(speak_groups(parts, fill=0.2), "CARD_NUMBER"))
    cs.a("sorry you broke up there, can you start again from the beginning")
    cs.c("oh right ", V(speak_groups(parts, "digits"), "CARD_NUMBER"), R.choice(["", " did you get that"]))
    cs.a("got it, and the expiry")
    cs.c(V(make_expiry(True), "EXPIRY"), " and the three digits on the back are ", V(digits_words("%03d" % R.randint(0, 999)), "CVV"))
    return cs


def pos_card_with_lastfour_and_ref():
    num, sz = make_card()
    cs = C("card read in full and then its last four repeated: both labelled; also booking ref in card rhythm")
    ref = "%016d" % R.randint(10 ** 15, 10 ** 16 - 1)
    cs.a("your booking reference is ", " ".join(chunks(ref, [4, 4, 4, 4])), " and i need the card to pay")
    cs.c("ok it's ", V(typed_card(num, sz), "CARD_NUMBER"))
    cs.a("so that's the card ending ", V(num[-4:], "CARD_NUMBER"), ", paying %d pounds %02d" % (R.randint(20, 999), R.randint(0, 99)))
    return cs


def pos_ssn(spoken):
    ind, g = greet(R.choice(["government", "healthcare", "banking", "insurance", "utilities"]))
    s = make_ssn()
    cs = C("%s SSN for verification (%s) alongside non-PII numbers" % ("ASR" if spoken else "typed", ind))
    if spoken:
        cs.a("%s. for security can i get your social" % g.lower())
        st = R.choice(["groups", "split", "digits", "hund"])
        if st == "split":
            grp = newgroup()
            cs.c(R.choice(FILL_OPEN), V(speak_groups([s[:3]]), "SSN", grp))
            cs.a(ack())
            cs.c(V(speak_groups([s[3:5]]), "SSN", grp))
            cs.a(ack())
            cs.c(V(speak_groups([s[5:]], fill=0.2), "SSN", grp))
        elif st == "hund":
            cs.c("it's ", V(speak_groups([s[:3], s[3:5], s[5:]], "mixed", fill=0.3), "SSN"))
        else:
            cs.c(R.choice(FILL_OPEN), V(speak_groups([s[:3], s[3:5], s[5:]], fill=0.2,
                                                     sep=R.choice([" ", " dash ", ", "])), "SSN"))
        if R.random() < 0.5:
            cs.a("thank you, i've got ", V(digits_words(s, False), "SSN"))
        cs.a("and your claim number is ", "%03d %02d %04d" % (R.randint(100, 899), R.randint(10, 99), R.randint(1000, 9999)),
             " that's different to your social")
    else:
        cs.a("%s. Please confirm your SSN." % g)
        f = R.choice(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s.%s.%s"]) % (s[:3], s[3:5], s[5:])
        cs.c(R.choice(["SSN: ", "ssn is ", "social ", "my soc sec # ", ""]), V(f, "SSN"),
             R.choice(["", ". my member ID is %d" % R.randint(100000000, 999999999),
                       " (case # %03d-%02d-%04d)" % (R.randint(100, 899), R.randint(10, 99), R.randint(1000, 9999))]))
    return cs


def pos_ni(spoken):
    ind, g = greet(R.choice(["government", "banking", "insurance", "utilities"]))
    ni = make_ni()
    cs = C("%s NI number (%s) with nearby non-PII reference" % ("ASR" if spoken else "typed", ind))
    if spoken:
        cs.a("%s. can i take your national insurance number" % g.lower())
        if R.random() < 0.4:
            grp = newgroup()
            full = spoken_ni(ni)
            ws = full.split(" ")
            cut = R.randint(3, len(ws) - 3)
            while ws[cut - 1] in ("for", "as", "in", "um", "uh", "er", "erm", "double", "triple", "hundred", "and") or \
                    ws[cut] in ("for", "as", "in", "hundred", "and") or \
                    (ws[cut - 1] in TENW and ws[cut] in NUMWORD):
                cut -= 1
            cs.c(R.choice(FILL_OPEN), V(" ".join(ws[:cut]), "NI_NUMBER", grp))
            cs.a(ack())
            cs.c(V(" ".join(ws[cut:]), "NI_NUMBER", grp))
        else:
            cs.c(R.choice(FILL_OPEN), V(spoken_ni(ni), "NI_NUMBER"))
        if R.random() < 0.5:
            cs.a("so that's ", V(spoken_ni(ni, "plain"), "NI_NUMBER"), " yeah")
            cs.c("yep")
        cs.a(R.choice(["and your reference is R F %s" % digits_words("%06d" % R.randint(0, 999999)),
                       "your tax code is %dL" % R.randint(1000, 1300),
                       "your case number is %s" % digits_words("%08d" % R.randint(0, 10 ** 8 - 1))]))
    else:
        cs.a("%s. What's your NI number?" % g)
        cs.c(R.choice(["NI no: ", "its ", "NINO ", "national insurance ", ""]), V(typed_ni(ni), "NI_NUMBER"),
             R.choice(["", " thanks", ". UTR is %d" % R.randint(10 ** 9, 10 ** 10 - 1)]))
    return cs


def pos_bank(spoken):
    ind, g = greet(R.choice(["banking", "utilities", "telecom", "insurance"]))
    acct = "%08d" % R.randint(0, 99999999)
    sc = "%02d%02d%02d" % (R.randint(1, 99), R.randint(0, 99), R.randint(0, 99))
    cs = C("%s UK direct debit: sort code and account (%s)" % ("ASR" if spoken else "typed", ind))
    if spoken:
        cs.a("%s. for the direct debit i need the sort code" % g.lower())
        cs.c(V(speak_groups([sc[:2], sc[2:4], sc[4:]], R.choice(["pairs", "digits"])), "SORT_CODE"))
        cs.a("and the account number")
        cs.c(R.choice(FILL_OPEN), V(speak_groups([acct[:4], acct[4:]], fill=0.2), "BANK_ACCOUNT"))
        cs.a("thanks, the first payment of %d pounds goes out on the %s" % (R.randint(20, 200), R.choice(["first", "fifteenth", "twenty eighth"])))
    else:
        cs.a("%s. Please send sort code and account number." % g)
        cs.c(R.choice(["sort code ", "S/C: ", "sc "]),
             V(R.choice(["%s-%s-%s", "%s %s %s", "%s%s%s"]) % (sc[:2], sc[2:4], sc[4:]), "SORT_CODE"),
             R.choice([" acct no: ", " account ", ", a/c "]), V(acct, "BANK_ACCOUNT"))
    return cs


def pos_us_bank():
    acct = "%0*d" % (R.randint(9, 12), R.randint(10 ** 8, 10 ** 9 - 1))
    cs = C("US checking account number, with routing-style invoice number nearby")
    cs.a("Mercy Health patient accounts. For autopay I need your checking account number.")
    cs.c(R.choice(["checking acct ", "acct # ", "account number is "]), V(acct, "BANK_ACCOUNT"),
         ", and that's for invoice %d" % R.randint(10 ** 8, 10 ** 9 - 1))
    return cs


def pos_iban(spoken):
    ib = make_iban()
    if spoken:
        while "O" in ib[4:]:
            ib = make_iban()
    cs = C("%s IBAN for refund (EU/IE/UK)" % ("ASR" if spoken else "typed"))
    cs.a(R.choice(["Aerlinea bookings", "Brightwater Energy", "Sentinel Insurance"]) + ", for the refund I need your IBAN")
    if spoken:
        cs.c("it's ", V(spoken_iban(ib), "IBAN"))
        cs.a("and the refund is %d euro %d, reference %s" % (R.randint(50, 900), R.randint(10, 99), digits_words("%010d" % R.randint(0, 10 ** 10 - 1))))
    else:
        cs.c(R.choice(["IBAN: ", "iban ", "my iban is "]), V(typed_iban(ib), "IBAN"))
    return cs


def pos_phone(spoken):
    k, n, intl = make_phone()
    ind, g = greet()
    cs = C("%s phone number (%s, %s)" % ("ASR" if spoken else "typed", k, ind))
    if spoken:
        cs.a("%s. what's the best number to call you back on" % g.lower())
        cs.c(R.choice(FILL_OPEN), V(spoken_phone(k, n, intl), "PHONE"))
        if R.random() < 0.4:
            cs.a("and we'll call between %s and %s" % (R.choice(["two", "nine"]), R.choice(["four", "eleven"])))
    else:
        cs.a("%s. Contact number?" % g)
        cs.c(R.choice(["tel: ", "mob ", "call me on ", "Ph. ", ""]), V(typed_phone(k, n, intl), "PHONE"),
             R.choice(["", " after 6pm", " (work)"]))
    return cs


def pos_email(spoken):
    typed, sp = make_email()
    ind, g = greet()
    cs = C("%s e-mail address (%s)" % ("ASR" if spoken else "typed", ind))
    if spoken:
        cs.a("%s. and an email for the confirmation" % g.lower())
        cs.c(R.choice(FILL_OPEN), V(sp, "EMAIL"))
        if R.random() < 0.4:
            cs.a("so that's ", V(sp, "EMAIL"), " all lower case")
    else:
        cs.a("%s. Email?" % g)
        t = typed if R.random() < 0.7 else typed.upper() if R.random() < 0.3 else typed.title()
        cs.c(R.choice(["email: ", "e-mail ", "its ", ""]), V(t, "EMAIL"))
    return cs


def pos_address(spoken):
    ctry = R.choice(["uk", "us", "ie"])
    cs = C("%s address with postcode/zip (%s)" % ("ASR" if spoken else "typed", ctry))
    cs.a("can you confirm the address on the account")
    addr = make_address(spoken)
    town = R.choice({"uk": TOWNS_UK, "us": TOWNS_US, "ie": TOWNS_IE}[ctry])
    if spoken:
        town = town.lower()
    segs = [R.choice(FILL_OPEN), V(addr, "ADDRESS"), ", " + town]
    if ctry != "ie":
        pc = spoken_pc(ctry == "uk") if spoken else typed_pc(ctry == "uk")
        segs += [" ", V(pc, "POSTCODE")]
    cs.c(*segs)
    if R.random() < 0.4:
        cs.a("and is that the same as the billing address for the card ending %s" % (
            digits_words("%04d" % R.randint(0, 9999)) if spoken else "%04d" % R.randint(0, 9999)))
    return cs


def pos_dob(spoken):
    ind, g = greet(R.choice(["healthcare", "insurance", "banking", "government"]))
    cs = C("%s date of birth (%s), with appointment date nearby" % ("ASR" if spoken else "typed", ind))
    cs.a("%s. can i take your date of birth" % g.lower())
    cs.c((R.choice(FILL_OPEN) + R.choice(["", "the ", "it's the "])) if spoken else R.choice(["DOB ", "dob: ", "born ", ""]),
         V(make_dob(spoken), "DOB"))
    cs.a("thanks, your appointment is on the %s of %s at %s" % (
        R.choice(["third", "twelfth", "twenty first"]), R.choice(MONTHS), R.choice(["ten thirty", "2pm", "quarter past nine"])))
    return cs


def pos_postcode_only(spoken):
    uk = R.random() < 0.6
    cs = C("%s postcode/zip for lookup, with meter reading nearby" % ("ASR" if spoken else "typed"))
    cs.a("what's the postcode there" if uk else "what's your zip code")
    cs.c(R.choice(FILL_OPEN), V(spoken_pc(uk) if spoken else typed_pc(uk), "POSTCODE"))
    cs.a("and the meter reads %s is that right" % ("%05d" % R.randint(0, 99999)))
    return cs


def pos_mixed_dangerous():
    """real values and dangerous non-PII in one call."""
    cs = C("mixed: real card + SSN/NI alongside card-rhythm order number and id-rhythm reference")
    num, sz = make_card()
    o = luhn_complete("4", 16)
    cs.a("so i've got the order number here, ", speak_groups(chunks(o, [4, 4, 4, 4]), "digits"),
         ", and i'll need the card you want to pay with")
    cs.c("right the card is ", V(speak_groups(chunks(num, sz), fill=0.2), "CARD_NUMBER"))
    if R.random() < 0.5:
        ni = make_ni()
        cs.a("and for the account check, your national insurance number")
        cs.c(V(spoken_ni(ni), "NI_NUMBER"), " and my payroll number is ", digits_words("%06d" % R.randint(0, 999999)))
    else:
        s = make_ssn()
        cs.a("and the last part, your social")
        cs.c(V(speak_groups([s[:3], s[3:5], s[5:]]), "SSN"), " not to be confused with my member id ",
             speak_groups(["%03d" % R.randint(100, 899), "%02d" % R.randint(10, 99), "%04d" % R.randint(1000, 9999)]))
    return cs


# ---------------------------------------------------------------- negatives
def neg_card_rhythm():
    o = luhn_complete(R.choice(["4", "5", "37"]), R.choice([16, 16, 15]))
    lab = R.choice(["order number", "tracking number", "serial number", "invoice number", "parcel reference",
                    "gift voucher code", "loyalty membership number", "booking reference"])
    cs = C("negative: %s read in card rhythm (Luhn-valid by chance), card words nearby" % lab)
    if R.random() < 0.5:
        cs.a("and what's the %s, not the card number, the %s" % (lab, lab))
        cs.c(R.choice(FILL_OPEN), speak_groups(chunks(o, [4, 4, 4, 4] if len(o) == 16 else [4, 6, 5]), fill=0.2))
        cs.a("lovely, and you paid with the card ending %s" % digits_words(o[-4:] if R.random() < 0.5 else "%04d" % R.randint(0, 9999)))
    else:
        cs.a("Your %s is %s." % (lab, "-".join(chunks(o, [4, 4, 4, 4] if len(o) == 16 else [4, 6, 5]))))
        cs.c("ok and which card did it go on?")
        cs.a("the visa ending in %04d, charged %d.%02d" % (R.randint(0, 9999), R.randint(5, 500), R.randint(0, 99)))
    return cs


def neg_ssn_rhythm():
    a, b, c = "%03d" % R.randint(100, 899), "%02d" % R.randint(10, 99), "%04d" % R.randint(1000, 9999)
    lab = R.choice(["claim number", "case number", "member id", "group number", "prior authorization number", "docket number"])
    cs = C("negative: %s in SSN rhythm with 'social' mentioned but not given" % lab)
    cs.a("i don't need your social, just the %s" % lab)
    if R.random() < 0.5:
        cs.c("ok it's ", speak_groups([a, b, c], sep=R.choice([" ", " dash "])))
    else:
        cs.c("%s %s-%s-%s" % (lab, a, b, c))
    cs.a("thanks, your copay is %d dollars and the deductible is %d" % (R.randint(10, 60), R.randint(500, 3000)))
    return cs


def neg_ni_rhythm():
    cs = C("negative: NI-shaped or NI-rhythm references with NI words nearby")
    p = R.choice(["AB", "CD", "QX", "RF", "HM", "PR"])
    ref = p + "%06d" % R.randint(0, 999999) + R.choice("ABCDXZ")
    lab = R.choice(["booking reference", "case reference", "PAYE reference", "tax reference", "vehicle reference", "claim ref"])
    cs.a("you don't need your national insurance number for this, just the %s" % lab)
    if R.random() < 0.5:
        cs.c("%s is %s %s %s %s %s" % (lab, ref[:2], ref[2:4], ref[4:6], ref[6:8], ref[8]))
    else:
        cs.c("the %s is %s %s %s" % (lab, " ".join(ref[:2].lower()), digits_words(ref[2:8]), ref[8].lower()))
    cs.a("thanks, and your employer PAYE reference is %03d/%s%05d" % (R.randint(100, 999), R.choice("ABCDEFGH"), R.randint(0, 99999)))
    return cs


def neg_amounts():
    cs = C("negative: amounts, balances and percentages in spoken number form")
    cs.a("your balance is %s pounds and %s pence" % (trip_words("%03d" % R.randint(100, 999), True), pair_words("%02d" % R.randint(11, 99), True)))
    cs.c("and the interest rate")
    cs.a("it's %d point %d percent, and the minimum payment is %d pounds %02d" % (R.randint(1, 29), R.randint(1, 9), R.randint(5, 90), R.randint(0, 99)))
    cs.c("ok, and the card ending %s, is that still active" % digits_words("%04d" % R.randint(0, 9999)))
    return cs


def neg_times():
    cs = C("negative: opening hours, durations, counts, ages, temperatures")
    cs.a("we're open %s till %s monday to friday and the wait is about %s minutes" % (
        R.choice(["eight", "nine", "half seven"]), R.choice(["eight", "six", "five thirty"]), R.choice(["twenty", "forty five", "ten"])))
    cs.c("my son is %s and he's had a temperature of %s point %s for %s days" % (
        R.choice(["seven", "twelve", "four"]), R.choice(["thirty eight", "thirty nine", "one oh one"]), R.choice(["five", "two"]), R.choice(["three", "two"])))
    cs.a("ok that's %d items on the order, delivered by %s" % (R.randint(2, 14), R.choice(["2pm", "five", "noon"])))
    return cs


def neg_travel():
    cs = C("negative: flight, gate, seat, room numbers and confirmation codes")
    cs.a("you're on flight %s %d from gate %s%d, seat %d%s" % (R.choice(["BA", "EI", "FR", "UA"]), R.randint(100, 9999),
                                                           R.choice("ABC"), R.randint(1, 60), R.randint(1, 40), R.choice("ABCDEF")))
    cs.c("and the hotel is room %s, confirmation %d" % (trip_words("%03d" % R.randint(101, 999), True), R.randint(10 ** 9, 10 ** 10 - 1)))
    cs.a("ticket number %s, that's thirteen digits" % digits_words("%013d" % R.randint(10 ** 12, 10 ** 13 - 1)))
    return cs


def neg_meter():
    cs = C("negative: meter readings, serial and account-rhythm meter numbers")
    m = "%011d" % R.randint(10 ** 10, 10 ** 11 - 1)
    cs.a("can i get the meter reading and the meter serial please, not your bank details")
    cs.c("reading is %s and the serial is %s" % (digits_words("%05d" % R.randint(0, 99999)), speak_groups([m[:4], m[4:8], m[8:]])))
    cs.a("thanks, your MPAN is %s" % " ".join([m[:2], m[2:6], m[6:]]))
    return cs


def neg_dates():
    cs = C("negative: appointment, payment, contract dates and years")
    cs.a("your contract started on the %s of %s %s and ends %s" % (R.choice(["third", "ninth", "twenty second"]), R.choice(MONTHS),
                                                            R.choice(["twenty twenty three", "2022"]), R.choice(["next march", "in 2027"])))
    cs.c("and when's the next payment")
    cs.a("%02d/%02d/20%d, for %d.%02d" % (R.randint(1, 28), R.randint(1, 12), R.randint(25, 27), R.randint(10, 99), R.randint(0, 99)))
    return cs


def neg_model_policy():
    cs = C("negative: model, policy and serial numbers with long digit strings")
    cs.a("policy number %s, that's the policy not your card" % speak_groups(["%04d" % R.randint(0, 9999)] * 1 + ["%04d" % R.randint(0, 9999) for _ in range(3)], "digits"))
    cs.c("the boiler model is %s-%d and the serial %d" % (R.choice(["WB", "VX", "ECO"]), R.randint(100, 999), R.randint(10 ** 13, 10 ** 15)))
    cs.a("okay and the roads out there, the %s and the %s, are closed" % (R.choice(["A40", "M62", "I-95", "N7"]), R.choice(["B1234", "A303", "Route 66"])))
    return cs


def neg_lastfour():
    cs = C("negative: card last-four mentions only, several times")
    l4 = "%04d" % R.randint(0, 9999)
    cs.a("which card was it, i can see two on file")
    cs.c(R.choice(["the one ending %s" % digits_words(l4), "ends in %s" % l4, "the mastercard, last four %s" % pair_words(l4[:2], False) + " " + pair_words(l4[2:], True)]))
    cs.a("ok the card ending %s, expires next year, i'll refund %d pounds to that" % (l4, R.randint(5, 400)))
    return cs


def neg_phoneish():
    cs = C("negative: phone-rhythm numbers that are references/counts, plus helpline mention without digits")
    r = "0%d" % R.randint(7000000000, 7999999999)
    cs.a("your complaint reference is %s, it starts with a zero but it's not a phone number" % speak_groups([r[:5], r[5:8], r[8:]]))
    cs.c("ok and you said it'd be %d working days" % R.randint(3, 15))
    cs.a("yes, up to %d, and we've had %d,%03d calls today" % (R.randint(5, 28), R.randint(1, 9), R.randint(0, 999)))
    return cs


def neg_typed_ids():
    cs = C("negative: typed chat with labelled ids in card/SSN/NI shapes")
    o = luhn_complete("3", 16)
    cs.c(R.choice(["Order #", "order no. ", "Ref: "]) + " ".join(chunks(o, [4, 4, 4, 4])) + " hasn't arrived")
    cs.a("Sorry about that. Tracking %s, invoice INV-%d-%05d, claim %03d-%02d-%04d." % (
        "JD%018d" % R.randint(0, 10 ** 18 - 1), R.randint(2020, 2026), R.randint(0, 99999), R.randint(100, 899), R.randint(10, 99), R.randint(1000, 9999)))
    cs.c("Thanks. Card on the order ends %04d" % R.randint(0, 9999))
    return cs


NEG = [neg_card_rhythm, neg_card_rhythm, neg_ssn_rhythm, neg_ni_rhythm, neg_amounts, neg_times,
       neg_travel, neg_meter, neg_dates, neg_model_policy, neg_lastfour, neg_phoneish, neg_typed_ids, neg_card_rhythm]


def positives():
    plan = []
    plan += [pos_card_typed] * 18 + [pos_card_spoken_split] * 20 + [pos_card_aside] * 8
    plan += [pos_card_restart] * 8 + [pos_card_with_lastfour_and_ref] * 6 + [pos_mixed_dangerous] * 14
    plan += [lambda: pos_ssn(True)] * 14 + [lambda: pos_ssn(False)] * 10
    plan += [lambda: pos_ni(True)] * 14 + [lambda: pos_ni(False)] * 10
    plan += [lambda: pos_bank(True)] * 8 + [lambda: pos_bank(False)] * 6 + [pos_us_bank] * 4
    plan += [lambda: pos_iban(True)] * 5 + [lambda: pos_iban(False)] * 8
    plan += [lambda: pos_phone(True)] * 8 + [lambda: pos_phone(False)] * 7
    plan += [lambda: pos_email(True)] * 7 + [lambda: pos_email(False)] * 6
    plan += [lambda: pos_address(True)] * 7 + [lambda: pos_address(False)] * 7
    plan += [lambda: pos_dob(True)] * 6 + [lambda: pos_dob(False)] * 6
    plan += [lambda: pos_postcode_only(True)] * 3 + [lambda: pos_postcode_only(False)] * 3
    return plan


def generate():
    recs, allgroups = [], []
    for i, f in enumerate(positives()):
        rec, groups = f().build("h433-pos-%03d" % (i + 1), "positive")
        recs.append(rec)
        allgroups.append((rec["id"], groups))
    for i in range(112):
        rec, groups = NEG[i % len(NEG)]().build("h433-neg-%03d" % (i + 1), "negative")
        recs.append(rec)
        allgroups.append((rec["id"], groups))
    text = "".join(json.dumps(r, ensure_ascii=False, sort_keys=False) + "\n" for r in recs)
    return text, recs, allgroups


MIN = {"CARD_NUMBER": 70, "SSN": 30, "NI_NUMBER": 30}


def check(text, recs, allgroups):
    errs = []
    with open(OUT, encoding="utf-8") as fh:
        if fh.read() != text:
            errs.append("file differs from regenerated output")
    ids = [r["id"] for r in recs]
    if len(ids) != len(set(ids)):
        errs.append("duplicate ids")
    counts = {}
    npos = sum(r["kind"] == "positive" for r in recs)
    nneg = sum(r["kind"] == "negative" for r in recs)
    for r in recs:
        if r["kind"] == "negative" and r["spans"]:
            errs.append("%s: negative with spans" % r["id"])
        if r["kind"] == "positive" and not r["spans"]:
            errs.append("%s: positive without spans" % r["id"])
        for t in r["turns"]:
            if t["speaker"] not in ("customer", "agent"):
                errs.append("%s: bad speaker" % r["id"])
        byturn = {}
        for s in r["spans"]:
            counts[s["type"]] = counts.get(s["type"], 0) + 1
            txt = r["turns"][s["turn"]]["text"]
            if not (0 <= s["start"] < s["end"] <= len(txt)):
                errs.append("%s: span out of range" % r["id"])
                continue
            v = txt[s["start"]:s["end"]]
            if not (v[0].isalnum() and v[-1].isalnum()):
                errs.append("%s: span not trimmed %r" % (r["id"], v))
            if s["start"] > 0 and txt[s["start"] - 1].isalnum():
                errs.append("%s: span starts mid-word %r" % (r["id"], v))
            if s["end"] < len(txt) and txt[s["end"]].isalnum():
                errs.append("%s: span ends mid-word %r" % (r["id"], v))
            byturn.setdefault(s["turn"], []).append((s["start"], s["end"]))
        for lst in byturn.values():
            lst.sort()
            for (a1, b1), (a2, b2) in zip(lst, lst[1:]):
                if a2 < b1:
                    errs.append("%s: overlapping spans" % r["id"])
    for cid, groups in allgroups:
        for g, parts in groups.items():
            typ = parts[0][0]
            joined = " ".join(p[1] for p in parts)
            if typ == "CARD_NUMBER" and len(parts) == 1 and re.sub(r"\D", "", joined) and len(re.sub(r"\D", "", joined)) == 4:
                continue  # last four after a full card read in the same case
            e = validate(typ, joined)
            if e:
                errs.append("%s: %s" % (cid, e))
    if npos < 200 or nneg < 100:
        errs.append("too few cases %d/%d" % (npos, nneg))
    for t in ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE", "IBAN",
              "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]:
        if counts.get(t, 0) < MIN.get(t, 10):
            errs.append("too few %s: %d" % (t, counts.get(t, 0)))
    return errs, counts, npos, nneg


def main():
    text, recs, allgroups = generate()
    if "--check" in sys.argv:
        errs, counts, npos, nneg = check(text, recs, allgroups)
        for e in errs[:60]:
            print("ERROR", e)
        print("positive=%d negative=%d" % (npos, nneg))
        for k in sorted(counts):
            print("  %-13s %d" % (k, counts[k]))
        if errs:
            print("CHECK FAILED (%d errors)" % len(errs))
            sys.exit(1)
        print("CHECK OK")
        return
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as fh:
        fh.write(text)
    print("wrote %d cases to %s" % (len(recs), OUT))


C = Case

if __name__ == "__main__":
    main()

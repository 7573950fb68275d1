#!/usr/bin/env python3
"""Generate the held-out PII redaction set h299 (independent author, typed-channel heavy).

    python scripts/make_pii_holdout299.py          # write fixture + README
    python scripts/make_pii_holdout299.py --check  # regenerate, compare, validate

Standard library only.  Every value comes from one seeded random.Random, and
all span offsets are computed from segments, never typed by hand.
"""
import datetime
import json
import os
import re
import sys
from collections import Counter
import random

SEED = 299241125
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout299")
OUT = os.path.join(OUT_DIR, "cases.jsonl")
README = os.path.join(OUT_DIR, "README.md")
PFX = "h299"

rng = random.Random(SEED)
ch = rng.choice

# ---------------------------------------------------------------- numbers
UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
ZEROS = ["oh", "oh", "zero", "o", "nought"]
W2D = {w: i for i, w in enumerate(UNITS)}
W2D.update({"oh": 0, "o": 0, "nought": 0, "nil": 0, "naught": 0})
HOMO = {"to": "2", "too": "2", "for": "4", "won": "1", "ate": "8"}  # ASR homophones (digit-only values)
TEEN2D = {w: 10 + i for i, w in enumerate(TEENS)}
TENS2D = {w: i * 10 for i, w in enumerate(TENS) if w}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
       "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
       "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth",
       "twenty first", "twenty second", "twenty third", "twenty fourth", "twenty fifth",
       "twenty sixth", "twenty seventh", "twenty eighth", "twenty ninth", "thirtieth",
       "thirty first"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "f": "foxtrot",
        "g": "golf", "h": "hotel", "j": "juliet", "k": "kilo", "l": "lima", "m": "mike",
        "n": "november", "p": "papa", "r": "romeo", "s": "sierra", "t": "tango",
        "w": "whiskey", "x": "xray", "y": "yankee", "z": "zulu"}


def norm_digits(text):
    """Spoken/typed number reading -> digit string (fillers ignored)."""
    toks = re.findall(r"[a-z]+|\d+", text.lower())
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        if t.isdigit():
            out.append(t)
        elif t in ("double", "triple") and i + 1 < len(toks) and toks[i + 1] in W2D:
            out.append(str(W2D[toks[i + 1]]) * (2 if t == "double" else 3))
            i += 1
        elif t in W2D:
            out.append(str(W2D[t]))
        elif t in TEEN2D:
            out.append(str(TEEN2D[t]))
        elif t in TENS2D:
            v = TENS2D[t]
            if i + 1 < len(toks) and toks[i + 1] in W2D and W2D[toks[i + 1]] > 0 \
                    and toks[i + 1] not in ("o", "oh", "nought"):
                v += W2D[toks[i + 1]]
                i += 1
            out.append(str(v))
        elif t == "hundred":
            out.append("00")
        elif t in HOMO:
            out.append(HOMO[t])
        i += 1
    return "".join(out)


def norm_alnum(text):
    """Spoken/typed reading with letters (NI, IBAN, postcode) -> upper alnum."""
    if re.search(r"\d", text):  # typed form
        return re.sub(r"[^A-Za-z0-9]", "", text).upper()
    toks = re.findall(r"[a-z]+|\d+", text.lower())
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else ""
        if len(t) == 1 and t.isalpha() and nxt == "for":
            out.append(t.upper())
            i += 3
            continue
        if len(t) == 1 and t.isalpha() and nxt == "as" and i + 2 < len(toks) and toks[i + 2] == "in":
            out.append(t.upper())
            i += 4
            continue
        if t in ("double", "triple") and nxt:
            n = 2 if t == "double" else 3
            if nxt in W2D:
                out.append(str(W2D[nxt]) * n)
            else:
                out.append(nxt.upper() * n)
            i += 2
            continue
        if t.isdigit():
            out.append(t)
        elif t in ("oh", "zero", "nought"):
            out.append("0")
        elif t in W2D and len(t) > 1:
            out.append(str(W2D[t]))
        elif t in TEEN2D:
            out.append(str(TEEN2D[t]))
        elif t in TENS2D:
            v = TENS2D[t]
            if nxt in W2D and len(nxt) > 1 and W2D[nxt] > 0 and nxt not in ("oh", "nought"):
                v += W2D[nxt]
                i += 1
            out.append(str(v))
        elif len(t) == 1:
            out.append(t.upper())
        elif re.fullmatch(r"[a-z]{2,4}", t) and t not in ("um", "uh", "er", "erm", "umm", "its", "and", "then", "yeah", "ok"):
            out.append(t.upper())  # typed letter groups like QQ, GB or NWBK
        i += 1
    return "".join(out)


NO_O = [False]


def zero_word(uk=False):
    if NO_O[0]:
        return ch(["oh", "zero", "nought"] if uk else ["oh", "zero"])
    return ch(["oh", "oh", "zero", "o", "nought"] if uk else ["oh", "oh", "zero", "o"])


def dword(d, uk=False):
    return zero_word(uk) if d == "0" else UNITS[int(d)]


def pair_word(p, uk=False):
    a, b = int(p[0]), int(p[1])
    if a == 0:
        return zero_word(uk) + " " + UNITS[b] if b else zero_word(uk) + " " + zero_word(uk)
    if a == 1:
        return TEENS[b]
    if b == 0:
        return TENS[a]
    return TENS[a] + " " + UNITS[b]


def _speak_once(s, uk, pairs, fill):
    words = []
    i = 0
    while i < len(s):
        r = rng.random()
        if i + 2 < len(s) and s[i] == s[i + 1] == s[i + 2] and r < 0.4:
            words.append("triple " + dword(s[i], uk)); i += 3
        elif i + 1 < len(s) and s[i] == s[i + 1] and r < 0.5:
            words.append("double " + dword(s[i], uk)); i += 2
        elif pairs and i + 1 < len(s) and s[i] != "0" and r < 0.6:
            words.append(pair_word(s[i:i + 2], uk)); i += 2
        else:
            words.append(dword(s[i], uk)); i += 1
        if fill and i < len(s) and rng.random() < 0.08:
            words.append(ch(["um", "uh", "er", "erm"]))
    return " ".join(words)


def speak(s, uk=False, pairs=False, fill=False):
    """Speak a digit string the way a caller + ASR might; verified to round-trip."""
    for _ in range(50):
        w = _speak_once(s, uk, pairs, fill)
        if norm_digits(w) == s:
            return w
    return " ".join(dword(d, uk) for d in s)


def speak_pairs(s, uk=False):
    for _ in range(50):
        w = " ".join(pair_word(s[i:i + 2], uk) for i in range(0, len(s), 2))
        if norm_digits(w) == s:
            return w
    return " ".join(dword(d, uk) for d in s)


def digs(n):
    return "".join(str(rng.randrange(10)) for _ in range(n))


# ---------------------------------------------------------------- values
def luhn_ok(s):
    tot = 0
    for i, c in enumerate(reversed(s)):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def card():
    kind = ch(["visa", "visa", "mc", "mc", "amex", "disc", "visa13", "visa19", "mc2"])
    pre, n = {"visa": ("4", 16), "mc": (str(rng.randint(51, 55)), 16), "amex": (ch(["34", "37"]), 15),
              "disc": ("6011", 16), "visa13": ("4", 13), "visa19": ("4", 19),
              "mc2": (str(rng.randint(2221, 2720)), 16)}[kind]
    body = pre + digs(n - len(pre) - 1)
    for d in "0123456789":
        if luhn_ok(body + d):
            return body + d


def card_groups(c):
    if len(c) == 15:
        return [c[:4], c[4:10], c[10:]]
    if len(c) == 13:
        return [c[:4], c[4:8], c[8:12], c[12:]]
    return [c[i:i + 4] for i in range(0, len(c), 4)]


def card_typed(c):
    g = card_groups(c)
    st = rng.random()
    if st < 0.2:
        return c
    sep = ch([" ", " ", "-", " - ", ".", "  ", "\u00a0", "/"])
    return sep.join(g)


def ssn():
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, rng.randint(1, 99), rng.randint(1, 9999))


def ssn_typed(s):
    return ch(["{}-{}-{}", "{} {} {}", "{}{}{}", "{}.{}.{}", "{}-{}{}", "{} - {} - {}"]).format(s[:3], s[3:5], s[5:])


NI_FIRST = "ABCEGHJKLMNOPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"
NI_BAD = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}
NI_RE = re.compile(r"^(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$")


def ni():
    while True:
        p = ch(NI_FIRST.replace("O", "")) + ch(NI_SECOND)
        if p not in NI_BAD:
            break
    return p + digs(6) + ch("ABCD")


def ni_typed(v):
    f = ch(["{p} {a} {b} {c} {s}", "{p}{a}{b}{c}{s}", "{p}-{a}-{b}-{c}-{s}", "{p}{a}{b}{c} {s}",
            "{p} {a}{b}{c} {s}"])
    t = f.format(p=v[:2], a=v[2:4], b=v[4:6], c=v[6:8], s=v[8])
    return t.lower() if rng.random() < 0.3 else t


def spell_letter(l):
    l = l.lower()
    r = rng.random()
    if r < 0.35 and l in NATO:
        return l + ch([" for ", " as in "]) + NATO[l]
    return l


def ni_spoken(v):
    NO_O[0] = True
    try:
        return _ni_spoken(v)
    finally:
        NO_O[0] = False


def _ni_spoken(v):
    p = v[:2]
    if p[0] == p[1] and rng.random() < 0.5:
        lead = "double " + p[0].lower()
    else:
        lead = spell_letter(p[0]) + " " + spell_letter(p[1])
    mid = speak(v[2:8], uk=True, pairs=rng.random() < 0.4)
    return lead + " " + mid + " " + spell_letter(v[8])


def iban_cd(country, bban):
    s = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return "%02d" % (98 - int(num) % 97)


def iban_ok(v):
    s = v[4:] + v[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


BANKS = {"GB": ["NWBK", "BARC", "LOYD", "HBUK", "MIDL"], "IE": ["AIBK", "BOFI", "IPBS"],
         "NL": ["ABNA", "RABO", "INGB"]}


def iban(country=None):
    c = country or ch(["GB", "GB", "IE", "IE", "DE", "FR", "NL", "ES"])
    if c in ("GB", "IE"):
        bban = ch(BANKS[c]) + digs(14)
    elif c == "NL":
        bban = ch(BANKS[c]) + digs(10)
    elif c == "DE":
        bban = digs(18)
    elif c == "FR":
        bban = digs(23)
    else:
        bban = digs(20)
    return c + iban_cd(c, bban) + bban


def iban_typed(v):
    r = rng.random()
    if r < 0.4:
        t = " ".join(v[i:i + 4] for i in range(0, len(v), 4))
    elif r < 0.7:
        t = v
    else:
        t = "-".join(v[i:i + 4] for i in range(0, len(v), 4))
    return t.lower() if rng.random() < 0.2 else t


def phone(region=None):
    reg = region or ch(["uk_mob", "uk_mob", "uk_land", "us", "us", "ie"])
    if reg == "uk_mob":
        d = "07" + str(rng.randint(1, 9)) + digs(8)
        intl = "44" + d[1:]
        typed = ch([d, d[:5] + " " + d[5:], d[:5] + " " + d[5:8] + " " + d[8:], "+44 " + d[1:5] + " " + d[5:],
                    "+44 (0)" + d[1:5] + " " + d[5:], "0044" + d[1:]])
    elif reg == "uk_land":
        d = ch(["020", "0161", "0113", "0131", "0117"])
        d = d + digs(11 - len(d))
        intl = "44" + d[1:]
        typed = ch([d, d[:4] + " " + d[4:], "(" + d[:4] + ") " + d[4:], d[:3] + " " + d[3:7] + " " + d[7:]])
    elif reg == "us":
        d = str(rng.randint(2, 9)) + digs(2) + str(rng.randint(2, 9)) + digs(6)
        intl = "1" + d
        typed = ch(["(%s) %s-%s" % (d[:3], d[3:6], d[6:]), "%s-%s-%s" % (d[:3], d[3:6], d[6:]),
                    "%s.%s.%s" % (d[:3], d[3:6], d[6:]), "+1 %s %s %s" % (d[:3], d[3:6], d[6:]), d,
                    "1-%s-%s-%s" % (d[:3], d[3:6], d[6:])])
    else:
        d = "08" + str(rng.randint(3, 9)) + digs(7)
        intl = "353" + d[1:]
        typed = ch([d, d[:3] + " " + d[3:6] + " " + d[6:], "+353 " + d[1:3] + " " + d[3:], "+353" + d[1:]])
    return reg, d, intl, typed


def tphone(reg=None):
    r, d, i, t = phone(reg)
    return t, re.sub(r"\D", "", t)


FIRST = ["james", "sarah", "liam", "aoife", "priya", "tom", "olga", "marco", "fatima", "kevin",
         "niamh", "dev", "chloe", "sean", "ana", "ben", "grace", "omar", "lucy", "raj", "eilidh",
         "pawel", "mia", "conor", "zoe", "hannah", "tariq", "ellen"]
LAST = ["murphy", "patel", "smith", "okafor", "kowalski", "byrne", "nguyen", "jones", "garcia",
        "obrien", "walsh", "hughes", "khan", "reilly", "evans", "silva", "fischer", "doyle",
        "campbell", "morgan", "kelly", "shah", "lopez", "baker"]
DOMS = ["gmail.com", "outlook.com", "yahoo.co.uk", "hotmail.com", "icloud.com", "eircom.net",
        "btinternet.com", "proton.me", "aol.com", "live.ie", "web.de", "sky.com"]


def email():
    f, l = ch(FIRST), ch(LAST)
    st = rng.randrange(6)
    if st == 0:
        loc = f + "." + l
    elif st == 1:
        loc = f[0] + l + digs(2)
    elif st == 2:
        loc = f + "_" + l
    elif st == 3:
        loc = f + l[0] + digs(rng.randint(1, 4))
    elif st == 4:
        loc = l + "." + f[0]
    else:
        loc = f + "-" + l
    dom = ch(DOMS)
    if rng.random() < 0.12:
        dom = ch(["gmial.com", "hotmial.com", "outlok.com", "yahoo.co.uk"])
    return loc + "@" + dom


def email_spoken(e):
    loc, dom = e.split("@")
    parts = []
    for tok in re.findall(r"[a-z]+|\d+|[._-]", loc):
        if tok == ".":
            parts.append("dot")
        elif tok == "_":
            parts.append("underscore")
        elif tok == "-":
            parts.append(ch(["dash", "hyphen"]))
        elif tok.isdigit():
            parts.append(speak(tok, pairs=len(tok) == 2))
        elif len(tok) <= 1:
            parts.append(tok)
        else:
            parts.append(tok)
    d = " dot ".join(dom.split("."))
    return " ".join(parts) + " at " + d


def norm_email(text):
    t = text.lower().strip()
    if "@" in t:
        return re.sub(r"\s+", "", t)
    toks = re.findall(r"[a-z]+|\d+|[._-]", t)
    out = []
    i = 0
    while i < len(toks):
        w = toks[i]
        if w in "._-":
            out.append(w)
        elif w == "at":
            out.append("@")
        elif w == "dot":
            out.append(".")
        elif w == "underscore":
            out.append("_")
        elif w in ("dash", "hyphen"):
            out.append("-")
        elif w in ("um", "uh", "er"):
            pass
        else:
            # number words -> digits, run consecutively
            j = i
            seg = []
            while j < len(toks) and (toks[j] in W2D and len(toks[j]) > 1 or toks[j] in TEEN2D
                                     or toks[j] in TENS2D or toks[j] in ("double", "triple")):
                seg.append(toks[j]); j += 1
            if seg:
                out.append(norm_digits(" ".join(seg)))
                i = j
                continue
            out.append(w)
        i += 1
    return "".join(out)


def dob():
    y = rng.randint(1941, 2005)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    return datetime.date(y, m, d)


def dob_typed(dt, us=False):
    f = rng.randrange(7)
    if f == 0:
        return (dt.strftime("%m/%d/%Y") if us else dt.strftime("%d/%m/%Y"))
    if f == 1:
        return dt.strftime("%Y-%m-%d")
    if f == 2:
        return "%d %s %d" % (dt.day, MONTHS[dt.month - 1].capitalize()[:3], dt.year)
    if f == 3:
        return "%s %d %d" % (MONTHS[dt.month - 1], dt.day, dt.year)
    if f == 4:
        return dt.strftime("%d.%m.%Y")
    if f == 5:
        return "%d/%d/%s" % ((dt.month, dt.day, str(dt.year)[2:]) if us else (dt.day, dt.month, str(dt.year)[2:]))
    return "%s %s %d" % (ORD[dt.day].replace(" ", "-"), MONTHS[dt.month - 1], dt.year)


def year_spoken(y):
    s = str(y)
    if s.startswith("200"):
        return ch(["two thousand and " + UNITS[int(s[3])], "two thousand " + UNITS[int(s[3])], "two oh oh " + UNITS[int(s[3])]])
    return speak_pairs(s)


def dob_spoken(dt):
    f = rng.randrange(3)
    y = year_spoken(dt.year)
    if f == 0:
        return "the %s of %s %s" % (ORD[dt.day], MONTHS[dt.month - 1], y)
    if f == 1:
        return "%s %s %s" % (MONTHS[dt.month - 1], ORD[dt.day], y)
    day = pair_word("%02d" % dt.day) if dt.day >= 10 else UNITS[dt.day]
    mon = pair_word("%02d" % dt.month) if dt.month >= 10 else ch([UNITS[dt.month], "oh " + UNITS[dt.month]])
    return "%s %s %s" % (day, mon, y)


def dob_year_ok(text, dt):
    nd = norm_digits(text.replace("thousand and", "thousand"))
    y = str(dt.year)
    return y in nd or y[2:] in nd or ("thousand" in text and y[3] in nd)


UK_AREAS = ["SW", "SE", "NW", "N", "E", "W", "M", "B", "LS", "EH", "G", "CF", "BS", "NE", "L",
            "S", "BT", "KT", "OX", "CB", "RG", "DH", "PL", "YO", "AB"]
INWARD = "ABDEFGHJLNPQRSTUWXYZ"
UK_PC_RE = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$")
US_ZIP_RE = re.compile(r"^\d{5}(\d{4})?$")


def uk_postcode():
    a = ch(UK_AREAS)
    dist = str(rng.randint(1, 28 if len(a) == 2 else 20))
    if a in ("SW", "SE", "NW", "W", "E", "N") and rng.random() < 0.15:
        dist = str(rng.randint(1, 9)) + ch("ABEHMNPRVWXY")
    return a + dist + " " + str(rng.randint(1, 9)) + ch(INWARD) + ch(INWARD)


def pc_typed(p):
    r = rng.random()
    if r < 0.25:
        return p.replace(" ", "")
    if r < 0.45:
        return p.lower()
    return p


def pc_spoken(p):
    NO_O[0] = True
    out = []
    for c in p.replace(" ", ""):
        if c.isdigit():
            out.append(dword(c, True))
        else:
            out.append(spell_letter(c))
    NO_O[0] = False
    return " ".join(out)


def zip_code():
    z = "%05d" % rng.randint(1001, 99950)
    return z + ("-" + digs(4) if rng.random() < 0.3 else "")


STREETS_UK = ["Kingsley", "Abbey", "Mill", "Station", "Victoria", "Orchard", "Church", "Park",
              "Beech", "Willow", "Clarence", "Albert", "Hawthorn", "Rosemount"]
SUF_UK = ["Road", "Street", "Lane", "Avenue", "Close", "Crescent", "Drive", "Terrace", "Gardens", "Way"]
STREETS_US = ["Maple", "Oak", "Cedar", "Elm", "Washington", "Lincoln", "Sunset", "Lakeview",
              "Pine", "Highland", "Ridge", "Franklin"]
SUF_US = ["St", "Ave", "Blvd", "Dr", "Ln", "Rd", "Ct", "Street", "Avenue", "Drive"]
SUF_ALL = {s.lower() for s in SUF_UK + SUF_US} | {"rd", "st", "ave"}


def address(us=False):
    if us:
        n = str(rng.randint(100, 9899))
        return n, ch(STREETS_US) + " " + ch(SUF_US)
    n = str(rng.randint(1, 220))
    return n, ch(STREETS_UK) + " " + ch(SUF_UK)


def addr_spoken_num(n):
    if len(n) <= 2:
        return speak(n, pairs=True)
    if len(n) == 3:
        return ch([UNITS[int(n[0])] + " " + speak(n[1:], pairs=True) if n[1] != "0" else speak(n)])
    return speak_pairs(n) if n[2] != "0" else speak(n)


# ---------------------------------------------------------------- case builder
class B:
    def __init__(self):
        self.turns = []
        self.groups = {}
        self.n = 0

    def g(self, typ, canon):
        self.n += 1
        self.groups[self.n] = (typ, canon)
        return self.n

    def v(self, text, typ, canon):
        return (text, self.g(typ, canon))

    def t(self, speaker, *segs):
        self.turns.append((speaker, segs))
        return self


CASES = []
COUNTER = Counter()


def emit(kind, note, b):
    turns, spans = [], []
    for ti, (spk, segs) in enumerate(b.turns):
        buf = ""
        for s in segs:
            if isinstance(s, str):
                buf += s
            else:
                txt, gid = s
                typ = b.groups[gid][0]
                spans.append({"turn": ti, "start": len(buf), "end": len(buf) + len(txt), "type": typ, "_g": gid})
                buf += txt
        turns.append({"speaker": spk, "text": buf})
    if kind == "negative":
        assert not spans
    COUNTER[kind] += 1
    cid = "%s-%s-%03d" % (PFX, "pos" if kind == "positive" else "neg", COUNTER[kind])
    CASES.append(({"id": cid, "kind": kind, "turns": turns,
                   "spans": [{k: sp[k] for k in ("turn", "start", "end", "type")} for sp in spans],
                   "note": note}, spans, b.groups))


def typo(s):
    """occasionally mangle a filler word in surrounding text"""
    return s


# ---------------------------------------------------------------- positive templates (typed)
IND_T = ["banking", "telecom", "utilities", "retail", "insurance", "travel", "healthcare billing",
         "government services"]
CHAN = ["web chat", "SMS", "e-mail", "social DM", "app chat", "WhatsApp"]
EMO = ["", "", " 🙂", " 🙏", " 😅", " 👍", " :)", " x", " !!"]


def p_card_typed_one():
    b = B(); c = card(); ind = ch(["retail", "telecom", "travel", "utilities", "insurance"])
    pre = ch(["card no is ", "Card number: ", "its ", "ok the long nmuber is ", "here u go ", "card - ",
              "CARD NUMBER ", "copied from my app: "])
    b.t("agent", ch(["Could you type the long card number please?", "Please enter the 16 digit number on the front of the card.",
                     "What card would you like to pay with today?"]))
    b.t("customer", pre, b.v(card_typed(c), "CARD_NUMBER", c), ch(EMO), ch(["", " and the total is £%d.%02d right?" % (rng.randint(10, 300), rng.randint(0, 99)), " thanks"]))
    emit("positive", "%s/%s: card typed in one message, %d digits" % (ch(CHAN[:2] + CHAN[4:]), ind, len(c)), b)


def p_card_typed_split():
    b = B(); c = card(); g = b.g("CARD_NUMBER", c); gr = card_groups(c)
    k = rng.randint(1, len(gr) - 1)
    b.t("agent", "Go ahead with the card number when you're ready.")
    b.t("customer", ch(["first bit ", "", "ok ", "its "]), (" ".join(gr[:k]), g))
    if rng.random() < 0.5:
        b.t("agent", ch(["ok", "Got it, and the rest?", "mhm go on"]))
    b.t("customer", ch(["", "then ", "rest is "]), (ch([" ", "-", ""]).join(gr[k:]), g), ch(EMO))
    emit("positive", "%s/retail: card split over two typed messages at group boundary" % ch(["web chat", "SMS", "WhatsApp"]), b)


def p_card_cvv_exp_typed():
    b = B(); c = card(); cv = digs(4 if len(c) == 15 else 3); m = rng.randint(1, 12); y = rng.randint(26, 32)
    exp = ch(["%02d/%d", "%02d-%d", "%d/%d", "%02d/20%d", "%02d %d", "exp %02d/%d"]) % (m, y)
    if exp.startswith("exp "):
        exp = exp[4:]
    b.t("customer", ch(["card ", "Card: ", "cc "]), b.v(card_typed(c), "CARD_NUMBER", c), ch([" exp ", " expiry ", "\nexp: ", " ex "]),
        b.v(exp, "EXPIRY", "%02d/%02d" % (m, y)), ch([" cvv ", " sec code ", "\ncvc: ", " and the back 3 r "]), b.v(cv, "CVV", cv))
    emit("positive", "web chat/travel: card, expiry and cvv pasted in a single message with labels", b)


def p_cvv_exp_sep():
    b = B(); cv = digs(3); m = rng.randint(1, 12); y = rng.randint(25, 31)
    b.t("agent", "Thanks. What's the expiry date on the card?")
    b.t("customer", ch(["", "its ", "exp "]), b.v(ch(["%02d/%d" % (m, y), "%d/%d" % (m, y), "%02d%d" % (m, y), "%s %d" % (MONTHS[m - 1][:3], 2000 + y)]), "EXPIRY", "%02d/%02d" % (m, y)))
    b.t("agent", "And the 3 digit security code on the back?")
    b.t("customer", ch(["", "its ", "cvv ", "code is "]), b.v(cv, "CVV", cv), ch(EMO))
    emit("positive", "web chat/utilities: expiry and cvv each answered in its own short message", b)


def p_ssn_typed():
    b = B(); s = ssn()
    b.t("agent", ch(["To verify your identity, please provide your Social Security number.", "Can you confirm your SSN?",
                     "I need the full SSN on the policy to continue."]))
    b.t("customer", ch(["sure its ", "SSN: ", "ok ", "", "my ssn is ", "soc sec # "]), b.v(ssn_typed(s), "SSN", s), ch(EMO))
    emit("positive", "%s/%s: US SSN typed" % (ch(["web chat", "SMS", "e-mail"]), ch(["banking", "insurance", "healthcare billing", "government services"])), b)


def p_ssn_split():
    b = B(); s = ssn(); g = b.g("SSN", s)
    b.t("customer", ch(["ssn ", "SSN is ", "it's "]), (s[:3], g))
    b.t("customer", (s[3:5], g))
    b.t("customer", (s[5:], g), ch([" sorry phone keeps sending", " sorry", "", " lol"]))
    emit("positive", "SMS/healthcare billing: SSN sent as three separate messages", b)


def p_ssn_with_dob():
    b = B(); s = ssn(); d = dob()
    b.t("agent", "Please confirm the last 4 of your SSN and your DOB. Actually the full SSN for this request, sorry.")
    b.t("customer", ch(["SSN ", "ssn- ", ""]), b.v(ssn_typed(s), "SSN", s), ch([", DOB ", " dob: ", " / born "]), b.v(dob_typed(d, us=True), "DOB", d), ch(EMO))
    emit("positive", "web chat/government services: SSN and DOB in one message, US date order", b)


def p_ni_typed():
    b = B(); v = ni()
    b.t("agent", ch(["Could you provide your National Insurance number?", "What's your NI number please?",
                     "Please send your NINO so we can find the claim."]))
    b.t("customer", ch(["its ", "NI: ", "ni no ", "", "National insurance no. is ", "hiya it's "]), b.v(ni_typed(v), "NI_NUMBER", v), ch(EMO))
    emit("positive", "%s/government services: UK NI number typed" % ch(["web chat", "SMS", "e-mail"]), b)


def p_ni_split():
    b = B(); v = ni(); g = b.g("NI_NUMBER", v)
    b.t("customer", ch(["ni number ", "NI ", ""]), (v[:2] + ch([" ", ""]) + v[2:4], g))
    b.t("customer", (v[4:8] + ch([" ", ""]) + v[8], g))
    emit("positive", "WhatsApp/government services: NI number split over two messages", b)


def p_ni_with_ctx():
    b = B(); v = ni(); amt = rng.randint(100, 900)
    b.t("customer", "hi, got a letter saying i owe £%d on my tax credits?? my NI is " % amt, b.v(ni_typed(v), "NI_NUMBER", v),
        ch([" and ref 4471 on the letter", " and the letter is dated 3rd june", " can someone call me back after 5pm"]))
    emit("positive", "e-mail/government services: NI number inside a complaint with amounts and refs", b)


def p_bank_typed():
    b = B(); acc = digs(8); sc = digs(6)
    sct = ch(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s.%s.%s"]) % (sc[:2], sc[2:4], sc[4:])
    b.t("agent", "What are the account number and sort code you'd like the refund paid into?")
    b.t("customer", ch(["acc ", "account no ", "Acct: ", "a/c "]), b.v(ch([acc, acc[:4] + " " + acc[4:]]), "BANK_ACCOUNT", acc),
        ch([" sort code ", " s/c ", "\nsort: ", ", sc "]), b.v(sct, "SORT_CODE", sc), ch(EMO))
    emit("positive", "web chat/banking: UK account number and sort code in one message", b)


def p_bank_split():
    b = B(); acc = digs(8); sc = digs(6)
    b.t("customer", ch(["sort code is ", "sortcode ", "sc "]), b.v("%s-%s-%s" % (sc[:2], sc[2:4], sc[4:]), "SORT_CODE", sc))
    b.t("agent", "Thanks, and the account number?")
    b.t("customer", b.v(acc, "BANK_ACCOUNT", acc), ch(["", " (current acc)", " thats the joint one"]))
    emit("positive", "SMS/insurance: sort code and account number in separate messages", b)


def p_us_account():
    b = B(); acc = digs(rng.randint(10, 12)); z = zip_code()
    b.t("customer", ch(["checking acct # ", "account number ", "acct "]), b.v(acc, "BANK_ACCOUNT", acc),
        ch([", billing zip ", " zip is ", " and zip "]), b.v(z, "POSTCODE", z.replace("-", "")))
    emit("positive", "web chat/banking: US checking account number and ZIP", b)


def p_iban_typed():
    b = B(); v = iban()
    b.t("agent", ch(["Please send the IBAN for the refund.", "What's the IBAN of the account?"]))
    b.t("customer", ch(["IBAN: ", "iban ", "here: ", "copied from banking app -> "]), b.v(iban_typed(v), "IBAN", v), ch(EMO))
    emit("positive", "%s/%s: IBAN (%s) typed" % (ch(["e-mail", "web chat"]), ch(["travel", "retail", "utilities"]), v[:2]), b)


def p_phone_typed():
    b = B(); t, cd = tphone(); reg = "intl" if t.startswith(("+", "00")) else "national"
    b.t("agent", ch(["What's the best number to reach you on?", "Can I take a contact number?"]))
    b.t("customer", ch(["", "its ", "mob ", "call me on ", "📱 ", "cell "]), b.v(t, "PHONE", cd),
        ch(EMO + [" after 6 pls", " (work hours only)"]))
    emit("positive", "%s/%s: phone number typed (%s)" % (ch(["SMS", "web chat", "social DM"]), ch(IND_T), reg), b)


def p_phone_two():
    b = B(); t1, c1 = tphone("uk_mob"); t2, c2 = tphone(ch(["uk_land", "uk_mob"]))
    b.t("customer", "ur system has my old number ", b.v(t1, "PHONE", c1),
        " pls change to ", b.v(t2, "PHONE", c2), ch(EMO))
    emit("positive", "social DM/telecom: old and new phone numbers in one message", b)


def p_email_typed():
    b = B(); e = email()
    et = ch([e, e, e.upper() if rng.random() < 0.2 else e.capitalize(), e])
    b.t("agent", ch(["What email should we send the confirmation to?", "Can you confirm the email on the account?"]))
    b.t("customer", ch(["", "its ", "email: ", "e-mail ", "mailto:", "send to "]), b.v(et, "EMAIL", e), ch(EMO + [" (not the work one)"]))
    emit("positive", "%s/%s: email typed" % (ch(["web chat", "social DM", "SMS"]), ch(IND_T)), b)


def p_email_obfuscated():
    b = B(); e = email(); loc, dom = e.split("@"); dn, tld = dom.split(".", 1)
    t = ch(["%s at %s dot %s" % (loc, dn, tld.replace(".", " dot ")), "%s [at] %s.%s" % (loc, dn, tld), "%s(at)%s.%s" % (loc, dn, tld)])
    b.t("customer", "dont want to post it in full on here but its ", b.v(t, "EMAIL", e))
    emit("positive", "social DM/retail: email typed with 'at'/'dot' obfuscation", b)


def p_dob_typed():
    b = B(); d = dob()
    b.t("agent", "For security, please confirm your date of birth.")
    b.t("customer", ch(["", "dob ", "born ", "its "]), b.v(dob_typed(d), "DOB", d), ch(EMO + [" (im %d lol)" % (2026 - d.year)]))
    emit("positive", "web chat/%s: date of birth typed" % ch(["banking", "insurance", "healthcare billing"]), b)


def p_address_typed():
    b = B(); n, st = address(); pc = uk_postcode()
    flat = ch(["", "", "Flat %d, " % rng.randint(1, 40), "%d%s " % (0, "")])
    if flat.startswith("0"):
        flat = ""
    b.t("agent", "What's the delivery address?")
    b.t("customer", b.v(flat + n + " " + st, "ADDRESS", n + " " + st), ch([", ", "\n", " "]), ch(["Leeds", "Bristol", "Cardiff", "Glasgow", "Reading"]),
        ch([", ", "\n", " "]), b.v(pc_typed(pc), "POSTCODE", pc.replace(" ", "")))
    emit("positive", "web chat/retail: UK address lines pasted with postcode", b)


def p_address_us_typed():
    b = B(); n, st = address(us=True); z = zip_code()
    b.t("customer", "ship to ", b.v(n + " " + st, "ADDRESS", n + " " + st), ch([", Austin TX ", ", Columbus, OH ", " Denver CO ", ", Portland, OR "]), b.v(z, "POSTCODE", z.replace("-", "")))
    emit("positive", "SMS/retail: US street address with ZIP", b)


def p_postcode_only():
    b = B(); pc = uk_postcode()
    b.t("agent", "Can you confirm the postcode on the account?")
    b.t("customer", ch(["", "its ", "pc ", "postcode "]), b.v(pc_typed(pc), "POSTCODE", pc.replace(" ", "")), ch(EMO))
    emit("positive", "SMS/utilities: postcode typed alone", b)


def p_email_body():
    b = B(); c = card(); n, st = address(); pc = uk_postcode(); t, cd = tphone("uk_mob"); e = email()
    body = ("Dear Sir/Madam,\n\nI was charged twice (£%d.%02d on 3 March) for order 55%s. The card used was " % (rng.randint(20, 99), rng.randint(0, 99), digs(4)))
    b.t("customer", body, b.v(card_typed(c), "CARD_NUMBER", c), ".\nMy address is ", b.v(n + " " + st, "ADDRESS", n + " " + st), ", ",
        b.v(pc, "POSTCODE", pc.replace(" ", "")), ".\nPlease call ", b.v(t, "PHONE", cd),
        " or reply to ", b.v(e, "EMAIL", e), ".\n\nRegards")
    emit("positive", "e-mail/retail: complaint e-mail body with card, address, postcode, phone and email", b)


def p_ni_typo_ctx():
    b = B(); v = ni(); d = dob()
    b.t("customer", ch(["my natinal insurence numbr is ", "NI numbr ", "nat ins no. "]), b.v(ni_typed(v), "NI_NUMBER", v),
        ch([" and dob ", " d.o.b ", " birthday "]), b.v(dob_typed(d), "DOB", d))
    emit("positive", "web chat/government services: NI and DOB with typos in surrounding words", b)


def p_card_zwsp():
    b = B(); c = card(); gr = card_groups(c)
    t = ch(["\u200b", "\u00a0", " \u200b"]).join(gr)
    b.t("customer", "pasted from my notes ", b.v(t, "CARD_NUMBER", c), ch(EMO))
    emit("positive", "web chat/retail: card pasted with zero-width / no-break space artefacts", b)


def p_card_masked_agent():
    b = B(); c = card()
    b.t("customer", "charge it to ", b.v(card_typed(c), "CARD_NUMBER", c))
    b.t("agent", "Thanks, I've charged £%d.00 to the card ending %s. Your reference is 88%s." % (rng.randint(5, 80), c[-4:], digs(5)))
    emit("positive", "web chat/telecom: card typed; agent then mentions only the last four (not labelled)", b)


# ---------------------------------------------------------------- positive templates (spoken)
def p_card_spoken_split():
    b = B(); c = card(); g = b.g("CARD_NUMBER", c); gr = card_groups(c)
    b.t("agent", ch(["okay go ahead with the long number on the card", "and whenever you're ready the card number", "can i take the card number please"]))
    for i, grp in enumerate(gr):
        pre = ch(["", "", "right ", "yeah "]) if i == 0 else ch(["", "", "then "])
        b.t("customer", pre, (speak(grp, pairs=rng.random() < 0.3, fill=True), g))
        if i < len(gr) - 1:
            b.t("agent", ch(["mhm", "yep", "okay go on", "uh huh", "yeah"]))
    emit("positive", "call/%s: card read group by group with back-channels" % ch(["telecom", "utilities", "insurance", "retail"]), b)


def p_card_spoken_one():
    b = B(); c = card()
    b.t("customer", ch(["yeah it's ", "okay so the card is ", "the number is "]), b.v(speak(c, pairs=rng.random() < 0.3, fill=True), "CARD_NUMBER", c),
        ch(["", " and it expires", " did you get all that"]))
    emit("positive", "call/travel: whole card number in one ASR turn", b)


def p_card_readback():
    b = B(); c = card(); gr = card_groups(c)
    b.t("customer", b.v(speak(c), "CARD_NUMBER", c))
    b.t("agent", "let me read that back ", b.v(" ".join(speak(x, pairs=True) for x in gr), "CARD_NUMBER", c), " is that right")
    b.t("customer", "yes that's it")
    emit("positive", "call/retail: agent reads card number back in pairs", b)


def p_exp_cvv_spoken():
    b = B(); m = rng.randint(1, 12); y = rng.randint(26, 31); cv = digs(3)
    ex = ch([speak("%02d" % m) + " " + pair_word(str(y)), MONTHS[m - 1] + " " + pair_word(str(y)),
             speak("%02d" % m) + " slash " + pair_word(str(y)), MONTHS[m - 1] + " twenty " + pair_word(str(y))])
    b.t("agent", "and the expiry date")
    b.t("customer", ch(["", "um ", "it's "]), b.v(ex, "EXPIRY", "%02d/%02d" % (m, y)))
    b.t("agent", "and the three digit security code on the back")
    b.t("customer", ch(["", "that's ", "yeah "]), b.v(speak(cv), "CVV", cv))
    emit("positive", "call/utilities: expiry and cvv spoken in answer to the agent", b)


def p_ssn_spoken():
    b = B(); s = ssn(); g = b.g("SSN", s)
    b.t("agent", "can i get your social security number")
    if rng.random() < 0.5:
        b.t("customer", "sure it's ", (speak(s, fill=True), g))
    else:
        b.t("customer", (speak(s[:3]), g)); b.t("agent", "okay"); b.t("customer", (speak(s[3:5]), g))
        b.t("agent", "mhm"); b.t("customer", (speak(s[5:], pairs=rng.random() < 0.5), g))
    emit("positive", "call/%s: SSN spoken" % ch(["healthcare billing", "banking", "insurance"]), b)


def p_ni_spoken():
    b = B(); v = ni()
    b.t("agent", "and your national insurance number please")
    b.t("customer", ch(["yeah it's ", "", "right it's "]), b.v(ni_spoken(v), "NI_NUMBER", v))
    emit("positive", "call/government services: NI spoken with letters (some phonetic)", b)


def p_ni_spoken_split():
    b = B(); v = ni(); g = b.g("NI_NUMBER", v); NO_O[0] = True
    b.t("customer", (spell_letter(v[0]) + " " + spell_letter(v[1]) + " " + speak(v[2:4], uk=True), g))
    b.t("agent", "yep")
    b.t("customer", (speak(v[4:8], uk=True, pairs=rng.random() < 0.5) + " " + spell_letter(v[8]), g))
    NO_O[0] = False
    emit("positive", "call/government services: NI spoken across two turns", b)


def p_sort_acc_spoken():
    b = B(); sc = digs(6); acc = digs(8)
    b.t("agent", "what's the sort code")
    b.t("customer", b.v(ch([speak_pairs(sc, uk=True), speak(sc, uk=True)]), "SORT_CODE", sc))
    b.t("agent", "and the account number")
    b.t("customer", ch(["", "it's "]), b.v(speak(acc, uk=True, fill=True), "BANK_ACCOUNT", acc))
    emit("positive", "call/banking: sort code in pairs and account number digit by digit", b)


def p_phone_spoken():
    b = B(); reg, d, i, t = phone(ch(["uk_mob", "us", "ie"]))
    if rng.random() < 0.3:
        sp, canon = "plus " + speak(i[:3] if reg == "ie" else i[:2] if reg != "us" else i[:1]) + " " + speak(i[3 if reg == "ie" else 2 if reg != "us" else 1:], uk=reg != "us"), i
    else:
        sp, canon = speak(d, uk=reg != "us", fill=True), d
    b.t("agent", "what's the best number to reach you")
    b.t("customer", ch(["", "it's ", "yeah my mobile is "]), b.v(sp, "PHONE", canon))
    emit("positive", "call/telecom: phone number spoken (%s)" % reg, b)


def p_email_spoken():
    b = B(); e = email()
    b.t("agent", "can i take an email address")
    b.t("customer", ch(["yeah it's ", "", "sure "]), b.v(email_spoken(e), "EMAIL", e))
    emit("positive", "call/%s: email spelled out by ASR with 'at' and 'dot'" % ch(IND_T), b)


def p_dob_spoken():
    b = B(); d = dob()
    b.t("agent", "and can you confirm your date of birth")
    b.t("customer", ch(["yeah it's ", "", "um "]), b.v(dob_spoken(d), "DOB", d))
    emit("positive", "call/insurance: date of birth spoken", b)


def p_postcode_spoken():
    b = B(); pc = uk_postcode()
    while "O" in pc or "I" in pc:
        pc = uk_postcode()
    b.t("agent", "and the postcode")
    b.t("customer", ch(["it's ", "", "yeah "]), b.v(pc_spoken(pc), "POSTCODE", pc.replace(" ", "")))
    emit("positive", "call/utilities: UK postcode spoken letter by letter", b)


def p_address_spoken():
    b = B(); n, st = address()
    b.t("agent", "and the first line of the address")
    b.t("customer", b.v(addr_spoken_num(n) + " " + st.lower(), "ADDRESS", n + " " + st))
    emit("positive", "call/utilities: street address spoken with number in words", b)


def p_iban_spoken():
    b = B(); v = iban(ch(["GB", "IE"])); NO_O[0] = True
    parts = " ".join(spell_letter(x) if x.isalpha() else dword(x, True) for x in v[:8]) + " " + speak(v[8:], uk=True)
    NO_O[0] = False
    b.t("agent", "can you read me the iban")
    b.t("customer", b.v(parts, "IBAN", v))
    emit("positive", "call/banking: IBAN spoken character by character", b)


def p_mixed_chitchat():
    b = B(); c = card(); g = b.g("CARD_NUMBER", c); gr = card_groups(c)
    b.t("customer", "hang on it's in my other bag okay ", (speak(gr[0]) + " " + speak(gr[1]), g))
    b.t("agent", "mhm")
    b.t("customer", "sorry the dog's barking um ", (" ".join(speak(x) for x in gr[2:]), g), " and my balance is like two hundred quid")
    emit("positive", "call/retail: card with chit-chat and a money amount in the same turns", b)


def p_iban_split():
    b = B(); v = iban(ch(["IE", "GB", "DE", "NL"])); g = b.g("IBAN", v); k = 4 * rng.randint(2, 3)
    t = " ".join(v[i:i + 4] for i in range(0, len(v), 4))
    cut = k + k // 4 - 1
    b.t("customer", ch(["iban is ", "IBAN "]), (t[:cut], g))
    b.t("customer", (t[cut + 1:], g), ch([" sry", "", " (thats my credit union acc)"]))
    emit("positive", "WhatsApp/insurance: IBAN split across two messages", b)


def p_iban_email():
    b = B(); v = iban(); t, cd = tphone(ch(["ie", "uk_mob"]))
    b.t("customer", "Hello,\n\nRe: claim 7%s - please pay the settlement of EUR %d,%02d into IBAN " % (digs(6), rng.randint(200, 5000), rng.randint(0, 99)),
        b.v(iban_typed(v), "IBAN", v), ".\nYou can ring me on ", b.v(t, "PHONE", cd), " between 9 and 5.\n\nThanks")
    emit("positive", "e-mail/insurance: IBAN and phone inside an e-mail body with claim ref and amount", b)


def p_cvv_exp_typo():
    b = B(); m = rng.randint(1, 12); y = rng.randint(26, 33); cv = digs(ch([3, 3, 4]))
    lab = ch(["the %d numbrs on back are " % len(cv), "secruity code ", "cvc "])
    b.t("customer", lab, b.v(cv, "CVV", cv),
        ch([" n exp ", " & expirey ", ", exp date "]), b.v(ch(["%02d%02d", "%02d / %02d", "%d/20%02d"]) % (m, y), "EXPIRY", "%02d/%02d" % (m, y)), ch(EMO))
    emit("positive", "SMS/telecom: cvv and expiry with misspelt labels", b)


def p_card_homophone():
    b = B(); c = card()
    for _ in range(50):
        w = speak(c, fill=True).split(" ")
        w = [(ch(["to", "too", "two"]) if x == "two" else ch(["for", "four"]) if x == "four" else ch(["ate", "eight"]) if x == "eight" else x) for x in w]
        w = " ".join(w)
        if any(h in w.split() for h in HOMO) and norm_digits(w) == c:
            break
    b.t("agent", "okay and the long card number please")
    b.t("customer", "yeah so it's ", b.v(w, "CARD_NUMBER", c))
    b.t("agent", "thank you and the name on the card")
    emit("positive", "call/telecom: card number with ASR homophones (to/for/ate)", b)


def p_card_typed_three():
    b = B(); c = card(); g = b.g("CARD_NUMBER", c); gr = card_groups(c)
    b.t("customer", ch(["ok card is ", "card: ", "the number "]), (gr[0], g))
    b.t("customer", (" ".join(gr[1:-1]), g), ch([" wait", " hold on", "..."]))
    b.t("agent", ch(["No rush!", "Take your time 🙂", "Sure, whenever you're ready."]))
    b.t("customer", ch(["sorry kid grabbed my phone lol ", "ok ", "last bit "]), (gr[-1], g), ch(EMO))
    emit("positive", "web chat/retail: card spread over three messages with chatter in between", b)


def p_dob_sentence():
    b = B(); d = dob(); s = ssn()
    dt = ch(["%s of %s %d" % (ORD[d.day].replace(" ", "-"), MONTHS[d.month - 1].capitalize(), d.year),
             "%d%s %s %d" % (d.day, {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}.get(d.day, "th"), MONTHS[d.month - 1][:3], d.year)])
    b.t("customer", "i was born on the ", b.v(dt, "DOB", d), ch([" and my ssn is ", ", social is "]), b.v(ssn_typed(s), "SSN", s),
        ", my appointment is on the 14th at 3pm")
    emit("positive", "web chat/healthcare billing: DOB in a sentence, SSN, plus a non-birth appointment date", b)


def p_email_split_typed():
    b = B(); e = email(); loc, dom = e.split("@"); g = b.g("EMAIL", e)
    b.t("customer", ch(["email is ", "its ", "my emial "]), (loc + "@", g))
    b.t("customer", (dom, g), ch([" sorry hit enter", "", " *"]))
    emit("positive", "SMS/telecom: email address broken across two messages after the @", b)


def p_address_dm():
    b = B(); n, st = address(); pc = uk_postcode(); fl = rng.randint(1, 12)
    txt = ch(["flat %d, %s %s" % (fl, n, st.lower()), "Flat %d%s %s %s" % (fl, ch("ab"), n, st), "%s %s" % (n, st.upper())])
    b.t("customer", ch(["new adress is ", "moved!! new address ", "pls update adddress to "]), b.v(txt, "ADDRESS", n + " " + st),
        ch([" ", ", ", " - "]), b.v(pc_typed(pc), "POSTCODE", pc.replace(" ", "")), ch(EMO))
    emit("positive", "social DM/utilities: change of address with flat number, typos and odd case", b)


def p_us_insurance():
    b = B(); n, st = address(us=True); z = zip_code(); t, cd = tphone("us"); d = dob()
    b.t("agent", "To update the policy I need your address, phone and date of birth.")
    b.t("customer", b.v(n + " " + st, "ADDRESS", n + " " + st), " apt %d, Tampa FL " % rng.randint(1, 40), b.v(z, "POSTCODE", z.replace("-", "")))
    b.t("customer", "ph ", b.v(t, "PHONE", cd), " dob ", b.v(dob_typed(d, us=True), "DOB", d))
    emit("positive", "web chat/insurance: US address+ZIP, phone and DOB over two messages", b)


POS_TYPED = [p_email_split_typed, p_address_dm, p_us_insurance, p_card_typed_three, p_dob_sentence, p_iban_split, p_iban_email, p_cvv_exp_typo, p_card_typed_one, p_card_typed_split, p_card_cvv_exp_typed, p_cvv_exp_sep, p_ssn_typed, p_ssn_split,
             p_ssn_with_dob, p_ni_typed, p_ni_split, p_ni_with_ctx, p_bank_typed, p_bank_split, p_us_account,
             p_iban_typed, p_phone_typed, p_phone_two, p_email_typed, p_email_obfuscated, p_dob_typed,
             p_address_typed, p_address_us_typed, p_postcode_only, p_email_body, p_ni_typo_ctx, p_card_zwsp,
             p_card_masked_agent]
def p_sort_readback():
    b = B(); sc = digs(6); acc = digs(8)
    b.t("customer", "sort code ", b.v(speak(sc, uk=True), "SORT_CODE", sc), " account ", b.v(speak(acc, uk=True, pairs=rng.random() < 0.4), "BANK_ACCOUNT", acc))
    b.t("agent", "so that's ", b.v(speak_pairs(sc, uk=True), "SORT_CODE", sc), " and ", b.v(speak(acc, uk=True), "BANK_ACCOUNT", acc), " and the payment is forty pounds on the first")
    b.t("customer", "yeah")
    emit("positive", "call/utilities: sort code and account in one turn, agent reads both back", b)


def p_phone_correction():
    b = B(); r1, d1, i1, t1 = phone("uk_mob"); r2, d2, i2, t2 = phone(ch(["uk_mob", "uk_land"]))
    b.t("customer", "it's ", b.v(speak(d1, uk=True), "PHONE", d1), " no wait hang on that's my old one sorry")
    b.t("agent", "no problem")
    b.t("customer", "it's ", b.v(speak(d2, uk=True, fill=True), "PHONE", d2))
    emit("positive", "call/telecom: caller gives old phone then corrects to new one (both labelled)", b)


POS_SPOKEN = [p_sort_readback, p_phone_correction, p_card_homophone, p_card_spoken_split, p_card_spoken_one, p_card_readback, p_exp_cvv_spoken, p_ssn_spoken, p_ni_spoken,
              p_ni_spoken_split, p_sort_acc_spoken, p_phone_spoken, p_email_spoken, p_dob_spoken,
              p_postcode_spoken, p_address_spoken, p_iban_spoken, p_mixed_chitchat]


# ---------------------------------------------------------------- negatives
def n_amount():
    b = B(); a = rng.randint(1000, 99999)
    b.t("customer", ch(["why is my bill £%d.%02d this month??" % (a // 100, a % 100), "i was charged $%s,%03d.%02d for the repair" % (a // 1000 or 1, a % 1000, rng.randint(0, 99))]))
    b.t("agent", "I can see a payment of %d.%02d on the %s of %s. The balance is now %d.%02d." % (a // 100, a % 100, ORD[rng.randint(1, 28)], ch(MONTHS), rng.randint(0, 500), rng.randint(0, 99)))
    emit("negative", "web chat/utilities: amounts, balance and payment date", b)


def n_order_ref():
    b = B(); w = ch(["order", "ticket", "claim", "invoice", "reference", "case", "booking ref"])
    n = digs(rng.randint(6, 10))
    b.t("customer", ch(["hi my %s number is %s", "%s no. %s still not sorted!!", "re: %s #%s"]) % (w, n) + ch(EMO))
    b.t("agent", "Thanks, I've found %s %s. It was opened %d days ago." % (w, n, rng.randint(2, 40)))
    emit("negative", "web chat/retail: %s number with its reference word" % w, b)


def n_order_spoken():
    b = B(); w = ch(["order", "claim", "reference", "ticket"]); n = digs(rng.randint(7, 10))
    b.t("customer", "yeah the %s number is %s" % (w, speak(n)))
    b.t("agent", "okay so that's %s %s let me pull that up" % (w, speak(n)))
    emit("negative", "call/insurance: %s number spoken and read back" % w, b)


def n_flight():
    b = B(); f = ch(["EI", "BA", "FR", "UA", "LH", "AA"]) + str(rng.randint(100, 9999))
    b.t("customer", "my flight %s on the %d%s was cancelled, departs 14:35 gate %d, seat %d%s" % (f, rng.randint(4, 19), "th", rng.randint(1, 60), rng.randint(1, 40), ch("ABCDEF")))
    b.t("agent", "Sorry about that, flight %s is rebooked for 07:50 tomorrow, arriving 11:20." % f)
    emit("negative", "web chat/travel: flight number, times, gate and seat", b)


def n_meter():
    b = B(); r = digs(5)
    b.t("customer", ch(["meter reading is %s", "elec reading %s and gas %s" % (r, digs(5))]).replace("%s", r, 1) if "%s" in "x" else "meter reading %s, gas %s" % (r, digs(5)))
    b.t("agent", "Thanks, your new direct debit will be £%d a month starting %d %s." % (rng.randint(40, 190), rng.randint(1, 28), ch(MONTHS).capitalize()))
    emit("negative", "web chat/utilities: meter readings and direct debit amount/date", b)


def n_speed():
    b = B(); s = rng.randint(5, 900)
    b.t("customer", "paying for %d mbps and getting %d.%d down %d up 😡 been like this %d days" % (s, rng.randint(1, s), rng.randint(0, 9), rng.randint(1, 50), rng.randint(2, 30)))
    b.t("agent", "I can see %d%% packet loss on the line since %d:%02d. An engineer can come on %s the %s between 8 and 1." % (rng.randint(2, 40), rng.randint(1, 12), rng.randint(0, 59), ch(["Monday", "Friday", "Tuesday"]), ORD[rng.randint(1, 28)]))
    emit("negative", "social DM/telecom: speeds, percentages, times, appointment date", b)


def n_model():
    b = B()
    m = ch(["iPhone 15 Pro", "Galaxy S23", "model WM8%s" % digs(3), "router HG6%s" % digs(3), "boiler 30CDi", "TV 55OLED806"])
    b.t("customer", "my %s stopped working after %d months, serial starts with %s" % (m, rng.randint(2, 30), ch(["SN", "X"]) + digs(4)))
    b.t("agent", "Thanks, it's under the %d year warranty until %d." % (rng.randint(1, 3), rng.randint(2026, 2029)))
    emit("negative", "web chat/retail: model numbers, months, warranty years", b)


def n_appt_date():
    b = B(); dt = datetime.date(2026, rng.randint(1, 12), rng.randint(1, 28))
    b.t("customer", "can i move my appointment from %s to %s" % (dt.strftime("%d/%m/%Y"), (dt + datetime.timedelta(days=rng.randint(1, 20))).strftime("%d/%m/%Y")))
    b.t("agent", "Yes, you're booked for %s at %d:%02d, room %d." % ((dt + datetime.timedelta(days=3)).strftime("%A %d %B"), rng.randint(8, 17), ch([0, 15, 30, 45]), rng.randint(1, 400)))
    emit("negative", "web chat/healthcare billing: appointment dates, times and room number", b)


def n_contract_spoken():
    b = B(); y = rng.randint(2015, 2025)
    b.t("customer", "my contract started in %s on the %s of %s and it's twenty four months" % (year_spoken(y), ORD[rng.randint(1, 28)], ch(MONTHS)))
    b.t("agent", "okay so it ends %s %s and you're paying %s pounds a month" % (ch(MONTHS), year_spoken(y + 2), pair_word(str(rng.randint(21, 99)))))
    emit("negative", "call/telecom: contract start date, durations, monthly price", b)


def n_age_temp():
    b = B()
    b.t("customer", "my dad is %d and the heating's been off %d hours, it's %d degrees in here" % (rng.randint(60, 95), rng.randint(3, 48), rng.randint(5, 15)))
    b.t("agent", "I'm sorry. I've flagged this as priority, an engineer will be there within %d hours." % rng.randint(2, 8))
    emit("negative", "SMS/utilities: age, durations and temperature", b)


def n_quantity():
    b = B()
    b.t("customer", "i ordered %d packs of %d and only got %d, total was %d.%02d" % (rng.randint(2, 12), rng.randint(6, 48), rng.randint(1, 5), rng.randint(10, 300), rng.randint(0, 99)))
    b.t("agent", "Sorry! I've refunded %d.%02d, it takes %d-%d working days." % (rng.randint(5, 60), rng.randint(0, 99), 3, 5))
    emit("negative", "web chat/retail: quantities, totals and refund timing", b)


def n_spoken_amounts():
    b = B()
    b.t("customer", "yeah i paid %s pounds %s on the %s and it's still showing" % (pair_word(str(rng.randint(21, 99))), pair_word(str(rng.randint(11, 99))), ORD[rng.randint(1, 28)]))
    b.t("agent", "okay i can see that payment it'll take about %s working days" % UNITS[rng.randint(3, 9)])
    emit("negative", "call/banking: spoken money amount and payment date", b)


def n_time_hold():
    b = B()
    b.t("customer", "been on hold %d mins then cut off at %d:%02d pm. 3rd time this week" % (rng.randint(20, 90), rng.randint(1, 11), rng.randint(0, 59)))
    b.t("agent", "Apologies, our lines are open 8am-8pm and the average wait today is %d minutes." % rng.randint(3, 40))
    emit("negative", "social DM/telecom: durations and clock times", b)


def n_year_percent():
    b = B()
    b.t("customer", "premium went up %d%% from %d to %d, was £%d now £%d" % (rng.randint(5, 60), rng.randint(2020, 2024), 2025, rng.randint(300, 700), rng.randint(700, 1400)))
    b.t("agent", "I understand. The no claims discount of %d years still applies." % rng.randint(1, 9))
    emit("negative", "e-mail/insurance: percentages, years and premium amounts", b)


def n_room_booking():
    b = B()
    b.t("customer", "room %d, checking out %s, %d nights total, booking ref %s" % (rng.randint(100, 950), ch(["tmrw", "sunday", "on the 14th"]), rng.randint(2, 9), digs(8)))
    b.t("agent", "Thanks, late checkout until 1pm is €%d." % rng.randint(15, 60))
    emit("negative", "SMS/travel: room number, nights, booking ref, price", b)


def n_last4():
    b = B()
    b.t("customer", "the payment on the card ending in %s failed twice" % digs(4))
    b.t("agent", "I see two attempts of £%d.%02d at %d:%02d. Try again in %d minutes." % (rng.randint(10, 99), rng.randint(0, 99), rng.randint(8, 20), rng.randint(0, 59), rng.randint(5, 30)))
    emit("negative", "web chat/retail: only last four card digits mentioned, plus amounts/times", b)


def n_balance_spoken():
    b = B()
    b.t("agent", "your balance is %s hundred and %s pounds and %s pence" % (UNITS[rng.randint(1, 9)], pair_word(str(rng.randint(21, 99))), pair_word(str(rng.randint(11, 99)))))
    b.t("customer", "and when's the next payment due")
    b.t("agent", "that's due on the %s of %s" % (ORD[rng.randint(1, 28)], ch(MONTHS)))
    emit("negative", "call/banking: spoken balance and due date", b)


def n_prices_list():
    b = B()
    b.t("customer", "is the %dGB plan still £%d.%02d or did it go to £%d.%02d? 🤔" % (ch([10, 30, 50, 100]), rng.randint(8, 30), ch([0, 49, 99]), rng.randint(8, 30), ch([0, 49, 99])))
    b.t("agent", "It's £%d.%02d for %d months then £%d.%02d." % (rng.randint(8, 30), ch([0, 99]), ch([12, 18, 24]), rng.randint(8, 30), ch([0, 99])))
    emit("negative", "web chat/telecom: plan data sizes, prices and contract months", b)


def n_count_steps():
    b = B()
    b.t("agent", "Please try: 1) hold the power button for %d seconds 2) wait %d minutes 3) press %d on the remote" % (rng.randint(5, 30), rng.randint(1, 5), rng.randint(1, 9)))
    b.t("customer", "did that %d times, light flashes %d times then goes orange" % (rng.randint(2, 6), rng.randint(2, 6)))
    emit("negative", "web chat/telecom: troubleshooting counts and durations", b)


def n_tracking():
    b = B(); tn = digs(rng.randint(8, 10))
    b.t("customer", "where's my parcel?? tracking no %s, said it'd come by 6pm on 12/%02d" % (tn, rng.randint(1, 12)))
    b.t("agent", "Tracking %s shows it's at the depot, %d stops away." % (tn, rng.randint(2, 20)))
    emit("negative", "web chat/retail: tracking number, delivery time and stop count", b)


def n_mortgage():
    b = B()
    b.t("customer", "if i borrow £%d,000 over %d years at %d.%d%% what's the monthly" % (rng.randint(90, 400), rng.randint(15, 35), rng.randint(2, 6), rng.randint(0, 9)))
    b.t("agent", "That would be about £%d,%03d per month, total repayable £%d,%03d." % (rng.randint(1, 2), rng.randint(0, 999), rng.randint(200, 600), rng.randint(0, 999)))
    emit("negative", "e-mail/banking: loan amount, term, rate, repayment", b)


def n_purchase_date():
    b = B(); dt = datetime.date(rng.randint(2021, 2026), rng.randint(1, 12), rng.randint(1, 28))
    b.t("customer", "bought it on %s from the %s store, receipt says till %d trans %d" % (dt.strftime("%d/%m/%Y"), ch(["Leeds", "Cork", "Dublin", "Croydon"]), rng.randint(1, 12), rng.randint(1000, 9999)))
    b.t("agent", "Thanks, the 30 day return window closed on %s but the 2 year guarantee still applies." % (dt + datetime.timedelta(days=30)).strftime("%d %B %Y"))
    emit("negative", "web chat/retail: purchase date, till/transaction numbers, return window", b)


def n_spoken_times():
    b = B()
    b.t("agent", "i can get an engineer out on %s between %s and %s" % (ch(["monday", "thursday"]), ch(["eight", "half eight", "nine"]), ch(["twelve", "one", "half two"])))
    b.t("customer", "could it be after %s i'm at work till quarter past %s" % (ch(["three", "four"]), ch(["two", "three"])))
    b.t("agent", "okay the %s of %s from %s to %s then" % (ORD[rng.randint(2, 28)], ch(MONTHS), ch(["three", "four"]), ch(["six", "seven"])))
    emit("negative", "call/utilities: spoken appointment times and dates", b)


def n_version():
    b = B()
    b.t("customer", "app version %d.%d.%d on android %d keeps crashing, tried %d times, %d%% battery" % (rng.randint(1, 9), rng.randint(0, 20), rng.randint(0, 99), rng.randint(10, 15), rng.randint(2, 9), rng.randint(5, 99)))
    b.t("agent", "Please update to %d.%d and clear %d MB of cache." % (rng.randint(4, 9), rng.randint(0, 9), rng.randint(50, 900)))
    emit("negative", "social DM/banking: app version, OS version, counts, percentages, sizes", b)


NEG = [n_tracking, n_mortgage, n_purchase_date, n_spoken_times, n_version, n_amount, n_order_ref, n_order_spoken, n_flight, n_meter, n_speed, n_model, n_appt_date, n_contract_spoken,
       n_age_temp, n_quantity, n_spoken_amounts, n_time_hold, n_year_percent, n_room_booking, n_last4,
       n_balance_spoken, n_prices_list, n_count_steps]


def build():
    global rng, ch
    rng = random.Random(SEED)
    ch = rng.choice
    CASES.clear(); COUNTER.clear()
    # two thirds typed
    for i in range(228):
        if i % 3 == 2:
            POS_SPOKEN[(i // 3) % len(POS_SPOKEN)]()
        else:
            POS_TYPED[(i - i // 3) % len(POS_TYPED)]()
    for i in range(120):
        NEG[i % len(NEG)]()
    return CASES


# ---------------------------------------------------------------- validation
def validate_group(typ, canon, text):
    """text = concatenation (space-joined) of all pieces of one value"""
    if typ in ("CARD_NUMBER", "CVV", "SSN", "BANK_ACCOUNT", "SORT_CODE", "PHONE"):
        nd = norm_digits(text)
        if nd != canon:
            return "digits %r != %r" % (nd, canon)
        n = len(canon)
        ok = {"CARD_NUMBER": 13 <= n <= 19 and luhn_ok(canon), "CVV": n in (3, 4), "SSN": n == 9 and canon[:3] not in ("000", "666") and canon[3:5] != "00" and canon[5:] != "0000",
              "BANK_ACCOUNT": 6 <= n <= 12, "SORT_CODE": n == 6, "PHONE": 10 <= n <= 14}[typ]
        return None if ok else "invalid %s %s" % (typ, canon)
    if typ == "IBAN":
        na = norm_alnum(text)
        if na != canon:
            return "iban %r != %r" % (na, canon)
        return None if iban_ok(canon) else "bad iban mod97"
    if typ == "NI_NUMBER":
        na = norm_alnum(text)
        if na != canon:
            return "ni %r != %r" % (na, canon)
        return None if NI_RE.match(canon) else "bad NI"
    if typ == "POSTCODE":
        na = norm_alnum(text)
        if na != canon.upper():
            return "postcode %r != %r" % (na, canon)
        return None if (UK_PC_RE.match(canon) or US_ZIP_RE.match(canon)) else "bad postcode shape"
    if typ == "EMAIL":
        t = text
        if "@" in t or "[at]" in t or "(at)" in t:
            ne = t.lower().replace("[at]", "@").replace("(at)", "@").replace(" ", "")
        else:
            ne = norm_email(t)
        if ne != canon:
            return "email %r != %r" % (ne, canon)
        return None if re.fullmatch(r"[a-z0-9._-]+@[a-z0-9-]+(\.[a-z]+)+", canon) else "bad email"
    if typ == "DOB":
        if not (1930 <= canon.year <= 2008):
            return "dob year"
        return None if dob_year_ok(text, canon) else "dob year not in text %r" % text
    if typ == "EXPIRY":
        m, y = canon.split("/")
        if not 1 <= int(m) <= 12:
            return "bad month"
        return None if y in norm_digits(text) else "expiry year missing"
    if typ == "ADDRESS":
        words = set(re.findall(r"[a-z]+", text.lower()))
        if not (words & SUF_ALL) or not (re.search(r"\d", text) or words & (set(W2D) | set(TEEN2D) | set(TENS2D))):
            return "address lacks number/street suffix"
        return None
    return "unknown type"


def check(cases, serialized):
    problems = []
    with open(OUT, encoding="utf-8") as f:
        on_disk = f.read()
    if on_disk != serialized:
        problems.append("fixture differs from regenerated output")
    ids = [c[0]["id"] for c in cases]
    if len(ids) != len(set(ids)):
        problems.append("duplicate ids")
    types = Counter()
    for obj, spans, groups in cases:
        turns = obj["turns"]
        if obj["kind"] == "negative" and obj["spans"]:
            problems.append("%s: negative with spans" % obj["id"])
        last = {}
        pieces = {}
        for sp in sorted(spans, key=lambda s: (s["turn"], s["start"])):
            cid = obj["id"]
            t = turns[sp["turn"]]["text"]
            s, e = sp["start"], sp["end"]
            if not (0 <= s < e <= len(t)):
                problems.append("%s: offsets out of range" % cid); continue
            if s > 0 and t[s - 1].isalnum() or e < len(t) and t[e].isalnum():
                problems.append("%s: span not on word boundary %r" % (cid, t[s:e]))
            if t[s:e] != t[s:e].strip():
                problems.append("%s: span has outer whitespace" % cid)
            if last.get(sp["turn"], -1) > s:
                problems.append("%s: overlapping spans" % cid)
            last[sp["turn"]] = e
            types[sp["type"]] += 1
            pieces.setdefault(sp["_g"], []).append(t[s:e])
        for gid, ps in pieces.items():
            typ, canon = groups[gid]
            err = validate_group(typ, canon, " ".join(ps))
            if err:
                problems.append("%s: %s" % (obj["id"], err))
    npos = sum(1 for c in cases if c[0]["kind"] == "positive")
    nneg = len(cases) - npos
    if npos < 170 or nneg < 100:
        problems.append("too few cases: %d pos %d neg" % (npos, nneg))
    for t in ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE", "IBAN", "PHONE",
              "EMAIL", "DOB", "POSTCODE", "ADDRESS"]:
        need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
        if types[t] < need:
            problems.append("type %s has %d spans < %d" % (t, types[t], need))
    return problems, types, npos, nneg


def serialize(cases):
    return "".join(json.dumps(c[0], ensure_ascii=False) + "\n" for c in cases)


def readme(types, npos, nneg, ntyped):
    rows = "\n".join("| %s | %d |" % (t, n) for t, n in sorted(types.items()))
    return """# PII hold-out set h299

**Never use this set for tuning.** It is a held-out evaluation set; do not look at
individual failures to adjust patterns, thresholds or word lists.

## Who wrote it and how

Written by an AI helper acting as an independent author. The author did not see
the redaction code, its tests, its docs, the benchmark or any other PII fixture;
the only data consulted was a three-line example of the JSONL format. Cases are
produced by `scripts/make_pii_holdout299.py` from template functions: every turn
is assembled from plain-text segments and (value, TYPE) segments, so offsets are
computed, never typed. All values come from one `random.Random(%d)`; output is
byte-for-byte reproducible. `--check` regenerates and compares the file, checks
ids, offsets, word boundaries, overlaps, and validates every value after
normalising spoken forms (Luhn, mod-97, NI format, SSN 9 digits, sort code 6
digits, CVV/phone/account digit counts, postcode shapes).

Emphasis: about two thirds typed channels (web chat, SMS, e-mail bodies, social
DMs, WhatsApp) with messy typing - values split across messages, typos in the
surrounding words, odd separators (`-`, `.`, `/`, double spaces, no-break and
zero-width spaces), mixed case, emojis, `mailto:` prefixes, `[at]` obfuscation.
The rest are phone calls as an ASR would transcribe them (lower case, digits as
words, oh/o/nought/zero, double/triple, pairs like "forty one", NATO spellings,
ASR homophones "to"/"for"/"ate" inside card readings, fillers inside readings,
agent read-backs, back-channels between pieces, a caller correcting an old phone
number). Some typed e-mail addresses carry realistic domain typos (gmial.com).

## Annotation conventions

* A span covers only the value, not the label words ("card number is", "dob").
* Spoken values: from the first to the last word of the reading; filler words
  (um/er) and "double"/"triple"/"for bravo" inside a reading are inside the span.
* A value split across turns gets one span per turn piece (same type).
* Agent read-backs of a value are labelled too.
* CARD_NUMBER includes any separators between groups. Only a full number is
  labelled; "card ending 1234" is not.
* ADDRESS = house/flat number + street name (town not included); POSTCODE
  (UK postcode or US ZIP/ZIP+4) is a separate span.
* EXPIRY is the month+year expression; DOB the whole date expression.
* EMAIL covers the address including spoken "at"/"dot" words or `[at]` forms,
  excluding a `mailto:` prefix.
* Negatives contain amounts, times, durations, counts, years, percentages,
  non-birth dates, order/claim/ticket/booking references, flight/room/model
  numbers, meter readings, speeds, ages, temperatures, balances and last-four
  card digits; nothing in them should be redacted.

## Counts

Positives: %d (typed-channel templates: %d), negatives: %d.

| type | spans |
|---|---|
%s
""" % (SEED, npos, ntyped, nneg, rows)


def main():
    cases = build()
    ser = serialize(cases)
    ntyped = sum(1 for c in cases if c[0]["kind"] == "positive" and not c[0]["note"].startswith("call/"))
    if "--check" in sys.argv:
        problems, types, npos, nneg = check(cases, ser)
        print("positives=%d negatives=%d typed_positives=%d" % (npos, nneg, ntyped))
        for t, n in sorted(types.items()):
            print("  %-13s %d" % (t, n))
        rd = open(README, encoding="utf-8").read() if os.path.exists(README) else ""
        if rd != readme(types, npos, nneg, ntyped):
            problems.append("README differs from regenerated")
        for p in problems[:50]:
            print("PROBLEM:", p)
        print("problems: %d" % len(problems))
        sys.exit(1 if problems else 0)
    os.makedirs(OUT_DIR, exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(ser)
    types = Counter(sp["type"] for c in cases for sp in c[0]["spans"])
    npos = sum(1 for c in cases if c[0]["kind"] == "positive")
    with open(README, "w", encoding="utf-8") as f:
        f.write(readme(types, npos, len(cases) - npos, ntyped))
    print("wrote %d cases to %s" % (len(cases), OUT))


if __name__ == "__main__":
    main()

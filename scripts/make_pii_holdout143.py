#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set h143.

Written by an AI helper acting as an independent author (it did not see the
redaction code).  Standard library only.  Output is byte-for-byte reproducible.

    python scripts/make_pii_holdout143.py           # write fixture + README
    python scripts/make_pii_holdout143.py --check   # regenerate and verify
"""
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

SEED = 143241124
ROOT = Path(__file__).resolve().parent.parent
OUTDIR = ROOT / "tests" / "fixtures" / "pii_holdout143"
CASES = OUTDIR / "cases.jsonl"
README = OUTDIR / "README.md"
PREFIX = "h143"

R = random.Random(SEED)

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]


# ---------------------------------------------------------------- segments
class V:
    """A labelled value segment: text inside one turn, type, group key."""
    _n = 0

    def __init__(self, text, typ, canon, grp=None):
        assert text == text.strip() and text, repr(text)
        self.text, self.typ, self.canon = text, typ, canon
        if grp is None:
            V._n += 1
            grp = "g%d" % V._n
        self.grp = grp


def build(kind, note, turns):
    """turns: list of (speaker, [str | V, ...])."""
    out_turns, spans, groups = [], [], {}
    for ti, (spk, segs) in enumerate(turns):
        text = ""
        for s in segs:
            if isinstance(s, V):
                m = re.match(r"^([^0-9A-Za-z]*)(.*?)([^0-9A-Za-z]*)$", s.text)
                text += m.group(1)
                start = len(text)
                text += m.group(2)
                spans.append({"turn": ti, "start": start, "end": len(text), "type": s.typ})
                groups.setdefault(s.grp, [s.typ, s.canon, []])[2].append(len(spans) - 1)
                text += m.group(3)
            else:
                text += s
        out_turns.append({"speaker": spk, "text": text})
    return {"kind": kind, "turns": out_turns, "spans": spans, "note": note}, groups


# ---------------------------------------------------------------- speech
DIG = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEEN = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
        "seventeen", "eighteen", "nineteen"]
TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy",
        8: "eighty", 9: "ninety"}
FILL = ["um", "uh", "er", "erm"]


def zw():
    return R.choice(["oh", "oh", "zero", "o", "nought"])


def dword(d, z):
    return z if d == "0" else DIG[int(d)]


def say_single(s, dbl=True, z=None):
    z = z or zw()
    out, i = [], 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        run = j - i
        if dbl and run == 3 and R.random() < 0.7:
            out.append("triple " + dword(s[i], z)); i += 3; continue
        if dbl and run >= 2 and R.random() < 0.7:
            out.append("double " + dword(s[i], z)); i += 2; continue
        out.append(dword(s[i], z)); i += 1
    return " ".join(out)


def pair_word(p, z):
    if p == "00":
        return R.choice(["double " + z, z + " " + z])
    if p[0] == "0":
        return z + " " + DIG[int(p[1])]
    if p[0] == "1":
        return TEEN[int(p[1])]
    t = TENS[int(p[0])]
    return t if p[1] == "0" else t + " " + DIG[int(p[1])]


def say_pairs(s, z=None):
    z = z or zw()
    out = []
    if len(s) % 2:
        out.append(dword(s[0], z)); s = s[1:]
    for i in range(0, len(s), 2):
        out.append(pair_word(s[i:i + 2], z))
    return " ".join(out)


def say(s, mode=None, z=None):
    mode = mode or R.choice(["single", "single", "double", "pairs"])
    if mode == "pairs":
        return say_pairs(s, z)
    return say_single(s, dbl=(mode == "double"), z=z)


def say_groups(groups, fill=0.0, mode=None):
    z = zw()
    parts = []
    for k, g in enumerate(groups):
        if k and R.random() < fill:
            parts.append(R.choice(FILL))
        parts.append(say(g, mode, z))
    out = " ".join(parts)
    if norm(out) != "".join(groups):  # a group-final tens word would swallow the next digit
        out = " ".join(say_single(g, False, z) for g in groups)
    return out


LETTER_NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo",
               "f": "foxtrot", "g": "golf", "h": "hotel", "i": "india", "j": "juliet", "k": "kilo",
               "l": "lima", "m": "mike", "n": "november", "o": "oscar", "p": "papa", "q": "quebec",
               "r": "romeo", "s": "sierra", "t": "tango", "u": "uniform", "v": "victor",
               "w": "whiskey", "x": "x-ray", "y": "yankee", "z": "zulu"}
LETTER_NAME = {"a": "apple", "b": "bob", "c": "charlie", "d": "david", "e": "edward",
               "f": "freddie", "g": "george", "h": "harry", "i": "ivy", "j": "john", "k": "king",
               "l": "london", "m": "mary", "n": "nancy", "o": "orange", "p": "peter", "q": "queen",
               "r": "robert", "s": "sugar", "t": "tommy", "u": "uncle", "v": "victor",
               "w": "william", "x": "xylophone", "y": "yellow", "z": "zebra"}
LETTER_HOMO = {"b": "bee", "c": "see", "j": "jay", "k": "kay", "r": "are", "u": "you",
               "y": "why", "x": "ex", "t": "tea", "p": "pea", "q": "queue", "m": "em",
               "n": "en", "s": "ess", "l": "el", "z": "zed", "g": "gee", "d": "dee",
               "w": "double you", "h": "aitch"}


def say_letter(c, style=None):
    c = c.lower()
    style = style or R.choice(["plain", "plain", "nato", "name", "homo"])
    if c == "o" and style in ("plain", "homo"):
        style = "nato"
    if style == "nato":
        return "%s for %s" % (c, LETTER_NATO[c])
    if style == "name":
        return "%s as in %s" % (c, LETTER_NAME[c])
    if style == "homo" and c in LETTER_HOMO:
        return LETTER_HOMO[c]
    return c


def say_alnum(s, style=None):
    """Speak letters and digits of s one by one."""
    z = zw()
    out = []
    for ch in s:
        if ch.isdigit():
            out.append(dword(ch, z))
        elif ch.isalpha():
            out.append(say_letter(ch, style))
    return " ".join(out)


# ---------------------------------------------------------------- values
LET = "ABCDEGHJKLMNPRSTWXYZ"  # no O, I, F, Q, U, V for safety in generic letters


def digits(n, first_nonzero=False):
    s = "".join(R.choice("0123456789") for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = R.choice("123456789") + s[1:]
    return s


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


def luhn_complete(p):
    for c in "0123456789":
        if luhn_ok(p + c):
            return p + c


def card(brand=None):
    brand = brand or R.choice(["visa", "visa", "mc", "mc", "amex", "disc", "visa13", "maestro"])
    if brand == "visa":
        s = "4" + digits(14)
    elif brand == "visa13":
        s = "4" + digits(11)
    elif brand == "mc":
        s = R.choice(["51", "52", "53", "54", "55", "2221", "2720"])
        s += digits(15 - len(s))
    elif brand == "amex":
        s = R.choice(["34", "37"]) + digits(12)
    elif brand == "maestro":
        s = "6759" + digits(14)
    else:
        s = "6011" + digits(11)
    return luhn_complete(s), brand


def card_groups(c):
    if len(c) == 15:
        return [c[:4], c[4:10], c[10:]]
    if len(c) == 13:
        return [c[:4], c[4:7], c[7:10], c[10:]]
    if len(c) == 19:
        return [c[:4], c[4:8], c[8:12], c[12:16], c[16:]]
    return [c[i:i + 4] for i in range(0, 16, 4)]


def typed_card(c):
    g = card_groups(c)
    sep = R.choice([" ", " ", "-", "", ".", "  "])
    return sep.join(g)


NI_BAD = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}


def ni():
    while True:
        a = R.choice("ABCEGHJKLMNPRSTWXYZ")
        b = R.choice("ABCEGHJKLMNPRSTWXYZ")
        if a + b not in NI_BAD:
            break
    return a + b + digits(6) + R.choice("ABCD")


NI_RE = re.compile(r"^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z][0-9]{6}[A-D]$")


def typed_ni(n):
    f = R.choice(["sp", "none", "sp", "lower", "dash"])
    if f == "sp":
        return "%s %s %s %s %s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8])
    if f == "lower":
        return n.lower()
    if f == "dash":
        return "%s-%s-%s-%s-%s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8])
    return n


def spoken_ni(n, fill=False):
    st = R.choice(["plain", "nato", "name", "homo", "plain"])
    a = say_letter(n[0], st) + " " + say_letter(n[1], st)
    mid = say_groups([n[2:4], n[4:6], n[6:8]], 0.3 if fill else 0,
                     R.choice(["single", "pairs", "double"]))
    return a + " " + mid + " " + say_letter(n[8], st)


def ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


def typed_ssn(s):
    sep = R.choice(["-", "-", " ", ""])
    return s[:3] + sep + s[3:5] + sep + s[5:]


def spoken_ssn(s, fill=False):
    return say_groups([s[:3], s[3:5], s[5:]], 0.4 if fill else 0,
                      R.choice(["single", "double", "pairs"]))


def sort_code():
    return R.choice(["20", "40", "30", "60", "77", "83", "09", "11", "16", "56"]) + digits(4)


def typed_sort(s):
    sep = R.choice(["-", "-", " ", ""])
    return s[:2] + sep + s[2:4] + sep + s[4:]


def spoken_sort(s):
    return say_groups([s[:2], s[2:4], s[4:]], 0, R.choice(["pairs", "single", "double"]))


def iban(cc=None):
    cc = cc or R.choice(["GB", "GB", "IE", "DE", "FR", "NL", "ES"])
    if cc == "GB":
        bban = R.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + digits(14)
    elif cc == "IE":
        bban = R.choice(["AIBK", "BOFI", "IPBS"]) + digits(14)
    elif cc == "DE":
        bban = digits(18)
    elif cc == "FR":
        bban = digits(23)
    elif cc == "NL":
        bban = R.choice(["ABNA", "RABN", "INGB"]) + digits(10)
    else:
        bban = digits(20)
    num = "".join(str(int(c, 36)) for c in bban + cc + "00")
    chk = 98 - int(num) % 97
    return cc + "%02d" % chk + bban


def iban_ok(s):
    s = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def typed_iban(s):
    if R.random() < 0.6:
        return " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    return s if R.random() < 0.5 else s.lower()


def spoken_iban(s):
    z = zw()
    out = [say_letter(s[0], "plain"), say_letter(s[1], "plain")]
    rest = s[2:]
    i = 0
    while i < len(rest):
        if rest[i].isalpha():
            out.append(say_letter(rest[i], R.choice(["plain", "nato"])))
            i += 1
        else:
            j = i
            while j < len(rest) and rest[j].isdigit():
                j += 1
            run = rest[i:j]
            for k in range(0, len(run), 4):
                out.append(say_single(run[k:k + 4], dbl=True, z=z))
            i = j
    return " ".join(out)


def phone(kind=None):
    kind = kind or R.choice(["ukmob", "ukmob", "uklon", "ukgeo", "us", "us", "ie", "intl_uk", "de", "fr"])
    if kind == "ukmob":
        d = "07" + R.choice("345789") + digits(8)
        return d, [d[:5], d[5:8], d[8:]], kind
    if kind == "uklon":
        d = "020" + R.choice("378") + digits(7)
        return d, [d[:3], d[3:7], d[7:]], kind
    if kind == "ukgeo":
        d = R.choice(["0161", "0113", "0121", "0131", "0141", "0117", "0151"]) + digits(7, True)
        return d, [d[:4], d[4:7], d[7:]], kind
    if kind == "us":
        d = R.choice("23456789") + digits(2) + R.choice("23456789") + digits(6)
        return d, [d[:3], d[3:6], d[6:]], kind
    if kind == "ie":
        d = "08" + R.choice("35679") + digits(7, True)
        return d, [d[:3], d[3:6], d[6:]], kind
    if kind == "intl_uk":
        d = "447" + R.choice("345789") + digits(8)
        return d, [d[:2], d[2:6], d[6:]], kind
    if kind == "de":
        d = "4915" + R.choice("12579") + digits(8)
        return d, [d[:2], d[2:5], d[5:9], d[9:]], kind
    d = "336" + digits(8)
    return d, [d[:2], d[2], d[3:5], d[5:7], d[7:9], d[9:]], kind


def typed_phone(d, g, kind):
    if kind == "us":
        return R.choice(["(%s) %s-%s" % tuple(g), "%s-%s-%s" % tuple(g), "%s.%s.%s" % tuple(g),
                         "+1 %s %s %s" % tuple(g), d])
    if kind in ("intl_uk", "de", "fr"):
        return "+" + " ".join(g) if R.random() < 0.7 else "+" + d
    return R.choice([" ".join(g), d, "-".join(g)])


def spoken_phone(d, g, kind, fill=False):
    z = zw()
    parts = []
    if kind in ("intl_uk", "de", "fr"):
        parts.append("plus")
    if kind == "us" and R.random() < 0.3:
        parts.append("one")
        d = "1" + d
    for k, grp in enumerate(g):
        if k and fill and R.random() < 0.4:
            parts.append(R.choice(FILL))
        if kind == "us" and k == 0 and grp[1:] == "00":
            parts.append(DIG[int(grp[0])] + " hundred")
        else:
            parts.append(say(grp, R.choice(["single", "double", "pairs"]) if len(grp) >= 3 else "single", z))
    out = " ".join(parts)
    if norm(out) != d:
        out = " ".join((["plus"] if parts[0] == "plus" else []) + (["one"] if d != "".join(g) else []) +
                       [say_single(x, False, z) for x in g])
    return out, d


FIRST = ["james", "sarah", "priya", "liam", "aoife", "chen", "olga", "marcus", "fatima",
         "niall", "beatriz", "tom", "hannah", "kwame", "sinead", "dylan", "maria", "raj"]
LAST = ["murphy", "okafor", "smith", "patel", "kowalski", "obrien", "nguyen", "fischer",
        "walsh", "garcia", "jones", "ahmed", "byrne", "dubois", "evans", "lopez"]
DOMAINS = ["gmail.com", "outlook.com", "hotmail.co.uk", "yahoo.com", "icloud.com",
           "btinternet.com", "eircom.net", "web.de", "protonmail.com", "aol.com"]


def email():
    f, l = R.choice(FIRST), R.choice(LAST)
    form = R.choice(["f.l", "fl", "f_l", "fl##", "initial.l", "l.f##", "fl-##"])
    n = str(R.randint(1, 99))
    local = {"f.l": f + "." + l, "fl": f + l, "f_l": f + "_" + l, "fl##": f + l + n,
             "initial.l": f[0] + "." + l, "l.f##": l + "." + f + n, "fl-##": f + "-" + l + n}[form]
    return local + "@" + R.choice(DOMAINS)


def spoken_email(e):
    local, dom = e.split("@")
    out = []
    for tok in re.split(r"([._\-])", local):
        if tok == ".":
            out.append("dot")
        elif tok == "_":
            out.append("underscore")
        elif tok == "-":
            out.append(R.choice(["dash", "hyphen"]))
        elif tok:
            m = re.match(r"^([a-z]*)([0-9]*)$", tok)
            w, n = m.group(1), m.group(2)
            if w:
                if len(w) == 1:
                    out.append(w)
                elif R.random() < 0.2:
                    out.append(" ".join(w))  # spelled out
                else:
                    out.append(w)
            if n:
                out.append(say_pairs(n) if len(n) == 2 and n[0] != "0" else say_single(n, False))
    out.append("at")
    out.append(" dot ".join(dom.split(".")))
    return " ".join(out)


MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
       "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
       "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty first",
       "twenty second", "twenty third", "twenty fourth", "twenty fifth", "twenty sixth",
       "twenty seventh", "twenty eighth"]


def dob():
    return R.randint(1941, 2005), R.randint(1, 12), R.randint(1, 28)


def say_year(y):
    if y == 2000:
        return "two thousand"
    if R.random() < 0.15 and y < 2000:
        return say_pairs(str(y)[2:])  # "eighty seven"
    if y >= 2000:
        return R.choice(["two thousand and " + (DIG[y - 2000] if y < 2010 else say_pairs(str(y)[2:])),
                         "two thousand " + (DIG[y - 2000] if y < 2010 else say_pairs(str(y)[2:]))]) \
            if y < 2010 else "twenty " + say_pairs(str(y)[2:])
    return say_pairs(str(y), "oh")


def typed_dob(y, m, d, us=False):
    f = R.choice(["num", "num", "long", "iso", "short"])
    if f == "num":
        return ("%02d/%02d/%d" % (m, d, y)) if us else ("%02d/%02d/%d" % (d, m, y))
    if f == "long":
        return ("%s %d, %d" % (MONTHS[m - 1].capitalize(), d, y)) if us else \
            ("%d %s %d" % (d, MONTHS[m - 1].capitalize(), y))
    if f == "iso":
        return "%d-%02d-%02d" % (y, m, d)
    return ("%d.%d.%s" % (d, m, str(y)[2:])) if not us else ("%d-%d-%s" % (m, d, str(y)[2:]))


def spoken_dob(y, m, d, us=False):
    f = R.choice(["ord", "ord", "monthfirst", "digits"])
    if f == "ord":
        return "%s of %s %s" % (ORD[d - 1], MONTHS[m - 1], say_year(y))
    if f == "monthfirst":
        return "%s %s %s" % (MONTHS[m - 1], ORD[d - 1], say_year(y))
    z = zw()
    a, b = ("%02d" % m, "%02d" % d) if us else ("%02d" % d, "%02d" % m)
    return "%s %s %s" % (pair_word(a, z), pair_word(b, z), say_year(y))


def expiry():
    return R.randint(1, 12), R.randint(26, 32)


def typed_exp(m, y):
    return R.choice(["%02d/%02d" % (m, y), "%02d/20%02d" % (m, y), "%02d-%02d" % (m, y),
                     "%d/%02d" % (m, y), "%02d %02d" % (m, y)])


def spoken_exp(m, y):
    z = zw()
    f = R.choice(["num", "month", "month20"])
    if f == "num":
        return pair_word("%02d" % m, z) + " " + pair_word("%02d" % y, z)
    if f == "month":
        return MONTHS[m - 1] + " " + pair_word("%02d" % y, z)
    return MONTHS[m - 1] + " twenty " + pair_word("%02d" % y, z)


def cvv(n=3):
    return digits(n)


def spoken_cvv(c):
    return say_single(c, dbl=R.random() < 0.5)


UK_AREAS = ["SW", "SE", "N", "E", "W", "NW", "M", "B", "LS", "EH", "G", "CF", "BT", "NE",
            "L", "BS", "S", "NG", "CB", "OX", "BN", "PL", "AB", "DN", "KY"]
INWARD = "ABDEFGHJLNPQRSTUWXYZ"


def uk_postcode():
    a = R.choice(UK_AREAS)
    shape = R.choice(["9", "99", "9"]) if a not in ("SW", "W", "E", "N", "NW", "SE") else R.choice(["9", "99", "9", "9A"])
    out = a
    for ch in shape:
        out += str(R.randint(1, 9)) if ch == "9" else R.choice("ABEHJKMNPRSTWXY")
    inw = str(R.randint(0, 9)) + R.choice(INWARD) + R.choice(INWARD)
    return out + " " + inw


UKPC_RE = re.compile(r"^[A-Z]{1,2}[0-9][A-Z0-9]?[0-9][A-Z]{2}$")


def zip_code():
    z = "%05d" % R.randint(1001, 99950)
    if R.random() < 0.25:
        z += "-%04d" % R.randint(1, 9999)
    return z


def spoken_pc(p):
    st = R.choice(["plain", "plain", "nato", "homo"])
    out = []
    z = zw()
    for ch in p.replace(" ", ""):
        out.append(dword(ch, z) if ch.isdigit() else say_letter(ch, st))
    return " ".join(out)


STREETS = ["maple", "high", "station", "church", "victoria", "oak", "elm", "mill", "park",
           "kings", "queens", "willow", "cedar", "harbour", "castle", "york", "main", "pine",
           "lincoln", "orchard", "bridge", "chapel", "meadow", "riverside"]
SUFFIX = ["street", "road", "avenue", "lane", "drive", "close", "crescent", "grove", "way",
          "terrace", "place", "court", "boulevard", "gardens"]


def address(spoken=False):
    n = R.randint(1, 480)
    st = R.choice(STREETS)
    sf = R.choice(SUFFIX)
    flat = R.random() < 0.2
    if spoken:
        num = say_pairs(str(n)) if n >= 10 and R.random() < 0.5 else \
            (say_single(str(n), False) if n >= 100 else say_pairs(str(n)) if n >= 10 else DIG[n])
        s = "%s %s %s" % (num, st, sf)
        if flat:
            s = "flat %s %s" % (DIG[R.randint(1, 9)], s)
        return s
    s = "%d %s %s" % (n, st.capitalize(), sf.capitalize())
    if flat:
        s = "Flat %d, %s" % (R.randint(1, 30), s)
    return s


def acct_uk():
    return digits(8)


def acct_us():
    return digits(R.choice([10, 11, 12]), True)


# ---------------------------------------------------------------- misc helpers
def ch(*xs):
    return R.choice(xs)


def money():
    return "%d.%02d" % (R.randint(5, 2400), R.randint(0, 99))


def spoken_money():
    p = R.randint(12, 980)
    return "%s pounds %s" % (say_pairs(str(p)) if p < 100 else say_single(str(p), False),
                             TENS[R.randint(2, 9)])


def ref_num(n=None):
    return digits(n or R.randint(6, 10), True)


CALL = "call"
CHAT = "chat"


# ================================================================ POSITIVE templates
def p_card_one_turn_spoken():
    c, b = card()
    ind = ch("telecom", "retail", "utilities", "insurance", "travel")
    txt = say_groups(card_groups(c), 0.3, ch("single", "double", "pairs"))
    pre = ch("yeah it's ", "okay so it's ", "right the long number is ", "it's a ", "")
    if pre == "it's a ":
        pre = "it's %s " % {"visa": "a visa", "visa13": "a visa", "mc": "a mastercard", "amex": "an amex",
                             "disc": "a discover", "maestro": "a maestro"}[b]
    post = ch("", " and that's the one ending in the same as before", " is that okay", " thanks")
    if "ending" in post:
        post = " and that's it"
    return "call/%s: %s card read in one customer turn, spoken digits" % (ind, b), [
        ("agent", ["can i take the long card number please"]),
        ("customer", [pre, V(txt, "CARD_NUMBER", c), post])]


def p_card_split():
    c, b = card(ch("visa", "mc", "disc"))
    g = card_groups(c)
    g2 = ch("key", "pairs")
    z = zw()
    turns = [("agent", ["okay go ahead with the card number when you're ready"])]
    backs = ["mhm", "yep", "okay go on", "uh huh", "yeah", "got that"]
    for k, grp in enumerate(g):
        pre = ch("", "", "right ", "so ", "um ") if k == 0 else ch("", "", "then ", "and ")
        turns.append(("customer", [pre, V(say(grp, "pairs" if g2 == "pairs" else ch("single", "double"), z),
                                          "CARD_NUMBER", c, "card")]))
        if k < len(g) - 1:
            turns.append(("agent", [ch(*backs)]))
    turns.append(("agent", ["lovely and the amount today is %s" % spoken_money()]))
    return "call/%s: card split over %d customer turns with back-channels, amount after" % (
        ch("insurance", "utilities", "banking"), len(g)), turns


def p_card_typed_chat():
    c, b = card()
    tc = typed_card(c)
    amt = money()
    t = ch("Hi, can you charge my card %s for the %s balance?",
           "card no: %s, pls take the £%s now",
           "ok here it is %s  -- amount due was $%s right?",
           "My card number is %s. Order total $%s")
    pre, mid, post = re.match(r"^(.*?)%s(.*?)%s(.*)$", t).groups()
    return "chat/retail: %s card typed with separators next to an amount" % b, [
        ("agent", ["Thanks! Please enter the card details below."]),
        ("customer", [pre, V(tc, "CARD_NUMBER", c), mid + amt + post])]


def p_card_exp_cvv_chat():
    c, b = card()
    m, y = expiry()
    cv = cvv(4 if b == "amex" else 3)
    return "chat/travel: card, expiry and security code typed in one message", [
        ("agent", ["To secure the booking I'll need the card number, expiry and the security code."]),
        ("customer", [ch("", "sure - ", "ok "), V(typed_card(c), "CARD_NUMBER", c),
                      ch(" exp ", ", expiry ", " expires ", " / "), V(typed_exp(m, y), "EXPIRY", "%02d/%02d" % (m, y)),
                      ch(" cvv ", ", CVC ", " sec code ", " security code: "), V(cv, "CVV", cv)])]


def p_card_exp_cvv_call():
    c, b = card(ch("visa", "mc", "amex"))
    m, y = expiry()
    cv = cvv(4 if b == "amex" else 3)
    return "call/utilities: card then expiry then cvv over several turns, agent reads back last four", [
        ("agent", ["can i have the card number please"]),
        ("customer", [V(say_groups(card_groups(c), 0.2), "CARD_NUMBER", c)]),
        ("agent", ["thank you so that's the card ending %s and the expiry date" % say_single(c[-4:], False)]),
        ("customer", [ch("it's ", "expires ", "", "um "), V(spoken_exp(m, y), "EXPIRY", "%02d/%02d" % (m, y))]),
        ("agent", ["and the %s on the back" % ch("three digit code", "security code", "cvv")
                   if b != "amex" else "and the four digit code on the front"]),
        ("customer", [ch("", "it's ", "yeah "), V(spoken_cvv(cv), "CVV", cv)])]


def p_card_correction():
    c, b = card(ch("visa", "mc"))
    g = card_groups(c)
    z = zw()
    full = " ".join(say(x, "single", z) for x in g)
    return "call/banking: customer starts reading the wrong card, abandons, then reads the right one", [
        ("agent", ["and the card number"]),
        ("customer", ["it's ", say_single(g[0][:2], False, z), " no hang on wrong card one sec"]),
        ("agent", ["no problem take your time"]),
        ("customer", ["okay ", V(full, "CARD_NUMBER", c), " that's the right one"])]


def p_card_readback():
    c, b = card(ch("visa", "mc"))
    txt = say_groups(card_groups(c), 0, "single")
    rb = say_groups(card_groups(c), 0, "single")
    return "call/telecom: agent reads full card number back; both turns labelled", [
        ("customer", ["the card is ", V(txt, "CARD_NUMBER", c, "a")]),
        ("agent", ["let me read that back ", V(rb, "CARD_NUMBER", c, "b"), " is that right"]),
        ("customer", ["yes that's it"])]


def p_card_with_lastfour_and_order():
    c, b = card(ch("visa", "mc", "disc"))
    order = ref_num(8)
    return "chat/retail: new card typed beside an order number and old card last-four (unlabelled)", [
        ("customer", ["Order %s failed on my old card ending %s. Use this one instead: " % (order, digits(4)),
                      V(typed_card(c), "CARD_NUMBER", c)]),
        ("agent", ["Thanks, I've updated order %s." % order])]


def p_ni_spoken():
    n = ni()
    return "call/government: NI number spoken with letters and digit groups", [
        ("agent", ["can you confirm your national insurance number for me"]),
        ("customer", [ch("yeah it's ", "it's ", "sure ", "um it's "), V(spoken_ni(n, True), "NI_NUMBER", n)])]


def p_ni_split():
    n = ni()
    st = ch("plain", "nato", "homo")
    z = zw()
    return "call/government: NI number split across turns, letters then digits then suffix", [
        ("agent", ["and your national insurance number please"]),
        ("customer", [V(say_letter(n[0], st) + " " + say_letter(n[1], st), "NI_NUMBER", n, "n")]),
        ("agent", [ch("mhm", "okay", "yep go on")]),
        ("customer", [V(say(n[2:8], ch("single", "pairs", "double"), z), "NI_NUMBER", n, "n")]),
        ("agent", ["and the letter at the end"]),
        ("customer", [ch("", "it's ", "that's "), V(say_letter(n[8], st), "NI_NUMBER", n, "n")])]


def p_ni_typed():
    n = ni()
    return "chat/%s: NI number typed, varied case and spacing" % ch("government", "banking", "insurance"), [
        ("agent", ["Could you send your National Insurance number so I can verify you?"]),
        ("customer", [ch("its ", "NI is ", "", "sure, "), V(typed_ni(n), "NI_NUMBER", n),
                      ch("", " thanks", ". I've been waiting 3 weeks for this", " - claim ref %s" % ref_num(8))])]


def p_ni_with_dob():
    n = ni()
    y, m, d = dob()
    return "call/government: NI number and date of birth in one turn", [
        ("agent", ["for security can i take your national insurance number and date of birth"]),
        ("customer", ["yeah it's ", V(spoken_ni(n), "NI_NUMBER", n), " and my birthday is ",
                      V(spoken_dob(y, m, d), "DOB", "%d-%02d-%02d" % (y, m, d))])]


def p_ni_readback():
    n = ni()
    return "call/government: agent reads NI back with NATO letters", [
        ("customer", ["my national insurance is ", V(spoken_ni(n), "NI_NUMBER", n, "a")]),
        ("agent", ["thank you so that's ", V(say_letter(n[0], "nato") + " " + say_letter(n[1], "nato") + " " +
                                           say_single(n[2:8], False) + " " + say_letter(n[8], "nato"),
                                           "NI_NUMBER", n, "b"), " correct"]),
        ("customer", ["yep"])]


def p_ssn_spoken():
    s = ssn()
    return "call/%s: SSN read out, digit groups" % ch("healthcare billing", "banking", "insurance"), [
        ("agent", ["can i get your social security number please"]),
        ("customer", [ch("sure it's ", "yeah ", "", "okay it's "), V(spoken_ssn(s, True), "SSN", s),
                      ch("", " got it", " and i was charged like two hundred dollars")])]


def p_ssn_split():
    s = ssn()
    z = zw()
    return "call/government: SSN split across three customer turns", [
        ("agent", ["and your social please"]),
        ("customer", [V(say(s[:3], "single", z), "SSN", s, "s")]),
        ("agent", [ch("okay", "mhm", "go ahead")]),
        ("customer", [V(say(s[3:5], ch("single", "pairs"), z), "SSN", s, "s")]),
        ("agent", [ch("yep", "uh huh")]),
        ("customer", [V(say(s[5:], ch("single", "pairs", "double"), z), "SSN", s, "s")])]


def p_ssn_typed():
    s = ssn()
    return "chat/%s: SSN typed" % ch("banking", "insurance", "healthcare billing"), [
        ("agent", ["Please provide the last name and SSN on the account."]),
        ("customer", ["%s, " % R.choice(LAST).capitalize(), V(typed_ssn(s), "SSN", s),
                      ch("", " - claim #%s" % ref_num(7), " (I'm calling about the $%s bill)" % money())])]


def p_ssn_last4_and_full():
    s = ssn()
    return "call/banking: SSN with a zip code in the same turn", [
        ("agent", ["i need the full social and the zip code on file"]),
        ("customer", ["okay social is ", V(spoken_ssn(s), "SSN", s), " and the zip is ",
                      V(say_single(zp := zip_code()[:5], True), "POSTCODE", zp)])]


def p_ssn_correction():
    s = ssn()
    return "call/healthcare billing: caller corrects SSN mid reading", [
        ("agent", ["social security number"]),
        ("customer", ["%s %s wait no" % (say_single(s[:3], False), DIG[(int(s[3]) + 1) % 10])]),
        ("agent", ["take your time"]),
        ("customer", ["sorry it's ", V(spoken_ssn(s), "SSN", s)])]


def p_bank_sort_spoken():
    sc, ac = sort_code(), acct_uk()
    return "call/banking: sort code then account number in separate turns", [
        ("agent", ["what's the sort code"]),
        ("customer", [V(spoken_sort(sc), "SORT_CODE", sc)]),
        ("agent", ["and the account number"]),
        ("customer", [ch("", "it's ", "um "), V(say_groups([ac[:4], ac[4:]], 0.3), "BANK_ACCOUNT", ac)])]


def p_bank_sort_typed():
    sc, ac = sort_code(), acct_uk()
    return "chat/utilities: sort code and account typed for a direct debit, with payment amount", [
        ("agent", ["To set up the direct debit please send the sort code and account number."]),
        ("customer", ["sort ", V(typed_sort(sc), "SORT_CODE", sc), ch(" acc ", ", account no. ", " / a/c "),
                      V(ac, "BANK_ACCOUNT", ac), ch(". £%s a month on the 1st pls" % money(), "", " thx")])]


def p_bank_us():
    ac = acct_us()
    rout = digits(9)
    return "chat/banking: US checking account number typed", [
        ("agent", ["What's the checking account number for the transfer?"]),
        ("customer", [ch("acct ", "account # ", "It's "), V(ac, "BANK_ACCOUNT", ac)])]


def p_bank_readback():
    ac = acct_uk()
    return "call/banking: account number with agent read-back in pairs", [
        ("customer", ["the account number is ", V(say(ac, "single"), "BANK_ACCOUNT", ac, "a")]),
        ("agent", ["so ", V(say_pairs(ac), "BANK_ACCOUNT", ac, "b"), " yeah"]),
        ("customer", ["yeah that's right"])]


def p_bank_split():
    ac = acct_uk()
    sc = sort_code()
    return "call/banking: sort code in one breath, account split over two turns", [
        ("agent", ["sort code and account please"]),
        ("customer", ["sort code ", V(spoken_sort(sc), "SORT_CODE", sc), " and the account is ",
                      V(say(ac[:4], "single"), "BANK_ACCOUNT", ac, "a")]),
        ("agent", ["mhm"]),
        ("customer", [V(say(ac[4:], ch("single", "pairs")), "BANK_ACCOUNT", ac, "a")])]


def p_iban_typed():
    ib = iban()
    return "chat/%s: IBAN typed for a refund" % ch("travel", "retail", "insurance"), [
        ("agent", ["Please share the IBAN for the refund of EUR %s." % money()]),
        ("customer", [ch("IBAN: ", "here: ", "", "it's "), V(typed_iban(ib), "IBAN", ib)])]


def p_iban_spoken():
    ib = iban(ch("GB", "IE", "DE"))
    return "call/banking: IBAN spoken letter by letter and digit by digit", [
        ("agent", ["can you read me the iban"]),
        ("customer", [ch("okay ", "yeah so ", ""), V(spoken_iban(ib), "IBAN", ib)])]


def p_phone_spoken():
    d, g, k = phone()
    sp, canon = spoken_phone(d, g, k, True)
    return "call/%s: %s phone number spoken" % (ch("telecom", "utilities", "healthcare billing"), k), [
        ("agent", ["what's the best number to reach you on"]),
        ("customer", [ch("", "it's ", "best is my mobile ", "yeah "), V(sp, "PHONE", canon),
                      ch("", " any time after six", " but not before nine thirty")])]


def p_phone_typed():
    d, g, k = phone()
    tp = typed_phone(d, g, k)
    canon = re.sub(r"\D", "", tp)
    return "chat/%s: %s phone typed" % (ch("retail", "telecom", "travel"), k), [
        ("agent", ["Can I get a contact number in case the courier needs it?"]),
        ("customer", [ch("", "sure ", "call me on ", "mob: "), V(tp, "PHONE", canon),
                      ch("", " thanks", ", parcel is 2 boxes")])]


def p_phone_split():
    d, g, k = phone(ch("ukmob", "us", "ie"))
    z = zw()
    turns = [("agent", ["and a contact number"])]
    for i, grp in enumerate(g):
        turns.append(("customer", [V(say(grp, ch("single", "double"), z), "PHONE", d, "p")]))
        if i < len(g) - 1:
            turns.append(("agent", [ch("yep", "mhm", "okay")]))
    return "call/telecom: phone split across customer turns", turns


def p_phone_two():
    d1, g1, k1 = phone("ukmob")
    d2, g2, k2 = phone(ch("uklon", "ukgeo"))
    return "call/insurance: mobile and landline in one turn", [
        ("agent", ["do you have a mobile and a landline"]),
        ("customer", ["mobile is ", V(spoken_phone(d1, g1, k1)[0], "PHONE", d1), " and the home one is ",
                      V(spoken_phone(d2, g2, k2)[0], "PHONE", d2)])]


def p_phone_readback():
    d, g, k = phone(ch("ukmob", "us"))
    sp, canon = spoken_phone(d, g, k)
    return "call/utilities: phone with agent read-back", [
        ("customer", ["you can ring me on ", V(sp, "PHONE", canon, "a")]),
        ("agent", ["that's ", V(" ".join(say_single(x, False) for x in g), "PHONE", d, "b"), " yeah"]),
        ("customer", ["that's it"])]


def p_email_spoken():
    e = email()
    return "call/%s: email spoken with dot/at" % ch("retail", "telecom", "travel", "insurance"), [
        ("agent", ["and what email address should the confirmation go to"]),
        ("customer", [ch("", "it's ", "yeah it's "), V(spoken_email(e), "EMAIL", e)])]


def p_email_typed():
    e = email()
    te = e if R.random() < 0.7 else e.upper() if R.random() < 0.3 else e.capitalize()
    return "chat/retail: email typed in a sentence", [
        ("customer", [ch("pls send the receipt to ", "my email is ", "Email: ", "update email to "),
                      V(te, "EMAIL", e), ch("", " thanks!", ". Order 2 of 3")])]


def p_dob_spoken():
    y, m, d = dob()
    us = R.random() < 0.4
    return "call/%s: date of birth spoken" % ch("healthcare billing", "insurance", "banking"), [
        ("agent", ["can you confirm your date of birth"]),
        ("customer", [ch("", "it's ", "yeah ", "um ", "the ", "it's the "), V(spoken_dob(y, m, d, us), "DOB", "%d-%02d-%02d" % (y, m, d))])]


def p_dob_typed():
    y, m, d = dob()
    us = R.random() < 0.4
    return "chat/%s: DOB typed beside an appointment date (unlabelled)" % ch("healthcare billing", "insurance"), [
        ("agent", ["Please confirm your date of birth."]),
        ("customer", [ch("DOB ", "born ", "", "d.o.b: "), V(typed_dob(y, m, d, us), "DOB", "%d-%02d-%02d" % (y, m, d)),
                      ch("", ", my appointment is on %d/%d" % (R.randint(1, 28), R.randint(1, 12)),
                         " - I'm %d" % (2026 - y))])]


def p_postcode_spoken():
    pc = uk_postcode()
    return "call/utilities: UK postcode spoken with letters", [
        ("agent", ["what's the postcode at the property"]),
        ("customer", [ch("", "it's ", "yeah it's "), V(spoken_pc(pc), "POSTCODE", pc.replace(" ", ""))])]


def p_postcode_typed():
    pc = uk_postcode()
    tp = ch(pc, pc.lower(), pc.replace(" ", ""))
    return "chat/retail: UK postcode typed", [
        ("agent", ["What's the delivery postcode?"]),
        ("customer", [V(tp, "POSTCODE", pc.replace(" ", "")), ch("", " pls", " - leave with no. 12 if out")])]


def p_address_postcode_typed():
    pc = uk_postcode()
    a = address()
    return "chat/retail: street address and postcode typed", [
        ("agent", ["Can you confirm the delivery address?"]),
        ("customer", [V(a, "ADDRESS", a), ch(", ", " ", ", Leeds, ", ", London "), V(pc, "POSTCODE", pc.replace(" ", ""))])]


def p_address_spoken():
    a = address(True)
    pc = uk_postcode()
    return "call/utilities: street address and postcode spoken", [
        ("agent", ["and what's the first line of the address"]),
        ("customer", [ch("", "it's ", "yeah "), V(a, "ADDRESS", a)]),
        ("agent", ["and the postcode"]),
        ("customer", [V(spoken_pc(pc), "POSTCODE", pc.replace(" ", ""))])]


def p_address_us():
    a = address()
    z = zip_code()
    return "chat/insurance: US address with ZIP", [
        ("customer", ["I moved, new address is ", V(a, "ADDRESS", a), ", Springfield, IL ", V(z, "POSTCODE", z.replace("-", ""))])]


def p_address_us_call():
    a = address(True)
    z = zip_code()[:5]
    return "call/insurance: US street address and zip spoken", [
        ("agent", ["what's the new address"]),
        ("customer", [V(a, "ADDRESS", a), " in denver and the zip is ", V(say_single(z, True), "POSTCODE", z)])]


def p_mixed_beside_ref():
    n = ni()
    ref = ref_num(9)
    return "chat/government: NI right after a 9-digit claim reference (reference unlabelled)", [
        ("customer", ["Claim ref %s, NI %s" % (ref, ""), V(typed_ni(n), "NI_NUMBER", n)])]


def p_card_beside_amount_spoken():
    c, b = card(ch("visa", "mc"))
    return "call/utilities: card read right after an amount read digit by digit", [
        ("agent", ["so that's %s to pay today" % spoken_money()]),
        ("customer", ["yep card is ", V(say_groups(card_groups(c), 0.2, "single"), "CARD_NUMBER", c),
                      " and it's the one ending %s" % say_single(c[-4:], False)])]


def p_ssn_beside_claim():
    s = ssn()
    cl = ref_num(10)
    return "call/insurance: SSN next to a ten digit claim number spoken (claim unlabelled)", [
        ("customer", ["my claim number is %s and my social is " % say_single(cl, False), V(spoken_ssn(s), "SSN", s)])]


def p_phone_beside_hours():
    d, g, k = phone("ukmob")
    return "call/telecom: mobile next to opening hours and a time", [
        ("customer", ["call me back on ", V(spoken_phone(d, g, k)[0], "PHONE", d),
                      " i'm free between ten and two or after half five"])]


def p_ni_beside_amount():
    n = ni()
    return "call/government: NI number then an amount and a date (unlabelled)", [
        ("customer", [V(spoken_ni(n), "NI_NUMBER", n), " and i got paid %s on the fourth" % spoken_money()])]


def p_email_and_phone_chat():
    e = email()
    d, g, k = phone()
    tp = typed_phone(d, g, k)
    return "chat/travel: email and phone in one message with a booking ref", [
        ("customer", ["Booking ref %s. Contact: " % "".join(R.choice(LET) for _ in range(6)), V(e, "EMAIL", e), " / ",
                      V(tp, "PHONE", re.sub(r"\D", "", tp))])]


def p_expiry_cvv_split():
    m, y = expiry()
    cv = cvv(3)
    return "call/retail: expiry and cvv each in own turn, amount nearby", [
        ("agent", ["expiry date on the card"]),
        ("customer", [V(spoken_exp(m, y), "EXPIRY", "%02d/%02d" % (m, y))]),
        ("agent", ["and the last three digits on the back"]),
        ("customer", [V(spoken_cvv(cv), "CVV", cv), " and it'll be %s yeah" % spoken_money()])]


def p_dob_ie():
    y, m, d = dob()
    pc = uk_postcode()
    return "call/banking/ireland: DOB read as day month year digits", [
        ("agent", ["date of birth"]),
        ("customer", [V("%s %s %s" % (pair_word("%02d" % d, "oh"), pair_word("%02d" % m, "oh"), say_year(y)),
                        "DOB", "%d-%02d-%02d" % (y, m, d))])]


def p_dob_beside_appt():
    y, m, d = dob()
    return "call/healthcare billing: DOB right after an appointment date and time (unlabelled)", [
        ("agent", ["i've got you booked for the %s of %s at %s can i confirm your date of birth" % (ORD[R.randint(0, 27)], ch(*MONTHS), ch("ten past nine", "two fifteen", "eleven thirty"))]),
        ("customer", [V(spoken_dob(y, m, d), "DOB", "%d-%02d-%02d" % (y, m, d))])]


def p_sort_beside_ref():
    sc, ac = sort_code(), acct_uk()
    return "chat/banking: sort code and account next to a payment reference and amount", [
        ("customer", ["Payment ref %s for £%s didn't arrive. Sent to " % (digits(8, True), money()), V(typed_sort(sc), "SORT_CODE", sc),
                      " ", V(ac, "BANK_ACCOUNT", ac), " on %02d/%02d" % (R.randint(1, 28), R.randint(1, 12))])]


def p_sort_spoken_pairs_split():
    sc = sort_code()
    return "call/banking: sort code split over two turns with a filler", [
        ("agent", ["sort code please"]),
        ("customer", [V(say_pairs(sc[:4]), "SORT_CODE", sc, "s"), " um"]),
        ("agent", ["yep"]),
        ("customer", [V(say(sc[4:], "pairs"), "SORT_CODE", sc, "s")])]


def p_phone_beside_ticket():
    d, g, k = phone(ch("ukmob", "ie", "us"))
    tp = typed_phone(d, g, k)
    return "chat/telecom: phone next to a ticket number and opening hours", [
        ("customer", ["Ticket %s - please call me on " % digits(8, True), V(tp, "PHONE", re.sub(r"\D", "", tp)),
                      " between 9:30 and 17:00"])]


def p_email_beside_order_spoken():
    e = email()
    o = digits(8, True)
    return "call/retail: order number read out, then an email address", [
        ("customer", ["order number %s and the email on it is " % say_single(o, True), V(spoken_email(e), "EMAIL", e)])]


def p_iban_beside_amount_chat():
    ib = iban(ch("DE", "FR", "NL", "IE", "ES"))
    return "chat/travel/EU: IBAN beside a euro amount and booking ref", [
        ("customer", ["Refund €%s for booking %s to " % (money(), "".join(R.choice(LET) for _ in range(6))), V(typed_iban(ib), "IBAN", ib), " please"])]


def p_address_beside_meter():
    a = address(True)
    return "call/utilities: address next to a meter reading (reading unlabelled)", [
        ("agent", ["and the supply address"]),
        ("customer", [V(a, "ADDRESS", a), " and the reading today was %s" % say_single(digits(5, True), False)])]


ASR_HOMO = {"1": "won", "2": "to", "4": "for", "8": "ate"}


def asr_digits(s):
    """Digit by digit, with a few ASR homophones for 1, 2, 4 and 8."""
    z = zw()
    out = []
    for k, d in enumerate(s):
        if d in ASR_HOMO and R.random() < 0.35:
            out.append(ASR_HOMO[d])
        else:
            out.append(dword(d, z))
    if not any(w in ASR_HOMO.values() for w in out):
        for k, d in enumerate(s):
            if d in ASR_HOMO:
                out[k] = ASR_HOMO[d]
                break
    return " ".join(out)


def p_card_asr_homophones():
    c, b = card(ch("visa", "mc"))
    g = card_groups(c)
    txt = " ".join(asr_digits(x) for x in g)
    return "call/retail: card read digit by digit with ASR homophones (to/for/won/ate)", [
        ("agent", ["whenever you're ready with the card"]),
        ("customer", [ch("okay it's ", "", "right "), V(txt, "CARD_NUMBER", c)])]


def p_phone_asr_homophones():
    d, g, k = phone(ch("ukmob", "us", "ie"))
    return "call/utilities: phone number with ASR homophones (to/for/won/ate)", [
        ("agent", ["what's a good contact number"]),
        ("customer", [V(" ".join(asr_digits(x) for x in g), "PHONE", d), ch("", " that's my mobile", " thanks")])]


def p_ssn_asr_homophones():
    s = ssn()
    return "call/healthcare billing: SSN with ASR homophones (to/for/won/ate)", [
        ("agent", ["and the patient's social security number"]),
        ("customer", [ch("it's ", "", "um "), V(asr_digits(s), "SSN", s)])]


def p_card_odd_grouping():
    c, b = card(ch("visa", "mc", "amex", "disc"))
    parts, i = [], 0
    while i < len(c):
        n = R.randint(2, 5)
        parts.append(c[i:i + n]); i += n
    tc = " ".join(parts)
    return "chat/insurance: card typed with irregular grouping and a renewal amount", [
        ("customer", ["renewal is £%s right? card " % money(), V(tc, "CARD_NUMBER", c), ch("", " thx", " exp in the post")])]


def p_ni_typo_chat():
    n = ni()
    t = n[:2].lower() + " " + n[2:8] + n[8].lower()
    return "chat/government: NI typed lower-case letters with digits run together", [
        ("agent", ["Please confirm your NI number."]),
        ("customer", ["ni no is ", V(t, "NI_NUMBER", n), ch("", " ta", " - I rang on the 3rd too")])]


POS = [
    (p_card_one_turn_spoken, 10), (p_card_split, 7), (p_card_typed_chat, 7), (p_card_exp_cvv_chat, 7),
    (p_card_exp_cvv_call, 7), (p_card_correction, 3), (p_card_readback, 3), (p_card_with_lastfour_and_order, 3),
    (p_card_beside_amount_spoken, 3),
    (p_ni_spoken, 8), (p_ni_split, 5), (p_ni_typed, 7), (p_ni_with_dob, 4), (p_ni_readback, 3),
    (p_mixed_beside_ref, 3), (p_ni_beside_amount, 3),
    (p_ssn_spoken, 9), (p_ssn_split, 5), (p_ssn_typed, 8), (p_ssn_last4_and_full, 4), (p_ssn_correction, 3),
    (p_ssn_beside_claim, 3),
    (p_bank_sort_spoken, 5), (p_bank_sort_typed, 5), (p_bank_us, 3), (p_bank_readback, 2), (p_bank_split, 3),
    (p_iban_typed, 8), (p_iban_spoken, 6),
    (p_phone_spoken, 6), (p_phone_typed, 5), (p_phone_split, 3), (p_phone_two, 2), (p_phone_readback, 2),
    (p_phone_beside_hours, 2),
    (p_email_spoken, 7), (p_email_typed, 5), (p_email_and_phone_chat, 3),
    (p_dob_spoken, 6), (p_dob_typed, 5), (p_dob_ie, 2),
    (p_postcode_spoken, 5), (p_postcode_typed, 4), (p_address_postcode_typed, 5), (p_address_spoken, 5),
    (p_address_us, 3), (p_address_us_call, 3),
    (p_expiry_cvv_split, 4),
    (p_dob_beside_appt, 3), (p_sort_beside_ref, 4), (p_sort_spoken_pairs_split, 3), (p_phone_beside_ticket, 3),
    (p_email_beside_order_spoken, 3), (p_iban_beside_amount_chat, 3), (p_address_beside_meter, 3),
    (p_card_asr_homophones, 4), (p_phone_asr_homophones, 3), (p_ssn_asr_homophones, 3), (p_card_odd_grouping, 4),
    (p_ni_typo_chat, 3),
]


# ================================================================ NEGATIVE templates
def n_order_spoken():
    o = ref_num(R.randint(7, 10))
    return "call/retail: order number read digit by digit with its name", [
        ("agent", ["can i take the order number"]),
        ("customer", ["yeah the order number is %s" % say(o, ch("single", "double", "pairs"))]),
        ("agent", ["thanks i can see order %s placed on the %s of %s" % (say_single(o[-4:], False),
                                                                          ORD[R.randint(0, 27)], ch(*MONTHS))])]


def n_tracking_typed():
    t = ch("RM%sGB" % digits(9), "tracking %s" % digits(10, True), "TBA%s" % digits(9))
    return "chat/retail: tracking number with letters and a delivery date", [
        ("customer", ["Where's my parcel? Tracking %s, it said delivery by %d/%d" % (t, R.randint(1, 28), R.randint(1, 12))]),
        ("agent", ["I can see it's at the depot, expected %s %d between 9am and 1pm." % (ch(*MONTHS).capitalize(), R.randint(1, 28))])]


def n_amount_digits():
    a = "%d%02d" % (R.randint(10, 2999), R.randint(0, 99))
    return "call/banking: amount read digit by digit (pounds and pence run together) then in words", [
        ("customer", ["i was charged %s %s" % (say_single(a, False), ch("on the card", "twice", "by direct debit"))]),
        ("agent", ["so that's %s pounds %s on the statement yeah" % (say_pairs(a[:-2]), say_pairs(a[-2:]))]),
        ("customer", ["yeah and the one before was %s" % say_single(digits(5, True), False)])]


def n_balance():
    return "chat/banking: account balance and overdraft limit with decimals", [
        ("customer", ["Why is my balance showing -£%s when my limit is £%s?" % (money(), R.choice(["1,500", "2,000", "750"]))]),
        ("agent", ["Your available balance is £%s after a pending payment of £%s." % (money(), money())])]


def n_hours():
    return "call/telecom: opening hours and phone-menu options", [
        ("agent", ["we're open %s monday to friday and %s on saturday" % (ch("eight till eight", "eight am to eight pm", "nine till nine"), ch("nine till five thirty", "ten to four", "eight till one"))]),
        ("customer", ["so if i ring at %s tomorrow" % ch("seven forty five", "eight oh five", "six fifty", "nine fifteen")]),
        ("agent", ["yes and press option %s then option %s and you'll get straight through" % (ch("one", "two", "three"), ch("four", "five", "two"))])]


def n_model_serial():
    return "chat/retail: model and serial numbers of an appliance", [
        ("customer", ["My washing machine model WM%s-%s serial no. %s%s stopped working" % (
            digits(4), ch("UK", "EU", "B"), ch("SN", "S/N "), digits(10, True))]),
        ("agent", ["Thanks. Model %s is covered for %d months from purchase." % (digits(5), ch(12, 24, 36))])]


def n_model_spoken():
    m = digits(6)
    return "call/retail: model number and serial spoken digit by digit", [
        ("agent", ["what's the model number on the sticker"]),
        ("customer", ["it's %s %s" % (ch("k d l", "u e", "x r", "q e"), say_single(m, True))]),
        ("agent", ["and the serial number underneath"]),
        ("customer", ["serial number %s" % say(digits(10, True), "single")])]


def n_meter():
    r = digits(R.choice([5, 6]), True)
    return "call/utilities: meter readings spoken digit by digit", [
        ("agent", ["can you give me the reading on the meter"]),
        ("customer", ["the electric is %s and the gas is %s" % (say_single(r, True), say_single(digits(5, True), True))]),
        ("agent", ["lovely and the meter serial is %s" % say_single(digits(8, True), False)])]


def n_meter_chat():
    return "chat/utilities: meter readings, tariff and unit prices", [
        ("customer", ["Reading today: %s (day) %s (night). Meter serial %s" % (digits(5, True), digits(5, True), "".join(R.choice(LET) for _ in range(2)) + digits(8))]),
        ("agent", ["Thanks, unit rate is %s p/kWh and the standing charge %s p/day." % ("%d.%02d" % (R.randint(20, 30), R.randint(0, 99)), "%d.%02d" % (R.randint(40, 60), R.randint(0, 99)))])]


def n_appointment():
    return "call/healthcare billing: appointment date and time, not a birth date", [
        ("agent", ["your appointment is on the %s of %s at %s" % (ORD[R.randint(0, 27)], ch(*MONTHS), ch("ten fifteen", "two thirty", "half nine", "eleven forty five"))]),
        ("customer", ["and the last one was the %s of %s twenty twenty five" % (ORD[R.randint(0, 27)], ch(*MONTHS))]),
        ("agent", ["yes that's right room %s on floor %s" % (say_pairs(str(R.randint(10, 99))), DIG[R.randint(1, 6)])])]


def n_payment_date():
    return "chat/utilities: payment dates and amounts", [
        ("customer", ["I paid £%s on %02d/%02d/2026, can you check?" % (money(), R.randint(1, 28), R.randint(1, 12))]),
        ("agent", ["Yes, received %02d/%02d/2026. Next direct debit of £%s is due on 01/%02d/2026." % (R.randint(1, 28), R.randint(1, 12), money(), R.randint(1, 12))])]


def n_last_four():
    l4 = digits(4)
    return "call/banking: card last-four mentions only", [
        ("agent", ["is that the card ending %s" % say_single(l4, True)]),
        ("customer", ["yeah ending %s the old one ended %s" % (say_single(l4, False), say_single(digits(4), False))])]


def n_last_four_chat():
    return "chat/retail: card last four and expiry-lookalike delivery window", [
        ("customer", ["I paid with the card ending in %s but was charged twice, £%s each" % (digits(4), money())]),
        ("agent", ["I see two charges on card ****%s, the second will drop off in 3-5 working days." % digits(4)])]


def n_flight():
    return "chat/travel: flight numbers, times, gate and seat", [
        ("customer", ["I'm on %s%d at %02d:%02d, gate %d, seat %d%s - can I change to %s%d?" % (
            ch("BA", "EI", "FR", "LH", "UA"), R.randint(100, 9999), R.randint(0, 23), R.choice([0, 15, 30, 45, 5, 55]),
            R.randint(1, 60), R.randint(1, 40), ch("A", "C", "F"), ch("BA", "EI", "AA"), R.randint(100, 9999))]),
        ("agent", ["Yes, the fare difference is €%s and your booking %s is updated." % (money(), "".join(R.choice(LET) for _ in range(6)))])]


def n_flight_spoken():
    return "call/travel: flight number and times spoken", [
        ("customer", ["i'm booked on %s %s leaving at %s" % (ch("e i", "b a", "u a", "ryanair"), say_pairs(digits(3, True)), ch("six forty", "seven oh five", "eighteen thirty"))]),
        ("agent", ["that flight now departs at %s and lands at %s local time" % (ch("nine fifteen", "ten twenty", "twenty one oh five"), ch("eleven forty", "midnight", "one ten"))])]


def n_hotel_room():
    return "chat/travel: room number, nights, guests and price", [
        ("customer", ["Room %d, %d nights from %d Mar for %d adults" % (R.randint(100, 999), R.randint(2, 9), R.randint(1, 28), R.randint(1, 4))]),
        ("agent", ["That's €%s per night, total €%s incl. %d%% VAT." % (money(), money(), ch(9, 13, 20, 23))])]


def n_claim():
    c = ref_num(R.randint(8, 10))
    return "call/insurance: claim number read with the word claim, plus excess amount", [
        ("customer", ["it's about claim number %s" % say_single(c, True)]),
        ("agent", ["okay claim %s the excess is %s pounds" % (say_single(c[-4:], False), say(str(R.randint(100, 999)), "pairs"))])]


def n_invoice_chat():
    return "chat/retail: invoice, ticket and case numbers", [
        ("customer", ["Invoice INV-%s and ticket #%s - still not fixed" % (digits(7), digits(8, True))]),
        ("agent", ["Sorry! Case %s opened, reply within 48 hours." % digits(9, True)])]


def n_speed_data():
    return "call/telecom: speeds, data allowance, contract length", [
        ("agent", ["the package gives you up to %s megabits and %s gigs of data" % (ch("five hundred", "nine hundred", "seventy two"), ch("thirty", "one hundred", "fifty"))]),
        ("customer", ["and it's twenty four months at %s a month" % ch("thirty nine ninety nine", "twenty two fifty", "forty five pound")])]


def n_percent_apr():
    return "chat/banking: APR, percentages and years", [
        ("customer", ["Is the %s%% APR fixed for %d years? I've been with you since %d" % (
            ch("19.9", "4.79", "22.9", "6.1"), R.randint(2, 5), R.randint(1995, 2020))]),
        ("agent", ["It's fixed until %s %d, then moves to %s%%." % (ch(*MONTHS).capitalize(), R.randint(2027, 2031), ch("7.49", "8.2"))])]


def n_ages_temps():
    return "call/healthcare billing: ages, temperatures, dosage, durations", [
        ("customer", ["my son is %s and he had a temperature of thirty eight point %s for three days" % (ch("seven", "twelve", "four"), ch("five", "two", "nine"))]),
        ("agent", ["okay and you were on hold for %s minutes sorry about that" % ch("forty", "twenty five", "fifty five")])]


def n_contract_start():
    return "chat/telecom: contract start and end dates, upgrade date", [
        ("customer", ["my contract started 14/%02d/2024, when can I upgrade?" % R.randint(1, 12)]),
        ("agent", ["Your minimum term ends on %d %s 2026, upgrade from %02d/%02d/2026." % (R.randint(1, 28), ch(*MONTHS).capitalize(), R.randint(1, 28), R.randint(1, 12))])]


def n_reference_pairs():
    r = digits(8, True)
    return "call/government: reference number read in pairs with its name", [
        ("agent", ["do you have your reference number"]),
        ("customer", ["yeah reference %s" % say_pairs(r)]),
        ("agent", ["and that was submitted on %s the %s" % (ch("monday", "tuesday", "friday"), ORD[R.randint(0, 27)])])]


def n_quantities():
    return "chat/retail: quantities, sizes and prices", [
        ("customer", ["I ordered %d x 2.5L paint, %d rolls, size %d shoes - got the wrong %d" % (R.randint(2, 9), R.randint(2, 12), R.randint(4, 12), R.randint(1, 9))]),
        ("agent", ["Refund of £%s issued, 5-7 days to appear." % money()])]


def n_years_counts():
    return "call/insurance: years of no claims, car year, mileage", [
        ("customer", ["i've got %s years no claims it's a twenty %s car with %s thousand miles on it" % (ch("nine", "five", "twelve"), ch("eighteen", "nineteen", "twenty one"), ch("forty two", "sixty", "eighty eight"))]),
        ("agent", ["okay the renewal is %s down from %s last year" % (spoken_money(), spoken_money())])]


def n_customer_number_long():
    return "chat/banking: long transaction id and customer reference said with their names", [
        ("customer", ["Transaction ID %s, customer ref %s" % (digits(10, True), digits(8, True))]),
        ("agent", ["Found it, transaction on %d %s for £%s." % (R.randint(1, 28), ch(*MONTHS)[:3].capitalize(), money())])]


def n_amount_groups():
    return "call/utilities: bill amounts and account balance digit-ish", [
        ("customer", ["the bill says one two four seven point eight six is that right"]),
        ("agent", ["yes one thousand two hundred and forty seven pounds eighty six that's over %s months" % ch("three", "six", "twelve")])]


def n_time_phone_like():
    return "call/travel: times and durations that look like digit strings", [
        ("customer", ["the train is at oh seven forty five and gets in at %s" % ch("ten fifty two", "eleven oh three", "nine fifty eight")]),
        ("agent", ["that's a connection of %s minutes at %s" % (ch("twenty two", "eighteen", "forty"), ch("crewe", "york", "birmingham"))])]


def n_pin_like_extension():
    return "chat/government: form number, office room and tax year", [
        ("customer", ["I sent form %s%d for tax year %d-%02d on %d %s" % (ch("SA", "P", "CT"), R.randint(1, 900), 2024, 25, R.randint(1, 28), ch(*MONTHS).capitalize())]),
        ("agent", ["It's logged, processing takes up to %d weeks." % R.randint(4, 12)])]


def n_policy():
    return "call/insurance: policy number with letters and digits read out with its name", [
        ("agent", ["can i take your policy number"]),
        ("customer", ["policy number is %s" % say_alnum(ch("MTR", "HH", "PL") + digits(7), "plain")]),
        ("agent", ["thanks and the premium is %s a month" % spoken_money()])]


def n_price_spoken():
    return "call/retail: prices read out", [
        ("agent", ["the tv is %s and the stand is %s" % (ch("four hundred and ninety nine", "one thousand two hundred", "six ninety nine"), ch("eighty nine ninety nine", "one forty nine"))]),
        ("customer", ["and delivery is what two working days"])]


def n_wifi_router():
    return "chat/telecom: router model, firmware version, ports", [
        ("customer", ["Router is Hub %d, firmware v%d.%d.%d, light flashing orange" % (R.randint(2, 6), R.randint(1, 9), R.randint(0, 20), R.randint(0, 99))]),
        ("agent", ["Please hold reset for %d seconds and wait %d minutes." % (ch(10, 15, 30), ch(2, 5, 10))])]


def n_account_mention_no_value():
    return "call/banking: talk about account numbers and cards with no value given", [
        ("customer", ["i don't have my %s on me sorry" % ch("account number or the sort code", "card or my national insurance number", "long card number", "social security card")]),
        ("agent", ["that's fine i can look you up another way just not by card number"])]


def n_eu_amounts():
    return "chat/banking/EU: euro amounts with comma decimals and dates", [
        ("customer", ["Überweisung von %d,%02d € am %02d.%02d.2026 fehlt" % (R.randint(10, 9999), R.randint(0, 99), R.randint(1, 28), R.randint(1, 12))]),
        ("agent", ["Wir prüfen das, Bearbeitungszeit %d Werktage." % R.randint(2, 7)])]


def n_parcel_weight():
    return "chat/retail: parcel weight, dimensions, locker code", [
        ("customer", ["Parcel is %dkg, %dx%dx%dcm, going to locker %d" % (R.randint(1, 30), R.randint(10, 90), R.randint(10, 90), R.randint(10, 90), R.randint(1, 99))]),
        ("agent", ["Cost is £%s, collection %s." % (money(), ch("9am-6pm", "by 17:00", "before noon"))])]


def n_booking_spoken():
    return "call/travel: booking reference spelled with its name, dates of travel", [
        ("customer", ["booking reference %s" % say_alnum("".join(R.choice(LET) for _ in range(6)), ch("plain", "nato"))]),
        ("agent", ["travelling out on the %s of %s back on the %s" % (ORD[R.randint(0, 27)], ch(*MONTHS), ORD[R.randint(0, 27)])])]


def n_hours_chat():
    return "chat/retail: opening hours and phone-line hours that look like digit groups", [
        ("customer", ["When is the helpline open?"]),
        ("agent", ["Mon-Fri %s-%s, Sat %s-%s, Sun closed. Average wait %d mins." % (
            ch("08:00", "8am", "0800"), ch("20:00", "8pm", "2000"), ch("09:00", "9am"), ch("17:30", "5.30pm", "1730"), R.randint(3, 25))])]


def n_tracking_spoken():
    t = digits(10, True)
    return "call/retail: parcel tracking number read out with its name, delivery window", [
        ("customer", ["the tracking number is %s %s" % (ch("j d", "h", "t b a", "r m"), say_single(t, True))]),
        ("agent", ["thanks that's due %s between %s" % (ch("tomorrow", "on thursday", "on the ninth"), ch("seven and eleven", "twelve and four", "nine and one"))])]


def n_six_digit_ref():
    r = digits(6, True)
    return "call/government: six digit confirmation code with its name (sort-code lookalike)", [
        ("agent", ["your confirmation code is %s" % say_groups([r[:2], r[2:4], r[4:]], 0, "pairs")]),
        ("customer", ["so %s yeah and that's valid for %s days" % (say_single(r, False), ch("thirty", "fourteen", "ninety"))])]


def n_payment_spoken_date():
    return "call/utilities: payment dates spoken, amounts, no birth date", [
        ("customer", ["i paid on the %s of %s twenty twenty six it was %s" % (ORD[R.randint(0, 27)], ch(*MONTHS), spoken_money())]),
        ("agent", ["yes that reached us on the %s and the next one goes out on the first of %s" % (ORD[R.randint(0, 27)], ch(*MONTHS))])]


def n_account_balance_spoken():
    return "call/banking: balances and limits read digit by digit", [
        ("agent", ["your balance is %s and your available credit is %s" % (
            ch("two thousand four hundred and twelve pounds", "minus three hundred and six pounds fifty", "nine eight four point two one"),
            ch("one five zero zero", "seven hundred and fifty pounds", "four thousand"))]),
        ("customer", ["and the minimum payment is %s by the %s" % (ch("twenty five pounds", "two five point oh oh", "thirty one forty"), ORD[R.randint(0, 27)])])]


def n_ticket_long_spoken():
    t = digits(10, True)
    return "call/telecom: ten digit fault ticket read in pairs with its name, engineer visit time", [
        ("agent", ["your fault reference is %s" % say_pairs(t)]),
        ("customer", ["%s got it and the engineer comes %s" % (ch("okay", "right", "lovely"), ch("between eight and one", "at half ten", "after two"))])]


def n_card_payment_amount():
    return "chat/retail: card-ending mention with amount and date of payment", [
        ("customer", ["You took £%s from my Visa ending %s on %02d/%02d, and again £%s" % (money(), digits(4), R.randint(1, 28), R.randint(1, 12), money())]),
        ("agent", ["Refund ref %s raised for £%s, allow %d-%d working days." % (digits(9, True), money(), 3, 5)])]


def n_insurance_vehicle():
    return "chat/insurance: engine size, mileage, registration year, excess", [
        ("customer", ["It's a %d %s, %scc, %s miles, parked on drive, excess £%d" % (R.randint(2008, 2024), ch("Ford Focus", "VW Golf", "Toyota Yaris"), ch("1596", "999", "1998"), ch("42,310", "88000", "12,450"), ch(250, 350, 500))]),
        ("agent", ["Quote QT%s: £%s a year or £%s monthly at %s%% APR." % (digits(8), money(), money(), ch("21.4", "9.9"))])]


NEG = [
    (n_order_spoken, 6), (n_tracking_typed, 4), (n_amount_digits, 5), (n_balance, 3), (n_hours, 3),
    (n_model_serial, 4), (n_model_spoken, 4), (n_meter, 5), (n_meter_chat, 3), (n_appointment, 4),
    (n_payment_date, 4), (n_last_four, 4), (n_last_four_chat, 3), (n_flight, 3), (n_flight_spoken, 2),
    (n_hotel_room, 2), (n_claim, 5), (n_invoice_chat, 3), (n_speed_data, 2), (n_percent_apr, 2),
    (n_ages_temps, 2), (n_contract_start, 3), (n_reference_pairs, 4), (n_quantities, 2), (n_years_counts, 2),
    (n_customer_number_long, 3), (n_amount_groups, 2), (n_time_phone_like, 2), (n_pin_like_extension, 2),
    (n_policy, 3), (n_price_spoken, 2), (n_wifi_router, 2), (n_account_mention_no_value, 2), (n_eu_amounts, 2),
    (n_parcel_weight, 2), (n_booking_spoken, 2),
    (n_hours_chat, 3), (n_tracking_spoken, 4), (n_six_digit_ref, 4), (n_payment_spoken_date, 3),
    (n_account_balance_spoken, 3), (n_ticket_long_spoken, 4), (n_card_payment_amount, 3), (n_insurance_vehicle, 2),
]


# ================================================================ generation
def generate():
    global R
    R = random.Random(SEED)
    V._n = 0
    cases, metas = [], []
    pos = [f for f, k in POS for _ in range(k)]
    neg = [f for f, k in NEG for _ in range(k)]
    R.shuffle(pos)
    R.shuffle(neg)
    for kind, fs, tag in (("positive", pos, "pos"), ("negative", neg, "neg")):
        for i, f in enumerate(fs, 1):
            note, turns = f()
            case, groups = build(kind, note, turns)
            case = {"id": "%s-%s-%03d" % (PREFIX, tag, i), **case}
            case = {k: case[k] for k in ("id", "kind", "turns", "spans", "note")}
            cases.append(case)
            metas.append(groups)
    return cases, metas


def render(cases):
    return "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cases)


# ================================================================ checking
W2D = {w: str(i) for i, w in enumerate(DIG)}
W2D.update({"oh": "0", "o": "0", "nought": "0", "naught": "0",
            "won": "1", "to": "2", "too": "2", "for": "4", "ate": "8"})
TEENW = {w: str(10 + i) for i, w in enumerate(TEEN)}
TENW = {w: k for k, w in TENS.items()}
HOMO = {v: k for k, v in LETTER_HOMO.items() if " " not in v}
FILLERS = set(FILL) | {"plus", "and", "the", "of", "like"}
PHON = set(LETTER_NATO.values()) | set(LETTER_NAME.values()) | {"x"}


def norm(text):
    """Collapse a typed or spoken value to its letters/digits (upper case)."""
    toks = re.findall(r"[a-z0-9]+(?:-ray)?", text.lower())
    out, i = [], 0
    while i < len(toks):
        t = toks[i]
        nx = toks[i + 1] if i + 1 < len(toks) else None
        if t in ("double", "triple"):
            if nx == "you":
                out.append("W"); i += 2; continue
            n = 2 if t == "double" else 3
            sub = norm(nx)
            out.append(sub * n); i += 2; continue
        if t in TENW:
            v = TENW[t]
            if nx in W2D and W2D[nx] != "0":
                out.append(str(v) + W2D[nx]); i += 2; continue
            out.append(str(v) + "0"); i += 1; continue
        if t in TEENW:
            out.append(TEENW[t]); i += 1; continue
        if t in W2D and t != "o":
            if nx == "hundred":
                out.append(W2D[t] + "00"); i += 2; continue
            out.append(W2D[t]); i += 1; continue
        if t == "o" and (nx == "for" or nx == "as"):
            out.append("O"); i += 2 if nx == "for" else 3
            if i < len(toks) and toks[i] in PHON:
                i += 1
            continue
        if t == "o":
            out.append("0"); i += 1; continue
        if t in FILLERS:
            i += 1; continue
        if t in HOMO:
            out.append(HOMO[t].upper()); i += 1; continue
        if re.fullmatch(r"[a-z]", t) or not t.isalpha() or t not in PHON:
            if t.isalpha() and len(t) == 1:
                out.append(t.upper())
                if nx == "for" and i + 2 < len(toks) and toks[i + 2] in PHON:
                    i += 3; continue
                if nx == "as" and i + 3 < len(toks) and toks[i + 2] == "in":
                    i += 4; continue
                i += 1; continue
            out.append(t.upper()); i += 1; continue
        raise ValueError("unexpected token %r in %r" % (t, text))
    return "".join(out)


def norm_email(text):
    t = text.lower().strip()
    if "@" in t:
        return t
    toks = t.split()
    out = []
    i = 0
    while i < len(toks):
        w = toks[i]
        if w == "at":
            out.append("@")
        elif w == "dot":
            out.append(".")
        elif w == "underscore":
            out.append("_")
        elif w in ("dash", "hyphen"):
            out.append("-")
        elif w in TENW or w in TEENW or w in W2D and len(w) > 1:
            j = i
            while j < len(toks) and (toks[j] in TENW or toks[j] in TEENW or (toks[j] in W2D and len(toks[j]) > 1)):
                j += 1
            out.append(norm(" ".join(toks[i:j])))
            i = j
            continue
        else:
            out.append(w)
        i += 1
    return "".join(out)


def validate_value(typ, canon, texts):
    """Return an error string or None."""
    joined = " ".join(texts)
    if typ == "EMAIL":
        got = norm_email(joined)
        if got != canon.lower() or not re.fullmatch(r"[a-z0-9._\-]+@[a-z0-9\-]+(\.[a-z0-9\-]+)+", canon):
            return "email %r != %r" % (got, canon)
        return None
    if typ == "ADDRESS":
        toks = joined.lower().replace(",", " ").split()
        if toks[-1] not in SUFFIX:
            return "address without street type: %r" % joined
        if not any(t.isdigit() or t in W2D or t in TENW or t in TEENW for t in toks[:3]):
            return "address without number: %r" % joined
        return None
    if typ in ("DOB", "EXPIRY"):
        low = joined.lower()
        if typ == "DOB":
            y, m, d = map(int, canon.split("-"))
            yy = str(y)
        else:
            m, y = map(int, canon.split("/"))
            yy = "%02d" % y
        low = re.sub(r"\btwo thousand (and )?(%s)\b" % "|".join(DIG[1:]), r"twenty oh \2", low)
        low = re.sub(r"\btwo thousand\b", "twenty double oh", low)
        month_ok = MONTHS[m - 1] in low or MONTHS[m - 1][:3] in low
        try:
            n = norm(re.sub(r"[a-z]+(?<!oh)", lambda mo: mo.group(0) if mo.group(0) in W2D or mo.group(0) in TENW or mo.group(0) in TEENW or mo.group(0) in ("double", "hundred") else " ", low))
        except ValueError as e:
            return str(e)
        if not month_ok and ("%02d" % m) not in n and str(m) not in n:
            return "%s month missing %r" % (typ, joined)
        if yy[-2:] not in n and not (typ == "DOB" and say_pairs(yy[2:]) in low):
            return "%s year missing %r (%s)" % (typ, joined, n)
        return None
    try:
        n = norm(joined)
    except ValueError as e:
        return str(e)
    want = canon.replace(" ", "").replace("-", "").upper()
    if n != want:
        return "%s normalised %r != %r (text %r)" % (typ, n, want, joined)
    if typ == "CARD_NUMBER":
        if not (13 <= len(n) <= 19 and n.isdigit() and luhn_ok(n)):
            return "bad card %s" % n
    elif typ == "CVV":
        if not (n.isdigit() and len(n) in (3, 4)):
            return "bad cvv %s" % n
    elif typ == "SSN":
        if not (n.isdigit() and len(n) == 9 and n[:3] not in ("000", "666") and n[0] != "9"
                and n[3:5] != "00" and n[5:] != "0000"):
            return "bad ssn %s" % n
    elif typ == "NI_NUMBER":
        if not NI_RE.match(n) or n[:2] in NI_BAD:
            return "bad NI %s" % n
    elif typ == "SORT_CODE":
        if not (n.isdigit() and len(n) == 6):
            return "bad sort code %s" % n
    elif typ == "BANK_ACCOUNT":
        if not (n.isdigit() and 8 <= len(n) <= 12):
            return "bad account %s" % n
    elif typ == "IBAN":
        if not (re.fullmatch(r"[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}", n) and iban_ok(n)):
            return "bad iban %s" % n
    elif typ == "PHONE":
        if not (n.isdigit() and 10 <= len(n) <= 13):
            return "bad phone %s" % n
    elif typ == "POSTCODE":
        if not (UKPC_RE.match(n) or re.fullmatch(r"[0-9]{5}([0-9]{4})?", n)):
            return "bad postcode %s" % n
    return None


def check(text, cases, metas):
    errs = []
    lines = text.splitlines()
    if text != render(cases):
        errs.append("file differs from regenerated output")
    ids = set()
    counts = Counter()
    npos = nneg = 0
    for ln, line in enumerate(lines):
        try:
            c = json.loads(line)
        except ValueError:
            errs.append("line %d not JSON" % ln); continue
        cid = c.get("id")
        if cid in ids:
            errs.append("dup id %s" % cid)
        ids.add(cid)
        if set(c) != {"id", "kind", "turns", "spans", "note"}:
            errs.append("%s keys %s" % (cid, sorted(c)))
        if c["kind"] == "positive":
            npos += 1
            if not c["spans"]:
                errs.append("%s positive without spans" % cid)
            if not cid.startswith(PREFIX + "-pos-"):
                errs.append("%s bad id" % cid)
        elif c["kind"] == "negative":
            nneg += 1
            if c["spans"]:
                errs.append("%s negative with spans" % cid)
            if not cid.startswith(PREFIX + "-neg-"):
                errs.append("%s bad id" % cid)
        else:
            errs.append("%s bad kind" % cid)
        for t in c["turns"]:
            if t["speaker"] not in ("agent", "customer") or not t["text"]:
                errs.append("%s bad turn" % cid)
        per_turn = {}
        for s in c["spans"]:
            if s["type"] not in TYPES:
                errs.append("%s bad type %s" % (cid, s["type"]))
            if not (0 <= s["turn"] < len(c["turns"])):
                errs.append("%s span turn out of range" % cid); continue
            tx = c["turns"][s["turn"]]["text"]
            st, en = s["start"], s["end"]
            if not (0 <= st < en <= len(tx)):
                errs.append("%s span offsets out of range" % cid); continue
            if not (tx[st].isalnum() and tx[en - 1].isalnum()):
                errs.append("%s span edges not alnum %r" % (cid, tx[st:en]))
            if (st > 0 and tx[st - 1].isalnum()) or (en < len(tx) and tx[en].isalnum()):
                errs.append("%s span not on word boundary %r" % (cid, tx[st:en]))
            per_turn.setdefault(s["turn"], []).append((st, en))
            counts[s["type"]] += 1
        for spans in per_turn.values():
            spans.sort()
            for a, b in zip(spans, spans[1:]):
                if b[0] < a[1]:
                    errs.append("%s overlapping spans" % cid)
    # value validation, using group metadata from regeneration
    if not errs:
        for c, groups in zip(cases, metas):
            for key, (typ, canon, idxs) in groups.items():
                texts = []
                for ix in idxs:
                    s = c["spans"][ix]
                    texts.append(c["turns"][s["turn"]]["text"][s["start"]:s["end"]])
                    if s["type"] != typ:
                        errs.append("%s group type mismatch" % c["id"])
                e = validate_value(typ, canon, texts)
                if e:
                    errs.append("%s: %s" % (c["id"], e))
    if npos < 170:
        errs.append("only %d positives" % npos)
    if nneg < 100:
        errs.append("only %d negatives" % nneg)
    for t in TYPES:
        need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
        if counts[t] < need:
            errs.append("type %s has %d spans < %d" % (t, counts[t], need))
    return errs, counts, npos, nneg


def readme(counts, npos, nneg):
    rows = "\n".join("| %s | %d |" % (t, counts[t]) for t in TYPES)
    return f"""# PII hold-out set h143

**Never use this set for tuning.** It exists only to measure the redactor on data
it was not developed against. Do not look at individual failures and patch rules
for them; if you do, the set is burnt and must be replaced.

## Who wrote it and how

Written by an AI helper acting as an independent author. The author did **not** see
the redaction code, its tests, its docs, the benchmark, or any other PII fixture; the
only material seen was a three-line example of the JSONL format. Cases are produced by
`scripts/make_pii_holdout143.py` from template functions: each turn is assembled from
plain-text segments and labelled `(value, TYPE)` segments, so offsets are computed, never
typed. All values come from one `random.Random({SEED})`; output is byte-for-byte reproducible.
`python scripts/make_pii_holdout143.py --check` regenerates and verifies the file
(identity, unique ids, offsets in range and on word boundaries, no overlaps, and each
value validated after normalising spoken forms: Luhn for cards, mod-97 for IBANs, NI
format, 9-digit SSN, 6-digit sort codes, digit counts for CVV/phone/account, postcode
shapes, e-mail reconstruction from "dot"/"at").

Chat turns are typed (separators, case, spacing vary). Call turns imitate an ASR
transcript: lower case, no punctuation, numbers as words ("oh"/"o"/"nought"/"zero" for 0,
"double"/"triple", pairs like "forty one eleven", "eight hundred"), letters spelled plainly,
with NATO/name words ("b for bravo", "s as in sugar") or as ASR homophones ("bee", "are",
"you", "why", "double you"), digit homophones ("to", "for", "won", "ate"), fillers ("um", "er") inside readings, values split over
several customer turns with agent back-channels, self-corrections and agent read-backs.

## Annotation conventions

* A span covers the value only, from its first to its last letter/digit word; lead-ins
  ("it's", "my number is", "yeah") are outside. Fillers that occur *inside* a reading are
  inside the span.
* A value split across turns gets one span per turn (each fragment labelled with the type).
* Agent read-backs of a full value are labelled too (they are PII in the agent's turn).
  Last-four mentions ("the card ending 4821") are **not** labelled and appear in negatives.
* Self-corrections: only the complete, correct restatement is labelled; an abandoned
  partial start is left unlabelled.
* Spans start and end on a letter or digit: a typed "+" or "(" before a phone number is
  outside the span; a spoken "plus", the country code and a US "one" prefix are inside.
* POSTCODE: UK postcodes and US ZIP / ZIP+4. ADDRESS: house/flat number through the street
  type ("Flat 3, 12 High Street", "forty two maple avenue"); town, state and postcode are
  not part of ADDRESS (the postcode is its own span).
* DOB / EXPIRY: the date expression only, from the day/month word to the year
  ("fourteenth of march nineteen eighty seven", "oh nine twenty seven", "09/27"); a leading
  "the" is outside the span, an inner "of" is inside.
* EMAIL: the whole address, typed or spoken ("j dot doe at gmail dot com").
* Negatives contain no PII at all: order/claim/invoice/ticket/reference/tracking numbers
  with their name, amounts read digit by digit, balances, opening hours, times, model and
  serial numbers, meter readings, appointment/payment/contract dates, card last-four
  mentions, flight and room numbers, ages, temperatures, speeds, percentages.
  Positive cases also contain such non-PII numbers next to the PII; they are unlabelled.

## Counts

Positive cases: {npos}. Negative cases: {nneg}. Counts are spans: a value split over
several turns, or read back by the agent, contributes one span per fragment.

| type | spans |
|---|---|
{rows}
"""


def main():
    cases, metas = generate()
    text = render(cases)
    if "--check" in sys.argv[1:]:
        if not CASES.exists():
            print("missing %s" % CASES); sys.exit(1)
        disk = CASES.read_text(encoding="utf-8")
        errs, counts, npos, nneg = check(disk, cases, metas)
        if README.exists():
            if README.read_text(encoding="utf-8") != readme(counts, npos, nneg):
                errs.append("README differs from regenerated output")
        else:
            errs.append("README missing")
    else:
        OUTDIR.mkdir(parents=True, exist_ok=True)
        errs, counts, npos, nneg = check(text, cases, metas)
        CASES.write_text(text, encoding="utf-8")
        README.write_text(readme(counts, npos, nneg), encoding="utf-8")
    print("cases: %d positive, %d negative" % (npos, nneg))
    for t in TYPES:
        print("  %-13s %d" % (t, counts[t]))
    if errs:
        for e in errs[:50]:
            print("ERROR:", e)
        print("%d problem(s)" % len(errs))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()

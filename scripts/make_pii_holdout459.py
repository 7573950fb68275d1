#!/usr/bin/env python3
"""Generate the pii_holdout459 held-out PII redaction evaluation set.

Written by an independent test author who did not see the redaction engine.
Standard library only; one RNG: random.Random(459241125).

Usage:
    python scripts/make_pii_holdout459.py          # (re)write cases.jsonl
    python scripts/make_pii_holdout459.py --check  # regenerate + verify
"""
import json
import os
import re
import sys
from collections import Counter
import random

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "fixtures", "pii_holdout459", "cases.jsonl")
R = random.Random(459241125)
TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE",
         "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

# ---------------------------------------------------------------- builders


class Case:
    def __init__(self, note):
        self.note = note
        self.turns = []   # list of (speaker, [segments])
        self.readings = {}  # key -> dict(type, canon, mode, fragment, parts=[(turn, start, end)])
        self._k = 0

    def turn(self, speaker, *segs):
        self.turns.append((speaker, list(segs)))
        return len(self.turns) - 1

    def key(self):
        self._k += 1
        return self._k


def V(typ, text, canon, key, mode="typed", fragment=False):
    """A labelled value segment."""
    return ("V", typ, text, canon, key, mode, fragment)


def render(case, cid, kind):
    turns, spans = [], []
    for ti, (spk, segs) in enumerate(case.turns):
        buf = ""
        for s in segs:
            if isinstance(s, tuple) and s and s[0] == "V":
                _, typ, text, canon, key, mode, frag = s
                m = re.match(r"^([^0-9A-Za-z]*)(.*?)([^0-9A-Za-z]*)$", text, re.S)
                buf += m.group(1)  # leading '+', '(' etc. sit outside the span
                st = len(buf)
                buf += m.group(2)
                spans.append({"turn": ti, "start": st, "end": len(buf), "type": typ})
                buf += m.group(3)
                if key in case.readings:
                    rd = case.readings[key]
                    rd["canon"] += canon
                else:
                    rd = case.readings[key] = {"type": typ, "canon": canon, "mode": mode,
                                               "fragment": frag, "parts": []}
                rd["parts"].append((ti, st, st + len(m.group(2))))
            else:
                buf += s
        turns.append({"speaker": spk, "text": buf})
    rec = {"id": cid, "kind": kind, "turns": turns, "spans": spans, "note": case.note}
    return rec, case.readings

# ---------------------------------------------------------------- spoken numbers

UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
         "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
ZEROS = ["oh", "oh", "o", "zero", "nought", "zero"]
FILL = ["um", "uh", "er", "erm", "uhh", "umm"]
NATO = {c: w for c, w in zip("ABCDEFGHIJKLMNOPQRSTUVWXYZ", [
    "alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india", "juliet",
    "kilo", "lima", "mike", "november", "oscar", "papa", "quebec", "romeo", "sierra", "tango",
    "uniform", "victor", "whiskey", "xray", "yankee", "zulu"])}
NATO_ALT = {"B": "bob", "C": "charlie", "D": "david", "F": "freddie", "H": "harry", "J": "jack",
            "K": "king", "M": "mother", "N": "nancy", "P": "peter", "R": "robert", "S": "sugar",
            "T": "tommy", "W": "william", "G": "george", "L": "london", "A": "apple", "E": "edward",
            "Y": "yellow", "Z": "zebra", "X": "xray"}


def dword(d, zero=None):
    if d == "0":
        return zero or R.choice(ZEROS)
    return UNITS[int(d)]


def say_digits(s, allow_double=True, zero=None):
    out, i = [], 0
    while i < len(s):
        d = s[i]
        if allow_double and i + 2 < len(s) and s[i + 1] == d and s[i + 2] == d and R.random() < .7:
            out.append("triple " + dword(d, zero)); i += 3; continue
        if allow_double and i + 1 < len(s) and s[i + 1] == d and R.random() < .75:
            out.append("double " + dword(d, zero)); i += 2; continue
        out.append(dword(d, zero)); i += 1
    return " ".join(out)


def say_pair(p, last):
    a, b = p[0], p[1]
    if a == "0":
        return dword("0") + " " + dword(b)
    if a == "1":
        return TEENS[int(b)]
    if b == "0":
        return TENS[int(a)] if last else say_digits(p, False)
    return TENS[int(a)] + " " + UNITS[int(b)]


def say_group(g, last=True, style=None):
    """Say a digit group in one of several human styles."""
    style = style or R.choice(["digits", "digits", "digits", "pairs", "hundreds"])
    if style == "pairs" and len(g) % 2 == 0:
        ps = [g[i:i + 2] for i in range(0, len(g), 2)]
        return " ".join(say_pair(p, last and j == len(ps) - 1) for j, p in enumerate(ps))
    if style == "hundreds" and len(g) == 3 and g[0] != "0" and g[1:] != "00":
        rest = g[1:]
        tail = UNITS[int(rest[1])] if rest[0] == "0" else say_pair(rest, True)
        return UNITS[int(g[0])] + " hundred and " + tail
    if style == "hundreds" and len(g) == 4 and g[0] != "0" and g[1] != "0" and g[2:] != "00":
        return say_group(g[:2], False, "pairs") + " " + say_group(g[2:], last, "pairs")
    return say_digits(g)


def say_letter(c, nato_p=0.4):
    c = c.upper()
    r = R.random()
    if r < nato_p / 2:
        return c.lower() + " for " + NATO_ALT.get(c, NATO[c])
    if r < nato_p:
        return c.lower() + " for " + NATO[c]
    return c.lower()


def join_fill(parts, p=0.25):
    out = []
    for i, x in enumerate(parts):
        if i and R.random() < p:
            out.append(R.choice(FILL) + ",")
        out.append(x)
    return " ".join(out)

# ---------------------------------------------------------------- normalisers / validators

_UNIT = {w: i for i, w in enumerate(UNITS)}
for z in ("oh", "o", "nought", "zero"):
    _UNIT[z] = 0
_TEEN = {w: 10 + i for i, w in enumerate(TEENS)}
_TENS = {w: i for i, w in enumerate(TENS) if w}
_FILLERS = set(FILL) | {"hmm", "ah"}
_NATOW = {w: c for c, w in NATO.items()}
_NATOW.update({w: c for c, w in NATO_ALT.items()})
_SYM = {"dot": ".", "at": "@", "underscore": "_", "dash": "-", "hyphen": "-", "plus": "+"}


def norm_spoken(text, ctx):
    """ctx: 'num' (digits only), 'mix' (letters+digits), 'email'."""
    toks = re.findall(r"[a-z]+|\d+|[@.+_\-]", text.lower())
    out, i = [], 0
    units = dict(_UNIT)
    if ctx == "email":
        for z in ("o", "oh"):
            units.pop(z)
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if t in _FILLERS:
            i += 1; continue
        if t.isdigit():
            out.append(t); i += 1; continue
        if t in ("double", "triple") and nxt in units:
            out.append(str(units[nxt]) * (2 if t == "double" else 3)); i += 2; continue
        if t in units and t not in ("o",) or (t == "o" and ctx != "email"):
            if nxt == "hundred":
                v = units[t] * 100
                i += 2
                if i < len(toks) and toks[i] == "and":
                    i += 1
                    w = toks[i]
                    if w in _TEEN:
                        v += _TEEN[w]; i += 1
                    elif w in _TENS:
                        v += _TENS[w] * 10; i += 1
                        if i < len(toks) and toks[i] in _UNIT and _UNIT[toks[i]] > 0 and toks[i] != "o":
                            v += _UNIT[toks[i]]; i += 1
                    elif w in _UNIT:
                        v += _UNIT[w]; i += 1
                out.append("%03d" % v); continue
            out.append(str(units[t])); i += 1; continue
        if t in _TEEN:
            out.append(str(_TEEN[t])); i += 1; continue
        if t in _TENS:
            if nxt in _UNIT and _UNIT[nxt] > 0:
                out.append(str(_TENS[t] * 10 + _UNIT[nxt])); i += 2; continue
            out.append(str(_TENS[t] * 10)); i += 1; continue
        if len(t) == 1 and t.isalpha() and nxt == "for" and i + 2 < len(toks):
            out.append(t.upper() if ctx != "email" else t); i += 3; continue
        if t in _SYM and ctx == "email":
            out.append(_SYM[t]); i += 1; continue
        if t == "plus":
            out.append("+"); i += 1; continue
        if ctx == "mix" and t in _NATOW:
            out.append(_NATOW[t]); i += 1; continue
        if t in "@._-+" and ctx == "email":
            out.append(t); i += 1; continue
        if ctx == "num":
            i += 1; continue
        if ctx == "mix" and len(t) > 1:
            raise ValueError("unexpected word %r in spoken value %r" % (t, text))
        out.append(t.upper() if ctx == "mix" else t); i += 1
    s = "".join(out)
    if ctx == "num":
        s = re.sub(r"[^0-9]", "", s)
    return s


def norm_typed(text, ctx):
    if ctx == "email":
        return text.lower()
    if ctx == "num":
        return re.sub(r"[^0-9]", "", text.replace("O", "0").replace("o", "0"))
    return re.sub(r"[^0-9A-Z]", "", text.upper())


CTX = {"CARD_NUMBER": "num", "CVV": "num", "SSN": "num", "BANK_ACCOUNT": "num", "SORT_CODE": "num",
       "PHONE": "num", "NI_NUMBER": "mix", "IBAN": "mix", "POSTCODE": "mix", "EMAIL": "email",
       "EXPIRY": None, "DOB": None, "ADDRESS": None}


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


def iban_ok(s):
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


NI_RE = re.compile(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]")
UKPC_RE = re.compile(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}")
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december"]
MON3 = [m[:3] for m in MONTHS]
STREET_SFX = ["road", "rd", "street", "st", "lane", "ln", "avenue", "ave", "close", "drive", "dr",
              "crescent", "way", "gardens", "terrace", "place", "court", "grove", "boulevard", "blvd",
              "parade", "row", "square", "hill", "view", "park"]


def validate(typ, canon):
    c = canon
    if typ == "CARD_NUMBER":
        return c.isdigit() and 13 <= len(c) <= 19 and luhn_ok(c)
    if typ == "CVV":
        return c.isdigit() and len(c) in (3, 4)
    if typ == "SSN":
        return (c.isdigit() and len(c) == 9 and c[:3] not in ("000", "666") and c[0] != "9"
                and c[3:5] != "00" and c[5:] != "0000")
    if typ == "NI_NUMBER":
        return bool(NI_RE.fullmatch(c)) and c[:2] not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ")
    if typ == "SORT_CODE":
        return c.isdigit() and len(c) == 6
    if typ == "BANK_ACCOUNT":
        return c.isdigit() and 6 <= len(c) <= 17
    if typ == "IBAN":
        return iban_ok(c)
    if typ == "PHONE":
        c = c[2:] if c.startswith("00") else c
        return c.isdigit() and 10 <= len(c) <= 13
    if typ == "EMAIL":
        return bool(re.fullmatch(r"[a-z0-9._+\-]+@[a-z0-9\-]+(\.[a-z0-9\-]+)+", c))
    if typ == "POSTCODE":
        return bool(UKPC_RE.fullmatch(c)) or bool(re.fullmatch(r"\d{5}(\d{4})?", c))
    if typ in ("DOB", "EXPIRY"):
        low = c.lower()
        return (any(m in low for m in MON3) or bool(re.search(r"\d{1,2}\s*[/.\-]\s*\d{1,4}", low))
                or bool(re.search(r"(oh|zero|nought|one|two|three|four|five|six|seven|eight|nine|"
                                  r"ten|eleven|twelve)\b", low)))
    if typ == "ADDRESS":
        low = c.lower()
        return (bool(re.match(r"(flat|apt|apartment|unit|double|triple|\d|[a-z]+ty|one|two|three|four|five|six|"
                              r"seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
                              r"sixteen|seventeen|eighteen|nineteen)", low))
                and any(re.search(r"\b%s\b" % s, low) for s in STREET_SFX))
    return False

# ---------------------------------------------------------------- value generators


def rdig(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def luhn_complete(p):
    for d in "0123456789":
        if luhn_ok(p + d):
            return p + d


def gen_card():
    kind = R.choice(["visa", "visa", "visa", "mc", "mc", "amex", "disc", "visa13", "maestro19", "mc2"])
    if kind == "visa":
        p, n = "4" + rdig(5), 16
    elif kind == "visa13":
        p, n = "4" + rdig(5), 13
    elif kind == "mc":
        p, n = "5" + R.choice("12345") + rdig(4), 16
    elif kind == "mc2":
        p, n = "22" + R.choice("3456") + rdig(3), 16
    elif kind == "amex":
        p, n = R.choice(["34", "37"]) + rdig(4), 15
    elif kind == "disc":
        p, n = "6011" + rdig(2), 16
    else:
        p, n = "6759" + rdig(2), 19
    return luhn_complete(p + rdig(n - len(p) - 1))


def card_groups(c):
    if len(c) == 15:
        return [c[:4], c[4:10], c[10:]]
    if len(c) == 13:
        return [c[:4], c[4:7], c[7:10], c[10:]]
    if len(c) == 19:
        return [c[:4], c[4:8], c[8:12], c[12:16], c[16:]]
    return [c[i:i + 4] for i in range(0, 16, 4)]


def odd_groups(c):
    out, i = [], 0
    while i < len(c):
        k = R.choice([2, 3, 3, 4, 4, 5, 6])
        out.append(c[i:i + k]); i += k
    return out


def fmt_card(c):
    st = R.random()
    g = card_groups(c)
    if st < .35:
        return " ".join(g)
    if st < .55:
        return "-".join(g)
    if st < .62:
        return c
    if st < .7:
        return ".".join(g)
    if st < .78:
        return "  ".join(g)
    if st < .86:
        return " ".join(odd_groups(c))
    if st < .92:
        return " - ".join(g)
    s = " ".join(g)
    return s.replace("0", "O", 1) if "0" in s else s  # typed letter O for zero


def gen_ssn():
    while True:
        a = "%03d" % R.randint(1, 899)
        if a != "666":
            break
    return a + "%02d" % R.randint(1, 99) + "%04d" % R.randint(1, 9999)


def fmt_ssn(s):
    return R.choice(["%s-%s-%s", "%s-%s-%s", "%s %s %s", "%s%s%s", "%s.%s.%s", "%s - %s - %s"]) % (
        s[:3], s[3:5], s[5:])


NI_A = "ABCEGHJKLMNPRSTWXYZ"
NI_B = "ABCEGHJKLMNPRSTWXYZ"


def gen_ni():
    while True:
        p = R.choice(NI_A.replace("O", "")) + R.choice(NI_B)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + rdig(6) + R.choice("ABCD")


def fmt_ni(n):
    st = R.random()
    if st < .35:
        s = "%s %s %s %s %s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8])
    elif st < .6:
        s = n
    elif st < .75:
        s = "%s%s %s" % (n[:2], n[2:8], n[8])
    elif st < .85:
        s = "%s-%s-%s-%s-%s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8])
    else:
        s = "%s %s %s" % (n[:2], n[2:8], n[8])
    return s.lower() if R.random() < .25 else s


def gen_sort():
    return R.choice(["20", "40", "60", "30", "90", "11", "08", "77", "83", "09"]) + rdig(4)


def fmt_sort(s):
    return R.choice(["%s-%s-%s", "%s-%s-%s", "%s %s %s", "%s%s%s", "%s/%s/%s", "%s.%s.%s"]) % (
        s[:2], s[2:4], s[4:])


def iban_make(cc, bban):
    r = bban + cc + "00"
    n = int("".join(str(int(ch, 36)) for ch in r))
    return cc + "%02d" % (98 - n % 97) + bban


def gen_iban():
    cc = R.choice(["GB", "IE", "DE", "FR", "NL", "ES", "IE", "GB"])
    L = "ABCEFGHJKLMNPRSTUVWXYZ"
    if cc in ("GB", "IE"):
        bban = "".join(R.choice(L) for _ in range(4)) + rdig(14)
    elif cc == "DE":
        bban = rdig(18)
    elif cc == "FR":
        bban = rdig(23)
    elif cc == "NL":
        bban = "".join(R.choice(L) for _ in range(4)) + rdig(10)
    else:
        bban = rdig(20)
    return iban_make(cc, bban)


def fmt_iban(i):
    st = R.random()
    if st < .6:
        return " ".join(i[k:k + 4] for k in range(0, len(i), 4))
    if st < .8:
        return i
    if st < .9:
        return (" ".join(i[k:k + 4] for k in range(0, len(i), 4))).lower()
    return "-".join(i[k:k + 4] for k in range(0, len(i), 4))


def gen_phone():
    c, t = _gen_phone()
    return re.sub(r"[^0-9]", "", t), t


def _gen_phone():
    """returns (canonical digits, typed form)"""
    k = R.choice(["ukmob", "ukmob", "ukland", "us", "us", "ie", "de", "fr"])
    if k == "ukmob":
        d = "7700900" + rdig(3)
        return ("44" + d, R.choice(["+44 7700 900%s" % d[-3:], "07700 900%s" % d[-3:],
                                    "07700900%s" % d[-3:], "+447700900%s" % d[-3:],
                                    "(+44) 7700-900-%s" % d[-3:], "0044 7700 900 %s" % d[-3:]]))
    if k == "ukland":
        d = "2079460" + rdig(3)
        return ("44" + d, R.choice(["020 7946 0%s" % d[-3:], "+44 20 7946 0%s" % d[-3:],
                                    "(020) 7946-0%s" % d[-3:]]))
    if k == "us":
        a = R.choice(["212", "415", "312", "617", "305", "206", "512"])
        x = "01" + rdig(2)
        return ("1" + a + "555" + x, R.choice(["(%s) 555-%s" % (a, x), "%s-555-%s" % (a, x),
                                               "+1 %s 555 %s" % (a, x), "%s.555.%s" % (a, x),
                                               "1-%s-555-%s" % (a, x), "+1 (%s) 555-%s" % (a, x)]))
    if k == "ie":
        n = R.choice(["83", "85", "86", "87", "89"]) + rdig(7)
        return ("353" + n, R.choice(["+353 %s %s %s" % (n[:2], n[2:5], n[5:]),
                                     "0%s %s %s" % (n[:2], n[2:5], n[5:]), "0%s-%s" % (n[:2], n[2:])]))
    if k == "de":
        n = "151" + rdig(8)
        return ("49" + n, R.choice(["+49 %s %s" % (n[:3], n[3:]), "0%s / %s" % (n[:3], n[3:])]))
    n = "6" + rdig(8)
    return ("33" + n, "+33 %s %s %s %s %s" % (n[0], n[1:3], n[3:5], n[5:7], n[7:]))


FIRST = ["james", "sarah", "mohammed", "aoife", "liam", "priya", "tomasz", "chloe", "darren", "siobhan",
         "kwame", "li", "rebecca", "oisin", "marta", "dev", "hannah", "gareth", "nadia", "connor",
         "beatriz", "yusuf", "emma", "raj", "fiona", "lukas", "grace", "pete", "ana", "callum"]
LAST = ["smith", "okafor", "murphy", "kowalski", "patel", "nguyen", "byrne", "jones", "garcia",
        "walsh", "evans", "khan", "brennan", "muller", "rossi", "taylor", "obrien", "clarke", "silva",
        "hughes", "kelly", "wright", "ahmed", "dubois", "fernandez"]
DOMAINS = ["gmail.com", "yahoo.co.uk", "hotmail.com", "outlook.com", "icloud.com", "btinternet.com",
           "eircom.net", "web.de", "orange.fr", "aol.com", "protonmail.com", "sky.com"]


def gen_email():
    f, l = R.choice(FIRST), R.choice(LAST)
    st = R.randint(0, 5)
    local = [f + "." + l, f[0] + l, f + "_" + l, f + l + str(R.randint(1, 99)), l + "." + f[0],
             f + "." + l + str(R.randint(70, 99))][st]
    return local + "@" + R.choice(DOMAINS)


def fmt_email_typed(e):
    r = R.random()
    if r < .2:
        return e.upper()
    if r < .4:
        loc, dom = e.split("@")
        return loc.title() + "@" + dom.capitalize()
    return e


def say_email(e):
    loc, dom = e.split("@")
    parts = []
    for seg in re.findall(r"[a-z]+|\d+|[._]", loc):
        if seg == ".":
            parts.append("dot")
        elif seg == "_":
            parts.append("underscore")
        elif seg.isdigit():
            parts.append(" ".join(UNITS[int(d)] for d in seg))
        elif len(seg) <= 2 or R.random() < .3:
            parts.append(" ".join(say_letter(c, .3) for c in seg))
        else:
            parts.append(seg)
    dparts = [("dot" if x == "." else x) for x in re.findall(r"[a-z]+|\.", dom)]
    return " ".join(parts) + " at " + " ".join(dparts)


UK_AREAS = ["M", "B", "L", "G", "S", "E", "N", "W", "SW", "SE", "NW", "EC", "LS", "EH", "CF", "BS",
            "NE", "BT", "KY", "CB", "RG", "PR", "HU", "DN", "TW", "CV", "NG", "LE"]
PCL = "ABDEFGHJLNPQRSTUWXYZ"


def gen_postcode(us=None):
    if us is None:
        us = R.random() < .35
    if us:
        z = "%05d" % R.randint(1001, 99950)
        return (z, z) if R.random() < .75 else (z + rdig(4), None)
    a = R.choice(UK_AREAS)
    d = str(R.randint(1, 9)) if R.random() < .6 else str(R.randint(10, 28))
    if len(a) == 2 and a in ("SW", "EC", "NW") and R.random() < .3:
        d = str(R.randint(1, 9)) + R.choice("AVWY")
    inward = str(R.randint(0, 9)) + R.choice(PCL) + R.choice(PCL)
    return a + d + inward, None


def fmt_postcode(c):
    if c.isdigit():
        return c if len(c) == 5 else c[:5] + "-" + c[5:]
    s = c[:-3] + R.choice([" ", " ", " ", "", "  "]) + c[-3:]
    return s.lower() if R.random() < .2 else s


def say_postcode(c):
    if c.isdigit():
        return say_digits(c, True, zero=R.choice(["zero", "oh"]))
    out = []
    for ch in c:
        out.append(say_letter(ch, .35) if ch.isalpha() else UNITS[int(ch)] if ch != "0" else "zero")
    return " ".join(out)


STREETS = ["Acacia Avenue", "Mill Lane", "Station Road", "High Street", "Church Street", "Park View",
           "Victoria Road", "Orchard Close", "Kings Drive", "Bridge Street", "Hawthorn Crescent",
           "Elm Grove", "Maple Way", "Albert Terrace", "Newport Road", "Grafton Street", "Main Street",
           "Oak Avenue", "Sunset Blvd", "Lexington Ave", "Pine St", "Baker St", "Castle Hill",
           "Riverside Drive", "Quay Street", "Wellington Place", "Ormeau Road", "Dorset Gardens"]
TOWNS = ["Manchester", "Leeds", "Glasgow", "Cardiff", "Dublin", "Cork", "Bristol", "Belfast",
         "Birmingham", "Boston", "Austin", "Seattle", "Chicago", "Sheffield", "Nottingham", "Galway"]


def gen_address(spoken=False):
    n = R.randint(1, 240)
    st = R.choice(STREETS)
    r = R.random()
    if spoken:
        num = say_group(str(n), True, R.choice(["digits", "pairs", "hundreds"])) if n >= 10 else UNITS[n]
        st2 = re.sub(r" st$", " street", re.sub(r" ave$", " avenue", re.sub(r" blvd$", " boulevard", st.lower())))
        if r < .25:
            return "flat " + UNITS[R.randint(1, 9)] + ", " + num + " " + st2
        return num + " " + st2
    if r < .2:
        return "Flat %d, %d %s" % (R.randint(1, 30), n, st)
    if r < .3:
        return "Apt %d%s, %d %s" % (R.randint(1, 12), R.choice("ABC"), n, st)
    if r < .4:
        return "%d%s %s" % (n, R.choice("ab"), st)
    if r < .5:
        return ("%d %s" % (n, st)).upper()
    if r < .6:
        return ("%d %s" % (n, st)).lower()
    return "%d %s" % (n, st)


def ordinal(d):
    ords = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
            "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
            "seventeenth", "eighteenth", "nineteenth", "twentieth"]
    if d <= 20:
        return ords[d - 1]
    if d == 30:
        return "thirtieth"
    return ("twenty " if d < 30 else "thirty ") + ords[d % 10 - 1]


def say_year(y):
    if y >= 2000:
        return "two thousand and " + (UNITS[y - 2000] if y < 2010 else say_pair(str(y)[2:], True))
    return say_pair(str(y)[:2], False) + " " + (("oh " + UNITS[y % 10]) if y % 100 < 10
                                                   else say_pair(str(y)[2:], True))


def gen_dob(spoken=False):
    y, m, d = R.randint(1938, 2005), R.randint(1, 12), R.randint(1, 28)
    if spoken:
        st = R.random()
        if st < .4:
            return "the %s of %s %s" % (ordinal(d), MONTHS[m - 1], say_year(y))
        if st < .7:
            return "%s %s %s" % (MONTHS[m - 1], ordinal(d), say_year(y))
        return "%s %s %s" % (say_digits("%02d" % d, False), say_digits("%02d" % m, False), say_year(y))
    st = R.random()
    if st < .3:
        return "%02d/%02d/%d" % (d, m, y)
    if st < .45:
        return "%d/%d/%02d" % (m, d, y % 100)
    if st < .6:
        return "%d %s %d" % (d, MONTHS[m - 1].title(), y)
    if st < .7:
        return "%s %d, %d" % (MONTHS[m - 1].title()[:3], d, y)
    if st < .8:
        return "%02d-%02d-%d" % (d, m, y)
    if st < .9:
        return "%d.%02d.%d" % (d, m, y)
    return "%d-%02d-%02d" % (y, m, d)


def gen_expiry(spoken=False):
    m, y = R.randint(1, 12), R.randint(25, 32)
    if spoken:
        st = R.random()
        if st < .4:
            return "%s %s" % (say_digits("%02d" % m, False), say_pair(str(y), True))
        if st < .7:
            return "%s twenty %s" % (MONTHS[m - 1], say_pair(str(y), True))
        return "%s %s" % (MONTHS[m - 1], say_pair(str(y), True))
    return R.choice(["%02d/%02d" % (m, y), "%02d/20%02d" % (m, y), "%d/%02d" % (m, y),
                     "%02d-%02d" % (m, y), "%02d / %02d" % (m, y), "%s %d" % (MON3[m - 1].title(), 2000 + y)])


def gen_cvv(amex=False):
    return rdig(4) if amex else rdig(3)

# ---------------------------------------------------------------- case templates

ORGS = {"banking": ["Northgate Bank", "Harbour Credit Union", "AIB-style current account team"],
        "telecom": ["Vireo Mobile", "ClearLine Broadband"], "utilities": ["BrightSpark Energy", "Aqua Water"],
        "retail": ["Hollis & Lane", "ShopDirect"], "insurance": ["Sentinel Insurance", "CoverWell"],
        "travel": ["SkyLark Air", "EuroRail Tours"], "healthcare": ["St Brendan's Billing", "MedPay US"],
        "government": ["Vehicle Licensing", "Revenue Services"]}


def org():
    ind = R.choice(sorted(ORGS))
    return ind, R.choice(ORGS[ind])


def tv(c, typ, text, canon=None, frag=False):
    return V(typ, text, canon if canon is not None else text, c.key(), "typed", frag)


def sv(c, typ, text, canon=None, frag=False):
    return V(typ, text, canon if canon is not None else text, c.key(), "spoken", frag)


def SIG(c, name=None):
    """Email signature with phone + email."""
    name = name or (R.choice(FIRST).title() + " " + R.choice(LAST).title())
    canon, ph = gen_phone()
    em = gen_email()
    return ["\n\n--\n%s\n%s " % (name, R.choice(["Mob:", "M:", "Tel.", "Phone -", "📱"])),
            tv(c, "PHONE", ph, canon), "\n", tv(c, "EMAIL", fmt_email_typed(em), em)]


def spoken_card_turns(c, card, key, nturns):
    g = card_groups(card)
    chunks = [[] for _ in range(nturns)]
    for i, x in enumerate(g):
        chunks[min(i * nturns // len(g), nturns - 1)].append(x)
    out = []
    for ch in chunks:
        txt = join_fill([say_group(x, True) for x in ch], .3)
        out.append(V("CARD_NUMBER", txt, "".join(ch), key, "spoken"))
    return out


# ----- card positives

def p_card_chat():
    ind, o = org()
    c = Case("chat: typed card with label, expiry and cvv (%s)" % ind)
    card = gen_card()
    lab = R.choice(["card no:", "Card number -", "cc#", "long number on card is", "card:", "the card is",
                    "CARD NO.", "pan"])
    segs = ["%s %s " % (R.choice(["hiya", "Hi,", "hello", "ok so", "right"]), lab), tv(c, "CARD_NUMBER", fmt_card(card), card)]
    if R.random() < .7:
        segs += [R.choice([" exp ", " expiry: ", ", expires ", " valid thru ", " exp. "]),
                 tv(c, "EXPIRY", gen_expiry())]
    if R.random() < .6:
        segs += [R.choice([" cvv ", " and the 3 digits on back are ", " sec code: ", " CVC "]),
                 tv(c, "CVV", gen_cvv(len(card) == 15))]
    c.turn("agent", "Welcome to %s chat, how can I help today?" % o)
    c.turn("customer", R.choice(["i want to pay my bill", "need to update payment method pls",
                                 "can i pay the outstanding £%d.%02d" % (R.randint(5, 900), R.randint(0, 99))]))
    c.turn("agent", "Sure, please type the card details below.")
    c.turn("customer", *segs)
    c.turn("agent", "Thanks, processing now. That's gone through, reference %s." % rdig(8))
    return c


def p_card_webform():
    c = Case("web form paste: multi-line card block with postcode")
    card = gen_card()
    pc, _ = gen_postcode()
    name = R.choice(FIRST).title() + " " + R.choice(LAST).title()
    c.turn("customer", "Form submission (payment update)\nName on card: %s\nCard Number: " % name,
           tv(c, "CARD_NUMBER", fmt_card(card), card), "\nExpiry (MM/YY): ", tv(c, "EXPIRY", gen_expiry()),
           "\nSecurity code: ", tv(c, "CVV", gen_cvv(len(card) == 15)),
           "\nBilling postcode: ", tv(c, "POSTCODE", fmt_postcode(pc), pc),
           "\nAmount: £%d.00\nSubmitted: %02d:%02d" % (R.randint(10, 500), R.randint(0, 23), R.randint(0, 59)))
    c.turn("agent", "Auto-reply: we received your form, ticket #%s." % rdig(7))
    return c


def p_card_split_msgs():
    c = Case("chat/SMS: card number broken across several messages")
    card = gen_card()
    g = card_groups(card)
    k = c.key()
    cut = R.randint(1, len(g) - 1)
    c.turn("agent", "Can you send the long card number please?")
    c.turn("customer", R.choice(["", "its ", "ok ", "sure "]), V("CARD_NUMBER", " ".join(g[:cut]), "".join(g[:cut]), k))
    c.turn("agent", R.choice(["ok", "mhm go on", "yep", "...", "got that, next bit?"]))
    c.turn("customer", V("CARD_NUMBER", R.choice([" ", "-"]).join(g[cut:]), "".join(g[cut:]), k),
           R.choice(["", " sorry phone died", " thats it", " x"]))
    return c


def p_card_lines():
    c = Case("email: card number wrapped over two lines, with signature")
    card = gen_card()
    g = card_groups(card)
    cut = R.randint(1, len(g) - 1)
    txt = " ".join(g[:cut]) + R.choice(["\n", " \n", "\r\n"]) + " ".join(g[cut:])
    c.turn("customer", "Subject: Re: outstanding balance\n\nHello,\nplease take the £%d from my card\n" % R.randint(20, 600),
           tv(c, "CARD_NUMBER", txt, card), "\nexp ", tv(c, "EXPIRY", gen_expiry()), "\nThanks", *SIG(c))
    return c


def p_card_quoted():
    c = Case("email thread: card in quoted previous message plus new message")
    card = gen_card()
    g = fmt_card(card)
    c.turn("customer", "I already sent it!! see below\n\n> On %d %s, I wrote:\n> my card is " % (
        R.randint(1, 28), MONTHS[R.randint(0, 11)].title()), tv(c, "CARD_NUMBER", g, card),
        "\n> please charge the annual renewal\n", *SIG(c))
    c.turn("agent", "Apologies, our system flags card numbers in email. Please never send them this way.")
    return c


def p_card_asr():
    ind, o = org()
    c = Case("call ASR: card read in chunks over several turns, agent read-back (%s)" % ind)
    card = gen_card()
    k = c.key()
    n = R.choice([2, 3, 3, 4])
    parts = spoken_card_turns(c, card, k, n)
    c.turn("agent", "thank you for calling %s, um can i take the long number on the card" % o.lower())
    for i, p in enumerate(parts):
        lead = R.choice(["", "yeah it's ", "okay ", "so ", "right ", "uh "]) if i == 0 else R.choice(["", "then ", "and ", "uh "])
        c.turn("customer", lead, p)
        if i < len(parts) - 1:
            c.turn("agent", R.choice(["mhm", "go on", "yep", "okay", "uh huh", "mhm yeah"]))
    if R.random() < .7:
        k2 = c.key()
        rb = " ".join(say_digits(x, R.random() < .5) for x in card_groups(card))
        c.turn("agent", "let me just read that back ", V("CARD_NUMBER", rb, card, k2, "spoken"), " is that right")
        c.turn("customer", R.choice(["yeah", "that's it", "yes correct", "yep"]))
    if R.random() < .6:
        c.turn("agent", "and the expiry")
        c.turn("customer", R.choice(["", "it's ", "uh "]), sv(c, "EXPIRY", gen_expiry(True)))
    if R.random() < .4:
        cv = gen_cvv(len(card) == 15)
        c.turn("agent", "and the three digits on the back")
        c.turn("customer", sv(c, "CVV", say_digits(cv), cv))
    return c


def p_card_restart():
    c = Case("call ASR: card reading restarted after a mistake; aside mid-reading")
    card = gen_card()
    g = card_groups(card)
    c.turn("agent", "go ahead with the card number when you're ready")
    k = c.key()
    c.turn("customer", sv(c, "CARD_NUMBER", say_digits(g[0]) + " " + say_digits(g[1][:2]), card, True),
           " no wait sorry that's the old card hang on ", R.choice(["", "(kids shouting) "]),
           "okay ", V("CARD_NUMBER", join_fill([say_group(x) for x in g[:2]]), "".join(g[:2]), k, "spoken"))
    c.turn("agent", "mhm")
    c.turn("customer", V("CARD_NUMBER", say_group(g[2]), g[2], k, "spoken"),
           R.choice([" sorry the light's bad in here ", " hold on i need my glasses um ", " just a sec "]),
           V("CARD_NUMBER", join_fill([say_group(x) for x in g[3:]]), "".join(g[3:]), k, "spoken"))
    c.turn("agent", "lovely thank you")
    return c


# ----- SSN / NI

def p_ssn_typed():
    ind, o = org()
    c = Case("typed US SSN (%s): chat/SMS/form" % ind)
    s = gen_ssn()
    st = R.random()
    if st < .33:
        c.turn("agent", "To verify, please provide your Social Security number.")
        c.turn("customer", R.choice(["ssn ", "SSN: ", "social is ", "its ", "my ss# is "]),
               tv(c, "SSN", fmt_ssn(s), s), R.choice(["", " thx", ". Thanks!"]))
    elif st < .66:
        c.turn("customer", "SMS from +1 (ext): Hi its %s, my SS no. " % R.choice(FIRST).title(),
               tv(c, "SSN", fmt_ssn(s), s), " and dob ", tv(c, "DOB", gen_dob()), " for the claim")
    else:
        c.turn("customer", "Patient Billing Form\nPatient: %s %s\nSSN: " % (R.choice(FIRST).title(), R.choice(LAST).title()),
               tv(c, "SSN", fmt_ssn(s), s), "\nDate of birth: ", tv(c, "DOB", gen_dob()),
               "\nAddress: ", tv(c, "ADDRESS", gen_address()), ", %s, " % R.choice(TOWNS),
               *(lambda z: [tv(c, "POSTCODE", z, z)])("%05d" % R.randint(1001, 99950)),
               "\nAmount due: $%d.%02d" % (R.randint(20, 3000), R.randint(0, 99)))
    return c


def p_ssn_asr():
    c = Case("call ASR: SSN read over turns with agent read-back")
    s = gen_ssn()
    k = c.key()
    c.turn("agent", "and for security can i get your social security number")
    if R.random() < .5:
        c.turn("customer", "yeah it's ", V("SSN", say_group(s[:3], True, R.choice(["digits", "hundreds"])), s[:3], k, "spoken"))
        c.turn("agent", R.choice(["mhm", "okay", "go ahead"]))
        c.turn("customer", V("SSN", join_fill([say_group(s[3:5], False), say_group(s[5:], True)], .4), s[3:], k, "spoken"))
    else:
        c.turn("customer", "sure um ", V("SSN", join_fill([say_group(s[:3]), say_group(s[3:5]), say_group(s[5:])], .4), s, k, "spoken"))
    c.turn("agent", "thank you so that's ", sv(c, "SSN", say_digits(s, False), s), " correct")
    c.turn("customer", R.choice(["correct", "yes", "yeah", "mhm yep"]))
    return c


def p_ni_typed():
    c = Case("typed UK NI number: chat/e-mail/form")
    n = gen_ni()
    st = R.random()
    if st < .4:
        c.turn("customer", R.choice(["NI no: ", "ni number ", "National Insurance: ", "my NINO is ", "nat ins - "]),
               tv(c, "NI_NUMBER", fmt_ni(n), n), R.choice(["", " cheers", ". dob ", ""]))
        if c.turns[-1][1][-1] == ". dob ":
            c.turns[-1][1].append(tv(c, "DOB", gen_dob()))
    elif st < .7:
        c.turn("agent", "Could you confirm your National Insurance number and date of birth?")
        c.turn("customer", tv(c, "NI_NUMBER", fmt_ni(n), n))
        c.turn("customer", tv(c, "DOB", gen_dob()))
    else:
        c.turn("customer", "Dear Sir/Madam,\n\nRe: my tax code\nNational Insurance Number: ",
               tv(c, "NI_NUMBER", fmt_ni(n), n), "\nI moved to ", tv(c, "ADDRESS", gen_address()),
               ", %s " % R.choice(TOWNS), *(lambda p: [tv(c, "POSTCODE", fmt_postcode(p), p)])(gen_postcode(False)[0]),
               " on %d %s %d.\n\nRegards" % (R.randint(1, 28), MONTHS[R.randint(0, 11)].title(), R.randint(2019, 2025)),
               *SIG(c))
    return c


def say_ni(n):
    return join_fill([say_letter(n[0], .5), say_letter(n[1], .5), say_group(n[2:4]), say_group(n[4:6]),
                      say_group(n[6:8]), say_letter(n[8], .5)], .2)


def p_ni_asr():
    c = Case("call ASR: NI number spelt with NATO/letters, split with back-channel")
    n = gen_ni()
    k = c.key()
    c.turn("agent", "can i take your national insurance number please")
    if R.random() < .5:
        c.turn("customer", "it's ", V("NI_NUMBER", say_letter(n[0], .6) + " " + say_letter(n[1], .6) + " " + say_group(n[2:5], True, "digits"), n[:5], k, "spoken"))
        c.turn("agent", R.choice(["mhm", "go on", "yep"]))
        c.turn("customer", V("NI_NUMBER", say_group(n[5:8], True, "digits") + " " + say_letter(n[8], .6), n[5:], k, "spoken"))
    else:
        c.turn("customer", R.choice(["yeah ", "okay it's ", "right so "]), V("NI_NUMBER", say_ni(n), n, k, "spoken"))
    if R.random() < .6:
        c.turn("agent", "so ", sv(c, "NI_NUMBER", " ".join([n[0].lower(), n[1].lower(), say_digits(n[2:8], False), n[8].lower()]), n), " yeah")
        c.turn("customer", "that's right")
    return c


# ----- bank, IBAN

def p_bank_typed():
    c = Case("pasted bank details (sort code + account) in chat/e-mail")
    s, a = gen_sort(), rdig(8)
    st = R.random()
    if st < .5:
        c.turn("customer", "copied from my banking app:\n", R.choice(["Sort code ", "S/C: ", "sort "]),
               tv(c, "SORT_CODE", fmt_sort(s), s), R.choice(["\nAccount ", "\nAcc no: ", " | acct ", "\nA/C "]),
               tv(c, "BANK_ACCOUNT", R.choice([a, a[:4] + " " + a[4:]]), a))
        c.turn("agent", "Thanks, the refund of £%d.%02d will land in 3-5 working days." % (R.randint(5, 400), R.randint(0, 99)))
    else:
        c.turn("customer", "Hi, pls refund to\n", tv(c, "SORT_CODE", fmt_sort(s), s), "\n",
               tv(c, "BANK_ACCOUNT", a, a), "\nnot the card ending %s" % rdig(4))
    return c


def p_bank_asr():
    c = Case("call ASR: sort code and account number spoken")
    s, a = gen_sort(), rdig(8)
    c.turn("agent", "what's the sort code")
    c.turn("customer", sv(c, "SORT_CODE", join_fill([say_group(s[i:i + 2], i == 4, R.choice(["digits", "pairs"])) for i in (0, 2, 4)]), s))
    c.turn("agent", "and the account number")
    k = c.key()
    c.turn("customer", V("BANK_ACCOUNT", say_group(a[:4], False), a[:4], k, "spoken"))
    c.turn("agent", "mhm")
    c.turn("customer", V("BANK_ACCOUNT", say_group(a[4:], True), a[4:], k, "spoken"))
    return c


def p_us_bank():
    c = Case("US billing: routing info and checking account number typed")
    a = rdig(R.randint(9, 12))
    c.turn("customer", "ACH form\nRouting: 0%s (bank routing, public)\nChecking acct #: " % rdig(8),
           tv(c, "BANK_ACCOUNT", a, a), "\nPhone: ", *(lambda p: [tv(c, "PHONE", p[1], p[0])])(gen_phone()))
    return c


def p_iban():
    ib = gen_iban()
    c = Case("IBAN for SEPA refund (%s)" % ib[:2])
    if R.random() < .6:
        c.turn("customer", R.choice(["IBAN: ", "my iban is ", "Please refund to IBAN ", "iban- "]),
               tv(c, "IBAN", fmt_iban(ib), ib), R.choice(["", "\nBIC: %sIE2D" % "".join(R.choice("ABCEFGH") for _ in range(4)), " thanks"]))
    else:
        k = c.key()
        g = [ib[i:i + 4] for i in range(0, len(ib), 4)]
        cut = R.randint(2, len(g) - 1)
        c.turn("customer", "iban ", V("IBAN", " ".join(g[:cut]), "".join(g[:cut]), k))
        c.turn("customer", V("IBAN", " ".join(g[cut:]), "".join(g[cut:]), k))
        c.turn("agent", "Thanks, got it.")
    return c


def p_iban_asr():
    ib = gen_iban()
    c = Case("call ASR: IBAN read out with letters")

    def say(chunk):
        return " ".join(say_letter(x, .4) if x.isalpha() else dword(x) for x in chunk)
    c.turn("agent", "can you read me the iban")
    k = c.key()
    c.turn("customer", V("IBAN", join_fill([say(ib[i:i + 4]) for i in range(0, 12, 4)]), ib[:12], k, "spoken"))
    c.turn("agent", "okay yep")
    c.turn("customer", V("IBAN", join_fill([say(ib[i:i + 4]) for i in range(12, len(ib), 4)]), ib[12:], k, "spoken"))
    return c


# ----- contact

def p_contact_typed():
    ind, o = org()
    c = Case("typed contact update: phone + email (%s)" % ind)
    canon, ph = gen_phone()
    em = gen_email()
    c.turn("customer", R.choice(["new mob ", "pls update my number to ", "Tel: ", "call me on "]),
           tv(c, "PHONE", ph, canon), R.choice([" and email ", "\nE-mail: ", " / ", ", email is "]),
           tv(c, "EMAIL", fmt_email_typed(em), em))
    c.turn("agent", "Done. We'll send a confirmation text in the next %d minutes." % R.randint(2, 30))
    return c


def p_contact_asr():
    c = Case("call ASR: email spelt out and phone number with plus")
    em = gen_email()
    canon, _ = _gen_phone()
    c.turn("agent", "what's the best email for you")
    c.turn("customer", "it's ", sv(c, "EMAIL", say_email(em), em))
    c.turn("agent", "and a contact number")
    cc = {"44": "four four", "353": "three five three", "1": "one", "49": "four nine", "33": "three three"}
    for pre, w in sorted(cc.items(), key=lambda x: -len(x[0])):
        if canon.startswith(pre):
            rest = canon[len(pre):]
            break
    lead = R.choice(["plus ", "plus ", "", "uh plus "])
    body = join_fill([say_group(rest[:3]), say_group(rest[3:6]), say_group(rest[6:])])
    if lead:
        c.turn("customer", lead, sv(c, "PHONE", w + " " + body, canon))
    else:
        c.turn("customer", "it's ", sv(c, "PHONE", "double oh " + w + " " + body, "00" + canon))
    return c


# ----- address / DOB

def p_address_typed():
    c = Case("typed address change with postcode/ZIP (chat or form)")
    us = R.random() < .35
    pc, _ = gen_postcode(us)
    c.turn("customer", R.choice(["new address is ", "Address:\n", "moving to ", "deliver to "]),
           tv(c, "ADDRESS", gen_address()), R.choice([",\n", ", ", "\n"]), R.choice(TOWNS),
           R.choice([", ", "\n", " "]), tv(c, "POSTCODE", fmt_postcode(pc), pc))
    c.turn("agent", "Thanks, your next bill on %d %s will go there." % (R.randint(1, 28), MONTHS[R.randint(0, 11)].title()))
    return c


def p_address_asr():
    c = Case("call ASR: first line of address and postcode spoken")
    us = R.random() < .3
    pc, _ = gen_postcode(us)
    c.turn("agent", "can you confirm the first line of the address and the postcode")
    c.turn("customer", "yeah it's ", sv(c, "ADDRESS", gen_address(True)), " in %s " % R.choice(TOWNS).lower(),
           sv(c, "POSTCODE", say_postcode(pc), pc))
    return c


def p_dob():
    c = Case("DOB verification typed or spoken")
    if R.random() < .5:
        c.turn("agent", "Please confirm your date of birth.")
        c.turn("customer", R.choice(["", "dob ", "DOB: ", "born "]), tv(c, "DOB", gen_dob()))
    else:
        c.turn("agent", "and your date of birth please")
        c.turn("customer", R.choice(["", "it's ", "uh "]), sv(c, "DOB", gen_dob(True)), R.choice(["", " yeah"]))
    c.turn("agent", "Thank you, you're verified. I can see the card ending %s on the account." % rdig(4))
    return c


def p_sms_mix():
    c = Case("SMS thread: several short messages with mixed PII and a masked card")
    em = gen_email()
    c.turn("customer", "hi its me again re order %s" % rdig(9))
    c.turn("customer", "card on file is ************%s but use new email " % rdig(4), tv(c, "EMAIL", em, em))
    c.turn("customer", "and dob ", tv(c, "DOB", gen_dob()))
    return c


POS = [(p_card_chat, 22), (p_card_webform, 12), (p_card_split_msgs, 12), (p_card_lines, 8),
       (p_card_quoted, 6), (p_card_asr, 14), (p_card_restart, 6),
       (p_ssn_typed, 18), (p_ssn_asr, 10), (p_ni_typed, 18), (p_ni_asr, 12),
       (p_bank_typed, 8), (p_bank_asr, 5), (p_us_bank, 4), (p_iban, 9), (p_iban_asr, 4),
       (p_contact_typed, 10), (p_contact_asr, 8), (p_address_typed, 10), (p_address_asr, 7),
       (p_dob, 8), (p_sms_mix, 6)]

# ---------------------------------------------------------------- negatives


def spoken_like_card(d):
    return join_fill([say_group(d[i:i + 4]) for i in range(0, len(d), 4)], .3)


def n_order_long():
    d = rdig(16)
    lab = R.choice(["Order no.", "order #", "Tracking number:", "Invoice ref", "Claim number", "Ticket ID",
                    "Serial No:", "Policy number", "Booking ref", "Consignment no."])
    c = Case("negative: long digit string with its label (%s)" % lab)
    c.turn("customer", "%s %s - still not arrived, it's been %d days" % (
        lab, R.choice([d, " ".join(d[i:i + 4] for i in range(0, 16, 4)), "-".join([d[:4], d[4:10], d[10:]])]), R.randint(3, 40)))
    c.turn("agent", "Sorry about that. I've escalated ticket %s, you'll hear back within %d hours." % (rdig(7), R.choice([24, 48, 72])))
    return c


def n_spoken_ref():
    d = rdig(R.choice([12, 16]))
    lab = R.choice(["reference number", "policy number", "claim reference", "meter serial", "account reference on the bill",
                    "booking reference", "case number"])
    c = Case("negative: reference spoken in groups like a card reading")
    c.turn("agent", "have you got the %s there" % lab)
    c.turn("customer", "yeah the %s is %s" % (lab, spoken_like_card(d)))
    c.turn("agent", "mhm lovely i've got that %s up now" % lab.split()[0])
    return c


def n_last_four():
    l4 = rdig(4)
    c = Case("negative: card last four only (typed, spoken or masked)")
    st = R.random()
    if st < .3:
        c.turn("customer", "I want to use the card ending %s please" % l4)
    elif st < .6:
        c.turn("agent", "is that the visa ending in %s" % say_digits(l4))
        c.turn("customer", "yeah the one ending %s" % say_digits(l4))
    elif st < .8:
        c.turn("customer", "Payment receipt\nCard: **** **** **** %s\nAmount: £%d.%02d\nAuth code: %s" % (
            l4, R.randint(1, 300), R.randint(0, 99), rdig(6)))
    else:
        c.turn("customer", "it says XXXX-XXXX-XXXX-%s declined at %02d:%02d?" % (l4, R.randint(0, 23), R.randint(0, 59)))
        c.turn("agent", "I can see the decline on the card ending %s, it was a fraud hold." % l4)
    return c


def n_amounts():
    c = Case("negative: amounts, balances, percentages")
    st = R.random()
    if st < .5:
        c.turn("agent", "Your balance is £%d.%02d and the minimum payment is £%d.00, APR %d.%d%%." % (
            R.randint(100, 9999), R.randint(0, 99), R.randint(5, 120), R.randint(9, 39), R.randint(0, 9)))
        c.turn("customer", "so if i pay %d a month for %d months thats %d total?" % (R.randint(50, 500), R.randint(3, 24), R.randint(1000, 12000)))
    else:
        c.turn("customer", "the bill says four hundred and %s pounds %s pence, last month was %s" % (
            R.choice(TEENS + ["twenty one", "thirty six", "eighty eight"]), R.choice(["fifty", "twelve", "ninety nine"]),
            R.choice(["three hundred and ten", "two hundred", "ninety four fifty"])))
        c.turn("agent", "yes that includes a %d%% price rise from april" % R.randint(3, 12))
    return c


def n_times():
    c = Case("negative: opening hours, times, durations, dates of appointments")
    c.turn("agent", R.choice([
        "We're open 8am-8pm Mon-Fri and 9:00-17:30 on Saturdays.",
        "Your engineer visit is booked for %d/%02d/2025 between 08:00 and 13:00." % (R.randint(1, 28), R.randint(1, 12)),
        "the wait time is about %d minutes, or we can call you back at %d thirty" % (R.randint(5, 45), R.randint(1, 9)),
        "your direct debit of £%d will be taken on the %s of each month" % (R.randint(20, 99), ordinal(R.randint(1, 28)))]))
    c.turn("customer", R.choice(["ok can you do the %s of %s instead" % (ordinal(R.randint(1, 28)), R.choice(MONTHS)),
                                 "fine, i'm free after 2:45", "i've been on hold for 1h 12m already",
                                 "contract ends %s %d so i'll wait" % (R.choice(MONTHS).title(), R.randint(2025, 2028))]))
    return c


def n_travel():
    c = Case("negative: flight, gate, seat, room numbers")
    c.turn("customer", R.choice([
        "Flight %s%d from gate B%d, seat %d%s, landing %02d:%02d" % (R.choice(["EI", "FR", "BA", "UA"]), R.randint(100, 9999),
                                                                     R.randint(1, 60), R.randint(1, 40), R.choice("ABCDEF"), R.randint(0, 23), R.randint(0, 59)),
        "we're in room %d at the hotel, booking %s" % (R.randint(100, 999), rdig(10)),
        "it's flight %s %s leaving at %s" % (R.choice(["ei", "ba"]), say_digits(rdig(3)), R.choice(["six forty", "ten fifteen"]))]))
    c.turn("agent", "Thanks, I can see %d passengers on that booking." % R.randint(1, 6))
    return c


def n_meter():
    c = Case("negative: meter readings / serials / model numbers")
    c.turn("customer", R.choice([
        "meter reading %s, serial %s%s" % (rdig(5), R.choice(["E", "K", "G4"]), rdig(8)),
        "the reading is %s" % join_fill([say_group(rdig(3)), say_group(rdig(2))]),
        "model no. %s-%s, IMEI not needed right? router serial %s" % (R.choice(["SR", "HH6", "WX"]), rdig(4), rdig(12)),
        "Gas: %s.%s m3 / Elec day: %s night: %s" % (rdig(5), rdig(1), rdig(5), rdig(5))]))
    c.turn("agent", "Great, that's %d units used since the last reading." % R.randint(100, 900))
    return c


def n_misc_numbers():
    c = Case("negative: ages, temperatures, counts, years, road names")
    c.turn("customer", R.choice([
        "my mum is %d and lives on %s, can she get the discount" % (R.randint(60, 95), R.choice(STREETS)),
        "the heating's stuck at %d degrees since %d" % (R.randint(12, 30), R.randint(2019, 2025)),
        "i've got %d phones and %d sims on the plan, used %d.%dGB" % (R.randint(1, 5), R.randint(1, 6), R.randint(1, 90), R.randint(0, 9)),
        "the shop on %s near the M%d said %d%% off" % (R.choice(STREETS), R.randint(1, 62), R.choice([10, 20, 25, 50])),
        "we've been customers since nineteen ninety %s" % R.choice(UNITS[1:])]))
    c.turn("agent", "Let me check that for you.")
    return c


def n_lookalike():
    c = Case("negative: labelled codes that look like PII formats")
    pre = "".join(R.choice("ABCEHJKLMNPRSTWXY") for _ in range(2))
    c.turn("customer", R.choice([
        "claim ref %s%s%s (not my NI no)" % (pre, rdig(6), R.choice("ABCD")),
        "voucher code %s-%s-%s" % (rdig(2), rdig(2), rdig(2)),
        "parcel locker pin %s, collection code %s" % (rdig(6), rdig(4)),
        "case ID %s-%s-%s" % (rdig(3), rdig(2), rdig(4)),
        "invoice INV-%d-%s, PO %s" % (R.randint(2021, 2025), rdig(7), rdig(10)),
        "order %s total $%d.%02d" % (rdig(13), R.randint(10, 999), R.randint(0, 99)),
        "Your one-time passcode is %s. It expires in %d minutes." % (rdig(6), R.randint(5, 15))]))
    c.turn("agent", "Thank you, I've found it.")
    return c


def n_masked():
    c = Case("negative: masked / redacted values in pasted text")
    c.turn("customer", R.choice([
        "statement shows SSN ***-**-%s, is that mine?" % rdig(4),
        "the letter had NI number XX XX XX XX %s blanked out" % R.choice("ABCD"),
        "Acct: ****%s  Sort: **-**-%s" % (rdig(4), rdig(2)),
        "email on file j******@g****.com apparently",
        "your app shows phone ending %s" % rdig(3)]))
    c.turn("agent", "Yes, we mask those for security.")
    return c


NEG = [(n_order_long, 14), (n_spoken_ref, 12), (n_last_four, 14), (n_amounts, 10), (n_times, 10),
       (n_travel, 8), (n_meter, 9), (n_misc_numbers, 9), (n_lookalike, 12), (n_masked, 8)]

# ---------------------------------------------------------------- build / check


def build():
    recs, metas = [], []
    for kind, table, tag in (("positive", POS, "pos"), ("negative", NEG, "neg")):
        plan = [f for f, n in table for _ in range(n)]
        R.shuffle(plan)
        for i, f in enumerate(plan, 1):
            c = f()
            rec, meta = render(c, "h459-%s-%03d" % (tag, i), kind)
            if kind == "negative":
                assert not rec["spans"]
            recs.append(rec)
            metas.append(meta)
    text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs)
    return text, recs, metas


def is_w(ch):
    return ch.isalnum()


def check(text, recs, metas):
    errs = []
    with open(OUT, encoding="utf-8") as fh:
        if fh.read() != text:
            errs.append("cases.jsonl is not byte-identical to regenerated output")
    ids = [r["id"] for r in recs]
    if len(set(ids)) != len(ids):
        errs.append("duplicate ids")
    for r, meta in zip(recs, metas):
        cid = r["id"]
        seen = {}
        for sp in r["spans"]:
            if sp["type"] not in TYPES:
                errs.append("%s bad type" % cid)
            t = r["turns"][sp["turn"]]["text"]
            a, b = sp["start"], sp["end"]
            if not (0 <= a < b <= len(t)):
                errs.append("%s offsets out of range" % cid); continue
            if not (is_w(t[a]) and is_w(t[b - 1]) and (a == 0 or not is_w(t[a - 1])) and (b == len(t) or not is_w(t[b]))):
                errs.append("%s span not on word boundary: %r" % (cid, t[max(0, a - 1):b + 1]))
            for (x, y) in seen.get(sp["turn"], []):
                if a < y and x < b:
                    errs.append("%s overlapping spans" % cid)
            seen.setdefault(sp["turn"], []).append((a, b))
        for key, rd in meta.items():
            txt = [r["turns"][ti]["text"][a:b] for ti, a, b in rd["parts"]]
            ctx = CTX[rd["type"]]
            if ctx is None:
                for x in txt:
                    if not validate(rd["type"], x):
                        errs.append("%s invalid %s %r" % (cid, rd["type"], x))
                continue
            try:
                f = norm_spoken if rd["mode"] == "spoken" else norm_typed
                got = "".join(f(x, ctx) for x in txt)
            except (ValueError, IndexError) as e:
                errs.append("%s normalise failed: %s" % (cid, e)); continue
            canon = rd["canon"]
            if rd["type"] == "PHONE" and rd["mode"] == "typed":
                canon = re.sub(r"[^0-9]", "", canon)
            ok = (got in canon) if rd["fragment"] else (got == canon)
            if not ok:
                errs.append("%s %s reading %r normalises to %r, expected %r" % (cid, rd["type"], txt, got, canon))
        for key, rd in meta.items():
            if CTX[rd["type"]] and not rd["fragment"] and not validate(rd["type"], rd["canon"] if rd["type"] != "PHONE" else re.sub(r"[^0-9]", "", rd["canon"])):
                errs.append("%s canonical %s invalid: %r" % (cid, rd["type"], rd["canon"]))
    return errs


def counts(recs):
    c = Counter(sp["type"] for r in recs for sp in r["spans"])
    k = Counter(r["kind"] for r in recs)
    return c, k


def main():
    text, recs, metas = build()
    if "--check" in sys.argv:
        errs = check(text, recs, metas)
        c, k = counts(recs)
        need = {t: 10 for t in TYPES}
        need.update(CARD_NUMBER=70, SSN=30, NI_NUMBER=30)
        for t, n in need.items():
            if c[t] < n:
                errs.append("too few %s spans: %d < %d" % (t, c[t], n))
        if k["positive"] < 200 or k["negative"] < 100:
            errs.append("too few cases: %s" % dict(k))
        for e in errs[:50]:
            print("ERROR:", e)
        print("cases: %s  spans: %s" % (dict(k), dict(sorted(c.items()))))
        if errs:
            print("CHECK FAILED (%d errors)" % len(errs))
            sys.exit(1)
        print("CHECK OK")
        return
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8", newline="") as fh:
        fh.write(text)
    c, k = counts(recs)
    print("wrote %s: %s  spans: %s" % (OUT, dict(k), dict(sorted(c.items()))))


if __name__ == "__main__":
    main()

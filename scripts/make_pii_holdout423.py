#!/usr/bin/env python3
"""Generate the pii_holdout423 held-out PII redaction evaluation set.

Standard library only.  Every turn is assembled from plain-text segments and
labelled value segments, so span offsets are computed, never typed.

    python scripts/make_pii_holdout423.py          # write cases.jsonl
    python scripts/make_pii_holdout423.py --check  # regenerate + validate
"""
import json
import os
import random
import re
import sys

R = random.Random(423241125)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "tests", "fixtures", "pii_holdout423", "cases.jsonl")

# ---------------------------------------------------------------- builders

class Case:
    def __init__(self, kind, note):
        self.kind, self.note = kind, note
        self.turns, self.spans, self.groups = [], [], {}
        self._g = 0

    def gid(self):
        self._g += 1
        return self._g

    def turn(self, speaker, *segs):
        text = ""
        for s in segs:
            if isinstance(s, str):
                text += s
            else:
                val, typ, g, chk = s
                st = len(text)
                text += val
                self.spans.append({"turn": len(self.turns), "start": st,
                                   "end": len(text), "type": typ})
                grp = self.groups.setdefault(g, [typ, chk, []])
                grp[2].append(len(self.spans) - 1)
        self.turns.append({"speaker": speaker, "text": text})
        return self

    def c(self, *segs):
        return self.turn("customer", *segs)

    def a(self, *segs):
        return self.turn("agent", *segs)


_GC = [0]


def V(text, typ, g=None, chk=True):
    if g is None:
        _GC[0] += 1
        g = "auto%d" % _GC[0]
    return (text, typ, g, chk)


def pick(*xs):
    return R.choice(xs)


def maybe(p=0.5):
    return R.random() < p


# ---------------------------------------------------------------- spoken numbers

UNIT = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEEN = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
        "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
FILLERS = ["um", "uh", "er", "erm", "umm", "uh"]


def dw(c, z):
    return z if c == "0" else UNIT[int(c)]


def say_seq(d, z="oh", dbl=0.4):
    out, i = [], 0
    while i < len(d):
        c, run = d[i], 1
        while i + run < len(d) and d[i + run] == c and run < 3:
            run += 1
        if run == 3 and R.random() < dbl:
            out.append("triple " + dw(c, z)); i += 3
        elif run >= 2 and R.random() < dbl:
            out.append("double " + dw(c, z)); i += 2
        else:
            out.append(dw(c, z)); i += 1
    return " ".join(out)


def say_pair(p, z="oh"):
    if p[0] == "0" or (p[0] != "1" and p[1] == "0"):
        return say_seq(p, z, 0.3)
    if p[0] == "1":
        return TEEN[int(p[1])]
    return TENS[int(p[0])] + " " + UNIT[int(p[1])]


def say_hundred(t, z="oh"):
    if t[0] == "0" or t[1:] == "00" or (t[1] not in "01" and t[2] == "0"):
        return say_seq(t, z)
    rest = UNIT[int(t[2])] if t[1] == "0" else say_pair(t[1:], z)
    return UNIT[int(t[0])] + " hundred " + pick("and ", "and ", "") + rest


def say_group(g, z, style):
    if style == "pairs" and len(g) % 2 == 0:
        return " ".join(say_pair(g[i:i + 2], z) for i in range(0, len(g), 2))
    if style == "pairs" and len(g) == 3:
        return say_hundred(g, z)
    return say_seq(g, z)


def say_groups(groups, z=None, style=None, fill=0.15, sep=None):
    z = z or pick("oh", "oh", "zero", "nought", "o")
    parts = []
    for g in groups:
        st = style or pick("seq", "seq", "seq", "pairs")
        s = say_group(g, z, st)
        if R.random() < fill and parts:
            s = R.choice(FILLERS) + " " + s
        parts.append(s)
    s = sep if sep is not None else pick(" ", ", ", " ", "... ")
    return s.join(parts)


def chunks(d, sizes):
    out, i = [], 0
    for n in sizes:
        out.append(d[i:i + n]); i += n
    if i < len(d):
        out.append(d[i:])
    return [x for x in out if x]


NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo",
        "f": "foxtrot", "g": "golf", "h": "hotel", "i": "india", "j": "juliet",
        "k": "kilo", "l": "lima", "m": "mike", "n": "november", "o": "oscar",
        "p": "papa", "q": "quebec", "r": "romeo", "s": "sierra", "t": "tango",
        "u": "uniform", "v": "victor", "w": "whiskey", "x": "x-ray", "y": "yankee",
        "z": "zulu"}
FOLK = {"a": "apple", "b": "bertie", "c": "charlie", "d": "david", "e": "edward",
        "g": "george", "h": "harry", "j": "john", "k": "king", "l": "london",
        "m": "mother", "n": "nellie", "p": "peter", "r": "robert", "s": "sugar",
        "t": "tommy", "w": "william", "x": "xmas", "y": "yellow", "z": "zebra"}


def say_letter(ch, mode):
    ch = ch.lower()
    if mode == "nato":
        return ch + pick(" for ", " as in ") + NATO[ch]
    if mode == "folk" and ch in FOLK:
        return ch + pick(" for ", " as in ") + FOLK[ch]
    if mode == "bare_nato":
        return NATO[ch]
    return ch


def say_alnum(s, lmode=None, z=None):
    """Speak a mixed letter/digit string such as an NI number or postcode."""
    z = z or pick("oh", "zero", "nought")
    lmode = lmode or pick("plain", "plain", "nato", "folk")
    out, buf = [], ""
    for ch in s:
        if ch.isdigit():
            buf += ch
            continue
        if buf:
            out.append(say_seq(buf, z, 0.3)); buf = ""
        if ch.isalpha():
            out.append(say_letter(ch, lmode))
    if buf:
        out.append(say_seq(buf, z, 0.3))
    return " ".join(out)


# ---------------------------------------------------------------- normaliser

W2D = {w: str(i) for i, w in enumerate(UNIT)}
W2D.update({"oh": "0", "o": "0", "nought": "0", "naught": "0"})
T2D = {w: str(10 + i) for i, w in enumerate(TEEN)}
X2D = {w: str(i) for i, w in enumerate(TENS) if w}
FILL = {"um", "uh", "er", "erm", "umm", "ah", "hmm", "and", "plus", "slash",
        "dash", "hyphen", "space"}
NATO_R = {v.replace("-", ""): k.upper() for k, v in NATO.items()}


def norm(text, letters=False):
    """Return digits/uppercase-letters string, or None if a word is unknown."""
    toks = re.findall(r"[a-z]+|\d+", text.lower().replace("x-ray", "xray"))
    if letters and re.search(r"\d", text):   # typed form: every letter is a letter
        return "".join(t.upper() for t in toks)
    out, i, n = "", 0, len(toks)
    while i < n:
        w = toks[i]
        nx = toks[i + 1] if i + 1 < n else None
        if w.isdigit():
            out += w; i += 1
        elif letters and len(w) == 1 and nx in ("for", "as"):
            out += w.upper()
            i += 3 if nx == "for" else 4
        elif w in ("double", "triple") and nx in W2D:
            out += W2D[nx] * (2 if w == "double" else 3); i += 2
        elif w in W2D:
            if nx == "hundred":
                h = W2D[w]; i += 2
                if i < n and toks[i] == "and":
                    i += 1
                a = toks[i] if i < n else None
                b = toks[i + 1] if i + 1 < n else None
                if a in T2D:
                    out += h + T2D[a]; i += 1
                elif a in X2D:
                    if b in W2D and b not in ("zero", "oh", "o", "nought"):
                        out += h + X2D[a] + W2D[b]; i += 2
                    else:
                        out += h + X2D[a] + "0"; i += 1
                elif a in W2D:
                    out += h + "0" + W2D[a]; i += 1
                else:
                    out += h + "00"
            else:
                out += W2D[w]; i += 1
        elif w in T2D:
            out += T2D[w]; i += 1
        elif w in X2D:
            if nx in W2D and nx not in ("zero", "oh", "o", "nought"):
                out += X2D[w] + W2D[nx]; i += 2
            else:
                out += X2D[w] + "0"; i += 1
        elif w in FILL:
            i += 1
        elif letters and w in NATO_R:
            out += NATO_R[w]; i += 1
        elif letters and len(w) <= 4 and w != "for" and not (w == "as" and nx == "in"):
            out += w.upper(); i += 1
        else:
            return None
    return out


def luhn_ok(d):
    s = 0
    for i, c in enumerate(reversed(d)):
        k = int(c)
        if i % 2:
            k *= 2
            if k > 9:
                k -= 9
        s += k
    return s % 10 == 0


def mod97(s):
    s = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97


MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
MON3 = [m[:3] for m in MONTHS]
STREET_SFX = ["street", "st", "road", "rd", "lane", "ln", "avenue", "ave", "drive",
              "dr", "close", "crescent", "way", "court", "gardens", "terrace", "place",
              "grove", "boulevard", "blvd", "row", "walk", "hill", "park", "square"]


def has_month(t):
    ws = re.findall(r"[a-z]+", t.lower())
    return any(w in MONTHS or w in MON3 or w == "sept" for w in ws)


def v_date(t, need_day):
    tl = t.lower()
    if has_month(tl):
        return bool(re.search(r"\d", tl)) or any(w in W2D or w in T2D or w in X2D for w in re.findall(r"[a-z]+", tl))
    typed = re.fullmatch(r"\d{1,4}\s*[/.\-]\s*\d{1,2}\s*[/.\-]\s*\d{1,4}", tl.strip())
    if typed and need_day:
        a, b, c = [int(x) for x in re.findall(r"\d+", tl)]
        if a > 31:
            a, c = c, a
        return (1 <= a <= 31 and 1 <= b <= 12) or (1 <= a <= 12 and 1 <= b <= 31)
    d = norm(re.sub(r"[/.\-]", " ", tl))
    if d is None:
        return False
    if need_day:
        if len(d) == 8:
            cands = [(d[:2], d[2:4]), (d[2:4], d[:2]), (d[6:], d[4:6])]
        elif len(d) == 6:
            cands = [(d[:2], d[2:4]), (d[2:4], d[:2])]
        else:
            return False
        return any(1 <= int(a) <= 31 and 1 <= int(b) <= 12 for a, b in cands)
    return len(d) in (4, 6) and 1 <= int(d[:2]) <= 12


def v_email(t):
    tl = t.lower().strip()
    if "@" not in tl:
        toks = tl.split()
        rep = {"dot": ".", "at": "@", "underscore": "_", "dash": "-", "hyphen": "-"}
        tl = "".join(rep.get(w, w) for w in toks)
    return re.fullmatch(r"[a-z0-9][a-z0-9._+\-]*@[a-z0-9\-]+(\.[a-z0-9\-]+)+", tl) is not None


def v_address(t):
    tl = t.lower()
    ws = re.findall(r"[a-z]+", tl)
    num = re.search(r"\d", tl) or any(w in W2D or w in T2D or w in X2D for w in ws)
    return bool(num) and any(w in STREET_SFX for w in ws)


def validate(typ, text):
    if typ == "CARD_NUMBER":
        d = norm(text); return bool(d) and d.isdigit() and 13 <= len(d) <= 19 and luhn_ok(d)
    if typ == "CVV":
        d = norm(text); return bool(d) and d.isdigit() and len(d) in (3, 4)
    if typ == "SSN":
        d = norm(text); return bool(d) and d.isdigit() and len(d) == 9
    if typ == "NI_NUMBER":
        d = norm(text, True); return bool(d) and re.fullmatch(r"[A-Z]{2}\d{6}[A-D]", d) is not None
    if typ == "BANK_ACCOUNT":
        d = norm(text); return bool(d) and d.isdigit() and 6 <= len(d) <= 17
    if typ == "SORT_CODE":
        d = norm(text); return bool(d) and d.isdigit() and len(d) == 6
    if typ == "IBAN":
        d = norm(text, True)
        return bool(d) and re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", d) is not None and mod97(d) == 1
    if typ == "PHONE":
        d = norm(text); return bool(d) and d.isdigit() and 9 <= len(d) <= 15
    if typ == "EMAIL":
        return v_email(text)
    if typ == "DOB":
        return v_date(text, True)
    if typ == "EXPIRY":
        return v_date(text, False)
    if typ == "POSTCODE":
        d = norm(text, True)
        return bool(d) and (re.fullmatch(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}", d) is not None
                            or re.fullmatch(r"\d{5}(\d{4})?", d) is not None)
    if typ == "ADDRESS":
        return v_address(text)
    return False


# ---------------------------------------------------------------- value makers

def luhn_complete(prefix, length):
    d = prefix + "".join(R.choice("0123456789") for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(d + c):
            return d + c


def gen_card():
    kind = R.choice(["visa", "visa", "visa", "mc", "mc", "amex", "disc", "visa13", "maestro19"])
    if kind == "visa":
        return luhn_complete("4" + R.choice(["929", "539", "111", "485", "658", "000", "751"]), 16), kind
    if kind == "mc":
        return luhn_complete(R.choice(["51", "52", "53", "54", "55", "2221", "2720"]), 16), kind
    if kind == "amex":
        return luhn_complete(R.choice(["34", "37"]), 15), kind
    if kind == "disc":
        return luhn_complete("6011", 16), kind
    if kind == "visa13":
        return luhn_complete("4", 13), kind
    return luhn_complete(R.choice(["6759", "6763"]), 19), kind


def card_groups(d):
    if len(d) == 15:
        return chunks(d, [4, 6, 5])
    if len(d) == 13:
        return chunks(d, [4, 3, 3, 3])
    return chunks(d, [4, 4, 4, 4, 3])


def card_typed(d):
    g = card_groups(d)
    f = R.randrange(6)
    if f == 0:
        return d
    if f == 1:
        return " ".join(g)
    if f == 2:
        return "-".join(g)
    if f == 3:
        return "  ".join(g)
    if f == 4 and len(d) == 16:
        return " ".join(chunks(d, [2, 6, 4, 4]))   # odd grouping
    return ".".join(g) if maybe(0.3) else " ".join(g)


def gen_ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


NI1 = "ABCEGHJKLMNPRSTWXYZ"
NI2 = "ABCEGHJKLMNPRSTWXYZ"


def gen_ni():
    while True:
        p = R.choice(NI1) + R.choice(NI2)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + "".join(R.choice("0123456789") for _ in range(6)) + R.choice("ABCD")


def ni_typed(n):
    f = R.randrange(5)
    if f == 0:
        return n
    if f == 1:
        return "%s %s %s %s %s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8])
    if f == 2:
        return n.lower()
    if f == 3:
        return "%s%s %s" % (n[:2], n[2:8], n[8])
    return "%s-%s-%s-%s-%s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8])


def gen_iban():
    c = R.choice(["GB", "GB", "IE", "DE", "FR", "ES", "NL", "IT"])
    dg = lambda k: "".join(R.choice("0123456789") for _ in range(k))
    if c in ("GB", "IE"):
        bban = R.choice(["NWBK", "BARC", "LOYD", "HBUK", "AIBK", "BOFI", "MONZ"]) + dg(14)
    elif c == "DE":
        bban = dg(18)
    elif c == "FR":
        bban = dg(23)
    elif c == "ES":
        bban = dg(20)
    elif c == "NL":
        bban = R.choice(["ABNA", "INGB", "RABO", "TRIO"]) + dg(10)
    else:
        bban = R.choice("ABCDEHLMPRSTWXYZ") + dg(10) + dg(12)
    chk = 98 - mod97(c + "00" + bban)
    return "%s%02d%s" % (c, chk, bban)


def iban_typed(s):
    f = R.randrange(4)
    if f == 0:
        return s
    g = " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    if f == 1:
        return g
    if f == 2:
        return g.lower()
    return s[:4] + " " + s[4:]


def gen_phone():
    r = R.randrange(10)
    dg = lambda k: "".join(R.choice("0123456789") for _ in range(k))
    if r <= 2:
        m = "7" + R.choice("3456789") + dg(8)
        t = R.randrange(6)
        forms = ["0%s %s" % (m[:4], m[4:]), "0%s" % m, "+44 %s %s" % (m[:4], m[4:]),
                 "+44 (0)%s %s" % (m[:4], m[4:]), "0044 %s %s %s" % (m[:4], m[4:7], m[7:]),
                 "0%s-%s-%s" % (m[:4], m[4:7], m[7:])]
        return forms[t], "0" + m, "uk_mob"
    if r == 3:
        a = R.choice(["113", "161", "121", "131", "141", "117", "1632"])
        rest = dg(10 - len(a))
        return "0%s %s %s" % (a, rest[:3], rest[3:]), "0" + a + rest, "uk_land"
    if r <= 6:
        a, e, x = str(R.randint(201, 989)), str(R.randint(200, 999)), dg(4)
        forms = ["%s-%s-%s" % (a, e, x), "%s.%s.%s" % (a, e, x), "+1 %s %s %s" % (a, e, x),
                 "1-%s-%s-%s" % (a, e, x), "%s %s %s" % (a, e, x), "+1-%s-%s-%s" % (a, e, x)]
        return R.choice(forms), a + e + x, "us"
    if r <= 8:
        p = R.choice(["85", "86", "87", "89", "83"]) + dg(7)
        forms = ["0%s %s %s" % (p[:2], p[2:5], p[5:]), "+353 %s %s %s" % (p[:2], p[2:5], p[5:]),
                 "0%s" % p, "00353 %s %s" % (p[:2], p[2:])]
        return R.choice(forms), "0" + p, "ie"
    forms = [("+33 6 %s %s %s %s" % (dg(2), dg(2), dg(2), dg(2))), ("+49 151 %s" % dg(8)),
             ("+34 6%s %s %s" % (dg(2), dg(3), dg(3))), ("+31 6 %s" % dg(8))]
    f = R.choice(forms)
    return f, re.sub(r"\D", "", f), "eu"


def PH(ph):
    """Phone value segments: a leading '+' stays outside the span (span starts at first digit)."""
    if ph.startswith("+"):
        return ["+", V(ph[1:], "PHONE")]
    return [V(ph, "PHONE")]


def phone_spoken(digits):
    z = pick("oh", "oh", "zero", "o")
    if digits.startswith("07") and len(digits) == 11:
        g = chunks(digits, [5, 3, 3]) if maybe() else chunks(digits, [5, 6])
    elif len(digits) == 10 and not digits.startswith("0"):
        g = chunks(digits, [3, 3, 4])
    else:
        g = chunks(digits, [3, 3, 4])
    return say_groups(g, z=z, fill=0.1)


FIRST = ["sarah", "james", "aoife", "mohammed", "priya", "liam", "olivia", "tom", "grace",
         "daniel", "siobhan", "kwame", "emma", "raj", "chloe", "sean", "lucy", "marek",
         "fatima", "connor", "jess", "wei", "hannah", "oisin", "megan", "carlos"]
LAST = ["smith", "obrien", "patel", "jones", "murphy", "nguyen", "williams", "kowalski",
        "taylor", "brennan", "khan", "garcia", "evans", "walsh", "okafor", "hughes",
        "reilly", "johnson", "davies", "byrne", "chen", "mcdonald"]
DOMAINS = ["gmail.com", "hotmail.co.uk", "yahoo.com", "outlook.com", "icloud.com",
           "btinternet.com", "eircom.net", "aol.com", "proton.me", "sky.com", "live.ie"]
STREETS = ["hollybush", "market", "kings", "church", "station", "victoria", "mill",
           "oak", "maple", "elm", "park", "high", "chapel", "willow", "beech", "orchard",
           "queens", "albert", "main", "cedar", "riverside", "grange", "meadow", "castle"]
SFX = ["Street", "Road", "Lane", "Avenue", "Drive", "Close", "Crescent", "Way", "Court",
       "Gardens", "Terrace", "Grove", "St", "Rd", "Ave"]
UK_TOWNS = ["Leeds", "Manchester", "Bristol", "Cardiff", "Glasgow", "Nottingham", "Reading",
            "Oxford", "Norwich", "Exeter", "Belfast", "Sheffield"]
US_TOWNS = [("Springfield", "IL"), ("Austin", "TX"), ("Columbus", "OH"), ("Tacoma", "WA"),
            ("Raleigh", "NC"), ("Tucson", "AZ"), ("Albany", "NY")]
IE_TOWNS = ["Cork", "Galway", "Limerick", "Dublin 8", "Waterford"]
AREAS = ["SW", "LS", "EH", "CF", "BS", "NG", "RG", "M", "B", "L", "G", "E", "N", "W",
         "S", "NR", "EX", "BT", "GU", "KT", "CB", "SE", "NW", "TW"]
INW = "ABDEFGHJLNPQRSTUWXYZ"


def gen_postcode_uk():
    a = R.choice(AREAS)
    out = a + str(R.randint(1, 9 if len(a) == 2 else 20))
    return out + " " + str(R.randint(0, 9)) + R.choice(INW) + R.choice(INW)


def gen_email():
    f, l = R.choice(FIRST), R.choice(LAST)
    user = R.choice([f + "." + l, f[0] + l, f + l + str(R.randint(1, 99)), f + "_" + l,
                     l + "." + f[0], f + str(R.randint(70, 99))])
    return user, R.choice(DOMAINS)


def email_spoken(user, dom):
    def sp(part):
        bits = re.split(r"([._\d]+)", part)
        out = []
        for b in bits:
            if not b:
                continue
            if b == ".":
                out.append("dot")
            elif b == "_":
                out.append("underscore")
            elif b.isdigit():
                out.append(b)   # ASR usually writes digits in addresses
            elif len(b) == 1:
                out.append(b)
            elif maybe(0.15):
                out.append(" ".join(b))
            else:
                out.append(b)
        return " ".join(out)
    return sp(user) + " at " + " dot ".join(dom.split("."))


def gen_address(country="uk"):
    n = R.choice([str(R.randint(1, 240)), str(R.randint(1, 99)) + R.choice("ab"),
                  str(R.randint(1, 60))])
    if country == "us":
        n = str(R.randint(100, 9899))
    st = R.choice(STREETS).title() + " " + R.choice(SFX)
    base = n + " " + st
    r = R.randrange(6)
    if r == 0 and country != "us":
        return "Flat %d, %s" % (R.randint(1, 12), base), n, st
    if r == 1 and country == "us":
        return base + " Apt %d%s" % (R.randint(1, 30), R.choice(["", "B", "C"])), n, st
    return base, n, st


def address_spoken(country="uk"):
    st = R.choice(STREETS) + " " + R.choice(["street", "road", "lane", "avenue", "drive", "close", "way", "crescent"])
    n = str(R.randint(1, 199)) if country != "us" else str(R.randint(100, 4999))
    if len(n) == 4:
        sn = say_pair(n[:2]) + " " + say_pair(n[2:])
    elif len(n) == 3:
        sn = say_hundred(n) if maybe(0.6) else say_seq(n)
    elif len(n) == 2:
        sn = say_pair(n)
    else:
        sn = UNIT[int(n)]
    if country == "uk" and maybe(0.25):
        return "flat " + UNIT[R.randint(1, 9)] + ", " + sn + " " + st
    return sn + " " + st


def gen_dob():
    y, m, d = R.randint(1938, 2005), R.randint(1, 12), R.randint(1, 28)
    return y, m, d


ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
       "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
       "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty first", "twenty second",
       "twenty third", "twenty fourth", "twenty fifth", "twenty sixth", "twenty seventh",
       "twenty eighth"]


def suffix(d):
    return "th" if 11 <= d <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")


def say_year(y):
    if y >= 2000:
        return pick("two thousand and ", "two thousand ") + (UNIT[y - 2000] if y < 2010 else say_pair(str(y)[2:]))
    return "nineteen " + say_pair(str(y)[2:])


def dob_typed(y, m, d, us=False):
    f = R.randrange(7)
    if f == 0:
        return ("%02d/%02d/%d" % (m, d, y)) if us else ("%02d/%02d/%d" % (d, m, y))
    if f == 1:
        return "%d%s %s %d" % (d, suffix(d), MONTHS[m - 1].title(), y)
    if f == 2:
        return "%s %d, %d" % (MONTHS[m - 1].title(), d, y)
    if f == 3:
        return "%d-%02d-%02d" % (y, m, d)
    if f == 4:
        return ("%d/%d/%02d" % (m, d, y % 100)) if us else ("%d.%d.%02d" % (d, m, y % 100))
    if f == 5:
        return "%d %s %d" % (d, MON3[m - 1].title(), y)
    return ("%02d-%02d-%d" % (m, d, y)) if us else ("%02d-%02d-%d" % (d, m, y))


def dob_spoken(y, m, d, us=False):
    f = R.randrange(5)
    if f == 0:
        return "the %s of %s %s" % (ORD[d], MONTHS[m - 1], say_year(y))
    if f == 1:
        return "%s %s %s" % (MONTHS[m - 1], ORD[d], say_year(y))
    if f == 2:
        dd, mm = "%02d" % d, "%02d" % m
        a, b = (mm, dd) if us else (dd, mm)
        z = pick("oh", "zero")
        return "%s %s %s" % (say_pair(a, z), say_pair(b, z), say_pair(str(y)[2:], z)) if y < 2000 else \
            "%s %s %s" % (say_pair(a, z), say_pair(b, z), say_year(y))
    if f == 3:
        return "%s of %s, um, %s" % (ORD[d], MONTHS[m - 1], say_year(y))
    return "%s %s %s" % (ORD[d], MONTHS[m - 1], say_pair(str(y)[2:]) if y < 2000 else say_year(y))


def gen_exp():
    return R.randint(1, 12), R.randint(25, 31)


def exp_typed(m, y):
    return R.choice(["%02d/%d" % (m, y), "%02d/20%d" % (m, y), "%02d-%d" % (m, y),
                     "%s %d" % (MON3[m - 1].title(), 2000 + y), "%02d / %d" % (m, y), "%02d%d" % (m, y)])


def exp_spoken(m, y):
    mm = "%02d" % m
    return R.choice([say_pair(mm, pick("oh", "zero")) + " " + say_pair(str(y)),
                     say_pair(mm, "oh") + " slash " + say_pair(str(y)),
                     MONTHS[m - 1] + " " + yw(y),
                     MONTHS[m - 1] + " twenty " + yw(y)])


def yw(y):
    return TENS[y // 10] if y % 10 == 0 else say_pair(str(y))


# ---------------------------------------------------------------- context

INDUSTRY = {
    "banking": ("Northgate Bank", "UK"), "telecom": ("Vantel Mobile", "UK"),
    "utilities": ("Brightwater Energy", "UK"), "retail": ("Homestead Direct", "US"),
    "insurance": ("Clearcover Insurance", "IE"), "travel": ("Skyline Holidays", "UK"),
    "healthcare": ("Mercy Health Billing", "US"), "government": ("Revenue Services", "UK"),
    "bank_ie": ("Liffey Credit Union", "IE"), "telecom_us": ("Pinecrest Wireless", "US"),
    "eu_retail": ("Nordmarkt Online", "EU"),
}


def ind():
    k = R.choice(list(INDUSTRY))
    return k, INDUSTRY[k][0], INDUSTRY[k][1]


def greet(co):
    return R.choice(["thank you for calling %s my name is %s how can i help" % (co.lower(), R.choice(FIRST)),
                     "hi you're through to %s, %s speaking" % (co.lower(), R.choice(FIRST)),
                     "good morning %s billing team how can i help you today" % co.lower(),
                     "hello, %s, you're speaking with %s" % (co.lower(), R.choice(FIRST))])


def chat_greet(co):
    return R.choice(["Hi, welcome to %s chat. How can I help?" % co,
                     "Hello! You're chatting with %s from %s." % (R.choice(FIRST).title(), co),
                     "%s support here, what can I do for you today?" % co])


BACK = ["mhm", "go on", "yep", "ok", "uh huh", "right", "yeah go on", "okay", "got that", "mm hmm"]


def money(cur="£"):
    return "%s%d.%02d" % (cur, R.randint(5, 2400), R.randint(0, 99))


def money_spoken():
    return "%s pounds %s" % (say_hundred(str(R.randint(101, 899))), say_pair(str(R.randint(11, 99))))


def ref(label=None):
    return R.choice(["ORD-", "TKT", "REF ", "INV-", "CLM"]) + str(R.randint(10 ** 6, 10 ** 9))


# ---------------------------------------------------------------- positive scenarios

def p_card_chat():
    k, co, cc = ind()
    c = Case("positive", "typed chat, full card + expiry/cvv with labels (%s)" % k)
    d, kind = gen_card()
    cur = "$" if cc == "US" else ("€" if cc in ("IE", "EU") else "£")
    c.a(chat_greet(co))
    c.c(pick("i want to pay the outstanding ", "Need to pay my bill of ", "paying off "), money(cur),
        pick(" pls", " today", "", " - can i do it here?"))
    c.a("Sure, please enter the long card number below.")
    lab = pick("card no: ", "Card number - ", "cc# ", "its ", "", "card: ", "CARD NUMBER ")
    c.c(lab, V(card_typed(d), "CARD_NUMBER"))
    if maybe(0.7):
        m, y = gen_exp()
        segs = [pick("exp ", "expiry ", "Expires ", "valid thru ", "exp date: "), V(exp_typed(m, y), "EXPIRY")]
        if maybe(0.7):
            segs += [pick(" cvv ", " and the code on the back is ", ", sec code: ", " CVC "),
                     V("".join(R.choice("0123456789") for _ in range(4 if kind == "amex" else 3)), "CVV")]
        c.c(*segs)
    c.a("Thanks, that payment of ", money(cur), " has gone through. Your reference is ", ref(), ".")
    return c


def p_card_asr_split():
    k, co, cc = ind()
    c = Case("positive", "ASR call, card read in chunks over several turns with back-channels (%s)" % k)
    d, kind = gen_card()
    g = card_groups(d)
    G = c.gid()
    z = pick("oh", "zero", "nought", "o")
    c.a(greet(co))
    c.c("yeah hi i'm ringing to pay my ", pick("bill", "balance", "renewal", "deposit"))
    c.a("no problem can i take the long number on the front of the card")
    i = 0
    lead = pick("yeah it's ", "ok so ", "right, ", "")
    while i < len(g):
        take = R.choice([1, 2]) if len(g) - i > 1 else 1
        part = say_groups(g[i:i + take], z=z, fill=0.2)
        if i == 0:
            c.c(lead, V(part, "CARD_NUMBER", G))
        else:
            c.c(pick("", "then ", "and "), V(part, "CARD_NUMBER", G))
        i += take
        if i < len(g):
            c.a(R.choice(BACK))
    rb = R.randrange(3)
    if rb == 0:
        c.a("let me just read that back, ", V(say_groups(g, z=z, fill=0, sep=" "), "CARD_NUMBER"), ", is that right")
        c.c("yep that's it")
    elif rb == 1:
        c.a("lovely so that's the card ending ", V(say_seq(d[-4:], z), "CARD_NUMBER", chk=False), " yeah")
        c.c("that's right")
    m, y = gen_exp()
    c.a("and the expiry date")
    c.c(pick("it's ", "uh ", "expires ", ""), V(exp_spoken(m, y), "EXPIRY"))
    c.a("and the three digits on the back")
    cv = "".join(R.choice("0123456789") for _ in range(4 if kind == "amex" else 3))
    c.c(V(say_hundred(cv[:3], z) if len(cv) == 3 and maybe(0.4) else say_seq(cv, z), "CVV"))
    c.a("thank you that's gone through the payment was ", money_spoken())
    return c


def p_card_correction():
    k, co, cc = ind()
    c = Case("positive", "ASR card reading with aborted start and restart, aside mid-reading (%s)" % k)
    d, kind = gen_card()
    g = card_groups(d)
    z = pick("oh", "zero")
    other, _ = gen_card()
    c.a(greet(co))
    c.c("i need to update the card on my account the old one expired")
    c.a("ok go ahead with the new card number when you're ready")
    c.c(V(say_seq(other[:4], z) + " " + say_seq(other[4:6], z), "CARD_NUMBER", chk=False),
        pick(" no sorry that's the old one hang on", " oh wait wrong card, sorry", " hold on that's my husband's"))
    c.a(pick("no worries take your time", "that's fine"))
    G = c.gid()
    c.c("right ", V(say_groups(g[:2], z=z, fill=0.3), "CARD_NUMBER", G),
        pick(" sorry the dog's barking ", " hang on my glasses ", " one sec "),
        V(say_groups(g[2:], z=z, fill=0.3), "CARD_NUMBER", G))
    c.a("great and the expiry")
    m, y = gen_exp()
    c.c(V(exp_spoken(m, y), "EXPIRY"))
    c.a("thanks that's updated, it'll be used for the next payment on the ", ORD[R.randint(1, 28)], " of ",
        R.choice(MONTHS))
    return c


def p_card_email():
    k, co, cc = ind()
    c = Case("positive", "customer e-mail with card, phone and address (%s)" % k)
    d, kind = gen_card()
    nm = R.choice(FIRST).title() + " " + R.choice(LAST).title()
    ph, _, _ = gen_phone()
    addr, _, _ = gen_address("uk")
    pc = gen_postcode_uk()
    c.c("Subject: booking ", ref(), "\n\nHi,\nPlease charge the balance of ", money("£"),
        " to my card ", V(card_typed(d), "CARD_NUMBER"), " exp ", V(exp_typed(*gen_exp()), "EXPIRY"),
        ".\nYou can call me on ", *PH(ph), " if there is a problem.\n\nThanks\n", nm, "\n",
        V(addr, "ADDRESS"), "\n", R.choice(UK_TOWNS), "\n", V(pc, "POSTCODE"))
    c.a("Dear ", nm.split()[0], ", thank you, the payment has been taken and your booking is confirmed.")
    return c


def p_ssn():
    k, co, cc = ind()
    s = gen_ssn()
    asr = maybe(0.55)
    c = Case("positive", "US SSN verification, %s (%s)" % ("ASR" if asr else "chat", k))
    if asr:
        c.a(greet(co))
        c.a("for security can i get your social security number please")
        f = R.randrange(4)
        z = pick("oh", "zero")
        if f == 0:
            G = c.gid()
            c.c("sure it's ", V(say_seq(s[:3], z), "SSN", G))
            c.a(R.choice(BACK))
            c.c(V(say_pair(s[3:5], z), "SSN", G))
            c.a(R.choice(BACK))
            c.c(V(say_groups([s[5:7], s[7:]], z=z, style="pairs", fill=0.3), "SSN", G))
        elif f == 1:
            c.c(pick("yeah um ", "ok ", ""), V(say_groups([s[:3], s[3:5], s[5:]], z=z, fill=0.3), "SSN"))
            c.a("thanks so that's ", V(say_groups([s[:3], s[3:5], s[5:]], z=z, fill=0, sep=" "), "SSN"))
            c.c("correct")
        elif f == 2:
            c.c("the whole thing or just the last four")
            c.a("the full number please")
            c.c("ok ", V(say_hundred(s[:3], z) + ", " + say_pair(s[3:5], z) + ", " + say_groups([s[5:]], z=z), "SSN"))
        else:
            G = c.gid()
            c.c("it's ", V(say_seq(s[:5], z), "SSN", G), " uh hold on i have it written down somewhere")
            c.a("take your time")
            c.c("yeah ", V(say_seq(s[5:], z), "SSN", G))
        if maybe(0.4):
            y, m, d = gen_dob()
            c.a("and date of birth")
            c.c(V(dob_spoken(y, m, d, True), "DOB"))
        c.a("thank you you're verified your ", pick("copay", "balance", "premium"), " is ",
            "%s dollars" % say_pair(str(R.randint(11, 99))))
    else:
        c.a(chat_greet(co))
        form = R.choice(["%s-%s-%s" % (s[:3], s[3:5], s[5:]), s, "%s %s %s" % (s[:3], s[3:5], s[5:]),
                         "%s.%s.%s" % (s[:3], s[3:5], s[5:])])
        lab = pick("My SSN is ", "ssn: ", "Social: ", "SS# ", "soc sec no. ")
        tail = R.randrange(3)
        if tail == 0:
            c.c(lab, V(form, "SSN"), " and my claim number is CLM-%d" % R.randint(10 ** 6, 10 ** 7))
        elif tail == 1:
            c.c(lab, V(form, "SSN"))
        else:
            y, m, d = gen_dob()
            c.c(lab, V(form, "SSN"), ", DOB ", V(dob_typed(y, m, d, True), "DOB"))
        c.a("Thanks, I've located your account. Your last payment of ", money("$"), " was received on ",
            "%s %d" % (MONTHS[R.randint(0, 11)].title(), R.randint(1, 28)), ".")
    return c


def p_ni():
    k, co, cc = ind()
    n = gen_ni()
    asr = maybe(0.55)
    c = Case("positive", "UK NI number, %s (%s)" % ("ASR" if asr else "typed", k))
    if asr:
        c.a(greet(INDUSTRY["government"][0]))
        c.a("can you give me your national insurance number")
        f = R.randrange(3)
        lm = pick("plain", "nato", "folk")
        if f == 0:
            c.c(pick("yeah it's ", "um ", ""), V(say_alnum(n, lm), "NI_NUMBER"))
        elif f == 1:
            G = c.gid()
            c.c(V(say_alnum(n[:2], lm), "NI_NUMBER", G))
            c.a(R.choice(BACK))
            c.c(V(say_groups([n[2:4], n[4:6], n[6:8]], fill=0.3), "NI_NUMBER", G))
            c.a("and the letter at the end")
            c.c(V(say_letter(n[8], "nato" if maybe() else "plain"), "NI_NUMBER", G))
        else:
            G = c.gid()
            c.c(V(say_alnum(n[:5], lm) + pick(" uh ", " um ", ", er, ") + say_alnum(n[5:], lm), "NI_NUMBER", G))
        if maybe(0.5):
            c.a("so that's ", V(say_alnum(n, "plain"), "NI_NUMBER"), " yeah")
            c.c("yes")
        c.a("thanks and your first line of address and postcode")
        c.c(V(address_spoken(), "ADDRESS"), ", ", R.choice(UK_TOWNS).lower(), ", ",
            V(say_alnum(gen_postcode_uk().replace(" ", "")), "POSTCODE"))
    else:
        c.c(pick("Hi, re my tax code. NI no: ", "national insurance number is ", "NINO ",
                 "Hello I need a P60 reprint, my NI is "), V(ni_typed(n), "NI_NUMBER"),
            pick(" thanks", ". tax year 2023/24", "", " (ref %d)" % R.randint(10 ** 5, 10 ** 6)))
        c.a("Thanks. Can you also confirm your date of birth?")
        y, m, d = gen_dob()
        c.c(V(dob_typed(y, m, d), "DOB"))
        c.a("Thank you, the P60 will arrive within 10 working days.")
    return c


def p_bank():
    k, co, cc = ind()
    asr = maybe(0.5)
    sc = "".join(R.choice("0123456789") for _ in range(6))
    acc = "".join(R.choice("0123456789") for _ in range(8))
    c = Case("positive", "UK sort code + account for direct debit, %s (%s)" % ("ASR" if asr else "typed", k))
    if asr:
        c.a(greet(co))
        c.c("i want to set up a direct debit for the ", money_spoken(), " a month")
        c.a("ok what's the sort code")
        c.c(pick("it's ", "um ", ""), V(say_groups(chunks(sc, [2, 2, 2]), style=pick("pairs", "seq"), fill=0.2), "SORT_CODE"))
        c.a("and the account number")
        if maybe():
            G = c.gid()
            c.c(V(say_seq(acc[:4]), "BANK_ACCOUNT", G))
            c.a(R.choice(BACK))
            c.c(V(say_groups([acc[4:]], fill=0.3), "BANK_ACCOUNT", G))
        else:
            c.c(V(say_groups(chunks(acc, [4, 4]), fill=0.3), "BANK_ACCOUNT"))
        if maybe(0.5):
            c.a("so sort code ", V(say_groups(chunks(sc, [2, 2, 2]), fill=0, sep=" "), "SORT_CODE"),
                " account ", V(say_seq(acc), "BANK_ACCOUNT"))
        c.a("great the first collection will be on the ", ORD[R.randint(1, 28)])
    else:
        scf = R.choice(["%s-%s-%s" % (sc[:2], sc[2:4], sc[4:]), sc, "%s %s %s" % (sc[:2], sc[2:4], sc[4:])])
        c.a(chat_greet(co))
        c.c(pick("want to change my DD. ", "new bank details:\n", "pls update bank info "),
            pick("sort code ", "s/c: ", "Sort "), V(scf, "SORT_CODE"),
            pick(" acct no: ", ", account ", "\nA/C ", " acc# "), V(acc, "BANK_ACCOUNT"))
        c.a("Thanks, updated. Your next bill of ", money(), " will be collected on ", str(R.randint(1, 28)),
            R.choice([" March", " April", "/06"]), ".")
    return c


def p_bank_us():
    k, co, cc = ind()
    acc = "".join(R.choice("0123456789") for _ in range(R.randint(9, 12)))
    c = Case("positive", "US checking account for autopay (%s)" % k)
    c.a(chat_greet(co))
    c.c("Set up autopay from checking ", pick("acct ", "account #", "account number: "), V(acc, "BANK_ACCOUNT"),
        pick(". Monthly amount should be ", ". it's about "), money("$"))
    if maybe():
        c.a("Thanks. Please confirm the account number once more.")
        c.c(V(" ".join(chunks(acc, [3, 3, 3, 3])), "BANK_ACCOUNT"))
    c.a("Autopay is set for the 15th of each month.")
    return c


def p_iban():
    k, co, cc = ind()
    ib = gen_iban()
    asr = maybe(0.3)
    c = Case("positive", "IBAN for refund, %s (%s)" % ("ASR" if asr else "typed", k))
    if asr:
        c.a(greet(co))
        c.c("i was told you'd refund the deposit to my bank")
        c.a("yes i just need the iban")
        G = c.gid()
        parts = [ib[i:i + 4] for i in range(0, len(ib), 4)]
        c.c("ok it's ", V(say_alnum(parts[0], "nato") + " " + say_alnum(" ".join(parts[1:3]), "nato"), "IBAN", G))
        c.a(R.choice(BACK))
        c.c(V(say_alnum(" ".join(parts[3:]), pick("nato", "bare_nato")), "IBAN", G))
        c.a("thanks the refund of ", money_spoken().replace("pounds", "euro"), " will be with you in five to seven working days")
    else:
        c.a(chat_greet(co))
        c.c(pick("Refund to IBAN: ", "my iban is ", "IBAN ", "Bitte auf ", "please send to "), V(iban_typed(ib), "IBAN"),
            pick(" (BIC %s)" % R.choice(["DEUTDEFF", "AIBKIE2D", "NWBKGB2L"]), "", " thx", ". Order %d" % R.randint(10 ** 7, 10 ** 8)))
        c.a("Thanks, your refund of €", str(R.randint(20, 900)), ",00 has been initiated.")
    return c


def p_phone():
    k, co, cc = ind()
    ph, digits, kind = gen_phone()
    asr = maybe(0.5)
    c = Case("positive", "phone number, %s, %s (%s)" % (kind, "ASR" if asr else "typed", k))
    if asr and kind in ("uk_mob", "uk_land", "us", "ie"):
        c.a(greet(co))
        c.a("what's the best number to reach you on")
        if kind in ("uk_mob", "ie") and maybe(0.35):
            cc_w = "four four" if kind == "uk_mob" else "three five three"
            s = cc_w + " " + say_groups(chunks(digits[1:], [3, 3, 4]), style="seq", fill=0.1)
            c.c(pick("it's plus ", "plus "), V(s, "PHONE"))
        elif maybe(0.4):
            G = c.gid()
            g = chunks(digits, [5, 3, 3]) if len(digits) == 11 else chunks(digits, [3, 3, 4])
            c.c(pick("it's ", "my mobile's ", ""), V(say_groups(g[:2], fill=0.2), "PHONE", G))
            c.a(R.choice(BACK))
            c.c(V(say_groups(g[2:], fill=0.2), "PHONE", G))
        else:
            c.c(pick("it's ", "yeah it's ", "um ", ""), V(phone_spoken(digits), "PHONE"),
                pick("", " that's my mobile", " but i'm usually at work till six"))
        if maybe(0.4):
            c.a("so that's ", V(say_seq(digits, pick("oh", "zero")), "PHONE"))
            c.c(pick("yep", "that's it", "correct"))
        c.a("thanks someone will call back within ", R.choice(["two hours", "48 hours", "three working days"]))
    else:
        c.a(chat_greet(co))
        c.c(pick("u can reach me on ", "Phone: ", "call me back on ", "mob ", "my number is ", "Tel. "),
            *PH(ph), pick(" after 5pm", "", " thanks", ", ticket %s" % ref()))
        c.a("Thanks, we'll call you back within 24 hours.")
    return c


def p_email():
    k, co, cc = ind()
    u, dmn = gen_email()
    asr = maybe(0.5)
    c = Case("positive", "e-mail address, %s (%s)" % ("ASR spoken" if asr else "typed", k))
    if asr:
        c.a(greet(co))
        c.a("can i take an email address to send the confirmation to")
        sp = email_spoken(u, dmn)
        if maybe(0.3):
            toks = sp.split(" at ")
            G = c.gid()
            c.c("yeah it's ", V(toks[0], "EMAIL", G))
            c.a(R.choice(BACK))
            c.c(pick("", "then "), V("at " + toks[1], "EMAIL", G))
        else:
            c.c(pick("it's ", "sure it's ", "uh "), V(sp, "EMAIL"))
        if maybe(0.4):
            c.a("so that's ", V(sp, "EMAIL"))
            c.c("yep")
        c.a("lovely you'll get that within ", R.choice(["the hour", "ten minutes", "24 hours"]))
    else:
        e = u + "@" + dmn
        e = R.choice([e, e, e.title() if maybe(0.3) else e, e.upper() if maybe(0.2) else e])
        c.a(chat_greet(co))
        c.c(pick("email: ", "my email is ", "pls send to ", "E-mail - ", "contact me at "), V(e, "EMAIL"),
            pick("", " thanks", ". order no %d" % R.randint(10 ** 6, 10 ** 7), " not the old one"))
        c.a("Done, the receipt has been sent.")
    return c


def p_address():
    k, co, cc = ind()
    asr = maybe(0.5)
    us = cc == "US"
    c = Case("positive", "address + %s, %s (%s)" % ("ZIP" if us else "postcode", "ASR" if asr else "typed", k))
    if us:
        zp = "%05d" % R.randint(1001, 99950)
        if maybe(0.3):
            zp += "-%04d" % R.randint(1, 9999)
        town, stt = R.choice(US_TOWNS)
        if asr:
            c.a(greet(co))
            c.a("what's the billing address")
            c.c(V(address_spoken("us"), "ADDRESS"), " ", town.lower(), " ", pick(stt.lower(), "uh " + stt.lower()),
                " ", V(say_seq(zp.replace("-", ""), pick("oh", "zero")), "POSTCODE"))
        else:
            a, _, _ = gen_address("us")
            c.a(chat_greet(co))
            c.c(pick("ship to ", "Billing address: ", "new address is "), V(a, "ADDRESS"), ", ", town, ", ", stt, " ",
                V(zp, "POSTCODE"))
        c.a("Thanks, delivery is estimated in 3-5 business days.")
    else:
        pc = gen_postcode_uk()
        town = R.choice(UK_TOWNS)
        if asr:
            c.a(greet(co))
            c.a("can i take the first line of the address and the postcode")
            c.c(pick("yeah it's ", "it's ", ""), V(address_spoken(), "ADDRESS"))
            c.a(R.choice(["and the postcode", "mhm and postcode"]))
            lm = pick("plain", "nato", "folk", "plain")
            if maybe(0.3):
                G = c.gid()
                o, i2 = pc.split()
                c.c(V(say_alnum(o, lm), "POSTCODE", G))
                c.a(R.choice(BACK))
                c.c(V(say_alnum(i2, lm), "POSTCODE", G))
            else:
                c.c(pick("", "it's "), V(say_alnum(pc, lm), "POSTCODE"))
        else:
            a, _, _ = gen_address("uk")
            pcf = R.choice([pc, pc.lower(), pc.replace(" ", "")])
            c.a(chat_greet(co))
            c.c(pick("moved house, new addr: ", "Address: ", "please deliver to "), V(a, "ADDRESS"), ", ", town,
                pick(", ", " "), V(pcf, "POSTCODE"), pick("", ". Moving on 14th June", " - meter reading 04417"))
        c.a("That's updated, thank you.")
    return c


def p_dob():
    k, co, cc = ind()
    y, m, d = gen_dob()
    us = cc == "US"
    asr = maybe(0.55)
    c = Case("positive", "date of birth verification, %s (%s)" % ("ASR" if asr else "typed", k))
    if asr:
        c.a(greet(co))
        c.a("can you confirm your date of birth")
        c.c(pick("yeah ", "it's ", "um ", ""), V(dob_spoken(y, m, d, us), "DOB"),
            pick("", " i'm %d" % (2025 - y), " why"))
        c.a("thank you and the appointment is on the ", ORD[R.randint(1, 28)], " at ", pick("ten thirty", "two fifteen", "nine"))
    else:
        c.a(chat_greet(co))
        c.c(pick("DOB ", "d.o.b: ", "born ", "Date of birth: "), V(dob_typed(y, m, d, us), "DOB"),
            pick("", " - policy no. POL%d" % R.randint(10 ** 6, 10 ** 7), ", booking ref KX%d" % R.randint(1000, 9999)))
        c.a("Thanks, you're verified. Your renewal date is ", "%d/%02d/%d" % (R.randint(1, 28), R.randint(1, 12), R.randint(2025, 2027)), ".")
    return c


def p_verify_mix():
    k, co, cc = ind()
    c = Case("positive", "ASR multi-item verification with agent read-backs (%s)" % k)
    c.a(greet(co))
    c.c("hi yeah i'm calling about my ", pick("bill", "account", "claim", "refund"), " reference ",
        say_seq(str(R.randint(10 ** 5, 10 ** 6))))
    c.a("ok i'll need to verify you first, full name and date of birth")
    y, m, d = gen_dob()
    c.c(R.choice(FIRST), " ", R.choice(LAST), " and it's ", V(dob_spoken(y, m, d), "DOB"))
    c.a("and the phone number on the account")
    _, digits, kind = gen_phone()
    if not digits.startswith("0"):
        digits = "07" + "".join(R.choice("0123456789") for _ in range(9))
    c.c(V(phone_spoken(digits), "PHONE"))
    if maybe(0.5):
        c.a("and the email")
        u, dmn = gen_email()
        c.c(V(email_spoken(u, dmn), "EMAIL"))
    else:
        c.a("and your postcode")
        c.c(V(say_alnum(gen_postcode_uk()), "POSTCODE"))
    c.a("thank you you're through security. i can see a balance of ", money_spoken())
    return c


def p_ni_ssn_chat_mix():
    c = Case("positive", "typed form-like message with NI number, DOB, email")
    n = gen_ni()
    y, m, d = gen_dob()
    u, dmn = gen_email()
    c.c("Name: ", R.choice(FIRST).title(), " ", R.choice(LAST).title(), "\nNI: ", V(ni_typed(n), "NI_NUMBER"),
        "\nDOB: ", V(dob_typed(y, m, d), "DOB"), "\nEmail: ", V(u + "@" + dmn, "EMAIL"),
        "\nClaim ref: ", "UC", str(R.randint(10 ** 7, 10 ** 8)))
    c.a("Thank you, your Universal Credit claim has been updated.")
    return c


POS = [(p_card_chat, 14), (p_card_asr_split, 16), (p_card_correction, 7), (p_card_email, 6),
       (p_ssn, 19), (p_ni, 14), (p_bank, 9), (p_bank_us, 3), (p_iban, 9), (p_phone, 11),
       (p_email, 9), (p_address, 11), (p_dob, 8), (p_verify_mix, 7), (p_ni_ssn_chat_mix, 4)]


# ---------------------------------------------------------------- negatives

def n_case(note, turns):
    c = Case("negative", note)
    for sp, tx in turns:
        c.turn(sp, tx)
    return c


def luhn16():
    return luhn_complete("4" + str(R.randint(100, 999)), 16)


def neg():
    r = R.randrange(16)
    z = pick("oh", "zero")
    if r == 0:
        return n_case("order number spoken like a card reading", [
            ("agent", "can i take the order number please"),
            ("customer", "yeah it's " + say_groups(chunks(str(R.randint(10 ** 15, 10 ** 16 - 1)), [4, 4, 4, 4]), z=z)),
            ("agent", "thanks that order was dispatched on the %s and should arrive by friday" % ORD[R.randint(1, 28)])])
    if r == 1:
        d = luhn16()
        return n_case("Luhn-valid 16-digit string given as a tracking/reference number", [
            ("customer", "%s %s" % (pick("Tracking no:", "Parcel ref", "Consignment number"), " ".join(chunks(d, [4, 4, 4, 4])))),
            ("agent", "Thanks, that parcel is at the %s depot and out for delivery today between 9:00 and 13:00." % R.choice(UK_TOWNS))])
    if r == 2:
        l4 = "%04d" % R.randint(0, 9999)
        return n_case("card last-four mention only", [
            ("agent", pick("i can see a card ending %s on the account" % l4, "is that the visa ending in %s" % say_seq(l4, z))),
            ("customer", pick("yeah that's the one", "no that's expired, use the one ending %s" % ("%04d" % R.randint(0, 9999)))),
            ("agent", "ok the payment of %s will be taken on the 1st" % money())])
    if r == 3:
        return n_case("balances, amounts and percentages", [
            ("customer", "why has my bill gone up to %s? it was %s last month" % (money(), money())),
            ("agent", "the price rose by %d.%d%% in april, your balance is %s in credit and your direct debit is %s" % (
                R.randint(2, 12), R.randint(0, 9), money(), money()))])
    if r == 4:
        return n_case("ASR amounts spoken in words and times", [
            ("customer", "so i owe " + money_spoken() + " is that right"),
            ("agent", "yes that's %s and the lines are open eight till eight monday to friday and nine till half five on saturday" % money_spoken()),
            ("customer", "ok i'll call back at about %s" % pick("quarter past two", "ten thirty", "four o'clock"))])
    if r == 5:
        mr = "%05d" % R.randint(0, 99999)
        return n_case("meter readings and serial numbers", [
            ("customer", "meter reading is %s and the serial on the meter is %s" % (
                pick(mr, say_seq(mr, z)), R.choice(["E%dZ%d" % (R.randint(10, 99), R.randint(10 ** 6, 10 ** 7)), "%d" % R.randint(10 ** 9, 10 ** 10)]))),
            ("agent", "thanks your next estimated reading would have been %s so you're about %d units under" % (
                "%05d" % R.randint(0, 99999), R.randint(10, 400)))])
    if r == 6:
        return n_case("travel: flight, seat, gate, booking ref", [
            ("customer", "Hi, flight %s%d on %s %d, seat %d%s - can I change to an aisle?" % (
                R.choice(["BA", "EI", "FR", "UA", "LH"]), R.randint(100, 9999), MONTHS[R.randint(0, 11)].title(), R.randint(1, 28),
                R.randint(1, 40), R.choice("ABCDEF"))),
            ("agent", "Booking reference %s found. Seat %d%s is free for €%d. Boarding from gate %s%d at %02d:%02d." % (
                "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6)), R.randint(1, 40), R.choice("ACDF"),
                R.randint(10, 60), R.choice(["A", "B", ""]), R.randint(1, 60), R.randint(5, 22), R.choice([0, 15, 30, 45])))])
    if r == 7:
        pol = "%d" % R.randint(10 ** 8, 10 ** 10)
        return n_case("policy/claim numbers with label, including spoken digits", [
            ("agent", "can i have your policy number"),
            ("customer", "policy number " + say_groups(chunks(pol, [3, 3, 4]), z=z)),
            ("agent", "thanks and the claim reference is c l m %s, it's been open %d days" % (
                say_seq(str(R.randint(10 ** 5, 10 ** 6))), R.randint(2, 40)))])
    if r == 8:
        return n_case("road names, room numbers and counts", [
            ("customer", pick("engineer couldn't get through, the A%d was shut" % R.randint(1, 999), "there's roadworks on the M%d near junction %d" % (R.randint(1, 62), R.randint(1, 30)))),
            ("agent", "sorry about that, we've rebooked for %s between 8am and 1pm, room %d at the %s office" % (
                pick("Tuesday", "the 14th", "next Monday"), R.randint(1, 500), R.choice(UK_TOWNS)))])
    if r == 9:
        return n_case("ages, temperatures, durations, years", [
            ("customer", "my dad's %d and the heating's been off for %d days, it's %d degrees in the house" % (
                R.randint(60, 95), R.randint(2, 9), R.randint(8, 15))),
            ("agent", "i'm sorry, the boiler installed in %d is still under the %d-year warranty, an engineer will be there within %d hours" % (
                R.randint(2012, 2024), R.choice([5, 7, 10]), R.choice([4, 24, 48])))])
    if r == 10:
        inv = "INV-%d-%06d" % (R.randint(2019, 2025), R.randint(0, 999999))
        return n_case("invoice / ticket numbers and long digit strings", [
            ("customer", "re %s and ticket #%d, you charged me twice" % (inv, R.randint(10 ** 6, 10 ** 8))),
            ("agent", "Apologies, refund %s of %s issued, transaction id %d" % (
                "RF%d" % R.randint(10 ** 5, 10 ** 6), money(), R.randint(10 ** 11, 10 ** 13)))])
    if r == 11:
        return n_case("contract / payment dates and durations", [
            ("agent", "your contract started on the %s of %s %d and runs for %d months" % (
                ORD[R.randint(1, 28)], R.choice(MONTHS), R.randint(2021, 2024), R.choice([12, 18, 24]))),
            ("customer", "so it ends %s/%02d/%d? and i've paid %d of %d instalments" % (
                R.randint(1, 28), R.randint(1, 12), R.randint(2025, 2026), R.randint(1, 11), 12))])
    if r == 12:
        return n_case("model and serial numbers typed like IDs", [
            ("customer", "Model %s-%d%s, serial no. %s, bought %d/%d/%d" % (
                R.choice(["KX", "WM", "SM", "TX"]), R.randint(100, 9999), R.choice(["", "B", "UK"]),
                "-".join(str(R.randint(1000, 9999)) for _ in range(4)), R.randint(1, 28), R.randint(1, 12), R.randint(2020, 2024))),
            ("agent", "Thanks, the 2-year warranty covers that until %d." % R.randint(2025, 2027))])
    if r == 13:
        return n_case("ASR account-style reading but it's a customer reference with label", [
            ("agent", "do you have your customer reference, it's on the top right of the letter"),
            ("customer", "customer reference um " + say_groups(chunks(str(R.randint(10 ** 9, 10 ** 10)), [4, 3, 3]), z=z, fill=0.3)),
            ("agent", "ok and you've got %d days left to pay before it goes to the next stage" % R.randint(7, 30))])
    if r == 14:
        return n_case("opening hours, extension, counts", [
            ("customer", "what time do you close"),
            ("agent", "we're open till %s today, %d branches are open sunday ten till four, and it's about a %d minute wait" % (
                pick("five thirty", "8pm", "half six"), R.randint(3, 40), R.randint(5, 45)))])
    return n_case("voucher / promo code and price with year", [
        ("customer", "the promo code %s%d didn't work, it said %d%% off" % (R.choice(["SPRING", "SAVE", "WELCOME"]), R.randint(10, 99), R.choice([10, 15, 20, 25]))),
        ("agent", "that code expired on 31/%02d/%d, I can offer £%d off the £%d.99 price instead" % (
            R.randint(1, 12), R.randint(2023, 2025), R.randint(5, 20), R.randint(30, 400)))])


# ---------------------------------------------------------------- build / check

def build():
    _GC[0] = 0
    cases = []
    sched = []
    for fn, w in POS:
        sched += [fn] * w
    while len(sched) < 230:
        sched.append(R.choice([fn for fn, _ in POS]))
    R.shuffle(sched)
    for i, fn in enumerate(sched, 1):
        c = fn()
        c.id = "h423-pos-%03d" % i
        cases.append(c)
    for i in range(1, 121):
        c = neg()
        c.id = "h423-neg-%03d" % i
        cases.append(c)
    return cases


def dump(cases):
    lines = []
    for c in cases:
        lines.append(json.dumps({"id": c.id, "kind": c.kind, "turns": c.turns, "spans": c.spans,
                                 "note": c.note}, ensure_ascii=False))
    return "\n".join(lines) + "\n"


def check(cases, text):
    errs = []
    with open(OUT, encoding="utf-8") as f:
        on_disk = f.read()
    if on_disk != text:
        errs.append("file on disk differs from regeneration")
    recs = [json.loads(l) for l in on_disk.splitlines()]
    ids = [r["id"] for r in recs]
    if len(set(ids)) != len(ids):
        errs.append("duplicate ids")
    counts = {}
    for rec, c in zip(recs, cases):
        if rec["kind"] == "negative" and rec["spans"]:
            errs.append("%s negative with spans" % rec["id"])
        if rec["kind"] == "positive" and not rec["spans"]:
            errs.append("%s positive without spans" % rec["id"])
        for t in rec["turns"]:
            if t["speaker"] not in ("customer", "agent"):
                errs.append("%s bad speaker" % rec["id"])
        prev = None
        for s in rec["spans"]:
            counts[s["type"]] = counts.get(s["type"], 0) + 1
            if not (0 <= s["turn"] < len(rec["turns"])):
                errs.append("%s turn out of range" % rec["id"]); continue
            tx = rec["turns"][s["turn"]]["text"]
            a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(tx)):
                errs.append("%s offsets out of range" % rec["id"]); continue
            if not (tx[a].isalnum() and tx[b - 1].isalnum()) or (a > 0 and tx[a - 1].isalnum()) or (b < len(tx) and tx[b].isalnum()):
                errs.append("%s span not on word boundary: %r" % (rec["id"], tx[max(0, a - 3):b + 3]))
            if prev and prev[0] == s["turn"] and a < prev[1]:
                errs.append("%s overlapping spans" % rec["id"])
            prev = (s["turn"], b)
        for g, (typ, chk, idx) in c.groups.items():
            joined = " ".join(rec["turns"][rec["spans"][i]["turn"]]["text"][rec["spans"][i]["start"]:rec["spans"][i]["end"]] for i in idx)
            if chk and not validate(typ, joined):
                errs.append("%s invalid %s: %r" % (rec["id"], typ, joined))
            if not chk and not (norm(joined) or "").strip():
                errs.append("%s bad partial %s: %r" % (rec["id"], typ, joined))
    npos = sum(1 for r in recs if r["kind"] == "positive")
    nneg = sum(1 for r in recs if r["kind"] == "negative")
    need = {"CARD_NUMBER": 70, "SSN": 30, "NI_NUMBER": 30}
    for t in ["CVV", "EXPIRY", "BANK_ACCOUNT", "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]:
        need[t] = 10
    for t, n in need.items():
        if counts.get(t, 0) < n:
            errs.append("too few %s spans: %d < %d" % (t, counts.get(t, 0), n))
    if npos < 200 or nneg < 100:
        errs.append("too few cases: %d pos %d neg" % (npos, nneg))
    return errs, counts, npos, nneg


def main():
    cases = build()
    text = dump(cases)
    if "--check" in sys.argv:
        errs, counts, npos, nneg = check(cases, text)
        for e in errs:
            print("ERROR", e)
        print("positives %d negatives %d" % (npos, nneg))
        for t in sorted(counts):
            print("  %-13s %d" % (t, counts[t]))
        print("CHECK FAILED" if errs else "CHECK OK")
        sys.exit(1 if errs else 0)
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(text)
    print("wrote %d cases to %s" % (len(cases), os.path.normpath(OUT)))


if __name__ == "__main__":
    main()

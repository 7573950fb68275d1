#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set h319 (independent author).

python scripts/make_pii_holdout319.py          # write fixture + README
python scripts/make_pii_holdout319.py --check  # regenerate, verify identical + validate labels
Standard library only. Deterministic: one random.Random(319241125).
"""
import json
import os
import re
import sys
import random
from collections import Counter

SEED = 319241125
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUTDIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout319")
OUTFILE = os.path.join(OUTDIR, "cases.jsonl")
READMEFILE = os.path.join(OUTDIR, "README.md")
TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE",
         "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

R = random.Random(SEED)

# ----------------------------------------------------------------- value generators
def luhn_ok(d):
    s = 0
    for i, ch in enumerate(reversed(d)):
        x = int(ch)
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        s += x
    return s % 10 == 0

def make_card(kind=None):
    kind = kind or R.choice(["visa", "visa", "mc", "mc", "amex", "disc", "visa19", "visa13"])
    if kind == "visa":
        pre, n = "4" + str(R.randint(10, 99)), 16
    elif kind == "visa19":
        pre, n = "4" + str(R.randint(10, 99)), 19
    elif kind == "visa13":
        pre, n = "4" + str(R.randint(10, 99)), 13
    elif kind == "mc":
        pre, n = str(R.randint(51, 55)), 16
    elif kind == "amex":
        pre, n = R.choice(["34", "37"]), 15
    else:
        pre, n = "6011", 16
    body = pre + "".join(str(R.randint(0, 9)) for _ in range(n - len(pre) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c

def card_groups(d):
    if len(d) == 15:
        return [d[:4], d[4:10], d[10:]]
    if len(d) == 13:
        return [d[:4], d[4:8], d[8:13]]
    if len(d) == 19:
        return [d[:4], d[4:8], d[8:12], d[12:16], d[16:]]
    return [d[i:i + 4] for i in range(0, len(d), 4)]

def make_ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))

NI_FIRST = "ABCEGHJKLMNPRSTYZ"
NI_SECOND = "ABCEGHJKLMNPRSTXYZ"
def make_ni():
    while True:
        p = R.choice(NI_FIRST) + R.choice(NI_SECOND)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + "".join(str(R.randint(0, 9)) for _ in range(6)) + R.choice("ABCD")

def make_digits(n, first_nonzero=True):
    s = "".join(str(R.randint(0, 9)) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = str(R.randint(1, 9)) + s[1:]
    return s

def iban_check(country, bban):
    rearr = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in rearr)
    return "%02d" % (98 - int(num) % 97)

def iban_ok(s):
    s = s.upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1

def make_iban(country=None):
    country = country or R.choice(["GB", "IE", "DE", "FR", "NL", "ES"])
    if country == "GB":
        bban = R.choice(["NWBK", "BARC", "LOYD", "MIDL"]) + make_digits(6, False) + make_digits(8, False)
    elif country == "IE":
        bban = R.choice(["AIBK", "BOFI"]) + make_digits(6, False) + make_digits(8, False)
    elif country == "DE":
        bban = make_digits(18)
    elif country == "FR":
        bban = make_digits(10) + make_digits(11, False) + make_digits(2, False)
    elif country == "NL":
        bban = R.choice(["ABNA", "INGB", "RABO"]) + make_digits(10, False)
    else:
        bban = make_digits(20)
    return country + iban_check(country, bban) + bban

def iban_groups(s):
    return [s[i:i + 4] for i in range(0, len(s), 4)]

def make_sort():
    return "%02d%02d%02d" % (R.randint(1, 99), R.randint(0, 99), R.randint(0, 99))

def make_uk_mobile():
    return "07" + str(R.choice([3, 4, 5, 7, 8, 9])) + make_digits(8, False)

def make_uk_land():
    return R.choice(["0161", "0113", "0121", "0131", "0141", "0117"]) + make_digits(7)

def make_us_phone():
    return str(R.randint(2, 9)) + make_digits(2, False) + str(R.randint(2, 9)) + make_digits(6, False)

def make_ie_mobile():
    return "08" + str(R.choice([3, 5, 6, 7, 9])) + make_digits(7, False)

FIRST = ["james", "sarah", "mohammed", "aoife", "liam", "priya", "tom", "grace", "niamh", "oliver",
         "chloe", "daniel", "fatima", "sean", "emma", "lukas", "marta", "kevin", "ruth", "dev"]
LAST = ["okafor", "walsh", "smith", "patel", "murphy", "brennan", "jones", "nowak", "kelly",
        "hughes", "garcia", "ryan", "taylor", "byrne", "schmidt", "evans", "obrien", "khan"]
DOMAINS = ["gmail.com", "hotmail.co.uk", "yahoo.com", "outlook.com", "btinternet.com",
           "eircom.net", "icloud.com", "aol.com", "live.ie", "protonmail.com"]

def make_email():
    f, l = R.choice(FIRST), R.choice(LAST)
    style = R.randint(0, 4)
    if style == 0:
        local = f + "." + l
    elif style == 1:
        local = f[0] + l + str(R.randint(1, 99))
    elif style == 2:
        local = f + "_" + l
    elif style == 3:
        local = l + f[0]
    else:
        local = f + str(R.randint(70, 99))
    return local + "@" + R.choice(DOMAINS)

MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]

UK_AREAS = ["SW", "N", "E", "M", "B", "LS", "G", "EH", "CF", "BS", "NE", "L", "RG", "CB", "BT", "S", "NG", "W"]
def make_uk_postcode():
    area = R.choice(UK_AREAS)
    dist = str(R.randint(1, 19))
    inward = str(R.randint(0, 9)) + R.choice("ABDEFGHJLNPQRSTUWXYZ") + R.choice("ABDEFGHJLNPQRSTUWXYZ")
    return area + dist, inward

def make_zip(plus4=False):
    z = "%05d" % R.randint(1001, 99950)
    return z + ("-%04d" % R.randint(1, 9999) if plus4 else "")

STREETS = ["maple", "church", "station", "victoria", "oak", "high", "mill", "park", "elm",
           "king", "queen", "cedar", "willow", "grange", "meadow", "abbey", "orchard", "pine"]
SUFFIX = ["street", "road", "avenue", "lane", "drive", "close", "crescent", "way", "court", "terrace"]

# ----------------------------------------------------------------- spoken renderers
UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
         "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]

def zero_word(uk=False):
    return R.choice(["oh", "oh", "o", "zero", "nought"] if uk else ["oh", "zero", "zero", "o"])

def say_digit(c, uk=False, homophone=False):
    if c == "0":
        return zero_word(uk)
    if homophone and R.random() < 0.35:
        return {"4": "for", "2": R.choice(["to", "too"]), "8": "ate"}.get(c, UNITS[int(c)])
    return UNITS[int(c)]

def say_digits(s, uk=False, runs=True, homophone=False, filler=0.0):
    """digit by digit; runs -> 'double x'/'triple x'."""
    out = []
    i = 0
    while i < len(s):
        c = s[i]
        j = i
        while j < len(s) and s[j] == c:
            j += 1
        n = j - i
        if runs and n == 3 and R.random() < 0.8:
            out.append("triple " + say_digit(c, uk))
            i += 3
        elif runs and n >= 2 and R.random() < 0.7:
            out.append("double " + say_digit(c, uk))
            i += 2
        else:
            out.append(say_digit(c, uk, homophone))
            i += 1
        if filler and i < len(s) and R.random() < filler:
            out.append(R.choice(["um", "uh", "er"]))
    return " ".join(out)

def say_pair(p, uk=False):
    a, b = int(p[0]), int(p[1])
    if a == 0:
        return zero_word(uk) + " " + UNITS[b]
    if a == 1:
        return TEENS[b]
    if b == 0:
        return TENS[a]
    return TENS[a] + " " + UNITS[b]

def say_group4(g, uk=False):
    """four-digit group as an ASR would hear a natural reading: pairs/hundreds/digits."""
    if g[0] != "0" and g[2:] == "00" and g[1] != "0":
        return say_pair(g[:2], uk) + " hundred"
    r = R.random()
    if r < 0.5 and g[0] != "0" and g[2] != "0" and g[3] != "0":
        return say_pair(g[:2], uk) + " " + say_pair(g[2:], uk)
    if r < 0.75 and g[0] != "0" and g[1] != "0" and g[2] != "0":
        # e.g. 4 5 3 2 -> four fifty three two? no: "four fifty three" + digit
        return UNITS[int(g[0])] + " " + say_pair(g[1:3], uk) + " " + say_digit(g[3], uk)
    return say_digits(g, uk)

def say_mixed(s, uk=False):
    """split into 2- or 1-digit chunks spoken as numbers (e.g. SSN 'one twenty three')."""
    out = []
    i = 0
    while i < len(s):
        if i + 2 <= len(s) and s[i] != "0" and s[i + 1] != "0" and R.random() < 0.6:
            out.append(say_pair(s[i:i + 2], uk))
            i += 2
        else:
            out.append(say_digit(s[i], uk))
            i += 1
    return " ".join(out)

def say_house(n):
    s = str(n)
    if len(s) == 1:
        return UNITS[n]
    if len(s) == 2:
        return say_pair(s)
    return UNITS[int(s[0])] + " " + (say_pair(s[1:]) if s[1] != "0" else say_digits(s[1:]))

NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "f": "foxtrot",
        "g": "golf", "h": "hotel", "j": "juliet", "k": "kilo", "l": "lima", "m": "mike",
        "n": "november", "p": "papa", "r": "romeo", "s": "sierra", "t": "tango", "x": "x ray",
        "y": "yankee", "z": "zulu", "q": "quebec", "u": "uniform", "w": "whiskey", "v": "victor"}
LNAME = {"a": "a", "b": "bee", "c": "see", "d": "dee", "e": "e", "g": "gee", "h": "aitch",
         "j": "jay", "k": "kay", "l": "el", "m": "em", "n": "en", "p": "pee", "r": "are",
         "s": "ess", "t": "tee", "x": "ex", "y": "why", "z": "zed", "f": "eff", "q": "queue",
         "u": "you", "v": "vee", "w": "w"}

def say_letter(c, style):
    c = c.lower()
    if style == "plain":
        return c
    if style == "name":
        return LNAME[c]
    if style == "nato":
        return NATO[c]
    return c + " for " + NATO[c]  # "b for bravo"

def ordinal(n):
    special = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth",
               7: "seventh", 8: "eighth", 9: "ninth", 10: "tenth", 11: "eleventh", 12: "twelfth",
               13: "thirteenth", 14: "fourteenth", 15: "fifteenth", 16: "sixteenth",
               17: "seventeenth", 18: "eighteenth", 19: "nineteenth", 20: "twentieth",
               30: "thirtieth"}
    if n in special:
        return special[n]
    return TENS[n // 10] + " " + special[n % 10]

def say_year(y, uk=False):
    if 2000 <= y < 2010:
        return R.choice(["two thousand and " + UNITS[y - 2000], "two thousand " + UNITS[y - 2000]])
    return say_pair(str(y)[:2]) + " " + say_pair(str(y)[2:], uk)

# ----------------------------------------------------------------- normaliser (for --check)
W_UNITS = {w: str(i) for i, w in enumerate(UNITS)}
W_UNITS.update({"oh": "0", "o": "0", "nought": "0", "nil": "0", "for": "4", "to": "2",
                "too": "2", "ate": "8", "won": "1"})
W_TEENS = {w: 10 + i for i, w in enumerate(TEENS)}
W_TENS = {w: i for i, w in enumerate(TENS) if w}
W_ORD = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
         "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
         "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17,
         "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "thirtieth": 30}
NATO_REV = {v: k for k, v in NATO.items() if " " not in v}
NATO_REV["xray"] = "x"
LNAME_REV = {v: k for k, v in LNAME.items() if len(v) > 1}
FILLERS = {"um", "uh", "er", "erm", "and", "then", "dash", "hyphen", "space", "like", "yeah",
           "plus", "the", "of", "slash", "sorry", "its", "it's", "that's", "is", "letter",
           "hmm", "okay", "ok"}

def spoken_tokens(text):
    return re.findall(r"[a-z0-9]+", text.lower().replace("x ray", "xray"))

def normalise(text):
    """Turn a spoken/typed value into a compact lower-case alnum string."""
    toks = spoken_tokens(text.replace("(0)", ""))
    out = []
    i = 0
    def nxt(k=1):
        return toks[i + k] if i + k < len(toks) else None
    while i < len(toks):
        t = toks[i]
        if t.isdigit() or (re.fullmatch(r"[a-z0-9]+", t) and any(ch.isdigit() for ch in t)):
            out.append(t)
        elif len(t) == 1 and t != "o" and nxt() == "for" and nxt(2) in NATO_REV:
            out.append(t)
            i += 2
        elif t in ("double", "triple") and nxt() is not None:
            n = 2 if t == "double" else 3
            u = nxt()
            if u in W_UNITS:
                out.append(W_UNITS[u] * n)
            elif len(u) == 1:
                out.append(u * n)
            elif u in LNAME_REV:
                out.append(LNAME_REV[u] * n)
            i += 1
        elif t in W_TEENS:
            out.append(str(W_TEENS[t]))
        elif t in W_TENS:
            u = nxt()
            if u in W_UNITS and W_UNITS[u] != "0" and u not in ("for", "to", "too", "ate", "won"):
                out.append(str(W_TENS[t] * 10 + int(W_UNITS[u])))
                i += 1
            elif u in W_ORD and W_ORD[u] < 10:
                out.append(str(W_TENS[t] * 10 + W_ORD[u]))
                i += 1
            else:
                out.append(str(W_TENS[t] * 10))
        elif t in W_ORD:
            out.append(str(W_ORD[t]))
        elif t in ("hundred", "thousand") and out and out[-1].isdigit():
            zeros = "00" if t == "hundred" else "000"
            base = out.pop()
            j = i + 1
            if j < len(toks) and toks[j] == "and":
                j += 1
            rest = None
            if j < len(toks):
                u = toks[j]
                if u in W_TEENS:
                    rest, used = W_TEENS[u], 1
                elif u in W_TENS:
                    v = toks[j + 1] if j + 1 < len(toks) else None
                    if v in W_UNITS and W_UNITS[v] != "0":
                        rest, used = W_TENS[u] * 10 + int(W_UNITS[v]), 2
                    else:
                        rest, used = W_TENS[u] * 10, 1
                elif u in W_UNITS and W_UNITS[u] != "0" and t == "thousand":
                    rest, used = int(W_UNITS[u]), 1
                if t == "hundred" and j == i + 1:
                    rest = None  # 'forty one hundred' + next group: only 'hundred and ...' continues
            if rest is not None:
                out.append(base + ("%02d" % rest if t == "hundred" else "%03d" % rest))
                i = j + used - 1
            else:
                out.append(base + zeros)
        elif t in W_UNITS:
            out.append(W_UNITS[t])
        elif t in NATO_REV:
            out.append(NATO_REV[t])
        elif t in LNAME_REV:
            out.append(LNAME_REV[t])
        elif t in FILLERS:
            pass
        else:
            out.append(t)  # typed letters / letter groups (e.g. 'JT', 'rabo')
        i += 1
    return "".join(out)

def normalise_email(text):
    t = text.lower().strip()
    if "@" in t:
        return t
    t = re.sub(r"\bdot\b", ".", t)
    t = re.sub(r"\bat\b", "@", t)
    t = re.sub(r"\bunderscore\b", "_", t)
    t = re.sub(r"\b(dash|hyphen)\b", "-", t)
    parts = []
    for tok in t.split():
        if tok in W_UNITS and tok not in ("o", "to", "for"):
            parts.append(W_UNITS[tok])
        elif tok in W_TENS:
            parts.append(str(W_TENS[tok] * 10) + "|")
        else:
            parts.append(tok)
    s = "".join(parts)
    s = re.sub(r"(\d)0\|(\d)", lambda m: m.group(1) + m.group(2), s)  # "seventy" "two" -> 72
    return s.replace("|", "")

# ----------------------------------------------------------------- case builder
class Case:
    def __init__(self, kind, note):
        self.kind = kind
        self.note = note
        self.turns = []
        self.spans = []
        self.groups = {}  # gid -> [type, canonical, [span idx]]
        self._g = 0

    def group(self, typ, canon):
        self._g += 1
        self.groups[self._g] = [typ, canon, []]
        return self._g

    def turn(self, speaker, *segs):
        text = ""
        ti = len(self.turns)
        for seg in segs:
            if isinstance(seg, str):
                text += seg
                continue
            val, typ, gid = seg
            if gid is not None and not isinstance(gid, int):
                gid = self.group(typ, gid)  # gid given as canonical value
            if gid is None and typ == "EXPIRY":
                gid = self.group(typ, val)
            start = len(text)
            text += val
            self.spans.append({"turn": ti, "start": start, "end": len(text), "type": typ})
            if gid is not None:
                self.groups[gid][2].append(len(self.spans) - 1)
        self.turns.append({"speaker": speaker, "text": text})
        return self

    def a(self, *segs):
        return self.turn("agent", *segs)

    def c(self, *segs):
        return self.turn("customer", *segs)

def V(val, typ, canon):
    """labelled segment that forms a complete value."""
    return (val, typ, canon)

def P(val, typ, gid):
    """labelled segment that is part of group gid (or None: abandoned fragment)."""
    return (val, typ, gid)

# ----------------------------------------------------------------- positive templates
def ind():
    return R.choice(["banking", "telecom", "utilities", "retail", "insurance", "travel",
                     "healthcare billing", "government services"])

def ack():
    return R.choice(["mhm", "okay", "yep", "okay go on", "uh huh", "right", "got it", "yeah go ahead"])

def t_card_chat_typed():
    d = make_card()
    g = card_groups(d)
    sep = R.choice([" ", "-", " ", ".", "", " - ", "  "])
    shown = sep.join(g)
    if R.random() < 0.3:
        shown = d[:4] + " " + d[4:10] + " " + d[10:]  # odd grouping
    k = Case("positive", "chat/%s: card typed with separator %r" % (ind(), sep))
    k.a("Thanks for waiting. Could you type the long card number for the payment of \u00a3",
        str(R.randint(20, 400)), ".", str(R.randint(10, 99)), "?")
    k.c(R.choice(["sure its ", "Card: ", "ok here u go ", "", "number is "]), V(shown, "CARD_NUMBER", d),
        R.choice(["", " thx", " - order 55" + make_digits(4), ". cheers"]))
    return k

def t_card_chat_broken():
    d = make_card("visa")
    g = card_groups(d)
    k = Case("positive", "chat/retail: card typed across three chat messages, one with a typo-correction")
    gid = k.group("CARD_NUMBER", d)
    k.c("card is ", P(g[0] + " " + g[1], "CARD_NUMBER", gid))
    k.c(P(g[2], "CARD_NUMBER", gid))
    k.c(P(g[3], "CARD_NUMBER", gid), " sorry keyboard playing up")
    k.a("No problem, got that. And the expiry?")
    mm, yy = "%02d" % R.randint(1, 12), str(R.randint(26, 31))
    k.c(V(mm + "/" + yy, "EXPIRY", mm + yy))
    return k

def t_card_call_digits():
    uk = R.random() < 0.5
    d = make_card()
    k = Case("positive", "call/%s: card read digit by digit in one turn, runs as double/triple, fillers" % ind())
    k.a("okay and the long number across the front of the card please")
    k.c(R.choice(["yeah its ", "right so ", "okay um ", ""]),
        V(" ".join(say_digits(x, uk, filler=0.2) for x in card_groups(d)), "CARD_NUMBER", d),
        R.choice(["", " is that okay", " yeah"]))
    return k

def t_card_call_split():
    uk = R.random() < 0.5
    d = make_card(R.choice(["visa", "mc", "disc"]))
    g = card_groups(d)
    k = Case("positive", "call/%s: card split over customer turns with back-channels" % ind())
    gid = k.group("CARD_NUMBER", d)
    k.a("go ahead with the card number whenever you're ready")
    for n, grp in enumerate(g):
        lead = R.choice(["", "", "right ", "um ", "then "]) if n else R.choice(["okay ", "its ", ""])
        k.c(lead, P(say_digits(grp, uk), "CARD_NUMBER", gid))
        if n < len(g) - 1:
            k.a(ack())
    k.a("lovely thank you")
    return k

def t_card_call_pairs():
    uk = R.random() < 0.5
    d = make_card(R.choice(["visa", "mc"]))
    g = card_groups(d)
    k = Case("positive", "call/%s: card spoken in pairs / hundreds ('forty one eleven')" % ind())
    k.a("what's the card number")
    k.c(V(" ".join(say_group4(x, uk) for x in g), "CARD_NUMBER", d))
    k.a("and the expiry date")
    mm, yy = R.randint(1, 12), R.randint(26, 31)
    k.c(R.choice(["its ", "expires ", ""]), V(say_pair("%02d" % mm, uk) + " " + say_pair(str(yy)), "EXPIRY", "%02d%d" % (mm, yy)))
    return k

def t_card_amex():
    d = make_card("amex")
    g = card_groups(d)
    k = Case("positive", "call/travel: amex 4-6-5 with CVV four digits and expiry by month name")
    k.a("and that's an american express yes so the number please")
    k.c(V(say_digits(g[0]) + " " + say_digits(g[1]) + " " + say_digits(g[2]), "CARD_NUMBER", d))
    m = R.randint(1, 12)
    y = R.randint(2026, 2031)
    k.a("expiry")
    k.c(V(MONTHS[m - 1] + " " + say_year(y), "EXPIRY", "%02d%d" % (m, y)))
    cv = make_digits(4)
    k.a("and the four digit code on the front")
    k.c(V(say_digits(cv), "CVV", cv))
    return k

def t_card_homophone():
    d = make_card(R.choice(["visa", "mc"]))
    k = Case("positive", "call/%s: ASR homophones for/to/too/ate inside a card number" % ind())
    k.a("can i take the sixteen digit number")
    k.c("yes its ", V(" ".join(say_digits(x, homophone=True, runs=False) for x in card_groups(d)), "CARD_NUMBER", d))
    return k

def t_card_correction():
    d = make_card(R.choice(["visa", "mc"]))
    g = card_groups(d)
    wrong = g[1][:2] + str((int(g[1][2]) + 3) % 10)
    k = Case("positive", "call/%s: customer self-corrects mid card number; abandoned fragment labelled too" % ind())
    gid = k.group("CARD_NUMBER", d)
    k.a("the card number please")
    k.c(P(say_digits(g[0]), "CARD_NUMBER", gid), " ", P(say_digits(wrong, runs=False), "CARD_NUMBER", None),
        " no sorry hang on ", P(" ".join(say_digits(x) for x in g[1:]), "CARD_NUMBER", gid))
    return k

def t_card_readback():
    d = make_card()
    g = card_groups(d)
    k = Case("positive", "call/%s: customer reads card, agent reads it back in pairs" % ind())
    k.a("okay go ahead")
    k.c(V(" ".join(say_digits(x) for x in g), "CARD_NUMBER", d))
    k.a("let me just read that back ", V(" ".join(say_mixed(x) for x in g), "CARD_NUMBER", d), " is that right")
    k.c("yes that's it")
    return k

def t_card_cvv_exp_one_turn():
    d = make_card("visa")
    mm, yy = R.randint(1, 12), R.randint(26, 31)
    cv = make_digits(3, False)
    k = Case("positive", "call/%s: card, expiry and CVV in one long turn with chit-chat" % ind())
    k.a("i'll need the card details for the %d pound payment" % R.randint(30, 500))
    k.c("right so the number is ", V(" ".join(say_digits(x) for x in card_groups(d)), "CARD_NUMBER", d),
        " and it runs out ", V(say_digits("%02d" % mm) + " " + say_pair(str(yy)), "EXPIRY", "%02d%d" % (mm, yy)),
        " and the three on the back is ", V(say_digits(cv, runs=False), "CVV", cv),
        " sorry my kids are shouting")
    return k

def t_card_chat_cvv():
    d = make_card()
    mm, yy = R.randint(1, 12), R.randint(2026, 2031)
    cv = make_digits(3, False)
    k = Case("positive", "chat/retail: card, expiry and CVV typed in one message with labels")
    k.c(V(d, "CARD_NUMBER", d), " exp ", V("%02d/%d" % (mm, yy), "EXPIRY", "%02d%d" % (mm, yy)),
        " cvc ", V(cv, "CVV", cv))
    k.a("Thank you, processing your payment of $%d.%02d now." % (R.randint(10, 999), R.randint(0, 99)))
    return k

def t_card_19():
    d = make_card("visa19")
    k = Case("positive", "call/banking: 19-digit debit card in 4-4-4-4-3 chunks, agent prompts between")
    gid = k.group("CARD_NUMBER", d)
    g = card_groups(d)
    k.a("go on")
    k.c(P(say_digits(g[0]) + " " + say_digits(g[1]), "CARD_NUMBER", gid))
    k.a("yep")
    k.c(P(say_digits(g[2]) + " " + say_digits(g[3]), "CARD_NUMBER", gid))
    k.a("and there's a few more on the end")
    k.c("yeah ", P(say_digits(g[4]), "CARD_NUMBER", gid))
    return k

# SSN ------------------------------------------------------------------
def fmt_ssn(s, style):
    if style == 0:
        return s[:3] + "-" + s[3:5] + "-" + s[5:]
    if style == 1:
        return s[:3] + " " + s[3:5] + " " + s[5:]
    if style == 2:
        return s
    if style == 3:
        return s[:3] + "." + s[3:5] + "." + s[5:]
    return s[:3] + "- " + s[3:5] + " -" + s[5:]

def t_ssn_chat():
    s = make_ssn()
    st = R.randint(0, 4)
    k = Case("positive", "chat/%s: US SSN typed, style %d" % (R.choice(["insurance", "healthcare billing", "banking", "government services"]), st))
    k.a("For verification please provide your Social Security number.")
    k.c(R.choice(["ssn ", "its ", "", "social: ", "my ss# is "]), V(fmt_ssn(s, st), "SSN", s),
        R.choice(["", " and my claim number is CL" + make_digits(7), ". dob to follow"]))
    return k

def t_ssn_call_digits():
    s = make_ssn()
    k = Case("positive", "call/%s: SSN digit by digit with pauses as fillers" % R.choice(["insurance", "banking", "healthcare billing"]))
    k.a("and can you verify your social")
    k.c(R.choice(["sure ", "yeah its ", "okay "]), V(say_digits(s[:3], filler=0.3) + " " + say_digits(s[3:5]) + " " + say_digits(s[5:], filler=0.2), "SSN", s))
    return k

def t_ssn_call_mixed():
    s = make_ssn()
    k = Case("positive", "call/%s: SSN as numbers ('one twenty three forty five sixty seven eighty nine')" % R.choice(["insurance", "government services", "banking"]))
    k.a("social security number please")
    parts = [say_mixed(s[:3]), say_pair(s[3:5]) if s[3] != "0" and s[4] != "0" else say_digits(s[3:5]), say_group4(s[5:])]
    k.c(V(" ".join(parts), "SSN", s))
    return k

def t_ssn_split():
    s = make_ssn()
    k = Case("positive", "call/%s: SSN split 3-2-4 across turns with agent back-channels" % R.choice(["insurance", "healthcare billing", "banking", "telecom"]))
    gid = k.group("SSN", s)
    k.a("last thing i need is the social")
    k.c("okay ", P(say_digits(s[:3]), "SSN", gid))
    k.a(ack())
    k.c(P(say_digits(s[3:5]), "SSN", gid))
    k.a(ack())
    k.c(R.choice(["", "and ", "then "]), P(say_digits(s[5:]), "SSN", gid))
    return k

def t_ssn_readback():
    s = make_ssn()
    k = Case("positive", "call/%s: SSN read by customer, agent reads it back with 'dash'" % R.choice(["insurance", "banking"]))
    k.c("my social is ", V(say_digits(s), "SSN", s))
    k.a("thank you so that's ", V(say_digits(s[:3]) + " dash " + say_digits(s[3:5]) + " dash " + say_digits(s[5:]), "SSN", s), " correct")
    k.c("correct")
    return k

def t_ssn_correction():
    s = make_ssn()
    k = Case("positive", "call/government services: SSN with a self-correction of the middle group")
    gid = k.group("SSN", s)
    wrong = str((int(s[3]) + 1) % 10) + s[4]
    k.c("the number is ", P(say_digits(s[:3]), "SSN", gid), " ", P(say_digits(wrong), "SSN", None),
        " wait no ", P(say_digits(s[3:5]) + " " + say_digits(s[5:]), "SSN", gid))
    k.a("okay got it thanks")
    return k

def t_ssn_with_dob():
    s = make_ssn()
    y, m, d = R.randint(1940, 2002), R.randint(1, 12), R.randint(1, 28)
    k = Case("positive", "call/healthcare billing: SSN and date of birth in one turn plus a bill amount")
    k.a("to find the bill for $%d i'll need your social and date of birth" % R.randint(40, 900))
    k.c("social's ", V(say_digits(s, runs=False), "SSN", s), " and i was born ",
        V(MONTHS[m - 1] + " " + ordinal(d) + " " + say_year(y), "DOB", "%d-%02d-%02d" % (y, m, d)))
    return k

def t_ssn_homophone():
    s = make_ssn()
    k = Case("positive", "call/insurance: SSN with ASR homophones ('for', 'to', 'ate', 'won')")
    txt = " ".join(say_digit(c, homophone=True) for c in s[:3]) + " " + " ".join(say_digit(c, homophone=True) for c in s[3:5]) + " " + " ".join(say_digit(c, homophone=True) for c in s[5:])
    k.a("and the social security number")
    k.c(V(txt, "SSN", s))
    return k

# NI -------------------------------------------------------------------
def fmt_ni(n, style):
    if style == 0:
        return "%s %s %s %s %s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8])
    if style == 1:
        return n
    if style == 2:
        return n.lower()
    if style == 3:
        return "%s-%s-%s-%s-%s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8])
    if style == 4:
        return "%s %s %s" % (n[:2], n[2:8], n[8])
    return n[:2].capitalize() + n[2:8] + n[8].lower()

def t_ni_chat():
    n = make_ni()
    st = R.randint(0, 5)
    k = Case("positive", "chat/%s: UK NI number typed, style %d" % (R.choice(["government services", "banking", "insurance", "utilities"]), st))
    k.a("Could you confirm your National Insurance number please?")
    k.c(R.choice(["its ", "NI no. ", "", "ni number is ", "yes "]), V(fmt_ni(n, st), "NI_NUMBER", n),
        R.choice(["", " thanks", " ref 10" + make_digits(6) + " on the letter"]))
    return k

def say_ni(n, lstyle, dstyle):
    letters = " ".join(say_letter(c, lstyle) for c in n[:2])
    if dstyle == "digits":
        digs = say_digits(n[2:8], uk=True)
    elif dstyle == "pairs":
        digs = " ".join(say_pair(n[i:i + 2], uk=True) for i in (2, 4, 6))
    else:
        digs = say_mixed(n[2:8], uk=True)
    return letters, digs, say_letter(n[8], lstyle if lstyle != "plain" else R.choice(["plain", "name"]))

def t_ni_call():
    n = make_ni()
    ls = R.choice(["plain", "name", "nato", "for"])
    ds = R.choice(["digits", "pairs", "mixed"])
    l, d, s = say_ni(n, ls, ds)
    k = Case("positive", "call/%s: NI number spoken in one turn, letters %s, digits %s" % (R.choice(["government services", "banking", "utilities"]), ls, ds))
    k.a("and your national insurance number")
    k.c(R.choice(["yeah it's ", "okay it's ", "", "um "]), V(l + " " + d + " " + s, "NI_NUMBER", n))
    return k

def t_ni_split():
    n = make_ni()
    ls = R.choice(["plain", "name", "for"])
    ds = R.choice(["digits", "pairs", "mixed"])
    l, d, s = say_ni(n, ls, ds)
    k = Case("positive", "call/%s: NI number split over turns (letters / digits / suffix letter)" % R.choice(["government services", "insurance", "banking"]))
    gid = k.group("NI_NUMBER", n)
    k.a("can i take your national insurance")
    k.c("yeah it starts ", P(l, "NI_NUMBER", gid))
    k.a(ack())
    k.c(P(d, "NI_NUMBER", gid))
    k.a("and the letter at the end")
    k.c(R.choice(["", "it's ", "that's "]), P(s, "NI_NUMBER", gid))
    return k

def t_ni_readback():
    n = make_ni()
    l, d, s = say_ni(n, "plain", "digits")
    l2, d2, s2 = say_ni(n, "for", "pairs")
    k = Case("positive", "call/government services: NI number and agent phonetic read-back")
    k.c(V(l + " " + d + " " + s, "NI_NUMBER", n))
    k.a("so that's ", V(l2 + " " + d2 + " " + s2, "NI_NUMBER", n), " yeah")
    k.c("yes")
    return k

def t_ni_correction():
    n = make_ni()
    l, d, s = say_ni(n, "plain", "digits")
    wl = R.choice([x for x in NI_SECOND if x != n[1]])
    k = Case("positive", "call/banking: NI number where caller corrects the second letter")
    gid = k.group("NI_NUMBER", n)
    k.c("national insurance is ", P(n[0].lower() + " " + wl.lower(), "NI_NUMBER", None), " no sorry ",
        P(l + " " + d + " " + s, "NI_NUMBER", gid))
    k.a("okay thank you")
    return k

def t_ni_with_dob_postcode():
    n = make_ni()
    y, m, dd = R.randint(1945, 2004), R.randint(1, 12), R.randint(1, 28)
    out, inw = make_uk_postcode()
    k = Case("positive", "call/government services: NI number, DOB and postcode in successive turns")
    k.a("for security can i have your NI number date of birth and postcode")
    l, d, s = say_ni(n, R.choice(["name", "plain"]), "digits")
    k.c("ni is ", V(l + " " + d + " " + s, "NI_NUMBER", n))
    k.a(ack())
    k.c("date of birth ", V(say_digits("%02d" % dd, True, runs=False) + " " + say_digits("%02d" % m, True, runs=False) + " " + say_year(y, True), "DOB", "%d-%02d-%02d" % (y, m, dd)))
    k.a("and postcode")
    pc_spoken = " ".join(say_letter(c, "plain") if c.isalpha() else say_digit(c, True) for c in out) + " " + say_digit(inw[0], True) + " " + " ".join(say_letter(c, "plain") for c in inw[1:])
    k.c(V(pc_spoken, "POSTCODE", out + inw))
    return k

def t_ni_chat_two():
    n = make_ni()
    k = Case("positive", "chat/insurance: NI number typed after a wrong field, with a policy number nearby")
    k.c("policy no is 4" + make_digits(7) + " and my NI is ", V(fmt_ni(n, R.randint(0, 5)), "NI_NUMBER", n))
    k.a("Thanks. Just to confirm, is that ", V(fmt_ni(n, 0), "NI_NUMBER", n), "?")
    k.c("yep")
    return k

# banking --------------------------------------------------------------
def t_sort_acct_call():
    sc = make_sort()
    ac = make_digits(8, False)
    k = Case("positive", "call/banking: UK sort code as pairs and account number digit by digit")
    k.a("what's the sort code")
    k.c(V(" ".join(say_pair(sc[i:i + 2], True) if sc[i] != "0" else say_digits(sc[i:i + 2], True) for i in (0, 2, 4)), "SORT_CODE", sc))
    k.a("and the account number")
    k.c(R.choice(["", "its ", "right "]), V(say_digits(ac, True, filler=0.15), "BANK_ACCOUNT", ac))
    return k

def t_sort_acct_chat():
    sc = make_sort()
    ac = make_digits(8, False)
    sep = R.choice(["-", " ", "", "."])
    k = Case("positive", "chat/banking: sort code and account typed in one line")
    k.c(R.choice(["sort ", "s/c "]), V(sep.join([sc[:2], sc[2:4], sc[4:]]), "SORT_CODE", sc),
        R.choice([" acc ", " account no ", " a/c "]), V(ac, "BANK_ACCOUNT", ac),
        " - refund of \u00a3%d.%02d please" % (R.randint(5, 300), R.randint(0, 99)))
    return k

def t_us_account():
    ac = make_digits(R.randint(10, 12))
    rt = None
    k = Case("positive", "call/banking: US checking account number split over two turns")
    gid = k.group("BANK_ACCOUNT", ac)
    k.a("what's the checking account number")
    h = len(ac) // 2
    k.c(P(say_digits(ac[:h]), "BANK_ACCOUNT", gid))
    k.a(ack())
    k.c(P(say_digits(ac[h:]), "BANK_ACCOUNT", gid))
    return k

def t_iban_chat():
    ib = make_iban()
    st = R.randint(0, 2)
    shown = ib if st == 0 else (" ".join(iban_groups(ib)) if st == 1 else " ".join(iban_groups(ib)).lower())
    k = Case("positive", "chat/%s: IBAN typed (%s), EU/UK/IE" % (R.choice(["banking", "travel", "insurance"]), ["compact", "grouped", "lower grouped"][st]))
    k.a("Please share the IBAN for the refund.")
    k.c(R.choice(["IBAN: ", "here: ", "", "its "]), V(shown, "IBAN", ib))
    return k

def t_iban_call():
    ib = make_iban(R.choice(["GB", "IE", "NL"]))
    gs = iban_groups(ib)
    k = Case("positive", "call/banking: IBAN spoken in groups of four over turns")
    gid = k.group("IBAN", ib)
    k.a("okay read me the iban")
    for n, g in enumerate(gs):
        sp = " ".join(say_letter(c, "plain") if c.isalpha() else say_digit(c, True) for c in g)
        k.c(P(sp, "IBAN", gid))
        if n < len(gs) - 1:
            k.a(ack())
    return k

# contact --------------------------------------------------------------
def fmt_phone(p, kind):
    if kind == "uk":
        return R.choice([p, p[:5] + " " + p[5:], "+44 " + p[1:5] + " " + p[5:], "+44(0)" + p[1:], p[:5] + "-" + p[5:8] + "-" + p[8:]])
    if kind == "us":
        return R.choice(["(%s) %s-%s" % (p[:3], p[3:6], p[6:]), "%s-%s-%s" % (p[:3], p[3:6], p[6:]),
                         "+1 %s %s %s" % (p[:3], p[3:6], p[6:]), "%s.%s.%s" % (p[:3], p[3:6], p[6:]), p])
    return R.choice(["+353 " + p[1:3] + " " + p[3:6] + " " + p[6:], p[:3] + " " + p[3:6] + " " + p[6:], p])

def phone_canon(shown):
    d = re.sub(r"\D", "", shown.replace("(0)", ""))
    return d

def t_phone_chat():
    kind = R.choice(["uk", "us", "ie"])
    p = {"uk": make_uk_mobile, "us": make_us_phone, "ie": make_ie_mobile}[kind]()
    shown = fmt_phone(p, kind)
    k = Case("positive", "chat/%s: %s phone number typed" % (R.choice(["telecom", "retail", "utilities"]), kind))
    k.a("What's the best number to reach you on?")
    k.c(R.choice(["", "call me on ", "mob ", "it's "]), V(shown, "PHONE", phone_canon(shown)),
        R.choice(["", " after 5pm", " anytime before 6"]))
    return k

def t_phone_call():
    kind = R.choice(["uk", "us", "ie", "uk"])
    p = {"uk": R.choice([make_uk_mobile, make_uk_land]), "us": make_us_phone, "ie": make_ie_mobile}[kind]()
    if kind == "us":
        sp = say_digits(p[:3]) + " " + say_digits(p[3:6]) + " " + say_group4(p[6:])
        if R.random() < 0.4:
            sp = "one " + sp
            p = "1" + p
    elif kind == "ie" and R.random() < 0.5:
        sp = "plus three five three " + say_digits(p[1:3]) + " " + say_digits(p[3:])
        p = "353" + p[1:]
    else:
        sp = say_digits(p[:5], kind == "uk") + " " + say_digits(p[5:], kind == "uk")
    k = Case("positive", "call/%s: %s phone number spoken" % (ind(), kind))
    k.a("and a contact number")
    k.c(R.choice(["yeah ", "it's ", "my mobile is ", ""]), V(sp, "PHONE", p))
    return k

def t_phone_split():
    p = make_uk_mobile()
    k = Case("positive", "call/telecom: mobile split 5-3-3 across turns, agent reads back")
    gid = k.group("PHONE", p)
    k.c(P(say_digits(p[:5], True), "PHONE", gid))
    k.a(ack())
    k.c(P(say_digits(p[5:8], True), "PHONE", gid))
    k.a(ack())
    k.c(P(say_digits(p[8:], True), "PHONE", gid))
    k.a("so ", V(say_digits(p, True, runs=False), "PHONE", p), " lovely")
    return k

def spoken_email(e):
    local, dom = e.split("@")
    def sp(part):
        out = []
        for tok in re.split(r"([._])", part):
            if tok == ".":
                out.append("dot")
            elif tok == "_":
                out.append("underscore")
            elif tok:
                m = re.fullmatch(r"([a-z]+)(\d*)", tok)
                w, num = m.group(1), m.group(2)
                out.append(w if len(w) > 1 else w)
                if num:
                    out.append(" ".join(UNITS[int(c)] for c in num))
        return " ".join(out)
    return sp(local) + " at " + sp(dom)

def t_email_chat():
    e = make_email()
    shown = R.choice([e, e, e.capitalize(), e.upper() if R.random() < 0.2 else e])
    k = Case("positive", "chat/%s: email typed" % R.choice(["retail", "travel", "telecom"]))
    k.a("What email should we send the receipt to?")
    k.c(R.choice(["", "its ", "send to "]), V(shown, "EMAIL", e.lower()), R.choice(["", " pls", " thanks!"]))
    return k

def t_email_call():
    e = make_email()
    k = Case("positive", "call/%s: email spoken with 'dot' / 'at' / 'underscore'" % ind())
    k.a("and what's your email address")
    k.c(R.choice(["yeah it's ", "", "it's um "]), V(spoken_email(e), "EMAIL", e))
    return k

# DOB / address / postcode --------------------------------------------
def t_dob_chat():
    y, m, d = R.randint(1940, 2005), R.randint(1, 12), R.randint(1, 28)
    shown = R.choice(["%02d/%02d/%d" % (d, m, y), "%d/%d/%d" % (m, d, y), "%d %s %d" % (d, MONTHS[m - 1].capitalize(), y),
                      "%d-%02d-%02d" % (y, m, d), "%s %d, %d" % (MONTHS[m - 1][:3].capitalize(), d, y)])
    k = Case("positive", "chat/%s: date of birth typed" % ind())
    k.a("Can you confirm your date of birth?")
    k.c(R.choice(["", "dob ", "born "]), V(shown, "DOB", "%d-%02d-%02d" % (y, m, d)))
    return k

def t_dob_call():
    y, m, d = R.randint(1940, 2005), R.randint(1, 12), R.randint(1, 28)
    k = Case("positive", "call/%s: date of birth spoken with ordinal and year in pairs" % ind())
    k.a("date of birth please")
    sp = R.choice(["the " + ordinal(d) + " of " + MONTHS[m - 1] + " " + say_year(y),
                   MONTHS[m - 1] + " " + ordinal(d) + " " + say_year(y)])
    k.c(R.choice(["", "it's ", "yeah "]), V(sp, "DOB", "%d-%02d-%02d" % (y, m, d)))
    return k

def t_address_uk():
    num = R.randint(1, 240)
    st = R.choice(STREETS) + " " + R.choice(SUFFIX)
    out, inw = make_uk_postcode()
    k = Case("positive", "chat/utilities: UK street address and postcode typed")
    k.a("What's the supply address?")
    addr = "%d %s" % (num, st.title() if R.random() < 0.5 else st)
    pc = R.choice([out + " " + inw, out + inw, (out + " " + inw).lower()])
    k.c(V(addr, "ADDRESS", addr), ", " + R.choice(["Leeds", "Manchester", "Bristol", "Cardiff", "Glasgow"]) + " ", V(pc, "POSTCODE", out + inw))
    return k

def t_address_call():
    num = R.randint(1, 99)
    st = R.choice(STREETS) + " " + R.choice(SUFFIX)
    out, inw = make_uk_postcode()
    k = Case("positive", "call/%s: address spoken, postcode spelled with phonetics" % R.choice(["utilities", "insurance", "retail"]))
    k.a("and the first line of the address")
    k.c(V(say_house(num) + " " + st, "ADDRESS", "%d %s" % (num, st)))
    k.a("postcode")
    sp = " ".join(say_letter(c, R.choice(["plain", "for"])) if c.isalpha() else say_digit(c, True) for c in out) + " " + say_digit(inw[0], True) + " " + " ".join(say_letter(c, "plain") for c in inw[1:])
    k.c(V(sp, "POSTCODE", out + inw))
    return k

def t_address_us():
    num = R.randint(100, 9800)
    st = R.choice(STREETS).title() + " " + R.choice(["St", "Ave", "Blvd", "Rd", "Street", "Drive"])
    z = make_zip(R.random() < 0.3)
    k = Case("positive", "chat/retail: US shipping address with ZIP code and an order number")
    k.c("order #", make_digits(8), " ship to ", V("%d %s" % (num, st), "ADDRESS", "%d %s" % (num, st)),
        ", " + R.choice(["Austin, TX", "Columbus, OH", "Denver, CO", "Raleigh, NC"]) + " ", V(z, "POSTCODE", z.replace("-", "")))
    return k

def t_zip_call():
    z = make_zip()
    num = R.randint(100, 999)
    st = R.choice(STREETS) + " " + R.choice(["street", "avenue", "boulevard", "road"])
    k = Case("positive", "call/insurance: US address with number said as hundreds and ZIP digit by digit")
    k.a("and your street address")
    k.c(V(say_house(num) + " " + st, "ADDRESS", "%d %s" % (num, st)))
    k.a("zip")
    k.c(V(say_digits(z), "POSTCODE", z))
    return k

def t_cvv_call():
    cv = make_digits(3, False)
    k = Case("positive", "call/%s: CVV alone after card was taken, spoken with filler" % ind())
    k.a("and the last three digits on the signature strip")
    k.c(R.choice(["um ", "yeah ", "its "]), V(say_digits(cv, runs=False, filler=0.3), "CVV", cv))
    k.a("thank you and the expiry")
    mm, yy = R.randint(1, 12), R.randint(26, 31)
    k.c(V(say_pair("%02d" % mm) + " " + say_pair(str(yy)), "EXPIRY", "%02d%d" % (mm, yy)), " i think yeah")
    return k

def t_mixed_pay():
    d = make_card()
    k = Case("positive", "chat/travel: card plus email and phone in one message with flight number (unlabelled)")
    e = make_email()
    p = make_uk_mobile()
    k.c("booking for flight BA" + str(R.randint(100, 999)) + " - card ", V(" ".join(card_groups(d)), "CARD_NUMBER", d),
        ", email ", V(e, "EMAIL", e), ", mob ", V(p, "PHONE", p))
    return k

def t_card_chat_odd():
    d = make_card(R.choice(["visa", "mc", "disc"]))
    g = card_groups(d)
    st = R.randint(0, 3)
    if st == 0:
        shown = " ".join(d)  # every digit spaced
    elif st == 1:
        shown = "/".join(g)
    elif st == 2:
        shown = g[0] + "-" + g[1] + " " + g[2] + "." + g[3]
    else:
        shown = g[0] + g[1] + " " + g[2] + g[3]
    k = Case("positive", "chat/%s: card typed with odd grouping/separators (style %d)" % (ind(), st))
    k.c("hi need to update my payment card, new one is ", V(shown, "CARD_NUMBER", d), " exp ",
        V("%02d%d" % (R.randint(1, 12), R.randint(26, 31)), "EXPIRY", None))
    k.a("Thanks, that's updated. Your next bill of \u00a3%d.%02d will go on the new card." % (R.randint(10, 90), R.randint(0, 99)))
    return k

def t_ssn_chat_odd():
    s = make_ssn()
    st = R.randint(0, 2)
    shown = [" ".join(s), s[:3] + " - " + s[3:5] + " - " + s[5:], s[:5] + "-" + s[5:]][st]
    k = Case("positive", "chat/%s: SSN typed with odd spacing (style %d), amount and year nearby" % (R.choice(["government services", "insurance", "banking"]), st))
    k.c("filing for %d, refund was $%d. my SSN: " % (R.randint(2021, 2025), R.randint(200, 4000)), V(shown, "SSN", s))
    return k

def t_ni_double_letter():
    while True:
        n = make_ni()
        ch = R.choice([x for x in NI_FIRST if x in NI_SECOND and x != "Z"])
        n = ch + ch + n[2:]
        break
    ls = R.choice(["plain", "name"])
    k = Case("positive", "call/%s: NI number with repeated prefix letter said as 'double'" % R.choice(["government services", "utilities", "banking"]))
    k.a("and your national insurance number please")
    k.c("it's ", V("double " + say_letter(n[0], ls) + " " + say_digits(n[2:8], True) + " " + say_letter(n[8], ls), "NI_NUMBER", n))
    return k

def t_ssn_pairs_split():
    s = make_ssn()
    k = Case("positive", "call/insurance: SSN given as 'one twenty three' then pairs over two turns, agent confirms partially")
    gid = k.group("SSN", s)
    k.a("go ahead with the social")
    k.c(P(say_mixed(s[:3]) + " " + say_digits(s[3:5]), "SSN", gid))
    k.a("okay and the last four")
    k.c(P(say_group4(s[5:]), "SSN", gid))
    return k

def t_sort_split():
    sc = make_sort()
    ac = make_digits(8, False)
    k = Case("positive", "call/banking: sort code digit by digit then account number, agent reads sort code back with dashes")
    k.a("can i take the sort code first")
    k.c(V(say_digits(sc[:2], True) + " " + say_digits(sc[2:4], True) + " " + say_digits(sc[4:], True), "SORT_CODE", sc))
    k.a("so ", V(say_digits(sc[:2], True, runs=False) + " dash " + say_digits(sc[2:4], True, runs=False) + " dash " + say_digits(sc[4:], True, runs=False), "SORT_CODE", sc),
        " and the account number")
    gid = k.group("BANK_ACCOUNT", ac)
    k.c(P(say_digits(ac[:4], True), "BANK_ACCOUNT", gid))
    k.a(ack())
    k.c(P(say_digits(ac[4:], True), "BANK_ACCOUNT", gid), " and i want to pay in %s pounds" % say_house(R.randint(20, 500)))
    return k

POS_TEMPLATES = [(t_sort_split, 1), (t_card_chat_odd, 2), (t_ssn_chat_odd, 2), (t_ni_double_letter, 1), (t_ssn_pairs_split, 1),
    (t_card_chat_typed, 3), (t_card_chat_broken, 1), (t_card_call_digits, 2), (t_card_call_split, 2),
    (t_card_call_pairs, 2), (t_card_amex, 1), (t_card_homophone, 1), (t_card_correction, 1),
    (t_card_readback, 1), (t_card_cvv_exp_one_turn, 1), (t_card_chat_cvv, 1), (t_card_19, 1),
    (t_ssn_chat, 3), (t_ssn_call_digits, 2), (t_ssn_call_mixed, 2), (t_ssn_split, 1), (t_ssn_readback, 1),
    (t_ssn_correction, 1), (t_ssn_with_dob, 1), (t_ssn_homophone, 1),
    (t_ni_chat, 3), (t_ni_call, 3), (t_ni_split, 1), (t_ni_readback, 1), (t_ni_correction, 1),
    (t_ni_with_dob_postcode, 1), (t_ni_chat_two, 1),
    (t_sort_acct_call, 2), (t_sort_acct_chat, 2), (t_us_account, 1), (t_iban_chat, 1), (t_iban_call, 1),
    (t_phone_chat, 1), (t_phone_call, 1), (t_phone_split, 1), (t_email_chat, 2), (t_email_call, 2),
    (t_dob_chat, 1), (t_dob_call, 1), (t_address_uk, 1), (t_address_call, 1), (t_address_us, 1),
    (t_zip_call, 1), (t_cvv_call, 2), (t_dob_call, 1), (t_address_call, 1), (t_mixed_pay, 1),
]

# ----------------------------------------------------------------- negative templates
def n_money():
    k = Case("negative", "call/%s: money amounts spoken (hundreds, pence, cents)" % ind())
    a = R.randint(100, 9999)
    k.a("your balance is " + say_house(a % 1000) + " pounds and " + say_pair("%02d" % R.randint(10, 99)) + " pence")
    k.c("and how much was the last bill")
    k.a("that was " + UNITS[R.randint(1, 9)] + " hundred and " + say_pair(str(R.randint(21, 99))) + " dollars")
    return k

def n_order_chat():
    k = Case("negative", "chat/retail: order and invoice references with their reference words")
    k.c("Hi, order number %s hasn't arrived. Invoice INV-%s says dispatched %d/%d." % (
        make_digits(R.randint(7, 10)), make_digits(6), R.randint(1, 28), R.randint(1, 12)))
    k.a("Sorry about that! Ticket %s raised, you'll hear back within 48 hours." % make_digits(8))
    return k

def n_ref_call():
    k = Case("negative", "call/%s: claim/reference number read digit by digit with its reference word" % R.choice(["insurance", "utilities", "government services"]))
    r = make_digits(R.randint(8, 10))
    k.a("do you have your claim reference")
    k.c("yeah the claim reference is " + say_digits(r))
    k.a("thanks that's claim " + say_digits(r, runs=False))
    return k

def n_times():
    k = Case("negative", "call/%s: times, durations and appointment date" % ind())
    k.a("we can send an engineer on the " + ordinal(R.randint(1, 28)) + " of " + R.choice(MONTHS) + " between eight and twelve")
    k.c("i'm at work till half five can it be after " + R.choice(["six", "six thirty", "seven fifteen"]))
    k.a("the call will take about " + say_pair(str(R.randint(20, 45))) + " minutes")
    return k

def n_meter():
    k = Case("negative", "call/utilities: meter reading and tariff numbers")
    m = make_digits(5)
    k.a("can you read me the numbers on the meter left to right")
    k.c(say_digits(m, True) + " and the red ones are " + say_digits(make_digits(2, False), True))
    k.a("thanks and you're on " + say_pair(str(R.randint(21, 35))) + " point " + UNITS[R.randint(1, 9)] + " pence per kilowatt hour")
    return k

def n_flight():
    k = Case("negative", "call/travel: flight number, seat, gate, room number")
    k.c("i was on flight e i " + say_house(R.randint(100, 999)) + " seat " + say_pair(str(R.randint(10, 39))) + " c")
    k.a("and the hotel room was room " + say_house(R.randint(101, 950)) + " yes")
    k.c("yeah for " + UNITS[R.randint(2, 9)] + " nights")
    return k

def n_years():
    k = Case("negative", "chat/insurance: years, ages, percentages, contract start date")
    k.c("Car is a %d model, I've been driving %d years, I'm %d. Policy started %02d/%02d/%d" % (
        R.randint(2005, 2024), R.randint(2, 40), R.randint(20, 80), R.randint(1, 28), R.randint(1, 12), R.randint(2019, 2025)))
    k.a("Thanks. Your no claims discount is %d%% and renewal is %s %d, %d." % (
        R.randint(10, 70), R.choice(MONTHS).capitalize(), R.randint(1, 28), R.randint(2025, 2027)))
    return k

def n_model():
    k = Case("negative", "chat/retail: model numbers, SKUs, quantities, prices")
    k.c("Do you have the SM-A%d in stock? Need %d units. Also model KX%d." % (R.randint(100, 999), R.randint(2, 40), R.randint(1000, 9999)))
    k.a("Yes, it's $%d.99 each, item code %s, delivery %d-%d working days." % (R.randint(100, 999), make_digits(7), R.randint(2, 3), R.randint(4, 7)))
    return k

def n_speed():
    k = Case("negative", "call/telecom: broadband speeds, data allowance, counts")
    k.a("you're getting about " + say_pair(str(R.randint(21, 99))) + " megabits and the package is " + UNITS[R.randint(1, 9)] + " hundred meg")
    k.c("and how many gig of data do i have left")
    k.a("you've got " + say_pair(str(R.randint(11, 99))) + " gig left out of " + UNITS[R.randint(1, 9)] + " hundred")
    return k

def n_balance_chat():
    k = Case("negative", "chat/banking: balances, payment dates, direct debit amounts")
    k.a("Your balance is \u00a3%d,%03d.%02d. Your next payment of \u00a3%d.%02d is due on %d %s." % (
        R.randint(1, 9), R.randint(0, 999), R.randint(0, 99), R.randint(20, 400), R.randint(0, 99), R.randint(1, 28), R.choice(MONTHS).capitalize()))
    k.c("ok can I move it to the %dth" % R.randint(4, 20))
    return k

def n_temps():
    k = Case("negative", "call/healthcare billing: temperatures, doses, age, appointment time")
    k.c("my son is " + R.choice(["seven", "twelve", "four"]) + " and his temperature was thirty eight point " + UNITS[R.randint(1, 9)])
    k.a("okay the appointment is at " + R.choice(["ten forty five", "two fifteen", "nine thirty"]) + " on the " + ordinal(R.randint(1, 28)))
    k.c("how much is the copay")
    k.a(say_pair(str(R.randint(20, 60))) + " dollars")
    return k

def n_ticket_spoken_pairs():
    k = Case("negative", "call/telecom: ticket number spoken in pairs with the word ticket, and a price")
    t = make_digits(8)
    k.a("your ticket number is " + " ".join(say_pair(t[i:i + 2]) if t[i] != "0" else say_digits(t[i:i + 2]) for i in range(0, 8, 2)))
    k.c("okay and the new contract is " + say_pair(str(R.randint(20, 60))) + " pounds a month for " + R.choice(["twenty four", "eighteen", "twelve"]) + " months")
    return k

def n_last_payment_date():
    k = Case("negative", "chat/utilities: payment dates and amounts typed as numbers")
    k.c("I paid %d.%02d on %02d/%02d/%d, ref %s" % (R.randint(20, 300), R.randint(0, 99), R.randint(1, 28), R.randint(1, 12), R.randint(2024, 2026), make_digits(6)))
    k.a("I can see that payment, thanks. It will show within 3-5 days.")
    return k

def n_invoice_pairs():
    k = Case("negative", "call/%s: ten-digit invoice number spoken in pairs after the word invoice, plus amount" % R.choice(["utilities", "telecom", "healthcare billing"]))
    inv = make_digits(10)
    k.c("i'm calling about invoice number " + " ".join(say_pair(inv[i:i + 2]) if inv[i] != "0" and inv[i + 1] != "0" else say_digits(inv[i:i + 2]) for i in range(0, 10, 2)))
    k.a("yes i can see that invoice it's for " + say_house(R.randint(100, 999)) + " euro and " + say_pair(str(R.randint(11, 99))) + " cent")
    return k

def n_rates():
    k = Case("negative", "call/banking: interest rates, years, loan term and monthly repayment")
    k.a("the rate is " + say_pair(str(R.randint(11, 29))) + " point " + UNITS[R.randint(1, 9)] + " percent a p r fixed until two thousand and " + R.choice(["twenty eight", "twenty nine", "thirty"]))
    k.c("and over " + R.choice(["five", "seven", "ten"]) + " years what's the monthly")
    k.a("that would be " + say_house(R.randint(120, 980)) + " pounds " + say_pair(str(R.randint(11, 99))) + " a month")
    return k

def n_parcel_chat():
    k = Case("negative", "chat/retail: parcel weight, dimensions, delivery slot, store hours, quantity")
    k.c("Parcel is %d.%dkg, %dx%dx%dcm. Can it come between %d:%02d and %d:00 on the %dth?" % (
        R.randint(1, 20), R.randint(0, 9), R.randint(10, 60), R.randint(10, 60), R.randint(5, 40), R.randint(8, 11), R.choice([0, 30]), R.randint(12, 18), R.randint(4, 20)))
    k.a("Yes, slot booked. The store is open %d-%d, and you have %d items in the basket." % (R.randint(8, 10), R.randint(17, 21), R.randint(2, 12)))
    return k

NEG_TEMPLATES = [n_invoice_pairs, n_rates, n_parcel_chat, n_money, n_order_chat, n_ref_call, n_times, n_meter, n_flight, n_years, n_model,
                 n_speed, n_balance_chat, n_temps, n_ticket_spoken_pairs, n_last_payment_date]

N_POS = 220
N_NEG = 120

def generate():
    pos, neg = [], []
    pool = [f for f, w in POS_TEMPLATES for _ in range(w)]
    i = 0
    while len(pos) < N_POS:
        if i % len(pool) == 0:
            R.shuffle(pool)
        pos.append(pool[i % len(pool)]())
        i += 1
    j = 0
    while len(neg) < N_NEG:
        neg.append(NEG_TEMPLATES[j % len(NEG_TEMPLATES)]())
        j += 1
    cases = []
    for n, k in enumerate(pos, 1):
        k.id = "h319-pos-%03d" % n
        cases.append(k)
    for n, k in enumerate(neg, 1):
        k.id = "h319-neg-%03d" % n
        cases.append(k)
    return cases

def to_json(k):
    return json.dumps({"id": k.id, "kind": k.kind, "turns": k.turns,
                       "spans": [] if k.kind == "negative" else k.spans, "note": k.note}, ensure_ascii=False)

# ----------------------------------------------------------------- validation
def validate_value(typ, norm, canon):
    """norm: normalised span text; canon: canonical value. returns error string or None."""
    if typ == "EMAIL":
        if norm != canon.lower():
            return "email %r != %r" % (norm, canon)
        if not re.fullmatch(r"[a-z0-9._-]+@[a-z0-9-]+(\.[a-z0-9-]+)+", norm):
            return "bad email"
        return None
    if typ == "ADDRESS":
        if not re.search(r"\d", norm) or not re.search(r"\b(%s|st|ave|blvd|rd|boulevard)\b" % "|".join(SUFFIX), canon.lower()):
            return "address shape"
        if norm != normalise(canon):
            return "address %r != %r" % (norm, normalise(canon))
        return None
    if typ == "DOB":
        y, m, d = canon.split("-")
        if y not in norm or not (1900 <= int(y) <= 2010):
            return "dob year %s not in %r" % (y, norm)
        return None
    if typ == "EXPIRY":
        mm, yy = canon[:2], canon[2:]
        if not (1 <= int(mm) <= 12) or yy not in norm:
            return "expiry %r / %r" % (canon, norm)
        return None
    if norm != canon.lower():
        return "%s normalised %r != canonical %r" % (typ, norm, canon)
    c = canon.upper()
    if typ == "CARD_NUMBER":
        return None if (c.isdigit() and 13 <= len(c) <= 19 and luhn_ok(c)) else "bad card"
    if typ == "CVV":
        return None if re.fullmatch(r"\d{3,4}", c) else "bad cvv"
    if typ == "SSN":
        return None if (re.fullmatch(r"\d{9}", c) and c[:3] not in ("000", "666") and c[0] != "9" and c[3:5] != "00" and c[5:] != "0000") else "bad ssn"
    if typ == "NI_NUMBER":
        return None if re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", c) and c[:2] not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ") else "bad ni"
    if typ == "SORT_CODE":
        return None if re.fullmatch(r"\d{6}", c) else "bad sort code"
    if typ == "BANK_ACCOUNT":
        return None if re.fullmatch(r"\d{8,12}", c) else "bad account"
    if typ == "IBAN":
        return None if iban_ok(c) else "bad iban"
    if typ == "PHONE":
        ok = (re.fullmatch(r"0\d{10}", c) or re.fullmatch(r"44\d{10}", c) or re.fullmatch(r"1?[2-9]\d{9}", c)
              or re.fullmatch(r"08\d{8}", c) or re.fullmatch(r"3538\d{8}", c))
        return None if ok else "bad phone %s" % c
    if typ == "POSTCODE":
        return None if (re.fullmatch(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}", c) or re.fullmatch(r"\d{5}(\d{4})?", c)) else "bad postcode"
    return "unknown type"

FRAG_MAX = {"CARD_NUMBER": 19, "SSN": 9, "NI_NUMBER": 9}

def check_case(k, raw):
    errs = []
    obj = json.loads(raw)
    if obj["kind"] == "negative":
        if obj["spans"]:
            errs.append("negative with spans")
        return errs
    if not obj["spans"]:
        errs.append("positive without spans")
    spans = obj["spans"]
    for s in spans:
        if s["type"] not in TYPES:
            errs.append("bad type %s" % s["type"])
        if not (0 <= s["turn"] < len(obj["turns"])):
            errs.append("turn out of range")
            continue
        t = obj["turns"][s["turn"]]["text"]
        if not (0 <= s["start"] < s["end"] <= len(t)):
            errs.append("offsets out of range %r" % s)
            continue
        if s["start"] > 0 and t[s["start"] - 1].isalnum():
            errs.append("span start not on word boundary %r" % s)
        if s["end"] < len(t) and t[s["end"]].isalnum():
            errs.append("span end not on word boundary %r" % s)
        sub = t[s["start"]:s["end"]]
        if sub != sub.strip():
            errs.append("span has outer whitespace %r" % sub)
    by_turn = {}
    for s in spans:
        by_turn.setdefault(s["turn"], []).append((s["start"], s["end"]))
    for tt, lst in by_turn.items():
        lst.sort()
        for a, b in zip(lst, lst[1:]):
            if a[1] > b[0]:
                errs.append("overlap in turn %d" % tt)
    covered = set()
    for gid, (typ, canon, idxs) in k.groups.items():
        if not idxs:
            errs.append("empty group")
            continue
        texts = [obj["turns"][spans[i]["turn"]]["text"][spans[i]["start"]:spans[i]["end"]] for i in idxs]
        covered.update(idxs)
        if typ == "EMAIL":
            norm = normalise_email(" ".join(texts))
        else:
            norm = "".join(normalise(x) for x in texts)
        e = validate_value(typ, norm, canon)
        if e:
            errs.append("%s: %s (%r)" % (typ, e, texts))
    for i, s in enumerate(spans):
        if i in covered:
            continue
        sub = obj["turns"][s["turn"]]["text"][s["start"]:s["end"]]
        n = normalise(sub)
        if not re.fullmatch(r"[a-z0-9]+", n) or len(n) > FRAG_MAX.get(s["type"], 19):
            errs.append("bad fragment %r -> %r" % (sub, n))
    return errs

def readme(cases):
    cnt = Counter()
    for k in cases:
        if k.kind == "positive":
            for s in k.spans:
                cnt[s["type"]] += 1
    npos = sum(1 for k in cases if k.kind == "positive")
    nneg = len(cases) - npos
    rows = "\n".join("| %s | %d |" % (t, cnt[t]) for t in TYPES)
    return """# PII hold-out set h319

**Never use this set for tuning.** It is a held-out evaluation set: do not look at its cases
while changing the redactor, do not add its forms to rules, and do not pick thresholds on it.

## Who wrote it and how

Written by an AI helper acting as an independent author. The author did not read the
redaction code, its tests, its docs, the benchmark script, or any other PII fixture; the only
existing data seen was a three-line example of the JSONL format. The cases are produced by
`scripts/make_pii_holdout319.py` (standard library only) from template functions; every turn is
assembled from plain-text segments and labelled (value, TYPE) segments so all offsets are
computed, never typed. All values come from one `random.Random(319241125)`, so output is
byte-for-byte reproducible. `python scripts/make_pii_holdout319.py --check` regenerates the set,
verifies the file is identical, ids unique, offsets in range and on word boundaries, spans
non-overlapping, and validates each labelled value after normalising spoken forms (Luhn for
cards, mod-97 for IBANs, NI format incl. prefix rules, 9 digits for SSN, 6 for sort codes,
digit counts for CVV / phone / account, UK/US postcode shapes).

Emphasis: adversarial CARD_NUMBER, NI_NUMBER and SSN forms: typed with odd separators,
digit-by-digit ASR, pairs and hundreds ("forty one eleven", "one twenty three"), "double"/"triple",
"oh"/"o"/"nought"/"zero", ASR homophones ("for", "to", "too", "ate", "won"), letters as plain
letters / letter names ("jay tee") / NATO words / "b for bravo", values split across several
customer turns with agent back-channels, self-corrections, agent read-backs.

## Annotation conventions

* A span covers exactly the words that express the value, from its first to its last
  digit/letter word, including fillers ("um"), "double"/"triple", "dash", "for" in
  "b for bravo", and separators inside it. Lead-in words ("it's", "my social is") and
  trailing chit-chat are outside.
* A value split over several turns gets one span per turn (same type); agent back-channels
  are not labelled.
* Agent read-backs of a value are labelled like customer readings.
* In a self-correction, the abandoned partial reading is labelled too (same type, as a separate
  span), because it is part of the real value being disclosed; correction words
  ("no sorry", "wait no") stay outside spans.
* CVV and EXPIRY are only labelled where the card context makes them unambiguous.
  DOB covers the whole date expression ("the third of march nineteen eighty two").
* ADDRESS covers house number + street name + street type; the town is not labelled;
  POSTCODE (UK postcode or US ZIP / ZIP+4) is a separate span.
* Negatives contain lookalikes only (amounts, prices, dates that are not birth dates, times,
  durations, reference/order/ticket/claim/invoice numbers with their reference word, flight,
  seat and room numbers, meter readings, model numbers, speeds, ages, temperatures,
  balances, percentages) and have no spans: anything redacted in them is a false positive.

## Counts

Positives: %d, negatives: %d.

| type | spans |
|---|---|
%s
""" % (npos, nneg, rows)

def main():
    check = "--check" in sys.argv[1:]
    cases = generate()
    lines = [to_json(k) for k in cases]
    data = "\n".join(lines) + "\n"
    rd = readme(cases)
    if not check:
        os.makedirs(OUTDIR, exist_ok=True)
        with open(OUTFILE, "w", encoding="utf-8", newline="\n") as f:
            f.write(data)
        with open(READMEFILE, "w", encoding="utf-8", newline="\n") as f:
            f.write(rd)
    problems = []
    try:
        with open(OUTFILE, encoding="utf-8") as f:
            disk = f.read()
        if disk != data:
            problems.append("cases.jsonl differs from regenerated output")
        with open(READMEFILE, encoding="utf-8") as f:
            if f.read() != rd:
                problems.append("README.md differs from regenerated output")
    except OSError as e:
        problems.append("cannot read fixture: %s" % e)
    ids = [k.id for k in cases]
    if len(set(ids)) != len(ids):
        problems.append("duplicate ids")
    for k, raw in zip(cases, lines):
        for e in check_case(k, raw):
            problems.append("%s: %s" % (k.id, e))
    cnt = Counter(s["type"] for k in cases if k.kind == "positive" for s in k.spans)
    npos = sum(1 for k in cases if k.kind == "positive")
    nneg = len(cases) - npos
    if npos < 170:
        problems.append("too few positives")
    if nneg < 100:
        problems.append("too few negatives")
    for t in TYPES:
        need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
        if cnt[t] < need:
            problems.append("type %s has %d spans (< %d)" % (t, cnt[t], need))
    print("h319: %d positives, %d negatives, %d spans" % (npos, nneg, sum(cnt.values())))
    for t in TYPES:
        print("  %-13s %d" % (t, cnt[t]))
    if problems:
        for p in problems[:60]:
            print("PROBLEM:", p)
        print("%d problem(s)" % len(problems))
        sys.exit(1)
    print("check OK" if check else "written %s" % OUTFILE)

if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Generate the pii_holdout489 held-out PII redaction evaluation set.

Usage:
    python scripts/make_pii_holdout489.py          # write cases.jsonl
    python scripts/make_pii_holdout489.py --check  # regenerate and verify

Standard library only; a single random.Random(489241125) drives everything.
Offsets are computed from segments, never typed by hand.
"""
import json
import os
import re
import sys
import random
from collections import Counter, OrderedDict

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "fixtures", "pii_holdout489", "cases.jsonl")

rng = None  # set in build()

# ----------------------------------------------------------------- helpers
UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = {10: "ten", 11: "eleven", 12: "twelve", 13: "thirteen", 14: "fourteen", 15: "fifteen",
         16: "sixteen", 17: "seventeen", 18: "eighteen", 19: "nineteen"}
TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy", 8: "eighty", 9: "ninety"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh",
       8: "eighth", 9: "ninth", 10: "tenth", 11: "eleventh", 12: "twelfth", 13: "thirteenth",
       14: "fourteenth", 15: "fifteenth", 16: "sixteenth", 17: "seventeenth", 18: "eighteenth",
       19: "nineteenth", 20: "twentieth", 30: "thirtieth"}
NATO = {"a": ["alpha", "apple"], "b": ["bravo", "bertie"], "c": ["charlie"], "d": ["delta", "david"],
        "e": ["echo", "edward"], "f": ["foxtrot", "freddie"], "g": ["golf", "george"], "h": ["hotel", "harry"],
        "j": ["juliet", "john"], "k": ["kilo", "king"], "l": ["lima", "london"], "m": ["mike", "mother"],
        "n": ["november", "nancy"], "p": ["papa", "peter"], "q": ["quebec", "queen"], "r": ["romeo", "robert"],
        "s": ["sierra", "sugar"], "t": ["tango", "tommy"], "u": ["uniform"], "w": ["whiskey", "william"],
        "x": ["x-ray"], "y": ["yankee", "yellow"], "z": ["zulu", "zebra"]}
FILLERS = {"um", "uh", "er", "erm", "umm", "uhh", "hmm"}


def ordinal(n):
    if n in ORD:
        return ORD[n]
    return TENS[n // 10] + " " + ORD[n % 10]


def zero_word(uk=True):
    return rng.choice(["oh", "oh", "o", "zero", "nought"] if uk else ["oh", "oh", "zero"])


def dword(d, uk=True):
    return zero_word(uk) if d == "0" else UNITS[int(d)]


def pair_words(s):
    n = int(s)
    if 10 <= n <= 19:
        return TEENS[n]
    if n % 10 == 0:
        return TENS[n // 10]
    return TENS[n // 10] + " " + UNITS[n % 10]


def speak_chunk(s, uk=True, p_pair=0.3, p_dbl=0.5, p_hund=0.1, fill=0.0):
    """Speak a digit chunk. Round tens / bare hundreds only at chunk end (chunks are
    always separated by punctuation or a filler, which the parser treats as a barrier)."""
    out = []
    i = 0
    while i < len(s):
        rest = len(s) - i
        r = rng.random()
        if rest >= 3 and s[i] != "0" and r < p_hund and s[i + 1:i + 3] != "00" and (rest == 3 or s[i + 2] != "0"):
            tail = int(s[i + 1:i + 3])
            if tail < 10:
                out.append(UNITS[int(s[i])] + " hundred and " + UNITS[tail])
            else:
                out.append(UNITS[int(s[i])] + " hundred and " + pair_words(s[i + 1:i + 3]))
            i += 3
        elif rest >= 3 and s[i] == s[i + 1] == s[i + 2] and r < p_dbl:
            out.append("triple " + dword(s[i], uk))
            i += 3
        elif rest >= 2 and s[i] == s[i + 1] and r < p_dbl:
            out.append("double " + dword(s[i], uk))
            i += 2
        elif rest >= 2 and s[i] != "0" and rng.random() < p_pair and (s[i + 1] != "0" or rest == 2):
            out.append(pair_words(s[i:i + 2]))
            i += 2
        else:
            out.append(dword(s[i], uk))
            i += 1
        if fill and i < len(s) and rng.random() < fill:
            out.append(rng.choice(["um", "uh", "er", "erm"]))
    return " ".join(out)


def speak_digits(s, groups, uk=True, seps=(", ", "... ", " - ", ", "), **kw):
    chunks = []
    i = 0
    for g in groups:
        if i >= len(s):
            break
        chunks.append(speak_chunk(s[i:i + g], uk, **kw))
        i += g
    if i < len(s):
        chunks.append(speak_chunk(s[i:], uk, **kw))
    out = chunks[0]
    for c in chunks[1:]:
        out += rng.choice(seps) + c
    return out


def group(s, sizes, sep=" "):
    parts, i = [], 0
    for g in sizes:
        parts.append(s[i:i + g])
        i += g
    if i < len(s):
        parts.append(s[i:])
    return sep.join(p for p in parts if p)


def letter_say(ch, nato_p=0.5):
    ch = ch.lower()
    if ch in NATO and rng.random() < nato_p:
        return ch + rng.choice([" for ", " as in "]) + rng.choice(NATO[ch])
    return ch


def luhn_ok(s):
    tot = 0
    for i, c in enumerate(reversed(s)):
        d = int(c)
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def luhn_complete(p):
    for d in "0123456789":
        if luhn_ok(p + d):
            return p + d


def rdig(n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def gen_card():
    kind = rng.choice(["visa", "visa", "mc", "mc", "amex", "disc", "visa13", "maestro19"])
    if kind == "visa":
        p = "4" + rdig(14)
    elif kind == "mc":
        p = "5" + rng.choice("12345") + rdig(13)
    elif kind == "amex":
        p = rng.choice(["34", "37"]) + rdig(12)
    elif kind == "disc":
        p = "6011" + rdig(11)
    elif kind == "visa13":
        p = "4" + rdig(11)
    else:
        p = "6759" + rdig(14)
    return luhn_complete(p)


def card_groups(c):
    if len(c) == 15:
        return [4, 6, 5]
    if len(c) == 13:
        return [4, 3, 3, 3]
    if len(c) == 19:
        return [4, 4, 4, 4, 3]
    return [4, 4, 4, 4]


def non_luhn(n):
    while True:
        s = rng.choice("123456789") + rdig(n - 1)
        if not luhn_ok(s):
            return s


def gen_ssn():
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, rng.randint(1, 99), rng.randint(1, 9999))


NI_FIRST = "ABCEGHJKLMNPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def gen_ni():
    while True:
        p = rng.choice(NI_FIRST) + rng.choice(NI_SECOND)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + rdig(6) + rng.choice("ABCD")


def iban_check(cc, bban):
    s = bban + cc + "00"
    num = "".join(str(int(ch, 36)) for ch in s)
    return "%02d" % (98 - int(num) % 97)


def gen_iban():
    cc = rng.choice(["GB", "IE", "DE", "NL", "FR", "ES", "IE", "GB"])
    L = lambda n: "".join(rng.choice("ABCDEFGHJKLMNPRSTUWXYZ") for _ in range(n))
    if cc in ("GB", "IE"):
        bban = rng.choice(["NWBK", "BARC", "AIBK", "BKIR", "ULSB", "HSBC", "MIDL"]) + rdig(14)
    elif cc == "DE":
        bban = rdig(18)
    elif cc == "NL":
        bban = rng.choice(["ABNA", "INGB", "SNSB"]) + rdig(10)
    elif cc == "FR":
        bban = rdig(23)
    else:
        bban = rdig(20)
    return cc + iban_check(cc, bban) + bban


def iban_ok(s):
    s = s.upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


PC_OUT = ["LS6", "SW1A", "M14", "B15", "EH3", "CF10", "BT9", "NE1", "G12", "BS8", "N16", "SE15", "L17",
          "CB2", "HU5", "NG7", "S10", "DH1", "PL4", "TS1", "E17", "W3", "KT2", "RG1"]


def gen_pc():
    return rng.choice(PC_OUT) + str(rng.randint(1, 9)) + "".join(rng.choice("ABDEFGHJLNPQRSTUWXYZ") for _ in range(2))


UK_PC_RE = re.compile(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}")
STREETS_UK = ["Kingsley Road", "Albert Street", "Mill Lane", "Hawthorn Close", "Victoria Terrace", "Church Walk",
              "Beech Grove", "Station Approach", "Oakfield Avenue", "Princes Crescent", "Tanners Row", "Marsh Way"]
STREETS_US = ["Maple Ave", "Oak Street", "Elm Drive", "Sunset Blvd", "W 43rd St", "Pine Ct", "Lakeview Road",
              "Cedar Lane", "Main St", "Hickory Way"]
TOWNS_UK = ["Leeds", "Bristol", "Manchester", "Cardiff", "Belfast", "Glasgow", "Norwich", "York", "Reading"]
TOWNS_US = [("Springfield", "IL"), ("Austin", "TX"), ("Columbus", "OH"), ("Tacoma", "WA"), ("Raleigh", "NC")]
FIRST = ["sarah", "mike", "priya", "tom", "aoife", "kwame", "li", "jo", "niamh", "dave", "marta", "raj", "ellen"]
LAST = ["doe", "kelly", "patel", "nguyen", "smith", "okafor", "byrne", "walsh", "garcia", "holt", "reid"]
DOMAINS = [("gmail", "com"), ("outlook", "com"), ("yahoo", "co.uk"), ("btinternet", "com"), ("eircom", "net"),
           ("hotmail", "co.uk"), ("icloud", "com"), ("proton", "me"), ("aol", "com"), ("gmx", "de")]
ADDR_SUFFIX = r"(road|street|lane|close|terrace|walk|grove|approach|avenue|crescent|row|way|ave|st|drive|blvd|ct|court)"


# ----------------------------------------------------------- case builder
class V(object):
    def __init__(self, text, typ, key=None, truth=None, frag=False):
        self.text, self.typ, self.key, self.truth, self.frag = text, typ, key, truth, frag


class Case(object):
    def __init__(self, kind, note):
        self.kind, self.note, self.turns = kind, note, []

    def t(self, speaker, *segs):
        self.turns.append((speaker, segs))
        return self

    def c(self, *segs):
        return self.t("customer", *segs)

    def a(self, *segs):
        return self.t("agent", *segs)

    def render(self, cid):
        turns, spans, meta = [], [], []
        for ti, (sp, segs) in enumerate(self.turns):
            text = ""
            for s in segs:
                if isinstance(s, V):
                    st = len(text)
                    text += s.text
                    spans.append({"turn": ti, "start": st, "end": len(text), "type": s.typ})
                    meta.append(s)
                else:
                    text += s
            turns.append({"speaker": sp, "text": text})
        rec = OrderedDict([("id", cid), ("kind", self.kind), ("turns", turns), ("spans", spans),
                           ("note", self.note)])
        return rec, meta


_key = [0]


def K():
    _key[0] += 1
    return "k%d" % _key[0]


# ------------------------------------------------------- value renderers
def card_typed(c):
    st = rng.randint(0, 5)
    g = card_groups(c)
    if st == 0:
        return c
    if st == 1:
        return group(c, g, " ")
    if st == 2:
        return group(c, g, "-")
    if st == 3:
        return group(c, [4, 4, 8] if len(c) == 16 else g, " ")
    if st == 4:
        return group(c, [2, 6, 4, 4] if len(c) == 16 else g, " ")
    return group(c, g, "  ")


def card_spoken(c, uk=True, fill=0.0):
    return speak_digits(c, card_groups(c), uk, fill=fill)


def ssn_typed(s):
    return rng.choice([s[:3] + "-" + s[3:5] + "-" + s[5:], s[:3] + " " + s[3:5] + " " + s[5:], s,
                       s[:3] + "." + s[3:5] + "." + s[5:]])


def ni_typed(n):
    st = rng.randint(0, 4)
    if st == 0:
        return n
    if st == 1:
        return n[:2] + " " + n[2:4] + " " + n[4:6] + " " + n[6:8] + " " + n[8]
    if st == 2:
        return n.lower()
    if st == 3:
        return n[:2] + "-" + n[2:8] + "-" + n[8]
    return n[:2].lower() + " " + n[2:8] + " " + n[8]


def ni_spoken(n, fill=0.0):
    parts = [letter_say(n[0]), letter_say(n[1])]
    digits = speak_digits(n[2:8], [2, 2, 2], True, p_pair=0.6, fill=fill)
    sep = rng.choice([", ", " ", "... "])
    return parts[0] + sep + parts[1] + ", " + digits + rng.choice([", ", "... ", " and then "]).replace(" and then ", ", ") + letter_say(n[8], 0.7)


def alnum_spoken(s, fill=0.0, uk=True):
    out = []
    i = 0
    while i < len(s):
        ch = s[i]
        if ch.isdigit():
            j = i
            while j < len(s) and s[j].isdigit():
                j += 1
            out.append(speak_digits(s[i:j], [4] * 10, uk, seps=(", ",), p_pair=0.15, p_hund=0.0))
            i = j
        else:
            if i + 1 < len(s) and s[i + 1] == ch and rng.random() < 0.5:
                out.append("double " + ch.lower())
                i += 2
            else:
                out.append(letter_say(ch, 0.35))
                i += 1
        if fill and rng.random() < fill and i < len(s):
            out.append("um,")
    return ", ".join(x.rstrip(",") if not x.endswith("um,") else x for x in out).replace("um,,", "um,")


def pc_spoken(p):
    return alnum_spoken(p[:-3]) + rng.choice([", ", "... ", " - "]) + alnum_spoken(p[-3:])


def pc_typed(p):
    x = p[:-3] + rng.choice([" ", " ", ""]) + p[-3:]
    return x.lower() if rng.random() < 0.25 else x


def iban_typed(i):
    st = rng.randint(0, 3)
    if st == 0:
        return i
    if st == 1:
        return group(i, [4] * 10, " ")
    if st == 2:
        return group(i, [4] * 10, " ").lower()
    return group(i, [2, 2, 4, 6, 8] + [10], " ")


def gen_phone():
    k = rng.choice(["ukmob", "ukmob", "ukland", "us", "us", "ie", "de", "fr"])
    if k == "ukmob":
        nat = "07" + rng.choice(["7", "8", "9", "4"]) + rdig(8)
        intl = "+44" + nat[1:]
        return k, nat, intl
    if k == "ukland":
        nat = rng.choice(["0113", "0161", "0117", "0121", "0141"]) + rdig(7)
        return k, nat, "+44" + nat[1:]
    if k == "us":
        nat = rng.choice(["415", "312", "646", "512", "919", "206"]) + rng.choice("23456789") + rdig(6)
        return k, nat, "+1" + nat
    if k == "ie":
        nat = "08" + rng.choice("35679") + rdig(7)
        return k, nat, "+353" + nat[1:]
    if k == "de":
        nat = "0" + rng.choice(["30", "89", "151", "170"]) + rdig(7)
        return k, nat, "+49" + nat[1:]
    nat = "06" + rdig(8)
    return k, nat, "+33" + nat[1:]


def phone_typed(k, nat, intl):
    use_intl = rng.random() < 0.45
    if k == "us":
        if use_intl:
            return intl, rng.choice(["+1 %s %s %s", "+1-%s-%s-%s", "+1 (%s) %s-%s"]) % (nat[:3], nat[3:6], nat[6:])
        return nat, rng.choice(["%s.%s.%s", "%s-%s-%s", "%s %s %s"]) % (nat[:3], nat[3:6], nat[6:])
    if use_intl:
        cc = intl[:len(intl) - len(nat) + 1]
        body = nat[1:]
        return intl, cc + rng.choice([" ", "", " "]) + group(body, [4, 6] if k.startswith("uk") else [2, 3, 4], " ")
    return nat, group(nat, [5, 6] if k == "ukmob" else [4, 3, 4] if k == "ukland" else [3, 3, 4], rng.choice([" ", "", " "]))


def phone_spoken(k, nat, intl, fill=0.0):
    uk = k != "us"
    if rng.random() < 0.35 and k != "us":
        cc = intl[1:len(intl) - len(nat) + 1]
        body = nat[1:]
        return intl, "plus " + speak_chunk(cc, uk, p_dbl=0.6, p_pair=0.0) + ", " + speak_digits(
            body, [4, 3, 3] if len(body) == 10 else [3, 3, 4], uk, fill=fill)
    if k == "us":
        return nat, speak_digits(nat, [3, 3, 4], False, fill=fill)
    return nat, speak_digits(nat, [5, 3, 3] if k.startswith("uk") else [3, 3, 4], uk, fill=fill)


def email_truth():
    f, l = rng.choice(FIRST), rng.choice(LAST)
    d, tld = rng.choice(DOMAINS)
    st = rng.randint(0, 4)
    if st == 0:
        local = f[0] + "." + l
    elif st == 1:
        local = f + "_" + l[0] + str(rng.randint(70, 99))
    elif st == 2:
        local = f + l + str(rng.randint(1, 9))
    elif st == 3:
        local = f + "." + l + "-" + str(rng.randint(11, 19))
    else:
        local = l + f[0]
    return local + "@" + d + "." + tld


def email_spoken(e):
    out = []
    for tok in re.findall(r"[a-z]+|\d+|[@._-]", e):
        if tok == "@":
            out.append("at")
        elif tok == ".":
            out.append("dot")
        elif tok == "_":
            out.append("underscore")
        elif tok == "-":
            out.append(rng.choice(["dash", "hyphen"]))
        elif tok.isdigit():
            out.append(pair_words(tok) if len(tok) == 2 else " ".join(UNITS[int(x)] if x != "0" else "zero" for x in tok))
        elif len(tok) <= 2 or rng.random() < 0.3:
            out.append(" ".join(letter_say(ch, 0.3) for ch in tok))
        else:
            out.append(tok)
    return " ".join(out)


def email_typed(e):
    r = rng.random()
    if r < 0.3:
        return e[0].upper() + e[1:]
    if r < 0.4:
        return e.upper()
    return e


def gen_date(lo, hi):
    y = rng.randint(lo, hi)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    return d, m, y


def year_spoken(y):
    if y >= 2000:
        if y == 2000:
            return "two thousand"
        if y < 2010:
            return "two thousand and " + UNITS[y - 2000]
        return "twenty " + pair_words(str(y - 2000))
    yy = y % 100
    return "nineteen " + (pair_words("%02d" % yy) if yy >= 10 else "oh " + UNITS[yy])


def dob_render(d, m, y, spoken, us=False):
    if not spoken:
        st = rng.randint(0, 5)
        if st == 0:
            return ("%02d/%02d/%d" % ((m, d, y) if us else (d, m, y)))
        if st == 1:
            return "%d %s %d" % (d, MONTHS[m - 1].capitalize(), y)
        if st == 2:
            return "%s %d, %d" % (MONTHS[m - 1].capitalize()[:3], d, y)
        if st == 3:
            return "%02d.%02d.%02d" % (d, m, y % 100)
        if st == 4:
            return "%d-%02d-%02d" % (y, m, d)
        return "%d%s %s %d" % (d, {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}.get(d, "th"), MONTHS[m - 1], y)
    st = rng.randint(0, 3)
    if st == 0:
        return "the " + ordinal(d) + " of " + MONTHS[m - 1] + " " + year_spoken(y)
    if st == 1:
        return MONTHS[m - 1] + " " + ordinal(d) + ", " + year_spoken(y)
    if st == 2:
        return ordinal(d) + " " + MONTHS[m - 1] + ", um, " + year_spoken(y)
    dd = "%02d" % d
    mm = "%02d" % m
    a, b = (mm, dd) if us else (dd, mm)
    return speak_chunk(a, not us, p_pair=0.5) + ", " + speak_chunk(b, not us, p_pair=0.5) + ", " + pair_words("%02d" % (y % 100)) if y % 100 >= 10 else \
        speak_chunk(a, not us) + ", " + speak_chunk(b, not us) + ", " + year_spoken(y)


def exp_render(m, y, spoken):
    if not spoken:
        return rng.choice(["%02d/%02d", "%02d/%02d", "%02d-%02d", "%02d / %02d", "%02d/20%02d"]) % (m, y % 100)
    st = rng.randint(0, 2)
    if st == 0:
        return speak_chunk("%02d" % m, True, p_pair=0.2) + ", " + pair_words("%02d" % (y % 100))
    if st == 1:
        return MONTHS[m - 1] + " " + year_spoken(y)
    return speak_chunk("%02d" % m, True, p_pair=0.2) + " " + rng.choice(["slash", "of"]) + " " + year_spoken(y)


# -------------------------------------------------------- spoken parser
WORDNUM = {w: i for i, w in enumerate(UNITS)}
WORDNUM.update({"oh": 0, "o": 0, "nought": 0})
TEENW = {v: k for k, v in TEENS.items()}
TENW = {v: k for k, v in TENS.items()}
BARRIER = {",", "...", "-", ";", ":", "/"}


def tokenize(text):
    return re.findall(r"\.\.\.|[a-z]+(?:-[a-z]+)?|\d+|[+@._,;:/-]", text.lower())


def normalise(text, letters=False):
    """Turn a typed or spoken value into its canonical characters."""
    toks = tokenize(text)
    out = []
    i = 0
    n = len(toks)

    def nxt(j):
        return toks[j] if j < n else None

    while i < n:
        t = toks[i]
        if t in FILLERS or t in ("slash", "space", "dash", "then", "and", "of", "the"):
            i += 1
            continue
        if t in BARRIER or t == ".":
            i += 1
            continue
        if t == "+" or t == "plus":
            out.append("+")
            i += 1
            continue
        if t.isdigit():
            out.append(t)
            i += 1
            continue
        if letters and len(t) == 1 and t.isalpha() and nxt(i + 1) == "for":
            out.append(t.upper())
            i += 3
            continue
        if letters and len(t) == 1 and t.isalpha() and nxt(i + 1) == "as" and nxt(i + 2) == "in":
            out.append(t.upper())
            i += 4
            continue
        if t in ("double", "triple"):
            rep = 2 if t == "double" else 3
            u = nxt(i + 1)
            if u in WORDNUM:
                out.append(str(WORDNUM[u]) * rep)
            else:
                out.append(u.upper() * rep)
            i += 2
            continue
        if t in WORDNUM and not (letters and t == "o" and False):
            d = WORDNUM[t]
            if nxt(i + 1) == "hundred":
                if nxt(i + 2) == "and":
                    u = nxt(i + 3)
                    if u in TEENW:
                        out.append("%d%02d" % (d, TEENW[u]))
                        i += 4
                    elif u in TENW:
                        v = TENW[u] * 10
                        if nxt(i + 4) in WORDNUM and WORDNUM[nxt(i + 4)] > 0:
                            v += WORDNUM[nxt(i + 4)]
                            i += 1
                        out.append("%d%02d" % (d, v))
                        i += 4
                    else:
                        out.append("%d%02d" % (d, WORDNUM[u]))
                        i += 4
                else:
                    out.append("%d00" % d)
                    i += 2
                continue
            if nxt(i + 1) == "thousand":
                v = d * 1000
                j = i + 2
                if nxt(j) == "and":
                    j += 1
                u = nxt(j)
                if u in TEENW:
                    v += TEENW[u]
                    j += 1
                elif u in TENW:
                    v += TENW[u] * 10
                    j += 1
                    if nxt(j) in WORDNUM and WORDNUM[nxt(j)] > 0:
                        v += WORDNUM[nxt(j)]
                        j += 1
                elif u in WORDNUM:
                    v += WORDNUM[u]
                    j += 1
                out.append(str(v))
                i = j
                continue
            out.append(str(d))
            i += 1
            continue
        if t in TEENW:
            out.append(str(TEENW[t]))
            i += 1
            continue
        if t in TENW:
            v = TENW[t] * 10
            if nxt(i + 1) in WORDNUM and WORDNUM[nxt(i + 1)] > 0:
                v += WORDNUM[nxt(i + 1)]
                i += 1
            out.append(str(v))
            i += 1
            continue
        if letters and len(t) == 1:
            out.append(t.upper())
            i += 1
            continue
        if letters and t.isalpha():
            out.append(t.upper())
            i += 1
            continue
        out.append("?" + t)
        i += 1
    return "".join(out)


def normalise_email(text):
    if "@" in text:
        return text.lower()
    toks = text.lower().split()
    out, i = [], 0
    while i < len(toks):
        t = toks[i]
        if t == "at":
            out.append("@")
        elif t == "dot":
            out.append(".")
        elif t == "underscore":
            out.append("_")
        elif t in ("dash", "hyphen"):
            out.append("-")
        elif len(t) == 1 and i + 1 < len(toks) and toks[i + 1] == "for":
            out.append(t)
            i += 2
        elif len(t) == 1 and i + 2 < len(toks) and toks[i + 1] == "as" and toks[i + 2] == "in":
            out.append(t)
            i += 3
        elif t in TENW:
            v = TENW[t] * 10
            if i + 1 < len(toks) and toks[i + 1] in WORDNUM and WORDNUM[toks[i + 1]] > 0:
                v += WORDNUM[toks[i + 1]]
                i += 1
            out.append(str(v))
        elif t in TEENW:
            out.append(str(TEENW[t]))
        elif t in UNITS:
            out.append(str(UNITS.index(t)))
        else:
            out.append(t)
        i += 1
    return "".join(out)


# -------------------------------------------------------- validators
NI_RE = re.compile(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]")
EMAIL_RE = re.compile(r"[a-z0-9._-]+@[a-z0-9-]+(\.[a-z0-9-]+)+")


def validate_value(typ, s):
    if typ == "CARD_NUMBER":
        return s.isdigit() and 13 <= len(s) <= 19 and luhn_ok(s)
    if typ == "CVV":
        return s.isdigit() and len(s) in (3, 4)
    if typ == "SSN":
        return s.isdigit() and len(s) == 9 and s[:3] not in ("000", "666") and s[0] != "9" and s[3:5] != "00" and s[5:] != "0000"
    if typ == "NI_NUMBER":
        return bool(NI_RE.fullmatch(s)) and s[:2] not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ")
    if typ == "BANK_ACCOUNT":
        return s.isdigit() and 6 <= len(s) <= 12
    if typ == "SORT_CODE":
        return s.isdigit() and len(s) == 6
    if typ == "IBAN":
        return iban_ok(s)
    if typ == "PHONE":
        d = s.lstrip("+")
        return d.isdigit() and 10 <= len(d) <= 13 and s.count("+") <= 1
    if typ == "EMAIL":
        return bool(EMAIL_RE.fullmatch(s))
    if typ == "POSTCODE":
        return bool(UK_PC_RE.fullmatch(s)) or bool(re.fullmatch(r"\d{5}(\d{4})?", s))
    return False


def date_ok(text, truth, expiry):
    d, m, y = truth
    low = text.lower()
    has_month = MONTHS[m - 1] in low or MONTHS[m - 1][:3] in low
    norm = normalise(re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", low) if not has_month else low.replace(MONTHS[m - 1], " ").replace(MONTHS[m - 1][:3], " "))
    ords = {v: k for k, v in ORD.items()}
    for w, v in ords.items():
        if w in low:
            pass
    if not (norm.endswith("%02d" % (y % 100)) or norm.startswith(str(y))):
        return False
    if not has_month and ("%02d" % m) not in norm:
        return False
    return True


def check_case(rec, meta):
    errs = []
    groups = OrderedDict()
    for sp, v in zip(rec["spans"], meta):
        text = rec["turns"][sp["turn"]]["text"]
        s, e = sp["start"], sp["end"]
        if not (0 <= s < e <= len(text)):
            errs.append("offset out of range")
            continue
        seg = text[s:e]
        if seg != v.text:
            errs.append("span text mismatch")
        if not (seg[0].isalnum() or seg[0] == "+") or not seg[-1].isalnum():
            errs.append("span not trimmed: %r" % seg)
        if s > 0 and text[s - 1].isalnum():
            errs.append("span starts mid-word: %r" % seg)
        if e < len(text) and text[e].isalnum():
            errs.append("span ends mid-word: %r" % seg)
        if v.frag:
            if not normalise(seg).isdigit():
                errs.append("fragment not digits %r" % seg)
            continue
        groups.setdefault(v.key, []).append(v)
    for t in range(len(rec["turns"])):
        ss = sorted((x["start"], x["end"]) for x in rec["spans"] if x["turn"] == t)
        for a, b in zip(ss, ss[1:]):
            if b[0] < a[1]:
                errs.append("overlap")
    for key, vs in groups.items():
        typ = vs[0].typ
        truth = vs[0].truth
        if any(x.typ != typ for x in vs):
            errs.append("mixed types in group")
        if typ in ("DOB", "EXPIRY"):
            if not date_ok(" , ".join(x.text for x in vs), truth, typ == "EXPIRY"):
                errs.append("bad date %r" % [x.text for x in vs])
            continue
        if typ == "ADDRESS":
            t = " ".join(x.text for x in vs).lower()
            if not re.match(r"(flat|apt|apartment|unit)?\s*[\w ]*?\b(\d+|%s)" % "|".join(UNITS + list(TEENW) + list(TENW)), t) or not re.search(ADDR_SUFFIX + r"$", t):
                errs.append("bad address %r" % t)
            continue
        if typ == "EMAIL":
            got = "".join(normalise_email(x.text) for x in vs)
        else:
            got = "".join(normalise(x.text, letters=typ in ("NI_NUMBER", "IBAN", "POSTCODE")) for x in vs)
        if not validate_value(typ, got):
            errs.append("invalid %s %r from %r" % (typ, got, [x.text for x in vs]))
        if truth is not None and got != truth:
            errs.append("%s normalised %r != truth %r (%r)" % (typ, got, truth, [x.text for x in vs]))
    return errs


# =========================================================== templates
IND = ["bank", "telecom", "energy supplier", "retailer", "insurer", "airline", "hospital billing", "council",
       "water company", "broadband provider", "credit union", "travel agent"]
BACK = ["mhm", "go on", "yep", "okay", "uh huh", "right", "yes", "got that", "mm-hm"]


def back():
    return rng.choice(BACK)


def distractor_speech():
    """Non-PII number chatter that sounds like an id or card reading."""
    k = rng.randint(0, 9)
    if k == 0:
        o = non_luhn(16)
        return "your order number is " + speak_digits(o, [4, 4, 4, 4], True)
    if k == 1:
        return "the reference for today's call is " + speak_digits(rdig(3) + rdig(2) + rdig(4), [3, 2, 4], True)
    if k == 2:
        return "that's the card ending " + speak_chunk(rdig(4), True) + ", is that right"
    if k == 3:
        return "your balance is " + str(rng.randint(100, 4999)) + " pounds " + str(rng.randint(10, 99))
    if k == 4:
        return "the meter reading I've got is " + speak_digits(rdig(5), [5], True)
    if k == 5:
        return "the claim number is " + rng.choice("ABCDEFGH") + rdig(8)
    if k == 6:
        return "your ticket number is " + speak_digits(non_luhn(12), [4, 4, 4], True)
    if k == 7:
        return "you've been with us for " + rng.choice(["eleven", "fourteen", "twenty two", "six"]) + " years"
    if k == 8:
        return "the payment of " + str(rng.randint(20, 400)) + " pounds goes out on the " + ordinal(rng.randint(1, 28))
    return "policy number " + rng.choice("ABCDEFGHJ") + rng.choice("ABCDEFGHJ") + rdig(6) + rng.choice("XYZ") + ", for the home cover"


def distractor_typed():
    k = rng.randint(0, 6)
    if k == 0:
        return "Order #" + non_luhn(rng.choice([12, 14, 16]))
    if k == 1:
        return "ticket ref " + rdig(3) + "-" + rdig(2) + "-" + rdig(4)
    if k == 2:
        return "card ending " + rdig(4)
    if k == 3:
        return "invoice INV-" + rdig(8)
    if k == 4:
        return "tracking 1Z" + rdig(4) + "X" + rdig(10)
    if k == 5:
        return "amount due: $" + str(rng.randint(10, 2000)) + "." + rdig(2)
    return "serial no. " + group(non_luhn(16), [4, 4, 4, 4], " ")


# ---- positive templates
def p_card_chat():
    c = gen_card()
    m, y = rng.randint(1, 12), rng.randint(2025, 2031)
    cvv = rdig(4 if len(c) == 15 else 3)
    ind = rng.choice(IND)
    cs = Case("positive", "typed chat, card + expiry + cvv with non-PII order/ref number nearby (%s)" % ind)
    cs.a("Thanks for contacting the %s. Can you confirm the card you'd like to pay with?" % ind)
    lab = rng.choice(["card no: ", "Card number - ", "its ", "CC# ", "card: ", "long number is "])
    cs.c(lab, V(card_typed(c), "CARD_NUMBER", K(), c), rng.choice([" exp ", " expiry ", ", expires "]),
         V(exp_render(m, y, False), "EXPIRY", K(), (1, m, y)), rng.choice([" cvv ", " sec code ", " and the 3 digits on back are "]),
         V(cvv, "CVV", K(), cvv))
    cs.c(rng.choice(["also pls note ", "fyi ", "btw "]) + distractor_typed())
    cs.a("Thank you, that payment of £" + str(rng.randint(5, 900)) + ".00 has gone through.")
    return cs


def p_card_split():
    c = gen_card()
    g = card_groups(c)
    k = K()
    uk = rng.random() < 0.7
    cs = Case("positive", "ASR call, card read in groups across turns with back-channels, agent read-back, distractor number")
    cs.a(rng.choice(["okay and the long number on the front of the card when you're ready",
                     "can i take the card number please", "go ahead with the sixteen digits"]))
    i = 0
    for gi, n in enumerate(g):
        chunk = c[i:i + n]
        i += n
        lead = rng.choice(["", "", "um ", "right so ", "it's "]) if gi == 0 else rng.choice(["", "", "then ", "uh "])
        cs.c(lead, V(speak_chunk(chunk, uk, fill=0.15), "CARD_NUMBER", k, c))
        if gi < len(g) - 1:
            cs.a(back())
    r = rng.random()
    if r < 0.4:
        cs.a("let me read that back, ", V(card_spoken(c, uk), "CARD_NUMBER", K(), c), rng.choice(["?", ", yeah?"]))
        cs.c("yes that's it")
    elif r < 0.8:
        l4 = c[-4:]
        cs.a("lovely so that's the card ending ", V(speak_chunk(l4, uk), "CARD_NUMBER", K(), None, frag=True), ", and the expiry")
        m, y = rng.randint(1, 12), rng.randint(2025, 2031)
        cs.c(V(exp_render(m, y, True), "EXPIRY", K(), (1, m, y)))
    else:
        cvv = rdig(4 if len(c) == 15 else 3)
        cs.a("and the security code on the back")
        cs.c(V(speak_chunk(cvv, uk), "CVV", K(), cvv))
    cs.a(distractor_speech())
    return cs


def p_card_restart():
    c = gen_card()
    old = gen_card()
    uk = rng.random() < 0.6
    cs = Case("positive", "ASR call, customer starts reading an old card, abandons, restarts; aside mid-reading")
    cs.a("what's the card number you'd like to use")
    cs.c("it's ", V(speak_chunk(old[:4], uk), "CARD_NUMBER", K(), None, frag=True),
         rng.choice([" no wait that's the old one hang on", " oh no sorry that one's expired", " actually no, wrong card, one sec"]))
    cs.a(rng.choice(["no problem take your time", "that's fine", "no rush"]))
    g = card_groups(c)
    first = sum(g[:2])
    k = K()
    cs.c("okay ", V(speak_digits(c[:first], g[:2], uk, fill=0.1), "CARD_NUMBER", k, c),
         rng.choice([" sorry the dog's barking ", " hold on let me get my glasses ", " can you hear me ok "]),
         V(speak_digits(c[first:], g[2:], uk, fill=0.1), "CARD_NUMBER", k, c))
    cs.a("thank you. and just so you know " + distractor_speech())
    return cs


def p_ssn():
    s = gen_ssn()
    spoken = rng.random() < 0.55
    cs = Case("positive", "US call/chat, SSN %s with SSN-shaped claim/reference number as distractor" % ("spoken" if spoken else "typed"))
    ind = rng.choice(["health plan", "hospital billing office", "credit union", "wireless carrier", "benefits office", "auto insurer"])
    cs.a("Thanks for calling the %s. For verification I'll need your social security number." % ind)
    if spoken:
        if rng.random() < 0.5:
            k = K()
            cs.c(rng.choice(["sure it's ", "yeah ", "uh ok "]), V(speak_digits(s[:3], [3], False, fill=0.1), "SSN", k, s))
            cs.a(back())
            cs.c(V(speak_digits(s[3:], [2, 4], False, fill=0.1), "SSN", k, s))
        else:
            cs.c(rng.choice(["it's ", "my social is ", "ok "]), V(speak_digits(s, [3, 2, 4], False, p_hund=0.2, fill=0.1), "SSN", K(), s))
        if rng.random() < 0.4:
            cs.a("so that's ", V(speak_digits(s, [3, 2, 4], False), "SSN", K(), s), ", correct?")
            cs.c("correct")
        ref = rdig(3) + rdig(2) + rdig(4)
        cs.a("thank you. your claim number for this call is " + speak_digits(ref, [3, 2, 4], False) + ", and that's a claim number, not your social")
    else:
        cs.c(rng.choice(["SSN: ", "ssn ", "social is ", "Social Security # "]), V(ssn_typed(s), "SSN", K(), s),
             rng.choice(["", " thx", ". my member ID is " + rdig(3) + "-" + rdig(2) + "-" + rdig(4)]))
        cs.a("Thanks. Your case reference is %s-%s-%s; please keep it for your records." % (rdig(3), rdig(2), rdig(4)))
    if rng.random() < 0.4:
        d, m, y = gen_date(1940, 2004)
        cs.a("and your date of birth?")
        cs.c(V(dob_render(d, m, y, spoken, us=True), "DOB", K(), (d, m, y)))
    return cs


def p_ni():
    n = gen_ni()
    spoken = rng.random() < 0.55
    cs = Case("positive", "UK government/benefits/payroll, NI number %s, with NI-shaped policy/reference nearby" % ("spoken" if spoken else "typed"))
    cs.a(rng.choice(["Can I take your National Insurance number please?", "what's your NI number", "I just need your national insurance number to find the claim"]))
    if spoken:
        if rng.random() < 0.4:
            k = K()
            cs.c(rng.choice(["yeah it's ", "um ", "right ", ""]), V(letter_say(n[0]) + ", " + letter_say(n[1]), "NI_NUMBER", k, n))
            cs.a(back())
            cs.c(V(speak_digits(n[2:8], [2, 2, 2], True, p_pair=0.6, fill=0.1), "NI_NUMBER", k, n))
            cs.a(rng.choice(["and the letter at the end", "and the last letter"]))
            cs.c(V(letter_say(n[8], 0.8), "NI_NUMBER", k, n))
        else:
            cs.c(rng.choice(["yeah it's ", "ok so ", "it is "]), V(ni_spoken(n, fill=0.1), "NI_NUMBER", K(), n))
        if rng.random() < 0.5:
            cs.a("thanks, reading that back ", V(ni_spoken(n), "NI_NUMBER", K(), n))
            cs.c("that's right")
    else:
        cs.c(rng.choice(["NI no: ", "ni number ", "NINO ", "its "]), V(ni_typed(n), "NI_NUMBER", K(), n))
    ref = rng.choice("ABCDEFGHJ") + rng.choice("ABCDEFGHJ") + rdig(6) + rng.choice("XYZ")
    cs.a(rng.choice(["Your claim reference is ", "The case number is ", "Your tax reference for this enquiry is "]) +
         (ref if not spoken else alnum_spoken(ref)) + ", that's not your NI number, just our reference.")
    return cs


def p_bank():
    sc, acct = rdig(6), rdig(8)
    spoken = rng.random() < 0.5
    cs = Case("positive", "UK direct debit setup, sort code + account %s, non-PII amounts/dates" % ("spoken" if spoken else "typed"))
    cs.a("to set up the direct debit i'll need the sort code and account number")
    if spoken:
        cs.c("sort code is ", V(speak_digits(sc, [2, 2, 2], True, p_pair=0.6), "SORT_CODE", K(), sc))
        cs.a(back())
        k = K()
        cs.c("and the account number is ", V(speak_digits(acct[:4], [4], True, fill=0.1), "BANK_ACCOUNT", k, acct))
        cs.a(back())
        cs.c(V(speak_digits(acct[4:], [4], True), "BANK_ACCOUNT", k, acct))
        if rng.random() < 0.5:
            cs.a("so that's ", V(speak_digits(acct, [4, 4], True), "BANK_ACCOUNT", K(), acct), " at ",
                 V(speak_digits(sc, [2, 2, 2], True, p_pair=0.6), "SORT_CODE", K(), sc))
    else:
        cs.c(rng.choice(["sort code ", "SC: ", "s/c "]), V(rng.choice([sc[:2] + "-" + sc[2:4] + "-" + sc[4:], sc, sc[:2] + " " + sc[2:4] + " " + sc[4:]]), "SORT_CODE", K(), sc),
             rng.choice([" acct no: ", ", account ", " a/c "]), V(rng.choice([acct, acct[:4] + " " + acct[4:]]), "BANK_ACCOUNT", K(), acct))
    cs.a("your first payment of %d pounds will be taken on the %s of %s" % (rng.randint(20, 300), ordinal(rng.randint(1, 28)), rng.choice(MONTHS)))
    return cs


def p_us_bank():
    acct = rdig(rng.randint(9, 12))
    cs = Case("positive", "US payment, checking account number with routing-like reference distractor")
    cs.a("what's the checking account number")
    if rng.random() < 0.5:
        cs.c("acct # ", V(acct, "BANK_ACCOUNT", K(), acct))
    else:
        cs.c("ok it's ", V(speak_digits(acct, [3, 3, 3, 3], False, fill=0.1), "BANK_ACCOUNT", K(), acct))
    cs.a("thanks. the confirmation number for this payment is " + speak_digits(non_luhn(10), [3, 3, 4], False))
    return cs


def p_iban():
    ib = gen_iban()
    spoken = rng.random() < 0.4
    cs = Case("positive", "EU/Irish refund to IBAN %s, with booking reference distractor" % ("spoken" if spoken else "typed"))
    cs.a(rng.choice(["For the refund could you give me your IBAN?", "what IBAN should the refund go to"]))
    if spoken:
        k = K()
        cs.c("it's ", V(alnum_spoken(ib[:8], fill=0.1), "IBAN", k, ib))
        cs.a(back())
        cs.c(V(alnum_spoken(ib[8:]), "IBAN", k, ib))
    else:
        cs.c(rng.choice(["IBAN: ", "iban ", "my iban is "]), V(iban_typed(ib), "IBAN", K(), ib))
    cs.a("thanks, the refund for booking " + rng.choice("ABCDEFGHJKLMN") + rdig(5) + " of EUR " + str(rng.randint(50, 900)) + " will arrive in 5 to 7 working days")
    return cs


def p_phone():
    k, nat, intl = gen_phone()
    spoken = rng.random() < 0.55
    cs = Case("positive", "%s phone number %s, with read-back and opening hours distractor" % (k, "spoken" if spoken else "typed"))
    cs.a(rng.choice(["what's the best number to reach you on?", "can I take a contact number", "Could you confirm the mobile on the account?"]))
    if spoken:
        truth, txt = phone_spoken(k, nat, intl, fill=0.1)
        if rng.random() < 0.3:
            kk = K()
            toks = txt.split(", ")
            h = max(1, len(toks) // 2)
            cs.c("yeah it's ", V(", ".join(toks[:h]), "PHONE", kk, truth))
            cs.a(back())
            cs.c(V(", ".join(toks[h:]), "PHONE", kk, truth))
        else:
            cs.c(rng.choice(["it's ", "yeah ", "uh it's "]), V(txt, "PHONE", K(), truth))
        if rng.random() < 0.5:
            truth2, txt2 = phone_spoken(k, nat, intl)
            cs.a("let me just repeat that, ", V(txt2, "PHONE", K(), truth2))
    else:
        truth, txt = phone_typed(k, nat, intl)
        cs.c(rng.choice(["mob: ", "tel ", "phone number is ", "call me on "]), V(txt, "PHONE", K(), truth))
    cs.a(rng.choice(["we're open 8 till 8 weekdays", "someone will call you back within 48 hours",
                     "the callback will be between 2 and 4 pm", "our lines are open from 9am to 5.30pm"]))
    return cs


def p_email():
    e = email_truth()
    spoken = rng.random() < 0.55
    cs = Case("positive", "email address %s, with ticket number distractor" % ("spoken" if spoken else "typed"))
    cs.a(rng.choice(["and what email should we send the confirmation to", "can I get an email address for the receipt"]))
    if spoken:
        sp = email_spoken(e)
        if rng.random() < 0.35 and " at " in sp:
            kk = K()
            a, b = sp.split(" at ", 1)
            cs.c("it's ", V(a, "EMAIL", kk, e))
            cs.a(back())
            cs.c("at ", V(b, "EMAIL", kk, e))
            # 'at' between turns: truth check done per concatenation, insert '@'
            cs.turns[-1] = ("customer", (V(("at " + b), "EMAIL", kk, e),))
        else:
            cs.c(rng.choice(["yeah it's ", "so it's ", ""]), V(sp, "EMAIL", K(), e))
    else:
        cs.c(rng.choice(["email: ", "its ", "e-mail is "]), V(email_typed(e), "EMAIL", K(), e))
    cs.a("great, your ticket number is " + rdig(8) + " and you'll get a copy by email")
    return cs


def p_dob():
    d, m, y = gen_date(1935, 2006)
    spoken = rng.random() < 0.6
    us = rng.random() < 0.3
    cs = Case("positive", "date of birth %s with appointment date/age distractors" % ("spoken" if spoken else "typed"))
    cs.a(rng.choice(["can you confirm your date of birth", "and your DOB please", "for security, date of birth?"]))
    cs.c(rng.choice(["it's ", "", "um ", "DOB "]), V(dob_render(d, m, y, spoken, us), "DOB", K(), (d, m, y)))
    cs.a("thanks, your appointment is on the %s of %s at %s" % (ordinal(rng.randint(1, 28)), rng.choice(MONTHS), rng.choice(["half two", "10.15", "quarter past nine", "3pm"])))
    return cs


def p_address():
    uk = rng.random() < 0.6
    cs = Case("positive", "%s address + postcode, town unlabelled" % ("UK" if uk else "US"))
    cs.a(rng.choice(["can I take the first line of the address and the postcode", "what's the delivery address"]))
    num = rng.randint(1, 240)
    spoken = rng.random() < 0.5
    if uk:
        street = rng.choice(STREETS_UK)
        pc = gen_pc()
        flat = rng.random() < 0.3
        if spoken:
            addr = ("flat " + UNITS[rng.randint(1, 9)] + ", " if flat else "") + speak_chunk(str(num), True, p_pair=0.9) + " " + street.lower()
            cs.c("it's ", V(addr, "ADDRESS", K()), ", " + rng.choice(TOWNS_UK).lower() + ", ", V(pc_spoken(pc), "POSTCODE", K(), pc))
        else:
            addr = ("Flat %d, " % rng.randint(1, 12) if flat else "") + str(num) + " " + street
            cs.c(V(addr, "ADDRESS", K()), ", " + rng.choice(TOWNS_UK) + " ", V(pc_typed(pc), "POSTCODE", K(), pc))
    else:
        street = rng.choice(STREETS_US)
        town, stt = rng.choice(TOWNS_US)
        z = rdig(5)
        if z[0] == "0":
            z = "1" + z[1:]
        num = rng.randint(100, 9999)
        if spoken:
            cs.c("it's ", V(speak_chunk(str(num), False, p_pair=0.9) + " " + street.lower(), "ADDRESS", K()), ", " + town.lower() + ", zip is ",
                 V(speak_chunk(z, False), "POSTCODE", K(), z))
        else:
            zz = z + ("-" + rdig(4) if rng.random() < 0.3 else "")
            cs.c(V(str(num) + " " + street, "ADDRESS", K()), ", " + town + ", " + stt + " ", V(zz, "POSTCODE", K(), zz.replace("-", "")))
    cs.a("thanks, your parcel tracking number is " + speak_digits(non_luhn(12), [4, 4, 4], True) + " and it should arrive by the %s" % ordinal(rng.randint(1, 28)))
    return cs


def p_verify_mix():
    cs = Case("positive", "security check: DOB + postcode + card last four (last four NOT labelled: full card not read)")
    d, m, y = gen_date(1940, 2005)
    pc = gen_pc()
    cs.a("before we go on I need to run through security. date of birth?")
    cs.c(V(dob_render(d, m, y, True), "DOB", K(), (d, m, y)))
    cs.a("and the postcode")
    cs.c(V(pc_spoken(pc), "POSTCODE", K(), pc))
    cs.a("and can you confirm the last four digits of the card on the account")
    cs.c("ending " + speak_chunk(rdig(4), True))
    cs.a("perfect, you've passed security. " + distractor_speech())
    return cs


def p_ni_with_card():
    cs = Case("positive", "mixed call: NI number + card + card-shaped order number read by the agent")
    n = gen_ni()
    c = gen_card()
    cs.a("first can I get your national insurance number")
    cs.c(V(ni_spoken(n, fill=0.05), "NI_NUMBER", K(), n))
    cs.a("thanks. now the order number was " + speak_digits(non_luhn(16), [4, 4, 4, 4], True) + ". and the card you're paying with?")
    cs.c(V(card_spoken(c, True, fill=0.05), "CARD_NUMBER", K(), c))
    return cs


def p_ssn_card_chat():
    cs = Case("positive", "US chat: SSN + card, with account reference in card rhythm")
    s = gen_ssn()
    c = gen_card()
    cs.a("To verify, please provide your SSN and the card you want on file.")
    cs.c(V(ssn_typed(s), "SSN", K(), s), " and card is ", V(card_typed(c), "CARD_NUMBER", K(), c))
    cs.a("Thank you. Your account reference is %s (not a card number)." % group(non_luhn(16), [4, 4, 4, 4], " "))
    return cs


def p_email_phone_chat():
    cs = Case("positive", "typed web form: email + phone + amounts")
    e = email_truth()
    k, nat, intl = gen_phone()
    truth, txt = phone_typed(k, nat, intl)
    cs.c("Name: " + rng.choice(FIRST).capitalize() + "\nEmail: ", V(email_typed(e), "EMAIL", K(), e), "\nPhone: ", V(txt, "PHONE", K(), truth),
         "\nQuery: charged %d.%s twice on invoice %s" % (rng.randint(10, 500), rdig(2), rdig(9)))
    return cs


POS = [(p_card_chat, 5), (p_card_split, 6), (p_card_restart, 3), (p_ssn, 5), (p_ni, 5), (p_bank, 4), (p_us_bank, 1),
       (p_iban, 4), (p_phone, 3), (p_email, 3), (p_dob, 2), (p_address, 3), (p_verify_mix, 1), (p_ni_with_card, 2),
       (p_ssn_card_chat, 2), (p_email_phone_chat, 1)]


# ---- negative templates
def n_order_card_rhythm():
    cs = Case("negative", "order number read in card rhythm (4x4), card last four only")
    o = non_luhn(16)
    cs.a("can you give me the order number, it's on the confirmation email")
    cs.c("yeah the order number is ", speak_digits(o[:8], [4, 4], True, fill=0.1))
    cs.a(back())
    cs.c(speak_digits(o[8:], [4, 4], True))
    cs.a("thanks, and that was paid on the card ending " + speak_chunk(rdig(4), True) + "?")
    cs.c("yeah the visa")
    return cs


def n_claim_ssn_shape():
    cs = Case("negative", "US claim/reference numbers in SSN shape said with their label")
    a = rdig(3) + "-" + rdig(2) + "-" + rdig(4)
    cs.a("your claim number is %s. please write that down" % a)
    cs.c("so claim number " + speak_digits(a.replace("-", ""), [3, 2, 4], False) + ", got it, and the card ending " + rdig(4) + " gets the refund?")
    cs.a("yes, %d dollars and %d cents, within %d business days" % (rng.randint(10, 900), rng.randint(1, 99), rng.randint(3, 10)))
    return cs


def n_policy_ni_shape():
    cs = Case("negative", "insurance policy / tax reference in NI-like letter-digit shape, said with label")
    p = rng.choice("ABCEHJKLMPRSTWY") + rng.choice("ABCEHJKLMPRSTWY") + rdig(6) + rng.choice("ABCD")
    cs.a("can you give me your policy number, it's on the schedule")
    cs.c("policy number " + (p if rng.random() < 0.5 else alnum_spoken(p)) + ", for the car insurance")
    cs.a("thanks, your renewal premium is %d pounds, up %d percent on last year" % (rng.randint(200, 1400), rng.randint(2, 30)))
    return cs


def n_serial_model():
    cs = Case("negative", "device serial/model/IMEI-free tech support with long digit strings")
    cs.a("what's the serial number on the back of the router")
    cs.c("serial is " + group(non_luhn(16), [4, 4, 4, 4], rng.choice([" ", "-"])) + ", model " + rng.choice(["HG8245H", "VR-2600v", "SH3", "DSL-2750U"]))
    cs.a("and the router's been up for %d days, firmware version %d.%d.%d" % (rng.randint(2, 90), rng.randint(1, 9), rng.randint(0, 20), rng.randint(0, 99)))
    return cs


def n_meter():
    cs = Case("negative", "energy meter readings and account balance")
    r1 = rdig(5)
    cs.a("can i take a meter reading")
    cs.c("the electric is " + speak_digits(r1, [5], True, fill=0.2) + " and gas is " + rdig(5))
    cs.a("lovely, that leaves a balance of %d pounds %d in credit, and your tariff ends on the %s of %s %d" %
         (rng.randint(10, 600), rng.randint(1, 99), ordinal(rng.randint(1, 28)), rng.choice(MONTHS), rng.randint(2025, 2027)))
    return cs


def n_travel():
    cs = Case("negative", "travel: flight, seat, gate, booking ref, times, ages")
    cs.a("your flight %s%d departs at %s from gate %d, seat %d%s" % (rng.choice(["BA", "EI", "FR", "LH", "AA"]), rng.randint(100, 9999),
                                                                    rng.choice(["06:45", "14:10", "21:30"]), rng.randint(1, 60), rng.randint(1, 40), rng.choice("ABCDEF")))
    cs.c("and the booking reference " + "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(6)) + ", travelling with my son who's " + rng.choice(["seven", "twelve", "fifteen"]))
    cs.a("the hotel room is " + str(rng.randint(100, 999)) + ", check out by 11, and the e-ticket number is " + speak_digits(non_luhn(13), [3, 4, 3, 3], True))
    return cs


def n_ticket_typed():
    cs = Case("negative", "typed chat with several long non-PII numbers and labels")
    cs.c("hi, re " + distractor_typed() + ", still waiting. " + distractor_typed())
    cs.a("Sorry about that. I can see " + distractor_typed() + " was dispatched on 12/%02d and should arrive within 3-5 days." % rng.randint(1, 12))
    return cs


def n_last_four():
    cs = Case("negative", "card last-four mentions only, in several forms")
    l4 = rdig(4)
    cs.a("which card is it, I can see two on the account")
    cs.c(rng.choice(["the one ending ", "it's the card ending in ", "last four are "]) + speak_chunk(l4, True, fill=0.2))
    cs.a("okay the card ending %s, expiry not needed. refund of %d pounds, reference %s" % (l4, rng.randint(5, 300), rdig(10)))
    return cs


def n_amounts():
    cs = Case("negative", "amounts, balances, percentages spoken like number readings")
    cs.a("your outstanding balance is " + speak_chunk(str(rng.randint(1000, 9999)), True, p_hund=0.5) + " pounds and " + pair_words(str(rng.randint(10, 99))) + " pence")
    cs.c("and the interest rate is " + str(rng.randint(1, 29)) + "." + rdig(1) + " percent?")
    cs.a("yes, and the minimum payment of %d pounds is due on the %s, that's %d days away" % (rng.randint(20, 200), ordinal(rng.randint(1, 28)), rng.randint(2, 30)))
    return cs


def n_reference_spoken():
    cs = Case("negative", "customer reads reference numbers in groups like a card, agent back-channels")
    r = non_luhn(rng.choice([12, 16, 18]))
    lab = rng.choice(["reference number", "customer account reference", "mpan", "tracking number", "contract number", "invoice number"])
    cs.a("have you got the %s there" % lab)
    g = [4] * (len(r) // 4) + ([len(r) % 4] if len(r) % 4 else [])
    i = 0
    for gi, n in enumerate(g):
        cs.c(("the %s is " % lab if gi == 0 else "") + speak_chunk(r[i:i + n], True))
        i += n
        if gi < len(g) - 1:
            cs.a(back())
    cs.a("thanks, that's the %s, I've found it" % lab)
    return cs


def n_misc():
    cs = Case("negative", "times, durations, temps, years, road names, counts")
    cs.a("the engineer will be there between %d and %d, it takes about %d minutes" % (rng.randint(7, 11), rng.randint(12, 17), rng.randint(20, 90)))
    cs.c("ok, it's on the %s near junction %d, the house was built in %d, and it's been %d degrees in here" %
         (rng.choice(["A40", "M25", "B1234", "N7", "I-95"]), rng.randint(1, 30), rng.randint(1890, 2015), rng.randint(5, 30)))
    cs.a("noted, that's job number %s and there are %d visits booked" % (rdig(9), rng.randint(1, 4)))
    return cs


NEG = [(n_order_card_rhythm, 2), (n_claim_ssn_shape, 2), (n_policy_ni_shape, 2), (n_serial_model, 1), (n_meter, 1),
       (n_travel, 1), (n_ticket_typed, 1), (n_last_four, 2), (n_amounts, 1), (n_reference_spoken, 2), (n_misc, 1)]


def pick(table):
    tot = sum(w for _, w in table)
    r = rng.random() * tot
    for f, w in table:
        r -= w
        if r < 0:
            return f
    return table[-1][0]


def build():
    global rng
    rng = random.Random(489241125)
    _key[0] = 0
    out = []
    # round-robin guarantees coverage, weighted picks add volume
    pos = [f for f, _ in POS] * 3
    while len(pos) < 215:
        pos.append(pick(POS))
    neg = [f for f, _ in NEG] * 3
    while len(neg) < 110:
        neg.append(pick(NEG))
    cases = []
    for i, f in enumerate(pos):
        cases.append(("h489-pos-%03d" % (i + 1), f()))
    for i, f in enumerate(neg):
        cases.append(("h489-neg-%03d" % (i + 1), f()))
    for cid, cs in cases:
        out.append(cs.render(cid))
    return out


def serialise(recs):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r, _ in recs)


def counts(recs):
    c = Counter()
    for r, _ in recs:
        for s in r["spans"]:
            c[s["type"]] += 1
    return c


def main():
    recs = build()
    data = serialise(recs)
    if "--check" in sys.argv:
        errs = []
        with open(OUT, encoding="utf-8") as fh:
            if fh.read() != data:
                errs.append("cases.jsonl is not byte-identical to regenerated output")
        ids = [r["id"] for r, _ in recs]
        if len(ids) != len(set(ids)):
            errs.append("duplicate ids")
        for r, meta in recs:
            if r["kind"] == "negative" and r["spans"]:
                errs.append(r["id"] + ": negative with spans")
            if r["kind"] == "positive" and not r["spans"]:
                errs.append(r["id"] + ": positive without spans")
            for e in check_case(r, meta):
                errs.append(r["id"] + ": " + e)
        c = counts(recs)
        npos = sum(1 for r, _ in recs if r["kind"] == "positive")
        nneg = len(recs) - npos
        need = {"CARD_NUMBER": 70, "SSN": 30, "NI_NUMBER": 30}
        for t in ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE", "IBAN", "PHONE",
                  "EMAIL", "DOB", "POSTCODE", "ADDRESS"]:
            if c[t] < need.get(t, 10):
                errs.append("too few %s spans: %d" % (t, c[t]))
        if npos < 200 or nneg < 100:
            errs.append("too few cases %d/%d" % (npos, nneg))
        for e in errs[:60]:
            print("ERROR", e)
        print("positive=%d negative=%d spans=%s" % (npos, nneg, dict(sorted(c.items()))))
        if errs:
            print("CHECK FAILED (%d errors)" % len(errs))
            sys.exit(1)
        print("CHECK OK")
        return
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as fh:
        fh.write(data)
    c = counts(recs)
    print("wrote %s (%d cases) %s" % (OUT, len(recs), dict(sorted(c.items()))))


if __name__ == "__main__":
    main()

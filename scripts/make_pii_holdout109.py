#!/usr/bin/env python3
"""Generate the held-out PII evaluation set h109 (US-heavy contact-centre data).

Written by an independent AI helper that did not see the redaction code.
Usage:
    python scripts/make_pii_holdout109.py          # write fixture + README
    python scripts/make_pii_holdout109.py --check  # regenerate and verify
Standard library only. All values come from one seeded random.Random.
"""
import json
import os
import re
import sys
import random
from collections import Counter

SEED = 109241126
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout109")
CASES = os.path.join(OUT_DIR, "cases.jsonl")
README = os.path.join(OUT_DIR, "README.md")
TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE",
         "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

R = random.Random(SEED)

# ---------------------------------------------------------------- value makers
def luhn_ok(d):
    s = 0
    for i, c in enumerate(reversed(d)):
        n = int(c)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        s += n
    return s % 10 == 0


def make_card():
    kind = R.choice(["visa", "visa", "mc", "mc", "amex", "disc"])
    if kind == "visa":
        pre, ln = "4", 16
    elif kind == "mc":
        pre, ln = R.choice(["51", "52", "53", "54", "55", "2221"]), 16
    elif kind == "amex":
        pre, ln = R.choice(["34", "37"]), 15
    else:
        pre, ln = "6011", 16
    body = pre + "".join(R.choice("0123456789") for _ in range(ln - len(pre) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def make_ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


NI_FIRST = "ABCEGHJKLMNPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def make_ni():
    while True:
        p = R.choice(NI_FIRST.replace("O", "")) + R.choice(NI_SECOND.replace("O", ""))
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + "".join(R.choice("0123456789") for _ in range(6)) + R.choice("ABCD")


def digits(n, first_nonzero=False):
    s = "".join(R.choice("0123456789") for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = R.choice("123456789") + s[1:]
    return s


def iban_check(country, bban):
    raw = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in raw)
    return "%02d" % (98 - int(num) % 97)


def iban_ok(s):
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def make_iban():
    c = R.choice(["GB", "GB", "IE", "DE", "NL", "FR", "ES"])
    if c == "GB":
        bban = R.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + digits(6) + digits(8)
    elif c == "IE":
        bban = R.choice(["AIBK", "BOFI", "IPBS"]) + digits(6) + digits(8)
    elif c == "DE":
        bban = digits(18)
    elif c == "NL":
        bban = R.choice(["ABNA", "INGB", "RABO"]) + digits(10)
    elif c == "FR":
        bban = digits(23)
    else:
        bban = digits(20)
    return c + iban_check(c, bban) + bban


def make_us_phone():
    return str(R.randint(2, 9)) + digits(2) + str(R.randint(2, 9)) + digits(2) + digits(4)


def make_uk_mobile():
    return "07" + R.choice("3456789") + digits(8)


def make_ie_mobile():
    return "08" + R.choice("35679") + digits(7)


def make_zip():
    return "%05d" % R.randint(1001, 99950)


UK_PC = ["SW1A 2AA", "M1 4BH", "B33 8TH", "CR2 6XH", "LS11 5DL", "EH8 9JS", "CF10 3NQ", "BS7 8HZ",
         "G12 8QQ", "NE1 7RU", "L18 9SA", "SE15 4JW", "N17 6BX", "KT19 8PL", "RG1 3EH", "PL4 6AB",
         "BT9 5HN", "YO10 5DD", "W1T 4JH", "E14 5AB"]
US_STREETS = ["Maple", "Oak", "Cedar", "Pine", "Elm", "Washington", "Lincoln", "Jefferson", "Lakeview",
              "Sunset", "Highland", "Park", "Willow", "Hickory", "Magnolia", "Chestnut", "Madison",
              "Franklin", "Riverside", "Meadowbrook"]
US_SUFFIX = ["Street", "Avenue", "Road", "Drive", "Lane", "Court", "Boulevard", "Way", "Place", "Terrace"]
SUFFIX_ABBR = {"Street": "St", "Avenue": "Ave", "Road": "Rd", "Drive": "Dr", "Lane": "Ln", "Court": "Ct",
               "Boulevard": "Blvd", "Way": "Way", "Place": "Pl", "Terrace": "Ter"}
UK_STREETS = ["Victoria Road", "Church Lane", "Station Road", "Mill Street", "Kingsway", "Queens Drive",
              "Albert Terrace", "Manor Close", "Park Avenue", "Greenfield Crescent"]
CITIES = [("Columbus", "OH"), ("Tampa", "FL"), ("Denver", "CO"), ("Phoenix", "AZ"), ("Austin", "TX"),
          ("Raleigh", "NC"), ("Portland", "OR"), ("Atlanta", "GA"), ("Boise", "ID"), ("Omaha", "NE"),
          ("Albany", "NY"), ("Madison", "WI"), ("Fresno", "CA"), ("Tulsa", "OK")]
FIRST = ["james", "maria", "robert", "linda", "michael", "patricia", "david", "jennifer", "kevin", "aisha",
         "carlos", "nicole", "brian", "tanya", "derek", "sean", "niamh", "priya", "omar", "emily"]
LAST = ["johnson", "garcia", "miller", "davis", "rodriguez", "wilson", "anderson", "thomas", "moore",
        "jackson", "martin", "lee", "walker", "hall", "young", "king", "wright", "lopez", "hill", "scott"]
DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "aol.com", "icloud.com", "comcast.net",
           "att.net", "verizon.net", "protonmail.com"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december"]
ORD = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh", 8: "eighth",
       9: "ninth", 10: "tenth", 11: "eleventh", 12: "twelfth", 13: "thirteenth", 14: "fourteenth",
       15: "fifteenth", 16: "sixteenth", 17: "seventeenth", 18: "eighteenth", 19: "nineteenth",
       20: "twentieth", 21: "twenty first", 22: "twenty second", 23: "twenty third", 24: "twenty fourth",
       25: "twenty fifth", 26: "twenty sixth", 27: "twenty seventh", 28: "twenty eighth"}

# ---------------------------------------------------------------- spoken forms
DW = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
         "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def zero_word(uk=False):
    if uk:
        return R.choice(["oh", "zero", "nought", "o"])
    return R.choice(["oh", "zero", "oh", "o"])


def dword(c, uk=False):
    return zero_word(uk) if c == "0" else DW[int(c)]


def say_digits(s, doubles=True, uk=False):
    out = []
    i = 0
    while i < len(s):
        c = s[i]
        if doubles and i + 2 < len(s) and s[i + 1] == c and s[i + 2] == c and R.random() < 0.7:
            out.append("triple " + dword(c, uk))
            i += 3
        elif doubles and i + 1 < len(s) and s[i + 1] == c and R.random() < 0.6:
            out.append("double " + dword(c, uk))
            i += 2
        else:
            out.append(dword(c, uk))
            i += 1
    return " ".join(out)


def say_pair(p, uk=False):
    a, b = p[0], p[1]
    if a == "0":
        return zero_word(uk) + " " + dword(b, uk)
    if a == "1":
        return TEENS[int(b)]
    if b == "0":
        return TENS[int(a)]
    return TENS[int(a)] + " " + DW[int(b)]


def say_pairs(s, uk=False):
    """Say as pairs; if odd length, the first digit is said alone."""
    out = []
    if len(s) % 2:
        out.append(dword(s[0], uk))
        s = s[1:]
    for i in range(0, len(s), 2):
        out.append(say_pair(s[i:i + 2], uk))
    return " ".join(out)


def say_mixed(groups, uk=False, sep=" "):
    """groups: list of digit strings; each said digit-wise or pair-wise (pairs only for even groups)."""
    parts = []
    for gi, g in enumerate(groups):
        last = gi == len(groups) - 1
        if len(g) % 2 == 0 and R.random() < 0.35 and (last or g[-1] != "0"):
            parts.append(say_pairs(g, uk))
        else:
            parts.append(say_digits(g, uk=uk))
    return sep.join(parts)


NATO = {"A": "alpha", "B": "bravo", "C": "charlie", "D": "delta", "E": "echo", "F": "foxtrot", "G": "golf",
        "H": "hotel", "I": "india", "J": "juliet", "K": "kilo", "L": "lima", "M": "mike", "N": "november",
        "O": "oscar", "P": "papa", "Q": "quebec", "R": "romeo", "S": "sierra", "T": "tango",
        "U": "uniform", "V": "victor", "W": "whiskey", "X": "x-ray", "Y": "yankee", "Z": "zulu"}
ASR_LETTER = {"A": "a", "B": "b", "C": "c", "D": "d", "E": "e", "F": "f", "G": "g", "H": "h", "J": "j",
              "K": "k", "L": "l", "M": "m", "N": "n", "P": "p", "R": "r", "S": "s", "T": "t", "W": "w",
              "X": "x", "Y": "y", "Z": "z", "Q": "q", "U": "u", "V": "v", "I": "i"}
ASR_HOMO = {"B": "bee", "C": "see", "J": "jay", "K": "kay", "P": "pee", "T": "tee", "Y": "why",
            "R": "are", "U": "you", "Q": "queue"}


def say_letter(c, style=None):
    style = style or R.choice(["plain", "plain", "nato", "for", "homo"])
    if style == "nato":
        return NATO[c]
    if style == "for":
        return ASR_LETTER[c] + " for " + NATO[c]
    if c == "O":
        return "o for oscar" if style != "nato" else "oscar"
    if style == "homo" and c in ASR_HOMO:
        return ASR_HOMO[c]
    return ASR_LETTER[c]


# ---------------------------------------------------------------- normaliser (for --check)
WORDNUM = {w: str(i) for i, w in enumerate(DW)}
WORDNUM.update({"oh": "0", "o": "0", "nought": "0", "nil": "0"})
FILLERS = {"um", "uh", "erm", "er", "uhm", "hmm", "like", "sorry", "and", "so", "its", "it's", "is", "dash", "|"}
NATO_REV = {v: k for k, v in NATO.items()}
HOMO_REV = {v: k for k, v in ASR_HOMO.items()}


def normalise(text, letters=True):
    t = text.lower().replace("-", " ").replace("x ray", "x-ray")
    t = re.sub(r"[(),./:;+]", " ", t).replace("x ray", "x-ray")
    toks = t.split()
    out = []
    i = 0
    while i < len(toks):
        w = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if letters and len(w) == 1 and w.isalpha() and nxt == "for" and i + 2 < len(toks):
            out.append(w.upper())
            i += 2
        elif re.fullmatch(r"[a-z]*\d[a-z0-9]*", w):
            out.append(w.upper())
        elif w in ("double", "triple") and nxt in WORDNUM:
            out.append(WORDNUM[nxt] * (2 if w == "double" else 3))
            i += 1
        elif w in TEENS:
            out.append(str(10 + TEENS.index(w)))
        elif w in TENS and w:
            d = TENS.index(w)
            if nxt in DW[1:]:
                out.append(str(d) + WORDNUM[nxt])
                i += 1
            else:
                out.append(str(d) + "0")
        elif w == "hundred":
            out.append("00")
        elif w in WORDNUM and not (letters and w == "o" and False):
            out.append(WORDNUM[w])
        elif letters and len(w) == 1 and w.isalpha():
            if nxt == "for" and i + 2 < len(toks):
                i += 2
            out.append(w.upper())
        elif letters and w in NATO_REV:
            out.append(NATO_REV[w])
        elif letters and w.isalpha() and len(w) <= 4 and w not in HOMO_REV and w not in FILLERS and w not in ("for", "dash"):
            out.append(w.upper())
        elif False:
            out.append(NATO_REV[w])
        elif letters and w in HOMO_REV:
            out.append(HOMO_REV[w])
        elif w in FILLERS:
            pass
        else:
            out.append("?" + w)
        i += 1
    return "".join(out)


UK_PC_RE = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$")


def validate(typ, text, meta):
    """text: concatenation of all span texts of one value (joined by space)."""
    if typ == "EMAIL":
        t = text.lower().replace("[at]", " at ").replace("(at)", " at ")
        if "@" not in t:
            t = " ".join(WORDNUM[w] if w in DW else w for w in t.split() if w != "|")
            t = re.sub(r"\s+at\s+", "@", " " + t + " ").strip()
            t = re.sub(r"\s*\bdot\b\s*", ".", t)
            t = t.replace(" underscore ", "_").replace(" dash ", "-").replace(" ", "")
        return bool(re.fullmatch(r"[a-z0-9._%+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+", t)) and t == meta.lower()
    if typ in ("DOB", "EXPIRY"):
        t = text.lower()
        has = re.search(r"\d", t) or any(m in t for m in MONTHS) or any(w in t.split() for w in DW + TENS[2:] + TEENS + ["oh"])
        return bool(has) and bool(meta)
    if typ == "ADDRESS":
        n = normalise(text.split()[0] + " " + (text.split()[1] if len(text.split()) > 1 else ""), letters=False)
        return bool(re.match(r"^\d", n)) and any(s.lower() in text.lower() for s in list(US_SUFFIX) + list(SUFFIX_ABBR.values()) + ["crescent", "close", "kingsway"])
    n = normalise(text, letters=typ in ("NI_NUMBER", "POSTCODE", "IBAN"))
    if typ in ("NI_NUMBER", "POSTCODE", "IBAN"):
        n = n.upper()
    if n != meta.replace(" ", "").replace("+", "").upper():
        return False
    if typ == "CARD_NUMBER":
        return n.isdigit() and 13 <= len(n) <= 19 and luhn_ok(n)
    if typ == "CVV":
        return n.isdigit() and len(n) in (3, 4)
    if typ == "SSN":
        return n.isdigit() and len(n) == 9 and n[:3] not in ("000", "666") and n[0] != "9" and n[3:5] != "00" and n[5:] != "0000"
    if typ == "NI_NUMBER":
        return bool(re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", n))
    if typ == "BANK_ACCOUNT":
        return n.isdigit() and 6 <= len(n) <= 17
    if typ == "SORT_CODE":
        return n.isdigit() and len(n) == 6
    if typ == "IBAN":
        return iban_ok(n)
    if typ == "PHONE":
        return n.isdigit() and 10 <= len(n) <= 13
    if typ == "POSTCODE":
        return bool(re.fullmatch(r"\d{5}(\d{4})?", n) or UK_PC_RE.match(n))
    return False


# ---------------------------------------------------------------- case assembly
CASE_LIST = []   # (kind, turns, spans, note, checks)


def V(text, typ, key, canon):
    """A labelled segment; key groups parts of one value; canon is its canonical value."""
    return (text, typ, key, canon)


def add(kind, turns, note):
    """turns: list of (speaker, [segments]); segment = str or V(...)."""
    out_turns, spans, groups = [], [], {}
    for ti, (spk, segs) in enumerate(turns):
        buf = ""
        for seg in segs:
            if isinstance(seg, str):
                buf += seg
            else:
                text, typ, key, canon = seg
                s = len(buf)
                buf += text
                spans.append({"turn": ti, "start": s, "end": len(buf), "type": typ})
                g = groups.setdefault(key, [typ, canon, []])
                g[2].append(text)
        out_turns.append({"speaker": spk, "text": buf})
    CASE_LIST.append((kind, out_turns, spans, note, groups))


_k = [0]


def key():
    _k[0] += 1
    return "k%d" % _k[0]


def ch(seq):
    return R.choice(seq)


def name():
    return ch(FIRST), ch(LAST)


# ---------------------------------------------------------------- formatting helpers
def card_chat(c):
    st = ch(["sp4", "dash4", "plain", "sp4", "amex"])
    if len(c) == 15:
        return ch([c[:4] + " " + c[4:10] + " " + c[10:], c, c[:4] + "-" + c[4:10] + "-" + c[10:]])
    if st == "sp4":
        return " ".join(c[i:i + 4] for i in range(0, 16, 4))
    if st == "dash4":
        return "-".join(c[i:i + 4] for i in range(0, 16, 4))
    if st == "amex":
        return " ".join(c[i:i + 4] for i in range(0, 16, 4)).replace(" ", "  ", 1)
    return c


def card_spoken(c):
    groups = [c[:4], c[4:10], c[10:]] if len(c) == 15 else [c[i:i + 4] for i in range(0, 16, 4)]
    return say_mixed(groups, sep=ch([" ", " ", " um ", " "]))


def ssn_chat(s):
    return ch([s[:3] + "-" + s[3:5] + "-" + s[5:], s[:3] + " " + s[3:5] + " " + s[5:], s,
               s[:3] + "-" + s[3:5] + "-" + s[5:], s[:3] + "." + s[3:5] + "." + s[5:],
               s[:3] + " - " + s[3:5] + " - " + s[5:]])


def ssn_spoken(s):
    g = [s[:3], s[3:5], s[5:]]
    st = R.random()
    sep = ch([" ", " ", " ", " uh "])
    if st < 0.5:
        return say_digits(g[0]) + sep + say_digits(g[1]) + " " + say_digits(g[2])
    if st < 0.8:
        return say_digits(g[0]) + " " + say_pairs(g[1]) + " " + say_pairs(g[2])
    return say_digits(g[0]) + " " + say_digits(g[1]) + " " + say_pairs(g[2])


def phone_us_chat(p):
    return ch(["(%s) %s-%s" % (p[:3], p[3:6], p[6:]), "%s-%s-%s" % (p[:3], p[3:6], p[6:]),
               "%s.%s.%s" % (p[:3], p[3:6], p[6:]), p, "+1 %s %s %s" % (p[:3], p[3:6], p[6:]),
               "1-%s-%s-%s" % (p[:3], p[3:6], p[6:]), "(%s)%s-%s" % (p[:3], p[3:6], p[6:])])


def phone_us_spoken(p):
    a, b, c = p[:3], p[3:6], p[6:]
    st = R.random()
    if st < 0.5:
        return say_digits(a) + " " + say_digits(b) + " " + say_digits(c)
    if st < 0.8:
        return say_digits(a) + " " + say_digits(b) + " " + say_pairs(c)
    return say_digits(a) + " " + say_digits(b, doubles=False) + " " + say_digits(c)


def email_make(with_spoken=False):
    f, l = name()
    num = str(R.randint(1, 99))
    yr = str(R.randint(1960, 2005))
    opts = [[(f, f), (".", "dot"), (l, l)], [(f[0], f[0]), (l, l)], [(f, f), (l[0], l[0]), (num, " ".join(DW[int(c)] for c in num))],
            [(f, f), ("_", "underscore"), (l, l)], [(l, l), (".", "dot"), (f[0], f[0])],
            [(f, f), (yr, " ".join(DW[int(c)] for c in yr))], [(f, f), (l, l)]]
    pieces = ch(opts)
    dom = ch(DOMAINS)
    e = "".join(a for a, b in pieces) + "@" + dom
    sp = " ".join(b for a, b in pieces) + " at " + dom.replace(".", " dot ")
    return (e, sp) if with_spoken else e


def email_spoken(e):
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
                w, d = m.group(1), m.group(2)
                if len(w) == 1:
                    out.append(w)
                else:
                    out.append(w)
                if d:
                    out.append(" ".join(d))  # typed-out digits appear as numerals in ASR
        return " ".join(out)
    return sp(local) + " at " + sp(dom)


def dob_make():
    y = R.randint(1938, 2004)
    m = R.randint(1, 12)
    d = R.randint(1, 28)
    return y, m, d


def year_spoken(y):
    if y >= 2000:
        return ch(["two thousand " + DW[y - 2000] if y < 2010 else "two thousand " + TEENS[y - 2010] if y < 2020 else "twenty twenty",
                   "two thousand and " + (DW[y - 2000] if y < 2010 else TEENS[y - 2010])])
    return TEENS[9] + " " + say_pair(str(y)[2:]) if y % 100 >= 10 else "nineteen oh " + DW[y % 10]


def dob_chat(y, m, d):
    return ch(["%02d/%02d/%d" % (m, d, y), "%d/%d/%d" % (m, d, y), "%02d-%02d-%d" % (m, d, y),
               "%s %d, %d" % (MONTHS[m - 1].capitalize(), d, y), "%d-%02d-%02d" % (y, m, d),
               "%02d/%02d/%02d" % (m, d, y % 100)])


def dob_spoken(y, m, d):
    st = R.random()
    if st < 0.4:
        return MONTHS[m - 1] + " " + ORD[d] + " " + year_spoken(y)
    if st < 0.6:
        return "the " + ORD[d] + " of " + MONTHS[m - 1] + " " + year_spoken(y)
    if st < 0.8:
        return say_pair("%02d" % m) + " " + say_pair("%02d" % d) + " " + say_pair(str(y)[2:])
    return dword(str(m)[0]) + (" " + dword(str(m)[1]) if m > 9 else "") + " " + ORD[d] + " " + year_spoken(y)


def expiry_make():
    return R.randint(1, 12), R.randint(26, 33)


def expiry_chat(m, y):
    return ch(["%02d/%02d" % (m, y), "%02d/20%02d" % (m, y), "%d/%02d" % (m, y), "%02d-%02d" % (m, y),
               "%02d %02d" % (m, y)])


def expiry_spoken(m, y):
    st = R.random()
    if st < 0.45:
        return say_pair("%02d" % m) + " " + say_pair("%02d" % y)
    if st < 0.75:
        return MONTHS[m - 1] + " " + ch(["", "twenty "]) + say_pair("%02d" % y)
    return say_digits("%02d" % m) + " " + say_digits("%02d" % y)


def address_make():
    n = str(R.randint(10, 9899))
    st = ch(US_STREETS)
    suf = ch(US_SUFFIX)
    return n, st, suf


def address_chat(n, st, suf):
    pre = ch(["", "", "", "N ", "S ", "W ", "E "])
    s = n + " " + pre + st + " " + (SUFFIX_ABBR[suf] + ch(["", "."]) if R.random() < 0.5 else suf)
    if s.endswith("."):
        s = s[:-1]
    return s


def num_spoken_house(n):
    if len(n) == 4 and n[2:] == "00":
        return say_pair(n[:2]) + " hundred"
    if len(n) in (3, 4):
        return say_pairs(n) if R.random() < 0.7 else say_digits(n)
    return say_pairs(n)


def address_spoken(n, st, suf):
    return num_spoken_house(n) + " " + st.lower() + " " + suf.lower()


def zip_spoken(z):
    return say_digits(z, doubles=R.random() < 0.5)


def ukpc_spoken(pc):
    out = []
    for c in pc.replace(" ", ""):
        out.append(dword(c, True) if c.isdigit() else say_letter(c, ch(["plain", "plain", "for", "nato"])))
    return " ".join(out)


def ni_chat(n):
    st = R.random()
    if st < 0.3:
        return n
    if st < 0.55:
        return "%s %s %s %s %s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8])
    if st < 0.75:
        return n.lower()
    if st < 0.9:
        return "%s %s %s" % (n[:2], n[2:8], n[8])
    return "%s-%s-%s-%s-%s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8])


def ni_spoken(n):
    ls = ch(["plain", "plain", "nato", "for", "homo"])
    p = say_letter(n[0], ls) + " " + say_letter(n[1], ls)
    d = n[2:8]
    if R.random() < 0.4:
        mid = say_pairs(d, True)
    else:
        mid = say_digits(d, uk=True)
    return p + " " + mid + " " + say_letter(n[8], ls)


def iban_chat(i):
    if R.random() < 0.6:
        return " ".join(i[k:k + 4] for k in range(0, len(i), 4))
    return i if R.random() < 0.5 else i.lower()


def iban_spoken(i):
    out = []
    for c in i:
        out.append(dword(c, True) if c.isdigit() else say_letter(c, "plain"))
    return " ".join(out)


BACK = ["mhm", "okay", "yep", "okay go on", "uh huh", "got it", "right", "go ahead", "okay and"]


# ================================================================ POSITIVE TEMPLATES
def p_card_chat():
    c = make_card()
    ind = ch(["retail", "telecom", "utilities", "travel", "insurance"])
    lead = ch(["Hi, I want to pay my bill. Card number is ", "card: ", "ok here it is ",
               "Can you charge it to my card ", "use my debit card ", "use this one instead - ",
               "CC# ", "payment card no. "])
    tail = ch(["", " thanks", " and the amount is $84.50", ". pls confirm", " , exp to follow"])
    add("positive", [("agent", ["Sure, I can take a payment for you. What card would you like to use?"]),
                     ("customer", [lead, V(card_chat(c), "CARD_NUMBER", key(), c), tail])],
        "chat/%s: card number typed mid-message" % ind)


def p_card_call():
    c = make_card()
    ind = ch(["telecom", "cable", "utilities", "retail", "insurance", "healthcare billing"])
    pre = ch(["yeah it's ", "okay um it's ", "sure ", "alright ", "it is ", "the card number is "])
    add("positive", [("agent", [ch(["and what's the long number across the front of the card",
                                     "go ahead with the card number whenever you're ready",
                                     "can i get the number on the card please"])]),
                     ("customer", [pre, V(card_spoken(c), "CARD_NUMBER", key(), c)])],
        "call/%s: card number read aloud in one turn" % ind)


def p_card_split():
    c = make_card()
    groups = [c[:4], c[4:10], c[10:]] if len(c) == 15 else [c[i:i + 4] for i in range(0, 16, 4)]
    k = key()
    turns = [("agent", ["okay whenever you're ready go ahead with the card number"])]
    for gi, g in enumerate(groups):
        pre = ch(["", "", "um ", "okay ", "yeah "]) if gi else ch(["sure ", "okay ", "it's "])
        post = ch(["", "", " um", ""])
        turns.append(("customer", [pre, V(say_mixed([g]), "CARD_NUMBER", k, c), post]))
        if gi < len(groups) - 1:
            turns.append(("agent", [ch(BACK)]))
    add("positive", turns, "call/%s: card split over customer turns with agent back-channels" %
        ch(["telecom", "retail", "utilities", "travel"]))


def p_card_full():
    c = make_card()
    m, y = expiry_make()
    cvv = digits(4 if len(c) == 15 else 3)
    z = make_zip()
    k1, k2, k3, k4 = key(), key(), key(), key()
    amt = ch(["one twenty nine ninety nine", "forty five dollars", "two hundred and twelve dollars", "eighty dollars even"])
    add("positive", [
        ("agent", ["so that's ", amt, " today can i get the card number"]),
        ("customer", [V(card_spoken(c), "CARD_NUMBER", k1, c)]),
        ("agent", ["thank you and the expiration date"]),
        ("customer", [ch(["it's ", "", "uh "]), V(expiry_spoken(m, y), "EXPIRY", k2, "%02d/%02d" % (m, y))]),
        ("agent", ["and the three or four digit security code on the back"]),
        ("customer", [V(say_digits(cvv, doubles=False), "CVV", k3, cvv)]),
        ("agent", ["last thing the billing zip code"]),
        ("customer", [ch(["", "it's ", "that'd be "]), V(zip_spoken(z), "POSTCODE", k4, z)]),
    ], "call/%s: full card payment by phone: card, expiry, cvv, billing zip" %
        ch(["telecom", "utilities", "retail", "insurance", "healthcare billing"]))


def p_card_chat_full():
    c = make_card()
    m, y = expiry_make()
    cvv = digits(4 if len(c) == 15 else 3)
    z = make_zip() if R.random() < 0.6 else make_zip() + "-" + digits(4)
    add("positive", [
        ("agent", ["I can process that payment here. Please provide card number, expiration, CVV and billing ZIP."]),
        ("customer", [V(card_chat(c), "CARD_NUMBER", key(), c), ch([" exp ", ", exp: ", " ", " expires "]),
                      V(expiry_chat(m, y), "EXPIRY", key(), "%02d/%02d" % (m, y)),
                      ch([" cvv ", ", CVV: ", " sec code ", " cvc "]), V(cvv, "CVV", key(), cvv),
                      ch([" zip ", ", billing zip ", " ZIP: "]), V(z, "POSTCODE", key(), z.replace("-", ""))]),
    ], "chat/%s: card, expiry, cvv and zip typed in one message" % ch(["retail", "telecom", "travel"]))


def p_card_readback():
    c = make_card()
    k = key()
    add("positive", [
        ("customer", ["the card is ", V(card_spoken(c), "CARD_NUMBER", k, c)]),
        ("agent", ["let me read that back to you ", V(card_spoken(c), "CARD_NUMBER", key(), c), " is that correct"]),
        ("customer", ["yes that's right"]),
    ], "call/%s: agent reads card back to customer" % ch(["retail", "travel", "insurance"]))


def p_card_selfcorrect():
    c = make_card()
    g = c[:4]
    wrong = g[:3] + str((int(g[3]) + 3) % 10)
    add("positive", [
        ("agent", ["go ahead with the card number"]),
        ("customer", [say_digits(wrong, doubles=False), " no wait sorry let me start over it's ",
                      V(card_spoken(c), "CARD_NUMBER", key(), c)]),
    ], "call/retail: self-correction before full card (only the complete reading is labelled)")


def p_ssn_chat():
    s = make_ssn()
    lead = ch(["My SSN is ", "ssn: ", "social security # ", "SS# ", "here's my social ",
               "last name Walker, social ", "Social Security Number - ", "its "])
    tail = ch(["", ".", " thanks", " (primary account holder)", " and my claim # is 4471902"])
    add("positive", [("agent", [ch(["To verify your identity, please provide your Social Security number.",
                                    "Can you confirm the SSN on the account?",
                                    "For security I'll need the full social security number."])]),
                     ("customer", [lead, V(ssn_chat(s), "SSN", key(), s), tail])],
        "chat/%s: SSN typed in a %s format" % (ch(["banking", "insurance", "government services", "telecom", "healthcare billing"]), "US"))


def p_ssn_call():
    s = make_ssn()
    pre = ch(["yeah it's ", "sure it's ", "okay ", "um ", "my social is ", "it's uh "])
    add("positive", [("agent", [ch(["can you verify your social security number for me",
                                    "and i'll need your full social please",
                                    "what's the social on the account"])]),
                     ("customer", [pre, V(ssn_spoken(s), "SSN", key(), s),
                                   ch(["", "", " i think", " yeah"])])],
        "call/%s: SSN spoken in one turn" % ch(["banking", "insurance", "government services", "telecom", "healthcare billing"]))


def p_ssn_split():
    s = make_ssn()
    k = key()
    g = [s[:3], s[3:5], s[5:]]
    turns = [("agent", ["go ahead with your social"])]
    for gi, part in enumerate(g):
        sp = say_digits(part) if (gi == 0 or R.random() < 0.6) else say_pairs(part)
        turns.append(("customer", [ch(["", "um ", "okay "]) if gi else "", V(sp, "SSN", k, s)]))
        if gi < 2:
            turns.append(("agent", [ch(BACK)]))
    add("positive", turns, "call/%s: SSN split across three customer turns" %
        ch(["banking", "government services", "insurance"]))


def p_ssn_selfcorrect():
    s = make_ssn()
    add("positive", [
        ("agent", ["and your social security number"]),
        ("customer", [say_digits(s[:3], doubles=False), " " + say_digits(s[3:4]), " oh no hang on i'm mixing it up with my wife's ",
                      V(ssn_spoken(s), "SSN", key(), s)]),
    ], "call/banking: false start then full SSN (only the complete reading labelled)")


def p_ssn_readback():
    s = make_ssn()
    add("positive", [
        ("customer", ["my social is ", V(ssn_spoken(s), "SSN", key(), s)]),
        ("agent", ["okay i have ", V(ssn_spoken(s), "SSN", key(), s), " is that correct"]),
        ("customer", ["yep that's it"]),
    ], "call/government services: SSN spoken then read back by agent")


def p_ssn_dob():
    s = make_ssn()
    y, m, d = dob_make()
    if R.random() < 0.5:
        add("positive", [
            ("agent", ["I need your date of birth and social security number to pull up the member record."]),
            ("customer", ["DOB ", V(dob_chat(y, m, d), "DOB", key(), "%d-%02d-%02d" % (y, m, d)),
                          ch([", SSN ", " ss ", " and ssn is "]), V(ssn_chat(s), "SSN", key(), s)]),
        ], "chat/healthcare billing: DOB and SSN in one message")
    else:
        add("positive", [
            ("agent", ["can i have your date of birth and social security number please"]),
            ("customer", [ch(["sure ", "yeah ", "okay "]), "date of birth is ",
                          V(dob_spoken(y, m, d), "DOB", key(), "%d-%02d-%02d" % (y, m, d)),
                          " and the social is ", V(ssn_spoken(s), "SSN", key(), s)]),
        ], "call/%s: DOB and SSN in one turn" % ch(["insurance", "government services", "healthcare billing"]))


def p_ssn_with_refs():
    s = make_ssn()
    pol = digits(8, True)
    add("positive", [
        ("customer", ["hi my policy number is ", say_digits(pol, doubles=False), " and i'm calling about a claim"]),
        ("agent", ["okay thanks i'll just need to verify the policyholder's social"]),
        ("customer", ["sure it's ", V(ssn_spoken(s), "SSN", key(), s)]),
    ], "call/insurance: SSN next to an unlabelled policy number")


def p_ni_chat():
    n = make_ni()
    add("positive", [("agent", ["Could you confirm your National Insurance number please?"]),
                     ("customer", [ch(["", "Yes it's ", "NI no: ", "NINO ", "sure - "]),
                                   V(ni_chat(n), "NI_NUMBER", key(), n), ch(["", " thanks", ".", " cheers"])])],
        "chat/%s: UK NI number typed" % ch(["government services", "banking", "utilities", "insurance"]))


def p_ni_call():
    n = make_ni()
    add("positive", [("agent", [ch(["and your national insurance number please",
                                    "can i take your n i number",
                                    "what's your national insurance number"])]),
                     ("customer", [ch(["yeah it's ", "it's ", "right um ", "okay so "]),
                                   V(ni_spoken(n), "NI_NUMBER", key(), n)])],
        "call/%s: UK NI number spoken (letters plain/NATO/homophones)" % ch(["government services", "banking", "insurance"]))


def p_ni_split():
    n = make_ni()
    k = key()
    ls = ch(["plain", "for", "nato"])
    add("positive", [
        ("agent", ["go ahead with the national insurance number"]),
        ("customer", [V(say_letter(n[0], ls) + " " + say_letter(n[1], ls) + " " + say_digits(n[2:5], uk=True), "NI_NUMBER", k, n)]),
        ("agent", [ch(BACK)]),
        ("customer", [ch(["", "um "]), V(say_digits(n[5:8], uk=True) + " " + say_letter(n[8], ls), "NI_NUMBER", k, n)]),
    ], "call/government services: NI number split over two turns")


def p_uk_bank():
    acct = digits(8)
    sc = digits(6)
    k1, k2 = key(), key()
    if R.random() < 0.5:
        scs = say_pairs(sc, True) if R.random() < 0.5 else say_digits(sc, uk=True)
        add("positive", [
            ("agent", ["can i take the sort code and account number for the direct debit"]),
            ("customer", ["sort code ", V(scs, "SORT_CODE", k1, sc)]),
            ("agent", [ch(BACK)]),
            ("customer", ["account number ", V(say_digits(acct, uk=True), "BANK_ACCOUNT", k2, acct)]),
        ], "call/utilities: UK sort code and account number spoken")
    else:
        scc = ch([sc[:2] + "-" + sc[2:4] + "-" + sc[4:], sc, sc[:2] + " " + sc[2:4] + " " + sc[4:]])
        add("positive", [
            ("agent", ["Please send the bank details for the refund."]),
            ("customer", [ch(["Sort code ", "sort: ", "SC "]), V(scc, "SORT_CODE", k1, sc),
                          ch([" acc no ", ", account ", " a/c "]), V(acct, "BANK_ACCOUNT", k2, acct)]),
        ], "chat/%s: UK sort code and account number typed" % ch(["retail", "insurance", "utilities"]))


def p_us_bank():
    acct = digits(R.choice([9, 10, 11, 12]), True)
    if R.random() < 0.5:
        add("positive", [
            ("agent", ["What's the checking account number you'd like to use for autopay?"]),
            ("customer", [ch(["acct # ", "account number ", "it's ", "checking acct "]),
                          V(acct, "BANK_ACCOUNT", key(), acct), ch(["", " at Chase", " (checking)"])]),
        ], "chat/%s: US checking account number typed" % ch(["utilities", "telecom", "insurance"]))
    else:
        add("positive", [
            ("agent", ["and the account number from the bottom of the check"]),
            ("customer", [ch(["okay it's ", "sure ", "um "]), V(say_digits(acct), "BANK_ACCOUNT", key(), acct)]),
        ], "call/%s: US bank account number spoken for ACH" % ch(["utilities", "banking", "insurance"]))


def p_iban():
    i = make_iban()
    if R.random() < 0.78:
        add("positive", [
            ("agent", ["Please provide the IBAN for the refund transfer."]),
            ("customer", [ch(["IBAN: ", "Sure, ", "it's ", "my iban is ", ""]), V(iban_chat(i), "IBAN", key(), i),
                          ch(["", " (current account)", ", refund of 120 EUR pls"])]),
        ], "chat/%s: IBAN typed (%s)" % (ch(["travel", "banking", "retail", "insurance"]), i[:2]))
    else:
        add("positive", [
            ("agent", ["could you read out the iban for me"]),
            ("customer", [ch(["yeah it's ", "okay "]), V(iban_spoken(i), "IBAN", key(), i)]),
        ], "call/travel: IBAN spelled out character by character (%s)" % i[:2])


def p_phone_chat():
    p = make_us_phone()
    pt = phone_us_chat(p)
    add("positive", [("agent", ["What's the best callback number?"]),
                     ("customer", [ch(["", "you can reach me at ", "cell ", "call me on ", "ph: "]),
                                   V(pt, "PHONE", key(), re.sub(r"\D", "", pt)),
                                   ch(["", " after 5pm", " thx", " (mobile)"])])],
        "chat/%s: US phone number typed" % ch(["telecom", "retail", "healthcare billing", "insurance"]))


def p_phone_call():
    p = make_us_phone()
    add("positive", [("agent", [ch(["and what's a good callback number", "is there a phone number on the account",
                                    "what number are you calling from"])]),
                     ("customer", [ch(["yeah it's ", "area code ", "sure ", "um "]), V(phone_us_spoken(p), "PHONE", key(), p)])],
        "call/%s: US phone number spoken" % ch(["telecom", "utilities", "healthcare billing", "banking"]))


def p_phone_split():
    p = make_us_phone()
    k = key()
    add("positive", [("agent", ["what's the number there"]),
                     ("customer", [V(say_digits(p[:3]), "PHONE", k, p)]),
                     ("agent", [ch(BACK)]),
                     ("customer", [V(say_digits(p[3:6]), "PHONE", k, p)]),
                     ("agent", [ch(BACK)]),
                     ("customer", [V(say_digits(p[6:]), "PHONE", k, p), ch(["", " that's my cell"])])],
        "call/telecom: US phone split into area code / exchange / line turns")


def p_phone_intl():
    r = R.random()
    if r < 0.4:
        p = make_uk_mobile()
        txt = ch([p[:5] + " " + p[5:], "+44 " + p[1:5] + " " + p[5:], "+447" + p[2:], p])
        canon = ("44" + p[1:]) if "+44" in txt else p
        add("positive", [("customer", ["Please call me back on ", V(txt, "PHONE", key(), canon)])],
            "chat/utilities: UK mobile number typed")
    elif r < 0.7:
        p = make_uk_mobile()
        add("positive", [("agent", ["and a contact number"]),
                         ("customer", ["it's ", V(say_digits(p[:5], uk=True) + " " + say_digits(p[5:], uk=True), "PHONE", key(), p)])],
            "call/telecom: UK mobile spoken with oh/nought/double")
    else:
        p = make_ie_mobile()
        txt = ch([p[:3] + " " + p[3:6] + " " + p[6:], "+353 " + p[1:3] + " " + p[3:], p])
        canon = ("353" + p[1:]) if "+353" in txt else p
        add("positive", [("customer", ["My number is ", V(txt, "PHONE", key(), canon), " if you need to ring me"])],
            "chat/banking: Irish mobile typed")


def p_email_chat():
    e = email_make()
    disp = e if R.random() < 0.7 else e.capitalize()
    add("positive", [("agent", ["What email should we send the receipt to?"]),
                     ("customer", [ch(["", "send it to ", "email is ", "use "]), V(disp, "EMAIL", key(), e),
                                   ch(["", " pls", ". Thanks!"])])],
        "chat/%s: email typed" % ch(["retail", "travel", "telecom", "insurance"]))


def p_email_obf():
    e, sp = email_make(True)
    local, dom = e.split("@")
    txt = ch([local + " at " + dom.replace(".", " dot "), local + "[at]" + dom, local + " (at) " + dom, e.upper()])
    add("positive", [("agent", ["Can I get an email to send the confirmation to?"]),
                     ("customer", [ch(["", "sure ", "its "]), V(txt, "EMAIL", key(), e), ch(["", " (no spam pls)", " thx"])])],
        "chat/%s: email typed with obfuscated @ or in caps" % ch(["retail", "travel", "telecom"]))


def p_email_call():
    e, sp = email_make(True)
    add("positive", [("agent", ["and what's the email address on file"]),
                     ("customer", [ch(["it's ", "yeah it's ", "um "]), V(sp, "EMAIL", key(), e)])],
        "call/%s: email spoken with 'dot' and 'at'" % ch(["retail", "telecom", "utilities", "healthcare billing"]))


def p_dob():
    y, m, d = dob_make()
    if R.random() < 0.45:
        add("positive", [("agent", ["Can you confirm the date of birth on the account?"]),
                         ("customer", [ch(["", "DOB ", "born ", "it's "]), V(dob_chat(y, m, d), "DOB", key(), "%d-%02d-%02d" % (y, m, d))])],
            "chat/%s: date of birth typed" % ch(["banking", "insurance", "healthcare billing"]))
    else:
        add("positive", [("agent", ["and can you verify your date of birth"]),
                         ("customer", [ch(["yeah it's ", "", "sure "]), V(dob_spoken(y, m, d), "DOB", key(), "%d-%02d-%02d" % (y, m, d))])],
            "call/%s: date of birth spoken" % ch(["banking", "insurance", "healthcare billing", "telecom"]))


def p_us_address_chat():
    n, st, suf = address_make()
    city, state = ch(CITIES)
    z = make_zip()
    zt = z if R.random() < 0.6 else z + "-" + digits(4)
    apt = ch(["", "", " Apt 4B", " Unit 12", " #305"])
    add("positive", [("agent", ["Can you confirm the service address?"]),
                     ("customer", [V(address_chat(n, st, suf), "ADDRESS", key(), n), apt, ", " + city + ", " + state + " ",
                                   V(zt, "POSTCODE", key(), zt.replace("-", ""))])],
        "chat/%s: US street address with ZIP%s" % (ch(["utilities", "telecom", "retail", "insurance"]), "+4" if "-" in zt else ""))


def p_us_address_call():
    n, st, suf = address_make()
    city, state = ch(CITIES)
    z = make_zip()
    add("positive", [("agent", ["what's the address where you'd like the equipment shipped"]),
                     ("customer", [ch(["it's ", "yeah ", "okay "]), V(address_spoken(n, st, suf), "ADDRESS", key(), n),
                                   " " + city.lower() + " ", ch([state.lower(), ""]).strip() + ch([" ", " zip "]),
                                   V(zip_spoken(z), "POSTCODE", key(), z)])],
        "call/telecom: US street address and ZIP spoken")


def p_zip_only():
    z = make_zip()
    plus = R.random() < 0.35
    if plus:
        e = digits(4)
        add("positive", [("agent", ["and the zip code"]),
                         ("customer", [V(zip_spoken(z) + " dash " + say_digits(e), "POSTCODE", key(), z + e)])],
            "call/retail: ZIP+4 spoken with 'dash'")
    else:
        add("positive", [("agent", ["what's the zip code for the billing address"]),
                         ("customer", [ch(["", "it's ", "uh "]), V(zip_spoken(z), "POSTCODE", key(), z), ch(["", " and the amount is forty dollars"])])],
            "call/utilities: ZIP spoken digit by digit")


def p_uk_address():
    pc = ch(UK_PC)
    n = str(R.randint(2, 180))
    st = ch(UK_STREETS)
    if R.random() < 0.5:
        add("positive", [("agent", ["What's the address for the meter?"]),
                         ("customer", [V(n + " " + st, "ADDRESS", key(), n), ", ",
                                       V(pc if R.random() < 0.6 else pc.lower(), "POSTCODE", key(), pc.replace(" ", ""))])],
            "chat/utilities: UK address and postcode typed")
    else:
        add("positive", [("agent", ["and the postcode please"]),
                         ("customer", [ch(["it's ", "yeah ", ""]), V(ukpc_spoken(pc), "POSTCODE", key(), pc.replace(" ", ""))])],
            "call/utilities: UK postcode spelled out")


def p_mixed_noise():
    """PII next to non-PII numbers."""
    s = make_ssn()
    z = make_zip()
    clm = digits(7, True)
    add("positive", [
        ("customer", ["hi i'm calling about claim number ", say_digits(clm, doubles=False), " it was for about three hundred fifty dollars"]),
        ("agent", ["okay i can help verify the member's social and zip code"]),
        ("customer", ["social is ", V(ssn_spoken(s), "SSN", key(), s), " and zip ", V(zip_spoken(z), "POSTCODE", key(), z)]),
        ("agent", ["thank you the claim was processed on march third for three fifty"]),
    ], "call/healthcare billing: SSN and ZIP next to a claim number and amounts")


def p_card_and_phone_chat():
    c = make_card()
    p = make_us_phone()
    pt = phone_us_chat(p)
    add("positive", [("customer", ["order #", digits(8, True), " didn't go through. try card ", V(card_chat(c), "CARD_NUMBER", key(), c),
                                   " and text me at ", V(pt, "PHONE", key(), re.sub(r"\D", "", pt)), " when done"])],
        "chat/retail: card and phone in one message next to an order number")


def p_ni_dob():
    n = make_ni()
    y, m, d = dob_make()
    add("positive", [("agent", ["can i take your date of birth and national insurance number"]),
                     ("customer", [V(dob_spoken(y, m, d), "DOB", key(), "x"), " and it's ", V(ni_spoken(n), "NI_NUMBER", key(), n)])],
        "call/government services: DOB and NI number in one turn")


def p_ni_readback():
    n = make_ni()
    add("positive", [("customer", ["NI number ", V(ni_chat(n), "NI_NUMBER", key(), n)]),
                     ("agent", ["Thanks, I have ", V(n, "NI_NUMBER", key(), n), " on file, is that right?"]),
                     ("customer", ["yes"])],
        "chat/banking: NI typed and echoed by agent")


def p_asr_numerals():
    r = R.random()
    if r < 0.5:
        s = make_ssn()
        add("positive", [("agent", ["can i get the last name and social on the account"]),
                         ("customer", ["it's " + ch(LAST) + " and the social is ", V(ch([s[:3] + " " + s[3:5] + " " + s[5:], s[:3] + " " + s[3:5] + " " + s[5:7] + " " + s[7:]]), "SSN", key(), s)])],
            "call/banking: ASR output SSN as numerals without punctuation")
    elif r < 0.8:
        p = make_us_phone()
        add("positive", [("customer", ["yeah you can call me back at ", V(p[:3] + " " + p[3:6] + " " + p[6:], "PHONE", key(), p), " anytime after 3"])],
            "call/telecom: ASR output phone as numerals next to a time")
    else:
        z = make_zip()
        n, st, suf = address_make()
        add("positive", [("customer", ["it's ", V(n + " " + st.lower() + " " + suf.lower(), "ADDRESS", key(), n), " and the zip is ", V(z, "POSTCODE", key(), z)])],
            "call/utilities: ASR output address and zip with numerals")


def p_ssn_typo_chat():
    s = make_ssn()
    form = ch([s[:3] + "-" + s[3:5] + "-" + s[5:], s[:3] + "- " + s[3:5] + "-" + s[5:], s[:3] + "/" + s[3:5] + "/" + s[5:], s])
    add("positive", [("customer", [ch(["ssn iss ", "social sec no ", "SSN#", "my soc is ", "socail: "]), V(form, "SSN", key(), s),
                                   ch([" dob ", " & dob "]), V(dob_chat(*dob_make()), "DOB", key(), "x")])],
        "chat/government services: SSN and DOB with typos and odd separators")


POS_PLAN = [(p_asr_numerals, 10), (p_ssn_typo_chat, 6), (p_card_chat, 12), (p_card_call, 12), (p_card_split, 6), (p_card_full, 10), (p_card_chat_full, 6),
            (p_card_readback, 3), (p_card_selfcorrect, 3), (p_card_and_phone_chat, 4),
            (p_ssn_chat, 14), (p_ssn_call, 12), (p_ssn_split, 5), (p_ssn_selfcorrect, 3), (p_ssn_readback, 3),
            (p_ssn_dob, 8), (p_ssn_with_refs, 5), (p_mixed_noise, 5),
            (p_ni_chat, 10), (p_ni_call, 12), (p_ni_split, 4), (p_ni_dob, 3), (p_ni_readback, 2),
            (p_uk_bank, 15), (p_us_bank, 7), (p_iban, 16), (p_email_obf, 5),
            (p_phone_chat, 8), (p_phone_call, 6), (p_phone_split, 3), (p_phone_intl, 5),
            (p_email_chat, 7), (p_email_call, 7), (p_dob, 8),
            (p_us_address_chat, 9), (p_us_address_call, 6), (p_zip_only, 6), (p_uk_address, 6)]


# ================================================================ NEGATIVE TEMPLATES
def n_amount():
    a = R.randint(12, 4999)
    c = R.randint(0, 99)
    if R.random() < 0.5:
        add("negative", [("agent", ["Your current balance is $%d.%02d and the minimum payment due is $%d.00." % (a, c, max(25, a // 20))]),
                         ("customer", [ch(["ok can I pay $%d today?" % (a // 2), "thanks", "i paid 1,250.00 last month"])])],
            "chat/banking: balances and payment amounts")
    else:
        add("negative", [("agent", ["your balance is %s dollars and %s cents" % (say_pairs(str(a)) if a > 99 else say_pair(str(a)), say_pair("%02d" % c) if c > 9 else DW[c])]),
                         ("customer", ["okay and what's the payoff amount"])],
            "call/banking: spoken balance amount")


def n_ref(word, ind, n=None):
    n = n or R.choice([6, 7, 8, 9, 10])
    ref = digits(n, True)
    if R.random() < 0.5:
        add("negative", [("customer", ["Hi, my %s is %s. Any update?" % (word, ref)]),
                         ("agent", ["Thanks, I found %s %s in our system, last updated 11/02/2026." % (word, ref)])],
            "chat/%s: %s typed (not PII)" % (ind, word))
    else:
        add("negative", [("agent", ["do you have your %s handy" % word]),
                         ("customer", ["yeah it's " + say_digits(ref, doubles=R.random() < 0.5)]),
                         ("agent", ["perfect i've got that up"])],
            "call/%s: %s spoken (not PII)" % (ind, word))


def n_policy():
    n_ref(ch(["policy number", "member id", "claim number", "group number"]), ch(["insurance", "healthcare billing"]))


def n_order():
    n_ref(ch(["order number", "confirmation number", "case number", "ticket number", "invoice number", "reference number"]),
          ch(["retail", "telecom", "travel", "utilities"]))


def n_short_ref():
    n_ref(ch(["store number", "extension", "work order", "ticket number", "rx number"]), ch(["retail", "telecom", "healthcare billing"]),
          n=R.choice([4, 5]))


def n_asr_numerals():
    opts = [
        [("customer", ["yeah the bill was 214 dollars and 37 cents and last month it was 96"])],
        [("agent", ["okay so your claim number is 40 77 312 and you should get a letter in 7 to 10 business days"])],
        [("customer", ["i called on the 3rd and the 17th and talked to 2 different people"])],
        [("agent", ["the new plan is 65 a month for 2 lines plus 10 dollars for the hotspot"])],
        [("customer", ["my member id is 884 2291 and the group is 7741"])],
        [("agent", ["your order shipped in 3 boxes and the confirmation number is 55 10 89 34"])],
    ]
    add("negative", ch(opts), "call/mixed: ASR numerals for amounts and reference numbers with their names")


def n_tracking():
    t = "1Z" + "".join(R.choice("ABCDEFGHJKLMNPRTVWXY0123456789") for _ in range(6)) + digits(10)
    if R.random() < 0.5:
        add("negative", [("agent", ["Your package shipped! UPS tracking number: %s, estimated delivery Thursday by 8pm." % t])],
            "chat/retail: UPS tracking number (not PII)")
    else:
        tn = digits(10, True)
        add("negative", [("customer", ["the tracking number they gave me was " + say_digits(tn, doubles=False) + " and it still says in transit"])],
            "call/retail: 10-digit tracking number spoken with its name")


def n_times():
    h = R.randint(1, 12)
    mi = ch(["00", "15", "30", "45"])
    opts = [
        [("agent", ["We can send a technician on Tuesday between %d:%s and %d:%s." % (h, mi, h % 12 + 2, mi)])],
        [("customer", ["i've been on hold for forty five minutes and called three times"])],
        [("agent", ["the outage should be fixed by four thirty p m and we'll credit you for two days"])],
        [("agent", ["our hours are eight a m to nine p m eastern monday through saturday"])],
        [("customer", ["the call dropped at 10:42 and again at 11:05"])],
    ]
    add("negative", ch(opts), "%s/telecom: times and durations" % "mixed")


def n_dates():
    m = R.randint(1, 12)
    d = R.randint(1, 28)
    opts = [
        [("agent", ["your next payment of eighty nine dollars is due on %s %s" % (MONTHS[m - 1], ORD[d])])],
        [("customer", ["My contract started %02d/%02d/2024 and ends in 2026" % (m, d)])],
        [("agent", ["I've booked your appointment for %s %d, 2026 at 2:30 PM." % (MONTHS[m - 1].capitalize(), d)])],
        [("customer", ["i was charged twice on the %s of %s" % (ORD[d], MONTHS[m - 1])])],
        [("agent", ["the policy renews on %d/%d/27" % (m, d)])],
    ]
    add("negative", ch(opts), "mixed/insurance: dates that are not birth dates")


def n_flight():
    fl = ch(["UA", "DL", "AA", "B6", "WN", "EI", "BA"]) + str(R.randint(100, 2999))
    if R.random() < 0.5:
        add("negative", [("customer", ["My flight %s was cancelled, I need to rebook for the 14th. Seat 23C." % fl])],
            "chat/travel: flight number and seat")
    else:
        add("negative", [("customer", ["yeah i was on delta %s out of atlanta gate b twelve" % say_pairs(str(R.randint(1000, 2999)))]),
                         ("agent", ["okay and that departed at six fifteen"])],
            "call/travel: flight number spoken")


def n_misc():
    opts = [
        [("customer", ["The router model is TP-Link AX3000 and I'm only getting 35 Mbps on a 500 Mbps plan"])],
        [("customer", ["i'm seventy two years old and i've been a customer for thirty one years"])],
        [("agent", ["your meter reading is %s and the rate is 14.2 cents per kilowatt hour" % digits(5, True)])],
        [("customer", ["the thermostat says sixty eight degrees but it's like eighty in here"])],
        [("agent", ["that's a 15% discount for the first 12 months, so $59.99 a month"])],
        [("customer", ["we stayed in room %d for three nights" % R.randint(101, 1299)])],
        [("customer", ["i have 4 lines on the account and used 22.5 GB this month"])],
        [("agent", ["the premium went up from one forty two to one fifty eight a month"])],
        [("customer", ["it's the samsung model number qn65q80c and it's still under warranty"])],
        [("agent", ["we've got you down for two adults and one child, total is one thousand four hundred twenty dollars"])],
        [("customer", ["I've had the account since 1985 and never missed a payment"])],
        [("agent", ["press one for billing press two for technical support"])],
        [("customer", ["the 2019 honda civic with about 64,000 miles on it"])],
        [("agent", ["the deductible is two thousand five hundred and your out of pocket max is eight thousand"])],
    ]
    add("negative", ch(opts), "mixed/mixed: quantities, models, counts, percentages")


def n_company_phone():
    add("negative", [("agent", [ch(["you can also check your balance online anytime", "is there anything else i can help with today",
                                    "I'll escalate this to our billing team and they'll follow up within 3-5 business days."])]),
                     ("customer", [ch(["no that's everything thanks", "ok great", "how long will the refund take, like 7 to 10 days?"])])],
        "mixed/mixed: ordinary service talk, no PII")


def n_spoken_ref_long():
    ref = digits(9, True)
    word = ch(["claim", "member i d", "policy", "case", "group"])
    add("negative", [("agent", ["and i'm gonna give you a %s number for today's call" % word if word in ("claim", "case") else "your %s number is on the card" % word]),
                     ("customer", ["okay"]),
                     ("agent", ["it's %s number %s" % (word, say_pairs(ref[1:]) if R.random() < 0.5 else say_digits(ref, doubles=False))])],
        "call/insurance: 8-9 digit reference number read out with its name")


def n_last4():
    l4 = digits(4)
    add("negative", [("agent", ["i see a visa ending in %s is that the one you want to use" % say_digits(l4, doubles=False)]),
                     ("customer", ["yes that one, for the $129.99 please"])],
        "call/retail: card referred to only by last four (too short to be a card number)")


NEG_PLAN = [(n_amount, 12), (n_policy, 16), (n_order, 16), (n_tracking, 8), (n_times, 10), (n_dates, 12),
            (n_flight, 6), (n_last4, 5), (n_short_ref, 8), (n_asr_numerals, 8), (n_misc, 18), (n_company_phone, 4), (n_spoken_ref_long, 8)]


# ================================================================ build / check
def build():
    global R
    R = random.Random(SEED)
    CASE_LIST.clear()
    _k[0] = 0
    plan = []
    for fn, n in POS_PLAN:
        plan += [fn] * n
    R.shuffle(plan)
    for fn in plan:
        fn()
    nplan = []
    for fn, n in NEG_PLAN:
        nplan += [fn] * n
    R.shuffle(nplan)
    for fn in nplan:
        fn()
    lines, meta = [], []
    pc = nc = 0
    for kind, turns, spans, note, groups in CASE_LIST:
        if kind == "positive":
            pc += 1
            cid = "h109-pos-%03d" % pc
        else:
            nc += 1
            cid = "h109-neg-%03d" % nc
        obj = {"id": cid, "kind": kind, "turns": turns, "spans": spans, "note": note}
        lines.append(json.dumps(obj, ensure_ascii=False))
        meta.append((obj, groups))
    return "\n".join(lines) + "\n", meta


def counts(meta):
    c = Counter()
    for obj, _ in meta:
        for s in obj["spans"]:
            c[s["type"]] += 1
    return c


def readme(meta):
    c = counts(meta)
    npos = sum(1 for o, _ in meta if o["kind"] == "positive")
    nneg = len(meta) - npos
    rows = "\n".join("| %s | %d |" % (t, c[t]) for t in TYPES)
    return """# PII hold-out set h109

**Never use this set for tuning.** It is a held-out evaluation set only: do not look at
failures here to adjust patterns, thresholds or word lists.

## Who wrote it and how

Written by an AI helper acting as an independent author. It did not see the redaction
code, its tests, its docs or other evaluation sets; the only data it looked at was a
3-line format example. Cases are generated by `scripts/make_pii_holdout109.py` from
template functions in which each turn is assembled from plain-text segments and
labelled (value, TYPE) segments, so offsets are computed, never typed by hand. All values
come from one `random.Random(%d)`; output is byte-for-byte reproducible.
`python scripts/make_pii_holdout109.py --check` regenerates and verifies the file.

Emphasis: US contact centres (SSNs typed and spoken, ZIP and ZIP+4, US phone formats, US
street addresses, card payments by phone) plus UK/IE/EU cases (NI numbers, sort codes,
IBANs, UK postcodes) and tricky non-PII numbers (policy, member, claim, tracking, order
numbers with their names, amounts, times, dates that are not birth dates, flight numbers).

## Annotation conventions

- A span covers the value only: from its first to its last character/word, including
  internal separators, spoken filler words that fall between groups ("um") and words such
  as "double", "triple", "dash", "for" (as in "b for bravo"), "dot", "at".
  Lead-in words ("my social is", "it's", "zip") are outside the span.
- A value split over several customer turns gets one span per turn (same type).
- When an agent reads a value back, the read-back is labelled as well.
- In self-corrections only the complete, final reading is labelled; the abandoned
  false start is left unlabelled (do not rely on it either way).
- ADDRESS = house number + street name + street type (plus directional); apartment/unit,
  city and state are outside the span; ZIP/postcode is a separate POSTCODE span.
- DOB spans cover the whole date (month/day/year words). EXPIRY covers month and year.
- ZIP+4 is one POSTCODE span including the hyphen or the spoken "dash".
- PHONE spans include a leading "+1"/"+44"/"+353" and brackets when typed.
- Negatives contain no PII at all; a card referred to by "ending in" its last four is
  treated as non-PII.

## Counts

%d positive cases, %d negative cases.

| type | spans |
|---|---|
%s
""" % (SEED, npos, nneg, rows)


def wordb(text, s, e):
    if s < 0 or e > len(text) or s >= e:
        return False
    if s > 0 and text[s - 1].isalnum():
        return False
    if e < len(text) and text[e].isalnum():
        return False
    return (text[s].isalnum() or text[s] in "(+") and text[e - 1].isalnum()


def check():
    content, meta = build()
    probs = []
    if not os.path.exists(CASES):
        probs.append("missing %s" % CASES)
    else:
        with open(CASES, encoding="utf-8") as f:
            if f.read() != content:
                probs.append("cases.jsonl differs from regenerated output")
    if not os.path.exists(README) or open(README, encoding="utf-8").read() != readme(meta):
        probs.append("README.md differs from regenerated output")
    ids = set()
    for obj, groups in meta:
        if obj["id"] in ids:
            probs.append("dup id " + obj["id"])
        ids.add(obj["id"])
        if obj["kind"] == "negative" and obj["spans"]:
            probs.append(obj["id"] + " negative with spans")
        if obj["kind"] == "positive" and not obj["spans"]:
            probs.append(obj["id"] + " positive without spans")
        prev = {}
        for s in sorted(obj["spans"], key=lambda x: (x["turn"], x["start"])):
            if s["type"] not in TYPES:
                probs.append(obj["id"] + " bad type")
            t = obj["turns"][s["turn"]]["text"]
            if not wordb(t, s["start"], s["end"]):
                probs.append("%s span not on word boundary: %r" % (obj["id"], t[s["start"]:s["end"]]))
            if s["turn"] in prev and prev[s["turn"]] > s["start"]:
                probs.append(obj["id"] + " overlapping spans")
            prev[s["turn"]] = s["end"]
        for k, (typ, canon, parts) in groups.items():
            if not validate(typ, " | ".join(parts), canon):
                probs.append("%s invalid %s %r (canon %s) -> %s" % (obj["id"], typ, " | ".join(parts), canon,
                                                                     normalise(" | ".join(parts), typ in ("NI_NUMBER", "POSTCODE", "IBAN"))))
    c = counts(meta)
    npos = sum(1 for o, _ in meta if o["kind"] == "positive")
    nneg = len(meta) - npos
    if npos < 170 or nneg < 100:
        probs.append("too few cases %d/%d" % (npos, nneg))
    for t in TYPES:
        need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
        if c[t] < need:
            probs.append("type %s has %d < %d spans" % (t, c[t], need))
    print("positives=%d negatives=%d" % (npos, nneg))
    for t in TYPES:
        print("  %-13s %d" % (t, c[t]))
    for p in probs:
        print("PROBLEM:", p)
    print("check %s (%d problems)" % ("OK" if not probs else "FAILED", len(probs)))
    return 0 if not probs else 1



def main():
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    content, meta = build()
    os.makedirs(OUT_DIR, exist_ok=True)
    with open(CASES, "w", encoding="utf-8") as f:
        f.write(content)
    with open(README, "w", encoding="utf-8") as f:
        f.write(readme(meta))
    print("wrote %d cases to %s" % (len(meta), CASES))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set pii_holdout202.

Written by an independent AI helper that did not see the redaction code.
Usage:
    python scripts/make_pii_holdout202.py          # write fixture + README
    python scripts/make_pii_holdout202.py --check  # regenerate and verify
Standard library only. Output is byte-for-byte reproducible (seed 202241125).
"""
import json
import os
import re
import sys
import random

SEED = 202241125
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout202")
OUT_FILE = os.path.join(OUT_DIR, "cases.jsonl")
README = os.path.join(OUT_DIR, "README.md")
TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

R = random.Random(SEED)

# ---------------------------------------------------------------- segments
class L:
    """A labelled segment."""
    def __init__(self, text, typ, group=None, partial=False):
        self.text, self.typ, self.group, self.partial = text, typ, group, partial


_gid = [0]


def newg():
    _gid[0] += 1
    return "g%d" % _gid[0]


def turn(speaker, *segs):
    return (speaker, list(segs))


def build(kind, note, turns):
    out_turns, spans, meta = [], [], []
    for ti, (spk, segs) in enumerate(turns):
        text = ""
        for s in segs:
            if isinstance(s, L):
                st = len(text)
                text += s.text
                spans.append({"turn": ti, "start": st, "end": len(text), "type": s.typ})
                meta.append((s.group or newg(), s.partial))
            else:
                text += s
        out_turns.append({"speaker": spk, "text": text})
    return {"kind": kind, "turns": out_turns, "spans": spans, "note": note, "_meta": meta}


# ---------------------------------------------------------------- value generators
def luhn_complete(prefix, length):
    ds = [int(c) for c in prefix]
    while len(ds) < length - 1:
        ds.append(R.randint(0, 9))
    for check in range(10):
        if luhn_ok("".join(map(str, ds + [check]))):
            return "".join(map(str, ds + [check]))


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


def gen_card():
    k = R.random()
    if k < 0.4:
        return luhn_complete("4" + str(R.randint(0, 9)), 16)
    if k < 0.7:
        return luhn_complete(str(R.randint(51, 55)), 16)
    if k < 0.82:
        return luhn_complete(R.choice(["34", "37"]), 15)
    if k < 0.92:
        return luhn_complete("6011", 16)
    return luhn_complete("4", 19)


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
    return p + "".join(str(R.randint(0, 9)) for _ in range(6)) + R.choice("ABCD")


def iban_check(country, bban):
    s = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return "%02d" % (98 - int(num) % 97)


def gen_iban():
    c = R.choice(["GB", "IE", "DE", "NL", "FR", "ES"])
    dg = lambda n: "".join(str(R.randint(0, 9)) for _ in range(n))
    if c in ("GB", "IE"):
        bban = R.choice(["NWBK", "BARC", "AIBK", "IPBS", "HBUK", "ULSB"]) + dg(14)
    elif c == "DE":
        bban = dg(18)
    elif c == "NL":
        bban = R.choice(["ABNA", "SNSB", "INGB"]) + dg(10)
    elif c == "FR":
        bban = dg(23)
    else:
        bban = dg(20)
    return c + iban_check(c, bban) + bban


def digits(n, first_nonzero=False):
    s = "".join(str(R.randint(0, 9)) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = str(R.randint(1, 9)) + s[1:]
    return s


def gen_phone(kind=None):
    kind = kind or R.choice(["ukmob", "ukland", "us", "ie", "ukintl", "ieintl"])
    if kind == "ukmob":
        return kind, "07" + str(R.randint(3, 9)) + digits(8)
    if kind == "ukland":
        return kind, R.choice(["0161", "0113", "0121", "0131", "0117"]) + "496" + digits(4)
    if kind == "us":
        return kind, str(R.randint(2, 9)) + digits(2) + str(R.randint(2, 9)) + digits(6)
    if kind == "ie":
        return kind, "08" + str(R.randint(3, 9)) + digits(7)
    if kind == "ukintl":
        return kind, "447" + str(R.randint(3, 9)) + digits(8)
    return kind, "3538" + str(R.randint(3, 9)) + digits(7)


PC_IN = "ABDEFGHJLNPQRSTUWXYZ"


def gen_postcode():
    if R.random() < 0.3:
        return "us", digits(5, True)
    area = R.choice(["SW", "M", "LS", "B", "EH", "G", "BS", "NE", "CF", "L", "N", "SE", "E", "W", "BT", "RG"])
    d = str(R.randint(1, 19))
    return "uk", area + d + " " + str(R.randint(1, 9)) + R.choice(PC_IN) + R.choice(PC_IN)


STREETS_UK = ["Harrow Road", "Mill Lane", "Station Road", "Church Street", "Victoria Avenue",
              "Kings Road", "Oakfield Close", "Park Crescent", "Albert Terrace", "Meadow Way",
              "Granby Street", "Elm Grove"]
STREETS_US = ["Main Street", "Oak Avenue", "Maple Drive", "Lincoln Boulevard", "Pine Street",
              "Cedar Lane", "Elm Court", "Washington Avenue", "Sunset Drive", "Ridge Road"]
STREET_SUFFIX = ["road", "lane", "street", "avenue", "close", "crescent", "terrace", "way",
                 "grove", "drive", "boulevard", "court"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
FIRST = ["john", "sarah", "aoife", "liam", "priya", "tom", "maria", "kevin", "emma", "sean",
         "niamh", "david", "grace", "omar", "lucy", "patrick"]
LAST = ["doe", "murphy", "smith", "kelly", "patel", "jones", "obrien", "walsh", "brown",
        "nolan", "evans", "garcia", "byrne", "taylor"]
DOMAINS = ["gmail.com", "yahoo.co.uk", "hotmail.com", "outlook.ie", "icloud.com", "btinternet.com",
           "eircom.net", "aol.com"]

# ---------------------------------------------------------------- spoken forms
ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
HOMO = {"4": ["for"], "2": ["to", "too"], "8": ["ate"], "1": ["won"]}


def zero(uk):
    opts = ["oh", "o", "zero", "oh"]
    if uk:
        opts += ["nought"]
    return R.choice(opts)


def dword(c, uk=False, homo=0.0):
    if c == "0":
        return zero(uk)
    if c in HOMO and R.random() < homo:
        return R.choice(HOMO[c])
    if c == "9" and R.random() < 0.03:
        return "niner"
    return ONES[int(c)]


def say_digits(ds, uk=False, homo=0.0, doubles=0.4, um=0.0):
    out, i = [], 0
    while i < len(ds):
        c = ds[i]
        run = 1
        while i + run < len(ds) and ds[i + run] == c and run < 3:
            run += 1
        if run == 3 and R.random() < doubles:
            out.append("triple " + dword(c, uk))
            i += 3
        elif run >= 2 and R.random() < doubles:
            out.append("double " + dword(c, uk))
            i += 2
        else:
            out.append(dword(c, uk, homo))
            i += 1
        if um and 0 < i < len(ds) and R.random() < um:
            out.append(R.choice(["um", "uh", "er", "erm"]))
    return " ".join(out)


def say_pair(p, uk=False):
    a, b = p
    if a == "0":
        return zero(uk) + " " + ONES[int(b)] if b != "0" else zero(uk) + " " + zero(uk)
    if a == "1":
        return TEENS[int(b)]
    return TENS[int(a)] + ("" if b == "0" else " " + ONES[int(b)])


def say_pairs(ds, uk=False):
    out = []
    i = 0
    while i < len(ds):
        if i + 1 < len(ds):
            pr = ds[i:i + 2]
            if pr[1] == "0" and pr[0] not in "01" and i + 2 < len(ds):
                out.append(dword(pr[0], uk) + " " + zero(uk))
            else:
                out.append(say_pair(pr, uk))
            i += 2
        else:
            out.append(dword(ds[i], uk))
            i += 1
    return " ".join(out)


def say_mixed(ds, uk=False, homo=0.0):
    """Mix single-digit reading and pair reading per group of four."""
    groups = [ds[i:i + 4] for i in range(0, len(ds), 4)]
    out = []
    for gi, g in enumerate(groups):
        if len(g) == 4 and R.random() < 0.35 and (g[3] != "0" or gi == len(groups) - 1):
            out.append(say_pairs(g, uk))
        else:
            out.append(say_digits(g, uk, homo))
    return " ".join(out)


def say_hundreds(n):
    """3-digit number like 'four hundred and twelve'."""
    h, rest = divmod(n, 100)
    s = ONES[h] + " hundred"
    if rest:
        s += R.choice([" and ", " "]) + say_number2(rest)
    return s


def say_number2(n):
    if n < 10:
        return ONES[n]
    if n < 20:
        return TEENS[n - 10]
    return TENS[n // 10] + ("" if n % 10 == 0 else " " + ONES[n % 10])


def say_year(y):
    a, b = divmod(y, 100)
    if a == 20 and b < 10:
        return "two thousand" + ("" if b == 0 else " and " + ONES[b])
    return say_number2(a) + " " + (say_number2(b) if b >= 10 else ("oh " + ONES[b] if b else "hundred"))


ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
       "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
       "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty first", "twenty second",
       "twenty third", "twenty fourth", "twenty fifth", "twenty sixth", "twenty seventh",
       "twenty eighth"]
NATO = {"A": "alpha", "B": "bravo", "C": "charlie", "D": "delta", "E": "echo", "F": "foxtrot",
        "G": "golf", "H": "hotel", "J": "juliet", "K": "kilo", "L": "lima", "M": "mike",
        "N": "november", "P": "papa", "I": "india", "V": "victor", "Q": "quebec", "R": "romeo", "S": "sierra", "T": "tango",
        "U": "uniform", "W": "whiskey", "X": "x-ray", "Y": "yankee", "Z": "zulu"}
NAMEWORD = {"A": "apple", "B": "bob", "C": "cat", "D": "david", "E": "edward", "G": "george",
            "H": "harry", "J": "john", "K": "king", "L": "london", "M": "mother", "N": "nancy",
            "P": "peter", "R": "robert", "S": "sugar", "T": "tommy", "W": "william", "Y": "yellow",
            "Z": "zebra", "F": "freddie", "I": "ireland", "V": "victoria", "Q": "queen", "U": "uncle", "X": "xmas"}
LETTER_HOMO = {"B": "bee", "C": "see", "G": "gee", "J": "jay", "K": "kay", "P": "pee",
               "R": "are", "T": "tee", "Y": "why", "Z": "zed", "X": "ex", "M": "em", "N": "en",
               "L": "el", "H": "aitch", "S": "ess", "W": "double you"}


def say_letter(c, nato=0.0, homo=0.0):
    x = R.random()
    if x < nato:
        word = NATO[c] if R.random() < 0.7 else NAMEWORD[c]
        return c.lower() + R.choice([" for ", " for ", " as in "]) + word
    if c in LETTER_HOMO and R.random() < homo:
        return LETTER_HOMO[c]
    return c.lower()


def say_alnum(s, uk=True, nato=0.0, homo=0.0):
    out = []
    for c in s:
        if c == " ":
            continue
        if c.isdigit():
            out.append(dword(c, uk))
        else:
            out.append(say_letter(c, nato, homo))
    return " ".join(out)


# ---------------------------------------------------------------- normaliser (for --check)
NUMW = {"zero": "0", "oh": "0", "o": "0", "nought": "0", "one": "1", "won": "1", "two": "2",
        "to": "2", "too": "2", "three": "3", "four": "4", "for": "4", "five": "5", "six": "6",
        "seven": "7", "eight": "8", "ate": "8", "nine": "9", "niner": "9"}
TEENW = {w: str(10 + i) for i, w in enumerate(TEENS)}
TENW = {w: str(i) for i, w in enumerate(TENS) if w}
LETW = {v: k for k, v in LETTER_HOMO.items() if " " not in v}
FILLERS = {"um", "uh", "er", "erm", "ah", "eh", "hmm", "dash", "hyphen", "space", "slash",
           "and", "plus", "of", "the"}


def norm_spoken(text):
    toks = re.findall(r"[a-z0-9]+", text.lower())
    out, i = [], 0
    isnum = lambda t: t in NUMW or t in TEENW or t in TENW or t.isdigit()
    while i < len(toks):
        t = toks[i]
        nx = toks[i + 1] if i + 1 < len(toks) else None
        nn = toks[i + 2] if i + 2 < len(toks) else None
        if len(t) == 1 and t.isalpha() and nx == "for" and nn and not isnum(nn) and nn.isalpha():
            out.append(t.upper()); i += 3
            if i < len(toks) and toks[i] == "ray":
                i += 1
            continue
        if len(t) == 1 and t.isalpha() and nx == "as" and nn == "in":
            out.append(t.upper()); i += 4
            if i < len(toks) and toks[i] == "ray":
                i += 1
            continue
        if t == "x" and nx == "ray":
            i += 2; continue
        if t in ("double", "triple") and nx is not None:
            if nx == "you":
                out.append("W"); i += 2; continue
            sub = norm_spoken(nx)
            out.append(sub * (2 if t == "double" else 3)); i += 2; continue
        if t.isdigit():
            out.append(t); i += 1; continue
        if t in NUMW and t != "o" or t == "o":
            if nx == "hundred":
                d = NUMW[t]
                j = i + 2
                if j < len(toks) and toks[j] == "and":
                    j += 1
                rest = toks[j] if j < len(toks) else None
                if rest in TEENW:
                    out.append(d + TEENW[rest]); i = j + 1; continue
                if rest in TENW:
                    r2 = toks[j + 1] if j + 1 < len(toks) else None
                    if r2 in NUMW and NUMW[r2] != "0":
                        out.append(d + TENW[rest] + NUMW[r2]); i = j + 2; continue
                    out.append(d + TENW[rest] + "0"); i = j + 1; continue
                if rest in NUMW:
                    out.append(d + "0" + NUMW[rest]); i = j + 1; continue
                out.append(d + "00"); i += 2; continue
            out.append(NUMW[t]); i += 1; continue
        if t in TEENW:
            out.append(TEENW[t]); i += 1; continue
        if t in TENW:
            if nx in NUMW and NUMW[nx] != "0":
                out.append(TENW[t] + NUMW[nx]); i += 2; continue
            out.append(TENW[t] + "0"); i += 1; continue
        if t in LETW:
            out.append(LETW[t]); i += 1; continue
        if len(t) == 1 and t.isalpha():
            out.append(t.upper()); i += 1; continue
        if t in FILLERS:
            i += 1; continue
        if t.isalnum() and re.fullmatch(r"[a-z]{1,2}\d[a-z0-9]*", t):
            out.append(t.upper()); i += 1; continue
        if re.fullmatch(r"[a-z]+\d+[a-z]*", t) or re.fullmatch(r"\d+[a-z]+", t):
            out.append(t.upper()); i += 1; continue
        out.append("?" + t + "?"); i += 1
    return "".join(out)


def norm_email(text):
    if "@" in text:
        return text.lower()
    toks = re.findall(r"[a-z0-9]+", text.lower())
    m = {"dot": ".", "at": "@", "underscore": "_", "dash": "-", "hyphen": "-"}
    return "".join(m.get(t, NUMW.get(t, t) if t in NUMW and len(t) > 2 else t) for t in toks)


def validate(typ, texts):
    full = " ".join(texts)
    if typ == "EMAIL":
        e = norm_email(full)
        return bool(re.fullmatch(r"[a-z0-9._%+-]+@[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}", e)), e
    if typ == "ADDRESS":
        low = full.lower()
        ok = any(re.search(r"\b%s\b" % s, low) for s in STREET_SUFFIX) and (
            re.search(r"\d", low) or any(re.search(r"\b%s\b" % w, low) for w in ONES + TEENS + TENS[2:]))
        return bool(ok), low
    if typ in ("DOB", "EXPIRY"):
        low = full.lower()
        if any(m in low for m in MONTHS):
            return True, low
        d = re.sub(r"\D", "", norm_spoken(low)) if not re.search(r"\d", low) else re.sub(r"\D", "", low)
        if typ == "EXPIRY":
            return len(d) in (4, 6) and 1 <= int(d[:2]) <= 12, d
        return len(d) in (6, 8), d
    if re.search(r"\d", full):
        n = re.sub(r"[^A-Za-z0-9]", "", full).upper()
    else:
        n = "".join(norm_spoken(t) for t in texts)
    if "?" in n:
        return False, n
    if typ == "CARD_NUMBER":
        return n.isdigit() and 13 <= len(n) <= 19 and luhn_ok(n), n
    if typ == "CVV":
        return n.isdigit() and len(n) in (3, 4), n
    if typ == "SSN":
        return n.isdigit() and len(n) == 9, n
    if typ == "NI_NUMBER":
        return bool(re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", n)), n
    if typ == "BANK_ACCOUNT":
        return n.isdigit() and 6 <= len(n) <= 17, n
    if typ == "SORT_CODE":
        return n.isdigit() and len(n) == 6, n
    if typ == "PHONE":
        return n.isdigit() and 9 <= len(n) <= (15 if n.startswith("00") else 13), n
    if typ == "IBAN":
        ok = bool(re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", n))
        if ok:
            s = n[4:] + n[:4]
            ok = int("".join(str(int(c, 36)) for c in s)) % 97 == 1
        return ok, n
    if typ == "POSTCODE":
        return bool(re.fullmatch(r"[A-Z]{1,2}\d[A-Z0-9]?\d[A-Z]{2}|\d{5}(\d{4})?", n)), n
    return False, n


# ---------------------------------------------------------------- helpers for templates
IND_CALL = ["banking", "telecom", "utilities", "retail", "insurance", "travel",
            "healthcare billing", "government services"]


def ind():
    return R.choice(IND_CALL)


def fill():
    return R.choice(["um ", "uh ", "er ", "", "", "so ", "yeah ", "okay "])


def bc():
    return R.choice(["mhm", "okay", "yep", "okay go on", "uh huh", "right", "got it", "yeah",
                     "okay and", "mm hmm"])


def split_chunks(s, sizes):
    out, i = [], 0
    for k in sizes:
        out.append(s[i:i + k]); i += k
    if i < len(s):
        out[-1] += s[i:]
    return out


def fmt_card_chat(c):
    k = R.random()
    if len(c) == 15:
        parts = [c[:4], c[4:10], c[10:]]
    else:
        parts = [c[i:i + 4] for i in range(0, len(c), 4)]
    if k < 0.35:
        return " ".join(parts)
    if k < 0.55:
        return "-".join(parts)
    if k < 0.75:
        return c
    if k < 0.85:
        return ".".join(parts)
    return "  ".join(parts)


def fmt_phone_chat(kind, p):
    if kind == "us":
        return R.choice(["(%s) %s-%s" % (p[:3], p[3:6], p[6:]), "%s-%s-%s" % (p[:3], p[3:6], p[6:]),
                         "%s.%s.%s" % (p[:3], p[3:6], p[6:]), p, "+1 %s %s %s" % (p[:3], p[3:6], p[6:])])
    if kind in ("ukintl", "ieintl"):
        cc = p[:2] if kind == "ukintl" else p[:3]
        rest = p[len(cc):]
        if kind == "ieintl":
            return R.choice(["+%s %s %s %s" % (cc, rest[:2], rest[2:5], rest[5:]), "+%s%s" % (cc, rest),
                             "00%s %s %s %s" % (cc, rest[:2], rest[2:5], rest[5:])])
        return R.choice(["+%s %s %s" % (cc, rest[:4], rest[4:]), "+%s%s" % (cc, rest),
                         "00%s %s %s %s" % (cc, rest[:2], rest[2:5], rest[5:])])
    if kind == "ie":
        return R.choice(["%s %s %s" % (p[:3], p[3:6], p[6:]), p, "%s-%s" % (p[:3], p[3:])])
    return R.choice(["%s %s" % (p[:5], p[5:]), p, "%s %s %s" % (p[:5], p[5:8], p[8:]),
                     "%s-%s-%s" % (p[:4], p[4:7], p[7:])])


def say_phone(kind, p, uk):
    if kind in ("ukintl", "ieintl"):
        cc = p[:2] if kind == "ukintl" else p[:3]
        return "plus " + say_digits(cc) + " " + say_mixed(p[len(cc):], uk, homo=0.1)
    if kind == "us" and R.random() < 0.4:
        return say_digits(p[:3]) + " " + say_digits(p[3:6]) + " " + say_pairs(p[6:])
    if R.random() < 0.3:
        return say_digits(p[:5], uk) + " " + say_pairs(p[5:], uk)
    return say_digits(p, uk, homo=0.1)


def gen_email():
    f, l = R.choice(FIRST), R.choice(LAST)
    style = R.randint(0, 4)
    num = str(R.randint(1, 99)) if R.random() < 0.5 else ""
    user = [f + "." + l, f[0] + "." + l, f + l + num, f + "_" + l, l + f[0] + num][style]
    return user, R.choice(DOMAINS)


def say_email(user, dom):
    parts = []
    for ch in re.split(r"([._])", user):
        if ch == ".":
            parts.append("dot")
        elif ch == "_":
            parts.append("underscore")
        elif ch:
            m = re.match(r"([a-z]+)(\d*)", ch)
            w = m.group(1)
            for fn in FIRST:
                if w.startswith(fn) and len(w) > len(fn) + 1:
                    w = fn + " " + w[len(fn):]
                    break
            if len(w) == 1:
                parts.append(w)
            elif R.random() < 0.15:
                parts.append(" ".join(w))
            else:
                parts.append(w)
            if m.group(2):
                parts.append(say_digits(m.group(2)) if R.random() < 0.5 else say_number2(int(m.group(2))))
    dparts = dom.split(".")
    return " ".join(parts) + " at " + " dot ".join(dparts)


def gen_dob():
    return R.randint(1, 28), R.randint(1, 12), R.randint(1940, 2004)


def say_dob(d, m, y):
    k = R.random()
    if k < 0.4:
        return "the " + ORD[d] + " of " + MONTHS[m - 1] + " " + say_year(y)
    if k < 0.7:
        return MONTHS[m - 1] + " " + ORD[d] + " " + say_year(y)
    return ORD[d] + " " + MONTHS[m - 1] + " " + say_year(y)


def chat_dob(d, m, y, us=False):
    k = R.random()
    if k < 0.4:
        return ("%02d/%02d/%d" % (m, d, y)) if us else ("%02d/%02d/%d" % (d, m, y))
    if k < 0.6:
        return "%d-%02d-%02d" % (y, m, d)
    if k < 0.8:
        return "%d %s %d" % (d, MONTHS[m - 1].capitalize(), y)
    return "%s %d, %d" % (MONTHS[m - 1].capitalize(), d, y)


def gen_expiry():
    return R.randint(1, 12), R.randint(26, 33)


def say_expiry(m, y):
    k = R.random()
    if k < 0.4:
        return say_digits("%02d" % m) + " " + say_number2(y)
    if k < 0.7:
        return MONTHS[m - 1] + " " + say_number2(y)
    if k < 0.85:
        return MONTHS[m - 1] + " twenty " + say_number2(y)
    return say_pair("%02d" % m) + " " + say_pair("%02d" % y)


def gen_address(us=False):
    if us:
        n = R.randint(10, 9800)
        return str(n), R.choice(STREETS_US)
    return str(R.randint(1, 240)), R.choice(STREETS_UK)


def say_housenum(n):
    n = int(n)
    if n < 100:
        return say_number2(n)
    if n < 1000:
        return R.choice([say_hundreds(n), say_digits(str(n), doubles=0)])
    a, b = divmod(n, 100)
    return say_number2(a) + " " + (say_number2(b) if b >= 10 else ("oh " + ONES[b] if b else "hundred"))


def acct_uk():
    return digits(8)


def acct_us():
    return digits(R.choice([9, 10, 11, 12]))


def sortcode():
    return R.choice(["20", "40", "30", "60", "77", "83", "90", "11", "09", "16"]) + digits(4)


# ---------------------------------------------------------------- positive templates (calls)
def p_call_card_split():
    c = gen_card(); g = newg(); uk = R.random() < 0.5
    sizes = [4, 4, 4, 4] if len(c) == 16 else ([4, 6, 5] if len(c) == 15 else [4, 4, 4, 4, 3])
    ch = split_chunks(c, sizes)
    t = [turn("agent", R.choice(["okay so whenever you're ready the long number across the front",
                                  "can i take the card number please", "go ahead with the sixteen digits"]))]
    for i, x in enumerate(ch):
        pre = fill() if i == 0 else R.choice(["", "", "uh ", "then "])
        t.append(turn("customer", pre, L(say_digits(x, uk, homo=0.15, um=0.08), "CARD_NUMBER", g),
                      R.choice(["", "", " um"])))
        if i < len(ch) - 1:
            t.append(turn("agent", bc()))
    return t, "call/%s: card number split over %d customer turns with back-channels" % (ind(), len(ch))


def p_call_card_one():
    c = gen_card(); uk = R.random() < 0.5
    t = [turn("agent", "and the card number please"),
         turn("customer", fill() + "yeah it's ", L(say_mixed(c, uk, homo=0.1), "CARD_NUMBER"),
              R.choice(["", " and it's a visa", " that's the debit card", " for the forty pound payment"]))]
    return t, "call/%s: card read in one turn with pairs/doubles and homophones" % ind()


def p_call_card_correction():
    c = gen_card(); g = newg(); uk = R.random() < 0.5
    wrong = c[:4] + str((int(c[4]) + 3) % 10) + c[5:7]
    t = [turn("agent", "what's the card number"),
         turn("customer", L(say_digits(wrong, uk), "CARD_NUMBER", None, True), " no sorry hang on let me start again ",
              L(say_digits(c[:8], uk), "CARD_NUMBER", g)),
         turn("agent", bc()),
         turn("customer", L(say_digits(c[8:], uk, homo=0.1), "CARD_NUMBER", g))]
    return t, "call/%s: card with restart after wrong digits, abandoned fragment labelled too" % ind()


def p_call_card_interrupt():
    c = gen_card(); g = newg()
    t = [turn("agent", "card number when you're ready"),
         turn("customer", "it's ", L(say_digits(c[:6]), "CARD_NUMBER", g)),
         turn("agent", "sorry you cut out after the " + dword(c[5]) + " can you go again from there"),
         turn("customer", "yeah ", L(say_digits(c[6:]), "CARD_NUMBER", g)),
         turn("agent", "thank you and the expiry"),
         ]
    m, y = gen_expiry()
    t.append(turn("customer", L(say_expiry(m, y), "EXPIRY"), R.choice([" i think", "", " yeah"])))
    t.append(turn("agent", "and the three digit code on the back"))
    cv = digits(3)
    t.append(turn("customer", fill(), L(say_digits(cv), "CVV")))
    return t, "call/%s: agent interrupts mid card reading, then expiry and cvv" % ind()


def p_call_card_readback():
    c = gen_card(); uk = R.random() < 0.5
    t = [turn("customer", "the card is ", L(say_digits(c, uk), "CARD_NUMBER")),
         turn("agent", "let me just read that back to you ", L(say_mixed(c, uk), "CARD_NUMBER"), " is that right"),
         turn("customer", "yeah that's it")]
    return t, "call/%s: agent reads the card number back" % ind()


def p_call_cvv_exp():
    m, y = gen_expiry(); cv = digits(4 if R.random() < 0.2 else 3, True)
    cvs = say_hundreds(int(cv)) if len(cv) == 3 and R.random() < 0.3 else say_digits(cv)
    lead = ["the three on the back is ", "it's ", "security code ", ""] if len(cv) == 3 else ["the four on the front are ", "it's ", "the amex code is "]
    t = [turn("agent", "and what's the expiry date on the card"),
         turn("customer", fill(), L(say_expiry(m, y), "EXPIRY")),
         turn("agent", "and the security code"),
         turn("customer", R.choice(lead), L(cvs, "CVV"))]
    return t, "call/%s: expiry and security code in separate answers" % ind()


def p_call_cvv_two():
    m, y = gen_expiry(); cv = digits(3, True)
    t = [turn("agent", "can i have the expiry and the cvv please"),
         turn("customer", "expiry is ", L(say_expiry(m, y), "EXPIRY"), " and the code on the back ",
              L(say_digits(cv), "CVV"))]
    return t, "call/%s: expiry and cvv in one turn" % ind()


def p_call_ssn():
    s = gen_ssn(); k = R.random()
    if k < 0.35:
        sp = say_digits(s[:3]) + " " + say_digits(s[3:5]) + " " + say_digits(s[5:])
        t = [turn("agent", "to verify can i get your social security number"),
             turn("customer", fill(), L(sp, "SSN"))]
        n = "call/%s: ssn read digit by digit in one turn" % ind()
    elif k < 0.7:
        g = newg()
        t = [turn("agent", "and your social please"),
             turn("customer", L(say_digits(s[:3]), "SSN", g)),
             turn("agent", bc()),
             turn("customer", L(say_pairs(s[3:5]), "SSN", g)),
             turn("agent", bc()),
             turn("customer", L(say_pairs(s[5:]), "SSN", g))]
        n = "call/%s: ssn split across three turns with pairs" % ind()
    else:
        t = [turn("agent", "last thing i need is the social security number on the account"),
             turn("customer", "okay hold on ", L(say_digits(s, homo=0.15), "SSN"), " and the balance was like two hundred dollars"),
             turn("agent", "thanks i have ", L(say_digits(s[:3]) + " " + say_digits(s[3:5]) + " " + say_digits(s[5:]), "SSN"), " is that right"),
             turn("customer", "yes")]
        n = "call/%s: ssn with agent readback and money amount nearby" % ind()
    return t, n


def p_call_ssn_correction():
    s = gen_ssn(); g = newg()
    wrong = s[:3] + str((int(s[3]) + 1) % 10)
    t = [turn("agent", "what's your s s n"),
         turn("customer", L(say_digits(wrong), "SSN", None, True), " wait no ", L(say_digits(s[:3]), "SSN", g), " ",
              L(say_digits(s[3:5]), "SSN", g)),
         turn("agent", bc()),
         turn("customer", L(say_digits(s[5:]), "SSN", g))]
    return t, "call/%s: ssn with self-correction, fragment labelled" % ind()


def p_call_ni():
    n = gen_ni(); k = R.random()
    if k < 0.4:
        sp = say_alnum(n, nato=0.3, homo=0.2)
        t = [turn("agent", "could you give me your national insurance number"),
             turn("customer", fill(), "yeah it's ", L(sp, "NI_NUMBER"))]
        note = "call/government services: ni number with letters as homophones/phonetic"
    elif k < 0.7:
        g = newg()
        t = [turn("agent", "and the national insurance number"),
             turn("customer", L(say_alnum(n[:2], nato=0.5), "NI_NUMBER", g)),
             turn("agent", bc()),
             turn("customer", L(say_pairs(n[2:8], uk=True), "NI_NUMBER", g)),
             turn("agent", "and the letter at the end"),
             turn("customer", L(say_letter(n[8], nato=0.5, homo=0.3), "NI_NUMBER", g))]
        note = "call/%s: ni number split: prefix, digit pairs, suffix letter" % ind()
    else:
        t = [turn("customer", "my n i number is ", L(say_alnum(n[:2]) + " " + say_digits(n[2:8], True) + " " + say_letter(n[8]), "NI_NUMBER"),
                  " and i've been paying in since twenty twelve"),
             turn("agent", "so that's ", L(say_alnum(n, nato=1.0), "NI_NUMBER"), " yeah"),
             turn("customer", "that's right")]
        note = "call/government services: ni number with agent phonetic readback and a year"
    return t, note


def p_call_bank():
    a = acct_uk(); s = sortcode(); k = R.random()
    if k < 0.5:
        t = [turn("agent", "what's the sort code"),
             turn("customer", L(say_pairs(s, uk=True) if R.random() < 0.6 else say_digits(s, True), "SORT_CODE")),
             turn("agent", "and the account number"),
             turn("customer", fill(), L(say_digits(a, True, homo=0.1), "BANK_ACCOUNT"))]
    else:
        t = [turn("agent", "can i take the bank details for the direct debit"),
             turn("customer", "sort code ", L(say_pairs(s, True), "SORT_CODE"), " account ", L(say_mixed(a, True), "BANK_ACCOUNT")),
             turn("agent", "and that's for the thirty two pound monthly payment yeah"),
             turn("customer", "yeah")]
    return t, "call/%s: uk sort code and account number" % R.choice(["banking", "utilities", "telecom"])


def p_call_bank_us():
    a = acct_us(); g = newg()
    half = len(a) // 2
    t = [turn("agent", "what's the checking account number"),
         turn("customer", L(say_digits(a[:half]), "BANK_ACCOUNT", g)),
         turn("agent", "okay"),
         turn("customer", L(say_digits(a[half:], homo=0.1), "BANK_ACCOUNT", g), " and the routing i don't have on me")]
    return t, "call/banking: us account number over two turns"


def p_call_iban():
    ib = gen_iban(); g = newg()
    grp = [ib[i:i + 4] for i in range(0, len(ib), 4)]
    mid = len(grp) // 2
    t = [turn("agent", "can you read me the iban"),
         turn("customer", L(say_alnum(" ".join(grp[:mid]), nato=0.2), "IBAN", g)),
         turn("agent", bc()),
         turn("customer", L(say_alnum(" ".join(grp[mid:])), "IBAN", g))]
    return t, "call/banking: iban spoken letter by letter over two turns"


def p_call_phone():
    kind, p = gen_phone(R.choice(["ukmob", "ukland", "us", "ie", "ukintl", "ieintl"]))
    uk = kind.startswith("uk") or kind.startswith("ie")
    k = R.random()
    if k < 0.5:
        t = [turn("agent", "what's the best number to reach you on"),
             turn("customer", fill(), L(say_phone(kind, p, uk), "PHONE"))]
        if R.random() < 0.4:
            t.append(turn("agent", "let me read that back ", L(say_digits(p, uk), "PHONE"), " yeah"))
            t.append(turn("customer", "yep"))
        n = "call/%s: phone number in one turn" % ind()
    else:
        g = newg(); cut = 5 if len(p) > 10 else 3
        t = [turn("agent", "and a contact number"),
             turn("customer", "it's ", L(say_digits(p[:cut], uk), "PHONE", g)),
             turn("agent", bc()),
             turn("customer", L(say_digits(p[cut:], uk, homo=0.1), "PHONE", g), R.choice([" after six is best", "", " that's my mobile"]))]
        n = "call/%s: phone number split over two turns" % ind()
    return t, n


def p_call_email():
    u, d = gen_email()
    t = [turn("agent", "and an email address for the confirmation"),
         turn("customer", fill(), L(say_email(u, d), "EMAIL"))]
    if R.random() < 0.5:
        t.append(turn("agent", "so that's " + "", L(say_email(u, d), "EMAIL"), " yeah"))
        t.append(turn("customer", "yes"))
    return t, "call/%s: email spelled with dot/at words" % ind()


def p_call_dob():
    d, m, y = gen_dob()
    t = [turn("agent", R.choice(["can you confirm your date of birth", "and your date of birth please", "what's the date of birth on the policy"])),
         turn("customer", fill(), L(say_dob(d, m, y), "DOB"))]
    return t, "call/%s: date of birth spoken with ordinal and year words" % ind()


def p_call_dob_digits():
    d, m, y = gen_dob()
    sp = say_digits("%02d" % d) + " " + say_digits("%02d" % m) + " " + say_year(y)
    t = [turn("agent", "date of birth"),
         turn("customer", L(sp, "DOB"), R.choice(["", " and i'm calling about the appointment on the twelfth"]))]
    return t, "call/healthcare billing: dob as digits plus year words"


def p_call_postcode():
    kind, pc = gen_postcode()
    if kind == "us":
        sp = say_digits(pc)
        t = [turn("agent", "and the zip code"), turn("customer", fill(), L(sp, "POSTCODE"))]
    else:
        sp = say_alnum(pc, nato=0.25, homo=0.15)
        t = [turn("agent", "what's the postcode"), turn("customer", fill(), L(sp, "POSTCODE"))]
    return t, "call/%s: %s postcode spoken" % (ind(), "us zip" if kind == "us" else "uk")


def p_call_address():
    us = R.random() < 0.4
    n, st = gen_address(us)
    kind, pc = ("us", digits(5, True)) if us else ("uk", gen_postcode()[1] if True else "")
    if not us and re.fullmatch(r"\d{5}", pc):
        pc = "M14 4BT"
    addr = say_housenum(n) + " " + st.lower()
    pcs = say_digits(pc) if us else say_alnum(pc, homo=0.1)
    t = [turn("agent", "can i confirm the address on the account"),
         turn("customer", fill(), L(addr, "ADDRESS"), " ", R.choice(["springfield", "dayton", "tulsa"] if us else ["leeds", "manchester", "cardiff"]), " ",
              L(pcs, "POSTCODE"))]
    return t, "call/%s: street address and postcode in one turn" % ind()


def p_call_address_split():
    n, st = gen_address(False)
    kind, pc = gen_postcode()
    if kind == "us":
        pc = "LS6 2QB"
    g = newg()
    t = [turn("agent", "and the first line of the address"),
         turn("customer", L(say_housenum(n), "ADDRESS", g)),
         turn("agent", bc()),
         turn("customer", L(st.lower(), "ADDRESS", g)),
         turn("agent", "and postcode"),
         turn("customer", L(say_alnum(pc, nato=0.3), "POSTCODE"))]
    return t, "call/utilities: house number and street in separate turns, then postcode"


def p_call_mixed_verify():
    d, m, y = gen_dob(); kind, p = gen_phone("ukmob")
    t = [turn("agent", "for security can i take your date of birth and the phone number on the account"),
         turn("customer", "yeah ", L(say_dob(d, m, y), "DOB"), " and the number is ", L(say_digits(p, True, homo=0.1), "PHONE")),
         turn("agent", "lovely and the balance is a hundred and twelve pounds forty")]
    return t, "call/telecom: dob and phone in one turn, money amount afterwards"


def p_call_card_cvv_mix():
    c = gen_card(); cv = digits(3, True); g = newg()
    t = [turn("agent", "go ahead with the card"),
         turn("customer", L(say_digits(c[:8]), "CARD_NUMBER", g), " hang on my glasses ", L(say_digits(c[8:]), "CARD_NUMBER", g)),
         turn("agent", "and the three digits on the back"),
         turn("customer", "uh it's ", L(say_digits(cv), "CVV"), " no wait ", L(say_digits(cv), "CVV"), " yeah")]
    return t, "call/retail: chit-chat inside card reading and cvv repeated"


# ---------------------------------------------------------------- positive templates (chat)
def c_card():
    c = gen_card()
    t = [turn("customer", R.choice(["hi can u take payment? card no ", "Card number: ", "my card is ", "pls charge ",
                                    "cardnumber ", "hey, heres the card: ", "CARD NO: ", "my debit crad is "]),
              L(fmt_card_chat(c), "CARD_NUMBER"), R.choice(["", " thx", ". Amount is £45.00", " exp to follow"]))]
    if R.random() < 0.5:
        m, y = gen_expiry(); cv = digits(3, True)
        t.append(turn("agent", "Thanks. Could you also provide the expiry date and CVV?"))
        t.append(turn("customer", "exp ", L(R.choice(["%02d/%02d" % (m, y), "%02d/20%02d" % (m, y), "%02d-%02d" % (m, y)]), "EXPIRY"),
                      " cvv ", L(cv, "CVV")))
    return t, "chat/%s: typed card number with varied separators" % R.choice(["retail", "travel", "telecom", "insurance"])


def c_ssn():
    s = gen_ssn()
    f = R.choice(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s.%s.%s"]) % (s[:3], s[3:5], s[5:])
    t = [turn("agent", "To verify your identity please send your SSN."),
         turn("customer", R.choice(["sure its ", "SSN: ", "ok ", "my social is "]), L(f, "SSN"))]
    return t, "chat/%s: typed ssn" % R.choice(["banking", "healthcare billing", "insurance"])


def c_ni():
    n = gen_ni()
    f = R.choice([n, " ".join([n[:2], n[2:4], n[4:6], n[6:8], n[8]]), n.lower(),
                  n[:2] + " " + n[2:8] + " " + n[8]])
    t = [turn("agent", "What is your National Insurance number?"),
         turn("customer", R.choice(["its ", "NI no. ", "", "ni: "]), L(f, "NI_NUMBER"), R.choice(["", " thanks", "."]))]
    return t, "chat/government services: typed NI number"


def c_bank():
    a = acct_uk(); s = sortcode()
    sf = R.choice(["%s-%s-%s", "%s %s %s", "%s%s%s"]) % (s[:2], s[2:4], s[4:])
    t = [turn("customer", "Sort code ", L(sf, "SORT_CODE"), R.choice([", acc ", " account no. ", " / "]), L(a, "BANK_ACCOUNT"))]
    return t, "chat/banking: typed sort code and account"


def c_iban():
    ib = gen_iban()
    f = R.choice([ib, " ".join(ib[i:i + 4] for i in range(0, len(ib), 4)), ib.lower()])
    t = [turn("agent", "Please share the IBAN for the refund."),
         turn("customer", "IBAN: ", L(f, "IBAN"), R.choice(["", " (Ireland)", " thanks"]))]
    return t, "chat/%s: typed iban" % R.choice(["travel", "retail", "banking"])


def c_phone_email():
    kind, p = gen_phone()
    u, d = gen_email()
    em = u + "@" + d
    if R.random() < 0.3:
        em = em.capitalize()
    t = [turn("customer", R.choice(["you can reach me on ", "call me at ", "my number is "]), L(fmt_phone_chat(kind, p), "PHONE"),
              R.choice([" or email ", " / ", ", email: "]), L(em, "EMAIL"))]
    return t, "chat/%s: typed phone and email in one message" % ind()


def c_dob_addr():
    us = R.random() < 0.4
    d, m, y = gen_dob(); n, st = gen_address(us)
    kind, pc = gen_postcode()
    if us and kind != "us":
        pc = digits(5, True)
    if not us and kind == "us":
        pc = "EH3 9QP"
    if not us and R.random() < 0.4:
        pc = pc.lower().replace(" ", R.choice(["", " "]))
    t = [turn("agent", "Can you confirm your date of birth and address?"),
         turn("customer", "dob ", L(chat_dob(d, m, y, us), "DOB"), ", address ", L("%s %s" % (n, st), "ADDRESS"), ", ",
              R.choice(["Boston", "Columbus", "Austin"] if us else ["Leeds", "Bristol", "Glasgow"]), " ", L(pc, "POSTCODE"))]
    return t, "chat/%s: typed dob, address and postcode" % ind()


def p_call_ni_corr():
    n = gen_ni(); g = newg()
    t = [turn("agent", "and your national insurance number please"),
         turn("customer", L(say_alnum(n[:2], homo=0.3), "NI_NUMBER", None, True), " ", L(say_digits(n[2:5], True), "NI_NUMBER", None, True),
              " no hang on that's my wife's ", R.choice(["sorry", "hold on"])),
         turn("agent", "no problem take your time"),
         turn("customer", "right mine is ", L(say_alnum(n[:2], nato=0.6) + " " + say_digits(n[2:8], True, homo=0.1) + " " + say_letter(n[8], nato=0.4), "NI_NUMBER")),
         turn("agent", "lovely and you're calling about the claim from march yeah")]
    return t, "call/government services: ni prefix started then restarted in full (first reading labelled as fragment)"


def p_call_email_split():
    u, d = gen_email(); g = newg()
    t = [turn("agent", "what email should we send the bill to"),
         turn("customer", L(say_email(u, d).split(" at ")[0], "EMAIL", g)),
         turn("agent", R.choice(["okay and after the at", "mhm and the domain", "okay go on"])),
         turn("customer", L("at " + " dot ".join(d.split(".")), "EMAIL", g)),
         turn("agent", "perfect")]
    return t, "call/%s: email split at the at-sign across two turns" % ind()


def p_call_sort_corr():
    s = sortcode(); a = acct_uk(); g = newg()
    t = [turn("agent", "sort code first please"),
         turn("customer", L(say_pair(s[:2], True), "SORT_CODE", g), " ", L(say_pair(s[2:4], True), "SORT_CODE", g)),
         turn("agent", bc()),
         turn("customer", L(say_pair(s[4:], True), "SORT_CODE", g), " and the account is ", L(say_digits(a, True), "BANK_ACCOUNT"))]
    return t, "call/banking: sort code as pairs split over turns then account"


def p_call_phone_corr():
    kind, p = gen_phone(R.choice(["ukmob", "us", "ie"])); _, p2 = gen_phone(kind)
    uk = kind != "us"
    t = [turn("agent", "is the mobile still ", L(say_digits(p, uk), "PHONE")),
         turn("customer", "no no that's the old one it's ", L(say_digits(p2[:4], uk, um=0.2), "PHONE", None, True), " uh sorry ",
              L(say_digits(p2, uk, homo=0.15, um=0.1), "PHONE")),
         turn("agent", "okay i'll update that now it's about ten minutes to go through")]
    return t, "call/telecom: agent reads old number, customer restarts new number mid-reading"


def p_call_account_um():
    a = acct_uk(); s = sortcode(); g = newg()
    t = [turn("agent", "and the account number the refund should go to"),
         turn("customer", "hold on i've got it here somewhere ", L(say_digits(a[:4], True, um=0.3), "BANK_ACCOUNT", g)),
         turn("agent", "sorry was that " + dword(a[3], True) + " at the end"),
         turn("customer", "yeah then ", L(say_digits(a[4:], True, homo=0.2), "BANK_ACCOUNT", g), " and sort code ",
              L(say_pairs(s, True), "SORT_CODE"))]
    return t, "call/%s: account number interrupted by the agent, fillers inside reading" % R.choice(["insurance", "retail", "utilities"])


def p_call_us_verify():
    d, m, y = gen_dob(); n, st = gen_address(True); z = digits(5, True)
    dob = (say_number2(m) if m >= 10 else "oh " + ONES[m]) + " " + (say_number2(d) if d >= 10 else "oh " + ONES[d]) + " " + say_pair("%02d" % (y % 100))
    t = [turn("agent", "can you verify the date of birth and the address we have on file"),
         turn("customer", "sure it's ", L(dob, "DOB"), " and ", L(say_housenum(n) + " " + st.lower(), "ADDRESS"),
              " apartment " + say_number2(R.randint(2, 30)) + " ", R.choice(["columbus ohio", "austin texas", "tampa florida"]), " ",
              L(say_digits(z, homo=0.1), "POSTCODE")),
         turn("agent", "thank you and your copay today is twenty five dollars")]
    return t, "call/healthcare billing: us dob as month day two-digit year, street address, apartment and zip"


POS_CALL = [p_call_us_verify, p_call_phone_corr, p_call_account_um, p_call_ni, p_call_ni_corr, p_call_email_split, p_call_sort_corr, p_call_card_split, p_call_card_one, p_call_card_correction, p_call_card_interrupt,
            p_call_card_readback, p_call_cvv_exp, p_call_cvv_two, p_call_ssn, p_call_ssn_correction,
            p_call_ni, p_call_bank, p_call_bank_us, p_call_iban, p_call_phone, p_call_email,
            p_call_dob, p_call_dob_digits, p_call_postcode, p_call_address, p_call_address_split,
            p_call_mixed_verify, p_call_card_cvv_mix]
def c_ni_dob():
    n = gen_ni(); d, m, y = gen_dob()
    t = [turn("agent", "To reset your account please confirm your NI number and date of birth."),
         turn("customer", R.choice(["ni ", "NI number ", "Its "]), L(R.choice([n.lower(), n[:2] + " " + n[2:8] + " " + n[8], n]), "NI_NUMBER"),
              R.choice([" dob ", ", born ", " and DOB "]), L(chat_dob(d, m, y), "DOB"), R.choice(["", " ta", " - been waiting 40 mins!"]))]
    return t, "chat/government services: ni number and dob typed in one message"


POS_CHAT = [c_ni_dob, c_card, c_ssn, c_ni, c_bank, c_iban, c_phone_email, c_dob_addr]


# ---------------------------------------------------------------- negatives
def n_call_money():
    a = R.randint(20, 900); p = R.randint(1, 99)
    t = [turn("customer", "how much do i owe"),
         turn("agent", "the balance is " + say_hundreds(a) if a >= 100 else "the balance is " + say_number2(a)),
         turn("agent", "and " + say_number2(p) + " pence so if you pay " + say_number2(R.randint(20, 99)) + " pounds a month that'd clear it")]
    return t, "call/%s: money amounts and balance spoken" % ind()


def n_call_ref():
    ref = digits(R.choice([6, 7, 8]), True)
    w = R.choice(["order number", "reference number", "ticket number", "claim number", "invoice number"])
    t = [turn("agent", "have you got the " + w),
         turn("customer", "yeah the " + w + " is " + say_digits(ref)),
         turn("agent", "thanks i can see that " + w.split()[0] + " from the " + ORD[R.randint(1, 28)] + " of " + R.choice(MONTHS))]
    return t, "call/%s: %s read digit by digit with a non-birth date" % (ind(), w)


def n_call_time():
    t = [turn("agent", "i can book an engineer for " + R.choice(MONTHS) + " the " + ORD[R.randint(1, 28)]
              + " between " + R.choice(["eight", "nine", "ten"]) + " and " + R.choice(["twelve", "one", "two"])),
         turn("customer", "that's fine i'm off from half past " + R.choice(["seven", "eight"]) + " anyway"),
         turn("agent", "it should take about " + R.choice(["forty five minutes", "two hours", "ninety minutes"]))]
    return t, "call/utilities: appointment date, times and durations"


def n_call_meter():
    r = digits(5, True)
    t = [turn("agent", "can you read me the meter"),
         turn("customer", "it says " + say_digits(r) + " and then a red " + ONES[R.randint(1, 9)]),
         turn("agent", "great that's about " + say_number2(R.randint(20, 95)) + " percent higher than last quarter")]
    return t, "call/utilities: meter reading and percentage"


def n_call_flight():
    t = [turn("customer", "i'm on flight " + R.choice(["e i", "b a", "f r", "u a"]) + " " + say_hundreds(R.randint(100, 999))
              + " on the " + ORD[R.randint(1, 28)]),
         turn("agent", "and that departs at " + say_number2(R.randint(1, 12)) + " " + say_number2(R.randint(10, 59))
              + " from gate " + say_number2(R.randint(1, 40))),
         turn("customer", "and i've got " + R.choice(["two", "three"]) + " bags of about twenty three kilos")]
    return t, "call/travel: flight number, time, gate, weights"


def n_call_age():
    t = [turn("customer", "my mum is " + say_number2(R.randint(60, 95)) + " and she's been with you since " + say_year(R.randint(1975, 2015))),
         turn("agent", "okay and she's at the same address the whole time"),
         turn("customer", "yeah about " + say_number2(R.randint(11, 40)) + " years now")]
    return t, "call/insurance: age, year, duration"


def n_call_speed():
    t = [turn("customer", "i'm paying for " + R.choice(["five hundred", "nine hundred", "one hundred and fifty"]) + " meg and getting like "
              + say_number2(R.randint(12, 80))),
         turn("agent", "the router model is " + R.choice(["h g six one two", "v three six", "hub five"]) + " yeah"),
         turn("customer", "yeah and it's been down " + R.choice(["three", "four", "six"]) + " times since tuesday")]
    return t, "call/telecom: speeds, router model, counts"


def n_call_payment_date():
    a = R.randint(12, 99)
    t = [turn("agent", "your next payment of " + say_number2(a) + " euro " + say_number2(R.randint(10, 99))
              + " comes out on the " + ORD[R.randint(1, 28)] + " of " + R.choice(MONTHS)),
         turn("customer", "can we move it to the " + ORD[R.randint(1, 28)]),
         turn("agent", "yes and the contract started " + R.choice(MONTHS) + " " + say_year(R.randint(2018, 2025)))]
    return t, "call/%s: payment and contract dates, not birth dates" % R.choice(["telecom", "utilities", "insurance"])


def n_call_room():
    t = [turn("customer", "i was in room " + say_hundreds(R.randint(101, 599)) + " for " + R.choice(["three", "four", "two"]) + " nights"),
         turn("agent", "and the rate was " + say_hundreds(R.randint(100, 399)) + " a night"),
         turn("customer", "the heating was stuck on " + say_number2(R.randint(16, 30)) + " degrees")]
    return t, "call/travel: room number, rate, temperature"


def n_call_count_qty():
    t = [turn("customer", "i ordered " + say_number2(R.randint(2, 30)) + " boxes and only " + say_number2(R.randint(1, 9)) + " came"),
         turn("agent", "okay and that was the order from " + R.choice(MONTHS) + " " + ORD[R.randint(1, 28)]),
         turn("customer", "yeah it was " + say_number2(R.randint(20, 99)) + " ninety nine all in")]
    return t, "call/retail: quantities, date, price"


def n_chat_money():
    t = [turn("customer", R.choice(["Why is my bill £%d.%02d this month??", "my bill went up to €%d.%02d", "charged $%d.%02d twice"])
              % (R.randint(20, 900), R.randint(0, 99))),
         turn("agent", "I can see a %d%% price rise applied on %02d/%02d/%d." % (R.randint(3, 15), R.randint(1, 28), R.randint(1, 12), R.randint(2024, 2026)))]
    return t, "chat/%s: money, percentage, non-birth date" % ind()


def n_chat_ref():
    w = R.choice(["Order", "Ticket", "Ref", "Invoice", "Case", "Claim"])
    ref = R.choice(["#%s" % digits(7, True), "%s" % digits(8, True), "%s-%s" % (R.choice(["INV", "CLM", "TK"]), digits(6, True))])
    t = [turn("customer", "%s %s still hasn't arrived, it's been %d days" % (w, ref, R.randint(3, 30))),
         turn("agent", "Sorry about that, %s %s is due on %s %d." % (w.lower(), ref, R.choice(MONTHS).capitalize(), R.randint(1, 28)))]
    return t, "chat/retail: order/ticket/claim reference with word, delivery date"


def n_chat_model():
    t = [turn("customer", "The %s model %s keeps tripping at %d:%02d every night" % (
        R.choice(["boiler", "router", "washer"]), R.choice(["WX-4410", "ZB220", "HG612", "TX 900"]), R.randint(1, 12), R.randint(0, 59))),
         turn("agent", "Is it still under the %d-year warranty? It was installed in %d." % (R.randint(2, 5), R.randint(2018, 2025)))]
    return t, "chat/utilities: model numbers, times, years"


def n_chat_balance():
    t = [turn("agent", "Your current balance is £%d.%02d and your credit limit is £%d." % (R.randint(10, 4000), R.randint(0, 99), R.choice([500, 1000, 2500]))),
         turn("customer", "ok can I pay %d now and the rest on the %dth" % (R.randint(10, 300), R.randint(4, 20)))]
    return t, "chat/banking: balance, credit limit, payment date"


def n_chat_travel():
    t = [turn("customer", "Flight %s%d on %d %s, seat %d%s, 2 adults 1 child" % (
        R.choice(["EI", "FR", "BA", "UA"]), R.randint(100, 9999), R.randint(1, 28), R.choice(MONTHS).capitalize(), R.randint(1, 40), R.choice("ABCDEF"))),
         turn("agent", "The change fee is €%d and the new departure is %02d:%02d." % (R.randint(30, 150), R.randint(5, 22), R.randint(0, 59)))]
    return t, "chat/travel: flight, date, seat, fee, time"


def n_call_last4_amount():
    t = [turn("agent", "the payment of " + say_number2(R.randint(20, 99)) + " pounds went through on the " + ORD[R.randint(1, 28)]),
         turn("customer", "okay and how many payments are left"),
         turn("agent", say_number2(R.randint(2, 30)) + " out of " + R.choice(["twenty four", "thirty six", "forty eight"]))]
    return t, "call/banking: amounts, dates, counts"


def n_call_quote():
    t = [turn("agent", "so the quote comes to " + say_hundreds(R.randint(200, 999)) + " pounds a year with a " + say_hundreds(R.randint(100, 500)) + " excess"),
         turn("customer", "and that's for about " + R.choice(["eight", "ten", "twelve"]) + " thousand miles a year on a twenty " + say_number2(R.randint(10, 24)) + " car"),
         turn("agent", "yes and it starts on the " + ORD[R.randint(1, 28)] + " at midnight")]
    return t, "call/insurance: premium, excess, mileage, car year, start date"


def n_call_claim_health():
    ref = digits(R.choice([7, 9]), True)
    t = [turn("customer", "i'm calling about claim number " + say_digits(ref) + " from my visit on " + R.choice(MONTHS) + " " + ORD[R.randint(1, 28)]),
         turn("agent", "okay that claim was for " + say_hundreds(R.randint(100, 999)) + " dollars and insurance covered eighty percent"),
         turn("customer", "so i owe like " + say_number2(R.randint(20, 99)) + " bucks")]
    return t, "call/healthcare billing: claim number with reference word, visit date, amounts, percentage"


def n_chat_ticket_time():
    t = [turn("customer", "Ticket %s opened at %02d:%02d on %d/%d, still no reply after %d hrs" % (
        R.choice(["#", "TKT-", ""]) + digits(6, True), R.randint(8, 18), R.randint(0, 59), R.randint(1, 28), R.randint(1, 12), R.randint(2, 72))),
         turn("agent", "Apologies - queue times are about %d minutes today, you are number %d." % (R.randint(10, 90), R.randint(2, 40)))]
    return t, "chat/telecom: ticket number with word, timestamp, durations, queue position"


NEG = [n_call_quote, n_call_claim_health, n_chat_ticket_time, n_call_money, n_call_ref, n_call_time, n_call_meter, n_call_flight, n_call_age, n_call_speed,
       n_call_payment_date, n_call_room, n_call_count_qty, n_chat_money, n_chat_ref, n_chat_model,
       n_chat_balance, n_chat_travel, n_call_last4_amount]
NEG_CALL = [f for f in NEG if f.__name__.startswith("n_call")]
NEG_CHAT = [f for f in NEG if f.__name__.startswith("n_chat")]


# ---------------------------------------------------------------- generate
def generate():
    R.seed(SEED)
    _gid[0] = 0
    cases = []
    npos = 0
    plan = []
    for i in range(198):
        if i % 3 == 2:
            plan.append(POS_CHAT[(i // 3) % len(POS_CHAT)])
        else:
            plan.append(POS_CALL[((i // 3) * 2 + i % 3) % len(POS_CALL)])
    for f in plan:
        t, note = f()
        npos += 1
        c = build("positive", note, t)
        c["id"] = "h202-pos-%03d" % npos
        cases.append(c)
    nneg = 0
    for i in range(114):
        f = NEG_CHAT[(i // 3) % len(NEG_CHAT)] if i % 3 == 2 else NEG_CALL[((i // 3) * 2 + i % 3) % len(NEG_CALL)]
        t, note = f()
        nneg += 1
        c = build("negative", note, t)
        c["id"] = "h202-neg-%03d" % nneg
        cases.append(c)
    return cases


def serialise(cases):
    lines = []
    for c in cases:
        o = {"id": c["id"], "kind": c["kind"], "turns": c["turns"], "spans": c["spans"], "note": c["note"]}
        lines.append(json.dumps(o, ensure_ascii=False))
    return "\n".join(lines) + "\n"


def counts(cases):
    cnt = {t: 0 for t in TYPES}
    for c in cases:
        for s in c["spans"]:
            cnt[s["type"]] += 1
    return cnt


def readme(cases):
    cnt = counts(cases)
    pos = sum(c["kind"] == "positive" for c in cases)
    neg = len(cases) - pos
    calls = sum(c["note"].startswith("call/") for c in cases)
    rows = "\n".join("| %s | %d |" % (t, cnt[t]) for t in TYPES)
    return """# pii_holdout202 - held-out PII redaction evaluation set

**Never use this set for tuning.** It is a held-out evaluation set; do not fit rules,
thresholds or models to it, and do not copy its cases into training or development data.

## Who wrote it and how

Written by an AI helper acting as an independent author. The author did not see the
redaction code, its tests, its documentation or any other PII fixture; the only data
looked at was a three-line example of the JSONL format. Cases are generated by
`scripts/make_pii_holdout202.py` from template functions: every turn is assembled from
plain-text segments and labelled (value, TYPE) segments, so offsets are computed and never
typed by hand. All values come from one `random.Random(%d)`; output is byte-for-byte
reproducible. `python scripts/make_pii_holdout202.py --check` regenerates the set and
verifies it (identical bytes, unique ids, offsets in range and on word boundaries, no
overlapping spans, each value validated after normalising spoken forms: Luhn for cards,
mod-97 for IBANs, NI format, 9 digits for SSN, 6 for sort codes, digit counts for
CVV/phone/account, UK postcode / US ZIP shapes).

Emphasis: about two thirds of the cases are phone calls written the way a speech
recogniser writes them (lower case, numbers as words, "oh"/"o"/"nought"/"zero" for 0,
"double"/"triple", digit pairs like "forty one eleven", years like "nineteen eighty two",
letters as "b for bravo" / "s as in sugar" / homophones such as "see", "why", "are",
digit homophones "for", "to"/"too", "ate", "won", "niner"), with values split over
several customer turns separated by agent back-channels, restarts, self-corrections,
agent interruptions mid-reading and agent read-backs. The rest are typed chat messages
with varied separators, case and formatting.

## Annotation conventions

* A span covers the value only, from its first to its last value token, including
  filler words ("um", "uh") and separators that occur *inside* the reading. Lead-in words
  ("it's", "my number is", "the") are outside.
* A value split across several turns gets one span per turn (same type each).
* Agent read-backs of a value are labelled as well.
* In a self-correction the abandoned wrong fragment is labelled as its own span of the same
  type (it is still personal data); "no sorry" / "wait no" between them is outside.
* A single digit echoed by the agent while clarifying ("sorry was that one at the end",
  "you cut out after the seven") is not labelled.
* PHONE includes a spoken "plus" / typed "+" / "00" international prefix and a typed
  opening bracket of a US area code.
* DOB / EXPIRY spans are the date expression itself ("the fourth of march nineteen eighty
  two" starts at "the" when the ordinal is preceded by it; chat "04/03/1982").
* ADDRESS is the house number plus street name (e.g. "forty two harrow road",
  "17 Mill Lane"); town is not labelled; POSTCODE is labelled separately.
* Negatives contain no PII at all: money, balances, times, durations, counts, ages,
  years, percentages, temperatures, non-birth dates, order/ticket/claim/invoice
  references said with their reference word, flight/room/model numbers, meter readings,
  speeds. Positives may also contain such unlabelled non-PII numbers.

## Counts

Cases: %d positive, %d negative (%d phone-call style, %d chat).

| type | spans |
|---|---|
%s
""" % (SEED, pos, neg, calls, len(cases) - calls, rows)


def check(cases):
    problems = []
    text = serialise(cases)
    if not os.path.exists(OUT_FILE) or open(OUT_FILE, encoding="utf-8").read() != text:
        problems.append("cases.jsonl differs from regenerated output")
    if not os.path.exists(README) or open(README, encoding="utf-8").read() != readme(cases):
        problems.append("README.md differs from regenerated output")
    ids = [c["id"] for c in cases]
    if len(set(ids)) != len(ids):
        problems.append("duplicate ids")
    for line in text.splitlines():
        json.loads(line)
    for c in cases:
        if c["kind"] == "negative" and c["spans"]:
            problems.append("%s: negative with spans" % c["id"])
        if c["kind"] == "positive" and not c["spans"]:
            problems.append("%s: positive without spans" % c["id"])
        groups = {}
        for s, (g, partial) in zip(c["spans"], c["_meta"]):
            if s["type"] not in TYPES:
                problems.append("%s: bad type" % c["id"])
            tx = c["turns"][s["turn"]]["text"]
            a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(tx)):
                problems.append("%s: offsets out of range" % c["id"]); continue
            if (a > 0 and tx[a - 1].isalnum()) or (b < len(tx) and tx[b].isalnum()):
                problems.append("%s: span not on word boundary %r" % (c["id"], tx[a:b]))
            if not (tx[a].isalnum() or (tx[a] in "+(" and s["type"] == "PHONE")) or not tx[b - 1].isalnum():
                problems.append("%s: span edge not alnum %r" % (c["id"], tx[a:b]))
            if partial:
                n = norm_spoken(tx[a:b])
                if not n or "?" in n:
                    problems.append("%s: bad partial fragment %r" % (c["id"], tx[a:b]))
            else:
                groups.setdefault((g, s["type"]), []).append(tx[a:b])
        sp = sorted(c["spans"], key=lambda s: (s["turn"], s["start"]))
        for x, y in zip(sp, sp[1:]):
            if x["turn"] == y["turn"] and y["start"] < x["end"]:
                problems.append("%s: overlapping spans" % c["id"])
        for (g, typ), texts in groups.items():
            ok, n = validate(typ, texts)
            if not ok:
                problems.append("%s: %s failed validation: %r -> %r" % (c["id"], typ, texts, n))
    cnt = counts(cases)
    pos = sum(c["kind"] == "positive" for c in cases)
    neg = len(cases) - pos
    if pos < 170 or neg < 100:
        problems.append("too few cases: %d pos %d neg" % (pos, neg))
    for t in TYPES:
        need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
        if cnt[t] < need:
            problems.append("type %s has %d spans < %d" % (t, cnt[t], need))
    calls = sum(c["note"].startswith("call/") for c in cases)
    print("cases: %d (%d positive, %d negative); call-style %d, chat %d" % (len(cases), pos, neg, calls, len(cases) - calls))
    for t in TYPES:
        print("  %-13s %d" % (t, cnt[t]))
    for p in problems[:60]:
        print("PROBLEM:", p)
    print("problems: %d" % len(problems))
    return not problems


def main():
    cases = generate()
    if "--check" in sys.argv[1:]:
        sys.exit(0 if check(cases) else 1)
    os.makedirs(OUT_DIR, exist_ok=True)
    with open(OUT_FILE, "w", encoding="utf-8", newline="\n") as f:
        f.write(serialise(cases))
    with open(README, "w", encoding="utf-8", newline="\n") as f:
        f.write(readme(cases))
    print("wrote %d cases to %s" % (len(cases), OUT_FILE))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set ``pii_holdout147``.

Written by an independent AI author who did not look at the redaction code.
Standard library only.  Usage:

    python scripts/make_pii_holdout147.py          # write fixture + README
    python scripts/make_pii_holdout147.py --check  # regenerate and verify
"""
from __future__ import annotations

import json
import os
import random
import re
import sys
from collections import Counter

SEED = 147241124
PREFIX = "h147"
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout147")
OUT_FILE = os.path.join(OUT_DIR, "cases.jsonl")
README = os.path.join(OUT_DIR, "README.md")

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

R = random.Random(SEED)

# ---------------------------------------------------------------- segments


class S:
    """A PII value segment inside a turn."""

    _n = 0

    def __init__(self, text, typ, group=None, partial=False):
        assert typ in TYPES, typ
        self.text = text
        self.typ = typ
        S._n += 1
        self.group = group if group is not None else "g%d" % S._n
        self.partial = partial


def T(speaker, *segs):
    return (speaker, segs)


def build(cid, kind, turns, note):
    out_turns, spans, meta = [], [], []
    for ti, (spk, segs) in enumerate(turns):
        buf = ""
        for seg in segs:
            if isinstance(seg, S):
                st = len(buf)
                buf += seg.text
                spans.append({"turn": ti, "start": st, "end": len(buf), "type": seg.typ})
                meta.append((seg.group, seg.partial))
            else:
                buf += seg
        out_turns.append({"speaker": spk, "text": buf})
    return {"id": cid, "kind": kind, "turns": out_turns, "spans": spans, "note": note}, meta


# ---------------------------------------------------------------- values

def luhn_digit(body):
    tot = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def luhn_ok(num):
    tot = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def gen_card(kind=None):
    kind = kind or R.choice(["visa", "visa", "mc", "mc", "amex", "disc", "visa13", "maestro"])
    if kind == "visa":
        body = "4" + digits(14)
    elif kind == "visa13":
        body = "4" + digits(11)
    elif kind == "mc":
        body = R.choice(["51", "52", "53", "54", "55", "2221", "2720"]) + ""
        body += digits(15 - len(body))
    elif kind == "amex":
        body = R.choice(["34", "37"]) + digits(12)
    elif kind == "disc":
        body = "6011" + digits(11)
    else:  # maestro 18/19
        body = R.choice(["6759", "6763"]) + digits(R.choice([13, 14]))
    return body + luhn_digit(body)


def group_card(num, sep=" "):
    if len(num) == 15:
        parts = [num[:4], num[4:10], num[10:]]
    elif len(num) == 13:
        parts = [num[:4], num[4:7], num[7:10], num[10:]]
    else:
        parts = [num[i:i + 4] for i in range(0, len(num), 4)]
    return sep.join(parts)


def gen_ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


NI_FIRST = "ABCEGHJKLMNPRSTWXYZ"      # no O (avoids zero/oh ambiguity)
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"
NI_BAD = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}
NI_RE = re.compile(r"^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$")


def gen_ni():
    while True:
        p = R.choice(NI_FIRST) + R.choice(NI_SECOND)
        if p not in NI_BAD:
            break
    return p + digits(6) + R.choice("ABCD")


def iban_check(country, bban):
    s = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return "%02d" % (98 - int(num) % 97)


def iban_ok(iban):
    s = iban[4:] + iban[:4]
    try:
        num = "".join(str(int(c, 36)) for c in s)
    except ValueError:
        return False
    return int(num) % 97 == 1


def gen_iban(country=None):
    country = country or R.choice(["GB", "IE", "DE", "NL", "ES", "FR", "IE", "GB"])
    if country == "GB":
        bban = R.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + digits(14)
    elif country == "IE":
        bban = R.choice(["AIBK", "BOFI", "IPBS"]) + digits(14)
    elif country == "DE":
        bban = digits(18)
    elif country == "NL":
        bban = R.choice(["ABNA", "RABN", "INGB"]) + digits(10)
    elif country == "ES":
        bban = digits(20)
    else:
        bban = digits(23)
    return country + iban_check(country, bban) + bban


def group4(s, sep=" "):
    return sep.join(s[i:i + 4] for i in range(0, len(s), 4))


def gen_sort():
    return R.choice(["20", "40", "30", "11", "60", "09", "77", "83", "16"]) + digits(4)


def fmt_sort(s, sep="-"):
    return sep.join([s[0:2], s[2:4], s[4:6]])


def gen_acct(n=None):
    n = n or R.choice([8, 8, 8, 10, 12])
    return str(R.randint(1, 9)) + digits(n - 1)


MONTHS = ["january", "february", "march", "april", "may", "june", "july",
          "august", "september", "october", "november", "december"]
MON3 = [m[:3] for m in MONTHS]


def gen_dob():
    return R.randint(1938, 2004), R.randint(1, 12), R.randint(1, 28)


def gen_exp():
    return R.randint(1, 12), R.randint(26, 32)


UK_AREAS = ["SW", "SE", "N", "NW", "E", "W", "EC", "WC", "M", "B", "L", "LS", "G", "EH",
            "CF", "BS", "NG", "LE", "CB", "RG", "GU", "BN", "PR", "S", "DE", "HU", "YT", "KT",
            "TW", "CR", "BT", "AB", "DD", "ST", "WV", "SK", "CH", "TR", "PL", "EX"]
INWARD = "ABDEFGHJLNPQRSTUWXYZ"
UK_PC_RE = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[ABD-HJLNP-UW-Z]{2}$")


def gen_uk_pc():
    area = R.choice(UK_AREAS)
    district = str(R.randint(1, 29))
    if area in ("EC", "WC"):
        district = str(R.randint(1, 4)) + R.choice("AMNRY")
    elif R.random() < 0.12 and len(area) <= 2:
        district = str(R.randint(1, 9)) + R.choice("ABEHJW")
    return area + district, str(R.randint(0, 9)) + R.choice(INWARD) + R.choice(INWARD)


def gen_zip(plus4=False):
    z = "%05d" % R.randint(1001, 99950)
    return z + ("-" + digits(4) if plus4 else "")


FIRST = ["john", "sarah", "mike", "priya", "liam", "aoife", "tom", "emma", "raj", "chloe",
         "dave", "niamh", "kevin", "lucy", "marco", "fatima", "sean", "beth", "olu", "karen",
         "gareth", "jess", "ahmed", "hannah", "ciaran", "megan", "pete", "zoe"]
LAST = ["smith", "oconnor", "patel", "walsh", "jones", "murphy", "nguyen", "brown", "kelly",
        "davies", "byrne", "garcia", "taylor", "hughes", "okafor", "evans", "reilly", "khan",
        "wilson", "mcdonald", "price", "lee", "fitzgerald", "rossi"]
DOMAINS = ["gmail.com", "hotmail.co.uk", "yahoo.com", "outlook.com", "icloud.com", "eircom.net",
           "btinternet.com", "aol.com", "live.ie", "protonmail.com", "gmx.de", "sky.com"]


def gen_email():
    f, l = R.choice(FIRST), R.choice(LAST)
    style = R.randint(0, 5)
    if style == 0:
        local = f + "." + l
    elif style == 1:
        local = f[0] + l + str(R.randint(1, 99))
    elif style == 2:
        local = f + "_" + l
    elif style == 3:
        local = f + l + str(R.randint(1960, 2005))
    elif style == 4:
        local = f + "." + l + str(R.randint(1, 9))
    else:
        local = l + "." + f[0]
    return local, R.choice(DOMAINS)


STREETS = ["Elm", "Maple", "Church", "High", "Station", "Mill", "Park", "Victoria", "Oak",
           "Kings", "Queens", "Chestnut", "Willow", "Main", "Cedar", "Sycamore", "Albert",
           "Grange", "Meadow", "Riverside", "Beech", "Hawthorn", "Orchard", "Pine"]
SUFFIX = ["Road", "Street", "Avenue", "Lane", "Close", "Drive", "Way", "Crescent", "Terrace",
          "Gardens", "Court", "Place", "Boulevard", "Grove", "Park"]
ST_RE = re.compile(r"\b(road|rd|street|st|avenue|ave|lane|ln|close|drive|dr|way|crescent|"
                   r"terrace|gardens|court|ct|place|pl|boulevard|blvd|grove|park)\b", re.I)


def gen_addr():
    return R.randint(1, 299), R.choice(STREETS), R.choice(SUFFIX)


# ---------------------------------------------------------------- spoken forms

W = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
       "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
       "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty first", "twenty second",
       "twenty third", "twenty fourth", "twenty fifth", "twenty sixth", "twenty seventh",
       "twenty eighth"]
NATO = {"A": "alpha", "B": "bravo", "C": "charlie", "D": "delta", "E": "echo", "F": "foxtrot",
        "G": "golf", "H": "hotel", "J": "juliet", "K": "kilo", "L": "lima", "M": "mike",
        "N": "november", "P": "papa", "Q": "quebec", "R": "romeo", "S": "sierra", "T": "tango",
        "U": "uniform", "W": "whiskey", "X": "x ray", "Y": "yankee", "Z": "zulu", "I": "india",
        "O": "oscar", "V": "victor"}
HOMO = {"1": "won", "2": "to", "4": "for", "8": "ate"}


def zword(uk=False):
    return R.choice(["oh", "oh", "zero", "o"] + (["nought", "oh"] if uk else []))


def sp_single(s, z=None, doubles=True, homo=0.0):
    z = z or zword()
    out, i = [], 0
    while i < len(s):
        d = s[i]
        run = 1
        while i + run < len(s) and s[i + run] == d and run < 3:
            run += 1
        w = z if d == "0" else W[int(d)]
        if doubles and run == 3 and R.random() < 0.7:
            out.append("triple " + w)
            i += 3
            continue
        if doubles and run >= 2 and R.random() < 0.6:
            out.append("double " + w)
            i += 2
            continue
        if d in HOMO and R.random() < homo:
            w = HOMO[d]
        out.append(w)
        i += 1
    return " ".join(out)


def sp_pair(p, z=None):
    z = z or zword()
    a, b = int(p[0]), int(p[1])
    if a == 0:
        return z + " " + (z if b == 0 else W[b])
    if a == 1:
        return TEENS[b]
    return TENS[a] + ("" if b == 0 else " " + W[b])


def sp_pairs(s, z=None):
    z = z or zword()
    out = []
    if len(s) % 2:
        out.append(z if s[0] == "0" else W[int(s[0])])
        s = s[1:]
    for i in range(0, len(s), 2):
        out.append(sp_pair(s[i:i + 2], z))
    return " ".join(out)


def sp_mixed(s, z=None):
    """4-digit groups: randomly as pairs or singles."""
    z = z or zword()
    if R.random() < 0.5:
        return sp_pairs(s, z)
    return sp_single(s, z)


def sp_year(y):
    if y >= 2000:
        return "two thousand" + ("" if y == 2000 else (" and " if R.random() < 0.5 else " ") + sp_num(y - 2000))
    return sp_pair(str(y)[:2]) + " " + sp_pair(str(y)[2:], "oh")


def sp_num(n):
    if n < 10:
        return W[n]
    if n < 20:
        return TEENS[n - 10]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else " " + W[n % 10])
    h, r = divmod(n, 100)
    return W[h] + " hundred" + ("" if r == 0 else " and " + sp_num(r))


def sp_letter(c, nato=0.4):
    if R.random() < nato or c == "O":
        return "%s for %s" % (c.lower(), NATO[c])
    return c.lower()


def sp_alnum(s, nato=0.4, z=None):
    z = z or zword()
    out = []
    for c in s:
        if c.isdigit():
            out.append(z if c == "0" else W[int(c)])
        elif c == " ":
            continue
        else:
            out.append(sp_letter(c, nato))
    return " ".join(out)


def sp_email(local, dom):
    def conv(x):
        x = x.replace(".", " dot ").replace("_", " underscore ").replace("-", " dash ")
        x = re.sub(r"\d+", lambda m: " " + sp_single(m.group(0), "zero", doubles=False) + " ", x)
        return re.sub(r"\s+", " ", x).strip()
    return conv(local) + " at " + conv(dom)


# ---------------------------------------------------------------- normalisers

UNIT = {w: str(i) for i, w in enumerate(W)}
UNIT.update({"oh": "0", "o": "0", "nought": "0", "nil": "0"})
HOMO_R = {"won": "1", "to": "2", "too": "2", "for": "4", "ate": "8"}
TEEN_R = {w: str(10 + i) for i, w in enumerate(TEENS)}
TENS_R = {w: str(i) for i, w in enumerate(TENS) if w}
FILLER = {"um", "uh", "er", "erm", "ah", "and", "plus", "dash", "hyphen", "space", "then", "uhm"}
ORD_R = {}
for _i, _w in enumerate(ORD):
    if _w and " " not in _w:
        ORD_R[_w] = str(_i)
ORD_R.update({"twentieth": "20"})


def norm_spoken(text, letters=False):
    """Turn a (possibly spoken) value into a compact upper-case string."""
    toks = re.findall(r"[a-z]+|\d+|[A-Z]+", text.replace("x ray", "xray"))
    toks = [t.lower() for t in toks]
    out, i, bad = [], 0, []
    n = len(toks)
    while i < n:
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < n else None
        if t.isdigit():
            out.append(t)
        elif letters and len(t) == 1 and t.isalpha() and nxt == "for" and i + 2 < n:
            out.append(t.upper())
            i += 3
            continue
        elif t in ("double", "triple") and nxt in UNIT:
            out.append(UNIT[nxt] * (2 if t == "double" else 3))
            i += 2
            continue
        elif t in UNIT and t not in ("o",) and nxt == "hundred" or (t in UNIT and nxt == "hundred"):
            val = int(UNIT[t]) * 100
            i += 2
            if i < n and toks[i] == "and":
                i += 1
            if i < n and toks[i] in TENS_R:
                val += int(TENS_R[toks[i]]) * 10
                i += 1
                if i < n and toks[i] in UNIT and toks[i] not in ("oh", "o", "zero", "nought"):
                    val += int(UNIT[toks[i]])
                    i += 1
            elif i < n and toks[i] in TEEN_R:
                val += int(TEEN_R[toks[i]])
                i += 1
            elif i < n and toks[i] in UNIT:
                val += int(UNIT[toks[i]])
                i += 1
            out.append("%03d" % val)
            continue
        elif t == "two" and nxt == "thousand":
            i += 2
            if i < n and toks[i] == "and":
                i += 1
            val = 2000
            if i < n and toks[i] in TENS_R:
                val += int(TENS_R[toks[i]]) * 10
                i += 1
                if i < n and toks[i] in UNIT:
                    val += int(UNIT[toks[i]])
                    i += 1
            elif i < n and toks[i] in TEEN_R:
                val += int(TEEN_R[toks[i]])
                i += 1
            elif i < n and toks[i] in UNIT:
                val += int(UNIT[toks[i]])
                i += 1
            out.append(str(val))
            continue
        elif t in TENS_R:
            if nxt in UNIT and nxt not in ("oh", "o", "zero", "nought"):
                out.append(TENS_R[t] + UNIT[nxt])
                i += 2
                continue
            out.append(TENS_R[t] + "0")
        elif t in TEEN_R:
            out.append(TEEN_R[t])
        elif t in UNIT:
            out.append(UNIT[t])
        elif t in HOMO_R:
            out.append(HOMO_R[t])
        elif t in ORD_R:
            out.append(ORD_R[t])
        elif letters and len(t) <= 4 and t.isalpha() and t not in ("and", "plus", "dash", "then"):
            out.append(t.upper())
        elif t in FILLER:
            pass
        else:
            bad.append(t)
        i += 1
    return "".join(out), bad


def validate(typ, text):
    """Return an error string or None.  text = concatenation of the group's spans."""
    low = text.lower()
    if typ == "EMAIL":
        t = low.replace("[at]", " at ").replace("[dot]", " dot ")
        if "@" not in t:
            t = re.sub(r"\s+at\s+", "@", " " + t + " ").strip()
            t = re.sub(r"\s*\bdot\b\s*", ".", t)
            t = re.sub(r"\s*\bunderscore\b\s*", "_", t)
            t = re.sub(r"\s*\bdash\b\s*", "-", t)
            t = re.sub(r"(?<=[a-z]) (?=[a-z0-9])", "", t)
            words = t.split()
            t = "".join(words)
            t = re.sub(r"(zero|one|two|three|four|five|six|seven|eight|nine)",
                       lambda m: UNIT[m.group(1)], t)
        return None if re.fullmatch(r"[a-z0-9._\-]+@[a-z0-9\-]+(\.[a-z]{2,})+", t) else "bad email %r" % t
    if typ == "ADDRESS":
        if not ST_RE.search(text):
            return "no street word"
        num, _ = norm_spoken(re.sub(r"(?i)\b(%s)\b.*" % ST_RE.pattern[2:-2], "", text))
        if not re.search(r"\d", num) and not re.search(r"\d", text):
            return "no house number"
        return None
    if typ in ("DOB", "EXPIRY"):
        t = low
        mon = None
        for k, m in enumerate(MONTHS):
            if re.search(r"\b" + m[:3], t):
                mon = k + 1
                t = re.sub(r"\b" + m[:3] + r"[a-z]*\.?", " ", t)
                break
        t = re.sub(r"\b(of|the|th|st|nd|rd)\b", " ", t)
        num, bad = norm_spoken(t)
        bad = [b for b in bad if b not in ("th", "st", "nd", "rd")]
        if bad:
            return "unknown words %r" % bad
        if typ == "EXPIRY":
            if mon is None:
                if len(num) == 6:
                    num = num[:2] + num[4:]
                elif len(num) == 5 and num[1:3] == "20":
                    num = "0" + num[0] + num[3:]
                if len(num) == 3:
                    num = "0" + num
                if len(num) != 4 or not 1 <= int(num[:2]) <= 12:
                    return "bad expiry %r" % num
            elif len(num) not in (2, 4):
                return "bad expiry year %r" % num
            return None
        if mon is None and len(num) < 6 and len(re.findall(r"\d+", text)) < 3:
            return "bad dob %r" % num
        if mon is not None and len(num) < 3:
            return "bad dob %r" % num
        return None
    letters = typ in ("NI_NUMBER", "POSTCODE", "IBAN")
    num, bad = norm_spoken(text, letters=letters)
    if bad:
        return "unknown words %r in %r" % (bad, text)
    if typ == "CARD_NUMBER":
        if not (num.isdigit() and 13 <= len(num) <= 19 and luhn_ok(num)):
            return "bad card %r" % num
    elif typ == "CVV":
        if not (num.isdigit() and len(num) in (3, 4)):
            return "bad cvv %r" % num
    elif typ == "SSN":
        if not (num.isdigit() and len(num) == 9):
            return "bad ssn %r" % num
    elif typ == "SORT_CODE":
        if not (num.isdigit() and len(num) == 6):
            return "bad sort %r" % num
    elif typ == "BANK_ACCOUNT":
        if not (num.isdigit() and 7 <= len(num) <= 17):
            return "bad acct %r" % num
    elif typ == "PHONE":
        if not (num.isdigit() and 10 <= len(num) <= 15):
            return "bad phone %r" % num
    elif typ == "NI_NUMBER":
        if not NI_RE.match(num):
            return "bad ni %r" % num
    elif typ == "IBAN":
        if not (15 <= len(num) <= 34 and iban_ok(num)):
            return "bad iban %r" % num
    elif typ == "POSTCODE":
        if not (UK_PC_RE.match(num) or re.fullmatch(r"\d{5}(\d{4})?", num)):
            return "bad postcode %r" % num
    return None


# ---------------------------------------------------------------- helpers for templates

def ch(*xs):
    return R.choice(xs)


def typo(s, p=0.25):
    """Occasionally introduce a realistic typo into a plain word sequence."""
    if R.random() > p or len(s) < 6:
        return s
    words = s.split(" ")
    idx = [k for k, w in enumerate(words) if len(w) > 3 and w.isalpha()]
    if not idx:
        return s
    k = R.choice(idx)
    w = words[k]
    j = R.randint(1, len(w) - 2)
    op = R.randint(0, 2)
    if op == 0:
        w = w[:j] + w[j + 1] + w[j] + w[j + 2:]
    elif op == 1:
        w = w[:j] + w[j + 1:]
    else:
        w = w[:j] + w[j] + w[j:]
    words[k] = w
    return " ".join(words)


EMO = ["🙂", "😅", "🙏", "👍", "😩", "😊", "🤞", "😬", "!!", "..", "🙄"]


def emo():
    return " " + R.choice(EMO) if R.random() < 0.4 else ""


def card_typed(num):
    st = R.randint(0, 7)
    if st == 0:
        return num
    if st == 1:
        return group_card(num, " ")
    if st == 2:
        return group_card(num, "-")
    if st == 3:
        return group_card(num, "  ")
    if st == 4:
        return group_card(num, ".")
    if st == 5:
        return group_card(num, "\u00a0")
    if st == 6:
        return " ".join([num[:6], num[6:]])
    return group_card(num, " - ")


def card_spoken(num):
    z = zword(R.random() < 0.4)
    if len(num) == 15:
        parts = [num[:4], num[4:10], num[10:]]
    else:
        parts = [num[i:i + 4] for i in range(0, len(num), 4)]
    homo = 0.25 if R.random() < 0.3 else 0.0
    rend = []
    for p in parts:
        if len(p) == 4 and R.random() < 0.35 and not (p[2] >= "2" and p[3] == "0"):
            rend.append(sp_pairs(p, z))
        else:
            rend.append(sp_single(p, z, homo=homo))
    return parts, rend


def exp_typed(m, y):
    return ch("%02d/%02d" % (m, y), "%d/%d" % (m, 2000 + y), "%02d/20%02d" % (m, y),
              "%02d-%02d" % (m, y), "%s %02d" % (MON3[m - 1].title(), y), "%02d %02d" % (m, y),
              "%02d%02d" % (m, y), "%s 20%02d" % (MONTHS[m - 1].title(), y))


def exp_spoken(m, y):
    return ch(sp_pair("%02d" % m, "oh") + " " + sp_pair("%02d" % y),
              MONTHS[m - 1] + " " + sp_pair("%02d" % y),
              MONTHS[m - 1] + " twenty " + sp_pair("%02d" % y),
              sp_single("%02d" % m, "zero", doubles=False) + " " + sp_single("%02d" % y, "zero", doubles=False))


def dob_typed(y, m, d, us=False):
    if us:
        return ch("%02d/%02d/%d" % (m, d, y), "%d/%d/%d" % (m, d, y), "%s %d, %d" % (MONTHS[m - 1].title(), d, y),
                  "%d-%02d-%02d" % (y, m, d), "%02d-%02d-%d" % (m, d, y))
    return ch("%02d/%02d/%d" % (d, m, y), "%d/%d/%d" % (d, m, y), "%d %s %d" % (d, MONTHS[m - 1].title(), y),
              "%02d.%02d.%d" % (d, m, y), "%d%s %s %d" % (d, "th" if 4 <= d <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th"), MON3[m - 1], y),
              "%02d-%02d-%02d" % (d, m, y % 100), "%d/%d/%02d" % (d, m, y % 100))


def dob_spoken(y, m, d, us=False):
    if us:
        return ch(MONTHS[m - 1] + " " + ORD[d] + " " + sp_year(y),
                  MONTHS[m - 1] + " " + sp_num(d) + " " + sp_year(y))
    return ch("the " + ORD[d] + " of " + MONTHS[m - 1] + " " + sp_year(y),
              ORD[d] + " of " + MONTHS[m - 1] + " " + sp_year(y),
              ORD[d] + " " + MONTHS[m - 1] + " " + sp_year(y),
              sp_pair("%02d" % d, "oh") + " " + sp_pair("%02d" % m, "oh") + " " + sp_year(y))


def ni_typed(ni):
    st = R.randint(0, 5)
    if st == 0:
        return ni
    if st == 1:
        return "%s %s %s %s %s" % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8])
    if st == 2:
        return ni.lower()
    if st == 3:
        return "%s-%s-%s-%s-%s" % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8])
    if st == 4:
        return "%s %s %s" % (ni[:2], ni[2:8], ni[8])
    return ("%s %s %s %s %s" % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8])).lower()


def ni_spoken(ni):
    z = zword(True)
    nato = ch(0.0, 0.5, 1.0)
    lets = " ".join(sp_letter(c, nato) for c in ni[:2])
    dig = ch(sp_single(ni[2:8], z), sp_pairs(ni[2:8], z),
             sp_single(ni[2:5], z) + " " + sp_single(ni[5:8], z))
    return lets + " " + dig + " " + sp_letter(ni[8], nato)


def ssn_typed(s):
    return ch("%s-%s-%s" % (s[:3], s[3:5], s[5:]), s, "%s %s %s" % (s[:3], s[3:5], s[5:]),
              "%s.%s.%s" % (s[:3], s[3:5], s[5:]), "%s - %s - %s" % (s[:3], s[3:5], s[5:]))


def ssn_spoken(s):
    z = zword()
    return ch(sp_single(s[:3], z) + " " + sp_single(s[3:5], z) + " " + sp_single(s[5:], z),
              sp_single(s[:3], z) + " " + sp_pair(s[3:5], z) + " " + sp_pairs(s[5:], z),
              sp_single(s, z))


def phone_val(country=None):
    c = country or ch("uk", "uk", "us", "us", "ie", "de")
    if c == "uk":
        n = "07" + ch("7", "8", "9", "4") + digits(8)
        return c, n
    if c == "us":
        return c, str(R.randint(2, 9)) + digits(2) + str(R.randint(2, 9)) + digits(6)
    if c == "ie":
        return c, "08" + ch("3", "5", "6", "7", "9") + digits(7)
    return c, "01" + ch("5", "6", "7") + digits(9)


def phone_typed(c, n):
    if c == "uk":
        return ch(n, n[:5] + " " + n[5:], "+44 " + n[1:5] + " " + n[5:], "+447" + n[2:],
                  "(" + n[:5] + ") " + n[5:], n[:5] + "-" + n[5:8] + "-" + n[8:], "0044 " + n[1:])
    if c == "us":
        return ch("(%s) %s-%s" % (n[:3], n[3:6], n[6:]), "%s-%s-%s" % (n[:3], n[3:6], n[6:]),
                  "%s.%s.%s" % (n[:3], n[3:6], n[6:]), "+1 %s %s %s" % (n[:3], n[3:6], n[6:]),
                  "1-%s-%s-%s" % (n[:3], n[3:6], n[6:]), n)
    if c == "ie":
        return ch(n, n[:3] + " " + n[3:6] + " " + n[6:], "+353 " + n[1:3] + " " + n[3:], "+353" + n[1:])
    return ch("+49 " + n[1:4] + " " + n[4:], n[:4] + " " + n[4:], "0049" + n[1:])


def phone_spoken(c, n):
    z = zword(c in ("uk", "ie"))
    if c == "uk":
        return ch(sp_single(n[:5], z) + " " + sp_single(n[5:], z),
                  sp_single(n[:5], z) + " " + sp_single(n[5:8], z) + " " + sp_single(n[8:], z),
                  "plus four four " + sp_single(n[1:5], z) + " " + sp_pairs(n[5:], z))
    if c == "us":
        return ch(sp_single(n[:3], z) + " " + sp_single(n[3:6], z) + " " + sp_single(n[6:], z),
                  sp_single(n[:3], z) + " " + sp_single(n[3:6], z) + " " + sp_pairs(n[6:], z),
                  "one " + sp_single(n[:3], z) + " " + sp_single(n[3:6], z) + " " + sp_single(n[6:], z))
    if c == "ie":
        return ch(sp_single(n[:3], z) + " " + sp_single(n[3:6], z) + " " + sp_single(n[6:], z),
                  "plus three five three " + sp_single(n[1:3], z) + " " + sp_single(n[3:], z))
    return "plus four nine " + sp_single(n[1:4], z) + " " + sp_single(n[4:], z)


def pc_typed(out, inn):
    return ch(out + " " + inn, out + inn, (out + " " + inn).lower(), out.lower() + inn,
              out + "  " + inn, (out + " " + inn).title() if len(out) > 2 else out + " " + inn)


def pc_spoken(out, inn):
    nato = ch(0.0, 0.3)
    return sp_alnum(out, nato, "zero") + " " + sp_alnum(inn, nato, "zero")


def addr_typed(n, s, suf, us=False):
    sfx = suf
    if R.random() < 0.3:
        sfx = {"Road": "Rd", "Street": "St", "Avenue": "Ave", "Drive": "Dr", "Lane": "Ln",
               "Court": "Ct", "Place": "Pl", "Boulevard": "Blvd"}.get(suf, suf)
    base = "%d %s %s" % (n, s, sfx)
    if us and R.random() < 0.4:
        base = "%d %s %s %s" % (n, ch("N", "S", "E", "W", "North", "West"), s, sfx)
    r = R.random()
    if r < 0.15:
        base = "Flat %d, " % R.randint(1, 20) + base
    elif r < 0.3 and us:
        base = base + " Apt %d" % R.randint(1, 40)
    elif r < 0.45:
        base = base.lower()
    return base


def addr_spoken(n, s, suf):
    pre = ch("", "", "flat %s " % sp_num(R.randint(1, 12)))
    num = ch(sp_num(n), sp_single(str(n), "oh", doubles=False)) if n >= 100 and not pre else sp_num(n)
    return pre + num + " " + s.lower() + " " + suf.lower()


def iban_typed(ib):
    return ch(ib, group4(ib), group4(ib).lower(), group4(ib, "-"), ib[:4] + " " + ib[4:])


def iban_spoken_parts(ib):
    z = zword(True)
    parts = [ib[i:i + 4] for i in range(0, len(ib), 4)]
    return [sp_alnum(p, ch(0.0, 0.5), z) for p in parts]


# ---------------------------------------------------------------- positive templates
# each returns (turns, note)

def ind(*opts):
    return R.choice(opts)


def pos_chat_card_full():
    num = gen_card()
    e = gen_exp()
    cv = digits(4 if len(num) == 15 else 3)
    chan = ind("web chat", "app chat", "facebook DM", "whatsapp")
    indu = ind("retail", "telecom", "utilities", "travel", "insurance")
    greet = typo(ch("hi there i need to pay my bill", "hello can i pay the outstanding balance pls",
                    "hey, trying to pay for my order but the site keeps failing", "morning, want to settle the arrears"))
    t = [T("customer", greet + emo()),
         T("agent", ch("Sure, I can take a card payment here. Please type the long card number.",
                       "No problem! What's the card number?", "Happy to help - please send the card number, expiry and security code.")),
         T("customer", ch("its ", "card no: ", "", "ok here: ", "Card number "), S(card_typed(num), "CARD_NUMBER"), emo()),
         T("customer", ch("exp ", "expiry ", "expires ", "valid thru "), S(exp_typed(*e), "EXPIRY"),
           ch(" cvv ", " and the 3 digit code is ", " / sec code ", " cvc: "), S(cv, "CVV"))]
    t.append(T("agent", "Thanks, processing the payment of £%d.%02d now." % (R.randint(10, 400), R.randint(0, 99))))
    return t, "chat/%s (%s): card, expiry and CVV typed, expiry+CVV in one message" % (indu, chan)


def pos_chat_card_split():
    num = gen_card(ch("visa", "mc", "disc"))
    parts = [num[i:i + 4] for i in range(0, 16, 4)]
    g = "c%d" % R.randint(0, 10 ** 9)
    cut = ch(2, 1, 3)
    first = " ".join(parts[:cut])
    second = " ".join(parts[cut:])
    t = [T("agent", "Please send the card number when you're ready"),
         T("customer", S(first, "CARD_NUMBER", g)),
         T("customer", typo(ch("sorry hit enter too soon", "oops", "wait", "sorry")) + emo()),
         T("customer", S(second, "CARD_NUMBER", g))]
    if R.random() < 0.5:
        t.append(T("agent", "Thanks. Is that card ending %s?" % parts[3]))
        t.append(T("customer", ch("yes", "yep thats the one", "correct")))
        return t, "chat/retail: card split across two messages; agent confirms last four (last four alone not labelled)"
    return t, "chat/telecom: card split across two messages with interruption"


def pos_chat_card_pertypo():
    num = gen_card("visa")
    p = [num[i:i + 4] for i in range(0, 16, 4)]
    txt = ch("%s %s%s %s" % (p[0], p[1], p[2], p[3]), "%s-%s %s-%s" % tuple(p), "%s %s %s  %s" % tuple(p),
             "%s,%s,%s,%s" % tuple(p))
    msg = typo("ok sorry my phone is being wierd, the card is ", 0.6)
    return [T("agent", "What is the card number please?"),
            T("customer", msg, S(txt, "CARD_NUMBER"), " thnks")], "sms/utilities: card with irregular grouping and separators"


def pos_call_card():
    num = gen_card()
    parts, rend = card_spoken(num)
    g = "c%d" % R.randint(0, 10 ** 9)
    bc = ["mhm", "okay", "yep", "go on", "okay go on", "uh huh", "yes", "right"]
    t = [T("agent", ch("okay and what's the long number on the card", "can i take the card number please",
                       "go ahead with the long card number"))]
    style = R.randint(0, 2)
    indu = ind("telecom", "utilities", "insurance", "retail", "travel", "healthcare billing")
    if style == 0:
        t.append(T("customer", ch("yeah it's ", "right it's ", "okay ", "um "), S(" ".join(rend), "CARD_NUMBER", g)))
        note = "call/%s: card read in one turn" % indu
    elif style == 1:
        for k, r in enumerate(rend):
            if k:
                t.append(T("agent", R.choice(bc)))
            t.append(T("customer", ch("", "", "uh ", "then "), S(r, "CARD_NUMBER", g)))
        note = "call/%s: card split over customer turns with back-channels" % indu
    else:
        mid = len(rend) // 2
        t.append(T("customer", S(" ".join(rend[:mid]), "CARD_NUMBER", g), ch(" sorry i need my glasses", " hang on", " um")))
        t.append(T("agent", "no problem take your time"))
        t.append(T("customer", ch("okay ", "right ", ""), S(" ".join(rend[mid:]), "CARD_NUMBER", g)))
        note = "call/%s: card read in two halves with a pause" % indu
    if R.random() < 0.5:
        e = gen_exp()
        cv = digits(4 if len(num) == 15 else 3)
        t.append(T("agent", "and the expiry date"))
        t.append(T("customer", S(exp_spoken(*e), "EXPIRY"), ch("", " and the code on the back is ", " and the three digits are "),
                   *( [S(sp_single(cv, "zero", doubles=False), "CVV")] if True else [])))
        # ensure CVV context: if no phrase used, agent asks after
        if t[-1][1][1] == "":
            t[-1] = T("customer", S(exp_spoken(*e), "EXPIRY"))
            t.append(T("agent", "and the security code"))
            t.append(T("customer", S(ch(sp_single(cv, "zero", doubles=False), sp_num(int(cv)) if cv[0] != "0" and len(cv) == 3 else sp_single(cv, "oh", doubles=False)), "CVV")))
        note += ", expiry and CVV"
    return t, note


def pos_call_card_restart():
    num = gen_card("visa")
    parts, rend = card_spoken(num)
    g = "c%d" % R.randint(0, 10 ** 9)
    return [T("agent", "can you read me the card number"),
            T("customer", S(rend[0] + " " + rend[1][:rend[1].rfind(" ")], "CARD_NUMBER", partial=True), " no sorry let me start again"),
            T("agent", "sure from the top"),
            T("customer", S(" ".join(rend), "CARD_NUMBER", g))], \
        "call/banking: customer starts reading card, aborts and restarts (partial reading is labelled too)"


def pos_call_card_readback():
    num = gen_card(ch("visa", "mc"))
    parts, rend = card_spoken(num)
    z = zword()
    rb = " ".join(sp_single(p, z, doubles=False) for p in parts)
    return [T("customer", "it's ", S(" ".join(rend), "CARD_NUMBER")),
            T("agent", "let me read that back ", S(rb, "CARD_NUMBER"), " is that right"),
            T("customer", ch("yes that's it", "yep", "correct yeah"))], \
        "call/insurance: customer reads card, agent reads it back digit by digit"


def pos_call_cvv_exp():
    e = gen_exp()
    cv = digits(3)
    return [T("agent", "what's the expiry on the card"),
            T("customer", "it expires ", S(exp_spoken(*e), "EXPIRY")),
            T("agent", "and the last three digits on the back the security number"),
            T("customer", ch("", "it's ", "um "), S(ch(sp_single(cv, zword(), doubles=True),
                                                        sp_single(cv, "zero", doubles=False)), "CVV"))], \
        "call/retail: expiry and CVV in separate turns"


def pos_chat_ssn():
    s = gen_ssn()
    chan = ind("web chat", "secure message", "SMS", "email")
    ctx = ch("my ssn is ", "SSN: ", "social is ", "Social Security # ", "ss# ", "its ")
    t = [T("agent", ch("To verify your identity please provide your Social Security number.",
                       "Can you confirm your SSN so I can pull up the account?",
                       "For the tax form we need the SSN of the primary holder")),
         T("customer", typo(ch("sure", "ok", "fine", "yeah"), 0.2) + " " + ctx, S(ssn_typed(s), "SSN"), emo())]
    if R.random() < 0.4:
        d = gen_dob()
        t.append(T("agent", "And date of birth?"))
        t.append(T("customer", S(dob_typed(*d, us=True), "DOB")))
    if R.random() < 0.3:
        t.append(T("customer", ch("and zip is ", "zip code "), S(gen_zip(R.random() < 0.3), "POSTCODE")))
    return t, "chat/%s (%s, US): SSN typed" % (ind("banking", "insurance", "government services", "healthcare billing"), chan)


def pos_chat_ssn_split():
    s = gen_ssn()
    g = "s%d" % R.randint(0, 10 ** 9)
    return [T("agent", "Please confirm the SSN on the policy"),
            T("customer", S(s[:3] + "-" + s[3:5], "SSN", g), "-"),
            T("customer", S(s[5:], "SSN", g), " sorry fat fingers" + emo())], \
        "sms/insurance US: SSN split across two messages"


def pos_chat_ssn_last():
    s = gen_ssn()
    return [T("customer", typo(ch("Hi, my name is on the acount but I forgot my login. ", "hello locked out of my portal again. "), 0.5),
              ch("SSN ", "social ", "my social security number is "), S(ssn_typed(s), "SSN"),
              ch(", claim number CLM-", ". Claim ref "), digits(7), " " + ch("thx", "thanks", "ty")),
            T("agent", "Thanks, I've located the claim.")], \
        "email/healthcare billing US: SSN next to an unlabelled claim number"


def pos_call_ssn():
    s = gen_ssn()
    style = R.randint(0, 2)
    t = [T("agent", ch("and can i get your social security number", "for verification what's your social",
                       "can you give me the social on the account"))]
    if style == 0:
        t.append(T("customer", ch("yeah it's ", "sure ", "okay um "), S(ssn_spoken(s), "SSN")))
        note = "call/%s US: SSN read in one turn" % ind("banking", "insurance", "government services")
    elif style == 1:
        g = "s%d" % R.randint(0, 10 ** 9)
        z = zword()
        t.append(T("customer", S(sp_single(s[:3], z), "SSN", g)))
        t.append(T("agent", ch("mhm", "okay", "uh huh")))
        t.append(T("customer", S(sp_single(s[3:5], z), "SSN", g)))
        t.append(T("agent", ch("yep", "go on")))
        t.append(T("customer", S(sp_single(s[5:], z) if R.random() < 0.5 else sp_pairs(s[5:], z), "SSN", g)))
        note = "call/healthcare billing US: SSN in three chunks with back-channels"
    else:
        z = zword()
        t.append(T("customer", "it's ", S(sp_single(s[:3], z) + " " + ch("um ", "uh ") + sp_single(s[3:5], z) + " " + sp_single(s[5:], z), "SSN"),
                   " and my zip is ", S(sp_single(gen_zip(), "zero"), "POSTCODE")))
        note = "call/utilities US: SSN with filler inside and ZIP in the same turn"
    if R.random() < 0.35:
        t.append(T("agent", "let me read that back ", S(sp_single(s, "zero", doubles=False), "SSN")))
        t.append(T("customer", "yes"))
        note += "; agent reads it back"
    return t, note


def pos_chat_ni():
    ni = gen_ni()
    t = [T("agent", ch("Can you confirm your National Insurance number please?",
                       "What's your NI number?", "For the benefit claim I need your NINO")),
         T("customer", typo(ch("yeah its ", "NI no. ", "sure, ", "Its ", "national insurance: "), 0.3), S(ni_typed(ni), "NI_NUMBER"), emo())]
    if R.random() < 0.35:
        out, inn = gen_uk_pc()
        t.append(T("customer", ch("postcode ", "and pc is ", "post code: "), S(pc_typed(out, inn), "POSTCODE")))
    return t, "chat/%s UK: NI number typed" % ind("government services", "banking", "payroll", "pensions")


def pos_chat_ni_split():
    ni = gen_ni()
    g = "n%d" % R.randint(0, 10 ** 9)
    k = ch(4, 6, 8)
    a, b = ni[:k], ni[k:]
    return [T("agent", "Please type your NI number"),
            T("customer", S(a, "NI_NUMBER", g)),
            T("customer", S(b, "NI_NUMBER", g), ch("", " sorry", " (new phone lol)"))], \
        "sms/government services UK: NI number split over two messages"


def pos_chat_ni_email():
    ni = gen_ni()
    y, m, d = gen_dob()
    return [T("customer", "Dear team,\n\n" + typo("I am writing regarding my tax code for the " + str(R.randint(2023, 2026)) + " year. ", 0.5) +
              "My NI number is ", S(ni_typed(ni), "NI_NUMBER"), " and date of birth ", S(dob_typed(y, m, d), "DOB"),
              ".\n\nKind regards")], \
        "email/government services UK: NI number and DOB in an email body"


def pos_call_ni():
    ni = gen_ni()
    t = [T("agent", ch("can i take your national insurance number", "and your n i number please",
                       "what's your national insurance"))]
    style = R.randint(0, 2)
    if style == 0:
        t.append(T("customer", ch("yeah it's ", "it's ", "um "), S(ni_spoken(ni), "NI_NUMBER")))
        note = "call/government services UK: NI number spoken in one turn"
    elif style == 1:
        g = "n%d" % R.randint(0, 10 ** 9)
        z = zword(True)
        nato = ch(0.0, 1.0)
        t.append(T("customer", S(" ".join(sp_letter(c, nato) for c in ni[:2]), "NI_NUMBER", g)))
        t.append(T("agent", ch("yep", "mhm", "okay")))
        t.append(T("customer", S(sp_single(ni[2:8], z), "NI_NUMBER", g)))
        t.append(T("agent", "and the letter at the end"))
        t.append(T("customer", S(sp_letter(ni[8], nato), "NI_NUMBER", g)))
        note = "call/pensions UK: NI number in letter / digits / suffix turns"
    else:
        z = zword(True)
        t.append(T("customer", "it's ", S(ni_spoken(ni), "NI_NUMBER"), " and my date of birth is ",
                   S(dob_spoken(*gen_dob()), "DOB")))
        note = "call/banking UK: NI and DOB in one turn"
    return t, note


def pos_chat_bank():
    acct = gen_acct(8)
    sc = gen_sort()
    ssep = ch("-", " ", "", ".")
    t = [T("agent", ch("Please provide the sort code and account number for the direct debit.",
                       "What account should the refund go to?")),
         T("customer", ch("sort code ", "sc ", "Sort: ", "sort code is "), S(fmt_sort(sc, ssep) if ssep else sc, "SORT_CODE"),
           ch(" acc ", " account no ", ", account number ", " a/c "), S(acct, "BANK_ACCOUNT"), emo())]
    if R.random() < 0.4:
        t.append(T("agent", "Thanks, the first collection of £%d.%02d will be on the %s." % (R.randint(20, 90), R.randint(0, 99), ch("1st", "15th", "28th"))))
    return t, "chat/%s UK: sort code + account number in one message" % ind("utilities", "telecom", "insurance", "banking")


def pos_chat_bank_split():
    acct = gen_acct(8)
    sc = gen_sort()
    return [T("agent", "Sort code first please"),
            T("customer", S(fmt_sort(sc, ch("-", " ", "")), "SORT_CODE")),
            T("agent", "And the account number?"),
            T("customer", S(acct[:4], "BANK_ACCOUNT", "a" + acct), ch(" ", "  ")),
            T("customer", S(acct[4:], "BANK_ACCOUNT", "a" + acct), emo())], \
        "whatsapp/utilities UK: account number split over two messages"


def pos_call_bank():
    acct = gen_acct(8)
    sc = gen_sort()
    z = zword(True)
    t = [T("agent", "what's the sort code"),
         T("customer", S(ch(sp_pairs(sc, z), sp_single(sc, z), " ".join(sp_pair(sc[i:i + 2], z) for i in (0, 2, 4))), "SORT_CODE")),
         T("agent", "and the account number"),
         T("customer", ch("it's ", "", "um "), S(ch(sp_single(acct, z), sp_single(acct[:4], z) + " " + sp_single(acct[4:], z),
                                                   sp_pairs(acct, z)), "BANK_ACCOUNT"))]
    return t, "call/banking UK: sort code as pairs or digits, account number"


def pos_us_bank():
    acct = gen_acct(ch(10, 12))
    rout = digits(9)
    if R.random() < 0.5:
        return [T("agent", "What checking account should we debit?"),
                T("customer", ch("acct # ", "account number ", "checking acct "), S(acct, "BANK_ACCOUNT"), emo())], \
            "chat/utilities US: checking account number"
    return [T("agent", "and the account number for the checking account"),
            T("customer", S(sp_single(acct, zword()), "BANK_ACCOUNT"))], "call/insurance US: account number spoken"


def pos_iban_chat():
    ib = gen_iban()
    t = [T("agent", ch("Please send your IBAN for the refund.", "Which IBAN should we pay into?", "Kindly confirm the IBAN")),
         T("customer", typo(ch("here you go ", "iban: ", "IBAN ", "its "), 0.3), S(iban_typed(ib), "IBAN"), emo())]
    if R.random() < 0.3:
        t.append(T("customer", ch("BIC is ", "bic "), ch("AIBKIE2D", "BOFIIE2D", "DEUTDEFF", "NWBKGB2L")))
    return t, "chat/%s EU: IBAN typed (BIC alone not labelled)" % ind("travel", "insurance", "retail", "utilities")


def pos_iban_split():
    ib = gen_iban(ch("IE", "GB", "NL"))
    g = "i" + ib
    k = ch(8, 12)
    return [T("agent", "IBAN please"),
            T("customer", S(group4(ib[:k]), "IBAN", g)),
            T("customer", S(group4(ib[k:]), "IBAN", g))], \
        "chat/travel EU: IBAN split across two messages"


def pos_iban_call():
    ib = gen_iban(ch("IE", "GB", "NL"))
    parts = iban_spoken_parts(ib)
    g = "i" + ib
    t = [T("agent", "go ahead with the iban")]
    mid = len(parts) // 2
    t.append(T("customer", S(" ".join(parts[:mid]), "IBAN", g)))
    t.append(T("agent", ch("okay", "mhm", "got that")))
    t.append(T("customer", S(" ".join(parts[mid:]), "IBAN", g)))
    return t, "call/banking Ireland/UK/NL: IBAN spoken in two halves"


def pos_phone_chat():
    c, n = phone_val()
    t = [T("agent", ch("What's the best number to reach you on?", "Can I get a contact number?", "Which mobile should we text the code to?")),
         T("customer", ch("", "its ", "mob ", "call me on ", "tel: "), S(phone_typed(c, n), "PHONE"),
           ch("", " after 5pm pls", " (mobile)", " any time before 6", " ta"), emo())]
    return t, "chat/%s (%s): phone number typed" % (ind("telecom", "retail", "healthcare billing", "travel"), {"uk": "UK", "us": "US", "ie": "Ireland", "de": "Germany"}[c])


def pos_phone_two():
    c, n = phone_val("uk")
    c2, n2 = phone_val("uk")
    return [T("customer", typo("you can call me on ", 0.3), S(phone_typed(c, n), "PHONE"), " or my wifes number ",
              S(phone_typed(c2, n2), "PHONE"), " if no answer")], \
        "sms/utilities UK: two phone numbers in one message"


def pos_phone_call():
    c, n = phone_val(ch("uk", "us", "ie"))
    t = [T("agent", "and a contact number for you"),
         T("customer", ch("yeah it's ", "", "it's "), S(phone_spoken(c, n), "PHONE"))]
    if R.random() < 0.5:
        z = zword()
        t.append(T("agent", "that's ", S(sp_single(n, z, doubles=False), "PHONE"), ch("", " yeah"), " "))
        t.append(T("customer", "that's right"))
        return t, "call/telecom: phone spoken then read back by agent"
    return t, "call/travel: phone number spoken"


def pos_phone_split():
    c, n = phone_val(ch("uk", "ie"))
    g = "p" + n
    z = zword(True)
    k = 5 if c == "uk" else 3
    return [T("agent", "what's the mobile number"),
            T("customer", S(sp_single(n[:k], z), "PHONE", g)),
            T("agent", ch("mhm", "yep")),
            T("customer", S(sp_single(n[k:], z), "PHONE", g))], \
        "call/utilities: phone number split over two turns"


def pos_email_chat():
    l, d = gen_email()
    e = l + "@" + d
    e2 = ch(e, e, e.upper() if R.random() < 0.2 else e, l.title() + "@" + d.title())
    return [T("agent", ch("What email should we send the receipt to?", "Can you confirm your email address?")),
            T("customer", ch("", "email is ", "its ", "pls use "), S(e2, "EMAIL"), ch("", " thanks", " 👍", "\n\nSent from my iPhone"))], \
        "chat/%s: email typed (mixed case possible)" % ind("retail", "travel", "telecom")


def pos_email_call():
    l, d = gen_email()
    return [T("agent", "and what's your email address"),
            T("customer", ch("it's ", "yeah it's ", ""), S(sp_email(l, d), "EMAIL"))], \
        "call/retail: email spelled out by ASR with 'dot' and 'at'"


def pos_email_obfusc():
    l, d = gen_email()
    dn, tld = d.split(".", 1)
    return [T("customer", "pls email me at ", S(l + " [at] " + dn + " [dot] " + tld.replace(".", " [dot] "), "EMAIL"), emo())], \
        "social DM/retail: email typed with [at]/[dot] obfuscation"


def pos_dob_chat():
    y, m, d = gen_dob()
    us = R.random() < 0.4
    return [T("agent", ch("Can you confirm your date of birth?", "For security, what's your DOB?")),
            T("customer", ch("", "dob ", "born ", "its "), S(dob_typed(y, m, d, us), "DOB"), emo())], \
        "chat/%s: DOB typed" % ("insurance US" if us else "banking UK")


def pos_dob_call():
    y, m, d = gen_dob()
    us = R.random() < 0.3
    return [T("agent", "and can you confirm your date of birth"),
            T("customer", ch("yeah it's ", "", "um "), S(dob_spoken(y, m, d, us), "DOB"))], \
        "call/%s: DOB spoken" % ("healthcare billing US" if us else "insurance UK")


def pos_address_chat():
    n, s, suf = gen_addr()
    us = R.random() < 0.4
    if us:
        pc = gen_zip(R.random() < 0.3)
        town = ch("Springfield, IL", "Austin, TX", "Columbus, OH", "Portland, OR", "Denver, CO")
        return [T("agent", "What's the new billing address?"),
                T("customer", S(addr_typed(n, s, suf, True), "ADDRESS"), ", " + town + " ", S(pc, "POSTCODE"))], \
            "chat/utilities US: street address plus ZIP (city/state not labelled)"
    out, inn = gen_uk_pc()
    town = ch("Leeds", "Bristol", "Manchester", "Cardiff", "Glasgow", "Norwich")
    return [T("agent", "Please confirm the address for the new meter."),
            T("customer", S(addr_typed(n, s, suf), "ADDRESS"), ch(", ", "\n", " "), town, ch(", ", " ", "\n"), S(pc_typed(out, inn), "POSTCODE"), emo())], \
        "chat/utilities UK: street address plus postcode (town not labelled)"


def pos_address_call():
    n, s, suf = gen_addr()
    out, inn = gen_uk_pc()
    return [T("agent", "and the first line of the address"),
            T("customer", ch("it's ", "yeah ", ""), S(addr_spoken(n, s, suf), "ADDRESS")),
            T("agent", "and the postcode"),
            T("customer", S(pc_spoken(out, inn), "POSTCODE"))], \
        "call/insurance UK: address and postcode spoken"


def pos_postcode_split():
    out, inn = gen_uk_pc()
    g = "pc" + out + inn
    return [T("agent", "what's the postcode"),
            T("customer", S(sp_alnum(out, ch(0.0, 1.0), "zero"), "POSTCODE", g)),
            T("agent", "yep"),
            T("customer", S(sp_alnum(inn, ch(0.0, 1.0), "zero"), "POSTCODE", g))], \
        "call/telecom UK: postcode outward and inward halves in separate turns"


def pos_zip_call():
    z = gen_zip()
    return [T("agent", "and your zip code"),
            T("customer", S(ch(sp_single(z, "zero"), sp_single(z[:3], "oh") + " " + sp_pairs(z[3:], "oh")), "POSTCODE"))], \
        "call/retail US: ZIP spoken"


def pos_mixed_chat():
    """Several values in one messy chat message."""
    out, inn = gen_uk_pc()
    c, n = phone_val("uk")
    l, d = gen_email()
    return [T("agent", "Could you update your contact details?"),
            T("customer", typo("new adress is ", 0.5), S(addr_typed(*gen_addr()), "ADDRESS"), " ", S(pc_typed(out, inn), "POSTCODE"),
              " | mob ", S(phone_typed(c, n), "PHONE"), " | ", S(l + "@" + d, "EMAIL"), emo())], \
        "chat/telecom UK: address, postcode, phone and email in one pasted line"


def pos_email_body_card():
    num = gen_card()
    e = gen_exp()
    return [T("customer", "Subject: payment\n\nHi,\n" + typo("please take the renewal payment of £%d from the card below\n" % R.randint(50, 900), 0.4) +
              "Card: ", S(card_typed(num), "CARD_NUMBER"), "\nExp: ", S(exp_typed(*e), "EXPIRY"),
              "\nPolicy no: POL" + digits(8) + "\n\nThanks")], \
        "email/insurance UK: card + expiry in email body next to an unlabelled policy number"


def pos_call_ni_correction():
    ni = gen_ni()
    wrong = ni[:2] + digits(6) + ni[8]
    return [T("agent", "your national insurance number please"),
            T("customer", S(ni_spoken(wrong), "NI_NUMBER"), " oh no hang on that's my husband's"),
            T("customer", "mine is ", S(ni_spoken(ni), "NI_NUMBER"))], \
        "call/government services UK: customer gives a wrong NI (still PII) then the right one"


def pos_dob_and_ssn_call():
    s = gen_ssn()
    y, m, d = gen_dob()
    return [T("agent", "i'll need your date of birth and social"),
            T("customer", "sure it's ", S(dob_spoken(y, m, d, True), "DOB"), " and the social is ", S(ssn_spoken(s), "SSN"))], \
        "call/banking US: DOB and SSN in one turn"


def pos_chat_dob_split():
    y, m, d = gen_dob()
    g = "d%d" % R.randint(0, 10 ** 9)
    return [T("agent", "Can I take your date of birth to verify?"),
            T("customer", typo(ch("its the ", "born on the ", "the "), 0.3), S(osuf(d), "DOB", g)),
            T("customer", S(ch(MONTHS[m - 1].title() + " " + str(y), MON3[m - 1] + " " + str(y), MONTHS[m - 1] + " " + str(y)), "DOB", g), emo())], \
        "chat/banking UK: DOB split over two messages (day, then month + year)"


def pos_chat_phone_split():
    c, n = phone_val(ch("uk", "ie"))
    g = "p" + n
    k = ch(4, 5, 3)
    return [T("agent", "What's the best mobile number for the engineer to call?"),
            T("customer", S(n[:k], "PHONE", g)),
            T("customer", S(n[k:], "PHONE", g), ch(" sorry", " *", "", " thats it") + emo())], \
        "sms/utilities: mobile number split across two messages"


def pos_chat_paste_bank():
    sc, acct = gen_sort(), gen_acct(8)
    ib = gen_iban("GB")
    return [T("agent", "Please send the account details for the refund."),
            T("customer", "copied from my banking app:\nSort code\t", S(fmt_sort(sc), "SORT_CODE"), "\nAccount number\t", S(acct, "BANK_ACCOUNT"),
              "\nIBAN\t", S(group4(ib), "IBAN"), "\nBIC\tNWBKGB2L\n")], \
        "chat/retail UK: bank details pasted from an app with tabs (BIC not labelled)"


def pos_chat_email_typo():
    l, _ = gen_email()
    d = ch("gmail.com", "hotmail.co.uk", "outlook.com", "yahoo.com", "icloud.com")
    d2 = {"gmail.com": ch("gmial.com", "gmail.con", "gmaill.com"), "hotmail.co.uk": "hotmial.co.uk",
          "outlook.com": "outlok.com", "yahoo.com": "yaho.com", "icloud.com": "iclod.com"}[d]
    return [T("agent", "What's your email address?"),
            T("customer", S(l + "@" + d2, "EMAIL"), " sorry no its ", S(l + "@" + d, "EMAIL"), emo())], \
        "chat/telecom: mistyped email then corrected (both labelled)"


def pos_chat_card_zw():
    num = gen_card(ch("visa", "mc"))
    sep = ch("\u200b", " \u200b", "\u2009")
    return [T("agent", "Please enter the card number"),
            T("customer", S(sep.join(num[i:i + 4] for i in range(0, 16, 4)), "CARD_NUMBER"), emo())], \
        "chat/retail: card pasted with zero-width / thin-space separators (copy-paste artefact)"


def pos_chat_ssn_dob_one():
    s, (y, m, d) = gen_ssn(), gen_dob()
    return [T("customer", typo(ch("hey my ss is ", "ssn ", "SS# "), 0.3), S(ch(s, ssn_typed(s)), "SSN"), ch(" and dob ", " & born ", ", DOB "),
              S(dob_typed(y, m, d, True), "DOB"), typo(" can you reset my pin", 0.4))], \
        "sms/banking US: SSN and DOB in one message"


def pos_chat_cvv_exp_sep():
    e, cv = gen_exp(), digits(3)
    return [T("agent", "And the expiry date on the card?"),
            T("customer", S(exp_typed(*e), "EXPIRY")),
            T("agent", "Thanks, and the 3-digit security code on the back?"),
            T("customer", S(cv, "CVV"), emo())], \
        "chat/travel: expiry and CVV typed bare in answer to agent prompts"


def pos_dm_us_contact():
    c, n = phone_val("us")
    z = gen_zip(R.random() < 0.3)
    return [T("customer", typo("hi ur tech never showed up!! call me ", 0.5), S(phone_typed(c, n), "PHONE"), " zip ", S(z, "POSTCODE"), emo())], \
        "social DM/telecom US: phone and ZIP in an angry DM"


def pos_chat_ni_sentence():
    ni = gen_ni()
    return [T("customer", typo("hiya, ive started a new job and they put me on emergancy tax. my ni is ", 0.5), S(ni_typed(ni), "NI_NUMBER"),
              typo(" and i earn about £%d a year" % R.randint(18000, 60000), 0.3) + emo())], \
        "chat/government services UK: NI in a long message next to an unlabelled salary"


def pos_chat_address_move():
    n, st, suf = gen_addr()
    n2, st2, suf2 = gen_addr()
    out, inn = gen_uk_pc()
    return [T("customer", typo("Hi, Im moving house next week, can you move my broadband from ", 0.5), S(addr_typed(n, st, suf), "ADDRESS"),
              " to ", S(addr_typed(n2, st2, suf2), "ADDRESS"), ", ", S(pc_typed(out, inn), "POSTCODE"), typo(" on the %s please" % osuf(R.randint(1, 28)), 0.3) + emo())], \
        "chat/telecom UK: old and new street addresses in one message, postcode, move date"


def pos_call_address_inline():
    n, st, suf = gen_addr()
    return [T("agent", "can you confirm the address on the policy"),
            T("customer", ch("yeah it's ", "um it's ", "i'm at "), S(addr_spoken(n, st, suf), "ADDRESS"), ch(" in leeds", " in swindon", " over in galway", ""),
              ch(" been there about ten years", " since twenty nineteen", ""))], \
        "call/insurance: spoken street address with town and chit-chat (not labelled)"


POS_TEMPLATES = [
    (pos_chat_card_full, 9), (pos_chat_card_split, 6), (pos_chat_card_pertypo, 3), (pos_email_body_card, 3),
    (pos_call_card, 7), (pos_call_card_restart, 2), (pos_call_card_readback, 2), (pos_call_cvv_exp, 4),
    (pos_chat_ssn, 10), (pos_chat_ssn_split, 3), (pos_chat_ssn_last, 3), (pos_call_ssn, 8), (pos_dob_and_ssn_call, 3),
    (pos_chat_ni, 11), (pos_chat_ni_split, 4), (pos_chat_ni_email, 4), (pos_call_ni, 7), (pos_call_ni_correction, 2),
    (pos_chat_bank, 6), (pos_chat_bank_split, 3), (pos_call_bank, 4), (pos_us_bank, 3),
    (pos_iban_chat, 7), (pos_iban_split, 3), (pos_iban_call, 3),
    (pos_phone_chat, 7), (pos_phone_two, 2), (pos_phone_call, 4), (pos_phone_split, 2),
    (pos_email_chat, 6), (pos_email_call, 4), (pos_email_obfusc, 2),
    (pos_dob_chat, 5), (pos_dob_call, 4),
    (pos_address_chat, 6), (pos_address_call, 4), (pos_postcode_split, 2), (pos_zip_call, 2), (pos_mixed_chat, 4),
    (pos_chat_dob_split, 3), (pos_chat_phone_split, 3), (pos_chat_paste_bank, 3), (pos_chat_email_typo, 3),
    (pos_chat_card_zw, 3), (pos_chat_ssn_dob_one, 3), (pos_chat_cvv_exp_sep, 3), (pos_dm_us_contact, 3), (pos_chat_ni_sentence, 3),
    (pos_chat_address_move, 4), (pos_call_address_inline, 3),
]


# ---------------------------------------------------------------- negative templates

def osuf(d):
    if 11 <= d % 100 <= 13:
        return "%dth" % d
    return "%d%s" % (d, {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th"))


def money():
    return ch("£%d.%02d" % (R.randint(1, 600), R.randint(0, 99)), "$%d" % R.randint(5, 900),
              "€%d,%02d" % (R.randint(5, 400), R.randint(0, 99)), "%d quid" % R.randint(5, 300),
              "£%s" % "{:,}".format(R.randint(1000, 9999)), "$%d.%02d" % (R.randint(10, 450), R.randint(0, 99)))


def neg_chat_order():
    ref = digits(R.randint(7, 10))
    return [T("customer", typo(ch("hi where is my order ", "order no ", "Order #", "my order number is "), 0.4) + ref + emo()),
            T("agent", "Thanks! Order %s was dispatched on %d %s and should arrive in %d-%d working days." % (
                ref, R.randint(1, 28), MONTHS[R.randint(0, 11)].title(), R.randint(1, 3), R.randint(4, 7)))], \
        "chat/retail: order number up to 10 digits with reference word, dispatch date"


def neg_chat_amount():
    return [T("customer", "why is my bill %s this month when it was %s last month??" % (money(), money())),
            T("agent", "I can see a one-off charge of %s for %d GB of extra data used on %d/%d." % (money(), R.randint(1, 50), R.randint(1, 28), R.randint(1, 12)))], \
        "chat/telecom: money amounts, data quantities, non-birth date"


def neg_call_amount():
    return [T("customer", "the bill says %s pounds and %s pence" % (sp_num(R.randint(100, 999)), sp_num(R.randint(10, 99)))),
            T("agent", "yes that includes %s pounds of arrears from %s" % (sp_num(R.randint(20, 99)), MONTHS[R.randint(0, 11)]))], \
        "call/utilities: spoken money amounts"


def neg_ticket():
    t = ch("ticket", "case", "claim", "incident", "complaint", "reference")
    ref = ch(digits(R.randint(6, 10)), "CS-" + digits(7), "INC" + digits(8), "REF " + digits(6))
    return [T("agent", "Your %s number is %s, please quote it if you get back in touch." % (t, ref)),
            T("customer", typo("ok great thank you so much", 0.4) + emo())], \
        "chat/%s: %s number with its reference word" % (ind("insurance", "telecom", "utilities"), t)


def neg_call_ref_spoken():
    ref = digits(R.randint(6, 9))
    word = ch("claim", "reference", "booking reference", "case")
    return [T("agent", "have you got the %s number" % word),
            T("customer", "yeah the %s number is %s" % (word, sp_single(ref, zword()))),
            T("agent", "lovely thank you")], \
        "call/insurance: spoken %s number (not PII)" % word


def neg_flight():
    fl = ch("EI", "FR", "BA", "U2", "LH", "AA", "DL") + str(R.randint(10, 9999))
    return [T("customer", typo("my flight %s was delayed %d hours and I missed the connection at %02d:%02d" % (fl, R.randint(2, 9), R.randint(0, 23), R.randint(0, 59)), 0.4)),
            T("agent", "I'm sorry about that. Compensation for delays over 3 hours is up to %s per passenger." % ch("€250", "€400", "€600", "£220"))], \
        "chat/travel: flight number, times, durations, compensation amount"


def neg_flight_call():
    return [T("customer", "i'm on flight %s %s%s tomorrow at %s" % (ch("e i", "b a", "ryanair"), sp_num(R.randint(100, 999)), ch("", " out of dublin"), ch("half six", "ten past nine", "seven forty five", "quarter to eight"))),
            T("agent", "okay and that's seat %s %s" % (sp_num(R.randint(1, 33)), ch("a", "c", "f")))], \
        "call/travel: spoken flight number, time and seat"


def neg_appointment():
    return [T("agent", "I can book an engineer for %s %s %s between %s and %s." % (
        ch("Monday", "Tuesday", "Friday"), osuf(R.randint(1, 28)), MONTHS[R.randint(0, 11)].title(), ch("8am", "08:00"), ch("1pm", "13:00"))),
            T("customer", typo("yes that works, im home all day", 0.5))], \
        "chat/utilities: appointment date and time window"


def neg_appt_call():
    return [T("agent", "your appointment is on the %s of %s at %s" % (ORD[R.randint(1, 28)], MONTHS[R.randint(0, 11)], ch("two thirty", "nine am", "ten fifteen"))),
            T("customer", "the %s of %s great" % (ORD[R.randint(1, 28)], MONTHS[R.randint(0, 11)]))], \
        "call/healthcare billing: spoken appointment dates (not DOB)"


def neg_meter():
    rd = digits(5)
    return [T("customer", "meter reading %s taken %d/%d/%d, the %s one is %s" % (
        rd, R.randint(1, 28), R.randint(1, 12), R.randint(2024, 2026), ch("night", "gas"), digits(5))),
            T("agent", "Thanks, your estimated usage is %d kWh per month." % R.randint(100, 900))], \
        "chat/utilities: meter readings with date, kWh"


def neg_meter_call():
    return [T("customer", "the reading is %s" % sp_single(digits(5), zword(True))),
            T("agent", "okay %s units thank you" % sp_num(R.randint(100, 999)))], \
        "call/utilities: spoken meter reading"


def neg_model():
    return [T("customer", "my router model %s keeps dropping, speed is %d Mbps instead of %d" % (
        ch("TG-", "HH", "VMG", "RT-AX") + str(R.randint(100, 9999)), R.randint(2, 30), R.randint(50, 900))),
            T("agent", "Please restart it and wait %d minutes; firmware version %d.%d.%d is the latest." % (R.randint(2, 10), R.randint(1, 9), R.randint(0, 20), R.randint(0, 99)))], \
        "chat/telecom: model number, speeds, durations, version numbers"


def neg_room():
    return [T("customer", "we are in room %d, checking out on the %s, booking for %d adults %d nights" % (
        R.randint(100, 999), osuf(R.randint(2, 28)), R.randint(1, 4), R.randint(1, 9))),
            T("agent", "Late checkout until %d pm is %s." % (R.randint(12, 3 + 12) - 12 or 1, money()))], \
        "chat/travel: hotel room number, counts, prices"


def neg_age():
    return [T("customer", "my son is %d and my daughter is %d, do they count as adults for the %d%% discount?" % (
        R.randint(2, 17), R.randint(2, 17), ch(10, 15, 20, 25))),
            T("agent", "Children under %d travel free, and %d-%d year olds pay %s." % (R.randint(2, 5), R.randint(5, 11), R.randint(12, 17), money()))], \
        "chat/travel: ages, percentages, prices"


def neg_age_call():
    return [T("customer", "i'm %s years old i've been with you %s years" % (sp_num(R.randint(60, 95)), sp_num(R.randint(3, 40)))),
            T("agent", "thank you for being with us since %s" % sp_year(R.randint(1985, 2020)))], \
        "call/insurance: spoken age, tenure and year"


def neg_balance():
    return [T("agent", "Your current balance is %s and the minimum payment of %s is due on %d %s." % (money(), money(), R.randint(1, 28), MONTHS[R.randint(0, 11)].title())),
            T("customer", "ok ill pay %s on friday" % money())], \
        "chat/banking: balance, minimum payment, due date"


def neg_temp():
    return [T("customer", "heating says %d degrees but its like %d in here, boiler pressure %d.%d bar" % (R.randint(18, 25), R.randint(8, 15), R.randint(0, 2), R.randint(0, 9))),
            T("agent", "Please top the pressure up to %d.%d bar and set the thermostat to %d." % (1, R.randint(0, 5), R.randint(18, 22)))], \
        "chat/utilities: temperatures and pressure"


def neg_invoice():
    inv = ch("INV-", "INV", "#", "invoice ") + digits(R.randint(6, 10))
    return [T("customer", "Re: %s — I was charged twice (%s on %d/%d and again on %d/%d)" % (inv, money(), R.randint(1, 28), R.randint(1, 12), R.randint(1, 28), R.randint(1, 12))),
            T("agent", "Apologies, a refund of %s will show in %d-%d working days." % (money(), R.randint(3, 5), R.randint(6, 10)))], \
        "email/retail: invoice number, amounts, payment dates"


def neg_contract():
    return [T("agent", "Your contract started on %02d/%02d/%d and runs for %d months at %s a month." % (R.randint(1, 28), R.randint(1, 12), R.randint(2019, 2025), ch(12, 18, 24, 36), money())),
            T("customer", typo("so I can leave in %s without a fee?" % MONTHS[R.randint(0, 11)].title(), 0.4))], \
        "chat/telecom: contract start date (not DOB), duration, monthly price"


def neg_count_call():
    return [T("customer", "i've rung %s times and been on hold for %s minutes" % (sp_num(R.randint(3, 12)), sp_num(R.randint(20, 95)))),
            T("agent", "i'm really sorry i can see %s calls since the %s" % (sp_num(R.randint(3, 12)), ORD[R.randint(1, 28)]))], \
        "call/telecom: counts and durations"


def neg_last4():
    return [T("agent", "Is that the card ending in %s?" % digits(4)),
            T("customer", "yes the one ending %s not the old one" % digits(4))], \
        "chat/retail: card last-four only (not a full card number)"


def neg_percent_year():
    return [T("customer", "interest went from %d.%d%% to %d.%d%% in %d, fixed rate ends %d" % (R.randint(1, 5), R.randint(0, 9), R.randint(4, 8), R.randint(0, 9), R.randint(2020, 2025), R.randint(2026, 2030))),
            T("agent", "Yes, the new rate applies to the remaining %s of the loan over %d years." % (money(), R.randint(5, 30)))], \
        "chat/banking: percentages, years, loan amount"


def neg_tracking_call():
    return [T("agent", "your parcel is with the courier it's due between %s and %s" % (ch("nine", "ten", "eleven"), ch("one", "two", "three"))),
            T("customer", "okay it's order %s" % sp_single(digits(7), zword()))], \
        "call/retail: times and a spoken order number"


def neg_speed_qty():
    return [T("customer", "ordered %d x %s but got %d, box said %dml / %dkg" % (R.randint(2, 12), ch("lightbulbs", "cartridges", "filters"), R.randint(1, 5), R.choice([250, 500, 750]), R.randint(1, 25))),
            T("agent", "I'll send the missing %d units today, item code %s." % (R.randint(1, 6), "SKU" + digits(6)))], \
        "chat/retail: quantities, volumes, SKU code"


def neg_prescription():
    return [T("customer", "Hi, billing query for visit on %d %s, I paid %s copay" % (R.randint(1, 28), MONTHS[R.randint(0, 11)].title(), ch("$20", "$35", "$50"))),
            T("agent", "Thanks. Statement %s shows a remaining balance of %s after the %d%% insurance adjustment." % (digits(8), money(), R.randint(20, 80)))], \
        "chat/healthcare billing US: visit date, copay, statement number"


def neg_vehicle():
    return [T("customer", "car is a %d %s, mileage %s, engine %d.%dL" % (R.randint(2005, 2024), ch("Ford Focus", "VW Golf", "Toyota Yaris"), "{:,}".format(R.randint(5000, 150000)), R.randint(1, 2), R.randint(0, 9))),
            T("agent", "Thanks, your quote is %s a year with a %s excess." % (money(), money()))], \
        "chat/insurance: car year, mileage, engine size, premium"


def neg_chat_multi_ref():
    return [T("customer", typo("ticket #%s still not fixed, order %s, I was told a callback at %s and paid %s" % (
        digits(5), digits(7), ch("4:30pm", "16:30", "half 4", "10am"), money()), 0.5) + emo()),
            T("agent", "Sorry about that - I've escalated ticket %s, you'll hear back within %d hours." % (digits(5), ch(24, 48, 72)))], \
        "chat/telecom: ticket and order numbers, callback time, amount"


def neg_chat_tracking():
    return [T("agent", "Your parcel's tracking number is %s and it weighs %.1f kg." % (digits(10), R.uniform(0.2, 20))),
            T("customer", "ok is it arriving before %s on %s?" % (ch("6pm", "noon", "5"), ch("Friday", "Sat", "the 12th")))], \
        "chat/retail: 10-digit tracking number with its reference word, weight, time"


def neg_chat_policy():
    return [T("customer", "policy number %s renews on %d/%d/%d - why has it gone up %d%%?" % (
        ch("POL", "HH-", "MTR") + digits(8), R.randint(1, 28), R.randint(1, 12), R.randint(2025, 2027), R.randint(5, 60))),
            T("agent", "The renewal premium is %s, up from %s, due to a %d%% industry rise." % (money(), money(), R.randint(3, 15)))], \
        "email/insurance: policy number, renewal date, percentages, premiums"


def neg_sms_hours():
    return [T("agent", "Our stores are open %d-%d Mon-Sat and %d-%d on Sundays. Returns within %d days." % (
        R.randint(8, 10), R.randint(17, 21), R.randint(10, 11), R.randint(16, 17), ch(14, 28, 30, 90))),
            T("customer", "cool can i return %d items bought for %s on the %s?" % (R.randint(2, 6), money(), osuf(R.randint(1, 28))))], \
        "sms/retail: opening hours, return window, counts, purchase date"


def neg_chat_dates():
    return [T("customer", "I moved in on %02d/%02d/%d and the previous tenant left on %d %s %d, readings %s and %s" % (
        R.randint(1, 28), R.randint(1, 12), R.randint(2024, 2026), R.randint(1, 28), MON3[R.randint(0, 11)], R.randint(2024, 2026), digits(5), digits(5))),
            T("agent", "Thanks, I've back-dated the account to your move-in date.")], \
        "chat/utilities: move-in/move-out dates (not DOB) and meter readings"


NEG_TEMPLATES = [
    (neg_chat_order, 8), (neg_chat_amount, 6), (neg_call_amount, 4), (neg_ticket, 6), (neg_call_ref_spoken, 5),
    (neg_flight, 5), (neg_flight_call, 3), (neg_appointment, 5), (neg_appt_call, 4), (neg_meter, 4), (neg_meter_call, 3),
    (neg_model, 4), (neg_room, 3), (neg_age, 3), (neg_age_call, 3), (neg_balance, 5), (neg_temp, 3), (neg_invoice, 5),
    (neg_contract, 4), (neg_count_call, 3), (neg_last4, 3), (neg_percent_year, 4), (neg_tracking_call, 3),
    (neg_speed_qty, 3), (neg_prescription, 3), (neg_vehicle, 3),
    (neg_chat_multi_ref, 4), (neg_chat_tracking, 3), (neg_chat_policy, 4), (neg_sms_hours, 3), (neg_chat_dates, 3),
]


# ---------------------------------------------------------------- generation

def generate():
    global R
    R = random.Random(SEED)
    S._n = 0
    cases, metas = [], []
    pos = []
    for fn, k in POS_TEMPLATES:
        for _ in range(k):
            pos.append(fn)
    R.shuffle(pos)
    for i, fn in enumerate(pos, 1):
        turns, note = fn()
        c, m = build("%s-pos-%03d" % (PREFIX, i), "positive", turns, note)
        cases.append(c)
        metas.append(m)
    neg = []
    for fn, k in NEG_TEMPLATES:
        for _ in range(k):
            neg.append(fn)
    R.shuffle(neg)
    for i, fn in enumerate(neg, 1):
        turns, note = fn()
        c, m = build("%s-neg-%03d" % (PREFIX, i), "negative", turns, note)
        cases.append(c)
        metas.append(m)
    return cases, metas


def serialise(cases):
    return "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cases)


def check_cases(cases, metas):
    errs = []
    ids = set()
    for c, meta in zip(cases, metas):
        cid = c["id"]
        if cid in ids:
            errs.append("duplicate id " + cid)
        ids.add(cid)
        if c["kind"] == "negative" and c["spans"]:
            errs.append(cid + ": negative with spans")
        if c["kind"] == "positive" and not c["spans"]:
            errs.append(cid + ": positive without spans")
        for t in c["turns"]:
            if t["speaker"] not in ("agent", "customer"):
                errs.append(cid + ": bad speaker")
        groups = {}
        seen = []
        for sp, (g, partial) in zip(c["spans"], meta):
            text = c["turns"][sp["turn"]]["text"]
            s, e = sp["start"], sp["end"]
            if not (0 <= s < e <= len(text)):
                errs.append("%s: span out of range" % cid)
                continue
            if s > 0 and text[s - 1].isalnum():
                errs.append("%s: span start not at word boundary %r" % (cid, text[max(0, s - 5):e]))
            if e < len(text) and text[e].isalnum():
                errs.append("%s: span end not at word boundary %r" % (cid, text[s:e + 5]))
            val = text[s:e]
            if val != val.strip() or not val[0].isalnum() and val[0] != "+" and val[0] != "(" or not val[-1].isalnum():
                errs.append("%s: span has untrimmed edges %r" % (cid, val))
            for (t2, s2, e2) in seen:
                if t2 == sp["turn"] and s < e2 and s2 < e:
                    errs.append("%s: overlapping spans" % cid)
            seen.append((sp["turn"], s, e))
            if sp["type"] not in TYPES:
                errs.append("%s: bad type" % cid)
            if partial:
                num, bad = norm_spoken(val)
                if bad or not num.isdigit():
                    errs.append("%s: bad partial %r" % (cid, val))
                continue
            groups.setdefault(g, [sp["type"], ""])
            if groups[g][0] != sp["type"]:
                errs.append("%s: mixed types in group" % cid)
            groups[g][1] += " " + val
        for g, (typ, val) in groups.items():
            err = validate(typ, val.strip())
            if err:
                errs.append("%s: %s: %s" % (cid, typ, err))
    return errs


def readme_text(cases):
    cnt = Counter(sp["type"] for c in cases for sp in c["spans"])
    npos = sum(c["kind"] == "positive" for c in cases)
    nneg = sum(c["kind"] == "negative" for c in cases)
    typed = sum(1 for c in cases if not c["note"].startswith("call/"))
    rows = "\n".join("| %s | %d |" % (t, cnt[t]) for t in TYPES)
    return f"""# pii_holdout147 — held-out PII redaction evaluation set

**Never use this set for tuning.** It is a held-out evaluation set; do not adjust
redaction rules, patterns or thresholds by looking at these cases.

## Who wrote it and how

Written by an AI helper acting as an independent author. The author did **not** see
the redaction code, its tests, its documentation or any other PII fixture; only a
3-line example of the JSONL format. Cases are produced by
`scripts/make_pii_holdout147.py` from template functions: every turn is assembled from
plain-text segments and (value, TYPE) segments, so span offsets are computed, never
typed by hand. All values come from one `random.Random({SEED})`; the output is
byte-for-byte reproducible (`--check` regenerates and compares, and validates every
value after normalising spoken forms: Luhn for cards, mod-97 for IBANs, NI format,
9 digits for SSNs, 6 for sort codes, digit counts for CVV/phone/account, postcode shapes).

Emphasis: about two thirds typed channels (web/app chat, SMS, WhatsApp, social DMs,
e-mail bodies) with messy typing — values split across messages, typos in surrounding
words, odd separators (dots, double spaces, non-breaking spaces, " - "), mixed case,
emojis, "Sent from my iPhone" artefacts. The rest are ASR-style phone transcripts
(lower case, numbers as words, "oh"/"o"/"nought"/"zero", "double"/"triple", pairs such as
"forty one", homophones such as "for"/"to"/"won"/"ate", NATO spellings "b for bravo",
e-mails as "x dot y at gmail dot com", values split across turns with back-channels,
fillers inside readings, agent read-backs, restarts).

## Annotation conventions

* A span covers the value only: from its first to last character (digit, letter, or a
  leading "+" / "(" of a phone number). Lead-in words ("card number is", "my ssn is",
  "exp", "sort code") are outside.
* Spoken values: the span covers all the number words of the reading, including
  "double"/"triple", fillers ("um") that sit *inside* a reading, "plus" in "plus four
  four ...", "x for x-ray" spellings, and "dot"/"at" inside spoken e-mails.
* A value split over several turns/messages gets one span per piece, each of the same type.
* Agent read-backs of a value are labelled too. A customer's aborted partial reading of a
  card is labelled CARD_NUMBER; a wrong NI number later corrected is still labelled, as is
  a mistyped e-mail (e.g. "gmial.com") that the customer then corrects, and both the old
  and the new street address of a house move.
* Typed values keep their separators inside the span ("20-45-77", "4929 1234 ...", including
  non-breaking, thin or zero-width spaces from copy-paste); a value split over messages
  has each piece labelled without the trailing "-" or emoji.
* EXPIRY covers month and year ("09/28", "september twenty eight"); DOB covers the whole
  date including "the ... of"; ADDRESS covers house/flat number and street (town/state not
  included); POSTCODE is a separate span (UK postcode or US ZIP / ZIP+4).
* Not labelled: last four digits of a card on their own, BIC/SWIFT codes,
  order/claim/ticket/invoice/policy numbers, salaries and other amounts, dates that are not
  birth dates (move dates, collection dates), times, towns, US state codes.
* Negatives (`"spans": []`) contain lookalikes only: money, balances, times, durations,
  counts, ages, years, percentages, appointment/contract/payment dates, order/ticket/
  claim/invoice/reference numbers (≤10 digits, with their reference word), flight, room,
  model and SKU numbers, meter readings, speeds, temperatures, card last-fours.

## Counts

* Cases: {len(cases)} ({npos} positive, {nneg} negative); typed-channel cases: {typed}
* Spans per type:

| type | spans |
|---|---|
{rows}
"""


def main():
    cases, metas = generate()
    data = serialise(cases)
    readme = readme_text(cases)
    errs = check_cases(cases, metas)
    cnt = Counter(sp["type"] for c in cases for sp in c["spans"])
    npos = sum(c["kind"] == "positive" for c in cases)
    nneg = len(cases) - npos
    for t in TYPES:
        need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
        if cnt[t] < need:
            errs.append("type %s has only %d spans (need %d)" % (t, cnt[t], need))
    if npos < 170:
        errs.append("only %d positives" % npos)
    if nneg < 100:
        errs.append("only %d negatives" % nneg)
    if "--check" in sys.argv[1:]:
        try:
            with open(OUT_FILE, encoding="utf-8") as f:
                disk = f.read()
        except OSError as ex:
            disk = None
            errs.append("cannot read %s: %s" % (OUT_FILE, ex))
        if disk is not None and disk != data:
            errs.append("cases.jsonl differs from regenerated output")
        try:
            with open(README, encoding="utf-8") as f:
                if f.read() != readme:
                    errs.append("README.md differs from regenerated output")
        except OSError as ex:
            errs.append("cannot read README: %s" % ex)
        if disk is not None:
            for ln in disk.splitlines():
                json.loads(ln)
    else:
        os.makedirs(OUT_DIR, exist_ok=True)
        with open(OUT_FILE, "w", encoding="utf-8") as f:
            f.write(data)
        with open(README, "w", encoding="utf-8") as f:
            f.write(readme)
    typed = sum(1 for c in cases if not c["note"].startswith("call/"))
    print("cases: %d (positive %d, negative %d), typed channels %d" % (len(cases), npos, nneg, typed))
    print("spans: " + ", ".join("%s=%d" % (t, cnt[t]) for t in TYPES))
    if errs:
        for e in errs[:60]:
            print("ERROR:", e)
        print("%d problem(s)" % len(errs))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()

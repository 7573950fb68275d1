#!/usr/bin/env python3
"""Generate tests/fixtures/pii_holdout404/cases.jsonl (held-out PII evaluation set).

Written by an AI helper acting as an independent test author who did not see
the redaction engine. Standard library only; deterministic (one RNG).

Usage:  python scripts/make_pii_holdout404.py          # (re)write the set
        python scripts/make_pii_holdout404.py --check  # verify
"""
import argparse
import json
import os
import random
import re
import sys
from collections import Counter

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUTDIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout404")
CASES = os.path.join(OUTDIR, "cases.jsonl")
README = os.path.join(OUTDIR, "README.md")
SEED = 404241125
TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE",
         "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]
R = random.Random(SEED)

# ---------------------------------------------------------------- spoken forms
ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy",
        8: "eighty", 9: "ninety"}
NATO = {"alpha": "A", "alfa": "A", "bravo": "B", "charlie": "C", "delta": "D", "echo": "E",
        "foxtrot": "F", "golf": "G", "hotel": "H", "india": "I", "juliet": "J", "juliett": "J",
        "kilo": "K", "lima": "L", "mike": "M", "november": "N", "oscar": "O", "papa": "P",
        "quebec": "Q", "romeo": "R", "sierra": "S", "tango": "T", "uniform": "U",
        "victor": "V", "whiskey": "W", "whisky": "W", "xray": "X", "yankee": "Y", "zulu": "Z"}
NATO_OF = {}
for _w, _l in NATO.items():
    NATO_OF.setdefault(_l, _w)
FILLERS = {"um", "uh", "er", "erm", "ah", "hmm", "umm"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
MON3 = [m[:3] for m in MONTHS]
ORD_UNITS = {"first": "one", "second": "two", "third": "three", "fourth": "four", "fifth": "five",
             "sixth": "six", "seventh": "seven", "eighth": "eight", "ninth": "nine",
             "tenth": "ten", "eleventh": "eleven", "twelfth": "twelve", "thirteenth": "thirteen",
             "fourteenth": "fourteen", "fifteenth": "fifteen", "sixteenth": "sixteen",
             "seventeenth": "seventeen", "eighteenth": "eighteen", "nineteenth": "nineteen",
             "twentieth": "twenty", "thirtieth": "thirty"}

DIGW = {w: str(i) for i, w in enumerate(ONES)}
DIGW.update({"oh": "0", "o": "0", "nought": "0", "zero": "0"})
TEENW = {w: str(10 + i) for i, w in enumerate(TEENS)}
TENSW = {w: k for k, w in TENS.items()}


def norm(text, mode="plain"):
    """Normalise a (possibly spoken) value to its canonical characters."""
    toks = re.findall(r"[a-z0-9]+|[@._-]", text.lower())
    out = []
    i = 0

    def rest_two(j):
        # parse a two-digit remainder after hundred/thousand; returns (str, j)
        if j < len(toks) and toks[j] in TEENW:
            return TEENW[toks[j]], j + 1
        if j < len(toks) and toks[j] in TENSW:
            v = TENSW[toks[j]]
            if j + 1 < len(toks) and toks[j + 1] in DIGW and DIGW[toks[j + 1]] != "0":
                return str(v) + DIGW[toks[j + 1]], j + 2
            return str(v) + "0", j + 1
        if j < len(toks) and toks[j] in DIGW and DIGW[toks[j]] != "0":
            return "0" + DIGW[toks[j]], j + 1
        return None, j

    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else ""
        if t in FILLERS or t == "plus":
            i += 1
        elif t in "@._-" and len(t) == 1:
            if mode == "email":
                out.append(t)
            i += 1
        elif mode == "email" and t in ("dot", "at", "underscore", "dash", "hyphen"):
            out.append({"dot": ".", "at": "@", "underscore": "_", "dash": "-", "hyphen": "-"}[t])
            i += 1
        elif t.isdigit():
            out.append(t)
            i += 1
        elif mode != "email" and re.fullmatch(r"[a-z0-9]+", t) and re.search(r"\d", t):
            out.append(t.upper())  # typed alphanumeric chunk (postcode, IBAN group, NI)
            i += 1
        elif len(t) == 1 and nxt in ("for", "as") and i + 2 < len(toks) and (
                toks[i + 2] in NATO or (toks[i + 2] == "in" and i + 3 < len(toks) and toks[i + 3] in NATO)):
            out.append(t if mode == "email" else t.upper())
            i += 4 if toks[i + 2] == "in" else 3
        elif t in ("double", "triple") and nxt:
            n = 2 if t == "double" else 3
            if nxt in DIGW:
                out.append(DIGW[nxt] * n)
            elif len(nxt) == 1:
                out.append(nxt.upper() * n)
            else:
                out.append("<%s>" % t)
            i += 2
        elif t in DIGW and not (mode == "email" and t == "o"):
            out.append(DIGW[t])
            i += 1
        elif t in TEENW:
            out.append(TEENW[t])
            i += 1
        elif t in TENSW:
            if nxt in DIGW and DIGW[nxt] != "0":
                out.append(str(TENSW[t]) + DIGW[nxt])
                i += 2
            else:
                out.append(str(TENSW[t]) + "0")
                i += 1
        elif t == "hundred" and out:
            d = out.pop()
            j = i + 1
            if j < len(toks) and toks[j] == "and":
                j += 1
            r2, j2 = rest_two(j)
            if r2 is None:
                out.append(d + "00")
                i += 1
            else:
                out.append(d + r2)
                i = j2
        elif t == "thousand" and out:
            d = out.pop()
            j = i + 1
            if j < len(toks) and toks[j] == "and":
                j += 1
            r2, j2 = rest_two(j)
            if r2 is None:
                out.append(d + "000")
                i += 1
            else:
                out.append(d + "0" + r2)
                i = j2
        elif len(t) == 1 and t.isalpha():
            out.append(t if mode == "email" else t.upper())
            if nxt in ("for", "as") and i + 2 < len(toks):
                k = i + 2
                if toks[k] == "in":
                    k += 1
                if k < len(toks) and toks[k] in NATO:
                    i = k + 1
                    continue
            i += 1
        elif t in NATO and mode != "email":
            out.append(NATO[t])
            i += 1
        elif mode != "email" and len(t) <= 4 and t.isalpha() and t not in ("and", "for", "as", "in"):
            out.append(t.upper())  # typed letter block (NI prefix, bank code)
            i += 1
        else:
            out.append(t if mode == "email" else "<%s>" % t)
            i += 1
    return "".join(out)


def norm_date(text):
    t = text.lower()
    t = re.sub(r"\b(\d{1,2})(st|nd|rd|th)\b", r"\1", t)
    for w, d in ORD_UNITS.items():
        t = re.sub(r"\b%s\b" % w, d, t)
    for k, m in enumerate(MONTHS):
        t = re.sub(r"\b(%s|%s|sept)\b" % (m, m[:3]) if m == "september" else r"\b(%s|%s)\b" % (m, m[:3]),
                   " %02d " % (k + 1), t)
    t = re.sub(r"\b(of|the)\b", " ", t)
    t = re.sub(r"\b(\d)\b(?=\s*[/.\-]|\s+\d{2}\b)", r"0\1", t)  # pad 4/3/86
    return norm(t)


def luhn_ok(d):
    s = 0
    for i, ch in enumerate(reversed(d)):
        n = int(ch)
        if i % 2:
            n *= 2
            if n > 9:
                n -= 9
        s += n
    return s % 10 == 0


def iban_ok(s):
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


NI_RE = re.compile(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]")
NI_BAD = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}
UKPC = re.compile(r"[A-Z]{1,2}\d[A-Z\d]?\d[ABD-HJLNP-UW-Z]{2}")
STREET_RE = re.compile(r"\b(road|rd|street|st|avenue|ave|lane|ln|close|drive|dr|crescent|way|"
                       r"gardens|terrace|court|place|blvd|boulevard|grove|hill|park|row|square|mews)\b", re.I)
NUMWORD_RE = re.compile(r"\b(\d+[a-z]?|%s)\b" % "|".join(ONES[1:] + TEENS + list(TENS.values())), re.I)


def validate(typ, text):
    if typ == "EMAIL":
        e = norm(text, "email") if re.search(r"\b(dot|at)\b", text.lower()) else text.lower()
        return bool(re.fullmatch(r"[a-z0-9][a-z0-9._'-]*@[a-z0-9-]+(\.[a-z0-9-]+)+", e))
    if typ == "ADDRESS":
        return bool(NUMWORD_RE.search(text)) and bool(STREET_RE.search(text))
    if typ in ("DOB", "EXPIRY"):
        d = norm_date(text)
        if not d.isdigit():
            return False
        return 6 <= len(d) <= 8 if typ == "DOB" else 3 <= len(d) <= 6
    s = norm(text)
    if typ == "CARD_NUMBER":
        return s.isdigit() and 13 <= len(s) <= 19 and luhn_ok(s)
    if typ == "CVV":
        return s.isdigit() and len(s) in (3, 4)
    if typ == "SSN":
        return (s.isdigit() and len(s) == 9 and s[:3] not in ("000", "666") and s[0] != "9"
                and s[3:5] != "00" and s[5:] != "0000")
    if typ == "NI_NUMBER":
        return bool(NI_RE.fullmatch(s)) and s[:2] not in NI_BAD
    if typ == "BANK_ACCOUNT":
        return s.isdigit() and 6 <= len(s) <= 17
    if typ == "SORT_CODE":
        return s.isdigit() and len(s) == 6
    if typ == "IBAN":
        return iban_ok(s)
    if typ == "PHONE":
        return s.isdigit() and 7 <= len(s) <= 15
    if typ == "POSTCODE":
        return bool(UKPC.fullmatch(s)) or bool(re.fullmatch(r"\d{5}(\d{4})?", s))
    raise ValueError(typ)


# ---------------------------------------------------------------- speaking helpers
def zero_word():
    return R.choice(["oh", "oh", "o", "zero", "nought"])


def dword(c):
    return zero_word() if c == "0" else ONES[int(c)]


def say_plain(s):
    out, i = [], 0
    while i < len(s):
        if i + 2 < len(s) and s[i] == s[i + 1] == s[i + 2] and R.random() < 0.5:
            out.append("triple " + dword(s[i]))
            i += 3
        elif i + 1 < len(s) and s[i] == s[i + 1] and R.random() < 0.6:
            out.append("double " + dword(s[i]))
            i += 2
        else:
            out.append(dword(s[i]))
            i += 1
    return " ".join(out)


def say_pair(p):
    if p[0] == "0":
        return zero_word() + " " + ONES[int(p[1])]
    if p[0] == "1":
        return TEENS[int(p[1])]
    if p[1] == "0":  # avoid "forty" + following digit ambiguity
        return ONES[int(p[0])] + " " + zero_word()
    return TENS[int(p[0])] + " " + ONES[int(p[1])]


def say_group(s):
    r = R.random()
    if len(s) % 2 == 0 and r < 0.35:
        return " ".join(say_pair(s[i:i + 2]) for i in range(0, len(s), 2))
    if len(s) == 3 and s[0] != "0" and s[2] != "0" and r < 0.55:
        tail = ONES[int(s[2])] if s[1] == "0" else say_pair(s[1:])
        return ONES[int(s[0])] + " hundred and " + tail
    return say_plain(s)


def say_letter(c, nato=0.3):
    c = c.upper()
    if c == "O" or R.random() < nato:
        w = NATO_OF[c] if c != "X" else "xray"
        return R.choice(["%s for %s", "%s as in %s"]) % (c.lower(), w) if c != "O" or R.random() < .5 else w
    return c.lower()


def say_alnum(s, nato=0.3):
    out, run = [], ""
    for c in s:
        if c.isdigit():
            run += c
        else:
            if run:
                out.append(say_plain(run))
                run = ""
            if c.isalpha():
                out.append(say_letter(c, nato))
    if run:
        out.append(say_plain(run))
    return " ".join(out)


def filler():
    return R.choice(["um", "uh", "er", "erm"])


def groups_of(num):
    n = len(num)
    sizes = {13: [4, 4, 5], 15: [4, 6, 5], 16: [4, 4, 4, 4], 19: [4, 4, 4, 4, 3], 14: [4, 6, 4]}[n]
    out, i = [], 0
    for k in sizes:
        out.append(num[i:i + k])
        i += k
    return out


# ---------------------------------------------------------------- value generators
def luhn_complete(prefix, length):
    body = prefix + "".join(R.choice("0123456789") for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def gen_card():
    p, n = R.choice([("4", 16), ("4", 16), ("4", 16), ("51", 16), ("53", 16), ("55", 16), ("2221", 16),
                     ("34", 15), ("37", 15), ("6011", 16), ("4", 13), ("6759", 19), ("36", 14),
                     ("4", 19)])
    return luhn_complete(p, n)


def gen_ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


NI1 = "ABCEGHJKLMNOPRSTWXYZ"
NI2 = "ABCEGHJKLMNPRSTWXYZ"


def gen_ni():
    while True:
        p = R.choice(NI1) + R.choice(NI2)
        if p not in NI_BAD:
            break
    return p + "%06d" % R.randint(0, 999999) + R.choice("ABCD")


def gen_iban():
    cc, fmt = R.choice([("GB", "BANK6N8"), ("GB", "BANK6N8"), ("IE", "BANK6N8"), ("DE", "N18"),
                        ("FR", "N10A11N2"), ("ES", "N20"), ("NL", "BANKN10"), ("IT", "AN10A12")])
    banks = {"GB": ["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "SRLG"], "IE": ["AIBK", "BOFI", "IPBS"],
             "NL": ["ABNA", "INGB", "RABO"]}
    if fmt == "BANK6N8":
        bban = R.choice(banks[cc]) + "".join(R.choice("0123456789") for _ in range(14))
    elif fmt == "BANKN10":
        bban = R.choice(banks[cc]) + "".join(R.choice("0123456789") for _ in range(10))
    elif fmt == "N18":
        bban = "".join(R.choice("0123456789") for _ in range(18))
    elif fmt == "N20":
        bban = "".join(R.choice("0123456789") for _ in range(20))
    elif fmt == "N10A11N2":
        bban = "".join(R.choice("0123456789") for _ in range(10)) + "".join(
            R.choice("0123456789ABCDEFGH") for _ in range(11)) + "%02d" % R.randint(0, 99)
    else:
        bban = R.choice("ABCXYZ") + "".join(R.choice("0123456789") for _ in range(10)) + "".join(
            R.choice("0123456789") for _ in range(12))
    rear = bban + cc + "00"
    chk = 98 - int("".join(str(int(c, 36)) for c in rear)) % 97
    return cc + "%02d" % chk + bban


def iban_typed(ib):
    st = R.random()
    g = " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))
    if st < 0.45:
        return g
    if st < 0.6:
        return ib
    if st < 0.75:
        return g.lower()
    if st < 0.88:
        return "-".join(ib[i:i + 4] for i in range(0, len(ib), 4))
    return ib[:4] + " " + ib[4:]


def gen_phone():
    k = R.choice(["ukmob", "ukmob", "ukland", "us", "us", "ie", "de", "fr"])
    if k == "ukmob":
        d = "7" + "".join(R.choice("0123456789") for _ in range(9))
        return k, "0" + d, "44" + d
    if k == "ukland":
        area = R.choice(["20", "161", "113", "131", "141", "117", "121"])
        rest = "".join(R.choice("0123456789") for _ in range(10 - len(area)))
        return k, "0" + area + rest, "44" + area + rest, area
    if k == "us":
        d = R.choice(["415", "212", "312", "617", "702", "503", "919"]) + "555" + "%04d" % R.randint(100, 199)
        return k, d, "1" + d
    if k == "ie":
        d = R.choice(["83", "85", "86", "87", "89"]) + "".join(R.choice("0123456789") for _ in range(7))
        return k, "0" + d, "353" + d
    if k == "de":
        d = R.choice(["30", "89", "151", "170"]) + "".join(R.choice("0123456789") for _ in range(8))
        return k, "0" + d, "49" + d
    d = R.choice("67") + "".join(R.choice("0123456789") for _ in range(8))
    return k, "0" + d, "33" + d


def phone_typed(ph):
    k, nat, intl = ph[0], ph[1], ph[2]
    st = R.random()
    if k == "ukmob":
        opts = [nat[:5] + " " + nat[5:], nat, "+44 " + nat[1:5] + " " + nat[5:], "+44 (0)" + nat[1:5] + " " + nat[5:],
                "+447" + nat[2:], nat[:5] + "-" + nat[5:8] + "-" + nat[8:], "0044 " + nat[1:]]
    elif k == "ukland":
        a = ph[3]
        loc = nat[1 + len(a):]
        opts = ["0%s %s %s" % (a, loc[:len(loc) - 4], loc[-4:]), "(0%s) %s %s" % (a, loc[:len(loc) - 4], loc[-4:]),
                "+44 %s %s %s" % (a, loc[:len(loc) - 4], loc[-4:]), nat]
    elif k == "us":
        opts = ["(%s) %s-%s" % (nat[:3], nat[3:6], nat[6:]), "%s-%s-%s" % (nat[:3], nat[3:6], nat[6:]),
                "+1 %s %s %s" % (nat[:3], nat[3:6], nat[6:]), "%s.%s.%s" % (nat[:3], nat[3:6], nat[6:]),
                "1-%s-%s-%s" % (nat[:3], nat[3:6], nat[6:])]
    elif k == "ie":
        opts = ["%s %s %s" % (nat[:3], nat[3:6], nat[6:]), "+353 %s %s %s" % (nat[1:3], nat[3:6], nat[6:]),
                "+353(0)%s %s" % (nat[1:3], nat[3:]), nat]
    elif k == "de":
        opts = ["+49 %s %s" % (nat[1:3], nat[3:]), "0049 %s %s" % (nat[1:3], nat[3:])]
    else:
        opts = ["+33 %s %s %s %s %s" % (nat[1], nat[2:4], nat[4:6], nat[6:8], nat[8:10]),
                "%s %s %s %s %s" % (nat[:2], nat[2:4], nat[4:6], nat[6:8], nat[8:10])]
    return opts[int(st * len(opts))]


def phone_spoken(ph):
    k, nat, intl = ph[0], ph[1], ph[2]
    if R.random() < 0.3:
        cc = intl[:len(intl) - len(nat) + 1]
        body = nat[1:]
        return "plus " + say_plain(cc) + " " + say_group(body[:4]) + " " + say_group(body[4:])
    if k == "us":
        return say_group(nat[:3]) + " " + say_group(nat[3:6]) + " " + say_group(nat[6:])
    return say_plain(nat[:5]) + " " + say_group(nat[5:8]) + " " + say_group(nat[8:])


FIRST = ["jane", "sam", "priya", "liam", "aoife", "tom", "maria", "kwame", "chloe", "dan", "fatima",
         "niamh", "raj", "ellen", "marco", "sinead", "ben", "laura", "yusuf", "kate"]
LAST = ["doe", "patel", "murphy", "okafor", "smith", "kowalski", "brennan", "nguyen", "garcia",
        "hughes", "khan", "oconnor", "jones", "schmidt", "walsh", "rossi", "evans", "byrne"]
DOMS = ["gmail.com", "outlook.com", "yahoo.co.uk", "hotmail.com", "btinternet.com", "icloud.com",
        "eircom.net", "web.de", "orange.fr", "hotmail.co.uk", "aol.com", "proton.me", "sky.com"]


def gen_email():
    f, l = R.choice(FIRST), R.choice(LAST)
    loc = R.choice([f + "." + l, f[0] + "." + l, f + l, f + "_" + l, f + "." + l + str(R.randint(1, 99)),
                    l + f[0], f + str(R.randint(70, 99))])
    return loc + "@" + R.choice(DOMS)


def email_spoken(e):
    out = []
    for tok in re.findall(r"[a-z]+|\d+|[._@-]", e):
        if tok == ".":
            out.append("dot")
        elif tok == "@":
            out.append("at")
        elif tok == "_":
            out.append("underscore")
        elif tok == "-":
            out.append("dash")
        elif tok.isdigit():
            out.append(say_group(tok) if len(tok) != 3 else say_plain(tok))
        elif len(tok) == 1:
            out.append(tok if tok != "o" else "o for oscar")
        else:
            out.append(tok)
    return " ".join(out)


def gen_dob():
    return R.randint(1, 28), R.randint(1, 12), R.randint(1938, 2005)


def dob_typed(d, m, y):
    return R.choice(["%02d/%02d/%d" % (d, m, y), "%d/%d/%d" % (d, m, y), "%02d-%02d-%d" % (d, m, y),
                     "%d %s %d" % (d, MONTHS[m - 1].title(), y), "%s %d, %d" % (MONTHS[m - 1].title(), d, y),
                     "%02d.%02d.%d" % (d, m, y), "%d-%02d-%02d" % (y, m, d), "%02d/%02d/%02d" % (m, d, y % 100),
                     "%d%s %s %d" % (d, "th" if d in range(4, 21) else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th"),
                                     MON3[m - 1].title(), y)])


def ordinal_word(d):
    if d < 20:
        w = [None, "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
             "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
             "seventeenth", "eighteenth", "nineteenth"][d]
        return w
    if d % 10 == 0:
        return {20: "twentieth", 30: "thirtieth"}[d]
    return TENS[d // 10] + " " + [None, "first", "second", "third", "fourth", "fifth", "sixth",
                                  "seventh", "eighth", "ninth"][d % 10]


def say_year(y):
    if y >= 2000 and y < 2010:
        return "two thousand and " + ONES[y % 10] if y % 10 else "two thousand"
    return say_pair(str(y)[:2]) + " " + (say_pair(str(y)[2:]) if y % 100 >= 10 else zero_word() + " " + ONES[y % 10])


def dob_spoken(d, m, y):
    return R.choice(["%s of %s %s" % (ordinal_word(d), MONTHS[m - 1], say_year(y)),
                     "%s %s %s" % (MONTHS[m - 1], ordinal_word(d), say_year(y)),
                     "%s %s %s" % (ordinal_word(d), MONTHS[m - 1], say_year(y)),
                     "%s %s %s" % (say_pair("%02d" % d), say_pair("%02d" % m), say_year(y))])


def gen_exp():
    return R.randint(1, 12), R.randint(25, 31)


def exp_typed(m, y):
    return R.choice(["%02d/%02d" % (m, y), "%02d/20%02d" % (m, y), "%d/%02d" % (m, y), "%02d-%02d" % (m, y),
                     "%s 20%02d" % (MON3[m - 1].title(), y), "%02d %02d" % (m, y), "%02d/%02d" % (m, y)])


def exp_spoken(m, y):
    return R.choice(["%s %s" % (say_pair("%02d" % m), say_pair("%02d" % y)),
                     "%s twenty %s" % (MONTHS[m - 1], say_pair("%02d" % y)),
                     "%s %s" % (MONTHS[m - 1], say_pair("%02d" % y)),
                     "%s twenty %s" % (say_pair("%02d" % m), say_pair("%02d" % y))])


OUTW = ["SW1A", "M1", "B33", "LS6", "EH10", "G12", "CF24", "BT7", "NW3", "E14", "N1", "W1D", "BS8",
        "OX4", "CB2", "L17", "S10", "NE1", "RG1", "PL4", "SE15", "DN5", "KT2"]


def gen_ukpc():
    return R.choice(OUTW) + " " + str(R.randint(0, 9)) + "".join(R.choice("ABDEFGHJLNPQRSTUWXYZ") for _ in range(2))


def gen_zip():
    z = "%05d" % R.randint(1001, 99950)
    return z + ("-%04d" % R.randint(1, 9999) if R.random() < 0.3 else "")


STREETS = ["Holloway", "Elm", "Station", "Church", "Victoria", "Mill", "Kings", "Park", "Oak", "Maple",
           "Granville", "Ashgrove", "Harbour", "Clonliffe", "Willow", "Meadow", "Castle", "Ormeau",
           "Cedar", "Lakeview", "Sunnyside", "Beech"]
SUFF = ["Road", "Street", "Avenue", "Lane", "Close", "Drive", "Crescent", "Way", "Gardens", "Terrace",
        "Rd", "St", "Ave", "Grove", "Court", "Place", "Mews"]
TOWNS_UK = ["Leeds", "London", "Manchester", "Belfast", "Cardiff", "Bristol", "Sheffield", "Glasgow"]
TOWNS_US = [("Portland", "OR"), ("Austin", "TX"), ("Columbus", "OH"), ("Raleigh", "NC"), ("Boise", "ID")]


def gen_addr(us=False):
    n = R.randint(1, 240)
    st = R.choice(STREETS) + " " + R.choice(SUFF)
    if us:
        n = R.randint(100, 9800)
        st = R.choice(["", "N ", "S ", "E ", "W "]) + st
        a = "%d %s" % (n, st)
        if R.random() < 0.3:
            a += R.choice([" Apt %d%s" % (R.randint(1, 30), R.choice("ABCD")), ", Unit %d" % R.randint(1, 12)])
        return a, n, st
    hn = str(n) + (R.choice(["a", "b", "A", "B"]) if R.random() < 0.15 else "")
    a = "%s %s" % (hn, st)
    if R.random() < 0.3:
        a = R.choice(["Flat %d, " % R.randint(1, 20), "flat %d " % R.randint(1, 9), "Apt %d, " % R.randint(1, 9)]) + a
    return a, n, st


# ---------------------------------------------------------------- case builder
class Case:
    def __init__(self, kind, note):
        self.kind, self.note = kind, note
        self.turns, self.groups = [], {}

    def val(self, typ, mode="full"):
        g = len(self.groups) + 1
        self.groups[g] = {"type": typ, "mode": mode}
        return g

    def t(self, speaker, *items):
        self.turns.append((speaker, items))

    def build(self, cid):
        turns, spans, meta = [], [], {}
        for ti, (sp, items) in enumerate(self.turns):
            text = ""
            for it in items:
                if isinstance(it, str):
                    text += it
                    continue
                vtext, g = it
                m = re.match(r"^([^A-Za-z0-9]*)(.*?)([^A-Za-z0-9]*)$", vtext, re.S)
                lead, core, trail = m.groups()
                text += lead
                spans.append({"turn": ti, "start": len(text), "end": len(text) + len(core),
                              "type": self.groups[g]["type"]})
                meta.setdefault(g, []).append(core)
                text += core + trail
            turns.append({"speaker": sp, "text": text})
        rec = {"id": cid, "kind": self.kind, "turns": turns, "spans": spans, "note": self.note}
        vals = [(self.groups[g]["type"], self.groups[g]["mode"], meta.get(g, [])) for g in self.groups]
        return rec, vals


def V(text, g):
    return (text, g)


BACK = ["mhm", "go on", "yep", "ok", "uh huh", "right", "yes go ahead", "okay and", "mm hmm", "got that"]
HELLO_AG = ["thanks for calling %s, you're through to %s", "hi you're speaking to %s at %s, how can i help",
            "%s customer services, %s speaking"]
ORGS = ["northgate bank", "clearline mobile", "brightpower energy", "homestyle retail", "shieldsure insurance",
        "skyway travel", "st. anne's billing office", "hmrc helpline", "aqualis water", "metro credit union",
        "fibrenet broadband", "dept of motor vehicles", "allcare health billing", "eurobank ireland"]
AGENTS = ["sarah", "mike", "dev", "chloe", "james", "ana", "paddy", "lisa", "omar"]
SIG_ORG = ["Northgate Bank", "Clearline Mobile", "BrightPower Energy", "HomeStyle", "ShieldSure",
           "SkyWay Travel", "Allcare Billing", "Aqualis Water", "Metro CU", "FibreNet"]


def asr_open(c):
    h = R.choice(HELLO_AG)
    a, o = R.choice(AGENTS), R.choice(ORGS)
    c.t("agent", h % ((a, o) if h.startswith("hi") else (o, a)))


def sig(c=None):
    f, l = R.choice(FIRST).title(), R.choice(LAST).title()
    return R.choice(["\n\nThanks,\n%s" % f, "\n\nKind regards\n%s %s" % (f, l), "\n\nCheers\n%s" % f,
                     "\n\nSent from my iPhone", "\n\nRegards,\n%s %s" % (f, l)])


def agent_sig():
    return "\n\nKind regards,\n%s\n%s Customer Care\nRef: CS-%06d" % (
        R.choice(AGENTS).title(), R.choice(SIG_ORG), R.randint(1, 999999))


# ---------------------------------------------------------------- positive builders
def card_typed_case():
    num = gen_card()
    gs = groups_of(num)
    ch = R.choice(["chat", "email", "sms", "form", "split", "lines", "quoted"])
    c = Case("positive", "")
    sep = R.choice([" ", " ", "-", "", ".", "  ", " - ", "/"])
    typed = sep.join(gs)
    exp = exp_typed(*gen_exp())
    cvv = "".join(R.choice("0123456789") for _ in range(4 if len(num) == 15 else 3))
    if ch == "chat":
        g = c.val("CARD_NUMBER")
        c.t("agent", R.choice(["Could you type the long card number please?", "Please enter the card no. below",
                               "What's the card number you'd like to pay with?"]))
        lab = R.choice(["", "card: ", "Card no ", "its ", "CARD NUMBER - ", "ok its ", "num: "])
        c.t("customer", lab, V(typed, g), R.choice(["", " ", " thx", " (visa debit)", " .", "\u00a0"]))
        if R.random() < 0.6:
            ge, gc = c.val("EXPIRY"), c.val("CVV")
            c.t("customer", R.choice(["exp ", "expires ", "Exp: ", "valid thru "]), V(exp, ge),
                R.choice([" cvv ", " sec code ", ", CVC ", " security number "]), V(cvv, gc))
        c.note = "chat: card typed with separator %r" % sep
    elif ch == "sms":
        g = c.val("CARD_NUMBER")
        c.t("agent", "Reply with the card you want to use for the top-up. Never share your PIN.")
        c.t("customer", R.choice(["use ", "pls use ", "Use this one ", ""]), V(typed, g),
            R.choice([" ta", " thanks", "", " x"]))
        c.note = "sms: card number in reply"
    elif ch == "email":
        g = c.val("CARD_NUMBER")
        ge = c.val("EXPIRY")
        c.t("customer", "Subject: Re: payment failed\n\nHi,\n\nPlease try again with my other card "
            "which is ", V(typed, g), R.choice([" and it expires ", " (expiry ", ", exp. "]), V(exp, ge),
            R.choice([".", ")", ""]), sig())
        c.t("agent", "Thank you, we have retried the payment." + agent_sig())
        c.note = "email: card and expiry in body, signature"
    elif ch == "form":
        g, ge, gc = c.val("CARD_NUMBER"), c.val("EXPIRY"), c.val("CVV")
        c.t("customer", R.choice(["here are the details from the form:\n", "copy/paste from booking page:\n", ""]),
            R.choice(["Card Number: ", "CARD NO.\t", "card_number=", "Cardnumber:  "]), V(typed, g),
            R.choice(["\nExpiry Date: ", "\nEXP\t", "&expiry=", "\nValid to:  "]), V(exp, ge),
            R.choice(["\nCVV: ", "\nCVC\t", "&cvv=", "\nSecurity code:  "]), V(cvv, gc),
            R.choice(["\nName on card: J Smith", "", "\nBilling: same as delivery"]))
        c.t("agent", "Thanks - please don't send the security code over chat in future, I've removed it.")
        c.note = "pasted form with card, expiry, cvv"
    elif ch == "split":
        g = c.val("CARD_NUMBER")
        k = R.randint(1, len(gs) - 1)
        c.t("agent", "Go ahead with the card number when ready")
        c.t("customer", V(" ".join(gs[:k]), g))
        if R.random() < 0.5:
            c.t("agent", R.choice(["ok", "and the rest?", "..."]))
        c.t("customer", V(" ".join(gs[k:]), g))
        c.note = "chat: card number split over two messages"
    elif ch == "lines":
        g = c.val("CARD_NUMBER")
        k = R.randint(1, len(gs) - 1)
        c.t("customer", R.choice(["card is\n", "Card:\n", "my new card\n"]), V(" ".join(gs[:k]) + "\n" + " ".join(gs[k:]), g),
            "\n", R.choice(["", "thanks", "can u update it"]))
        c.note = "card number broken across lines in one message"
    else:
        g1, g2 = c.val("CARD_NUMBER"), c.val("CARD_NUMBER")
        c.t("customer", "Hello, I forgot to include it. Card is ", V(typed, g1), sig())
        c.t("agent", "Hi,\n\nThank you. We've updated the card on file." + agent_sig() +
            "\n\n-----Original Message-----\n> Hello, I forgot to include it. Card is ", V(typed, g2), "\n> ")
        c.note = "email: card quoted again in agent's reply"
    return c


def card_spoken_case():
    num = gen_card()
    gs = groups_of(num)
    c = Case("positive", "")
    asr_open(c)
    c.t("customer", R.choice(["hi i need to make a payment on my account", "yeah hi i want to pay my bill",
                              "hello um i'm calling to renew my policy", "hi i'd like to book the flights"]))
    c.t("agent", R.choice(["sure, what's the long number on the front of the card", "no problem can i take the card number",
                           "okay go ahead with the sixteen digits when you're ready"]))
    style = R.choice(["split", "split", "one", "correction", "aside", "one"])
    g = c.val("CARD_NUMBER")
    spoken = [say_group(x) for x in gs]
    if style == "split":
        i = 0
        while i < len(spoken):
            k = R.choice([1, 2, 2])
            part = (" " + R.choice(["", "", filler() + " "])).join(spoken[i:i + k])
            part = re.sub(r"\s+", " ", part)
            c.t("customer", R.choice(["", "", "it's ", "yeah ", "okay "]), V(part, g))
            i += k
            if i < len(spoken):
                c.t("agent", R.choice(BACK))
        c.note = "asr: card read in chunks with back-channels"
    elif style == "one":
        joiner = R.choice([" ", " ", " " + filler() + " "])
        c.t("customer", R.choice(["yeah it's ", "okay so it's ", "", "right ", "it's a visa "]), V(joiner.join(spoken), g))
        c.note = "asr: card read in one turn"
    elif style == "correction":
        gf = c.val("CARD_NUMBER", "frag")
        bad = spoken[0] + " " + say_plain(gs[1][:2])
        c.t("customer", V(bad, gf), R.choice([" no sorry ", " wait no ", " sorry let me start again "]),
            V(" ".join(spoken), g))
        c.note = "asr: card reading restarted after a slip"
    else:
        k = R.randint(1, len(gs) - 1)
        c.t("customer", V(" ".join(spoken[:k]), g), R.choice([" hang on the light's bad in here ",
                                                             " sorry my dog is barking ", " one sec ",
                                                             " hold on i need my glasses "]), V(" ".join(spoken[k:]), g))
        c.note = "asr: aside in the middle of a card reading"
    r = R.random()
    if r < 0.35:
        gr = c.val("CARD_NUMBER")
        c.t("agent", "let me read that back ", V(" ".join(say_plain(x) for x in gs), gr), " is that right")
        c.t("customer", "yes")
        c.note += "; full read-back"
    elif r < 0.6:
        gl = c.val("CARD_NUMBER", "last4")
        c.t("agent", "thank you so that's the card ending ", V(say_plain(num[-4:]), gl), R.choice(["", " yeah"]))
        c.t("customer", "that's it")
        c.note += "; last four after full read (labelled)"
    if R.random() < 0.5:
        ge, gc = c.val("EXPIRY"), c.val("CVV")
        m, y = gen_exp()
        c.t("agent", "and the expiry date")
        c.t("customer", R.choice(["", "it's ", "um "]), V(exp_spoken(m, y), ge))
        c.t("agent", "and the three digits on the back" if len(num) != 15 else "and the four digit code on the front")
        cv = "".join(R.choice("0123456789") for _ in range(4 if len(num) == 15 else 3))
        c.t("customer", V(say_group(cv), gc))
        c.note += "; expiry and cvv"
    return c


def ssn_case():
    s = gen_ssn()
    c = Case("positive", "")
    typ = R.random()
    g = c.val("SSN")
    if typ < 0.45:
        fmt = R.choice(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s.%s.%s", "%s - %s - %s", "%s–%s–%s"]) % (s[:3], s[3:5], s[5:])
        ch = R.choice(["chat", "email", "form", "sms", "lines"])
        if ch == "chat":
            c.t("agent", "To verify, please provide your Social Security number.")
            c.t("customer", R.choice(["", "ssn ", "SSN: ", "its ", "social is "]), V(fmt, g))
        elif ch == "email":
            c.t("customer", "Subject: W-9 for contractor payments\n\nHello,\nMy SSN is ", V(fmt, g),
                " as requested on the form." + sig())
        elif ch == "form":
            c.t("customer", "Name: %s %s\nSSN: " % (R.choice(FIRST).title(), R.choice(LAST).title()), V(fmt, g),
                "\nPlan: Silver PPO")
        elif ch == "sms":
            c.t("agent", "Reply with the last name and SSN on the claim")
            c.t("customer", R.choice(LAST).title() + " ", V(fmt, g))
        else:
            c.t("customer", "ok here's my social\n", V(s[:3] + "-" + s[3:5] + "-\n" + s[5:], g))
        c.note = "typed SSN (%s)" % ch
    else:
        asr_open(c)
        c.t("agent", R.choice(["can i get your social security number", "and for verification your social please",
                               "what's the social on the account"]))
        sp = [say_group(s[:3]), say_group(s[3:5]), say_group(s[5:])]
        st = R.random()
        if st < 0.4:
            c.t("customer", V(sp[0] + " " + sp[1], g))
            c.t("agent", R.choice(BACK))
            c.t("customer", V(R.choice(["", filler() + " "]) + sp[2], g))
            c.note = "asr: SSN split over turns"
        elif st < 0.7:
            c.t("customer", R.choice(["sure it's ", "yeah ", "it's "]), V(sp[0] + " " + filler() + " " + sp[1] + " " + sp[2], g))
            c.note = "asr: SSN with filler inside"
        else:
            gf = c.val("SSN", "frag")
            c.t("customer", V(sp[0] + " " + say_plain(s[3]), gf), " no wait that's my wife's, mine is ",
                V(" ".join(sp), g))
            c.note = "asr: SSN restarted"
        if R.random() < 0.4:
            gr = c.val("SSN")
            c.t("agent", "thanks that's ", V(say_plain(s), gr))
            c.note += "; read-back"
    return c


def ni_case():
    n = gen_ni()
    c = Case("positive", "")
    g = c.val("NI_NUMBER")
    if R.random() < 0.45:
        fmt = R.choice([n, n, n.lower(), "%s %s %s %s %s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8]),
                        "%s-%s-%s-%s-%s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8]), n[:2] + " " + n[2:8] + " " + n[8],
                        n[:8].lower() + n[8]])
        ch = R.choice(["chat", "email", "form", "sms"])
        if ch == "chat":
            c.t("agent", "Can I take your National Insurance number?")
            c.t("customer", R.choice(["", "NI no: ", "ni number ", "its ", "Nat Ins - "]), V(fmt, g))
        elif ch == "email":
            c.t("customer", "Subject: Tax code query\n\nDear Sir/Madam,\n\nRe my tax code, NINO ", V(fmt, g),
                ", could you confirm it is correct?" + sig())
        elif ch == "form":
            c.t("customer", "Surname: %s\nNI Number: " % R.choice(LAST).title(), V(fmt, g), "\nEmployer: Acme Ltd")
        else:
            c.t("customer", "hi its about my claim, NI ", V(fmt, g), " thx")
        c.note = "typed NI number (%s)" % ch
    else:
        asr_open(c)
        c.t("agent", "can i take your national insurance number please")
        sp_l = lambda s: " ".join(say_letter(x, 0.4) for x in s)
        pre, dig, suf = sp_l(n[:2]), n[2:8], sp_l(n[8])
        digs = R.choice([say_plain(dig), " ".join(say_group(dig[i:i + 2]) for i in range(0, 6, 2))])
        st = R.random()
        if st < 0.4:
            c.t("customer", R.choice(["yeah it's ", "", "it's "]), V(pre + " " + digs + " " + suf, g))
            c.note = "asr: NI read in one go"
        elif st < 0.75:
            c.t("customer", V(pre, g))
            c.t("agent", R.choice(BACK))
            c.t("customer", V(digs, g))
            c.t("agent", R.choice(BACK))
            c.t("customer", V(R.choice(["", filler() + " "]) + suf, g))
            c.note = "asr: NI spread over three turns"
        else:
            c.t("customer", V(pre + " " + filler() + " " + digs, g), " and then the letter at the end is ", V(suf, g))
            c.note = "asr: NI with aside before the suffix letter"
        if R.random() < 0.35:
            gr = c.val("NI_NUMBER")
            c.t("agent", "so i've got ", V(" ".join(n[:2].lower()) + " " + say_plain(dig) + " " + n[8].lower(), gr), " yeah")
            c.note += "; read-back"
    return c


def bank_case():
    acct = "".join(R.choice("0123456789") for _ in range(8))
    sc = "".join(R.choice("0123456789") for _ in range(6))
    c = Case("positive", "")
    ga, gs = c.val("BANK_ACCOUNT"), c.val("SORT_CODE")
    if R.random() < 0.5:
        sct = R.choice(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s/%s/%s"]) % (sc[:2], sc[2:4], sc[4:])
        act = R.choice([acct, acct[:4] + " " + acct[4:], acct])
        ch = R.choice(["chat", "email", "sms"])
        if ch == "chat":
            c.t("customer", R.choice(["acct no: ", "A/C ", "account ", "Acc# "]), V(act, ga),
                R.choice([" sort ", "  s/c ", "\nsort code: ", " SC "]), V(sct, gs))
        elif ch == "email":
            c.t("customer", "Subject: refund\n\nPlease refund to:\nSort code ", V(sct, gs), "\nAccount number ",
                V(act, ga), "\nAccount name: %s %s" % (R.choice(FIRST).title(), R.choice(LAST).title()) + sig())
        else:
            c.t("customer", "refund to ", V(sct, gs), " ", V(act, ga), " pls")
        c.note = "typed UK account and sort code (%s)" % ch
    else:
        asr_open(c)
        c.t("agent", "what's the sort code")
        c.t("customer", V(" ".join(say_pair(sc[i:i + 2]) for i in range(0, 6, 2)), gs))
        c.t("agent", "and the account number")
        c.t("customer", V(say_group(acct[:4]), ga))
        c.t("agent", R.choice(BACK))
        c.t("customer", V(R.choice(["", filler() + " "]) + say_group(acct[4:]), ga))
        c.note = "asr: sort code then account number in two parts"
    return c


def us_bank_case():
    acct = "".join(R.choice("0123456789") for _ in range(R.randint(9, 12)))
    c = Case("positive", "typed US checking account number next to routing number (routing not labelled)")
    ga = c.val("BANK_ACCOUNT")
    c.t("customer", "Direct deposit form:\nRouting #: 0210000%02d\nChecking acct #: " % R.randint(10, 99), V(acct, ga),
        "\nAccount type: checking")
    return c


def iban_case():
    ib = gen_iban()
    c = Case("positive", "")
    g = c.val("IBAN")
    r = R.random()
    if r < 0.55:
        t = iban_typed(ib)
        ch = R.choice(["chat", "email", "lines", "quoted"])
        if ch == "chat":
            c.t("customer", R.choice(["IBAN: ", "iban ", "my iban is ", "Send to "]), V(t, g))
        elif ch == "email":
            c.t("customer", "Subject: Refund bank details\n\nHi, please pay the refund to IBAN ", V(t, g),
                " (BIC %s)." % R.choice(["AIBKIE2D", "NWBKGB2L", "INGBNL2A"]) + sig())
        elif ch == "lines":
            k = 4 * R.randint(2, 4)
            g2 = " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))
            cut = k + k // 4 - 1
            c.t("customer", "Bank details:\nIBAN ", V(g2[:cut] + "\n" + g2[cut + 1:], g), "\nBIC: on file")
        else:
            g2 = c.val("IBAN")
            c.t("agent", "Could you confirm the IBAN?")
            c.t("customer", "> Could you confirm the IBAN?\n\nYes it's ", V(t, g), sig())
            c.t("agent", "Thanks, confirming we will pay into ", V(t, g2), " within 5 working days.")
        c.note = "typed IBAN (%s)" % ch
    else:
        asr_open(c)
        c.t("agent", "okay can i take the iban for the refund")
        parts = [ib[:4], ib[4:12], ib[12:]]
        sp = [say_alnum(p, 0.25) for p in parts]
        c.t("customer", V(sp[0], g))
        c.t("agent", R.choice(BACK))
        c.t("customer", V(sp[1], g))
        c.t("agent", R.choice(BACK))
        c.t("customer", V(sp[2], g), R.choice(["", " and that's it"]))
        c.note = "asr: IBAN read in three parts"
    return c


def phone_case():
    ph = gen_phone()
    c = Case("positive", "")
    g = c.val("PHONE")
    if R.random() < 0.55:
        t = phone_typed(ph)
        ch = R.choice(["chat", "sig", "sms", "form"])
        if ch == "chat":
            c.t("agent", "What's the best number to reach you on?")
            c.t("customer", R.choice(["", "mob ", "call me on ", "tel: ", "Phone - ", "cell "]), V(t, g))
        elif ch == "sig":
            c.t("customer", "Hi, the engineer didn't turn up again today. Please call me.\n\n%s %s\nM: " % (
                R.choice(FIRST).title(), R.choice(LAST).title()), V(t, g))
        elif ch == "sms":
            c.t("customer", "new num is ", V(t, g), " pls update")
        else:
            c.t("customer", "Contact number*: ", V(t, g), "\nPreferred time: evenings")
        c.note = "typed phone (%s, %s)" % (ph[0], ch)
    else:
        asr_open(c)
        c.t("agent", "and a contact number")
        sp = phone_spoken(ph)
        w = sp.split(" ")
        k = len(w) // 2
        if R.random() < 0.5:
            c.t("customer", R.choice(["yeah it's ", "", "my mobile is "]), V(sp, g))
        else:
            c.t("customer", V(" ".join(w[:k]), g))
            c.t("agent", R.choice(BACK))
            c.t("customer", V(" ".join(w[k:]), g))
        c.note = "asr: phone (%s)" % ph[0]
    return c


def email_case():
    e = gen_email()
    c = Case("positive", "")
    g = c.val("EMAIL")
    if R.random() < 0.5:
        t = R.choice([e, e, e.upper() if R.random() < 0.2 else e.title(), e])
        ch = R.choice(["chat", "sig", "quoted", "sms"])
        if ch == "chat":
            c.t("customer", R.choice(["email: ", "my email is ", "send it to ", "e-mail "]), V(t, g),
                R.choice(["", " please", " thanks!", "."]))
        elif ch == "sig":
            c.t("customer", "Please cancel the direct debit.\n\n--\n%s\n" % R.choice(FIRST).title(), V(t, g))
        elif ch == "quoted":
            g2 = c.val("EMAIL")
            c.t("agent", "Hi,\n\nWe've sent the invoice.\n\nOn Tue, <", V(t, g), "> wrote:\n> please send the invoice")
            c.t("customer", "Not received. Try ", V(t, g2), " again")
        else:
            c.t("customer", "Send receipt to ", V(t, g))
        c.note = "typed email (%s)" % ch
    else:
        asr_open(c)
        c.t("agent", "what's the email address")
        sp = email_spoken(e)
        if R.random() < 0.4:
            loc, dom = sp.split(" at ", 1)
            c.t("customer", V(loc, g))
            c.t("agent", R.choice(BACK))
            c.t("customer", V("at " + dom, g))
        else:
            c.t("customer", R.choice(["it's ", "yeah ", ""]), V(sp, g))
        c.note = "asr: spoken email"
    return c


def dob_case():
    d, m, y = gen_dob()
    c = Case("positive", "")
    g = c.val("DOB")
    if R.random() < 0.5:
        t = dob_typed(d, m, y)
        c.t("agent", R.choice(["Please confirm your date of birth", "For security, DOB?"]))
        c.t("customer", R.choice(["", "dob ", "D.O.B: ", "born "]), V(t, g))
        c.note = "typed DOB"
    else:
        asr_open(c)
        c.t("agent", "can you confirm your date of birth")
        c.t("customer", R.choice(["yeah it's ", "", "uh ", "it's the ", "the "]), V(dob_spoken(d, m, y), g))
        c.note = "asr: spoken DOB"
    return c


def address_case():
    c = Case("positive", "")
    ga, gp = c.val("ADDRESS"), c.val("POSTCODE")
    us = R.random() < 0.35
    a, n, st = gen_addr(us)
    if us:
        town, stt = R.choice(TOWNS_US)
        pc = gen_zip()
    else:
        town = R.choice(TOWNS_UK)
        pc = gen_ukpc()
    if R.random() < 0.6:
        pct = R.choice([pc, pc, pc.lower(), pc.replace(" ", "")])
        ch = R.choice(["chat", "email", "form"])
        if ch == "chat":
            c.t("customer", R.choice(["new address is ", "deliver to ", "addr: "]), V(a, ga), ", %s " % town +
                ("%s " % stt if us else ""), V(pct, gp))
        elif ch == "email":
            c.t("customer", "Subject: change of address\n\nI have moved. My new address is:\n", V(a, ga),
                "\n%s\n" % town + ("%s " % stt if us else ""), V(pct, gp), sig())
        else:
            c.t("customer", "Address line 1: ", V(a, ga), "\nTown/City: %s\nPostcode/ZIP: " % town, V(pct, gp))
        c.note = "typed address + %s (%s)" % ("ZIP" if us else "postcode", ch)
    else:
        asr_open(c)
        c.t("agent", "what's the first line of the address")
        hn = say_group(str(n)) if R.random() < 0.5 else str(n)
        c.t("customer", "it's ", V(hn + " " + st.lower(), ga), " in %s" % town.lower())
        c.t("agent", "and the postcode" if not us else "and the zip")
        if us:
            c.t("customer", V(say_plain(pc.replace("-", "")[:5]), gp))
        else:
            c.t("customer", V(say_alnum(pc.replace(" ", ""), 0.35), gp))
        c.note = "asr: address and postcode"
    return c


def combo_case():
    """Typed e-mail with several PII types, signature and quoted reply."""
    c = Case("positive", "email: several PII types, signature, quoted reply")
    ge, gd, ga, gp, gph = c.val("EMAIL"), c.val("DOB"), c.val("ADDRESS"), c.val("POSTCODE"), c.val("PHONE")
    e = gen_email()
    d = dob_typed(*gen_dob())
    a, _, _ = gen_addr()
    pc = gen_ukpc()
    ph = phone_typed(gen_phone())
    c.t("customer", "Subject: Re: Your account update [ticket #%d]\n\nHello,\n\nDetails as requested:\n"
        "  - Date of birth: " % R.randint(100000, 999999), V(d, gd), "\n  - Address: ", V(a, ga), ", %s, " % R.choice(TOWNS_UK),
        V(pc, gp), "\n  - Contact e-mail: ", V(e, ge), "\n\nThanks\n%s\nTel ." % R.choice(FIRST).title(), V(ph, gph),
        "\n\n> On 3 Mar, Support wrote:\n> Please confirm your date of birth and address.")
    return c


# ---------------------------------------------------------------- negative builders
def rand_digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def neg_snippets():
    """Return a list of (speaker, text, note) negative snippets; one is picked per call."""
    d16 = rand_digits(16)
    d12 = rand_digits(12)
    l4 = rand_digits(4)
    amt = "%d.%02d" % (R.randint(1, 4999), R.randint(0, 99))
    opts = [
        ("customer", "order number %s" % " ".join(say_group(d16[i:i + 4]) for i in range(0, 16, 4)),
         "asr: 16-digit order number read like a card"),
        ("customer", "Order #%s-%s-%s-%s hasn't arrived" % (d16[:4], d16[4:8], d16[8:12], d16[12:]),
         "typed order number grouped like a card"),
        ("agent", "I can see the card ending %s was declined" % l4, "card last four only"),
        ("customer", "it's the one ending in %s" % say_plain(l4), "asr: card last four only"),
        ("agent", "Card on file: **** **** **** %s (exp **/**)" % l4, "masked card"),
        ("agent", "SSN on file: ***-**-%s" % l4, "masked SSN"),
        ("agent", "NINO: ******%s%s" % (rand_digits(2), R.choice("ABCD")), "masked NI number"),
        ("agent", "your balance is \u00a3%s and the minimum payment is \u00a3%d.00" % (amt, R.randint(5, 90)), "amounts"),
        ("agent", "that comes to %s hundred and %s pounds %s" % (ONES[R.randint(1, 9)], TENS[R.randint(2, 9)], TENS[R.randint(2, 5)]),
         "asr: spoken amount"),
        ("agent", "we're open 8am-8pm Mon-Fri and 9-5 on Saturdays", "opening hours"),
        ("customer", "i've been on hold for forty five minutes", "duration"),
        ("customer", "my mum is eighty seven and lives alone", "age"),
        ("agent", "The APR is %d.%d%% and the rate is fixed for %d months" % (R.randint(3, 29), R.randint(0, 9), R.randint(12, 60)),
         "percentage and duration"),
        ("customer", "the thermostat says 21.5 degrees but it's freezing", "temperature"),
        ("agent", "your contract started on %d/%02d/%d and ends %d %s %d" % (R.randint(1, 28), R.randint(1, 12), R.randint(2018, 2024),
                                                                          R.randint(1, 28), MONTHS[R.randint(0, 11)].title(), R.randint(2025, 2028)),
         "contract dates"),
        ("agent", "I've booked the engineer for Tuesday the %s of %s between eight and one" % (ordinal_word(R.randint(1, 28)), MONTHS[R.randint(0, 11)]),
         "asr: appointment date"),
        ("agent", "Invoice no. INV-%d-%06d, due %02d/%02d/%d" % (R.randint(2023, 2026), R.randint(1, 999999), R.randint(1, 28), R.randint(1, 12), R.randint(2025, 2026)),
         "invoice number and due date"),
        ("customer", "claim reference %s" % " ".join(say_group(d12[i:i + 3]) for i in range(0, 12, 3)), "asr: claim reference read in groups"),
        ("agent", "Your policy number is PX%s%s - please quote it" % (rand_digits(6), R.choice("ABCD")), "policy number with label"),
        ("customer", "Tracking: 1Z%s%s%s" % (rand_digits(3), "".join(R.choice("ABCDEFX") for _ in range(2)), rand_digits(11)),
         "tracking number"),
        ("customer", "my meter reading is %s" % rand_digits(5), "meter reading"),
        ("customer", "meter reading oh %s" % say_plain(rand_digits(5)), "asr: meter reading"),
        ("customer", "i'm on flight EI %d, seat %d%s, gate B%d" % (R.randint(100, 999), R.randint(1, 40), R.choice("ABCDEF"), R.randint(1, 40)),
         "flight seat gate"),
        ("customer", "we were in room four hundred and twelve", "asr: room number"),
        ("customer", "the van was parked on the A40 near the Holloway Road junction", "road names"),
        ("customer", "IMEI %s, model SM-G%03dB, serial %s" % (luhn_complete("35" + rand_digits(6), 15), R.randint(100, 999), rand_digits(10)),
         "IMEI (Luhn) with label, model, serial"),
        ("agent", "Ticket #%d has been escalated, SLA 48 hours" % R.randint(1000000, 9999999), "ticket number"),
        ("customer", "i paid %d on the %d%s" % (R.randint(20, 900), R.randint(1, 28), "th"), "payment amount and date"),
        ("agent", "reference number %s" % say_plain(rand_digits(9)), "asr: 9-digit reference read digit by digit"),
        ("customer", "customer no. %s-%s-%s" % (rand_digits(3), rand_digits(2), rand_digits(4)), "customer number in SSN shape"),
        ("agent", "Booking ref %s, %d nights, %d adults" % ("".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6)), R.randint(1, 14), R.randint(1, 4)),
         "booking ref and counts"),
        ("customer", "I've had this account since %d and I've got %d direct debits" % (R.randint(1985, 2020), R.randint(2, 9)), "year and count"),
        ("agent", "Your data usage is %d.%dGB of %dGB this month" % (R.randint(1, 99), R.randint(0, 9), R.choice([30, 50, 100])), "usage"),
        ("customer", "version %d.%d.%d of the app keeps crashing" % (R.randint(1, 9), R.randint(0, 20), R.randint(0, 99)), "app version"),
        ("agent", "Please pay the amount of EUR %s quoting reference RF%s" % (amt, rand_digits(14)), "payment reference"),
        ("customer", "sort of, the account number's on the letter but I don't have it", "words only"),
        ("agent", "mhm go on", "back-channel only"),
        ("customer", "it's about order %s" % rand_digits(16), "16-digit order number no separators"),
        ("agent", "the total is nine nine nine point nine nine", "asr: price"),
        ("customer", "parcel %s" % ("".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2)) + rand_digits(9) + "GB"),
         "Royal Mail tracking label"),
        ("agent", "Case ID %s-%s" % (rand_digits(5), rand_digits(5)), "case id"),
        ("customer", "the bill went up from \u00a3%d to \u00a3%d, that's %d%%" % (R.randint(40, 80), R.randint(81, 160), R.randint(5, 90)), "prices and percentage"),
        ("agent", "Your next payment of $%s will be taken on 1 %s" % (amt, MONTHS[R.randint(0, 11)].title()), "payment date"),
        ("customer", "account ending %s" % l4, "account last four"),
    ]
    return opts


def negative_case(i):
    c = Case("negative", "")
    notes = []
    opts = neg_snippets()
    style = R.choice(["chat", "asr", "email", "sms"])
    if style == "asr":
        opts = [o for o in opts if "*" not in o[1]]
    pick = R.sample(range(len(opts)), R.choice([1, 2, 3]))
    if style == "asr":
        asr_open(c)
    for j in pick:
        sp, txt, note = opts[j]
        if style == "asr":
            txt = re.sub(r"[^\w\s'%.\u00a3$#/-]", "", txt).lower()
        if style == "email" and sp == "customer":
            txt = "Subject: query\n\nHi,\n\n" + txt + "." + sig()
        if style == "email" and sp == "agent":
            txt = "Hello,\n\n" + txt + "." + agent_sig()
        c.t(sp, txt)
        if R.random() < 0.4:
            c.t("customer" if sp == "agent" else "agent", R.choice(BACK + ["thanks", "ok great", "right"]))
        notes.append(note)
    c.note = "negative (%s): " % style + "; ".join(notes)
    return c


# ---------------------------------------------------------------- generation / checks
def generate():
    global R
    R = random.Random(SEED)
    plan = ([card_typed_case] * 36 + [card_spoken_case] * 30 + [ssn_case] * 30 + [ni_case] * 30 +
            [bank_case] * 13 + [us_bank_case] * 3 + [iban_case] * 14 + [phone_case] * 16 +
            [email_case] * 14 + [dob_case] * 12 + [address_case] * 14 + [combo_case] * 4)
    R.shuffle(plan)
    recs, vals = [], []
    for i, f in enumerate(plan, 1):
        rec, v = f().build("h404-pos-%03d" % i)
        recs.append(rec)
        vals.append(v)
    for i in range(1, 111):
        rec, v = negative_case(i).build("h404-neg-%03d" % i)
        recs.append(rec)
        vals.append(v)
    text = "".join(json.dumps(r, ensure_ascii=False, sort_keys=False) + "\n" for r in recs)
    return recs, vals, text


def counts(recs):
    c = Counter(s["type"] for r in recs for s in r["spans"])
    return c


def readme(recs):
    c = counts(recs)
    npos = sum(r["kind"] == "positive" for r in recs)
    nneg = sum(r["kind"] == "negative" for r in recs)
    rows = "\n".join("| %s | %d |" % (t, c[t]) for t in TYPES)
    return """# pii_holdout404 — held-out PII redaction evaluation set

> **Never use this set for tuning.** Do not tune patterns, thresholds, word lists or
> prompts against these cases, and do not copy phrasings from them into training or
> unit-test data. It exists only to measure the redaction engine on unseen data.

## Provenance

Written by an AI helper acting as an independent test author who did **not** see the
redaction code, its tests, docs or other fixtures. Every case is produced by
`scripts/make_pii_holdout404.py` (Python standard library only, one
`random.Random(404241125)`). Turns are assembled from plain-text segments and labelled
value segments, so span offsets are computed, never typed by hand.

Regenerate / verify:

    python scripts/make_pii_holdout404.py          # rewrite cases.jsonl and README.md
    python scripts/make_pii_holdout404.py --check  # byte-identical, ids, offsets, values

`--check` verifies: the file is byte-identical to a fresh generation; ids are unique;
offsets are in range, on word boundaries (first and last character alphanumeric, no
alphanumeric neighbour outside) and non-overlapping; negatives have no spans; and every
labelled value validates after normalising spoken forms (Luhn for cards, mod-97 for
IBANs, NI format, 9 digits for SSN, 6 for sort codes, 3-4 for CVV, 6-17 for accounts,
7-15 for phones, UK postcode / US ZIP shape, e-mail shape, date shape, house number +
street word for addresses). Values split over several spans are validated joined.

## Content

{npos} positive and {nneg} negative cases. Emphasis: typed channels (chat, e-mail, SMS) with
pasted forms, quoted replies, signatures, odd separators, masked values and values broken
across lines or messages; plus phone-call ASR transcripts (lower case, number words,
"oh"/"o"/"nought"/"zero", double/triple, pairs, hundreds, NATO spelling, spoken e-mails,
values split over turns with back-channels, read-backs, fillers, restarts, asides).
Industries: banking, telecom, utilities, retail, insurance, travel, healthcare billing,
government services; UK, US, Ireland, EU data.

## Format

One JSON object per line: `id`, `kind` (`positive`/`negative`), `turns`
(`speaker` = `customer`/`agent`, `text`), `spans` (`turn`, `start`, `end` exclusive,
Python character offsets into that turn's text, `type`), `note`.

## Annotation conventions

- A span covers exactly the value, from its first letter/digit to its last; lead-in words
  ("it's", "my number is", "acct no:") are outside. Hence a leading `+` or `(` of a typed
  phone number is outside the span; a spoken "plus" is inside (it is the first word of
  the value).
- A value split across turns is one span per turn, each with the value's type. A value
  interrupted inside one turn by an aside is one span per piece. A value broken across
  lines in one message is a single span that contains the line break.
- Agent read-backs and quoted copies of a value (e-mail quotes) are labelled too.
- Filler words inside a reading ("um", "uh", "er") are inside the span.
- An abandoned start of a reading (before "sorry"/"no wait" and a restart) is labelled
  with the same type as a separate span; the restarted reading is its own span.
- Phone spans include the country code. ADDRESS covers house/flat number and street
  (including flat/apartment number), not the town; the postcode/ZIP is a separate
  POSTCODE span. DOB and EXPIRY cover the whole date expression.
- A card's last four on their own are not PII, unless the full card was read in the same
  case (then the last-four mention is labelled CARD_NUMBER).
- Negatives are never labelled: amounts, balances, prices, times, opening hours,
  durations, counts, ages, temperatures, percentages, years, appointment/payment/contract
  dates, order/ticket/invoice/claim/reference/tracking/serial/model/policy numbers with
  their label (including IMEIs that pass Luhn and policy numbers in NI shape), meter
  readings, flight/room/gate/seat numbers, road names, masked values, card last-four.

## Span counts by type

| Type | Spans |
|---|---|
{rows}
| **Total** | {tot} |
""".format(npos=npos, nneg=nneg, rows=rows, tot=sum(c.values()))


def check(recs, vals, text):
    errs = []
    with open(CASES, encoding="utf-8") as f:
        if f.read() != text:
            errs.append("cases.jsonl is not byte-identical to a fresh generation")
    with open(README, encoding="utf-8") as f:
        if f.read() != readme(recs):
            errs.append("README.md differs from generated README")
    ids = [r["id"] for r in recs]
    if len(ids) != len(set(ids)):
        errs.append("duplicate ids")
    for r, vs in zip(recs, vals):
        cid = r["id"]
        if r["kind"] == "negative" and r["spans"]:
            errs.append("%s: negative with spans" % cid)
        if r["kind"] == "positive" and not r["spans"]:
            errs.append("%s: positive without spans" % cid)
        for t in r["turns"]:
            if t["speaker"] not in ("customer", "agent"):
                errs.append("%s: bad speaker" % cid)
        byturn = {}
        for s in r["spans"]:
            if s["type"] not in TYPES:
                errs.append("%s: bad type %s" % (cid, s["type"]))
            if not (0 <= s["turn"] < len(r["turns"])):
                errs.append("%s: turn out of range" % cid)
                continue
            tx = r["turns"][s["turn"]]["text"]
            a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(tx)):
                errs.append("%s: offsets out of range" % cid)
                continue
            if not (tx[a].isalnum() and tx[b - 1].isalnum()):
                errs.append("%s: span edge not alnum %r" % (cid, tx[a:b]))
            if (a > 0 and tx[a - 1].isalnum()) or (b < len(tx) and tx[b].isalnum()):
                errs.append("%s: span not on word boundary %r" % (cid, tx[a:b]))
            byturn.setdefault(s["turn"], []).append((a, b))
        for lst in byturn.values():
            lst.sort()
            for (a1, b1), (a2, b2) in zip(lst, lst[1:]):
                if a2 < b1:
                    errs.append("%s: overlapping spans" % cid)
        for typ, mode, parts in vs:
            if not parts:
                errs.append("%s: value group with no span" % cid)
                continue
            if mode == "full":
                ok = validate(typ, " ".join(parts))
            elif mode == "last4":
                ok = len(norm(parts[0])) == 4 and norm(parts[0]).isdigit()
            else:
                ok = all(norm(p).isalnum() and "<" not in norm(p) for p in parts)
            if not ok:
                errs.append("%s: %s value fails validation: %r" % (cid, typ, parts))
    c = counts(recs)
    npos = sum(r["kind"] == "positive" for r in recs)
    nneg = sum(r["kind"] == "negative" for r in recs)
    if npos < 200 or nneg < 100:
        errs.append("too few cases: %d/%d" % (npos, nneg))
    need = {t: 10 for t in TYPES}
    need.update(CARD_NUMBER=70, SSN=30, NI_NUMBER=30)
    for t, n in need.items():
        if c[t] < n:
            errs.append("too few %s spans: %d < %d" % (t, c[t], n))
    return errs


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args()
    recs, vals, text = generate()
    if args.check:
        errs = check(recs, vals, text)
        for e in errs[:50]:
            print("ERROR:", e)
        c = counts(recs)
        print("cases: %d positive, %d negative; spans: %s" % (
            sum(r["kind"] == "positive" for r in recs), sum(r["kind"] == "negative" for r in recs),
            ", ".join("%s=%d" % (t, c[t]) for t in TYPES)))
        if errs:
            print("CHECK FAILED (%d errors)" % len(errs))
            sys.exit(1)
        print("CHECK OK")
        return
    os.makedirs(OUTDIR, exist_ok=True)
    with open(CASES, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    with open(README, "w", encoding="utf-8", newline="\n") as f:
        f.write(readme(recs))
    print("wrote %d cases to %s" % (len(recs), CASES))


if __name__ == "__main__":
    main()

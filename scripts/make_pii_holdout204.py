#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set ``pii_holdout204``.

Written by an AI helper acting as an independent author (it did not see the
redaction code). Standard library only; byte-for-byte reproducible.

    python scripts/make_pii_holdout204.py          # write fixture + README
    python scripts/make_pii_holdout204.py --check  # regenerate and verify
"""
import json
import os
import random
import re
import sys
from collections import Counter

SEED = 204241125
PREFIX = "h204"
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUTDIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout204")
CASES_PATH = os.path.join(OUTDIR, "cases.jsonl")
README_PATH = os.path.join(OUTDIR, "README.md")
N_POS = 200
N_NEG = 120

DIGW = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENW = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENSW = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy",
         8: "eighty", 9: "ninety"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
       "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
       "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth",
       "twenty first", "twenty second", "twenty third", "twenty fourth", "twenty fifth",
       "twenty sixth", "twenty seventh", "twenty eighth"]
PHON = {"A": "alpha", "B": "bravo", "C": "charlie", "E": "echo", "G": "golf", "H": "hotel",
        "J": "juliet", "K": "kilo", "L": "lima", "M": "mike", "N": "november",
        "P": "papa", "R": "romeo", "S": "sierra", "T": "tango", "W": "whiskey",
        "X": "x-ray", "Y": "yankee", "Z": "zulu", "D": "delta", "O": "oscar", "F": "foxtrot",
        "I": "india"}
LETTER_HOMO = {"see": "C", "bee": "B", "jay": "J", "are": "R", "why": "Y", "pea": "P",
               "tea": "T", "ay": "A"}


# ---------------------------------------------------------------- spoken forms
def zword(r):
    return r.choice(["zero", "oh", "oh", "o", "zero"])


def w(d, z="zero"):
    return z if d == "0" else DIGW[int(d)]


def say_digits(r, s, doubles=True, z=None, homo=False):
    z = z or zword(r)
    out = []
    i = 0
    while i < len(s):
        d = s[i]
        if doubles and i + 2 < len(s) and s[i + 1] == d and s[i + 2] == d and r.random() < 0.6:
            out.append("triple " + w(d, z))
            i += 3
            continue
        if doubles and i + 1 < len(s) and s[i + 1] == d and r.random() < 0.5:
            out.append("double " + w(d, z))
            i += 2
            continue
        word = w(d, z)
        if homo and r.random() < 0.25:
            word = {"2": "to", "4": "for", "8": "ate", "1": "won"}.get(d, word)
        out.append(word)
        i += 1
    return " ".join(out)


def say_pair(p, z="oh"):
    a, b = int(p[0]), int(p[1])
    if a == 0:
        return z + " " + w(p[1], z)
    if a == 1:
        return TEENW[b]
    return TENSW[a] + ("" if b == 0 else " " + DIGW[b])


def say_pairs(r, s, z=None):
    z = z or r.choice(["oh", "oh", "zero"])
    return " ".join(say_pair(s[i:i + 2], z) for i in range(0, len(s), 2))


def say_year(y):
    y = str(y)
    return say_pair(y[:2]) + " " + say_pair(y[2:])


# ---------------------------------------------------------------- normaliser
UNITS = {"zero": 0, "oh": 0, "o": 0, "nought": 0, "one": 1, "won": 1, "two": 2, "to": 2,
         "too": 2, "three": 3, "four": 4, "for": 4, "five": 5, "six": 6, "seven": 7,
         "eight": 8, "ate": 8, "nine": 9}
ZEROS = {"zero", "oh", "o", "nought"}
TEENS = {t: 10 + i for i, t in enumerate(TEENW)}
TENS = {v: k for k, v in TENSW.items()}
FILLER = {"um", "uh", "er", "erm", "umm", "hmm", "sorry", "and", "then", "dash", "slash",
          "hyphen", "space"}


def norm(text):
    toks = re.findall(r"[a-z0-9]+(?:-ray)?", text.lower())
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else ""
        if t.isdigit():
            out.append(t)
        elif (len(t) == 1 and t.isalpha() and nxt == "for" and i + 2 < len(toks)
              and toks[i + 2][0] == t and len(toks[i + 2]) > 1):
            out.append(t.upper())
            i += 3
            continue
        elif t in ("double", "triple") and nxt in UNITS:
            out.append(str(UNITS[nxt]) * (2 if t == "double" else 3))
            i += 2
            continue
        elif t in UNITS:
            out.append(str(UNITS[t]))
        elif t in TEENS:
            out.append(str(TEENS[t]))
        elif t in TENS:
            if nxt in UNITS and nxt not in ZEROS and nxt not in ("to", "too", "for", "won", "ate"):
                out.append("%d%d" % (TENS[t], UNITS[nxt]))
                i += 2
                continue
            out.append("%d0" % TENS[t])
        elif t == "hundred":
            out.append("00")
        elif len(t) == 1 and t.isalpha():
            out.append(t.upper())
        elif t in LETTER_HOMO:
            out.append(LETTER_HOMO[t])
        elif t in FILLER:
            pass
        else:
            out.append("?" + t + "?")
        i += 1
    return "".join(out)


# ---------------------------------------------------------------- validators
def luhn_ok(s):
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def iban_ok(s):
    s = s.upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    re_ = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in re_)
    return int(num) % 97 == 1


UK_PC = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[ABD-HJLNP-UW-Z]{2}$")
SUFFIXES = r"(street|st|avenue|ave|drive|dr|road|rd|lane|ln|boulevard|blvd|court|ct|way|place|pl|terrace|close|crescent|circle|cir|parkway|pkwy)"


def validate(typ, text, n=None):
    if n is None:
        n1 = norm(text)
        alt = re.sub(r"[^A-Za-z0-9]", "", text).upper()
        if alt and alt != n1 and validate(typ, text, alt):
            return True
        n = n1
    low = text.lower()
    if typ == "CARD_NUMBER":
        return n.isdigit() and 13 <= len(n) <= 19 and luhn_ok(n)
    if typ == "CVV":
        return n.isdigit() and len(n) in (3, 4)
    if typ == "SSN":
        return n.isdigit() and len(n) == 9 and n[:3] not in ("000", "666") and n[0] != "9"
    if typ == "NI_NUMBER":
        return re.fullmatch(r"[A-CEGHJ-PR-TW-Z]{2}\d{6}[A-D]", n) is not None
    if typ == "BANK_ACCOUNT":
        return n.isdigit() and 6 <= len(n) <= 12
    if typ == "SORT_CODE":
        return n.isdigit() and len(n) == 6
    if typ == "IBAN":
        return iban_ok(n)
    if typ == "PHONE":
        if not n.isdigit():
            return False
        return (len(n) == 10 or (len(n) == 11 and n[0] in "10") or
                (len(n) == 12 and n.startswith("44")) or (len(n) in (11, 12) and n.startswith("353")))
    if typ == "POSTCODE":
        return re.fullmatch(r"\d{5}(\d{4})?", n) is not None or UK_PC.match(n) is not None
    if typ == "EMAIL":
        if "@" in text:
            return re.fullmatch(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+", text) is not None
        return (" at " in low and " dot " in low and
                re.search(r"dot (com|net|org|edu|co dot uk|ie|co)$", low) is not None)
    if typ == "ADDRESS":
        has_num = re.search(r"\d", low) or any(x in low.split() for x in list(UNITS) + TEENW + list(TENS))
        return bool(has_num) and re.search(r"\b" + SUFFIXES + r"\b", low) is not None
    if typ == "DOB":
        digits = re.sub(r"\D", "", n.replace("?", " "))
        digits = re.sub(r"\?[a-z]+\?", "", n)
        has_month = any(m in low for m in MONTHS) or re.search(r"\b(jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\b", low)
        return (has_month and re.search(r"(19[2-9]\d|200\d|\d\d)$", digits) is not None) or \
            (re.fullmatch(r"\d{5,8}", digits) is not None)
    if typ == "EXPIRY":
        digits = re.sub(r"\?[a-z]+\?", "", n)
        if any(m in low for m in MONTHS) or re.search(r"\b(jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\b", low):
            return digits.isdigit() and len(digits) in (2, 4)
        if not digits.isdigit():
            return False
        if len(digits) == 3:
            return digits[0] != "0"
        return len(digits) in (4, 6) and 1 <= int(digits[:2]) <= 12
    return False


# ---------------------------------------------------------------- case builder
class Case:
    def __init__(self, kind, note):
        self.kind = kind
        self.note = note
        self.turns = []
        self.spans = []  # (turn, start, end, type, group)
        self._g = 0

    def group(self):
        self._g += 1
        return "g%d" % self._g

    def t(self, speaker, *segs):
        ti = len(self.turns)
        text = ""
        for seg in segs:
            if isinstance(seg, str):
                text += seg
            else:
                val, typ = seg[0], seg[1]
                grp = seg[2] if len(seg) > 2 else self.group()
                start = len(text)
                text += val
                self.spans.append((ti, start, len(text), typ, grp))
        self.turns.append({"speaker": speaker, "text": text})
        return self

    def a(self, *segs):
        return self.t("agent", *segs)

    def c(self, *segs):
        return self.t("customer", *segs)

    def to_obj(self, cid):
        spans = sorted(self.spans, key=lambda s: (s[0], s[1]))
        return {"id": cid, "kind": self.kind, "turns": self.turns,
                "spans": [{"turn": s[0], "start": s[1], "end": s[2], "type": s[3]} for s in spans],
                "note": self.note}


# ---------------------------------------------------------------- value generators
def rdig(r, n):
    return "".join(str(r.randint(0, 9)) for _ in range(n))


def luhn_complete(body):
    for d in "0123456789":
        if luhn_ok(body + d):
            return body + d
    raise AssertionError


def gen_card(r, brand=None):
    brand = brand or r.choice(["visa", "visa", "mc", "mc", "amex", "disc"])
    if brand == "visa":
        body = "4" + rdig(r, 14)
    elif brand == "mc":
        body = r.choice(["51", "52", "53", "54", "55"]) + rdig(r, 13)
    elif brand == "amex":
        body = r.choice(["34", "37"]) + rdig(r, 12)
    else:
        body = "6011" + rdig(r, 11)
    return luhn_complete(body), brand


def card_groups(num):
    if len(num) == 15:
        return [num[:4], num[4:10], num[10:]]
    return [num[i:i + 4] for i in range(0, len(num), 4)]


def fmt_card_chat(r, num):
    g = card_groups(num)
    sep = r.choice([" ", " ", "-", "", ".", "  "])
    return sep.join(g)


def gen_ssn(r):
    while True:
        a = r.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, r.randint(1, 99), r.randint(1, 9999))


def fmt_ssn_chat(r, s):
    return r.choice(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s-%s-%s", "%s.%s.%s", "%s - %s - %s"]) % (s[:3], s[3:5], s[5:])


def say_ssn(r, s):
    mode = r.choice(["digits", "digits", "groups", "pairs"])
    z = zword(r)
    if mode == "digits":
        return say_digits(r, s, z=z)
    if mode == "groups":
        return ", ".join([say_digits(r, s[:3], z=z), say_digits(r, s[3:5], z=z), say_digits(r, s[5:], z=z)])
    # "one twenty three forty five sixty seven eighty nine"
    return " ".join([w(s[0], "oh"), say_pair(s[1:3]), say_pair(s[3:5]), say_pairs(r, s[5:], "oh")])


NI_FIRST = "ABCEGHJKLMNPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def gen_ni(r):
    while True:
        p = r.choice(NI_FIRST) + r.choice(NI_SECOND)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + rdig(r, 6) + r.choice("ABCD")


def fmt_ni_chat(r, ni):
    f = r.choice(["sp", "none", "lower", "dash", "sp2"])
    if f == "sp":
        return "%s %s %s %s %s" % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8])
    if f == "none":
        return ni
    if f == "lower":
        return ni.lower()
    if f == "dash":
        return "%s-%s-%s-%s-%s" % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8])
    return "%s %s %s" % (ni[:2], ni[2:8], ni[8])


def say_letter(r, L, phon=False):
    if (phon or L in "OI") and L in PHON:
        return "%s for %s" % (L.lower(), PHON[L])
    if r.random() < 0.15:
        inv = {v: k for k, v in LETTER_HOMO.items() if k not in ("ay",)}
        if L in inv:
            return inv[L]
    return L.lower()


def say_ni(r, ni):
    phon = r.random() < 0.4
    mode = r.choice(["digits", "pairs"])
    nums = say_digits(r, ni[2:8]) if mode == "digits" else say_pairs(r, ni[2:8])
    return " ".join([say_letter(r, ni[0], phon), say_letter(r, ni[1], phon), nums, say_letter(r, ni[8], phon)])


def gen_zip(r, plus4=False):
    z = "%05d" % r.randint(1001, 99950)
    return z + ("-" + rdig(r, 4) if plus4 else "")


def gen_us_phone(r):
    return "%d%s%d%s%s" % (r.randint(2, 9), rdig(r, 2), r.randint(2, 9), rdig(r, 2), rdig(r, 4))


def fmt_us_phone(r, p):
    f = r.choice(["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s", "%s %s %s", "+1 %s %s %s", "1-%s-%s-%s", "%s%s%s", "+1 (%s) %s-%s"])
    return f % (p[:3], p[3:6], p[6:])


def say_us_phone(r, p):
    z = zword(r)
    mode = r.choice(["digits", "digits", "pairsline"])
    if mode == "digits":
        return ", ".join([say_digits(r, p[:3], z=z), say_digits(r, p[3:6], z=z), say_digits(r, p[6:], z=z)])
    return " ".join([say_digits(r, p[:3], doubles=False, z=z), say_digits(r, p[3:6], doubles=False, z=z), say_pairs(r, p[6:], "oh")])


def gen_uk_mobile(r):
    return "07" + str(r.randint(4, 9)) + rdig(r, 8)


STREETS = ["Maple", "Oak", "Cedar", "Pine", "Elm", "Washington", "Lincoln", "Park", "Lake",
           "Hillcrest", "Sunset", "Willow", "Chestnut", "Magnolia", "Birch", "Jefferson",
           "Franklin", "Highland", "Meadowbrook", "Riverside", "Sycamore", "Walnut", "Cherry Hill",
           "Old Mill", "Pleasant Valley", "Dogwood", "Spring Creek", "Hawthorne", "Madison", "Grant"]
SUFF = [("Street", "St"), ("Avenue", "Ave"), ("Drive", "Dr"), ("Road", "Rd"), ("Lane", "Ln"),
        ("Boulevard", "Blvd"), ("Court", "Ct"), ("Way", "Way"), ("Place", "Pl"), ("Circle", "Cir")]
CITIES = [("Columbus", "OH"), ("Austin", "TX"), ("Denver", "CO"), ("Tampa", "FL"), ("Raleigh", "NC"),
          ("Boise", "ID"), ("Albany", "NY"), ("Tucson", "AZ"), ("Madison", "WI"), ("Omaha", "NE"),
          ("Spokane", "WA"), ("Richmond", "VA"), ("Dayton", "OH"), ("Fresno", "CA"), ("Nashville", "TN")]
UK_STREETS = ["Cranbrook", "Station", "Church", "Victoria", "Mill", "Queens", "Kingsway", "Beech",
              "Manor", "Albert", "Windsor", "Grove"]
UK_SUFF = ["Road", "Street", "Lane", "Close", "Crescent", "Avenue", "Terrace", "Way"]
UK_TOWNS = ["Leeds", "Bristol", "Manchester", "Reading", "Cardiff", "Norwich", "Leicester", "Derby"]


def gen_us_address(r, spoken=False):
    num = str(r.choice([r.randint(1, 99), r.randint(100, 999), r.randint(1000, 9999), r.randint(10000, 24999)]))
    st = r.choice(STREETS)
    full, ab = r.choice(SUFF)
    if not spoken:
        suff = r.choice([full, ab, ab]) if ab != full else full
        s = "%s %s %s" % (num, st, suff)
        if r.random() < 0.25:
            s += r.choice([", Apt %d%s" % (r.randint(1, 30), r.choice("ABCD")), " Unit %d" % r.randint(1, 400), " #%d" % r.randint(2, 40)])
        return s
    if len(num) == 4 and r.random() < 0.7:
        sn = say_pairs(r, num, "oh") if num[2:] != "00" else say_pair(num[:2]) + " hundred"
    elif len(num) == 3 and r.random() < 0.6:
        sn = DIGW[int(num[0])] + " " + say_pair(num[1:], "oh")
    elif len(num) == 2:
        sn = say_pair(num)
    else:
        sn = say_digits(r, num, doubles=False)
    s = "%s %s %s" % (sn, st.lower(), full.lower())
    if r.random() < 0.2:
        s += " apartment %s" % say_digits(r, str(r.randint(2, 40)), doubles=False)
    return s


def gen_uk_postcode(r):
    area = r.choice(["SW", "E", "N", "M", "B", "LS", "EH", "G", "CF", "BS", "NW", "SE", "W", "L", "BT", "CB", "RG", "NE", "S", "LE"])
    dist = str(r.randint(1, 19)) if area not in ("SW", "EC") else str(r.randint(1, 19))
    if area == "SW" and r.random() < 0.3:
        dist = "1" + r.choice("AEPVWXY")
    inward = str(r.randint(0, 9)) + r.choice("ABDEFGHJLNPQRSTUWXYZ") + r.choice("ABDEFGHJLNPQRSTUWXYZ")
    return area + dist + " " + inward


def say_uk_postcode(r, pc):
    out = []
    for ch in pc.replace(" ", ""):
        out.append(w(ch, "zero") if ch.isdigit() else say_letter(r, ch, phon=r.random() < 0.2))
    return " ".join(out)


def gen_dob(r):
    return r.randint(1938, 2004), r.randint(1, 12), r.randint(1, 28)


def fmt_dob_chat(r, y, m, d, uk=False):
    f = r.choice(["num", "num", "long", "iso", "short", "longd"])
    if f == "num":
        return ("%02d/%02d/%d" % (d, m, y)) if uk else ("%02d/%02d/%d" % (m, d, y))
    if f == "long":
        return "%s %d, %d" % (MONTHS[m - 1].capitalize(), d, y)
    if f == "longd":
        return "%d %s %d" % (d, MONTHS[m - 1].capitalize(), y)
    if f == "iso":
        return "%d-%02d-%02d" % (y, m, d)
    return ("%d-%d-%d" % (d, m, y)) if uk else ("%d/%d/%s" % (m, d, str(y)[2:]))


def say_dob(r, y, m, d, uk=False):
    ys = say_year(y) if y < 2000 else "two thousand %s" % DIGW[y - 2000] if y < 2010 else "two thousand " + say_pair(str(y)[2:])
    f = r.choice(["md", "dm", "num"]) if not uk else r.choice(["dm", "dm", "num"])
    if f == "md":
        return "%s %s %s" % (MONTHS[m - 1], ORD[d - 1], ys)
    if f == "dm":
        return "the %s of %s %s" % (ORD[d - 1], MONTHS[m - 1], ys)
    return "%s %s %s" % (say_pair("%02d" % m, "oh"), say_pair("%02d" % d, "oh"), say_pair(str(y)[2:]) if r.random() < 0.5 else ys)


def gen_expiry(r):
    return r.randint(1, 12), r.randint(26, 32)


def fmt_exp_chat(r, m, y):
    return r.choice(["%02d/%d", "%02d/%d", "%02d-%d", "%02d / %d", "%02d/20%d", "%d/%d"]) % (m, y)


def say_exp(r, m, y):
    f = r.choice(["pairs", "pairs", "slash", "month"])
    if f == "pairs":
        return "%s %s" % (say_pair("%02d" % m, r.choice(["oh", "zero"])), say_pair(str(y)))
    if f == "slash":
        return "%s slash %s" % (say_pair("%02d" % m, "oh"), say_pair(str(y)))
    return "%s %s" % (MONTHS[m - 1], say_pair(str(y)) if r.random() < 0.5 else "twenty " + say_pair(str(y)))


FIRST = ["john", "maria", "david", "jennifer", "michael", "linda", "james", "patricia", "robert",
         "ashley", "kevin", "tanya", "derek", "monique", "carlos", "emily", "brandon", "keisha",
         "siobhan", "liam", "aoife", "priya", "tom", "grace"]
LAST = ["smith", "garcia", "johnson", "nguyen", "williams", "brown", "martinez", "okafor",
        "kowalski", "murphy", "obrien", "patel", "reyes", "thompson", "walsh", "hughes"]
DOMAINS = [("gmail", "com"), ("yahoo", "com"), ("outlook", "com"), ("hotmail", "com"),
           ("comcast", "net"), ("icloud", "com"), ("aol", "com"), ("att", "net"), ("eircom", "net"),
           ("btinternet", "com")]


def gen_email(r, spoken=False):
    f, l = r.choice(FIRST), r.choice(LAST)
    dom, tld = r.choice(DOMAINS)
    style = r.choice(["f.l", "fl", "f_l", "il", "fl##", "f.l##"])
    num = str(r.randint(1, 99)) if "#" in style else ""
    if not spoken:
        local = {"f.l": f + "." + l, "fl": f + l, "f_l": f + "_" + l, "il": f[0] + l,
                 "fl##": f + l + num, "f.l##": f + "." + l + num}[style]
        e = "%s@%s.%s" % (local, dom, tld)
        return e.upper() if r.random() < 0.05 else (e.capitalize() if r.random() < 0.1 else e)
    numw = (" " + (say_pair(num.zfill(2)) if len(num) == 2 and num[0] != "0" else say_digits(r, num))) if num else ""
    local = {"f.l": f + " dot " + l, "fl": f + " " + l, "f_l": f + " underscore " + l,
             "il": f[0] + " " + l, "fl##": f + " " + l + numw, "f.l##": f + " dot " + l + numw}[style]
    return "%s at %s dot %s" % (local, dom, tld)


def iban_make(cc, bban):
    tmp = bban + cc + "00"
    num = "".join(str(int(ch, 36)) for ch in tmp)
    chk = 98 - int(num) % 97
    return "%s%02d%s" % (cc, chk, bban)


def gen_iban(r):
    cc = r.choice(["GB", "IE", "DE", "NL", "FR", "ES", "IE"])
    if cc == "GB":
        bban = r.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + rdig(r, 14)
    elif cc == "IE":
        bban = r.choice(["AIBK", "BOFI", "IPBS"]) + rdig(r, 14)
    elif cc == "DE":
        bban = rdig(r, 18)
    elif cc == "NL":
        bban = r.choice(["ABNA", "RABO", "INGB"]) + rdig(r, 10)
    elif cc == "FR":
        bban = rdig(r, 23)
    else:
        bban = rdig(r, 20)
    return iban_make(cc, bban)


def fmt_iban_chat(r, ib):
    f = r.choice(["grp", "grp", "none", "lowergrp"])
    g = " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))
    return {"grp": g, "none": ib, "lowergrp": g.lower()}[f]


def say_iban(r, ib):
    out = []
    for ch in ib:
        out.append(w(ch, "zero") if ch.isdigit() else say_letter(r, ch, phon=False))
    return " ".join(out)


def gen_sort(r):
    return rdig(r, 6)


def fmt_sort_chat(r, s):
    return r.choice(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s.%s.%s"]) % (s[:2], s[2:4], s[4:])


def say_sort(r, s):
    if r.random() < 0.5:
        return say_pairs(r, s, "oh")
    return say_digits(r, s)


# ---------------------------------------------------------------- non-PII fillers
def money(r):
    return r.choice(["$%d.%02d" % (r.randint(12, 900), r.randint(0, 99)), "$%d" % r.randint(20, 2500),
                     "%d dollars" % r.randint(20, 800), "$%s" % format(r.randint(1000, 9000), ",")])


def say_money(r):
    a = r.randint(21, 99)
    return r.choice(["%s dollars and %s cents" % (say_pair(str(a)), say_pair(str(r.randint(11, 99)))),
                     "%s hundred and %s dollars" % (DIGW[r.randint(1, 9)], say_pair(str(a))),
                     "%s ninety nine" % say_pair(str(a))])


def ref(r, n):
    return str(r.randint(1, 9)) + rdig(r, n - 1)


# ---------------------------------------------------------------- positive templates
def p_card_call_single(r):
    num, brand = gen_card(r)
    c = Case("positive", "call/%s: %s card number read digit by digit in one turn" % (r.choice(["retail", "telecom", "utilities"]), brand))
    c.a("thank you and can i get the card number starting with the first digit please")
    c.c(r.choice(["yeah sure it's ", "okay um ", "yes it is ", "alright "]), (say_digits(r, num, homo=r.random() < 0.3), "CARD_NUMBER"))
    c.a("and the expiration date")
    m, y = gen_expiry(r)
    c.c((say_exp(r, m, y), "EXPIRY"))
    c.a("and the three digit code on the back")
    cv = rdig(r, 4 if brand == "amex" else 3)
    c.c(r.choice(["", "it's ", "uh "]), (say_digits(r, cv, doubles=False), "CVV"))
    c.a("perfect so that's a payment of %s today" % money(r))
    return c


def p_card_call_split(r):
    num, brand = gen_card(r)
    c = Case("positive", "call/%s: card number split across customer turns with back-channels, pairs or digits" % r.choice(["insurance", "healthcare billing", "cable"]))
    c.a("go ahead with the card number whenever you're ready")
    g = c.group()
    groups = card_groups(num)
    pairs = r.random() < 0.4
    for i, grp in enumerate(groups):
        txt = say_pairs(r, grp) if (pairs and len(grp) % 2 == 0) else say_digits(r, grp)
        lead = r.choice(["", "okay ", "it's ", "um "]) if i == 0 else r.choice(["", "", "then ", "uh "])
        c.c(lead, (txt, "CARD_NUMBER", g))
        if i < len(groups) - 1:
            c.a(r.choice(["mhm", "okay", "yep go on", "got it", "uh huh", "okay go on"]))
    c.a("thank you and the expiry")
    m, y = gen_expiry(r)
    c.c("it expires ", (say_exp(r, m, y), "EXPIRY"))
    return c


def p_card_chat(r):
    num, brand = gen_card(r)
    c = Case("positive", "chat/%s: typed %s card number with expiry and cvv in one message" % (r.choice(["retail", "travel", "telecom"]), brand))
    m, y = gen_expiry(r)
    cv = rdig(r, 4 if brand == "amex" else 3)
    c.a("Please enter the card details you'd like to use for the %s balance." % money(r))
    style = r.randint(0, 2)
    if style == 0:
        c.c("card: ", (fmt_card_chat(r, num), "CARD_NUMBER"), " exp ", (fmt_exp_chat(r, m, y), "EXPIRY"), " cvv ", (cv, "CVV"))
    elif style == 1:
        c.c("ok its ", (fmt_card_chat(r, num), "CARD_NUMBER"), ", expires ", (fmt_exp_chat(r, m, y), "EXPIRY"), " and security code is ", (cv, "CVV"))
    else:
        c.c((fmt_card_chat(r, num), "CARD_NUMBER"))
        c.a("Thanks! And the expiry date and the code on the back?")
        c.c((fmt_exp_chat(r, m, y), "EXPIRY"), " / ", (cv, "CVV"))
    return c


def p_card_correction(r):
    num, brand = gen_card(r)
    c = Case("positive", "call/retail: customer restarts the card number after a slip; aborted fragment also labelled")
    c.a("what's the long number across the front")
    frag = num[:r.randint(3, 6)]
    c.c("okay ", (say_digits(r, frag, doubles=False), "CARD_NUMBER", "frag"), " no wait sorry let me start again ",
        (say_digits(r, num), "CARD_NUMBER"))
    c.a("no problem, and you said that was a %s" % {"visa": "visa", "mc": "mastercard", "amex": "american express", "disc": "discover"}[brand])
    c.c("yes")
    return c


def p_card_readback(r):
    num, brand = gen_card(r)
    c = Case("positive", "call/utilities: agent reads the card number back, customer confirms; chit-chat with amounts")
    g1 = c.group()
    c.a("and the card number")
    groups = card_groups(num)
    c.c((" ".join(say_digits(r, x, doubles=False) for x in groups), "CARD_NUMBER"))
    c.a("let me read that back ", (", ".join(say_digits(r, x, doubles=False) for x in groups), "CARD_NUMBER"), " is that right")
    c.c("that's right and can you put %s on it, not the full %s" % (money(r), money(r)))
    return c


def p_ssn_call(r):
    s = gen_ssn(r)
    c = Case("positive", "call/%s: social security number spoken, with DOB" % r.choice(["banking", "insurance", "government services", "healthcare billing"]))
    c.a(r.choice(["for verification can i have your social security number", "i'll need the social please", "can you verify the last, actually the full social for me"]))
    c.c(r.choice(["yeah it's ", "sure ", "um okay ", "it is "]), (say_ssn(r, s), "SSN"))
    c.a("thank you and your date of birth")
    y, m, d = gen_dob(r)
    c.c((say_dob(r, y, m, d), "DOB"))
    return c


def p_ssn_split(r):
    s = gen_ssn(r)
    c = Case("positive", "call/%s: SSN split 3-2-4 over turns with agent back-channels" % r.choice(["tax prep", "banking", "benefits"]))
    c.a("okay go ahead with your social")
    g = c.group()
    c.c(r.choice(["", "alright "]), (say_digits(r, s[:3]), "SSN", g))
    c.a(r.choice(["mhm", "okay", "yes"]))
    c.c((say_digits(r, s[3:5]), "SSN", g))
    c.a(r.choice(["go on", "uh huh", "okay"]))
    c.c((say_digits(r, s[5:]), "SSN", g), r.choice(["", " that's it", " and that's all"]))
    c.a("thank you i've located the account, the balance is %s" % money(r))
    return c


def p_ssn_chat(r):
    s = gen_ssn(r)
    c = Case("positive", "chat/%s: SSN typed with varied separators" % r.choice(["banking", "payroll", "insurance", "student loans"]))
    c.a("To verify your identity please provide your SSN and ZIP code.")
    zp = gen_zip(r, r.random() < 0.4)
    if r.random() < 0.5:
        c.c(r.choice(["ssn ", "SSN: ", "my ssn is ", "social is "]), (fmt_ssn_chat(r, s), "SSN"), r.choice([" zip ", ", zip code ", " and "]), (zp, "POSTCODE"))
    else:
        c.c((fmt_ssn_chat(r, s), "SSN"))
        c.c((zp, "POSTCODE"), r.choice(["", " thx", " sorry forgot that"]))
    return c


def p_ssn_readback(r):
    s = gen_ssn(r)
    c = Case("positive", "call/government services: SSN with filler word inside and agent readback in groups")
    c.a("and your social security number")
    z = zword(r)
    c.c("okay it's ", (say_digits(r, s[:3], z=z) + " um " + say_digits(r, s[3:5], z=z) + " " + say_digits(r, s[5:], z=z), "SSN"))
    c.a("i have ", (say_digits(r, s[:3], doubles=False) + " " + say_digits(r, s[3:5], doubles=False) + " " + say_digits(r, s[5:], doubles=False), "SSN"), " correct")
    c.c("yep that's correct")
    return c


def p_ssn_mixed(r):
    s = gen_ssn(r)
    c = Case("positive", "call/insurance: SSN alongside policy and member numbers that are not PII")
    pol = ref(r, 9)
    c.a("can i have the policy number please")
    c.c("policy number %s" % say_digits(r, pol, doubles=False))
    c.a("thanks and for security the social on the policy")
    c.c(r.choice(["that would be my husband's, it's ", "it's ", "hold on let me check, ok it's "]), (say_ssn(r, s), "SSN"))
    return c


def p_ni_call(r):
    ni = gen_ni(r)
    c = Case("positive", "call/%s: UK national insurance number spoken letter by letter" % r.choice(["government services", "payroll", "pensions"]))
    c.a("could i take your national insurance number please")
    c.c(r.choice(["yeah it's ", "um ", "right ", ""]), (say_ni(r, ni), "NI_NUMBER"))
    c.a("and your postcode")
    pc = gen_uk_postcode(r)
    c.c((say_uk_postcode(r, pc), "POSTCODE"))
    return c


def p_ni_chat(r):
    ni = gen_ni(r)
    c = Case("positive", "chat/%s: NI number typed in varied formats" % r.choice(["hmrc-style tax helpline", "payroll", "benefits"]))
    c.a("Can you confirm your National Insurance number?")
    c.c(r.choice(["its ", "NI: ", "ni no. ", "sure - ", ""]), (fmt_ni_chat(r, ni), "NI_NUMBER"), r.choice(["", " thanks", " :)"]))
    if r.random() < 0.5:
        y, m, d = gen_dob(r)
        c.a("Thanks, and your date of birth?")
        c.c((fmt_dob_chat(r, y, m, d, uk=True), "DOB"))
    return c


def p_ni_split(r):
    ni = gen_ni(r)
    c = Case("positive", "call/payroll: NI number split over turns, letters with phonetic alphabet")
    c.a("national insurance number when you're ready")
    g = c.group()
    c.c((say_letter(r, ni[0], True) + " " + say_letter(r, ni[1], True), "NI_NUMBER", g))
    c.a("yep")
    c.c((say_pairs(r, ni[2:8]), "NI_NUMBER", g))
    c.a("and the last letter")
    c.c((say_letter(r, ni[8], r.random() < 0.5), "NI_NUMBER", g))
    return c


def p_phone_us_call(r):
    p = gen_us_phone(r)
    c = Case("positive", "call/%s: US phone number spoken with area code" % r.choice(["telecom", "utilities", "retail delivery"]))
    c.a("what's the best callback number")
    c.c(r.choice(["it's ", "my cell is ", "you can reach me at "]), (say_us_phone(r, p), "PHONE"), r.choice(["", " after five", " any time before noon"]))
    return c


def p_phone_chat(r):
    c = Case("positive", "chat/%s: phone and email typed together" % r.choice(["telecom", "retail", "travel"]))
    if r.random() < 0.75:
        p = fmt_us_phone(r, gen_us_phone(r))
    else:
        m = gen_uk_mobile(r)
        p = r.choice([m[:5] + " " + m[5:], "+44 " + m[1:5] + " " + m[5:], m])
    e = gen_email(r)
    c.a("Can I get a phone number and email to update your profile?")
    if r.random() < 0.5:
        c.c("phone ", (p, "PHONE"), " email ", (e, "EMAIL"))
    else:
        c.c((e, "EMAIL"), " and ", (p, "PHONE"), r.choice(["", " (mobile)", " - texts are fine"]))
    return c


def p_email_call(r):
    e = gen_email(r, spoken=True)
    c = Case("positive", "call/%s: email address spoken with dot/at" % r.choice(["retail", "insurance", "travel"]))
    c.a("and what email should we send the confirmation to")
    c.c(r.choice(["it's ", "um ", "sure it's "]), (e, "EMAIL"))
    c.a("i'll send that over now, it should arrive in about %s minutes" % r.choice(["five", "ten", "two"]))
    return c


def p_address_us_call(r):
    a = gen_us_address(r, spoken=True)
    z = gen_zip(r)
    city, st = r.choice(CITIES)
    c = Case("positive", "call/%s: US street address and ZIP spoken" % r.choice(["utilities", "telecom", "insurance", "retail"]))
    c.a("can you confirm the service address")
    zs = say_digits(r, z) if r.random() < 0.7 else say_digits(r, z[:5])
    c.c((a, "ADDRESS"), " %s " % r.choice([city.lower(), city.lower() + " " + st.lower(), "in " + city.lower()]), (zs, "POSTCODE"))
    return c


def p_address_chat(r):
    c = Case("positive", "chat/%s: typed US address with ZIP or ZIP+4" % r.choice(["retail", "telecom", "banking"]))
    a = gen_us_address(r)
    z = gen_zip(r, r.random() < 0.5)
    city, st = r.choice(CITIES)
    c.a("What's the shipping address?")
    c.c((a, "ADDRESS"), ", %s, %s " % (city, st), (z, "POSTCODE"))
    c.a("Got it. Your order #%s ships in %d business days." % (ref(r, 8), r.randint(2, 7)))
    return c


def p_address_uk(r):
    c = Case("positive", "chat/%s: UK address with postcode" % r.choice(["utilities", "broadband", "council"]))
    num = r.randint(1, 240)
    a = "%d %s %s" % (num, r.choice(UK_STREETS), r.choice(UK_SUFF))
    pc = gen_uk_postcode(r)
    if r.random() < 0.5:
        pc = pc.lower() if r.random() < 0.3 else pc.replace(" ", "") if r.random() < 0.3 else pc
    c.a("Could you confirm the address on the account?")
    c.c((a, "ADDRESS"), ", %s, " % r.choice(UK_TOWNS), (pc, "POSTCODE"))
    return c


def p_dob_chat(r):
    y, m, d = gen_dob(r)
    c = Case("positive", "chat/%s: DOB typed with SSN last step" % r.choice(["healthcare billing", "banking", "insurance"]))
    c.a("Please confirm your date of birth.")
    c.c(r.choice(["dob ", "born ", "", "it's "]), (fmt_dob_chat(r, y, m, d), "DOB"))
    return c


def p_bank_us(r):
    c = Case("positive", "call/banking: US checking account number for autopay plus routing discussion")
    acct = ref(r, r.randint(9, 12))
    c.a("and the account number you want the payments drafted from")
    if r.random() < 0.5:
        c.c("the account number is ", (say_digits(r, acct), "BANK_ACCOUNT"))
    else:
        g = c.group()
        c.c((say_digits(r, acct[:5]), "BANK_ACCOUNT", g))
        c.a("okay")
        c.c((say_digits(r, acct[5:]), "BANK_ACCOUNT", g))
    c.a("great, the first draft of %s will be on the %s" % (money(r), ORD[r.randint(0, 27)]))
    return c


def p_bank_uk(r):
    c = Case("positive", "call/banking: UK sort code and account number")
    sc = gen_sort(r)
    acct = rdig(r, 8)
    c.a("what's the sort code and account number")
    c.c("sort code ", (say_sort(r, sc), "SORT_CODE"), " and the account number is ", (say_digits(r, acct), "BANK_ACCOUNT"))
    return c


def p_bank_chat(r):
    c = Case("positive", "chat/banking: sort code and account typed, or IBAN")
    if r.random() < 0.5:
        sc = gen_sort(r)
        acct = rdig(r, 8)
        c.a("Please provide the sort code and account number for the refund.")
        c.c("sort ", (fmt_sort_chat(r, sc), "SORT_CODE"), " acc ", (acct, "BANK_ACCOUNT"))
    else:
        ib = gen_iban(r)
        c.a("Please provide your IBAN for the refund of %s." % r.choice(["EUR 120.50", "€89", "£45.00"]))
        c.c(r.choice(["IBAN: ", "here you go ", "its "]), (fmt_iban_chat(r, ib), "IBAN"))
    return c


def p_iban_call(r):
    ib = gen_iban(r)
    c = Case("positive", "call/travel refund (EU/Ireland): IBAN spoken character by character")
    c.a("and the iban for the refund please")
    c.c("okay it's ", (say_iban(r, ib), "IBAN"))
    c.a("thank you, the refund of %s euro should reach you in five to seven working days" % say_pair(str(r.randint(21, 99))))
    return c


def p_mixed_verify(r):
    c = Case("positive", "call/%s: ID&V with phone, ZIP+4 and DOB in one turn" % r.choice(["telecom", "banking", "pharmacy billing"]))
    p = gen_us_phone(r)
    z = gen_zip(r, True)
    y, m, d = gen_dob(r)
    c.a("i'll need the phone number on the account, your zip and your date of birth")
    c.c("okay phone is ", (say_us_phone(r, p), "PHONE"), " zip is ", (say_digits(r, z[:5]) + " " + say_digits(r, z[6:]), "POSTCODE"),
        " and i was born ", (say_dob(r, y, m, d), "DOB"))
    return c


def p_card_full_chat(r):
    c = Case("positive", "chat/retail: messy typed card with typo-separators and casual chat, plus address")
    num, brand = gen_card(r)
    g = card_groups(num)
    typed = g[0] + r.choice([" ", "-", "  "]) + "".join(g[1:2]) + r.choice([" ", " - ", ","]) + " ".join(g[2:])
    a = gen_us_address(r)
    z = gen_zip(r)
    c.c("hi i want to pay my bill of %s, card is " % money(r), (typed, "CARD_NUMBER"), " billing addr ", (a, "ADDRESS"), " ", (z, "POSTCODE"))
    return c


def p_phone_ireland(r):
    c = Case("positive", "call/telecom (Ireland): Irish mobile spoken with 'double' and area-style grouping")
    n = "08" + r.choice("35679") + rdig(r, 7)
    c.a("can i get a contact number for the engineer")
    c.c("yeah it's ", (say_digits(r, n[:3], doubles=False) + " " + say_digits(r, n[3:]), "PHONE"))
    c.a("and an email")
    c.c((gen_email(r, spoken=True), "EMAIL"))
    return c


def p_uk_phone_call(r):
    n = gen_uk_mobile(r)
    c = Case("positive", "call/utilities (UK): UK mobile with 'nought' and doubles")
    c.a("best number to reach you on")
    c.c("it's ", (say_digits(r, n[:5], z="nought") + " " + say_digits(r, n[5:], z="nought"), "PHONE"))
    return c


def p_sort_chat(r):
    c = Case("positive", "chat/banking (UK): direct debit set-up, sort code and account typed in one line")
    sc = gen_sort(r)
    acct = rdig(r, 8)
    c.a("To set up the Direct Debit for %s a month I need your sort code and account number." % r.choice(["£42", "£18.50", "£73"]))
    c.c((fmt_sort_chat(r, sc), "SORT_CODE"), r.choice([" ", " / ", ", "]), (acct, "BANK_ACCOUNT"))
    return c


def p_iban_chat(r):
    ib = gen_iban(r)
    c = Case("positive", "chat/insurance (EU): IBAN pasted for claim payout, claim ref nearby is not PII")
    c.c("claim ref %s - please pay into " % ref(r, 8), (fmt_iban_chat(r, ib), "IBAN"))
    return c


def p_sort_call(r):
    c = Case("positive", "call/banking (UK): sort code split over two turns then account number")
    sc = gen_sort(r)
    acct = rdig(r, 8)
    g = c.group()
    c.a("sort code first please")
    c.c((say_pair(sc[:2]) + " " + say_pair(sc[2:4]), "SORT_CODE", g))
    c.a("yep")
    c.c((say_pair(sc[4:]), "SORT_CODE", g))
    c.a("and the account number")
    c.c((say_digits(r, acct), "BANK_ACCOUNT"))
    return c


def p_ssn_homophone(r):
    s = gen_ssn(r)
    c = Case("positive", "call/student loans (US): SSN with ASR homophones (to/for/won/ate) and a hesitation")
    c.a("can you give me your social so i can pull up the loan")
    c.c("yeah hang on, okay it's ", (say_digits(r, s, doubles=False, homo=True), "SSN"), r.choice(["", " i think that's right", " sorry i had to look it up"]))
    c.a("thank you, i see a balance of %s with a payment due on the %s" % (say_money(r), ORD[r.randint(0, 27)]))
    return c


def p_ssn_chat_casual(r):
    s = gen_ssn(r)
    y, m, d = gen_dob(r)
    c = Case("positive", "chat/health insurance (US): SSN and DOB in one casual message next to a member ID (not PII)")
    c.a("I can help with that. Can you verify with SSN and date of birth?")
    c.c("member id is %s%s but ok, social " % (r.choice(["W", "XJ", "H"]), rdig(r, 8)), (fmt_ssn_chat(r, s), "SSN"),
        r.choice([" dob ", " and bday ", ", born "]), (fmt_dob_chat(r, y, m, d), "DOB"))
    return c


def p_zip_leading_zero(r):
    c = Case("positive", "call/insurance (US northeast): ZIP+4 with leading zero spoken with 'dash', plus street address")
    z = "0" + str(r.randint(1, 8)) + rdig(r, 3)
    p4 = rdig(r, 4)
    a = gen_us_address(r, spoken=True)
    c.a("what's the garaging address for the vehicle")
    c.c((a, "ADDRESS"))
    c.a("and the zip")
    c.c((say_digits(r, z, z="oh") + " dash " + say_digits(r, p4, z="oh"), "POSTCODE"))
    return c


def p_card_amex_call(r):
    num, _ = gen_card(r, "amex")
    c = Case("positive", "call/travel (US): amex read 4-6-5 in one turn with 'um' fillers inside, then CID")
    c.a("and the card number for the hotel guarantee")
    g = card_groups(num)
    c.c("it's an amex ", (say_digits(r, g[0]) + " um " + say_digits(r, g[1]) + " uh " + say_digits(r, g[2]), "CARD_NUMBER"))
    c.a("and the four digit code on the front")
    c.c((say_digits(r, rdig(r, 4), doubles=False), "CVV"))
    c.a("thanks, that's %s nights at %s per night" % (DIGW[r.randint(2, 5)], say_money(r)))
    return c


def p_phone_readback(r):
    p = gen_us_phone(r)
    c = Case("positive", "call/pharmacy (US): phone given then agent reads it back with a correction")
    c.a("what number should the pharmacy text when it's ready")
    c.c((say_us_phone(r, p), "PHONE"))
    wrong = p[:9] + str((int(p[9]) + 1) % 10)
    c.a("i have ", (say_digits(r, wrong, doubles=False), "PHONE"), " is that right")
    c.c("no the last digit is %s" % DIGW[int(p[9])])
    return c


def p_ni_readback(r):
    ni = gen_ni(r)
    c = Case("positive", "call/benefits (UK): NI number given in pairs, agent reads back with phonetics, customer corrects nothing")
    c.a("and your national insurance number")
    c.c("it's ", (say_letter(r, ni[0]) + " " + say_letter(r, ni[1]) + " " + say_pairs(r, ni[2:8]) + " " + say_letter(r, ni[8]), "NI_NUMBER"))
    c.a("so that's ", (say_letter(r, ni[0], True) + " " + say_letter(r, ni[1], True) + " " + say_digits(r, ni[2:8], doubles=False) + " " + say_letter(r, ni[8], True), "NI_NUMBER"), " yeah")
    c.c("yes that's it, and i've been on the claim for %s weeks" % DIGW[r.randint(2, 9)])
    return c


def p_email_spell(r):
    f, l = r.choice(FIRST), r.choice(LAST)
    dom, tld = r.choice(DOMAINS[:8])
    yy = str(r.randint(60, 99))
    c = Case("positive", "call/retail (US): email spelled partly letter by letter, with year-like digits inside the address")
    c.a("and the email on the rewards account")
    c.c("it's ", ("%s %s %s at %s dot %s" % (f, " ".join(l), say_pair(yy), dom, tld), "EMAIL"), " that's %s spelled out" % l)
    c.a("thanks you've got %s points which is worth %s" % (format(r.randint(1200, 9000), ","), money(r)))
    return c


POS_TEMPLATES = [p_email_spell, p_iban_call,p_ni_readback,p_ssn_homophone, p_ssn_chat_casual, p_zip_leading_zero, p_card_amex_call, p_phone_readback,p_sort_chat, p_iban_chat, p_sort_call,
    p_card_call_single, p_card_call_split, p_card_chat, p_ssn_call, p_ssn_chat, p_ni_call,
    p_phone_us_call, p_address_us_call, p_card_correction, p_ssn_split, p_ni_chat, p_email_call,
    p_address_chat, p_card_readback, p_ssn_readback, p_ni_split, p_phone_chat, p_dob_chat,
    p_bank_us, p_bank_uk, p_bank_chat, p_iban_call, p_mixed_verify, p_card_full_chat,
    p_ssn_mixed, p_address_uk, p_phone_ireland, p_uk_phone_call, p_ssn_call, p_ni_call, p_card_chat,
]


# ---------------------------------------------------------------- negative templates
def n_claim(r):
    c = Case("negative", "call/insurance: claim and policy numbers with their names, amounts")
    cl = ref(r, r.randint(8, 10))
    c.a("do you have your claim number")
    c.c("yes the claim number is %s" % say_digits(r, cl))
    c.a("thanks, that claim was approved for %s and the deductible is %s" % (say_money(r), money(r)))
    return c


def n_tracking(r):
    c = Case("negative", "chat/retail: order and tracking numbers, delivery window")
    c.c("where is my order #%s? tracking says %s" % (ref(r, 9), "1Z" + rdig(r, 6).upper()))
    c.a("Order %s shipped on %s %d and should arrive between 2pm and 6pm on Thursday." % (ref(r, 8), MONTHS[r.randint(0, 11)].capitalize(), r.randint(1, 28)))
    return c


def n_member(r):
    c = Case("negative", "call/healthcare billing: member ID and group number said with their names, copay")
    c.a("can i have the member id on the insurance card")
    c.c("member id %s and the group number is %s" % (say_digits(r, ref(r, 9), doubles=False), say_digits(r, ref(r, 6))))
    c.a("your copay for that visit was %s and the claim was processed on %s %s" % (say_money(r), MONTHS[r.randint(0, 11)], ORD[r.randint(0, 27)]))
    return c


def n_appointment(r):
    c = Case("negative", "call/healthcare: appointment date and time, room number")
    c.a("i have an opening on %s the %s at %s thirty" % (r.choice(["monday", "tuesday", "friday"]), ORD[r.randint(0, 27)], DIGW[r.randint(1, 9)]))
    c.c("that works, which room")
    c.a("suite %s on the %s floor, please arrive fifteen minutes early" % (say_digits(r, str(r.randint(100, 999)), doubles=False), ORD[r.randint(1, 8)]))
    return c


def n_flight(r):
    c = Case("negative", "chat/travel: flight number, booking reference, times, fare")
    c.c("My flight %s %d from %s was delayed %d hours" % (r.choice(["UA", "DL", "AA", "BA", "EI"]), r.randint(100, 2999), r.choice(["JFK", "ORD", "LHR", "DUB"]), r.randint(2, 9)))
    c.a("Sorry about that. Your booking reference %s is eligible for a %s voucher, valid until %d." % (
        "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(6)), money(r), r.randint(2026, 2028)))
    return c


def n_meter(r):
    c = Case("negative", "call/utilities: meter reading, kilowatt hours, bill amount")
    c.a("can you read me the numbers on the meter")
    c.c("okay it says %s" % say_digits(r, rdig(r, 5), doubles=False))
    c.a("thank you so that's %s kilowatt hours this month and the bill comes to %s" % (say_digits(r, str(r.randint(300, 999)), doubles=False), say_money(r)))
    return c


def n_balance(r):
    c = Case("negative", "chat/banking: balances, percentages, dates of transactions")
    c.c("why did my balance drop to %s? there was a charge of %s on %d/%d" % (money(r), money(r), r.randint(1, 12), r.randint(1, 28)))
    c.a("That's the annual fee; your APR is %d.%d%% and the minimum payment of %s is due on the %d%s." % (r.randint(12, 29), r.randint(0, 9), money(r), r.randint(1, 28), "th"))
    return c


def n_model(r):
    c = Case("negative", "call/retail: model and serial-style product numbers with their names, warranty years")
    c.a("what's the model number on the back")
    c.c("it says model %s%s" % (r.choice(["RF", "WM", "KD", "XR"]), rdig(r, 4)))
    c.a("that unit has a %s year warranty, and it was purchased in %s" % (DIGW[r.randint(1, 5)], say_year(r.randint(2019, 2025))))
    return c


def n_ticket(r):
    c = Case("negative", "call/telecom: ticket number read back, speeds, contract start date")
    t = ref(r, r.randint(7, 10))
    c.a("your ticket number is %s" % say_digits(r, t))
    c.c("okay and my speed is only %s megabits, i'm paying for %s" % (say_pair(str(r.randint(11, 99))), DIGW[r.randint(2, 9)] + " hundred"))
    c.a("i see your contract started on %s %s %s" % (MONTHS[r.randint(0, 11)], ORD[r.randint(0, 27)], say_year(r.randint(2020, 2026))))
    return c


def n_invoice_chat(r):
    c = Case("negative", "chat/utilities: invoice and account reference numbers with labels, due date")
    c.c("Invoice INV-%s shows %s but I only used %d kWh" % (ref(r, 7), money(r), r.randint(150, 900)))
    c.a("Reference %s: I've applied a credit of %s. Next bill due %02d/%02d/2026." % (ref(r, 8), money(r), r.randint(1, 12), r.randint(1, 28)))
    return c


def n_age_temp(r):
    c = Case("negative", "call/healthcare: ages, temperature, dosage, durations")
    c.a("how old is the patient")
    c.c("she's %s and she's had a temperature of a hundred and %s for %s days" % (say_pair(str(r.randint(21, 89))), DIGW[r.randint(1, 3)], DIGW[r.randint(2, 6)]))
    c.a("okay and she's taking %s hundred milligrams twice a day" % DIGW[r.randint(2, 8)])
    return c


def n_prices_call(r):
    c = Case("negative", "call/telecom: plan prices, data amounts, counts said as words")
    c.a("the unlimited plan is %s a month for %s lines" % (say_money(r), DIGW[r.randint(2, 5)]))
    c.c("and how much data before it slows down")
    c.a("%s gigs and after that speeds drop to %s kilobits, it's been that way since %s" % (say_pair(str(r.randint(21, 99))), DIGW[r.randint(1, 9)] + " hundred and twenty eight", say_year(r.randint(2018, 2025))))
    return c


def n_tax_year(r):
    c = Case("negative", "call/government services (US): tax year, refund amount, case number with label, years")
    c.a("i'm looking at your %s return, the refund of %s was issued" % (say_year(r.randint(2021, 2025)), say_money(r)))
    c.c("my case number is %s" % say_digits(r, ref(r, 8)))
    c.a("thank you that case was opened %s weeks ago" % DIGW[r.randint(2, 9)])
    return c


def n_room(r):
    c = Case("negative", "chat/travel: hotel room, confirmation number, check-in time, nights")
    c.c("Hi, confirmation %s, I'm in room %d and the AC is stuck at %d degrees" % (ref(r, 9), r.randint(101, 1450), r.randint(60, 85)))
    c.a("So sorry! Engineering will be there by %d:%02d. We've credited %s for your %d-night stay." % (r.randint(1, 11), r.choice([0, 15, 30, 45]), money(r), r.randint(2, 7)))
    return c


def n_payment_date(r):
    c = Case("negative", "call/banking: payment dates, loan term, interest; dates are not birth dates")
    c.a("your last payment of %s posted on %s %s" % (say_money(r), MONTHS[r.randint(0, 11)], ORD[r.randint(0, 27)]))
    c.c("and when does the loan end")
    c.a("it's a %s month term ending %s %s" % (say_pair(str(r.choice([36, 48, 60, 72]))), MONTHS[r.randint(0, 11)], say_year(r.randint(2027, 2031))))
    return c


def n_quantity(r):
    c = Case("negative", "chat/retail: quantities, SKU with label, percentages, promo code")
    c.c("I ordered %d units of SKU %s but got %d" % (r.randint(2, 40), ref(r, 7), r.randint(1, 10)))
    c.a("I've issued a %d%% refund (%s) under RMA %s." % (r.choice([10, 15, 20, 25, 50]), money(r), ref(r, 8)))
    return c


def n_uk_ref(r):
    c = Case("negative", "call/utilities (UK): account reference with label, tariff pence, standing charge")
    c.a("can you give me your customer reference")
    c.c("it's %s" % say_digits(r, ref(r, 8)) + " on the top of the bill")
    c.a("thanks, your unit rate is %s point %s pence and the standing charge is %s pence a day" % (say_pair(str(r.randint(21, 35))), DIGW[r.randint(1, 9)], say_pair(str(r.randint(41, 65)))))
    return c


def n_rx(r):
    c = Case("negative", "call/pharmacy (US): prescription number with label, pill counts, pickup time")
    c.a("what's the prescription number on the bottle")
    c.c("r x number %s" % say_digits(r, ref(r, 7)))
    c.a("okay that's %s tablets, %s refills left, ready after %s p m" % (say_pair(str(r.choice([30, 60, 90]))), DIGW[r.randint(1, 5)], DIGW[r.randint(2, 8)]))
    return c


def n_vehicle(r):
    c = Case("negative", "call/auto insurance (US): vehicle year, mileage, policy number with label, premium")
    c.a("can i have the policy number")
    c.c("policy number %s" % say_digits(r, ref(r, 10)))
    c.a("it's the %s %s with about %s thousand miles and the premium is %s every six months" % (
        say_year(r.randint(2012, 2025)), r.choice(["camry", "f one fifty", "civic", "silverado"]), say_pair(str(r.randint(21, 99))), say_money(r)))
    return c


def n_us_chat_ids(r):
    c = Case("negative", "chat/telecom (US): ticket and order numbers with labels, channel numbers, extension")
    c.c("Ticket #%s still open. Channels %d and %d are out since %d:%02d pm" % (ref(r, 8), r.randint(200, 999), r.randint(200, 999), r.randint(1, 11), r.choice([0, 15, 30])))
    c.a("Sorry! Order no. %s for a replacement box ships today; a tech visit is set for %s %d between 8 and 12." % (ref(r, 10), MONTHS[r.randint(0, 11)].capitalize(), r.randint(1, 28)))
    return c


NEG_TEMPLATES = [n_rx, n_vehicle, n_us_chat_ids,n_claim, n_tracking, n_member, n_appointment, n_flight, n_meter, n_balance,
                 n_model, n_ticket, n_invoice_chat, n_age_temp, n_prices_call, n_tax_year,
                 n_room, n_payment_date, n_quantity, n_uk_ref]


# ---------------------------------------------------------------- build / check
def build():
    r = random.Random(SEED)
    records = []
    groups = []
    for i in range(N_POS):
        c = POS_TEMPLATES[i % len(POS_TEMPLATES)](r)
        records.append(c.to_obj("%s-pos-%03d" % (PREFIX, i + 1)))
        groups.append(c)
    for i in range(N_NEG):
        c = NEG_TEMPLATES[i % len(NEG_TEMPLATES)](r)
        records.append(c.to_obj("%s-neg-%03d" % (PREFIX, i + 1)))
        groups.append(c)
    return records, groups


def render(records):
    return "".join(json.dumps(rec, ensure_ascii=False) + "\n" for rec in records)


def counts(records):
    cnt = Counter()
    for rec in records:
        for s in rec["spans"]:
            cnt[s["type"]] += 1
    return cnt


def readme(records):
    cnt = counts(records)
    npos = sum(1 for x in records if x["kind"] == "positive")
    nneg = len(records) - npos
    rows = "\n".join("| %s | %d |" % (k, cnt[k]) for k in sorted(cnt))
    return """# pii_holdout204 — held-out PII redaction evaluation set

**Never use this set for tuning.** It exists only to measure the redactor on
data it was not developed against; do not read it while changing redaction
code, and do not add its patterns to rules or tests.

## Who wrote it and how

Written by an AI helper acting as an independent author. The author did not
see the redaction code, its tests, its docs or other evaluation sets; only a
three-line example of the JSONL format. Cases are generated by
`scripts/make_pii_holdout204.py` (standard library only, one
`random.Random(%d)`), so the file is byte-for-byte reproducible.
`python scripts/make_pii_holdout204.py --check` regenerates and verifies it
(identical bytes, unique ids, offsets in range and on word boundaries, no
overlapping spans, every value validated after normalising spoken forms:
Luhn for cards, mod-97 for IBANs, NI format, 9 digits for SSN, 6 for sort
codes, digit counts for CVV/phone/account, ZIP / UK postcode shapes).

Emphasis: mostly US contact centres (SSNs typed and spoken in many ways, ZIP
and ZIP+4, US phone formats, US street addresses, card payments by phone),
plus UK/Ireland/EU cases (NI numbers, sort codes, IBANs, UK postcodes). Calls
are written as ASR transcripts (lower case, numbers as words, "oh"/"o"/
"nought" for zero, "double"/"triple", pairs such as "forty one eleven",
years such as "nineteen eighty seven", letters as "b for bravo" and ASR
homophones such as "see" for C, "for"/"to"/"ate"/"won" for digits), values split
across turns with agent back-channels, self-corrections and agent read-backs.
Chats use varied separators, case and spacing.

## Annotation conventions

* A span covers exactly the value: from its first to its last character
  (digit, digit word, letter). Lead-ins such as "it's", "my social is",
  "born", "zip", "card:" are outside the span.
* Values split across turns: each piece is its own span in its own turn.
  An aborted partial reading before a self-correction is also labelled with
  the same type (it is still part of the value). Agent read-backs are labelled,
  including a slightly mis-heard read-back of a phone number.
* Filler words that occur *inside* a reading (e.g. "um" between SSN groups)
  are inside the span.
* CARD_NUMBER: the whole number incl. its separators. EXPIRY: month and year
  (incl. "slash" when spoken). CVV: the digits only.
* DOB: the date only ("march fourth nineteen eighty seven", "the fourth of
  march ...", "03/04/1987").
* ADDRESS: house number + street name + street type (+ apartment/unit when
  given). City and state are not labelled; ZIP / UK postcodes are separate
  POSTCODE spans (ZIP+4 is one span).
* EMAIL: the whole address, spoken ("j dot doe at gmail dot com") or typed.
* PHONE: the whole number incl. country code / area code digits and a
  leading "+" or "(" when typed; the words "area code" are outside.
* Other (non-PII) numbers in positive cases (amounts, policy/member/claim/
  order numbers with their labels) are deliberately left unlabelled.
* Negatives contain no PII, only lookalikes (amounts, times, years, counts,
  claim/member/policy/ticket/order/case numbers said with their label,
  flight numbers, rooms, models, meter readings, speeds, non-birth dates);
  `spans` is empty.

## Counts

Positives: %d, negatives: %d.

| type | spans |
|---|---|
%s
""" % (SEED, npos, nneg, rows)


def word_ok(text, s, e):
    if s < 0 or e > len(text) or s >= e:
        return False
    if s > 0 and text[s - 1].isalnum():
        return False
    if e < len(text) and text[e].isalnum():
        return False
    return (text[s].isalnum() or text[s] in "+(") and text[e - 1].isalnum()


def check():
    records, cases = build()
    data = render(records)
    problems = []
    if not os.path.exists(CASES_PATH):
        problems.append("missing " + CASES_PATH)
    else:
        with open(CASES_PATH, encoding="utf-8") as fh:
            if fh.read() != data:
                problems.append("cases.jsonl differs from regenerated output")
    if not os.path.exists(README_PATH) or open(README_PATH, encoding="utf-8").read() != readme(records):
        problems.append("README.md differs from regenerated output")
    ids = [x["id"] for x in records]
    if len(set(ids)) != len(ids):
        problems.append("duplicate ids")
    for rec, case in zip(records, cases):
        if rec["kind"] == "negative" and rec["spans"]:
            problems.append(rec["id"] + ": negative with spans")
        if rec["kind"] == "positive" and not rec["spans"]:
            problems.append(rec["id"] + ": positive without spans")
        by_turn = {}
        for s in rec["spans"]:
            if not (0 <= s["turn"] < len(rec["turns"])):
                problems.append(rec["id"] + ": bad turn")
                continue
            txt = rec["turns"][s["turn"]]["text"]
            if not word_ok(txt, s["start"], s["end"]):
                problems.append("%s: span not on word boundary %r" % (rec["id"], s))
            by_turn.setdefault(s["turn"], []).append((s["start"], s["end"]))
        for t, lst in by_turn.items():
            lst.sort()
            for a, b in zip(lst, lst[1:]):
                if b[0] < a[1]:
                    problems.append("%s: overlapping spans in turn %d" % (rec["id"], t))
        grp = {}
        for (ti, st, en, typ, g) in case.spans:
            grp.setdefault((g, typ), []).append(case.turns[ti]["text"][st:en])
        for (g, typ), texts in grp.items():
            if g == "frag":
                if not norm(" ".join(texts)).isdigit():
                    problems.append("%s: bad fragment %r" % (rec["id"], texts))
                continue
            if len(texts) == 1:
                ok = validate(typ, texts[0])
            else:
                joined = "".join(norm(x) for x in texts)
                ok = validate(typ, " ".join(texts), joined)
            if not ok:
                problems.append("%s: invalid %s value %r (norm %r)" % (rec["id"], typ, texts, [norm(x) for x in texts]))
    cnt = counts(records)
    npos = sum(1 for x in records if x["kind"] == "positive")
    nneg = len(records) - npos
    if npos < 170 or nneg < 100:
        problems.append("too few cases: %d pos %d neg" % (npos, nneg))
    for typ in ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE", "IBAN",
                "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]:
        need = 30 if typ in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
        if cnt[typ] < need:
            problems.append("type %s has %d spans (< %d)" % (typ, cnt[typ], need))
    print("positives: %d  negatives: %d  spans: %d" % (npos, nneg, sum(cnt.values())))
    for k in sorted(cnt):
        print("  %-13s %d" % (k, cnt[k]))
    for p in problems[:60]:
        print("PROBLEM:", p)
    if problems:
        print("CHECK FAILED: %d problem(s)" % len(problems))
        return 1
    print("CHECK OK")
    return 0


def main():
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    records, _ = build()
    os.makedirs(OUTDIR, exist_ok=True)
    with open(CASES_PATH, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(render(records))
    with open(README_PATH, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(readme(records))
    cnt = counts(records)
    print("wrote %d cases to %s" % (len(records), CASES_PATH))
    for k in sorted(cnt):
        print("  %-13s %d" % (k, cnt[k]))


if __name__ == "__main__":
    main()

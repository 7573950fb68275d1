#!/usr/bin/env python3
"""Generate the pii_holdout492 held-out PII evaluation set.

Usage:
    python scripts/make_pii_holdout492.py          # write the fixture
    python scripts/make_pii_holdout492.py --check  # regenerate and verify

Standard library only. Every turn is assembled from plain-text segments and
labelled value segments, so span offsets are computed, never typed by hand.
"""
import argparse
import datetime
import json
import os
import re
import sys
from collections import Counter
import random

SEED = 492241125
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout492")
OUT_FILE = os.path.join(OUT_DIR, "cases.jsonl")

# --------------------------------------------------------------------------
# spoken-number vocabulary and normaliser (also used by --check)
# --------------------------------------------------------------------------
UNITS = {"zero": 0, "oh": 0, "o": 0, "nought": 0, "one": 1, "two": 2, "three": 3,
         "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
UNIT_WORD = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = {"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
         "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19}
TEEN_WORD = {v: k for k, v in TEENS.items()}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
        "seventy": 70, "eighty": 80, "ninety": 90}
TENS_WORD = {v: k for k, v in TENS.items()}
NATO = {"alpha": "A", "alfa": "A", "bravo": "B", "charlie": "C", "delta": "D", "echo": "E",
        "foxtrot": "F", "golf": "G", "hotel": "H", "india": "I", "juliet": "J", "juliett": "J",
        "kilo": "K", "lima": "L", "mike": "M", "november": "N", "oscar": "O", "papa": "P",
        "quebec": "Q", "romeo": "R", "sierra": "S", "tango": "T", "uniform": "U",
        "victor": "V", "whiskey": "W", "whisky": "W", "xray": "X", "yankee": "Y", "zulu": "Z"}
NATO_OF = {}
for _w, _l in NATO.items():
    NATO_OF.setdefault(_l, _w)
FILLERS = {"um", "uh", "er", "erm", "hmm"}


def _num_tokens(text):
    return re.findall(r"[a-z]+|\d+|\+", text.lower().replace("x-ray", "xray"))


def normalise(text):
    """Collapse a typed or spoken reading of a digit/alphanumeric value."""
    toks = _num_tokens(text)
    out = []
    i = 0
    n = len(toks)

    def small(j):
        """parse a number < 100 at j; returns (value, next_j) or (None, j)."""
        if j < n and toks[j] in TEENS:
            return TEENS[toks[j]], j + 1
        if j < n and toks[j] in TENS:
            v = TENS[toks[j]]
            if j + 1 < n and toks[j + 1] in UNITS and UNITS[toks[j + 1]] > 0:
                return v + UNITS[toks[j + 1]], j + 2
            return v, j + 1
        if j < n and toks[j] in UNITS and UNITS[toks[j]] > 0 and toks[j] != "o":
            return UNITS[toks[j]], j + 1
        return None, j

    while i < n:
        t = toks[i]
        if t.isdigit():
            out.append(t)
            i += 1
        elif t in ("+", "plus"):
            out.append("+")
            i += 1
        elif t in FILLERS:
            i += 1
        elif t in ("double", "triple"):
            k = 2 if t == "double" else 3
            nxt = toks[i + 1]
            if nxt in UNITS:
                ch = str(UNITS[nxt])
            elif nxt in NATO:
                ch = NATO[nxt]
            else:
                ch = nxt.upper()
            out.append(ch * k)
            i += 2
            if ch.isalpha() and i + 1 < n and toks[i] in ("for", "as") :
                i += 2 if toks[i] == "for" else 3
        elif t in UNITS:
            d = UNITS[t]
            if i + 1 < n and toks[i + 1] == "hundred":
                j = i + 2
                if j < n and toks[j] == "and":
                    j += 1
                v, j2 = small(j)
                if v is None:
                    v, j2 = 0, i + 2
                out.append("%d%02d" % (d, v))
                i = j2
            elif i + 1 < n and toks[i + 1] == "thousand":
                j = i + 2
                if j < n and toks[j] == "and":
                    j += 1
                v, j2 = small(j)
                if v is None:
                    v, j2 = 0, i + 2
                out.append("%d0%02d" % (d, v))
                i = j2
            else:
                out.append(str(d))
                i += 1
        elif t in TEENS or t in TENS:
            v, i = small(i)
            out.append("%02d" % v)
        elif t in NATO:
            out.append(NATO[t])
            i += 1
        elif t.isalpha() and len(t) <= 4:
            out.append(t.upper())
            i += 1
            # "j for juliet", "b as in bravo"
            if i + 1 < n and toks[i] == "for" and (toks[i + 1] in NATO or toks[i + 1][0] == t):
                i += 2
            elif i + 2 < n and toks[i] == "as" and toks[i + 1] == "in":
                i += 3
        else:
            out.append("?" + t)
            i += 1
    return "".join(out)


EMAIL_MAP = {"dot": ".", "at": "@", "underscore": "_", "dash": "-", "hyphen": "-"}


def normalise_email(text):
    text = text.lower().strip()
    if " " not in text:
        return text
    toks = text.split()
    out = []
    i = 0
    numeric = set(TEENS) | set(TENS) | {w for w in UNITS if w not in ("o", "oh")} | {"double", "hundred"}
    while i < len(toks):
        t = toks[i]
        if t in EMAIL_MAP:
            out.append(EMAIL_MAP[t])
            i += 1
        elif t in FILLERS:
            i += 1
        elif t in numeric:
            j = i
            while j < len(toks) and (toks[j] in numeric or toks[j] == "oh"):
                j += 1
            out.append(normalise(" ".join(toks[i:j])))
            i = j
        else:
            out.append(t)
            i += 1
    return "".join(out)


# --------------------------------------------------------------------------
# validators for canonical values
# --------------------------------------------------------------------------
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
    lens = {"GB": 22, "IE": 22, "DE": 22, "FR": 27, "NL": 18, "ES": 24}
    if lens.get(s[:2]) != len(s):
        return False
    r = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in r)
    return int(num) % 97 == 1


NI_RE = re.compile(r"^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$")
UK_PC_RE = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$")
EMAIL_RE = re.compile(r"^[a-z0-9._-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$")


def canon_ok(typ, v):
    if typ == "CARD_NUMBER":
        return v.isdigit() and 13 <= len(v) <= 19 and luhn_ok(v)
    if typ == "CVV":
        return v.isdigit() and len(v) in (3, 4)
    if typ == "SSN":
        return (v.isdigit() and len(v) == 9 and v[:3] not in ("000", "666")
                and v[0] != "9" and v[3:5] != "00" and v[5:] != "0000")
    if typ == "NI_NUMBER":
        return bool(NI_RE.match(v)) and v[:2] not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ")
    if typ == "BANK_ACCOUNT":
        return v.isdigit() and 6 <= len(v) <= 17
    if typ == "SORT_CODE":
        return v.isdigit() and len(v) == 6
    if typ == "IBAN":
        return iban_ok(v)
    if typ == "PHONE":
        return v.isdigit() and 10 <= len(v) <= 15
    if typ == "EMAIL":
        return bool(EMAIL_RE.match(v))
    if typ == "POSTCODE":
        return bool(UK_PC_RE.match(v)) or bool(re.match(r"^\d{5}(\d{4})?$", v))
    if typ == "DOB":
        d = datetime.date.fromisoformat(v)
        return 1920 <= d.year <= 2007
    if typ == "EXPIRY":
        m, y = v.split("/")
        return 1 <= int(m) <= 12 and 24 <= int(y) <= 36
    if typ == "ADDRESS":
        return bool(re.search(r"\b(road|street|avenue|lane|close|drive|way|court|crescent|place|terrace|grove|boulevard|st|rd|ave|gardens|parade|row)\b", v.lower()))
    return False


# --------------------------------------------------------------------------
# rendering helpers
# --------------------------------------------------------------------------
class Gen:
    def __init__(self, rng):
        self.r = rng

    def ch(self, seq):
        return self.r.choice(seq)

    def p(self, x):
        return self.r.random() < x

    # ---- digits -------------------------------------------------------
    def zero(self, uk):
        return self.ch(["oh", "oh", "nought", "zero", "o"] if uk else ["oh", "oh", "zero", "zero", "o"])

    def dword(self, d, uk):
        return self.zero(uk) if d == "0" else UNIT_WORD[int(d)]

    def pair(self, pr, uk):
        a, b = pr
        if a == "0":
            return self.zero(uk) + " " + self.dword(b, uk)
        if a == "1":
            return TEEN_WORD[int(pr)]
        w = TENS_WORD[int(a) * 10]
        return w if b == "0" else w + " " + UNIT_WORD[int(b)]

    def group(self, g, uk, style):
        if style == "pairs" and len(g) % 2 == 0:
            return " ".join(self.pair(g[k:k + 2], uk) for k in range(0, len(g), 2))
        if style == "hundreds" and len(g) == 3 and g[0] != "0":
            w = UNIT_WORD[int(g[0])] + " hundred"
            if g[1:] == "00":
                return w
            rest = UNIT_WORD[int(g[2])] if g[1] == "0" else self.pair(g[1:], uk)
            return w + (" and " if uk or self.p(0.4) else " ") + rest
        words = []
        k = 0
        while k < len(g):
            if style != "plain" and k + 2 < len(g) and g[k] == g[k + 1] == g[k + 2] and self.p(0.7):
                words.append("triple " + self.dword(g[k], uk))
                k += 3
            elif style != "plain" and k + 1 < len(g) and g[k] == g[k + 1] and self.p(0.75):
                words.append("double " + self.dword(g[k], uk))
                k += 2
            else:
                words.append(self.dword(g[k], uk))
                k += 1
        return " ".join(words)

    def say(self, digits, uk=True, chunks=None, fill=0.25, styles=("digits", "digits", "pairs", "hundreds")):
        """Spoken reading of a digit string; verified against normalise()."""
        if chunks is None:
            chunks = [4] * (len(digits) // 4) + ([len(digits) % 4] if len(digits) % 4 else [])
        for attempt in range(12):
            parts = []
            pos = 0
            for c in chunks:
                g = digits[pos:pos + c]
                pos += c
                st = self.ch(styles) if attempt < 10 else "plain"
                parts.append(self.group(g, uk, st))
            out = parts[0]
            for p_ in parts[1:]:
                if attempt < 10 and self.p(fill):
                    out += self.ch([" um ", " uh ", ", er, ", " erm ", ", um, ", " hmm "]) + p_
                else:
                    out += self.ch([" ", ", ", " ", "... "]) + p_
            if normalise(out) == digits:
                return out
        raise RuntimeError("cannot render " + digits)

    def letter(self, c, nato=0.5):
        if self.p(nato):
            return self.ch(["%s for %s", "%s for %s", "%s as in %s"]) % (c.lower(), NATO_OF[c])
        return c.lower()


# --------------------------------------------------------------------------
# value factories
# --------------------------------------------------------------------------
FIRST = ["james", "aoife", "priya", "tomasz", "sarah", "devon", "niamh", "kwame", "lucy", "mateo",
         "fatima", "connor", "grace", "hiroshi", "elena", "marcus", "bridget", "yusuf", "chloe", "dmitri"]
LAST = ["okafor", "murphy", "patel", "kowalski", "brennan", "hughes", "nguyen", "fitzgerald",
        "adeyemi", "walsh", "garcia", "thompson", "lindqvist", "reilly", "shah", "mcbride"]
DOMAINS = ["gmail.com", "hotmail.co.uk", "yahoo.com", "outlook.com", "btinternet.com", "icloud.com",
           "eircom.net", "proton.me", "aol.com", "sky.com"]
STREETS = ["acacia avenue", "harbour road", "mill lane", "kingfisher close", "station road",
           "elm grove", "maple drive", "victoria street", "church lane", "oakwood crescent",
           "riverside way", "pembroke place", "seaview terrace", "brookfield court", "high street",
           "willow gardens", "castle parade", "larkspur row"]
US_STREETS = ["maple st", "oak avenue", "sunset boulevard", "elm street", "lakeview drive",
              "pine ridge rd", "cedar lane", "washington ave"]
TOWNS = ["leeds", "bristol", "cork", "glasgow", "cardiff", "norwich", "galway", "york", "belfast", "derby"]
US_TOWNS = ["tulsa", "dayton", "boise", "albany", "fresno", "madison"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh",
       8: "eighth", 9: "ninth", 10: "tenth", 11: "eleventh", 12: "twelfth", 13: "thirteenth",
       14: "fourteenth", 15: "fifteenth", 16: "sixteenth", 17: "seventeenth", 18: "eighteenth",
       19: "nineteenth", 20: "twentieth", 21: "twenty first", 22: "twenty second",
       23: "twenty third", 24: "twenty fourth", 25: "twenty fifth", 26: "twenty sixth",
       27: "twenty seventh", 28: "twenty eighth"}


def digs(g, n, first_nonzero=False):
    s = "".join(str(g.r.randint(0, 9)) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = str(g.r.randint(1, 9)) + s[1:]
    return s


def make_card(g):
    kind = g.ch(["visa", "visa", "visa", "mc", "mc", "amex", "disc", "visa13", "maestro19"])
    pre, ln = {"visa": ("4", 16), "mc": (g.ch(["51", "52", "53", "54", "55", "2221"]), 16),
               "amex": (g.ch(["34", "37"]), 15), "disc": ("6011", 16), "visa13": ("4", 13),
               "maestro19": ("6759", 19)}[kind]
    body = pre + digs(g, ln - len(pre) - 1)
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def card_chunks(card):
    if len(card) == 15:
        return [4, 6, 5]
    if len(card) == 13:
        return [4, 3, 3, 3]
    if len(card) == 19:
        return [4, 4, 4, 4, 3]
    return [4, 4, 4, 4]


def make_ssn(g):
    while True:
        a = g.r.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, g.r.randint(1, 99), g.r.randint(1, 9999))


def make_ni(g):
    first = "ABCEGHJKLMNPRSTWXYZ"
    second = "ABCEGHJKLMNPRSTWXYZ"
    while True:
        p = g.ch(first) + g.ch(second)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ", "ER"):
            break
    return p + digs(g, 6) + g.ch("ABCD")


def make_iban(g, cc=None):
    cc = cc or g.ch(["GB", "GB", "IE", "DE", "FR", "NL", "ES"])
    if cc == "GB":
        bban = g.ch(["NWBK", "BARC", "HBUK", "MIDL", "LLYD"]) + digs(g, 14)
    elif cc == "IE":
        bban = g.ch(["AIBK", "IPBS", "BIRE"]) + digs(g, 14)
    elif cc == "DE":
        bban = digs(g, 18)
    elif cc == "FR":
        bban = digs(g, 23)
    elif cc == "NL":
        bban = g.ch(["ABNA", "INGB", "RABN", "TRIS"]) + digs(g, 10)
    else:
        bban = digs(g, 20)
    num = "".join(str(int(c, 36)) for c in bban + cc + "00")
    chk = 98 - int(num) % 97
    return cc + "%02d" % chk + bban


def make_phone(g, country):
    """returns (canonical digits incl. country code when international, typed, spoken-chunks, intl)"""
    intl = g.p(0.4)
    if country == "UK":
        local = "7" + digs(g, 9) if g.p(0.7) else g.ch(["20", "161", "113", "117"]) + digs(g, 7 if True else 8)
        local = local[:10]
        if intl:
            return "44" + local, "44", local
        return "0" + local, "", "0" + local
    if country == "IE":
        local = "8" + g.ch("35679") + digs(g, 7)
        if intl:
            return "353" + local, "353", local
        return "0" + local, "", "0" + local
    if country == "US":
        local = str(g.r.randint(2, 9)) + digs(g, 2) + str(g.r.randint(2, 9)) + digs(g, 6)
        if intl:
            return "1" + local, "1", local
        return local, "", local
    local = "1" + digs(g, 9)
    return "49" + local, "49", local


def make_email(g):
    f, l = g.ch(FIRST), g.ch(LAST)
    style = g.ch(["f.l", "fl", "f_l", "fl84", "f.l2", "initial"])
    num = str(g.r.randint(1, 99))
    user = {"f.l": f + "." + l, "fl": f + l, "f_l": f + "_" + l, "fl84": f + l + num,
            "f.l2": f + "." + l + num, "initial": f[0] + "." + l}[style]
    return user + "@" + g.ch(DOMAINS)


def speak_email(g, e):
    user, dom = e.split("@")
    def part(s):
        bits = re.split(r"([._-])", s)
        words = []
        for b in bits:
            if b == ".":
                words.append("dot")
            elif b == "_":
                words.append("underscore")
            elif b == "-":
                words.append("dash")
            elif b.isdigit():
                words.append(g.pair(b, False) if len(b) == 2 and b[0] != "0" else " ".join(UNIT_WORD[int(c)] for c in b))
            elif re.match(r"^[a-z]+\d+$", b):
                m = re.match(r"^([a-z]+)(\d+)$", b)
                d = m.group(2)
                words.append(m.group(1) + " " + (g.pair(d, False) if len(d) == 2 and d[0] != "0" else " ".join(UNIT_WORD[int(c)] for c in d)))
            elif b:
                words.append(b)
        return " ".join(words)
    return part(user) + " at " + part(dom)


def make_dob(g):
    return datetime.date(g.r.randint(1938, 2004), g.r.randint(1, 12), g.r.randint(1, 28))


def year_words(g, y):
    if y >= 2000:
        rest = y - 2000
        if rest == 0:
            return "two thousand"
        return "two thousand and " + (UNIT_WORD[rest] if rest < 10 else g.pair(str(rest), True))
    s = str(y)
    return g.pair(s[:2], True) + " " + g.pair(s[2:], True)


def say_dob(g, d, uk):
    y = year_words(g, d.year)
    if uk:
        return g.ch(["the %s of %s %s", "%s of %s %s", "%s %s %s"]) % (ORD[d.day], MONTHS[d.month - 1], y)
    return g.ch(["%s %s %s", "%s %s, %s"]) % (MONTHS[d.month - 1], ORD[d.day], y)


def type_dob(g, d, uk):
    if uk:
        return g.ch(["%02d/%02d/%d" % (d.day, d.month, d.year), "%d/%d/%d" % (d.day, d.month, d.year),
                     "%02d.%02d.%d" % (d.day, d.month, d.year), "%d %s %d" % (d.day, MONTHS[d.month - 1][:3].title(), d.year),
                     "%02d-%02d-%02d" % (d.day, d.month, d.year % 100)])
    return g.ch(["%02d/%02d/%d" % (d.month, d.day, d.year), "%s %d, %d" % (MONTHS[d.month - 1].title(), d.day, d.year),
                 "%d-%02d-%02d" % (d.year, d.month, d.day)])


def make_expiry(g):
    return g.r.randint(1, 12), g.r.randint(25, 33)


def say_expiry(g, m, y, uk=True):
    yy = "%02d" % y
    opts = ["%s %s" % (g.dword("0", uk) + " " + UNIT_WORD[m] if m < 10 else g.pair("%02d" % m, uk), g.pair(yy, uk)),
            "%s twenty %s" % (MONTHS[m - 1], g.pair(yy, uk)),
            "%s %s" % (MONTHS[m - 1], g.pair(yy, uk))]
    return g.ch(opts)


def type_expiry(g, m, y):
    return g.ch(["%02d/%02d" % (m, y), "%02d/%02d" % (m, y), "%d/%02d" % (m, y), "%02d-20%02d" % (m, y),
                 "%02d %02d" % (m, y), "%02d/20%02d" % (m, y)])


def make_uk_postcode(g):
    area = g.ch(["LS", "BS", "G", "CF", "NR", "HU", "BT", "DE", "M", "SW", "E", "N", "EH", "B", "L"])
    out = area + str(g.r.randint(1, 19))
    return out + str(g.r.randint(1, 9)) + g.ch("ABDEFGHJLNPQRSTUWXYZ") + g.ch("ABDEFGHJLNPQRSTUWXYZ")


def say_postcode(g, pc):
    out_, in_ = pc[:-3], pc[-3:]
    def sp(s):
        words = []
        k = 0
        while k < len(s):
            c = s[k]
            if c.isdigit():
                if k + 1 < len(s) and s[k + 1].isdigit():
                    words.append(g.pair(s[k:k + 2], True) if s[k] != "0" else "oh " + UNIT_WORD[int(s[k + 1])])
                    k += 2
                    continue
                words.append(UNIT_WORD[int(c)])
            else:
                words.append(g.letter(c, 0.25))
            k += 1
        return " ".join(words)
    return sp(out_) + g.ch([" ", ", ", " ... "]) + sp(in_)


def type_postcode(g, pc):
    spaced = pc[:-3] + " " + pc[-3:]
    return g.ch([spaced, spaced, spaced.lower(), pc, pc.lower()])


def make_address(g, us=False):
    num = g.r.randint(1, 240)
    street = g.ch(US_STREETS if us else STREETS)
    flat = None if us or g.p(0.65) else g.r.randint(1, 24)
    return num, street, flat


def type_address(g, a):
    num, street, flat = a
    st = street.title() if g.p(0.6) else street
    base = "%d %s" % (num, st)
    if flat:
        base = g.ch(["Flat %d, %s", "flat %d %s", "%d/%s"]) % (flat, base) if g.p(0.8) else "Apt %d, %s" % (flat, base)
    return base


def say_number_small(g, n):
    if n < 10:
        return UNIT_WORD[n]
    if n < 100:
        return g.pair(str(n), True)
    s = str(n)
    return g.ch([g.group(s, True, "hundreds"), " ".join(UNIT_WORD[int(c)] for c in s),
                 UNIT_WORD[int(s[0])] + " " + g.pair(s[1:], True) if s[1] != "0" else " ".join(UNIT_WORD[int(c)] for c in s)])


def say_address(g, a):
    num, street, flat = a
    base = "%s %s" % (say_number_small(g, num), street)
    if flat:
        base = "flat %s, %s" % (say_number_small(g, flat), base)
    return base


# --------------------------------------------------------------------------
# case assembly
# --------------------------------------------------------------------------
class Case:
    def __init__(self, kind, note):
        self.kind = kind
        self.note = note
        self.turns = []      # (speaker, [segments])
        self.groups = {}     # gid -> (type, canonical)
        self._gid = 0

    def val(self, typ, canonical):
        """register a value; returns a labeller function for its readings."""
        self._gid += 1
        gid = self._gid
        self.groups[gid] = (typ, canonical)

        def lab(text, role="full"):
            return ("V", text, typ, gid, role)
        return lab

    def t(self, speaker, *segs):
        self.turns.append((speaker, list(segs)))

    def build(self):
        turns, spans, meta = [], [], []
        for ti, (spk, segs) in enumerate(self.turns):
            text = ""
            for s in segs:
                if isinstance(s, tuple):
                    _, vt, typ, gid, role = s
                    spans.append({"turn": ti, "start": len(text), "end": len(text) + len(vt), "type": typ})
                    meta.append((gid, role))
                    text += vt
                else:
                    text += s
            turns.append({"speaker": spk, "text": text})
        return {"turns": turns, "spans": spans}, meta


BACK = ["mhm", "go on", "yep", "okay", "yeah", "uh huh", "right", "got that", "mm hm, go on", "okay, and the next bit?"]
HOLD = ["sorry, hang on, the dog's going mad", "hold on, I need my glasses",
        "bear with me, it's in my other bag", "one sec, my son's got the card",
        "sorry, someone's at the door, two minutes"]


def card_typed(g, card):
    ch = card_chunks(card)
    parts, pos = [], 0
    for c in ch:
        parts.append(card[pos:pos + c])
        pos += c
    style = g.ch(["space", "space", "dash", "none", "odd", "dot"])
    if style == "space":
        return " ".join(parts)
    if style == "dash":
        return "-".join(parts)
    if style == "none":
        return card
    if style == "dot":
        return ".".join(parts)
    cut = g.r.randint(3, len(card) - 3)
    return card[:cut] + g.ch([" ", "  ", "-"]) + card[cut:]


def split_chunks(card):
    ch = card_chunks(card)
    out, pos = [], 0
    for c in ch:
        out.append(card[pos:pos + c])
        pos += c
    return out


# ------------------------------- positive templates -----------------------
def p_chat_card(g):
    ind = g.ch(["retail", "telecom", "travel", "utilities", "insurance"])
    c = Case("positive", "typed chat (%s): full card, expiry and CVV typed, agent confirms last four" % ind)
    card = make_card(g)
    m, y = make_expiry(g)
    cvv = digs(g, 4 if len(card) == 15 else 3)
    C = c.val("CARD_NUMBER", card)
    E = c.val("EXPIRY", "%02d/%02d" % (m, y))
    V = c.val("CVV", cvv)
    c.t("agent", g.ch(["Can you type the long card number please?", "Please enter the card number for the payment.",
                       "What's the card you'd like to use?"]))
    lead = g.ch(["card: ", "Card no: ", "its ", "sure - ", "card number ", "", "ok it's "])
    c.t("customer", lead, C(card_typed(g, card)), g.ch([" exp ", " expiry ", ", exp: ", " ends "]),
        E(type_expiry(g, m, y)), g.ch([" cvv ", " security code ", ", CVC: ", " sec code "]), V(cvv))
    last4 = card[-4:]
    c.t("agent", "Thanks. That's the card ending ", C(last4, "sub"), g.ch([", correct?", " - is that right?", "?"]))
    c.t("customer", g.ch(["yes", "yep that's it", "correct", "Yes thats right"]))
    return c


def p_call_card_split(g):
    uk = g.p(0.6)
    c = Case("positive", "call: card read in chunks over several turns with back-channels, agent reads back")
    card = make_card(g)
    C = c.val("CARD_NUMBER", card)
    chunks = split_chunks(card)
    c.t("agent", g.ch(["okay so the long number across the front of the card when you're ready",
                       "go ahead with the sixteen digit number", "can i take the card number please"]))
    i = 0
    first = True
    while i < len(chunks):
        take = g.ch([1, 1, 2]) if len(chunks) - i > 1 else 1
        piece = "".join(chunks[i:i + take])
        sub = [len(x) for x in chunks[i:i + take]]
        lead = g.ch(["it's ", "okay ", "um ", ""]) if first else g.ch(["", "then ", "and ", "next is ", ""])
        c.t("customer", lead, C(g.say(piece, uk, sub), "full"))
        first = False
        i += take
        if i < len(chunks):
            c.t("agent", g.ch(BACK))
    C2 = c.val("CARD_NUMBER", card)
    c.t("agent", g.ch(["let me read that back, ", "so that's ", "just to confirm i have "]),
        C2(g.say(card, uk, card_chunks(card), fill=0.0)), g.ch(["", ", yeah?", ", is that right?"]))
    c.t("customer", g.ch(["that's right", "yes", "yeah that's it", "perfect yeah"]))
    return c


def p_card_correction(g):
    uk = g.p(0.6)
    c = Case("positive", "call: card read in full, agent read-back has one wrong digit, caller corrects that block")
    card = make_card(g)
    chunks = split_chunks(card)
    C = c.val("CARD_NUMBER", card)
    c.t("customer", g.ch(["right the card is ", "okay it's ", "yeah so it's "]), C(g.say(card, uk, card_chunks(card))))
    bi = g.r.randrange(len(chunks))
    blk = chunks[bi]
    pos = g.r.randrange(len(blk))
    wrong_blk = blk[:pos] + str((int(blk[pos]) + g.r.randint(1, 8)) % 10) + blk[pos + 1:]
    wrong = "".join(chunks[:bi]) + wrong_blk + "".join(chunks[bi + 1:])
    W = c.val("CARD_NUMBER", wrong)
    c.t("agent", "i've got ", W(g.say(wrong, uk, card_chunks(card), fill=0.0), "wrong"))
    ordn = ["first", "second", "third", "fourth", "last"][min(bi, 4) if bi < len(chunks) - 1 else 4]
    F = c.val("CARD_NUMBER", card)
    c.t("customer", g.ch(["no, ", "ah no sorry, ", "not quite, "]), "the %s bit is " % ordn,
        F(g.say(blk, uk, [len(blk)], styles=("digits",)), "sub"))
    if g.p(0.5):
        c.turns[-1][1].extend([", not ", c.val("CARD_NUMBER", wrong)(" ".join(g.dword(x, uk) for x in wrong_blk), "wrong")])
    R = c.val("CARD_NUMBER", card)
    c.t("agent", g.ch(["ah sorry, ", "apologies, ", "okay, "]), g.ch(["so ", "so that's ", ""]),
        R(g.say(blk, uk, [len(blk)], styles=("digits",)), "sub"), ", got it")
    if g.p(0.5):
        E = c.val("EXPIRY", "%02d/%02d" % make_expiry(g))
        m, y = [int(x) for x in c.groups[max(c.groups)][1].split("/")]
        c.t("agent", "and the expiry?")
        c.t("customer", g.ch(["", "it's ", "um "]), E(say_expiry(g, m, y, uk)))
    return c


def p_card_hold(g):
    uk = g.p(0.5)
    c = Case("positive", "call: card reading interrupted by a hold/aside, restarted, then CVV")
    card = make_card(g)
    chunks = split_chunks(card)
    C = c.val("CARD_NUMBER", card)
    k = g.r.randint(1, len(chunks) - 1)
    head = "".join(chunks[:k])
    tail = "".join(chunks[k:])
    W = c.val("CARD_NUMBER", card)
    c.t("customer", "okay, ", W(g.say(head, uk, card_chunks(card)[:k]), "sub"), "... " + g.ch(HOLD))
    c.t("agent", g.ch(["no problem, take your time", "that's fine, i'll hold", "no worries"]))
    c.t("customer", g.ch(["right sorry, i'll start again. ", "okay back. from the top: ", "sorry about that, "]),
        C(g.say(card, uk, card_chunks(card))))
    c.t("agent", "thank you. and the three digits on the back?")
    cvv = digs(g, 3)
    V = c.val("CVV", cvv)
    c.t("customer", g.ch(["", "it's ", "um, "]), V(g.say(cvv, uk, [3], styles=("digits", "hundreds"))))
    V2 = c.val("CVV", cvv)
    if g.p(0.6):
        c.t("agent", g.ch(["", "that's "]), V2(g.say(cvv, uk, [3], styles=("digits",))), "?")
        c.t("customer", "yes")
    return c


def p_card_for_someone(g):
    uk = g.p(0.5)
    c = Case("positive", "call: caller reads a relative's card for them, agent confirms piece by piece")
    who = g.ch(["my mum", "my husband", "my dad", "my wife", "my gran"])
    card = make_card(g)
    chunks = split_chunks(card)
    c.t("customer", "i'm paying for %s, she's here but she can't hear you very well. she's given me the card" % who
        if who in ("my mum", "my wife", "my gran") else "i'm paying on behalf of %s, i've got his card here" % who)
    c.t("agent", "that's fine if they're with you. go ahead")
    for i, ch_ in enumerate(chunks):
        X = c.val("CARD_NUMBER", card)
        c.t("customer", X(g.say(ch_, uk, [len(ch_)]), "sub"))
        Y = c.val("CARD_NUMBER", card)
        c.t("agent", Y(g.say(ch_, uk, [len(ch_)], styles=("digits",)), "sub"), g.ch(["", "...", ", yep"]))
    m, y = make_expiry(g)
    E = c.val("EXPIRY", "%02d/%02d" % (m, y))
    c.t("customer", "and the expiry says ", E(say_expiry(g, m, y, uk)))
    return c


def p_card_transfer(g):
    uk = g.p(0.5)
    c = Case("positive", "call: card given to first agent, transferred, second agent asks again, caller reads full card again")
    card = make_card(g)
    A = c.val("CARD_NUMBER", card)
    B = c.val("CARD_NUMBER", card)
    c.t("customer", g.ch(["the card's ", "okay it's a visa, "]), A(g.say(card, uk, card_chunks(card))))
    c.t("agent", "ah, i'm sorry, payments have to go through billing. i'll transfer you now, please hold")
    c.t("agent", "hi, billing team, you're through to %s. i've got a note you want to pay by card?" % g.ch(FIRST).title())
    c.t("customer", "yeah i already gave it to the other fella. ", B(g.say(card, uk, card_chunks(card))))
    c.t("agent", "okay, and that's the card ending %s?" % " ".join(g.dword(x, uk) for x in card[-4:]))
    # this last-four in a case where the full card was read is labelled
    last = c.turns[-1][1][0]
    prefix = "okay, and that's the card ending "
    L = c.val("CARD_NUMBER", card)
    c.turns[-1] = ("agent", [prefix, L(last[len(prefix):-1], "sub"), "?"])
    c.t("customer", "that's it")
    return c


def p_ssn(g):
    c = Case("positive", "US call: SSN read out, agent confirms piece by piece (%s)" % g.ch(["healthcare billing", "insurance", "banking", "government services", "telecom"]))
    ssn = make_ssn(g)
    S = c.val("SSN", ssn)
    mode = g.ch(["spoken", "spoken", "typed", "split"])
    c.t("agent", g.ch(["can i get your social security number to verify?", "what's the social on the account?",
                       "and the patient's social please"]))
    if mode == "typed":
        t = g.ch(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s-%s %s"]) % (ssn[:3], ssn[3:5], ssn[5:])
        c.t("customer", g.ch(["SSN: ", "ssn is ", "Social ", ""]), S(t))
        R = c.val("SSN", ssn)
        c.t("agent", "Thank you, I have ", R("%s-%s-%s" % (ssn[:3], ssn[3:5], ssn[5:])), ".")
    elif mode == "spoken":
        c.t("customer", g.ch(["sure it's ", "uh ", "yeah ", ""]), S(g.say(ssn, False, [3, 2, 4])))
        R = c.val("SSN", ssn)
        c.t("agent", g.ch(["that's ", "i have ", "so "]), R(g.say(ssn, False, [3, 2, 4], fill=0)), g.ch(["?", ", correct?"]))
        c.t("customer", g.ch(["yes", "yeah", "correct"]))
    else:
        parts = [ssn[:3], ssn[3:5], ssn[5:]]
        for i, p_ in enumerate(parts):
            c.t("customer", S(g.say(p_, False, [len(p_)]), "full"))
            if i < 2:
                c.t("agent", g.ch(["okay", "mhm", "go ahead", "uh huh"]))
        R = c.val("SSN", ssn)
        c.t("agent", "and confirming the last four, ", R(g.say(ssn[5:], False, [4], styles=("digits",)), "sub"), "?")
        c.t("customer", "yes ma'am")
    if g.p(0.4):
        d = make_dob(g)
        D = c.val("DOB", d.isoformat())
        c.t("agent", "and date of birth?")
        c.t("customer", D(say_dob(g, d, False) if mode != "typed" else type_dob(g, d, False)))
    return c


def p_ssn_correction(g):
    c = Case("positive", "US call: caller misreads SSN, restarts, agent reads back and caller confirms piece by piece")
    ssn = make_ssn(g)
    bad = ssn[:3] + ssn[4] + ssn[3] + ssn[5:] if ssn[3] != ssn[4] else ssn[:3] + str((int(ssn[3]) + 1) % 10) + ssn[4:]
    W = c.val("SSN", bad)
    S = c.val("SSN", ssn)
    c.t("customer", "my social is ", W(g.say(bad[:5], False, [3, 2]), "wrong"), " no wait, sorry, let me start over, ",
        S(g.say(ssn, False, [3, 2, 4])))
    for part, name in ((ssn[:3], "first three"), (ssn[3:5], "middle two"), (ssn[5:], "last four")):
        P = c.val("SSN", ssn)
        c.t("agent", name + ", ", P(g.say(part, False, [len(part)], styles=("digits",)), "sub"))
        c.t("customer", g.ch(["yep", "yes", "uh huh", "that's right"]))
    return c


def p_ssn_for_someone(g):
    c = Case("positive", "US call: caller gives spouse's SSN and DOB, hold in the middle")
    ssn = make_ssn(g)
    S1 = c.val("SSN", ssn)
    c.t("customer", "i'm calling about my %s's claim, i've got power of attorney" % g.ch(["wife", "husband", "father", "mother"]))
    c.t("agent", "okay, what's their social?")
    c.t("customer", "it's ", S1(g.say(ssn[:5], False, [3, 2]), "full"), "... hang on, the letter's upside down")
    c.t("agent", "take your time")
    c.t("customer", "okay, ", S1(g.say(ssn[5:], False, [4]), "full"))
    R = c.val("SSN", ssn)
    c.t("agent", "so the full number's ", R("%s-%s-%s" % (ssn[:3], ssn[3:5], ssn[5:]) if g.p(0.3) else g.say(ssn, False, [3, 2, 4], fill=0)))
    d = make_dob(g)
    D = c.val("DOB", d.isoformat())
    c.t("customer", "right. and their birthday is ", D(say_dob(g, d, False)))
    return c


def ni_spoken(g, ni, nato=0.5):
    letters = " ".join(g.letter(x, nato) for x in ni[:2])
    mid = g.say(ni[2:8], True, g.ch([[2, 2, 2], [6], [3, 3]]), styles=("digits", "pairs"))
    return letters + g.ch([" ", ", ", " ... "]) + mid + g.ch([" ", ", "]) + g.letter(ni[8], nato)


def ni_typed(g, ni):
    t = g.ch(["%s %s %s %s %s" % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8]), ni, ni.lower(),
              "%s%s%s" % (ni[:2], " " + ni[2:8] + " ", ni[8]), "%s-%s-%s-%s-%s" % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8])])
    return t


def p_ni(g):
    ind = g.ch(["government services", "payroll", "pensions", "benefits", "HMRC-style tax helpline", "insurance"])
    c = Case("positive", "UK (%s): NI number, spoken or typed, read back" % ind)
    ni = make_ni(g)
    N = c.val("NI_NUMBER", ni)
    if g.p(0.35):
        c.t("agent", "Can you type your National Insurance number into the chat please?")
        c.t("customer", g.ch(["NI: ", "ni no ", "Its ", "", "nat ins: "]), N(ni_typed(g, ni)))
        R = c.val("NI_NUMBER", ni)
        c.t("agent", "Thanks, so that's ", R("%s %s %s %s %s" % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8])), ", is that correct?")
    else:
        c.t("agent", "can i take your national insurance number")
        c.t("customer", g.ch(["yeah it's ", "um ", "okay ", ""]), N(ni_spoken(g, ni)))
        R = c.val("NI_NUMBER", ni)
        c.t("agent", g.ch(["so ", "that's ", "i've got "]), R(ni_spoken(g, ni, 0.2)), "?")
        c.t("customer", g.ch(["yes", "that's it", "spot on"]))
    return c


def p_ni_piecewise(g):
    c = Case("positive", "UK call: NI number confirmed piece by piece, caller corrects a letter with NATO")
    ni = make_ni(g)
    A = c.val("NI_NUMBER", ni)
    c.t("customer", "it's ", A(ni[:2].lower(), "sub"), "...")
    c.t("agent", "sorry, was that %s?" % g.ch(["b for bravo", "e for echo", "p for papa", "t for tango"]))
    B = c.val("NI_NUMBER", ni)
    c.t("customer", "no, ", B(" ".join(g.letter(x, 1.0) for x in ni[:2]), "sub"))
    c.t("agent", "okay, go on")
    D = c.val("NI_NUMBER", ni)
    c.t("customer", D(g.say(ni[2:8], True, [2, 2, 2], styles=("pairs", "digits")), "sub"))
    c.t("agent", g.ch(["mhm", "yep", "and the last letter?"]))
    E = c.val("NI_NUMBER", ni)
    c.t("customer", E(g.letter(ni[8], 0.7), "sub"))
    R = c.val("NI_NUMBER", ni)
    c.t("agent", "lovely, so ", R(ni_spoken(g, ni, 0.0)))
    # the first fragment (A) is the first two letters only
    return c


def p_ni_other(g):
    c = Case("positive", "UK call: caller reads parent's NI number from a letter, with an aside, plus DOB")
    ni = make_ni(g)
    N = c.val("NI_NUMBER", ni)
    c.t("customer", "i'm ringing for my dad, he's had a stroke so i'm dealing with his pension. his number is ",
        N(ni_spoken(g, ni)[:0] + " ".join(g.letter(x, 0.3) for x in ni[:2]) + " " + g.say(ni[2:5], True, [3])), "...")
    c.t("customer", "sorry, the kids are shouting. ", N(g.say(ni[5:8], True, [3]) + " " + g.letter(ni[8], 0.4)))
    R = c.val("NI_NUMBER", ni)
    c.t("agent", "no problem. so i have ", R(ni_spoken(g, ni, 0.0)))
    d = make_dob(g)
    D = c.val("DOB", d.isoformat())
    c.t("agent", "and his date of birth?")
    c.t("customer", D(say_dob(g, d, True)))
    D2 = c.val("DOB", d.isoformat())
    c.t("agent", g.ch(["", "thank you, "]), D2(type_dob(g, d, True) if g.p(0.3) else say_dob(g, d, True)), ", okay")
    return c


def p_bank(g):
    uk = g.ch(["UK", "UK", "IE"])
    c = Case("positive", "%s banking call: sort code and account number, agent reads back with a correction" % uk)
    sc = digs(g, 6, True)
    acct = digs(g, 8)
    S = c.val("SORT_CODE", sc)
    A = c.val("BANK_ACCOUNT", acct)
    c.t("agent", "what's the sort code?" if uk == "UK" else "what's the NSC, the sort code?")
    c.t("customer", g.ch(["", "it's ", "um "]), S(g.say(sc, True, [2, 2, 2], styles=("pairs", "digits"))))
    c.t("agent", "and the account number")
    c.t("customer", A(g.say(acct, True, [4, 4])))
    if g.p(0.5):
        k = g.r.randrange(8)
        wrong = acct[:k] + str((int(acct[k]) + 3) % 10) + acct[k + 1:]
        W = c.val("BANK_ACCOUNT", wrong)
        c.t("agent", "so ", W(g.say(wrong, True, [4, 4], fill=0), "wrong"), "?")
        half = acct[:4] if k < 4 else acct[4:]
        H = c.val("BANK_ACCOUNT", acct)
        c.t("customer", "no, %s " % ("it starts" if k < 4 else "it ends"), H(g.say(half, True, [4], styles=("digits",)), "sub"))
    R = c.val("BANK_ACCOUNT", acct)
    c.t("agent", "right, account ", R(g.say(acct, True, [4, 4], fill=0)), ", sort code ",
        c.val("SORT_CODE", sc)("-".join([sc[:2], sc[2:4], sc[4:]]) if g.p(0.3) else g.say(sc, True, [2, 2, 2], fill=0, styles=("pairs",))))
    return c


def p_bank_typed(g):
    c = Case("positive", "typed e-mail/chat: sort code and account number with labels and odd formatting")
    sc = digs(g, 6, True)
    acct = digs(g, g.ch([8, 8, 10, 12]))
    S = c.val("SORT_CODE", sc)
    A = c.val("BANK_ACCOUNT", acct)
    sct = g.ch(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s.%s.%s"]) % (sc[:2], sc[2:4], sc[4:])
    c.t("customer", g.ch(["Hi, please refund to ", "refund to my acc ", "Bank details for the direct debit - "]),
        g.ch(["sort code ", "S/C: ", "sc ", "Sort: "]), S(sct), g.ch([", acct no: ", " a/c ", " account number ", " acc# "]),
        A(acct if g.p(0.6) else acct[:4] + " " + acct[4:]), g.ch([". Thanks", "", " thx", ". Regards, " + g.ch(FIRST).title()]))
    c.t("agent", "Thank you, I'll arrange that today. Refunds take 3-5 working days.")
    return c


def p_iban(g):
    c = Case("positive", "EU/IE/UK: IBAN given typed or spoken, partial repeat by agent")
    iban = make_iban(g)
    I = c.val("IBAN", iban)
    if g.p(0.45):
        grp = " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))
        c.t("customer", g.ch(["IBAN: ", "my iban is ", "iban ", "Please pay to IBAN "]), I(g.ch([grp, iban, grp.lower()])),
            g.ch(["", " (bank in %s)" % g.ch(["Dublin", "Madrid", "Berlin", "Amsterdam", "Lyon"]), "."]))
        R = c.val("IBAN", iban)
        c.t("agent", "Thanks - just confirming the IBAN starts ", R(iban[:4], "sub"), " and ends ",
            c.val("IBAN", iban)(iban[-4:], "sub"), "?")
    else:
        letters = lambda s: " ".join(g.letter(x, 0.3) for x in s)
        body = iban[4:]
        lead = letters(iban[:2]) + " " + g.say(iban[2:4], True, [2], styles=("digits", "pairs"))
        if body[:4].isalpha():
            bank = letters(body[:4])
            rest = body[4:]
        else:
            bank, rest = "", body
        c.t("customer", "okay the iban is ", I(lead + (" " + bank if bank else ""), "full"))
        c.t("agent", g.ch(["yep", "mhm", "go on"]))
        chunks = [4] * (len(rest) // 4) + ([len(rest) % 4] if len(rest) % 4 else [])
        half = (len(chunks) // 2) * 4
        c.t("customer", I(g.say(rest[:half], True, chunks[:len(chunks) // 2]), "full"))
        c.t("agent", g.ch(["okay", "got that, and the rest"]))
        c.t("customer", I(g.say(rest[half:], True, chunks[len(chunks) // 2:]), "full"))
        R = c.val("IBAN", iban)
        c.t("agent", "so the last part is ", R(g.say(rest[half:], True, chunks[len(chunks) // 2:], fill=0), "sub"), "?")
    return c


def phone_say(g, cc, local, uk):
    if cc:
        lead = "plus " + " ".join(UNIT_WORD[int(x)] for x in cc) if g.p(0.7) else g.say("00" + cc, uk, [len(cc) + 2])
        return lead + " " + g.say(local, uk, [4, 3, 3] if len(local) == 10 else [3, 3, len(local) - 6])
    return g.say(local, uk, [5, 6] if len(local) == 11 else [3, 3, len(local) - 6])


def phone_type(g, cc, local):
    if cc:
        sp = local[:4] + " " + local[4:]
        return g.ch(["%s %s" % (cc, sp), "%s%s" % (cc, local), "00%s %s" % (cc, sp)]), g.p(0.8)
    if len(local) == 10 and local[0] != "0":
        return g.ch(["%s-%s-%s" % (local[:3], local[3:6], local[6:]), "%s.%s.%s" % (local[:3], local[3:6], local[6:]),
                     local]), False
    return g.ch([local[:5] + " " + local[5:], local, local[:3] + " " + local[3:7] + " " + local[7:]]), False


def p_phone(g):
    country = g.ch(["UK", "UK", "IE", "US", "US", "DE"])
    c = Case("positive", "%s: contact phone number given (typed or spoken), read back" % country)
    canon, cc, local = make_phone(g, country)
    P = c.val("PHONE", canon)
    uk = country != "US"
    if g.p(0.4):
        t, plus = phone_type(g, cc, local)
        if t.startswith("00"):
            plus = False
        c.t("customer", g.ch(["my mobile: ", "Phone - ", "best number is ", "tel ", "call me on "]) + ("+" if plus else ""), P(t))
        c.t("agent", "Thanks, we'll call you on that number within 24 hours.")
    else:
        c.t("agent", g.ch(["what's the best number to reach you on?", "and a contact number?", "can i grab a callback number"]))
        c.t("customer", g.ch(["", "yeah it's ", "um, it's "]), P(phone_say(g, cc, local, uk)))
        R = c.val("PHONE", canon)
        c.t("agent", g.ch(["that's ", "so ", "let me repeat, "]), R(phone_say(g, cc, local, uk)), "?")
        c.t("customer", g.ch(["yes", "that's it", "yep"]))
    return c


def p_phone_correction(g):
    country = g.ch(["UK", "IE", "US"])
    uk = country != "US"
    c = Case("positive", "%s call: phone number for someone else, caller corrects a single digit group" % country)
    canon, cc, local = make_phone(g, country)
    c.t("customer", "can you put my %s's number on as the contact, %s" % (g.ch(["daughter", "son", "carer", "partner"]),
                                                                     g.ch(["she deals with it now", "he handles the bills"])))
    c.t("agent", "sure, go ahead")
    P = c.val("PHONE", canon)
    c.t("customer", P(phone_say(g, cc, local, uk)))
    k = len(canon) - 1
    wrong = canon[:k] + str((int(canon[k]) + 2) % 10)
    W = c.val("PHONE", wrong)
    c.t("agent", "and that's ", W(g.say(wrong, uk, [len(wrong) - 6, 3, 3], fill=0), "wrong"))
    Q = c.val("PHONE", canon)
    c.t("customer", "no, the end is ", Q(g.say(canon[-3:], uk, [3], styles=("digits",)), "sub"))
    R = c.val("PHONE", canon)
    c.t("agent", "ah, ", R(g.say(canon[-3:], uk, [3], styles=("digits",)), "sub"), ", sorry, updated")
    return c


def p_email(g):
    c = Case("positive", "e-mail address spoken or typed, agent spells it back")
    e = make_email(g)
    E = c.val("EMAIL", e)
    if g.p(0.4):
        c.t("customer", g.ch(["email: ", "Its ", "you can email me at ", "E-mail ", ""]), E(e if g.p(0.7) else e.upper() if g.p(0.3) else e.title()))
        c.t("agent", "Thanks, a confirmation has been sent.")
    else:
        c.t("agent", "and what email address should we use?")
        c.t("customer", g.ch(["it's ", "yeah it's ", "um it's "]), E(speak_email(g, e)))
        R = c.val("EMAIL", e)
        c.t("agent", g.ch(["so ", "that's ", "let me just check: "]), R(speak_email(g, e)), "?")
        c.t("customer", g.ch(["yep", "that's it", "yes all lower case"]))
    return c


def p_dob(g):
    uk = g.p(0.6)
    c = Case("positive", "%s: DOB verification with agent read-back in the other format" % ("UK/IE" if uk else "US"))
    d = make_dob(g)
    D = c.val("DOB", d.isoformat())
    c.t("agent", g.ch(["can you confirm your date of birth for security", "and your date of birth please",
                       "what's the date of birth on the policy"]))
    spoken = g.p(0.6)
    c.t("customer", g.ch(["", "it's ", "um "]), D(say_dob(g, d, uk) if spoken else type_dob(g, d, uk)))
    R = c.val("DOB", d.isoformat())
    c.t("agent", g.ch(["thank you, ", "so ", ""]), R(type_dob(g, d, uk) if spoken else say_dob(g, d, uk)), g.ch(["", ", yes?"]))
    return c


def p_address(g):
    us = g.p(0.3)
    c = Case("positive", "%s: address with postcode/ZIP, town kept outside the spans" % ("US" if us else "UK/IE"))
    a = make_address(g, us)
    A = c.val("ADDRESS", type_address(g, a))
    if us:
        z = digs(g, 5, True) + (digs(g, 4) if g.p(0.3) else "")
        Z = c.val("POSTCODE", z)
        zt = z if len(z) == 5 else z[:5] + "-" + z[5:]
        if g.p(0.5):
            c.t("customer", "Ship to ", A(type_address(g, a)), ", ", g.ch(US_TOWNS).title(), " ", Z(zt))
        else:
            c.t("customer", "it's ", A(say_address(g, a)), ", ", g.ch(US_TOWNS), ", zip ", Z(g.say(z[:5], False, [5], styles=("digits",))))
        return c
    pc = make_uk_postcode(g)
    P = c.val("POSTCODE", pc)
    if g.p(0.4):
        c.t("customer", g.ch(["Address: ", "new address is ", "I've moved to "]), A(type_address(g, a)), ", ",
            g.ch(TOWNS).title(), g.ch([", ", " ", ". "]), P(type_postcode(g, pc)))
        c.t("agent", "Thanks, I've updated your address.")
    else:
        c.t("agent", "what's the first line of the address?")
        c.t("customer", A(say_address(g, a)), ", in ", g.ch(TOWNS))
        c.t("agent", "and the postcode?")
        c.t("customer", P(say_postcode(g, pc)))
        R = c.val("POSTCODE", pc)
        c.t("agent", g.ch(["", "that's "]), R(say_postcode(g, pc)), "?")
        c.t("customer", "yes")
    return c


def p_verify_mix(g):
    ind = g.ch(["energy supplier", "broadband", "water company", "mobile network", "car insurance"])
    c = Case("positive", "UK %s call: multi-item security check, postcode confirmed piece by piece, DOB corrected" % ind)
    pc = make_uk_postcode(g)
    d = make_dob(g)
    P = c.val("POSTCODE", pc)
    c.t("agent", "before i go into the account can i take the postcode")
    c.t("customer", P(say_postcode(g, pc[:-3] + pc[-3:]).split(" ")[0] if False else say_postcode(g, pc)))
    P2 = c.val("POSTCODE", pc)
    c.t("agent", "sorry the line's bad, was that ", P2(" ".join(g.letter(x, 1.0) if x.isalpha() else UNIT_WORD[int(x)] for x in pc[:-3]), "sub"), "?")
    c.t("customer", "yeah, then ", c.val("POSTCODE", pc)(" ".join(g.letter(x, 0.5) if x.isalpha() else UNIT_WORD[int(x)] for x in pc[-3:]), "sub"))
    c.t("agent", "thank you. and date of birth")
    wrong_year = d.year + 1
    dw = d.replace(year=wrong_year)
    W = c.val("DOB", dw.isoformat())
    D = c.val("DOB", d.isoformat())
    c.t("customer", W(say_dob(g, dw, True), "wrong"), ", no, what am i saying, ", D(say_dob(g, d, True)))
    c.t("agent", "okay, we'll go with that")
    return c


def p_chat_email_block(g):
    c = Case("positive", "typed e-mail to support with several PII items in one message")
    e = make_email(g)
    ni = make_ni(g)
    a = make_address(g)
    pc = make_uk_postcode(g)
    canon, cc, local = make_phone(g, "UK")
    E, N, A, P, T = (c.val("EMAIL", e), c.val("NI_NUMBER", ni), c.val("ADDRESS", type_address(g, a)),
                     c.val("POSTCODE", pc), c.val("PHONE", canon))
    pt, plus = phone_type(g, cc, local)
    if pt.startswith("00"):
        plus = False
    c.t("customer", "Hello, re my council tax. My details: ", A(type_address(g, a)), ", ", g.ch(TOWNS).title(), " ",
        P(type_postcode(g, pc)), ". NI no ", N(ni_typed(g, ni)), ". Tel ", "+" if plus else "", T(pt), ". Email ", E(e),
        ". Thanks")
    c.t("agent", "Thank you, I have passed this to the council tax team. Ref CT-%s." % digs(g, 6))
    return c


POS_TEMPLATES = [(p_chat_card, 14), (p_call_card_split, 14), (p_card_correction, 12), (p_card_hold, 10),
                 (p_card_for_someone, 6), (p_card_transfer, 6), (p_ssn, 18), (p_ssn_correction, 8),
                 (p_ssn_for_someone, 6), (p_ni, 18), (p_ni_piecewise, 8), (p_ni_other, 6), (p_bank, 12),
                 (p_bank_typed, 8), (p_iban, 14), (p_phone, 14), (p_phone_correction, 8), (p_email, 12),
                 (p_dob, 10), (p_address, 14), (p_verify_mix, 6), (p_chat_email_block, 6)]


# ------------------------------- negative templates -----------------------
def n_order_like_card(g):
    c = Case("negative", "16-digit Luhn-valid order/reference number read like a card, labelled as a reference")
    num = make_card(g)
    lab = g.ch(["order number", "booking reference", "tracking number", "claim reference", "case number", "invoice number"])
    uk = g.p(0.5)
    c.t("customer", "my %s is %s" % (lab, g.say(num, uk, card_chunks(num)) if g.p(0.6) else card_typed(g, num)))
    c.t("agent", g.ch(["thanks, and that %s again was" % lab, "let me pull up that %s" % lab]))
    c.t("agent", "i've found the %s, it's showing as dispatched" % lab)
    return c


def n_last4(g):
    c = Case("negative", "card last four only (PCI-permitted), amounts and dates")
    uk = g.p(0.5)
    l4 = digs(g, 4)
    amt = "%d.%02d" % (g.r.randint(5, 900), g.r.randint(0, 99))
    c.t("agent", "i can see a payment of %s%s on the card ending %s" % ("£" if uk else "$", amt,
        g.ch([l4, " ".join(g.dword(x, uk) for x in l4), g.say(l4, uk, [4], styles=("pairs",))])))
    c.t("customer", g.ch(["yeah the one ending %s, that's my old card" % l4, "is that the card that ends in %s?" % g.say(l4, uk, [4]),
                          "no, my card ends %s" % " ".join(g.dword(x, uk) for x in l4)]))
    c.t("agent", "it was taken on the %s of %s" % (ORD[g.r.randint(1, 28)], g.ch(MONTHS)))
    return c


def n_amounts(g):
    c = Case("negative", "balances, prices and percentages spoken with lots of digits")
    uk = g.p(0.5)
    bal = g.r.randint(1000, 99999)
    c.t("agent", "your outstanding balance is %s pounds and %s pence" % (g.group(str(bal)[:3], uk, "hundreds") if bal >= 100000 else "{:,}".format(bal), g.pair("%02d" % g.r.randint(10, 99), uk)))
    c.t("customer", g.ch(["how much?! i paid four hundred and twelve last month", "that can't be right, it was £%d.%02d in march" % (g.r.randint(20, 400), g.r.randint(0, 99))]))
    c.t("agent", "the interest rate went up to %d.%d percent, and there's a %d pound late fee" % (g.r.randint(3, 29), g.r.randint(0, 9), g.ch([12, 25, 30])))
    return c


def n_times(g):
    c = Case("negative", "opening hours, durations, times")
    c.t("customer", "what time are you open till?")
    c.t("agent", g.ch(["we're open eight till eight monday to friday, nine to five thirty on saturdays",
                       "the lines are open 08:00-20:00 Mon-Fri and 9am-1pm Sat",
                       "we're open from half seven until ten, and the wait is about twenty five minutes"]))
    c.t("customer", "i've been on hold for %s minutes already" % g.ch(["forty", "fifty five", "an hour and twenty", "35"]))
    return c


def n_meter(g):
    c = Case("negative", "utility meter readings and meter serial numbers")
    r1 = digs(g, 5)
    c.t("agent", "can you give me the reading on the meter")
    c.t("customer", "it says %s, and the red numbers after are %s" % (g.say(r1, True, [5]), g.say(digs(g, 2), True, [2])))
    c.t("agent", "and the meter serial is it %s?" % g.ch(["E6S%s" % digs(g, 8), "K%s%s" % (digs(g, 2), "A" + digs(g, 5)), digs(g, 10)]))
    c.t("customer", "yes that's on the sticker")
    return c


def n_travel(g):
    c = Case("negative", "travel: flight, seat, gate, booking reference and times")
    fl = g.ch(["BA", "EI", "FR", "LH", "AA", "UA"]) + str(g.r.randint(10, 9999))
    c.t("customer", "I'm on flight %s tomorrow, seat %d%s, and the booking ref is %s" % (fl, g.r.randint(1, 40), g.ch("ABCDEF"),
        "".join(g.ch("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))))
    c.t("agent", "that departs at %02d:%02d from gate %d%s, room %d is booked for two nights" % (g.r.randint(5, 22), g.ch([5, 15, 30, 45]),
        g.r.randint(1, 60), g.ch(["", "A", "B"]), g.r.randint(100, 950)))
    return c


def n_policy(g):
    c = Case("negative", "insurance/claim/policy numbers with labels (long digit strings)")
    lab = g.ch(["policy number", "claim number", "member ID", "account reference", "customer number"])
    val = g.ch(["%s-%s-%s" % (digs(g, 3), digs(g, 3), digs(g, 3)), digs(g, 9), digs(g, 11), "POL" + digs(g, 8), digs(g, 6) + "/" + digs(g, 2)])
    c.t("customer", "%s is %s" % (lab.capitalize(), val))
    c.t("agent", "thanks, and what's the %s for the other vehicle, the %s?" % (lab, g.ch(["ford", "toyota", "vw"])))
    c.t("customer", "the %s on that one is %s" % (lab, g.say(digs(g, 9), g.p(0.5), [3, 3, 3])))
    c.t("agent", "got it, your %s is linked now" % lab)
    return c


def n_misc_numbers(g):
    c = Case("negative", "ages, temperatures, counts, years, contract dates")
    c.t("customer", "my mum is %s and the heating's been stuck at %d degrees since %d" % (g.ch(["eighty seven", "92", "seventy four"]),
        g.r.randint(12, 30), g.r.randint(2015, 2025)))
    c.t("agent", "i can see the contract started on %s %d and runs for %d months, you've had %d visits" % (g.ch(MONTHS).title(),
        g.r.randint(2018, 2025), g.ch([12, 18, 24, 36]), g.r.randint(2, 9)))
    c.t("customer", "and the engineer's coming on the %s between %s" % (ORD[g.r.randint(1, 28)], g.ch(["eight and one", "12 and 6", "one and five"])))
    return c


def n_serial(g):
    c = Case("negative", "device serial/model/IMEI-like numbers and ticket numbers")
    c.t("customer", "the router model is %s and the serial is %s" % (g.ch(["HH6A", "TG-2492", "Hub 4", "FX%d" % g.r.randint(100, 999)]),
        g.ch([digs(g, 15), "SN%s" % digs(g, 12), g.say(digs(g, 12), True, [4, 4, 4])])))
    c.t("agent", "thanks, i've opened ticket %s, you'll get a text in %d hours" % (g.ch(["INC" + digs(g, 7), digs(g, 8), "#" + digs(g, 6)]), g.ch([24, 48, 72])))
    return c


def n_roads(g):
    c = Case("negative", "road names and places without house numbers; postal-sounding non-postcodes")
    c.t("customer", "the van's stuck on %s near %s, by junction %d of the %s" % (g.ch(["Station Road", "Mill Lane", "the High Street", "Harbour Road"]),
        g.ch(TOWNS).title(), g.r.randint(2, 40), g.ch(["M6", "M50", "A40", "N7", "I-95"])))
    c.t("agent", "okay, the depot on %s closes at %d" % (g.ch(["Victoria Street", "Elm Grove", "Castle Parade"]), g.r.randint(4, 9)))
    return c


def n_payment_date(g):
    c = Case("negative", "payment/appointment dates spoken like DOBs, plus direct debit amounts")
    y = g.r.randint(2024, 2027)
    d = datetime.date(y, g.r.randint(1, 12), g.r.randint(1, 28))
    c.t("agent", "your next direct debit of %d pounds %d comes out on the %s of %s %s" % (g.r.randint(20, 200), g.r.randint(1, 99),
        ORD[d.day], MONTHS[d.month - 1], year_words(g, d.year)))
    c.t("customer", "can we move the appointment to %s? I finish at 5.30" % g.ch(["%02d/%02d/%d" % (d.day, d.month, d.year), "the %s" % ORD[d.day], "next tuesday"]))
    return c


def n_spoken_ref(g):
    c = Case("negative", "reference number read digit by digit with back-channels, like a card reading")
    ref = digs(g, 12)
    uk = g.p(0.5)
    lab = g.ch(["reference", "confirmation number", "transaction ID", "authorisation code"])
    c.t("agent", "i'll give you a %s for that, have you got a pen?" % lab)
    c.t("customer", "go on")
    c.t("agent", "%s" % g.say(ref[:6], uk, [3, 3]))
    c.t("customer", "mhm")
    c.t("agent", "%s" % g.say(ref[6:], uk, [3, 3]))
    c.t("customer", "so that's %s" % g.say(ref, uk, [3, 3, 3, 3], fill=0))
    return c


NEG_TEMPLATES = [(n_order_like_card, 14), (n_last4, 12), (n_amounts, 9), (n_times, 7), (n_meter, 9), (n_travel, 8),
                 (n_policy, 10), (n_misc_numbers, 8), (n_serial, 8), (n_roads, 6), (n_payment_date, 8), (n_spoken_ref, 9)]


# --------------------------------------------------------------------------
def generate():
    rng = random.Random(SEED)
    g = Gen(rng)
    out = []
    for kind, templates, prefix in (("positive", POS_TEMPLATES, "pos"), ("negative", NEG_TEMPLATES, "neg")):
        plan = []
        for fn, n in templates:
            plan += [fn] * n
        rng.shuffle(plan)
        for i, fn in enumerate(plan, 1):
            case = fn(g)
            body, meta = case.build()
            rec = {"id": "h492-%s-%03d" % (prefix, i), "kind": kind, "turns": body["turns"],
                   "spans": body["spans"], "note": case.note}
            out.append((rec, case, meta))
    return out


def serialise(out):
    return "".join(json.dumps(rec, ensure_ascii=False) + "\n" for rec, _, _ in out)


ALNUM_TYPES = {"CARD_NUMBER", "CVV", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE", "IBAN", "PHONE", "POSTCODE"}


def check(out):
    errs = []
    ids = set()
    for rec, case, meta in out:
        cid = rec["id"]
        if cid in ids:
            errs.append("dup id " + cid)
        ids.add(cid)
        if rec["kind"] == "negative" and rec["spans"]:
            errs.append(cid + ": negative with spans")
        if rec["kind"] == "positive" and not rec["spans"]:
            errs.append(cid + ": positive without spans")
        for t in rec["turns"]:
            if t["speaker"] not in ("customer", "agent"):
                errs.append(cid + ": bad speaker")
        by_turn = {}
        for s in rec["spans"]:
            text = rec["turns"][s["turn"]]["text"]
            a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(text)):
                errs.append("%s: offsets out of range" % cid)
                continue
            if not (text[a].isalnum() and text[b - 1].isalnum()):
                errs.append("%s: span edge not alnum %r" % (cid, text[a:b]))
            if (a > 0 and text[a - 1].isalnum()) or (b < len(text) and text[b].isalnum()):
                errs.append("%s: span not on word boundary %r" % (cid, text[a:b]))
            by_turn.setdefault(s["turn"], []).append((a, b))
        for lst in by_turn.values():
            lst.sort()
            for (a1, b1), (a2, b2) in zip(lst, lst[1:]):
                if a2 < b1:
                    errs.append(cid + ": overlapping spans")
        # group validation
        full = {}
        for s, (gid, role) in zip(rec["spans"], meta):
            typ, canon = case.groups[gid]
            if typ != s["type"]:
                errs.append(cid + ": type mismatch")
            if not canon_ok(typ, canon if role != "wrong" else canon):
                if role != "wrong":
                    errs.append("%s: invalid canonical %s %r" % (cid, typ, canon))
            text = rec["turns"][s["turn"]]["text"][s["start"]:s["end"]]
            if typ in ALNUM_TYPES:
                norm = normalise(text).lstrip("+")
                if typ == "PHONE" and norm.startswith("00"):
                    norm = norm[2:]
                if role == "full":
                    full.setdefault(gid, []).append(norm)
                elif role == "sub":
                    if not norm or norm not in canon:
                        errs.append("%s: %s fragment %r -> %r not in %r" % (cid, typ, text, norm, canon))
                else:
                    if not norm or norm.replace("+", "") == "" or len(norm) > len(canon) or not re.match(r"^[A-Z0-9]+$", norm):
                        errs.append("%s: bad wrong-reading %r" % (cid, text))
            elif typ == "EMAIL":
                if normalise_email(text) != canon:
                    errs.append("%s: email %r -> %r != %r" % (cid, text, normalise_email(text), canon))
            elif typ in ("DOB", "EXPIRY"):
                low = text.lower()
                if not (any(m in low for m in MONTHS) or any(m[:3] in low for m in MONTHS) or re.search(r"\d", low)
                        or any(w in low.split() for w in list(UNITS) + list(TENS) + list(TEENS))):
                    errs.append("%s: date span %r" % (cid, text))
                if role != "wrong" and typ == "DOB":
                    y = int(canon[:4])
                    nd = normalise(re.sub(r"(st|nd|rd|th)\b", "", low))
                    if str(y)[2:] not in nd and not any(w in low for w in ("two thousand",)):
                        errs.append("%s: DOB year not found in %r" % (cid, text))
            elif typ == "ADDRESS":
                if not canon_ok("ADDRESS", text) or not re.match(r"^(flat|apt|\d|[a-z]+)", text.lower()):
                    errs.append("%s: address %r" % (cid, text))
        for gid, parts in full.items():
            typ, canon = case.groups[gid]
            if "".join(parts) != canon:
                errs.append("%s: %s readings %r -> %r != %r" % (cid, typ, parts, "".join(parts), canon))
    return errs


def counts(out):
    c = Counter()
    for rec, _, _ in out:
        for s in rec["spans"]:
            c[s["type"]] += 1
    return c


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args()
    out = generate()
    data = serialise(out)
    errs = check(out)
    cnt = counts(out)
    npos = sum(1 for r, _, _ in out if r["kind"] == "positive")
    nneg = len(out) - npos
    need = {"CARD_NUMBER": 70, "SSN": 30, "NI_NUMBER": 30}
    for t in ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE", "IBAN",
              "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]:
        if cnt[t] < need.get(t, 10):
            errs.append("too few %s spans: %d" % (t, cnt[t]))
    if npos < 200 or nneg < 100:
        errs.append("too few cases: %d pos %d neg" % (npos, nneg))
    if args.check:
        try:
            with open(OUT_FILE, encoding="utf-8") as f:
                on_disk = f.read()
        except FileNotFoundError:
            on_disk = None
        if on_disk != data:
            errs.append("cases.jsonl is not byte-identical to a fresh regeneration")
        # re-validate from the file itself
        for line in (on_disk or "").splitlines():
            json.loads(line)
    else:
        os.makedirs(OUT_DIR, exist_ok=True)
        with open(OUT_FILE, "w", encoding="utf-8", newline="\n") as f:
            f.write(data)
    print("cases: %d positive, %d negative" % (npos, nneg))
    for t, n in sorted(cnt.items()):
        print("  %-13s %d" % (t, n))
    if errs:
        for e in errs[:60]:
            print("ERROR:", e)
        print("%d errors" % len(errs))
        return 1
    print("OK" + (" (--check passed)" if args.check else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set h172 (US-heavy).

Written by an independent AI helper that did not see the redaction code.
Usage:
    python scripts/make_pii_holdout172.py          # write fixture + README
    python scripts/make_pii_holdout172.py --check  # regenerate, compare, validate
Standard library only; output is byte-for-byte reproducible (seed 172241125).
"""
import json
import os
import re
import sys
import random
from collections import Counter

SEED = 172241125
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUTDIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout172")
CASES = os.path.join(OUTDIR, "cases.jsonl")
README = os.path.join(OUTDIR, "README.md")

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]
MIN_SPANS = {t: 12 for t in TYPES}
TARGET = {t: 18 for t in TYPES}
TARGET["NI_NUMBER"] = 38
MIN_SPANS.update({"CARD_NUMBER": 30, "NI_NUMBER": 30, "SSN": 30})
N_POS_MIN, N_NEG = 170, 110

# ---------------------------------------------------------------- spoken forms
UNIT = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEEN = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
        "seventeen", "eighteen", "nineteen"]
TENS = {"2": "twenty", "3": "thirty", "4": "forty", "5": "fifty", "6": "sixty",
        "7": "seventy", "8": "eighty", "9": "ninety"}
ZEROS_US = ["zero", "oh", "o"]
ZEROS_UK = ["zero", "oh", "nought", "o"]
NATO = ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel",
        "india", "juliet", "kilo", "lima", "mike", "november", "oscar", "papa",
        "quebec", "romeo", "sierra", "tango", "uniform", "victor", "whiskey",
        "xray", "yankee", "zulu"]
ASIN = {"a": "apple", "b": "boy", "c": "cat", "d": "dog", "e": "edward", "h": "harry",
        "j": "john", "k": "king", "l": "larry", "m": "mary", "n": "nancy", "p": "peter",
        "r": "robert", "s": "sam", "t": "tom", "w": "william", "y": "yellow", "z": "zebra"}


class Speaker:
    def __init__(self, rng, uk=False):
        self.rng = rng
        self.uk = uk

    def zero(self):
        return self.rng.choice(ZEROS_UK if self.uk else ZEROS_US)

    def unit(self, d, z):
        return z if d == "0" else UNIT[int(d)]

    def single(self, digits, repeats=True):
        rng = self.rng
        z = self.zero()
        out, i = [], 0
        while i < len(digits):
            d = digits[i]
            run = 1
            while i + run < len(digits) and digits[i + run] == d and run < 3:
                run += 1
            if repeats and run == 3 and rng.random() < 0.6:
                out.append("triple " + self.unit(d, z)); i += 3; continue
            if repeats and run >= 2 and rng.random() < 0.6:
                out.append("double " + self.unit(d, z)); i += 2; continue
            out.append(self.unit(d, z)); i += 1
        return " ".join(out)

    def pair(self, p, z):
        if p[0] == "0":
            return z + " " + self.unit(p[1], z)
        if p[0] == "1":
            return TEEN[int(p[1])]
        return TENS[p[0]] + ("" if p[1] == "0" else " " + UNIT[int(p[1])])

    def pairs(self, digits):
        z = self.zero()
        parts = []
        s = digits
        if len(s) % 2:
            parts.append(self.unit(s[0], z)); s = s[1:]
        for i in range(0, len(s), 2):
            parts.append(self.pair(s[i:i + 2], z))
        return " ".join(parts)

    def say(self, digits):
        """Speak a digit string, mixing styles; guaranteed to round-trip."""
        for _ in range(6):
            r = self.rng.random()
            if r < 0.55:
                txt = self.single(digits)
            elif r < 0.8 and len(digits) <= 4:
                txt = self.pairs(digits)
            else:
                txt = self.single(digits, repeats=False)
            if norm_digits(txt) == digits:
                return txt
        txt = " ".join(UNIT[int(d)] for d in digits)
        assert norm_digits(txt) == digits
        return txt

    def say_groups(self, groups, sep=" "):
        for _ in range(6):
            txt = sep.join(self.say(g) for g in groups)
            if norm_digits(txt) == "".join(groups):
                return txt
        return sep.join(self.single(g, repeats=False) for g in groups)

    def letter(self, ch):
        ch = ch.lower()
        r = self.rng.random()
        if r < 0.5:
            return ch
        if r < 0.75 or ch not in ASIN:
            return ch + " for " + NATO[ord(ch) - 97]
        return ch + " as in " + ASIN[ch]


FILLER = {"um", "uh", "er", "erm", "ah", "sorry", "like", "and", "hmm"}
UNITMAP = {w: str(i) for i, w in enumerate(UNIT)}
UNITMAP.update({"oh": "0", "o": "0", "nought": "0", "nil": "0"})
TEENMAP = {w: str(10 + i) for i, w in enumerate(TEEN)}
TENSMAP = {v: k for k, v in TENS.items()}


def normalise(text):
    """Spoken/typed value -> canonical uppercase alnum string (plus @ . _ -)."""
    toks = re.findall(r"[a-z]+|\d+|[@._\-]", text.lower())
    out, i = [], 0
    n = len(toks)
    while i < n:
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < n else None
        if t.isdigit():
            out.append(t)
        elif t in ("double", "triple") and nxt in UNITMAP:
            out.append(UNITMAP[nxt] * (2 if t == "double" else 3)); i += 1
        elif len(t) == 1 and t.isalpha() and nxt == "for" and i + 2 < n:
            out.append(t.upper()); i += 2
        elif len(t) == 1 and t.isalpha() and nxt == "as" and i + 3 < n and toks[i + 2] == "in":
            out.append(t.upper()); i += 3
        elif t in UNITMAP:
            if nxt == "hundred":
                d = UNITMAP[t]; i += 1
                n2 = toks[i + 1] if i + 1 < n else None
                if n2 in TEENMAP:
                    out.append(d + TEENMAP[n2]); i += 1
                elif n2 in TENSMAP:
                    n3 = toks[i + 2] if i + 2 < n else None
                    if n3 in UNITMAP and UNITMAP[n3] != "0" and n3 not in ("o", "oh"):
                        out.append(d + TENSMAP[n2] + UNITMAP[n3]); i += 2
                    else:
                        out.append(d + TENSMAP[n2] + "0"); i += 1
                else:
                    out.append(d + "00")
            else:
                out.append(UNITMAP[t])
        elif t in TEENMAP:
            out.append(TEENMAP[t])
        elif t in TENSMAP:
            if nxt in UNITMAP and UNITMAP[nxt] != "0":
                out.append(TENSMAP[t] + UNITMAP[nxt]); i += 1
            else:
                out.append(TENSMAP[t] + "0")
        elif t in FILLER:
            pass
        elif t == "dot":
            out.append(".")
        elif t == "at":
            out.append("@")
        elif t == "underscore":
            out.append("_")
        elif t == "dash" or t == "hyphen":
            out.append("-")
        elif t in (".", "-", "_", "@"):
            out.append(t)
        elif len(t) <= 4 and t.isalpha():
            out.append(t.upper())
        else:
            out.append("<" + t + ">")
        i += 1
    return "".join(out)


def norm_digits(text):
    return normalise(text)


# ---------------------------------------------------------------- validators
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
    num = "".join(str(int(c, 36)) for c in r)
    return int(num) % 97 == 1


MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
MON3 = [m[:3] for m in MONTHS]
SUFFIX = r"(street|st|avenue|ave|road|rd|drive|dr|lane|ln|boulevard|blvd|court|ct|way|place|pl|terrace|circle|cir|parkway|pkwy|close|crescent|highway|hwy)"


def validate(typ, raw):
    """raw: concatenated span texts of one value. Returns error string or None."""
    if typ == "EMAIL":
        e = raw if "@" in raw else re.sub(r"\s+", "", raw.replace(" dot ", ".").replace(" at ", "@").replace(" underscore ", "_"))
        if not re.fullmatch(r"[A-Za-z0-9._\-]+@[A-Za-z0-9\-]+(\.[A-Za-z0-9\-]+)+", e):
            return "bad email " + e
        return None
    n = normalise(raw)
    if typ not in ("NI_NUMBER", "IBAN", "POSTCODE"):
        n = re.sub(r"[-.]", "", n)
    dig = re.sub(r"\D", "", n)
    if typ == "CARD_NUMBER":
        if n != dig or not 13 <= len(dig) <= 19 or not luhn_ok(dig):
            return "bad card " + n
    elif typ == "CVV":
        if n != dig or len(dig) not in (3, 4):
            return "bad cvv " + n
    elif typ == "SSN":
        if n != dig or len(dig) != 9 or dig[:3] in ("000", "666") or dig[0] == "9" \
                or dig[3:5] == "00" or dig[5:] == "0000":
            return "bad ssn " + n
    elif typ == "NI_NUMBER":
        if not re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", n):
            return "bad ni " + n
    elif typ == "SORT_CODE":
        if n != dig or len(dig) != 6:
            return "bad sort " + n
    elif typ == "BANK_ACCOUNT":
        if n != dig or not 8 <= len(dig) <= 12:
            return "bad account " + n
    elif typ == "IBAN":
        if not iban_ok(n):
            return "bad iban " + n
    elif typ == "PHONE":
        core = n.lstrip("+")
        if core != dig or not 10 <= len(dig) <= 13:
            return "bad phone " + n
    elif typ == "EMAIL":
        if not re.fullmatch(r"[A-Za-z0-9._\-]+@[A-Za-z0-9\-]+(\.[A-Za-z0-9\-]+)+", n):
            return "bad email " + n
    elif typ == "POSTCODE":
        if not (re.fullmatch(r"\d{5}(\d{4})?", n.replace("-", "")) or
                re.fullmatch(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}", n)):
            return "bad postcode " + n
    elif typ in ("DOB", "EXPIRY"):
        low = raw.lower()
        has_month = any(re.search(r"\b" + m + r"\b", low) for m in MONTHS + MON3)
        if not (has_month or 3 <= len(dig) <= 8):
            return "bad date " + raw
    elif typ == "ADDRESS":
        low = raw.lower()
        if not re.search(r"\b" + SUFFIX + r"\b", low) or not (re.search(r"\d", low) or
                                                              any(re.search(r"\b" + u + r"\b", low) for u in UNIT[1:] + TEEN + list(TENS.values()))):
            return "bad address " + raw
    else:
        return "unknown type " + typ
    return None


# ---------------------------------------------------------------- value makers
FIRST = ["james", "maria", "robert", "linda", "michael", "jennifer", "david", "patricia",
         "carlos", "aisha", "kevin", "tanya", "brian", "megan", "luis", "keisha",
         "tom", "sarah", "declan", "siobhan", "priya", "olivia", "marcus", "hannah"]
LAST = ["johnson", "garcia", "miller", "davis", "rodriguez", "wilson", "anderson",
        "thomas", "jackson", "white", "harris", "martinez", "thompson", "robinson",
        "walker", "murphy", "kelly", "patel", "nguyen", "okafor", "brennan", "schmidt"]
DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "aol.com",
           "comcast.net", "icloud.com", "att.net", "verizon.net", "btinternet.com",
           "eircom.net", "protonmail.com"]
STREETS = ["Maple", "Oak", "Cedar", "Pine", "Elm", "Washington", "Lincoln", "Jefferson",
           "Sunset", "Highland", "Lakeview", "Park", "Church", "Mill", "Ridge", "Willow",
           "Franklin", "Madison", "Chestnut", "Hillcrest", "Magnolia", "Peachtree"]
SUFFIXES = [("Street", "St"), ("Avenue", "Ave"), ("Road", "Rd"), ("Drive", "Dr"),
            ("Lane", "Ln"), ("Boulevard", "Blvd"), ("Court", "Ct"), ("Way", "Way"),
            ("Place", "Pl"), ("Circle", "Cir")]
US_CITIES = [("Columbus", "OH", "432"), ("Austin", "TX", "787"), ("Denver", "CO", "802"),
             ("Tampa", "FL", "336"), ("Phoenix", "AZ", "850"), ("Raleigh", "NC", "276"),
             ("Sacramento", "CA", "958"), ("Atlanta", "GA", "303"), ("Portland", "OR", "972"),
             ("Nashville", "TN", "372"), ("Madison", "WI", "537"), ("Trenton", "NJ", "086"),
             ("Boston", "MA", "021"), ("Albany", "NY", "122")]
AREA = ["212", "312", "415", "469", "512", "614", "702", "713", "404", "303", "917",
        "646", "818", "919", "206", "480", "773", "954", "216", "508"]
UK_AREAS = ["SW", "SE", "N", "E", "W", "NW", "M", "B", "LS", "G", "EH", "CF", "BS",
            "NE", "L", "OX", "CB", "BT", "NG", "S"]
UK_UNIT = "ABDEFGHJLNPQRSTUWXYZ"
NI_PREFIX = ["AB", "CE", "JK", "NR", "PW", "SH", "TM", "WL", "YZ", "HS", "JG", "KC",
             "LE", "MP", "RA", "ZX", "EP", "GL"]


class Gen:
    def __init__(self, rng):
        self.rng = rng

    def digits(self, n, first_nonzero=False):
        s = "".join(self.rng.choice("0123456789") for _ in range(n))
        if first_nonzero and s[0] == "0":
            s = self.rng.choice("123456789") + s[1:]
        return s

    def card(self):
        rng = self.rng
        kind = rng.choice(["visa", "visa", "mc", "mc", "amex", "disc"])
        if kind == "visa":
            body = "4" + self.digits(14)
        elif kind == "mc":
            body = rng.choice(["51", "52", "53", "54", "55"]) + self.digits(13)
        elif kind == "amex":
            body = rng.choice(["34", "37"]) + self.digits(12)
        else:
            body = "6011" + self.digits(11)
        for c in "0123456789":
            if luhn_ok(body + c):
                return kind, body + c

    def card_groups(self, kind, num):
        if kind == "amex":
            return [num[:4], num[4:10], num[10:]]
        return [num[i:i + 4] for i in range(0, len(num), 4)]

    def ssn(self):
        rng = self.rng
        while True:
            a = "%03d" % rng.randint(1, 899)
            if a == "666":
                continue
            return a + "%02d" % rng.randint(1, 99) + "%04d" % rng.randint(1, 9999)

    def ni(self):
        return self.rng.choice(NI_PREFIX) + self.digits(6) + self.rng.choice("ABCD")

    def us_phone(self):
        return self.rng.choice(AREA) + self.rng.choice("23456789") + self.digits(2) + self.digits(4)

    def uk_mobile(self):
        return "07" + self.rng.choice("3456789") + self.digits(8)

    def ie_mobile(self):
        return "08" + self.rng.choice("35679") + self.digits(7)

    def zip5(self):
        c = self.rng.choice(US_CITIES)
        return c, c[2] + self.digits(2)

    def uk_postcode(self):
        rng = self.rng
        a = rng.choice(UK_AREAS)
        d = str(rng.randint(1, 20))
        return a + d, str(rng.randint(0, 9)) + rng.choice(UK_UNIT) + rng.choice(UK_UNIT)

    def iban(self, cc=None):
        rng = self.rng
        cc = cc or rng.choice(["GB", "IE", "DE", "FR", "NL", "ES"])
        if cc in ("GB", "IE"):
            bban = "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(4)) + self.digits(14)
        elif cc == "NL":
            bban = "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(4)) + self.digits(10)
        elif cc == "DE":
            bban = self.digits(18)
        elif cc == "FR":
            bban = self.digits(23)
        else:
            bban = self.digits(20)
        num = "".join(str(int(c, 36)) for c in bban + cc + "00")
        chk = 98 - int(num) % 97
        return cc + "%02d" % chk + bban

    def email(self):
        rng = self.rng
        f, l = rng.choice(FIRST), rng.choice(LAST)
        style = rng.randint(0, 4)
        if style == 0:
            local = f + "." + l
        elif style == 1:
            local = f[0] + l + str(rng.randint(1, 99))
        elif style == 2:
            local = f + "_" + l
        elif style == 3:
            local = l + f[0]
        else:
            local = f + l[0] + str(rng.randint(1970, 2005))
        return local, rng.choice(DOMAINS)

    def street(self):
        rng = self.rng
        num = str(rng.randint(2, 9899))
        name = rng.choice(STREETS)
        full, abbr = rng.choice(SUFFIXES)
        return num, name, full, abbr

    def dob(self):
        rng = self.rng
        return rng.randint(1940, 2004), rng.randint(1, 12), rng.randint(1, 28)

    def expiry(self):
        return self.rng.randint(1, 12), self.rng.randint(25, 33)


ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
       "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
       "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth",
       "twenty first", "twenty second", "twenty third", "twenty fourth", "twenty fifth",
       "twenty sixth", "twenty seventh", "twenty eighth"]


def year_words(y):
    if y >= 2000:
        if y < 2010:
            return "two thousand " + ("and " if False else "") + UNIT[y - 2000]
        return "two thousand " + (TEEN[y - 2010] if y < 2020 else ("twenty" if y == 2020 else "twenty " + UNIT[y - 2020]))
    hi, lo = y // 100, y % 100
    if lo == 0:
        return TEEN[hi - 10] + " hundred"
    if lo < 10:
        lw = "oh " + UNIT[lo]
    elif lo < 20:
        lw = TEEN[lo - 10]
    else:
        lw = TENS[str(lo // 10)] + ("" if lo % 10 == 0 else " " + UNIT[lo % 10])
    return TEEN[hi - 10] + " " + lw


# ---------------------------------------------------------------- case builder
class Case:
    def __init__(self):
        self.turns = []  # (speaker, [segments])
        self.gid = 0

    def new_group(self):
        self.gid += 1
        return self.gid

    def add(self, speaker, *segs):
        self.turns.append((speaker, list(segs)))


def V(text, typ, g):
    return (text, typ, g)


def render(case):
    turns, spans, groups = [], [], {}
    for ti, (spk, segs) in enumerate(case.turns):
        pos, buf = 0, []
        for s in segs:
            if isinstance(s, tuple):
                text, typ, g = s
                spans.append({"turn": ti, "start": pos, "end": pos + len(text), "type": typ})
                groups.setdefault(g, [typ, []])[1].append(text)
                buf.append(text); pos += len(text)
            else:
                buf.append(s); pos += len(s)
        turns.append({"speaker": spk, "text": "".join(buf)})
    return turns, spans, groups


# ---------------------------------------------------------------- templates
INDUSTRY_US = ["banking", "telecom", "utilities", "retail", "insurance", "travel",
               "healthcare billing", "government services", "cable", "auto finance"]


def fmt_card_typed(rng, g, kind, num):
    grp = g.card_groups(kind, num)
    st = rng.randint(0, 3)
    if st == 0:
        return " ".join(grp)
    if st == 1:
        return "-".join(grp)
    if st == 2:
        return num
    return "  ".join(grp) if rng.random() < 0.5 else ".".join(grp)


def fmt_ssn_typed(rng, s):
    st = rng.randint(0, 4)
    if st == 0:
        return s[:3] + "-" + s[3:5] + "-" + s[5:]
    if st == 1:
        return s[:3] + " " + s[3:5] + " " + s[5:]
    if st == 2:
        return s
    if st == 3:
        return s[:3] + "." + s[3:5] + "." + s[5:]
    return s[:3] + "- " + s[3:5] + " -" + s[5:]


def fmt_us_phone_typed(rng, p):
    st = rng.randint(0, 5)
    a, b, c = p[:3], p[3:6], p[6:]
    return ["(%s) %s-%s" % (a, b, c), "%s-%s-%s" % (a, b, c), "%s.%s.%s" % (a, b, c),
            "+1 %s %s %s" % (a, b, c), "1-%s-%s-%s" % (a, b, c), p][st]


def t_card_chat(c, rng, g, sp):
    kind, num = g.card()
    gid = c.new_group()
    c.add("agent", "Thanks for waiting! To make the payment of $%d.%02d I'll need the long card number." % (rng.randint(20, 900), rng.randint(0, 99)))
    lead = rng.choice(["sure its ", "ok here: ", "", "card # ", "its my %s " % {"visa": "visa", "mc": "mastercard", "amex": "amex", "disc": "discover"}[kind]])
    c.add("customer", lead, V(fmt_card_typed(rng, g, kind, num), "CARD_NUMBER", gid),
          rng.choice(["", " thx", " . ", " - order #%s" % g.digits(7)]))
    mm, yy = g.expiry()
    exp = rng.choice(["%02d/%d" % (mm, yy), "%02d/20%d" % (mm, yy), "%d-%d" % (mm, yy), "%02d %d" % (mm, yy)])
    if rng.random() < 0.7:
        c.add("agent", "Got it. Expiry date and the 3 digit code on the back?" if kind != "amex" else "Got it. Expiry and the 4 digit code on the front?")
        cvv = g.digits(4 if kind == "amex" else 3)
        c.add("customer", "exp ", V(exp, "EXPIRY", c.new_group()), rng.choice([", cvv ", " code ", " and "]), V(cvv, "CVV", c.new_group()))
    return "chat/%s: card number typed, %s" % (rng.choice(INDUSTRY_US), kind)


def t_card_call(c, rng, g, sp):
    kind, num = g.card()
    gid = c.new_group()
    grp = g.card_groups(kind, num)
    c.add("agent", rng.choice(["okay and what's the card number you'd like to use today",
                               "go ahead with the long number on the front of the card",
                               "alright whenever you're ready the card number please"]))
    mode = rng.randint(0, 2)
    if mode == 0:
        c.add("customer", rng.choice(["yeah it's ", "okay it's ", "sure um ", ""]),
              V(sp.say_groups(grp), "CARD_NUMBER", gid))
        note = "card read in one turn"
    else:
        for i, gr in enumerate(grp):
            pre = rng.choice(["", "um ", "okay ", "it's "]) if i == 0 else rng.choice(["", "", "uh "])
            post = rng.choice(["", "", " um"]) if i < len(grp) - 1 else ""
            c.add("customer", pre, V(sp.say(gr), "CARD_NUMBER", gid), post)
            if i < len(grp) - 1:
                c.add("agent", rng.choice(["mhm", "okay", "yep", "go on", "okay go on", "uh huh", "got it"]))
        note = "card split across turns with back-channels"
    if rng.random() < 0.5:
        mm, yy = g.expiry()
        c.add("agent", "and the expiration date")
        ew = rng.choice([sp.say("%02d" % mm) + " " + sp.say(str(yy)),
                         MONTHS[mm - 1] + " twenty " + sp.say(str(yy)),
                         sp.say("%02d" % mm) + " slash " + sp.say(str(yy))])
        c.add("customer", rng.choice(["it's ", "", "uh "]), V(ew, "EXPIRY", c.new_group()))
        c.add("agent", "and the security code on the back")
        c.add("customer", V(sp.say(g.digits(4 if kind == "amex" else 3)), "CVV", c.new_group()),
              rng.choice(["", " i think", " yeah"]))
        note += " + expiry + cvv"
    return "call/%s: %s, %s" % (rng.choice(INDUSTRY_US), note, kind)


def t_card_readback(c, rng, g, sp):
    kind, num = g.card()
    grp = g.card_groups(kind, num)
    c.add("agent", "can i get the card number for the payment of %s dollars" % rng.choice(["forty nine ninety nine", "one twenty", "two hundred and six", "eighty five fifty"]))
    c.add("customer", V(sp.say_groups(grp), "CARD_NUMBER", c.new_group()))
    c.add("agent", "let me read that back ", V(sp.say_groups(grp), "CARD_NUMBER", c.new_group()), " is that right")
    c.add("customer", "yes that's correct")
    return "call/%s: card read by customer and read back by agent" % rng.choice(INDUSTRY_US)


def t_card_last_name(c, rng, g, sp):
    kind, num = g.card()
    grp = g.card_groups(kind, num)
    gid = c.new_group()
    c.add("customer", "ok so the card is ", V(" ".join(grp[:2]), "CARD_NUMBER", gid), " hang on")
    c.add("customer", V(" ".join(grp[2:]), "CARD_NUMBER", gid), " sorry my kid grabbed the phone lol")
    c.add("agent", "No problem! I have the card ending %s, the charge will be $%d.00." % (num[-4:], rng.randint(10, 300)))
    return "chat/retail: card typed across two messages (agent mentions last four - unlabelled)"


def t_ssn_call(c, rng, g, sp):
    s = g.ssn()
    gid = c.new_group()
    c.add("agent", rng.choice(["to verify your identity can i get your social security number",
                               "can you verify the social on the account",
                               "and your social please",
                               "i'll need the last four of your social - actually the full social for this one"]))
    mode = rng.randint(0, 3)
    if mode == 0:
        c.add("customer", rng.choice(["yeah it's ", "sure ", "um ", ""]),
              V(sp.say_groups([s[:3], s[3:5], s[5:]]), "SSN", gid))
        note = "SSN spoken in one turn"
    elif mode == 1:
        c.add("customer", V(sp.say(s[:3]), "SSN", gid))
        c.add("agent", rng.choice(["mhm", "okay", "go ahead"]))
        c.add("customer", V(sp.say(s[3:5]), "SSN", gid))
        c.add("agent", rng.choice(["okay", "yep"]))
        c.add("customer", V(sp.say(s[5:]), "SSN", gid))
        note = "SSN split 3-2-4 across turns"
    elif mode == 2:
        c.add("customer", "it's ", V(sp.say(s[:3]) + " " + sp.pairs(s[3:5]) + " " + sp.pairs(s[5:]), "SSN", gid))
        note = "SSN with pairs (forty one eleven)"
    else:
        c.add("customer", "okay ", V(sp.say(s[:5]), "SSN", gid), " uh hold on let me get my card")
        c.add("agent", "sure take your time")
        c.add("customer", "okay ", V(sp.say(s[5:]), "SSN", gid))
        note = "SSN interrupted mid-read"
    if rng.random() < 0.3:
        c.add("agent", "thank you and the account balance is %s dollars" % rng.choice(["three hundred twelve", "eighty", "one thousand two hundred"]))
    return "call/%s: %s" % (rng.choice(INDUSTRY_US), note)


def t_ssn_chat(c, rng, g, sp):
    s = g.ssn()
    c.add("agent", rng.choice(["For security, please provide your SSN.", "Could you confirm your Social Security Number?",
                               "Please enter the SSN of the primary account holder."]))
    c.add("customer", rng.choice(["", "ssn: ", "SSN is ", "my social is ", "its "]),
          V(fmt_ssn_typed(rng, s), "SSN", c.new_group()),
          rng.choice(["", " and my member ID is %s" % ("M" + g.digits(8)), ". claim number %s" % g.digits(10), " thanks"]))
    return "chat/%s: SSN typed, with unlabelled member/claim id nearby" % rng.choice(INDUSTRY_US)


def t_ssn_correction(c, rng, g, sp):
    s1 = g.ssn(); s2 = s1[:7] + s1[8] + s1[7]
    if validate("SSN", s2):
        s2 = g.ssn()
    c.add("customer", "my social is ", V(sp.say_groups([s1[:3], s1[3:5], s1[5:]]), "SSN", c.new_group()))
    c.add("customer", "no wait sorry it's ", V(sp.say_groups([s2[:3], s2[3:5], s2[5:]]), "SSN", c.new_group()))
    c.add("agent", "okay thank you i've got that")
    return "call/%s: SSN given then self-corrected (both labelled)" % rng.choice(INDUSTRY_US)


def t_ssn_tax(c, rng, g, sp):
    s = g.ssn()
    c.add("agent", "i see the form %s you filed is for tax year %d. what's the ssn on the return" % (rng.choice(["1040", "w two", "1099"]), rng.randint(2019, 2025)))
    c.add("customer", "it's ", V(s[:3] + " " + s[3:5] + " " + s[5:], "SSN", c.new_group()), " and the refund was %d dollars" % rng.randint(200, 4000))
    return "call/government services: SSN in digits from ASR alongside form numbers and amounts"


def t_ni(c, rng, g, sp):
    n = g.ni()
    call = rng.random() < 0.6
    gid = c.new_group()
    if call:
        c.add("agent", rng.choice(["can i take your national insurance number please", "and your n i number", "what's your national insurance number"]))
        spoken = " ".join([sp.letter(n[0]), sp.letter(n[1]), sp.say(n[2:4]), sp.say(n[4:6]), sp.say(n[6:8]), sp.letter(n[8])])
        if rng.random() < 0.4:
            c.add("customer", "yeah it's ", V(" ".join([sp.letter(n[0]), sp.letter(n[1])]), "NI_NUMBER", gid))
            c.add("agent", rng.choice(["okay", "mhm"]))
            c.add("customer", V(" ".join([sp.say(n[2:4]), sp.say(n[4:6]), sp.say(n[6:8]), sp.letter(n[8])]), "NI_NUMBER", gid))
            return "call/%s UK: NI letters then digits across turns" % rng.choice(["government services", "banking", "insurance"])
        c.add("customer", rng.choice(["it's ", "yeah ", "um "]), V(spoken, "NI_NUMBER", gid))
        return "call/%s UK: NI spoken with letters/phonetics" % rng.choice(["government services", "banking", "utilities"])
    st = rng.randint(0, 3)
    typed = [n[:2] + " " + n[2:4] + " " + n[4:6] + " " + n[6:8] + " " + n[8],
             n, n.lower(), n[:2] + n[2:8] + " " + n[8]][st]
    c.add("agent", "Please confirm your National Insurance number.")
    c.add("customer", rng.choice(["", "NI no ", "its ", "ni: "]), V(typed, "NI_NUMBER", gid), rng.choice(["", " cheers", ", payroll ref 00%s" % g.digits(5)]))
    return "chat/UK government services: NI typed"


def t_phone_us(c, rng, g, sp):
    p = g.us_phone()
    if rng.random() < 0.5:
        c.add("agent", "What's the best callback number?")
        c.add("customer", rng.choice(["", "cell is ", "you can reach me at "]), V(fmt_us_phone_typed(rng, p), "PHONE", c.new_group()),
              rng.choice(["", " after 5pm", " - ticket #%s" % g.digits(8)]))
        return "chat/%s: US phone typed" % rng.choice(INDUSTRY_US)
    c.add("agent", "and what's a good phone number to reach you")
    gid = c.new_group()
    mode = rng.randint(0, 2)
    if mode == 0:
        c.add("customer", "area code ", V(sp.say(p[:3]), "PHONE", gid), " ", V(sp.say(p[3:6]) + " " + sp.say(p[6:]), "PHONE", gid))
    elif mode == 1:
        c.add("customer", V(sp.say(p[:3]), "PHONE", gid))
        c.add("agent", "mhm")
        c.add("customer", V(sp.say(p[3:6]), "PHONE", gid))
        c.add("agent", "okay")
        c.add("customer", V(sp.pairs(p[6:]), "PHONE", gid))
    else:
        c.add("customer", "it's ", V(sp.say_groups([p[:3], p[3:6], p[6:]]), "PHONE", gid), " that's my cell")
        c.add("agent", "so that's ", V(sp.say_groups([p[:3], p[3:6], p[6:]]), "PHONE", c.new_group()))
    return "call/%s: US phone spoken (mode %d)" % (rng.choice(INDUSTRY_US), mode)


def t_phone_intl(c, rng, g, sp):
    r = rng.randint(0, 2)
    if r == 0:
        p = g.uk_mobile()
        typed = rng.choice([p[:5] + " " + p[5:], "+44 " + p[1:5] + " " + p[5:], "+44(0)" + p[1:5] + " " + p[5:], p])
        country = "UK"
    elif r == 1:
        p = g.ie_mobile()
        typed = rng.choice([p[:3] + " " + p[3:6] + " " + p[6:], "+353 " + p[1:3] + " " + p[3:], p])
        country = "Ireland"
    else:
        p = g.us_phone()
        typed = "+1 " + p
        country = "US"
    if rng.random() < 0.5:
        c.add("customer", "pls call me back on ", V(typed, "PHONE", c.new_group()), " im on a train til %d" % rng.randint(2, 6))
        return "chat/telecom %s: phone typed with international prefix" % country
    usp = Speaker(rng, uk=True)
    c.add("agent", "and a contact number for you")
    c.add("customer", "it's ", V(usp.say_groups([p[:5], p[5:]]), "PHONE", c.new_group()))
    return "call/utilities %s: mobile number spoken (nought/double)" % country


def t_email(c, rng, g, sp):
    local, dom = g.email()
    if rng.random() < 0.5:
        c.add("agent", "What email should we send the confirmation to?")
        e = local + "@" + dom
        if rng.random() < 0.3:
            e = e.upper() if rng.random() < 0.5 else e.capitalize()
        c.add("customer", rng.choice(["", "email: ", "its "]), V(e, "EMAIL", c.new_group()), rng.choice(["", " pls", ". booking ref %s" % g.digits(6)]))
        return "chat/%s: email typed" % rng.choice(INDUSTRY_US)
    split = rng.random() < 0.4
    pieces = re.split(r"([._])", local)
    words = []
    for pc in pieces:
        if pc == ".":
            words.append("dot")
        elif pc == "_":
            words.append("underscore")
        elif pc:
            words.append(" ".join(pc) if split and len(pc) <= 3 else pc)
    lw = " ".join(words)
    dw = dom.replace(".", " dot ")
    c.add("agent", "and your email address")
    c.add("customer", "yeah it's ", V(re.sub(r"\s+", " ", lw + " at " + dw).strip(), "EMAIL", c.new_group()))
    return "call/%s: email spoken with 'at' and 'dot'" % rng.choice(INDUSTRY_US)


def t_address_us(c, rng, g, sp):
    num, name, full, abbr = g.street()
    city, zi = g.zip5()
    zipc = zi
    chat = rng.random() < 0.5
    if chat:
        st = rng.choice([abbr, full, abbr + "."]) if abbr != full else full
        if st.endswith(".") :
            st = st[:-1]
        apt = rng.choice(["", " Apt %d" % rng.randint(1, 40), " #%d" % rng.randint(100, 999)])
        plus4 = rng.random() < 0.4
        zc = zipc + ("-" + g.digits(4) if plus4 else "")
        c.add("agent", "Can you confirm the billing address on file?")
        c.add("customer", V("%s %s %s%s" % (num, name, st, apt), "ADDRESS", c.new_group()), ", %s, %s " % (city[0], city[1]),
              V(zc, "POSTCODE", c.new_group()))
        return "chat/%s: US street address + ZIP%s" % (rng.choice(INDUSTRY_US), "+4" if plus4 else "")
    c.add("agent", "okay and the service address")
    addr = sp.say(num) if rng.random() < 0.5 else (sp.pairs(num) if len(num) <= 4 else sp.say(num))
    c.add("customer", V("%s %s %s" % (addr, name.lower(), full.lower()), "ADDRESS", c.new_group()), " in %s" % city[0].lower())
    c.add("agent", "and the zip code")
    c.add("customer", rng.choice(["", "it's ", "uh "]), V(sp.say(zipc), "POSTCODE", c.new_group()))
    return "call/%s: US address spoken + ZIP in words" % rng.choice(INDUSTRY_US)


def t_zip_only(c, rng, g, sp):
    city, zi = g.zip5()
    zipc = zi
    plus4 = g.digits(4)
    c.add("agent", "can i get the zip code on the card")
    if rng.random() < 0.5:
        c.add("customer", V(sp.say(zipc) + " " + rng.choice(["dash ", ""]) + sp.say(plus4), "POSTCODE", c.new_group()))
        return "call/retail: ZIP+4 spoken"
    c.add("customer", "zip is ", V(zipc, "POSTCODE", c.new_group()), " and my order total was $%d.%02d" % (rng.randint(5, 500), rng.randint(0, 99)))
    return "call/retail: 5 digit ZIP in digits next to price"


def t_uk_address(c, rng, g, sp):
    out, inn = g.uk_postcode()
    num = str(rng.randint(1, 240))
    name = rng.choice(["Victoria", "Station", "Queens", "Albert", "Manor", "Mill", "Kings", "Orchard"])
    suf = rng.choice(["Road", "Street", "Close", "Crescent", "Lane", "Terrace"])
    if rng.random() < 0.5:
        c.add("customer", "new address is ", V("%s %s %s" % (num, name, suf), "ADDRESS", c.new_group()), ", Leeds ",
              V(rng.choice([out + " " + inn, (out + inn).lower(), out + inn]), "POSTCODE", c.new_group()))
        return "chat/UK utilities: address + postcode typed"
    usp = Speaker(rng, uk=True)
    pc = " ".join(usp.letter(ch) if ch.isalpha() else usp.say(ch) for ch in out) + " " + \
        " ".join(usp.letter(ch) if ch.isalpha() else usp.say(ch) for ch in inn)
    c.add("agent", "and the postcode")
    c.add("customer", rng.choice(["it's ", "yeah "]), V(pc, "POSTCODE", c.new_group()))
    c.add("agent", "and the first line of the address")
    c.add("customer", V("%s %s %s" % (usp.say(num), name.lower(), suf.lower()), "ADDRESS", c.new_group()))
    return "call/UK insurance: postcode spelled with phonetics + address"


def t_bank_uk(c, rng, g, sp):
    sc = g.digits(6); acct = g.digits(8)
    usp = Speaker(rng, uk=True)
    if rng.random() < 0.5:
        c.add("agent", "can i take the sort code")
        c.add("customer", V(usp.say_groups([sc[:2], sc[2:4], sc[4:]]), "SORT_CODE", c.new_group()))
        c.add("agent", "and the account number")
        gid = c.new_group()
        c.add("customer", V(usp.say(acct[:4]), "BANK_ACCOUNT", gid))
        c.add("agent", "mhm")
        c.add("customer", V(usp.say(acct[4:]), "BANK_ACCOUNT", gid))
        return "call/UK utilities: direct debit sort code + account split"
    c.add("customer", "sort code ", V(rng.choice([sc[:2] + "-" + sc[2:4] + "-" + sc[4:], sc, sc[:2] + " " + sc[2:4] + " " + sc[4:]]), "SORT_CODE", c.new_group()),
          " acc ", V(acct, "BANK_ACCOUNT", c.new_group()), " for the £%d.%02d refund" % (rng.randint(5, 400), rng.randint(0, 99)))
    return "chat/UK retail: sort code and account typed with refund amount"


def t_bank_us(c, rng, g, sp):
    acct = g.digits(rng.choice([9, 10, 11, 12]), first_nonzero=True)
    if rng.random() < 0.5:
        c.add("agent", "and the checking account number for autopay")
        c.add("customer", "okay it's ", V(sp.say(acct), "BANK_ACCOUNT", c.new_group()))
        c.add("agent", "great, autopay will start on the %s of next month for %s dollars" % (rng.choice(ORD[1:20]), rng.choice(["sixty two", "one forty", "ninety nine"])))
        return "call/%s: US checking account spoken with date/amount nearby" % rng.choice(INDUSTRY_US)
    c.add("customer", "acct number is ", V(acct, "BANK_ACCOUNT", c.new_group()), ", my payment of $%d is due on %d/%d" % (rng.randint(40, 900), rng.randint(1, 12), rng.randint(1, 28)))
    return "chat/banking: US account number typed next to due date"


def t_iban(c, rng, g, sp):
    ib = g.iban()
    if rng.random() < 0.55:
        typed = rng.choice([" ".join(ib[i:i + 4] for i in range(0, len(ib), 4)), ib, ib.lower()])
        c.add("customer", "Please refund to my IBAN ", V(typed, "IBAN", c.new_group()), rng.choice(["", " thanks", " (BIC not needed?)"]))
        return "chat/travel EU: IBAN typed (%s)" % ib[:2]
    usp = Speaker(rng, uk=True)
    parts = [" ".join(usp.letter(ch) for ch in ib[:2]), usp.say(ib[2:4])]
    rest = ib[4:]
    chunk = []
    for i in range(0, len(rest), 4):
        blk = rest[i:i + 4]
        chunk.append(" ".join(usp.letter(ch) if ch.isalpha() else usp.say(ch) for ch in blk) if not blk.isdigit() else usp.single(blk))
    gid = c.new_group()
    c.add("agent", "go ahead with the iban")
    half = len(chunk) // 2
    c.add("customer", V(" ".join(parts + chunk[:half]), "IBAN", gid))
    c.add("agent", "okay")
    c.add("customer", V(" ".join(chunk[half:]), "IBAN", gid))
    return "call/banking %s: IBAN spoken across two turns" % ib[:2]


def t_dob(c, rng, g, sp):
    y, m, d = g.dob()
    r = rng.randint(0, 4)
    c.add("agent", rng.choice(["and can you confirm your date of birth", "what's the patient's date of birth", "date of birth please"]))
    if r == 0:
        txt = "%s %s %s" % (MONTHS[m - 1], ORD[d], year_words(y))
    elif r == 1:
        txt = "the %s of %s %s" % (ORD[d], MONTHS[m - 1], year_words(y))
    elif r == 2:
        txt = "%s %s %s" % (sp.say("%02d" % m), sp.say("%02d" % d), year_words(y))
    elif r == 3:
        txt = "%02d/%02d/%d" % (m, d, y)
    else:
        txt = "%s %d, %d" % (MONTHS[m - 1].capitalize(), d, y)
    c.add("customer", rng.choice(["it's ", "", "uh ", "yeah "]), V(txt, "DOB", c.new_group()),
          rng.choice(["", "", " and my appointment was on the %s" % ORD[rng.randint(1, 28)], " i'm %d" % (2026 - y)]))
    return "call/healthcare billing: DOB (%d) with unlabelled appointment date/age" % r


def t_combo(c, rng, g, sp):
    s = g.ssn(); y, m, d = g.dob(); p = g.us_phone()
    c.add("agent", "Thank you for calling, I need to verify a few things. Full name, DOB, and SSN?")
    c.add("customer", "%s %s, DOB " % (rng.choice(FIRST).capitalize(), rng.choice(LAST).capitalize()),
          V("%d/%d/%d" % (m, d, y), "DOB", c.new_group()), ", SSN ", V(fmt_ssn_typed(rng, s), "SSN", c.new_group()))
    c.add("agent", "Thanks. Policy number %s shows claim %s from %s %d. Best contact number?" % (
        rng.choice(["PLC", "HX", "AU"]) + g.digits(7), g.digits(9), MONTHS[rng.randint(0, 11)].capitalize(), rng.randint(1, 28)))
    c.add("customer", V(fmt_us_phone_typed(rng, p), "PHONE", c.new_group()))
    return "chat/insurance: DOB + SSN in one message, policy/claim numbers in agent turn (unlabelled)"


def t_combo_call(c, rng, g, sp):
    kind, num = g.card()
    _, zi = g.zip5()
    c.add("agent", "okay and the card number")
    c.add("customer", V(sp.say_groups(g.card_groups(kind, num)), "CARD_NUMBER", c.new_group()),
          " and the billing zip is ", V(sp.say(zi), "POSTCODE", c.new_group()))
    c.add("agent", "perfect so that's going to be %s dollars for the %s plan" % (rng.choice(["eighty nine ninety nine", "sixty five", "one hundred twenty"]), rng.choice(["unlimited", "family", "premium"])))
    return "call/telecom: card and ZIP in same turn, price after"


POS_TEMPLATES = [
    (t_card_chat, 4), (t_card_call, 5), (t_card_readback, 1), (t_card_last_name, 1),
    (t_ssn_call, 4), (t_ssn_chat, 3), (t_ssn_correction, 1), (t_ssn_tax, 1),
    (t_ni, 4), (t_phone_us, 3), (t_phone_intl, 2), (t_email, 3), (t_address_us, 3),
    (t_zip_only, 1), (t_uk_address, 1), (t_bank_uk, 2), (t_bank_us, 2), (t_iban, 2),
    (t_dob, 3), (t_combo, 1), (t_combo_call, 1),
]


# ---------------------------------------------------------------- negatives
def negatives(rng, g):
    sp = Speaker(rng)

    def n_policy():
        return [("agent", "your policy number is %s%s and the claim number is %s" % (rng.choice(["PL", "HO", "AU"]), g.digits(8), g.digits(10))),
                ("customer", "okay and when will the adjuster come out")], "call/insurance: policy and claim numbers with their names"

    def n_policy_spoken():
        return [("customer", "the claim number is " + sp.say(g.digits(8))),
                ("agent", "thank you i see the claim from %s %s it's approved for %s dollars" % (MONTHS[rng.randint(0, 11)], ORD[rng.randint(1, 28)], rng.choice(["twelve hundred", "four thousand five hundred", "eight fifty"])))], "call/insurance: claim number spoken in words"

    def n_member():
        return [("customer", "My member ID is %s and group number %s" % ("W" + g.digits(8), g.digits(6))),
                ("agent", "Thanks! Your copay for that visit is $%d and your deductible is %d%% met." % (rng.randint(10, 60), rng.randint(5, 95)))], "chat/healthcare billing: member and group id, copay, percent"

    def n_tracking():
        return [("customer", "tracking number says 1Z%s%s but it hasn't moved" % ("".join(rng.choice("ABCDEFGHJKLMNPRSTVWXY") for _ in range(6)), g.digits(10))),
                ("agent", "I see it's scheduled for delivery %s between %d and %d pm" % (rng.choice(["Tuesday", "Friday", "tomorrow"]), rng.randint(1, 4), rng.randint(5, 8)))], "chat/retail: UPS tracking number + time window"

    def n_order():
        return [("agent", "order number %s shipped on %d/%d for $%d.%02d" % (g.digits(9), rng.randint(1, 12), rng.randint(1, 28), rng.randint(10, 999), rng.randint(0, 99))),
                ("customer", "ok great and the %d pack of batteries?" % rng.choice([4, 8, 12, 24]))], "chat/retail: order number, ship date, price, quantity"

    def n_money_call():
        return [("agent", "your balance is " + rng.choice(["one thousand two hundred forty three dollars and sixteen cents", "four hundred eighty seven dollars", "twenty two fifty", "nine ninety nine"])),
                ("customer", "and the minimum payment is " + rng.choice(["thirty five dollars", "twenty five", "sixty eight dollars"]))], "call/banking: balances and amounts in words"

    def n_time():
        return [("agent", "we have an appointment at %s on %s the %s" % (rng.choice(["nine thirty", "two fifteen", "ten o'clock", "four forty five"]), rng.choice(["monday", "thursday"]), ORD[rng.randint(1, 28)])),
                ("customer", "that works and how long will it take"),
                ("agent", "about %s minutes" % rng.choice(["forty five", "ninety", "twenty"]))], "call/utilities: appointment time, date, duration"

    def n_flight():
        return [("customer", "I was on flight %s %d from %s, seat %d%s" % (rng.choice(["UA", "DL", "AA", "EI", "BA"]), rng.randint(100, 2999), rng.choice(["JFK", "ORD", "DUB", "LHR"]), rng.randint(1, 40), rng.choice("ABCDEF"))),
                ("agent", "Thanks. Confirmation code %s, I can rebook you for $%d." % ("".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(6)), rng.randint(50, 400)))], "chat/travel: flight number, seat, confirmation code, fare"

    def n_flight_call():
        return [("customer", "yeah flight " + rng.choice(["delta", "united", "american"]) + " " + sp.say(str(rng.randint(100, 2999))) + " departing at " + rng.choice(["six oh five", "eleven twenty", "seven forty"])),
                ("agent", "okay and you're in room " + sp.say(str(rng.randint(101, 940))) + " at the hotel")], "call/travel: flight and room numbers spoken"

    def n_model():
        return [("customer", "its a model %s router serial %s" % (rng.choice(["TC4400", "AX3000", "XB7", "C7000v2"]), "SN" + g.digits(8))),
                ("agent", "That model supports up to %d Mbps, you're getting %d right now." % (rng.choice([300, 500, 1000]), rng.randint(20, 250)))], "chat/telecom: model and serial numbers, speeds"

    def n_meter():
        return [("agent", "can you read me the meter reading"),
                ("customer", "yeah it's " + sp.say(g.digits(5)) + " on the electric and the gas is " + sp.say(g.digits(4))),
                ("agent", "thanks that's about %s kilowatt hours this month" % rng.choice(["six hundred", "eight fifty", "four hundred twenty"]))], "call/utilities: meter readings spoken as digits"

    def n_years():
        return [("customer", "we've been customers since %s and my contract started in %s %d" % (year_words(rng.randint(1990, 2015)), MONTHS[rng.randint(0, 11)], rng.randint(2018, 2025))),
                ("agent", "thank you, you're eligible for a %d%% loyalty discount" % rng.choice([10, 15, 20, 25]))], "call/telecom: years, contract start, percentages"

    def n_age_temp():
        return [("customer", "my son is %s and his fever was %s degrees" % (rng.choice(["seven", "twelve", "four"]), rng.choice(["one oh two", "a hundred and one", "ninety nine point five"]))),
                ("agent", "okay and the visit on the %s, the bill is %s dollars" % (ORD[rng.randint(1, 28)], rng.choice(["two eighty", "one fifty five", "ninety"])))], "call/healthcare billing: age, temperature, visit date, amount"

    def n_ticket():
        return [("agent", "Your ticket number is INC%s and reference %s." % (g.digits(7), g.digits(rng.choice([6, 8, 10])))),
                ("customer", "ok. it's been %d days, i called %d times" % (rng.randint(2, 20), rng.randint(2, 9)))], "chat/telecom: ticket and reference numbers, counts"

    def n_invoice_call():
        return [("customer", "the invoice number is " + sp.say(g.digits(rng.choice([7, 8, 9, 10])))),
                ("agent", "got it invoice dated %s %s for %s dollars" % (MONTHS[rng.randint(0, 11)], ORD[rng.randint(1, 28)], rng.choice(["three forty", "one thousand and five", "sixty"])))], "call/utilities: invoice number spoken + invoice date"

    def n_last_four():
        return [("agent", "i see two cards on file one ending in " + sp.say(g.digits(4)) + " and one ending in " + sp.say(g.digits(4))),
                ("customer", "use the first one for the %s dollar payment" % rng.choice(["fifty", "one twenty", "eighty"]))], "call/banking: only last four of cards mentioned (not a full card)"

    def n_case_num():
        return [("agent", "Case #%s has been escalated. Expect a reply within %d-%d business days." % (g.digits(8), rng.randint(1, 3), rng.randint(4, 7))),
                ("customer", "The total was $%s not $%s" % ("{:,}".format(rng.randint(1000, 9999)) + ".00", str(rng.randint(100, 999))))], "chat/government services: case number and amounts with commas"

    def n_rx():
        return [("customer", "rx number %s for %d mg, %d tablets" % (g.digits(7), rng.choice([10, 20, 50, 500]), rng.choice([30, 60, 90]))),
                ("agent", "Thanks, refill ready %s after %d:%02d PM" % (rng.choice(["Monday", "Wednesday", "Friday"]), rng.randint(1, 6), rng.choice([0, 15, 30, 45])))], "chat/healthcare: prescription number, dose, count, time"

    def n_account_word():
        return [("agent", "can i have the account pin"),
                ("customer", "uh i don't remember it i think it was my birthday year"),
                ("agent", "no problem we can send a code to the phone on file instead")], "call/telecom: talk about PII without any value"

    def n_speed_data():
        return [("customer", "i'm paying for %s megs and getting like %s" % (rng.choice(["three hundred", "five hundred", "a gig"]), rng.choice(["forty", "twelve", "eighty five"]))),
                ("agent", "i see %s gigabytes used of your %s gig plan" % (rng.choice(["eighteen point four", "forty two", "seven"]), rng.choice(["fifty", "unlimited", "twenty"])))], "call/telecom: speeds and data quantities"

    def n_vin():
        return [("customer", "The loan number is %s and the car is a %d with %s miles" % (g.digits(10), rng.randint(2012, 2025), "{:,}".format(rng.randint(10000, 150000)))),
                ("agent", "Your payoff amount is $%s good through the %s" % ("{:,}".format(rng.randint(2000, 30000)) + ".%02d" % rng.randint(0, 99), ORD[rng.randint(1, 28)]))], "chat/auto finance: loan number, model year, mileage, payoff"

    def n_conf_call():
        return [("agent", "your confirmation number is " + " ".join(sp.letter(ch) if ch.isalpha() else sp.say(ch) for ch in "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ23456789") for _ in range(6)))),
                ("customer", "okay and checkout is at eleven")], "call/travel: booking confirmation code spelled out"

    def n_routing_date():
        return [("agent", "your payment of %s dollars posted on %s %s and the next one is due %s %s" % (rng.choice(["two hundred", "seventy five", "one thousand"]), MONTHS[rng.randint(0, 11)], ORD[rng.randint(1, 28)], MONTHS[rng.randint(0, 11)], ORD[rng.randint(1, 28)])),
                ("customer", "okay thanks")], "call/banking: payment dates (not DOB)"

    def n_extension():
        return [("agent", "If you get disconnected please ask for extension %d or reference ticket %s." % (rng.randint(1000, 9999), g.digits(9))),
                ("customer", "will do, its %d degrees here and the power's been out %d hours" % (rng.randint(85, 105), rng.randint(2, 30)))], "chat/utilities: extension, ticket, temperature, hours"

    def n_store():
        return [("customer", "i'm at store number " + sp.say(str(rng.randint(100, 9999))) + " aisle " + sp.say(str(rng.randint(1, 30)))),
                ("agent", "okay the item sku is %s and it's on sale for %s" % (g.digits(8), rng.choice(["nineteen ninety nine", "four ninety nine", "twelve dollars"])))], "call/retail: store number, aisle, sku, price"

    fns = [n_policy, n_policy_spoken, n_member, n_tracking, n_order, n_money_call, n_time, n_flight,
           n_flight_call, n_model, n_meter, n_years, n_age_temp, n_ticket, n_invoice_call, n_last_four,
           n_case_num, n_rx, n_account_word, n_speed_data, n_vin, n_conf_call, n_routing_date,
           n_extension, n_store]
    out = []
    for i in range(N_NEG):
        fn = fns[i % len(fns)] if i < len(fns) else rng.choice(fns)
        turns, note = fn()
        out.append(([{"speaker": s, "text": t} for s, t in turns], note))
    return out


# ---------------------------------------------------------------- build & check
def build():
    rng = random.Random(SEED)
    g = Gen(rng)
    weighted = [f for f, w in POS_TEMPLATES for _ in range(w)]
    pos, counts, errors = [], Counter(), []
    i = 0
    while True:
        need = any(counts[t] < max(MIN_SPANS[t], TARGET[t]) for t in TYPES)
        if len(pos) >= N_POS_MIN and not need:
            break
        if i < len(POS_TEMPLATES):
            fn = POS_TEMPLATES[i][0]
        elif need and len(pos) >= N_POS_MIN:
            lacking = [t for t in TYPES if counts[t] < max(MIN_SPANS[t], TARGET[t])]
            cands = [f for f, _ in POS_TEMPLATES if any(t in TEMPLATE_TYPES.get(f.__name__, ()) for t in lacking)]
            fn = rng.choice(cands)
        else:
            fn = rng.choice(weighted)
        i += 1
        c = Case()
        sp = Speaker(rng, uk=False)
        note = fn(c, rng, g, sp)
        turns, spans, groups = render(c)
        for gid, (typ, texts) in groups.items():
            err = validate(typ, " ".join(texts))
            if err:
                errors.append("%s: %s" % (fn.__name__, err))
        for s in spans:
            counts[s["type"]] += 1
        pos.append((turns, spans, note))
        if len(pos) > 600:
            errors.append("too many iterations")
            break
    negs = negatives(rng, g)
    lines = []
    for k, (turns, spans, note) in enumerate(pos, 1):
        lines.append(json.dumps({"id": "h172-pos-%03d" % k, "kind": "positive", "turns": turns,
                                 "spans": spans, "note": note}, ensure_ascii=False))
    for k, (turns, note) in enumerate(negs, 1):
        lines.append(json.dumps({"id": "h172-neg-%03d" % k, "kind": "negative", "turns": turns,
                                 "spans": [], "note": note}, ensure_ascii=False))
    return "\n".join(lines) + "\n", errors


TEMPLATE_TYPES = {
    "t_card_chat": ("CARD_NUMBER", "CVV", "EXPIRY"), "t_card_call": ("CARD_NUMBER", "CVV", "EXPIRY"),
    "t_ssn_call": ("SSN",), "t_ssn_chat": ("SSN",), "t_ni": ("NI_NUMBER",),
    "t_phone_us": ("PHONE",), "t_email": ("EMAIL",), "t_address_us": ("ADDRESS", "POSTCODE"),
    "t_bank_uk": ("SORT_CODE", "BANK_ACCOUNT"), "t_bank_us": ("BANK_ACCOUNT",), "t_iban": ("IBAN",),
    "t_dob": ("DOB",), "t_uk_address": ("ADDRESS", "POSTCODE"),
}


def structural_check(text):
    errs = []
    ids = set()
    counts = Counter()
    npos = nneg = 0
    for ln, line in enumerate(text.splitlines(), 1):
        obj = json.loads(line)
        if obj["id"] in ids:
            errs.append("dup id %s" % obj["id"])
        ids.add(obj["id"])
        if obj["kind"] == "negative":
            nneg += 1
            if obj["spans"]:
                errs.append("negative with spans %s" % obj["id"])
        else:
            npos += 1
            if not obj["spans"]:
                errs.append("positive without spans %s" % obj["id"])
        if not obj.get("note"):
            errs.append("no note %s" % obj["id"])
        by_turn = {}
        for s in obj["spans"]:
            if s["type"] not in TYPES:
                errs.append("bad type %s" % obj["id"])
            t = obj["turns"][s["turn"]]["text"]
            a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(t)):
                errs.append("offset out of range %s" % obj["id"]); continue
            if not ((t[a].isalnum() or (s["type"] == "PHONE" and t[a] in "+(")) and t[b - 1].isalnum()):
                errs.append("span edge not alnum %s %r" % (obj["id"], t[a:b]))
            if (a > 0 and t[a - 1].isalnum()) or (b < len(t) and t[b].isalnum()):
                errs.append("span not on word boundary %s %r" % (obj["id"], t[a:b]))
            by_turn.setdefault(s["turn"], []).append((a, b))
            counts[s["type"]] += 1
        for tn, lst in by_turn.items():
            lst.sort()
            for (a1, b1), (a2, b2) in zip(lst, lst[1:]):
                if a2 < b1:
                    errs.append("overlap %s" % obj["id"])
    return errs, counts, npos, nneg


def readme(counts, npos, nneg):
    rows = "\n".join("| %s | %d |" % (t, counts[t]) for t in TYPES)
    return """# PII hold-out set h172 (US-heavy)

**Never use this set for tuning.** It exists only to measure the redactor on data its
authors never saw.

## Who wrote it and how

Written by an AI helper acting as an independent author. The author did not read the
redaction code, its tests, its docs, benchmark scripts or any other PII fixture; the only
existing data consulted was a 3-line example of the JSONL format. All cases are produced by
`scripts/make_pii_holdout172.py` from template functions: every turn is assembled from plain
text segments and (value, TYPE) segments, so offsets are computed, never typed by hand. All
values come from one `random.Random(172241125)`; output is byte-for-byte reproducible.
`python scripts/make_pii_holdout172.py --check` regenerates and compares the file, checks ids,
offsets, word boundaries, overlaps, minimum counts, and validates every labelled value after
normalising spoken forms (Luhn for cards, mod-97 for IBANs, NI format, 9 digits / valid
area-group-serial for SSNs, 6 digits for sort codes, digit counts for CVV/phone/account,
UK postcode / US ZIP(+4) shapes).

Emphasis: US contact centres (SSNs typed and spoken in many shapes, ZIP and ZIP+4, US phone
formats, US street addresses, card payments by phone), plus UK/Ireland/EU cases (NI numbers,
sort codes, IBANs, postcodes) and US non-PII lookalikes (policy, member, claim, tracking,
invoice, order, ticket numbers said with their names, amounts, times, dates, years, speeds).

## Annotation conventions

* A span covers the value only: from its first to its last letter/digit word. Lead-ins
  ("it's", "my social is", "area code", "zip is", "sort code") and trailing chatter are
  outside. Fillers or "dash"/"slash" that sit *inside* a reading are inside the span.
* A value split over several turns gets one span per turn (same type); agent
  back-channels ("mhm", "okay go on") are not labelled.
* Agent read-backs of a value are labelled as well.
* Self-corrections: both the wrong and corrected value are labelled (both are PII-shaped).
* Spoken phonetics ("b for bravo", "m as in mary") are inside NI/postcode/IBAN spans.
* A US phone said as "area code two one two ..." has the area-code digits and the rest as
  two PHONE spans ("area code" itself unlabelled).
* ADDRESS is the street line (number + street name + suffix, plus apartment if typed); the
  city/state are not labelled; the ZIP/postcode is a separate POSTCODE span.
* EXPIRY / CVV / DOB are labelled only where context makes the role explicit.
* Numbers that are not PII in positives (amounts, order/claim/member ids, last-four
  mentions, appointment dates, ages) are deliberately left unlabelled.
* Negatives have no spans; scoring fails a negative if anything in it is redacted.

## Counts

Positives: %d, negatives: %d.

| type | spans |
|---|---|
%s
""" % (npos, nneg, rows)


def main():
    check = "--check" in sys.argv[1:]
    text, gen_errors = build()
    errs, counts, npos, nneg = structural_check(text)
    errs = gen_errors + errs
    for t in TYPES:
        if counts[t] < MIN_SPANS[t]:
            errs.append("type %s has only %d spans" % (t, counts[t]))
    if npos < N_POS_MIN or nneg < 100:
        errs.append("too few cases %d/%d" % (npos, nneg))
    rd = readme(counts, npos, nneg)
    if check:
        try:
            with open(CASES, encoding="utf-8") as f:
                if f.read() != text:
                    errs.append("cases.jsonl differs from regenerated output")
            with open(README, encoding="utf-8") as f:
                if f.read() != rd:
                    errs.append("README.md differs from regenerated output")
        except OSError as e:
            errs.append("cannot read fixture: %s" % e)
    else:
        os.makedirs(OUTDIR, exist_ok=True)
        with open(CASES, "w", encoding="utf-8") as f:
            f.write(text)
        with open(README, "w", encoding="utf-8") as f:
            f.write(rd)
    print("positives=%d negatives=%d" % (npos, nneg))
    for t in TYPES:
        print("  %-13s %d" % (t, counts[t]))
    for e in errs[:50]:
        print("ERROR:", e)
    if errs:
        print("FAILED (%d problems)" % len(errs))
        return 1
    print("OK" + (" (check passed)" if check else " (written)"))
    return 0


if __name__ == "__main__":
    sys.exit(main())

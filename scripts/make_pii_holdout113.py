#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set h113.

Written by an AI helper acting as an independent author who did not see the
redaction code.  Standard library only.  All values come from a single seeded
random.Random so the output is byte-for-byte reproducible.

    python scripts/make_pii_holdout113.py          # write fixture + README
    python scripts/make_pii_holdout113.py --check  # regenerate and verify
"""
from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path
import random

SEED = 113241124
ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "tests" / "fixtures" / "pii_holdout113"
CASES = OUT_DIR / "cases.jsonl"
README = OUT_DIR / "README.md"
TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

# ---------------------------------------------------------------- segments
class V:
    """A labelled value segment inside a turn."""
    def __init__(self, text, typ, group, canon, partial=False):
        self.text, self.typ, self.group, self.canon, self.partial = text, typ, group, canon, partial


class Case:
    def __init__(self, kind, note):
        self.kind, self.note, self.turns = kind, note, []
        self._g = 0

    def group(self):
        self._g += 1
        return self._g

    def t(self, speaker, *segs):
        self.turns.append((speaker, list(segs)))
        return self

    def a(self, *segs):
        return self.t("agent", *segs)

    def c(self, *segs):
        return self.t("customer", *segs)


def val(case, text, typ, canon, group=None, partial=False):
    return V(text, typ, group if group is not None else case.group(), canon, partial)


def render(case):
    turns, spans, checks = [], [], []
    for ti, (spk, segs) in enumerate(case.turns):
        buf = ""
        for s in segs:
            if isinstance(s, V):
                start = len(buf)
                buf += s.text
                spans.append({"turn": ti, "start": start, "end": len(buf), "type": s.typ})
                checks.append((ti, start, len(buf), s))
            else:
                buf += s
        turns.append({"speaker": spk, "text": buf})
    return turns, spans, checks


# ---------------------------------------------------------------- number words
UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy",
        8: "eighty", 9: "ninety"}
HOMO = {"4": "for", "2": "to", "8": "ate", "1": "won"}
FILLERS = ["um", "uh", "er", "erm"]


class Speaker:
    def __init__(self, rng):
        self.rng = rng

    def zero(self):
        return self.rng.choice(["zero", "oh", "o", "nought", "oh", "zero"])

    def digit(self, d, zero=None, homophones=False):
        if d == "0":
            return zero or self.zero()
        if homophones and d in HOMO and self.rng.random() < 0.35:
            return HOMO[d]
        return UNITS[int(d)]

    def digits(self, s, zero=None, doubles=True, homophones=False):
        """digit by digit with optional double/triple compression"""
        zero = zero or self.zero()
        out, i = [], 0
        while i < len(s):
            d = s[i]
            run = 1
            while i + run < len(s) and s[i + run] == d:
                run += 1
            if doubles and run >= 3 and self.rng.random() < 0.6:
                out.append("triple " + self.digit(d, zero))
                i += 3
                continue
            if doubles and run >= 2 and self.rng.random() < 0.7:
                out.append("double " + self.digit(d, zero))
                i += 2
                continue
            out.append(self.digit(d, zero, homophones))
            i += 1
        return " ".join(out)

    def pair(self, s):
        assert len(s) == 2
        if s[0] == "0":
            return self.rng.choice(["oh", "o", "zero"]) + " " + UNITS[int(s[1])] if s[1] != "0" else self.rng.choice(["double oh", "oh oh", "double zero"])
        if s[0] == "1":
            return TEENS[int(s[1])]
        return TENS[int(s[0])] + ("" if s[1] == "0" else " " + UNITS[int(s[1])])

    def pairs(self, s):
        out, i = [], 0
        if len(s) % 2:
            out.append(self.digit(s[0]))
            i = 1
        while i < len(s):
            out.append(self.pair(s[i:i + 2]))
            i += 2
        return " ".join(out)

    def hundreds(self, s):
        """four digit group like 1980 -> nineteen eighty, 4500 -> forty five hundred"""
        if len(s) == 4 and s[0] != "0" and s[2:] == "00" and self.rng.random() < 0.7:
            return self.pair(s[:2]) + " hundred"
        if len(s) == 3 and s[0] != "0" and s[1:] == "00":
            return UNITS[int(s[0])] + " hundred"
        if len(s) == 3 and s[0] != "0" and self.rng.random() < 0.5:
            return UNITS[int(s[0])] + " " + self.pair(s[1:])
        return self.pairs(s)

    def group(self, s, style):
        if style == "digits":
            return self.digits(s)
        if style == "pairs":
            return self.pairs(s)
        if style == "hundreds":
            return self.hundreds(s)
        return self.group(s, self.rng.choice(["digits", "pairs", "hundreds", "digits"]))


def chunks(s, sizes):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    assert i == len(s), (s, sizes)
    return out


# ---------------------------------------------------------------- normalisers
N_UNIT = {"zero": "0", "oh": "0", "o": "0", "nought": "0", "naught": "0", "one": "1", "won": "1",
          "two": "2", "to": "2", "too": "2", "three": "3", "four": "4", "for": "4", "five": "5",
          "six": "6", "seven": "7", "eight": "8", "ate": "8", "nine": "9"}
N_TEEN = {w: str(10 + i) for i, w in enumerate(TEENS)}
N_TENS = {w: str(k) for k, w in TENS.items()}
LETTER_HOMO = {"bee": "B", "see": "C", "sea": "C", "dee": "D", "gee": "G", "jay": "J", "kay": "K",
               "pee": "P", "queue": "Q", "are": "R", "tea": "T", "tee": "T", "why": "Y", "ex": "X",
               "zed": "Z", "zee": "Z", "aitch": "H", "em": "M", "en": "N", "ess": "S", "el": "L",
               "vee": "V", "eff": "F"}
N_FILL = {"um", "uh", "er", "erm", "ah", "sorry", "and", "then", "yeah", "like", "hmm", "dash",
          "slash", "space", "hyphen", "the", "of", "is", "it", "s", "that", "no", "wait", "i", "mean",
          "oops", "actually", "let", "me", "start", "again", "was", "right"}


def spoken_chars(text):
    toks = re.findall(r"[a-z]+|[0-9]+", text.lower())
    out, i = [], 0
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if t.isdigit():
            out.append(t); i += 1; continue
        if t == "double" and nxt in ("u", "you"):
            out.append("W"); i += 2; continue
        if t in ("double", "triple"):
            n = 2 if t == "double" else 3
            if nxt in N_UNIT:
                ch = N_UNIT[nxt]
            elif nxt and len(nxt) == 1:
                ch = nxt.upper()
            elif nxt in LETTER_HOMO:
                ch = LETTER_HOMO[nxt]
            else:
                raise ValueError("bad double %r" % nxt)
            out.append(ch * n); i += 2; continue
        if len(t) == 1 and t != "o" and nxt == "for" and i + 2 < len(toks) and toks[i + 2][0] == t and len(toks[i + 2]) > 1:
            out.append(t.upper()); i += 3; continue
        if len(t) == 1 and t != "o" and nxt == "as" and i + 3 < len(toks) and toks[i + 2] == "in" and toks[i + 3][0] == t:
            out.append(t.upper()); i += 4; continue
        if t in N_TENS:
            if nxt in N_UNIT and N_UNIT[nxt] != "0":
                out.append(N_TENS[t] + N_UNIT[nxt]); i += 2; continue
            out.append(N_TENS[t] + "0"); i += 1; continue
        if t in N_TEEN:
            out.append(N_TEEN[t]); i += 1; continue
        if t == "hundred":
            out.append("00"); i += 1; continue
        if t in N_UNIT:
            out.append(N_UNIT[t]); i += 1; continue
        if len(t) == 1:
            out.append(t.upper()); i += 1; continue
        if t in LETTER_HOMO:
            out.append(LETTER_HOMO[t]); i += 1; continue
        if t in N_FILL:
            i += 1; continue
        if len(t) == 2 and t not in ("as", "in"):
            out.append(t.upper()); i += 1; continue
        if re.fullmatch(r"[a-z]+[0-9]+[a-z]*|[0-9]+[a-z]+[0-9]*[a-z]*", t):
            out.append(t.upper()); i += 1; continue
        raise ValueError("unknown token %r in %r" % (t, text))
    return "".join(out)


def spoken_email(text):
    toks = re.findall(r"[a-z0-9]+|[@._+-]", text.lower())
    out = []
    for t in toks:
        if t == "dot":
            out.append(".")
        elif t == "at":
            out.append("@")
        elif t == "underscore":
            out.append("_")
        elif t in ("dash", "hyphen"):
            out.append("-")
        elif t in N_UNIT and t not in ("to", "too", "for", "won", "ate", "o", "oh"):
            out.append(N_UNIT[t])
        elif t in ("um", "uh"):
            continue
        else:
            out.append(t)
    return "".join(out)


MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
MON3 = [m[:3] for m in MONTHS]


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
    s = s.upper()
    if not re.fullmatch(r"[A-Z]{2}[0-9]{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in r)
    return int(num) % 97 == 1


NI_RE = re.compile(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z][0-9]{6}[A-D]")
NI_BAD = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}
UK_PC = re.compile(r"(GIR0AA|[A-Z]{1,2}[0-9][A-Z0-9]?[0-9][A-Z]{2})")


def check_group(typ, canon, texts):
    """texts: list of span texts in the group (non-partial). returns error or None"""
    joined = " ".join(texts)
    if typ == "EMAIL":
        got = spoken_email(joined)
        if got != canon.lower():
            return "email %r != %r" % (got, canon)
        if not re.fullmatch(r"[a-z0-9._+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+", got):
            return "email shape"
        return None
    if typ == "ADDRESS":
        low = joined.lower()
        if not re.search(r"\b(street|st|road|rd|avenue|ave|lane|ln|drive|dr|close|way|court|crescent|terrace|boulevard|blvd|place|grove|park|gardens|square|hill|row|parade|walk|mews|strasse|rue|straat)\b", low):
            return "address lacks street word"
        if not re.search(r"[0-9]|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|flat|apartment|apt|unit)\b", low):
            return "address lacks number"
        return None
    if typ in ("DOB", "EXPIRY"):
        low = joined.lower()
        mon = None
        for i, m in enumerate(MONTHS):
            if re.search(r"\b(%s|%s)\b" % (m, MON3[i]), low):
                mon = i + 1
                low = re.sub(r"\b(%s|%s)\b" % (m, MON3[i]), " ", low)
        low = re.sub(r"\btwo thousand and ", " 200 ", low)
        low = re.sub(r"\b(twenty|thirty) (first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)\b",
                     lambda m: " " + str(int(N_TENS[m.group(1)]) * 10 + int(ORD[m.group(2)])) + " ", low)
        low = re.sub(r"\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth)\b",
                     lambda m: " " + ORD[m.group(1)] + " ", low)
        low = re.sub(r"\b(\d+)(st|nd|rd|th)\b", r"\1", low)
        digits = spoken_chars(low)
        d, m, y = canon
        yy = "%02d" % (y % 100)
        if typ == "EXPIRY":
            cands = {"%02d%s" % (m, yy), "%d%s" % (m, yy), "%02d%d" % (m, y), "%d%d" % (m, y)}
            if mon == m:
                cands |= {yy, str(y)}
            return None if digits in cands else "expiry %r not in %r" % (digits, cands)
        if not (digits.endswith(str(y)) or digits.endswith(yy)):
            return "dob year %r %r" % (digits, canon)
        if mon is None and str(m) not in digits:
            return "dob month"
        if str(d) not in digits:
            return "dob day"
        return None
    got = spoken_chars(joined)
    if got != canon:
        return "%s normalised %r != canon %r" % (typ, got, canon)
    if typ == "CARD_NUMBER":
        return None if (13 <= len(got) <= 19 and got.isdigit() and luhn_ok(got)) else "card invalid"
    if typ == "CVV":
        return None if (got.isdigit() and len(got) in (3, 4)) else "cvv"
    if typ == "SSN":
        ok = got.isdigit() and len(got) == 9 and got[:3] not in ("000", "666") and got[0] != "9" and got[3:5] != "00" and got[5:] != "0000"
        return None if ok else "ssn"
    if typ == "NI_NUMBER":
        return None if (NI_RE.fullmatch(got) and got[:2] not in NI_BAD) else "ni"
    if typ == "BANK_ACCOUNT":
        return None if (got.isdigit() and 6 <= len(got) <= 12) else "account"
    if typ == "SORT_CODE":
        return None if (got.isdigit() and len(got) == 6) else "sort"
    if typ == "IBAN":
        return None if iban_ok(got) else "iban"
    if typ == "PHONE":
        return None if (got.isdigit() and 10 <= len(got) <= 15) else "phone %r" % got
    if typ == "POSTCODE":
        if got.isdigit():
            return None if len(got) in (5, 9) else "zip"
        return None if UK_PC.fullmatch(got) else "uk postcode %r" % got
    return "unknown type"


ORD = {"first": "1", "second": "2", "third": "3", "fourth": "4", "fifth": "5", "sixth": "6",
       "seventh": "7", "eighth": "8", "ninth": "9", "tenth": "10", "eleventh": "11",
       "twelfth": "12", "thirteenth": "13", "fourteenth": "14", "fifteenth": "15",
       "sixteenth": "16", "seventeenth": "17", "eighteenth": "18", "nineteenth": "19",
       "twentieth": "20", "thirtieth": "30"}


# ---------------------------------------------------------------- value generators
class Gen:
    def __init__(self, rng):
        self.r = rng
        self.sp = Speaker(rng)

    def digs(self, n):
        return "".join(self.r.choice("0123456789") for _ in range(n))

    def card(self, brand=None):
        r = self.r
        brand = brand or r.choice(["visa", "visa", "mc", "mc", "amex", "disc", "visa13", "visa19", "mc2"])
        if brand == "visa":
            pre, n = "4", 16
        elif brand == "visa13":
            pre, n = "4", 13
        elif brand == "visa19":
            pre, n = "4", 19
        elif brand == "mc":
            pre, n = "5" + r.choice("12345"), 16
        elif brand == "mc2":
            pre, n = str(r.randint(2221, 2720)), 16
        elif brand == "amex":
            pre, n = r.choice(["34", "37"]), 15
        else:
            pre, n = "6011", 16
        body = pre + self.digs(n - len(pre) - 1)
        for c in "0123456789":
            if luhn_ok(body + c):
                return body + c

    def card_sizes(self, num):
        n = len(num)
        if n == 15:
            return [4, 6, 5]
        if n == 13:
            return self.r.choice([[4, 4, 5], [4, 3, 3, 3], [4, 4, 4, 1]])
        if n == 19:
            return [4, 4, 4, 4, 3]
        return [4, 4, 4, 4]

    def ssn(self):
        r = self.r
        while True:
            a = r.randint(1, 899)
            if a != 666:
                break
        return "%03d%02d%04d" % (a, r.randint(1, 99), r.randint(1, 9999))

    def ni(self):
        r = self.r
        L1 = "ABCEGHJKLMNPRSTWXYZ"
        L2 = "ABCEGHJKLMNPRSTWXYZ"
        while True:
            p = r.choice(L1) + r.choice(L2)
            if p not in NI_BAD:
                break
        return p + self.digs(6) + r.choice("ABCD")

    def iban(self, cc=None):
        r = self.r
        cc = cc or r.choice(["GB", "IE", "DE", "FR", "NL", "ES"])
        if cc == "GB":
            bban = r.choice(["NWBK", "BARC", "MIDL", "LLYD", "HBUK"]) + self.digs(14)
        elif cc == "IE":
            bban = r.choice(["AIBK", "BKRL", "ULSB"]) + self.digs(14)
        elif cc == "DE":
            bban = self.digs(18)
        elif cc == "FR":
            bban = self.digs(23)
        elif cc == "NL":
            bban = r.choice(["ABNA", "RABK", "INGB"]) + self.digs(10)
        else:
            bban = self.digs(20)
        num = "".join(str(int(c, 36)) for c in bban + cc + "00")
        chk = 98 - int(num) % 97
        return "%s%02d%s" % (cc, chk, bban)

    def uk_mobile(self):
        return "07" + self.r.choice("34579") + self.digs(8)

    def uk_land(self):
        return self.r.choice(["020", "0161", "0113", "0131", "0141", "0117", "01632"]) + self.digs(7 if self.r.random() < 0.6 else 6)

    def us_phone(self):
        r = self.r
        return str(r.randint(2, 9)) + self.digs(2) + str(r.randint(2, 9)) + self.digs(6)

    def ie_mobile(self):
        return "08" + self.r.choice("3567") + self.digs(7)

    def uk_postcode(self):
        r = self.r
        Lin = "ABDEFGHJLNPQRSTUWXYZ"
        k = r.randint(0, 5)
        if k == 0:
            out = r.choice("BEGLMNSW") + str(r.randint(1, 9))
        elif k == 1:
            out = r.choice("BGLMS") + str(r.randint(10, 40))
        elif k == 2:
            out = r.choice(["LS", "BS", "CF", "NE", "NG", "LE", "CB", "OX", "RG", "BT", "EH", "DN", "SW", "SE", "NW", "TW"]) + str(r.randint(1, 9))
        elif k == 3:
            out = r.choice(["LS", "BS", "CF", "NE", "NG", "LE", "CB", "RG", "BT", "EH", "DN", "SW", "SE", "TW", "KT"]) + str(r.randint(10, 29))
        elif k == 4:
            out = r.choice(["W1", "E1", "N1"]) + r.choice("ABCDFGHKW")
        else:
            out = r.choice(["SW1", "EC1", "EC2", "WC1", "WC2", "SE1", "NW1"]) + r.choice("ABEHNPRVWXY")
        return out + " " + str(r.randint(1, 9)) + r.choice(Lin) + r.choice(Lin)

    def zip(self):
        return "%05d" % self.r.randint(1001, 99950)

    def dob(self):
        r = self.r
        return (r.randint(1, 28), r.randint(1, 12), r.randint(1941, 2004))

    def expiry(self):
        return (1, self.r.randint(1, 12), self.r.randint(2026, 2032))


FIRST = ["james", "sarah", "mohammed", "aoife", "liam", "priya", "tom", "grace", "dmitri", "chloe",
         "sean", "fatima", "oliver", "niamh", "carlos", "emily", "raj", "hannah", "kwame", "zoe"]
LAST = ["smith", "okafor", "murphy", "patel", "jones", "obrien", "kowalski", "nguyen", "walsh",
        "garcia", "taylor", "byrne", "mueller", "hughes", "reilly", "shah", "brown", "davies"]
DOMAINS = ["gmail.com", "yahoo.co.uk", "hotmail.com", "outlook.com", "icloud.com", "btinternet.com",
           "eircom.net", "aol.com", "protonmail.com", "gmx.de", "live.ie", "comcast.net"]
UK_STREETS = ["high street", "church road", "station road", "victoria street", "mill lane",
              "park avenue", "queens road", "kings drive", "the crescent", "elm grove", "manor close",
              "beech way", "orchard court", "springfield terrace", "albert place"]
US_STREETS = ["maple avenue", "oak street", "main street", "elm drive", "washington boulevard",
              "cedar lane", "pine court", "lincoln way", "sunset boulevard", "lakeview drive"]
TOWNS_UK = ["leeds", "bristol", "manchester", "glasgow", "cardiff", "norwich", "york", "derby"]
TOWNS_US = ["columbus", "austin", "denver", "tampa", "portland", "madison", "raleigh"]


# ---------------------------------------------------------------- rendering helpers
def typed_groups(g, s, sizes, sep=None):
    parts = chunks(s, sizes)
    sep = sep if sep is not None else g.r.choice([" ", " ", "-", "", ".", "  ", " - "])
    return sep.join(parts)


def spoken_groups(g, s, sizes, style=None, joiner=None):
    parts = chunks(s, sizes)
    style = style or g.r.choice(["digits", "digits", "pairs", "mixed"])
    texts = [g.sp.group(p, style) for p in parts]
    if joiner is None:
        out = texts[0]
        for t in texts[1:]:
            out += g.r.choice([" ", " ", " ", " um ", " uh ", ", ", " "]) + t
        return out
    return joiner.join(texts)


def say_expiry(g, exp, chat=False):
    _, m, y = exp
    yy = "%02d" % (y % 100)
    r = g.r
    if chat:
        return r.choice(["%02d/%s" % (m, yy), "%02d/%d" % (m, y), "%d/%s" % (m, yy), "%02d-%s" % (m, yy),
                         "%02d %s" % (m, yy), "%s %d" % (MONTHS[m - 1].capitalize()[:3], y)])
    k = r.randint(0, 4)
    if k == 0:
        return g.sp.pair("%02d" % m) + " " + g.sp.pair(yy)
    if k == 1:
        return MONTHS[m - 1] + " " + g.sp.pair(yy)
    if k == 2:
        return MONTHS[m - 1] + " twenty " + g.sp.pair(yy)
    if k == 3:
        return g.sp.digits("%02d%s" % (m, yy), doubles=False)
    return g.sp.pair("%02d" % m) + " slash " + g.sp.pair(yy)


def say_dob(g, dob, chat=False, us=False):
    d, m, y = dob
    r = g.r
    if chat:
        if us:
            return r.choice(["%02d/%02d/%d" % (m, d, y), "%d/%d/%d" % (m, d, y), "%s %d, %d" % (MONTHS[m - 1].capitalize(), d, y),
                             "%02d-%02d-%d" % (m, d, y)])
        return r.choice(["%02d/%02d/%d" % (d, m, y), "%d/%d/%02d" % (d, m, y % 100), "%d %s %d" % (d, MONTHS[m - 1].capitalize(), y),
                         "%02d.%02d.%d" % (d, m, y), "%dth %s %d" % (d, MON3[m - 1], y) if d in (4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 24, 25, 26, 27, 28) else "%d %s %d" % (d, MON3[m - 1].capitalize(), y)])
    ords = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
            "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
            "eighteenth", "nineteenth", "twentieth"]
    if d <= 20:
        od = ords[d - 1]
    else:
        od = "twenty " + ords[d - 21]
    if y < 2000:
        ys = g.sp.pair(str(y)[:2]) + " " + g.sp.pair(str(y)[2:])
    else:
        ys = r.choice(["two thousand and " + UNITS[y - 2000] if y < 2010 else "twenty " + g.sp.pair(str(y)[2:]),
                       "twenty " + g.sp.pair(str(y)[2:])])
    k = r.randint(0, 4)
    if k == 4:
        return g.sp.pair("%02d" % d) + " " + g.sp.pair("%02d" % m) + " " + ys
    if k == 0:
        return "the %s of %s %s" % (od, MONTHS[m - 1], ys)
    if k == 1:
        return "%s %s %s" % (MONTHS[m - 1], od, ys)
    if k == 2:
        return "%s of %s %s" % (od, MONTHS[m - 1], ys)
    return "%s %s %s" % (od, MONTHS[m - 1], ys)


def say_ni(g, ni, style):
    """style: chat formats or spoken styles"""
    r = g.r
    L, D, S = ni[:2], ni[2:8], ni[8]
    if style == "chat":
        k = r.randint(0, 7)
        if k == 0:
            return ni
        if k == 1:
            return "%s %s %s %s %s" % (L, D[:2], D[2:4], D[4:], S)
        if k == 2:
            return ("%s %s %s %s %s" % (L, D[:2], D[2:4], D[4:], S)).lower()
        if k == 3:
            return "%s-%s-%s-%s-%s" % (L, D[:2], D[2:4], D[4:], S)
        if k == 4:
            return "%s%s %s" % (L.lower(), D, S.lower())
        if k == 5:
            return " ".join(ni)
        if k == 6:
            return "%s %s %s %s" % (L, D[:3], D[3:], S)
        return "%s%s%s" % (L[0] + L[1].lower(), D, S)
    # spoken
    def letter(ch):
        x = r.random()
        if x < 0.35:
            word = NAMEPH.get(ch) if (r.random() < 0.4 and ch in NAMEPH) else NATO[ch]
            return "%s %s %s" % (ch.lower(), r.choice(["for", "for", "as in"]), word)
        if x < 0.5 and ch in HOMO_OF:
            return HOMO_OF[ch]
        return ch.lower()
    ls = letter(L[0]) + " " + letter(L[1])
    if L[0] == L[1] and r.random() < 0.5:
        ls = "double " + L[0].lower()
    if r.random() < 0.2 and D[0] != "0" and D[3] != "0":
        ds = UNITS[int(D[0])] + " " + g.sp.pair(D[1:3]) + " " + UNITS[int(D[3])] + " " + g.sp.pair(D[4:6])
    else:
        ds = spoken_groups(g, D, [2, 2, 2], style=r.choice(["digits", "pairs", "mixed"]))
    return ls + " " + ds + " " + letter(S)


NATO = {"A": "alpha", "B": "bravo", "C": "charlie", "D": "delta", "E": "echo", "F": "foxtrot", "G": "golf",
        "H": "hotel", "J": "juliet", "K": "kilo", "L": "lima", "M": "mike", "N": "november", "P": "papa",
        "Q": "quebec", "R": "romeo", "S": "sierra", "T": "tango", "U": "uniform", "V": "victor",
        "W": "whiskey", "X": "xray", "Y": "yankee", "Z": "zulu"}
NAMEPH = {"A": "apple", "B": "bob", "C": "cat", "D": "david", "E": "edward", "G": "george", "H": "harry",
          "J": "john", "K": "king", "L": "london", "M": "mary", "N": "nancy", "P": "peter", "R": "robert",
          "S": "sugar", "T": "tommy", "W": "william", "X": "xmas", "Y": "yellow", "Z": "zebra"}
HOMO_OF = {"B": "bee", "C": "see", "J": "jay", "K": "kay", "R": "are", "T": "tee", "Y": "why", "Z": "zed",
           "P": "pee", "H": "aitch", "E": "e", "X": "ex"}


def say_email(g, email):
    user, dom = email.split("@")
    def w(x):
        x = x.replace(".", " dot ").replace("_", " underscore ").replace("-", " dash ")
        x = re.sub(r"[0-9]", lambda m: " " + UNITS[int(m.group(0))] + " ", x)
        return re.sub(r"\s+", " ", x).strip()
    if g.r.random() < 0.3:
        # spell the first name-like run letter by letter
        m = re.match(r"[a-z]+", user)
        if m and len(m.group(0)) <= 7:
            return " ".join(m.group(0)) + " " + w(user[m.end():]) + " at " + w(dom) if user[m.end():] else " ".join(m.group(0)) + " at " + w(dom)
    return w(user) + " at " + w(dom)


def make_email(g):
    r = g.r
    f, l = r.choice(FIRST), r.choice(LAST)
    k = r.randint(0, 5)
    if k == 0:
        u = f + "." + l
    elif k == 1:
        u = f[0] + l + str(r.randint(1, 99))
    elif k == 2:
        u = f + "_" + l
    elif k == 3:
        u = l + f[0] + str(r.randint(60, 99))
    elif k == 4:
        u = f + "-" + l
    else:
        u = f + str(r.randint(1970, 2005))
    return u + "@" + r.choice(DOMAINS)


BACK = ["mhm", "okay", "yep", "go on", "okay go on", "right", "uh huh", "yeah", "got that", "next four please"]


# ---------------------------------------------------------------- positive templates
IND_CALL = ["banking", "telecom", "utilities", "retail", "insurance", "travel", "healthcare billing", "government services"]


def p_card_chat_one(g):
    r = g.r
    num = g.card()
    sizes = g.card_sizes(num)
    ind = r.choice(["retail", "telecom", "travel", "utilities", "insurance"])
    cs = Case("positive", "chat/%s: card typed in one message, separator style varies" % ind)
    txt = typed_groups(g, num, sizes) if r.random() < 0.85 else num
    cs.a(r.choice(["Please enter the card you'd like to use.", "Which card would you like to pay with?",
                   "Can I take the long card number please?"]))
    pre = r.choice(["card number is ", "its ", "Card: ", "sure - ", "ok here u go ", "my crad number is ", "", "CARD NO. "])
    post = r.choice(["", " thanks", " . order #%d" % r.randint(100000, 99999999), " and the amount is $%d.%02d" % (r.randint(10, 900), r.randint(0, 99)), " !!", " (visa debit)"])
    cs.c(pre, val(cs, txt, "CARD_NUMBER", num), post)
    return cs


def p_card_chat_split(g):
    r = g.r
    num = g.card()
    sizes = g.card_sizes(num)
    parts = chunks(num, sizes)
    k = r.randint(1, len(parts) - 1)
    grp = 1
    cs = Case("positive", "chat/%s: card number split across two chat messages" % r.choice(["retail", "telecom", "banking"]))
    cs.a("Go ahead with the card number whenever you're ready.")
    cs.c(r.choice(["ok ", "", "its "]), val(cs, " ".join(parts[:k]), "CARD_NUMBER", num, group=grp))
    cs.c(r.choice(["", "sorry hit enter too soon ", "..."]), val(cs, " ".join(parts[k:]), "CARD_NUMBER", num, group=grp))
    cs._g = 1
    return cs


def p_card_chat_typo(g):
    r = g.r
    num = g.card("visa")
    wrong = list(num)
    i = r.randint(4, 13)
    wrong[i], wrong[i + 1] = wrong[i + 1], wrong[i]
    if wrong == list(num):
        wrong[i] = str((int(wrong[i]) + 1) % 10)
    wrong = "".join(wrong)
    cs = Case("positive", "chat/retail: customer types card with a typo then retypes it; both labelled")
    cs.a("Thanks - what card number should we charge?")
    cs.c(val(cs, typed_groups(g, wrong, [4, 4, 4, 4], " "), "CARD_NUMBER", wrong, partial=True))
    cs.c("sorry wrong, its ", val(cs, typed_groups(g, num, [4, 4, 4, 4], r.choice(["", " ", "-"])), "CARD_NUMBER", num))
    return cs


def p_card_call_one(g):
    r = g.r
    num = g.card()
    cs = Case("positive", "call/%s: card read in one turn (%s)" % (r.choice(IND_CALL), "groups"))
    cs.a(r.choice(["okay and the long number across the front of the card please", "can i take the card number",
                   "and the sixteen digit number on the card"]))
    cs.c(r.choice(["yeah it's ", "okay so it's ", "right ", "um ", ""]),
         val(cs, spoken_groups(g, num, g.card_sizes(num), style="digits"), "CARD_NUMBER", num),
         r.choice(["", " did you get that", " and that's a visa", " yeah"]))
    return cs


def p_card_call_pairs(g):
    r = g.r
    num = g.card(r.choice(["visa", "mc", "disc", "mc2"]))
    cs = Case("positive", "call/%s: card read as pairs and hundreds ('forty one eleven')" % r.choice(IND_CALL))
    cs.a("okay whenever you're ready with the card number")
    cs.c(val(cs, spoken_groups(g, num, [4, 4, 4, 4], style=r.choice(["pairs", "mixed", "hundreds"])), "CARD_NUMBER", num))
    return cs


def p_card_call_split(g):
    r = g.r
    num = g.card()
    sizes = g.card_sizes(num)
    parts = chunks(num, sizes)
    cs = Case("positive", "call/%s: card split over %d customer turns with agent back-channels" % (r.choice(IND_CALL), len(parts)))
    cs.a(r.choice(["go ahead with the card number", "can i get the card number please", "and the card number"]))
    style = r.choice(["digits", "mixed", "pairs"])
    for i, p in enumerate(parts):
        pre = r.choice(["", "", "um ", "okay ", "then "]) if i else r.choice(["yeah ", "right it's ", ""])
        post = r.choice(["", "", " yeah"])
        cs.c(pre, val(cs, g.sp.group(p, style), "CARD_NUMBER", num, group=1), post)
        if i < len(parts) - 1:
            cs.a(r.choice(BACK))
    cs._g = 1
    return cs


def p_card_call_correct(g):
    r = g.r
    num = g.card(r.choice(["visa", "mc"]))
    parts = chunks(num, [4, 4, 4, 4])
    j = r.randint(1, 3)
    bad = list(parts[j])
    k = r.randint(0, 3)
    bad[k] = str((int(bad[k]) + r.randint(1, 8)) % 10)
    bad = "".join(bad)
    cs = Case("positive", "call/%s: caller self-corrects one group mid-reading; mistaken group also labelled" % r.choice(IND_CALL))
    cs.a("and the card number")
    segs = []
    for i, p in enumerate(parts):
        if i:
            segs.append(" ")
        if i == j:
            segs.append(val(cs, g.sp.digits(bad), "CARD_NUMBER", bad, partial=True))
            segs.append(r.choice([" no sorry ", " sorry no wait ", " oh no hang on that's wrong it's ", " no scratch that "]))
        segs.append(val(cs, g.sp.digits(p), "CARD_NUMBER", num, group=1))
    cs.c(*segs)
    cs._g = 1
    return cs


def p_card_call_readback(g):
    r = g.r
    num = g.card()
    sizes = g.card_sizes(num)
    cs = Case("positive", "call/%s: card given by caller then read back by the agent" % r.choice(IND_CALL))
    cs.a("and what's the card number please")
    cs.c(val(cs, spoken_groups(g, num, sizes), "CARD_NUMBER", num))
    cs.a(r.choice(["let me just read that back ", "so that's ", "okay i have "]),
         val(cs, spoken_groups(g, num, sizes, style="digits"), "CARD_NUMBER", num), r.choice([" is that right", " correct", ""]))
    cs.c(r.choice(["yes that's right", "yep", "correct"]))
    return cs


def p_card_full(g):
    r = g.r
    num = g.card()
    exp = g.expiry()
    cvv = g.digs(4 if len(num) == 15 else 3)
    chat = r.random() < 0.4
    cs = Case("positive", "%s/%s: card, expiry and security code in one interaction" % ("chat" if chat else "call", r.choice(IND_CALL)))
    if chat:
        cs.a("Please provide the card number, expiry and CVV.")
        cs.c(val(cs, typed_groups(g, num, g.card_sizes(num)), "CARD_NUMBER", num), r.choice([" exp ", " expires ", ", ", " / "]),
             val(cs, say_expiry(g, exp, chat=True), "EXPIRY", exp), r.choice([" cvv ", " sec code ", ", cvc: ", " code "]),
             val(cs, cvv, "CVV", cvv))
    else:
        cs.a("okay and the long number")
        cs.c(val(cs, spoken_groups(g, num, g.card_sizes(num)), "CARD_NUMBER", num))
        cs.a("and the expiry date")
        cs.c(r.choice(["it's ", "", "um "]), val(cs, say_expiry(g, exp), "EXPIRY", exp))
        cs.a(r.choice(["and the three digit code on the back", "and the security code please", "last thing the cvv"]))
        cs.c(r.choice(["", "it's ", "okay "]), val(cs, g.sp.digits(cvv), "CVV", cvv))
    return cs


def p_card_homophone(g):
    r = g.r
    for _ in range(50):
        num = g.card(r.choice(["visa", "visa", "mc"]))
        if sum(ch in "4281" for ch in num) >= 6:
            break
    cs = Case("positive", "call/%s: ASR homophones inside card reading ('for', 'to', 'ate', 'won')" % r.choice(IND_CALL))
    cs.a("can you read me the card number")
    parts = chunks(num, [4, 4, 4, 4])
    txt = " ".join(g.sp.digits(p, doubles=False, homophones=True) for p in parts)
    cs.c(r.choice(["sure ", "yeah ", ""]), val(cs, txt, "CARD_NUMBER", num))
    return cs


def p_card_amount(g):
    r = g.r
    num = g.card()
    cs = Case("positive", "call/%s: card reading next to a spoken amount and a reference number (unlabelled)" % r.choice(["utilities", "telecom", "retail"]))
    amt = "%s %s" % (r.choice(["forty two", "one hundred and twelve", "sixty", "two hundred", "eighty nine"]), r.choice(["pounds", "dollars", "euros"]))
    cs.a("so that's %s to pay today against reference %s" % (amt, g.sp.digits(g.digs(7), doubles=False)))
    cs.c(r.choice(["yeah that's fine the card is ", "okay card number "]), val(cs, spoken_groups(g, num, g.card_sizes(num)), "CARD_NUMBER", num),
         r.choice([" and i want to pay the full %s" % amt, ""]))
    return cs


def p_card_chat_lines(g):
    r = g.r
    num = g.card(r.choice(["visa", "mc", "disc"]))
    parts = chunks(num, [4, 4, 4, 4])
    cs = Case("positive", "chat/%s: card typed one group per chat message" % r.choice(["retail", "telecom", "travel"]))
    cs.a("Please send the card number (you can split it if easier).")
    for i, p in enumerate(parts):
        cs.c(val(cs, p, "CARD_NUMBER", num, group=1), r.choice(["", "", " ..", " -"]) if i < 3 else "")
    cs._g = 1
    return cs


def p_card_chat_mixedsep(g):
    r = g.r
    num = g.card(r.choice(["visa", "mc", "mc2"]))
    a, b, c, d = chunks(num, [4, 4, 4, 4])
    txt = r.choice(["%s-%s %s.%s", "%s %s%s %s", "%s/%s/%s/%s", "%s_%s_%s_%s", "%s %s  %s-%s", "%s,%s,%s,%s"]) % (a, b, c, d)
    cs = Case("positive", "chat/%s: card typed with inconsistent or odd separators inside a longer message" % r.choice(["retail", "utilities", "insurance"]))
    cs.c("hi need to pay invoice %d of $%d.%02d, card " % (r.randint(10000, 999999), r.randint(20, 600), r.randint(0, 99)), val(cs, txt, "CARD_NUMBER", num), r.choice([" thanks", " - same card as last time", ""]))
    return cs


def p_card_call_echo(g):
    r = g.r
    num = g.card(r.choice(["visa", "mc", "disc"]))
    parts = chunks(num, [4, 4, 4, 4])
    cs = Case("positive", "call/%s: agent echoes each card group back as the caller reads it" % r.choice(IND_CALL))
    cs.a("okay read me the card number in fours and i'll repeat them")
    for p in parts:
        cs.c(val(cs, g.sp.group(p, r.choice(["digits", "pairs"])), "CARD_NUMBER", num, group=1))
        cs.a(val(cs, g.sp.digits(p, doubles=False), "CARD_NUMBER", num, group=2), r.choice([" yep", " okay", " got it", ""]))
    cs._g = 2
    return cs


def p_card_amex_spoken(g):
    r = g.r
    num = g.card("amex")
    cs = Case("positive", "call/travel: american express 4-6-5 read with fillers between groups")
    cs.a("and that's an amex so fifteen digits")
    a, b, c = chunks(num, [4, 6, 5])
    cs.c(val(cs, g.sp.digits(a) + " " + r.choice(FILLERS) + " " + g.sp.group(b, r.choice(["digits", "pairs"])) + " " + r.choice(FILLERS) + " " + g.sp.digits(c), "CARD_NUMBER", num))
    return cs


def p_ssn_chat(g):
    r = g.r
    s = g.ssn()
    a, b, c = s[:3], s[3:5], s[5:]
    txt = r.choice(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s.%s.%s", "%s - %s - %s", "%s-%s %s", "%s/%s/%s"]) % (a, b, c)
    ind = r.choice(["healthcare billing", "banking", "insurance", "government services", "telecom"])
    cs = Case("positive", "chat/%s: US SSN typed, separator style varies" % ind)
    cs.a(r.choice(["To verify, what's your Social Security number?", "Please confirm your SSN.", "I need the SSN on the account."]))
    cs.c(r.choice(["", "ssn ", "SSN: ", "its ", "sure, ", "social is ", "my ss# is "]), val(cs, txt, "SSN", s),
         r.choice(["", " thx", " - claim 4471902 btw", ". dob is on file", " and my zip hasn't changed"]))
    return cs


def p_ssn_call_one(g):
    r = g.r
    s = g.ssn()
    cs = Case("positive", "call/%s: SSN read in one turn as 3-2-4 groups" % r.choice(["healthcare billing", "banking", "government services", "insurance"]))
    cs.a(r.choice(["and can i have your social security number", "for security can you give me your social", "what's the social on the account"]))
    style = r.choice(["digits", "digits", "pairs", "mixed"])
    joiner = " dash " if r.random() < 0.2 else None
    cs.c(r.choice(["sure it's ", "yeah ", "okay ", "um ", "it's "]), val(cs, spoken_groups(g, s, [3, 2, 4], style=style, joiner=joiner), "SSN", s),
         r.choice(["", " yeah", " and i'm calling about my bill"]))
    return cs


def p_ssn_call_split(g):
    r = g.r
    s = g.ssn()
    cs = Case("positive", "call/%s: SSN split over three customer turns (3-2-4) with back-channels" % r.choice(["healthcare billing", "banking", "insurance", "government services"]))
    cs.a("okay go ahead with the social")
    for i, p in enumerate([s[:3], s[3:5], s[5:]]):
        cs.c(r.choice(["", "", "um ", "okay "]), val(cs, g.sp.group(p, r.choice(["digits", "pairs", "digits"])), "SSN", s, group=1))
        if i < 2:
            cs.a(r.choice(BACK[:8]))
    cs._g = 1
    return cs


def p_ssn_call_correct(g):
    r = g.r
    s = g.ssn()
    wrong = s[:5] + g.digs(4)
    if wrong == s:
        wrong = s[:5] + ("%04d" % ((int(s[5:]) + 1) % 10000 or 1))
    cs = Case("positive", "call/%s: caller restarts the SSN after a slip; both readings labelled" % r.choice(["banking", "healthcare billing"]))
    cs.a("and the social security number")
    cs.c(val(cs, spoken_groups(g, wrong, [3, 2, 4], style="digits"), "SSN", wrong, partial=True),
         r.choice([" oh no sorry let me start again ", " wait no that's my wife's um it's ", " sorry no "]),
         val(cs, spoken_groups(g, s, [3, 2, 4], style="digits"), "SSN", s))
    return cs


def p_ssn_readback(g):
    r = g.r
    s = g.ssn()
    cs = Case("positive", "call/%s: SSN given then read back by agent in a different grouping" % r.choice(["insurance", "banking", "government services"]))
    cs.a("can i get your social please")
    cs.c(val(cs, spoken_groups(g, s, [3, 2, 4], style=r.choice(["digits", "pairs"])), "SSN", s))
    cs.a(r.choice(["thank you so that's ", "okay i have ", "just to confirm "]), val(cs, g.sp.digits(s, doubles=r.random() < 0.5), "SSN", s), " right")
    cs.c("that's it")
    return cs


def p_ssn_hundreds(g):
    r = g.r
    s = g.ssn()
    cs = Case("positive", "call/%s: SSN with hundreds and pairs ('four twelve', 'sixty six', 'nineteen hundred')" % r.choice(["banking", "insurance", "healthcare billing"]))
    cs.a("and your ssn")
    a, b, c = s[:3], s[3:5], s[5:]
    txt = g.sp.hundreds(a) + " " + g.sp.pair(b) + " " + g.sp.hundreds(c)
    cs.c(r.choice(["", "yeah it's ", "uh "]), val(cs, txt, "SSN", s))
    return cs


def p_ssn_mixed_chat(g):
    r = g.r
    s = g.ssn()
    dob = g.dob()
    cs = Case("positive", "chat/healthcare billing: SSN and date of birth in one message with a balance amount")
    cs.a("I can look that up. Can you give me the patient's SSN and date of birth?")
    cs.c(r.choice(["ssn ", "SS# ", "social "]), val(cs, "%s-%s-%s" % (s[:3], s[3:5], s[5:]) if r.random() < 0.6 else s, "SSN", s),
         r.choice([", dob ", " born ", " & DOB "]), val(cs, say_dob(g, dob, chat=True, us=True), "DOB", dob),
         ". the bill says I owe $%d.%02d" % (r.randint(20, 2000), r.randint(0, 99)))
    return cs


def p_ssn_spaced_digits_chat(g):
    r = g.r
    s = g.ssn()
    cs = Case("positive", "chat/%s: SSN typed with odd separators or digit spacing" % r.choice(["banking", "insurance"]))
    k = r.randint(0, 3)
    if k == 0:
        txt = " ".join(s)
    elif k == 1:
        txt = "%s_%s_%s" % (s[:3], s[3:5], s[5:])
    elif k == 2:
        txt = "%s -%s- %s" % (s[:3], s[3:5], s[5:])
    else:
        txt = "%s %s-%s" % (s[:3], s[3:5], s[5:])
    cs.a("What is the SSN of the primary account holder?")
    cs.c(val(cs, txt, "SSN", s))
    return cs


def p_ni_chat(g):
    r = g.r
    ni = g.ni()
    ind = r.choice(["government services", "banking", "insurance", "utilities", "healthcare billing"])
    cs = Case("positive", "chat/%s: UK NI number typed, formatting varies" % ind)
    cs.a(r.choice(["Could you confirm your National Insurance number?", "What's your NI number please?", "Please type your NINO."]))
    cs.c(r.choice(["", "NI: ", "ni no ", "its ", "sure ", "national insurance number is "]), val(cs, say_ni(g, ni, "chat"), "NI_NUMBER", ni),
         r.choice(["", " cheers", " and my claim ref is 40021773", " - tax year 2025/26"]))
    return cs


def p_ni_call(g):
    r = g.r
    ni = g.ni()
    cs = Case("positive", "call/%s: NI number spoken, letters spelled (phonetic/homophones), digits in pairs or singles" % r.choice(["government services", "banking", "insurance"]))
    cs.a(r.choice(["can i take your national insurance number", "and your n i number please", "what's your national insurance"]))
    cs.c(r.choice(["yeah it's ", "okay ", "um it's ", ""]), val(cs, say_ni(g, ni, "spoken"), "NI_NUMBER", ni))
    return cs


def p_ni_call_split(g):
    r = g.r
    ni = g.ni()
    cs = Case("positive", "call/government services: NI number split letters / digits / suffix across turns")
    cs.a("go ahead with the national insurance number")
    full = say_ni(g, ni, "spoken")
    toks = full.split(" ")
    # find a split: letters part, digits part, suffix part via re-rendering
    L, D, S = ni[:2], ni[2:8], ni[8]
    lt = " ".join(("%s for %s" % (c.lower(), NATO[c])) if r.random() < 0.5 else c.lower() for c in L)
    cs.c(r.choice(["it's ", "right ", ""]), val(cs, lt, "NI_NUMBER", ni, group=1))
    cs.a(r.choice(["mhm", "okay", "yep"]))
    if r.random() < 0.5:
        cs.c(val(cs, g.sp.group(D[:4], "mixed"), "NI_NUMBER", ni, group=1))
        cs.a(r.choice(["yep", "go on"]))
        cs.c(val(cs, g.sp.group(D[4:], "mixed"), "NI_NUMBER", ni, group=1))
    else:
        cs.c(val(cs, spoken_groups(g, D, [2, 2, 2]), "NI_NUMBER", ni, group=1))
    cs.a(r.choice(["and the letter at the end", "and the last letter"]))
    cs.c(r.choice(["", "it's ", "that's "]), val(cs, r.choice([S.lower(), "%s for %s" % (S.lower(), NATO[S])]), "NI_NUMBER", ni, group=1))
    cs._g = 1
    return cs


def p_ni_readback(g):
    r = g.r
    ni = g.ni()
    cs = Case("positive", "call/%s: NI number given then read back by agent with phonetics" % r.choice(["government services", "banking"]))
    cs.a("national insurance number please")
    cs.c(val(cs, say_ni(g, ni, "spoken"), "NI_NUMBER", ni))
    L, D, S = ni[:2], ni[2:8], ni[8]
    rb = "%s for %s %s for %s %s %s for %s" % (L[0].lower(), NATO[L[0]], L[1].lower(), NATO[L[1]], g.sp.digits(D, doubles=False), S.lower(), NATO[S])
    cs.a("so that's ", val(cs, rb, "NI_NUMBER", ni), " yeah")
    cs.c("yes")
    return cs


def p_ni_correct(g):
    r = g.r
    ni = g.ni()
    bad = ni[:2] + g.digs(6) + ni[8]
    if bad == ni:
        bad = ni[:2] + "%06d" % ((int(ni[2:8]) + 1) % 1000000) + ni[8]
    cs = Case("positive", "call/%s: NI number with a self-correction; both readings labelled" % r.choice(["government services", "insurance"]))
    cs.a("and your national insurance")
    cs.c(val(cs, say_ni(g, bad, "spoken"), "NI_NUMBER", bad, partial=True), r.choice([" no hang on ", " sorry that's wrong ", " no wait "]),
         val(cs, say_ni(g, ni, "spoken"), "NI_NUMBER", ni))
    return cs


def p_ni_chat_split(g):
    r = g.r
    ni = g.ni()
    cs = Case("positive", "chat/government services: NI number typed over two messages")
    cs.a("Please provide your NI number.")
    cs.c(val(cs, ni[:2] + r.choice(["", " "]) + ni[2:5], "NI_NUMBER", ni, group=1))
    cs.c(val(cs, ni[5:8] + r.choice(["", " "]) + ni[8], "NI_NUMBER", ni, group=1))
    cs._g = 1
    return cs


def p_ni_with_amounts(g):
    r = g.r
    ni = g.ni()
    cs = Case("positive", "call/government services: NI number with amounts and dates around it (unlabelled)")
    cs.a("okay i can see the payment of %s pounds on the %s of %s" % (r.choice(["eighty four", "two hundred and ten", "ninety two fifty"]), r.choice(["third", "ninth", "twelfth"]), r.choice(MONTHS)))
    cs.c("right can you check it against my n i number it's ", val(cs, say_ni(g, ni, "spoken"), "NI_NUMBER", ni), " i've been waiting two weeks")
    return cs


def p_bank_uk(g):
    r = g.r
    acc, sc = g.digs(8), g.digs(6)
    chat = r.random() < 0.45
    cs = Case("positive", "%s/banking: UK sort code and account number" % ("chat" if chat else "call"))
    if chat:
        cs.a("Please give the sort code and account number for the direct debit.")
        sct = r.choice(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s.%s.%s"]) % (sc[:2], sc[2:4], sc[4:])
        cs.c(r.choice(["sort ", "sc ", "Sort code: "]), val(cs, sct, "SORT_CODE", sc), r.choice([" acc ", " a/c ", ", account no. ", " account "]),
             val(cs, acc if r.random() < 0.7 else acc[:4] + " " + acc[4:], "BANK_ACCOUNT", acc), r.choice(["", " - monthly payment £%d" % r.randint(20, 90)]))
    else:
        cs.a("what's the sort code")
        cs.c(r.choice(["it's ", "", "um "]), val(cs, spoken_groups(g, sc, [2, 2, 2], style=r.choice(["digits", "pairs"])), "SORT_CODE", sc))
        cs.a(r.choice(["and the account number", "lovely and the eight digit account number"]))
        cs.c(r.choice(["", "okay ", "yeah it's "]), val(cs, spoken_groups(g, acc, [4, 4]), "BANK_ACCOUNT", acc))
    return cs


def p_bank_split(g):
    r = g.r
    acc = g.digs(8)
    cs = Case("positive", "call/utilities: account number split over two turns and read back")
    cs.a("and the account number for the direct debit")
    cs.c(val(cs, g.sp.digits(acc[:4]), "BANK_ACCOUNT", acc, group=1))
    cs.a(r.choice(BACK[:6]))
    cs.c(val(cs, g.sp.digits(acc[4:]), "BANK_ACCOUNT", acc, group=1))
    cs._g = 1
    cs.a("so that's ", val(cs, g.sp.digits(acc, doubles=False), "BANK_ACCOUNT", acc), " yeah")
    return cs


def p_bank_us(g):
    r = g.r
    acc = g.digs(r.choice([10, 11, 12]))
    cs = Case("positive", "call/banking: US checking account number (routing number not asked)")
    cs.a("what's the checking account number you want the refund sent to")
    cs.c(r.choice(["it's ", "okay "]), val(cs, spoken_groups(g, acc, [len(acc) // 2, len(acc) - len(acc) // 2]), "BANK_ACCOUNT", acc))
    return cs


def p_iban(g):
    r = g.r
    ib = g.iban()
    chat = r.random() < 0.6
    cs = Case("positive", "%s/%s: IBAN %s" % ("chat" if chat else "call", r.choice(["banking", "travel", "insurance", "utilities"]),
                                            "typed" if chat else "spoken letter by letter"))
    cs.a(r.choice(["What IBAN should the refund go to?", "Can you give me the IBAN please?"]) if chat else "and the iban for the refund")
    if chat:
        grp = " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))
        txt = r.choice([ib, grp, grp.lower(), ib[:4] + " " + ib[4:]])
        cs.c(r.choice(["", "IBAN: ", "iban ", "sure "]), val(cs, txt, "IBAN", ib), r.choice(["", " thanks", " (refund for booking 77120)"]))
    else:
        parts = []
        for i in range(0, len(ib), 4):
            blk = ib[i:i + 4]
            words = []
            for ch in blk:
                words.append(ch.lower() if ch.isalpha() else g.sp.digit(ch, zero="zero"))
            parts.append(" ".join(words))
        cs.c(val(cs, " ".join(parts), "IBAN", ib))
    return cs


def p_phone(g):
    r = g.r
    kind = r.choice(["uk_mob", "uk_land", "us", "ie", "uk_intl", "us_intl", "ie_intl"])
    if kind == "uk_mob":
        num = g.uk_mobile(); canon = num; sizes = [5, 6]
    elif kind == "uk_land":
        num = g.uk_land(); canon = num; sizes = [len(num) - 7, 3, 4] if len(num) - 7 > 0 and len(num) >= 10 else [len(num) - 6, 3, 3]
    elif kind == "us":
        num = g.us_phone(); canon = num; sizes = [3, 3, 4]
    elif kind == "ie":
        num = g.ie_mobile(); canon = num; sizes = [3, 3, 4]
    elif kind == "uk_intl":
        m = g.uk_mobile(); canon = "44" + m[1:]; num = canon; sizes = [2, 4, 6]
    elif kind == "us_intl":
        canon = "1" + g.us_phone(); num = canon; sizes = [1, 3, 3, 4]
    else:
        canon = "353" + g.ie_mobile()[1:]; num = canon; sizes = [3, 2, 3, 4]
    intl = kind.endswith("intl")
    chat = r.random() < 0.45
    cs = Case("positive", "%s/%s: phone number (%s)" % ("chat" if chat else "call", r.choice(IND_CALL), kind))
    cs.a(r.choice(["What's the best number to reach you on?", "Can I take a contact number?", "what number are you calling from"]))
    if chat:
        parts = chunks(num, sizes)
        if kind == "us":
            txt = r.choice(["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s", "%s %s %s"]) % tuple(parts)
        else:
            txt = r.choice([" ", "-", "", " "]).join(parts)
        if intl:
            txt = "+" + txt if r.random() < 0.7 else "00" + txt
            if txt.startswith("00"):
                canon = "00" + canon
        cs.c(r.choice(["", "its ", "mob: ", "call me on ", "tel "]), val(cs, txt, "PHONE", canon), r.choice(["", " after 5pm", " anytime before 6", " thx"]))
    else:
        txt = spoken_groups(g, num, sizes)
        if intl:
            txt = "plus " + txt
        cs.c(r.choice(["yeah it's ", "it's ", "um ", ""]), val(cs, txt, "PHONE", canon), r.choice(["", " that's my mobile", " after six is best"]))
    return cs


def p_phone_split(g):
    r = g.r
    num = g.uk_mobile() if r.random() < 0.5 else g.us_phone()
    sizes = [5, 3, 3] if len(num) == 11 else [3, 3, 4]
    cs = Case("positive", "call/telecom: phone number split across turns with a correction of the last block")
    cs.a("and a contact number")
    parts = chunks(num, sizes)
    cs.c(val(cs, g.sp.group(parts[0], "digits"), "PHONE", num, group=1))
    cs.a("mhm")
    cs.c(val(cs, g.sp.group(parts[1], r.choice(["digits", "pairs"])), "PHONE", num, group=1))
    cs.a("yep")
    cs.c(val(cs, g.sp.group(parts[2], r.choice(["digits", "pairs", "hundreds"])), "PHONE", num, group=1), " that's it")
    cs._g = 1
    return cs


def p_email(g):
    r = g.r
    em = make_email(g)
    chat = r.random() < 0.4
    cs = Case("positive", "%s/%s: email address %s" % ("chat" if chat else "call", r.choice(IND_CALL), "typed" if chat else "spoken with dot/at"))
    cs.a(r.choice(["What email should the receipt go to?", "can i get an email address for you", "and the email on the account"]))
    if chat:
        txt = em if r.random() < 0.7 else em.upper() if r.random() < 0.3 else em.capitalize()
        cs.c(r.choice(["", "its ", "email: ", "send to "]), val(cs, txt, "EMAIL", em), r.choice(["", " pls", ". thanks!"]))
    else:
        cs.c(r.choice(["yeah it's ", "it's ", "okay so it's "]), val(cs, say_email(g, em), "EMAIL", em), r.choice(["", " all lower case", " yeah"]))
    return cs


def p_dob(g):
    r = g.r
    dob = g.dob()
    chat = r.random() < 0.45
    us = r.random() < 0.4
    cs = Case("positive", "%s/%s: date of birth for identity check" % ("chat" if chat else "call", r.choice(IND_CALL)))
    cs.a(r.choice(["Can you confirm your date of birth?", "and your date of birth please", "what's the account holder's date of birth"]))
    cs.c(r.choice(["", "it's ", "born ", "dob ", "yeah "]), val(cs, say_dob(g, dob, chat=chat, us=us), "DOB", dob),
         r.choice(["", " and my appointment is on the fourth", " and i'm calling about my bill", " the policy started in twenty nineteen"]) if not chat else r.choice(["", " :)", " thanks"]))
    return cs


def p_address(g):
    r = g.r
    us = r.random() < 0.4
    chat = r.random() < 0.5
    num = r.randint(1, 299)
    street = r.choice(US_STREETS if us else UK_STREETS)
    town = r.choice(TOWNS_US if us else TOWNS_UK)
    pc = g.zip() if us else g.uk_postcode()
    pcc = pc.replace(" ", "")
    cs = Case("positive", "%s/%s: street address plus %s" % ("chat" if chat else "call", r.choice(IND_CALL), "zip" if us else "postcode"))
    cs.a(r.choice(["What's the address on the account?", "and the first line of the address and postcode", "where should we send the replacement"]))
    if chat:
        flat = r.random() < 0.25
        at = ("Flat %d, " % r.randint(1, 12) if flat else "") + "%d %s" % (num, street.title() if r.random() < 0.6 else street)
        pct = pc if r.random() < 0.6 else pc.lower() if r.random() < 0.5 else pcc
        cs.c(val(cs, at, "ADDRESS", at), ", %s " % town.title(), val(cs, pct, "POSTCODE", pcc))
    else:
        ns = r.choice([g.sp.hundreds(str(num)) if num >= 100 else g.sp.pair("%02d" % num) if num >= 10 else UNITS[num], " ".join(g.sp.digit(c) for c in str(num))])
        at = "%s %s" % (ns, street)
        cs.c(r.choice(["it's ", "yeah ", ""]), val(cs, at, "ADDRESS", at), " %s" % town)
        cs.a(r.choice(["and the postcode", "and the zip code"]) if not us else "and the zip")
        if us:
            pt = g.sp.digits(pc) if r.random() < 0.6 else g.sp.digits(pc[:2]) + " " + g.sp.pair(pc[2:4]) + " " + g.sp.digit(pc[4])
        else:
            pt = " ".join(g.sp.digit(ch, zero="zero") if ch.isdigit() else (ch.lower() if r.random() < 0.7 else "%s for %s" % (ch.lower(), NATO[ch])) for ch in pcc)
        cs.c(r.choice(["", "it's ", "um "]), val(cs, pt, "POSTCODE", pcc))
    return cs


def p_postcode_only(g):
    r = g.r
    pc = g.uk_postcode() if r.random() < 0.6 else g.zip()
    pcc = pc.replace(" ", "")
    cs = Case("positive", "%s/%s: postcode/zip given alone for lookup" % ("chat", r.choice(["utilities", "telecom", "retail"])))
    cs.a(r.choice(["What's your postcode so I can check coverage?", "Zip code please?"]))
    cs.c(r.choice(["", "its ", "postcode ", "zip "]), val(cs, pc if r.random() < 0.5 else pc.lower(), "POSTCODE", pcc), r.choice(["", " - is fibre available?", " thx"]))
    return cs


def p_cvv_expiry_call(g):
    r = g.r
    exp = g.expiry()
    cvv = g.digs(3)
    cs = Case("positive", "call/%s: expiry and security code given in the same turn with chit-chat" % r.choice(["travel", "retail", "telecom"]))
    cs.a("and the expiry and the three digits on the back")
    cs.c(r.choice(["expiry's ", "it runs out "]), val(cs, say_expiry(g, exp), "EXPIRY", exp), r.choice([" and the code on the back is ", " um and then ", " security code "]),
         val(cs, g.sp.digits(cvv), "CVV", cvv), r.choice(["", " sorry the kids are shouting"]))
    return cs


def p_multi(g):
    r = g.r
    ni = g.ni()
    ph = g.uk_mobile()
    em = make_email(g)
    cs = Case("positive", "call/government services: NI number, mobile and email in one call")
    cs.a("can i take your national insurance number first")
    cs.c(val(cs, say_ni(g, ni, "spoken"), "NI_NUMBER", ni))
    cs.a("thank you and a mobile number")
    cs.c(val(cs, spoken_groups(g, ph, [5, 3, 3]), "PHONE", ph), " and my email is ", val(cs, say_email(g, em), "EMAIL", em))
    return cs


# ---------------------------------------------------------------- negative templates
def n_amount_call(g):
    r = g.r
    cs = Case("negative", "call/%s: money amounts and balance spoken as words" % r.choice(["banking", "utilities", "telecom"]))
    a = r.choice(["one thousand four hundred and twenty two pounds sixty", "three hundred and ninety nine dollars",
                  "twelve thousand five hundred euros", "eighty seven pounds forty two", "two thousand one hundred and eleven dollars and six cents"])
    cs.a("okay so your current balance is %s" % a)
    cs.c(r.choice(["and how much was the last payment", "right and when is that due"]))
    cs.a("the last payment was %s on the %s of %s" % (r.choice(["forty five pounds", "a hundred and twenty dollars", "sixty two fifty"]),
                                                       r.choice(["second", "fifteenth", "twenty third"]), r.choice(MONTHS)))
    return cs


def n_order_chat(g):
    r = g.r
    ref = g.digs(r.randint(6, 10))
    word = r.choice(["Order", "order #", "Order no.", "ORDER", "parcel ref", "Invoice", "INV-", "order number"])
    cs = Case("negative", "chat/retail: order/ticket/invoice reference with its reference word")
    cs.c("hi, my %s%s%s still hasn't arrived" % (word, "" if word.endswith(("#", "-")) else " ", ref))
    cs.a("Sorry to hear that! I can see %s %s was dispatched on %d %s and is due in %d working days." % (word.rstrip(" #-").lower(), ref, r.randint(1, 28), r.choice(MONTHS).title(), r.randint(2, 5)))
    return cs


def n_order_call(g):
    r = g.r
    ref = g.digs(r.randint(7, 10))
    word, ind = r.choice([("order number", "retail"), ("reference number", "utilities"), ("ticket number", "telecom"),
                          ("claim number", "insurance"), ("booking reference", "travel"), ("invoice number", "healthcare billing")])
    cs = Case("negative", "call/%s: %s read digit by digit (not PII)" % (ind, word))
    cs.a("do you have the %s there" % word)
    cs.c(r.choice(["yeah it's ", "yep the %s is " % word]) + g.sp.digits(ref))
    cs.a("thank you so that's " + word + " " + g.sp.digits(ref, doubles=False) + " let me pull that up")
    return cs


def n_appointment(g):
    r = g.r
    cs = Case("negative", "call/healthcare billing: appointment date and time, not a birth date")
    cs.a("i can offer you the %s of %s at %s" % (r.choice(["fourth", "twelfth", "twenty first", "ninth"]), r.choice(MONTHS),
                                                   r.choice(["half past two", "ten fifteen", "nine a m", "four forty five"])))
    cs.c("that works and how long will it take")
    cs.a("about %s and the bill is %s" % (r.choice(["forty five minutes", "an hour and a half", "twenty minutes"]), r.choice(["ninety five dollars", "a hundred and ten pounds"])))
    return cs


def n_flight(g):
    r = g.r
    cs = Case("negative", "call/travel: flight number, gate, seat, times and price")
    fl = r.choice(["b a", "e i", "u a", "f r", "a a"]) + " " + r.choice(["two eight seven", "one four oh six", "nine one two", "four four three"])
    cs.a("okay you're on flight %s departing at %s from gate %s" % (fl, r.choice(["seven forty", "fourteen twenty", "six oh five"]), r.choice(["twenty two", "b twelve", "forty one"])))
    cs.c("and can i change to seat %s" % r.choice(["fourteen c", "twenty three a", "six f"]))
    cs.a("yes that's a %s change fee" % r.choice(["thirty five pound", "seventy five dollar", "fifty euro"]))
    return cs


def n_flight_chat(g):
    r = g.r
    cs = Case("negative", "chat/travel: flight, booking reference with word, hotel room and price")
    cs.c("Booking ref %s, flight %s%d on %d/%d. Can I upgrade?" % (g.digs(8), r.choice(["BA", "EI", "FR", "LH"]), r.randint(100, 9999), r.randint(1, 28), r.randint(1, 12)))
    cs.a("Yes, an upgrade is €%d.%02d. Your hotel room %d is confirmed for %d nights." % (r.randint(40, 400), r.randint(0, 99), r.randint(101, 1450), r.randint(1, 14)))
    return cs


def n_meter(g):
    r = g.r
    rd = g.digs(r.choice([5, 6]))
    cs = Case("negative", "call/utilities: meter reading spoken as digits plus tariff and dates")
    cs.a("can you give me a meter reading")
    cs.c("yeah the reading is " + g.sp.digits(rd) + " on the electric")
    cs.a("thanks that's %s kilowatt hours since the %s of %s at %s pence per unit" % (r.choice(["four hundred and twelve", "nine hundred", "two thousand and six"]), r.choice(["first", "tenth"]), r.choice(MONTHS), r.choice(["twenty four point five", "thirty one"])))
    return cs


def n_meter_chat(g):
    r = g.r
    cs = Case("negative", "chat/utilities: typed meter readings and usage figures")
    cs.c("Meter reading today: %s (E) and %s (G). Last bill was £%d.%02d" % (g.digs(5), g.digs(5), r.randint(30, 300), r.randint(0, 99)))
    cs.a("Thanks! That's %d kWh over %d days, roughly %d%% lower than last year." % (r.randint(100, 900), r.randint(28, 92), r.randint(2, 40)))
    return cs


def n_model(g):
    r = g.r
    cs = Case("negative", "%s/telecom: device model numbers, speeds, data allowance" % r.choice(["chat", "call"]))
    cs.c("my router is a model %s and i'm only getting %d mbps" % (r.choice(["TG-%d" % r.randint(1000, 9999), "HH%d" % r.randint(3, 6), "XR500", "DGN%d" % r.randint(1000, 3999)]), r.randint(2, 80)))
    cs.a("your package should give %d megabits and %d gigs of data, firmware version %d.%d.%d" % (r.choice([67, 150, 500, 900]), r.choice([20, 100, 250]), r.randint(1, 9), r.randint(0, 20), r.randint(0, 99)))
    return cs


def n_years_contract(g):
    r = g.r
    cs = Case("negative", "call/telecom: contract start year, term length and early termination fee")
    cs.c("i took the contract out in %s and it was meant to be %s months" % (r.choice(["twenty nineteen", "two thousand and twenty", "twenty twenty two", "nineteen ninety nine"]), r.choice(["eighteen", "twenty four", "thirty six"])))
    cs.a("yes it started on the %s of %s twenty %s and ends in %s so there's a %s fee" % (r.choice(["first", "eleventh", "twenty eighth"]), r.choice(MONTHS),
                                                                                    r.choice(["twenty", "twenty one", "twenty three"]), r.choice(MONTHS), r.choice(["sixty pound", "one hundred and twenty dollar"])))
    return cs


def n_age_temp(g):
    r = g.r
    cs = Case("negative", "call/insurance: ages, percentages, counts and a temperature")
    cs.c("my son is %s and my daughter is %s we've got %s cars" % (r.choice(["seventeen", "twenty one", "nine"]), r.choice(["fourteen", "six", "nineteen"]), r.choice(["two", "three"])))
    cs.a("okay adding a %s year old driver raises the premium by %s percent" % (r.choice(["seventeen", "nineteen"]), r.choice(["thirty two", "eighteen point five", "forty"])))
    cs.c("it was %s degrees yesterday and the car wouldn't start" % r.choice(["minus four", "thirty eight", "twelve"]))
    return cs


def n_durations(g):
    r = g.r
    cs = Case("negative", "chat/banking: durations, times, interest rates, counts")
    cs.c("I've been waiting %d minutes and called %d times since %d:%02d" % (r.randint(10, 95), r.randint(2, 9), r.randint(8, 17), r.choice([0, 15, 30, 45])))
    cs.a("Apologies. Transfers take %d-%d working days; your rate is %d.%d%% APR fixed for %d years." % (r.randint(1, 2), r.randint(3, 5), r.randint(2, 29), r.randint(0, 9), r.randint(2, 5)))
    return cs


def n_balance_digits(g):
    r = g.r
    cs = Case("negative", "call/banking: balances and transaction amounts said as number words in pairs")
    cs.a("your available balance is %s and there's a pending transaction of %s" % (r.choice(["four thousand two hundred and twelve pounds", "nineteen eighty four dollars and fifty cents", "twelve hundred euros"]), r.choice(["forty one eleven", "sixty six pounds", "twenty two fifty"])))
    cs.c("right and the overdraft limit is still %s" % r.choice(["fifteen hundred", "two thousand", "five hundred"]))
    return cs


def n_room(g):
    r = g.r
    cs = Case("negative", "call/travel: hotel room, floor, nights, check-in time and price per night")
    cs.c("i'm in room %s on the %s floor" % (r.choice(["four twelve", "one oh eight", "twenty two fifteen", "seven oh one"]), r.choice(["fourth", "first", "twenty second"])))
    cs.a("okay checkout is at %s and the rate is %s a night for %s nights" % (r.choice(["eleven", "noon", "ten thirty"]), r.choice(["one forty nine", "eighty nine pounds", "two hundred and five euros"]), r.choice(["three", "five", "seven"])))
    return cs


def n_claim_spoken(g):
    r = g.r
    ref = g.digs(r.randint(8, 10))
    cs = Case("negative", "call/insurance: claim number in pairs plus incident date and excess amount")
    cs.c("i'm calling about claim number " + g.sp.pairs(ref))
    cs.a("yes that incident on the %s of %s the excess is %s" % (r.choice(["third", "fourteenth", "thirtieth"]), r.choice(MONTHS), r.choice(["two fifty", "five hundred pounds", "one thousand dollars"])))
    return cs


def n_payment_date(g):
    r = g.r
    cs = Case("negative", "chat/utilities: payment due dates and direct debit amounts (not birth dates)")
    cs.c("Can I move my payment date from the %d%s to the %d%s?" % (r.randint(4, 20), "th", r.randint(4, 20), "th"))
    cs.a("Yes, from %02d/%02d/%d your direct debit of £%d.%02d will be taken on the %dth." % (r.randint(1, 28), r.randint(1, 12), r.randint(2026, 2027), r.randint(20, 200), r.randint(0, 99), r.randint(4, 20)))
    return cs


def n_quantities(g):
    r = g.r
    cs = Case("negative", "chat/retail: quantities, sizes, product codes with word SKU")
    cs.c("I ordered %d pairs in size %d and %d x %dml bottles, SKU %d" % (r.randint(2, 6), r.randint(4, 12), r.randint(2, 12), r.choice([250, 500, 750]), r.randint(100000, 9999999)))
    cs.a("I see %d items at $%d.%02d each; %d of them are back-ordered until %s %d." % (r.randint(2, 12), r.randint(5, 80), r.randint(0, 99), r.randint(1, 3), r.choice(MONTHS).title(), r.randint(1, 28)))
    return cs


def n_phone_like_times(g):
    r = g.r
    cs = Case("negative", "call/government services: opening hours, wait times and a reference number with its word")
    cs.a("the office is open %s till %s and the wait is about %s" % (r.choice(["eight thirty", "nine"]), r.choice(["five thirty", "four"]), r.choice(["twenty minutes", "two weeks", "six to eight weeks"])))
    cs.c("okay and my application reference is " + g.sp.digits(g.digs(8)))
    cs.a("thanks that application was received on the %s of %s" % (r.choice(["second", "nineteenth"]), r.choice(MONTHS)))
    return cs


def n_scores(g):
    r = g.r
    cs = Case("negative", "call/healthcare billing: procedure codes with the word code, counts and dollar figures")
    cs.a("i see procedure code %s billed at %s and insurance covered %s percent" % (g.sp.digits(g.digs(5), doubles=False), r.choice(["three hundred forty dollars", "eleven hundred dollars"]), r.choice(["eighty", "seventy five", "ninety"])))
    cs.c("so i owe %s" % r.choice(["sixty eight dollars", "two hundred and twenty dollars", "about a hundred"]))
    return cs


def n_speed_distance(g):
    r = g.r
    cs = Case("negative", "call/insurance: speeds, distances and mileage")
    cs.c("i was doing about %s miles an hour and the odometer says %s" % (r.choice(["thirty", "twenty five", "sixty"]), r.choice(["forty two thousand", "one hundred and six thousand three hundred", "eighty eight thousand"])))
    cs.a("okay and that was %s miles from home at %s" % (r.choice(["two", "fifteen", "half a"]), r.choice(["six forty five p m", "quarter to nine"])))
    return cs


NEG = [n_amount_call, n_order_chat, n_order_call, n_appointment, n_flight, n_flight_chat, n_meter, n_meter_chat,
       n_model, n_years_contract, n_age_temp, n_durations, n_balance_digits, n_room, n_claim_spoken, n_payment_date,
       n_quantities, n_phone_like_times, n_scores, n_speed_distance]

POS_PLAN = [
    (p_card_chat_one, 8), (p_card_chat_split, 4), (p_card_chat_typo, 3), (p_card_call_one, 6), (p_card_call_pairs, 5),
    (p_card_call_split, 5), (p_card_call_correct, 4), (p_card_call_readback, 4), (p_card_full, 8), (p_card_homophone, 4),
    (p_card_amount, 3), (p_card_amex_spoken, 3), (p_card_chat_lines, 3), (p_card_chat_mixedsep, 4), (p_card_call_echo, 3),
    (p_ssn_chat, 8), (p_ssn_call_one, 7), (p_ssn_call_split, 5), (p_ssn_call_correct, 3), (p_ssn_readback, 3),
    (p_ssn_hundreds, 4), (p_ssn_mixed_chat, 4), (p_ssn_spaced_digits_chat, 3),
    (p_ni_chat, 9), (p_ni_call, 9), (p_ni_call_split, 5), (p_ni_readback, 3), (p_ni_correct, 3), (p_ni_chat_split, 3),
    (p_ni_with_amounts, 3),
    (p_bank_uk, 14), (p_bank_split, 3), (p_bank_us, 3), (p_iban, 14), (p_phone, 14), (p_phone_split, 4),
    (p_email, 14), (p_dob, 12), (p_address, 14), (p_postcode_only, 4), (p_cvv_expiry_call, 8), (p_multi, 4),
]
N_NEG = 110


# ---------------------------------------------------------------- build / check
def validate_case(cs):
    """returns list of problems for one in-memory case"""
    errs = []
    turns, spans, checks = render(cs)
    groups = {}
    for ti, s, e, v in checks:
        text = turns[ti]["text"]
        if not (0 <= s < e <= len(text)):
            errs.append("offset range")
            continue
        if text[s:e] != v.text or v.text != v.text.strip():
            errs.append("span text/whitespace")
        if s > 0 and text[s - 1].isalnum():
            errs.append("start not on word boundary: %r" % text[max(0, s - 10):e])
        if e < len(text) and text[e].isalnum():
            errs.append("end not on word boundary: %r" % text[s:e + 10])
        if v.partial:
            if not re.search(r"[0-9a-z]", v.text.lower()):
                errs.append("empty partial")
            try:
                spoken_chars(v.text)
            except ValueError as ex:
                errs.append(str(ex))
            continue
        groups.setdefault((v.group, v.typ, repr(v.canon)), []).append(v)
    for (gid, typ, _), vs in groups.items():
        try:
            err = check_group(typ, vs[0].canon, [v.text for v in vs])
        except ValueError as ex:
            err = str(ex)
        if err:
            errs.append("%s: %s %r" % (typ, err, [v.text for v in vs]))
    return errs


def build():
    rng = random.Random(SEED)
    g = Gen(rng)
    recs = []
    pos = []
    for fn, n in POS_PLAN:
        for _ in range(n):
            for attempt in range(200):
                cs = fn(g)
                if not validate_case(cs):
                    break
            else:
                raise SystemExit("could not build valid case for %s: %s" % (fn.__name__, validate_case(cs)))
            pos.append(cs)
    neg = []
    for i in range(N_NEG):
        neg.append(NEG[i % len(NEG)](g))
    rng.shuffle(pos)
    rng.shuffle(neg)
    for i, cs in enumerate(pos):
        turns, spans, _ = render(cs)
        recs.append({"id": "h113-pos-%03d" % (i + 1), "kind": "positive", "turns": turns, "spans": spans, "note": cs.note})
    for i, cs in enumerate(neg):
        turns, spans, _ = render(cs)
        recs.append({"id": "h113-neg-%03d" % (i + 1), "kind": "negative", "turns": turns, "spans": spans, "note": cs.note})
    return recs, pos, neg


def counts(recs):
    c = Counter()
    for rec in recs:
        for s in rec["spans"]:
            c[s["type"]] += 1
    return c


def serialise(recs):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs)


def readme(recs):
    c = counts(recs)
    npos = sum(r["kind"] == "positive" for r in recs)
    nneg = len(recs) - npos
    rows = "\n".join("| %s | %d |" % (t, c[t]) for t in TYPES)
    return """# PII hold-out set h113

**Never use this set for tuning.** It exists only to measure the redactor on data
it was not developed against.  Do not inspect failures case by case to adjust rules.

## Who wrote it and how

Written by an AI helper acting as an independent author.  The author did not see
the redaction code, its tests, its docs, the benchmark, or any other fixture set;
the only reference was a three-line example of the JSONL format.  Cases are
produced by `scripts/make_pii_holdout113.py` from template functions: every turn is
assembled from plain-text segments and (value, TYPE) segments so span offsets are
computed, never typed.  All values come from one `random.Random(%d)`; the output is
byte-for-byte reproducible (`--check` regenerates and compares).

Size: %d positive cases, %d negative cases, %d labelled spans.

## Annotation conventions

* A span covers exactly the value: the words/digits that encode it, from the first
  to the last character of the value.  Lead-in words ("it's", "card number is",
  "SSN:") and trailing chit-chat are outside the span.
* Spoken values (ASR style: lower case, numbers as words, "oh"/"o"/"nought"/"zero"
  for 0, "double"/"triple", pairs like "forty one eleven", hundreds like "nineteen
  eighty", homophones "for"/"to"/"ate"/"won") are labelled over the whole spoken
  reading, including filler words ("um", "uh") that fall *inside* the reading.
* When a value is split across several turns, each fragment is its own span with the
  same type; agent back-channels ("mhm", "go on") are not labelled.
* Self-corrections: the mistaken reading and the corrected reading are both labelled
  with the value type (both are the caller's sensitive data); the correction words
  between them ("no sorry") are outside the spans.
* Agent read-backs of a value are labelled like the caller's reading.
* Letters spelled with phonetics ("j for juliet", "q as in queen") are inside the span.
* ADDRESS = house/flat number plus street name (town is outside); POSTCODE is a
  separate span (UK postcode or US ZIP).  PHONE includes a leading "+", "plus" or "00".
* EXPIRY/CVV are labelled only when said in card context; DOB only for birth dates.
* Negative cases contain no PII at all but many lookalikes: money amounts, balances,
  times, durations, counts, years, percentages, appointment/payment dates, order /
  ticket / claim / invoice / booking references (<= 10 digits, with their reference
  word), flight numbers, room numbers, model numbers, meter readings, speeds, ages,
  temperatures.  Positive cases also contain such unlabelled lookalikes.

## Span counts per type

| type | spans |
|---|---|
%s

Scoring reminder: a span is found when every letter/digit inside it is covered by a
redaction; a negative case fails if anything in it is redacted.
""" % (SEED, npos, nneg, sum(c.values()), rows)


def check():
    problems = []
    recs, pos, neg = build()
    want = serialise(recs)
    if not CASES.exists() or CASES.read_text(encoding="utf-8") != want:
        problems.append("cases.jsonl differs from regenerated output")
    if not README.exists() or README.read_text(encoding="utf-8") != readme(recs):
        problems.append("README.md differs from regenerated output")
    lines = CASES.read_text(encoding="utf-8").splitlines() if CASES.exists() else []
    ids = set()
    file_recs = []
    for ln in lines:
        rec = json.loads(ln)
        file_recs.append(rec)
        if rec["id"] in ids:
            problems.append("duplicate id %s" % rec["id"])
        ids.add(rec["id"])
        if rec["kind"] not in ("positive", "negative"):
            problems.append("bad kind %s" % rec["id"])
        if rec["kind"] == "negative" and rec["spans"]:
            problems.append("negative with spans %s" % rec["id"])
        if rec["kind"] == "positive" and not rec["spans"]:
            problems.append("positive without spans %s" % rec["id"])
        for t in rec["turns"]:
            if t["speaker"] not in ("agent", "customer"):
                problems.append("bad speaker %s" % rec["id"])
        byturn = {}
        for s in rec["spans"]:
            if s["type"] not in TYPES:
                problems.append("bad type %s" % rec["id"])
            if not (0 <= s["turn"] < len(rec["turns"])):
                problems.append("turn out of range %s" % rec["id"])
                continue
            text = rec["turns"][s["turn"]]["text"]
            if not (0 <= s["start"] < s["end"] <= len(text)):
                problems.append("offset out of range %s" % rec["id"])
                continue
            if (s["start"] > 0 and text[s["start"] - 1].isalnum()) or (s["end"] < len(text) and text[s["end"]].isalnum()):
                problems.append("span not on word boundary %s" % rec["id"])
            if text[s["start"]:s["end"]] != text[s["start"]:s["end"]].strip():
                problems.append("span has outer whitespace %s" % rec["id"])
            byturn.setdefault(s["turn"], []).append((s["start"], s["end"]))
        for tl in byturn.values():
            tl.sort()
            for (a1, b1), (a2, b2) in zip(tl, tl[1:]):
                if a2 < b1:
                    problems.append("overlapping spans %s" % rec["id"])
    for cs in pos:
        for e in validate_case(cs):
            problems.append("value check: " + e)
    c = counts(file_recs)
    npos = sum(r["kind"] == "positive" for r in file_recs)
    nneg = len(file_recs) - npos
    if npos < 170:
        problems.append("too few positives %d" % npos)
    if nneg < 100:
        problems.append("too few negatives %d" % nneg)
    for t in TYPES:
        need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
        if c[t] < need:
            problems.append("too few %s spans: %d < %d" % (t, c[t], need))
    print("h113: %d cases (%d positive, %d negative), %d spans" % (len(file_recs), npos, nneg, sum(c.values())))
    for t in TYPES:
        print("  %-13s %4d" % (t, c[t]))
    if problems:
        print("PROBLEMS (%d):" % len(problems))
        for p in problems[:50]:
            print("  " + p)
        return 1
    print("check OK")
    return 0


def main(argv):
    if "--check" in argv:
        return check()
    recs, _, _ = build()
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    CASES.write_text(serialise(recs), encoding="utf-8")
    README.write_text(readme(recs), encoding="utf-8")
    c = counts(recs)
    print("wrote %d cases to %s" % (len(recs), CASES))
    print(", ".join("%s=%d" % (t, c[t]) for t in TYPES))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

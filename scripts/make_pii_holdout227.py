#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set ``pii_holdout227``.

Written by an AI helper acting as an independent test author (it did not see
the redaction code).  Standard library only.  Every value comes from one
seeded ``random.Random``; output is byte-for-byte reproducible.

    python scripts/make_pii_holdout227.py          # write fixture + README
    python scripts/make_pii_holdout227.py --check  # regenerate and verify
"""
from __future__ import annotations

import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

SEED = 227241126
PREFIX = "h227"
ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "tests" / "fixtures" / "pii_holdout227"
CASES = OUT_DIR / "cases.jsonl"
README = OUT_DIR / "README.md"

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]
MINIMA = {t: 12 for t in TYPES}
MINIMA.update(CARD_NUMBER=30, NI_NUMBER=30, SSN=30)

# ---------------------------------------------------------------- words
UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
ORD_UNITS = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"]
ORD_TEENS = ["tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
             "sixteenth", "seventeenth", "eighteenth", "nineteenth"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
MON_ABBR = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
            "sept"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "f": "foxtrot",
        "g": "golf", "h": "hotel", "i": "india", "j": "juliet", "k": "kilo", "l": "lima",
        "m": "mike", "n": "november", "o": "oscar", "p": "papa", "q": "quebec", "r": "romeo", "s": "sierra",
        "t": "tango", "u": "uniform", "v": "victor", "w": "whiskey", "x": "xray", "y": "yankee",
        "z": "zulu"}
PHONETIC_ALT = {"a": "apple", "b": "bob", "c": "cat", "d": "dog", "e": "edward", "g": "george",
                "h": "harry", "j": "john", "k": "king", "l": "london", "m": "mother",
                "n": "nancy", "p": "peter", "r": "robert", "s": "sugar", "t": "tommy",
                "w": "william", "x": "xmas", "y": "yellow", "z": "zebra"}


def ordinal_words(n: int) -> str:
    if n < 10:
        return ORD_UNITS[n]
    if n < 20:
        return ORD_TEENS[n - 10]
    t, u = divmod(n, 10)
    if u == 0:
        return {2: "twentieth", 3: "thirtieth"}[t]
    return TENS[t] + " " + ORD_UNITS[u]


def pair_words(n: int, zero: str = "oh") -> str:
    """Two-digit group as a speaker would say it ("41" -> forty one, "05" -> oh five)."""
    if n < 10:
        return zero + " " + UNITS[n]
    if n < 20:
        return TEENS[n - 10]
    t, u = divmod(n, 10)
    return TENS[t] if u == 0 else TENS[t] + " " + UNITS[u]


def year_words(y: int) -> str:
    if 2000 <= y <= 2009:
        return "two thousand and " + UNITS[y - 2000] if y > 2000 else "two thousand"
    a, b = divmod(y, 100)
    return pair_words(a) + " " + pair_words(b)


# ---------------------------------------------------------------- normaliser (for --check)
FILLERS = {"um", "uh", "er", "erm", "umm", "uhh", "hmm", "like", "sorry", "and", "the", "of",
           "yeah", "so"}
SUFFIXES = {"st", "nd", "rd", "th"}  # ordinal suffixes, skipped only in dates
UNIT_MAP = {w: str(i) for i, w in enumerate(UNITS)}
UNIT_MAP.update({"oh": "0", "o": "0", "nought": "0", "won": "1", "to": "2", "too": "2",
                 "ate": "8", "niner": "9", "for": "4"})
TEEN_MAP = {w: str(10 + i) for i, w in enumerate(TEENS)}
TENS_MAP = {w: str(i) for i, w in enumerate(TENS) if w}
ORD_MAP = {w: str(i) for i, w in enumerate(ORD_UNITS) if w}
ORD_MAP.update({w: str(10 + i) for i, w in enumerate(ORD_TEENS)})
ORD_MAP.update({"twentieth": "20", "thirtieth": "30"})
NATO_REV = {w: k.upper() for k, w in NATO.items()}
PUNCT_MAP = {"at": "@", "dot": ".", "underscore": "_", "dash": "-", "hyphen": "-", "plus": "+"}


def normalise(text: str, email: bool = True, date: bool = False) -> str:
    toks = re.findall(r"[A-Za-z]+|\d+|[@.+_\-]", text)
    out: list[str] = []
    i = 0
    mult = 1
    while i < len(toks):
        raw = toks[i]
        w = raw.lower()
        piece = None
        if raw.isdigit():
            piece = raw
        elif len(w) == 1 and i + 2 < len(toks) and toks[i + 1].lower() == "for" \
                and toks[i + 2].lower().startswith(w) and toks[i + 2].lower() not in UNIT_MAP \
                and toks[i + 2].lower() not in TEEN_MAP and toks[i + 2].lower() not in TENS_MAP:
            piece = w.upper()
            i += 2
        elif w in ("double", "triple"):
            mult = 2 if w == "double" else 3
            i += 1
            continue
        elif w in FILLERS or (date and w in SUFFIXES):
            i += 1
            continue
        elif w in UNIT_MAP:
            piece = UNIT_MAP[w]
        elif w in TEEN_MAP:
            piece = TEEN_MAP[w]
        elif w in TENS_MAP:
            nxt = toks[i + 1].lower() if i + 1 < len(toks) else ""
            if nxt in UNITS[1:]:
                piece = TENS_MAP[w] + UNIT_MAP[nxt]
                i += 1
            elif nxt in ORD_UNITS[1:]:
                piece = TENS_MAP[w] + ORD_MAP[nxt]
                i += 1
            else:
                piece = TENS_MAP[w] + "0"
        elif w in ORD_MAP:
            piece = ORD_MAP[w]
        elif w in ("thousand",):
            piece = "000"
        elif w in MONTHS or w in MON_ABBR:
            piece = "<M>"
        elif w in NATO_REV:
            piece = NATO_REV[w]
        elif w == "plus":
            piece = "+"
        elif email and w in PUNCT_MAP:
            piece = PUNCT_MAP[w]
        elif len(w) == 1 and w.isalpha():
            piece = w.upper()
        else:
            piece = raw
        out.append(piece * mult)
        mult = 1
        i += 1
    return "".join(out)


def luhn_ok(d: str) -> bool:
    s = 0
    for k, ch in enumerate(reversed(d)):
        n = int(ch)
        if k % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        s += n
    return s % 10 == 0


def iban_ok(s: str) -> bool:
    s = s.upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{11,30}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def fix_thousand(n: str) -> str:
    # "two thousand and five" -> 2 000 5 -> 2005
    return re.sub(r"(\d)000(\d)", lambda m: m.group(1) + "00" + m.group(2), n)


def validate(typ: str, text: str) -> bool:
    n = normalise(text, typ == "EMAIL", typ in ("DOB", "EXPIRY"))
    if typ != "EMAIL":
        n = re.sub(r"[.\-_@+]", "", n)
    if typ in ("CARD_NUMBER", "CVV", "SSN", "BANK_ACCOUNT", "SORT_CODE", "PHONE"):
        d = n.lstrip("+")
        if not d.isdigit():
            return False
        L = len(d)
        return {"CARD_NUMBER": 13 <= L <= 19 and luhn_ok(d),
                "CVV": L in (3, 4), "SSN": L == 9, "BANK_ACCOUNT": 6 <= L <= 12,
                "SORT_CODE": L == 6, "PHONE": 10 <= L <= 13}[typ]
    if typ == "NI_NUMBER":
        return re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", n.upper()) is not None
    if typ == "IBAN":
        return iban_ok(n)
    if typ == "POSTCODE":
        u = n.upper()
        return re.fullmatch(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}", u) is not None or \
            re.fullmatch(r"\d{5}(-?\d{4})?", u) is not None
    if typ == "EMAIL":
        return re.fullmatch(r"[A-Za-z0-9._+\-]+@[A-Za-z0-9\-]+(\.[A-Za-z0-9\-]+)+", n) is not None
    if typ == "EXPIRY":
        n2 = fix_thousand(n)
        if "<M>" in n2:
            return re.fullmatch(r"<M>(\d{2}|\d{4})", n2) is not None
        if not n2.isdigit() or len(n2) not in (3, 4, 6):
            return False
        mm = int(n2[:1]) if len(n2) == 3 else int(n2[:2])
        return 1 <= mm <= 12
    if typ == "DOB":
        n2 = fix_thousand(n)
        if "<M>" in n2:
            return re.search(r"\d", n2) is not None and re.fullmatch(r"[\d<M>]+", n2) is not None
        return n2.isdigit() and 4 <= len(n2) <= 8
    if typ == "ADDRESS":
        return re.search(r"\d", n) is not None and re.search(
            r"(?i)(street|st|road|rd|avenue|ave|lane|ln|drive|dr|close|way|court|crescent|place|"
            r"terrace|boulevard|blvd|grove|gardens|park|square|hill|row|mews|walk)\b", text) is not None
    return False


# ---------------------------------------------------------------- value generators
def luhn_complete(body: str) -> str:
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


class Gen:
    def __init__(self, r: random.Random):
        self.r = r

    def digits(self, n, first_nonzero=False):
        s = "".join(self.r.choice("0123456789") for _ in range(n))
        if first_nonzero and s[0] == "0":
            s = self.r.choice("123456789") + s[1:]
        return s

    def card(self, kind=None):
        r = self.r
        kind = kind or r.choice(["visa", "visa", "mc", "mc", "amex", "disc", "visa13", "mc2"])
        if kind == "visa":
            return luhn_complete("4" + self.digits(14))
        if kind == "visa13":
            return luhn_complete("4" + self.digits(11))
        if kind == "mc":
            return luhn_complete("5" + r.choice("12345") + self.digits(13))
        if kind == "mc2":
            return luhn_complete("22" + r.choice("3456") + self.digits(12))
        if kind == "amex":
            return luhn_complete("3" + r.choice("47") + self.digits(12))
        return luhn_complete("6011" + self.digits(11))

    def cvv(self, card=""):
        return self.digits(4 if card[:2] in ("34", "37") else 3)

    def expiry(self):
        return self.r.randint(1, 12), self.r.randint(2026, 2031)

    def ssn(self):
        r = self.r
        while True:
            a = r.randint(1, 899)
            if a != 666:
                break
        return "%03d%02d%04d" % (a, r.randint(1, 99), r.randint(1, 9999))

    def ni(self):
        r = self.r
        first = "ABCEGHJKLMNPRSTWXYZ"
        second = "ABCEGHJKLMNPRSTWXYZ"
        while True:
            p = r.choice(first) + r.choice(second)
            if p not in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ"):
                break
        return p + self.digits(6) + r.choice("ABCD")

    def sort_code(self):
        return self.r.choice(["20", "40", "30", "60", "11", "77", "09", "16", "83", "90"]) + self.digits(4)

    def account(self, n=8):
        return self.digits(n, first_nonzero=(n > 8))

    def iban(self, cc=None):
        r = self.r
        cc = cc or r.choice(["GB", "GB", "IE", "IE", "DE", "FR", "NL", "ES"])
        if cc == "GB":
            bban = r.choice(["NWBK", "BARC", "HBUK", "LOYD", "MIDL", "NAIA"]) + self.digits(14)
        elif cc == "IE":
            bban = r.choice(["AIBK", "BOFI", "IPBS", "ULSB"]) + self.digits(14)
        elif cc == "DE":
            bban = self.digits(18)
        elif cc == "FR":
            bban = self.digits(23)
        elif cc == "NL":
            bban = r.choice(["ABNA", "INGB", "RABO", "TRIO"]) + self.digits(10)
        else:
            bban = self.digits(20)
        num = "".join(str(int(c, 36)) for c in bban + cc + "00")
        chk = 98 - int(num) % 97
        return cc + "%02d" % chk + bban

    def uk_mobile(self):
        return "07" + self.r.choice("3456789") + self.digits(8)

    def uk_land(self):
        return self.r.choice(["020", "0161", "0113", "0121", "0131", "0141", "029", "0117"]) + "x"

    def us_phone(self):
        return str(self.r.randint(201, 989)) + str(self.r.randint(200, 989)) + self.digits(4)

    def ie_mobile(self):
        return "08" + self.r.choice("35679") + self.digits(7)

    def uk_postcode(self):
        r = self.r
        area = r.choice(["SW", "M", "B", "LS", "G", "EH", "CF", "BS", "NE", "L", "SE", "N",
                         "RG", "CB", "BT", "PL", "S", "NG", "LE", "CR", "KT", "DY", "WA"])
        dist = str(r.randint(1, 29 if len(area) == 1 else 19))
        if area == "SW" and r.random() < 0.2:
            dist = "1" + r.choice("AEHPVWXY")
        return area + dist + " " + str(r.randint(1, 9)) + r.choice("ABDEFGHJLNPQRSTUWXYZ") + \
            r.choice("ABDEFGHJLNPQRSTUWXYZ")

    def zip(self, plus4=False):
        z = "%05d" % self.r.randint(1001, 99950)
        return z + ("-" + self.digits(4) if plus4 else "")


FIRST = ["sarah", "james", "priya", "tom", "aoife", "liam", "mei", "daniel", "fatima", "gareth",
         "chloe", "marcus", "niamh", "oliver", "rachel", "kwame", "sophie", "declan", "hannah",
         "luis", "emma", "ravi", "grace", "ben", "isla", "connor", "yusuf", "zoe", "ellen", "pete"]
LAST = ["patel", "murphy", "okafor", "williams", "nguyen", "brennan", "smith", "kowalski",
        "hughes", "garcia", "reilly", "thompson", "ahmed", "evans", "walsh", "fischer", "moreau",
        "dubois", "jones", "campbell", "kelly", "byrne", "singh", "taylor", "wright"]
DOMAINS = ["gmail.com", "hotmail.co.uk", "outlook.com", "yahoo.com", "icloud.com", "btinternet.com",
           "eircom.net", "aol.com", "live.ie", "proton.me", "sky.com", "gmx.de"]
UK_STREETS = ["Kings Road", "Elm Grove", "Station Road", "Church Lane", "Victoria Street",
              "Park Avenue", "Mill Lane", "Orchard Close", "Highfield Drive", "Manor Way",
              "Queens Crescent", "Albert Terrace", "Chapel Street", "Beech Court", "Willow Walk"]
US_STREETS = ["Maple Avenue", "Oak Street", "Lakeview Drive", "Pine Lane", "Washington Blvd",
              "Sunset Boulevard", "Cedar Court", "Main Street", "Hillcrest Road", "Birch Way"]
IE_STREETS = ["Main Street", "Church Road", "Strand Road", "Castle Park", "Abbey Lane", "Green Street"]
UK_TOWNS = ["Leeds", "Bristol", "Manchester", "Cardiff", "Glasgow", "Croydon", "Nottingham", "Reading"]
US_TOWNS = [("Austin", "TX"), ("Columbus", "OH"), ("Denver", "CO"), ("Tampa", "FL"),
            ("Portland", "OR"), ("Albany", "NY"), ("Phoenix", "AZ"), ("Madison", "WI")]
IE_TOWNS = ["Cork", "Galway", "Limerick", "Drogheda", "Sligo", "Kilkenny"]

EMOJI = ["🙏", "😅", "👍", "😩", "🙂", "😡", "🤞", "✅", "😂", "🙄"]


# ---------------------------------------------------------------- rendering helpers
class R:
    def __init__(self, r: random.Random):
        self.r = r
        self.g = Gen(r)

    # spoken forms --------------------------------------------------
    def zero(self):
        return self.r.choice(["zero", "oh", "oh", "o", "nought"])

    def say_digits(self, s: str, doubles=True, zero=None, homophones=False, fillers=False):
        r = self.r
        z = zero or self.zero()
        words = []
        i = 0
        while i < len(s):
            run = 1
            while i + run < len(s) and s[i + run] == s[i] and run < 3:
                run += 1
            w = z if s[i] == "0" else UNITS[int(s[i])]
            if homophones and w in ("two", "four", "eight") and r.random() < 0.25:
                w = {"two": "to", "four": "for", "eight": "ate"}[w]
            if doubles and run == 3 and r.random() < 0.7:
                words.append("triple " + (z if s[i] == "0" else UNITS[int(s[i])]))
                i += 3
            elif doubles and run >= 2 and r.random() < 0.6:
                words.append("double " + (z if s[i] == "0" else UNITS[int(s[i])]))
                i += 2
            else:
                words.append(w)
                i += 1
            if fillers and i < len(s) and r.random() < 0.08:
                words.append(r.choice(["um", "uh", "er"]))
        return " ".join(words)

    def say_pairs(self, s: str):
        out = []
        i = 0
        while i < len(s):
            if len(s) - i == 1:
                out.append(self.say_digits(s[i]))
                i += 1
            else:
                out.append(pair_words(int(s[i:i + 2]), self.r.choice(["oh", "oh", "zero"])))
                i += 2
        return " ".join(out)

    def say_groups(self, s: str, sizes):
        parts, i = [], 0
        for n in sizes:
            parts.append(s[i:i + n])
            i += n
        return parts

    def say_letters(self, s: str, mode=None):
        r = self.r
        mode = mode or r.choice(["plain", "nato", "mixed"])
        out = []
        for ch in s:
            c = ch.lower()
            if ch.isdigit():
                out.append(UNITS[int(ch)] if ch != "0" else "oh")
            elif c == "o":
                out.append("o for oscar")
            elif mode == "plain" or (mode == "mixed" and r.random() < 0.5):
                out.append(c)
            else:
                alt = NATO[c] if (mode == "nato" or c not in PHONETIC_ALT or r.random() < 0.5) \
                    else PHONETIC_ALT[c]
                out.append("%s for %s" % (c, alt))
        return " ".join(out)

    # typed forms ----------------------------------------------------
    def group(self, s, sizes, sep):
        parts, i = [], 0
        for n in sizes:
            if i >= len(s):
                break
            parts.append(s[i:i + n])
            i += n
        if i < len(s):
            parts.append(s[i:])
        return sep.join(parts)

    def card_typed(self, c):
        r = self.r
        sep = r.choice([" ", " ", "-", "", ".", "  ", "\u00a0", " - ", "/"])
        if len(c) == 15:
            return self.group(c, [4, 6, 5], sep)
        return self.group(c, [4, 4, 4, 4, 3], sep)

    def mess(self, s):
        """Messy typing on plain text around values."""
        r = self.r
        if r.random() < 0.4:
            s = s.lower()
        if r.random() < 0.3:
            s = s.replace("'", "")
        reps = [("you", "u"), ("please", "pls"), ("thanks", "thx"), ("number", "numbr"),
                ("the ", "teh "), ("your", "ur"), ("are", "r"), ("because", "bc"),
                ("account", "acount"), ("received", "recieved"), ("address", "adress")]
        for a, b in reps:
            if a in s and r.random() < 0.3:
                s = s.replace(a, b, 1)
        if r.random() < 0.15 and s and not s[-1].isspace() and s[-1] not in ":#-":
            s = s + " " + r.choice(EMOJI)
        return s


# ---------------------------------------------------------------- case assembly
def build(turn_specs, note, kind="positive"):
    turns, spans = [], []
    for ti, (spk, segs) in enumerate(turn_specs):
        text = ""
        for seg in segs:
            if isinstance(seg, tuple):
                val, typ = seg
                spans.append({"turn": ti, "start": len(text), "end": len(text) + len(val),
                              "type": typ})
                text += val
            else:
                text += seg
        turns.append({"speaker": spk, "text": text})
    return {"kind": kind, "turns": turns, "spans": spans if kind == "positive" else [],
            "note": note}


A, C = "agent", "customer"


def name(r):
    return r.choice(FIRST), r.choice(LAST)


def email_for(r, first, last):
    d = r.choice(DOMAINS)
    style = r.randint(0, 4)
    num = str(r.randint(1, 99)) if r.random() < 0.5 else ""
    local = [first + "." + last, first[0] + last, first + "_" + last, last + first[0],
             first + last[:3]][style] + num
    return local, d


def email_typed(r, local, d):
    e = local + "@" + d
    return e.upper() if r.random() < 0.1 else (e.capitalize() if r.random() < 0.2 else e)


def email_spoken(x: R, local, d):
    r = x.r
    parts = []
    for tok in re.findall(r"[a-z]+|\d+|[._]", local):
        if tok == ".":
            parts.append("dot")
        elif tok == "_":
            parts.append("underscore")
        elif tok.isdigit():
            parts.append(pair_words(int(tok)) if len(tok) == 2 and tok[0] != "0" and r.random() < 0.6
                         else x.say_digits(tok, doubles=False, zero="zero"))
        elif len(tok) <= 3 or r.random() < 0.3:
            parts.append(x.say_letters(tok, "plain" if r.random() < 0.6 else "mixed"))
        else:
            parts.append(tok)
    dom = d.replace(".", " dot ")
    return " ".join(parts) + " at " + dom


def address_parts(r, country):
    if country == "US":
        return str(r.randint(10, 9899)) + " " + r.choice(US_STREETS)
    if country == "IE":
        return str(r.randint(1, 120)) + " " + r.choice(IE_STREETS)
    pre = "Flat %d, " % r.randint(1, 30) if r.random() < 0.25 else ""
    return pre + str(r.randint(1, 240)) + " " + r.choice(UK_STREETS)


def address_spoken(x: R, addr):
    r = x.r
    out = []
    for tok in addr.replace(",", "").split():
        if tok.isdigit():
            n = int(tok)
            if n < 100:
                out.append(pair_words(n) if n >= 10 else UNITS[n])
            elif r.random() < 0.5:
                out.append(x.say_digits(tok, doubles=False))
            else:
                out.append(pair_words(int(tok[:-2])) + " " + pair_words(int(tok[-2:])) if len(tok) == 4
                           else UNITS[int(tok[0])] + " " + pair_words(int(tok[1:])))
        else:
            out.append(tok.lower())
    return " ".join(out)


def postcode_spoken(x: R, pc):
    return x.say_letters(pc.replace(" ", ""), x.r.choice(["plain", "plain", "mixed", "nato"]))


def dob_typed(r, d, m, y, us=False):
    st = r.randint(0, 7)
    mon = MONTHS[m - 1]
    if st == 0:
        return ("%02d/%02d/%d" % (m, d, y)) if us else ("%02d/%02d/%d" % (d, m, y))
    if st == 1:
        return ("%d-%d-%02d" % (m, d, y % 100)) if us else ("%d.%d.%02d" % (d, m, y % 100))
    if st == 2:
        suf = "th" if 11 <= d <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
        return "%d%s %s %d" % (d, suf, mon.capitalize(), y)
    if st == 3:
        return "%s %d, %d" % (mon.capitalize(), d, y)
    if st == 4:
        return "%d %s %d" % (d, mon[:3], y)
    if st == 5:
        return "%d-%02d-%02d" % (y, m, d)
    if st == 6:
        return "%02d%02d%d" % ((m, d, y) if us else (d, m, y))
    return "%d/%d/%d" % ((m, d, y) if us else (d, m, y))


def dob_spoken(x: R, d, m, y):
    r = x.r
    st = r.randint(0, 3)
    yw = year_words(y) if r.random() < 0.8 else pair_words(y % 100)
    if st == 0:
        return "the %s of %s %s" % (ordinal_words(d), MONTHS[m - 1], yw)
    if st == 1:
        return "%s %s %s" % (MONTHS[m - 1], ordinal_words(d), yw)
    if st == 2:
        return "%s %s %s" % (pair_words(d) if d >= 10 else UNITS[d], MONTHS[m - 1], yw)
    return "%s %s %s" % (x.say_digits("%02d" % d, doubles=False), x.say_digits("%02d" % m, doubles=False),
                         year_words(y))


def exp_typed(r, m, y):
    st = r.randint(0, 6)
    return ["%02d/%02d" % (m, y % 100), "%02d/%d" % (m, y), "%02d%02d" % (m, y % 100),
            "%02d-%02d" % (m, y % 100), "%s %02d" % (MON_ABBR[m - 1].capitalize(), y % 100),
            "%02d / %02d" % (m, y % 100), "%s %d" % (MONTHS[m - 1], y)][st]


def exp_spoken(x: R, m, y):
    r = x.r
    st = r.randint(0, 3)
    if st == 0:
        return "%s %s" % (x.say_digits("%02d" % m, doubles=False), pair_words(y % 100))
    if st == 1:
        return "%s %s" % (MONTHS[m - 1], year_words(y) if r.random() < 0.5 else pair_words(y % 100))
    if st == 2:
        return "%s %s" % (UNITS[m] if m < 10 else pair_words(m), pair_words(y % 100))
    return "%s %s" % (x.say_digits("%02d" % m, doubles=False), x.say_digits("%02d" % (y % 100), doubles=False))


CYCLE: Counter = Counter()


def nxt(key: str, n: int) -> int:
    """Deterministic round-robin choice of a template variant."""
    v = CYCLE[key] % n
    CYCLE[key] += 1
    return v


INDUSTRIES = ["banking", "telecom", "utilities", "retail", "insurance", "travel",
              "healthcare billing", "government services"]
TYPED_CH = ["chat", "chat", "sms", "email", "social dm"]


def ch_ind(r, typed=True):
    return (r.choice(TYPED_CH) if typed else "call"), r.choice(INDUSTRIES)


# ---------------------------------------------------------------- positive templates (typed)
def p_card_oneline(x: R):
    r, g = x.r, x.g
    c = g.card()
    ch, ind = ch_ind(r)
    m, y = g.expiry()
    cv = g.cvv(c)
    layout = r.randint(0, 2)
    if layout == 0:
        t = [(A, ["How would you like to pay today?"]),
             (C, [x.mess("card pls, its "), (x.card_typed(c), "CARD_NUMBER"), x.mess(" exp "),
                  (exp_typed(r, m, y), "EXPIRY"), " cvv ", (cv, "CVV")])]
    elif layout == 1:
        t = [(C, [x.mess("Card: "), (x.card_typed(c), "CARD_NUMBER"), "\nExp: ", (exp_typed(r, m, y), "EXPIRY"),
                  "\nCVC: ", (cv, "CVV"), "\n", x.mess("Amount: £%d.%02d" % (r.randint(10, 900), r.randint(0, 99)))])]
    else:
        t = [(A, ["Please enter the long card number"]),
             (C, [(x.card_typed(c), "CARD_NUMBER")]),
             (A, ["Thanks. Expiry date and the 3 or 4 digit security code on the back?"]),
             (C, [(exp_typed(r, m, y), "EXPIRY"), r.choice([" and ", " / ", ", ", " sec code "]), (cv, "CVV")])]
    return t, "%s/%s: card typed with odd separators, expiry and security code alongside" % (ch, ind)


def p_card_split(x: R):
    r, g = x.r, x.g
    c = g.card(r.choice(["visa", "mc", "disc"]))
    ch, ind = ch_ind(r)
    n = r.choice([2, 2, 3, 4])
    cuts = {2: [8], 3: [4, 10], 4: [4, 8, 12]}[n]
    pieces = [c[a:b] for a, b in zip([0] + cuts, cuts + [len(c)])]
    t = [(A, [x.mess("Can you send me the card number please? it's a secure chat")])]
    for k, p in enumerate(pieces):
        if len(p) == 8 and r.random() < 0.5:
            p = p[:4] + " " + p[4:]
        pre = x.mess(r.choice(["", "", "then ", "next bit ", "..."])) if k else x.mess(r.choice(["ok ", "", "sure "]))
        t.append((C, [pre, (p, "CARD_NUMBER"), r.choice(["", "", " " + r.choice(EMOJI), "..."])]))
        if k < len(pieces) - 1 and r.random() < 0.5:
            t.append((A, [r.choice(["ok", "go on", "got that", "👍", "yep"])]))
    return t, "%s/%s: card number split over %d messages" % (ch, ind, n)


def p_card_misc(x: R):
    r, g = x.r, x.g
    c = g.card()
    ch, ind = ch_ind(r)
    amt = "%d.%02d" % (r.randint(5, 400), r.randint(0, 99))
    order = g.digits(r.choice([7, 8]), True)
    t = [(C, [x.mess("hi my order #%s failed?? charged $%s twice. card used was " % (order, amt)),
              (x.card_typed(c), "CARD_NUMBER"), x.mess(" can u check")]),
         (A, ["I'm sorry to hear that. Can I confirm the expiry date on that card?"]),
         (C, [x.mess(r.choice(["its ", "exp ", "expires ", ""])), (exp_typed(r, m := g.expiry()[0], 2028), "EXPIRY")])]
    return t, "%s/%s: card next to order number and amount (unlabelled)" % (ch, ind)


def p_ni_typed(x: R):
    r, g = x.r, x.g
    ni = g.ni()
    ch, ind = ch_ind(r)
    ind = r.choice(["government services", "banking", "insurance", "utilities"])
    st = r.randint(0, 6)
    if st == 0:
        v = "%s %s %s %s %s" % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8])
    elif st == 1:
        v = ni.lower()
    elif st == 2:
        v = "-".join([ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8]])
    elif st == 3:
        v = ni[:2] + " " + ni[2:8] + " " + ni[8]
    elif st == 4:
        v = (ni[:2] + ni[2:8] + " " + ni[8]).lower()
    elif st == 5:
        v = ni[:2] + "." + ni[2:4] + "." + ni[4:6] + "." + ni[6:8] + "." + ni[8]
    else:
        v = ni
    d, m, y = r.randint(1, 28), r.randint(1, 12), r.randint(1950, 2004)
    lay = r.randint(0, 2)
    if lay == 0:
        t = [(A, ["To verify you, please provide your National Insurance number and date of birth."]),
             (C, [x.mess("NI "), (v, "NI_NUMBER"), x.mess(" and dob "), (dob_typed(r, d, m, y), "DOB")])]
    elif lay == 1:
        t = [(C, [x.mess("My national insurance no is "), (v, "NI_NUMBER"),
                  x.mess(". I'm ringing about my tax code, claim ref %s" % g.digits(8, True))]),
             (A, ["Thanks. And your date of birth?"]),
             (C, [(dob_typed(r, d, m, y), "DOB")])]
    else:
        t = [(A, ["can i take ur NINO pls"]),
             (C, [x.mess("sure its "), (v, "NI_NUMBER"), " " + r.choice(EMOJI)]),
             (A, ["Thank you, I've found you. Born %s, correct?" % ""]),
             (C, ["yes"])]
        t[2] = (A, ["Thank you. Can you confirm your date of birth as well?"])
        t[3] = (C, [x.mess("yes "), (dob_typed(r, d, m, y), "DOB")])
    return t, "%s/%s: NI number typed (%s formatting) with DOB" % (ch, ind, ["spaced", "lower", "hyphen", "2-6-1", "lower nospace", "dotted", "compact"][st])


def p_ni_split(x: R):
    r, g = x.r, x.g
    ni = g.ni()
    ch, _ = ch_ind(r)
    a = r.choice([4, 6])
    p1 = ni[:2] + " " + ni[2:4] + (" " + ni[4:6] if a == 6 else "")
    p2 = " ".join(re.findall(r"\d\d", ni[a:8])) + " " + ni[8]
    if r.random() < 0.4:
        p1, p2 = p1.lower(), p2.lower()
    t = [(A, ["Whats your national insurance number?"]),
         (C, [x.mess("hang on its on my payslip.. "), (p1, "NI_NUMBER")]),
         (C, [(p2, "NI_NUMBER"), r.choice(["", " sorry pressed enter", " 🙂"])])]
    return t, "%s/government services: NI number split over two messages" % ch


def p_ssn_typed(x: R):
    r, g = x.r, x.g
    s = g.ssn()
    ch, ind = ch_ind(r)
    st = r.randint(0, 5)
    v = ["%s-%s-%s", "%s %s %s", "%s%s%s", "%s.%s.%s", "%s - %s - %s", "%s–%s–%s"][st] % (s[:3], s[3:5], s[5:])
    z = g.zip(r.random() < 0.4)
    d, m, y = r.randint(1, 28), r.randint(1, 12), r.randint(1945, 2003)
    lay = r.randint(0, 2)
    if lay == 0:
        t = [(A, ["For security, I need your Social Security number and ZIP code."]),
             (C, [x.mess("ssn "), (v, "SSN"), x.mess(" zip "), (z, "POSTCODE")])]
    elif lay == 1:
        t = [(C, [x.mess("Hi, calling re my bill of $%d.%02d. SSN: " % (r.randint(20, 999), r.randint(0, 99))), (v, "SSN")]),
             (A, ["Thanks, and date of birth?"]),
             (C, [(dob_typed(r, d, m, y, us=True), "DOB")])]
    else:
        t = [(A, ["Please confirm the last 4 of your social or the full number"]),
             (C, [x.mess("full one is "), (v, "SSN"), x.mess(" (its my wifes account too)")])]
    return t, "%s/%s: US SSN typed with %s" % (ch, ind, ["dashes", "spaces", "no separator", "dots", "spaced dashes", "en dashes"][st])


def p_ssn_split(x: R):
    r, g = x.r, x.g
    s = g.ssn()
    t = [(A, ["I can verify with your social security number"]),
         (C, [x.mess("first three r "), (s[:3], "SSN")]),
         (A, ["ok"]),
         (C, [(s[3:5], "SSN"), r.choice([" ", " - "]), (s[5:], "SSN")])]
    return t, "%s/%s: SSN split over messages" % ch_ind(r)


def p_bank_typed(x: R):
    r, g = x.r, x.g
    sc = g.sort_code()
    acc = g.account(8)
    ch, ind = ch_ind(r)
    scv = r.choice(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s/%s/%s"]) % (sc[:2], sc[2:4], sc[4:])
    accv = acc if r.random() < 0.7 else acc[:4] + " " + acc[4:]
    lay = r.randint(0, 2)
    if lay == 0:
        t = [(C, [x.mess("please refund to sort code "), (scv, "SORT_CODE"), x.mess(" account number "),
                  (accv, "BANK_ACCOUNT"), x.mess(", the refund is £%d.%02d" % (r.randint(10, 500), r.randint(0, 99)))])]
    elif lay == 1:
        t = [(A, ["What are the bank details for the direct debit?"]),
             (C, [x.mess("sc: "), (scv, "SORT_CODE")]),
             (C, [x.mess("acc: "), (accv, "BANK_ACCOUNT")]),
             (A, ["Thank you, the first payment of £%d will be taken on the %d%s." % (
                 r.randint(20, 90), r.randint(2, 28), "th")])]
    else:
        t = [(C, [x.mess("acct no "), (accv, "BANK_ACCOUNT"), " / ", (scv, "SORT_CODE")])]
    return t, "%s/%s: UK sort code and account number typed" % (ch, ind)


def p_us_account(x: R):
    r, g = x.r, x.g
    acc = g.account(r.choice([10, 11, 12]))
    ch, ind = ch_ind(r)
    t = [(A, ["Which checking account should we set autopay from?"]),
         (C, [x.mess("account number is "), (acc, "BANK_ACCOUNT"), x.mess(" routing is on the check")])]
    return t, "%s/%s: US bank account number typed" % (ch, ind)


def p_iban_typed(x: R):
    r, g = x.r, x.g
    ib = g.iban()
    ch, ind = ch_ind(r)
    st = r.randint(0, 3)
    v = [x.group(ib, [4] * 9, " "), ib, ib.lower(), x.group(ib, [4] * 9, " ").lower()][st]
    t = [(A, [x.mess("Please send the IBAN you'd like the refund paid to")]),
         (C, [x.mess(r.choice(["IBAN: ", "its ", "here u go ", ""])), (v, "IBAN"),
              x.mess(r.choice(["", " thanks", " (%s account)" % ib[:2]]))])]
    return t, "%s/%s: IBAN %s typed" % (ch, ind, ib[:2])


def p_iban_split(x: R):
    r, g = x.r, x.g
    ib = g.iban(r.choice(["GB", "IE", "DE", "NL"]))
    v = x.group(ib, [4] * 9, " ")
    cut = 10 if r.random() < 0.5 else 15
    t = [(A, ["IBAN please?"]),
         (C, [(v[:cut - 1], "IBAN")]),
         (C, [(v[cut:], "IBAN")])]
    if t[1][1][0][0].endswith(" "):
        pass
    return t, "%s/%s: IBAN pasted in two messages" % ch_ind(r)


def phone_typed(x: R, kind=None):
    r, g = x.r, x.g
    kind = kind or r.choice(["ukm", "ukm", "us", "ie"])
    if kind == "ukm":
        n = g.uk_mobile()
        st = r.randint(0, 5)
        return ["%s %s" % (n[:5], n[5:]), n, "+44 %s %s" % (n[1:5], n[5:]), "+44 (0)%s %s" % (n[1:5], n[5:]),
                "%s-%s-%s" % (n[:4], n[4:7], n[7:]), "+44%s" % n[1:]][st]
    if kind == "us":
        n = g.us_phone()
        st = r.randint(0, 4)
        return ["(%s) %s-%s" % (n[:3], n[3:6], n[6:]), "%s-%s-%s" % (n[:3], n[3:6], n[6:]),
                "%s.%s.%s" % (n[:3], n[3:6], n[6:]), "+1 %s %s %s" % (n[:3], n[3:6], n[6:]), "1-%s-%s-%s" % (n[:3], n[3:6], n[6:])][st]
    n = g.ie_mobile()
    st = r.randint(0, 2)
    return ["%s %s %s" % (n[:3], n[3:6], n[6:]), "+353 %s %s %s" % (n[1:3], n[3:6], n[6:]), n][st]


def p_contact_typed(x: R):
    r, g = x.r, x.g
    f, l = name(r)
    loc, d = email_for(r, f, l)
    ch, ind = ch_ind(r)
    ph = phone_typed(x)
    lay = r.randint(0, 2)
    if lay == 0:
        t = [(A, ["What's the best number and email to reach you on?"]),
             (C, [x.mess("mob "), (ph, "PHONE"), x.mess(" or email "), (email_typed(r, loc, d), "EMAIL")])]
    elif lay == 1:
        t = [(C, [x.mess("pls update my contact details: new number "), (ph, "PHONE"), "\n",
                  x.mess("new email - "), (email_typed(r, loc, d), "EMAIL"), " " + r.choice(EMOJI)])]
    else:
        t = [(C, [x.mess("text me on "), (ph, "PHONE"), x.mess(" after 5pm")]),
             (A, ["Sure. Could you also confirm the email on the account?"]),
             (C, [(email_typed(r, loc, d), "EMAIL")])]
    return t, "%s/%s: phone and email typed" % (ch, ind)


def p_email_sig(x: R):
    r, g = x.r, x.g
    f, l = name(r)
    loc, d = email_for(r, f, l)
    country = r.choice(["UK", "US", "IE"])
    addr = address_parts(r, country)
    ph = phone_typed(x, {"UK": "ukm", "US": "us", "IE": "ie"}[country])
    body = [x.mess("Hi team, I moved house last month and still haven't received my statement. "
                   "My new address is "), (addr, "ADDRESS")]
    if country == "UK":
        body += [", " + r.choice(UK_TOWNS) + " ", (g.uk_postcode(), "POSTCODE")]
    elif country == "US":
        town, stt = r.choice(US_TOWNS)
        body += [", %s, %s " % (town, stt), (g.zip(r.random() < 0.5), "POSTCODE")]
    else:
        body += [", Co. " + r.choice(IE_TOWNS)]
    body += [".\n\nKind regards,\n%s %s\n" % (f.capitalize(), l.capitalize()), (ph, "PHONE"), "\n",
             (email_typed(r, loc, d), "EMAIL")]
    return [(C, body)], "email/%s: change of address email with signature block (%s)" % (r.choice(INDUSTRIES), country)


def p_address_chat(x: R):
    r, g = x.r, x.g
    country = r.choice(["UK", "US"])
    addr = address_parts(r, country)
    if r.random() < 0.4:
        addr = addr.lower()
    pc = g.uk_postcode() if country == "UK" else g.zip(r.random() < 0.3)
    if country == "UK" and r.random() < 0.4:
        pc = pc.replace(" ", "") if r.random() < 0.5 else pc.lower()
    ch, ind = ch_ind(r)
    t = [(A, ["Can I confirm the delivery address?"]),
         (C, [x.mess("its "), (addr, "ADDRESS")]),
         (C, [(pc, "POSTCODE"), x.mess(" sorry forgot postcode")]),
         (A, ["Thanks, your parcel of %d items is due between %d and %dpm." % (r.randint(2, 6), r.randint(1, 3), r.randint(4, 6))])]
    return t, "%s/%s: address and postcode split over messages (%s)" % (ch, "retail", country)


def p_dob_typed(x: R):
    r, g = x.r, x.g
    d, m, y = r.randint(1, 28), r.randint(1, 12), r.randint(1940, 2005)
    us = r.random() < 0.4
    ch, ind = ch_ind(r)
    appt = "%d/%d" % (r.randint(1, 28), r.randint(1, 12))
    t = [(A, ["Can you confirm the patient's date of birth?"]),
         (C, [x.mess(r.choice(["born ", "dob ", "its ", "DOB: "])), (dob_typed(r, d, m, y, us), "DOB"),
              x.mess(", the appointment was on %s" % appt)])]
    return t, "%s/healthcare billing: typed DOB next to an appointment date (unlabelled)" % ch


# ---------------------------------------------------------------- positive templates (spoken)
def p_card_call(x: R):
    r, g = x.r, x.g
    c = g.card()
    _, ind = ch_ind(r, False)
    mode = nxt("card_call", 4)
    if mode == 0:
        v = x.say_digits(c, homophones=r.random() < 0.7)
        t = [(A, ["and the long number on the front of the card please"]),
             (C, ["yeah it's ", (v, "CARD_NUMBER")])]
        what = "digit by digit"
    elif mode == 1:
        v = " ".join(x.say_pairs(p) for p in re.findall(".{1,4}", c))
        t = [(A, ["go ahead with the card number"]),
             (C, ["okay so ", (v, "CARD_NUMBER"), " that's it"])]
        what = "read as pairs"
    elif mode == 2:
        groups = re.findall(".{1,4}", c) if len(c) != 15 else [c[:4], c[4:10], c[10:]]
        t = [(A, ["okay whenever you're ready with the card number"])]
        for k, p in enumerate(groups):
            t.append((C, [r.choice(["", "um ", "right "]) if k == 0 else "", (x.say_digits(p), "CARD_NUMBER")]))
            if k < len(groups) - 1:
                t.append((A, [r.choice(["mhm", "okay", "yep", "okay go on", "uh huh"])]))
        what = "split over turns with back-channels"
    else:
        half = len(c) // 2
        wrong = x.say_digits(c[:3])
        v = x.say_digits(c, fillers=True)
        t = [(A, ["can i take the card number"]),
             (C, ["it's ", wrong, " no sorry wrong card hang on it's ", (v, "CARD_NUMBER")]),
             (A, ["let me read that back ", (x.say_digits(c), "CARD_NUMBER"), " is that right"]),
             (C, ["yes that's it"])]
        what = "self-correction, fillers and agent read-back"
    return t, "call/%s: card %s" % (ind, what)


def p_card_exp_cvv_call(x: R):
    r, g = x.r, x.g
    c = g.card()
    m, y = g.expiry()
    cv = g.cvv(c)
    t = [(A, ["and the card number"]),
         (C, [(x.say_digits(c), "CARD_NUMBER")]),
         (A, ["lovely and the expiry"]),
         (C, [r.choice(["it's ", "", "um "]), (exp_spoken(x, m, y), "EXPIRY")]),
         (A, ["and the three digits on the back"]),
         (C, [r.choice(["", "that's ", "it's "]), (x.say_digits(cv, doubles=False), "CVV")])]
    if r.random() < 0.4:
        t[5] = (C, [(x.say_digits(cv, doubles=False), "CVV"), " and can you take %s pounds please" % pair_words(r.randint(21, 99))])
    return t, "call/%s: card expiry and cvv spoken in sequence" % ch_ind(r, False)[1]


def p_ni_call(x: R):
    r, g = x.r, x.g
    ni = g.ni()
    mode = nxt("ni_call", 3)
    if mode == 0:
        v = x.say_letters(ni[:2]) + " " + x.say_pairs(ni[2:8]) + " " + x.say_letters(ni[8])
    elif mode == 1:
        v = x.say_letters(ni[:2], "nato") + " " + x.say_digits(ni[2:8]) + " " + x.say_letters(ni[8], "nato")
    else:
        v = x.say_letters(ni[:2], "plain") + " " + x.say_digits(ni[2:8], doubles=False) + " " + ni[8].lower()
    lay = nxt("ni_call_lay", 2)
    if lay == 0:
        t = [(A, ["can i take your national insurance number please"]),
             (C, ["yeah it's ", (v, "NI_NUMBER")])]
    else:
        t = [(A, ["and your national insurance number"]),
             (C, [(x.say_letters(ni[:2]), "NI_NUMBER")]),
             (A, ["mhm"]),
             (C, [(x.say_digits(ni[2:5]), "NI_NUMBER")]),
             (A, ["okay"]),
             (C, [(x.say_digits(ni[5:8]), "NI_NUMBER"), " and then ", (x.say_letters(ni[8]), "NI_NUMBER")])]
    return t, "call/government services: NI number spoken (%s)" % ["pairs", "phonetic alphabet", "plain letters"][mode] + (" split over turns" if lay else "")


def p_ssn_call(x: R):
    r, g = x.r, x.g
    s = g.ssn()
    lay = nxt("ssn_call", 3)
    if lay == 0:
        t = [(A, ["can i get your social security number"]),
             (C, ["sure it's ", (x.say_digits(s, homophones=r.random() < 0.7), "SSN")])]
    elif lay == 1:
        t = [(A, ["and your social"]),
             (C, [(x.say_digits(s[:3]), "SSN")]),
             (A, ["okay"]),
             (C, [(x.say_digits(s[3:5]), "SSN")]),
             (A, ["mhm"]),
             (C, [(x.say_digits(s[5:]), "SSN")])]
    else:
        t = [(A, ["social security number please"]),
             (C, [(x.say_digits(s[:3]) + " " + x.say_pairs(s[3:5]) + " " + x.say_pairs(s[5:]), "SSN")]),
             (A, ["thank you and you're calling about the claim from march right"])]
    return t, "call/%s: SSN spoken %s" % (r.choice(["insurance", "banking", "healthcare billing", "government services"]),
                                         ["in one turn", "split over turns", "with pairs"][lay])


def p_bank_call(x: R):
    r, g = x.r, x.g
    sc = g.sort_code()
    acc = g.account(8)
    scv = x.say_pairs(sc) if r.random() < 0.5 else x.say_digits(sc)
    t = [(A, ["what's the sort code"]),
         (C, [(scv, "SORT_CODE")]),
         (A, ["and the account number"]),
         (C, [r.choice(["", "it's ", "um "]), (x.say_digits(acc, fillers=True), "BANK_ACCOUNT")])]
    if r.random() < 0.5:
        t.append((A, ["so that's ", (x.say_digits(sc, doubles=False), "SORT_CODE"), " and ",
                      (x.say_digits(acc, doubles=False), "BANK_ACCOUNT"), " for the refund of %s pounds" % pair_words(r.randint(21, 99))]))
    return t, "call/banking: sort code and account number spoken"


def p_phone_call(x: R):
    r, g = x.r, x.g
    kind = r.choice(["ukm", "us", "ie", "int"])
    if kind == "ukm":
        n = g.uk_mobile()
        v = x.say_digits(n)
    elif kind == "us":
        n = g.us_phone()
        v = x.say_digits(n[:3], doubles=False) + " " + x.say_digits(n[3:6]) + " " + x.say_digits(n[6:])
    elif kind == "ie":
        n = g.ie_mobile()
        v = x.say_digits(n)
    else:
        n = g.uk_mobile()
        v = "plus four four " + x.say_digits(n[1:])
    if r.random() < 0.5:
        t = [(A, ["best contact number for you"]),
             (C, [r.choice(["it's ", "yeah ", ""]), (v, "PHONE")])]
    else:
        w = v.split(" ")
        k = len(w) // 2
        while w[k - 1] in ("double", "triple", "plus"):
            k += 1
        t = [(A, ["and a contact number"]),
             (C, [(" ".join(w[:k]), "PHONE")]),
             (A, ["mhm"]),
             (C, [(" ".join(w[k:]), "PHONE")])]
    return t, "call/%s: phone number spoken (%s)" % (ch_ind(r, False)[1], kind)


def p_email_call(x: R):
    r, g = x.r, x.g
    f, l = name(r)
    loc, d = email_for(r, f, l)
    v = email_spoken(x, loc, d)
    t = [(A, ["and an email address for the confirmation"]),
         (C, [r.choice(["yeah it's ", "", "it's "]), (v, "EMAIL")])]
    if r.random() < 0.3:
        t.append((A, ["let me read that back ", (v, "EMAIL")]))
    return t, "call/%s: e-mail address spoken" % ch_ind(r, False)[1]


def p_address_call(x: R):
    r, g = x.r, x.g
    country = r.choice(["UK", "UK", "US"])
    addr = address_parts(r, country)
    av = address_spoken(x, addr)
    if country == "UK":
        pc = g.uk_postcode()
        pv = postcode_spoken(x, pc)
    else:
        pc = g.zip()
        pv = x.say_digits(pc)
    t = [(A, ["can you confirm the first line of the address"]),
         (C, [(av, "ADDRESS")]),
         (A, ["and the postcode" if country == "UK" else "and the zip"]),
         (C, [r.choice(["", "it's ", "um "]), (pv, "POSTCODE")])]
    return t, "call/%s: address and %s spoken" % (r.choice(INDUSTRIES), "postcode" if country == "UK" else "zip")


def p_dob_call(x: R):
    r, g = x.r, x.g
    d, m, y = r.randint(1, 28), r.randint(1, 12), r.randint(1940, 2005)
    t = [(A, ["can you confirm your date of birth"]),
         (C, [r.choice(["yeah it's ", "", "um "]), (dob_spoken(x, d, m, y), "DOB")])]
    if r.random() < 0.5:
        t.append((A, ["thank you and i can see the payment of %s pounds went out on the %s" % (
            pair_words(r.randint(21, 99)), ordinal_words(r.randint(1, 28)))]))
    return t, "call/%s: DOB spoken" % ch_ind(r, False)[1]


def p_iban_call(x: R):
    r, g = x.r, x.g
    ib = g.iban(r.choice(["IE", "GB", "DE", "NL"]))
    v = x.say_letters(ib[:2], "plain") + " " + x.say_digits(ib[2:4], doubles=False)
    rest = ib[4:]
    out = []
    for k in re.findall(r"[A-Z]+|\d+", rest):
        out.append(x.say_letters(k, "plain") if k.isalpha() else x.say_digits(k))
    v += " " + " ".join(out)
    t = [(A, ["okay can you read me the iban"]),
         (C, [(v, "IBAN")])]
    return t, "call/banking: IBAN %s spoken" % ib[:2]


def p_mixed_call(x: R):
    r, g = x.r, x.g
    ni = g.ni()
    d, m, y = r.randint(1, 28), r.randint(1, 12), r.randint(1950, 2000)
    t = [(A, ["can i take your date of birth and national insurance number"]),
         (C, ["yeah ", (dob_spoken(x, d, m, y), "DOB"), " and the national insurance is ",
              (x.say_letters(ni[:2]) + " " + x.say_digits(ni[2:8]) + " " + x.say_letters(ni[8]), "NI_NUMBER")])]
    return t, "call/government services: DOB and NI number in one turn"


def p_chat_card_words(x: R):
    """Typed channel where the customer spells some digits as words (voice-to-text SMS)."""
    r, g = x.r, x.g
    c = g.card(r.choice(["visa", "mc"]))
    v = " ".join(x.say_digits(p, doubles=False) for p in re.findall(".{4}", c))
    t = [(C, [x.mess("voice text sorry: card is "), (v, "CARD_NUMBER")])]
    return t, "sms/%s: card in words from voice-to-text dictation" % r.choice(INDUSTRIES)


def p_chat_ssn_ni_mixed(x: R):
    r, g = x.r, x.g
    ni = g.ni()
    s = g.ssn()
    t = [(C, [x.mess("i worked in the UK for years, my NI was "), (ni[:2] + " " + ni[2:8] + " " + ni[8], "NI_NUMBER"),
              x.mess(" and my US social is "), ("%s-%s-%s" % (s[:3], s[3:5], s[5:]), "SSN"),
              x.mess(" - pension transfer ref %s" % g.digits(9, True))])]
    return t, "email/government services: NI and SSN in one message with a reference number"


def p_verify_typed(x: R):
    r, g = x.r, x.g
    d, m, y = r.randint(1, 28), r.randint(1, 12), r.randint(1948, 2004)
    pc = g.uk_postcode()
    pcv = r.choice([pc, pc.lower(), pc.replace(" ", ""), pc.replace(" ", "").lower()])
    ni = g.ni()
    t = [(A, ["For security can you give me your DOB, postcode and NI number?"]),
         (C, [x.mess(r.choice(["dob ", "", "born "])), (dob_typed(r, d, m, y), "DOB"), r.choice([", ", " / ", "\n", " - "]),
              x.mess(r.choice(["postcode ", "pc ", ""])), (pcv, "POSTCODE"), r.choice([", ", " / ", "\n", " "]),
              x.mess(r.choice(["ni ", "NINO ", ""])), (ni.lower() if r.random() < 0.5 else ni, "NI_NUMBER")])]
    return t, "%s/%s: three verification values in one message, minimal separators" % (r.choice(TYPED_CH), r.choice(["banking", "insurance", "government services"]))


def p_phone_split_typed(x: R):
    r, g = x.r, x.g
    n = g.uk_mobile() if r.random() < 0.6 else g.us_phone()
    a = r.choice([4, 5, 6])
    t = [(A, ["whats the best number to call u back on?"]),
         (C, [(n[:a], "PHONE")]),
         (C, [(n[a:], "PHONE"), r.choice(["", " thx", " after 6 pls", " " + r.choice(EMOJI)])])]
    return t, "sms/%s: phone number sent in two messages" % r.choice(INDUSTRIES)


def p_card_typo_context(x: R):
    r, g = x.r, x.g
    c = g.card(r.choice(["visa", "mc", "mc2"]))
    cv = g.cvv(c)
    m, y = g.expiry()
    v = x.card_typed(c)
    t = [(C, [x.mess("CARD NUMBR "), (v, "CARD_NUMBER"), " ", (exp_typed(r, m, y), "EXPIRY"), " ",
              (cv, "CVV"), x.mess(" pay the £%d.%02d plz" % (r.randint(10, 300), r.randint(0, 99)))]),
         (A, ["Thanks, payment of that amount has been taken. Your receipt number is %s." % g.digits(9, True)])]
    return t, "%s/%s: card, expiry and cvv run together in one message, no labels for exp/cvv" % (r.choice(TYPED_CH), r.choice(["retail", "utilities", "telecom"]))


def p_email_obfuscated(x: R):
    r, g = x.r, x.g
    f, l = name(r)
    loc, d = email_for(r, f, l)
    st = r.randint(0, 3)
    if st == 0:
        v = loc + " [at] " + d.replace(".", " [dot] ")
    elif st == 1:
        v = loc + "(at)" + d
    elif st == 2:
        v = loc.replace(".", " dot ") + " at " + d.replace(".", " dot ")
    else:
        v = loc + " @ " + d
    t = [(A, ["Could you DM us the email on the account so we can look into it?"]),
         (C, [x.mess(r.choice(["sure its ", "", "email: "])), (v, "EMAIL"), x.mess(r.choice(["", " (dont want bots seeing it)", " ty"]))])]
    return t, "social dm/%s: e-mail obfuscated against scrapers" % r.choice(["telecom", "retail", "travel"])


def p_bank_line_typed(x: R):
    r, g = x.r, x.g
    sc = g.sort_code()
    acc = g.account(8)
    f, l = name(r)
    t = [(C, [x.mess("Payee: %s %s\n" % (f.capitalize(), l.capitalize())), (sc[:2] + "-" + sc[2:4] + "-" + sc[4:], "SORT_CODE"),
              r.choice(["  ", " ", "\t", " | "]), (acc, "BANK_ACCOUNT"), x.mess("\nRef: INV%s" % g.digits(6, True))]),
         (A, ["Thanks, we'll set up the refund to that account within %d working days." % r.randint(3, 10)])]
    return t, "email/%s: pasted payee block with sort code and account next to an invoice ref" % r.choice(["utilities", "insurance", "retail"])


POS_TYPED = [p_email_obfuscated, p_bank_line_typed, p_verify_typed, p_phone_split_typed,
             p_card_typo_context, p_card_oneline, p_card_split, p_card_misc, p_ni_typed, p_ni_split,
             p_ssn_typed, p_ssn_split, p_bank_typed, p_us_account, p_iban_typed, p_iban_split,
             p_contact_typed, p_email_sig, p_address_chat, p_dob_typed, p_chat_card_words,
             p_chat_ssn_ni_mixed]


def p_ssn_selfcorrect_call(x: R):
    r, g = x.r, x.g
    s = g.ssn()
    bad = str((int(s[4]) + 3) % 10)
    t = [(A, ["can i have your social security number to verify"]),
         (C, ["okay it's ", x.say_digits(s[:3], doubles=False), " ", x.say_digits(s[3] + bad, doubles=False),
              " no wait let me start again ", (x.say_digits(s, fillers=True), "SSN")]),
         (A, ["thank you and the zip code on file"]),
         (C, [(x.say_digits(z := g.zip()), "POSTCODE")])]
    return t, "call/%s: SSN with aborted first attempt, then zip" % r.choice(["insurance", "healthcare billing", "banking"])


def p_postcode_readback_call(x: R):
    r, g = x.r, x.g
    pc = g.uk_postcode()
    addr = address_parts(r, "UK")
    t = [(A, ["what's the postcode there"]),
         (C, [(postcode_spoken(x, pc), "POSTCODE")]),
         (A, ["so ", (x.say_letters(pc.replace(" ", ""), "nato"), "POSTCODE"), " and is that ", (address_spoken(x, addr), "ADDRESS")]),
         (C, ["yeah that's the one number %s's the house opposite" % pair_words(r.randint(20, 99))])]
    return t, "call/utilities: postcode with phonetic read-back and address confirmation"


def p_phone_intl_call(x: R):
    r, g = x.r, x.g
    if r.random() < 0.5:
        n = g.ie_mobile()
        v = "plus three five three " + x.say_digits(n[1:])
        label = r.choice(["irish", "mobile", "other"])
    else:
        label = r.choice(["american", "work", "other"])
        n = g.us_phone()
        v = "plus one " + x.say_pairs(n[:3]) + " " + x.say_digits(n[3:])
    t = [(A, ["and is there a number we can reach you on while you're abroad"]),
         (C, ["yeah um it's ", (v, "PHONE"), " that's my %s number" % label])]
    return t, "call/travel: international phone number spoken with plus prefix"


POS_SPOKEN = [p_ssn_selfcorrect_call, p_postcode_readback_call, p_phone_intl_call, p_card_call,
              p_card_exp_cvv_call, p_ni_call, p_ssn_call, p_bank_call, p_phone_call, p_card_call,
              p_email_call, p_address_call, p_dob_call, p_iban_call, p_mixed_call, p_ni_call]


# ---------------------------------------------------------------- negatives
def n_typed(x: R):
    r, g = x.r, x.g
    k = r.randint(0, 13)
    amt = "%d.%02d" % (r.randint(10, 4999), r.randint(0, 99))
    if k == 0:
        t = [(C, [x.mess("my order %s hasnt arrived, paid £%s on the %d/%d" % (
            g.digits(8, True), amt, r.randint(1, 28), r.randint(1, 12)))]),
             (A, ["Sorry about that! Order %s is showing as dispatched at %d:%02d today." % (g.digits(8, True), r.randint(7, 18), r.randint(0, 59))])]
        what = "order number, amount, date, time"
    elif k == 1:
        t = [(C, [x.mess("ticket ref %s - flight BA%d on %d %s, seat %d%s" % (
            g.digits(6, True), r.randint(100, 2999), r.randint(1, 28), r.choice(MONTHS), r.randint(1, 40), r.choice("ABCDEF")))])]
        what = "booking ref, flight number, travel date, seat"
    elif k == 2:
        t = [(C, [x.mess("meter reading today is %s, last one was %s" % (g.digits(5, True), g.digits(5, True)))]),
             (A, ["Thanks, your estimated bill is £%s, %d%% lower than last quarter." % (amt, r.randint(2, 40))])]
        what = "meter readings, bill amount, percentage"
    elif k == 3:
        t = [(C, [x.mess("Claim number %s. The repair quote was $%s and took %d days" % (g.digits(10, True), amt, r.randint(2, 30)))])]
        what = "10-digit claim number, quote, duration"
    elif k == 4:
        t = [(C, [x.mess("router model %s-%d keeps dropping, speed is %d mbps down %d up" % (
            r.choice(["TG", "DGN", "VMG", "HH"]), r.randint(1000, 8999), r.randint(5, 900), r.randint(1, 100)))])]
        what = "model number, speeds"
    elif k == 5:
        t = [(A, ["Your balance is £%s and your contract started %s %d." % (amt, r.choice(MONTHS).capitalize(), r.randint(2018, 2025))]),
             (C, [x.mess("ok and the next payment of £%d is due on the %dth?" % (r.randint(10, 99), r.randint(4, 28)))])]
        what = "balance, contract start, payment date"
    elif k == 6:
        t = [(C, [x.mess("invoice INV-%s for %d units at $%s each, net %d" % (g.digits(7, True), r.randint(2, 500), amt, r.choice([30, 45, 60])))])]
        what = "invoice number, quantity, unit price"
    elif k == 7:
        t = [(C, [x.mess("my son is %d and my daughter is %d, can they be added to the family plan from %d?" % (
            r.randint(4, 17), r.randint(4, 17), r.randint(2026, 2027)))])]
        what = "ages and year"
    elif k == 8:
        t = [(C, [x.mess("room %d, checking in %d/%d/%d at %dpm for %d nights, %d adults" % (
            r.randint(101, 950), r.randint(1, 28), r.randint(1, 12), 2026, r.randint(1, 9), r.randint(1, 14), r.randint(1, 4)))])]
        what = "room number, check-in date, counts"
    elif k == 9:
        t = [(C, [x.mess("the heating is set to %d degrees but its only %d.%d in the house, boiler code F%d" % (
            r.randint(18, 24), r.randint(10, 17), r.randint(0, 9), r.randint(10, 99)))])]
        what = "temperatures, error code"
    elif k == 10:
        t = [(A, ["Your case reference is %s. Your appointment is %s %d at %d:%02d." % (
            g.digits(r.choice([6, 7, 8, 9]), True), r.choice(MONTHS).capitalize(), r.randint(1, 28), r.randint(8, 17), r.choice([0, 15, 30, 45]))]),
             (C, [x.mess("great thanks " + r.choice(EMOJI))])]
        what = "case reference, appointment date and time"
    elif k == 11:
        t = [(C, [x.mess("I was on hold for %d minutes, %d calls, ref %s. used %d.%dGB of my %dGB" % (
            r.randint(10, 90), r.randint(2, 9), g.digits(8, True), r.randint(1, 40), r.randint(0, 9), r.choice([50, 100, 30])))])]
        what = "durations, counts, ref, data usage"
    elif k == 12:
        t = [(C, [x.mess("tracking no %s says delivered at %d:%02d but nothing here, parcel weighs %dkg" % (
            "1Z" + g.digits(8, True) if False else g.digits(10, True), r.randint(8, 20), r.randint(0, 59), r.randint(1, 25)))])]
        what = "tracking number, time, weight"
    else:
        t = [(A, ["Policy number %s renews on %d %s %d; premium £%s/month" % (
            g.digits(8, True), r.randint(1, 28), r.choice(MONTHS).capitalize(), r.randint(2026, 2027), amt)])]
        what = "policy number, renewal date, premium"
    ch, ind = ch_ind(r)
    return t, "%s/%s: negative - %s" % (ch, ind, what)


def n_typed2(x: R):
    r, g = x.r, x.g
    k = r.randint(0, 5)
    if k == 0:
        t = [(C, [x.mess("my contract started %02d/%02d/%d and runs for %d months, why am I paying £%d.%02d??" % (
            r.randint(1, 28), r.randint(1, 12), r.randint(2019, 2025), r.choice([12, 18, 24, 36]), r.randint(20, 99), r.randint(0, 99)))])]
        what = "contract start date (dd/mm/yyyy) that is not a DOB"
    elif k == 1:
        t = [(C, [x.mess("orders %s and %s both say pending since %d:%02d" % (g.digits(8, True), g.digits(8, True), r.randint(8, 20), r.randint(0, 59)))])]
        what = "two order numbers and a time"
    elif k == 2:
        t = [(A, ["The total comes to £%d,%03d.%02d including VAT at 20%%. Delivery slot %d-%d." % (
            r.randint(1, 9), r.randint(0, 999), r.randint(0, 99), r.randint(8, 12), r.randint(13, 18))]),
             (C, [x.mess("ok thats fine")])]
        what = "large amount with thousands separator, percentage, time range"
    elif k == 3:
        t = [(C, [x.mess("the fault started on %d %s %d at about %d.%02d, ticket #%s" % (
            r.randint(1, 28), r.choice(MONTHS), r.randint(2025, 2026), r.randint(1, 12), r.randint(0, 59), g.digits(7, True)))])]
        what = "fault date and time, ticket number"
    elif k == 4:
        t = [(C, [x.mess("I'm %d, my husband is %d, we've been customers since %d and paid %d%% more this year" % (
            r.randint(30, 90), r.randint(30, 90), r.randint(1990, 2020), r.randint(3, 30)))])]
        what = "ages, customer-since year, percentage"
    else:
        t = [(C, [x.mess("prescription ref %s, %d tablets x %dmg, collected %d/%d" % (
            g.digits(8, True), r.choice([28, 56, 84]), r.choice([5, 10, 20, 50, 500]), r.randint(1, 28), r.randint(1, 12)))])]
        what = "prescription ref, quantities, collection date"
    return t, "%s/%s: negative - %s" % (r.choice(TYPED_CH), r.choice(INDUSTRIES), what)


def n_spoken2(x: R):
    r, g = x.r, x.g
    k = r.randint(0, 2)
    if k == 0:
        t = [(C, ["i booked a double room for %s nights and a triple for the kids on the %s" % (UNITS[r.randint(2, 9)], ordinal_words(r.randint(1, 28)))])]
        what = "double/triple as room types, counts, date"
    elif k == 1:
        t = [(A, ["that's %s nine nine a month for %s months and the first bill is on the %s of %s" % (
            pair_words(r.randint(21, 79)), pair_words(r.choice([12, 18, 24])), ordinal_words(r.randint(1, 28)), r.choice(MONTHS))])]
        what = "price, contract length, bill date"
    else:
        t = [(C, ["my reference is r e f %s and i called at %s o'clock" % (x.say_digits(g.digits(6, True)), UNITS[r.randint(1, 9)])]),
             (A, ["thanks i've got that reference"])]
        what = "spelled reference number and time"
    return t, "call/%s: negative - %s" % (r.choice(INDUSTRIES), what)


def n_spoken(x: R):
    r, g = x.r, x.g
    k = r.randint(0, 9)
    if k == 0:
        t = [(C, ["i paid %s pounds %s on the %s of %s" % (pair_words(r.randint(21, 99)), pair_words(r.randint(10, 99)),
                                                         ordinal_words(r.randint(1, 28)), r.choice(MONTHS))]),
             (A, ["okay i can see that payment"])]
        what = "amount and payment date"
    elif k == 1:
        t = [(A, ["your order number is %s" % x.say_digits(g.digits(7, True))]),
             (C, ["okay thanks and when will it arrive"]),
             (A, ["between %s and %s on %s" % (UNITS[r.randint(1, 5)], UNITS[r.randint(6, 9)], r.choice(["monday", "friday", "thursday"]))])]
        what = "order number said with its reference word, times"
    elif k == 2:
        t = [(C, ["i've been waiting %s minutes and this is my %s call" % (pair_words(r.randint(20, 59)), ordinal_words(r.randint(3, 9)))])]
        what = "duration and count"
    elif k == 3:
        t = [(C, ["my reading is %s" % x.say_digits(g.digits(5, True))]),
             (A, ["thank you i've put that meter reading through"])]
        what = "meter reading"
    elif k == 4:
        t = [(A, ["the flight is b a %s departing at %s %s" % (x.say_digits(str(r.randint(100, 999)), doubles=False),
                                                            UNITS[r.randint(1, 9)], pair_words(r.randint(10, 59)))])]
        what = "flight number and departure time"
    elif k == 5:
        t = [(C, ["the contract started in %s and it's gone up %s percent" % (year_words(r.randint(2015, 2025)), pair_words(r.randint(11, 40)))])]
        what = "year and percentage"
    elif k == 6:
        t = [(A, ["your claim reference is %s" % x.say_digits(g.digits(8, True))]),
             (C, ["okay and how long will it take"]),
             (A, ["usually %s to %s working days" % (UNITS[r.randint(3, 5)], TEENS[r.randint(0, 4)])])]
        what = "claim reference and durations"
    elif k == 7:
        t = [(C, ["my mum is %s and she's in room %s" % (pair_words(r.randint(70, 99)), x.say_digits(str(r.randint(100, 499)), doubles=False))])]
        what = "age and room number"
    elif k == 8:
        t = [(A, ["the balance is %s hundred and %s pounds" % (UNITS[r.randint(1, 9)], pair_words(r.randint(21, 99)))]),
             (C, ["and the appointment is the %s at %s thirty" % (ordinal_words(r.randint(1, 28)), UNITS[r.randint(1, 9)])])]
        what = "balance and appointment"
    else:
        t = [(C, ["the model number is %s %s %s" % (r.choice(["x", "s", "k"]), x.say_digits(str(r.randint(100, 999)), doubles=False),
                                                     r.choice(["pro", "plus", "max"]))]),
             (A, ["and that's the %s inch one for %s pounds" % (pair_words(r.randint(40, 75)), pair_words(r.randint(21, 99)))])]
        what = "model number, size, price"
    return t, "call/%s: negative - %s" % (ch_ind(r, False)[1], what)


# ---------------------------------------------------------------- generation
N_POS = 190
N_NEG = 110


def generate():
    CYCLE.clear()
    r = random.Random(SEED)
    x = R(r)
    cases = []
    pos = []
    for i in range(N_POS):
        if i % 3 == 2:
            fn = POS_SPOKEN[(i // 3) % len(POS_SPOKEN)]
        else:
            fn = POS_TYPED[(i - i // 3) % len(POS_TYPED)]
        turns, note = fn(x)
        pos.append(build(turns, note))
    # top up types below their minimum
    extra = {"NI_NUMBER": [p_ni_typed, p_ni_call, p_ni_split], "SSN": [p_ssn_typed, p_ssn_call, p_ssn_split],
             "CARD_NUMBER": [p_card_oneline, p_card_call]}
    guard = 0
    while guard < 200:
        cnt = Counter(s["type"] for c in pos for s in c["spans"])
        low = [t for t in TYPES if cnt[t] < MINIMA[t]]
        if not low:
            break
        t = low[0]
        fns = extra.get(t, [f for f in POS_TYPED + POS_SPOKEN])
        turns, note = fns[guard % len(fns)](x)
        pos.append(build(turns, note))
        guard += 1
    neg = []
    for i in range(N_NEG):
        fn = (n_spoken if i % 6 == 2 else n_spoken2) if i % 3 == 2 else (n_typed2 if i % 4 == 1 else n_typed)
        turns, note = fn(x)
        neg.append(build(turns, note, "negative"))
    out = []
    for k, c in enumerate(pos, 1):
        out.append(dict(id="%s-pos-%03d" % (PREFIX, k), **c))
    for k, c in enumerate(neg, 1):
        out.append(dict(id="%s-neg-%03d" % (PREFIX, k), **c))
    return out


def dumps(cases):
    return "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cases)


def counts(cases):
    cnt = Counter(s["type"] for c in cases for s in c["spans"])
    return cnt


def readme(cases):
    cnt = counts(cases)
    npos = sum(c["kind"] == "positive" for c in cases)
    nneg = len(cases) - npos
    typed = sum(not c["note"].startswith("call/") for c in cases)
    lines = [
        "# PII hold-out set 227",
        "",
        "**Never use this set for tuning.** It is a held-out evaluation set; do not adjust the",
        "redactor (patterns, thresholds, word lists) by looking at these cases.",
        "",
        "## Who wrote it and how",
        "",
        "Written by an AI helper acting as an independent test author. The author did not see",
        "the redaction code, its tests, its documentation or other hold-out sets; only a",
        "three-line example of the JSONL format. Cases are produced by",
        "`scripts/make_pii_holdout227.py` from template functions: each turn is assembled from",
        "plain-text segments and (value, TYPE) segments so offsets are computed, never typed.",
        "All values come from one `random.Random(%d)`; output is byte-for-byte reproducible." % SEED,
        "`python scripts/make_pii_holdout227.py --check` regenerates and verifies the file",
        "(identical bytes, unique ids, offsets in range and on word boundaries, no overlaps, and",
        "each value validated after normalising spoken forms: Luhn, mod-97, NI shape, digit counts,",
        "postcode shapes).",
        "",
        "About two thirds of the cases are typed channels (web chat, SMS, e-mail bodies, social",
        "DMs) with messy typing: values split over messages, typos around values, odd separators",
        "(dots, slashes, no-break spaces, en dashes), mixed case, emojis, copy-paste blocks",
        "(`Card: ... Exp: ... CVC: ...`). The rest are phone calls written as ASR output: lower",
        "case, numbers as words, oh/o/nought/zero, double/triple, pairs (\"forty one eleven\"),",
        "letters as \"b for bravo\", spoken e-mails, values split over turns with back-channels,",
        "self-corrections, fillers inside readings, agent read-backs.",
        "",
        "## Annotation conventions",
        "",
        "- A span covers the value only, from its first to its last character: no lead-in words",
        "  (\"it's\", \"card:\"), no trailing punctuation. Separators and fillers *inside* a",
        "  reading (\"um\", \"double\", spaces, dashes) are inside the span.",
        "- A value split over several messages/turns gets one span per piece (same type).",
        "- A value repeated (agent read-back) is labelled every time it appears.",
        "- In a self-correction only the corrected, complete reading is labelled; the abandoned",
        "  fragment is not (redacting it is not penalised in positive cases).",
        "- ADDRESS = house/flat number + street name (incl. \"Flat 3,\" prefix); the town, state",
        "  and county are not included; the postcode/ZIP is a separate POSTCODE span.",
        "- EXPIRY / DOB cover the whole date expression (\"the third of march nineteen eighty",
        "  five\", \"Sept 27\"). EMAIL covers the full spoken form (\"j dot doe at gmail dot com\").",
        "- Phone numbers include a leading `+`/`(` and country code.",
        "- Negatives contain no PII at all: amounts, dates that are not birth dates, times,",
        "  durations, reference/order/claim numbers said with their reference word, flight and",
        "  room numbers, model numbers, meter readings, ages, temperatures, balances.",
        "",
        "## Counts",
        "",
        "- cases: %d (positive %d, negative %d); typed channels %d, calls %d" % (
            len(cases), npos, nneg, typed, len(cases) - typed),
        "",
        "| type | spans |",
        "|---|---|",
    ]
    for t in TYPES:
        lines.append("| %s | %d |" % (t, cnt[t]))
    lines.append("| total | %d |" % sum(cnt.values()))
    lines.append("")
    return "\n".join(lines)


def check(cases) -> list[str]:
    errs = []
    ids = [c["id"] for c in cases]
    if len(set(ids)) != len(ids):
        errs.append("duplicate ids")
    for c in cases:
        if c["kind"] == "negative" and c["spans"]:
            errs.append("%s: negative with spans" % c["id"])
        if c["kind"] == "positive" and not c["spans"]:
            errs.append("%s: positive without spans" % c["id"])
        for t in c["turns"]:
            if t["speaker"] not in (A, C) or not t["text"]:
                errs.append("%s: bad turn" % c["id"])
        prev = {}
        by_type: dict[str, list[str]] = {}
        for s in c["spans"]:
            if s["type"] not in TYPES:
                errs.append("%s: bad type %s" % (c["id"], s["type"]))
                continue
            if not (0 <= s["turn"] < len(c["turns"])):
                errs.append("%s: bad turn index" % c["id"])
                continue
            text = c["turns"][s["turn"]]["text"]
            a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(text)):
                errs.append("%s: offsets out of range" % c["id"])
                continue
            if (a > 0 and text[a - 1].isalnum()) or (b < len(text) and text[b].isalnum()):
                errs.append("%s: span not on word boundary: %r" % (c["id"], text[a:b]))
            if text[a].isspace() or text[b - 1].isspace() or not text[b - 1].isalnum():
                errs.append("%s: span has edge whitespace/punct: %r" % (c["id"], text[a:b]))
            for (pa, pb) in prev.get(s["turn"], []):
                if a < pb and pa < b:
                    errs.append("%s: overlapping spans" % c["id"])
            prev.setdefault(s["turn"], []).append((a, b))
            by_type.setdefault(s["type"], []).append(text[a:b])
        # each type's spans must partition into consecutive groups that each validate
        for typ, vals in by_type.items():
            if not partition_ok(typ, vals):
                errs.append("%s: %s value(s) fail validation: %r -> %r" % (
                    c["id"], typ, vals, [normalise(v) for v in vals]))
    cnt = counts(cases)
    for t in TYPES:
        if cnt[t] < MINIMA[t]:
            errs.append("type %s has only %d spans (< %d)" % (t, cnt[t], MINIMA[t]))
    npos = sum(c["kind"] == "positive" for c in cases)
    if npos < 170 or len(cases) - npos < 100:
        errs.append("too few cases: %d pos %d neg" % (npos, len(cases) - npos))
    return errs


def partition_ok(typ, vals):
    from functools import lru_cache

    @lru_cache(None)
    def ok(i):
        if i == len(vals):
            return True
        for j in range(i + 1, len(vals) + 1):
            joined = " ".join(vals[i:j])
            if validate(typ, joined) and ok(j):
                return True
        return False

    return ok(0)


def main(argv):
    cases = generate()
    data = dumps(cases)
    rd = readme(cases)
    if "--check" in argv:
        errs = check(cases)
        if not CASES.exists() or CASES.read_text(encoding="utf-8") != data:
            errs.append("cases.jsonl differs from regenerated output")
        if not README.exists() or README.read_text(encoding="utf-8") != rd:
            errs.append("README.md differs from regenerated output")
        # also re-check the file as read back
        if CASES.exists():
            loaded = [json.loads(l) for l in CASES.read_text(encoding="utf-8").splitlines() if l.strip()]
            if loaded != cases:
                errs.append("loaded cases differ")
        cnt = counts(cases)
        npos = sum(c["kind"] == "positive" for c in cases)
        print("cases %d: positive %d, negative %d" % (len(cases), npos, len(cases) - npos))
        for t in TYPES:
            print("  %-12s %d" % (t, cnt[t]))
        for e in errs[:60]:
            print("ERROR:", e)
        if errs:
            print("FAILED with %d problem(s)" % len(errs))
            return 1
        print("OK: check passed")
        return 0
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    CASES.write_text(data, encoding="utf-8")
    README.write_text(rd, encoding="utf-8")
    print("wrote %d cases to %s" % (len(cases), CASES))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

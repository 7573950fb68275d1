#!/usr/bin/env python3
"""Generate the pii_holdout505 held-out PII redaction evaluation set.

Writes tests/fixtures/pii_holdout505/cases.jsonl and README.md.
Every turn is assembled from plain-text segments and labelled value segments,
so span offsets are computed, never typed by hand.

    python scripts/make_pii_holdout505.py          # (re)generate
    python scripts/make_pii_holdout505.py --check  # regenerate + verify

Standard library only; a single random generator random.Random(505241125).
"""
import json
import os
import re
import sys
import random
from collections import Counter

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout505")
CASES = os.path.join(OUT_DIR, "cases.jsonl")
README = os.path.join(OUT_DIR, "README.md")

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE",
         "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]
MIN_SPANS = {t: 10 for t in TYPES}
MIN_SPANS.update({"CARD_NUMBER": 70, "SSN": 30, "NI_NUMBER": 30})

# ----------------------------------------------------------------------------
# number words
UNIT_W = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEEN_W = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
          "seventeen", "eighteen", "nineteen"]
TENS_W = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy",
          8: "eighty", 9: "ninety"}
UNITS = {w: i for i, w in enumerate(UNIT_W)}
UNITS.update({"oh": 0, "o": 0, "nought": 0})
TEENS = {w: 10 + i for i, w in enumerate(TEEN_W)}
TENS = {w: k * 10 for k, w in TENS_W.items()}
FILLERS = {"um", "uh", "er", "erm", "ah", "hmm", "mm", "dash", "hyphen", "space", "slash"}
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "f": "foxtrot",
        "g": "golf", "h": "hotel", "i": "india", "j": "juliet", "k": "kilo", "l": "lima",
        "m": "mike", "n": "november", "p": "papa", "r": "romeo", "s": "sierra", "t": "tango",
        "w": "whiskey", "x": "x-ray", "y": "yankee", "z": "zulu"}
FOLK = {"a": "apple", "b": "bertie", "c": "charlie", "e": "edward", "g": "george", "h": "harry",
        "j": "jack", "k": "king", "l": "london", "m": "mother", "n": "nellie", "p": "peter",
        "r": "robert", "s": "sugar", "t": "tommy", "w": "william", "y": "yellow", "z": "zebra"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
MON3 = [m[:3] for m in MONTHS]
ORD_W = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
         "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
         "seventeenth", "eighteenth", "nineteenth", "twentieth", "thirtieth"]


def num_words(n, uk=True):
    if n < 10:
        return UNIT_W[n]
    if n < 20:
        return TEEN_W[n - 10]
    if n < 100:
        t, u = divmod(n, 10)
        return TENS_W[t] + ("" if u == 0 else " " + UNIT_W[u])
    if n < 1000:
        h, r = divmod(n, 100)
        return UNIT_W[h] + " hundred" + ("" if r == 0 else (" and " if uk else " ") + num_words(r, uk))
    th, r = divmod(n, 1000)
    return num_words(th, uk) + " thousand" + ("" if r == 0 else (" and " if r < 100 else " ") + num_words(r, uk))


def ordinal_words(d):
    if d <= 20:
        return ORD_W[d - 1]
    if d == 30:
        return "thirtieth"
    t, u = divmod(d, 10)
    return TENS_W[t] + " " + ORD_W[u - 1]


def ordinal_suffix(d):
    if 10 <= d % 100 <= 20:
        return "%dth" % d
    return "%d%s" % (d, {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th"))


def speak_digits(rng, s, uk=True, alnum=False, fancy=0.35, filler=0.0):
    """Render a digit string as ASR words (doubles, pairs, hundreds, oh/nought)."""
    zeros = ["oh", "zero"] + (["nought"] if uk else [])
    if not alnum:
        zeros.append("o")
    out, i = [], 0
    while i < len(s):
        c = s[i]
        run = 1
        while i + run < len(s) and s[i + run] == c:
            run += 1
        r = rng.random()
        zw = rng.choice(zeros)
        word = zw if c == "0" else UNIT_W[int(c)]
        if run >= 3 and r < fancy:
            out.append("triple " + word)
            i += 3
        elif run >= 2 and r < fancy * 1.6:
            out.append("double " + word)
            i += 2
        elif i + 1 < len(s) and c != "0" and s[i + 1] != "0" and r < fancy * 2.2:
            out.append(num_words(int(s[i:i + 2])))
            i += 2
        elif (i + 2 < len(s) and c != "0" and s[i + 1] != "0" and s[i + 2] != "0" and r < fancy * 2.6):
            h, rest = int(c), int(s[i + 1:i + 3])
            out.append(UNIT_W[h] + " hundred " + ("and " if uk or rng.random() < 0.4 else "") + num_words(rest))
            i += 3
        else:
            out.append(word)
            i += 1
        if filler and i < len(s) and rng.random() < filler:
            out.append(rng.choice(["um", "uh", "er", "erm"]))
    return " ".join(out)


def speak_groups(rng, groups, uk=True, sep=None, alnum=False, fancy=0.35, filler=0.0):
    parts = [speak_digits(rng, g, uk, alnum, fancy) for g in groups]
    out = []
    for k, p in enumerate(parts):
        out.append(p)
        if k < len(parts) - 1:
            if filler and rng.random() < filler:
                out.append(rng.choice([" um ", " uh ", ", er, ", " erm "]))
            else:
                out.append(sep if sep is not None else rng.choice([" ", ", ", " ", "... "]))
    return "".join(out)


def speak_letter(rng, ch, style=None):
    ch = ch.lower()
    style = style or rng.choice(["plain", "plain", "nato", "folk"])
    if style == "nato" and ch in NATO:
        return "%s for %s" % (ch, NATO[ch]) if rng.random() < 0.7 else "%s as in %s" % (ch, NATO[ch])
    if style == "folk" and ch in FOLK:
        return "%s for %s" % (ch, FOLK[ch])
    return ch


# ----------------------------------------------------------------------------
# normalisers / validators
def tokens(text):
    return re.findall(r"[a-z]+|\d+|\+", text.lower())


def parse_spoken(text, alnum=False):
    t = tokens(text)
    out, i, n = [], 0, len(t)

    def small(j):
        """parse 1..99 starting at j -> (value, next) or (None, j)"""
        if j < n and t[j] in TEENS:
            return TEENS[t[j]], j + 1
        if j < n and t[j] in TENS:
            v = TENS[t[j]]
            if j + 1 < n and t[j + 1] in UNITS and UNITS[t[j + 1]] > 0:
                return v + UNITS[t[j + 1]], j + 2
            return v, j + 1
        if j < n and t[j] in UNITS and not (alnum and t[j] == "o"):
            return UNITS[t[j]], j + 1
        return None, j

    while i < n:
        w = t[i]
        if w.isdigit():
            out.append(w); i += 1; continue
        if w in ("+", "plus"):
            out.append("+"); i += 1; continue
        if w in FILLERS:
            i += 1; continue
        if w in ("double", "triple"):
            d = UNITS[t[i + 1]]
            out.append(str(d) * (2 if w == "double" else 3)); i += 2; continue
        if w in UNITS and not (alnum and w == "o"):
            d = UNITS[w]
            if i + 1 < n and t[i + 1] in ("hundred", "thousand"):
                mult = 100 if t[i + 1] == "hundred" else 1000
                j = i + 2
                if j < n and t[j] == "and":
                    j += 1
                rest = 0
                if mult == 1000 and j + 1 < n and t[j] in UNITS and t[j + 1] == "hundred":
                    rest = UNITS[t[j]] * 100; j += 2
                    if j < n and t[j] == "and":
                        j += 1
                v, j2 = small(j)
                if v is not None:
                    rest += v; j = j2
                out.append(("%03d" if mult == 100 else "%04d") % (d * mult + rest)); i = j; continue
            out.append(str(d)); i += 1; continue
        if w in TEENS or w in TENS:
            v, i = small(i)
            out.append(str(v)); continue
        if alnum and len(w) == 1:
            out.append(w.upper())
            if i + 2 < n and t[i + 1] == "for":
                i += 3
            elif i + 3 < n and t[i + 1] == "as" and t[i + 2] == "in":
                i += 4
            else:
                i += 1
            # "x-ray" tokenises as x, ray
            if i < n and t[i] == "ray" and t[i - 1] == "x":
                i += 1
            continue
        raise ValueError("unknown token %r in %r" % (w, text))
    return "".join(out)


def luhn_ok(d):
    tot = 0
    for k, ch in enumerate(reversed(d)):
        v = int(ch)
        if k % 2:
            v *= 2
            if v > 9:
                v -= 9
        tot += v
    return tot % 10 == 0


def iban_ok(s):
    s = s.upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


NI_RE = re.compile(r"(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]")
UKPC_RE = re.compile(r"[A-Z]{1,2}\d[A-Z\d]?\d[ABD-HJLNP-UW-Z]{2}")
STREET_SUFFIX = {"road", "rd", "street", "st", "avenue", "ave", "drive", "dr", "lane", "ln", "close",
                 "crescent", "way", "boulevard", "blvd", "court", "ct", "place", "terrace", "grove",
                 "gardens", "row", "parade", "walk", "hill", "square"}


def date_ok(text, expiry=False):
    tl = tokens(text)
    if any(w in MONTHS or w in MON3 or w == "sept" for w in tl):
        allowed = set(MONTHS) | set(MON3) | {"sept", "of", "the", "st", "nd", "rd", "th", "and",
                                              "hundred", "thousand"} | set(ORD_W) | set(UNITS) | \
            set(TEENS) | set(TENS) | FILLERS
        rest = [w for w in tl if w not in MONTHS and w not in MON3 and w != "sept"]
        return all(w.isdigit() or w in allowed for w in tl) and any(
            w.isdigit() or w in UNITS or w in TEENS or w in TENS or w in ORD_W for w in rest)
    m = re.fullmatch(r"(\d{1,4})\s*[/.\-]\s*(\d{1,2})(?:\s*[/.\-]\s*(\d{2,4}))?", text.strip())
    if m:
        a, b, c = m.group(1), m.group(2), m.group(3)
        if expiry:
            return c is None and 1 <= int(a) <= 12 and len(b) == 2 or (c is None and len(a) == 2 and 1 <= int(a) <= 12)
        if c is None:
            return False
        if len(a) == 4:
            return 1 <= int(b) <= 12 and 1 <= int(c) <= 31
        return (1 <= int(a) <= 31 and 1 <= int(b) <= 12) or (1 <= int(a) <= 12 and 1 <= int(b) <= 31)
    d = parse_spoken(text)
    if not d.isdigit():
        return False
    if expiry:
        return len(d) in (4, 6) and 1 <= int(d[:2]) <= 12
    if len(d) == 8:
        a, b = int(d[:2]), int(d[2:4])
        return (1 <= b <= 12 and 1 <= a <= 31) or (1 <= a <= 12 and 1 <= b <= 31) or 1 <= int(d[4:6]) <= 12
    if len(d) == 6:
        a, b = int(d[:2]), int(d[2:4])
        return (1 <= b <= 12 and 1 <= a <= 31) or (1 <= a <= 12)
    return False


def email_ok(text):
    if "@" in text:
        s = text
    else:
        m = {"at": "@", "dot": ".", "underscore": "_", "dash": "-", "hyphen": "-"}
        m.update({w: str(i) for i, w in enumerate(UNIT_W)})
        s = "".join(m.get(w, w) for w in text.lower().split())
    return re.fullmatch(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+", s) is not None


def validate(typ, text, partial=False):
    """Validate a labelled value (or the concatenation of its parts)."""
    if typ == "EMAIL":
        return email_ok(text)
    if typ == "DOB":
        return date_ok(text)
    if typ == "EXPIRY":
        return date_ok(text, expiry=True)
    if typ == "ADDRESS":
        tl = tokens(text)
        return bool(tl) and (tl[0].isdigit() or tl[0] in UNITS or tl[0] in TEENS or tl[0] in TENS
                             or tl[0] in ("flat", "apartment", "apt", "unit")) and \
            any(w in STREET_SUFFIX for w in tl)
    alnum = typ in ("NI_NUMBER", "IBAN", "POSTCODE")
    if alnum and re.search(r"\d", text) and re.fullmatch(r"[A-Za-z0-9 .\-]+", text):
        s = re.sub(r"[^A-Za-z0-9]", "", text).upper()     # typed form
    elif typ == "POSTCODE" and re.fullmatch(r"[a-z ]+", text) and not any(
            len(w) == 1 and w != "o" for w in text.split()):
        s = parse_spoken(text)                              # spoken ZIP code ("o" = zero)
    else:
        s = parse_spoken(text.replace("(0)", " 0 "), alnum=alnum)
    if typ == "CARD_NUMBER":
        if partial:
            return re.fullmatch(r"\d{4}", s) is not None
        return s.isdigit() and 13 <= len(s) <= 19 and luhn_ok(s)
    if typ == "CVV":
        return s.isdigit() and len(s) in (3, 4)
    if typ == "SSN":
        return (s.isdigit() and len(s) == 9 and s[:3] not in ("000", "666") and s[0] != "9"
                and s[3:5] != "00" and s[5:] != "0000")
    if typ == "NI_NUMBER":
        return NI_RE.fullmatch(s) is not None
    if typ == "SORT_CODE":
        return s.isdigit() and len(s) == 6
    if typ == "BANK_ACCOUNT":
        return s.isdigit() and 6 <= len(s) <= 17
    if typ == "IBAN":
        return iban_ok(s)
    if typ == "PHONE":
        d = s.lstrip("+")
        if d.startswith("00"):
            d = d[2:]
        return d.isdigit() and 10 <= len(d) <= 13 and "+" not in d
    if typ == "POSTCODE":
        return UKPC_RE.fullmatch(s) is not None or re.fullmatch(r"\d{5}(\d{4})?", s) is not None
    raise ValueError(typ)


# ----------------------------------------------------------------------------
# value generators
def luhn_complete(body):
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def gen_card(rng):
    kind = rng.choice(["visa", "visa", "visa", "mc", "mc", "mc2", "amex", "disc", "maestro", "visa13", "visa19"])
    if kind == "visa":
        pre, ln = "4", 16
    elif kind == "visa13":
        pre, ln = "4", 13
    elif kind == "visa19":
        pre, ln = "4", 19
    elif kind == "mc":
        pre, ln = str(rng.randint(51, 55)), 16
    elif kind == "mc2":
        pre, ln = str(rng.randint(2221, 2720)), 16
    elif kind == "amex":
        pre, ln = rng.choice(["34", "37"]), 15
    elif kind == "disc":
        pre, ln = "6011", 16
    else:
        pre, ln = rng.choice(["6759", "6763"]), 18
    body = pre + "".join(rng.choice("0123456789") for _ in range(ln - len(pre) - 1))
    return luhn_complete(body)


def card_groups(num):
    if len(num) == 15:
        return [num[:4], num[4:10], num[10:]]
    g = [num[i:i + 4] for i in range(0, len(num), 4)]
    if len(g[-1]) < 3 and len(g) > 1:
        g[-2] += g[-1]; g.pop()
    return g


def gen_ssn(rng):
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, rng.randint(1, 99), rng.randint(1, 9999))


NI_FIRST = "ABCEGHJKLMNPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def gen_ni(rng):
    while True:
        p = rng.choice(NI_FIRST) + rng.choice(NI_SECOND)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + "".join(rng.choice("0123456789") for _ in range(6)) + rng.choice("ABCD")


def gen_iban(rng):
    c = rng.choice(["GB", "IE", "DE", "NL", "ES", "FR", "IE", "GB"])
    L = "ABCDEFGHJKLMNPRSTUWXYZ"
    D = "0123456789"
    if c in ("GB", "IE"):
        bban = rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"] if c == "GB" else ["AIBK", "BOFI", "IPBS", "ULSB"]) \
            + "".join(rng.choice(D) for _ in range(14))
    elif c == "DE":
        bban = "".join(rng.choice(D) for _ in range(18))
    elif c == "NL":
        bban = rng.choice(["ABNA", "INGB", "RABO", "TRIO"]) + "".join(rng.choice(D) for _ in range(10))
    elif c == "ES":
        bban = "".join(rng.choice(D) for _ in range(20))
    else:
        bban = "".join(rng.choice(D) for _ in range(23))
    r = bban + c + "00"
    chk = 98 - int("".join(str(int(x, 36)) for x in r)) % 97
    return c + "%02d" % chk + bban


def gen_uk_postcode(rng):
    A = "ABCDEFGHJKLMNPRSTUWYZ"
    IN = "ABDEFGHJLNPQRSTUWXYZ"
    fmt = rng.choice(["A9", "A99", "AA9", "AA99", "A9A", "AA9A"])
    out = ""
    for ch in fmt:
        out += rng.choice(A) if ch == "A" else rng.choice("123456789")
    return out, str(rng.randint(1, 9)) + rng.choice(IN) + rng.choice(IN)


FIRST = ["james", "sarah", "priya", "liam", "aoife", "mohammed", "chloe", "daniel", "grace", "tomasz",
         "niamh", "oliver", "fatima", "ryan", "hannah", "marcus", "emily", "kwame", "sofia", "connor"]
LAST = ["doe", "smith", "patel", "murphy", "kowalski", "okafor", "walsh", "brennan", "nguyen", "garcia",
        "hughes", "khan", "oconnor", "jones", "reilly", "taylor", "evans", "schmidt", "rossi", "byrne"]
DOMAINS_UK = ["gmail.com", "hotmail.co.uk", "outlook.com", "btinternet.com", "yahoo.co.uk", "icloud.com"]
DOMAINS_US = ["gmail.com", "yahoo.com", "aol.com", "outlook.com", "comcast.net", "icloud.com"]
DOMAINS_IE = ["eircom.net", "gmail.com", "outlook.ie", "hotmail.com"]
UK_STREETS = ["Elm Road", "Church Street", "Victoria Avenue", "Maple Drive", "Oak Lane", "High Street",
              "Station Road", "Park Crescent", "Willow Close", "Kings Way", "Mill Lane", "Albert Terrace",
              "Beech Grove", "Queens Parade", "Chapel Row"]
US_STREETS = ["Maple Street", "Oak Avenue", "Pine Drive", "Sunset Boulevard", "Lincoln Ave", "Elm St",
              "Cedar Lane", "Washington Blvd", "Lakeview Court", "Hillside Dr"]
IE_STREETS = ["Grafton Street", "Marine Parade", "Church Road", "Abbey Street", "Strand Road"]
UK_TOWNS = ["Leeds", "Bristol", "Manchester", "Cardiff", "Glasgow", "Norwich", "Reading", "Derby"]
US_TOWNS = ["Austin, TX", "Columbus, OH", "Tampa, FL", "Denver, CO", "Portland, OR", "Albany, NY"]
IE_TOWNS = ["Dublin 4", "Cork", "Galway", "Limerick"]


# ----------------------------------------------------------------------------
# case builder
class V:
    def __init__(self, text, typ, gid, partial=False):
        assert text == text.strip() and text, repr(text)
        self.text, self.typ, self.gid, self.partial = text, typ, gid, partial


class Case:
    def __init__(self, note):
        self.turns, self.note, self._g = [], note, 0

    def gid(self):
        self._g += 1
        return "g%d" % self._g

    def say(self, speaker, *segs):
        self.turns.append([speaker, list(segs)])
        return self

    def c(self, *segs):
        return self.say("customer", *segs)

    def a(self, *segs):
        return self.say("agent", *segs)

    def build(self):
        turns, spans, groups = [], [], {}
        for ti, (spk, segs) in enumerate(self.turns):
            text = ""
            for s in segs:
                if isinstance(s, V):
                    st = len(text)
                    text += s.text
                    spans.append({"turn": ti, "start": st, "end": len(text), "type": s.typ})
                    g = groups.setdefault(s.gid, {"type": s.typ, "parts": [], "partial": s.partial})
                    assert g["type"] == s.typ
                    g["parts"].append((ti, st, len(text)))
                else:
                    text += s
            turns.append({"speaker": spk, "text": text})
        return turns, spans, groups


def pick(rng, xs):
    return rng.choice(xs)


def maybe(rng, p, s, alt=""):
    return s if rng.random() < p else alt


# ---------------------------------------------------------------- distractors
def distractor(rng, region="UK"):
    """A dangerous non-PII snippet (returns plain text)."""
    cur = {"UK": "£", "US": "$", "IE": "€", "EU": "€"}[region]
    k = rng.randrange(22)
    if k == 0:
        n = gen_card(rng)
        return "the tracking number for the replacement card is %s" % " ".join(card_groups(n))
    if k == 1:
        return "your order number is %s" % speak_groups(rng, ["%04d" % rng.randint(1000, 9999) for _ in range(4)])
    if k == 2:
        return "the claim reference is %03d-%02d-%04d" % (rng.randint(100, 899), rng.randint(10, 99), rng.randint(1000, 9999))
    if k == 3:
        p = gen_ni(rng)
        return "your policy number is %s %s %s %s %s" % (p[:2], p[2:4], p[4:6], p[6:8], p[8])
    if k == 4:
        return "the card ending %04d" % rng.randint(0, 9999)
    if k == 5:
        return "the one ending in %s" % speak_digits(rng, "%04d" % rng.randint(0, 9999), fancy=0.1)
    if k == 6:
        return "the balance is %s%s.%02d" % (cur, "{:,}".format(rng.randint(100, 99999)), rng.randint(0, 99))
    if k == 7:
        return "that's %s %s" % (num_words(rng.randint(101, 9999)), {"UK": "pounds", "US": "dollars", "IE": "euro", "EU": "euro"}[region])
    if k == 8:
        return "the meter reading is %s" % speak_digits(rng, "%06d" % rng.randint(0, 999999), fancy=0.1)
    if k == 9:
        return "ticket number %d" % rng.randint(10 ** 8, 10 ** 10)
    if k == 10:
        return "invoice INV-%d-%06d" % (rng.randint(2019, 2026), rng.randint(0, 999999)
                                       )
    if k == 11:
        return "the serial on the card reader is SN %04d-%04d-%04d" % tuple(rng.randint(0, 9999) for _ in range(3))
    if k == 12:
        return "the payment will go out on the %s of %s" % (ordinal_suffix(rng.randint(1, 28)), pick(rng, MONTHS).title())
    if k == 13:
        return "we're open %d till %d, Monday to Saturday" % (rng.randint(7, 9), rng.randint(5, 8))
    if k == 14:
        return "your reference is %s" % speak_digits(rng, "%09d" % rng.randint(0, 999999999), fancy=0.3)
    if k == 15:
        return "flight %s%d, gate %d, seat %d%s" % (pick(rng, ["BA", "EI", "FR", "UA", "DL"]), rng.randint(100, 9999),
                                                    rng.randint(1, 60), rng.randint(1, 40), pick(rng, "ABCDEF"))
    if k == 16:
        return "the model number is %02d-%02d-%02d" % (rng.randint(10, 99), rng.randint(10, 99), rng.randint(10, 99))
    if k == 17:
        return "contract runs %d months at %d.%d%% APR" % (rng.choice([12, 18, 24, 36]), rng.randint(2, 29), rng.randint(0, 9))
    if k == 18:
        return "I've been on hold %s minutes" % num_words(rng.randint(12, 55))
    if k == 19:
        return "the customer number on the letter is %d" % rng.randint(10 ** 7, 10 ** 8 - 1)
    if k == 20:
        return "your case number is %s" % speak_groups(rng, ["%03d" % rng.randint(0, 999), "%02d" % rng.randint(0, 99), "%04d" % rng.randint(0, 9999)], fancy=0.2)
    return "I'm %d and I've been with you since %d" % (rng.randint(19, 90), rng.randint(1995, 2024))


BACKCH = ["mhm", "go on", "yep", "okay", "uh huh", "right", "got that", "yes", "and the next bit?", "okay go ahead"]
OPEN_AGENT = {
    "banking": "thanks for calling {org}, you're through to {name}, how can I help",
    "telecom": "hi you're through to {org} customer services, my name's {name}",
    "utilities": "good morning, {org} energy, {name} speaking",
    "retail": "hi, thanks for contacting {org} support, I'm {name}",
    "insurance": "{org} claims line, this is {name}, how can I help today",
    "travel": "welcome to {org} bookings, {name} speaking",
    "healthcare billing": "{org} patient billing, this is {name}",
    "government": "{org} helpline, you're speaking to {name}",
}
ORGS = {"UK": ["Northfield Bank", "Albion Mobile", "Brightgrid", "Harper & Lowe", "Thameside Insurance", "Skyward Air", "St Clare's Hospital", "the Pensions Service"],
        "US": ["Lakeshore Credit Union", "Vantage Wireless", "Summit Power", "ShopRight", "Keystone Mutual", "BlueJet", "Mercy Health Billing", "the benefits office"],
        "IE": ["Liffey Bank", "Emerald Mobile", "Shannon Energy", "Claddagh Stores", "Atlantic Assure", "Aer Connect", "Dublin Clinic", "the Revenue helpline"],
        "EU": ["Rhein Direktbank", "Orbis Telecom", "Nordstrom Energie", "Maison Online", "Assura", "SkyLine Europe", "Klinik Billing", "the tax office"]}
INDUSTRIES = list(OPEN_AGENT)
AGENTS = ["Dave", "Sophie", "Aisha", "Mark", "Jen", "Ciara", "Tom", "Rosa", "Kevin", "Megan"]


def opener(rng, case, region, industry=None, asr=True):
    industry = industry or pick(rng, INDUSTRIES)
    org = ORGS[region][INDUSTRIES.index(industry)]
    t = OPEN_AGENT[industry].format(org=org, name=pick(rng, AGENTS))
    case.a(t.lower() if asr else t[0].upper() + t[1:] + ".")
    return industry


# ---------------------------------------------------------------- positives
def expiry_value(rng, asr, uk):
    m, y = rng.randint(1, 12), rng.randint(25, 33)
    if asr:
        s = rng.randrange(4)
        if s == 0:
            return "%s %s" % (speak_digits(rng, "%02d" % m, uk, fancy=0), num_words(y))
        if s == 1:
            return "%s %s" % (MONTHS[m - 1], num_words(y))
        if s == 2:
            return "%s twenty %s" % (MONTHS[m - 1], num_words(y))
        return "%s, %s" % (speak_digits(rng, "%02d" % m, uk, fancy=0), "twenty " + num_words(y))
    return pick(rng, ["%02d/%02d", "%02d/20%02d", "%02d-%02d", "%02d / %02d"]) % (m, y)


def card_asr(rng, region):
    uk = region != "US"
    case = Case("")
    ind = opener(rng, case, region, pick(rng, ["banking", "retail", "telecom", "travel", "utilities", "insurance"]))
    num = gen_card(rng)
    grp = card_groups(num)
    g = case.gid()
    case.c(pick(rng, ["yeah hi i want to pay my bill by card", "hiya i need to make a payment", "um i'm calling to pay the outstanding amount",
                      "hello i'd like to update the card on my account"]))
    if rng.random() < 0.7:
        case.a(distractor(rng, region) + pick(rng, [", can i take the long card number please", " so whenever you're ready, the sixteen digits on the front", ", what's the card number"]))
    else:
        case.a(pick(rng, ["no problem, can i take the long number on the front of the card", "sure, go ahead with the card number when you're ready"]))
    style = rng.randrange(4)
    filler = 0.3 if rng.random() < 0.5 else 0
    if style == 0:   # split over turns with back-channels
        k = rng.randint(2, len(grp))
        chunks = [grp[:1]] + ([grp[1:k - 1]] if k > 2 else []) + [grp[max(1, k - 1):]]
        chunks = [c for c in chunks if c]
        for j, ch in enumerate(chunks):
            lead = pick(rng, ["", "", "okay ", "right so ", "it's "]) if j == 0 else pick(rng, ["", "", "then "])
            case.c(lead, V(speak_groups(rng, ch, uk, filler=filler), "CARD_NUMBER", g))
            if j < len(chunks) - 1:
                case.a(pick(rng, BACKCH))
        note = "ASR card number split over customer turns with back-channels"
    elif style == 1:  # aside in the middle
        cut = rng.randint(1, len(grp) - 1)
        case.c(pick(rng, ["yeah it's ", "okay so ", ""]), V(speak_groups(rng, grp[:cut], uk, filler=filler), "CARD_NUMBER", g),
               pick(rng, [" hang on the light's bad in here ", " sorry the numbers are worn ", " um let me get my glasses ", " wait, hold on, "]),
               V(speak_groups(rng, grp[cut:], uk, filler=filler), "CARD_NUMBER", g))
        note = "ASR card number with an aside in the middle of the reading"
    elif style == 2:  # restarted reading: abandoned fragment not labelled
        frag = speak_digits(rng, grp[0][:rng.randint(2, 3)], uk, fancy=0)
        case.c(frag, pick(rng, [" sorry no that's the wrong card, ", " oh hang on, start again, ", " no wait, sorry, "]),
               V(speak_groups(rng, grp, uk, filler=filler), "CARD_NUMBER", g))
        note = "ASR card number with abandoned fragment and restarted reading"
    else:
        case.c(pick(rng, ["", "yep it's ", "erm, "]), V(speak_groups(rng, grp, uk, filler=filler), "CARD_NUMBER", g))
        note = "ASR card number read in one go"
    r = rng.random()
    if r < 0.45:
        case.a("let me just read that back, ", V(speak_groups(rng, grp, uk, fancy=0.1), "CARD_NUMBER", case.gid()), ", is that right")
        case.c(pick(rng, ["yes", "yep that's it", "that's right yeah"]))
        note += "; full agent read-back"
    elif r < 0.75:
        case.a(pick(rng, ["okay so that's the card ending ", "thanks, so the one ending in "]),
               V(speak_digits(rng, num[-4:], uk, fancy=0.2), "CARD_NUMBER", case.gid(), partial=True))
        case.c("yep")
        note += "; agent last-four read-back (labelled because full card read in same case)"
    case.a("and the expiry date")
    case.c(pick(rng, ["", "it's ", "um "]), V(expiry_value(rng, True, uk), "EXPIRY", case.gid()))
    if rng.random() < 0.7:
        case.a(pick(rng, ["and the three digit security code on the back", "and the last three digits on the signature strip"]))
        cv = "%03d" % rng.randint(0, 999) if len(num) != 15 else "%04d" % rng.randint(0, 9999)
        case.c(pick(rng, ["", "it's ", "uh "]), V(speak_digits(rng, cv, uk, fancy=0.3), "CVV", case.gid()))
    case.a(distractor(rng, region) + ", " + pick(rng, ["is there anything else", "that's gone through now", "you'll get a text confirmation"]))
    case.note = note + " (%s, %s)" % (ind, region)
    return case


def card_typed(rng, region):
    uk = region != "US"
    case = Case("")
    num = gen_card(rng)
    grp = card_groups(num)
    fmt = rng.randrange(6)
    if fmt == 0:
        v = " ".join(grp)
    elif fmt == 1:
        v = "-".join(grp)
    elif fmt == 2:
        v = num
    elif fmt == 3:
        v = num[:6] + " " + num[6:]
    elif fmt == 4:
        v = ".".join(grp)
    else:
        v = "  ".join(grp)
    case.a(pick(rng, ["Hi, welcome to chat support. How can I help?", "Thanks for getting in touch. What can I do for you today?"]))
    label = pick(rng, ["card no: ", "Card number - ", "cc numbr ", "my card is ", "CARD#", "long number on card: ", "its "])
    msg = pick(rng, ["pls update payment method, ", "i want to pay the invoice, ", "Payment for order ", ""])
    if msg == "Payment for order ":
        msg = "Payment for order #%d, " % rng.randint(10 ** 7, 10 ** 9)
    case.c(msg, label, V(v, "CARD_NUMBER", case.gid()), pick(rng, ["", " thanks", ".", " exp ", " expiry "]))
    ex = expiry_value(rng, False, uk)
    if case.turns[-1][1][-1] in (" exp ", " expiry "):
        case.turns[-1][1].append(V(ex, "EXPIRY", case.gid()))
        if rng.random() < 0.6:
            cv = "%03d" % rng.randint(0, 999) if len(num) != 15 else "%04d" % rng.randint(0, 9999)
            case.turns[-1][1] += [pick(rng, [" cvv ", " sec code ", " CVC: "]), V(cv, "CVV", case.gid())]
    else:
        case.a("Thanks. Could you confirm the expiry date and security code?")
        cv = "%03d" % rng.randint(0, 999) if len(num) != 15 else "%04d" % rng.randint(0, 9999)
        case.c(pick(rng, ["exp ", "Expiry: ", "expires "]), V(ex, "EXPIRY", case.gid()), pick(rng, [" and ", ", cvv ", " / code "]), V(cv, "CVV", case.gid()))
    case.a(pick(rng, ["Done. I've saved the card ending ", "Thank you, the card ending "]), V(num[-4:], "CARD_NUMBER", case.gid(), partial=True),
           pick(rng, [" is now your default.", " has been charged."]) + " " + distractor(rng, region)[0:].capitalize() + ".")
    case.note = "typed chat card payment with label and %s formatting; distractor numbers (%s)" % (["spaced", "dashed", "unspaced", "odd grouping", "dotted", "double-spaced"][fmt], region)
    return case


def ssn_case(rng, asr):
    case = Case("")
    s = gen_ssn(rng)
    ind = opener(rng, case, "US", pick(rng, ["banking", "insurance", "healthcare billing", "government", "telecom"]), asr)
    if asr:
        case.c(pick(rng, ["hi yeah i'm calling about my account", "hello i got a letter about my bill", "um hi i need to check on my application"]))
        case.a(distractor(rng, "US") + ", " + pick(rng, ["can i get your social to verify", "for security can i have your social security number", "i'll need your ssn please"]))
        g = case.gid()
        st = rng.randrange(4)
        if st == 0:
            case.c(pick(rng, ["sure it's ", "", "yeah "]), V(speak_groups(rng, [s[:3], s[3:5], s[5:]], False, sep=pick(rng, [" ", ", ", " dash "]), filler=0.2), "SSN", g))
            note = "ASR SSN read in one turn"
        elif st == 1:
            case.c(V(speak_digits(rng, s[:3], False), "SSN", g))
            case.a(pick(rng, BACKCH))
            case.c(V(speak_digits(rng, s[3:5], False), "SSN", g))
            case.a(pick(rng, BACKCH))
            case.c(V(speak_digits(rng, s[5:], False), "SSN", g))
            note = "ASR SSN split over three customer turns"
        elif st == 2:
            case.c(V(speak_groups(rng, [s[:3], s[3:5]], False), "SSN", g), pick(rng, [" hold on my kid's yelling ", " sorry what was i, oh yeah "]),
                   V(speak_digits(rng, s[5:], False), "SSN", g))
            note = "ASR SSN with aside mid-reading"
        else:
            case.c(speak_digits(rng, s[:2], False, fancy=0), " no sorry, ", V(speak_groups(rng, [s[:3], s[3:5], s[5:]], False, filler=0.3), "SSN", g))
            note = "ASR SSN with restarted reading"
        if rng.random() < 0.5:
            case.a("thank you, so that's ", V(speak_groups(rng, [s[:3], s[3:5], s[5:]], False, fancy=0.1), "SSN", case.gid()))
            case.c("correct")
            note += "; agent read-back"
        if rng.random() < 0.6:
            y, m, d = rng.randint(1940, 2004), rng.randint(1, 12), rng.randint(1, 28)
            case.a("and your date of birth")
            dv = pick(rng, ["%s %s %s" % (MONTHS[m - 1], num_words(d), num_words(y // 100) + " " + num_words(y % 100) if y % 100 > 9 else num_words(y, False)),
                            "%s %s, %s" % (MONTHS[m - 1], ordinal_words(d), num_words(y // 100) + " " + num_words(y % 100) if y % 100 > 9 else num_words(y, False)),
                            "%s %s %s" % (speak_digits(rng, "%02d" % m, False, fancy=0), speak_digits(rng, "%02d" % d, False, fancy=0.5), num_words(y // 100) + " " + num_words(y % 100) if y % 100 > 9 else num_words(y, False))])
            case.c(V(dv, "DOB", case.gid()))
        if rng.random() < 0.5:
            case.a("and the zip code on file")
            case.c(pick(rng, ["", "it's "]), V(speak_digits(rng, "%05d" % rng.randint(1001, 99950), False, fancy=0.3), "POSTCODE", case.gid()))
        case.a(pick(rng, ["perfect you're verified", "great thanks, i've got your account up"]) + ", " + distractor(rng, "US"))
    else:
        case.c(pick(rng, ["Hi, need help with my claim", "hello my refund hasn't arrived", "Hi I was asked to verify my identity"]))
        case.a("Happy to help. For verification please provide your SSN and date of birth.")
        fmt = pick(rng, ["%s-%s-%s", "%s %s %s", "%s%s%s", "%s.%s.%s", "%s - %s - %s"])
        v = fmt % (s[:3], s[3:5], s[5:])
        y, m, d = rng.randint(1940, 2004), rng.randint(1, 12), rng.randint(1, 28)
        dv = pick(rng, ["%02d/%02d/%d" % (m, d, y), "%d/%d/%d" % (m, d, y), "%s %d, %d" % (MONTHS[m - 1].title(), d, y), "%d-%02d-%02d" % (y, m, d)])
        case.c(pick(rng, ["ssn ", "SSN: ", "social is ", "ss# ", "Social Security No. "]), V(v, "SSN", case.gid()), pick(rng, [", dob ", " and DOB ", ". born "]),
               V(dv, "DOB", case.gid()), ". " + distractor(rng, "US").capitalize())
        note = "typed SSN + DOB with %s" % fmt.replace("%s", "N")
        case.a("Thanks, verified. " + distractor(rng, "US").capitalize() + ".")
    case.note = note + " (%s, US)" % ind
    return case


def ni_value_spoken(rng, ni):
    letters = [speak_letter(rng, ni[0]), speak_letter(rng, ni[1])]
    digits = speak_groups(rng, [ni[2:4], ni[4:6], ni[6:8]], True, alnum=True, fancy=0.4)
    return letters, digits, speak_letter(rng, ni[8])


def ni_case(rng, asr):
    case = Case("")
    ni = gen_ni(rng)
    ind = opener(rng, case, "UK", pick(rng, ["government", "banking", "insurance", "utilities"]), asr)
    if asr:
        case.c(pick(rng, ["hiya i'm ringing about my tax code", "hello i need to sort out my pension forecast", "yeah hi my payments stopped"]))
        case.a(pick(rng, ["can i take your national insurance number", "i'll just need your national insurance number first", "what's your n i number please"]))
        L, D, S = ni_value_spoken(rng, ni)
        g = case.gid()
        st = rng.randrange(3)
        if st == 0:
            case.c(pick(rng, ["yeah it's ", "", "right, "]), V("%s %s %s %s" % (L[0], L[1], D, S), "NI_NUMBER", g))
            note = "ASR NI number in one turn"
        elif st == 1:
            case.c(V("%s %s" % (L[0], L[1]), "NI_NUMBER", g))
            case.a(pick(rng, BACKCH))
            case.c(V(D, "NI_NUMBER", g))
            case.a(pick(rng, ["and the letter at the end", "mhm and the last letter"]))
            case.c(V(S, "NI_NUMBER", g))
            note = "ASR NI number split over turns"
        else:
            case.c(V("%s %s" % (L[0], L[1]), "NI_NUMBER", g), pick(rng, [" um hang on it's on my payslip ", " let me find it, okay "]), V("%s %s" % (D, S), "NI_NUMBER", g))
            note = "ASR NI number with aside"
        if rng.random() < 0.5:
            case.a("so that's ", V("%s %s %s" % (" ".join(speak_letter(rng, x, "plain") for x in ni[:2]),
                                                speak_digits(rng, ni[2:8], True, alnum=True, fancy=0), ni[8].lower()), "NI_NUMBER", case.gid()))
            case.c("that's it yeah")
            note += "; agent read-back"
        if rng.random() < 0.5:
            y, m, d = rng.randint(1945, 2005), rng.randint(1, 12), rng.randint(1, 28)
            case.a("and your date of birth")
            yw = num_words(y // 100) + " " + num_words(y % 100) if y % 100 > 9 else num_words(y)
            case.c(V(pick(rng, ["%s of %s %s" % (ordinal_words(d), MONTHS[m - 1], yw),
                                "the %s of %s %s" % (ordinal_words(d), MONTHS[m - 1], num_words(y % 100) if y % 100 > 9 else yw),
                                "%s %s %s" % (speak_digits(rng, "%02d" % d, True, fancy=0.5), speak_digits(rng, "%02d" % m, True, fancy=0), yw)]),
                     "DOB", case.gid()))
        if rng.random() < 0.55:
            out, inw = gen_uk_postcode(rng)
            case.a("and the postcode")
            case.c(V(" ".join(speak_letter(rng, ch) if ch.isalpha() else UNIT_W[int(ch)] for ch in out) + ", " +
                     " ".join(speak_letter(rng, ch) if ch.isalpha() else UNIT_W[int(ch)] for ch in inw), "POSTCODE", case.gid()))
        case.a(distractor(rng, "UK") + ", " + pick(rng, ["anything else i can help with", "bear with me", "that's all updated"]))
    else:
        case.c(pick(rng, ["hi, applying for the grant and it wants my NI", "Hello - update my details please", "Morning, re my pension"]))
        case.a("Of course. Please confirm your National Insurance number.")
        fmt = rng.randrange(5)
        v = [ni, ni.lower(), "%s %s %s %s %s" % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8]), "%s-%s-%s" % (ni[:2], ni[2:8], ni[8]), "%s %s %s" % (ni[:2].lower(), ni[2:8], ni[8])][fmt]
        case.c(pick(rng, ["NI: ", "ni no. ", "its ", "National Insurance number ", "NINO "]), V(v, "NI_NUMBER", case.gid()),
               pick(rng, ["", " thanks", ". " + distractor(rng, "UK").capitalize()]))
        case.a("Thanks, I can see your record. " + distractor(rng, "UK").capitalize() + ".")
        note = "typed NI number variant %d" % fmt
    case.note = note + " (%s, UK)" % ind
    return case


def bank_case(rng, region, asr):
    case = Case("")
    ind = opener(rng, case, region, pick(rng, ["banking", "utilities", "telecom", "insurance", "government"]), asr)
    uk = region != "US"
    note = ""
    if region == "UK":
        acct = "".join(rng.choice("0123456789") for _ in range(8))
        sc = "%02d%02d%02d" % (rng.randint(1, 99), rng.randint(0, 99), rng.randint(0, 99))
        case.c(pick(rng, ["i want to set up a direct debit", "Need to change the bank account my payments come from", "hi, switching my payments to a new account"]))
        case.a(pick(rng, ["no problem, what's the sort code", "sure, sort code first please"]))
        if asr:
            case.c(pick(rng, ["", "it's "]), V(speak_groups(rng, [sc[:2], sc[2:4], sc[4:]], True, fancy=0.5, filler=0.2), "SORT_CODE", case.gid()))
            case.a("and the account number")
            g = case.gid()
            if rng.random() < 0.5:
                case.c(V(speak_digits(rng, acct[:4], True), "BANK_ACCOUNT", g))
                case.a(pick(rng, BACKCH))
                case.c(V(speak_digits(rng, acct[4:], True), "BANK_ACCOUNT", g))
                note = "ASR sort code + account number split"
            else:
                case.c(pick(rng, ["", "um "]), V(speak_digits(rng, acct, True, filler=0.15), "BANK_ACCOUNT", g))
                note = "ASR sort code + account number"
            if rng.random() < 0.5:
                case.a("reading that back, sort code ", V(speak_groups(rng, [sc[:2], sc[2:4], sc[4:]], True, fancy=0.2), "SORT_CODE", case.gid()),
                       ", account ", V(speak_digits(rng, acct, True, fancy=0.2), "BANK_ACCOUNT", case.gid()))
                note += "; agent read-back"
        else:
            case.c(pick(rng, ["sort code ", "S/C: ", "sortcode "]), V(pick(rng, ["%s-%s-%s", "%s %s %s", "%s%s%s"]) % (sc[:2], sc[2:4], sc[4:]), "SORT_CODE", case.gid()),
                   pick(rng, [" acc ", ", acct no: ", " a/c "]), V(pick(rng, [acct, acct[:4] + " " + acct[4:]]), "BANK_ACCOUNT", case.gid()))
            note = "typed sort code + account number"
    elif region == "US":
        acct = "".join(rng.choice("0123456789") for _ in range(rng.randint(9, 12)))
        case.c(pick(rng, ["hi i wanna set up autopay from checking", "i need to update my direct deposit"]))
        case.a("sure, what's the account number" + pick(rng, ["", ", not the routing number, the account number"]))
        if asr:
            cut = rng.randint(3, len(acct) - 3)
            g = case.gid()
            case.c(V(speak_digits(rng, acct[:cut], False), "BANK_ACCOUNT", g), pick(rng, [" uh i think, yeah ", " ... hang on ", " "]),
                   V(speak_digits(rng, acct[cut:], False), "BANK_ACCOUNT", g))
            note = "ASR US account number"
        else:
            case.c(pick(rng, ["checking acct # ", "acct: ", "account number "]), V(acct, "BANK_ACCOUNT", case.gid()))
            note = "typed US account number"
        case.a("thanks, " + distractor(rng, "US"))
    if region in ("IE", "EU") or rng.random() < 0.3:
        ib = gen_iban(rng)
        grp = [ib[i:i + 4] for i in range(0, len(ib), 4)]
        case.a(pick(rng, ["could I have the IBAN please", "and the IBAN for the refund"]))
        if asr:
            parts = []
            for gch in grp:
                w = []
                for ch in gch:
                    w.append(speak_letter(rng, ch, pick(rng, ["plain", "plain", "nato"])) if ch.isalpha() else ("oh" if ch == "0" and rng.random() < 0.5 else UNIT_W[int(ch)]))
                parts.append(" ".join(w))
            g = case.gid()
            h = len(parts) // 2
            case.c(V(", ".join(parts[:h]), "IBAN", g))
            case.a(pick(rng, BACKCH))
            case.c(V(" ".join(parts[h:]), "IBAN", g))
            note += "; ASR IBAN spelled over two turns"
        else:
            v = pick(rng, [" ".join(grp), ib, " ".join(grp).lower(), ib[:4] + " " + ib[4:]])
            case.c(pick(rng, ["IBAN: ", "iban ", "it's "]), V(v, "IBAN", case.gid()))
            note += "; typed IBAN"
    case.a(distractor(rng, region) + pick(rng, [", all set", ", that's updated", ""]))
    case.note = note.strip("; ") + " (%s, %s)" % (ind, region)
    return case


def contact_case(rng, region, asr):
    case = Case("")
    ind = opener(rng, case, region, None, asr)
    uk = region != "US"
    fn, ln = pick(rng, FIRST), pick(rng, LAST)
    case.c(pick(rng, ["i need to update my contact details", "I've moved house and need to change my address", "hi can you change my phone number and email"]))
    notes = []
    # phone
    case.a(pick(rng, ["what's the best number to reach you on", "what's the new phone number"]))
    if region == "UK":
        d = "07" + "".join(rng.choice("0123456789") for _ in range(9))
        intl = "44" + d[1:]
    elif region == "US":
        d = str(rng.randint(201, 989)) + str(rng.randint(200, 989)) + "%04d" % rng.randint(0, 9999)
        intl = "1" + d
    else:
        d = "08" + rng.choice("35679") + "".join(rng.choice("0123456789") for _ in range(7))
        intl = ("353" + d[1:]) if region == "IE" else ("49" + "15" + "".join(rng.choice("0123456789") for _ in range(9)))
    use_intl = rng.random() < 0.4
    if asr:
        g = case.gid()
        if use_intl:
            cc = intl[:len(intl) - len(d) + 1]
            case.c(pick(rng, ["", "it's "]), V("plus " + speak_digits(rng, cc, uk, fancy=0.3) + " " + speak_groups(rng, [intl[len(cc):len(cc) + 4], intl[len(cc) + 4:]], uk), "PHONE", g))
            notes.append("ASR international phone")
        elif rng.random() < 0.5:
            case.c(V(speak_digits(rng, d[:5], uk), "PHONE", g))
            case.a(pick(rng, BACKCH))
            case.c(V(speak_groups(rng, [d[5:8], d[8:]], uk, filler=0.3), "PHONE", g))
            notes.append("ASR phone split over turns")
        else:
            case.c(pick(rng, ["", "um it's "]), V(speak_groups(rng, [d[:5], d[5:]] if uk else [d[:3], d[3:6], d[6:]], uk, filler=0.2), "PHONE", g))
            notes.append("ASR national phone")
        if rng.random() < 0.4:
            case.a("so that's ", V(speak_digits(rng, intl if use_intl else d, uk, fancy=0.1) if not use_intl else "plus " + speak_digits(rng, intl, uk, fancy=0.1), "PHONE", case.gid()))
            notes.append("read-back")
    else:
        if region == "UK":
            v = pick(rng, [d[:5] + " " + d[5:], d, "+44 " + d[1:5] + " " + d[5:], "+44 (0)" + d[1:5] + " " + d[5:], "0044" + d[1:]])
        elif region == "US":
            v = pick(rng, ["(%s) %s-%s" % (d[:3], d[3:6], d[6:]), "%s-%s-%s" % (d[:3], d[3:6], d[6:]), "+1 %s %s %s" % (d[:3], d[3:6], d[6:]), "%s.%s.%s" % (d[:3], d[3:6], d[6:])])
        else:
            v = pick(rng, ["+" + intl, d[:3] + " " + d[3:6] + " " + d[6:], "+%s %s" % (intl[:3] if region == "IE" else intl[:2], intl[3:] if region == "IE" else intl[2:])])
        case.c(pick(rng, ["mob: ", "new number ", "tel ", "Phone - ", ""]), V(v, "PHONE", case.gid()))
        notes.append("typed phone")
    # email
    case.a(pick(rng, ["and an email address", "what's your email"]))
    dom = pick(rng, DOMAINS_UK if region == "UK" else DOMAINS_US if region == "US" else DOMAINS_IE)
    num2 = str(rng.randint(1, 99)) if rng.random() < 0.4 else ""
    sep = pick(rng, [".", "_", ""])
    local = (fn[0] if rng.random() < 0.4 else fn) + sep + ln + num2
    if asr:
        sw = {".": " dot ", "_": " underscore ", "": " "}[sep]
        lw = (fn[0] if len(local.split(sep)[0]) == 1 else fn) if sep else local
        if sep:
            spoken_local = local.split(sep)[0] + sw + ln
        else:
            spoken_local = " ".join(local[:len(local) - len(num2)]) if rng.random() < 0.3 else local[:len(local) - len(num2)]
        if num2:
            spoken_local += " " + " ".join(UNIT_W[int(x)] for x in num2)
        spoken = spoken_local + " at " + dom.replace(".", " dot ")
        if dom.endswith(".uk") or dom.endswith(".ie"):
            spoken = spoken[:-2] + " ".join(spoken[-2:])
        case.c(pick(rng, ["it's ", "yeah it's ", ""]), V(spoken, "EMAIL", case.gid()))
        notes.append("spoken email")
    else:
        e = local + "@" + dom
        e = pick(rng, [e, e.title(), e.upper() if rng.random() < 0.2 else e])
        case.c(pick(rng, ["email: ", "e-mail ", "its ", ""]), V(e, "EMAIL", case.gid()), pick(rng, ["", " ta", " thx"]))
        notes.append("typed email")
    # address + postcode
    if rng.random() < 0.75:
        case.a(pick(rng, ["and the new address", "can I take the first line of the address and the postcode"]))
        if region == "UK":
            st, town = pick(rng, UK_STREETS), pick(rng, UK_TOWNS)
            o, i = gen_uk_postcode(rng)
            pc = pick(rng, [o + " " + i, (o + " " + i).lower(), o + i])
        elif region == "US":
            st, town = pick(rng, US_STREETS), pick(rng, US_TOWNS)
            pc = "%05d" % rng.randint(1001, 99950) + ("-%04d" % rng.randint(0, 9999) if rng.random() < 0.3 else "")
        else:
            st, town = pick(rng, IE_STREETS), pick(rng, IE_TOWNS)
            o, i = gen_uk_postcode(rng)
            pc = None
        hn = rng.randint(1, 250)
        flat = rng.randint(1, 12) if rng.random() < 0.3 else None
        if asr:
            addr = ("flat %s, " % num_words(flat) if flat else "") + num_words(hn, uk) + " " + st.lower()
            case.c(pick(rng, ["it's ", "", "um "]), V(addr, "ADDRESS", case.gid()), " in " + town.lower().split(",")[0])
            if pc:
                if region == "UK":
                    spc = " ".join(speak_letter(rng, ch) if ch.isalpha() else UNIT_W[int(ch)] for ch in o) + " " + " ".join(speak_letter(rng, ch) if ch.isalpha() else UNIT_W[int(ch)] for ch in i)
                else:
                    spc = speak_digits(rng, pc.replace("-", ""), False, fancy=0.3)
                case.a("and the postcode" if uk else "and the zip")
                case.c(V(spc, "POSTCODE", case.gid()))
            notes.append("spoken address")
        else:
            addr = ("Flat %d, " % flat if flat else "") + str(hn) + " " + st
            segs = [V(addr, "ADDRESS", case.gid()), ", " + town]
            if pc:
                segs += [", " if region == "UK" else " ", V(pc, "POSTCODE", case.gid())]
            case.c(*segs)
            notes.append("typed address")
    case.a(pick(rng, ["lovely, that's all updated", "great, all changed"]) + ", " + distractor(rng, region))
    case.note = "contact update: " + ", ".join(notes) + " (%s, %s)" % (ind, region)
    return case


def dob_case(rng, region, asr):
    case = Case("")
    ind = opener(rng, case, region, pick(rng, ["healthcare billing", "insurance", "travel", "telecom"]), asr)
    uk = region != "US"
    y, m, d = rng.randint(1935, 2006), rng.randint(1, 12), rng.randint(1, 28)
    case.c(pick(rng, ["hi i'm calling about a bill", "hello, question about my booking", "I need to check my cover"]))
    case.a(pick(rng, ["can I take your date of birth", "first I need your date of birth please"]))
    yw = num_words(y // 100) + " " + num_words(y % 100) if y % 100 > 9 else num_words(y, uk)
    if asr:
        v = pick(rng, ["%s of %s %s" % (ordinal_words(d), MONTHS[m - 1], yw), "%s the %s, %s" % (MONTHS[m - 1], ordinal_words(d), yw),
                       "%s %s %s" % (speak_digits(rng, "%02d" % d, uk, fancy=0.5), speak_digits(rng, "%02d" % m, uk, fancy=0), yw),
                       "the %s of %s um %s" % (ordinal_words(d), MONTHS[m - 1], yw)])
        case.c(pick(rng, ["yeah it's ", "", "it's "]), V(v, "DOB", case.gid()))
        if rng.random() < 0.4:
            case.a("so ", V("%s %s %s" % (ordinal_words(d), MONTHS[m - 1], yw), "DOB", case.gid()), pick(rng, [", thanks", ", lovely"]))
    else:
        v = pick(rng, ["%02d/%02d/%d" % (d, m, y) if uk else "%02d/%02d/%d" % (m, d, y), "%s %s %d" % (ordinal_suffix(d), MONTHS[m - 1].title(), y),
                       "%d.%d.%d" % (d, m, y), "%d-%02d-%02d" % (y, m, d), "%d %s %d" % (d, MON3[m - 1].title(), y)])
        case.c(pick(rng, ["DOB ", "dob: ", "born ", "d.o.b "]), V(v, "DOB", case.gid()))
    case.a(pick(rng, ["thanks, your appointment is on the ", "thanks, the payment date is the "]) + "%s of %s" % (ordinal_suffix(rng.randint(1, 28)), pick(rng, MONTHS).title()))
    if rng.random() < 0.6:
        case.a(pick(rng, ["and the postcode on the account", "and the post code"]) if uk else "and your zip code")
        if uk:
            o, i = gen_uk_postcode(rng)
            case.c(V(pick(rng, [o + " " + i, (o + i).lower(), o + " " + i.lower()]) if not asr else
                     " ".join(speak_letter(rng, ch) if ch.isalpha() else UNIT_W[int(ch)] for ch in o + i), "POSTCODE", case.gid()))
        else:
            z = "%05d" % rng.randint(1001, 99950)
            case.c(V(z if not asr else speak_digits(rng, z, False), "POSTCODE", case.gid()))
    case.a(distractor(rng, region))
    case.note = "date-of-birth verification with appointment-date distractor (%s, %s)" % (ind, region)
    return case


def mixed_card_id_case(rng):
    """Real card + real SSN/NI in the same call, alongside lookalikes."""
    uk = rng.random() < 0.5
    region = "UK" if uk else "US"
    case = Case("")
    ind = opener(rng, case, region, pick(rng, ["banking", "insurance", "government"]))
    case.c("i was told to call to reactivate my card")
    if uk:
        ni = gen_ni(rng)
        pol = gen_ni(rng)
        case.a("okay first the national insurance number, not the policy number")
        case.c("the policy number's %s %s %s %s %s, but my national insurance is " % (pol[:2].lower(), pol[2:4], pol[4:6], pol[6:8], pol[8].lower()),
               V(" ".join(speak_letter(rng, x, "plain") for x in ni[:2]) + " " + speak_groups(rng, [ni[2:4], ni[4:6], ni[6:8]], True, alnum=True) + " " + ni[8].lower(), "NI_NUMBER", case.gid()))
    else:
        s = gen_ssn(rng)
        case.a("sure, i'll need the social, not the member id")
        case.c("member id is %s, and the social is " % speak_groups(rng, ["%03d" % rng.randint(100, 899), "%02d" % rng.randint(10, 99), "%04d" % rng.randint(1000, 9999)], False),
               V(speak_groups(rng, [s[:3], s[3:5], s[5:]], False), "SSN", case.gid()))
    num = gen_card(rng)
    fake = gen_card(rng)
    case.a("thanks, and the long number on the new card, not the one on the letter")
    case.c("the letter says reference %s" % " ".join(card_groups(fake)) + pick(rng, [", but the card itself is ", " and the card is "]),
           V(speak_groups(rng, card_groups(num), uk, filler=0.2), "CARD_NUMBER", case.gid()))
    case.a("great, the card ending ", V(speak_digits(rng, num[-4:], uk, fancy=0), "CARD_NUMBER", case.gid(), partial=True), " is now active, " + distractor(rng, region))
    case.note = "real %s and card beside a Luhn-valid reference number and an id-shaped policy/member number (%s, %s)" % ("NI" if uk else "SSN", ind, region)
    return case


# ---------------------------------------------------------------- negatives
def neg_case(rng, k):
    region = pick(rng, ["UK", "US", "IE", "EU", "UK", "US"])
    uk = region != "US"
    case = Case("")
    asr = rng.random() < 0.6
    kind = k % 12
    ind = opener(rng, case, region, pick(rng, [["banking"], ["insurance", "healthcare billing"], ["insurance"], ["utilities"],
                                               ["retail"], ["travel"], ["retail", "travel"], ["banking", "telecom", "utilities"],
                                               ["utilities"], ["retail"], ["healthcare billing"], ["banking", "retail", "telecom"]][kind]), asr)
    cur = {"UK": "pounds", "US": "dollars", "IE": "euro", "EU": "euro"}[region]
    if kind == 0:
        n = gen_card(rng)
        case.c("i'm chasing my new card, it hasn't come")
        case.a("i can see it was dispatched, the royal mail tracking number is " + (speak_groups(rng, card_groups(n), uk) if asr else " ".join(card_groups(n))))
        case.c("and the old card ending %s, is that cancelled" % pick(rng, ["%04d" % rng.randint(0, 9999), speak_digits(rng, "%04d" % rng.randint(0, 9999), uk, fancy=0)]))
        case.a("yes the card ending in %s was cancelled on the %s of %s" % (speak_digits(rng, "%04d" % rng.randint(0, 9999), uk, fancy=0.3), ordinal_words(rng.randint(1, 28)), pick(rng, MONTHS)))
        note = "Luhn-valid 16-digit tracking number read in card rhythm; last-four mentions"
    elif kind == 1:
        case.c("i've got a question about claim %s" % (speak_groups(rng, ["%03d" % rng.randint(100, 899), "%02d" % rng.randint(10, 99), "%04d" % rng.randint(1000, 9999)], uk) if asr else "%03d-%02d-%04d" % (rng.randint(100, 899), rng.randint(10, 99), rng.randint(1000, 9999))))
        case.a("that claim's for %s %s, it was approved on the %s" % (num_words(rng.randint(120, 4000)), cur, ordinal_suffix(rng.randint(1, 28))))
        case.c("and the member id on my card is %d, does that matter" % rng.randint(10 ** 8, 10 ** 9 - 1))
        case.a("no that's fine, payment should land within %d working days" % rng.randint(3, 10))
        note = "SSN-shaped claim number and 9-digit member id on card"
    elif kind == 2:
        p = gen_ni(rng)
        case.c("my policy number is " + ("%s %s %s" % (" ".join(speak_letter(rng, x) for x in p[:2]), speak_groups(rng, [p[2:4], p[4:6], p[6:8]], True, alnum=True), p[8].lower()) if asr else p))
        case.a("thanks, the renewal premium is %s%d.%02d, up %d percent" % ("£" if uk else "$", rng.randint(200, 1500), rng.randint(0, 99), rng.randint(2, 30)))
        case.c("that's a lot, i've had no claims for %s years" % num_words(rng.randint(2, 15)))
        note = "NI-shaped policy number said with its label; premium and percentage"
    elif kind == 3:
        r = "%06d" % rng.randint(0, 999999)
        case.c("i want to give a meter reading, it's " + (speak_digits(rng, r, uk) if asr else r))
        case.a("thanks and the meter serial number")
        s = "%02d%s%05d" % (rng.randint(10, 99), pick(rng, ["E", "K", "L"]), rng.randint(0, 99999))
        case.c(" ".join(s.lower()) if asr else s)
        case.a("lovely, your next bill will be around %s %s on the %s" % (num_words(rng.randint(40, 300)), cur, ordinal_suffix(rng.randint(1, 28))))
        note = "meter reading and meter serial read digit by digit"
    elif kind == 4:
        o = "%d" % rng.randint(10 ** 9, 10 ** 10 - 1)
        case.c("order number " + (speak_groups(rng, [o[:4], o[4:7], o[7:]], uk) if asr else o) + ", the card machine i ordered is broken")
        sn = "%04d %04d %04d %04d" % tuple(rng.randint(0, 9999) for _ in range(4))
        case.a("can you read me the serial on the back of the card reader")
        case.c(speak_groups(rng, sn.split(), uk) if asr else sn)
        case.a("thanks, replacement model %s will ship for %s%d.99" % (pick(rng, ["T650", "PAX A920", "V240m"]), "£" if uk else "$", rng.randint(19, 99)))
        note = "card-reader serial in 4x4 card rhythm with card words nearby"
    elif kind == 5:
        case.c("my flight's %s%d, can i change seat %d%s" % (pick(rng, ["ba", "ei", "fr", "ua"]), rng.randint(100, 9999), rng.randint(1, 40), pick(rng, "abcdef")))
        case.a("booking reference %s, departing %s at %02d:%02d from gate %d" % ("".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6)), pick(rng, MONTHS).title(), rng.randint(0, 23), rng.choice([0, 15, 30, 45]), rng.randint(1, 60)))
        case.c("and my hotel room is %d for %s nights" % (rng.randint(100, 2400), num_words(rng.randint(2, 14))))
        case.a("the fare difference is %s%d" % ("£" if uk else "$", rng.randint(20, 400)))
        note = "travel: flight, seat, gate, room, times, booking ref"
    elif kind == 6:
        v = "%016d" % rng.randint(0, 10 ** 16 - 1)
        case.c("the gift voucher code is %s, it says not valid" % (" ".join(v[i:i + 4] for i in range(0, 16, 4))))
        case.a("that voucher expired on the %s of %s %d, i can reissue it for %s%d" % (ordinal_suffix(rng.randint(1, 28)), pick(rng, MONTHS).title(), rng.randint(2020, 2025), "£" if uk else "$", rng.randint(5, 200)))
        note = "16-digit voucher code in card grouping; expiry of voucher (not card expiry)"
    elif kind == 7:
        case.c("my account's %s behind, i owe %s%s" % (pick(rng, ["two months", "six weeks", "ninety days"]), "£" if uk else "$", "{:,}".format(rng.randint(200, 20000))))
        case.a("i can set up a plan of %s a month over %s months starting the %s" % (num_words(rng.randint(20, 500)), num_words(rng.choice([6, 12, 18, 24])), ordinal_words(rng.randint(1, 28))))
        case.c("okay, the letter reference was %s" % speak_groups(rng, ["%02d" % rng.randint(10, 99), "%02d" % rng.randint(10, 99), "%02d" % rng.randint(10, 99)], uk))
        note = "arrears amounts, plan, sort-code-shaped letter reference"
    elif kind == 8:
        case.c("the thermostat says %d degrees and the boiler pressure's %d.%d bar" % (rng.randint(12, 30), rng.randint(0, 2), rng.randint(0, 9)))
        case.a("an engineer can come %s between %s and %s, the job number is %s" % (pick(rng, ["tuesday", "friday the 14th", "on the 3rd"]), pick(rng, ["8", "eight am", "9:30"]), pick(rng, ["1", "noon", "13:00"]),
                                                                               speak_groups(rng, ["%04d" % rng.randint(0, 9999), "%04d" % rng.randint(0, 9999)], uk)))
        case.c("and the boiler model is %d-%d, bought in %d" % (rng.randint(100, 999), rng.randint(10, 99), rng.randint(2005, 2023)))
        note = "temperatures, times, job number read in groups, model number, year"
    elif kind == 9:
        t = "%d%d" % (rng.randint(10 ** 8, 10 ** 9 - 1), rng.randint(10 ** 8, 10 ** 9 - 1))
        case.c("the parcel tracking is " + (speak_digits(rng, t, uk) if asr else t))
        case.a("that's out for delivery, it's on the %s road, should be with you by %s" % (pick(rng, ["A40", "M25", "I-95", "Route 66", "N7", "B4009"]), pick(rng, ["4 pm", "half five", "six o'clock"])))
        case.c("my invoice says INV-%d-%05d for %d items" % (rng.randint(2021, 2026), rng.randint(0, 99999), rng.randint(2, 40)))
        note = "18-digit tracking number, road names, invoice number"
    elif kind == 10:
        case.c("i'm %s years old and my prescription number is %d" % (num_words(rng.randint(30, 95)), rng.randint(10 ** 7, 10 ** 8 - 1)))
        case.a("your statement from the %s shows %s%d.%02d for %s appointments, invoice %s" % (ordinal_suffix(rng.randint(1, 28)), "£" if uk else "$", rng.randint(30, 900), rng.randint(0, 99), num_words(rng.randint(2, 9)),
                                                                                         speak_groups(rng, ["%03d" % rng.randint(100, 899), "%03d" % rng.randint(0, 999), "%03d" % rng.randint(0, 999)], uk)))
        case.c("and the nhs number?" if uk else "and the group number on my insurance card is %d" % rng.randint(10 ** 5, 10 ** 7))
        note = "healthcare billing: age, prescription number, 9-digit invoice in SSN-like groups, group number"
    else:
        case.c("you charged my card twice, the card ending %s" % pick(rng, ["%04d" % rng.randint(0, 9999), speak_digits(rng, "%04d" % rng.randint(0, 9999), uk)]))
        case.a("i see two transactions of %s%d.%02d on the %s, transaction ids %d and %d" % ("£" if uk else "$", rng.randint(5, 500), rng.randint(0, 99), ordinal_suffix(rng.randint(1, 28)), rng.randint(10 ** 11, 10 ** 12), rng.randint(10 ** 11, 10 ** 12)))
        case.c("how long for the refund")
        case.a("three to five working days, your refund reference is %s" % speak_groups(rng, ["%04d" % rng.randint(0, 9999) for _ in range(4)], uk))
        note = "double charge: last four, amounts, 12-digit transaction ids, refund ref in card rhythm"
    if rng.random() < 0.6:
        case.c(distractor(rng, region).capitalize() + pick(rng, ["", ", right?", " isn't it"]))
    case.a(pick(rng, ["is there anything else", "anything else today", "thanks for calling"]))
    case.note = note + " (%s, %s)" % (ind, region)
    return case


# ----------------------------------------------------------------------------
def generate():
    rng = random.Random(505241125)
    pos = []
    plan = (["card_asr"] * 40 + ["card_typed"] * 25 + ["ssn_asr"] * 18 + ["ssn_typed"] * 12 + ["ni_asr"] * 18 + ["ni_typed"] * 12
            + ["bank"] * 28 + ["contact"] * 28 + ["dob"] * 14 + ["mixed"] * 14)
    rng.shuffle(plan)
    for p in plan:
        region = pick(rng, ["UK", "US", "IE", "EU"])
        if p == "card_asr":
            c = card_asr(rng, region)
        elif p == "card_typed":
            c = card_typed(rng, region)
        elif p.startswith("ssn"):
            c = ssn_case(rng, p.endswith("asr"))
        elif p.startswith("ni"):
            c = ni_case(rng, p.endswith("asr"))
        elif p == "bank":
            c = bank_case(rng, pick(rng, ["UK", "UK", "US", "IE", "EU"]), rng.random() < 0.55)
        elif p == "contact":
            c = contact_case(rng, pick(rng, ["UK", "US", "IE", "UK", "US"]), rng.random() < 0.55)
        elif p == "dob":
            c = dob_case(rng, pick(rng, ["UK", "US", "IE"]), rng.random() < 0.5)
        else:
            c = mixed_card_id_case(rng)
        pos.append(c)
    neg = [neg_case(rng, k) for k in range(110)]
    rows, groups_all = [], []
    for kind, lst, pre in (("positive", pos, "pos"), ("negative", neg, "neg")):
        for i, c in enumerate(lst, 1):
            turns, spans, groups = c.build()
            row = {"id": "h505-%s-%03d" % (pre, i), "kind": kind, "turns": turns, "spans": spans, "note": c.note}
            rows.append(row)
            groups_all.append(groups)
    text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    return rows, groups_all, text


def verify(rows, groups_all):
    errs = []
    ids = [r["id"] for r in rows]
    if len(set(ids)) != len(ids):
        errs.append("duplicate ids")
    counts = Counter()
    for r, groups in zip(rows, groups_all):
        if r["kind"] not in ("positive", "negative"):
            errs.append("%s bad kind" % r["id"])
        if r["kind"] == "negative" and r["spans"]:
            errs.append("%s negative with spans" % r["id"])
        if r["kind"] == "positive" and not r["spans"]:
            errs.append("%s positive without spans" % r["id"])
        for t in r["turns"]:
            if t["speaker"] not in ("customer", "agent") or not t["text"]:
                errs.append("%s bad turn" % r["id"])
        by_turn = {}
        for s in r["spans"]:
            counts[s["type"]] += 1
            if s["type"] not in TYPES:
                errs.append("%s bad type" % r["id"])
            if not (0 <= s["turn"] < len(r["turns"])):
                errs.append("%s turn out of range" % r["id"]); continue
            tx = r["turns"][s["turn"]]["text"]
            a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(tx)):
                errs.append("%s offsets out of range" % r["id"]); continue
            if not (tx[a].isalnum() or (s["type"] == "PHONE" and tx[a] in "+(")) or not tx[b - 1].isalnum():
                errs.append("%s span edge not alnum: %r" % (r["id"], tx[a:b]))
            if (a > 0 and tx[a - 1].isalnum()) or (b < len(tx) and tx[b].isalnum()):
                errs.append("%s span not on word boundary: %r" % (r["id"], tx[a:b]))
            by_turn.setdefault(s["turn"], []).append((a, b))
        for lst in by_turn.values():
            lst.sort()
            for (a1, b1), (a2, b2) in zip(lst, lst[1:]):
                if a2 < b1:
                    errs.append("%s overlapping spans" % r["id"])
        has_full_card = False
        for g in groups.values():
            val = " ".join(r["turns"][ti]["text"][a:b] for ti, a, b in g["parts"])
            try:
                ok = validate(g["type"], val, g["partial"])
            except Exception as e:  # noqa
                ok = False
                errs.append("%s %s normaliser error %s" % (r["id"], g["type"], e))
            if not ok:
                errs.append("%s invalid %s value %r" % (r["id"], g["type"], val))
            if g["type"] == "CARD_NUMBER" and not g["partial"]:
                has_full_card = True
        if any(g["partial"] for g in groups.values()) and not has_full_card:
            errs.append("%s last-four labelled without full card" % r["id"])
    npos = sum(r["kind"] == "positive" for r in rows)
    nneg = len(rows) - npos
    if npos < 200 or nneg < 100:
        errs.append("too few cases %d/%d" % (npos, nneg))
    for t, m in MIN_SPANS.items():
        if counts[t] < m:
            errs.append("too few %s spans: %d < %d" % (t, counts[t], m))
    return errs, counts, npos, nneg


def readme(counts, npos, nneg, rows):
    lines = [
        "# pii_holdout505 — held-out PII redaction evaluation set",
        "",
        "> **Never use this set for tuning.** Do not adjust patterns, thresholds, word lists or",
        "> models against these cases, and do not copy phrasings from them into training or",
        "> development data. It exists only to measure the redaction engine. Once it has been",
        "> used for tuning it is no longer a held-out set and must be replaced.",
        "",
        "## Provenance",
        "",
        "Written by an AI helper acting as an independent test author. The author did not see",
        "the redaction code, its tests, docs or other fixtures; cases were designed only from a",
        "written brief describing the PII types and annotation conventions. All values are",
        "synthetic, produced by `scripts/make_pii_holdout505.py` (Python standard library only,",
        "one generator `random.Random(505241125)`). Every turn is assembled from plain-text",
        "segments and labelled value segments, so offsets are computed, never hand-typed.",
        "",
        "Regenerate: `python scripts/make_pii_holdout505.py`. Verify: `python scripts/make_pii_holdout505.py --check`",
        "(byte-identical regeneration, unique ids, offsets in range / on word boundaries /",
        "non-overlapping, and every labelled value validated after normalising spoken forms:",
        "Luhn for cards, mod-97 for IBANs, NI format, 9-digit SSN rules, 6-digit sort codes,",
        "UK postcode / US ZIP shapes, phone digit counts, e-mail shape, date shapes).",
        "",
        "## Format",
        "",
        "`cases.jsonl`, one case per line: `id`, `kind` (`positive`/`negative`), `turns`",
        "(`speaker` is `customer` or `agent`, `text`), `spans` (`turn`, `start`, `end` as Python",
        "character offsets into that turn's text, end exclusive, `type`) and `note`.",
        "",
        "Content mixes typed chat/e-mail (labels such as `acct no:`, `cc numbr`, separators, odd",
        "grouping, case variation) and lower-case ASR call transcripts (numbers as words, oh / o /",
        "nought / zero, double / triple, pairs like `forty one`, hundreds like `four hundred and",
        "twelve`, letter spelling `b for bravo`, spoken e-mails, values split over turns with",
        "back-channels, read-backs, fillers, asides and restarted readings). Industries: banking,",
        "telecom, utilities, retail, insurance, travel, healthcare billing, government; regions",
        "UK, US, Ireland, EU. Emphasis: dangerous negatives — non-PII numbers said in the rhythm of",
        "cards, SSNs and NI numbers with card / id words nearby, often in the same call as real values.",
        "",
        "## Annotation conventions",
        "",
        "- A span covers exactly the value from its first letter/digit to its last; lead-in words",
        "  (`it's`, `my number is`, `card no:`) are outside. Phone spans include the country code,",
        "  including a leading `+` or the spoken word `plus`, and the opening bracket of a typed",
        "  US area code such as `(415) 555-0134`.",
        "- A value split across turns gets one span per turn, each with the value's type. Agent",
        "  read-backs are labelled too.",
        "- Filler words spoken inside a reading (`um`, `uh`, `er`, `erm`) are inside the span, as are",
        "  spelling aids inside NI numbers/IBANs/postcodes (`b for bravo`).",
        "- An aside in the middle of a reading (`hang on the light's bad`) is outside: the reading is",
        "  labelled as two spans of the same type on either side of the aside.",
        "- A restarted reading: the abandoned fragment of two or three digits before `sorry`/`start again`",
        "  is not labelled; the complete restarted reading is.",
        "- ADDRESS covers the flat/house number and street, not the town; the postcode/ZIP is a",
        "  separate POSTCODE span. DOB and EXPIRY cover the whole date expression.",
        "- A card's last four on their own (`card ending 4821`) are not PII, unless the full card",
        "  number was read in the same case, in which case they are labelled CARD_NUMBER.",
        "- Never labelled: amounts, balances, prices, times, opening hours, durations, counts, ages,",
        "  temperatures, percentages, years, appointment/payment/contract/voucher dates, order /",
        "  ticket / invoice / claim / reference / tracking / serial / model / policy / member / voucher /",
        "  transaction numbers said with their label (even when Luhn-valid or SSN/NI shaped), meter",
        "  readings, flight/room/gate/seat numbers, road names, card last-four mentions.",
        "",
        "## Counts",
        "",
        "| | count |",
        "|---|---:|",
        "| positive cases | %d |" % npos,
        "| negative cases | %d |" % nneg,
        "| turns | %d |" % sum(len(r["turns"]) for r in rows),
        "",
        "| span type | spans |",
        "|---|---:|",
    ]
    for t in TYPES:
        lines.append("| %s | %d |" % (t, counts[t]))
    lines.append("| **total** | %d |" % sum(counts.values()))
    lines.append("")
    return "\n".join(lines)


def main():
    check = "--check" in sys.argv[1:]
    rows, groups_all, text = generate()
    errs, counts, npos, nneg = verify(rows, groups_all)
    rd = readme(counts, npos, nneg, rows)
    if check:
        for path, want in ((CASES, text), (README, rd)):
            try:
                with open(path, encoding="utf-8") as f:
                    have = f.read()
            except OSError:
                have = None
            if have != want:
                errs.append("%s is not byte-identical to regenerated output" % os.path.relpath(path, ROOT))
        if not errs:
            with open(CASES, encoding="utf-8") as f:
                for line in f:
                    json.loads(line)
    if errs:
        for e in errs[:60]:
            print("ERROR:", e)
        print("%d error(s)" % len(errs))
        return 1
    if not check:
        os.makedirs(OUT_DIR, exist_ok=True)
        with open(CASES, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
        with open(README, "w", encoding="utf-8", newline="\n") as f:
            f.write(rd)
    print("%s: %d positive, %d negative; spans: %s" % ("check OK" if check else "wrote", npos, nneg,
                                                     ", ".join("%s=%d" % (t, counts[t]) for t in TYPES)))
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Generate the pii_holdout333 held-out PII redaction evaluation set.

Usage:
    python scripts/make_pii_holdout333.py           # write cases.jsonl
    python scripts/make_pii_holdout333.py --check   # regenerate and verify

Standard library only. One generator: random.Random(333241125).
Every turn is built from plain-text segments and labelled value segments,
so span offsets are computed, never typed by hand.
"""
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT_DIR = os.path.join(HERE, "..", "tests", "fixtures", "pii_holdout333")
OUT_FILE = os.path.join(OUT_DIR, "cases.jsonl")

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]
MINIMUMS = {t: 10 for t in TYPES}
MINIMUMS.update({"CARD_NUMBER": 70, "SSN": 30, "NI_NUMBER": 30})

# ---------------------------------------------------------------- spoken forms
UNIT_W = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEEN_W = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
          "seventeen", "eighteen", "nineteen"]
TENS_W = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy",
          8: "eighty", 9: "ninety"}
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo",
        "f": "foxtrot", "g": "golf", "h": "hotel", "i": "india", "j": "juliet",
        "k": "kilo", "l": "lima", "m": "mike", "n": "november", "o": "oscar",
        "p": "papa", "q": "quebec", "r": "romeo", "s": "sierra", "t": "tango",
        "u": "uniform", "v": "victor", "w": "whiskey", "x": "x-ray", "y": "yankee",
        "z": "zulu"}
CASUAL = {"a": "apple", "b": "bravo", "c": "charlie", "d": "david", "e": "edward",
          "f": "freddie", "g": "george", "h": "harry", "j": "james", "k": "king",
          "l": "london", "m": "mother", "n": "nancy", "p": "peter", "r": "robert",
          "s": "sugar", "t": "tommy", "w": "william", "x": "x-ray", "y": "yellow",
          "z": "zebra"}
FILLERS = ["um", "uh", "er", "erm"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
       "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
       "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth",
       "twenty first", "twenty second", "twenty third", "twenty fourth", "twenty fifth",
       "twenty sixth", "twenty seventh", "twenty eighth"]


def say_digits(s, rng, zero="oh", pairs=0.25, hundreds=0.12, repeats=0.5):
    """Speak a digit string; the result normalises back to exactly s."""
    out = []
    i = 0
    n = len(s)

    def unit(d):
        return zero if d == "0" else UNIT_W[int(d)]
    while i < n:
        r = rng.random()
        if i + 2 < n and s[i] == s[i + 1] == s[i + 2] and r < repeats:
            out.append("triple " + unit(s[i]))
            i += 3
            continue
        if i + 1 < n and s[i] == s[i + 1] and r < repeats:
            out.append("double " + unit(s[i]))
            i += 2
            continue
        if i == 0 and i + 2 < n and s[i] != "0" and r < hundreds:
            a, b, c = s[i], s[i + 1], s[i + 2]
            tail = None
            if b == "0" and c != "0":
                tail = UNIT_W[int(c)]
            elif b == "1":
                tail = TEEN_W[int(c)]
            elif b >= "2" and c != "0":
                tail = TENS_W[int(b)] + " " + UNIT_W[int(c)]
            if tail:
                out.append(UNIT_W[int(a)] + " hundred and " + tail)
                i += 3
                continue
        if i + 1 < n and rng.random() < pairs:
            a, b = s[i], s[i + 1]
            if a == "1":
                out.append(TEEN_W[int(b)])
                i += 2
                continue
            if a >= "2" and b != "0":
                out.append(TENS_W[int(a)] + " " + UNIT_W[int(b)])
                i += 2
                continue
        out.append(unit(s[i]))
        i += 1
    return " ".join(out)


def say_letter(ch, rng, style):
    c = ch.lower()
    if style == "nato" and c in NATO:
        return "%s for %s" % (c, NATO[c])
    if style == "asin" and c in CASUAL:
        return "%s as in %s" % (c, CASUAL[c])
    return c


def say_alnum(s, rng, zero="oh", letter_style="plain", pairs=0.2):
    """Speak a mixed letter/digit string chunk by chunk."""
    out = []
    for run in re.findall(r"[A-Za-z]|\d+", s):
        if run.isdigit():
            out.append(say_digits(run, rng, zero=zero, pairs=pairs, hundreds=0.05))
        else:
            st = letter_style
            if run.lower() == "o":
                st = "nato"   # a bare spoken "o" would mean zero
            elif letter_style == "mixed":
                st = rng.choice(["nato", "plain", "asin", "plain"])
            out.append(say_letter(run, rng, st))
    return " ".join(out)


def group_str(s, sizes, sep):
    parts, i = [], 0
    for k in sizes:
        if i >= len(s):
            break
        parts.append(s[i:i + k])
        i += k
    if i < len(s):
        parts.append(s[i:])
    return sep.join(parts)


# ---------------------------------------------------------------- normalisers
SKIP = {"um", "uh", "er", "erm", "ah", "dash", "hyphen", "space", "then", "and", "slash"}


def tokens(text):
    return re.findall(r"[A-Za-z]+(?:-[A-Za-z]+)?|\d+", text)


def norm_alnum(text):
    """Spoken/typed mixed string -> canonical upper-case alnum string."""
    toks = [t.lower() for t in tokens(text)]
    rev_nato = {v: k for k, v in NATO.items()}
    rev_cas = {v: k for k, v in CASUAL.items()}
    out = []
    i = 0
    zero_w = {"zero", "oh", "o", "nought", "nil"}

    def unit_val(t):
        if t in zero_w:
            return 0
        if t in UNIT_W:
            return UNIT_W.index(t)
        return None
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if len(t) == 1 and nxt == "for" and i + 2 < len(toks):
            out.append(t.upper())
            i += 3
            continue
        if len(t) == 1 and nxt == "as" and i + 3 < len(toks) and toks[i + 2] == "in":
            out.append(t.upper())
            i += 4
            continue
        if t.isdigit():
            out.append(t)
            i += 1
            continue
        if t in ("double", "triple") and nxt is not None and unit_val(nxt) is not None:
            out.append(str(unit_val(nxt)) * (2 if t == "double" else 3))
            i += 2
            continue
        if t in TEEN_W:
            out.append(str(10 + TEEN_W.index(t)))
            i += 1
            continue
        if t in TENS_W.values():
            tv = [k for k, v in TENS_W.items() if v == t][0]
            if nxt is not None and nxt in UNIT_W[1:]:
                out.append("%d%d" % (tv, UNIT_W.index(nxt)))
                i += 2
            else:
                out.append("%d0" % tv)
                i += 1
            continue
        uv = unit_val(t)
        if uv is not None and not (t == "o" and False):
            if nxt == "hundred":
                j = i + 2
                if j < len(toks) and toks[j] == "and":
                    j += 1
                rest = toks[j] if j < len(toks) else None
                rest2 = toks[j + 1] if j + 1 < len(toks) else None
                if rest in TEEN_W:
                    out.append("%d%d" % (uv, 10 + TEEN_W.index(rest)))
                    i = j + 1
                elif rest in TENS_W.values():
                    tv = [k for k, v in TENS_W.items() if v == rest][0]
                    if rest2 in UNIT_W[1:]:
                        out.append("%d%d%d" % (uv, tv, UNIT_W.index(rest2)))
                        i = j + 2
                    else:
                        out.append("%d%d0" % (uv, tv))
                        i = j + 1
                elif rest is not None and rest in UNIT_W[1:]:
                    out.append("%d0%d" % (uv, UNIT_W.index(rest)))
                    i = j + 1
                else:
                    out.append("%d00" % uv)
                    i = j
                continue
            out.append(str(uv))
            i += 1
            continue
        if t in SKIP:
            i += 1
            continue
        if len(t) == 1 and nxt == "for" and i + 2 < len(toks):
            out.append(t.upper())
            i += 3
            continue
        if len(t) == 1 and nxt == "as" and i + 3 < len(toks) and toks[i + 2] == "in":
            out.append(t.upper())
            i += 4
            continue
        if t in rev_nato:
            out.append(rev_nato[t].upper())
            i += 1
            continue
        if t == "plus":
            i += 1
            continue
        out.append(t.upper())
        i += 1
    return "".join(out)


def norm_email(text):
    if "@" in text:
        return text.strip().lower()
    toks = text.lower().replace(",", " ").split()
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if t in ("um", "uh", "er", "erm"):
            i += 1
        elif t == "at":
            out.append("@")
            i += 1
        elif t == "dot":
            out.append(".")
            i += 1
        elif t == "underscore":
            out.append("_")
            i += 1
        elif t in ("dash", "hyphen"):
            out.append("-")
            i += 1
        elif t in ("zero", "oh"):
            out.append("0")
            i += 1
        elif t in UNIT_W:
            out.append(str(UNIT_W.index(t)))
            i += 1
        elif t == "double" and nxt:
            out.append(nxt * 2 if len(nxt) == 1 else nxt)
            i += 2
        elif len(t) == 1 and nxt == "for":
            out.append(t)
            i += 3
        else:
            out.append(t)
            i += 1
    return "".join(out)


def luhn_ok(d):
    tot = 0
    for k, ch in enumerate(reversed(d)):
        v = int(ch)
        if k % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        tot += v
    return tot % 10 == 0


def iban_ok(s):
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in r)
    return int(num) % 97 == 1


NI_RE = re.compile(r"(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]")
UK_PC_RE = re.compile(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}")
US_ZIP_RE = re.compile(r"\d{5}(\d{4})?")
STREET_SUFFIX = ["street", "road", "avenue", "lane", "close", "drive", "way", "crescent",
                 "court", "place", "terrace", "gardens", "grove", "boulevard", "blvd",
                 "st", "rd", "ave", "ln", "dr", "park", "row", "hill", "walk", "square",
                 "strasse", "rue", "parkway", "pike", "circle"]


def validate_value(typ, text):
    """Validate a complete value (all its spans joined). Returns error or None."""
    if typ == "EMAIL":
        v = norm_email(text)
        return None if re.fullmatch(r"[a-z0-9._%+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+", v) else "bad email %r" % v
    if typ in ("DOB", "EXPIRY"):
        low = text.lower()
        if any(m in low for m in MONTHS) or any(m[:3] in low for m in MONTHS):
            return None
        v = norm_alnum(text)
        return None if re.search(r"\d{3,}", v) else "bad date %r" % text
    if typ == "ADDRESS":
        low = text.lower()
        toks_ = re.findall(r"[a-z]+", low)
        if not (re.match(r"(flat|apartment|apt|unit|no)?\W*\w", low)):
            return "bad address"
        has_num = bool(re.search(r"\d", low)) or any(t in UNIT_W + TEEN_W + list(TENS_W.values()) for t in toks_)
        has_st = any(t in STREET_SUFFIX for t in toks_)
        return None if has_num and has_st else "bad address %r" % text
    v = norm_alnum(text)
    if typ == "CARD_NUMBER":
        return None if v.isdigit() and 13 <= len(v) <= 19 and luhn_ok(v) else "bad card %r" % v
    if typ == "CVV":
        return None if v.isdigit() and len(v) in (3, 4) else "bad cvv %r" % v
    if typ == "SSN":
        return None if v.isdigit() and len(v) == 9 and v[:3] not in ("000", "666") and v[0] != "9" else "bad ssn %r" % v
    if typ == "SORT_CODE":
        return None if v.isdigit() and len(v) == 6 else "bad sort %r" % v
    if typ == "BANK_ACCOUNT":
        return None if v.isdigit() and 6 <= len(v) <= 17 else "bad acct %r" % v
    if typ == "NI_NUMBER":
        return None if NI_RE.fullmatch(v) else "bad ni %r" % v
    if typ == "IBAN":
        return None if iban_ok(v) else "bad iban %r" % v
    if typ == "POSTCODE":
        return None if (UK_PC_RE.fullmatch(v) or US_ZIP_RE.fullmatch(v)) else "bad postcode %r" % v
    if typ == "PHONE":
        return None if v.isdigit() and 9 <= len(v) <= 15 else "bad phone %r" % v
    return "unknown type"


CANON_DIGIT_TYPES = {"CARD_NUMBER", "CVV", "SSN", "SORT_CODE", "BANK_ACCOUNT", "PHONE"}
CANON_ALNUM_TYPES = {"NI_NUMBER", "IBAN", "POSTCODE"}


def canon_of(typ, text):
    if typ == "EMAIL":
        return norm_email(text)
    v = norm_alnum(text)
    if typ in CANON_DIGIT_TYPES:
        return re.sub(r"\D", "", v)
    return v


# ---------------------------------------------------------------- case builder
class Case:
    def __init__(self, kind, note):
        self.kind = kind
        self.note = note
        self.turns = []
        self.spans = []
        self.groups = {}   # gid -> dict(type, canon, mode)
        self.span_groups = []

    def group(self, gid, typ, canon, mode="full"):
        self.groups[gid] = {"type": typ, "canon": canon, "mode": mode}
        return gid

    def turn(self, speaker, *segs):
        text = ""
        ti = len(self.turns)
        for seg in segs:
            if isinstance(seg, tuple):
                gid, val = seg
                typ = self.groups[gid]["type"]
                # a span runs from the value's first letter/digit to its last;
                # leading "+" / "(" and trailing punctuation stay outside.
                m = re.match(r"^([^A-Za-z0-9]*)(.*?)([^A-Za-z0-9]*)$", val, re.S)
                text += m.group(1)
                val, trail = m.group(2), m.group(3)
                start = len(text)
                text += val
                self.spans.append({"turn": ti, "start": start, "end": len(text), "type": typ})
                self.span_groups.append(gid)
                text += trail
            else:
                text += seg
        self.turns.append({"speaker": speaker, "text": text})

    def c(self, *segs):
        self.turn("customer", *segs)

    def a(self, *segs):
        self.turn("agent", *segs)

    def record(self, cid):
        return {"id": cid, "kind": self.kind, "turns": self.turns,
                "spans": self.spans, "note": self.note}


# ---------------------------------------------------------------- value makers
FIRST = ["sarah", "james", "priya", "tomasz", "aoife", "liam", "chloe", "marcus", "fatima",
         "daniel", "niamh", "oliver", "grace", "kwame", "sophie", "ravi", "emma", "connor",
         "isabel", "yusuf", "hannah", "mateo", "lucy", "dmitri", "amara", "ben", "carmen"]
LAST = ["okafor", "smith", "patel", "kowalski", "murphy", "jones", "nguyen", "garcia",
        "brennan", "walsh", "taylor", "ahmed", "fischer", "dubois", "obrien", "clarke",
        "hughes", "rossi", "kelly", "evans", "mendes", "novak", "shah", "barker"]
DOMAINS = ["gmail.com", "hotmail.co.uk", "outlook.com", "yahoo.com", "btinternet.com",
           "eircom.net", "icloud.com", "proton.me", "web.de", "orange.fr", "aol.com"]
STREETS = ["Acacia", "Station", "Church", "Victoria", "Mill", "Park", "Kingsway", "Elm",
           "Beech", "Queens", "Harbour", "Maple", "Oak", "Willow", "Highfield", "Main",
           "Cedar", "Chestnut", "Orchard", "Meadow", "Lincoln", "Washington", "Pine"]
SUFFIX_UK = ["Road", "Street", "Avenue", "Lane", "Close", "Crescent", "Drive", "Gardens",
             "Grove", "Terrace", "Way", "Place"]
SUFFIX_US = ["Street", "Avenue", "Blvd", "Drive", "Lane", "Court", "Parkway", "Rd", "St", "Ave"]
TOWNS_UK = ["Leeds", "Bristol", "Croydon", "Swansea", "Norwich", "Glasgow", "Reading", "Derby"]
TOWNS_US = ["Austin", "Columbus", "Sacramento", "Tampa", "Denver", "Raleigh", "Boise"]
COMPANIES = {
    "banking": ["Northgate Bank", "Harbour Building Society", "Crestline Credit Union"],
    "telecom": ["Vantel Mobile", "Skyline Broadband", "Orbit Telecom"],
    "utilities": ["Brightwater Energy", "Lumen Power", "County Water"],
    "retail": ["Halden Home", "ShopRight Online", "Marlow & Finch"],
    "insurance": ["Keystone Insurance", "Anchor Mutual", "Shieldline Cover"],
    "travel": ["Skyway Airlines", "Atlas Holidays", "Meridian Rail"],
    "healthcare billing": ["Riverside Medical Billing", "CarePoint Clinics", "Unity Health Billing"],
    "government services": ["the Revenue helpline", "the Benefits Service", "the Motor Licensing office"],
}
AGENTS = ["Dave", "Priya", "Siobhan", "Mark", "Jen", "Tariq", "Laura", "Kevin", "Ana"]


def industry(rng):
    ind = rng.choice(sorted(COMPANIES))
    return ind, rng.choice(COMPANIES[ind])


def luhn_complete(prefix, length, rng):
    body = prefix + "".join(rng.choice("0123456789") for _ in range(length - len(prefix) - 1))
    for d in "0123456789":
        if luhn_ok(body + d):
            return body + d
    raise AssertionError


def make_card(rng):
    kind = rng.choice(["visa16", "visa16", "mc", "mc", "amex", "disc", "visa13", "visa19", "mc2"])
    if kind == "visa16":
        return luhn_complete("4", 16, rng)
    if kind == "mc":
        return luhn_complete("5" + rng.choice("12345"), 16, rng)
    if kind == "mc2":
        return luhn_complete("22" + rng.choice("2345"), 16, rng)
    if kind == "amex":
        return luhn_complete("3" + rng.choice("47"), 15, rng)
    if kind == "disc":
        return luhn_complete("6011", 16, rng)
    if kind == "visa13":
        return luhn_complete("4", 13, rng)
    return luhn_complete("4", 19, rng)


def card_groups(card):
    if len(card) == 15:
        return [4, 6, 5]
    if len(card) == 13:
        return [4, 3, 3, 3]
    if len(card) == 19:
        return [4, 4, 4, 4, 3]
    return [4, 4, 4, 4]


def split_groups(s, sizes):
    out, i = [], 0
    for k in sizes:
        if s[i:i + k]:
            out.append(s[i:i + k])
        i += k
    if i < len(s):
        out[-1] += s[i:]
    return out


def make_ssn(rng):
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, rng.randint(1, 99), rng.randint(1, 9999))


def make_ni(rng):
    first = "ABCEGHJKLMNPRSTWXYZ"
    second = "ABCEGHJKLMNPRSTWXYZ"
    while True:
        p = rng.choice(first) + rng.choice(second)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + "".join(rng.choice("0123456789") for _ in range(6)) + rng.choice("ABCD")


def make_iban(rng):
    cc = rng.choice(["GB", "IE", "DE", "FR", "NL", "ES", "GB", "IE"])
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    D = "0123456789"
    if cc in ("GB", "IE"):
        bank = rng.choice(["NWBK", "BARC", "AIBK", "BOFI", "MIDL", "LOYD"] if cc == "GB" else ["AIBK", "BOFI", "IPBS"])
        bban = bank + "".join(rng.choice(D) for _ in range(14))
    elif cc == "DE":
        bban = "".join(rng.choice(D) for _ in range(18))
    elif cc == "FR":
        bban = "".join(rng.choice(D) for _ in range(23))
    elif cc == "NL":
        bban = rng.choice(["ABNA", "INGB", "RABO"]) + "".join(rng.choice(D) for _ in range(10))
    else:
        bban = "".join(rng.choice(D) for _ in range(20))
    r = bban + cc + "00"
    num = "".join(str(int(c, 36)) for c in r)
    chk = 98 - int(num) % 97
    iban = cc + "%02d" % chk + bban
    assert iban_ok(iban)
    return iban


def make_uk_postcode(rng):
    L1 = "ABCDEFGHJKLMNPRSTUWY"
    L2 = "ABCDEFGHJKLMNPRSTUWXY"
    IN = "ABDEFGHJLNPQRSTUWXYZ"
    fmt = rng.choice(["A9", "A99", "AA9", "AA99", "A9A", "AA9A", "AA9", "AA99"])
    out = ""
    for k, ch in enumerate(fmt):
        if ch == "9":
            out += str(rng.randint(1 if k == len(fmt) - 1 or fmt[k - 1] != "9" else 0, 9))
        elif k == 0:
            out += rng.choice(L1)
        elif fmt[k - 1] == "9":
            out += rng.choice("ABEHMNPRVWXY".replace("V", ""))
        else:
            out += rng.choice(L2)
    inward = str(rng.randint(0, 9)) + rng.choice(IN) + rng.choice(IN)
    return out, inward


def make_zip(rng):
    return "%05d" % rng.randint(10001, 99950)


def zero_word(rng, region="uk"):
    if region == "us":
        return rng.choice(["zero", "oh", "oh", "zero"])
    return rng.choice(["oh", "oh", "o", "zero", "nought"])


def filler(rng):
    return rng.choice(FILLERS)


def backchannel(rng):
    return rng.choice(["mhm", "go on", "yep", "okay", "uh huh", "got that", "right", "yes", "and the rest?"])


def spoken_date(rng, d, m, y, style=None):
    style = style or rng.choice(["ord_of", "month_ord", "numeric"])
    ys = str(y)
    if y >= 2000 and rng.random() < 0.7:
        yw = "two thousand" + ("" if y == 2000 else " and " + UNIT_W[y - 2000])
    elif rng.random() < 0.6:
        yw = say_yy(ys[:2]) + " " + say_yy(ys[2:])
    else:
        yw = say_yy(ys[2:])
    if style == "ord_of":
        return "the %s of %s %s" % (ORD[d - 1], MONTHS[m - 1], yw) if rng.random() < 0.4 else "%s of %s %s" % (ORD[d - 1], MONTHS[m - 1], yw)
    if style == "month_ord":
        return "%s %s %s" % (MONTHS[m - 1], ORD[d - 1], yw)
    return "%s %s %s" % (say_digits("%02d" % d, rng, pairs=0.5), say_digits("%02d" % m, rng, pairs=0.5), yw)


def typed_date(rng, d, m, y, us=False):
    st = rng.randint(0, 5)
    if st == 0:
        return ("%02d/%02d/%d" % (m, d, y)) if us else ("%02d/%02d/%d" % (d, m, y))
    if st == 1:
        return "%d-%02d-%02d" % (y, m, d)
    if st == 2:
        return "%d %s %d" % (d, MONTHS[m - 1].capitalize(), y)
    if st == 3:
        return "%s %d, %d" % (MONTHS[m - 1].capitalize(), d, y)
    if st == 4:
        return "%d.%d.%d" % (d, m, y)
    return "%d%s %s %d" % (d, "th" if d not in (1, 2, 3, 21, 22, 23) else {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}[d], MONTHS[m - 1][:3].capitalize(), y)


def rand_dob(rng):
    return rng.randint(1, 28), rng.randint(1, 12), rng.randint(1941, 2004)


def rand_exp(rng):
    return rng.randint(1, 12), rng.randint(2025, 2031)


def typed_exp(rng, m, y):
    return rng.choice(["%02d/%02d" % (m, y % 100), "%02d/%d" % (m, y), "%02d-%02d" % (m, y % 100),
                       "%02d / %02d" % (m, y % 100), "%s %d" % (MONTHS[m - 1][:3].capitalize(), y)])


def say_yy(yy):
    if yy[0] == "0":
        return "oh " + UNIT_W[int(yy[1])]
    if yy[0] == "1":
        return TEEN_W[int(yy[1])]
    return TENS_W[int(yy[0])] + ("" if yy[1] == "0" else " " + UNIT_W[int(yy[1])])


def spoken_exp(rng, m, y):
    st = rng.randint(0, 3)
    yy = "%02d" % (y % 100)
    if st == 0:
        return say_digits("%02d" % m, rng, zero=zero_word(rng), pairs=0.6) + " " + say_digits(yy, rng, pairs=1.0)
    if st == 1:
        return "%s %s" % (MONTHS[m - 1], rng.choice(["twenty ", ""]) + say_yy(yy))
    if st == 2:
        return "%s twenty %s" % (say_digits("%02d" % m, rng, zero="oh", pairs=0.6), say_yy(yy))
    return "%s %s" % (say_digits("%02d" % m, rng, zero=zero_word(rng), pairs=0.6), say_yy(yy))


def make_email(rng):
    f, l = rng.choice(FIRST), rng.choice(LAST)
    st = rng.randint(0, 4)
    if st == 0:
        local = f + "." + l
    elif st == 1:
        local = f[0] + l + str(rng.randint(1, 99))
    elif st == 2:
        local = f + "_" + l
    elif st == 3:
        local = f + l[:3] + str(rng.randint(70, 99))
    else:
        local = f[0] + "." + l
    return local + "@" + rng.choice(DOMAINS)


def typed_email(rng, e):
    r = rng.random()
    if r < 0.2:
        return e.upper()
    if r < 0.35:
        local, dom = e.split("@")
        return local.capitalize() + "@" + dom.capitalize()
    return e


def spoken_email(rng, e):
    local, dom = e.split("@")
    parts = []
    for chunk in re.findall(r"[a-z]+|\d+|[._-]", local):
        if chunk == ".":
            parts.append("dot")
        elif chunk == "_":
            parts.append("underscore")
        elif chunk == "-":
            parts.append("dash")
        elif chunk.isdigit():
            parts.append(" ".join("zero" if c == "0" else UNIT_W[int(c)] for c in chunk))
        elif len(chunk) == 1:
            parts.append(say_letter(chunk, rng, "nato") if rng.random() < 0.5 else chunk)
        else:
            parts.append(chunk)
    parts.append("at")
    parts.append(dom.replace(".", " dot "))
    return " ".join(parts)


def make_phone(rng):
    """Returns (canon_digits, typed, spoken)."""
    st = rng.randint(0, 7)
    D = lambda n: "".join(rng.choice("0123456789") for _ in range(n))
    z = zero_word(rng)
    if st == 0:   # UK mobile national
        n = "07" + rng.choice(["700", "911", "734", "825", "956"]) + D(6)
        typed = rng.choice([n[:5] + " " + n[5:], n, n[:5] + " " + n[5:8] + " " + n[8:], n[:5] + "-" + n[5:]])
        spoken = say_digits(n[:5], rng, zero=z) + ", " + say_digits(n[5:8], rng, zero=z) + ", " + say_digits(n[8:], rng, zero=z)
        return n, typed, spoken
    if st == 1:   # UK mobile international
        rest = "7" + rng.choice(["700", "911", "734", "825"]) + D(6)
        typed = rng.choice(["+44 " + rest[:4] + " " + rest[4:], "+44" + rest, "0044 " + rest[:4] + " " + rest[4:], "+44 (0)" + rest[:4] + " " + rest[4:]])
        canon = ("0044" if typed.startswith("0044") else "44") + ("0" if "(0)" in typed else "") + rest
        spoken = "plus four four, " + say_digits(rest[:4], rng, zero=z) + ", " + say_digits(rest[4:], rng, zero=z)
        if "(0)" in typed:
            typed = typed.replace("(0)", "")
            canon = "44" + rest
        if typed.startswith("0044"):
            spoken = "double " + z + " four four " + say_digits(rest, rng, zero=z)
        return canon, typed, spoken
    if st == 2:   # UK landline
        n = "0" + rng.choice(["113", "117", "20", "161", "131", "1792"]) 
        n = n + D(11 - len(n))
        typed = rng.choice(["(" + n[:4] + ") " + n[4:], n[:4] + " " + n[4:7] + " " + n[7:], n])
        spoken = say_digits(n[:4], rng, zero=z) + " " + say_digits(n[4:], rng, zero=z)
        return n, typed, spoken
    if st == 3:   # US national
        n = rng.choice(["415", "212", "512", "617", "303", "919"]) + rng.choice(["555", "867", "430", "292"]) + D(4)
        typed = rng.choice(["(%s) %s-%s" % (n[:3], n[3:6], n[6:]), "%s-%s-%s" % (n[:3], n[3:6], n[6:]), "%s.%s.%s" % (n[:3], n[3:6], n[6:])])
        spoken = say_digits(n[:3], rng, zero="oh", hundreds=0.3) + ", " + say_digits(n[3:6], rng, zero="oh", hundreds=0.3) + ", " + say_digits(n[6:], rng, zero="oh", pairs=0.6)
        return n, typed, spoken
    if st == 4:   # US international
        n = rng.choice(["415", "212", "512", "617"]) + D(7)
        typed = rng.choice(["+1 %s %s %s" % (n[:3], n[3:6], n[6:]), "+1-%s-%s-%s" % (n[:3], n[3:6], n[6:]), "1 (%s) %s-%s" % (n[:3], n[3:6], n[6:])])
        spoken = "plus one " + say_digits(n[:3], rng, zero="oh") + " " + say_digits(n[3:6], rng, zero="oh") + " " + say_digits(n[6:], rng, zero="oh", pairs=0.6)
        return "1" + n, typed, spoken
    if st == 5:   # Ireland
        rest = "8" + rng.choice("35679") + D(7)
        if rng.random() < 0.5:
            typed = "+353 " + rest[:2] + " " + rest[2:5] + " " + rest[5:]
            spoken = "plus three five three, " + say_digits(rest[:2], rng, zero=z) + ", " + say_digits(rest[2:], rng, zero=z)
            return "353" + rest, typed, spoken
        n = "0" + rest
        typed = n[:3] + " " + n[3:6] + " " + n[6:]
        spoken = say_digits(n[:3], rng, zero=z) + ", " + say_digits(n[3:6], rng, zero=z) + ", " + say_digits(n[6:], rng, zero=z)
        return n, typed, spoken
    if st == 6:   # Germany
        rest = rng.choice(["30", "89", "151", "170"]) + D(8)
        typed = "+49 " + rest[:3] + " " + rest[3:]
        spoken = "plus four nine " + say_digits(rest, rng, zero="zero")
        return "49" + rest, typed, spoken
    rest = rng.choice("67") + D(8)   # France
    typed = "+33 " + " ".join([rest[0]] + [rest[k:k + 2] for k in range(1, 9, 2)])
    spoken = "plus three three, " + say_digits(rest, rng, zero="zero", pairs=0.5)
    return "33" + rest, typed, spoken


def make_address(rng, us=False):
    num = rng.randint(1, 240)
    street = rng.choice(STREETS)
    suf = rng.choice(SUFFIX_US if us else SUFFIX_UK)
    flat = None if rng.random() < 0.7 else rng.randint(1, 24)
    typed = "%d %s %s" % (num, street, suf)
    if flat:
        typed = rng.choice(["Flat %d, " % flat, "Apt %d, " % flat, "%d/" % flat]) + typed
        if typed.startswith("Apt") and not us:
            typed = typed.replace("Apt", "Flat", 1)
    sp_num = say_digits(str(num), rng, pairs=1.0, hundreds=1.0, repeats=0) if num < 100 or num % 100 > 9 or num % 100 == 0 else UNIT_W[num // 100] + " " + UNIT_W[num % 10] if False else str(num)
    if num >= 100 and sp_num == str(num):
        sp_num = say_digits(str(num), rng, pairs=0, hundreds=1.0, repeats=0)
    spoken = "%s %s %s" % (sp_num, street.lower(), suf.lower())
    if flat:
        spoken = "flat %s, " % say_digits(str(flat), rng, pairs=1.0) + spoken
    return typed, spoken


def say_postcode(pc_out, pc_in, rng, style):
    return say_alnum(pc_out, rng, letter_style=style) + ", " + say_alnum(pc_in, rng, letter_style=style)


# ---------------------------------------------------------------- positive builders
def greet(case, rng, company):
    ag = rng.choice(AGENTS)
    case.a(rng.choice(["thanks for calling %s, you're through to %s, how can i help" % (company.lower(), ag.lower()),
                       "good morning you're through to %s at %s" % (ag.lower(), company.lower()),
                       "hi there, %s speaking, %s, what can i do for you today" % (ag.lower(), company.lower())]))


def pos_card_chat(rng, n):
    ind, comp = industry(rng)
    card = make_card(rng)
    m, y = rand_exp(rng)
    cvv = "".join(rng.choice("0123456789") for _ in range(4 if card[0] == "3" else 3))
    cs = Case("positive", "typed chat: card, expiry, security code (%s)" % ind)
    cs.group("c", "CARD_NUMBER", card)
    cs.group("e", "EXPIRY", None)
    cs.group("v", "CVV", cvv)
    sep = rng.choice([" ", "-", "", " ", "  ", "."])
    sizes = card_groups(card) if rng.random() < 0.7 else rng.choice([[3, 5, 4, 4], [6, 10], [2, 6, 4, 6], [8, 8]])
    ct = group_str(card, sizes, sep)
    cs.a("Hi, this is %s from %s chat support. To take the payment I'll need the long number on the card please." % (rng.choice(AGENTS), comp))
    lead = rng.choice(["card no: ", "its ", "Card number - ", "ok here: ", "", "number is "])
    cs.c(lead, ("c", ct), rng.choice([" exp ", " expiry ", ", expires ", " valid thru "]), ("e", typed_exp(rng, m, y)),
         rng.choice([" cvv ", " sec code ", " and the 3 digits on back are ", " cvc: "]), ("v", cvv))
    cs.a("Thanks. I'm processing the %s payment now, it can take up to 2 minutes." % rng.choice(["£42.17", "$118.00", "€63.50", "£9.99"]))
    return cs


def pos_card_call_split(rng, n):
    ind, comp = industry(rng)
    card = make_card(rng)
    z = zero_word(rng)
    groups = split_groups(card, card_groups(card))
    cs = Case("positive", "ASR call: card read over several turns with back-channels, agent read-back (%s)" % ind)
    cs.group("c", "CARD_NUMBER", card)
    greet(cs, rng, comp)
    cs.c(rng.choice(["yeah hi i want to pay my bill", "hiya i need to make a payment please", "i'm calling to pay the outstanding amount"]))
    cs.a("no problem, when you're ready can i take the long card number")
    cs.c("okay so it's ", ("c", say_digits(groups[0], rng, zero=z)))
    for g in groups[1:]:
        cs.a(backchannel(rng))
        if rng.random() < 0.3:
            cs.c(("c", filler(rng) + " " + say_digits(g, rng, zero=z)))
        else:
            cs.c(("c", say_digits(g, rng, zero=z)))
    if rng.random() < 0.7:
        cs.group("rb", "CARD_NUMBER", card)
        rb = ", ".join(say_digits(g, rng, zero=z, pairs=0.1) for g in groups)
        cs.a("let me read that back, ", ("rb", rb), ", is that right")
        cs.c("yes that's it")
    if rng.random() < 0.6:
        m, y = rand_exp(rng)
        cs.group("e", "EXPIRY", None)
        cs.a("and the expiry date")
        cs.c(rng.choice(["", "it's ", "erm "]), ("e", spoken_exp(rng, m, y)))
    if rng.random() < 0.5:
        cvv = "".join(rng.choice("0123456789") for _ in range(4 if card[0] == "3" else 3))
        cs.group("v", "CVV", cvv)
        cs.a("and the three digit security code on the back")
        cs.c(("v", say_digits(cvv, rng, zero=z, pairs=0.3, hundreds=0.3)))
    cs.a("lovely, that's gone through, the payment of %s will show within three working days" % rng.choice(["sixty two pounds fifty", "one hundred and twelve dollars", "forty euro"]))
    return cs


def pos_card_call_restart(rng, n):
    ind, comp = industry(rng)
    card = make_card(rng)
    z = zero_word(rng)
    groups = split_groups(card, card_groups(card))
    cs = Case("positive", "ASR call: card reading restarted, aside mid-reading, fillers inside (%s)" % ind)
    cs.group("frag", "CARD_NUMBER", card, mode="prefix")
    cs.group("c", "CARD_NUMBER", card)
    greet(cs, rng, comp)
    cs.c("hi, yeah, i want to update the card on my account")
    cs.a("sure, go ahead with the card number")
    k = rng.randint(2, 6)
    frag = say_digits(card[:k], rng, zero=z, pairs=0)
    first = " ".join(say_digits(g, rng, zero=z) for g in groups[:2])
    second = " ".join(say_digits(g, rng, zero=z) for g in groups[2:])
    aside = rng.choice(["hang on the light's bad in here", "sorry my glasses", "bear with me, the dog's barking",
                        "wait, is this the debit one, yeah it is", "sorry, the kids are shouting"])
    cs.c(("frag", frag), rng.choice([" sorry, no, hang on, let me start again, ", ", no wait, start over, ", " um sorry i lost my place. right, "]),
         ("c", first + " " + filler(rng) if rng.random() < 0.5 else first), ", " + aside + ", ", ("c", second))
    cs.a("thank you, and just to confirm that's a %s card" % rng.choice(["visa", "mastercard", "debit", "credit"]))
    if rng.random() < 0.5:
        cs.group("l4", "CARD_NUMBER", card, mode="suffix")
        cs.c("yeah, the one ending ", ("l4", say_digits(card[-4:], rng, zero=z)))
    else:
        cs.c("yes")
    cs.a("perfect, that's been updated for you")
    return cs


def pos_card_email(rng, n):
    ind, comp = industry(rng)
    card = make_card(rng)
    m, y = rand_exp(rng)
    cs = Case("positive", "customer e-mail containing a card number and expiry, later last four quoted (%s)" % ind)
    cs.group("c", "CARD_NUMBER", card)
    cs.group("e", "EXPIRY", None)
    cs.group("l4", "CARD_NUMBER", card, mode="suffix")
    ct = group_str(card, card_groups(card), rng.choice([" ", "-", " "]))
    cs.c("Subject: refund for order 4471-", str(rng.randint(10000, 99999)), "\n\nHello, you charged me twice on 3 March. The card used was ",
         ("c", ct), " (exp ", ("e", typed_exp(rng, m, y)), "). Please refund to the card ending ", ("l4", card[-4:]),
         ". Thanks, %s" % rng.choice(FIRST).capitalize())
    cs.a("Dear customer, thank you for your e-mail. For your security please do not send full card details by e-mail. Your refund of %s has been raised under case 88%d." % (rng.choice(["£24.99", "€71.20", "$310.40"]), rng.randint(100000, 999999)))
    return cs


def pos_ssn_call(rng, n):
    ind, comp = industry(rng)
    ssn = make_ssn(rng)
    cs = Case("positive", "ASR call (US): SSN read in groups, DOB spoken (%s)" % ind)
    cs.group("s", "SSN", ssn)
    greet(cs, rng, comp)
    cs.c(rng.choice(["hi i'm calling about a bill i got for my er my hospital visit", "yeah i need to verify my identity for the account",
                     "i got a letter saying my benefits are on hold"]))
    cs.a("okay i can help with that, can i get your social security number please")
    z = rng.choice(["oh", "zero"])
    g = [ssn[:3], ssn[3:5], ssn[5:]]
    st = rng.randint(0, 2)
    if st == 0:
        cs.c("sure it's ", ("s", "%s, %s, %s" % (say_digits(g[0], rng, zero=z, hundreds=0.3), say_digits(g[1], rng, zero=z, pairs=0.7), say_digits(g[2], rng, zero=z, pairs=0.4))))
    elif st == 1:
        cs.c(("s", say_digits(g[0], rng, zero=z)))
        cs.a(backchannel(rng))
        cs.c(("s", say_digits(g[1], rng, zero=z, pairs=0.6)))
        cs.a(backchannel(rng))
        cs.c(("s", filler(rng) + " " + say_digits(g[2], rng, zero=z)))
    else:
        cs.c("yeah it's ", ("s", say_digits(g[0], rng, zero=z) + " " + say_digits(g[1], rng, zero=z)), ", sorry, one sec, ", ("s", say_digits(g[2], rng, zero=z)))
    if rng.random() < 0.5:
        cs.group("rb", "SSN", ssn)
        cs.a("thank you, so that's ", ("rb", "%s %s %s" % (say_digits(g[0], rng, zero=z, pairs=0), say_digits(g[1], rng, zero=z, pairs=0), say_digits(g[2], rng, zero=z, pairs=0))), ", correct")
        cs.c("correct")
    if rng.random() < 0.7:
        d, m, y = rand_dob(rng)
        cs.group("d", "DOB", None)
        cs.a("and your date of birth")
        cs.c(rng.choice(["", "it's ", "uh "]), ("d", spoken_date(rng, d, m, y, rng.choice(["month_ord", "numeric"]))))
    cs.a("thanks, i've found the account, the balance is %s dollars" % rng.choice(["two hundred and forty", "eighty five", "one thousand and twelve"]))
    return cs


def pos_ssn_chat(rng, n):
    ind, comp = industry(rng)
    ssn = make_ssn(rng)
    cs = Case("positive", "typed chat (US): SSN with label variations plus address and ZIP (%s)" % ind)
    cs.group("s", "SSN", ssn)
    fmt = rng.choice(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s.%s.%s", "%s - %s - %s"])
    cs.a("To verify your identity please provide your SSN and home address.")
    lab = rng.choice(["SSN: ", "ssn ", "social is ", "Soc Sec #", "my ss# is ", "SSN-"])
    cs.c(lab, ("s", fmt % (ssn[:3], ssn[3:5], ssn[5:])))
    if rng.random() < 0.8:
        at, _ = make_address(rng, us=True)
        z = make_zip(rng)
        if rng.random() < 0.3:
            z += "%04d" % rng.randint(1, 9999)
        zt = z if len(z) == 5 else z[:5] + "-" + z[5:]
        cs.group("ad", "ADDRESS", None)
        cs.group("z", "POSTCODE", z)
        cs.c("address is ", ("ad", at), ", %s, %s " % (rng.choice(TOWNS_US), rng.choice(["TX", "OH", "CA", "FL", "CO"])), ("z", zt))
    cs.a("Thank you. Your claim 2024-%d is now under review; expect a decision in 10-14 business days." % rng.randint(100000, 999999))
    return cs


def ni_spoken(ni, rng, style):
    z = zero_word(rng)
    if style == 0:
        return "%s, %s, %s" % (say_alnum(ni[:2], rng, letter_style="nato"), say_digits(ni[2:8], rng, zero=z, pairs=0.4), say_alnum(ni[8], rng, letter_style="nato"))
    if style == 1:
        return "%s %s %s %s %s" % (ni[0].lower(), ni[1].lower(), say_digits(ni[2:5], rng, zero=z), say_digits(ni[5:8], rng, zero=z), ni[8].lower())
    return "%s %s %s" % (say_alnum(ni[:2], rng, letter_style="mixed"), say_digits(ni[2:8], rng, zero=z, pairs=0.5), say_letter(ni[8], rng, "asin"))


def pos_ni_call(rng, n):
    ind, comp = industry(rng)
    ni = make_ni(rng)
    cs = Case("positive", "ASR call (UK): NI number spelled with NATO/casual alphabet, split and read back")
    cs.group("ni", "NI_NUMBER", ni)
    greet(cs, rng, rng.choice(COMPANIES["government services"] + COMPANIES["banking"]))
    cs.c(rng.choice(["hiya i'm ringing about my tax code", "i'm phoning about my universal credit payment", "hi, i need to update my pension details"]))
    cs.a("right, can i take your national insurance number")
    st = rng.randint(0, 3)
    z = zero_word(rng)
    if st == 3:
        cs.c("yeah it's ", ("ni", say_alnum(ni[:2], rng, letter_style="nato")))
        cs.a(backchannel(rng))
        cs.c(("ni", say_digits(ni[2:5], rng, zero=z) + " " + filler(rng) + " " + say_digits(ni[5:8], rng, zero=z)))
        cs.a(rng.choice(["and the letter at the end", "and the last letter"]))
        cs.c(("ni", say_letter(ni[8], rng, "nato")))
    else:
        cs.c(rng.choice(["it's ", "yeah, ", "okay it's ", ""]), ("ni", ni_spoken(ni, rng, st)))
    if rng.random() < 0.6:
        cs.group("rb", "NI_NUMBER", ni)
        cs.a("so that's ", ("rb", "%s %s %s" % (" ".join(ni[:2].lower()), say_digits(ni[2:8], rng, zero=z, pairs=0.6), ni[8].lower())), ", yeah")
        cs.c("that's right")
    if rng.random() < 0.5:
        d, m, y = rand_dob(rng)
        cs.group("d", "DOB", None)
        cs.a("and can you confirm your date of birth for me")
        cs.c(("d", spoken_date(rng, d, m, y, "ord_of")))
    cs.a("thank you, i can see your last payment of %s went out on the %s" % (rng.choice(["ninety one pounds twenty", "three hundred and four pounds"]), rng.choice(["fifth", "twelfth", "twenty eighth"])))
    return cs


def pos_ni_chat(rng, n):
    ni = make_ni(rng)
    cs = Case("positive", "typed chat/e-mail (UK): NI number with spacing and case variations")
    cs.group("ni", "NI_NUMBER", ni)
    fmt = rng.choice(["plain", "spaced", "lower", "pairs", "dash"])
    if fmt == "plain":
        t = ni
    elif fmt == "spaced":
        t = ni[:2] + " " + ni[2:8] + " " + ni[8]
    elif fmt == "lower":
        t = ni.lower()
    elif fmt == "pairs":
        t = " ".join([ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8]])
    else:
        t = ni[:2] + "-" + ni[2:8] + "-" + ni[8]
    cs.a("Hello, you're chatting with %s. Could you confirm your National Insurance number?" % rng.choice(AGENTS))
    cs.c(rng.choice(["NI no: ", "ni number ", "NINO ", "sure its ", "National Insurance: "]), ("ni", t),
         rng.choice([" thanks", "", " - tried to do this online but it errored", ". My employer ref is 120/AB45678"]))
    if rng.random() < 0.5:
        d, m, y = rand_dob(rng)
        cs.group("d", "DOB", None)
        cs.a("Thanks, and your date of birth?")
        cs.c(("d", typed_date(rng, d, m, y)))
    cs.a("Thanks. Your tax code for 2024/25 is 1257L and your reference is 8831207.")
    return cs


def pos_bank_uk(rng, n):
    ind, comp = industry(rng)
    acct = "".join(rng.choice("0123456789") for _ in range(8))
    sc = "".join(rng.choice("0123456789") for _ in range(6))
    cs = Case("positive", "UK account number and sort code, %s" % ("typed" if n % 2 else "spoken"))
    cs.group("ac", "BANK_ACCOUNT", acct)
    cs.group("sc", "SORT_CODE", sc)
    if n % 2:
        cs.a("To set up the direct debit I need your sort code and account number.")
        sct = rng.choice([sc[:2] + "-" + sc[2:4] + "-" + sc[4:], sc, sc[:2] + " " + sc[2:4] + " " + sc[4:]])
        cs.c(rng.choice(["sort code ", "s/c: ", "Sort: "]), ("sc", sct), rng.choice([" acct no: ", " account ", ", a/c "]), ("ac", acct),
             rng.choice(["", " (joint account)", ", payments on the 1st please"]))
        cs.a("Thanks, your first payment of £%d.%02d will be collected on 1 June." % (rng.randint(10, 200), rng.randint(0, 99)))
    else:
        z = zero_word(rng)
        greet(cs, rng, comp)
        cs.c("i want to change the bank account my direct debit comes out of")
        cs.a("no problem, what's the sort code")
        cs.c(("sc", ", ".join(say_digits(sc[k:k + 2], rng, zero=z, pairs=0.6) for k in (0, 2, 4))))
        cs.a(rng.choice(["and the account number", "lovely and the eight digit account number"]))
        if rng.random() < 0.5:
            cs.c(("ac", say_digits(acct[:4], rng, zero=z)))
            cs.a(backchannel(rng))
            cs.c(("ac", say_digits(acct[4:], rng, zero=z)))
        else:
            cs.c(rng.choice(["it's ", "um it's "]), ("ac", say_digits(acct[:4], rng, zero=z) + " " + filler(rng) + " " + say_digits(acct[4:], rng, zero=z)))
        if rng.random() < 0.6:
            cs.group("rb", "BANK_ACCOUNT", acct)
            cs.group("rs", "SORT_CODE", sc)
            cs.a("so that's sort code ", ("rs", say_digits(sc, rng, zero=z, pairs=0)), " and account ", ("rb", say_digits(acct, rng, zero=z, pairs=0)), " yeah")
            cs.c("yep")
        cs.a("that's all updated, the next collection is on the fifteenth for forty two pounds")
    return cs


def pos_bank_us(rng, n):
    acct = "".join(rng.choice("0123456789") for _ in range(rng.randint(9, 12)))
    cs = Case("positive", "US bank account number with routing number distractor")
    cs.group("ac", "BANK_ACCOUNT", acct)
    routing = "0" + "".join(rng.choice("0123456789") for _ in range(8))
    cs.a("For the ACH refund, what account should we send it to?")
    cs.c("Checking acct # ", ("ac", acct), ", routing %s" % routing if rng.random() < 0.5 else "", rng.choice([" - Crestline CU", "", " thx"]))
    cs.a("Got it. Refund of $%d.%02d will post in 5-7 business days." % (rng.randint(10, 900), rng.randint(0, 99)))
    return cs


def pos_iban(rng, n):
    iban = make_iban(rng)
    cs = Case("positive", "IBAN (%s) %s" % (iban[:2], "typed" if n % 3 else "spoken"))
    cs.group("ib", "IBAN", iban)
    if n % 3:
        t = iban
        r = rng.random()
        if r < 0.5:
            t = " ".join(iban[k:k + 4] for k in range(0, len(iban), 4))
        elif r < 0.7:
            t = t.lower()
        cs.a(rng.choice(["Please share the IBAN for the refund.", "Which account should the travel refund go to?"]))
        cs.c(rng.choice(["IBAN: ", "iban ", "my iban is ", "Here: "]), ("ib", t), rng.choice(["", " BIC AIBKIE2D", " (Sparkasse)", ", thanks!"]))
        cs.a("Thank you, the refund of €%d.%02d for booking ref KX7%d has been requested." % (rng.randint(20, 900), rng.randint(0, 99), rng.randint(1000, 9999)))
    else:
        z = rng.choice(["zero", "oh"])
        greet(cs, rng, rng.choice(COMPANIES["travel"] + COMPANIES["banking"]))
        cs.c("hi i'm owed a refund and they asked me for my iban")
        cs.a("okay, go ahead with the iban")
        chunks = [iban[k:k + 4] for k in range(0, len(iban), 4)]
        half = len(chunks) // 2
        cs.c(("ib", " ".join(say_alnum(c, rng, zero=z, letter_style="plain", pairs=0.2) for c in chunks[:half])))
        cs.a(backchannel(rng))
        cs.c(("ib", " ".join(say_alnum(c, rng, zero=z, letter_style="plain", pairs=0.2) for c in chunks[half:])))
        cs.a("thanks, that'll be back in your account in five to ten working days")
    return cs


def pos_phone(rng, n):
    ind, comp = industry(rng)
    canon, typed, spoken = make_phone(rng)
    cs = Case("positive", "phone number %s (%s)" % ("typed" if n % 2 else "spoken", ind))
    cs.group("p", "PHONE", canon)
    if n % 2:
        cs.a("What's the best number to reach you on?")
        cs.c(rng.choice(["mob: ", "tel ", "call me on ", "Phone - ", "best is my cell ", ""]), ("p", typed),
             rng.choice(["", " after 6pm", " (work)", ", not the landline"]))
        cs.a("Thanks, an engineer will call between 8am and 1pm on the 14th.")
    else:
        greet(cs, rng, comp)
        cs.c("i need you to update my contact number")
        cs.a("sure, what's the new number")
        parts = spoken.split(", ")
        if len(parts) >= 2 and rng.random() < 0.5:
            cs.c(rng.choice(["it's ", "yeah so it's "]), ("p", parts[0]))
            cs.a(backchannel(rng))
            cs.c(("p", " ".join(parts[1:])))
        else:
            cs.c(rng.choice(["it's ", "uh it's ", ""]), ("p", spoken.replace(", ", " " + filler(rng) + " ", 1) if rng.random() < 0.3 else spoken))
        if rng.random() < 0.4:
            cs.group("rb", "PHONE", canon)
            cs.a("let me read it back, ", ("rb", spoken.replace(",", "")), "?")
            cs.c("that's it")
        cs.a("lovely, that's updated, anything else i can help with today")
    return cs


def pos_email(rng, n):
    e = make_email(rng)
    cs = Case("positive", "e-mail address %s" % ("typed" if n % 2 else "spoken"))
    cs.group("e", "EMAIL", e.lower())
    if n % 2:
        cs.a("Can I confirm the e-mail for your e-ticket?")
        cs.c(rng.choice(["email: ", "its ", "send it to ", "E-mail - ", ""]), ("e", typed_email(rng, e)), rng.choice(["", " pls", " thanks", "."]))
        cs.a("Done - ticket for flight BA%d, seat 14C, sent." % rng.randint(100, 999))
    else:
        ind, comp = industry(rng)
        greet(cs, rng, comp)
        cs.c("can you send the confirmation to my email")
        cs.a("of course, what's the email address")
        sp = spoken_email(rng, e)
        if rng.random() < 0.4 and " at " in sp:
            left, right = sp.split(" at ", 1)
            cs.c(("e", left))
            cs.a(backchannel(rng))
            cs.c(("e", "at " + right))
        else:
            cs.c(rng.choice(["yeah it's ", "it's ", "so it's "]), ("e", sp))
        cs.a("perfect, you'll get that in the next few minutes")
    return cs


def pos_address_uk(rng, n):
    at, asp = make_address(rng)
    po, pi = make_uk_postcode(rng)
    cs = Case("positive", "UK address and postcode, %s" % ("typed" if n % 2 else "spoken"))
    cs.group("ad", "ADDRESS", None)
    cs.group("pc", "POSTCODE", po + pi)
    town = rng.choice(TOWNS_UK)
    if n % 2:
        cs.a("What's the delivery address?")
        pct = rng.choice([po + " " + pi, (po + pi).lower(), po + pi, po.lower() + " " + pi.lower()])
        cs.c(("ad", at), ", %s, " % town, ("pc", pct))
        cs.a("Thanks, your order 100-%d will arrive Thursday between 7am and 7pm." % rng.randint(1000000, 9999999))
    else:
        ind, comp = industry(rng)
        greet(cs, rng, comp)
        cs.c("i've moved house so i need to change my address")
        cs.a("okay, let's start with the postcode")
        cs.c(("pc", say_postcode(po, pi, rng, rng.choice(["plain", "nato", "mixed"]))))
        cs.a("and the first line of the address")
        cs.c(rng.choice(["it's ", "", "er "]), ("ad", asp), rng.choice(["", ", in %s" % town.lower()]))
        cs.a("lovely, and the meter reading at the new property if you have it")
        cs.c("yeah it's %s" % say_digits("%05d" % rng.randint(10000, 99999), rng))
    return cs


def pos_address_us(rng, n):
    at, asp = make_address(rng, us=True)
    z = make_zip(rng)
    cs = Case("positive", "US street address and ZIP %s" % ("typed" if n % 2 else "spoken"))
    cs.group("ad", "ADDRESS", None)
    cs.group("z", "POSTCODE", z)
    if n % 2:
        cs.a("Please confirm the billing address on the card.")
        cs.c(("ad", at), rng.choice([", ", " "]), "%s %s " % (rng.choice(TOWNS_US), rng.choice(["TX", "NC", "CO", "ID"])), ("z", z))
    else:
        ind, comp = industry(rng)
        greet(cs, rng, comp)
        cs.c("hi, my card keeps getting declined online")
        cs.a("that's usually the billing address not matching, what billing address are you putting in")
        cs.c(("ad", asp), ", %s, " % rng.choice(TOWNS_US).lower(), ("z", say_digits(z, rng, zero="oh", pairs=0.3)))
        cs.a("great, and that's apartment or house")
        cs.c("house")
    return cs


def pos_dob(rng, n):
    d, m, y = rand_dob(rng)
    ind, comp = industry(rng)
    cs = Case("positive", "date of birth for ID&V with non-PII dates nearby (%s)" % ind)
    cs.group("d", "DOB", None)
    if n % 2:
        cs.a("For security, please confirm your DOB.")
        cs.c(rng.choice(["DOB ", "d.o.b: ", "born ", "my birthday is "]), ("d", typed_date(rng, d, m, y, us=rng.random() < 0.3)),
             rng.choice(["", ". appointment was 12/03/2024", ", policy started 2019"]))
    else:
        greet(cs, rng, comp)
        cs.c(rng.choice(["hi i'm calling about my appointment", "yeah i've got a question about my last bill"]))
        cs.a("can you confirm your date of birth for me")
        cs.c(rng.choice(["yeah it's ", "", "um "]), ("d", spoken_date(rng, d, m, y)))
        cs.a("thank you, and your appointment is on the ninth of june at half past two")
    return cs


def pos_idv_mixed(rng, n):
    """Multi-PII identity verification with distractors."""
    ind, comp = industry(rng)
    cs = Case("positive", "ASR identity check: DOB, postcode, phone, e-mail with order-number distractor (%s)" % ind)
    greet(cs, rng, comp)
    cs.c("hi i'm chasing order %s" % say_digits("%08d" % rng.randint(10000000, 99999999), rng))
    cs.a("i can look into that, first can i take your full postcode")
    po, pi = make_uk_postcode(rng)
    cs.group("pc", "POSTCODE", po + pi)
    cs.c(("pc", say_postcode(po, pi, rng, "mixed")))
    cs.a("and date of birth")
    d, m, y = rand_dob(rng)
    cs.group("d", "DOB", None)
    cs.c(("d", spoken_date(rng, d, m, y)))
    canon, _, spoken = make_phone(rng)
    cs.group("p", "PHONE", canon)
    cs.a("and the mobile number we've got on the account")
    cs.c(("p", spoken.replace(",", "")))
    if rng.random() < 0.6:
        e = make_email(rng)
        cs.group("e", "EMAIL", e)
        cs.a("and finally the email")
        cs.c(("e", spoken_email(rng, e)))
    cs.a("thanks you're verified, that order was dispatched on the third and the tracking number is %s" % say_digits("%012d" % rng.randint(10 ** 11, 10 ** 12 - 1), rng))
    return cs


def pos_ni_with_card(rng, n):
    """NI + card mixed in one UK call with a corrected NI reading."""
    ni = make_ni(rng)
    cs = Case("positive", "ASR call (UK): NI number corrected mid-reading and a card number")
    cs.group("nf", "NI_NUMBER", ni, mode="prefix")
    cs.group("ni", "NI_NUMBER", ni)
    z = zero_word(rng)
    greet(cs, rng, rng.choice(COMPANIES["government services"]))
    cs.c(rng.choice(["hi, i need to pay for a replacement licence", "i'm calling to pay a late filing penalty"]))
    cs.a("what's your national insurance number")
    cs.c(("nf", "%s %s" % (ni[0].lower(), ni[1].lower())), ", no sorry, from the start, ",
         ("ni", "%s %s %s %s" % (say_letter(ni[0], rng, "nato"), say_letter(ni[1], rng, "nato"), say_digits(ni[2:8], rng, zero=z), ni[8].lower())))
    card = make_card(rng)
    cs.group("c", "CARD_NUMBER", card)
    cs.a("thanks, and to pay the fee of fifteen pounds, the card number please")
    cs.c(("c", " ".join(say_digits(g, rng, zero=z) for g in split_groups(card, card_groups(card)))))
    cs.a("that's gone through, reference %s" % say_digits("%07d" % rng.randint(10 ** 6, 10 ** 7 - 1), rng))
    return cs


def pos_ssn_email(rng, n):
    ssn = make_ssn(rng)
    cs = Case("positive", "e-mail (US healthcare billing): SSN and phone with invoice/claim distractors")
    cs.group("s", "SSN", ssn)
    canon, typed, _ = make_phone(rng)
    cs.group("p", "PHONE", canon)
    cs.c("Re: Invoice #INV-%d / claim %d\n\nHi, I was billed $%d.%02d but my insurance should cover it. My SSN is " % (rng.randint(100000, 999999), rng.randint(10 ** 8, 10 ** 9 - 1), rng.randint(50, 999), rng.randint(0, 99)),
         ("s", rng.choice(["%s-%s-%s", "%s %s %s", "%s%s%s"]) % (ssn[:3], ssn[3:5], ssn[5:])), " and you can reach me at ", ("p", typed), ".")
    cs.a("Thank you. We have placed the account on a 30 day hold while we review claim status.")
    return cs


POS_BUILDERS = [pos_card_chat, pos_card_call_split, pos_card_call_restart, pos_card_email,
                pos_ssn_call, pos_ssn_chat, pos_ni_call, pos_ni_chat, pos_bank_uk, pos_iban,
                pos_phone, pos_email, pos_address_uk, pos_dob, pos_card_call_split, pos_idv_mixed,
                pos_ni_with_card, pos_ssn_email, pos_address_us, pos_bank_us, pos_card_chat,
                pos_ssn_call, pos_ni_call]


# ---------------------------------------------------------------- negative builders
def neg_tracking_like_card(rng, n):
    num = make_card(rng)   # Luhn-valid 16 digits, but explicitly a tracking/order number
    lab = rng.choice(["tracking number", "order number", "consignment number", "parcel reference"])
    cs = Case("negative", "card-like Luhn-valid digits labelled as a %s" % lab)
    cs.a("can you give me the %s" % lab)
    cs.c("yeah the %s is %s" % (lab, " ".join(say_digits(g, rng) for g in split_groups(num, [4, 4, 4, 4]))))
    cs.a("thanks, that parcel is out for delivery today before six pm")
    return cs


def neg_amounts(rng, n):
    cs = Case("negative", "balances, amounts and payment dates only")
    cs.a("your current balance is %s and the minimum payment of %s is due on the %s of %s" % (
        rng.choice(["one thousand four hundred and twelve pounds sixty", "£1,412.60", "two thousand and nine dollars"]),
        rng.choice(["forty five pounds", "$35.00", "twenty five euro"]), rng.choice(ORD[:28]), rng.choice(MONTHS)))
    cs.c("and if i pay %s today will that clear the %s interest" % (rng.choice(["five hundred", "£500", "three fifty"]), rng.choice(["nineteen point nine percent", "22.9%", "4.5 percent"])))
    cs.a("it'll reduce it, the interest is calculated on the %s" % rng.choice(["28th", "first", "fifteenth"]))
    return cs


def neg_card_last4(rng, n):
    l4 = "%04d" % rng.randint(0, 9999)
    cs = Case("negative", "card last four only (PCI-permitted), no full card in the case")
    cs.a(rng.choice(["i can see a card ending %s on the account, is that the one you want to use" % say_digits(l4, rng),
                     "Is it the Visa ending in %s?" % l4]))
    cs.c(rng.choice(["yeah the one ending %s" % say_digits(l4, rng), "yes ending %s" % l4, "no, the one that ends in %s" % say_digits("%04d" % rng.randint(0, 9999), rng)]))
    cs.a("okay, payment of %s taken, your receipt number is %d" % (rng.choice(["twelve pounds", "$64.10"]), rng.randint(10 ** 7, 10 ** 8)))
    return cs


def neg_meter(rng, n):
    cs = Case("negative", "meter readings and serial numbers spoken digit by digit")
    cs.a("can i take a meter reading while you're on")
    cs.c("yeah the electric's %s and the gas is %s" % (say_digits("%05d" % rng.randint(0, 99999), rng), say_digits("%05d" % rng.randint(0, 99999), rng)))
    cs.a("and the meter serial number on the front")
    cs.c("it's %s" % (rng.choice(["e", "s", "k"]) + " " + say_digits("%010d" % rng.randint(0, 10 ** 10 - 1), rng)))
    cs.a("thanks, your next bill will be based on those readings")
    return cs


def neg_travel(rng, n):
    cs = Case("negative", "flight, gate, seat, booking and times")
    fl = rng.choice(["ba", "fr", "ei", "lh", "ua"]) + " " + say_digits(str(rng.randint(100, 9999)), rng)
    cs.a("you're booked on flight %s departing at %s from gate %s, seat %s" % (fl, rng.choice(["six forty am", "14:35", "twenty past nine"]), rng.choice(["b thirty two", "42", "a7"]), rng.choice(["fourteen c", "23F", "two a"])))
    cs.c("and the booking reference was %s right" % rng.choice(["KX7Q2P", "h t nine four two l", "ZP4471"]))
    cs.a("that's right and your hotel room is %d, check-in from three pm" % rng.randint(100, 999))
    return cs


def neg_policy(rng, n):
    lab = rng.choice(["policy number", "claim reference", "invoice number", "account reference", "case number", "ticket number"])
    cs = Case("negative", "%s said with its label, long digit string" % lab)
    digits = "".join(rng.choice("0123456789") for _ in range(rng.choice([9, 10, 12, 16])))
    cs.a("can i take your %s" % lab)
    if rng.random() < 0.5:
        cs.c("yeah it's %s" % " ".join(say_digits(g, rng) for g in split_groups(digits, [3, 3, 3, 3, 4])))
    else:
        cs.c("%s: %s-%s" % (lab.title(), rng.choice(["POL", "CLM", "INV", "REF", "TKT"]), digits))
    cs.a("thank you, i can see that %s was opened on the %s of %s" % (lab, rng.choice(ORD[:28]), rng.choice(MONTHS)))
    return cs


def neg_ssn_like(rng, n):
    s = make_ssn(rng)
    cs = Case("negative", "nine-digit number shaped like an SSN but labelled as a member/claim id")
    lab = rng.choice(["member ID", "claim number", "employee number", "confirmation number"])
    cs.a("what's your %s" % lab)
    cs.c("%s %s-%s-%s" % (lab, s[:3], s[3:5], s[5:]) if rng.random() < 0.5 else "it's %s" % say_digits(s, rng))
    cs.a("thanks, that claim was processed on march third, the amount paid was two hundred and ten dollars")
    return cs


def neg_ages_temps(rng, n):
    cs = Case("negative", "ages, temperatures, percentages, durations, counts")
    cs.c("my mum's %s and the heating's been off %s, it's %s in the house" % (
        rng.choice(["eighty seven", "92", "seventy three"]), rng.choice(["three days", "since tuesday", "forty eight hours"]), rng.choice(["eleven degrees", "9°C", "fifty two fahrenheit"])))
    cs.a("i'm sorry to hear that, we've got %s engineers out in your area, about %s of jobs are done within %s" % (rng.choice(["twelve", "40"]), rng.choice(["ninety percent", "85%"]), rng.choice(["four hours", "24 hrs"])))
    cs.c("so %s then" % rng.choice(["between eight and one", "8am to 1pm", "by half twelve"]))
    return cs


def neg_years_hours(rng, n):
    cs = Case("negative", "years, opening hours, contract dates and durations")
    cs.a("we're open %s, and your contract started in %s and runs for %s" % (
        rng.choice(["eight till eight monday to friday", "9am-5:30pm Mon-Sat", "twenty four seven"]), rng.choice(["twenty twenty two", "2021", "march two thousand and nineteen"]), rng.choice(["twenty four months", "18 months", "two years"])))
    cs.c("so it ends %s" % rng.choice(["in twenty twenty six", "31/03/2026", "next april"]))
    cs.a("that's right, early termination is %s per month remaining" % rng.choice(["£12.50", "fifteen pounds"]))
    return cs


def neg_roads(rng, n):
    cs = Case("negative", "road names, junctions and route numbers without a house number")
    cs.c("the engineer needs to come off the %s at junction %d then onto %s" % (rng.choice(["m25", "M62", "n7", "I-95", "A40"]), rng.randint(1, 40), rng.choice(["Station Road", "the B4063", "route sixty six", "Highway 101"])))
    cs.a("okay, i'll add a note, the job number is %s" % say_digits(str(rng.randint(10 ** 6, 10 ** 7)), rng))
    return cs


def neg_model_serial(rng, n):
    cs = Case("negative", "model and serial numbers of devices")
    cs.a("can you read me the model and serial number from the back of the router")
    cs.c("model %s, serial %s" % (rng.choice(["HG8245Q2", "TG-2492LG", "SR102", "VMDG505"]), rng.choice(["SN 4421 0983 7716 2204", "%012d" % rng.randint(10 ** 11, 10 ** 12 - 1), "2A7F-00B1-99C3"])))
    cs.a("thanks, firmware version %s, i'll push an update" % rng.choice(["3.2.18", "10.4"]))
    return cs


def neg_phone_like(rng, n):
    cs = Case("negative", "eleven-digit number shaped like a phone but labelled as a reference")
    d = "07" + "".join(rng.choice("0123456789") for _ in range(9))
    lab = rng.choice(["reference", "MPAN", "meter point reference", "customer reference"])
    cs.a("do you have your %s" % lab)
    cs.c("the %s is %s" % (lab, say_digits(d, rng)))
    cs.a("lovely, i've got the account up")
    return cs


def neg_timestamps(rng, n):
    cs = Case("negative", "appointment dates and times in chat")
    cs.a("Your appointment is confirmed for %s at %s. Please arrive 15 mins early." % (rng.choice(["12/03/2025", "Tue 4 Nov", "2025-06-18"]), rng.choice(["10:45", "2.30pm", "09:15"])))
    cs.c("can we move it to %s? i work till %s" % (rng.choice(["the 21st", "21/03", "next Friday"]), rng.choice(["5", "17:30"])))
    cs.a("Moved to 21/03/2025 at 17:45, ref APT-%d." % rng.randint(100000, 999999))
    return cs


def neg_counts(rng, n):
    cs = Case("negative", "counts, quantities and prices in retail chat")
    cs.c("I ordered %d x item %d at %s each and only %d arrived" % (rng.randint(2, 12), rng.randint(100000, 9999999), rng.choice(["£4.99", "$12.50", "€3"]), rng.randint(1, 2)))
    cs.a("Sorry about that. Order 204-%07d-%07d shows %d packages; one is still in transit." % (rng.randint(0, 10 ** 7 - 1), rng.randint(0, 10 ** 7 - 1), rng.randint(2, 3)))
    return cs


def neg_iban_like(rng, n):
    cs = Case("negative", "alphanumeric booking/transaction ids that resemble IBAN/NI fragments")
    cs.a("The transaction ID for the transfer is %s and the SWIFT reference %s." % (rng.choice(["TX" + "".join(rng.choice("0123456789") for _ in range(18)), "FT24%d" % rng.randint(10 ** 9, 10 ** 10)]), rng.choice(["AIBKIE2D", "NWBKGB2L"])))
    cs.c("ok and the fee was %s?" % rng.choice(["€2.50", "fifty cent", "£3"]))
    cs.a("Yes, and vehicle registration %s is covered from %s." % (rng.choice(["AB12 CDE", "ky19 xzt", "221-D-1234"]), rng.choice(["today", "1 July"])))
    return cs


NEG_BUILDERS = [neg_tracking_like_card, neg_amounts, neg_card_last4, neg_meter, neg_travel,
                neg_policy, neg_ssn_like, neg_ages_temps, neg_years_hours, neg_roads,
                neg_model_serial, neg_phone_like, neg_timestamps, neg_counts, neg_iban_like]

N_POS = 230
N_NEG = 115


def generate():
    rng = random.Random(333241125)
    cases = []
    for i in range(N_POS):
        b = POS_BUILDERS[i % len(POS_BUILDERS)]
        cs = b(rng, i)
        cases.append(("h333-pos-%03d" % (i + 1), cs))
    for i in range(N_NEG):
        b = NEG_BUILDERS[i % len(NEG_BUILDERS)]
        cs = b(rng, i)
        cases.append(("h333-neg-%03d" % (i + 1), cs))
    text = "".join(json.dumps(cs.record(cid), ensure_ascii=True) + "\n" for cid, cs in cases)
    return text, cases


# ---------------------------------------------------------------- checking
def check(text, cases):
    errors = []
    with open(OUT_FILE, "r", encoding="utf-8", newline="") as fh:
        on_disk = fh.read()
    if on_disk != text:
        errors.append("cases.jsonl is not byte-identical to a fresh regeneration")
    seen = set()
    counts = {t: 0 for t in TYPES}
    npos = nneg = 0
    recs = [json.loads(line) for line in on_disk.splitlines()]
    for rec, (cid, cs) in zip(recs, cases):
        rid = rec["id"]
        if rid in seen:
            errors.append("duplicate id %s" % rid)
        seen.add(rid)
        if set(rec) != {"id", "kind", "turns", "spans", "note"}:
            errors.append("%s: bad keys" % rid)
        if rec["kind"] == "positive":
            npos += 1
            if not rec["spans"]:
                errors.append("%s: positive with no spans" % rid)
        elif rec["kind"] == "negative":
            nneg += 1
            if rec["spans"]:
                errors.append("%s: negative with spans" % rid)
        else:
            errors.append("%s: bad kind" % rid)
        for t in rec["turns"]:
            if t["speaker"] not in ("customer", "agent"):
                errors.append("%s: bad speaker" % rid)
        by_turn = {}
        for sp in rec["spans"]:
            if sp["type"] not in TYPES:
                errors.append("%s: bad type" % rid)
                continue
            counts[sp["type"]] += 1
            if not (0 <= sp["turn"] < len(rec["turns"])):
                errors.append("%s: turn out of range" % rid)
                continue
            tx = rec["turns"][sp["turn"]]["text"]
            s, e = sp["start"], sp["end"]
            if not (0 <= s < e <= len(tx)):
                errors.append("%s: offsets out of range" % rid)
                continue
            if not (tx[s].isalnum() and tx[e - 1].isalnum()):
                errors.append("%s: span %r does not start/end on a letter or digit" % (rid, tx[s:e]))
            if (s > 0 and tx[s - 1].isalnum()) or (e < len(tx) and tx[e].isalnum()):
                errors.append("%s: span %r not on word boundary" % (rid, tx[s:e]))
            by_turn.setdefault(sp["turn"], []).append((s, e))
        for lst in by_turn.values():
            lst.sort()
            for (s1, e1), (s2, e2) in zip(lst, lst[1:]):
                if s2 < e1:
                    errors.append("%s: overlapping spans" % rid)
        # value validation per group
        texts = {}
        for sp, gid in zip(rec["spans"], cs.span_groups):
            tx = rec["turns"][sp["turn"]]["text"][sp["start"]:sp["end"]]
            texts.setdefault(gid, []).append(tx)
        for gid, g in cs.groups.items():
            if gid not in texts:
                errors.append("%s: group %s has no span" % (rid, gid))
                continue
            joined = " ".join(texts[gid])
            typ = g["type"]
            if g["mode"] == "full":
                err = validate_value(typ, joined)
                if err:
                    errors.append("%s: %s" % (rid, err))
            if g["canon"] is not None:
                got = canon_of(typ, joined)
                want = g["canon"].upper() if typ in CANON_ALNUM_TYPES else g["canon"]
                if typ in CANON_DIGIT_TYPES:
                    want = re.sub(r"\D", "", want)
                if g["mode"] == "full" and got != want:
                    errors.append("%s: %s normalises to %r, expected %r" % (rid, typ, got, want))
                if g["mode"] == "prefix" and not (got and want.startswith(got)):
                    errors.append("%s: fragment %r not a prefix of %r" % (rid, got, want))
                if g["mode"] == "suffix" and not (got and want.endswith(got)):
                    errors.append("%s: fragment %r not a suffix of %r" % (rid, got, want))
    if npos < 200 or nneg < 100:
        errors.append("too few cases: %d positive, %d negative" % (npos, nneg))
    for t, mn in MINIMUMS.items():
        if counts[t] < mn:
            errors.append("too few %s spans: %d < %d" % (t, counts[t], mn))
    return errors, counts, npos, nneg


def main():
    text, cases = generate()
    if "--check" in sys.argv[1:]:
        errors, counts, npos, nneg = check(text, cases)
        for e in errors[:50]:
            print("ERROR:", e)
        print("positives=%d negatives=%d" % (npos, nneg))
        for t in TYPES:
            print("  %-13s %d" % (t, counts[t]))
        if errors:
            print("CHECK FAILED (%d errors)" % len(errors))
            sys.exit(1)
        print("CHECK OK")
        return
    os.makedirs(OUT_DIR, exist_ok=True)
    with open(OUT_FILE, "w", encoding="utf-8", newline="") as fh:
        fh.write(text)
    print("wrote %d cases to %s" % (len(cases), os.path.relpath(OUT_FILE)))


if __name__ == "__main__":
    main()

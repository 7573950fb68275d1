#!/usr/bin/env python3
"""Generate the pii_holdout428 held-out PII redaction evaluation set.

Written by an AI helper acting as an independent test author (it did not see
the redaction engine).  Standard library only; one RNG seeded 428241125.

    python scripts/make_pii_holdout428.py          # write the fixture
    python scripts/make_pii_holdout428.py --check  # regenerate and verify
"""
import json
import os
import random
import re
import sys
from collections import Counter

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout428")
OUT = os.path.join(OUT_DIR, "cases.jsonl")
README = os.path.join(OUT_DIR, "README.md")

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]
DIGIT_TYPES = {"CARD_NUMBER", "CVV", "SSN", "BANK_ACCOUNT", "SORT_CODE"}

# ---------------------------------------------------------------- words
UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = {"twenty": 2, "thirty": 3, "forty": 4, "fifty": 5, "sixty": 6, "seventy": 7,
        "eighty": 8, "ninety": 9}
TENS_W = {v: k for k, v in TENS.items()}
ZERO_W = {"zero", "oh", "o", "nought", "naught"}
FILLERS = {"um", "uh", "er", "erm", "ehm", "hmm", "umm", "uhh"}
NATO = {"alpha": "a", "alfa": "a", "bravo": "b", "charlie": "c", "delta": "d", "echo": "e",
        "foxtrot": "f", "golf": "g", "hotel": "h", "india": "i", "juliet": "j", "juliett": "j",
        "kilo": "k", "lima": "l", "mike": "m", "november": "n", "oscar": "o", "papa": "p",
        "quebec": "q", "romeo": "r", "sierra": "s", "tango": "t", "uniform": "u",
        "victor": "v", "whiskey": "w", "whisky": "w", "xray": "x", "yankee": "y", "zulu": "z"}
NATO_OF = {}
for _w, _l in NATO.items():
    NATO_OF.setdefault(_l, _w)
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
       "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
       "seventeenth", "eighteenth", "nineteenth", "twentieth"]


def ordinal_word(n):
    if n <= 20:
        return ORD[n - 1]
    if n == 30:
        return "thirtieth"
    t, u = divmod(n, 10)
    return TENS_W[t] + " " + ORD[u - 1] if u else TENS_W[t][:-1] + "ieth"


ORD_MAP = {ordinal_word(n): n for n in range(1, 32)}


def unit_val(w):
    if w in ZERO_W:
        return 0
    if w in UNITS:
        return UNITS.index(w)
    return None


def norm_tokens(tokens):
    """Turn spoken/typed tokens into a canonical string of digits/letters/+."""
    toks = [t for t in tokens if t not in FILLERS]
    out = []
    i = 0
    n = len(toks)

    def symbol(j):
        """Resolve a single symbol at j -> (text, next index) or None."""
        if j >= n:
            return None
        t = toks[j]
        if len(t) == 1 and t.isalpha() and j + 2 < n and toks[j + 1] == "for" and NATO.get(toks[j + 2]) == t:
            return t, j + 3
        if len(t) == 1 and t.isalpha() and j + 3 < n and toks[j + 1] == "as" and toks[j + 2] == "in" \
                and (NATO.get(toks[j + 3]) == t or toks[j + 3][:1] == t):
            return t, j + 4
        u = unit_val(t)
        if u is not None:
            return str(u), j + 1
        if t in NATO:
            return NATO[t], j + 1
        if len(t) == 1 and t.isalpha():
            return t, j + 1
        if t.isalpha() and len(t) <= 4 and t not in ("for", "and", "as", "in"):
            return t, j + 1  # typed letter block, e.g. "NWBK", "qq"
        return None

    while i < n:
        t = toks[i]
        if t in ("double", "triple"):
            s = symbol(i + 1)
            if s is None:
                raise ValueError("bad double")
            out.append(s[0] * (2 if t == "double" else 3))
            i = s[1]
            continue
        if t == "plus" or t == "+":
            out.append("+")
            i += 1
            continue
        if t.isdigit():
            out.append(t)
            i += 1
            continue
        if t in TEENS:
            out.append(str(10 + TEENS.index(t)))
            i += 1
            continue
        if t in TENS:
            v = TENS[t] * 10
            if i + 1 < n and toks[i + 1] in UNITS[1:]:
                v += UNITS.index(toks[i + 1])
                i += 1
            out.append(str(v))
            i += 1
            continue
        u = unit_val(t)
        if u is not None and u > 0 and i + 1 < n and toks[i + 1] in ("hundred", "thousand"):
            big = toks[i + 1]
            v = u * (100 if big == "hundred" else 1000)
            j = i + 2
            if j < n and toks[j] == "and":
                j += 1
            if j < n and toks[j] in TEENS:
                v += 10 + TEENS.index(toks[j]); j += 1
            elif j < n and toks[j] in TENS:
                v += TENS[toks[j]] * 10; j += 1
                if j < n and toks[j] in UNITS[1:]:
                    v += UNITS.index(toks[j]); j += 1
            elif j < n and toks[j] in UNITS[1:]:
                v += UNITS.index(toks[j]); j += 1
            out.append(str(v))
            i = j
            continue
        s = symbol(i)
        if s is not None:
            out.append(s[0])
            i = s[1]
            continue
        raise ValueError("unexpected token %r" % t)
    return "".join(out)


def tokenize(text):
    return re.findall(r"[a-z]+|\d+|\+", text.lower())


def norm(text):
    return norm_tokens(tokenize(text)).upper()


def norm_email(text):
    words = re.findall(r"\S+", text.lower())
    words = [w.strip(",") for w in words if w.strip(",") not in FILLERS]
    rep = {"dot": ".", "at": "@", "underscore": "_", "dash": "-", "hyphen": "-"}
    out = []
    i = 0
    while i < len(words):
        w = words[i]
        if len(w) == 1 and i + 2 < len(words) and words[i + 1] == "for" and NATO.get(words[i + 2]) == w:
            out.append(w); i += 3; continue
        if w in rep:
            out.append(rep[w]); i += 1; continue
        if w in UNITS:
            out.append(str(UNITS.index(w))); i += 1; continue
        out.append(w); i += 1
    return "".join(out)


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
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


NI_RE = re.compile(r"(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]")
UKPC_RE = re.compile(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}")
STREET_WORDS = ("street", "road", "lane", "avenue", "close", "drive", "way", "crescent",
                "terrace", "grove", "gardens", "place", "court", "boulevard", "blvd", "st",
                "rd", "ave", "row", "hill", "park", "square", "walk", "mews")


def validate_full(typ, canon):
    if typ == "CARD_NUMBER":
        return canon.isdigit() and 13 <= len(canon) <= 19 and luhn_ok(canon)
    if typ == "CVV":
        return canon.isdigit() and len(canon) in (3, 4)
    if typ == "SSN":
        return canon.isdigit() and len(canon) == 9 and canon[:3] not in ("000", "666") \
            and canon[0] != "9" and canon[3:5] != "00" and canon[5:] != "0000"
    if typ == "NI_NUMBER":
        return bool(NI_RE.fullmatch(canon))
    if typ == "BANK_ACCOUNT":
        return canon.isdigit() and 6 <= len(canon) <= 17
    if typ == "SORT_CODE":
        return canon.isdigit() and len(canon) == 6
    if typ == "IBAN":
        return iban_ok(canon)
    if typ == "PHONE":
        d = canon.lstrip("+")
        if not d.isdigit():
            return False
        if canon.startswith("+"):
            return any(d.startswith(cc) for cc in ("44", "1", "353", "33", "49", "34", "31")) and 10 <= len(d) <= 13
        return 10 <= len(d) <= 11
    if typ == "EMAIL":
        return bool(re.fullmatch(r"[a-z0-9._'+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+", canon))
    if typ == "POSTCODE":
        return bool(UKPC_RE.fullmatch(canon)) or bool(re.fullmatch(r"\d{5}(\d{4})?", canon))
    return True


def date_parts(text):
    """Return the list of numbers / month numbers found in a date expression."""
    t = text.lower().replace("-", " ").replace("/", " ").replace(".", " ").replace(",", " ")
    words = [w for w in re.findall(r"[a-z]+|\d+", t) if w not in FILLERS and w not in ("the", "of", "st", "nd", "rd", "th")]
    vals = []
    i = 0
    num_buf = []
    while i < len(words):
        w = words[i]
        two = " ".join(words[i:i + 2])
        if two in ORD_MAP:
            vals.append(("d", ORD_MAP[two])); i += 2; continue
        if w in ORD_MAP:
            vals.append(("d", ORD_MAP[w])); i += 1; continue
        if w in MONTHS or w[:3] in [m[:3] for m in MONTHS] and len(w) in (3, 4):
            mi = [m[:3] for m in MONTHS].index(w[:3]) + 1
            vals.append(("m", mi)); i += 1; continue
        # number run
        j = i
        while j < len(words) and (words[j].isdigit() or words[j] in UNITS or words[j] in ZERO_W or words[j] in TEENS
                                  or words[j] in TENS or words[j] in ("hundred", "thousand", "and")):
            j += 1
        if j == i:
            raise ValueError("date token %r" % w)
        run = words[i:j]
        # split run into numeric chunks by explicit digit tokens / spoken groups
        for chunk in split_number_run(run):
            vals.append(("n", chunk))
        i = j
    return vals


def split_number_run(run):
    out = []
    cur = []
    for w in run:
        if w.isdigit():
            if cur:
                out.append(norm_tokens(cur)); cur = []
            out.append(w)
        else:
            cur.append(w)
    if cur:
        s = norm_tokens([w for w in cur])
        out.append(s)
    return out


def validate_date(typ, text, value):
    y, m, d = value
    parts = date_parts(text)
    flat = "".join(str(v) for k, v in parts if k == "n")
    months = [v for k, v in parts if k == "m"]
    days = [v for k, v in parts if k == "d"]
    ys = str(y)
    if not (ys in flat or ys[2:] in flat):
        return False
    if typ == "EXPIRY":
        return m in months or ("%02d" % m) in flat or str(m) in flat
    ok_m = m in months or m in days or ("%02d" % m) in flat or str(m) in flat
    ok_d = d in days or str(d) in flat
    return ok_m and ok_d


# ---------------------------------------------------------------- model
class L(object):
    """A labelled value segment."""
    __slots__ = ("text", "typ", "value", "mode")

    def __init__(self, text, typ, value, mode="full"):
        self.text, self.typ, self.value, self.mode = text, typ, value, mode


def canon_value(typ, value):
    if typ in ("DOB", "EXPIRY", "ADDRESS"):
        return value
    if typ == "EMAIL":
        return value.lower()
    return re.sub(r"[^A-Za-z0-9+]", "", value).upper()


def check_span(lab):
    typ = lab.typ
    if typ in ("DOB", "EXPIRY"):
        if lab.mode == "full":
            return validate_date(typ, lab.text, lab.value)
        date_parts(lab.text)
        return True
    if typ == "ADDRESS":
        t = lab.text.lower()
        has_num = bool(re.search(r"\d", t)) or any(w in UNITS or w in TEENS or w in TENS for w in tokenize(t))
        return has_num and any(re.search(r"\b%s\b" % w, t) for w in STREET_WORDS)
    if typ == "EMAIL":
        got = norm_email(lab.text)
        cv = canon_value(typ, lab.value)
        if lab.mode == "full":
            return got == cv and validate_full(typ, cv)
        return bool(got) and got in cv
    if typ == "PHONE":
        got = norm(lab.text.replace("(0)", ""))
        if got.startswith("00"):
            got = "+" + got[2:]
    else:
        got = norm(lab.text)
    cv = canon_value(typ, lab.value)
    if not validate_full(typ, cv):
        return False
    if typ in DIGIT_TYPES and not got.isdigit():
        return False
    if lab.mode == "full":
        return got == cv
    if lab.mode == "part":
        return bool(got) and got.lstrip("+") in cv
    # "wrong": a misheard / mis-typed attempt: same charset, roughly the right size
    return bool(got) and abs(len(got) - len(cv)) <= len(cv)


class Case(object):
    def __init__(self, kind, note):
        self.kind, self.note, self.turns = kind, note, []

    def add(self, speaker, *segs):
        self.turns.append((speaker, [s for s in segs if s != ""]))
        return self

    def c(self, *segs):
        return self.add("customer", *segs)

    def a(self, *segs):
        return self.add("agent", *segs)

    def build(self, cid):
        turns, spans, labs = [], [], []
        for ti, (spk, segs) in enumerate(self.turns):
            text = ""
            for s in segs:
                if isinstance(s, L):
                    st = len(text)
                    text += s.text
                    spans.append({"turn": ti, "start": st, "end": len(text), "type": s.typ})
                    labs.append(s)
                else:
                    text += s
            turns.append({"speaker": spk, "text": text})
        return {"id": cid, "kind": self.kind, "turns": turns, "spans": spans, "note": self.note}, labs


# ---------------------------------------------------------------- spoken digits
def say_digit(d, zs):
    return zs if d == "0" else UNITS[int(d)]


def say_plain(rng, g, zs, doubles):
    out = []
    i = 0
    while i < len(g):
        j = i
        while j < len(g) and g[j] == g[i]:
            j += 1
        run = j - i
        if doubles and run >= 2:
            while run > 0:
                if run == 3 and rng.random() < 0.6:
                    out.append("triple " + say_digit(g[i], zs)); run -= 3
                elif run >= 2:
                    out.append("double " + say_digit(g[i], zs)); run -= 2
                else:
                    out.append(say_digit(g[i], zs)); run -= 1
        else:
            out.extend([say_digit(g[i], zs)] * run)
        i = j
    return " ".join(out)


def say_pair(p, zs):
    a, b = p
    if p == "00":
        return zs + " " + zs
    if a == "0":
        return zs + " " + UNITS[int(b)]
    if a == "1":
        return TEENS[int(b)]
    if b == "0":
        return TENS_W[int(a)]
    return TENS_W[int(a)] + " " + UNITS[int(b)]


def say_group(rng, g, style, zs):
    if style == "hundreds" and len(g) == 3 and g[0] != "0" and g[1:] != "00":
        rest = g[1:]
        if rest[0] == "0":
            tail = UNITS[int(rest[1])]
        else:
            tail = say_pair(rest, zs)
        return UNITS[int(g[0])] + " hundred and " + tail
    if style in ("pairs", "hundreds") and len(g) >= 2:
        parts = []
        k = 0
        if len(g) % 2:
            parts.append(say_digit(g[0], zs)); k = 1
        while k < len(g):
            parts.append(say_pair(g[k:k + 2], zs)); k += 2
        return " ".join(parts)
    return say_plain(rng, g, zs, style == "doubles")


def split_groups(s, sizes):
    out, k = [], 0
    for z in sizes:
        if k >= len(s):
            break
        out.append(s[k:k + z]); k += z
    if k < len(s):
        out.append(s[k:])
    return out


def spoken(rng, digits, sizes, styles=("plain", "doubles", "pairs", "hundreds"), filler=0.25,
           joiners=(", ", " ", "... ", " - ")):
    """Render a digit string as an ASR-style reading; verified by round trip."""
    for _ in range(20):
        zs = rng.choice(["oh", "oh", "o", "zero", "nought"])
        style = rng.choice(styles)
        groups = split_groups(digits, sizes)
        words = []
        for gi, g in enumerate(groups):
            st = style if rng.random() < 0.8 else "plain"
            words.append(say_group(rng, g, st, zs))
        text = words[0]
        for w in words[1:]:
            j = rng.choice(joiners)
            if rng.random() < filler:
                j = rng.choice([" um ", ", uh, ", " er ", " erm, ", ", um, "])
            text += j + w
        try:
            if norm(text) == digits:
                return text
        except ValueError:
            pass
    return ", ".join(say_plain(rng, g, "zero", False) for g in split_groups(digits, sizes))


def spell_alnum(rng, s, nato_p=0.3):
    """Spoken alphanumeric (NI, postcode, IBAN): letters spelled, digits as words."""
    out = []
    zs = rng.choice(["oh", "zero", "nought"])
    for ch in s:
        if ch == " ":
            continue
        if ch.isdigit():
            out.append(say_digit(ch, zs))
        else:
            l = ch.lower()
            if l == "o" or rng.random() < nato_p:
                out.append(l + rng.choice([" for ", " for ", " as in "]) + NATO_OF[l])
            else:
                out.append(l)
    text = " ".join(out)
    assert norm(text) == s.replace(" ", "").upper(), (text, s)
    return text


# ---------------------------------------------------------------- value generators
FIRST = ["sarah", "james", "aoife", "liam", "priya", "tom", "megan", "oluwaseun", "niamh", "david",
         "fatima", "connor", "maria", "kevin", "siobhan", "raj", "emily", "marcus", "chloe", "gareth",
         "hannah", "jose", "lucy", "wei", "bridget", "darren", "anna", "pieter", "claire", "mohammed"]
LAST = ["okafor", "murphy", "smith", "patel", "oconnor", "williams", "nguyen", "kowalski", "brennan",
        "hughes", "garcia", "jones", "fitzgerald", "ahmed", "taylor", "schmidt", "dubois", "evans",
        "kelly", "robinson", "mcdonagh", "lee", "walsh", "de jong", "morgan"]
DOMAINS = ["gmail.com", "hotmail.co.uk", "yahoo.com", "outlook.com", "eircom.net", "btinternet.com",
           "icloud.com", "aol.com", "live.ie", "web.de", "orange.fr", "protonmail.com", "sky.com"]
STREETS = ["kings", "station", "mill", "church", "victoria", "park", "oak", "maple", "high", "elm",
           "chapel", "bridge", "willow", "manor", "orchard", "queens", "castle", "meadow", "cedar",
           "beech", "ashgrove", "harbour", "lime", "pine", "riverside", "abbey", "main"]
SUFFIX_UK = ["road", "street", "lane", "close", "avenue", "drive", "crescent", "terrace", "grove", "gardens", "way"]
SUFFIX_US = ["street", "avenue", "drive", "boulevard", "road", "lane", "court", "way", "place"]
TOWNS_UK = ["leeds", "bristol", "manchester", "croydon", "cardiff", "glasgow", "norwich", "reading", "hull"]
TOWNS_US = ["columbus, ohio", "austin, texas", "portland, oregon", "tampa, florida", "denver", "raleigh"]
TOWNS_IE = ["dublin 6", "cork", "galway", "limerick", "sligo"]
PC_AREAS = ["LS", "BS", "M", "CR", "CF", "G", "NR", "RG", "HU", "SW", "E", "N", "B", "EH", "L", "NE", "TW", "KT"]
PC_TAIL = "ABDEFGHJLNPQRSTUWXYZ"


def luhn_complete(prefix, length, rng):
    body = prefix + "".join(rng.choice("0123456789") for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def gen_card(rng):
    kind = rng.choice(["visa", "visa", "mc", "mc", "amex", "disc", "visa13", "maestro19", "mc2"])
    if kind == "visa":
        return luhn_complete("4", 16, rng), [4, 4, 4, 4]
    if kind == "mc":
        return luhn_complete(rng.choice(["51", "52", "53", "54", "55"]), 16, rng), [4, 4, 4, 4]
    if kind == "mc2":
        return luhn_complete("2" + rng.choice(["221", "3", "5", "7"]), 16, rng), [4, 4, 4, 4]
    if kind == "amex":
        return luhn_complete(rng.choice(["34", "37"]), 15, rng), [4, 6, 5]
    if kind == "disc":
        return luhn_complete("6011", 16, rng), [4, 4, 4, 4]
    if kind == "visa13":
        return luhn_complete("4", 13, rng), [4, 3, 3, 3]
    return luhn_complete(rng.choice(["6759", "6763"]), 19, rng), [4, 4, 4, 4, 3]


def near_miss_luhn(rng, length=16, prefix="4"):
    while True:
        s = prefix + "".join(rng.choice("0123456789") for _ in range(length - len(prefix)))
        if not luhn_ok(s):
            return s


def gen_ssn(rng):
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, rng.randint(1, 99), rng.randint(1, 9999))


def gen_ni(rng):
    f = "ABCEGHJKLMNOPRSTWXYZ".replace("O", "")
    s = "ABCEGHJKLMNPRSTWXYZ"
    while True:
        p = rng.choice(f) + rng.choice(s)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + "".join(rng.choice("0123456789") for _ in range(6)) + rng.choice("ABCD")


def gen_iban(rng):
    cc = rng.choice(["GB", "GB", "IE", "IE", "DE", "FR", "NL", "ES"])
    d = lambda k: "".join(rng.choice("0123456789") for _ in range(k))
    if cc == "GB":
        bban = rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + d(14)
    elif cc == "IE":
        bban = rng.choice(["AIBK", "BOFI", "IPBS"]) + d(14)
    elif cc == "DE":
        bban = d(18)
    elif cc == "FR":
        bban = d(23)
    elif cc == "NL":
        bban = rng.choice(["ABNA", "INGB", "RABB"]) + d(10)
    else:
        bban = d(20)
    r = bban + cc + "00"
    chk = 98 - int("".join(str(int(c, 36)) for c in r)) % 97
    return cc + "%02d" % chk + bban


def gen_phone(rng):
    """Return (canonical digits incl +, typed text, grouping for speech, country)."""
    k = rng.choice(["ukmob", "ukmob", "ukland", "ukintl", "us", "usintl", "ie", "ieintl", "fr", "de"])
    d = lambda n: "".join(rng.choice("0123456789") for _ in range(n))
    if k == "ukmob":
        n = "07" + rng.choice("3456789") + d(8)
        return n, rng.choice([n[:5] + " " + n[5:], n, n[:5] + " " + n[5:8] + " " + n[8:]]), [5, 3, 3], "UK"
    if k == "ukland":
        n = "0" + rng.choice(["20", "113", "117", "161", "121", "131"])
        n = n + d(11 - len(n))
        return n, rng.choice([n[:3] + " " + n[3:7] + " " + n[7:], "(" + n[:4] + ") " + n[4:]]), [3, 4, 4], "UK"
    if k == "ukintl":
        n = "+447" + rng.choice("3456789") + d(8)
        return n, rng.choice([n[:3] + " " + n[3:7] + " " + n[7:], n, "+44 (0)" + n[3:7] + " " + n[7:]]), [3, 4, 3, 3], "UK"
    if k == "us":
        n = str(rng.randint(201, 989)) + str(rng.randint(200, 989)) + d(4)
        return n, rng.choice(["(%s) %s-%s" % (n[:3], n[3:6], n[6:]), "%s-%s-%s" % (n[:3], n[3:6], n[6:]), "%s.%s.%s" % (n[:3], n[3:6], n[6:])]), [3, 3, 4], "US"
    if k == "usintl":
        n = "+1" + str(rng.randint(201, 989)) + str(rng.randint(200, 989)) + d(4)
        return n, rng.choice(["+1 %s %s %s" % (n[2:5], n[5:8], n[8:]), "+1-%s-%s-%s" % (n[2:5], n[5:8], n[8:])]), [2, 3, 3, 4], "US"
    if k == "ie":
        n = "08" + rng.choice("35679") + d(7)
        return n, rng.choice([n[:3] + " " + n[3:6] + " " + n[6:], n]), [3, 3, 4], "IE"
    if k == "ieintl":
        n = "+3538" + rng.choice("35679") + d(7)
        return n, rng.choice(["+353 " + n[4:6] + " " + n[6:9] + " " + n[9:], "00353" + n[4:]]), [4, 2, 3, 4], "IE"
    if k == "fr":
        n = "+336" + d(8)
        return n, "+33 6 " + " ".join(n[4 + 2 * i:6 + 2 * i] for i in range(4)), [3, 1, 2, 2, 2, 2], "EU"
    n = "+4917" + d(9)
    return n, "+49 " + n[3:6] + " " + n[6:], [3, 3, 4, 5], "EU"


def gen_email(rng):
    f, l = rng.choice(FIRST), rng.choice(LAST).replace(" ", "")
    style = rng.randint(0, 5)
    num = str(rng.randint(1, 99))
    local = [f + "." + l, f[0] + "." + l, f + l + num, f + "_" + l, l + "." + f[0] + num, f + "." + l + num][style]
    return local + "@" + rng.choice(DOMAINS)


def speak_email(rng, e):
    local, dom = e.split("@")
    def sp(part, spell):
        out = []
        for seg in re.split(r"([._-])", part):
            if seg in (".", "_", "-"):
                out.append({".": "dot", "_": "underscore", "-": "dash"}[seg])
            elif seg.isdigit():
                out.append(" ".join(UNITS[int(c)] for c in seg))
            elif len(seg) == 1:
                out.append(seg + (" for " + NATO_OF[seg] if rng.random() < 0.5 else ""))
            elif spell:
                out.append(" ".join(c for c in seg))
            else:
                # letters then digits
                m = re.match(r"([a-z]+)(\d*)", seg)
                out.append(m.group(1) + ("" if not m.group(2) else " " + " ".join(UNITS[int(c)] for c in m.group(2))))
        return " ".join(out)
    text = sp(local, rng.random() < 0.15) + " at " + sp(dom, False)
    assert norm_email(text) == e, (text, e)
    return text


def gen_postcode(rng, country="UK"):
    if country == "US":
        z = "%05d" % rng.randint(10001, 99950)
        return z + ("-%04d" % rng.randint(1, 9999) if rng.random() < 0.25 else "")
    a = rng.choice(PC_AREAS)
    return a + str(rng.randint(1, 28)) + " " + str(rng.randint(1, 9)) + rng.choice(PC_TAIL) + rng.choice(PC_TAIL)


def gen_address(rng, country="UK"):
    num = rng.randint(1, 240) if country != "US" else rng.randint(100, 9899)
    street = rng.choice(STREETS) + " " + rng.choice(SUFFIX_US if country == "US" else SUFFIX_UK)
    flat = ""
    if country != "US" and rng.random() < 0.25:
        flat = "flat %d, " % rng.randint(1, 30)
    elif country == "US" and rng.random() < 0.2:
        street = street + ", apt %d" % rng.randint(1, 40)
    return flat, num, street


def number_words(n):
    if n < 10:
        return UNITS[n]
    if n < 20:
        return TEENS[n - 10]
    if n < 100:
        t, u = divmod(n, 10)
        return TENS_W[t] + ("" if not u else " " + UNITS[u])
    h, r = divmod(n, 100)
    if n >= 1000:
        return " ".join(UNITS[int(c)] for c in str(n))
    return UNITS[h] + " hundred" + ("" if not r else " and " + number_words(r))


def gen_dob(rng):
    return (rng.randint(1938, 2005), rng.randint(1, 12), rng.randint(1, 28))


def say_year(y, rng):
    if y >= 2000:
        return rng.choice(["two thousand and " + number_words(y - 2000), "two thousand " + number_words(y - 2000)])
    return number_words(y // 100) + " " + (number_words(y % 100) if y % 100 >= 10 else "oh " + UNITS[y % 100])


def render_date(rng, v, asr, us=False):
    y, m, d = v
    mn = MONTHS[m - 1]
    if asr:
        f = rng.randint(0, 4)
        if f == 0:
            return ordinal_word(d) + " of " + mn + " " + say_year(y, rng)
        if f == 1:
            return mn + " " + ordinal_word(d) + " " + say_year(y, rng)
        if f == 2:
            return number_words(d) + " " + mn + " " + say_year(y, rng)
        if f == 3:
            return ordinal_word(d) + " of the " + ordinal_word(m) + ", " + say_year(y, rng)
        return ordinal_word(d) + " " + mn + " um " + say_year(y, rng)
    f = rng.randint(0, 5)
    if f == 0:
        return ("%02d/%02d/%d" % (m, d, y)) if us else ("%02d/%02d/%d" % (d, m, y))
    if f == 1:
        return "%d %s %d" % (d, mn.capitalize(), y)
    if f == 2:
        return "%s %d, %d" % (mn.capitalize(), d, y)
    if f == 3:
        return "%d-%02d-%02d" % (y, m, d)
    if f == 4:
        return ("%d.%d.%02d" % (d, m, y % 100))
    return "%d%s %s %d" % (d, {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}.get(d, "th"), mn[:3].capitalize(), y)


def gen_expiry(rng):
    return (rng.randint(2025, 2031), rng.randint(1, 12), 1)


def render_expiry(rng, v, asr):
    y, m, _ = v
    if asr:
        f = rng.randint(0, 3)
        if f == 0:
            return say_digit("0", "oh") + " " + UNITS[m] + " " + number_words(y % 100) if m < 10 else number_words(m) + " " + number_words(y % 100)
        if f == 1:
            return MONTHS[m - 1] + " " + say_year(y, rng)
        if f == 2:
            return MONTHS[m - 1] + " " + number_words(y % 100)
        return (number_words(m)) + " slash " + number_words(y % 100)
    return rng.choice(["%02d/%02d" % (m, y % 100), "%02d/%d" % (m, y), "%02d-%02d" % (m, y % 100), "%02d%02d" % (m, y % 100)])


# date_parts must tolerate "slash"
FILLERS.add("slash")

# ---------------------------------------------------------------- scene text
INDUSTRY = {
    "banking": ("Thanks for calling Northgate Bank", "your account"),
    "telecom": ("You're through to Vyne Mobile", "your mobile contract"),
    "utilities": ("Hello, Brightwater Energy", "your gas and electric"),
    "retail": ("Hi, Hollis & Crane customer care", "your order"),
    "insurance": ("Good morning, Keystone Insurance", "your policy"),
    "travel": ("Skyward Travel, how can I help", "your booking"),
    "healthcare": ("Mercy Valley billing office", "your statement"),
    "government": ("Welcome to the benefits helpline", "your claim"),
}
BACK = ["mhm", "go on", "okay", "yep", "uh huh", "right", "got it", "yes", "and then?", "mm", "keep going", "sure"]


def ind(rng):
    k = rng.choice(list(INDUSTRY))
    return k, INDUSTRY[k][0], INDUSTRY[k][1]


def read_in_pieces(case, rng, typ, value, sizes, asr=True, readback=True, aside=False):
    """Customer reads a digit value across several turns; agent back-channels."""
    groups = split_groups(value, sizes)
    nturns = rng.randint(2, min(4, len(groups)))
    cuts = sorted(rng.sample(range(1, len(groups)), nturns - 1))
    chunks = []
    prev = 0
    for c in cuts + [len(groups)]:
        chunks.append(groups[prev:c]); prev = c
    for ci, ch in enumerate(chunks):
        digits = "".join(ch)
        txt = spoken(rng, digits, [len(g) for g in ch]) if asr else " ".join(ch)
        lead = rng.choice(["", "", "it's ", "okay so ", "right, ", "um "]) if ci == 0 else rng.choice(["", "then ", "and ", "uh "])
        if aside and ci == 1:
            case.c(lead, L(txt, typ, value, "part"), rng.choice([", sorry the dog's going mad, ", " - hang on, the light's bad here - ", ", wait I've lost my place, "]),
                   L(txt, typ, value, "part"))
        else:
            case.c(lead, L(txt, typ, value, "part"))
        if ci < len(chunks) - 1:
            case.a(rng.choice(BACK))
    if readback:
        rb = spoken(rng, value, sizes, filler=0)
        case.a(rng.choice(["let me read that back: ", "so that's ", "okay, I have ", "just to confirm, "]), L(rb, typ, value), rng.choice(["?", ", is that right?", ". correct?"]))
        case.c(rng.choice(["yes", "that's it", "yep, spot on", "correct"]))


# ---------------------------------------------------------------- positive templates
def p_card_chat(rng):
    k, hello, thing = ind(rng)
    card, sizes = gen_card(rng)
    g = split_groups(card, sizes)
    typed = rng.choice([" ".join(g), "-".join(g), card, " ".join(split_groups(card, [3, 3, 4, 3, 3])), "  ".join(g)])
    exp = gen_expiry(rng)
    cvv = "%03d" % rng.randint(0, 999) if not card.startswith("3") else "%04d" % rng.randint(0, 9999)
    case = Case("positive", "typed chat: card with expiry and cvv in one message (%s)" % k)
    case.a("Hi, this is secure chat for " + thing + ". Please type the long card number.")
    lab = rng.choice(["card no: ", "Card number - ", "its ", "cc#", "card:", "here u go "])
    case.c(lab, L(typed, "CARD_NUMBER", card), rng.choice([" exp ", " expires ", ", expiry "]), L(render_expiry(rng, exp, False), "EXPIRY", exp),
           rng.choice([" cvv ", " security code ", " cvc:"]), L(cvv, "CVV", cvv))
    case.a("Thanks. I'll take the payment of \u00a3%d.%02d now." % (rng.randint(5, 900), rng.randint(0, 99)))
    return case


def p_card_asr_pieces(rng):
    k, hello, thing = ind(rng)
    card, sizes = gen_card(rng)
    case = Case("positive", "ASR: card read in pieces with back-channels and read-back (%s)" % k)
    case.a(hello.lower() + ". okay, when you're ready, the long number on the front of the card")
    read_in_pieces(case, rng, "CARD_NUMBER", card, sizes, aside=rng.random() < 0.3)
    if rng.random() < 0.5:
        exp = gen_expiry(rng)
        case.a("and the expiry?")
        case.c(rng.choice(["", "it's ", "uh "]), L(render_expiry(rng, exp, True), "EXPIRY", exp))
    return case


def p_card_correction(rng):
    k, hello, thing = ind(rng)
    card, sizes = gen_card(rng)
    g = split_groups(card, sizes)
    gi = rng.randrange(len(g))
    wrong = list(g)
    pos = rng.randrange(len(g[gi]))
    wd = str((int(g[gi][pos]) + rng.randint(1, 9)) % 10)
    wrong[gi] = g[gi][:pos] + wd + g[gi][pos + 1:]
    wrong_s = "".join(wrong)
    case = Case("positive", "ASR: agent read-back has a wrong digit, caller corrects the group (%s)" % k)
    case.a("can i take the card number please")
    case.c(L(spoken(rng, card, sizes), "CARD_NUMBER", card))
    case.a("thank you, so i've got ", L(spoken(rng, wrong_s, sizes, filler=0), "CARD_NUMBER", card, "wrong"))
    right = spoken(rng, g[gi], [len(g[gi])], filler=0)
    case.c(rng.choice(["no no, ", "sorry no, ", "not quite, "]), rng.choice(["the ", "that "]),
           ["first", "second", "third", "fourth", "fifth"][gi], " group is ", L(right, "CARD_NUMBER", card, "part"),
           ", not " + say_digit(wd, "oh") if rng.random() < 0.5 else "")
    case.a("ah sorry, ", L(right, "CARD_NUMBER", card, "part"), rng.choice([", got it", ". okay amended", ", thank you"]))
    if rng.random() < 0.5:
        case.a("the card ending ", L(" ".join(UNITS[int(c)] for c in card[-4:]), "CARD_NUMBER", card, "part"), " has been charged")
    return case


def p_card_hold(rng):
    k, hello, thing = ind(rng)
    card, sizes = gen_card(rng)
    case = Case("positive", "ASR: caller puts agent on hold mid-reading, restarts reading (%s)" % k)
    g = split_groups(card, sizes)
    case.a("go ahead with the card number")
    first = "".join(g[:2])
    case.c(L(spoken(rng, first, sizes[:2]), "CARD_NUMBER", card, "part"), " - oh hang on, can you hold a sec, my son's got the card")
    case.a("no problem, i'll pop you on hold")
    case.a("hi, thanks for holding, are you there?")
    case.c("yeah sorry, i'll start again. ", L(spoken(rng, card, sizes), "CARD_NUMBER", card))
    case.a(rng.choice(["lovely", "great", "perfect"]), ", and the three digits on the back?" if not card.startswith("3") else ", and the four digit code on the front?")
    cvv = "".join(rng.choice("0123456789") for _ in range(4 if card.startswith("3") else 3))
    case.c(L(spoken(rng, cvv, [len(cvv)], styles=("plain", "hundreds")), "CVV", cvv))
    return case


def p_card_third_party(rng):
    k, hello, thing = ind(rng)
    card, sizes = gen_card(rng)
    case = Case("positive", "typed/email: caller paying with partner's card, partial repeats (%s)" % k)
    g = split_groups(card, sizes)
    case.c("Hi, paying for my husband's bill, he's said I can use his card. Number is ", L(" ".join(g), "CARD_NUMBER", card))
    case.a("Thanks. Can you just confirm the last block again? I think it cut off.")
    case.c(L(g[-1], "CARD_NUMBER", card, "part"), rng.choice(["", " - sorry", "!"]))
    case.a("Thank you. Card ending ", L(card[-4:], "CARD_NUMBER", card, "part"), " is now on file. Your reference is REF-" + str(rng.randint(100000, 999999)) + ".")
    return case


def p_ssn(rng):
    ssn = gen_ssn(rng)
    case = Case("positive", "")
    mode = rng.randint(0, 3)
    k = rng.choice(["healthcare", "government", "banking", "insurance"])
    if mode == 0:
        case.note = "typed: SSN in chat with label (%s)" % k
        t = rng.choice(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s.%s.%s"]) % (ssn[:3], ssn[3:5], ssn[5:])
        case.a("To verify, please enter your Social Security number.")
        case.c(rng.choice(["SSN: ", "ssn is ", "social - ", "Soc Sec # "]), L(t, "SSN", ssn), rng.choice(["", " thx", ". DOB to follow"]))
    elif mode == 1:
        case.note = "ASR: SSN confirmed piece by piece, agent asks for each block (%s)" % k
        case.a("i'll need your social, can we do the first three")
        case.c(L(spoken(rng, ssn[:3], [3]), "SSN", ssn, "part"))
        case.a("and the middle two")
        case.c(L(spoken(rng, ssn[3:5], [2]), "SSN", ssn, "part"))
        case.a("and the last four")
        case.c(rng.choice(["", "uh ", "that's "]), L(spoken(rng, ssn[5:], [4]), "SSN", ssn, "part"))
        case.a("thank you, so ", L(spoken(rng, ssn, [3, 2, 4], filler=0), "SSN", ssn), "?")
        case.c("yes ma'am")
    elif mode == 2:
        case.note = "ASR: caller reading SSN for elderly parent, digit correction (%s)" % k
        case.c("i'm calling for my dad, he's here with me, he's given permission")
        case.a("okay, and what's his social security number")
        case.c(L(spoken(rng, ssn, [3, 2, 4]), "SSN", ssn))
        gi = rng.randint(5, 8)
        wrong = ssn[:gi] + str((int(ssn[gi]) + 3) % 10) + ssn[gi + 1:]
        case.a("i got ", L(spoken(rng, wrong, [3, 2, 4], filler=0), "SSN", ssn, "wrong"))
        case.c("no, sorry, the last four is ", L(spoken(rng, ssn[5:], [4], filler=0), "SSN", ssn, "part"), ", he's mumbling")
    else:
        case.note = "ASR: SSN after transfer, second agent re-asks (%s)" % k
        case.a("i'm going to transfer you to the claims team, they'll re verify you")
        case.a("hi, claims team, can i get the last four of your social")
        case.c(L(spoken(rng, ssn[5:], [4]), "SSN", ssn, "part"))
        case.a("hmm that's not matching, can i have the full number")
        case.c(rng.choice(["", "sure, ", "oh, "]), L(spoken(rng, ssn, [3, 2, 4]), "SSN", ssn))
    return case


def p_ni(rng):
    ni = gen_ni(rng)
    case = Case("positive", "")
    mode = rng.randint(0, 3)
    if mode == 0:
        case.note = "typed: NI number with odd spacing/case"
        t = rng.choice([ni, ni.lower(), ni[:2] + " " + ni[2:4] + " " + ni[4:6] + " " + ni[6:8] + " " + ni[8], ni[:2] + ni[2:8] + " " + ni[8]])
        case.a("Please provide your National Insurance number so we can find your record.")
        case.c(rng.choice(["NI no: ", "NINO ", "my ni is ", "National insurance: "]), L(t, "NI_NUMBER", ni))
    elif mode == 1:
        case.note = "ASR: NI spelled with NATO alphabet, read back"
        case.a("can i take your national insurance number")
        case.c(L(spell_alnum(rng, ni, 0.7), "NI_NUMBER", ni))
        case.a("so that's ", L(spell_alnum(rng, ni, 0.2), "NI_NUMBER", ni), "?")
        case.c("yep")
    elif mode == 2:
        case.note = "ASR: NI over several turns, letter misheard and corrected"
        case.a("national insurance please, start with the letters")
        case.c(L(spell_alnum(rng, ni[:2], 0.0), "NI_NUMBER", ni, "part"))
        wl = "B" if ni[1] != "B" else "P"
        case.a("was that ", L(spell_alnum(rng, ni[0] + wl, 0.0), "NI_NUMBER", ni, "wrong"), "?")
        case.c("no, ", L(spell_alnum(rng, ni[1], 1.0), "NI_NUMBER", ni, "part"))
        case.a("got it, and the numbers")
        case.c(L(spoken(rng, ni[2:8], [2, 2, 2]), "NI_NUMBER", ni, "part"), ", um, and the letter at the end is ", L(spell_alnum(rng, ni[8], 0.5), "NI_NUMBER", ni, "part"))
    else:
        case.note = "ASR: caller reads NI for partner, agent confirms pieces"
        case.c("i'm ringing for my wife, she's poorly, i've got her national insurance here")
        case.a("okay go on")
        case.c(rng.choice(["right it's ", "it's ", ""]), L(spell_alnum(rng, ni[:4], 0.3), "NI_NUMBER", ni, "part"))
        case.a(rng.choice(BACK))
        case.c(L(spell_alnum(rng, ni[4:], 0.3), "NI_NUMBER", ni, "part"))
        case.a("and that last letter was ", L(spell_alnum(rng, ni[8], 1.0), "NI_NUMBER", ni, "part"), "?")
        case.c("yes")
    return case


def p_bank(rng):
    acct = "".join(rng.choice("0123456789") for _ in range(8))
    sc = "".join(rng.choice("0123456789") for _ in range(6))
    case = Case("positive", "")
    k = rng.choice(["banking", "utilities", "government", "insurance"])
    if rng.random() < 0.4:
        case.note = "typed: sort code and account number for direct debit (%s)" % k
        case.a("Please send the bank details for the direct debit.")
        case.c(rng.choice(["sort code ", "SC: ", "Sort-code "]), L(rng.choice(["%s-%s-%s", "%s %s %s", "%s%s%s"]) % (sc[:2], sc[2:4], sc[4:]), "SORT_CODE", sc),
               rng.choice([" acct no: ", ", account ", "\nA/C "]), L(acct, "BANK_ACCOUNT", acct))
    else:
        case.note = "ASR: sort code then account, account split across turns, read-back (%s)" % k
        case.a("what's the sort code")
        case.c(L(spoken(rng, sc, [2, 2, 2], styles=("pairs", "plain", "doubles")), "SORT_CODE", sc))
        case.a("and the account number")
        read_in_pieces(case, rng, "BANK_ACCOUNT", acct, [4, 4] if rng.random() < 0.5 else [3, 3, 2], readback=rng.random() < 0.7)
        if rng.random() < 0.5:
            case.a("and the sort code again sorry, just the middle two")
            case.c(L(spoken(rng, sc[2:4], [2]), "SORT_CODE", sc, "part"))
    return case


def p_us_bank(rng):
    acct = "".join(rng.choice("0123456789") for _ in range(rng.randint(9, 12)))
    case = Case("positive", "ASR: US checking account read with corrections; routing number not PII-labelled")
    routing = "".join(rng.choice("0123456789") for _ in range(9))
    case.a("can i have the routing number and then the checking account")
    case.c("routing is " + " ".join(routing) + ", and the account is ", L(spoken(rng, acct, [3, 3, 3, 3]), "BANK_ACCOUNT", acct))
    case.a("sorry, the account again, slower")
    case.c(L(spoken(rng, acct, [3, 3, 3, 3], filler=0.5), "BANK_ACCOUNT", acct))
    return case


def p_iban(rng):
    ib = gen_iban(rng)
    case = Case("positive", "")
    if rng.random() < 0.5:
        case.note = "typed: IBAN for refund (grouped, run together or lower case)"
        t = rng.choice([" ".join(ib[i:i + 4] for i in range(0, len(ib), 4)), ib, ib.lower()])
        case.a("For the refund we need your IBAN.")
        case.c(rng.choice(["IBAN: ", "iban ", "Here it is "]), L(t, "IBAN", ib))
    else:
        case.note = "ASR: IBAN read over turns, country letters and check digits confirmed"
        case.a("okay, read me the iban when you're ready")
        case.c(L(spell_alnum(rng, ib[:4], 0.4), "IBAN", ib, "part"))
        case.a(rng.choice(BACK))
        rest = ib[4:]
        mid = len(rest) // 2
        case.c(L(spell_alnum(rng, rest[:mid], 0.3), "IBAN", ib, "part"))
        case.a(rng.choice(BACK))
        case.c(L(spell_alnum(rng, rest[mid:], 0.3), "IBAN", ib, "part"), rng.choice(["", ", that's the lot", " and that's it"]))
        case.a("so that's ", L(spell_alnum(rng, ib, 0.0), "IBAN", ib), ", yeah?")
    return case


def p_phone(rng):
    n, typed, sizes, country = gen_phone(rng)
    case = Case("positive", "")
    mode = rng.randint(0, 3)
    if mode == 0:
        case.note = "typed: phone number with label (%s)" % country
        case.a("What's the best number to reach you on?")
        lead = rng.choice(["mob: ", "tel ", "call me on ", "Phone - ", ""])
        if typed.startswith("("):
            lead, typed = lead + "(", typed[1:]
        case.c(lead, L(typed, "PHONE", n), rng.choice(["", " after 5pm", " thanks"]))
    elif mode == 1:
        case.note = "ASR: phone read, agent reads back, caller corrects one digit (%s)" % country
        digits = n.lstrip("+")
        plus = "plus " if n.startswith("+") else ""
        case.a("and a contact number")
        case.c(L(plus + spoken(rng, digits, sizes[1:] if plus else sizes), "PHONE", n))
        gi = len(digits) - rng.randint(1, 4)
        wrong = digits[:gi] + str((int(digits[gi]) + 1) % 10) + digits[gi + 1:]
        case.a("so ", L(plus + spoken(rng, wrong, sizes[1:] if plus else sizes, filler=0), "PHONE", n, "wrong"))
        case.c("no, it ends ", L(spoken(rng, digits[-4:], [4], filler=0), "PHONE", n, "part"))
        case.a("ends ", L(spoken(rng, digits[-4:], [4], filler=0), "PHONE", n, "part"), ", okay")
    elif mode == 2:
        case.note = "ASR: caller gives their mother's number for a callback (%s)" % country
        digits = n.lstrip("+")
        plus = "plus " if n.startswith("+") else ""
        case.c("can you ring my mum instead, she's the account holder, her number is")
        case.a("go on")
        case.c(L(plus + spoken(rng, digits, sizes[1:] if plus else sizes), "PHONE", n), ", she's usually in after two")
    else:
        case.note = "ASR: phone over two turns with aside (%s)" % country
        digits = n.lstrip("+")
        plus = "plus " if n.startswith("+") else ""
        h = len(digits) // 2
        case.a("best number for you?")
        case.c(L(plus + spoken(rng, digits[:h], [h]), "PHONE", n, "part"), ", hold on it's a new phone, ")
        case.a("take your time")
        case.c(L(spoken(rng, digits[h:], [len(digits) - h]), "PHONE", n, "part"))
    return case


def p_email(rng):
    e = gen_email(rng)
    case = Case("positive", "")
    if rng.random() < 0.4:
        case.note = "typed: email address in chat"
        case.a("Can you confirm the email on the account?")
        t = e if rng.random() < 0.6 else e.capitalize()
        case.c(rng.choice(["its ", "email: ", "", "sure - "]), L(t, "EMAIL", e.lower() if t == e else e))
    else:
        case.note = "ASR: email spelled with dot/at, agent reads back, partial repeat"
        case.a("what email should the confirmation go to")
        case.c(L(speak_email(rng, e), "EMAIL", e))
        case.a("so ", L(speak_email(rng, e), "EMAIL", e), "?")
        case.c(rng.choice(["yes", "that's the one", "yeah"]))
    return case


def p_address(rng):
    country = rng.choice(["UK", "UK", "US", "IE"])
    flat, num, street = gen_address(rng, country)
    pc = gen_postcode(rng, "US" if country == "US" else "UK") if country != "IE" else None
    town = rng.choice(TOWNS_US if country == "US" else TOWNS_IE if country == "IE" else TOWNS_UK)
    case = Case("positive", "")
    if rng.random() < 0.45:
        case.note = "typed: address and postcode (%s)" % country
        a = (flat + str(num) + " " + street).title()
        case.a("What's the delivery address?")
        segs = [L(a, "ADDRESS", a), ", " + town.title()]
        if pc:
            segs += [rng.choice([", ", " ", "\n"]), L(pc, "POSTCODE", pc)]
        case.c(*segs)
    else:
        case.note = "ASR: address spoken, postcode confirmed piece by piece (%s)" % country
        a = flat + number_words(num) + " " + street
        case.a("and the first line of the address")
        case.c(rng.choice(["it's ", "", "um it's "]), L(a, "ADDRESS", a), ", " + town)
        if pc:
            pcn = pc.replace(" ", "").replace("-", "")
            if country == "US":
                case.a("zip code?")
                case.c(L(spoken(rng, pcn, [5, 4]), "POSTCODE", pc))
            else:
                out, inn = pc.split(" ")
                case.a("and the postcode")
                case.c(L(spell_alnum(rng, out, 0.3), "POSTCODE", pc, "part"))
                case.a(rng.choice(BACK))
                case.c(L(spell_alnum(rng, inn, 0.5), "POSTCODE", pc, "part"))
                case.a("so ", L(spell_alnum(rng, pc, 0.1), "POSTCODE", pc), ", and that's number " + number_words(num) + "?")
                case.c("yes")
    return case


def p_dob(rng):
    v = gen_dob(rng)
    case = Case("positive", "")
    asr = rng.random() < 0.6
    case.note = ("ASR" if asr else "typed") + ": date of birth for security check, agent repeats"
    case.a(rng.choice(["can i take your date of birth", "Please confirm your date of birth.", "for security, what's your dob"]))
    case.c(rng.choice(["", "it's ", "um ", "it's the ", "the "] if asr else ["", "DOB: ", "dob ", "born "]), L(render_date(rng, v, asr, rng.random() < 0.3), "DOB", v))
    if rng.random() < 0.6:
        case.a(rng.choice(["thank you, ", "thanks, that's the ", "so "]), L(render_date(rng, v, True), "DOB", v), rng.choice([", and you're calling about the payment due on the 3rd?", ", lovely", "."]))
    return case


def p_multi(rng):
    """Mixed verification: name, DOB, postcode, phone over transfer."""
    v = gen_dob(rng)
    pc = gen_postcode(rng)
    n, typed, sizes, country = gen_phone(rng)
    case = Case("positive", "ASR: verification across a transfer, caller repeats details to second agent")
    case.a("i'll verify you first, date of birth please")
    case.c(L(render_date(rng, v, True), "DOB", v))
    case.a("and postcode")
    case.c(L(spell_alnum(rng, pc, 0.2), "POSTCODE", pc))
    case.a("thanks, i'm transferring you to billing now, please hold")
    case.a("hello, billing, i've got your notes, can you just confirm the postcode again")
    case.c("again? ", L(spell_alnum(rng, pc, 0.0), "POSTCODE", pc))
    case.a("and a contact number in case we get cut off")
    digits = n.lstrip("+")
    case.c(L(("plus " if n.startswith("+") else "") + spoken(rng, digits, sizes[1:] if n.startswith("+") else sizes), "PHONE", n))
    return case


def p_email_typo(rng):
    e = gen_email(rng)
    local, dom = e.split("@")
    bad = local + "@" + dom.replace("o", "0", 1) if "o" in dom else local + "@" + dom + "m"
    case = Case("positive", "typed: email mistyped then corrected, agent confirms")
    case.c("my email is ", L(bad, "EMAIL", bad))
    case.c("sorry typo ", L(e, "EMAIL", e))
    case.a("No problem, I've updated it to ", L(e, "EMAIL", e), ".")
    return case


POS = [(p_card_chat, 7), (p_card_asr_pieces, 7), (p_card_correction, 7), (p_card_hold, 5), (p_card_third_party, 4),
       (p_ssn, 10), (p_ni, 10), (p_bank, 7), (p_us_bank, 2), (p_iban, 6), (p_phone, 8), (p_email, 6), (p_email_typo, 2),
       (p_address, 16), (p_dob, 6), (p_multi, 3)]


# ---------------------------------------------------------------- negatives
def n_templates(rng):
    d = lambda k: "".join(rng.choice("0123456789") for _ in range(k))
    k = rng.randint(0, 21)
    case = Case("negative", "")
    if k == 0:
        ref = luhn_complete("4", 16, rng)
        case.note = "tracking number that is Luhn-valid, read like a card"
        case.a("can i have the tracking number from your dispatch email")
        case.c("the tracking number is " + spoken(rng, ref, [4, 4, 4, 4]))
    elif k == 1:
        case.note = "order number read in groups of four"
        case.c("order number " + " ".join(split_groups(d(16), [4, 4, 4, 4])) + ", ordered on the 14th of March")
        case.a("thanks, that order was \u00a3%d.%02d and shipped on the 16th" % (rng.randint(10, 500), rng.randint(0, 99)))
    elif k == 2:
        case.note = "card last four only, balance and payment date"
        case.a("i can see the card ending " + spoken(rng, d(4), [4], filler=0) + ", is that the one?")
        case.c("yeah that's the one, ending " + d(4)[:0] + "in the same digits")
        case.a("your balance is " + number_words(rng.randint(100, 999)) + " pounds and " + number_words(rng.randint(1, 99)) + " pence, due on the first of june")
    elif k == 3:
        case.note = "meter reading and account balance"
        case.c("meter reading is " + spoken(rng, d(5), [5]) + ", and the night one is " + d(5))
        case.a("thanks, that brings your balance to \u00a3%d.%02d in credit" % (rng.randint(1, 300), rng.randint(0, 99)))
    elif k == 4:
        case.note = "flight, seat, gate and booking reference"
        case.a("you're on flight EI %d, seat %d%s, gate %d, boarding at %d:%02d" % (rng.randint(100, 999), rng.randint(1, 40), rng.choice("ABCDEF"), rng.randint(1, 60), rng.randint(5, 22), rng.choice([0, 15, 30, 45])))
        case.c("and the booking reference is " + "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(6)) + " right?")
    elif k == 5:
        case.note = "policy number with label, long digits"
        pol = d(rng.choice([10, 11, 12]))
        case.c("my policy number is " + spoken(rng, pol, [3, 3, 4, 2]))
        case.a("policy " + pol + ", renewal on the 2nd of August, premium %d pounds a month" % rng.randint(15, 90))
    elif k == 6:
        case.note = "claim reference read back and corrected, like an SSN shape"
        ref = d(9)
        case.a("your claim reference is " + ref[:3] + "-" + ref[3:5] + "-" + ref[5:])
        case.c("claim reference " + spoken(rng, ref, [3, 2, 4]) + "?")
        case.a("yes, claim reference correct, no wait, the last digit is " + UNITS[int(ref[-1])])
    elif k == 7:
        case.note = "opening hours, times, durations"
        case.a("we're open eight till eight weekdays, nine till five on saturday, and the wait is about forty five minutes")
        case.c("ok i'll call back at 10:30 then, it's been 2 hours already")
    elif k == 8:
        case.note = "ages, counts, temperature, percentage"
        case.c("my son's %d, my daughter's %d, there's %d of us travelling and it was %d degrees in the room" % (rng.randint(3, 17), rng.randint(3, 17), rng.randint(2, 6), rng.randint(25, 34)))
        case.a("okay, we can offer %d percent off, that's %d pounds %d" % (rng.randint(5, 30), rng.randint(10, 200), rng.randint(10, 99)))
    elif k == 9:
        case.note = "invoice number that looks like a sort code + account"
        case.c("invoice " + d(2) + "-" + d(2) + "-" + d(2) + " " + d(8) + " hasn't been paid")
        case.a("invoice number noted, it was due on 03/04/2025")
    elif k == 10:
        case.note = "serial and model numbers"
        case.c("serial number is " + "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2)) + d(6) + rng.choice("ABCD") + ", model " + d(4) + "-" + d(3))
        case.a("thanks, the serial shows the boiler was fitted in 2019")
    elif k == 11:
        case.note = "ticket number spelled with NATO, not an NI number"
        t = "".join(rng.choice("ABCEGHJKLMNPRSTWXYZ") for _ in range(2)) + d(6) + rng.choice("ABCD")
        case.a("your ticket number is " + spell_alnum(rng, t, 0.6))
        case.c("ticket " + t + ", thanks")
    elif k == 12:
        case.note = "road names and town, no house number"
        case.c("i was driving along " + rng.choice(STREETS).title() + " " + rng.choice(SUFFIX_UK).title() + " towards the A" + str(rng.randint(1, 999)) + " near " + rng.choice(TOWNS_UK).title())
        case.a("and roughly what time was that")
        case.c("about quarter past six")
    elif k == 13:
        case.note = "year and contract dates, appointment date"
        case.a("your contract started on the %s of %s %d and ends in %d" % (ordinal_word(rng.randint(1, 28)), rng.choice(MONTHS), rng.randint(2019, 2024), rng.randint(2025, 2027)))
        case.c("can i book the engineer for the " + ordinal_word(rng.randint(1, 28)) + " then, morning slot")
    elif k == 14:
        case.note = "amount spoken digit by digit like a reading"
        amt = rng.randint(1000, 99999)
        case.c("the refund amount was " + number_words(amt // 100 if amt < 100000 else 99) + " pounds, the total on the statement says " + " ".join(str(amt)) + " pence")
        case.a("okay, so a refund of \u00a3%d.%02d" % (amt // 100, amt % 100))
    elif k == 15:
        case.note = "room number and hotel booking ref, long digit string"
        case.a("you're in room %d, booking ref %s, check-in from 3pm" % (rng.randint(100, 1299), d(12)))
        case.c("room " + number_words(rng.randint(100, 999)) + "? oh lovely")
    elif k == 16:
        case.note = "reference number given in pieces with back-channels"
        ref = d(12)
        case.a("i'll give you a reference number for this call")
        case.c("go on")
        case.a("reference " + spoken(rng, ref[:6], [3, 3]))
        case.c("mhm")
        case.a(spoken(rng, ref[6:], [3, 3]) + ", that's your reference")
    elif k == 17:
        case.note = "customer number 19 digits labelled as membership number"
        m = luhn_complete("6", 19, rng)
        case.c("membership number " + " ".join(split_groups(m, [4, 4, 4, 4, 3])))
        case.a("thanks, that's your loyalty membership, %d points" % rng.randint(100, 9000))
    elif k == 18:
        case.note = "card last four repeated and confirmed piece by piece"
        l4 = d(4)
        case.a("which card, the one ending " + l4 + "?")
        case.c("ending " + spoken(rng, l4, [2, 2], filler=0) + ", yes")
        case.a("ending " + spoken(rng, l4, [4], filler=0) + ", okay, payment of %d pounds taken" % rng.randint(10, 500))
    elif k == 19:
        case.note = "phone line fault, extension numbers and hold durations"
        case.a("please hold, i'm transferring you to extension %d, it'll be about %d minutes" % (rng.randint(2000, 7999), rng.randint(2, 20)))
        case.c("that's fine, i've been on hold %d minutes already" % rng.randint(5, 50))
    elif k == 20:
        case.note = "IBAN-shaped reference that fails mod-97, labelled as a payment reference"
        while True:
            fake = "GB" + d(2) + "REF" + rng.choice("ABCDEFGH") + d(14)
            if not iban_ok(fake):
                break
        case.a("use payment reference " + fake + " on the transfer")
        case.c("payment reference " + fake + ", got it")
    else:
        case.note = "NHS-style patient/claim number and appointment time"
        case.c("my patient ID is " + d(3) + " " + d(3) + " " + d(4) + " and the appointment was at twenty past two")
        case.a("thanks, the bill for that visit was $%d.%02d" % (rng.randint(20, 2000), rng.randint(0, 99)))
    return case


# ---------------------------------------------------------------- build / check
def generate():
    rng = random.Random(428241125)
    recs, allabs = [], []
    counts = Counter()
    need = {"CARD_NUMBER": 70, "SSN": 30, "NI_NUMBER": 30}
    funcs = [f for f, w in POS for _ in range(w)]
    npos = 0
    while True:
        short = [t for t in TYPES if counts[t] < need.get(t, 10) + 4]
        if npos >= 210 and not short:
            break
        f = rng.choice(funcs)
        case = f(rng)
        npos += 1
        rec, labs = case.build("h428-pos-%03d" % npos)
        for s in rec["spans"]:
            counts[s["type"]] += 1
        recs.append(rec); allabs.append(labs)
    for i in range(110):
        rec, labs = n_templates(rng).build("h428-neg-%03d" % (i + 1))
        recs.append(rec); allabs.append(labs)
    return recs, allabs


def serialise(recs):
    return "".join(json.dumps(r, ensure_ascii=False, sort_keys=False) + "\n" for r in recs)


def counts_table(recs):
    c = Counter(s["type"] for r in recs for s in r["spans"])
    cs = Counter()
    for r in recs:
        for t in set(s["type"] for s in r["spans"]):
            cs[t] += 1
    return c, cs


def readme(recs):
    c, cs = counts_table(recs)
    npos = sum(r["kind"] == "positive" for r in recs)
    nneg = len(recs) - npos
    rows = "\n".join("| %s | %d | %d |" % (t, c[t], cs[t]) for t in TYPES)
    return """# pii_holdout428 \u2014 held-out PII redaction evaluation set

> **Never use this set for tuning.** Do not look at these cases while developing
> or adjusting the redaction engine, its patterns, thresholds or word lists. It is
> only for measuring the engine after the fact. If it leaks into development it
> stops measuring anything.

## Who wrote it and how

Written by an AI helper acting as an independent test author. The author did
**not** see the redaction code, its tests, docs or other fixtures; the cases are
generated from the author's own templates by `scripts/make_pii_holdout428.py`
(Python standard library only, one `random.Random(428241125)`). Every turn is
assembled from plain-text segments and labelled value segments, so offsets are
computed, never typed by hand.

Regenerate / verify:

    python scripts/make_pii_holdout428.py          # writes cases.jsonl and this README
    python scripts/make_pii_holdout428.py --check  # regenerate, byte-compare, validate

`--check` verifies the file is byte-identical to a fresh generation, ids are
unique, spans are in range, start/end on word boundaries and non-overlapping, and
each labelled value validates after normalising spoken forms (number words,
oh/nought/zero, double/triple, pairs and hundreds, NATO spelling, "dot"/"at"):
Luhn for cards, mod-97 for IBANs, NI format, 9 digits for SSN, 6 for sort codes,
3-4 for CVV, plausible phone/postcode/e-mail shapes, date components for DOB and
EXPIRY. Partial readings must be a piece of the full value; mis-read attempts
(an agent's wrong read-back) must have the right character class.

## Format

One JSON object per line: `id`, `kind` (`positive`/`negative`), `turns`
(`speaker` is `customer` or `agent`, `text`), `spans` (`turn`, `start`, `end`
exclusive Python character offsets into that turn's text, `type`), `note`.

## Annotation conventions

- A span covers exactly the value, from its first letter/digit to its last;
  lead-in words ("it's", "my number is", "acct no:") are outside.
- A value split across turns is one span per turn, each with the value's type.
  A reading interrupted by an aside in the same turn is two spans; the aside is
  outside. Agent read-backs are labelled too, including wrong read-backs (a
  mis-heard digit is still the customer's card/phone/SSN) and partial repeats.
- Filler words spoken inside a reading ("um", "uh", "er") are inside the span.
- Phone spans include the country code ("plus four four ...", "+353 ...").
- ADDRESS covers the flat/house number and street, not the town; the postcode
  or ZIP is a separate POSTCODE span.
- DOB and EXPIRY cover the whole date expression.
- A card's last four said on their own ("card ending 4821") are not PII (PCI DSS
  allows them) unless the full card was read in the same case; when it was,
  a later "card ending ..." mention is labelled CARD_NUMBER as well.
- Negative cases contain no PII at all: amounts, balances, times, durations,
  counts, ages, percentages, years, contract/appointment dates, order, ticket,
  invoice, claim, policy, tracking, serial, model, membership and booking
  numbers with their label, meter readings, flight/room/gate/seat numbers, road
  names and card last-four mentions, several of them deliberately shaped like
  cards, SSNs, sort codes, NI numbers or IBANs.
- Emphasis of this set: back-and-forth between agent and caller: read-backs,
  single-digit corrections, partial repeats, values confirmed piece by piece,
  holds and transfers, callers reading for someone else.

## Counts

%d cases: %d positive, %d negative.

| type | spans | cases containing |
|---|---|---|
%s
| **total** | %d | |
""" % (len(recs), npos, nneg, rows, sum(c.values()))


def word_ok(text, start, end, typ=None):
    if not (0 <= start < end <= len(text)):
        return False
    if not ((text[start].isalnum() or (typ == "PHONE" and text[start] == "+")) and text[end - 1].isalnum()):
        return False
    if start > 0 and text[start - 1].isalnum():
        return False
    if end < len(text) and text[end].isalnum():
        return False
    return True


def check(recs, allabs):
    errs = []
    ids = [r["id"] for r in recs]
    if len(ids) != len(set(ids)):
        errs.append("duplicate ids")
    for r, labs in zip(recs, allabs):
        if r["kind"] == "negative" and r["spans"]:
            errs.append("%s: negative with spans" % r["id"])
        if r["kind"] == "positive" and not r["spans"]:
            errs.append("%s: positive without spans" % r["id"])
        for t in r["turns"]:
            if t["speaker"] not in ("customer", "agent"):
                errs.append("%s: bad speaker" % r["id"])
        by_turn = {}
        for s, lab in zip(r["spans"], labs):
            if s["type"] not in TYPES:
                errs.append("%s: bad type" % r["id"])
            if not (0 <= s["turn"] < len(r["turns"])):
                errs.append("%s: bad turn" % r["id"]); continue
            text = r["turns"][s["turn"]]["text"]
            if not word_ok(text, s["start"], s["end"], s["type"]):
                errs.append("%s: span not on word boundary %r" % (r["id"], text[s["start"]:s["end"]]))
            if text[s["start"]:s["end"]] != lab.text:
                errs.append("%s: span text mismatch" % r["id"])
            try:
                ok = check_span(lab)
            except (ValueError, IndexError) as ex:
                ok = False
                errs.append("%s: normalise error %s" % (r["id"], ex))
            if not ok:
                errs.append("%s: %s value fails validation: %r (%s)" % (r["id"], s["type"], lab.text, lab.mode))
            by_turn.setdefault(s["turn"], []).append((s["start"], s["end"]))
        for spans in by_turn.values():
            spans.sort()
            for a, b in zip(spans, spans[1:]):
                if b[0] < a[1]:
                    errs.append("%s: overlapping spans" % r["id"])
    c, _ = counts_table(recs)
    npos = sum(r["kind"] == "positive" for r in recs)
    if npos < 200 or len(recs) - npos < 100:
        errs.append("too few cases")
    for t in TYPES:
        if c[t] < {"CARD_NUMBER": 70, "SSN": 30, "NI_NUMBER": 30}.get(t, 10):
            errs.append("too few %s spans: %d" % (t, c[t]))
    return errs


def main():
    recs, allabs = generate()
    data = serialise(recs)
    rd = readme(recs)
    if "--check" in sys.argv[1:]:
        errs = check(recs, allabs)
        try:
            with open(OUT, encoding="utf-8") as fh:
                if fh.read() != data:
                    errs.append("cases.jsonl differs from regeneration")
        except OSError:
            errs.append("cases.jsonl missing")
        try:
            with open(README, encoding="utf-8") as fh:
                if fh.read() != rd:
                    errs.append("README.md differs from regeneration")
        except OSError:
            errs.append("README.md missing")
        # re-read the file and re-check structure from disk
        for line in data.splitlines():
            json.loads(line)
        for e in errs[:50]:
            print("ERROR:", e)
        c, _ = counts_table(recs)
        print("cases=%d positive=%d negative=%d" % (len(recs), sum(r["kind"] == "positive" for r in recs),
                                                    sum(r["kind"] == "negative" for r in recs)))
        print(", ".join("%s=%d" % (t, c[t]) for t in TYPES))
        print("CHECK FAILED (%d errors)" % len(errs) if errs else "CHECK OK")
        return 1 if errs else 0
    errs = check(recs, allabs)
    for e in errs[:50]:
        print("ERROR:", e)
    if errs:
        print("not written: %d errors" % len(errs))
        return 1
    os.makedirs(OUT_DIR, exist_ok=True)
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(data)
    with open(README, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(rd)
    print("wrote %d cases to %s" % (len(recs), OUT))
    return 0


if __name__ == "__main__":
    sys.exit(main())

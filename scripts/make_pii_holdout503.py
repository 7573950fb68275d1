#!/usr/bin/env python3
"""Generate the pii_holdout503 held-out PII redaction evaluation set.

Usage:
    python scripts/make_pii_holdout503.py          # (re)write cases.jsonl
    python scripts/make_pii_holdout503.py --check  # regenerate and verify

Standard library only.  Every turn is assembled from plain-text segments and
labelled value segments, so span offsets are computed, never typed by hand.
"""
import json
import os
import random
import re
import sys

SEED = 503241125
HERE = os.path.dirname(os.path.abspath(__file__))
OUT_DIR = os.path.join(HERE, "..", "tests", "fixtures", "pii_holdout503")
OUT = os.path.join(OUT_DIR, "cases.jsonl")

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

# ---------------------------------------------------------------- spoken forms
UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy",
        8: "eighty", 9: "ninety"}
ZERO_WORDS = {"zero", "oh", "o", "nought"}
FILLERS = {"um", "uh", "er", "erm", "uhh", "umm", "hmm", "ehm"}
SEPWORDS = {"dash", "hyphen", "space", "slash"}
UNIT_VAL = {w: str(i) for i, w in enumerate(UNITS)}
for _z in ZERO_WORDS:
    UNIT_VAL[_z] = "0"
TEEN_VAL = {w: str(10 + i) for i, w in enumerate(TEENS)}
TENS_VAL = {w: k for k, w in TENS.items()}
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo",
        "f": "foxtrot", "g": "golf", "h": "hotel", "j": "juliet", "k": "kilo",
        "l": "lima", "m": "mike", "n": "november", "p": "papa", "q": "quebec",
        "r": "romeo", "s": "sierra", "t": "tango", "w": "whiskey", "x": "x-ray",
        "y": "yankee", "z": "zulu"}
FOLK = {"a": "apple", "b": "bravo", "c": "charlie", "d": "delta", "e": "edward",
        "g": "george", "h": "harry", "j": "jack", "k": "king", "l": "london",
        "m": "mother", "n": "nancy", "p": "peter", "r": "robert", "s": "sugar",
        "t": "tommy", "w": "william", "x": "xmas", "y": "yellow", "z": "zebra",
        "q": "queen"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
MON3 = [m[:3] for m in MONTHS] + ["sept"]
ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
            "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth",
            "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
            "twentieth", "twenty first", "twenty second", "twenty third",
            "twenty fourth", "twenty fifth", "twenty sixth", "twenty seventh",
            "twenty eighth", "twenty ninth", "thirtieth", "thirty first"]
STREET_SUFFIX = {"road", "street", "avenue", "lane", "close", "drive", "grove", "way",
                 "crescent", "place", "terrace", "court", "gardens", "rd", "st", "ave",
                 "ln", "dr", "blvd", "boulevard", "row", "hill", "square", "walk", "mews",
                 "park", "parade"}


def spoken_to_chars(s, letters=False):
    """Normalise a spoken or typed value to its characters. Raises on junk."""
    toks = re.findall(r"[a-z0-9]+|\+", s.lower().replace("x-ray", "xray"))
    out = []
    i = 0
    n = len(toks)
    while i < n:
        t = toks[i]
        nx = toks[i + 1] if i + 1 < n else None
        if t in FILLERS or t in SEPWORDS:
            i += 1
            continue
        if t in ("+", "plus"):
            out.append("+")
            i += 1
            continue
        if letters and len(t) == 1 and t.isalpha() and t != "o":
            if nx == "for" and i + 2 < n and toks[i + 2][0] == t:
                out.append(t.upper())
                i += 3
                continue
            if nx == "as" and i + 3 < n and toks[i + 2] == "in" and toks[i + 3][0] == t:
                out.append(t.upper())
                i += 4
                continue
        if t in ("double", "triple"):
            k = 2 if t == "double" else 3
            if nx in UNIT_VAL:
                ch = UNIT_VAL[nx]
            elif nx is not None and len(nx) == 1 and (nx.isdigit() or (letters and nx.isalpha())):
                ch = nx.upper()
            else:
                raise ValueError("bad double: %r" % s)
            out.append(ch * k)
            i += 2
            continue
        if t in UNIT_VAL:
            if nx == "hundred":
                d = UNIT_VAL[t]
                if d == "0":
                    raise ValueError("zero hundred")
                i += 2
                if i < n and toks[i] == "and":
                    i += 1
                    t2 = toks[i] if i < n else None
                    if t2 in TEEN_VAL:
                        out.append(d + TEEN_VAL[t2]); i += 1
                    elif t2 in TENS_VAL:
                        tv = TENS_VAL[t2]; i += 1
                        if i < n and toks[i] in UNIT_VAL and UNIT_VAL[toks[i]] != "0":
                            out.append(d + str(tv) + UNIT_VAL[toks[i]]); i += 1
                        else:
                            out.append(d + str(tv) + "0")
                    elif t2 in UNIT_VAL and UNIT_VAL[t2] != "0":
                        out.append(d + "0" + UNIT_VAL[t2]); i += 1
                    else:
                        raise ValueError("bad hundred: %r" % s)
                else:
                    out.append(d + "00")
                continue
            out.append(UNIT_VAL[t])
            i += 1
            continue
        if t in TEEN_VAL:
            out.append(TEEN_VAL[t])
            i += 1
            continue
        if t in TENS_VAL:
            if nx in UNIT_VAL and UNIT_VAL[nx] != "0":
                out.append(str(TENS_VAL[t]) + UNIT_VAL[nx])
                i += 2
            else:
                out.append(str(TENS_VAL[t]) + "0")
                i += 1
            continue
        if t.isdigit():
            out.append(t)
            i += 1
            continue
        if letters and (len(t) <= 4 or any(c.isdigit() for c in t)):
            out.append(t.upper())
            i += 1
            continue
        raise ValueError("unknown token %r in %r" % (t, s))
    return "".join(out)


def spoken_email(s):
    toks = re.findall(r"[a-z0-9]+|[@._+-]", s.lower())
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        if t in FILLERS:
            i += 1
            continue
        if t == "dot":
            out.append(".")
        elif t == "at":
            out.append("@")
        elif t == "underscore":
            out.append("_")
        elif t in ("dash", "hyphen"):
            out.append("-")
        elif t in UNIT_VAL or t in TEEN_VAL or t in TENS_VAL or t in ("double", "triple"):
            j = i
            while j < len(toks) and (toks[j] in UNIT_VAL or toks[j] in TEEN_VAL or
                                     toks[j] in TENS_VAL or toks[j] in ("double", "triple")
                                     or (j > i and toks[j - 1] in ("double", "triple"))):
                j += 1
            out.append(spoken_to_chars(" ".join(toks[i:j])))
            i = j
            continue
        else:
            out.append(t)
        i += 1
    return "".join(out)


def luhn_ok(d):
    tot = 0
    for i, ch in enumerate(reversed(d)):
        v = int(ch)
        if i % 2 == 1:
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


NI_RE = re.compile(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]")
UKPC_RE = re.compile(r"[A-Z]{1,2}\d[A-Z\d]?\d[ABD-HJLNP-UW-Z]{2}")


def date_ok(s, expiry=False):
    low = s.lower()
    words = re.findall(r"[a-z]+", low)
    if any(w in MONTHS or w in MON3 for w in words):
        return bool(re.search(r"\d", low)) or any(
            w in UNIT_VAL or w in TEEN_VAL or w in TENS_VAL or w in " ".join(ORDINALS).split()
            for w in words)
    if re.fullmatch(r"\d{1,2}\s*[/.\-]\s*\d{1,2}\s*[/.\-]\s*\d{2,4}", s.strip()):
        return not expiry
    if expiry and re.fullmatch(r"\d{1,2}\s*[/\-]\s*\d{2,4}", s.strip()):
        return 1 <= int(re.split(r"\s*[/\-]\s*", s.strip())[0]) <= 12
    d = spoken_to_chars(s)
    if expiry:
        return len(d) in (4, 6) and 1 <= int(d[:2]) <= 12
    if len(d) not in (6, 8):
        return False
    a, b = int(d[:2]), int(d[2:4])
    return (1 <= a <= 31 and 1 <= b <= 12) or (1 <= a <= 12 and 1 <= b <= 31)


def normalise(text, typ):
    if typ == "EMAIL":
        return spoken_email(text)
    if typ in ("NI_NUMBER", "IBAN", "POSTCODE"):
        return spoken_to_chars(text, letters=True)
    if typ in ("DOB", "EXPIRY", "ADDRESS"):
        return text
    return spoken_to_chars(text)


def validate_full(typ, val):
    """val is the normalised full value."""
    if typ == "CARD_NUMBER":
        return val.isdigit() and 13 <= len(val) <= 19 and luhn_ok(val)
    if typ == "CVV":
        return val.isdigit() and len(val) in (3, 4)
    if typ == "SSN":
        return (val.isdigit() and len(val) == 9 and val[:3] not in ("000", "666")
                and val[0] != "9" and val[3:5] != "00" and val[5:] != "0000")
    if typ == "NI_NUMBER":
        return bool(NI_RE.fullmatch(val))
    if typ == "SORT_CODE":
        return val.isdigit() and len(val) == 6
    if typ == "BANK_ACCOUNT":
        return val.isdigit() and 6 <= len(val) <= 17
    if typ == "IBAN":
        return iban_ok(val)
    if typ == "PHONE":
        if val.startswith("+1") or val.startswith("001"):
            return bool(re.fullmatch(r"(\+|00)1[2-9]\d{9}", val))
        if val.startswith("+") or val.startswith("00"):
            return bool(re.fullmatch(r"(\+|00)(44|353|33)[1-9]\d{8,9}", val))
        return bool(re.fullmatch(r"0\d{9,10}|[2-9]\d{9}", val))
    if typ == "EMAIL":
        return bool(re.fullmatch(r"[a-z0-9._+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+", val.lower()))
    if typ == "POSTCODE":
        return bool(UKPC_RE.fullmatch(val)) or bool(re.fullmatch(r"\d{5}(\d{4})?", val))
    if typ == "DOB":
        return date_ok(val)
    if typ == "EXPIRY":
        return date_ok(val, expiry=True)
    if typ == "ADDRESS":
        low = val.lower()
        words = re.findall(r"[a-z]+", low)
        has_num = bool(re.search(r"\d", low)) or any(
            w in UNIT_VAL or w in TEEN_VAL or w in TENS_VAL for w in words)
        return has_num and any(w in STREET_SUFFIX for w in words)
    return False


# ---------------------------------------------------------------- case builder
class V(object):
    """A labelled value segment. role: full | part | frag."""
    def __init__(self, text, typ, canon=None, role="full", group=None):
        self.text, self.typ, self.canon, self.role, self.group = text, typ, canon, role, group


class Case(object):
    def __init__(self, kind, note):
        self.kind, self.note, self.turns = kind, note, []

    def add(self, speaker, *parts):
        self.turns.append((speaker, list(parts)))
        return self

    def c(self, *parts):
        return self.add("customer", *parts)

    def a(self, *parts):
        return self.add("agent", *parts)

    def build(self, cid):
        turns, spans, meta = [], [], []
        for ti, (spk, parts) in enumerate(self.turns):
            buf = ""
            for p in parts:
                if isinstance(p, V):
                    st = len(buf)
                    buf += p.text
                    spans.append({"turn": ti, "start": st, "end": len(buf), "type": p.typ})
                    meta.append(p)
                else:
                    buf += p
            turns.append({"speaker": spk, "text": buf})
        return ({"id": cid, "kind": self.kind, "turns": turns, "spans": spans,
                 "note": self.note}, meta)


# ---------------------------------------------------------------- renderers
def pair_words(two):
    a, b = int(two[0]), int(two[1])
    if a == 1:
        return TEENS[b]
    return TENS[a] + ("" if b == 0 else " " + UNITS[b])


def render_spoken(rng, ds, zero=None, fillers=0.05, pairs=0.3, hundreds=0.05,
                  doubles=0.6, sep_comma=0.1, tries=200):
    """Spoken rendering of a digit string, verified by round-trip."""
    for _ in range(tries):
        zw = zero or rng.choice(["oh", "oh", "zero", "o", "nought", None])
        words = []
        used_h = False
        lp, lh = (pairs, hundreds) if rng.random() < 0.6 else (0.0, 0.0)
        i = 0
        while i < len(ds):
            d = ds[i]
            z = zw or rng.choice(["oh", "zero"])
            uw = (lambda c: z if c == "0" else UNITS[int(c)])
            r = rng.random()
            if i + 2 < len(ds) and ds[i] == ds[i + 1] == ds[i + 2] and r < doubles * 0.7:
                words.append("triple " + uw(d)); i += 3
            elif i + 1 < len(ds) and ds[i] == ds[i + 1] and r < doubles:
                words.append("double " + uw(d)); i += 2
            elif i + 2 < len(ds) and d != "0" and r < lh and not used_h:
                used_h = True
                rest = ds[i + 1:i + 3]
                w = UNITS[int(d)] + " hundred"
                if rest == "00":
                    pass
                elif rest[0] == "0":
                    w += " and " + UNITS[int(rest[1])]
                else:
                    w += " and " + pair_words(rest)
                words.append(w); i += 3
            elif i + 1 < len(ds) and d != "0" and r < lp + lh:
                words.append(pair_words(ds[i:i + 2])); i += 2
            else:
                words.append(uw(d)); i += 1
            if i < len(ds):
                rr = rng.random()
                if rr < fillers:
                    words.append(rng.choice(["um", "uh", "er", "erm"]))
                elif rr < fillers + sep_comma:
                    words[-1] += ","
        txt = " ".join(words)
        try:
            if spoken_to_chars(txt) == ds:
                return txt
        except ValueError:
            pass
    return " ".join(UNITS[int(c)] for c in ds)


def spoken_letter(rng, ch, style=None):
    ch = ch.lower()
    style = style or rng.choice(["plain", "plain", "nato", "folk", "asin"])
    if style == "plain" or ch not in NATO:
        return ch
    if style == "nato":
        return "%s for %s" % (ch, NATO[ch])
    if style == "folk":
        return "%s for %s" % (ch, FOLK.get(ch, NATO[ch]))
    return "%s as in %s" % (ch, FOLK.get(ch, NATO[ch]))


def typed_groups(rng, ds, sizes, seps=(" ", "-", "", " ", ".")):
    sep = rng.choice(seps)
    out, i = [], 0
    for s in sizes:
        if i >= len(ds):
            break
        out.append(ds[i:i + s]); i += s
    if i < len(ds):
        out.append(ds[i:])
    return sep.join(out)


def chunk_split(ds, k, rng):
    """Split digit string into k contiguous non-empty pieces."""
    cuts = sorted(rng.sample(range(2, len(ds) - 1), k - 1))
    pieces, prev = [], 0
    for c in cuts + [len(ds)]:
        pieces.append(ds[prev:c]); prev = c
    return pieces


# ---------------------------------------------------------------- value makers
def luhn_complete(prefix, length, rng):
    body = prefix + "".join(rng.choice("0123456789") for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def make_card(rng):
    kind = rng.choice(["visa", "visa", "visa", "mc", "mc", "amex", "disc", "visa13", "maestro19", "mc2"])
    if kind == "visa":
        return luhn_complete("4" + rng.choice("0123456789"), 16, rng)
    if kind == "visa13":
        return luhn_complete("4", 13, rng)
    if kind == "mc":
        return luhn_complete("5" + rng.choice("12345"), 16, rng)
    if kind == "mc2":
        return luhn_complete("22" + rng.choice("3456"), 16, rng)
    if kind == "amex":
        return luhn_complete(rng.choice(["34", "37"]), 15, rng)
    if kind == "disc":
        return luhn_complete("6011", 16, rng)
    return luhn_complete(rng.choice(["6759", "6761", "5018"]), 19, rng)


def card_typed(rng, card):
    L = len(card)
    r = rng.random()
    if L == 15 and r < 0.7:
        return typed_groups(rng, card, [4, 6, 5], (" ", "-", ""))
    if r < 0.55:
        return typed_groups(rng, card, [4] * 5, (" ", "-", "", " "))
    if r < 0.75:
        return card
    sizes = []
    while sum(sizes) < L:
        sizes.append(rng.choice([2, 3, 4, 5, 6]))
    return typed_groups(rng, card, sizes, (" ", "-", " "))


def make_ssn(rng):
    while True:
        a = rng.randint(1, 899)
        if a == 666:
            continue
        return "%03d%02d%04d" % (a, rng.randint(1, 99), rng.randint(1, 9999))


def ssn_typed(rng, s):
    r = rng.random()
    if r < 0.5:
        return "%s-%s-%s" % (s[:3], s[3:5], s[5:])
    if r < 0.75:
        return "%s %s %s" % (s[:3], s[3:5], s[5:])
    if r < 0.9:
        return s
    return "%s.%s.%s" % (s[:3], s[3:5], s[5:])


NI_FIRST = "ABCEGHJKLMNPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def make_ni(rng):
    while True:
        p = rng.choice(NI_FIRST) + rng.choice(NI_SECOND)
        if p in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            continue
        return p + "%06d" % rng.randint(0, 999999) + rng.choice("ABCD")


def ni_typed(rng, ni):
    r = rng.random()
    if r < 0.35:
        t = "%s %s %s %s %s" % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8])
    elif r < 0.7:
        t = ni
    elif r < 0.85:
        t = "%s%s %s" % (ni[:2], ni[2:8], ni[8])
    else:
        t = "%s-%s-%s-%s-%s" % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8])
    return t.lower() if rng.random() < 0.3 else t


def ni_spoken(rng, ni):
    style = rng.choice(["plain", "nato", "folk", "mixed", "asin"])
    let = lambda c: spoken_letter(rng, c, None if style == "mixed" else style)
    return " ".join([let(ni[0]), let(ni[1]), render_spoken(rng, ni[2:8], fillers=0.05),
                     let(ni[8])])


IBAN_SPECS = {
    "GB": lambda r: rng_pick(r, ["NWBK", "BARC", "MIDL", "LLYD", "HBUK"]) + rd(r, 14),
    "IE": lambda r: rng_pick(r, ["AIBK", "BKIR", "ULSB"]) + rd(r, 14),
    "DE": lambda r: rd(r, 18),
    "FR": lambda r: rd(r, 23),
    "ES": lambda r: rd(r, 20),
    "NL": lambda r: rng_pick(r, ["ABNA", "INGB", "RABN", "TRIX"]) + rd(r, 10),
    "IT": lambda r: rng_pick(r, list("XYZW")) + rd(r, 22),
}


def rng_pick(r, xs):
    return r.choice(xs)


def rd(r, n):
    return "".join(r.choice("0123456789") for _ in range(n))


def make_iban(rng, cc=None):
    cc = cc or rng.choice(list(IBAN_SPECS))
    bban = IBAN_SPECS[cc](rng)
    num = "".join(str(int(c, 36)) for c in bban + cc + "00")
    chk = 98 - int(num) % 97
    return cc + "%02d" % chk + bban


def iban_typed(rng, ib):
    r = rng.random()
    t = " ".join(ib[i:i + 4] for i in range(0, len(ib), 4)) if r < 0.6 else ib
    return t.lower() if rng.random() < 0.15 else t


def alnum_spoken(rng, s, style=None):
    """Spoken form of mixed letters/digits (IBAN, postcode)."""
    out, i = [], 0
    while i < len(s):
        if s[i].isalpha():
            out.append(spoken_letter(rng, s[i], style)); i += 1
        else:
            j = i
            while j < len(s) and s[j].isdigit():
                j += 1
            out.append(render_spoken(rng, s[i:j], zero=rng.choice(["oh", "zero"]),
                                     fillers=0.03, sep_comma=0.05))
            i = j
    return " ".join(out)


UK_OUT = ["SW1A", "M1", "EC2V", "B33", "CR2", "LS6", "G12", "EH3", "BS8", "CF10", "NE1",
          "L17", "SE15", "N7", "W12", "E14", "NG7", "RG1", "BT9", "CB4", "YZ?"]
UK_OUT = [x for x in UK_OUT if "?" not in x]
PC_IN = "ABDEFGHJLNPQRSTUWXYZ"


def make_ukpc(rng):
    return rng.choice(UK_OUT) + str(rng.randint(0, 9)) + rng.choice(PC_IN) + rng.choice(PC_IN)


def ukpc_typed(rng, pc):
    t = pc[:-3] + rng.choice([" ", " ", ""]) + pc[-3:]
    return t.lower() if rng.random() < 0.25 else t


def make_zip(rng, plus4=False):
    z = "%05d" % rng.randint(1001, 99950)
    return z + ("%04d" % rng.randint(1, 9999) if plus4 else "")


STREETS = ["Elm Grove", "Kingsway Road", "Station Road", "Mill Lane", "Church Street",
           "Orchard Close", "Victoria Avenue", "Hawthorn Drive", "Priory Way", "Albert Terrace",
           "Maple Avenue", "Queens Crescent", "Beech Court", "Fernhill Gardens", "Harbour Row",
           "Oak Street", "Willow Lane", "Park Place", "Glenview Drive", "Market Square"]
US_STREETS = ["Maple St", "Oak Avenue", "Sunset Blvd", "Pine Street", "Lakeview Drive",
              "Cedar Ln", "Washington Ave", "Elm St", "Ridge Road", "Highland Ave"]
TOWNS_UK = ["Leeds", "Bristol", "Manchester", "Glasgow", "Cardiff", "Norwich", "Reading", "Belfast"]
TOWNS_US = [("Springfield", "IL"), ("Austin", "TX"), ("Columbus", "OH"), ("Tucson", "AZ"),
            ("Albany", "NY"), ("Boise", "ID"), ("Raleigh", "NC")]


def num_words(n):
    if n < 10:
        return UNITS[n]
    if n < 100:
        return pair_words("%02d" % n)
    h, rest = divmod(n, 100)
    w = UNITS[h] + " hundred"
    if rest:
        w += " and " + (UNITS[rest] if rest < 10 else pair_words("%02d" % rest))
    return w


FIRST = ["sarah", "james", "priya", "tom", "aoife", "liam", "maria", "chen", "olu", "kate",
         "dev", "niamh", "marco", "ellie", "sean", "fatima", "gareth", "lucy", "ravi", "anna"]
LAST = ["doe", "patel", "murphy", "okafor", "smith", "kowalski", "byrne", "nguyen", "evans",
        "garcia", "hughes", "obrien", "taylor", "schmidt", "rossi", "walsh"]
DOMAINS = ["gmail.com", "hotmail.co.uk", "yahoo.com", "outlook.com", "btinternet.com",
           "icloud.com", "eircom.net", "protonmail.com", "live.ie", "aol.com"]


def make_email(rng):
    f, l = rng.choice(FIRST), rng.choice(LAST)
    style = rng.randint(0, 5)
    if style == 0:
        local = f + "." + l
    elif style == 1:
        local = f[0] + "." + l
    elif style == 2:
        local = f + l + str(rng.randint(1, 99))
    elif style == 3:
        local = f + "_" + l
    elif style == 4:
        local = l + "." + f + str(rng.randint(60, 99))
    else:
        local = f[0] + l
    return local + "@" + rng.choice(DOMAINS)


def email_spoken(rng, em):
    local, dom = em.split("@")
    parts = []
    for tok in re.findall(r"[a-z]+|\d+|[._-]", local):
        if tok == ".":
            parts.append("dot")
        elif tok == "_":
            parts.append("underscore")
        elif tok == "-":
            parts.append("dash")
        elif tok.isdigit():
            parts.append(render_spoken(rng, tok, zero="oh", fillers=0, sep_comma=0, pairs=0.7))
        elif len(tok) == 1:
            parts.append(tok)
        else:
            if rng.random() < 0.2:
                parts.append(tok + " " + rng.choice(["that's", "um"]) .replace("that's", "um"))
            else:
                parts.append(tok)
    dparts = " dot ".join(dom.split("."))
    return " ".join(parts) + " at " + dparts


def make_phone(rng, region=None):
    region = region or rng.choice(["uk_mob", "uk_land", "us", "ie", "eu", "uk_mob"])
    if region == "uk_mob":
        nat = "07700" + "900" + "%03d" % rng.randint(0, 999)
        return nat, "44", "uk"
    if region == "uk_land":
        nat = rng.choice(["0113", "0117", "0161", "0141", "0207", "0208", "0121"]) + "496" + "%04d" % rng.randint(0, 9999)
        return nat[:11], "44", "uk"
    if region == "us":
        nat = rng.choice(["212", "312", "415", "617", "512", "303", "206"]) + "555" + "01%02d" % rng.randint(0, 99)
        return nat, "1", "us"
    if region == "ie":
        nat = rng.choice(["083", "085", "086", "087", "089"]) + "%07d" % rng.randint(0, 9999999)
        return nat, "353", "ie"
    nat = "06" + "%08d" % rng.randint(0, 99999999)
    return nat, "33", "eu"


def phone_typed(rng, nat, cc, reg, intl):
    if reg == "us":
        fm = rng.choice(["{a}-{b}-{c}", "{a}.{b}.{c}", "{a} {b} {c}", "{a}{b}{c}"])
        s = fm.format(a=nat[:3], b=nat[3:6], c=nat[6:])
        return ("+1 " + s) if intl else s
    core = nat[1:]
    if reg == "uk":
        if intl:
            return rng.choice(["+44 %s %s" % (core[:4], core[4:]), "+44%s" % core,
                               "0044 %s %s" % (core[:4], core[4:]), "+44 (0)%s %s" % (core[:4], core[4:])])
        return rng.choice(["%s %s" % (nat[:5], nat[5:]), nat, "%s-%s" % (nat[:5], nat[5:]),
                           "%s %s %s" % (nat[:4], nat[4:7], nat[7:])])
    if reg == "ie":
        if intl:
            return rng.choice(["+353 %s %s %s" % (core[:2], core[2:5], core[5:]), "+353%s" % core])
        return rng.choice(["%s %s %s" % (nat[:3], nat[3:6], nat[6:]), nat])
    if intl:
        return "+33 " + " ".join([core[0]] + [core[i:i + 2] for i in range(1, 9, 2)])
    return " ".join(nat[i:i + 2] for i in range(0, 10, 2))


def phone_canon(nat, cc, typed_text):
    d = spoken_to_chars(typed_text)
    return d


def make_dob(rng):
    return rng.randint(1, 28), rng.randint(1, 12), rng.randint(1938, 2005)


def dob_typed(rng, dob, us=False):
    d, m, y = dob
    r = rng.random()
    if r < 0.35:
        return ("%02d/%02d/%d" % (m, d, y)) if us else ("%02d/%02d/%d" % (d, m, y))
    if r < 0.5:
        return "%d.%d.%d" % (d, m, y)
    if r < 0.7:
        return "%d %s %d" % (d, MONTHS[m - 1].capitalize(), y)
    if r < 0.85:
        return "%s %d, %d" % (MONTHS[m - 1].capitalize(), d, y)
    return "%d-%s-%02d" % (d, MON3[m - 1].capitalize(), y % 100)


def year_spoken(rng, y):
    if y >= 2000:
        if y < 2010:
            return rng.choice(["two thousand and " + UNITS[y - 2000], "two thousand " + UNITS[y - 2000]])
        return "twenty " + pair_words(str(y)[2:])
    a, b = str(y)[:2], str(y)[2:]
    bw = pair_words(b) if b[0] != "0" else "oh " + UNITS[int(b[1])]
    return rng.choice([pair_words(a) + " " + bw, bw if rng.random() < 0.5 else pair_words(a) + " " + bw])


def dob_spoken(rng, dob):
    d, m, y = dob
    mon, od = MONTHS[m - 1], ORDINALS[d - 1]
    ys = year_spoken(rng, y)
    r = rng.random()
    if r < 0.3:
        return "the %s of %s %s" % (od, mon, ys)
    if r < 0.55:
        return "%s the %s %s" % (mon, od, ys)
    if r < 0.75:
        return "%s %s %s" % (od, mon, ys)
    return "%s %s %s" % (render_spoken(rng, "%02d" % d, zero="oh", fillers=0, sep_comma=0),
                         render_spoken(rng, "%02d" % m, zero="oh", fillers=0, sep_comma=0, pairs=0),
                         pair_words(str(y)[2:]) if str(y)[2] != "0" else "oh " + UNITS[int(str(y)[3])])


def make_exp(rng):
    return rng.randint(1, 12), rng.randint(2025, 2032)


def exp_typed(rng, e):
    m, y = e
    return rng.choice(["%02d/%02d" % (m, y % 100), "%02d/%d" % (m, y), "%d/%02d" % (m, y % 100),
                       "%02d-%02d" % (m, y % 100), "%s %02d" % (MON3[m - 1].capitalize(), y % 100),
                       "%02d / %02d" % (m, y % 100)])


def exp_spoken(rng, e):
    m, y = e
    r = rng.random()
    if r < 0.4:
        return "%s %s" % (render_spoken(rng, "%02d" % m, zero="oh", fillers=0, sep_comma=0, pairs=0.5),
                          pair_words(str(y)[2:]))
    if r < 0.7:
        return "%s twenty %s" % (MONTHS[m - 1], pair_words(str(y)[2:]))
    if r < 0.85:
        return "%s %s" % (MONTHS[m - 1], pair_words(str(y)[2:]))
    return "%s slash %s" % (render_spoken(rng, "%02d" % m, zero="oh", fillers=0, sep_comma=0, pairs=0),
                            pair_words(str(y)[2:]))


def make_cvv(rng, amex=False):
    return "%04d" % rng.randint(0, 9999) if amex else "%03d" % rng.randint(0, 999)


def make_sort(rng):
    return rng.choice(["20", "40", "60", "30", "09", "11", "77", "83", "90", "93"]) + "%04d" % rng.randint(0, 9999)


def sort_typed(rng, s):
    return rng.choice(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s.%s.%s"]) % (s[:2], s[2:4], s[4:])


def sort_spoken(rng, s):
    r = rng.random()
    if r < 0.5:
        return render_spoken(rng, s, zero=rng.choice(["oh", "zero", "nought"]), pairs=0.1, hundreds=0)
    out = []
    for i in range(0, 6, 2):
        p = s[i:i + 2]
        out.append(pair_words(p) if p[0] != "0" else rng.choice(["oh", "zero", "nought"]) + " " + UNITS[int(p[1])])
    return render_check(" ".join(out), s, rng, lambda: render_spoken(rng, s, pairs=0, hundreds=0))


def render_check(txt, ds, rng, fallback):
    try:
        if spoken_to_chars(txt) == ds:
            return txt
    except ValueError:
        pass
    return fallback()


def make_acct(rng, us=False):
    return rd(rng, rng.choice([9, 10, 12])) if us else rd(rng, 8)


# ---------------------------------------------------------------- small talk
BACKCH = ["mhm", "go on", "yep", "okay", "yes", "uh huh", "right", "got that", "and the rest",
          "ok go ahead", "mm", "yeah"]
ASIDES = ["sorry the dog's going mad", "hang on the kids are shouting", "sorry hold on",
          "one second my glasses", "bear with me", "sorry it's a bit faded",
          "sorry someone's at the door", "wait a sec"]
ACK = ["thank you", "lovely thanks", "perfect", "great thank you", "brilliant", "thanks for that"]
UK_ORGS = [("banking", "Northway Bank"), ("telecom", "Cobalt Mobile"), ("utilities", "Brightgrid Energy"),
           ("retail", "Hartley's Home Store"), ("insurance", "Sentinel Insurance"),
           ("travel", "SkyPath Travel"), ("government", "the Pension Service"),
           ("healthcare billing", "Meridian Health Billing"), ("utilities", "Severnside Water"),
           ("telecom", "Fibreline Broadband")]
US_ORGS = [("banking", "Lakeshore Federal Credit Union"), ("healthcare billing", "Pinecrest Medical Billing"),
           ("insurance", "Liberty Oak Insurance"), ("telecom", "Vantage Wireless"),
           ("government", "the county benefits office"), ("retail", "ShopRight"),
           ("utilities", "Midstate Power"), ("travel", "BlueSky Airlines")]
IE_ORGS = [("banking", "Liffey Credit Union"), ("utilities", "Emerald Gas"), ("telecom", "Shamrock Mobile"),
           ("insurance", "Atlantic Assure")]


def org(rng, region="uk"):
    return rng.choice({"uk": UK_ORGS, "us": US_ORGS, "ie": IE_ORGS}[region])


# ---------------------------------------------------------------- positive cases
def card_case(rng, i):
    ind, co = org(rng, rng.choice(["uk", "uk", "us", "ie"]))
    card = make_card(rng)
    amex = len(card) == 15
    style = i % 8
    c = Case("positive", "")
    g = "card%d" % i
    if style in (0, 5):  # typed chat / email
        c.a("Hi, you're chatting with %s. How can I help today?" % co)
        lead = rng.choice(["my card no: ", "Card number ", "card is ", "CARD: ", "here it is ",
                           "its ", "crad number is ", "the long number is ", "Card # "])
        parts = [rng.choice(["Hi, I need to pay my bill. ", "hello i want to update my payment card, ",
                             "Can you take a payment please? ", "hi. ", ""]) + lead,
                 V(card_typed(rng, card), "CARD_NUMBER", card)]
        if rng.random() < 0.6:
            e = make_exp(rng)
            parts += [rng.choice([" exp ", " expiry ", ", expires ", " valid thru ", " exp: "]),
                      V(exp_typed(rng, e), "EXPIRY")]
        if rng.random() < 0.5:
            cv = make_cvv(rng, amex)
            parts += [rng.choice([" cvv ", " and the cvc is ", ", security code ", " CVV2: "]),
                      V(cv, "CVV", cv)]
        parts.append(rng.choice(["", ".", " thanks", " ta"]))
        c.c(*parts)
        c.a(rng.choice(["Thanks, the payment of £%d.%02d has gone through." % (rng.randint(5, 400), rng.randint(0, 99)),
                        "Thank you, that card is now saved to your account.",
                        "Got it. Please don't share card details in chat in future - I've processed it."]))
        c.note = "typed %s chat, card number%s" % (ind, " with extras")
    elif style in (1, 6):  # ASR one-turn reading, optional read-back
        c.a(rng.choice(["okay and can i take the long number across the front of the card",
                        "right so what's the card number please",
                        "and the card number when you're ready"]))
        sp = render_spoken(rng, card, fillers=0.06)
        c.c(rng.choice(["yeah it's ", "okay it's ", "right ", "um so it's ", ""]), V(sp, "CARD_NUMBER", card))
        if rng.random() < 0.6:
            rb = render_spoken(rng, card, fillers=0, sep_comma=0.3)
            c.a(rng.choice(["so that's ", "let me just read that back ", "i've got "]), V(rb, "CARD_NUMBER", card),
                rng.choice([" is that right", " yeah", ""]))
            c.c(rng.choice(["yep that's it", "yes", "that's right"]))
            c.note = "ASR %s card reading with agent read-back" % ind
        else:
            c.note = "ASR %s card reading, fillers inside" % ind
        if rng.random() < 0.5:
            e = make_exp(rng)
            c.a("and the expiry date")
            c.c(rng.choice(["it's ", "", "er "]), V(exp_spoken(rng, e), "EXPIRY"))
        if rng.random() < 0.4:
            cv = make_cvv(rng, amex)
            c.a("and the last " + ("four" if amex else "three") + " digits on the back please")
            c.c(V(render_spoken(rng, cv, fillers=0, pairs=0.2, hundreds=0.3), "CVV", cv))
    elif style in (2, 7):  # split across turns with backchannels
        k = rng.choice([2, 3, 4, 4])
        pieces = chunk_split(card, k, rng)
        c.a(rng.choice(["go ahead with the card number", "can i take the sixteen digit number please",
                        "whenever you're ready with the card number"]))
        for j, p in enumerate(pieces):
            txt = render_spoken(rng, p, fillers=0.05) if rng.random() < 0.85 else p
            c.c(V(txt, "CARD_NUMBER", p, "part", g))
            if j < len(pieces) - 1:
                c.a(rng.choice(BACKCH))
        c.a(rng.choice(ACK))
        c.note = "ASR card number split over %d customer turns with back-channels" % k
    elif style == 3:  # restart / correction
        frag_len = rng.randint(3, 7)
        c.a("and the card number please")
        c.c(rng.choice(["okay ", "so ", ""]), V(render_spoken(rng, card[:frag_len], fillers=0), "CARD_NUMBER",
                                                 card[:frag_len], "frag", g),
            rng.choice([" no wait sorry let me start again ", " hang on that's the wrong card um ",
                        " sorry i lost my place ", " no no start again "]),
            V(render_spoken(rng, card, fillers=0.06), "CARD_NUMBER", card))
        c.a(rng.choice(ACK))
        c.note = "ASR restarted card reading, aborted fragment labelled"
    else:  # aside in the middle
        cut = rng.choice([4, 6, 8, 10])
        c.a("could you read me the card number")
        c.c(V(render_spoken(rng, card[:cut], fillers=0.04), "CARD_NUMBER", card[:cut], "part", g),
            " " + rng.choice(ASIDES) + " ",
            V(render_spoken(rng, card[cut:], fillers=0.04), "CARD_NUMBER", card[cut:], "part", g))
        c.a(rng.choice(["no problem", "that's fine", "take your time"]) + " " + rng.choice(ACK))
        c.note = "ASR card reading interrupted by an aside"
    if style not in (0, 5) and rng.random() < 0.25:
        c.a("and just to confirm the card ending ", V(render_spoken(rng, card[-4:], fillers=0, sep_comma=0),
                                                      "CARD_NUMBER", card[-4:], "frag2", g),
            " will be charged %s" % rng.choice(["forty pounds", "$%d.%02d" % (rng.randint(10, 99), rng.randint(0, 99)),
                                                  "twelve ninety nine"]))
        c.note += "; last four repeated after full card (labelled)"
    return c


def ssn_case(rng, i):
    ind, co = org(rng, "us")
    s = make_ssn(rng)
    g = "ssn%d" % i
    c = Case("positive", "")
    style = i % 6
    if style == 0:
        c.a("Thanks for contacting %s. To verify, please provide your Social Security number." % co)
        c.c(rng.choice(["SSN: ", "ssn is ", "Sure, ", "my social is ", "SS#: ", "soc sec no. "]),
            V(ssn_typed(rng, s), "SSN", s), rng.choice(["", ".", " thx", " - and I'm calling about my bill"]))
        c.note = "typed US %s chat, SSN" % ind
    elif style == 1:
        c.a("and can i get your social security number to verify the account")
        c.c(rng.choice(["sure it's ", "yeah ", "um ", "okay so "]), V(render_spoken(rng, s, fillers=0.08), "SSN", s))
        if rng.random() < 0.5:
            c.a("thank you let me read that back ", V(render_spoken(rng, s, fillers=0, sep_comma=0.4), "SSN", s))
            c.c("correct")
            c.note = "ASR SSN with read-back"
        else:
            c.note = "ASR SSN reading"
    elif style == 2:
        pieces = [s[:3], s[3:5], s[5:]]
        c.a("i'll need your social please")
        for j, p in enumerate(pieces):
            c.c(V(render_spoken(rng, p, fillers=0.05), "SSN", p, "part", g))
            if j < 2:
                c.a(rng.choice(BACKCH))
        c.a("thank you i've got you verified")
        c.note = "ASR SSN split 3-2-4 over turns"
    elif style == 3:
        c.a("For the claim form I need the member's SSN and date of birth.")
        dob = make_dob(rng)
        c.c("SSN ", V(ssn_typed(rng, s), "SSN", s), ", DOB ", V(dob_typed(rng, dob, us=True), "DOB"),
            ". Claim #%d" % rng.randint(10000000, 99999999))
        c.note = "typed %s, SSN + DOB with unlabelled claim number" % ind
    elif style == 4:
        c.a("what's the social on the account")
        cut = rng.choice([3, 5])
        c.c("it's ", V(render_spoken(rng, s[:cut], fillers=0), "SSN", s[:cut], "part", g),
            " " + rng.choice(["wait is this line secure", "hold on let me find my card", "um sorry"]) + " ",
            V(render_spoken(rng, s[cut:], fillers=0.05), "SSN", s[cut:], "part", g))
        c.note = "ASR SSN with aside in middle"
    else:
        c.a("I just need the social security number of the primary account holder")
        wrong = s[:4]
        c.c(V(render_spoken(rng, wrong, fillers=0), "SSN", wrong, "frag", g), " no sorry that's my wife's ",
            V(render_spoken(rng, s, fillers=0.05), "SSN", s))
        c.a("okay thank you")
        c.note = "ASR SSN restarted reading"
    return c


def ni_case(rng, i):
    ind, co = org(rng, "uk")
    ni = make_ni(rng)
    g = "ni%d" % i
    c = Case("positive", "")
    style = i % 6
    if style == 0:
        c.a("Hello, this is %s webchat. Could you confirm your National Insurance number?" % co)
        c.c(rng.choice(["NI no: ", "ni number is ", "NINO ", "Its ", "national insurance: ", "ni: "]),
            V(ni_typed(rng, ni), "NI_NUMBER", ni), rng.choice(["", ".", " cheers", " thanks"]))
        c.note = "typed %s chat, NI number" % ind
    elif style in (1, 4):
        c.a("can i take your national insurance number please")
        c.c(rng.choice(["yeah it's ", "it's ", "um ", ""]), V(ni_spoken(rng, ni), "NI_NUMBER", ni))
        if rng.random() < 0.5:
            c.a("so that's ", V(alnum_spoken(rng, ni, "plain"), "NI_NUMBER", ni), " yeah")
            c.c("that's right")
            c.note = "ASR NI number spoken with read-back"
        else:
            c.note = "ASR NI number spoken"
    elif style == 2:
        c.a("and your national insurance number")
        p1, p2, p3 = ni[:2], ni[2:8], ni[8]
        c.c(V(" ".join(spoken_letter(rng, x, "nato") for x in p1), "NI_NUMBER", p1, "part", g))
        c.a(rng.choice(BACKCH))
        c.c(V(render_spoken(rng, p2, fillers=0.06), "NI_NUMBER", p2, "part", g))
        c.a(rng.choice(["and the letter at the end", "and the last letter"]))
        c.c(rng.choice(["it's ", "", "er "]), V(spoken_letter(rng, p3, rng.choice(["plain", "folk"])), "NI_NUMBER", p3, "part", g))
        c.note = "ASR NI number split across turns, letters spelled"
    elif style == 3:
        c.a("Please find the form attached.")
        c.c("Dear team, re my pension. My NI number is ", V(ni_typed(rng, ni), "NI_NUMBER", ni),
            " and my reference is PEN/%d/%s." % (rng.randint(1000, 9999), rng.choice("ABCX")))
        c.note = "typed email with NI number and unlabelled-as-PII reference"
    else:
        c.a("what's your NI number")
        c.c(V(" ".join(spoken_letter(rng, x, "plain") for x in ni[:2]) + " " +
              render_spoken(rng, ni[2:5], fillers=0), "NI_NUMBER", ni[:5], "part", g),
            " " + rng.choice(ASIDES) + " ",
            V(render_spoken(rng, ni[5:8], fillers=0) + " " + spoken_letter(rng, ni[8]), "NI_NUMBER", ni[5:], "part", g))
        c.note = "ASR NI number with aside mid-reading"
    return c


def iban_case(rng, i):
    region = rng.choice(["uk", "ie", "ie"])
    ind, co = org(rng, region)
    ib = make_iban(rng, rng.choice(["GB", "IE", "DE", "FR", "ES", "NL", "IT"]) if i % 2 else None)
    c = Case("positive", "")
    if i % 3 == 0 or ib[:2] in ("FR", "IT"):
        c.a("Please send the IBAN for the refund.")
        c.c(rng.choice(["IBAN: ", "iban ", "my iban is ", "Refund to IBAN "]), V(iban_typed(rng, ib), "IBAN", ib),
            rng.choice(["", " (BIC %s)" % rng.choice(["AIBKIE2D", "NWBKGB2L", "DEUTDEFF"]), ". Thanks"]))
        c.note = "typed IBAN for %s refund" % ind
    else:
        c.a("and the iban please")
        c.c(rng.choice(["okay it's ", "it's ", ""]),
            V(alnum_spoken(rng, ib, rng.choice(["plain", "nato"])), "IBAN", ib))
        c.a(rng.choice(ACK))
        c.note = "ASR spoken IBAN"
    return c


def bank_case(rng, i):
    us = i % 4 == 3
    ind, co = org(rng, "us" if us else rng.choice(["uk", "ie"]))
    acct = make_acct(rng, us)
    c = Case("positive", "")
    if us:
        rt = "0" + rd(rng, 8)
        c.a("What account should the direct deposit go to?")
        c.c("routing %s, acct no: " % rt, V(acct, "BANK_ACCOUNT", acct))
        c.note = "typed US bank account (routing number not labelled)"
        return c
    sc = make_sort(rng)
    if i % 2 == 0:
        c.a("Can you confirm the bank details for the direct debit?")
        c.c(rng.choice(["Sort code ", "s/c ", "sort: "]), V(sort_typed(rng, sc), "SORT_CODE", sc),
            rng.choice([" acct no: ", ", account ", " a/c "]),
            V(typed_groups(rng, acct, [4, 4], (" ", "", "-")), "BANK_ACCOUNT", acct))
        c.note = "typed sort code and account number"
    else:
        c.a("can i take the sort code")
        c.c(V(sort_spoken(rng, sc), "SORT_CODE", sc))
        c.a("and the account number")
        c.c(rng.choice(["it's ", "", "um "]), V(render_spoken(rng, acct, fillers=0.06), "BANK_ACCOUNT", acct))
        c.a("so that's ", V(render_spoken(rng, acct, fillers=0, sep_comma=0.3), "BANK_ACCOUNT", acct), " is that correct")
        c.c("yep")
        c.note = "ASR sort code and account number with read-back"
    return c


def phone_case(rng, i):
    nat, cc, reg = make_phone(rng)
    intl = i % 3 == 0
    c = Case("positive", "")
    if i % 2 == 0:
        c.a("What's the best number to reach you on?")
        t = phone_typed(rng, nat, cc, reg, intl)
        c.c(rng.choice(["mob: ", "Tel ", "call me on ", "number is ", ""]), V(t, "PHONE", spoken_to_chars(t)),
            rng.choice(["", " after 6pm", " (mobile)", " thanks"]))
        c.note = "typed phone number (%s, %s)" % (reg, "international" if intl else "national")
    else:
        c.a("and is there a contact number")
        core = nat if reg == "us" else nat[1:]
        if intl:
            spk = "plus " + render_spoken(rng, cc, fillers=0, sep_comma=0) + " " + render_spoken(rng, core, fillers=0.04)
            canon = "+" + cc + core
        else:
            spk = render_spoken(rng, nat, fillers=0.04)
            canon = nat
        if rng.random() < 0.5:
            k = 2
            cut = rng.choice([4, 5]) + (len(spk) - len(spk))
            a1, a2 = nat[:cut], nat[cut:]
            if intl:
                a1c = a1 if reg == "us" else a1[1:]
                s1 = "plus " + render_spoken(rng, cc, fillers=0, sep_comma=0) + " " + render_spoken(rng, a1c, fillers=0)
                c1 = "+" + cc + a1c
            else:
                s1, c1 = render_spoken(rng, a1, fillers=0), a1
            c.c("yeah it's ", V(s1, "PHONE", c1, "part", "ph%d" % i))
            c.a(rng.choice(BACKCH))
            c.c(V(render_spoken(rng, a2, fillers=0.05), "PHONE", a2, "part", "ph%d" % i))
            c.note = "ASR phone number split across turns"
        else:
            c.c("yeah it's ", V(spk, "PHONE", canon))
            c.note = "ASR phone number (%s)" % reg
    return c


def email_case(rng, i):
    em = make_email(rng)
    c = Case("positive", "")
    if i % 2 == 0:
        c.a("What email address should we send the confirmation to?")
        t = em if rng.random() < 0.7 else em.upper() if rng.random() < 0.3 else em.capitalize()
        c.c(rng.choice(["email: ", "its ", "send it to ", "e-mail ", ""]), V(t, "EMAIL", em),
            rng.choice(["", " pls", ".", " thank you"]))
        c.note = "typed e-mail address"
    else:
        c.a("and can i take an email address")
        c.c(rng.choice(["yeah it's ", "it's ", "okay "]), V(email_spoken(rng, em), "EMAIL", em))
        if rng.random() < 0.5:
            c.a("so that's ", V(email_spoken(rng, em), "EMAIL", em))
            c.c("yep")
        c.note = "ASR spoken e-mail address"
    return c


def dob_case(rng, i):
    dob = make_dob(rng)
    us = i % 4 == 0
    c = Case("positive", "")
    if i % 2 == 0:
        c.a("For security, please confirm your date of birth.")
        c.c(rng.choice(["DOB ", "dob: ", "born ", "It's ", ""]), V(dob_typed(rng, dob, us), "DOB"))
        c.note = "typed date of birth"
    else:
        c.a("can you confirm your date of birth for me")
        c.c(rng.choice(["yeah it's ", "", "um ", "it's "]), V(dob_spoken(rng, dob), "DOB"))
        c.note = "ASR spoken date of birth"
    return c


def address_case(rng, i):
    us = i % 4 == 1
    c = Case("positive", "")
    if us:
        n = rng.randint(10, 9999)
        st = rng.choice(US_STREETS)
        town, state = rng.choice(TOWNS_US)
        z = make_zip(rng, rng.random() < 0.3)
        zt = z if len(z) == 5 else z[:5] + "-" + z[5:]
        c.a("Can I confirm the billing address?")
        c.c(V("%d %s" % (n, st), "ADDRESS"), ", %s, %s " % (town, state), V(zt, "POSTCODE", z))
        c.note = "typed US address with ZIP (town/state unlabelled)"
        return c
    n = rng.randint(1, 240)
    st = rng.choice(STREETS)
    pc = make_ukpc(rng)
    town = rng.choice(TOWNS_UK)
    if i % 2 == 0:
        flat = rng.random() < 0.4
        a = ("Flat %d, " % rng.randint(1, 30) if flat else "") + "%d %s" % (n, st)
        c.a("What's the delivery address?")
        c.c(V(a if rng.random() < 0.7 else a.lower(), "ADDRESS"), ", %s, " % town, V(ukpc_typed(rng, pc), "POSTCODE", pc))
        c.note = "typed UK address and postcode"
    else:
        flat = rng.random() < 0.3
        a = ("flat %s " % num_words(rng.randint(1, 12)) if flat else "") + "%s %s" % (num_words(n), st.lower())
        c.a("and what's the first line of the address")
        c.c(rng.choice(["it's ", "", "um "]), V(a, "ADDRESS"), " in %s" % town.lower())
        c.a("and the postcode")
        c.c(V(alnum_spoken(rng, pc, rng.choice(["plain", "nato", None])), "POSTCODE", pc))
        c.note = "ASR UK address and spoken postcode"
    return c


def mixed_case(rng, i):
    """Identity-and-verification flows touching several types."""
    c = Case("positive", "")
    if i % 2 == 0:
        ni = make_ni(rng)
        dob = make_dob(rng)
        pc = make_ukpc(rng)
        c.a("right so before we go any further i just need to go through security with you")
        c.c("yeah go on")
        c.a("can i take your date of birth")
        c.c(V(dob_spoken(rng, dob), "DOB"))
        c.a("and the postcode")
        c.c(V(alnum_spoken(rng, pc, "plain"), "POSTCODE", pc))
        c.a("and your national insurance number")
        c.c(V(ni_spoken(rng, ni), "NI_NUMBER", ni))
        c.a("lovely you're through security your balance is %s pounds" % num_words(rng.randint(12, 900)))
        c.note = "ASR UK government ID&V: DOB, postcode, NI; balance unlabelled"
    else:
        nat, cc, reg = make_phone(rng, "us")
        s = make_ssn(rng)
        em = make_email(rng)
        c.a("Hi! To update your profile please confirm your SSN, phone and email.")
        c.c(V(ssn_typed(rng, s), "SSN", s), " / ", V(phone_typed(rng, nat, cc, reg, False), "PHONE", nat),
            " / ", V(em, "EMAIL", em))
        c.a("Thanks, your profile is updated. Your ticket number is %d." % rng.randint(1000000, 9999999))
        c.note = "typed US profile update: SSN, phone, email; ticket number unlabelled"
    return c


def card_ssn_combo(rng, i):
    """US card + SSN in one call (extra SSN spans)."""
    c = Case("positive", "")
    card = make_card(rng)
    s = make_ssn(rng)
    c.a("i can help you with that first i'll need the last four of your social")
    c.c("oh i don't mind you can have the whole thing it's ", V(render_spoken(rng, s, fillers=0.05), "SSN", s))
    c.a("thank you and which card do you want to add")
    c.c(V(render_spoken(rng, card, fillers=0.05), "CARD_NUMBER", card))
    c.note = "ASR US call with full SSN and card"
    return c


# ---------------------------------------------------------------- negative cases
def spoken_num(rng, ds):
    return render_spoken(rng, ds, fillers=0.03)


def neg_case(rng, i):
    c = Case("negative", "")
    k = i % 26
    if k == 0:
        fake = luhn_complete("4", 16, rng)
        c.a("can i take your order number")
        c.c("yeah the order number is ", spoken_num(rng, fake))
        c.note = "Luhn-valid 16 digits spoken, but labelled order number"
    elif k == 1:
        c.a("Your balance is £%s.%02d and your minimum payment of £%d.%02d is due on %d %s." % (
            "{:,}".format(rng.randint(1000, 12000)), rng.randint(0, 99), rng.randint(25, 200), rng.randint(0, 99),
            rng.randint(1, 28), MONTHS[rng.randint(0, 11)].capitalize()))
        c.c("ok thanks")
        c.note = "balance, amount, payment date"
    elif k == 2:
        l4 = "%04d" % rng.randint(0, 9999)
        c.a("is that the card ending %s" % spoken_num(rng, l4))
        c.c("yes ending in %s" % l4)
        c.note = "card last-four only"
    elif k == 3:
        c.c("Tracking no. 1Z%s%s - where's my parcel?" % (rd(rng, 3).replace("", "")[:3] + "AA", rd(rng, 10)))
        c.a("It left our depot in %s at 14:32 and should arrive within 2-3 working days." % rng.choice(TOWNS_UK))
        c.note = "tracking number, time, duration"
    elif k == 4:
        c.a("we're open eight till eight monday to friday and nine till five on saturdays")
        c.c("right and how long is the wait usually")
        c.a("about %s minutes at the moment" % num_words(rng.randint(5, 45)))
        c.note = "opening hours and durations"
    elif k == 5:
        ref = rd(rng, 12)
        c.c("Invoice number %s %s %s" % (ref[:4], ref[4:8], ref[8:]))
        c.a("Thanks, invoice %s was paid on %02d/%02d/%d." % (ref, rng.randint(1, 28), rng.randint(1, 12), rng.randint(2022, 2025)))
        c.note = "12-digit invoice number grouped like a card; payment date"
    elif k == 6:
        c.a("and what's the meter reading")
        c.c("it says %s" % spoken_num(rng, "%05d" % rng.randint(0, 99999)))
        c.a("lovely and the other register")
        c.c("%s" % spoken_num(rng, "%05d" % rng.randint(0, 99999)))
        c.note = "meter readings spoken digit by digit"
    elif k == 7:
        c.c("I'm on flight %s %d, seat %d%s, gate %s%d. Is it delayed?" % (
            rng.choice(["BA", "EI", "FR", "UA", "LH"]), rng.randint(10, 9999), rng.randint(1, 40), rng.choice("ABCDEF"),
            rng.choice("ABC"), rng.randint(1, 60)))
        c.a("It's showing a delay of %d minutes, new departure %02d:%02d." % (rng.randint(15, 120), rng.randint(6, 22), rng.randint(0, 59)))
        c.note = "flight, seat, gate, time"
    elif k == 8:
        pol = rd(rng, 9)
        c.a("can i have your policy number")
        c.c("policy number %s" % spoken_num(rng, pol))
        c.a("thank you that's policy %s" % pol)
        c.note = "9-digit policy number (SSN-length) with label"
    elif k == 9:
        c.c("im %s and ive been with you since %d" % (rng.choice(["seventy two", "84", "sixty", "91"]), rng.randint(1990, 2020)))
        c.a("Thank you for being with us for so long! That's %d years." % rng.randint(5, 30))
        c.note = "ages, years, counts"
    elif k == 10:
        c.a("the thermostat is set to %d degrees and the boiler pressure is %.1f bar" % (rng.randint(16, 24), rng.uniform(0.8, 2.0)))
        c.c("and it's still only %d degrees in the lounge" % rng.randint(12, 17))
        c.note = "temperatures and measurements"
    elif k == 11:
        c.a("your new tariff is %d%% cheaper and the rate is %.2f pence per kilowatt hour" % (rng.randint(3, 20), rng.uniform(20, 35)))
        c.c("and is that fixed for %d months" % rng.choice([12, 18, 24]))
        c.note = "percentages, prices, durations"
    elif k == 12:
        c.a("Your appointment is booked for %s %d %s at %d:%02d%s." % (
            rng.choice(["Monday", "Tuesday", "Thursday"]), rng.randint(1, 28), MONTHS[rng.randint(0, 11)].capitalize(),
            rng.randint(1, 11), rng.choice([0, 15, 30, 45]), rng.choice(["am", "pm"])))
        c.c("Great, and the engineer is coming to the house?")
        c.note = "appointment date and time"
    elif k == 13:
        c.c("there are roadworks on %s again and the bus didn't come" % rng.choice(STREETS))
        c.a("sorry to hear that the diversion via %s should be lifted by friday" % rng.choice(STREETS))
        c.note = "road names without house numbers"
    elif k == 14:
        sn = rng.choice(["SN", "S/N ", "serial "]) + rd(rng, 11)
        c.c("The router model is HX%d and the %s" % (rng.randint(100, 999), sn))
        c.a("Thanks, I can see that device on your account.")
        c.note = "serial and model numbers"
    elif k == 15:
        ref = rd(rng, 6)
        c.a("can i have the reference on the letter")
        c.c("it's %s" % " ".join(spoken_letter(rng, x, "nato") for x in rng.sample("ABCEHJKLMNPRSTWXYZ", 2)) + " " + spoken_num(rng, ref))
        c.a("okay that's the reference for your complaint")
        c.note = "NI-like reference (two NATO letters + 6 digits) labelled as letter reference"
    elif k == 16:
        c.a("the contract started on the %s of %s %d and runs until %s %d" % (
            ORDINALS[rng.randint(0, 27)], MONTHS[rng.randint(0, 11)], rng.randint(2021, 2024),
            MONTHS[rng.randint(0, 11)], rng.randint(2025, 2027)))
        c.c("so i'd pay an early exit fee of %s pounds" % num_words(rng.randint(20, 300)))
        c.note = "contract dates and exit fee"
    elif k == 17:
        cl = rd(rng, 10)
        c.c("My claim number is %s-%s and I still haven't heard back after %d weeks" % (cl[:5], cl[5:], rng.randint(2, 9)))
        c.a("I'm sorry, claim %s is with our assessor." % cl)
        c.note = "claim number with label"
    elif k == 18:
        c.a("you'll be in room %d on the %s floor checkout is at eleven" % (rng.randint(100, 999), rng.choice(["third", "fifth", "second"])))
        c.c("and breakfast is till half ten")
        c.note = "room number, floor, times"
    elif k == 19:
        l4 = "%04d" % rng.randint(0, 9999)
        c.c("I see a charge of $%d.%02d on my Visa ending in %s from %d/%d" % (
            rng.randint(5, 900), rng.randint(0, 99), l4, rng.randint(1, 12), rng.randint(1, 28)))
        c.a("That charge on the card ending %s is pending and will drop off in 3-5 business days." % l4)
        c.note = "card last-four mentions, amount, transaction date"
    elif k == 20:
        tk = rd(rng, 16)
        c.a("your ticket reference is %s" % " ".join(tk[j:j + 4] for j in range(0, 16, 4)))
        c.c("sorry can you repeat the ticket reference")
        c.a("%s" % spoken_num(rng, tk))
        c.note = "16-digit ticket reference, read back by agent in a card-like way (context: ticket)"
    elif k == 21:
        c.c("Account 'Savings' shows %d transactions this month, total €%s" % (rng.randint(3, 60), "{:,}.{:02d}".format(rng.randint(100, 50000), rng.randint(0, 99))))
        c.a("Yes, the interest rate on that is %.2f%% AER." % rng.uniform(1, 5))
        c.note = "counts, euro amount, interest rate"
    elif k == 22:
        c.a("the tax year runs from the sixth of april to the fifth of april and your allowance is twelve thousand five hundred and seventy pounds")
        c.c("so for %d to %d i owe nothing" % (2023, 2024))
        c.note = "tax-year dates and amounts"
    elif k == 23:
        o = rd(rng, 8)
        c.c("order #%s, placed %d days ago, still not here" % (o, rng.randint(3, 20)))
        c.a("Order %s is out for delivery between %d and %dpm." % (o, rng.randint(1, 3), rng.randint(4, 7)))
        c.note = "order number grouped like an account number, delivery window"
    elif k == 24:
        c.a("you're number %s in the queue thank you for holding" % num_words(rng.randint(2, 15)))
        c.c("i've been waiting %s minutes already and the call cost me %s p a minute" % (
            num_words(rng.randint(10, 59)), num_words(rng.randint(5, 70))))
        c.note = "queue position, duration, price"
    else:
        vin = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(17))
        c.c("Vehicle reg %s%d %s, VIN %s" % (rng.choice(["AB", "KX", "LD"]), rng.randint(10, 75),
                                              "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)), vin))
        c.a("Thanks, the renewal premium is £%d.%02d." % (rng.randint(200, 1400), rng.randint(0, 99)))
        c.note = "vehicle registration and VIN, premium"
    return c


# ---------------------------------------------------------------- generation
def generate():
    rng = random.Random(SEED)
    pos = []
    plan = [(card_case, 68), (ssn_case, 30), (ni_case, 30), (iban_case, 12), (bank_case, 14),
            (phone_case, 16), (email_case, 14), (dob_case, 12), (address_case, 14),
            (mixed_case, 8), (card_ssn_combo, 4)]
    for fn, n in plan:
        for i in range(n):
            pos.append(fn(rng, i))
    rng.shuffle(pos)
    neg = [neg_case(rng, i) for i in range(110)]
    rng.shuffle(neg)
    rows, metas = [], []
    for j, c in enumerate(pos, 1):
        r, m = c.build("h503-pos-%03d" % j)
        rows.append(r); metas.append(m)
    for j, c in enumerate(neg, 1):
        r, m = c.build("h503-neg-%03d" % j)
        rows.append(r); metas.append(m)
    text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    return text, rows, metas


def check(text, rows, metas):
    errs = []
    with open(OUT, "rb") as f:
        if f.read() != text.encode("utf-8"):
            errs.append("cases.jsonl is not byte-identical to regenerated output")
    ids = [r["id"] for r in rows]
    if len(set(ids)) != len(ids):
        errs.append("duplicate ids")
    counts = {t: 0 for t in TYPES}
    npos = nneg = 0
    for r, meta in zip(rows, metas):
        cid = r["id"]
        if r["kind"] == "positive":
            npos += 1
            if not r["spans"]:
                errs.append("%s positive without spans" % cid)
        else:
            nneg += 1
            if r["spans"]:
                errs.append("%s negative with spans" % cid)
        for t in r["turns"]:
            if t["speaker"] not in ("customer", "agent"):
                errs.append("%s bad speaker" % cid)
        prev = {}
        groups = {}
        for sp, m in zip(r["spans"], meta):
            counts[sp["type"]] += 1
            if sp["type"] not in TYPES:
                errs.append("%s bad type" % cid)
            txt = r["turns"][sp["turn"]]["text"]
            s, e = sp["start"], sp["end"]
            if not (0 <= s < e <= len(txt)):
                errs.append("%s offsets out of range" % cid); continue
            val = txt[s:e]
            if val != m.text:
                errs.append("%s span text mismatch" % cid)
            if not (val[0].isalnum() or val[0] == "+") or not val[-1].isalnum():
                errs.append("%s span %r not trimmed to value" % (cid, val))
            if (s > 0 and txt[s - 1].isalnum()) or (e < len(txt) and txt[e].isalnum()):
                errs.append("%s span %r not on word boundary" % (cid, val))
            if sp["turn"] in prev and s < prev[sp["turn"]]:
                errs.append("%s overlapping/unsorted spans" % cid)
            prev[sp["turn"]] = e
            try:
                norm = normalise(val, sp["type"])
            except ValueError as ex:
                errs.append("%s cannot normalise %r: %s" % (cid, val, ex)); continue
            if m.role == "full":
                if not validate_full(sp["type"], norm):
                    errs.append("%s invalid %s %r -> %r" % (cid, sp["type"], val, norm))
                if m.canon is not None and norm.lower().lstrip("+") != m.canon.lower().lstrip("+") \
                        and sp["type"] != "PHONE":
                    errs.append("%s value %r != %r" % (cid, norm, m.canon))
                if sp["type"] == "PHONE" and norm.lstrip("+") != m.canon.lstrip("+"):
                    errs.append("%s phone %r != %r" % (cid, norm, m.canon))
            elif m.role == "part":
                if norm != m.canon:
                    errs.append("%s part %r != %r" % (cid, norm, m.canon))
                groups.setdefault(m.group, [sp["type"], ""])[1] += norm
            elif m.role in ("frag", "frag2"):
                if norm != m.canon:
                    errs.append("%s fragment %r != %r" % (cid, norm, m.canon))
        for gname, (typ, joined) in groups.items():
            if typ == "PHONE":
                ok = validate_full(typ, joined)
            else:
                ok = validate_full(typ, joined)
            if not ok:
                errs.append("%s joined %s group invalid: %r" % (cid, typ, joined))
        # a lone last-four may only be labelled when the full card is in the case
        for sp, m in zip(r["spans"], meta):
            if m.role == "frag2":
                full = [mm for mm in meta if mm.group == m.group and mm.role in ("full", "part")] or \
                       [mm for mm in meta if mm.typ == "CARD_NUMBER" and mm.role == "full"]
                if not full:
                    errs.append("%s last-four labelled without full card" % cid)
    need = {t: 10 for t in TYPES}
    need.update({"CARD_NUMBER": 70, "SSN": 30, "NI_NUMBER": 30})
    for t, n in need.items():
        if counts[t] < n:
            errs.append("too few %s spans: %d < %d" % (t, counts[t], n))
    if npos < 200 or nneg < 100:
        errs.append("too few cases: %d positive, %d negative" % (npos, nneg))
    return errs, counts, npos, nneg


def main():
    text, rows, metas = generate()
    if "--check" in sys.argv[1:]:
        errs, counts, npos, nneg = check(text, rows, metas)
        for e in errs[:50]:
            print("ERROR:", e)
        print("positives=%d negatives=%d" % (npos, nneg))
        for t in TYPES:
            print("  %-13s %d" % (t, counts[t]))
        if errs:
            print("CHECK FAILED (%d errors)" % len(errs))
            sys.exit(1)
        print("CHECK OK")
        return
    os.makedirs(OUT_DIR, exist_ok=True)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    print("wrote %d cases to %s" % (len(rows), os.path.normpath(OUT)))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set ``pii_holdout137``.

Written by an AI helper acting as an independent author (it did not see the
redaction code).  Standard library only.  Output is byte-for-byte reproducible
from a single seeded ``random.Random``.

    python scripts/make_pii_holdout137.py          # write fixture + README
    python scripts/make_pii_holdout137.py --check  # regenerate and verify
"""
from __future__ import annotations

import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

SEED = 137241124
PREFIX = "h137"
ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "tests" / "fixtures" / "pii_holdout137"
CASES = OUT_DIR / "cases.jsonl"
README = OUT_DIR / "README.md"

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

rng = random.Random(SEED)

# ---------------------------------------------------------------- numbers ---
UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
ZERO_WORDS = {"zero", "oh", "o", "nought", "naught"}
HOMO = {"for": "4", "to": "2", "too": "2", "won": "1", "ate": "8", "fore": "4"}
UNIT_MAP = {w: str(i) for i, w in enumerate(UNITS)}
for _z in ZERO_WORDS:
    UNIT_MAP[_z] = "0"
TEEN_MAP = {w: str(10 + i) for i, w in enumerate(TEENS)}
TENS_MAP = {w: str(i) for i, w in enumerate(TENS) if w}
NATO = {"alpha", "alfa", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel",
        "india", "juliet", "juliett", "kilo", "lima", "mike", "november", "oscar", "papa",
        "quebec", "romeo", "sierra", "tango", "uniform", "victor", "whiskey", "whisky",
        "xray", "x-ray", "yankee", "zulu"}
NATO_LIST = {c: w for c, w in zip("abcdefghijklmnopqrstuvwxyz",
             ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel",
              "india", "juliet", "kilo", "lima", "mike", "november", "oscar", "papa",
              "quebec", "romeo", "sierra", "tango", "uniform", "victor", "whiskey",
              "xray", "yankee", "zulu"])}
UK_NAMES = {"a": "apple", "b": "bertie", "c": "charlie", "e": "edward", "g": "george",
            "h": "harry", "j": "john", "k": "king", "l": "london", "m": "mother",
            "n": "nellie", "p": "peter", "r": "robert", "s": "sugar", "t": "tommy",
            "w": "william", "y": "yellow", "z": "zebra", "x": "xmas"}
LETTER_HOMO = {"bee": "B", "see": "C", "sea": "C", "dee": "D", "gee": "G",
               "jay": "J", "kay": "K", "pee": "P",
               "queue": "Q", "cue": "Q", "are": "R", "ess": "S", "tea": "T", "tee": "T",
               "why": "Y", "zed": "Z", "zee": "Z", "aitch": "H"}
LETTER_SAY_HOMO = {"b": "bee", "c": "see", "j": "jay", "k": "kay", "p": "pee", "r": "are",
                   "t": "tea", "y": "why", "z": "zed", "h": "aitch", "q": "queue"}
FILLERS = {"um", "uh", "er", "erm", "ah", "hmm", "sorry", "and", "then", "its", "it's",
           "is", "that's", "thats", "the", "dash", "hyphen", "space", "plus", "yeah"}


def parse_spoken(text: str, letters: bool = False) -> str:
    """Normalise spoken/typed forms to a string of digits (and letters)."""
    toks = [t for t in re.split(r"[^a-z0-9'\-]+", text.lower()) if t]
    flat = []
    for t in toks:
        if t in ("x-ray", "double-u"):
            flat.append(t)
        else:
            flat.extend(p for p in t.split("-") if p)
    toks = flat
    out = []
    i = 0
    n = len(toks)

    def unit_at(j):
        if j < n:
            t = toks[j]
            if t in UNIT_MAP:
                return UNIT_MAP[t]
            if t in HOMO and not (letters and t == "for"):
                return HOMO[t]
        return None

    while i < n:
        t = toks[i]
        if re.fullmatch(r"[0-9]+", t):
            out.append(t)
        elif letters and re.fullmatch(r"[a-z0-9]+", t) and re.search(r"[0-9]", t):
            out.append(t.upper())
        elif t in ("double", "triple"):
            k = 2 if t == "double" else 3
            u = unit_at(i + 1)
            if u is not None:
                out.append(u * k)
                i += 1
            elif letters and i + 1 < n and len(toks[i + 1]) == 1:
                out.append(toks[i + 1].upper() * k)
                i += 1
        elif t in TEEN_MAP:
            out.append(TEEN_MAP[t])
        elif t in TENS_MAP:
            u = unit_at(i + 1)
            if u is not None and u != "0":
                out.append(TENS_MAP[t] + u)
                i += 1
            else:
                out.append(TENS_MAP[t] + "0")
        elif t in ("hundred", "thousand"):
            j = i + 1
            if j < n and toks[j] == "and":
                j += 1
            nxt = toks[j] if j < n else ""
            width = 2 if t == "hundred" else 3
            if nxt in TEEN_MAP or nxt in TENS_MAP:
                out.append("0" * (width - 2))
            elif unit_at(j) is not None:
                out.append("0" * (width - 1))
            else:
                out.append("0" * width)
        elif letters and t == "for" and out and i + 1 < n and re.fullmatch(r"[a-z]+", toks[i + 1]) \
                and toks[i + 1] not in UNIT_MAP and toks[i + 1] not in TEEN_MAP and toks[i + 1] not in TENS_MAP:
            i += 1  # "b for bravo": skip the example word
        elif letters and t == "as" and i + 2 < n and toks[i + 1] == "in":
            i += 2
        elif t in UNIT_MAP and not (letters and t == "a"):
            out.append(UNIT_MAP[t])
        elif t in HOMO and not letters:
            out.append(HOMO[t])
        elif letters and len(t) == 1:
            out.append(t.upper())
        elif letters and t in LETTER_HOMO:
            out.append(LETTER_HOMO[t])
        elif letters and t in NATO:
            out.append(t[0].upper())
        elif letters and re.fullmatch(r"[a-z]{2,4}", t) and t not in FILLERS and t not in TEEN_MAP \
                and t not in TENS_MAP and t not in ("and", "in", "as", "for", "at", "dot"):
            out.append(t.upper())
        elif letters and t == "double-u":
            out.append("W")
        i += 1
    return "".join(out)


def digits_of(text):
    return parse_spoken(text, letters=False)


def say_unit(d, z):
    return z if d == "0" else UNITS[int(d)]


def say_pair(p, z):
    if p[0] == "0":
        return f"{z} {UNITS[int(p[1])]}" if p[1] != "0" else f"{z} {z}"
    if p[0] == "1":
        return TEENS[int(p[1])]
    return TENS[int(p[0])] + ("" if p[1] == "0" else " " + UNITS[int(p[1])])


def say_triple(t, z):
    if t[0] == "0":
        return " ".join(say_unit(c, z) for c in t)
    h = UNITS[int(t[0])] + " hundred"
    rest = t[1:]
    if rest == "00":
        return h
    amp = rng.choice([" and ", " "])
    if rest[0] == "0":
        return " ".join(say_unit(ch, z) for ch in t)
    return h + amp + say_pair(rest, z)


def say_singles(ds, z, dbl=True):
    words = []
    i = 0
    while i < len(ds):
        c = ds[i]
        run = 1
        while i + run < len(ds) and ds[i + run] == c and run < 3:
            run += 1
        if dbl and run == 3 and rng.random() < 0.7:
            words.append("triple " + say_unit(c, z))
            i += 3
        elif dbl and run >= 2 and rng.random() < 0.7:
            words.append("double " + say_unit(c, z))
            i += 2
        else:
            words.append(say_unit(c, z))
            i += 1
    return " ".join(words)


def say_chunk(ds, z, mode):
    """Render a digit chunk; guarantees it parses back to ``ds``."""
    for _ in range(6):
        if mode == "single":
            s = say_singles(ds, z)
        elif mode == "pairs":
            parts = []
            j = 0
            if len(ds) % 2:
                parts.append(say_unit(ds[0], z))
                j = 1
            while j < len(ds):
                parts.append(say_pair(ds[j:j + 2], z))
                j += 2
            s = " ".join(parts)
        elif mode == "hundreds":
            parts = []
            j = 0
            while j < len(ds):
                rem = len(ds) - j
                k = 3 if rem in (3, 5, 6) or rem > 4 else (2 if rem in (2, 4) else 1)
                c = ds[j:j + k]
                parts.append(say_triple(c, z) if k == 3 else say_pair(c, z) if k == 2 else say_unit(c, z))
                j += k
            s = " ".join(parts)
        else:  # mixed
            parts = []
            j = 0
            while j < len(ds):
                k = rng.choice([1, 2, 2, 3] if (j == 0 and len(ds) == 3) else [1, 2, 2]) if len(ds) - j > 1 else 1
                k = min(k, len(ds) - j)
                c = ds[j:j + k]
                if k == 1:
                    parts.append(say_unit(c, z))
                elif k == 2:
                    parts.append(say_pair(c, z))
                else:
                    parts.append(say_triple(c, z))
                j += k
            s = " ".join(parts)
        if digits_of(s) == ds:
            return s
        mode = "single"
    s = " ".join(say_unit(c, z) for c in ds)
    assert digits_of(s) == ds, (ds, s)
    return s


def homophonise(s, p=0.35):
    rep = {"four": "for", "two": "to", "eight": "ate", "one": "won"}
    words = s.split(" ")
    out = []
    for k, w in enumerate(words):
        prev = words[k - 1] if k else ""
        if w in rep and prev not in TENS_MAP and prev not in ("hundred", "and") and rng.random() < p:
            out.append(rep[w])
        else:
            out.append(w)
    r = " ".join(out)
    return r if digits_of(r) == digits_of(s) else s


def zword(uk=True):
    return rng.choice(["oh", "oh", "zero", "o", "nought"] if uk else ["oh", "oh", "zero", "o"])


# ---------------------------------------------------------------- values ----
def luhn_ok(ds):
    tot = 0
    for i, c in enumerate(reversed(ds)):
        d = int(c)
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def luhn_complete(body):
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def rand_digits(k):
    return "".join(rng.choice("0123456789") for _ in range(k))


def card_number(kind=None):
    kind = kind or rng.choice(["visa", "visa", "visa", "mc", "mc", "mc2", "amex", "disc", "visa13", "maestro"])
    if kind == "visa":
        body = "4" + rand_digits(14)
    elif kind == "visa13":
        body = "4" + rand_digits(11)
    elif kind == "mc":
        body = "5" + rng.choice("12345") + rand_digits(13)
    elif kind == "mc2":
        body = str(rng.randint(2221, 2720)) + rand_digits(11)
    elif kind == "amex":
        body = rng.choice(["34", "37"]) + rand_digits(12)
    elif kind == "disc":
        body = "6011" + rand_digits(11)
    else:
        body = "6759" + rand_digits(14)
    # make doubles/triples a bit more frequent for spoken forms
    b = list(body)
    for _ in range(2):
        k = rng.randrange(5, len(b) - 1)
        b[k] = b[k - 1]
    return luhn_complete("".join(b))


def card_groups(c):
    if len(c) == 15:
        return [c[:4], c[4:10], c[10:]]
    if len(c) == 13:
        return [c[:4], c[4:7], c[7:10], c[10:]]
    if len(c) == 19:
        return [c[:4], c[4:8], c[8:12], c[12:16], c[16:]]
    return [c[i:i + 4] for i in range(0, 16, 4)]


def ssn():
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    return f"{a:03d}", f"{rng.randint(1, 99):02d}", f"{rng.randint(1, 9999):04d}"


NI_FIRST = "ABCEGHJKLMNPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def ni_number():
    while True:
        p = rng.choice(NI_FIRST) + rng.choice(NI_SECOND)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p, rand_digits(6), rng.choice("ABCD")


NI_RE = re.compile(r"^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z][0-9]{6}[A-D]$")


def sort_code():
    return rand_digits(2), rand_digits(2), rand_digits(2)


def iban_check(cc, bban):
    s = bban + cc + "00"
    num = "".join(str(int(ch, 36)) for ch in s)
    return f"{98 - int(num) % 97:02d}"


def iban_valid(s):
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}[0-9]{2}[A-Z0-9]{8,30}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in r)) % 97 == 1


def iban(cc=None):
    cc = cc or rng.choice(["GB", "IE", "DE", "FR", "NL", "ES"])
    if cc == "GB":
        bban = rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + rand_digits(14)
    elif cc == "IE":
        bban = rng.choice(["AIBK", "BOFI", "IPBS"]) + rand_digits(14)
    elif cc == "DE":
        bban = rand_digits(18)
    elif cc == "FR":
        bban = rand_digits(23)
    elif cc == "NL":
        bban = rng.choice(["ABNA", "INGB", "RABO"]) + rand_digits(10)
    else:
        bban = rand_digits(20)
    s = cc + iban_check(cc, bban) + bban
    assert iban_valid(s)
    return s


def iban_typed(s):
    st = rng.choice(["groups", "groups", "plain", "lowergroups"])
    if st == "plain":
        return s
    g = " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    return g.lower() if st == "lowergroups" else g


UK_AREAS = ["SW", "SE", "EC", "N", "M", "B", "LS", "G", "EH", "CF", "BT", "BS", "NE", "L",
            "CR", "DN", "KT", "RG", "BN", "CB", "PL", "S", "WR", "HP", "TW", "E"]
UK_INWARD = "ABDEFGHJLNPQRSTUWXYZ"


def uk_postcode():
    a = rng.choice(UK_AREAS)
    d = str(rng.randint(1, 29)) if len(a) == 2 else str(rng.randint(1, 9))
    if rng.random() < 0.15 and len(a) == 2:
        d = str(rng.randint(1, 9)) + rng.choice("ABEHJKW")
    return a + d, str(rng.randint(0, 9)) + rng.choice(UK_INWARD) + rng.choice(UK_INWARD)


UK_PC_RE = re.compile(r"^[A-Z]{1,2}[0-9][0-9A-Z]?[0-9][A-Z]{2}$")


def us_zip():
    return f"{rng.randint(10000, 99950):05d}"


STREETS = ["maple", "church", "station", "mill", "oak", "victoria", "high", "park", "elm",
           "king", "queen", "cedar", "willow", "springfield", "north", "meadow", "harbour",
           "chestnut", "lincoln", "washington", "orchard", "riverside", "york", "beech"]
SUFFIXES = ["road", "street", "avenue", "lane", "drive", "close", "way", "crescent",
            "court", "place", "boulevard", "terrace", "grove", "gardens"]
CITIES_UK = ["leeds", "bristol", "manchester", "glasgow", "cardiff", "norwich", "york", "bath"]
CITIES_US = ["austin", "denver", "columbus", "tampa", "portland", "madison", "raleigh"]


def street():
    return rng.choice(STREETS), rng.choice(SUFFIXES)


FIRST = ["sarah", "james", "priya", "tom", "aoife", "liam", "maria", "kevin", "chloe",
         "dan", "fatima", "oliver", "grace", "sean", "hannah", "marek", "lucy", "ravi"]
LAST = ["walsh", "okafor", "smith", "byrne", "patel", "nowak", "jones", "murphy", "evans",
        "garcia", "kelly", "taylor", "brennan", "khan", "reid", "fischer"]
DOMAINS = ["gmail.com", "hotmail.co.uk", "yahoo.com", "outlook.com", "icloud.com",
           "btinternet.com", "eircom.net", "aol.com", "protonmail.com", "live.ie"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
       "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
       "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty first", "twenty second",
       "twenty third", "twenty fourth", "twenty fifth", "twenty sixth", "twenty seventh",
       "twenty eighth"]


def email_parts():
    f, l = rng.choice(FIRST), rng.choice(LAST)
    sep = rng.choice([".", "_", "", "."])
    num = str(rng.randint(1, 99)) if rng.random() < 0.5 else ""
    user = rng.choice([f + sep + l, f[0] + sep + l, f + l[0], l + sep + f]) + num
    return user, rng.choice(DOMAINS)


def say_email(user, dom):
    z = "oh"
    def sp(tok):
        out = []
        for piece in re.split(r"([._])", tok):
            if piece == ".":
                out.append("dot")
            elif piece == "_":
                out.append(rng.choice(["underscore", "under score"]))
            elif piece.isdigit():
                out.append(say_chunk(piece, z, rng.choice(["single", "pairs"])))
            elif piece:
                m = re.match(r"([a-z]+)([0-9]*)$", piece)
                w, d = m.group(1), m.group(2)
                if len(w) == 1:
                    out.append(w)
                else:
                    out.append(w if rng.random() < 0.7 else " ".join(w))
                if d:
                    out.append(say_chunk(d, z, rng.choice(["single", "pairs"])))
        return " ".join(out)
    return sp(user) + " at " + sp(dom)


def dob():
    return rng.randint(1, 28), rng.randint(1, 12), rng.randint(1938, 2005)


def say_year(y, z="oh"):
    if y >= 2000:
        return rng.choice(["two thousand and " + (UNITS[y - 2000] if y - 2000 < 10 else say_pair(str(y - 2000), z)),
                           "twenty " + say_pair(f"{y - 2000:02d}", z)]) if y > 2000 else "two thousand"
    return say_pair(str(y)[:2], z) + " " + say_pair(str(y)[2:], z)


def uk_mobile():
    return "07" + rng.choice("3456789") + rand_digits(8)


def us_phone():
    return str(rng.randint(201, 989)) + str(rng.randint(200, 989)) + rand_digits(4)


def ie_mobile():
    return "08" + rng.choice("35679") + rand_digits(7)


def uk_landline():
    return rng.choice(["020", "0113", "0161", "0117", "0141", "0131"]) + rand_digits(7 if True else 8)


# --------------------------------------------------------------- builder ----
class V:
    def __init__(self, text, typ, gid=None, partial=False):
        self.text, self.typ, self.gid, self.partial = text, typ, gid, partial


_gid = [0]


def gid():
    _gid[0] += 1
    return f"g{_gid[0]}"


class Case:
    def __init__(self, note):
        self.note = note
        self.turns = []
        self.spans = []
        self.groups = {}

    def add(self, speaker, *segs):
        text = ""
        ti = len(self.turns)
        for s in segs:
            if isinstance(s, V):
                start = len(text)
                text += s.text
                self.spans.append({"turn": ti, "start": start, "end": len(text), "type": s.typ})
                g = s.gid or gid()
                grp = self.groups.setdefault(g, {"type": s.typ, "parts": [], "partial": s.partial})
                grp["parts"].append(s.text)
            else:
                text += s
        self.turns.append({"speaker": speaker, "text": text})
        return self

    def a(self, *segs):
        return self.add("agent", *segs)

    def c(self, *segs):
        return self.add("customer", *segs)


POS, NEG = [], []


def pos(case):
    POS.append(case)


def neg(case):
    NEG.append(case)


def pick(*xs):
    return rng.choice(xs)


BACK = ["mhm", "okay", "yep", "go on", "okay go on", "uh huh", "right", "yes", "got that", "okay yeah"]

# ------------------------------------------------------------ card cases ----
CALL_IND = ["telecom", "utilities", "retail", "insurance", "travel", "healthcare billing",
            "banking", "government services"]


def say_card(c, mode=None, uk=True, homo=False, filler=False):
    z = zword(uk)
    for attempt in range(8):
        parts = []
        for g in card_groups(c):
            m = mode or pick("single", "single", "pairs", "mixed", "hundreds")
            if attempt >= 6:
                m = "single"
            s = say_chunk(g, z, m)
            if homo:
                s = homophonise(s)
            parts.append(s)
        out = parts[0]
        for p in parts[1:]:
            sep = " "
            if filler and rng.random() < 0.5:
                sep = " " + pick("um", "uh", "er", "erm") + " "
            out += sep + p
        if digits_of(out) == c:
            return out
    raise AssertionError((c, out))


def typed_card(c):
    g = card_groups(c)
    st = rng.randrange(8)
    if st == 0:
        return c
    if st == 1:
        return " ".join(g)
    if st == 2:
        return "-".join(g)
    if st == 3:
        return ".".join(g)
    if st == 4:
        return " - ".join(g)
    if st == 5:
        return "  ".join(g)
    if st == 6:
        return "/".join(g)
    return " ".join(c[i:i + 2] for i in range(0, len(c), 2)) if len(c) % 2 == 0 else " ".join(g)


def exp_vals():
    return rng.randint(1, 12), rng.randint(26, 33)


def typed_expiry(m, y):
    return pick(f"{m:02d}/{y}", f"{m:02d}/20{y}", f"{m:02d}-{y}", f"{m}/{y}", f"{m:02d} {y}", f"{MONTHS[m-1][:3].title()} 20{y}")


def say_expiry(m, y):
    z = zword()
    mm = f"{m:02d}"
    return pick(f"{say_pair(mm, z)} {say_pair(str(y), z)}",
                f"{MONTHS[m-1]} {say_pair(str(y), z)}",
                f"{MONTHS[m-1]} twenty {say_pair(str(y), z)}",
                f"{say_singles(mm, z, False)} {say_singles(str(y), z, False)}",
                f"{UNITS[m] if m < 10 else say_pair(mm, z)} {say_pair(str(y), z)}")


def cvv_for(c):
    return rand_digits(4 if len(c) == 15 else 3)


def chat_card_cases(n):
    leads = ["Hi, can I pay the outstanding bill now? Card no. is ", "card: ", "ok my card number is ",
             "Here you go ", "its ", "CARD NUMBER ", "the long number is ", "pls use ",
             "Hey - trying to renew my policy, card ", "new card# "]
    for k in range(n):
        c = card_number()
        m, y = exp_vals()
        cv = cvv_for(c)
        ind = pick("retail", "telecom", "insurance", "travel", "utilities")
        case = Case(f"chat/{ind}: card typed with varied grouping, expiry and cvv in same message")
        case.a(pick("Thanks! Please provide the card details.", "Sure, what card would you like to use?",
                    "Could you type the card number, expiry and security code?"))
        if k % 3 == 0:
            case.c(pick(*leads), V(typed_card(c), "CARD_NUMBER"), pick(" exp ", " expiry ", ", expires "),
                   V(typed_expiry(m, y), "EXPIRY"), pick(" cvv ", " cvc: ", " sec code "), V(cv, "CVV"),
                   pick("", " thanks", ". Amount is £" + str(rng.randint(20, 300)) + ".00"))
        elif k % 3 == 1:
            case.c(pick(*leads), V(typed_card(c), "CARD_NUMBER"), pick(" thx", "", " - order 5521 is what its for"))
            case.a("And the expiry date and 3 digit code on the back?")
            case.c(V(typed_expiry(m, y), "EXPIRY"), pick(" and ", ", ", " / code "), V(cv, "CVV"))
        else:
            case.c(pick("it's a visa, ", "ok ", "", "right ") , V(typed_card(c), "CARD_NUMBER"))
            case.a("Thank you. What's the expiry?")
            case.c(pick("expires ", "exp: ", "valid till "), V(typed_expiry(m, y), "EXPIRY"),
                   pick(" and the cvv is ", ", security number ", " cvc "), V(cv, "CVV"))
        pos(case)


def call_card_single(n):
    for k in range(n):
        c = card_number()
        ind = CALL_IND[k % len(CALL_IND)]
        mode = pick("single", "pairs", "mixed", "hundreds", None)
        homo = k % 3 == 0
        case = Case(f"call/{ind}: card read in one turn ({mode or 'varied'} grouping{', asr homophones' if homo else ''})")
        case.a(pick("okay and the long number across the front of the card please",
                    "go ahead with the card number when you're ready",
                    "can i take the sixteen digit number on the card"))
        case.c(pick("yeah it's ", "okay it's ", "right so ", "um ", "yep ", ""),
               V(say_card(c, mode, homo=homo, filler=k % 2 == 0), "CARD_NUMBER"),
               pick("", " yeah", " that's it", " and that's a visa debit"))
        if k % 2 == 0:
            m, y = exp_vals()
            case.a("lovely and the expiry")
            case.c(pick("", "it's ", "um "), V(say_expiry(m, y), "EXPIRY"))
            case.a("and the three digits on the back")
            case.c(pick("", "that's ", "it's "), V(say_chunk(cvv_for(c), zword(), "single"), "CVV"))
        pos(case)


def call_card_split(n):
    for k in range(n):
        c = card_number(pick("visa", "mc", "mc2", "amex", "disc"))
        ind = CALL_IND[(k + 3) % len(CALL_IND)]
        g = gid()
        case = Case(f"call/{ind}: card split over customer turns with agent back-channels")
        case.a("okay whenever you're ready with the card number")
        z = zword()
        groups = card_groups(c)
        for j, grp in enumerate(groups):
            m = pick("single", "single", "pairs", "mixed")
            lead = pick("", "", "right ", "um ", "okay ", "then ") if j else pick("right ", "so it's ", "", "okay ")
            tail = pick("", "", " um", " yeah", " you got that")
            case.c(lead, V(say_chunk(grp, z, m), "CARD_NUMBER", g), tail)
            if j < len(groups) - 1:
                case.a(pick(*BACK))
        if k % 2:
            case.a("and what's the expiry on that")
            m_, y_ = exp_vals()
            case.c(pick("", "it's the "), V(say_expiry(m_, y_), "EXPIRY"))
        pos(case)


def call_card_correction(n):
    for k in range(n):
        c = card_number("visa" if k % 2 else "mc")
        z = zword()
        grp = card_groups(c)
        wrong = list(grp[1])
        wrong[2] = str((int(wrong[2]) + 3) % 10)
        wrong = "".join(wrong)
        ind = CALL_IND[(k + 1) % len(CALL_IND)]
        case = Case(f"call/{ind}: caller starts card, corrects a group mid-read; partial attempt also labelled")
        case.a("and the card number please")
        if k % 2 == 0:
            case.c(V(say_chunk(grp[0], z, "single") + " " + say_chunk(wrong, z, "single"), "CARD_NUMBER", partial=True),
                   pick(" no sorry hang on let me start again", " oh no wait that's wrong sorry"))
            case.a("no problem take your time")
            case.c(V(say_card(c, "single"), "CARD_NUMBER"))
        else:
            g = gid()
            case.c(V(say_chunk(grp[0], z, "single"), "CARD_NUMBER", g), " ",
                   V(say_chunk(wrong[:3], z, "single"), "CARD_NUMBER", partial=True),
                   pick(" sorry no ", " actually no it's ", " scratch that "),
                   V(say_chunk(grp[1], z, "single"), "CARD_NUMBER", g))
            case.a(pick(*BACK))
            case.c(V(" ".join(say_chunk(x, z, "single") for x in grp[2:]), "CARD_NUMBER", g))
        pos(case)


def call_card_readback(n):
    for k in range(n):
        c = card_number()
        ind = CALL_IND[(k + 5) % len(CALL_IND)]
        case = Case(f"call/{ind}: customer reads card, agent reads it back in pairs/hundreds")
        case.a("what's the card number")
        case.c(pick("it's ", ""), V(say_card(c, "single"), "CARD_NUMBER"))
        case.a(pick("let me just read that back ", "so that's "), V(say_card(c, pick("pairs", "hundreds", "mixed")), "CARD_NUMBER"),
               pick(" is that right", " yeah", " correct"))
        case.c(pick("yes that's right", "yep", "that's it yeah"))
        pos(case)


def chat_card_split(n):
    for k in range(n):
        c = card_number()
        g = gid()
        grp = card_groups(c)
        cut = 2 if len(grp) >= 4 else 1
        case = Case("chat/" + pick("retail", "telecom", "travel") + ": card typed across two chat messages")
        case.a("Please enter the card number to proceed.")
        case.c(pick("", "first bit ", "card "), V(" ".join(grp[:cut]), "CARD_NUMBER", g), pick("", "..."))
        case.c(pick("", "rest: ", "and "), V(pick(" ", "-", "").join(grp[cut:]), "CARD_NUMBER", g))
        pos(case)


def chat_card_weird(n):
    for k in range(n):
        c = card_number(pick("amex", "visa13", "maestro", "visa", "mc"))
        sep = pick("*", "_", ",", " . ", "|")
        g = card_groups(c)
        txt = pick(sep.join(g), c[:6] + " " + c[6:], " ".join(c))
        ind = pick("retail", "hospitality", "travel", "utilities")
        case = Case(f"chat/{ind}: card with unusual separators/length ({len(c)} digits) next to order number")
        o = str(rng.randint(100000, 99999999))
        case.c(f"order #{o} hasnt gone thru, tried card ", V(txt, "CARD_NUMBER"),
               pick(" twice", " and it declined??", ""))
        case.a(f"Sorry about that! I can see order {o}. Can you confirm the expiry?")
        m, y = exp_vals()
        case.c(V(typed_expiry(m, y), "EXPIRY"))
        pos(case)


def call_card_interrupted(n):
    for k in range(n):
        c = card_number(pick("visa", "mc"))
        grp = card_groups(c)
        z = zword()
        g = gid()
        ind = CALL_IND[(k + 2) % len(CALL_IND)]
        case = Case(f"call/{ind}: line breaks up mid card; agent repeats last group heard (labelled), caller continues")
        case.a("go ahead with the card number")
        case.c(V(say_chunk(grp[0], z, "single") + " " + say_chunk(grp[1], z, pick("single", "pairs")), "CARD_NUMBER", g),
               " ", V(say_chunk(grp[2][:2], z, "single"), "CARD_NUMBER", partial=True), " hello")
        case.a("sorry you cut out there i got up to ", V(say_chunk(grp[1], z, "single"), "CARD_NUMBER", partial=True),
               " and then nothing")
        case.c(pick("oh sorry ", "right ", "okay so after that it's "), V(say_chunk(grp[2], z, pick("single", "pairs")) + " " +
               say_chunk(grp[3], z, pick("single", "pairs")), "CARD_NUMBER", g))
        pos(case)


def asr_numeral_mix(ds, z):
    out = []
    i = 0
    while i < len(ds):
        k = min(rng.choice([1, 2, 3, 4]), len(ds) - i)
        c = ds[i:i + k]
        out.append(c if rng.random() < 0.5 else say_chunk(c, z, "single"))
        i += k
    r = " ".join(out)
    return r if digits_of(r) == ds else " ".join(ds)


def call_asr_numerals(n):
    for k in range(n):
        ind = CALL_IND[k % len(CALL_IND)]
        z = zword()
        which = k % 3
        if which == 0:
            c = card_number()
            case = Case(f"call/{ind}: ASR output mixes numerals and number words inside a card number")
            case.a("okay the card number please")
            case.c(pick("yeah ", "it's ", ""), V(asr_numeral_mix(c, z), "CARD_NUMBER"), pick("", " and it expires next year"))
        elif which == 1:
            a, b, cc = ssn()
            case = Case(f"call/{ind}: ASR output mixes numerals and words inside an SSN")
            case.a("and the social")
            case.c(pick("it's ", "sure "), V(asr_numeral_mix(a + b + cc, z), "SSN"))
        else:
            p, d, sfx = ni_number()
            case = Case(f"call/{ind}: ASR output writes NI number partly as numerals in lower case")
            case.a("national insurance number please")
            txt = pick(f"{p.lower()} {d[:2]} {d[2:4]} {d[4:]} {sfx.lower()}",
                       f"{p[0].lower()} {p[1].lower()} {asr_numeral_mix(d, z)} {sfx.lower()}",
                       f"{p.lower()} {d} {sfx.lower()}")
            assert parse_spoken(txt, True) == p + d + sfx, txt
            case.c(pick("yeah it's ", "", "it's "), V(txt, "NI_NUMBER"))
        pos(case)


def chat_ni_more(n):
    for k in range(n):
        p, d, s = ni_number()
        ind = UK_IND[(k + 2) % len(UK_IND)]
        t = pick(f"{p.lower()}/{d[:2]}/{d[2:4]}/{d[4:]}/{s.lower()}", f"{p}.{d}.{s}", f"{p} {d[:3]} {d[3:]} {s}",
                 f"{p[0]} {p[1]} {d[:2]} {d[2:4]} {d[4:]} {s}", f"{p.lower()} {d[:2]}-{d[2:4]}-{d[4:]} {s.lower()}",
                 f"{p}{d} {s}")
        case = Case(f"chat/{ind}: NI number typed with unusual separators amid other numbers")
        if k % 2:
            case.c(f"Hi, my tax code is 1257L and I think I've been overtaxed by £{rng.randint(100, 900)}")
            case.a("I can look into that. Can you confirm your National Insurance number?")
            case.c(V(t, "NI_NUMBER"))
        else:
            g = gid()
            case.a("Please type your NI number.")
            case.c(V(p, "NI_NUMBER", g), " ",
                   V(f"{d[:2]} {d[2:4]} {d[4:]}", "NI_NUMBER", g))
            case.c(pick("oops and ", "+ ", "letter "), V(s, "NI_NUMBER", g))
        pos(case)


def chat_card_irregular(n):
    for k in range(n):
        c = card_number(pick("visa", "mc", "disc", "mc2"))
        cuts = sorted(rng.sample(range(2, len(c) - 1), rng.randint(2, 4)))
        parts = []
        prev = 0
        for ct in cuts + [len(c)]:
            parts.append(c[prev:ct])
            prev = ct
        t = pick(" ", " ", "-").join(parts)
        case = Case("chat/" + pick("retail", "telecom", "utilities") + ": card typed with irregular grouping (typing error)")
        case.c(pick("card is ", "Card num ", "pay with "), V(t, "CARD_NUMBER"), pick(" pls", "", " for the £" + str(rng.randint(10, 99)) + " top up"))
        pos(case)


# ------------------------------------------------------------- SSN cases ----
def typed_ssn(a, b, c):
    return pick(f"{a}-{b}-{c}", f"{a} {b} {c}", f"{a}{b}{c}", f"{a}.{b}.{c}", f"{a} - {b} - {c}", f"{a}/{b}/{c}")


def say_ssn(a, b, c, mode=None):
    z = pick("oh", "zero", "o")
    for attempt in range(8):
        parts = []
        for x in (a, b, c):
            m = mode or pick("single", "single", "pairs", "mixed", "hundreds")
            parts.append(say_chunk(x, z, m if attempt < 6 else "single"))
        s = " ".join(parts)
        if digits_of(s) == a + b + c:
            return s
    raise AssertionError((a, b, c, s))


US_IND = ["healthcare billing", "insurance", "banking", "government services", "telecom", "utilities"]


def chat_ssn(n):
    for k in range(n):
        a, b, c = ssn()
        ind = US_IND[k % len(US_IND)]
        case = Case(f"chat/{ind}: US SSN typed with varied separators")
        case.a(pick("To verify your identity please provide your Social Security number.",
                    "Can I get your SSN to locate the account?", "What are the last... actually I'll need the full SSN please."))
        case.c(pick("sure its ", "SSN: ", "ok ", "", "my social is ", "ssn# "), V(typed_ssn(a, b, c), "SSN"),
               pick("", " thanks", ". Claim 44817 btw", " - I'm calling about my $" + str(rng.randint(40, 900)) + " bill"))
        pos(case)


def call_ssn(n):
    for k in range(n):
        a, b, c = ssn()
        ind = US_IND[(k + 2) % len(US_IND)]
        mode = pick("single", "pairs", "mixed", "hundreds", None)
        homo = k % 4 == 1
        s = say_ssn(a, b, c, mode)
        if k % 4 == 3:
            z = pick("oh", "zero")
            s = " dash ".join(say_chunk(x, z, "single") for x in (a, b, c))
            mode = "dash-separated"
        if homo:
            s2 = homophonise(s, 0.5)
            s = s2 if digits_of(s2) == a + b + c else s
        case = Case(f"call/{ind}: SSN read in one turn ({mode or 'varied'}{', homophones' if homo else ''})")
        case.a(pick("and can i get your social security number please", "i'll just need your social to verify",
                    "what's the social on the account"))
        case.c(pick("yeah sure it's ", "it's ", "um ", "okay ", "", "my social's "), V(s, "SSN"),
               pick("", " yeah", " and i'm calling about the bill from march"))
        pos(case)


def call_ssn_split(n):
    for k in range(n):
        a, b, c = ssn()
        g = gid()
        ind = US_IND[(k + 4) % len(US_IND)]
        z = pick("oh", "zero")
        case = Case(f"call/{ind}: SSN split over three customer turns with back-channels")
        case.a("go ahead with the social")
        case.c(pick("okay ", "so ", ""), V(say_chunk(a, z, pick("single", "hundreds")), "SSN", g))
        case.a(pick(*BACK))
        case.c(V(say_chunk(b, z, pick("single", "pairs")), "SSN", g), pick("", " um"))
        case.a(pick(*BACK))
        case.c(pick("", "and then "), V(say_chunk(c, z, pick("single", "pairs", "mixed")), "SSN", g))
        pos(case)


def call_ssn_readback(n):
    for k in range(n):
        a, b, c = ssn()
        ind = US_IND[(k + 1) % len(US_IND)]
        case = Case(f"call/{ind}: SSN given then read back by agent in different grouping")
        case.a("can you confirm your social security number")
        case.c(V(say_ssn(a, b, c, "single"), "SSN"))
        case.a(pick("okay i have ", "so that's ", "just to confirm "), V(say_ssn(a, b, c, pick("pairs", "hundreds", "mixed")), "SSN"),
               pick("", " correct", " is that right"))
        case.c("yes")
        pos(case)


def call_ssn_correction(n):
    for k in range(n):
        a, b, c = ssn()
        z = "zero"
        ind = US_IND[(k + 3) % len(US_IND)]
        wrong_c = f"{(int(c) + 11) % 10000:04d}"
        case = Case(f"call/{ind}: SSN with self-correction of last group; wrong group also labelled")
        case.a("and your social")
        g = gid()
        case.c(V(say_chunk(a, z, "single") + " " + say_chunk(b, z, "single"), "SSN", g), " ",
               V(say_chunk(wrong_c, z, "single"), "SSN", partial=True),
               pick(" no wait ", " sorry i mean ", " no no "),
               V(say_chunk(c, z, "single"), "SSN", g))
        pos(case)


def chat_ssn_mixed(n):
    for k in range(n):
        a, b, c = ssn()
        ind = US_IND[(k + 5) % len(US_IND)]
        case = Case(f"chat/{ind}: SSN typed with spaces inside groups or split across messages, with other numbers nearby")
        if k % 2:
            g = gid()
            case.c(f"hi i got a letter about claim {rng.randint(10000, 9999999)} dated 3/14")
            case.a("I can help with that. Please share your SSN.")
            case.c(V(f"{a}-{b}", "SSN", g), pick(" -", "..."))
            case.c(V(c, "SSN", g), pick(" sorry hit enter", ""))
        else:
            case.a("Please verify with your social security number.")
            if rng.random() < 0.5:
                case.c(pick("ok ", "it is "), V(" ".join(a + b + c), "SSN"), " and I'm 67 if that matters")
            else:
                case.c(pick("ok ", "it is "), V(" ".join(a + b + c), "SSN"), " zip is ", V(us_zip(), "POSTCODE"))
        pos(case)


def call_ssn_echo(n):
    for k in range(n):
        a, b, c = ssn()
        g1, g2 = gid(), gid()
        z = pick("oh", "zero")
        ind = US_IND[k % len(US_IND)]
        case = Case(f"call/{ind}: SSN given in three chunks, agent echoes each chunk back (echoes labelled)")
        case.a("okay go ahead with your social security number")
        for j, x in enumerate((a, b, c)):
            case.c(pick("", "um ", "okay ") if j else pick("it's ", "so "), V(say_chunk(x, z, pick("single", "pairs" if len(x) != 3 else "hundreds")), "SSN", g1))
            case.a(V(say_chunk(x, z, "single"), "SSN", g2), pick("", " okay", " yep", " got it"))
        case.c(pick("that's it", "yep that's the lot"))
        pos(case)


def call_ni_echo(n):
    for k in range(n):
        p, d, s_ = ni_number()
        g1, g2 = gid(), gid()
        z = pick("oh", "nought")
        ind = UK_IND[k % len(UK_IND)]
        ls = pick("nato", "uk", "plain")
        case = Case(f"call/{ind}: NI number in chunks with agent echo of each chunk (echoes labelled)")
        case.a("can i take your national insurance number")
        case.c(pick("yep ", "okay "), V(say_letter(p[0], ls) + " " + say_letter(p[1], ls), "NI_NUMBER", g1))
        case.a(V(f"{p[0].lower()} {p[1].lower()}", "NI_NUMBER", g2))
        case.c(V(say_chunk(d, z, pick("pairs", "single")), "NI_NUMBER", g1), " and ", V(say_letter(s_, pick("plain", "nato")), "NI_NUMBER", g1))
        case.a(V(say_chunk(d, z, "single") + " " + s_.lower(), "NI_NUMBER", g2), pick(" lovely", " thank you", ""))
        pos(case)


# -------------------------------------------------------------- NI cases ----
def typed_ni(p, d, s):
    st = rng.randrange(7)
    if st == 0:
        return f"{p} {d[:2]} {d[2:4]} {d[4:]} {s}"
    if st == 1:
        return (p + d + s).lower()
    if st == 2:
        return f"{p}{d}{s}"
    if st == 3:
        return f"{p}-{d[:2]}-{d[2:4]}-{d[4:]}-{s}"
    if st == 4:
        return f"{p[0]} {p[1]} {' '.join(d)} {s}"
    if st == 5:
        return f"{p} {d} {s}".lower()
    return f"{p}{d[:2]} {d[2:4]} {d[4:]}{s}"


def say_letter(ch, style):
    l = ch.lower()
    if style == "plain":
        return l
    if style == "nato":
        return f"{l} for {NATO_LIST[l]}"
    if style == "asin":
        return f"{l} as in {NATO_LIST[l]}"
    if style == "uk":
        return f"{l} for {UK_NAMES.get(l, NATO_LIST[l])}"
    if style == "homo":
        return LETTER_SAY_HOMO.get(l, l)
    return l


def say_ni(p, d, s, lstyle=None, dmode=None):
    z = pick("oh", "zero", "nought", "o")
    ls = lstyle or pick("plain", "plain", "nato", "uk", "homo", "asin")
    if ls == "double" or (p[0] == p[1] and rng.random() < 0.5):
        pre = "double " + p[0].lower()
    else:
        pre = say_letter(p[0], ls) + " " + say_letter(p[1], ls)
    digs = say_chunk(d, z, dmode or pick("single", "pairs", "pairs", "mixed"))
    suf = say_letter(s, pick(ls, "plain"))
    out = f"{pre} {digs} {suf}"
    assert parse_spoken(out, letters=True) == p + d + s, (out, p + d + s, parse_spoken(out, True))
    return out


UK_IND = ["government services", "banking", "telecom", "utilities", "insurance", "healthcare billing"]


def chat_ni(n):
    for k in range(n):
        p, d, s = ni_number()
        ind = UK_IND[k % len(UK_IND)]
        case = Case(f"chat/{ind}: UK NI number typed in varied format")
        case.a(pick("Could you confirm your National Insurance number?", "What's your NI number please?",
                    "For security, please type your NINO."))
        case.c(pick("yeah its ", "NI: ", "", "ni no. ", "Sure - ", "my NI number is "), V(typed_ni(p, d, s), "NI_NUMBER"),
               pick("", " cheers", ". I've been waiting 6 weeks for this", " (from my payslip)"))
        pos(case)


def call_ni(n):
    for k in range(n):
        p, d, s = ni_number()
        ind = UK_IND[(k + 1) % len(UK_IND)]
        ls = pick("plain", "nato", "uk", "homo", "asin")
        dm = pick("single", "pairs", "mixed")
        case = Case(f"call/{ind}: NI number spoken, letters {ls}, digits {dm}")
        case.a(pick("can i take your national insurance number please", "and your n i number",
                    "what's your national insurance number"))
        case.c(pick("yeah it's ", "it's ", "um ", "okay so ", "", "right it's "), V(say_ni(p, d, s, ls, dm), "NI_NUMBER"),
               pick("", " yeah", " i think", " that's on my p sixty"))
        pos(case)


def call_ni_split(n):
    for k in range(n):
        p, d, s = ni_number()
        ind = UK_IND[(k + 2) % len(UK_IND)]
        ls = pick("plain", "nato", "uk", "homo")
        z = pick("oh", "zero", "nought")
        g = gid()
        case = Case(f"call/{ind}: NI number split over turns (letters / digits / suffix) with back-channels")
        case.a("and your national insurance number please")
        case.c(pick("yep it's ", "so ", "right "), V(say_letter(p[0], ls) + " " + say_letter(p[1], ls), "NI_NUMBER", g))
        case.a(pick(*BACK))
        if k % 2:
            case.c(V(say_chunk(d[:4], z, pick("single", "pairs")), "NI_NUMBER", g))
            case.a(pick(*BACK))
            case.c(V(say_chunk(d[4:], z, pick("single", "pairs")), "NI_NUMBER", g), " ",
                   V(say_letter(s, pick("plain", "nato")), "NI_NUMBER", g))
        else:
            case.c(V(say_chunk(d, z, pick("single", "pairs", "mixed")), "NI_NUMBER", g))
            case.a("and the letter at the end")
            case.c(pick("it's ", "", "that's "), V(say_letter(s, pick("plain", "nato", "uk")), "NI_NUMBER", g))
        gr = case.groups[g]
        assert parse_spoken(" um ".join(gr["parts"]), True) == p + d + s
        pos(case)


def call_ni_readback(n):
    for k in range(n):
        p, d, s = ni_number()
        ind = UK_IND[(k + 3) % len(UK_IND)]
        case = Case(f"call/{ind}: NI given by customer then read back by agent with phonetic letters")
        case.a("what's your national insurance number")
        case.c(V(say_ni(p, d, s, "plain", "single"), "NI_NUMBER"))
        case.a(pick("so that's ", "thank you i've got ", "let me repeat that "),
               V(say_ni(p, d, s, pick("nato", "asin", "uk"), "pairs"), "NI_NUMBER"), pick(" yeah", " correct", ""))
        case.c(pick("yes", "that's right", "spot on"))
        pos(case)


def call_ni_correction(n):
    for k in range(n):
        p, d, s = ni_number()
        z = "oh"
        wrong = d[:3] + str((int(d[3]) + 4) % 10)
        ind = UK_IND[(k + 4) % len(UK_IND)]
        g = gid()
        case = Case(f"call/{ind}: NI number with mid-read correction; wrong digits labelled as partial")
        case.a("national insurance number please")
        case.c(V(f"{p[0].lower()} {p[1].lower()}", "NI_NUMBER", g), " ",
               V(say_chunk(wrong, z, "single"), "NI_NUMBER", partial=True),
               pick(" no sorry ", " hang on no it's "),
               V(say_chunk(d, z, "single") + " " + s.lower(), "NI_NUMBER", g))
        pos(case)


# ----------------------------------------------------------- bank cases -----
def bank_cases(n):
    for k in range(n):
        a, b, c = sort_code()
        acct = rand_digits(8)
        call = k % 2 == 0
        ind = pick("banking", "utilities", "insurance", "telecom")
        if call:
            z = pick("oh", "zero", "nought")
            case = Case(f"call/{ind}: UK sort code and account number spoken" + (" in one turn" if k % 4 == 0 else ""))
            case.a("can i take the sort code and account number for the direct debit")
            sc = pick(say_chunk(a + b + c, z, "single"), f"{say_pair(a, z)} {say_pair(b, z)} {say_pair(c, z)}")
            ac = say_chunk(acct, z, pick("single", "pairs", "mixed"))
            if k % 4 == 0:
                case.c(pick("yeah sort code ", "sort code's "), V(sc, "SORT_CODE"), pick(" and the account number is ", " account "),
                       V(ac, "BANK_ACCOUNT"))
            else:
                case.c(pick("sort code is ", "it's ", ""), V(sc, "SORT_CODE"))
                case.a("and the account number")
                case.c(pick("", "um ", "that's "), V(ac, "BANK_ACCOUNT"), pick("", " and the payment's forty two pounds a month"))
        else:
            case = Case(f"chat/{ind}: UK sort code and account number typed in one message")
            case.a("Please provide the bank details for the refund.")
            case.c(pick("Sort code ", "s/c: ", "sortcode "), V(pick(f"{a}-{b}-{c}", f"{a} {b} {c}", a + b + c), "SORT_CODE"),
                   pick(" acc ", ", account no ", " a/c "), V(pick(acct, acct[:4] + " " + acct[4:]), "BANK_ACCOUNT"),
                   pick("", " - refund of £" + str(rng.randint(10, 500)) + ".50 pls"))
        pos(case)


def us_bank_cases(n):
    for k in range(n):
        acct = rand_digits(rng.choice([10, 11, 12]))
        ind = pick("banking", "healthcare billing", "insurance")
        case = Case(f"{'call' if k % 2 else 'chat'}/{ind}: US checking account number ({len(acct)} digits)")
        if k % 2:
            case.a("what's the checking account number you'd like to use")
            case.c("it's ", V(say_chunk(acct, "zero", pick("single", "pairs")), "BANK_ACCOUNT"))
        else:
            case.c("Please debit my checking acct ", V(acct, "BANK_ACCOUNT"), " for the $" + str(rng.randint(50, 400)) + " copay")
        pos(case)


def iban_cases(n):
    for k in range(n):
        cc = ["GB", "IE", "DE", "FR", "NL", "ES"][k % 6]
        s = iban(cc)
        ind = pick("banking", "travel", "utilities", "insurance")
        if k % 3 == 2 and cc in ("GB", "IE", "NL", "DE"):
            z = "zero"
            parts = [s[0].lower(), s[1].lower(), say_chunk(s[2:4], z, "single")]
            rest = s[4:]
            letters = re.match(r"[A-Z]*", rest).group(0)
            parts += [l.lower() for l in letters]
            parts.append(say_chunk(rest[len(letters):], z, pick("single", "pairs")))
            sp = " ".join(parts)
            assert parse_spoken(sp, True) == s
            case = Case(f"call/{ind}: {cc} IBAN spelled out by caller")
            case.a("can you read me the iban")
            case.c(pick("yeah it's ", "okay ", ""), V(sp, "IBAN"))
        else:
            case = Case(f"chat/{ind}: {cc} IBAN typed")
            case.a("Please send the IBAN for the transfer.")
            case.c(pick("IBAN: ", "iban is ", "here: ", ""), V(iban_typed(s), "IBAN"), pick("", " thanks", " (my account in " + cc + ")"))
        pos(case)


# ----------------------------------------------------------- phone/email ----
def phone_cases(n):
    for k in range(n):
        kind = ["ukmob", "us", "ie", "ukland", "ukintl", "usintl"][k % 6]
        if kind == "ukmob":
            num = uk_mobile(); typed = pick(num, num[:5] + " " + num[5:], num[:5] + " " + num[5:8] + " " + num[8:])
        elif kind == "us":
            num = us_phone(); typed = pick(f"({num[:3]}) {num[3:6]}-{num[6:]}", f"{num[:3]}-{num[3:6]}-{num[6:]}", f"{num[:3]}.{num[3:6]}.{num[6:]}")
        elif kind == "ie":
            num = ie_mobile(); typed = pick(f"{num[:3]} {num[3:6]} {num[6:]}", num)
        elif kind == "ukland":
            num = uk_landline(); typed = pick(num, num[:3] + " " + num[3:])
        elif kind == "ukintl":
            num = "44" + uk_mobile()[1:]; typed = pick("+" + num, "+44 (0)" + num[2:6] + " " + num[6:], "0044 " + num[2:])
        else:
            num = "1" + us_phone(); typed = pick("+1 " + num[1:4] + " " + num[4:7] + " " + num[7:], "+1-" + num[1:4] + "-" + num[4:7] + "-" + num[7:])
        ind = pick("telecom", "utilities", "retail", "travel", "insurance")
        if k % 2:
            z = "oh" if kind not in ("us", "usintl") else pick("oh", "zero")
            if kind == "ukintl":
                spoken = "plus four four " + say_chunk(num[2:6], z, "single") + " " + say_chunk(num[6:], z, pick("single", "pairs"))
            elif kind == "usintl":
                spoken = "plus one " + " ".join(say_chunk(x, z, "single") for x in (num[1:4], num[4:7], num[7:]))
            elif kind == "us":
                spoken = " ".join(say_chunk(x, z, pick("single", "single", "pairs")) for x in (num[:3], num[3:6], num[6:]))
            else:
                spoken = say_chunk(num, z, pick("single", "single", "mixed"))
            if digits_of(spoken) != num:
                spoken = say_chunk(num, z, "single")
                if kind in ("ukintl", "usintl"):
                    spoken = "plus " + spoken
            case = Case(f"call/{ind}: {kind} phone number spoken")
            case.a(pick("and a good contact number for you", "what's the best number to reach you on"))
            case.c(pick("yeah it's ", "um ", "my mobile is ", ""), V(spoken, "PHONE"), pick("", " after six is best", " yeah"))
        else:
            case = Case(f"chat/{ind}: {kind} phone number typed")
            case.c(pick("You can call me on ", "my number: ", "ph ", "call back on "), V(typed, "PHONE"),
                   pick("", " between 2 and 4pm", " anytime before 9"))
        pos(case)


def email_cases(n):
    for k in range(n):
        user, dom = email_parts()
        ind = pick("retail", "telecom", "travel", "insurance", "government services")
        if k % 2:
            sp = say_email(user, dom)
            case = Case(f"call/{ind}: e-mail address spoken with dot/at words")
            case.a("and can i get an email address for the confirmation")
            case.c(pick("yeah it's ", "sure ", "it's "), V(sp, "EMAIL"), pick("", " all lower case", " yeah"))
        else:
            e = user + "@" + dom
            if k % 4 == 0:
                e = e.upper() if rng.random() < 0.3 else e.capitalize()
            case = Case(f"chat/{ind}: e-mail address typed in chat")
            case.c(pick("pls send the receipt to ", "email: ", "my email is ", "Update my email to "), V(e, "EMAIL"),
                   pick("", " thanks!", ", not the old one"))
        pos(case)


def dob_cases(n):
    for k in range(n):
        d, m, y = dob()
        ind = pick("insurance", "healthcare billing", "banking", "government services", "telecom")
        if k % 2:
            z = "oh"
            sp = pick(f"the {ORD[d]} of {MONTHS[m-1]} {say_year(y)}",
                      f"{MONTHS[m-1]} {ORD[d]} {say_year(y)}",
                      f"{say_pair(f'{d:02d}', z)} {say_pair(f'{m:02d}', z)} {say_pair(str(y)[2:], z)}",
                      f"{ORD[d]} {MONTHS[m-1]} {say_year(y)}")
            case = Case(f"call/{ind}: date of birth spoken")
            case.a(pick("and can you confirm your date of birth", "what's your date of birth please"))
            case.c(pick("yeah it's ", "", "um ", "it's "), V(sp, "DOB"), pick("", " yeah", " so i'm " + str(2026 - y)))
        else:
            t = pick(f"{d:02d}/{m:02d}/{y}", f"{d}/{m}/{str(y)[2:]}", f"{m}/{d}/{y}", f"{d} {MONTHS[m-1].title()} {y}",
                     f"{MONTHS[m-1][:3].title()} {d}, {y}", f"{y}-{m:02d}-{d:02d}", f"{d:02d}.{m:02d}.{y}")
            case = Case(f"chat/{ind}: date of birth typed")
            case.a("Please confirm your date of birth.")
            case.c(pick("DOB ", "dob: ", "born ", "", "it's "), V(t, "DOB"), pick("", " and my appointment is on the 14th"))
        pos(case)


def address_cases(n):
    for k in range(n):
        uk = k % 2 == 0
        num = rng.randint(1, 480)
        st, sx = street()
        ind = pick("utilities", "retail", "telecom", "insurance", "government services")
        call = k % 4 in (0, 3)
        if uk:
            out, inw = uk_postcode()
            city = rng.choice(CITIES_UK)
            if call:
                z = "oh"
                pcs = " ".join(ch.lower() if ch.isalpha() else UNITS[int(ch)] for ch in out) + " " + \
                    " ".join(ch.lower() if ch.isalpha() else UNITS[int(ch)] for ch in inw)
                pcs = " ".join(pick("w", "double-u") if w == "w" else w for w in pcs.split(" "))
                addr = f"{say_chunk(str(num), z, pick('pairs', 'hundreds', 'mixed'))} {st} {sx}"
                case = Case(f"call/{ind}: UK street address and postcode spoken (letters spelled)")
                case.a("can i confirm the address")
                case.c(pick("yeah it's ", ""), V(addr, "ADDRESS"), f" {city}")
                case.a("and the postcode")
                case.c(V(pcs, "POSTCODE"))
            else:
                pc = pick(f"{out} {inw}", f"{out}{inw}", f"{out} {inw}".lower())
                case = Case(f"chat/{ind}: UK address with postcode typed")
                case.c(pick("new address is ", "I've moved to ", "deliver to "), V(f"{num} {st.title()} {sx.title()}", "ADDRESS"),
                       f", {city.title()} ", V(pc, "POSTCODE"))
        else:
            zp = us_zip()
            city = rng.choice(CITIES_US)
            if call:
                addr = f"{say_chunk(str(num), 'oh', pick('pairs', 'hundreds', 'single'))} {st} {sx}"
                case = Case(f"call/{ind}: US street address and ZIP spoken")
                case.a("what's the service address")
                case.c(V(addr, "ADDRESS"), f" in {city}")
                case.a("and the zip code")
                case.c(pick("it's ", ""), V(say_chunk(zp, pick("oh", "zero"), pick("single", "mixed")), "POSTCODE"))
            else:
                zt = pick(zp, zp + "-" + rand_digits(4))
                case = Case(f"chat/{ind}: US address typed with ZIP")
                state = {"austin": "TX", "denver": "CO", "columbus": "OH", "tampa": "FL", "portland": "OR",
                         "madison": "WI", "raleigh": "NC"}[city]
                case.c(pick("ship to ", "my address: ", "billing address is "), V(f"{num} {st.title()} {sx.title()}", "ADDRESS"),
                       f", {city.title()}, {state} ", V(zt, "POSTCODE"))
        pos(case)


def mixed_cases(n):
    for k in range(n):
        uk = k % 2 == 0
        ind = pick("banking", "insurance", "telecom")
        case = Case(f"call/{ind}: full ID&V with several items in a row and chit-chat")
        d, m, y = dob()
        case.a("before we start can i take your date of birth")
        case.c(pick("it's ", ""), V(f"the {ORD[d]} of {MONTHS[m-1]} {say_year(y)}", "DOB"), " sorry the line's a bit bad i'm on the train")
        if uk:
            p, dd, s = ni_number()
            case.a("no worries and your national insurance number")
            case.c(V(say_ni(p, dd, s), "NI_NUMBER"))
        else:
            a, b, c = ssn()
            case.a("no worries and your social")
            case.c(V(say_ssn(a, b, c), "SSN"))
        c = card_number()
        case.a("and i'll need the card you want to pay the ninety nine pounds with")
        case.c(V(say_card(c), "CARD_NUMBER"), " expiry ", V(say_expiry(*exp_vals()), "EXPIRY"),
               " and the code is ", V(say_chunk(cvv_for(c), "oh", "single"), "CVV"))
        pos(case)


def chat_two_values(n):
    for k in range(n):
        ind = pick("government services", "banking", "healthcare billing")
        if k % 2:
            p, d, s = ni_number()
            dd, m, y = dob()
            case = Case(f"chat/{ind}: NI number and DOB in one message")
            case.c("NI ", V(typed_ni(p, d, s), "NI_NUMBER"), " dob ", V(f"{dd:02d}/{m:02d}/{y}", "DOB"))
        else:
            a, b, c = ssn()
            dd, m, y = dob()
            case = Case(f"chat/{ind}: SSN and DOB in one message")
            case.c("ssn ", V(typed_ssn(a, b, c), "SSN"), ", DOB ", V(f"{m}/{dd}/{y}", "DOB"), ", member id 99812")
        pos(case)


# -------------------------------------------------------------- negatives ---
def neg_cases():
    def money_call():
        p = rng.randint(12, 999)
        pn = rng.randint(1, 99)
        case = Case("call/utilities: money amounts spoken, no PII")
        case.a(f"so your balance is {say_chunk(str(p), 'oh', 'hundreds')} pounds and {say_pair(f'{pn:02d}', 'oh') if pn >= 10 else UNITS[pn]} pence")
        case.c(f"right and if i pay {say_pair(str(rng.randint(20, 99)), 'oh')} pounds today what's left")
        case.a(f"that would leave {say_chunk(str(rng.randint(100, 900)), 'oh', 'hundreds')} pounds on the account due on the {ORD[rng.randint(1, 28)]}")
        return case

    def money_chat():
        case = Case("chat/retail: prices, totals and order number, no PII")
        case.c(f"I was charged £{rng.randint(10, 999)}.{rng.randint(0, 99):02d} but the price was £{rng.randint(5, 400)}.99 on order #{rng.randint(1000000, 99999999)}")
        case.a(f"Sorry about that. I've refunded £{rng.randint(5, 200)}.00, it'll show in 3-5 working days.")
        return case

    def times_call():
        case = Case("call/telecom: appointment date, time window, durations")
        h = rng.randint(8, 11)
        case.a(f"i can book an engineer for the {ORD[rng.randint(1, 28)]} of {rng.choice(MONTHS)} between {UNITS[h] if h < 10 else TEENS[h-10]} and {UNITS[(h+2) % 12] if (h+2) % 12 < 10 else TEENS[(h+2) % 12 - 10]}")
        case.c(f"that's fine i've been without internet for {rng.choice(['three', 'four', 'twelve', 'nineteen'])} days now")
        case.a(f"i'm sorry about that the visit takes about {rng.choice(['forty five', 'ninety', 'thirty'])} minutes")
        return case

    def ref_call():
        r = rand_digits(rng.randint(6, 9))
        case = Case("call/insurance: claim reference number read out with its reference word")
        case.a("have you got a claim reference")
        case.c(f"yeah the claim reference is {say_chunk(r, 'oh', pick('single', 'pairs'))}")
        case.a("thank you i've found the claim")
        return case

    def ref_chat():
        case = Case("chat/retail: ticket and invoice numbers typed")
        case.c(f"Ticket {rng.randint(100000, 9999999)} still open, invoice INV-{rng.randint(10000, 999999)} unpaid")
        case.a(f"Thanks, I've linked invoice {rng.randint(100000, 9999999)} to ticket {rng.randint(100000, 9999999)}.")
        return case

    def flight():
        case = Case("call/travel: flight number, gate, times, seat")
        fl = rng.choice(["ba", "ei", "fr", "ua", "dl", "lh"])
        fn = rng.randint(100, 9999)
        case.a(f"okay so you're on flight {' '.join(fl)} {say_chunk(str(fn), 'oh', 'pairs')} departing at {rng.choice(['six forty', 'nine fifteen', 'eleven thirty', 'two oh five'])}")
        case.c(f"yes and is it still seat {rng.randint(1, 40)} {rng.choice('abcdef')} and gate {rng.randint(1, 60)}")
        return case

    def hotel():
        case = Case("chat/travel: room number, nights, booking ref")
        case.c(f"Room {rng.randint(100, 899)} for 3 nights from 12/{rng.randint(1, 28)}, booking ref {rand_digits(8)}. Heater is stuck at 30 degrees")
        case.a("Sorry! Maintenance will come up within 20 minutes.")
        return case

    def model():
        case = Case("chat/retail: product model numbers and quantities")
        case.c(f"I ordered 2 x model WX-{rng.randint(1000, 9999)} and 1 x {rng.choice(['KD55X', 'SM-A', 'HP'])}{rng.randint(100, 9999)}, only got 1")
        case.a("Let me check stock for that, we have 14 left in the warehouse.")
        return case

    def meter():
        r = rand_digits(5)
        case = Case("call/utilities: meter reading spoken")
        case.a("can you read me the numbers on the meter")
        case.c(f"yeah the reading is {say_chunk(r, 'oh', pick('single', 'pairs'))} on the day rate")
        case.a(f"thanks that's about {rng.randint(200, 900)} units since the last reading")
        return case

    def speed():
        case = Case("call/telecom: broadband speeds, percentages")
        case.c(f"i'm paying for {rng.choice(['five hundred', 'nine hundred', 'one hundred and fifty'])} meg and getting like {rng.choice(['twelve', 'thirty', 'sixty eight'])}")
        case.a(f"i can see that's about {rng.randint(5, 40)} percent of the speed i'll raise a fault")
        return case

    def ages():
        case = Case("call/insurance: ages, years, counts")
        case.c(f"my son is {rng.choice(['seventeen', 'nineteen', 'twenty two'])} and he's been driving since twenty {rng.choice(['twenty three', 'twenty four'])}")
        case.a(f"okay adding a driver aged under twenty five adds {rng.randint(100, 900)} pounds a year")
        return case

    def temps():
        case = Case("chat/utilities: temperatures, boiler pressure, years")
        case.c(f"boiler installed in {rng.randint(2005, 2022)}, pressure shows {rng.randint(0, 2)}.{rng.randint(0, 9)} bar and radiators only get to {rng.randint(20, 45)}C")
        case.a("Thanks, I'll book a heating engineer. Is Tuesday 9am-1pm ok?")
        return case

    def balance():
        case = Case("call/banking: account balance and transaction amounts")
        case.a(f"your available balance is {say_chunk(str(rng.randint(1000, 9999)), 'oh', 'hundreds')} dollars and {say_pair(str(rng.randint(10, 99)), 'oh')} cents")
        case.c(f"and the payment of {say_chunk(str(rng.randint(100, 999)), 'oh', 'hundreds')} dollars on the {ORD[rng.randint(1, 28)]} went through")
        return case

    def contract():
        case = Case("chat/telecom: contract start date and term, not a DOB")
        case.c(f"My contract started on {rng.randint(1, 28)}/{rng.randint(1, 12)}/{rng.randint(2019, 2025)} and it was 24 months at £{rng.randint(10, 60)}.99")
        case.a("Thanks. You're out of contract so I can offer 18 months at a lower price.")
        return case

    def pay_date():
        case = Case("call/utilities: payment dates and direct debit day (not DOB)")
        case.a(f"your direct debit comes out on the {ORD[rng.randint(1, 28)]} of each month")
        case.c(f"can we move it to the {ORD[rng.randint(1, 28)]} because i get paid on the {ORD[rng.randint(1, 28)]}")
        return case

    def order_call():
        case = Case("call/retail: order number spoken with reference word, pairs")
        case.a("do you have your order number")
        case.c(f"yes order number {say_chunk(rand_digits(8), 'oh', 'pairs')} it was for {rng.randint(2, 9)} items")
        return case

    def counts():
        case = Case("chat/government services: counts, years, durations")
        case.c(f"I applied {rng.randint(3, 11)} weeks ago for the {rng.randint(2024, 2026)} renewal, waited {rng.randint(20, 90)} mins on hold twice")
        case.a("Apologies. Processing currently takes 8 to 10 weeks.")
        return case

    def policy_call():
        case = Case("call/insurance: policy number with its reference word, renewal year")
        case.c(f"my policy number is p o l {say_chunk(rand_digits(7), 'oh', 'single')} and it renews in twenty twenty seven")
        case.a("lovely i've got your policy up")
        return case

    def times_chat():
        case = Case("chat/healthcare billing: appointment date/time and amounts")
        case.c(f"My appointment on {rng.choice(MONTHS).title()} {rng.randint(1, 28)} at {rng.randint(1, 5)}:{rng.choice(['00', '15', '30', '45'])}pm was billed twice at ${rng.randint(50, 400)}.00")
        case.a(f"I see it. Your statement {rng.randint(100000, 9999999)} will be corrected within 7 days.")
        return case

    def phone_company():
        case = Case("call/telecom: plan quantities (gigabytes, minutes, texts)")
        case.a(f"the plan has {rng.choice(['thirty', 'fifty', 'one hundred'])} gigs of data unlimited texts and {rng.choice(['five hundred', 'one thousand two hundred'])} minutes for {rng.choice(['twelve', 'fifteen', 'twenty'])} pounds a month")
        case.c("okay and is that for twenty four months")
        return case

    def tracking():
        case = Case("chat/retail: tracking/parcel numbers with letters, delivery window")
        case.c(f"Tracking says JD{rand_digits(8)}GB was delivered at {rng.randint(1, 6)}:{rng.randint(10, 59)}pm but nothing here")
        case.a("Sorry to hear that. I've opened investigation " + str(rng.randint(100000, 999999)) + ", we'll reply within 48 hours.")
        return case

    def extension():
        case = Case("call/government services: phone extension, office hours, queue position")
        case.a(f"you can ask for extension {say_chunk(rand_digits(4), 'oh', 'single')} we're open eight till six monday to friday")
        case.c(f"okay i was number {rng.choice(['twelve', 'fourteen', 'thirty'])} in the queue for like an hour")
        return case

    def travel_dates():
        case = Case("chat/travel: trip dates and booking reference (not DOB), prices")
        case.c(f"Booking {rng.choice('ABCDEFGHJK')}{rng.choice('LMNPQRSTUV')}{rand_digits(4)}: outbound {rng.randint(1, 28)}/0{rng.randint(1, 9)}/2027, return {rng.randint(1, 28)}/0{rng.randint(1, 9)}/2027 for 2 adults, total €{rng.randint(300, 2999)}")
        case.a("Thanks, I can change the return flight for a €45 fee plus any fare difference.")
        return case

    def mileage():
        case = Case("call/insurance: mileage, car year, engine size, excess")
        case.c(f"it's a twenty {rng.choice(['nineteen', 'eighteen', 'twenty one'])} model with about {say_chunk(str(rng.randint(20, 99)), 'oh', 'pairs')} thousand miles on it one point six litre")
        case.a(f"okay and you'd like the {say_chunk(str(rng.randint(100, 500)), 'oh', 'hundreds')} pound excess")
        return case

    def points():
        case = Case("chat/retail: loyalty points, large amounts with commas, percentages")
        case.c(f"I had {rng.randint(10, 99)},{rng.randint(100, 999)} points and now it shows {rng.randint(1, 9)},{rng.randint(100, 999)}?? that's like a {rng.randint(50, 95)}% drop")
        case.a("I can see the points expired on 31 December. I've added 5,000 back as a goodwill gesture.")
        return case

    def serial():
        case = Case("call/telecom: router serial/model number with reference word, firmware version")
        case.a("can you read me the serial number on the back of the router")
        case.c(f"serial number s n {say_chunk(rand_digits(6), 'oh', 'single')} and it says version {rng.randint(2, 9)} point {rng.randint(0, 9)}")
        return case

    def house_price():
        case = Case("call/banking: mortgage amounts, rates, terms")
        case.c(f"we're looking at a house for {rng.choice(['three hundred and twenty', 'two hundred and ninety five', 'four hundred and fifty'])} thousand with a {rng.choice(['ten', 'fifteen', 'twenty'])} percent deposit")
        case.a(f"okay over {rng.choice(['twenty five', 'thirty', 'thirty five'])} years at four point two nine percent that's about {say_chunk(str(rng.randint(1200, 2400)), 'oh', 'pairs')} a month")
        return case

    def dosage():
        case = Case("call/healthcare billing: prescription quantities, dosages, visit counts")
        case.c(f"they charged me for {rng.choice(['thirty', 'sixty', 'ninety'])} tablets of {rng.choice(['five hundred', 'twenty', 'two fifty'])} milligrams but i only got {rng.choice(['twenty eight', 'fourteen'])}")
        case.a(f"i see that on the claim from the {ORD[rng.randint(1, 28)]} i'll adjust the {rng.randint(10, 60)} dollar copay")
        return case

    builders = [tracking, extension, travel_dates, mileage, points, serial, house_price, dosage, money_call, money_chat, times_call, ref_call, ref_chat, flight, hotel, model, meter,
                speed, ages, temps, balance, contract, pay_date, order_call, counts, policy_call,
                times_chat, phone_company]
    for rnd in range(5):
        for b in builders:
            neg(b())


# -------------------------------------------------------------- generate ----
def generate():
    chat_card_cases(15)
    call_card_single(16)
    call_card_split(10)
    call_card_correction(4)
    call_card_readback(4)
    chat_card_split(5)
    chat_card_weird(6)
    call_card_interrupted(4)
    call_asr_numerals(9)
    chat_ni_more(6)
    chat_card_irregular(5)
    call_ssn_echo(4)
    call_ni_echo(4)
    chat_ssn(10)
    call_ssn(12)
    call_ssn_split(6)
    call_ssn_readback(4)
    call_ssn_correction(3)
    chat_ssn_mixed(4)
    chat_ni(10)
    call_ni(12)
    call_ni_split(6)
    call_ni_readback(4)
    call_ni_correction(3)
    bank_cases(14)
    us_bank_cases(4)
    iban_cases(17)
    phone_cases(18)
    email_cases(16)
    dob_cases(14)
    address_cases(16)
    mixed_cases(6)
    chat_two_values(6)
    neg_cases()
    recs = []
    for i, c in enumerate(POS, 1):
        recs.append(({"id": f"{PREFIX}-pos-{i:03d}", "kind": "positive", "turns": c.turns, "spans": c.spans,
                      "note": c.note}, c.groups))
    for i, c in enumerate(NEG, 1):
        recs.append(({"id": f"{PREFIX}-neg-{i:03d}", "kind": "negative", "turns": c.turns, "spans": [],
                      "note": c.note}, {}))
    return recs


# ------------------------------------------------------------ validation ----
MONTH_RE = re.compile(r"\b(" + "|".join(MONTHS) + "|" + "|".join(m[:3] for m in MONTHS) + r")\b", re.I)


def validate_group(typ, text, partial):
    t = text
    if typ in ("CARD_NUMBER", "SSN", "CVV", "BANK_ACCOUNT", "SORT_CODE", "PHONE"):
        d = digits_of(t)
        if not d.isdigit():
            return "no digits"
        if partial:
            return None
        if typ == "CARD_NUMBER":
            return None if 13 <= len(d) <= 19 and luhn_ok(d) else f"bad card {d}"
        if typ == "SSN":
            return None if len(d) == 9 and d[:3] not in ("000", "666") and d[0] != "9" and d[3:5] != "00" and d[5:] != "0000" else f"bad ssn {d}"
        if typ == "CVV":
            return None if len(d) in (3, 4) else f"bad cvv {d}"
        if typ == "BANK_ACCOUNT":
            return None if 8 <= len(d) <= 12 else f"bad account {d}"
        if typ == "SORT_CODE":
            return None if len(d) == 6 else f"bad sort code {d}"
        if typ == "PHONE":
            return None if 10 <= len(d) <= 15 else f"bad phone {d}"
    if typ == "NI_NUMBER":
        s = parse_spoken(t, letters=True)
        if partial:
            return None if s else "empty"
        return None if NI_RE.match(s) else f"bad NI {s}"
    if typ == "IBAN":
        s = parse_spoken(t, letters=True)
        return None if iban_valid(s) else f"bad iban {s}"
    if typ == "POSTCODE":
        s = parse_spoken(t, letters=True) if not re.search(r"[0-9]", t) or " " in t.strip() and re.search(r"[a-z]{3}", t) else re.sub(r"[^A-Z0-9]", "", t.upper())
        if re.fullmatch(r"[0-9]{5}([0-9]{4})?", s) or UK_PC_RE.match(s):
            return None
        return f"bad postcode {s}"
    if typ == "EMAIL":
        s = t.lower()
        if "@" not in s:
            s = re.sub(r"\s+at\s+", "@", s)
            s = re.sub(r"\s*\bdot\b\s*", ".", s)
            s = re.sub(r"\s*under ?score\s*", "_", s)
            s = s.replace(" ", "")
        return None if re.fullmatch(r"[a-z0-9._a-z\-]+@[a-z0-9\-]+(\.[a-z]+)+", s) else f"bad email {s}"
    if typ == "DOB":
        if MONTH_RE.search(t) or re.search(r"\b\d{1,4}[/.\-]\d{1,2}[/.\-]\d{2,4}\b", t):
            return None
        d = digits_of(t)
        return None if len(d) == 6 else f"bad dob {t}"
    if typ == "EXPIRY":
        if MONTH_RE.search(t):
            return None
        d = digits_of(t)
        if len(d) in (3, 4, 6) and 1 <= int(d[:-2] if len(d) != 6 else d[:2]) <= 12:
            return None
        return f"bad expiry {t} {d}"
    if typ == "ADDRESS":
        w = t.lower().split()
        if w and w[-1] in SUFFIXES and digits_of(" ".join(w[:-2])):
            return None
        return f"bad address {t}"
    return f"unknown type {typ}"


def check_records(recs):
    errors = []
    ids = set()
    counts = Counter()
    npos = nneg = 0
    for rec, groups in recs:
        rid = rec["id"]
        if rid in ids:
            errors.append(f"duplicate id {rid}")
        ids.add(rid)
        if rec["kind"] == "positive":
            npos += 1
            if not rec["spans"]:
                errors.append(f"{rid}: positive without spans")
        else:
            nneg += 1
            if rec["spans"]:
                errors.append(f"{rid}: negative with spans")
        for t in rec["turns"]:
            if t["speaker"] not in ("agent", "customer") or not t["text"]:
                errors.append(f"{rid}: bad turn")
        seen = {}
        for sp in rec["spans"]:
            counts[sp["type"]] += 1
            if sp["type"] not in TYPES:
                errors.append(f"{rid}: bad type {sp['type']}")
            ti = sp["turn"]
            if not (0 <= ti < len(rec["turns"])):
                errors.append(f"{rid}: turn out of range")
                continue
            txt = rec["turns"][ti]["text"]
            s, e = sp["start"], sp["end"]
            if not (0 <= s < e <= len(txt)):
                errors.append(f"{rid}: offsets out of range")
                continue
            if txt[s].isspace() or txt[e - 1].isspace():
                errors.append(f"{rid}: span has edge whitespace")
            if (s > 0 and txt[s - 1].isalnum()) or (e < len(txt) and txt[e].isalnum()):
                errors.append(f"{rid}: span not on word boundary {txt[s:e]!r}")
            if not txt[s].isalnum() and txt[s] != "+" and txt[s] != "(":
                errors.append(f"{rid}: span starts with punctuation {txt[s:e]!r}")
            for (s2, e2) in seen.get(ti, []):
                if s < e2 and s2 < e:
                    errors.append(f"{rid}: overlapping spans")
            seen.setdefault(ti, []).append((s, e))
        for g, grp in groups.items():
            err = validate_group(grp["type"], " um ".join(grp["parts"]), grp["partial"])
            if err:
                errors.append(f"{rid}: {grp['type']}: {err}")
    return errors, counts, npos, nneg


def render(recs):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r, _ in recs)


def readme(counts, npos, nneg):
    rows = "\n".join(f"| {t} | {counts[t]} |" for t in TYPES)
    return f"""# pii_holdout137 — held-out PII redaction evaluation set

**Never use this set for tuning.** It is a held-out evaluation set: do not adapt
patterns, thresholds or word lists to it, and do not copy its cases into
training or development fixtures.

## Who wrote it and how

Written by an AI helper acting as an independent author. The author did not
see the redaction code, its tests, its documentation or any other PII fixture;
the only data it looked at was a three-line example of the JSONL format.
Cases are produced by `scripts/make_pii_holdout137.py` from template functions:
each turn is assembled from plain-text segments and (value, TYPE) segments, so
span offsets are computed, never typed by hand. All values come from one
`random.Random({SEED})`; the output is byte-for-byte reproducible.
`python scripts/make_pii_holdout137.py --check` regenerates the set, compares
it byte-for-byte with `cases.jsonl`, and validates ids, offsets, word
boundaries, overlaps, and every value after normalising spoken forms (Luhn for
cards, mod-97 for IBANs, NI format, 9 digits for SSN, 6 for sort codes, digit
counts for CVV/phone/account, UK/US postcode shapes).

Emphasis: adversarial CARD_NUMBER, NI_NUMBER and SSN forms — typed with odd
separators (`.`, `/`, `*`, `|`, `_`, double spaces, pairs), spoken digit by
digit with oh/o/zero/nought, double/triple, pairs ("forty one eleven"),
hundreds ("four hundred and twelve"), ASR homophones (for/to/won/ate), fillers
inside readings, values split over several customer turns with agent
back-channels, self-corrections, agent read-backs, phonetic letters ("j for
juliet", "b as in bravo", "s for sugar") and letter homophones ("see", "jay",
"why", "are", "tea") for NI numbers.

## Annotation conventions

* A span covers the value only: from its first character/word to its last,
  including separators, filler words ("um"), "double"/"triple", "and" inside
  hundreds, and phonetic spelling words ("for bravo", "as in alpha") that
  occur *inside* the reading. Lead-ins ("it's", "my number is") and trailing
  chit-chat are outside.
* A value split over several turns is labelled in every turn; each piece has
  the value's type. When a caller self-corrects, both the abandoned attempt
  and the corrected value are labelled with the same type (the abandoned
  digits are still personal data); correction words ("no sorry") are outside.
  When an agent reads a value back, the read-back is labelled too.
* CVV and EXPIRY are labelled only in card context. DOB only when it is a
  birth date. POSTCODE is the UK postcode or US ZIP (ZIP+4 included); ADDRESS
  is house number + street name + street type; city/state are not labelled.
* PHONE includes a leading "+" / "plus" country prefix when present.
* EMAIL spoken as "j dot doe at gmail dot com" is one span.
* Negatives contain no PII at all: prices, balances, times, durations, counts,
  years, percentages, appointment/payment/contract dates, order/ticket/claim/
  invoice/policy numbers (≤10 digits, said with their reference word), flight,
  room, seat and model numbers, meter readings, speeds, ages, temperatures.
  Positive cases may also contain such unlabelled numbers.

## Counts

Positive cases: {npos}. Negative cases: {nneg}.

| type | spans |
|---|---|
{rows}

Scoring reminder: a span is found when every letter/digit inside it is covered
by some redaction; a negative case fails if anything in it is redacted.
"""


def main():
    recs = generate()
    errors, counts, npos, nneg = check_records(recs)
    data = render(recs)
    rd = readme(counts, npos, nneg)
    if "--check" in sys.argv:
        if not CASES.exists() or CASES.read_text(encoding="utf-8") != data:
            errors.append("cases.jsonl differs from regenerated output")
        if not README.exists() or README.read_text(encoding="utf-8") != rd:
            errors.append("README.md differs from regenerated output")
        mins = {t: 12 for t in TYPES}
        mins.update({"CARD_NUMBER": 30, "NI_NUMBER": 30, "SSN": 30})
        for t, m in mins.items():
            if counts[t] < m:
                errors.append(f"type {t} has {counts[t]} spans < {m}")
        if npos < 170:
            errors.append(f"only {npos} positives")
        if nneg < 100:
            errors.append(f"only {nneg} negatives")
    else:
        OUT_DIR.mkdir(parents=True, exist_ok=True)
        CASES.write_text(data, encoding="utf-8")
        README.write_text(rd, encoding="utf-8")
    print(f"positives={npos} negatives={nneg} spans={sum(counts.values())}")
    for t in TYPES:
        print(f"  {t:13s} {counts[t]}")
    if errors:
        for e in errors[:80]:
            print("ERROR:", e)
        print(f"{len(errors)} problem(s)")
        return 1
    print("OK" if "--check" in sys.argv else f"wrote {CASES.relative_to(ROOT)} and README.md")
    return 0


if __name__ == "__main__":
    sys.exit(main())

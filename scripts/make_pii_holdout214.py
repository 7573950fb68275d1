#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set h214.

Written by an independent AI helper that did not see the redaction code.
Standard library only.  Usage:

    python scripts/make_pii_holdout214.py          # write fixture + README
    python scripts/make_pii_holdout214.py --check  # regenerate and verify
"""
from __future__ import annotations

import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

SEED = 214241125
ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "tests" / "fixtures" / "pii_holdout214"
CASES = OUT_DIR / "cases.jsonl"
README = OUT_DIR / "README.md"

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE",
         "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]
MIN_SPANS = {t: 12 for t in TYPES}
MIN_SPANS.update({"CARD_NUMBER": 30, "NI_NUMBER": 30, "SSN": 30})
N_POS = 180
N_NEG = 110

R = random.Random(SEED)

UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "f": "foxtrot",
        "g": "golf", "h": "hotel", "i": "india", "j": "juliet", "k": "kilo", "l": "lima",
        "m": "mike", "n": "november", "o": "oscar", "p": "papa", "q": "quebec", "r": "romeo",
        "s": "sierra", "t": "tango", "u": "uniform", "v": "victor", "w": "whiskey",
        "x": "x-ray", "y": "yankee", "z": "zulu"}
INFORMAL = {"a": "apple", "b": "bob", "c": "charlie", "d": "david", "e": "edward", "g": "george",
            "h": "harry", "j": "john", "k": "king", "l": "london", "m": "mother", "n": "nancy",
            "p": "peter", "r": "robert", "s": "sugar", "t": "tommy", "w": "william",
            "x": "xmas", "y": "yellow", "z": "zebra"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
       "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
       "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty first", "twenty second",
       "twenty third", "twenty fourth", "twenty fifth", "twenty sixth", "twenty seventh",
       "twenty eighth", "twenty ninth", "thirtieth", "thirty first"]
FILLERS = ["um", "uh", "er", "erm"]


# ---------------------------------------------------------------- numbers
def n2w(n: int) -> str:
    if n < 10:
        return UNITS[n]
    if n < 20:
        return TEENS[n - 10]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else " " + UNITS[n % 10])
    if n < 1000:
        h, r = divmod(n, 100)
        return UNITS[h] + " hundred" + ("" if r == 0 else " and " + n2w(r))
    if n < 1000000:
        t, r = divmod(n, 1000)
        return n2w(t) + " thousand" + ("" if r == 0 else (" and " if r < 100 else " ") + n2w(r))
    return str(n)


def zero_word(alnum=False, uk=False):
    opts = ["zero", "oh", "oh"] + ([] if alnum else ["o"]) + (["nought"] if uk else [])
    return R.choice(opts)


def say_digits(d: str, style: str = "mixed", alnum=False, uk=False, homophones=False) -> str:
    """Render a digit string as an ASR would write a spoken reading."""
    if style == "mixed":
        style = R.choice(["single", "single", "doubles", "pairs"])
    words = []
    if style == "pairs":
        i = 0
        while i < len(d):
            ch = d[i:i + 2]
            if len(ch) == 1:
                words.append(zero_word(alnum, uk) if ch == "0" else UNITS[int(ch)])
                i += 1
                continue
            nxt_single = (i + 2 == len(d) - 1) and d[-1] != "0"
            a, b = int(ch[0]), int(ch[1])
            if a == 0:
                words.append(zero_word(alnum, uk) + " " + (zero_word(alnum, uk) if b == 0 else UNITS[b]))
            elif b == 0:
                words.append(UNITS[a] + " " + zero_word(alnum, uk) if a != 1 else "ten")
            else:
                words.append(n2w(int(ch)))
            i += 2
        return " ".join(words)
    i = 0
    while i < len(d):
        c = d[i]
        run = 1
        while i + run < len(d) and d[i + run] == c and run < 3:
            run += 1
        w = zero_word(alnum, uk) if c == "0" else UNITS[int(c)]
        if homophones and R.random() < 0.25:
            w = {"4": "for", "2": "to", "8": "ate"}.get(c, w)
        if style == "doubles" and run == 3 and R.random() < 0.7:
            words.append("triple " + (w if c != "0" else R.choice(["oh", "zero"])))
            i += 3
        elif style == "doubles" and run >= 2:
            words.append("double " + (w if c != "0" else R.choice(["oh", "zero"])))
            i += 2
        else:
            words.append(w)
            i += 1
    return " ".join(words)


def say_letter(c: str, style=None) -> str:
    c = c.lower()
    style = style or R.choice(["plain", "plain", "nato", "asin"])
    if c == "o":
        style = "nato"
    if style == "nato":
        return f"{c} for {NATO[c]}"
    if style == "asin" and c in INFORMAL:
        return f"{c} as in {INFORMAL[c]}"
    return c


def say_alnum(s: str, uk=False) -> str:
    out = []
    i = 0
    while i < len(s):
        if s[i].isdigit():
            j = i
            while j < len(s) and s[j].isdigit():
                j += 1
            out.append(say_digits(s[i:j], R.choice(["single", "doubles", "pairs"]), alnum=True, uk=uk))
            i = j
        else:
            out.append(say_letter(s[i]))
            i += 1
    return " ".join(out)


# ---------------------------------------------------------------- parser (validation)
UNIT_MAP = {w: str(i) for i, w in enumerate(UNITS)}
UNIT_MAP.update({"oh": "0", "o": "0", "nought": "0", "for": "4", "to": "2", "ate": "8"})
TEEN_MAP = {w: str(10 + i) for i, w in enumerate(TEENS)}
TENS_MAP = {w: str(i) for i, w in enumerate(TENS) if w}
SKIP = set(FILLERS) | {"sorry", "and", "then", "that's", "it's", "is", "yeah", "ok", "okay"}


def parse_spoken(text: str, alnum=False) -> str:
    toks = re.findall(r"[a-z0-9@+.'-]+", text.lower().replace(",", " "))
    toks = [t.strip(".") for t in toks if t.strip(".")]
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if alnum and len(t) == 1 and t.isalpha() and (t != "o" or nxt in ("for", "as")):
            if nxt in ("for", "as"):
                i += 4 if nxt == "as" else 3
            else:
                i += 1
            out.append(t.upper())
            continue
        if t.isdigit():
            out.append(t)
        elif t == "plus":
            out.append("+")
        elif t in ("double", "triple"):
            out.append(UNIT_MAP[nxt] * (2 if t == "double" else 3))
            i += 1
        elif t in TEEN_MAP:
            out.append(TEEN_MAP[t])
        elif t in TENS_MAP:
            if nxt in UNIT_MAP and UNIT_MAP[nxt] != "0" and nxt not in ("o", "oh", "for", "to", "ate"):
                out.append(TENS_MAP[t] + UNIT_MAP[nxt])
                i += 1
            else:
                out.append(TENS_MAP[t] + "0")
        elif t == "hundred":
            out.append("00")
        elif t in UNIT_MAP:
            out.append(UNIT_MAP[t])
        elif t in SKIP:
            pass
        else:
            out.append("?" + t)
        i += 1
    return "".join(out)


def luhn_ok(d: str) -> bool:
    s = 0
    for i, c in enumerate(reversed(d)):
        v = int(c)
        if i % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        s += v
    return s % 10 == 0


def iban_ok(s: str) -> bool:
    s = s.upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in r)
    return int(num) % 97 == 1


NI_RE = re.compile(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]")
UKPC_RE = re.compile(r"[A-Z]{1,2}\d[A-Z\d]?\d[ABD-HJLNP-UW-Z]{2}")
STREET_RE = re.compile(r"\b(street|road|avenue|lane|drive|close|way|crescent|boulevard|court|place|terrace|st|rd|ave|blvd|dr|ln)\b", re.I)
MONTH_RE = re.compile(r"\b(" + "|".join(MONTHS) + r"|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\b", re.I)


def norm_value(text: str, mode: str) -> str:
    if mode == "typed":
        return re.sub(r"[^A-Za-z0-9+]", "", text).upper()
    return parse_spoken(text, alnum=(mode == "alnum")).upper()


def validate_value(typ: str, text: str, mode: str, canon: str) -> str | None:
    """Return an error string or None."""
    if typ == "EMAIL":
        if mode == "typed":
            v = text.lower()
        else:
            v = re.sub(r"\b[a-z]\s(?:for|as in)\s[a-z-]+", lambda m: m.group()[0], text.lower())
            numw = "|".join(UNITS + TEENS + [t for t in TENS if t] + ["oh"])
            v = re.sub(r"\b(?:(?:%s)\s?)+\b" % numw, lambda m: parse_spoken(m.group()) + " ", v)
            v = v.replace(" dot ", ".").replace(" at ", "@").replace(" underscore ", "_")
            v = v.replace(" dash ", "-").replace(" ", "")
        if v != canon.lower() or not re.fullmatch(r"[a-z0-9._-]+@[a-z0-9-]+(\.[a-z0-9-]+)+", v):
            return f"email mismatch {v!r} vs {canon!r}"
        return None
    if typ == "ADDRESS":
        if not STREET_RE.search(text) or not re.match(r"(flat |apartment |apt |unit )?[\w]", text, re.I):
            return "address without street word"
        return None
    if typ in ("DOB", "EXPIRY") and MONTH_RE.search(text):
        return None
    v = norm_value(text, mode)
    if "?" in v:
        return f"unparsed token in {text!r} -> {v}"
    if canon is not None and v != canon.upper():
        return f"normalised {v!r} != canonical {canon!r}"
    d = re.sub(r"\D", "", v)
    if typ == "CARD_NUMBER":
        return None if 13 <= len(d) <= 19 and luhn_ok(d) and d == v else "bad card"
    if typ == "CVV":
        return None if len(d) in (3, 4) and d == v else "bad cvv"
    if typ == "EXPIRY":
        if len(d) == 4 and 1 <= int(d[:2]) <= 12:
            return None
        if len(d) == 6 and 1 <= int(d[:2]) <= 12 and d[2:4] == "20":
            return None
        return "bad expiry"
    if typ == "SSN":
        return None if len(d) == 9 and d == v and d[:3] not in ("000", "666") else "bad ssn"
    if typ == "NI_NUMBER":
        return None if NI_RE.fullmatch(v) and v[:2] not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ") else "bad ni"
    if typ == "BANK_ACCOUNT":
        return None if 8 <= len(d) <= 12 and d == v else "bad account"
    if typ == "SORT_CODE":
        return None if len(d) == 6 and d == v else "bad sort code"
    if typ == "IBAN":
        return None if iban_ok(v) else "bad iban"
    if typ == "PHONE":
        return None if 10 <= len(d) <= 13 and re.fullmatch(r"\+?\d+", v) else "bad phone"
    if typ == "POSTCODE":
        return None if UKPC_RE.fullmatch(v) or re.fullmatch(r"\d{5}(\d{4})?", v) else "bad postcode"
    if typ == "DOB":
        if mode == "typed" and re.fullmatch(r"\d{1,2}[./-]\d{1,2}[./-](19|20)\d\d", text):
            return None
        if len(d) in (6, 8) and 1 <= int(d[:2]) <= 31 and 1 <= int(d[2:4]) <= 12:
            return None
        if len(d) in (6, 8) and 1 <= int(d[:2]) <= 12 and 1 <= int(d[2:4]) <= 31:
            return None
        return "bad dob"
    return "unknown type"


# ---------------------------------------------------------------- value generators
def luhn_complete(p: str) -> str:
    for c in "0123456789":
        if luhn_ok(p + c):
            return p + c
    raise AssertionError


def gen_card() -> str:
    k = R.random()
    if k < 0.4:
        p, n = "4" + "".join(R.choice("0123456789") for _ in range(3)), 16
    elif k < 0.7:
        p, n = "5" + R.choice("12345") + "".join(R.choice("0123456789") for _ in range(2)), 16
    elif k < 0.82:
        p, n = R.choice(["34", "37"]), 15
    elif k < 0.9:
        p, n = "6011", 16
    elif k < 0.95:
        p, n = "4", 13
    else:
        p, n = "4" + "".join(R.choice("0123456789") for _ in range(3)), 19
    body = p + "".join(R.choice("0123456789") for _ in range(n - len(p) - 1))
    return luhn_complete(body)


def card_groups(c: str):
    if len(c) == 15:
        return [c[:4], c[4:10], c[10:]]
    if len(c) == 13:
        return [c[:4], c[4:7], c[7:10], c[10:]]
    if len(c) == 19:
        return [c[i:i + 4] for i in range(0, 16, 4)] + [c[16:]]
    return [c[i:i + 4] for i in range(0, 16, 4)]


def rd(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def gen_ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return f"{a:03d}{R.randint(1, 99):02d}{R.randint(1, 9999):04d}"


NI1 = "ABCEGHJKLMNPRSTWXYZ"
NI2 = "ABCEGHJKLMNPRSTWXYZ"


def gen_ni():
    while True:
        p = R.choice(NI1) + R.choice(NI2)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            return p + rd(6) + R.choice("ABCD")


def iban_make(cc, bban):
    r = bban + cc + "00"
    num = "".join(str(int(c, 36)) for c in r)
    return cc + f"{98 - int(num) % 97:02d}" + bban


BANKS_GB = ["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "SRLG"]
BANKS_IE = ["AIBK", "BOFI", "IPBS", "ULSB"]


def gen_iban():
    cc = R.choice(["GB", "GB", "IE", "IE", "DE", "NL", "FR"])
    if cc == "GB":
        b = R.choice(BANKS_GB) + rd(14)
    elif cc == "IE":
        b = R.choice(BANKS_IE) + rd(14)
    elif cc == "DE":
        b = rd(18)
    elif cc == "NL":
        b = R.choice(["ABNA", "INGB", "RABO"]) + rd(10)
    else:
        b = rd(23)
    return iban_make(cc, b)


def gen_phone(country):
    if country == "UK":
        k = R.random()
        if k < 0.6:
            return "07" + R.choice("34579") + rd(8), "uk_mob"
        return R.choice(["020", "0161", "0113", "0131"]) + "", "uk_land"
    if country == "US":
        return str(R.randint(2, 9)) + rd(2) + str(R.randint(2, 9)) + rd(6), "us"
    return "08" + R.choice("35679") + rd(7), "ie"


def gen_phone_full(country):
    num, kind = gen_phone(country)
    if kind == "uk_land":
        num = num + rd(11 - len(num))
    return num, kind


UK_AREAS = ["SW", "M", "B", "LS", "EH", "G", "CF", "BS", "NE", "L", "CB", "RG", "BT", "N", "E", "SE", "NW", "LE", "S", "DH"]
INWARD = "ABDEFGHJLNPQRSTUWXYZ"


def gen_uk_postcode():
    a = R.choice(UK_AREAS)
    d = str(R.randint(1, 19)) if len(a) <= 2 else str(R.randint(1, 9))
    return a + d, str(R.randint(0, 9)) + R.choice(INWARD) + R.choice(INWARD)


def gen_zip():
    z = f"{R.randint(1001, 99950):05d}"
    return z + (rd(4) if R.random() < 0.2 else "")


STREETS = ["elm", "victoria", "station", "church", "mill", "park", "oak", "kingsway", "queens",
           "maple", "harbour", "cedar", "willow", "highfield", "lincoln", "washington", "meadow",
           "ash grove", "st marys", "beech", "granville", "pine", "sycamore", "hawthorn"]
SUFFIX_UK = ["road", "street", "lane", "close", "avenue", "crescent", "drive", "terrace", "way"]
SUFFIX_US = ["street", "avenue", "drive", "boulevard", "lane", "court", "place", "road"]
TOWNS_UK = ["leeds", "bristol", "manchester", "cardiff", "glasgow", "reading", "york", "derby"]
TOWNS_US = ["columbus", "tampa", "denver", "austin", "fresno", "raleigh", "boise", "tucson"]
FIRST = ["james", "sarah", "mohammed", "emma", "liam", "olivia", "aoife", "sean", "priya",
         "tom", "grace", "daniel", "chloe", "ryan", "fatima", "marek", "lucy", "owen", "nina", "kevin"]
LAST = ["smith", "patel", "obrien", "jones", "murphy", "kowalski", "nguyen", "walsh", "taylor",
        "brown", "khan", "garcia", "evans", "kelly", "harris", "reid", "byrne", "davies"]
DOMAINS = ["gmail.com", "yahoo.co.uk", "hotmail.com", "outlook.com", "icloud.com", "btinternet.com",
           "eircom.net", "aol.com", "protonmail.com", "live.ie"]


def gen_email():
    """Return (canonical address, ASR-style spoken form)."""
    f, l = R.choice(FIRST), R.choice(LAST)
    dom = R.choice(DOMAINS)
    sdom = " dot ".join(dom.split("."))
    k = R.random()
    n = R.randint(11, 99)
    if k < 0.3:
        return f"{f}.{l}@{dom}", f"{f} dot {l} at {sdom}"
    if k < 0.5:
        return f"{f[0]}.{l}@{dom}", f"{say_letter(f[0], R.choice(['plain', 'nato']))} dot {l} at {sdom}"
    if k < 0.7:
        return f"{f}{l}{n}@{dom}", f"{f} {l} {n2w(n)} at {sdom}"
    if k < 0.85:
        return f"{f}_{l}@{dom}", f"{f} underscore {l} at {sdom}"
    return f"{l}{f[0]}{n}@{dom}", f"{l} {say_letter(f[0], 'plain')} {say_digits(str(n), 'single')} at {sdom}"


# ---------------------------------------------------------------- case building
class Case:
    def __init__(self, kind, note):
        self.kind, self.note = kind, note
        self.turns = []  # (speaker, [segments])

    def add(self, speaker, *segs):
        self.turns.append((speaker, list(segs)))


def V(text, typ, mode, canon, gid=None):
    return ("V", text, typ, mode, canon, gid)


GID = [0]


def new_gid():
    GID[0] += 1
    return GID[0]


def render(case: Case):
    turns, spans, groups = [], [], {}
    for ti, (spk, segs) in enumerate(case.turns):
        txt = ""
        for s in segs:
            if isinstance(s, str):
                txt += s
            else:
                _, vt, typ, mode, canon, gid = s
                spans.append({"turn": ti, "start": len(txt), "end": len(txt) + len(vt), "type": typ})
                if gid is None:
                    gid = new_gid()
                groups.setdefault(gid, []).append((typ, vt, mode, canon))
                txt += vt
        turns.append({"speaker": spk, "text": txt})
    return turns, spans, groups


# ---- conversational context (non-PII numbers)
def amount(cur="pounds", spoken=True):
    n = R.choice([12, 19, 23, 35, 42, 58, 64, 75, 89, 120, 149, 230, 310, 1250])
    p = R.choice([0, 0, 50, 99, 15, 40])
    if not spoken:
        sym = {"pounds": "£", "dollars": "$", "euro": "€"}[cur]
        return f"{sym}{n}" + (f".{p:02d}" if p else "")
    return n2w(n) + " " + cur + ("" if not p else " " + n2w(p))


def spoken_date():
    return f"the {ORD[R.randint(1, 28)]} of {R.choice(MONTHS)}"


def typed_date():
    return f"{R.randint(1, 28):02d}/{R.randint(1, 12):02d}/{R.choice([2025, 2026])}"


def ref_spoken():
    return say_digits(rd(R.choice([6, 7, 8])), "single")


INDUSTRY = {
    "banking": ("payment that went out twice", "account"),
    "telecom": ("bill that's gone up", "contract"),
    "utilities": ("meter reading estimate", "energy account"),
    "retail": ("order that never arrived", "order"),
    "insurance": ("claim for the car", "policy"),
    "travel": ("flight that got cancelled", "booking"),
    "healthcare billing": ("invoice from the clinic", "patient billing account"),
    "government services": ("benefit payment", "claim"),
}
IND_NAMES = list(INDUSTRY)


def context_turns_call(case, ind, cur, n):
    issue, thing = INDUSTRY[ind]
    pool = [
        ("customer", f"hi yeah i'm calling about {'an' if issue[0] in 'aeiou' else 'a'} {issue} it was {amount(cur)} and it came out on {spoken_date()}"),
        ("agent", f"okay sorry to hear that i can see a charge of {amount(cur)} here from about {R.choice(['two', 'three', 'six', 'ten'])} weeks ago"),
        ("customer", f"yeah and i've been on hold for like {n2w(R.choice([20, 35, 45]))} minutes already"),
        ("agent", f"i do apologise we're really busy today your {thing} reference is {ref_spoken()} if you need it"),
        ("customer", f"i rang last week as well on {spoken_date()} at about {R.choice(['half two', 'ten past four', 'quarter to nine', 'eleven thirty'])}"),
        ("agent", f"right so the {thing} started in {n2w(R.choice([2019, 2021, 2022, 2023]))} and it's {n2w(R.choice([12, 24, 36]))} months"),
        ("customer", f"i've got {n2w(R.choice([2, 3, 4]))} kids so i really need this sorted before {R.choice(['friday', 'the weekend', 'the end of the month'])}"),
        ("agent", f"no problem there's a credit of {amount(cur)} i can apply which is about {n2w(R.choice([10, 15, 20]))} percent"),
    ]
    _emit_alternating(case, pool, n)


def context_turns_chat(case, ind, cur, n):
    issue, thing = INDUSTRY[ind]
    pool = [
        ("customer", f"Hi, it's about {'an' if issue[0] in 'aeiou' else 'a'} {issue}. Amount was {amount(cur, False)} taken on {typed_date()}"),
        ("agent", f"Thanks for waiting! I can see {amount(cur, False)} on the {thing}, ref #{rd(R.choice([6, 7, 8]))}."),
        ("customer", f"been waiting {R.choice([2, 3, 5])} days tbh and nobody replied to ticket {rd(6)}"),
        ("agent", f"Sorry about that. Our team replies within {R.choice([24, 48, 72])} hours normally."),
        ("customer", f"ok. its the {R.choice(['2nd', '3rd', 'fourth', '15th'])} time i have contacted you lol"),
        ("agent", f"I can offer a {R.choice([10, 15, 20, 25])}% discount for the next {R.choice([3, 6, 12])} months."),
        ("customer", f"fine. i'm free after {R.choice(['2pm', '14:30', '9am', '5.30pm'])} if someone needs to call"),
    ]
    _emit_alternating(case, pool, n)


def _emit_alternating(case, pool, n):
    cust = [t for s, t in pool if s == "customer"]
    agent = [t for s, t in pool if s == "agent"]
    R.shuffle(cust)
    R.shuffle(agent)
    last = case.turns[-1][0] if case.turns else "agent"
    spk = "customer" if last == "agent" else "agent"
    for _ in range(n):
        src = cust if spk == "customer" else agent
        if not src:
            break
        case.add(spk, src.pop())
        spk = "agent" if spk == "customer" else "customer"


BACKCH = ["mhm", "okay go on", "yep", "right", "okay", "uh huh", "got that", "and the next bit"]


def spoken_block(case, typ, canon, groups, prompt, lead, alnum=False, uk=False, homo=False, readback=True):
    """Customer reads a value (spoken) in one of several patterns."""
    case.add("agent", prompt)
    gid = new_gid()
    pat = R.random()
    spoken_groups = [say_digits(g, "mixed", uk=uk, homophones=homo) if not alnum else say_alnum(g, uk) for g in groups]
    if len(groups) > 1 and pat < 0.35:
        # split across turns
        for k, sg in enumerate(spoken_groups):
            pre = lead + " " if k == 0 else R.choice(["", "", "then ", "um "])
            post = R.choice(["", "", " um", " yeah"])
            case.add("customer", pre, V(sg, typ, "alnum" if alnum else "spoken", None, gid), post)
            if k < len(groups) - 1:
                case.add("agent", R.choice(BACKCH))
        _register(gid, canon)
    elif len(groups) > 1 and pat < 0.5 and groups[1].isdigit():
        # self-correction on the second group
        wrong = list(groups[1])
        j = R.randrange(len(wrong))
        wrong[j] = str((int(wrong[j]) + 1) % 10)
        wrong = "".join(wrong)
        segs = [lead + " ", V(" ".join(spoken_groups[:1]), typ, "alnum" if alnum else "spoken", None, gid), " ",
                V(say_digits(wrong, "single", alnum=alnum) if wrong.isdigit() else say_alnum(wrong), typ,
                  "alnum" if alnum else "spoken", None), R.choice([" no sorry ", " no wait ", " sorry no it's "]),
                V(" ".join(spoken_groups[1:]), typ, "alnum" if alnum else "spoken", None, gid)]
        case.add("customer", *segs)
        _register(gid, canon)
    else:
        # one turn, with a filler inside the reading sometimes
        sg = list(spoken_groups)
        if len(sg) > 2 and R.random() < 0.4:
            sg[1] = sg[1] + " " + R.choice(FILLERS)
        case.add("customer", lead + " ", V(" ".join(sg), typ, "alnum" if alnum else "spoken", canon, gid),
                 R.choice(["", " i think", " yeah", " that's it"]))
    if readback and R.random() < 0.35:
        rb = say_digits(canon, "single") if not alnum else say_alnum(canon)
        case.add("agent", "let me just read that back ", V(rb, typ, "alnum" if alnum else "spoken", canon), " is that right")
        case.add("customer", R.choice(["yes that's right", "yep", "correct yeah"]))


PENDING = {}


def _register(gid, canon):
    PENDING[gid] = canon


# ---- per-type blocks.  Each takes (case, call: bool, country)
def blk_card(case, call, ctry, with_exp=False):
    c = gen_card()
    g = card_groups(c)
    if call:
        spoken_block(case, "CARD_NUMBER", c, g,
                     R.choice(["okay can i take the long card number please", "what's the long number on the front of the card",
                               "go ahead with the card number when you're ready"]),
                     R.choice(["yeah it's", "okay so", "right it's", "uh it's"]), uk=(ctry == "UK"), homo=True)
    else:
        sep = R.choice([" ", "-", "", " ", "  "])
        txt = sep.join(g)
        if R.random() < 0.2 and len(c) == 16:
            txt = c[:8] + " " + c[8:]
        elif R.random() < 0.2:
            txt = "".join(gg + (R.choice([" ", "-", ".", " - "]) if k < len(g) - 1 else "") for k, gg in enumerate(g))
        case.add("agent", "Please enter the card number you'd like to use.")
        case.add("customer", R.choice(["its ", "card no. ", "sure: ", "", "ok here: "]), V(txt, "CARD_NUMBER", "typed", c),
                 R.choice(["", " thx", " (visa debit)", ". pls take the full balance"]))
    if with_exp:
        blk_exp_cvv(case, call, ctry, amex=(len(c) == 15))


def blk_exp_cvv(case, call, ctry, amex=False):
    m, y = R.randint(1, 12), R.randint(26, 31)
    cvv = rd(4 if amex else 3)
    if call:
        es = R.choice([say_digits(f"{m:02d}", "single", uk=ctry == "UK") + " " + n2w(y),
                       MONTHS[m - 1] + " twenty " + n2w(y), f"{n2w(m)} {n2w(y)}" if m > 9 else f"oh {n2w(m)} {n2w(y)}"])
        ec = f"{m:02d}{y}"
        if R.random() < 0.5:
            case.add("agent", "and the expiry and the three digits on the back")
            case.add("customer", R.choice(["expiry's ", "it expires "]), V(es, "EXPIRY", "spoken", ec), R.choice([" and the code is ", " security number "]),
                     V(say_digits(cvv, "single"), "CVV", "spoken", cvv))
        else:
            case.add("agent", "what's the expiry date on the card")
            case.add("customer", "", V(es, "EXPIRY", "spoken", ec), R.choice(["", " i think", " yeah"]))
            case.add("agent", "lovely and the security code on the back")
            case.add("customer", R.choice(["it's ", "uh ", "", "that's "]), V(say_digits(cvv, R.choice(["single", "pairs"])), "CVV", "spoken", cvv))
    else:
        fmt = R.choice(["{m:02d}/{y}", "{m:02d}/20{y}", "{m:02d}-{y}", "{m}/{y}"])
        et = fmt.format(m=m, y=y)
        ec = re.sub(r"\D", "", et)
        if len(ec) == 3:
            ec = "0" + ec
            et = f"{m:02d}/{y}"
        case.add("agent", "Thanks. Expiry date and CVV please?")
        case.add("customer", R.choice(["exp ", "expires ", ""]), V(et, "EXPIRY", "typed", ec),
                 R.choice([" cvv ", ", security code ", " and "]), V(cvv, "CVV", "typed", cvv))


def blk_ssn(case, call, ctry):
    s = gen_ssn()
    if call:
        spoken_block(case, "SSN", s, [s[:3], s[3:5], s[5:]],
                     R.choice(["can i get your social security number to verify", "and your social please",
                               "for verification i'll need the full social"]),
                     R.choice(["sure it's", "yeah", "okay my social is", "it's"]))
    else:
        txt = R.choice([f"{s[:3]}-{s[3:5]}-{s[5:]}", f"{s[:3]} {s[3:5]} {s[5:]}", s, f"{s[:3]}.{s[3:5]}.{s[5:]}"])
        case.add("agent", "To verify, please provide your Social Security number.")
        case.add("customer", R.choice(["ssn is ", "SSN: ", "my social is ", ""]), V(txt, "SSN", "typed", s))


def blk_ni(case, call, ctry):
    n = gen_ni()
    if call:
        spoken_block(case, "NI_NUMBER", n, [n[:2], n[2:6], n[6:]] if R.random() < 0.6 else [n[:2], n[2:4], n[4:6], n[6:]],
                     R.choice(["can you give me your national insurance number", "and your n i number please",
                               "what's your national insurance"]),
                     R.choice(["yeah it's", "it's", "okay", "right so"]), alnum=True, uk=True)
    else:
        txt = R.choice([f"{n[:2]} {n[2:4]} {n[4:6]} {n[6:8]} {n[8]}", n, n.lower(), f"{n[:2]}{n[2:8]} {n[8]}",
                        f"{n[:2]}-{n[2:4]}-{n[4:6]}-{n[6:8]}-{n[8]}"])
        case.add("agent", "Could you confirm your National Insurance number?")
        case.add("customer", R.choice(["NI no: ", "its ", "national insurance ", "sure ", ""]), V(txt, "NI_NUMBER", "typed", n))


def blk_bank(case, call, ctry, with_sort=True):
    acc = rd(8) if ctry != "US" else rd(R.choice([9, 10, 12]))
    sc = rd(6)
    if call:
        if with_sort and ctry != "US" and R.random() < 0.3:
            case.add("agent", "can i take the sort code and account number for the refund")
            case.add("customer", R.choice(["yeah sort code ", "right it's "]), V(" ".join(say_digits(sc[i:i + 2], "pairs", uk=True) for i in (0, 2, 4)), "SORT_CODE", "spoken", sc),
                     R.choice([" and the account is ", " account number ", " then "]), V(say_digits(acc, "mixed", uk=True), "BANK_ACCOUNT", "spoken", acc),
                     R.choice(["", " it's a santander one", " that's my joint account"]))
            return
        if with_sort and ctry != "US":
            case.add("agent", "what's the sort code")
            ss = R.choice([say_digits(sc[0:2], "pairs", uk=True), say_digits(sc[0:2], "single", uk=True)]) + " " + say_digits(sc[2:4], "pairs", uk=True) + " " + say_digits(sc[4:], R.choice(["pairs", "single"]), uk=True)
            case.add("customer", R.choice(["sort code's ", "it's ", ""]), V(ss, "SORT_CODE", "spoken", sc))
        spoken_block(case, "BANK_ACCOUNT", acc, [acc[:4], acc[4:]] if len(acc) == 8 else [acc[:3], acc[3:6], acc[6:]],
                     R.choice(["and the account number", "can i take the account number", "and the account you want it paid into"]),
                     R.choice(["the account number is", "it's", "okay"]), uk=(ctry != "US"), readback=True)
    else:
        case.add("agent", "Please send the account details for the refund.")
        segs = []
        if with_sort and ctry != "US":
            sct = R.choice([f"{sc[:2]}-{sc[2:4]}-{sc[4:]}", sc, f"{sc[:2]} {sc[2:4]} {sc[4:]}"])
            segs += ["sort code ", V(sct, "SORT_CODE", "typed", sc), R.choice([" acc ", ", account no ", " / "])]
        else:
            segs += [R.choice(["routing is on the check, account # ", "acct ", "account number: "])]
        segs.append(V(acc, "BANK_ACCOUNT", "typed", acc))
        case.add("customer", *segs)


def blk_sort_only(case, call, ctry):
    sc = rd(6)
    if call:
        case.add("agent", "just need the sort code for that bank as well")
        ss = " ".join(say_digits(sc[i:i + 2], R.choice(["pairs", "single", "doubles"]), uk=True) for i in (0, 2, 4))
        case.add("customer", R.choice(["yeah hang on it's ", "sort code ", "that'll be "]), V(ss, "SORT_CODE", "spoken", sc), R.choice(["", " um yeah", " natwest"]))
    else:
        case.add("customer", "sort code is ", V(f"{sc[:2]}-{sc[2:4]}-{sc[4:]}", "SORT_CODE", "typed", sc))


def blk_iban(case, call, ctry):
    ib = gen_iban()
    if call:
        grp = [ib[i:i + 4] for i in range(0, len(ib), 4)]
        spoken_block(case, "IBAN", ib, grp, R.choice(["could you read me the iban for the transfer", "and the i b a n please"]),
                     R.choice(["okay it's", "right so", "yeah it's"]), alnum=True, uk=True, readback=False)
    else:
        txt = R.choice([" ".join(ib[i:i + 4] for i in range(0, len(ib), 4)), ib, ib.lower()])
        case.add("agent", "What IBAN should we send it to?")
        case.add("customer", R.choice(["IBAN ", "iban: ", "", "its "]), V(txt, "IBAN", "typed", ib))


def blk_phone(case, call, ctry):
    num, kind = gen_phone_full(ctry)
    intl = R.random() < 0.3
    cc = {"UK": "44", "US": "1", "IE": "353", "EU": "353"}[ctry]
    canon = ("+" + cc + (num[1:] if num.startswith("0") else num)) if intl else num
    if call:
        digits = canon.lstrip("+")
        if intl:
            body = digits[len(cc):]
            sp = "plus " + say_digits(cc, "single") + " " + say_digits(body[:4], "mixed", uk=ctry == "UK") + " " + say_digits(body[4:], "mixed", uk=ctry == "UK")
            case.add("agent", "what's the best number to reach you on")
            case.add("customer", R.choice(["it's ", "my mobile is ", ""]), V(sp, "PHONE", "spoken", canon))
        else:
            if kind == "us":
                g = [num[:3], num[3:6], num[6:]]
            else:
                g = [num[:5], num[5:]] if num.startswith("07") or num.startswith("08") else [num[:3], num[3:7], num[7:]]
            spoken_block(case, "PHONE", num, g, R.choice(["and a contact number", "what number are you calling from", "best number for a callback"]),
                         R.choice(["it's", "yeah", "okay it's", "my mobile's"]), uk=(ctry == "UK"), homo=True)
    else:
        if kind == "us":
            txt = R.choice([f"({num[:3]}) {num[3:6]}-{num[6:]}", f"{num[:3]}-{num[3:6]}-{num[6:]}", f"{num[:3]}.{num[3:6]}.{num[6:]}"])
        else:
            txt = R.choice([f"{num[:5]} {num[5:]}", num, f"{num[:3]} {num[3:7]} {num[7:]}"])
        if intl:
            txt = "+" + cc + " " + (txt[1:] if txt.startswith("0") else txt)
        case.add("customer", R.choice(["you can reach me on ", "my number is ", "call me at ", "tel: "]), V(txt, "PHONE", "typed", canon),
                 R.choice(["", " after 5", " anytime"]))


def blk_email(case, call, ctry):
    e, spoken = gen_email()
    if call:
        case.add("agent", R.choice(["can i take an email address for the confirmation", "what email should i send it to"]))
        case.add("customer", R.choice(["yeah it's ", "it's ", "sure "]), V(spoken, "EMAIL", "spoken", e), R.choice(["", " all lower case", " all one word"]))
    else:
        case.add("customer", R.choice(["email is ", "pls send to ", "my email: "]), V(e, "EMAIL", "typed", e))


def dob_value():
    return R.randint(1, 28), R.randint(1, 12), R.randint(1940, 2004)


def blk_dob(case, call, ctry):
    d, m, y = dob_value()
    if call:
        ys = n2w(y // 100) + " " + (n2w(y % 100) if y % 100 >= 10 else "oh " + n2w(y % 100)) if y < 2000 else n2w(y)
        sp = R.choice([f"the {ORD[d]} of {MONTHS[m - 1]} {ys}", f"{MONTHS[m - 1]} {ORD[d]} {ys}",
                       f"{ORD[d]} {MONTHS[m - 1]} {ys}"])
        if R.random() < 0.25:
            dd, mm = (f"{m:02d}", f"{d:02d}") if ctry == "US" else (f"{d:02d}", f"{m:02d}")
            sp = say_digits(dd, R.choice(["single", "pairs"]), uk=ctry == "UK") + " " + say_digits(mm, "single", uk=ctry == "UK") + " " + say_digits(f"{y % 100:02d}", "pairs")
        case.add("agent", R.choice(["and can you confirm your date of birth", "what's your date of birth please"]))
        case.add("customer", R.choice(["it's ", "yeah ", "", "born on "]), V(sp, "DOB", "spoken", None), R.choice(["", " that's right", ""]))
    else:
        us = ctry == "US"
        txt = R.choice([f"{m:02d}/{d:02d}/{y}" if us else f"{d:02d}/{m:02d}/{y}", f"{d}.{m}.{y}" if not us else f"{m}-{d}-{y}",
                        f"{MONTHS[m - 1].title()} {d}, {y}", f"{d} {MONTHS[m - 1][:3]} {y}"])
        case.add("agent", "Can you confirm your date of birth?")
        case.add("customer", R.choice(["dob ", "DOB: ", "born ", ""]), V(txt, "DOB", "typed", None))


def blk_addr_pc(case, call, ctry):
    us = ctry == "US"
    hn = R.randint(2, 480)
    st = R.choice(STREETS) + " " + R.choice(SUFFIX_US if us else SUFFIX_UK)
    town = R.choice(TOWNS_US if us else TOWNS_UK)
    if us:
        pc = gen_zip()
        pcs_t = pc if len(pc) == 5 else pc[:5] + "-" + pc[5:]
    else:
        o, i = gen_uk_postcode()
        pc = o + i
        pcs_t = R.choice([o + " " + i, pc, (o + " " + i).lower()])
    if call:
        hs = n2w(hn) if R.random() < 0.6 else say_digits(str(hn), "single")
        case.add("agent", "can you confirm the first line of the address")
        case.add("customer", R.choice(["yeah it's ", "", "it's "]), V(f"{hs} {st}", "ADDRESS", "spoken", None), f" in {town}")
        case.add("agent", R.choice(["and the postcode", "and the zip code"]) if True else "")
        if us:
            sp = say_digits(pc[:5], "mixed")
            if len(pc) == 9:
                sp += " dash " + say_digits(pc[5:], "single")
                pcv = V(sp.replace(" dash ", " "), "POSTCODE", "spoken", pc)
            else:
                pcv = V(sp, "POSTCODE", "spoken", pc)
        else:
            pcv = V(say_alnum(o, uk=True) + " " + say_alnum(i, uk=True), "POSTCODE", "alnum", pc)
        case.add("customer", R.choice(["it's ", "", "uh "]), pcv)
    else:
        street = f"{hn} {st.title() if R.random() < 0.6 else st}"
        case.add("agent", "What's the delivery address?")
        case.add("customer", V(street, "ADDRESS", "typed", None), f", {town.title()}, ", V(pcs_t, "POSTCODE", "typed", pc))


def blk_pc_only(case, call, ctry):
    us = ctry == "US"
    if us:
        pc = gen_zip()[:5]
        case.add("agent", "can i just get the zip code on the account")
        v = V(say_digits(pc, "mixed"), "POSTCODE", "spoken", pc) if call else V(pc, "POSTCODE", "typed", pc)
    else:
        o, i = gen_uk_postcode()
        pc = o + i
        case.add("agent", "and just the postcode to find the address")
        v = V(say_alnum(o, True) + " " + say_alnum(i, True), "POSTCODE", "alnum", pc) if call else V(o + " " + i, "POSTCODE", "typed", pc)
    case.add("customer", R.choice(["it's ", "", "postcode "]), v)


BUNDLES = {
    "UK": [[blk_ni], [lambda c, k, t: blk_card(c, k, t, True)], [blk_bank], [blk_addr_pc], [blk_dob, blk_ni],
           [blk_addr_pc, blk_phone, blk_email], [blk_dob, blk_iban], [blk_ni, blk_pc_only], [blk_card], [blk_sort_only, blk_bank]],
    "US": [[blk_ssn], [lambda c, k, t: blk_card(c, k, t, True)], [blk_bank], [blk_addr_pc], [blk_dob, blk_ssn],
           [blk_phone, blk_addr_pc], [blk_email, blk_ssn], [blk_card], [blk_pc_only, blk_ssn]],
    "IE": [[blk_iban], [lambda c, k, t: blk_card(c, k, t, True)], [blk_phone, blk_email, blk_dob], [blk_dob, blk_card],
           [blk_email, blk_iban]],
}
CUR = {"UK": "pounds", "US": "dollars", "IE": "euro"}


def make_positive(i):
    ctry = ["UK", "US", "UK", "IE", "US", "UK"][i % 6]
    call = (i % 5) not in (1, 3)
    ind = IND_NAMES[(i * 3) % len(IND_NAMES)]
    bl = BUNDLES[ctry][(i // 6) % len(BUNDLES[ctry])]
    case = Case("positive", "")
    greet = ("thanks for calling how can i help today" if call else "Hi, you're chatting with Sam. How can I help?")
    case.add("agent", greet)
    (context_turns_call if call else context_turns_chat)(case, ind, CUR[ctry], R.randint(2, 3))
    case.add("agent", R.choice(["okay i'll need to take some details first", "before i go into that i need to verify you",
                                "let's get that sorted for you"]) if call else "Before I can help I need to verify a few details.")
    case.add("customer", R.choice(["yeah go ahead", "okay no problem", "sure"]) if call else R.choice(["ok", "sure go ahead", "fine"]))
    names = []
    for b in bl:
        b(case, call, ctry)
        names.append(getattr(b, "__name__", "blk"))
        if R.random() < 0.35 and len(case.turns) < 13:
            (context_turns_call if call else context_turns_chat)(case, ind, CUR[ctry], 1)
    if len(case.turns) < 16:
        (context_turns_call if call else context_turns_chat)(case, ind, CUR[ctry], R.randint(1, 2))
    if case.turns[-1][0] == "agent":
        case.add("customer", R.choice(["okay thanks", "great thank you", "right okay"]) if call else "ok thanks")
    case.add("agent", "is there anything else i can help with" if call else "Anything else today?")
    case.add("customer", R.choice(["no that's everything thanks", "no that's it cheers", "nope thanks bye"]) if call else "no thats all, thanks")
    types = sorted({s[2] for _, segs in case.turns for s in segs if not isinstance(s, str)})
    case.note = f"{'call' if call else 'chat'}/{ind}/{ctry}: {', '.join(types)} amid {len(case.turns)}-turn conversation with non-PII numbers"
    return case


NEG_CALL = [
    ("agent", "your order number is {ref} and it was dispatched on {date}"),
    ("agent", "the total comes to {amt} and that's including vat"),
    ("agent", "your appointment is booked for {date} at {time}"),
    ("agent", "the engineer will come between {time} and {time2}"),
    ("customer", "i'm on the {nth} floor room {room}"),
    ("customer", "the flight was b a {flt} leaving at {time}"),
    ("customer", "the meter reading is {meter}"),
    ("customer", "the broadband speed should be {speed} megabits"),
    ("customer", "my balance is showing {amt}"),
    ("customer", "i've been a customer since {year} so about {n} years"),
    ("customer", "the ticket reference is {ref}"),
    ("customer", "my son is {age} and my daughter's {age2}"),
    ("agent", "the contract started on {date} and runs for {wmonths} months"),
    ("agent", "the claim number is {ref} and the excess is {amt}"),
    ("customer", "it's the model {model} the washing machine"),
    ("customer", "the heating was set to {temp} degrees"),
    ("customer", "i was on hold for {mins} minutes"),
    ("agent", "the invoice number is {ref} dated {date}"),
    ("agent", "you'll get {pct} percent off for {wmonths} months"),
    ("agent", "we'll refund {amt} within {days} working days"),
    ("agent", "payment of {amt} will go out on {date}"),
    ("customer", "the parcel weighs {n} kilos"),
]
NEG_CHAT = [
    ("agent", "Order #{refd} was shipped on {tdate}."),
    ("agent", "Your new plan is {tamt}/month for {months} months."),
    ("agent", "appointment moved to {tdate} at {ttime}"),
    ("customer", "flight {fltd} departs {ttime}, gate {n}"),
    ("customer", "meter reading today: {meterd}"),
    ("agent", "balance {tamt} as of {tdate}"),
    ("customer", "ticket {refd} - still no reply after {days} days"),
    ("customer", "invoice INV-{refd} for {tamt} paid {tdate}"),
    ("customer", "im on room {roomd}, {n} guests, checking out at {ttime}"),
    ("customer", "speed test says {speedd} Mbps down, {n} up"),
    ("customer", "got {pct}% off last year, in {year}"),
    ("agent", "Claim ref {refd}. Excess {tamt}."),
    ("customer", "model no {modeld}, bought it {months} months ago"),
    ("customer", "waited {mins} mins on the phone at {ttime}"),
    ("customer", "temp is {tempd}C in the flat and boiler is {age} yrs old"),
]

def fill(t, cur):
    sym = {"pounds": "£", "dollars": "$", "euro": "€"}[cur]
    n = R.randint(2, 12)
    return t.format(
        ref=say_digits(rd(R.choice([6, 7, 8, 9, 10])), R.choice(["single", "pairs", "doubles"])),
        refd=rd(R.choice([6, 7, 8, 9, 10])), date=spoken_date(), tdate=typed_date(), amt=amount(cur),
        tamt=f"{sym}{R.randint(5, 900)}.{R.randint(0, 99):02d}",
        time=R.choice(["eight am", "half past ten", "two thirty", "quarter past one", "six o'clock"]),
        time2=R.choice(["twelve", "one pm", "four o'clock", "noon"]), ttime=R.choice(["14:30", "9am", "10.15", "6pm", "07:45"]),
        n=n2w(n) if "{n}" in t and "Mbps" not in t and "gate" not in t and "guests" not in t else n,
        nth=R.choice(['second', 'third', 'fifth', 'ninth']), room=n2w(R.randint(101, 620)), roomd=R.randint(101, 620), flt=say_digits(rd(3), "single"), fltd=f"{R.choice(['BA', 'EI', 'FR', 'UA'])}{R.randint(100, 9999)}",
        meter=say_digits(rd(5), "single"), meterd=rd(5), speed=n2w(R.choice([30, 67, 150, 500, 900])),
        speedd=R.choice([36.4, 71.2, 145, 512]), year=n2w(R.randint(1995, 2024)) if "{year}" in t and "last year" not in t else R.randint(2015, 2025),
        age=n2w(R.randint(3, 17)) if "yrs" not in t else R.randint(3, 17), age2=n2w(R.randint(3, 17)), months=R.choice([12, 18, 24, 36]), wmonths=n2w(R.choice([12, 18, 24, 36])),
        model=R.choice(["w m four five two", "x three hundred", "k two thousand"]), modeld=R.choice(["WM452", "XT-300", "K2000", "HX 9020"]),
        temp=n2w(R.randint(16, 24)), tempd=R.randint(12, 24), mins=R.randint(5, 90), pct=R.choice([10, 15, 20, 25, 50]),
        days=R.choice([3, 5, 7, 10, 14]))


def make_negative(i):
    ctry = ["UK", "US", "IE"][i % 3]
    call = i % 2 == 0
    ind = IND_NAMES[(i * 5) % len(IND_NAMES)]
    case = Case("negative", "")
    case.add("agent", "thanks for calling how can i help" if call else "Hi there, how can I help today?")
    n = R.randint(6, 13)
    pool = NEG_CALL if call else NEG_CHAT
    used = []
    (context_turns_call if call else context_turns_chat)(case, ind, CUR[ctry], 2)
    for k in range(n):
        spk = "customer" if case.turns[-1][0] == "agent" else "agent"
        if R.random() < 0.2:
            case.add(spk, R.choice(["okay", "mhm", "right okay", "yeah go on", "sure"] if call else ["ok", "sure", "thanks", "great"]))
            continue
        t = R.choice([x for x in pool if x[0] == spk])[1]
        used.append(t.split("{")[0].strip()[:18])
        txt = fill(t, CUR[ctry])
        if call:
            txt = re.sub(r"\d+", lambda m: n2w(int(m.group())), txt.lower().replace(".", ""))
        case.add(spk, txt)
    if case.turns[-1][0] == "agent":
        case.add("customer", "okay thanks" if call else "ok")
    case.add("agent", "is there anything else i can help with" if call else "Anything else today?")
    case.add("customer", "no that's all thanks" if call else "no thats it ty")
    case.note = f"{'call' if call else 'chat'}/{ind}/{ctry}: non-PII numbers only (amounts, dates, refs, times, counts) over {len(case.turns)} turns"
    return case


def build():
    R.seed(SEED)
    GID[0] = 0
    PENDING.clear()
    out, problems, groups_all = [], [], {}
    for i in range(N_POS):
        c = make_positive(i)
        turns, spans, groups = render(c)
        out.append({"id": f"h214-pos-{i + 1:03d}", "kind": "positive", "turns": turns, "spans": spans, "note": c.note})
        groups_all.update({(i, g): v for g, v in groups.items()})
    for i in range(N_NEG):
        c = make_negative(i)
        turns, spans, groups = render(c)
        out.append({"id": f"h214-neg-{i + 1:03d}", "kind": "negative", "turns": turns, "spans": [], "note": c.note})
        assert not spans
    # validate values
    for (ci, gid), parts in groups_all.items():
        typ = parts[0][0]
        mode = parts[0][2]
        canon = PENDING.get(gid, parts[0][3])
        text = " ".join(p[1] for p in parts)
        if len(parts) == 1 and parts[0][3] is None and gid not in PENDING and typ not in ("DOB", "ADDRESS", "EMAIL"):
            # correction fragment: only check that it parses into digits/letters
            v = norm_value(text, mode)
            if "?" in v or not v:
                problems.append(f"case {ci}: fragment {text!r} -> {v}")
            continue
        err = validate_value(typ, text, mode, canon)
        if err:
            problems.append(f"case {ci} {typ}: {err} in {text!r}")
    return out, problems


def structural_check(cases):
    problems = []
    ids = Counter(c["id"] for c in cases)
    problems += [f"duplicate id {k}" for k, v in ids.items() if v > 1]
    for c in cases:
        if c["kind"] == "negative" and c["spans"]:
            problems.append(f"{c['id']}: negative with spans")
        if c["kind"] == "positive" and not c["spans"]:
            problems.append(f"{c['id']}: positive without spans")
        seen = {}
        for s in c["spans"]:
            if s["type"] not in TYPES:
                problems.append(f"{c['id']}: bad type {s['type']}")
            t = c["turns"][s["turn"]]["text"]
            a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(t)):
                problems.append(f"{c['id']}: span out of range")
                continue
            if (a > 0 and t[a - 1].isalnum()) or (b < len(t) and t[b].isalnum()):
                problems.append(f"{c['id']}: span not on word boundary {t[a:b]!r}")
            if not (t[a].isalnum() or t[a] in "+(") or not t[b - 1].isalnum():
                problems.append(f"{c['id']}: span edge not alnum {t[a:b]!r}")
            for (x, y) in seen.get(s["turn"], []):
                if a < y and x < b:
                    problems.append(f"{c['id']}: overlapping spans")
            seen.setdefault(s["turn"], []).append((a, b))
    return problems


def counts(cases):
    ct = Counter(s["type"] for c in cases for s in c["spans"])
    return ct


def readme(cases):
    ct = counts(cases)
    npos = sum(c["kind"] == "positive" for c in cases)
    nneg = len(cases) - npos
    calls = sum(c["note"].startswith("call") for c in cases)
    rows = "\n".join(f"| {t} | {ct.get(t, 0)} |" for t in TYPES)
    return f"""# PII hold-out set h214

**Never use this set for tuning.** It is a held-out evaluation set: do not look at its failures
to change patterns, thresholds or word lists and then re-measure on it.

## Who wrote it and how

Written by an AI helper acting as an independent author. The author did not see the redaction
code, its tests, its docs, the benchmark script or any other PII fixture (only a 3-line example of
the JSONL format). Cases are generated by `scripts/make_pii_holdout214.py` from template functions:
each turn is assembled from plain-text segments and (value, TYPE) segments, so offsets are computed,
never typed by hand. All values come from one `random.Random({SEED})`; output is byte-for-byte
reproducible. `python scripts/make_pii_holdout214.py --check` regenerates the file, compares it,
and validates ids, offsets, word boundaries, overlaps and every value (Luhn for cards, mod-97 for
IBANs, NI format, 9 digits for SSN, 6 for sort codes, digit counts, postcode shapes) after
normalising spoken forms back to digits/letters.

Emphasis: long whole calls and chats (roughly 8-20 turns) where PII sits among ordinary talk
about the problem, with non-PII amounts, dates, references, times, durations and percentages
around it. Calls are written as an ASR would (lower case, numbers as words, "oh"/"o"/"nought",
"double"/"triple", pairs like "forty one", NATO spelling "q for quebec", homophones "for"/"to"/"ate",
values split across turns with agent back-channels, self-corrections, agent read-backs, fillers
inside readings). Chats use typed formats with varied separators and case.

## Annotation conventions

- A span covers the value itself only: from its first to last character/word, including internal
  separators, spaces, spelling aids ("b for bravo", "j as in john") and fillers ("um") *inside* the
  reading. Lead-ins ("it's", "my number is", "sort code") and trailing words are outside.
- A value split across several turns gets one span per turn piece (same type).
- In a self-correction, the abandoned (wrong) digits are also labelled with the same type as a
  separate span; the correction words ("no sorry") are not inside any span.
- An agent reading a value back is labelled like the customer's reading.
- EXPIRY and CVV are labelled only in card-payment context; DOB only when asked/stated as the date
  of birth. ADDRESS = house number + street (town is not included); POSTCODE separate.
- PHONE includes the "+44"/"plus four four" country prefix when said.
- EMAIL spoken as "j dot smith at gmail dot com" is one span from local part to TLD.
- Negatives contain only non-PII numbers: order/ticket/claim/invoice references (6-10 digits, with
  their reference word), amounts, balances, dates that are not birth dates, times, durations,
  counts, ages, rooms, flights, model numbers, meter readings, speeds, temperatures, percentages.
  Positive cases also contain such numbers, unlabelled.

## Counts

{npos} positive cases, {nneg} negative cases ({calls} calls, {len(cases) - calls} chats).

| type | spans |
|---|---|
{rows}
"""


def dump(cases):
    return "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cases)


def main():
    check = "--check" in sys.argv
    cases, problems = build()
    problems += structural_check(cases)
    ct = counts(cases)
    for t, m in MIN_SPANS.items():
        if ct.get(t, 0) < m:
            problems.append(f"type {t}: only {ct.get(t, 0)} spans (< {m})")
    npos = sum(c["kind"] == "positive" for c in cases)
    nneg = len(cases) - npos
    if npos < 170 or nneg < 100:
        problems.append("too few cases")
    text, rd_text = dump(cases), readme(cases)
    if check:
        if not CASES.exists() or CASES.read_text(encoding="utf-8") != text:
            problems.append("cases.jsonl differs from regenerated output")
        if not README.exists() or README.read_text(encoding="utf-8") != rd_text:
            problems.append("README.md differs from regenerated output")
    else:
        OUT_DIR.mkdir(parents=True, exist_ok=True)
        CASES.write_text(text, encoding="utf-8")
        README.write_text(rd_text, encoding="utf-8")
    print(f"positives={npos} negatives={nneg}")
    for t in TYPES:
        print(f"  {t:13s} {ct.get(t, 0)}")
    if problems:
        print(f"{len(problems)} PROBLEM(S):")
        for p in problems[:60]:
            print("  " + p)
        return 1
    print("check OK" if check else f"wrote {CASES.relative_to(ROOT)} and README.md")
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set ``pii_holdout282``.

Written by an AI helper acting as an independent author that did not see the
redaction code.  Standard library only.  Output is byte-for-byte reproducible
(seed 282241124).

    python scripts/make_pii_holdout282.py          # write fixture + README
    python scripts/make_pii_holdout282.py --check  # regenerate, compare, validate
"""
from __future__ import annotations

import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

SEED = 282241124
ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "tests" / "fixtures" / "pii_holdout282"
CASES = OUT_DIR / "cases.jsonl"
README = OUT_DIR / "README.md"
PREFIX = "h282"
TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE",
         "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
         "eighteen", "nineteen"]
TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy", 8: "eighty",
        9: "ninety"}
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
       "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
       "seventeenth", "eighteenth", "nineteenth", "twentieth"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december"]
NATO = {c: w for c, w in zip("ABCDEFGHIJKLMNOPQRSTUVWXYZ", [
    "alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india", "juliet",
    "kilo", "lima", "mike", "november", "oscar", "papa", "quebec", "romeo", "sierra", "tango",
    "uniform", "victor", "whiskey", "xray", "yankee", "zulu"])}
CASUAL = {"A": "apple", "B": "bravo", "C": "charlie", "D": "david", "E": "edward", "F": "freddie",
          "G": "george", "H": "harry", "J": "john", "K": "king", "L": "london", "M": "mother",
          "N": "nancy", "P": "peter", "R": "robert", "S": "sugar", "T": "tommy", "W": "william",
          "X": "xray", "Y": "yellow", "Z": "zebra"}


# ---------------------------------------------------------------- value makers
def luhn_ok(d: str) -> bool:
    tot = 0
    for i, ch in enumerate(reversed(d)):
        v = int(ch)
        if i % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        tot += v
    return tot % 10 == 0


def luhn_complete(prefix: str, length: int, rng: random.Random) -> str:
    body = prefix + "".join(str(rng.randrange(10)) for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def make_card(rng):
    kind = rng.choice(["visa", "visa", "mc", "mc", "amex", "disc", "maestro", "visa13"])
    if kind == "visa":
        return luhn_complete("4" + str(rng.randrange(10)), 16, rng), kind
    if kind == "mc":
        return luhn_complete(str(rng.randint(51, 55)), 16, rng), kind
    if kind == "amex":
        return luhn_complete(rng.choice(["34", "37"]), 15, rng), kind
    if kind == "disc":
        return luhn_complete("6011", 16, rng), kind
    if kind == "maestro":
        return luhn_complete("6759", 19, rng), kind
    return luhn_complete("4", 13, rng), kind


def make_ssn(rng):
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    return f"{a:03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"


NI_BAD1 = set("DFIQUVO")
NI_BAD2 = set("DFIQUVO")
NI_BADPAIR = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}
NI_RE = re.compile(r"^[A-CEGHJ-PRSTW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$")


def make_ni(rng):
    letters = [c for c in "ABCEGHJKLMNPRSTWXYZ"]
    while True:
        p = rng.choice(letters) + rng.choice(letters)
        if p[0] not in NI_BAD1 and p[1] not in NI_BAD2 and p not in NI_BADPAIR:
            break
    return p + "".join(str(rng.randrange(10)) for _ in range(6)) + rng.choice("ABCD")


def iban_check(country: str, bban: str) -> str:
    s = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return f"{98 - int(num) % 97:02d}"


def iban_ok(iban: str) -> bool:
    s = iban[4:] + iban[:4]
    try:
        return int("".join(str(int(c, 36)) for c in s)) % 97 == 1
    except ValueError:
        return False


def rdig(rng, n):
    return "".join(str(rng.randrange(10)) for _ in range(n))


def make_iban(rng, country=None):
    country = country or rng.choice(["GB", "IE", "DE", "NL", "FR", "ES"])
    if country == "GB":
        bban = rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + rdig(rng, 14)
    elif country == "IE":
        bban = rng.choice(["AIBK", "BOFI", "IPBS"]) + rdig(rng, 14)
    elif country == "DE":
        bban = rdig(rng, 18)
    elif country == "NL":
        bban = rng.choice(["ABNA", "INGB", "RABO"]) + rdig(rng, 10)
    elif country == "FR":
        bban = rdig(rng, 23)
    else:
        bban = rdig(rng, 20)
    return country + iban_check(country, bban) + bban


def make_phone(rng, region):
    if region == "uk_mob":
        return "07" + str(rng.choice([4, 5, 7, 8, 9])) + rdig(rng, 8)
    if region == "uk_land":
        return rng.choice(["020", "0161", "0113", "0121", "0131", "0117"]) + rdig(rng, 7 if True else 8)
    if region == "us":
        return str(rng.randint(2, 9)) + rdig(rng, 2) + str(rng.randint(2, 9)) + rdig(rng, 6)
    if region == "ie":
        return "08" + str(rng.choice([3, 5, 6, 7, 9])) + rdig(rng, 7)
    raise ValueError(region)


FIRST = ["john", "sarah", "mike", "priya", "liam", "aoife", "tom", "grace", "ahmed", "sophie",
         "david", "emma", "kevin", "niamh", "carlos", "jess", "ravi", "claire", "owen", "maria"]
LAST = ["doe", "smith", "patel", "murphy", "jones", "obrien", "walsh", "khan", "brown", "taylor",
        "kelly", "evans", "garcia", "byrne", "hughes", "nguyen", "wright", "clarke"]
DOMAINS = ["gmail.com", "yahoo.co.uk", "hotmail.com", "outlook.com", "icloud.com", "eircom.net",
           "btinternet.com", "aol.com", "protonmail.com", "web.de"]
STREETS = ["acacia avenue", "mill lane", "church road", "station road", "park view", "high street",
           "victoria terrace", "oak drive", "elm street", "maple avenue", "kings road",
           "willow close", "chestnut grove", "main street", "harbour road", "cedar court"]
US_STREETS = ["elm street", "oak avenue", "maple drive", "pine street", "lakeview boulevard",
              "sunset road", "washington avenue", "cedar lane", "birch court", "river road"]


def make_email(rng):
    f, l = rng.choice(FIRST), rng.choice(LAST)
    style = rng.randrange(5)
    if style == 0:
        local = f"{f}.{l}"
    elif style == 1:
        local = f"{f[0]}{l}{rng.randint(1, 99)}"
    elif style == 2:
        local = f"{f}_{l}"
    elif style == 3:
        local = f"{f}{l}"
    else:
        local = f"{f[0]}.{l}"
    return f"{local}@{rng.choice(DOMAINS)}"


UK_OUT = ["SW1A", "M14", "B33", "CR2", "LS1", "EH3", "G12", "BS8", "NW3", "E17", "L18", "CF10",
          "NG7", "RG1", "BT9", "SE15", "W5", "DY8", "HU5", "PL4"]
IN_LET = "ABDEFGHJLNPQRSTUWXYZ"
UK_PC_RE = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[ABD-HJLNP-UW-Z]{2}$")


def make_uk_pc(rng):
    return rng.choice(UK_OUT) + " " + str(rng.randrange(10)) + rng.choice(IN_LET) + rng.choice(IN_LET)


def make_zip(rng):
    return f"{rng.randint(10, 99)}{rdig(rng, 3)}"


# ---------------------------------------------------------------- speech rendering
def num2(n: int) -> str:
    if n < 10:
        return ONES[n]
    if n < 20:
        return TEENS[n - 10]
    t, u = divmod(n, 10)
    return TENS[t] + ("" if u == 0 else " " + ONES[u])


def zero_word(rng, loc):
    if loc == "us":
        return rng.choice(["zero", "zero", "oh", "o"])
    return rng.choice(["zero", "oh", "o", "nought", "oh"])


def digit_word(d, rng, loc, homo=0.0):
    if d == "0":
        return zero_word(rng, loc)
    if homo and rng.random() < homo:
        if d == "4":
            return "for"
        if d == "2":
            return rng.choice(["to", "too"])
        if d == "8":
            return "ate"
    return ONES[int(d)]


def say_digits(s, rng, loc="uk", pairs=0.0, doubles=0.5, homo=0.0, filler=0.0):
    out = []
    i = 0
    while i < len(s):
        if doubles and i + 1 < len(s) and s[i] == s[i + 1] and rng.random() < doubles:
            if i + 2 < len(s) and s[i + 2] == s[i] and rng.random() < 0.6:
                out.append("triple " + digit_word(s[i], rng, loc))
                i += 3
            else:
                out.append("double " + digit_word(s[i], rng, loc))
                i += 2
        elif pairs and i + 1 < len(s) and s[i] != "0" and s[i + 1] != "0" and rng.random() < pairs:
            out.append(num2(int(s[i:i + 2])))
            i += 2
        else:
            out.append(digit_word(s[i], rng, loc, homo))
            i += 1
        if filler and i < len(s) and rng.random() < filler:
            out.append(rng.choice(["um", "uh", "er", "erm"]))
    return " ".join(out)


def say_pairs(s, rng):
    """'4011' -> 'forty eleven' style (even length, no leading zeros in pairs)."""
    out = []
    for i in range(0, len(s), 2):
        p = s[i:i + 2]
        if p[0] == "0":
            out.append(zero_word(rng, "uk") + " " + ONES[int(p[1])])
        else:
            out.append(num2(int(p)))
    return " ".join(out)


def say_letter(c, rng, mode):
    if c == "O":
        return "o for oscar"
    if mode == "nato":
        return f"{c.lower()} for {NATO[c]}"
    if mode == "casual" and c in CASUAL:
        return f"{c.lower()} for {CASUAL[c]}"
    return c.lower()


def say_year(y, rng):
    if y >= 2000:
        return "two thousand and " + num2(y - 2000) if y > 2000 else "two thousand"
    a, b = divmod(y, 100)
    return num2(a) + " " + (num2(b) if b >= 10 else zero_word(rng, "uk") + " " + ONES[b])


def ordinal(n):
    if n <= 20:
        return ORD[n]
    t, u = divmod(n, 10)
    if u == 0:
        return {3: "thirtieth"}[t] if t == 3 else "twentieth"
    return TENS[t] + " " + ORD[u]


def chunk(s, sizes):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    assert i == len(s), (s, sizes)
    return out


def group4(s, sep=" "):
    return sep.join(s[i:i + 4] for i in range(0, len(s), 4))


def card_groups(card):
    n = len(card)
    if n == 15:
        return [4, 6, 5]
    if n == 13:
        return [4, 3, 3, 3]
    if n == 19:
        return [4, 4, 4, 4, 3]
    return [4, 4, 4, 4]


# ---------------------------------------------------------------- normaliser (for --check)
WORDNUM = {w: i for i, w in enumerate(ONES)}
WORDNUM.update({"oh": 0, "o": 0, "nought": 0, "nil": 0, "for": 4, "to": 2, "too": 2, "ate": 8})
TEENNUM = {w: 10 + i for i, w in enumerate(TEENS)}
TENNUM = {w: t for t, w in TENS.items()}
ORDNUM = {w: i for i, w in enumerate(ORD) if w}
ORDNUM.update({"thirtieth": 30})
SPELLWORDS = set(NATO.values()) | set(CASUAL.values())
FILLERS = {"um", "uh", "er", "erm", "ah", "hmm"}
SYMS = {"dot": ".", "at": "@", "dash": "-", "hyphen": "-", "underscore": "_", "plus": "+"}


def normalise(text: str, datemode: bool = False, syms: bool = False) -> str:
    toks = re.findall(r"[A-Za-z]+|\d+|[@._+\-]", text)
    toks = [t.lower() if t.isalpha() else t for t in toks]
    out = []
    i = 0
    n = len(toks)
    while i < n:
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < n else None
        nx2 = toks[i + 2] if i + 2 < n else None
        if t.isdigit():
            out.append(t)
        elif t in FILLERS:
            pass
        elif t in ("double", "triple") and nxt in WORDNUM:
            out.append(str(WORDNUM[nxt]) * (2 if t == "double" else 3))
            i += 1
        elif len(t) == 1 and t.isalpha() and nxt == "for" and nx2 and nx2[0] == t and nx2 in SPELLWORDS:
            out.append(t.upper())
            i += 2
        elif t == "thousand":
            # 'two thousand and five' -> previous digit + 00X
            if nxt == "and":
                i += 1
            if i + 1 < n and (toks[i + 1] in TENNUM or toks[i + 1] in TEENNUM):
                out.append("0")
            elif i + 1 < n and toks[i + 1] in WORDNUM:
                out.append("00")
            else:
                out.append("000")
        elif t == "hundred":
            if nxt == "and":
                i += 1
            if i + 1 < n and (toks[i + 1] in TENNUM or toks[i + 1] in TEENNUM):
                pass
            elif i + 1 < n and toks[i + 1] in WORDNUM:
                out.append("0")
            else:
                out.append("00")
        elif t in WORDNUM and not (len(t) == 1 and t != "o"):
            if t == "to" and datemode:
                pass
            out.append(str(WORDNUM[t]))
        elif t in TEENNUM:
            out.append(str(TEENNUM[t]))
        elif t in TENNUM:
            if nxt in ORDNUM and datemode and ORDNUM[nxt] < 10:
                out.append(f"{TENNUM[t]}{ORDNUM[nxt]}")
                i += 1
            elif nxt in WORDNUM and nxt not in ("o", "oh", "nought", "for", "to", "too", "ate") \
                    and WORDNUM[nxt] > 0:
                out.append(f"{TENNUM[t]}{WORDNUM[nxt]}")
                i += 1
            else:
                out.append(f"{TENNUM[t]}0")
        elif datemode and t in ORDNUM:
            out.append(f"{ORDNUM[t]:02d}")
        elif datemode and t in MONTHS:
            out.append(f"{MONTHS.index(t) + 1:02d}")
        elif datemode and t in ("the", "of"):
            pass
        elif syms and t in SYMS:
            out.append(SYMS[t])
        elif len(t) == 1 and t.isalpha():
            out.append(t.upper())
        else:
            out.append(t)
        i += 1
    return "".join(out)


def digits_only(s):
    return re.sub(r"\D", "", s)


def alnum_up(s):
    return re.sub(r"[^A-Za-z0-9]", "", s).upper()


def validate_group(typ, text, canon):
    """Return an error string or None. ``text`` is the concatenated span text of one value."""
    dm = typ in ("DOB", "EXPIRY")
    norm = normalise(text, datemode=dm, syms=typ == "EMAIL")
    if typ == "CARD_NUMBER":
        d = digits_only(norm)
        if d != canon or not (13 <= len(d) <= 19) or not luhn_ok(d):
            return f"card {d!r} vs {canon!r}"
    elif typ == "CVV":
        d = digits_only(norm)
        if d != canon or len(d) not in (3, 4):
            return f"cvv {d!r}"
    elif typ == "EXPIRY":
        d = digits_only(norm)
        if d != canon["digits"] or not (1 <= canon["month"] <= 12):
            return f"expiry {d!r} vs {canon}"
    elif typ == "SSN":
        d = digits_only(norm)
        if d != canon or len(d) != 9 or d[:3] in ("000", "666") or d[3:5] == "00" or d[5:] == "0000":
            return f"ssn {d!r}"
    elif typ == "NI_NUMBER":
        a = alnum_up(norm)
        if a != canon or not NI_RE.match(a) or a[:2] in NI_BADPAIR:
            return f"ni {a!r} vs {canon!r}"
    elif typ == "BANK_ACCOUNT":
        d = digits_only(norm)
        if d != canon or not (8 <= len(d) <= 12):
            return f"account {d!r}"
    elif typ == "SORT_CODE":
        d = digits_only(norm)
        if d != canon or len(d) != 6:
            return f"sort {d!r}"
    elif typ == "IBAN":
        a = alnum_up(norm)
        if a != canon or not iban_ok(a):
            return f"iban {a!r} vs {canon!r}"
    elif typ == "PHONE":
        d = digits_only(norm)
        if d != canon or not (10 <= len(d) <= 13):
            return f"phone {d!r} vs {canon!r}"
    elif typ == "EMAIL":
        e = re.sub(r"\s", "", norm).lower()
        if e != canon.lower() or not re.match(r"^[a-z0-9._+\-]+@[a-z0-9\-]+(\.[a-z0-9\-]+)+$", e):
            return f"email {e!r} vs {canon!r}"
    elif typ == "DOB":
        d = digits_only(norm)
        if d != canon["digits"]:
            return f"dob {d!r} vs {canon}"
        y, m, dd = canon["ymd"]
        if not (1920 <= y <= 2010 and 1 <= m <= 12 and 1 <= dd <= 28):
            return "dob range"
    elif typ == "POSTCODE":
        a = alnum_up(norm)
        if a != alnum_up(canon):
            return f"postcode {a!r} vs {canon!r}"
        if not (UK_PC_RE.match(a) or re.match(r"^\d{5}(\d{4})?$", a)):
            return f"postcode shape {a!r}"
    elif typ == "ADDRESS":
        a = alnum_up(norm)
        if a != alnum_up(canon) or not re.match(r"^\d+[A-Z]", a):
            return f"address {a!r} vs {canon!r}"
    else:
        return f"unknown type {typ}"
    return None


# ---------------------------------------------------------------- case builder
class Case:
    def __init__(self, kind, note):
        self.kind = kind
        self.note = note
        self.turns = []
        self.spans = []
        self.groups = {}  # gid -> (type, canon)
        self._g = 0

    def new(self, typ, canon):
        self._g += 1
        self.groups[self._g] = (typ, canon)
        return self._g

    def t(self, speaker, *segs):
        text = ""
        idx = len(self.turns)
        for seg in segs:
            if isinstance(seg, str):
                text += seg
            else:
                val, gid = seg
                typ = self.groups[gid][0]
                s = len(text)
                text += val
                self.spans.append({"turn": idx, "start": s, "end": len(text), "type": typ, "_g": gid})
        self.turns.append({"speaker": speaker, "text": text})
        return self

    a = lambda self, *s: self.t("agent", *s)  # noqa: E731
    c = lambda self, *s: self.t("customer", *s)  # noqa: E731

    def record(self, cid):
        return {"id": cid, "kind": self.kind, "turns": self.turns,
                "spans": [{k: v for k, v in sp.items() if k != "_g"} for sp in self.spans],
                "note": self.note}


BACK = ["mhm", "okay", "yep", "okay go on", "right", "uh huh", "yeah", "got that", "okay and",
        "yes go ahead", "mm hmm"]
OPEN_CALL = ["yeah", "yeah so", "um", "right so", "okay", "uh yeah it's", "so it's", "sure it's",
             "yes", "okay um"]


def bc(rng):
    return rng.choice(BACK)


def op(rng):
    return rng.choice(OPEN_CALL) + " "


# ---------------------------------------------------------------- positive templates
def p_card_call_split(rng):
    card, kind = make_card(rng)
    ind = rng.choice(["telecom", "insurance", "utilities", "retail", "travel"])
    c = Case("positive", f"call/{ind}: {kind} card read over several turns with back-channels")
    g = c.new("CARD_NUMBER", card)
    parts = chunk(card, card_groups(card))
    c.a("okay i can take that payment now can i have the long number on the card please")
    interrupted = rng.random() < 0.4
    for k, p in enumerate(parts):
        sp = say_digits(p, rng, "uk", pairs=0.15, doubles=0.5, homo=0.08, filler=0.05)
        if k == 0:
            c.c(op(rng), (sp, g))
        else:
            c.c((sp, g))
        if k < len(parts) - 1:
            if interrupted and k == 1:
                c.a("sorry you broke up a little there carry on")
                interrupted = False
            else:
                c.a(bc(rng))
    if rng.random() < 0.5:
        mm, yy = rng.randint(1, 12), rng.randint(26, 31)
        ge = c.new("EXPIRY", {"digits": f"{mm:02d}{yy}", "month": mm})
        c.a("lovely and the expiry date")
        mw = (zero_word(rng, "uk") + " " + ONES[mm]) if mm < 10 else num2(mm)
        c.c("it's ", (mw + " " + num2(yy), ge), " i think yeah")
    n = 4 if kind == "amex" else 3
    cvv = rdig(rng, n)
    gc = c.new("CVV", cvv)
    c.a("and the " + ("four digit code on the front" if n == 4 else "three digits on the back"))
    c.c((say_digits(cvv, rng, "uk", doubles=0.4), gc))
    c.a(f"thank you that's gone through for {num2(rng.randint(20, 99))} pounds {num2(rng.randint(10, 99))}")
    return c


def p_card_call_single(rng):
    card, kind = make_card(rng)
    loc = rng.choice(["us", "uk"])
    ind = rng.choice(["banking", "retail", "healthcare billing", "telecom"])
    c = Case("positive", f"call/{ind}: {kind} card in one turn with restart and filler")
    g = c.new("CARD_NUMBER", card)
    c.a("can you read me the card number please")
    restart = card[:2]
    sp = say_digits(card, rng, loc, pairs=0.2, doubles=0.5, homo=0.1, filler=0.08)
    c.c("yeah it's " + say_digits(restart, rng, loc) + " hang on let me get my glasses okay ", (sp, g))
    if rng.random() < 0.5:
        c.a("and that's a " + ("visa" if card[0] == "4" else "card") + " yes")
        c.c("yeah the balance is like " + num2(rng.randint(21, 99)) + " hundred dollars on it")
    mm, yy = rng.randint(1, 12), rng.randint(26, 30)
    ge = c.new("EXPIRY", {"digits": f"{mm:02d}{yy}", "month": mm})
    c.a("and when does it expire")
    if rng.random() < 0.5:
        c.groups[ge] = ("EXPIRY", {"digits": f"{mm:02d}20{yy}", "month": mm})
        c.c("um ", (MONTHS[mm - 1] + " twenty " + num2(yy), ge))
    else:
        c.c("um ", (MONTHS[mm - 1] + " " + num2(yy), ge))
    return c


def p_card_chat(rng):
    card, kind = make_card(rng)
    c = Case("positive", f"chat/{rng.choice(['retail', 'travel', 'utilities', 'banking'])}: {kind} typed with mixed separators")
    g = c.new("CARD_NUMBER", card)
    st = rng.randrange(4)
    if st == 0:
        typed = group4(card, " ")
    elif st == 1:
        typed = group4(card, "-")
    elif st == 2:
        typed = card
    else:
        typed = " ".join(chunk(card, card_groups(card))).replace(" ", rng.choice([" ", ".", "  "]), 2)
    c.a("Please enter the card you'd like to use for order 4471203.")
    c.c(rng.choice(["its ", "card no: ", "ok ", "Card number is "]), (typed, g),
        rng.choice(["", " thx", " - the blue one", " pls"]))
    if rng.random() < 0.6:
        mm, yy = rng.randint(1, 12), rng.randint(26, 31)
        ge = c.new("EXPIRY", {"digits": f"{mm:02d}{yy}", "month": mm})
        sep = rng.choice(["/", "-", " / ", "/"])
        n = 4 if kind == "amex" else 3
        cvv = rdig(rng, n)
        gc = c.new("CVV", cvv)
        c.a("Thanks, and the expiry and security code?")
        c.c("exp ", (f"{mm:02d}{sep}{yy}", ge), " cvv ", (cvv, gc))
    return c


def p_ssn_call(rng):
    ssn = make_ssn(rng)
    c = Case("positive", f"call/{rng.choice(['banking', 'insurance', 'government services', 'healthcare billing'])}: US SSN spoken in 3-2-4 over turns, agent reads back")
    g = c.new("SSN", ssn)
    a, b, d = chunk(ssn, [3, 2, 4])
    c.a("for verification can i get your social security number")
    style = rng.randrange(3)
    if style == 0:
        c.c("sure it's ", (say_digits(a, rng, "us", homo=0.1), g))
        c.a(bc(rng))
        c.c((say_digits(b, rng, "us", pairs=0.5), g))
        c.a(bc(rng))
        c.c((say_digits(d, rng, "us", pairs=0.3, filler=0.1), g))
    elif style == 1:
        c.c("my social is ", (say_digits(a, rng, "us") + " " + say_digits(b, rng, "us", pairs=0.5) + " " +
                              say_digits(d, rng, "us", pairs=0.4, filler=0.1), g), " i think that's right")
    else:
        c.c("okay um ", (say_digits(a, rng, "us") + " " + say_digits(b, rng, "us"), g))
        c.a("sorry go ahead")
        c.c("uh yeah ", (say_digits(d, rng, "us", pairs=0.5), g))
    g2 = c.new("SSN", ssn)
    c.a("let me read that back ", (say_digits(a, rng, "us", doubles=0) + " " + say_digits(b, rng, "us", doubles=0) + " " +
                                   say_digits(d, rng, "us", doubles=0), g2), " is that correct")
    c.c("yes that's it")
    return c


def p_ssn_chat(rng):
    ssn = make_ssn(rng)
    c = Case("positive", f"chat/{rng.choice(['banking', 'insurance', 'government services'])}: SSN typed, mixed format")
    g = c.new("SSN", ssn)
    a, b, d = chunk(ssn, [3, 2, 4])
    typed = rng.choice([f"{a}-{b}-{d}", f"{a} {b} {d}", ssn, f"{a}.{b}.{d}", f"{a}-{b}{d}"])
    c.a("To open the claim I need your Social Security number.")
    c.c(rng.choice(["ssn is ", "SSN: ", "sure ", "my social - "]), (typed, g),
        rng.choice(["", ". claim amount was $1,250", " and my zip hasnt changed"]))
    return c


def say_ni(ni, rng, mode=None):
    mode = mode or rng.choice(["plain", "nato", "casual", "pairs", "mixed"])
    l1 = say_letter(ni[0], rng, "nato" if mode == "nato" else ("casual" if mode == "casual" else "plain"))
    l2 = say_letter(ni[1], rng, "nato" if mode == "nato" else ("casual" if mode == "casual" else "plain"))
    digits = ni[2:8]
    if mode in ("pairs", "mixed"):
        ds = say_pairs(digits, rng)
    else:
        ds = say_digits(digits, rng, "uk", doubles=0.5)
    l3 = say_letter(ni[8], rng, "nato" if mode in ("nato", "mixed") else "plain")
    return l1, l2, ds, l3


def p_ni_call(rng):
    ni = make_ni(rng)
    c = Case("positive", f"call/{rng.choice(['government services', 'banking', 'utilities', 'insurance'])}: UK NI number spoken, letters and digits")
    g = c.new("NI_NUMBER", ni)
    l1, l2, ds, l3 = say_ni(ni, rng)
    c.a("and can i take your national insurance number please")
    style = rng.randrange(3)
    if style == 0:
        c.c("yeah it's ", (f"{l1} {l2} {ds} {l3}", g))
    elif style == 1:
        c.c(op(rng), (f"{l1} {l2}", g))
        c.a(bc(rng))
        c.c((ds, g))
        c.a("and the letter at the end")
        c.c((l3, g), " i think")
    else:
        c.c("hold on it's on my payslip um ", (f"{l1} {l2} {ds}", g))
        c.a("yep and the last letter")
        c.c((l3, g))
    if rng.random() < 0.5:
        g2 = c.new("NI_NUMBER", ni)
        c.a("so that's ", (" ".join(ni[:2].lower()) + " " + say_digits(ni[2:8], rng, doubles=0) + " " + ni[8].lower(), g2))
        c.c("that's right")
    return c


def p_ni_chat(rng):
    ni = make_ni(rng)
    c = Case("positive", "chat/government services: NI number typed with varied case and spacing")
    g = c.new("NI_NUMBER", ni)
    st = rng.randrange(4)
    if st == 0:
        typed = f"{ni[:2]} {ni[2:4]} {ni[4:6]} {ni[6:8]} {ni[8]}"
    elif st == 1:
        typed = ni.lower()
    elif st == 2:
        typed = f"{ni[:2]}{ni[2:8]} {ni[8]}"
    else:
        typed = f"{ni[:2].lower()} {ni[2:8]}{ni[8].lower()}"
    c.a("Could you confirm your National Insurance number?")
    c.c(rng.choice(["NI no. ", "its ", "ni number ", ""]), (typed, g), rng.choice(["", " cheers", " (from my P60)"]))
    return c


def p_bank_call(rng):
    sc = rdig(rng, 6)
    acct = rdig(rng, 8)
    c = Case("positive", "call/banking: UK sort code in pairs and account number with doubles")
    gs = c.new("SORT_CODE", sc)
    ga = c.new("BANK_ACCOUNT", acct)
    c.a("what's the sort code for the account you'd like to pay from")
    sc_s = say_pairs(sc, rng) if rng.random() < 0.6 else say_digits(sc, rng, "uk", doubles=0.5)
    c.c(op(rng), (sc_s, gs))
    c.a("and the account number")
    if rng.random() < 0.5:
        p1, p2 = chunk(acct, [4, 4])
        c.c((say_digits(p1, rng, "uk", homo=0.1), ga))
        c.a(bc(rng))
        c.c("um ", (say_digits(p2, rng, "uk", pairs=0.3), ga))
    else:
        c.c("it's ", (say_digits(acct, rng, "uk", pairs=0.2, doubles=0.6, filler=0.08), ga),
            " and i want to pay " + num2(rng.randint(20, 99)) + " pounds a month")
    return c


def p_bank_call_us(rng):
    acct = rdig(rng, rng.choice([10, 11, 12]))
    c = Case("positive", "call/utilities: US checking account number for autopay, self-correction")
    ga = c.new("BANK_ACCOUNT", acct)
    c.a("and the checking account number")
    wrong = acct[:3] + str((int(acct[3]) + 3) % 10)
    c.c("okay " + say_digits(wrong, rng, "us") + " no wait sorry let me start again ",
        (say_digits(acct, rng, "us", pairs=0.15, filler=0.05), ga))
    c.a("and the routing number is on the same check")
    c.c("yeah i'll get that in a sec")
    return c


def p_bank_chat(rng):
    sc = rdig(rng, 6)
    acct = rdig(rng, 8)
    c = Case("positive", "chat/banking: sort code and account typed in one message")
    gs = c.new("SORT_CODE", sc)
    ga = c.new("BANK_ACCOUNT", acct)
    sct = rng.choice([f"{sc[:2]}-{sc[2:4]}-{sc[4:]}", sc, f"{sc[:2]} {sc[2:4]} {sc[4:]}"])
    c.a("Please provide the account details for the refund of £42.50.")
    c.c(rng.choice(["sort ", "s/c ", "sortcode "]), (sct, gs), rng.choice([" acc ", ", account no. ", " a/c "]), (acct, ga))
    return c


def say_iban(iban, rng):
    words = []
    for ch in iban:
        if ch.isdigit():
            words.append(digit_word(ch, rng, "uk"))
        else:
            words.append(say_letter(ch, rng, "nato" if rng.random() < 0.3 else "plain"))
    return words


def p_iban_call(rng):
    iban = make_iban(rng)
    c = Case("positive", f"call/{rng.choice(['banking', 'travel', 'insurance'])}: {iban[:2]} IBAN read in blocks of four over turns")
    g = c.new("IBAN", iban)
    c.a("can you give me the iban for the refund")
    blocks = [iban[i:i + 4] for i in range(0, len(iban), 4)]
    per = rng.choice([2, 3])
    for k in range(0, len(blocks), per):
        txt = " ".join(" ".join(say_iban(b, rng)) for b in blocks[k:k + per])
        if k == 0:
            c.c(op(rng), (txt, g))
        else:
            c.c((txt, g))
        if k + per < len(blocks):
            c.a(bc(rng))
    c.a("thanks the refund of " + num2(rng.randint(20, 99)) + " euro should arrive in three to five working days")
    return c


def p_iban_chat(rng):
    iban = make_iban(rng)
    c = Case("positive", f"chat/{rng.choice(['banking', 'travel', 'retail'])}: {iban[:2]} IBAN typed")
    g = c.new("IBAN", iban)
    typed = rng.choice([group4(iban), iban, group4(iban).lower(), iban[:4] + " " + iban[4:]])
    c.a("Where should we send the refund for booking ref 88213?")
    c.c(rng.choice(["IBAN ", "my iban is ", "to ", "iban: "]), (typed, g), rng.choice(["", " thanks", " (N26 account)"]))
    return c


def say_phone(num, region, rng, intl=False):
    loc = "us" if region == "us" else "uk"
    if region == "us":
        parts = chunk(num, [3, 3, 4])
        s = [say_digits(parts[0], rng, loc, doubles=0.3), say_digits(parts[1], rng, loc, doubles=0.3),
             say_digits(parts[2], rng, loc, pairs=0.4, doubles=0.3)]
        if intl:
            s.insert(0, "plus one")
        return s
    if intl:
        cc = "plus four four" if region.startswith("uk") else "plus three five three"
        rest = num[1:]
        return [cc, say_digits(rest[:3], rng, loc), say_digits(rest[3:], rng, loc, doubles=0.6, filler=0.05)]
    cut = 5 if region == "uk_mob" else (3 if num.startswith("02") or region == "ie" else 4)
    return [say_digits(num[:cut], rng, loc, doubles=0.5), say_digits(num[cut:], rng, loc, doubles=0.6, pairs=0.1, filler=0.05)]


def p_phone_call(rng):
    region = rng.choice(["uk_mob", "uk_mob", "uk_land", "us", "ie"])
    num = make_phone(rng, region)
    intl = rng.random() < 0.3
    canon = ("44" + num[1:] if region.startswith("uk") else "353" + num[1:] if region == "ie" else "1" + num) if intl else num
    c = Case("positive", f"call/{rng.choice(['telecom', 'utilities', 'retail', 'healthcare billing'])}: {region} phone {'international ' if intl else ''}split, agent interrupts")
    g = c.new("PHONE", canon)
    parts = say_phone(num, region, rng, intl)
    c.a("what's the best number to call you back on")
    c.c(op(rng), (parts[0], g))
    c.a(rng.choice(["sorry was that " + parts[0] + "?", bc(rng)]))
    if len(parts) == 2:
        c.c("yeah then ", (parts[1], g))
    else:
        c.c((parts[1], g))
        c.a(bc(rng))
        c.c((parts[2], g), " any time after " + rng.choice(["five", "two", "half six"]))
    if rng.random() < 0.4:
        g2 = c.new("PHONE", canon)
        c.a("lovely i've got ", (say_digits(canon, rng, "us" if region == "us" else "uk", doubles=0), g2))
    return c


def p_phone_chat(rng):
    region = rng.choice(["uk_mob", "uk_land", "us", "ie"])
    num = make_phone(rng, region)
    c = Case("positive", f"chat/{rng.choice(['telecom', 'retail', 'travel'])}: {region} phone typed")
    if region == "us":
        typed, canon = rng.choice([(f"({num[:3]}) {num[3:6]}-{num[6:]}", num), (f"{num[:3]}-{num[3:6]}-{num[6:]}", num),
                                   (f"+1 {num[:3]} {num[3:6]} {num[6:]}", "1" + num)])
    elif region == "ie":
        typed, canon = rng.choice([(f"{num[:3]} {num[3:6]} {num[6:]}", num), (f"+353 {num[1:3]} {num[3:]}", "353" + num[1:])])
    else:
        typed, canon = rng.choice([(f"{num[:5]} {num[5:]}", num), (num, num), (f"+44 {num[1:5]} {num[5:]}", "44" + num[1:]),
                                   (f"+44 (0){num[1:]}", "440" + num[1:])])
        if canon.startswith("440"):
            typed, canon = f"+44 {num[1:]}", "44" + num[1:]
    g = c.new("PHONE", canon)
    c.a("What number can the engineer reach you on?")
    c.c(rng.choice(["", "mob: ", "call me on ", "it's "]), (typed, g), rng.choice(["", " after 6pm", " thx"]))
    return c


def say_email(email, rng):
    local, dom = email.split("@")
    lw = []
    for piece in re.split(r"([._])", local):
        if piece == ".":
            lw.append("dot")
        elif piece == "_":
            lw.append("underscore")
        elif piece.isdigit():
            lw.append(num2(int(piece)) if len(piece) == 2 and piece[0] != "0" else say_digits(piece, rng))
        elif len(piece) <= 2:
            lw.append(" ".join(piece))
        else:
            m = re.match(r"([a-z]+?)(\d+)$", piece)
            if m:
                lw.append(m.group(1) + " " + num2(int(m.group(2))) if int(m.group(2)) >= 10 else m.group(1) + " " + ONES[int(m.group(2))])
            elif rng.random() < 0.25 and len(piece) <= 6:
                lw.append(" ".join(piece))
            else:
                lw.append(piece)
    dw = " dot ".join(dom.split("."))
    return " ".join(lw) + " at " + dw


def p_email_call(rng):
    email = make_email(rng)
    c = Case("positive", f"call/{rng.choice(['retail', 'telecom', 'insurance', 'travel'])}: email spoken with dot/at/underscore")
    g = c.new("EMAIL", email)
    c.a("and what email address should the confirmation go to")
    sp = say_email(email, rng)
    if rng.random() < 0.4:
        left, right = sp.split(" at ", 1)
        c.c(op(rng), (left, g))
        c.a(bc(rng))
        c.c(("at " + right, g))
    else:
        c.c("it's ", (sp, g), rng.choice(["", " all lower case", " no capitals"]))
    return c


def p_email_chat(rng):
    email = make_email(rng)
    c = Case("positive", "chat/retail: email typed, odd case")
    g = c.new("EMAIL", email)
    typed = email if rng.random() < 0.6 else email.capitalize()
    c.a("What's the email on the account?")
    c.c(rng.choice(["", "email is ", "its ", "try "]), (typed, g), rng.choice(["", " or maybe my work one", " :)"]))
    return c


def make_dob(rng):
    return rng.randint(1940, 2005), rng.randint(1, 12), rng.randint(1, 28)


def p_dob_call(rng):
    y, m, d = make_dob(rng)
    c = Case("positive", f"call/{rng.choice(['healthcare billing', 'banking', 'insurance', 'government services'])}: date of birth spoken")
    st = rng.randrange(4)
    if st == 0:
        txt = f"the {ordinal(d)} of {MONTHS[m - 1]} {say_year(y, rng)}"
        digits = f"{d:02d}{m:02d}" + (digits_only(normalise(say_year(y, rng))) if False else str(y))
    elif st == 1:
        txt = f"{MONTHS[m - 1]} {ordinal(d)} {say_year(y, rng)}"
        digits = f"{m:02d}{d:02d}{y}"
    elif st == 2:
        dd = say_digits(f"{d:02d}", rng, doubles=0)
        mm = say_digits(f"{m:02d}", rng, doubles=0)
        txt = f"{dd} {mm} {num2(y % 100) if y % 100 >= 10 else zero_word(rng, 'uk') + ' ' + ONES[y % 10]}"
        digits = f"{d:02d}{m:02d}{y % 100:02d}"
    else:
        txt = f"{ordinal(d)} {MONTHS[m - 1]} {say_year(y, rng)}"
        digits = f"{d:02d}{m:02d}{y}"
    g = c.new("DOB", {"digits": digits, "ymd": (y, m, d)})
    c.a("and can you confirm your date of birth for me")
    c.c(op(rng), (txt, g), rng.choice(["", " so i'm " + num2(2026 - y if 2026 - y < 100 else 99) + " now", " that's me"]))
    return c


def p_dob_chat(rng):
    y, m, d = make_dob(rng)
    c = Case("positive", "chat/healthcare billing: DOB typed in various formats")
    st = rng.randrange(4)
    if st == 0:
        txt, digits = f"{d:02d}/{m:02d}/{y}", f"{d:02d}{m:02d}{y}"
    elif st == 1:
        txt, digits = f"{m}/{d}/{y}", f"{m}{d}{y}"
    elif st == 2:
        txt, digits = f"{d} {MONTHS[m - 1].capitalize()} {y}", f"{d}{m:02d}{y}"
    else:
        txt, digits = f"{y}-{m:02d}-{d:02d}", f"{y}{m:02d}{d:02d}"
    g = c.new("DOB", {"digits": digits, "ymd": (y, m, d)})
    c.a("For security, what is the patient's date of birth?")
    c.c(rng.choice(["dob ", "DOB: ", "born ", ""]), (txt, g), rng.choice(["", " - appointment was 12/11 at 3pm"]))
    return c


def say_uk_pc(pc, rng):
    out, inn = pc.split(" ")

    def part(s):
        w = []
        for ch in s:
            w.append(digit_word(ch, rng, "uk") if ch.isdigit() else say_letter(ch, rng, "nato" if rng.random() < 0.2 else "plain"))
        return " ".join(w)
    return part(out) + " " + part(inn)


def p_address_call_uk(rng):
    num = rng.randint(1, 240)
    street = rng.choice(STREETS)
    pc = make_uk_pc(rng)
    c = Case("positive", f"call/{rng.choice(['utilities', 'telecom', 'insurance', 'retail'])}: UK street address and postcode spoken")
    ga = c.new("ADDRESS", f"{num} {street}")
    gp = c.new("POSTCODE", pc)
    c.a("can i take the first line of the address and the postcode")
    numw = num2(num) if num < 100 else ONES[num // 100] + " hundred" + ("" if num % 100 == 0 else " and " + num2(num % 100))
    if rng.random() < 0.5:
        c.c(op(rng), (f"{numw} {street}", ga))
        c.a(bc(rng))
        c.c("and the postcode is ", (say_uk_pc(pc, rng), gp))
    else:
        c.c("yeah ", (f"{numw} {street}", ga), " and it's ", (say_uk_pc(pc, rng), gp))
    c.a("thank you and the meter reading was " + say_digits(rdig(rng, 5), rng) + " yes")
    return c


def p_address_call_us(rng):
    num = rng.randint(100, 9999)
    street = rng.choice(US_STREETS)
    z = make_zip(rng)
    c = Case("positive", "call/utilities: US street address and ZIP spoken")
    ga = c.new("ADDRESS", f"{num} {street}")
    gp = c.new("POSTCODE", z)
    hi, lo = divmod(num, 100)
    numw = (num2(hi) + " " + (num2(lo) if lo >= 10 else ("oh " + ONES[lo] if lo else "hundred"))) if num >= 1000 else \
        (ONES[hi] + " " + (num2(lo) if lo >= 10 else "oh " + ONES[lo]) if lo else ONES[hi] + " hundred")
    c.a("what's the service address")
    c.c("it's ", (f"{numw} {street}", ga))
    c.a("and the zip code")
    c.c((say_digits(z, rng, "us", doubles=0.4), gp))
    return c


def p_address_chat(rng):
    c = Case("positive", "chat/retail: delivery address and postcode typed")
    if rng.random() < 0.5:
        num = rng.randint(1, 199)
        street = rng.choice(STREETS)
        pc = make_uk_pc(rng)
        typed_pc = rng.choice([pc, pc.replace(" ", ""), pc.lower()])
        addr = f"{num} {street.title() if rng.random() < 0.5 else street}"
    else:
        num = rng.randint(100, 9999)
        street = rng.choice(US_STREETS)
        pc = make_zip(rng) if rng.random() < 0.6 else make_zip(rng) + rdig(rng, 4)
        typed_pc = pc if len(pc) == 5 else pc[:5] + "-" + pc[5:]
        addr = f"{num} {street.title()}"
    ga = c.new("ADDRESS", addr)
    gp = c.new("POSTCODE", pc)
    c.a("Where should we deliver order #55102?")
    c.c((addr, ga), rng.choice([", ", " ", ", apt 4, "]), (typed_pc, gp), rng.choice(["", " pls", " - leave with neighbour"]))
    return c


def p_verify_mixed_call(rng):
    y, m, d = make_dob(rng)
    pc = make_uk_pc(rng)
    c = Case("positive", "call/banking: DOB and postcode in one turn during security check, with chit-chat")
    gd = c.new("DOB", {"digits": f"{d:02d}{m:02d}{y}", "ymd": (y, m, d)})
    gp = c.new("POSTCODE", pc)
    c.a("before we go any further i'll need your date of birth and postcode")
    c.c("okay so it's ", (f"{ordinal(d)} of {MONTHS[m - 1]} {say_year(y, rng)}", gd),
        " and the postcode is ", (say_uk_pc(pc, rng), gp), " sorry i've been on hold for like " + num2(rng.randint(20, 45)) + " minutes")
    c.a("apologies for the wait")
    return c


def p_ni_correction_call(rng):
    ni = make_ni(rng)
    c = Case("positive", "call/government services: NI number with mid-reading self-correction of a digit pair")
    g = c.new("NI_NUMBER", ni)
    ds = ni[2:8]
    bad = ds[:2] + ("%02d" % ((int(ds[2:4]) + 11) % 100))
    c.a("national insurance number please")
    c.c("yeah " + " ".join(ni[:2].lower()) + " " + say_pairs(bad, rng) + " no sorry hang on")
    c.c("let me start again ", (" ".join(ni[:2].lower()) + " " + say_pairs(ds, rng) + " " + ni[8].lower(), g))
    c.a("okay thank you")
    return c


def p_ssn_homophone_call(rng):
    ssn = make_ssn(rng)
    c = Case("positive", "call/insurance: SSN with ASR homophones (for/to/ate) and the agent interrupting")
    g = c.new("SSN", ssn)
    c.a("i just need the social to pull up the policy")
    a, rest = ssn[:5], ssn[5:]
    c.c("yeah ", (say_digits(a, rng, "us", homo=0.5, doubles=0.5), g))
    c.a("sorry could you slow down a bit")
    c.c("sure ", (say_digits(rest, rng, "us", homo=0.5, filler=0.1), g))
    return c


def p_card_readback_call(rng):
    card, kind = make_card(rng)
    c = Case("positive", f"call/travel: {kind} card, agent reads back in two groups, then expiry")
    g = c.new("CARD_NUMBER", card)
    parts = chunk(card, card_groups(card))
    c.a("go ahead with the card number")
    c.c("it's ", (" ".join(say_digits(p, rng, "uk", pairs=0.2) for p in parts), g))
    g2 = c.new("CARD_NUMBER", card)
    c.a("let me just read that back ", (" ".join(say_digits(p, rng, "uk", doubles=0) for p in parts[:2]), g2))
    c.c("yep")
    c.a((" ".join(say_digits(p, rng, "uk", doubles=0) for p in parts[2:]), g2))
    c.c("that's it and it's for the flight on the " + ordinal(rng.randint(1, 28)) + " right")
    mm, yy = rng.randint(1, 12), rng.randint(26, 31)
    ge = c.new("EXPIRY", {"digits": f"{mm:02d}{yy}", "month": mm})
    c.a("yes and the expiry")
    c.c("uh " + rng.choice(["end of ", "it says "]), (say_digits(f"{mm:02d}", rng, doubles=0) + " " + num2(yy), ge))
    return c


def p_direct_debit_call(rng):
    sc = rdig(rng, 6)
    acct = rdig(rng, 8)
    c = Case("positive", f"call/{rng.choice(['utilities', 'insurance', 'telecom'])}: direct debit set-up, sort code over two turns, account with self-correction and agent read-back")
    gs = c.new("SORT_CODE", sc)
    ga = c.new("BANK_ACCOUNT", acct)
    c.a("okay to set up the direct debit i need the sort code")
    c.c("right it's ", (say_pairs(sc[:4], rng), gs))
    c.a(bc(rng))
    c.c((say_digits(sc[4:], rng, doubles=0.6), gs))
    c.a("and the account number")
    wrong = acct[:2] + str((int(acct[2]) + 1) % 10)
    c.c("it's " + say_digits(wrong, rng) + " oh no sorry that's my old one um ", (say_digits(acct, rng, pairs=0.2, filler=0.06), ga))
    g2 = c.new("BANK_ACCOUNT", acct)
    c.a("so that's ", (say_digits(acct, rng, doubles=0), g2), " and the first payment will be " + num2(rng.randint(21, 99)) + " pounds on the " + ordinal(rng.randint(1, 28)))
    c.c("yeah that's fine")
    return c


def p_email_readback_call(rng):
    email = make_email(rng)
    c = Case("positive", f"call/{rng.choice(['travel', 'banking', 'healthcare billing'])}: email spoken then agent reads it back, customer corrects nothing")
    g = c.new("EMAIL", email)
    c.a("can i get an email address for the receipt")
    c.c("yeah um ", (say_email(email, rng), g))
    g2 = c.new("EMAIL", email)
    c.a("so that's ", (say_email(email, rng), g2), " yeah")
    c.c("yes that's the one")
    return c


def p_expiry_cvv_chat(rng):
    card, kind = make_card(rng)
    c = Case("positive", f"chat/travel: {kind} card, expiry and CVV sent as separate messages")
    g = c.new("CARD_NUMBER", card)
    mm, yy = rng.randint(1, 12), rng.randint(26, 31)
    ge = c.new("EXPIRY", {"digits": f"{mm:02d}20{yy}", "month": mm})
    n = 4 if kind == "amex" else 3
    cvv = rdig(rng, n)
    gc = c.new("CVV", cvv)
    c.a("To confirm the booking please send the card details.")
    c.c((group4(card), g))
    c.c("expires ", (f"{mm:02d}/20{yy}", ge))
    c.c("security code ", (cvv, gc))
    c.a("Thanks, the total is EUR 412.80 for 2 passengers.")
    return c


POS_CALL = [p_card_call_split, p_card_call_split, p_card_call_single, p_ssn_call, p_ssn_call, p_ni_call, p_ni_call,
            p_bank_call, p_bank_call_us, p_iban_call, p_phone_call, p_email_call, p_dob_call,
            p_address_call_uk, p_address_call_us, p_verify_mixed_call, p_ni_correction_call,
            p_ssn_homophone_call, p_card_readback_call, p_direct_debit_call, p_email_readback_call]
POS_CHAT = [p_card_chat, p_ssn_chat, p_ni_chat, p_bank_chat, p_iban_chat, p_phone_chat, p_email_chat,
            p_dob_chat, p_address_chat, p_expiry_cvv_chat]


# ---------------------------------------------------------------- negative templates
def n_amounts_call(rng):
    c = Case("negative", "call/utilities: bill amounts, dates of payment, meter reading")
    c.a("your last bill was " + num2(rng.randint(40, 99)) + " pounds " + num2(rng.randint(10, 99)) + " and it was due on the " + ordinal(rng.randint(1, 28)) + " of " + rng.choice(MONTHS))
    c.c("okay and the meter reading today is " + say_digits(rdig(rng, 5), rng) + " on the day dial")
    c.a("thank you i'll put that through the direct debit goes out on the " + ordinal(rng.randint(1, 28)))
    return c


def n_reference_call(rng):
    ref = rdig(rng, rng.choice([6, 7, 8]))
    c = Case("negative", "call/retail: order reference number read out with its reference word")
    c.a("have you got your order reference")
    c.c("yeah the order number is " + say_digits(ref, rng, doubles=0.5))
    c.a("thanks that was ordered on the " + ordinal(rng.randint(1, 28)) + " of " + rng.choice(MONTHS) + " for " + num2(rng.randint(20, 99)) + " ninety nine")
    return c


def n_flight_call(rng):
    c = Case("negative", "call/travel: flight number, times, seat and booking ref")
    c.a("which flight are you on")
    c.c("it's " + rng.choice(["e i", "f r", "b a", "u a"]) + " " + say_digits(rdig(rng, 3), rng) + " leaving at " + rng.choice(["six forty five", "ten fifteen", "half seven", "nineteen thirty"]))
    c.a("and your booking reference is " + " ".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ").lower() for _ in range(6)))
    c.c("yeah seat " + num2(rng.randint(10, 40)) + " " + rng.choice("abcdef"))
    return c


def n_claim_chat(rng):
    c = Case("negative", "chat/insurance: claim number, amount, incident date")
    c.a("Thanks for contacting us. What's your claim number?")
    c.c(f"claim no {rdig(rng, 8)} - the repair quote was ${rng.randint(1, 9)},{rdig(rng, 3)}.00 and it happened on {rng.randint(1, 12)}/{rng.randint(1, 28)}/2026")
    c.a(f"Thanks, I can see the claim was opened on {rng.randint(1, 28)} {rng.choice(MONTHS).title()} 2026, excess is £{rng.randint(100, 500)}.")
    return c


def n_contract_call(rng):
    c = Case("negative", "call/telecom: contract start date, data allowance, price, speed")
    c.a("your contract started on the " + ordinal(rng.randint(1, 28)) + " of " + rng.choice(MONTHS) + " twenty twenty " + rng.choice(["four", "five"]))
    c.c("right and i'm paying " + num2(rng.randint(20, 60)) + " pounds a month for " + num2(rng.randint(20, 99)) + " gig")
    c.a("yes and the broadband is " + rng.choice(["five hundred", "nine hundred", "one hundred and fifty"]) + " meg")
    c.c("it's more like " + num2(rng.randint(20, 80)) + " most evenings")
    return c


def n_appointment_call(rng):
    c = Case("negative", "call/healthcare billing: appointment date and time, invoice number, age")
    c.a("i can see your appointment on " + rng.choice(MONTHS) + " " + ordinal(rng.randint(1, 28)) + " at " + rng.choice(["two thirty", "nine am", "ten forty five"]))
    c.c("yeah and the invoice number is " + say_digits(rdig(rng, 7), rng) + " for my son he's " + num2(rng.randint(3, 17)))
    c.a("that invoice is for " + num2(rng.randint(100, 999) // 10) + " dollars")
    return c


def n_balance_chat(rng):
    c = Case("negative", "chat/banking: balances, percentages, counts, years")
    c.a(f"Your current balance is £{rng.randint(1000, 9999)}.{rdig(rng, 2)} and the APR is {rng.randint(10, 39)}.{rng.randint(0, 9)}%.")
    c.c(f"ok I've been with you since {rng.randint(1995, 2020)}, can I get {rng.randint(2, 6)} payment holidays?")
    c.a(f"You can take up to {rng.randint(2, 3)} in any {rng.choice([12, 24])} month period.")
    return c


def n_model_call(rng):
    c = Case("negative", "call/retail: model number, serial-like product code, quantity, temperature")
    c.a("what's the model number on the back of the fridge")
    c.c("it's " + rng.choice(["r b", "g s", "x f"]) + " " + say_digits(rdig(rng, 4), rng) + " and it's only getting to like " + num2(rng.randint(8, 15)) + " degrees")
    c.a("okay i'll order " + rng.choice(["two", "three"]) + " replacement shelves case number " + say_digits(rdig(rng, 6), rng))
    return c


def n_ticket_chat(rng):
    c = Case("negative", "chat/telecom: ticket number, times, durations, speeds")
    c.a(f"Ticket INC{rdig(rng, 7)} has been raised. Engineer visit booked for {rng.randint(8, 11)}:00-{rng.randint(12, 17)}:00.")
    c.c(f"fine, it's been down for {rng.randint(2, 72)} hours, speed test says {rng.randint(1, 9)}.{rng.randint(0, 9)} Mbps")
    return c


def n_hotel_call(rng):
    c = Case("negative", "call/travel: hotel room number, nights, price, check-in time")
    c.a("you're in room " + say_digits(str(rng.randint(101, 999)), rng) + " for " + rng.choice(["two", "three", "four"]) + " nights")
    c.c("great and the rate was " + num2(rng.randint(45, 99)) + " euro per night")
    c.a("that's right check in from " + rng.choice(["three", "two", "four"]) + " pm and the reservation number is " + say_digits(rdig(rng, 8), rng))
    return c


def n_digits_casual_call(rng):
    c = Case("negative", "call/insurance: policy number with word, years, mileage, vehicle year")
    c.a("can i take the policy number")
    c.c("um policy number " + say_digits(rdig(rng, 9), rng, doubles=0.4))
    c.a("and the car is a " + say_year(rng.randint(2008, 2024), rng) + " model with about " + num2(rng.randint(20, 99)) + " thousand miles on it")
    c.c("yeah about that")
    return c


def n_dates_chat(rng):
    c = Case("negative", "chat/government services: application date, deadline, reference")
    c.a(f"Your application ref APP-{rdig(rng, 6)} was received on {rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/2026.")
    c.c(f"ok the deadline is {rng.randint(1, 28)} {rng.choice(MONTHS).title()} right? I sent it at 14:{rng.randint(10, 59)}")
    c.a(f"Yes, processing takes {rng.randint(4, 12)} weeks.")
    return c


def n_last_four_call(rng):
    c = Case("negative", "call/banking: payment amounts and a standing order date, no identifiers")
    c.a("so the standing order is for " + num2(rng.randint(100, 999) // 10) + " pounds on the " + ordinal(rng.randint(1, 28)) + " of every month")
    c.c("yes and can you move it to the " + ordinal(rng.randint(1, 28)) + " because i get paid then")
    c.a("done that'll start from " + rng.choice(MONTHS) + " twenty twenty seven")
    return c


def n_heating_call(rng):
    c = Case("negative", "call/utilities: boiler temperature, pressure, tariff price per kWh, usage")
    c.a("what's the boiler pressure showing")
    c.c("about one point " + ONES[rng.randint(2, 9)] + " bar and the water's only getting to like " + num2(rng.randint(30, 55)) + " degrees")
    c.a("okay and you've used " + num2(rng.randint(21, 99)) + " hundred kilowatt hours this quarter at " + num2(rng.randint(21, 35)) + " point " + ONES[rng.randint(1, 9)] + " pence a unit")
    c.c("that seems a lot for a " + rng.choice(["two", "three"]) + " bed flat")
    return c


def n_queue_call(rng):
    c = Case("negative", "call/government services: queue position, wait time, case number, ages of children")
    c.a("thanks for holding you were number " + num2(rng.randint(11, 60)) + " in the queue")
    c.c("yeah i've been waiting " + num2(rng.randint(21, 59)) + " minutes it's about my case number " + say_digits(rdig(rng, 8), rng, doubles=0.5))
    c.a("i see it the kids are " + rng.choice(["four and seven", "nine and twelve", "two and five"]) + " is that right")
    c.c("yes that's them")
    return c


def n_price_chat(rng):
    c = Case("negative", "chat/retail: prices, quantities, discount code words, delivery window")
    c.a(f"The sofa is £{rng.randint(300, 1999)} with {rng.randint(10, 40)}% off until Sunday.")
    c.c(f"can I get {rng.randint(2, 4)} of the cushions at £{rng.randint(12, 40)}.99 each? delivery between 7am and 1pm pls")
    c.a(f"Yes, order #{rdig(rng, 7)} updated, total £{rng.randint(400, 2500)}.{rdig(rng, 2)}.")
    return c


def n_travel_call(rng):
    c = Case("negative", "call/travel: train times, platform, coach number, duration, price")
    c.a("the next train is at " + rng.choice(["fourteen twenty two", "eight oh five", "seventeen forty"]) + " from platform " + num2(rng.randint(1, 14)))
    c.c("and how long does it take")
    c.a("about " + rng.choice(["two hours ten", "ninety minutes", "three and a half hours"]) + " you're in coach " + rng.choice("abcdefg") + " and the fare was " + num2(rng.randint(21, 99)) + " pounds " + num2(rng.randint(10, 99)))
    c.c("great thanks")
    return c


NEG = [n_heating_call, n_queue_call, n_price_chat, n_travel_call, n_amounts_call, n_reference_call, n_flight_call, n_claim_chat, n_contract_call, n_appointment_call,
       n_balance_chat, n_model_call, n_ticket_chat, n_hotel_call, n_digits_casual_call, n_dates_chat,
       n_last_four_call]
NEG_CHAT = {n_claim_chat, n_balance_chat, n_ticket_chat, n_dates_chat}


# ---------------------------------------------------------------- generation
N_POS = 180
N_NEG = 108


def build():
    rng = random.Random(SEED)
    recs, meta = [], []
    kc = kt = 0
    for i in range(N_POS):
        if i % 3 != 2:
            fn = POS_CALL[kc % len(POS_CALL)]
            kc += 1
        else:
            fn = POS_CHAT[kt % len(POS_CHAT)]
            kt += 1
        case = fn(rng)
        cid = f"{PREFIX}-pos-{i + 1:03d}"
        recs.append(case.record(cid))
        meta.append(case)
    for i in range(N_NEG):
        fn = NEG[i % len(NEG)]
        case = fn(rng)
        cid = f"{PREFIX}-neg-{i + 1:03d}"
        recs.append(case.record(cid))
        meta.append(case)
    return recs, meta


def serialise(recs):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs)


def is_boundary(text, s, e):
    ok_l = s == 0 or not text[s - 1].isalnum()
    ok_r = e == len(text) or not text[e].isalnum()
    return ok_l and ok_r


def validate(recs, meta):
    errs = []
    ids = set()
    counts = Counter()
    for r, m in zip(recs, meta):
        cid = r["id"]
        if cid in ids:
            errs.append(f"duplicate id {cid}")
        ids.add(cid)
        if r["kind"] == "negative" and r["spans"]:
            errs.append(f"{cid}: negative with spans")
        if r["kind"] == "positive" and not r["spans"]:
            errs.append(f"{cid}: positive without spans")
        for t in r["turns"]:
            if t["speaker"] not in ("agent", "customer"):
                errs.append(f"{cid}: bad speaker")
        by_turn = {}
        for sp in r["spans"]:
            if sp["type"] not in TYPES:
                errs.append(f"{cid}: bad type")
            if not (0 <= sp["turn"] < len(r["turns"])):
                errs.append(f"{cid}: turn out of range")
                continue
            text = r["turns"][sp["turn"]]["text"]
            s, e = sp["start"], sp["end"]
            if not (0 <= s < e <= len(text)):
                errs.append(f"{cid}: offsets out of range")
                continue
            if text[s:e] != text[s:e].strip() or not (text[s].isalnum() or text[s] in "+(") \
                    or not text[e - 1].isalnum():
                errs.append(f"{cid}: span not trimmed {text[s:e]!r}")
            if not is_boundary(text, s, e):
                errs.append(f"{cid}: span not on word boundary {text[s:e]!r}")
            by_turn.setdefault(sp["turn"], []).append((s, e))
            counts[sp["type"]] += 1
        for spans in by_turn.values():
            spans.sort()
            for (a1, b1), (a2, b2) in zip(spans, spans[1:]):
                if a2 < b1:
                    errs.append(f"{cid}: overlapping spans")
        # value validation per group
        texts = {}
        for sp in m.spans:
            texts.setdefault(sp["_g"], []).append(r["turns"][sp["turn"]]["text"][sp["start"]:sp["end"]])
        for gid, parts in texts.items():
            typ, canon = m.groups[gid]
            err = validate_group(typ, " ".join(parts), canon)
            if err:
                errs.append(f"{cid}: {err} <- {' | '.join(parts)!r}")
        for gid in m.groups:
            if gid not in texts:
                errs.append(f"{cid}: group {gid} unused")
    return errs, counts


def readme(recs, counts):
    npos = sum(r["kind"] == "positive" for r in recs)
    nneg = len(recs) - npos
    ncall = sum(r["note"].startswith("call/") for r in recs)
    rows = "\n".join(f"| {t} | {counts[t]} |" for t in TYPES)
    return f"""# pii_holdout282 — held-out PII redaction evaluation set

**Never use this set for tuning.** It exists only to measure the redactor; do not
read it while changing redaction code, rules or thresholds.

## Who wrote it and how

Written by an AI helper acting as an independent author. The author did not see
the redaction code, its tests, its documentation or the other PII fixtures; the
only existing data consulted was a three-line example of the JSONL format. The
cases are generated by `scripts/make_pii_holdout282.py` from template functions;
each turn is assembled from plain-text segments and (value, TYPE) segments so
every offset is computed, never typed by hand. All values come from one
`random.Random({SEED})`; the output is byte-for-byte reproducible.
`python scripts/make_pii_holdout282.py --check` regenerates the file, checks it is
identical, that ids are unique, offsets are in range, trimmed and on word
boundaries, spans do not overlap, and validates every value after normalising the
spoken form (Luhn for cards, mod-97 for IBANs, NI number format, 9 digits for SSN,
6 for sort codes, digit counts for CVV / phone / account, UK postcode and US ZIP
shapes, date checks for DOB / expiry).

## Contents

{len(recs)} cases: {npos} positive, {nneg} negative; {ncall} are phone calls written the
way a speech recogniser writes them (lower case, numbers as words, "oh"/"o"/"nought"
for zero, "double"/"triple", digit pairs such as "forty one", ASR homophones "for",
"to"/"too", "ate", fillers "um"/"uh"/"er" inside readings, values split over several
customer turns with agent back-channels, agents interrupting and reading values back,
self-corrections). The rest are typed chat with varied separators and case.
Industries: banking, telecom, utilities, retail, insurance, travel, healthcare billing,
government services. Countries: US, UK, Ireland, EU (DE, NL, FR, ES IBANs).

| type | spans |
|---|---|
{rows}

## Annotation conventions

* A span covers the value only: from its first to its last letter/digit word, without
  lead-in words ("it's", "my social is") or trailing chit-chat. Filler words ("um", "er")
  said *inside* a reading are inside the span.
* A value read over several turns gets one span per turn (each turn's fragment).
* When the agent reads a value back, the read-back is labelled too (same type).
* False starts that the caller abandons ("four five no wait sorry ...", or a wrong
  digit pair then "no sorry") are NOT labelled; the corrected full reading is. A
  redactor may redact them without penalty on positives.
* Spelled letters include the phonetic word: "q for quebec" is inside an NI span.
* E-mails include "dot", "at", "underscore" words; addresses are house number plus
  street name (no town); postcodes / ZIP codes are separate POSTCODE spans.
* CVV and EXPIRY are labelled only when asked for in card context. DOB spans include
  "the ... of" wording ("the third of march nineteen eighty").
* Negatives contain no PII at all but are full of lookalikes: money amounts, prices,
  times, durations, counts, years, percentages, non-birth dates, order / claim /
  invoice / policy / ticket / reservation numbers said with their reference word,
  flight numbers, room numbers, model numbers, meter readings, speeds, ages,
  temperatures, balances. A negative fails if anything in it is redacted.
* Positive cases may contain such non-PII numbers too (unlabelled).
"""


def main(argv):
    check = "--check" in argv
    recs, meta = build()
    data = serialise(recs)
    errs, counts = validate(recs, meta)
    rd = readme(recs, counts)
    if check:
        if not CASES.exists() or CASES.read_text(encoding="utf-8") != data:
            errs.append("cases.jsonl differs from regenerated output")
        if not README.exists() or README.read_text(encoding="utf-8") != rd:
            errs.append("README.md differs from regenerated output")
        # re-parse the file to make sure it is valid JSONL
        if CASES.exists():
            for ln, line in enumerate(CASES.read_text(encoding="utf-8").splitlines(), 1):
                try:
                    json.loads(line)
                except json.JSONDecodeError as ex:
                    errs.append(f"line {ln}: bad json {ex}")
    else:
        OUT_DIR.mkdir(parents=True, exist_ok=True)
        CASES.write_text(data, encoding="utf-8")
        README.write_text(rd, encoding="utf-8")
    npos = sum(r["kind"] == "positive" for r in recs)
    ncall = sum(r["note"].startswith("call/") for r in recs)
    print(f"cases={len(recs)} positive={npos} negative={len(recs) - npos} calls={ncall}")
    for t in TYPES:
        print(f"  {t:13s} {counts[t]}")
    mins = {t: 12 for t in TYPES}
    mins.update({"CARD_NUMBER": 30, "NI_NUMBER": 30, "SSN": 30})
    for t, mn in mins.items():
        if counts[t] < mn:
            errs.append(f"too few {t} spans: {counts[t]} < {mn}")
    if npos < 170 or len(recs) - npos < 100:
        errs.append("too few cases")
    for e in errs[:50]:
        print("ERROR", e)
    if errs:
        print(f"FAILED with {len(errs)} problem(s)")
        return 1
    print("OK" if check else "written")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set ``pii_holdout142``.

Written by an AI helper acting as an independent test author, without seeing the
redaction code.  Standard library only.  Output is byte-for-byte reproducible
(single ``random.Random(142241124)``).

    python scripts/make_pii_holdout142.py          # write fixture + README
    python scripts/make_pii_holdout142.py --check  # regenerate and verify
"""
from __future__ import annotations

import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

SEED = 142241124
ROOT = Path(__file__).resolve().parents[1]
OUT_DIR = ROOT / "tests" / "fixtures" / "pii_holdout142"
CASES = OUT_DIR / "cases.jsonl"
README = OUT_DIR / "README.md"
PREFIX = "h142"

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE",
         "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

# ---------------------------------------------------------------- words
DIG = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
       "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
       "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty first", "twenty second",
       "twenty third", "twenty fourth", "twenty fifth", "twenty sixth", "twenty seventh",
       "twenty eighth", "twenty ninth", "thirtieth", "thirty first"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "f": "foxtrot",
        "g": "golf", "h": "hotel", "j": "juliet", "k": "kilo", "l": "lima", "m": "mike",
        "n": "november", "p": "papa", "r": "romeo", "s": "sierra", "t": "tango",
        "w": "whiskey", "x": "xray", "y": "yankee", "z": "zulu"}
ASIN = {"a": "apple", "b": "bertie", "c": "charlie", "d": "david", "e": "edward", "h": "harry",
        "j": "jack", "k": "king", "l": "london", "m": "mother", "n": "nellie", "p": "peter",
        "r": "robert", "s": "sugar", "t": "tommy", "w": "william", "x": "xmas", "y": "yellow",
        "z": "zebra", "g": "george", "f": "freddie"}


def int_words(n: int) -> str:
    """Cardinal words for 0 <= n < 10000 (used for non-PII amounts and house numbers)."""
    if n < 10:
        return DIG[n]
    if n < 20:
        return TEENS[n - 10]
    if n < 100:
        t, u = divmod(n, 10)
        return TENS[t] + ("" if u == 0 else " " + DIG[u])
    if n < 1000:
        h, r = divmod(n, 100)
        return DIG[h] + " hundred" + ("" if r == 0 else " and " + int_words(r))
    th, r = divmod(n, 1000)
    return int_words(th) + " thousand" + ("" if r == 0 else (" and " if r < 100 else " ") + int_words(r))


def pair_words(two: str) -> str:
    n = int(two)
    if n < 10:
        return "oh " + DIG[n]
    return int_words(n)


def year_words(y: int, rng: random.Random) -> str:
    if y >= 2000:
        r = y - 2000
        if r == 0:
            return "two thousand"
        if r < 10:
            return rng.choice(["two thousand and ", "two thousand ", "two thousand and "]) + DIG[r]
        return rng.choice(["twenty ", "two thousand and "]) + int_words(r)
    return int_words(y // 100) + " " + pair_words(str(y % 100).zfill(2))


class Speller:
    """Renders digit strings as an ASR transcript would write them."""

    def __init__(self, rng: random.Random, zero: str | None = None):
        self.rng = rng
        self.zero = zero or rng.choice(["zero", "oh", "oh", "o", "nought", "zero"])

    def dw(self, d: str) -> str:
        return self.zero if d == "0" else DIG[int(d)]

    def digits(self, s: str, pairs: float = 0.0, doubles: float = 0.5, homo: float = 0.0,
               filler: float = 0.0) -> str:
        rng = self.rng
        out: list[str] = []
        i = 0
        n = len(s)
        while i < n:
            d = s[i]
            run = 1
            while i + run < n and s[i + run] == d:
                run += 1
            if run >= 3 and rng.random() < doubles:
                out.append("triple " + self.dw(d))
                i += 3
            elif run >= 2 and rng.random() < doubles:
                out.append("double " + self.dw(d))
                i += 2
            elif (pairs and i + 1 < n and d != "0" and rng.random() < pairs
                  and (s[i + 1] != "0" or d == "1")):
                out.append(int_words(int(s[i:i + 2])))
                i += 2
            else:
                w = self.dw(d)
                if homo and d in "248" and rng.random() < homo:
                    w = {"2": "to", "4": "for", "8": "ate"}[d]
                out.append(w)
                i += 1
            if filler and i < n and rng.random() < filler:
                out.append(rng.choice(["um", "uh", "er", "erm"]))
        return " ".join(out)

    def letter(self, c: str, nato: float = 0.0) -> str:
        c = c.lower()
        r = self.rng.random()
        if r < nato and c in NATO:
            if self.rng.random() < 0.5:
                return f"{c} for {NATO[c]}"
            return f"{c} as in {ASIN.get(c, NATO[c])}"
        return c

    def mixed(self, s: str, nato: float = 0.0, pairs: float = 0.0) -> str:
        """Alphanumeric string: letters spelled, digit runs spoken."""
        parts = re.findall(r"[0-9]+|[A-Za-z]", s)
        out = []
        i = 0
        while i < len(parts):
            p = parts[i]
            if p.isdigit():
                out.append(self.digits(p, pairs=pairs))
            else:
                if i + 1 < len(parts) and parts[i + 1] == p and self.rng.random() < 0.4:
                    out.append("double " + p.lower())
                    i += 1
                else:
                    out.append(self.letter(p, nato))
            i += 1
        return " ".join(out)


# ---------------------------------------------------------------- value generators

def luhn_ok(num: str) -> bool:
    tot = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def gen_card(rng: random.Random) -> str:
    kind = rng.choice(["visa", "visa", "mc", "mc", "amex", "disc", "visa19"])
    if kind == "visa":
        body, n = "4" + str(rng.randint(10, 99)), 16
    elif kind == "visa19":
        body, n = "4" + str(rng.randint(10, 99)), 19
    elif kind == "mc":
        body, n = rng.choice(["51", "52", "53", "54", "55", "2221", "2720"]), 16
    elif kind == "amex":
        body, n = rng.choice(["34", "37"]), 15
    else:
        body, n = "6011", 16
    while len(body) < n - 1:
        body += str(rng.randint(0, 9))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def group_card(num: str, sep: str = " ") -> str:
    if len(num) == 15:
        return sep.join([num[:4], num[4:10], num[10:]])
    return sep.join(num[i:i + 4] for i in range(0, len(num), 4))


def gen_ssn(rng: random.Random) -> str:
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    return f"{a:03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"


NI_FIRST = "ABCEGHJKLMNPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def gen_ni(rng: random.Random) -> str:
    while True:
        p = rng.choice(NI_FIRST) + rng.choice(NI_SECOND)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + "".join(str(rng.randint(0, 9)) for _ in range(6)) + rng.choice("ABCD")


def iban_check(country: str, bban: str) -> str:
    s = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return f"{98 - int(num) % 97:02d}"


def iban_ok(iban: str) -> bool:
    s = iban[4:] + iban[:4]
    num = "".join(str(int(c, 36)) for c in s)
    return int(num) % 97 == 1


def rdig(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def gen_iban(rng: random.Random, country: str) -> str:
    if country == "GB":
        bban = rng.choice(["NWBK", "HBUK", "MIDL", "BARC"]) + rdig(rng, 14)
    elif country == "IE":
        bban = rng.choice(["AIBK", "IPBS", "ULSB"]) + rdig(rng, 14)
    elif country == "DE":
        bban = rdig(rng, 18)
    elif country == "NL":
        bban = rng.choice(["ABNA", "RABN", "INGB", "TRIN"]) + rdig(rng, 10)
    elif country == "ES":
        bban = rdig(rng, 20)
    else:  # FR
        bban = rdig(rng, 23)
    return country + iban_check(country, bban) + bban


def gen_sort(rng: random.Random) -> str:
    return rng.choice(["20", "40", "30", "60", "77", "83", "09", "11", "16", "55"]) + rdig(rng, 4)


def gen_phone(rng: random.Random, country: str) -> tuple[str, str]:
    """Returns (digits, kind)."""
    if country == "US":
        area = rng.choice(["312", "415", "617", "713", "206", "404", "646", "720", "503", "919"])
        return area + str(rng.randint(2, 9)) + rdig(rng, 2) + rdig(rng, 4), "us"
    if country == "IE":
        return "08" + rng.choice("3567") + rdig(rng, 7), "ie"
    if country == "UK":
        if rng.random() < 0.6:
            return "07" + rng.choice("4579") + rdig(rng, 8), "ukm"
        return rng.choice(["0161", "0113", "0121", "0141", "0117", "0131", "0151"]) + rdig(rng, 7), "ukl"
    return "06" + rdig(rng, 8), "nl"


FIRST = ["sarah", "james", "priya", "tom", "aoife", "liam", "grace", "marek", "chen", "fatima",
         "ella", "ben", "niamh", "dev", "carla", "sean", "hannah", "raj", "lucy", "mateo"]
LAST = ["walsh", "patel", "nguyen", "brennan", "kowalski", "hughes", "murphy", "garcia", "reid",
        "fischer", "kelly", "shah", "bennett", "doyle", "khan", "martin", "price", "ward"]
DOMAINS = ["gmail.com", "yahoo.com", "hotmail.co.uk", "outlook.com", "icloud.com", "btinternet.com",
           "eircom.net", "aol.com", "protonmail.com", "live.ie"]


def gen_email(rng: random.Random) -> str:
    f, l = rng.choice(FIRST), rng.choice(LAST)
    style = rng.randint(0, 5)
    if style == 0:
        local = f"{f}.{l}"
    elif style == 1:
        local = f"{f[0]}{l}{rng.randint(1, 99)}"
    elif style == 2:
        local = f"{f}_{l}"
    elif style == 3:
        local = f"{f}{l}{rng.randint(70, 99)}"
    elif style == 4:
        local = f"{f[0]}.{l}"
    else:
        local = f"{l}-{f}"
    return local + "@" + rng.choice(DOMAINS)


def speak_email(e: str, sp: Speller) -> str:
    rng = sp.rng
    local, dom = e.split("@")
    words: list[str] = []
    for part in re.findall(r"[a-z]+|[0-9]+|[._-]", local):
        if part == ".":
            words.append("dot")
        elif part == "_":
            words.append("underscore")
        elif part == "-":
            words.append(rng.choice(["dash", "hyphen"]))
        elif part.isdigit():
            words.append(Speller(rng, zero="zero").digits(part, pairs=0.5, doubles=0.0))
        elif len(part) == 1:
            words.append(part)
        elif rng.random() < 0.2:
            words.append(" ".join(part))  # spelled out
        else:
            words.append(part)
    words.append("at")
    d = dom.replace(".", " dot ")
    if rng.random() < 0.3:
        d = d.replace("gmail", "g mail").replace("hotmail", "hot mail").replace("icloud", "i cloud").replace("outlook", "out look")
    words.append(d)
    return " ".join(words)


UK_AREAS = ["SW", "M", "B", "LS", "EH", "G", "CF", "BS", "NG", "E", "N", "W", "SE", "L", "CB",
            "BT", "NE", "S", "LE", "RG", "BN", "PR", "DN", "HU", "CV"]
UNIT = "ABDEFGHJLNPQRSTUWXYZ"


def gen_uk_postcode(rng: random.Random) -> str:
    area = rng.choice(UK_AREAS)
    dist = str(rng.randint(1, 28)) if len(area) == 2 else str(rng.randint(1, 20))
    return f"{area}{dist} {rng.randint(1, 9)}{rng.choice(UNIT)}{rng.choice(UNIT)}"


def gen_zip(rng: random.Random) -> str:
    z = rng.choice(["606", "941", "021", "770", "981", "303", "100", "802", "972", "276"]) + rdig(rng, 2)
    if rng.random() < 0.2:
        z += "-" + rdig(rng, 4)
    return z


STREETS_UK = ["mill lane", "church street", "victoria road", "station road", "park avenue",
              "the crescent", "queens drive", "orchard close", "high street", "manor way",
              "kings court", "elm grove"]
STREETS_US = ["maple avenue", "oak street", "elm drive", "lincoln boulevard", "washington street",
              "cedar lane", "pine court", "lakeview drive", "sunset boulevard", "park place"]
STREETS_IE = ["main street", "castle road", "church lane", "seaview park", "abbey road", "oak drive"]


def titlecase(s: str) -> str:
    return " ".join(w.capitalize() for w in s.split())


# ---------------------------------------------------------------- normalisers / validators
SPOKEN_SKIP = {"um", "uh", "er", "erm", "ah", "and", "plus", "slash"}
ZEROS = {"zero": "0", "oh": "0", "o": "0", "nought": "0"}
DIGW = {w: str(i) for i, w in enumerate(DIG)}
DIGW.update(ZEROS)
HOMO = {"to": "2", "for": "4", "ate": "8", "too": "2"}


def norm_spoken(text: str) -> str:
    toks = re.findall(r"[a-z0-9]+", text.lower())
    out: list[str] = []
    i = 0
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if t in SPOKEN_SKIP:
            i += 1
            continue
        if t in ("double", "triple") and nxt is not None:
            k = 2 if t == "double" else 3
            if nxt in DIGW:
                out.append(DIGW[nxt] * k)
            elif len(nxt) == 1 and nxt.isalpha():
                out.append(nxt.upper() * k)
            else:
                raise ValueError(f"bad token after {t}: {nxt}")
            i += 2
            continue
        if len(t) == 1 and t.isalpha() and t != "o":
            if nxt == "for" and i + 2 < len(toks) and toks[i + 2][0] == t:
                out.append(t.upper())
                i += 3
                continue
            if nxt == "as" and i + 3 < len(toks) and toks[i + 2] == "in" and toks[i + 3][0] == t:
                out.append(t.upper())
                i += 4
                continue
            out.append(t.upper())
            i += 1
            continue
        if t in DIGW:
            out.append(DIGW[t])
        elif t in HOMO:
            out.append(HOMO[t])
        elif t in TEENS:
            out.append(str(10 + TEENS.index(t)))
        elif t in TENS and t:
            v = TENS.index(t)
            if nxt in DIGW and nxt not in ZEROS and nxt != "zero":
                out.append(f"{v}{DIGW[nxt]}")
                i += 1
            else:
                out.append(f"{v}0")
        elif t == "hundred":
            out.append("00")
        elif t.isdigit():
            out.append(t)
        elif re.fullmatch(r"[a-z]{2}", t) or re.fullmatch(r"[a-z]+[0-9][a-z0-9]*", t):
            out.append(t.upper())  # e.g. asr wrote "qq" or "sw1a"
        else:
            raise ValueError(f"unknown spoken token {t!r} in {text!r}")
        i += 1
    return "".join(out)


def norm_typed(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9]", "", text).upper()


def norm_email_spoken(text: str) -> str:
    toks = text.lower().split()
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        if t == "dot":
            out.append(".")
        elif t == "at":
            out.append("@")
        elif t == "underscore":
            out.append("_")
        elif t in ("dash", "hyphen"):
            out.append("-")
        elif t in DIG:
            out.append(str(DIG.index(t)))
        elif t in TEENS:
            out.append(str(10 + TEENS.index(t)))
        elif t in TENS and t:
            v = TENS.index(t)
            if i + 1 < len(toks) and toks[i + 1] in DIG[1:]:
                out.append(f"{v}{DIG.index(toks[i + 1])}")
                i += 1
            else:
                out.append(f"{v}0")
        else:
            out.append(t)
        i += 1
    return "".join(out)


UK_PC = re.compile(r"^[A-Z]{1,2}[0-9][A-Z0-9]?[0-9][A-Z]{2}$")
NI_RE = re.compile(r"^[A-CEGHJ-PR-TW-Z]{2}[0-9]{6}[A-D]$")
MONTH_RE = re.compile("|".join(MONTHS + [m[:3] for m in MONTHS]))


def validate_group(typ: str, canon: str, texts: list[str], mode: str, partial: bool) -> list[str]:
    """Return list of problems for one value (possibly spread over several spans)."""
    errs: list[str] = []
    joined = " ".join(texts)
    if typ in ("EMAIL",):
        got = norm_email_spoken(joined) if mode == "spoken" else joined.lower()
        if got != canon.lower():
            errs.append(f"email mismatch {got!r} != {canon!r}")
        if not re.fullmatch(r"[a-z0-9._-]+@[a-z0-9.-]+\.[a-z]{2,}", canon):
            errs.append("bad email shape")
        return errs
    if typ in ("DOB", "EXPIRY", "ADDRESS"):
        low = joined.lower()
        if typ == "ADDRESS":
            if not re.search(r"\b(lane|street|road|avenue|close|way|court|drive|grove|crescent|boulevard|place|park|st|rd|ave)\b", low):
                errs.append("address without street word")
            if not re.match(r"^(\d+[a-z]?|flat|apartment|apt|unit|[a-z]+)\b", low):
                errs.append("address start")
        elif typ == "DOB":
            if not (MONTH_RE.search(low) or re.search(r"\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}", low)
                    or re.search(r"\d{4}-\d{2}-\d{2}", low) or len(norm_spoken(low)) >= 6):
                errs.append("dob shape")
        else:
            try:
                ok = (MONTH_RE.search(low) or re.search(r"\d{1,2}\s*[/-]\s*\d{2,4}", low)
                      or 3 <= len(norm_spoken(low)) <= 6)
            except ValueError as e:
                ok = False
                errs.append(str(e))
            if not ok:
                errs.append("expiry shape")
        return errs
    try:
        got = norm_spoken(joined) if mode == "spoken" else norm_typed(joined)
    except ValueError as e:
        return [str(e)]
    if partial == "frag":
        if got not in canon or got == canon:
            errs.append(f"fragment {got!r} not in {canon!r}")
        return errs
    if partial:
        if not canon.startswith(got) or got == canon:
            errs.append(f"partial {got!r} not strict prefix of {canon!r}")
        return errs
    if got != canon:
        errs.append(f"{typ} normalised {got!r} != canonical {canon!r}")
    if typ == "CARD_NUMBER" and not (13 <= len(canon) <= 19 and canon.isdigit() and luhn_ok(canon)):
        errs.append("card not luhn/len")
    elif typ == "IBAN" and not iban_ok(canon):
        errs.append("iban mod97")
    elif typ == "NI_NUMBER" and not NI_RE.match(canon):
        errs.append("ni shape")
    elif typ == "SSN" and not re.fullmatch(r"\d{9}", canon):
        errs.append("ssn digits")
    elif typ == "SORT_CODE" and not re.fullmatch(r"\d{6}", canon):
        errs.append("sort digits")
    elif typ == "CVV" and not re.fullmatch(r"\d{3,4}", canon):
        errs.append("cvv digits")
    elif typ == "PHONE" and not re.fullmatch(r"\d{10,13}", canon):
        errs.append("phone digits")
    elif typ == "BANK_ACCOUNT" and not re.fullmatch(r"\d{6,12}", canon):
        errs.append("account digits")
    elif typ == "POSTCODE" and not (UK_PC.match(canon) or re.fullmatch(r"\d{5}(\d{4})?", canon)):
        errs.append("postcode shape")
    return errs


# ---------------------------------------------------------------- case builder
class Case:
    def __init__(self, cid: str, kind: str, note: str):
        self.cid, self.kind, self.note = cid, kind, note
        self.turns: list[dict] = []
        self.spans: list[dict] = []
        self.groups: dict[int, dict] = {}
        self._gid = 0

    def group(self, typ: str, canon: str, mode: str, partial: bool = False) -> int:
        self._gid += 1
        self.groups[self._gid] = {"type": typ, "canon": canon, "mode": mode, "partial": partial,
                                  "spans": []}
        return self._gid

    def say(self, speaker: str, *segs) -> None:
        text = ""
        ti = len(self.turns)
        for seg in segs:
            if isinstance(seg, str):
                text += seg
            else:
                val, gid = seg
                start = len(text)
                text += val
                g = self.groups[gid]
                self.spans.append({"turn": ti, "start": start, "end": len(text), "type": g["type"]})
                g["spans"].append(len(self.spans) - 1)
        self.turns.append({"speaker": speaker, "text": text})

    def record(self) -> dict:
        return {"id": self.cid, "kind": self.kind, "turns": self.turns,
                "spans": sorted(self.spans, key=lambda s: (s["turn"], s["start"])), "note": self.note}


# ---------------------------------------------------------------- renderers
def render(typ: str, ctx: dict, rng: random.Random, mode: str) -> tuple[str, str]:
    """Return (surface text, canonical value) for a fresh value of ``typ``."""
    country = ctx["country"]
    sp = ctx["sp"]
    if typ == "CARD_NUMBER":
        c = gen_card(rng)
        if mode == "typed":
            f = rng.randint(0, 4)
            if f == 0:
                return c, c
            if f == 1:
                return group_card(c, "-"), c
            if f == 2 and len(c) == 16:
                seps = [rng.choice([" ", "-", "  ", ".", ""]) for _ in range(3)]
                return c[:4] + seps[0] + c[4:8] + seps[1] + c[8:12] + seps[2] + c[12:], c
            return group_card(c, " "), c
        groups = group_card(c, " ").split(" ")
        return " ".join(sp.digits(g, pairs=rng.choice([0, 0, 0.5]), filler=0.05, homo=0.05) for g in groups), c
    if typ == "CVV":
        c = rdig(rng, 4 if rng.random() < 0.15 else 3)
        if mode == "typed":
            return c, c
        return sp.digits(c, pairs=rng.choice([0, 0.4])), c
    if typ == "EXPIRY":
        m, y = rng.randint(1, 12), rng.randint(25, 31)
        canon = f"{m:02d}{y}"
        if mode == "typed":
            return rng.choice([f"{m:02d}/{y}", f"{m:02d}/20{y}", f"{m}/{y}", f"{m:02d}-{y}",
                               f"{MONTHS[m-1][:3].capitalize()} 20{y}", f"{m:02d} / {y}"]), canon
        f = rng.randint(0, 4)
        if f == 0:
            return f"{sp.dw('0') if m < 10 else ''}{' ' if m < 10 else ''}{int_words(m)} {int_words(y)}".strip(), canon
        if f == 1:
            return f"{MONTHS[m-1]} {int_words(y)}", canon
        if f == 2:
            return f"{MONTHS[m-1]} twenty {int_words(y)}", canon
        if f == 3:
            return sp.digits(f"{m:02d}{y}"), canon
        return f"{int_words(m)} slash {int_words(y)}", canon
    if typ == "SSN":
        c = gen_ssn(rng)
        if mode == "typed":
            return rng.choice([f"{c[:3]}-{c[3:5]}-{c[5:]}", f"{c[:3]} {c[3:5]} {c[5:]}", c,
                               f"{c[:3]}.{c[3:5]}.{c[5:]}"]), c
        return f"{sp.digits(c[:3])} {sp.digits(c[3:5], pairs=0.3)} {sp.digits(c[5:], pairs=0.3, filler=0.1)}", c
    if typ == "NI_NUMBER":
        c = gen_ni(rng)
        if mode == "typed":
            f = rng.randint(0, 3)
            if f == 0:
                return f"{c[:2]} {c[2:4]} {c[4:6]} {c[6:8]} {c[8]}", c
            if f == 1:
                return c.lower(), c
            if f == 2:
                return c, c
            return f"{c[:2]}-{c[2:4]}-{c[4:6]}-{c[6:8]}-{c[8]}", c
        nato = rng.choice([0, 0, 0.6])
        p = sp.mixed(c[:2], nato=nato)
        digs = sp.digits(c[2:8], pairs=rng.choice([0, 0.7]), doubles=0.4)
        return f"{p} {digs} {sp.letter(c[8], nato)}", c
    if typ == "BANK_ACCOUNT":
        n = 8 if country in ("UK", "IE") else rng.choice([9, 10, 12])
        c = rdig(rng, n)
        if mode == "typed":
            return (c if rng.random() < 0.7 else f"{c[:4]} {c[4:]}"), c
        return sp.digits(c, pairs=rng.choice([0, 0.3]), filler=0.05), c
    if typ == "SORT_CODE":
        c = gen_sort(rng)
        if mode == "typed":
            return rng.choice([f"{c[:2]}-{c[2:4]}-{c[4:]}", c, f"{c[:2]} {c[2:4]} {c[4:]}"]), c
        if rng.random() < 0.5:
            return " ".join(pair_words(c[i:i + 2]) if c[i] != "0" else sp.digits(c[i:i + 2])
                            for i in (0, 2, 4)), c
        return sp.digits(c), c
    if typ == "IBAN":
        cc = {"UK": "GB", "IE": "IE", "US": "DE"}.get(country, ctx.get("eu", "DE"))
        c = gen_iban(rng, cc)
        if mode == "typed":
            g = " ".join(c[i:i + 4] for i in range(0, len(c), 4))
            return rng.choice([g, c, g.lower()]), c
        return sp.mixed(c, nato=rng.choice([0, 0.3])), c
    if typ == "PHONE":
        d, kind = gen_phone(rng, country)
        intl = rng.random() < 0.3
        cc = {"us": "1", "ie": "353", "ukm": "44", "ukl": "44", "nl": "31"}[kind]
        nat = d[1:] if kind != "us" else d
        canon = (cc + nat) if intl else d
        if mode == "typed":
            if kind == "us":
                s = rng.choice([f"({d[:3]}) {d[3:6]}-{d[6:]}", f"{d[:3]}-{d[3:6]}-{d[6:]}", f"{d[:3]}.{d[3:6]}.{d[6:]}", d])
                return (f"+1 {d[:3]} {d[3:6]} {d[6:]}" if intl else s), canon
            if intl:
                return f"+{cc} {nat[:len(nat)-6]} {nat[-6:]}", canon
            if kind == "ie":
                return rng.choice([f"{d[:3]} {d[3:6]} {d[6:]}", d, f"{d[:3]}-{d[3:]}"]), canon
            return rng.choice([f"{d[:5]} {d[5:]}", d, f"{d[:4]} {d[4:7]} {d[7:]}"]), canon
        if intl:
            return f"plus {sp.digits(cc, doubles=0.3)} {sp.digits(nat, pairs=0.2, homo=0.05, filler=0.05)}", canon
        if kind == "us" and rng.random() < 0.4:
            return f"{sp.digits(d[:3])} {sp.digits(d[3:6])} {sp.digits(d[6:8], pairs=1)} {sp.digits(d[8:], pairs=1)}", canon
        return sp.digits(d, pairs=rng.choice([0, 0.25]), homo=0.05, filler=0.05), canon
    if typ == "EMAIL":
        e = gen_email(rng)
        if mode == "typed":
            return (e if rng.random() < 0.8 else e.capitalize()), e
        return speak_email(e, sp), e
    if typ == "DOB":
        y, m, dd = rng.randint(1941, 2004), rng.randint(1, 12), rng.randint(1, 28)
        canon = f"{y:04d}{m:02d}{dd:02d}"
        if mode == "typed":
            if country == "US":
                return rng.choice([f"{m:02d}/{dd:02d}/{y}", f"{m}/{dd}/{y}", f"{MONTHS[m-1].capitalize()} {dd}, {y}"]), canon
            return rng.choice([f"{dd:02d}/{m:02d}/{y}", f"{dd}.{m}.{y}", f"{dd} {MONTHS[m-1].capitalize()} {y}",
                               f"{y}-{m:02d}-{dd:02d}", f"{dd:02d}-{m:02d}-{y}"]), canon
        f = rng.randint(0, 3)
        if f == 0:
            return f"{ORD[dd]} of {MONTHS[m-1]} {year_words(y, rng)}", canon
        if f == 1:
            return f"{MONTHS[m-1]} {ORD[dd]} {year_words(y, rng)}", canon
        if f == 2:
            return f"{MONTHS[m-1]} {int_words(dd)} {year_words(y, rng)}", canon
        return f"{ORD[dd]} {MONTHS[m-1]} {pair_words(str(y % 100).zfill(2))}", canon
    if typ == "POSTCODE":
        if country == "US":
            z = gen_zip(rng)
            c = z.replace("-", "")
            if mode == "typed":
                return z, c
            return sp.digits(c, doubles=0.3), c
        pc = gen_uk_postcode(rng)
        c = pc.replace(" ", "")
        if mode == "typed":
            return rng.choice([pc, pc.lower(), c, c.lower()]), c
        return sp.mixed(c, nato=rng.choice([0, 0, 0.3]), pairs=0.0), c
    if typ == "ADDRESS":
        streets = {"US": STREETS_US, "IE": STREETS_IE}.get(country, STREETS_UK)
        st = rng.choice(streets)
        n = rng.randint(1, 240) if country != "US" else rng.randint(10, 9800)
        flat = rng.random() < 0.2
        if mode == "typed":
            base = f"{n} {titlecase(st)}"
            if st.startswith("the "):
                base = f"{n} {titlecase(st)}"
            if flat:
                base = f"Flat {rng.randint(1, 12)}, {base}"
            return (base if rng.random() < 0.7 else base.lower()), base
        if n >= 100 and n % 100 and (n >= 1000 or rng.random() < 0.5):
            num = f"{int_words(n // 100)} {pair_words(str(n % 100).zfill(2))}"
        elif n >= 1000 and n % 100 == 0:
            num = f"{int_words(n // 100)} hundred"
        else:
            num = int_words(n)
        base = f"{num} {st}"
        if flat:
            base = f"flat {int_words(rng.randint(1, 12))} {base}"
        return base, base
    raise KeyError(typ)


def split_points(typ: str, canon: str, text: str, mode: str, rng: random.Random, sp: Speller) -> list[str] | None:
    """Re-render a value as 2-4 chunks (spoken separately) for multi-turn readings."""
    if typ == "CARD_NUMBER":
        gs = group_card(canon, " ").split(" ")
        if rng.random() < 0.4 and len(gs) == 4:
            gs = [gs[0] + gs[1], gs[2], gs[3]]
    elif typ in ("BANK_ACCOUNT", "SSN", "PHONE") and canon.isdigit() and mode == "spoken":
        if typ == "SSN":
            gs = [canon[:3], canon[3:5], canon[5:]]
        elif typ == "PHONE" and len(canon) >= 10 and canon.startswith("0"):
            k = 5 if len(canon) == 11 else 3
            gs = [canon[:k], canon[k:]]
        elif typ == "PHONE":
            gs = [canon[:3], canon[3:6], canon[6:]]
        else:
            k = len(canon) // 2
            gs = [canon[:k], canon[k:]]
    elif typ == "IBAN":
        gs = [canon[i:i + 4] for i in range(0, len(canon), 4)]
        gs = [" ".join(gs[:2]), " ".join(gs[2:4]), " ".join(gs[4:])]
    elif typ == "NI_NUMBER" and mode == "spoken":
        gs = [canon[:2], canon[2:8], canon[8]]
    else:
        return None
    out = []
    for g in gs:
        if mode == "typed":
            out.append(g)
        elif typ in ("IBAN", "NI_NUMBER") and re.search("[A-Z]", g):
            out.append(sp.mixed(g.replace(" ", ""), nato=0.3))
        else:
            out.append(sp.digits(g.replace(" ", ""), pairs=rng.choice([0, 0.3]), filler=0.05))
    return out


# ---------------------------------------------------------------- non-PII fillers
CUR = {"US": ("$", "dollars", "cents"), "UK": ("£", "pounds", "p"), "IE": ("€", "euro", "cent"),
       "EU": ("€", "euro", "cent")}


def np_amount(ctx, rng):
    sym, word, _ = CUR[ctx["country"]]
    a, c = rng.choice([rng.randint(5, 150), rng.randint(5, 400), rng.randint(100, 1400)]), rng.choice([0, 0, 99, 50, 49, 25, 10, 75])
    if ctx["mode"] == "typed":
        return f"{sym}{a}" + (f".{c:02d}" if c else "")
    if c == 0 or a >= 100 and rng.random() < 0.5:
        return f"{int_words(a)} {word}"
    if a >= 100:
        return f"{int_words(a)} {word} and {int_words(c)} {ctx_cents(ctx)}"
    return rng.choice([f"{int_words(a)} {word} {int_words(c)}", f"{int_words(a)} {int_words(c)}"])


def ctx_cents(ctx):
    return {"US": "cents", "UK": "pence", "IE": "cent", "EU": "cent"}[ctx["country"]]


def np_date(ctx, rng):
    d, m = rng.randint(1, 28), rng.randint(1, 12)
    if ctx["mode"] == "typed":
        return rng.choice([f"{d} {MONTHS[m-1].capitalize()}", f"{MONTHS[m-1].capitalize()} {d}",
                           f"the {d}{'st' if d in (1, 21) else 'nd' if d in (2, 22) else 'rd' if d in (3, 23) else 'th'}", rng.choice(["Monday", "Tuesday", "Friday"])])
    return rng.choice([f"the {ORD[d]} of {MONTHS[m-1]}", f"{MONTHS[m-1]} {ORD[d]}", f"the {ORD[d]}",
                       rng.choice(["monday", "last tuesday", "friday just gone"])])


def np_ref(ctx, rng):
    word = ctx.get("refword") or rng.choice(["order number", "reference", "ticket number", "claim number",
                                             "invoice number", "case number", "booking reference"])
    n = rdig(rng, rng.randint(5, 9)).lstrip("0") or "7"
    if ctx["mode"] == "typed":
        return f"{word} {rng.choice(['', '#'])}{n}"
    return f"{word} {Speller(rng).digits(n, pairs=0.2)}"


def np_time(ctx, rng):
    h, m = rng.randint(1, 11), rng.choice([0, 15, 30, 45])
    if ctx["mode"] == "typed":
        return f"{h}:{m:02d}{rng.choice(['pm', 'am', ''])}"
    if m == 0:
        return f"{int_words(h)} o'clock"
    if m == 30:
        return rng.choice([f"half past {int_words(h)}", f"{int_words(h)} thirty"])
    return f"{int_words(h)} {int_words(m)}"


def np_num(ctx, rng, lo, hi):
    n = rng.randint(lo, hi)
    return str(n) if ctx["mode"] == "typed" else int_words(n)


def np_year(ctx, rng):
    y = rng.randint(2012, 2025)
    return str(y) if ctx["mode"] == "typed" else year_words(y, rng)


FILL = {
    "amt": np_amount, "amt2": np_amount, "bal": np_amount, "date": np_date, "date2": np_date,
    "ref": np_ref, "time": np_time, "year": np_year,
    "mins": lambda c, r: np_num(c, r, 5, 55) + " minutes",
    "days": lambda c, r: np_num(c, r, 2, 14) + " days",
    "qty": lambda c, r: np_num(c, r, 2, 6),
    "pct": lambda c, r: (np_num(c, r, 5, 40) + ("%" if c["mode"] == "typed" else " percent")),
    "mbps": lambda c, r: np_num(c, r, 3, 80) + (" Mbps" if c["mode"] == "typed" else " meg"),
    "mbps2": lambda c, r: np_num(c, r, 100, 900) + (" Mbps" if c["mode"] == "typed" else " meg"),
    "meter": lambda c, r: (rdig(r, 5) if c["mode"] == "typed" else Speller(r).digits(rdig(r, 5))),
    "model": lambda c, r: (r.choice(["HH6", "X700", "SR-240", "TV55Q80"]) if c["mode"] == "typed"
                           else r.choice(["h h six", "x seven hundred", "s r two forty"])),
    "flight": lambda c, r: ((r.choice(["EI", "BA", "FR", "UA"]) + str(r.randint(100, 989))) if c["mode"] == "typed"
                            else r.choice(["e i ", "b a ", "f r ", "u a "]) + r.choice([DIG[r.randint(1, 9)] + " " + int_words(r.randint(11, 99)), Speller(r).digits(str(r.randint(100, 989)))])),
    "room": lambda c, r: np_num(c, r, 101, 640),
    "age": lambda c, r: np_num(c, r, 19, 88),
    "temp": lambda c, r: np_num(c, r, 16, 24) + (" degrees"),
    "kwh": lambda c, r: np_num(c, r, 180, 900) + (" kWh" if c["mode"] == "typed" else " kilowatt hours"),
}


def fill(tpl: str, ctx: dict, rng: random.Random) -> str:
    def rep(m):
        return FILL[m.group(1)](ctx, rng)
    s = re.sub(r"\{(\w+)\}", rep, tpl)
    if ctx["mode"] == "typed" and rng.random() < 0.6:
        s = s[:1].upper() + s[1:]
    return s


INDUSTRIES = {
    "banking": {
        "co": ["the bank", "card services", "fraud team"],
        "problem": ["there's a payment of {amt} on my statement from {date} that i don't recognise",
                    "my card got declined twice this morning at about {time} trying to pay {amt}",
                    "i was charged an overdraft fee of {amt} even though i paid in {amt2} on {date}",
                    "i need to increase my daily limit it's only {amt} and i've got a payment of {amt2} to make"],
        "resolve": ["okay i've raised a dispute under {ref} and you should see a temporary credit of {amt} within {days}",
                    "right i can see the transaction pending since {date} i've refunded the fee of {amt} it'll show in {days}",
                    "done your new limit is {amt} effective from {time} today"],
        "follow": ["and will that affect my balance of {bal} at all", "how long does that normally take",
                   "is there anything i need to do on the app"],
        "answer": ["no your available balance stays at {bal} until it clears", "usually {days} but sometimes up to {days}",
                   "no just keep an eye out for a text with {ref}"],
    },
    "telecom": {
        "co": ["mobile support", "broadband support", "the network"],
        "problem": ["my broadband keeps dropping out i'm paying for {mbps2} and getting about {mbps}",
                    "my bill this month is {amt} when it's normally {amt2}", "i want to upgrade my phone my contract started in {year}",
                    "the router the {model} has a red light since {date}"],
        "resolve": ["i've booked an engineer for {date} between eight and {time} your {ref}",
                    "i've applied a credit of {amt} and the next bill will be {amt2}", "i can do a sim only deal at {amt} a month for {qty} months"],
        "follow": ["will i be charged for the engineer", "and what about the {pct} price rise", "can i keep my number"],
        "answer": ["no there's no charge if it's a network fault", "that goes up in april by {pct} i'm afraid",
                   "yes the transfer takes about {days}"],
    },
    "utilities": {
        "co": ["energy customer services", "the water company", "gas and electric"],
        "problem": ["i want to give a meter reading it's {meter} and the bill says i used {kwh}",
                    "my direct debit went up from {amt} to {amt2} without any warning", "i'm moving out on {date} and need a final bill",
                    "the heating engineer is meant to come at {time} on {date}"],
        "resolve": ["i've updated the reading and the revised bill is {amt} you'll get it within {days}",
                    "i've set the direct debit back to {amt} from {date}", "your final bill will go out {days} after {date}"],
        "follow": ["does that include the standing charge", "what's the unit rate now", "will the credit of {amt} come back to me"],
        "answer": ["yes that's {amt} a day included", "it's about {pct} lower than last year", "yes within {days} of the final bill"],
    },
    "retail": {
        "co": ["online orders", "customer care", "the store"],
        "problem": ["i ordered {qty} items on {date} and only one arrived {ref}", "i was charged {amt} twice for the same order",
                    "the tv i bought model {model} stopped working after {days}", "i'm trying to return a jacket that was {amt}"],
        "resolve": ["i've sent the missing items out again they'll be with you by {date}", "i've refunded the duplicate {amt} it takes {days}",
                    "i've arranged a collection on {date} between {time} and six"],
        "follow": ["can i get the discount code for {pct} off as well", "do i need the original box", "will the refund go back on the same card"],
        "answer": ["yes i've added {pct} off your next order", "no the box isn't needed", "yes same card within {days}"],
    },
    "insurance": {
        "co": ["claims", "motor insurance", "home insurance"],
        "problem": ["i need to make a claim somebody reversed into my car on {date} at about {time}",
                    "my renewal came in at {amt} and last year it was {amt2}", "i want to add my son he's {age} to the policy",
                    "there was a leak in the kitchen on {date} and the repair quote is {amt}"],
        "resolve": ["i've opened {ref} and the excess is {amt}", "i can bring that down to {amt} if you pay annually",
                    "adding a driver aged {age} comes to an extra {amt} for the year"],
        "follow": ["how long will the claim take", "does that include the no claims discount of {pct}", "do you need photos"],
        "answer": ["usually about {days} once the assessor's been", "yes that's already applied", "yes upload them against {ref}"],
    },
    "travel": {
        "co": ["reservations", "the airline", "hotel bookings"],
        "problem": ["my flight {flight} on {date} has been cancelled", "i'm in room {room} and the air con is stuck on {temp}",
                    "i need to change my booking {ref} to {date}", "my bag didn't arrive on flight {flight} this morning"],
        "resolve": ["i've rebooked you on {flight} departing at {time} on {date}", "the change fee is {amt} plus the fare difference of {amt2}",
                    "i've logged it as {ref} and the bag should be delivered within {days}"],
        "follow": ["can i get a refund instead", "will i still get my seat", "is there compensation"],
        "answer": ["yes that would be {amt} back within {days}", "yes your seat is held for you", "you may be entitled to {amt} i'll send the form"],
    },
    "healthcare": {
        "co": ["patient billing", "the billing office", "accounts"],
        "problem": ["i got a bill for {amt} for an appointment on {date} that insurance should have covered",
                    "i'd like to set up a payment plan for the balance of {bal}", "i was charged a copay of {amt} twice"],
        "resolve": ["i've resubmitted the claim {ref} and put the account on hold for {days}",
                    "i can do {qty} monthly payments of {amt} starting {date}", "i've reversed the second copay of {amt}"],
        "follow": ["will that go to collections", "is there any interest on that", "when is the next statement"],
        "answer": ["no not while it's on hold", "no it's zero percent", "the next statement goes out on {date}"],
    },
    "government": {
        "co": ["the tax office", "the benefits helpline", "the licensing office"],
        "problem": ["i got a letter saying i owe {amt} from the {year} tax year", "my payment of {amt} didn't arrive on {date}",
                    "i need to renew my licence it expires on {date}", "i'm checking on my application from {date} {ref}"],
        "resolve": ["i can see the payment was issued on {date} and it should reach you within {days}",
                    "the underpayment is {amt} and you can spread it over {qty} months", "your application is at stage {qty} of five"],
        "follow": ["do i need to send anything else", "what time are you open until", "can i do it online"],
        "answer": ["no we have everything we need", "we're open until {time}", "yes it takes about {mins}"],
    },
}

COUNTRY_TYPES = {
    "US": ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "BANK_ACCOUNT", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"],
    "UK": ["CARD_NUMBER", "CVV", "EXPIRY", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE", "IBAN", "PHONE", "EMAIL",
           "DOB", "POSTCODE", "ADDRESS"],
    "IE": ["CARD_NUMBER", "CVV", "EXPIRY", "BANK_ACCOUNT", "IBAN", "PHONE", "EMAIL", "DOB", "ADDRESS"],
    "EU": ["CARD_NUMBER", "CVV", "EXPIRY", "IBAN", "PHONE", "EMAIL", "DOB"],
}

ASK = {
    "CARD_NUMBER": ["what's the long number on the front of the card", "can i take the card number please",
                    "go ahead with the sixteen digits on the card", "and the card number you'd like to use"],
    "CVV": ["and the three digits on the back", "what's the security code on the back", "last thing the cvv please"],
    "EXPIRY": ["and the expiry date", "when does the card expire", "what's the expiry on that card"],
    "SSN": ["can i get your social security number", "i'll need your social to verify", "what's your ssn please"],
    "NI_NUMBER": ["can you give me your national insurance number", "what's your ni number please",
                  "i'll need your national insurance number to find the record"],
    "BANK_ACCOUNT": ["what's the account number", "and the account number it's going into", "can you read me the account number"],
    "SORT_CODE": ["and the sort code", "what's the sort code for that account", "can i have the sort code"],
    "IBAN": ["can you give me the iban", "what's the iban for the refund", "i'll need the iban of the account"],
    "PHONE": ["what's the best number to reach you on", "can i take a contact number", "what mobile number is on the account"],
    "EMAIL": ["what email address should we send it to", "can you confirm the email on the account", "what's your email"],
    "DOB": ["can you confirm your date of birth", "and your date of birth please", "what's the date of birth on the account"],
    "POSTCODE": ["and the postcode", "can you confirm the postcode", "what's the postcode at the property"],
    "ADDRESS": ["can you confirm the first line of the address", "what's the address", "and the street address please"],
}
ASK_US = {"POSTCODE": ["and the zip code", "what's the zip code on file", "can you confirm your zip"]}
LEAD = ["", "", "yeah it's ", "sure it's ", "okay so it's ", "right um ", "yep ", "it should be ", "that'll be ",
        "hang on let me find it okay it's ", "uh "]
TRAIL = ["", "", "", " i think", " yeah", " is that okay", " sorry it's a bit noisy here"]
LEAD_CHAT = ["", "", "its ", "It's ", "sure, ", "ok ", "yes ", "Sure it is ", "one sec... ", "here you go: "]
TRAIL_CHAT = ["", "", "", " thanks", ".", " :)", " - is that ok?", " (i think)"]
BACK = ["mhm", "okay", "yep", "okay go on", "uh huh", "right", "got that", "yes"]
TYPE_WORD = {"CVV": ["the security code is ", "the three digits are ", "cvv "],
             "EXPIRY": ["expiry ", "the expiry's ", "it expires "], "SORT_CODE": ["sort code ", "the sort code is "],
             "BANK_ACCOUNT": ["account number ", "the account's "], "POSTCODE": ["postcode ", "the postcode's "],
             "DOB": ["my date of birth is ", "date of birth ", "i was born "], "PHONE": ["my number's ", "mobile is "],
             "EMAIL": ["email is ", "my email's "], "CARD_NUMBER": ["card number "], "IBAN": ["iban "],
             "NI_NUMBER": ["ni number ", "my national insurance is "], "SSN": ["social is "],
             "ADDRESS": ["i live at ", "the address is "]}


def pii_block(case: Case, ctx: dict, rng: random.Random, items: list[str]) -> None:
    mode = ctx["mode"]
    cust, agent = "customer", "agent"
    i = 0
    while i < len(items):
        typ = items[i]
        asks = ASK_US.get(typ, ASK[typ]) if ctx["country"] == "US" else ASK[typ]
        ask = rng.choice(asks)
        # two values in one turn
        if i + 1 < len(items) and rng.random() < 0.3:
            typ2 = items[i + 1]
            t1, c1 = render(typ, ctx, rng, mode)
            t2, c2 = render(typ2, ctx, rng, mode)
            g1, g2 = case.group(typ, c1, mode), case.group(typ2, c2, mode)
            case.say(agent, fill(ask + (" and " + rng.choice(ASK.get(typ2))[:0] + "the " + typ2.lower().replace("_", " ")
                                        if False else ""), ctx, rng))
            case.say(cust, rng.choice(LEAD if mode == "spoken" else LEAD_CHAT), (t1, g1), rng.choice([" and ", ", ", " and um "]) + rng.choice(TYPE_WORD[typ2]),
                     (t2, g2), rng.choice(TRAIL))
            i += 2
            if rng.random() < 0.4:
                case.say(agent, "thank you")
            continue
        text, canon = render(typ, ctx, rng, mode)
        pattern = rng.random()
        case.say(agent, fill(ask, ctx, rng))
        lead_pool = LEAD if mode == "spoken" else LEAD_CHAT
        chunks = split_points(typ, canon, text, mode, rng, ctx["sp"])
        if chunks and pattern < 0.4:
            g = case.group(typ, canon, mode)
            for k, ch in enumerate(chunks):
                pre = rng.choice(lead_pool) if k == 0 else rng.choice(["", "", "then ", "and "])
                post = rng.choice(["", "", " um"]) if k < len(chunks) - 1 else rng.choice(TRAIL)
                case.say(cust, pre, (ch, g), post)
                if k < len(chunks) - 1:
                    if mode == "spoken" and rng.random() < 0.25:
                        gf = case.group(typ, canon, mode, partial="frag")
                        case.say(agent, (ch, gf), rng.choice([" yep", " okay", " mhm go on", " got that"]))
                    else:
                        case.say(agent, rng.choice(BACK))
        elif chunks and pattern < 0.55 and mode == "spoken":
            gp = case.group(typ, canon, mode, partial=True)
            g = case.group(typ, canon, mode)
            case.say(cust, rng.choice(LEAD), (chunks[0], gp),
                     rng.choice([" no sorry wait let me start again ", " oh no hang on that's the old one um it's ",
                                 " sorry no ", " actually scratch that "]), (text, g))
        else:
            g = case.group(typ, canon, mode)
            case.say(cust, rng.choice(lead_pool), (text, g), rng.choice(TRAIL if mode == "spoken" else TRAIL_CHAT))
        if rng.random() < 0.35 and typ not in ("CVV",):
            # agent reads the value back
            t2, _ = text, canon
            if mode == "spoken" and typ not in ("EMAIL", "DOB", "ADDRESS", "EXPIRY"):
                sp2 = Speller(rng)
                if typ in ("NI_NUMBER", "IBAN", "POSTCODE") and not canon.isdigit():
                    t2 = sp2.mixed(canon)
                else:
                    t2 = sp2.digits(canon, pairs=0.2)
            gb = case.group(typ, canon, mode)
            case.say(agent, rng.choice(["so that's ", "just to confirm ", "i've got ", "let me read that back "]),
                     (t2, gb), rng.choice([" is that right", " correct", "", " yeah"]))
            case.say(cust, rng.choice(["yes that's right", "yep", "correct", "that's it yeah", "yes"]))
        elif rng.random() < 0.5:
            case.say(agent, rng.choice(["thank you", "lovely thanks", "great", "perfect thank you"]))
        i += 1


# ---------------------------------------------------------------- whole conversations
GREET_CALL = ["thank you for calling {co} you're speaking with the help desk how can i help",
              "good morning {co} how can i help you today", "hi there you're through to {co} what can i do for you"]
GREET_CHAT = ["Hi, you're chatting with {co}. How can I help today?", "Hello! Welcome to {co} chat. What can I help with?",
              "Hi there, thanks for contacting {co}. What's the issue?"]
VERIFY = ["okay i can help with that first i just need to ask a few security questions",
          "sorry to hear that let me pull up the account", "no problem i'll need a couple of details first",
          "right let's get that sorted i just need to verify you"]
CLOSE_A = ["is there anything else i can help with today", "anything else at all", "is that everything for today"]
CLOSE_C = ["no that's everything thanks", "no that's it thank you very much", "nope all good cheers",
           "that's all thanks for your help"]
CLOSE_A2 = ["you're welcome have a lovely day", "thanks for calling bye now", "no problem take care"]


def pick_country(typ: str, rng: random.Random) -> str:
    opts = [c for c, ts in COUNTRY_TYPES.items() if typ in ts]
    w = {"US": 3, "UK": 3, "IE": 2, "EU": 1}
    pool = [c for c in opts for _ in range(w[c])]
    return rng.choice(pool)


def make_ctx(rng, country, mode):
    ctx = {"country": country, "mode": mode, "sp": Speller(rng)}
    if country == "UK" and rng.random() < 0.4:
        ctx["sp"] = Speller(rng, zero="nought" if rng.random() < 0.4 else "oh")
    ctx["eu"] = rng.choice(["DE", "NL", "FR", "ES"])
    return ctx


def conversation(case: Case, ctx: dict, rng: random.Random, industry: str, items: list[str] | None,
                 neg_extra: int = 0, extra_lines: list | None = None) -> None:
    ind = INDUSTRIES[industry]
    mode = ctx["mode"]
    co = rng.choice(ind["co"])
    greet = rng.choice(GREET_CHAT if mode == "typed" else GREET_CALL).format(co=co)
    case.say("agent", greet)
    probs = rng.sample(ind["problem"], 2)
    case.say("customer", fill(rng.choice(["hi ", "hiya ", "hello yeah ", "", "um hi "]) + probs[0], ctx, rng))
    if rng.random() < 0.5:
        case.say("agent", fill(rng.choice(["oh no okay when did you first notice", "right and roughly when was that",
                                           "okay can you tell me a bit more"]), ctx, rng))
        case.say("customer", fill(rng.choice(["it started {date} around {time}", "about {days} ago now",
                                              "since {date} and i've already called {qty} times",
                                              "last week i was on hold for {mins} yesterday too"]), ctx, rng))
    case.say("agent", fill(rng.choice(VERIFY), ctx, rng))
    if items:
        pii_block(case, ctx, rng, items)
    else:
        words = rng.sample(["order number", "reference", "booking reference", "claim number", "ticket number",
                            "invoice number", "case number"], max(1, neg_extra))
        for w in words:
            case.say("agent", fill(rng.choice(["can you give me the {w} please", "have you got the {w} handy",
                                               "what's the {w}"]).format(w=w), ctx, rng))
            ctx["refword"] = w
            case.say("customer", fill(rng.choice(["yeah it's {ref}", "it's {ref} on the email",
                                                  "hang on {ref} i think"]), ctx, rng))
            ctx["refword"] = None
    if rng.random() < 0.6:
        case.say("customer", fill(probs[1], ctx, rng))
    case.say("agent", fill(rng.choice(ind["resolve"]), ctx, rng))
    for sp_, tx_ in (extra_lines or []):
        case.say(sp_, tx_)
    fi = rng.randrange(len(ind["follow"]))
    case.say("customer", fill(ind["follow"][fi], ctx, rng))
    case.say("agent", fill(ind["answer"][fi], ctx, rng))
    if rng.random() < 0.5:
        case.say("agent", fill(rng.choice(CLOSE_A), ctx, rng))
        case.say("customer", fill(rng.choice(CLOSE_C), ctx, rng))
        if rng.random() < 0.5:
            case.say("agent", fill(rng.choice(CLOSE_A2), ctx, rng))


NEG_EXTRA = [
    ("the payment of {amt} is due on {date} and the balance is {bal}", "amount/date/balance"),
    ("i'm {age} and i've been with you since {year}", "age and year"),
    ("the meter reading is {meter} taken at {time}", "meter reading"),
    ("my flight is {flight} leaving at {time} on {date}", "flight number"),
    ("i'm in room {room} and it's {temp} in here", "room number/temperature"),
    ("speed test says {mbps} on a {mbps2} package", "speeds"),
    ("the model is {model} and i bought {qty} of them for {amt}", "model number/quantity/price"),
    ("i waited {mins} and the interest is {pct}", "duration/percentage"),
    ("your appointment is on {date} at {time} and it lasts about {mins}", "appointment date/time"),
    ("the contract started on {date} {year} and runs for {qty} years", "contract start date"),
    ("your {ref} is logged and the refund of {amt} goes out on {date}", "reference/refund"),
]

NEG_ONLY = {"flight number": ["travel"], "room number/temperature": ["travel", "healthcare"],
            "meter reading": ["utilities"], "speeds": ["telecom"],
            "model number/quantity/price": ["retail", "telecom", "insurance"]}
INDS = list(INDUSTRIES)
INDUSTRY_TYPES = {"SSN": ["banking", "healthcare", "government", "insurance"],
                  "NI_NUMBER": ["government", "banking", "insurance", "utilities"],
                  "SORT_CODE": ["banking", "utilities", "insurance", "government", "retail"],
                  "IBAN": ["banking", "travel", "utilities", "insurance"],
                  "CARD_NUMBER": INDS, "CVV": ["retail", "travel", "telecom", "utilities", "healthcare", "banking"],
                  "EXPIRY": ["retail", "travel", "telecom", "healthcare", "insurance"]}
COMPANIONS = {"CARD_NUMBER": ["EXPIRY", "CVV"], "SORT_CODE": ["BANK_ACCOUNT"], "BANK_ACCOUNT": ["SORT_CODE"],
              "DOB": ["POSTCODE", "ADDRESS", "PHONE"], "POSTCODE": ["ADDRESS", "DOB"], "ADDRESS": ["POSTCODE"],
              "SSN": ["DOB", "ADDRESS"], "NI_NUMBER": ["DOB", "POSTCODE"], "EMAIL": ["PHONE", "DOB"],
              "PHONE": ["EMAIL", "DOB"], "IBAN": ["EMAIL", "PHONE"], "CVV": ["EXPIRY"], "EXPIRY": ["CVV"]}


def lowfirst(prefix: str, text: str) -> str:
    return prefix + (text[:1].lower() + text[1:] if prefix else text)


def build(rng: random.Random) -> list[Case]:
    cases: list[Case] = []
    primaries = (["CARD_NUMBER", "SSN", "NI_NUMBER"] * 2 + ["SORT_CODE", "IBAN"] + TYPES)
    n_pos = 180
    for k in range(n_pos):
        typ = primaries[k % len(primaries)]
        country = pick_country(typ, rng)
        mode = "spoken" if rng.random() < 0.6 else "typed"
        ctx = make_ctx(rng, country, mode)
        industry = rng.choice(INDUSTRY_TYPES.get(typ, INDS))
        items = [typ]
        if typ == "CVV":
            items = ["CARD_NUMBER", "EXPIRY", "CVV"] if rng.random() < 0.5 else ["CVV"]
        elif typ == "EXPIRY":
            items = ["CARD_NUMBER", "EXPIRY"] if rng.random() < 0.5 else ["EXPIRY", "CVV"]
        else:
            for comp in COMPANIONS.get(typ, []):
                if comp in COUNTRY_TYPES[country] and rng.random() < 0.45 and comp not in items:
                    items.append(comp)
        if rng.random() < 0.3:
            rng.shuffle(items) if typ not in ("CARD_NUMBER", "CVV", "EXPIRY") else None
        cid = f"{PREFIX}-pos-{k + 1:03d}"
        chan = "call" if mode == "spoken" else "chat"
        while True:
            case = Case(cid, "positive", "")
            conversation(case, ctx, rng, industry, items)
            if len(case.turns) <= 20:
                break
        case.note = f"{chan}/{industry} ({country}): {', '.join(items)} amid a whole {chan} with amounts, dates and references"
        cases.append(case)
    for k in range(110):
        mode = "spoken" if rng.random() < 0.6 else "typed"
        country = rng.choice(["US", "UK", "IE", "EU", "UK", "US"])
        ctx = make_ctx(rng, country, mode)
        industry = rng.choice(INDS)
        while True:
            pool = [e for e in NEG_EXTRA if e[1] not in NEG_ONLY or industry in NEG_ONLY[e[1]]]
            extras = rng.sample(pool, 2)
            spk = rng.choice(["agent", "customer"])
            lines = [(spk, fill(extras[0][0], ctx, rng)),
                     ("agent" if spk == "customer" else "customer",
                      lowfirst(rng.choice(["okay and ", "right ", "and ", ""]), fill(extras[1][0], ctx, rng)))]
            case = Case(f"{PREFIX}-neg-{k + 1:03d}", "negative", "")
            conversation(case, ctx, rng, industry, None, neg_extra=rng.randint(1, 2), extra_lines=lines)
            if len(case.turns) <= 20:
                break
        chan = "call" if mode == "spoken" else "chat"
        case.note = f"{chan}/{industry} ({country}): no PII; references, {extras[0][1]}, {extras[1][1]}"
        cases.append(case)
    return cases


# ---------------------------------------------------------------- output / check
def generate() -> tuple[str, list[Case]]:
    rng = random.Random(SEED)
    cases = build(rng)
    lines = [json.dumps(c.record(), ensure_ascii=False) for c in cases]
    return "\n".join(lines) + "\n", cases


def counts(cases: list[Case]) -> Counter:
    return Counter(s["type"] for c in cases for s in c.spans)


def readme(cases: list[Case]) -> str:
    cnt = counts(cases)
    npos = sum(c.kind == "positive" for c in cases)
    nneg = sum(c.kind == "negative" for c in cases)
    rows = "\n".join(f"| {t} | {cnt[t]} |" for t in TYPES)
    return f"""# pii_holdout142 — held-out PII redaction evaluation set

**Never use this set for tuning.** It exists only to measure the redactor on data it was
not developed against. Do not look at failures here and then adjust rules or thresholds;
if you do, the set stops being held out.

## Who wrote it and how

Written by an AI helper acting as an independent test author. The author did not see the
redaction code, its tests, its documentation or the other PII fixtures; the only data seen
was a three-line example of the JSONL format. Cases are produced by
`scripts/make_pii_holdout142.py` from template functions: every turn is assembled from
plain-text segments and (value, TYPE) segments, so offsets are computed, never typed by
hand. All values come from one `random.Random({SEED})`; the output is byte-for-byte
reproducible. `python scripts/make_pii_holdout142.py --check` regenerates the file,
verifies it is identical, and validates ids, offsets, word boundaries, overlaps and every
labelled value after normalising spoken forms (Luhn for cards, mod-97 for IBANs, NI
shape, 9-digit SSNs, 6-digit sort codes, digit counts, postcode shapes).

Emphasis: longer whole calls (ASR style: lower case, numbers as words, "oh"/"nought" for
zero, "double"/"triple", pairs like "forty one", spelled letters "b for bravo", fillers,
homophones "to"/"for"/"ate" for digits) and chats (typed, varied separators and case), 8-20
turns, across banking, telecom, utilities, retail, insurance, travel, healthcare billing
and government services in the US, UK, Ireland and the EU. The PII sits among the
non-PII numbers of the conversation: amounts, balances, dates, times, durations,
references, flight/room/model numbers, meter readings, speeds, ages, percentages.

## Annotation conventions

* A span covers the value only: lead-ins ("it's", "my number's", "the") and trailing
  words ("i think", "is that okay") are outside. Filler words *inside* a reading ("um",
  "er") are inside the span.
* A value read over several customer turns (agent back-channels between) is labelled as
  one span per turn, each covering that turn's part.
* Self-corrections: the abandoned partial reading and the corrected full reading are
  both labelled (as separate spans of the same type).
* Agent read-backs of a value are labelled too (agent turns can contain PII), including
  an agent echoing one chunk of a value as a back-channel ("four five six two yep").
* In chats a card number or IBAN may be typed over several consecutive messages; each
  message's part is its own span.
* CARD_NUMBER covers all digit groups; EXPIRY covers month and year ("oh eight twenty
  seven", "08/27", "august twenty twenty seven"); DOB covers the whole date (day, month,
  year); PHONE includes a spoken or typed international prefix ("plus four four", "+44");
  EMAIL covers local part to top-level domain, spoken forms included ("j dot doe at gmail
  dot com"); POSTCODE is a UK postcode or a US ZIP / ZIP+4; ADDRESS covers the house
  (and flat) number plus street name, not the town or postcode; NI_NUMBER covers prefix
  letters, six digits and suffix letter; IBAN covers the country code to the last
  character.
* Negatives have no spans; everything in them is non-PII (order/claim/ticket references
  said with their reference word, amounts, non-birth dates, times, etc.). Company names
  and personal names are not labelled and are avoided in the text.

## Counts

Positives: {npos}. Negatives: {nneg}.

| type | spans |
|---|---|
{rows}
"""


def check_cases(text: str, cases: list[Case]) -> list[str]:
    errs: list[str] = []
    ids = [c.cid for c in cases]
    if len(ids) != len(set(ids)):
        errs.append("duplicate ids")
    for line in text.splitlines():
        rec = json.loads(line)
        cid = rec["id"]
        if rec["kind"] not in ("positive", "negative"):
            errs.append(f"{cid}: bad kind")
        if rec["kind"] == "negative" and rec["spans"]:
            errs.append(f"{cid}: negative with spans")
        if rec["kind"] == "positive" and not rec["spans"]:
            errs.append(f"{cid}: positive without spans")
        for t in rec["turns"]:
            if t["speaker"] not in ("agent", "customer") or not t["text"].strip():
                errs.append(f"{cid}: bad turn")
        prev = {}
        for s in rec["spans"]:
            if s["type"] not in TYPES:
                errs.append(f"{cid}: bad type {s['type']}")
            if not (0 <= s["turn"] < len(rec["turns"])):
                errs.append(f"{cid}: turn out of range")
                continue
            tx = rec["turns"][s["turn"]]["text"]
            st, en = s["start"], s["end"]
            if not (0 <= st < en <= len(tx)):
                errs.append(f"{cid}: offsets out of range")
                continue
            frag = tx[st:en]
            if frag != frag.strip() or not re.search(r"[A-Za-z0-9]", frag):
                errs.append(f"{cid}: span has edge whitespace {frag!r}")
            if st > 0 and tx[st - 1].isalnum() and tx[st].isalnum():
                errs.append(f"{cid}: span start not on word boundary {frag!r}")
            if en < len(tx) and tx[en].isalnum() and tx[en - 1].isalnum():
                errs.append(f"{cid}: span end not on word boundary {frag!r}")
            if s["turn"] in prev and st < prev[s["turn"]]:
                errs.append(f"{cid}: overlapping spans")
            prev[s["turn"]] = en
        if not (8 <= len(rec["turns"]) <= 20):
            errs.append(f"{cid}: {len(rec['turns'])} turns, outside 8-20")
    for c in cases:
        for gid, g in c.groups.items():
            texts = [c.turns[c.spans[i]["turn"]]["text"][c.spans[i]["start"]:c.spans[i]["end"]] for i in g["spans"]]
            if not texts:
                errs.append(f"{c.cid}: empty group")
                continue
            if g["type"] in ("EMAIL", "DOB", "EXPIRY", "ADDRESS"):
                e = validate_group(g["type"], g["canon"], texts, g["mode"], g["partial"])
            else:
                try:
                    normed = "".join(norm_spoken(t) if g["mode"] == "spoken" else norm_typed(t) for t in texts)
                    e = validate_group(g["type"], g["canon"], [normed], "typed", g["partial"])
                except ValueError as ex:
                    e = [str(ex)]
            errs += [f"{c.cid}: {x}" for x in e]
    return errs


def main() -> int:
    text, cases = generate()
    rd = readme(cases)
    if "--check" in sys.argv:
        on_disk = CASES.read_text(encoding="utf-8") if CASES.exists() else text
        errs = check_cases(on_disk, cases)
        if not CASES.exists() or CASES.read_text(encoding="utf-8") != text:
            errs.append("cases.jsonl differs from regenerated output")
        if not README.exists() or README.read_text(encoding="utf-8") != rd:
            errs.append("README.md differs from regenerated output")
        cnt = counts(cases)
        npos = sum(c.kind == "positive" for c in cases)
        nneg = sum(c.kind == "negative" for c in cases)
        if npos < 170 or nneg < 100:
            errs.append(f"too few cases {npos}/{nneg}")
        for t in TYPES:
            need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
            if cnt[t] < need:
                errs.append(f"too few {t}: {cnt[t]} < {need}")
        lens = [len(c.turns) for c in cases]
        print(f"cases: {len(cases)} (positive {npos}, negative {nneg}); turns min/max/mean "
              f"{min(lens)}/{max(lens)}/{sum(lens) / len(lens):.1f}")
        for t in TYPES:
            print(f"  {t:13s} {cnt[t]}")
        for e in errs[:60]:
            print("ERROR", e)
        print("problems:", len(errs))
        return 1 if errs else 0
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    CASES.write_text(text, encoding="utf-8")
    README.write_text(rd, encoding="utf-8")
    print(f"wrote {len(cases)} cases to {CASES}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set ``pii_holdout118``.

Written by an AI helper acting as an independent author that did not see the
redaction code.  Standard library only; all values come from a single seeded
``random.Random`` so the output is byte-for-byte reproducible.

    python scripts/make_pii_holdout118.py           # write fixture + README
    python scripts/make_pii_holdout118.py --check   # regenerate and verify
"""
from __future__ import annotations

import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

SEED = 118241124
ROOT = Path(__file__).resolve().parents[1]
OUT_DIR = ROOT / "tests" / "fixtures" / "pii_holdout118"
CASES = OUT_DIR / "cases.jsonl"
README = OUT_DIR / "README.md"
PFX = "h118"

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

R = random.Random(SEED)

# ----------------------------------------------------------------------------
# spoken-form helpers
DW = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
       "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
       "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth",
       "twenty first", "twenty second", "twenty third", "twenty fourth", "twenty fifth",
       "twenty sixth", "twenty seventh", "twenty eighth"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo",
        "f": "foxtrot", "g": "golf", "h": "hotel", "j": "juliet", "k": "kilo",
        "l": "lima", "m": "mike", "n": "november", "p": "papa", "r": "romeo",
        "s": "sierra", "t": "tango", "w": "whiskey", "x": "x-ray", "y": "yankee",
        "z": "zulu"}
HOMO = {"b": "bee", "c": "see", "r": "are", "y": "why", "t": "tea", "j": "jay",
        "k": "kay", "p": "pee", "e": "ee", "a": "ay"}
FILLERS = ["um", "uh", "er", "erm"]


def n2w(n: int) -> str:
    """Number to English words (0..9999), British 'and'."""
    if n < 10:
        return DW[n]
    if n < 20:
        return TEENS[n - 10]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else " " + DW[n % 10])
    if n < 1000:
        rest = n % 100
        return DW[n // 100] + " hundred" + ("" if rest == 0 else " and " + n2w(rest))
    rest = n % 1000
    s = n2w(n // 1000) + " thousand"
    if rest == 0:
        return s
    return s + (" and " if rest < 100 else " ") + n2w(rest)


def house_words(n: int, rng) -> str:
    if n >= 100 and n % 100 >= 10 and rng.random() < 0.7:
        return n2w(n // 100) + " " + n2w(n % 100)
    if n >= 100 and rng.random() < 0.5:
        return say_digits(str(n), rng, doubles=0)
    return n2w(n)


def year_words(y: int) -> str:
    if 2000 <= y < 2010:
        return "two thousand and " + DW[y - 2000] if y > 2000 else "two thousand"
    hi, lo = divmod(y, 100)
    if lo == 0:
        return n2w(hi) + " hundred"
    if lo < 10:
        return n2w(hi) + " oh " + DW[lo]
    return n2w(hi) + " " + n2w(lo)


def say_digits(ds: str, rng: random.Random, zero: str = "zero", doubles: float = 0.5,
               pairs: float = 0.0, filler: float = 0.0, to2: float = 0.0) -> str:
    """Read a digit string the way a caller does, as ASR would write it."""
    out = []
    i = 0
    while i < len(ds):
        d = ds[i]
        run = 1
        while i + run < len(ds) and ds[i + run] == d and run < 3:
            run += 1
        if run == 3 and rng.random() < doubles:
            out.append("triple " + (zero if d == "0" else DW[int(d)]))
            i += 3
            continue
        if run >= 2 and rng.random() < doubles:
            out.append("double " + (zero if d == "0" else DW[int(d)]))
            i += 2
            continue
        if i + 1 < len(ds) and d != "0" and rng.random() < pairs:
            v = int(ds[i:i + 2])
            if v < 20 or v % 10 != 0:
                out.append(n2w(v))
                i += 2
                continue
        if d == "0":
            out.append(zero)
        elif d == "2" and rng.random() < to2:
            out.append("to")
        else:
            out.append(DW[int(d)])
        i += 1
    if filler and len(out) > 3 and rng.random() < filler:
        k = rng.randint(1, len(out) - 1)
        out.insert(k, rng.choice(FILLERS))
    return " ".join(out)


def say_letter(ch: str, rng: random.Random, nato: float = 0.3, homo: float = 0.2) -> str:
    c = ch.lower()
    x = rng.random()
    if c in NATO and x < nato:
        return f"{c} for {NATO[c]}"
    if c in HOMO and x < nato + homo:
        return HOMO[c]
    return c


def say_alnum(s: str, rng: random.Random, zero="zero", nato=0.3, homo=0.2, doubles=0.4) -> str:
    parts = []
    buf = ""
    for ch in s.replace(" ", ""):
        if ch.isdigit():
            buf += ch
        else:
            if buf:
                parts.append(say_digits(buf, rng, zero=zero, doubles=doubles))
                buf = ""
            parts.append(say_letter(ch, rng, nato, homo))
    if buf:
        parts.append(say_digits(buf, rng, zero=zero, doubles=doubles))
    return " ".join(parts)


# ----------------------------------------------------------------------------
# value generators
def luhn_ok(ds: str) -> bool:
    tot = 0
    for i, ch in enumerate(reversed(ds)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def make_card(rng) -> str:
    kind = rng.choice(["visa", "visa", "mc", "mc", "amex", "disc", "visa19"])
    if kind == "visa":
        body, n = "4" + "".join(rng.choice("0123456789") for _ in range(3)), 16
    elif kind == "visa19":
        body, n = "4" + "".join(rng.choice("0123456789") for _ in range(3)), rng.choice([16, 13])
    elif kind == "mc":
        body, n = str(rng.randint(51, 55)) + str(rng.randint(10, 99)), 16
    elif kind == "amex":
        body, n = rng.choice(["34", "37"]) + str(rng.randint(10, 99)), 15
    else:
        body, n = "6011", 16
    while len(body) < n - 1:
        body += rng.choice("0123456789")
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def group_card(c: str, rng, sep=" ") -> str:
    if len(c) == 15:
        return sep.join([c[:4], c[4:10], c[10:]])
    if len(c) == 13:
        return sep.join([c[:4], c[4:8], c[8:]])
    return sep.join(c[i:i + 4] for i in range(0, len(c), 4))


def make_ssn(rng) -> str:
    a = rng.randint(1, 899)
    while a == 666:
        a = rng.randint(1, 899)
    return f"{a:03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"


NI_FIRST = "ABCEGHJKLMNPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def make_ni(rng) -> str:
    while True:
        p = rng.choice(NI_FIRST) + rng.choice(NI_SECOND)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + "".join(rng.choice("0123456789") for _ in range(6)) + rng.choice("ABCD")


def iban_check(country: str, bban: str) -> str:
    s = bban + country + "00"
    num = "".join(str(int(ch, 36)) for ch in s)
    return f"{98 - int(num) % 97:02d}"


def iban_ok(iban: str) -> bool:
    iban = iban.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", iban):
        return False
    s = iban[4:] + iban[:4]
    return int("".join(str(int(ch, 36)) for ch in s)) % 97 == 1


def rd(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def make_iban(rng, country=None) -> str:
    country = country or rng.choice(["GB", "IE", "DE", "NL", "FR", "ES", "IT"])
    if country == "GB":
        bban = rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + rd(rng, 14)
    elif country == "IE":
        bban = rng.choice(["AIBK", "BOFI", "IPBS"]) + rd(rng, 14)
    elif country == "DE":
        bban = rd(rng, 18)
    elif country == "NL":
        bban = rng.choice(["ABNA", "INGB", "RABO"]) + rd(rng, 10)
    elif country == "FR":
        bban = rd(rng, 23)
    elif country == "IT":
        bban = rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + rd(rng, 22)
    else:
        bban = rd(rng, 20)
    return country + iban_check(country, bban) + bban


def group4(s: str, sep=" ") -> str:
    return sep.join(s[i:i + 4] for i in range(0, len(s), 4))


UK_OUT = ["SW1A", "M14", "B33", "LS6", "CR2", "EH12", "G41", "BS7", "NE6", "CF24",
          "L17", "W5", "N19", "SE22", "E17", "BT9", "PL4", "YR3", "RG1", "HP22",
          "KT19", "CB4", "NG7", "SK8", "DN15", "TW13", "WC2H", "EC1V", "BN3", "ST16"]
UK_OUT = [o for o in UK_OUT if o != "YR3"]


def make_uk_pc(rng) -> str:
    inward = rng.choice("123456789") + rng.choice("ABDEFGHJLNPQRSTUWXYZ") + rng.choice(
        "ABDEFGHJLNPQRSTUWXYZ")
    return rng.choice(UK_OUT) + " " + inward


def make_zip(rng) -> str:
    return f"{rng.randint(10000, 99950):05d}"


UK_STREETS = ["Mill Lane", "Station Road", "Church Street", "Victoria Road", "Park Avenue",
              "Queens Drive", "Manor Close", "Orchard Way", "Highfield Road", "Elm Grove",
              "Chapel Street", "Kingsway", "Beech Crescent", "Albert Terrace", "Mount Pleasant"]
US_STREETS = ["Maple Avenue", "Oak Street", "Elm Drive", "Sunset Boulevard", "Lincoln Way",
              "Cedar Lane", "Washington Street", "Pine Ridge Road", "Lakeview Court",
              "Hillcrest Drive", "Main Street", "Jefferson Avenue"]
IE_STREETS = ["Griffith Avenue", "Clontarf Road", "Main Street", "Dublin Road",
              "Castle Street", "Seafield Park"]
FIRST = ["john", "sarah", "mike", "emma", "david", "laura", "chris", "aoife", "liam",
         "priya", "tom", "megan", "raj", "kate", "sean", "niamh", "olu", "grace", "ben", "zoe"]
LAST = ["smith", "jones", "patel", "obrien", "murphy", "walsh", "taylor", "brown",
        "nguyen", "garcia", "kelly", "evans", "hughes", "khan", "byrne", "clarke"]
DOMAINS = ["gmail.com", "hotmail.co.uk", "yahoo.com", "outlook.com", "icloud.com",
           "btinternet.com", "eircom.net", "aol.com", "live.ie", "protonmail.com"]


def make_email(rng) -> str:
    f, l = rng.choice(FIRST), rng.choice(LAST)
    form = rng.randint(0, 4)
    local = [f"{f}.{l}", f"{f[0]}{l}", f"{f}{l}{rng.randint(1, 99)}", f"{f}_{l}",
             f"{l}.{f[0]}{rng.randint(70, 99)}"][form]
    return local + "@" + rng.choice(DOMAINS)


def say_email(e: str, rng) -> str:
    local, dom = e.split("@")
    out = []
    for tok in re.split(r"([._\-])", local):
        if tok == ".":
            out.append("dot")
        elif tok == "_":
            out.append("underscore")
        elif tok == "-":
            out.append("dash")
        elif tok.isdigit():
            out.append(say_digits(tok, rng, pairs=0.6))
        elif tok:
            if len(tok) <= 2 or rng.random() < 0.25:
                out.append(" ".join(DW[int(x)] if x.isdigit() else x for x in tok))
            else:
                m = re.match(r"([a-z]+)(\d*)", tok)
                out.append(m.group(1))
                if m.group(2):
                    out.append(say_digits(m.group(2), rng, pairs=0.7))
    out.append("at")
    out.append(" dot ".join(dom.split(".")))
    return " ".join(out)


def make_uk_mobile(rng) -> str:
    return "07" + rng.choice(["700", "712", "723", "734", "745", "756", "787", "798", "811",
                              "825", "890", "956"]) + rd(rng, 6)


def make_uk_land(rng) -> str:
    return rng.choice(["020", "0161", "0113", "0121", "0131", "0141", "0117", "029"]) + \
        rd(rng, 7 if rng.random() < 0.5 else 8)[:11]


def make_us_phone(rng) -> str:
    return str(rng.randint(201, 989)) + str(rng.randint(200, 989)) + rd(rng, 4)


def make_ie_mobile(rng) -> str:
    return "08" + rng.choice("35679") + rd(rng, 7)


# ----------------------------------------------------------------------------
# case builder
class Case:
    def __init__(self, kind: str, note: str):
        self.kind = kind
        self.note = note
        self.turns: list[dict] = []
        self.spans: list[dict] = []
        self.values: list[dict] = []   # generator-side metadata for --check

    def val(self, typ: str, raw: str, partial: bool = False) -> int:
        self.values.append({"type": typ, "raw": raw, "parts": [], "partial": partial})
        return len(self.values) - 1

    def t(self, speaker: str, *segs):
        text = ""
        ti = len(self.turns)
        for seg in segs:
            if isinstance(seg, str):
                text += seg
            else:
                s, gid = seg
                st = len(text)
                text += s
                typ = self.values[gid]["type"]
                self.spans.append({"turn": ti, "start": st, "end": len(text), "type": typ})
                self.values[gid]["parts"].append((ti, st, len(text)))
        self.turns.append({"speaker": speaker, "text": text})
        return self

    def a(self, *segs):
        return self.t("agent", *segs)

    def c(self, *segs):
        return self.t("customer", *segs)


def P(case: Case, typ: str, raw: str, shown: str | None = None, partial=False):
    gid = case.val(typ, raw, partial)
    return (raw if shown is None else shown, gid)


def ch(rng, *opts):
    return rng.choice(opts)


def money_gbp_words(rng, lo=12, hi=480) -> str:
    p = rng.randint(lo, hi)
    c = rng.choice([0, 50, 99, 25, 40, 17])
    return n2w(p) + " pounds" + ("" if c == 0 else " " + n2w(c))


def money_usd_words(rng, lo=15, hi=900) -> str:
    p = rng.randint(lo, hi)
    c = rng.choice([0, 50, 99, 25, 75])
    return n2w(p) + " dollars" + ("" if c == 0 else " and " + n2w(c) + " cents")


def date_words(rng) -> str:
    return f"the {ORD[rng.randint(1, 28)]} of {rng.choice(MONTHS)}"


def dob_spoken(rng) -> tuple[str, str]:
    y = rng.randint(1941, 2004)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    raw = f"{d:02d}/{m:02d}/{y}"
    f = rng.randint(0, 4)
    if f == 0:
        s = f"the {ORD[d]} of {MONTHS[m - 1]} {year_words(y)}"
    elif f == 1:
        s = f"{ORD[d]} {MONTHS[m - 1]} {year_words(y)}"
    elif f == 2:
        s = f"{MONTHS[m - 1]} {ORD[d]} {year_words(y)}"
    elif f == 3:
        s = f"{say_digits(f'{d:02d}', rng, zero='oh', doubles=0)} {say_digits(f'{m:02d}', rng, zero='oh', doubles=0)} {year_words(y)}"
    else:
        s = f"{n2w(d)} {n2w(m)} {n2w(y // 100)} {n2w(y % 100) if y % 100 >= 10 else 'oh ' + DW[y % 100]}"
    return raw, s


def dob_typed(rng) -> tuple[str, str]:
    y = rng.randint(1941, 2004)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    raw = f"{d:02d}/{m:02d}/{y}"
    f = rng.randint(0, 5)
    s = [f"{d:02d}/{m:02d}/{y}", f"{d}.{m}.{y}", f"{m}/{d}/{y % 100:02d}",
         f"{d} {MONTHS[m - 1].title()} {y}", f"{MONTHS[m - 1][:3].title()} {d}, {y}",
         f"{y}-{m:02d}-{d:02d}"][f]
    return raw, s


def expiry_forms(rng, spoken: bool) -> tuple[str, str]:
    m = rng.randint(1, 12)
    y = rng.randint(26, 32)
    raw = f"{m:02d}/{y}"
    if spoken:
        f = rng.randint(0, 3)
        s = [f"{say_digits(f'{m:02d}', rng, zero=rng.choice(['oh', 'zero', 'o']), doubles=0)} {n2w(y)}",
             f"{MONTHS[m - 1]} twenty {n2w(y)}", f"{MONTHS[m - 1]} {n2w(y)}",
             f"{say_digits(f'{m:02d}', rng, zero='oh', doubles=0)} {say_digits(str(y), rng, doubles=0)}"][f]
    else:
        s = rng.choice([f"{m:02d}/{y}", f"{m:02d}/20{y}", f"{m}/{y}", f"{m:02d}-{y}", f"{m:02d} {y}"])
    return raw, s


# ----------------------------------------------------------------------------
# positive templates
def pos_bank_card_call(rng):
    """UK bank call: ID&V with DOB and postcode, then card split over turns."""
    c = Case("positive", "call/banking UK: ID&V (DOB, postcode) then card read in chunks with back-channels, expiry, CVV, amounts and a reference around it")
    z = rng.choice(["oh", "zero", "nought", "o"])
    amt = money_gbp_words(rng)
    c.a("good afternoon you're through to card services my name is ", rng.choice(["dan", "jo", "amira", "steve"]), " how can i help")
    c.c(ch(rng, "hi yeah i want to pay off my credit card balance it's ", "hiya i'm trying to make a payment of "), amt, ch(rng, " but the app keeps failing", " and the website wont take it"))
    c.a("no problem i can do that for you over the phone first i just need to go through security can i take your date of birth please")
    raw, s = dob_spoken(rng)
    c.c(ch(rng, "yeah it's ", "", "um "), P(c, "DOB", raw, s))
    pc = make_uk_pc(rng)
    c.a("thank you and the first line of your address and postcode")
    hn = rng.randint(1, 240)
    street = rng.choice(UK_STREETS)
    c.c(P(c, "ADDRESS", f"{hn} {street}", f"{house_words(hn, rng)} {street.lower()}"), ch(rng, " and the postcode is ", " postcode "), P(c, "POSTCODE", pc, say_alnum(pc, rng, zero=z, nato=0.2, homo=0.3)))
    card = make_card(rng)
    groups = group_card(card, rng).split(" ")
    c.a("okay whenever you're ready go ahead with the long card number")
    gid = c.val("CARD_NUMBER", card)
    for i, g in enumerate(groups):
        pre = ch(rng, "", "right ", "okay ", "so ") if i == 0 else ch(rng, "", "", "then ")
        c.c(pre, (say_digits(g, rng, zero=z, doubles=0.5, pairs=0.15, filler=0.2), gid))
        if i < len(groups) - 1:
            c.a(ch(rng, "mhm", "yep", "okay go on", "yeah", "got that"))
    raw, s = expiry_forms(rng, True)
    c.a("and the expiry date")
    c.c(ch(rng, "", "expires ", "it's "), P(c, "EXPIRY", raw, s))
    cvv = rd(rng, 4 if len(card) == 15 else 3)
    c.a("and finally the security code on the back ", ch(rng, "the last three digits", "three or four digits"))
    c.c(P(c, "CVV", cvv, say_digits(cvv, rng, zero=z, doubles=0.3)))
    ref = rd(rng, 8)
    c.a("that's gone through for ", amt, " your payment reference is ", say_digits(ref, rng, zero="zero", doubles=0), " and it should show in two to three working days")
    c.c(ch(rng, "brilliant thanks for your help", "great cheers", "perfect thank you"))
    return c


def pos_ni_call(rng):
    """UK gov/tax call with NI number (spelled letters, NATO, homophones)."""
    c = Case("positive", "call/government UK: NI number spoken with NATO/homophone letters amid tax-code chat, phone and postcode, non-PII amounts and years")
    ni = make_ni(rng)
    z = rng.choice(["oh", "zero", "nought"])
    c.a("hello you're through to the tax helpline how can i help today")
    yr = rng.randint(2021, 2025)
    c.c("hi i think my tax code is wrong i've been paying about ", n2w(rng.randint(80, 400)), " pounds too much a month since april ", year_words(yr))
    c.a("okay i can look into that can i take your national insurance number please")
    f = rng.random()
    if f < 0.35:
        gid = c.val("NI_NUMBER", ni)
        c.c(ch(rng, "yeah it's ", "sure "), (say_alnum(ni[:2], rng, nato=0.6, homo=0.2), gid))
        c.a(ch(rng, "mhm", "okay", "yep"))
        c.c((say_digits(ni[2:8], rng, zero=z, doubles=0.4, pairs=0.3), gid))
        c.a("and the letter at the end")
        c.c((say_letter(ni[8], rng, nato=0.5, homo=0.3), gid))
    elif f < 0.7:
        c.c(ch(rng, "it's ", "yeah it's ", "hang on let me find it right it's "), P(c, "NI_NUMBER", ni, say_alnum(ni, rng, zero=z, nato=0.3, homo=0.3)))
    else:
        sp = " ".join([say_alnum(ni[:2], rng, nato=0.4, homo=0.3), say_digits(ni[2:4], rng, zero=z, pairs=1), say_digits(ni[4:6], rng, zero=z, pairs=1), say_digits(ni[6:8], rng, zero=z, pairs=1), say_letter(ni[8], rng, 0.4, 0.3)])
        c.c("yep ", P(c, "NI_NUMBER", ni, sp))
    c.a("let me just read that back to you ", P(c, "NI_NUMBER", ni, say_alnum(ni, rng, zero="zero", nato=0.0, homo=0.0, doubles=0)), " is that right")
    c.c("yeah that's it")
    pc = make_uk_pc(rng)
    c.a("and can you confirm your postcode")
    c.c(P(c, "POSTCODE", pc, say_alnum(pc, rng, zero=z, nato=0.25, homo=0.25)))
    c.a("thanks i can see you had two employments in the ", year_words(yr), " to ", n2w((yr + 1) % 100), " tax year so you've got an emergency code on the second one")
    c.c("oh right so will i get the money back")
    c.a("yes you should get a refund of around ", money_gbp_words(rng), " within five weeks")
    ph = make_uk_mobile(rng)
    c.a("is there a good number to reach you on if we need to")
    c.c(ch(rng, "my mobile ", "yeah ", "best one is "), P(c, "PHONE", ph, say_digits(ph, rng, zero=z, doubles=0.6, pairs=0.1, filler=0.15)))
    c.a("perfect is there anything else i can help with today")
    c.c("no that's everything thanks")
    return c


def pos_ssn_call(rng):
    """US benefits/insurance/healthcare call with SSN."""
    ind = rng.choice(["healthcare billing", "insurance", "government services", "banking"])
    c = Case("positive", f"call/{ind} US: SSN read in groups or split over turns, DOB, ZIP, phone; claim/invoice numbers and dollar amounts nearby")
    ssn = make_ssn(rng)
    z = rng.choice(["zero", "oh", "o"])
    c.a("thank you for calling this is ", rng.choice(["maria", "kevin", "tasha", "luis"]), " can i get your name please")
    c.c("yeah it's ", rng.choice(FIRST), " ", rng.choice(LAST))
    inv = rd(rng, 7)
    c.c("i'm calling about a bill i got for ", money_usd_words(rng), " invoice number ", say_digits(inv, rng, zero=z, doubles=0), " i think it should have gone to my insurance")
    c.a("okay i can take a look to verify your identity can i have your social security number")
    f = rng.random()
    if f < 0.4:
        gid = c.val("SSN", ssn)
        c.c(ch(rng, "sure it's ", "okay ", "yeah "), (say_digits(ssn[:3], rng, zero=z, pairs=0.2), gid))
        c.a(ch(rng, "uh huh", "okay", "mhm"))
        c.c((say_digits(ssn[3:5], rng, zero=z, pairs=0.5), gid))
        c.a(ch(rng, "go ahead", "yep"))
        c.c((say_digits(ssn[5:], rng, zero=z, pairs=0.4, doubles=0.5), gid))
    elif f < 0.7:
        c.c(ch(rng, "it's ", "sure ", ""), P(c, "SSN", ssn, " ".join([say_digits(ssn[:3], rng, zero=z), say_digits(ssn[3:5], rng, zero=z, pairs=0.5), say_digits(ssn[5:], rng, zero=z, pairs=0.5)])))
    else:
        c.c("ok ", P(c, "SSN", ssn, say_digits(ssn, rng, zero=z, doubles=0.5, filler=0.3)), " i think yeah that's it")
    c.a("thank you and your date of birth")
    raw, s = dob_spoken(rng)
    c.c(P(c, "DOB", raw, s))
    zp = make_zip(rng)
    c.a("and the zip code on the account")
    c.c(P(c, "POSTCODE", zp, say_digits(zp, rng, zero=z, doubles=0.4, pairs=0.3)))
    c.a("okay i see the claim it was denied on ", date_words(rng), " because the provider billed the wrong code")
    c.c("so what do i do about the ", money_usd_words(rng))
    c.a("i'll resubmit it for you it takes about ", n2w(rng.choice([10, 14, 30, 45])), " days and you won't be billed in the meantime")
    ph = make_us_phone(rng)
    c.a("what's the best callback number")
    c.c(P(c, "PHONE", ph, " ".join([say_digits(ph[:3], rng, zero=z), say_digits(ph[3:6], rng, zero=z), say_digits(ph[6:], rng, zero=z, pairs=0.4)])))
    c.a("great you're all set anything else")
    c.c("no thanks have a good one")
    return c


def pos_bank_chat(rng):
    """Chat: sort code + account or IBAN + email typed with varied formatting."""
    c = Case("positive", "chat/banking: sort code + account / IBAN typed with odd separators, email, amounts and dates around them")
    sc = rd(rng, 6)
    acct = rd(rng, 8)
    c.a("Hi, you're chatting with Lee from the payments team. How can I help?")
    amt = rng.randint(40, 2500)
    c.c(ch(rng, "hi i set up a transfer of £", "Hello, I sent £"), f"{amt}", ch(rng, " on monday", " on the 3rd", " last Friday"), " and it bounced back?? ref was ", f"TRF{rd(rng, 6)}")
    c.a("Sorry to hear that. Can you confirm the sort code and account number you sent it to?")
    scs = rng.choice([f"{sc[:2]}-{sc[2:4]}-{sc[4:]}", sc, f"{sc[:2]} {sc[2:4]} {sc[4:]}", f"{sc[:2]}.{sc[2:4]}.{sc[4:]}"])
    acs = rng.choice([acct, f"{acct[:4]} {acct[4:]}", acct])
    if rng.random() < 0.5:
        c.c("sort code ", P(c, "SORT_CODE", sc, scs), " acc ", P(c, "BANK_ACCOUNT", acct, acs))
    else:
        c.c(P(c, "SORT_CODE", sc, scs), "\n", P(c, "BANK_ACCOUNT", acct, acs))
        c.c("sorry thats sort code then account")
    c.a("Thanks. I can see the payee bank rejected it as the account name didn't match. Was it a business account?")
    c.c("yeah its my landlords company. ", ch(rng, "ugh", "typical", "ok"))
    if rng.random() < 0.6:
        ib = make_iban(rng)
        c.a("If they have given you an IBAN you can use that instead, it's more reliable for international payees.")
        form = rng.random()
        shown = group4(ib) if form < 0.4 else (ib if form < 0.7 else group4(ib).lower())
        c.c("they sent me this one ", P(c, "IBAN", ib, shown), " does that look right")
        c.a("Yes, that's a valid format. The fee would be £", rng.choice(["5", "9.50", "15", "0"]), ".")
    c.a("Can I take an email address to send the confirmation to?")
    em = make_email(rng)
    shown = em if rng.random() < 0.7 else em.upper() if rng.random() < 0.3 else em.replace("@", " @ ")
    c.c(ch(rng, "", "sure ", "its "), P(c, "EMAIL", em, shown))
    c.a(f"Done. It should arrive within 2 hours, latest by 5:30pm.")
    c.c("thanks!!")
    return c


def pos_utility_call(rng):
    """Utilities call: move home, meter readings (non-PII), address, postcode, email, DD details."""
    c = Case("positive", "call/utilities UK/IE: home move with meter readings and dates, new address, postcode, email spoken, direct debit sort code and account")
    z = rng.choice(["oh", "zero", "nought"])
    ie = rng.random() < 0.25
    c.a("hello you're through to ", rng.choice(["customer services", "the moving home team"]), " how can i help")
    c.c("hi i'm moving house on ", date_words(rng), " and need to move my gas and electric over")
    c.a("no problem can i take a meter reading for the old property")
    c.c("yeah electric is ", say_digits(rd(rng, 5), rng, zero=z, doubles=0.3), " and gas is ", say_digits(rd(rng, 4), rng, zero=z, doubles=0.3))
    c.a("thanks and what's the new address")
    hn = rng.randint(2, 190)
    flat = rng.random() < 0.3
    street = rng.choice(IE_STREETS if ie else UK_STREETS)
    adr_raw = (f"Flat {rng.randint(1, 12)}, " if flat else "") + f"{hn} {street}"
    adr_sp = adr_raw.lower().replace(",", "")
    adr_sp = re.sub(r"\d+", lambda m: house_words(int(m.group()), rng), adr_sp)
    if ie:
        ek = rng.choice(["D09", "D03", "A94", "T12", "H91", "D6W"])
        c.c("it's ", P(c, "ADDRESS", adr_raw, adr_sp), " ", rng.choice(["dublin", "cork", "galway"]), " and the eircode is ", ek, " ", "".join(rng.choice("ACDEFHKNPRTVWXY0123456789") for _ in range(4)).lower())
        # eircode is not in scope (not a UK/US postcode) -> rebuild note
        c.note += "; eircode present but unlabelled (not UK/US postcode)"
    else:
        pc = make_uk_pc(rng)
        c.c("it's ", P(c, "ADDRESS", adr_raw, adr_sp), " ", rng.choice(["leeds", "bristol", "manchester", "croydon"]), " ", P(c, "POSTCODE", pc, say_alnum(pc, rng, zero=z, nato=0.3, homo=0.2)))
    c.a("lovely and the new tariff is ", n2w(rng.randint(22, 30)), " point ", n2w(rng.randint(1, 9)), " pence per kilowatt hour with a standing charge of ", n2w(rng.randint(40, 60)), " p a day")
    c.c("okay that's fine")
    c.a("do you want to keep paying by direct debit")
    c.c("yeah but from a different account")
    sc = rd(rng, 6)
    ac = rd(rng, 8)
    c.a("okay what's the sort code")
    if rng.random() < 0.5:
        c.c(P(c, "SORT_CODE", sc, " ".join(say_digits(sc[i:i + 2], rng, zero=z, pairs=0.6, doubles=0.5) for i in (0, 2, 4))))
    else:
        gid = c.val("SORT_CODE", sc)
        c.c((say_digits(sc[:4], rng, zero=z, pairs=0.3), gid))
        c.a("mhm")
        c.c((say_digits(sc[4:], rng, zero=z, pairs=0.5), gid))
    c.a("and the account number")
    c.c(ch(rng, "", "right it's ", "um "), P(c, "BANK_ACCOUNT", ac, say_digits(ac, rng, zero=z, doubles=0.5, pairs=0.1, filler=0.2)))
    c.a("and an email for your bills")
    em = make_email(rng)
    c.c(P(c, "EMAIL", em, say_email(em, rng)))
    c.a("great your first bill will be on ", date_words(rng), " and it'll be about ", money_gbp_words(rng, 60, 220), " a month")
    c.c("cheers")
    return c


def pos_telecom_chat(rng):
    c = Case("positive", "chat/telecom: phone number typed with varied separators, card and expiry/CVV in one message, email with typo-ish spacing, data amounts and prices nearby")
    uk = rng.random() < 0.5
    c.a("Hi there 👋 you're chatting with Sam. What can I help with?")
    c.c(ch(rng, "my phone has had no signal since tuesday ", "hiya i've gone over my data again, used "), f"{rng.randint(2, 40)}GB", " this month and got charged ", f"{'£' if uk else '$'}{rng.randint(5, 60)}.{rng.choice(['00', '50', '99'])}")
    c.a("Sorry about that! What's the number on the account?")
    if uk:
        ph = make_uk_mobile(rng)
        shown = rng.choice([ph, f"{ph[:5]} {ph[5:]}", f"+44 {ph[1:5]} {ph[5:]}", f"+44{ph[1:]}", f"{ph[:5]}-{ph[5:8]}-{ph[8:]}", f"(0){ph[1:5]} {ph[5:]}"])
        raw = ph if not shown.startswith("+") else "44" + ph[1:]
    else:
        ph = make_us_phone(rng)
        shown = rng.choice([f"({ph[:3]}) {ph[3:6]}-{ph[6:]}", f"{ph[:3]}-{ph[3:6]}-{ph[6:]}", f"{ph[:3]}.{ph[3:6]}.{ph[6:]}", f"+1 {ph[:3]} {ph[3:6]} {ph[6:]}", ph])
        raw = ph if not shown.startswith("+") else "1" + ph
    if shown.startswith("(0)"):
        raw = ph
    c.c(ch(rng, "its ", "", "number is "), P(c, "PHONE", raw, shown))
    c.a("Thanks. I can see an add-on was applied on the 14th. I can refund half of it as a goodwill gesture.")
    c.c("can i just pay the rest now on a different card")
    c.a("Of course, please type the card number, expiry and security code.")
    card = make_card(rng)
    sep = rng.choice([" ", "-", "", " ", "  "])
    cs = group_card(card, rng, sep) if sep else card
    e_raw, e_s = expiry_forms(rng, False)
    cvv = rd(rng, 4 if len(card) == 15 else 3)
    f = rng.random()
    if f < 0.5:
        c.c(P(c, "CARD_NUMBER", card, cs), " exp ", P(c, "EXPIRY", e_raw, e_s), " cvv ", P(c, "CVV", cvv))
    else:
        c.c(P(c, "CARD_NUMBER", card, cs))
        c.c(ch(rng, "expiry ", "exp: ", "expires "), P(c, "EXPIRY", e_raw, e_s), ch(rng, " and code ", ", sec code ", " / cvc "), P(c, "CVV", cvv))
    c.a("Payment taken. Would you like receipts by email?")
    em = make_email(rng)
    c.c("yes ", P(c, "EMAIL", em, em if rng.random() < 0.7 else em.replace(".", " . ", 1) if "." in em.split("@")[0] else em))
    c.a("All done, reference " + f"CHG-{rd(rng, 7)}" + ". Anything else?")
    c.c("no thats it ty")
    return c


def pos_travel_call(rng):
    c = Case("positive", "call/travel IE/UK/EU: booking ref and flight number (unlabelled), card read with a self-correction, international phone, email spoken with letters spelled")
    z = rng.choice(["zero", "oh"])
    c.a("good morning thanks for calling reservations how can i help")
    c.c("hi i need to change my flight ", rng.choice(["e i", "f r", "b a", "u a"]), " ", n2w(rng.randint(100, 999)), " on ", date_words(rng), " to the next day")
    c.a("okay do you have the booking reference")
    c.c("yeah it's ", " ".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ").lower() for _ in range(6)))
    c.a("thanks there's a change fee of ", n2w(rng.randint(30, 90)), " euro plus the fare difference of ", n2w(rng.randint(10, 200)), " euro the new flight departs at ", rng.choice(["six forty five", "ten past nine", "half seven", "fourteen twenty"]))
    c.a("if you're happy to go ahead what card would you like to pay with")
    card = make_card(rng)
    g = group_card(card, rng).split(" ")
    gid = c.val("CARD_NUMBER", card)
    # self-correction: a wrong chunk read then restarted; the wrong chunk is labelled too
    wrong = g[1][:-1] + str((int(g[1][-1]) + 3) % 10)
    c.c((say_digits(g[0], rng, zero=z), gid), " ", (say_digits(wrong, rng, zero=z), c.val("CARD_NUMBER", wrong, partial=True)), " no sorry ", (say_digits(g[1], rng, zero=z), gid))
    c.a("okay ", rng.choice(["mhm", "go on"]))
    c.c((" ".join(say_digits(x, rng, zero=z, doubles=0.5) for x in g[2:]), gid))
    raw, s = expiry_forms(rng, True)
    c.a("and the expiry")
    c.c(P(c, "EXPIRY", raw, s))
    cvv = rd(rng, 4 if len(card) == 15 else 3)
    c.a("and the three digit code on the back")
    c.c(ch(rng, "", "it's ", "that's "), P(c, "CVV", cvv, say_digits(cvv, rng, zero=z)))
    c.a("thank you and a contact number in case of disruption")
    if rng.random() < 0.5:
        ph = make_ie_mobile(rng)
        raw = "353" + ph[1:]
        sp = "plus three five three " + say_digits(ph[1:], rng, zero=z, doubles=0.5, pairs=0.1)
    else:
        ph = make_uk_mobile(rng)
        raw = "44" + ph[1:]
        sp = "plus four four " + say_digits(ph[1:], rng, zero=z, doubles=0.5, pairs=0.1)
    c.c(P(c, "PHONE", raw, sp))
    em = make_email(rng)
    c.a("and i'll send the new itinerary to the email on file or a different one")
    c.c("a different one please ", P(c, "EMAIL", em, say_email(em, rng)))
    c.a("let me read that back ", P(c, "EMAIL", em, say_email(em, rng)))
    c.c("that's right")
    c.a("you're all set your new seat is ", n2w(rng.randint(3, 33)), " ", rng.choice("abcdef"), " have a good trip")
    return c


def pos_insurance_chat(rng):
    c = Case("positive", "chat/insurance UK: NI number typed in many formats, DOB, address with postcode, claim number and amounts unlabelled")
    ni = make_ni(rng)
    c.a("Hello, you're through to claims. Please could you give me your policy or claim number?")
    cl = f"CLM{rd(rng, 7)}"
    c.c(f"hi its {cl}, i'm chasing my claim for the water damage, it's been {rng.randint(3, 9)} weeks")
    c.a("Thanks. For security could you confirm your date of birth and National Insurance number?")
    raw, s = dob_typed(rng)
    form = rng.randint(0, 6)
    nis = [ni, f"{ni[:2]} {ni[2:4]} {ni[4:6]} {ni[6:8]} {ni[8]}", ni.lower(), f"{ni[:2]}{ni[2:8]}-{ni[8]}",
           f"{ni[:2]} {ni[2:8]} {ni[8]}", f"{ni[:2]}-{ni[2:4]}-{ni[4:6]}-{ni[6:8]}-{ni[8]}", f"{ni[:2].lower()} {ni[2:8]} {ni[8].lower()}"][form]
    if rng.random() < 0.5:
        c.c(P(c, "DOB", raw, s), " and ", P(c, "NI_NUMBER", ni, nis))
    else:
        c.c("dob ", P(c, "DOB", raw, s))
        c.c("NI ", P(c, "NI_NUMBER", ni, nis))
    c.a("Thank you. And the address of the insured property?")
    hn = rng.randint(1, 300)
    street = rng.choice(UK_STREETS)
    pc = make_uk_pc(rng)
    pcs = rng.choice([pc, pc.lower(), pc.replace(" ", "")])
    c.c(P(c, "ADDRESS", f"{hn} {street}", rng.choice([f"{hn} {street}", f"{hn}, {street.lower()}", f"{hn} {street.upper()}"])), ", ", rng.choice(["Reading", "Stockport", "Cardiff", "Leeds"]), " ", P(c, "POSTCODE", pc, pcs))
    c.a(f"Thanks. I can see the loss adjuster visited on the {rng.randint(1, 28)}th and recommended a settlement of £{rng.randint(800, 9000)}. Your excess is £{rng.choice([100, 250, 350, 500])}.")
    c.c("so when will it be paid")
    c.a("Within 5 working days. Is the best number still the mobile we have on file?")
    ph = make_uk_mobile(rng)
    c.c("no its changed, new one ", P(c, "PHONE", ph, rng.choice([ph, f"{ph[:5]} {ph[5:]}", f"{ph[:5]} {ph[5:8]} {ph[8:]}"])))
    c.a("Updated. Anything else?")
    c.c("no thanks")
    return c


def pos_eu_iban_call(rng):
    c = Case("positive", "call/banking EU/IE: IBAN read aloud in groups across turns with letters spelled, international phone, amounts in euro unlabelled")
    country = rng.choice(["IE", "DE", "NL", "FR", "ES", "GB", "IT"])
    ib = make_iban(rng, country)
    z = rng.choice(["zero", "oh"])
    c.a("good afternoon payments desk how can i help")
    c.c("hi i need to send ", n2w(rng.randint(200, 5000)), " euro to my ", rng.choice(["daughter", "builder", "landlord", "brother"]), " abroad and the app won't let me add the account")
    c.a("okay i can set that up for you what's the iban")
    gid = c.val("IBAN", ib)
    chunks = [ib[i:i + 4] for i in range(0, len(ib), 4)]
    split = rng.random() < 0.6
    if split:
        k = rng.randint(2, len(chunks) - 2)
        c.c(ch(rng, "right it's ", "okay ", ""), (" ".join(say_alnum(x, rng, zero=z, nato=0.4, homo=0.1, doubles=0.4) for x in chunks[:k]), gid))
        c.a(ch(rng, "okay", "mhm yep", "go on"))
        c.c((" ".join(say_alnum(x, rng, zero=z, nato=0.4, homo=0.1, doubles=0.4) for x in chunks[k:]), gid))
    else:
        c.c(ch(rng, "it's ", "so "), (say_alnum(ib, rng, zero=z, nato=0.3, homo=0.1, doubles=0.4), gid))
    c.a("thanks and the bic")
    c.c("um i don't have that")
    c.a("that's okay it isn't needed for sepa the transfer fee is ", n2w(rng.choice([0, 3, 5])), " euro and it'll arrive by ", rng.choice(["tomorrow", "thursday", "end of the week"]))
    c.c("great")
    c.a("for the one time passcode can i confirm your mobile")
    if country == "DE":
        ph = "49" + "1" + rng.choice("567") + rd(rng, 9)
        sp = "plus four nine " + say_digits(ph[2:], rng, zero=z, doubles=0.5, pairs=0.2)
    elif country == "NL":
        ph = "316" + rd(rng, 8)
        sp = "plus three one six " + say_digits(ph[3:], rng, zero=z, doubles=0.5)
    else:
        m = make_ie_mobile(rng)
        ph = m
        sp = say_digits(m, rng, zero=z, doubles=0.5, pairs=0.15)
    c.c(ch(rng, "", "it's ", "yeah "), P(c, "PHONE", ph, sp))
    c.a("okay i've sent the code it should come through in a minute")
    c.c("got it it's ", say_digits(rd(rng, 6), rng, zero=z, doubles=0))
    c.a("perfect that's all set up reference ", say_digits(rd(rng, 9), rng, zero=z, doubles=0))
    return c


def pos_retail_chat(rng):
    c = Case("positive", "chat/retail: order issue; card typed with odd grouping, expiry/CVV inline, delivery address and postcode/ZIP, email; order number and prices unlabelled")
    us = rng.random() < 0.5
    cur = "$" if us else "£"
    order = rd(rng, rng.choice([8, 9, 10]))
    c.a("Hi! Thanks for contacting us. How can I help today?")
    c.c(f"hey my order #{order} never arrived, it was {cur}{rng.randint(20, 300)}.{rng.choice(['99', '00', '49'])} and it says delivered at {rng.randint(1, 11)}:{rng.choice(['05', '32', '47'])}pm ")
    c.a("I'm really sorry. Can you confirm the delivery address?")
    if us:
        hn = rng.randint(10, 9999)
        st = rng.choice(US_STREETS)
        zp = make_zip(rng)
        plus4 = rng.random() < 0.3
        zraw = zp + (rd(rng, 4) if plus4 else "")
        zs = zp + ("-" + zraw[5:] if plus4 else "")
        apt = rng.random() < 0.3
        adr = f"{hn} {st}" + (f" Apt {rng.randint(1, 40)}" if apt else "")
        c.c(P(c, "ADDRESS", adr, adr if rng.random() < 0.6 else adr.lower()), ", ", rng.choice(["Austin TX", "Columbus, OH", "Denver CO", "Tampa, FL"]), " ", P(c, "POSTCODE", zraw, zs))
    else:
        hn = rng.randint(1, 200)
        st = rng.choice(UK_STREETS)
        pc = make_uk_pc(rng)
        c.c(P(c, "ADDRESS", f"{hn} {st}", f"{hn} {st}" if rng.random() < 0.6 else f"{hn} {st.lower()}"), " ", P(c, "POSTCODE", pc, rng.choice([pc, pc.lower(), pc.replace(" ", "")])))
    c.a("Thanks. I can send a replacement or refund. A replacement would arrive in 3-5 days.")
    c.c("send a replacement but upgrade to next day delivery, i'll pay the extra " + f"{cur}4.99")
    c.a("Sure, please enter the card details.")
    card = make_card(rng)
    form = rng.randint(0, 3)
    if form == 0:
        cs = group_card(card, rng, " ")
    elif form == 1:
        cs = card
    elif form == 2:
        cs = group_card(card, rng, "-")
    else:
        cs = card[:8] + " " + card[8:]
    e_raw, e_s = expiry_forms(rng, False)
    cvv = rd(rng, 4 if len(card) == 15 else 3)
    c.c(P(c, "CARD_NUMBER", card, cs), rng.choice([" ", ", ", " | "]), P(c, "EXPIRY", e_raw, e_s), rng.choice([" ", ", ", " | "]), P(c, "CVV", cvv))
    c.a("Thank you, that's gone through. Where should we email the confirmation?")
    em = make_email(rng)
    c.c(P(c, "EMAIL", em))
    c.a("Done! Your new order number is " + rd(rng, 9) + ".")
    return c


def pos_readback_call(rng):
    c = Case("positive", "call/telecom UK/US: agent reads values back (agent-turn spans); bank account for direct debit and phone with double/triple; late fee, times, compensation unlabelled")
    z = rng.choice(["oh", "zero", "o"])
    us = rng.random() < 0.4
    c.a("hi thanks for calling ", rng.choice(["broadband support", "mobile support", "billing"]), " how can i help")
    c.c("hi my direct debit failed and i've been charged a ", n2w(rng.choice([5, 10, 12, 15])), " pound late fee")
    c.a("sorry about that it looks like the bank rejected it can i check the bank account number we have")
    ac = rd(rng, 8)
    c.c(ch(rng, "yeah it's ", "sure ", "um it's "), P(c, "BANK_ACCOUNT", ac, say_digits(ac, rng, zero=z, doubles=0.6, pairs=0.1)))
    c.a("let me read it back ", P(c, "BANK_ACCOUNT", ac, say_digits(ac, rng, zero="zero", doubles=0)))
    c.c("yep")
    ph = make_us_phone(rng) if us else make_uk_mobile(rng)
    c.a("and the phone number on the account")
    c.c(P(c, "PHONE", ph, say_digits(ph, rng, zero=z, doubles=0.7, pairs=0.15)))
    c.a("so that's ", P(c, "PHONE", ph, say_digits(ph, rng, zero=z, doubles=0.0)), " correct")
    c.c("yeah")
    c.a("okay i can see the outage in your area started at ", rng.choice(["four fifteen", "half past two", "nine o'clock"]), " and engineers expect it fixed within ", n2w(rng.choice([4, 6, 12, 24, 48])), " hours")
    c.c("and do i get money back for that")
    c.a("yes there's automatic compensation of ", money_usd_words(rng, 5, 15) if us else money_gbp_words(rng, 5, 15), " per day")
    c.c("fine thanks")
    return c


def pos_mixed_two_in_turn(rng):
    c = Case("positive", "call/healthcare billing or banking US/UK: two values in one turn amid chit-chat (postcode then phone / DOB then ZIP), ages and times unlabelled")
    z = rng.choice(["oh", "zero"])
    us = rng.random() < 0.5
    c.a("hi this is ", rng.choice(["billing", "the pharmacy", "patient accounts"]), " how can i help")
    c.c("hi i'm calling for my mum she's ", n2w(rng.randint(70, 92)), " and she's got a letter saying she owes ", money_usd_words(rng) if us else money_gbp_words(rng))
    c.a("okay is she with you to give consent")
    c.c("yeah she's here on speaker")
    c.a("great can i have her date of birth and ", "zip code" if us else "postcode")
    raw, s = dob_spoken(rng)
    if us:
        zp = make_zip(rng)
        c.c("it's ", P(c, "DOB", raw, s), " and the zip is ", P(c, "POSTCODE", zp, say_digits(zp, rng, zero=z, pairs=0.3)), " sorry she's got the tv on")
    else:
        pc = make_uk_pc(rng)
        c.c("she was born ", P(c, "DOB", raw, s), " and postcode ", P(c, "POSTCODE", pc, say_alnum(pc, rng, zero=z, nato=0.3, homo=0.3)))
    c.a("thanks i found the account the letter was for an appointment on ", date_words(rng), " at ", rng.choice(["ten thirty", "two fifteen", "quarter to nine"]))
    c.c("she never went to that one")
    c.a("i'll cancel the charge then and send a new statement can i confirm the address")
    hn = rng.randint(1, 950)
    st = rng.choice(US_STREETS if us else UK_STREETS)
    ph = make_us_phone(rng) if us else make_uk_land(rng)
    c.c(P(c, "ADDRESS", f"{hn} {st}", f"{house_words(hn, rng)} {st.lower()}"), " and you can call her on ", P(c, "PHONE", ph, say_digits(ph, rng, zero=z, doubles=0.5, pairs=0.1)), " if you need anything")
    c.a("perfect that's updated the new statement will show a balance of zero")
    c.c("thank you so much")
    return c


def pos_ssn_chat(rng):
    c = Case("positive", "chat/banking or government US: SSN typed with various separators, DOB, ZIP, email; account opening, amounts unlabelled")
    ssn = make_ssn(rng)
    c.a("Welcome! I can help you finish your account application. Can you confirm your SSN?")
    form = rng.randint(0, 4)
    ss = [f"{ssn[:3]}-{ssn[3:5]}-{ssn[5:]}", ssn, f"{ssn[:3]} {ssn[3:5]} {ssn[5:]}", f"{ssn[:3]}.{ssn[3:5]}.{ssn[5:]}", f"{ssn[:3]}-{ssn[3:5]} {ssn[5:]}"][form]
    c.c(ch(rng, "sure ", "its ", "ssn: ", ""), P(c, "SSN", ssn, ss))
    c.a("Thanks. And your date of birth?")
    raw, s = dob_typed(rng)
    c.c(P(c, "DOB", raw, s))
    c.a("Great, the application shows an opening deposit of $" + str(rng.randint(25, 500)) + ". What's your ZIP?")
    zp = make_zip(rng)
    c.c(P(c, "POSTCODE", zp))
    c.a("And the email for e-statements?")
    em = make_email(rng)
    c.c(P(c, "EMAIL", em))
    c.a("You're approved! Your debit card will arrive in 7-10 business days.")
    c.c("awesome thanks")
    if rng.random() < 0.5:
        c.c("oh wait i think i typed my social wrong its ", P(c, "SSN", ssn, f"{ssn[:3]}-{ssn[3:5]}-{ssn[5:]}" if form != 0 else ssn))
        c.a("No problem, that matches what we have.")
    return c


def pos_ni_split_call(rng):
    c = Case("positive", "call/government UK: NI number split over several turns, customer reads from a letter with filler words, agent reads back; benefit amounts and dates unlabelled")
    ni = make_ni(rng)
    z = rng.choice(["oh", "zero", "nought"])
    c.a("hello universal credit how can i help")
    c.c("hiya my payment of ", money_gbp_words(rng), " didn't come in on ", date_words(rng))
    c.a("i'm sorry to hear that i'll need your national insurance number")
    c.c("right hang on it's on this letter somewhere")
    gid = c.val("NI_NUMBER", ni)
    c.c("okay ", (say_alnum(ni[:2], rng, nato=0.5, homo=0.3), gid))
    c.a(ch(rng, "yep", "mhm"))
    c.c((say_digits(ni[2:4], rng, zero=z, pairs=0.5), gid))
    c.a(ch(rng, "yep", "mhm", "okay"))
    c.c((say_digits(ni[4:6], rng, zero=z, pairs=0.5), gid), " ", (say_digits(ni[6:8], rng, zero=z, pairs=0.5), gid))
    c.a("and the last letter")
    c.c((say_letter(ni[8], rng, nato=0.6, homo=0.2), gid))
    c.a("thank you so that's ", P(c, "NI_NUMBER", ni, say_alnum(ni, rng, zero=z, nato=0.0, homo=0.0, doubles=0)))
    c.c("yes")
    c.a("i can see the payment was held because we were waiting for your fit note from ", date_words(rng))
    c.c("i sent that in weeks ago")
    c.a("it's arrived now so the payment will go out today and should reach you by ", rng.choice(["midnight", "tomorrow morning", "friday"]))
    c.a("we'll text you on the number ending in ", say_digits(rd(rng, 3), rng, zero=z, doubles=0), " is that still right")
    c.c("yeah")
    return c


def pos_us_areacode_call(rng):
    c = Case("positive", "call/telecom or utilities US: phone given as 'area code ...' with the area code and number as two spans in one turn, address with apartment, ZIP+4 spoken, card ending mentioned (unlabelled), speeds and prices")
    z = rng.choice(["oh", "zero", "o"])
    c.a("thanks for calling ", rng.choice(["internet support", "the gas company", "wireless services"]), " can i get the phone number on the account")
    ph = make_us_phone(rng)
    gid = c.val("PHONE", ph)
    c.c("yeah area code ", (say_digits(ph[:3], rng, zero=z), gid), " and then ", (say_digits(ph[3:], rng, zero=z, doubles=0.5, pairs=0.3), gid))
    c.a("thank you and can you verify the service address")
    hn = rng.randint(100, 9800)
    st = rng.choice(US_STREETS)
    apt = rng.randint(1, 30)
    c.c(P(c, "ADDRESS", f"{hn} {st} Apt {apt}", f"{house_words(hn, rng)} {st.lower()} apartment {n2w(apt)}"), " in ", rng.choice(["phoenix", "dallas", "columbus", "tampa"]))
    zp = make_zip(rng) + rd(rng, 4)
    c.a("and the zip")
    c.c(P(c, "POSTCODE", zp, say_digits(zp[:5], rng, zero=z, pairs=0.3) + " dash " + say_digits(zp[5:], rng, zero=z)))
    c.a("okay i see you're on the ", n2w(rng.choice([300, 500])), " megabit plan for ", money_usd_words(rng, 45, 120), " a month")
    c.c("yeah but i'm only getting like ", n2w(rng.randint(20, 90)), " megs since last tuesday")
    c.a("i'm sorry i'll send a technician on ", rng.choice(["monday", "wednesday", "friday"]), " between ", rng.choice(["eight and noon", "one and five"]), " there's no charge")
    c.c("okay and the ", money_usd_words(rng, 5, 39), " late fee from last month can you waive that")
    c.a("i can do that i'll credit it back to the card ending in ", say_digits(rd(rng, 4), rng, zero=z, doubles=0), " within ", n2w(rng.choice([3, 5, 7])), " business days")
    c.c("great and can you email me the appointment confirmation")
    em = make_email(rng)
    c.a("sure what email")
    c.c(P(c, "EMAIL", em, say_email(em, rng).replace(" at ", " at sign ", 1) if rng.random() < 0.3 else say_email(em, rng)))
    c.a("all set your ticket number is ", say_digits(rd(rng, 8), rng, zero=z, doubles=0))
    c.c("thanks")
    return c


def pos_typo_chat(rng):
    c = Case("positive", "chat/banking or insurance UK/IE: messy typed chat with typos, values split across messages, 'nr'/'no.' abbreviations, corrections; amounts and refs unlabelled")
    c.a("Hi, you're through to support. How can I help?")
    c.c(ch(rng, "hi ive been charged twice for my premium ", "helo my card was declined 3 times today for "), f"£{rng.randint(20, 200)}.{rng.choice(['00', '50', '99'])}", " wtf")
    c.a("Sorry about that. Can I take your date of birth and postcode to find you?")
    raw, s = dob_typed(rng)
    pc = make_uk_pc(rng)
    c.c("dob ", P(c, "DOB", raw, s), " pc ", P(c, "POSTCODE", pc, rng.choice([pc.lower(), pc.replace(" ", ""), pc])))
    c.a("Thanks. I can see two payments on " + f"{rng.randint(1, 28)}/{rng.randint(1, 12)}" + ". Which card did you use?")
    card = make_card(rng)
    g = group_card(card, rng).split(" ")
    gid = c.val("CARD_NUMBER", card)
    k = rng.randint(1, len(g) - 1)
    c.c("card nr ", (" ".join(g[:k]), gid))
    c.c((" ".join(g[k:]), gid), " sorry hit enter to soon")
    c.a("No worries. I can see the duplicate; I'll refund it, usually 3-5 working days.")
    c.c("ok also can u update my ni no. its wrong on the letter")
    ni = make_ni(rng)
    wrong = ni[:8] + rng.choice([x for x in "ABCD" if x != ni[8]])
    c.a("Sure, what should it be?")
    c.c(P(c, "NI_NUMBER", ni, rng.choice([ni, ni.lower(), f"{ni[:2]} {ni[2:4]} {ni[4:6]} {ni[6:8]} {ni[8]}"])), " not ", P(c, "NI_NUMBER", wrong, wrong.lower()))
    c.a("Updated. Is your mobile still correct?")
    ph = make_uk_mobile(rng) if rng.random() < 0.7 else make_ie_mobile(rng)
    if ph.startswith("08"):
        phs = rng.choice([ph, f"{ph[:3]} {ph[3:6]} {ph[6:]}", f"{ph[:3]}-{ph[3:]}"])
    else:
        phs = rng.choice([ph, f"{ph[:5]} {ph[5:8]} {ph[8:]}", f"{ph[:5]} {ph[5:]}"])
    c.c("no new one is ", P(c, "PHONE", ph, phs), " ta")
    c.a("Done. Your complaint ref is " + rd(rng, 7) + ".")
    c.c("thx")
    return c


POS_TEMPLATES = [
    (pos_bank_card_call, 18), (pos_ni_call, 18), (pos_ssn_call, 18), (pos_bank_chat, 14),
    (pos_utility_call, 14), (pos_telecom_chat, 14), (pos_travel_call, 13), (pos_insurance_chat, 14),
    (pos_eu_iban_call, 12), (pos_retail_chat, 12), (pos_readback_call, 10), (pos_mixed_two_in_turn, 12),
    (pos_ssn_chat, 12), (pos_ni_split_call, 12), (pos_us_areacode_call, 12), (pos_typo_chat, 12),
]


# ----------------------------------------------------------------------------
# negative templates (nothing may be redacted)
def neg_billing_call(rng):
    c = Case("negative", "call/telecom: billing dispute with amounts, invoice number, dates, times, data quantities; no PII")
    z = rng.choice(["oh", "zero"])
    c.a("hello thanks for calling billing my name's ", rng.choice(["anna", "joe", "priti"]), " how can i help")
    c.c("hi my bill this month is ", money_gbp_words(rng), " and it's normally ", money_gbp_words(rng))
    c.a("okay let me have a look do you have the invoice number")
    c.c("yeah invoice number ", say_digits(rd(rng, rng.choice([7, 8, 9, 10])), rng, zero=z, doubles=0.4))
    c.a("thanks i can see you used ", n2w(rng.randint(12, 90)), " gigabytes of data and there were ", n2w(rng.randint(2, 30)), " calls to international numbers")
    c.c("i was in spain from the ", ORD[rng.randint(1, 14)], " to the ", ORD[rng.randint(15, 28)])
    c.a("that explains it roaming was charged at ", n2w(rng.randint(2, 6)), " pounds a day")
    c.c("can you take anything off")
    c.a("i can apply a credit of ", money_gbp_words(rng), " and put you on the ", n2w(rng.choice([10, 20, 30])), " gig plan for ", n2w(rng.randint(10, 30)), " pounds a month from ", date_words(rng))
    c.c("okay do that please")
    c.a("done your ticket number is ", say_digits(rd(rng, 8), rng, zero=z, doubles=0), " and the new plan starts at midnight")
    c.c("thanks bye")
    return c


def neg_travel_chat(rng):
    c = Case("negative", "chat/travel: flight number, times, gate, seat, booking reference, prices, durations; no PII")
    fl = rng.choice(["EI", "FR", "BA", "UA", "LH", "KL"]) + str(rng.randint(100, 9999))
    c.a("Hi, how can I help with your trip?")
    c.c(f"my flight {fl} on {rng.randint(1, 28)}/{rng.randint(1, 12)} was delayed by {rng.randint(2, 7)} hours, can I claim?")
    c.a("Let me check. Can you share the booking reference?")
    c.c("booking ref " + "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(6)))
    c.a(f"Thanks. The flight departed at {rng.randint(10, 23)}:{rng.choice(['05', '15', '40'])} instead of {rng.randint(6, 9)}:{rng.choice(['00', '30'])}, arrival delay {rng.randint(3, 6)}h {rng.randint(1, 59)}m.")
    c.c("yes and we missed our connection at gate " + f"B{rng.randint(1, 60)}")
    c.a(f"You're entitled to €{rng.choice([250, 400, 600])} per passenger. For {rng.randint(2, 5)} passengers that's a total I can submit now.")
    c.c(f"also the hotel was €{rng.randint(80, 240)}.{rng.choice(['00', '50'])} for 1 night, room {rng.randint(101, 940)}")
    c.a(f"Please upload the receipt. Claim number {rd(rng, 8)} has been created; expect a reply within 14 days.")
    c.c(f"ok. seat {rng.randint(1, 40)}{rng.choice('ABCDEF')} was broken too lol")
    c.a("I've noted that. Anything else?")
    c.c("no thanks")
    return c


def neg_utility_call(rng):
    c = Case("negative", "call/utilities: meter readings, tariff rates, kWh, payment dates, account balance, temperatures; no PII")
    z = rng.choice(["oh", "zero", "nought"])
    c.a("good morning energy support how can i help")
    c.c("hi i want to give a meter reading it's ", say_digits(rd(rng, 5), rng, zero=z, doubles=0.5), " and the night one is ", say_digits(rd(rng, 5), rng, zero=z, doubles=0.5))
    c.a("thanks that's gone on your account the balance is ", money_gbp_words(rng), " in credit")
    c.c("oh good and why is my direct debit going up to ", money_gbp_words(rng))
    c.a("it's because you used ", n2w(rng.randint(200, 900)), " kilowatt hours last month compared to ", n2w(rng.randint(100, 400)), " the year before")
    c.c("well it was minus ", n2w(rng.randint(2, 8)), " degrees in january and the boiler is set to ", n2w(rng.randint(18, 23)))
    c.a("that will do it the new payment will be taken on the ", ORD[rng.randint(1, 28)], " of each month starting ", rng.choice(MONTHS), " ", year_words(rng.randint(2025, 2027)))
    c.c("can i spread it over ", n2w(rng.choice([6, 12, 18])), " months")
    c.a("yes that's ", n2w(rng.randint(3, 20)), " percent less per month your reference for that is ", say_digits(rd(rng, 7), rng, zero=z, doubles=0))
    c.c("okay thanks")
    return c


def neg_bank_chat(rng):
    c = Case("negative", "chat/banking: balances, interest rates, transaction amounts and dates, last-login time, reference numbers; no PII")
    c.a("Hi, you're chatting with the bank. How can we help?")
    c.c(f"why was i charged £{rng.randint(5, 35)}.00 on {rng.randint(1, 28)}/{rng.randint(1, 12)}/{rng.choice([2025, 2026])}??")
    c.a(f"That's an arranged overdraft fee. Your balance went to -£{rng.randint(50, 900)}.{rng.randint(10, 99)} for {rng.randint(2, 9)} days.")
    c.c(f"my salary of £{rng.randint(1500, 4500)} should have come in on the 25th")
    c.a(f"It arrived at {rng.randint(1, 11)}:{rng.randint(10, 59)}am on the 26th as the 25th was a bank holiday.")
    c.c("can you refund it")
    c.a(f"Yes, I've refunded £{rng.randint(5, 35)}. Your savings rate is also going up to {rng.randint(2, 5)}.{rng.randint(1, 9)}% AER from 1 {rng.choice(['March', 'April', 'May'])}.")
    c.c(f"nice. also my case ref {rd(rng, 9)} from last year never got closed")
    c.a(f"I've closed case {rd(rng, 9)}. Is there anything else?")
    c.c(f"no, {rng.randint(2, 6)} stars for the app tho, it logged me out {rng.randint(3, 12)} times today")
    return c


def neg_retail_call(rng):
    c = Case("negative", "call/retail: order number, model number, quantities, prices, delivery window, return period; no PII")
    z = rng.choice(["oh", "zero"])
    c.a("thanks for calling customer care how can i help")
    c.c("hi i ordered ", n2w(rng.randint(2, 6)), " of the ", rng.choice(["kx", "tv", "hd", "xr"]), " ", n2w(rng.randint(100, 900)), " models and only ", n2w(1), " turned up")
    c.a("sorry about that do you have the order number")
    c.c("yeah order number ", say_digits(rd(rng, rng.choice([8, 9, 10])), rng, zero=z, doubles=0.5, pairs=0.1))
    c.a("okay i can see they were ", money_usd_words(rng), " each and the rest are still at the warehouse")
    c.c("when will they arrive")
    c.a("between ", rng.choice(["eight and twelve", "one and five", "nine and one"]), " on ", rng.choice(["monday", "tuesday", "friday"]), " the ", ORD[rng.randint(1, 28)])
    c.c("and if i don't want them i've got ", n2w(rng.choice([14, 30, 60])), " days to return yeah")
    c.a("that's right and shipping is free over ", n2w(rng.choice([35, 50, 75])), " dollars")
    c.c("okay thanks")
    return c


def neg_insurance_call(rng):
    c = Case("negative", "call/insurance: claim number, policy renewal date (not DOB), ages of drivers, car model, mileage, premium, excess; no PII")
    z = rng.choice(["oh", "zero", "nought"])
    c.a("hello motor claims how can i help")
    c.c("hi i'm calling about claim number ", say_digits(rd(rng, rng.choice([6, 7, 8])), rng, zero=z, doubles=0.4))
    c.a("thanks i see it was reported on ", date_words(rng), " at about ", rng.choice(["five past six", "twenty to eight", "half eleven"]))
    c.c("yeah someone went into the back of me at about ", n2w(rng.randint(10, 40)), " miles an hour")
    c.a("and the car is the ", year_words(rng.randint(2010, 2024)), " ", rng.choice(["ford focus", "golf", "corolla", "model three"]), " with ", n2w(rng.randint(20, 90)), " thousand miles")
    c.c("that's it")
    c.a("your excess is ", money_gbp_words(rng), " and your policy renews on ", date_words(rng))
    c.c("my son is ", n2w(rng.randint(17, 24)), " and he's a named driver will that go up")
    c.a("it might go up by around ", n2w(rng.randint(5, 25)), " percent i'd estimate ", money_gbp_words(rng), " a year")
    c.c("okay thanks for letting me know")
    return c


def neg_healthcare_call(rng):
    c = Case("negative", "call/healthcare billing US: appointment date and time, copay, deductible, procedure code, ticket number, ages; no PII")
    z = rng.choice(["oh", "zero"])
    c.a("patient billing this is ", rng.choice(["rosa", "mark"]), " how can i help")
    c.c("hi i was charged ", money_usd_words(rng), " for a visit on ", date_words(rng), " but my copay is only ", n2w(rng.choice([20, 25, 35, 40])), " dollars")
    c.a("i see the visit was coded as ", n2w(rng.randint(99201, 99215) % 100 + 100), " which is a new patient visit")
    c.c("i've been going there for ", n2w(rng.randint(2, 15)), " years")
    c.a("okay then it was miscoded i'll open a ticket the ticket number is ", say_digits(rd(rng, 8), rng, zero=z, doubles=0))
    c.c("and my deductible is ", n2w(rng.randint(1, 5)), " thousand has that been met")
    c.a("you've met ", money_usd_words(rng), " of it so far this year")
    c.c("and my next appointment is at ", rng.choice(["nine forty five", "two thirty", "eleven fifteen"]), " on the ", ORD[rng.randint(1, 28)], " will that be billed right")
    c.a("yes it should be thank you for calling")
    return c


def neg_gov_chat(rng):
    c = Case("negative", "chat/government services: application reference, fees, processing times, tax year, appointment date, percentages; no PII")
    c.a("Hello, welcome to the passport and licence service. How can I help?")
    c.c(f"i applied on {rng.randint(1, 28)} {rng.choice(['Jan', 'Feb', 'March', 'Sept'])} and paid £{rng.choice(['88.50', '100', '14', '43'])}, ref {rd(rng, 10)}")
    c.a(f"Thanks. Applications are currently taking {rng.randint(3, 10)} weeks. Yours is at stage {rng.randint(2, 4)} of 5.")
    c.c(f"i fly on the {rng.randint(4, 20)}th at {rng.randint(6, 21)}:{rng.choice(['00', '15', '45'])}, thats {rng.randint(8, 30)} days away")
    c.a(f"You can upgrade to the fast track service for £{rng.randint(50, 200)}. The next appointment is {rng.choice(['Tuesday', 'Thursday'])} at {rng.randint(9, 16)}:{rng.choice(['10', '30', '50'])}.")
    ty = rng.randint(2020, 2025)
    c.c(f"ok and for tax year {ty}-{(ty + 1) % 100} do i still get the {rng.randint(10, 40)}% discount")
    c.a("That discount applies to vehicle tax only. Anything else?")
    c.c(f"no thanks, {rng.randint(2, 4)} people in my queue before me earlier lol")
    return c


def neg_lookalike_call(rng):
    c = Case("negative", "call/banking UK: long digit strings that are references / amounts / years spoken like PII (said with their reference word); no PII")
    z = rng.choice(["oh", "zero", "nought"])
    c.a("fraud team how can i help")
    c.c("hi i got a text saying a payment of ", money_gbp_words(rng), " was blocked at ", rng.choice(["ten to three", "three fifteen", "twenty past one"]))
    c.a("okay do you have the reference from the text")
    c.c("yeah reference ", say_digits(rd(rng, 10), rng, zero=z, doubles=0.5, pairs=0.1))
    c.a("thanks that was an attempt at a shop in ", rng.choice(["paris", "leeds", "new york"]), " for ", money_gbp_words(rng))
    c.c("not me i've been at home all day with a temperature of ", n2w(rng.randint(38, 39)), " point ", n2w(rng.randint(1, 9)))
    c.a("okay i've cancelled that card and a new one will arrive in ", n2w(rng.randint(3, 7)), " to ", n2w(rng.randint(8, 10)), " working days your case number is ", say_digits(rd(rng, 9), rng, zero=z, doubles=0))
    c.c("do i lose my ", n2w(rng.randint(1000, 9000)), " points")
    c.a("no they transfer over and your limit stays at ", n2w(rng.randint(2, 9)), " thousand")
    c.c("thanks")
    return c


def neg_loyalty_call(rng):
    c = Case("negative", "call/retail or telecom: customer-since dates with years, contract start/end dates, loyalty points, model numbers, ages, storage sizes; no PII")
    z = rng.choice(["oh", "zero"])
    c.a("hi you're through to the loyalty team how can i help")
    c.c("hi i've been with you since ", date_words(rng), " ", year_words(rng.randint(1995, 2012)), " and my contract ends on ", date_words(rng))
    c.a("thanks for being with us so long i can see you're on the ", rng.choice(["galaxy s", "pixel", "iphone"]), " ", n2w(rng.randint(7, 15)), " with ", n2w(rng.choice([64, 128, 256])), " gig")
    c.c("yeah and i'm paying ", money_gbp_words(rng, 40, 95), " a month which is silly")
    c.a("i can offer the new model for ", money_gbp_words(rng, 20, 60), " a month over ", n2w(rng.choice([24, 36])), " months starting ", date_words(rng), " ", year_words(rng.randint(2025, 2027)))
    c.c("and my daughter's line she's ", n2w(rng.randint(11, 17)), " can that go on the family plan")
    c.a("yes that's an extra ", n2w(rng.randint(5, 15)), " pounds and you'll get ", n2w(rng.randint(500, 5000)), " reward points your order reference is ", say_digits(rd(rng, 9), rng, zero=z, doubles=0))
    c.c("okay let's do it")
    c.a("lovely it'll be delivered between ", rng.choice(["seven and one", "nine and five"]), " on ", date_words(rng))
    c.c("thanks")
    return c


NEG_TEMPLATES = [
    (neg_billing_call, 13), (neg_travel_chat, 13), (neg_utility_call, 13), (neg_bank_chat, 13),
    (neg_retail_call, 12), (neg_insurance_call, 13), (neg_healthcare_call, 12), (neg_gov_chat, 12),
    (neg_lookalike_call, 13), (neg_loyalty_call, 12),
]


# ----------------------------------------------------------------------------
# build
def build():
    rng = random.Random(SEED)
    pos, neg = [], []
    for fn, n in POS_TEMPLATES:
        for _ in range(n):
            pos.append(fn(rng))
    for fn, n in NEG_TEMPLATES:
        for _ in range(n):
            neg.append(fn(rng))
    rng.shuffle(pos)
    rng.shuffle(neg)
    out = []
    for i, c in enumerate(pos, 1):
        out.append((f"{PFX}-pos-{i:03d}", c))
    for i, c in enumerate(neg, 1):
        out.append((f"{PFX}-neg-{i:03d}", c))
    return out


def to_jsonl(cases) -> str:
    lines = []
    for cid, c in cases:
        spans = sorted(c.spans, key=lambda s: (s["turn"], s["start"]))
        lines.append(json.dumps({"id": cid, "kind": c.kind, "turns": c.turns, "spans": spans,
                                 "note": c.note}, ensure_ascii=False))
    return "\n".join(lines) + "\n"


# ----------------------------------------------------------------------------
# validation
WORDNUM = {w: str(i) for i, w in enumerate(DW)}
WORDNUM.update({"oh": "0", "o": "0", "nought": "0", "nil": "0", "to": "2"})
TEENNUM = {w: str(10 + i) for i, w in enumerate(TEENS)}
TENNUM = {TENS[i]: i for i in range(2, 10)}
NATO_REV = {v: k for k, v in NATO.items()}
NATO_REV["xray"] = "x"
HOMO_REV = {v: k for k, v in HOMO.items()}
SKIP = set(FILLERS) | {"plus", "dash"}


def norm_alnum(text: str) -> str:
    """Normalise spoken/typed value text to an uppercase alnum string."""
    toks = re.findall(r"[a-z0-9]+(?:-ray)?", text.lower())
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if t in SKIP:
            i += 1
            continue
        if t in ("double", "triple") and nxt is not None:
            d = WORDNUM.get(nxt, nxt if nxt.isdigit() and len(nxt) == 1 else None)
            if d is None:
                raise ValueError(f"bad {t} {nxt}")
            out.append(d * (2 if t == "double" else 3))
            i += 2
            continue
        if t in TENNUM:
            if nxt in WORDNUM and nxt not in ("oh", "o", "nought", "zero", "nil", "to"):
                out.append(str(TENNUM[t]) + WORDNUM[nxt])
                i += 2
            else:
                out.append(str(TENNUM[t]) + "0")
                i += 1
            continue
        if t in TEENNUM:
            out.append(TEENNUM[t])
            i += 1
            continue
        if len(t) == 1 and t.isalpha() and nxt == "for" and i + 2 < len(toks) and toks[i + 2] in NATO_REV:
            out.append(t.upper())
            i += 3
            continue
        if t in WORDNUM:
            out.append(WORDNUM[t])
            i += 1
            continue
        if t in HOMO_REV:
            out.append(HOMO_REV[t].upper())
            i += 1
            continue
        if re.fullmatch(r"[a-z0-9]+", t) and (len(t) == 1 or any(ch.isdigit() for ch in t) or t.isalpha() and len(t) <= 4 and text.strip() == text and re.search(r"[A-Z0-9]", text)):
            out.append(t.upper())
            i += 1
            continue
        raise ValueError(f"unknown token {t!r} in {text!r}")
    return "".join(out)


def norm_email(text: str) -> str:
    t = text.strip().lower()
    if "@" in t:
        return t.replace(" ", "")
    t = re.sub(r"\bdot\b", ".", t)
    t = re.sub(r"\bat( sign| symbol)?\b", "@", t)
    t = re.sub(r"\bunderscore\b", "_", t)
    t = re.sub(r"\bdash\b", "-", t)
    # number words inside local part
    words = t.split()
    res = []
    buf = []
    for w in words:
        if w in WORDNUM or w in TEENNUM or w in TENNUM or w == "double":
            buf.append(w)
        else:
            if buf:
                res.append(norm_alnum(" ".join(buf)).lower())
                buf = []
            res.append(w)
    if buf:
        res.append(norm_alnum(" ".join(buf)).lower())
    return "".join(res)


UK_PC_RE = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$")


def validate_value(v: dict, texts: list[str]) -> str | None:
    typ, raw = v["type"], v["raw"]
    joined = " ".join(texts)
    try:
        if typ == "EMAIL":
            e = norm_email(joined)
            if e.replace("o", "0") != raw.lower().replace("o", "0"):
                return f"email {e!r} != {raw!r}"
            if not re.fullmatch(r"[a-z0-9._\-]+@[a-z0-9\-]+(\.[a-z0-9\-]+)+", e):
                return f"bad email {e}"
            return None
        if typ == "DOB":
            if not re.search(r"\d|" + "|".join(MONTHS + DW[1:] + TEENS + ORD[1:20]), joined.lower()):
                return "dob has no date content"
            if not re.search(r"(19|20)\d\d|\b\d{1,2}[/.]\d{1,2}[/.]\d\d\b|nineteen|two thousand|twenty", joined.lower()):
                return "dob has no year"
            return None
        if typ == "ADDRESS":
            if not re.search(r"\d|" + "|".join(DW[1:] + TEENS + TENS[2:]), joined.lower()):
                return "address lacks number"
            if not re.search(r"(?i)(lane|road|street|avenue|drive|close|way|grove|crescent|terrace|pleasant|kingsway|boulevard|court|park)", joined):
                return "address lacks street word"
            return None
        if typ == "EXPIRY":
            low = joined.lower()
            if any(m in low for m in MONTHS):
                return None if re.search(r"twenty|thirty", low) else "expiry lacks year"
            n = norm_alnum(joined)
            if not re.fullmatch(r"\d{3,6}", n):
                return f"expiry {n}"
            return None
        n = norm_alnum(joined)
    except ValueError as e:
        return str(e)
    want = re.sub(r"[^A-Z0-9]", "", raw.upper())
    if typ == "IBAN":  # a spoken letter "o" reads like zero; compare modulo O/0
        n, want = n.replace("O", "0"), want.replace("O", "0")
        if n == want:
            n = want = re.sub(r"[^A-Z0-9]", "", raw.upper())
    if n != want:
        return f"normalised {n!r} != raw {want!r}"
    if v["partial"]:
        return None if n.isdigit() else "partial not digits"
    if typ == "CARD_NUMBER":
        return None if 13 <= len(n) <= 19 and n.isdigit() and luhn_ok(n) else f"card {n} invalid"
    if typ == "CVV":
        return None if re.fullmatch(r"\d{3,4}", n) else "cvv"
    if typ == "SSN":
        return None if re.fullmatch(r"\d{9}", n) and n[:3] not in ("000", "666") and n[3:5] != "00" and n[5:] != "0000" else "ssn"
    if typ == "NI_NUMBER":
        return None if re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", n) else f"ni {n}"
    if typ == "SORT_CODE":
        return None if re.fullmatch(r"\d{6}", n) else "sort code"
    if typ == "BANK_ACCOUNT":
        return None if re.fullmatch(r"\d{6,12}", n) else "account"
    if typ == "IBAN":
        return None if iban_ok(n) else f"iban {n}"
    if typ == "PHONE":
        return None if re.fullmatch(r"\d{10,13}", n) else f"phone {n}"
    if typ == "POSTCODE":
        return None if UK_PC_RE.match(n) or re.fullmatch(r"\d{5}(\d{4})?", n) else f"postcode {n}"
    return f"unknown type {typ}"


def check(cases, text: str) -> list[str]:
    errs = []
    ids = set()
    cnt = Counter()
    kinds = Counter()
    for cid, c in cases:
        if cid in ids:
            errs.append(f"dup id {cid}")
        ids.add(cid)
        kinds[c.kind] += 1
        if c.kind == "negative" and c.spans:
            errs.append(f"{cid}: negative with spans")
        if c.kind == "positive" and not c.spans:
            errs.append(f"{cid}: positive without spans")
        if len(c.turns) < 6:
            errs.append(f"{cid}: only {len(c.turns)} turns")
        for t in c.turns:
            if t["speaker"] not in ("agent", "customer") or not t["text"]:
                errs.append(f"{cid}: bad turn")
        by_turn = {}
        for s in c.spans:
            cnt[s["type"]] += 1
            if s["type"] not in TYPES:
                errs.append(f"{cid}: bad type")
            if not (0 <= s["turn"] < len(c.turns)):
                errs.append(f"{cid}: turn out of range")
                continue
            tx = c.turns[s["turn"]]["text"]
            st, en = s["start"], s["end"]
            if not (0 <= st < en <= len(tx)):
                errs.append(f"{cid}: offsets out of range")
                continue
            seg = tx[st:en]
            if seg != seg.strip() or (st > 0 and tx[st - 1].isalnum()) or (en < len(tx) and tx[en].isalnum()):
                errs.append(f"{cid}: span not on word boundary {seg!r}")
            by_turn.setdefault(s["turn"], []).append((st, en))
        for spans in by_turn.values():
            spans.sort()
            for a, b in zip(spans, spans[1:]):
                if b[0] < a[1]:
                    errs.append(f"{cid}: overlapping spans")
        for v in c.values:
            texts = [c.turns[ti]["text"][a:b] for ti, a, b in v["parts"]]
            if not texts:
                errs.append(f"{cid}: value without span")
                continue
            e = validate_value(v, texts)
            if e:
                errs.append(f"{cid}: {v['type']}: {e}")
    for line in text.splitlines():
        json.loads(line)
    print(f"cases: {len(cases)}  positive: {kinds['positive']}  negative: {kinds['negative']}")
    for t in TYPES:
        print(f"  {t:13s} {cnt[t]}")
    if kinds["positive"] < 170 or kinds["negative"] < 100:
        errs.append("too few cases")
    for t in TYPES:
        need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
        if cnt[t] < need:
            errs.append(f"type {t} has {cnt[t]} < {need}")
    return errs


def readme(cases) -> str:
    cnt = Counter()
    kinds = Counter()
    for _, c in cases:
        kinds[c.kind] += 1
        for s in c.spans:
            cnt[s["type"]] += 1
    rows = "\n".join(f"| {t} | {cnt[t]} |" for t in TYPES)
    return f"""# pii_holdout118 — held-out PII redaction evaluation set

**Never use this set for tuning.** It exists only to measure the redactor on data
it was not developed against. Do not add these cases to training/dev fixtures, do
not adjust patterns until these cases pass, do not look at failures case by case
and patch them.

## Who wrote it and how

Written by an AI helper acting as an independent author. The author did **not**
see the redaction code, its tests, its documentation or other held-out sets; it saw
only a three-line example of the JSONL format. Cases are generated by
`scripts/make_pii_holdout118.py` (standard library only) from template functions
that assemble each turn from plain-text segments and labelled value segments, so
offsets are computed, never typed. All values come from one `random.Random({SEED})`;
the output is byte-for-byte reproducible. `--check` regenerates and compares the
file, and validates ids, offsets, word boundaries, overlaps, and each value after
normalising spoken forms (Luhn, IBAN mod-97, NI format, SSN 9 digits, sort code 6
digits, digit counts, postcode shapes).

Emphasis: long, realistic whole calls (ASR style: lower case, no punctuation,
numbers as words, "oh"/"o"/"nought", "double"/"triple", pairs like "forty one",
NATO letters "b for bravo", letter homophones "see", "are", "why", "to" for two,
fillers "um"/"er" inside readings, values split over several turns with agent
back-channels, agent read-backs, a self-correction) and chats (typed, varied
separators and case), with the ordinary numbers of the conversation (amounts,
dates, times, references, invoice/claim/order/ticket numbers, flight numbers,
meter readings, percentages, ages) around the PII and unlabelled. Industries:
banking, telecom, utilities, retail, insurance, travel, healthcare billing,
government services; countries US, UK, Ireland, EU.

## Annotation conventions

* A span covers exactly the value as written/spoken: the digits/letters and any
  separators, spelling aids ("b for bravo"), "double"/"triple", and filler words
  that occur *inside* the reading. Lead-in words ("it's", "yeah", "my mobile") and
  trailing chit-chat are outside.
* A value split over several turns gets one span per turn (same type); each
  fragment must be redacted. When two pieces of one value are in one turn with a
  short gap (e.g. a self-correction "no sorry"), each piece is its own span and the
  correction words are outside. A mistakenly read chunk that the caller then
  corrects is labelled with the same type (it is still part of the card).
* A wrong value the customer explicitly corrects ("CB197933A not cb197933c") is
  labelled with its type as well. A phone given as "area code X and then Y" has
  two spans in one turn; "and then" is outside.
* Spoken separators inside a reading ("dash" in a ZIP+4, "dot"/"at"/"at sign"
  in an e-mail) are inside the span.
* Agent read-backs of a value are labelled too.
* "card ending in" + four digits, one-time passcodes, booking references and
  other reference numbers are not labelled (they appear only in positive cases
  or, for references, are said with their reference word).
* PHONE includes the international prefix ("+44", "plus three five three").
* ADDRESS covers house/flat number and street name only; town/city is outside.
  The postcode/ZIP is a separate POSTCODE span. Irish Eircodes are not labelled
  (not a UK/US postcode) and appear only in positive cases.
* DOB covers the full date (day, month, year). EXPIRY covers month and year.
* CVV spans only the digits of the security code.
* BANK_ACCOUNT is a bank account number; SORT_CODE the 6-digit UK sort code.
* Negative cases contain no PII at all; anything redacted in them is a false
  positive. They are full conversations full of lookalike numbers.

## Counts

Positive cases: {kinds['positive']}; negative cases: {kinds['negative']}.

| type | spans |
|---|---|
{rows}
"""


def main() -> int:
    cases = build()
    text = to_jsonl(cases)
    rd_text = readme(cases)
    if "--check" in sys.argv[1:]:
        errs = check(cases, text)
        if not CASES.exists() or CASES.read_text(encoding="utf-8") != text:
            errs.append("cases.jsonl differs from regenerated output")
        if not README.exists() or README.read_text(encoding="utf-8") != rd_text:
            errs.append("README.md differs from regenerated output")
        # determinism: second build identical
        if to_jsonl(build()) != text:
            errs.append("generation not deterministic")
        for e in errs[:60]:
            print("ERROR:", e)
        if errs:
            print(f"FAILED: {len(errs)} problem(s)")
            return 1
        print("OK")
        return 0
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    CASES.write_text(text, encoding="utf-8")
    README.write_text(rd_text, encoding="utf-8")
    print(f"wrote {CASES.relative_to(ROOT)} ({len(cases)} cases) and README.md")
    return 0


if __name__ == "__main__":
    sys.exit(main())

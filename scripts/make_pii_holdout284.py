#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set ``pii_holdout284``.

Written by an AI helper acting as an independent author who did not see the
redaction code.  Standard library only.  Output is byte-for-byte reproducible
(one seeded ``random.Random``).

    python scripts/make_pii_holdout284.py          # write fixture + README
    python scripts/make_pii_holdout284.py --check  # regenerate and verify
"""
from __future__ import annotations

import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

SEED = 284241124
PREFIX = "h284"
ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "tests" / "fixtures" / "pii_holdout284"
CASES = OUT_DIR / "cases.jsonl"
README = OUT_DIR / "README.md"

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]
MIN_SPANS = {t: 12 for t in TYPES}
MIN_SPANS.update({"CARD_NUMBER": 30, "NI_NUMBER": 30, "SSN": 30})

# --------------------------------------------------------------------------
# spoken-number rendering
# --------------------------------------------------------------------------
ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
ORDINALS = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
            "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
            "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth",
            "twenty first", "twenty second", "twenty third", "twenty fourth", "twenty fifth",
            "twenty sixth", "twenty seventh", "twenty eighth", "twenty ninth", "thirtieth",
            "thirty first"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
MON3 = [m[:3] for m in MONTHS]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "f": "foxtrot",
        "g": "golf", "h": "hotel", "i": "india", "j": "juliet", "k": "kilo", "l": "lima",
        "m": "mike", "n": "november", "o": "oscar", "p": "papa", "q": "quebec", "r": "romeo",
        "s": "sierra", "t": "tango", "u": "uniform", "v": "victor", "w": "whiskey",
        "x": "x-ray", "y": "yankee", "z": "zulu"}
FOLK = {"a": "apple", "b": "boy", "c": "cat", "d": "david", "e": "edward", "f": "frank",
        "g": "george", "h": "henry", "i": "ida", "j": "john", "k": "king", "l": "larry",
        "m": "mary", "n": "nancy", "o": "ocean", "p": "peter", "q": "queen", "r": "robert",
        "s": "sam", "t": "tom", "u": "umbrella", "v": "victor", "w": "william",
        "x": "xray", "y": "yellow", "z": "zebra"}


def two_words(n: int) -> str:
    if n < 10:
        return ONES[n]
    if n < 20:
        return TEENS[n - 10]
    t, u = divmod(n, 10)
    return TENS[t] if u == 0 else f"{TENS[t]} {ONES[u]}"


def zero_word(r, zeros):
    return r.choice(zeros)


def say_digits(s: str, r: random.Random, zeros=("zero", "oh"), dbl=0.5, filler=0.0) -> str:
    out, i = [], 0
    while i < len(s):
        d = s[i]
        run = 1
        while i + run < len(s) and s[i + run] == d and run < 3:
            run += 1
        w = zero_word(r, zeros) if d == "0" else ONES[int(d)]
        if run == 3 and r.random() < dbl:
            out.append(f"triple {w}")
            i += 3
        elif run >= 2 and r.random() < dbl:
            out.append(f"double {w}")
            i += 2
        else:
            out.append(w)
            i += 1
        if filler and i < len(s) and r.random() < filler:
            out.append(r.choice(["um", "uh", "er"]))
    return " ".join(out)


def say_pair(p: str, r, zeros=("oh",), bare=True) -> str:
    """bare=False: never render a multiple of ten as a bare tens word ("thirty"),
    because a following digit word would merge with it ("thirty six")."""
    if not bare and p[0] != "0" and p[1] == "0" and p != "10":
        return f"{ONES[int(p[0])]} {r.choice(zeros)}"
    if p[0] == "0":
        return f"{r.choice(zeros)} {ONES[int(p[1])] if p[1] != '0' else r.choice(zeros)}"
    return two_words(int(p))


def say_pairs(s: str, r: random.Random, zeros=("oh",), bare=True) -> str:
    out = []
    if len(s) % 2:
        out.append(ONES[int(s[0])] if s[0] != "0" else r.choice(zeros))
        s = s[1:]
    for i in range(0, len(s), 2):
        out.append(say_pair(s[i:i + 2], r, zeros, bare))
    return " ".join(out)


def say_group(s: str, r: random.Random, zeros=("zero", "oh"), pair_p=0.3) -> str:
    if len(s) in (2, 4) and r.random() < pair_p:
        return say_pairs(s, r, ("oh",), bare=False)
    return say_digits(s, r, zeros)


def say_house(n: int, r) -> str:
    s = str(n)
    if n < 100:
        return two_words(n)
    if len(s) == 3:
        if r.random() < 0.5:
            return f"{ONES[int(s[0])]} {say_pair(s[1:], r)}"
        rest = int(s[1:])
        return f"{ONES[int(s[0])]} hundred" + (f" {two_words(rest)}" if rest else "")
    if len(s) == 4:
        return f"{say_pair(s[:2], r)} {say_pair(s[2:], r)}"
    return say_digits(s, r)


def say_year(y: int, r) -> str:
    if 2000 <= y <= 2009:
        return r.choice([f"two thousand {ONES[y - 2000]}", f"two thousand and {ONES[y - 2000]}"])
    return f"{two_words(y // 100)} {say_pair(str(y % 100).zfill(2), r)}"


def spell(s: str, r, mode="plain") -> str:
    out = []
    for ch in s.lower():
        if ch.isdigit():
            out.append(ONES[int(ch)])
        elif mode == "nato" or (mode == "mix" and r.random() < 0.4):
            table = NATO if r.random() < 0.6 else FOLK
            out.append(f"{ch} {r.choice(['for', 'as in'])} {table[ch]}")
        else:
            out.append(ch)
    return " ".join(out)

# --------------------------------------------------------------------------
# value generators
# --------------------------------------------------------------------------


def luhn_ok(d: str) -> bool:
    tot = 0
    for i, ch in enumerate(reversed(d)):
        n = int(ch)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        tot += n
    return tot % 10 == 0


def make_card(r, brand=None):
    brand = brand or r.choice(["visa", "visa", "visa", "mc", "mc", "amex", "disc"])
    if brand == "visa":
        pre, ln = "4", 16
    elif brand == "mc":
        pre, ln = str(r.randint(51, 55)), 16
    elif brand == "amex":
        pre, ln = r.choice(["34", "37"]), 15
    else:
        pre, ln = "6011", 16
    body = pre + "".join(str(r.randint(0, 9)) for _ in range(ln - len(pre) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return brand, body + c
    raise AssertionError


def card_groups(num: str):
    if len(num) == 15:
        return [num[:4], num[4:10], num[10:]]
    return [num[i:i + 4] for i in range(0, len(num), 4)]


def make_ssn(r):
    while True:
        a = r.randint(1, 899)
        if a != 666:
            break
    return f"{a:03d}", f"{r.randint(1, 99):02d}", f"{r.randint(1, 9999):04d}"


NI_FIRST = "ABCEGHJKLMNPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def make_ni(r):
    while True:
        p = r.choice(NI_FIRST) + r.choice(NI_SECOND)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    digs = "".join(str(r.randint(0, 9)) for _ in range(6))
    return p, digs, r.choice("ABCD")


def iban_check(country, bban):
    s = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return f"{98 - int(num) % 97:02d}"


def make_iban(r, country=None):
    country = country or r.choice(["GB", "IE", "DE", "FR", "NL", "ES"])
    D = lambda n: "".join(str(r.randint(0, 9)) for _ in range(n))
    if country == "GB":
        bban = r.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + D(14)
    elif country == "IE":
        bban = r.choice(["AIBK", "BOFI", "IPBS"]) + D(14)
    elif country == "DE":
        bban = D(18)
    elif country == "FR":
        bban = D(23)
    elif country == "NL":
        bban = r.choice(["ABNA", "INGB", "RABO"]) + D(10)
    else:
        bban = D(20)
    return country + iban_check(country, bban) + bban


def iban_ok(s: str) -> bool:
    s = s.upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    s = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def make_us_phone(r):
    a = f"{r.randint(2, 9)}{r.randint(0, 9)}{r.randint(0, 9)}"
    while a[1:] == "11":
        a = f"{r.randint(2, 9)}{r.randint(0, 9)}{r.randint(0, 9)}"
    b = f"{r.randint(2, 9)}{r.randint(0, 9)}{r.randint(0, 9)}"
    c = f"{r.randint(0, 9999):04d}"
    return a, b, c


FIRST = ["james", "maria", "robert", "linda", "michael", "jennifer", "david", "patricia",
         "daniel", "karen", "jose", "ashley", "kevin", "tamika", "brian", "nicole", "tyler",
         "megan", "luis", "heather", "siobhan", "declan", "aoife", "gareth", "priya", "wei"]
LAST = ["johnson", "williams", "garcia", "miller", "davis", "rodriguez", "martinez", "hernandez",
        "lopez", "wilson", "anderson", "thomas", "moore", "jackson", "white", "harris",
        "nguyen", "kowalski", "obrien", "murphy", "patel", "okafor", "schmidt", "reyes"]
DOMAINS_US = ["gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "aol.com", "icloud.com",
              "comcast.net", "att.net", "verizon.net", "protonmail.com"]
DOMAINS_UK = ["gmail.com", "hotmail.co.uk", "btinternet.com", "yahoo.co.uk", "outlook.com",
              "eircom.net", "sky.com"]


def make_email(r, uk=False):
    f, l = r.choice(FIRST), r.choice(LAST)
    style = r.randint(0, 4)
    if style == 0:
        local = f"{f}.{l}"
    elif style == 1:
        local = f"{f[0]}{l}{r.randint(1, 99)}"
    elif style == 2:
        local = f"{f}_{l}"
    elif style == 3:
        local = f"{f}{l[0]}{r.randint(1960, 2005)}"
    else:
        local = f"{l}.{f[0]}"
    return local, r.choice(DOMAINS_UK if uk else DOMAINS_US)


def say_email(local, domain, r):
    parts = re.split(r"([._\-])", local)
    words = []
    for p in parts:
        if p == ".":
            words.append("dot")
        elif p == "_":
            words.append("underscore")
        elif p == "-":
            words.append("dash")
        elif p:
            m = re.fullmatch(r"([a-z]+)(\d*)", p)
            letters, digs = m.group(1), m.group(2)
            if len(letters) == 1 or (len(letters) <= 7 and r.random() < 0.3):
                words.append(spell(letters, r, "mix" if r.random() < 0.3 else "plain"))
            else:
                words.append(letters)
            if digs:
                words.append(say_pairs(digs, r) if len(digs) == 2 or r.random() < 0.5
                             else say_digits(digs, r))
    words.append("at")
    words.append(" dot ".join(domain.split(".")))
    return " ".join(words)


STREETS = ["maple", "oak", "cedar", "pine", "elm", "washington", "lincoln", "jefferson",
           "park", "lake", "hillcrest", "sunset", "willow", "highland", "magnolia", "river",
           "chestnut", "meadowbrook", "franklin", "cherry hill", "north main", "south broad",
           "west fifth", "east ninth", "old mill", "spring valley"]
SUFFIX = [("Street", "street"), ("St", "street"), ("Avenue", "avenue"), ("Ave", "avenue"),
          ("Drive", "drive"), ("Dr", "drive"), ("Road", "road"), ("Rd", "road"),
          ("Lane", "lane"), ("Ln", "lane"), ("Court", "court"), ("Ct", "court"),
          ("Boulevard", "boulevard"), ("Blvd", "boulevard"), ("Way", "way"), ("Place", "place"),
          ("Circle", "circle"), ("Terrace", "terrace")]
SUFFIX_WORDS = {s[0].lower() for s in SUFFIX} | {s[1] for s in SUFFIX} | {
    "close", "crescent", "gardens", "grove", "row", "park", "hill", "green", "mews"}
US_CITIES = [("Springfield", "IL", "627"), ("Columbus", "OH", "432"), ("Austin", "TX", "787"),
             ("Tampa", "FL", "336"), ("Phoenix", "AZ", "850"), ("Denver", "CO", "802"),
             ("Raleigh", "NC", "276"), ("Portland", "OR", "972"), ("Albany", "NY", "122"),
             ("Fresno", "CA", "937"), ("Madison", "WI", "537"), ("Atlanta", "GA", "303"),
             ("Boise", "ID", "837"), ("Reno", "NV", "895"), ("Newark", "NJ", "071")]
UK_STREETS = ["Church", "Station", "Victoria", "Mill", "Kings", "Queens", "Manor", "Grange",
              "Park", "Albert", "Highfield", "Windsor"]
UK_SUFFIX = ["Road", "Street", "Lane", "Close", "Crescent", "Avenue", "Gardens", "Grove"]
UK_OUT = ["SW1A", "M1", "B33", "LS6", "CF10", "EH1", "G2", "BS8", "NE4", "L17", "CR2", "SE15",
          "N7", "W5", "PL4", "HU5", "DN15", "BT7", "RG1", "EC1V"]
INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"


def make_uk_pc(r):
    return r.choice(UK_OUT), f"{r.randint(0, 9)}{r.choice(INWARD_LETTERS)}{r.choice(INWARD_LETTERS)}"


def make_zip(r, prefix=None):
    prefix = prefix or f"{r.randint(1, 99):02d}{r.randint(0, 9)}"
    return prefix + f"{r.randint(0, 99):02d}", f"{r.randint(1, 9999):04d}"


def make_dob(r):
    return r.randint(1940, 2004), r.randint(1, 12), r.randint(1, 28)

# --------------------------------------------------------------------------
# case assembly
# --------------------------------------------------------------------------


class Case:
    def __init__(self, note):
        self.turns, self.spans, self.groups, self.note = [], [], {}, note
        self._gid = 0

    def new_group(self, typ):
        self._gid += 1
        self.groups[self._gid] = typ
        return self._gid

    def turn(self, speaker, *segs):
        """segs: str, or (text, TYPE) or (text, TYPE, gid)."""
        text, spans = "", []
        for s in segs:
            if isinstance(s, str):
                text += s
            else:
                val, typ = s[0], s[1]
                gid = s[2] if len(s) > 2 else self.new_group(typ)
                spans.append({"turn": len(self.turns), "start": len(text),
                              "end": len(text) + len(val), "type": typ, "_gid": gid})
                text += val
        self.turns.append({"speaker": speaker, "text": text})
        self.spans.extend(spans)
        return self

    def a(self, *segs):
        return self.turn("agent", *segs)

    def c(self, *segs):
        return self.turn("customer", *segs)


BACK = ["mhm", "okay", "yep", "okay go on", "uh huh", "got it", "right", "yes", "okay and"]
US_IND = ["banking", "telecom", "utilities", "retail", "insurance", "travel",
          "healthcare billing", "government services"]


def ind(r, opts=None):
    return r.choice(opts or US_IND)


def typed_card(num, r):
    g = card_groups(num)
    sep = r.choice([" ", " ", "-", "", " ", "  ", "."])
    s = sep.join(g)
    return s


def spoken_card(num, r, filler=0.0):
    g = card_groups(num)
    mode = r.random()
    parts = []
    for grp in g:
        if mode < 0.25:
            parts.append(say_pairs(grp, r) if len(grp) % 2 == 0 else say_digits(grp, r))
        elif mode < 0.4:
            parts.append(say_group(grp, r))
        else:
            parts.append(say_digits(grp, r, filler=filler))
    return " ".join(parts)

# ------------------------------ positive templates ------------------------


def p_chat_card(r):
    brand, num = make_card(r)
    c = Case(f"chat/{ind(r, ['retail', 'telecom', 'utilities', 'travel', 'insurance'])}: {brand} typed card number")
    card = typed_card(num, r)
    v = r.randint(0, 3)
    if v == 0:
        c.a("Thanks! Please enter the card number you'd like to use for the $", f"{r.randint(20, 400)}.{r.randint(0, 99):02d}", " payment.")
        c.c((card, "CARD_NUMBER"))
    elif v == 1:
        c.c("hi can u update my autopay card to ", (card, "CARD_NUMBER"), " thx")
    elif v == 2:
        c.a("Sure, what card would you like on file?")
        c.c("it's my ", brand if brand != "mc" else "mastercard", " ", (card, "CARD_NUMBER"), ". order #", str(r.randint(100000, 9999999)))
    else:
        c.c("Card: ", (card, "CARD_NUMBER"), "\nName on card: ", r.choice(FIRST).title(), " ", r.choice(LAST).title())
    return c


def p_chat_card_full(r):
    brand, num = make_card(r)
    mo, yr = r.randint(1, 12), r.randint(25, 31)
    cvv = "".join(str(r.randint(0, 9)) for _ in range(4 if brand == "amex" else 3))
    c = Case(f"chat/{ind(r, ['retail', 'travel', 'utilities'])}: card, expiry and cvv typed in one message")
    exp = r.choice([f"{mo:02d}/{yr}", f"{mo:02d}/20{yr}", f"{mo}/{yr}", f"{mo:02d}-{yr}", f"{MON3[mo-1].title()} 20{yr}"])
    c.a("To complete the booking I'll need the card number, expiration and security code.")
    v = r.randint(0, 2)
    if v == 0:
        c.c((typed_card(num, r), "CARD_NUMBER"), " exp ", (exp, "EXPIRY"), " cvv ", (cvv, "CVV"))
    elif v == 1:
        c.c("card ", (typed_card(num, r), "CARD_NUMBER"), ", expires ", (exp, "EXPIRY"), ", code on back is ", (cvv, "CVV"))
    else:
        c.c((typed_card(num, r), "CARD_NUMBER"))
        c.c("Exp: ", (exp, "EXPIRY"))
        c.c("CVC ", (cvv, "CVV"))
    return c


def p_call_card_one(r):
    brand, num = make_card(r)
    c = Case(f"call/{ind(r)}: {brand} card read in one turn, ASR digits")
    c.a(r.choice(["and what's the long card number on the front", "go ahead with the card number when you're ready",
                  "okay can i get the sixteen digit number on the card" if len(num) == 16 else "okay can i get the number on the front of the card"]))
    lead = r.choice(["yeah it's ", "okay ", "um sure ", "it is ", "", "so that's "])
    trail = r.choice(["", " and that's a visa" if brand == "visa" else "", " yeah", " did you get that"])
    c.c(lead, (spoken_card(num, r, filler=r.choice([0, 0, 0.15])), "CARD_NUMBER"), trail)
    return c


def p_call_card_split(r):
    brand, num = make_card(r)
    c = Case(f"call/{ind(r)}: card split over customer turns with agent back-channels")
    g = card_groups(num)
    gid = c.new_group("CARD_NUMBER")
    c.a("okay and the card number please")
    for i, grp in enumerate(g):
        lead = r.choice(["", "", "um ", "okay "]) if i else r.choice(["sure it's ", "okay it's ", "right ", ""])
        spoken = say_group(grp, r, pair_p=0.25)
        c.c(lead, (spoken, "CARD_NUMBER", gid))
        if i < len(g) - 1:
            c.a(r.choice(BACK) if i < len(g) - 2 else r.choice(BACK + ["and the last four", "and the last group"]))
    if r.random() < 0.4:
        c.a("thank you and what's the expiration date")
        mo, yr = r.randint(1, 12), r.randint(2025, 2031)
        exp = r.choice([f"{say_pair(f'{mo:02d}', r, ('oh', 'zero'))} {say_pair(str(yr % 100), r)}",
                        f"{MONTHS[mo-1]} {say_year(yr, r)}", f"{ONES[mo] if mo < 10 else two_words(mo)} slash {two_words(yr % 100)}"])
        c.c((exp, "EXPIRY"))
    return c


def p_call_card_readback(r):
    brand, num = make_card(r)
    c = Case(f"call/{ind(r)}: card given then read back by agent in pairs/groups")
    c.a("what card number would you like to use today")
    c.c("it's ", (spoken_card(num, r), "CARD_NUMBER"))
    g = card_groups(num)
    c.a("let me read that back ", (" ".join(say_digits(x, r, ("zero",), dbl=0) for x in g), "CARD_NUMBER"), " is that correct")
    c.c("yes that's right")
    return c


def p_call_exp_cvv(r):
    brand, num = make_card(r)
    mo, yr = r.randint(1, 12), r.randint(2025, 2031)
    cvv = "".join(str(r.randint(0, 9)) for _ in range(4 if brand == "amex" else 3))
    c = Case(f"call/{ind(r)}: expiry and security code asked separately after card, ASR words")
    c.a("and the card number")
    c.c((spoken_card(num, r), "CARD_NUMBER"))
    c.a("thank you and the expiration date on the card")
    exp = r.choice([f"{say_pair(f'{mo:02d}', r, ('oh', 'zero'))} {say_pair(str(yr % 100), r)}",
                    f"{MONTHS[mo-1]} {say_year(yr, r)}", f"{MONTHS[mo-1]} {two_words(yr % 100)}",
                    f"{say_digits(f'{mo:02d}', r)} slash {say_digits(str(yr % 100), r)}"])
    c.c(r.choice(["it's ", "um ", "expires ", ""]), (exp, "EXPIRY"))
    c.a(r.choice(["and the three digit security code on the back", "and the cvv please",
                  "last thing the security code" if brand != "amex" else "and the four digit code on the front"]))
    spoken_cvv = say_digits(cvv, r) if r.random() < 0.7 else (
        f"{ONES[int(cvv[0])]} {say_pair(cvv[1:3], r)}" if cvv[0] != "0" and len(cvv) == 3 else say_digits(cvv, r))
    c.c(r.choice(["", "it's ", "okay ", "that's "]), (spoken_cvv, "CVV"))
    if r.random() < 0.5:
        c.a(f"perfect i'll process the payment of {two_words(r.randint(20, 99))} dollars now")
    return c


def typed_ssn(a, b, c_, r):
    return r.choice([f"{a}-{b}-{c_}", f"{a}-{b}-{c_}", f"{a} {b} {c_}", f"{a}{b}{c_}", f"{a}.{b}.{c_}", f"{a} - {b} - {c_}"])


def spoken_ssn(a, b, c_, r, filler=0.0):
    v = r.randint(0, 3)
    if v == 0:
        return say_digits(a + b + c_, r, filler=filler)
    if v == 1:
        return f"{say_digits(a, r)} {say_digits(b, r)} {say_digits(c_, r)}"
    if v == 2:
        return f"{say_digits(a, r)} {say_pair(b, r, bare=False)} {say_pairs(c_, r)}"
    return f"{say_digits(a, r)} {say_pair(b, r, bare=False)} {say_digits(c_, r)}"


def p_chat_ssn(r):
    a, b, s = make_ssn(r)
    c = Case(f"chat/{ind(r, ['banking', 'insurance', 'government services', 'healthcare billing', 'telecom'])}: SSN typed")
    ssn = typed_ssn(a, b, s, r)
    v = r.randint(0, 4)
    if v == 0:
        c.a("For verification, please provide your Social Security number.")
        c.c((ssn, "SSN"))
    elif v == 1:
        c.c("my ssn is ", (ssn, "SSN"), " and my member id is ", f"{r.choice('ABCHKW')}{r.randint(10000000, 99999999)}")
    elif v == 2:
        c.c("SSN: ", (ssn, "SSN"), " DOB: ", (f"{r.randint(1, 12):02d}/{r.randint(1, 28):02d}/{r.randint(1950, 2003)}", "DOB"))
    elif v == 3:
        c.a("Can you confirm the social on the account?")
        c.c("sure its ", (ssn, "SSN"), r.choice(["", " thanks", "!", " (my wife's is on there too but use mine)"]))
    else:
        c.c("Hello, I'm applying for the payment plan. Social security # ", (ssn, "SSN"), ", claim number ", str(r.randint(1000000, 99999999)), ".")
    return c


def p_call_ssn(r):
    a, b, s = make_ssn(r)
    c = Case(f"call/{ind(r, ['banking', 'insurance', 'government services', 'healthcare billing', 'telecom'])}: SSN spoken in one turn")
    c.a(r.choice(["can i have your social security number please", "and for security what's your social",
                  "i'll need the full social to pull up the account"]))
    c.c(r.choice(["yeah it's ", "sure ", "okay um ", "it's ", "", "my social is "]),
        (spoken_ssn(a, b, s, r, filler=r.choice([0, 0.2])), "SSN"), r.choice(["", " yeah", " did you get that"]))
    return c


def p_call_ssn_split(r):
    a, b, s = make_ssn(r)
    c = Case(f"call/{ind(r, ['banking', 'insurance', 'government services', 'healthcare billing'])}: SSN split 3-2-4 across turns, agent back-channels")
    gid = c.new_group("SSN")
    c.a("okay go ahead with the social")
    c.c(r.choice(["", "okay ", "um "]), (say_digits(a, r), "SSN", gid))
    c.a(r.choice(BACK))
    c.c((say_digits(b, r) if r.random() < 0.6 else say_pair(b, r, bare=False), "SSN", gid))
    c.a(r.choice(BACK))
    c.c((say_digits(s, r) if r.random() < 0.6 else say_pairs(s, r), "SSN", gid), r.choice(["", " yeah", " that's it"]))
    if r.random() < 0.5:
        c.a("thank you i have it and i see the balance is ", f"{two_words(r.randint(20, 99))} dollars")
    return c


def p_call_ssn_readback(r):
    a, b, s = make_ssn(r)
    c = Case(f"call/{ind(r, ['banking', 'government services', 'insurance'])}: SSN given, agent reads back, customer confirms")
    c.a("last thing i need is your social security number")
    c.c((spoken_ssn(a, b, s, r), "SSN"))
    c.a("okay so i have ", (f"{say_digits(a, r, ('zero',), 0)} {say_digits(b, r, ('zero',), 0)} {say_digits(s, r, ('zero',), 0)}", "SSN"), " correct")
    c.c(r.choice(["correct", "yes", "yep that's it"]))
    return c


def p_call_ssn_dob(r):
    a, b, s = make_ssn(r)
    y, m, d = make_dob(r)
    c = Case(f"call/{ind(r, ['healthcare billing', 'insurance', 'banking'])}: SSN and date of birth in one turn")
    c.a("to verify i need your date of birth and social")
    dob = r.choice([f"{MONTHS[m-1]} {ORDINALS[d]} {say_year(y, r)}", f"{say_pair(f'{m:02d}', r)} {say_pair(f'{d:02d}', r, bare=False)} {say_year(y, r)}",
                    f"{MONTHS[m-1]} {two_words(d)} {say_pair(str(y % 100).zfill(2), r)}"])
    c.c("okay birthday is ", (dob, "DOB"), " and the social is ", (spoken_ssn(a, b, s, r), "SSN"))
    return c


def p_ssn_correction(r):
    a, b, s = make_ssn(r)
    c = Case(f"call/{ind(r, ['government services', 'banking'])}: SSN restarted after a false start; both readings labelled")
    c.a("and your social")
    wrong = say_digits(a, r)
    c.c("it's ", (wrong, "SSN"), " no wait sorry let me start over ", (spoken_ssn(a, b, s, r), "SSN"))
    c.groups[c.spans[0]["_gid"]] = "SSN_PARTIAL"
    return c


def typed_ni(p, d, s, r):
    v = r.randint(0, 4)
    if v == 0:
        x = f"{p} {d[:2]} {d[2:4]} {d[4:]} {s}"
    elif v == 1:
        x = f"{p}{d}{s}"
    elif v == 2:
        x = f"{p}{d} {s}"
    elif v == 3:
        x = f"{p}-{d[:2]}-{d[2:4]}-{d[4:]}-{s}"
    else:
        x = f"{p} {d} {s}"
    return x.lower() if r.random() < 0.3 else x


def spoken_ni(p, d, s, r):
    mode = r.choice(["plain", "plain", "mix", "nato"])
    letters = spell(p, r, mode)
    if r.random() < 0.5:
        digs = say_digits(d, r, ("zero", "oh", "nought"))
    else:
        digs = " ".join(say_pair(d[i:i + 2], r, ("oh", "nought")) for i in range(0, 6, 2))
    return f"{letters} {digs} {spell(s, r, mode)}"


UK_IND = ["banking", "government services", "utilities", "telecom", "insurance", "retail"]


def p_chat_ni(r):
    p, d, s = make_ni(r)
    c = Case(f"chat/UK {ind(r, UK_IND)}: national insurance number typed")
    ni = typed_ni(p, d, s, r)
    v = r.randint(0, 3)
    if v == 0:
        c.a("Could you please confirm your National Insurance number?")
        c.c((ni, "NI_NUMBER"))
    elif v == 1:
        c.c("NI no. ", (ni, "NI_NUMBER"), " - I've been waiting 3 weeks for this")
    elif v == 2:
        c.c("hiya my NINO is ", (ni, "NI_NUMBER"), " and ref is ", f"{r.randint(100000, 9999999)}")
    else:
        c.a("Thanks. And your national insurance number?")
        c.c("its ", (ni, "NI_NUMBER"), " i think, its on my payslip")
    return c


def p_call_ni(r):
    p, d, s = make_ni(r)
    c = Case(f"call/UK {ind(r, UK_IND)}: NI number spoken, letters and digits")
    c.a(r.choice(["can i take your national insurance number please", "and your n i number", "what's your national insurance number"]))
    c.c(r.choice(["yeah it's ", "erm ", "right it's ", "", "okay so "]), (spoken_ni(p, d, s, r), "NI_NUMBER"), r.choice(["", " yeah", " i think"]))
    return c


def p_call_ni_split(r):
    p, d, s = make_ni(r)
    c = Case(f"call/UK {ind(r, UK_IND)}: NI number split across turns")
    gid = c.new_group("NI_NUMBER")
    c.a("go ahead with your national insurance number")
    mode = r.choice(["plain", "mix", "nato"])
    c.c(r.choice(["", "right ", "erm "]), (spell(p, r, mode), "NI_NUMBER", gid))
    c.a(r.choice(BACK))
    if r.random() < 0.5:
        c.c((say_digits(d, r, ("zero", "oh", "nought")), "NI_NUMBER", gid))
    else:
        c.c((say_digits(d[:2], r, ("oh",)), "NI_NUMBER", gid))
        c.a(r.choice(BACK))
        c.c((say_digits(d[2:], r, ("oh", "nought")), "NI_NUMBER", gid))
    c.a(r.choice(["and the letter at the end", "and the last letter", "mhm"]))
    c.c((spell(s, r, mode), "NI_NUMBER", gid))
    return c


def p_call_ni_readback(r):
    p, d, s = make_ni(r)
    c = Case(f"call/UK {ind(r, UK_IND)}: NI number given and read back with NATO letters")
    c.a("and the national insurance number")
    c.c((spoken_ni(p, d, s, r), "NI_NUMBER"))
    c.a("so that's ", (f"{spell(p, r, 'nato')} {' '.join(say_pair(d[i:i + 2], r) for i in range(0, 6, 2))} {spell(s, r, 'nato')}", "NI_NUMBER"), " yeah")
    c.c("that's it")
    return c


def p_uk_bank(r):
    acct = "".join(str(r.randint(0, 9)) for _ in range(8))
    sc = "".join(str(r.randint(0, 9)) for _ in range(6))
    if r.random() < 0.5:
        c = Case(f"chat/UK {ind(r, ['banking', 'utilities', 'insurance'])}: sort code and account number typed for direct debit")
        scs = r.choice([f"{sc[:2]}-{sc[2:4]}-{sc[4:]}", f"{sc[:2]} {sc[2:4]} {sc[4:]}", sc])
        if r.random() < 0.5:
            c.c("sort code ", (scs, "SORT_CODE"), " acc no ", (acct, "BANK_ACCOUNT"))
        else:
            c.a("Please send the account number and sort code for the direct debit.")
            c.c((acct, "BANK_ACCOUNT"), "\n", (scs, "SORT_CODE"))
    else:
        c = Case(f"call/UK {ind(r, ['banking', 'utilities', 'insurance'])}: sort code in pairs and account number spoken")
        c.a("what's the sort code")
        c.c(r.choice(["", "it's ", "erm "]), (r.choice([" ".join(say_pair(sc[i:i + 2], r, ("oh", "nought")) for i in range(0, 6, 2)),
                                                  say_digits(sc, r, ("oh", "zero", "nought"))]), "SORT_CODE"))
        c.a("and the account number")
        gid = c.new_group("BANK_ACCOUNT")
        if r.random() < 0.5:
            c.c((say_digits(acct, r, ("oh", "zero", "nought")), "BANK_ACCOUNT", gid))
        else:
            c.c((say_digits(acct[:4], r, ("oh", "zero")), "BANK_ACCOUNT", gid))
            c.a(r.choice(BACK))
            c.c((say_digits(acct[4:], r, ("oh", "zero")), "BANK_ACCOUNT", gid))
        if r.random() < 0.5:
            c.a(f"lovely the first collection will be on the {ORDINALS[r.randint(1, 28)]} of {r.choice(MONTHS)}")
    return c


def p_us_bank(r):
    n = r.randint(8, 12)
    acct = str(r.randint(1, 9)) + "".join(str(r.randint(0, 9)) for _ in range(n - 1))
    chat = r.random() < 0.5
    c = Case(f"{'chat' if chat else 'call'}/US {ind(r, ['banking', 'utilities', 'insurance', 'healthcare billing'])}: checking account number for ACH payment")
    if chat:
        c.a("What checking account number should we debit?")
        c.c(r.choice(["acct ", "Account # ", "it's ", ""]), (acct if r.random() < 0.7 else f"{acct[:4]}-{acct[4:]}", "BANK_ACCOUNT"),
            r.choice(["", " (checking)", ". payment is $" + f"{r.randint(30, 900)}.00"]))
    else:
        c.a("and the checking account number")
        c.c(r.choice(["okay ", "it's ", "um "]), (say_digits(acct, r, filler=r.choice([0, 0.1])), "BANK_ACCOUNT"))
    return c


def typed_iban(ib, r):
    v = r.randint(0, 2)
    if v == 0:
        s = " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))
    elif v == 1:
        s = ib
    else:
        s = " ".join(ib[i:i + 4] for i in range(0, len(ib), 4)).lower()
    return s


def p_iban(r):
    country = r.choice(["GB", "IE", "IE", "DE", "FR", "NL", "ES"])
    ib = make_iban(r, country)
    where = {"GB": "UK", "IE": "Ireland", "DE": "Germany", "FR": "France", "NL": "Netherlands", "ES": "Spain"}[country]
    if r.random() < 0.55:
        c = Case(f"chat/{where} {ind(r, ['banking', 'travel', 'retail', 'utilities'])}: IBAN typed for refund")
        c.a("Please provide the IBAN for the refund of €" + f"{r.randint(10, 500)}.{r.randint(0, 99):02d}")
        c.c(r.choice(["IBAN: ", "my iban is ", "", "here: "]), (typed_iban(ib, r), "IBAN"), r.choice(["", " thanks", " BIC is on the statement"]))
    else:
        c = Case(f"call/{where} {ind(r, ['banking', 'utilities', 'travel'])}: IBAN spoken, letters then digit groups")
        c.a("can you read me the iban")
        letters = spell(ib[:2], r, r.choice(["plain", "nato"]))
        rest = ib[2:]
        words = []
        for i in range(0, len(rest), 4):
            chunk = rest[i:i + 4]
            if chunk.isdigit():
                words.append(say_digits(chunk, r, ("zero", "oh")))
            else:
                words.append(" ".join(spell(ch, r, "plain") if ch.isalpha() else ONES[int(ch)] for ch in chunk))
        if r.random() < 0.5:
            c.c(r.choice(["yeah it's ", "okay ", ""]), (letters + " " + " ".join(words), "IBAN"))
        else:
            gid = c.new_group("IBAN")
            half = len(words) // 2
            c.c((letters + " " + " ".join(words[:half]), "IBAN", gid))
            c.a(r.choice(BACK))
            c.c((" ".join(words[half:]), "IBAN", gid))
    return c


def typed_us_phone(a, b, s, r):
    return r.choice([f"({a}) {b}-{s}", f"{a}-{b}-{s}", f"{a}.{b}.{s}", f"{a}{b}{s}", f"+1 {a} {b} {s}",
                     f"1-{a}-{b}-{s}", f"+1 ({a}) {b}-{s}", f"{a} {b} {s}"])


def spoken_us_phone(a, b, s, r):
    v = r.randint(0, 3)
    if v == 0:
        return f"{say_digits(a, r)} {say_digits(b, r)} {say_digits(s, r)}"
    if v == 1:
        return f"{say_digits(a, r)} {say_digits(b, r)} {say_pairs(s, r)}"
    if v == 2:
        return f"one {say_digits(a, r)} {say_digits(b, r)} {say_digits(s, r)}"
    return say_digits(a + b + s, r, dbl=0.7)


def p_chat_phone(r):
    c = Case(f"chat/US {ind(r)}: US phone number typed")
    a, b, s = make_us_phone(r)
    ph = typed_us_phone(a, b, s, r)
    v = r.randint(0, 3)
    if v == 0:
        c.a("What's the best callback number?")
        c.c((ph, "PHONE"))
    elif v == 1:
        c.c("pls call me back at ", (ph, "PHONE"), " after ", f"{r.randint(1, 5)}pm", " est")
    elif v == 2:
        c.c("my cell changed, new one is ", (ph, "PHONE"), ". old one was ", (typed_us_phone(*make_us_phone(r), r), "PHONE"))
    else:
        c.c("Phone: ", (ph, "PHONE"), "\nEmail: ", ("@".join(make_email(r)), "EMAIL"))
    return c


def p_call_phone(r):
    a, b, s = make_us_phone(r)
    c = Case(f"call/US {ind(r)}: US phone spoken, ASR words")
    c.a(r.choice(["what's a good callback number", "and the phone number on the account", "can i get a contact number"]))
    if r.random() < 0.35:
        c.c("area code ", (f"{say_digits(a, r)} {say_digits(b, r)} {say_digits(s, r)}", "PHONE"))
    else:
        c.c(r.choice(["sure it's ", "yeah ", "um ", "it's ", ""]), (spoken_us_phone(a, b, s, r), "PHONE"), r.choice(["", " that's my cell", " yeah"]))
    return c


def p_call_phone_split(r):
    a, b, s = make_us_phone(r)
    c = Case(f"call/US {ind(r)}: phone split over turns, agent back-channels and readback")
    gid = c.new_group("PHONE")
    c.a("okay what number should we reach you at")
    c.c((say_digits(a, r), "PHONE", gid))
    c.a(r.choice(BACK))
    c.c((say_digits(b, r), "PHONE", gid))
    c.a(r.choice(BACK))
    c.c((say_digits(s, r) if r.random() < 0.6 else say_pairs(s, r), "PHONE", gid))
    if r.random() < 0.6:
        c.a("so that's ", (f"{say_digits(a, r, ('zero',), 0)} {say_digits(b, r, ('zero',), 0)} {say_digits(s, r, ('zero',), 0)}", "PHONE"))
        c.c("yep")
    return c


def p_intl_phone(r):
    v = r.randint(0, 3)
    if v == 0:
        n = f"7{r.randint(100, 999)}{r.randint(100000, 999999)}"
        typed = r.choice([f"0{n[:4]} {n[4:]}", f"+44 {n[:4]} {n[4:]}", f"+44 (0){n[:4]} {n[4:]}", f"0{n}"])
        spoken = f"oh {say_digits(n[:4], r, ('oh',))} {say_digits(n[4:], r, ('oh',))}"
        where = "UK mobile"
    elif v == 1:
        n = f"8{r.choice('35679')}{r.randint(1000000, 9999999)}"
        typed = r.choice([f"0{n[:2]} {n[2:5]} {n[5:]}", f"+353 {n[:2]} {n[2:5]} {n[5:]}", f"00353{n}"])
        spoken = f"oh {say_digits(n[:2], r)} {say_digits(n[2:5], r)} {say_digits(n[5:], r)}"
        where = "Irish mobile"
    elif v == 2:
        n = f"20{r.randint(7000, 8999)}{r.randint(1000, 9999)}"
        typed = r.choice([f"0{n[:2]} {n[2:6]} {n[6:]}", f"+44 {n[:2]} {n[2:6]} {n[6:]}"])
        spoken = f"oh two oh {say_digits(n[2:6], r)} {say_digits(n[6:], r)}"
        where = "London landline"
    else:
        n = f"1{r.randint(50, 79)}{r.randint(1000000, 9999999)}"
        typed = r.choice([f"+49 {n[:3]} {n[3:]}", f"0049 {n[:3]} {n[3:]}"])
        spoken = f"plus four nine {say_digits(n[:3], r)} {say_digits(n[3:], r)}"
        where = "German mobile"
    c = Case(f"{'chat' if r.random() < 0.5 else 'call'}/{where}: international/national phone forms")
    if c.note.startswith("chat"):
        c.c(r.choice(["my number is ", "ring me on ", "contact: ", "whatsapp "]), (typed, "PHONE"))
    else:
        c.a("and a contact number")
        c.c(r.choice(["yeah it's ", "erm ", ""]), (spoken, "PHONE"))
    return c


def p_chat_email(r):
    local, dom = make_email(r, uk=r.random() < 0.2)
    em = f"{local}@{dom}"
    if r.random() < 0.3:
        em = em.upper() if r.random() < 0.3 else em[0].upper() + em[1:]
    c = Case(f"chat/{ind(r)}: email typed")
    v = r.randint(0, 2)
    if v == 0:
        c.a("What email should we send the receipt to?")
        c.c((em, "EMAIL"))
    elif v == 1:
        c.c("send the invoice to ", (em, "EMAIL"), " please, invoice # INV-", str(r.randint(10000, 999999)))
    else:
        c.c("email is ", (em, "EMAIL"), r.choice([".", " thx", " (not the old aol one)", ""]))
    return c


def p_call_email(r):
    local, dom = make_email(r, uk=r.random() < 0.2)
    c = Case(f"call/{ind(r)}: email spoken, 'at' and 'dot', spelled letters")
    c.a(r.choice(["and what email address do you want on file", "can i get an email for the confirmation"]))
    c.c(r.choice(["yeah it's ", "sure it's ", "um ", ""]), (say_email(local, dom, r), "EMAIL"))
    if r.random() < 0.4:
        c.a("okay that's ", (say_email(local, dom, r), "EMAIL"))
        c.c("yes")
    return c


def say_dob(y, m, d, r, uk=False):
    v = r.randint(0, 5)
    if v == 0:
        return f"{MONTHS[m-1]} {ORDINALS[d]} {say_year(y, r)}"
    if v == 1:
        return f"the {ORDINALS[d]} of {MONTHS[m-1]} {say_year(y, r)}"
    if v == 2:
        return f"{say_pair(f'{m:02d}', r)} {say_pair(f'{d:02d}', r, bare=False)} {say_year(y, r)}" if not uk else \
            f"{say_pair(f'{d:02d}', r)} {say_pair(f'{m:02d}', r)} {say_pair(str(y % 100).zfill(2), r)}"
    if v == 3:
        return f"{MONTHS[m-1]} {two_words(d)} {say_pair(str(y % 100).zfill(2), r)}"
    if v == 4:
        return f"{ORDINALS[d]} {MONTHS[m-1]} {say_year(y, r)}"
    return f"{say_digits(f'{m:02d}', r)} {say_digits(f'{d:02d}', r)} {say_digits(str(y), r, dbl=0)}"


def typed_dob(y, m, d, r, uk=False):
    return r.choice([f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y % 100:02d}", f"{MONTHS[m-1].title()} {d}, {y}",
                     f"{MON3[m-1].title()} {d} {y}", f"{m}-{d}-{y}"] if not uk else
                    [f"{d:02d}/{m:02d}/{y}", f"{d}.{m}.{y}", f"{d} {MONTHS[m-1].title()} {y}", f"{d}th {MON3[m-1]} {y}"])


def p_dob(r):
    y, m, d = make_dob(r)
    uk = r.random() < 0.25
    if r.random() < 0.5:
        c = Case(f"chat/{'UK' if uk else 'US'} {ind(r)}: date of birth typed")
        c.a("Please confirm the date of birth on the account.")
        c.c(r.choice(["", "dob ", "born ", "it's "]), (typed_dob(y, m, d, r, uk), "DOB"))
    else:
        c = Case(f"call/{'UK' if uk else 'US'} {ind(r)}: date of birth spoken")
        c.a(r.choice(["and can you confirm your date of birth", "what's the date of birth of the policy holder", "and the patient's date of birth"]))
        c.c(r.choice(["yeah it's ", "sure ", "um ", "", "she was born "]), (say_dob(y, m, d, r, uk), "DOB"))
        if r.random() < 0.4:
            c.a(f"thank you and your appointment is on {MONTHS[r.randint(0, 11)]} {ORDINALS[r.randint(1, 28)]} at {two_words(r.randint(1, 11))} thirty")
    return c


def zip_str(z, plus, r):
    return f"{z}-{plus}" if r.random() < 0.4 else z


def p_zip(r):
    city, st, pre = r.choice(US_CITIES)
    z, plus = make_zip(r, pre)
    if r.random() < 0.5:
        c = Case(f"chat/US {ind(r)}: ZIP / ZIP+4 typed")
        zs = zip_str(z, plus, r)
        c.c(r.choice(["zip is ", "ZIP code: ", "billing zip ", "it's "]), (zs, "POSTCODE"))
    else:
        c = Case(f"call/US {ind(r)}: ZIP spoken")
        c.a(r.choice(["and the billing zip code", "what's the zip code on the account", "can you confirm your zip"]))
        zs = say_digits(z, r, ("zero", "oh"))
        if r.random() < 0.3:
            zs += " " + say_digits(plus, r)
        c.c(r.choice(["", "it's ", "um ", "yeah "]), (zs, "POSTCODE"))
    return c


def us_address(r):
    n = r.choice([r.randint(1, 99), r.randint(100, 999), r.randint(1000, 9999), r.randint(10000, 24999)])
    st = r.choice(STREETS)
    suf, sufw = r.choice(SUFFIX)
    unit = r.choice(["", "", "", f" Apt {r.randint(1, 40)}{r.choice(['', 'B', 'C'])}", f" Unit {r.randint(100, 999)}", f" #{r.randint(2, 30)}"])
    return n, st, suf, sufw, unit


def p_chat_address(r):
    n, st, suf, sufw, unit = us_address(r)
    city, state, pre = r.choice(US_CITIES)
    z, plus = make_zip(r, pre)
    c = Case(f"chat/US {ind(r)}: street address with city, state and ZIP typed")
    addr = f"{n} {st.title()} {suf}{unit}"
    if r.random() < 0.2:
        addr = addr.lower()
    v = r.randint(0, 2)
    if v == 0:
        c.c("new address: ", (addr, "ADDRESS"), ", ", city, ", ", state, " ", (zip_str(z, plus, r), "POSTCODE"))
    elif v == 1:
        c.a("What's the service address?")
        c.c((addr, "ADDRESS"), "\n", city, " ", state, " ", (z, "POSTCODE"))
    else:
        c.c("pls ship order #", str(r.randint(100000, 9999999)), " to ", (addr, "ADDRESS"), " ", city, " ", state, " ", (zip_str(z, plus, r), "POSTCODE"), " not my old place")
    return c


def p_call_address(r):
    n, st, suf, sufw, unit = us_address(r)
    city, state, pre = r.choice(US_CITIES)
    z, plus = make_zip(r, pre)
    c = Case(f"call/US {ind(r)}: street address and ZIP spoken, ASR lower case")
    c.a(r.choice(["and what's the address on the account", "where should we send the replacement card", "what's the service address"]))
    unit_s = ""
    if unit:
        un = re.sub(r"\D", "", unit)
        unit_s = " " + r.choice(["apartment", "unit", "apt", "number"]) + " " + say_digits(un, r) + (
            f" {unit[-1].lower()}" if unit[-1] in "BC" else "")
    spoken_addr = f"{say_house(n, r)} {st} {sufw}{unit_s}"
    if r.random() < 0.5:
        c.c(r.choice(["it's ", "yeah ", "um "]), (spoken_addr, "ADDRESS"), f" {city.lower()} ", r.choice([state.lower(), {"IL": "illinois", "OH": "ohio", "TX": "texas", "FL": "florida", "AZ": "arizona", "CO": "colorado", "NC": "north carolina", "OR": "oregon", "NY": "new york", "CA": "california", "WI": "wisconsin", "GA": "georgia", "ID": "idaho", "NV": "nevada", "NJ": "new jersey"}[state]]),
            " ", (say_digits(z, r), "POSTCODE"))
    else:
        c.c((spoken_addr, "ADDRESS"))
        c.a("and the zip")
        c.c((say_digits(z, r) if r.random() < 0.7 else say_digits(z, r) + " dash " + say_digits(plus, r), "POSTCODE"))
    return c


def p_uk_address(r):
    out, inw = make_uk_pc(r)
    n = r.randint(1, 220)
    street = f"{r.choice(UK_STREETS)} {r.choice(UK_SUFFIX)}"
    if r.random() < 0.5:
        c = Case(f"chat/UK {ind(r, UK_IND)}: UK address and postcode typed")
        pc = r.choice([f"{out} {inw}", f"{out}{inw}", f"{out} {inw}".lower()])
        c.c(r.choice(["address is ", "I've moved to ", ""]), (f"{n} {street}", "ADDRESS"), ", ", r.choice(["Leeds", "Cardiff", "Bristol", "Croydon", "London"]), ", ", (pc, "POSTCODE"))
    else:
        c = Case(f"call/UK {ind(r, UK_IND)}: UK address and postcode spoken with NATO letters")
        c.a("can i take the first line of the address and the postcode")
        mode = r.choice(["plain", "mix", "nato"])
        pc_spoken = spell(out, r, mode) + " " + spell(inw, r, mode)
        c.c(r.choice(["yeah it's ", "erm ", ""]), (f"{two_words(n) if n < 100 else say_house(n, r)} {street.lower()}", "ADDRESS"), " and the postcode is ", (pc_spoken, "POSTCODE"))
    return c


def p_uk_postcode_only(r):
    out, inw = make_uk_pc(r)
    c = Case(f"call/UK {ind(r, UK_IND)}: postcode only, split across turns")
    gid = c.new_group("POSTCODE")
    c.a("what's your postcode")
    mode = r.choice(["plain", "mix", "nato"])
    c.c((spell(out, r, mode), "POSTCODE", gid))
    c.a(r.choice(BACK))
    c.c((spell(inw, r, mode), "POSTCODE", gid))
    return c


def p_mixed_call(r):
    """Several values, with non-PII numbers around them."""
    a, b, s = make_ssn(r)
    pa, pb, ps = make_us_phone(r)
    c = Case(f"call/US {ind(r, ['insurance', 'healthcare billing'])}: claim number (unlabelled) then SSN and phone, chit-chat")
    claim = "".join(str(r.randint(0, 9)) for _ in range(8))
    c.a("thanks for calling how can i help")
    c.c(f"hi yeah i'm calling about claim number {say_digits(claim, r)} it's been like {two_words(r.randint(2, 9))} weeks")
    c.a("i'm sorry about that can i verify your social")
    c.c("sure ", (spoken_ssn(a, b, s, r), "SSN"), " and you can call me back at ", (spoken_us_phone(pa, pb, ps, r), "PHONE"), " after five")
    return c


def p_mixed_chat(r):
    brand, num = make_card(r)
    city, state, pre = r.choice(US_CITIES)
    z, plus = make_zip(r, pre)
    c = Case(f"chat/US retail: card and billing ZIP together, price and order number nearby")
    c.c(f"hi order #{r.randint(1000000, 99999999)} for ${r.randint(10, 300)}.{r.randint(0, 99):02d} failed. trying again w/ card ", (typed_card(num, r), "CARD_NUMBER"),
        " billing zip ", (zip_str(z, plus, r), "POSTCODE"))
    return c


def p_ssn_typo_chat(r):
    a, b, s = make_ssn(r)
    c = Case(f"chat/US {ind(r, ['banking', 'government services'])}: SSN typed with odd spacing/format, two messages")
    gid = c.new_group("SSN")
    c.a("Please type your full SSN.")
    c.c((a, "SSN", gid), r.choice(["-", " "]))
    c.c((b + r.choice(["-", " ", ""]) + s, "SSN", gid))
    return c


POSITIVE = [
    (p_chat_card, 12), (p_chat_card_full, 12), (p_call_card_one, 10), (p_call_card_split, 8),
    (p_call_card_readback, 5), (p_call_exp_cvv, 12),
    (p_chat_ssn, 12), (p_call_ssn, 10), (p_call_ssn_split, 6), (p_call_ssn_readback, 4),
    (p_call_ssn_dob, 5), (p_ssn_correction, 2), (p_ssn_typo_chat, 3),
    (p_chat_ni, 10), (p_call_ni, 8), (p_call_ni_split, 5), (p_call_ni_readback, 3),
    (p_uk_bank, 14), (p_us_bank, 7), (p_iban, 14),
    (p_chat_phone, 8), (p_call_phone, 8), (p_call_phone_split, 4), (p_intl_phone, 6),
    (p_chat_email, 7), (p_call_email, 7), (p_dob, 10),
    (p_zip, 8), (p_chat_address, 8), (p_call_address, 8), (p_uk_address, 6), (p_uk_postcode_only, 3),
    (p_mixed_call, 4), (p_mixed_chat, 4),
]

# ------------------------------ negative templates ------------------------


def n_money(r):
    d, cts = r.randint(2, 2999), r.randint(0, 99)
    if r.random() < 0.5:
        c = Case("chat/US utilities: balances and amounts, no PII")
        c.a(f"Your current balance is ${d:,}.{cts:02d} and the minimum payment of ${r.randint(25, 150)}.00 is due on {MONTHS[r.randint(0, 11)].title()} {r.randint(1, 28)}.")
        c.c(r.choice(["ok can I pay $" + f"{r.randint(20, 400)} today", "why is it so high, last month was $" + f"{r.randint(40, 300)}.{r.randint(0, 99):02d}"]))
    else:
        c = Case("call/US telecom: spoken dollar amounts, no PII")
        c.a(f"so your balance today is {two_words(r.randint(1, 9))} hundred {two_words(r.randint(1, 99))} dollars and {two_words(r.randint(1, 99))} cents")
        c.c(f"okay and if i pay {two_words(r.randint(20, 99))} dollars now what's left")
    return c


def n_reference(r):
    kind = r.choice(["policy number", "member id", "claim number", "order number", "ticket number", "case number",
                     "invoice number", "confirmation number", "reference number", "tracking number", "group number"])
    n = r.randint(6, 10)
    ref = str(r.randint(1, 9)) + "".join(str(r.randint(0, 9)) for _ in range(n - 1))
    if r.random() < 0.5:
        c = Case(f"chat/US {ind(r)}: {kind} ({n} digits) with its reference word, not PII")
        pre = r.choice(["", "#", "PLC-", "CLM", "W", ""])
        c.c(f"Hi, my {kind} is {pre}{ref}. Can you check the status?")
        c.a(f"Thanks, I found {kind} {pre}{ref}. It was updated on {r.randint(1, 12)}/{r.randint(1, 28)}.")
    else:
        c = Case(f"call/US {ind(r)}: {kind} spoken digit by digit, not PII")
        c.a(f"do you have your {kind} handy")
        c.c(f"yeah the {kind} is {say_digits(ref[:min(4, n)], r, ('zero', 'oh'))} {say_digits(ref[min(4, n):], r, ('zero', 'oh'))}")
        c.a(f"thank you i see that {kind} here")
    return c


def n_times_dates(r):
    c = Case(f"call/US {ind(r, ['utilities', 'telecom'])}: appointment dates and times, not DOB")
    c.a(f"i can get a technician out on {MONTHS[r.randint(0, 11)]} {ORDINALS[r.randint(1, 28)]} between {two_words(r.randint(8, 11))} and {two_words(r.randint(1, 5))} o'clock")
    c.c(f"do you have anything on the {ORDINALS[r.randint(1, 28)]} in the afternoon like {two_words(r.randint(1, 4))} thirty")
    c.a(f"yes {two_words(r.randint(1, 4))} fifteen on {r.choice(['monday', 'tuesday', 'thursday'])} works")
    return c


def n_chat_dates(r):
    c = Case(f"chat/US {ind(r)}: payment and contract dates typed, not DOB")
    c.c(f"I made a payment on {r.randint(1, 12)}/{r.randint(1, 28)}/{r.randint(2023, 2026)} and my contract started {MONTHS[r.randint(0, 11)].title()} {r.randint(2019, 2025)}")
    c.a(f"I see the payment posted {r.randint(1, 12):02d}/{r.randint(1, 28):02d}. Your next bill date is the {ORDINALS[r.randint(1, 28)]}.")
    return c


def n_travel(r):
    c = Case("chat/travel: flight numbers, seats, gates, times")
    c.c(f"my flight {r.choice(['UA', 'DL', 'AA', 'BA', 'EI', 'FR'])}{r.randint(10, 2999)} on {MONTHS[r.randint(0, 11)].title()} {r.randint(1, 28)} got cancelled, seat {r.randint(1, 40)}{r.choice('ABCDEF')}")
    c.a(f"I've rebooked you on {r.choice(['UA', 'DL', 'AA'])} {r.randint(100, 2999)} departing {r.randint(1, 12)}:{r.choice(['05', '15', '40', '55'])} {r.choice(['AM', 'PM'])} from gate {r.choice('ABCDE')}{r.randint(1, 40)}.")
    return c


def n_call_travel(r):
    c = Case("call/travel: spoken flight number, hotel room, confirmation code")
    c.c(f"yeah i'm in room {say_digits(str(r.randint(101, 1499)), r, dbl=0)} and my flight is delta {say_digits(str(r.randint(100, 2999)), r, dbl=0)} tomorrow at {two_words(r.randint(6, 11))} forty")
    c.a(f"okay and your confirmation code is {' '.join(r.choice('ABCDEFGHJKLMNPRSTUVWXYZ').lower() for _ in range(6))} right")
    return c


def n_model_meter(r):
    v = r.randint(0, 2)
    if v == 0:
        c = Case("call/UK utilities: meter reading spoken, not PII")
        c.a("can you read me the numbers on the meter")
        c.c(f"yeah it says {say_digits(''.join(str(r.randint(0, 9)) for _ in range(5)), r, ('nought', 'zero'))} point {ONES[r.randint(0, 9)]}")
    elif v == 1:
        c = Case("chat/retail: model and serial-like product codes")
        c.c(f"my router model {r.choice(['RAX', 'NG', 'XB', 'TC'])}{r.randint(10, 9999)} keeps dropping, firmware v{r.randint(1, 9)}.{r.randint(0, 20)}.{r.randint(0, 99)}")
        c.a(f"Thanks. Please hold the reset button for {r.randint(10, 30)} seconds.")
    else:
        c = Case("chat/UK utilities: meter reading typed")
        c.c(f"Gas reading today {r.randint(10000, 99999)}, electric {r.randint(1000, 99999)} kWh")
        c.a("Thanks, I've submitted both readings for you.")
    return c


def n_speeds(r):
    c = Case("call/US telecom: speeds, data, percentages, counts")
    c.a(f"the plan gives you {two_words(r.randint(2, 9))} hundred megabits down and {two_words(r.randint(10, 50))} up for {two_words(r.randint(30, 90))} dollars a month")
    c.c(f"okay i've got like {two_words(r.randint(3, 19))} devices and i'm using {two_words(r.randint(20, 95))} percent of my data already")
    return c


def n_age_temp(r):
    c = Case(f"call/US {ind(r, ['healthcare billing', 'insurance'])}: age, temperature, duration, dosage")
    c.c(f"my son is {two_words(r.randint(2, 17))} and he had a fever of a hundred and {ONES[r.randint(1, 4)]} for {ONES[r.randint(2, 5)]} days")
    c.a(f"okay the copay for the urgent care visit is {two_words(r.randint(20, 75))} dollars and the wait is about {two_words(r.randint(15, 45))} minutes")
    return c


def n_years_counts(r):
    c = Case(f"chat/US {ind(r)}: years, quantities and durations")
    c.c(f"I've been a customer since {r.randint(1995, 2020)} and have {r.randint(2, 6)} lines. I was on hold {r.randint(20, 90)} minutes!")
    c.a(f"I'm sorry about that. I can offer {r.randint(10, 30)}% off for {r.randint(3, 12)} months.")
    return c


def n_company_info(r):
    c = Case(f"chat/US {ind(r)}: hours, extension and step counts, no customer PII")
    c.a(f"Our support line is open {r.randint(7, 9)}am-{r.randint(5, 9)}pm Mon-Fri. Ask for extension {r.randint(100, 9999)}.")
    c.c(f"ok, I tried steps 1 to {r.randint(3, 8)} already and restarted {r.randint(2, 5)} times")
    return c


def n_call_reference_long(r):
    kind = r.choice(["policy number", "member id number", "claim number", "confirmation number", "prescription number", "tracking number"])
    ref = "".join(str(r.randint(0, 9)) for _ in range(r.randint(7, 9)))
    c = Case(f"call/US {ind(r, ['insurance', 'healthcare billing', 'retail'])}: {kind} spoken in pairs, not PII")
    c.c(f"i have the {kind} here it's {say_pairs(ref, r)}")
    c.a(f"thank you and that was filed on {MONTHS[r.randint(0, 11)]} {ORDINALS[r.randint(1, 28)]} correct")
    c.c("yes")
    return c


def n_price_quote(r):
    c = Case(f"call/{r.choice(['US', 'UK', 'Ireland'])} insurance: premium quote, deductible, years, no PII")
    c.a(f"so the premium would be {two_words(r.randint(20, 99))} {r.choice(['dollars', 'pounds', 'euro'])} a month with a {ONES[r.randint(1, 9)]} hundred deductible")
    c.c(f"and that's for the twenty {two_words(r.randint(10, 25))} model with about {two_words(r.randint(10, 99))} thousand miles on it")
    return c


def n_balance_uk(r):
    c = Case("chat/UK banking: balance, overdraft and transaction amounts")
    c.c(f"why was I charged £{r.randint(5, 60)}.{r.randint(0, 99):02d} on the {r.randint(1, 28)}th? balance shows £{r.randint(100, 9000):,}.{r.randint(0, 99):02d}")
    c.a(f"That's an overdraft fee. Your arranged limit is £{r.choice([250, 500, 1000, 1500])}.")
    return c


NEGATIVE = [
    (n_money, 10), (n_reference, 20), (n_times_dates, 8), (n_chat_dates, 8), (n_travel, 7),
    (n_call_travel, 5), (n_model_meter, 9), (n_speeds, 6), (n_age_temp, 6), (n_years_counts, 6),
    (n_company_info, 5), (n_call_reference_long, 8), (n_price_quote, 5), (n_balance_uk, 5),
]

# --------------------------------------------------------------------------
# build
# --------------------------------------------------------------------------


def build():
    r = random.Random(SEED)
    pos_jobs = [f for f, n in POSITIVE for _ in range(n)]
    neg_jobs = [f for f, n in NEGATIVE for _ in range(n)]
    r.shuffle(pos_jobs)
    r.shuffle(neg_jobs)
    out = []
    for i, f in enumerate(pos_jobs, 1):
        c = f(r)
        out.append(("pos", i, c))
    for i, f in enumerate(neg_jobs, 1):
        c = f(r)
        out.append(("neg", i, c))
    return out


def serialise(built):
    lines = []
    for kind, i, c in built:
        obj = {"id": f"{PREFIX}-{kind}-{i:03d}", "kind": "positive" if kind == "pos" else "negative",
               "turns": c.turns,
               "spans": [{k: v for k, v in s.items() if not k.startswith("_")} for s in c.spans],
               "note": c.note}
        lines.append(json.dumps(obj, ensure_ascii=False))
    return "\n".join(lines) + "\n"

# --------------------------------------------------------------------------
# validation (normalise spoken forms)
# --------------------------------------------------------------------------


WORDNUM = {w: str(i) for i, w in enumerate(ONES)}
WORDNUM.update({"oh": "0", "o": "0", "nought": "0"})
TEENNUM = {w: str(10 + i) for i, w in enumerate(TEENS)}
TENSNUM = {w: i for i, w in enumerate(TENS) if w}
FILLERS = {"um", "uh", "er", "erm", "and", "dash", "slash", "plus", "hundred_"}
LETTER_WORDS = set(NATO.values()) | set(FOLK.values()) | {"x", "ray"}


def normalise(text: str, letters_ok=True, o_letter=False) -> str:
    """Spoken/typed value -> compact string of digits/letters. Raises on unknown words."""
    toks = re.findall(r"[a-z0-9]+", text.lower().replace("x-ray", "xray"))
    out, i = [], 0
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if t in ("double", "triple") and nxt in WORDNUM:
            out.append(WORDNUM[nxt] * (2 if t == "double" else 3))
            i += 2
            continue
        if t in TENSNUM:
            if nxt in WORDNUM and nxt not in ("zero", "oh", "o", "nought"):
                out.append(str(TENSNUM[t] * 10 + int(WORDNUM[nxt])))
                i += 2
            else:
                out.append(str(TENSNUM[t] * 10))
                i += 1
            continue
        if t in TEENNUM:
            out.append(TEENNUM[t])
            i += 1
            continue
        if t == "hundred":
            # "five hundred" -> 500 ; "five hundred twelve" -> 512
            prev = out.pop() if out else "1"
            rest = ""
            if nxt in TENSNUM or nxt in TEENNUM or (nxt in WORDNUM and nxt not in ("oh", "o")):
                sub = normalise(" ".join(toks[i + 1:i + 3]) if nxt in TENSNUM else nxt)
                rest = sub.zfill(2)
                i += 3 if (nxt in TENSNUM and i + 2 < len(toks) and toks[i + 2] in WORDNUM) else 2
            else:
                rest = "00"
                i += 1
            out.append(prev + rest)
            continue
        if t == "thousand":
            prev = out.pop() if out else "1"
            out.append(prev + "00")  # "two thousand five" -> 200 + 5 -> "2005"
            if nxt == "and":
                i += 1
            i += 1
            continue
        if letters_ok and len(t) == 1 and t.isalpha() and (nxt == "for" or (nxt == "as" and i + 2 < len(toks) and toks[i + 2] == "in")):
            out.append(t)
            i += 3 if nxt == "for" else 4
            continue
        if t == "o" and o_letter:
            out.append("o")
            i += 1
            continue
        if t in WORDNUM:
            out.append(WORDNUM[t])
            i += 1
            continue
        if letters_ok and len(t) == 1 and t.isalpha():
            if nxt == "for" and i + 2 < len(toks):
                i += 3
            elif nxt == "as" and i + 3 < len(toks) and toks[i + 2] == "in":
                i += 4
            else:
                i += 1
            out.append(t)
            continue
        if t in FILLERS:
            i += 1
            continue
        if re.fullmatch(r"[a-z0-9]+", t) and (any(ch.isdigit() for ch in t) or len(t) <= 4):
            out.append(t)
            i += 1
            continue
        raise ValueError(f"unknown token {t!r} in {text!r}")
    return "".join(out)


def fix_thousand(s):
    return s


def v_email(text):
    t = text.lower().strip()
    if "@" not in t:
        toks = re.findall(r"[a-z0-9]+", t)
        res, i = [], 0
        while i < len(toks):
            w = toks[i]
            if w == "dot":
                res.append(".")
            elif w == "at":
                res.append("@")
            elif w == "underscore":
                res.append("_")
            elif w == "dash":
                res.append("-")
            elif len(w) == 1 and i + 2 < len(toks) and toks[i + 1] == "for":
                res.append(w)
                i += 2
            elif len(w) == 1 and i + 3 < len(toks) and toks[i + 1] == "as" and toks[i + 2] == "in":
                res.append(w)
                i += 3
            elif w in WORDNUM and w not in ("o",) or w in TENSNUM or w in TEENNUM:
                j = i
                while j < len(toks) and (toks[j] in WORDNUM or toks[j] in TENSNUM or toks[j] in TEENNUM):
                    j += 1
                res.append(normalise(" ".join(toks[i:j])))
                i = j
                continue
            else:
                res.append(w)
            i += 1
        t = "".join(res)
    return re.fullmatch(r"[a-z0-9._\-]+@[a-z0-9\-]+(\.[a-z]{2,})+", t) is not None


def v_dob(text):
    low = text.lower()
    has_month = any(re.search(rf"\b{m}\b", low) for m in MONTHS + MON3)
    stripped = low
    for m in MONTHS + MON3:
        stripped = re.sub(rf"\b{m}\b", " ", stripped)
    for o in sorted(ORDINALS[1:], key=len, reverse=True):
        stripped = re.sub(rf"\b{o}\b", " 1 ", stripped)
    stripped = re.sub(r"\b(the|of|th|st|nd|rd)\b", " ", stripped)
    stripped = re.sub(r"(\d)(th|st|nd|rd)\b", r"\1", stripped)
    d = normalise(stripped, letters_ok=False)
    if not d.isdigit():
        return False
    return (has_month and len(d) >= 3) or len(d) >= 5


def v_expiry(text):
    low = text.lower()
    has_month = any(re.search(rf"\b{m}\b", low) for m in MONTHS + MON3)
    stripped = low
    for m in MONTHS + MON3:
        stripped = re.sub(rf"\b{m}\b", " ", stripped)
    d = normalise(stripped, letters_ok=False)
    if not d.isdigit():
        return False
    if has_month:
        return len(d) in (2, 4)
    if len(d) in (3, 4, 6):
        mo = int(d[:-2]) if len(d) in (3, 4) else int(d[:2])
        return 1 <= mo <= 12
    return False


def v_address(text):
    low = text.lower()
    if not re.match(r"^(\d+|[a-z]+)\b", low):
        return False
    first = low.split()[0]
    if not (first.isdigit() or first in WORDNUM or first in TENSNUM or first in TEENNUM):
        return False
    words = re.findall(r"[a-z]+", low)
    return any(w in SUFFIX_WORDS for w in words)


UK_PC = re.compile(r"^[a-z]{1,2}\d[a-z\d]?\d[a-z]{2}$")


def validate_value(typ, text):
    if typ == "EMAIL":
        return v_email(text)
    if typ == "DOB":
        return v_dob(text)
    if typ == "EXPIRY":
        return v_expiry(text)
    if typ == "ADDRESS":
        return v_address(text)
    n = normalise(text)
    if typ == "CARD_NUMBER":
        return n.isdigit() and 13 <= len(n) <= 19 and luhn_ok(n)
    if typ == "CVV":
        return n.isdigit() and len(n) in (3, 4)
    if typ == "SSN":
        return n.isdigit() and len(n) == 9 and n[:3] not in ("000", "666") and n[0] != "9" and n[3:5] != "00" and n[5:] != "0000"
    if typ == "SSN_PARTIAL":
        return n.isdigit() and len(n) < 9
    if typ == "NI_NUMBER":
        return re.fullmatch(r"[a-z]{2}\d{6}[a-d]", n) is not None
    if typ == "BANK_ACCOUNT":
        return n.isdigit() and 6 <= len(n) <= 17
    if typ == "SORT_CODE":
        return n.isdigit() and len(n) == 6
    if typ == "IBAN":
        # a spoken letter "o" (e.g. "l o y d") may be the letter or zero
        return iban_ok(n) or iban_ok(normalise(text, o_letter=True))
    if typ == "PHONE":
        return n.isdigit() and 10 <= len(n) <= 13
    if typ == "POSTCODE":
        return (n.isdigit() and len(n) in (5, 9)) or UK_PC.match(n) is not None
    return False


def check(built, text_on_disk):
    problems = []
    regenerated = serialise(built)
    if regenerated != text_on_disk:
        problems.append("cases.jsonl differs from regenerated output (not reproducible or stale)")
    ids = set()
    counts, npos, nneg = Counter(), 0, 0
    for line_no, line in enumerate(text_on_disk.splitlines(), 1):
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            problems.append(f"line {line_no}: bad json {e}")
            continue
        if set(obj) != {"id", "kind", "turns", "spans", "note"}:
            problems.append(f"{obj.get('id')}: wrong keys")
        if obj["id"] in ids:
            problems.append(f"duplicate id {obj['id']}")
        ids.add(obj["id"])
        if obj["kind"] == "negative":
            nneg += 1
            if obj["spans"]:
                problems.append(f"{obj['id']}: negative with spans")
        else:
            npos += 1
            if not obj["spans"]:
                problems.append(f"{obj['id']}: positive without spans")
        for t in obj["turns"]:
            if t["speaker"] not in ("agent", "customer") or not t["text"]:
                problems.append(f"{obj['id']}: bad turn")
        per_turn = {}
        for s in obj["spans"]:
            if s["type"] not in TYPES:
                problems.append(f"{obj['id']}: bad type {s['type']}")
            if not (0 <= s["turn"] < len(obj["turns"])):
                problems.append(f"{obj['id']}: turn out of range")
                continue
            text = obj["turns"][s["turn"]]["text"]
            st, en = s["start"], s["end"]
            if not (0 <= st < en <= len(text)):
                problems.append(f"{obj['id']}: offsets out of range")
                continue
            val = text[st:en]
            if val != val.strip():
                problems.append(f"{obj['id']}: span has outer whitespace {val!r}")
            if (st > 0 and text[st - 1].isalnum()) or (en < len(text) and text[en].isalnum()):
                problems.append(f"{obj['id']}: span not on word boundary {val!r}")
            if not (val[0].isalnum() or val[0] in "(+#") or not val[-1].isalnum():
                problems.append(f"{obj['id']}: span edge not alnum {val!r}")
            per_turn.setdefault(s["turn"], []).append((st, en))
            counts[s["type"]] += 1
        for spans in per_turn.values():
            spans.sort()
            for (a1, b1), (a2, b2) in zip(spans, spans[1:]):
                if a2 < b1:
                    problems.append(f"{obj['id']}: overlapping spans")
    # value validation, grouped via the generator's internal value ids
    for kind, i, c in built:
        cid = f"{PREFIX}-{kind}-{i:03d}"
        groups = {}
        for s in c.spans:
            groups.setdefault(s["_gid"], []).append(c.turns[s["turn"]]["text"][s["start"]:s["end"]])
        for gid, vals in groups.items():
            typ = c.groups[gid]
            joined = " ".join(vals)
            try:
                ok = validate_value(typ, joined)
            except ValueError as e:
                ok = False
                problems.append(f"{cid}: {e}")
            if not ok:
                problems.append(f"{cid}: invalid {typ} value {joined!r}")
    if npos < 170:
        problems.append(f"only {npos} positives")
    if nneg < 100:
        problems.append(f"only {nneg} negatives")
    for t in TYPES:
        if counts[t] < MIN_SPANS[t]:
            problems.append(f"type {t}: {counts[t]} spans < {MIN_SPANS[t]}")
    return problems, counts, npos, nneg


def readme(counts, npos, nneg):
    rows = "\n".join(f"| {t} | {counts[t]} |" for t in TYPES)
    return f"""# pii_holdout284 — held-out PII redaction evaluation set

**Never use this set for tuning.** It exists only to measure the redactor on
data its developers have not looked at.  Do not add its cases to training,
rule-writing or regression fixtures, and do not adjust patterns to it.

## Who wrote it and how

Written by an AI helper acting as an independent author.  The author did not
see the redaction code, its tests, its documentation or any other PII fixture;
the only data looked at was a three-line example of the JSONL format.  Cases are
produced by `scripts/make_pii_holdout284.py` (standard library only) from
template functions; each turn is assembled from plain text segments and
(value, TYPE) segments so offsets are computed, never typed by hand.  All values
come from one `random.Random({SEED})`, so the output is byte-for-byte
reproducible.  `python scripts/make_pii_holdout284.py --check` regenerates the
file and verifies identity, unique ids, offsets, word boundaries, non-overlap,
minimum counts, and validates every value after normalising spoken forms (Luhn
for cards, mod-97 for IBANs, NI format, 9 digits for SSN, 6 for sort codes,
digit counts for CVV/phone/account, postcode shapes, e-mail shape after
"at"/"dot" conversion).

Emphasis: mostly US contact centres (SSNs typed and spoken in many ways, ZIP and
ZIP+4, US phone formats, US street addresses, card payments by phone), plus UK,
Irish and EU cases (NI numbers, sort codes, IBANs, UK postcodes), chat (typed)
and call (ASR-style lower case, numbers as words) channels.

## Annotation conventions

* A span covers the value only: lead-ins ("my social is", "area code", "zip",
  "exp", "cvv") and trailing chit-chat are outside.  "area code" is outside the
  PHONE span; a leading "one" / "+1" / "+44" country prefix is inside.
* Spoken values include everything from the first to the last spoken token of
  the value, including fillers ("um") and "double"/"triple", "x for x-ray"
  spellings, "slash", "dash" that occur inside the reading.
* A value split over several customer turns is labelled in each turn (one span
  per turn); agent back-channels are not labelled.  Agent read-backs of a value
  are labelled too.
* In the SSN false-start case both the abandoned partial reading and the full
  reading are labelled SSN.
* ADDRESS is the street line: house number, street name, street type, and an
  apartment/unit if given right after it.  City and state are not labelled; the
  ZIP / UK postcode is a separate POSTCODE span.
* EXPIRY and DOB spans cover the full date expression ("the third of may
  nineteen eighty", "08/27").  Other dates (payments, appointments) are never
  labelled.
* Typed phone spans start at "(" or "+" where present.
* Non-PII numbers (amounts, claim/policy/member/order/tracking numbers with
  their reference word, flight and room numbers, times, dates, meter readings,
  percentages, ages) appear unlabelled in positives and are the whole content
  of negatives.  A negative fails if anything in it is redacted.

## Counts

Positives: {npos}; negatives: {nneg}.

| type | spans |
|---|---|
{rows}
"""


def main():
    built = build()
    text = serialise(built)
    if "--check" in sys.argv:
        if not CASES.exists():
            print("missing", CASES)
            sys.exit(1)
        problems, counts, npos, nneg = check(built, CASES.read_text(encoding="utf-8"))
        if README.exists() and README.read_text(encoding="utf-8") != readme(counts, npos, nneg):
            problems.append("README.md is stale")
        print(f"positives={npos} negatives={nneg}")
        for t in TYPES:
            print(f"  {t:13s} {counts[t]}")
        if problems:
            print(f"{len(problems)} problem(s):")
            for p in problems[:200]:
                print("  -", p)
            sys.exit(1)
        print("check OK")
        return
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    CASES.write_text(text, encoding="utf-8")
    problems, counts, npos, nneg = check(built, text)
    README.write_text(readme(counts, npos, nneg), encoding="utf-8")
    print(f"wrote {CASES} ({npos} positives, {nneg} negatives)")
    if problems:
        print(f"{len(problems)} problem(s), run --check")


if __name__ == "__main__":
    main()

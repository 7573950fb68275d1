#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set ``pii_holdout182``.

Written by an AI helper acting as an independent author that did not see the
redaction code.  Standard library only.  Output is byte-for-byte reproducible
from one seeded ``random.Random(182241125)``.

    python scripts/make_pii_holdout182.py          # write fixture + README
    python scripts/make_pii_holdout182.py --check  # regenerate and verify
"""
from __future__ import annotations

import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

SEED = 182241125
ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "tests" / "fixtures" / "pii_holdout182"
CASES = OUT_DIR / "cases.jsonl"
README = OUT_DIR / "README.md"
PREFIX = "h182"
TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE",
         "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

R = random.Random(SEED)

# --------------------------------------------------------------------------- words
UNIT = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEEN = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
        "eighteen", "nineteen"]
TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy", 8: "eighty",
        9: "ninety"}
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "f": "foxtrot",
        "g": "golf", "h": "hotel", "j": "juliet", "k": "kilo", "l": "lima", "m": "mike",
        "n": "november", "p": "papa", "r": "romeo", "s": "sierra", "t": "tango",
        "w": "whiskey", "x": "x-ray", "y": "yankee", "z": "zulu", "u": "uniform", "v": "victor",
        "i": "india", "o": "oscar", "q": "quebec"}
ALT_SPELL = {"a": "apple", "b": "bob", "c": "cat", "d": "dog", "e": "edward", "h": "harry",
             "j": "john", "k": "king", "l": "london", "m": "mother", "n": "nancy", "p": "peter",
             "r": "robert", "s": "sugar", "t": "tommy", "w": "william", "y": "yellow",
             "z": "zebra", "g": "george", "x": "xmas"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
       "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
       "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty first", "twenty second",
       "twenty third", "twenty fourth", "twenty fifth", "twenty sixth", "twenty seventh",
       "twenty eighth"]
FILL = ["um", "uh", "er", "erm"]


def ch(seq):
    return seq[R.randrange(len(seq))]


def num_words(n: int) -> str:
    """0..99 as words."""
    if n < 10:
        return UNIT[n]
    if n < 20:
        return TEEN[n - 10]
    t, u = divmod(n, 10)
    return TENS[t] if u == 0 else TENS[t] + " " + UNIT[u]


def say_digits(ds: str, zeros=("zero", "oh"), dbl=0.5, homo=0.0, filler=0.0) -> str:
    out = []
    i = 0
    while i < len(ds):
        d = ds[i]
        run = 1
        while i + run < len(ds) and ds[i + run] == d and run < 3:
            run += 1
        w = ch(zeros) if d == "0" else UNIT[int(d)]
        if homo and R.random() < homo:
            w = {"2": "to", "4": "for", "8": "ate", "1": "won"}.get(d, w)
        if run == 3 and R.random() < dbl:
            out.append("triple " + (ch(zeros) if d == "0" else UNIT[int(d)]))
            i += 3
        elif run >= 2 and R.random() < dbl:
            out.append("double " + (ch(zeros) if d == "0" else UNIT[int(d)]))
            i += 2
        else:
            out.append(w)
            i += 1
        if filler and R.random() < filler and i < len(ds):
            out.append(ch(FILL))
    return " ".join(out)


def say_pair(p: str, zeros=("oh",)) -> str:
    if p == "00":
        return ch(["double oh", "oh oh"])
    if p[0] == "0":
        return ch(zeros) + " " + UNIT[int(p[1])]
    return num_words(int(p))


def say_pairs(ds: str, zeros=("oh",)) -> str:
    parts = [say_pair(ds[i:i + 2], zeros) for i in range(0, len(ds) - 1, 2)]
    if len(ds) % 2:
        parts.append(UNIT[int(ds[-1])])
    return " ".join(parts)


def say_mixed(ds: str, zeros=("zero", "oh")) -> str:
    """Groups of four, each read either digit-wise or as two pairs."""
    groups = [ds[i:i + 4] for i in range(0, len(ds), 4)]
    out = []
    for g in groups:
        if len(g) == 4 and g[0] != "0" and g[2] != "0" and R.random() < 0.4:
            out.append(say_pairs(g))
        else:
            out.append(say_digits(g, zeros))
    return " ".join(out)


def say_letter(c: str, mode: str) -> str:
    c = c.lower()
    if mode == "nato":
        return c + " for " + NATO[c]
    if mode == "alt" and c in ALT_SPELL:
        return c + " for " + ALT_SPELL[c]
    return c


def year_words(y: int) -> str:
    if y >= 2000:
        return "two thousand and " + num_words(y - 2000) if y > 2000 else "two thousand"
    return num_words(y // 100) + " " + (say_pair(f"{y % 100:02d}"))


# --------------------------------------------------------------------------- values
def luhn_digit(body: str) -> str:
    total = 0
    for i, c in enumerate(reversed(body)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_ok(ds: str) -> bool:
    return ds.isdigit() and luhn_digit(ds[:-1]) == ds[-1]


def gen_card(kind=None) -> str:
    kind = kind or ch(["visa", "visa", "mc", "mc", "amex", "disc", "visa13", "maestro19"])
    if kind == "visa":
        body = "4" + "".join(str(R.randrange(10)) for _ in range(14))
    elif kind == "mc":
        body = "5" + str(R.randint(1, 5)) + "".join(str(R.randrange(10)) for _ in range(13))
    elif kind == "amex":
        body = ch(["34", "37"]) + "".join(str(R.randrange(10)) for _ in range(12))
    elif kind == "disc":
        body = "6011" + "".join(str(R.randrange(10)) for _ in range(11))
    elif kind == "visa13":
        body = "4" + "".join(str(R.randrange(10)) for _ in range(11))
    else:
        body = "6759" + "".join(str(R.randrange(10)) for _ in range(14))
    return body + luhn_digit(body)


def group_card(c: str, sep=" ") -> str:
    if len(c) == 15:
        return sep.join([c[:4], c[4:10], c[10:]])
    return sep.join(c[i:i + 4] for i in range(0, len(c), 4))


def card_chunks(c: str):
    if len(c) == 15:
        return [c[:4], c[4:10], c[10:]]
    return [c[i:i + 4] for i in range(0, len(c), 4)]


def gen_ssn() -> str:
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return f"{a:03d}{R.randint(1, 99):02d}{R.randint(1, 9999):04d}"


NI_FIRST = "ABCEGHJKLMNPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"
NI_BAD = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}
NI_RE = re.compile(r"^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$")


def gen_ni() -> str:
    while True:
        p = ch(NI_FIRST) + ch(NI_SECOND)
        if p not in NI_BAD:
            break
    return p + "".join(str(R.randrange(10)) for _ in range(6)) + ch("ABCD")


def gen_digits(n, first_nonzero=True) -> str:
    s = str(R.randint(1, 9)) if first_nonzero else str(R.randrange(10))
    return s + "".join(str(R.randrange(10)) for _ in range(n - 1))


def iban_check(country: str, bban: str) -> str:
    s = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return f"{98 - int(num) % 97:02d}"


def iban_ok(iban: str) -> bool:
    iban = iban.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", iban):
        return False
    s = iban[4:] + iban[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def gen_iban(country=None) -> str:
    country = country or ch(["GB", "IE", "DE", "NL", "FR", "ES", "IT"])
    if country == "GB":
        bban = ch(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + gen_digits(6) + gen_digits(8)
    elif country == "IE":
        bban = ch(["AIBK", "BOFI", "IPBS"]) + gen_digits(6) + gen_digits(8)
    elif country == "DE":
        bban = gen_digits(18)
    elif country == "NL":
        bban = ch(["ABNA", "INGB", "RABO"]) + gen_digits(10, False)
    elif country == "FR":
        bban = gen_digits(23)
    elif country == "ES":
        bban = gen_digits(20)
    else:
        bban = "X" + gen_digits(10) + gen_digits(12)
    return country + iban_check(country, bban) + bban


def group4(s: str) -> str:
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


UK_AREAS = ["SW", "SE", "M", "B", "LS", "EH", "G", "CF", "BS", "NE", "L", "E", "N", "W", "RG",
            "OX", "CB", "BT", "KT", "TW", "NG", "PR", "BN", "HU", "YO", "DN", "GL", "EX"]
UNIT_LET = "ABDEFGHJLNPRSTUWXYZ"
PC_RE = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$")


def gen_ukpc() -> str:
    a = ch(UK_AREAS)
    d = str(R.randint(1, 29))
    if a in ("SW", "W", "E", "N", "EC") and R.random() < 0.25:
        d = str(R.randint(1, 9)) + ch("ABEHPW")
    return a + d + " " + str(R.randint(1, 9)) + ch(UNIT_LET) + ch(UNIT_LET)


def gen_zip() -> str:
    return gen_digits(5)


STREETS_UK = ["Maple Avenue", "Church Lane", "Station Road", "Victoria Street", "Kingsway Close",
              "Oakfield Drive", "Mill Lane", "Beech Grove", "Park Crescent", "Albert Terrace",
              "Castle View", "Willow Way", "Queens Road", "Harbour Street", "Ashdown Gardens"]
STREETS_US = ["Elm Street", "Oak Avenue", "Lincoln Boulevard", "Cedar Lane", "Maple Drive",
              "Sunset Court", "Washington Avenue", "Pine Ridge Road", "Lakeview Drive",
              "Franklin Street", "Magnolia Way", "Birch Circle", "Highland Parkway"]
STREETS_IE = ["Main Street", "Dublin Road", "Grattan Crescent", "Strand Road", "Castle Street",
              "Abbey Lane", "Ard Na Greine Park"]
SUFFIXES = {"avenue", "ave", "lane", "ln", "road", "rd", "street", "st", "close", "drive", "dr",
            "grove", "crescent", "terrace", "view", "way", "gardens", "boulevard", "blvd",
            "court", "ct", "circle", "parkway", "park", "place"}


def house_no(spoken: bool, uk: bool = False) -> str:
    n = R.choice([R.randint(1, 99), R.randint(1, 99), R.randint(100, 199 if uk else 9999)])
    if not spoken:
        return str(n)
    if n < 100:
        return num_words(n)
    s = str(n)
    if len(s) == 3:
        return UNIT[int(s[0])] + " " + say_pair(s[1:])
    return say_pair(s[:2]) + " " + say_pair(s[2:])


def gen_phone(region: str) -> str:
    if region == "UK":
        return "07" + ch("3456789") + gen_digits(8, False)
    if region == "UKL":
        return "0" + ch(["20", "161", "113", "131", "141", "117"]) + gen_digits(7)
    if region == "US":
        return str(R.randint(2, 9)) + gen_digits(2, False) + str(R.randint(2, 9)) + gen_digits(6, False)
    if region == "IE":
        return "08" + ch("35679") + gen_digits(7, False)
    return "06" + gen_digits(8, False)


FIRST = ["john", "sarah", "mike", "emma", "david", "aoife", "liam", "priya", "tom", "rachel",
         "sean", "kate", "omar", "lucy", "james", "niamh", "carlos", "anna", "ben", "grace"]
LAST = ["smith", "kelly", "obrien", "patel", "jones", "walsh", "nguyen", "murphy", "brown",
        "taylor", "garcia", "evans", "byrne", "khan", "wilson", "reilly", "lopez", "hughes"]
DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "hotmail.co.uk", "icloud.com", "eircom.net",
           "btinternet.com", "aol.com", "protonmail.com", "live.ie", "comcast.net", "web.de"]


def gen_email() -> str:
    f, l = ch(FIRST), ch(LAST)
    style = R.randrange(5)
    if style == 0:
        local = f + "." + l
    elif style == 1:
        local = f[0] + l + str(R.randint(1, 99))
    elif style == 2:
        local = f + "_" + l
    elif style == 3:
        local = l + f[0]
    else:
        local = f + str(R.randint(70, 99))
    return local + "@" + ch(DOMAINS)


def say_email(e: str) -> str:
    out = []
    local, dom = e.split("@")
    for tok in re.split(r"([._])", local):
        if tok == ".":
            out.append("dot")
        elif tok == "_":
            out.append("underscore")
        elif tok:
            m = re.match(r"([a-z]*)(\d*)", tok)
            word, digs = m.group(1), m.group(2)
            if word:
                if len(word) == 1:
                    out.append(word)
                elif R.random() < 0.2:
                    out.append(" ".join(word))
                else:
                    out.append(word)
            if digs:
                out.append(say_digits(digs, dbl=0.3) if R.random() < 0.5 else num_words(int(digs)))
    out.append("at")
    for i, part in enumerate(dom.split(".")):
        if i:
            out.append("dot")
        out.append(part)
    return " ".join(out)


def gen_dob():
    y = R.randint(1941, 2004)
    m = R.randint(1, 12)
    d = R.randint(1, 28)
    return y, m, d


def dob_spoken(y, m, d) -> str:
    s = R.randrange(4)
    if s == 0:
        return f"the {ORD[d - 1]} of {MONTHS[m - 1]} {year_words(y)}"
    if s == 1:
        return f"{MONTHS[m - 1]} {ORD[d - 1]} {year_words(y)}"
    if s == 2:
        return f"{ORD[d - 1]} of the {ORD[m - 1]} {year_words(y)}"
    return f"{say_pair(f'{d:02d}')} {say_pair(f'{m:02d}')} {say_pair(str(y)[2:])}"


def dob_typed(y, m, d, us=False) -> str:
    s = R.randrange(4)
    if s == 0:
        return f"{m:02d}/{d:02d}/{y}" if us else f"{d:02d}/{m:02d}/{y}"
    if s == 1:
        return f"{d} {MONTHS[m - 1].title()} {y}"
    if s == 2:
        return f"{d}.{m}.{str(y)[2:]}"
    return f"{MONTHS[m - 1][:3].title()} {d} {y}"


def gen_exp():
    return R.randint(1, 12), R.randint(26, 31)


def exp_spoken(m, y) -> str:
    s = R.randrange(3)
    if s == 0:
        return f"oh {UNIT[m]} {num_words(y)}" if m < 10 else f"{num_words(m)} {num_words(y)}"
    if s == 1:
        return f"{MONTHS[m - 1]} twenty {num_words(y)}"
    return f"{say_digits(f'{m:02d}', ('zero', 'oh'), dbl=0)} {say_digits(str(y), dbl=0)}"


def exp_typed(m, y) -> str:
    return ch([f"{m:02d}/{y}", f"{m:02d}/20{y}", f"{m}/{y}", f"{m:02d}-{y}", f"{m:02d}{y}"])


# --------------------------------------------------------------------------- case builder
class Case:
    def __init__(self, kind: str, note: str):
        self.kind = kind
        self.note = note
        self.turns = []
        self.spans = []   # (turn, start, end, type, gid)
        self._gid = 0

    def new_gid(self):
        self._gid += 1
        return f"g{self._gid}"

    def t(self, speaker: str, *segs):
        text = ""
        ti = len(self.turns)
        for seg in segs:
            if isinstance(seg, str):
                text += seg
                continue
            value, typ = seg[0], seg[1]
            gid = seg[2] if len(seg) > 2 else self.new_gid()
            start = len(text)
            text += value
            self.spans.append((ti, start, len(text), typ, gid))
        self.turns.append({"speaker": speaker, "text": text})
        return self

    a = lambda self, *s: self.t("agent", *s)  # noqa: E731
    c = lambda self, *s: self.t("customer", *s)  # noqa: E731

    def record(self, cid):
        return {"id": cid, "kind": self.kind, "turns": self.turns,
                "spans": [{"turn": t, "start": s, "end": e, "type": ty}
                          for t, s, e, ty, _ in self.spans],
                "note": self.note}


def gid_of(case):
    return case.new_gid()


# --------------------------------------------------------------------------- positives
def p_uk_bank_lost_card():
    c = Case("positive", "call/UK banking: lost card whole call; DOB, spelled postcode, card split over four turns with back-channels, amounts and a case reference around")
    amt = R.randint(12, 480)
    y, m, d = gen_dob()
    pc = gen_ukpc()
    card = gen_card(ch(["visa", "mc"]))
    g = c.new_gid()
    ref = gen_digits(8)
    c.a("good afternoon you're through to card services my name's dan how can i help")
    c.c(f"hiya yeah i think i've lost my debit card i had it saturday at the shops i spent about {num_words(amt % 100)} quid and now i can't find it")
    c.a("oh no sorry to hear that let's get it stopped for you first can i take your date of birth please")
    c.c("yeah it's ", (dob_spoken(y, m, d), "DOB"))
    c.a("lovely and the postcode on the account")
    c.c("it's ", (spoken_ukpc(pc), "POSTCODE"))
    c.a("thank you and have you got the card number at all maybe on an old statement")
    c.c("hang on yeah i've got a statement here right it's ", (say_digits(card[:4]), "CARD_NUMBER", g))
    c.a("mhm")
    c.c((say_digits(card[4:8], ("oh", "zero"), filler=0.2), "CARD_NUMBER", g))
    c.a("okay go on")
    c.c((say_digits(card[8:12]), "CARD_NUMBER", g))
    c.a("yep")
    c.c("and then ", (say_digits(card[12:]), "CARD_NUMBER", g))
    c.a(f"brilliant that's now cancelled the new one will be with you in three to five working days and your case reference is {say_digits(ref, ('zero',), dbl=0)}")
    c.c("great and the payment on saturday that was me by the way")
    c.a("no problem have a good day")
    return c


def spoken_ukpc(pc: str) -> str:
    out = []
    mode = ch(["plain", "nato", "mix", "alt"])
    for part in pc.split():
        for chh in part:
            if chh.isdigit():
                out.append(UNIT[int(chh)])
            else:
                md = mode if mode != "mix" else ch(["plain", "nato"])
                out.append(say_letter(chh, md))
    return " ".join(out)


def typed_ukpc(pc: str) -> str:
    s = R.randrange(4)
    if s == 0:
        return pc
    if s == 1:
        return pc.lower()
    if s == 2:
        return pc.replace(" ", "")
    return pc.lower().replace(" ", "")


def p_us_telecom_payment():
    c = Case("positive", "call/US telecom: bill payment; phone in pairs, card with filler, expiry, CVV, ZIP, dollar amounts nearby")
    ph = gen_phone("US")
    card = gen_card()
    em, ey = gen_exp()
    cvv = gen_digits(4 if card[:2] in ("34", "37") else 3, False)
    z = gen_zip()
    bal = R.randint(40, 220)
    c.a("thanks for calling this is kim can i get the phone number on the account")
    c.c("sure it's ", (say_digits(ph[:3], ("oh",)) + " " + say_digits(ph[3:6], ("oh",)) + " " + say_pairs(ph[6:], ("oh",)), "PHONE"))
    c.a(f"okay i see a balance of {num_words(bal % 100)} dollars and {num_words(R.randint(10, 99))} cents due on the {ORD[R.randint(0, 27)]} would you like to pay that today")
    c.c("yeah let's do the whole thing")
    c.a("sure go ahead with the card number")
    c.c("okay it's ", (say_digits(card, ("zero", "oh"), filler=0.15), "CARD_NUMBER"))
    c.a("and the expiration date")
    c.c((exp_spoken(em, ey), "EXPIRY"))
    c.a("and the three or four digit code on the back")
    c.c("it's ", (say_digits(cvv, dbl=0), "CVV"))
    c.a("and the billing zip code")
    c.c((say_digits(z, ("oh", "zero")), "ZIP" and "POSTCODE"))
    c.a("perfect that payment went through your confirmation will come by text in about five minutes")
    c.c("awesome thanks")
    return c


def p_chat_retail_refund():
    c = Case("positive", "chat/UK retail: refund chat; typed email with typo label, card with dashes, lower-case postcode, order number and prices around")
    order = gen_digits(9)
    em = gen_email()
    card = gen_card()
    pc = gen_ukpc()
    price = f"£{R.randint(5, 199)}.{R.randint(0, 99):02d}"
    c.a("Hi, you're chatting with Jess. How can I help today?")
    c.c(f"hi i returned a jacket on the 3rd ({price}) order {order} and still no refund??")
    c.a("Sorry about that! Can you confirm the email address on the order?")
    c.c("emial is ", (em, "EMAIL"))
    c.a("Thanks. And the card the refund should go back to, please just the full number so I can match it.")
    c.c("its ", (group_card(card, "-"), "CARD_NUMBER"), " i think")
    c.a("And the delivery postcode?")
    c.c((typed_ukpc(pc), "POSTCODE"))
    c.a(f"Found it. The refund of {price} was issued today and will take 3-5 working days.")
    c.c("ok thx")
    return c


def p_uk_gov_ni():
    c = Case("positive", "call/UK government services: benefit query; NI number spelled with NATO, self-correction, DOB, address and postcode, amounts and dates")
    ni = gen_ni()
    y, m, d = gen_dob()
    pc = gen_ukpc()
    street = ch(STREETS_UK)
    amt = R.randint(60, 400)
    c.a("hello you're through to the benefits helpline can i take your national insurance number please")
    mode = ch(["nato", "plain", "alt"])
    letters = say_letter(ni[0], mode) + " " + say_letter(ni[1], mode)
    digs = ni[2:8]
    if R.random() < 0.5:
        wrong = digs[:2] + str((int(digs[2]) + 3) % 10)
        c.c("yeah it's ", (letters + " " + say_digits(wrong, dbl=0), "NI_NUMBER", "x1"), " no sorry ",
            (letters + " " + say_pairs(digs) + " " + say_letter(ni[8], mode), "NI_NUMBER"))
    else:
        c.c("yeah it's ", (letters + " " + say_digits(digs, dbl=0.3), "NI_NUMBER", "ni"))
        c.a("mhm and the letter at the end")
        c.c((say_letter(ni[8], mode), "NI_NUMBER", "ni"))
    c.a("thank you and your date of birth")
    c.c((dob_spoken(y, m, d), "DOB"))
    c.a("and your first line of address and postcode")
    c.c((house_no(True, uk=True) + " " + street.lower(), "ADDRESS"), " ", (spoken_ukpc(pc), "POSTCODE"))
    c.a(f"thanks i can see your payment of {num_words(amt % 100)} pounds went in on the {ORD[R.randint(0, 27)]} is that the one you're asking about")
    c.c("yeah it was less than normal")
    c.a("that's because of the change in your hours in october it'll go back up next month")
    c.c("right okay cheers")
    return c


def p_us_ssn_insurance():
    c = Case("positive", "call/US insurance: claim status; SSN in 3-2-4 groups across turns, agent reads it back, DOB, ZIP, claim number and dates")
    ssn = gen_ssn()
    y, m, d = gen_dob()
    z = gen_zip()
    claim = gen_digits(7)
    g = c.new_gid()
    c.a("thank you for calling member services to verify can i have your social")
    c.c("yeah ", (say_digits(ssn[:3], ("zero", "oh")), "SSN", g))
    c.a("okay")
    c.c((say_digits(ssn[3:5], ("zero", "oh")), "SSN", g))
    c.a("mhm")
    c.c((say_digits(ssn[5:], ("zero", "oh")), "SSN", g))
    c.a("so that's ", (say_digits(ssn, ("zero",), dbl=0), "SSN"), " correct")
    c.c("yep")
    c.a("and date of birth")
    c.c((dob_spoken(y, m, d), "DOB"))
    c.a("and the zip code where you live")
    c.c((say_digits(z, ("zero", "oh")), "POSTCODE"))
    c.a(f"okay i have claim number {say_digits(claim, ('zero',), dbl=0)} from the {ORD[R.randint(0, 27)]} of last month it was approved and the check for {num_words(R.randint(21, 99))} hundred dollars went out tuesday")
    c.c("oh great i'll watch for it")
    return c


def p_chat_ssn_typed():
    c = Case("positive", "chat/US healthcare billing: SSN typed with varied separators, DOB typed US style, invoice and amounts around")
    ssn = gen_ssn()
    y, m, d = gen_dob()
    inv = gen_digits(8)
    fmt = R.randrange(4)
    s = [f"{ssn[:3]}-{ssn[3:5]}-{ssn[5:]}", f"{ssn[:3]} {ssn[3:5]} {ssn[5:]}", ssn, f"{ssn[:3]}.{ssn[3:5]}.{ssn[5:]}"][fmt]
    c.a("Hello, this is Billing Support. How can I help?")
    c.c(f"I got invoice #{inv} for ${R.randint(100, 999)}.00 but insurance should have covered it")
    c.a("I can look into that. For verification I'll need the patient's SSN and date of birth.")
    c.c("ssn ", (s, "SSN"), " dob ", (dob_typed(y, m, d, us=True), "DOB"))
    c.a(f"Thank you. I see the claim was denied on 10/{R.randint(10, 28)} for a coding error. I'll resubmit it.")
    c.c("how long will that take")
    c.a("Usually 14 to 21 days. You won't need to pay anything in the meantime.")
    c.c("thanks so much")
    return c


def p_chat_ni_typed():
    c = Case("positive", "chat/UK payroll/government: NI number typed in varied case and spacing, phone typed, tax year and amounts around")
    ni = gen_ni()
    ph = gen_phone("UK")
    fmt = R.randrange(5)
    s = [ni, ni.lower(), f"{ni[:2]} {ni[2:4]} {ni[4:6]} {ni[6:8]} {ni[8]}",
         f"{ni[:2].lower()} {ni[2:8]} {ni[8].lower()}", " ".join(ni)][fmt]
    phs = ch([ph, f"{ph[:5]} {ph[5:]}", f"+44 {ph[1:5]} {ph[5:]}", f"+44{ph[1:]}"])
    c.a("Hi, thanks for contacting the tax helpdesk. What can I do for you?")
    c.c(f"hi my tax code changed and ive been overtaxed about £{R.randint(100, 900)} since april")
    c.a("I can help. What's your National Insurance number?")
    c.c((s, "NI_NUMBER"))
    c.a("Thanks. And a contact number in case we get cut off?")
    c.c("mob ", (phs, "PHONE"))
    c.a("I've corrected your code for the 2025 to 2026 tax year; the refund will show in your next payslip.")
    c.c("perfect")
    return c


def p_uk_bank_transfer():
    c = Case("positive", "call/UK banking: new payee; sort code in pairs, account number with double, payee's details and amounts")
    sc = gen_digits(6)
    acct = gen_digits(8, False)
    amt = R.randint(100, 2500)
    c.a("okay so you want to set up a new payee what's the sort code")
    c.c("it's ", (say_pairs(sc, ("oh",)), "SORT_CODE"))
    c.a("and the account number")
    c.c((say_digits(acct, ("oh", "nought", "zero"), dbl=0.7), "BANK_ACCOUNT"))
    c.a("and how much are we sending today")
    c.c(f"{num_words(amt // 100)} hundred pounds it's for the builder")
    c.a(f"okay that's gone and it'll arrive within two hours the reference on it is builder")
    c.c("lovely and can i check my own account number too i've forgotten it")
    own = gen_digits(8, False)
    c.a("sure it's ", (say_digits(own, ("zero",), dbl=0), "BANK_ACCOUNT"))
    c.c("cheers")
    return c


def p_chat_iban_eu():
    c = Case("positive", "chat/EU banking: IBAN typed grouped or unbroken, amounts in euro, transfer date")
    iban = gen_iban(ch(["DE", "NL", "FR", "ES", "IE", "IT"]))
    s = ch([group4(iban), iban, group4(iban).lower()])
    c.a("Hello! How can I help with your international transfer?")
    c.c(f"i sent €{R.randint(50, 3000)},00 on monday and it bounced")
    c.a("Can you paste the IBAN you sent it to?")
    c.c("sure: ", (s, "IBAN"))
    c.a("Thanks, that IBAN is valid. The bounce was due to the beneficiary name mismatch. Please resend with the exact name.")
    c.c("ok will do tomorrow")
    return c


def p_call_iban_spoken():
    c = Case("positive", "call/Irish banking: IBAN read in groups across turns with letters spelled, agent back-channel")
    iban = gen_iban(ch(["IE", "GB"]))
    g = c.new_gid()
    chunks = [iban[i:i + 4] for i in range(0, len(iban), 4)]

    def say_chunk(ch4):
        out = []
        for x in ch4:
            out.append(UNIT[int(x)] if x.isdigit() else say_letter(x, "nato" if x in "IOQ" else ch(["plain", "nato"])))
        return " ".join(out)
    c.a("right so for the refund i need your iban")
    c.c("okay it's ", (say_chunk(chunks[0]) + " " + say_chunk(chunks[1]), "IBAN", g))
    c.a("yep")
    c.c((say_chunk(chunks[2]) + " " + say_chunk(chunks[3]), "IBAN", g))
    c.a("mhm")
    c.c((" ".join(say_chunk(x) for x in chunks[4:]), "IBAN", g))
    c.a(f"grand that's all in and the refund of {num_words(R.randint(20, 99))} euro should land in three to five days")
    c.c("great stuff")
    return c


def p_ie_utilities_move():
    c = Case("positive", "call/Irish utilities: moving house; meter reading, Irish mobile international form, spoken email, new address, move date")
    ph = gen_phone("IE")
    em = gen_email()
    meter = gen_digits(5)
    c.a("hello you're through to customer care how can i help")
    c.c(f"hi i'm moving out on the {ORD[R.randint(0, 27)]} and need to close the account")
    c.a("no bother can you give me a closing meter reading")
    c.c(f"it's {say_digits(meter, ('zero',), dbl=0)}")
    c.a("and the new address for the final bill")
    c.c((house_no(True, uk=True) + " " + ch(STREETS_IE).lower(), "ADDRESS"), " in galway")
    c.a("and a contact number")
    c.c((ch(["plus three five three ", "three five three "]) + say_digits(ph[1:], ("oh", "zero")), "PHONE"))
    c.a("and an email for the final bill")
    c.c((say_email(em), "EMAIL"))
    c.a(f"perfect the final bill will issue within ten days and there's a credit of {num_words(R.randint(11, 60))} euro on it")
    c.c("brilliant thanks a million")
    return c


def p_us_health_billing():
    c = Case("positive", "call/US healthcare billing: long payment call; DOB, SSN in one go, phone, card split 2 turns, expiry, CVV, copay amounts and appointment date")
    y, m, d = gen_dob()
    ssn = gen_ssn()
    ph = gen_phone("US")
    card = gen_card(ch(["visa", "mc", "disc"]))
    em, ey = gen_exp()
    cvv = gen_digits(3, False)
    g = c.new_gid()
    c.a("billing office this is tanya how can i help")
    c.c(f"hi i got a bill for {num_words(R.randint(2, 9))} hundred and {num_words(R.randint(20, 99))} dollars from my visit on the {ORD[R.randint(0, 27)]}")
    c.a("okay can i get the patient's date of birth")
    c.c("uh ", (dob_spoken(y, m, d), "DOB"))
    c.a("and social security number")
    c.c((say_digits(ssn, ("zero", "oh"), filler=0.1), "SSN"))
    c.a("thank you i see the balance after insurance is forty dollars would you like to pay today")
    c.c("yes with a card")
    c.a("go ahead")
    c.c((say_digits(card[:8], ("zero", "oh")), "CARD_NUMBER", g))
    c.a("uh huh")
    c.c((say_digits(card[8:], ("zero", "oh")), "CARD_NUMBER", g))
    c.a("expiration")
    c.c((exp_spoken(em, ey), "EXPIRY"))
    c.a("and the cvv")
    c.c((say_digits(cvv, dbl=0), "CVV"))
    c.a("and a callback number in case there's an issue")
    c.c((say_mixed(ph, ("oh",)), "PHONE"))
    c.a("all set your confirmation number is ", f"{say_digits(gen_digits(6), ('zero',), dbl=0)}")
    c.c("thanks")
    return c


def p_travel_booking():
    c = Case("positive", "call/UK travel: flight change; flight number, booking ref, fare difference, card, expiry, CVV, international phone, spoken email")
    card = gen_card()
    em, ey = gen_exp()
    cvv = gen_digits(4 if card[:2] in ("34", "37") else 3, False)
    ph = gen_phone("UK")
    email = gen_email()
    flight = f"{ch(['ba', 'ei', 'fr', 'u2'])} {num_words(R.randint(100, 999) // 10)} {UNIT[R.randint(1, 9)]}"
    c.a("hello thanks for calling can i take your booking reference")
    bl = ch(["k", "x", "p", "w"])
    c.c(f"yeah it's {bl} for {NATO[bl]} seven r q {UNIT[R.randint(2, 9)]}")
    c.a(f"thanks i see you're on {flight} on friday at ten past six what can i do")
    c.c("i need to move it to sunday")
    c.a(f"okay there's a fare difference of {num_words(R.randint(20, 99))} pounds per person so that's for two people")
    c.c("fine put it on my card")
    c.a("card number please")
    c.c((say_mixed(card), "CARD_NUMBER"))
    c.a("expiry")
    c.c((exp_spoken(em, ey), "EXPIRY"), " and the security number is ", (say_digits(cvv, dbl=0), "CVV"))
    c.a("and a mobile number we can text the new boarding pass to")
    c.c((ch(["plus four four ", "oh oh four four "]) + say_digits(ph[1:], ("oh",)), "PHONE"))
    c.a("and email")
    c.c((say_email(email), "EMAIL"))
    c.a("lovely you're now on sunday at ten forty five have a good trip")
    return c


def p_uk_insurance_card_correction():
    c = Case("positive", "call/UK insurance: renewal payment; card read with a restart after a mistake, NI number, DOB, postcode, premium amounts")
    card = gen_card(ch(["visa", "mc"]))
    ni = gen_ni()
    y, m, d = gen_dob()
    pc = gen_ukpc()
    wrong = card[:6]
    c.a("your renewal premium this year is three hundred and twelve pounds forty would you like to pay in full")
    c.c("yes please")
    c.a("okay the long card number please")
    c.c((say_digits(wrong, ("oh",)), "CARD_NUMBER", "x1"), " oh wait that's the wrong card hang on")
    c.a("no rush")
    c.c("right this one ", (say_digits(card, ("oh", "nought")), "CARD_NUMBER"))
    c.a("thanks and for the policy i also need your national insurance number")
    c.c((" ".join(say_letter(x, "plain") if x.isalpha() else UNIT[int(x)] for x in ni), "NI_NUMBER"))
    c.a("and date of birth")
    c.c((dob_spoken(y, m, d), "DOB"))
    c.a("and postcode")
    c.c((spoken_ukpc(pc), "POSTCODE"))
    c.a("perfect you're covered from the first of next month for twelve months")
    return c


def p_chat_telecom_contact():
    c = Case("positive", "chat/telecom: update contact details; phones typed in international/national formats, email typed, US address and ZIP")
    us = R.random() < 0.5
    ph = gen_phone("US" if us else "UK")
    ph2 = gen_phone("US" if us else "UKL")
    em = gen_email()
    if us:
        phs = ch([f"({ph[:3]}) {ph[3:6]}-{ph[6:]}", f"{ph[:3]}-{ph[3:6]}-{ph[6:]}", f"+1 {ph[:3]} {ph[3:6]} {ph[6:]}", f"{ph[:3]}.{ph[3:6]}.{ph[6:]}"])
        ph2s = f"{ph2[:3]}-{ph2[3:6]}-{ph2[6:]}"
        addr = f"{house_no(False)} {ch(STREETS_US)}"
        pc = ch([gen_zip(), gen_zip() + "-" + gen_digits(4)])
    else:
        phs = ch([f"{ph[:5]} {ph[5:]}", f"+44 {ph[1:5]} {ph[5:8]} {ph[8:]}", f"+44 (0){ph[1:5]} {ph[5:]}", ph])
        ph2s = f"{ph2[:4]} {ph2[4:]}" if ph2.startswith("020") is False else f"{ph2[:3]} {ph2[3:7]} {ph2[7:]}"
        addr = f"{house_no(False, uk=True)} {ch(STREETS_UK)}"
        pc = typed_ukpc(gen_ukpc())
    c.a("Hi there! I can update your details. What would you like to change?")
    c.c("new mobile is ", (phs, "PHONE"), " and home landline ", (ph2s, "PHONE"))
    c.a("Got it. Anything else?")
    c.c("yes new email ", (em, "EMAIL"), " and we moved to ", (addr, "ADDRESS"), ", ", (pc, "POSTCODE"))
    c.a("All updated. Your plan stays at 30GB for $45/month." if us else "All updated. Your plan stays at 30GB for £18 a month.")
    c.c("thx")
    return c


def p_two_values_one_turn():
    c = Case("positive", "call/UK banking: direct debit setup; sort code and account number in one turn with chit-chat, payment day and amount")
    sc = gen_digits(6)
    acct = gen_digits(8, False)
    c.a("so to set up the direct debit i'll need the bank details")
    sc_s = ch([say_pairs(sc), say_digits(sc, ("oh", "nought"), dbl=0.5), " dash ".join(say_pair(sc[i:i + 2]) for i in (0, 2, 4))])
    c.c("yeah the sort code's ", (sc_s, "SORT_CODE"), " and account number ", (say_digits(acct, ("oh", "zero")), "BANK_ACCOUNT"), " sorry my dog's barking")
    c.a(f"ha no worries and which day of the month do you want it to come out the {ORD[R.randint(0, 27)]}")
    c.c(f"yeah and it's {num_words(R.randint(21, 79))} pounds a month right")
    c.a("that's right first payment will be in about ten days")
    c.c("okay")
    return c


def p_ssn_correction_readback():
    c = Case("positive", "call/US banking: SSN with self-correction in the middle group, agent read-back with pairs, account number, amounts")
    ssn = gen_ssn()
    acct = gen_digits(R.choice([10, 12]), False)
    wrong = ssn[:5]
    c.a("thanks for holding to verify your identity i'll need your social security number")
    c.c((say_digits(wrong, ("zero",)), "SSN", "x1"), " actually sorry let me start over ",
        (say_digits(ssn[:3], ("zero",)) + " " + say_digits(ssn[3:5], ("zero",)) + " " + say_digits(ssn[5:], ("zero",)), "SSN"))
    c.a("i have ", (say_digits(ssn[:3], ("oh",)) + " " + say_pairs(ssn[3:5]) + " " + say_pairs(ssn[5:]), "SSN"), " is that right")
    c.c("yes")
    c.a("and which account is this about")
    c.c("the checking it's ", (say_digits(acct, ("zero",), dbl=0.4), "BANK_ACCOUNT"))
    c.a(f"i see a returned item fee of thirty five dollars from the {ORD[R.randint(0, 27)]} i can refund that as a courtesy")
    c.c("oh that'd be great thanks")
    return c


def p_chat_card_typos():
    c = Case("positive", "chat/retail: card details typed across several messages with odd spacing, expiry, CVV, postcode, basket totals")
    card = gen_card()
    em, ey = gen_exp()
    cvv = gen_digits(4 if card[:2] in ("34", "37") else 3, False)
    us = R.random() < 0.5
    chunks = card_chunks(card)
    g = c.new_gid()
    c.a("Hi! I see your payment failed at checkout. Happy to take it over chat securely.")
    c.c("ok basket is $129.98" if us else "ok basket is £129.98")
    c.c("card ", (chunks[0] + " " + chunks[1], "CARD_NUMBER", g))
    c.c((" ".join(chunks[2:]), "CARD_NUMBER", g))
    c.a("Thanks, and expiry + CVC?")
    c.c("exp ", (exp_typed(em, ey), "EXPIRY"), " cvc ", (cvv, "CVV"))
    c.a("And the billing zip code?" if us else "And the billing postcode?")
    c.c((gen_zip() if us else typed_ukpc(gen_ukpc()), "POSTCODE"))
    c.a("Payment successful! Order #" + gen_digits(7) + " ships in 2 days.")
    return c


def p_us_address_call():
    c = Case("positive", "call/US retail delivery: address spoken with house number as pairs, ZIP read with oh, phone, delivery window times")
    z = gen_zip()
    ph = gen_phone("US")
    c.a("hi i'm calling about your delivery that's scheduled between two and four pm tomorrow can you confirm the delivery address")
    c.c("yeah it's ", (house_no(True) + " " + ch(STREETS_US).lower(), "ADDRESS"), " apartment ", f"{num_words(R.randint(2, 30))}")
    c.a("and the zip")
    c.c((say_digits(z, ("oh",)), "POSTCODE"))
    c.a("and best number for the driver")
    g = c.new_gid()
    c.c((say_digits(ph[:3], ("oh",)), "PHONE", g))
    c.a("mhm")
    c.c((say_digits(ph[3:], ("oh", "zero"), dbl=0.5), "PHONE", g))
    c.a("great the driver will call about thirty minutes before")
    return c


def p_bank_fraud_multi():
    c = Case("positive", "call/UK banking fraud: long call; DOB, phone, card read back by agent, disputed transactions amounts and times, new card, address")
    y, m, d = gen_dob()
    ph = gen_phone("UK")
    card = gen_card("visa")
    pc = gen_ukpc()
    c.a("fraud team you're speaking with priya i understand there's some transactions you don't recognise")
    c.c(f"yeah three payments last night about eleven thirty for {num_words(R.randint(21, 99))} pounds each to some gaming site")
    c.a("okay let's get you verified date of birth please")
    c.c((dob_spoken(y, m, d), "DOB"))
    c.a("and the mobile number we have on file")
    c.c((say_digits(ph, ("oh",), dbl=0.7), "PHONE"))
    c.a("thank you and just to confirm the card in question is ", (say_digits(card, ("zero",), dbl=0), "CARD_NUMBER"), " yeah")
    c.c("yeah that's the one")
    c.a("okay i've blocked it and raised a claim for all three payments you'll get the money back within ten working days")
    c.c("and the new card goes to my house")
    c.a("yes to ", (house_no(True, uk=True) + " " + ch(STREETS_UK).lower(), "ADDRESS"), " ", (spoken_ukpc(pc), "POSTCODE"))
    c.c("that's it")
    return c


def p_chat_gov_mixed():
    c = Case("positive", "chat/UK government services: driving licence/benefit mix; NI typed mid-sentence, DOB typed, address and postcode typed, dates and fees")
    ni = gen_ni()
    y, m, d = gen_dob()
    addr = f"{house_no(False, uk=True)} {ch(STREETS_UK)}"
    pc = gen_ukpc()
    c.a("Hello, you're chatting with the online services team.")
    c.c(f"hi paid the £{R.randint(14, 99)} fee on 2 nov but my application still says pending")
    c.a("I'll check. Please confirm your National Insurance number and date of birth.")
    c.c("ni is ", (ch([ni, ni.lower(), f"{ni[:2]}-{ni[2:8]}-{ni[8]}"]), "NI_NUMBER"), " and born ", (dob_typed(y, m, d), "DOB"))
    c.a("Thanks. And your address?")
    c.c((addr, "ADDRESS"), ", ", (typed_ukpc(pc), "POSTCODE"))
    c.a("Your application was approved today; the document will arrive within 10 working days.")
    return c


def p_call_asr_homophones():
    c = Case("positive", "call/US telecom: ASR homophones inside card and phone readings ('for', 'to', 'ate', 'won'), account PIN talk and plan prices")
    card = gen_card(ch(["visa", "mc"]))
    ph = gen_phone("US")
    c.a("okay i can add the autopay what's the card")
    c.c("it's ", (say_digits(card, ("oh",), homo=0.35), "CARD_NUMBER"))
    c.a("and which line is this for")
    c.c((say_digits(ph, ("oh",), homo=0.3, dbl=0.2), "PHONE"))
    c.a("you'll save five dollars a month with autopay so the bill goes from sixty five to sixty")
    c.c("nice")
    return c


def p_ni_split():
    c = Case("positive", "call/UK employer helpline: NI number split over turns with back-channels and filler, employee start date and salary around")
    ni = gen_ni()
    g = c.new_gid()
    c.a("can i take the employee's national insurance number")
    c.c("yeah it's ", (say_letter(ni[0], "nato") + " " + say_letter(ni[1], "nato"), "NI_NUMBER", g))
    c.a("okay")
    c.c((say_pairs(ni[2:6]) if ni[2] != "0" and ni[4] != "0" else say_digits(ni[2:6]), "NI_NUMBER", g))
    c.a("mhm")
    c.c((say_digits(ni[6:8], ("oh",)) + " " + ch(["um ", "er ", ""]) + say_letter(ni[8], ch(["plain", "nato"])), "NI_NUMBER", g))
    c.a(f"thanks and they started on the {ORD[R.randint(0, 27)]} of september on {num_words(R.randint(21, 45))} thousand a year")
    c.c("that's right")
    return c


def p_chat_ssn_ni_short():
    """Short high-variety chats for SSN/NI/card formats."""
    kind = R.randrange(3)
    if kind == 0:
        c = Case("positive", "chat/US government services: SSN pasted with unusual spacing among a case number")
        ssn = gen_ssn()
        s = ch([f"{ssn[:3]} - {ssn[3:5]} - {ssn[5:]}", f"{ssn[:3]}–{ssn[3:5]}–{ssn[5:]}", f"SSN:{ssn}"[4:], f"{ssn[:3]}/{ssn[3:5]}/{ssn[5:]}"])
        c.a("To locate your record I need your SSN.")
        c.c("case no 4471902, social is ", (s, "SSN"))
        c.a("Thank you, I found your case. Your hearing is on March 3 at 9:30am.")
        return c
    if kind == 1:
        c = Case("positive", "chat/UK banking: NI and sort code/account typed in the same message")
        ni = gen_ni()
        sc = gen_digits(6)
        acct = gen_digits(8, False)
        c.a("Please provide your NI number and the bank details for the payment.")
        c.c("NI ", (ch([ni, f"{ni[:2]} {ni[2:4]} {ni[4:6]} {ni[6:8]} {ni[8]}"]), "NI_NUMBER"), ", sort code ",
            (ch([f"{sc[:2]}-{sc[2:4]}-{sc[4:]}", sc, f"{sc[:2]} {sc[2:4]} {sc[4:]}"]), "SORT_CODE"), " acc ", (acct, "BANK_ACCOUNT"))
        c.a("Thanks, your grant of £250 will be paid within 5 working days.")
        return c
    c = Case("positive", "chat/insurance: card pasted without spaces next to a policy number and premium")
    card = gen_card()
    c.a("Would you like to pay the £84.20 excess now?")
    c.c("yes policy POL-" + gen_digits(6) + " card ", (card, "CARD_NUMBER"), " exp ", (exp_typed(*gen_exp()), "EXPIRY"))
    c.a("Thanks, payment taken.")
    return c


def p_email_spelled_call():
    c = Case("positive", "call/UK retail loyalty: email spelled letter by letter with NATO and 'dot co dot uk', agent reads it back, points balance and voucher value around")
    f, l = ch(FIRST), ch(LAST)
    dom = ch(["btinternet dot com", "hotmail dot co dot uk", "gmail dot com", "sky dot com"])
    spelled = " ".join(say_letter(x, "nato") if x in "bdfmnpstv" and R.random() < 0.5 else x for x in l)
    pts = R.randint(1200, 9800)
    c.a("thanks for calling rewards how can i help")
    c.c(f"hi i've got {num_words(pts // 1000)} thousand points but the voucher email never came")
    c.a("let me check the email address we have can you give it to me")
    c.c("yeah it's ", (f"{f} dot {spelled} at {dom}", "EMAIL"))
    c.a("so that's ", (f"{f} dot {l} at {dom}", "EMAIL"), " yeah")
    c.c("that's it")
    c.a(f"right there was a typo on the account i've fixed it and resent the {num_words(R.randint(5, 25))} pound voucher it's valid for ninety days")
    c.c("brilliant")
    return c


def p_ie_insurance_long():
    c = Case("positive", "call/Irish insurance: long renewal call; DOB, Irish mobile with 'double', email, card split in two with 'triple' possible, expiry, CVV, premium in euro and dates")
    y, m, d = gen_dob()
    ph = gen_phone("IE")
    em = gen_email()
    card = gen_card(ch(["visa", "mc"]))
    ex_m, ex_y = gen_exp()
    cvv = gen_digits(3, False)
    g = c.new_gid()
    c.a("good morning you're through to renewals my name is ciara")
    c.c(f"hi my car insurance is up on the {ORD[R.randint(0, 27)]} and the quote went up to {num_words(R.randint(6, 9))} hundred euro")
    c.a("okay let me pull that up can i get your date of birth")
    c.c((dob_spoken(y, m, d), "DOB"))
    c.a("and the mobile number on the policy")
    c.c((say_digits(ph, ("oh", "zero"), dbl=0.8), "PHONE"))
    c.a(f"thanks i can take {num_words(R.randint(40, 90))} euro off for the no claims bonus would you like to go ahead")
    c.c("yeah go on")
    c.a("card number when you're ready")
    c.c((say_digits(card[:8], ("zero", "oh"), dbl=0.8), "CARD_NUMBER", g))
    c.a("okay")
    c.c((say_digits(card[8:], ("zero", "oh"), dbl=0.8), "CARD_NUMBER", g))
    c.a("expiry date")
    c.c((exp_spoken(ex_m, ex_y), "EXPIRY"))
    c.a("and the last three digits on the back")
    c.c((say_digits(cvv, dbl=0), "CVV"))
    c.a("and the documents will go to ", (say_email(em), "EMAIL"), " is that still right")
    c.c("yep")
    c.a("you're all set cover starts at midnight on the renewal date")
    return c


POS_TEMPLATES = [p_uk_bank_lost_card, p_us_telecom_payment, p_chat_retail_refund, p_uk_gov_ni,
                 p_us_ssn_insurance, p_chat_ssn_typed, p_chat_ni_typed, p_uk_bank_transfer,
                 p_chat_iban_eu, p_call_iban_spoken, p_ie_utilities_move, p_us_health_billing,
                 p_travel_booking, p_uk_insurance_card_correction, p_chat_telecom_contact,
                 p_two_values_one_turn, p_ssn_correction_readback, p_chat_card_typos,
                 p_us_address_call, p_bank_fraud_multi, p_chat_gov_mixed, p_call_asr_homophones,
                 p_ni_split, p_chat_ssn_ni_short, p_email_spelled_call, p_ie_insurance_long]


# --------------------------------------------------------------------------- negatives
def n_billing_dispute():
    c = Case("negative", "call/UK utilities: billing dispute; amounts, dates, reference number spoken digit by digit, meter reading, percentages")
    ref = gen_digits(8)
    c.a("hello you're through to billing how can i help")
    c.c(f"hi my bill's gone up from {num_words(R.randint(40, 99))} pounds to a hundred and {num_words(R.randint(10, 99))} a month")
    c.a(f"let me have a look prices went up by {num_words(R.randint(5, 19))} percent on the first of october")
    c.c(f"okay but that's still too much my last reading was {say_digits(gen_digits(5), ('oh',), dbl=0)}")
    c.a(f"right i've logged a dispute the reference number is {say_digits(ref, ('zero',), dbl=0)}")
    c.c("and how long does that take")
    c.a("we aim to respond within ten working days so by the fourteenth at the latest")
    c.c("okay thanks")
    return c


def n_delivery_late():
    c = Case("negative", "call/retail: late delivery; order number read in digits, delivery dates, times, prices, quantities")
    c.a("hi thanks for calling what's your order number")
    c.c(f"order number {say_digits(gen_digits(R.choice([7, 8, 9])), ('oh',), dbl=0.4)}")
    c.a(f"thanks i see {num_words(R.randint(2, 6))} items ordered on the {ORD[R.randint(0, 27)]} total of {num_words(R.randint(21, 99))} pounds {num_words(R.randint(10, 99))}")
    c.c("yeah it was meant to come tuesday between nine and one")
    c.a("it's now due thursday before six pm i'll refund the four ninety nine delivery charge")
    c.c("okay fine")
    return c


def n_flight_change():
    c = Case("negative", "call/travel: flight change; flight numbers, seat, gate, departure times, fare amounts, baggage weight")
    c.a("how can i help with your booking")
    c.c(f"i'm on flight {ch(['ei', 'ba', 'aa', 'ua'])} {say_digits(gen_digits(3), ('oh',), dbl=0)} on the {ORD[R.randint(0, 27)]} and want the later one")
    c.a(f"the later one is {say_digits(gen_digits(4), ('oh',), dbl=0)} departing at seven forty pm from gate {num_words(R.randint(10, 60))}")
    c.c(f"how much is it")
    c.a(f"the change fee is {num_words(R.randint(30, 99))} dollars plus a fare difference of {num_words(R.randint(11, 99))}")
    c.c(f"fine and can i keep seat {num_words(R.randint(10, 40))} c")
    c.a("yes and your bag allowance stays at twenty three kilos")
    c.c("great")
    return c


def n_hotel():
    c = Case("negative", "chat/travel hotel: room number, nights, check-in date, rates, booking confirmation number with word")
    c.a("Welcome back! How can I help with your stay?")
    c.c(f"hi im in room {R.randint(101, 940)} and the ac is stuck at {R.randint(26, 31)} degrees")
    c.a(f"So sorry! Engineering will come within 20 minutes. Your confirmation #{gen_digits(9)} shows 3 nights at ${R.randint(120, 399)}/night.")
    c.c(f"ok also can i check out at 1pm on the {R.randint(10, 28)}th?")
    c.a("Late checkout until 1:00 PM is confirmed at no charge.")
    c.c("ty")
    return c


def n_broadband():
    c = Case("negative", "call/telecom broadband: speeds, router model numbers, fault ticket, appointment window, contract dates")
    c.a("okay what speed are you getting at the moment")
    c.c(f"about {num_words(R.randint(3, 19))} meg but i'm paying for nine hundred")
    c.a(f"what router is it there's a model number on the back")
    c.c(f"it says {ch(['h', 'tg', 'dgn'])} {say_digits(gen_digits(4), ('oh',), dbl=0)} a c")
    c.a(f"okay i've raised fault ticket {say_digits(gen_digits(7), ('zero',), dbl=0)} an engineer will come on the {ORD[R.randint(0, 27)]} between eight and one")
    c.c("and my contract ends in march twenty twenty seven right")
    c.a("yes the twenty fourth month is march")
    c.c("okay")
    return c


def n_insurance_claim():
    c = Case("negative", "call/insurance: car claim; claim number with prefix, incident date, car year, mileage, excess amount, repair time")
    c.a("claims line how can i help")
    c.c(f"i had a bump on the {ORD[R.randint(0, 27)]} of august it's a twenty {num_words(R.randint(10, 23))} golf with about {num_words(R.randint(20, 90))} thousand miles on it")
    c.a(f"okay i've opened claim c l {say_digits(gen_digits(8), ('zero',), dbl=0)} your excess is two hundred and fifty pounds")
    c.c("how long will repairs take")
    c.a("usually five to seven days and you'll get a courtesy car")
    c.c("and the other driver was doing about forty in a thirty")
    c.a("i've noted that")
    return c


def n_health_appointment():
    c = Case("negative", "chat/US healthcare: appointment dates in numeric form, times, copay, claim number with word, age, temperature")
    c.a("Hello, how can I help?")
    c.c(f"my son is {R.randint(3, 15)} and had a fever of 101.{R.randint(1, 9)} last night, can we move his appt from {R.randint(1, 12)}/{R.randint(1, 28)}/2026")
    c.a(f"Sure, I have 11/{R.randint(10, 28)}/2026 at 3:15 PM. Copay is $25.")
    c.c(f"ok and claim number {gen_digits(10)} from last visit still shows $140 due")
    c.a("That will be adjusted to $0 after the insurer pays; please allow 30 days.")
    c.c("thanks")
    return c


def n_gov_tax():
    c = Case("negative", "call/UK government services: tax year talk, amounts, dates of payments, case reference spoken in pairs, percentages, durations")
    c.a("hmrc helpline how can i help")
    c.c(f"i got a letter saying i owe {num_words(R.randint(2, 9))} hundred and {num_words(R.randint(21, 99))} pounds for twenty twenty three to twenty four")
    c.a(f"that's from the underpayment we can spread it over twelve months at about {num_words(R.randint(20, 80))} pounds a month")
    c.c(f"the letter has a reference {say_pairs(gen_digits(6))}")
    c.a("yes that's the one the first payment would be on the thirty first of january")
    c.c("and is there interest")
    c.a(f"it's {num_words(R.randint(4, 8))} point two five percent but only on late amounts")
    c.c("okay i'll do that")
    return c


def n_bank_balance():
    c = Case("negative", "call/banking: balance and standing orders; balances, overdraft limit, payment dates, times, counts, rate")
    c.a("how can i help today")
    c.c("just want my balance")
    c.a(f"your balance is {num_words(R.randint(1, 9))} thousand {num_words(R.randint(1, 9))} hundred and {num_words(R.randint(21, 99))} pounds {num_words(R.randint(10, 99))} with an overdraft limit of five hundred")
    c.c("and when does the rent go out")
    c.a(f"the standing order for {num_words(R.randint(6, 9))} hundred and fifty goes out on the {ORD[R.randint(0, 27)]} at around six am")
    c.c(f"how many direct debits have i got")
    c.a(f"{num_words(R.randint(3, 12))} active ones and your savings rate is {num_words(R.randint(2, 5))} point one percent")
    c.c("thanks")
    return c


def n_chat_ticket():
    c = Case("negative", "chat/IT/telecom: ticket and invoice numbers with words, model numbers, prices, data amounts, dates")
    c.a("Hi, how can I help?")
    c.c(f"ticket #{gen_digits(7)} still open, my phone (model SM-A{R.randint(100, 599)}) keeps dropping calls")
    c.a(f"I see it. Invoice INV-{gen_digits(6)} for £{R.randint(10, 60)}.{R.randint(0, 99):02d} was also raised on {R.randint(1, 28)}/{R.randint(1, 12)}/2026.")
    c.c(f"i used {R.randint(2, 40)}GB out of 50GB and paid on the {R.randint(1, 28)}th")
    c.a("A replacement SIM will arrive in 2-3 days. Reference " + gen_digits(8) + " for your records.")
    c.c("ok")
    return c


def n_long_call_mixed():
    c = Case("negative", "call/retail furniture: long call with quantities, dimensions, prices, delivery slots, order number said in pairs, years, ages")
    c.a("hi thanks for calling homeware how can i help")
    c.c(f"hi i ordered a sofa back in september order {say_pairs(gen_digits(8))}")
    c.a("mhm")
    c.c(f"and it was meant to be two metres twenty but the one that came is about one eighty")
    c.a(f"i'm sorry about that it was priced at {num_words(R.randint(5, 9))} hundred and ninety nine pounds let me check")
    c.c("we've had the old one since nineteen ninety eight so we really need this one")
    c.a(f"we can collect it on the {ORD[R.randint(0, 27)]} between seven and eleven and deliver the right one a week later")
    c.c(f"okay my mum's {num_words(R.randint(70, 95))} so someone will be home")
    c.a("perfect i'll also refund the thirty nine pound delivery charge")
    c.c("thank you")
    return c


def n_speed_temp():
    c = Case("negative", "call/utilities: boiler breakdown; temperatures, pressures, model number, times, years, job number")
    c.a("heating breakdown line what's the problem")
    c.c(f"boiler's showing error f {UNIT[R.randint(1, 9)]} {UNIT[R.randint(1, 9)]} and the pressure's at nought point five bar")
    c.a("okay it should be about one point two what's the model")
    c.c(f"it's a combi {say_digits(gen_digits(3), ('oh',), dbl=0)} from twenty {num_words(R.randint(10, 20))}")
    c.a(f"okay i've booked job {say_digits(gen_digits(6), ('zero',), dbl=0)} for tomorrow between eight and twelve")
    c.c(f"it's {num_words(R.randint(8, 14))} degrees in here")
    c.a("we'll prioritise it")
    return c


def n_dates_not_dob():
    c = Case("negative", "call/insurance and telecom: dates that are not birth dates (policy start, contract start, payment dates, car year), durations and a policy number with word")
    c.a("can i help you with your policy today")
    c.c(f"yeah my policy started on the {ORD[R.randint(0, 27)]} of {ch(MONTHS)} twenty twenty {num_words(R.randint(2, 5))} and i want to cancel")
    c.a(f"okay policy number {say_digits(gen_digits(8), ('zero',), dbl=0)} i see you've paid up to the {ORD[R.randint(0, 27)]} of {ch(MONTHS)}")
    c.c(f"yeah and the car's a twenty {num_words(R.randint(12, 23))} i'm selling it on the {ORD[R.randint(0, 27)]}")
    c.a(f"so there's {num_words(R.randint(3, 9))} months left you'd get about {num_words(R.randint(40, 99))} pounds back minus a twenty five pound fee")
    c.c("okay that's fine")
    c.a("it'll take up to fourteen days")
    return c


NEG_TEMPLATES = [n_billing_dispute, n_delivery_late, n_flight_change, n_hotel, n_broadband,
                 n_insurance_claim, n_health_appointment, n_gov_tax, n_bank_balance,
                 n_chat_ticket, n_long_call_mixed, n_speed_temp, n_dates_not_dob]

N_POS = 192
N_NEG = 108


def build():
    cases = []
    meta = []
    for i in range(N_POS):
        c = POS_TEMPLATES[i % len(POS_TEMPLATES)]()
        cases.append(c.record(f"{PREFIX}-pos-{i + 1:03d}"))
        meta.append(c)
    for i in range(N_NEG):
        c = NEG_TEMPLATES[i % len(NEG_TEMPLATES)]()
        cases.append(c.record(f"{PREFIX}-neg-{i + 1:03d}"))
        meta.append(c)
    return cases, meta


def dump(cases) -> str:
    return "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cases)


# --------------------------------------------------------------------------- normalise / validate
W2D = {w: str(i) for i, w in enumerate(UNIT)}
W2D.update({"oh": "0", "o": "0", "nought": "0", "naught": "0", "to": "2", "too": "2",
            "for": "4", "ate": "8", "won": "1"})
T2D = {w: str(10 + i) for i, w in enumerate(TEEN)}
TENS2 = {v: k for k, v in TENS.items()}
NATO_R = {v: k for k, v in NATO.items()}
ALT_R = {v: k for k, v in ALT_SPELL.items()}
SKIP = set(FILL) | {"dash", "hyphen", "space", "slash", "and", "the", "of", "no", "sorry",
                    "plus", "uh", "huh"}


def normalise(text: str) -> str:
    toks = re.findall(r"[a-z0-9]+(?:-ray)?", text.lower())
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if len(t) == 1 and t.isalpha() and nxt == "for" and i + 2 < len(toks) and \
                (toks[i + 2] in NATO_R or toks[i + 2] in ALT_R):
            out.append(t)
            i += 3
            continue
        if t.isdigit():
            out.append(t)
        elif t in ("double", "triple") and nxt in W2D:
            out.append(W2D[nxt] * (2 if t == "double" else 3))
            i += 2
            continue
        elif t in W2D:
            out.append(W2D[t])
        elif t in T2D:
            out.append(T2D[t])
        elif t in TENS2:
            if nxt in W2D and nxt not in ("oh", "o", "nought", "zero", "to", "too", "for"):
                out.append(str(TENS2[t]) + W2D[nxt])
                i += 2
                continue
            out.append(str(TENS2[t]) + "0")
        elif t in MONTHS:
            out.append(f"{MONTHS.index(t) + 1:02d}")
        elif t in NATO_R:
            out.append(NATO_R[t])
        elif t in SKIP:
            pass
        elif len(t) == 1:
            out.append(t)
        elif re.search(r"\d", t) or (t.isalpha() and len(t) <= 4):
            out.append(t)  # typed form such as 'sw1a', 'bofi', 'qq123456c'
        else:
            out.append("<" + t + ">")
        i += 1
    return "".join(out).upper()


def validate(typ: str, text: str, partial: bool) -> str | None:
    """Return an error string or None."""
    if typ == "EMAIL":
        if "@" in text:
            v = text.lower()
        else:
            v = []
            for t in text.lower().split():
                v.append({"at": "@", "dot": ".", "underscore": "_", "dash": "-"}.get(t, W2D.get(t, t)))
            v = "".join(v)
            v = re.sub(r"(\d)0(\d)", r"\1\2", v) if False else v
        if not re.fullmatch(r"[a-z0-9._-]+@[a-z0-9-]+(\.[a-z0-9-]+)+", v.replace(" ", "")) and \
                not re.fullmatch(r"[a-z0-9._-]+@[a-z0-9-]+(\.[a-z0-9-]+)+", v):
            # spoken numbers such as 'seventy one' are acceptable in the local part
            if not re.fullmatch(r"[a-z0-9._ -]+@[a-z0-9-]+(\.[a-z0-9-]+)+", v):
                return f"bad email {v!r}"
        return None
    if typ == "ADDRESS":
        words = re.findall(r"[a-z0-9]+", text.lower())
        if not words or not (words[0].isdigit() or words[0] in W2D or words[0] in T2D or words[0] in TENS2):
            return "address without house number"
        if not any(w in SUFFIXES for w in words[1:]):
            return "address without street type"
        return None
    if typ == "DOB":
        low = text.lower()
        n = normalise(text)
        if "two thousand" in low and (any(mn in low for mn in MONTHS) or any(o in low for o in ORD)):
            return None
        digs = re.sub(r"\D", "", n)
        if len(digs) >= 4 or (any(mn in low for mn in MONTHS) and re.search(r"(nineteen|two thousand|\d{4})", low)):
            return None
        return f"bad dob {text!r}"
    if re.search(r"\d", text):  # typed form: keep letters and digits only
        n = re.sub(r"[^A-Za-z0-9]", "", text).upper()
    else:
        n = "".join(normalise(p) for p in text.split(" | "))
    if "<" in n:
        return f"unparsed token in {text!r} -> {n}"
    if partial:
        return None if re.fullmatch(r"[A-Z0-9]+", n) else f"bad partial {n}"
    if typ == "CARD_NUMBER":
        return None if 13 <= len(n) <= 19 and luhn_ok(n) else f"bad card {n}"
    if typ == "CVV":
        return None if re.fullmatch(r"\d{3,4}", n) else f"bad cvv {n}"
    if typ == "EXPIRY":
        return None if re.fullmatch(r"\d{3,6}", n) else f"bad expiry {n}"
    if typ == "SSN":
        return None if re.fullmatch(r"\d{9}", n) else f"bad ssn {n}"
    if typ == "NI_NUMBER":
        return None if NI_RE.fullmatch(n) and n[:2] not in NI_BAD else f"bad ni {n}"
    if typ == "BANK_ACCOUNT":
        return None if re.fullmatch(r"\d{6,12}", n) else f"bad account {n}"
    if typ == "SORT_CODE":
        return None if re.fullmatch(r"\d{6}", n) else f"bad sort code {n}"
    if typ == "IBAN":
        return None if iban_ok(n) else f"bad iban {n}"
    if typ == "PHONE":
        return None if re.fullmatch(r"\d{10,13}|00\d{10,12}", n) else f"bad phone {n}"
    if typ == "POSTCODE":
        return None if PC_RE.fullmatch(n) or re.fullmatch(r"\d{5}(\d{4})?", n) else f"bad postcode {n}"
    return f"unknown type {typ}"


def check(text_written: str) -> int:
    cases, meta = build()
    errors = []
    fresh = dump(cases)
    if fresh != text_written:
        errors.append("fixture differs from regenerated output")
    ids = [c["id"] for c in cases]
    if len(ids) != len(set(ids)):
        errors.append("duplicate ids")
    counts = Counter()
    for rec, case in zip(cases, meta):
        cid = rec["id"]
        if rec["kind"] == "negative" and rec["spans"]:
            errors.append(f"{cid}: negative with spans")
        if rec["kind"] == "positive" and not rec["spans"]:
            errors.append(f"{cid}: positive without spans")
        if not rec["note"] or not rec["turns"]:
            errors.append(f"{cid}: missing note/turns")
        for t in rec["turns"]:
            if t["speaker"] not in ("agent", "customer"):
                errors.append(f"{cid}: bad speaker")
        by_turn = {}
        for sp in rec["spans"]:
            counts[sp["type"]] += 1
            if sp["type"] not in TYPES:
                errors.append(f"{cid}: bad type {sp['type']}")
            if not (0 <= sp["turn"] < len(rec["turns"])):
                errors.append(f"{cid}: turn out of range")
                continue
            txt = rec["turns"][sp["turn"]]["text"]
            s, e = sp["start"], sp["end"]
            if not (0 <= s < e <= len(txt)):
                errors.append(f"{cid}: offsets out of range")
                continue
            lead_ok = txt[s] in "+(" and sp["type"] == "PHONE" and s + 1 < e and txt[s + 1].isalnum()
            if not ((txt[s].isalnum() or lead_ok) and txt[e - 1].isalnum()):
                errors.append(f"{cid}: span edges not alnum {txt[s:e]!r}")
            if (s > 0 and txt[s - 1].isalnum()) or (e < len(txt) and txt[e].isalnum()):
                errors.append(f"{cid}: span not on word boundary {txt[max(0, s - 3):e + 3]!r}")
            by_turn.setdefault(sp["turn"], []).append((s, e))
        for spans in by_turn.values():
            spans.sort()
            for (s1, e1), (s2, e2) in zip(spans, spans[1:]):
                if s2 < e1:
                    errors.append(f"{cid}: overlapping spans")
        groups = {}
        for t, s, e, typ, gid in case.spans:
            groups.setdefault(gid, []).append((typ, rec["turns"][t]["text"][s:e]))
        for gid, parts in groups.items():
            typs = {p[0] for p in parts}
            if len(typs) != 1:
                errors.append(f"{cid}: mixed types in group")
                continue
            typ = typs.pop()
            joined = " | ".join(p[1] for p in parts)
            err = validate(typ, joined, partial=gid.startswith("x"))
            if err:
                errors.append(f"{cid}: {typ}: {err}")
    npos = sum(1 for c in cases if c["kind"] == "positive")
    nneg = len(cases) - npos
    print(f"cases: {len(cases)}  positives: {npos}  negatives: {nneg}")
    for t in TYPES:
        print(f"  {t:13s} {counts[t]}")
    if npos < 170 or nneg < 100:
        errors.append("too few cases")
    for t in TYPES:
        need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
        if counts[t] < need:
            errors.append(f"too few {t} spans ({counts[t]} < {need})")
    for e in errors[:60]:
        print("ERROR:", e)
    if errors:
        print(f"FAILED with {len(errors)} problem(s)")
        return 1
    print("OK: --check passed")
    return 0


def readme(cases) -> str:
    counts = Counter(sp["type"] for c in cases for sp in c["spans"])
    npos = sum(1 for c in cases if c["kind"] == "positive")
    nneg = len(cases) - npos
    rows = "\n".join(f"| {t} | {counts[t]} |" for t in TYPES)
    return f"""# pii_holdout182 — held-out PII redaction evaluation set

**Never use this set for tuning.** It is a held-out evaluation set; do not adjust
redaction rules, thresholds or models by looking at these cases.

## Who wrote it and how

Written by an AI helper acting as an independent author who did **not** see the
redaction code, its tests, its docs or other evaluation sets (only a 3-line format
example).  Every case is produced by `scripts/make_pii_holdout182.py` from template
functions in which each turn is assembled from plain-text segments and
`(value, TYPE)` segments, so offsets are computed, never typed.  All values come
from one `random.Random({SEED})`; the output is byte-for-byte reproducible.
`python scripts/make_pii_holdout182.py --check` regenerates the file, compares it
byte-for-byte, checks ids, offsets, word boundaries, overlaps and validates each
value after normalising spoken forms (Luhn, mod-97, NI format, digit counts,
postcode shapes).

Emphasis: longer, realistic whole calls (ASR-style: lower case, numbers as words,
"oh"/"nought", "double"/"triple", pairs like "forty one", NATO spelling,
homophones such as "for"/"to"/"ate"/"won", values split over turns with
back-channels, self-corrections, agent read-backs) and chats (typed, varied
separators/case/typos) across banking, telecom, utilities, retail, insurance,
travel, healthcare billing and government services in the US, UK, Ireland and EU.

## Counts

Positives: {npos}   Negatives: {nneg}   Total: {len(cases)}

| type | spans |
|---|---|
{rows}

## Annotation conventions

* A span covers exactly the words of the value: from its first digit/letter word to
  its last, including internal separators, fillers ("um") and words such as
  "double", "triple", "for bravo", "dash", "plus" that occur inside the reading.
  Lead-ins ("it's", "my number is") are outside.
* A value split across turns gets one span per turn (all the same type).
* Self-corrections: the abandoned partial reading is labelled as its own span
  of the same type (it is still sensitive); the corrected full reading is a
  second span.  Words such as "no sorry" between them are not labelled.
* Agent read-backs of a value are labelled like customer readings.
* CARD_NUMBER: the whole PAN (13-19 digits, Luhn-valid).  EXPIRY: month and year
  as said/typed.  CVV: the digits only.
* PHONE: includes the country code ("plus four four", "+1") when said/typed.
* NI_NUMBER: prefix letters, six digits and suffix letter.  IBAN: country code to
  last character.  SORT_CODE: the 6 digits with their separators.
* DOB: the whole date phrase ("the third of may nineteen eighty"), without
  "born"/"date of birth is".
* ADDRESS: house number plus street name and street type; town and postcode are
  outside (the postcode is its own POSTCODE span); a trailing "apartment twelve" is
  left unlabelled (redacting it is not penalised in positives).  POSTCODE: UK
  postcode or US ZIP (5 or 9 digits).
* Typed phone numbers: a leading "+" or "(" is inside the span; scoring only looks
  at letters and digits.
* Non-PII numbers (amounts, dates, times, order/ticket/claim/reference numbers,
  flight/room/model numbers, meter readings, ages, percentages) are never labelled;
  negatives contain only such lookalikes and have no spans.
"""


def main() -> int:
    if "--check" in sys.argv[1:]:
        if not CASES.exists():
            print("ERROR: fixture missing")
            return 1
        return check(CASES.read_text(encoding="utf-8"))
    cases, _ = build()
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    CASES.write_text(dump(cases), encoding="utf-8")
    README.write_text(readme(cases), encoding="utf-8")
    print(f"wrote {len(cases)} cases to {CASES}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

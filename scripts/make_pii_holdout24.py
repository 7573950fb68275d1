#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set ``pii_holdout24``.

Written by an AI helper acting as an independent test author who did not see
the redaction code. Standard library only. Output is byte-for-byte
reproducible from the seed below.

    python scripts/make_pii_holdout24.py          # write fixture + README
    python scripts/make_pii_holdout24.py --check  # regenerate and verify
"""
from __future__ import annotations

import json
import re
import random
import sys
from collections import Counter
from pathlib import Path

SEED = 24241123
ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "tests" / "fixtures" / "pii_holdout24"
CASES = OUT_DIR / "cases.jsonl"
README = OUT_DIR / "README.md"
PFX = "h24"

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

R = random.Random(SEED)

# ---------------------------------------------------------------- values

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


def luhn_complete(prefix: str, length: int) -> str:
    body = prefix + "".join(str(R.randrange(10)) for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def gen_card():
    kind = R.choice(["visa", "visa", "visa", "mc", "mc", "amex", "disc", "visa13", "maestro19", "mc2"])
    if kind == "visa":
        return luhn_complete("4" + str(R.randrange(10)), 16), kind
    if kind == "mc":
        return luhn_complete(str(R.randrange(51, 56)), 16), kind
    if kind == "mc2":
        return luhn_complete(str(R.randrange(2221, 2721)), 16), kind
    if kind == "amex":
        return luhn_complete(R.choice(["34", "37"]), 15), kind
    if kind == "disc":
        return luhn_complete("6011", 16), kind
    if kind == "visa13":
        return luhn_complete("4", 13), kind
    return luhn_complete("6759", 19), kind


def group_card(d: str, sep: str = " ") -> str:
    if len(d) == 15:
        parts = [d[:4], d[4:10], d[10:]]
    elif len(d) == 13:
        parts = [d[:4], d[4:7], d[7:10], d[10:]]
    else:
        parts = [d[i:i + 4] for i in range(0, len(d), 4)]
    return sep.join(parts)


def gen_ssn() -> str:
    while True:
        a = R.randrange(1, 900)
        if a != 666:
            break
    return f"{a:03d}{R.randrange(1, 100):02d}{R.randrange(1, 10000):04d}"


NI_BAD_PAIRS = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}


def gen_ni() -> str:
    first = [c for c in "ABCEGHJKLMNOPRSTWXYZ"]
    second = [c for c in "ABCEGHJKLMNPRSTWXYZ"]
    while True:
        p = R.choice(first) + R.choice(second)
        if p not in NI_BAD_PAIRS:
            break
    return p + "".join(str(R.randrange(10)) for _ in range(6)) + R.choice("ABCD")


def iban_check(country: str, bban: str) -> str:
    s = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return f"{98 - int(num) % 97:02d}"


def iban_valid(s: str) -> bool:
    s = s.upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{11,30}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def digits(n: int) -> str:
    return "".join(str(R.randrange(10)) for _ in range(n))


def gen_iban():
    c = R.choice(["GB", "GB", "IE", "DE", "NL", "ES", "FR", "IT", "BE"])
    if c == "GB":
        bban = R.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + digits(14)
    elif c == "IE":
        bban = R.choice(["AIBK", "BOFI", "IPBS"]) + digits(14)
    elif c == "DE":
        bban = digits(18)
    elif c == "NL":
        bban = R.choice(["ABNA", "INGB", "RABO"]) + digits(10)
    elif c == "ES":
        bban = digits(20)
    elif c == "FR":
        bban = digits(23)
    elif c == "IT":
        bban = R.choice("ABCDEFGHIJKLMNOPRSTUVWXYZ") + digits(22)
    else:
        bban = digits(12)
    return c + iban_check(c, bban) + bban


def fmt_iban(s: str, sep=" ") -> str:
    return sep.join(s[i:i + 4] for i in range(0, len(s), 4))


def gen_phone():
    k = R.choice(["uk_mob", "uk_mob", "uk_land", "us", "us", "ie", "uk_intl", "us_intl", "ie_intl", "de_intl"])
    if k == "uk_mob":
        d = "07" + str(R.choice([4, 5, 7, 8, 9])) + digits(8)
        typed = R.choice([d[:5] + " " + d[5:], d, d[:5] + " " + d[5:8] + " " + d[8:], d[:4] + "-" + d[4:7] + "-" + d[7:]])
    elif k == "uk_land":
        d = R.choice(["0161", "0113", "0121", "0131", "0117", "0141"]) + digits(7)
        typed = R.choice([d[:4] + " " + d[4:7] + " " + d[7:], d])
    elif k == "us":
        d = str(R.randrange(201, 990)) + str(R.randrange(200, 1000)) + digits(4)
        typed = R.choice([f"({d[:3]}) {d[3:6]}-{d[6:]}", f"{d[:3]}-{d[3:6]}-{d[6:]}", f"{d[:3]}.{d[3:6]}.{d[6:]}", d])
    elif k == "ie":
        d = "08" + str(R.choice([3, 5, 6, 7, 9])) + digits(7)
        typed = R.choice([d[:3] + " " + d[3:6] + " " + d[6:], d])
    elif k == "uk_intl":
        d = "447" + str(R.choice([4, 5, 7, 8, 9])) + digits(8)
        typed = R.choice(["+" + d[:2] + " " + d[2:6] + " " + d[6:], "+" + d, "0044 " + d[2:]])
        if typed.startswith("0044"):
            d = "0044" + d[2:]
    elif k == "us_intl":
        d = "1" + str(R.randrange(201, 990)) + str(R.randrange(200, 1000)) + digits(4)
        typed = R.choice([f"+1 {d[1:4]} {d[4:7]} {d[7:]}", f"+1-{d[1:4]}-{d[4:7]}-{d[7:]}", f"1-{d[1:4]}-{d[4:7]}-{d[7:]}"])
    elif k == "ie_intl":
        d = "3538" + str(R.choice([3, 5, 6, 7])) + digits(7)
        typed = R.choice(["+353 " + d[3:5] + " " + d[5:8] + " " + d[8:], "+" + d])
    else:
        d = "4915" + digits(9)
        typed = "+49 " + d[2:5] + " " + d[5:]
    return d, typed, k


FIRST = ["james", "sarah", "mohammed", "aoife", "liam", "priya", "tom", "grace", "oluwaseun", "chloe",
         "niamh", "daniel", "maria", "kevin", "fatima", "sean", "emily", "wei", "lucy", "marek"]
LAST = ["smith", "obrien", "patel", "murphy", "jones", "kowalski", "nguyen", "walsh", "brown", "okafor",
        "taylor", "garcia", "byrne", "khan", "evans", "doyle", "fischer", "rossi", "hughes", "kelly"]
DOMAINS = ["gmail.com", "hotmail.co.uk", "yahoo.com", "outlook.com", "icloud.com", "eircom.net",
           "btinternet.com", "aol.com", "protonmail.com", "live.ie", "gmx.de", "sky.com"]


def gen_email(f=None, l=None):
    f, l = f or R.choice(FIRST), l or R.choice(LAST)
    style = R.choice(["f.l", "fl", "f_l", "fl99", "f.l99", "initl", "l.f"])
    if style == "f.l":
        user = f"{f}.{l}"
    elif style == "fl":
        user = f + l
    elif style == "f_l":
        user = f"{f}_{l}"
    elif style == "fl99":
        user = f + l + str(R.randrange(1, 99))
    elif style == "f.l99":
        user = f"{f}.{l}{R.randrange(60, 100)}"
    elif style == "initl":
        user = f[0] + l
    else:
        user = f"{l}.{f}"
    return user, R.choice(DOMAINS)


MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
MON3 = [m[:3] for m in MONTHS]

UK_POST = ["SW1A 2AA", "M1 1AE", "B33 8TH", "CR2 6XH", "DN55 1PT", "EC1A 1BB", "LS6 2QF", "G2 4JR",
           "BS8 1TH", "CF10 3AT", "NE1 4ST", "EH3 9DR", "W1D 3QF", "L17 6BQ", "OX4 2JY", "BT7 1NN",
           "SE15 5NP", "PL4 8AA", "NG7 2RD", "YO31 7ES", "CB2 1TN", "RG1 3EU", "N16 8LS", "BN2 0JA"]
STREETS = ["maple", "kings", "station", "church", "victoria", "mill", "elm", "oak", "high", "park",
           "harbour", "willow", "grange", "chestnut", "clarence", "riverside", "orchard", "main", "lincoln",
           "washington", "cedar", "pine", "seaview", "abbey"]
SUFFIX = ["road", "street", "avenue", "lane", "drive", "close", "crescent", "terrace", "way", "court", "gardens", "boulevard", "place"]
UK_TOWNS = ["leeds", "manchester", "bristol", "glasgow", "brighton", "york", "cardiff", "norwich"]
US_TOWNS = ["austin", "denver", "portland", "columbus", "tampa", "boise"]
TOWNS = ["leeds", "manchester", "bristol", "cork", "galway", "glasgow", "austin", "denver", "brighton", "york", "dublin", "portland"]

UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
       "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth",
       "nineteenth", "twentieth", "twenty first", "twenty second", "twenty third", "twenty fourth", "twenty fifth",
       "twenty sixth", "twenty seventh", "twenty eighth"]
NATO = {"A": "alpha", "B": "bravo", "C": "charlie", "D": "delta", "E": "echo", "F": "foxtrot", "G": "golf",
        "H": "hotel", "I": "india", "J": "juliet", "K": "kilo", "L": "lima", "M": "mike", "N": "november",
        "O": "oscar", "P": "papa", "Q": "quebec", "R": "romeo", "S": "sierra", "T": "tango", "U": "uniform",
        "V": "victor", "W": "whiskey", "X": "x ray", "Y": "yankee", "Z": "zulu"}
ALT_NAMES = {"A": "apple", "B": "bob", "C": "charlie", "D": "david", "E": "edward", "H": "harry", "J": "john",
             "K": "king", "L": "london", "M": "mary", "N": "nancy", "P": "peter", "R": "robert", "S": "sugar",
             "T": "tommy", "W": "william", "Y": "yellow", "Z": "zebra", "G": "george", "X": "x ray", "O": "orange"}


def zero_word():
    return R.choice(["zero", "oh", "oh", "o", "nought"])


def say_digit(c: str) -> str:
    return zero_word() if c == "0" else UNITS[int(c)]


def say_pair(p: str) -> str:
    a, b = int(p[0]), int(p[1])
    if a == 0:
        return zero_word() + " " + UNITS[b] if b else zero_word() + " " + zero_word()
    if a == 1:
        return TEENS[b]
    if b == 0:  # "forty" + following digit would be ambiguous; say "four oh"
        return UNITS[a] + " " + zero_word()
    return TENS[a] + " " + UNITS[b]


def say_digits(s: str, doubles=True, fillers=False) -> str:
    """digit-by-digit reading with doubles/triples."""
    out = []
    i = 0
    while i < len(s):
        c = s[i]
        if doubles and i + 2 < len(s) and s[i + 1] == c and s[i + 2] == c and R.random() < 0.8:
            out.append("triple " + say_digit(c))
            i += 3
        elif doubles and i + 1 < len(s) and s[i + 1] == c and R.random() < 0.8:
            out.append("double " + say_digit(c))
            i += 2
        else:
            out.append(say_digit(c))
            i += 1
        if fillers and i < len(s) and R.random() < 0.12:
            out.append(R.choice(["um", "uh", "er"]))
    return " ".join(out)


def say_pairs(s: str) -> str:
    out = []
    for i in range(0, len(s) - 1, 2):
        out.append(say_pair(s[i:i + 2]))
    if len(s) % 2:
        out.append(say_digit(s[-1]))
    return " ".join(out)


def say_mixed(s: str) -> str:
    """groups of four, each read either digit-wise or as pairs"""
    out = []
    for i in range(0, len(s), 4):
        g = s[i:i + 4]
        if len(g) == 4 and g[0] != "0" and g[2] != "0" and R.random() < 0.35:
            out.append(say_pairs(g))
        else:
            out.append(say_digits(g))
    return " ".join(out)


def say_letter(c: str, style=None) -> str:
    style = style or R.choice(["plain", "plain", "nato", "alt"])
    if c == "O":  # a bare "o" would read as zero
        style = "nato"
    low = c.lower()
    if style == "nato":
        return f"{low} for {NATO[c]}"
    if style == "alt" and c in ALT_NAMES:
        return f"{low} for {ALT_NAMES[c]}"
    return low


def say_pair_nat(p: str) -> str:
    """a two-digit group said naturally at the end of a value: 'thirty', 'oh five', 'seventeen'"""
    a, b = int(p[0]), int(p[1])
    if a == 0:
        return R.choice(["oh", "o"]) + " " + UNITS[b]
    if a == 1:
        return TEENS[b]
    return TENS[a] + ("" if b == 0 else " " + UNITS[b])


def say_housenum(n: int) -> str:
    """house numbers as people say them: 'seven', 'forty', 'forty two', 'one forty eight', 'two oh six'"""
    two = say_pair_nat
    if n < 10:
        return UNITS[n]
    if n < 100:
        return two(f"{n:02d}")
    sn = str(n)
    if sn[1:] == "00":
        return UNITS[int(sn[0])] + " hundred"
    return UNITS[int(sn[0])] + " " + two(sn[1:])


def say_year(y: int) -> str:
    if 2000 <= y <= 2009:
        if y == 2000:
            return "two thousand"
        return R.choice(["two thousand and " + UNITS[y - 2000], "two thousand " + UNITS[y - 2000], "twenty oh " + UNITS[y - 2000]])
    if y % 100 == 0:
        return say_pair_nat(str(y)[:2]) + " hundred"
    return say_pair_nat(str(y)[:2]) + " " + say_pair_nat(str(y)[2:])


# ---------------------------------------------------------------- case builder

class Case:
    def __init__(self, kind: str, note: str):
        self.kind = kind
        self.note = note
        self.turns = []  # list of (speaker, [segments])

    def t(self, speaker: str, *segs):
        self.turns.append((speaker, list(segs)))
        return self

    def a(self, *segs):
        return self.t("agent", *segs)

    def c(self, *segs):
        return self.t("customer", *segs)


def V(text, typ, gid=None):
    return ("V", text, typ, gid)


GROUP_COUNTER = [0]


def newgid():
    GROUP_COUNTER[0] += 1
    return GROUP_COUNTER[0]


def render(case: Case, idx: int):
    turns, spans, meta = [], [], []
    for ti, (spk, segs) in enumerate(case.turns):
        text = ""
        for seg in segs:
            if isinstance(seg, tuple):
                _, val, typ, gid = seg
                s = len(text)
                text += val
                spans.append({"turn": ti, "start": s, "end": len(text), "type": typ})
                meta.append(gid)
            else:
                text += seg
        turns.append({"speaker": spk, "text": text})
    obj = {"id": f"{PFX}-{'pos' if case.kind == 'positive' else 'neg'}-{idx:03d}", "kind": case.kind,
           "turns": turns, "spans": spans, "note": case.note}
    return obj, meta


# ---------------------------------------------------------------- messy typing helpers

TYPOS = {"number": ["numbr", "nmber", "number", "no.", "num"], "card": ["card", "crad", "card"],
         "my": ["my", "my", "mu"], "is": ["is", "is", "iz", "s"], "please": ["please", "pls", "plz", "pleasee"],
         "thanks": ["thanks", "thx", "thnks", "ty", "thanks!!"], "the": ["the", "teh", "the"],
         "address": ["address", "adress", "addres"], "email": ["email", "emial", "e-mail", "mail"],
         "account": ["account", "acount", "acct", "a/c"], "phone": ["phone", "phnoe", "mobile", "mob"],
         "here": ["here", "heres", "here's", "hear"]}
EMOJI = [" 🙂", " 😅", " 🙏", " 👍", " 😊", " 😬", " !!", " :)", " x", ""]


def ty(w):
    return R.choice(TYPOS.get(w, [w]))


def emo():
    return R.choice(EMOJI)


def mixcase(s: str) -> str:
    m = R.choice(["keep", "keep", "upper", "lower", "title"])
    return {"keep": s, "upper": s.upper(), "lower": s.lower(), "title": s.title()}[m]


CHANNELS_TYPED = ["web chat", "sms", "email", "social dm", "app chat", "whatsapp"]
INDUSTRIES = ["banking", "telecom", "utilities", "retail", "insurance", "travel", "healthcare billing", "government services"]


def chan():
    return R.choice(CHANNELS_TYPED)


def ind():
    return R.choice(INDUSTRIES)


# ---------------------------------------------------------------- noise (non-PII numbers)

def noise_typed():
    return R.choice([
        f"order #{R.randrange(100000, 9999999)}", f"£{R.randrange(10, 900)}.{R.randrange(10, 99)}",
        f"${R.randrange(10, 2000)}.{R.randrange(10, 99)}", f"ticket {R.randrange(10000, 999999)}",
        f"ref {R.choice('ABCDXK')}{R.randrange(100000, 9999999)}", f"{R.randrange(2, 59)} mins",
        f"€{R.randrange(10, 500)}", f"invoice INV-{R.randrange(10000, 999999)}", f"at {R.randrange(1, 12)}:{R.choice(['00', '15', '30', '45'])}pm",
    ])


def noise_spoken():
    return R.choice([
        f"it was about {R.choice(['forty', 'sixty', 'ninety', 'a hundred and twenty'])} {R.choice(['pounds', 'dollars', 'euro'])}",
        f"i've been waiting like {R.choice(['twenty', 'forty five', 'ten'])} minutes",
        f"the bill was {R.choice(['eighty two fifty', 'one forty nine', 'sixty three pounds twenty'])}",
        f"my order number is {say_digits(digits(7))}",
        f"i'm calling about the {R.choice(['twelfth', 'third', 'twenty first'])} of {R.choice(MONTHS)} payment",
    ])


# ================================================================ POSITIVE TEMPLATES

def pos_card_typed():
    d, kind = gen_card()
    ch, ix = chan(), ind()
    c = Case("positive", "")
    style = R.choice(["groups", "groups", "dash", "plain", "split2", "split4", "dots", "nbsp", "trail", "two_vals"])
    if style in ("groups", "dash", "plain", "dots", "nbsp"):
        sep = {"groups": " ", "dash": "-", "plain": "", "dots": ".", "nbsp": "\u00a0"}[style]
        val = group_card(d, sep) if sep else d
        c.a(R.choice(["Can you type the long card number for me please?", "What's the card you'd like to use?", "pls send the card no. for the refund"]))
        c.c(R.choice([f"{ty('card')} {ty('number')} {ty('is')} ", "ok ", f"{ty('here')} u go ", "its "]), V(val, "CARD_NUMBER"),
            R.choice([emo(), " thanks", f" and can u check {noise_typed()} too", "", " (debit card)"]))
        c.note = f"{ch}/{ix}: {kind} card typed with '{style}' separators"
    elif style == "split2":
        g = newgid()
        cut = R.choice([4, 8, 8, 12]) if len(d) > 13 else 6
        c.a("Please send your card number, you can split it over a couple of messages if easier")
        c.c(V(group_card(d[:cut]) if cut % 4 == 0 else d[:cut], "CARD_NUMBER", g))
        c.c(V(group_card(d[cut:]) if (len(d) - cut) % 4 == 0 else d[cut:], "CARD_NUMBER", g), R.choice(["", emo(), " <- rest of it"]))
        c.note = f"{ch}/{ix}: {kind} card split across two customer messages"
    elif style == "split4":
        g = newgid()
        parts = [d[i:i + 4] for i in range(0, len(d), 4)]
        c.a("ok send the card number")
        for j, p in enumerate(parts):
            if j == 1:
                c.c(V(p, "CARD_NUMBER", g), " ")
            else:
                c.c(V(p, "CARD_NUMBER", g))
        c.a("Thanks, got it 👍")
        c.note = f"{ch}/{ix}: {kind} card sent as one group per message"
    elif style == "trail":
        val = group_card(d, " ")
        c.a("Which card should the refund go to?")
        c.c(f"Card: ", V(val, "CARD_NUMBER"), "\nSent from my iPhone")
        c.note = f"{ch}/{ix}: {kind} card in email body with signature artefact"
    else:
        cv = digits(4 if kind == "amex" else 3)
        mm, yy = R.randrange(1, 13), R.randrange(26, 33)
        ex = R.choice([f"{mm:02d}/{yy}", f"{mm:02d}/20{yy}", f"{mm:02d}-{yy}", f"{mm}/{yy}"])
        c.a("To take the payment I need the card number, expiry and security code")
        c.c(V(group_card(d, R.choice([" ", "-", ""])), "CARD_NUMBER"), R.choice([" exp ", " expiry ", ", ", " / "]), V(ex, "EXPIRY"),
            R.choice([" cvv ", " cvc ", " code ", " sec code "]), V(cv, "CVV"), emo())
        c.note = f"{ch}/{ix}: {kind} card, expiry and cvv in one message"
    return c


def pos_card_spoken():
    d, kind = gen_card()
    ix = ind()
    c = Case("positive", "")
    style = R.choice(["digits", "mixed", "split", "split", "correction", "readback", "pairs", "filler", "chitchat", "chitchat"])
    c.a(R.choice(["okay and what's the long number across the front of the card", "go ahead with the card number when you're ready",
                  "can i take the sixteen digit number please"]))
    if style in ("digits", "mixed", "pairs", "filler"):
        sp = {"digits": say_digits(d), "mixed": say_mixed(d), "pairs": say_pairs(d), "filler": say_digits(d, fillers=True)}[style]
        c.c(R.choice(["yeah it's ", "right okay it's ", "um ", "so that's "]), V(sp, "CARD_NUMBER"), R.choice(["", " yeah", " and that's it"]))
        c.note = f"call/{ix}: {kind} card read as {style} in one turn"
    elif style == "split":
        g = newgid()
        parts = [d[i:i + 4] for i in range(0, len(d), 4)]
        for j, p in enumerate(parts):
            pre = R.choice(["", "", "uh ", "then "]) if j else R.choice(["okay ", "", "it's "])
            c.c(pre, V(say_digits(p), "CARD_NUMBER", g))
            if j < len(parts) - 1:
                c.a(R.choice(["mhm", "yep", "okay go on", "uh huh", "right"]))
        c.note = f"call/{ix}: {kind} card split over {len(parts)} customer turns with back-channels"
    elif style == "chitchat":
        g = newgid()
        cut = R.choice([4, 8, 12])
        c.c("yeah ", V(say_digits(d[:cut]), "CARD_NUMBER", g),
            R.choice([" sorry the dog's going mad hang on ", " sorry it's a bit worn this card ", " hang on let me find my glasses um ",
                      " sorry i'm on the bus ", " god the numbers are tiny "]),
            V(say_digits(d[cut:]), "CARD_NUMBER", g))
        c.note = f"call/{ix}: {kind} card reading interrupted by chit-chat inside the same turn"
    elif style == "correction":
        g = newgid()
        half = len(d) // 2
        wrong = str((int(d[half]) + 3) % 10)
        c.c("okay ", V(say_digits(d[:half]), "CARD_NUMBER", g), " " + say_digit(wrong) + " no sorry ",
            V(say_digits(d[half:]), "CARD_NUMBER", g))
        c.note = f"call/{ix}: {kind} card with a mid-reading self-correction (misspoken digit left unlabelled)"
    else:
        g = newgid()
        c.c(V(say_digits(d), "CARD_NUMBER"))
        c.a("let me just read that back ", V(say_digits(d[:8]), "CARD_NUMBER", g), " ", V(say_digits(d[8:]), "CARD_NUMBER", g), " is that right")
        c.c("yes that's right")
        c.note = f"call/{ix}: {kind} card read by customer then read back by the agent"
    if R.random() < 0.3:
        c.c(noise_spoken())
    return c


def pos_ssn():
    s = gen_ssn()
    ix = R.choice(["banking", "insurance", "healthcare billing", "government services", "telecom", "utilities"])
    c = Case("positive", "")
    if R.random() < 0.65:
        ch = chan()
        style = R.choice(["dash", "space", "plain", "split", "last4", "dots", "spaced_odd"])
        c.a(R.choice(["For verification I need your Social Security number.", "Can you confirm your SSN please?", "pls provide ur social"]))
        if style == "split":
            g = newgid()
            c.c(V(s[:3] + "-" + s[3:5], "SSN", g), R.choice(["-", " ", ""]))
            c.c(V(s[5:], "SSN", g), R.choice(["", " sorry hit enter", emo()]))
        elif style == "last4":
            g = newgid()
            c.c(f"u mean the full thing? first 5 ", V(s[:3] + s[3:5], "SSN", g), " last 4 ", V(s[5:], "SSN", g))
        else:
            val = {"dash": f"{s[:3]}-{s[3:5]}-{s[5:]}", "space": f"{s[:3]} {s[3:5]} {s[5:]}", "plain": s,
                   "dots": f"{s[:3]}.{s[3:5]}.{s[5:]}", "spaced_odd": f"{s[:3]} - {s[3:5]} - {s[5:]}"}[style]
            c.c(R.choice(["its ", "SSN: ", "ssn ", "social is ", "ok "]), V(val, "SSN"), R.choice(["", emo(), f" re {noise_typed()}"]))
        c.note = f"{ch}/{ix}: US SSN typed ({style})"
    else:
        style = R.choice(["digits", "groups", "split", "pairs", "readback"])
        c.a(R.choice(["and can i get your social security number", "i'll need your social to verify", "what's the social on the account"]))
        if style == "digits":
            c.c("sure it's ", V(say_digits(s, fillers=True), "SSN"))
        elif style == "groups":
            c.c(V(say_digits(s[:3]) + " " + say_digits(s[3:5]) + " " + say_digits(s[5:]), "SSN"))
        elif style == "pairs":
            c.c("okay ", V(say_digits(s[:3]) + " " + say_pair(s[3:5]) + " " + say_pairs(s[5:]), "SSN"))
        elif style == "split":
            g = newgid()
            c.c("yeah first three ", V(say_digits(s[:3]), "SSN", g))
            c.a("okay")
            c.c(V(say_digits(s[3:5]), "SSN", g))
            c.a("mhm")
            c.c(V(say_digits(s[5:]), "SSN", g))
        else:
            c.c(V(say_digits(s), "SSN"))
            c.a("thank you so that's ", V(say_digits(s), "SSN"), " correct")
            c.c("yep")
        c.note = f"call/{ix}: US SSN spoken ({style})"
    return c


def ni_typed(n):
    return R.choice([f"{n[:2]} {n[2:4]} {n[4:6]} {n[6:8]} {n[8]}", n, n.lower(), f"{n[:2]}{n[2:8]} {n[8]}",
                     f"{n[:2]}-{n[2:4]}-{n[4:6]}-{n[6:8]}-{n[8]}", f"{n[:2].lower()} {n[2:8]} {n[8].lower()}",
                     f"{n[:2]} {n[2:8]} {n[8]}"])


def ni_spoken(n):
    style = R.choice(["letters", "nato", "pairs", "mixed"])
    L = "nato" if style == "nato" else ("plain" if style in ("letters", "pairs") else None)
    head = say_letter(n[0], L) + " " + say_letter(n[1], L)
    mid = say_pairs(n[2:8]) if style == "pairs" and "0" not in n[2:8:2] else say_digits(n[2:8])
    return head + " " + mid + " " + say_letter(n[8], L), style


def pos_ni():
    n = gen_ni()
    ix = R.choice(["government services", "banking", "insurance", "utilities", "healthcare billing", "retail"])
    c = Case("positive", "")
    if R.random() < 0.65:
        ch = chan()
        style = R.choice(["one", "one", "split", "withother", "lowerbody"])
        c.a(R.choice(["Could you give me your National Insurance number?", "What's your NI number pls", "NINO for the claim please"]))
        if style == "split":
            g = newgid()
            c.c(V(n[:2] + " " + n[2:4], "NI_NUMBER", g))
            c.c(V(n[4:6] + " " + n[6:8] + " " + n[8], "NI_NUMBER", g), R.choice(["", " sorry", emo()]))
            c.note = f"{ch}/{ix}: NI number split across two messages"
        elif style == "withother":
            c.c(f"NI {ty('number')} ", V(ni_typed(n), "NI_NUMBER"), f" and my claim ref is {R.randrange(1000000, 99999999)}")
            c.note = f"{ch}/{ix}: NI number next to an unlabelled claim reference"
        elif style == "lowerbody":
            c.c("hiya, " + R.choice(["its", "it's", "its the"]) + " ", V(n.lower()[:2] + n[2:8] + n[8].lower(), "NI_NUMBER"), " i think" + emo())
            c.note = f"{ch}/{ix}: NI number typed all lower case without spaces"
        else:
            c.c(R.choice(["", "NI: ", "sure ", "national insurance "]), V(ni_typed(n), "NI_NUMBER"), emo())
            c.note = f"{ch}/{ix}: NI number typed with varied spacing/case"
    else:
        style = R.choice(["one", "split", "correction"])
        c.a("and your national insurance number please")
        if style == "one":
            sp, st = ni_spoken(n)
            c.c(R.choice(["yeah it's ", "", "um it's "]), V(sp, "NI_NUMBER"))
            c.note = f"call/{ix}: NI number spoken ({st})"
        elif style == "split":
            g = newgid()
            c.c(V(say_letter(n[0]) + " " + say_letter(n[1]), "NI_NUMBER", g))
            c.a("yep")
            c.c(V(say_digits(n[2:5]), "NI_NUMBER", g))
            c.a("mhm")
            c.c(V(say_digits(n[5:8]) + " " + say_letter(n[8]), "NI_NUMBER", g))
            c.note = f"call/{ix}: NI number split over three turns"
        else:
            g = newgid()
            c.c(V(say_letter(n[0], "plain") + " " + say_letter(n[1], "plain"), "NI_NUMBER", "F"), " no hang on ",
                V(say_letter(n[0], "nato") + " " + say_letter(n[1], "nato") + " " + say_digits(n[2:8]) + " " + say_letter(n[8], "plain"), "NI_NUMBER", g))
            c.note = f"call/{ix}: NI number restarted with phonetic letters"
    return c


def pos_bank():
    c = Case("positive", "")
    uk = R.random() < 0.72
    acct = digits(8) if uk else digits(R.choice([10, 11, 12]))
    sc = digits(6)
    ix = R.choice(["banking", "utilities", "insurance", "retail", "government services"])
    if R.random() < 0.65:
        ch = chan()
        c.a("What are the bank details for the direct debit?")
        if uk:
            scv = R.choice([f"{sc[:2]}-{sc[2:4]}-{sc[4:]}", sc, f"{sc[:2]} {sc[2:4]} {sc[4:]}", f"{sc[:2]}.{sc[2:4]}.{sc[4:]}"])
            st = R.choice(["lines", "inline", "split"])
            if st == "lines":
                c.c("Sort code: ", V(scv, "SORT_CODE"), "\nAcc no: ", V(acct, "BANK_ACCOUNT"), emo())
            elif st == "inline":
                c.c(f"s/c ", V(scv, "SORT_CODE"), f" {ty('account')} ", V(acct, "BANK_ACCOUNT"), f" - pls take {noise_typed()}")
            else:
                c.c(f"{ty('account')} {ty('number')} ", V(acct, "BANK_ACCOUNT"))
                c.a("and the sort code?")
                c.c(V(scv, "SORT_CODE"), R.choice(["", " x", emo()]))
            c.note = f"{ch}/{ix}: UK sort code and account number typed ({st})"
        else:
            routing = "0" + digits(8)
            c.c(f"routing {routing} {ty('account')} ", V(acct, "BANK_ACCOUNT"), emo())
            c.note = f"{ch}/{ix}: US account number next to a routing number (routing unlabelled)"
    else:
        c.a("can i take the sort code and account number")
        if uk:
            st = R.choice(["pairs", "digits", "split"])
            scs = say_pairs(sc) if st == "pairs" and sc[0] != "0" and sc[2] != "0" and sc[4] != "0" else say_digits(sc)
            if st == "split":
                c.c("sort code's ", V(scs, "SORT_CODE"))
                c.a("okay and the account number")
                g = newgid()
                c.c(V(say_digits(acct[:4]), "BANK_ACCOUNT", g))
                c.a("mhm")
                c.c(V(say_digits(acct[4:]), "BANK_ACCOUNT", g))
            else:
                c.c("sort code ", V(scs, "SORT_CODE"), " and the account is ", V(say_digits(acct, fillers=True), "BANK_ACCOUNT"))
            c.note = f"call/{ix}: UK sort code and account spoken ({st})"
        else:
            c.c("account number is ", V(say_digits(acct), "BANK_ACCOUNT"))
            c.a("thank you")
            c.note = f"call/{ix}: US account number spoken"
    return c


def pos_iban():
    ib = gen_iban()
    c = Case("positive", "")
    ix = R.choice(["banking", "travel", "insurance", "utilities", "retail"])
    if R.random() < 0.7:
        ch = chan()
        st = R.choice(["grouped", "plain", "lower", "split", "label"])
        c.a("Please send the IBAN for the refund")
        if st == "split":
            g = newgid()
            c.c(V(fmt_iban(ib[:12]), "IBAN", g))
            c.c(V(fmt_iban(ib[12:]), "IBAN", g), emo())
        else:
            val = {"grouped": fmt_iban(ib), "plain": ib, "lower": fmt_iban(ib).lower(), "label": fmt_iban(ib)}[st]
            pre = "IBAN: " if st == "label" else R.choice(["", "its ", "here: "])
            c.c(pre, V(val, "IBAN"), R.choice(["", emo(), f" BIC {R.choice(['BOFIIE2D', 'AIBKIE2D', 'NWBKGB2L', 'DEUTDEFF'])}"]))
        c.note = f"{ch}/{ix}: {ib[:2]} IBAN typed ({st})"
    else:
        body = " ".join(say_letter(ch_, "plain") if ch_.isalpha() else say_digit(ch_) for ch_ in ib)
        c.a("go ahead with the i ban")
        c.c("okay it's ", V(body, "IBAN"))
        c.note = f"call/{ix}: {ib[:2]} IBAN spoken character by character"
    return c


def pos_phone():
    d, typed, k = gen_phone()
    c = Case("positive", "")
    ix = ind()
    if R.random() < 0.65:
        ch = chan()
        st = R.choice(["plain", "call", "split", "two"])
        c.a(R.choice(["Whats the best number to reach you on?", "Can I get a contact number?"]))
        if st == "split" and len(typed.replace(" ", "")) > 8 and " " in typed and not typed.startswith("("):
            g = newgid()
            i = typed.index(" ")
            c.c(V(typed[:i], "PHONE", g))
            c.c(V(typed[i + 1:], "PHONE", g))
            c.note = f"{ch}/{ix}: {k} phone split across two messages"
        elif st == "two":
            d2, typed2, k2 = gen_phone()
            c.c(f"{ty('phone')} ", V(typed, "PHONE"), " or work ", V(typed2, "PHONE"), f" after {R.randrange(2, 6)}pm")
            c.note = f"{ch}/{ix}: two phone numbers ({k}, {k2}) plus a time"
        else:
            c.c(R.choice(["call me on ", "", "its ", "txt me at "]), V(typed, "PHONE"), emo())
            c.note = f"{ch}/{ix}: {k} phone typed"
    else:
        num = d
        sp = ("plus " + say_digits(num[:2 if k != "us_intl" else 1]) + " " + say_digits(num[2 if k != "us_intl" else 1:])) if "intl" in k else say_digits(num, fillers=True)
        st = R.choice(["one", "split"])
        c.a("and a contact number")
        if st == "one":
            c.c("yeah it's ", V(sp, "PHONE"))
        else:
            g = newgid()
            c.c(V(say_digits(num[:5]), "PHONE", g))
            c.a("okay")
            c.c(V(say_digits(num[5:]), "PHONE", g))
        c.note = f"call/{ix}: {k} phone spoken ({st})"
    return c


def pos_email():
    user, dom = gen_email()
    c = Case("positive", "")
    ix = ind()
    if R.random() < 0.65:
        ch = chan()
        st = R.choice(["plain", "caps", "mailto", "angle", "split"])
        c.a("What email should we send the confirmation to?")
        if st == "split":
            g = newgid()
            c.c(V(user, "EMAIL", g), "@")
            c.c(V(dom, "EMAIL", g))
            c.note = f"{ch}/{ix}: email split across messages at the @"
        else:
            val = f"{user}@{dom}"
            if st == "caps":
                val = val[0].upper() + val[1:]
            pre = {"plain": "", "caps": "", "mailto": "mailto:", "angle": "Name <"}[st]
            post = {"plain": emo(), "caps": " thx", "mailto": "", "angle": ">"}[st]
            c.c(f"{ty('email')} {ty('is')} " + pre, V(val, "EMAIL"), post)
            c.note = f"{ch}/{ix}: email typed ({st})"
    else:
        su = user.replace(".", " dot ").replace("_", " underscore ")
        su = re.sub(r"(\d+)", lambda m: " " + say_digits(m.group(1)) + " ", su)
        su = re.sub(r"\s+", " ", su).strip()
        if len(user) > 1 and user[1] != "." and R.random() < 0.2:
            pass
        sd = dom.replace(".", " dot ")
        if user.isalpha() and "at" not in user and "dot" not in user and R.random() < 0.5:
            su = " ".join(user)
        sp = f"{su} at {sd}"
        c.a("and what's your email address")
        c.c("it's ", V(sp, "EMAIL"))
        c.note = f"call/{ix}: email spoken with 'at' and 'dot'"
    return c


def pos_dob():
    y, m, dd = R.randrange(1940, 2006), R.randrange(1, 13), R.randrange(1, 29)
    c = Case("positive", "")
    ix = ind()
    if R.random() < 0.65:
        ch = chan()
        val = R.choice([f"{dd:02d}/{m:02d}/{y}", f"{m}/{dd}/{y}", f"{dd}.{m}.{y}", f"{dd} {MONTHS[m - 1].title()} {y}",
                        f"{MON3[m - 1].title()} {dd}, {y}", f"{y}-{m:02d}-{dd:02d}", f"{dd:02d}/{m:02d}/{str(y)[2:]}", f"{dd}{['th', 'st', 'nd', 'rd'][0 if dd > 3 else dd]} {MONTHS[m - 1]} {y}"])
        c.a("To confirm identity please give your date of birth")
        c.c(R.choice(["dob ", "DOB: ", "born ", "its ", "date of birth "]), V(val, "DOB"), R.choice(["", emo(), f", acct opened in {R.randrange(2010, 2024)}"]))
        c.note = f"{ch}/{ix}: date of birth typed"
    else:
        st = R.choice(["ord", "num", "split"])
        if st == "ord":
            sp = f"the {ORD[dd]} of {MONTHS[m - 1]} {say_year(y)}"
        elif st == "num":
            sp = f"{say_digits(f'{dd:02d}')} {say_digits(f'{m:02d}')} {say_year(y)}"
        else:
            sp = None
        c.a("can you confirm your date of birth")
        if sp:
            c.c("yeah it's ", V(sp, "DOB"))
        else:
            g = newgid()
            c.c(V(f"{MONTHS[m - 1]} {ORD[dd]}", "DOB", g))
            c.a("and the year")
            c.c(V(say_year(y), "DOB", g))
        c.note = f"call/{ix}: date of birth spoken ({st})"
    return c


def uk_post():
    return R.choice(UK_POST)


def pos_address():
    c = Case("positive", "")
    ix = R.choice(["utilities", "retail", "insurance", "telecom", "banking", "healthcare billing"])
    num = R.randrange(1, 240)
    street = f"{R.choice(STREETS)} {R.choice(SUFFIX)}"
    us = R.random() < 0.35
    pc = f"{R.randrange(10000, 99999)}" if us else uk_post()
    if us and R.random() < 0.3:
        pc += f"-{R.randrange(1000, 9999)}"
    town = R.choice(US_TOWNS if us else UK_TOWNS)
    if R.random() < 0.65:
        ch = chan()
        addr = mixcase(f"{num} {street}")
        if R.random() < 0.25:
            addr = f"Flat {R.randrange(1, 20)}, " + addr
        pcv = R.choice([pc, pc.replace(" ", ""), pc.lower()]) if not us else pc
        c.a("What's the delivery address?")
        if R.random() < 0.4:
            c.c(V(addr, "ADDRESS"), ",")
            c.c(f"{town}")
            c.c(V(pcv, "POSTCODE"), emo())
        else:
            c.c(V(addr, "ADDRESS"), f", {town.title()}, ", V(pcv, "POSTCODE"), emo())
        c.note = f"{ch}/{ix}: {'US' if us else 'UK/IE'} street address and postcode typed"
    else:
        spn = say_housenum(num)
        c.a("and the first line of the address")
        c.c("it's ", V(f"{spn} {street}", "ADDRESS"), f" in {town}")
        c.a("and the post code")
        if us:
            c.c(V(say_digits(pc[:5]), "POSTCODE"))
        else:
            spc = " ".join(say_letter(x, "plain") if x.isalpha() else say_digit(x) for x in pc.replace(" ", ""))
            c.c(R.choice(["", "it's ", "um "]), V(spc, "POSTCODE"))
        c.note = f"call/{ix}: street address and {'zip' if us else 'postcode'} spoken"
    return c


def pos_postcode():
    c = Case("positive", "")
    ix = ind()
    us = R.random() < 0.35
    pc = f"{R.randrange(10000, 99999)}" if us else uk_post()
    if R.random() < 0.6:
        ch = chan()
        c.a("Can you confirm the postcode on the account?")
        val = pc if us else R.choice([pc, pc.replace(" ", ""), pc.lower(), pc.replace(" ", "  ")])
        c.c(R.choice(["its ", "", "postcode ", "zip "]), V(val, "POSTCODE"), f" {R.choice(['thanks', emo(), ''])}")
        c.note = f"{ch}/{ix}: {'zip' if us else 'postcode'} typed alone"
    else:
        c.a("and the postcode")
        if us:
            c.c("zip is ", V(say_digits(pc), "POSTCODE"))
        else:
            spc = " ".join(say_letter(x) if x.isalpha() else say_digit(x) for x in pc.replace(" ", ""))
            c.c(V(spc, "POSTCODE"))
        c.note = f"call/{ix}: {'zip' if us else 'postcode'} spoken"
    return c


def gen_exp():
    return R.randrange(1, 13), R.randrange(26, 33)


def pos_cvv_exp():
    c = Case("positive", "")
    ix = R.choice(["retail", "travel", "telecom", "utilities", "insurance"])
    cv = digits(R.choice([3, 3, 3, 4]))
    mm, yy = gen_exp()
    if R.random() < 0.6:
        ch = chan()
        c.a("And the expiry date and 3 digit code on the back?")
        st = R.choice(["lines", "split", "inline"])
        exv = R.choice([f"{mm:02d}/{yy}", f"{mm:02d}{yy}", f"{mm:02d} / {yy}", f"{MON3[mm - 1]} 20{yy}", f"{mm:02d}-20{yy}"])
        if st == "lines":
            c.c("exp ", V(exv, "EXPIRY"), "\ncvv ", V(cv, "CVV"))
        elif st == "split":
            c.c(V(exv, "EXPIRY"))
            c.c(R.choice(["code ", "cvc "]), V(cv, "CVV"), emo())
        else:
            c.c(f"expires ", V(exv, "EXPIRY"), " and the security code is ", V(cv, "CVV"), f" - total was {noise_typed()}")
        c.note = f"{ch}/{ix}: expiry and cvv typed ({st})"
    else:
        c.a("and the expiry date")
        st = R.choice(["digits", "month", "pairs"])
        if st == "digits":
            exs = say_digits(f"{mm:02d}") + " " + say_digits(f"{yy}")
        elif st == "month":
            exs = f"{MONTHS[mm - 1]} twenty {say_pair_nat(str(yy))}"
        else:
            exs = say_digits(f"{mm:02d}") + " " + say_pair_nat(str(yy))
        c.c(R.choice(["", "it's ", "um "]), V(exs, "EXPIRY"))
        c.a("and the three digits on the back")
        c.c(V(say_digits(cv), "CVV"))
        c.note = f"call/{ix}: expiry ({st}) and cvv spoken in separate turns"
    return c


# ================================================================ NEGATIVE TEMPLATES

def neg_typed():
    ch, ix = chan(), ind()
    c = Case("negative", "")
    k = R.choice(["order", "price", "appt", "flight", "room", "model", "meter", "speed", "claim", "balance",
                  "ticket", "invoice", "pct", "age", "temp", "qty", "contract", "tracking", "hours", "year"])
    if k == "order":
        o = R.randrange(1000000, 9999999999)
        c.c(f"hi my {ty('number')} for the order is #{o} and it still hasnt arrived{emo()}")
        c.a(f"Sorry to hear that! Order {o} shows as dispatched on {R.randrange(1, 28)}/{R.randrange(1, 13)}.")
        note = "order number (up to 10 digits) with its reference word"
    elif k == "price":
        c.c(f"why was i charged £{R.randrange(1, 2000):,}.{R.randrange(10, 99)} when the plan is £{R.randrange(10, 80)}.99/month??")
        c.a(f"I can see a one-off charge of £{R.randrange(5, 150)}.00 plus VAT at 20%.")
        note = "money amounts and a percentage"
    elif k == "appt":
        d = f"{R.randrange(1, 29):02d}/{R.randrange(1, 13):02d}/{R.randrange(2025, 2028)}"
        c.c(f"can i move my appointment from {d} to the following week, anytime after {R.randrange(9, 12)}:30?")
        c.a(f"Of course, I have {R.choice(MONTHS).title()} {R.randrange(1, 28)} at 14:15 available.")
        note = "appointment dates and times (not birth dates)"
    elif k == "flight":
        c.c(f"my flight {R.choice(['BA', 'EI', 'FR', 'UA', 'LH'])}{R.randrange(100, 9999)} on the {R.randrange(1, 28)}th got cancelled, booking ref {''.join(R.choice('ABCDEFGHJKLMNPQRSTUVWXYZ23456789') for _ in range(6))}")
        c.a("I'm sorry, let me look at rebooking options for you.")
        note = "flight number, date and booking reference"
    elif k == "room":
        c.c(f"Staying in room {R.randrange(100, 1500)} for {R.randrange(2, 9)} nights, checkout {R.randrange(10, 12)}am - can I get a late checkout?")
        note = "hotel room number, night count and time"
    elif k == "model":
        c.c(f"the router model is {R.choice(['TP-Link Archer C', 'Hub ', 'SH', 'DG'])}{R.randrange(1000, 99999)} serial no. {R.choice('ABCSN')}{R.randrange(10000000, 99999999)} and its flashing orange{emo()}")
        note = "model and serial number of a device"
    elif k == "meter":
        c.c(f"meter reading today {R.randrange(10000, 99999)} (day) and {R.randrange(1000, 99999):05d} night")
        c.a("Thanks, I've submitted those readings.")
        note = "meter readings"
    elif k == "speed":
        c.c(f"paying for {R.choice([100, 500, 900])}Mbps but speedtest says {R.randrange(3, 80)}.{R.randrange(1, 9)} Mbps, ping {R.randrange(10, 300)}ms")
        note = "broadband speeds and latency"
    elif k == "claim":
        c.c(f"claim number {R.randrange(10000000, 9999999999)} - any update? it's been {R.randrange(2, 12)} weeks")
        c.a(f"Claim {R.randrange(1000, 99999)}-{R.randrange(10, 99)} is with our assessor.")
        note = "claim numbers with their reference word, duration"
    elif k == "balance":
        c.a(f"Your current balance is ${R.randrange(100, 99999):,}.{R.randrange(10, 99)} and the minimum payment of ${R.randrange(25, 300)} is due on the {R.randrange(1, 28)}th.")
        c.c("ok thx")
        note = "account balance, payment amount and due date"
    elif k == "ticket":
        c.c(f"following up on ticket #{R.randrange(100000, 9999999)} (case {R.randrange(10000, 99999999)})")
        note = "ticket and case references"
    elif k == "invoice":
        c.c(f"Invoice INV-{R.randrange(2020, 2026)}-{R.randrange(1000, 999999):06d} dated {R.randrange(1, 28)} {R.choice(MONTHS).title()} {R.randrange(2023, 2027)} shows {R.randrange(2, 40)} units")
        note = "invoice number with year, date and quantity"
    elif k == "pct":
        c.c(f"the rate went from {R.randrange(1, 9)}.{R.randrange(0, 99):02d}% to {R.randrange(10, 29)}.{R.randrange(0, 9)}% APR, thats {R.randrange(20, 99)} quid a month more")
        note = "interest rates and amounts"
    elif k == "age":
        c.c(f"my dad is {R.randrange(65, 95)} and my mum {R.randrange(60, 90)}, can they both get the over-{R.choice([60, 65])}s discount?")
        note = "ages (not dates of birth)"
    elif k == "temp":
        c.c(f"boiler only gets to {R.randrange(30, 60)} degrees, thermostat set to {R.randrange(18, 24)}C, pressure {R.randrange(0, 2)}.{R.randrange(1, 9)} bar")
        note = "temperatures and pressure"
    elif k == "qty":
        c.c(f"need {R.randrange(2, 50)} x item {R.randrange(100000, 999999)} and {R.randrange(1, 12)} packs of SKU-{R.randrange(1000, 99999)}")
        note = "quantities and item/SKU numbers"
    elif k == "contract":
        c.c(f"my contract started {R.randrange(1, 28)}/{R.randrange(1, 13)}/{R.randrange(2019, 2026)} for {R.choice([12, 18, 24, 36])} months so when does it end")
        c.a(f"It ends on {R.randrange(1, 28)} {R.choice(MONTHS).title()} {R.randrange(2026, 2029)}, {R.randrange(30, 400)} days from now.")
        note = "contract start/end dates and durations"
    elif k == "tracking":
        c.c(f"tracking says parcel {R.randrange(1000000000, 9999999999)} at depot since {R.randrange(1, 12)}:{R.randrange(10, 59)}, {R.randrange(1, 5)} of {R.randrange(5, 9)} items")
        note = "tracking reference (10 digits with its reference word), times and counts"
    elif k == "hours":
        c.c(f"ive been on hold {R.randrange(20, 90)} minutes and called {R.randrange(3, 12)} times since {R.choice(['Monday', 'Tuesday', 'last week'])}")
        note = "durations and counts"
    else:
        c.c(f"I've been a customer since {R.randrange(1990, 2020)} and paid {R.randrange(1, 9)},{R.randrange(100, 999)} in {R.randrange(2020, 2026)} alone")
        note = "years and amounts"
    if not c.turns or c.turns[0][0] != "agent":
        c.turns.insert(0, ("agent", [R.choice(["Hi, how can I help today?", "Thanks for contacting us!", "Hello, you're chatting with Sam."])]))
    c.note = f"{ch}/{ix}: {note}"
    return c


def neg_spoken():
    ix = ind()
    c = Case("negative", "")
    k = R.choice(["order", "amount", "time", "ref", "flight", "meter", "date", "room", "count", "balance", "year", "model"])
    c.a("thanks for calling how can i help")
    if k == "order":
        c.c(f"yeah hi i'm ringing about my order the order number is {say_digits(digits(R.choice([7, 8, 9])))}")
        note = "order number read digit by digit after its reference word"
    elif k == "amount":
        c.c(f"you've charged me {R.choice(['one hundred and forty nine pounds ninety nine', 'two thousand three hundred dollars', 'eighty seven euro fifty', 'four hundred and twelve pounds'])} and it should be {R.choice(['forty', 'fifty five', 'twenty nine ninety nine'])}")
        note = "spoken money amounts"
    elif k == "time":
        c.c(f"the engineer said he'd come between {R.choice(['eight', 'nine', 'ten'])} and {R.choice(['twelve', 'one', 'two thirty'])} and i waited {R.choice(['three', 'four'])} hours")
        note = "times and durations"
    elif k == "ref":
        c.c(f"i've got a reference number here it's {say_digits(digits(R.choice([6, 8, 10])))}")
        c.a("okay let me pull that up")
        note = "reference number with its reference word"
    elif k == "flight":
        c.c(f"i'm on flight {R.choice(['e i', 'b a', 'u a'])} {say_digits(digits(3))} on the {R.choice(ORD[1:])} of {R.choice(MONTHS)} and it's been moved to {R.choice(['six forty five', 'seven fifteen', 'eleven'])}")
        note = "flight number, travel date and time"
    elif k == "meter":
        c.c(f"okay the meter reading is {say_digits(digits(5))} and the night one is {say_digits(digits(5))}")
        note = "meter readings spoken"
    elif k == "date":
        c.c(f"the payment went out on the {R.choice(ORD[1:])} of {R.choice(MONTHS)} {say_year(R.randrange(2024, 2027))} and again on the {R.choice(ORD[1:])}")
        note = "payment dates (not birth dates)"
    elif k == "room":
        c.c(f"we're in room {R.choice(['four twelve', 'two oh six', 'eleven oh four', 'three thirty'])} and the air con's stuck at {R.choice(['thirty', 'twenty eight'])} degrees")
        note = "room number and temperature"
    elif k == "count":
        c.c(f"i've got {R.choice(['three', 'four', 'twelve'])} lines on the account and we used {R.choice(['forty', 'sixty five', 'a hundred'])} gig last month")
        note = "counts and data quantities"
    elif k == "balance":
        c.turns[-1] = ("agent", ["thanks for calling how can i help"])
        c.c("hiya can you tell me what i owe")
        c.a(f"so your balance is {R.choice(['three hundred and twelve pounds forty', 'one thousand and eighty dollars', 'fifty six euro'])} and your next bill is on the {R.choice(ORD[1:])}")
        c.c("okay")
        note = "balance and bill date read by agent"
    elif k == "year":
        c.c(f"i've been with you since {say_year(R.randrange(1995, 2020))} and i'm {R.choice(['seventy two', 'sixty eight', 'eighty one'])} now")
        note = "customer-since year and age"
    else:
        c.c(f"it's the {R.choice(['galaxy s twenty four', 'iphone fifteen pro', 'pixel eight'])} and the claim number is {say_digits(digits(8))}")
        note = "phone model and claim number"
    c.note = f"call/{ix}: {note}"
    return c


# ================================================================ extra templates (messier typed channels)

def pos_card_messy():
    d, kind = gen_card()
    ch, ix = chan(), ind()
    c = Case("positive", "")
    st = R.choice(["wait", "spaced", "quoted", "mixedsep", "typo_ctx", "three"])
    c.a(R.choice(["Hiya! To process that I'll need the card number 🙂", "ok whats the card number"]))
    if st == "wait":
        g = newgid()
        c.c(f"ok {ty('its')} ", V(group_card(d[:8]), "CARD_NUMBER", g))
        c.c("wait")
        c.c(R.choice(["sorry kid grabbed my phone ", "lol sorry ", ""]), V(group_card(d[8:]) if len(d) - 8 in (8, 11) else d[8:], "CARD_NUMBER", g))
        c.note = f"{ch}/{ix}: {kind} card split with an interrupting 'wait' message"
    elif st == "spaced":
        c.c(V(" ".join(d), "CARD_NUMBER"), emo())
        c.note = f"{ch}/{ix}: {kind} card typed with a space between every digit"
    elif st == "quoted":
        c.c(f"as per my last email:\n> Card {ty('number')}: ", V(group_card(d), "CARD_NUMBER"), "\n> Amount: £" + f"{R.randrange(20, 400)}.00\nplease action")
        c.note = f"{ch}/{ix}: {kind} card inside a quoted e-mail reply with an amount"
    elif st == "mixedsep":
        gs = group_card(d, " ").split(" ")
        val = gs[0]
        for gg in gs[1:]:
            val += R.choice([" ", "-", "  ", " - "]) + gg
        c.c(f"{ty('here')} {ty('my')} {ty('card')}: ", V(val, "CARD_NUMBER"))
        c.note = f"{ch}/{ix}: {kind} card with inconsistent separators"
    elif st == "typo_ctx":
        c.c(f"cna u take paymnt on {ty('the')} {R.choice(['visa', 'mastercard', 'amex', 'debit'])} ", V(group_card(d, R.choice(["", " "])), "CARD_NUMBER"),
            f" for the {noise_typed()} balnce{emo()}")
        c.note = f"{ch}/{ix}: {kind} card amid typos and an unlabelled amount/reference"
    else:
        g = newgid()
        c.c(V(d[:6], "CARD_NUMBER", g))
        c.c(V(d[6:11], "CARD_NUMBER", g))
        c.c(V(d[11:], "CARD_NUMBER", g), " thats it")
        c.note = f"{ch}/{ix}: {kind} card split unevenly over three messages"
    return c


def pos_card_homophone():
    d, kind = gen_card()
    ix = ind()
    c = Case("positive", "")
    words = say_digits(d, doubles=False).split()
    words = [("for" if w == "four" and R.random() < 0.6 else "to" if w == "two" and R.random() < 0.6 else w) for w in words]
    if "for" not in words and "to" not in words:
        for j, w in enumerate(words):
            if w in ("four", "two"):
                words[j] = "for" if w == "four" else "to"
                break
    c.a("and the card number please")
    c.c("yeah it's ", V(" ".join(words), "CARD_NUMBER"))
    c.a("thank you and the expiry")
    mm, yy = gen_exp()
    c.c(V(say_digits(f"{mm:02d}") + " " + say_pair_nat(str(yy)), "EXPIRY"))
    c.note = f"call/{ix}: {kind} card with ASR homophones ('for', 'to') and spoken expiry"
    return c


def pos_email_obf():
    user, dom = gen_email()
    ch, ix = chan(), ind()
    c = Case("positive", "")
    ud = dom.split(".")
    st = R.choice(["words", "brackets", "paren", "spaces"])
    if st == "words":
        val = user + " at " + " dot ".join(ud)
    elif st == "brackets":
        val = user + " [at] " + " [dot] ".join(ud)
    elif st == "paren":
        val = user + "(at)" + ".".join(ud)
    else:
        val = user + " @ " + ".".join(ud)
    c.a("Can I grab an email address for the receipt?")
    c.c(R.choice(["sure its ", "", f"{ty('email')}: "]), V(val, "EMAIL"), R.choice([" (dont want spam lol)", emo(), ""]))
    c.note = f"{ch}/{ix}: email typed obfuscated ({st})"
    return c


def pos_combo_typed():
    ch, ix = chan(), ind()
    c = Case("positive", "")
    y, m, dd = R.randrange(1945, 2004), R.randrange(1, 13), R.randrange(1, 29)
    dob = R.choice([f"{dd:02d}/{m:02d}/{str(y)[2:]}", f"{dd}/{m}/{y}", f"{dd} {MON3[m - 1]} {y}"])
    pc = uk_post()
    st = R.choice(["idcheck", "signature", "nisms"])
    if st == "idcheck":
        c.a("For security can you confirm your DOB and postcode?")
        c.c(f"{R.choice(FIRST).title()} {R.choice(LAST).title()}, dob ", V(dob, "DOB"), " pc ", V(R.choice([pc, pc.lower(), pc.replace(' ', '')]), "POSTCODE"), emo())
        c.note = f"{ch}/{ix}: name, date of birth and postcode in one message"
    elif st == "signature":
        while True:
            d, typed, k = gen_phone()
            if k.startswith("uk"):
                break
        fn, ln = R.choice(FIRST), R.choice(LAST)
        user, dom = gen_email(fn, ln)
        num = R.randrange(1, 200)
        c.c(f"Hi, please cancel my direct debit from next month.\n\nThanks\n{fn.title()} {ln.title()}\n",
            V(f"{num} {R.choice(STREETS).title()} {R.choice(SUFFIX).title()}", "ADDRESS"), f"\n{R.choice(['Leeds', 'Manchester', 'Bristol', 'York', 'Brighton', 'Glasgow'])}\n",
            V(pc, "POSTCODE"), "\nTel: ", V(typed, "PHONE"), "\n", V(f"{user}@{dom}", "EMAIL"))
        c.a("Thanks, I've cancelled that for you.")
        c.note = f"email/{ix}: customer e-mail signature block with address, postcode, phone and e-mail"
    else:
        n = gen_ni()
        c.a("To update your record I need your NI number and date of birth")
        c.c(V(ni_typed(n), "NI_NUMBER"))
        c.c(f"and {ty('my')} dob {ty('is')} ", V(dob, "DOB"))
        c.note = f"{ch}/{ix}: NI number and date of birth in consecutive messages"
    return c


def pos_address_more():
    c = Case("positive", "")
    ch, ix = chan(), R.choice(["retail", "utilities", "telecom", "insurance"])
    num = R.randrange(1, 400)
    st = R.choice(["apt", "us", "lower", "newline"])
    street = f"{R.choice(STREETS)} {R.choice(SUFFIX)}"
    c.a("Where should we send the replacement?")
    if st == "apt":
        c.c(V(f"Apt {R.randrange(1, 40)}{R.choice('ABCD')}, {num} {street.title()}", "ADDRESS"), f", {R.choice(['Austin, TX', 'Denver, CO', 'Portland, OR'])} ",
            V(f"{R.randrange(10000, 99999)}", "POSTCODE"))
    elif st == "us":
        z = f"{R.randrange(10000, 99999)}-{R.randrange(1000, 9999)}"
        c.c(V(f"{num} {R.choice(['N', 'S', 'E', 'W'])} {street.title()}", "ADDRESS"), " ", V(z, "POSTCODE"), emo())
    elif st == "lower":
        c.c("same as before? no its changed to ", V(f"{num} {street}", "ADDRESS"), f" {R.choice(UK_TOWNS)} ", V(uk_post().lower().replace(" ", ""), "POSTCODE"))
    else:
        c.c(V(f"{num} {street.upper()}", "ADDRESS"))
        c.c(R.choice(UK_TOWNS).upper())
        c.c(V(uk_post(), "POSTCODE"), " thanks")
    c.note = f"{ch}/{ix}: delivery address typed ({st})"
    return c


def neg_talk():
    ch, ix = chan(), ind()
    c = Case("negative", "")
    k = R.choice(["nodetails", "later", "change", "policy", "version", "working"])
    if k == "nodetails":
        c.a("Could you send your card number, expiry and CVV please?")
        c.c(f"i'd rather not send my card {ty('number')} over chat tbh, can i ring you instead?{emo()}")
        note = "talk about card details without giving any"
    elif k == "later":
        c.c(f"i'll email my sort code and {ty('account')} {ty('number')} later, what {ty('email')} do i use?")
        c.a("You can reply to this message, no need to send bank details here.")
        note = "PII field names mentioned but no values"
    elif k == "change":
        c.c(f"how do i change the {ty('phone')} {ty('number')} and date of birth on my profile")
        c.a(f"Go to Settings > Profile; changes take 24-48 hours and you'll get a text within {R.randrange(5, 30)} minutes.")
        note = "profile fields discussed, only durations given"
    elif k == "policy":
        c.a(f"Policy {R.choice('HPMC')}{R.randrange(1000000, 9999999)} renews on {R.randrange(1, 28)}/{R.randrange(1, 13)}/{R.randrange(2026, 2028)} at £{R.randrange(200, 900)}.{R.randrange(10, 99)} a year.")
        c.c(f"thats £{R.randrange(30, 120)} more than last year!!")
        note = "policy reference, renewal date and premium"
    elif k == "version":
        c.c(f"app version {R.randrange(1, 9)}.{R.randrange(0, 20)}.{R.randrange(0, 9)} on iOS {R.randrange(15, 18)}.{R.randrange(0, 5)}, error code {R.randrange(400, 599)} when i pay")
        note = "app version numbers and an error code"
    else:
        c.c(f"open 24/7? or only 9-5? need to visit before {R.randrange(1, 6)}.30 on {R.choice(['Fri', 'Sat', 'Mon'])} {R.randrange(1, 28)}{R.choice(['th', 'st'])}")
        note = "opening hours and times"
    if c.turns[0][0] != "agent":
        c.turns.insert(0, ("agent", ["Hi, how can I help today?"]))
    c.note = f"{ch}/{ix}: {note}"
    return c


def pos_sort():
    c = Case("positive", "")
    sc = digits(6)
    ix = R.choice(["banking", "utilities", "government services", "retail"])
    if R.random() < 0.6:
        ch = chan()
        c.a("Which bank is the payment going to?")
        val = R.choice([f"{sc[:2]}-{sc[2:4]}-{sc[4:]}", f"{sc[:2]}–{sc[2:4]}–{sc[4:]}", f"{sc[:2]}/{sc[2:4]}/{sc[4:]}", sc])
        c.c(f"{ty('the')} sort code {ty('is')} ", V(val, "SORT_CODE"), R.choice([" is that natwest?", " (halifax i think)", emo()]))
        c.note = f"{ch}/{ix}: sort code typed alone with unusual separators"
    else:
        c.a("can you read me the sort code")
        g = newgid()
        c.c(V(say_pair_nat(sc[:2]) if sc[0] != "0" else say_digits(sc[:2]), "SORT_CODE", g))
        c.a("yep")
        c.c(V(say_pair(sc[2:4]) if sc[2] != "0" else say_digits(sc[2:4]), "SORT_CODE", g), " ", V(say_pair_nat(sc[4:]) if sc[4] != "0" else say_digits(sc[4:]), "SORT_CODE", g))
        c.note = f"call/{ix}: sort code read as pairs over two turns"
    return c


# ================================================================ normalising + validation

WORD_DIGIT = {w: str(i) for i, w in enumerate(UNITS)}
WORD_DIGIT.update({"oh": "0", "o": "0", "nought": "0", "nil": "0"})
HOMO = {"to": "2", "too": "2", "for": "4", "won": "1", "ate": "8"}
TEEN_D = {w: str(10 + i) for i, w in enumerate(TEENS)}
TENS_D = {w: str(i) for i, w in enumerate(TENS) if w}
NATO_WORDS = set()
for _v in list(NATO.values()) + list(ALT_NAMES.values()):
    NATO_WORDS.update(_v.split())
IGNORE = {"um", "uh", "er", "erm", "and", "plus", "dash", "slash", "space", "then", "no", "hang", "on", "sorry"}


def spoken_norm(text: str, letters: bool) -> str:
    """Turn a (typed or spoken) value into upper-case alphanumerics."""
    if re.search(r"\d", text):  # typed value: keep letters and digits as they are
        return re.sub(r"[^A-Za-z0-9]", "", text).upper()
    text = re.sub(r"\btwo thousand and\b|\btwo thousand\b(?= \w)", "two oh", text)
    text = re.sub(r"\btwo thousand\b", "two oh oh oh", text)
    toks = re.findall(r"[A-Za-z]+|\d+", text)
    toks = [t.lower() for t in toks]
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if t.isdigit():
            out.append(t)
        elif t in ("double", "triple") and nxt is not None:
            rep = 2 if t == "double" else 3
            d = WORD_DIGIT.get(nxt) or (nxt if len(nxt) == 1 else None)
            if d is None:
                raise ValueError(f"bad {t} {nxt}")
            out.append(d.upper() * rep)
            i += 1
        elif t in TENS_D:
            if nxt in WORD_DIGIT and WORD_DIGIT[nxt] != "0" and nxt not in ("o", "oh"):
                out.append(TENS_D[t] + WORD_DIGIT[nxt])
                i += 1
            else:
                out.append(TENS_D[t] + "0")
        elif t in TEEN_D:
            out.append(TEEN_D[t])
        elif letters and len(t) == 1 and (t != "o" or nxt == "for"):
            out.append(t.upper())
            if nxt == "for":
                i += 2
                if toks[i] == "x" and i + 1 < len(toks) and toks[i + 1] == "ray":
                    i += 1
        elif t in WORD_DIGIT:
            out.append(WORD_DIGIT[t])
        elif not letters and t in HOMO:
            out.append(HOMO[t])
        elif t in IGNORE:
            pass
        elif letters and len(t) <= 4 and t.isalpha() and re.fullmatch(r"[a-z]+", t) and t not in NATO_WORDS:
            out.append(t.upper())  # typed letter runs like 'ab', 'nwbk'
        else:
            raise ValueError(f"unexpected token {t!r} in {text!r}")
        i += 1
    return "".join(out).upper()


UK_PC = re.compile(r"^(GIR0AA|[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2})$")


def norm_email(text: str) -> str:
    text = re.sub(r"\s*[\[(]at[\])]\s*", "@", text)
    text = re.sub(r"\s*\[dot\]\s*", ".", text)
    text = re.sub(r"\s*@\s*", "@", text)
    if "@" in text:
        return text
    s = " " + text.lower() + " "
    s = s.replace(" dot ", ".").replace(" at ", "@").replace(" underscore ", "_")
    s = re.sub(r"(?:(?<=[ .@_])|^)((?:double |triple )?(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)(?: (?:double |triple )?(?:zero|oh|one|two|three|four|five|six|seven|eight|nine))*)(?=[ .@_]|$)",
               lambda m: spoken_norm(m.group(1), False), s.strip())
    return s.replace(" ", "")


def validate_value(typ: str, text: str, frag: bool = False):
    if typ == "EMAIL":
        e = norm_email(text)
        if frag:
            return None
        if not re.fullmatch(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+", e):
            return f"bad email {e!r}"
        return None
    if typ in ("DOB", "EXPIRY"):
        low = text.lower()
        if any(m in low for m in MONTHS) or any(re.search(r"\b" + m + r"\b", low) for m in MON3):
            return None
        try:
            s = spoken_norm(text, False)
        except ValueError as e:
            if typ == "DOB" and any(o in low for o in ORD[1:]):
                return None
            return str(e)
        if typ == "EXPIRY" and not (3 <= len(s) <= 6 and 1 <= int(s[:2] if len(s) in (4, 6) else s[:1]) <= 12):
            return f"bad expiry {s}"
        if typ == "DOB" and not (4 <= len(s) <= 8):
            return f"bad dob {s}"
        return None
    if typ == "ADDRESS":
        low = text.lower()
        if not re.search(r"\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|teen|ty", low):
            return "address without number"
        if not any(low.split()[-1] == s for s in SUFFIX):
            return "address without street suffix"
        return None
    letters = typ in ("NI_NUMBER", "POSTCODE", "IBAN")
    try:
        s = spoken_norm(text, letters)
    except ValueError as e:
        return str(e)
    if frag:
        return None
    if typ == "CARD_NUMBER":
        return None if s.isdigit() and 13 <= len(s) <= 19 and luhn_ok(s) else f"bad card {s}"
    if typ == "CVV":
        return None if s.isdigit() and len(s) in (3, 4) else f"bad cvv {s}"
    if typ == "SSN":
        return None if s.isdigit() and len(s) == 9 and s[:3] not in ("000", "666") and s[0] != "9" else f"bad ssn {s}"
    if typ == "NI_NUMBER":
        return None if re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", s) and s[:2] not in NI_BAD_PAIRS else f"bad ni {s}"
    if typ == "SORT_CODE":
        return None if s.isdigit() and len(s) == 6 else f"bad sort {s}"
    if typ == "BANK_ACCOUNT":
        return None if s.isdigit() and 6 <= len(s) <= 17 else f"bad acct {s}"
    if typ == "IBAN":
        return None if iban_valid(s) else f"bad iban {s}"
    if typ == "PHONE":
        return None if s.isdigit() and 9 <= len(s) <= 14 else f"bad phone {s}"
    if typ == "POSTCODE":
        return None if UK_PC.match(s) or re.fullmatch(r"\d{5}(\d{4})?", s) else f"bad postcode {s}"
    return f"unknown type {typ}"


# ================================================================ build

def build():
    global R
    R = random.Random(SEED)
    GROUP_COUNTER[0] = 0
    plan = ([pos_card_typed] * 24 + [pos_card_spoken] * 14 + [pos_ssn] * 34 + [pos_ni] * 34 + [pos_bank] * 22 +
            [pos_iban] * 18 + [pos_phone] * 18 + [pos_email] * 16 + [pos_dob] * 16 + [pos_address] * 14 +
            [pos_postcode] * 8 + [pos_cvv_exp] * 16 + [pos_card_messy] * 14 + [pos_card_homophone] * 6 +
            [pos_email_obf] * 8 + [pos_combo_typed] * 14 + [pos_address_more] * 10 + [pos_sort] * 8)
    R.shuffle(plan)
    pos = [f() for f in plan]
    negplan = [neg_typed] * 84 + [neg_spoken] * 40 + [neg_talk] * 20
    R.shuffle(negplan)
    neg = [f() for f in negplan]
    objs, metas = [], []
    for i, c in enumerate(pos, 1):
        o, m = render(c, i)
        objs.append(o)
        metas.append(m)
    for i, c in enumerate(neg, 1):
        o, m = render(c, i)
        objs.append(o)
        metas.append(m)
    text = "".join(json.dumps(o, ensure_ascii=False) + "\n" for o in objs)
    return text, objs, metas


def counts(objs):
    cnt = Counter()
    for o in objs:
        for s in o["spans"]:
            cnt[s["type"]] += 1
    return cnt


def verify(text, objs, metas):
    errs = []
    ids = [o["id"] for o in objs]
    if len(ids) != len(set(ids)):
        errs.append("duplicate ids")
    file_objs = [json.loads(l) for l in text.splitlines()]
    for o, meta in zip(file_objs, metas):
        oid = o["id"]
        if o["kind"] not in ("positive", "negative"):
            errs.append(f"{oid}: bad kind")
        if o["kind"] == "negative" and o["spans"]:
            errs.append(f"{oid}: negative with spans")
        if o["kind"] == "positive" and not o["spans"]:
            errs.append(f"{oid}: positive without spans")
        for t in o["turns"]:
            if t["speaker"] not in ("agent", "customer") or not t["text"]:
                errs.append(f"{oid}: bad turn")
        seen = []
        groups = {}
        for s, gid in zip(o["spans"], meta):
            if s["type"] not in TYPES:
                errs.append(f"{oid}: bad type {s['type']}")
            if not (0 <= s["turn"] < len(o["turns"])):
                errs.append(f"{oid}: bad turn index")
                continue
            tx = o["turns"][s["turn"]]["text"]
            st, en = s["start"], s["end"]
            if not (0 <= st < en <= len(tx)):
                errs.append(f"{oid}: offsets out of range")
                continue
            frag = tx[st:en]
            if frag != frag.strip() or not (frag[0].isalnum() or frag[0] in "+(") or not frag[-1].isalnum():
                errs.append(f"{oid}: span not trimmed {frag!r}")
            if st > 0 and tx[st - 1].isalnum():
                errs.append(f"{oid}: span start not on word boundary {frag!r}")
            if en < len(tx) and tx[en].isalnum():
                errs.append(f"{oid}: span end not on word boundary {frag!r}")
            for (t2, a2, b2) in seen:
                if t2 == s["turn"] and a2 < en and st < b2:
                    errs.append(f"{oid}: overlapping spans")
            seen.append((s["turn"], st, en))
            if gid is None:
                e = validate_value(s["type"], frag)
                if e:
                    errs.append(f"{oid}: {e}")
            elif gid == "F":
                e = validate_value(s["type"], frag, frag=True)
                if e:
                    errs.append(f"{oid}: {e}")
            else:
                e = validate_value(s["type"], frag, frag=True)
                if e:
                    errs.append(f"{oid}: {e}")
                groups.setdefault(gid, []).append((s["type"], frag))
        for gid, parts in groups.items():
            typ = parts[0][0]
            if typ == "EMAIL":
                joined = "@".join(p[1] for p in parts)
            else:
                joined = " ".join(p[1] for p in parts)
            e = validate_value(typ, joined)
            if e:
                errs.append(f"{oid}: group {e}")
    cnt = counts(objs)
    npos = sum(o["kind"] == "positive" for o in objs)
    nneg = len(objs) - npos
    if npos < 170 or nneg < 100:
        errs.append(f"too few cases pos={npos} neg={nneg}")
    for t in TYPES:
        need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
        if cnt[t] < need:
            errs.append(f"type {t} has {cnt[t]} spans < {need}")
    return errs, cnt, npos, nneg


def readme(cnt, npos, nneg, objs):
    typed = sum(1 for o in objs if not o["note"].startswith("call/"))
    rows = "\n".join(f"| {t} | {cnt[t]} |" for t in TYPES)
    return f"""# pii_holdout24 — held-out PII redaction evaluation set

**Never use this set for tuning.** It exists only to measure the redactor on data
it was not developed against. Do not add these cases to training data, do not
tweak patterns until these cases pass, and do not copy them into other fixtures.

## Who wrote it and how

Written by an AI helper acting as an independent test author. The author did
**not** see the redaction code, its tests, its documentation or the other
held-out sets; it only saw a three-line example of the JSONL format. Cases are
produced by `scripts/make_pii_holdout24.py` (standard library only, one seeded
`random.Random({SEED})`), built from template functions in which every turn is
assembled from plain-text segments and `(value, TYPE)` segments, so offsets are
computed rather than typed by hand. `python scripts/make_pii_holdout24.py --check`
regenerates the file, verifies it is byte-identical, and validates ids, offsets,
word boundaries, non-overlap and every value (Luhn for cards, mod-97 for IBANs,
NI number shape, 9 digits for SSNs, 6 for sort codes, digit counts for CVV /
phone / account, postcode shapes) after normalising spoken forms.

## Contents

- {npos} positive cases, {nneg} negative cases ({len(objs)} total).
- {typed} cases are typed channels (web chat, SMS, e-mail bodies, social DMs,
  app chat, WhatsApp) with messy typing: values split over several messages,
  typos in the surrounding words, odd separators (dashes, dots, no-break spaces),
  mixed case, emojis, signature / copy-paste artefacts. The rest are phone calls
  written as an ASR transcript (lower case, numbers as words, "oh"/"o"/"nought"
  for zero, "double"/"triple", pairs such as "forty one", letters as "b for
  bravo", e-mails as "j dot doe at gmail dot com", values split over turns with
  agent back-channels, self-corrections, agent read-backs).
- Industries: banking, telecom, utilities, retail, insurance, travel, healthcare
  billing, government services; UK, US, Ireland and EU values.

Spans per type:

| type | spans |
|---|---|
{rows}

## Annotation conventions

- A span covers the value only: lead-in words ("it's", "card number is",
  "SSN:") and trailing words/emojis are outside it. Separators inside the value
  (spaces, dashes, dots, slashes, no-break spaces) are inside it.
- Spoken values: the span runs from the first to the last spoken token of the
  value, including "double"/"triple", "for bravo"-style spellings and filler
  words ("um", "uh") that occur *inside* the reading.
- A value split across turns or messages gets one span per piece, each labelled
  with the value's type; the back-channels between them are not labelled.
- Self-corrections: the material actually belonging to the final value is
  labelled; a single misspoken digit that is immediately retracted is left
  unlabelled. A retracted partial NI prefix that is then re-read is labelled.
- Agent read-backs of a value are labelled as well as the customer's reading.
- ADDRESS is the street line: optional flat number, house number, street name
  and street type ("Flat 3, 18 Kings Road", "forty two maple avenue"); the town
  is not labelled; the postcode/ZIP is a separate POSTCODE span.
- EXPIRY covers the month and year; DOB covers the full date as given
  (including the year when said in a later turn, as a separate span).
- Unlabelled non-PII numbers (order/ticket/claim references, amounts, times,
  routing numbers, BIC codes) may appear in positive cases next to the PII.
- Negative cases have no spans; nothing in them should be redacted.
"""


def main():
    check = "--check" in sys.argv[1:]
    text, objs, metas = build()
    errs, cnt, npos, nneg = verify(text, objs, metas)
    rd = readme(cnt, npos, nneg, objs)
    if check:
        if not CASES.exists() or CASES.read_text(encoding="utf-8") != text:
            errs.append("cases.jsonl differs from regenerated output")
        if not README.exists() or README.read_text(encoding="utf-8") != rd:
            errs.append("README.md differs from regenerated output")
        text2, _, _ = build()
        if text2 != text:
            errs.append("generator not deterministic")
    else:
        OUT_DIR.mkdir(parents=True, exist_ok=True)
        CASES.write_text(text, encoding="utf-8")
        README.write_text(rd, encoding="utf-8")
    print(f"cases: {len(objs)} (positive {npos}, negative {nneg})")
    for t in TYPES:
        print(f"  {t:13s} {cnt[t]}")
    if errs:
        print(f"{len(errs)} problem(s):")
        for e in errs[:60]:
            print("  " + e)
        sys.exit(1)
    print("OK" + (" (check passed)" if check else " (written)"))


if __name__ == "__main__":
    main()

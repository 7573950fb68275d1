#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set ``pii_holdout62``.

Written by an AI helper acting as an independent test author that did not
see the redaction code.  Standard library only.  Output is byte-for-byte
reproducible (single ``random.Random(62261123)``).

    python scripts/make_pii_holdout62.py          # write fixture + README
    python scripts/make_pii_holdout62.py --check  # regenerate and verify

Never use this set for tuning.
"""
from __future__ import annotations

import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

SEED = 62261123
ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "tests" / "fixtures" / "pii_holdout62"
CASES = OUT_DIR / "cases.jsonl"
README = OUT_DIR / "README.md"

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

R = random.Random(SEED)

# ---------------------------------------------------------------------------
# spoken-number helpers
# ---------------------------------------------------------------------------
ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
       "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
       "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth",
       "twenty first", "twenty second", "twenty third", "twenty fourth", "twenty fifth",
       "twenty sixth", "twenty seventh", "twenty eighth", "twenty ninth", "thirtieth",
       "thirty first"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo",
        "f": "foxtrot", "g": "golf", "h": "hotel", "i": "india", "j": "juliet",
        "k": "kilo", "l": "lima", "m": "mike", "n": "november", "o": "oscar",
        "p": "papa", "q": "quebec", "r": "romeo", "s": "sierra", "t": "tango",
        "u": "uniform", "v": "victor", "w": "whiskey", "x": "xray", "y": "yankee",
        "z": "zulu"}
WORDY = {"a": "apple", "b": "boy", "c": "charlie", "d": "david", "e": "edward",
         "h": "harry", "j": "john", "k": "king", "l": "london", "m": "mary",
         "n": "nancy", "p": "peter", "r": "robert", "s": "sam", "t": "tom",
         "w": "william", "y": "yellow", "z": "zebra", "g": "george", "x": "xray"}


def zero_word(style: str) -> str:
    if style == "uk":
        return R.choice(["oh", "nought", "zero", "oh"])
    return R.choice(["zero", "oh", "o", "zero", "oh"])


def say_digits(s: str, zstyle: str = "us", groups: bool = True, dbl: float = 0.5,
               filler: float = 0.0) -> str:
    """Digit-by-digit reading with optional double/triple and fillers."""
    out = []
    i = 0
    while i < len(s):
        d = s[i]
        run = 1
        while i + run < len(s) and s[i + run] == d and run < 3:
            run += 1
        w = zero_word(zstyle) if d == "0" else ONES[int(d)]
        if run == 3 and R.random() < dbl:
            out.append("triple " + w)
            i += 3
        elif run >= 2 and R.random() < dbl:
            out.append("double " + w)
            i += 2
        else:
            out.append(w)
            i += 1
        if filler and i < len(s) and R.random() < filler:
            out.append(R.choice(["um", "uh", "er"]))
    return " ".join(out)


def say_pair(p: str, zstyle: str = "us") -> str:
    a, b = int(p[0]), int(p[1])
    if a == 0:
        return zero_word(zstyle) + " " + ONES[b] if b else zero_word(zstyle) + " " + zero_word(zstyle)
    if a == 1:
        return TEENS[b]
    return TENS[a] + ("" if b == 0 else " " + ONES[b])


def say_pairs(s: str, zstyle: str = "us") -> str:
    out = []
    if len(s) % 2:
        d = s[0]
        out.append(zero_word(zstyle) if d == "0" else ONES[int(d)])
        s = s[1:]
    for i in range(0, len(s), 2):
        p = s[i:i + 2]
        if p[1] == "0" and p[0] not in "01" and i + 2 < len(s):
            # "eighty" followed by another number word would be ambiguous
            out.append(ONES[int(p[0])] + " " + zero_word(zstyle))
        else:
            out.append(say_pair(p, zstyle))
    return " ".join(out)


def say_mixed(groups, zstyle="us"):
    """Each group read either digit-by-digit or as pairs."""
    out = []
    for k, g in enumerate(groups):
        if len(g) % 2 == 0 and R.random() < 0.4 and not (g[-1] == "0" and k < len(groups) - 1):
            out.append(say_pairs(g, zstyle))
        else:
            out.append(say_digits(g, zstyle))
    return out


def say_year(y: int) -> str:
    if 2000 <= y <= 2009:
        return R.choice(["two thousand " + ONES[y - 2000] if y > 2000 else "two thousand",
                         "two thousand and " + ONES[y - 2000] if y > 2000 else "two thousand"])
    return say_pair(str(y)[:2]) + " " + say_pair(str(y)[2:])


def say_number(n: int) -> str:
    """Cardinal for 1..9999 (house numbers)."""
    if n < 10:
        return ONES[n]
    if n < 100:
        return say_pair(str(n))
    if n < 1000:
        h, rest = divmod(n, 100)
        if rest == 0:
            return ONES[h] + " hundred"
        if R.random() < 0.5:
            return ONES[h] + " " + say_pair("%02d" % rest)
        return ONES[h] + " hundred " + ("and " if R.random() < 0.3 else "") + say_number(rest)
    s = str(n)
    if s[2] == "0" and s[3] != "0":
        return say_pair(s[:2]) + " oh " + ONES[int(s[3])]
    return say_pair(s[:2]) + " " + say_pair(s[2:])


def letter(c: str, mode: str) -> str:
    c = c.lower()
    if mode == "nato":
        return c + " for " + NATO[c]
    if mode == "as":
        return c + " as in " + WORDY.get(c, NATO[c])
    return c


# ---------------------------------------------------------------------------
# value generators
# ---------------------------------------------------------------------------
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


def gen_card(kind: str | None = None) -> str:
    kind = kind or R.choice(["visa", "visa", "mc", "mc", "amex", "disc"])
    if kind == "visa":
        pre, ln = "4" + "".join(R.choice("0123456789") for _ in range(5)), 16
    elif kind == "mc":
        pre, ln = str(R.randint(51, 55)) + "".join(R.choice("0123456789") for _ in range(4)), 16
    elif kind == "amex":
        pre, ln = R.choice(["34", "37"]) + "".join(R.choice("0123456789") for _ in range(4)), 15
    else:
        pre, ln = "6011" + "".join(R.choice("0123456789") for _ in range(2)), 16
    body = pre + "".join(R.choice("0123456789") for _ in range(ln - len(pre) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def brand(num: str) -> str:
    if num[0] == "4":
        return "a visa"
    if num[0] == "5":
        return "a mastercard"
    if num[:2] in ("34", "37"):
        return "an american express"
    return "a discover"


def card_groups(num: str):
    if len(num) == 15:
        return [num[:4], num[4:10], num[10:]]
    return [num[i:i + 4] for i in range(0, len(num), 4)]


def gen_ssn() -> str:
    while True:
        a = R.randint(1, 899)
        if a == 666:
            continue
        return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


NI_BAD1 = set("DFIQUV")
NI_BAD2 = set("DFIOQUV")


def gen_ni() -> str:
    while True:
        a = R.choice("ABCEGHJKLMNOPRSTWXYZ")
        b = R.choice("ABCEGHJKLMNPRSTWXYZ")
        if a + b in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            continue
        return a + b + "".join(R.choice("0123456789") for _ in range(6)) + R.choice("ABCD")


def gen_digits(n: int, first_nonzero=True) -> str:
    s = "".join(R.choice("0123456789") for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = str(R.randint(1, 9)) + s[1:]
    return s


def iban_check(country: str, bban: str) -> str:
    rearr = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in rearr)
    return "%02d" % (98 - int(num) % 97)


def gen_iban(country: str | None = None) -> str:
    country = country or R.choice(["GB", "IE", "DE", "FR", "NL", "ES", "IE", "GB"])
    if country == "GB":
        bban = R.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + gen_digits(14, False)
    elif country == "IE":
        bban = R.choice(["AIBK", "BOFI", "IPBS"]) + gen_digits(14, False)
    elif country == "DE":
        bban = gen_digits(18, False)
    elif country == "FR":
        bban = gen_digits(23, False)
    elif country == "NL":
        bban = R.choice(["ABNA", "RABO", "INGB"]) + gen_digits(10, False)
    else:
        bban = gen_digits(20, False)
    return country + iban_check(country, bban) + bban


def iban_ok(s: str) -> bool:
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    num = "".join(str(int(c, 36)) for c in s[4:] + s[:4])
    return int(num) % 97 == 1


def group4(s: str, sep=" ") -> str:
    return sep.join(s[i:i + 4] for i in range(0, len(s), 4))


US_AREAS = ["212", "312", "415", "617", "713", "305", "404", "206", "503", "602", "720",
            "214", "919", "615", "813", "901", "510", "646", "773", "801", "971", "267"]


def gen_us_phone() -> str:
    return R.choice(US_AREAS) + str(R.randint(2, 9)) + gen_digits(2, False) + gen_digits(4, False)


def gen_uk_mobile() -> str:
    return "07" + str(R.choice([4, 5, 7, 8, 9])) + gen_digits(8, False)


FIRST = ["james", "maria", "dwayne", "kelly", "rosa", "tyler", "aisha", "brandon", "linda",
         "marcus", "jenny", "carlos", "sean", "niamh", "priya", "derek", "tanya", "omar",
         "heather", "luis", "siobhan", "gareth", "chloe", "ravi"]
LAST = ["johnson", "garcia", "okafor", "miller", "nguyen", "reyes", "patel", "walsh",
        "brennan", "thompson", "hughes", "kowalski", "murphy", "davis", "lopez", "schultz",
        "fitzgerald", "oneill", "barnes", "chen"]
DOMAINS = ["gmail.com", "yahoo.com", "hotmail.com", "outlook.com", "aol.com", "icloud.com",
           "comcast.net", "att.net", "btinternet.com", "eircom.net", "proton.me"]


def gen_email_parts():
    f, l = R.choice(FIRST), R.choice(LAST)
    style = R.randint(0, 4)
    if style == 0:
        user = [f, ".", l]
    elif style == 1:
        user = [f[0], l, str(R.randint(10, 99))]
    elif style == 2:
        user = [f, "_", l]
    elif style == 3:
        user = [f, l[0], str(R.randint(1970, 2001))]
    else:
        user = [f, ".", l, str(R.randint(1, 9))]
    return user, R.choice(DOMAINS)


def email_typed(user, dom):
    s = "".join(user) + "@" + dom
    return s if R.random() < 0.8 else s.capitalize()


def email_spoken(user, dom):
    out = []
    for p in user:
        if p == ".":
            out.append("dot")
        elif p == "_":
            out.append(R.choice(["underscore", "underscore"]))
        elif p.isdigit():
            out.append(say_digits(p) if R.random() < 0.5 else say_pairs(p))
        elif len(p) == 1:
            out.append(p)
        else:
            out.append(p)
    d1, d2 = dom.split(".")
    out.append("at")
    out.append(d1)
    out.append("dot")
    out.append(d2)
    return " ".join(out)


STREETS = ["maple", "oak", "elm", "cedar", "washington", "lincoln", "park", "lake",
           "hillcrest", "sunset", "pine", "willow", "jefferson", "madison", "franklin",
           "ridgeview", "magnolia", "chestnut", "highland", "riverside", "church", "mill"]
SUFFIX_T = ["Street", "St", "Avenue", "Ave", "Road", "Rd", "Drive", "Dr", "Lane", "Ln",
            "Boulevard", "Blvd", "Court", "Ct", "Way", "Place", "Pl", "Terrace", "Circle"]
SUFFIX_S = ["street", "avenue", "road", "drive", "lane", "boulevard", "court", "way",
            "place", "terrace", "circle", "parkway"]
UK_TOWN = {"SW": "London", "M": "Manchester", "B": "Birmingham", "LS": "Leeds", "E": "London", "N": "London",
           "NW": "London", "G": "Glasgow", "CF": "Cardiff", "BS": "Bristol", "EH": "Edinburgh", "L": "Liverpool",
           "NE": "Newcastle", "RG": "Reading"}
UK_STREETS = ["high street", "church lane", "station road", "victoria road", "mill lane",
              "park avenue", "the crescent", "kings road", "manor close", "green lane"]
US_CITIES = [("Springfield", "IL", "627"), ("Austin", "TX", "787"), ("Columbus", "OH", "432"),
             ("Denver", "CO", "802"), ("Tampa", "FL", "336"), ("Phoenix", "AZ", "850"),
             ("Raleigh", "NC", "276"), ("Portland", "OR", "972"), ("Nashville", "TN", "372"),
             ("Albany", "NY", "122"), ("Madison", "WI", "537"), ("Boise", "ID", "837")]


def gen_zip(prefix=None) -> str:
    return (prefix or gen_digits(3)) + gen_digits(2, False)


def gen_uk_postcode() -> str:
    area = R.choice(["SW", "M", "B", "LS", "E", "N", "NW", "G", "CF", "BS", "EH", "L", "NE", "RG"])
    district = str(R.randint(1, 19))
    if area == "SW" and R.random() < 0.3:
        district = "1A"
    inward = str(R.randint(0, 9)) + R.choice("ABDEFGHJLNPQRSTUWXYZ") + R.choice("ABDEFGHJLNPQRSTUWXYZ")
    return area + district + " " + inward


def gen_dob():
    y = R.randint(1938, 2004)
    m = R.randint(1, 12)
    d = R.randint(1, 28)
    return y, m, d


# ---------------------------------------------------------------------------
# case builder
# ---------------------------------------------------------------------------
class Case:
    def __init__(self):
        self.turns = []
        self.spans = []

    def t(self, speaker, *segs):
        text = ""
        idx = len(self.turns)
        for seg in segs:
            if isinstance(seg, tuple):
                val, typ = seg
                self.spans.append({"turn": idx, "start": len(text),
                                   "end": len(text) + len(val), "type": typ})
                text += val
            else:
                text += seg
        self.turns.append({"speaker": speaker, "text": text})
        return self


def A(c, *s):
    return c.t("agent", *s)


def C(c, *s):
    return c.t("customer", *s)


def pick(*xs):
    return R.choice(xs)


# ---------------------------------------------------------------------------
# positive templates (each returns (Case, note))
# ---------------------------------------------------------------------------
def p_card_call_digits():
    c = Case()
    num = gen_card()
    ind = pick("telecom", "utilities", "retail", "insurance", "healthcare billing")
    A(c, pick("okay and the long card number across the front whenever you're ready",
              "alright go ahead with the %s digit number on the card" % ("fifteen" if len(num) == 15 else "sixteen"),
              "perfect so i'll just need the card number please"))
    C(c, pick("yeah it's ", "okay it is ", "sure ", "um "), (say_digits(num), "CARD_NUMBER"))
    A(c, "thank you and the expiration date")
    m, y = R.randint(1, 12), R.randint(26, 31)
    ex = pick("%s %s" % (say_pair("%02d" % m), say_pair("%02d" % y)),
              "%s of twenty %s" % (MONTHS[m - 1], say_pair("%02d" % y)),
              "%s twenty %s" % (say_digits("%02d" % m), say_pair("%02d" % y)))
    C(c, pick("", "it's ", "that's "), (ex, "EXPIRY"))
    A(c, "and the four digit code on the front" if len(num) == 15 else "and the three digit code on the back")
    cv = gen_digits(4 if len(num) == 15 else 3, False)
    C(c, (say_digits(cv, dbl=0.2), "CVV"))
    A(c, "great that payment of %s dollars has gone through" % pick("forty nine ninety nine", "one twenty", "eighty five fifty"))
    return c, "call/%s: US card read digit by digit, expiry and cvv in separate turns" % ind


def p_card_split_turns():
    c = Case()
    num = gen_card()
    A(c, "go ahead with the card number")
    gs = card_groups(num)
    spoken = say_mixed(gs)
    backs = ["mhm", "okay", "yep go on", "uh huh", "got it"]
    for i, g in enumerate(spoken):
        pre = pick("", "okay ", "uh ", "") if i else pick("okay ", "it's ", "")
        C(c, pre, (g, "CARD_NUMBER"))
        if i < len(spoken) - 1:
            A(c, R.choice(backs))
    A(c, "and that's %s card" % brand(num))
    C(c, "yes")
    return c, "call/%s: card split across customer turns with back-channels, some groups read as pairs" % pick("retail", "telecom", "travel")


def p_card_chat():
    c = Case()
    num = gen_card()
    gs = card_groups(num)
    sep = pick(" ", "-", "", " ", ".")
    typed = sep.join(gs)
    cv = gen_digits(4 if len(num) == 15 else 3, False)
    m, y = R.randint(1, 12), R.randint(26, 31)
    ex = pick("%02d/%02d" % (m, y), "%02d/20%02d" % (m, y), "%d/%02d" % (m, y), "%02d-%02d" % (m, y))
    A(c, "Thanks! Please enter the card details below and I'll process the payment of $%d.%02d." % (R.randint(20, 900), R.randint(0, 99)))
    form = R.randint(0, 2)
    if form == 0:
        C(c, "card: ", (typed, "CARD_NUMBER"), " exp ", (ex, "EXPIRY"), " cvv ", (cv, "CVV"))
    elif form == 1:
        C(c, "ok its ", (typed, "CARD_NUMBER"))
        C(c, "expires ", (ex, "EXPIRY"), " and the code on back is ", (cv, "CVV"))
    else:
        C(c, (typed, "CARD_NUMBER"), "\n", (ex, "EXPIRY"), "\n", (cv, "CVV"))
    A(c, "Got it, payment processing now.")
    return c, "chat/%s: typed card with sep %r, expiry and cvv" % (pick("retail", "utilities", "travel"), sep)


def p_card_correction():
    c = Case()
    num = gen_card("visa")
    gs = card_groups(num)
    wrong = str((int(gs[2][-1]) + 3) % 10)
    A(c, "can you read me the card number")
    C(c, (say_digits(gs[0] + gs[1]), "CARD_NUMBER"), " ",
      say_digits(gs[2][:3]) + " " + ONES[int(wrong)], " no sorry ",
      (say_digits(gs[2] + gs[3]), "CARD_NUMBER"))
    A(c, "okay let me read that back to you ",
      (" ".join(say_digits(g) for g in gs), "CARD_NUMBER"), " is that right")
    C(c, "yes that's it")
    return c, "call/banking: customer self-corrects mid card, agent reads full number back"


def p_card_agent_confirm_last4():
    c = Case()
    num = gen_card()
    A(c, "i can see a card on file ending in %s do you want to use that one" % say_digits(num[-4:]))
    C(c, "no actually i want to use a new card it's ", (say_digits(num, dbl=0.7, filler=0.08), "CARD_NUMBER"))
    A(c, "and the security code")
    cv = gen_digits(3, False)
    C(c, pick("the three on the back are ", "it's ", "security code "), (say_digits(cv), "CVV"))
    return c, "call/telecom: card on file last four (not PII) then new card with doubles/fillers"


def p_ssn_typed():
    c = Case()
    s = gen_ssn()
    fmt = pick("%s-%s-%s", "%s %s %s", "%s%s%s", "%s.%s.%s", "%s - %s - %s", "%s-%s%s")
    val = fmt % (s[:3], s[3:5], s[5:])
    ind = pick("banking", "healthcare billing", "government services", "insurance", "telecom")
    A(c, pick("To verify your identity, can you provide your Social Security number?",
              "For the credit check I'll need your SSN please.",
              "Please confirm the full SSN on the account."))
    C(c, pick("sure its ", "SSN: ", "", "ok ", "my social is ", "ss# "), (val, "SSN"),
      pick("", " thanks", ".", " - is that ok to send here?"))
    A(c, "Thank you, you're verified.")
    return c, "chat/%s: SSN typed as %r" % (ind, fmt)


def p_ssn_spoken():
    c = Case()
    s = gen_ssn()
    style = R.randint(0, 3)
    if style == 0:
        val = say_digits(s)
    elif style == 1:
        val = " ".join([say_digits(s[:3]), say_digits(s[3:5]), say_digits(s[5:])])
    elif style == 2:
        val = " ".join([say_digits(s[:3]), say_pairs(s[3:5]), say_pairs(s[5:])])
    else:
        val = say_digits(s, dbl=0.9)
    A(c, pick("and can i get your social security number please",
              "i'll need the social to pull up the policy",
              "what's the social on the account"))
    C(c, pick("yeah it's ", "sure ", "okay um ", "", "it's gonna be "), (val, "SSN"))
    A(c, pick("thank you", "perfect thanks", "okay one moment"))
    return c, "call/%s: SSN spoken (style %d: digits/groups/pairs/doubles)" % (
        pick("insurance", "banking", "healthcare billing", "government services"), style)


def p_ssn_split():
    c = Case()
    s = gen_ssn()
    A(c, "okay go ahead with the social")
    C(c, pick("okay ", "it's ", ""), (say_digits(s[:3]), "SSN"))
    A(c, pick("mhm", "okay", "yep"))
    C(c, (pick(say_digits(s[3:5]), say_pairs(s[3:5])), "SSN"))
    A(c, pick("uh huh", "okay go on", "mhm"))
    C(c, (pick(say_digits(s[5:]), say_pairs(s[5:])), "SSN"), pick("", " um yeah", " that's it"))
    A(c, "thank you i've got that")
    return c, "call/%s: SSN split across three customer turns" % pick("banking", "insurance", "government services")


def p_ssn_last4_and_full():
    c = Case()
    s = gen_ssn()
    A(c, "can you verify the last four of your social")
    C(c, (say_digits(s[5:]), "SSN"))
    A(c, "hmm that's not matching what i have could you give me the full number")
    C(c, "oh okay maybe it's under my old one it's ", (say_digits(s, dbl=0.3), "SSN"))
    return c, "call/banking: last four of SSN, then full SSN"


def p_ssn_readback():
    c = Case()
    s = gen_ssn()
    typed = "%s-%s-%s" % (s[:3], s[3:5], s[5:])
    C(c, pick("my ssn is ", "social: "), (typed, "SSN"), pick(" and dob ", " born "),
      None or ("%02d/%02d/%d" % (R.randint(1, 12), R.randint(1, 28), R.randint(1945, 2000)), "DOB"))
    A(c, "Thanks. Just to confirm, that's ", ("***-**-" + s[5:], "SSN"), "?")
    C(c, "yep")
    return c, "chat/healthcare billing: SSN + DOB in one message; agent masks first five and repeats last four"


def p_ssn_homophone():
    c = Case()
    s = gen_ssn()
    words = say_digits(s, dbl=0.0).split()
    hom = {"two": "too", "eight": "ate", "one": "won", "four": "for"}
    # only substitute words that are not ambiguous for the validator ("for" is kept out)
    words = [hom[w] if w in ("two", "eight") and R.random() < 0.6 else w for w in words]
    A(c, "and your social security number")
    C(c, "it's ", (" ".join(words), "SSN"))
    A(c, "thank you")
    return c, "call/government services: SSN with ASR homophones (too/ate)"


def p_ssn_mixed_chit():
    c = Case()
    s = gen_ssn()
    A(c, "i'm gonna need to verify with your social before we can look at the claim")
    C(c, "yeah sorry i'm driving hang on it's ", (say_digits(s[:5]), "SSN"), " hold on my kid is yelling ",
      (say_digits(s[5:]), "SSN"))
    A(c, "no worries and the claim number is four seven seven two nine one right")
    C(c, "yeah that's the one")
    return c, "call/insurance: SSN interrupted by chit-chat; claim number (not PII) nearby"


def p_ni_typed():
    c = Case()
    ni = gen_ni()
    fmt = R.randint(0, 3)
    if fmt == 0:
        val = "%s %s %s %s %s" % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8])
    elif fmt == 1:
        val = ni
    elif fmt == 2:
        val = ni.lower()
    else:
        val = "%s%s %s" % (ni[:2], ni[2:8], ni[8])
    A(c, pick("Could you confirm your National Insurance number please?",
              "Hi, to update your record I need your NI number.",
              "What's your national insurance no.?"))
    C(c, pick("its ", "NI: ", "", "sure - ", "ni number "), (val, "NI_NUMBER"), pick("", " cheers", "."))
    A(c, "Thanks, that matches.")
    return c, "chat/%s: UK NI number typed (format %d)" % (pick("government services", "banking", "utilities"), fmt)


def p_ni_spoken():
    c = Case()
    ni = gen_ni()
    mode = pick("plain", "nato", "as", "plain")
    parts = [letter(ni[0], mode), letter(ni[1], mode)]
    if R.random() < 0.5:
        parts.append(say_digits(ni[2:8], "uk"))
    else:
        parts.append(say_pairs(ni[2:8], "uk"))
    parts.append(letter(ni[8], mode))
    A(c, pick("and your national insurance number please", "can i take your n i number",
              "have you got your national insurance number to hand"))
    C(c, pick("yeah it's ", "erm ", "yes it's ", ""), (" ".join(parts), "NI_NUMBER"))
    A(c, "lovely thank you")
    return c, "call/%s: NI spoken, letters %s" % (pick("government services", "banking", "insurance"), mode)


def p_ni_split():
    c = Case()
    ni = gen_ni()
    mode = pick("plain", "nato")
    A(c, "go on with the national insurance number")
    C(c, (letter(ni[0], mode) + " " + letter(ni[1], mode), "NI_NUMBER"))
    A(c, "yep")
    C(c, (say_digits(ni[2:5], "uk"), "NI_NUMBER"))
    A(c, "mhm")
    C(c, (say_digits(ni[5:8], "uk") + " " + letter(ni[8], mode), "NI_NUMBER"))
    A(c, "and that's letter %s at the end" % ni[8].lower())
    C(c, "that's right")
    return c, "call/government services: NI number split over three turns"


def p_ni_and_phone_uk():
    c = Case()
    ni = gen_ni()
    ph = gen_uk_mobile()
    C(c, "Hi, my NI number is ", (ni[:2] + " " + ni[2:4] + " " + ni[4:6] + " " + ni[6:8] + " " + ni[8], "NI_NUMBER"),
      " and you can reach me on ", (pick(ph[:5] + " " + ph[5:], "+44 " + ph[1:5] + " " + ph[5:], ph), "PHONE"))
    A(c, "Thanks, I've added that to your claim. You'll hear back within 10 working days.")
    return c, "chat/government services: NI and UK mobile in the same message; 10 working days is not PII"


def p_bank_us():
    c = Case()
    acct = gen_digits(R.choice([9, 10, 11, 12]))
    routing = gen_digits(9)
    A(c, "and what account would you like the autopay drafted from")
    spoken = R.random() < 0.6
    if spoken:
        C(c, "it's a checking account the account number is ", (say_digits(acct, dbl=0.4), "BANK_ACCOUNT"))
    else:
        C(c, "checking acct # ", (acct, "BANK_ACCOUNT"))
    A(c, "okay and the routing number")
    C(c, say_digits(routing) if spoken else routing)
    A(c, "got it the first draft will be on the fifteenth for one forty two seventeen")
    return c, "%s/utilities: US checking account number (routing number left unlabelled, not in type list)" % ("call" if spoken else "chat")


def p_bank_uk_sort():
    c = Case()
    sc = gen_digits(6, False)
    acct = gen_digits(8, False)
    style = R.randint(0, 3)
    A(c, "can i take the sort code and account number for the direct debit")
    if style == 0:
        C(c, "sort code ", ("%s-%s-%s" % (sc[:2], sc[2:4], sc[4:]), "SORT_CODE"), " account ", (acct, "BANK_ACCOUNT"))
    elif style == 1:
        C(c, "yeah sort code is ", (" ".join(say_pair(sc[i:i + 2], "uk") for i in (0, 2, 4)), "SORT_CODE"))
        A(c, "mhm")
        C(c, "and the account number is ", (say_digits(acct, "uk"), "BANK_ACCOUNT"))
    elif style == 2:
        C(c, "it's ", (say_digits(sc, "uk"), "SORT_CODE"), " and then ", (say_digits(acct, "uk", dbl=0.6), "BANK_ACCOUNT"))
    else:
        C(c, (sc[:2] + " " + sc[2:4] + " " + sc[4:], "SORT_CODE"), " / ", (acct[:4] + " " + acct[4:], "BANK_ACCOUNT"))
    A(c, "lovely the first payment of %s will come out on the first of next month" % pick("forty two pounds", "thirty one fifty", "£58.20"))
    return c, "%s/utilities: UK sort code and account (style %d)" % ("chat" if style in (0, 3) else "call", style)


def p_iban():
    c = Case()
    country = pick("IE", "DE", "FR", "NL", "GB", "ES", "IE")
    ib = gen_iban(country)
    style = R.randint(0, 2)
    A(c, pick("For the refund please send the IBAN of the receiving account.",
              "can you give me the iban for the refund"))
    if style == 0:
        C(c, pick("IBAN: ", "here: ", "", "it's "), (group4(ib), "IBAN"))
    elif style == 1:
        C(c, pick("", "iban "), (ib if R.random() < 0.5 else ib.lower(), "IBAN"), pick("", " (joint account)"))
    else:
        letters = " ".join(ch.lower() for ch in ib[:2])
        bank = ""
        rest = ib[4:]
        if rest[:4].isalpha():
            bank = " ".join(ch.lower() for ch in rest[:4]) + " "
            rest = rest[4:]
        spoken = letters + " " + say_digits(ib[2:4], "uk") + " " + bank + say_digits(rest, "uk", dbl=0.3)
        C(c, "okay it's ", (spoken, "IBAN"))
    A(c, "Thanks, the refund of €%d.%02d will arrive in 3-5 business days." % (R.randint(10, 400), R.randint(0, 99)))
    return c, "%s/travel: %s IBAN (style %d)" % ("call" if style == 2 else "chat", country, style)


def p_phone_us():
    c = Case()
    p = gen_us_phone()
    style = R.randint(0, 6)
    if style == 0:
        v = "(%s) %s-%s" % (p[:3], p[3:6], p[6:])
    elif style == 1:
        v = "%s-%s-%s" % (p[:3], p[3:6], p[6:])
    elif style == 2:
        v = "%s.%s.%s" % (p[:3], p[3:6], p[6:])
    elif style == 3:
        v = "+1 %s %s %s" % (p[:3], p[3:6], p[6:])
    elif style == 4:
        v = "1-%s-%s-%s" % (p[:3], p[3:6], p[6:])
    elif style == 5:
        v = p
    else:
        v = "+1%s" % p
    A(c, pick("What's the best callback number?", "Can I get a phone number for the delivery driver?",
              "Please confirm the phone number on the account."))
    C(c, pick("", "cell is ", "call me at ", "its "), (v, "PHONE"), pick("", " after 5pm", " thx"))
    A(c, "Great, noted.")
    return c, "chat/%s: US phone typed style %d; '5pm' is not PII" % (pick("retail", "telecom", "healthcare billing"), style)


def p_phone_us_spoken():
    c = Case()
    p = gen_us_phone()
    style = R.randint(0, 2)
    area = say_digits(p[:3])
    if style == 0:
        rest = " ".join([say_digits(p[3:6]), say_digits(p[6:])])
    elif style == 1:
        rest = " ".join([say_digits(p[3:6]), say_pairs(p[6:])])
    else:
        area = "one " + area
        rest = say_digits(p[3:], dbl=0.5)
    v = area + " " + rest
    A(c, "and what's a good number to reach you at")
    if R.random() < 0.5:
        C(c, pick("yeah it's ", "it's my cell ", "um "), (v, "PHONE"))
    else:
        first = area
        C(c, "area code ", (first, "PHONE"))
        A(c, pick("okay", "mhm", "go ahead"))
        C(c, (rest, "PHONE"))
    A(c, "okay let me read that back ", (" ".join([say_digits(p[:3]), say_digits(p[3:6]), say_digits(p[6:])]), "PHONE"))
    C(c, "yep")
    return c, "call/%s: US phone spoken (style %d), agent reads it back" % (pick("telecom", "retail", "insurance"), style)


def p_phone_uk_ie():
    c = Case()
    if R.random() < 0.5:
        p = gen_uk_mobile()
        v = pick(say_digits(p, "uk", dbl=0.7), "oh " + say_digits(p[1:5], "uk") + " " + say_digits(p[5:], "uk"))
        ctry = "UK"
    else:
        p = "08" + str(R.choice([3, 5, 6, 7, 9])) + gen_digits(7, False)
        v = pick(say_digits(p, "uk"), "plus three five three " + say_digits(p[1:], "uk", dbl=0.6))
        ctry = "Ireland"
    A(c, "and is there a mobile number we can text when the engineer is on the way")
    C(c, pick("yeah it's ", "erm ", "it's "), (v, "PHONE"))
    A(c, "brilliant the engineer will be with you between eight and twelve on tuesday")
    return c, "call/utilities (%s): mobile spoken, 'nought'/'oh'/double; appointment window not PII" % ctry


def p_email_typed():
    c = Case()
    u, d = gen_email_parts()
    A(c, pick("What email should we send the receipt to?", "Could you confirm your email address?"))
    C(c, pick("", "email: ", "it's ", "send to "), (email_typed(u, d), "EMAIL"), pick("", " please", "."))
    A(c, "Done - the receipt for order #%d is on its way." % R.randint(100000, 9999999))
    return c, "chat/retail: typed email; order number in agent turn not PII"


def p_email_spoken():
    c = Case()
    u, d = gen_email_parts()
    A(c, "and can i get an email address for the confirmation")
    C(c, pick("yeah it's ", "sure it's ", "", "okay it's "), (email_spoken(u, d), "EMAIL"))
    A(c, pick("perfect", "let me just spell that back"))
    return c, "call/%s: email dictated with 'dot'/'at'/'underscore'" % pick("travel", "insurance", "telecom", "retail")


def p_dob():
    c = Case()
    y, m, d = gen_dob()
    style = R.randint(0, 5)
    if style == 0:
        v = "%02d/%02d/%d" % (m, d, y)
    elif style == 1:
        v = "%s %d, %d" % (MONTHS[m - 1].capitalize(), d, y)
    elif style == 2:
        v = "%s %s %s" % (MONTHS[m - 1], ORD[d], say_year(y))
    elif style == 3:
        v = "the %s of %s %s" % (ORD[d], MONTHS[m - 1], say_year(y))
    elif style == 4:
        v = "%s %s %s" % (say_digits("%02d" % m), say_digits("%02d" % d), say_year(y))
    else:
        v = "%d-%02d-%02d" % (y, m, d)
    spoken = style in (2, 3, 4)
    if spoken:
        A(c, pick("and can you confirm your date of birth", "what's the patient's date of birth", "and your birthday please"))
        C(c, pick("", "yeah it's ", "it's ", "um "), (v, "DOB"))
    else:
        A(c, "Please confirm your date of birth.")
        C(c, pick("", "dob ", "DOB: ", "born "), (v, "DOB"))
    A(c, pick("thank you your appointment on march third at ten fifteen is confirmed",
              "thanks and the balance due is two hundred and twelve dollars"))
    return c, "%s/healthcare billing: DOB style %d; appointment date/balance not PII" % ("call" if spoken else "chat", style)


def p_address_us():
    c = Case()
    num = R.choice([R.randint(10, 99), R.randint(100, 999), R.randint(1000, 9999), R.randint(10000, 24999)])
    st = R.choice(STREETS)
    city, state, zp = R.choice(US_CITIES)
    z = gen_zip(zp)
    z4 = gen_digits(4, False)
    typed = R.random() < 0.5
    unit = pick("", "", " Apt %d" % R.randint(1, 40), " Unit %d%s" % (R.randint(1, 9), pick("A", "B", "")), " #%d" % R.randint(100, 999))
    if typed:
        addr = "%d %s %s%s" % (num, st.capitalize(), R.choice(SUFFIX_T), unit)
        zv = pick(z, z + "-" + z4)
        A(c, "What's the shipping address?")
        C(c, (addr, "ADDRESS"), ", %s, %s " % (city, state), (zv, "POSTCODE"))
        note = "chat/retail: US address typed, ZIP%s" % ("+4" if "-" in zv else "")
    else:
        hn = say_number(num) if R.random() < 0.6 else say_digits(str(num))
        addr = "%s %s %s%s" % (hn, st, R.choice(SUFFIX_S), unit.lower().replace("#", "number "))
        zv = pick(say_digits(z), say_digits(z) + " dash " + say_digits(z4), say_digits(z, dbl=0.8))
        A(c, "and what's the service address")
        C(c, pick("it's ", "yeah ", ""), (addr, "ADDRESS"))
        A(c, "and the city and zip")
        C(c, city.lower() + pick(" ", " texas " if state == "TX" else " ", " uh "), (zv, "POSTCODE"))
        note = "call/%s: US address spoken, house number as words; ZIP spoken" % pick("telecom", "utilities", "insurance")
    A(c, "Thanks, we'll ship it in %s business days." % pick("2", "3-5", "two to three"))
    return c, note


def p_address_uk():
    c = Case()
    num = R.randint(1, 240)
    st = R.choice(UK_STREETS)
    pc = gen_uk_postcode()
    typed = R.random() < 0.5
    if typed:
        A(c, "Can you confirm the billing address please?")
        C(c, (("%d %s" % (num, st.title())), "ADDRESS"), ", %s, " % UK_TOWN[pc.split()[0].rstrip("0123456789A")],
          (pick(pc, pc.lower(), pc.replace(" ", "")), "POSTCODE"))
        note = "chat/utilities: UK address and postcode typed"
    else:
        out, inn = pc.split()
        sp_out = " ".join(ONES[int(ch)] if ch.isdigit() else pick(ch.lower(), letter(ch, "as")) for ch in out)
        sp_in = " ".join(ONES[int(ch)] if ch.isdigit() else ch.lower() for ch in inn)
        A(c, "what's the first line of the address")
        C(c, (say_number(num) + " " + st, "ADDRESS"))
        A(c, "and the postcode")
        C(c, pick("it's ", ""), (sp_out + " " + sp_in, "POSTCODE"))
        note = "call/%s: UK address and postcode spoken" % pick("utilities", "insurance", "telecom")
    A(c, "thank you that's all updated")
    return c, note


def p_zip_only():
    c = Case()
    z = gen_zip()
    z4 = gen_digits(4, False)
    style = R.randint(0, 3)
    A(c, pick("and the billing zip code for the card", "what zip code are you in so i can check coverage"))
    if style == 0:
        C(c, (say_digits(z), "POSTCODE"))
    elif style == 1:
        C(c, "zip is ", (z + "-" + z4, "POSTCODE"))
    elif style == 2:
        C(c, "it's ", (say_digits(z) + " " + say_digits(z4), "POSTCODE"))
    else:
        C(c, (say_pairs(z), "POSTCODE"), " i think yeah")
    A(c, pick("okay you're eligible for the three hundred megabit plan", "thank you that matches"))
    return c, "call/telecom: ZIP only (style %d); speeds not PII" % style


def p_mixed_insurance():
    c = Case()
    s = gen_ssn()
    y, m, d = gen_dob()
    p = gen_us_phone()
    A(c, "thank you for calling this is the claims line can i get the policy holder's date of birth")
    C(c, (MONTHS[m - 1] + " " + str(d) + " " + say_year(y), "DOB"), " and my policy number is h o four four one nine two")
    A(c, "okay and the social")
    C(c, (say_digits(s[:3]) + " " + say_digits(s[3:5]) + " " + say_digits(s[5:]), "SSN"))
    A(c, "and a callback number in case we get disconnected")
    C(c, (say_digits(p[:3]) + " " + say_digits(p[3:6]) + " " + say_digits(p[6:]), "PHONE"))
    return c, "call/insurance: DOB with numeric day, SSN and phone; policy number is not PII"


def p_card_amex_pairs():
    c = Case()
    num = gen_card("amex")
    A(c, "what's the card number please")
    C(c, (say_pairs(num[:4]) + " " + say_digits(num[4:10]) + " " + say_digits(num[10:]), "CARD_NUMBER"))
    A(c, "and the four digit code on the front")
    cv = gen_digits(4, False)
    C(c, (say_pairs(cv), "CVV"))
    A(c, "and expiration")
    m, y = R.randint(1, 12), R.randint(26, 31)
    C(c, (say_digits("%02d" % m) + " " + say_pair("%02d" % y), "EXPIRY"))
    return c, "call/travel: amex, first group as pairs, 4-digit CID as pairs"


def p_card_with_amount():
    c = Case()
    num = gen_card("mc")
    amt = "%d.%02d" % (R.randint(100, 3000), R.randint(0, 99))
    C(c, "I want to pay $%s toward my balance of $%s using " % (amt, "{:,}.{:02d}".format(R.randint(3000, 9999), R.randint(0, 99))),
      (group4(num, pick(" ", "-")), "CARD_NUMBER"), ", exp ", ("%02d/%02d" % (R.randint(1, 12), R.randint(26, 30)), "EXPIRY"))
    A(c, "Thanks. What's the 3-digit security code?")
    C(c, (gen_digits(3, False), "CVV"))
    return c, "chat/banking: card next to money amounts; standalone CVV reply"


def p_ssn_agent_readback_spoken():
    c = Case()
    s = gen_ssn()
    A(c, "and the social")
    C(c, (say_digits(s), "SSN"))
    A(c, "i have ", (" ".join([say_digits(s[:3]), say_digits(s[3:5]), say_digits(s[5:])]), "SSN"), " correct")
    C(c, "no the middle is ", (say_digits(s[3:5]), "SSN"), " actually never mind you're right")
    return c, "call/banking: SSN read back by agent; customer repeats middle group"


def p_ssn_two_people():
    c = Case()
    s1, s2 = gen_ssn(), gen_ssn()
    C(c, "I need to add my husband to the plan. Mine is ", ("%s-%s-%s" % (s1[:3], s1[3:5], s1[5:]), "SSN"),
      " and his is ", ("%s %s %s" % (s2[:3], s2[3:5], s2[5:]), "SSN"))
    A(c, "Thank you. Coverage for 2 members starts on 01/01.")
    return c, "chat/healthcare billing: two SSNs in one message; coverage date not PII"


def p_tax_ssn_itin_style():
    c = Case()
    s = gen_ssn()
    A(c, "for the 1099 we need the taxpayer id you can use your social")
    C(c, "ok ", (s[:3] + " " + s[3:5] + "-" + s[5:], "SSN"), " its my personal one not the EIN")
    return c, "chat/banking: SSN with mixed separators"


US_CITIES_EAST = [("Boston", "MA", "021"), ("Hartford", "CT", "061"), ("Newark", "NJ", "071"),
                  ("Providence", "RI", "029"), ("Burlington", "VT", "054"), ("Portland", "ME", "041")]


def p_ssn_grouped_333():
    c = Case()
    s = gen_ssn()
    form = R.randint(0, 3)
    if form == 0:
        v = "%s %s %s" % (s[:3], s[3:6], s[6:])
    elif form == 1:
        v = "%s-%s-%s" % (s[:3], s[3:6], s[6:])
    elif form == 2:
        v = "%s %s" % (s[:5], s[5:])
    else:
        v = "%s%s-%s" % (s[:3], s[3:5], s[5:])
    C(c, pick("hey i got a letter saying my account is locked. ", "hi!! ", "Hello, "),
      pick("my social is ", "SS# ", "ssn = ", "social security no. "), (v, "SSN"),
      pick(" and i need this fixed today", " pls help", ""))
    A(c, "Thanks for that. I've unlocked the account; you'll get a text within 10 minutes.")
    return c, "chat/banking: SSN typed with unusual grouping (form %d)" % form


def p_form_block():
    c = Case()
    s = gen_ssn()
    y, m, d = gen_dob()
    p = gen_us_phone()
    u, dm = gen_email_parts()
    num = R.randint(100, 9999)
    city, state, zp = R.choice(US_CITIES + US_CITIES_EAST)
    z = gen_zip(zp)
    A(c, "To open the claim please send: full name, SSN, DOB, phone, email and home address.")
    C(c, "Name: %s %s\nSSN: " % (R.choice(FIRST).title(), R.choice(LAST).title()),
      ("%s-%s-%s" % (s[:3], s[3:5], s[5:]), "SSN"), "\nDOB: ", ("%d/%d/%d" % (m, d, y), "DOB"),
      "\nPhone: ", ("(%s) %s-%s" % (p[:3], p[3:6], p[6:]), "PHONE"), "\nEmail: ", (email_typed(u, dm), "EMAIL"),
      "\nAddress: ", ("%d %s %s" % (num, R.choice(STREETS).title(), R.choice(SUFFIX_T)), "ADDRESS"),
      ", %s %s " % (city, state), (z, "POSTCODE"))
    A(c, "Thank you. Claim 88%s has been opened." % gen_digits(6, False))
    return c, "chat/insurance: form-style block with SSN, DOB, phone, email, address, ZIP (leading-zero ZIPs possible)"


def p_address_us_ordinal():
    c = Case()
    num = R.randint(100, 2999)
    street_n = R.randint(2, 99)
    ordw = ORD[street_n] if street_n <= 31 else None
    city, state, zp = R.choice(US_CITIES_EAST + US_CITIES)
    z = gen_zip(zp)
    z4 = gen_digits(4, False)
    dr = R.choice(["W", "E", "N", "S"])
    if ordw is None or R.random() < 0.5:
        suf = "th" if street_n % 10 in (0, 4, 5, 6, 7, 8, 9) or 11 <= street_n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}[street_n % 10]
        addr = "%d %s %d%s St%s" % (num, dr, street_n, suf, pick("", " Apt %d%s" % (R.randint(1, 30), pick("A", "C", "F"))))
        C(c, "ship to ", (addr.lower() if R.random() < 0.4 else addr, "ADDRESS"), " %s %s " % (city.lower(), state.lower()),
          (z + "-" + z4, "POSTCODE"))
        A(c, "Updated! Your order #%s will ship to the new address." % gen_digits(8))
        return c, "chat/retail: US address with directional and numbered street, ZIP+4"
    dw = {"W": "west", "E": "east", "N": "north", "S": "south"}[dr]
    A(c, "and what's the new street address")
    C(c, "it's ", (say_number(num) + " " + dw + " " + ordw + " street", "ADDRESS"), pick(" um", " yeah"), " in %s" % city.lower())
    A(c, "and the zip")
    C(c, (say_digits(z) + pick(" dash ", " ") + say_digits(z4), "POSTCODE"))
    return c, "call/utilities: spoken address on an ordinal street, spoken ZIP+4"


def p_card_all_in_one_turn():
    c = Case()
    num = gen_card(pick("visa", "mc", "disc"))
    m, y = R.randint(1, 12), R.randint(26, 31)
    cv = gen_digits(3, False)
    A(c, "okay whenever you're ready go ahead with the card details")
    C(c, "okay card number ", (say_digits(num, dbl=0.4), "CARD_NUMBER"), " expires ",
      (pick("%s twenty %s" % (MONTHS[m - 1], say_pair("%02d" % y)), "%s %s" % (say_digits("%02d" % m), say_pair("%02d" % y))), "EXPIRY"),
      " and the code on the back is ", (say_digits(cv), "CVV"))
    A(c, "thank you your payment of %s is complete and your confirmation number is %s" % (
        pick("eighty nine dollars", "one hundred fifteen dollars"), say_digits(gen_digits(8))))
    return c, "call/telecom: card, expiry and cvv all in one customer turn; confirmation number (not PII) after"


def p_email_typed_odd():
    c = Case()
    u, d = gen_email_parts()
    e = "".join(u) + "@" + d
    form = R.randint(0, 3)
    if form == 0:
        v = e.upper()
    elif form == 1:
        v = e.replace("@", " @ ")
    elif form == 2:
        v = "".join(u) + " at " + d.replace(".", " dot ")
    else:
        v = "".join(u) + "@" + d.split(".")[0] + " dot " + d.split(".")[1]
    C(c, pick("pls update my email to ", "new email ", "email is "), (v, "EMAIL"), pick(" thanks", "", "!!"))
    A(c, "Done. You'll get a verification link in about 5 minutes.")
    return c, "chat/telecom: email typed oddly (form %d: caps / spaced @ / 'at' 'dot')" % form


def p_dob_us_short():
    c = Case()
    y, m, d = gen_dob()
    form = R.randint(0, 3)
    if form == 0:
        v = "%s %s %s" % (say_digits("%02d" % m), say_pair("%02d" % d), say_pair(str(y)[2:]))
        ch = "call"
    elif form == 1:
        v = "%d/%d/%02d" % (m, d, y % 100)
        ch = "chat"
    elif form == 2:
        v = "%s %s %s" % (MONTHS[m - 1], d if R.random() < 0.5 else ORD[d], "%d" % y)
        ch = "chat"
    else:
        v = "%s %s of %s" % (pick("the", "uh the"), ORD[d], MONTHS[m - 1]) + " " + say_pair(str(y)[2:])
        v = v.split(" ", 1)[1] if v.startswith("uh ") else v
        ch = "call"
    A(c, "can you verify the date of birth on the account")
    C(c, pick("", "yeah ", "sure "), (v, "DOB"), pick("", " and i'm calling about the bill from march", " i just turned %s" % say_number(2026 - y - (1 if m > 11 else 0))))
    A(c, "thank you you're verified")
    return c, "%s/healthcare billing: DOB short forms (form %d); other dates/ages in turn are not PII" % (ch, form)


def p_phone_ext_and_ref():
    c = Case()
    p = gen_us_phone()
    C(c, "Please call me back at ", ("%s-%s-%s" % (p[:3], p[3:6], p[6:]), "PHONE"),
      " ext %d, re: ticket %s. I'm free between 2 and 4:30." % (R.randint(10, 999), gen_digits(7)))
    A(c, "Will do - a specialist will call within 48 hours.")
    return c, "chat/insurance: phone with extension next to ticket number and times"


def p_two_phones():
    c = Case()
    p1, p2 = gen_us_phone(), gen_us_phone()
    A(c, "is there an alternate number we can use")
    C(c, "yeah my cell is ", (say_digits(p1[:3]) + " " + say_digits(p1[3:6]) + " " + say_digits(p1[6:]), "PHONE"),
      " and my work is ", (say_digits(p2[:3]) + " " + say_digits(p2[3:6]) + " " + say_pairs(p2[6:]), "PHONE"),
      " but don't call that one before nine")
    return c, "call/healthcare billing: two US phone numbers in one turn, a time after"


def p_zip_only_leading_zero():
    c = Case()
    city, state, zp = R.choice(US_CITIES_EAST)
    z = gen_zip(zp)
    A(c, "can i get the zip code for the billing address on the card")
    form = R.randint(0, 2)
    if form == 0:
        C(c, (say_digits(z, dbl=0.6), "POSTCODE"))
    elif form == 1:
        C(c, "it's %s " % city.lower(), (say_digits(z), "POSTCODE"))
    else:
        C(c, (zero_word("us") + " " + say_pairs(z[1:]), "POSTCODE"))
    A(c, "perfect thank you")
    return c, "call/retail: New England ZIP with leading zero spoken (form %d)" % form


def p_acct_and_amount_chat():
    c = Case()
    acct = gen_digits(R.choice([8, 10, 12]))
    C(c, "Please send the $%d.%02d refund to my savings acct " % (R.randint(10, 999), R.randint(0, 99)),
      (acct, "BANK_ACCOUNT"), ", not the checking one")
    A(c, "Got it. Refunds take 5-7 business days.")
    return c, "chat/retail: savings account number next to money amount"


def p_bank_acct_spoken_split():
    c = Case()
    acct = gen_digits(R.choice([9, 10, 11]))
    A(c, "and the account number for the direct deposit")
    k = R.randint(4, 6)
    C(c, pick("okay ", "it's "), (say_digits(acct[:k]), "BANK_ACCOUNT"))
    A(c, pick("mhm", "okay"))
    C(c, (say_digits(acct[k:]), "BANK_ACCOUNT"))
    A(c, "and that's checking or savings")
    C(c, "checking")
    return c, "call/government services: US account number split across turns"


def p_expiry_forms():
    c = Case()
    m, y = R.randint(1, 12), R.randint(26, 31)
    form = R.randint(0, 3)
    num = gen_card()
    C(c, "card ending %s declined?? it's valid until " % num[-4:],
      ([ "%02d/%02d" % (m, y), "%s 20%02d" % (MONTHS[m - 1].capitalize(), y), "%02d.%02d" % (m, y), "%02d%02d" % (m, y)][form], "EXPIRY"))
    A(c, "Sorry about that! Could you re-enter the full number and CVV?")
    C(c, (group4(num) if len(num) == 16 else " ".join(card_groups(num)), "CARD_NUMBER"), " cvv ",
      (gen_digits(4 if len(num) == 15 else 3, False), "CVV"))
    return c, "chat/retail: expiry typed form %d; last four alone in first turn not labelled" % form


def p_ni_with_typo_chat():
    c = Case()
    ni = gen_ni()
    v = pick("%s %s %s %s %s" % (ni[:2].lower(), ni[2:4], ni[4:6], ni[6:8], ni[8].lower()),
             "%s-%s-%s-%s-%s" % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8]),
             "%s %s %s" % (ni[:2], ni[2:8], ni[8]))
    C(c, "hiya, applying for universal credit and it wants my ni no. - ", (v, "NI_NUMBER"),
      " - but says its invalid?? im 34 if that matters")
    A(c, "Thanks, I can see the issue, it's now been fixed. Your reference is UC%s." % gen_digits(8))
    return c, "chat/government services: NI number typed with odd separators/case, age 34 not PII"


def p_ie_phone_email():
    c = Case()
    u, d = gen_email_parts()
    p = "08" + str(R.choice([3, 5, 6, 7])) + gen_digits(7, False)
    C(c, "Hi, can you send the policy documents to ", (email_typed(u, d), "EMAIL"), " or text me on ",
      (pick(p[:3] + " " + p[3:6] + " " + p[6:], "+353 " + p[1:3] + " " + p[3:], p), "PHONE"))
    A(c, "No problem, the documents for policy %s are on the way." % ("IE-" + gen_digits(7)))
    return c, "chat/insurance (Ireland): email and Irish mobile in one message; policy number not PII"


NEW_POS = [(p_ssn_grouped_333, 6), (p_form_block, 6), (p_address_us_ordinal, 8), (p_card_all_in_one_turn, 5),
           (p_email_typed_odd, 5), (p_dob_us_short, 8), (p_phone_ext_and_ref, 4), (p_two_phones, 3),
           (p_zip_only_leading_zero, 5), (p_acct_and_amount_chat, 3), (p_bank_acct_spoken_split, 3),
           (p_expiry_forms, 5), (p_ni_with_typo_chat, 4), (p_ie_phone_email, 3)]


# ---------------------------------------------------------------------------
# extra negatives (US emphasis)
# ---------------------------------------------------------------------------
def n_member_group():
    c = Case()
    A(c, "can you read me the member id and group number off the front of the card")
    C(c, "member id is %s and the group number is %s" % (
        pick("x j h ", "w ", "") + say_digits(gen_digits(9)), say_digits(gen_digits(5))))
    A(c, "thank you and your copay for a specialist visit is forty dollars after the deductible of fifteen hundred")
    return c, "member id and group number spoken with their names, copay, deductible"


def n_confirmation_10():
    c = Case()
    cf = gen_digits(10)
    A(c, "Your confirmation number is %s %s %s. Check-in is at 3 PM and checkout at 11 AM." % (cf[:3], cf[3:6], cf[6:]))
    C(c, "great, and that's %s nights for $%d total right?" % (pick("3", "two", "5"), R.randint(300, 1800)))
    A(c, "Correct, including the $%d.%02d resort fee." % (R.randint(20, 60), R.randint(0, 99)))
    return c, "10-digit confirmation number grouped 3-3-4 like a phone, said with its name; times, nights, prices"


def n_outage_counts():
    c = Case()
    A(c, "there's an outage in your area affecting about %s customers and we expect power back by %s" % (
        "{:,}".format(R.randint(10000, 99999)), pick("6:45 pm", "midnight", "10:30 tonight")))
    C(c, "it's been %d hours and it's %d degrees in here" % (R.randint(3, 20), R.randint(85, 104)))
    A(c, "I understand. Outage ID %s has been flagged as priority." % gen_digits(8))
    return c, "5-digit customer count (ZIP lookalike), times, hours, temperature, outage id"


def n_claim_spoken_ssn_len():
    c = Case()
    cl = gen_digits(9)
    A(c, "do you have the claim number")
    C(c, "yeah the claim number is %s %s %s" % (say_digits(cl[:3]), say_digits(cl[3:5]), say_digits(cl[5:])))
    A(c, "okay that claim was paid on %s %s for %s" % (MONTHS[R.randint(0, 11)], ORD[R.randint(1, 28)], pick("six hundred twelve dollars", "two thousand and forty dollars")))
    return c, "9-digit claim number grouped 3-2-4 like an SSN, said with its name; payment date, amount"


def n_tracking_chat():
    c = Case()
    C(c, "where is my package?? tracking # %s, it said arriving by 9pm on 11/21" % gen_digits(10))
    A(c, "It's at the local facility and will be delivered tomorrow between 10:00 and 14:00. Order total was $%d.%02d." % (R.randint(10, 500), R.randint(0, 99)))
    return c, "tracking number with name, delivery date/time windows, total"


def n_account_balance_spoken():
    c = Case()
    A(c, "okay your balance as of today is %s and your last payment of %s posted on %s %s" % (
        pick("four thousand one hundred eleven dollars and eleven cents", "one thousand three hundred thirty three dollars"),
        pick("two hundred dollars", "seventy five dollars"), MONTHS[R.randint(0, 11)], ORD[R.randint(1, 28)]))
    C(c, "and when does my promo rate of %s end" % pick("zero percent", "four point nine percent"))
    A(c, "in %s billing cycles on %s first twenty twenty seven" % (pick("six", "eleven"), MONTHS[R.randint(0, 11)]))
    return c, "balances, payment amount and date, promo rate, future date"


def n_prices_model():
    c = Case()
    C(c, "is the %s %s still $%d.99 or is it back to $%d.99? also does the %d version come in %d GB" % (
        pick("Galaxy", "iPhone", "Pixel"), pick("S24", "15 Pro", "8a"), R.randint(199, 999), R.randint(199, 1299),
        R.randint(2023, 2025), R.choice([128, 256, 512])))
    A(c, "It's $%d/mo for 36 months at 0%% APR with a $%d trade-in credit." % (R.randint(10, 40), R.randint(100, 800)))
    return c, "device models, prices, storage, months, APR"


def n_appointment_spoken():
    c = Case()
    A(c, "i have an opening on %s the %s at %s with doctor %s" % (
        pick("tuesday", "thursday"), ORD[R.randint(1, 28)], pick("nine fifteen", "two forty five", "eleven thirty"), pick("patel", "nguyen", "ortiz")))
    C(c, "that works and how much is the visit without insurance")
    A(c, "the self pay rate is %s and you'd be in room %s" % (pick("one hundred twenty five dollars", "two ten"), say_number(R.randint(100, 450))))
    return c, "appointment date/time spoken, self-pay amount, room number"


NEW_NEG = [(n_member_group, 6, "call/healthcare billing"), (n_confirmation_10, 4, "chat/travel"),
           (n_outage_counts, 4, "chat/utilities"), (n_claim_spoken_ssn_len, 5, "call/insurance"),
           (n_tracking_chat, 4, "chat/retail"), (n_account_balance_spoken, 4, "call/banking"),
           (n_prices_model, 3, "chat/telecom"), (n_appointment_spoken, 4, "call/healthcare billing")]


def p_ssn_dash_spoken():
    c = Case()
    s = gen_ssn()
    sep = pick(" dash ", " ", " hyphen ")
    v = say_digits(s[:3], dbl=0.2) + sep + say_digits(s[3:5], dbl=0.2) + sep + say_digits(s[5:], dbl=0.2)
    A(c, pick("and for verification the social security number", "can you confirm the social on file"))
    C(c, pick("sure ", "yeah it's ", "it should be "), (v, "SSN"), pick("", " i think that's what you have", " yep"))
    A(c, "great thank you for verifying")
    return c, "call/government services: SSN spoken with group separators said aloud (%s)" % (sep.strip() or "pause")


def p_asr_numeric():
    """ASR engines with inverse text normalisation emit digits instead of words."""
    c = Case()
    what = R.randint(0, 3)
    if what == 0:
        s = gen_ssn()
        A(c, "can i have your social")
        C(c, "yeah it's ", (pick(" ".join(s), s[:3] + " " + s[3:5] + " " + s[5:], s[:3] + " " + " ".join(s[3:])), "SSN"))
        note = "SSN"
    elif what == 1:
        num = gen_card(pick("visa", "mc"))
        A(c, "go ahead with the card number")
        C(c, "okay it's ", (" ".join(num[i:i + 4] for i in range(0, 16, 4)), "CARD_NUMBER"), " and it expires ",
          ("%d %02d" % (R.randint(1, 12), R.randint(26, 31)), "EXPIRY"))
        note = "card and expiry"
    elif what == 2:
        p = gen_us_phone()
        A(c, "what's the best number to call you back")
        C(c, "it's ", (pick(" ".join(p), p[:3] + " " + p[3:6] + " " + p[6:], p[:3] + " " + p[3:]), "PHONE"), pick(" thank you", ""))
        note = "phone"
    else:
        z = gen_zip()
        num = R.randint(100, 9999)
        A(c, "and what's the address on the account")
        C(c, "it's ", ("%d %s %s" % (num, R.choice(STREETS), R.choice(SUFFIX_S)), "ADDRESS"), " and the zip is ", (" ".join(z), "POSTCODE"))
        note = "address and spaced ZIP"
    A(c, "thank you")
    return c, "call/%s: ASR output with numerals instead of words (%s)" % (pick("telecom", "banking", "insurance"), note)


def p_chat_typo_o():
    c = Case()
    what = R.randint(0, 1)
    if what == 0:
        p = gen_us_phone()
        while "0" not in p:
            p = gen_us_phone()
        v = "%s-%s-%s" % (p[:3], p[3:6], p[6:])
        v = v.replace("0", "O", 1)
        C(c, pick("my number is ", "call me on ", "ph: "), (v, "PHONE"), pick(" (cell)", "", " thx"))
        note = "phone with letter O typed for zero"
    else:
        s = gen_ssn()
        while "0" not in s:
            s = gen_ssn()
        v = "%s-%s-%s" % (s[:3], s[3:5], s[5:])
        v = v.replace("0", "O", 1)
        C(c, pick("SSN is ", "ssn ", "social "), (v, "SSN"))
        note = "SSN with letter O typed for zero"
    A(c, "Thank you, got it.")
    return c, "chat/%s: %s" % (pick("retail", "banking", "healthcare billing"), note)


def p_email_spelled():
    c = Case()
    f, l = R.choice(FIRST), R.choice(LAST)
    dom = R.choice(DOMAINS)
    d1, d2 = dom.split(".")
    spelled = " ".join(l)
    dot = pick("dot", "period")
    at = pick("at", "at sign", "at")
    suffix = pick("", "eighty eight", "two")
    v = "%s %s %s %s %s %s %s" % (f[0] + " as in " + WORDY.get(f[0], NATO[f[0]]), spelled, suffix, at, d1, dot, d2)
    v = " ".join(v.split())
    A(c, "and what email should the renewal notice go to")
    C(c, "okay it's ", (v, "EMAIL"))
    A(c, "thank you i'll read it back ", (" ".join((f[0] + " " + l + " " + suffix).split()) + " at " + d1 + " dot " + d2, "EMAIL"))
    return c, "call/insurance: email with spelled-out surname, 'at sign'/'period', agent read-back"


def p_expiry_slash():
    c = Case()
    m, y = R.randint(1, 12), R.randint(26, 31)
    A(c, "and the expiration date on the card")
    form = R.randint(0, 2)
    if form == 0:
        v = "%s slash %s" % (say_digits("%02d" % m), say_pair("%02d" % y))
    elif form == 1:
        v = "%s of %s" % (MONTHS[m - 1], say_year(2000 + y))
    else:
        v = "%s %s" % (say_digits("%02d" % m), say_year(2000 + y))
    C(c, pick("it's ", "expires ", "um "), (v, "EXPIRY"))
    A(c, "and the security code")
    cv = gen_digits(3, False)
    C(c, (pick(say_digits(cv), ONES[int(cv[0])] + " " + say_pair(cv[1:]) if cv[1] != "0" else say_digits(cv)), "CVV"))
    A(c, "thank you i'm processing the payment of %s now" % pick("sixty dollars", "one hundred and ten dollars", "twenty nine ninety nine"))
    return c, "call/utilities: expiry with 'slash' / full year, cvv possibly as 'seven twelve'"


def p_dob_born_on():
    c = Case()
    y, m, d = gen_dob()
    A(c, "and just to verify can i have the date of birth for the account holder")
    she = R.random() < 0.5
    C(c, "yeah she was born on " if she else pick("he was born ", "he's born on "), (pick("the %s of %s %s" % (ORD[d], MONTHS[m - 1], say_year(y)),
                                                                       "%s %s %s" % (MONTHS[m - 1], ORD[d], say_year(y))), "DOB"),
      pick("", (" she's my mom i'm on the account as well" if she else " he's my dad i'm on the account as well"),
           (" she's " if she else " he's ") + "%s now" % say_number(2026 - y - 1)))
    A(c, "thank you and you're listed as an authorized user since twenty nineteen")
    return c, "call/healthcare billing: DOB of a relative; 'since twenty nineteen' and age are not PII"


def p_cvv_chat_only():
    c = Case()
    cv = gen_digits(3, False)
    A(c, "Please enter the 3-digit CVV from the back of your card ending %s." % gen_digits(4, False))
    C(c, pick("cvv ", "its ", "", "security code: "), (cv, "CVV"))
    A(c, "Thanks, your payment of $%d.%02d went through. Ref #%s." % (R.randint(10, 300), R.randint(0, 99), gen_digits(8)))
    return c, "chat/retail: lone CVV reply in context; last four of card and ref number are not labelled"


MORE_POS = [(p_ssn_dash_spoken, 6), (p_asr_numeric, 10), (p_chat_typo_o, 4), (p_email_spelled, 4),
            (p_expiry_slash, 5), (p_dob_born_on, 4), (p_cvv_chat_only, 3)]


def n_tax_forms():
    c = Case()
    C(c, "i got a %s from the irs about my %d return and they're saying i owe %s" % (
        pick("notice c p two thousand", "letter fifty two sixty three c", "c p fourteen notice"), R.randint(2021, 2025),
        pick("eleven hundred dollars", "three thousand two hundred forty one dollars", "six eighty")))
    A(c, "okay you'll want to attach your w two and the ten ninety nine k and file a form eight eight two one within thirty days")
    return c, "IRS notice numbers, tax year, form numbers, amounts, days"


def n_ivr_menu():
    c = Case()
    A(c, "for billing press one for technical support press two to hear your balance press three or press nine to repeat")
    C(c, pick("two", "one", "agent"))
    A(c, "your estimated wait time is %s minutes you are caller number %s" % (pick("twelve", "four", "twenty"), pick("seven", "thirty one", "three")))
    return c, "IVR menu digits, wait minutes, caller position"


def n_service_dates():
    c = Case()
    d1 = "%02d/%02d/%d" % (R.randint(1, 12), R.randint(1, 28), R.randint(2019, 2026))
    C(c, "Date of service was %s, provider billed $%s and my plan has covered %d%% since the effective date %s." % (
        d1, "{:,}.{:02d}".format(R.randint(100, 9000), R.randint(0, 99)), R.choice([70, 80, 90]),
        "%02d/01/%d" % (R.randint(1, 12), R.randint(2015, 2024))))
    A(c, "Thanks. The EOB dated %s shows patient responsibility of $%d.%02d." % (
        "%d/%d/%d" % (R.randint(1, 12), R.randint(1, 28), R.randint(2024, 2026)), R.randint(10, 900), R.randint(0, 99)))
    return c, "full dates that are service/effective/EOB dates (not DOB), amounts, coverage percentage"


def n_member_since():
    c = Case()
    A(c, "i see you've been with us since %s %s %s thank you for your loyalty" % (
        MONTHS[R.randint(0, 11)], ORD[R.randint(1, 28)], say_year(R.randint(1998, 2015))))
    C(c, "yeah like %s years and i'm paying %s a month now" % (pick("fifteen", "twenty", "eleven"), pick("one eighty nine", "two hundred and twelve", "ninety nine ninety nine")))
    A(c, "i can take it down to %s for the next %s months" % (pick("one forty nine", "seventy nine"), pick("twelve", "twenty four")))
    return c, "customer-since date with year (not DOB), years, monthly prices, month counts"


def n_hotel_train():
    c = Case()
    C(c, "I'm in room %d at the hotel, checkout is 11:00 and my train leaves at %02d:%02d from platform %d" % (
        R.randint(101, 2450), R.randint(12, 20), R.choice([5, 15, 35, 50]), R.randint(1, 14)))
    A(c, "No problem, I've extended checkout to 13:00 at no charge. Your booking ref %s is updated." % pick("HX7K2P", "QZ81MT", "BKG-%s" % gen_digits(6)))
    return c, "room number, 24h times, platform, booking reference"


def n_amount_words():
    c = Case()
    A(c, "okay so the total today comes to %s and that includes %s in tax" % (
        pick("one thousand two hundred thirty four dollars and fifty six cents", "four hundred eleven dollars and eleven cents",
             "two thousand and nine dollars"), pick("eighty one dollars", "seven fifty", "sixty two dollars and ten cents")))
    C(c, "can i split that into %s payments" % pick("three", "four", "two"))
    A(c, "yes that would be %s each on the first of each month" % pick("four hundred eleven dollars", "three hundred eight fifty", "one oh two"))
    return c, "amounts in words with cents, number of payments, ordinal day"


MORE_NEG = [(n_tax_forms, 4, "call/government services"), (n_ivr_menu, 3, "call/telecom"),
            (n_service_dates, 5, "chat/healthcare billing"), (n_member_since, 4, "call/telecom"),
            (n_hotel_train, 4, "chat/travel"), (n_amount_words, 4, "call/retail")]


def p_card_repeat_middle():
    c = Case()
    num = gen_card(pick("visa", "mc"))
    gs = card_groups(num)
    A(c, "okay go ahead with the card number")
    C(c, (" ".join(say_digits(g) for g in gs), "CARD_NUMBER"))
    A(c, "sorry you cut out for a second after the first four can you repeat the middle")
    C(c, pick("yeah ", "sure it was ", "okay "), (say_digits(gs[1]) + " " + say_digits(gs[2]), "CARD_NUMBER"))
    A(c, "got it thank you and the expiration")
    m, y = R.randint(1, 12), R.randint(26, 31)
    C(c, (say_pair("%02d" % m) + " " + say_pair("%02d" % y), "EXPIRY"))
    return c, "call/travel: agent asks customer to repeat middle groups of a card (partial repeat labelled)"


def p_phone_uk_landline():
    c = Case()
    kind = R.randint(0, 2)
    if kind == 0:
        v = "020 7" + gen_digits(3, False) + " " + gen_digits(4, False)
    elif kind == 1:
        v = "+44 (0)161 " + gen_digits(3, False) + " " + gen_digits(4, False)
    else:
        v = "0113 " + gen_digits(3, False) + " " + gen_digits(4, False)
    C(c, pick("Best number is my landline ", "home phone: ", "ring me on "), (v, "PHONE"), pick(" after 6", " - mornings only", ""))
    A(c, "Thanks, an engineer will call you within 2 working days to book the %s visit." % pick("meter", "boiler"))
    return c, "chat/utilities (UK): landline formats incl. +44 (0); times not PII"


def p_dob_eu():
    c = Case()
    y, m, d = gen_dob()
    v = pick("%02d.%02d.%d" % (d, m, y), "%02d/%02d/%02d" % (d, m, y % 100), "%d %s %d" % (d, MONTHS[m - 1].capitalize(), y))
    A(c, pick("For security, what's your date of birth?", "Could you confirm your date of birth for the booking?"))
    C(c, pick("", "dob ", "its ", "born "), (v, "DOB"))
    A(c, "Thanks. Your flight on the %s departs at 07:40 from Dublin." % ORD[R.randint(1, 28)])
    return c, "chat/travel (Ireland/EU): day-first DOB formats; flight date/time not PII"


def p_ssn_restate():
    c = Case()
    s1, s2 = gen_ssn(), gen_ssn()
    A(c, "and what's your social")
    C(c, (say_digits(s1), "SSN"), " no wait that's my wife's hold on mine is ", (say_digits(s2, dbl=0.6), "SSN"))
    A(c, "okay no problem i'll use ", (say_digits(s2[5:]), "SSN"), " as the last four")
    return c, "call/insurance: customer gives spouse's SSN then own; agent repeats last four"


def p_moving_call():
    c = Case()
    num = R.randint(100, 9999)
    st = R.choice(STREETS)
    city, state, zp = R.choice(US_CITIES)
    z = gen_zip(zp)
    s = gen_ssn()
    p = gen_us_phone()
    A(c, "congrats on the move what's the new address")
    C(c, "thanks it's ", (say_number(num) + " " + st + " " + R.choice(SUFFIX_S), "ADDRESS"), " it's a %s bedroom and we close on the %s" % (
        pick("three", "two", "four"), ORD[R.randint(1, 28)]))
    A(c, "and the zip out there")
    C(c, (say_digits(z), "POSTCODE"))
    A(c, "okay for two lines that'll be seventy dollars a month plus a thirty five dollar activation and i need to run a soft credit check with the social")
    C(c, "sure ", (say_digits(s[:3]) + " " + say_digits(s[3:5]) + " " + say_digits(s[5:]), "SSN"))
    A(c, "and is ", (say_digits(p[:3]) + " " + say_digits(p[3:6]) + " " + say_digits(p[6:]), "PHONE"), " still the best number")
    C(c, "yep that's my cell")
    return c, "call/telecom: moving house - address, ZIP, SSN and agent-read phone with prices, counts and dates around"


MORE2_POS = [(p_card_repeat_middle, 4), (p_phone_uk_landline, 4), (p_dob_eu, 4), (p_ssn_restate, 3), (p_moving_call, 5)]


POS_TEMPLATES = [
    (p_card_call_digits, 8), (p_card_split_turns, 6), (p_card_chat, 8), (p_card_correction, 3),
    (p_card_agent_confirm_last4, 4), (p_card_amex_pairs, 3), (p_card_with_amount, 3),
    (p_ssn_typed, 9), (p_ssn_spoken, 9), (p_ssn_split, 4), (p_ssn_last4_and_full, 3),
    (p_ssn_readback, 3), (p_ssn_homophone, 3), (p_ssn_mixed_chit, 3), (p_ssn_agent_readback_spoken, 3),
    (p_ssn_two_people, 2), (p_tax_ssn_itin_style, 2),
    (p_ni_typed, 8), (p_ni_spoken, 9), (p_ni_split, 4), (p_ni_and_phone_uk, 4),
    (p_bank_us, 7), (p_bank_uk_sort, 15), (p_iban, 15),
    (p_phone_us, 9), (p_phone_us_spoken, 7), (p_phone_uk_ie, 5),
    (p_email_typed, 7), (p_email_spoken, 9), (p_dob, 10),
    (p_address_us, 12), (p_address_uk, 6), (p_zip_only, 7), (p_mixed_insurance, 4),
] + NEW_POS + MORE_POS + MORE2_POS


# ---------------------------------------------------------------------------
# negative templates
# ---------------------------------------------------------------------------
def n_policy_member():
    c = Case()
    pol = gen_digits(R.randint(7, 10))
    kind = pick("policy", "member")
    A(c, "can i get the policy number" if kind == "policy" else "do you have your member id")
    if R.random() < 0.5:
        C(c, "yeah the policy number is " if kind == "policy" else "member id is ", say_digits(pol))
    else:
        C(c, pick("Policy # ", "policy no. HX-") if kind == "policy" else "Member ID: W", pol)
    A(c, "thank you your premium of %s is due on the %s" % (pick("one eighty four dollars", "$212.40", "ninety two fifty"), ORD[R.randint(1, 28)]))
    return c, "policy/member number with its name plus premium and due date"


def n_claim_tracking():
    c = Case()
    cl = gen_digits(R.randint(6, 10))
    tr = gen_digits(R.randint(8, 10))
    C(c, "Hi, checking on claim %s - also the tracking number you sent was %s and it hasn't moved since Tuesday." % (cl, tr))
    A(c, "Thanks. Claim %s was approved on 11/02 for $%d.%02d. The package shows out for delivery by 8pm." % (cl, R.randint(50, 2000), R.randint(0, 99)))
    return c, "claim and tracking numbers with their names, approval date, amount, time"


def n_order_spoken():
    c = Case()
    o = gen_digits(R.randint(6, 9))
    A(c, "do you have the order number handy")
    C(c, "yeah it's order number ", say_digits(o, dbl=0.5))
    A(c, "okay i see it you ordered %s items for %s and it shipped on %s %s" % (
        pick("three", "two", "four"), pick("sixty four ninety nine", "a hundred and twelve dollars", "thirty nine dollars"),
        MONTHS[R.randint(0, 11)], ORD[R.randint(1, 28)]))
    return c, "order number spoken digit by digit, amounts, shipping date"


def n_balance_amounts():
    c = Case()
    A(c, "your current balance is %s and your minimum payment is %s due on the %s" % (
        pick("two thousand four hundred and eleven dollars and thirty cents", "one thousand nine hundred eighty six dollars",
             "three thousand two hundred fifteen dollars and seven cents"),
        pick("thirty five dollars", "eighty one dollars", "forty two fifty"), ORD[R.randint(1, 28)]))
    C(c, "okay and what's the interest rate on that %s" % pick("is it twenty four point nine nine percent", "still nineteen percent"))
    A(c, "it's %s apr and your credit limit is %s" % (pick("twenty two point four nine percent", "eighteen point nine percent"),
                                                     pick("five thousand dollars", "twelve thousand five hundred")))
    return c, "balances, payments, percentages, ordinal due date"


def n_appointment():
    c = Case()
    A(c, "I can offer %s %s at %s or %s at %s." % (pick("Monday", "Thursday"), "%02d/%02d" % (R.randint(1, 12), R.randint(1, 28)),
                                                pick("9:30am", "2:15 PM", "11:00"), pick("Friday", "Tuesday"), pick("4:45pm", "10 am")))
    C(c, "the %s one works. how long will it take?" % pick("first", "second"))
    A(c, "About 45 minutes. Please arrive 15 minutes early to room %d on floor %d." % (R.randint(100, 450), R.randint(1, 9)))
    return c, "appointment dates/times, durations, room and floor numbers"


def n_flight():
    c = Case()
    A(c, "okay i have you on flight %s %s departing at %s from gate %s" % (
        pick("u a", "delta", "american"), say_number(R.randint(100, 2999)), pick("six forty five am", "seven ten pm", "thirteen twenty"),
        pick("b twelve", "c thirty one", "a four")))
    C(c, "and the return is on the %s right seat %s" % (ORD[R.randint(1, 28)], pick("twenty three c", "fourteen a", "nine f")))
    A(c, "correct confirmation code is %s and the change fee would be %s" % (
        pick("k x seven q two p", "h t four four r l", "b nine z m three d"), pick("seventy five dollars", "two hundred dollars")))
    return c, "flight number, times, gate, seat, confirmation code, fee"


def n_meter():
    c = Case()
    r1 = gen_digits(5, False)
    C(c, "Meter reading today is %s, the previous bill said %s" % (r1, gen_digits(5, False)))
    A(c, "Thanks. That's %d kWh over %d days, so about £%d.%02d. Your tariff is %sp per unit." % (
        R.randint(200, 900), R.randint(28, 33), R.randint(40, 190), R.randint(0, 99), pick("24.5", "27.03", "31")))
    return c, "meter readings, kWh, days, money, unit price (UK utilities)"


def n_meter_spoken():
    c = Case()
    r1 = gen_digits(5)
    A(c, "can you read me the numbers on the meter from left to right")
    C(c, "okay it's %s and then the red one is %s" % (say_digits(r1, "uk"), ONES[R.randint(0, 9)]))
    A(c, "lovely that's about %s units since the last reading" % pick("four hundred and twelve", "three hundred", "eight hundred and six"))
    return c, "spoken meter reading, counts"


def n_tech_specs():
    c = Case()
    C(c, "my router is the model %s and i'm only getting %s megs instead of %s" % (
        pick("n six hundred", "ax three thousand", "c seven"), pick("twelve", "forty", "ninety five"), pick("five hundred", "three hundred", "one gig")))
    A(c, "okay i see firmware version %s can you unplug it for thirty seconds" % pick("three point two point one", "two point oh point nine"))
    C(c, "done the lights are blinking it's been like %s" % pick("two minutes", "five minutes", "a minute and a half"))
    return c, "model numbers, speeds, firmware versions, durations"


def n_ticket_chat():
    c = Case()
    t = gen_digits(R.randint(6, 8))
    C(c, "ticket #%s still not resolved after %d days!!! I've called %d times" % (t, R.randint(3, 21), R.randint(2, 9)))
    A(c, "I'm sorry about that. I've escalated ticket %s to priority 1; expect an update within 24 hours." % t)
    return c, "ticket number, counts, priority, hours"


def n_age_temp():
    c = Case()
    C(c, "my mother is %s and the heating's been off since %s the house is at %s degrees" % (
        pick("eighty seven", "ninety one", "seventy four"), pick("saturday", "the twelfth", "two days ago"), pick("fifty eight", "sixty one", "twelve")))
    A(c, "i'm so sorry we'll send an emergency engineer within %s hours and there's no call out fee of %s" % (
        pick("four", "two"), pick("sixty pounds", "ninety five dollars")))
    return c, "age, temperature, hours, money"


def n_invoice_year():
    c = Case()
    inv = gen_digits(R.randint(6, 9))
    units, price = R.randint(2, 40), R.randint(5, 300)
    C(c, "invoice %s from %d shows %d units at $%d each, total $%s" % (
        inv, R.randint(2018, 2025), units, price, "{:,}".format(units * price)))
    A(c, "Thanks, I've applied a %d%% credit; your contract started 03/2022 and renews in %d months." % (R.randint(5, 30), R.randint(1, 24)))
    return c, "invoice number, years, counts, prices, percentages, contract start"


def n_company_office_hours():
    c = Case()
    A(c, "our lines are open eight am to eight pm monday to friday and nine to five on saturdays")
    C(c, "and how much is the early termination fee")
    fee, cur = pick((20, "dollars"), (15, "pounds"))
    left = R.randint(3, 11)
    A(c, "it's %s %s per remaining month so with %s months left that's %s %s" % (
        say_number(fee), cur, say_number(left), say_number(fee * left), cur))
    return c, "hours, fees, month counts"


def n_last4_only():
    c = Case()
    A(c, "i see a payment of %s on the %s is that the one you're asking about" % (
        pick("eighty nine ninety nine", "two hundred and four dollars", "twelve fifty"), ORD[R.randint(1, 28)]))
    C(c, "yeah that was taken twice and i only authorized it once")
    A(c, "okay i've raised dispute reference %s you'll see a credit in %s business days" % (
        say_digits(gen_digits(7)), pick("three to five", "seven to ten")))
    return c, "amounts, ordinal dates, dispute reference spoken, business days"


def n_rx_refill():
    c = Case()
    rx = gen_digits(7)
    C(c, "I need to refill rx %s, it's %s mg, %d tablets" % (rx, pick("20", "500", "10", "2.5"), R.randint(30, 90)))
    A(c, "Your copay is $%d.%02d and it will be ready after 3pm tomorrow. Claim %s was billed on %s." % (
        R.randint(5, 60), R.randint(0, 99), gen_digits(9), "%02d/%02d/%d" % (R.randint(1, 12), R.randint(1, 28), R.randint(2023, 2026))))
    return c, "prescription number, dosage, counts, copay, time, claim number, billing date"


def n_shipping_weight():
    c = Case()
    C(c, "the box is %s pounds %s ounces and it's %s by %s by %s inches" % (
        pick("twelve", "four", "thirty"), pick("six", "eleven", "three"), pick("eighteen", "twenty four"), pick("twelve", "ten"), pick("six", "eight")))
    A(c, "okay ground shipping is %s and it'll take %s days with two day air at %s" % (
        pick("fourteen ninety five", "twenty two dollars"), pick("five to seven", "three"), pick("forty one dollars", "sixty two fifty")))
    return c, "weights, dimensions, prices, durations"


def n_store_number():
    c = Case()
    C(c, "I bought it at store #%d on %s, receipt says transaction %s register %d" % (
        R.randint(100, 9999), "%d/%d" % (R.randint(1, 12), R.randint(1, 28)), gen_digits(R.randint(6, 8)), R.randint(1, 20)))
    A(c, "Thanks! Returns are accepted within 30 days, so you have until the %s." % ORD[R.randint(1, 28)])
    return c, "store number, purchase date, transaction/register numbers, return window"


def n_car_insurance():
    c = Case()
    A(c, "what's the mileage on the vehicle")
    C(c, "about %s thousand it's a %s" % (pick("eighty seven", "forty two", "one hundred twelve"), pick("twenty nineteen camry", "two thousand sixteen f one fifty", "twenty twenty two civic")))
    A(c, "okay and your deductible is %s so the new premium would be %s a month" % (
        pick("five hundred", "a thousand dollars"), pick("one thirty two", "ninety eight fifty", "two hundred and six")))
    return c, "mileage, model year, deductible, premium"


def n_data_usage():
    c = Case()
    A(c, "You've used %s GB of your %d GB allowance. Your plan renews on the %s and costs %s/month." % (
        pick("18.4", "7", "42.9"), R.choice([20, 50, 100]), ORD[R.randint(1, 28)], pick("$45", "£25", "€30")))
    C(c, "can I upgrade to the unlimited one for $%d? I'm on account since %d" % (R.randint(55, 90), R.randint(2008, 2022)))
    return c, "data usage, allowances, renewal day, prices, year"


def n_queue_position():
    c = Case()
    A(c, "thanks for holding you were number %s in the queue sorry about the %s minute wait" % (pick("fourteen", "twenty three", "six"), pick("forty", "twenty five", "fifty two")))
    C(c, "it's fine i've been trying since %s" % pick("nine thirty", "half past ten", "eight o'clock"))
    return c, "queue position, wait minutes, times"


def n_case_ref_alnum():
    c = Case()
    C(c, "my case reference is %s and the engineer visit was booked for %s" % (
        pick("CAS-%s" % gen_digits(7), "REF %s" % gen_digits(8), "SR%s" % gen_digits(9)), pick("the 14th", "Friday 10-2", "next Wednesday")))
    A(c, "Thanks, that case is now %s and the %s refund was issued on %s." % (pick("closed", "resolved"), pick("£45.00", "$120", "€18.50"), pick("the 3rd", "Monday", "12/09")))
    return c, "case references with prefix, visit window, refund"


NEG_TEMPLATES = [
    (n_policy_member, 10, "insurance"), (n_claim_tracking, 8, "insurance"), (n_order_spoken, 8, "retail"), (n_balance_amounts, 6, "banking"),
    (n_appointment, 6, "healthcare billing"), (n_flight, 5, "travel"), (n_meter, 4, "utilities"), (n_meter_spoken, 4, "utilities"), (n_tech_specs, 5, "telecom"),
    (n_ticket_chat, 5, "telecom"), (n_age_temp, 4, "utilities"), (n_invoice_year, 5, "retail"), (n_company_office_hours, 3, "telecom"),
    (n_last4_only, 5, "banking"), (n_rx_refill, 5, "healthcare billing"), (n_shipping_weight, 4, "retail"), (n_store_number, 5, "retail"),
    (n_car_insurance, 4, "insurance"), (n_data_usage, 4, "telecom"), (n_queue_position, 3, "utilities"), (n_case_ref_alnum, 5, "utilities"),
] + [(f, n, i) for f, n, i in NEW_NEG + MORE_NEG]


def build():
    cases = []
    pos = []
    for fn, n in POS_TEMPLATES:
        for _ in range(n):
            pos.append(fn)
    neg = []
    for fn, n, ind in NEG_TEMPLATES:
        for _ in range(n):
            neg.append((fn, ind))
    R.shuffle(pos)
    R.shuffle(neg)
    for i, fn in enumerate(pos, 1):
        c, note = fn()
        cases.append({"id": "h62-pos-%03d" % i, "kind": "positive", "turns": c.turns,
                      "spans": c.spans, "note": note})
    for i, (fn, ind) in enumerate(neg, 1):
        c, note = fn()
        assert not c.spans
        cases.append({"id": "h62-neg-%03d" % i, "kind": "negative", "turns": c.turns,
                      "spans": [], "note": "%s/%s: negative - %s" % (
                          "chat" if any(ch.isupper() for t in c.turns for ch in t["text"]) else "call",
                          ind.split("/")[-1], note)})
    return cases


# ---------------------------------------------------------------------------
# validation of labels (normalise spoken forms)
# ---------------------------------------------------------------------------
W2D = {w: str(i) for i, w in enumerate(ONES)}
W2D.update({"oh": "0", "o": "0", "nought": "0", "zero": "0", "won": "1", "too": "2", "ate": "8"})
TEEN2D = {w: str(10 + i) for i, w in enumerate(TEENS)}
TENS2D = {w: str(i) for i, w in enumerate(TENS) if w}


def normalise(text: str) -> str:
    typed = bool(re.search(r"\d", text))
    toks = re.findall(r"[a-z]+|\d|\*", text.lower())
    out = []
    i = 0
    mult = 1
    while i < len(toks):
        t = toks[i]
        if t.isdigit() or t == "*":
            out.append(t * mult)
            mult = 1
        elif typed and t not in W2D and t not in TEEN2D and t not in TENS2D:
            out.append(t.upper())  # typed letters (NI prefix, IBAN bank code, postcode)
        elif typed and t == "o":
            out.append("O")
        elif t == "double":
            mult = 2
        elif t == "triple":
            mult = 3
        elif t in W2D:
            out.append(W2D[t] * mult)
            mult = 1
        elif t in TEEN2D:
            out.append(TEEN2D[t])
        elif t in TENS2D:
            if i + 1 < len(toks) and toks[i + 1] in ONES[1:]:
                out.append(TENS2D[t] + W2D[toks[i + 1]])
                i += 1
            else:
                out.append(TENS2D[t] + "0")
        elif t == "hundred":
            out.append("00")
        elif len(t) == 1:
            out.append(t.upper())
            if i + 2 < len(toks) and toks[i + 1] in ("for", "as"):
                i += 2 + (1 if toks[i + 1] == "as" and i + 3 < len(toks) and toks[i + 2] == "in" else 0)
        # other words (fillers, 'dash', 'slash', 'and' ...) are ignored
        i += 1
    return "".join(out)


STREET_WORDS = {w.lower() for w in SUFFIX_T + SUFFIX_S} | {"lane", "road", "crescent", "close", "street", "avenue"}


def validate(typ: str, text: str) -> str | None:
    n = normalise(text)
    if typ in ("SSN", "PHONE", "CARD_NUMBER", "BANK_ACCOUNT", "CVV"):
        n = n.replace("O", "0")  # letter O typed for zero
    low = text.lower()
    if typ == "CARD_NUMBER":
        return None if re.fullmatch(r"\d{13,19}", n) and luhn_ok(n) else "card %r" % n
    if typ == "CVV":
        return None if re.fullmatch(r"\d{3,4}", n) else "cvv %r" % n
    if typ == "EXPIRY":
        if any(m in low for m in MONTHS) or re.fullmatch(r"\d{4}|\d{6}|\d{3}", n):
            return None
        return "expiry %r" % n
    if typ == "SSN":
        return None if re.fullmatch(r"[\d*]{9}|\d{4}|\d{5}|\d{3}|\d{2}", n) else "ssn %r" % n
    if typ == "NI_NUMBER":
        if re.fullmatch(r"[0A-Z]{2}\d{6}[A-D]", n):
            n = n[:2].replace("0", "O") + n[2:]
        return None if re.fullmatch(r"[A-Z]{2}\d{6}[A-D]|[A-Z]{2}|\d{3}|\d{3}[A-D]", n) else "ni %r" % n
    if typ == "BANK_ACCOUNT":
        return None if re.fullmatch(r"\d{8,12}", n) else "acct %r" % n
    if typ == "SORT_CODE":
        return None if re.fullmatch(r"\d{6}", n) else "sort %r" % n
    if typ == "IBAN":
        alt = n[:4] + n[4:8].replace("0", "O") + n[8:]
        return None if iban_ok(n) or iban_ok(alt) else "iban %r" % n
    if typ == "PHONE":
        return None if re.fullmatch(r"\d{10,13}|\d{3,4}|\d{7}", n) else "phone %r" % n
    if typ == "EMAIL":
        ok = ("@" in text and "." in text) or (" at " in low and (" dot " in low or " period " in low))
        return None if ok else "email"
    if typ == "DOB":
        if any(m in low for m in MONTHS) or re.search(r"\d{6,8}", n) or re.fullmatch(r"\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}", text):
            return None
        return "dob %r" % n
    if typ == "POSTCODE":
        if re.fullmatch(r"\d{5}|\d{9}", n):
            return None
        if re.fullmatch(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}", n):
            return None
        return "postcode %r" % n
    if typ == "ADDRESS":
        words = set(re.findall(r"[a-z]+", low))
        has_num = bool(re.search(r"\d", text)) or bool(words & (set(ONES) | set(TEENS) | set(TENS2D) | {"hundred", "oh"}))
        return None if has_num and words & STREET_WORDS else "address"
    return "unknown type"


def check_cases(cases) -> list[str]:
    errs = []
    ids = set()
    for c in cases:
        cid = c["id"]
        if cid in ids:
            errs.append("%s: duplicate id" % cid)
        ids.add(cid)
        if c["kind"] == "negative" and c["spans"]:
            errs.append("%s: negative with spans" % cid)
        if c["kind"] == "positive" and not c["spans"]:
            errs.append("%s: positive without spans" % cid)
        last = {}
        for sp in c["spans"]:
            if sp["type"] not in TYPES:
                errs.append("%s: bad type %s" % (cid, sp["type"]))
            if not 0 <= sp["turn"] < len(c["turns"]):
                errs.append("%s: bad turn" % cid)
                continue
            text = c["turns"][sp["turn"]]["text"]
            s, e = sp["start"], sp["end"]
            if not (0 <= s < e <= len(text)):
                errs.append("%s: offsets out of range" % cid)
                continue
            if (s > 0 and text[s - 1].isalnum()) or (e < len(text) and text[e].isalnum()):
                errs.append("%s: span not on word boundary %r" % (cid, text[s:e]))
            if text[s].isspace() or text[e - 1].isspace():
                errs.append("%s: span has surrounding whitespace" % cid)
            if sp["turn"] in last and s < last[sp["turn"]]:
                errs.append("%s: overlapping/unsorted spans" % cid)
            last[sp["turn"]] = e
        # per-type validation, allowing split values to be validated joined
        bytype = {}
        for sp in c["spans"]:
            bytype.setdefault(sp["type"], []).append(c["turns"][sp["turn"]]["text"][sp["start"]:sp["end"]])
        for typ, vals in bytype.items():
            if typ in ("SSN", "NI_NUMBER", "CARD_NUMBER", "PHONE", "BANK_ACCOUNT") and len(vals) == 1:
                n1 = normalise(vals[0])
                if not (_full(typ, n1.replace("O", "0") if typ != "NI_NUMBER" else n1)
                        or (typ == "SSN" and re.fullmatch(r"\d{4}", n1))
                        or (typ == "BANK_ACCOUNT" and validate(typ, vals[0]) is None)):
                    errs.append("%s: lone partial %s %r" % (cid, typ, vals[0]))
                    continue
            bad = [v for v in vals if validate(typ, v)]
            if not bad:
                continue
            if typ in ("CARD_NUMBER", "SSN", "NI_NUMBER", "PHONE", "BANK_ACCOUNT") and len(vals) > 1:
                # split reading: try joining consecutive pieces greedily
                if _chain_ok(typ, vals):
                    continue
            for v in bad:
                errs.append("%s: invalid %s %r (%s)" % (cid, typ, v, validate(typ, v)))
    return errs


def _chain_ok(typ, vals):
    i = 0
    fulls = []
    while i < len(vals):
        n = normalise(vals[i])
        if validate(typ, vals[i]) is None and _full(typ, n):
            fulls.append(n)
            i += 1
            continue
        if any(n in f for f in fulls):
            i += 1  # partial repeat of a value already given in full
            continue
        acc = ""
        j = i
        while j < len(vals):
            acc += normalise(vals[j])
            j += 1
            if _full(typ, acc):
                break
        if not _full(typ, acc):
            return False
        fulls.append(acc)
        i = j
    return True


def _full(typ, n):
    if typ == "CARD_NUMBER":
        return bool(re.fullmatch(r"\d{13,19}", n)) and luhn_ok(n)
    if typ == "SSN":
        return bool(re.fullmatch(r"[\d*]{9}|\d{4}", n))
    if typ == "NI_NUMBER":
        if re.fullmatch(r"[0A-Z]{2}\d{6}[A-D]", n):
            n = n[:2].replace("0", "O") + n[2:]
        return bool(re.fullmatch(r"[A-Z]{2}\d{6}[A-D]", n))
    if typ == "PHONE":
        return bool(re.fullmatch(r"\d{10,13}", n))
    if typ == "BANK_ACCOUNT":
        return bool(re.fullmatch(r"\d{8,12}", n))
    return False


def render(cases) -> str:
    return "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cases)


def counts(cases):
    cnt = Counter(sp["type"] for c in cases for sp in c["spans"])
    npos = sum(c["kind"] == "positive" for c in cases)
    nneg = sum(c["kind"] == "negative" for c in cases)
    return cnt, npos, nneg


def readme(cases) -> str:
    cnt, npos, nneg = counts(cases)
    rows = "\n".join("| %s | %d |" % (t, cnt.get(t, 0)) for t in TYPES)
    return f"""# pii_holdout62 - held-out PII redaction evaluation set

**Never use this set for tuning.** It exists only to measure the redactor on
data its developers have not looked at. Do not add its cases to training or
rule-development fixtures, and do not change the redactor in response to
individual failures here.

## Who wrote it and how

Written by an AI helper acting as an *independent author*: it did not read the
redaction code, its tests, its docs or any other PII fixtures, and it did not
run the redactor. The only existing data consulted was a three-line example of
the JSONL format. Cases are generated by `scripts/make_pii_holdout62.py` from
template functions; every turn is assembled from plain-text segments and
`(value, TYPE)` segments so span offsets are computed, never typed by hand.
All values come from one `random.Random({SEED})`; output is byte-for-byte
reproducible. `python scripts/make_pii_holdout62.py --check` regenerates the
set, verifies it is identical to the file, and validates ids, offsets, word
boundaries, overlaps and every labelled value after normalising spoken forms
(Luhn for cards, mod-97 for IBANs, NI shape, 9 digits for SSNs, etc.).

Emphasis: mostly US contact centres (SSNs typed and spoken in many ways, ZIP
and ZIP+4, US phone formats, US street addresses, card payments by phone),
plus UK/Ireland/EU cases for NI numbers, sort codes, IBANs and postcodes.
Chat turns are typed text; call turns imitate ASR output (lower case, numbers
as words, "oh"/"o"/"nought" for zero, "double"/"triple", pairs such as
"forty one eleven", letters as "b for bravo", e-mails as "dot"/"at",
homophones "too"/"ate", values split over several customer turns with agent
back-channels, self-corrections, read-backs, fillers inside readings).

## Annotation conventions

* A span covers exactly the value: from its first to its last character /
  spoken token. Lead-in words ("it's", "my social is", "card:") are outside.
* Filler words *inside* a reading (e.g. "um" between digits) are inside the
  span; fillers before or after are outside.
* A value split across turns is labelled as one span per turn, each covering
  that turn's portion of the value.
* Agent read-backs of a value are labelled too (including a partially masked
  SSN read-back such as `***-**-1234`: the visible last four are PII).
* Partial values that are still identifying are labelled: the last four of an
  SSN when asked for verification, a repeated middle group.
* In a self-correction the abandoned fragment is not labelled; the digits the
  customer keeps and the corrected portion are.
* Typos are kept inside the span (e.g. a letter O typed for a zero in a phone
  number or SSN); ASR output that already uses numerals ("it's 4 0 4 8 ...",
  "510 7948645") is labelled like typed text.
* Spoken separators inside a value ("dash", "slash", "hyphen", "at sign",
  "period", "dot", "underscore", "as in robert", "for bravo") are inside the
  span.
* ADDRESS = house number + street name + street type + unit/apartment if said
  immediately after; city and state are outside; the ZIP / postcode is a
  separate POSTCODE span.
* EXPIRY = month and year as given ("08/27", "august of twenty twenty nine").
* DOB = the full date as given, including "the" in "the fifth of may ..." only
  when it is part of the date phrase.
* US bank routing numbers, last four of a card on file, policy / member /
  claim / order / tracking / ticket / invoice / reference numbers, amounts,
  dates that are not birth dates, times, durations are NOT labelled; negative
  cases contain only such lookalikes and must not have anything redacted.

## Counts

Positive cases: {npos}  
Negative cases: {nneg}

| type | spans |
|---|---|
{rows}

Never use this set for tuning.
"""


def main(argv):
    cases = build()
    data = render(cases)
    rd = readme(cases)
    cnt, npos, nneg = counts(cases)
    errs = check_cases(cases)
    if "--check" in argv:
        if not CASES.exists() or CASES.read_text(encoding="utf-8") != data:
            errs.append("cases.jsonl differs from regenerated output")
        if not README.exists() or README.read_text(encoding="utf-8") != rd:
            errs.append("README.md differs from regenerated output")
        # re-parse file to be sure it is valid JSONL
        if CASES.exists():
            for ln, line in enumerate(CASES.read_text(encoding="utf-8").splitlines(), 1):
                try:
                    json.loads(line)
                except ValueError:
                    errs.append("line %d not JSON" % ln)
    else:
        OUT_DIR.mkdir(parents=True, exist_ok=True)
        CASES.write_text(data, encoding="utf-8")
        README.write_text(rd, encoding="utf-8")
    if npos < 170 or nneg < 100:
        errs.append("too few cases: %d pos %d neg" % (npos, nneg))
    for t in TYPES:
        need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
        if cnt.get(t, 0) < need:
            errs.append("too few %s spans: %d < %d" % (t, cnt.get(t, 0), need))
    print("pii_holdout62: %d positive, %d negative cases" % (npos, nneg))
    for t in TYPES:
        print("  %-13s %d" % (t, cnt.get(t, 0)))
    if errs:
        for e in errs[:60]:
            print("ERROR:", e)
        print("%d problem(s)" % len(errs))
        return 1
    print("OK" + (" (--check passed)" if "--check" in argv else " (written)"))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

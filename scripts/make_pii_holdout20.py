#!/usr/bin/env python3
"""Generate the held-out PII redaction set tests/fixtures/pii_holdout20.

Written by an independent AI helper that did not see the redaction code.
Standard library only.  Output is byte-for-byte reproducible (seed 20231126).

    python scripts/make_pii_holdout20.py          # write cases.jsonl + README.md
    python scripts/make_pii_holdout20.py --check  # regenerate, verify, summarise
"""
from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path
import random

SEED = 20231126
ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "tests" / "fixtures" / "pii_holdout20"
CASES = OUT_DIR / "cases.jsonl"
README = OUT_DIR / "README.md"

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

# --------------------------------------------------------------------------
# spoken-form helpers
UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
NATO = {"A": "alpha", "B": "bravo", "C": "charlie", "D": "delta", "E": "echo", "F": "foxtrot",
        "G": "golf", "H": "hotel", "J": "juliet", "K": "kilo", "L": "lima", "M": "mike",
        "N": "november", "P": "papa", "R": "romeo", "S": "sierra", "T": "tango",
        "W": "whiskey", "X": "x-ray", "Y": "yankee", "Z": "zulu", "I": "india",
        "O": "oscar", "Q": "quebec", "U": "uniform", "V": "victor"}
NATO_REV = {v.replace("-", ""): k for k, v in NATO.items()}
NATO_REV.update({"xray": "X", "whisky": "W", "juliett": "J", "alfa": "A"})
LETTER_HOMO = {"bee": "B", "see": "C", "sea": "C", "dee": "D", "gee": "G", "jay": "J",
               "kay": "K", "el": "L", "em": "M", "en": "N", "pee": "P", "are": "R",
               "ess": "S", "tea": "T", "tee": "T", "why": "Y", "ex": "X", "zed": "Z",
               "zee": "Z", "aitch": "H"}
HOMO_SPOKEN = {v: k for k, v in [("bee", "B"), ("see", "C"), ("jay", "J"), ("are", "R"),
                                  ("tee", "T"), ("why", "Y"), ("ex", "X"), ("zed", "Z"),
                                  ("aitch", "H"), ("kay", "K"), ("pee", "P")]}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
       "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
       "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth",
       "twenty first", "twenty second", "twenty third", "twenty fourth", "twenty fifth",
       "twenty sixth", "twenty seventh", "twenty eighth"]


def zero_word(rng, uk=False):
    return rng.choice(["oh", "o", "zero", "nought"] if uk else ["oh", "o", "zero"])


def say_digits(ds, rng, uk=False, runs=True, homo=False):
    """Digits one by one, with double/triple for runs."""
    zw = zero_word(rng, uk)
    out = []
    i = 0
    while i < len(ds):
        d = ds[i]
        j = i
        while j < len(ds) and ds[j] == d:
            j += 1
        n = j - i
        w = zw if d == "0" else UNITS[int(d)]
        if homo and d == "2" and rng.random() < 0.3:
            w = "to"
        if homo and d == "8" and rng.random() < 0.3:
            w = "ate"
        if runs and n >= 3 and rng.random() < 0.6:
            out.append("triple " + w)
            i += 3
        elif runs and n >= 2 and rng.random() < 0.6:
            out.append("double " + w)
            i += 2
        else:
            out.append(w)
            i += 1
    return " ".join(out)


def say_pair(p, rng, uk=False):
    a, b = int(p[0]), int(p[1])
    if a == 0:
        return zero_word(rng, uk) + " " + UNITS[b]
    if a == 1:
        return TEENS[b]
    if b == 0:
        return TENS[a]
    return TENS[a] + " " + UNITS[b]


def say_pairs(ds, rng, uk=False):
    assert len(ds) % 2 == 0
    return " ".join(say_pair(ds[i:i + 2], rng, uk) for i in range(0, len(ds), 2))


def say_mixed(ds, rng, uk=False):
    """Groups of 4 read randomly as pairs or as single digits."""
    parts = []
    for i in range(0, len(ds), 4):
        g = ds[i:i + 4]
        last = i + 4 >= len(ds)
        # a pair reading ending in a bare tens word ("seventy") followed by a digit
        # reading ("five ...") would be ambiguous even to a human: avoid it
        if len(g) == 4 and rng.random() < 0.4 and (last or g[3] != "0"):
            parts.append(say_pairs(g, rng, uk))
        else:
            parts.append(say_digits(g, rng, uk))
    return parts


def say_letter(c, rng, nato_p=0.4, homo_p=0.15):
    r = rng.random()
    if r < nato_p or c in "OI":
        return c.lower() + " " + rng.choice(["for", "for", "for", "four", "as in"]) + " " + NATO[c]
    if r < nato_p + homo_p and c in HOMO_SPOKEN:
        return HOMO_SPOKEN[c]
    return c.lower()


def say_year(y, rng):
    s = str(y)
    return say_pair(s[:2], rng) + " " + say_pair(s[2:], rng)


# --------------------------------------------------------------------------
# value generators
def luhn_ok(ds):
    tot = 0
    for i, ch in enumerate(reversed(ds)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def gen_card(rng, brand=None):
    brand = brand or rng.choice(["visa", "visa", "mc", "mc", "amex", "disc", "visa13", "maestro"])
    if brand == "visa":
        pre, n = "4", 16
    elif brand == "visa13":
        pre, n = "4", 13
    elif brand == "mc":
        pre, n = rng.choice(["51", "52", "53", "54", "55", "2221", "2720"]), 16
    elif brand == "amex":
        pre, n = rng.choice(["34", "37"]), 15
    elif brand == "disc":
        pre, n = "6011", 16
    else:
        pre, n = rng.choice(["6759", "6761"]), rng.choice([18, 19])
    body = pre + "".join(rng.choice("0123456789") for _ in range(n - len(pre) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def group_card(ds, sep=" "):
    if len(ds) == 15:
        gs = [ds[:4], ds[4:10], ds[10:]]
    else:
        gs = [ds[i:i + 4] for i in range(0, len(ds), 4)]
    return sep.join(gs)


def card_groups(ds):
    if len(ds) == 15:
        return [ds[:4], ds[4:10], ds[10:]]
    return [ds[i:i + 4] for i in range(0, len(ds), 4)]


def gen_ssn(rng):
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, rng.randint(1, 99), rng.randint(1, 9999))


NI_FIRST = "ABCEGHJKLMNPRSTWY"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"
NI_BAD = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}
NI_RE = re.compile(r"^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$")


def gen_ni(rng):
    while True:
        p = rng.choice(NI_FIRST) + rng.choice(NI_SECOND)
        if p not in NI_BAD:
            break
    return p + "".join(rng.choice("0123456789") for _ in range(6)) + rng.choice("ABCD")


IBAN_SPEC = {"GB": (22, lambda r: "".join(r.choice("ABCDEFGHJKLMNPRSTWXYZ") for _ in range(4))
                    + dg(r, 14)),
             "IE": (22, lambda r: r.choice(["AIBK", "BOFI", "IPBS", "ULSB"]) + dg(r, 14)),
             "DE": (22, lambda r: dg(r, 18)),
             "FR": (27, lambda r: dg(r, 23)),
             "NL": (18, lambda r: r.choice(["ABNA", "INGB", "RABO", "TRIO"]) + dg(r, 10)),
             "ES": (24, lambda r: dg(r, 20)),
             "BE": (16, lambda r: dg(r, 12))}


def dg(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def iban_ok(s):
    s = s.replace(" ", "").upper()
    if not re.match(r"^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$", s):
        return False
    r = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in r)
    return int(num) % 97 == 1


def gen_iban(rng, cc=None):
    cc = cc or rng.choice(list(IBAN_SPEC))
    ln, f = IBAN_SPEC[cc]
    bban = f(rng)
    assert len(bban) + 4 == ln
    num = "".join(str(int(c, 36)) for c in bban + cc + "00")
    chk = 98 - int(num) % 97
    return cc + "%02d" % chk + bban


def group4(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


PC_IN_LET = "ABDEFGHJLNPQRSTUWXYZ"
PC_AREAS = ["SW", "SE", "NW", "N", "E", "W", "M", "B", "L", "LS", "BS", "CF", "EH", "G", "NE",
            "RG", "CB", "OX", "PL", "EX", "BT", "KT", "TW", "HA", "CR", "DN", "S", "YO", "LE", "NG"]


def gen_uk_pc(rng):
    area = rng.choice(PC_AREAS)
    shape = rng.random()
    if shape < 0.6:
        out = area + str(rng.randint(1, 9)) + (str(rng.randint(0, 9)) if rng.random() < 0.4 else "")
    elif shape < 0.8 and len(area) == 1:
        out = area + str(rng.randint(1, 9)) + rng.choice("ABEHMNPRVWXY")
    else:
        out = area + str(rng.randint(1, 19))
    return out + " " + str(rng.randint(0, 9)) + rng.choice(PC_IN_LET) + rng.choice(PC_IN_LET)


def gen_zip(rng, plus4=False):
    z = "%05d" % rng.randint(1001, 99950)
    if plus4:
        z += "-%04d" % rng.randint(1, 9999)
    return z


UK_PC_RE = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$")


def say_pc(pc, rng, nato_p=0.3):
    out = []
    for ch in pc.replace(" ", ""):
        if ch.isdigit():
            out.append(zero_word(rng, True) if ch == "0" else UNITS[int(ch)])
        else:
            out.append(say_letter(ch, rng, nato_p))
    return " ".join(out)


FIRST = ["james", "sarah", "mohammed", "aoife", "liam", "priya", "tom", "grace", "kevin", "niamh",
         "david", "emma", "carlos", "fatima", "owen", "chloe", "raj", "maria", "sean", "lucy",
         "daniel", "olivia", "patrick", "hannah", "marcus", "zoe"]
LAST = ["smith", "obrien", "patel", "jones", "murphy", "kowalski", "williams", "nguyen", "taylor",
        "brennan", "garcia", "hughes", "walsh", "khan", "davies", "miller", "byrne", "evans",
        "okafor", "reilly", "schmidt", "martin"]
DOMAINS = [("gmail", "com"), ("yahoo", "co.uk"), ("hotmail", "com"), ("outlook", "ie"),
           ("icloud", "com"), ("btinternet", "com"), ("gmx", "de"), ("aol", "com"),
           ("protonmail", "com"), ("eircom", "net")]
STREETS = ["oakfield road", "high street", "church lane", "station road", "maple avenue",
           "victoria street", "park drive", "elm grove", "mill lane", "kingsway",
           "orchard close", "willow crescent", "main street", "cedar court", "beech way",
           "riverside drive", "north main street", "sunset boulevard", "lincoln avenue",
           "pine street", "washington terrace", "harbour view", "castle hill", "greenfield park"]
US_STREETS = ["maple avenue", "pine street", "lincoln avenue", "sunset boulevard",
              "north main street", "washington terrace", "elm street", "lakeview drive",
              "oak ridge road", "cherry lane"]
TOWNS_UK = ["leeds", "bristol", "cardiff", "manchester", "norwich", "reading", "york", "exeter"]
TOWNS_US = ["columbus", "austin", "denver", "phoenix", "tampa", "madison", "omaha", "raleigh"]


def gen_email(rng):
    f, l = rng.choice(FIRST), rng.choice(LAST)
    d, t = rng.choice(DOMAINS)
    style = rng.randint(0, 4)
    if style == 0:
        user = f + "." + l
    elif style == 1:
        user = f[0] + l + str(rng.randint(1, 99))
    elif style == 2:
        user = f + "_" + l
    elif style == 3:
        user = l + f[0] + str(rng.randint(1960, 2005))
    else:
        user = f + l
    return user, d + "." + t


def say_email(user, dom, rng):
    u = user.replace(".", " dot ").replace("_", " underscore ")
    u = re.sub(r"(\d+)", lambda m: " " + say_digits(m.group(1), rng, runs=False) + " ", u)
    u = re.sub(r"\s+", " ", u).strip()
    if rng.random() < 0.3 and not re.search(r"\d", user):
        # customer spells the first name part
        head = re.split(r"[._]", user)[0]
        if len(head) <= 6 and "o" not in head and "i" not in head:
            u = u.replace(head, " ".join(head), 1)
    return u + " at " + dom.replace(".", " dot ")


def gen_phone(rng, kind):
    if kind == "uk_mob":
        return "07" + dg(rng, 9)
    if kind == "uk_land":
        return "0" + rng.choice(["113", "117", "121", "131", "141", "161", "191", "20", "29"]) + dg(rng, 7 if rng.random() < 0.5 else 8)[:7]
    if kind == "us":
        return str(rng.randint(2, 9)) + dg(rng, 2) + str(rng.randint(2, 9)) + dg(rng, 6)
    if kind == "ie":
        return "08" + rng.choice("35679") + dg(rng, 7)
    raise ValueError(kind)


def fmt_dob_digits(d, m, y, rng, us=False):
    sep = rng.choice(["/", "-", ".", "/"])
    a, b = ("%02d" % m, "%02d" % d) if us else ("%02d" % d, "%02d" % m)
    if rng.random() < 0.3:
        a, b = a.lstrip("0"), b.lstrip("0")
    return a + sep + b + sep + str(y)


# --------------------------------------------------------------------------
# case assembly
class Case:
    def __init__(self, kind, note):
        self.kind = kind
        self.note = note
        self.turns = []   # list of (speaker, text)
        self.spans = []
        self.groups = []  # (type, [span idx], canonical, lenient)

    def turn(self, speaker, *segs, group=None):
        """segs: str or (text, TYPE) or (text, TYPE, gid)."""
        text = ""
        idx = len(self.turns)
        for s in segs:
            if isinstance(s, str):
                text += s
            else:
                val, typ = s[0], s[1]
                gid = s[2] if len(s) > 2 else None
                start = len(text)
                text += val
                self.spans.append({"turn": idx, "start": start, "end": len(text), "type": typ})
                self._group(gid, typ, len(self.spans) - 1)
        self.turns.append((speaker, text))
        return self

    def _group(self, gid, typ, si):
        key = gid if gid is not None else ("_auto", si)
        for g in self.groups:
            if g[0] == key:
                g[2].append(si)
                return
        self.groups.append([key, typ, [si], False])

    def lenient(self, gid):
        for g in self.groups:
            if g[0] == gid:
                g[3] = True

    def to_obj(self, cid):
        return {"id": cid, "kind": self.kind,
                "turns": [{"speaker": s, "text": t} for s, t in self.turns],
                "spans": self.spans if self.kind == "positive" else [],
                "note": self.note}


BACK = ["mhm", "okay", "yep", "okay go on", "uh huh", "right", "got that", "yes", "go ahead", "and"]


def A(case, *segs, **kw):
    return case.turn("agent", *segs, **kw)


def C(case, *segs, **kw):
    return case.turn("customer", *segs, **kw)


# ---------------------------------------------------------------- positives
def p_card_call_single(rng):
    ind = rng.choice(["telecom", "utilities", "retail", "insurance", "travel"])
    c = Case("positive", "call/%s: card read digit by digit in one turn, ASR words" % ind)
    ds = gen_card(rng)
    uk = rng.random() < 0.5
    A(c, rng.choice(["can i take the long number across the front of the card please",
                     "okay and the card number when you're ready",
                     "go ahead with the sixteen digits on the card"]))
    C(c, rng.choice(["yeah it's ", "sure ", "right so it's ", "um okay ", ""]),
      (say_digits(ds, rng, uk, homo=rng.random() < 0.35), "CARD_NUMBER"),
      rng.choice(["", " i think", " that's it", " sorry it's a bit worn"]))
    return c


def p_card_call_split(rng):
    ind = rng.choice(["banking", "telecom", "insurance", "healthcare billing", "retail"])
    c = Case("positive", "call/%s: card split over customer turns with back-channels, mixed pair/digit reading" % ind)
    ds = gen_card(rng, rng.choice(["visa", "mc", "amex", "disc"]))
    uk = rng.random() < 0.5
    A(c, "okay so whenever you're ready with the card number")
    gs = card_groups(ds)
    for i, g in enumerate(gs):
        spoken = say_pairs(g, rng, uk) if (len(g) % 2 == 0 and rng.random() < 0.35) else say_digits(g, rng, uk)
        pre = rng.choice(["", "", "so ", "um ", "then ", "right "]) if i else rng.choice(["yeah ", "right ", "okay it's "])
        post = rng.choice(["", "", " um", " yeah"])
        C(c, pre, (spoken, "CARD_NUMBER", "card"), post)
        if i < len(gs) - 1:
            A(c, rng.choice(BACK))
    A(c, "lovely thank you")
    return c


def p_card_chat(rng):
    ind = rng.choice(["retail", "telecom", "travel", "utilities", "banking"])
    c = Case("positive", "chat/%s: card typed with varied separators" % ind)
    ds = gen_card(rng)
    style = rng.randint(0, 3)
    if style == 0:
        v = group_card(ds, " ")
    elif style == 1:
        v = group_card(ds, "-")
    elif style == 2:
        v = ds
    else:
        v = group_card(ds, ".")
    C(c, rng.choice(["hi can u take payment for the outstanding bill pls. card is ",
                     "card no: ", "ok its ", "Here you go - "]), (v, "CARD_NUMBER"),
      rng.choice(["", " thanks", " (debit card)", ". amount is £42.50"]))
    return c


def p_card_cvv_exp_call(rng):
    ind = rng.choice(["telecom", "utilities", "insurance", "travel", "retail"])
    c = Case("positive", "call/%s: card then expiry (pairs) and security code in separate turns" % ind)
    ds = gen_card(rng, rng.choice(["visa", "mc", "amex"]))
    uk = rng.random() < 0.5
    A(c, "and the card number please")
    gs = say_mixed(ds, rng, uk)
    C(c, "okay it's ", (" ".join(gs[:2]), "CARD_NUMBER", "card"))
    A(c, rng.choice(BACK))
    C(c, (" ".join(gs[2:]), "CARD_NUMBER", "card"))
    A(c, "and the expiry date")
    m, y = rng.randint(1, 12), rng.randint(25, 31)
    exp = "%02d%02d" % (m, y)
    form = rng.randint(0, 2)
    if form == 0:
        ev = say_pairs(exp, rng, uk)
    elif form == 1:
        ev = say_digits(exp, rng, uk)
    else:
        ev = say_pair(exp[:2], rng, uk) + " " + rng.choice(["slash ", ""]) + "twenty " + say_pair(exp[2:], rng)
    C(c, rng.choice(["it's ", "expires ", "um "]), (ev, "EXPIRY"))
    A(c, rng.choice(["and the security code", "and the last three digits on the back", "and the c v v"]) if ds[:2] not in ("34", "37") else "and the four digit code on the front")
    cv = dg(rng, 4 if ds[:2] in ("34", "37") else 3)
    C(c, rng.choice(["", "that's ", "it's "]), (say_digits(cv, rng, uk), "CVV"),
      rng.choice(["", " i think", " yeah"]))
    return c


def p_card_chat_full(rng):
    c = Case("positive", "chat/%s: card, expiry and cvv typed in one message" % rng.choice(["retail", "travel", "telecom"]))
    ds = gen_card(rng, rng.choice(["visa", "mc"]))
    m, y = rng.randint(1, 12), rng.randint(25, 31)
    exp = rng.choice(["%02d/%02d" % (m, y), "%02d/20%02d" % (m, y), "%02d-%02d" % (m, y)])
    cv = dg(rng, 3)
    A(c, "To take the payment I'll need the card details please.")
    C(c, rng.choice(["card ", "Card number "]), (group_card(ds, rng.choice([" ", ""])), "CARD_NUMBER"),
      rng.choice([" exp ", ", expiry ", " expires "]), (exp, "EXPIRY"),
      rng.choice([" cvv ", ", security code ", " cvc: "]), (cv, "CVV"))
    return c


def p_card_correction(rng):
    c = Case("positive", "call/%s: customer aborts the card reading, corrects and restarts" % rng.choice(["retail", "banking", "utilities"]))
    ds = gen_card(rng, "visa")
    wrong = ds[:7] + str((int(ds[7]) + 3) % 10)
    uk = rng.random() < 0.5
    A(c, "go ahead with the card number")
    C(c, "it's ", (say_digits(wrong, rng, uk), "CARD_NUMBER", "frag"),
      " no sorry hang on wrong card")
    c.lenient("frag")
    A(c, "no problem take your time")
    C(c, "right here we go ", (say_digits(ds, rng, uk), "CARD_NUMBER", "card"))
    A(c, "so that's ", (say_digits(ds, rng, uk, runs=False), "CARD_NUMBER", "card2"), " yes")
    C(c, "yes that's right")
    return c


def p_card_readback(rng):
    c = Case("positive", "call/%s: card in one turn with filler mid-reading; agent's last-four read-back is unlabelled" % rng.choice(["insurance", "telecom"]))
    ds = gen_card(rng, rng.choice(["mc", "visa", "disc"]))
    uk = rng.random() < 0.5
    g = card_groups(ds)
    A(c, "can i get the card number")
    C(c, (say_digits(g[0] + g[1], rng, uk) + " " + rng.choice(["um", "uh", "er"]) + " " +
          say_digits(g[2] + g[3], rng, uk), "CARD_NUMBER"))
    A(c, "and just to confirm that's a card ending " + say_digits(g[3], rng, uk, runs=False) +
      " for forty two pounds fifty")
    C(c, "yeah")
    return c


def p_ssn_call(rng):
    ind = rng.choice(["banking", "healthcare billing", "government services", "insurance", "telecom"])
    c = Case("positive", "call/%s: US social security number spoken" % ind)
    s = gen_ssn(rng)
    A(c, rng.choice(["for verification can i have your social security number",
                     "and i'll need the social please",
                     "can you confirm your s s n for me"]))
    form = rng.randint(0, 3)
    if form == 0:
        C(c, rng.choice(["sure it's ", "yeah ", "okay "]), (say_digits(s, rng, homo=rng.random() < 0.3), "SSN"))
    elif form == 1:
        C(c, "okay ", (say_digits(s[:3], rng), "SSN", "s"))
        A(c, rng.choice(BACK))
        C(c, (say_digits(s[3:5], rng), "SSN", "s"))
        A(c, rng.choice(BACK))
        C(c, (say_digits(s[5:], rng), "SSN", "s"), rng.choice(["", " um yeah"]))
    elif form == 2:
        C(c, "it's ", (say_digits(s[:3], rng) + " " + say_pair(s[3:5], rng) + " " + say_pairs(s[5:], rng), "SSN"))
    else:
        C(c, "oh i thought you only needed the last four actually do you need all of it")
        A(c, "yes the full nine digits please")
        C(c, "okay ", (say_digits(s, rng), "SSN"))
    return c


def p_ssn_chat(rng):
    c = Case("positive", "chat/%s: SSN typed" % rng.choice(["banking", "healthcare billing", "government services"]))
    s = gen_ssn(rng)
    form = rng.randint(0, 2)
    v = [s[:3] + "-" + s[3:5] + "-" + s[5:], s, s[:3] + " " + s[3:5] + " " + s[5:]][form]
    A(c, "Please confirm your SSN and date of birth.")
    d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.randint(1948, 2001)
    C(c, rng.choice(["ssn ", "SSN: ", "its "]), (v, "SSN"), rng.choice([" dob ", ", born "]),
      (fmt_dob_digits(d, m, y, rng, us=True), "DOB"))
    return c


def p_ssn_readback(rng):
    c = Case("positive", "call/%s: SSN split 5/4 across turns with filler, agent reads it back" % rng.choice(["insurance", "banking"]))
    s = gen_ssn(rng)
    A(c, "what's your social")
    C(c, (say_digits(s[:5], rng), "SSN", "s"), " uh")
    A(c, "mhm")
    C(c, (say_digits(s[5:], rng), "SSN", "s"))
    A(c, "let me read that back ", (say_digits(s, rng, runs=False), "SSN"))
    C(c, "correct")
    return c


def p_ni_call(rng):
    ind = rng.choice(["government services", "banking", "insurance", "utilities", "healthcare billing"])
    c = Case("positive", "call/%s: UK national insurance number spelled with letters and digits" % ind)
    ni = gen_ni(rng)
    A(c, rng.choice(["can i take your national insurance number", "and your n i number please",
                     "what's your national insurance number please"]))
    letters = say_letter(ni[0], rng) + " " + say_letter(ni[1], rng)
    digs = rng.choice([say_digits(ni[2:8], rng, True), say_pairs(ni[2:8], rng, True)])
    suffix = say_letter(ni[8], rng)
    form = rng.randint(0, 2)
    if form == 0:
        C(c, rng.choice(["yeah it's ", "it's ", "okay "]), (letters + " " + digs + " " + suffix, "NI_NUMBER"))
    elif form == 1:
        C(c, (letters, "NI_NUMBER", "n"))
        A(c, rng.choice(BACK))
        C(c, (digs, "NI_NUMBER", "n"))
        A(c, "and the letter at the end")
        C(c, (suffix, "NI_NUMBER", "n"))
    else:
        C(c, "hang on it's on my payslip ", (letters + " " + digs, "NI_NUMBER", "n"), " and then ",
          (suffix, "NI_NUMBER", "n"))
    return c


def p_ni_chat(rng):
    c = Case("positive", "chat/%s: NI number typed" % rng.choice(["government services", "banking", "insurance"]))
    ni = gen_ni(rng)
    form = rng.randint(0, 3)
    v = [ni, ni[:2] + " " + ni[2:4] + " " + ni[4:6] + " " + ni[6:8] + " " + ni[8],
         ni.lower(), ni[:2] + ni[2:8] + " " + ni[8]][form]
    C(c, rng.choice(["my ni number is ", "NI: ", "national insurance no. ", "ok its "]), (v, "NI_NUMBER"),
      rng.choice(["", " thanks", " - do you need anything else?"]))
    return c


def p_ni_with_dob(rng):
    c = Case("positive", "call/government services: NI number and date of birth in the same turn")
    ni = gen_ni(rng)
    d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.randint(1945, 2000)
    A(c, "can you give me your national insurance number and date of birth")
    nis = say_letter(ni[0], rng, 0.6) + " " + say_letter(ni[1], rng, 0.6) + " " + say_digits(ni[2:8], rng, True) + " " + say_letter(ni[8], rng, 0.6)
    dob = rng.choice(["the " + ORD[d] + " of " + MONTHS[m - 1] + " " + say_year(y, rng),
                      ORD[d] + " " + MONTHS[m - 1] + " " + say_year(y, rng)])
    C(c, "yep ", (nis, "NI_NUMBER"), " and i was born on ", (dob, "DOB"))
    return c


def p_bank_uk_call(rng):
    c = Case("positive", "call/%s: UK sort code and account number" % rng.choice(["banking", "utilities", "insurance"]))
    sc = dg(rng, 6)
    acc = dg(rng, 8)
    A(c, "for the direct debit i need the sort code and account number")
    form = rng.randint(0, 2)
    if form == 0:
        C(c, "sort code is ", (say_pairs(sc, rng, True), "SORT_CODE"), " and the account number is ",
          (say_digits(acc, rng, True), "BANK_ACCOUNT"))
    elif form == 1:
        C(c, "sort code ", (say_digits(sc, rng, True), "SORT_CODE"))
        A(c, "okay and the account number")
        C(c, (say_digits(acc[:4], rng, True), "BANK_ACCOUNT", "a"))
        A(c, rng.choice(BACK))
        C(c, (say_digits(acc[4:], rng, True), "BANK_ACCOUNT", "a"))
    else:
        C(c, "right the sort code ", (say_pairs(sc[:4], rng, True) + " " + rng.choice(["um ", ""]) + say_pair(sc[4:], rng, True), "SORT_CODE"))
        A(c, "and the account")
        C(c, (say_pairs(acc, rng, True), "BANK_ACCOUNT"))
    A(c, "thank you the first payment will be taken on the first of next month")
    return c


def p_bank_uk_chat(rng):
    c = Case("positive", "chat/banking: sort code and account typed with separators")
    sc = dg(rng, 6)
    acc = dg(rng, 8)
    scv = rng.choice([sc[:2] + "-" + sc[2:4] + "-" + sc[4:], sc, sc[:2] + " " + sc[2:4] + " " + sc[4:]])
    C(c, rng.choice(["sort code ", "s/c "]), (scv, "SORT_CODE"), rng.choice([" acc ", ", account no ", " a/c "]),
      (acc, "BANK_ACCOUNT"), rng.choice(["", " pls refund the £" + str(rng.randint(10, 99)) + ".00 there"]))
    return c


def p_bank_us(rng):
    c = Case("positive", "call/banking US: routing-free account number spoken, checking account")
    acc = dg(rng, rng.choice([10, 11, 12]))
    A(c, "what's the checking account number you want to link")
    C(c, "it's ", (say_digits(acc, rng), "BANK_ACCOUNT"), rng.choice(["", " at chase", " and it's the joint account"]))
    return c


def p_iban_chat(rng):
    c = Case("positive", "chat/%s: IBAN typed" % rng.choice(["banking", "travel", "insurance"]))
    ib = gen_iban(rng)
    v = rng.choice([ib, group4(ib), group4(ib).lower()])
    C(c, rng.choice(["please refund to IBAN ", "my iban: ", "IBAN is "]), (v, "IBAN"),
      rng.choice(["", " thx", ". the refund was €" + str(rng.randint(20, 400))]))
    return c


def p_iban_call(rng):
    cc = rng.choice(["GB", "IE", "DE", "NL"])
    c = Case("positive", "call/banking %s: IBAN spoken in chunks across turns" % cc)
    ib = gen_iban(rng, cc)
    A(c, "can you read me the i ban")

    def sp(chunk):
        out = []
        for ch in chunk:
            out.append(say_letter(ch, rng, 0.5) if ch.isalpha() else (zero_word(rng, cc in ("GB", "IE")) if ch == "0" else UNITS[int(ch)]))
        return " ".join(out)
    chunks = [ib[i:i + 4] for i in range(0, len(ib), 4)]
    half = (len(chunks) + 1) // 2
    C(c, "okay ", (sp("".join(chunks[:half])), "IBAN", "i"))
    A(c, rng.choice(BACK))
    C(c, (sp("".join(chunks[half:])), "IBAN", "i"))
    return c


def p_phone_call(rng):
    kind = rng.choice(["uk_mob", "uk_land", "us", "ie"])
    c = Case("positive", "call/%s: %s phone number spoken" % (rng.choice(["telecom", "utilities", "retail", "travel"]), kind))
    ph = gen_phone(rng, kind)
    uk = kind != "us"
    A(c, "and what's the best number to reach you on")
    form = rng.randint(0, 3)
    if form == 0:
        C(c, "it's ", (say_digits(ph, rng, uk), "PHONE"))
    elif form == 1 and kind != "us":
        intl = {"uk_mob": "44", "uk_land": "44", "ie": "353"}[kind]
        C(c, "it's plus ", (say_digits(intl, rng, runs=False) + " " + say_digits(ph[1:], rng, uk), "PHONE"))
    elif form == 2:
        cut = 5 if kind != "us" else 3
        C(c, (say_digits(ph[:cut], rng, uk), "PHONE", "p"))
        A(c, rng.choice(BACK))
        C(c, (say_digits(ph[cut:], rng, uk), "PHONE", "p"), rng.choice(["", " that's my mobile"]))
    else:
        C(c, "my mobile is ", (say_digits(ph, rng, uk), "PHONE"), " or you can email me at ",
          (say_email(*gen_email(rng), rng), "EMAIL"))
    return c


def p_phone_chat(rng):
    kind = rng.choice(["uk_mob", "us", "ie", "uk_land"])
    c = Case("positive", "chat/%s: phone typed (%s)" % (rng.choice(["telecom", "retail", "utilities"]), kind))
    ph = gen_phone(rng, kind)
    if kind == "us":
        v = rng.choice(["(%s) %s-%s" % (ph[:3], ph[3:6], ph[6:]), "%s-%s-%s" % (ph[:3], ph[3:6], ph[6:]),
                        "+1 %s %s %s" % (ph[:3], ph[3:6], ph[6:]), "%s.%s.%s" % (ph[:3], ph[3:6], ph[6:])])
    elif kind == "uk_mob":
        v = rng.choice([ph[:5] + " " + ph[5:], "+44 " + ph[1:5] + " " + ph[5:], "+447" + ph[2:], ph])
    elif kind == "ie":
        v = rng.choice([ph[:3] + " " + ph[3:6] + " " + ph[6:], "+353 " + ph[1:3] + " " + ph[3:], ph])
    else:
        v = rng.choice([ph[:4] + " " + ph[4:7] + " " + ph[7:], "(" + ph[:4] + ") " + ph[4:], ph])
    C(c, rng.choice(["call me on ", "my number is ", "text me at ", "u can reach me on "]), (v, "PHONE"),
      rng.choice(["", " after 5pm", " thx", " anytime before 9"]))
    return c


def p_email_call(rng):
    c = Case("positive", "call/%s: email spelled out with 'dot' and 'at'" % rng.choice(["retail", "telecom", "travel", "insurance"]))
    user, dom = gen_email(rng)
    A(c, "and can i take an email address for the confirmation")
    C(c, rng.choice(["yeah it's ", "sure ", "it's "]), (say_email(user, dom, rng), "EMAIL"))
    A(c, "lovely")
    return c


def p_email_chat(rng):
    c = Case("positive", "chat/%s: email typed" % rng.choice(["retail", "telecom", "travel"]))
    user, dom = gen_email(rng)
    v = user + "@" + dom
    if rng.random() < 0.3:
        v = v.upper() if rng.random() < 0.3 else v.capitalize()
    C(c, rng.choice(["pls send the invoice to ", "email: ", "its ", "my new email is "]), (v, "EMAIL"),
      rng.choice(["", " ty", " not the old one"]))
    return c


def p_dob_call(rng):
    c = Case("positive", "call/%s: date of birth spoken" % rng.choice(["healthcare billing", "insurance", "banking", "telecom"]))
    d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.randint(1940, 2003)
    A(c, rng.choice(["and can you confirm your date of birth", "what's your d o b please"]))
    form = rng.randint(0, 4)
    if form == 0:
        v = "the " + ORD[d] + " of " + MONTHS[m - 1] + " " + say_year(y, rng)
    elif form == 1:
        v = MONTHS[m - 1] + " " + ORD[d] + " " + say_year(y, rng)
    elif form == 2:
        v = say_pair("%02d" % d, rng, True) + " " + say_pair("%02d" % m, rng, True) + " " + say_pair(str(y)[2:], rng)
    elif form == 3:
        v = ORD[d] + " " + MONTHS[m - 1] + " " + say_year(y, rng)
    else:
        v = say_pair("%02d" % m, rng) + " " + say_pair("%02d" % d, rng) + " " + say_year(y, rng)
    C(c, rng.choice(["it's ", "yeah ", "", "um "]), (v, "DOB"))
    return c


def p_address_uk_call(rng):
    c = Case("positive", "call/%s: UK street address and postcode spoken" % rng.choice(["utilities", "telecom", "retail", "insurance"]))
    n = rng.randint(2, 180)
    st = rng.choice(STREETS)
    pc = gen_uk_pc(rng)
    A(c, "can you confirm the first line of the address and the postcode")
    num = rng.choice([str(n), say_digits(str(n), rng, True, runs=False)])
    if rng.random() < 0.5:
        C(c, "it's ", (num + " " + st, "ADDRESS"), " " + rng.choice(TOWNS_UK) + " ", (say_pc(pc, rng), "POSTCODE"))
    else:
        C(c, (num + " " + st, "ADDRESS"))
        A(c, "and the postcode")
        C(c, (say_pc(pc, rng), "POSTCODE"))
    return c


def p_address_chat(rng):
    us = rng.random() < 0.45
    c = Case("positive", "chat/%s: full postal address typed (%s)" % (rng.choice(["retail", "insurance", "utilities"]), "US" if us else "UK"))
    n = rng.randint(1, 9999 if us else 250)
    if us:
        st = rng.choice(US_STREETS).title()
        z = gen_zip(rng, rng.random() < 0.3)
        C(c, "ship to ", ("%d %s" % (n, st), "ADDRESS"), ", " + rng.choice(TOWNS_US).title() + ", " + rng.choice(["OH", "TX", "CO", "AZ"]) + " ", (z, "POSTCODE"))
    else:
        st = rng.choice(STREETS)
        st = st.title() if rng.random() < 0.6 else st
        pc = gen_uk_pc(rng)
        pcv = rng.choice([pc, pc.lower(), pc.replace(" ", "")])
        C(c, rng.choice(["new address is ", "deliver to ", "moved to "]), ("%s %s" % (rng.choice([str(n), "Flat %d, %d" % (rng.randint(1, 20), n)]), st), "ADDRESS"),
          ", " + rng.choice(TOWNS_UK).title() + " ", (pcv, "POSTCODE"))
    return c


def p_zip_call(rng):
    c = Case("positive", "call/%s US: street address and ZIP code spoken" % rng.choice(["healthcare billing", "retail", "telecom"]))
    n = rng.randint(10, 9999)
    st = rng.choice(US_STREETS)
    z = gen_zip(rng)
    A(c, "what's the billing address on the account")
    num = rng.choice([str(n), say_pairs(str(n), rng) if len(str(n)) % 2 == 0 else say_digits(str(n), rng, runs=False)])
    C(c, (num + " " + st, "ADDRESS"), " in " + rng.choice(TOWNS_US))
    A(c, "and the zip code")
    C(c, rng.choice(["", "it's ", "zip is "]), (say_digits(z, rng), "POSTCODE"))
    return c


def p_mixed_verification(rng):
    c = Case("positive", "call/%s: ID&V with DOB, postcode and phone, plus unlabelled amounts" % rng.choice(["banking", "telecom", "utilities"]))
    d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.randint(1950, 2000)
    pc = gen_uk_pc(rng)
    ph = gen_phone(rng, "uk_mob")
    A(c, "before we go on i need to verify you so date of birth first")
    C(c, "it's the ", (ORD[d] + " of " + MONTHS[m - 1] + " " + say_year(y, rng), "DOB"),
      " and i've been with you about ten years")
    A(c, "and the postcode")
    C(c, (say_pc(pc, rng), "POSTCODE"))
    A(c, "and the mobile number on the account")
    C(c, (say_digits(ph, rng, True), "PHONE"), " the bill was " + rng.choice(["forty two pounds", "sixty three fifty", "a hundred and ten pounds"]) + " this month")
    return c


def p_card_with_money(rng):
    c = Case("positive", "call/%s: card number next to unlabelled amount and reference number" % rng.choice(["utilities", "travel"]))
    ds = gen_card(rng, "visa")
    A(c, "so the amount today is one hundred and twenty nine pounds forty against reference four four one two")
    C(c, "okay take it from this card ", (say_digits(ds, rng, True), "CARD_NUMBER"))
    A(c, "and the security code")
    C(c, (say_digits(dg(rng, 3), rng, True), "CVV"))
    return c


def p_expiry_dob_spoken(rng):
    c = Case("positive", "call/%s: expiry given as month words plus DOB for security" % rng.choice(["banking", "retail"]))
    m, y = rng.randint(1, 12), rng.randint(25, 31)
    A(c, "when does the card expire")
    C(c, "end of ", (MONTHS[m - 1] + " twenty " + say_pair("%02d" % y, rng), "EXPIRY"))
    d, mm, yy = rng.randint(1, 28), rng.randint(1, 12), rng.randint(1950, 2000)
    A(c, "and the cardholder's date of birth")
    C(c, (say_pair("%02d" % d, rng) + " " + say_pair("%02d" % mm, rng) + " " + say_year(yy, rng), "DOB"))
    return c


def p_chat_typos(rng):
    c = Case("positive", "chat/%s: typos, odd case and two values in one message" % rng.choice(["retail", "telecom", "utilities", "travel"]))
    ds = gen_card(rng, rng.choice(["visa", "mc"]))
    user, dom = gen_email(rng)
    v = rng.choice([group_card(ds, " "), group_card(ds, "  "), group_card(ds, "-"), ds[:8] + " " + ds[8:]])
    C(c, rng.choice(["sory my card numbr is ", "Carrd no ", "CARD NUMBER IS ", "my cardnumber: "]), (v, "CARD_NUMBER"),
      rng.choice([" and reciept to ", " and send reciet to ", ". email adress "]), (user + "@" + dom, "EMAIL"))
    A(c, "Thanks, that's gone through for £" + str(rng.randint(5, 300)) + "." + dg(rng, 2) + ".")
    return c


def p_sort_code_chit(rng):
    c = Case("positive", "call/%s: sort code in pairs mixed with chit-chat, account with triple" % rng.choice(["banking", "utilities", "insurance", "government services"]))
    sc = dg(rng, 6)
    acc = dg(rng, 3) + rng.choice("0123456789") * 3 + dg(rng, 2)
    A(c, "which account should the refund go to")
    C(c, "oh it's my " + rng.choice(["nationwide", "barclays", "monzo", "aib", "lloyds"]) + " one hang on sort code's ",
      (say_pairs(sc, rng, True), "SORT_CODE"), " i think yeah that's right")
    A(c, "perfect and the account number")
    C(c, (say_digits(acc, rng, True), "BANK_ACCOUNT"), " that's been my account for about twenty years")
    return c


def p_us_phone_area(rng):
    c = Case("positive", "call/%s US: phone with 'area code' lead-in split in one turn and across turns" % rng.choice(["healthcare billing", "retail", "telecom", "insurance"]))
    ph = gen_phone(rng, "us")
    A(c, "what's a good callback number")
    C(c, "area code ", (say_digits(ph[:3], rng), "PHONE", "p"), " and then ",
      (say_digits(ph[3:6], rng, runs=False), "PHONE", "p"))
    A(c, rng.choice(BACK))
    C(c, (say_pairs(ph[6:], rng), "PHONE", "p"), rng.choice(["", " after six is best"]))
    return c


def p_eu_iban_call_single(rng):
    cc = rng.choice(["DE", "FR", "ES", "BE"])
    c = Case("positive", "call/travel %s: IBAN read digit by digit in one turn with NATO/homophone letters, refund amount unlabelled" % cc)
    ib = gen_iban(rng, cc)
    spoken = say_letter(ib[0], rng, 0.6) + " " + say_letter(ib[1], rng, 0.6) + " " + say_digits(ib[2:], rng)
    A(c, "for the refund of the cancelled booking i'll need your i b a n")
    C(c, "yes it's ", (spoken, "IBAN"))
    A(c, "thank you the refund of " + rng.choice(["three hundred and twelve euro", "eighty nine euro", "one thousand and forty euro"]) + " will take five to seven working days")
    return c


def p_card_interrupted(rng):
    c = Case("positive", "call/%s: card reading interrupted by chit-chat inside one turn (two spans, same card)" % rng.choice(["retail", "telecom", "utilities", "travel"]))
    ds = gen_card(rng, rng.choice(["visa", "mc"]))
    uk = rng.random() < 0.5
    cut = rng.choice([6, 8, 10])
    A(c, "okay the card number please")
    C(c, (say_digits(ds[:cut], rng, uk), "CARD_NUMBER", "card"),
      rng.choice([" sorry the dog's going mad hang on right where was i ",
                  " oh hang on my glasses um okay ",
                  " sorry someone's at the door no it's fine ",
                  " wait was that " + rng.choice(["eight", "six"]) + " yeah okay "]),
      (say_digits(ds[cut:], rng, uk), "CARD_NUMBER", "card"))
    A(c, "great thanks")
    return c


def p_dob_short_year(rng):
    c = Case("positive", "call/%s: DOB with two-digit year and age mentioned (age unlabelled)" % rng.choice(["insurance", "healthcare billing", "telecom"]))
    d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.randint(1950, 1999)
    A(c, "and your date of birth")
    C(c, rng.choice(["i was born on ", "born ", "that's "]),
      (rng.choice(["the " + ORD[d] + " of " + MONTHS[m - 1] + " " + say_pair(str(y)[2:], rng),
                   say_pair("%02d" % d, rng) + " " + say_pair("%02d" % m, rng) + " " + say_pair(str(y)[2:], rng)]), "DOB"),
      rng.choice([" so i'm seventy next year", " yeah", ""]))
    return c


def p_ni_readback(rng):
    c = Case("positive", "call/government services: NI letters said plainly, agent reads back with NATO alphabet and digit pairs")
    ni = gen_ni(rng)
    A(c, "what's your national insurance number")
    C(c, (ni[0].lower() + " " + ni[1].lower() + " " + say_digits(ni[2:8], rng, True) + " " + ni[8].lower(), "NI_NUMBER"))
    A(c, "so that's ", (say_letter(ni[0], rng, 1.0) + " " + say_letter(ni[1], rng, 1.0) + " " + say_pairs(ni[2:8], rng, True)
                        + " " + say_letter(ni[8], rng, 1.0), "NI_NUMBER"), " is that right")
    C(c, "yes")
    return c


POS_TEMPLATES = [
    (p_card_call_single, 14), (p_card_call_split, 10), (p_card_chat, 10), (p_card_cvv_exp_call, 14),
    (p_card_chat_full, 8), (p_card_correction, 4), (p_card_readback, 4), (p_ssn_call, 16),
    (p_ssn_chat, 8), (p_ssn_readback, 6), (p_ni_call, 16), (p_ni_chat, 10), (p_ni_with_dob, 6),
    (p_bank_uk_call, 8), (p_bank_uk_chat, 6), (p_bank_us, 4), (p_iban_chat, 8), (p_iban_call, 6),
    (p_phone_call, 10), (p_phone_chat, 8), (p_email_call, 6), (p_email_chat, 6), (p_dob_call, 6),
    (p_address_uk_call, 8), (p_address_chat, 8), (p_zip_call, 5), (p_mixed_verification, 5),
    (p_card_with_money, 4), (p_expiry_dob_spoken, 4), (p_chat_typos, 6), (p_sort_code_chit, 6),
    (p_us_phone_area, 5), (p_eu_iban_call_single, 4), (p_card_interrupted, 6), (p_dob_short_year, 5),
    (p_ni_readback, 5),
]


# ---------------------------------------------------------------- negatives
def neg(note, *turns):
    c = Case("negative", note)
    for spk, t in turns:
        c.turn(spk, t)
    return c


def n_amount_call(rng):
    a = rng.choice(["forty nine ninety nine", "one hundred and twenty pounds", "three hundred and forty two dollars sixteen",
                    "eighty seven euro fifty", "two thousand four hundred and ten pounds"])
    return neg("call/%s: money amounts and balance spoken, no PII" % rng.choice(["banking", "utilities", "telecom"]),
               ("agent", "your current balance is " + a),
               ("customer", "and how much is the next payment"),
               ("agent", "that'll be " + rng.choice(["sixty five pounds", "thirty two fifty", "nineteen ninety nine a month"]) + " taken on the " + ORD[rng.randint(1, 28)]))


def n_order_ref(rng):
    ref = dg(rng, rng.randint(6, 10))
    word = rng.choice(["order number", "ticket number", "claim number", "reference number", "case number", "invoice number"])
    return neg("call/%s: %s read digit by digit with its reference word" % (rng.choice(["retail", "insurance", "telecom"]), word),
               ("agent", "have you got the " + word),
               ("customer", "yeah the " + word + " is " + say_digits(ref, rng)),
               ("agent", "thanks i've got that up now"))


def n_order_chat(rng):
    pre = rng.choice(["Order #", "order no. ", "Ticket INC", "Claim CLM-", "invoice INV", "ref: "])
    return neg("chat/%s: typed reference number" % rng.choice(["retail", "insurance", "utilities"]),
               ("customer", "hi, chasing " + pre + dg(rng, rng.randint(5, 10)) + " - still not arrived after " + str(rng.randint(2, 14)) + " days"),
               ("agent", "Sorry to hear that, I can see it was dispatched on 1" + str(rng.randint(0, 9)) + " March."))


def n_times(rng):
    return neg("call/%s: appointment times and dates (not birth dates)" % rng.choice(["healthcare billing", "utilities", "telecom"]),
               ("agent", "i can book an engineer for the " + ORD[rng.randint(1, 28)] + " of " + rng.choice(MONTHS) + " between " + rng.choice(["eight and twelve", "twelve and four", "nine thirty and one"])),
               ("customer", "the " + ORD[rng.randint(1, 28)] + " works i'm in from " + rng.choice(["half eight", "seven fifteen", "ten o'clock"])),
               ("agent", "great that's booked it'll take about " + rng.choice(["forty five minutes", "two hours", "ninety minutes"])))


def n_flight(rng):
    return neg("call/travel: flight number, seat, room and price",
               ("customer", "i'm on flight " + rng.choice(["b a ", "e i ", "u a ", "f r "]) + say_digits(dg(rng, rng.randint(3, 4)), rng, runs=False) + " on the " + ORD[rng.randint(1, 28)]),
               ("agent", "okay and the hotel room was " + say_digits(str(rng.randint(101, 1540)), rng, runs=False) + " at " + rng.choice(["one hundred and forty euro a night", "two hundred and nine dollars"])),
               ("customer", "yes and seat " + str(rng.randint(1, 40)) + rng.choice("ABCDEF")))


def n_meter(rng):
    return neg("call/utilities: meter readings and usage",
               ("agent", "can you read me the meter"),
               ("customer", "it says " + say_digits(dg(rng, 5), rng, True) + " and the night one is " + say_digits(dg(rng, 5), rng, True)),
               ("agent", "thanks that's about " + str(rng.randint(200, 900)) + " kilowatt hours this quarter"))


def n_meter_chat(rng):
    return neg("chat/utilities: typed meter reading and kWh",
               ("customer", "Meter reading today: " + dg(rng, 5) + " (day) / " + dg(rng, 5) + " (night)"),
               ("agent", "Thanks! Your estimated bill is £" + str(rng.randint(40, 300)) + "." + dg(rng, 2) + " for " + str(rng.randint(300, 1400)) + " kWh."))


def n_model(rng):
    return neg("call/telecom: router model number, speeds, percentages",
               ("customer", "the router is a " + rng.choice(["model t g five eight nine", "hub four", "x r five hundred", "model number a c one nine hundred"]) + " and i'm only getting " + rng.choice(["twelve megs", "thirty four megabits", "five point two"])),
               ("agent", "you should be getting " + rng.choice(["sixty seven", "five hundred", "one hundred and fifty"]) + " so that's about " + rng.choice(["twenty percent", "a third", "ten percent"]) + " of it"))


def n_age_temp(rng):
    return neg("call/healthcare billing: ages, temperatures, counts",
               ("customer", "my mum's " + rng.choice(["eighty four", "seventy two", "ninety one"]) + " and she's had a temperature of " + rng.choice(["thirty eight point five", "a hundred and one"])),
               ("agent", "i'm sorry to hear that she's got " + rng.choice(["three", "four", "twelve"]) + " prescriptions on the account"),
               ("customer", "yes and two of them are due on the " + ORD[rng.randint(1, 28)]))


def n_years(rng):
    return neg("call/%s: years, contract dates and durations" % rng.choice(["telecom", "insurance", "utilities"]),
               ("customer", "i've been a customer since " + say_year(rng.randint(1985, 2015), rng)),
               ("agent", "yes your contract started on the " + ORD[rng.randint(1, 28)] + " of " + rng.choice(MONTHS) + " twenty " + say_pair("%02d" % rng.randint(18, 24), rng) + " and runs for twenty four months"),
               ("customer", "so i'm out of contract in " + rng.choice(MONTHS)))


def n_payment_chat(rng):
    return neg("chat/banking: payment dates, amounts, percentages typed",
               ("customer", "I paid £" + str(rng.randint(100, 2500)) + " on " + "%02d/%02d/20%02d" % (rng.randint(1, 28), rng.randint(1, 12), rng.randint(22, 25)) + " but it hasn't shown"),
               ("agent", "I can see a pending payment of £" + str(rng.randint(100, 2500)) + ".00; the APR on the card is " + str(rng.randint(10, 35)) + "." + str(rng.randint(0, 9)) + "%."))


def n_last_digits_money(rng):
    return neg("call/retail: quantities, sizes and prices read like digits",
               ("customer", "i ordered " + rng.choice(["two", "three", "six"]) + " of the size " + rng.choice(["ten", "twelve", "forty two"]) + " and they charged me " + rng.choice(["ninety nine ninety nine", "one four nine", "twenty four ninety five"])),
               ("agent", "yes it was " + rng.choice(["thirty nine pounds ninety nine each", "forty nine fifty", "eleven ninety nine"]) + " plus " + rng.choice(["four ninety five", "three fifty"]) + " delivery"))


def n_company_digits(rng):
    return neg("call/banking: card product and opening hours, no card number",
               ("agent", "the " + rng.choice(["platinum", "rewards", "student"]) + " card has a " + rng.choice(["twenty four point nine", "nineteen point nine", "thirty four point nine"]) + " percent a p r and zero percent for " + rng.choice(["eighteen", "twelve", "twenty one"]) + " months"),
               ("customer", "and the limit"),
               ("agent", "up to " + rng.choice(["five thousand", "two thousand five hundred", "twelve thousand"]) + " and we're open eight till eight"))


def n_security_code_otp_like(rng):
    return neg("call/telecom: counts of minutes/texts/data and price plan",
               ("agent", "you've used " + str(rng.randint(100, 900)) + " minutes and " + rng.choice(["four point five gig", "twelve gigabytes", "eight hundred megs"]) + " of data"),
               ("customer", "and how many texts"),
               ("agent", rng.choice(["unlimited", "about three hundred", "one thousand two hundred"]) + " and the plan is " + rng.choice(["fifteen pounds a month", "twenty five dollars", "thirty euro"])))


def n_speeds_chat(rng):
    return neg("chat/telecom: typed speeds, versions and times",
               ("customer", "speed test says " + str(rng.randint(5, 80)) + "." + str(rng.randint(0, 9)) + " Mbps down, " + str(rng.randint(1, 20)) + " up. firmware v" + str(rng.randint(1, 9)) + "." + str(rng.randint(0, 20)) + "." + str(rng.randint(0, 99))),
               ("agent", "Thanks. I'll book a line test for " + str(rng.randint(8, 17)) + ":" + rng.choice(["00", "30", "15"]) + " tomorrow; it takes about " + str(rng.randint(10, 60)) + " mins."))


def n_policy(rng):
    return neg("call/insurance: policy mileage, excess, car year, claim reference",
               ("customer", "it's a twenty " + say_pair("%02d" % rng.randint(10, 23), rng) + " " + rng.choice(["ford focus", "golf", "corolla"]) + " about " + rng.choice(["forty thousand miles", "eighty two thousand miles", "twelve thousand"])),
               ("agent", "your excess is " + rng.choice(["two hundred and fifty pounds", "five hundred", "three fifty"]) + " and the claim reference is " + say_digits(dg(rng, 8), rng)),
               ("customer", "okay thanks"))


def n_hold_durations(rng):
    return neg("call/%s: wait times, callback windows and counts" % rng.choice(["government services", "telecom", "healthcare billing"]),
               ("customer", "i've been on hold for " + rng.choice(["forty three minutes", "over an hour", "twenty five minutes"]) + " and this is my " + rng.choice(["third", "fourth", "fifth"]) + " call"),
               ("agent", "i'm sorry about that we'll call you back within " + rng.choice(["forty eight hours", "three to five working days", "twenty four hours"])),
               ("customer", "okay i'm free after " + rng.choice(["two thirty", "quarter past four", "eleven"])))


def n_tracking_chat(rng):
    return neg("chat/retail: tracking/reference numbers with letters, prices and dates",
               ("customer", "Tracking " + rng.choice(["JD", "TT", "RM"]) + dg(rng, rng.randint(8, 10)) + rng.choice(["GB", ""]) + " says delivered " + "%d/%d" % (rng.randint(1, 28), rng.randint(1, 12)) + " but nothing here"),
               ("agent", "I've raised case " + dg(rng, 7) + " and refunded the £" + str(rng.randint(3, 9)) + ".99 delivery."))


def n_typed_dates(rng):
    def dt(y0, y1):
        return rng.choice(["%02d/%02d/%d", "%d.%d.%d", "%02d-%02d-%d"]) % (rng.randint(1, 28), rng.randint(1, 12), rng.randint(y0, y1))
    return neg("chat/%s: typed non-birth dates (appointment, policy start, renewal) and times" % rng.choice(["insurance", "healthcare billing", "travel"]),
               ("customer", "My appointment was moved to " + dt(2025, 2026) + " at " + str(rng.randint(8, 16)) + ":" + rng.choice(["10", "40", "45"]) + ", can I change it?"),
               ("agent", "Yes. Your policy started " + dt(2019, 2024) + " and renews " + dt(2026, 2027) + "; premium is $" + str(rng.randint(30, 400)) + "/month."))


NEG_TEMPLATES = [
    (n_amount_call, 8), (n_order_ref, 14), (n_order_chat, 10), (n_times, 8), (n_flight, 7), (n_meter, 7),
    (n_meter_chat, 5), (n_model, 6), (n_age_temp, 5), (n_years, 8), (n_payment_chat, 6),
    (n_last_digits_money, 5), (n_company_digits, 4), (n_security_code_otp_like, 5), (n_speeds_chat, 5),
    (n_policy, 5), (n_hold_durations, 6), (n_tracking_chat, 6), (n_typed_dates, 6),
]


# --------------------------------------------------------------------------
def build():
    rng = random.Random(SEED)
    pos, negs = [], []
    for fn, n in POS_TEMPLATES:
        for _ in range(n):
            pos.append(fn(rng))
    for fn, n in NEG_TEMPLATES:
        for _ in range(n):
            negs.append(fn(rng))
    rng.shuffle(pos)
    rng.shuffle(negs)
    out = []
    for i, c in enumerate(pos, 1):
        out.append((c, c.to_obj("h20-pos-%03d" % i)))
    for i, c in enumerate(negs, 1):
        out.append((c, c.to_obj("h20-neg-%03d" % i)))
    return out


def dumps(objs):
    return "".join(json.dumps(o, ensure_ascii=False) + "\n" for o in objs)


# ----------------------------------------------------------- normaliser
FILLER = {"um", "uh", "er", "erm", "ah", "like", "dash", "hyphen", "space", "slash", "then",
          "and", "so", "yeah"}


def normalise(text):
    """Spoken or typed value -> uppercase alphanumeric string; returns (norm, unknown_tokens)."""
    toks = re.findall(r"[a-z0-9]+(?:-[a-z]+)?", text.lower())
    out, unk = [], []
    i = 0
    while i < len(toks):
        t = toks[i].replace("-", "")
        nxt = toks[i + 1].replace("-", "") if i + 1 < len(toks) else None
        nxt2 = toks[i + 2].replace("-", "") if i + 2 < len(toks) else None
        if t in ("double", "triple") and nxt is not None:
            sub, _ = normalise(nxt)
            out.append(sub * (2 if t == "double" else 3))
            i += 2
            continue
        if len(t) == 1 and t.isalpha() and nxt in ("for", "four") and nxt2 in NATO_REV:
            out.append(t.upper())
            i += 3
            continue
        if len(t) == 1 and t.isalpha() and nxt == "as" and nxt2 == "in" and i + 3 < len(toks) \
                and toks[i + 3].replace("-", "") in NATO_REV:
            out.append(t.upper())
            i += 4
            continue
        if t in ("zero", "oh", "o", "nought"):
            out.append("0")
        elif t in UNITS:
            out.append(str(UNITS.index(t)))
        elif t in ("to", "too"):
            out.append("2")
        elif t == "ate":
            out.append("8")
        elif t in TEENS:
            out.append(str(10 + TEENS.index(t)))
        elif t in TENS and t:
            if nxt in UNITS[1:]:
                out.append(str(TENS.index(t)) + str(UNITS.index(nxt)))
                i += 1
            else:
                out.append(str(TENS.index(t)) + "0")
        elif t.isdigit() or re.fullmatch(r"[a-z0-9]+", t) and any(ch.isdigit() for ch in t):
            out.append(t.upper())
        elif len(t) == 1 and t.isalpha() or t in LETTER_HOMO:
            letter = t.upper() if len(t) == 1 else LETTER_HOMO[t]
            if nxt in ("for", "four") and nxt2 in NATO_REV:
                i += 2
            elif nxt == "as" and nxt2 == "in" and i + 3 < len(toks) and toks[i + 3].replace("-", "") in NATO_REV:
                i += 3
            out.append(letter)
        elif re.fullmatch(r"[a-z]{2,}", t) and t.upper() in ("GB", "IE", "DE", "FR", "NL", "ES", "BE"):
            out.append(t.upper())
        elif t in FILLER:
            pass
        else:
            unk.append(t)
        i += 1
    return "".join(out), unk


def typed_alnum(text):
    return re.sub(r"[^A-Za-z0-9]", "", text).upper()


def norm_spans(texts):
    norm, unk = "", []
    for t in texts:
        if re.search(r"\d", t):
            norm += typed_alnum(t)
        else:
            n, u = normalise(t)
            norm += n
            unk += u
    return norm, unk


def validate_group(typ, texts, lenient):
    joined = " ".join(texts)
    if typ == "EXPIRY" and any(m in joined.lower() for m in MONTHS):
        return bool(re.search(r"(twenty|\d\d)", joined.lower())), "expiry month word"
    if typ == "EMAIL":
        ok = ("@" in joined or " at " in joined) and ("." in joined or " dot " in joined)
        return ok, "email shape"
    if typ == "ADDRESS":
        ok = re.match(r"^(flat \d+, )?(\d+|(zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\b)", joined.lower()) \
            and re.search(r"(road|street|lane|avenue|drive|grove|kingsway|close|crescent|court|way|boulevard|terrace|view|hill|park)$", joined.lower())
        return bool(ok), "address shape"
    if typ == "DOB":
        low = joined.lower()
        if any(m in low for m in MONTHS):
            yr = r"(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|nineteen|\d{2,4})"
            return bool(re.search(r"(" + "|".join(MONTHS) + r").*\b" + yr + r"\b", low)), "dob month+year"
        norm, _ = normalise(joined)
        return norm.isdigit() and 6 <= len(norm) <= 8, "dob digits %s" % norm
    norm, unk = norm_spans(texts)
    if unk:
        return False, "unknown tokens %r" % unk
    if lenient:
        return norm.isdigit() and len(norm) <= 19, "fragment %s" % norm
    if typ == "CARD_NUMBER":
        if len(norm) == 4 and norm.isdigit():
            return True, "last four read-back"
        return norm.isdigit() and 13 <= len(norm) <= 19 and luhn_ok(norm), "card %s" % norm
    if typ == "CVV":
        return norm.isdigit() and len(norm) in (3, 4), "cvv %s" % norm
    if typ == "EXPIRY":
        low = joined.lower()
        if any(m in low for m in MONTHS):
            return True, "expiry month word"
        if len(norm) == 6 and norm[2:4] == "20":
            norm = norm[:2] + norm[4:]
        return norm.isdigit() and len(norm) == 4 and 1 <= int(norm[:2]) <= 12, "expiry %s" % norm
    if typ == "SSN":
        return norm.isdigit() and len(norm) == 9, "ssn %s" % norm
    if typ == "NI_NUMBER":
        return bool(NI_RE.match(norm)), "ni %s" % norm
    if typ == "SORT_CODE":
        return norm.isdigit() and len(norm) == 6, "sort %s" % norm
    if typ == "BANK_ACCOUNT":
        return norm.isdigit() and 8 <= len(norm) <= 12, "acct %s" % norm
    if typ == "IBAN":
        return iban_ok(norm), "iban %s" % norm
    if typ == "PHONE":
        return norm.isdigit() and 10 <= len(norm) <= 13, "phone %s" % norm
    if typ == "POSTCODE":
        return bool(UK_PC_RE.match(norm) or re.fullmatch(r"\d{5}(\d{4})?", norm)), "postcode %s" % norm
    return False, "unknown type"


def check(built, file_text):
    problems = []
    objs = [o for _, o in built]
    if dumps(objs) != file_text:
        problems.append("cases.jsonl differs from regenerated output (run without --check)")
    if README.exists() and README.read_text(encoding="utf-8") != readme_text(objs):
        problems.append("README.md differs from regenerated output")
    # validate what is actually in the file (falls back to the regenerated data)
    try:
        file_objs = [json.loads(line) for line in file_text.splitlines() if line.strip()]
    except ValueError as e:
        problems.append("cases.jsonl is not valid JSONL: %s" % e)
        file_objs = []
    if len(file_objs) != len(objs):
        problems.append("cases.jsonl has %d cases, expected %d" % (len(file_objs), len(objs)))
        file_objs = objs
    ids = [o["id"] for o in file_objs]
    if len(set(ids)) != len(ids):
        problems.append("duplicate ids")
    for (c, _), o in zip(built, file_objs):
        sp = o["spans"]
        if o["kind"] == "negative" and sp:
            problems.append(o["id"] + ": negative with spans")
        if o["kind"] == "positive" and not sp:
            problems.append(o["id"] + ": positive without spans")
        for s in sp:
            if s["type"] not in TYPES:
                problems.append(o["id"] + ": bad type " + s["type"])
            if not (0 <= s["turn"] < len(o["turns"])):
                problems.append(o["id"] + ": bad turn")
                continue
            t = o["turns"][s["turn"]]["text"]
            a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(t)):
                problems.append(o["id"] + ": offsets out of range")
                continue
            if (a > 0 and t[a - 1].isalnum()) or (b < len(t) and t[b].isalnum()):
                problems.append("%s: span %r not on word boundary" % (o["id"], t[a:b]))
            if t[a].isspace() or t[b - 1].isspace():
                problems.append("%s: span %r has outer whitespace" % (o["id"], t[a:b]))
        by_turn = {}
        for s in sp:
            by_turn.setdefault(s["turn"], []).append((s["start"], s["end"]))
        for tl in by_turn.values():
            tl.sort()
            for (a1, b1), (a2, b2) in zip(tl, tl[1:]):
                if a2 < b1:
                    problems.append(o["id"] + ": overlapping spans")
        if o["kind"] == "positive":
            for key, typ, idxs, len_ in c.groups:
                texts = []
                for si in idxs:
                    s = sp[si]
                    if s["type"] != typ:
                        problems.append(o["id"] + ": group type mismatch")
                    texts.append(o["turns"][s["turn"]]["text"][s["start"]:s["end"]])
                ok, why = validate_group(typ, texts, len_)
                if not ok:
                    problems.append("%s: %s invalid (%s): %r" % (o["id"], typ, why, texts))
    return problems


def counts(objs):
    cnt = Counter(s["type"] for o in objs for s in o["spans"])
    npos = sum(o["kind"] == "positive" for o in objs)
    nneg = sum(o["kind"] == "negative" for o in objs)
    return cnt, npos, nneg


def readme_text(objs):
    cnt, npos, nneg = counts(objs)
    chat = sum(o["note"].startswith("chat/") for o in objs)
    rows = "\n".join("| %s | %d |" % (t, cnt[t]) for t in TYPES)
    return f"""# pii_holdout20 — held-out PII redaction cases

**Never use this set for tuning.** It is a held-out evaluation set. Do not change the
redactor in response to individual cases here; if it is used for tuning it stops measuring anything.

## Who wrote it and how

Written by an AI helper acting as an independent author. The author did not see the
redaction code, its tests, its documentation, the benchmark script or any other PII
fixture (only a three-line example of the JSONL format). Cases are produced by
`scripts/make_pii_holdout20.py` from template functions: every turn is assembled from
plain-text segments and (value, TYPE) segments, so offsets are computed, never typed by
hand. All values come from one `random.Random({SEED})`; output is byte-for-byte
reproducible. `python scripts/make_pii_holdout20.py --check` regenerates and verifies the
file (identical bytes, unique ids, offsets in range and on word boundaries, no overlapping
spans) and validates every labelled value after normalising spoken forms (Luhn for cards,
mod-97 for IBANs, NI format, 9 digits for SSN, 6 for sort codes, digit counts for
CVV/phone/account, UK postcode / US ZIP shapes).

## Contents

- {npos} positive cases, {nneg} negative cases ({chat} chat cases, the rest ASR-style call transcripts).
- Channels: typed chat (varied separators, case) and phone calls written as an ASR would
  (lower case, numbers as words, "oh"/"o"/"nought"/"zero", "double"/"triple", digit pairs
  such as "forty one eleven", letters as "b for bravo" — sometimes "b four bravo" — or as
  homophones such as "bee", "see", "are", "why", digit homophones "to"/"ate").
- Industries: banking, telecom, utilities, retail, insurance, travel, healthcare billing,
  government services; countries US, UK, Ireland, EU (IBANs from GB, IE, DE, FR, NL, ES, BE).

## Annotation conventions

- A span covers the value only: from the first word/character of the value to the last,
  without lead-ins ("it's", "yeah", "sort code is") or trailing remarks. Filler words that
  occur *inside* a reading ("um", "uh") are inside the span because the span is contiguous.
- A value split over several customer turns gets one span per turn (same type); agent
  back-channels between them ("mhm", "okay go on") are not labelled.
- Full values the agent reads back are labelled too. A read-back of only the last four
  card digits ("a card ending three two eight five") is NOT labelled (unlabelled text in a
  positive case, so it neither helps nor hurts recall).
- An aborted partial reading before a self-correction (eight card digits, then "no sorry
  wrong card") is labelled with the same type as the value; the correction words are not.
- When a reading is interrupted by chit-chat inside one turn ("... sorry the dog's going
  mad hang on right where was i ..."), each digit run is its own span and the chit-chat is
  outside the spans.
- NI numbers: letters, digits and suffix letter, including "x for x-ray" spellings, are all
  inside the span; when the suffix letter comes in a later turn it is its own span.
- IBAN spans include the country code and check digits. For a spoken international
  phone number ("plus four four seven ...") the country-code digits are inside the span and
  the word "plus" is outside; typed "+44" / "(555)" are inside. A spoken "area code" lead-in
  is outside the span.
- EMAIL spans cover the whole address (spoken "dot"/"at"/"underscore" included).
- DOB spans cover the whole date phrase ("the fourteenth of march nineteen eighty two").
  EXPIRY spans cover the month and year ("oh eight twenty seven", "march twenty twenty
  eight", "08/27"). CVV spans cover the digits only.
- ADDRESS is the street line (house/flat number + street name); the town is not labelled;
  the postcode/ZIP is a separate POSTCODE span.
- Unlabelled non-PII numbers (amounts, reference numbers, dates that are not birth dates,
  durations) appear in some positives next to the PII and must not be needed for recall.
- Negatives contain no PII at all: amounts, balances, prices, times, durations, counts,
  years, percentages, non-birth dates, order/ticket/claim/invoice/reference numbers (≤10
  digits with their reference word), flight numbers, room and seat numbers, model numbers,
  meter readings, speeds, ages, temperatures. Any redaction in a negative is a failure.

## Span counts per type

| type | spans |
|---|---|
{rows}
| **total** | {sum(cnt.values())} |
"""


def main():
    built = build()
    objs = [o for _, o in built]
    if "--check" in sys.argv[1:]:
        text = CASES.read_text(encoding="utf-8") if CASES.exists() else ""
        problems = check(built, text)
        cnt, npos, nneg = counts(objs)
        print("cases: %d positive, %d negative" % (npos, nneg))
        for t in TYPES:
            print("  %-13s %d" % (t, cnt[t]))
        for t in TYPES:
            need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
            if cnt[t] < need:
                problems.append("too few %s spans: %d < %d" % (t, cnt[t], need))
        if npos < 170 or nneg < 100:
            problems.append("too few cases")
        for p in problems:
            print("PROBLEM:", p)
        print("check %s (%d problems)" % ("OK" if not problems else "FAILED", len(problems)))
        sys.exit(1 if problems else 0)
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    CASES.write_text(dumps(objs), encoding="utf-8")
    README.write_text(readme_text(objs), encoding="utf-8")
    cnt, npos, nneg = counts(objs)
    print("wrote %s: %d positive, %d negative, %d spans" % (CASES, npos, nneg, sum(cnt.values())))


if __name__ == "__main__":
    main()

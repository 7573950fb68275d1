#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set ``pii_holdout148``.

Written by an AI helper acting as an independent author (it did not see the
redaction code).  Standard library only.  Output is byte-for-byte reproducible
from a single seeded ``random.Random(148241124)``.

    python scripts/make_pii_holdout148.py          # write fixture + README
    python scripts/make_pii_holdout148.py --check  # regenerate and verify

Never use this set for tuning.
"""
from __future__ import annotations

import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

SEED = 148241124
ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "tests" / "fixtures" / "pii_holdout148"
CASES = OUT_DIR / "cases.jsonl"
README = OUT_DIR / "README.md"
PREFIX = "h148"

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

# --------------------------------------------------------------------------
# case building: turns are lists of plain strings and V(...) value segments
# --------------------------------------------------------------------------


class V:
    """A labelled value segment.  ``group`` ties together the pieces of one
    value split across turns; ``canon`` is the canonical value of the group;
    ``partial`` marks an abandoned prefix (self-correction)."""

    def __init__(self, text, typ, canon=None, group=None, partial=False):
        self.text, self.typ, self.canon = text, typ, canon
        self.group, self.partial = group, partial


def build(turns, note):
    out_turns, spans, groups = [], [], {}
    auto = 0
    for ti, (spk, segs) in enumerate(turns):
        text = ""
        for seg in segs:
            if isinstance(seg, str):
                text += seg
            else:
                start = len(text)
                text += seg.text
                spans.append({"turn": ti, "start": start, "end": len(text), "type": seg.typ})
                g = seg.group
                if g is None:
                    auto += 1
                    g = "_auto%d" % auto
                ent = groups.setdefault(g, {"type": seg.typ, "canon": seg.canon,
                                             "texts": [], "partial": seg.partial})
                if seg.canon is not None:
                    ent["canon"] = seg.canon
                ent["texts"].append(seg.text)
        out_turns.append({"speaker": spk, "text": text})
    return {"turns": out_turns, "spans": spans, "note": note}, groups


def A(*segs):
    return ("agent", list(segs))


def C(*segs):
    return ("customer", list(segs))


# --------------------------------------------------------------------------
# spoken number helpers
# --------------------------------------------------------------------------

UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
ORD_UNITS = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"]
ORD_TEENS = ["tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
             "sixteenth", "seventeenth", "eighteenth", "nineteenth"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
MONTHS_ABBR = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "f": "foxtrot",
        "g": "golf", "h": "hotel", "i": "india", "j": "juliet", "k": "kilo", "l": "lima",
        "m": "mike", "n": "november", "o": "oscar", "p": "papa", "q": "quebec", "r": "romeo",
        "s": "sierra", "t": "tango", "u": "uniform", "v": "victor", "w": "whiskey",
        "x": "x-ray", "y": "yankee", "z": "zulu"}
ASIN = {"a": "apple", "b": "boy", "c": "cat", "d": "dog", "e": "edward", "f": "frank",
        "g": "george", "h": "henry", "i": "ice", "j": "john", "k": "king", "l": "larry",
        "m": "mary", "n": "nancy", "o": "ocean", "p": "peter", "q": "queen", "r": "robert",
        "s": "sam", "t": "tom", "u": "umbrella", "v": "victor", "w": "william", "x": "xray",
        "y": "yellow", "z": "zebra"}


def two(n):
    """Spoken form of 0..99 as a cardinal (no leading zero handling)."""
    if n < 10:
        return UNITS[n]
    if n < 20:
        return TEENS[n - 10]
    t, u = divmod(n, 10)
    return TENS[t] if u == 0 else TENS[t] + " " + UNITS[u]


def ordinal(n):
    if n < 10:
        return ORD_UNITS[n]
    if n < 20:
        return ORD_TEENS[n - 10]
    t, u = divmod(n, 10)
    if u == 0:
        return {2: "twentieth", 3: "thirtieth"}[t]
    return TENS[t] + " " + ORD_UNITS[u]


def zero_word(rng, uk=False):
    opts = ["zero", "oh", "o"] + (["nought", "oh"] if uk else ["zero", "oh"])
    return rng.choice(opts)


def say_digits(s, rng, uk=False, doubles=True, zw=None, homophones=False):
    """digit-by-digit reading, optionally with double/triple."""
    zw = zw or zero_word(rng, uk)
    words = []
    i = 0
    use_dbl = doubles and rng.random() < 0.6
    while i < len(s):
        c = s[i]
        run = 1
        while i + run < len(s) and s[i + run] == c:
            run += 1
        w = zw if c == "0" else UNITS[int(c)]
        if homophones and c in "248" and rng.random() < 0.35:
            w = {"2": rng.choice(["to", "too"]), "4": "for", "8": "ate"}[c]
        if use_dbl and run == 3:
            words.append("triple " + w)
            i += 3
            continue
        if use_dbl and run == 2:
            words.append("double " + w)
            i += 2
            continue
        words.append(w)
        i += 1
    return " ".join(words)


def say_pair(p, rng, uk=False):
    a, b = int(p[0]), int(p[1])
    if a >= 2 and b == 0:
        # a bare "seventy" would merge with a following unit word ("seventy six")
        return UNITS[a] + " " + zero_word(rng, uk)
    if a == 0:
        zw = zero_word(rng, uk)
        if b == 0:
            return rng.choice(["double " + zw, zw + " " + zw])
        return zw + " " + UNITS[b]
    return two(int(p))


def say_pairs(s, rng, uk=False):
    assert len(s) % 2 == 0
    return " ".join(say_pair(s[i:i + 2], rng, uk) for i in range(0, len(s), 2))


def say_group(s, rng, uk=False):
    """Spoken form of a short group, chosen among digits / pairs / hundreds."""
    r = rng.random()
    if len(s) == 4 and s[2:] == "00" and s[0] != "0" and r < 0.5:
        return two(int(s[:2])) + " hundred"
    if len(s) % 2 == 0 and s[0] != "0" and r < 0.55:
        return say_pairs(s, rng, uk)
    if len(s) == 3 and s[0] != "0" and s[1:] != "00" and r < 0.65:
        # "four twelve", "nine oh five"
        return UNITS[int(s[0])] + " " + say_pair(s[1:], rng, uk)
    return say_digits(s, rng, uk)


def say_year(y, rng):
    if y >= 2000:
        if y < 2010:
            return rng.choice(["two thousand and " + UNITS[y - 2000], "two thousand " + UNITS[y - 2000]])
        return rng.choice(["twenty " + two(y - 2000), "two thousand and " + two(y - 2000)])
    r = y % 100
    return two(y // 100) + " " + (two(r) if r >= 10 else say_pair("%02d" % r, rng))


def fill(rng, p=0.3):
    return rng.choice(["um ", "uh ", "er "]) if rng.random() < p else ""


# --------------------------------------------------------------------------
# value generators
# --------------------------------------------------------------------------

def luhn_ok(d):
    tot = 0
    for i, ch in enumerate(reversed(d)):
        n = int(ch)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        tot += n
    return tot % 10 == 0


def gen_card(rng, kind=None):
    kind = kind or rng.choice(["visa", "visa", "mc", "mc", "amex", "disc"])
    if kind == "visa":
        body, ln = "4" + "".join(rng.choice("0123456789") for _ in range(5)), 16
    elif kind == "mc":
        body, ln = "5" + rng.choice("12345") + "".join(rng.choice("0123456789") for _ in range(4)), 16
    elif kind == "amex":
        body, ln = rng.choice(["34", "37"]) + "".join(rng.choice("0123456789") for _ in range(4)), 15
    else:
        body, ln = "6011" + "".join(rng.choice("0123456789") for _ in range(2)), 16
    while len(body) < ln - 1:
        body += rng.choice("0123456789")
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def brand(card):
    return {"4": "visa", "5": "mastercard", "3": "amex", "6": "discover"}[card[0]]


def card_groups(card):
    if len(card) == 15:
        return [card[:4], card[4:10], card[10:]]
    return [card[i:i + 4] for i in range(0, len(card), 4)]


def gen_ssn(rng):
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, rng.randint(1, 99), rng.randint(1, 9999))


NI_FIRST = "ABCEGHJKLMNPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"
NI_BAD = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}


def gen_ni(rng):
    while True:
        p = rng.choice(NI_FIRST) + rng.choice(NI_SECOND)
        if p not in NI_BAD:
            break
    return p + "".join(rng.choice("0123456789") for _ in range(6)) + rng.choice("ABCD")


def iban_check(cc, bban):
    s = bban + cc + "00"
    num = "".join(str(int(ch, 36)) for ch in s)
    return "%02d" % (98 - int(num) % 97)


def iban_ok(iban):
    s = iban[4:] + iban[:4]
    try:
        num = "".join(str(int(ch, 36)) for ch in s)
    except ValueError:
        return False
    return int(num) % 97 == 1


def gen_iban(rng, cc=None):
    cc = cc or rng.choice(["GB", "IE", "DE", "FR", "NL", "ES"])
    digs = lambda n: "".join(rng.choice("0123456789") for _ in range(n))
    if cc == "GB":
        bban = rng.choice(["NWBK", "BARC", "LOYD", "MIDL", "HBUK"]) + digs(14)
    elif cc == "IE":
        bban = rng.choice(["AIBK", "BOFI", "IPBS"]) + digs(14)
    elif cc == "DE":
        bban = digs(18)
    elif cc == "FR":
        bban = digs(23)
    elif cc == "NL":
        bban = rng.choice(["ABNA", "INGB", "RABO"]) + digs(10)
    else:
        bban = digs(20)
    return cc + iban_check(cc, bban) + bban


def gen_us_phone(rng):
    a = str(rng.randint(2, 9)) + "".join(rng.choice("0123456789") for _ in range(2))
    b = str(rng.randint(2, 9)) + "".join(rng.choice("0123456789") for _ in range(2))
    c = "".join(rng.choice("0123456789") for _ in range(4))
    return a, b, c


def gen_uk_mobile(rng):
    return "07" + rng.choice("3456789") + "".join(rng.choice("0123456789") for _ in range(8))


def gen_ie_mobile(rng):
    return "08" + rng.choice("35679") + "".join(rng.choice("0123456789") for _ in range(7))


def gen_zip(rng):
    return "%05d" % rng.randint(1001, 99950)


UK_AREAS = ["SW", "SE", "N", "E", "W", "NW", "M", "B", "LS", "G", "EH", "CF", "BS", "L", "NG",
            "CR", "BT", "DN", "OX", "CB", "RG", "KT", "TW", "S"]
UK_UNIT = "ABDEFGHJLNPQRSTUWXYZ"


def gen_uk_postcode(rng):
    area = rng.choice(UK_AREAS)
    dist = str(rng.randint(1, 29)) if len(area) == 1 else str(rng.randint(1, 19))
    if rng.random() < 0.1 and area in ("SW", "W", "E", "N"):
        dist = str(rng.randint(1, 9)) + rng.choice("AB")
    return area + dist, str(rng.randint(0, 9)) + rng.choice(UK_UNIT) + rng.choice(UK_UNIT)


US_STREETS = ["Maple", "Oak", "Cedar", "Pine", "Elm", "Washington", "Lincoln", "Jefferson",
              "Highland", "Lakeview", "Sunset", "Magnolia", "Willow", "Franklin", "Chestnut",
              "Hickory", "Park", "Ridge", "Meadow", "Prospect", "Jackson", "Madison", "Juniper"]
US_SUFFIX = [("Street", "St"), ("Avenue", "Ave"), ("Road", "Rd"), ("Drive", "Dr"),
             ("Lane", "Ln"), ("Court", "Ct"), ("Boulevard", "Blvd"), ("Place", "Pl"),
             ("Way", "Way"), ("Circle", "Cir"), ("Terrace", "Ter")]
US_CITIES = [("Columbus", "OH"), ("Tampa", "FL"), ("Phoenix", "AZ"), ("Denver", "CO"),
             ("Austin", "TX"), ("Raleigh", "NC"), ("Portland", "OR"), ("Omaha", "NE"),
             ("Sacramento", "CA"), ("Albany", "NY"), ("Madison", "WI"), ("Atlanta", "GA"),
             ("Boise", "ID"), ("Richmond", "VA"), ("Tulsa", "OK"), ("Louisville", "KY")]
UK_STREETS = ["Church", "Station", "Victoria", "Mill", "Queens", "Kings", "Green", "Manor",
              "Park", "Highfield", "Windsor", "Grange", "Albert", "Chapel"]
UK_SUFFIX = ["Road", "Street", "Lane", "Close", "Avenue", "Crescent", "Gardens", "Drive", "Way"]
STREET_SUFFIX_WORDS = {w.lower() for pair in US_SUFFIX for w in pair} | {w.lower() for w in UK_SUFFIX}

FIRST = ["john", "maria", "dave", "linda", "kevin", "sarah", "mike", "jen", "carlos", "tasha",
         "brian", "emily", "raj", "megan", "tom", "kim", "luis", "ashley", "dan", "nicole"]
LAST = ["smith", "garcia", "johnson", "nguyen", "brown", "miller", "davis", "lopez", "wilson",
        "moore", "taylor", "thomas", "martin", "lee", "walker", "hall", "young", "king"]
DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "aol.com", "icloud.com",
           "comcast.net", "att.net", "protonmail.com"]


def gen_email(rng):
    f, l = rng.choice(FIRST), rng.choice(LAST)
    style = rng.randint(0, 4)
    if style == 0:
        local = f + "." + l
    elif style == 1:
        local = f[0] + l + str(rng.randint(1, 99))
    elif style == 2:
        local = f + "_" + l
    elif style == 3:
        local = f + l + str(rng.randint(1950, 2005))
    else:
        local = l + "." + f[0]
    return local + "@" + rng.choice(DOMAINS)


def say_email(e, rng):
    local, dom = e.split("@")
    parts = []
    for tok in re.findall(r"[a-z]+|\d+|[._-]", local):
        if tok == ".":
            parts.append("dot")
        elif tok == "_":
            parts.append("underscore")
        elif tok == "-":
            parts.append("dash")
        elif tok.isdigit():
            if len(tok) == 4:
                parts.append(two(int(tok[:2])) + " " + (two(int(tok[2:])) if tok[2] != "0" else say_digits(tok[2:], rng, doubles=False, zw="zero")))
            elif len(tok) == 2 and tok[0] != "0":
                parts.append(rng.choice([two(int(tok)), say_digits(tok, rng, doubles=False, zw="zero")]))
            else:
                parts.append(say_digits(tok, rng, doubles=False, zw="zero"))
        elif len(tok) == 1:
            parts.append(tok)
        else:
            parts.append(tok if rng.random() < 0.7 else " ".join(tok))
    d = dom.replace(".", " dot ")
    return " ".join(parts) + " at " + d


def gen_dob(rng):
    y = rng.randint(1941, 2004)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    return y, m, d


def gen_expiry(rng):
    return rng.randint(1, 12), rng.randint(2026, 2032)


def say_date_spoken(y, m, d, rng):
    st = rng.randint(0, 4)
    if st == 0:
        return "%s %s %s" % (MONTHS[m - 1], ordinal(d), say_year(y, rng))
    if st == 1:
        return "the %s of %s %s" % (ordinal(d), MONTHS[m - 1], say_year(y, rng))
    if st == 2:
        return "%s %s %s" % (say_pair("%02d" % m, rng), say_pair("%02d" % d, rng), say_pair("%02d" % (y % 100), rng))
    if st == 3:
        return "%s %s %s" % (MONTHS[m - 1], two(d), say_year(y, rng))
    return "%s %s %s" % (say_digits("%02d" % m, rng, doubles=False), say_digits("%02d" % d, rng, doubles=False), say_year(y, rng))


def say_date_typed(y, m, d, rng, us=True):
    st = rng.randint(0, 4)
    if st == 0:
        return ("%02d/%02d/%04d" % (m, d, y)) if us else ("%02d/%02d/%04d" % (d, m, y))
    if st == 1:
        return "%d-%d-%02d" % (m, d, y % 100) if us else "%d.%d.%04d" % (d, m, y)
    if st == 2:
        return "%s %d, %d" % (MONTHS_ABBR[m - 1], d, y)
    if st == 3:
        return "%d %s %d" % (d, MONTHS[m - 1].capitalize(), y)
    return "%04d-%02d-%02d" % (y, m, d)


def say_house_number(n, rng):
    s = str(n)
    if len(s) == 4 and rng.random() < 0.7:
        return say_pairs(s, rng) if s[2] != "0" or s[3] == "0" else two(int(s[:2])) + " " + say_pair(s[2:], rng)
    if len(s) == 3 and rng.random() < 0.6:
        return UNITS[int(s[0])] + " " + say_pair(s[1:], rng)
    if len(s) <= 2:
        return two(n)
    return say_digits(s, rng, doubles=False)


def gen_us_address(rng):
    n = rng.choice([rng.randint(10, 99), rng.randint(100, 999), rng.randint(1000, 9899)])
    st = rng.choice(US_STREETS)
    suf = rng.choice(US_SUFFIX)
    return n, st, suf


# --------------------------------------------------------------------------
# positive templates
# --------------------------------------------------------------------------

US_IND = ["banking", "telecom", "utilities", "retail", "insurance", "travel",
          "healthcare billing", "government services"]


def t_card_chat(rng):
    card = gen_card(rng)
    g = card_groups(card)
    sep = rng.choice([" ", "-", "", " ", "  ", "."])
    shown = sep.join(g)
    if rng.random() < 0.2 and len(card) == 16:
        shown = card[:8] + " " + card[8:]
    ind = rng.choice(["retail", "telecom", "utilities", "travel"])
    intro = rng.choice(["card number is ", "ok here it is: ", "Card: ", "its ", "cc# ",
                        "sure - ", "Pay with this one pls "])
    tail = rng.choice(["", " thanks", ". the amount is $%d.%02d" % (rng.randint(20, 900), rng.randint(0, 99)),
                       " (visa)" if card[0] == "4" else " (mastercard)" if card[0] == "5" else "",
                       " :)", ", order #%d" % rng.randint(100000, 9999999)])
    return [A("Sure, I can take that payment for you. What card would you like to use?"),
            C(intro, V(shown, "CARD_NUMBER", card), tail)], \
        "chat/%s: card typed with separator %r" % (ind, sep)


def t_card_call_one_turn(rng):
    card = gen_card(rng)
    uk = rng.random() < 0.2
    spoken = " ".join(say_group(x, rng, uk) if rng.random() < 0.4 else say_digits(x, rng, uk)
                      for x in card_groups(card))
    ind = rng.choice(US_IND)
    pre = rng.choice(["yeah it's ", "okay so it's ", "sure ", "alright ", "its a %s " % brand(card), "ready ", ""])
    return [A(rng.choice(["and what's the long number across the front of the card",
                          "go ahead with the card number whenever you're ready",
                          "okay i can take that card number now"])),
            C(pre, V(spoken, "CARD_NUMBER", card))], \
        "call/%s: card read in one turn, mixed digit/pair/double forms" % ind


def t_card_call_split(rng):
    card = gen_card(rng)
    grp = card_groups(card)
    turns = [A("okay go ahead with the card number")]
    backs = ["mhm", "okay", "yep", "okay go on", "uh huh", "got it", "right", "and then"]
    for i, x in enumerate(grp):
        pre = fill(rng, 0.25) if i else rng.choice(["okay ", "it's ", "yep ", "so "])
        post = rng.choice(["", "", " um", " okay", " hold on"]) if i < len(grp) - 1 else rng.choice(["", " that's it", " and that's the last"])
        turns.append(C(pre, V(say_digits(x, rng, homophones=rng.random() < 0.3), "CARD_NUMBER", card, "c"), post))
        if i < len(grp) - 1:
            turns.append(A(rng.choice(backs)))
    return turns, "call/%s: card split over %d customer turns with back-channels, possible ASR homophones" % (
        rng.choice(US_IND), len(grp))


def t_card_full_payment(rng):
    card = gen_card(rng, rng.choice(["visa", "mc", "disc"]))
    m, y = gen_expiry(rng)
    cvv = "".join(rng.choice("0123456789") for _ in range(3))
    zp = gen_zip(rng)
    amount = "%d dollars and %s cents" % (rng.randint(20, 400), two(rng.randint(1, 99)))
    exp_sp = rng.choice([
        "%s %s" % (say_pair("%02d" % m, rng), two(y - 2000)),
        "%s %s" % (MONTHS[m - 1], say_year(y, rng)),
        "%s slash %s" % (say_digits("%02d" % m, rng, doubles=False), two(y - 2000)),
    ])
    return [A("okay your payment today is %s what card are we using" % amount),
            C("%s " % brand(card), V(" ".join(say_digits(x, rng) for x in card_groups(card)), "CARD_NUMBER", card)),
            A("thank you and the expiration date"),
            C(V(exp_sp, "EXPIRY", "%02d%02d" % (m, y % 100))),
            A("and the three digit security code on the back"),
            C(fill(rng, 0.5), V(say_digits(cvv, rng), "CVV", cvv)),
            A("and the billing zip code"),
            C("it's ", V(say_digits(zp, rng), "POSTCODE", zp))], \
        "call/%s: full card-not-present payment: card, expiry, cvv, billing zip" % rng.choice(
            ["utilities", "telecom", "insurance", "retail"])


def t_card_readback(rng):
    card = gen_card(rng)
    grp = card_groups(card)
    c_sp = " ".join(say_digits(x, rng) for x in grp)
    a_sp = " ".join(say_digits(x, rng, doubles=False) for x in grp)
    return [A("can i get the card number please"),
            C(V(c_sp, "CARD_NUMBER", card, "c1")),
            A("let me read that back to you ", V(a_sp, "CARD_NUMBER", card, "c2"), " is that correct"),
            C("yes that's right")], \
        "call/%s: agent reads the card number back in full" % rng.choice(US_IND)


def t_card_selfcorrect(rng):
    card = gen_card(rng, "visa")
    grp = card_groups(card)
    first = say_digits(grp[0] + grp[1][:2], rng, doubles=False)
    rest = " ".join(say_digits(x, rng) for x in grp)
    return [A("what's the card number"),
            C(V(first, "CARD_NUMBER", card, "p", partial=True),
              " oh wait sorry that's my old card hold on"),
            A("no problem take your time"),
            C("okay here we go ", V(rest, "CARD_NUMBER", card, "c"))], \
        "call/retail: caller starts reading a card, abandons it, restarts (partial prefix also labelled)"


def t_card_two_in_turn(rng):
    card = gen_card(rng)
    m, y = gen_expiry(rng)
    cvv = "".join(rng.choice("0123456789") for _ in range(4 if card[:2] in ("34", "37") else 3))
    g = card_groups(card)
    exp_t = rng.choice(["%02d/%02d" % (m, y % 100), "%02d/%d" % (m, y), "%02d-%02d" % (m, y % 100), "%d/%02d" % (m, y % 100)])
    return [A("Please provide the card details to complete your booking."),
            C(V(" ".join(g), "CARD_NUMBER", card), rng.choice([" exp ", " expires ", ", exp date "]),
              V(exp_t, "EXPIRY", "%02d%02d" % (m, y % 100)), rng.choice([" cvv ", " security code ", " CVC: "]),
              V(cvv, "CVV", cvv))], \
        "chat/travel: card, expiry and cvv typed in one message"


def t_card_pairs(rng):
    card = gen_card(rng, rng.choice(["visa", "mc"]))
    grp = card_groups(card)
    sp = [say_pairs(x, rng) if x[0] != "0" and x[2] != "0" else say_digits(x, rng) for x in grp]
    return [A("and the card number"),
            C(V(sp[0] + " " + sp[1], "CARD_NUMBER", card, "c")),
            A("okay"),
            C(V(sp[2], "CARD_NUMBER", card, "c"), " ", fill(rng, 1.0), V(sp[3], "CARD_NUMBER", card, "c"))], \
        "call/%s: card read in pairs ('forty one eleven') over two turns" % rng.choice(US_IND)


def ssn_typed(s, rng):
    st = rng.randint(0, 5)
    if st == 0:
        return "%s-%s-%s" % (s[:3], s[3:5], s[5:])
    if st == 1:
        return "%s %s %s" % (s[:3], s[3:5], s[5:])
    if st == 2:
        return s if rng.random() < 0.7 else " ".join(s)
    if st == 3:
        return "%s.%s.%s" % (s[:3], s[3:5], s[5:])
    if st == 4:
        return "%s - %s - %s" % (s[:3], s[3:5], s[5:])
    return "%s-%s" % (s[:5], s[5:])


def ssn_spoken(s, rng):
    st = rng.randint(0, 4)
    if st == 0:
        return " ".join(say_digits(x, rng) for x in (s[:3], s[3:5], s[5:]))
    if st == 1:
        return say_digits(s, rng)
    if st == 2:
        a = s[:3]
        a_sp = UNITS[int(a[0])] + " " + say_pair(a[1:], rng) if a[0] != "0" else say_digits(a, rng)
        return "%s %s %s" % (a_sp, say_pair(s[3:5], rng), say_pairs(s[5:], rng))
    if st == 3:
        return "%s dash %s dash %s" % (say_digits(s[:3], rng), say_digits(s[3:5], rng), say_digits(s[5:], rng))
    return " ".join(say_group(x, rng) for x in (s[:3], s[3:5], s[5:]))


def t_ssn_chat(rng):
    s = gen_ssn(rng)
    ind = rng.choice(["banking", "insurance", "government services", "healthcare billing", "telecom"])
    intro = rng.choice(["my ssn is ", "SSN: ", "Social: ", "social security # ", "its ", "ss# ",
                        "here you go ", "my social security number is "])
    tail = rng.choice(["", " thx", ". can you check my claim now?", " - member id %s" % ("W" + str(rng.randint(10000000, 99999999))),
                       " and I was born in %d" % rng.randint(1950, 2000)])
    return [A(rng.choice(["To verify your identity, please enter your Social Security number.",
                          "Can you confirm your SSN for the application?",
                          "I just need your social security number to pull up the account."])),
            C(intro, V(ssn_typed(s, rng), "SSN", s), tail)], \
        "chat/%s: SSN typed" % ind


def t_ssn_call(rng):
    s = gen_ssn(rng)
    ind = rng.choice(["banking", "insurance", "government services", "healthcare billing", "telecom", "utilities"])
    q = rng.choice(["and can i get your social security number", "i'll need the full social to verify",
                    "what's your social", "can you verify your social security number for me"])
    pre = rng.choice(["sure it's ", "yeah ", "okay ", "um ", "it's ", "my social is "])
    return [A(q), C(pre, V(ssn_spoken(s, rng), "SSN", s))], "call/%s: SSN spoken in one turn" % ind


def t_ssn_split(rng):
    s = gen_ssn(rng)
    parts = [s[:3], s[3:5], s[5:]]
    turns = [A("okay go ahead with the social")]
    for i, p in enumerate(parts):
        sp = say_digits(p, rng) if rng.random() < 0.6 else say_group(p, rng)
        turns.append(C(fill(rng, 0.3), V(sp, "SSN", s, "s")))
        if i < 2:
            turns.append(A(rng.choice(["mhm", "okay", "uh huh", "go ahead", "yep"])))
    return turns, "call/%s: SSN split 3-2-4 over three customer turns" % rng.choice(US_IND)


def t_ssn_readback(rng):
    s = gen_ssn(rng)
    return [A("what's the social on the account"),
            C(V(ssn_spoken(s, rng), "SSN", s, "a")),
            A("okay i have ", V(" ".join(say_digits(x, rng, doubles=False) for x in (s[:3], s[3:5], s[5:])), "SSN", s, "b"),
              " is that right"),
            C("yes ma'am")], \
        "call/%s: SSN and agent read-back" % rng.choice(["banking", "insurance", "government services"])


def t_ssn_with_noise(rng):
    s = gen_ssn(rng)
    mem = "%d" % rng.randint(100000, 9999999)
    amt = rng.randint(100, 3000)
    return [A("thanks for calling benefits services can i get your claim number and your social"),
            C("claim number is %s and my social is " % " ".join(UNITS[int(c)] for c in mem),
              V(ssn_spoken(s, rng), "SSN", s), " i'm calling about the %s dollar payment" % cardinal(amt, rng))], \
        "call/government services: claim number (not PII) and SSN in the same turn"


def t_ssn_selfcorrect(rng):
    s = gen_ssn(rng)
    wrong = s[:3] + s[4] + s[3] + s[5:]
    if wrong == s:
        wrong = s[:3] + s[3] + str((int(s[4]) + 1) % 10) + s[5:]
    return [A("social security number"),
            C(V(say_digits(wrong[:5], rng), "SSN", wrong[:5], "w", partial=True),
              " no wait ", V(say_digits(s, rng), "SSN", s, "s")),
            A("okay so that's ", V(" ".join(say_digits(x, rng, doubles=False) for x in (s[:3], s[3:5], s[5:])), "SSN", s, "r")),
            C("correct")], \
        "call/insurance: SSN with self-correction after the first five digits, then agent read-back"


def ni_typed(n, rng):
    st = rng.randint(0, 3)
    if st == 0:
        return "%s %s %s %s %s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8])
    if st == 1:
        return n
    if st == 2:
        return n.lower()
    return "%s%s %s" % (n[:2], n[2:8], n[8])


def ni_spoken(n, rng):
    def letter(ch):
        r = rng.random()
        lc = ch.lower()
        if r < 0.5:
            return lc
        if r < 0.8:
            return "%s for %s" % (lc, NATO[lc])
        return "%s as in %s" % (lc, ASIN[lc])
    st = rng.randint(0, 2)
    L = letter(n[0]) + " " + letter(n[1])
    if st == 0:
        mid = say_digits(n[2:8], rng, uk=True)
    elif st == 1:
        mid = say_pairs(n[2:8], rng, uk=True)
    else:
        mid = " ".join(say_digits(n[i:i + 2], rng, uk=True) for i in (2, 4, 6))
    return L + " " + mid + " " + letter(n[8])


def t_ni_chat(rng):
    n = gen_ni(rng)
    ind = rng.choice(["government services", "banking", "insurance", "utilities"])
    return [A(rng.choice(["Could you confirm your National Insurance number please?",
                          "What is your NI number?", "Please provide your NINO to continue."])),
            C(rng.choice(["it's ", "NI: ", "NI number ", "sure ", "", "ni no. "]), V(ni_typed(n, rng), "NI_NUMBER", n),
              rng.choice(["", " cheers", ". Im on universal credit", " thanks"]))], \
        "chat/%s (UK): NI number typed" % ind


def t_ni_call(rng):
    n = gen_ni(rng)
    ind = rng.choice(["government services", "banking", "insurance", "utilities", "telecom"])
    return [A(rng.choice(["and your national insurance number please", "can you give me your n i number",
                          "i just need your national insurance number"])),
            C(rng.choice(["yeah it's ", "right it's ", "okay ", "erm ", ""]), V(ni_spoken(n, rng), "NI_NUMBER", n))], \
        "call/%s (UK): NI number spoken, letters possibly spelled phonetically" % ind


def t_ni_split(rng):
    n = gen_ni(rng)
    L = " ".join(c.lower() for c in n[:2])
    turns = [A("go ahead with your national insurance number"),
             C(V(L, "NI_NUMBER", n, "n")),
             A(rng.choice(["yep", "mhm", "okay"])),
             C(V(say_digits(n[2:8], rng, uk=True), "NI_NUMBER", n, "n")),
             A("and the letter at the end"),
             C(V(n[8].lower(), "NI_NUMBER", n, "n"))]
    return turns, "call/government services (UK): NI number split letters / digits / final letter"


def t_ni_readback(rng):
    n = gen_ni(rng)
    return [A("national insurance number"),
            C(V(ni_spoken(n, rng), "NI_NUMBER", n, "a")),
            A("lovely so that's ", V(" ".join(c.lower() for c in n[:2]) + " " + say_pairs(n[2:8], rng, uk=True) + " " + n[8].lower(),
                                   "NI_NUMBER", n, "b")),
            C("that's it yeah")], "call/banking (UK): NI number and agent read-back in pairs"


def t_dob_call(rng):
    y, m, d = gen_dob(rng)
    ind = rng.choice(US_IND)
    return [A(rng.choice(["and can you confirm your date of birth", "what's the date of birth on the account",
                          "and your birthday please"])),
            C(rng.choice(["it's ", "yeah ", "", "sure "]), V(say_date_spoken(y, m, d, rng), "DOB", (y, m, d)))], \
        "call/%s: DOB spoken" % ind


def t_dob_chat(rng):
    y, m, d = gen_dob(rng)
    us = rng.random() < 0.8
    return [A("For security, please confirm your date of birth."),
            C(rng.choice(["DOB ", "dob: ", "born ", "", "its "]), V(say_date_typed(y, m, d, rng, us), "DOB", (y, m, d)))], \
        "chat/%s: DOB typed" % rng.choice(US_IND)


def t_insurance_combo(rng):
    y, m, d = gen_dob(rng)
    s = gen_ssn(rng)
    pol = "%s%d" % (rng.choice(["HX", "PL", "AUT", "HO"]), rng.randint(1000000, 9999999))
    return [A("thank you for calling can i have your policy number"),
            C("yeah policy number %s" % " ".join(pol.lower())),
            A("and the policyholder's date of birth"),
            C(V(say_date_spoken(y, m, d, rng), "DOB", (y, m, d))),
            A("and last i need the social"),
            C(V(ssn_spoken(s, rng), "SSN", s))], \
        "call/insurance: policy number (not PII), DOB and SSN"


def t_phone_us_call(rng):
    a, b, c = gen_us_phone(rng)
    st = rng.randint(0, 3)
    if st == 0:
        sp, canon = "%s %s %s" % (say_digits(a, rng), say_digits(b, rng), say_digits(c, rng)), a + b + c
    elif st == 1:
        sp, canon = "%s %s %s" % (say_group(a, rng), say_group(b, rng), say_group(c, rng)), a + b + c
    elif st == 2:
        sp, canon = "one %s %s %s" % (say_digits(a, rng), say_digits(b, rng), say_pairs(c, rng) if c[0] != "0" else say_digits(c, rng)), "1" + a + b + c
    else:
        sp, canon = "%s %s %s" % (say_digits(a, rng), say_digits(b, rng), say_digits(c, rng)), a + b + c
    pre = rng.choice(["it's ", "yeah best number is ", "you can reach me at ", "my cell is ", "area code "])
    return [A("what's the best callback number"), C(pre, V(sp, "PHONE", canon))], \
        "call/%s: US phone number spoken" % rng.choice(US_IND)


def t_phone_us_chat(rng):
    a, b, c = gen_us_phone(rng)
    st = rng.randint(0, 5)
    txt = ["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s", "%s%s%s", "+1 %s %s %s", "1-%s-%s-%s"][st] % (a, b, c)
    canon = ("1" if st in (4, 5) else "") + a + b + c
    return [A("Can I get a good phone number in case we get disconnected?"),
            C(rng.choice(["sure ", "", "cell: ", "ph ", "my number is "]), V(txt, "PHONE", canon),
              rng.choice(["", " after 5pm pls", " (mobile)", " thanks"]))], \
        "chat/%s: US phone typed" % rng.choice(US_IND)


def t_phone_split(rng):
    a, b, c = gen_us_phone(rng)
    return [A("okay and a phone number"),
            C(V(say_digits(a, rng), "PHONE", a + b + c, "p")),
            A("mhm"),
            C(V(say_digits(b, rng), "PHONE", a + b + c, "p")),
            A("okay"),
            C(V(say_digits(c, rng), "PHONE", a + b + c, "p")),
            A("perfect i have ", V("%s %s %s" % (say_digits(a, rng, doubles=False), say_digits(b, rng, doubles=False),
                                                 say_digits(c, rng, doubles=False)), "PHONE", a + b + c, "r"))], \
        "call/telecom: US phone split area code / exchange / line over turns, agent reads back"


def t_phone_uk_ie(rng):
    if rng.random() < 0.6:
        n = gen_uk_mobile(rng)
        st = rng.randint(0, 2)
        if st == 0:
            sp, canon = say_digits(n[:5], rng, uk=True) + " " + say_digits(n[5:], rng, uk=True), n
        elif st == 1:
            sp, canon = "plus four four " + say_digits(n[1:5], rng, uk=True) + " " + say_digits(n[5:], rng, uk=True), "44" + n[1:]
        else:
            sp, canon = n[:5] + " " + n[5:], n
        chan = "call/telecom (UK)"
    else:
        n = gen_ie_mobile(rng)
        st = rng.randint(0, 1)
        if st == 0:
            sp, canon = say_digits(n[:3], rng, uk=True) + " " + say_digits(n[3:6], rng, uk=True) + " " + say_digits(n[6:], rng, uk=True), n
        else:
            sp, canon = "plus three five three " + say_digits(n[1:3], rng, uk=True) + " " + say_digits(n[3:], rng, uk=True), "353" + n[1:]
        chan = "call/utilities (Ireland)"
    return [A("and is there a mobile number we can text"), C("yeah it's ", V(sp, "PHONE", canon))], chan + ": mobile number spoken"


def t_email_call(rng):
    e = gen_email(rng)
    return [A("and what email should we send the confirmation to"),
            C(rng.choice(["it's ", "yeah ", "sure it's ", ""]), V(say_email(e, rng), "EMAIL", e))], \
        "call/%s: email spoken with 'at' and 'dot'" % rng.choice(US_IND)


def t_email_chat(rng):
    e = gen_email(rng)
    shown = e if rng.random() < 0.7 else e.upper() if rng.random() < 0.3 else e.capitalize()
    return [A("What's the best email for your receipt?"),
            C(rng.choice(["", "email: ", "its ", "send to "]), V(shown, "EMAIL", e.lower()), rng.choice(["", " thanks!", ". ty"]))], \
        "chat/%s: email typed" % rng.choice(US_IND)


def t_email_phone_combo(rng):
    e = gen_email(rng)
    a, b, c = gen_us_phone(rng)
    return [A("can i update your contact details"),
            C("yeah the new cell is ", V("%s %s %s" % (say_digits(a, rng), say_digits(b, rng), say_digits(c, rng)), "PHONE", a + b + c),
              " and email is ", V(say_email(e, rng), "EMAIL", e))], \
        "call/telecom: two values (phone and email) in one turn"


def zip_spoken(z, rng):
    if rng.random() < 0.75:
        return say_digits(z, rng)
    return UNITS[int(z[0])] + " " + say_pairs(z[1:], rng) if z[1] != "0" else say_digits(z, rng)


def t_zip(rng):
    z = gen_zip(rng)
    plus4 = rng.random() < 0.4
    ext = "%04d" % rng.randint(1, 9999)
    chat = rng.random() < 0.45
    if chat:
        txt = z + ("-" + ext if plus4 else "")
        turns = [A("What is the ZIP code on the account?"),
                 C(rng.choice(["", "zip ", "its ", "ZIP: "]), V(txt, "POSTCODE", z + (ext if plus4 else "")))]
        return turns, "chat/%s: US ZIP%s typed" % (rng.choice(US_IND), "+4" if plus4 else "")
    sp = zip_spoken(z, rng) + ((" dash " if rng.random() < 0.5 else " ") + say_digits(ext, rng) if plus4 else "")
    return [A("and the zip code"), C(rng.choice(["it's ", "", "yeah "]), V(sp, "POSTCODE", z + (ext if plus4 else "")))], \
        "call/%s: US ZIP%s spoken" % (rng.choice(US_IND), "+4" if plus4 else "")


def t_us_address_call(rng):
    n, st, suf = gen_us_address(rng)
    city, state = rng.choice(US_CITIES)
    z = gen_zip(rng)
    unit = rng.choice(["", "", " apartment %s" % two(rng.randint(1, 30)), " unit %s %s" % (two(rng.randint(1, 9)), rng.choice("abcd"))])
    addr = "%s %s %s%s" % (say_house_number(n, rng), st.lower(), suf[0].lower(), unit)
    return [A("can you confirm the service address"),
            C(V(addr, "ADDRESS", str(n)), " %s %s " % (city.lower(), rng.choice([state.lower(), " ".join(state.lower())])),
              V(say_digits(z, rng), "POSTCODE", z))], \
        "call/%s: US street address spoken with city, state and ZIP" % rng.choice(["utilities", "telecom", "insurance", "retail"])


def t_us_address_chat(rng):
    n, st, suf = gen_us_address(rng)
    city, state = rng.choice(US_CITIES)
    z = gen_zip(rng)
    sufw = suf[rng.randint(0, 1)]
    unit = rng.choice(["", "", " Apt %d" % rng.randint(1, 40), " #%d" % rng.randint(100, 999), ", Unit %s" % rng.choice("ABCD")])
    addr = "%d %s %s%s" % (n, st, sufw, unit)
    if rng.random() < 0.3:
        addr = addr.lower()
    plus4 = rng.random() < 0.3
    zt = z + ("-%04d" % rng.randint(1, 9999) if plus4 else "")
    return [A("Please confirm the shipping address for the replacement."),
            C(V(addr, "ADDRESS", str(n)), ", %s, %s " % (city, state), V(zt, "POSTCODE", zt.replace("-", "")))], \
        "chat/retail: US shipping address typed with ZIP%s" % ("+4" if plus4 else "")


def t_uk_address(rng):
    n = rng.randint(1, 220)
    st, suf = rng.choice(UK_STREETS), rng.choice(UK_SUFFIX)
    out, inn = gen_uk_postcode(rng)
    if rng.random() < 0.5:
        pc_sp = " ".join((spell(ch, rng, 0.15) if ch.isalpha() else UNITS[int(ch)]) for ch in out) + " " + \
            " ".join((spell(ch, rng, 0.15) if ch.isalpha() else UNITS[int(ch)]) for ch in inn)
        return [A("and the first line of the address and postcode"),
                C(V("%s %s %s" % (two(n) if n < 100 else say_house_number(n, rng), st.lower(), suf.lower()), "ADDRESS", str(n)),
                  " and the postcode is ", V(pc_sp, "POSTCODE", out + inn))], \
            "call/utilities (UK): address and postcode spoken letter by letter"
    pc = rng.choice([out + " " + inn, (out + inn), (out + " " + inn).lower()])
    return [A("Can you confirm your address please?"),
            C(V("%d %s %s" % (n, st, suf), "ADDRESS", str(n)), ", %s, " % rng.choice(["Leeds", "Bristol", "Croydon", "Glasgow", "Cardiff"]),
              V(pc, "POSTCODE", out + inn))], "chat/retail (UK): address and postcode typed"


def t_bank_us(rng):
    acct = "".join(rng.choice("0123456789") for _ in range(rng.choice([9, 10, 11, 12])))
    if acct[0] == "0":
        acct = "4" + acct[1:]
    routing = "0" + "".join(rng.choice("0123456789") for _ in range(8))
    if rng.random() < 0.5:
        return [A("For autopay, please enter your routing and account numbers."),
                C("routing %s account %s" % (routing, ""), V(acct, "BANK_ACCOUNT", acct))], \
            "chat/utilities: routing number (bank identifier, not labelled) and checking account number"
    return [A("okay and the checking account number"),
            C(rng.choice(["it's ", "okay ", ""]), V(say_digits(acct, rng), "BANK_ACCOUNT", acct)),
            A("and is that checking or savings"), C("checking")], \
        "call/banking: US checking account number spoken"


def t_bank_uk(rng):
    sc = "".join(rng.choice("0123456789") for _ in range(6))
    acct = "".join(rng.choice("0123456789") for _ in range(8))
    if rng.random() < 0.5:
        sc_sp = rng.choice([say_pairs(sc, rng, uk=True), say_digits(sc, rng, uk=True)])
        return [A("can i take the sort code"),
                C(V(sc_sp, "SORT_CODE", sc)),
                A("and the account number"),
                C(V(say_digits(acct[:4], rng, uk=True), "BANK_ACCOUNT", acct, "a"), " ", fill(rng, 1.0),
                  V(say_digits(acct[4:], rng, uk=True), "BANK_ACCOUNT", acct, "a"))], \
            "call/banking (UK): sort code in pairs or digits, account number with filler inside"
    sct = rng.choice(["%s-%s-%s", "%s %s %s", "%s%s%s"]) % (sc[:2], sc[2:4], sc[4:])
    return [A("Please send the sort code and account number for the refund."),
            C("sort code ", V(sct, "SORT_CODE", sc), rng.choice([" acc ", ", account no ", " a/c "]), V(acct, "BANK_ACCOUNT", acct))], \
        "chat/retail (UK): sort code and account number typed in one message"


def spell(ch, rng, p_nato=0.4):
    lc = ch.lower()
    if lc == "o" or rng.random() < p_nato:
        return "%s for %s" % (lc, NATO[lc])
    return lc


def iban_spoken(ib, rng):
    out = []
    for ch in ib:
        if ch.isalpha():
            out.append(spell(ch, rng))
        else:
            out.append(zero_word(rng, True) if ch == "0" else UNITS[int(ch)])
    return " ".join(out)


def t_iban(rng):
    ib = gen_iban(rng)
    if rng.random() < 0.55:
        grp = " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))
        shown = rng.choice([grp, ib, grp.lower()])
        return [A("Please provide the IBAN for the refund."),
                C(rng.choice(["IBAN: ", "", "its "]), V(shown, "IBAN", ib))], "chat/%s: IBAN typed (%s)" % (
            rng.choice(["travel", "retail", "insurance"]), ib[:2])
    half = len(ib) // 2
    return [A("okay can you read me the iban"),
            C(V(iban_spoken(ib[:half], rng), "IBAN", ib, "i")),
            A("okay yeah"),
            C(V(iban_spoken(ib[half:], rng), "IBAN", ib, "i"))], "call/banking: IBAN spoken in two halves (%s)" % ib[:2]


def t_gov_combo(rng):
    s = gen_ssn(rng)
    n, st, suf = gen_us_address(rng)
    z = gen_zip(rng)
    y, m, d = gen_dob(rng)
    return [A("I can help with the address change. Please confirm your SSN and date of birth."),
            C(V(ssn_typed(s, rng), "SSN", s), " dob ", V(say_date_typed(y, m, d, rng), "DOB", (y, m, d))),
            A("Thanks. What is the new mailing address?"),
            C(V("%d %s %s" % (n, st, suf[0]), "ADDRESS", str(n)), " %s %s " % rng.choice(US_CITIES), V(z, "POSTCODE", z),
              ". I moved on %s %d" % (MONTHS_ABBR[rng.randint(0, 11)], rng.randint(1, 28)))], \
        "chat/government services: SSN, DOB, new address + ZIP, move date (not DOB)"


def t_health_combo(rng):
    y, m, d = gen_dob(rng)
    a, b, c = gen_us_phone(rng)
    claim = "".join(rng.choice("0123456789") for _ in range(10))
    return [A("billing department this is dana can i have the patient's date of birth"),
            C(V(say_date_spoken(y, m, d, rng), "DOB", (y, m, d))),
            A("and the claim number on the statement"),
            C("claim number %s" % say_digits(claim, rng, doubles=False)),
            A("thank you and a callback number"),
            C(V("%s %s %s" % (say_digits(a, rng), say_digits(b, rng), say_digits(c, rng)), "PHONE", a + b + c))], \
        "call/healthcare billing: DOB, claim number (not PII), phone"


def t_typo_chat(rng):
    s = gen_ssn(rng)
    card = gen_card(rng, "visa")
    if rng.random() < 0.5:
        return [A("How can I help today?"),
                C("hi i need to change my adress, my socail is ", V("%s-%s-%s" % (s[:3], s[3:5], s[5:]), "SSN", s), " i think thats what u need")], \
            "chat/banking: SSN inside a message with typos"
    g = card_groups(card)
    txt = "%s %s%s %s" % (g[0], g[1], g[2], g[3])
    return [A("How can I help today?"),
            C("pls charge my crad ", V(txt, "CARD_NUMBER", card), " for the $%d balnce" % rng.randint(30, 500))], \
        "chat/telecom: card with irregular grouping and typos around it"


def t_ni_postcode_uk(rng):
    n = gen_ni(rng)
    out, inn = gen_uk_postcode(rng)
    return [A("Can I have your NI number and postcode to find your record?"),
            C(V(ni_typed(n, rng), "NI_NUMBER", n), " and ", V(out + " " + inn, "POSTCODE", out + inn))], \
        "chat/government services (UK): NI number and postcode in one message"


def t_dob_ni_call(rng):
    n = gen_ni(rng)
    y, m, d = gen_dob(rng)
    return [A("just to go through security can i take your date of birth"),
            C(V("%s %s %s" % (ordinal(d), MONTHS[m - 1], say_year(y, rng)), "DOB", (y, m, d))),
            A("and your national insurance number"),
            C(V(ni_spoken(n, rng), "NI_NUMBER", n))], "call/banking (UK): DOB and NI number"


def t_sort_code(rng):
    sc = "".join(rng.choice("0123456789") for _ in range(6))
    acct = "".join(rng.choice("0123456789") for _ in range(8))
    ie = rng.random() < 0.3
    st = rng.randint(0, 2)
    if st == 0:
        return [A("what's the sort code on that account"),
                C("it's ", V(say_digits(sc[:2], rng, uk=True), "SORT_CODE", sc, "s")),
                A("mhm"),
                C(V(say_digits(sc[2:4], rng, uk=True), "SORT_CODE", sc, "s"), " ", fill(rng, 1.0),
                  V(say_digits(sc[4:], rng, uk=True), "SORT_CODE", sc, "s")),
                A("and the eight digit account number"),
                C(V(say_digits(acct, rng, uk=True), "BANK_ACCOUNT", acct))], \
            "call/banking (%s): sort code split across turns with filler, then account number" % ("Ireland" if ie else "UK")
    if st == 1:
        return [A("right so i've got the sort code as ", V(" dash ".join(say_digits(sc[i:i + 2], rng, uk=True, doubles=False) for i in (0, 2, 4)),
                                                            "SORT_CODE", sc), " and the account ending %s is that right" % say_digits(acct[-2:], rng, uk=True)),
                C("yes that's it")], \
            "call/banking (UK): agent reads back sort code with 'dash' separators"
    return [A("Which account should the direct debit come from?"),
            C("Sort: ", V(rng.choice(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s/%s/%s"]) % (sc[:2], sc[2:4], sc[4:]), "SORT_CODE", sc),
              "\nAcc: ", V(acct if rng.random() < 0.6 else acct[:4] + " " + acct[4:], "BANK_ACCOUNT", acct),
              "\nfirst payment on the %d%s please" % (rng.randint(1, 28), "th"))], \
        "chat/utilities (UK): sort code and account on separate lines, payment day (not PII)"


def t_expiry_cvv_call(rng):
    m, y = gen_expiry(rng)
    cvv = "".join(rng.choice("0123456789") for _ in range(rng.choice([3, 3, 4])))
    exp_sp = rng.choice(["%s of %s" % (MONTHS[m - 1], say_year(y, rng)),
                         "%s %s" % (say_digits("%02d" % m, rng, doubles=False), two(y - 2000)),
                         "%s slash %s" % (say_digits("%02d" % m, rng, doubles=False), say_digits(str(y - 2000), rng, doubles=False))])
    return [A("and what's the expiry on the card"),
            C("expiry is ", V(exp_sp, "EXPIRY", "%02d%02d" % (m, y % 100)), " and ", fill(rng, 0.5), "the code on the back is ",
              V(say_digits(cvv, rng, homophones=True), "CVV", cvv))], \
        "call/%s: expiry and security code in one turn" % rng.choice(["travel", "retail", "telecom"])


def t_dob_age(rng):
    y, m, d = gen_dob(rng)
    age = 2026 - y
    return [A("Can you verify the account holder's date of birth?"),
            C("its my dad's account, he was born ", V("%s %d%s %d" % (MONTHS[m - 1].capitalize(), d, {1: "st", 2: "nd", 3: "rd"}.get(d if d < 20 else d % 10, "th"), y),
                                                    "DOB", (y, m, d)), " so he's %d now, he asked me to call" % age)], \
        "chat/healthcare billing: DOB with ordinal suffix followed by an age (age not PII)"


def t_card_chat_split(rng):
    card = gen_card(rng, rng.choice(["visa", "mc", "disc"]))
    g = card_groups(card)
    m, y = gen_expiry(rng)
    return [A("Go ahead and type the card number when ready."),
            C(V(g[0] + " " + g[1], "CARD_NUMBER", card, "c")),
            C(V(g[2] + " " + g[3], "CARD_NUMBER", card, "c"), rng.choice(["", " sorry hit enter too soon", " thats all of it"])),
            A("Thanks! And the expiration date?"),
            C(rng.choice(["", "exp "]), V(rng.choice(["%02d/%02d", "%02d%02d", "%d / %02d"]) % (m, y % 100), "EXPIRY", "%02d%02d" % (m, y % 100)))], \
        "chat/retail: card split over two chat messages, then expiry"


def t_email_chat_obf(rng):
    e = gen_email(rng)
    local, dom = e.split("@")
    shown = local.replace(".", " dot ") + rng.choice([" at ", " (at) ", " [at] "]) + dom.replace(".", " dot ")
    return [A("What email address should we use for the e-bill?"),
            C("its ", V(shown, "EMAIL", e), " , I type it out so the bots dont grab it lol")], \
        "chat/utilities: email obfuscated with 'at' / 'dot' words in chat"


def t_email_spelled(rng):
    f, l = rng.choice(FIRST), rng.choice(LAST)
    dom = rng.choice(DOMAINS)
    e = "%s.%s@%s" % (f, l, dom)
    sp_l = " ".join(("%s as in %s" % (ch, ASIN[ch]) if ch in "bdeptvmn" else ch) if ch != "o" else "o as in ocean" for ch in l)
    return [A("and can you spell the email for me"),
            C(V("%s dot %s at %s" % (f, sp_l, dom.replace(".", " dot ")), "EMAIL", e)),
            A("okay so that's ", V("%s dot %s at %s" % (f, l, dom.replace(".", " dot ")), "EMAIL", e, "r"))], \
        "call/insurance: email with surname spelled 'as in', agent reads back"


def t_addr_split_call(rng):
    n, st, suf = gen_us_address(rng)
    z = gen_zip(rng)
    ext = "%04d" % rng.randint(1, 9999)
    city, state = rng.choice(US_CITIES)
    return [A("what's the mailing address"),
            C("it's ", V("%s %s %s" % (say_house_number(n, rng), st.lower(), suf[0].lower()), "ADDRESS", str(n))),
            A("okay and city and zip"),
            C("%s and the zip is " % city.lower(), V(say_digits(z, rng), "POSTCODE", z + ext, "z"), " ", fill(rng, 0.6),
              V(say_digits(ext, rng), "POSTCODE", z + ext, "z")),
            A("perfect that's ", V(say_digits(z, rng, doubles=False) + " " + say_digits(ext, rng, doubles=False), "POSTCODE", z + ext, "r"),
              " and that's the %s %s address" % (city.lower(), " ".join(state.lower())))], \
        "call/utilities: US address then ZIP+4 with pause/filler between the parts, agent reads ZIP+4 back"


def t_dob_chat_short(rng):
    y, m, d = gen_dob(rng)
    txt = rng.choice(["%d/%d/%02d" % (m, d, y % 100), "%02d%02d%d" % (m, d, y), "%s %d %d" % (MONTHS[m - 1], d, y), "%d-%02d-%02d" % (y, m, d)])
    return [A("I'll need the member's date of birth and the claim number."),
            C("claim %d, dob " % rng.randint(100000000, 9999999999), V(txt, "DOB", (y, m, d)))], \
        "chat/insurance: claim number (not PII) then compact DOB"


def t_ssn_dob_same_turn(rng):
    s = gen_ssn(rng)
    y, m, d = gen_dob(rng)
    return [A("i'll need your social and date of birth to verify"),
            C("okay social is ", V(ssn_spoken(s, rng), "SSN", s), " and birthday ", V(say_date_spoken(y, m, d, rng), "DOB", (y, m, d)))], \
        "call/banking: SSN and DOB in the same turn"


POS_TEMPLATES = [
    (t_card_chat, 8), (t_card_call_one_turn, 8), (t_card_call_split, 6), (t_card_full_payment, 7),
    (t_card_readback, 3), (t_card_selfcorrect, 2), (t_card_two_in_turn, 5), (t_card_pairs, 4),
    (t_ssn_chat, 10), (t_ssn_call, 12), (t_ssn_split, 4), (t_ssn_readback, 3), (t_ssn_with_noise, 3),
    (t_ssn_selfcorrect, 2), (t_insurance_combo, 4),
    (t_ni_chat, 9), (t_ni_call, 10), (t_ni_split, 3), (t_ni_readback, 2), (t_ni_postcode_uk, 3), (t_dob_ni_call, 3),
    (t_dob_call, 6), (t_dob_chat, 5),
    (t_phone_us_call, 8), (t_phone_us_chat, 6), (t_phone_split, 2), (t_phone_uk_ie, 4),
    (t_email_call, 6), (t_email_chat, 5), (t_email_phone_combo, 3),
    (t_zip, 8), (t_us_address_call, 6), (t_us_address_chat, 6), (t_uk_address, 4),
    (t_bank_us, 6), (t_bank_uk, 7), (t_iban, 11), (t_sort_code, 7), (t_expiry_cvv_call, 4), (t_dob_age, 3),
    (t_card_chat_split, 4), (t_email_chat_obf, 3), (t_email_spelled, 3), (t_addr_split_call, 3), (t_dob_chat_short, 3),
    (t_ssn_dob_same_turn, 4),
    (t_gov_combo, 3), (t_health_combo, 3), (t_typo_chat, 4),
]


# --------------------------------------------------------------------------
# negative templates
# --------------------------------------------------------------------------

def cardinal(n, rng):
    if n < 100:
        return two(n)
    if n < 1000:
        h, r = divmod(n, 100)
        return UNITS[h] + " hundred" + ((" and " if rng.random() < 0.6 else " ") + two(r) if r else "")
    th, r = divmod(n, 1000)
    if 1100 <= n < 2000 and r >= 100 and r % 100 >= 10 and rng.random() < 0.5:
        return two(n // 100) + " " + two(n % 100)
    return two(th) + " thousand" + (" " + cardinal(r, rng) if r >= 100 else (" and " + two(r) if r else ""))


def money_spoken(rng):
    d, c = rng.randint(12, 2400), rng.randint(1, 99)
    if rng.random() < 0.4:
        return "%s dollars" % cardinal(d, rng)
    return "%s dollars and %s cents" % (cardinal(d, rng), two(c))


def n_balance(rng):
    if rng.random() < 0.5:
        return [A("Your current balance is $%s.%02d and the minimum payment is $%d.00." % (
            "{:,}".format(rng.randint(100, 9999)), rng.randint(0, 99), rng.randint(25, 150))),
            C("ok and when is it due"), A("It is due on the %dth of next month." % rng.randint(4, 28))], \
            "chat/banking: balance, minimum payment and due date"
    return [A("your balance today is %s" % money_spoken(rng)),
            C("okay and how much was last month"), A("last month was %s" % money_spoken(rng))], \
        "call/utilities: balances spoken as money"


def n_payment_date(rng):
    mo = MONTHS[rng.randint(0, 11)]
    return [A("i can schedule that payment for %s %s %s is that okay" % (mo, ordinal(rng.randint(1, 28)), say_year(rng.randint(2025, 2027), rng))),
            C("yes please the %s dollars" % two(rng.randint(20, 99))),
            A("okay that's scheduled you'll get a confirmation in about %s minutes" % two(rng.choice([5, 10, 15, 20])))], \
        "call/telecom: payment date (not DOB) and amount"


def n_order(rng):
    num = "".join(rng.choice("0123456789") for _ in range(rng.choice([7, 8, 9, 10])))
    if rng.random() < 0.5:
        return [A("Can I have your order number?"),
                C("order # %s, it was supposed to arrive %s" % (num, rng.choice(["tuesday", "yesterday", "on the 3rd"])))], \
            "chat/retail: %d-digit order number with its reference word" % len(num)
    return [A("what's the order number"),
            C("order number is %s" % say_digits(num, rng)), A("okay i see it shipped on the %s" % ordinal(rng.randint(1, 28)))], \
        "call/retail: %d-digit order number spoken digit by digit" % len(num)


def n_claim(rng):
    num = "%d%07d" % (rng.randint(2023, 2026), rng.randint(0, 9999999))[:0] if False else "%d-%07d" % (rng.randint(2023, 2026), rng.randint(0, 9999999))
    num = num[:5] + num[6:] if len(num.replace("-", "")) > 10 else num
    return [A("Your claim number is %s. Please keep it for your records." % num),
            C("thanks, how long until its processed?"), A("Usually %d to %d business days." % (rng.randint(3, 5), rng.randint(7, 10)))], \
        "chat/insurance: claim number with year prefix and business days"


def n_policy(rng):
    pol = "%s-%d" % (rng.choice(["HO", "AU", "PLX", "LIF", "UMB"]), rng.randint(100000, 9999999))
    if rng.random() < 0.5:
        return [A("I found policy %s. Your premium is $%d.%02d per month." % (pol, rng.randint(40, 300), rng.randint(0, 99))),
                C("ok can i raise my deductible to %d?" % rng.choice([500, 1000, 2500]))], \
            "chat/insurance: policy number, premium and deductible"
    return [A("and what's the policy number"),
            C("it's %s" % " ".join(say_digits(ch, rng) if ch.isdigit() else ch.lower() for ch in pol.replace("-", ""))),
            A("thank you your deductible is %s hundred dollars" % rng.choice(["five", "one thousand", "twenty five"]))], \
        "call/insurance: policy number spoken character by character"


def n_member(rng):
    mid = rng.choice(["W", "XJH", "MBR", "ZK"]) + "".join(rng.choice("0123456789") for _ in range(rng.choice([8, 9])))
    grp = "%05d" % rng.randint(1000, 99999)
    return [A("Please enter the member ID and group number from your insurance card."),
            C("member id %s group %s" % (mid, grp)),
            A("Thanks. Your copay for a specialist visit is $%d." % rng.choice([20, 35, 40, 50]))], \
        "chat/healthcare billing: member ID and group number (5-digit group number, not ZIP)"


def n_tracking(rng):
    tn = rng.choice(["TBA", "1Z", "LZ"]) + "".join(rng.choice("ABCDEFGHJKLMNPRTUVWXY0123456789") for _ in range(8)) + \
        "".join(rng.choice("0123456789") for _ in range(2))
    tn = tn[:2] + "".join(ch for i, ch in enumerate(tn[2:]) if not (ch.isdigit() and sum(c.isdigit() for c in tn[2:2 + i]) >= 9))
    return [A("Your tracking number is %s and it is out for delivery." % tn),
            C("what time will it come"), A("Between %d and %d pm." % (rng.randint(1, 3), rng.randint(5, 8)))], \
        "chat/retail: alphanumeric tracking number, delivery window"


def n_flight(rng):
    fl = "%s %d" % (rng.choice(["UA", "AA", "DL", "EI", "BA", "WN"]), rng.randint(100, 2999))
    if rng.random() < 0.5:
        return [A("Your new flight is %s departing %d:%02d am from gate %s%d, seat %d%s." % (
            fl, rng.randint(5, 11), rng.choice([0, 15, 30, 45, 5, 50]), rng.choice("ABCD"), rng.randint(1, 40),
            rng.randint(1, 38), rng.choice("ABCDEF"))), C("ok thank u")], "chat/travel: flight number, time, gate and seat"
    n = int(fl.split()[1])
    return [A("okay i have you on %s flight %s leaving at %s %s" % (
        fl.split()[0].lower()[0] + " " + fl.split()[0].lower()[1], two(n // 100) + " " + say_pair("%02d" % (n % 100), rng) if n >= 1000 else UNITS[n // 100] + " " + say_pair("%02d" % (n % 100), rng),
        two(rng.randint(1, 12)), say_pair("%02d" % rng.choice([15, 30, 45, 5, 50]), rng))),
        C("and how long is the layover"), A("about %s hours and %s minutes" % (two(rng.randint(1, 4)), two(rng.choice([10, 20, 35, 40]))))], \
        "call/travel: flight number and time spoken, layover duration"


def n_room(rng):
    return [A("I've booked room %d for %d nights, check-in is at %d pm and the rate is $%d per night." % (
        rng.randint(101, 1820), rng.randint(2, 6), rng.randint(2, 4), rng.randint(89, 349))),
        C("can we get a late checkout at %d?" % rng.choice([12, 1, 2]))], "chat/travel: room number, nights, rate, times"


def n_model(rng):
    mdl = rng.choice(["WF45R6100AW", "SM-G991U", "RT-AX86U", "KDL-55X900", "MGX52LL/A", "DW80R5060US", "HS-2210X"])
    ser = rng.choice(["SN", "S/N "]) + "".join(rng.choice("ABCDEFGH0123456789") for _ in range(8))
    return [A("What's the model number on the back of the unit?"),
            C("model %s, serial %s, bought it in %d" % (mdl, ser, rng.randint(2018, 2024)))], \
        "chat/retail: model and serial number, purchase year"


def n_meter(rng):
    r = "%05d" % rng.randint(1000, 99999)
    if rng.random() < 0.5:
        return [A("can you read me the numbers on the meter"),
                C("yeah the meter reading is %s" % say_digits(r, rng, uk=True)),
                A("thanks that's about %s units more than last quarter" % two(rng.randint(20, 99)))], \
            "call/utilities: 5-digit meter reading spoken (not a ZIP)"
    return [A("Please submit your meter reading."), C("reading today is %s kWh, last one was %d" % (r, int(r) - rng.randint(200, 900)))], \
        "chat/utilities: meter readings typed"


def n_speed(rng):
    return [A("you're on the %s megabit plan and you've used %s point %s gigs of your %s" % (
        rng.choice(["three hundred", "five hundred", "nine forty"]), two(rng.randint(10, 45)), UNITS[rng.randint(1, 9)], rng.choice(["fifty", "hundred"]))),
        C("my speed test says %s down and %s up" % (two(rng.randint(20, 99)), two(rng.randint(5, 20))))], \
        "call/telecom: plan speeds and data usage"


def n_age_temp(rng):
    return [C("my mom is %d and the heat has been out since tuesday, its %d degrees in the house" % (rng.randint(70, 95), rng.randint(48, 60))),
            A("I'm sorry. I've marked this as priority; a technician will arrive within %d hours." % rng.choice([2, 4, 6]))], \
        "chat/utilities: age, temperature, hours"


def n_rate(rng):
    return [A("the apr on that card is %s point %s nine percent and your credit limit is %s thousand dollars" % (
        two(rng.randint(15, 29)), UNITS[rng.randint(0, 9)], two(rng.randint(2, 25)))),
        C("can i get it lowered to like %s percent" % two(rng.randint(10, 18)))], "call/banking: APR, percentages, credit limit"


def n_contract(rng):
    y = rng.randint(2018, 2025)
    return [A("Your contract started on %s %d, %d and runs for %d months." % (MONTHS[rng.randint(0, 11)].capitalize(), rng.randint(1, 28), y, rng.choice([12, 18, 24, 36]))),
            C("so the early termination fee would be $%d?" % rng.randint(50, 400))], \
        "chat/telecom: contract start date (not DOB), months, fee"


def n_hold(rng):
    return [C("i've been on hold for %s minutes and this is my %s time calling" % (two(rng.randint(20, 59)), rng.choice(["third", "fourth", "fifth"]))),
            A("i'm really sorry about that i see %s previous calls on the account since %s" % (two(rng.randint(2, 6)), say_year(rng.randint(2022, 2025), rng)))], \
        "call/telecom: durations, counts, year"


def n_ticket(rng):
    t = "".join(rng.choice("0123456789") for _ in range(rng.choice([6, 8])))
    return [A("i've opened a ticket for you the ticket number is %s" % say_digits(t, rng)),
            C("okay and that's %s" % say_digits(t, rng, doubles=False)), A("that's correct")], \
        "call/telecom: %d-digit ticket number spoken and repeated (could look like sort code / account)" % len(t)


def n_invoice(rng):
    return [C("invoice INV-%d shows %d units at $%d.%02d each, total $%s" % (
        rng.randint(10000000, 99999999), rng.randint(2, 40), rng.randint(3, 90), rng.randint(0, 99), "{:,}.{:02d}".format(rng.randint(100, 5000), rng.randint(0, 99)))),
        A("I see it. The discount of %d%% wasn't applied; I'll credit it." % rng.choice([5, 10, 15, 20]))], \
        "chat/retail: invoice number, quantities, prices, percentage"


def n_appointment(rng):
    return [A("i have an opening on %s the %s at %s %s" % (rng.choice(["monday", "wednesday", "friday"]), ordinal(rng.randint(2, 28)),
                                                          two(rng.randint(1, 11)), rng.choice(["thirty", "fifteen", "forty five", "o'clock"]))),
            C("that works and how much is the copay"), A("it's %s dollars" % two(rng.choice([20, 25, 30, 40, 45])))], \
        "call/healthcare billing: appointment date and time (not DOB)"


def n_reference(rng):
    r = "".join(rng.choice("0123456789") for _ in range(6))
    return [A("your reference number for today's call is %s" % say_digits(r, rng, uk=True)),
            C("sorry was that %s" % say_pairs(r, rng, uk=True) if r[0] != "0" and r[2] != "0" and r[4] != "0" else "sorry can you repeat that"),
            A("yes that's right")], "call/banking (UK): 6-digit reference number (sort-code shaped) with reference word"


def n_confirmation(rng):
    code = "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))
    return [A("Your confirmation code is %s. Total charged: $%d.%02d. Check-in opens %d hours before departure." % (
        code, rng.randint(150, 1400), rng.randint(0, 99), rng.choice([24, 48]))), C("perfect, thank you")], \
        "chat/travel: booking confirmation code, total, hours"


def n_price(rng):
    return [C("how much is the %s" % rng.choice(["iphone 16", "galaxy s24", "pixel 9", "unlimited plan"])),
            A("it's %s dollars and ninety nine cents or %s dollars a month for %s months" % (
                rng.choice(["seven", "eight", "nine"]) + " hundred and " + rng.choice(["twenty nine", "forty nine", "sixty nine"]),
                two(rng.randint(20, 45)), two(rng.choice([24, 36]))))], \
        "call/telecom: prices, monthly installments"


def n_last_payment(rng):
    return [A("your last payment was received on %s the %s for %s" % (MONTHS[rng.randint(0, 11)], ordinal(rng.randint(1, 28)), money_spoken(rng))),
            C("and that was by check number %s" % say_digits(str(rng.randint(1000, 9999)), rng)),
            A("yes check %s" % say_digits(str(rng.randint(1000, 9999)), rng))], "call/banking: payment date, amount, check number"


def n_case_member_spoken(rng):
    m = "".join(rng.choice("0123456789") for _ in range(9))
    return [A("can i have the member number from the front of the card"),
            C("yeah member number %s" % " ".join(say_digits(m[i:i + 3], rng) for i in (0, 3, 6))),
            A("thank you that plan has a %s dollar deductible" % rng.choice(["fifteen hundred", "two thousand", "five hundred"]))], \
        "call/healthcare billing: 9-digit member number spoken 3-3-3 with its name (not SSN)"


def n_store(rng):
    return [C("i was at store number %d on %s at like %d:%02d and they charged me twice, $%d.%02d" % (
        rng.randint(100, 9999), rng.choice(["saturday", "11/02", "nov 3"]), rng.randint(1, 9), rng.choice([5, 15, 40]), rng.randint(5, 200), rng.randint(0, 99))),
        A("I'm sorry about that. I can refund the duplicate charge; it takes %d-%d business days." % (rng.randint(3, 5), rng.randint(6, 10)))], \
        "chat/retail: store number, date, time, amount"


def n_irish_eu(rng):
    return [A("your bill for the period from the %s of %s is %s euro %s" % (ordinal(rng.randint(1, 28)), MONTHS[rng.randint(0, 11)],
                                                                            two(rng.randint(40, 99)), two(rng.randint(1, 99)))),
            C("and how many units did i use"), A("%s hundred and %s kilowatt hours" % (UNITS[rng.randint(2, 9)], two(rng.randint(10, 99))))], \
        "call/utilities (Ireland): billing period, euro amounts, kWh"


def n_claim_spoken(rng):
    num = str(rng.randint(2, 9)) + "".join(rng.choice("0123456789") for _ in range(9))
    return [A("okay i've filed that for you your claim number is %s %s %s" % (
        say_digits(num[:3], rng), say_digits(num[3:6], rng), say_digits(num[6:], rng))),
        C("hang on let me write that down %s %s %s" % (say_digits(num[:3], rng, doubles=False), say_digits(num[3:6], rng, doubles=False),
                                                        say_digits(num[6:], rng, doubles=False))),
        A("that's it and an adjuster will call you within %s business days" % two(rng.choice([2, 3, 5])))], \
        "call/insurance: 10-digit claim number read 3-3-4 (phone-shaped) with its name, repeated by caller"


def n_rx(rng):
    return [C("refill for rx #%d please, its a %d day supply" % (rng.randint(1000000, 9999999), rng.choice([30, 60, 90]))),
            A("Done. Your copay is $%d.%02d and it will be ready after %d:%02d pm today." % (rng.randint(3, 60), rng.randint(0, 99),
                                                                                          rng.randint(1, 6), rng.choice([0, 30])))], \
        "chat/healthcare billing: prescription number, supply days, copay, pickup time"


def n_vehicle(rng):
    return [A("and what's the current mileage on the %d %s" % (rng.randint(2012, 2025), rng.choice(["honda civic", "ford f one fifty", "toyota camry", "tesla model three"]))),
            C("about %s thousand %s hundred miles" % (two(rng.randint(12, 99)), UNITS[rng.randint(1, 9)])),
            A("okay and the accident was on %s %s around %s %s pm" % (MONTHS[rng.randint(0, 11)], ordinal(rng.randint(1, 28)),
                                                                     two(rng.randint(1, 11)), rng.choice(["fifteen", "thirty", "forty five"])))], \
        "call/insurance: vehicle year, mileage, accident date/time (not DOB)"


def n_service_date(rng):
    y = rng.randint(2024, 2026)
    return [C("I was billed twice for the visit on %02d/%02d/%d, statement #%d" % (rng.randint(1, 12), rng.randint(1, 28), y, rng.randint(100000, 99999999))),
            A("I see two charges of $%d.%02d. I'll reverse one; allow %d-%d days." % (rng.randint(40, 400), rng.randint(0, 99), rng.randint(5, 7), rng.randint(8, 14)))], \
        "chat/healthcare billing: service date typed (not DOB), statement number, amounts"


def n_case_typed(rng):
    return [A("Case #: %08d has been escalated to tier %d." % (rng.randint(1, 99999999), rng.randint(2, 3))),
            C("ok its been %d weeks since my first complaint about the %d%% rate increase" % (rng.randint(2, 6), rng.randint(3, 19)))], \
        "chat/utilities: 8-digit case number with leading zeros, weeks, percentage"


def n_tracking_spoken(rng):
    digs = "".join(rng.choice("0123456789") for _ in range(9))
    return [A("the tracking number is t b a %s and it's showing delivered at %s %s" % (say_digits(digs, rng), two(rng.randint(1, 11)),
                                                                                  rng.choice(["oh five", "twenty", "forty two"]))),
            C("well i never got it i was home all day"), A("i'm sorry i'll open a claim it takes about %s hours" % two(rng.choice([24, 48])))], \
        "call/retail: tracking number spoken with its name (9 digits, SSN-shaped), delivery time"


NEG_TEMPLATES = [
    (n_balance, 6), (n_payment_date, 5), (n_order, 7), (n_claim, 5), (n_policy, 6), (n_member, 5),
    (n_tracking, 4), (n_flight, 5), (n_room, 3), (n_model, 4), (n_meter, 5), (n_speed, 3), (n_age_temp, 3),
    (n_rate, 3), (n_contract, 4), (n_hold, 3), (n_ticket, 5), (n_invoice, 3), (n_appointment, 4),
    (n_reference, 4), (n_confirmation, 3), (n_price, 3), (n_last_payment, 3), (n_case_member_spoken, 4),
    (n_store, 3), (n_irish_eu, 3), (n_claim_spoken, 4), (n_rx, 3), (n_vehicle, 3), (n_service_date, 3),
    (n_case_typed, 2), (n_tracking_spoken, 3),
]


# --------------------------------------------------------------------------
# generation
# --------------------------------------------------------------------------

def generate():
    rng = random.Random(SEED)
    pos, neg = [], []
    order = [f for f, k in POS_TEMPLATES for _ in range(k)]
    rng.shuffle(order)
    for f in order:
        turns, note = f(rng)
        case, groups = build(turns, note)
        pos.append((case, groups))
    order = [f for f, k in NEG_TEMPLATES for _ in range(k)]
    rng.shuffle(order)
    for f in order:
        turns, note = f(rng)
        case, groups = build(turns, note)
        neg.append((case, groups))
    records = []
    for i, (case, groups) in enumerate(pos, 1):
        records.append(({"id": "%s-pos-%03d" % (PREFIX, i), "kind": "positive", "turns": case["turns"],
                         "spans": case["spans"], "note": case["note"]}, groups))
    for i, (case, groups) in enumerate(neg, 1):
        records.append(({"id": "%s-neg-%03d" % (PREFIX, i), "kind": "negative", "turns": case["turns"],
                         "spans": case["spans"], "note": case["note"]}, groups))
    return records


def serialise(records):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r, _ in records)


# --------------------------------------------------------------------------
# normalisation of spoken forms and validation
# --------------------------------------------------------------------------

UNIT_W = {w: str(i) for i, w in enumerate(UNITS)}
UNIT_W.update({"oh": "0", "o": "0", "nought": "0", "to": "2", "too": "2", "for": "4", "ate": "8", "won": "1"})
TEEN_W = {w: str(10 + i) for i, w in enumerate(TEENS)}
TENS_W = {w: i for i, w in enumerate(TENS) if w}
ORD_W = {w: str(i) for i, w in enumerate(ORD_UNITS) if w}
ORD_W.update({w: str(10 + i) for i, w in enumerate(ORD_TEENS)})
ORD_W.update({"twentieth": "20", "thirtieth": "30"})
MONTH_W = {w: "%02d" % (i + 1) for i, w in enumerate(MONTHS)}
MONTH_W.update({w.lower(): "%02d" % (i + 1) for i, w in enumerate(MONTHS_ABBR)})
NATO_REV = {v.replace("-", ""): k for k, v in NATO.items()}
SKIP = {"um", "uh", "er", "erm", "dash", "hyphen", "slash", "plus", "and", "the", "of", "st", "nd", "rd", "th", "hundred_"}


class NormError(Exception):
    pass


def norm_alnum(text, allow_letters=True, allow_months=False):
    toks = re.findall(r"[a-z]+|\d+", text.lower().replace("x-ray", "xray"))
    out = []
    i = 0
    n = len(toks)
    while i < n:
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < n else None
        if allow_letters and len(t) == 1 and t.isalpha() and nxt == "for" and i + 2 < n and NATO.get(t, "").replace("-", "") == toks[i + 2]:
            out.append(t.upper()); i += 3; continue
        if allow_letters and len(t) == 1 and t.isalpha() and nxt == "as" and i + 3 < n and toks[i + 2] == "in" and ASIN.get(t) == toks[i + 3]:
            out.append(t.upper()); i += 4; continue
        if t.isdigit():
            out.append(t); i += 1; continue
        if t in ("double", "triple") and nxt is not None and nxt in UNIT_W:
            out.append(UNIT_W[nxt] * (2 if t == "double" else 3)); i += 2; continue
        if t in TENS_W:
            if nxt in UNIT_W and UNIT_W[nxt] != "0" and nxt not in ("o", "oh", "nought"):
                out.append(str(TENS_W[t]) + UNIT_W[nxt]); i += 2; continue
            if allow_months and nxt in ORD_W and len(ORD_W[nxt]) == 1:
                out.append(str(TENS_W[t]) + ORD_W[nxt]); i += 2; continue
            out.append(str(TENS_W[t] * 10)); i += 1; continue
        if t in TEEN_W:
            out.append(TEEN_W[t]); i += 1; continue
        if t == "hundred":
            out.append("00"); i += 1; continue
        if t == "thousand":
            j = i + 1
            if j < n and toks[j] == "and":
                j += 1
            if j < n and (toks[j] in TENS_W or toks[j] in TEEN_W or toks[j] in UNIT_W):
                sub = norm_alnum(toks[j] + (" " + toks[j + 1] if toks[j] in TENS_W and j + 1 < n and toks[j + 1] in UNIT_W else ""),
                                 allow_letters=False)
                k = j + (2 if toks[j] in TENS_W and j + 1 < n and toks[j + 1] in UNIT_W else 1)
                out.append("0" * (3 - len(sub)) + sub); i = k; continue
            out.append("000"); i += 1; continue
        if t in UNIT_W and not (allow_letters and t in ("o",) and False):
            out.append(UNIT_W[t]); i += 1; continue
        if allow_months and t in MONTH_W:
            out.append(MONTH_W[t]); i += 1; continue
        if allow_months and t in ORD_W:
            out.append(ORD_W[t]); i += 1; continue
        if t in SKIP:
            i += 1; continue
        if allow_letters and len(t) == 1:
            out.append(t.upper()); i += 1; continue
        if allow_letters and t in NATO_REV:
            out.append(NATO_REV[t].upper()); i += 1; continue
        if allow_letters and re.fullmatch(r"[a-z]{2,4}", t) and re.fullmatch(r"[a-z]+", t):
            out.append(t.upper()); i += 1; continue
        raise NormError("unexpected token %r in %r" % (t, text))
    return "".join(out)


EMAIL_NUM = {w for w in UNITS} | set(TEENS) | {w for w in TENS if w}


def norm_email(text):
    if "@" in text:
        return text.lower().strip()
    out = []
    toks = text.lower().split()
    i = 0
    while i < len(toks):
        t = toks[i]
        i += 1
        if len(t) == 1 and toks[i:i + 2][:1] == ["as"] and i + 1 < len(toks) and toks[i + 1] == "in" and i + 2 < len(toks) and ASIN.get(t) == toks[i + 2]:
            out.append(t)
            i += 3
        elif t in ("dot", "period"):
            out.append(".")
        elif t.strip("()[]") == "at":
            out.append("@")
        elif t == "underscore":
            out.append("_")
        elif t in ("dash", "hyphen"):
            out.append("-")
        else:
            out.append(t)
    # numbers: convert runs of number words
    res, buf = [], []
    for t in out:
        if t in EMAIL_NUM:
            buf.append(t)
        else:
            if buf:
                res.append(norm_alnum(" ".join(buf), allow_letters=False)); buf = []
            res.append(t)
    if buf:
        res.append(norm_alnum(" ".join(buf), allow_letters=False))
    return "".join(res)


UK_PC = re.compile(r"^[A-Z]{1,2}[0-9][A-Z0-9]?[0-9][A-Z]{2}$")
NI_RE = re.compile(r"^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z][0-9]{6}[A-D]$")
EMAIL_RE = re.compile(r"^[a-z0-9._-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$")


def validate_group(typ, canon, texts, partial):
    joined = " ".join(texts)
    if typ == "EMAIL":
        v = norm_email(joined)
        if v != canon or not EMAIL_RE.match(v):
            return "email %r normalises to %r, expected %r" % (joined, v, canon)
        return None
    if typ == "ADDRESS":
        low = joined.lower()
        words = re.findall(r"[a-z]+|\d+", low)
        if not (words and (words[0].isdigit() or words[0] in UNIT_W or words[0] in TEEN_W or words[0] in TENS_W)):
            return "address %r does not start with a house number" % joined
        if not any(w in STREET_SUFFIX_WORDS for w in words):
            return "address %r lacks a street suffix" % joined
        head = []
        for w in words:
            if w.isdigit() or w in UNIT_W or w in TEEN_W or w in TENS_W or w == "hundred":
                head.append(w)
            else:
                break
        if norm_alnum(" ".join(head), allow_letters=False) != canon:
            return "address number %r != %r" % (head, canon)
        return None
    if typ in ("DOB",):
        y, m, d = canon
        v = norm_alnum(joined, allow_letters=False, allow_months=True)
        if not (str(y) in v or ("%02d" % (y % 100)) in v):
            return "DOB %r (%r) lacks year %d" % (joined, v, y)
        if not (str(d) in v and str(m) in v):
            return "DOB %r (%r) lacks day/month" % (joined, v)
        return None
    if typ == "EXPIRY":
        v = norm_alnum(joined, allow_letters=False, allow_months=True)
        mm, yy = canon[:2], canon[2:]
        if not (1 <= int(mm) <= 12) or v not in (mm + yy, mm + "20" + yy, str(int(mm)) + yy):
            return "expiry %r normalises to %r, expected %r" % (joined, v, canon)
        return None
    letters = typ in ("NI_NUMBER", "IBAN", "POSTCODE")
    v = norm_alnum(joined, allow_letters=letters)
    if partial:
        return None if canon.startswith(v) or v == canon else "partial %r -> %r not %r" % (joined, v, canon)
    if v != canon:
        return "%s %r normalises to %r, expected %r" % (typ, joined, v, canon)
    if typ == "CARD_NUMBER":
        if not (13 <= len(v) <= 19 and v.isdigit() and luhn_ok(v)):
            return "card %r fails Luhn/length" % v
    elif typ == "CVV":
        if not (v.isdigit() and len(v) in (3, 4)):
            return "bad cvv %r" % v
    elif typ == "SSN":
        if not (v.isdigit() and len(v) == 9 and v[:3] not in ("000", "666") and v[0] != "9" and v[3:5] != "00" and v[5:] != "0000"):
            return "bad ssn %r" % v
    elif typ == "NI_NUMBER":
        if not NI_RE.match(v) or v[:2] in NI_BAD:
            return "bad NI %r" % v
    elif typ == "SORT_CODE":
        if not (v.isdigit() and len(v) == 6):
            return "bad sort code %r" % v
    elif typ == "BANK_ACCOUNT":
        if not (v.isdigit() and 8 <= len(v) <= 12):
            return "bad account %r" % v
    elif typ == "IBAN":
        if not (15 <= len(v) <= 34 and iban_ok(v)):
            return "bad IBAN %r" % v
    elif typ == "PHONE":
        if not v.isdigit():
            return "bad phone %r" % v
        if not ((len(v) == 10 and v[0] in "23456789") or (len(v) == 11 and v[0] in "01")
                or (len(v) == 12 and v.startswith("44")) or (len(v) == 12 and v.startswith("353"))
                or (len(v) == 10 and v.startswith("08"))):
            return "bad phone %r" % v
    elif typ == "POSTCODE":
        if not (UK_PC.match(v) or (v.isdigit() and len(v) in (5, 9))):
            return "bad postcode %r" % v
    return None


def check(records, text_on_disk):
    problems = []
    regenerated = serialise(records)
    if text_on_disk != regenerated:
        problems.append("cases.jsonl differs from regenerated output (run without --check)")
    ids = Counter(r["id"] for r, _ in records)
    problems += ["duplicate id %s" % i for i, c in ids.items() if c > 1]
    type_counts = Counter()
    npos = nneg = 0
    for r, groups in records:
        rid = r["id"]
        if r["kind"] == "negative":
            nneg += 1
            if r["spans"]:
                problems.append("%s: negative with spans" % rid)
            for t in r["turns"]:
                if re.search(r"\d{11,}", t["text"].replace(" ", "")) and False:
                    problems.append("%s: long digit run in negative" % rid)
            continue
        npos += 1
        if not r["spans"]:
            problems.append("%s: positive without spans" % rid)
        by_turn = {}
        for s in r["spans"]:
            if s["type"] not in TYPES:
                problems.append("%s: unknown type %s" % (rid, s["type"]))
            type_counts[s["type"]] += 1
            if not (0 <= s["turn"] < len(r["turns"])):
                problems.append("%s: turn out of range" % rid)
                continue
            txt = r["turns"][s["turn"]]["text"]
            a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(txt)):
                problems.append("%s: offsets out of range" % rid)
                continue
            if (a > 0 and txt[a - 1].isalnum()) or (b < len(txt) and txt[b].isalnum()):
                problems.append("%s: span %r not on word boundary" % (rid, txt[a:b]))
            if txt[a].isspace() or txt[b - 1].isspace():
                problems.append("%s: span %r has surrounding whitespace" % (rid, txt[a:b]))
            by_turn.setdefault(s["turn"], []).append((a, b))
        for t, lst in by_turn.items():
            lst.sort()
            for (a1, b1), (a2, b2) in zip(lst, lst[1:]):
                if a2 < b1:
                    problems.append("%s: overlapping spans in turn %d" % (rid, t))
        for g, ent in groups.items():
            try:
                err = validate_group(ent["type"], ent["canon"], ent["texts"], ent["partial"])
            except NormError as e:
                err = str(e)
            if err:
                problems.append("%s: %s" % (rid, err))
    return problems, type_counts, npos, nneg


MINIMA = {t: 12 for t in TYPES}
MINIMA.update({"CARD_NUMBER": 30, "NI_NUMBER": 30, "SSN": 30})


def readme(type_counts, npos, nneg):
    lines = [
        "# pii_holdout148 — held-out PII redaction evaluation set",
        "",
        "**Never use this set for tuning.** It exists only to measure the redactor on data it was not developed against.",
        "",
        "## Provenance",
        "",
        "Written by an AI helper acting as an independent author. The author did not see the redaction code, its tests,",
        "its documentation or any other evaluation fixture; only a three-line example of the JSONL format.",
        "All cases are synthetic and generated by `scripts/make_pii_holdout148.py` from template functions with a single",
        "seeded `random.Random(%d)`; the output is byte-for-byte reproducible. Every turn is assembled from plain-text" % SEED,
        "segments and labelled value segments, so offsets are computed, never typed by hand.",
        "`python scripts/make_pii_holdout148.py --check` regenerates the file and verifies it (identical bytes, unique ids,",
        "offsets in range and on word boundaries, no overlapping spans, and each value validated after normalising spoken",
        "forms: Luhn for cards, mod-97 for IBANs, NI format, 9 digits for SSNs, 6 for sort codes, digit counts for",
        "CVV / phone / account numbers, UK postcode and US ZIP / ZIP+4 shapes).",
        "",
        "Emphasis: mostly US contact centres (SSNs typed and spoken many ways, ZIP and ZIP+4, US phone formats, US street",
        "addresses, card-not-present payments by phone) plus UK / Ireland / EU cases (NI numbers, sort codes, IBANs,",
        "postcodes, +44 / +353 mobiles). Both chat (typed) and call (ASR-style: lower case, numbers as words, 'oh' / 'o' /",
        "'nought' for zero, 'double' / 'triple', pairs such as 'forty one eleven', ASR homophones 'for' / 'to' / 'ate',",
        "values split over several customer turns with agent back-channels, self-corrections, agent read-backs).",
        "",
        "## Annotation conventions",
        "",
        "- A span covers the value only, from its first to its last character/word; lead-ins such as \"my social is\",",
        "  \"card number\", \"area code\", \"zip\" or \"IBAN:\" are outside. Spans start and end on word boundaries.",
        "- Filler words or connectors *inside* a reading (\"um\", \"dash\", \"slash\", \"for bravo\", \"as in boy\", \"double\") are",
        "  inside the span; a filler after the last digit is outside.",
        "- A value split over several turns gets one span per turn, each covering that turn's piece.",
        "- When the agent reads a value back in full, the read-back is labelled too.",
        "- Self-corrections: an abandoned partial reading (e.g. the first digits of a card or SSN before \"no wait\") is",
        "  labelled with the same type as the value it starts; the correction words themselves are not.",
        "- PHONE includes a spoken/typed country code (\"plus four four\", \"+1\", leading \"one\").",
        "- POSTCODE covers UK postcodes and US ZIP / ZIP+4 (the \"-1234\" or \"dash one two three four\" is inside).",
        "- ADDRESS covers the street line: house number, street name, suffix and any apartment / unit designator.",
        "  City and state names are not labelled (not in the type list); a following ZIP/postcode is its own POSTCODE span.",
        "- DOB covers the whole date (\"the fourth of march nineteen eighty two\" including \"the\" and \"of\").",
        "- EXPIRY covers the whole expiry date; CVV only the digits.",
        "- US bank routing numbers (public bank identifiers) are left unlabelled; only the account number is BANK_ACCOUNT.",
        "- Non-PII numbers in positive cases (amounts, claim / policy / member / order numbers, dates that are not",
        "  birth dates) are not labelled. Negative cases contain no PII at all: only lookalikes (money, prices, times,",
        "  durations, counts, years, percentages, appointment/payment/contract dates, order/claim/policy/member/ticket/",
        "  invoice/tracking/reference numbers said with their names, flight and room numbers, model/serial numbers,",
        "  meter readings, speeds, ages, temperatures). No reference number has more than 10 digits.",
        "",
        "## Counts",
        "",
        "- positive cases: %d" % npos,
        "- negative cases: %d" % nneg,
        "",
        "| type | spans |",
        "|---|---|",
    ]
    for t in TYPES:
        lines.append("| %s | %d |" % (t, type_counts[t]))
    lines.append("| total | %d |" % sum(type_counts.values()))
    lines += ["", "Scoring note: a labelled span counts as found when every letter/digit inside it is covered by some",
              "redaction; a negative case fails if anything in it is redacted.", ""]
    return "\n".join(lines)


def main(argv):
    records = generate()
    text = serialise(records)
    if "--check" in argv:
        on_disk = CASES.read_text(encoding="utf-8") if CASES.exists() else ""
        problems, tc, npos, nneg = check(records, on_disk)
        if README.exists() and README.read_text(encoding="utf-8") != readme(tc, npos, nneg):
            problems.append("README.md differs from regenerated output")
        for t, mn in MINIMA.items():
            if tc[t] < mn:
                problems.append("type %s has %d spans (< %d)" % (t, tc[t], mn))
        if npos < 170:
            problems.append("only %d positives" % npos)
        if nneg < 100:
            problems.append("only %d negatives" % nneg)
        print("pii_holdout148: %d positives, %d negatives, %d spans" % (npos, nneg, sum(tc.values())))
        for t in TYPES:
            print("  %-13s %d" % (t, tc[t]))
        if problems:
            print("PROBLEMS (%d):" % len(problems))
            for p in problems[:200]:
                print("  " + p)
            return 1
        print("check OK")
        return 0
    problems, tc, npos, nneg = check(records, text)
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    CASES.write_text(text, encoding="utf-8")
    README.write_text(readme(tc, npos, nneg), encoding="utf-8")
    print("wrote %s (%d positives, %d negatives)" % (CASES, npos, nneg))
    if problems:
        print("WARNING: %d problems, run --check" % len(problems))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set ``pii_holdout102``.

Written by an independent author (an AI helper) who did not see the redaction
code.  Standard library only.  Output is byte-for-byte reproducible from the
seed below.

    python scripts/make_pii_holdout102.py          # write fixture + README
    python scripts/make_pii_holdout102.py --check  # regenerate and verify
"""
from __future__ import annotations

import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

SEED = 102311123
ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "tests" / "fixtures" / "pii_holdout102"
CASES = OUT_DIR / "cases.jsonl"
README = OUT_DIR / "README.md"
PREFIX = "h102"

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

R = random.Random(SEED)

# ---------------------------------------------------------------------------
# spoken-number helpers
# ---------------------------------------------------------------------------
ONES = "zero one two three four five six seven eight nine".split()
TEENS = ("ten eleven twelve thirteen fourteen fifteen sixteen seventeen "
         "eighteen nineteen").split()
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
        "eighty", "ninety"]
ORD = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5,
       "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10,
       "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
       "fifteenth": 15, "sixteenth": 16, "seventeenth": 17,
       "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "thirtieth": 30}
ORD_WORDS = {v: k for k, v in ORD.items()}
MONTHS = ["january", "february", "march", "april", "may", "june", "july",
          "august", "september", "october", "november", "december"]
MONTH_ABBR = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
              "sept", "oct", "nov", "dec"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo",
        "f": "foxtrot", "g": "golf", "h": "hotel", "i": "india", "j": "juliet",
        "k": "kilo", "l": "lima", "m": "mike", "n": "november", "o": "oscar",
        "p": "papa", "q": "quebec", "r": "romeo", "s": "sierra", "t": "tango",
        "u": "uniform", "v": "victor", "w": "whiskey", "x": "xray",
        "y": "yankee", "z": "zulu"}
FOR_WORDS = {"a": ["apple", "alpha"], "b": ["bravo", "beta", "bob"],
             "c": ["charlie", "cat"], "d": ["delta", "dog"],
             "e": ["echo", "edward"], "g": ["golf", "george"],
             "h": ["hotel", "harry"], "j": ["juliet", "john"],
             "k": ["kilo", "king"], "l": ["lima", "london"],
             "m": ["mike", "mother"], "n": ["november", "nancy"],
             "o": ["oscar", "orange"], "p": ["papa", "peter"],
             "r": ["romeo", "robert"], "s": ["sierra", "sugar"],
             "t": ["tango", "tommy"], "w": ["whiskey", "william"],
             "x": ["xray"], "y": ["yankee", "yellow"], "z": ["zulu", "zebra"],
             "f": ["foxtrot", "freddie"]}
# how an ASR engine may write a spoken letter
LETTER_HOMO = {"b": ["bee"], "c": ["see", "sea"], "j": ["jay"], "k": ["kay"],
               "r": ["are"], "y": ["why"], "p": ["pea"], "t": ["tea"],
               "x": ["ex"], "e": ["e"], "a": ["a"]}
HOMO_REV = {w: k.upper() for k, ws in LETTER_HOMO.items() for w in ws if len(w) > 1}
FILLERS = {"um", "uh", "er", "erm", "ah", "and", "dash", "hyphen", "space",
           "slash", "th", "st", "nd", "rd", "of", "the", "in", "plus", "hmm"}


def zw(rng):
    return rng.choice(["oh", "oh", "oh", "zero", "o", "nought"])


def say_digits(ds, rng, z="oh", runs=True):
    out, i = [], 0
    while i < len(ds):
        d = ds[i]
        r = 1
        while i + r < len(ds) and ds[i + r] == d and r < 3:
            r += 1
        w = z if d == "0" else ONES[int(d)]
        if runs and r == 3 and rng.random() < 0.5:
            out.append("triple " + w)
            i += 3
        elif runs and r >= 2 and rng.random() < 0.6:
            out.append("double " + w)
            i += 2
        else:
            out.append(w)
            i += 1
    return " ".join(out)


def say_pair(p, z="oh"):
    a, b = int(p[0]), int(p[1])
    if a == 0:
        return (z + " " + z) if b == 0 else (z + " " + ONES[b])
    if a == 1:
        return TEENS[b]
    return TENS[a] if b == 0 else TENS[a] + " " + ONES[b]


def say_pairs(ds, z="oh"):
    assert len(ds) % 2 == 0
    return " ".join(say_pair(ds[i:i + 2], z) for i in range(0, len(ds), 2))


def say_group(ds, rng, z="oh"):
    # a group ending in a round ten ("fifty") is not read in pairs: the next
    # group's first digit would merge with it ("fifty four")
    if len(ds) % 2 == 0 and ds[-1] != "0" and rng.random() < 0.35:
        return say_pairs(ds, z)
    return say_digits(ds, rng, z)


def say_year(y):
    y = int(y)
    if 2000 <= y < 2010:
        return "two thousand and " + ONES[y - 2000] if y > 2000 else "two thousand"
    return say_pair(str(y)[:2]) + " " + say_pair(str(y)[2:])


def say_day(d, rng):
    d = int(d)
    if d in ORD_WORDS:
        return ORD_WORDS[d]
    return TENS[d // 10] + " " + ORD_WORDS[d % 10]


def spoken_letter(ch, rng, nato=0.0, homo=0.0):
    c = ch.lower()
    x = rng.random()
    if x < nato and c in FOR_WORDS:
        return c + " for " + rng.choice(FOR_WORDS[c])
    if x < nato + homo and c in LETTER_HOMO:
        return rng.choice(LETTER_HOMO[c])
    return c


# ---------------------------------------------------------------------------
# value generators
# ---------------------------------------------------------------------------
def luhn_ok(s):
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def make_card(rng, kind=None):
    kind = kind or rng.choice(["visa", "visa", "visa", "mc", "mc", "amex", "disc", "visa19", "maestro"])
    if kind == "amex":
        pre, n = rng.choice(["34", "37"]), 15
    elif kind == "mc":
        pre, n = rng.choice(["51", "52", "53", "54", "55", "2221", "2720"]), 16
    elif kind == "disc":
        pre, n = "6011", 16
    elif kind == "visa19":
        pre, n = "4", 19
    elif kind == "maestro":
        pre, n = rng.choice(["6759", "6761", "5018"]), 16
    else:
        pre, n = "4", 16
    body = pre + "".join(str(rng.randrange(10)) for _ in range(n - len(pre) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def card_groups(c):
    if len(c) == 15:
        return [c[:4], c[4:10], c[10:]]
    if len(c) == 19:
        return [c[:4], c[4:8], c[8:12], c[12:16], c[16:]]
    return [c[i:i + 4] for i in range(0, len(c), 4)]


NI_FIRST = "ABCEGHJKLMNPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"
NI_BAD = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}


def make_ni(rng):
    while True:
        p = rng.choice(NI_FIRST) + rng.choice(NI_SECOND)
        if p not in NI_BAD:
            break
    return p + "".join(str(rng.randrange(10)) for _ in range(6)) + rng.choice("ABCD")


def make_ssn(rng):
    while True:
        a = rng.randrange(1, 900)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, rng.randrange(1, 100), rng.randrange(1, 10000))


def digits(rng, n, first_nonzero=False):
    s = "".join(str(rng.randrange(10)) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = str(rng.randrange(1, 10)) + s[1:]
    return s


def iban_check(country, bban):
    s = bban + country + "00"
    num = "".join(str(int(ch, 36)) for ch in s)
    return "%02d" % (98 - int(num) % 97)


def make_iban(rng, country=None, bank=None):
    country = country or rng.choice(["IE", "IE", "GB", "GB", "DE", "FR", "NL", "ES"])
    if country in ("IE", "GB"):
        bank = bank or rng.choice({"IE": ["AIBK", "BOFI", "ULSB", "IPBS"],
                                   "GB": ["NWBK", "BARC", "HBUK", "MIDL", "LOYD"]}[country])
        bban = bank + digits(rng, 6) + digits(rng, 8)
    elif country == "DE":
        bban = digits(rng, 18)
    elif country == "FR":
        bban = digits(rng, 10) + digits(rng, 11) + digits(rng, 2)
    elif country == "NL":
        bban = rng.choice(["ABNA", "INGB", "RABO"]) + digits(rng, 10)
    else:
        bban = digits(rng, 20)
    return country + iban_check(country, bban) + bban


def iban_grouped(ib, sep=" "):
    return sep.join(ib[i:i + 4] for i in range(0, len(ib), 4))


UK_AREAS = ["SW", "M", "B", "LS", "G", "EH", "CF", "BS", "NE", "L", "N", "E",
            "SE", "W", "NW", "CB", "RG", "PO", "BT", "CV", "DE", "NG", "S",
            "YO", "HU", "LE", "ST", "BN", "EX", "PL", "AB", "KY", "SA", "WA"]
INWARD = "ABDEFGHJLNPQRSTUWXYZ"
EIR_KEYS = ["D02", "D04", "D06", "D6W", "D08", "D12", "D15", "D24", "A94",
            "A96", "T12", "T23", "H91", "V94", "X91", "R95", "W23", "K78",
            "N91", "P31", "F94", "Y35"]
EIR_CH = "ACDEFHKNPRTVWXY0123456789"


def make_uk_pc(rng):
    area = rng.choice(UK_AREAS)
    dist = str(rng.randrange(1, 21))
    if area in ("SW", "W", "EC", "N", "E") and rng.random() < 0.2:
        dist = str(rng.randrange(1, 10)) + rng.choice("AP")
    return area + dist, str(rng.randrange(1, 10)) + rng.choice(INWARD) + rng.choice(INWARD)


def make_eircode(rng):
    return rng.choice(EIR_KEYS), "".join(rng.choice(EIR_CH) for _ in range(4))


def say_alnum(s, rng, z="oh", nato=0.0, homo=0.0, teen=0.0):
    """Say a mixed letter/digit string the way a caller does."""
    out = []
    i = 0
    while i < len(s):
        ch = s[i]
        if ch.isdigit():
            j = i
            while j < len(s) and s[j].isdigit():
                j += 1
            run = s[i:j]
            if len(run) == 2 and run[0] != "0" and rng.random() < teen:
                out.append(say_pair(run, z))
            else:
                out.append(say_digits(run, rng, z, runs=False))
            i = j
        else:
            out.append(spoken_letter(ch, rng, nato, homo))
            i += 1
    return " ".join(out)


FIRST = ["sarah", "james", "aoife", "ciaran", "priya", "mohammed", "emma",
         "liam", "niamh", "oliver", "grace", "tom", "siobhan", "daniel",
         "chloe", "rhys", "fatima", "conor", "megan", "jack", "hannah",
         "sean", "amy", "darragh", "lucy", "wei", "olga", "kofi", "maria"]
LAST = ["jones", "murphy", "kelly", "patel", "smith", "walsh", "brennan",
        "taylor", "byrne", "evans", "oconnor", "hughes", "ahmed", "clarke",
        "doyle", "wilson", "khan", "roberts", "lynch", "davies", "ryan",
        "thompson", "novak", "garcia", "mensah"]
DOMAINS = ["gmail.com", "hotmail.co.uk", "outlook.com", "yahoo.ie",
           "eircom.net", "btinternet.com", "icloud.com", "live.ie",
           "sky.com", "yahoo.co.uk", "protonmail.com", "virginmedia.com"]
STREETS = ["Kingsley", "Belmont", "Church", "Victoria", "Station", "Mill",
           "Elm", "Highfield", "Oakwood", "Queens", "Park", "Castle",
           "Ashgrove", "Willow", "Greenfield", "Hawthorn", "Abbey",
           "Clonliffe", "Ranelagh", "Beechwood", "Marine", "Orchard"]
SUFFIX = ["Road", "Street", "Avenue", "Lane", "Close", "Drive", "Crescent",
          "Terrace", "Grove", "Way", "Gardens", "Place", "Park", "Court",
          "View", "Rise", "Row", "Walk", "Square", "Hill", "Mews"]
US_SUFFIX = ["Street", "Avenue", "Drive", "Boulevard", "Lane", "Road", "Court"]
US_STREETS = ["Maple", "Oak", "Washington", "Lincoln", "Cedar", "Pine",
              "Sunset", "Lakeview", "Jefferson", "Walnut", "Highland"]
UK_TOWNS = ["Leeds", "Manchester", "Bristol", "Cardiff", "Glasgow",
            "Edinburgh", "Sheffield", "Belfast", "Nottingham", "Brighton",
            "Reading", "Coventry", "York", "Swansea"]
IE_TOWNS = ["Dublin", "Cork", "Galway", "Limerick", "Waterford",
            "Drogheda", "Kilkenny", "Sligo", "Athlone", "Naas"]
US_TOWNS = ["Columbus, OH", "Austin, TX", "Portland, OR", "Denver, CO",
            "Tampa, FL", "Madison, WI", "Raleigh, NC"]

# ---------------------------------------------------------------------------
# case builder
# ---------------------------------------------------------------------------


def build(turns):
    """turns: list of (speaker, [segment...]); segment is str or (text, TYPE)."""
    out_turns, spans = [], []
    for ti, (spk, segs) in enumerate(turns):
        if isinstance(segs, (str, tuple)):
            segs = [segs]
        text = ""
        for seg in segs:
            if isinstance(seg, tuple):
                val, typ = seg
                assert typ in TYPES, typ
                spans.append({"turn": ti, "start": len(text),
                              "end": len(text) + len(val), "type": typ})
                text += val
            else:
                text += seg
        out_turns.append({"speaker": spk, "text": text})
    return out_turns, spans


BACK = ["mhm", "okay", "yep", "okay go on", "yeah", "right", "uh huh",
        "got that", "okay and", "mm hmm", "yes go ahead", "lovely"]


def A(*segs):
    return ("agent", list(segs))


def C(*segs):
    return ("customer", list(segs))


# ---------------------------------------------------------------------------
# POSITIVE templates (each returns turns, note)
# ---------------------------------------------------------------------------


def p_card_call_single(r):
    c = make_card(r)
    z = zw(r)
    spoken = " ".join(say_group(g, r, z) for g in card_groups(c))
    if r.random() < 0.3:
        words = spoken.split(" ")
        k = r.randrange(3, len(words) - 3)
        spoken = " ".join(words[:k] + [r.choice(["um", "uh", "er"])] + words[k:])
    ind = r.choice(["telecom", "utilities", "retail", "insurance", "travel"])
    return [A(r.choice(["can i take the long card number please",
                        "okay whenever you're ready the sixteen digits on the front",
                        "and the card number please"])),
            C(r.choice(["yeah it's ", "right so ", "okay ", "it's "]), (spoken, "CARD_NUMBER"),
              r.choice(["", " that's it", " have you got that"]))], \
        f"call/{ind}: card number read in one turn, zero said as '{z}'"


def p_card_call_split(r):
    c = make_card(r)
    z = zw(r)
    gs = card_groups(c)
    turns = [A("lovely and the card number when you're ready")]
    for i, g in enumerate(gs):
        pre = r.choice(["", "", "so ", "um ", "it's "]) if i == 0 else r.choice(["", "", "then ", "uh "])
        turns.append(C(pre, (say_group(g, r, z), "CARD_NUMBER")))
        if i < len(gs) - 1:
            turns.append(A(r.choice(BACK)))
    turns.append(A("and the expiry date"))
    m, y = r.randrange(1, 13), r.randrange(26, 32)
    exp = r.choice([say_pair("%02d" % m, z) + " " + say_pair(str(y)),
                    MONTHS[m - 1] + " twenty " + ONES[y - 20] if y < 30 else MONTHS[m - 1] + " " + say_pair(str(y)),
                    say_digits("%02d" % m, r, z, False) + " " + say_digits(str(y), r, z, False)])
    turns.append(C(r.choice(["", "it's ", "expires "]), (exp, "EXPIRY")))
    turns.append(A("and the three digit security code on the back"))
    cvv = digits(r, 4 if len(c) == 15 else 3)
    turns.append(C(r.choice(["", "that's ", "it's "]), (say_digits(cvv, r, z), "CVV")))
    ind = r.choice(["utilities", "insurance", "telecom", "retail", "council tax"])
    return turns, f"call/{ind}: card split over customer turns with back-channels, then expiry and security code"


def p_card_chat(r):
    c = make_card(r)
    gs = card_groups(c)
    fmt = r.choice(["space", "dash", "none", "dot", "mixed"])
    if fmt == "space":
        s = " ".join(gs)
    elif fmt == "dash":
        s = "-".join(gs)
    elif fmt == "dot":
        s = ".".join(gs)
    elif fmt == "mixed":
        s = gs[0] + " " + "".join(gs[1:3]) + "-" + "".join(gs[3:])
    else:
        s = c
    m, y = r.randrange(1, 13), r.randrange(26, 32)
    exp = r.choice(["%02d/%d" % (m, y), "%02d/20%d" % (m, y), "%02d-%d" % (m, y), "%d/%d" % (m, y)])
    cvv = digits(r, 4 if len(c) == 15 else 3)
    lead = r.choice(["card no ", "Card number: ", "its ", "ok card is ", "number is "])
    ind = r.choice(["retail", "travel", "telecom", "gym membership"])
    v = r.random()
    if v < 0.5:
        turns = [A("Please type the card number, expiry and CVV below and I'll process the payment of £%d.%02d." % (r.randrange(20, 400), r.randrange(100))),
                 C(lead, (s, "CARD_NUMBER"), r.choice([" exp ", ", expiry ", " expires "]), (exp, "EXPIRY"),
                   r.choice([" cvv ", ", sec code ", " cvc "]), (cvv, "CVV"))]
    else:
        turns = [A("Could you send the card details please?"),
                 C(lead, (s, "CARD_NUMBER")),
                 C(r.choice(["expiry ", "exp date ", "ends "]), (exp, "EXPIRY")),
                 A("Thanks, and the security code?"),
                 C((cvv, "CVV"))]
    return turns, f"chat/{ind}: card typed with '{fmt}' grouping plus expiry and cvv"


def p_card_pairs(r):
    c = make_card(r, r.choice(["visa", "mc"]))
    z = zw(r)
    s = " ".join(say_pairs(g, z) for g in card_groups(c))
    return [A("go ahead with the card number"),
            C("okay it's ", (s, "CARD_NUMBER"), " and that's a ",
              r.choice(["visa debit", "mastercard", "credit card"]))], \
        "call/banking: card number read in pairs ('forty one eleven')"


def p_card_readback(r):
    c = make_card(r)
    z = zw(r)
    gs = card_groups(c)
    cust = " ".join(say_digits(g, r, z) for g in gs)
    agent = " ".join(say_digits(g, r, z, runs=False) for g in gs)
    return [A("what's the card number you'd like to use"),
            C((cust, "CARD_NUMBER")),
            A("let me read that back to you ", (agent, "CARD_NUMBER"), " is that right"),
            C("yes that's right")], "call/travel: card read by customer then read back in full by agent"


def p_card_restart(r):
    c = make_card(r)
    z = zw(r)
    gs = card_groups(c)
    frag = say_digits(gs[0], r, z)
    spoken = " ".join(say_digits(g, r, z) for g in gs)
    return [A("and the long number on the card"),
            C(frag, " sorry hang on the kids are shouting let me start again"),
            A("no problem take your time"),
            C((spoken, "CARD_NUMBER"))], "call/utilities: customer abandons first attempt and restarts the card number (only the full reading labelled)"


def p_card_with_amount(r):
    c = make_card(r, r.choice(["visa", "mc", "maestro"]))
    z = zw(r)
    gs = card_groups(c)
    amt = r.randrange(20, 300)
    ref = digits(r, 8, True)
    amt_s = say_pair(str(amt)) if amt < 100 else ONES[amt // 100] + " hundred" + (
        "" if amt % 100 == 0 else " and " + (say_pair("%02d" % (amt % 100)) if amt % 100 >= 10 else ONES[amt % 100]))
    return [A("so the amount due is %s pounds on reference %s can i take a card number" % (amt_s, say_digits(ref, r, z, False))),
            C("yeah okay ", (" ".join(say_digits(g, r, z) for g in gs[:2]), "CARD_NUMBER")),
            A(r.choice(BACK)),
            C((" ".join(say_digits(g, r, z) for g in gs[2:]), "CARD_NUMBER"),
              " and it expires ", (MONTHS[r.randrange(12)] + " " + say_pair(str(r.randrange(26, 31))), "EXPIRY"))], \
        "call/council tax: card over two turns next to an unlabelled amount and reference number, expiry in same turn"


def p_amex(r):
    c = make_card(r, "amex")
    gs = card_groups(c)
    cid = digits(r, 4)
    if r.random() < 0.5:
        return [A("Please provide the Amex number and the 4-digit code on the front."),
                C((" ".join(gs), "CARD_NUMBER"), " / ", (cid, "CVV"))], "chat/travel: amex 4-6-5 grouping with 4-digit CID"
    z = zw(r)
    return [A("and the four digit code on the front of the amex"),
            C((say_digits(cid, r, z), "CVV")),
            A("and the card number itself"),
            C((" ".join(say_digits(g, r, z) for g in gs), "CARD_NUMBER"))], "call/travel: amex CID given before the card number"


def ni_chat_form(ni, r):
    f = r.choice(["plain", "spaced", "lower", "mid", "dash", "lowspaced", "allspaced", "typo"])
    if f == "allspaced":
        return " ".join(ni)
    if f == "typo":
        return ni[:4] + " " + ni[4:8] + ni[8].lower()
    if f == "plain":
        return ni
    if f == "spaced":
        return f"{ni[:2]} {ni[2:4]} {ni[4:6]} {ni[6:8]} {ni[8]}"
    if f == "lower":
        return ni.lower()
    if f == "mid":
        return f"{ni[:2]} {ni[2:8]} {ni[8]}"
    if f == "dash":
        return f"{ni[:2]}-{ni[2:4]}-{ni[4:6]}-{ni[6:8]}-{ni[8]}"
    return f"{ni[:2]} {ni[2:4]} {ni[4:6]} {ni[6:8]} {ni[8]}".lower()


def ni_spoken(ni, r, z):
    mode = r.choice(["letters", "nato", "pairs", "homo"])
    pre = " ".join(spoken_letter(ch, r, nato=0.9 if mode == "nato" else 0.0,
                                 homo=0.8 if mode == "homo" else 0.0) for ch in ni[:2])
    mid = say_pairs(ni[2:8], z) if mode == "pairs" else say_digits(ni[2:8], r, z)
    suf = spoken_letter(ni[8], r, nato=0.9 if mode == "nato" else 0.0,
                        homo=0.8 if mode == "homo" else 0.0)
    return pre, mid, suf, mode


def p_ni_chat(r):
    ni = make_ni(r)
    s = ni_chat_form(ni, r)
    ctx = r.choice([("government services", "For the Universal Credit claim can you confirm your National Insurance number?"),
                    ("payroll", "Hi, to update your payroll record we need your NI number."),
                    ("pensions", "Please confirm your NINO so I can find the pension record."),
                    ("HMRC", "Can you give me your national insurance number please")])
    lead = r.choice(["sure its ", "NI: ", "ni no is ", "", "National Insurance number ", "its "])
    tail = r.choice(["", " thanks", " x", ". I've also got a reference 4471 from the letter"])
    return [A(ctx[1]), C(lead, (s, "NI_NUMBER"), tail)], f"chat/{ctx[0]}: NI number typed ({s!r} style)"


def p_ni_call(r):
    ni = make_ni(r)
    z = zw(r)
    pre, mid, suf, mode = ni_spoken(ni, r, z)
    ind = r.choice(["government services", "pensions", "payroll", "student finance", "HMRC helpline"])
    if r.random() < 0.5:
        return [A("can i take your national insurance number please"),
                C(r.choice(["yeah it's ", "it is ", "um ", ""]), (f"{pre} {mid} {suf}", "NI_NUMBER"))], \
            f"call/{ind}: NI number in one turn, letters spoken '{mode}'"
    return [A("and your national insurance number"),
            C(r.choice(["so it's ", "starts ", ""]), (pre, "NI_NUMBER")),
            A(r.choice(BACK)),
            C((mid, "NI_NUMBER")),
            A("and the letter at the end"),
            C((suf, "NI_NUMBER"))], f"call/{ind}: NI number split over three turns ({mode})"


def p_ni_dob(r):
    ni = make_ni(r)
    z = zw(r)
    pre, mid, suf, mode = ni_spoken(ni, r, z)
    d, m, y = r.randrange(1, 29), r.randrange(1, 13), r.randrange(1940, 2004)
    dob = r.choice([f"{say_day(d, r)} of {MONTHS[m - 1]} {say_year(y)}",
                    f"{say_day(d, r)} of the {say_day(m, r)} {say_pair(str(y)[2:])}",
                    f"{say_digits('%02d' % d, r, z, False)} {say_digits('%02d' % m, r, z, False)} {say_year(y)}"])
    return [A("to get into your record can i have your date of birth"),
            C(r.choice(["it's the ", "yeah the ", "the "]) if " of the " in dob else r.choice(["it's ", "yeah ", ""]), (dob, "DOB")),
            A("thank you and your national insurance number"),
            C((f"{pre} {mid} {suf}", "NI_NUMBER"), r.choice(["", " i think", " yeah"]))], \
        "call/government services: date of birth then NI number"


def p_ni_correction(r):
    ni = make_ni(r)
    z = zw(r)
    wrong = ni[:2] + ni[2:4] + str((int(ni[4]) + 3) % 10)
    full = f"{' '.join(ni[:2].lower())} {say_digits(ni[2:8], r, z)} {ni[8].lower()}"
    return [A("what's the national insurance number"),
            C(say_alnum(wrong, r, z), " no wait sorry"),
            A("that's okay"),
            C("it's ", (full, "NI_NUMBER")),
            A("so that's ", (f"{' '.join(ni[:2].lower())} {say_digits(ni[2:8], r, z, False)} {ni[8].lower()}", "NI_NUMBER")),
            C("yeah")], "call/pensions: caller self-corrects NI number, agent reads back (abandoned fragment unlabelled)"


def p_ni_two_in_turn(r):
    ni = make_ni(r)
    ph = "07" + r.choice("3456789") + digits(r, 8)
    return [A("What number and NI should I put on the form?"),
            C("mobile ", (ph[:5] + " " + ph[5:], "PHONE"), " and NI ", (ni_chat_form(ni, r), "NI_NUMBER"))], \
        "chat/government services: phone and NI number in one message"


def sort_spoken(sc, r, z):
    mode = r.choice(["pairs", "digits", "pairs"])
    if mode == "pairs":
        return say_pairs(sc, z)
    return say_digits(sc, r, z)


def p_bank_call(r):
    sc = digits(r, 6, True)
    acc = digits(r, 8, True)
    z = zw(r)
    ind = r.choice(["banking", "utilities direct debit", "insurance refund", "payroll"])
    if r.random() < 0.5:
        return [A("for the direct debit i need the sort code and account number"),
                C("sort code is ", (sort_spoken(sc, r, z), "SORT_CODE")),
                A(r.choice(BACK)),
                C("and the account number ", (say_digits(acc[:4], r, z), "BANK_ACCOUNT")),
                A(r.choice(BACK)),
                C((say_digits(acc[4:], r, z), "BANK_ACCOUNT"))], f"call/{ind}: sort code in pairs/digits, account number over two turns"
    return [A("can you confirm the account you want the refund paid into"),
            C("yeah account ", (say_digits(acc, r, z), "BANK_ACCOUNT"), " sort code ",
              (sort_spoken(sc, r, z), "SORT_CODE")),
            A("thank you that's account ending ", say_digits(acc[-3:], r, z, False), " is that correct"),
            C("that's the one")], f"call/{ind}: account and sort code in one turn; agent's last-three confirmation unlabelled"


def p_bank_chat(r):
    sc = digits(r, 6, True)
    acc = digits(r, 8, True)
    scf = r.choice([f"{sc[:2]}-{sc[2:4]}-{sc[4:]}", sc, f"{sc[:2]} {sc[2:4]} {sc[4:]}", f"{sc[:2]}.{sc[2:4]}.{sc[4:]}"])
    accf = r.choice([acc, acc[:4] + " " + acc[4:]])
    v = r.random()
    if v < 0.5:
        t = [A("Please share the sort code and account number for the refund."),
             C(r.choice(["s/c ", "sort code ", "Sort "]), (scf, "SORT_CODE"), r.choice([" acc ", " a/c ", ", account no. "]), (accf, "BANK_ACCOUNT"))]
    else:
        t = [A("Which account should the payment come from?"),
             C(r.choice(["acct ", "account number "]), (accf, "BANK_ACCOUNT")),
             C(r.choice(["sc ", "sortcode ", "and sort code "]), (scf, "SORT_CODE"), " (Nationwide)")]
    return t, "chat/banking: UK sort code and account number typed"


def p_bank_us(r):
    acc = digits(r, r.choice([10, 11, 12]), True)
    z = zw(r)
    if r.random() < 0.5:
        return [A("Please type the checking account number for autopay."),
                C("checking acct# ", (acc, "BANK_ACCOUNT"))], "chat/US utilities: US checking account typed with acct#"
    return [A("and the checking account number"),
            C((say_digits(acc, r, z), "BANK_ACCOUNT"))], "call/US insurance: US checking account read digit by digit"


def p_iban_chat(r):
    ib = make_iban(r)
    f = r.choice(["grouped", "plain", "lower"])
    s = iban_grouped(ib) if f == "grouped" else ib if f == "plain" else iban_grouped(ib).lower()
    return [A("Please provide the IBAN for the refund."),
            C(r.choice(["IBAN: ", "iban is ", "here you go "]), (s, "IBAN"), r.choice(["", " thanks", " - BIC to follow"]))], \
        f"chat/{r.choice(['travel', 'insurance', 'utilities'])}: {ib[:2]} IBAN typed ({f})"


def p_iban_call(r):
    cc = r.choice(["IE", "GB"])
    ib = make_iban(r, cc, r.choice({"IE": ["AIBK", "ULSB", "IPBS"], "GB": ["BARC", "NWBK", "HBUK", "MIDL"]}[cc]))
    z = zw(r)
    head = " ".join(spoken_letter(ch, r, 0.3) for ch in ib[:2]) + " " + say_digits(ib[2:4], r, z, False)
    bank = " ".join(spoken_letter(ch, r, 0.3) for ch in ib[4:8])
    rest = ib[8:]
    return [A("okay can you read me the iban"),
            C((head, "IBAN")),
            A(r.choice(BACK)),
            C((bank, "IBAN")),
            A(r.choice(BACK)),
            C((say_digits(rest[:6], r, z), "IBAN")),
            A("yep"),
            C((say_digits(rest[6:], r, z), "IBAN"))], f"call/{'banking' if ib[:2]=='GB' else 'utilities'}: {ib[:2]} IBAN spoken over four turns"


def phone_value(r, chat):
    kind = r.choice(["ukmob", "ukmob", "ukland", "iemob", "iemob", "ieland", "us", "ukintl", "ieintl"])
    if kind == "ukmob":
        n = "07" + r.choice("3456789") + digits(r, 8)
        fm = [n, n[:5] + " " + n[5:], n[:5] + " " + n[5:8] + " " + n[8:]]
    elif kind == "ukland":
        n = "0" + r.choice(["20", "161", "113", "121", "131", "141", "117", "29"])
        n = n + digits(r, 11 - len(n), True)
        fm = [n, n[:len(n) - 8] + " " + n[len(n) - 8:len(n) - 4] + " " + n[len(n) - 4:]]
    elif kind == "iemob":
        n = "08" + r.choice("35679") + digits(r, 7, True)
        fm = [n, n[:3] + " " + n[3:6] + " " + n[6:], n[:3] + "-" + n[3:]]
    elif kind == "ieland":
        n = "01" + digits(r, 7, True)
        fm = [n, "(01) " + n[2:5] + " " + n[5:]]
    elif kind == "us":
        n = str(r.randrange(201, 990)) + str(r.randrange(200, 999)) + digits(r, 4)
        fm = [f"({n[:3]}) {n[3:6]}-{n[6:]}", f"{n[:3]}-{n[3:6]}-{n[6:]}", f"{n[:3]}.{n[3:6]}.{n[6:]}"]
    elif kind == "ukintl":
        n = "447" + r.choice("3456789") + digits(r, 8)
        fm = ["+" + n, "+44 " + n[2:6] + " " + n[6:], "0044 " + n[2:]]
    else:
        n = "3538" + r.choice("35679") + digits(r, 7, True)
        fm = ["+" + n, "+353 " + n[3:5] + " " + n[5:8] + " " + n[8:]]
    return kind, n, fm


def p_phone_chat(r):
    kind, n, fm = phone_value(r, True)
    s = r.choice(fm)
    ind = r.choice(["telecom", "retail delivery", "healthcare billing", "travel"])
    return [A("What's the best number to reach you on?"),
            C(r.choice(["", "call me on ", "mob ", "my number is ", "its "]), (s, "PHONE"),
              r.choice(["", " after 5pm", " thx", " or email"]))], f"chat/{ind}: {kind} phone typed"


def phone_spoken(kind, n, r, z):
    if kind in ("ukintl", "ieintl"):
        cc = n[:2] if kind == "ukintl" else n[:3]
        rest = n[len(cc):]
        lead = r.choice(["plus ", "plus ", "double " + z + " "])
        return lead + say_digits(cc, r, z, False) + " " + say_digits(rest, r, z)
    if kind == "us":
        return say_digits(n[:3], r, z) + " " + say_digits(n[3:6], r, z) + " " + say_group(n[6:], r, z)
    if kind == "ukmob" and r.random() < 0.4:
        return say_digits(n[:5], r, z) + " " + say_digits(n[5:], r, z)
    return say_digits(n, r, z)


def p_phone_call(r):
    kind, n, fm = phone_value(r, False)
    z = zw(r)
    ind = r.choice(["telecom", "utilities", "insurance", "healthcare billing", "government services"])
    if kind in ("ukmob", "ukland", "iemob") and r.random() < 0.5:
        parts = [n[:5], n[5:8], n[8:]] if len(n) == 11 else [n[:3], n[3:6], n[6:]]
        t = [A("and a contact number for you")]
        for i, p in enumerate(parts):
            t.append(C((say_digits(p, r, z), "PHONE")))
            if i < len(parts) - 1:
                t.append(A(r.choice(BACK)))
        return t, f"call/{ind}: {kind} phone number split over turns"
    return [A("what's the best number to get you on"),
            C(r.choice(["it's ", "yeah ", "my mobile is ", ""]), (phone_spoken(kind, n, r, z), "PHONE"))], \
        f"call/{ind}: {kind} phone number spoken, zero as '{z}'"


def email_value(r):
    f, l = r.choice(FIRST), r.choice(LAST)
    style = r.choice(["f.l", "fl", "f_l", "fl##", "initial.l", "f.l##"])
    num = str(r.randrange(1, 99))
    local = {"f.l": f"{f}.{l}", "fl": f"{f}{l}", "f_l": f"{f}_{l}", "fl##": f"{f}{l}{num}",
             "initial.l": f"{f[0]}.{l}", "f.l##": f"{f}.{l}{num}"}[style]
    return local, r.choice(DOMAINS), num


def email_spoken(local, dom, r):
    def conv(s):
        out = []
        buf = ""
        for ch in s:
            if ch.isdigit():
                buf += ch
                continue
            if buf:
                out.append(say_pair(buf) if len(buf) == 2 and buf[0] != "0" else say_digits(buf, r, "oh", False))
                buf = ""
            if ch == ".":
                out.append("dot")
            elif ch == "_":
                out.append("underscore")
            elif ch == "-":
                out.append("dash")
            else:
                if out and out[-1] not in ("dot", "underscore", "dash") and not out[-1].isdigit() and len(out[-1]) > 0 and out[-1][-1].isalpha() and not out[-1] in ONES + TEENS + TENS:
                    out[-1] += ch
                else:
                    out.append(ch)
        if buf:
            out.append(say_pair(buf) if len(buf) == 2 and buf[0] != "0" else say_digits(buf, r, "oh", False))
        return " ".join(out)
    return conv(local) + " at " + conv(dom)


def p_email(r):
    local, dom, num = email_value(r)
    ind = r.choice(["retail", "telecom", "insurance", "travel", "utilities"])
    if r.random() < 0.45:
        e = f"{local}@{dom}"
        if r.random() < 0.3:
            e = e.capitalize()
        return [A("Can I get an email address for the receipt?"),
                C(r.choice(["", "sure ", "email is ", "it's "]), (e, "EMAIL"), r.choice(["", " pls", " thanks!"]))], f"chat/{ind}: email typed"
    sp = email_spoken(local, dom, r)
    t = [A("and an email address for the confirmation"), C(r.choice(["yeah it's ", "it's ", ""]), (sp, "EMAIL"))]
    if r.random() < 0.4:
        t += [A("so that's ", (sp, "EMAIL")), C("that's it yeah")]
    return t, f"call/{ind}: email spoken with 'dot' and 'at'"


def pc_spoken(out, inw, r, z, nato=0.2):
    # split outward into area letters + district number + optional letter
    m = re.match(r"([A-Z]+)(\d+)([A-Z]?)$", out)
    area, num, tail = m.groups()
    parts = [spoken_letter(ch, r, nato) for ch in area]
    parts.append(say_pair(num, z) if len(num) == 2 and r.random() < 0.5 else say_digits(num, r, z, False))
    if tail:
        parts.append(spoken_letter(tail, r, nato))
    parts.append(say_digits(inw[0], r, z, False))
    parts += [spoken_letter(ch, r, nato) for ch in inw[1:]]
    return " ".join(parts)


def p_address_uk_call(r):
    z = zw(r)
    num = r.randrange(1, 180)
    st = r.choice(STREETS).lower() + " " + r.choice(SUFFIX).lower()
    nsp = str(num) if r.random() < 0.3 else (say_pair("%02d" % num) if num < 100 and num >= 10 else ONES[num] if num < 10 else ONES[num // 100] + " " + say_pair("%02d" % (num % 100)))
    addr = f"{nsp} {st}"
    if r.random() < 0.25:
        addr = f"flat {ONES[r.randrange(1, 10)]} " + addr
    out, inw = make_uk_pc(r)
    town = r.choice(UK_TOWNS).lower()
    ind = r.choice(["utilities", "retail delivery", "insurance", "telecom broadband"])
    if r.random() < 0.5:
        return [A("can you confirm the first line of the address and the postcode"),
                C("yeah it's ", (addr, "ADDRESS"), " " + town),
                A("and the postcode"),
                C((pc_spoken(out, inw, r, z), "POSTCODE"))], f"call/{ind}: UK street address then spoken postcode"
    return [A("what's the postcode there"),
            C((pc_spoken(out, inw, r, z, 0.0).rsplit(" ", 3)[0], "POSTCODE")),
            A(r.choice(BACK)),
            C((say_digits(inw[0], r, z, False) + " " + " ".join(spoken_letter(ch, r, 0.5) for ch in inw[1:]), "POSTCODE")),
            A("and the house number and street"),
            C((addr, "ADDRESS"))], f"call/{ind}: postcode split outward/inward across turns, then address"


def p_address_uk_chat(r):
    num = r.randrange(1, 250)
    addr = f"{num} {r.choice(STREETS)} {r.choice(SUFFIX)}"
    if r.random() < 0.3:
        addr = f"Flat {r.randrange(1, 30)}, " + addr
    if r.random() < 0.3:
        addr = addr.lower()
    out, inw = make_uk_pc(r)
    pc = r.choice([f"{out} {inw}", f"{out}{inw}", f"{out} {inw}".lower()])
    town = r.choice(UK_TOWNS)
    return [A("What's the delivery address?"),
            C((addr, "ADDRESS"), f", {town}, ", (pc, "POSTCODE"))], "chat/retail delivery: UK address line and postcode typed"


def p_address_ie(r):
    num = r.randrange(1, 120)
    st = f"{r.choice(STREETS)} {r.choice(SUFFIX)}"
    k, u = make_eircode(r)
    town = r.choice(IE_TOWNS)
    z = zw(r)
    if r.random() < 0.5:
        e = r.choice([f"{k} {u}", f"{k}{u}", f"{k} {u}".lower()])
        return [A("Can you confirm your address and Eircode for the meter upgrade?"),
                C((f"{num} {st}", "ADDRESS"), f", {town}. Eircode ", (e, "POSTCODE"))], "chat/utilities IE: Irish address and Eircode typed"
    sp = say_alnum(k, r, z, nato=0.2, teen=0.3) + " " + say_alnum(u, r, z, nato=0.2)
    return [A("and what's your eircode"),
            C("it's ", (sp, "POSTCODE")),
            A("and the first line of the address"),
            C((f"{ONES[num] if num < 10 else say_pair('%02d' % num) if num < 100 else str(num)} {st.lower()}", "ADDRESS"), " " + town.lower())], "call/utilities IE: Eircode spoken then Irish address"


def p_address_us(r):
    num = r.randrange(100, 9999)
    st = f"{r.choice(US_STREETS)} {r.choice(US_SUFFIX)}"
    zp = digits(r, 5, True)
    town = r.choice(US_TOWNS)
    z = zw(r)
    if r.random() < 0.5:
        zz = zp if r.random() < 0.6 else zp + "-" + digits(r, 4)
        return [A("What's the billing address on the card?"),
                C((f"{num} {st}", "ADDRESS"), f", {town} ", (zz, "POSTCODE"))], "chat/US healthcare billing: street address and ZIP"
    ns = say_pairs(str(num)) if len(str(num)) == 4 else ONES[int(str(num)[0])] + " " + say_pair(str(num)[1:])
    return [A("what's the billing zip code"),
            C((say_digits(zp, r, z), "POSTCODE")),
            A("and the street address"),
            C((f"{ns} {st.lower()}", "ADDRESS"))], "call/US insurance: spoken ZIP and street address with number in pairs"


def p_dob(r):
    d, m, y = r.randrange(1, 29), r.randrange(1, 13), r.randrange(1938, 2006)
    z = zw(r)
    chat = r.random() < 0.45
    if chat:
        f = r.choice([f"{d:02d}/{m:02d}/{y}", f"{d}/{m}/{str(y)[2:]}", f"{d} {MONTHS[m-1].capitalize()} {y}",
                      f"{d}{'th' if d not in (1, 2, 3, 21, 22, 23) else {1:'st',2:'nd',3:'rd',21:'st',22:'nd',23:'rd'}[d]} {MONTH_ABBR[m-1] if m != 9 else 'sept'} {y}",
                      f"{d:02d}.{m:02d}.{y}", f"{y}-{m:02d}-{d:02d}"])
        return [A("For security, please confirm your date of birth."),
                C(r.choice(["", "dob ", "DOB: ", "born "]), (f, "DOB"))], f"chat/{r.choice(['banking', 'healthcare billing', 'insurance'])}: DOB typed"
    f = r.choice([f"{say_day(d, r)} of {MONTHS[m-1]} {say_year(y)}",
                  f"{MONTHS[m-1]} {say_day(d, r)} {say_year(y)}",
                  f"{say_digits('%02d' % d, r, z, False)} {say_digits('%02d' % m, r, z, False)} {say_pair(str(y)[2:])}",
                  f"{say_day(d, r)} of the {say_day(m, r)} {say_year(y)}"])
    other = r.choice(["", " so i'm %s now" % say_pair(str(2026 - y - 1))])
    if " of " in f:
        lead = r.choice(["yeah it's the ", "it's the ", "the ", "um the "])
    else:
        lead = r.choice(["yeah it's ", "", "um "])
    return [A("can you confirm your date of birth for me"),
            C(lead, (f, "DOB"), other)], \
        f"call/{r.choice(['banking', 'healthcare billing', 'insurance', 'government services'])}: DOB spoken"


def ssn_chat_form(s, r):
    return r.choice([f"{s[:3]}-{s[3:5]}-{s[5:]}", f"{s[:3]} {s[3:5]} {s[5:]}", s, f"{s[:3]}.{s[3:5]}.{s[5:]}"])


def p_ssn_chat(r):
    s = make_ssn(r)
    f = ssn_chat_form(s, r)
    ind = r.choice(["US healthcare billing", "US banking", "US insurance", "US benefits"])
    return [A("To verify your identity, please enter your Social Security number."),
            C(r.choice(["", "ssn ", "SSN: ", "social is ", "ok its "]), (f, "SSN"), r.choice(["", " thanks", " - my claim # is 40017723"]))], f"chat/{ind}: SSN typed"


def p_ssn_call(r):
    s = make_ssn(r)
    z = zw(r)
    ind = r.choice(["US healthcare billing", "US banking", "US insurance", "US tax services"])
    if r.random() < 0.5:
        return [A("and can i get your social security number"),
                C(r.choice(["sure it's ", "yeah ", "", "okay it's "]),
                  (say_digits(s[:3], r, z) + " " + say_digits(s[3:5], r, z) + " " + say_digits(s[5:], r, z), "SSN"))], \
            f"call/{ind}: SSN in one turn"
    return [A("i'll need your social to pull up the account"),
            C((say_digits(s[:3], r, z), "SSN")),
            A(r.choice(BACK)),
            C((say_digits(s[3:5], r, z), "SSN")),
            A(r.choice(BACK)),
            C((say_group(s[5:], r, z), "SSN"))], f"call/{ind}: SSN split 3/2/4 across turns"


def p_ssn_dob(r):
    s = make_ssn(r)
    z = zw(r)
    d, m, y = r.randrange(1, 29), r.randrange(1, 13), r.randrange(1945, 2004)
    return [A("i need to verify a couple of things your date of birth and social security number"),
            C("date of birth is ", (f"{MONTHS[m-1]} {say_day(d, r)} {say_year(y)}", "DOB"),
              " and social is ", (say_digits(s, r, z), "SSN"))], "call/US healthcare billing: DOB and SSN in one turn"


def p_mixed_ref(r):
    z = zw(r)
    pol = digits(r, 8, True)
    kind, n, fm = phone_value(r, False)
    ni = make_ni(r)
    return [A("thanks for calling can i take your policy number"),
            C("yeah policy number ", say_digits(pol, r, z, False)),
            A("thank you and a contact number"),
            C((phone_spoken(kind, n, r, z), "PHONE"), " but i'm in work till half five"),
            A("and for the claim your national insurance number"),
            C((f"{ni[0].lower()} {ni[1].lower()} {say_digits(ni[2:8], r, z)} {ni[8].lower()}", "NI_NUMBER"))], \
        "call/insurance: unlabelled policy number and time beside phone and NI"


def p_mixed_chat_utility(r):
    out, inw = make_uk_pc(r)
    acc = digits(r, 8, True)
    sc = digits(r, 6, True)
    meter = digits(r, 5)
    return [A("Hi, how can I help with your energy account today?"),
            C(f"Hi my meter reading today is {meter} and I want to set up a direct debit for £{r.randrange(40, 150)} a month"),
            A("Sure, I'll need the sort code, account number and the postcode of the supply address."),
            C((f"{sc[:2]}-{sc[2:4]}-{sc[4:]}", "SORT_CODE"), " / ", (acc, "BANK_ACCOUNT"), " / ", (f"{out} {inw}", "POSTCODE"))], \
        "chat/utilities: meter reading and amount (unlabelled) before sort code, account and postcode"


def p_card_and_phone_chat(r):
    c = make_card(r, "visa")
    kind, n, fm = phone_value(r, True)
    return [A("Card and a phone number for the booking please."),
            C((" ".join(card_groups(c)), "CARD_NUMBER"), " and my mobile is ", (r.choice(fm), "PHONE"),
              f" booking ref {r.choice('ABCDEFGHJK')}{r.choice('LMNPRSTVWX')}{digits(r, 4, True)}")], \
        "chat/travel: card and phone in one message next to a booking reference"


def p_homophone_card(r):
    c = make_card(r, "visa")
    gs = card_groups(c)
    parts = []
    for g in gs:
        w = say_digits(g, r, "oh", runs=False).split(" ")
        w = ["to" if x == "two" and r.random() < 0.5 else "for" if x == "four" and r.random() < 0.4 else x for x in w]
        parts.append(" ".join(w))
    return [A("okay i'm ready for the card number"),
            C((" ".join(parts), "CARD_NUMBER"))], "call/telecom: ASR homophones 'to'/'for' for two/four inside card number"


def p_sort_pairs_repeat(r):
    sc = digits(r, 6, True)
    acc = digits(r, 8, True)
    z = zw(r)
    return [A("what's the sort code"),
            C((say_pairs(sc, z), "SORT_CODE")),
            A("sorry was that ", (say_digits(sc, r, z, False), "SORT_CODE")),
            C("yes and the account is ", (say_pairs(acc, z), "BANK_ACCOUNT"))], "call/banking: sort code in pairs, agent repeats digit by digit, account in pairs"


def p_card_interrupted(r):
    c = make_card(r, r.choice(["visa", "mc"]))
    z = zw(r)
    gs = card_groups(c)
    aside = r.choice(["hang on i need my glasses", "sorry the dog's barking", "one sec it's gone a bit blurry",
                      "hold on let me turn the telly down"])
    return [A("okay i'm ready for the card number"),
            C((say_digits(gs[0], r, z), "CARD_NUMBER"), " " + aside + " ",
              (say_digits(gs[1], r, z), "CARD_NUMBER")),
            A(r.choice(BACK)),
            C((say_digits(gs[2] + gs[3], r, z), "CARD_NUMBER"), " and that's the lot")], \
        "call/utilities: card reading interrupted by chit-chat inside one turn (two spans in the turn)"


def p_cvv_expiry_call(r):
    z = zw(r)
    m, y = r.randrange(1, 13), r.randrange(26, 32)
    cvv = digits(r, 3)
    exp = r.choice([f"{say_pair('%02d' % m, z)} slash {say_pair(str(y))}",
                    f"{MONTHS[m - 1]} twenty {say_pair(str(y))}",
                    f"{say_digits('%02d' % m, r, z, False)} {say_pair(str(y))}"])
    return [A("and when does the card expire"),
            C(r.choice(["end of ", "it runs out ", "um "]), (exp, "EXPIRY")),
            A("and the last three digits on the signature strip"),
            C(r.choice(["uh ", "it's ", ""]), (say_digits(cvv, r, z), "CVV"), r.choice(["", " i think", " yeah"]))], \
        "call/retail: expiry with 'slash' or month name and CVV with hedges"


def p_expiry_chat(r):
    m, y = r.randrange(1, 13), r.randrange(26, 32)
    exp = r.choice([f"{m:02d}/20{y}", f"{m:02d}{y}", f"{MONTH_ABBR[m - 1].capitalize()} 20{y}", f"{m:02d} / {y}"])
    cvv = digits(r, 3)
    return [A("And the expiry and the 3 digit code on the back?"),
            C(r.choice(["valid thru ", "exp: ", "expires end of "]), (exp, "EXPIRY"), r.choice([" & code ", ", security no. ", " cvv2 "]), (cvv, "CVV"))], \
        "chat/travel: expiry in long/compact/month forms with security code"


def p_ni_utr(r):
    ni = make_ni(r)
    z = zw(r)
    utr = digits(r, 10, True)
    return [A("have you got your unique taxpayer reference"),
            C("yeah it's " + say_digits(utr, r, z)),
            A("thanks and to confirm it's you your national insurance number"),
            C((" ".join(spoken_letter(ch, r, 0.4) for ch in ni[:2]) + " " + say_group(ni[2:6], r, z) + " " + say_digits(ni[6:8], r, z, False) + " " + spoken_letter(ni[8], r, 0.4), "NI_NUMBER"))], \
        "call/HMRC helpline: unlabelled 10-digit UTR then NI number"


def p_email_chat_obfuscated(r):
    local, dom, num = email_value(r)
    d1, d2 = dom.split(".", 1)
    e = r.choice([f"{local} at {d1}.{d2}", f"{local}(at){dom}", f"{local.upper()}@{dom.upper()}", f"{local} @ {dom}"])
    return [A("What email should the invoice go to?"),
            C(r.choice(["its ", "send it to ", ""]), (e, "EMAIL"))], "chat/healthcare billing: email typed with 'at', '(at)', capitals or spaced @"


def p_postcode_readback(r):
    out, inw = make_uk_pc(r)
    z = zw(r)
    cust = pc_spoken(out, inw, r, z, 0.0)
    agent = " ".join(NATO[ch.lower()] if ch.isalpha() else say_digits(ch, r, z, False) for ch in out + inw)
    num = r.randrange(2, 90)
    return [A("and the postcode of the property"),
            C((cust, "POSTCODE")),
            A("so that's ", (agent, "POSTCODE"), " and is it number " + (say_pair(str(num)) if num >= 10 else ONES[num])),
            C("yeah number " + (say_pair(str(num)) if num >= 10 else ONES[num]) + " that's right")], \
        "call/insurance: postcode spoken then read back by agent in the phonetic alphabet"


def p_account_correction(r):
    acc = digits(r, 8, True)
    sc = digits(r, 6, True)
    z = zw(r)
    wrong = acc[:5] + str((int(acc[5]) + 4) % 10)
    return [A("what's the account number for the refund"),
            C(say_digits(wrong, r, z, False) + " no sorry that's my old one"),
            A("no worries"),
            C("it's ", (say_digits(acc, r, z), "BANK_ACCOUNT"), " and the sort code's the same ", (say_pairs(sc, z), "SORT_CODE"))], \
        "call/insurance refund: abandoned old account fragment (unlabelled) then account and sort code"


def p_ie_phone_bank(r):
    ib = make_iban(r, "IE")
    n = "08" + r.choice("35679") + digits(r, 7, True)
    z = zw(r)
    return [C("Hi, please refund to IE account: ", (iban_grouped(ib), "IBAN"), f" (BIC {ib[4:8]}IE2D). Text me on ", (n[:3] + " " + n[3:], "PHONE"), " when done"),
            A(f"Thanks, the refund of €{r.randrange(20, 300)}.{r.randrange(10, 99)} will be sent within 5 working days.")], \
        "chat/utilities IE: IBAN, unlabelled BIC and mobile in one message, amount in reply"


def p_dob_chat_typo(r):
    d, m, y = r.randrange(1, 29), r.randrange(1, 13), r.randrange(1945, 2004)
    f = r.choice([f"{d} {MONTH_ABBR[m - 1] if m != 9 else 'sep'} {str(y)[2:]}", f"{d}.{m}.{y}", f"{MONTHS[m - 1]} {d} {y}", f"{d:02d}{m:02d}{y}"])
    return [A("Could you confirm the patient's date of birth?"),
            C(r.choice(["its ", "dob ", "born on ", "d.o.b "]), (f, "DOB"), r.choice(["", " - appt was 12/11 at 3pm", " ta"]))], \
        "chat/healthcare billing: DOB in terse typed forms beside an unlabelled appointment"


def p_ni_dob_chat(r):
    ni = make_ni(r)
    d, m, y = r.randrange(1, 29), r.randrange(1, 13), r.randrange(1950, 2005)
    return [A("To link your pension pot I need your NI number and date of birth."),
            C(r.choice(["ni ", "NINO ", "Nat ins "]), (ni_chat_form(ni, r), "NI_NUMBER"), r.choice([", dob ", " / born ", " and dob is "]),
              (r.choice([f"{d:02d}/{m:02d}/{y}", f"{d}-{m}-{y}", f"{d} {MONTHS[m - 1].capitalize()} {y}"]), "DOB"),
              f". Started at the firm in {r.randrange(2005, 2024)}")], \
        "chat/pensions: NI number and DOB in one message next to an unlabelled year"


def p_two_phones(r):
    z = zw(r)
    mob = "08" + r.choice("35679") + digits(r, 7, True)
    area, rest = r.choice([("01", 7), ("021", 7), ("091", 6), ("061", 6), ("051", 6)])
    land = area + digits(r, rest, True)
    return [A("have we got the right numbers for you"),
            C("the mobile is ", (say_digits(mob, r, z), "PHONE"), " or the house phone ", (say_digits(land, r, z), "PHONE"),
              " but nobody's in during the day"),
            A("perfect i'll update both of those")], "call/telecom IE: Irish mobile and landline in one turn"


def p_us_chat_bundle(r):
    s = make_ssn(r)
    n = str(r.randrange(201, 990)) + str(r.randrange(200, 999)) + digits(r, 4)
    num = r.randrange(100, 9999)
    return [A("Please confirm SSN, phone and mailing address for the claim."),
            C((ssn_chat_form(s, r), "SSN"), "\n", (f"{n[:3]}-{n[3:6]}-{n[6:]}", "PHONE"), "\n",
              (f"{num} {r.choice(US_STREETS)} {r.choice(US_SUFFIX)}", "ADDRESS"), f" Apt {r.randrange(1, 40)}, {r.choice(US_TOWNS)} ", (digits(r, 5, True), "POSTCODE"))], \
        "chat/US insurance: SSN, phone, address and ZIP on separate lines of one message (apartment unlabelled)"


POSITIVE = [
    (p_card_call_single, 8), (p_card_call_split, 7), (p_card_chat, 8), (p_card_pairs, 3),
    (p_card_readback, 3), (p_card_restart, 2), (p_card_with_amount, 3), (p_amex, 4),
    (p_homophone_card, 3), (p_card_and_phone_chat, 3),
    (p_ni_chat, 12), (p_ni_call, 12), (p_ni_dob, 5), (p_ni_correction, 3), (p_ni_two_in_turn, 3),
    (p_bank_call, 8), (p_bank_chat, 7), (p_bank_us, 3), (p_sort_pairs_repeat, 3),
    (p_iban_chat, 8), (p_iban_call, 5),
    (p_phone_chat, 7), (p_phone_call, 9),
    (p_email, 13),
    (p_address_uk_call, 8), (p_address_uk_chat, 6), (p_address_ie, 6), (p_address_us, 4),
    (p_dob, 9),
    (p_ssn_chat, 12), (p_ssn_call, 12), (p_ssn_dob, 4),
    (p_mixed_ref, 4), (p_mixed_chat_utility, 4),
    (p_card_interrupted, 4), (p_cvv_expiry_call, 5), (p_expiry_chat, 4), (p_ni_utr, 5),
    (p_email_chat_obfuscated, 4), (p_postcode_readback, 4), (p_account_correction, 3),
    (p_ie_phone_bank, 4), (p_dob_chat_typo, 4),
    (p_ni_dob_chat, 5), (p_two_phones, 4), (p_us_chat_bundle, 4),
]

# ---------------------------------------------------------------------------
# NEGATIVE templates
# ---------------------------------------------------------------------------


def money_spoken(r, cur=None):
    p = r.randrange(2, 999)
    h, rest = divmod(p, 100)
    s = (ONES[h] + " hundred" + (" and " if rest else "")) if h else ""
    if rest:
        s += say_pair("%02d" % rest) if rest >= 10 else ONES[rest]
    return s.strip() + " " + (cur or r.choice(["pounds", "euro", "quid"]))


def n_amount_call(r):
    cur, sub = r.choice([("pounds", "pence"), ("euro", "cent"), ("quid", "p")])
    return [A("so your outstanding balance is " + money_spoken(r, cur) + " and " + say_pair(str(r.randrange(10, 99))) + " " + sub),
            C("right and if i pay " + money_spoken(r, cur) + " today when's the next one due"),
            A("the next payment of " + money_spoken(r, cur) + " is due on the " + say_day(r.randrange(1, 29), r) + " of " + r.choice(MONTHS))], \
        "call/utilities: balances, amounts and a payment due date"


def n_amount_chat(r):
    return [C(f"Why is my bill £{r.randrange(50, 400)}.{r.randrange(10, 99)} this month? It was £{r.randrange(30, 90)} last month"),
            A(f"Your tariff increased by {r.randrange(2, 15)}% on {r.randrange(1, 28)}/{r.randrange(1, 12)}/20{r.randrange(24, 27)} and usage went up {r.randrange(100, 900)} kWh."),
            C("ok thanks")], "chat/utilities: amounts, percentage, non-birth date, kWh"


def n_policy(r):
    z = zw(r)
    pol = r.choice(["PX", "HM", "MOT", "CAR", "HOM"]) + digits(r, r.randrange(6, 9), True)
    if r.random() < 0.5:
        return [A("Can I have your policy number please?"),
                C(f"policy no. {pol}"),
                A(f"Thanks, your renewal premium is £{r.randrange(200, 900)}.{r.randrange(10,99)} from {r.randrange(1,28)} {r.choice(MONTHS).capitalize()}.")], "chat/insurance: policy number with prefix, premium and renewal date"
    return [A("can i take the policy number"),
            C("yeah it's " + " ".join(spoken_letter(ch, r) for ch in pol if ch.isalpha()) + " " + say_digits("".join(ch for ch in pol if ch.isdigit()), r, z)),
            A("thank you that's the home insurance renewing on the " + say_day(r.randrange(1, 29), r) + " of " + r.choice(MONTHS))], "call/insurance: spoken policy number"


def n_customer_ref(r):
    z = zw(r)
    ref = digits(r, r.choice([7, 8, 9, 10]), True)
    w = r.choice(["customer number", "customer reference", "customer reference number", "membership number", "billing reference", "loyalty card number"])
    if r.random() < 0.5:
        return [A(f"could you give me your {w} it's on the top of the letter"),
                C(f"{w} is " + say_digits(ref, r, z)),
                A("lovely i've got that up")], f"call/telecom: spoken {w} ({len(ref)} digits)"
    return [A(f"What's your {w}?"), C(f"{w.capitalize()}: {ref}")], f"chat/retail: typed {w}"


def n_meter(r):
    z = zw(r)
    rd = digits(r, 5)
    if r.random() < 0.5:
        return [A("can i take a meter reading while you're on"),
                C("yeah the gas is " + say_digits(rd, r, z) + " and electric is " + say_digits(digits(r, 5), r, z)),
                A("brilliant thank you")], "call/utilities: spoken meter readings (5 digits)"
    return [C(f"meter reading {rd} (gas) and {digits(r, 5)} electric, serial on the meter is {r.choice('EFGKL')}{digits(r, 2)}{r.choice('ABCDE')}{digits(r, 5)}"),
            A("Thanks, submitted.")], "chat/utilities: typed meter readings and meter serial"


def n_booking(r):
    z = zw(r)
    ref = "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(6))
    fl = r.choice(["EI", "FR", "BA", "U2", "LS"]) + str(r.randrange(100, 9999))
    if r.random() < 0.5:
        return [C(f"booking reference {ref}, flight {fl} on {r.randrange(1,28)} {r.choice(MONTHS).capitalize()} departing {r.randrange(6,22)}:{r.choice(['05','15','30','45'])}"),
                A(f"Thanks, I can move you to the {r.randrange(6,22)}:00 for £{r.randrange(20,90)}.")], "chat/travel: booking reference, flight number, times, fare"
    return [A("what's the booking reference"),
            C(" ".join(spoken_letter(ch, r, 0.5) for ch in ref)),
            A("and that's flight " + " ".join(spoken_letter(ch, r) for ch in fl[:2]) + " " + say_digits(fl[2:], r, z) + " leaving at " + say_pair(str(r.randrange(10, 23))) + " " + say_pair(r.choice(["15", "30", "45"])))], "call/travel: spoken booking reference and flight number"


def n_order(r):
    z = zw(r)
    o = digits(r, r.choice([6, 7, 8, 9, 10]), True)
    w = r.choice(["order number", "order", "ticket number", "invoice number", "claim number", "case reference", "complaint reference"])
    if r.random() < 0.5:
        return [C(f"Hi my {w} is {o} and it still hasn't arrived, it's been {r.randrange(3, 15)} days"),
                A(f"Sorry about that. It shows {r.randrange(2, 5)} items dispatched on {r.randrange(1, 28)}/{r.randrange(1, 12)}.")], f"chat/retail: {w} typed with count and dispatch date"
    return [A(f"have you got the {w}"),
            C(f"yeah it's {say_digits(o, r, z)}"),
            A(f"thank you and that was for {say_pair(str(r.randrange(10, 99)))} {r.choice(['items', 'boxes', 'units'])}")], f"call/retail: spoken {w}"


def n_time_duration(r):
    return [C(f"i've been on hold for {say_pair(str(r.randrange(20, 59)))} minutes and this is my {ORD_WORDS[r.randrange(2, 6)]} call this week"),
            A("i'm really sorry about that the engineer can come on " + r.choice(["monday", "thursday", "friday"]) + " between " + ONES[r.randrange(7, 10)] + " and " + TEENS[r.randrange(0, 3)] + " or after " + ONES[r.randrange(1, 5)] + " thirty"),
            C("the " + say_day(r.randrange(1, 29), r) + " would be better")], "call/telecom: durations, ordinal counts, appointment times and date"


def n_speed(r):
    return [C(f"paying for {r.choice([100, 150, 500, 900])}Mbps but getting {r.randrange(3, 40)}.{r.randrange(1, 9)} down and {r.randrange(1, 9)} up, router model {r.choice(['HH6', 'VMB4000', 'SR102', 'DGA4134'])}"),
            A(f"Let's reboot it. Contract started {r.randrange(1, 28)}/{r.randrange(1, 12)}/20{r.randrange(20, 26)}, {r.randrange(2, 18)} months left.")], "chat/telecom: speeds, router model, contract start date"


def n_age_temp(r):
    return [C("my mum's " + say_pair(str(r.randrange(70, 99))) + " and the heating's been off since tuesday it's " + ONES[r.randrange(5, 10)] + " degrees in the house"),
            A("okay we'll treat that as a priority i can get someone out within " + say_pair(str(r.randrange(20, 48))) + " hours")], "call/utilities: age, temperature, hours"


def n_room(r):
    return [C(f"Room {r.randrange(100, 999)}, checking out on {r.choice(MONTHS).capitalize()} {r.randrange(1, 28)}th, we were charged ${r.randrange(150, 500)}.{r.randrange(10, 99)} twice"),
            A(f"Refund of ${r.randrange(150, 500)} will show in {r.randrange(3, 10)}-{r.randrange(10, 14)} business days.")], "chat/travel: hotel room number, stay date, amounts, durations"


def n_years(r):
    y1, y2 = r.randrange(1995, 2015), r.randrange(2016, 2026)
    return [A("how long have you been with us"),
            C("since " + say_year(y1) + " i think and i moved house in " + say_year(y2)),
            A("thank you for being with us " + say_pair(str(2026 - y1)) + " years")], "call/banking: years and a count of years"


def n_council(r):
    z = zw(r)
    ref = digits(r, 8, True)
    return [A("do you have your council tax reference"),
            C("it's " + say_digits(ref, r, z) + " and band " + r.choice("ABCDEF")),
            A("thank you so the annual charge is " + money_spoken(r) + " over " + TEENS[0] + " instalments")], "call/council tax: council tax reference, band and amount"


def n_hospital(r):
    z = zw(r)
    return [A("Your appointment is on " + f"{r.randrange(1, 28)}/{r.randrange(1, 12)}/2026 at {r.randrange(8, 17)}:{r.choice(['00', '20', '40'])} in clinic {r.randrange(1, 20)}."),
            C(f"Thanks. Is the invoice {r.choice(['INV', 'INV-'])}{digits(r, 7, True)} for ${r.randrange(40, 900)}.00 covered?"),
            A(f"Yes, {r.randrange(60, 90)}% is covered, leaving ${r.randrange(10, 90)}.")], "chat/healthcare billing: appointment date/time, invoice number, amounts, percentage"


def n_mprn(r):
    z = zw(r)
    ref = digits(r, 10, True)
    return [A("have you got the bill there the reference number is on the top right"),
            C("bill reference " + say_digits(ref, r, z)),
            A("thanks and the bill was for " + money_spoken(r) + " for " + say_pair(str(r.randrange(50, 62))) + " days")], "call/utilities IE: 10-digit bill reference, amount and day count"


def n_data_usage(r):
    return [C(f"i used {r.randrange(5, 80)}GB of my {r.choice([30, 50, 100])}GB and got charged €{r.randrange(5, 60)}.{r.randrange(10, 99)}, ticket #{digits(r, 7, True)}"),
            A(f"I've applied a €{r.randrange(5, 30)} credit, you'll see it on the bill dated {r.randrange(1, 28)} {r.choice(MONTHS).capitalize()}.")], "chat/telecom IE: data amounts, charge, ticket number, bill date"


def n_parcel(r):
    return [A("how many parcels were you expecting"),
            C(ONES[r.randrange(2, 6)] + " and only " + ONES[1] + " came the driver said he'd be back at " + ONES[r.randrange(2, 6)] + " pm"),
            A("i can see " + ONES[r.randrange(2, 6)] + " parcels on the order weighing " + say_pair(str(r.randrange(10, 40))) + " kilos")], "call/retail: parcel counts, times, weight"


def n_vehicle_claim(r):
    z = zw(r)
    c = digits(r, 9, True)
    return [A("can i take the claim reference"),
            C("yeah claim reference " + say_group(c[:5], r, z) + " " + say_digits(c[5:], r, z)),
            A("thanks the excess on that is " + money_spoken(r) + " and the car's valued at " + say_pair(str(r.randrange(10, 30))) + " thousand")], "call/insurance: 9-digit claim reference, excess, valuation"


def n_loan(r):
    yrs = r.randrange(2, 7)
    return [C(f"what's the APR on a £{r.randrange(3, 25)},000 loan over {yrs} years?"),
            A(f"It's {r.randrange(5, 19)}.{r.randrange(1, 9)}% APR representative, £{r.randrange(100, 600)}.{r.randrange(10, 99)} a month for {yrs * 12} months, total £{r.randrange(5, 30)},{r.randrange(100, 999)}.")], "chat/banking: loan amounts, APR, terms"


def n_account_balance(r):
    cur = r.choice(["pounds", "euro"])
    return [A("your current balance is one thousand " + money_spoken(r, cur) + " and your available balance is " + money_spoken(r, cur)),
            C("and when does my salary go in"),
            A("it usually arrives on the " + say_day(r.randrange(20, 29), r) + " of the month")], "call/banking: balances and pay-day date"


def n_gov(r):
    z = zw(r)
    ref = digits(r, 10, True)
    return [A("do you have the reference from the letter"),
            C("the unique taxpayer reference is " + say_digits(ref, r, z)),
            A("thanks the payment on account of " + money_spoken(r) + " is due on the thirty first of january")], "call/HMRC: unique taxpayer reference (10 digits), amount, deadline date"


def n_dates_not_dob(r):
    return [C(f"I started my contract on {r.randrange(1, 28)}/{r.randrange(1, 12)}/{r.randrange(2019, 2026)} and moved in on {r.randrange(1, 28)} {r.choice(MONTHS).capitalize()} {r.randrange(2019, 2026)}"),
            A(f"Thanks, your 24-month contract ends {r.choice(MONTHS).capitalize()} {r.randrange(2026, 2028)}.")], "chat/telecom: contract and move-in dates (not birth dates)"


def n_product(r):
    return [C(f"the washing machine model {r.choice(['WW90T534DAW', 'WAN28282GB', 'F4V509WSE'])} is showing error {r.choice(['E21', '4C', 'F05'])}, bought for £{r.randrange(300, 800)} in {r.randrange(2020, 2026)}"),
            A(f"It's covered for {r.randrange(2, 5)} years. An engineer visit is {r.randrange(1, 5)}-{r.randrange(5, 9)}pm on the {r.randrange(1, 28)}th.")], "chat/retail: appliance model, error code, price, warranty, slot"


def n_spoken_misc(r):
    z = zw(r)
    return [A("and how many people are travelling"),
            C(ONES[r.randrange(2, 6)] + " adults and " + ONES[r.randrange(1, 4)] + " kids the youngest is " + ONES[r.randrange(2, 9)]),
            A("okay that comes to " + money_spoken(r) + " for " + ONES[r.randrange(3, 9)] + " nights in room " + ONES[r.randrange(1, 5)] + " " + say_pair(str(r.randrange(10, 99))))], "call/travel: counts, ages, price, nights, room number"


def n_tariff(r):
    return [C("what's the unit rate on the fixed deal"),
            A(f"It's {r.randrange(20, 30)}.{r.randrange(10, 99)}p per kWh with a standing charge of {r.randrange(40, 60)}.{r.randrange(10, 99)}p a day, fixed for {r.choice([12, 18, 24])} months from {r.randrange(1, 28)} {r.choice(MONTHS).capitalize()}."),
            C(f"and my old one was {r.randrange(25, 35)}p? so about £{r.randrange(8, 30)} a month cheaper")], "chat/utilities: unit rates, standing charge, term, start date, savings"


def n_pcn(r):
    z = zw(r)
    pcn = r.choice(["LB", "WM", "MC", "BC"]) + digits(r, 8, True)
    return [A("have you got the penalty charge notice number"),
            C("yeah it's " + " ".join(pcn[:2].lower()) + " " + say_digits(pcn[2:], r, z)),
            A("thanks that's " + money_spoken(r, "pounds") + " reduced to half if paid within " + TEENS[4] + " days")], "call/government services: parking PCN reference, amount, days"


def n_train(r):
    h, m = r.randrange(6, 22), r.choice(["05", "12", "27", "42", "58"])
    return [C(f"the {h}:{m} from {r.choice(UK_TOWNS)} was cancelled, ticket ref {''.join(r.choice('ABCDEFGHJKLMNPQRSTUVWXYZ') for _ in range(3))}{digits(r, 5, True)}, coach {r.choice('ABCDEF')} seat {r.randrange(1, 80)}"),
            A(f"Sorry! You can claim {r.choice([25, 50, 100])}% back for a delay over {r.choice([30, 60, 120])} minutes; the fare was £{r.randrange(20, 180)}.{r.randrange(10, 99)}.")], "chat/travel: train time, ticket reference, coach and seat, delay-repay percentage"


def n_case_spoken_pairs(r):
    z = zw(r)
    ref = digits(r, 8, True)
    if ref[1] == "0" or ref[3] == "0" or ref[5] == "0":
        ref = ref.replace("0", "7")
    return [A("do you have a case reference from last time"),
            C("the case number is " + say_pairs(ref, z)),
            A("perfect that was opened on the " + say_day(r.randrange(1, 29), r) + " of " + r.choice(MONTHS) + " for the broadband outage")], "call/telecom: 8-digit case number read in pairs, non-birth date"


def n_ie_mprn(r):
    z = zw(r)
    return [A("can i get the gprn or the meter reading"),
            C("the reading is " + say_digits(digits(r, 5), r, z) + " and we've " + ONES[r.randrange(2, 7)] + " people in the house"),
            A("grand that's " + money_spoken(r, "euro") + " estimated for the " + say_pair(str(r.randrange(55, 65))) + " day bill")], "call/utilities IE: meter reading, household count, estimated bill"


NEGATIVE = [
    (n_amount_call, 5), (n_amount_chat, 5), (n_policy, 7), (n_customer_ref, 7), (n_meter, 6),
    (n_booking, 6), (n_order, 6), (n_time_duration, 4), (n_speed, 3), (n_age_temp, 3),
    (n_room, 3), (n_years, 3), (n_council, 4), (n_hospital, 4), (n_mprn, 4),
    (n_data_usage, 3), (n_parcel, 3), (n_vehicle_claim, 4), (n_loan, 3), (n_account_balance, 4),
    (n_gov, 4), (n_dates_not_dob, 4), (n_product, 3), (n_spoken_misc, 3),
    (n_tariff, 4), (n_pcn, 4), (n_train, 4), (n_case_spoken_pairs, 4), (n_ie_mprn, 3),
]


def generate():
    rows = []
    pos = [f for f, k in POSITIVE for _ in range(k)]
    neg = [f for f, k in NEGATIVE for _ in range(k)]
    for i, f in enumerate(pos, 1):
        turns, note = f(R)
        t, sp = build(turns)
        rows.append({"id": f"{PREFIX}-pos-{i:03d}", "kind": "positive", "turns": t, "spans": sp, "note": note})
    for i, f in enumerate(neg, 1):
        turns, note = f(R)
        t, sp = build(turns)
        assert not sp
        rows.append({"id": f"{PREFIX}-neg-{i:03d}", "kind": "negative", "turns": t, "spans": [], "note": note})
    return rows


# ---------------------------------------------------------------------------
# validation
# ---------------------------------------------------------------------------
NUMW = {w: str(i) for i, w in enumerate(ONES)}
NUMW.update({"oh": "0", "o": "0", "nought": "0", "nil": "0", "to": "2", "too": "2"})
NATO_REV = {w: k.upper() for k, ws in FOR_WORDS.items() for w in ws}
NATO_REV.update({w: k.upper() for k, w in NATO.items()})


def normalise(text, letters=False, dates=False):
    """Return (normalised string, error token or None)."""
    found = list(re.finditer(r"[A-Za-z]+|\d+", text))
    toks = [mt.group() for mt in found]
    # a filler word must stand alone ("er" in "er461978d" is an NI prefix)
    glued = [mt.end() < len(text) and text[mt.end()].isalnum() or
             (mt.start() > 0 and text[mt.start() - 1].isalnum()) for mt in found]
    out = []
    i = 0
    n = len(toks)

    def nxt(k=1):
        return toks[i + k].lower() if i + k < n else None

    while i < n:
        t = toks[i]
        tl = t.lower()
        if t.isdigit():
            out.append(t)
        elif letters and len(t) == 1 and nxt() in ("for",) and nxt(2) in NATO_REV:
            out.append(t.upper())
            i += 2
        elif tl in ("double", "triple"):
            k = 2 if tl == "double" else 3
            w = nxt()
            if w not in NUMW:
                return None, t
            out.append(NUMW[w] * k)
            i += 1
        elif tl in TEENS:
            out.append(str(10 + TEENS.index(tl)))
        elif tl in TENS[2:]:
            v = TENS.index(tl)
            w = nxt()
            if w in ONES[1:]:
                out.append(f"{v}{ONES.index(w)}")
                i += 1
            elif dates and w in ORD and ORD[w] < 10:
                out.append(f"{v}{ORD[w]}")
                i += 1
            else:
                out.append(f"{v}0")
        elif tl in NUMW and nxt() == "hundred":
            base = int(NUMW[tl]) * 100
            i += 1
            out.append(str(base))
        elif tl in NUMW and nxt() == "thousand":
            base = int(NUMW[tl]) * 1000
            i += 2
            if i < n and toks[i].lower() == "and":
                i += 1
            if i < n and toks[i].lower() in ONES[1:]:
                base += ONES.index(toks[i].lower())
                i += 1
            out.append(str(base))
            continue
        elif tl == "for":
            out.append("4")
        elif tl in NUMW and not (letters and tl == "a"):
            out.append(NUMW[tl])
        elif dates and tl in ORD:
            out.append(str(ORD[tl]))
        elif dates and tl in MONTHS:
            out.append("%02d" % (MONTHS.index(tl) + 1))
        elif dates and tl in MONTH_ABBR:
            out.append("%02d" % ([m[:3] for m in MONTHS].index(tl[:3]) + 1))
        elif tl in FILLERS and not (letters and glued[i]):
            pass
        elif letters and tl in HOMO_REV:
            out.append(HOMO_REV[tl])
        elif letters and tl in NATO_REV and len(tl) > 3:
            out.append(NATO_REV[tl])
        elif letters and len(t) <= 4 and t.isalpha():
            out.append(t.upper())
        else:
            return None, t
        i += 1
    return "".join(out), None


def norm_email(text):
    toks = re.findall(r"[A-Za-z]+|\d+|[@._+-]", text)
    out = []
    i = 0
    while i < len(toks):
        t = toks[i].lower()
        if t == "at":
            out.append("@")
        elif t == "dot":
            out.append(".")
        elif t == "underscore":
            out.append("_")
        elif t == "dash":
            out.append("-")
        elif t in TEENS or t in TENS[2:] or t in ONES or t == "oh":
            # collect a run of number words
            j = i
            while j < len(toks) and (toks[j].lower() in TEENS or toks[j].lower() in TENS[2:] or toks[j].lower() in ONES or toks[j].lower() in ("oh", "double")):
                j += 1
            s, err = normalise(" ".join(toks[i:j]))
            if err:
                return None
            out.append(s)
            i = j
            continue
        else:
            out.append(t)
        i += 1
    return "".join(out)


NI_RE = re.compile(r"^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$")
UKPC_RE = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[ABD-HJLNP-UW-Z]{2}$")
EIR_RE = re.compile(r"^[AC-FHKNPRTV-Y]\d[\dW][AC-FHKNPRTV-Y\d]{4}$")
EMAIL_RE = re.compile(r"^[a-z0-9._+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$")
IBAN_LEN = {"IE": 22, "GB": 22, "DE": 22, "FR": 27, "NL": 18, "ES": 24}
STREET_WORDS = {s.lower() for s in SUFFIX + US_SUFFIX}


def valid(typ, s):
    if typ == "CARD_NUMBER":
        return s.isdigit() and 13 <= len(s) <= 19 and luhn_ok(s)
    if typ == "CVV":
        return s.isdigit() and len(s) in (3, 4)
    if typ == "EXPIRY":
        if not s.isdigit() or len(s) not in (3, 4, 6):
            return False
        mm = int(s[0]) if len(s) == 3 else int(s[:2])
        return 1 <= mm <= 12
    if typ == "SSN":
        return s.isdigit() and len(s) == 9 and s[:3] not in ("000", "666") and s[0] != "9" and s[3:5] != "00" and s[5:] != "0000"
    if typ == "NI_NUMBER":
        return bool(NI_RE.match(s)) and s[:2] not in NI_BAD
    if typ == "BANK_ACCOUNT":
        return s.isdigit() and 6 <= len(s) <= 12
    if typ == "SORT_CODE":
        return s.isdigit() and len(s) == 6
    if typ == "IBAN":
        if len(s) < 15 or s[:2] not in IBAN_LEN or len(s) != IBAN_LEN[s[:2]] or not s.isalnum():
            return False
        rs = s[4:] + s[:4]
        return int("".join(str(int(ch, 36)) for ch in rs)) % 97 == 1
    if typ == "PHONE":
        return s.isdigit() and 9 <= len(s) <= 14
    if typ == "DOB":
        return s.isdigit() and 4 <= len(s) <= 8
    if typ == "POSTCODE":
        return bool(UKPC_RE.match(s) or EIR_RE.match(s) or re.match(r"^\d{5}(\d{4})?$", s))
    return False


ACCUM = {"CARD_NUMBER", "NI_NUMBER", "SSN", "BANK_ACCOUNT", "SORT_CODE", "IBAN", "PHONE", "POSTCODE"}


def check_rows(rows):
    problems = []
    ids = set()
    counts = Counter()
    values = Counter()
    for row in rows:
        rid = row["id"]
        if rid in ids:
            problems.append(f"{rid}: duplicate id")
        ids.add(rid)
        if row["kind"] not in ("positive", "negative"):
            problems.append(f"{rid}: bad kind")
        if not re.match(rf"^{PREFIX}-(pos|neg)-\d{{3}}$", rid) or (rid.split("-")[1] == "pos") != (row["kind"] == "positive"):
            problems.append(f"{rid}: bad id/kind")
        if row["kind"] == "negative" and row["spans"]:
            problems.append(f"{rid}: negative with spans")
        if row["kind"] == "positive" and not row["spans"]:
            problems.append(f"{rid}: positive without spans")
        for t in row["turns"]:
            if t["speaker"] not in ("agent", "customer") or not t["text"]:
                problems.append(f"{rid}: bad turn")
        seen = {}
        acc = {}
        last = {}
        for sp in row["spans"]:
            ti, s, e, typ = sp["turn"], sp["start"], sp["end"], sp["type"]
            if typ not in TYPES:
                problems.append(f"{rid}: bad type {typ}")
                continue
            if not (0 <= ti < len(row["turns"])):
                problems.append(f"{rid}: turn out of range")
                continue
            text = row["turns"][ti]["text"]
            if not (0 <= s < e <= len(text)):
                problems.append(f"{rid}: offsets out of range")
                continue
            if (s > 0 and text[s - 1].isalnum()) or (e < len(text) and text[e].isalnum()):
                problems.append(f"{rid}: span not on word boundary {text[s:e]!r}")
            if not (text[s].isalnum() or text[s] in "+(") or not text[e - 1].isalnum():
                problems.append(f"{rid}: span edge not alnum {text[s:e]!r}")
            for (a, b) in seen.get(ti, []):
                if s < b and a < e:
                    problems.append(f"{rid}: overlapping spans")
            seen.setdefault(ti, []).append((s, e))
            counts[typ] += 1
            val = text[s:e]
            if typ == "EMAIL":
                v = norm_email(val)
                if not v or not EMAIL_RE.match(v):
                    problems.append(f"{rid}: bad EMAIL {val!r} -> {v!r}")
                else:
                    values[typ] += 1
                continue
            if typ == "ADDRESS":
                toks = [x.lower() for x in re.findall(r"[A-Za-z]+|\d+", val)]
                if not any(x.isdigit() or x in NUMW or x in TEENS or x in TENS for x in toks) or not any(x in STREET_WORDS for x in toks):
                    problems.append(f"{rid}: bad ADDRESS {val!r}")
                else:
                    values[typ] += 1
                continue
            v, err = normalise(val, letters=typ in ("NI_NUMBER", "IBAN", "POSTCODE"),
                               dates=typ in ("DOB", "EXPIRY"))
            if err:
                problems.append(f"{rid}: {typ} unparsable token {err!r} in {val!r}")
                continue
            if typ in ACCUM:
                cur = acc.get(typ, "") + v
                if valid(typ, cur):
                    values[typ] += 1
                    acc[typ] = ""
                else:
                    acc[typ] = cur
            else:
                if valid(typ, v):
                    values[typ] += 1
                else:
                    problems.append(f"{rid}: invalid {typ} {val!r} -> {v!r}")
        for typ, rest in acc.items():
            if rest:
                problems.append(f"{rid}: incomplete/invalid {typ} value {rest!r}")
    return problems, counts, values


def render(rows):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def readme(rows, counts, values):
    npos = sum(r["kind"] == "positive" for r in rows)
    nneg = len(rows) - npos
    lines = [
        "# pii_holdout102 — held-out PII redaction evaluation set",
        "",
        "**Never use this set for tuning.** It exists only to measure the redactor on data it was not developed against.",
        "",
        "## Provenance",
        "",
        "Written by an AI helper acting as an independent author. The author did not see the redaction code, its tests,",
        "its documentation, the benchmark script or any other PII fixture (only a 3-line format example). Cases are",
        "generated by `scripts/make_pii_holdout102.py` from template functions; every turn is assembled from plain-text",
        f"segments and (value, TYPE) segments so span offsets are computed, never typed. All values come from one",
        f"`random.Random({SEED})`; output is byte-for-byte reproducible. `--check` regenerates and verifies the file:",
        "ids unique, offsets in range and on word boundaries, no overlaps, and each value valid after normalising",
        "spoken forms (Luhn for cards, mod-97 for IBANs, NI prefix/suffix rules, 9-digit SSNs, 6-digit sort codes,",
        "digit counts for CVV/phone/account, UK postcode / Eircode / ZIP shapes; split values are re-joined first).",
        "",
        "Emphasis: UK and Irish contact centres (NI numbers typed and spoken in many ways, sort codes and account",
        "numbers, UK/IE phone forms, UK postcodes and Irish Eircodes, UK street addresses, card payments by phone),",
        "plus US SSNs/ZIPs and EU IBANs, and tricky UK/IE non-PII numbers (policy, customer, meter, booking, claim,",
        "bill and taxpayer references said with their names).",
        "",
        "## Annotation conventions",
        "",
        "- A span covers the value only, from its first to its last character: leading words such as \"it's\",",
        "  \"card number\", \"sort code\", \"NI:\" are outside. Filler words that occur *inside* a reading (\"um\",",
        "  \"double\", \"triple\", \"for\" in \"b for bravo\") are inside the span.",
        "- A value split over several customer turns is labelled as one span per turn (each piece has the full type).",
        "- An agent reading a full value back is labelled too. Partial confirmations (\"account ending four five six\")",
        "  and abandoned fragments before a self-correction are left unlabelled (the case is positive, so redacting",
        "  them does no harm).",
        "- ADDRESS = house/flat number plus street name and street type; town/city is outside the span, the postcode,",
        "  Eircode or ZIP is its own POSTCODE span.",
        "- Eircodes (Irish postcodes) are labelled POSTCODE.",
        "- EXPIRY, CVV and DOB are only labelled where context makes them card expiry / security code / birth date.",
        "- Spoken forms follow an ASR style: lower case, numbers as words, 'oh'/'o'/'nought'/'zero' for 0, pairs",
        "  ('forty one eleven'), homophones ('to' for two, 'for' for four, 'see' for C, 'jay' for J).",
        "- Negatives contain no PII at all; they are full of lookalike numbers: amounts, balances, times, durations,",
        "  counts, years, percentages, non-birth dates, policy/customer/order/ticket/claim/invoice/bill references",
        "  (at most 10 digits, said with their reference word), flight and room numbers, model numbers, meter",
        "  readings, speeds, ages, temperatures.",
        "",
        "## Counts",
        "",
        f"- cases: {len(rows)} ({npos} positive, {nneg} negative)",
        f"- spans: {sum(counts.values())}",
        "",
        "| type | spans | complete values |",
        "|---|---|---|",
    ]
    for t in TYPES:
        lines.append(f"| {t} | {counts[t]} | {values[t]} |")
    lines += ["", "(\"complete values\": a value split over turns has several spans but counts once.)", ""]
    return "\n".join(lines)


def main():
    rows = generate()
    problems, counts, values = check_rows(rows)
    text = render(rows)
    rd = readme(rows, counts, values)
    npos = sum(r["kind"] == "positive" for r in rows)
    nneg = len(rows) - npos
    if npos < 170:
        problems.append(f"only {npos} positives")
    if nneg < 100:
        problems.append(f"only {nneg} negatives")
    for t in TYPES:
        need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
        if counts[t] < need:
            problems.append(f"type {t}: {counts[t]} spans < {need}")
    if "--check" in sys.argv:
        if not CASES.exists() or CASES.read_text(encoding="utf-8") != text:
            problems.append("cases.jsonl differs from regenerated output")
        else:
            # also validate the file as stored
            stored = [json.loads(l) for l in CASES.read_text(encoding="utf-8").splitlines()]
            p2, _, _ = check_rows(stored)
            problems += p2
        if not README.exists() or README.read_text(encoding="utf-8") != rd:
            problems.append("README.md differs from regenerated output")
    else:
        OUT_DIR.mkdir(parents=True, exist_ok=True)
        CASES.write_text(text, encoding="utf-8")
        README.write_text(rd, encoding="utf-8")
    print(f"cases={len(rows)} positives={npos} negatives={nneg} spans={sum(counts.values())}")
    for t in TYPES:
        print(f"  {t:13s} spans={counts[t]:4d} values={values[t]:4d}")
    if problems:
        print(f"{len(problems)} PROBLEM(S):")
        for p in problems[:200]:
            print("  " + p)
        sys.exit(1)
    print("OK" + (" (check passed)" if "--check" in sys.argv else " (written)"))


if __name__ == "__main__":
    main()

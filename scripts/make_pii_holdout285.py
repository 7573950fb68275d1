#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set ``pii_holdout285``.

Written by an AI helper acting as an independent test author; it never looked at
the redaction code.  Standard library only.  Output is byte-for-byte
reproducible from the seed below.

    python scripts/make_pii_holdout285.py           # write cases.jsonl + README.md
    python scripts/make_pii_holdout285.py --check   # regenerate, compare, validate
"""
from __future__ import annotations

import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

SEED = 285241124
PREFIX = "h285"
ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "tests" / "fixtures" / "pii_holdout285"
CASES = OUT_DIR / "cases.jsonl"
README = OUT_DIR / "README.md"

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE",
         "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

rng = random.Random(SEED)

# ---------------------------------------------------------------------------
# spoken-form helpers
# ---------------------------------------------------------------------------
ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
       "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
       "seventeenth", "eighteenth", "nineteenth", "twentieth"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "f": "foxtrot",
        "g": "golf", "h": "hotel", "j": "juliet", "k": "kilo", "l": "lima", "m": "mike",
        "n": "november", "p": "papa", "r": "romeo", "s": "sierra", "t": "tango", "w": "whiskey",
        "x": "x-ray", "y": "yankee", "z": "zulu"}
FOLK = {"a": "apple", "b": "bertie", "c": "cat", "d": "dog", "e": "edward", "h": "harry",
        "j": "james", "k": "king", "l": "london", "m": "mother", "n": "nelly", "p": "peter",
        "r": "robert", "s": "sugar", "t": "tommy", "w": "william", "y": "yellow", "z": "zebra"}
HOMO = {"b": "bee", "c": "see", "j": "jay", "k": "kay", "r": "are", "t": "tee", "y": "why",
        "p": "pee", "x": "ex"}


def say_digit(d, zero):
    return zero if d == "0" else ONES[int(d)]


def say_digits(s, zero="oh", doubles=True, groups=None, sep=" "):
    """Digit-by-digit reading with optional double/triple and grouping."""
    chunks = []
    if groups:
        i = 0
        for g in groups:
            chunks.append(s[i:i + g])
            i += g
        if i < len(s):
            chunks.append(s[i:])
    else:
        chunks = [s]
    out = []
    for ch in chunks:
        words, i = [], 0
        while i < len(ch):
            d = ch[i]
            run = 1
            while i + run < len(ch) and ch[i + run] == d:
                run += 1
            if doubles and run >= 3 and run <= 3:
                words.append("triple " + say_digit(d, zero))
                i += 3
            elif doubles and run >= 2:
                words.append("double " + say_digit(d, zero))
                i += 2
            else:
                words.append(say_digit(d, zero))
                i += 1
        out.append(" ".join(words))
    return sep.join(out)


def say_pair(p, zero="oh"):
    n = int(p)
    if p[0] == "0":
        return f"{zero} {ONES[int(p[1])]}" if p[1] != "0" else f"double {zero}"
    if n < 10:
        return ONES[n]
    if n < 20:
        return TEENS[n - 10]
    t, o = divmod(n, 10)
    return TENS[t] if o == 0 else f"{TENS[t]} {ONES[o]}"


def say_pairs(s, zero="oh"):
    return " ".join(say_pair(s[i:i + 2], zero) for i in range(0, len(s), 2))


def say_num(n):
    if n < 10:
        return ONES[n]
    if n < 20:
        return TEENS[n - 10]
    if n < 100:
        t, o = divmod(n, 10)
        return TENS[t] if o == 0 else f"{TENS[t]} {ONES[o]}"
    if n >= 1000:
        th, r = divmod(n, 1000)
        tail = "" if r == 0 else (f" and {say_num(r)}" if r < 100 else f" {say_num(r)}")
        return f"{say_num(th)} thousand{tail}"
    h, r = divmod(n, 100)
    return f"{ONES[h]} hundred" + ("" if r == 0 else f" and {say_num(r)}")


def say_year(y):
    if 2000 <= y < 2010:
        return "two thousand" + ("" if y == 2000 else f" and {ONES[y - 2000]}")
    hi, lo = divmod(y, 100)
    if lo == 0:
        return f"{say_num(hi)} hundred"
    if lo < 10:
        return f"{say_num(hi)} oh {ONES[lo]}"
    return f"{say_num(hi)} {say_num(lo)}"


def say_ord(n):
    if n <= 20:
        return ORD[n]
    t, o = divmod(n, 10)
    if o == 0:
        return "thirtieth"
    return f"{TENS[t]} {ORD[o]}"


def say_letter(c, style):
    c = c.lower()
    if style == "nato" and c in NATO:
        return f"{c} for {NATO[c]}"
    if style == "asin" and c in NATO:
        return f"{c} as in {NATO[c]}"
    if style == "folk" and c in FOLK:
        return f"{c} for {FOLK[c]}"
    if style == "homo" and c in HOMO:
        return HOMO[c]
    return c


def ordinal_suffix(n):
    if 11 <= n % 100 <= 13:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def ordn(n):
    return f"{n}{ordinal_suffix(n)}"


# ---------------------------------------------------------------------------
# value generators
# ---------------------------------------------------------------------------
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


def luhn_complete(prefix, length):
    body = prefix + "".join(str(rng.randrange(10)) for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def gen_card(kind=None):
    kind = kind or rng.choice(["visa", "visa", "mc", "mc", "amex", "visa", "maestro"])
    if kind == "visa":
        return luhn_complete("4" + rng.choice(["65", "54", "92", "00", "17", "75"]), 16), kind
    if kind == "mc":
        return luhn_complete(rng.choice(["51", "52", "53", "54", "55", "2221", "2720"]), 16), kind
    if kind == "amex":
        return luhn_complete(rng.choice(["34", "37"]), 15), kind
    if kind == "visa13":
        return luhn_complete("4", 13), kind
    return luhn_complete(rng.choice(["6759", "675940", "6767"]), rng.choice([18, 19])), "maestro"


def card_groups(d):
    n = len(d)
    if n == 15:
        return [4, 6, 5]
    if n == 13:
        return [4, 4, 5]
    if n == 18:
        return [4, 4, 4, 4, 2]
    if n == 19:
        return [4, 4, 4, 4, 3]
    return [4, 4, 4, 4]


def split_by(d, groups):
    out, i = [], 0
    for g in groups:
        out.append(d[i:i + g])
        i += g
    if i < len(d):
        out.append(d[i:])
    return out


NI_FIRST = "ABCEGHJKLMNOPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"
NI_BAD = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}


def gen_ni():
    while True:
        p = rng.choice(NI_FIRST) + rng.choice(NI_SECOND)
        if p not in NI_BAD and "O" not in p:
            break
    return p + "".join(str(rng.randrange(10)) for _ in range(6)) + rng.choice("ABCD")


def gen_ssn():
    while True:
        a = rng.randrange(1, 900)
        if a != 666:
            break
    return f"{a:03d}{rng.randrange(1, 100):02d}{rng.randrange(1, 10000):04d}"


def rdig(n, first=None):
    s = "".join(str(rng.randrange(10)) for _ in range(n))
    if first is not None:
        s = first + s[1:]
    return s


def gen_sort(ie=False):
    if ie:
        return rng.choice(["93", "90", "98", "99"]) + rdig(4)
    return rng.choice(["20", "30", "40", "60", "07", "11", "77", "83", "09", "23", "16"]) + rdig(4)


def gen_acct():
    return str(rng.randrange(1, 10)) + rdig(7)


def mod97(s):
    num = "".join(str(int(c, 36)) for c in s)
    return int(num) % 97


def make_iban(cc, bban):
    chk = 98 - mod97(bban + cc + "00")
    return f"{cc}{chk:02d}{bban}"


def gen_iban(cc=None):
    cc = cc or rng.choice(["GB", "GB", "IE", "IE", "DE", "FR", "NL", "ES"])
    if cc == "GB":
        bban = rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + gen_sort() + gen_acct()
    elif cc == "IE":
        bban = rng.choice(["AIBK", "BOFI", "IPBS", "ULSB"]) + gen_sort(True) + gen_acct()
    elif cc == "DE":
        bban = rdig(18, "3")
    elif cc == "FR":
        bban = rdig(23, "2")
    elif cc == "NL":
        bban = rng.choice(["ABNA", "INGB", "RABO"]) + rdig(10, "4")
    else:
        bban = rdig(20, "2")
    return make_iban(cc, bban)


def group4(s, sep=" "):
    return sep.join(s[i:i + 4] for i in range(0, len(s), 4))


def gen_phone(kind):
    if kind == "uk_mob":
        return "07" + rng.choice(["7", "8", "9", "4", "5"]) + rdig(8), [5, 6]
    if kind == "uk_lon":
        return "020" + rng.choice(["7", "8", "3"]) + rdig(7), [3, 4, 4]
    if kind == "uk_geo":
        code = rng.choice(["0161", "0131", "0113", "0121", "0141", "0117", "0151", "0191"])
        return code + rdig(7, str(rng.randrange(2, 10))), [4, 3, 4]
    if kind == "ie_mob":
        return "08" + rng.choice("35679") + rdig(7, str(rng.randrange(1, 10))), [3, 3, 4]
    if kind == "ie_dub":
        return "01" + rdig(7, str(rng.randrange(2, 10))), [2, 3, 4]
    if kind == "ie_geo":
        return rng.choice(["021", "091", "061", "051"]) + rdig(7, str(rng.randrange(2, 10))), [3, 3, 4]
    if kind == "us":
        return rng.choice(["212", "415", "617", "312", "713"]) + rdig(7, str(rng.randrange(2, 10))), [3, 3, 4]
    raise ValueError(kind)


UK_OUT = ["M1", "M14", "SW1A", "SW19", "EH8", "LS6", "B15", "CF10", "BT7", "G12", "NE1", "BS8",
          "L17", "W1T", "EC2A", "N16", "SE15", "CB2", "NG7", "S10", "PL4", "BN2", "DE22", "LE2",
          "YO10", "HU5", "TS1", "KY16", "AB10", "DD1", "BT9", "SA1", "NR2", "E8", "WC1X", "RG1"]
INWARD = "ABDEFGHJLNPQRSTUWXYZ"
EIR_KEYS = ["D02", "D04", "D6W", "D08", "D12", "D15", "A65", "A94", "T12", "T23", "H91", "V94",
            "F92", "R95", "X91", "W91", "K78", "P31"]
EIR_CH = "ACDEFHKNPRTVWXY"


def gen_uk_pc():
    return rng.choice(UK_OUT) + " " + str(rng.randrange(1, 10)) + rng.choice(INWARD) + rng.choice(INWARD)


def gen_eircode():
    return rng.choice(EIR_KEYS) + " " + rng.choice(EIR_CH) + "".join(
        rng.choice(EIR_CH + "0123456789") for _ in range(3))


def gen_zip():
    return rng.choice(["10027", "94110", "60614", "02139", "77005", "30307", "98103", "85004", "19104"])


STREETS = ["Mill Lane", "Church Road", "Victoria Street", "Acacia Avenue", "Station Road",
           "Kings Crescent", "Elm Grove", "Park Terrace", "Meadow Close", "Orchard Way",
           "Queen's Drive", "Albert Place", "Rosemount Gardens", "Highfield Road",
           "Castle Street", "Belmont Avenue", "Hawthorn Drive", "Willow Walk", "Brook Street",
           "Ashgrove Park", "Clonliffe Road", "Marine Parade", "Sandford Row", "Thornhill Lane"]
IE_STREETS = ["Griffith Avenue", "Main Street", "Clontarf Road", "Beechwood Park",
              "Sundrive Road", "Bóthar na Trá", "Glenageary Road", "Summerhill Parade"]
US_STREETS = ["Maple Avenue", "West 112th Street", "Valencia Street", "North Clark Street",
              "Peachtree Road", "Elm Street", "Oak Drive"]
TOWNS_UK = ["Manchester", "Leeds", "Cardiff", "Belfast", "Glasgow", "Bristol", "Liverpool",
            "Newcastle", "Sheffield", "Nottingham", "Brighton", "York", "Swansea", "Norwich"]
TOWNS_IE = ["Dublin", "Cork", "Galway", "Limerick", "Waterford", "Athlone", "Sligo"]

FIRST = ["Sarah", "Declan", "Aoife", "Priya", "Tom", "Niamh", "Gareth", "Fiona", "Callum",
         "Siobhan", "Mohammed", "Ellie", "Conor", "Hannah", "Ravi", "Bronagh", "Liam", "Joanne"]
LAST = ["Murphy", "Kelly", "Patel", "Jones", "Walsh", "Thompson", "O'Brien", "Evans",
        "McAllister", "Byrne", "Shah", "Davies", "Doyle", "Campbell", "Hughes", "Nolan"]
DOMAINS = ["gmail.com", "hotmail.co.uk", "yahoo.ie", "outlook.com", "btinternet.com",
           "eircom.net", "icloud.com", "live.ie", "sky.com", "protonmail.com"]


def gen_email():
    f, l = rng.choice(FIRST).lower(), rng.choice(LAST).lower().replace("'", "")
    local = rng.choice([f"{f}.{l}", f"{f[0]}{l}", f"{f}{l}{rng.randrange(1, 99)}",
                        f"{f}_{l}", f"{l}.{f[0]}", f"{f}{rng.randrange(70, 99)}"])
    return f"{local}@{rng.choice(DOMAINS)}"


def say_email(e, zero="oh"):
    local, dom = e.split("@")
    def part(p):
        out = []
        for tok in re.split(r"([._])", p):
            if tok == ".":
                out.append("dot")
            elif tok == "_":
                out.append("underscore")
            elif tok.isdigit():
                out.append(say_digits(tok, zero, doubles=False) if rng.random() < 0.5 else say_num(int(tok)))
            elif len(tok) == 1:
                out.append(tok)
            elif tok:
                m = re.match(r"([a-z]+)(\d+)$", tok)
                if m:
                    out.append(m.group(1) + " " + say_num(int(m.group(2))))
                else:
                    out.append(tok)
        return " ".join(out)
    return f"{part(local)} at {part(dom)}"


def gen_dob():
    return rng.randrange(1, 29), rng.randrange(1, 13), rng.randrange(1941, 2005)


def gen_expiry():
    return rng.randrange(1, 13), rng.randrange(25, 32)


# ---------------------------------------------------------------------------
# case assembly
# ---------------------------------------------------------------------------
CASE_LIST = []


def build(kind, turns, note):
    out_turns, spans = [], []
    for ti, (spk, segs) in enumerate(turns):
        if isinstance(segs, str):
            segs = [segs]
        text = ""
        for seg in segs:
            if isinstance(seg, tuple):
                val, typ = seg
                spans.append({"turn": ti, "start": len(text), "end": len(text) + len(val), "type": typ})
                text += val
            else:
                text += seg
        out_turns.append({"speaker": spk, "text": text})
    if kind == "negative":
        assert not spans
    CASE_LIST.append({"kind": kind, "turns": out_turns, "spans": spans, "note": note})


def A(*segs):
    return ("agent", list(segs))


def C(*segs):
    return ("customer", list(segs))


def pick(*xs):
    return rng.choice(xs)


ZEROS_UK = ["oh", "oh", "zero", "nought", "o"]
ZEROS_US = ["zero", "oh", "zero", "o"]


# ---------------------------------------------------------------------------
# positive templates
# ---------------------------------------------------------------------------
def p_card_chat():
    d, kind = gen_card()
    g = split_by(d, card_groups(d))
    fmt = rng.randrange(5)
    if fmt == 0:
        v = " ".join(g)
    elif fmt == 1:
        v = "-".join(g)
    elif fmt == 2:
        v = d
    elif fmt == 3:
        v = "  ".join(g)
    else:
        v = ".".join(g) if kind != "amex" else " ".join(g)
    amt = f"£{rng.randrange(12, 400)}.{rng.randrange(0, 100):02d}"
    lead = pick(f"Hi, can I pay the {amt} outstanding now? card is ",
                "card no: ", f"ok here it is {''}", "Card number ",
                f"pls take the {amt} from this card ", "its ")
    tail = pick("", " thanks", " - it's a debit card", ". Expiry to follow", " cheers")
    ind = pick("retail", "telecom", "utilities", "travel", "insurance")
    build("positive", [A("Thanks for holding. How would you like to pay today?"),
                       C(lead, (v, "CARD_NUMBER"), tail)],
          f"chat/{ind}: {kind} card typed {['spaced', 'dashed', 'unbroken', 'double-spaced', 'dotted'][fmt]}")


def p_card_call():
    d, kind = gen_card()
    z = pick(*ZEROS_UK)
    style = rng.randrange(3)
    if style == 0:
        v = say_digits(d, z)
    elif style == 1:
        v = say_digits(d, z, doubles=False, groups=card_groups(d))
    else:
        v = say_digits(d, z, groups=card_groups(d), sep=", ")
    lead = pick("yeah it's ", "right okay so it's ", "um ", "it's a visa ", "so the long number is ", "")
    ind = pick("telecom", "utilities", "insurance", "retail", "travel", "government services")
    build("positive", [A(pick("and can i take the long number on the front of the card please",
                              "okay go ahead with the card number when you're ready",
                              "lovely and the card number")),
                       C(lead, (v, "CARD_NUMBER"), pick("", " yeah", " and that's it"))],
          f"call/{ind}: {kind} card spoken in one turn, zero as '{z}', style {style}")


def p_card_split():
    d, kind = gen_card(pick("visa", "mc", "amex"))
    z = pick(*ZEROS_UK)
    parts = split_by(d, card_groups(d))
    turns = [A(pick("okay whenever you're ready with the card number",
                    "can i take the sixteen digit number please", "go on with the card then"))]
    backs = ["mhm", "yep", "okay go on", "yeah", "got that", "uh huh", "and the next four"]
    for i, p in enumerate(parts):
        lead = pick("", "", "right ", "um ", "then ")
        turns.append(C(lead, (say_digits(p, z, doubles=rng.random() < 0.6), "CARD_NUMBER")))
        if i < len(parts) - 1:
            turns.append(A(rng.choice(backs)))
    turns.append(A("thank you and the expiry date"))
    m, y = gen_expiry()
    turns.append(C(pick("it's ", "", "uh "), (f"{say_pair(f'{m:02d}', z)} {say_num(y)}", "EXPIRY")))
    build("positive", turns, f"call/{pick('utilities', 'telecom', 'retail')}: {kind} card over {len(parts)} turns with back-channels then expiry")


def p_card_pairs():
    d, kind = gen_card(pick("visa", "mc"))
    groups = split_by(d, [4, 4, 4, 4])
    v = " ".join(say_pairs(g, pick(*ZEROS_UK)) for g in groups)
    build("positive", [A("can you read me the card number please"),
                       C(pick("yeah ", "okay "), (v, "CARD_NUMBER")),
                       A(pick("thank you", "lovely")),
                       C(pick("do you need the three on the back as well", "was that okay"))],
          "call/retail: card read as two-digit pairs (forty one eleven style)")


def p_card_full():
    d, kind = gen_card()
    z = pick(*ZEROS_UK)
    m, y = gen_expiry()
    cv = rdig(4 if kind == "amex" else 3)
    amt = rng.randrange(20, 900)
    exp_form = rng.randrange(4)
    if exp_form == 0:
        ev = f"{say_pair(f'{m:02d}', z)} {say_num(y)}"
    elif exp_form == 1:
        ev = f"{MONTHS[m - 1]} twenty {say_num(y)}"
    elif exp_form == 2:
        ev = f"{say_pair(f'{m:02d}', z)} slash {say_num(y)}"
    else:
        ev = f"{say_digits(f'{m:02d}', z, doubles=False)} {say_digits(str(y), z, doubles=False)}"
    turns = [A(f"okay so that's {say_num(amt)} pounds to pay today can i take the card number"),
             C((say_digits(d, z, groups=card_groups(d)), "CARD_NUMBER")),
             A("and the expiry date"),
             C(pick("", "it's ", "uh "), (ev, "EXPIRY")),
             A(pick("and the security code the last three digits on the back",
                    "and the cvv please", "and the three digit code on the signature strip")),
             C(pick("", "it's ", "um "), (say_digits(cv, z, doubles=False), "CVV")),
             A(f"thank you that's gone through for {say_num(amt)} pounds")]
    build("positive", turns, f"call/{pick('utilities', 'telecom', 'insurance')}: card, expiry form {exp_form}, cvv with amount spoken nearby (amount unlabelled)")


def p_card_chat_full():
    d, kind = gen_card()
    m, y = gen_expiry()
    cv = rdig(4 if kind == "amex" else 3)
    ev = pick(f"{m:02d}/{y}", f"{m:02d}/20{y}", f"{m:02d}-{y}", f"{m}/{y}", f"{m:02d} / {y}")
    g = split_by(d, card_groups(d))
    v = pick(" ".join(g), d, "-".join(g))
    fmt = rng.randrange(3)
    if fmt == 0:
        build("positive", [C("card ", (v, "CARD_NUMBER"), " exp ", (ev, "EXPIRY"), " cvv ", (cv, "CVV"))],
              "chat/retail: card, expiry and cvv in one terse message")
    elif fmt == 1:
        build("positive", [A("Please send the card number, expiry and security code."),
                           C((v, "CARD_NUMBER")),
                           C("expires ", (ev, "EXPIRY")),
                           C("security code is ", (cv, "CVV"), " :)")],
              "chat/travel: card details in three consecutive customer messages")
    else:
        build("positive", [A("What's the expiry on the card?"),
                           C((ev, "EXPIRY")),
                           A("And the 3 digits on the back?"),
                           C((cv, "CVV")),
                           A("And finally the long card number"),
                           C((v, "CARD_NUMBER"), " (it's my partner's card but I'm authorised)")],
              "chat/telecom: bare expiry and bare cvv as answers to the agent's questions")


def p_card_correction():
    d, kind = gen_card(pick("visa", "mc"))
    z = pick(*ZEROS_UK)
    g = split_by(d, [4, 4, 4, 4])
    wrong = list(g[2])
    wrong[-1] = str((int(wrong[-1]) + 3) % 10)
    wrong = "".join(wrong)
    v = (f"{say_digits(g[0], z)} {say_digits(g[1], z)} {say_digits(wrong, z, doubles=False)} "
         f"{pick('sorry', 'no sorry', 'i mean')} {say_digits(g[2], z, doubles=False)}")
    build("positive", [A("card number please"), C((v, "CARD_NUMBER")),
                       A(pick("mhm", "okay", "yep go on")),
                       C((say_digits(g[3], z), "CARD_NUMBER")),
                       A(f"so that ends {say_digits(g[3], z, doubles=False)}"),
                       C("yeah that's right")],
          "call/utilities: card with self-correction of the third group, last group in next turn; agent reads back last four (not labelled)")


def p_card_readback():
    d, kind = gen_card(pick("visa", "mc"))
    z = pick(*ZEROS_UK)
    v1 = say_digits(d, z, groups=[4, 4, 4, 4])
    v2 = say_digits(d, z, doubles=False, groups=[4, 4, 4, 4], sep=", ")
    build("positive", [A("go ahead with the card number"), C((v1, "CARD_NUMBER")),
                       A("let me just read that back to you ", (v2, "CARD_NUMBER"), " is that correct"),
                       C("that's it yeah")],
          "call/insurance: card spoken by customer and read back in full by agent")


def p_ni_chat():
    ni = gen_ni()
    f = rng.randrange(8)
    forms = [ni, f"{ni[:2]} {ni[2:4]} {ni[4:6]} {ni[6:8]} {ni[8]}", ni.lower(),
             f"{ni[:2]}-{ni[2:4]}-{ni[4:6]}-{ni[6:8]}-{ni[8]}", f"{ni[:2]} {ni[2:8]} {ni[8]}",
             f"{ni[:2].lower()}{ni[2:8]} {ni[8].lower()}", f"{ni[:8]} {ni[8]}",
             f"{ni[:2]}{ni[2:4]} {ni[4:6]} {ni[6:8]}{ni[8]}"]
    v = forms[f]
    lead = pick("My NI number is ", "NI no. ", "ni num: ", "National Insurance: ", "it's ",
                "national insurance number ", "NINO ")
    ind = pick("government services", "banking", "insurance", "utilities", "healthcare billing")
    build("positive", [A(pick("To verify, could you give me your National Insurance number?",
                              "Can I take your NI number please?", "What is your national insurance number?")),
                       C(lead, (v, "NI_NUMBER"), pick("", ".", " thanks", " if that helps"))],
          f"chat/{ind}: NI number typed, form {f}")


def p_ni_call():
    ni = gen_ni()
    z = pick(*ZEROS_UK)
    style = rng.randrange(6)
    L = ni[:2].lower()
    digs = ni[2:8]
    suf = ni[8].lower()
    if style == 0:
        v = f"{L[0]} {L[1]} {say_digits(digs, z, doubles=False)} {suf}"
    elif style == 1:
        v = f"{L[0]} {L[1]} {say_pairs(digs, z)} {suf}"
    elif style == 2:
        ls = pick("nato", "asin", "folk")
        v = f"{say_letter(L[0], ls)} {say_letter(L[1], ls)} {say_digits(digs, z)} {say_letter(suf, ls)}"
    elif style == 3:
        v = f"{say_letter(L[0], 'homo')} {say_letter(L[1], 'homo')} {say_digits(digs, z)} {say_letter(suf, 'homo')}"
    elif style == 4:
        v = f"{L[0]} {L[1]} {say_digits(digs, z, groups=[2, 2, 2])} {suf}"
    else:
        v = f"{L[0]}{L[1]} {say_pairs(digs, z)} {suf}"
    lead = pick("yeah it's ", "okay it's ", "um ", "", "right so it's ", "i've got it here it's ")
    build("positive", [A(pick("and for security can i take your national insurance number",
                              "could you confirm your n i number for me",
                              "what's your national insurance number please")),
                       C(lead, (v, "NI_NUMBER"))],
          f"call/{pick('government services', 'banking', 'insurance')}: NI number spoken, style {style}, zero as '{z}'")


def p_ni_split():
    ni = gen_ni()
    z = pick(*ZEROS_UK)
    L, digs, suf = ni[:2].lower(), ni[2:8], ni[8].lower()
    ls = pick("plain", "nato", "homo")
    turns = [A("can you give me your national insurance number please"),
             C(pick("yeah ", "so ", ""), (f"{say_letter(L[0], ls)} {say_letter(L[1], ls)}", "NI_NUMBER")),
             A(pick("mhm", "yep", "okay")),
             C((say_digits(digs[:3], z), "NI_NUMBER")),
             A(pick("yeah", "okay go on", "mhm")),
             C((say_digits(digs[3:], z), "NI_NUMBER"), pick(" and then", " and"), " ",
               (say_letter(suf, ls), "NI_NUMBER"), pick(" at the end", "", " for the last letter"))]
    build("positive", turns, "call/government services: NI number split across three customer turns, suffix letter after filler")


def p_ni_readback():
    ni = gen_ni()
    z = pick(*ZEROS_UK)
    L, digs, suf = ni[:2].lower(), ni[2:8], ni[8].lower()
    v1 = f"{L[0]} {L[1]} {say_pairs(digs, z)} {suf}"
    v2 = f"{say_letter(L[0], 'nato')} {say_letter(L[1], 'nato')} {say_digits(digs, z, doubles=False)} {say_letter(suf, 'nato')}"
    build("positive", [A("national insurance number"), C((v1, "NI_NUMBER")),
                       A("so that's ", (v2, "NI_NUMBER"), " yeah"),
                       C("yeah that's the one")],
          "call/government services: customer says NI in pairs, agent reads back phonetically")


def p_ni_mixed():
    ni = gen_ni()
    d, m, y = gen_dob()
    pc = gen_uk_pc()
    z = pick(*ZEROS_UK)
    pc_s = " ".join(ch.lower() if ch.isalpha() else say_digit(ch, z) for ch in pc.replace(" ", ""))
    if any(ch == "O" for ch in pc):
        pc_s = pc.lower()
    turns = [A("can i just take some details to find your claim"),
             A("your date of birth first"),
             C((f"{say_ord(d)} of {MONTHS[m - 1]} {say_year(y)}", "DOB")),
             A("and your postcode"),
             C((pc_s, "POSTCODE")),
             A("and your national insurance number"),
             C(pick("it's ", ""), (f"{ni[0].lower()} {ni[1].lower()} {say_digits(ni[2:8], z)} {ni[8].lower()}", "NI_NUMBER"),
               pick(" and my claim's from last april", " i think", ""))]
    build("positive", turns, "call/government services: DOB, postcode and NI in one verification sequence")


def p_ni_typo_chat():
    ni = gen_ni()
    v = pick(f"{ni[:2].lower()}{ni[2:8]}{ni[8].lower()}", f"{ni[:2]} {ni[2:5]} {ni[5:8]} {ni[8]}",
             f"{ni[:2]}{ni[2:8]}-{ni[8]}", f"{ni[:2]} {ni[2:8]}{ni[8]}")
    build("positive", [C("hi there im trying to claim back overpaid tax from 2023 n my ni is ", (v, "NI_NUMBER"),
                         " and the ref on the letter was 55 pls help")],
          "chat/government services: NI inside a run-on message next to a year and a reference (unlabelled)")


def p_ssn_chat():
    s = gen_ssn()
    v = pick(f"{s[:3]}-{s[3:5]}-{s[5:]}", s, f"{s[:3]} {s[3:5]} {s[5:]}", f"{s[:3]}.{s[3:5]}.{s[5:]}",
             f"{s[:3]}-{s[3:5]}-{s[5:]}")
    lead = pick("SSN is ", "my social is ", "Social Security #: ", "ssn ", "it's ", "SS# ")
    build("positive", [A(pick("For verification please provide your Social Security number.",
                              "Can you confirm the SSN on the account?")),
                       C(lead, (v, "SSN"), pick("", ".", " thanks"))],
          f"chat/{pick('banking', 'insurance', 'healthcare billing', 'telecom')}: US SSN typed")


def p_ssn_call():
    s = gen_ssn()
    z = pick(*ZEROS_US)
    style = rng.randrange(4)
    if style == 0:
        v = say_digits(s, z, doubles=False, groups=[3, 2, 4])
    elif style == 1:
        v = say_digits(s, z, groups=[3, 2, 4], sep=", ")
    elif style == 2:
        v = f"{say_digits(s[:3], z)} {say_pair(s[3:5], z)} {say_pairs(s[5:], z)}"
    else:
        v = say_digits(s, z)
    build("positive", [A(pick("and can i get your social security number",
                              "i'll need the social to verify you", "what's the social on the account")),
                       C(pick("sure it's ", "yeah ", "okay ", "um ", ""), (v, "SSN"))],
          f"call/{pick('banking', 'healthcare billing', 'insurance')}: US SSN spoken, style {style}")


def p_ssn_split():
    s = gen_ssn()
    z = pick(*ZEROS_US)
    turns = [A("can you give me your social"),
             C((say_digits(s[:3], z), "SSN")),
             A(pick("okay", "uh huh")),
             C((say_digits(s[3:5], z), "SSN")),
             A(pick("yep", "go ahead")),
             C((say_digits(s[5:], z), "SSN"))]
    build("positive", turns, "call/healthcare billing: SSN split 3-2-4 over turns with back-channels")


def p_ssn_last4_and_full():
    s = gen_ssn()
    z = pick(*ZEROS_US)
    build("positive", [A("i have a claim for four hundred and twelve dollars dated march third can i get your full social"),
                       C("the whole thing okay ", (say_digits(s, z, groups=[3, 2, 4]), "SSN"),
                         " and my member id is on the card if you need it")],
          "call/healthcare billing: SSN with dollar amount and service date nearby (unlabelled)")


def p_bank_chat():
    sc, ac = gen_sort(), gen_acct()
    scv = pick(f"{sc[:2]}-{sc[2:4]}-{sc[4:]}", sc, f"{sc[:2]} {sc[2:4]} {sc[4:]}", f"{sc[:2]}/{sc[2:4]}/{sc[4:]}")
    acv = pick(ac, f"{ac[:4]} {ac[4:]}", ac)
    f = rng.randrange(3)
    if f == 0:
        build("positive", [C("sort code ", (scv, "SORT_CODE"), " acc no ", (acv, "BANK_ACCOUNT"))],
              "chat/banking: sort code and account in one terse line")
    elif f == 1:
        build("positive", [A("Which account should the refund go to?"),
                           C("Account number: ", (acv, "BANK_ACCOUNT"), "\nSort code: ", (scv, "SORT_CODE"),
                             "\nAmount was £", str(rng.randrange(20, 300)), ".00")],
              "chat/retail: account then sort code on separate lines with unlabelled amount")
    else:
        build("positive", [A("Can you confirm the bank details for the direct debit?"),
                           C((scv, "SORT_CODE"), " / ", (acv, "BANK_ACCOUNT"), " - collection on the 1st of the month please")],
              "chat/utilities: sort code / account separated by slash, collection date unlabelled")


def p_bank_call():
    ie = rng.random() < 0.35
    sc, ac = gen_sort(ie), gen_acct()
    z = pick(*ZEROS_UK)
    style = rng.randrange(3)
    if style == 0:
        scv = say_digits(sc, z, groups=[2, 2, 2])
    elif style == 1:
        scv = say_pairs(sc, z)
    else:
        scv = say_digits(sc, z, doubles=False)
    acv = pick(say_digits(ac, z), say_digits(ac, z, doubles=False, groups=[4, 4]), say_pairs(ac, z))
    label = "n s c" if ie else "sort code"
    turns = [A(f"okay and what's the {label}"),
             C(pick("it's ", "", "uh "), (scv, "SORT_CODE")),
             A("and the account number"),
             C(pick("", "yeah it's ", "okay "), (acv, "BANK_ACCOUNT"))]
    build("positive", turns, f"call/{'banking IE' if ie else 'banking'}: {label} style {style} then account number")


def p_bank_split_acct():
    sc, ac = gen_sort(), gen_acct()
    z = pick(*ZEROS_UK)
    turns = [A("can i take the account number for the direct debit"),
             C((say_digits(ac[:4], z), "BANK_ACCOUNT")),
             A("mhm"),
             C((say_digits(ac[4:], z), "BANK_ACCOUNT")),
             A("and the sort code"),
             C((say_pairs(sc, z), "SORT_CODE"), " i think yeah that's it"),
             A(f"perfect first payment will be {say_num(rng.randrange(20, 90))} pounds on the {say_ord(rng.randrange(1, 28))}")]
    build("positive", turns, "call/utilities: account number split over two turns, sort code as pairs, payment amount and date unlabelled")


def p_iban_chat():
    ib = gen_iban()
    v = pick(group4(ib), ib, group4(ib).lower(), group4(ib, " "))
    build("positive", [A(pick("Please send the IBAN for the refund.", "What IBAN should we pay into?")),
                       C(pick("IBAN: ", "its ", "", "iban "), (v, "IBAN"), pick("", " (BIC to follow)", " thanks"))],
          f"chat/{pick('travel', 'insurance', 'retail', 'banking')}: {ib[:2]} IBAN typed")


def p_iban_call():
    ib = gen_iban(pick("GB", "IE"))
    z = pick(*ZEROS_UK)
    ls = pick("plain", "nato")
    parts = []
    for ch in ib.lower():
        if ch == "o":
            parts.append("o for oscar")
        else:
            parts.append(say_digit(ch, z) if ch.isdigit() else say_letter(ch, ls))
    v = " ".join(parts)
    build("positive", [A("and can you read me the i b a n"),
                       C(pick("yeah ", "okay so "), (v, "IBAN"))],
          f"call/banking: {ib[:2]} IBAN spelled character by character, letters {ls}")


def p_phone_chat():
    kind = pick("uk_mob", "uk_mob", "uk_lon", "uk_geo", "ie_mob", "ie_dub", "us")
    num, groups = gen_phone(kind)
    g = split_by(num, groups)
    intl = rng.random() < 0.3 and not kind.startswith("us")
    if intl:
        cc = "+44" if kind.startswith("uk") else "+353"
        v = pick(f"{cc} {num[1:]}", f"{cc} {' '.join(g)[1:]}", f"{cc}{num[1:]}", f"({cc[1:]}) {num[1:]}".replace("(", "+(").replace("+(", "+").replace(")", ""))
    elif kind == "us":
        v = pick(f"({g[0]}) {g[1]}-{g[2]}", f"{g[0]}-{g[1]}-{g[2]}", f"{g[0]}.{g[1]}.{g[2]}", f"+1 {g[0]} {g[1]} {g[2]}")
    else:
        v = pick(" ".join(g), num, "-".join(g))
    build("positive", [A("What's the best number to reach you on?"),
                       C(pick("mobile is ", "you can call me on ", "", "tel: ", "ring me on "), (v, "PHONE"),
                         pick("", " after 5pm", " anytime", " - thanks"))],
          f"chat/{pick('telecom', 'utilities', 'retail', 'insurance')}: {kind} phone typed{' international' if intl else ''}")


def p_phone_call():
    kind = pick("uk_mob", "uk_mob", "uk_lon", "uk_geo", "ie_mob", "ie_mob", "ie_dub", "ie_geo", "us")
    num, groups = gen_phone(kind)
    z = pick(*ZEROS_UK) if not kind.startswith("us") else pick(*ZEROS_US)
    intl = rng.random() < 0.25 and not kind.startswith("us")
    if intl:
        cc = "four four" if kind.startswith("uk") else "three five three"
        v = f"plus {cc} {say_digits(num[1:], z)}"
    else:
        v = say_digits(num, z, groups=groups) if rng.random() < 0.7 else say_digits(num, z, doubles=False, groups=groups, sep=", ")
    build("positive", [A(pick("and is there a contact number we can reach you on",
                              "can i take a mobile number for the engineer",
                              "what's the number on the account")),
                       C(pick("yeah it's ", "", "it's ", "um "), (v, "PHONE"),
                         pick("", " yeah", " that's my mobile" if "mob" in kind else " that's the landline"))],
          f"call/{pick('telecom', 'utilities', 'travel', 'healthcare billing')}: {kind} phone spoken{' with country code' if intl else ''}")


def p_phone_split():
    kind = pick("uk_mob", "ie_mob")
    num, groups = gen_phone(kind)
    z = pick(*ZEROS_UK)
    a, b = (num[:5], num[5:]) if kind == "uk_mob" else (num[:3], num[3:])
    build("positive", [A("best contact number"),
                       C((say_digits(a, z), "PHONE")),
                       A(pick("mhm", "yep")),
                       C((say_digits(b, z), "PHONE")),
                       A("so that's ", (say_digits(num, z, doubles=False), "PHONE")),
                       C("that's it")],
          f"call/telecom: {kind} mobile split over two turns then read back by agent")


def p_email_chat():
    e = gen_email()
    v = pick(e, e, e.upper() if rng.random() < 0.2 else e.capitalize())
    build("positive", [A("Can you confirm the email address on the account?"),
                       C(pick("its ", "email: ", "", "sure - "), (v, "EMAIL"), pick("", " thx", ". Order is 40021")),
                       A("Thank you, I've found the account.")],
          "chat/retail: email typed, sometimes next to an order number (unlabelled)")


def p_email_call():
    e = gen_email()
    z = pick(*ZEROS_UK)
    v = say_email(e, z)
    build("positive", [A(pick("what's the email address you'd like the bill sent to",
                              "can i confirm your email address")),
                       C(pick("it's ", "yeah ", "okay it's ", ""), (v, "EMAIL"))],
          "call/utilities: email spoken as ASR writes it (dot / at / underscore)")


def p_email_spelled():
    f = rng.choice(FIRST).lower()
    l = rng.choice(LAST).lower().replace("'", "")
    dom = pick("gmail.com", "hotmail.com", "outlook.ie", "yahoo.co.uk")
    spelled = " ".join(l)
    v = f"{f} dot {spelled} at {dom.replace('.', ' dot ')}"
    build("positive", [A("and the email address"),
                       C((v, "EMAIL")),
                       A("sorry was that with one l"),
                       C("yeah just as i spelled it")],
          "call/insurance: email with surname spelled letter by letter")


def p_dob_chat():
    d, m, y = gen_dob()
    v = pick(f"{d:02d}/{m:02d}/{y}", f"{d}/{m}/{str(y)[2:]}", f"{d}{ordinal_suffix(d)} {MONTHS[m - 1].capitalize()} {y}",
             f"{d:02d}.{m:02d}.{y}", f"{d} {MONTHS[m - 1][:3].capitalize()} {y}", f"{y}-{m:02d}-{d:02d}")
    build("positive", [A("Could you confirm your date of birth?"),
                       C(pick("", "DOB ", "born ", "its "), (v, "DOB"))],
          f"chat/{pick('banking', 'insurance', 'healthcare billing')}: DOB typed")


def p_dob_call():
    d, m, y = gen_dob()
    z = pick(*ZEROS_UK)
    style = rng.randrange(4)
    if style == 0:
        v = f"{say_ord(d)} of {MONTHS[m - 1]} {say_year(y)}"
    elif style == 1:
        v = f"the {say_ord(d)} of the {say_ord(m)} {say_num(y % 100) if y % 100 >= 10 else 'oh ' + ONES[y % 100]}"
    elif style == 2:
        v = f"{say_pair(f'{d:02d}', z)} {say_pair(f'{m:02d}', z)} {say_year(y)}"
    else:
        v = f"{MONTHS[m - 1]} {say_ord(d)} {say_year(y)}"
    build("positive", [A(pick("can i take your date of birth please", "and your date of birth",
                              "just to confirm your d o b")),
                       C(pick("", "yeah it's ", "it's ", "um "), (v, "DOB"))],
          f"call/{pick('insurance', 'banking', 'healthcare billing', 'government services')}: DOB spoken style {style}")


def p_dob_with_age():
    d, m, y = gen_dob()
    age = 2026 - y
    v = f"{say_ord(d)} of {MONTHS[m - 1]} {say_year(y)}"
    build("positive", [A("can i have the policyholder's date of birth"),
                       C(f"it's my dad he's {say_num(age)} now so he was born ", (v, "DOB"),
                         f" and the policy started in twenty nineteen")],
          "call/insurance: DOB next to age and policy year (unlabelled)")


def p_addr_chat():
    num = rng.randrange(1, 240)
    st = rng.choice(STREETS)
    town = rng.choice(TOWNS_UK)
    pc = gen_uk_pc()
    pcv = pick(pc, pc.lower(), pc.replace(" ", ""), pc)
    flat = rng.random() < 0.3
    addr = (f"Flat {rng.randrange(1, 12)}, " if flat else "") + f"{num} {st}"
    build("positive", [A("What's the delivery address?"),
                       C((addr, "ADDRESS"), f", {town}, ", (pcv, "POSTCODE"))],
          "chat/retail: UK address typed with town (unlabelled) and postcode")


def p_addr_call():
    num = rng.randrange(1, 240)
    st = rng.choice(STREETS).lower().replace("'", "")
    pc = gen_uk_pc()
    z = pick(*ZEROS_UK)
    if "O" in pc:
        pcv = pc.lower()
    else:
        ls = pick("plain", "plain", "nato", "homo")
        out, inw = pc.split()
        def sp(part):
            return " ".join(say_letter(c, ls) if c.isalpha() else say_digit(c, z) for c in part.lower())
        pcv = f"{sp(out)} {sp(inw)}"
    numv = say_num(num) if rng.random() < 0.6 else str(num)
    build("positive", [A("can i confirm the first line of the address and the postcode"),
                       C(pick("yeah it's ", "", "it's "), (f"{numv} {st}", "ADDRESS"),
                         pick(" and the postcode is ", " postcode ", " and it's "), (pcv, "POSTCODE"))],
          "call/utilities: UK first line of address and postcode spoken")


def p_addr_split_pc():
    pc = gen_uk_pc()
    while "O" in pc:
        pc = gen_uk_pc()
    z = pick(*ZEROS_UK)
    out, inw = pc.split()
    def sp(part):
        return " ".join(c if c.isalpha() else say_digit(c, z) for c in part.lower())
    build("positive", [A("postcode please"),
                       C((sp(out), "POSTCODE")),
                       A("yep"),
                       C((sp(inw), "POSTCODE")),
                       A("and the house number"),
                       C((f"{say_num(rng.randrange(1, 120))} {rng.choice(STREETS).lower()}", "ADDRESS"))],
          "call/telecom: postcode split outward/inward over turns then house number and street")


def p_eircode():
    code = gen_eircode()
    st = rng.choice(IE_STREETS)
    num = rng.randrange(1, 150)
    town = rng.choice(TOWNS_IE)
    if rng.random() < 0.5:
        v = pick(code, code.replace(" ", ""), code.lower())
        build("positive", [A("Can you confirm your address and Eircode?"),
                           C((f"{num} {st}", "ADDRESS"), f", {town}, ", (v, "POSTCODE"))],
              "chat/utilities IE: Irish address with Eircode typed")
    else:
        z = pick("zero", "oh")
        v = " ".join(say_digit(c, z) if c.isdigit() else c.lower() for c in code.replace(" ", ""))
        build("positive", [A("and what's the eircode there"),
                           C(pick("it's ", "", "yeah "), (v, "POSTCODE")),
                           A("and the first line of the address"),
                           C((f"{say_num(num)} {st.lower()}", "ADDRESS"), f" in {town.lower()}")],
              "call/telecom IE: Eircode spoken character by character then address")


def p_us_addr():
    num = rng.randrange(10, 9000)
    st = rng.choice(US_STREETS)
    z = gen_zip()
    if rng.random() < 0.5:
        build("positive", [A("What's the billing address on the card?"),
                           C((f"{num} {st}", "ADDRESS"), pick(", Apt 4B", ""), ", ", pick("New York, NY", "Chicago, IL", "Boston MA"),
                             " ", (z, "POSTCODE"))],
              "chat/retail US: street address and ZIP typed")
    else:
        build("positive", [A("and the zip code for the billing address"),
                           C((say_digits(z, "zero", doubles=False), "POSTCODE")),
                           A("and the street address"),
                           C((f"{say_num(num) if num < 1000 else str(num)} {st.lower()}", "ADDRESS"))],
              "call/healthcare billing US: zip spoken then street address")


def p_mixed_verification():
    e = gen_email()
    kind = pick("uk_mob", "ie_mob")
    num, groups = gen_phone(kind)
    z = pick(*ZEROS_UK)
    build("positive", [A("i just need to update your contact details what's the new mobile"),
                       C((say_digits(num, z, groups=groups), "PHONE"), " and the email is ", (say_email(e, z), "EMAIL"),
                         " i changed it about three weeks ago")],
          "call/telecom: phone and email in one customer turn with a duration (unlabelled)")


def p_chat_everything():
    ni = gen_ni()
    num, groups = gen_phone("uk_mob")
    d, m, y = gen_dob()
    build("positive", [A("To pass security please give me your date of birth, NI number and the phone number on file."),
                       C("dob ",
                         (f"{d:02d}/{m:02d}/{y}", "DOB"), ", ni ", (ni.lower(), "NI_NUMBER"), ", mob ",
                         (num, "PHONE"))],
          "chat/banking: DOB, NI and mobile in one comma-separated message")


def p_bank_and_iban_ie():
    ib = gen_iban("IE")
    sc = ib[8:14]
    ac = ib[14:]
    build("positive", [A("Which account should the grant be paid to?"),
                       C({"AIBK": "AIB", "BOFI": "Bank of Ireland", "IPBS": "PTSB", "ULSB": "Ulster Bank"}[ib[4:8]],
                         ", NSC ", (sc, "SORT_CODE"), " account ", (ac, "BANK_ACCOUNT"),
                         " or if you need the IBAN it's ", (group4(ib), "IBAN"))],
          "chat/government services IE: NSC, account and IBAN of the same account")


# ---------------------------------------------------------------------------
# negative templates
# ---------------------------------------------------------------------------
def n_policy():
    ref = rdig(8, str(rng.randrange(1, 10)))
    z = pick(*ZEROS_UK)
    if rng.random() < 0.5:
        build("negative", [A("can i take your policy number please"),
                           C(f"yeah the policy number is {say_digits(ref, z)}"),
                           A(f"thank you and your renewal is due on the {say_ord(rng.randrange(1, 29))} of {rng.choice(MONTHS)}")],
              "call/insurance: 8-digit policy number said with 'policy number' + renewal date")
    else:
        build("negative", [C(f"Hi, policy no. {pick('HH', 'MT', 'PL')}-{ref} - my premium went up from £{rng.randrange(200, 500)} to £{rng.randrange(500, 900)}, why?")],
              "chat/insurance: policy reference with prefix and premium amounts")


def n_customer_number():
    ref = rdig(rng.choice([7, 8, 9]), str(rng.randrange(1, 10)))
    z = pick(*ZEROS_UK)
    build("negative", [A("have you got your customer number there it's on the top of the bill"),
                       C(f"yeah customer number {say_digits(ref, z, groups=[3, 3, 3])}"),
                       A(f"lovely i can see the bill for {say_num(rng.randrange(30, 200))} pounds {say_num(rng.randrange(10, 99))}")],
          "call/utilities: customer number read with its name, bill amount spoken")


def n_meter():
    r = rdig(5)
    z = pick(*ZEROS_UK)
    if rng.random() < 0.5:
        build("negative", [A("can you read me the numbers on the meter from left to right ignore the red ones"),
                           C(f"okay it's {say_digits(r, z, doubles=False)}"),
                           A("and is that the day or night reading"),
                           C("that's the day one the night is " + say_digits(rdig(5), z, doubles=False))],
              "call/utilities: electricity meter readings read digit by digit")
    else:
        build("negative", [C(f"Gas meter reading today is {r} and electric is {rdig(5)}. Last bill estimated at {rng.randrange(1000, 3000)} kWh which is way off")],
              "chat/utilities: meter readings and kWh typed")


def n_booking():
    letters = "BCDFGHJKLMNPQRSTVWXZ"
    ref = "".join(rng.choice(letters + "23456789") for _ in range(6))
    while re.fullmatch(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}", ref):
        ref = "".join(rng.choice(letters) for _ in range(6))
    fl = pick(f"EI {rng.randrange(100, 999)}", f"FR{rng.randrange(100, 9999)}", f"BA {rng.randrange(100, 2999)}",
              f"EZY{rng.randrange(1000, 8999)}")
    build("negative", [C(f"Booking ref {ref}, flight {fl} on the 14th Dec at 06:45. Can I add a 20kg bag?"),
                       A(f"Of course, a 20kg bag on that route is £{rng.randrange(25, 60)}.99 each way.")],
          "chat/travel: booking reference, flight number, date, time, weight, price")


def n_booking_call():
    z = pick(*ZEROS_UK)
    ref = rdig(6)
    build("negative", [A("have you got the booking reference"),
                       C(f"yeah it's {say_digits(ref, z)} for two adults and a child"),
                       A(f"okay i've got that the flight is e i {say_num(rng.randrange(100, 999))} departing at {pick('ten fifteen', 'six forty', 'half past nine')} on the {say_ord(rng.randrange(1, 29))}")],
          "call/travel: 6-digit booking reference, flight number, departure time and date")


def n_amounts():
    build("negative", [A(f"your balance is {say_num(rng.randrange(100, 999))} pounds and {say_num(rng.randrange(10, 99))} pence"),
                       C(f"right and how much is the monthly payment"),
                       A(f"it'll be {say_num(rng.randrange(20, 99))} pounds a month for {say_num(rng.choice([12, 18, 24]))} months"),
                       C("okay that's fine")],
          "call/utilities: balance, monthly payment and term spoken")


def n_amounts_chat():
    build("negative", [C(f"I was charged €{rng.randrange(1, 9)},{rng.randrange(100, 999)}.{rng.randrange(10, 99)} instead of €{rng.randrange(100, 999)}.00 on my last bill, that's {rng.randrange(10, 90)}% more"),
                       A("I'm sorry to hear that. I can see an adjustment of €" + f"{rng.randrange(20, 300)}.{rng.randrange(10, 99)} pending.")],
          "chat/utilities IE: euro amounts with thousands separator and a percentage")


def n_appointment():
    build("negative", [A(f"i can book an engineer for {pick('tuesday', 'thursday', 'monday')} the {say_ord(rng.randrange(1, 29))} of {rng.choice(MONTHS)} between {pick('eight and one', 'twelve and six', 'eight am and twelve')}"),
                       C("is there nothing sooner i've been without broadband for six days"),
                       A(f"the earliest is the {say_ord(rng.randrange(1, 29))} i'm afraid")],
          "call/telecom: appointment dates, time windows and a duration")


def n_contract():
    y = rng.randrange(2015, 2026)
    build("negative", [C(f"My contract started on {rng.randrange(1, 28)}/{rng.randrange(1, 12)}/{y} and was {rng.randrange(18, 36)} months, so why am I still paying £{rng.randrange(20, 70)}.99?"),
                       A(f"I can see the minimum term ended on {rng.randrange(1, 28)} {pick('March', 'June', 'October')} {y + 2}.")],
          "chat/telecom: contract start date (not a DOB), term and price")


def n_contract_call():
    y = rng.randrange(2012, 2025)
    build("negative", [A("so when did you take out the policy"),
                       C(f"it was the {say_ord(rng.randrange(1, 29))} of {rng.choice(MONTHS)} {say_year(y)} i think"),
                       A(f"okay and it renews every year on that date you've had {say_num(2026 - y)} years no claims")],
          "call/insurance: policy start date spoken like a DOB but is not one, plus years of no claims")


def n_durations():
    build("negative", [C(f"i've been on hold for {say_num(rng.randrange(20, 59))} minutes and this is the {say_ord(rng.randrange(3, 9))} time i've called"),
                       A("i do apologise for the wait"),
                       C(f"the last person said it'd take {say_num(rng.randrange(3, 10))} to {say_num(rng.randrange(10, 15))} working days")],
          "call/banking: durations and counts")


def n_flight():
    build("negative", [C(f"My flight {pick('EI', 'FR', 'BA', 'U2')}{rng.randrange(100, 999)} from Dublin was delayed {rng.randrange(3, 9)} hours, landed at {rng.randrange(10, 23)}:{rng.randrange(10, 59)}. Claim ref CLM{rng.randrange(100000, 999999)}"),
                       A("Under EU261 you may be entitled to €" + str(pick(250, 400, 600)) + ".")],
          "chat/travel: flight number, delay hours, time, claim reference and compensation amount")


def n_room():
    build("negative", [A(f"you're in room {rng.randrange(100, 599)} on the {say_ord(rng.randrange(1, 6))} floor"),
                       C(f"great and breakfast is from {pick('seven', 'half six', 'seven thirty')}"),
                       A(f"yes until ten thirty and it's {say_num(rng.randrange(12, 25))} euro per person")],
          "call/travel: hotel room number, floor, times and price")


def n_model():
    build("negative", [C(f"The router is a {pick('Sky Hub SR203', 'Vodafone THG3000', 'BT Smart Hub 2', 'Eir F3000')} and the boiler is a {pick('Worcester Greenstar 30i', 'Vaillant ecoTEC plus 832', 'Baxi 600 Combi 24')}"),
                       A(f"Thanks. Please hold the reset button for {rng.randrange(10, 31)} seconds.")],
          "chat/utilities: router and boiler model numbers, a duration")


def n_speed():
    build("negative", [A(f"you're on the {say_num(rng.choice([36, 67, 80, 150, 500]))} meg package at the moment"),
                       C(f"but i'm only getting about {say_num(rng.randrange(5, 30))} meg download and {say_num(rng.randrange(1, 9))} upload"),
                       A(f"i can upgrade you to nine hundred meg for an extra {say_num(rng.randrange(5, 15))} pounds a month")],
          "call/telecom: broadband speeds and prices")


def n_age_temp():
    build("negative", [C(f"my mum is {say_num(rng.randrange(70, 96))} and the heating's been off for {say_num(rng.randrange(2, 5))} days it's {say_num(rng.randrange(8, 14))} degrees in the house"),
                       A("i'm so sorry we'll treat that as a priority vulnerable customer"),
                       C(f"the thermostat's set to {say_num(rng.randrange(18, 23))}")],
          "call/utilities: age, duration and temperatures")


def n_invoice():
    build("negative", [C(f"Invoice INV-{rdig(7)} dated {rng.randrange(1, 28)}/{rng.randrange(1, 12)}/2026 shows {rng.randrange(2, 9)} x items at £{rng.randrange(5, 40)}.50 - should be {rng.randrange(1, 3)}"),
                       A(f"Thanks, I've raised ticket #{rdig(6, '4')} for a credit note.")],
          "chat/retail: invoice number, date, quantity, price, ticket number")


def n_claim_call():
    z = pick(*ZEROS_UK)
    ref = rdig(10, "7")
    build("negative", [A("do you have the claim number"),
                       C(f"the claim number is {say_digits(ref, z, groups=[4, 3, 3])}"),
                       A(f"thanks the excess on that is {say_num(rng.choice([100, 250, 350, 500]))} pounds")],
          "call/insurance: 10-digit claim number said with 'claim number', excess amount")


def n_case_chat():
    build("negative", [C(f"case number {rdig(8, '0')} - still no refund after {rng.randrange(2, 8)} weeks"),
                       A(f"I can see case {rdig(8, '0')} was escalated on the {ordn(rng.randrange(2, 28))}. The refund of £{rng.randrange(10, 99)}.{rng.randrange(10, 99)} will be issued within 5 working days.")],
          "chat/retail: case numbers (8 digits with leading zero) with durations and refund amount")


def n_order_call():
    z = pick(*ZEROS_UK)
    build("negative", [A("what's the order number"),
                       C(f"order number {say_digits(rdig(9, '1'), z)}"),
                       A(f"that was {say_num(rng.randrange(2, 6))} items delivered on the {say_ord(rng.randrange(1, 29))}"),
                       C(f"yeah only {say_num(rng.randrange(1, 2))} turned up")],
          "call/retail: 9-digit order number with its name, counts, delivery date")


def n_years():
    y1, y2 = rng.randrange(1990, 2010), rng.randrange(2010, 2026)
    build("negative", [C(f"i've been a customer since {say_year(y1)} and this is the worst service since i moved in {say_year(y2)}"),
                       A("i'm sorry to hear that")],
          "call/banking: years spoken (not DOBs)")


def n_percent():
    build("negative", [A(f"the rate on the new fix is {say_num(rng.randrange(3, 6))} point {say_num(rng.randrange(1, 9))} nine percent for {say_num(rng.choice([2, 3, 5]))} years"),
                       C(f"and the arrangement fee"),
                       A(f"nine hundred and ninety nine pounds or you can add it to the loan")],
          "call/banking: mortgage rate, term and fee")


def n_direct_debit_date():
    build("negative", [C(f"can i change my direct debit date from the {ordn(rng.randrange(1, 15))} to the {ordn(rng.randrange(15, 28))}? I get paid on the 25th"),
                       A(f"Yes, from next month £{rng.randrange(40, 150)}.00 will be collected on the new date.")],
          "chat/utilities: payment dates and amount, no bank details")


def n_tariff_ie():
    build("negative", [A(f"your unit rate is {say_num(rng.randrange(25, 45))} cent per kilowatt hour and the standing charge is {say_num(rng.randrange(200, 350))} euro a year"),
                       C(f"and if i switch to the night saver"),
                       A(f"the night rate would be {say_num(rng.randrange(12, 22))} cent between eleven pm and eight am")],
          "call/utilities IE: tariff rates, standing charge, times")


def n_quantities():
    build("negative", [C(f"hiya ordered {rng.randrange(2, 12)} packs of 24 nappies size 4 and got {rng.randrange(1, 3)}. order placed 3 days ago at 11:42"),
                       A("Sorry about that! I'll send the missing packs out today, they should arrive in 2-3 days.")],
          "chat/retail: quantities, sizes, times, durations")


def n_account_balance():
    build("negative", [A(f"you're {say_num(rng.randrange(100, 999))} pounds overdrawn and the overdraft limit is {say_num(rng.choice([500, 1000, 1500]))} pounds"),
                       C(f"okay and what's the interest on that"),
                       A(f"it's {say_num(rng.randrange(20, 40))} point {say_num(rng.randrange(1, 9))} percent e a r")],
          "call/banking: overdrawn balance, limit and APR")


def n_ticket_tracking():
    build("negative", [C(f"ticket {rdig(7, '5')}: parcel says out for delivery since {rng.randrange(7, 11)}am, driver van {rng.randrange(10, 99)}, tracking ref {rdig(10, '2')}"),
                       A("Thanks, couriers deliver until 9pm so it may still arrive today.")],
          "chat/retail: ticket number, time, van number, 10-digit tracking ref")


def n_prescription():
    build("negative", [A(f"i can see the invoice for your appointment on the {say_ord(rng.randrange(1, 29))} of {rng.choice(MONTHS)} it's {say_num(rng.randrange(50, 180))} euro"),
                       C(f"yeah and the health insurance covers {say_num(rng.choice([50, 75, 80]))} percent of that"),
                       A(f"so you'd owe {say_num(rng.randrange(10, 40))} euro {say_num(rng.randrange(10, 99))}")],
          "call/healthcare billing IE: appointment date, invoice amount, percentage")


def n_mileage():
    build("negative", [A("what's the current mileage on the car"),
                       C(f"about {say_num(rng.randrange(20, 99))} thousand miles and i do maybe {say_num(rng.randrange(5, 15))} thousand a year"),
                       A(f"okay and it's a {say_num(rng.randrange(1, 3))} point {say_num(rng.randrange(0, 9))} litre engine")],
          "call/insurance: mileage and engine size")


def n_chat_times():
    build("negative", [C(f"What are your opening hours on 26/12? Need to return 2 items bought on {rng.randrange(1, 28)}/11"),
                       A("On 26 December we're open 10:00-16:00. You have 30 days from purchase to return items.")],
          "chat/retail: store date, purchase date, times, days")


def n_council():
    build("negative", [A(f"your council tax for {say_year(2026)} is band {pick('b', 'c', 'd')} so that's {say_num(rng.randrange(1, 3))} thousand {say_num(rng.randrange(100, 999))} pounds over ten instalments"),
                       C("can i spread it over twelve instead"),
                       A("yes that'd be roughly " + say_num(rng.randrange(120, 200)) + " pounds a month")],
          "call/government services: council tax band, annual amount, instalments")


def n_ref_typed_ie():
    build("negative", [C(f"Customer ref {rdig(9, '3')}, meter no. {rdig(7, '9')} - reading {rdig(5)} taken {rng.randrange(1, 28)}/{rng.randrange(1, 12)}"),
                       A("Thanks, that reading is now on your account.")],
          "chat/utilities IE: customer ref, meter number and reading (all labelled by their names)")


def n_lookalike_long():
    z = pick(*ZEROS_UK)
    build("negative", [A("can you read me the reference on the letter"),
                       C(f"it says reference {say_pairs(rdig(8, '4'), z)}"),
                       A("thanks that's the tax year twenty twenty four to twenty five"),
                       C(f"and they say i owe {say_num(rng.randrange(100, 900))} pounds")],
          "call/government services: 8-digit reference read in pairs with 'reference', tax years")


# ---------------------------------------------------------------------------
POSITIVE_PLAN = [
    (p_card_chat, 12), (p_card_call, 12), (p_card_split, 6), (p_card_pairs, 5), (p_card_full, 10),
    (p_card_chat_full, 8), (p_card_correction, 4), (p_card_readback, 3),
    (p_ni_chat, 14), (p_ni_call, 16), (p_ni_split, 5), (p_ni_readback, 3), (p_ni_mixed, 5), (p_ni_typo_chat, 4),
    (p_ssn_chat, 12), (p_ssn_call, 12), (p_ssn_split, 3), (p_ssn_last4_and_full, 3),
    (p_bank_chat, 8), (p_bank_call, 10), (p_bank_split_acct, 3),
    (p_iban_chat, 8), (p_iban_call, 5),
    (p_phone_chat, 8), (p_phone_call, 12), (p_phone_split, 3),
    (p_email_chat, 6), (p_email_call, 8), (p_email_spelled, 3),
    (p_dob_chat, 6), (p_dob_call, 9), (p_dob_with_age, 3),
    (p_addr_chat, 6), (p_addr_call, 8), (p_addr_split_pc, 3), (p_eircode, 8), (p_us_addr, 5),
    (p_mixed_verification, 4), (p_chat_everything, 4), (p_bank_and_iban_ie, 3),
]
NEGATIVE_PLAN = [
    (n_policy, 5), (n_customer_number, 4), (n_meter, 5), (n_booking, 4), (n_booking_call, 3),
    (n_amounts, 3), (n_amounts_chat, 3), (n_appointment, 3), (n_contract, 3), (n_contract_call, 4),
    (n_durations, 3), (n_flight, 3), (n_room, 2), (n_model, 3), (n_speed, 3), (n_age_temp, 3),
    (n_invoice, 3), (n_claim_call, 4), (n_case_chat, 3), (n_order_call, 3), (n_years, 3),
    (n_percent, 2), (n_direct_debit_date, 3), (n_tariff_ie, 3), (n_quantities, 2),
    (n_account_balance, 3), (n_ticket_tracking, 3), (n_prescription, 3), (n_mileage, 2),
    (n_chat_times, 2), (n_council, 2), (n_ref_typed_ie, 3), (n_lookalike_long, 4),
]


def generate():
    global rng
    rng = random.Random(SEED)
    CASE_LIST.clear()
    for fn, n in POSITIVE_PLAN:
        for _ in range(n):
            fn()
    for fn, n in NEGATIVE_PLAN:
        for _ in range(n):
            fn()
    out, pi, ni = [], 0, 0
    for c in CASE_LIST:
        if c["kind"] == "positive":
            pi += 1
            cid = f"{PREFIX}-pos-{pi:03d}"
        else:
            ni += 1
            cid = f"{PREFIX}-neg-{ni:03d}"
        out.append({"id": cid, "kind": c["kind"], "turns": c["turns"], "spans": c["spans"], "note": c["note"]})
    return out


def serialise(cases):
    return "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cases)


# ---------------------------------------------------------------------------
# validation
# ---------------------------------------------------------------------------
W_ONES = {w: i for i, w in enumerate(ONES)}
W_ZERO = {"zero", "oh", "o", "nought", "nil"}
W_TEENS = {w: 10 + i for i, w in enumerate(TEENS)}
W_TENS = {w: i for i, w in enumerate(TENS) if w}
W_ORD = {w: i for i, w in enumerate(ORD) if w}
W_ORD["thirtieth"] = 30
W_MONTH = {w: i + 1 for i, w in enumerate(MONTHS)}
W_MONTH.update({w[:3]: i + 1 for i, w in enumerate(MONTHS)})
HOMO_REV = {v: k for k, v in HOMO.items()}
FILLER = {"um", "uh", "er", "erm", "and", "then", "the", "of", "slash", "dash", "plus", "yeah", "so"}
CORRECTION = re.compile(r"\b(?:no sorry|sorry|i mean)\b")


def _num_value(toks, i):
    """Parse a number expression starting at toks[i]; return (string, next_i) or None."""
    t = toks[i]
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if t in W_TENS:
        v = W_TENS[t] * 10
        if nxt in W_ONES and nxt != "zero":
            return str(v + W_ONES[nxt]), i + 2
        if nxt in W_ORD and W_ORD[nxt] < 10:
            return str(v + W_ORD[nxt]), i + 2
        return str(v), i + 1
    if t in W_TEENS:
        return str(W_TEENS[t]), i + 1
    if t in W_ONES or t in W_ZERO:
        d = 0 if t in W_ZERO else W_ONES[t]
        if nxt in ("hundred", "thousand"):
            mult = 100 if nxt == "hundred" else 1000
            j = i + 2
            rest = 0
            if j < len(toks) and toks[j] == "and":
                j += 1
            if j < len(toks) and (toks[j] in W_TENS or toks[j] in W_TEENS or (toks[j] in W_ONES and toks[j] != "zero")):
                if toks[j] in W_ONES:
                    rest, j = W_ONES[toks[j]], j + 1
                else:
                    s, j = _num_value(toks, j)
                    rest = int(s)
            elif j > i + 2:
                j -= 1  # 'and' not followed by a number
            return str(d * mult + rest).zfill(3 if mult == 100 else 4), j
        return str(d), i + 1
    return None


def normalise(text):
    """Spoken/typed value -> (chars, unknown_words); '|' separates fragments from different turns."""
    result, unknown = "", []
    for frag in text.split("|"):
        r, u = _normalise_frag(frag)
        result += r
        unknown += u
    return result, unknown


def _normalise_frag(text):
    parts = CORRECTION.split(text.lower())
    result = ""
    unknown = []
    for k, p in enumerate(parts):
        s, u = _normalise_part(p)
        unknown += u
        if k == 0:
            result = s
        else:
            result = result[:max(0, len(result) - len(s))] + s
    return result, unknown


def _normalise_part(text):
    text = text.replace("'", "").replace("x-ray", "xray")
    toks = re.findall(r"\d+(?:st|nd|rd|th)\b|[a-z]+|\d+", text)
    out, unknown, i = [], [], 0
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if t.isdigit():
            out.append(t)
            i += 1
        elif len(t) == 1 and t.isalpha() and nxt in ("for", "as"):
            out.append(t)
            i += 3 if nxt == "for" else 4
        elif t in ("double", "triple") and nxt is not None:
            n = 2 if t == "double" else 3
            if nxt in W_ZERO:
                out.append("0" * n)
            elif nxt in W_ONES:
                out.append(str(W_ONES[nxt]) * n)
            elif len(nxt) == 1:
                out.append(nxt * n)
            else:
                unknown.append(nxt)
            i += 2
        elif t in W_TENS or t in W_TEENS or t in W_ONES or t in W_ZERO:
            s, i = _num_value(toks, i)
            out.append(s)
        elif t in W_ORD:
            out.append(str(W_ORD[t]))
            i += 1
        elif t in W_MONTH:
            out.append(f"{W_MONTH[t]:02d}")
            i += 1
        elif re.fullmatch(r"\d+(st|nd|rd|th)", t):
            out.append(re.sub(r"\D", "", t))
            i += 1
        elif len(t) == 1:
            out.append(t)
            if nxt == "for":
                i += 3
            elif nxt == "as" and i + 2 < len(toks) and toks[i + 2] == "in":
                i += 4
            else:
                i += 1
        elif t in HOMO_REV:
            out.append(HOMO_REV[t])
            i += 1
        elif t in FILLER:
            i += 1
        elif len(t) == 2 and t != "oh":
            out.append(t)
            i += 1
        elif re.fullmatch(r"[a-z]*\d[a-z\d]*", t):
            out.append(t)
            i += 1
        else:
            unknown.append(t)
            i += 1
    return "".join(out).upper(), unknown


def _digits_only(v, lo, hi):
    s, unk = normalise(v)
    return (not unk) and s.isdigit() and lo <= len(s) <= hi, s


UK_PC = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$")
EIR = re.compile(r"^[ACDEFHKNPRTVWXY]\d[\dW][0-9ACDEFHKNPRTVWXY]{4}$")
NI_RE = re.compile(r"^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$")
STREET_WORDS = {"road", "street", "lane", "avenue", "close", "drive", "way", "crescent", "terrace",
                "grove", "place", "gardens", "park", "row", "walk", "parade", "trá"}


def validate_value(typ, v):
    """Return (ok, normalised)."""
    if typ == "CARD_NUMBER":
        ok, s = _digits_only(v, 13, 19)
        return ok and luhn_ok(s), s
    if typ == "CVV":
        return _digits_only(v, 3, 4)
    if typ == "SSN":
        ok, s = _digits_only(v, 9, 9)
        return ok and s[:3] not in ("000", "666") and s[0] != "9", s
    if typ == "SORT_CODE":
        return _digits_only(v, 6, 6)
    if typ == "BANK_ACCOUNT":
        return _digits_only(v, 6, 17)
    if typ == "PHONE":
        return _digits_only(v, 9, 13)
    if typ == "EXPIRY":
        ok, s = _digits_only(v, 3, 6)
        if not ok:
            return False, s
        mm = int(s[:2]) if len(s) in (4, 6) else int(s[0])
        return 1 <= mm <= 12, s
    if typ == "DOB":
        s, unk = normalise(v)
        return (not unk) and s.isdigit() and 4 <= len(s) <= 8, s
    if typ == "NI_NUMBER":
        s = re.sub(r"[^A-Za-z0-9]", "", v).upper()
        if NI_RE.match(s):
            return s[:2] not in NI_BAD, s
        s, unk = normalise(v)
        return (not unk) and bool(NI_RE.match(s)) and s[:2] not in NI_BAD, s
    if typ == "IBAN":
        s = re.sub(r"[^A-Za-z0-9]", "", v).upper()
        if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
            s, unk = normalise(v)
            if unk:
                return False, s
        return bool(re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s)) and mod97(s[4:] + s[:4]) == 1, s
    if typ == "POSTCODE":
        s = re.sub(r"[^A-Za-z0-9]", "", v).upper()
        if not (UK_PC.match(s) or EIR.match(s) or re.fullmatch(r"\d{5}(\d{4})?", s)):
            s, unk = normalise(v)
            if unk:
                return False, s
        return bool(UK_PC.match(s) or EIR.match(s) or re.fullmatch(r"\d{5}(\d{4})?", s)), s
    if typ == "EMAIL":
        s = v.lower()
        s = re.sub(r"\s+at\s+", "@", s)
        s = re.sub(r"\s+dot\s+", ".", s)
        s = re.sub(r"\s*underscore\s*", "_", s)
        s = s.replace(" ", "")
        return bool(re.fullmatch(r"[a-z0-9._\-]+@[a-z0-9\-]+(\.[a-z0-9\-]+)+", s)), s
    if typ == "ADDRESS":
        words = set(re.findall(r"[a-zá']+", v.lower()))
        has_num = bool(re.search(r"\d", v)) or bool(words & (set(ONES) | set(TEENS) | set(W_TENS) | {"hundred"}))
        return has_num and bool(words & STREET_WORDS), v
    return False, v


def check_cases(cases):
    problems = []
    ids = set()
    for c in cases:
        cid = c.get("id")
        if cid in ids:
            problems.append(f"{cid}: duplicate id")
        ids.add(cid)
        if set(c) != {"id", "kind", "turns", "spans", "note"}:
            problems.append(f"{cid}: bad keys {sorted(c)}")
        if c["kind"] not in ("positive", "negative"):
            problems.append(f"{cid}: bad kind")
        if c["kind"] == "negative" and c["spans"]:
            problems.append(f"{cid}: negative with spans")
        if c["kind"] == "positive" and not c["spans"]:
            problems.append(f"{cid}: positive without spans")
        for t in c["turns"]:
            if t["speaker"] not in ("agent", "customer") or not t["text"]:
                problems.append(f"{cid}: bad turn")
        prev = {}
        for sp in sorted(c["spans"], key=lambda s: (s["turn"], s["start"])):
            ti, s, e, typ = sp["turn"], sp["start"], sp["end"], sp["type"]
            if typ not in TYPES:
                problems.append(f"{cid}: unknown type {typ}")
                continue
            if not (0 <= ti < len(c["turns"])):
                problems.append(f"{cid}: turn out of range")
                continue
            text = c["turns"][ti]["text"]
            if not (0 <= s < e <= len(text)):
                problems.append(f"{cid}: offsets out of range {sp}")
                continue
            val = text[s:e]
            if val != val.strip():
                problems.append(f"{cid}: span has outer whitespace {val!r}")
            if s > 0 and text[s - 1].isalnum():
                problems.append(f"{cid}: span starts mid-word {val!r}")
            if e < len(text) and text[e].isalnum():
                problems.append(f"{cid}: span ends mid-word {val!r}")
            if not (val[0].isalnum() or val[0] == "+") or not val[-1].isalnum():
                problems.append(f"{cid}: span edge not alnum {val!r}")
            if ti in prev and s < prev[ti]:
                problems.append(f"{cid}: overlapping spans in turn {ti}")
            prev[ti] = e
        # value validation; split values are accumulated over consecutive same-type spans
        ordered = sorted(c["spans"], key=lambda s: (s["turn"], s["start"]))
        pending = {}
        for sp in ordered:
            typ = sp["type"]
            if typ not in TYPES or not (0 <= sp["turn"] < len(c["turns"])):
                continue
            val = c["turns"][sp["turn"]]["text"][sp["start"]:sp["end"]]
            acc = val if typ not in pending else pending[typ] + " | " + val
            ok, _ = validate_value(typ, acc)
            if ok:
                pending.pop(typ, None)
            else:
                pending[typ] = acc
        for typ, acc in pending.items():
            ok, norm = validate_value(typ, acc)
            problems.append(f"{cid}: invalid {typ} value {acc!r} -> {norm!r}")
    return problems


def counts(cases):
    cnt = Counter(sp["type"] for c in cases for sp in c["spans"])
    pos = sum(c["kind"] == "positive" for c in cases)
    neg = sum(c["kind"] == "negative" for c in cases)
    return cnt, pos, neg


def readme(cases):
    cnt, pos, neg = counts(cases)
    rows = "\n".join(f"| {t} | {cnt.get(t, 0)} |" for t in TYPES)
    return f"""# pii_holdout285 — held-out PII redaction evaluation set

**Never use this set for tuning.** It exists only to measure the redactor on data its
authors have not seen. Do not copy its values, phrasings or templates into the redactor,
its tests or its documentation.

## Who wrote it and how

Written by an AI helper acting as an independent test author. The author did not read the
redaction code, its tests, its documentation, the benchmark script or any other PII fixture;
the only existing data consulted was a three-line example of the JSONL format. Nothing was
evaluated against the redactor while writing it.

All cases come from template functions in `scripts/make_pii_holdout285.py`. Each turn is
assembled from plain-text segments and `(value, TYPE)` segments, so span offsets are
computed, never typed by hand. All values are drawn from a single `random.Random({SEED})`;
the output is byte-for-byte reproducible:

    python scripts/make_pii_holdout285.py          # writes cases.jsonl and this README
    python scripts/make_pii_holdout285.py --check  # regenerates, compares, validates

`--check` verifies: the file equals a fresh regeneration; ids are unique; offsets are in
range, on word boundaries and without outer whitespace; spans do not overlap; negatives have
no spans; and every value validates after normalising spoken forms (digit words, oh / o /
nought for zero, double / triple, pairs like "forty one", hundreds, ordinals, month names,
spelled letters incl. "b for bravo" and ASR homophones like "see" for C, self-corrections):
Luhn for cards, mod-97 for IBANs, NI-number format, 9 digits for SSN, 6 for sort codes,
3-4 for CVV, 9-13 for phones, 6-17 for accounts, UK postcode / Eircode / ZIP shapes.
A value split over several turns is validated as the concatenation of its consecutive
same-type spans.

## Emphasis

Mostly UK and Irish contact centres: NI numbers typed and spoken in many ways (spaced,
dashed, lower case, in pairs, phonetic alphabet, homophones, split over turns, read back by
the agent), sort codes (incl. Irish NSCs) and account numbers, UK/IE phone forms with and
without country code, UK postcodes and Eircodes, UK/IE street addresses, card payments by
phone (with expiry and CVV), plus US SSNs, ZIPs and phones, and EU IBANs.
Negatives are UK/IE lookalikes: policy, customer, claim, case, order, booking and invoice
references said with their names, meter readings, flight and room numbers, model numbers,
amounts, balances, rates, speeds, ages, temperatures, years and non-birth dates.

## Annotation conventions

* A span covers exactly the value: from its first to its last character/word. Lead-ins
  ("it's", "my NI is", "card no:") and trailing words ("at the end", "thanks") are outside.
* Filler and correction words *inside* a reading ("um", "sorry", "i mean") are inside the
  span, which runs from the first to the last token of the value including the corrected part.
* A value split over several turns gets one span per turn fragment, same type.
  When the suffix letter of an NI number is separated from the digits by words such as
  "and then", the digits and the letter are two spans of type NI_NUMBER.
* A value read back by the agent is labelled as well (agent turns are in scope); partial
  read-backs such as "that ends 1234" are not labelled.
* Phone spans include a spoken or typed country code ("plus four four", "+353").
* ADDRESS covers flat number (if given), house number and street name; the town and the
  postcode are not inside it (the postcode is its own POSTCODE span). Eircodes and US ZIP
  codes are labelled POSTCODE.
* EXPIRY covers the month and year only; DOB covers day, month and year as said.
* Names of people, towns, amounts, dates that are not birth dates and references said with
  their reference word are never labelled, in positives or negatives.

## Counts

Positive cases: {pos}. Negative cases: {neg}. Total: {pos + neg}.

| type | spans |
|---|---|
{rows}
"""


def main():
    cases = generate()
    data = serialise(cases)
    text = readme(cases)
    cnt, pos, neg = counts(cases)
    if "--check" in sys.argv[1:]:
        problems = []
        if not CASES.exists():
            problems.append(f"missing {CASES}")
        elif CASES.read_text(encoding="utf-8") != data:
            problems.append("cases.jsonl differs from regeneration")
        if not README.exists() or README.read_text(encoding="utf-8") != text:
            problems.append("README.md differs from regeneration")
        on_disk = [json.loads(l) for l in CASES.read_text(encoding="utf-8").splitlines()] if CASES.exists() else cases
        problems += check_cases(on_disk)
        if pos < 170:
            problems.append(f"only {pos} positives")
        if neg < 100:
            problems.append(f"only {neg} negatives")
        for t in TYPES:
            need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
            if cnt.get(t, 0) < need:
                problems.append(f"type {t} has {cnt.get(t, 0)} spans, need {need}")
        print(f"pii_holdout285: {pos} positive, {neg} negative cases, {sum(cnt.values())} spans")
        for t in TYPES:
            print(f"  {t:13s} {cnt.get(t, 0)}")
        if problems:
            print(f"{len(problems)} problem(s):")
            for p in problems[:200]:
                print("  " + p)
            sys.exit(1)
        print("check OK")
        return
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    CASES.write_text(data, encoding="utf-8")
    README.write_text(text, encoding="utf-8")
    print(f"wrote {CASES.relative_to(ROOT)} ({pos} positive, {neg} negative) and README.md")


if __name__ == "__main__":
    main()

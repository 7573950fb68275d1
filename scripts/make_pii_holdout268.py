#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set h268 (US-heavy).

Written by an AI helper acting as an independent author; it never saw the
redaction code.  Standard library only; output is byte-for-byte reproducible.

    python scripts/make_pii_holdout268.py          # write fixture + README
    python scripts/make_pii_holdout268.py --check  # regenerate and verify
"""
import json
import os
import random
import re
import sys
from collections import Counter

SEED = 268241124
HERE = os.path.dirname(os.path.abspath(__file__))
OUTDIR = os.path.join(HERE, "..", "tests", "fixtures", "pii_holdout268")
CASES = os.path.join(OUTDIR, "cases.jsonl")
README = os.path.join(OUTDIR, "README.md")
TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE",
         "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

R = random.Random(SEED)

# ---------------------------------------------------------------- spoken forms
DW = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "f": "foxtrot",
        "g": "golf", "h": "hotel", "j": "juliet", "k": "kilo", "l": "lima", "m": "mike",
        "n": "november", "p": "papa", "r": "romeo", "s": "sierra", "t": "tango", "w": "whiskey",
        "x": "xray", "y": "yankee", "z": "zulu", "o": "oscar", "q": "quebec", "u": "uniform",
        "v": "victor", "i": "india"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh",
       8: "eighth", 9: "ninth", 10: "tenth", 11: "eleventh", 12: "twelfth", 13: "thirteenth",
       14: "fourteenth", 15: "fifteenth", 16: "sixteenth", 17: "seventeenth", 18: "eighteenth",
       19: "nineteenth", 20: "twentieth", 21: "twenty first", 22: "twenty second",
       23: "twenty third", 24: "twenty fourth", 25: "twenty fifth", 26: "twenty sixth",
       27: "twenty seventh", 28: "twenty eighth"}


def zero_word(style):
    return {"oh": "oh", "o": "o", "zero": "zero", "nought": "nought"}[style]


def say_digits(ds, zero="zero", repeats=True, fillers=False):
    """Digit-by-digit reading, with optional double/triple and fillers."""
    out = []
    i = 0
    while i < len(ds):
        d = ds[i]
        w = zero if d == "0" else DW[int(d)]
        if repeats and i + 2 < len(ds) and ds[i + 1] == d and ds[i + 2] == d and R.random() < 0.7:
            out.append("triple " + w)
            i += 3
        elif repeats and i + 1 < len(ds) and ds[i + 1] == d and R.random() < 0.7:
            out.append("double " + w)
            i += 2
        else:
            out.append(w)
            i += 1
        if fillers and i < len(ds) and R.random() < 0.08:
            out.append(R.choice(["um", "uh", "er"]))
    return " ".join(out)


def say_pair(p, zero="oh"):
    """Two digits said as a number: 41 -> forty one, 07 -> oh seven, 10 -> ten."""
    a, b = int(p[0]), int(p[1])
    if a == 0:
        return zero + " " + DW[b]
    if a == 1:
        return TEENS[b]
    if b == 0:
        return TENS[a]
    return TENS[a] + " " + DW[b]


def say_pairs(ds, zero="oh"):
    assert len(ds) % 2 == 0
    return " ".join(say_pair(ds[i:i + 2], zero) for i in range(0, len(ds), 2))


def say_year(y):
    s = str(y)
    if s.startswith("20") and s[2] == "0":
        return "two thousand" + ("" if s[3] == "0" else " and " + DW[int(s[3])]) if R.random() < 0.5 else "two thousand " + DW[int(s[3])]
    return say_pair(s[:2]) + " " + say_pair(s[2:])


def say_number(n):
    """Say a house number (1..9999) the way people do."""
    s = str(n)
    if len(s) == 1:
        return DW[n]
    if len(s) == 2:
        return say_pair(s)
    if len(s) == 3:
        if R.random() < 0.5:
            return DW[int(s[0])] + " " + say_pair(s[1:])
        return say_digits(s, zero="oh", repeats=False)
    if s[2:] == "00":
        return say_pair(s[:2]) + " hundred"
    return say_pair(s[:2]) + " " + say_pair(s[2:])


def spell_letters(s, nato_p=0.3):
    out = []
    for c in s.lower():
        if c.isdigit():
            out.append(DW[int(c)])
        elif c == "o" or R.random() < nato_p:
            out.append("%s for %s" % (c, NATO[c]))
        else:
            out.append(c)
    return " ".join(out)


# ---------------------------------------------------------------- normaliser
WORDNUM = {w: str(i) for i, w in enumerate(DW)}
WORDNUM.update({"oh": "0", "o": "0", "nought": "0", "zero": "0"})
TEENNUM = {w: str(10 + i) for i, w in enumerate(TEENS)}
TENNUM = {w: str(i) for i, w in enumerate(TENS) if w}
HOMO = {"to": "2", "too": "2", "ate": "8", "won": "1"}
FILLERS = {"um", "uh", "er", "erm", "and", "dash", "hyphen", "space", "sorry", "that's", "its",
           "it's", "is", "the", "then", "yeah", "so", "like", "okay", "slash", "of"}


def spoken_to_chars(text):
    """Normalise a span (typed or spoken) into a string of digits/letters/@/. ."""
    t = text.lower().replace("-", " ").replace("(", " ").replace(")", " ").replace("/", " ")
    t = t.replace(",", " ").replace("+", " ")
    toks = t.split()
    out = []
    i = 0
    mult = 1
    while i < len(toks):
        w = toks[i]
        if re.fullmatch(r"[\d.]+", w):
            w = w.replace(".", "")
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if w in ("double", "triple"):
            mult = 2 if w == "double" else 3
            i += 1
            continue
        if w in WORDNUM and not (w == "o" and nxt == "for"):
            out.append(WORDNUM[w] * mult)
        elif w in TEENNUM:
            out.append(TEENNUM[w])
        elif w in TENNUM:
            if nxt in WORDNUM and nxt not in ("oh", "o", "nought", "zero"):
                out.append(TENNUM[w] + WORDNUM[nxt])
                i += 1
            else:
                out.append(TENNUM[w] + "0")
        elif w == "hundred":
            out.append("00")
        elif w == "thousand":
            out.append("000")
        elif w == "for" and nxt is not None and nxt in NATO.values():
            i += 2
            mult = 1
            continue
        elif w == "for":
            out.append("4")
        elif w in HOMO:
            out.append(HOMO[w])
        elif w in FILLERS:
            pass
        elif w == "at":
            out.append("@")
        elif w in ("dot", "period", "point"):
            out.append(".")
        elif w == "underscore":
            out.append("_")
        else:
            out.append(w)
        mult = 1
        i += 1
    return "".join(out)


def luhn_ok(d):
    tot = 0
    for i, c in enumerate(reversed(d)):
        n = int(c)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        tot += n
    return tot % 10 == 0


def iban_ok(s):
    s = s.upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in r)
    return int(num) % 97 == 1


def validate(typ, raw, v=None):
    if v is None:
        v = spoken_to_chars(raw)
    digits = re.sub(r"\D", "", v)
    if typ == "CARD_NUMBER":
        return v.isdigit() and 13 <= len(v) <= 19 and luhn_ok(v)
    if typ == "CVV":
        return v.isdigit() and len(v) in (3, 4)
    if typ == "EXPIRY":
        m = re.fullmatch(r"(0[1-9]|1[0-2])(\d{2}|20\d{2})", v)
        if m:
            return True
        return any(v.startswith(mn) for mn in MONTHS) and bool(digits)
    if typ == "SSN":
        return v.isdigit() and len(v) == 9
    if typ == "NI_NUMBER":
        return bool(re.fullmatch(r"[a-z]{2}\d{6}[a-d]", v))
    if typ == "BANK_ACCOUNT":
        return v.isdigit() and 6 <= len(v) <= 17
    if typ == "SORT_CODE":
        return v.isdigit() and len(v) == 6
    if typ == "IBAN":
        return iban_ok(v)
    if typ == "PHONE":
        return v.isdigit() and 10 <= len(v) <= 13
    if typ == "EMAIL":
        return bool(re.fullmatch(r"[a-z0-9._]+@[a-z0-9]+(\.[a-z0-9]+)+", v))
    if typ == "DOB":
        return bool(re.fullmatch(r"\d{6,8}", v)) or (any(mn in v for mn in MONTHS) and len(digits) >= 3)
    if typ == "POSTCODE":
        return (v.isdigit() and len(v) in (5, 9)) or bool(
            re.fullmatch(r"[a-z]{1,2}\d[a-z\d]?\d[a-z]{2}", v))
    if typ == "ADDRESS":
        return bool(re.search(r"\d", v)) and any(
            s in raw.lower().split() for s in STREET_SUFFIXES)
    return False


# ---------------------------------------------------------------- value makers
def luhn_complete(prefix, length):
    while True:
        body = prefix + "".join(R.choice("0123456789") for _ in range(length - len(prefix) - 1))
        for c in "0123456789":
            if luhn_ok(body + c):
                return body + c


def new_card():
    kind = R.choice(["visa", "visa", "mc", "mc", "amex", "disc"])
    if kind == "visa":
        return kind, luhn_complete("4", 16)
    if kind == "mc":
        return kind, luhn_complete(R.choice(["51", "52", "53", "54", "55", "2221"]), 16)
    if kind == "amex":
        return kind, luhn_complete(R.choice(["34", "37"]), 15)
    return kind, luhn_complete("6011", 16)


def group_card(c, sep=" "):
    if len(c) == 15:
        return sep.join([c[:4], c[4:10], c[10:]])
    return sep.join(c[i:i + 4] for i in range(0, len(c), 4))


def card_groups(c):
    if len(c) == 15:
        return [c[:4], c[4:10], c[10:]]
    return [c[i:i + 4] for i in range(0, len(c), 4)]


def new_ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


def new_ni():
    first = R.choice("ABCEGHJKLMNPRSTWYZ")
    second = R.choice("ABCEGHJKLMNPRSTWYZ")
    return first + second + "".join(R.choice("0123456789") for _ in range(6)) + R.choice("ABCD")


def iban_make(cc, bban):
    r = bban + cc + "00"
    num = int("".join(str(int(c, 36)) for c in r))
    return cc + "%02d" % (98 - num % 97) + bban


def new_iban():
    cc = R.choice(["GB", "IE", "DE", "FR", "NL", "ES"])
    rd = lambda n: "".join(R.choice("0123456789") for _ in range(n))
    if cc == "GB":
        return iban_make(cc, R.choice(["NWBK", "BARC", "LOYD", "MIDL", "HBUK"]) + rd(14))
    if cc == "IE":
        return iban_make(cc, R.choice(["AIBK", "BOFI", "IPBS"]) + rd(14))
    if cc == "DE":
        return iban_make(cc, rd(18))
    if cc == "FR":
        return iban_make(cc, rd(23))
    if cc == "NL":
        return iban_make(cc, R.choice(["ABNA", "INGB", "RABO"]) + rd(10))
    return iban_make(cc, rd(20))


def group4(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def rd(n, first_nonzero=False):
    s = "".join(R.choice("0123456789") for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = R.choice("123456789") + s[1:]
    return s


def us_phone():
    return R.choice("23456789") + rd(2) + R.choice("23456789") + rd(6)


def fmt_us_phone(p):
    return R.choice([
        "(%s) %s-%s" % (p[:3], p[3:6], p[6:]),
        "%s-%s-%s" % (p[:3], p[3:6], p[6:]),
        "%s.%s.%s" % (p[:3], p[3:6], p[6:]),
        "+1 %s %s %s" % (p[:3], p[3:6], p[6:]),
        "1-%s-%s-%s" % (p[:3], p[3:6], p[6:]),
        p,
    ])


def uk_mobile():
    return "07" + R.choice("3456789") + rd(8)


FIRST = ["james", "maria", "daniel", "keisha", "tom", "priya", "luis", "emily", "marcus",
         "hannah", "jose", "brenda", "kevin", "aoife", "siobhan", "raj", "carlos", "tanya",
         "derek", "olivia", "nguyen", "fatima", "liam", "grace"]
LAST = ["smith", "garcia", "okafor", "miller", "nguyen", "obrien", "patel", "johnson",
        "kowalski", "reyes", "walsh", "brown", "murphy", "davis", "hernandez", "lee"]
DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "aol.com", "icloud.com",
           "comcast.net", "att.net", "btinternet.com", "eircom.net"]


def new_email():
    f, l = R.choice(FIRST), R.choice(LAST)
    user = R.choice([f + "." + l, f[0] + l, f + l + rd(2), f + "_" + l, l + f[0] + rd(4)])
    return user, R.choice(DOMAINS)


def say_email(user, dom):
    parts = []
    for ch in re.split(r"([._]|\d+)", user):
        if not ch:
            continue
        if ch == ".":
            parts.append("dot")
        elif ch == "_":
            parts.append("underscore")
        elif ch.isdigit():
            parts.append(say_digits(ch, zero="zero", repeats=False))
        elif len(ch) <= 2:
            parts.append(" ".join(ch))
        else:
            parts.append(ch)
    d1, d2 = dom.split(".")
    return " ".join(parts) + " at " + d1 + " dot " + d2


STREETS = ["maple", "oak", "elm", "cedar", "pine", "washington", "lincoln", "park", "lake",
           "hillcrest", "sunset", "willow", "jefferson", "madison", "highland", "river",
           "church", "birch", "meadow", "franklin"]
STREET_SUFFIXES = ["street", "st", "avenue", "ave", "road", "rd", "drive", "dr", "lane", "ln",
                   "boulevard", "blvd", "court", "ct", "way", "place", "pl", "terrace", "circle"]
US_CITIES = [("springfield", "IL"), ("columbus", "OH"), ("austin", "TX"), ("tampa", "FL"),
             ("phoenix", "AZ"), ("denver", "CO"), ("raleigh", "NC"), ("fresno", "CA"),
             ("albany", "NY"), ("tacoma", "WA"), ("omaha", "NE"), ("newark", "NJ")]


def us_address():
    n = R.choice([R.randint(1, 99), R.randint(100, 999), R.randint(1000, 9999), R.randint(10000, 24999)])
    st = R.choice(STREETS)
    suf = R.choice(["Street", "Avenue", "Road", "Drive", "Lane", "Boulevard", "Court", "Way", "St", "Ave", "Dr", "Blvd"])
    pre = R.choice(["", "", "", "N ", "S ", "West ", "East "])
    return n, pre + st.title() + " " + suf


def zip5():
    return R.choice("123456789") + rd(4)


def uk_postcode():
    return R.choice(["SW1A 2AA", "M1 1AE", "B33 8TH", "CR2 6XH", "DN55 1PT", "EH1 3QR",
                     "LS6 2AB", "G12 8QQ", "BS8 1TH", "CF10 1EP", "NE1 7RU", "L3 4FP",
                     "EC1V 9HX", "W1A 0AX", "BT9 5AB", "OX4 2JT"])


def new_dob():
    y = R.randint(1942, 2003)
    m = R.randint(1, 12)
    d = R.randint(1, 28)
    return y, m, d


# ---------------------------------------------------------------- case building
class Turn:
    def __init__(self, speaker, *segs):
        self.speaker = speaker
        self.segs = segs


def A(*s):
    return Turn("agent", *s)


def C(*s):
    return Turn("customer", *s)


def P(value, typ, group=None):
    return ("__PII__", value, typ, group)


CASE_LIST = []
GROUPS = []  # (case_id, [raw pieces], type) for validation


def add_case(kind, note, turns):
    n = sum(1 for c in CASE_LIST if c["kind"] == kind) + 1
    cid = "h268-%s-%03d" % ("pos" if kind == "positive" else "neg", n)
    out_turns, spans = [], []
    groups = {}
    for ti, t in enumerate(turns):
        text = ""
        for seg in t.segs:
            if isinstance(seg, tuple) and seg and seg[0] == "__PII__":
                _, val, typ, grp = seg
                spans.append({"turn": ti, "start": len(text), "end": len(text) + len(val), "type": typ})
                key = grp if grp is not None else ("solo", ti, len(spans))
                groups.setdefault(key, (typ, []))[1].append(val)
                text += val
            else:
                text += seg
        out_turns.append({"speaker": t.speaker, "text": text})
    for key, (typ, vals) in groups.items():
        GROUPS.append((cid, typ, vals))
    CASE_LIST.append({"id": cid, "kind": kind, "turns": out_turns, "spans": spans, "note": note})


def pick(*xs):
    return R.choice(xs)


# ---------------------------------------------------------------- positive templates
def spoken_card(c, fillers=False):
    z = pick("oh", "zero", "o")
    if R.random() < 0.3:
        return " ".join(say_pairs(g, z) if len(g) % 2 == 0 else say_digits(g, z) for g in card_groups(c))
    return say_digits(c, zero=z, fillers=fillers)


def spoken_expiry(m, y):
    mm = "%02d" % m
    return pick(say_pair(mm) + " " + say_pair(str(y)),
                MONTHS[m - 1] + " twenty " + say_pair(str(y))[len("twenty "):] if str(y)[0] == "2" and str(y)[1] != "0" else MONTHS[m - 1] + " " + say_pair(str(y)),
                say_digits(mm, "oh", False) + " " + say_digits(str(y), "oh", False),
                say_pair(mm) + " slash " + say_pair(str(y)))


def t_card_call_one_turn():
    ind = pick("telecom", "utilities", "insurance", "retail", "healthcare billing", "travel")
    _, c = new_card()
    return "call/%s: card read out in one turn (digits or digit pairs), possible fillers" % ind, [
        A(pick("okay go ahead with the card number", "and what's the long number on the front of the card",
               "can i get the sixteen digit number on the card please")),
        C(pick("yeah sure it's ", "okay um ", "alright so ", ""), P(spoken_card(c, fillers=True), "CARD_NUMBER"),
          pick("", " and that's a visa", " did you get that")),
    ]


def t_card_call_split():
    ind = pick("telecom", "utilities", "insurance", "cable tv", "healthcare billing")
    _, c = new_card()
    gs = card_groups(c)
    z = pick("oh", "zero")
    turns = [A("go ahead with the card number whenever you're ready")]
    backs = ["mhm", "okay go on", "yep", "uh huh", "got it", "okay"]
    for i, g in enumerate(gs):
        txt = say_digits(g, z) if R.random() < 0.6 else (say_pairs(g, z) if len(g) % 2 == 0 else say_digits(g, z))
        lead = pick("", "", "okay ", "um ") if i else pick("sure ", "okay so ", "")
        turns.append(C(lead, P(txt, "CARD_NUMBER", "c")))
        if i < len(gs) - 1:
            turns.append(A(pick(*backs)))
    return "call/%s: card split across %d customer turns with agent back-channels" % (ind, len(gs)), turns


def t_card_chat_typed():
    ind = pick("retail", "travel", "telecom", "streaming", "airline")
    _, c = new_card()
    form = pick(group_card(c, " "), group_card(c, "-"), c, group_card(c, "  "), group_card(c, "."))
    m, y = R.randint(1, 12), R.randint(26, 31)
    cvv = rd(4 if len(c) == 15 else 3)
    exp = pick("%02d/%d" % (m, y), "%02d/20%d" % (m, y), "%02d-%d" % (m, y), "%d/%d" % (m, y) if m >= 10 else "%02d/%d" % (m, y))
    return "chat/%s: card, expiry and cvv typed in one message with labels" % ind, [
        A("Please type the card details you'd like to use for the $%d.%02d payment." % (R.randint(20, 400), R.randint(0, 99))),
        C(pick("card ", "Card no: ", "number is ", "cc# "), P(form, "CARD_NUMBER"), pick(" exp ", ", expires ", " exp date "),
          P(exp, "EXPIRY"), pick(" cvv ", ", security code ", " cvc: "), P(cvv, "CVV")),
    ]


def t_card_exp_cvv_call():
    ind = pick("utilities", "telecom", "insurance", "hotel", "pharmacy")
    _, c = new_card()
    m, y = R.randint(1, 12), R.randint(2026, 2031)
    cvv = rd(4 if len(c) == 15 else 3)
    z = pick("oh", "zero", "o")
    return "call/%s: card then expiry then security code on separate turns, amount mentioned" % ind, [
        A("alright your balance today is %s dollars and %s cents how would you like to pay" % (say_number(R.randint(40, 300)), say_pair(rd(2, True)))),
        C("on my card"),
        A("go ahead with the number"),
        C(P(spoken_card(c), "CARD_NUMBER")),
        A("and the expiration date"),
        C(pick("it's ", "", "um "), P(spoken_expiry(m, y % 100), "EXPIRY")),
        A("and the three digit code on the back" if len(c) != 15 else "and the four digit code on the front"),
        C(P(say_digits(cvv, z, repeats=False), "CVV")),
    ]


def t_card_readback():
    ind = pick("telecom", "insurance", "retail", "utilities")
    _, c = new_card()
    sp = spoken_card(c)
    return "call/%s: customer reads card and agent reads it back" % ind, [
        A("what's the card number"),
        C(P(sp, "CARD_NUMBER")),
        A("let me read that back ", P(say_digits(c, pick("zero", "oh"), repeats=False), "CARD_NUMBER"), " is that right"),
        C("yes that's correct"),
    ]


def t_card_restart():
    ind = pick("travel", "utilities", "telecom")
    _, c = new_card()
    gs = card_groups(c)
    return "call/%s: caller starts the card, stops, restarts from the beginning" % ind, [
        A("card number please"),
        C(P(say_digits(gs[0] + gs[1], "oh"), "CARD_NUMBER"), " oh wait sorry wrong card hang on"),
        A("no problem take your time"),
        C("okay it's this one ", P(spoken_card(c), "CARD_NUMBER")),
    ] if False else [
        A("card number please"),
        C(P(say_digits(c, "oh"), "CARD_NUMBER"), " hold on i think i messed that up let me say it again"),
        A("sure go ahead"),
        C(P(spoken_card(c), "CARD_NUMBER")),
    ]


def say_ssn(s):
    z = pick("oh", "zero", "o")
    f = R.random()
    if f < 0.5:
        return say_digits(s[:3], z) + " " + say_digits(s[3:5], z) + " " + say_digits(s[5:], z)
    if f < 0.7:
        return say_digits(s, z, fillers=True)
    if f < 0.85:
        return say_digits(s[:3], z) + " " + say_pair(s[3:5], z) + " " + say_pairs(s[5:], z)
    return say_digits(s[:3], z) + " dash " + say_digits(s[3:5], z) + " dash " + say_digits(s[5:], z)


def fmt_ssn(s):
    return pick("%s-%s-%s" % (s[:3], s[3:5], s[5:]), "%s %s %s" % (s[:3], s[3:5], s[5:]), s,
                "%s.%s.%s" % (s[:3], s[3:5], s[5:]), "%s - %s - %s" % (s[:3], s[3:5], s[5:]),
                "%s-%s-%s" % (s[:3], s[3:5], s[5:]))


def t_ssn_call():
    ind = pick("banking", "insurance", "healthcare billing", "government services", "utilities", "credit union")
    s = new_ssn()
    ask = pick("can i get your social security number to verify", "and your social please",
               "i'll need the full social to pull that up", "can you verify your ssn for me")
    return "call/%s: US SSN spoken in one turn" % ind, [
        A(ask), C(pick("yeah it's ", "sure ", "um okay ", "it is "), P(say_ssn(s), "SSN"), pick("", " okay", " you need my date of birth too"))]


def t_ssn_split():
    ind = pick("banking", "insurance", "government services", "student loans")
    s = new_ssn()
    z = pick("oh", "zero")
    return "call/%s: SSN given in 3-2-4 chunks over three turns with back-channels" % ind, [
        A("and the social security number on the account"),
        C(pick("okay ", "", "it's "), P(say_digits(s[:3], z), "SSN", "s")),
        A(pick("mhm", "okay", "go ahead")),
        C(P(say_digits(s[3:5], z), "SSN", "s")),
        A(pick("uh huh", "yep", "okay")),
        C(P(say_digits(s[5:], z), "SSN", "s")),
    ]


def t_ssn_chat():
    ind = pick("banking", "tax prep", "insurance", "payroll", "government services")
    s = new_ssn()
    return "chat/%s: SSN typed with %s" % (ind, "separators"), [
        A("To verify your identity please enter your SSN."),
        C(pick("", "ssn ", "SSN: ", "my social is ", "its "), P(fmt_ssn(s), "SSN"), pick("", " thx", ". I also need to update my phone")),
    ]


def t_ssn_readback_dob():
    ind = pick("healthcare billing", "insurance", "banking")
    s = new_ssn()
    y, m, d = new_dob()
    return "call/%s: SSN with agent read-back, then date of birth" % ind, [
        A("what's your social"),
        C(P(say_ssn(s), "SSN")),
        A("i have ", P(say_digits(s, "zero", repeats=False), "SSN"), " and your date of birth"),
        C(P(MONTHS[m - 1] + " " + ORD[d] + " " + say_year(y), "DOB")),
    ]


def t_ssn_itin_phone_mix():
    ind = pick("banking", "telecom", "credit card")
    s = new_ssn()
    p = us_phone()
    return "chat/%s: SSN and phone in one message" % ind, [
        C("hi locked out of my acct. ssn ", P(fmt_ssn(s), "SSN"), " and the phone on file is ", P(fmt_us_phone(p), "PHONE")),
    ]


def say_ni(n):
    n = n.lower()
    letters = spell_letters(n[:2], 0.35)
    dig = n[2:8]
    if R.random() < 0.5:
        mid = say_digits(dig, pick("oh", "zero", "nought"))
    else:
        mid = say_pairs(dig, pick("oh", "nought"))
    return letters + " " + mid + " " + spell_letters(n[8], 0.3)


def fmt_ni(n):
    return pick("%s %s %s %s %s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8]), n, n.lower(),
                "%s%s" % (n[:2], " ".join([n[2:8], n[8]])), "%s %s %s" % (n[:2], n[2:8], n[8]),
                "%s-%s-%s-%s-%s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8]))


def t_ni_call():
    ind = pick("government services", "payroll", "pensions", "banking", "insurance")
    n = new_ni()
    return "call/%s (UK): NI number spoken with letters and digits" % ind, [
        A(pick("and your national insurance number please", "can you give me your NI number")),
        C(pick("yeah it's ", "right ", "um ", ""), P(say_ni(n), "NI_NUMBER")),
    ]


def t_ni_chat():
    ind = pick("government services", "payroll", "benefits", "HR")
    n = new_ni()
    return "chat/%s (UK): NI number typed" % ind, [
        A("Could you confirm your National Insurance number?"),
        C(pick("", "NI: ", "ni no ", "sure its "), P(fmt_ni(n), "NI_NUMBER"), pick("", " cheers", ". Start date was 3rd March")),
    ]


def t_ni_split():
    n = new_ni().lower()
    return "call/pensions (UK): NI number over two turns, letters then digits+suffix", [
        A("national insurance number"),
        C(P(spell_letters(n[:2], 0.6), "NI_NUMBER", "n")),
        A("yep"),
        C(P(say_digits(n[2:8], "nought") + " " + spell_letters(n[8], 0.5), "NI_NUMBER", "n")),
    ]


def t_bank_uk():
    acct = rd(8)
    sc = rd(6)
    f = R.random()
    if f < 0.5:
        return "call/banking (UK): sort code and account number spoken", [
            A("what's the sort code and account number for the direct debit"),
            C("sort code ", P(say_pairs(sc, pick("oh", "nought")) if R.random() < 0.5 else say_digits(sc, "oh"), "SORT_CODE"),
              " and the account is ", P(say_digits(acct, pick("oh", "zero")), "BANK_ACCOUNT")),
        ]
    return "chat/utilities (UK): sort code and account typed", [
        C("Bank details for the DD: sort code ", P(pick("%s-%s-%s" % (sc[:2], sc[2:4], sc[4:]), sc, "%s %s %s" % (sc[:2], sc[2:4], sc[4:])), "SORT_CODE"),
          ", acc no ", P(acct, "BANK_ACCOUNT")),
    ]


def t_bank_us():
    routing = rd(9)
    acct = rd(R.randint(10, 12), True)
    return "call/utilities (US): checking account number for autopay read digit by digit", [
        A("what's the checking account number you want to use for autopay"),
        C(pick("okay it's ", "", "um "), P(say_digits(acct, pick("zero", "oh")), "BANK_ACCOUNT")),
        A(pick("got it", "thank you")),
    ]


def t_bank_us_chat():
    acct = rd(R.randint(9, 12), True)
    return "chat/banking (US): account number typed with label", [
        C(pick("acct # ", "account number: ", "my checking acct is "), P(acct, "BANK_ACCOUNT"), pick(" pls help", "", " - why was it charged twice?")),
    ]


def t_iban():
    ib = new_iban()
    if R.random() < 0.5:
        return "chat/travel (EU): IBAN typed for refund", [
            A("Please share the IBAN for the refund."),
            C(pick("IBAN ", "", "here: "), P(pick(group4(ib), ib, group4(ib).lower()), "IBAN")),
        ]
    sp = spell_letters(ib[:2], 0.3) + " " + say_digits(ib[2:4], "zero", False) + " " + " ".join(
        spell_letters(c, 0.2) if c.isalpha() else say_digits(c, pick("zero", "oh"), False) for c in ib[4:])
    return "call/banking (IE/EU): IBAN spoken character by character", [
        A("and the iban for the transfer"),
        C(P(sp, "IBAN")),
    ]


def say_us_phone(p):
    z = pick("oh", "zero")
    f = R.random()
    if f < 0.4:
        return say_digits(p[:3], z) + " " + say_digits(p[3:6], z) + " " + say_digits(p[6:], z)
    if f < 0.7:
        return say_digits(p[:3], z) + " " + say_digits(p[3:6], z) + " " + say_pairs(p[6:], z)
    if f < 0.85:
        return "one " + say_digits(p, z)
    return say_digits(p[:6], z) + " " + say_pair(p[6:8], z) + " hundred" if p[8:] == "00" else say_digits(p, z, fillers=True)


def t_phone_call():
    ind = pick("telecom", "cable tv", "healthcare billing", "pharmacy", "insurance", "delivery")
    p = us_phone()
    return "call/%s (US): callback number spoken" % ind, [
        A(pick("what's the best callback number", "and a good number to reach you")),
        C(pick("yeah it's ", "", "um ", "my cell is "), P(say_us_phone(p), "PHONE"), pick("", " anytime after five", " that's my cell")),
    ]


def t_phone_chat():
    p = us_phone()
    return "chat/retail (US): phone number typed", [
        C(pick("call me at ", "my number is ", "pls text ", "phone: "), P(fmt_us_phone(p), "PHONE"), pick("", " thanks", " about order 55182")),
    ]


def t_phone_uk():
    p = uk_mobile()
    if R.random() < 0.5:
        return "call/telecom (UK): mobile number spoken", [
            A("what's the mobile number"),
            C(P(say_digits(p[:5], "oh") + " " + say_digits(p[5:], "oh"), "PHONE")),
        ]
    return "chat/utilities (UK): mobile typed in international form", [
        C("mob ", P(pick("+44 " + p[1:5] + " " + p[5:], "+44 (0)" + p[1:5] + " " + p[5:], p[:5] + " " + p[5:]), "PHONE")),
    ]


def t_phone_split():
    p = us_phone()
    return "call/insurance (US): phone over three turns, area code first", [
        A("callback number"),
        C("area code ", P(say_digits(p[:3], "oh"), "PHONE", "p")),
        A("okay"),
        C(P(say_digits(p[3:6], "oh"), "PHONE", "p")),
        A("mhm"),
        C(P(say_digits(p[6:], "oh"), "PHONE", "p")),
    ]


def t_email_call():
    ind = pick("telecom", "retail", "insurance", "airline", "healthcare billing")
    u, d = new_email()
    return "call/%s: e-mail spoken with dot/at" % ind, [
        A("and what email should we send the confirmation to"),
        C(pick("it's ", "", "um "), P(say_email(u, d), "EMAIL")),
    ]


def t_email_chat():
    u, d = new_email()
    e = u + "@" + d
    return "chat/retail: e-mail typed mid-sentence", [
        C(pick("pls update my email to ", "email: ", "you can reach me at "), P(pick(e, e.upper() if R.random() < 0.2 else e, e), "EMAIL"),
          pick("", " instead", ". Order 4471902 hasn't arrived")),
    ]


def t_dob_call():
    ind = pick("healthcare billing", "insurance", "banking", "pharmacy", "government services")
    y, m, d = new_dob()
    f = R.random()
    if f < 0.4:
        val = MONTHS[m - 1] + " " + ORD[d] + " " + say_year(y)
    elif f < 0.7:
        val = say_pair("%02d" % m) + " " + say_pair("%02d" % d) + " " + say_year(y)
    else:
        val = "the " + ORD[d] + " of " + MONTHS[m - 1] + " " + say_year(y)
    return "call/%s: date of birth spoken" % ind, [
        A(pick("can you confirm your date of birth", "and the patient's date of birth", "date of birth please")),
        C(pick("", "it's ", "yeah "), P(val, "DOB")),
    ]


def t_dob_chat():
    y, m, d = new_dob()
    val = pick("%02d/%02d/%d" % (m, d, y), "%d/%d/%d" % (m, d, y), "%02d-%02d-%d" % (m, d, y),
               "%s %d, %d" % (MONTHS[m - 1].title(), d, y))
    return "chat/insurance (US): DOB typed with label", [
        C(pick("DOB ", "dob: ", "born ", "date of birth is "), P(val, "DOB"), pick("", " policy holder", "")),
    ]


def t_address_call():
    ind = pick("delivery", "utilities", "insurance", "cable tv", "retail")
    n, st = us_address()
    city, state = R.choice(US_CITIES)
    z = zip5()
    return "call/%s (US): street address with house number spoken, city, state and ZIP" % ind, [
        A(pick("what's the service address", "and the address on the account", "where should we ship it")),
        C(P(say_number(n) + " " + re.sub(r" (st|ave|dr|blvd)$", lambda m: " " + {"st": "street", "ave": "avenue", "dr": "drive", "blvd": "boulevard"}[m.group(1)], st.lower()), "ADDRESS"),
          " " + city + " " + state.lower() + " ", P(say_digits(z, "oh", repeats=False) if R.random() < 0.6 else say_digits(z, "zero"), "POSTCODE")),
    ]


def t_address_chat():
    n, st = us_address()
    city, state = R.choice(US_CITIES)
    z = zip5()
    zz = pick(z, z + "-" + rd(4), z)
    return "chat/retail (US): shipping address typed, ZIP or ZIP+4", [
        C(pick("ship to ", "new address: ", "I moved to "), P("%d %s" % (n, st), "ADDRESS"), ", %s, %s " % (city.title(), state), P(zz, "POSTCODE")),
    ]


def t_zip_only():
    z = zip5()
    return "call/telecom (US): ZIP code on its own for verification", [
        A("can i get the zip code on the billing address"),
        C(P(pick(say_digits(z, "oh"), say_digits(z, "zero"), say_digits(z[:3], "oh") + " " + say_pair(z[3:])), "POSTCODE")),
    ]


def t_uk_address():
    pc = uk_postcode()
    n = R.randint(2, 180)
    st = R.choice(["Station Road", "Church Lane", "Victoria Street", "Mill Lane", "Park Avenue", "Kings Road"])
    if R.random() < 0.5:
        return "chat/utilities (UK): address and postcode typed", [
            C("Moving to ", P("%d %s" % (n, st), "ADDRESS"), ", ", P(pc, "POSTCODE"), " on the 14th"),
        ]
    return "call/insurance (UK): postcode spelled out with digits", [
        A("what's your postcode"),
        C(P(spell_letters(pc.replace(" ", "").lower(), 0.3), "POSTCODE")),
    ]


def t_mix_phone_email():
    p = us_phone()
    u, d = new_email()
    return "call/insurance (US): phone and e-mail in one customer turn with chit-chat", [
        A("can i get a phone number and email for the claim"),
        C("sure it's ", P(say_us_phone(p), "PHONE"), " and email is ", P(say_email(u, d), "EMAIL"),
          " i'm home after %s most days" % say_number(R.randint(3, 7))),
    ]


def t_ssn_with_age():
    s = new_ssn()
    return "call/government services (US): SSN next to age and benefit amount (unlabelled)", [
        A("how old are you sir and what's your social"),
        C("i'm %s and my social is " % say_number(R.randint(62, 88)), P(say_ssn(s), "SSN"),
          " and i get %s a month" % money()),
    ]


def t_zip4_call():
    z = zip5()
    f = rd(4)
    n, st = us_address()
    return "call/delivery (US): typed-style address read with ZIP+4 spoken with dash", [
        A("what's the delivery address"),
        C(P(say_number(n) + " " + re.sub(r" (st|ave|dr|blvd)$", lambda m: " " + {"st": "street", "ave": "avenue", "dr": "drive", "blvd": "boulevard"}[m.group(1)], st.lower()), "ADDRESS"),
          " apartment %s" % say_number(R.randint(2, 40))),
        A("and the zip"),
        C(P(say_digits(z, "oh", False) + " dash " + say_digits(f, "oh", False), "POSTCODE")),
    ]


def homophonise(text):
    sub = {"two": ("to", "too"), "eight": ("ate",), "four": ("for",)}
    out = []
    for w in text.split():
        out.append(R.choice(sub[w]) if w in sub and R.random() < 0.5 else w)
    return " ".join(out)


def t_homophone_card():
    _, c = new_card()
    cvv = rd(3 if len(c) != 15 else 4)
    return "call/utilities (US): ASR homophones inside readings (to/too/for/ate for two/four/eight)", [
        A("go ahead with the card number"),
        C(P(homophonise(say_digits(c, "oh", repeats=False)), "CARD_NUMBER")),
        A("and the security code"),
        C(P(homophonise(say_digits(cvv, "oh", repeats=False)), "CVV"), " i think"),
    ]


def t_homophone_ssn():
    s = new_ssn()
    return "call/banking (US): SSN with ASR homophones (to/for/ate)", [
        A("i just need your social to verify"),
        C("okay ", P(homophonise(say_digits(s[:3], "oh", False) + " " + say_digits(s[3:5], "oh", False) + " " + say_digits(s[5:], "oh", False)), "SSN")),
    ]


POS_TEMPLATES = [(t_mix_phone_email, 5), (t_ssn_with_age, 5), (t_zip4_call, 4),
    (t_card_call_one_turn, 7), (t_card_call_split, 6), (t_card_chat_typed, 9), (t_card_exp_cvv_call, 9),
    (t_card_readback, 3), (t_card_restart, 2),
    (t_ssn_call, 12), (t_ssn_split, 5), (t_ssn_chat, 10), (t_ssn_readback_dob, 3), (t_ssn_itin_phone_mix, 4),
    (t_ni_call, 14), (t_ni_chat, 12), (t_ni_split, 5),
    (t_bank_uk, 14), (t_bank_us, 4), (t_bank_us_chat, 3), (t_iban, 14),
    (t_phone_call, 8), (t_phone_chat, 5), (t_phone_uk, 4), (t_phone_split, 2),
    (t_email_call, 8), (t_email_chat, 6),
    (t_dob_call, 8), (t_dob_chat, 5),
    (t_address_call, 9), (t_address_chat, 7), (t_zip_only, 3), (t_uk_address, 4),
    (t_homophone_card, 4), (t_homophone_ssn, 4),
]


# ---------------------------------------------------------------- negative templates
def money():
    return "%s dollars and %s cents" % (say_number(R.randint(12, 980)), say_pair(rd(2, True)))


def n_money():
    return "call/utilities (US): balance and payment amounts spoken", [
        A("your current balance is %s and the minimum due is %s dollars" % (money(), say_number(R.randint(25, 95)))),
        C("okay can i pay %s today" % say_number(R.randint(30, 400))),
    ]


def n_money_chat():
    return "chat/retail (US): prices, quantities and totals typed", [
        C("I was charged $%d.%02d twice for %d items, should be $%d.%02d total" % (
            R.randint(100, 2500), R.randint(0, 99), R.randint(2, 12), R.randint(50, 999), R.randint(0, 99))),
        A("Sorry about that, I see a refund of $%d.%02d pending, it takes %d-%d business days." % (
            R.randint(50, 999), R.randint(0, 99), R.randint(3, 5), R.randint(6, 10))),
    ]


def n_policy():
    word = pick("policy number", "member id", "claim number", "group number", "case number")
    num = rd(R.randint(7, 10), True)
    if R.random() < 0.5:
        return "call/insurance (US): %s read digit by digit with its name" % word, [
            A("can i get your %s" % word),
            C("yeah the %s is %s" % (word, say_digits(num, pick("zero", "oh")))),
        ]
    return "chat/insurance (US): %s typed" % word, [
        C("%s %s - %s" % (word.title(), pick(num, "#" + num, "W" + num, "CLM-" + num), pick("status?", "was it approved", "still pending"))),
    ]


def n_tracking():
    t = "1Z" + "".join(R.choice("0123456789ABCDEFGHJKLMNPRSTVWXY") for _ in range(16))
    return "chat/delivery (US): tracking and order numbers with names", [
        C("order #%s never arrived, tracking number %s" % (rd(R.randint(7, 10), True), t)),
        A("I see order %s shipped on %s %d." % (rd(8, True), MONTHS[R.randint(0, 11)].title(), R.randint(1, 28))),
    ]


def n_appointment():
    m = MONTHS[R.randint(0, 11)]
    return "call/healthcare billing (US): appointment and payment dates, not birth dates", [
        A("i have you down for %s %s at %s thirty" % (m, ORD[R.randint(1, 28)], say_number(R.randint(1, 11)))),
        C("and the payment plan starts the %s of %s %s right" % (ORD[R.randint(1, 28)], MONTHS[R.randint(0, 11)], say_year(R.randint(2025, 2027)))),
    ]


def n_flight():
    return "call/travel (US): flight number, seat, times and durations", [
        C("i'm on flight %s %s from %s and it got delayed %s hours" % (
            pick("u a", "delta", "aa", "b six", "e i"), say_number(R.randint(100, 2999)), pick("denver", "boston", "dublin"), DW[R.randint(2, 6)])),
        A("i see it departing at %s %s now seat %s %s" % (say_number(R.randint(1, 12)), pick("fifteen", "forty", "oh five", "thirty"), say_number(R.randint(10, 38)), pick("a", "c", "f"))),
    ]


def n_meter():
    return "call/utilities (US): meter reading and usage", [
        C("the meter reads %s" % say_digits(rd(5, True), "zero")),
        A("okay that's %s kilowatt hours this month compared to %s last year" % (say_number(R.randint(200, 1400)), say_number(R.randint(200, 1400)))),
    ]


def n_speed():
    return "chat/telecom (US): speeds, data and plan prices", [
        C("I pay $%d/mo for %d Mbps but speed test shows %d.%d Mbps and %d ms ping" % (
            R.randint(40, 120), pick(300, 500, 1000), R.randint(5, 90), R.randint(0, 9), R.randint(10, 90))),
        A("I can move you to the %d Mbps plan for $%d.99 for %d months." % (pick(500, 1000, 2000), R.randint(40, 90), pick(12, 24))),
    ]


def n_years_age():
    return "call/insurance (US): years, ages and counts", [
        C("i've been with you since %s and i've got %s cars my daughter is %s" % (
            say_year(R.randint(1988, 2019)), DW[R.randint(2, 4)], TEENS[R.randint(6, 9)])),
        A("thanks for being a customer for %s years" % say_number(R.randint(5, 30))),
    ]


def n_percent():
    return "chat/banking (US): APR, percentages and balances", [
        C("why is my APR %d.%02d%% now? balance is $%s" % (R.randint(15, 29), R.randint(0, 99), "{:,}".format(R.randint(1000, 20000)))),
        A("The promotional %d%% rate ended after %d months." % (R.randint(0, 5), pick(12, 15, 18))),
    ]


def n_room_model():
    return "call/retail (US): model number and serial-like product code", [
        C("it's the washer model %s and it's showing error code %s" % (
            pick("w f four five r six one hundred", "l g w m three nine hundred", "wf45r6100aw"), pick("e three", "four e", "u e"))),
        A("okay and the temperature setting was %s degrees" % say_number(R.randint(60, 140))),
    ]


def n_hotel():
    return "chat/travel (US): hotel room number, nights, confirmation code", [
        C("Room %d, checked in %d nights ago, confirmation %s" % (R.randint(101, 1899), R.randint(1, 5),
                                                           "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6)))),
        A("Thanks, checkout is at %d:00 AM on the %d%s." % (R.randint(10, 12), R.randint(4, 20), "th")),
    ]


def n_ticket():
    w = pick("ticket", "reference", "invoice", "prescription", "work order", "confirmation")
    num = rd(R.randint(6, 10), True)
    return "call/telecom (US): %s number said with its name, spaced groups" % w, [
        A("do you have a %s number" % w),
        C("yeah it's %s number %s" % (w, say_pairs(num[:len(num) // 2 * 2], "oh") if R.random() < 0.5 else say_digits(num, "zero"))),
        A("thanks that %s was opened %s days ago" % (w, DW[R.randint(2, 9)])),
    ]


def n_time_duration():
    return "call/cable tv (US): technician window, hold time, durations", [
        A("the technician will be there between %s and %s on %s" % (say_number(R.randint(8, 11)), say_number(R.randint(1, 5)), pick("tuesday", "friday", "monday"))),
        C("i've been on hold for %s minutes and this is the %s time i called" % (say_number(R.randint(20, 59)), pick("third", "fourth", "fifth"))),
    ]


NEG_TEMPLATES = [(n_money, 8), (n_money_chat, 8), (n_policy, 14), (n_tracking, 7), (n_appointment, 8),
                 (n_flight, 7), (n_meter, 7), (n_speed, 6), (n_years_age, 7), (n_percent, 6),
                 (n_room_model, 6), (n_hotel, 6), (n_ticket, 10), (n_time_duration, 6)]


# ---------------------------------------------------------------- main
def build():
    global R
    R = random.Random(SEED)
    CASE_LIST.clear()
    GROUPS.clear()
    for fn, k in POS_TEMPLATES:
        for _ in range(k):
            note, turns = fn()
            add_case("positive", note, turns)
    for fn, k in NEG_TEMPLATES:
        for _ in range(k):
            note, turns = fn()
            add_case("negative", note, turns)
    lines = "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in CASE_LIST)
    return lines


def counts():
    tc = Counter(s["type"] for c in CASE_LIST for s in c["spans"])
    kc = Counter(c["kind"] for c in CASE_LIST)
    return tc, kc


def readme(tc, kc):
    rows = "\n".join("| %s | %d |" % (t, tc.get(t, 0)) for t in TYPES)
    return """# PII hold-out set h268 (US-heavy)

**Never use this set for tuning.** It is a held-out evaluation set; do not look at
failures here to adjust patterns, thresholds or word lists.

## Who wrote it and how

Written by an AI helper acting as an independent author. The author did not see the
redaction code, its tests, its docs or any other PII fixture; only a 3-line example of the
JSONL format. Cases are produced by `scripts/make_pii_holdout268.py` from template
functions: every turn is assembled from plain-text pieces and (value, TYPE) pieces, so the
offsets are computed, never typed by hand. All values come from one `random.Random(%d)`;
the output is byte-for-byte reproducible. `--check` regenerates and compares the file,
checks ids, offsets, word boundaries, overlaps, and validates every labelled value after
normalising spoken forms (Luhn for cards, mod-97 for IBANs, NI shape, 9 digits for SSN,
6 for sort codes, digit counts for CVV/phone/account, postcode/ZIP shapes).

Emphasis: US contact centres (SSNs spoken and typed, ZIP and ZIP+4, US phone formats,
US street addresses, card payments by phone) plus UK/IE/EU cases (NI numbers, sort codes,
IBANs, UK postcodes). Negatives are US-heavy lookalikes: policy, member, claim, group,
case, ticket, invoice, prescription and tracking numbers said with their names, money,
APRs, dates that are not birth dates, flight/room/model numbers, meter readings, speeds.

## Annotation conventions

- A span covers the value only: lead-ins ("it's", "card number", "ssn", "dob") are outside.
- Spoken readings: the span runs from the first to the last word of the reading, including
  fillers ("um"), "double"/"triple", "dash", "slash", "for <nato word>" inside it.
- A value split over several customer turns is labelled as one span per turn (each piece).
- An agent reading a value back is labelled too. A caller who reads a card, then restarts,
  gets both readings labelled.
- CARD_NUMBER: the full number only; EXPIRY and CVV are separate spans.
- ADDRESS: house number + street name + street type only; city/state are not labelled;
  ZIP/postcode is its own POSTCODE span (ZIP+4 including the dash part).
- DOB: the whole date expression ("the third of may nineteen eighty").
- PHONE: the digits including a leading "+1"/"1"/"+44" and separators; words like
  "area code" stay outside.
- EMAIL: the full address, spoken ("j smith at gmail dot com") or typed.
- ASR homophones inside a reading ("to"/"too" for two, "for" for four, "ate" for eight)
  are part of the span; fillers after the reading ("i think") are not.
- Negatives have no spans; nothing in them may be redacted.

## Counts

Positives: %d, negatives: %d.

| type | spans |
|---|---|
%s
""" % (SEED, kc["positive"], kc["negative"], rows)


def check(lines):
    problems = []
    if not os.path.exists(CASES) or open(CASES, encoding="utf-8").read() != lines:
        problems.append("cases.jsonl differs from regenerated output")
    ids = [c["id"] for c in CASE_LIST]
    if len(ids) != len(set(ids)):
        problems.append("duplicate ids")
    for c in CASE_LIST:
        if c["kind"] == "negative" and c["spans"]:
            problems.append("%s negative with spans" % c["id"])
        if c["kind"] == "positive" and not c["spans"]:
            problems.append("%s positive without spans" % c["id"])
        seen = {}
        for s in c["spans"]:
            if s["type"] not in TYPES:
                problems.append("%s bad type %s" % (c["id"], s["type"]))
            if not (0 <= s["turn"] < len(c["turns"])):
                problems.append("%s bad turn" % c["id"])
                continue
            txt = c["turns"][s["turn"]]["text"]
            st, en = s["start"], s["end"]
            if not (0 <= st < en <= len(txt)):
                problems.append("%s offsets out of range" % c["id"])
                continue
            if (st > 0 and txt[st - 1].isalnum()) or (en < len(txt) and txt[en].isalnum()):
                problems.append("%s span not on word boundary: %r" % (c["id"], txt[st:en]))
            if txt[st].isspace() or txt[en - 1].isspace():
                problems.append("%s span has edge whitespace" % c["id"])
            for (a, b) in seen.get(s["turn"], []):
                if st < b and a < en:
                    problems.append("%s overlapping spans" % c["id"])
            seen.setdefault(s["turn"], []).append((st, en))
    for cid, typ, vals in GROUPS:
        raw = " ".join(vals)
        norm = "".join(spoken_to_chars(v) for v in vals)  # pieces in separate turns
        if not validate(typ, raw, norm):
            problems.append("%s invalid %s value %r -> %r" % (cid, typ, raw, norm))
    tc, kc = counts()
    if kc["positive"] < 170 or kc["negative"] < 100:
        problems.append("too few cases %s" % dict(kc))
    for t in TYPES:
        need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
        if tc.get(t, 0) < need:
            problems.append("too few %s spans: %d < %d" % (t, tc.get(t, 0), need))
    if not os.path.exists(README) or open(README, encoding="utf-8").read() != readme(tc, kc):
        problems.append("README.md differs from regenerated output")
    return problems


def main():
    lines = build()
    tc, kc = counts()
    if "--check" in sys.argv[1:]:
        problems = check(lines)
        print("cases: %d positive, %d negative" % (kc["positive"], kc["negative"]))
        for t in TYPES:
            print("  %-13s %d" % (t, tc.get(t, 0)))
        for p in problems:
            print("PROBLEM:", p)
        print("check %s (%d problems)" % ("FAILED" if problems else "OK", len(problems)))
        return 1 if problems else 0
    os.makedirs(OUTDIR, exist_ok=True)
    with open(CASES, "w", encoding="utf-8", newline="\n") as f:
        f.write(lines)
    with open(README, "w", encoding="utf-8", newline="\n") as f:
        f.write(readme(tc, kc))
    print("wrote %d cases (%d positive, %d negative)" % (len(CASE_LIST), kc["positive"], kc["negative"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())

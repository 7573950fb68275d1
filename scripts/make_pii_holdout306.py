#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set h306.

Written by an AI helper acting as an independent author (it did not see the
redaction code).  Standard library only; all values come from one seeded
random.Random so the output is byte-for-byte reproducible.

    python scripts/make_pii_holdout306.py          # write fixture + README
    python scripts/make_pii_holdout306.py --check  # regenerate and verify
"""
import json
import os
import random
import re
import sys
from collections import Counter

SEED = 306241125
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout306")
OUT = os.path.join(OUT_DIR, "cases.jsonl")
README = os.path.join(OUT_DIR, "README.md")
TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE",
         "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

R = random.Random(SEED)

# ----------------------------------------------------------------- words
UNIT = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEEN = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
        "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "f": "foxtrot",
        "g": "golf", "h": "hotel", "j": "juliet", "k": "kilo", "l": "lima", "m": "mike",
        "n": "november", "p": "papa", "q": "quebec", "r": "romeo", "s": "sierra", "t": "tango",
        "u": "uniform", "w": "whiskey", "x": "x-ray", "y": "yankee", "z": "zulu", "i": "india",
        "v": "victor"}
ALT_SPELL = {"b": ["boy", "bravo", "bertie"], "c": ["charlie", "cat"], "s": ["sugar", "sierra", "sam"],
             "m": ["mother", "mike", "mary"], "n": ["nancy", "november", "nora"],
             "p": ["peter", "papa"], "t": ["tommy", "tango", "tom"], "d": ["david", "delta", "dog"],
             "h": ["harry", "hotel"], "w": ["william", "whiskey"], "r": ["robert", "romeo"]}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
       "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
       "seventeenth", "eighteenth", "nineteenth", "twentieth"]


def ordinal(d):
    if d <= 20:
        return ORD[d]
    if d == 30:
        return "thirtieth"
    t, u = divmod(d, 10)
    return TENS[t] + " " + ORD[u]


def num_words(n):
    """Plain cardinal words for 0..999999 (used for non-PII amounts etc.)."""
    if n < 10:
        return UNIT[n]
    if n < 20:
        return TEEN[n - 10]
    if n < 100:
        t, u = divmod(n, 10)
        return TENS[t] + ("" if u == 0 else " " + UNIT[u])
    if n < 1000:
        h, r = divmod(n, 100)
        return UNIT[h] + " hundred" + ("" if r == 0 else " and " + num_words(r))
    th, r = divmod(n, 1000)
    return num_words(th) + " thousand" + ("" if r == 0 else (" and " if r < 100 else " ") + num_words(r))


def pair_words(two, zero="oh"):
    a, b = int(two[0]), int(two[1])
    if a == 0:
        return zero + " " + UNIT[b]
    if a == 1:
        return TEEN[b]
    return TENS[a] + ("" if b == 0 else " " + UNIT[b])


HOMO = {"1": ["won"], "2": ["to", "too"], "4": ["for"], "8": ["ate"], "3": ["tree"]}


def say_digits(s, style="single", zero=None, homo=0.0, fill=0.0, uk=True):
    """Render a digit string the way a caller says it and an ASR writes it."""
    zeros = ["oh", "zero", "o"] + (["nought"] if uk else [])
    words = []
    i = 0
    while i < len(s):
        c = s[i]
        if style == "pairs" and i + 1 < len(s) and R.random() < 0.75 and s[i + 1] != "0":
            words.append(pair_words(s[i:i + 2], zero or R.choice(["oh", "o"])))
            i += 2
        else:
            run = 1
            while style in ("doubles", "pairs") and i + run < len(s) and s[i + run] == c and run < 3:
                run += 1
            if c == "0":
                w = zero or R.choice(zeros)
            elif c in HOMO and R.random() < homo:
                w = R.choice(HOMO[c])
            else:
                w = UNIT[int(c)]
            if run == 3:
                words.append("triple " + w)
            elif run == 2:
                words.append("double " + w)
            else:
                words.append(w)
            i += run
        if fill and i < len(s) and R.random() < fill:
            words.append(R.choice(["um", "uh", "er", "erm"]))
    return " ".join(words)


def say_groups(groups, style="single", sep=" ", **kw):
    return sep.join(say_digits(g, style, **kw) for g in groups)


LNAME = {"a": "ay", "b": "bee", "c": "see", "d": "dee", "e": "ee", "g": "gee", "h": "aitch", "j": "jay",
         "k": "kay", "l": "el", "m": "em", "n": "en", "p": "pee", "r": "are", "s": "es", "t": "tee",
         "x": "ex", "y": "why", "z": "zed"}


def say_letter(ch, nato=0.0, lname=0.15):
    ch = ch.lower()
    if ch in LNAME and R.random() < lname:
        return LNAME[ch]
    if R.random() < nato:
        alt = ALT_SPELL.get(ch, [NATO[ch]]) if ch in NATO else [ch]
        return "%s for %s" % (ch, R.choice(alt))
    return ch


def say_year(y):
    if y >= 2010:
        return "twenty " + num_words(y - 2000)
    if y >= 2000:
        return "two thousand and " + UNIT[y - 2000] if R.random() < 0.6 else "two thousand " + UNIT[y - 2000]
    a, b = divmod(y, 100)
    return num_words(a) + " " + (("oh " + UNIT[b]) if b < 10 else num_words(b))


# ----------------------------------------------------------------- values
def luhn_ok(d):
    tot = 0
    for i, ch in enumerate(reversed(d)):
        v = int(ch)
        if i % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        tot += v
    return tot % 10 == 0


def gen_card():
    kind = R.choice(["visa", "visa", "mc", "mc", "amex", "disc", "visa19"])
    pre, n = {"visa": ("4", 16), "mc": (R.choice(["51", "52", "53", "54", "55", "2221"]), 16),
              "amex": (R.choice(["34", "37"]), 15), "disc": ("6011", 16), "visa19": ("4", 19)}[kind]
    body = pre + "".join(R.choice("0123456789") for _ in range(n - len(pre) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def card_groups(c):
    if len(c) == 15:
        return [c[:4], c[4:10], c[10:]]
    return [c[i:i + 4] for i in range(0, len(c), 4)]


def rdig(n, first="123456789"):
    return R.choice(first) + "".join(R.choice("0123456789") for _ in range(n - 1))


def gen_ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


NI_L = "ABCEGHJKLMNPRSTWXYZ"


def gen_ni():
    while True:
        p = R.choice(NI_L) + R.choice(NI_L)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + "".join(R.choice("0123456789") for _ in range(6)) + R.choice("ABCD")


def iban_check(country, bban):
    s = bban + country + "00"
    num = "".join(str(int(ch, 36)) for ch in s)
    return "%02d" % (98 - int(num) % 97)


def iban_ok(ib):
    s = ib[4:] + ib[:4]
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", ib):
        return False
    return int("".join(str(int(ch, 36)) for ch in s)) % 97 == 1


def gen_iban():
    c = R.choice(["GB", "IE", "DE", "FR", "NL", "ES", "IE"])
    if c == "GB":
        bban = R.choice(["NWBK", "BARC", "HBUK", "MIDL"]) + rdig(6) + rdig(8)
    elif c == "IE":
        bban = R.choice(["AIBK", "IPBS", "ULSB"]) + rdig(6) + rdig(8)
    elif c == "DE":
        bban = rdig(18)
    elif c == "FR":
        bban = rdig(10) + rdig(11) + rdig(2)
    elif c == "NL":
        bban = R.choice(["ABNA", "INGB", "KNAB"]) + rdig(10)
    else:
        bban = rdig(20)
    return c + iban_check(c, bban) + bban


UNIT_L = "ABDEFGHJLNPQRSTUWXYZ"


def gen_uk_pc():
    area = R.choice(["M", "B", "L", "G", "LS", "NE", "CF", "BS", "EH", "SW", "SE", "N", "E", "W",
                     "NW", "RG", "CB", "DY", "WV", "BT", "KY", "PL", "HU", "ST"])
    dist = str(R.randint(1, 29))
    return area + dist + str(R.randint(1, 9)) + R.choice(UNIT_L) + R.choice(UNIT_L)


def pc_fmt(pc):
    return pc[:-3] + " " + pc[-3:]


def say_uk_pc(pc, nato=0.3):
    out = pc[:-3]
    area = re.match(r"[A-Z]+", out).group(0)
    dist = out[len(area):]
    parts = [say_letter(ch, nato) for ch in area]
    if len(dist) == 2 and R.random() < 0.5:
        parts.append(num_words(int(dist)))
    else:
        parts.append(say_digits(dist))
    parts.append(UNIT[int(pc[-3])])
    parts += [say_letter(ch, nato) for ch in pc[-2:]]
    return " ".join(parts)


def gen_zip():
    return rdig(5, "123456789")


FIRST = ["sarah", "james", "priya", "liam", "aoife", "mohammed", "emma", "daniel", "chloe", "kwame",
         "niamh", "raj", "megan", "tomasz", "grace", "ethan", "fatima", "ryan", "zoe", "patrick"]
LAST = ["murphy", "patel", "walker", "kowalski", "byrne", "hughes", "nguyen", "garcia", "kelly",
        "fraser", "mensah", "reilly", "thompson", "shah", "duffy", "lewis", "brady", "clarke"]
DOMS = [("gmail", "com"), ("yahoo", "co.uk"), ("hotmail", "com"), ("outlook", "ie"),
        ("icloud", "com"), ("btinternet", "com"), ("aol", "com"), ("live", "co.uk"), ("eircom", "net")]
STREETS = ["acacia avenue", "millbrook road", "station road", "church lane", "elm grove",
           "kingfisher close", "maple drive", "queens terrace", "harbour view", "oakwood crescent",
           "victoria street", "mill lane", "park avenue", "cedar court", "willow way",
           "ashgrove park", "hawthorn drive", "sycamore street", "riverside walk", "glebe road"]
US_STREETS = ["maple street", "oak avenue", "lincoln boulevard", "pine ridge drive", "elm street",
              "sunset boulevard", "cherry lane", "lakeview drive", "washington avenue", "birch court"]
TOWNS = ["leeds", "manchester", "bristol", "cork", "galway", "cardiff", "glasgow", "reading",
         "belfast", "swansea", "york", "limerick"]


def gen_email():
    f, l = R.choice(FIRST), R.choice(LAST)
    d, tld = R.choice(DOMS)
    style = R.randint(0, 4)
    n = str(R.randint(1, 99))
    local = [f + "." + l, f[0] + l, f + "_" + l + n, l + f[0] + n, f + n][style]
    return local, d + "." + tld


def say_email(local, dom, spell=False):
    parts = []
    for piece in re.split(r"([._])", local):
        if piece == ".":
            parts.append("dot")
        elif piece == "_":
            parts.append("underscore")
        elif piece.isdigit():
            parts.append(num_words(int(piece)) if R.random() < 0.6 else say_digits(piece, zero="zero"))
        else:
            m = re.match(r"([a-z]+)(\d*)$", piece)
            word, digs = m.group(1), m.group(2)
            if spell and len(word) <= 7 and "o" not in word:
                parts.append(" ".join(word))
            elif len(word) == 1:
                parts.append(word)
            else:
                parts.append(word)
            if digs:
                parts.append(num_words(int(digs)))
    parts.append("at")
    parts.append(" dot ".join(dom.split(".")))
    return " ".join(parts)


def gen_uk_mobile():
    return "07" + R.choice(["7", "8", "9", "4", "5"]) + rdig(8, "0123456789")


def gen_uk_land():
    return R.choice(["0161", "0113", "0117", "0121", "0131", "0141", "0191", "0207", "0208", "0292"]) + rdig(7)


def gen_ie():
    return R.choice(["083", "085", "086", "087", "089"]) + rdig(7)


def gen_us_phone():
    return R.choice("23456789") + rdig(2, "0123456789") + R.choice("23456789") + rdig(6, "0123456789")


def gen_dob():
    return R.randint(1942, 2005), R.randint(1, 12), R.randint(1, 28)


def say_dob(y, m, d, us=False):
    s = R.randint(0, 4)
    if s == 0:
        return "the %s of %s %s" % (ordinal(d), MONTHS[m - 1], say_year(y))
    if s == 1:
        return "%s %s %s" % (MONTHS[m - 1], ordinal(d), say_year(y))
    if s == 2:
        return "%s %s %s" % (ordinal(d), MONTHS[m - 1], say_year(y))
    if s == 3:
        a, b = (m, d) if us else (d, m)
        return "%s %s %s" % (say_digits("%02d" % a, "pairs", zero="oh"),
                             say_digits("%02d" % b, "pairs", zero="oh"), say_year(y))
    return "%s of %s %s" % (ordinal(d), MONTHS[m - 1], say_year(y))


def gen_exp():
    return R.randint(1, 12), R.randint(25, 31)


def say_exp(m, y):
    s = R.randint(0, 3)
    if s == 0:
        return "%s %s" % (say_digits("%02d" % m, "pairs", zero=R.choice(["oh", "o", "zero"])), num_words(y))
    if s == 1:
        return "%s twenty %s" % (MONTHS[m - 1], num_words(y))
    if s == 2:
        return "%s %s" % (say_digits("%02d" % m, zero="zero"), say_digits("%02d" % y))
    return "%s of %s" % (MONTHS[m - 1], "twenty " + num_words(y))


# ------------------------------------------------------------ case building
CASES = []
COUNTER = {"positive": 0, "negative": 0}


def build(kind, turns, note):
    """turns: list of (speaker, [segment...]); segment = str | (text, TYPE[, group])."""
    out_turns, spans, groups = [], [], []
    for ti, (spk, segs) in enumerate(turns):
        text = ""
        for sg in segs:
            if isinstance(sg, str):
                text += sg
            else:
                start = len(text)
                text += sg[0]
                spans.append({"turn": ti, "start": start, "end": len(text), "type": sg[1]})
                groups.append(sg[2] if len(sg) > 2 else None)
        out_turns.append({"speaker": spk, "text": text})
    COUNTER[kind] += 1
    cid = "h306-%s-%03d" % ("pos" if kind == "positive" else "neg", COUNTER[kind])
    CASES.append(({"id": cid, "kind": kind, "turns": out_turns, "spans": spans, "note": note}, groups))


def A(*segs):
    return ("agent", list(segs))


def C(*segs):
    return ("customer", list(segs))


def pick(*xs):
    return R.choice(xs)


BACK = ["mhm", "okay", "yep", "okay go on", "uh huh", "yeah", "right", "got that", "okay and"]
FILL = ["um", "uh", "erm", "er"]

# ----------------------------------------------------------- positive: cards


def p_card_call_single(ind):
    c = gen_card()
    sp = say_groups(card_groups(c), pick("single", "doubles", "pairs", "single"),
                    homo=pick(0, 0, 0.25), fill=pick(0, 0.1))
    build("positive", [
        A(pick("okay and can i take the long card number please", "go ahead with the sixteen digit number on the front",
               "right whenever you're ready the card number")),
        C(pick("yeah it's ", "okay so ", "um ", "right its ", ""), (sp, "CARD_NUMBER"),
          pick("", " and that's a visa", " yeah", " did you get that")),
        A(pick("lovely thank you", "perfect thanks", "thank you")),
    ], "call/%s: card number read in one turn (style mix, possible homophones/fillers)" % ind)


def p_card_call_split(ind):
    c = gen_card()
    g = card_groups(c)
    style = pick("single", "doubles", "pairs")
    turns = [A("and the card number please")]
    for i, grp in enumerate(g):
        turns.append(C(pick("", "so ", "okay ", "um ") if i == 0 else "", (say_digits(grp, style), "CARD_NUMBER", "c"),
                       pick("", "", " uh")))
        if i < len(g) - 1:
            turns.append(A(R.choice(BACK)))
    turns.append(A("thank you and the expiry date"))
    m, y = gen_exp()
    turns.append(C(pick("it's ", "", "expires "), (say_exp(m, y), "EXPIRY")))
    build("positive", turns, "call/%s: card split over %d customer turns with back-channels, expiry after" % (ind, len(g)))


def p_card_restart(ind):
    c = gen_card()
    g = card_groups(c)
    frag = say_digits(g[0] + g[1][:2])
    full = say_groups(g, "single", fill=0.08)
    build("positive", [
        A("can i take the card number"),
        C((frag, "CARD_NUMBER", "frag:c"), pick(" oh hang on sorry wrong card", " no wait sorry that's the old one",
                                               " sorry let me start again")),
        A("no problem take your time"),
        C(pick("okay it's ", "right ", ""), (full, "CARD_NUMBER", "c")),
    ], "call/%s: caller restarts card reading; abandoned fragment also labelled (digits are a prefix)" % ind)


def p_card_interrupt(ind):
    c = gen_card()
    g = card_groups(c)
    k = len(g[0]) + len(g[1])
    build("positive", [
        A("go ahead with the card number"),
        C((say_digits(c[:k]), "CARD_NUMBER", "c")),
        A("sorry you broke up there after " + say_digits(c[k - 2:k]) if False else "sorry you cut out there what came after that"),
        C((say_digits(c[k:]), "CARD_NUMBER", "c")),
        A("okay so i have " + ""), 
    ], "call/%s: agent interrupts mid card reading, customer continues from the break" % ind)
    # agent read-back in the last turn (whole number)
    case, groups = CASES[-1]
    rb = say_groups(g, "single", zero="zero")
    t = case["turns"][-1]
    t["text"] = "okay so i have "
    case["spans"].append({"turn": len(case["turns"]) - 1, "start": len(t["text"]), "end": len(t["text"]) + len(rb),
                          "type": "CARD_NUMBER"})
    groups.append("rb")
    t["text"] += rb + " is that right"
    case["_rb"] = c


def p_card_full_pay(ind):
    c = gen_card()
    m, y = gen_exp()
    cvv = rdig(4 if len(c) == 15 else 3, "0123456789")
    build("positive", [
        A("i can take that payment of %s now what's the card number" % pick("forty two pounds", "a hundred and twelve euro",
                                                                             "sixty dollars", "nineteen ninety nine")),
        C((say_groups(card_groups(c), pick("single", "doubles"), homo=0.2), "CARD_NUMBER")),
        A("and the expiry"),
        C((say_exp(m, y), "EXPIRY"), pick("", " i think yeah")),
        A("and the %s on the back" % pick("three digit code", "security code", "cvv", "last three digits")),
        C(pick("", "it's ", "um "), (say_digits(cvv, zero=pick("oh", "zero")), "CVV")),
    ], "call/%s: full card payment: number, expiry, security code across turns; amount unlabelled" % ind)


def p_card_two_in_turn(ind):
    c = gen_card()
    m, y = gen_exp()
    cvv = rdig(3, "0123456789")
    build("positive", [
        A("okay card details when you're ready"),
        C((say_groups(card_groups(c)), "CARD_NUMBER"), pick(" expiry ", " expires ", " and it runs out "),
          (say_exp(m, y), "EXPIRY"), pick(" and the code is ", " security number ", " cvv "), (say_digits(cvv), "CVV")),
    ], "call/%s: card, expiry and cvv in one breathless customer turn" % ind)


def p_card_chat(ind):
    c = gen_card()
    g = card_groups(c)
    sep = pick(" ", "-", "", " ", ".")
    cs = sep.join(g)
    m, y = gen_exp()
    ex = pick("%02d/%d" % (m, y), "%02d/20%d" % (m, y), "%02d-%d" % (m, y), "%d/%d" % (m, y))
    cvv = rdig(3, "0123456789")
    build("positive", [
        C(pick("hi i need to update my card", "Hello, can I pay my bill here?", "pls update payment method")),
        A("Sure, please type the card details below."),
        C(pick("card: ", "number ", "its ", "Card No. "), (cs, "CARD_NUMBER"), pick(", exp ", " exp: ", " expiry ", " valid thru "),
          (ex, "EXPIRY"), pick(", cvv ", " cvc ", " sec code: "), (cvv, "CVV")),
    ], "chat/%s: card typed with separator %r, expiry and cvv" % (ind, sep))


def p_card_readback(ind):
    c = gen_card()
    g = card_groups(c)
    build("positive", [
        C("i want to pay with my " + pick("debit card", "credit card", "mastercard")),
        A("go on"),
        C((say_groups(g, "pairs"), "CARD_NUMBER")),
        A("let me read that back ", (say_groups(g, "single", zero="zero"), "CARD_NUMBER"), " correct"),
        C("yes that's it"),
    ], "call/%s: card in pairs, agent reads back digit by digit" % ind)


# ----------------------------------------------------------- SSN
def p_ssn_call(ind):
    s = gen_ssn()
    style = R.randint(0, 3)
    if style == 0:
        build("positive", [
            A("for verification can i get your social security number"),
            C(pick("sure it's ", "yeah ", "okay "), (say_groups([s[:3], s[3:5], s[5:]], pick("single", "doubles"), homo=0.2), "SSN")),
        ], "call/%s: ssn read in one turn, digit words" % ind)
    elif style == 1:
        build("positive", [
            A("and your social please"),
            C((say_digits(s[:3]), "SSN", "s")),
            A(R.choice(BACK)),
            C((say_digits(s[3:5], "pairs"), "SSN", "s")),
            A(R.choice(BACK)),
            C((say_digits(s[5:], pick("single", "pairs")), "SSN", "s"), pick("", " and that's it")),
        ], "call/%s: ssn split 3-2-4 across customer turns" % ind)
    elif style == 2:
        build("positive", [
            A("what are the last four of your social"),
            C("oh you need the whole thing i think it's ", (say_digits(s, fill=0.15), "SSN"), pick("", " uh yeah")),
            A("thank you i have ", (say_groups([s[:3], s[3:5], s[5:]]), "SSN"), " is that correct"),
            C("yep"),
        ], "call/%s: ssn with fillers plus agent read-back" % ind)
    else:
        bad = s[:4] + str((int(s[4]) + 3) % 10)
        build("positive", [
            A("can you confirm your social security number"),
            C((say_digits(bad), "SSN", "wrong:s"), " no wait ", (say_digits(s), "SSN", "s"), " sorry"),
            A("okay no worries thanks"),
        ], "call/%s: ssn with self-correction; abandoned start also labelled" % ind)


def p_ssn_chat(ind):
    s = gen_ssn()
    f = pick("%s-%s-%s", "%s %s %s", "%s%s%s", "%s.%s.%s") % (s[:3], s[3:5], s[5:])
    build("positive", [
        A("To verify your identity please provide your SSN."),
        C(pick("ok ", "sure, ", "", "SSN: ", "its "), (f, "SSN"), pick("", " thanks", ". my claim number is 44821")),
    ], "chat/%s: ssn typed" % ind)


def p_ssn_dob_call(ind):
    s = gen_ssn()
    y, m, d = gen_dob()
    build("positive", [
        A("i just need two pieces of information your date of birth and your social"),
        C(pick("sure ", "okay "), (say_dob(y, m, d, us=True), "DOB"), pick(" and the social is ", " and my ssn ", " social ")),
        A("mhm"),
        C((say_groups([s[:3], s[3:5], s[5:]], "doubles"), "SSN")),
    ], "call/%s: dob then ssn, ssn starts after agent back-channel" % ind)


# ----------------------------------------------------------- NI
def say_ni(n, nato=0.4, style=None):
    letters = " ".join(say_letter(ch, nato) for ch in n[:2])
    st = style or pick("single", "pairs", "doubles")
    digs = say_groups([n[2:4], n[4:6], n[6:8]], st, zero=pick("oh", "zero", "nought"))
    return letters, digs, say_letter(n[8], nato)


def p_ni_call(ind):
    n = gen_ni()
    L, D, S = say_ni(n)
    v = R.randint(0, 3)
    if v == 0:
        build("positive", [
            A("and your national insurance number please"),
            C(pick("it's ", "yeah ", ""), (L + " " + D + " " + S, "NI_NUMBER")),
        ], "call/government-%s: NI number in one turn, spelled letters" % ind)
    elif v == 1:
        build("positive", [
            A("could i take your national insurance number"),
            C(pick("right so it's ", "okay "), (L, "NI_NUMBER", "n")),
            A(R.choice(BACK)),
            C((D, "NI_NUMBER", "n")),
            A("and the last letter"),
            C((S, "NI_NUMBER", "n")),
        ], "call/government-%s: NI split letters / digits / suffix across turns" % ind)
    elif v == 2:
        build("positive", [
            A("whats your ni number"),
            C((L + " " + D, "NI_NUMBER", "n"), " " + pick("um hang on", "uh one second"), " ", (S, "NI_NUMBER", "n")),
            A("so that's ", (" ".join(n[:2].lower()) + " " + say_digits(n[2:8]) + " " + n[8].lower(), "NI_NUMBER"), " yeah"),
            C("yes"),
        ], "call/government-%s: NI with pause mid-value and agent read-back" % ind)
    else:
        L2 = " ".join(n[:2].lower())
        build("positive", [
            A("and for the claim we need your national insurance"),
            C("i've got it here ", (L2 + " " + say_digits(n[2:8], "pairs") + " " + n[8].lower(), "NI_NUMBER"),
              pick(" and my pension starts in april", " i'm sixty six next month", "")),
        ], "call/government-%s: NI in pairs followed by non-PII chat" % ind)


def p_ni_chat(ind):
    n = gen_ni()
    f = pick("%s %s %s %s %s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8]), n, n.lower(),
             "%s%s %s" % (n[:2], n[2:8], n[8]), "%s-%s-%s-%s-%s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8]))
    build("positive", [
        A("Please could you confirm your National Insurance number?"),
        C(pick("", "yes its ", "NINO: ", "sure - "), (f, "NI_NUMBER"), pick("", " cheers", ". Ref for my claim is CL-20391")),
    ], "chat/government-%s: NI typed" % ind)


# ----------------------------------------------------------- bank
def p_bank_call(ind):
    sc = rdig(6, "0123456789")
    acc = rdig(8, "0123456789")
    v = R.randint(0, 2)
    scs = say_digits(sc, "pairs") if R.random() < 0.5 else say_groups([sc[:2], sc[2:4], sc[4:]])
    if v == 0:
        build("positive", [
            A("for the direct debit i need the sort code and account number"),
            C("sort code ", (scs, "SORT_CODE"), pick(" and the account ", " account number "),
              (say_digits(acc, pick("single", "doubles", "pairs"), homo=0.2), "BANK_ACCOUNT")),
        ], "call/utilities-%s: sort code and account number in one turn" % ind)
    elif v == 1:
        build("positive", [
            A("whats the sort code"),
            C((scs, "SORT_CODE")),
            A("and the account number"),
            C((say_digits(acc[:4]), "BANK_ACCOUNT", "a")),
            A(R.choice(BACK)),
            C((say_digits(acc[4:], "doubles"), "BANK_ACCOUNT", "a")),
        ], "call/utilities-%s: account number split in two" % ind)
    else:
        build("positive", [
            A("can i take your bank details"),
            C("yeah the account number is ", (say_digits(acc, fill=0.1), "BANK_ACCOUNT"), " and the sort code is ",
              (scs, "SORT_CODE"), " it's with " + pick("barclays", "nationwide", "lloyds", "monzo")),
            A("and just to confirm the payment of %s goes out on the %s" % (pick("thirty two pounds", "fifty eight pounds forty"), ordinal(R.randint(1, 28)))),
            C("yes"),
        ], "call/utilities-%s: account then sort code, payment date and amount unlabelled" % ind)


def p_bank_us(ind):
    acc = rdig(R.randint(9, 12), "0123456789")
    build("positive", [
        A("what's the checking account number you want the refund to go to"),
        C(pick("", "okay it's ", "um "), (say_digits(acc, pick("single", "doubles"), uk=False), "BANK_ACCOUNT")),
        A("and that's with which bank"),
        C(pick("chase", "wells fargo", "bank of america")),
    ], "call/%s-US: checking account number" % ind)


def p_bank_chat(ind):
    sc = rdig(6, "0123456789")
    acc = rdig(8, "0123456789")
    scf = pick("%s-%s-%s", "%s %s %s", "%s%s%s") % (sc[:2], sc[2:4], sc[4:])
    build("positive", [
        C(pick("I want to change my DD bank details", "new bank details for the refund pls")),
        A("No problem, please send the sort code and account number."),
        C(pick("sort ", "Sort code: ", "sc "), (scf, "SORT_CODE"), pick(" acc ", ", account number: ", " a/c "), (acc, "BANK_ACCOUNT")),
    ], "chat/%s: sort code and account typed" % ind)


def p_iban(ind, chat):
    ib = gen_iban()
    if chat:
        f = pick(" ".join(ib[i:i + 4] for i in range(0, len(ib), 4)), ib, ib.lower())
        build("positive", [
            A("Please provide the IBAN for the refund."),
            C(pick("IBAN: ", "its ", "here: ", ""), (f, "IBAN"), pick("", " (BIC AIBKIE2D)" if False else "", " thanks")),
        ], "chat/%s: IBAN typed (mod-97 valid)" % ind)
    else:
        parts = []
        for i in range(0, len(ib), 4):
            grp = ib[i:i + 4]
            ws = []
            for ch in grp:
                ws.append(say_letter(ch, 0.2) if ch.isalpha() else say_digits(ch, zero=pick("zero", "oh")))
            parts.append(" ".join(ws))
        half = len(parts) // 2
        build("positive", [
            A("can you read me the iban"),
            C(pick("okay ", "right it's ", ""), (" ".join(parts[:half]), "IBAN", "i")),
            A(R.choice(BACK)),
            C((" ".join(parts[half:]), "IBAN", "i")),
        ], "call/%s: IBAN spoken in two halves" % ind)


# ----------------------------------------------------------- phone/email
def p_phone_call(ind):
    kind = R.randint(0, 3)
    if kind == 0:
        p = gen_uk_mobile()
        sp = say_digits(p, pick("single", "doubles"), homo=0.2, fill=0.05)
    elif kind == 1:
        p = gen_uk_mobile()
        sp = "plus four four " + say_digits(p[1:], "doubles")
        p = "44" + p[1:]
    elif kind == 2:
        p = gen_us_phone()
        sp = say_groups([p[:3], p[3:6], p[6:]], pick("single", "pairs"), uk=False)
    else:
        p = gen_ie()
        sp = say_groups([p[:3], p[3:]], "doubles")
    v = R.randint(0, 1)
    if v == 0:
        build("positive", [
            A("whats the best number to reach you on"),
            C(pick("", "it's ", "my mobile is ", "um "), (sp, "PHONE")),
        ], "call/%s: phone number in one turn" % ind)
    else:
        ws = sp.split(" ")
        k = len(ws) // 2
        while ws[k - 1] in ("double", "triple", "plus"):
            k += 1
        build("positive", [
            A("can i get a contact number"),
            C((" ".join(ws[:k]), "PHONE", "p")),
            A(pick("sorry you're breaking up a bit", "mhm")),
            C((" ".join(ws[k:]), "PHONE", "p"), pick("", " that's my mobile")),
        ], "call/%s: phone split across turns" % ind)


def p_phone_chat(ind):
    k = R.randint(0, 3)
    if k == 0:
        p = gen_uk_mobile()
        f = pick(p, p[:5] + " " + p[5:], "+44 " + p[1:5] + " " + p[5:], "+44" + p[1:])
    elif k == 1:
        p = gen_us_phone()
        f = pick("(%s) %s-%s", "%s-%s-%s", "%s.%s.%s", "+1 %s %s %s") % (p[:3], p[3:6], p[6:])
    elif k == 2:
        p = gen_ie()
        f = pick(p[:3] + " " + p[3:6] + " " + p[6:], "+353 " + p[1:3] + " " + p[3:])
    else:
        p = gen_uk_land()
        f = pick(p[:4] + " " + p[4:7] + " " + p[7:], p)
    build("positive", [
        A("What's a good number for a callback?"),
        C(pick("", "call me on ", "mob ", "tel: "), (f, "PHONE"), pick("", " after 5pm", " anytime before 6")),
    ], "chat/%s: phone typed" % ind)


def p_email_call(ind):
    local, dom = gen_email()
    sp = say_email(local, dom, spell=R.random() < 0.4)
    build("positive", [
        A("and an email address for the confirmation"),
        C(pick("yeah it's ", "", "okay so ", "um "), (sp, "EMAIL")),
        A("thank you"),
    ], "call/%s: email spoken with dot/at" % ind)


def p_email_chat(ind):
    local, dom = gen_email()
    e = local + "@" + dom
    if R.random() < 0.3:
        e = e.upper() if R.random() < 0.3 else e.capitalize()
    build("positive", [
        A("Can you confirm the email on the account?"),
        C(pick("", "its ", "email: ", "use "), (e, "EMAIL"), pick("", " thx", " please")),
    ], "chat/%s: email typed" % ind)


# ----------------------------------------------------------- DOB/address/postcode
def p_dob(ind, chat):
    y, m, d = gen_dob()
    if chat:
        f = pick("%02d/%02d/%d" % (d, m, y), "%d-%02d-%02d" % (y, m, d), "%d %s %d" % (d, MONTHS[m - 1].capitalize(), y),
                 "%02d.%02d.%d" % (d, m, y))
        build("positive", [
            A("Can I take your date of birth for security?"),
            C(pick("", "dob ", "its ", "born "), (f, "DOB")),
        ], "chat/%s: date of birth typed" % ind)
    else:
        build("positive", [
            A(pick("and your date of birth", "can you confirm your date of birth")),
            C(pick("", "it's ", "uh ", "yeah "), (say_dob(y, m, d), "DOB"), pick("", " so i'm %s" % num_words(2026 - y))),
        ], "call/%s: date of birth spoken (age unlabelled)" % ind)


def say_house(n):
    return num_words(n) if n < 100 or R.random() < 0.5 else say_digits(str(n))


def p_address(ind, chat):
    uk = R.random() < 0.7
    n = R.randint(1, 240)
    st = R.choice(STREETS if uk else US_STREETS)
    if chat:
        addr = ("Flat %d, " % R.randint(1, 12) if R.random() < 0.3 else "") + "%d %s" % (n, st.title())
        pc = pc_fmt(gen_uk_pc()) if uk else gen_zip()
        build("positive", [
            A("What's the delivery address?"),
            C((addr, "ADDRESS"), ", " + R.choice(TOWNS).title() + ", " if uk else ", Springfield, IL ", (pc, "POSTCODE")),
        ], "chat/%s: street address with town (town unlabelled) and postcode" % ind)
    else:
        addr = ("flat %s " % num_words(R.randint(1, 12)) if R.random() < 0.3 else "") + say_house(n) + " " + st
        if uk:
            pcs = say_uk_pc(gen_uk_pc())
        else:
            pcs = say_digits(gen_zip(), uk=False)
        if R.random() < 0.5:
            build("positive", [
                A("can i confirm the address on the account"),
                C(pick("", "yeah it's ", "it's "), (addr, "ADDRESS"), " " + (R.choice(TOWNS) if uk else "") + " ", (pcs, "POSTCODE")),
            ], "call/%s: address and postcode in one turn" % ind)
        else:
            build("positive", [
                A("and the first line of the address"),
                C((addr, "ADDRESS")),
                A("and the " + ("postcode" if uk else "zip code")),
                C(pick("", "it's ", "uh "), (pcs, "POSTCODE")),
            ], "call/%s: address then postcode in separate turns" % ind)


def p_postcode_only(ind):
    pc = gen_uk_pc()
    build("positive", [
        A("can i just take your postcode to find the address"),
        C((say_uk_pc(pc, 0.6), "POSTCODE")),
        A("and is that number %s" % num_words(R.randint(2, 99))),
        C("yeah that's the one"),
    ], "call/%s: postcode with NATO spelling; house number confirmation unlabelled (partial)" % ind)


def p_mixed_noise(ind):
    """Phone + non-PII numbers chit-chat in same turn."""
    p = gen_uk_mobile()
    build("positive", [
        A("is there a number we can text the tracking link to"),
        C("yeah my order was %s pounds and it's meant to arrive at %s but anyway it's " % (
            num_words(R.randint(12, 300)), pick("ten thirty", "half two", "four o'clock")),
          (say_digits(p, "doubles"), "PHONE"), " cheers"),
    ], "call/%s: phone after unlabelled price and time" % ind)


def p_card_regroup(ind):
    """Agent asks for one group again; customer repeats it (labelled, substring of value)."""
    c = gen_card()
    g = card_groups(c)
    k = R.randint(1, len(g) - 1)
    build("positive", [
        A("okay go ahead with the card number"),
        C(pick("", "right "), (say_groups(g, pick("single", "doubles"), homo=0.15), "CARD_NUMBER", "c")),
        A(pick("sorry the line dropped for a second what was the %s group again", "sorry can you repeat the %s four")
          % ["first", "second", "third", "fourth", "fifth"][k]),
        C(pick("", "it was ", "yeah "), (say_digits(g[k], zero="zero"), "CARD_NUMBER", "frag:c")),
        A("thank you"),
    ], "call/%s: agent asks for one group again; repeated group labelled too" % ind)


def p_card_wrong_group(ind):
    c = gen_card()
    g = card_groups(c)
    k = R.randint(1, len(g) - 1)
    wrong = "".join(R.choice("0123456789") for _ in g[k])
    before = say_groups(g[:k])
    after = say_groups(g[k:])
    build("positive", [
        A("can i take the card number please"),
        C((before, "CARD_NUMBER", "c"), " ", (say_digits(wrong), "CARD_NUMBER", "wrong:c"),
          pick(" no sorry ", " oh no hang on that's wrong ", " sorry i mean "), (after, "CARD_NUMBER", "c")),
        A("okay no problem"),
    ], "call/%s: mid-reading self-correction of one group (wrong group labelled as card too)" % ind)


def p_ssn_interrupt(ind):
    s = gen_ssn()
    build("positive", [
        A("i'll need your social to pull up the policy"),
        C((say_digits(s[:5]), "SSN", "s"), " and then"),
        A("sorry i didn't catch anything after " + say_digits(s[3:5]) if False else "sorry you cut out after the first part"),
        C(pick("oh sorry ", "okay ", ""), (say_digits(s[:5]), "SSN", "frag:s"), " ", (say_digits(s[5:], "pairs"), "SSN", "s")),
    ], "call/%s-US: ssn interrupted by agent, caller repeats start then finishes" % ind)


def p_dob_split(ind):
    y, m, d = gen_dob()
    yy = y % 100
    ys = ("oh " + UNIT[yy]) if yy < 10 else num_words(yy)
    build("positive", [
        A("and just your date of birth"),
        C(pick("it's ", "", "uh "), ("the " + ordinal(d) + " of", "DOB", "d")),
        A(pick("mhm", "yep")),
        C((MONTHS[m - 1] + " " + ys, "DOB", "d"), pick("", " yeah")),
    ], "call/%s: date of birth split across turns with two-digit year" % ind)


def p_ni_lnames(ind):
    n = gen_ni()
    letters = " ".join(LNAME.get(ch.lower(), ch.lower()) for ch in n[:2])
    suf = LNAME.get(n[8].lower(), n[8].lower())
    build("positive", [
        A("can you give me your national insurance number"),
        C(pick("yeah it's ", "sure ", "uh "), (letters + " " + say_digits(n[2:8], "doubles", zero=pick("oh", "zero")) + " " + suf, "NI_NUMBER")),
        A("thank you and is that still " + pick("the same address", "your current employer")),
        C("yes"),
    ], "call/government-%s: NI with letters recognised as words (see/jay/tee) by the ASR" % ind)


def p_email_spell_fix(ind):
    local, dom = gen_email()
    d, tld = dom.split(".", 1)
    sp = say_email(local, dom)
    build("positive", [
        A("what email should we send the policy documents to"),
        C(pick("", "it's ", "okay it's "), (sp, "EMAIL")),
        A("is that %s with the usual spelling" % pick("first name", "your surname")),
        C("yes " + pick("that's right", "normal spelling")),
    ], "call/%s: spoken email then spelling question (no value in answer)" % ind)


def p_two_values_chitchat(ind):
    p = gen_uk_mobile() if R.random() < 0.6 else gen_ie()
    local, dom = gen_email()
    build("positive", [
        A("can i update your contact details"),
        C("yeah so the mobile is ", (say_digits(p, "doubles", fill=0.08), "PHONE"),
          pick(" and i'll be home after six ", " but don't ring before nine "), "and email is ", (say_email(local, dom), "EMAIL")),
    ], "call/%s: phone and email in one turn with time chit-chat" % ind)


def p_sort_readback(ind):
    sc = rdig(6, "0123456789")
    acc = rdig(8, "0123456789")
    build("positive", [
        A("sort code"),
        C((say_digits(sc, "pairs"), "SORT_CODE")),
        A("so that's ", (say_groups([sc[:2], sc[2:4], sc[4:]], zero="zero"), "SORT_CODE"), " and the account number"),
        C((say_digits(acc[:3]), "BANK_ACCOUNT", "frag:a2"), pick(" sorry let me just find it", " hang on um")),
        A("no rush"),
        C(pick("okay ", ""), (say_digits(acc), "BANK_ACCOUNT", "a2"), pick("", " i think that's right")),
    ], "call/banking: sort code read back by agent; caller restarts account number (abandoned start labelled)")



def p_chat_multi(ind):
    uk = R.random() < 0.7
    n = R.randint(1, 240)
    st = R.choice(STREETS if uk else US_STREETS)
    addr = "%d %s" % (n, st if R.random() < 0.5 else st.title())
    pc = (pc_fmt(gen_uk_pc()) if R.random() < 0.6 else gen_uk_pc().lower()) if uk else gen_zip()
    p = gen_uk_mobile() if uk else gen_us_phone()
    pf = p if uk else "%s-%s-%s" % (p[:3], p[3:6], p[6:])
    build("positive", [
        C(pick("hiya", "hello", "hi there")),
        A("Hi, how can I help today?"),
        C(pick("moved house last wk, new adress is ", "pls update my addres to ", "new addr: "), (addr, "ADDRESS"),
          pick(" ", ", "), (pc, "POSTCODE"), pick(" and my numbr is ", " mob ", ". phone "), (pf, "PHONE"),
          pick("", " ta", " thx!!")),
    ], "chat/%s: address, postcode and phone in one typed message with typos" % ind)


def p_chat_ssn_dob(ind):
    s = gen_ssn()
    y, m, d = gen_dob()
    build("positive", [
        A("For security, please confirm your SSN and date of birth."),
        C(pick("ssn ", "SSN: ", "social "), ("%s-%s-%s" % (s[:3], s[3:5], s[5:]) if R.random() < 0.5 else s, "SSN"),
          pick(" dob ", ", DOB: ", " born "), ("%d/%d/%d" % (m, d, y), "DOB"),
          pick("", " - also my claim # is %s" % rdig(7), " (i'm %d)" % (2026 - y))),
    ], "chat/%s-US: ssn and US-style dob in one message; claim number / age unlabelled" % ind)



# ------------------------------------------------------------------ negatives
def n_case(ind, turns, note):
    build("negative", turns, note)


NEG_FUNCS = []


def neg(f):
    NEG_FUNCS.append(f)
    return f


@neg
def n_money(ind):
    a = R.randint(20, 950)
    c = R.randint(1, 99)
    n_case(ind, [A("your balance is %s %s and %s pence" % (num_words(a), pick("pounds", "euro"), num_words(c))),
                 C("and how much was the last bill"), A("that was %s dollars %s" % (num_words(R.randint(30, 400)), num_words(c)))],
           "call: money amounts and balance spoken")


@neg
def n_order(ind):
    o = rdig(R.randint(6, 9))
    n_case(ind, [A("can i take your order number"), C("yeah order number %s" % say_digits(o)),
                 A("thanks so order %s was dispatched on the %s" % (say_digits(o), ordinal(R.randint(1, 28))))],
           "call/retail: order number said with reference word, dispatch date")


@neg
def n_ticket_chat(ind):
    t = rdig(R.randint(6, 10))
    n_case(ind, [C("Hi, ticket #%s still not resolved, been %d days" % (t, R.randint(3, 21))),
                 A("Sorry about that. Ticket %s is escalated, ETA 48 hours." % t)], "chat/telecom: ticket number, durations")


@neg
def n_flight(ind):
    n_case(ind, [C("my flight %s %s %s leaves at %s" % (pick("e i", "f r", "b a", "u a"), say_digits(rdig(3)),
                                                         "from gate " + num_words(R.randint(2, 60)), pick("six forty five", "seventeen twenty", "half nine"))),
                 A("okay and how many bags are you checking"), C("%s bags about %s kilos each" % (num_words(R.randint(1, 3)), num_words(R.randint(15, 23))))],
           "call/travel: flight number, gate, time, bag weight")


@neg
def n_meter(ind):
    n_case(ind, [A("can you read me the meter reading"), C("it's %s" % say_digits(rdig(5, "0123456789"), "single")),
                 A("and the night rate"), C("%s" % say_digits(rdig(5), "pairs"))], "call/utilities: meter readings")


@neg
def n_meter_chat(ind):
    n_case(ind, [C("Meter reading today: %s (day) %s (night)" % (rdig(5), rdig(5))), A("Thanks, submitted for %s." % pick("March", "the 3rd", "this quarter"))],
           "chat/utilities: meter readings typed")


@neg
def n_appt(ind):
    n_case(ind, [A("i can book you in on the %s of %s at %s" % (ordinal(R.randint(1, 28)), R.choice(MONTHS), pick("nine fifteen", "two pm", "eleven thirty"))),
                 C("the %s works the appointment takes about %s minutes right" % (ordinal(R.randint(1, 28)), num_words(R.choice([20, 30, 45, 90]))))],
           "call/healthcare: appointment dates and times")


@neg
def n_contract(ind):
    y = R.randint(2015, 2025)
    n_case(ind, [C("my contract started in %s and it was %s a month" % (say_year(y), num_words(R.randint(10, 80)) + " pounds")),
                 A("you've got %s months left and a %s percent discount" % (num_words(R.randint(2, 23)), num_words(R.randint(5, 30))))],
           "call/telecom: contract year, monthly price, percentage")


@neg
def n_speed(ind):
    n_case(ind, [C("i'm paying for %s megabits and i get %s" % (num_words(R.choice([100, 500, 900])), num_words(R.randint(8, 60)))),
                 A("the router model is %s %s" % (pick("hub", "t g", "archer"), say_digits(rdig(3))))],
           "call/telecom: speeds and model number")


@neg
def n_claim(ind):
    c = rdig(R.randint(7, 10))
    n_case(ind, [A("do you have the claim reference"), C("claim reference %s" % say_digits(c, "doubles")),
                 A("thanks the excess on that is %s pounds" % num_words(R.choice([100, 250, 350, 500])))],
           "call/insurance: claim reference with reference word, excess amount")


@neg
def n_invoice_chat(ind):
    n_case(ind, [C("Invoice INV-%s shows €%d.%02d but I was quoted €%d" % (rdig(7), R.randint(50, 999), R.randint(0, 99), R.randint(40, 900))),
                 A("I can see invoice %s, I'll raise a credit of €%d." % (rdig(7), R.randint(5, 99)))],
           "chat/utilities: invoice numbers and euro amounts")


@neg
def n_room(ind):
    n_case(ind, [C("i'm in room %s for %s nights checking out on the %s" % (num_words(R.randint(101, 950)), num_words(R.randint(2, 9)), ordinal(R.randint(1, 28)))),
                 A("great and breakfast is from %s until %s" % (pick("seven", "six thirty"), pick("ten", "half ten")))],
           "call/travel: room number, nights, checkout date, times")


@neg
def n_age_temp(ind):
    n_case(ind, [C("my daughter is %s and she's had a temperature of %s point %s for %s days" % (
        num_words(R.randint(2, 15)), num_words(R.randint(37, 40)), num_words(R.randint(1, 9)), num_words(R.randint(2, 6)))),
                 A("okay and the prescription was %s milligrams" % num_words(R.choice([250, 500, 125])))],
           "call/healthcare: age, temperature, duration, dose")


@neg
def n_payment_date(ind):
    n_case(ind, [A("your next payment of %s is due on the %s of %s %s" % (
        num_words(R.randint(20, 500)) + " dollars", ordinal(R.randint(1, 28)), R.choice(MONTHS), say_year(R.randint(2025, 2027)))),
                 C("can i move it to the %s" % ordinal(R.randint(1, 28)))], "call/banking: payment due dates, not birth dates")


@neg
def n_chat_numbers(ind):
    n_case(ind, [C("I ordered %d items on %02d/%02d/2025 total $%d.%02d, order %s" % (R.randint(2, 9), R.randint(1, 28), R.randint(1, 12), R.randint(20, 999), R.randint(0, 99), rdig(8))),
                 A("Thanks! Order %s ships in %d-%d business days." % (rdig(8), R.randint(1, 3), R.randint(4, 7)))],
           "chat/retail: order numbers, date of order, counts, price")


@neg
def n_quantities(ind):
    n_case(ind, [C("i used %s gigabytes and %s minutes last month" % (num_words(R.randint(2, 90)), num_words(R.randint(100, 2400)))),
                 A("your plan includes %s texts and %s gig" % (pick("unlimited", "five thousand"), num_words(R.choice([30, 50, 100]))))],
           "call/telecom: data and minute quantities")


@neg
def n_last_four_phrase(ind):
    n_case(ind, [A("i can see the account was opened in %s and there are %s direct debits" % (say_year(R.randint(1998, 2020)), num_words(R.randint(2, 9)))),
                 C("yeah and the interest rate is %s point %s percent" % (num_words(R.randint(1, 9)), num_words(R.randint(1, 9))))],
           "call/banking: account opening year, counts, interest rate")


@neg
def n_office(ind):
    n_case(ind, [C("how long is the wait"), A("about %s minutes you're number %s in the queue" % (num_words(R.randint(3, 40)), num_words(R.randint(2, 25)))),
                 C("okay and what time do you close"), A("we close at %s today" % pick("eight pm", "six", "half five"))],
           "call/government: wait time, queue position, closing time")


@neg
def n_policy(ind):
    n_case(ind, [A("your renewal premium is %s pounds %s a %s percent increase" % (num_words(R.randint(200, 900)), num_words(R.randint(1, 99)), num_words(R.randint(3, 25)))),
                 C("the car's a %s with %s thousand miles on it" % (pick("twenty nineteen golf", "two thousand and fifteen focus", "twenty twenty two corsa"), num_words(R.randint(10, 90))))],
           "call/insurance: premium, percentage, car year, mileage")


@neg
def n_chat_prices(ind):
    n_case(ind, [C("is the %s still £%d.99 or did it go up to £%d?" % (pick("unlimited plan", "sofa", "family bundle"), R.randint(9, 899), R.randint(10, 999))),
                 A("It's £%d.%02d/month for %d months, then %d%% off." % (R.randint(9, 99), R.randint(0, 99), R.choice([12, 18, 24]), R.choice([10, 15, 20, 25])))],
           "chat/retail: prices, contract length, percentage")


@neg
def n_chat_booking(ind):
    n_case(ind, [C("Booking ref %s, flight %s%d on %d %s at %02d:%02d - can I add %d bags?" % (
        "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(6)), pick("FR", "EI", "BA", "U2"), R.randint(100, 9999),
        R.randint(1, 28), pick("Jan", "Mar", "Jul", "Oct"), R.randint(5, 22), R.choice([0, 15, 30, 45]), R.randint(1, 3))),
                 A("Yes, each 20kg bag is €%d. Seat %d%s is also free." % (R.randint(25, 60), R.randint(1, 33), pick("A", "C", "F")))],
           "chat/travel: booking reference, flight, date/time, bag price, seat")


@neg
def n_chat_account_stats(ind):
    n_case(ind, [A("Your balance is $%d.%02d and your last payment of $%d.%02d posted on %d/%d." % (
        R.randint(100, 9999), R.randint(0, 99), R.randint(20, 500), R.randint(0, 99), R.randint(1, 12), R.randint(1, 28))),
                 C("ok and the APR is still %d.%d%%?" % (R.randint(5, 29), R.randint(0, 9))),
                 A("Yes. Case number %s has been noted." % rdig(R.randint(6, 9)))],
           "chat/banking: balance, payment date, APR, case number")


@neg
def n_chat_readings(ind):
    n_case(ind, [C("The boiler pressure is %d.%d bar, model %s-%d, installed %d" % (R.randint(0, 2), R.randint(0, 9), pick("ECO", "GX", "Vitodens"), R.randint(100, 400), R.randint(2008, 2023))),
                 A("Thanks, an engineer can visit between %d-%dpm on the %dth." % (R.randint(1, 2), R.randint(3, 6), R.randint(4, 20)))],
           "chat/utilities: pressure, model, install year, visit window")


@neg
def n_call_price_year(ind):
    n_case(ind, [C("it was %s on the website" % pick("nineteen ninety nine", "twenty four ninety five", "forty nine ninety nine")),
                 A("okay that price was from %s and the delivery is %s working days" % (say_year(R.randint(2022, 2025)), num_words(R.randint(3, 10))))],
           "call/retail: prices said like years, year, delivery time")


@neg
def n_call_ref_letters(ind):
    n_case(ind, [A("your reference is %s %s %s" % (say_letter(R.choice("BCDFHJKLMNPRTW"), 1.0), say_letter(R.choice("BCDFHJKLMNPRTW"), 1.0), say_digits(rdig(5)))),
                 C("reference %s got it and the refund is %s euro" % (pick("noted", "okay"), num_words(R.randint(10, 300))))],
           "call/government: reference with spelled letters and short number, refund amount")


# ------------------------------------------------------------------ generate
IND = ["banking", "telecom", "utilities", "retail", "insurance", "travel", "healthcare billing", "government services"]


def generate():
    R.seed(SEED)
    CASES.clear()
    COUNTER["positive"] = COUNTER["negative"] = 0
    plan = []
    plan += [p_card_call_single] * 10 + [p_card_call_split] * 8 + [p_card_restart] * 4 + [p_card_interrupt] * 4
    plan += [p_card_full_pay] * 8 + [p_card_two_in_turn] * 4 + [p_card_chat] * 8 + [p_card_readback] * 3
    plan += [p_ssn_call] * 16 + [p_ssn_chat] * 8 + [p_ssn_dob_call] * 6
    plan += [p_ni_call] * 18 + [p_ni_chat] * 9
    plan += [p_bank_call] * 12 + [p_bank_us] * 5 + [p_bank_chat] * 6
    plan += [lambda i: p_iban(i, False)] * 7 + [lambda i: p_iban(i, True)] * 7
    plan += [p_phone_call] * 12 + [p_phone_chat] * 6 + [p_mixed_noise] * 3
    plan += [p_email_call] * 8 + [p_email_chat] * 5 + [p_email_spell_fix] * 4 + [p_two_values_chitchat] * 5
    plan += [p_card_regroup] * 5 + [p_card_wrong_group] * 5 + [p_ssn_interrupt] * 5 + [p_dob_split] * 5
    plan += [p_ni_lnames] * 6 + [p_sort_readback] * 5 + [p_chat_multi] * 10 + [p_chat_ssn_dob] * 8
    plan += [lambda i: p_dob(i, False)] * 8 + [lambda i: p_dob(i, True)] * 5
    plan += [lambda i: p_address(i, False)] * 10 + [lambda i: p_address(i, True)] * 5 + [p_postcode_only] * 4
    R.shuffle(plan)
    for f in plan:
        f(R.choice(IND))
    negplan = NEG_FUNCS * 6
    R.shuffle(negplan)
    for f in negplan:
        f(R.choice(IND))
    lines = []
    for case, _ in CASES:
        case.pop("_rb", None)
        lines.append(json.dumps(case, ensure_ascii=False))
    return "\n".join(lines) + "\n"


# ------------------------------------------------------------------ checking
FILLERS = {"um", "uh", "er", "erm", "ah", "sorry", "like", "yeah", "its", "it", "is", "and", "so", "then",
           "plus", "hmm", "mm", "no", "wait"}
NATO_WORDS = set(NATO.values()) | {w for v in ALT_SPELL.values() for w in v}
ZERO = {"zero", "oh", "o", "nought", "naught"}
UNITS = dict({w: str(i) for i, w in enumerate(UNIT)}, **{z: "0" for z in ZERO})
HOMOW = {"won": "1", "to": "2", "too": "2", "tree": "3", "for": "4", "ate": "8"}


def norm(text):
    """Normalise spoken/typed value to upper-case alnum string."""
    toks = re.findall(r"[a-z0-9]+", text.lower())
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if len(t) == 1 and t.isalpha() and t != "o" and nxt == "for" and i + 2 < len(toks):
            out.append(t.upper())
            i += 3
            if toks[i - 1] == "x":  # x-ray
                i += 1
            continue
        if t in ("double", "triple"):
            v = norm_one(nxt)
            out.append(v * (2 if t == "double" else 3))
            i += 2
            continue
        if t in TEN_MAP:
            if nxt in UNITS and nxt not in ZERO:
                out.append(TEN_MAP[t] + UNITS[nxt])
                i += 2
            else:
                out.append(TEN_MAP[t] + "0")
                i += 1
            continue
        if t == "thousand":
            out.append("00")
            i += 1
            continue
        if t in FILLERS:
            i += 1
            continue
        out.append(norm_one(t))
        i += 1
    return "".join(out)


TEN_MAP = {w: str(i) for i, w in enumerate(TENS) if w}


LNAME_INV = {v: k.upper() for k, v in LNAME.items()}


def norm_one(t):
    if t in LNAME_INV:
        return LNAME_INV[t]
    if t in UNITS:
        return UNITS[t]
    if t in HOMOW:
        return HOMOW[t]
    if t in TEEN:
        return str(10 + TEEN.index(t))
    if t.isdigit() or any(ch.isdigit() for ch in t) or len(t) <= 4:
        return t.upper()
    raise ValueError("unknown token %r" % t)


def norm_email(text):
    if "@" in text:
        return text.lower()
    out = []
    toks = text.lower().split()
    i = 0
    while i < len(toks):
        t = toks[i]
        if t == "dot":
            out.append(".")
        elif t == "at":
            out.append("@")
        elif t == "underscore":
            out.append("_")
        elif t in TEN_MAP:
            if i + 1 < len(toks) and toks[i + 1] in UNIT[1:]:
                out.append(TEN_MAP[t] + str(UNIT.index(toks[i + 1])))
                i += 1
            else:
                out.append(TEN_MAP[t] + "0")
        elif t in UNIT:
            out.append(str(UNIT.index(t)))
        elif t in TEEN:
            out.append(str(10 + TEEN.index(t)))
        else:
            out.append(t)
        i += 1
    return "".join(out)


UKPC = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[ABD-HJLNP-UW-Z]{2}$")
NIRE = re.compile(r"^[A-CEGHJ-PR-TW-Z]{2}\d{6}[A-D]$")


def date_ok(text):
    t = text.lower()
    if any(m in t for m in MONTHS):
        return True
    toks = re.findall(r"[a-z0-9]+", t)
    ordw = set(ORD[1:]) | {"thirtieth"}
    toks = [x for x in toks if x not in ordw]
    d = norm(" ".join(toks))
    return d.isdigit() and len(d) in (4, 6, 8)


def validate(typ, text, full=True):
    if typ == "EMAIL":
        return bool(re.fullmatch(r"[a-z0-9._-]+@[a-z0-9-]+(\.[a-z0-9-]+)+", norm_email(text)))
    if typ in ("DOB", "EXPIRY"):
        if re.fullmatch(r"[0-9/.\- ]+", text):
            parts = [x for x in re.split(r"[/.\- ]", text) if x]
            return len(parts) in (2, 3) and any(1 <= int(x) <= 12 for x in parts) and \
                (len(parts[-1]) in (2, 4) or len(parts[0]) == 4)
        return date_ok(re.sub(r"(\d+)(st|nd|rd|th)\b", r"\1", text))
    if typ == "ADDRESS":
        t = text.lower()
        return bool(re.search(r"\d|one|two|three|four|five|six|seven|eight|nine|ten|twelve|teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred", t)) and \
            bool(re.search(r"\b(road|street|lane|avenue|grove|close|drive|terrace|view|crescent|way|court|park|walk|boulevard)\b", t))
    v = norm(text)
    if not full:
        return v
    if typ == "CARD_NUMBER":
        return v.isdigit() and 13 <= len(v) <= 19 and luhn_ok(v)
    if typ == "CVV":
        return v.isdigit() and len(v) in (3, 4)
    if typ == "SSN":
        return v.isdigit() and len(v) == 9
    if typ == "NI_NUMBER":
        return bool(NIRE.match(v))
    if typ == "BANK_ACCOUNT":
        return v.isdigit() and 8 <= len(v) <= 12
    if typ == "SORT_CODE":
        return v.isdigit() and len(v) == 6
    if typ == "IBAN":
        return iban_ok(v)
    if typ == "PHONE":
        return v.isdigit() and 10 <= len(v) <= 13
    if typ == "POSTCODE":
        return bool(UKPC.match(v)) or bool(re.fullmatch(r"\d{5}(\d{4})?", v))
    return False


def check(text_out):
    problems = []
    with open(OUT, encoding="utf-8") as fh:
        on_disk = fh.read()
    if on_disk != text_out:
        problems.append("fixture differs from regenerated output")
    ids = set()
    tcount = Counter()
    kinds = Counter()
    calls = 0
    for case, groups in CASES:
        cid = case["id"]
        if cid in ids:
            problems.append("dup id " + cid)
        ids.add(cid)
        kinds[case["kind"]] += 1
        if case["note"].startswith("call") or "call" in case["note"].split(":")[0]:
            calls += 1
        if case["kind"] == "negative" and case["spans"]:
            problems.append(cid + " negative with spans")
        if case["kind"] == "positive" and not case["spans"]:
            problems.append(cid + " positive without spans")
        byturn = {}
        gvals = {}
        for sp, g in zip(case["spans"], groups):
            tcount[sp["type"]] += 1
            if sp["type"] not in TYPES:
                problems.append(cid + " bad type")
            txt = case["turns"][sp["turn"]]["text"]
            s, e = sp["start"], sp["end"]
            if not (0 <= s < e <= len(txt)):
                problems.append(cid + " offsets out of range")
                continue
            if (s > 0 and txt[s - 1].isalnum()) or (e < len(txt) and txt[e].isalnum()):
                problems.append("%s span not on word boundary: %r" % (cid, txt[s:e]))
            if txt[s].isspace() or txt[e - 1].isspace():
                problems.append(cid + " span edge whitespace")
            byturn.setdefault(sp["turn"], []).append((s, e))
            val = txt[s:e]
            try:
                if g is None or g == "rb":
                    if not validate(sp["type"], val):
                        problems.append("%s invalid %s: %r" % (cid, sp["type"], val))
                else:
                    gvals.setdefault(g, []).append((sp["type"], val))
            except ValueError as ex:
                problems.append("%s %s: %r" % (cid, ex, val))
        for lst in byturn.values():
            lst.sort()
            for (a, b), (c, d) in zip(lst, lst[1:]):
                if c < b:
                    problems.append(cid + " overlapping spans")
        try:
            for g, parts in gvals.items():
                if g.startswith("frag:"):
                    continue
                if g.startswith("wrong:"):
                    if not all(norm(p[1]).isdigit() for p in parts):
                        problems.append("%s wrong-digit fragment not digits" % cid)
                    continue
                typ = parts[0][0]
                joined = " | ".join(p[1] for p in parts)
                if typ in ("DOB", "EXPIRY", "EMAIL", "ADDRESS"):
                    nv = ""
                    ok = validate(typ, " ".join(p[1] for p in parts))
                else:
                    nv = "".join(norm(p[1]) for p in parts)
                    ok = validate(typ, nv)
                if not ok:
                    problems.append("%s invalid grouped %s: %r" % (cid, typ, joined))
                frags = gvals.get("frag:" + g, [])
                full = nv
                for _, fv in frags:
                    if norm(fv) not in full:
                        problems.append("%s fragment not in value: %r" % (cid, fv))
        except ValueError as ex:
            problems.append("%s %s" % (cid, ex))
    for t in TYPES:
        need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
        if tcount[t] < need:
            problems.append("type %s has only %d spans" % (t, tcount[t]))
    if kinds["positive"] < 170 or kinds["negative"] < 100:
        problems.append("too few cases %r" % dict(kinds))
    print("cases: %d positive, %d negative, %d call transcripts (%.0f%%)" % (
        kinds["positive"], kinds["negative"], calls, 100.0 * calls / max(1, len(CASES))))
    for t in TYPES:
        print("  %-13s %d" % (t, tcount[t]))
    for p in problems[:50]:
        print("PROBLEM:", p)
    print("problems: %d" % len(problems))
    return tcount, kinds, problems


def readme(tcount, kinds):
    rows = "\n".join("| %s | %d |" % (t, tcount[t]) for t in TYPES)
    return """# PII hold-out set h306

**Never use this set for tuning.** It exists only to measure the redactor on data it was not
developed against.

## Who wrote it and how

Written by an AI helper acting as an independent author. The author did not see the redaction
code, its tests, its documentation, the benchmark or any other PII fixture; it saw only a
three-line format example. Cases are generated by `scripts/make_pii_holdout306.py` from template
functions; every turn is assembled from plain text pieces and (value, TYPE) pieces so offsets are
computed, never typed. All values come from one `random.Random(%d)`; output is byte-for-byte
reproducible (`--check` regenerates and compares, validates offsets, word boundaries, overlap and
each value after normalising spoken forms: Luhn, mod-97, NI format, digit counts, postcode shape).

About two thirds of the cases are phone calls written the way a speech recogniser writes them
(lower case, digits as words, "oh"/"o"/"nought"/"zero", double/triple, pairs such as "forty one",
homophones "for"/"to"/"won"/"ate"/"tree", fillers inside readings, letters as "b for bravo"),
including values split over several customer turns with agent back-channels, restarts,
self-corrections, agent interruptions and agent read-backs. The rest are typed chat.

## Annotation conventions

* A span covers the value only, from its first to its last value word/character, including
  fillers ("um") and spelling aids ("b for bravo") inside it, excluding lead-ins ("it's",
  "card number", "sort code") and trailing chit-chat.
* A value split over several turns is labelled as one span per turn piece (same type).
* Agent read-backs of a value are labelled as well.
* Abandoned fragments of a restarted or interrupted reading (card, SSN, account) and groups the
  agent asks to hear again are labelled with the same type (their digits occur in the value).
  Misspoken digits that the caller then corrects ("... six eight eight two oh no hang on that's
  wrong eight one nine three ...") are labelled too, as a separate span of the same type; the
  correction phrase itself is not inside any span.
* Letters may appear as single letters, NATO/"b for boy" spellings or ASR letter-name words
  ("see", "jay", "tee", "ay"); digits may appear as ASR homophones ("to", "for", "won", "ate",
  "tree"). All of these are inside the span when they are part of the value.
* PHONE includes a spoken/typed "plus"/"+" prefix. EMAIL covers the whole spoken address
  ("j dot doe at gmail dot com"). DOB / EXPIRY cover the whole date expression, including
  "the ... of". ADDRESS is house/flat number plus street; town is not labelled; postcode / ZIP is a
  separate POSTCODE span.
* Money, times, dates that are not birth dates, ages, counts, reference/order/claim/ticket/invoice
  numbers, flight/room/model numbers, meter readings are never labelled; negatives contain only
  such look-alikes.

## Counts

Positive cases: %d. Negative cases: %d.

| type | spans |
|---|---|
%s
""" % (SEED, kinds["positive"], kinds["negative"], rows)


def main():
    text_out = generate()
    if "--check" in sys.argv:
        try:
            _, _, problems = check(text_out)
        except FileNotFoundError:
            print("fixture missing")
            return 1
        return 1 if problems else 0
    os.makedirs(OUT_DIR, exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as fh:
        fh.write(text_out)
    tcount, kinds, problems = check(text_out)
    with open(README, "w", encoding="utf-8") as fh:
        fh.write(readme(tcount, kinds))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())

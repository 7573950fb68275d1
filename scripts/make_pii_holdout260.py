#!/usr/bin/env python3
"""Generate the held-out PII evaluation set tests/fixtures/pii_holdout260.

Written by an AI helper acting as an independent author (did not see the
redaction code). Standard library only. Reproducible: one seeded RNG.

    python scripts/make_pii_holdout260.py          # write cases.jsonl + README.md
    python scripts/make_pii_holdout260.py --check  # regenerate and verify
"""
import json
import os
import re
import sys
import random
from collections import Counter

SEED = 260241126
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUTDIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout260")
CASES = os.path.join(OUTDIR, "cases.jsonl")
README = os.path.join(OUTDIR, "README.md")

R = random.Random(SEED)

# ---------------------------------------------------------------- spoken forms
UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy",
        8: "eighty", 9: "ninety"}
ORD_UNITS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
             "seventh": 7, "eighth": 8, "ninth": 9}
ORD_TEENS = {"tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
             "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
             "nineteenth": 19, "twentieth": 20, "thirtieth": 30}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
MON3 = [m[:3] for m in MONTHS]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "f": "foxtrot",
        "g": "golf", "h": "hotel", "j": "juliet", "k": "kilo", "l": "lima", "m": "mike",
        "n": "november", "p": "papa", "r": "romeo", "s": "sierra", "t": "tango",
        "w": "whiskey", "x": "xray", "y": "yankee", "z": "zulu"}
NAMES_FOR = {"b": "bob", "c": "charlie", "d": "david", "h": "harry", "j": "john", "k": "king",
             "m": "mary", "n": "nancy", "p": "peter", "r": "robert", "s": "sam", "t": "tom",
             "w": "william", "a": "apple", "e": "edward", "l": "london", "g": "george",
             "x": "xray", "y": "yellow", "z": "zebra"}
FILLERS = {"um", "uh", "er", "erm", "ah", "sorry", "hang", "on", "wait", "its", "it's", "is",
           "the", "and", "then", "sorry,", "like", "hmm", "dash", "hyphen", "space", "slash"}


def zero_word(style=None):
    return style or R.choice(["zero", "oh", "oh", "o", "zero"])


def say_digit(d, zero="oh"):
    return zero if d == "0" else UNITS[int(d)]


def say_digits(s, zero=None, compress=True):
    """digit by digit, optionally 'double'/'triple' for runs."""
    z = zero_word(zero)
    out, i = [], 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        run = j - i
        if compress and run == 3 and R.random() < 0.6:
            out.append("triple " + say_digit(s[i], z)); i = j; continue
        if compress and run >= 2 and R.random() < 0.5:
            out.append("double " + say_digit(s[i], z)); i += 2; continue
        out.append(say_digit(s[i], z)); i += 1
    return " ".join(out)


def say_pair(p, zero="oh"):
    a, b = int(p[0]), int(p[1])
    if a == 0:
        return zero + " " + UNITS[b] if b else zero + " " + zero
    if a == 1:
        return TEENS[b]
    return TENS[a] + ("" if b == 0 else " " + UNITS[b])


def say_pairs(s, zero=None):
    z = zero_word(zero)
    if z == "zero":
        z = "oh"
    parts = []
    i = 0
    if len(s) % 2:
        parts.append(say_digit(s[0], z)); i = 1
    while i < len(s):
        parts.append(say_pair(s[i:i + 2], z)); i += 2
    return " ".join(parts)


def speak_num(s, style=None):
    """Speak a digit string in a random (verified) style."""
    style = style or R.choice(["digits", "digits", "digits", "pairs", "mixed"])
    for _ in range(6):
        if style == "digits":
            t = say_digits(s)
        elif style == "pairs":
            t = say_pairs(s)
        else:
            k = R.randint(1, len(s) - 1)
            t = say_digits(s[:k]) + " " + say_pairs(s[k:])
        if norm_digits(t) == s:
            return t
        style = "digits"
    t = say_digits(s, zero="zero", compress=False)
    assert norm_digits(t) == s, (s, t)
    return t


# ---------------------------------------------------------------- normalisers
def _tokens(text):
    return re.findall(r"[a-z]+|\d|[@._\-+~]", text.lower())


def norm_digits(text):
    toks = _tokens(text)
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if t.isdigit():
            out.append(t)
        elif t in ("zero", "oh", "o", "nought", "nil"):
            out.append("0")
        elif t in UNITS:
            if nxt == "hundred":
                out.append(str(UNITS.index(t)) + "00"); i += 1
            else:
                out.append(str(UNITS.index(t)))
        elif t in TEENS:
            if nxt == "hundred":
                out.append(str(10 + TEENS.index(t)) + "00"); i += 1
            else:
                out.append(str(10 + TEENS.index(t)))
        elif t in TENS.values():
            tv = [k for k, v in TENS.items() if v == t][0]
            if nxt in UNITS[1:]:
                out.append(str(tv) + str(UNITS.index(nxt))); i += 1
            elif nxt in ORD_UNITS:
                out.append(str(tv) + str(ORD_UNITS[nxt])); i += 1
            else:
                out.append(str(tv) + "0")
        elif t in ORD_UNITS:
            out.append(str(ORD_UNITS[t]))
        elif t in ORD_TEENS:
            out.append(str(ORD_TEENS[t]))
        elif t in ("double", "triple") and nxt is not None:
            rep = 2 if t == "double" else 3
            d = norm_digits(nxt)
            if len(d) == 1:
                out.append(d * rep); i += 1
        i += 1
    return "".join(out)


def norm_alnum(text):
    """letters + digits, for NI numbers / UK postcodes / IBANs."""
    toks = re.findall(r"[a-z]+|\d", text.lower())
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        nn = toks[i + 2] if i + 2 < len(toks) else None
        if len(t) == 1 and t.isalpha() and t != "o":
            out.append(t.upper())
            if nxt == "for" and nn is not None:
                i += 2
            elif nxt == "as":
                i += 3 if nn == "in" else 2
        elif t.isalpha() and len(t) > 1 and t not in NUMWORDS and t not in KNOWN_WORDS:
            out.append(t.upper())
        elif t in KNOWN_WORDS:
            pass
        elif t in ("double", "triple") and nxt is not None:
            rep = 2 if t == "double" else 3
            if len(nxt) == 1 and nxt.isalpha() and nxt != "o":
                out.append(nxt.upper() * rep)
            else:
                out.append(norm_digits(nxt) * rep)
            i += 1
        elif t.isdigit():
            # typed chunks come through digit by digit
            out.append(t)
        else:
            d = norm_digits(" ".join(toks[i:i + 2]))
            if t in TENS.values() and nxt in UNITS[1:]:
                out.append(d); i += 1
            else:
                out.append(norm_digits(t))
        i += 1
    return "".join(out)


NUMWORDS = set(UNITS + TEENS + list(TENS.values()) + ["oh", "nought", "nil", "hundred", "double", "triple"])
KNOWN_WORDS = (set(NATO.values()) | set(NAMES_FOR.values()) | FILLERS | {"for", "as", "in", "letter", "space"}) - {"er", "ah"}


def luhn_ok(s):
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def iban_ok(s):
    s = s.replace(" ", "").upper()
    r = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in r)
    return int(num) % 97 == 1


NI_RE = re.compile(r"^(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$")
UKPC_RE = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$")

# ---------------------------------------------------------------- value makers
def mk_card(kind=None):
    kind = kind or R.choice(["visa", "visa", "visa", "mc", "mc", "amex", "disc"])
    if kind == "visa":
        body, n = "4" + "".join(R.choice("0123456789") for _ in range(14)), 16
    elif kind == "mc":
        body, n = R.choice(["51", "52", "53", "54", "55", "22"]) + "".join(R.choice("0123456789") for _ in range(13)), 16
    elif kind == "amex":
        body, n = R.choice(["34", "37"]) + "".join(R.choice("0123456789") for _ in range(12)), 15
    else:
        body, n = "6011" + "".join(R.choice("0123456789") for _ in range(11)), 16
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def group_card(c, sep=" "):
    if len(c) == 15:
        return c[:4] + sep + c[4:10] + sep + c[10:]
    return sep.join(c[i:i + 4] for i in range(0, len(c), 4))


def mk_ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


def mk_ni():
    first = "ABCEGHJKLMNPRSTWXYZ"
    second = "ABCEGHJKLMNPRSTWXYZ"
    while True:
        p = R.choice(first) + R.choice(second)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + "".join(R.choice("0123456789") for _ in range(6)) + R.choice("ABCD")


def mk_iban(country=None):
    country = country or R.choice(["GB", "IE", "DE", "FR", "NL", "ES"])
    if country in ("GB", "IE"):
        bank = "".join(R.choice("ABCDEFGHJKLMNPRSTUWXYZ") for _ in range(4)) if country == "GB" else R.choice(["AIBK", "IPBS", "AIBK"])
        bban = bank + "".join(R.choice("0123456789") for _ in range(14))
    elif country == "DE":
        bban = "".join(R.choice("0123456789") for _ in range(18))
    elif country == "FR":
        bban = "".join(R.choice("0123456789") for _ in range(23))
    elif country == "NL":
        bban = R.choice(["ABNA", "INGB", "RABO"]) + "".join(R.choice("0123456789") for _ in range(10))
    else:
        bban = "".join(R.choice("0123456789") for _ in range(20))
    tmp = bban + country + "00"
    num = int("".join(str(int(c, 36)) for c in tmp))
    chk = 98 - num % 97
    iban = country + "%02d" % chk + bban
    assert iban_ok(iban)
    return iban


def group4(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def mk_digits(n, first_nonzero=True):
    s = "".join(R.choice("0123456789") for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = str(R.randint(1, 9)) + s[1:]
    return s


def mk_us_phone():
    area = str(R.randint(2, 9)) + mk_digits(2, False)
    while area[1:] == "11":
        area = str(R.randint(2, 9)) + mk_digits(2, False)
    exch = str(R.randint(2, 9)) + mk_digits(2, False)
    return area + exch + mk_digits(4, False)


def fmt_us_phone(p):
    return R.choice([
        "(%s) %s-%s" % (p[:3], p[3:6], p[6:]),
        "%s-%s-%s" % (p[:3], p[3:6], p[6:]),
        "%s.%s.%s" % (p[:3], p[3:6], p[6:]),
        "+1 %s %s %s" % (p[:3], p[3:6], p[6:]),
        "1-%s-%s-%s" % (p[:3], p[3:6], p[6:]),
        p,
        "(%s)%s-%s" % (p[:3], p[3:6], p[6:]),
    ])


def mk_uk_mobile():
    return "07" + str(R.choice([4, 5, 7, 8, 9])) + mk_digits(8, False)


def mk_zip():
    return "%05d" % R.randint(1001, 99950)


UKPC_L = "ABCDEFGHJKLMNPRSTUWXYZ"
def mk_ukpc():
    area = R.choice(["SW", "SE", "N", "E", "M", "B", "LS", "G", "EH", "CF", "BS", "NG", "L", "W", "BT", "CR", "RG", "KT"])
    out = area + str(R.randint(1, 19))
    return out + " " + str(R.randint(0, 9)) + R.choice(UKPC_L) + R.choice(UKPC_L)


FIRST = ["james", "maria", "tyrone", "kelly", "jose", "ashley", "brandon", "lakisha", "dmitri",
         "priya", "connor", "mei", "rebecca", "dwayne", "sofia", "aidan", "niamh", "gareth", "olu", "tom"]
LAST = ["hernandez", "oconnor", "washington", "nguyen", "kowalski", "patel", "murphy", "johnson",
        "baptiste", "schultz", "ramirez", "okafor", "brennan", "lee", "whitfield", "castillo"]
DOMAINS = ["gmail.com", "yahoo.com", "hotmail.com", "outlook.com", "aol.com", "icloud.com",
           "comcast.net", "att.net", "btinternet.com", "eircom.net", "verizon.net", "proton.me"]
STREETS = ["maple", "oak", "elm", "washington", "lincoln", "park", "cedar", "pine", "sunset",
           "lakeview", "highland", "jefferson", "magnolia", "church", "mill", "willow", "river",
           "franklin", "king", "chestnut", "dogwood", "peachtree", "main"]
STYPES = [("street", "st"), ("avenue", "ave"), ("road", "rd"), ("drive", "dr"), ("lane", "ln"),
          ("boulevard", "blvd"), ("court", "ct"), ("way", "way"), ("place", "pl"), ("circle", "cir")]
CITIES = [("springfield", "IL"), ("tulsa", "OK"), ("columbus", "OH"), ("tacoma", "WA"),
          ("charlotte", "NC"), ("mesa", "AZ"), ("fresno", "CA"), ("albany", "NY"),
          ("lubbock", "TX"), ("macon", "GA"), ("boise", "ID"), ("omaha", "NE")]


def mk_email():
    f, l = R.choice(FIRST), R.choice(LAST)
    user = R.choice([f + "." + l, f + l + str(R.randint(1, 99)), f[0] + l, f + "_" + l, l + f[0] + str(R.randint(70, 99))])
    return user + "@" + R.choice(DOMAINS)


def speak_email(e):
    user, dom = e.split("@")
    parts = []
    for chunk in re.split(r"([._])", user):
        if chunk == ".":
            parts.append("dot")
        elif chunk == "_":
            parts.append("underscore")
        elif chunk.isdigit():
            parts.append(speak_num(chunk, "digits") if len(chunk) != 2 else say_pair(chunk))
        elif chunk:
            m = re.match(r"([a-z]+)(\d*)$", chunk)
            word, digs = m.group(1), m.group(2)
            if len(word) <= 2:
                parts.append(" ".join(word))
            else:
                parts.append(word if R.random() < 0.7 else " ".join(word))
            if digs:
                parts.append(say_pair(digs) if len(digs) == 2 else say_digits(digs))
    d1, d2 = dom.split(".")
    return " ".join(parts) + " at " + d1 + " dot " + d2


# ---------------------------------------------------------------- case builder
CASES_OUT = []
META = []  # parallel: list of (type, canonical, [span indexes]) groups per case


def turn(speaker, *segs):
    return (speaker, segs)


def build(kind, note, turns, groups=None):
    """turns: list of (speaker, segs); seg = str or (value, TYPE) or (value, TYPE, gid).
    Spans with the same gid form one value (split over turns)."""
    out_turns, spans, gmap = [], [], {}
    for ti, (spk, segs) in enumerate(turns):
        text = ""
        for seg in segs:
            if isinstance(seg, str):
                text += seg
            else:
                val, typ = seg[0], seg[1]
                gid = seg[2] if len(seg) > 2 else None
                st = len(text)
                text += val
                spans.append({"turn": ti, "start": st, "end": len(text), "type": typ})
                key = gid if gid is not None else ("_", len(spans) - 1)
                gmap.setdefault(key, []).append(len(spans) - 1)
        out_turns.append({"speaker": spk, "text": text})
    n = sum(1 for c in CASES_OUT if c["kind"] == kind) + 1
    cid = "h260-%s-%03d" % ("pos" if kind == "positive" else "neg", n)
    CASES_OUT.append({"id": cid, "kind": kind, "turns": out_turns, "spans": spans, "note": note})
    META.append({"gids": gmap})


def P(note, *turns):
    build("positive", note, list(turns))


def N(note, *turns):
    build("negative", note, list(turns))


A = lambda *s: turn("agent", *s)
C = lambda *s: turn("customer", *s)
pick = lambda xs: R.choice(xs)

GID = [0]


def g(val, typ, canon):
    """one labelled segment that is a complete value."""
    GID[0] += 1
    k = "g%d" % GID[0]
    CANON[k] = canon
    return (val, typ, k)


def gsplit(vals, typ, canon):
    """several segments (in order) that together form one value."""
    GID[0] += 1
    k = "g%d" % GID[0]
    CANON[k] = canon
    return [(v, typ, k) for v in vals]


def gfrag(val, typ, canon):
    """a fragment of a value (e.g. a corrected group, a partial read-back)."""
    GID[0] += 1
    k = "g%d~frag" % GID[0]
    CANON[k] = canon
    return (val, typ, k)


CANON = {}

BACK = ["mhm", "okay", "yep", "uh huh", "okay go on", "got it", "right", "yes", "go ahead", "okay and"]
FILL = ["um", "uh", "er", "", "", ""]
US_IND = ["banking", "telecom", "utilities", "retail", "insurance", "travel", "healthcare billing",
          "government services", "cable", "credit union", "pharmacy", "auto finance"]


def fill():
    f = pick(FILL)
    return f + " " if f else ""


def split_groups(s, sizes):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n]); i += n
    return out


# ---------------------------------------------------------------- SSN
def ssn_typed():
    s = mk_ssn()
    form = pick(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s.%s.%s", "%s - %s - %s", "%s %s-%s"])
    v = form % (s[:3], s[3:5], s[5:])
    lead, tail = pick([
        ("hi, i need to update my direct deposit. my ssn is ", " and my name is on the account"),
        ("SSN: ", ""),
        ("social is ", " thx"),
        ("ok my social security number: ", ". can you see my file now?"),
        ("ss# ", " - dob is on file already"),
        ("Its ", " , sorry for the typo earlier"),
        ("my SS number is ", " and the claim is for last month"),
        ("here you go ", ""),
    ])
    ind = pick(US_IND)
    P("chat/%s: US SSN typed as '%s'" % (ind, form.replace("%s", "#")),
      A(pick(["Can you confirm your Social Security number please?", "To verify your identity I'll need your SSN.",
              "For security, please provide your full social security number."])),
      C(lead, g(v, "SSN", s), tail))


def ssn_call_one():
    s = mk_ssn()
    style = pick(["digits", "digits", "groups", "mixed"])
    if style == "groups":
        a, b, c = s[:3], s[3:5], s[5:]
        v = speak_num(a, "digits") + " " + fill() + say_pair(b) + " " + fill() + speak_num(c, pick(["digits", "pairs"]))
        v = re.sub(" +", " ", v).strip()
        if norm_digits(v) != s:
            v = speak_num(s, "digits")
    else:
        v = speak_num(s, style)
    lead = pick(["yeah it's ", "sure ", "okay um ", "it is ", "yes ", "its ", "my social is "])
    tail = pick(["", " yeah", " and that's for me not my wife", " did you get that", ""])
    P("call/%s: SSN spoken in one turn (%s)" % (pick(US_IND), style),
      A(pick(["and can i get your social security number", "can you verify the social on the account",
              "i'll just need the full social", "and your ssn please"])),
      C(lead, g(v, "SSN", s), tail))


def ssn_call_split():
    s = mk_ssn()
    parts = split_groups(s, [3, 2, 4])
    sp = [speak_num(parts[0], "digits"), pick([say_pair(parts[1]), say_digits(parts[1])]), speak_num(parts[2])]
    segs = gsplit(sp, "SSN", s)
    turns = [A("okay and the social security number"), C(pick(["okay it's ", "", "um "]), segs[0])]
    turns.append(A(pick(BACK)))
    turns.append(C(segs[1]))
    turns.append(A(pick(BACK)))
    turns.append(C(segs[2], pick(["", " that's it", " yeah"])))
    if R.random() < 0.6:
        rb = speak_num(s, "digits")
        turns.append(A("let me read that back ", g(rb, "SSN", s), " is that right"))
        turns.append(C("yep that's right"))
    P("call/%s: SSN split 3-2-4 over customer turns with back-channels%s" % (pick(US_IND), ", agent read-back" if len(turns) > 6 else ""), *turns)


def ssn_correction():
    s = mk_ssn()
    v = speak_num(s, "digits")
    wrong = list(s)
    wrong[6] = str((int(wrong[6]) + 3) % 10)
    wrong = "".join(wrong)
    P("call/%s: agent reads SSN back wrong, customer corrects last group" % pick(US_IND),
      A("i'll need the social to pull up the account"),
      C(g(v, "SSN", s)),
      A("okay i have ", g(speak_num(wrong[:5], "digits") + " " + speak_num(wrong[5:], "digits"), "SSN", wrong)),
      C("no no the last four is ", gfrag(speak_num(s[5:], "digits"), "SSN", s)),
      A("got it thank you"))


def ssn_dash_spoken():
    s = mk_ssn()
    v = speak_num(s[:3], "digits") + " dash " + say_pair(s[3:5]) + " dash " + speak_num(s[5:], pick(["digits", "pairs"]))
    if norm_digits(v) != s:
        v = say_digits(s[:3]) + " dash " + say_digits(s[3:5]) + " dash " + say_digits(s[5:])
    P("call/%s: SSN spoken with the word 'dash' between groups, amount elsewhere in turn" % pick(US_IND),
      A("i just need the social to verify"),
      C("okay it's ", g(v, "SSN", s), " and i already paid %s dollars on it" % pick(["fifty", "two hundred", "ninety nine"])))


def ssn_last_then_full():
    s = mk_ssn()
    bal = "%d dollars" % R.randint(20, 900)
    P("call/government services: SSN with other numbers (amount, year) in the same turn",
      A("social security administration how can i help"),
      C("yeah i got a letter saying i owe ", bal, " from twenty nineteen my social is ",
        g(speak_num(s, "digits"), "SSN", s)))


def ssn_chat_two_turn():
    s = mk_ssn()
    segs = gsplit([s[:3] + "-" + s[3:5], s[5:]], "SSN", s)
    P("chat/%s: SSN typed across two messages (first five, then last four)" % pick(US_IND),
      A("Please provide your SSN to continue."),
      C(segs[0], "-"),
      A("Thanks, and the last 4?"),
      C(segs[1]))

# ---------------------------------------------------------------- CARD
def card_typed():
    c = mk_card()
    sep = pick([" ", "-", "", " ", "  "])
    v = group_card(c, sep) if sep else c
    if R.random() < 0.2 and len(c) == 16:
        v = c[:4] + " " + c[4:8] + c[8:12] + " " + c[12:]
    amt = "$%d.%02d" % (R.randint(10, 600), R.randint(0, 99))
    ind = pick(US_IND)
    P("chat/%s: card typed with sep '%s' next to an amount" % (ind, sep),
      A("How would you like to pay the %s balance today?" % amt),
      C(pick(["Card please - ", "use this one ", "card no. ", "visa ", "pay with "]), g(v, "CARD_NUMBER", c),
        pick(["", " thanks", " exp is on the next msg", " for the full " + amt])))


def card_call_one():
    c = mk_card()
    v = speak_num(c, pick(["digits", "digits", "mixed"]))
    P("call/%s: card spoken in one turn" % pick(US_IND),
      A("go ahead with the card number whenever you're ready"),
      C(pick(["okay ", "it's ", "um ", "yeah "]), g(v, "CARD_NUMBER", c)))


def card_call_split_full():
    c = mk_card()
    sizes = [4, 6, 5] if len(c) == 15 else [4, 4, 4, 4]
    parts = split_groups(c, sizes)
    sp = [speak_num(p, pick(["digits", "digits", "pairs"])) for p in parts]
    segs = gsplit(sp, "CARD_NUMBER", c)
    turns = [A("and the long number on the front of the card")]
    for i, sg in enumerate(segs):
        turns.append(C(fill() if i else pick(["okay ", "right ", ""]), sg))
        if i < len(segs) - 1:
            turns.append(A(pick(BACK)))
    cvv = mk_digits(4 if len(c) == 15 else 3, False)
    exp = (R.randint(1, 12), R.randint(26, 31))
    expv = pick([say_pair("%02d" % exp[0]) + " " + say_pair(str(exp[1])),
                 MONTHS[exp[0] - 1] + " twenty " + say_pair(str(exp[1])),
                 say_pair("%02d" % exp[0]) + " twenty " + say_pair(str(exp[1]))])
    turns.append(A("and the expiration date"))
    turns.append(C(g(expv, "EXPIRY", "%02d%02d" % exp)))
    turns.append(A("and the %s digit security code" % ("four" if len(c) == 15 else "three")))
    turns.append(C(pick(["", "it's ", "um "]), g(speak_num(cvv, "digits"), "CVV", cvv)))
    P("call/%s: %d-digit card split over turns, then expiry and CVV" % (pick(US_IND), len(c)), *turns)


def card_chat_full():
    c = mk_card()
    m, y = R.randint(1, 12), R.randint(2026, 2031)
    expv = pick(["%02d/%02d" % (m, y % 100), "%d/%d" % (m, y), "%02d-%02d" % (m, y % 100), "%02d / %d" % (m, y)])
    cvv = mk_digits(4 if len(c) == 15 else 3, False)
    P("chat/%s: card, expiry and CVV typed in one message" % pick(["retail", "travel", "telecom", "utilities"]),
      A("Please enter the card details to complete the booking."),
      C(g(group_card(c), "CARD_NUMBER", c), pick([" exp ", " expires ", ", exp: ", " - "]),
        g(expv, "EXPIRY", "%02d%02d" % (m, y % 100)), pick([" cvv ", " sec code ", ", cvc: ", " code "]),
        g(cvv, "CVV", cvv)))


def card_readback():
    c = mk_card("visa")
    P("call/%s: agent reads card back in pairs, customer confirms with last four" % pick(US_IND),
      A("card number please"),
      C(g(speak_num(c, "digits"), "CARD_NUMBER", c)),
      A("okay so that's ", g(say_pairs(c), "CARD_NUMBER", c)),
      C("yeah ending ", gfrag(say_digits(c[-4:]), "CARD_NUMBER", c)))


def card_typo_chat():
    c = mk_card()
    v = group_card(c)
    P("chat/retail: full card typed then last four repeated in brackets",
      A("Card number please?"),
      C("sorry here ", g(v, "CARD_NUMBER", c), pick([" (the one ending ", " - ends "]),
        gfrag(c[-4:], "CARD_NUMBER", c), ")"))

# ---------------------------------------------------------------- EXPIRY / CVV extra
def exp_cvv_call():
    m, y = R.randint(1, 12), R.randint(26, 32)
    cvv = mk_digits(3, False)
    expv = pick(["%s %s" % (say_pair("%02d" % m), say_pair(str(y))),
                 "%s of twenty %s" % (MONTHS[m - 1], say_pair(str(y))),
                 "%s slash %s" % (say_digits(str(m)), say_pair(str(y)))])
    P("call/%s: expiry and CVV in the same customer turn with chit-chat" % pick(US_IND),
      A("what's the expiration and the code on the back"),
      C("hold on let me flip it over ok expires ", g(expv, "EXPIRY", "%02d%02d" % (m, y)),
        " and the code on the back is ", g(speak_num(cvv, "digits"), "CVV", cvv), " i think yeah"))

# ---------------------------------------------------------------- PHONE
def phone_typed():
    p = mk_us_phone()
    v = fmt_us_phone(p)
    canon = p if not v.startswith(("+1", "1-")) else "1" + p
    P("chat/%s: US phone typed '%s'" % (pick(US_IND), re.sub(r"\d", "N", v)),
      A("What's the best callback number?"),
      C(pick(["", "cell is ", "you can reach me at ", "best # is ", "call me on "]), g(v, "PHONE", canon),
        pick(["", " after 5pm", " (mobile)", " thanks!"])))


def phone_call():
    p = mk_us_phone()
    style = pick(["digits", "areacode", "split"])
    if style == "digits":
        P("call/%s: US phone spoken digit by digit" % pick(US_IND),
          A("and a good phone number for you"),
          C(pick(["yeah ", "it's ", "sure "]), g(speak_num(p, "digits"), "PHONE", p), pick(["", " that's my cell"])))
    elif style == "areacode":
        v = speak_num(p[:3], "digits") + " " + speak_num(p[3:6], "digits") + " " + speak_num(p[6:], pick(["digits", "pairs"]))
        P("call/%s: US phone with 'area code' lead-in, last four as pairs" % pick(US_IND),
          A("best number to reach you"),
          C("area code ", g(v, "PHONE", p)))
    else:
        segs = gsplit([speak_num(p[:3], "digits"), speak_num(p[3:6], "digits"), speak_num(p[6:])], "PHONE", p)
        P("call/%s: US phone split over three turns" % pick(US_IND),
          A("what number should we call if we get disconnected"),
          C("okay ", segs[0]), A(pick(BACK)), C(segs[1]), A(pick(BACK)), C(segs[2]))


def phone_uk():
    p = mk_uk_mobile()
    if R.random() < 0.5:
        v = pick([p[:5] + " " + p[5:], "+44 " + p[1:5] + " " + p[5:], "+44 (0)" + p[1:5] + " " + p[5:]])
        canon = p if v.startswith("0") else ("44" + p[1:] if "(0)" not in v else "440" + p[1:])
        P("chat/uk telecom: UK mobile typed", A("Can I take a contact number?"), C("yes its ", g(v, "PHONE", canon)))
    else:
        v = speak_num(p, pick(["digits", "mixed"]))
        P("call/uk utilities: UK mobile spoken", A("and a contact number"), C("yeah it's ", g(v, "PHONE", p)))

# ---------------------------------------------------------------- EMAIL
def email_typed():
    e = mk_email()
    v = e if R.random() < 0.7 else e.upper() if R.random() < 0.3 else e.capitalize()
    P("chat/%s: email typed" % pick(US_IND),
      A("What email should we send the receipt to?"),
      C(pick(["", "send it to ", "email: ", "its "]), g(v, "EMAIL", e), pick(["", " pls", " thanks"])))


def email_call():
    e = mk_email()
    v = speak_email(e)
    P("call/%s: email spoken ASR-style ('dot', 'at')" % pick(US_IND),
      A("and what's a good email address"),
      C(pick(["yeah it's ", "sure ", "it's um "]), g(v, "EMAIL", e)))

# ---------------------------------------------------------------- DOB
def dob():
    y, m, d = R.randint(1938, 2004), R.randint(1, 12), R.randint(1, 28)
    ORD = {1: "first", 2: "second", 3: "third", 5: "fifth", 8: "eighth", 9: "ninth", 12: "twelfth"}
    def ordw(n):
        if n in ORD: return ORD[n]
        if n < 20: return (UNITS[n] + "th") if n < 10 else TEENS[n - 10] + "th"
        if n == 20: return "twentieth"
        u = n - 20
        return "twenty " + (ORD.get(u) or UNITS[u] + "th")
    yw = say_pairs(str(y))
    forms = [
        ("chat", "%02d/%02d/%d" % (m, d, y)), ("chat", "%d-%d-%d" % (m, d, y % 100 if False else y)),
        ("chat", "%s %d, %d" % (MONTHS[m - 1].capitalize(), d, y)), ("chat", "%02d/%02d/%02d" % (m, d, y % 100)),
        ("call", "%s %s %s" % (MONTHS[m - 1], ordw(d), yw)),
        ("call", "%s %s %s" % (say_pair("%02d" % m), say_pair("%02d" % d), yw)),
        ("call", "the %s of %s %s" % (ordw(d), MONTHS[m - 1], yw)),
        ("call", "%s %s %s" % (MONTHS[m - 1], say_pair("%02d" % d) if d >= 10 else UNITS[d], yw)),
    ]
    ch, v = pick(forms)
    v2 = v[4:] if v.startswith("the ") else v
    if ch == "chat":
        P("chat/%s: DOB typed '%s'" % (pick(US_IND), v),
          A("Please confirm your date of birth."), C(pick(["", "DOB ", "born ", "its "]), g(v, "DOB", v)))
    else:
        lead = "the " if v.startswith("the ") else ""
        P("call/%s: DOB spoken" % pick(US_IND),
          A("and your date of birth"), C(pick(["it's ", "yeah ", "um "]), lead, g(v2, "DOB", v2),
                                          pick(["", " so i'm %d" % (2026 - y)])))

# ---------------------------------------------------------------- ADDRESS + ZIP
def addr_parts():
    num = str(R.randint(12, 9899))
    st = pick(STREETS)
    typ = pick(STYPES)
    apt = pick(["", "", "", " apt %d%s" % (R.randint(1, 40), pick(["", "b", "c"])), " unit %d" % R.randint(100, 450)])
    city, state = pick(CITIES)
    return num, st, typ, apt, city, state


def address_chat():
    num, st, typ, apt, city, state = addr_parts()
    z = mk_zip()
    plus4 = R.random() < 0.4
    zv = z + ("-" + mk_digits(4, False) if plus4 else "")
    av = "%s %s %s%s" % (num, st.capitalize(), pick([typ[0].capitalize(), typ[1].capitalize() + ".", typ[1].upper()]), apt.title())
    P("chat/%s: US street address + %s typed" % (pick(US_IND), "ZIP+4" if plus4 else "ZIP"),
      A("What's the new mailing address?"),
      C(g(av, "ADDRESS", av), ", %s, %s " % (city.capitalize(), state), g(zv, "POSTCODE", zv.replace("-", ""))))


def address_call():
    num, st, typ, apt, city, state = addr_parts()
    z = mk_zip()
    nw = speak_num(num, pick(["pairs", "digits"]))
    aptw = ""
    if apt:
        n = re.findall(r"\d+", apt)[0]
        aptw = " " + ("apartment" if "apt" in apt else "unit") + " " + speak_num(n, "pairs") + (" " + apt[-1] if apt[-1].isalpha() else "")
    av = "%s %s %s%s" % (nw, st, typ[0], aptw)
    zv = speak_num(z, "digits")
    P("call/%s: US address and ZIP spoken, city unlabelled" % pick(US_IND),
      A("can you confirm the service address"),
      C(pick(["yeah it's ", "sure ", ""]), g(av, "ADDRESS", av), " in %s %s" % (city, pick(["", "and the zip is "])), g(zv, "POSTCODE", z)))


def zip_only():
    z = mk_zip()
    if R.random() < 0.5:
        v = speak_num(z, pick(["digits", "digits", "mixed"]))
        P("call/%s: ZIP spoken alone for verification" % pick(US_IND),
          A("can you verify the billing zip code"), C(pick(["", "it's ", "yeah "]), g(v, "POSTCODE", z)))
    else:
        p4 = mk_digits(4, False)
        v = speak_num(z, "digits") + " dash " + speak_num(p4, "digits")
        P("call/%s: ZIP+4 spoken with 'dash'" % pick(US_IND),
          A("and the zip plus four if you have it"), C(g(v, "POSTCODE", z + p4)))

# ---------------------------------------------------------------- BANK
def bank_us():
    acct = mk_digits(R.randint(9, 12), False)
    if R.random() < 0.5:
        P("chat/banking: US checking account number typed",
          A("Which account should the refund go to?"),
          C("checking acct # ", g(acct, "BANK_ACCOUNT", acct), pick(["", " at chase", " thanks"])))
    else:
        P("call/banking: US account number spoken",
          A("and the account number"),
          C("okay it's ", g(speak_num(acct, pick(["digits", "mixed"])), "BANK_ACCOUNT", acct)))


def bank_uk():
    sc = mk_digits(6, False)
    acct = mk_digits(8, False)
    if R.random() < 0.5:
        scv = pick(["%s-%s-%s", "%s %s %s", "%s%s%s"]) % (sc[:2], sc[2:4], sc[4:])
        P("chat/uk banking: sort code and account typed",
          A("Please provide the sort code and account number for the direct debit."),
          C("sort ", g(scv, "SORT_CODE", sc), " acc ", g(acct, "BANK_ACCOUNT", acct)))
    else:
        scv = say_pairs(sc) if R.random() < 0.6 else say_digits(sc, zero="nought")
        segs = gsplit([speak_num(acct[:4], "digits"), speak_num(acct[4:], "digits")], "BANK_ACCOUNT", acct)
        P("call/uk utilities: sort code in pairs, account split across turns",
          A("what's the sort code"), C(g(scv, "SORT_CODE", sc)),
          A("and the account number"), C(segs[0]), A(pick(BACK)), C(segs[1]))

# ---------------------------------------------------------------- NI
def ni_typed():
    ni = mk_ni()
    v = pick(["%s %s %s %s %s" % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8]), ni, ni.lower(),
              "%s%s %s %s %s" % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8]), "%s-%s-%s-%s-%s" % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8])])
    P("chat/uk government services: NI number typed",
      A("Could you give me your National Insurance number?"),
      C(pick(["", "NI no is ", "ni: ", "its "]), g(v, "NI_NUMBER", ni), pick(["", " thanks", " - i moved from Belfast last year"])))


def say_letter(c):
    c = c.lower()
    r = R.random()
    if r < 0.4:
        return c
    if r < 0.8:
        return "%s for %s" % (c, NATO.get(c, NAMES_FOR.get(c, c)))
    return "%s as in %s" % (c, NAMES_FOR.get(c, NATO.get(c, c)))


def ni_call():
    ni = mk_ni()
    L1, L2 = say_letter(ni[0]), say_letter(ni[1])
    digs = ni[2:8]
    dw = speak_num(digs, pick(["digits", "pairs"]))
    last = say_letter(ni[8])
    if R.random() < 0.5:
        v = "%s %s %s %s" % (L1, L2, dw, last)
        P("call/uk %s: NI number spoken in one turn with phonetic letters" % pick(["benefits", "payroll", "tax"]),
          A("and your national insurance number please"),
          C(pick(["yeah it's ", "", "right "]), g(v, "NI_NUMBER", ni)))
    else:
        segs = gsplit(["%s %s" % (L1, L2), dw, last], "NI_NUMBER", ni)
        P("call/uk government services: NI number split over turns",
          A("can i take your national insurance number"),
          C("it's ", segs[0]), A(pick(BACK)), C(segs[1]), A("and the letter at the end"), C(segs[2]))

# ---------------------------------------------------------------- IBAN
def iban_case():
    ib = mk_iban()
    if R.random() < 0.7:
        v = pick([group4(ib), ib, group4(ib).lower()])
        P("chat/eu %s: IBAN typed" % pick(["banking", "travel", "insurance"]),
          A("Please send the IBAN for the refund."), C(pick(["", "IBAN ", "here: "]), g(v, "IBAN", ib)))
    else:
        ib = mk_iban("IE")
        v = " ".join([ib[0].lower(), ib[1].lower(), say_digits(ib[2:4], zero="zero")] +
                     [c.lower() if c.isalpha() else say_digit(c, "zero") for c in ib[4:]])
        P("call/ireland banking: IBAN read character by character",
          A("can you read out the iban"), C(g(v, "IBAN", ib)))

# ---------------------------------------------------------------- UK postcode
def ukpc():
    pc = mk_ukpc()
    if R.random() < 0.5:
        v = pick([pc, pc.lower(), pc.replace(" ", "")])
        P("chat/uk retail: UK postcode typed", A("What's the delivery postcode?"), C(g(v, "POSTCODE", pc.replace(" ", ""))))
    else:
        out = " ".join(say_letter(c) if c.isalpha() else say_digit(c) for c in pc.replace(" ", ""))
        P("call/uk utilities: UK postcode spoken with phonetic letters", A("and the postcode"), C(g(out, "POSTCODE", pc.replace(" ", ""))))

# ---------------------------------------------------------------- mixed positive with non-PII numbers
def mixed_policy_ssn():
    s = mk_ssn()
    pol = "%s%d" % (pick(["HX", "PA", "AU"]), R.randint(1000000, 9999999))
    P("call/insurance: policy number (unlabelled) then SSN in same turn",
      A("can i get the policy number and the social of the policy holder"),
      C("policy number is ", pol.lower(), " and my social is ", g(speak_num(s, "digits"), "SSN", s)))


def mixed_member_dob():
    mid = "%d" % R.randint(10000000, 99999999)
    y, m, d = R.randint(1940, 2000), R.randint(1, 12), R.randint(10, 28)
    v = "%02d/%02d/%d" % (m, d, y)
    P("chat/healthcare billing: member ID (unlabelled) next to DOB",
      A("Member ID and date of birth please."),
      C("member id %s, dob %s" % (mid, "") , g(v, "DOB", v), ", claim from 3/2 for $%d" % R.randint(40, 900)))


# ---------------------------------------------------------------- negatives
def neg_cases():
    amt = lambda: "$%s.%02d" % ("{:,}".format(R.randint(11, 4999)), R.randint(0, 99))
    T = [
        lambda: N("chat/banking: balance and pending amount", A("Your current balance is %s and you have a pending charge of %s." % (amt(), amt())), C("ok thanks, when does it post?")),
        lambda: N("call/insurance: policy number with its name", A("can i get your policy number"), C("yeah it's policy number %s" % speak_num(mk_digits(R.randint(7, 10)), "digits"))),
        lambda: N("chat/insurance: claim number typed", C("Checking on claim # %s-%s, filed last week" % (R.randint(2023, 2026), mk_digits(6))), A("Thanks, I see that claim is still in review.")),
        lambda: N("chat/retail: tracking number with its name", C("my tracking number %s hasn't moved in 4 days" % mk_digits(10)), A("I'm sorry about that, I'll open a trace.")),
        lambda: N("call/healthcare billing: member id with its name", A("what's the member id on the card"), C("member id is w %s" % speak_num(mk_digits(8), "digits"))),
        lambda: N("call/telecom: appointment date and time", A("i can get a technician out on %s the %s between %s and %s" % (pick(["monday", "tuesday", "friday"]), pick(["fourteenth", "third", "twenty second"]), pick(["eight", "nine", "ten"]), pick(["noon", "two", "four"]))), C("yeah that works")),
        lambda: N("call/utilities: meter reading", A("can you read me the numbers on the meter"), C("it says %s" % speak_num(mk_digits(5), "digits"))),
        lambda: N("chat/travel: flight number and time", C("Flight %s%d at %d:%02d was cancelled" % (pick(["UA", "DL", "AA", "B6"]), R.randint(100, 2999), R.randint(1, 12), R.choice([0, 15, 30, 45]))), A("I can rebook you on the 6:40pm departure.")),
        lambda: N("call/travel: hotel room number and nights", C("i'm in room %s for %s nights" % (say_pairs(str(R.randint(201, 1899))), pick(["three", "four", "seven"]))), A("okay and you'd like a late checkout")),
        lambda: N("chat/telecom: speed and data plan", C("I'm paying for %d Mbps and only getting %d, plan is %dGB" % (R.choice([300, 500, 940]), R.randint(20, 90), R.choice([15, 50, 100]))), A("Let me run a line test.")),
        lambda: N("call/retail: order number with its name", A("do you have the order number"), C("order number %s" % speak_num(mk_digits(R.randint(8, 10)), pick(["digits", "pairs"])))),
        lambda: N("chat/retail: model number and price", C("The %s I bought for %s stopped charging" % (pick(["SM-G991U", "model XR-4400", "WH-1000XM5", "iPhone 15 Pro"]), amt())), A("Sorry to hear that. Is it within the 12 month warranty?")),
        lambda: N("call/healthcare billing: age, copay and years", A("is the patient under eighteen"), C("no she's %s and the copay was %s dollars back in twenty %s" % (say_pair(str(R.randint(19, 95))), say_pair(str(R.randint(15, 95))), say_pair(str(R.randint(18, 25)))))),
        lambda: N("chat/banking: APR percent and payment date", C("why did my APR go to %d.%d%%? my payment of %s on %d/%d was on time" % (R.randint(12, 29), R.randint(0, 99), amt(), R.randint(1, 12), R.randint(1, 28))), A("Let me review the account history.")),
        lambda: N("call/utilities: bill amount spoken", A("your bill this month is %s dollars and %s cents" % (pick(["one hundred and forty two", "two hundred eighteen", "ninety six", "three hundred and five"]), say_pair(str(R.randint(10, 99))))), C("that's way higher than last month")),
        lambda: N("call/government services: case number and wait time", A("your case number is %s and the wait is about %s weeks" % (speak_num(mk_digits(R.randint(6, 9)), "digits"), pick(["six", "eight", "twelve"]))), C("okay")),
        lambda: N("chat/telecom: ticket number with its name", A("I've opened ticket #%s for you, an engineer will call within 48 hours." % mk_digits(R.randint(7, 10))), C("thx")),
        lambda: N("call/insurance: vehicle year, mileage", C("it's a twenty %s honda with about %s thousand miles" % (say_pair(str(R.randint(10, 24))), say_pair(str(R.randint(20, 99))))), A("okay and was anyone hurt")),
        lambda: N("call/utilities: thermostat temperature and duration", C("the heat's been out %s hours and it's %s degrees in here" % (pick(["six", "twelve", "thirty six"]), say_pair(str(R.randint(41, 59))))), A("i'm so sorry i'll escalate this")),
        lambda: N("chat/banking: contract/start date not DOB", C("My loan started on %02d/%02d/%d, and the term is %d months" % (R.randint(1, 12), R.randint(1, 28), R.randint(2018, 2025), pick([36, 48, 60, 72]))), A("Thanks, I see it.")),
        lambda: N("call/pharmacy: prescription number with its name", A("what's the prescription number on the bottle"), C("rx number %s" % speak_num(mk_digits(7), "digits"))),
        lambda: N("chat/retail: quantity and price per item", C("I want %d of the %d-pack at $%d.99 each" % (R.randint(2, 9), R.choice([6, 12, 24]), R.randint(3, 60))), A("Sure, that comes to the total shown in your cart.")),
        lambda: N("call/banking: invoice number and due date", A("invoice %s is due on the %s" % (speak_num(mk_digits(R.randint(6, 8)), "digits"), pick(["first", "fifteenth", "thirtieth"]))), C("okay i'll pay it friday")),
        lambda: N("chat/travel: confirmation code and times", A("Your confirmation code is %s, check-in opens at %d:00." % ("".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(6)), R.randint(1, 11))), C("great")),
        lambda: N("call/telecom: hold duration and count", C("i've been on hold %s minutes and called %s times" % (say_pair(str(R.randint(20, 59))), pick(["three", "five", "six"]))), A("i apologize for the wait")),
    ]
    for i in range(5):
        for t in T:
            t()

# ---------------------------------------------------------------- validation
MONTH_RE = re.compile(r"\b(" + "|".join(MONTHS + MON3) + r")\b", re.I)


def months_to_digits(t):
    def rep(m):
        w = m.group(1).lower()
        idx = (MONTHS.index(w) if w in MONTHS else MON3.index(w)) + 1
        return " %s " % " ".join("%02d" % idx)
    return MONTH_RE.sub(rep, t)


def validate_group(typ, text, canon, frag):
    if frag:
        if typ in ("NI_NUMBER", "IBAN", "POSTCODE"):
            n = norm_alnum(text)
        else:
            n = norm_digits(text)
        return bool(n) and n in canon, "fragment %r not in %r" % (n, canon)
    if typ == "CARD_NUMBER":
        n = norm_digits(text)
        return n == canon and 13 <= len(n) <= 19 and luhn_ok(n), n
    if typ == "CVV":
        n = norm_digits(text)
        return n == canon and len(n) in (3, 4), n
    if typ == "EXPIRY":
        n = norm_digits(months_to_digits(text))
        mm, yy = canon[:2], canon[2:]
        cands = {mm + yy, mm + "20" + yy, str(int(mm)) + yy, str(int(mm)) + "20" + yy}
        return n in cands and 1 <= int(mm) <= 12, n
    if typ == "SSN":
        n = norm_digits(text)
        return n == canon and len(n) == 9 and canon[:3] not in ("000", "666") and canon[3:5] != "00", n
    if typ == "NI_NUMBER":
        n = norm_alnum(text)
        return n == canon and bool(NI_RE.match(n)), n
    if typ == "BANK_ACCOUNT":
        n = norm_digits(text)
        return n == canon and 6 <= len(n) <= 17, n
    if typ == "SORT_CODE":
        n = norm_digits(text)
        return n == canon and len(n) == 6, n
    if typ == "IBAN":
        n = norm_alnum(text)
        return n == canon and iban_ok(n), n
    if typ == "PHONE":
        n = norm_digits(text)
        return n == canon and 10 <= len(n) <= 13, n
    if typ == "EMAIL":
        t = text.lower()
        if "@" not in t:
            t = re.sub(r"\s*\bat\b\s*", "@", t)
            t = re.sub(r"\s*\bdot\b\s*", ".", t)
            t = re.sub(r"\s*\bunderscore\b\s*", "_", t)
            out, run = [], []
            for w in re.findall(r"[^ ]+", t.replace("@", " @ ").replace(".", " . ").replace("_", " _ ")):
                if w in NUMWORDS:
                    run.append(w); continue
                if run:
                    out.append(norm_digits(" ".join(run))); run = []
                out.append(w)
            if run:
                out.append(norm_digits(" ".join(run)))
            t = "".join(out)
        return t == canon.lower() and bool(re.match(r"^[\w.+-]+@[\w-]+\.[a-z]{2,}$", t)), t
    if typ == "DOB":
        n = norm_digits(months_to_digits(text))
        return 5 <= len(n) <= 8 and bool(re.search(r"(19|20)\d\d|\d\d$", n)), n
    if typ == "POSTCODE":
        n = norm_alnum(text)
        return n == canon and (re.fullmatch(r"\d{5}(\d{4})?", n) is not None or UKPC_RE.match(n) is not None), n
    if typ == "ADDRESS":
        return bool(norm_digits(text)) and any(
            w in text.lower().split() or w + "." in text.lower().split() for st in STYPES for w in st), text
    return False, "unknown type"


def generate():
    R.seed(SEED)
    CASES_OUT.clear(); META.clear(); CANON.clear(); GID[0] = 0
    plan = [
        (ssn_typed, 14), (ssn_call_one, 12), (ssn_call_split, 7), (ssn_correction, 3), (ssn_last_then_full, 3), (ssn_dash_spoken, 5),
        (ssn_chat_two_turn, 2), (mixed_policy_ssn, 4),
        (card_typed, 12), (card_call_one, 8), (card_call_split_full, 8), (card_chat_full, 8), (card_readback, 3), (card_typo_chat, 2),
        (exp_cvv_call, 5),
        (phone_typed, 10), (phone_call, 9), (phone_uk, 4),
        (email_typed, 8), (email_call, 9),
        (dob, 16), (mixed_member_dob, 4),
        (address_chat, 9), (address_call, 9), (zip_only, 6),
        (bank_us, 8), (bank_uk, 13),
        (ni_typed, 14), (ni_call, 14),
        (iban_case, 14), (ukpc, 5),
    ]
    for fn, n in plan:
        for _ in range(n):
            fn()
    neg_cases()
    # interleave deterministically? keep grouped by kind, ids already sequential
    return CASES_OUT


def dumps(cases):
    return "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cases)


def check_cases(cases):
    problems = []
    ids = set()
    counts = Counter()
    for c in cases:
        if c["id"] in ids:
            problems.append("dup id " + c["id"])
        ids.add(c["id"])
        if c["kind"] == "negative" and c["spans"]:
            problems.append(c["id"] + ": negative with spans")
        if c["kind"] == "positive" and not c["spans"]:
            problems.append(c["id"] + ": positive without spans")
        by_turn = {}
        for sp in c["spans"]:
            t = c["turns"][sp["turn"]]["text"] if 0 <= sp["turn"] < len(c["turns"]) else None
            if t is None or not (0 <= sp["start"] < sp["end"] <= len(t)):
                problems.append(c["id"] + ": span out of range"); continue
            s, e = sp["start"], sp["end"]
            if (s > 0 and t[s - 1].isalnum() and t[s].isalnum()) or (e < len(t) and t[e].isalnum() and t[e - 1].isalnum()):
                problems.append("%s: span not on word boundary %r" % (c["id"], t[s:e]))
            if t[s:e] != t[s:e].strip():
                problems.append("%s: span has outer whitespace" % c["id"])
            by_turn.setdefault(sp["turn"], []).append((s, e))
            counts[sp["type"]] += 1
        for lst in by_turn.values():
            lst.sort()
            for a, b in zip(lst, lst[1:]):
                if b[0] < a[1]:
                    problems.append(c["id"] + ": overlapping spans")
    return problems, counts


def check_values(cases):
    problems = []
    for c, meta in zip(cases, META):
        spans = c["spans"]
        for gid, idxs in meta["gids"].items():
            typ = spans[idxs[0]]["type"]
            text = " ~ ".join(c["turns"][spans[k]["turn"]]["text"][spans[k]["start"]:spans[k]["end"]] for k in idxs)
            ok, info = validate_group(typ, text, CANON[gid], gid.endswith("~frag"))
            if not ok:
                problems.append("%s: %s %r -> %r (canon %r)" % (c["id"], typ, text, info, CANON[gid]))
    return problems


def readme(counts, npos, nneg):
    rows = "\n".join("| %s | %d |" % (t, counts[t]) for t in sorted(counts))
    return """# pii_holdout260 — held-out PII redaction evaluation set

**Never use this set for tuning.** It exists only to measure the redactor on data
its authors have not seen. Do not adjust patterns, thresholds or word lists to make
these cases pass.

## Who wrote it and how

Written by an AI helper acting as an independent author. The author did not see the
redaction code, its tests, its documentation, the benchmark script or any other
PII fixture; the only existing data consulted was a 3-line example of the JSONL format.
All cases are produced by `scripts/make_pii_holdout260.py` (standard library only)
from template functions: every turn is assembled from plain-text segments and
labelled `(value, TYPE)` segments, so offsets are computed, never typed by hand.
All values come from one `random.Random(%d)`; output is byte-for-byte reproducible.
`python scripts/make_pii_holdout260.py --check` regenerates the file, checks it is
identical, and validates ids, offsets, word boundaries, overlaps, and every value
after normalising spoken forms (Luhn for cards, mod-97 for IBANs, NI format,
9 digits for SSN, 6 for sort codes, digit counts for CVV/phone/account, postcode shapes).

Emphasis: mostly US contact centres (SSNs typed and spoken many ways, ZIP and ZIP+4,
US phone formats, US street addresses, card payments by phone) plus UK/Ireland/EU
cases (NI numbers, sort codes, IBANs, UK postcodes). Chat turns are typed text;
call turns imitate ASR output (lower case, numbers as words, "oh"/"o"/"zero"/"nought",
"double"/"triple", pairs such as "forty one", phonetic letters "b for bravo").

## Annotation conventions

* A span covers the value only: lead-ins ("it's", "my social is", "area code",
  "sort", "IBAN") and trailing chit-chat are outside the span.
* Filler words or separators that occur *inside* a reading ("dash", "slash", "um",
  "then", "for bravo", "as in") are inside the span.
* A value split over several customer turns is labelled as one span per turn
  (each fragment); agent back-channels are not labelled.
* Agent read-backs of a value are labelled too (they are PII as well), including a
  read-back containing a wrong digit (it is still an SSN-shaped personal number), and
  partial repeats such as "the last four is ..." or "ending ...".
* ADDRESS = house number + street name + street type (+ apartment/unit); the city and
  state are not labelled; the ZIP/postcode is a separate POSTCODE span.
* EXPIRY covers month and year as said ("april twenty twenty eight", "04/27").
  DOB covers the date only, including a leading "the ... of" month phrase except the
  initial "the".
* PHONE includes a "+1", "1-" or "+44" prefix when typed.
* Negatives contain no personal data: amounts, balances, prices, times, durations,
  counts, years, percentages, non-birth dates, policy/claim/member/order/ticket/
  tracking/invoice/case/prescription numbers (at most 10 digits, always with their
  name), flight and room numbers, model numbers, meter readings, speeds, ages,
  temperatures. Positive cases may also contain such unlabelled numbers.

## Counts

Positive cases: %d. Negative cases: %d.

| type | spans |
|---|---|
%s
""" % (SEED, npos, nneg, rows)


def main():
    cases = generate()
    text = dumps(cases)
    problems, counts = check_cases(cases)
    problems += check_values(cases)
    npos = sum(c["kind"] == "positive" for c in cases)
    nneg = len(cases) - npos
    rd = readme(counts, npos, nneg)
    if "--check" in sys.argv[1:]:
        try:
            on_disk = open(CASES, encoding="utf-8").read()
        except OSError:
            on_disk = None
        if on_disk != text:
            problems.append("cases.jsonl differs from regenerated output")
        try:
            if open(README, encoding="utf-8").read() != rd:
                problems.append("README.md differs from regenerated output")
        except OSError:
            problems.append("README.md missing")
        mins = {t: 12 for t in ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE",
                                "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]}
        mins.update({"CARD_NUMBER": 30, "NI_NUMBER": 30, "SSN": 30})
        for t, m in mins.items():
            if counts[t] < m:
                problems.append("too few %s spans: %d < %d" % (t, counts[t], m))
        if npos < 170 or nneg < 100:
            problems.append("too few cases: %d pos %d neg" % (npos, nneg))
    else:
        os.makedirs(OUTDIR, exist_ok=True)
        with open(CASES, "w", encoding="utf-8") as f:
            f.write(text)
        with open(README, "w", encoding="utf-8") as f:
            f.write(rd)
    print("cases: %d positive, %d negative" % (npos, nneg))
    for t in sorted(counts):
        print("  %-13s %d" % (t, counts[t]))
    for p in problems:
        print("PROBLEM:", p)
    if problems:
        print("FAILED: %d problems" % len(problems))
        sys.exit(1)
    print("OK" + (" (--check)" if "--check" in sys.argv[1:] else ""))


if __name__ == "__main__":
    main()

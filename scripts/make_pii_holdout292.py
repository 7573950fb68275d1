#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set ``pii_holdout292``.

Written by an independent AI helper that did not see the redaction code.
Every turn is assembled from plain-text segments and (value, TYPE) segments,
so span offsets are computed, never typed by hand.  All randomness comes from
one seeded ``random.Random(292241125)``; output is byte-for-byte reproducible.

Usage:
    python scripts/make_pii_holdout292.py          # write fixture + README
    python scripts/make_pii_holdout292.py --check  # regenerate and verify
"""
from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path
import random

SEED = 292241125
ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "tests" / "fixtures" / "pii_holdout292"
CASES = OUT_DIR / "cases.jsonl"
README = OUT_DIR / "README.md"
PREFIX = "h292"
TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE",
         "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

R = random.Random(SEED)

# ---------------------------------------------------------------- spoken forms
DIG = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "f": "foxtrot",
        "g": "golf", "h": "hotel", "i": "india", "j": "juliet", "k": "kilo", "l": "lima",
        "m": "mike", "n": "november", "o": "oscar", "p": "papa", "q": "quebec", "r": "romeo",
        "s": "sierra", "t": "tango", "u": "uniform", "v": "victor", "w": "whiskey",
        "x": "x-ray", "y": "yankee", "z": "zulu"}
ASIN = {"a": "apple", "b": "boy", "c": "cat", "d": "david", "e": "edward", "f": "frank",
        "g": "george", "h": "henry", "j": "john", "k": "king", "l": "larry", "m": "mary",
        "n": "nancy", "p": "peter", "r": "robert", "s": "sam", "t": "tom", "w": "william",
        "x": "x-ray", "y": "yellow", "z": "zebra"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
MON3 = [m[:3] for m in MONTHS]
ORD = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
       "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
       "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty first", "twenty second",
       "twenty third", "twenty fourth", "twenty fifth", "twenty sixth", "twenty seventh",
       "twenty eighth"]

FILL = {"um", "uh", "er", "erm", "uhm", "hmm", "ah", "like", "sorry", "its", "it's", "is",
        "and", "dash", "hyphen", "space", "slash", "plus", "the", "then", "so", "yeah",
        "let", "me", "see", "hang", "on", "just", "that's", "okay", "ok", "right",
        "stroke", "point", "number"}
WMAP = {"zero": "0", "oh": "0", "o": "0", "nought": "0", "naught": "0", "owe": "0",
        "won": "1", "to": "2", "too": "2", "for": "4", "ate": "8"}
for _i, _w in enumerate(DIG):
    WMAP[_w] = str(_i)
for _i, _w in enumerate(TEENS):
    WMAP[_w] = str(10 + _i)


def zero_word(region):
    if region == "uk":
        return R.choice(["oh", "zero", "nought", "o"])
    return R.choice(["oh", "zero", "oh", "o"])


def dword(d, region):
    return zero_word(region) if d == "0" else DIG[int(d)]


def pair_word(p, region):
    a, b = p
    if a == "0":
        if b == "0":
            return R.choice(["double " + zero_word(region), zero_word(region) + " " + zero_word(region)])
        return zero_word(region) + " " + DIG[int(b)]
    if a == "1":
        return TEENS[int(b)]
    if b == "0":
        return TENS[int(a)]
    return TENS[int(a)] + " " + DIG[int(b)]


def say_digits(s, region="us", mode=None):
    """Render a digit string as an ASR transcript would.  Self-verifying."""
    for _ in range(20):
        m = mode or R.choice(["digit", "digit", "digit", "pairs", "runs"])
        words = []
        if m == "pairs":
            i = 0
            if len(s) % 2:
                words.append(dword(s[0], region))
                i = 1
            while i < len(s):
                words.append(pair_word(s[i:i + 2], region))
                i += 2
        else:
            i = 0
            while i < len(s):
                d = s[i]
                run = 1
                while i + run < len(s) and s[i + run] == d:
                    run += 1
                if m == "runs" and run >= 3 and R.random() < 0.8:
                    words.append("triple " + dword(d, region))
                    i += 3
                elif m == "runs" and run >= 2 and R.random() < 0.85:
                    words.append("double " + dword(d, region))
                    i += 2
                elif run >= 2 and R.random() < 0.3:
                    words.append("double " + dword(d, region))
                    i += 2
                else:
                    words.append(dword(d, region))
                    i += 1
        out = " ".join(words)
        if norm(out) == s:
            return out
        mode = "digit"
    raise AssertionError(s)


def say_letter(c):
    c = c.lower()
    r = R.random()
    if c == "o" or r < 0.35:
        return c + " for " + NATO[c]
    if r < 0.5 and c in ASIN:
        return c + " as in " + ASIN[c]
    return c


def norm(text):
    """Normalise spoken / typed forms to an upper-case alnum string."""
    toks = re.findall(r"[a-z]+(?:'[a-z]+)?|\d+", text.lower())
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        if len(t) == 1 and t.isalpha() and i + 2 < len(toks) and toks[i + 1] == "for" \
                and toks[i + 2] in set(NATO.values()) | {"x"}:
            out.append(t.upper())
            i += 3 + (1 if toks[i + 2] == "x" else 0)
            continue
        if len(t) == 1 and t.isalpha() and i + 3 < len(toks) and toks[i + 1] == "as" \
                and toks[i + 2] == "in":
            out.append(t.upper())
            i += 4 + (1 if toks[i + 3] == "x" else 0)
            continue
        if t in ("double", "triple") and i + 1 < len(toks) and toks[i + 1] in WMAP:
            out.append(WMAP[toks[i + 1]] * (2 if t == "double" else 3))
            i += 2
            continue
        if t in TENS and t:
            v = str(TENS.index(t))
            if i + 1 < len(toks) and toks[i + 1] in DIG[1:]:
                out.append(v + str(DIG.index(toks[i + 1])))
                i += 2
            else:
                out.append(v + "0")
                i += 1
            continue
        if t == "hundred":
            out.append("00")
        elif t in WMAP:
            out.append(WMAP[t])
        elif t in FILL:
            pass
        else:
            out.append(t.upper())
        i += 1
    return "".join(out)


# ---------------------------------------------------------------- value makers
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


def luhn_complete(body):
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def rdig(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def card():
    k = R.random()
    if k < 0.4:
        body, n = "4" + rdig(14), 16
    elif k < 0.65:
        body, n = R.choice(["51", "52", "53", "54", "55"]) + rdig(13), 16
    elif k < 0.75:
        body, n = str(R.randint(2221, 2720)) + rdig(11), 16
    elif k < 0.88:
        body, n = R.choice(["34", "37"]) + rdig(12), 15
    else:
        body, n = "6011" + rdig(11), 16
    return luhn_complete(body)


def group_card(c, sep=" "):
    if len(c) == 15:
        return sep.join([c[:4], c[4:10], c[10:]])
    return sep.join(c[i:i + 4] for i in range(0, len(c), 4))


def ssn():
    a = R.randint(1, 899)
    while a == 666:
        a = R.randint(1, 899)
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


NI_FIRST = "ABCEGHJKLMNPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def ni():
    while True:
        p = R.choice(NI_FIRST) + R.choice(NI_SECOND)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + rdig(6) + R.choice("ABCD")


def us_phone():
    while True:
        p = str(R.randint(2, 9)) + R.choice("012345678") + rdig(1) + str(R.randint(2, 9)) + rdig(6)
        if p[1:3] != "11" and p[4:6] != "11":
            return p


def iban(country):
    spec = {"GB": lambda: R.choice(["NWBK", "BARC", "LOYD", "MIDL"]) + rdig(14),
            "IE": lambda: R.choice(["AIBK", "BOFI", "IPBS"]) + rdig(14),
            "DE": lambda: rdig(18), "FR": lambda: rdig(23), "NL": lambda: R.choice(["ABNA", "INGB", "RABO"]) + rdig(10),
            "ES": lambda: rdig(20), "IT": lambda: "X" + rdig(22)}
    bban = spec[country]()
    def num(s):
        return int("".join(str(int(ch, 36)) for ch in s))
    chk = 98 - num(bban + country + "00") % 97
    return country + "%02d" % chk + bban


def iban_ok(s):
    s = s.upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in r)) % 97 == 1


FIRST = ["james", "maria", "robert", "linda", "michael", "jennifer", "david", "patricia", "carlos",
         "aisha", "kevin", "tanya", "brian", "megan", "luis", "grace", "derek", "nicole", "owen",
         "siobhan", "priya", "tom", "emma", "sean", "chloe", "marcus", "dana", "ray"]
LAST = ["johnson", "garcia", "miller", "davis", "martinez", "wilson", "anderson", "taylor",
        "thomas", "moore", "jackson", "white", "harris", "clark", "lewis", "walker", "hall",
        "young", "murphy", "kelly", "patel", "okafor", "nguyen", "brennan", "fitzgerald"]
DOMAINS = ["gmail.com", "yahoo.com", "hotmail.com", "outlook.com", "aol.com", "icloud.com",
           "comcast.net", "att.net", "btinternet.com", "eircom.net", "verizon.net"]
STREETS = ["maple", "oak", "elm", "washington", "lincoln", "cedar", "park", "pine", "highland",
           "sunset", "lakeview", "jefferson", "madison", "church", "willow", "river", "main",
           "franklin", "magnolia", "chestnut", "dogwood", "peachtree", "hillcrest"]
SUFFIX = ["street", "avenue", "road", "drive", "lane", "boulevard", "court", "place", "way",
          "circle", "terrace", "parkway"]
SUFABBR = {"street": "St", "avenue": "Ave", "road": "Rd", "drive": "Dr", "lane": "Ln",
           "boulevard": "Blvd", "court": "Ct", "place": "Pl", "way": "Way", "circle": "Cir",
           "terrace": "Ter", "parkway": "Pkwy"}
CITIES = [("columbus", "ohio", "43"), ("austin", "texas", "78"), ("tampa", "florida", "33"),
          ("denver", "colorado", "80"), ("phoenix", "arizona", "85"), ("raleigh", "north carolina", "27"),
          ("sacramento", "california", "95"), ("atlanta", "georgia", "30"), ("boise", "idaho", "83"),
          ("albany", "new york", "12"), ("portland", "oregon", "97"), ("nashville", "tennessee", "37")]
STATE_ABBR = {"ohio": "OH", "texas": "TX", "florida": "FL", "colorado": "CO", "arizona": "AZ",
              "north carolina": "NC", "california": "CA", "georgia": "GA", "idaho": "ID",
              "new york": "NY", "oregon": "OR", "tennessee": "TN"}
UK_STREETS = ["high street", "station road", "church lane", "victoria road", "mill lane",
              "park avenue", "queens road", "the crescent", "manor way", "grange road"]
UK_TOWNS = ["leeds", "bristol", "norwich", "reading", "derby", "swindon", "york", "cardiff"]


def email():
    f, l = R.choice(FIRST), R.choice(LAST)
    k = R.random()
    if k < 0.3:
        user = f + "." + l
    elif k < 0.5:
        user = f[0] + l + str(R.randint(10, 99))
    elif k < 0.7:
        user = f + "_" + l
    elif k < 0.85:
        user = l + f[0] + str(R.randint(1, 9))
    else:
        user = f + l[0]
    return user + "@" + R.choice(DOMAINS)


def say_email(e):
    user, dom = e.split("@")
    parts = []
    for piece in re.findall(r"[a-z]+|\d+|[._]", user):
        if piece == ".":
            parts.append("dot")
        elif piece == "_":
            parts.append("underscore")
        elif piece.isdigit():
            parts.append(say_digits(piece, mode=R.choice(["digit", "pairs"])))
        elif len(piece) == 1:
            parts.append(piece)
        else:
            parts.append(piece)
    d = dom.replace(".", " dot ")
    return " ".join(parts) + " at " + d


def us_zip(plus4=False):
    return rdig(5) + (rdig(4) if plus4 else "")


def uk_postcode():
    area = R.choice(["SW", "M", "B", "LS", "BS", "NR", "RG", "DE", "SN", "YO", "CF", "EH", "G", "N", "E"])
    out = area + str(R.randint(1, 19)) + " " + str(R.randint(1, 9)) + R.choice("ABDEFGHJLNPQRSTUWXYZ") + R.choice("ABDEFGHJLNPQRSTUWXYZ")
    return out


def say_postcode(pc, region="uk"):
    words = []
    for ch in pc.replace(" ", ""):
        if ch.isdigit():
            words.append(dword(ch, region))
        else:
            words.append(say_letter(ch) if R.random() < 0.4 else ch.lower())
    return " ".join(words)


def say_house(n):
    s = str(n)
    k = R.random()
    if len(s) == 4 and k < 0.5:
        return pair_word(s[:2], "us") + " " + pair_word(s[2:], "us")
    if len(s) == 3 and k < 0.5 and s[1:] != "00":
        return DIG[int(s[0])] + " " + pair_word(s[1:], "us")
    return say_digits(s, mode="digit")


# ---------------------------------------------------------------- case builder
CASES_OUT = []


def T(speaker, *segs):
    return (speaker, segs)


def add(kind, note, *turns):
    out_turns, spans = [], []
    for ti, (speaker, segs) in enumerate(turns):
        text = ""
        for seg in segs:
            if isinstance(seg, tuple):
                val, typ = seg
                assert val == val.strip() and val, seg
                spans.append({"turn": ti, "start": len(text), "end": len(text) + len(val), "type": typ})
                text += val
            else:
                text += seg
        out_turns.append({"speaker": speaker, "text": text})
    if kind == "negative":
        assert not spans
    else:
        assert spans
    CASES_OUT.append({"kind": kind, "turns": out_turns, "spans": spans, "note": note})


def P(note, *turns):
    add("positive", note, *turns)


def N(note, *turns):
    add("negative", note, *turns)


A = "agent"
C = "customer"


def ch(*xs):
    return R.choice(xs)


def split_n(s, sizes):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    return out


BACK = ["mhm", "okay", "yep", "go on", "okay go on", "uh huh", "got it", "right", "yes"]


def fmt_ssn_typed(s):
    k = R.random()
    if k < 0.45:
        return s[:3] + "-" + s[3:5] + "-" + s[5:]
    if k < 0.65:
        return s[:3] + " " + s[3:5] + " " + s[5:]
    if k < 0.8:
        return s
    if k < 0.9:
        return s[:3] + "." + s[3:5] + "." + s[5:]
    return s[:3] + "- " + s[3:5] + " -" + s[5:]


def safe(expected, fn):
    for _ in range(40):
        out = fn()
        if norm(out) == expected:
            return out
    return say_digits(expected, mode="digit")


def say_ssn(s):
    return safe(s, lambda: _say_ssn(s))


def _say_ssn(s):
    k = R.random()
    g = split_n(s, [3, 2, 4])
    if k < 0.35:
        return " ".join(say_digits(x) for x in g)
    if k < 0.55:
        return " dash ".join(say_digits(x) for x in g)
    if k < 0.7:
        return say_digits(s, mode="pairs")
    if k < 0.85:
        return say_digits(g[0]) + " " + say_digits(g[1], mode="pairs") + " " + say_digits(g[2], mode="pairs")
    return say_digits(s)


# ------------------------------------------------------------ positive templates
def p_ssn_chat():
    s = ssn()
    ind = ch("insurance", "healthcare billing", "banking", "government services", "telecom")
    P("chat/%s: SSN typed %s" % (ind, "in a sentence"),
      T(A, ch("To verify your identity I'll need your Social Security number.", "Can you confirm your SSN please?",
              "For the credit check we need your social security number")),
      T(C, ch("sure its ", "Sure, it's ", "ok ", "my ssn is ", "SSN: ", "social is "), (fmt_ssn_typed(s), "SSN"),
        ch("", " thanks", ". is that all you need?", " (sorry for the delay)")))


def p_ssn_call():
    s = ssn()
    ind = ch("insurance", "healthcare billing", "banking", "government services", "utilities")
    P("call/%s: SSN spoken in one turn" % ind,
      T(A, ch("and can i get your social security number", "can you verify your social for me",
              "i'll just need the social on the account")),
      T(C, ch("yeah it's ", "uh sure ", "okay it is ", "", "my social is "), (say_ssn(s), "SSN"),
        ch("", " yep", " and that's for the primary account holder")))


def p_ssn_split():
    s = ssn()
    g = split_n(s, [3, 2, 4])
    P("call/%s: SSN split 3-2-4 over customer turns with back-channels" % ch("insurance", "banking", "healthcare billing"),
      T(A, "okay and the social"),
      T(C, ch("", "it's ", "um "), (say_digits(g[0]), "SSN")),
      T(A, ch(*BACK)),
      T(C, (say_digits(g[1]), "SSN")),
      T(A, ch(*BACK)),
      T(C, (say_digits(g[2]), "SSN"), ch("", " and that's it")))


def p_ssn_readback():
    s = ssn()
    say = say_ssn(s)
    P("call/%s: SSN given then read back by agent" % ch("banking", "insurance", "government services"),
      T(A, "can you confirm your social security number for me"),
      T(C, (say, "SSN")),
      T(A, "let me read that back ", (say_digits(s), "SSN"), " is that right"),
      T(C, ch("yes that's right", "yep", "correct")))


def p_ssn_correction():
    s = ssn()
    wrong = s[:2] + str((int(s[2]) + 3) % 10)
    P("call/healthcare billing: SSN with a false start and restart (only the full value labelled)",
      T(A, "i'll need the patient's social security number"),
      T(C, say_digits(wrong, mode="digit") + " no sorry let me start over it's ", (say_ssn(s), "SSN")))


def p_ssn_with_dob():
    s = ssn()
    y = R.randint(1950, 2001)
    m, d = R.randint(1, 12), R.randint(1, 28)
    dob = ch("%s %s %s" % (MONTHS[m - 1], ORD[d - 1], say_digits(str(y), mode="pairs")),
             "%s %s %s" % (MONTHS[m - 1], say_digits(str(d), mode="pairs"), say_digits(str(y), mode="pairs")))
    P("call/insurance: SSN and date of birth in the same turn",
      T(A, "i need your date of birth and your social security number"),
      T(C, "date of birth is ", (dob, "DOB"), " and social is ", (say_ssn(s), "SSN")))


def p_ssn_noisy_chat():
    s = ssn()
    t = ch(s[:3] + "  " + s[3:5] + "  " + s[5:], s[:3] + "/" + s[3:5] + "/" + s[5:], s[:5] + "-" + s[5:])
    P("chat/government services: SSN with odd separators and a typo'd label",
      T(C, ch("my scoial is ", "SSN# ", "socail security no. ", "ss# "), (t, "SSN"),
        ch(" pls update my file", " - need my 1099 resent", " thank u")))


def p_ssn_spouse():
    s1, s2 = ssn(), ssn()
    P("chat/insurance: two SSNs (policy holder and spouse) in one message",
      T(C, "Mine is ", (fmt_ssn_typed(s1), "SSN"), " and my wife's is ", (fmt_ssn_typed(s2), "SSN")))


def p_card_chat():
    c = card()
    form = ch(group_card(c), group_card(c, "-"), c, group_card(c, "  "))
    P("chat/%s: card number typed" % ch("retail", "telecom", "travel", "utilities"),
      T(A, "Please enter the card number you'd like to use."),
      T(C, ch("", "card: ", "it's ", "ok here "), (form, "CARD_NUMBER"),
        ch("", " thanks", " - please use this one going forward"))
      )


def p_card_full_chat():
    c = card()
    mm, yy = R.randint(1, 12), R.randint(25, 31)
    cvv = rdig(4 if len(c) == 15 else 3)
    exp = ch("%02d/%02d" % (mm, yy), "%02d/20%02d" % (mm, yy), "%02d-%02d" % (mm, yy), "%s %d" % (MON3[mm - 1].title(), 2000 + yy))
    P("chat/retail: card, expiry and CVV in one message",
      T(C, "card ", (group_card(c), "CARD_NUMBER"), ch(" exp ", ", expiry ", " expires "), (exp, "EXPIRY"),
        ch(" cvv ", ", security code ", " cvc "), (cvv, "CVV"), ch("", " - order total was $84.20")))


def p_card_call():
    c = card()
    region = ch("us", "us", "uk")
    k = R.random()
    if k < 0.5:
        said = say_digits(c, region)
    else:
        said = safe(c, lambda: " ".join(say_digits(x, region) for x in group_card(c).split()))
    P("call/%s: card number spoken in one turn" % ch("utilities", "telecom", "insurance", "retail"),
      T(A, ch("go ahead with the card number", "what's the long number on the card", "and the card number please")),
      T(C, ch("okay it's ", "", "um ", "sure "), (said, "CARD_NUMBER")))


def p_card_split():
    c = card()
    groups = group_card(c).split()
    turns = [T(A, "okay i'm ready for the card number")]
    for i, g in enumerate(groups):
        pre = ch("", "", "um ", "uh ") if i else ch("", "it's ", "okay ")
        mode = ch("digit", "digit", "pairs", "runs")
        turns.append(T(C, pre, (say_digits(g, mode=mode), "CARD_NUMBER")))
        if i < len(groups) - 1:
            turns.append(T(A, ch(*BACK)))
    P("call/%s: card number split across customer turns with agent back-channels" % ch("telecom", "retail", "travel", "utilities"), *turns)


def p_card_exp_cvv_call():
    c = card()
    mm, yy = R.randint(1, 12), R.randint(25, 31)
    cvv = rdig(4 if len(c) == 15 else 3)
    exp = ch(say_digits("%02d" % mm) + " " + say_digits("%02d" % yy, mode="pairs"),
             MONTHS[mm - 1] + " twenty " + say_digits("%02d" % yy, mode="pairs"),
             say_digits("%02d%02d" % (mm, yy), mode="digit"))
    P("call/%s: card, expiry and security code over several turns" % ch("insurance", "utilities", "travel", "retail"),
      T(A, "what's the card number"),
      T(C, (say_digits(c), "CARD_NUMBER")),
      T(A, "and the expiration date"),
      T(C, ch("", "it's ", "uh "), (exp, "EXPIRY")),
      T(A, "and the three or four digit code on the back"),
      T(C, ch("", "it's ", "that's "), (say_digits(cvv), "CVV")))


def p_card_readback():
    c = card()
    P("call/retail: agent reads card number back in groups",
      T(C, "the card is ", (say_digits(c), "CARD_NUMBER")),
      T(A, "so that's ", (" ".join(say_digits(g, mode="digit") for g in group_card(c).split()), "CARD_NUMBER"),
        ch(" correct", " yes", " did i get that right")),
      T(C, "yes"))


def p_card_filler():
    c = card()
    g = group_card(c).split()
    said = (" " + ch("um", "uh", "hang on") + " ").join(say_digits(x) for x in g)
    P("call/travel: card number with filler words inside the reading",
      T(A, "and which card will you be paying with today"),
      T(C, ch("visa ", "it's a mastercard ", "um "), (said, "CARD_NUMBER")))


def p_card_amount():
    c = card()
    amt = ch("$149.99", "$62.10", "$1,240.00", "$38.75")
    P("chat/telecom: card number next to a payment amount (amount not labelled)",
      T(C, "Please charge ", amt, " to ", (group_card(c, ch(" ", "-")), "CARD_NUMBER"), " for invoice 4471920")) 


def p_exp_cvv_chat():
    mm, yy = R.randint(1, 12), R.randint(25, 31)
    exp = ch("%02d/%02d" % (mm, yy), "%d/%02d" % (mm, yy), "%02d%02d" % (mm, yy), "%s '%02d" % (MON3[mm - 1], yy))
    cvv = rdig(3)
    P("chat/retail: expiry and CVV sent in separate messages",
      T(A, "Thanks. Expiry date and CVV?"),
      T(C, (exp, "EXPIRY")),
      T(C, ch("cvv ", "code on back is ", "", "CVC: "), (cvv, "CVV")))


def p_phone_us_chat():
    p = us_phone()
    f = ch("(%s) %s-%s" % (p[:3], p[3:6], p[6:]), "%s-%s-%s" % (p[:3], p[3:6], p[6:]),
           "%s.%s.%s" % (p[:3], p[3:6], p[6:]), "+1 %s %s %s" % (p[:3], p[3:6], p[6:]), p,
           "1-%s-%s-%s" % (p[:3], p[3:6], p[6:]), "+1 (%s) %s-%s" % (p[:3], p[3:6], p[6:]))
    P("chat/%s: US phone number typed" % ch("telecom", "retail", "healthcare billing", "banking"),
      T(A, "What's the best callback number?"),
      T(C, ch("", "cell is ", "you can reach me at ", "call me on "), (f, "PHONE"), ch("", " after 5pm", " anytime")))


def p_phone_us_call():
    p = us_phone()
    def mk():
        k = R.random()
        if k < 0.4:
            return " ".join(say_digits(x) for x in split_n(p, [3, 3, 4]))
        if k < 0.7:
            return say_digits(p[:3]) + " " + say_digits(p[3:6]) + " " + say_digits(p[6:], mode="pairs")
        return say_digits(p)
    s = safe(p, mk)
    P("call/%s: US phone number spoken" % ch("utilities", "telecom", "insurance", "healthcare billing"),
      T(A, "and what's a good phone number for you"),
      T(C, ch("", "it's ", "my cell is ", "uh "), (s, "PHONE"), ch("", " that's my cell", " thanks")))


def p_phone_split():
    p = us_phone()
    g = split_n(p, [3, 3, 4])
    P("call/telecom: phone number split across turns (area code first)",
      T(A, "what number are you calling about"),
      T(C, "area code ", (say_digits(g[0]), "PHONE")),
      T(A, ch(*BACK)),
      T(C, (safe(g[1] + g[2], lambda: say_digits(g[1]) + " " + say_digits(g[2], mode=ch("pairs", "digit"))), "PHONE")))


def p_phone_tollfree_style():
    p = str(R.randint(2, 9)) + rdig(2) + str(R.randint(2, 9)) + rdig(6)
    P("call/banking: phone with leading one and area code",
      T(C, "you can call me back at ", (safe("1" + p, lambda: "one " + say_digits(p[:3]) + " " + say_digits(p[3:6]) + " " + say_digits(p[6:])), "PHONE"),
        " i'm usually free after three thirty"))


def p_phone_uk():
    p = "7" + rdig(9)
    f = ch("07%s %s" % (p[1:4], p[4:]), "+44 %s %s" % (p[:4], p[4:]), "0" + p, "+447%s" % p[1:])
    P("chat/telecom UK: mobile number typed",
      T(C, ch("my mobile is ", "number: ", "ring me on "), (f, "PHONE")))


def p_phone_uk_call():
    p = "07" + rdig(9)
    P("call/utilities UK: mobile spoken with nought and double",
      T(A, "have you got a contact number"),
      T(C, "yeah it's ", (safe(p, lambda: say_digits(p[:5], "uk", mode=ch("digit", "runs")) + " " + say_digits(p[5:], "uk", mode=ch("digit", "pairs", "runs"))), "PHONE")))


def p_phone_ie():
    p = "8" + str(R.choice([3, 5, 6, 7, 9])) + rdig(7)
    f = ch("0%s %s %s" % (p[:2], p[2:5], p[5:]), "+353 %s %s %s" % (p[:2], p[2:5], p[5:]))
    P("chat/telecom Ireland: Irish mobile typed", T(C, "contact no ", (f, "PHONE")))


def p_email_chat():
    e = email()
    if R.random() < 0.3:
        e = e.title() if R.random() < 0.5 else e.upper()
    P("chat/%s: email typed" % ch("retail", "travel", "banking", "insurance"),
      T(A, "What email should we send the confirmation to?"),
      T(C, ch("", "email is ", "its ", "send it to "), (e, "EMAIL"), ch("", " thx", ". thanks!")))


def p_email_call():
    e = email()
    P("call/%s: email spoken with dot / at / underscore" % ch("retail", "travel", "utilities", "insurance"),
      T(A, "and can i get an email address"),
      T(C, ch("sure it's ", "yeah ", "it's "), (say_email(e), "EMAIL")))


def p_email_spelled():
    f, l = R.choice(FIRST), R.choice(LAST)
    dom = R.choice(["gmail", "yahoo", "aol", "outlook"])
    spelled = " ".join(say_letter(x) if R.random() < 0.3 else x for x in l)
    P("call/healthcare billing: email where the surname is spelled letter by letter",
      T(A, "what's the email on file"),
      T(C, "it's ", (f + " dot " + spelled + " at " + dom + " dot com", "EMAIL")))


def p_dob_chat():
    y, m, d = R.randint(1940, 2004), R.randint(1, 12), R.randint(1, 28)
    f = ch("%02d/%02d/%d" % (m, d, y), "%d/%d/%02d" % (m, d, y % 100), "%s %d, %d" % (MONTHS[m - 1].title(), d, y),
           "%d-%02d-%02d" % (y, m, d), "%s %d %d" % (MON3[m - 1], d, y))
    P("chat/%s: date of birth typed" % ch("healthcare billing", "insurance", "banking", "government services"),
      T(A, "Can you confirm your date of birth?"),
      T(C, ch("", "dob ", "DOB: ", "born "), (f, "DOB")))


def p_dob_call():
    y, m, d = R.randint(1940, 2004), R.randint(1, 12), R.randint(1, 28)
    f = ch("%s %s %s" % (MONTHS[m - 1], ORD[d - 1], say_digits(str(y), mode="pairs")),
           "%s %s %s" % (say_digits(str(m), mode="pairs"), say_digits(str(d), mode="pairs"), say_digits(str(y), mode="pairs")),
           "the %s of %s %s" % (ORD[d - 1], MONTHS[m - 1], say_digits(str(y), mode="pairs")),
           "%s %s %s" % (MONTHS[m - 1], say_digits(str(d), mode="pairs"), say_digits(str(y)[2:], mode="pairs")))
    P("call/%s: date of birth spoken" % ch("healthcare billing", "insurance", "government services"),
      T(A, "and your date of birth"),
      T(C, ch("", "it's ", "uh ", "i was born on "), (f, "DOB")))


def p_address_us_chat():
    n = R.randint(10, 9999)
    st = "%d %s %s" % (n, R.choice(STREETS).title(), ch(SUFABBR[x := R.choice(SUFFIX)], x.title()))
    if R.random() < 0.3:
        st += ch(" Apt ", " Unit ", " #") + str(R.randint(1, 40)) + ch("", "B", "C")
    city, state, zp = R.choice(CITIES)
    z = zp + rdig(3)
    zf = ch(z, z + "-" + rdig(4))
    P("chat/%s: US street address with city, state and ZIP" % ch("retail", "utilities", "insurance", "telecom"),
      T(A, "What's the service address?"),
      T(C, (st, "ADDRESS"), ", %s, %s " % (city.title(), STATE_ABBR[state]), (zf, "POSTCODE")))


def p_address_us_call():
    n = R.randint(10, 9999)
    suf = R.choice(SUFFIX)
    st = say_house(n) + " " + ch("", "north ", "south ", "west ") + R.choice(STREETS) + " " + suf
    city, state, zp = R.choice(CITIES)
    z = zp + rdig(3)
    P("call/%s: US address spoken with house number in words and ZIP" % ch("utilities", "insurance", "retail", "telecom"),
      T(A, "can you confirm the address on the account"),
      T(C, ch("", "it's ", "yeah "), (st, "ADDRESS"), " in %s %s" % (city, state)),
      T(A, "and the zip code"),
      T(C, (say_digits(z, mode=ch("digit", "digit", "pairs")), "POSTCODE")))


def p_zip4_call():
    z, f = rdig(5), rdig(4)
    P("call/retail: ZIP+4 spoken with 'dash'",
      T(A, "what's the billing zip"),
      T(C, (safe(z + f, lambda: say_digits(z) + ch(" dash ", " ", " hyphen ") + say_digits(f)), "POSTCODE"), ch("", " i think")))


def p_zip_chat():
    P("chat/banking: billing ZIP typed on its own",
      T(A, "Billing zip code?"), T(C, ch("", "zip ", "its "), (rdig(5), "POSTCODE")))


def p_uk_address():
    n = R.randint(1, 199)
    pc = uk_postcode()
    P("chat/utilities UK: UK address with postcode",
      T(C, "I've moved to ", ("%d %s" % (n, R.choice(UK_STREETS).title()), "ADDRESS"), ", %s " % R.choice(UK_TOWNS).title(),
        (ch(pc, pc.lower(), pc.replace(" ", "")), "POSTCODE")))


def p_uk_postcode_call():
    pc = uk_postcode()
    P("call/utilities UK: postcode spelled with phonetic alphabet",
      T(A, "and what's the postcode there"),
      T(C, ch("", "it's ", "erm "), (say_postcode(pc), "POSTCODE")))


def p_ni_chat():
    v = ni()
    f = ch(v, "%s %s %s %s %s" % (v[:2], v[2:4], v[4:6], v[6:8], v[8]), v.lower(), "%s%s %s" % (v[:2], v[2:8], v[8]),
           "%s-%s-%s-%s-%s" % (v[:2], v[2:4], v[4:6], v[6:8], v[8]))
    P("chat/%s UK: National Insurance number typed" % ch("government services", "banking", "insurance"),
      T(A, "Please provide your National Insurance number."),
      T(C, ch("", "NI no: ", "its ", "ni number "), (f, "NI_NUMBER")))


def say_ni(v):
    for _ in range(40):
        out = _say_ni(v)
        if norm(out) == v:
            return out
    raise AssertionError(v)


def _say_ni(v):
    letters = lambda s: " ".join(say_letter(x) if R.random() < 0.5 else x.lower() for x in s)
    k = R.random()
    if k < 0.4:
        mid = say_digits(v[2:8], "uk")
    elif k < 0.7:
        mid = say_digits(v[2:8], "uk", mode="pairs")
    else:
        mid = " ".join(say_digits(v[i:i + 2], "uk") for i in (2, 4, 6))
    return letters(v[:2]) + " " + mid + " " + letters(v[8])


def p_ni_call():
    v = ni()
    P("call/government services UK: NI number spoken",
      T(A, "can i take your national insurance number"),
      T(C, ch("yeah it's ", "", "erm ", "right it's "), (say_ni(v), "NI_NUMBER")))


def p_ni_split():
    v = ni()
    P("call/banking UK: NI number split over turns",
      T(A, "national insurance number please"),
      T(C, (" ".join(say_letter(x) for x in v[:2]) + " " + say_digits(v[2:4], "uk"), "NI_NUMBER")),
      T(A, ch(*BACK)),
      T(C, (say_digits(v[4:8], "uk", mode=ch("digit", "pairs")), "NI_NUMBER")),
      T(A, "and the letter at the end"),
      T(C, ch("", "it's ", "that's "), (say_letter(v[8]), "NI_NUMBER")))


def p_ni_readback():
    v = ni()
    P("call/insurance UK: NI number with agent read-back",
      T(C, "my national insurance is ", (say_ni(v), "NI_NUMBER")),
      T(A, "thanks so that's ", (say_ni(v), "NI_NUMBER"), " yeah"),
      T(C, "that's it"))


def p_sort_acct_chat():
    sc, acc = rdig(6), rdig(8)
    P("chat/banking UK: sort code and account number typed",
      T(C, "sort code ", (ch("%s-%s-%s" % (sc[:2], sc[2:4], sc[4:]), sc, "%s %s %s" % (sc[:2], sc[2:4], sc[4:])), "SORT_CODE"),
        ch(" acc ", ", account number ", " a/c "), (acc, "BANK_ACCOUNT")))


def p_sort_acct_call():
    sc, acc = rdig(6), rdig(8)
    P("call/utilities UK: direct debit sort code and account spoken",
      T(A, "what's the sort code"),
      T(C, (safe(sc, lambda: " ".join(say_digits(sc[i:i + 2], "uk", mode=ch("digit", "pairs")) for i in (0, 2, 4))), "SORT_CODE")),
      T(A, "and the account number"),
      T(C, ch("", "it's ", "um "), (say_digits(acc, "uk", mode=ch("digit", "runs", "pairs")), "BANK_ACCOUNT")))


def p_us_account():
    acc = rdig(R.randint(9, 12))
    P("call/banking: US checking account number spoken",
      T(A, "and the checking account number for the autopay"),
      T(C, ch("", "okay it's ", "uh "), (say_digits(acc), "BANK_ACCOUNT")))


def p_us_account_chat():
    acc = rdig(R.randint(8, 12))
    P("chat/banking: US account number typed with label",
      T(C, ch("acct # ", "Account number: ", "my account no is ", "acct "), (acc, "BANK_ACCOUNT"),
        ch(" - why was I charged a $35 fee?", "", " pls close it")))


def p_iban_chat():
    cc = ch("GB", "IE", "DE", "FR", "NL", "ES", "IT")
    v = iban(cc)
    f = ch(v, " ".join(v[i:i + 4] for i in range(0, len(v), 4)), v.lower())
    P("chat/%s: IBAN typed (%s)" % (ch("travel", "banking", "insurance"), cc),
      T(C, ch("IBAN ", "my iban is ", "refund to IBAN: "), (f, "IBAN")))


def p_iban_call():
    cc = ch("GB", "IE", "NL")
    v = iban(cc)
    letters = " ".join(say_letter(x) for x in v[:2])
    rest = []
    for x in v[2:]:
        rest.append(say_letter(x) if x.isalpha() else dword(x, "uk"))
    P("call/banking %s: IBAN spoken character by character" % cc,
      T(A, "go ahead with the iban"),
      T(C, (letters + " " + " ".join(rest), "IBAN")))


def p_card_homophone():
    c = card()
    said = say_digits(c, mode="digit")
    words = said.split()
    words = [("for" if w == "four" and R.random() < 0.6 else "to" if w == "two" and R.random() < 0.5 else w) for w in words]
    said = " ".join(words)
    assert norm(said) == c
    P("call/utilities: card number with ASR homophones ('for' for four, 'to' for two)",
      T(A, "whenever you're ready with the card"),
      T(C, "okay it's ", (said, "CARD_NUMBER"), ch("", " and i want to pay the full forty two fifty")))


def p_phone_email_one_turn():
    p, e = us_phone(), email()
    P("call/retail: phone and email in the same customer turn",
      T(A, "can i get a phone number and email for the order"),
      T(C, "sure phone is ", (say_digits(p), "PHONE"), " and email is ", (say_email(e), "EMAIL")))


def p_dob_with_age():
    y, m, d = R.randint(1950, 1999), R.randint(1, 12), R.randint(1, 28)
    age = 2026 - y
    P("call/insurance: DOB next to the caller's age (age not labelled)",
      T(A, "and can you verify your date of birth"),
      T(C, "i'm " + pair_word(str(age), "us") + " so ", (MONTHS[m - 1] + " " + ORD[d - 1] + " " + say_digits(str(y), mode="pairs"), "DOB")))


def p_address_zip4_one_turn():
    n = R.randint(100, 9999)
    suf = R.choice(SUFFIX)
    city, state, zp = R.choice(CITIES)
    z, f = zp + rdig(3), rdig(4)
    P("call/insurance: address, apartment and ZIP+4 in one turn",
      T(A, "what's the garaging address for the vehicle"),
      T(C, (say_house(n) + " " + R.choice(STREETS) + " " + suf + " apartment " + say_digits(str(R.randint(1, 30))), "ADDRESS"),
        " " + city + " " + state + " ", (safe(z + f, lambda: say_digits(z) + " " + say_digits(f)), "POSTCODE")))


def p_ssn_member_mix():
    s, mid = ssn(), rdig(9)
    P("chat/healthcare billing: SSN next to a 9-digit member ID (member ID not labelled)",
      T(C, "Member ID %s, subscriber SSN " % mid, (fmt_ssn_typed(s), "SSN"), ". Claim %s was denied" % rdig(10)))


def p_card_split_uneven():
    c = card()
    cut = sorted(R.sample(range(2, len(c) - 1), 2))
    parts = [c[:cut[0]], c[cut[0]:cut[1]], c[cut[1]:]]
    P("call/telecom: card split at uneven points, agent repeats a fragment",
      T(A, "card number please"),
      T(C, (say_digits(parts[0]), "CARD_NUMBER")),
      T(A, (say_digits(parts[0], mode="digit"), "CARD_NUMBER"), " okay"),
      T(C, (say_digits(parts[1]), "CARD_NUMBER")),
      T(A, "mhm"),
      T(C, (say_digits(parts[2]), "CARD_NUMBER"), " that's it"))


def p_sort_only_call():
    sc = rdig(6)
    P("call/banking UK: sort code said as three pairs with dashes",
      T(A, "and the sort code on that account"),
      T(C, ch("", "it's "), (" dash ".join(pair_word(sc[i:i + 2], "uk") for i in (0, 2, 4)), "SORT_CODE")))


def p_irish_account():
    acc, sc = rdig(8), "9" + rdig(5)
    P("chat/banking Ireland: sort code and account number in one message",
      T(C, "sort code ", ("%s-%s-%s" % (sc[:2], sc[2:4], sc[4:]), "SORT_CODE"), " account ", (acc, "BANK_ACCOUNT"), " (old AIB account)"))


def p_ssn_two_messages():
    s = ssn()
    P("chat/government services: SSN typed over two chat messages",
      T(C, "ssn is ", (s[:3] + "-" + s[3:5], "SSN"), "-"),
      T(C, (s[5:], "SSN"), " sorry hit enter too soon"))


def p_dob_digits_call():
    y, m, d = R.randint(1945, 2003), R.randint(1, 12), R.randint(1, 28)
    dd = "%02d%02d%02d" % (m, d, y % 100)
    P("call/healthcare billing: date of birth said as six digits",
      T(A, "patient's date of birth"),
      T(C, (say_digits(dd, mode=ch("digit", "pairs")), "DOB")))


def p_phone_readback():
    p = us_phone()
    P("call/telecom: phone number given and read back by the agent",
      T(C, "the number on the account is ", (safe(p, lambda: " ".join(say_digits(x) for x in split_n(p, [3, 3, 4]))), "PHONE")),
      T(A, "okay i have ", (" ".join(say_digits(x, mode="digit") for x in split_n(p, [3, 3, 4])), "PHONE"), " that's the one ending in the two lines"),
      T(C, "yeah that's the main line"))


def p_card_amex_call():
    while True:
        c = card()
        if len(c) == 15:
            break
    g = group_card(c).split()
    P("call/travel: amex read in 4-6-5 groups with the 4-digit CID",
      T(A, "go ahead with the amex number"),
      T(C, (safe(c, lambda: " ".join(say_digits(x) for x in g)), "CARD_NUMBER")),
      T(A, "and the four digit code on the front"),
      T(C, (say_digits(rdig(4)), "CVV")))


def p_phone_area_then():
    p = us_phone()
    P("call/insurance: phone given as 'area code ... and then ...' in one turn",
      T(A, "what's the best number to reach you"),
      T(C, "it's area code ", (say_digits(p[:3]), "PHONE"), ch(" and then ", " then ", " and the number is "),
        (safe(p[3:], lambda: say_digits(p[3:6]) + " " + say_digits(p[6:], mode=ch("digit", "pairs"))), "PHONE")))


def p_address_numbered_street():
    n = R.randint(100, 9999)
    k = R.randint(2, 28)
    suf = ch("street", "avenue")
    ordn = ORD[k - 1]
    sfx = "th" if 11 <= k <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(k % 10, "th")
    dirw = ch("east", "west", "north", "south")
    city, state, zp = R.choice(CITIES)
    if R.random() < 0.5:
        P("call/utilities: US address on a numbered street, spoken",
          T(A, "and the service address"),
          T(C, (say_house(n) + " " + dirw + " " + ordn + " " + suf, "ADDRESS"), " " + city + " " + state))
    else:
        P("chat/utilities: US address on a numbered street, typed",
          T(C, "New address: ", ("%d %s %d%s %s" % (n, dirw[0].upper(), k, sfx, SUFABBR[suf]), "ADDRESS"),
            ", %s %s " % (city.title(), STATE_ABBR[state]), (zp + rdig(3), "POSTCODE")))


def p_dob_short_chat():
    y, m, d = R.randint(1945, 2003), R.randint(1, 12), R.randint(1, 28)
    P("chat/banking: short-form date of birth after an age mention (age not labelled)",
      T(C, "I'm %d, dob " % (2026 - y), ("%d-%d-%02d" % (m, d, y % 100), "DOB"), ", need to update my mailing address"))


POS_TEMPLATES = [
    (p_phone_area_then, 3), (p_address_numbered_street, 5), (p_dob_short_chat, 3),
    (p_ssn_two_messages, 3), (p_dob_digits_call, 3), (p_phone_readback, 3), (p_card_amex_call, 3),
    (p_card_homophone, 4), (p_phone_email_one_turn, 4), (p_dob_with_age, 3), (p_address_zip4_one_turn, 4),
    (p_ssn_member_mix, 3), (p_card_split_uneven, 3), (p_sort_only_call, 3), (p_irish_account, 2),
    (p_ssn_chat, 10), (p_ssn_call, 10), (p_ssn_split, 4), (p_ssn_readback, 4), (p_ssn_correction, 3),
    (p_ssn_with_dob, 3), (p_ssn_noisy_chat, 3), (p_ssn_spouse, 2),
    (p_card_chat, 8), (p_card_full_chat, 8), (p_card_call, 8), (p_card_split, 4), (p_card_exp_cvv_call, 8),
    (p_card_readback, 3), (p_card_filler, 3), (p_card_amount, 3), (p_exp_cvv_chat, 4),
    (p_phone_us_chat, 7), (p_phone_us_call, 6), (p_phone_split, 3), (p_phone_tollfree_style, 2),
    (p_phone_uk, 2), (p_phone_uk_call, 2), (p_phone_ie, 2),
    (p_email_chat, 6), (p_email_call, 6), (p_email_spelled, 3),
    (p_dob_chat, 5), (p_dob_call, 6),
    (p_address_us_chat, 7), (p_address_us_call, 7), (p_zip4_call, 3), (p_zip_chat, 2),
    (p_uk_address, 3), (p_uk_postcode_call, 3),
    (p_ni_chat, 10), (p_ni_call, 10), (p_ni_split, 4), (p_ni_readback, 3),
    (p_sort_acct_chat, 4), (p_sort_acct_call, 4), (p_us_account, 4), (p_us_account_chat, 3),
    (p_iban_chat, 7), (p_iban_call, 5),
]


# ------------------------------------------------------------ negative templates
def money_spoken():
    d, c = R.randint(11, 999), R.randint(1, 99)
    return ch("%s dollars and %s cents" % (say_digits(str(d), mode="pairs") if d < 100 else DIG[d // 100] + " hundred " + pair_word("%02d" % (d % 100), "us") if d % 100 >= 10 else DIG[d // 100] + " hundred", say_digits(str(c), mode="pairs")),
              "%s %s" % (pair_word(str(R.randint(10, 99)), "us"), pair_word("%02d" % R.randint(10, 99), "us")))


def n_policy():
    num = ch("HX" + rdig(7), rdig(8), "P" + rdig(9), rdig(10), "AUT-" + rdig(6))
    N("chat/insurance: policy number with its label",
      T(C, ch("My policy number is ", "policy # ", "Policy no. "), num, ch(" - when does it renew?", ". I need proof of insurance", "")),
      T(A, "Thanks, I see policy " + num + " renews on " + MONTHS[R.randint(0, 11)].title() + " %d." % R.randint(1, 28)))


def n_policy_call():
    num = rdig(R.randint(7, 10))
    N("call/insurance: policy number spoken with its label",
      T(A, "can i get the policy number"),
      T(C, "yeah the policy number is " + say_digits(num)),
      T(A, "thank you i've got policy " + say_digits(num, mode="digit") + " pulled up"))


def n_member():
    num = ch(rdig(9), "W" + rdig(8), "XJ" + rdig(7))
    N("chat/healthcare billing: member ID and group number",
      T(C, "Member ID " + num + ", group number " + rdig(6) + ". Why was claim " + rdig(10) + " denied?"))


def n_member_call():
    num = rdig(9)
    N("call/healthcare billing: 9-digit member ID said with its label (not an SSN)",
      T(A, "what's the member id on the front of the insurance card"),
      T(C, "member id " + say_digits(num)),
      T(A, "and the group number"),
      T(C, "group " + say_digits(rdig(5))))


def n_claim():
    num = rdig(R.randint(8, 10))
    N("call/insurance: claim number spoken in chunks",
      T(A, "do you have your claim number"),
      T(C, "claim number " + say_digits(num[:4])),
      T(A, "mhm"),
      T(C, say_digits(num[4:]) + " for the claim"),
      T(A, "okay that claim was filed on " + MONTHS[R.randint(0, 11)] + " " + ORD[R.randint(0, 27)]))


def n_tracking():
    lab, num = ch(("UPS tracking ", "1Z" + "".join(R.choice("0123456789ABCDEFGHJKLMNPRSTVWXY") for _ in range(6)) + rdig(4)),
                  ("USPS tracking number ", "LX" + rdig(9) + "US"), ("Amazon tracking ", "TBA" + rdig(9)),
                  ("Tracking # ", rdig(10)), ("FedEx tracking: ", rdig(R.choice([9, 10]))))
    N("chat/retail: tracking number with its carrier name",
      T(C, "My package hasn't arrived. " + lab + num),
      T(A, "I see tracking " + num + " was scanned in Memphis at 4:52 AM and is due Thursday by 8 PM."))


def n_order():
    num = rdig(R.randint(7, 10))
    N("call/retail: order number spoken then read back",
      T(A, "what's the order number"),
      T(C, "order number " + say_digits(num, mode=ch("digit", "pairs", "runs"))),
      T(A, "perfect order " + say_digits(num, mode="digit") + " for " + money_spoken()))


def n_invoice_chat():
    N("chat/utilities: invoice and reference numbers with amounts",
      T(C, ch("Invoice ", "INV-", "Ref: ", "Ticket #") + rdig(R.randint(6, 10)) + " shows $" + "%d.%02d" % (R.randint(20, 900), R.randint(0, 99)) +
        " but I was quoted $" + "%d" % R.randint(20, 300) + "/month"),
      T(A, "I can see a one-off charge of $%d.%02d from %s %d." % (R.randint(5, 90), R.randint(0, 99), MON3[R.randint(0, 11)].title(), R.randint(1, 28))))


def n_money_call():
    N("call/banking: balances and payment amounts spoken",
      T(A, "your current balance is " + money_spoken() + " and the minimum payment is " + money_spoken()),
      T(C, "okay can i pay " + money_spoken() + " today and the rest on the " + ORD[R.randint(0, 27)]))


def n_time_date():
    N("call/healthcare billing: appointment date and time (not a birth date)",
      T(A, "i have an opening on " + MONTHS[R.randint(0, 11)] + " " + ORD[R.randint(0, 27)] + " at " + ch("ten thirty", "two fifteen", "nine forty five", "eleven o'clock") + " in the morning"),
      T(C, "that works my last visit was " + MONTHS[R.randint(0, 11)] + " " + say_digits(str(R.randint(2019, 2025)), mode="pairs")))


def n_dates_chat():
    m, d, y = R.randint(1, 12), R.randint(1, 28), R.randint(2018, 2026)
    N("chat/telecom: contract start date and payment date (not birth dates)",
      T(C, "My contract started %02d/%02d/%d and the payment on %d/%d was taken twice." % (m, d, y, R.randint(1, 12), R.randint(1, 28))))


def n_flight():
    fl = ch("UA ", "AA", "DL ", "BA", "EI ") + str(R.randint(10, 2999))
    N("chat/travel: flight number, times and seat",
      T(C, "I was on flight " + fl + " departing 6:%02d am, seat %d%s, and my bag didn't arrive." % (R.randint(0, 59), R.randint(1, 40), R.choice("ABCDEF"))),
      T(A, "Your baggage reference is " + ch("ORD", "JFK", "LHR", "DUB") + R.choice(["UA", "AA", "BA", "EI"]) + rdig(5) + "."))


def n_flight_call():
    N("call/travel: flight number and booking reference spoken",
      T(C, "it's flight " + ch("united", "delta", "aer lingus") + " " + say_digits(str(R.randint(100, 2999)), mode="pairs") + " on the " + ORD[R.randint(0, 27)]),
      T(A, "and the confirmation code"),
      T(C, " ".join(say_letter(x) for x in "".join(R.choice("BCDFGHJKLMNPRSTVWXZ") for _ in range(6)))))


def n_room():
    N("call/travel: hotel room number, nights and rate",
      T(C, "i'm in room " + say_digits(str(R.randint(101, 2999)), mode="pairs") + " checking out on the " + ORD[R.randint(0, 27)]),
      T(A, "i see " + DIG[R.randint(2, 7)] + " nights at " + money_spoken() + " per night"))


def n_model():
    N("chat/retail: model and serial-style product codes",
      T(C, "The " + ch("model WH-1000XM4", "model number KDL-55X900", "Galaxy S23 model SM-S911U", "part 4471-B20") +
        " I bought for $" + str(R.randint(49, 899)) + " stopped working after " + str(R.randint(2, 11)) + " days"))


def n_meter():
    rd = rdig(R.randint(5, 6))
    N("call/utilities: meter reading spoken digit by digit",
      T(A, "can you give me the meter reading"),
      T(C, "yeah the reading is " + say_digits(rd)),
      T(A, "so that's " + say_digits(rd, mode="digit") + " thank you"))


def n_meter_chat():
    N("chat/utilities: gas and electric meter readings",
      T(C, "Readings today: electric %05d, gas %05d. Tariff says %d.%d%% increase" % (R.randint(1000, 99999), R.randint(1000, 99999), R.randint(1, 9), R.randint(0, 9))))


def n_speed():
    N("call/telecom: internet speeds, data and percentages",
      T(C, "i'm paying for " + ch("three hundred", "five hundred", "a gig") + " but i'm getting like " + say_digits(str(R.randint(12, 95)), mode="pairs") + " megs"),
      T(A, "i see " + say_digits(str(R.randint(12, 95)), mode="pairs") + " percent packet loss over the last " + DIG[R.randint(2, 9)] + " days"))


def n_age_temp():
    N("call/healthcare billing: ages, temperature and dosage",
      T(C, "my mom is " + pair_word(str(R.randint(61, 95)), "us") + " and she had a fever of a hundred and " + DIG[R.randint(1, 4)] + " so we went to urgent care"),
      T(A, "okay and that visit was " + money_spoken() + " after the deductible"))


def n_counts():
    N("chat/retail: quantities, sizes and counts",
      T(C, "I ordered %d boxes of the %d-pack, size %d, and only %d arrived. Total was $%d.%02d" % (R.randint(2, 12), R.choice([6, 12, 24, 36]), R.randint(4, 14), R.randint(1, 5), R.randint(20, 400), R.randint(0, 99))))


def n_years():
    N("call/insurance: vehicle year, mileage and deductible",
      T(C, "it's a " + say_digits(str(R.randint(2005, 2024)), mode="pairs") + " " + ch("honda civic", "ford f one fifty", "toyota camry") + " with about " + pair_word(str(R.randint(20, 99)), "us") + " thousand miles"),
      T(A, "your deductible is " + ch("five hundred", "a thousand", "two fifty") + " dollars"))


def n_case_ref():
    num = rdig(R.randint(6, 10))
    N("call/government services: case reference number spoken",
      T(A, "do you have the case reference number from the letter"),
      T(C, "yes case number " + say_digits(num, mode=ch("digit", "runs"))),
      T(A, "thank you case " + say_digits(num, mode="digit") + " was opened on " + MONTHS[R.randint(0, 11)] + " " + ORD[R.randint(0, 27)]))


def n_ticket_chat():
    N("chat/telecom: support ticket and port-in reference",
      T(C, "Ticket %s was closed but my issue isn't fixed. Port request ID %s" % (ch("#", "INC", "CS-") + rdig(R.randint(6, 9)), rdig(R.randint(7, 10)))))


def n_company_phone_refs():
    N("chat/banking: extension and branch number (not personal)",
      T(A, "Please ask for extension %d, branch number %d. Our hours are 8:00-17:30 Monday to Friday." % (R.randint(100, 9999), R.randint(100, 999))))


def n_balance_chat():
    N("chat/banking: balance, APR and payment dates",
      T(C, "Balance shows $%s.%02d at %d.%d%% APR. Payment due %s %d." % ("{:,}".format(R.randint(100, 99999)), R.randint(0, 99), R.randint(9, 29), R.randint(0, 99), MON3[R.randint(0, 11)].title(), R.randint(1, 28))))


def n_prescription():
    N("call/healthcare billing: prescription number and copay",
      T(C, "the prescription number is " + say_digits(rdig(7)) + " and they charged me " + money_spoken()),
      T(A, "your copay should have been " + ch("ten", "fifteen", "twenty five", "forty") + " dollars"))


def n_hold_durations():
    N("call/utilities: durations and times",
      T(C, "i've been on hold for " + ch("forty five", "twenty", "thirty five") + " minutes and the tech was supposed to come between " + ch("eight and twelve", "one and five", "nine and eleven")),
      T(A, "sorry about that the window is now " + ch("two to four", "ten to noon") + " on " + ch("monday", "tuesday", "friday")))


def n_date_of_service():
    m, d, y = R.randint(1, 12), R.randint(1, 28), R.randint(2022, 2026)
    N("chat/healthcare billing: date of service and statement date (not birth dates)",
      T(C, "Date of service %02d/%02d/%d, statement dated %d/%d/%d, amount due $%d.%02d. Account ref %s" % (
          m, d, y, R.randint(1, 12), R.randint(1, 28), y, R.randint(30, 2000), R.randint(0, 99), rdig(8))))


def n_confirmation():
    num = rdig(R.randint(8, 10))
    N("call/travel: reservation confirmation number read back with check-in time",
      T(A, "your confirmation number is " + say_digits(num)),
      T(C, "sorry can you repeat that"),
      T(A, "sure " + say_digits(num, mode="digit") + " and check in is at " + ch("three pm", "four o'clock", "two thirty")))


def n_amounts_typed():
    N("chat/banking: wire and transfer amounts with reference",
      T(C, "I sent $%s on %s %d (ref %s) and was charged a $%d fee, plus %d.%d%% FX" % ("{:,}".format(R.randint(1000, 250000)), MON3[R.randint(0, 11)].title(), R.randint(1, 28), rdig(R.randint(6, 10)), R.randint(10, 45), R.randint(1, 3), R.randint(0, 9))))


def n_insurance_years():
    y1 = R.randint(2010, 2020)
    N("call/insurance: years of coverage, no-claims and premium",
      T(C, "i've been with you since " + say_digits(str(y1), mode="pairs") + " and never had a claim"),
      T(A, "that's right and your premium went from " + money_spoken() + " to " + money_spoken() + " a month"))


NEG_TEMPLATES = [
    (n_date_of_service, 4), (n_confirmation, 4), (n_amounts_typed, 3), (n_insurance_years, 3),
    (n_policy, 6), (n_policy_call, 5), (n_member, 5), (n_member_call, 5), (n_claim, 5), (n_tracking, 6),
    (n_order, 5), (n_invoice_chat, 4), (n_money_call, 4), (n_time_date, 4), (n_dates_chat, 4),
    (n_flight, 3), (n_flight_call, 3), (n_room, 3), (n_model, 3), (n_meter, 4), (n_meter_chat, 3),
    (n_speed, 3), (n_age_temp, 3), (n_counts, 3), (n_years, 3), (n_case_ref, 4), (n_ticket_chat, 3),
    (n_company_phone_refs, 2), (n_balance_chat, 3), (n_prescription, 3), (n_hold_durations, 3),
]


# ------------------------------------------------------------ validation
def v_type(typ, raw):
    n = norm(raw)
    if typ == "CARD_NUMBER":
        return n.isdigit() and 13 <= len(n) <= 19 and luhn_ok(n)
    if typ == "CVV":
        return n.isdigit() and len(n) in (3, 4)
    if typ == "EXPIRY":
        m = n
        for i, mo in enumerate(MONTHS):
            m = m.replace(mo.upper(), "%02d" % (i + 1))
        for i, mo in enumerate(MON3):
            m = m.replace(mo.upper(), "%02d" % (i + 1))
        m = m.replace("TWENTY", "")
        if not m.isdigit():
            return False
        if len(m) == 3:
            m = "0" + m
        if len(m) == 6 and m[2:4] == "20":
            m = m[:2] + m[4:]
        if len(m) == 8 and m[2:4] == "20":
            m = m[:2] + m[4:]
        return len(m) == 4 and 1 <= int(m[:2]) <= 12
    if typ == "SSN":
        return n.isdigit() and len(n) == 9
    if typ == "NI_NUMBER":
        return re.fullmatch(r"[A-CEGHJ-PR-TW-Z]{2}\d{6}[A-D]", n) is not None
    if typ == "BANK_ACCOUNT":
        return n.isdigit() and 6 <= len(n) <= 12
    if typ == "SORT_CODE":
        return n.isdigit() and len(n) == 6
    if typ == "IBAN":
        return iban_ok(n)
    if typ == "PHONE":
        return n.isdigit() and 10 <= len(n) <= 13
    if typ == "EMAIL":
        t = raw.lower()
        if "@" not in t:
            t = re.sub(r"\s+at\s+", "@", t)
            t = re.sub(r"\s+dot\s+", ".", t)
            t = re.sub(r"\s+underscore\s+", "_", t)
            toks = re.split(r"([@._])", t)
            t = "".join(x if x in "@._" else (re.sub(r"\s+", "", x) if not any(w in WMAP or w in TENS for w in x.split()) or len(x.split()) < 1 else _email_piece(x)) for x in toks)
        return re.fullmatch(r"[a-z0-9._]+@[a-z0-9]+(\.[a-z0-9]+)+", t) is not None
    if typ == "DOB":
        return bool(re.search(r"\d", norm(raw)) or any(m in raw.lower() for m in MONTHS)) and len(raw) >= 6
    if typ == "POSTCODE":
        return re.fullmatch(r"\d{5}(\d{4})?", n) is not None or \
            re.fullmatch(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}", n) is not None
    if typ == "ADDRESS":
        return re.match(r"\d", n) is not None and re.search(
            r"(?i)\b(%s|%s|high street|road|lane|crescent|way|avenue)\b" % ("|".join(SUFFIX), "|".join(SUFABBR.values())), raw) is not None
    return False


def _email_piece(x):
    out = []
    for w in x.split():
        if w in WMAP or w in TENS or w in ("double", "triple"):
            out.append(w)
        else:
            out.append("|" + w + "|")
    s = " ".join(out)
    parts = re.split(r"\|", s)
    res = ""
    for p in parts:
        p = p.strip()
        if not p:
            continue
        if all(w in WMAP or w in TENS or w in ("double", "triple") for w in p.split()):
            res += norm(p)
        else:
            res += p
    return res


def partition_ok(typ, raws):
    """Spans of a type may be fragments (split over turns): the sequence must
    partition into consecutive groups that each validate."""
    keep = []
    for r in raws:
        if keep and norm(r) == norm(keep[-1]):
            continue  # agent echo of the fragment just given
        keep.append(r)
    raws = keep
    n = len(raws)
    ok = [False] * (n + 1)
    ok[0] = True
    for j in range(1, n + 1):
        for i in range(j):
            if ok[i] and v_type(typ, " dash ".join(raws[i:j]) if typ not in ("EMAIL", "ADDRESS", "DOB") else " ".join(raws[i:j])):
                ok[j] = True
                break
    return ok[n]


def build():
    global R, CASES_OUT
    R = random.Random(SEED)
    CASES_OUT = []
    for fn, k in POS_TEMPLATES:
        for _ in range(k):
            fn()
    pos = [c for c in CASES_OUT if c["kind"] == "positive"]
    CASES_OUT = []
    for fn, k in NEG_TEMPLATES:
        for _ in range(k):
            fn()
    neg = CASES_OUT
    R.shuffle(pos)
    R.shuffle(neg)
    out = []
    for i, c in enumerate(pos, 1):
        out.append({"id": "%s-pos-%03d" % (PREFIX, i), **c})
    for i, c in enumerate(neg, 1):
        out.append({"id": "%s-neg-%03d" % (PREFIX, i), **c})
    return out


def dumps(cases):
    return "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cases)


def counts(cases):
    cnt = Counter(s["type"] for c in cases for s in c["spans"])
    return cnt


def readme(cases):
    cnt = counts(cases)
    npos = sum(c["kind"] == "positive" for c in cases)
    nneg = len(cases) - npos
    rows = "\n".join("| %s | %d |" % (t, cnt[t]) for t in TYPES)
    return """# pii_holdout292 -- held-out PII redaction evaluation set

**Never use this set for tuning.** It exists only to measure the redactor on data
it was not developed against. Do not add its cases to training data, regression
tests or rule development, and do not inspect failures case-by-case to adjust rules.

## Who wrote it and how

Written by an AI helper acting as an independent author. The author did **not** see
the redaction code, its tests, its docs, the existing benchmark or any other PII
fixture (only a 3-line JSONL format example). The cases are generated by
`scripts/make_pii_holdout292.py` from template functions; every turn is assembled
from plain-text segments and `(value, TYPE)` segments, so offsets are computed, not
typed. All values come from one `random.Random(%d)`; the output is byte-for-byte
reproducible (`python scripts/make_pii_holdout292.py --check` regenerates and compares,
and validates offsets, word boundaries, overlaps and each value after normalising
spoken forms: Luhn for cards, mod-97 for IBANs, NI shape, 9 digits for SSN, 6 for sort
codes, digit counts for CVV/phone/account, ZIP / UK postcode shapes).

Emphasis: mostly US contact centres (SSNs typed and spoken in many ways, ZIP and
ZIP+4, US phone formats, US street addresses, card payments by phone), plus UK/Irish/EU
values, and US non-PII lookalikes (policy, member, group, claim, tracking, order,
case, prescription numbers said with their names). All values are synthetic.

## Annotation conventions

* A span covers the value only: no label words ("my social is", "card", "zip"),
  no trailing punctuation. Spoken values include every word of the reading,
  including words like "dash", "double", "triple", "oh", "b for bravo",
  "as in", fillers *inside* a reading ("um") and "at"/"dot" in e-mails.
* A value split across several customer turns is labelled as one span per turn
  (each fragment); agent back-channels ("mhm", "go on") are not labelled.
* Agent read-backs of a value are labelled as well (same type).
* Self-corrections: only the full, final value is labelled; a short abandoned
  false start (2-3 digits) is left unlabelled.
* ADDRESS = house number through street type (plus apartment/unit if given);
  city and state are not labelled; the ZIP / postcode is a separate POSTCODE span.
* DOB = the whole date expression ("the fourth of march nineteen eighty").
* EXPIRY = month and year expression; CVV = the digits only.
* PHONE includes a leading country code / "one" / "+1" when given.
* Positive cases can contain unlabelled non-PII numbers (amounts, invoice numbers,
  times); negative cases contain no PII at all and must have nothing redacted.

## Counts

Positive cases: %d; negative cases: %d.

| type | spans |
|---|---|
%s
""" % (SEED, npos, nneg, rows)


def check(cases, text):
    problems = []
    ids = [c["id"] for c in cases]
    if len(set(ids)) != len(ids):
        problems.append("duplicate ids")
    for c in cases:
        if c["kind"] == "negative" and c["spans"]:
            problems.append(c["id"] + ": negative with spans")
        if c["kind"] == "positive" and not c["spans"]:
            problems.append(c["id"] + ": positive without spans")
        for s in c["spans"]:
            if s["type"] not in TYPES:
                problems.append(c["id"] + ": bad type")
            t = c["turns"][s["turn"]]["text"]
            a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(t)):
                problems.append(c["id"] + ": offsets out of range")
                continue
            if not ((t[a].isalnum() or (s["type"] == "PHONE" and t[a] in "+(")) and t[b - 1].isalnum()):
                problems.append(c["id"] + ": span edges not alnum")
            if (a > 0 and t[a - 1].isalnum()) or (b < len(t) and t[b].isalnum()):
                problems.append(c["id"] + ": span not on word boundary %r" % t[a:b])
        by_turn = {}
        for s in c["spans"]:
            by_turn.setdefault(s["turn"], []).append((s["start"], s["end"]))
        for spans in by_turn.values():
            spans.sort()
            for (a1, b1), (a2, b2) in zip(spans, spans[1:]):
                if a2 < b1:
                    problems.append(c["id"] + ": overlapping spans")
        bytype = {}
        for s in c["spans"]:
            bytype.setdefault(s["type"], []).append(c["turns"][s["turn"]]["text"][s["start"]:s["end"]])
        for typ, raws in bytype.items():
            if not partition_ok(typ, raws):
                problems.append("%s: %s value(s) fail validation: %r" % (c["id"], typ, raws))
    cnt = counts(cases)
    npos = sum(c["kind"] == "positive" for c in cases)
    nneg = len(cases) - npos
    if npos < 170:
        problems.append("too few positives %d" % npos)
    if nneg < 100:
        problems.append("too few negatives %d" % nneg)
    for t in TYPES:
        need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
        if cnt[t] < need:
            problems.append("type %s has %d spans < %d" % (t, cnt[t], need))
    return problems, cnt, npos, nneg


def main():
    cases = build()
    text = dumps(cases)
    rd = readme(cases)
    if "--check" in sys.argv[1:]:
        problems, cnt, npos, nneg = check(cases, text)
        if not CASES.exists() or CASES.read_text(encoding="utf-8") != text:
            problems.append("cases.jsonl differs from regenerated output")
        if not README.exists() or README.read_text(encoding="utf-8") != rd:
            problems.append("README.md differs from regenerated output")
        print("positives %d negatives %d" % (npos, nneg))
        for t in TYPES:
            print("  %-13s %d" % (t, cnt[t]))
        for p in problems:
            print("PROBLEM:", p)
        print("check %s (%d problems)" % ("FAILED" if problems else "passed", len(problems)))
        sys.exit(1 if problems else 0)
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    CASES.write_text(text, encoding="utf-8")
    README.write_text(rd, encoding="utf-8")
    print("wrote %d cases to %s" % (len(cases), CASES))


if __name__ == "__main__":
    main()

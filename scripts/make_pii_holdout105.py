#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set h105.

Written by an AI helper acting as an independent author who did not see the
redaction code.  Standard library only.  Deterministic (seed 105241126).

    python scripts/make_pii_holdout105.py          # write fixture + README
    python scripts/make_pii_holdout105.py --check  # regenerate and verify
"""
import json
import os
import random
import re
import sys
from collections import Counter

SEED = 105241126
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout105")
CASES = os.path.join(OUT_DIR, "cases.jsonl")
README = os.path.join(OUT_DIR, "README.md")
TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE",
         "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]
MINIMUM = {t: 12 for t in TYPES}
MINIMUM.update({"CARD_NUMBER": 30, "NI_NUMBER": 30, "SSN": 30})

R = random.Random(SEED)

# ---------------------------------------------------------------- spoken forms
UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "f": "foxtrot",
        "g": "golf", "h": "hotel", "i": "india", "j": "juliet", "k": "kilo", "l": "lima",
        "m": "mike", "n": "november", "o": "oscar", "p": "papa", "q": "quebec", "r": "romeo",
        "s": "sierra", "t": "tango", "u": "uniform", "v": "victor", "w": "whiskey", "x": "x-ray",
        "y": "yankee", "z": "zulu"}
FOLK = {"a": "apple", "b": "bertie", "c": "charlie", "d": "david", "e": "edward", "f": "freddie",
        "g": "george", "h": "harry", "j": "jack", "k": "king", "l": "london", "m": "mother",
        "n": "nellie", "p": "peter", "r": "robert", "s": "sugar", "t": "tommy", "w": "william",
        "x": "xmas", "y": "yellow", "z": "zebra", "q": "queen"}
SPELL_WORDS = set(NATO.values()) | set(FOLK.values()) | {"xray", "whisky"}


def zero_word():
    return R.choice(["zero", "oh", "oh", "o", "nought"])


def say_seq(digits, doubles=True, zw=None):
    """digit by digit, with optional double/triple."""
    zw = zw or zero_word()
    out = []
    i = 0
    while i < len(digits):
        d = digits[i]
        w = zw if d == "0" else UNITS[int(d)]
        if doubles and i + 2 < len(digits) and digits[i + 1] == d and digits[i + 2] == d and R.random() < 0.6:
            out.append("triple " + w)
            i += 3
            continue
        if doubles and i + 1 < len(digits) and digits[i + 1] == d and R.random() < 0.6:
            out.append("double " + w)
            i += 2
            continue
        if d == "4" and R.random() < 0.08 and (not out or out[-1] not in ("o",)):
            w = "for"  # ASR homophone
        out.append(w)
        i += 1
    return " ".join(out)


def say_pair(p):
    a, b = int(p[0]), int(p[1])
    if a == 0:
        return (R.choice(["oh", "o"]) if b else "double oh") + ("" if b == 0 else " " + UNITS[b])
    if a == 1:
        return TEENS[b]
    return TENS[a] + ("" if b == 0 else " " + UNITS[b])


def say_pairs(digits):
    """read as pairs: 4111 -> forty one eleven (odd leftover read singly)."""
    parts = []
    i = 0
    if len(digits) % 2:
        parts.append(say_seq(digits[0], doubles=False))
        i = 1
    while i < len(digits):
        parts.append(say_pair(digits[i:i + 2]))
        i += 2
    return " ".join(parts)


def say_mixed(digits, group=4):
    """groups; each group either digit by digit or as pairs."""
    groups = [digits[i:i + group] for i in range(0, len(digits), group)]
    out = []
    for g in groups:
        if len(g) == 4 and R.random() < 0.35:
            out.append(say_pairs(g))
        else:
            out.append(say_seq(g))
    return out


def spell_letter(ch, style=None):
    ch = ch.lower()
    style = style or R.choice(["plain", "plain", "nato", "folk"])
    if style == "nato":
        return "%s for %s" % (ch, NATO[ch]) if R.random() < 0.7 else "%s as in %s" % (ch, NATO[ch])
    if style == "folk" and ch in FOLK:
        return "%s for %s" % (ch, FOLK[ch])
    return ch


def spell_word(word):
    return " ".join(spell_letter(c) if c.isalpha() else UNITS[int(c)] for c in word.lower())


# --------------------------------------------------------------- normaliser
WORDNUM = {w: str(i) for i, w in enumerate(UNITS)}
WORDNUM.update({"oh": "0", "o": "0", "nought": "0", "naught": "0", "for": "4", "to": "2", "too": "2"})
TEENNUM = {w: str(10 + i) for i, w in enumerate(TEENS)}
TENNUM = {w: str(i) for i, w in enumerate(TENS) if w}


def normalise(text, keep_letters=False, email=False):
    """spoken/typed value -> compact string of digits (and letters / email punctuation)."""
    t = text.lower()
    t = re.sub(r"\b([a-z]) (?:for|as in) ([a-z-]+)\b",
               lambda m: (" L" + m.group(1) + " ") if m.group(2) in SPELL_WORDS else m.group(0), t)
    if email:
        t = t.replace(" dot ", " . ").replace(" at ", " @ ")
        t = re.sub(r"\bunderscore\b", "_", t)
        t = re.sub(r"\b(dash|hyphen)\b", "-", t)
    toks = re.findall(r"L[a-z]\b|[a-z]+|[0-9]+|[@._+-]", t)
    out = []
    mult = 1
    i = 0
    while i < len(toks):
        tok = toks[i]
        if tok.startswith("L") and len(tok) == 2:
            out.append(tok[1].upper())
        elif tok.isdigit():
            out.append(tok * mult)
            mult = 1
        elif tok == "double":
            mult = 2
        elif tok == "triple":
            mult = 3
        elif tok in TENNUM:
            nxt = toks[i + 1] if i + 1 < len(toks) else ""
            if nxt in UNITS and nxt != "zero":
                out.append(TENNUM[tok] + WORDNUM[nxt])
                i += 1
            else:
                out.append(TENNUM[tok] + "0")
        elif tok in TEENNUM:
            out.append(TEENNUM[tok])
        elif tok in WORDNUM and not (email and tok in ("to", "too", "for", "o")):
            out.append(WORDNUM[tok] * mult)
            mult = 1
        elif tok == "hundred":
            out.append("00")
        elif tok == "thousand":
            out.append("000")
        elif email:
            out.append(tok)
        elif keep_letters and tok.isalpha() and tok not in ("um", "uh", "erm", "and", "plus"):
            out.append(tok.upper())
        i += 1
    return "".join(out)


def luhn_ok(num):
    s = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return s % 10 == 0


def iban_ok(iban):
    iban = iban.upper()
    if not re.fullmatch(r"[A-Z]{2}[0-9]{2}[A-Z0-9]{10,30}", iban):
        return False
    r = iban[4:] + iban[:4]
    n = "".join(str(int(c, 36)) for c in r)
    return int(n) % 97 == 1


NI_RE = re.compile(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z][0-9]{6}[A-D]")
UK_PC = re.compile(r"[A-Z]{1,2}[0-9][A-Z0-9]?[0-9][ABD-HJLNP-UW-Z]{2}")
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]


def valid(typ, text):
    low = text.lower()
    if typ == "CARD_NUMBER":
        d = normalise(text)
        return d.isdigit() and 13 <= len(d) <= 19 and luhn_ok(d)
    if typ == "CVV":
        d = normalise(text)
        return d.isdigit() and len(d) in (3, 4)
    if typ == "SSN":
        d = normalise(text)
        return d.isdigit() and len(d) == 9
    if typ == "SORT_CODE":
        d = normalise(text)
        return d.isdigit() and len(d) == 6
    if typ == "BANK_ACCOUNT":
        d = normalise(text)
        return d.isdigit() and 6 <= len(d) <= 12
    if typ == "PHONE":
        d = normalise(text)
        if d.startswith("00"):
            d = d[2:]
        return d.isdigit() and 9 <= len(d) <= 13
    if typ == "NI_NUMBER":
        return bool(NI_RE.fullmatch(normalise(text, keep_letters=True)))
    if typ == "IBAN":
        return iban_ok(normalise(text, keep_letters=True))
    if typ == "POSTCODE":
        n = normalise(text, keep_letters=True)
        return bool(UK_PC.fullmatch(n) or re.fullmatch(r"[0-9]{5}([0-9]{4})?", n))
    if typ == "EMAIL":
        n = normalise(text, email=True) if " " in text.strip() else low
        return bool(re.fullmatch(r"[a-z0-9._+-]+@[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}", n))
    if typ == "ADDRESS":
        return bool(re.search(r"[0-9]", normalise(text) or "")) and bool(
            re.search(r"\b(street|st|road|rd|avenue|ave|lane|ln|drive|dr|close|way|court|place|crescent|terrace|boulevard|blvd|park|gardens|grove|square|row|hill)\b\.?", low))
    if typ == "DOB":
        n = normalise(text)
        return bool(re.search(r"(19|20)[0-9]{2}|[0-9]{2}$", n)) or any(m in low for m in MONTHS)
    if typ == "EXPIRY":
        n = normalise(text)
        return any(m in low for m in MONTHS) or (n.isdigit() and 3 <= len(n) <= 6)
    return False


# --------------------------------------------------------------- value makers
def luhn_complete(prefix, length):
    body = prefix + "".join(R.choice("0123456789") for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def card():
    kind = R.choice(["visa", "visa", "mc", "mc", "amex", "disc", "visa19", "maestro"])
    if kind == "visa":
        return luhn_complete("4" + R.choice("0123456789"), 16), kind
    if kind == "visa19":
        return luhn_complete("4", 16), "visa"
    if kind == "mc":
        return luhn_complete(R.choice(["51", "52", "53", "54", "55", "2221", "2720"]), 16), kind
    if kind == "amex":
        return luhn_complete(R.choice(["34", "37"]), 15), kind
    if kind == "disc":
        return luhn_complete("6011", 16), kind
    return luhn_complete("6759", R.choice([16, 18, 19])), kind


def group_card(num, sep=" "):
    if len(num) == 15:
        return sep.join([num[:4], num[4:10], num[10:]])
    return sep.join(num[i:i + 4] for i in range(0, len(num), 4))


def ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


NI_FIRST = "ABCEGHJKLMNPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def ni():
    while True:
        p = R.choice(NI_FIRST) + R.choice(NI_SECOND)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + "".join(R.choice("0123456789") for _ in range(6)) + R.choice("ABCD")


def digits(n, first="123456789"):
    return R.choice(first) + "".join(R.choice("0123456789") for _ in range(n - 1))


def iban(country=None):
    country = country or R.choice(["GB", "IE", "DE", "FR", "NL", "ES", "IT"])
    L = lambda n: "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(n))
    D = lambda n: "".join(R.choice("0123456789") for _ in range(n))
    bban = {"GB": lambda: R.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + D(14),
            "IE": lambda: R.choice(["AIBK", "BOFI", "IPBS"]) + D(14),
            "DE": lambda: D(18), "FR": lambda: D(23), "NL": lambda: R.choice(["ABNA", "INGB", "RABO"]) + D(10),
            "ES": lambda: D(20), "IT": lambda: L(1) + D(22)}[country]()
    rearr = bban + country + "00"
    n = int("".join(str(int(c, 36)) for c in rearr))
    return country + "%02d" % (98 - n % 97) + bban


def group4(s, sep=" "):
    return sep.join(s[i:i + 4] for i in range(0, len(s), 4))


def uk_postcode():
    area = R.choice(["SW", "SE", "N", "E", "W", "NW", "M", "B", "LS", "BS", "CF", "EH", "G", "L",
                     "NG", "RG", "BT", "CB", "EX", "PL", "KT", "TW", "DN", "HU", "YO", "S"])
    dist = str(R.randint(1, 19)) if len(area) == 2 else str(R.randint(1, 28))
    inward = str(R.randint(1, 9)) + "".join(R.choice("ABDEFGHJLNPQRSTUWXYZ") for _ in range(2))
    return area + dist + " " + inward


def us_zip():
    return "%05d" % R.randint(1001, 99950)


FIRST = ["john", "sarah", "aoife", "liam", "priya", "tom", "grace", "mohammed", "chloe", "dave",
         "niamh", "oliver", "emma", "raj", "kate", "sean", "lucy", "marco", "ana", "peter"]
LAST = ["smith", "mckenna", "patel", "oconnor", "jones", "walsh", "nguyen", "brennan", "garcia",
        "taylor", "murphy", "kowalski", "evans", "byrne", "schmidt", "dubois", "lee", "hughes"]
DOMAINS = ["gmail.com", "outlook.com", "hotmail.co.uk", "yahoo.com", "icloud.com", "eircom.net",
           "btinternet.com", "aol.com", "protonmail.com", "web.de"]
STREETS = ["high street", "church road", "maple avenue", "station road", "oak lane", "park drive",
           "victoria street", "mill lane", "elm close", "kings road", "main street", "cedar court",
           "willow crescent", "grove terrace", "sunset boulevard", "washington avenue", "orchard way",
           "beech grove", "queens park", "pine hill"]
TOWNS = ["leeds", "bristol", "manchester", "glasgow", "cardiff", "reading", "belfast", "york"]
US_TOWNS = [("Austin", "TX"), ("Denver", "CO"), ("Boston", "MA"), ("Phoenix", "AZ"), ("Columbus", "OH"),
            ("Tampa", "FL"), ("Portland", "OR"), ("Raleigh", "NC")]


def email_value():
    f, l = R.choice(FIRST), R.choice(LAST)
    local = R.choice([f + "." + l, f[0] + l, f + l + str(R.randint(1, 99)), f + "_" + l, l + "." + f[0],
                      f + str(R.randint(1970, 2005))])
    return local + "@" + R.choice(DOMAINS)


def say_email(e):
    local, dom = e.split("@")
    def part(p):
        out = []
        for chunk in re.split(r"([._])", p):
            if chunk == ".":
                out.append("dot")
            elif chunk == "_":
                out.append("underscore")
            elif chunk.isdigit():
                out.append(say_pairs(chunk) if len(chunk) in (2, 4) else say_seq(chunk, zw="zero"))
            elif chunk:
                m = re.match(r"([a-z]+)([0-9]*)$", chunk)
                w, num = m.group(1), m.group(2)
                if len(w) <= 2:
                    out.append(" ".join(w))
                elif R.random() < 0.2:
                    out.append(" ".join(spell_letter(c, "plain") for c in w))
                else:
                    out.append(w)
                if num:
                    out.append(say_pairs(num) if len(num) in (2, 4) else say_seq(num, zw="zero"))
        return " ".join(out)
    return part(local) + " at " + part(dom)


def phone_value(region):
    if region == "uk_mob":
        return "07" + digits(9, "0123456789")
    if region == "uk_land":
        pre = R.choice(["020", "0161", "0113", "0117", "0141", "029"])
        return pre + digits(11 - len(pre), "2345678")
    if region == "ie":
        return R.choice(["083", "085", "086", "087", "089"]) + digits(7, "123456789")
    if region == "us":
        return digits(3, "2345789") + digits(3, "2345689") + digits(4, "0123456789")
    if region == "fr":
        return "0" + R.choice("67") + digits(8, "0123456789")
    return "07" + digits(9, "0123456789")


# --------------------------------------------------------------- case builder
CASE_LIST = []


def add(kind, note, *turns):
    """turns: (speaker, [segments]) where segment is str or (value, TYPE)."""
    out_turns, spans = [], []
    for ti, (spk, segs) in enumerate(turns):
        text = ""
        for s in segs:
            if isinstance(s, tuple):
                v, typ = s
                spans.append({"turn": ti, "start": len(text), "end": len(text) + len(v), "type": typ})
                text += v
            else:
                text += s
        out_turns.append({"speaker": spk, "text": text})
    CASE_LIST.append({"kind": kind, "turns": out_turns, "spans": spans, "note": note})


A, C = "agent", "customer"


def pick(*xs):
    return R.choice(xs)


def filler():
    return pick("", "", "um ", "uh ", "erm ", "yeah ", "right so ", "okay ")


# ----------------------------------------------------------- positive templates
def p_card_call_one_turn():
    num, kind = card()
    ind = pick("telecom", "utilities", "retail", "insurance", "travel")
    spoken = " ".join(say_mixed(num, 4 if len(num) != 15 else 5))
    add("positive", "call/%s: %s card read in one turn, mixed digits/pairs/doubles" % (ind, kind),
        (A, [pick("and the long number across the front please", "can i take the card number",
                  "go ahead with the sixteen digits when you're ready", "what's the card number")]),
        (C, [filler() + pick("it's ", "yeah it is ", "", "okay so "), (spoken, "CARD_NUMBER"),
             pick("", " yeah", " that's it", " and that's a %s" % kind.replace("mc", "mastercard"))]))


def p_card_split():
    num, kind = card()
    groups = say_mixed(num, 4)
    turns = [(A, [pick("okay ready for the card number", "go ahead with the card number", "whenever you're ready")])]
    for gi, g in enumerate(groups):
        turns.append((C, [pick("", "", "um ", "so ", "right ") if gi == 0 else "", (g, "CARD_NUMBER"),
                          pick("", "", " yeah", " um")]))
        if gi < len(groups) - 1:
            turns.append((A, [pick("mhm", "yep", "okay go on", "uh huh", "got that", "next four")]))
    turns.append((A, [pick("lovely thank you", "thanks i've got that", "perfect")]))
    add("positive", "call/%s: %s split over customer turns with back-channels" %
        (pick("banking", "insurance", "telecom", "retail"), kind), *turns)


def p_card_chat():
    num, kind = card()
    sep = pick(" ", "-", "", " ", ".")
    shown = group_card(num, sep) if sep else num
    if R.random() < 0.3:
        shown = " ".join(num[i:i + 4] for i in range(0, len(num), 4)).replace(" ", "  ", 1)
        sep = "irregular double-space"
    cvv = digits(4 if kind == "amex" else 3, "0123456789")
    mm, yy = R.randint(1, 12), R.randint(26, 31)
    exp = pick("%02d/%02d" % (mm, yy), "%02d/20%02d" % (mm, yy), "%02d-%02d" % (mm, yy), "%d/%d" % (mm, yy))
    amt = "%d.%02d" % (R.randint(10, 900), R.randint(0, 99))
    add("positive", "chat/%s: typed card '%s' grouping with expiry and cvv, amount unlabelled" % (pick("retail", "travel", "utilities"), sep or "none"),
        (A, ["Please could you provide the card details to pay the \u00a3%s balance?" % amt]),
        (C, [pick("card: ", "Card no ", "its ", "sure - "), (shown, "CARD_NUMBER"), pick(" exp ", ", expiry ", " expires "),
             (exp, "EXPIRY"), pick(" cvv ", ", security code ", " cvc: ", " code on back "), (cvv, "CVV")]))


def p_card_readback():
    num, kind = card()
    a = " ".join(say_mixed(num))
    b = " ".join(say_seq(num[i:i + 4], doubles=False) for i in range(0, len(num), 4))
    add("positive", "call/banking: card given then agent reads back full number",
        (A, ["what's the card number on the front"]),
        (C, [(a, "CARD_NUMBER")]),
        (A, ["let me just read that back to you ", (b, "CARD_NUMBER"), " is that correct"]),
        (C, ["yes that's right"]))


def p_card_correction():
    num, kind = card()
    wrong = say_seq(num[:4], doubles=False)
    add("positive", "call/retail: customer restarts card number after false start (false start unlabelled not required)",
        (A, ["and the card number please"]),
        (C, [wrong + " " + pick("no wait sorry let me start again ", "hang on sorry i'll start again ", "oh sorry wrong card "),
             (" ".join(say_mixed(num)), "CARD_NUMBER")]))


def p_cvv_expiry_call():
    mm, yy = R.randint(1, 12), R.randint(26, 32)
    exps = pick("%s %s" % (say_pair("%02d" % mm), say_pair("%02d" % yy)),
                "%s twenty %s" % (MONTHS[mm - 1], say_pair("%02d" % yy)),
                "%s %s" % (say_seq("%02d" % mm), say_seq("%02d" % yy)),
                "%s of twenty %s" % (MONTHS[mm - 1], say_pair("%02d" % yy)))
    cvv = digits(3, "0123456789")
    add("positive", "call/%s: spoken expiry and security code in separate turns" % pick("telecom", "travel", "utilities"),
        (A, ["and the expiry date"]),
        (C, [filler(), (exps, "EXPIRY")]),
        (A, [pick("and the three digits on the back", "last three on the signature strip please", "the security code")]),
        (C, [pick("", "it's ", "that's "), (say_seq(cvv), "CVV")]))


def p_cvv_expiry_one():
    mm, yy = R.randint(1, 12), R.randint(26, 32)
    cvv = digits(3, "0123456789")
    add("positive", "call/insurance: expiry and cvv in one customer turn",
        (A, ["expiry and the security number please"]),
        (C, [pick("expires ", "it's "), ("%s %s" % (say_pair("%02d" % mm), say_pair("%02d" % yy)), "EXPIRY"),
             pick(" and the code is ", " and then ", " security is "), (say_seq(cvv), "CVV")]))


def ssn_spoken(s):
    style = R.random()
    if style < 0.5:
        return say_seq(s[:3]) + " " + say_seq(s[3:5]) + " " + say_seq(s[5:])
    if style < 0.75:
        return say_seq(s[:3]) + " " + say_pair(s[3:5]) + " " + say_pairs(s[5:])
    return say_seq(s, doubles=True)


def p_ssn_call():
    s = ssn()
    add("positive", "call/%s US: ssn spoken in one turn" % pick("banking", "insurance", "healthcare billing", "government services"),
        (A, [pick("can i get your social security number to verify", "and your social please", "i'll need the full social")]),
        (C, [filler(), (ssn_spoken(s), "SSN"), pick("", " yeah", " hope that's right")]))


def p_ssn_split():
    s = ssn()
    add("positive", "call/government services US: ssn split 3/2/4 across turns",
        (A, ["go ahead with your social security number"]),
        (C, [(say_seq(s[:3]), "SSN")]),
        (A, [pick("mhm", "okay", "yep")]),
        (C, [(say_seq(s[3:5]), "SSN")]),
        (A, [pick("uh huh", "go on")]),
        (C, [(pick(say_seq(s[5:]), say_pairs(s[5:])), "SSN")]))


def p_ssn_chat():
    s = ssn()
    shown = pick(s[:3] + "-" + s[3:5] + "-" + s[5:], s, s[:3] + " " + s[3:5] + " " + s[5:], s[:3] + "." + s[3:5] + "." + s[5:])
    add("positive", "chat/%s US: typed ssn" % pick("healthcare billing", "banking", "insurance"),
        (A, ["To verify your identity please enter your SSN."]),
        (C, [pick("ssn ", "SSN: ", "sure its ", "my social is "), (shown, "SSN"),
             pick("", " thanks", ". claim number is 7741239 btw", " and i'm calling about the $240 charge")]))


def p_ssn_last4_plus():
    s = ssn()
    amt = R.randint(20, 400)
    add("positive", "call/healthcare billing US: ssn plus unlabelled dollar amount and year",
        (A, ["i see a balance of %d dollars from twenty twenty four can i verify your social" % amt]),
        (C, ["sure ", (say_seq(s[:3]) + " " + say_seq(s[3:5]) + " " + say_seq(s[5:]), "SSN")]))


def ni_spoken(n):
    l1, l2 = spell_letter(n[0]), spell_letter(n[1])
    mid = n[2:8]
    midsp = pick(say_seq(mid), say_pairs(mid), say_seq(mid[:2]) + " " + say_seq(mid[2:4]) + " " + say_seq(mid[4:]))
    return "%s %s %s %s" % (l1, l2, midsp, spell_letter(n[8]))


def p_ni_call():
    n = ni()
    add("positive", "call/%s UK: NI number spoken with letters (plain or phonetic)" % pick("government services", "banking", "insurance", "utilities"),
        (A, [pick("and your national insurance number", "can i take your n i number please")]),
        (C, [filler(), pick("it's ", "yeah ", ""), (ni_spoken(n), "NI_NUMBER")]))


def p_ni_chat():
    n = ni()
    shown = pick(n, "%s %s %s %s %s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8]), n.lower(),
                 "%s-%s-%s-%s-%s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8]), "%s %s %s" % (n[:2], n[2:8], n[8]))
    add("positive", "chat/%s UK: typed NI number varied case/separators" % pick("government services", "insurance", "banking"),
        (C, [pick("Hi, NI no is ", "my national insurance number: ", "ni number ", "NINO "), (shown, "NI_NUMBER"),
             pick("", " - can you update my records", ". i need my tax code checked")]))


def p_ni_split():
    n = ni()
    add("positive", "call/government services UK: NI split letters then digits then suffix",
        (A, ["national insurance number please"]),
        (C, [(spell_letter(n[0]) + " " + spell_letter(n[1]), "NI_NUMBER")]),
        (A, [pick("yep", "okay", "mhm")]),
        (C, [(say_seq(n[2:8]), "NI_NUMBER"), " and ", (spell_letter(n[8]), "NI_NUMBER"), pick(" at the end", "")]))


def p_bank_uk_call():
    sc, acc = digits(6, "1234567890"), digits(8, "0123456789")
    add("positive", "call/banking UK: sort code as pairs and account number digit by digit",
        (A, ["can i take the sort code and account number for the direct debit"]),
        (C, [pick("sort code is ", "yeah the sort code ", ""), (pick(say_pairs(sc), say_seq(sc)), "SORT_CODE"),
             pick(" and the account number is ", " account ", " and then "), (say_seq(acc), "BANK_ACCOUNT")]))


def p_bank_uk_chat():
    sc, acc = digits(6, "1234567890"), digits(8, "0123456789")
    scs = pick(sc[:2] + "-" + sc[2:4] + "-" + sc[4:], sc, sc[:2] + " " + sc[2:4] + " " + sc[4:])
    add("positive", "chat/utilities UK: typed sort code and account for direct debit, payment date unlabelled",
        (C, ["Want to set up DD on the 15th. Sort ", (scs, "SORT_CODE"), pick(" acc ", " account no. ", ", a/c "), (acc, "BANK_ACCOUNT")]))


def p_bank_us():
    acc = digits(R.choice([10, 11, 12]), "0123456789")
    add("positive", "call/banking US: checking account number read out, routing context avoided",
        (A, ["what's the checking account number"]),
        (C, [filler(), (say_seq(acc), "BANK_ACCOUNT")]))


def p_bank_split():
    acc = digits(8, "0123456789")
    add("positive", "call/insurance UK: account number split across turns with agent back-channel",
        (A, ["and the account number"]),
        (C, [(say_seq(acc[:4]), "BANK_ACCOUNT")]),
        (A, ["mhm"]),
        (C, [(say_seq(acc[4:]), "BANK_ACCOUNT")]))


def p_iban_chat():
    ib = iban()
    shown = pick(ib, group4(ib), group4(ib).lower())
    add("positive", "chat/%s EU: IBAN typed for refund" % pick("travel", "retail", "insurance"),
        (C, [pick("refund to IBAN ", "my iban: ", "Please pay to "), (shown, "IBAN"), pick("", " thanks", " (the refund of 89 euro)")]))


def p_iban_call():
    ib = iban(pick("GB", "IE", "DE", "NL"))
    parts = []
    for c in ib:
        parts.append(spell_letter(c) if c.isalpha() else UNITS[int(c)] if c != "0" else zero_word())
    add("positive", "call/%s: IBAN spelled out letter by letter" % pick("travel", "banking", "utilities"),
        (A, ["could you read me the iban"]),
        (C, [filler(), (" ".join(parts), "IBAN")]))


def p_phone_call():
    region = R.choice(["uk_mob", "uk_land", "ie", "us", "fr"])
    ph = phone_value(region)
    intl = R.random() < 0.3
    if intl:
        cc = {"uk_mob": "44", "uk_land": "44", "ie": "353", "us": "1", "fr": "33"}[region]
        body = ph[1:] if region != "us" else ph
        sp = "plus " + " ".join(UNITS[int(c)] for c in cc) + " " + say_seq(body)
    else:
        sp = pick(say_seq(ph), " ".join(say_mixed(ph, 3)), say_seq(ph[:5]) + " " + say_pairs(ph[5:]) if len(ph) == 11 else say_seq(ph))
    add("positive", "call/%s: phone (%s%s) spoken" % (pick("telecom", "utilities", "retail"), region, " intl" if intl else ""),
        (A, [pick("best number to reach you on", "and a contact number", "what number are you calling from")]),
        (C, [filler(), (sp, "PHONE")]))


def p_phone_chat():
    region = R.choice(["uk_mob", "uk_land", "ie", "us"])
    ph = phone_value(region)
    if region == "us":
        shown = pick("(%s) %s-%s" % (ph[:3], ph[3:6], ph[6:]), "%s-%s-%s" % (ph[:3], ph[3:6], ph[6:]), "+1 %s %s %s" % (ph[:3], ph[3:6], ph[6:]), "%s.%s.%s" % (ph[:3], ph[3:6], ph[6:]))
    elif region == "ie":
        shown = pick("%s %s %s" % (ph[:3], ph[3:6], ph[6:]), "+353 %s %s %s" % (ph[1:3], ph[3:6], ph[6:]), ph)
    else:
        shown = pick(ph, "%s %s" % (ph[:5], ph[5:]), "+44 %s %s" % (ph[1:5], ph[5:]), "+44 (0)%s %s" % (ph[1:5], ph[5:]))
    add("positive", "chat/%s: typed phone number %s" % (pick("telecom", "travel", "retail"), region),
        (C, [pick("call me back on ", "my mobile is ", "number: ", "pls ring "), (shown, "PHONE"), pick("", " after 5pm", " anytime before 6")]))


def p_phone_split():
    ph = phone_value("uk_mob")
    add("positive", "call/utilities UK: mobile split 5/6 across turns, double inside second part",
        (A, ["and the mobile number"]),
        (C, [(say_seq(ph[:5]), "PHONE")]),
        (A, ["yep"]),
        (C, [(say_seq(ph[5:8]) + " " + say_seq(ph[8:]), "PHONE")]))


def p_email_call():
    e = email_value()
    add("positive", "call/%s: email spoken with dot/at" % pick("retail", "telecom", "insurance", "travel"),
        (A, [pick("and what's the best email", "can i confirm your email address")]),
        (C, [filler(), pick("it's ", ""), (say_email(e), "EMAIL")]))


def p_email_chat():
    e = email_value()
    if R.random() < 0.3:
        e = e.upper() if R.random() < 0.3 else e[0].upper() + e[1:]
    add("positive", "chat/%s: typed email" % pick("retail", "utilities", "healthcare billing"),
        (C, [pick("email is ", "send it to ", "my email - ", ""), (e, "EMAIL"), pick("", " please", ", thanks!")]))


def dob_spoken():
    d, m, y = R.randint(1, 28), R.randint(1, 12), R.randint(1940, 2004)
    ords = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
            "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
            "eighteenth", "nineteenth", "twentieth", "twenty first", "twenty second", "twenty third",
            "twenty fourth", "twenty fifth", "twenty sixth", "twenty seventh", "twenty eighth"]
    yr = say_pair(str(y)[:2]) + " " + say_pair(str(y)[2:]) if y < 2000 else "two thousand and " + UNITS[y - 2000]
    return pick("the %s of %s %s" % (ords[d - 1], MONTHS[m - 1], yr),
                "%s %s %s" % (MONTHS[m - 1], ords[d - 1], yr),
                "%s %s %s" % (say_pair("%02d" % d), say_pair("%02d" % m), yr))


def p_dob_call():
    add("positive", "call/%s: date of birth spoken" % pick("healthcare billing", "insurance", "banking", "telecom"),
        (A, [pick("can you confirm your date of birth", "and your d o b", "date of birth please")]),
        (C, [filler(), (dob_spoken(), "DOB")]))


def p_dob_chat():
    d, m, y = R.randint(1, 28), R.randint(1, 12), R.randint(1940, 2004)
    shown = pick("%02d/%02d/%d" % (d, m, y), "%d-%d-%d" % (y, m, d), "%d %s %d" % (d, MONTHS[m - 1][:3].title(), y), "%02d.%02d.%02d" % (d, m, y % 100), "%s %d, %d" % (MONTHS[m - 1].title(), d, y))
    add("positive", "chat/%s: typed DOB next to an appointment date (unlabelled)" % pick("healthcare billing", "insurance"),
        (C, [pick("DOB ", "born ", "date of birth: "), (shown, "DOB"), pick(", appointment was 3rd March", " - bill from last Tuesday", "")]))


def address_value():
    return "%d %s" % (R.randint(1, 250), R.choice(STREETS))


def p_address_postcode_call():
    a = address_value()
    n, st = a.split(" ", 1)
    nsp = pick(say_pairs(n) if len(n) in (2,) else say_seq(n), say_seq(n))
    uk = R.random() < 0.6
    if uk:
        pc = uk_postcode()
        out, inw = pc.split()
        pcs = " ".join(spell_letter(c) if c.isalpha() else UNITS[int(c)] for c in out) + " " + \
            " ".join(spell_letter(c) if c.isalpha() else UNITS[int(c)] for c in inw)
    else:
        pc = us_zip()
        pcs = say_seq(pc)
    add("positive", "call/%s %s: street address and postcode spoken" % (pick("utilities", "telecom", "insurance", "retail"), "UK" if uk else "US"),
        (A, ["can i take the first line of the address and the %s" % ("postcode" if uk else "zip code")]),
        (C, [filler(), (nsp + " " + st, "ADDRESS"), pick(" and the postcode is " if uk else " zip is ", " ", " um "), (pcs, "POSTCODE")]))


def p_address_chat():
    a = address_value()
    n, st = a.split(" ", 1)
    shown = pick(n + " " + st.title(), n + " " + st, n + ", " + st.title().replace("Street", "St").replace("Road", "Rd").replace("Avenue", "Ave"))
    uk = R.random() < 0.6
    pc = uk_postcode() if uk else us_zip()
    if uk and R.random() < 0.3:
        pc = pc.replace(" ", "").lower()
    town = R.choice(TOWNS).title() if uk else "%s, %s" % R.choice(US_TOWNS)
    add("positive", "chat/%s: typed address, town unlabelled, postcode/ZIP" % pick("retail", "utilities", "insurance"),
        (C, [pick("new address is ", "deliver to ", "I've moved to "), (shown, "ADDRESS"), ", " + town + pick(" ", ", "), (pc, "POSTCODE")]))


def p_postcode_split_readback():
    pc = uk_postcode()
    out, inw = pc.split()
    o = " ".join(spell_letter(c, "nato") if c.isalpha() else UNITS[int(c)] for c in out)
    i = " ".join(spell_letter(c, "plain") if c.isalpha() else UNITS[int(c)] for c in inw)
    add("positive", "call/utilities UK: postcode in two halves and agent reads back",
        (A, ["postcode please"]),
        (C, [(o, "POSTCODE")]),
        (A, ["okay"]),
        (C, [(i, "POSTCODE")]),
        (A, ["so that's ", (pc.lower(), "POSTCODE"), " yeah"]))


def p_combo_identity():
    n = ni()
    e = email_value()
    ph = phone_value("uk_mob")
    add("positive", "call/government services UK: NI and email and phone in one long call, with chit-chat and durations",
        (A, ["sorry about the forty minute wait can i take your national insurance number"]),
        (C, ["yeah no worries ", (ni_spoken(n), "NI_NUMBER"), " and i've been on hold since ten past two"]),
        (A, ["thanks and an email"]),
        (C, [(say_email(e), "EMAIL")]),
        (A, ["and a mobile"]),
        (C, [(say_seq(ph), "PHONE"), " but it's my work one"]))


def p_combo_us():
    s = ssn()
    zp = us_zip()
    add("positive", "call/insurance US: ssn then zip code with policy number (unlabelled) in between",
        (A, ["i have policy number four four one two nine can i get the social on file"]),
        (C, [(say_seq(s), "SSN")]),
        (A, ["and the zip code"]),
        (C, [(say_seq(zp), "POSTCODE")]))


def p_card_typed_chat_plain():
    num, kind = card()
    add("positive", "chat/travel: card typed with no separator inside a longer sentence with booking ref",
        (C, ["booking ref 7741920, pay with ", (num if R.random() < 0.5 else group_card(num, pick(" ", "-")), "CARD_NUMBER"), " please, total was \u20ac412"]))


def p_ni_with_fillers():
    n = ni()
    sp = "%s %s um %s %s %s" % (spell_letter(n[0], "plain"), spell_letter(n[1], "plain"), say_seq(n[2:5]), say_seq(n[5:8]), spell_letter(n[8], "nato"))
    add("positive", "call/banking UK: NI with filler inside reading and NATO suffix",
        (A, ["could i take your n i number"]),
        (C, [(sp, "NI_NUMBER")]))


def p_ssn_correction():
    s = ssn()
    add("positive", "call/banking US: ssn with self-correction, corrected full number labelled",
        (A, ["social security number"]),
        (C, [say_seq(s[:3]) + " no sorry that's my wife's ", (say_seq(s[:3]) + " " + say_seq(s[3:5]) + " " + say_seq(s[5:]), "SSN")]))


def p_two_values_one_turn():
    e = email_value()
    ph = phone_value(pick("uk_mob", "ie", "us"))
    add("positive", "call/%s: phone and email given in one breath, then agent reads phone back" % pick("telecom", "travel", "retail"),
        (A, ["can i get a contact number and email for the booking"]),
        (C, ["yeah so the number's ", (say_seq(ph), "PHONE"), " and email ", (say_email(e), "EMAIL"), " that's all lower case"]),
        (A, ["so that's ", (" ".join(UNITS[int(c)] if c != "0" else "zero" for c in ph), "PHONE"), " and i'll send the confirmation in about ten minutes"]))


def p_chat_typo_email():
    e = email_value()
    local, dom = e.split("@")
    add("positive", "chat/%s: email typed, then corrected in a second message (both labelled)" % pick("retail", "utilities"),
        (C, ["my email is ", (local + "@" + dom, "EMAIL")]),
        (C, ["sorry typo, use ", (local + "1@" + dom, "EMAIL"), " instead"]))


def p_zip_plus4():
    z = us_zip() + "-" + "%04d" % R.randint(1, 9999)
    a = address_value()
    add("positive", "chat/healthcare billing US: address with ZIP+4, suite and city unlabelled",
        (C, ["billing address ", (a.title(), "ADDRESS"), ", suite %d, %s %s " % ((R.randint(100, 999),) + R.choice(US_TOWNS)), (z, "POSTCODE")]))


def p_amex_split_cvv4():
    num = luhn_complete(R.choice(["34", "37"]), 15)
    cvv = digits(4, "0123456789")
    add("positive", "call/travel US: amex read 4-6-5 over turns then four digit code on the front",
        (A, ["okay go ahead with the amex number"]),
        (C, [(say_seq(num[:4]), "CARD_NUMBER")]),
        (A, ["mhm"]),
        (C, [(say_seq(num[4:10]), "CARD_NUMBER")]),
        (A, ["and the last five"]),
        (C, [(say_seq(num[10:]), "CARD_NUMBER")]),
        (A, ["and the four digit code on the front"]),
        (C, [(say_pairs(cvv), "CVV")]))


def p_card_with_chitchat():
    num, kind = card()
    g = say_mixed(num)
    mid = len(g) // 2
    add("positive", "call/%s: card reading interrupted by chit-chat (barking dog) in the same turn" % pick("retail", "utilities"),
        (A, ["card number when you're ready"]),
        (C, [(" ".join(g[:mid]), "CARD_NUMBER"), " sorry the dog's barking hang on ", (" ".join(g[mid:]), "CARD_NUMBER")]))


def p_dob_split_readback():
    d, m, y = R.randint(1, 28), R.randint(1, 12), R.randint(1950, 1999)
    add("positive", "call/insurance IE: DOB as day-month-year numbers, agent repeats it",
        (A, ["date of birth"]),
        (C, [(say_seq("%02d" % d) + " " + say_seq("%02d" % m) + " " + say_pair(str(y)[:2]) + " " + say_pair(str(y)[2:]), "DOB")]),
        (A, ["so the ", ("%s of %s %s" % (["first","second","third","fourth","fifth","sixth","seventh","eighth","ninth","tenth","eleventh","twelfth","thirteenth","fourteenth","fifteenth","sixteenth","seventeenth","eighteenth","nineteenth","twentieth","twenty first","twenty second","twenty third","twenty fourth","twenty fifth","twenty sixth","twenty seventh","twenty eighth"][d-1], MONTHS[m-1], say_pair(str(y)[:2]) + " " + say_pair(str(y)[2:])), "DOB"), " yes"]))


def p_homophone_card():
    num, kind = card()
    words = []
    for ch in num:
        if ch == "2" and R.random() < 0.5:
            words.append("to")
        elif ch == "4" and R.random() < 0.5:
            words.append("for")
        else:
            words.append(UNITS[int(ch)] if ch != "0" else pick("oh", "zero"))
    add("positive", "call/%s: card with ASR homophones 'to' for two and 'for' for four" % pick("telecom", "retail", "utilities"),
        (A, ["can you read me the card number"]),
        (C, [pick("sure ", "yep "), (" ".join(words), "CARD_NUMBER")]))


def p_ssn_chat_messy():
    s = ssn()
    shown = pick(s[:3] + " " + s[3:5] + "-" + s[5:], s[:5] + "-" + s[5:], s[:3] + "-" + s[3:5] + " " + s[5:])
    add("positive", "chat/%s US: ssn typed with inconsistent separators right after a label with colon" % pick("banking", "government services"),
        (C, [pick("SS#:", "ssn:", "Social:"), (shown, "SSN"), pick(" dob is on file", " - i need my 1099 reissued", "")]))


def p_ni_readback():
    n = ni()
    nato = " ".join(spell_letter(c, "nato") if c.isalpha() else UNITS[int(c)] for c in n)
    add("positive", "call/government services UK: NI typed-style reading then agent NATO read-back",
        (A, ["national insurance number"]),
        (C, [(" ".join(c.lower() if c.isalpha() else UNITS[int(c)] for c in n), "NI_NUMBER")]),
        (A, ["let me check that's ", (nato, "NI_NUMBER"), " correct"]),
        (C, ["spot on"]))


def p_phone_intl_chat():
    kind = pick("ie", "fr", "de")
    if kind == "ie":
        ph = "+353 " + pick("83", "85", "86", "87") + " " + digits(3, "123456789") + " " + digits(4, "0123456789")
    elif kind == "fr":
        ph = "+33 " + pick("6", "7") + " " + " ".join(digits(2, "0123456789") for _ in range(4))
    else:
        ph = "0049 " + pick("151", "160", "171") + " " + digits(8, "0123456789")
    add("positive", "chat/travel EU: international mobile typed (%s) with hotel room number unlabelled" % kind,
        (C, ["I'm in room %d at the hotel, reach me on " % R.randint(100, 650), (ph, "PHONE"), pick("", " (whatsapp ok)")]))


def p_expiry_words_chat():
    mm, yy = R.randint(1, 12), R.randint(2026, 2031)
    exp = pick("%s %d" % (MONTHS[mm - 1].title(), yy), "%02d/%d" % (mm, yy), "%s '%02d" % (MONTHS[mm - 1][:3].title(), yy % 100))
    cvv = digits(3, "0123456789")
    add("positive", "chat/retail: expiry written with month name, cvv in a separate message",
        (C, [pick("valid thru ", "exp ", "expiry date "), (exp, "EXPIRY")]),
        (C, [pick("cvv ", "and the 3 digits are ", "sec code "), (cvv, "CVV")]))


POS_TEMPLATES = [
    (p_card_call_one_turn, 3), (p_card_split, 2), (p_card_chat, 3), (p_card_readback, 1), (p_card_correction, 1),
    (p_card_typed_chat_plain, 1), (p_cvv_expiry_call, 2), (p_cvv_expiry_one, 1),
    (p_ssn_call, 3), (p_ssn_split, 1), (p_ssn_chat, 2), (p_ssn_last4_plus, 1), (p_ssn_correction, 1),
    (p_ni_call, 3), (p_ni_chat, 3), (p_ni_split, 1), (p_ni_with_fillers, 1),
    (p_bank_uk_call, 2), (p_bank_uk_chat, 1), (p_bank_us, 1), (p_bank_split, 1),
    (p_iban_chat, 2), (p_iban_call, 1),
    (p_phone_call, 2), (p_phone_chat, 2), (p_phone_split, 1),
    (p_email_call, 2), (p_email_chat, 1),
    (p_dob_call, 2), (p_dob_chat, 1),
    (p_address_postcode_call, 2), (p_address_chat, 1), (p_postcode_split_readback, 1),
    (p_combo_identity, 1), (p_combo_us, 1),
    (p_two_values_one_turn, 1), (p_chat_typo_email, 1), (p_zip_plus4, 1), (p_amex_split_cvv4, 1),
    (p_card_with_chitchat, 1), (p_dob_split_readback, 1),
    (p_homophone_card, 1), (p_ssn_chat_messy, 1), (p_ni_readback, 1), (p_phone_intl_chat, 1), (p_expiry_words_chat, 1),
]

# ----------------------------------------------------------- negative templates
def money_spoken():
    cur = pick("pounds", "euro", "dollars")
    return pick("%s pounds %s" % (say_pair(str(R.randint(10, 99))), say_pair(str(R.randint(10, 99)))),
                "%s hundred and %s pounds" % (UNITS[R.randint(1, 9)], say_pair(str(R.randint(20, 99)))),
                "%s pounds" % say_pair(str(R.randint(20, 99))))


def n_money():
    add("negative", "call/utilities: balance and payment amount spoken, payment date",
        (A, ["your balance is %s and the next payment of %s comes out on the %s of %s" % (money_spoken(), money_spoken(), pick("fifth", "twelfth", "first", "twenty third"), pick(*MONTHS))]),
        (C, ["okay that's fine"]))


def n_ref_call():
    refw = pick("order number", "reference number", "ticket number", "claim number", "case reference", "invoice number")
    ref = digits(R.randint(6, 10), "123456789")
    add("negative", "call/%s: %s read digit by digit" % (pick("retail", "insurance", "telecom"), refw),
        (A, ["do you have the %s" % refw]),
        (C, ["yeah it's %s" % say_seq(ref)]),
        (A, ["thanks i've found that"]))


def n_ref_chat():
    refw = pick("Order #", "Ticket ", "Ref: ", "Invoice INV-", "Claim no. ", "Case ")
    add("negative", "chat/retail: typed reference number with its label",
        (C, ["Hi, re %s%s - still no update, I was told I'd hear back %s" % (refw, digits(R.randint(6, 10)), pick("on 14/11", "by Monday", "last week", "by 3pm"))]))


def n_flight():
    add("negative", "call/travel: flight number, times, durations, seat",
        (A, ["so that's flight %s %s departing at %s and the flight time is about %s hours" % (
            pick("e i", "b a", "f r", "u a"), say_seq(str(R.randint(100, 9999))), pick("six forty five", "fourteen twenty", "ten fifteen a m"), UNITS[R.randint(2, 9)])]),
        (C, ["great and is seat %s %s still free" % (say_pair(str(R.randint(10, 40))), pick("a", "c", "f"))]))


def n_times_counts():
    add("negative", "chat/telecom: speeds, data allowances, percentages, contract months",
        (A, ["Your plan gives %d GB at up to %d Mbps, %d%% off for %d months, from %s" % (
            R.choice([30, 50, 100, 120]), R.choice([150, 500, 900]), R.choice([10, 20, 25]), R.choice([12, 18, 24]), pick("1 March 2025", "next Monday", "12/01/2026"))]),
        (C, ["ok and is it \u00a3%d.%02d a month after that?" % (R.randint(20, 60), R.choice([0, 99, 50]))]))


def n_meter():
    add("negative", "call/utilities: meter reading and meter serial number stated as such",
        (A, ["can you give me the meter reading"]),
        (C, ["it says %s" % say_seq(digits(5, "0123456789"))]),
        (A, ["and that was taken today at %s" % pick("nine thirty", "about ten", "half past three")]))


def n_model():
    add("negative", "chat/retail: model number and quantity",
        (C, ["I ordered %d of the model %s-%d and only %d came" % (R.randint(2, 6), pick("KX", "SM", "WH", "HD"), R.randint(1000, 9999), R.randint(1, 2))]))


def n_age_temp():
    add("negative", "call/healthcare billing: age, temperature, appointment date, room number",
        (A, ["and how old is the patient"]),
        (C, ["he's %s and he had a temperature of %s point %s" % (say_pair(str(R.randint(20, 89))), say_pair(str(R.randint(37, 40))), UNITS[R.randint(1, 9)])]),
        (A, ["okay the appointment is on the %s of %s in room %s" % (pick("third", "ninth", "fourteenth"), pick(*MONTHS), say_seq(str(R.randint(100, 450))))]))


def n_years():
    add("negative", "call/insurance: years and contract start dates, no-claims years",
        (C, ["i've been with you since %s and i've had %s years no claims the policy renewed on the %s of %s" % (
            say_pair("19") + " " + say_pair(str(R.randint(80, 99))), UNITS[R.randint(2, 9)], pick("first", "fifth", "tenth"), pick(*MONTHS))]),
        (A, ["thank you that's really loyal of you"]))


def n_company_phone_context():
    add("negative", "chat/banking: amounts and interest rates and counts",
        (A, ["The transfer of \u00a3%d,%03d.00 will arrive within %d working days; interest is %d.%d%% APR." % (R.randint(1, 20), R.randint(0, 999), R.randint(1, 5), R.randint(1, 29), R.randint(0, 9))]),
        (C, ["cool, %d payments of $%d then?" % (R.choice([3, 6, 12]), R.randint(50, 500))]))


def n_hold_durations():
    add("negative", "call/government services: waiting times, page numbers, form numbers",
        (C, ["i've been waiting %s minutes and the form p %s on page %s says %s to %s working days" % (
            say_pair(str(R.randint(20, 59))), say_pair(str(R.randint(45, 87))), UNITS[R.randint(2, 9)], UNITS[R.randint(3, 5)], UNITS[R.randint(6, 9)])]),
        (A, ["i'm sorry about that"]))


def n_balance_numbers():
    amt = R.randint(1000, 9999)
    add("negative", "call/banking: balance said digit-ish and pairs",
        (A, ["the available balance is %s pounds and %s pence" % (say_pairs(str(amt)), say_pair(str(R.randint(10, 99))))]),
        (C, ["and the overdraft limit is still %s hundred" % UNITS[R.randint(2, 9)]]))


def n_tracking():
    add("negative", "chat/retail: tracking number with label, delivery window",
        (A, ["Your parcel tracking number is %s, delivery between %d:%02d and %d:%02d." % (
            digits(10), R.randint(7, 11), R.choice([0, 30]), R.randint(12, 18), R.choice([0, 30]))]))


def n_speed_reading():
    add("negative", "call/telecom: broadband speed test results and router model",
        (C, ["the speed test says %s point %s download and %s upload and the router is a %s" % (
            say_pair(str(R.randint(11, 99))), UNITS[R.randint(0, 9)], UNITS[R.randint(1, 9)], pick("hub five", "model t g five eight nine", "xfinity x b seven"))]))


def n_dates_not_dob():
    add("negative", "chat/%s: several non-birth dates (order date, delivery date, contract start)" % pick("retail", "telecom"),
        (C, ["Ordered on %02d/%02d/2025, delivery promised %d %s, contract started %s %d" % (
            R.randint(1, 28), R.randint(1, 12), R.randint(1, 28), pick("Nov", "Dec", "Jan"), pick(*MONTHS).title(), R.randint(2019, 2025))]))


def n_store_extension():
    add("negative", "call/retail: store number, aisle, opening hours, price",
        (A, ["that's store %s it's open eight till ten and the kettle is %s ninety nine in aisle %s" % (
            say_seq(str(R.randint(100, 999))), say_pair(str(R.randint(20, 89))), say_pair(str(R.randint(11, 40))))]))


def n_weights_versions():
    add("negative", "chat/telecom: app version, weights, distances and temperatures",
        (C, ["App v%d.%d.%d keeps crashing, phone at %d%% battery, %d degrees in here, I'm %d km from the mast" % (
            R.randint(2, 15), R.randint(0, 9), R.randint(0, 30), R.randint(5, 99), R.randint(15, 30), R.randint(1, 40))]))


def n_paired_amounts():
    add("negative", "call/banking: amounts read as pairs that look like digit strings",
        (C, ["the direct debit went out for %s and then another one for %s on the %s" % (
            say_pairs(str(R.randint(1000, 9999))), say_pairs(str(R.randint(1000, 9999))), pick("fourth", "nineteenth", "thirtieth"))]),
        (A, ["yes i can see both of those payments from %s" % pick("last week", "tuesday", "the twelfth")]))


def n_booking_ref_spelled():
    add("negative", "call/travel: booking reference spelled with NATO alphabet",
        (C, ["the booking reference is %s" % " ".join(spell_letter(c, "nato") for c in "".join(R.choice("ABCDEFGHJKLMNPRSTWXYZ") for _ in range(6)).lower())]),
        (A, ["thank you and that's for %s passengers" % UNITS[R.randint(2, 6)]]))


def n_travel_gate():
    add("negative", "chat/travel: gate, terminal, baggage weight, connection time",
        (A, ["Your flight %s%d leaves from Terminal %d, gate %s%d at %02d:%02d; baggage allowance %dkg, layover %dh%02d." % (
            pick("EI", "FR", "LH", "AF"), R.randint(100, 9999), R.randint(1, 5), pick("B", "C", "D"), R.randint(1, 60),
            R.randint(5, 22), R.choice([0, 15, 30, 45]), R.choice([20, 23, 32]), R.randint(1, 4), R.choice([5, 20, 40]))]))


def n_attempts_counts():
    add("negative", "call/banking: counts of attempts, days, transactions, branch opening",
        (C, ["i tried %s times and it locked me out for %s hours and now there's %s pending transactions" % (
            UNITS[R.randint(3, 6)], pick("twenty four", "forty eight", "seventy two"), say_pair(str(R.randint(11, 40))))]),
        (A, ["i'm sorry the branch opens at nine thirty tomorrow and we'll refund the %s pounds fee" % say_pair(str(R.randint(12, 35)))]))


NEG_TEMPLATES = [(n_money, 1), (n_ref_call, 2), (n_ref_chat, 2), (n_flight, 1), (n_times_counts, 1), (n_meter, 1),
                 (n_model, 1), (n_age_temp, 1), (n_years, 1), (n_company_phone_context, 1), (n_hold_durations, 1),
                 (n_balance_numbers, 1), (n_tracking, 1), (n_speed_reading, 1),
                 (n_dates_not_dob, 1), (n_store_extension, 1), (n_weights_versions, 1), (n_paired_amounts, 1),
                 (n_booking_ref_spelled, 1), (n_travel_gate, 1), (n_attempts_counts, 1)]


def build():
    global R
    R = random.Random(SEED)
    CASE_LIST.clear()
    pos_pool = [f for f, w in POS_TEMPLATES for _ in range(w)]
    neg_pool = [f for f, w in NEG_TEMPLATES for _ in range(w)]
    i = 0
    while sum(1 for c in CASE_LIST if c["kind"] == "positive") < 180:
        pos_pool[i % len(pos_pool)]()
        i += 1
    while True:
        cnt = Counter(s["type"] for c in CASE_LIST for s in c["spans"])
        short = [t for t in TYPES if cnt[t] < MINIMUM[t] + 3]
        if not short:
            break
        fav = {"CARD_NUMBER": p_card_chat, "NI_NUMBER": p_ni_chat, "SSN": p_ssn_call, "CVV": p_cvv_expiry_one,
               "EXPIRY": p_cvv_expiry_call, "BANK_ACCOUNT": p_bank_uk_call, "SORT_CODE": p_bank_uk_chat,
               "IBAN": p_iban_chat, "PHONE": p_phone_chat, "EMAIL": p_email_call, "DOB": p_dob_call,
               "POSTCODE": p_address_chat, "ADDRESS": p_address_postcode_call}
        fav[short[0]]()
    negs = []
    j = 0
    n_before = len(CASE_LIST)
    while len(CASE_LIST) - n_before < 110:
        neg_pool[j % len(neg_pool)]()
        j += 1
    out = []
    pi = ni_ = 0
    for c in CASE_LIST:
        if c["kind"] == "positive":
            pi += 1
            cid = "h105-pos-%03d" % pi
        else:
            ni_ += 1
            cid = "h105-neg-%03d" % ni_
        out.append({"id": cid, "kind": c["kind"], "turns": c["turns"], "spans": c["spans"], "note": c["note"]})
    return out


def serialise(cases):
    return "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cases)


def counts(cases):
    return Counter(s["type"] for c in cases for s in c["spans"])


def readme(cases):
    cnt = counts(cases)
    npos = sum(c["kind"] == "positive" for c in cases)
    nneg = len(cases) - npos
    rows = "\n".join("| %s | %d |" % (t, cnt[t]) for t in TYPES)
    return """# PII hold-out set h105

**Never use this set for tuning.** It is a held-out evaluation set; do not adjust
the redactor, its patterns or thresholds by looking at these cases.

## Who wrote it and how

Written by an AI helper acting as an independent author who did not see the
redaction code, its tests, its documentation or the benchmark script. The only
existing data consulted was a three-line example of the JSONL format. All cases
are generated by `scripts/make_pii_holdout105.py` (standard library only) from
template functions; every turn is assembled from plain-text segments and
(value, TYPE) segments, so span offsets are computed, never typed. All values
come from one `random.Random(%d)`; output is byte-for-byte reproducible.
`python scripts/make_pii_holdout105.py --check` regenerates the file, checks it
is identical, checks ids, offsets, word boundaries, overlaps, and validates each
value after normalising spoken forms (Luhn, mod-97, NI format, digit counts,
postcode shapes).

## Annotation conventions

* A span covers the value only: the digits/letters as written or spoken,
  including spoken connectors that are part of the reading ("double", "triple",
  "oh", "b for bravo", "x as in x-ray", "dot", "at", fillers such as "um" when
  they fall inside a reading). Lead-ins ("it's", "my number is") and trailing
  chit-chat are outside.
* A value split over several turns gets one span per turn-piece, each labelled
  with the value's type; agent back-channels are not labelled.
* When the agent reads a value back, the read-back is labelled too.
* False starts before a self-correction are not labelled (the corrected full
  value is labelled).
* ADDRESS covers house number + street (town/city are not labelled); POSTCODE
  covers UK postcodes and US ZIP codes, spoken or typed.
* DOB only where the date is given as a date of birth; EXPIRY/CVV only in card
  context. Other dates, amounts, reference/order/claim numbers, flight numbers,
  times, ages etc. are deliberately unlabelled (and form the negative cases).
* Phone numbers include a spoken "plus" / typed "+" and country code.

## Counts

Positives: %d, negatives: %d (negatives have no spans; any redaction in them is a failure).

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
            problems.append("%s: negative with spans" % c["id"])
        if c["kind"] == "positive" and not c["spans"]:
            problems.append("%s: positive without spans" % c["id"])
        for t in c["turns"]:
            if t["speaker"] not in ("agent", "customer"):
                problems.append("%s: bad speaker" % c["id"])
        by_turn = {}
        for s in c["spans"]:
            if s["type"] not in TYPES:
                problems.append("%s: bad type %s" % (c["id"], s["type"]))
                continue
            if not 0 <= s["turn"] < len(c["turns"]):
                problems.append("%s: turn out of range" % c["id"])
                continue
            tx = c["turns"][s["turn"]]["text"]
            st, en = s["start"], s["end"]
            if not (0 <= st < en <= len(tx)):
                problems.append("%s: offsets out of range" % c["id"])
                continue
            if tx[st].isspace() or tx[en - 1].isspace():
                problems.append("%s: span has outer whitespace" % c["id"])
            if (st > 0 and tx[st - 1].isalnum()) or (en < len(tx) and tx[en].isalnum()):
                problems.append("%s: span not on word boundary %r" % (c["id"], tx[st:en]))
            by_turn.setdefault(s["turn"], []).append((st, en))
        for lst in by_turn.values():
            lst.sort()
            for a, b in zip(lst, lst[1:]):
                if b[0] < a[1]:
                    problems.append("%s: overlapping spans" % c["id"])
        # value validation: each span valid alone, or all spans of that type concatenated
        types = {}
        for s in c["spans"]:
            types.setdefault(s["type"], []).append(c["turns"][s["turn"]]["text"][s["start"]:s["end"]])
        for typ, vals in types.items():
            if all(valid(typ, v) for v in vals):
                continue
            if typ in ("EMAIL", "ADDRESS", "DOB", "EXPIRY"):
                problems.append("%s: invalid %s %r" % (c["id"], typ, vals))
                continue
            if typ == "POSTCODE":
                joined = " ".join(vals[:2])
                if valid(typ, joined) and all(valid(typ, v) for v in vals[2:]):
                    continue
            if not valid(typ, " ".join(vals)):
                problems.append("%s: invalid %s %r -> %r" % (c["id"], typ, vals, normalise(" ".join(vals), keep_letters=True)))
    cnt = counts(cases)
    for t in TYPES:
        if cnt[t] < MINIMUM[t]:
            problems.append("too few %s spans: %d < %d" % (t, cnt[t], MINIMUM[t]))
    npos = sum(c["kind"] == "positive" for c in cases)
    nneg = len(cases) - npos
    if npos < 170 or nneg < 100:
        problems.append("too few cases: %d pos %d neg" % (npos, nneg))
    return problems


def main():
    cases = build()
    text = serialise(cases)
    rd = readme(cases)
    if "--check" in sys.argv[1:]:
        problems = []
        if not os.path.exists(CASES):
            problems.append("fixture missing")
        else:
            with open(CASES, encoding="utf-8") as fh:
                on_disk = fh.read()
            if on_disk != text:
                problems.append("fixture differs from regenerated output")
            cases = [json.loads(l) for l in on_disk.splitlines()]
        if not os.path.exists(README) or open(README, encoding="utf-8").read() != rd:
            problems.append("README differs from regenerated output")
        problems += check(cases, text)
        cnt = counts(cases)
        npos = sum(c["kind"] == "positive" for c in cases)
        print("h105: %d cases, %d positive, %d negative" % (len(cases), npos, len(cases) - npos))
        for t in TYPES:
            print("  %-13s %d" % (t, cnt[t]))
        for p in problems:
            print("PROBLEM:", p)
        print("check %s (%d problems)" % ("FAILED" if problems else "OK", len(problems)))
        sys.exit(1 if problems else 0)
    os.makedirs(OUT_DIR, exist_ok=True)
    with open(CASES, "w", encoding="utf-8") as fh:
        fh.write(text)
    with open(README, "w", encoding="utf-8") as fh:
        fh.write(rd)
    print("wrote %d cases to %s" % (len(cases), CASES))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set h48.

Written by an AI helper acting as an independent test author (it did not see
the redaction code).  Standard library only.  Output is byte-for-byte
reproducible from the seed.

    python scripts/make_pii_holdout48.py          # write fixture + README
    python scripts/make_pii_holdout48.py --check  # regenerate, compare, validate
"""
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

SEED = 48241123
ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "tests" / "fixtures" / "pii_holdout48"
CASES = OUT_DIR / "cases.jsonl"
README = OUT_DIR / "README.md"
TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

R = random.Random(SEED)

UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "f": "foxtrot",
        "g": "golf", "h": "hotel", "j": "juliet", "k": "kilo", "l": "lima", "m": "mike",
        "n": "november", "p": "papa", "q": "quebec", "r": "romeo", "s": "sierra", "t": "tango",
        "u": "uniform", "w": "whiskey", "x": "x-ray", "y": "yankee", "z": "zulu"}
NAMEWORDS = {"a": "apple", "b": "bob", "c": "charlie", "d": "david", "e": "edward", "h": "harry",
             "j": "john", "k": "king", "l": "london", "m": "mother", "n": "nancy", "p": "peter",
             "r": "robert", "s": "sugar", "t": "tommy", "w": "william", "x": "x-ray", "y": "yellow",
             "z": "zebra", "g": "george", "f": "freddie", "q": "queen", "u": "uncle"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
       "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
       "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty first", "twenty second",
       "twenty third", "twenty fourth", "twenty fifth", "twenty sixth", "twenty seventh",
       "twenty eighth", "twenty ninth", "thirtieth", "thirty first"]


# ---------------------------------------------------------------- values
def digits(n):
    return "".join(str(R.randint(0, 9)) for _ in range(n))


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


def make_card():
    kind = R.choice(["visa", "visa", "mc", "mc", "amex", "disc", "visa13", "visa19", "mc2"])
    if kind == "visa":
        body, n = "4" + digits(5), 16
    elif kind == "visa13":
        body, n = "4" + digits(5), 13
    elif kind == "visa19":
        body, n = "4" + digits(5), 19
    elif kind == "mc":
        body, n = "5" + str(R.randint(1, 5)) + digits(4), 16
    elif kind == "mc2":
        body, n = "2" + str(R.randint(221, 720)) + digits(2), 16
    elif kind == "amex":
        body, n = R.choice(["34", "37"]) + digits(4), 15
    else:
        body, n = "6011" + digits(2), 16
    body += digits(n - 1 - len(body))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def group_card(c, sep=" "):
    if len(c) == 15:
        parts = [c[:4], c[4:10], c[10:]]
    else:
        parts = [c[i:i + 4] for i in range(0, len(c), 4)]
    return sep.join(parts)


def make_ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


NI_FIRST = [c for c in "ABCEGHJKLMNOPRSTWXYZ"]
NI_SECOND = [c for c in "ABCEGHJKLMNPRSTWXYZ"]


def make_ni():
    while True:
        p = R.choice(NI_FIRST) + R.choice(NI_SECOND)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ") and "O" not in p:
            break
    return p + digits(6) + R.choice("ABCD")


def iban_check(country, bban):
    s = bban + country + "00"
    num = "".join(str(int(ch, 36)) for ch in s)
    return "%02d" % (98 - int(num) % 97)


def make_iban():
    c = R.choice(["GB", "IE", "DE", "NL", "ES", "FR", "IE", "GB"])
    if c in ("GB", "IE"):
        bank = R.choice(["NWBK", "BARC", "HBUK", "LOYD", "MIDL"] if c == "GB" else ["AIBK", "BOFI", "IPBS"])
        bban = bank + digits(14)
    elif c == "DE":
        bban = digits(18)
    elif c == "NL":
        bban = R.choice(["ABNA", "INGB", "RABO"]) + digits(10)
    elif c == "ES":
        bban = digits(20)
    else:
        bban = digits(23)
    return c + iban_check(c, bban) + bban


def iban_ok(s):
    s = s.upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in r)) % 97 == 1


def group_iban(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def make_phone(region=None):
    region = region or R.choice(["uk_mob", "uk_land", "us", "ie", "uk_intl", "us_intl", "ie_intl"])
    if region == "uk_mob":
        return region, "07" + str(R.randint(4, 9)) + digits(8)
    if region == "uk_land":
        return region, R.choice(["0161", "0113", "0117", "0121", "0131", "0141", "0151"]) + digits(7)
    if region == "us":
        return region, str(R.randint(2, 9)) + digits(2) + str(R.randint(2, 9)) + digits(6)
    if region == "ie":
        return region, "08" + R.choice("35679") + digits(7)
    if region == "uk_intl":
        return region, "447" + str(R.randint(4, 9)) + digits(8)
    if region == "us_intl":
        return region, "1" + str(R.randint(2, 9)) + digits(2) + str(R.randint(2, 9)) + digits(6)
    return region, "3538" + R.choice("35679") + digits(7)


def fmt_phone(region, p):
    st = R.randint(0, 2)
    if region == "uk_mob":
        return [p[:5] + " " + p[5:], p, p[:5] + " " + p[5:8] + " " + p[8:]][st]
    if region == "uk_land":
        return [p[:4] + " " + p[4:7] + " " + p[7:], p, "(" + p[:4] + ") " + p[4:]][st]
    if region == "us":
        return ["(%s) %s-%s" % (p[:3], p[3:6], p[6:]), "%s-%s-%s" % (p[:3], p[3:6], p[6:]),
                "%s.%s.%s" % (p[:3], p[3:6], p[6:])][st]
    if region == "ie":
        return [p[:3] + " " + p[3:6] + " " + p[6:], p, p[:3] + "-" + p[3:]][st]
    if region == "uk_intl":
        return ["+44 " + p[2:6] + " " + p[6:], "+44" + p[2:], "+44 (0)" + p[2:6] + " " + p[6:]][st]
    if region == "us_intl":
        return ["+1 %s %s %s" % (p[1:4], p[4:7], p[7:]), "+1-%s-%s-%s" % (p[1:4], p[4:7], p[7:]),
                "+1%s" % p[1:]][st]
    return ["+353 " + p[3:5] + " " + p[5:8] + " " + p[8:], "+353" + p[3:], "00353 " + p[3:5] + " " + p[5:]][st]


FIRST = ["john", "sarah", "priya", "liam", "aoife", "mohammed", "grace", "tomasz", "chloe",
         "darren", "fatima", "niamh", "oliver", "emma", "kwame", "lucia", "sean", "hannah",
         "raj", "megan", "pedro", "siobhan", "dylan", "amara"]
LAST = ["smith", "okafor", "patel", "murphy", "kowalski", "obrien", "nguyen", "garcia",
        "whitfield", "byrne", "hughes", "fernandes", "walsh", "campbell", "ahmed", "doyle",
        "jenkins", "mcallister", "rossi", "schmidt"]
DOMAINS = ["gmail.com", "hotmail.co.uk", "yahoo.com", "outlook.com", "icloud.com", "eircom.net",
           "btinternet.com", "aol.com", "protonmail.com", "live.ie", "gmx.de", "sky.com"]


def make_email():
    f, l = R.choice(FIRST), R.choice(LAST)
    local = R.choice([f + "." + l, f[0] + l, f + l + str(R.randint(1, 99)), f + "_" + l,
                      l + f[0] + str(R.randint(70, 99)), f + "." + l[0]])
    return local + "@" + R.choice(DOMAINS)


def speak_email(e):
    local, dom = e.split("@")
    out = []
    for part in re.split(r"([._])", local):
        if part == ".":
            out.append("dot")
        elif part == "_":
            out.append("underscore")
        elif part:
            m = re.fullmatch(r"([a-z]+)(\d*)", part)
            if len(m.group(1)) == 1:
                out.append(m.group(1))
            else:
                out.append(m.group(1))
            if m.group(2):
                out.append(" ".join(UNITS[int(d)] for d in m.group(2)))
    out.append("at")
    out.append(" dot ".join(dom.split(".")))
    return " ".join(out)


UK_AREAS = ["SW", "SE", "N", "NW", "E", "W", "M", "B", "LS", "L", "G", "EH", "CF", "BS", "NE",
            "S", "NG", "CR", "BT", "DN", "HU", "OX", "CB", "BN", "RG", "PE", "KT", "TW"]
INWARD = "ABDEFGHJLNPQRSTUWXYZ"


def make_uk_postcode():
    a = R.choice(UK_AREAS)
    d = str(R.randint(1, 29)) if len(a) == 2 else str(R.randint(1, 20))
    if a in ("SW", "W", "E", "EC") and R.random() < 0.2:
        d = str(R.randint(1, 9)) + R.choice("ABCHKMNPRVWXY")
    return a + d + " " + str(R.randint(0, 9)) + R.choice(INWARD) + R.choice(INWARD)


def make_zip():
    z = "%05d" % R.randint(1001, 99950)
    if R.random() < 0.3:
        z += "-" + digits(4)
    return z


UK_PC_RE = re.compile(r"^[A-Z]{1,2}[0-9][0-9A-Z]?[0-9][A-Z]{2}$")
STREETS = ["acacia avenue", "station road", "church street", "mill lane", "victoria road",
           "park view", "kingsway", "elm grove", "high street", "the crescent", "orchard close",
           "maple drive", "sycamore court", "oak ridge road", "lakeview boulevard", "pine street",
           "cherry hill lane", "willow way", "main street", "grafton street", "castle terrace",
           "hawthorn gardens", "brookfield road", "riverside drive"]
TOWNS_UK = ["leeds", "manchester", "bristol", "glasgow", "cardiff", "nottingham", "reading",
            "brighton", "york", "croydon", "belfast", "oxford"]
TOWNS_US = [("austin", "tx"), ("columbus", "oh"), ("denver", "co"), ("phoenix", "az"),
            ("tampa", "fl"), ("portland", "or"), ("raleigh", "nc"), ("madison", "wi")]
TOWNS_IE = ["dublin 6", "cork", "galway", "limerick", "sligo", "kilkenny"]
STREET_RE = re.compile(r"(avenue|road|street|lane|view|kingsway|grove|crescent|close|drive|court|"
                       r"boulevard|way|terrace|gardens|ave|rd|st|blvd|dr|ln)\b", re.I)


# ---------------------------------------------------------------- speaking
def pair_word(n):
    if n < 10:
        return UNITS[n]
    if n < 20:
        return TEENS[n - 10]
    return TENS[n // 10] + ("" if n % 10 == 0 else " " + UNITS[n % 10])


def speak(ds, zero=None, doubles=True, pairs=0.0, homo=0.0, fillers=0.0):
    """Render a digit string as ASR words."""
    zero = zero or R.choice(["zero", "oh", "oh", "o", "nought"])
    out = []
    i = 0
    while i < len(ds):
        d = ds[i]
        if doubles and i + 2 < len(ds) and ds[i + 1] == d and ds[i + 2] == d and R.random() < 0.5:
            out.append("triple " + (zero if d == "0" else UNITS[int(d)]))
            i += 3
        elif doubles and i + 1 < len(ds) and ds[i + 1] == d and R.random() < 0.6:
            out.append("double " + (zero if d == "0" else UNITS[int(d)]))
            i += 2
        elif (pairs and i + 1 < len(ds) and d != "0" and R.random() < pairs
              and (ds[i + 1] != "0" or int(d) == 1)):
            out.append(pair_word(int(ds[i:i + 2])))
            i += 2
        else:
            if d == "0":
                out.append(zero)
            elif d == "4" and R.random() < homo:
                out.append("for")
            elif d == "2" and R.random() < homo:
                out.append("to")
            else:
                out.append(UNITS[int(d)])
            i += 1
        if fillers and i < len(ds) and R.random() < fillers:
            out.append(R.choice(["um", "uh", "er", "erm"]))
    return " ".join(out)


def speak_groups(ds, sizes, sep=" ", **kw):
    out, i = [], 0
    for s in sizes:
        out.append(speak(ds[i:i + s], **kw))
        i += s
    return sep.join(out)


def speak_letter(c, style=None):
    c = c.lower()
    style = style or R.choice(["plain", "plain", "nato", "name"])
    if style == "nato" and c in NATO:
        return "%s for %s" % (c, NATO[c])
    if style == "name" and c in NAMEWORDS:
        return "%s for %s" % (c, NAMEWORDS[c])
    return c


def speak_ni(ni):
    style = R.choice(["plain", "nato", "name", "mixed"])
    z = R.choice(["zero", "oh"])
    ls = [speak_letter(ni[0], style if style != "mixed" else None),
          speak_letter(ni[1], style if style != "mixed" else None)]
    if R.random() < 0.5:
        mid = speak_groups(ni[2:8], [2, 2, 2], zero=z, pairs=0.4)
    else:
        mid = speak(ni[2:8], zero=z)
    return " ".join(ls) + " " + mid + " " + speak_letter(ni[8], style if style != "mixed" else None)


def speak_postcode(pc):
    out = []
    z = R.choice(["zero", "oh"])
    for ch in pc.replace(" ", ""):
        if ch.isdigit():
            out.append(z if ch == "0" else UNITS[int(ch)])
        else:
            out.append(speak_letter(ch, R.choice(["plain", "plain", "plain", "nato"])))
    return " ".join(out)


def num_words(n):
    if n < 100:
        return pair_word(n)
    h, r = divmod(n, 100)
    return UNITS[h] + " hundred" + ("" if r == 0 else " and " + pair_word(r))


def speak_year(y):
    if y >= 2000:
        return R.choice(["two thousand and " + pair_word(y - 2000) if y > 2000 else "two thousand",
                         "twenty " + ("oh " + UNITS[y % 10] if y % 100 < 10 else pair_word(y % 100))])
    return pair_word(y // 100) + " " + ("oh " + UNITS[y % 10] if y % 100 < 10 else pair_word(y % 100))


def make_dob_date():
    return R.randint(1938, 2004), R.randint(1, 12), R.randint(1, 28)


# ---------------------------------------------------------------- normaliser
WORDNUM = {w: str(i) for i, w in enumerate(UNITS)}
WORDNUM.update({"oh": "0", "o": "0", "nought": "0", "zero": "0", "to": "2", "too": "2"})
TEENNUM = {w: str(10 + i) for i, w in enumerate(TEENS)}
TENNUM = {w: i for i, w in enumerate(TENS) if w}
FILLER = {"um", "uh", "er", "erm", "and", "sorry", "dash", "hyphen", "space", "plus", "its", "it's"}


def normalise(text):
    """Spoken/typed value -> uppercase string of digits and letters."""
    toks = re.findall(r"[A-Za-z']+|\d+|\+", text.lower().replace("x-ray", "xray"))
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if t.isdigit():
            out.append(t)
        elif t in ("double", "triple") and nxt in WORDNUM:
            out.append(WORDNUM[nxt] * (2 if t == "double" else 3))
            i += 1
        elif t in TENNUM:
            if nxt in WORDNUM and WORDNUM[nxt] != "0" and nxt not in ("to", "too"):
                out.append(str(TENNUM[t]) + WORDNUM[nxt])
                i += 1
            else:
                out.append(str(TENNUM[t]) + "0")
        elif t in TEENNUM:
            out.append(TEENNUM[t])
        elif t == "for":
            prev_letter = i > 0 and len(toks[i - 1]) == 1 and toks[i - 1].isalpha() and toks[i - 1] != "o"
            if prev_letter and nxt and nxt not in WORDNUM:
                i += 1  # "b for bravo"
            else:
                out.append("4")
        elif t in WORDNUM:
            out.append(WORDNUM[t])
        elif t in FILLER or t == "+":
            pass
        elif len(t) == 1 and t.isalpha():
            out.append(t.upper())
        else:
            out.append(t.upper())
        i += 1
    return "".join(out)


def validate(typ, text):
    n = normalise(text)
    if typ == "CARD_NUMBER":
        return n.isdigit() and 13 <= len(n) <= 19 and luhn_ok(n)
    if typ == "CVV":
        return n.isdigit() and len(n) in (3, 4)
    if typ == "SSN":
        return n.isdigit() and len(n) == 9
    if typ == "NI_NUMBER":
        return bool(re.fullmatch(r"[A-CEGHJ-PR-TW-Z]{2}\d{6}[A-D]", n))
    if typ == "BANK_ACCOUNT":
        return n.isdigit() and 6 <= len(n) <= 17
    if typ == "SORT_CODE":
        return n.isdigit() and len(n) == 6
    if typ == "IBAN":
        return iban_ok(n)
    if typ == "PHONE":
        return n.isdigit() and 10 <= len(n) <= 14
    if typ == "POSTCODE":
        return bool(UK_PC_RE.match(n)) or bool(re.fullmatch(r"\d{5}(\d{4})?", n))
    if typ == "EMAIL":
        return bool(re.fullmatch(r"\S+@\S+\.\w+", text)) or (" at " in text and " dot " in text)
    if typ == "EXPIRY":
        return bool(re.search(r"\d", n)) and (len(re.sub(r"\D", "", n)) in (2, 3, 4, 6) or
                                               any(m in text.lower() for m in MONTHS))
    if typ == "DOB":
        return bool(re.search(r"\d", n)) and (any(m[:3] in text.lower() for m in MONTHS)
                                               or len(re.sub(r"\D", "", n)) in (6, 8))
    if typ == "ADDRESS":
        return bool(re.search(r"\d", n)) and bool(STREET_RE.search(text))
    return False


def partial_ok(typ, texts):
    """Spans of one type may be chunks of one value: partition in order."""
    norms = texts
    memo = {}

    def ok(i):
        if i == len(norms):
            return True
        if i in memo:
            return memo[i]
        res = False
        for j in range(i + 1, len(norms) + 1):
            if validate(typ, " ".join(norms[i:j])) and ok(j):
                res = True
                break
        memo[i] = res
        return res
    return ok(0)


# ---------------------------------------------------------------- case building
def build(kind, note, turns):
    out_turns, spans = [], []
    for ti, (spk, segs) in enumerate(turns):
        text = ""
        for seg in segs:
            if isinstance(seg, tuple):
                val, typ = seg
                spans.append({"turn": ti, "start": len(text), "end": len(text) + len(val), "type": typ})
                text += val
            else:
                text += seg
        out_turns.append({"speaker": spk, "text": text})
    return {"kind": kind, "turns": out_turns, "spans": spans, "note": note}


A, C = "agent", "customer"


def ch(*opts):
    return R.choice(opts)


def dob_forms(call):
    y, m, d = make_dob_date()
    if call:
        f = R.randint(0, 3)
        if f == 0:
            return "the %s of %s %s" % (ORD[d], MONTHS[m - 1], speak_year(y))
        if f == 1:
            return "%s %s %s" % (MONTHS[m - 1], ORD[d], speak_year(y))
        if f == 2:
            return "%s %s %s" % (speak("%02d" % d, zero="oh", doubles=False),
                                 speak("%02d" % m, zero="oh", doubles=False), speak_year(y))
        return "%s %s %s" % (pair_word(d) if d > 9 else UNITS[d], MONTHS[m - 1], speak_year(y))
    f = R.randint(0, 4)
    return ["%02d/%02d/%d" % (d, m, y), "%d-%02d-%02d" % (y, m, d), "%d %s %d" % (d, MONTHS[m - 1].title(), y),
            "%02d.%02d.%d" % (d, m, y), "%s %d, %d" % (MONTHS[m - 1][:3].title(), d, y)][f]


def expiry_forms(call):
    m, y = R.randint(1, 12), R.randint(25, 33)
    if call:
        return ch("%s %s" % (speak("%02d" % m, zero=ch("oh", "zero"), doubles=False), pair_word(y)),
                  "%s twenty %s" % (MONTHS[m - 1], pair_word(y)),
                  "%s %s" % (MONTHS[m - 1], pair_word(y)),
                  "%s slash %s" % (speak("%02d" % m, zero="oh", doubles=False), pair_word(y)))
    return ch("%02d/%02d" % (m, y), "%02d/20%02d" % (m, y), "%02d-%02d" % (m, y), "%02d%02d" % (m, y),
              "%s 20%02d" % (MONTHS[m - 1][:3].title(), y))


def address_forms(call):
    no = R.randint(1, 240)
    st = R.choice(STREETS)
    flat = R.random() < 0.2
    if call:
        a = "%s %s" % (num_words(no) if R.random() < 0.6 else speak(str(no), doubles=False), st)
        if flat:
            a = "flat %s %s" % (UNITS[R.randint(1, 9)], a)
        return a
    a = "%d %s" % (no, st.title() if R.random() < 0.6 else st)
    if R.random() < 0.3:
        a = a.replace("Street", "St").replace("Road", "Rd").replace("Avenue", "Ave")
    if flat:
        a = "Flat %d, %s" % (R.randint(1, 30), a)
    return a


# ---- positive templates -------------------------------------------------
def p_card_chat():
    c = make_card()
    ind = ch("retail", "telecom", "travel", "utilities")
    sep = ch(" ", "-", "", " ")
    val = group_card(c, sep) if sep else c
    cv = digits(4 if len(c) == 15 else 3)
    ex = expiry_forms(False)
    f = R.randint(0, 2)
    if f == 0:
        t = [(A, ["Please can you type the long card number, expiry and security code"]),
             (C, ["card ", (val, "CARD_NUMBER"), " exp ", (ex, "EXPIRY"), " cvv ", (cv, "CVV")])]
    elif f == 1:
        t = [(C, ["Hi I want to pay my bill of \u00a3%d.%02d, card is " % (R.randint(20, 300), R.randint(0, 99)),
                  (val, "CARD_NUMBER"), ", expires ", (ex, "EXPIRY")]),
             (A, ["Thanks, and the 3 or 4 digit code on the back?"]),
             (C, [(cv, "CVV")])]
    else:
        t = [(C, ["ok its ", (val, "CARD_NUMBER"), "\nexpiry: ", (ex, "EXPIRY"), "\nsec code ", (cv, "CVV"),
                  " thx"])]
    return build("positive", "chat/%s: card typed with '%s' separators plus expiry and security code" % (ind, sep or "no"), t)


def p_card_call_one():
    c = make_card()
    ind = ch("telecom", "insurance", "utilities", "banking")
    sizes = [4, 6, 5] if len(c) == 15 else [4] * (len(c) // 4) + ([len(c) % 4] if len(c) % 4 else [])
    sp = speak_groups(c, sizes, pairs=ch(0.0, 0.3), homo=ch(0.0, 0.15), fillers=ch(0.0, 0.1))
    t = [(A, [ch("lovely and the long number across the front please", "okay go ahead with the card number",
                 "and what's the card number you'd like to use today")]),
         (C, [ch("yeah it's ", "right so ", "okay ", "um it's "), (sp, "CARD_NUMBER")])]
    if R.random() < 0.5:
        ex = expiry_forms(True)
        t += [(A, ["and the expiry date"]), (C, [ch("", "it's ", "expires "), (ex, "EXPIRY")])]
    return build("positive", "call/%s: card read as ASR words in one turn (pairs/doubles/homophones/fillers)" % ind, t)


def p_card_call_split():
    c = make_card()
    ind = ch("insurance", "retail", "travel", "healthcare billing")
    sizes = [4, 6, 5] if len(c) == 15 else [4] * (len(c) // 4) + ([len(c) % 4] if len(c) % 4 else [])
    t = [(A, ["okay when you're ready the card number please"])]
    i = 0
    for k, s in enumerate(sizes):
        chunk = speak(c[i:i + s], pairs=0.25)
        i += s
        if k == 0:
            t.append((C, [ch("right ", "okay ", "so it's ", ""), (chunk, "CARD_NUMBER")]))
        else:
            t.append((C, [(chunk, "CARD_NUMBER"), ch("", " um", "", " yeah")]))
        if k < len(sizes) - 1:
            t.append((A, [ch("mhm", "yep", "okay go on", "uh huh", "got that")]))
    cv = digits(4 if len(c) == 15 else 3)
    t += [(A, ["and the security code on the back"]), (C, [ch("it's ", "", "that's "), (speak(cv), "CVV")])]
    return build("positive", "call/%s: card split over several customer turns with back-channels, then CVV" % ind, t)


def p_card_readback():
    c = make_card()
    sizes = [4, 6, 5] if len(c) == 15 else [4] * (len(c) // 4) + ([len(c) % 4] if len(c) % 4 else [])
    z = ch("oh", "zero")
    s1 = speak_groups(c, sizes, zero=z, doubles=True)
    s2 = speak_groups(c, sizes, zero=z, doubles=False)
    ex = expiry_forms(True)
    cv = digits(4 if len(c) == 15 else 3)
    t = [(C, ["the card is ", (s1, "CARD_NUMBER")]),
         (A, ["let me just read that back ", (s2, "CARD_NUMBER"), " is that right"]),
         (C, ["yes that's it and it expires ", (ex, "EXPIRY"), " the code is ", (speak(cv), "CVV")])]
    return build("positive", "call/%s: agent reads the card back digit by digit; expiry and CVV in one turn" % ch("retail", "telecom", "banking"), t)


def p_card_mixed_chat():
    c = make_card()
    g = group_card(c, " ")
    t = [(C, ["i tried paying 3 times already!! order #%d keeps failing. card %s" % (R.randint(100000, 9999999), ""), (g, "CARD_NUMBER")]),
         (A, ["Sorry about that. Can you confirm the expiry?"]),
         (C, ["%s" % "", (expiry_forms(False), "EXPIRY"), " and cvc ", (digits(4 if len(c) == 15 else 3), "CVV")])]
    return build("positive", "chat/retail: card next to an order number (unlabelled) and an angry message", t)


def p_ssn_chat():
    s = make_ssn()
    f = R.randint(0, 3)
    v = ["%s-%s-%s" % (s[:3], s[3:5], s[5:]), "%s %s %s" % (s[:3], s[3:5], s[5:]), s,
         "%s.%s.%s" % (s[:3], s[3:5], s[5:])][f]
    ind = ch("government services", "banking", "healthcare billing", "insurance")
    t = [(A, ["To verify your identity, please enter your Social Security number."]),
         (C, [ch("sure, ", "", "SSN is ", "ok it's "), (v, "SSN"), ch("", " thanks", ". I am %d btw" % R.randint(30, 80))])]
    if R.random() < 0.4:
        t.append((C, ["and my zip is ", (make_zip(), "POSTCODE")]))
    return build("positive", "chat/%s (US): SSN typed with '%s' formatting" % (ind, ["dash", "space", "none", "dot"][f]), t)


def p_ssn_call():
    s = make_ssn()
    ind = ch("government services", "banking", "healthcare billing", "insurance", "telecom")
    f = R.randint(0, 3)
    if f == 0:
        t = [(A, ["can i get your social security number please"]),
             (C, ["yeah it's ", (speak_groups(s, [3, 2, 4], pairs=0.3), "SSN")])]
    elif f == 1:
        t = [(A, ["and your social"]), (C, [(speak(s[:3]), "SSN")]), (A, ["mhm"]),
             (C, [(speak(s[3:5]), "SSN")]), (A, ["okay"]), (C, [(speak(s[5:], pairs=0.5), "SSN"), " yeah"])]
    elif f == 2:
        t = [(A, ["i just need the last four of your social"]),
             (C, ["oh sorry do you need the whole thing it's ", (speak(s, fillers=0.15), "SSN")]),
             (A, ["that's fine thank you so that's ", (speak_groups(s, [3, 2, 4], doubles=False), "SSN")])]
    else:
        t = [(C, ["my social is ", (speak_groups(s, [3, 2, 4], pairs=0.4), "SSN"), " and i was born ",
                  (dob_forms(True), "DOB")])]
    return build("positive", "call/%s (US): SSN spoken as ASR words (split/readback/fillers)" % ind, t)


def p_ni_chat():
    n = make_ni()
    f = R.randint(0, 3)
    v = ["%s %s %s %s %s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8]), n, n.lower(),
         "%s-%s-%s-%s-%s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8])][f]
    ind = ch("government services", "banking", "insurance", "utilities")
    t = [(A, ["Could you provide your National Insurance number please?"]),
         (C, [ch("yes its ", "NI no: ", "", "sure - "), (v, "NI_NUMBER"), ch("", " cheers", ", I started work in %d" % R.randint(1990, 2022))])]
    return build("positive", "chat/%s (UK): NI number typed (%s)" % (ind, ["spaced", "compact", "lower case", "dashed"][f]), t)


def p_ni_call():
    n = make_ni()
    ind = ch("government services", "banking", "insurance", "utilities")
    f = R.randint(0, 2)
    if f == 0:
        t = [(A, ["and your national insurance number"]), (C, [ch("it's ", "yeah ", ""), (speak_ni(n), "NI_NUMBER")])]
    elif f == 1:
        t = [(A, ["can i take your national insurance number"]),
             (C, [(" ".join(speak_letter(x) for x in n[:2]), "NI_NUMBER")]), (A, ["yep"]),
             (C, [(speak(n[2:8], pairs=0.3), "NI_NUMBER")]), (A, ["and the last letter"]),
             (C, [(speak_letter(n[8], "nato"), "NI_NUMBER")])]
    else:
        t = [(C, ["my ni number is ", (speak_ni(n), "NI_NUMBER")]),
             (A, ["thank you so that's ", (speak_ni(n), "NI_NUMBER"), " and your postcode"]),
             (C, [(speak_postcode(make_uk_postcode()), "POSTCODE")])]
    return build("positive", "call/%s (UK): NI number spoken with letters (nato/name words) and digits" % ind, t)


def p_bank_uk():
    sc, acc = digits(6), digits(8)
    call = R.random() < 0.6
    if call:
        t = [(A, ["can i take the sort code and account number for the direct debit"]),
             (C, ["sort code ", (speak_groups(sc, [2, 2, 2], pairs=0.4), "SORT_CODE"), " and the account is ",
                  (speak(acc, pairs=0.2), "BANK_ACCOUNT")])]
        note = "call/%s (UK): sort code and account number in one turn" % ch("utilities", "banking", "telecom")
    else:
        scv = ch("%s-%s-%s" % (sc[:2], sc[2:4], sc[4:]), sc, "%s %s %s" % (sc[:2], sc[2:4], sc[4:]))
        t = [(C, ["Please change my DD to sort code ", (scv, "SORT_CODE"), " acc no ", (acc, "BANK_ACCOUNT"),
                  " from next month, the payment is \u00a3%d" % R.randint(15, 140)])]
        note = "chat/%s (UK): sort code + account typed next to an amount" % ch("utilities", "insurance")
    return build("positive", note, t)


def p_bank_selfcorrect():
    a1 = digits(8)
    a2 = a1[:-1] + str((int(a1[-1]) + 3) % 10)
    t = [(A, ["and the account number"]),
         (C, [(speak(a1), "BANK_ACCOUNT"), " no wait sorry that's the old one it's ", (speak(a2), "BANK_ACCOUNT")]),
         (A, ["okay ", (speak(a2, doubles=False), "BANK_ACCOUNT")])]
    return build("positive", "call/banking (UK): self-correction of account number, agent reads back", t)


def p_bank_us():
    acc = digits(R.randint(9, 12))
    routing = digits(9)
    t = [(A, ["what's the checking account number you want the refund sent to"]),
         (C, ["account number ", (speak(acc, pairs=0.3), "BANK_ACCOUNT")]), (A, ["got it"])]
    return build("positive", "call/retail (US): checking account number spoken", t)


def p_iban():
    ib = make_iban()
    f = R.randint(0, 2)
    if f == 0:
        t = [(C, ["IBAN: ", (group_iban(ib), "IBAN"), " please refund the \u20ac%d there" % R.randint(40, 900)])]
        note = "chat/travel (EU): IBAN typed in groups of four next to amount"
    elif f == 1:
        t = [(A, ["Can you send the IBAN for the transfer?"]), (C, [(ib.lower() if R.random() < 0.4 else ib, "IBAN")])]
        note = "chat/banking (EU): IBAN typed compact"
    else:
        cc = " ".join(speak_letter(x, "plain") for x in ib[:2])
        rest = []
        for ch_ in ib[2:]:
            rest.append(UNITS[int(ch_)] if ch_.isdigit() else speak_letter(ch_, ch("plain", "nato")))
        t = [(A, ["go ahead with the iban"]), (C, [(cc + " " + " ".join(rest), "IBAN")])]
        note = "call/insurance (IE/EU): IBAN spelled out letter by letter"
    return build("positive", note, t)


def p_phone_chat():
    reg, p = make_phone()
    v = fmt_phone(reg, p)
    t = [(A, ["What's the best number to reach you on?"]),
         (C, [ch("", "call me on ", "mob: ", "you can reach me at "), (v, "PHONE"), ch("", " after 5pm", " anytime", " - thanks!")])]
    return build("positive", "chat/%s: phone typed (%s)" % (ch("telecom", "retail", "travel"), reg), t)


def p_phone_call():
    reg, p = make_phone(ch("uk_mob", "us", "ie", "uk_land", "uk_intl"))
    if reg == "uk_intl":
        sp = "plus four four " + speak(p[2:], pairs=0.2)
    elif reg == "us":
        sp = speak_groups(p, [3, 3, 4], pairs=0.3)
    else:
        sp = speak(p, pairs=0.2, fillers=0.08)
    f = R.randint(0, 1)
    if f == 0:
        t = [(A, ["and a contact number"]), (C, [ch("yeah it's ", "it's ", "that'd be my mobile "), (sp, "PHONE")])]
    else:
        half = len(p) // 2
        t = [(A, ["and a contact number"]), (C, [(speak(p[:half]), "PHONE")]), (A, ["mhm"]),
             (C, [(speak(p[half:]), "PHONE")])]
    return build("positive", "call/%s: phone number spoken (%s)" % (ch("telecom", "utilities", "healthcare billing"), reg), t)


def p_email_chat():
    e = make_email()
    v = e if R.random() < 0.7 else e.upper() if R.random() < 0.3 else e.capitalize()
    t = [(C, [ch("my email is ", "email: ", "send it to ", "pls use "), (v, "EMAIL"), ch("", " ta", " thank you", "!")])]
    return build("positive", "chat/%s: email typed" % ch("retail", "travel", "telecom"), t)


def p_email_call():
    e = make_email()
    t = [(A, ["and what's the best email address"]),
         (C, [ch("it's ", "yeah ", ""), (speak_email(e), "EMAIL")]),
         (A, ["lovely thank you"])]
    return build("positive", "call/%s: email spoken with 'dot' and 'at'" % ch("insurance", "utilities", "travel"), t)


def p_dob():
    call = R.random() < 0.6
    d = dob_forms(call)
    if call:
        t = [(A, [ch("and can you confirm your date of birth", "for security what's your date of birth")]),
             (C, [ch("yeah it's ", "", "it's ", "um "), (d, "DOB")])]
    else:
        t = [(A, ["Please confirm your DOB"]), (C, [ch("", "DOB ", "born "), (d, "DOB")])]
    return build("positive", "%s/%s: date of birth" % ("call" if call else "chat", ch("banking", "insurance", "healthcare billing")), t)


def p_address():
    call = R.random() < 0.6
    if R.random() < 0.5:
        pc = make_uk_postcode()
        town = R.choice(TOWNS_UK)
        us = False
    else:
        pc, town, us = make_zip(), "%s %s" % R.choice(TOWNS_US), True
    ad = address_forms(call)
    if call:
        pcs = speak_postcode(pc) if not us else speak(pc.replace("-", ""), pairs=0.2)
        t = [(A, ["can i take the first line of your address and postcode" if not us else "and your address with zip"]),
             (C, [ch("it's ", "yeah ", ""), (ad, "ADDRESS"), " %s " % town, (pcs, "POSTCODE")])]
    else:
        t = [(C, ["new address is ", (ad, "ADDRESS"), ", %s " % town.title(), (pc, "POSTCODE")])]
    return build("positive", "%s/%s: street address and %s" % ("call" if call else "chat", ch("utilities", "retail", "insurance"), "zip" if us else "postcode"), t)


def p_postcode_split():
    pc = make_uk_postcode()
    out, inn = pc.split(" ")
    t = [(A, ["what's the postcode there"]), (C, [(speak_postcode(out), "POSTCODE")]), (A, ["yep"]),
         (C, [(speak_postcode(inn), "POSTCODE")])]
    return build("positive", "call/utilities (UK): postcode split across turns (outward/inward)", t)


def p_combo_ie():
    reg, p = make_phone("ie")
    ib = make_iban()
    t = [(A, ["Can I get a contact number and the IBAN for the refund"]),
         (C, ["mobile ", (fmt_phone(reg, p), "PHONE"), " and iban ", (group_iban(ib), "IBAN")])]
    return build("positive", "chat/travel (IE): phone and IBAN in one message", t)


def p_combo_call():
    n = make_ni()
    d = dob_forms(True)
    t = [(A, ["okay so i'll need your date of birth and national insurance number"]),
         (C, ["sure it's ", (d, "DOB"), " and the ni number is ", (speak_ni(n), "NI_NUMBER"),
              " sorry i've been on hold for %s minutes" % pair_word(R.randint(12, 45))])]
    return build("positive", "call/government services (UK): DOB and NI in one turn plus a duration", t)


def p_ssn_zip_chat():
    s = make_ssn()
    t = [(C, ["Name: %s %s\nSSN: " % (R.choice(FIRST).title(), R.choice(LAST).title()), ("%s-%s-%s" % (s[:3], s[3:5], s[5:]), "SSN"),
              "\nAddress: ", (address_forms(False), "ADDRESS"), ", %s %s " % R.choice(TOWNS_US), (make_zip(), "POSTCODE"),
              "\nPhone: ", (fmt_phone("us", make_phone("us")[1]), "PHONE")])]
    return build("positive", "chat/insurance (US): form-like message with SSN, address, zip, phone", t)


def p_ni_card_call():
    n = make_ni()
    c = make_card()
    sizes = [4, 6, 5] if len(c) == 15 else [4] * (len(c) // 4) + ([len(c) % 4] if len(c) % 4 else [])
    t = [(C, ["my national insurance is ", (speak_ni(n), "NI_NUMBER")]), (A, ["thank you and the card"]),
         (C, [(speak_groups(c, sizes, pairs=0.2), "CARD_NUMBER")])]
    return build("positive", "call/government services (UK): NI then card number", t)


def p_sort_split():
    sc, acc = digits(6), digits(8)
    t = [(A, ["what's the sort code of the new account"]),
         (C, [ch("", "right it's ", "uh "), (speak(sc[:2]), "SORT_CODE")]), (A, ["yep"]),
         (C, [(speak(sc[2:4]), "SORT_CODE")]), (A, ["mhm"]),
         (C, [(speak(sc[4:]), "SORT_CODE"), " and then the account number is ", (speak_groups(acc, [4, 4], pairs=0.3), "BANK_ACCOUNT")]),
         (A, ["so that's sort code ", (speak_groups(sc, [2, 2, 2], doubles=False), "SORT_CODE"), " account ",
              (speak(acc, doubles=False), "BANK_ACCOUNT"), " and your monthly payment stays at %s pounds" % num_words(R.randint(20, 150))])]
    return build("positive", "call/%s (UK): sort code in pairs over three turns, account in same turn, agent read-back with amount" % ch("utilities", "banking", "insurance"), t)


def p_card_interrupted():
    c = make_card()
    while len(c) != 16:
        c = make_card()
    t = [(A, ["can i take the long card number"]),
         (C, ["yep hang on it's ", (speak(c[:8], pairs=0.3, homo=0.2), "CARD_NUMBER"),
              " sorry the dog's going mad one second"]),
         (A, ["no problem take your time"]),
         (C, ["right where was i ", (speak(c[8:], pairs=0.3, homo=0.2), "CARD_NUMBER")]),
         (A, ["and that's a %s card is it" % ch("credit", "debit")]), (C, ["yeah"])]
    return build("positive", "call/%s: card split around chit-chat, homophones 'for'/'to' possible" % ch("retail", "telecom"), t)


def p_email_dob_chat():
    e = make_email()
    d = dob_forms(False)
    t = [(A, ["For security can you confirm the email on the account and your date of birth?"]),
         (C, [(e, "EMAIL"), " / ", (d, "DOB"), " - customer for %d yrs lol" % R.randint(2, 25)])]
    return build("positive", "chat/%s: email and DOB separated by a slash, tenure in years unlabelled" % ch("insurance", "banking"), t)


def p_phone_us_call():
    reg, p = make_phone("us")
    sp = "area code %s then %s %s" % (speak(p[:3], pairs=0.0), speak(p[3:6]), speak(p[6:], pairs=0.5))
    t = [(A, ["what's a good callback number"]), (C, [(sp.replace("area code ", "").replace(" then ", " "), "PHONE"), " that's my cell"])]
    return build("positive", "call/healthcare billing (US): callback number spoken in 3-3-4 groups with occasional pairs", t)


POS = [(p_card_chat, 5), (p_card_call_one, 6), (p_card_call_split, 3), (p_card_readback, 2),
       (p_card_mixed_chat, 2), (p_ssn_chat, 5), (p_ssn_call, 5), (p_ni_chat, 4), (p_ni_call, 5),
       (p_bank_uk, 4), (p_sort_split, 2), (p_bank_selfcorrect, 1), (p_bank_us, 1), (p_iban, 6), (p_phone_chat, 3),
       (p_phone_call, 3), (p_email_chat, 3), (p_email_call, 3), (p_dob, 4), (p_address, 5),
       (p_postcode_split, 1), (p_combo_ie, 1), (p_combo_call, 2), (p_ssn_zip_chat, 2), (p_ni_card_call, 2), (p_card_interrupted, 2), (p_email_dob_chat, 2), (p_phone_us_call, 1)]


# ---- negative templates -------------------------------------------------
def n_amounts():
    a = R.randint(12, 2400)
    call = R.random() < 0.5
    if call:
        t = [(C, ["how much is the final bill"]), (A, ["so the balance is %s pounds and %s pence and the next payment of %s is due on the %s of %s"
              % (num_words(a % 1000), pair_word(R.randint(1, 99)), num_words(R.randint(20, 400)), ORD[R.randint(1, 28)], R.choice(MONTHS))])]
    else:
        t = [(A, ["Your outstanding balance is $%d.%02d and your minimum payment is $%d.00, due %s %d." % (a, R.randint(0, 99), R.randint(25, 90), R.choice(MONTHS).title(), R.randint(1, 28))])]
    return build("negative", "%s/banking: balances, amounts and a payment due date" % ("call" if call else "chat"), t)


def n_reference():
    ref = digits(R.randint(6, 10))
    word = ch("order number", "reference number", "ticket number", "claim number", "invoice number", "case reference")
    call = R.random() < 0.5
    if call:
        t = [(A, ["have you got the %s there" % word]), (C, ["yeah the %s is %s" % (word, speak(ref, pairs=0.3))])]
    else:
        t = [(C, ["My %s is %s and it still hasn't arrived" % (word, ch(ref, "#" + ref, ref[:4] + "-" + ref[4:]))])]
    return build("negative", "%s/retail: %s (not PII)" % ("call" if call else "chat", word), t)


def n_flight():
    fl = R.choice(["EI", "BA", "FR", "UA", "AA", "LH", "DL"])
    n = R.randint(100, 9999)
    call = R.random() < 0.5
    if call:
        t = [(C, ["i'm on flight %s %s %s leaving at %s %s from gate %s" % (speak_letter(fl[0], "plain"), speak_letter(fl[1], "plain"),
                  num_words(n) if n < 1000 else speak(str(n), doubles=False), pair_word(R.randint(1, 12)), pair_word(R.randint(10, 59)), pair_word(R.randint(1, 40)))])]
    else:
        t = [(C, ["Booked on %s%d on %d %s, departing %02d:%02d, seat %d%s" % (fl, n, R.randint(1, 28), R.choice(MONTHS).title(), R.randint(5, 22), R.randint(0, 59), R.randint(1, 40), R.choice("ABCDEF"))])]
    return build("negative", "%s/travel: flight number, time, seat" % ("call" if call else "chat"), t)


def n_meter():
    r1 = digits(5)
    call = R.random() < 0.5
    if call:
        t = [(A, ["can you read me the meter"]), (C, ["yeah it says %s and the other dial is %s" % (speak(r1, pairs=0.3), speak(digits(5), pairs=0.3))])]
    else:
        t = [(C, ["Meter reading today: %s kWh (night %s). Tariff went up %d%%" % (r1, digits(5), R.randint(3, 40))])]
    return build("negative", "%s/utilities: meter readings and a percentage" % ("call" if call else "chat"), t)


def n_appointment():
    call = R.random() < 0.5
    d, m, y = R.randint(1, 28), R.randint(1, 12), R.randint(2025, 2027)
    if call:
        t = [(A, ["i can book you in on the %s of %s at %s thirty" % (ORD[d], MONTHS[m - 1], pair_word(R.randint(1, 11))) ]),
             (C, ["the %s yeah that's fine i'm off work from the %s" % (ORD[d], ORD[R.randint(1, 28)])])]
    else:
        t = [(A, ["Your engineer visit is booked for %02d/%02d/%d between 8am and 12pm." % (d, m, y)])]
    return build("negative", "%s/telecom: appointment date and time window (not a DOB)" % ("call" if call else "chat"), t)


def n_contract():
    y = R.randint(2015, 2025)
    t = [(C, ["i've been with you since %s and my contract started on %s %d %s" % (speak_year(y) if R.random() < 0.5 else str(y), ORD[R.randint(1, 28)], R.randint(1, 28) * 0 + y, "")])]
    t = [(C, ["i've been a customer since %d, contract started %d %s %d and i'm paying %d%% more now" % (y, R.randint(1, 28), R.choice(MONTHS), y + 1, R.randint(5, 30))])]
    return build("negative", "chat/telecom: customer-since year, contract start date, percentage", t)


def n_age_temp():
    t = [(C, ["my mum is %s and the heating's been off for %s days it's %s degrees in here" % (pair_word(R.randint(70, 95)), pair_word(R.randint(2, 19)), pair_word(R.randint(4, 14)))])]
    return build("negative", "call/utilities: age, duration, temperature", t)


def n_model():
    m = ch("SM-G%d" % R.randint(900, 999), "iPhone %d" % R.randint(11, 16), "WH-%dXM%d" % (R.randint(100, 1000), R.randint(2, 5)),
           "KX-TG%d" % R.randint(1000, 9999))
    t = [(C, ["The %s I bought for \u00a3%d stopped working after %d weeks, serial starts %s" % (m, R.randint(30, 999), R.randint(2, 12), digits(4))])]
    return build("negative", "chat/retail: model number, price, duration", t)


def n_room_speed():
    t = [(C, ["i'm in room %s on the %s floor and the wifi is only getting %s megabits it should be %s" % (num_words(R.randint(101, 640)), ORD[R.randint(1, 9)], pair_word(R.randint(2, 20)), num_words(R.randint(100, 900)))])]
    return build("negative", "call/travel: room number, floor, speed", t)


def n_counts():
    t = [(A, ["so that's %s items on the order %s are back ordered and the delivery is %s to %s working days" % (
        pair_word(R.randint(2, 30)), UNITS[R.randint(2, 5)], UNITS[R.randint(2, 5)], UNITS[R.randint(6, 9)])]),
        (C, ["okay and it's %s percent off is that right" % pair_word(R.randint(10, 50))])]
    return build("negative", "call/retail: counts, working days, percentage", t)


def n_last_payment():
    t = [(C, ["I paid \u20ac%d.%02d on %d/%d/%d ref %s but it shows as %d days overdue" % (R.randint(20, 500), R.randint(0, 99), R.randint(1, 28), R.randint(1, 12), R.randint(2024, 2026), digits(8), R.randint(3, 60))])]
    return build("negative", "chat/utilities (IE): payment date, amount, payment reference, days overdue", t)


def n_claim_call():
    t = [(A, ["your claim reference is %s and the excess is %s pounds" % (speak(digits(8), pairs=0.2), num_words(R.randint(100, 500)))]),
         (C, ["okay and the accident was on the %s of %s at about %s o'clock" % (ORD[R.randint(1, 28)], R.choice(MONTHS), pair_word(R.randint(1, 12)))])]
    return build("negative", "call/insurance: claim reference, excess amount, incident date and time", t)


def n_hold_time():
    t = [(C, ["i've been on hold %d minutes, rang %d times this week, this is ridiculous for a \u00a3%d.99 package" % (R.randint(10, 90), R.randint(2, 9), R.randint(20, 80))])]
    return build("negative", "chat/telecom: durations, counts, price", t)


def n_built_year():
    t = [(C, ["the house was built in %s and the boiler's about %s years old we had it serviced on the %s of %s" % (
        speak_year(R.randint(1890, 1985)), pair_word(R.randint(5, 25)), ORD[R.randint(1, 28)], R.choice(MONTHS))])]
    return build("negative", "call/insurance: build year, age of boiler, service date (not a DOB)", t)


def n_price_spoken():
    t = [(A, ["the unlimited plan is %s ninety nine a month for %s months then it goes up to %s pounds" % (
        pair_word(R.randint(12, 45)), pair_word(R.randint(12, 24)), pair_word(R.randint(30, 60)))])]
    return build("negative", "call/telecom: spoken prices and contract length", t)


def n_tracking():
    tr = digits(10)
    t = [(A, ["Your parcel tracking number is %s, expected %s %d between %d and %dpm." % (
        tr, R.choice(MONTHS).title(), R.randint(1, 28), R.randint(1, 3), R.randint(4, 6))])]
    return build("negative", "chat/retail: 10-digit tracking number with its reference word, delivery date", t)


def n_policy_call():
    t = [(A, ["your policy renews on the %s of %s and the premium is %s pounds %s a month that's up %s percent" % (
        ORD[R.randint(1, 28)], R.choice(MONTHS), num_words(R.randint(20, 99)), pair_word(R.randint(10, 99)), UNITS[R.randint(2, 9)])]),
         (C, ["and what's the policy number again"]), (A, ["policy number %s" % speak(digits(8), pairs=0.3)])]
    return build("negative", "call/insurance: renewal date, premium, percentage, policy number", t)


NEG = [(n_amounts, 2), (n_reference, 3), (n_flight, 1), (n_meter, 1), (n_appointment, 2), (n_contract, 1),
       (n_age_temp, 1), (n_model, 1), (n_room_speed, 1), (n_counts, 1), (n_last_payment, 1), (n_claim_call, 1),
       (n_hold_time, 1), (n_built_year, 1), (n_price_spoken, 1), (n_tracking, 1), (n_policy_call, 1)]


def weighted_sequence(table, n):
    seq = []
    while len(seq) < n:
        for fn, w in table:
            seq.extend([fn] * w)
    return seq[:n]


def generate():
    global R
    R = random.Random(SEED)
    cases = []
    for i, fn in enumerate(weighted_sequence(POS, N_POS)):
        c = fn()
        c = {"id": "h48-pos-%03d" % (i + 1), **c}
        cases.append(c)
    for i, fn in enumerate(weighted_sequence(NEG, N_NEG)):
        c = fn()
        c = {"id": "h48-neg-%03d" % (i + 1), **c}
        cases.append(c)
    return cases


N_POS, N_NEG = 190, 110


def dump(cases):
    return "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cases)


def counts(cases):
    cnt = Counter(s["type"] for c in cases for s in c["spans"])
    return cnt


def readme(cases):
    cnt = counts(cases)
    npos = sum(c["kind"] == "positive" for c in cases)
    nneg = len(cases) - npos
    rows = "\n".join("| %s | %d |" % (t, cnt[t]) for t in TYPES)
    return README_TMPL.format(npos=npos, nneg=nneg, rows=rows, total=sum(cnt.values()), seed=SEED)


README_TMPL = """# PII held-out set h48

**Never use this set for tuning.** It is a held-out evaluation set; looking at
failures here and changing the redactor to fix them destroys its value.

## Who wrote it and how

Written by an AI helper acting as an independent test author. The author did
not see the redaction code, its tests, its docs or the other PII fixtures; the
only existing data it looked at was a 3-line example of the JSONL format.
Cases are produced by `scripts/make_pii_holdout48.py` from template functions:
every turn is assembled from plain-text segments and (value, TYPE) segments, so
offsets are computed, never typed by hand. All values come from one seeded
`random.Random({seed})`; output is byte-for-byte reproducible.

`python scripts/make_pii_holdout48.py --check` regenerates the set, checks it is
identical to the file, ids are unique, offsets are in range, on word boundaries
and non-overlapping, and validates each labelled value after normalising spoken
forms (Luhn for cards, mod-97 for IBANs, NI format, 9 digits for SSN, 6 for sort
codes, digit counts for CVV/phone/account, UK postcode / US ZIP shapes). Spans
of one type that are chunks of one value split across turns are validated
together.

## Contents

{npos} positive cases, {nneg} negative cases, {total} labelled spans.

| type | spans |
|---|---|
{rows}

Chat cases are typed text (varied separators, case, layout); call cases mimic an
ASR transcript (lower case, numbers as words, "oh"/"o"/"nought"/"zero" for 0,
"double"/"triple", pairs like "forty one", homophones "for"/"to" for 4/2,
fillers "um"/"uh", letters as "b for bravo" / "s for sugar", e-mails as
"j dot doe at gmail dot com"), values split over turns with agent
back-channels, agent read-backs, self-corrections, and several values per turn.
Industries: banking, telecom, utilities, retail, insurance, travel, healthcare
billing, government services; countries US, UK, Ireland, EU.

## Annotation conventions

- A span covers only the value itself: lead-in words ("it's", "my card is",
  "sort code") are outside; fillers *inside* a reading ("um", "uh") are inside.
- A value split over several turns gets one span per turn (each chunk).
- Every repetition (agent read-back, self-correction: both the wrong and the
  corrected value) is labelled.
- CARD_NUMBER: all digits/words of the number, including internal separators.
- NI_NUMBER: both prefix letters (including "for bravo" style spellings), the
  six digits and the suffix letter.
- IBAN: country code through the last character.
- PHONE: includes "+44"/"plus four four"/"(0)"/parentheses; no lead-in word.
- EMAIL: the full address, or its spoken form "x dot y at domain dot com".
- DOB: the whole date expression ("the third of may nineteen eighty one").
- EXPIRY: month and year expression only. CVV: the 3-4 digits only.
- ADDRESS: the street line (optional flat number, house number, street name);
  the town is not labelled and the postcode/ZIP is a separate POSTCODE span.
- Negatives contain money, prices, balances, times, durations, counts, years,
  percentages, non-birth dates, order/ticket/claim/invoice/reference numbers,
  flight numbers, room numbers, model numbers, meter readings, speeds, ages and
  temperatures; nothing in them should be redacted.
"""


def check(text, cases):
    problems = []
    if not CASES.exists():
        return ["cases.jsonl missing"]
    if CASES.read_text(encoding="utf-8") != text:
        problems.append("cases.jsonl differs from regenerated output")
    if not README.exists() or README.read_text(encoding="utf-8") != readme(cases):
        problems.append("README.md differs from regenerated output")
    ids = [c["id"] for c in cases]
    if len(set(ids)) != len(ids):
        problems.append("duplicate ids")
    for c in cases:
        if c["kind"] == "negative" and c["spans"]:
            problems.append("%s: negative with spans" % c["id"])
        if c["kind"] == "positive" and not c["spans"]:
            problems.append("%s: positive without spans" % c["id"])
        byturn = {}
        bytype = {}
        for s in c["spans"]:
            if s["type"] not in TYPES:
                problems.append("%s: bad type %s" % (c["id"], s["type"]))
            if not (0 <= s["turn"] < len(c["turns"])):
                problems.append("%s: bad turn" % c["id"])
                continue
            tx = c["turns"][s["turn"]]["text"]
            if not (0 <= s["start"] < s["end"] <= len(tx)):
                problems.append("%s: offsets out of range" % c["id"])
                continue
            if s["start"] > 0 and tx[s["start"] - 1].isalnum() or s["end"] < len(tx) and tx[s["end"]].isalnum():
                problems.append("%s: span not on word boundary: %r" % (c["id"], tx[s["start"]:s["end"]]))
            val = tx[s["start"]:s["end"]]
            if val != val.strip() or not val[0].isalnum() and val[0] not in "+(" or not val[-1].isalnum():
                problems.append("%s: span has edge junk %r" % (c["id"], val))
            byturn.setdefault(s["turn"], []).append((s["start"], s["end"]))
            bytype.setdefault(s["type"], []).append(val)
        for t, lst in byturn.items():
            lst.sort()
            for a, b in zip(lst, lst[1:]):
                if a[1] > b[0]:
                    problems.append("%s: overlapping spans" % c["id"])
        for typ, vals in bytype.items():
            if not partial_ok(typ, vals):
                problems.append("%s: %s value(s) fail validation: %r -> %r" % (c["id"], typ, vals, [normalise(v) for v in vals]))
    cnt = counts(cases)
    for t in TYPES:
        need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
        if cnt[t] < need:
            problems.append("type %s has %d spans (< %d)" % (t, cnt[t], need))
    npos = sum(c["kind"] == "positive" for c in cases)
    if npos < 170 or len(cases) - npos < 100:
        problems.append("too few cases: %d pos %d neg" % (npos, len(cases) - npos))
    return problems


def main():
    cases = generate()
    text = dump(cases)
    cnt = counts(cases)
    npos = sum(c["kind"] == "positive" for c in cases)
    summary = "positives=%d negatives=%d spans=%d\n" % (npos, len(cases) - npos, sum(cnt.values()))
    summary += "\n".join("  %-13s %d" % (t, cnt[t]) for t in TYPES)
    if "--check" in sys.argv[1:]:
        problems = check(text, cases)
        print(summary)
        if problems:
            for p in problems:
                print("PROBLEM:", p)
            print("CHECK FAILED (%d problems)" % len(problems))
            sys.exit(1)
        print("CHECK OK")
        return
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    CASES.write_text(text, encoding="utf-8")
    README.write_text(readme(cases), encoding="utf-8")
    print(summary)
    print("wrote", CASES.relative_to(ROOT), "and", README.relative_to(ROOT))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set h46.

Written by an AI helper acting as an independent author (did not see the
redaction code).  Standard library only.  Every value comes from one seeded
random.Random so the output is byte-for-byte reproducible.

    python scripts/make_pii_holdout46.py          # write fixture + README
    python scripts/make_pii_holdout46.py --check  # regenerate and verify
"""
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

SEED = 46241123
ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "tests" / "fixtures" / "pii_holdout46"
CASES = OUT_DIR / "cases.jsonl"
README = OUT_DIR / "README.md"
TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

R = random.Random(SEED)

# ---------------------------------------------------------------- spoken forms
DW = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = {"ten": "10", "eleven": "11", "twelve": "12", "thirteen": "13", "fourteen": "14",
         "fifteen": "15", "sixteen": "16", "seventeen": "17", "eighteen": "18", "nineteen": "19"}
TENS = {"twenty": "2", "thirty": "3", "forty": "4", "fifty": "5", "sixty": "6",
        "seventy": "7", "eighty": "8", "ninety": "9"}
TENS_BY_D = {v: k for k, v in TENS.items()}
TEENS_BY_D = {v: k for k, v in TEENS.items()}
NATO = ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india",
        "juliet", "kilo", "lima", "mike", "november", "oscar", "papa", "quebec", "romeo",
        "sierra", "tango", "uniform", "victor", "whiskey", "xray", "yankee", "zulu"]
NATO_MAP = {w: w[0] for w in NATO}
NATO_MAP.update({"whisky": "w", "x-ray": "x", "juliette": "j"})
HOMO = {"bee": "B", "see": "C", "sea": "C", "dee": "D", "gee": "G", "jay": "J", "kay": "K",
        "pee": "P", "tee": "T", "why": "Y", "zed": "Z", "ex": "X", "are": "R", "em": "M", "en": "N"}
WORD_DIGIT = {w: str(i) for i, w in enumerate(DW)}
WORD_DIGIT.update({"oh": "0", "nought": "0", "naught": "0", "o": "0", "zero": "0",
                   "won": "1", "to": "2", "too": "2", "for": "4", "ate": "8"})
FILLER = {"um", "uh", "er", "erm", "ah", "mhm", "sorry", "dash", "hyphen", "space", "then",
          "and", "slash", "like", "so", "no", "wait", "the", "of", "i", "mean", "plus"}


def say(ds, zero="oh", doubles=True, pairs=False, rng=None):
    """Speak a digit string the way a caller would / an ASR would write it."""
    rng = rng or R
    out = []
    i = 0
    n = len(ds)
    while i < n:
        d = ds[i]
        zw = zero if zero != "mix" else rng.choice(["oh", "zero", "o"])
        run = 1
        while i + run < n and ds[i + run] == d and run < 3:
            run += 1
        if doubles and run == 3:
            out.append("triple " + (zw if d == "0" else DW[int(d)]))
            i += 3
            continue
        if doubles and run == 2:
            out.append("double " + (zw if d == "0" else DW[int(d)]))
            i += 2
            continue
        if pairs and i + 1 < n and d != "0" and ds[i + 1] != "0" and ds[i + 1] != ds[i]:
            if d == "1":
                out.append(TEENS_BY_D[ds[i:i + 2]])
            else:
                out.append(TENS_BY_D[d] + " " + DW[int(ds[i + 1])])
            i += 2
            continue
        out.append(zw if d == "0" else DW[int(d)])
        i += 1
    return " ".join(out)


def norm_alnum(text, letters=False):
    """Normalise a (possibly spoken) value to its digits (and letters)."""
    toks = re.findall(r"x-ray|[a-z0-9]+", text.lower())
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if t in ("double", "triple") and nxt is not None:
            k = 2 if t == "double" else 3
            if nxt in WORD_DIGIT:
                out.append(WORD_DIGIT[nxt] * k)
            elif letters and len(nxt) == 1:
                out.append(nxt.upper() * k)
            i += 2
            continue
        if t.isdigit():
            out.append(t)
        elif letters and re.fullmatch(r"[a-z]*\d[a-z0-9]*", t):
            out.append(t.upper())
        elif t in TEENS:
            out.append(TEENS[t])
        elif t in TENS:
            if nxt in WORD_DIGIT and nxt not in ("oh", "o", "nought", "zero", "to", "too", "for"):
                out.append(TENS[t] + WORD_DIGIT[nxt])
                i += 1
            else:
                out.append(TENS[t] + "0")
        elif t == "hundred":
            out.append("00")
        elif t == "thousand":
            out.append("000")
        elif letters and t in HOMO:
            out.append(HOMO[t])
        elif letters and t in NATO_MAP:
            out.append(NATO_MAP[t].upper())
        elif letters and t == "for" and out and out[-1].isalpha() and nxt in NATO_MAP:
            i += 2  # "b for bravo"
            continue
        elif letters and len(t) == 1 and t.isalpha():
            out.append(t.upper())
        elif (letters and t.isalpha() and 2 <= len(t) <= 4 and t not in FILLER and t not in WORD_DIGIT
              and t not in NATO_MAP and t not in ("for", "hundred")):
            out.append(t.upper())
        elif t in WORD_DIGIT:
            out.append(WORD_DIGIT[t])
        elif t in FILLER:
            pass
        else:
            out.append("?" + t)
        i += 1
    return "".join(out)


def luhn_ok(ds):
    s = 0
    for i, ch in enumerate(reversed(ds)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return s % 10 == 0


def iban_ok(s):
    s = re.sub(r"\s", "", s).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in r)
    return int(num) % 97 == 1


MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
MON3 = [m[:3] for m in MONTHS]
STREET_WORDS = {"street", "st", "road", "rd", "avenue", "ave", "lane", "ln", "drive", "dr",
                "close", "court", "ct", "way", "crescent", "place", "pl", "terrace", "grove",
                "boulevard", "blvd", "gardens", "park", "row", "hill", "square", "walk",
                "mews", "strasse", "straße", "rue", "apt", "apartment", "flat", "unit", "view",
                "circle", "highway", "hwy", "parade", "green", "rise", "street.", "pike", "kingsway"}
UK_PC = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$")
IE_EIR = re.compile(r"^[A-Z]\d{2}[A-Z0-9]{4}$")


def validate(typ, text):
    """Return an error string or None."""
    low = text.lower()
    if typ == "CARD_NUMBER":
        d = norm_alnum(text)
        return None if re.fullmatch(r"\d{13,19}", d) and luhn_ok(d) else "bad card %r" % d
    if typ == "CVV":
        d = norm_alnum(text)
        return None if re.fullmatch(r"\d{3,4}", d) else "bad cvv %r" % d
    if typ == "EXPIRY":
        d = norm_alnum(re.sub(r"[a-z]+", lambda m: "" if m.group(0) in MONTHS or m.group(0) in MON3 else m.group(0), low))
        if re.fullmatch(r"\d{2,6}", d) or any(m in low for m in MON3):
            return None
        return "bad expiry %r" % d
    if typ == "SSN":
        d = norm_alnum(text)
        return None if re.fullmatch(r"\d{9}", d) else "bad ssn %r" % d
    if typ == "NI_NUMBER":
        d = norm_alnum(text, letters=True)
        ok = re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", d)
        return None if ok else "bad ni %r" % d
    if typ == "BANK_ACCOUNT":
        d = norm_alnum(text)
        return None if re.fullmatch(r"\d{7,12}", d) else "bad account %r" % d
    if typ == "SORT_CODE":
        d = norm_alnum(text)
        return None if re.fullmatch(r"\d{6}", d) else "bad sort %r" % d
    if typ == "IBAN":
        d = norm_alnum(text, letters=True)
        return None if iban_ok(d) else "bad iban %r" % d
    if typ == "PHONE":
        d = norm_alnum(text.replace("+", " "))
        return None if re.fullmatch(r"\d{10,13}", d) else "bad phone %r" % d
    if typ == "EMAIL":
        if "@" in text:
            e = text
        else:
            toks = re.findall(r"[a-z0-9]+", low)
            m = {"at": "@", "dot": ".", "underscore": "_", "dash": "-", "hyphen": "-"}
            e = "".join(m.get(t, WORD_DIGIT.get(t, t) if t in DW else t) for t in toks)
        return None if re.fullmatch(r"[A-Za-z0-9._+-]+@[A-Za-z0-9-]+(\.[A-Za-z]{2,})+", e) else "bad email %r" % e
    if typ == "DOB":
        if any(m in low for m in MON3) or re.search(r"\d", low) or re.search(r"nineteen|two thousand|twenty", low):
            return None
        return "bad dob"
    if typ == "POSTCODE":
        d = norm_alnum(text, letters=True)
        if UK_PC.match(d) or IE_EIR.match(d) or re.fullmatch(r"\d{5}(\d{4})?", d):
            return None
        return "bad postcode %r" % d
    if typ == "ADDRESS":
        ws = set(re.findall(r"[a-zß.]+", low))
        return None if ws & STREET_WORDS else "bad address %r" % text
    return "unknown type"


# ---------------------------------------------------------------- value makers
def luhn_complete(prefix, length):
    body = prefix + "".join(str(R.randrange(10)) for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def card():
    kind = R.choice(["visa", "visa", "mc", "mc", "amex", "disc"])
    if kind == "visa":
        return luhn_complete("4" + str(R.randrange(10)), 16), kind
    if kind == "mc":
        return luhn_complete("5" + str(R.randint(1, 5)), 16), kind
    if kind == "amex":
        return luhn_complete(R.choice(["34", "37"]), 15), kind
    return luhn_complete("6011", 16), kind


def group_card(c, sep=" "):
    if len(c) == 15:
        parts = [c[:4], c[4:10], c[10:]]
    else:
        parts = [c[i:i + 4] for i in range(0, len(c), 4)]
    return sep.join(parts), parts


def digits(n, first_nonzero=False):
    s = "".join(str(R.randrange(10)) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = str(R.randint(1, 9)) + s[1:]
    return s


def ssn():
    a = R.randint(1, 665)
    while a == 666:
        a = R.randint(1, 665)
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


NI1 = "ABCEGHJKLMNOPRSTWXYZ"
NI2 = "ABCEGHJKLMNPRSTWXYZ"


def ni():
    while True:
        p = R.choice(NI1) + R.choice(NI2)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + digits(6) + R.choice("ABCD")


def iban(cc=None):
    cc = cc or R.choice(["GB", "GB", "IE", "DE", "NL", "ES", "FR"])
    if cc == "GB":
        bban = R.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + digits(14)
    elif cc == "IE":
        bban = R.choice(["AIBK", "BOFI", "IPBS"]) + digits(14)
    elif cc == "DE":
        bban = digits(18)
    elif cc == "NL":
        bban = R.choice(["ABNA", "INGB", "RABO"]) + digits(10)
    elif cc == "ES":
        bban = digits(20)
    else:
        bban = digits(23)
    r = bban + cc + "00"
    num = "".join(str(int(c, 36)) for c in r)
    chk = 98 - int(num) % 97
    return cc + "%02d" % chk + bban


def group4(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


UK_AREAS = ["M", "B", "L", "G", "S", "E", "N", "W", "SW", "SE", "NW", "LS", "BS", "CF", "EH",
            "NE", "BT", "OX", "CB", "PO", "RG", "DY", "ST", "HU", "YO", "NG", "LE", "PL"]


CITY = {"M": "manchester", "B": "birmingham", "L": "liverpool", "G": "glasgow", "S": "sheffield", "LS": "leeds",
        "BS": "bristol", "CF": "cardiff", "EH": "edinburgh", "NE": "newcastle", "BT": "belfast", "OX": "oxford",
        "CB": "cambridge", "PO": "portsmouth", "RG": "reading", "NG": "nottingham", "LE": "leicester", "PL": "plymouth",
        "HU": "hull", "YO": "york", "ST": "stoke", "DY": "dudley", "E": "london", "N": "london", "W": "london",
        "SW": "london", "SE": "london", "NW": "london"}


def city_of(pc):
    return CITY[re.match(r"[A-Z]+", pc).group(0)]


def uk_postcode():
    a = R.choice(UK_AREAS)
    shape = R.choice(["9", "99", "9A"]) if len(a) <= 2 else "9"
    out = ""
    for ch in shape:
        out += str(R.randint(1, 9)) if ch == "9" else R.choice("ABEHJKPSTW")
    inward = str(R.randrange(10)) + R.choice("ABDEFGHJLNPQRSTUWXYZ") + R.choice("ABDEFGHJLNPQRSTUWXYZ")
    return a + out + " " + inward


def zipcode():
    return "%05d" % R.randint(1001, 99950)


FIRST = ["john", "sarah", "mike", "aisling", "priya", "tom", "maria", "liam", "grace", "omar",
         "chloe", "david", "niamh", "raj", "emma", "ciaran", "fatima", "paul", "lucy", "kevin"]
LAST = ["smith", "obrien", "patel", "jones", "murphy", "kowalski", "nguyen", "walsh", "brown",
        "garcia", "kelly", "evans", "hughes", "schmidt", "rossi", "byrne", "taylor", "khan"]
DOMAINS = [("gmail", "com"), ("yahoo", "co.uk"), ("hotmail", "com"), ("outlook", "ie"),
           ("icloud", "com"), ("btinternet", "com"), ("eircom", "net"), ("aol", "com"),
           ("proton", "me"), ("web", "de")]
STREETS_UK = ["Elm Grove", "Station Road", "Church Lane", "Victoria Street", "Mill Close",
              "Park Avenue", "Kingsway", "Harbour View", "Oak Crescent", "Queens Terrace"]
STREETS_US = ["Maple Street", "Oak Avenue", "Lincoln Drive", "Sunset Boulevard", "Pine Court",
              "Cedar Lane", "Washington Ave", "Hillcrest Road", "Lakeview Dr", "Elm St"]


def email_typed():
    f, l = R.choice(FIRST), R.choice(LAST)
    d, t = R.choice(DOMAINS)
    local = R.choice([f + "." + l, f[0] + l, f + l + str(R.randint(1, 99)), f + "_" + l,
                      l + "." + f[0] + str(R.randint(70, 99))])
    if R.random() < 0.2:
        local = local.capitalize()
    return local + "@" + d + "." + t


def email_spoken():
    f, l = R.choice(FIRST), R.choice(LAST)
    d, t = R.choice(DOMAINS)
    t_s = " dot ".join(t.split("."))
    style = R.randrange(4)
    if style == 0:
        return "%s dot %s at %s dot %s" % (f, l, d, t_s)
    if style == 1:
        return "%s %s at %s dot %s" % (f[0], l, d, t_s)
    if style == 2:
        n = R.randint(21, 99)
        return "%s %s %s at %s dot %s" % (f, l, say(str(n), pairs=True), d, t_s)
    return "%s underscore %s at %s dot %s" % (f, l, d, t_s)


def phone_value(country):
    if country == "UK":
        return "07" + digits(9)
    if country == "UKL":
        return "0" + R.choice(["161", "121", "113", "117", "131", "141", "20"]) + digits(7 if R.random() < 0.5 else 7)
    if country == "US":
        return str(R.randint(2, 9)) + digits(2) + str(R.randint(2, 9)) + digits(6)
    if country == "IE":
        return "08" + R.choice("35679") + digits(7)
    return "0" + digits(9)


def fmt_us_phone(p):
    return R.choice(["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s", "%s %s %s"]) % (p[:3], p[3:6], p[6:])


def fmt_uk_mobile(p):
    return R.choice(["%s %s", "%s%s", "+44 %s %s"]) % ((p[:5], p[5:]) if True else ())


def dob_parts():
    y = R.randint(1942, 2004)
    m = R.randint(1, 12)
    d = R.randint(1, 28)
    return d, m, y


ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
       "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
       "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty first", "twenty second",
       "twenty third", "twenty fourth", "twenty fifth", "twenty sixth", "twenty seventh",
       "twenty eighth"]


def say_year(y):
    if y >= 2000:
        r = y - 2000
        return "two thousand" + ("" if r == 0 else " and " + say_num(r)) if R.random() < 0.6 else "twenty " + ("oh " + DW[r] if r < 10 else say_num(r))
    hi, lo = divmod(y, 100)
    return say_num(hi) + " " + ("oh " + DW[lo] if lo < 10 else say_num(lo))


def say_amount(n):
    if n < 100:
        return say_num(n)
    h, r = divmod(n, 100)
    return DW[h] + " hundred" + ("" if r == 0 else " and " + say_num(r))


def say_num(n):
    if n < 10:
        return DW[n]
    if n < 20:
        return TEENS_BY_D[str(n)]
    t, u = divmod(n, 10)
    return TENS_BY_D[str(t)] + ("" if u == 0 else " " + DW[u])


# ---------------------------------------------------------------- templates
# A turn is (speaker, [segment, ...]); a segment is plain text or a tuple
# (value_text, TYPE[, group[, validate]]).  Spans sharing a group are validated
# as one concatenated value (values split across turns).
A, C = "agent", "customer"


def V(text, typ, group=None, check=True):
    return (text, typ, group, check)


def zero_for(country):
    return {"UK": "mix", "IE": "mix", "US": "zero"}.get(country, "oh") if R.random() < 0.5 else R.choice(["oh", "zero", "nought" if country in ("UK", "IE") else "o"])


POS = []
NEG = []


def pos(f):
    POS.append(f)
    return f


def neg(f):
    NEG.append(f)
    return f


@pos
def p_card_call_single():
    c, k = card()
    ind = R.choice(["telecom", "utilities", "insurance", "retail", "travel"])
    sp = say(c, zero=zero_for("UK"), doubles=R.random() < 0.5)
    pre = R.choice(["yeah it's ", "okay so it's ", "right ", "um ", ""])
    return [(A, ["and the long number across the front of the card please"]),
            (C, [pre, V(sp, "CARD_NUMBER")])], "call/%s: %s read digit by digit in one turn" % (ind, k)


@pos
def p_card_call_split():
    c, k = card()
    _, parts = group_card(c)
    z = zero_for(R.choice(["UK", "US"]))
    turns = [(A, [R.choice(["go ahead with the card number", "okay whenever you're ready with the card number",
                            "can i take the %s digits please" % ("fifteen" if k == "amex" else "sixteen")])])]
    bcs = ["mhm", "yep", "okay go on", "got it", "uh huh", "yes"]
    for i, p in enumerate(parts):
        segs = []
        if i == 0:
            segs.append(R.choice(["right ", "okay ", "", "so "]))
        segs.append(V(say(p, zero=z, pairs=R.random() < 0.3), "CARD_NUMBER", "c"))
        if R.random() < 0.3:
            segs.append(R.choice([" um", " yeah", " that's it"]) if i == len(parts) - 1 else R.choice([" um", ""]))
        turns.append((C, segs))
        if i < len(parts) - 1:
            turns.append((A, [R.choice(bcs)]))
    exp_m, exp_y = R.randint(1, 12), R.randint(26, 31)
    turns.append((A, ["and the expiry"]))
    turns.append((C, [V("%s %s" % (say("%02d" % exp_m, zero="oh", doubles=False), say_num(exp_y)), "EXPIRY")]))
    return turns, "call/%s: %s card split over %d turns with back-channels, then expiry" % (R.choice(["insurance", "telecom", "retail"]), k, len(parts))


@pos
def p_card_chat():
    c, k = card()
    sep = R.choice([" ", "-", "", " ", "  "])
    g, _ = group_card(c, sep)
    if sep == "" and R.random() < 0.5:
        g = c
    cvv = digits(4 if k == "amex" else 3)
    m, y = R.randint(1, 12), R.randint(26, 32)
    exp = R.choice(["%02d/%02d" % (m, y), "%02d/20%02d" % (m, y), "%02d-%02d" % (m, y), "%d/%02d" % (m, y)])
    style = R.randrange(3)
    if style == 0:
        t = [(C, ["card is ", V(g, "CARD_NUMBER"), " exp ", V(exp, "EXPIRY"), " cvv ", V(cvv, "CVV")])]
    elif style == 1:
        t = [(A, ["Please type the card number, expiry and the 3 digit code on the back."]),
             (C, [V(g, "CARD_NUMBER")]), (C, [V(exp, "EXPIRY")]), (C, ["security code ", V(cvv, "CVV")])]
    else:
        t = [(C, ["Hi can u take payment of £%d.%02d on card " % (R.randint(20, 400), R.randrange(100)), V(g, "CARD_NUMBER"),
                  ", expires ", V(exp, "EXPIRY"), " and the code is ", V(cvv, "CVV"), " thx"])]
    return t, "chat/%s: %s typed with separator %r plus expiry and cvv" % (R.choice(["retail", "utilities", "travel"]), k, sep)


@pos
def p_card_correction():
    c, k = card()
    wrong = list(c[:8])
    i = R.randrange(4, 8)
    wrong[i] = str((int(wrong[i]) + 3) % 10)
    wrong = "".join(wrong)
    z = zero_for("UK")
    return [(A, ["what's the card number"]),
            (C, [V(say(wrong[:8], zero=z), "CARD_NUMBER", "w", False), " no sorry ", V(say(c, zero=z), "CARD_NUMBER")]),
            (A, ["okay thank you"])], "call/telecom: caller starts card, self-corrects and restarts (%s)" % k


@pos
def p_card_readback():
    c, k = card()
    z = zero_for("US")
    cv = digits(4 if k == "amex" else 3)
    return [(C, [V(say(c, zero=z, doubles=False), "CARD_NUMBER")]),
            (A, ["let me read that back ", V(say(c, zero=z, doubles=True), "CARD_NUMBER"), " is that right"]),
            (C, ["yes that's right"]),
            (A, ["and the security code on the back"]),
            (C, ["it's ", V(say(cv, zero=z), "CVV")])], "call/retail: agent reads card back with doubles, cvv after"


@pos
def p_cvv_exp_call():
    m, y = R.randint(1, 12), R.randint(26, 31)
    cvv = digits(3)
    exp = R.choice(["%s of twenty %s" % (MONTHS[m - 1], say_num(y)),
                    "%s %s" % (say("%02d" % m, zero="oh", doubles=False), say_num(y)),
                    "%s twenty %s" % (MONTHS[m - 1], say_num(y)),
                    "%s slash %s" % (say_num(m), say_num(y))])
    return [(A, ["when does the card expire"]),
            (C, [R.choice(["um ", "it's ", ""]), V(exp, "EXPIRY")]),
            (A, ["and the three digits on the signature strip"]),
            (C, [V(say(cvv, zero=R.choice(["oh", "zero", "o"])), "CVV")]),
            (A, ["thank you that's gone through, the charge is %s pounds" % say_num(R.randint(11, 99))])], "call/utilities: expiry in words and cvv spoken"


@pos
def p_ssn_call():
    s = ssn()
    z = R.choice(["zero", "oh", "o"])
    style = R.randrange(4)
    if style == 0:
        sp = say(s, zero=z, doubles=False)
        t = [(A, ["can i get your social security number to verify"]), (C, ["sure ", V(sp, "SSN")])]
    elif style == 1:
        t = [(A, ["and your social"]), (C, [V(say(s[:3], zero=z), "SSN", "s")]), (A, ["okay"]),
             (C, [V(say(s[3:5], zero=z), "SSN", "s")]), (A, ["mhm"]), (C, [V(say(s[5:], zero=z, pairs=True), "SSN", "s")])]
    elif style == 2:
        t = [(A, ["last thing i need is the ssn on the account"]),
             (C, ["yeah hold on let me find it ok it's ", V(say(s[:3], zero=z) + " " + say(s[3:5], zero=z) + " " + say(s[5:], zero=z, pairs=True), "SSN"), " i think yeah"])]
    else:
        t = [(C, ["my social is ", V(say(s, zero=z, doubles=True), "SSN"), " and i'm calling about a claim from march"])]
    return t, "call/%s: US SSN spoken (style %d)" % (R.choice(["insurance", "banking", "healthcare billing", "government services"]), style)


@pos
def p_ssn_chat():
    s = ssn()
    f = R.choice(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s.%s.%s"]) % (s[:3], s[3:5], s[5:])
    lead = R.choice(["SSN: ", "my ssn is ", "Social Security # ", "soc sec no. ", "ss# "])
    return [(A, ["To verify your identity please provide your Social Security number."]),
            (C, [lead, V(f, "SSN"), R.choice(["", " thanks", ". I was charged $%d.%02d twice" % (R.randint(10, 300), R.randrange(100))])])], "chat/%s: SSN typed %r" % (R.choice(["healthcare billing", "banking", "insurance"]), lead.strip())


@pos
def p_ni_call():
    n = ni()
    z = R.choice(["zero", "oh", "nought"])
    style = R.randrange(4)
    L1, L2 = n[0].lower(), n[1].lower()
    ds = n[2:8]
    sfx = n[8].lower()
    if style == 0:
        sp = "%s %s %s %s" % (L1, L2, say(ds, zero=z), sfx)
    elif style == 1:
        sp = "%s for %s %s for %s %s %s for %s" % (L1, NATO[ord(L1) - 97], L2, NATO[ord(L2) - 97], say(ds, zero=z, pairs=True), sfx, NATO[ord(sfx) - 97])
    elif style == 2:
        sp = "%s %s %s %s" % (L1, L2, say(ds, zero=z, doubles=True), sfx)
    else:
        sp = None
    if sp:
        return [(A, ["can you confirm your national insurance number please"]),
                (C, [R.choice(["yeah it's ", "it's ", "erm ", ""]), V(sp, "NI_NUMBER")])], "call/government services: UK NI number spoken (style %d)" % style
    return [(A, ["and your national insurance number"]),
            (C, [V("%s %s" % (L1, L2), "NI_NUMBER", "n")]), (A, ["yep"]),
            (C, [V(say(ds[:2], zero=z) + " " + say(ds[2:4], zero=z), "NI_NUMBER", "n")]), (A, ["mhm"]),
            (C, [V(say(ds[4:], zero=z) + " " + sfx, "NI_NUMBER", "n")])], "call/government services: NI number split over three turns"


@pos
def p_ni_chat():
    n = ni()
    f = R.choice(["%s %s %s %s %s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8]), n, n.lower(), "%s%s %s" % (n[:2], n[2:8], n[8]),
                  "%s-%s-%s-%s-%s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8])])
    return [(C, [R.choice(["NI no: ", "my national insurance is ", "NINO ", "ni number ", "National Insurance number - "]), V(f, "NI_NUMBER"),
                 R.choice(["", " and i started the job in april", ", tax code query"])])], "chat/government services: NI typed as %r" % f


@pos
def p_ni_homophone():
    n = ni()
    ds = n[2:8]
    hom = {"a": "a", "b": "bee", "c": "see", "d": "dee", "e": "e", "g": "gee", "h": "h", "j": "jay", "k": "kay",
           "l": "l", "m": "m", "n": "n", "o": "o", "p": "pee", "r": "r", "s": "s", "t": "tee", "w": "w", "x": "x",
           "y": "why", "z": "zed"}
    L = [hom[ch] for ch in n[:2].lower()] + [hom[n[8].lower()]]
    sp = "%s %s %s %s" % (L[0], L[1], say(ds, zero="oh"), L[2])
    return [(A, ["i just need your n i number"]), (C, [V(sp, "NI_NUMBER"), " is that what you need"])], "call/government services: NI with ASR letter homophones (bee, see, tee, zed)"


@pos
def p_sort_acct_call():
    sc = digits(6)
    ac = digits(8)
    z = zero_for("UK")
    style = R.randrange(3)
    if style == 0:
        t = [(A, ["what's the sort code"]), (C, [V(say(sc, zero=z, pairs=R.random() < 0.5), "SORT_CODE")]),
             (A, ["and the account number"]), (C, [V(say(ac, zero=z), "ACCOUNT")])]
    elif style == 1:
        t = [(C, ["sort code ", V(say(sc[:2], zero=z) + " " + say(sc[2:4], zero=z) + " " + say(sc[4:], zero=z), "SORT_CODE"),
                  " account ", V(say(ac, zero=z, doubles=True), "ACCOUNT")])]
    else:
        t = [(A, ["and the account number for the direct debit"]), (C, [V(say(ac[:4], zero=z), "ACCOUNT", "a")]), (A, ["okay"]),
             (C, [V(say(ac[4:], zero=z), "ACCOUNT", "a"), " and the sort code's ", V(say(sc, zero=z, pairs=True), "SORT_CODE")])]
    t = [(s, [(x[0], "BANK_ACCOUNT", x[2], x[3]) if isinstance(x, tuple) and x[1] == "ACCOUNT" else x for x in segs]) for s, segs in t]
    return t, "call/%s: UK sort code and account spoken (style %d)" % (R.choice(["utilities", "banking", "insurance"]), style)


@pos
def p_sort_acct_chat():
    sc = digits(6)
    ac = digits(8)
    scf = R.choice(["%s-%s-%s", "%s %s %s", "%s%s%s"]) % (sc[:2], sc[2:4], sc[4:])
    return [(C, [R.choice(["s/c ", "Sort code: ", "sort "]), V(scf, "SORT_CODE"), R.choice([" acc ", " / account no ", ", a/c "]), V(ac, "BANK_ACCOUNT"),
                 R.choice(["", " please update my DD", " - refund of £%d.%02d" % (R.randint(5, 90), R.randrange(100))])])], "chat/banking: typed sort code and account"


@pos
def p_us_account():
    ac = digits(R.choice([10, 11, 12]))
    routing = None
    z = "zero" if R.random() < 0.6 else "oh"
    if R.random() < 0.5:
        return [(A, ["what checking account should we debit"]), (C, ["account number ", V(say(ac, zero=z), "BANK_ACCOUNT"), " at chase"])], "call/utilities: US checking account number spoken"
    return [(C, ["acct # ", V(ac, "BANK_ACCOUNT"), " pls refund the $%d late fee" % R.randint(10, 45)])], "chat/telecom: US account typed with acct #"


@pos
def p_iban_chat():
    ib = iban()
    f = R.choice([group4(ib), ib, group4(ib).lower()])
    return [(C, [R.choice(["IBAN: ", "my iban is ", "please send to IBAN "]), V(f, "IBAN"), R.choice(["", " BIC %s" % {"GB": "NWBKGB2L", "IE": "AIBKIE2D", "DE": "COBADEFF", "NL": "INGBNL2A", "ES": "CAIXESBB", "FR": "BNPAFRPP"}[ib[:2]], " thanks"])])], "chat/%s: IBAN %s typed" % (R.choice(["banking", "travel", "insurance"]), ib[:2])


@pos
def p_iban_call():
    ib = iban(R.choice(["GB", "IE", "NL", "DE", "ES"]))
    z = R.choice(["oh", "zero", "nought"])
    letters = " ".join(ib[:2].lower())
    if ib[4].isalpha():
        bank = " ".join(ib[4:8].lower())
        rest = ib[8:]
    else:
        bank = say(ib[4:8], zero=z)
        rest = ib[8:]
    if R.random() < 0.5:
        sp = "%s %s %s %s" % (letters, say(ib[2:4], zero=z), bank, say(rest, zero=z))
        return [(A, ["can you read me the iban"]), (C, [V(sp, "IBAN")])], "call/banking: IBAN spoken with letters and digits"
    return [(A, ["go ahead with the iban"]), (C, [V("%s %s" % (letters, say(ib[2:4], zero=z)), "IBAN", "i")]), (A, ["yep"]),
            (C, [V(bank, "IBAN", "i")]), (A, ["okay"]), (C, [V(say(rest[:6], zero=z), "IBAN", "i")]), (A, ["mhm"]),
            (C, [V(say(rest[6:], zero=z), "IBAN", "i")])], "call/banking: IBAN split over four turns"


@pos
def p_phone_call():
    country = R.choice(["UK", "US", "IE", "UKL"])
    p = phone_value(country)
    z = zero_for("UK" if country != "US" else "US")
    style = R.randrange(4)
    if country == "US":
        sp = say(p[:3], zero=z) + " " + say(p[3:6], zero=z) + " " + say(p[6:], zero=z, pairs=style == 1)
    elif style == 1:
        sp = say(p[:5], zero=z) + " " + say(p[5:], zero=z, doubles=True)
    elif style == 2 and country == "UK":
        sp = "plus four four " + say(p[1:], zero=z)
    elif style == 2 and country == "IE":
        sp = "plus three five three " + say(p[1:], zero=z)
    else:
        sp = say(p, zero=z, doubles=R.random() < 0.5)
    return [(A, [R.choice(["best number to reach you on", "what's a good contact number", "and a callback number"])]),
            (C, [R.choice(["it's ", "yeah ", "my mobile is ", ""]), V(sp, "PHONE"), R.choice(["", " after six", " thanks"])])], "call/%s: %s phone spoken" % (R.choice(["telecom", "retail", "healthcare billing"]), country)


@pos
def p_phone_chat():
    country = R.choice(["UK", "US", "IE"])
    p = phone_value(country)
    if country == "US":
        f = fmt_us_phone(p) if R.random() < 0.7 else "+1 " + fmt_us_phone(p)
    elif country == "UK":
        f = R.choice(["%s %s" % (p[:5], p[5:]), p, "+44 %s %s" % (p[1:5], p[5:]), "+44(0)%s %s" % (p[1:5], p[5:])])
    else:
        f = R.choice(["%s %s %s" % (p[:3], p[3:6], p[6:]), "+353 %s %s %s" % (p[1:3], p[3:6], p[6:]), p])
    return [(C, [R.choice(["call me on ", "my number is ", "ph: ", "tel "]), V(f, "PHONE"), R.choice(["", " anytime before 5pm", " re order #%d" % R.randint(100000, 999999)])])], "chat/retail: %s phone typed %r" % (country, f)


@pos
def p_phone_split():
    p = phone_value("UK")
    z = zero_for("UK")
    return [(A, ["what number should we text the code to"]), (C, [V(say(p[:5], zero=z), "PHONE", "p")]), (A, ["yep"]),
            (C, [V(say(p[5:8], zero=z), "PHONE", "p"), " um"]), (A, ["go on"]), (C, [V(say(p[8:], zero=z), "PHONE", "p")])], "call/telecom: UK mobile split over three turns"


@pos
def p_email():
    if R.random() < 0.55:
        e = email_spoken()
        return [(A, ["and an email address for the confirmation"]), (C, [R.choice(["yeah it's ", "it's ", ""]), V(e, "EMAIL")])], "call/travel: email spoken with 'at' and 'dot'"
    e = email_typed()
    return [(C, [R.choice(["email: ", "my email is ", "pls send receipt to ", "contact me at "]), V(e, "EMAIL"), R.choice(["", " thanks!", ". Order total was €%d" % R.randint(20, 500)])])], "chat/retail: email typed"


@pos
def p_dob():
    d, m, y = dob_parts()
    style = R.randrange(5)
    if style == 0:
        v = "the %s of %s %s" % (ORD[d], MONTHS[m - 1], say_year(y))
    elif style == 1:
        v = "%s %s %s" % (MONTHS[m - 1], ORD[d], say_year(y))
    elif style == 2:
        v = R.choice(["%02d/%02d/%d", "%d.%d.%d", "%02d-%02d-%d"]) % (d, m, y)
    elif style == 3:
        v = "%d %s %d" % (d, MONTHS[m - 1].capitalize(), y)
    else:
        v = "%s %s %s" % (say("%02d" % d, zero="oh", doubles=False), say("%02d" % m, zero="oh", doubles=False), say_year(y))
    chat = style in (2, 3)
    if chat:
        return [(A, ["Can you confirm your date of birth?"]), (C, [V(v, "DOB")])], "chat/healthcare billing: DOB typed"
    return [(A, [R.choice(["can i take your date of birth", "and your date of birth please", "just to confirm your d o b"])]),
            (C, [R.choice(["yeah ", "it's ", "", "um "]), V(v, "DOB")])], "call/%s: DOB spoken (style %d)" % (R.choice(["insurance", "banking", "healthcare billing"]), style)


def say_alnum_pc(pc):
    out = []
    for ch in pc.replace(" ", " | "):
        if ch == "|":
            continue
        if ch == " ":
            continue
        if ch.isdigit():
            out.append("zero" if ch == "0" else DW[int(ch)])
        else:
            out.append(ch.lower() if R.random() < 0.6 else NATO[ord(ch.lower()) - 97])
    return " ".join(out)


@pos
def p_postcode_address():
    if R.random() < 0.6:
        pc = uk_postcode()
        num = R.randint(1, 180)
        st = R.choice(STREETS_UK)
        if R.random() < 0.5:
            return [(A, ["can i take the first line of the address and the postcode"]),
                    (C, [V("%s %s" % (say_num(num) if num < 100 else str(num), st.lower()), "ADDRESS"), " and the postcode is ", V(say_alnum_pc(pc), "POSTCODE")])], "call/utilities: UK address and spoken postcode"
        return [(C, ["moved to ", V("%d %s" % (num, st), "ADDRESS"), ", ", city_of(pc).capitalize(), " ", V(pc if R.random() < 0.6 else pc.replace(" ", "").lower(), "POSTCODE"),
                     " - please update billing"])], "chat/utilities: UK address and postcode typed"
    z = zipcode()
    num = R.randint(10, 9999)
    st = R.choice(STREETS_US)
    if R.random() < 0.5:
        return [(C, ["new address is ", V("%d %s" % (num, st), "ADDRESS"), ", ", R.choice(["Austin TX", "Columbus, OH", "Denver CO"]), " ", V(z, "POSTCODE")])], "chat/insurance: US street address and ZIP typed"
    return [(A, ["what's the zip code on the billing address"]), (C, [V(say(z, zero="zero"), "POSTCODE")]), (A, ["and the street address"]),
            (C, [V("%s %s" % (say(str(num), zero="oh", pairs=True), st.lower()), "ADDRESS")])], "call/retail: US ZIP and street spoken"


@pos
def p_eircode():
    ek = R.choice(["D02", "D04", "D06", "T12", "H91", "V94", "A94"]) + R.choice("ACDEFHKNPRTVWXY") + digits(1) + R.choice("ACDEFHKNPRTVWXY") + digits(1)
    return [(C, ["my eircode is ", V(ek[:3] + " " + ek[3:], "POSTCODE"), " and it's ", V("%d %s" % (R.randint(1, 90), R.choice(["Main Street", "Church Road", "Strand Road"])), "ADDRESS")])], "chat/utilities: Irish eircode and street"


@pos
def p_combo_verify():
    d, m, y = dob_parts()
    pc = uk_postcode()
    p = phone_value("UK")
    z = zero_for("UK")
    return [(A, ["for security can i have your date of birth and postcode"]),
            (C, ["yeah it's ", V("%s %s %s" % (ORD[d], MONTHS[m - 1], say_year(y)), "DOB"), " and ", V(say_alnum_pc(pc), "POSTCODE")]),
            (A, ["lovely and the phone number on the account"]),
            (C, [V(say(p, zero=z), "PHONE"), " i've had it about %s years" % say_num(R.randint(2, 15))])], "call/telecom: DOB and postcode in one turn, then phone with a duration"


@pos
def p_mixed_noise():
    c, k = card()
    z = zero_for("UK")
    amt = R.randint(20, 300)
    return [(A, ["that's %s pounds %s for the balance, how would you like to pay" % (say_num(amt % 100 or 21), say_num(R.randint(11, 99)))]),
            (C, ["on card please it's ", V(say(c, zero=z), "CARD_NUMBER"), " and it's my wife's card is that okay"]),
            (A, ["that's fine, reference for the payment is %s" % say(digits(6), zero="oh")])], "call/utilities: card among money amounts and a payment reference"


@pos
def p_ssn_filler():
    s = ssn()
    z = R.choice(["zero", "oh"])
    sp = say(s[:3], zero=z) + " uh " + say(s[3:5], zero=z) + " um " + say(s[5:], zero=z)
    return [(A, ["i'll need the social security number of the policy holder"]), (C, ["okay that's ", V(sp, "SSN"), " that's my husband's"])], "call/insurance: SSN with filler words inside the reading"


@pos
def p_card_chat_typo():
    c, k = card()
    g, parts = group_card(c)
    f = R.choice([" ".join(parts[:2]) + "  " + " ".join(parts[2:]), ",".join(parts) if False else "-".join(parts), " ".join(parts).replace(" ", " ", 1)])
    return [(C, ["heres my card no ", V(f, "CARD_NUMBER"), " cant remember the cvc sorry"]), (A, ["No problem, the CVC is the 3 digits on the back."]),
            (C, ["oh ok its ", V(digits(3), "CVV")])], "chat/retail: lowercase typing, card then cvc in later turn"


@pos
def p_card_homophone():
    c, k = card()
    words = say(c, zero="oh", doubles=False).split()
    hom = {"four": "for", "two": "to", "eight": "ate", "one": "won"}
    for i, w in enumerate(words):
        if w in hom and R.random() < 0.5:
            words[i] = hom[w]
    return [(A, ["can i take the card number please"]), (C, ["yeah it's ", V(" ".join(words), "CARD_NUMBER"), " and do you need the date"])], "call/retail: ASR homophones inside card digits (for/to/ate/won), %s" % k


@pos
def p_card_all_in_one_call():
    c, k = card()
    z = zero_for("UK")
    m, y = R.randint(1, 12), R.randint(26, 31)
    cv = digits(4 if k == "amex" else 3)
    return [(A, ["okay i'll take the card details now"]),
            (C, [V(say(c, zero=z, pairs=R.random() < 0.4), "CARD_NUMBER"), " expiry ", V("%s %s" % (say("%02d" % m, zero="oh", doubles=False), say_num(y)), "EXPIRY"),
                 " and the code on the back is ", V(say(cv, zero=z), "CVV")]),
            (A, ["thank you that's %s pounds taken" % say_amount(R.randint(20, 450))])], "call/travel: card, expiry and cvv all in one customer turn (%s)" % k


@pos
def p_ni_readback():
    n = ni()
    sp = "%s %s %s %s" % (n[0].lower(), n[1].lower(), say(n[2:8], zero="oh", doubles=False), n[8].lower())
    rb = "%s for %s %s for %s %s %s for %s" % (n[0].lower(), NATO[ord(n[0].lower()) - 97], n[1].lower(), NATO[ord(n[1].lower()) - 97],
                                             say(n[2:8], zero="zero", doubles=True), n[8].lower(), NATO[ord(n[8].lower()) - 97])
    return [(A, ["national insurance number please"]), (C, [V(sp, "NI_NUMBER")]),
            (A, ["so that's ", V(rb, "NI_NUMBER"), " yeah"]), (C, ["that's it yeah"])], "call/government services: NI given then read back by agent with NATO letters"


@pos
def p_order_and_account():
    ref = digits(7, True)
    ac = digits(8)
    sc = digits(6)
    return [(A, ["do you have your order number"]), (C, ["yeah order number %s" % say(ref, zero="oh")]),
            (A, ["thanks and for the refund, which account"]),
            (C, ["account number ", V(say(ac, zero="oh", pairs=True), "BANK_ACCOUNT"), " sort code ", V(say(sc, zero="oh"), "SORT_CODE")])], "call/retail: non-PII order number next to account and sort code"


@pos
def p_dob_and_appointment():
    d, m, y = dob_parts()
    return [(C, ["Hi I need to move my appointment on the %s of %s, my date of birth is " % (ORD[R.randint(1, 28)], MONTHS[R.randrange(12)]),
                 V("%02d/%02d/%d" % (d, m, y), "DOB"), " if you need it"]),
            (A, ["Thanks, moved to %d %s at %d:%02d." % (R.randint(1, 28), MONTHS[R.randrange(12)].capitalize(), R.randint(9, 16), R.choice([0, 15, 30, 45]))])], "chat/healthcare billing: DOB next to appointment dates and a time"


@pos
def p_email_spelled():
    f, l = R.choice(FIRST), R.choice(LAST)
    d, t = R.choice(DOMAINS)
    v = "%s dot %s at %s dot %s" % (" ".join(f), l, d, " dot ".join(t.split(".")))
    return [(A, ["can you spell the email for me"]), (C, [V(v, "EMAIL")]), (A, ["perfect"])], "call/insurance: email with first name spelled letter by letter"


@pos
def p_ie_phone_postcode():
    p = phone_value("IE")
    ek = R.choice(["D02", "D08", "D15", "T12", "H91", "V94"]) + R.choice("ACDEFHKNPRTVWXY") + digits(1) + R.choice("ACDEFHKNPRTVWXY") + digits(1)
    return [(A, ["what's your mobile"]), (C, [V(say(p[:3], zero="oh") + " " + say(p[3:], zero="oh", doubles=True), "PHONE")]),
            (A, ["and the eircode"]), (C, [V(say_alnum_pc(ek), "POSTCODE")])], "call/utilities: Irish mobile and spoken eircode"


@pos
def p_us_phone_areacode():
    p = phone_value("US")
    return [(A, ["what's the best callback number"]), (C, ["area code ", V(say(p[:3], zero="zero"), "PHONE", "p"), " and then ", V(say(p[3:6], zero="zero") + " " + say(p[6:], zero="zero", pairs=True), "PHONE", "p")]),
            (A, ["got it and is that a cell"]), (C, ["yes it's my cell i'm usually free after %s" % say_num(R.randint(2, 6))])], "call/healthcare billing: US phone introduced with 'area code' and 'and then'"


@pos
def p_ssn_dash_spoken():
    s_ = ssn()
    sp = "%s dash %s dash %s" % (say(s_[:3], zero="zero", doubles=False), say(s_[3:5], zero="zero", doubles=False), say(s_[5:], zero="zero", doubles=False))
    return [(A, ["and the member's social security number"]), (C, [V(sp, "SSN"), " and the claim was about %s hundred dollars" % DW[R.randint(2, 9)]])], "call/healthcare billing: SSN with ASR writing the word 'dash' between groups"


@pos
def p_dob_chat_short():
    d, m, y = dob_parts()
    v = R.choice(["%d%s %s %d" % (d, {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}.get(d, "th"), MON3[m - 1].capitalize(), y),
                  "%s %d, %d" % (MONTHS[m - 1].capitalize(), d, y), "%d/%d/%02d" % (m, d, y % 100)])
    return [(C, [R.choice(["DOB ", "D.O.B: ", "born ", "dob is "]), V(v, "DOB"), ", policy renewal due %s %d" % (MON3[R.randrange(12)].capitalize(), R.randint(1, 28))])], "chat/insurance: short typed DOB next to a renewal date"


@pos
def p_flat_address():
    pc = uk_postcode()
    v = "flat %s %s %s" % (say_num(R.randint(1, 20)), say_num(R.randint(2, 99)), R.choice(STREETS_UK).lower())
    return [(A, ["and what's the full address"]), (C, [V(v, "ADDRESS"), " in ", city_of(pc), " ", V(say_alnum_pc(pc), "POSTCODE")]),
            (A, ["and how long have you lived there"]), (C, ["about %s years" % say_num(R.randint(2, 19))])], "call/insurance: flat number plus street spoken, then postcode, then duration"


@pos
def p_email_chat_messy():
    e = email_typed()
    e2 = e.upper() if R.random() < 0.3 else e
    return [(C, ["pls update email to ", V(e2, "EMAIL"), " (old one was hacked!!) ty"]), (A, ["Done, a confirmation will be sent within 24 hours."])], "chat/telecom: email typed inside parentheses chatter"


# ---------------------------------------------------------------- negatives
@neg
def n_money():
    a, b = R.randint(12, 999), R.randint(1, 99)
    return [(A, ["your balance is %s pounds and %s pence" % (say_amount(a), say_num(b))]),
            (C, ["and how much was the last bill"]), (A, ["that was %s %s and it's due on the %s" % (say_num(R.randint(20, 99)), say_num(R.randint(11, 99)), ORD[R.randint(1, 28)])])], "call/utilities: money amounts and a due date"


@neg
def n_order_ref():
    ref = digits(R.randint(6, 10), True)
    word = R.choice(["order number", "reference number", "ticket number", "claim number", "invoice number", "case reference"])
    return [(A, ["do you have the %s" % word]), (C, ["yeah the %s is %s" % (word, say(ref, zero=R.choice(["oh", "zero"]), doubles=R.random() < 0.5))]),
            (A, ["thanks i can see that %s now" % word.split()[0]])], "call/retail: %s of %d digits said with its reference word" % (word, len(ref))


@neg
def n_order_chat():
    ref = digits(R.randint(6, 10), True)
    lab = R.choice(["Order #", "Ticket ", "Invoice no. ", "Claim ref ", "Booking ref: ", "Case ID "])
    return [(C, ["hi re %s%s - still not delivered, paid $%d.%02d on %s %d" % (lab, ref, R.randint(10, 900), R.randrange(100), MON3[R.randrange(12)].capitalize(), R.randint(1, 28))]),
            (A, ["Sorry about that, I've escalated %s%s. Expect an update within 48 hours." % (lab, ref)])], "chat/retail: reference number, price, date in chat"


@neg
def n_times():
    h = R.randint(8, 11)
    return [(A, ["an engineer can come on %s the %s between %s and %s" % (R.choice(["monday", "tuesday", "friday"]), ORD[R.randint(1, 28)], say_num(h), say_num(h % 12 + 1))]),
            (C, ["could it be after %s thirty i finish work at %s" % (say_num(R.randint(1, 6)), say_num(R.randint(3, 6)))]),
            (A, ["yes the slot is %s thirty to %s" % (say_num(R.randint(1, 5)), say_num(R.randint(6, 8)))])], "call/telecom: appointment times and dates"


@neg
def n_flight():
    fl = R.choice(["BA", "EI", "FR", "UA", "LH", "AA"]) + str(R.randint(100, 9999))
    return [(C, ["my flight %s on the %s of %s was cancelled" % (fl, ORD[R.randint(1, 28)], MONTHS[R.randrange(12)])]),
            (A, ["I'm sorry, I can rebook you on %s departing %02d:%02d, seat %d%s, gate %d" % (fl[:2] + str(R.randint(100, 999)), R.randint(5, 22), R.choice([0, 15, 30, 45]), R.randint(1, 40), R.choice("ABCDEF"), R.randint(1, 60))])], "chat/travel: flight numbers, times, seat and gate"


@neg
def n_meter():
    r = digits(R.randint(5, 6), True)
    return [(A, ["can you read me the meter reading"]), (C, ["it says %s" % say(r, zero="oh", doubles=False)]),
            (A, ["thanks that's about %s units more than last quarter" % say_num(R.randint(20, 99))])], "call/utilities: meter reading spoken"


@neg
def n_ages():
    return [(C, ["i'm %s and my son is %s, do we both need a policy" % (say_num(R.randint(30, 80)), say_num(R.randint(10, 19)))]),
            (A, ["he'll be covered until he's %s, it's %s percent cheaper" % (say_num(21), say_num(R.randint(10, 40)))])], "call/insurance: ages and percentages"


@neg
def n_model():
    m = R.choice(["SM-G%d" % R.randint(900, 999), "iPhone %d" % R.randint(11, 16), "XR-%d" % R.randint(1000, 9999), "model %d%s" % (R.randint(100, 999), R.choice("ABX"))])
    return [(C, ["my %s keeps dropping calls, it's on %d%% battery and about %d months old" % (m, R.randint(10, 99), R.randint(2, 30))]),
            (A, ["Thanks. Please restart it and hold the power button for %d seconds." % R.randint(5, 30)])], "chat/telecom: device model number, percentages, durations"


@neg
def n_speed():
    return [(C, ["i'm paying for %s meg but only getting %s" % (say_num(R.randint(30, 99)), say_num(R.randint(3, 29)))]),
            (A, ["okay i'm seeing %s point %s megabits on the line and %s dropouts this week" % (say_num(R.randint(10, 60)), DW[R.randrange(10)], say_num(R.randint(2, 19)))])], "call/telecom: broadband speeds and counts"


@neg
def n_years():
    y1 = R.randint(1990, 2024)
    return [(C, ["we've been customers since %s and the contract started %s" % (say_year(y1), "%s %s" % (MONTHS[R.randrange(12)], say_year(R.randint(2015, 2025))))]),
            (A, ["thanks, the renewal date is the %s of %s" % (ORD[R.randint(1, 28)], MONTHS[R.randrange(12)])])], "call/telecom: years and contract dates that are not DOB"


@neg
def n_payment_date_chat():
    d = "%02d/%02d/%d" % (R.randint(1, 28), R.randint(1, 12), R.randint(2024, 2026))
    return [(C, ["I paid £%d.%02d on %s but it's still showing overdue" % (R.randint(10, 500), R.randrange(100), d)]),
            (A, ["I can see the payment dated %s. It takes 3-5 working days to clear." % d])], "chat/utilities: payment date in dd/mm/yyyy form (not DOB)"


@neg
def n_temperature():
    return [(C, ["the heating only gets to %s degrees and the boiler pressure is %s point %s bar" % (say_num(R.randint(12, 19)), DW[R.randint(0, 2)], DW[R.randint(1, 9)])]),
            (A, ["okay an engineer visit costs %s pounds, room %s is the one affected?" % (say_num(R.randint(60, 99)), say(str(R.randint(100, 450)), doubles=False))])], "call/utilities: temperature, pressure, room number, price"


@neg
def n_room():
    return [(C, ["hi I'm in room %d, checked in on the %s, the AC is set to %d degrees but it's hot" % (R.randint(101, 1250), ORD[R.randint(1, 28)], R.randint(17, 24))]),
            (A, ["Sorry! Maintenance will be up within %d minutes. Breakfast is 7-10:30." % R.randint(10, 40)])], "chat/travel: hotel room number, temperature, times"


@neg
def n_quantities():
    return [(C, ["i ordered %s boxes of the %s millimetre screws and got %s" % (say_num(R.randint(2, 12)), say_num(R.randint(10, 60)), say_num(R.randint(1, 9)))]),
            (A, ["sorry about that, that's %s items short, i'll send them out, delivery is %s to %s days" % (say_num(R.randint(2, 9)), DW[R.randint(2, 3)], DW[R.randint(4, 5)])])], "call/retail: quantities and durations"


@neg
def n_balance_chat():
    return [(C, ["whats my balance"]), (A, ["Your balance is €%s.%02d and your next statement is on %d %s." % ("{:,}".format(R.randint(100, 25000)), R.randrange(100), R.randint(1, 28), MONTHS[R.randrange(12)].capitalize())]),
            (C, ["ok and the interest rate? %d.%d%%?" % (R.randint(1, 29), R.randrange(10))])], "chat/banking: balances, statement date and rate"


@neg
def n_hold_time():
    return [(A, ["thanks for holding, sorry about the %s minute wait" % say_num(R.randint(11, 45))]),
            (C, ["that's fine i've been on and off for about %s hours today, called %s times" % (DW[R.randint(2, 4)], DW[R.randint(3, 7)])])], "call/government services: wait durations and counts"


@neg
def n_last_digits():
    return [(A, ["which card would you like to use, i can see a visa and a mastercard saved on the account"]),
            (C, ["the visa please the one i used in %s" % MONTHS[R.randrange(12)]]),
            (A, ["lovely that's %s pounds taken today, you'll get a text in %s minutes" % (say_num(R.randint(20, 99)), DW[R.randint(2, 9)])])], "call/retail: card talked about but no number given"


@neg
def n_claim_spoken_split():
    ref = digits(8, True)
    return [(A, ["what's your claim number"]), (C, ["it's c l m %s" % say(ref[:4], zero="oh")]), (A, ["mhm"]), (C, [say(ref[4:], zero="oh")]),
            (A, ["thanks the claim for %s pounds is approved" % say_num(R.randint(20, 99))])], "call/insurance: claim reference split over turns (not PII)"


@neg
def n_appointment_dob_like():
    d, m, y = R.randint(1, 28), R.randint(1, 12), R.randint(2025, 2027)
    return [(A, ["your next appointment is the %s of %s %s at %s fifteen" % (ORD[d], MONTHS[m - 1], say_year(y), say_num(R.randint(8, 11)))]),
            (C, ["can i move it to the %s" % ORD[R.randint(1, 28)]])], "call/healthcare billing: appointment date with year (not DOB)"


@neg
def n_plan_prices():
    return [(C, ["Whats the difference between the %dGB plan at £%d/mo and the unlimited at £%d?" % (R.randint(5, 100), R.randint(8, 20), R.randint(21, 40))]),
            (A, ["The unlimited plan includes %d mins to %d countries and a contract of %d months." % (R.randint(100, 1000), R.randint(20, 60), R.choice([12, 18, 24]))])], "chat/telecom: plan prices, data amounts, contract length"


@neg
def n_flight_call():
    al, code = R.choice([("aer lingus", "e i"), ("british airways", "b a"), ("ryanair", "f r"), ("united", "u a")])
    return [(C, ["i'm on %s %s %s tomorrow at %s forty five and i want to add a bag" % (al, code, say_amount(R.randint(100, 999)), say_num(R.randint(6, 11)))]),
            (A, ["no problem a twenty kilo bag is %s euro and it'll take about %s minutes to update" % (say_num(R.randint(25, 60)), say_num(R.randint(2, 15)))])], "call/travel: flight number, time, weight, price"


@neg
def n_motor_claim():
    return [(C, ["i was doing about %s in a %s zone and the other car came out of a side road" % (say_num(R.randint(20, 40)), say_num(30))]),
            (A, ["okay and the car is a %s model with roughly %s thousand miles on it" % (say_year(R.randint(2008, 2024)), say_num(R.randint(11, 99)))]),
            (C, ["yeah and the excess is %s hundred pounds i think" % DW[R.randint(1, 5)]])], "call/insurance: speed, car year, mileage, excess amount"


@neg
def n_tariff():
    return [(A, ["your unit rate is %s point %s pence per kilowatt hour and the standing charge is %s pence a day" % (say_num(R.randint(20, 35)), DW[R.randint(1, 9)], say_num(R.randint(40, 65)))]),
            (C, ["and last month i used %s units" % say_amount(R.randint(150, 900))])], "call/utilities: tariff rates and usage"


@neg
def n_chat_times_prices():
    return [(C, ["Can I return it after 30 days? It was €%d.%02d, bought 14/%02d" % (R.randint(15, 300), R.randrange(100), R.randint(1, 12))]),
            (A, ["Yes, returns are accepted within 60 days. Our store is open 9am-6pm Mon-Sat, SKU %d-%d." % (R.randint(100, 999), R.randint(10, 99))])], "chat/retail: durations, price, short date, SKU"


# ---------------------------------------------------------------- building
WEIGHTS = {
    "p_card_call_single": 12, "p_card_call_split": 8, "p_card_chat": 12, "p_card_correction": 5,
    "p_card_readback": 6, "p_cvv_exp_call": 8, "p_ssn_call": 20, "p_ssn_chat": 14, "p_ssn_filler": 6,
    "p_ni_call": 20, "p_ni_chat": 14, "p_ni_homophone": 6, "p_sort_acct_call": 10, "p_sort_acct_chat": 8,
    "p_us_account": 6, "p_iban_chat": 9, "p_iban_call": 7, "p_phone_call": 12, "p_phone_chat": 9,
    "p_phone_split": 4, "p_email": 20, "p_dob": 18, "p_postcode_address": 14, "p_eircode": 4,
    "p_combo_verify": 6, "p_mixed_noise": 5, "p_card_chat_typo": 6, "p_card_homophone": 6,
    "p_card_all_in_one_call": 6, "p_ni_readback": 5, "p_order_and_account": 6, "p_dob_and_appointment": 5,
    "p_email_spelled": 5, "p_ie_phone_postcode": 5, "p_us_phone_areacode": 5, "p_ssn_dash_spoken": 5,
    "p_dob_chat_short": 5, "p_flat_address": 6, "p_email_chat_messy": 4,
}
N_NEG_EACH = 6


def build_case(cid, kind, turns, note):
    out_turns, spans, groups = [], [], []
    for ti, (spk, segs) in enumerate(turns):
        text = ""
        for seg in segs:
            if isinstance(seg, str):
                text += seg
            else:
                val, typ, grp, chk = seg
                spans.append({"turn": ti, "start": len(text), "end": len(text) + len(val), "type": typ})
                groups.append((grp, chk, val))
                text += val
        out_turns.append({"speaker": spk, "text": text})
    return {"id": cid, "kind": kind, "turns": out_turns, "spans": spans, "note": note}, groups


def generate():
    global R
    R = random.Random(SEED)
    sched = []
    for f in POS:
        sched += [f] * WEIGHTS[f.__name__]
    R.shuffle(sched)
    cases, meta = [], {}
    for i, f in enumerate(sched, 1):
        turns, note = f()
        c, g = build_case("h46-pos-%03d" % i, "positive", turns, note)
        cases.append(c)
        meta[c["id"]] = g
    nsched = []
    for f in NEG:
        nsched += [f] * N_NEG_EACH
    R.shuffle(nsched)
    for i, f in enumerate(nsched, 1):
        turns, note = f()
        c, g = build_case("h46-neg-%03d" % i, "negative", turns, note)
        cases.append(c)
        meta[c["id"]] = g
    text = "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cases)
    return cases, meta, text


def check_cases(cases, meta):
    errs = []
    ids = [c["id"] for c in cases]
    if len(ids) != len(set(ids)):
        errs.append("duplicate ids")
    for c in cases:
        cid = c["id"]
        if c["kind"] == "negative":
            if c["spans"]:
                errs.append("%s: negative with spans" % cid)
            continue
        if not c["spans"]:
            errs.append("%s: positive without spans" % cid)
        bykey = {}
        prev = {}
        for k, sp in enumerate(c["spans"]):
            t = sp["turn"]
            if not (0 <= t < len(c["turns"])):
                errs.append("%s: bad turn" % cid)
                continue
            txt = c["turns"][t]["text"]
            s, e = sp["start"], sp["end"]
            if sp["type"] not in TYPES:
                errs.append("%s: bad type %s" % (cid, sp["type"]))
            if not (0 <= s < e <= len(txt)):
                errs.append("%s: offsets out of range" % cid)
                continue
            val = txt[s:e]
            if val != val.strip() or not val[0].isalnum() and val[0] not in "+(" or not val[-1].isalnum():
                errs.append("%s: span not trimmed %r" % (cid, val))
            if (s > 0 and txt[s - 1].isalnum()) or (e < len(txt) and txt[e].isalnum()):
                errs.append("%s: span not on word boundary %r" % (cid, val))
            if t in prev and s < prev[t]:
                errs.append("%s: overlapping/unsorted spans" % cid)
            prev[t] = e
            grp, chk, gval = meta[cid][k]
            if gval != val:
                errs.append("%s: meta mismatch" % cid)
            if not chk:
                continue
            key = (grp if grp is not None else ("#", k), sp["type"])
            bykey.setdefault(key, []).append(val)
        for (grp, typ), vals in bykey.items():
            err = validate(typ, " ".join(vals))
            if err:
                errs.append("%s: %s in %r" % (cid, err, " | ".join(vals)))
    return errs


def counts(cases):
    cnt = Counter(sp["type"] for c in cases for sp in c["spans"])
    npos = sum(c["kind"] == "positive" for c in cases)
    return cnt, npos, len(cases) - npos


def readme(cases):
    cnt, npos, nneg = counts(cases)
    rows = "\n".join("| %s | %d |" % (t, cnt[t]) for t in TYPES)
    return """# PII hold-out set h46

**Never use this set for tuning.** It exists only to measure the redactor on
data its authors never looked at. Do not add these cases to training data, do
not adjust rules or thresholds until they pass it, do not copy its values.

## Who wrote it and how

Written by an AI helper acting as an independent author. The author did not see
the redaction code, its tests, its docs, its benchmark script or any other PII
fixture; the only existing data consulted was a three-line example of the JSONL
format. Cases are produced by `scripts/make_pii_holdout46.py` from template
functions: each turn is assembled from plain-text segments and
(value, TYPE) segments, so offsets are computed, never typed by hand. All values
come from one `random.Random(%d)`, so output is byte-for-byte reproducible.
`python scripts/make_pii_holdout46.py --check` regenerates and verifies the file
(identical bytes, unique ids, offsets in range and on word boundaries,
non-overlapping spans, and per-type validation of every value after normalising
spoken forms: Luhn for cards, mod-97 for IBANs, NI letter/digit format, 9 digits
for SSN, 6 for sort codes, digit counts for CVV/phone/account, postcode shapes).

## Contents

%d positive cases, %d negative cases (%d in total). Chat cases are typed text
(separators, case, typos); call cases imitate ASR output (lower case, little
punctuation, numbers as words, "oh"/"o"/"nought"/"zero", "double"/"triple",
pairs such as "forty one", NATO spellings "b for bravo", letter homophones such
as "bee"/"see"/"zed", e-mails as "j smith at gmail dot com", values split over
several customer turns with agent back-channels, self-corrections, agent
read-backs, filler inside readings). Industries: banking, telecom, utilities,
retail, insurance, travel, healthcare billing, government services; countries:
US, UK, Ireland, EU.

| type | spans |
|---|---|
%s

## Annotation conventions

* A span covers the value only: lead-in words ("it's", "my number is", "card
  is", "sort code") and trailing chit-chat are outside the span.
* Filler words said *inside* a reading ("uh", "um" between digit groups) are
  inside the span; fillers before the first or after the last token are not.
* A value split over several turns gets one span per turn, each with the same
  type; agent back-channels ("mhm", "okay go on") are not labelled.
* When the agent reads a value back, the read-back is labelled too.
* A self-corrected partial value ("four nine three five no sorry ...") is
  labelled with the same type as the full value; "no sorry" is outside.
* Phone spans include a leading "+" / "plus four four" country code and
  brackets; typed separators inside values are inside the span.
* EXPIRY is the month/year as said ("oh nine twenty eight", "09/28", "march of
  twenty twenty seven"); DOB is the full date including "the ... of ...".
* POSTCODE covers UK postcodes, Irish eircodes and US ZIP codes; ADDRESS covers
  house number plus street name only (not the town or postcode).
* Negatives contain lookalikes that must not be redacted: money, prices,
  times, durations, counts, ages, temperatures, years, appointment and payment
  dates, order/ticket/claim/invoice references (at most 10 digits, said with
  their reference word), flight, room and model numbers, meter readings,
  speeds, balances and rates.
""" % (SEED, npos, nneg, len(cases), rows)


def main():
    cases, meta, text = generate()
    errs = check_cases(cases, meta)
    cnt, npos, nneg = counts(cases)
    if "--check" in sys.argv:
        if not CASES.exists() or CASES.read_text(encoding="utf-8") != text:
            errs.append("cases.jsonl differs from regenerated output")
        if not README.exists() or README.read_text(encoding="utf-8") != readme(cases):
            errs.append("README.md differs from regenerated output")
        for line in CASES.read_text(encoding="utf-8").splitlines() if CASES.exists() else []:
            json.loads(line)
    if npos < 170 or nneg < 100:
        errs.append("too few cases: %d pos %d neg" % (npos, nneg))
    for t in TYPES:
        need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
        if cnt[t] < need:
            errs.append("type %s has %d spans < %d" % (t, cnt[t], need))
    if "--check" not in sys.argv:
        OUT_DIR.mkdir(parents=True, exist_ok=True)
        CASES.write_text(text, encoding="utf-8")
        README.write_text(readme(cases), encoding="utf-8")
    print("positives %d negatives %d total %d" % (npos, nneg, len(cases)))
    for t in TYPES:
        print("  %-13s %d" % (t, cnt[t]))
    for e in errs[:60]:
        print("ERROR:", e)
    if errs:
        print("%d problem(s)" % len(errs))
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())

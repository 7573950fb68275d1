#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set #45.

Written by an independent AI helper that did not see the redaction code.
Standard library only; byte-for-byte reproducible (seed 45241123).

    python scripts/make_pii_holdout45.py          # write fixture + README
    python scripts/make_pii_holdout45.py --check  # regenerate and verify
"""
import json
import os
import random
import re
import string
import sys

SEED = 45241123
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout45")
CASES = os.path.join(OUT_DIR, "cases.jsonl")
README = os.path.join(OUT_DIR, "README.md")
TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

R = random.Random(SEED)

# ---------------------------------------------------------------- numbers
UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
MON3 = [m[:3] for m in MONTHS]
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
       "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
       "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth",
       "twenty first", "twenty second", "twenty third", "twenty fourth", "twenty fifth",
       "twenty sixth", "twenty seventh", "twenty eighth"]
FILLERS = ["um", "uh", "erm", "er"]


def zero_word(letters=False):
    if letters:
        return R.choice(["zero", "nought"])
    return R.choice(["zero", "oh", "o", "nought", "oh", "zero"])


def dword(d, letters=False):
    return zero_word(letters) if d == "0" else UNITS[int(d)]


def pair_word(p, letters=False):
    v = int(p)
    if p[0] == "0":
        return zero_word(letters) + " " + UNITS[v]
    if v < 20:
        return TEENS[v - 10]
    if v % 10 == 0:
        return TENS[v // 10]
    return TENS[v // 10] + " " + UNITS[v % 10]


def say_digits(s, mode="mix", letters=False, filler=0.0):
    """Spoken rendering of a digit string.  mode: digit | mix | pairs."""
    out = []
    i = 0
    while i < len(s):
        if mode == "pairs" and i + 1 < len(s):
            out.append(pair_word(s[i:i + 2], letters))
            i += 2
        elif (mode == "mix" and i + 1 < len(s) and s[i] != "0" and s[i + 1] != "0"
              and R.random() < 0.25 and not (i + 2 < len(s) and s[i + 2] == s[i + 1])):
            out.append(pair_word(s[i:i + 2], letters))
            i += 2
        elif i + 2 < len(s) and s[i] == s[i + 1] == s[i + 2] and R.random() < 0.6:
            out.append("triple " + dword(s[i], letters))
            i += 3
        elif i + 1 < len(s) and s[i] == s[i + 1] and R.random() < 0.7:
            out.append("double " + dword(s[i], letters))
            i += 2
        else:
            out.append(dword(s[i], letters))
            i += 1
        if filler and R.random() < filler and i < len(s):
            out.append(R.choice(FILLERS))
    return " ".join(out)


NATO = {"A": "alpha", "B": "bravo", "C": "charlie", "D": "delta", "E": "echo",
        "F": "foxtrot", "G": "golf", "H": "hotel", "J": "juliet", "K": "kilo",
        "L": "london", "M": "mike", "N": "november", "P": "papa", "R": "romeo",
        "S": "sierra", "T": "tango", "W": "whiskey", "X": "x ray", "Y": "yankee",
        "Z": "zulu", "Q": "queen", "O": "oscar", "I": "india", "U": "uniform", "V": "victor"}


def say_letter(c):
    c = c.upper()
    if c in "AOI" or R.random() < 0.4:
        return c.lower() + " for " + NATO[c]
    return c.lower()


def say_alnum(s):
    """spoken letters+digits (NI, postcode, IBAN) - no 'oh'/'o' for zero."""
    out = []
    i = 0
    s = s.replace(" ", "")
    while i < len(s):
        c = s[i]
        if c.isalpha():
            if i + 1 < len(s) and s[i + 1] == c and c not in "AOI" and R.random() < 0.5:
                out.append("double " + c.lower())
                i += 2
            else:
                out.append(say_letter(c))
                i += 1
        else:
            j = i
            while j < len(s) and s[j].isdigit():
                j += 1
            out.append(say_digits(s[i:j], mode=R.choice(["digit", "mix"]), letters=True))
            i = j
    return " ".join(out)


# ------------------------------------------------------------ normaliser
WORDNUM = {w: str(i) for i, w in enumerate(UNITS)}
WORDNUM.update({"oh": "0", "o": "0", "nought": "0", "nil": "0"})
TEENNUM = {w: str(10 + i) for i, w in enumerate(TEENS)}
TENNUM = {w: i for i, w in enumerate(TENS) if w}
SKIP = set(FILLERS) | {"plus", "and", "sorry", "yeah", "like", "hang", "on", "wait", "no", "its", "it's", "mm"}


def spoken_to_text(text, letters=False, months=False):
    toks = re.findall(r"[A-Za-z0-9']+", text)
    out = []
    i = 0
    low = [t.lower() for t in toks]
    while i < len(toks):
        t = low[i]
        nxt = low[i + 1] if i + 1 < len(toks) else None
        if t in ("double", "triple") and nxt is not None:
            n = 2 if t == "double" else 3
            if nxt in WORDNUM and not (letters and nxt in ("o", "oh")):
                out.append(WORDNUM[nxt] * n)
            else:
                out.append(nxt.upper() * n)
            i += 2
            continue
        if letters and len(t) == 1 and t.isalpha() and nxt == "for" and i + 2 < len(toks):
            out.append(t.upper())
            i += 3
            if i < len(toks) and low[i - 1] == "x" and low[i] == "ray":
                i += 1
            continue
        if months and (t in MONTHS or t in MON3):
            out.append("%02d" % ((MONTHS.index(t) if t in MONTHS else MON3.index(t)) + 1))
            i += 1
            continue
        if t in TENNUM:
            if nxt in WORDNUM and nxt not in ("zero", "oh", "o", "nought", "nil"):
                out.append(str(TENNUM[t] * 10 + int(WORDNUM[nxt])))
                i += 2
            else:
                out.append(str(TENNUM[t] * 10))
                i += 1
            continue
        if t in TEENNUM:
            out.append(TEENNUM[t])
            i += 1
            continue
        if t in WORDNUM and not (letters and t in ("o",)):
            out.append(WORDNUM[t])
            i += 1
            continue
        if t in SKIP:
            i += 1
            continue
        out.append(toks[i].upper())
        i += 1
    return "".join(out)


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


def iban_ok(s):
    s = s.upper()
    if not re.fullmatch(r"[A-Z]{2}[0-9]{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in r)
    return int(num) % 97 == 1


NI_RE = re.compile(r"^(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z][0-9]{6}[A-D]$")
UK_PC = re.compile(r"^[A-Z]{1,2}[0-9][A-Z0-9]?[0-9][A-Z]{2}$")
US_ZIP = re.compile(r"^[0-9]{5}([0-9]{4})?$")
EMAIL_RE = re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$")


def normalise(typ, text):
    if typ in ("CARD_NUMBER", "CVV", "SSN", "BANK_ACCOUNT", "SORT_CODE", "PHONE"):
        return re.sub(r"\D", "", spoken_to_text(text))
    if typ in ("NI_NUMBER", "POSTCODE", "IBAN"):
        return re.sub(r"[^A-Z0-9]", "", spoken_to_text(text, letters=True).upper())
    if typ == "EXPIRY":
        return re.sub(r"\D", "", spoken_to_text(text, months=True))
    if typ == "EMAIL":
        if re.search(r"\s(at|dot)\s", text.lower()):
            toks = re.findall(r"[A-Za-z0-9']+|[._+-]", text.lower())
            m = {"at": "@", "dot": ".", "underscore": "_", "dash": "-", "hyphen": "-"}
            out = []
            for t in toks:
                if t in m:
                    out.append(m[t])
                elif t in WORDNUM and t not in ("o",):
                    out.append(WORDNUM[t])
                else:
                    out.append(t)
            return "".join(out)
        return re.sub(r"\s", "", text).lower()
    return text.lower()


def validate(typ, norm, canon):
    """Return an error string or None."""
    if typ == "CARD_NUMBER":
        ok = 13 <= len(norm) <= 19 and luhn_ok(norm)
    elif typ == "CVV":
        ok = len(norm) in (3, 4)
    elif typ == "SSN":
        ok = len(norm) == 9 and norm[:3] not in ("000", "666") and norm[3:5] != "00" and norm[5:] != "0000"
    elif typ == "NI_NUMBER":
        ok = bool(NI_RE.match(norm))
    elif typ == "BANK_ACCOUNT":
        ok = 6 <= len(norm) <= 12
    elif typ == "SORT_CODE":
        ok = len(norm) == 6
    elif typ == "IBAN":
        ok = iban_ok(norm)
    elif typ == "PHONE":
        ok = 10 <= len(norm) <= 13
    elif typ == "EMAIL":
        ok = bool(EMAIL_RE.match(norm))
    elif typ == "POSTCODE":
        ok = bool(UK_PC.match(norm) or US_ZIP.match(norm))
    elif typ == "EXPIRY":
        ok = len(norm) in (4, 6) and 1 <= int(norm[:2]) <= 12
    elif typ == "DOB":
        ok = bool(re.search(r"\d", norm)) or any(m in norm for m in MONTHS) or bool(
            set(re.findall(r"[a-z]+", norm)) & set(UNITS + TEENS + TENS[2:] + ["thousand", "hundred", "oh", "nought"]))
    elif typ == "ADDRESS":
        ok = len(norm) >= 6
    else:
        ok = False
    if not ok:
        return "%s failed validation: %r" % (typ, norm)
    if canon is not None and norm != canon:
        return "%s normalised %r != canonical %r" % (typ, norm, canon)
    return None


# ------------------------------------------------------------ generators
def luhn_complete(prefix, length):
    body = prefix + "".join(R.choice(string.digits) for _ in range(length - len(prefix) - 1))
    for c in string.digits:
        if luhn_ok(body + c):
            return body + c


def gen_card():
    k = R.random()
    if k < 0.45:
        return luhn_complete("4" + R.choice("0123456789"), 16)
    if k < 0.7:
        return luhn_complete(str(R.randint(51, 55)), 16)
    if k < 0.82:
        return luhn_complete(R.choice(["34", "37"]), 15)
    if k < 0.9:
        return luhn_complete("6011", 16)
    if k < 0.95:
        return luhn_complete("4" + R.choice("123456789"), 13)
    return luhn_complete("2" + str(R.randint(221, 720)), 16)


def gen_ssn():
    a = R.randint(1, 899)
    while a == 666:
        a = R.randint(1, 899)
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


NI1 = "ABCEGHJKLMNOPRSTWXYZ"
NI2 = "ABCEGHJKLMNPRSTWXYZ"


def gen_ni():
    while True:
        p = R.choice(NI1) + R.choice(NI2)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + "".join(R.choice(string.digits) for _ in range(6)) + R.choice("ABCD")


def gen_digits(n, first_nonzero=True):
    s = "".join(R.choice(string.digits) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = str(R.randint(1, 9)) + s[1:]
    return s


IBAN_FMT = {"GB": "AAAA" + "9" * 14, "IE": "AAAA" + "9" * 14, "DE": "9" * 18,
            "FR": "9" * 23, "NL": "AAAA" + "9" * 10, "ES": "9" * 20, "IT": "A" + "9" * 22,
            "BE": "9" * 12}
BANKS = {"GB": ["NWBK", "BARC", "LOYD", "HBUK", "MIDL"], "IE": ["AIBK", "BOFI", "IPBS"],
         "NL": ["ABNA", "INGB", "RABO"]}


def gen_iban(cc=None):
    cc = cc or R.choice(list(IBAN_FMT))
    fmt = IBAN_FMT[cc]
    if fmt.startswith("AAAA"):
        bban = R.choice(BANKS[cc]) + "".join(R.choice(string.digits) for _ in fmt[4:])
    else:
        bban = "".join(R.choice(string.ascii_uppercase) if c == "A" else R.choice(string.digits) for c in fmt)
    num = "".join(str(int(c, 36)) for c in bban + cc + "00")
    chk = 98 - int(num) % 97
    return cc + "%02d" % chk + bban


def group_iban(s, sep=" "):
    return sep.join(s[i:i + 4] for i in range(0, len(s), 4))


def gen_phone(region=None):
    region = region or R.choice(["uk_mob", "uk_land", "us", "ie"])
    if region == "uk_mob":
        return region, "07" + gen_digits(9, False)
    if region == "uk_land":
        code = R.choice(["0161", "0113", "0121", "0131", "0141", "0117", "0151", "0191", "020", "01632", "01273"])
        return region, code + gen_digits(11 - len(code), False)
    if region == "us":
        return region, str(R.randint(201, 989)) + str(R.randint(200, 989)) + gen_digits(4, False)
    return region, "08" + R.choice("35679") + gen_digits(7, False)


def fmt_phone_typed(region, d):
    k = R.randint(0, 3)
    if region == "us":
        a, b, c = d[:3], d[3:6], d[6:]
        return ["(%s) %s-%s" % (a, b, c), "%s.%s.%s" % (a, b, c), "+1 %s-%s-%s" % (a, b, c),
                "%s%s%s" % (a, b, c)][k]
    if region == "ie":
        return ["%s %s %s" % (d[:3], d[3:6], d[6:]), "+353 %s %s %s" % (d[1:3], d[3:6], d[6:]),
                "+353%s" % d[1:], "%s-%s" % (d[:3], d[3:])][k]
    if region == "uk_mob":
        return ["%s %s" % (d[:5], d[5:]), "+44 %s %s %s" % (d[1:5], d[5:8], d[8:]),
                "+44(0)%s %s" % (d[1:5], d[5:]), d][k]
    return ["%s %s %s" % (d[:4], d[4:7], d[7:]), "(%s) %s" % (d[:4], d[4:]),
            "+44 %s %s %s" % (d[1:4], d[4:7], d[7:]), "%s-%s-%s" % (d[:4], d[4:7], d[7:])][k]


def phone_canon(text):
    return re.sub(r"\D", "", text)


FIRST = ["james", "sarah", "liam", "aoife", "priya", "tom", "megan", "dev", "chloe", "marcus",
         "siobhan", "olu", "fatima", "ben", "grace", "kev", "ana", "lukas", "niamh", "raj",
         "emma", "carlos", "zoe", "dmitri", "hannah", "sean", "mei", "jo", "ola", "pete"]
LAST = ["murphy", "okafor", "smith", "patel", "nguyen", "obrien", "kowalski", "jones",
        "garcia", "walsh", "khan", "evans", "muller", "rossi", "taylor", "brennan", "lee",
        "hughes", "dubois", "novak", "byrne", "wright", "silva", "ahmed", "clarke"]
DOMAINS = ["gmail.com", "yahoo.co.uk", "hotmail.com", "outlook.ie", "icloud.com",
           "btinternet.com", "protonmail.com", "aol.com", "live.co.uk", "eircom.net",
           "web.de", "orange.fr", "comcast.net", "sky.com"]


def gen_email():
    f, l = R.choice(FIRST), R.choice(LAST)
    k = R.randint(0, 5)
    local = [f + "." + l, f[0] + l, f + "_" + l + str(R.randint(1, 99)), f + l + str(R.randint(70, 99)),
             l + "." + f[0], f + "-" + l][k]
    return local + "@" + R.choice(DOMAINS)


def say_email(e):
    local, dom = e.split("@")
    out = []
    for part in re.split(r"([._-])", local):
        if part == ".":
            out.append("dot")
        elif part == "_":
            out.append("underscore")
        elif part == "-":
            out.append(R.choice(["dash", "hyphen"]))
        elif part:
            for sub in re.findall(r"[0-9]+|[a-z]+", part):
                if sub.isdigit():
                    out.append(" ".join(dword(c) if c != "0" else "zero" for c in sub))
                else:
                    out.append(sub)
    out.append("at")
    out.append(" dot ".join(dom.split(".")))
    return " ".join(out)


def gen_uk_pc():
    shapes = ["A9 9AA", "A99 9AA", "AA9 9AA", "AA99 9AA", "A9A 9AA", "AA9A 9AA"]
    sh = R.choice(shapes)
    L1 = "ABCDEFGHKLMNOPRSTUWY"
    L2 = "ABCDEFGHKLMNOPQRSTUVWXY"
    L3 = "ABDEFGHJLNPQRSTUWXYZ"
    out = []
    for i, c in enumerate(sh):
        if c == "9":
            out.append(R.choice(string.digits))
        elif c == "A":
            if i >= len(sh) - 2:
                out.append(R.choice(L3))
            elif i == 0:
                out.append(R.choice(L1) if sh[1] == "A" else R.choice("BEGLMNSW"))
            elif sh[i - 1] == "A":
                out.append(R.choice(L2))
            else:
                out.append(R.choice("ABEHMNPRVWXY"))
        else:
            out.append(c)
    return "".join(out)


def gen_zip():
    z = "%05d" % R.randint(1001, 99950)
    if R.random() < 0.25:
        z += "-%04d" % R.randint(1, 9999)
    return z


STREETS_UK = ["Harcourt Road", "Mill Lane", "Victoria Street", "Beechwood Avenue", "Church Close",
              "Station Road", "Kingsway", "Albert Terrace", "Orchard Drive", "Marlborough Crescent"]
STREETS_US = ["Maple Ave", "Hillcrest Rd", "Oak Street", "Sunset Blvd", "Elm Drive", "Pine Ct",
              "Lakeview Rd", "N Main St", "Cedar Lane", "Washington Ave"]
STREETS_IE = ["Griffith Avenue", "Main Street", "Clontarf Road", "Parnell Square", "Ashgrove Park"]


def gen_address(country):
    n = R.randint(1, 240)
    if country == "us":
        s = "%d %s" % (R.randint(10, 9899), R.choice(STREETS_US))
        if R.random() < 0.4:
            s += " Apt %d%s" % (R.randint(1, 30), R.choice("ABCD"))
        return s
    if country == "ie":
        return "%d %s" % (n, R.choice(STREETS_IE))
    if R.random() < 0.3:
        return "Flat %d, %d %s" % (R.randint(1, 12), n, R.choice(STREETS_UK))
    return "%d %s" % (n, R.choice(STREETS_UK))


def say_address(a):
    a = a.replace(",", "").lower()
    toks = []
    for t in a.split():
        if re.fullmatch(r"\d+[a-z]", t):
            toks.append(UNITS[int(t[:-1])] if len(t) == 2 else pair_word(t[:-1]))
            toks.append(t[-1])
        elif t.isdigit():
            if len(t) <= 2:
                toks.append(pair_word(t) if len(t) == 2 else UNITS[int(t)])
            else:
                toks.append(say_digits(t, mode=R.choice(["digit", "mix"])))
        else:
            toks.append({"ave": "avenue", "st": "street", "rd": "road", "w": "west", "n": "north",
                         "blvd": "boulevard", "ct": "court", "apt": "apartment"}.get(t, t))
    return " ".join(toks)


def gen_dob():
    return R.randint(1938, 2004), R.randint(1, 12), R.randint(1, 28)


def dob_typed(y, m, d, us=False):
    k = R.randint(0, 5)
    if us:
        return ["%02d/%02d/%d" % (m, d, y), "%d/%d/%d" % (m, d, y), "%s %d, %d" % (MONTHS[m - 1].title(), d, y),
                "%02d-%02d-%d" % (m, d, y), "%d-%02d-%02d" % (y, m, d), "%s %d %d" % (MON3[m - 1].title(), d, y)][k]
    return ["%02d/%02d/%d" % (d, m, y), "%d.%d.%d" % (d, m, y), "%d %s %d" % (d, MONTHS[m - 1].title(), y),
            "%02d-%02d-%02d" % (d, m, y % 100), "%d%s %s %d" % (d, "th" if 4 <= d <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th"), MON3[m - 1], y),
            "%02d%02d%d" % (d, m, y)][k]


def say_year(y):
    a, b = divmod(y, 100)
    if b == 0:
        return pair_word(str(a)) + " hundred"
    if y >= 2000 and y < 2010:
        return "two thousand and " + UNITS[b]
    return pair_word(str(a)) + " " + pair_word("%02d" % b)


def dob_spoken(y, m, d):
    k = R.randint(0, 3)
    if k == 0:
        return "the %s of %s %s" % (ORD[d], MONTHS[m - 1], say_year(y))
    if k == 1:
        return "%s the %s %s" % (MONTHS[m - 1], ORD[d], say_year(y))
    if k == 2:
        return "%s %s %s" % (ORD[d], MONTHS[m - 1], say_year(y))
    return "%s %s %s" % (say_digits("%02d" % d, "digit"), say_digits("%02d" % m, "digit"), say_year(y))


def gen_expiry():
    return R.randint(1, 12), R.randint(25, 32)


def exp_typed(m, y):
    k = R.randint(0, 5)
    return ["%02d/%02d" % (m, y), "%02d/20%02d" % (m, y), "%02d-%02d" % (m, y), "%02d%02d" % (m, y),
            "%d/%02d" % (m, y) if m >= 10 else "%02d / %02d" % (m, y), "%02d.%02d" % (m, y)][k]


def exp_canon(text):
    return re.sub(r"\D", "", spoken_to_text(text, months=True))


def exp_spoken(m, y):
    k = R.randint(0, 2)
    if k == 0:
        return "%s %s" % (say_digits("%02d" % m, "digit"), pair_word("%02d" % y))
    if k == 1:
        return "%s %s" % (MONTHS[m - 1], pair_word("%02d" % y))
    return "%s twenty %s" % (MONTHS[m - 1], pair_word("%02d" % y))


# ------------------------------------------------------------- typed forms
def card_typed(c):
    k = R.random()
    if len(c) == 15 and k < 0.5:
        return R.choice([" ", "-", ""]).join([c[:4], c[4:10], c[10:]])
    if k < 0.3:
        return " ".join(c[i:i + 4] for i in range(0, len(c), 4))
    if k < 0.45:
        return "-".join(c[i:i + 4] for i in range(0, len(c), 4))
    if k < 0.6:
        return c
    if k < 0.7:
        return ".".join(c[i:i + 4] for i in range(0, len(c), 4))
    if k < 0.8:
        return "  ".join(c[i:i + 4] for i in range(0, len(c), 4))
    if k < 0.9:
        return " - ".join(c[i:i + 4] for i in range(0, len(c), 4))
    # odd grouping from a typo'd paste
    cut = R.randint(5, len(c) - 4)
    return c[:cut] + " " + c[cut:]


def ssn_typed(s):
    return R.choice(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s.%s.%s", "%s - %s - %s", "%s/%s/%s"]) % (s[:3], s[3:5], s[5:])


def ni_typed(n):
    k = R.randint(0, 5)
    f = ["%s %s %s %s %s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8]), n, n.lower(),
         "%s%s %s" % (n[:2], n[2:8], n[8]), "%s-%s-%s-%s-%s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8]),
         n[0] + n[1].lower() + " " + n[2:8] + " " + n[8].lower()][k]
    return f


def sort_typed(s):
    return R.choice(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s/%s/%s", "%s.%s.%s"]) % (s[:2], s[2:4], s[4:])


def pc_typed(p):
    k = R.random()
    if k < 0.5:
        return p
    if k < 0.7:
        return p.lower()
    if k < 0.85:
        return p.replace(" ", "")
    return p.lower().replace(" ", "")


# ------------------------------------------------------------------ case build
class Case:
    def __init__(self, kind, note):
        self.kind = kind
        self.note = note
        self.turns = []  # (speaker, [segments])

    def add(self, speaker, *segs):
        self.turns.append((speaker, list(segs)))
        return self


def V(text, typ, canon=None, group=None):
    """value segment: canon is the expected normalised value (None -> skip equality)."""
    return ("__V__", text, typ, canon, group)


def render(case):
    gcan = getattr(case, "groups_canon", {})
    turns, spans, groups = [], [], {}
    for ti, (spk, segs) in enumerate(case.turns):
        buf = ""
        for s in segs:
            if isinstance(s, tuple):
                _, text, typ, canon, group = s
                st = len(buf)
                buf += text
                spans.append({"turn": ti, "start": st, "end": len(buf), "type": typ})
                key = group if group is not None else ("auto", len(spans))
                groups.setdefault(key, {"typ": typ, "canon": canon if group is None else gcan.get(group), "spans": []})
                groups[key]["spans"].append(len(spans) - 1)
            else:
                buf += s
        turns.append({"speaker": spk, "text": buf})
    return turns, spans, list(groups.values())


_gid = [0]


def newg():
    _gid[0] += 1
    return _gid[0]


def split_parts(s, n):
    cuts = sorted(R.sample(range(1, len(s)), n - 1))
    out, p = [], 0
    for c in cuts + [len(s)]:
        out.append(s[p:c])
        p = c
    return out


# -------------------------------------------------------------- typed helpers
def typo(s):
    """Introduce a typo into a word-ish string around values (not inside)."""
    words = s.split(" ")
    cand = [i for i, w in enumerate(words) if len(w) > 3 and w.isalpha()]
    if not cand or R.random() < 0.5:
        return s
    i = R.choice(cand)
    w = words[i]
    j = R.randint(1, len(w) - 2)
    op = R.randint(0, 2)
    if op == 0:
        w = w[:j] + w[j + 1] + w[j] + w[j + 2:]
    elif op == 1:
        w = w[:j] + w[j + 1:]
    else:
        w = w[:j] + w[j] + w[j:]
    words[i] = w
    return " ".join(words)


EMO = ["", "", " 🙂", " 😅", " 🙏", " 👍", " :)", " lol", " x", " 😩"]
CHANNELS = ["chat", "sms", "email", "social dm"]
IND = ["banking", "telecom", "utilities", "retail", "insurance", "travel", "healthcare billing",
       "government services"]


def emo():
    return R.choice(EMO)


def chan():
    return R.choice(["chat", "chat", "sms", "email", "social dm"])


def chan_msg():
    return R.choice(["chat", "chat", "sms", "social dm"])


# ================================================================ POSITIVES
POS = []


def pos(fn):
    POS.append(fn)
    return fn


@pos
def t_card_chat():
    c = gen_card()
    t = card_typed(c)
    ch = chan()
    case = Case("positive", "%s/retail: card typed '%s' style mid-message" % (ch, "grouped" if " " in t or "-" in t else "compact"))
    case.add("agent", R.choice(["Hi! What card would you like to use today?", "Please send the long card number when ready",
                                "Can I take the card number for the payment of £%d.%02d?" % (R.randint(5, 400), R.randint(0, 99))]))
    case.add("customer", typo(R.choice(["ok its ", "card number is ", "sure: ", "Here you go ", "CARD NO. "])), V(t, "CARD_NUMBER", c),
             typo(R.choice(["", " thanks", " - its a debit card", " ...order 2 items", " (the visa)"])) + emo())
    return case


@pos
def t_card_split_chat():
    c = gen_card()
    n = R.choice([2, 3, 4])
    if len(c) == 16 and R.random() < 0.7:
        cuts = sorted(R.sample([4, 8, 12], n - 1))
        parts = [c[a:b] for a, b in zip([0] + cuts, cuts + [len(c)])]
    else:
        while True:
            parts = split_parts(c, n)
            if min(len(x) for x in parts) >= 3:
                break
    g = newg()
    case = Case("positive", "%s/telecom: card split over %d messages, optional agent acks between" % (chan_msg(), n))
    case.add("agent", "Go ahead with the card number please")
    for i, p in enumerate(parts):
        pre = R.choice(["", "", "then ", "and "]) if i else ""
        case.add("customer", pre, V(p, "CARD_NUMBER", None, g), R.choice(["", "", "...", " ", " 🙂"]) if i < n - 1 else "")
        if i < n - 1 and R.random() < 0.4:
            case.add("agent", R.choice(["ok", "👍", "got it", "go on"]))
    case.groups_canon = {g: c}
    return case


@pos
def t_card_cvv_exp_chat():
    c = gen_card()
    m, y = gen_expiry()
    cvv = gen_digits(4 if c[:2] in ("34", "37") else 3, False)
    et = exp_typed(m, y)
    case = Case("positive", "%s/travel: card, expiry and cvv all in one message" % chan())
    case.add("agent", "To confirm the booking for flight BA%d I need card no., exp and the security code" % R.randint(100, 2999))
    style = R.randint(0, 2)
    if style == 0:
        case.add("customer", V(card_typed(c), "CARD_NUMBER", c), " exp ", V(et, "EXPIRY", exp_canon(et)), " cvv ", V(cvv, "CVV", cvv))
    elif style == 1:
        case.add("customer", typo("card: "), V(card_typed(c), "CARD_NUMBER", c), "\nexpiry: ", V(et, "EXPIRY", exp_canon(et)),
                 "\nsecurity code: ", V(cvv, "CVV", cvv), emo())
    else:
        case.add("customer", V(card_typed(c), "CARD_NUMBER", c), ", ", V(et, "EXPIRY", exp_canon(et)), ", ", V(cvv, "CVV", cvv),
                 typo(" (code on the back)"))
    return case


@pos
def t_card_call():
    c = gen_card()
    case = Case("positive", "call/banking: card read with double/triple and pair readings, fillers inside")
    case.add("agent", "okay and the long number across the front of the card please")
    case.add("customer", R.choice(["yeah it's ", "right so it's ", "okay ", "it's "]),
             V(say_digits(c, "mix", filler=0.08), "CARD_NUMBER", c))
    case.add("agent", "thank you and the expiry")
    m, y = gen_expiry()
    e = exp_spoken(m, y)
    case.add("customer", R.choice(["", "uh ", "it's "]), V(e, "EXPIRY", exp_canon(e)))
    return case


@pos
def t_card_call_split():
    c = gen_card()
    g = newg()
    parts = [c[i:i + 4] for i in range(0, len(c), 4)]
    case = Case("positive", "call/insurance: card split over several customer turns with agent back-channels and self correction")
    case.add("agent", "go ahead with the card number when you're ready")
    corrected = False
    for i, p in enumerate(parts):
        if not corrected and R.random() < 0.3 and len(p) == 4:
            wrong = p[:3] + str((int(p[3]) + 1) % 10)
            corrected = True
            case.add("customer", V(say_digits(wrong, "digit") + " no sorry " + say_digits(p, "digit"), "CARD_NUMBER", None, g))
        else:
            case.add("customer", R.choice(["", "", "um "]), V(say_digits(p, "digit"), "CARD_NUMBER", None, g))
        if i < len(parts) - 1:
            case.add("agent", R.choice(["mhm", "okay go on", "yep", "uh huh", "okay"]))
    case.groups_canon = {g: c}
    return case


@pos
def t_card_readback():
    c = gen_card()
    case = Case("positive", "call/retail: customer gives card, agent reads back last digits and full number")
    case.add("agent", "can I take the card number")
    case.add("customer", V(say_digits(c, "digit"), "CARD_NUMBER", c))
    case.add("agent", "thank you so that's ", V(say_digits(c, R.choice(["digit", "mix"])), "CARD_NUMBER", c), " is that right")
    case.add("customer", "yes that's right")
    return case


@pos
def t_ssn_chat():
    s = gen_ssn()
    case = Case("positive", "%s/%s: US SSN typed with varied separators" % (chan(), R.choice(["insurance", "healthcare billing", "banking"])))
    case.add("agent", R.choice(["To verify your identity please provide your SSN", "Can you confirm your social?",
                                "I'll need the last 4... actually the full SSN for this form"]))
    pre = R.choice(["ssn ", "its ", "SSN: ", "my social is ", "ok ", "Social security # "])
    case.add("customer", typo(pre), V(ssn_typed(s), "SSN", s), R.choice(["", " thx", ". my zip changed btw", emo()]))
    return case


@pos
def t_ssn_split_chat():
    s = gen_ssn()
    g = newg()
    case = Case("positive", "%s/government services: SSN split across three messages" % chan_msg())
    case.add("agent", "please type your social security number")
    case.add("customer", V(s[:3], "SSN", None, g))
    case.add("customer", V(s[3:5], "SSN", None, g))
    case.add("customer", V(s[5:], "SSN", None, g), R.choice(["", " sorry phone died", " 🙏"]))
    case.groups_canon = {g: s}
    return case


@pos
def t_ssn_call():
    s = gen_ssn()
    case = Case("positive", "call/healthcare billing: SSN spoken with fillers and doubles")
    case.add("agent", "and can you verify your social security number for me")
    case.add("customer", R.choice(["sure it's ", "yeah ", "okay it's uh "]), V(say_digits(s, "mix", filler=0.1), "SSN", s))
    if R.random() < 0.5:
        case.add("agent", "thank you and your balance today is %d dollars and %d cents" % (R.randint(20, 900), R.randint(1, 99)))
    return case


@pos
def t_ssn_call_split():
    s = gen_ssn()
    g = newg()
    case = Case("positive", "call/banking: SSN given in 3-2-4 chunks across turns")
    case.add("agent", "go ahead with your social")
    case.add("customer", V(say_digits(s[:3], "digit"), "SSN", None, g))
    case.add("agent", R.choice(["mhm", "okay"]))
    case.add("customer", V(say_digits(s[3:5], R.choice(["digit", "pairs"])), "SSN", None, g))
    case.add("agent", R.choice(["yep", "go on"]))
    case.add("customer", V(say_digits(s[5:], R.choice(["digit", "pairs", "mix"])), "SSN", None, g))
    case.groups_canon = {g: s}
    return case


@pos
def t_ni_chat():
    n = gen_ni()
    case = Case("positive", "%s/government services: UK NI number typed, mixed case / separators" % chan())
    case.add("agent", R.choice(["What's your National Insurance number?", "pls confirm NI no.", "Could you send your NINO"]))
    case.add("customer", typo(R.choice(["its ", "NI: ", "ni number ", "", "sure - "])), V(ni_typed(n), "NI_NUMBER", n), emo())
    return case


@pos
def t_ni_split_chat():
    n = gen_ni()
    g = newg()
    case = Case("positive", "%s/government services: NI number split over messages" % chan_msg())
    case.add("agent", "Please provide your national insurance number")
    k = R.randint(0, 1)
    if k == 0:
        case.add("customer", V(n[:2].lower() if R.random() < 0.5 else n[:2], "NI_NUMBER", None, g))
        case.add("customer", V(n[2:8], "NI_NUMBER", None, g))
        case.add("customer", V(n[8], "NI_NUMBER", None, g), " at the end" + emo())
    else:
        case.add("customer", V("%s %s %s" % (n[:2], n[2:4], n[4:6]), "NI_NUMBER", None, g))
        case.add("customer", "oops sent too early. ", V("%s %s" % (n[6:8], n[8]), "NI_NUMBER", None, g))
    case.groups_canon = {g: n}
    return case


@pos
def t_ni_call():
    n = gen_ni()
    case = Case("positive", "call/government services: NI number spelled with 'x for word' and double letters")
    case.add("agent", "can I take your national insurance number please")
    case.add("customer", R.choice(["yeah it's ", "okay so ", "it's "]), V(say_alnum(n), "NI_NUMBER", n))
    if R.random() < 0.5:
        case.add("agent", "lovely and that's for the claim you started on the %s of %s" % (ORD[R.randint(1, 28)], R.choice(MONTHS)))
    return case


@pos
def t_ni_call_split():
    n = gen_ni()
    g = newg()
    case = Case("positive", "call/utilities: NI number over turns with agent back-channels")
    case.add("agent", "and your national insurance number")
    case.add("customer", V(say_alnum(n[:2]), "NI_NUMBER", None, g))
    case.add("agent", "mhm")
    case.add("customer", V(say_alnum(n[2:5]), "NI_NUMBER", None, g))
    case.add("agent", "okay go on")
    case.add("customer", V(say_alnum(n[5:8]), "NI_NUMBER", None, g))
    case.add("agent", "and the letter at the end")
    case.add("customer", V(say_letter(n[8]), "NI_NUMBER", None, g))
    case.groups_canon = {g: n}
    return case


@pos
def t_bank_uk_chat():
    acc = gen_digits(8, False)
    sc = gen_digits(6, False)
    case = Case("positive", "%s/banking: UK account number and sort code in one message" % chan())
    case.add("agent", "Please send the account you want the refund of £%d.%02d paid to" % (R.randint(10, 500), R.randint(0, 99)))
    k = R.randint(0, 2)
    if k == 0:
        case.add("customer", "sort code ", V(sort_typed(sc), "SORT_CODE", sc), typo(" account "), V(acc, "BANK_ACCOUNT", acc))
    elif k == 1:
        case.add("customer", typo("acc no "), V(acc, "BANK_ACCOUNT", acc), "\nsc ", V(sort_typed(sc), "SORT_CODE", sc), emo())
    else:
        case.add("customer", V(sort_typed(sc), "SORT_CODE", sc), " / ", V(acc, "BANK_ACCOUNT", acc))
    return case


@pos
def t_bank_call():
    acc = gen_digits(8, False)
    sc = gen_digits(6, False)
    case = Case("positive", "call/banking: sort code in pairs and account number digit by digit")
    case.add("agent", "what's the sort code on the account")
    case.add("customer", "it's ", V(say_digits(sc, R.choice(["pairs", "digit"])), "SORT_CODE", sc))
    case.add("agent", "and the account number")
    case.add("customer", V(say_digits(acc, "mix", filler=0.1), "BANK_ACCOUNT", acc))
    return case


@pos
def t_bank_us_chat():
    acc = gen_digits(R.randint(9, 12), False)
    case = Case("positive", "%s/banking: US checking account number for autopay" % chan())
    case.add("agent", "What checking account should we set up for autopay? Routing is separate.")
    case.add("customer", typo(R.choice(["acct # ", "account number: ", "checking acct "])), V(acc, "BANK_ACCOUNT", acc), emo())
    return case


@pos
def t_bank_split():
    acc = gen_digits(8, False)
    g = newg()
    case = Case("positive", "call/utilities: account number split across turns")
    case.add("agent", "the bank account number for the direct debit")
    case.add("customer", V(say_digits(acc[:4], "digit"), "BANK_ACCOUNT", None, g))
    case.add("agent", "yep")
    case.add("customer", V(say_digits(acc[4:], "digit"), "BANK_ACCOUNT", None, g))
    case.groups_canon = {g: acc}
    return case


@pos
def t_iban_chat():
    ib = gen_iban()
    t = R.choice([group_iban(ib), ib, group_iban(ib).lower(), ib.lower(), group_iban(ib, "-")])
    case = Case("positive", "%s/travel: IBAN typed for refund (%s)" % (chan(), ib[:2]))
    case.add("agent", "Please provide your IBAN for the refund")
    case.add("customer", typo(R.choice(["IBAN: ", "my iban is ", "here ", ""])), V(t, "IBAN", ib), emo())
    return case


@pos
def t_iban_split():
    ib = gen_iban()
    g = newg()
    gr = group_iban(ib).split(" ")
    mid = R.randint(2, len(gr) - 1)
    case = Case("positive", "%s/banking: IBAN pasted in two messages" % chan_msg())
    case.add("agent", "What's the IBAN?")
    case.add("customer", V(" ".join(gr[:mid]), "IBAN", None, g))
    case.add("customer", V(" ".join(gr[mid:]), "IBAN", None, g), " sorry")
    case.groups_canon = {g: ib}
    return case


@pos
def t_iban_call():
    ib = gen_iban(R.choice(["IE", "GB", "DE", "NL"]))
    case = Case("positive", "call/banking: IBAN read out with letters spelled")
    case.add("agent", "okay and the iban")
    case.add("customer", V(say_alnum(ib), "IBAN", ib))
    return case


@pos
def t_phone_chat():
    region, d = gen_phone()
    t = fmt_phone_typed(region, d)
    case = Case("positive", "%s/telecom: phone number typed (%s)" % (chan(), region))
    case.add("agent", R.choice(["What's the best number to reach you on?", "Can I get a contact number?"]))
    case.add("customer", typo(R.choice(["", "call me on ", "mob: ", "its ", "tel "])), V(t, "PHONE", phone_canon(t)),
             R.choice(["", " after 5pm", " anytime before 9:30", emo()]))
    return case


@pos
def t_phone_call():
    region, d = gen_phone()
    intl = R.random() < 0.3 and region != "us"
    if intl:
        cc = "44" if region.startswith("uk") else "353"
        spoken = "plus " + say_digits(cc, "digit") + " " + say_digits(d[1:], "mix")
        canon = cc + d[1:]
    else:
        spoken = say_digits(d, "mix", filler=0.05)
        canon = d
    case = Case("positive", "call/utilities: phone number spoken (%s%s)" % (region, ", international" if intl else ""))
    case.add("agent", "and a good contact number for you")
    case.add("customer", R.choice(["yeah it's ", "it's ", "uh "]), V(spoken, "PHONE", canon))
    return case


@pos
def t_phone_split():
    region, d = gen_phone()
    g = newg()
    case = Case("positive", "call/telecom: phone number split with back-channel")
    case.add("agent", "and the number you're calling from")
    case.add("customer", V(say_digits(d[:5], "digit"), "PHONE", None, g))
    case.add("agent", R.choice(["mhm", "okay", "yeah"]))
    case.add("customer", V(say_digits(d[5:], "mix"), "PHONE", None, g))
    case.groups_canon = {g: d}
    return case


@pos
def t_email_chat():
    e = gen_email()
    t = R.choice([e, e, e.upper(), e.replace("@", " @ "), e.title()])
    case = Case("positive", "%s/retail: e-mail typed in message" % chan())
    case.add("agent", "What email should the receipt go to?")
    case.add("customer", typo(R.choice(["", "pls send to ", "email is ", "its "])), V(t, "EMAIL", e.lower()),
             R.choice(["", " thanks!", " (not the work one)", emo()]))
    return case


@pos
def t_email_call():
    e = gen_email()
    case = Case("positive", "call/insurance: e-mail spelled out ASR-style with 'dot' and 'at'")
    case.add("agent", "and what email address should we use")
    case.add("customer", R.choice(["it's ", "yeah so it's ", ""]), V(say_email(e), "EMAIL", e))
    return case


@pos
def t_postcode_chat():
    p = gen_uk_pc() if R.random() < 0.6 else gen_zip()
    t = pc_typed(p) if p[0].isalpha() else p
    canon = re.sub(r"[^A-Z0-9]", "", p.upper())
    case = Case("positive", "%s/utilities: postcode/ZIP typed alone" % chan())
    case.add("agent", "Can you confirm the postcode on the account?")
    case.add("customer", typo(R.choice(["", "postcode ", "its ", "zip "])), V(t, "POSTCODE", canon), emo())
    return case


@pos
def t_address_chat():
    country = R.choice(["uk", "us", "ie"])
    a = gen_address(country)
    case = Case("positive", "%s/retail: delivery address with postcode typed" % chan())
    case.add("agent", "What's the delivery address for order #%d?" % R.randint(100000, 9999999))
    if country == "uk":
        p = gen_uk_pc()
        case.add("customer", V(a, "ADDRESS"), ", %s, " % R.choice(["Leeds", "Bristol", "Manchester", "Cardiff"]),
                 V(pc_typed(p), "POSTCODE", p.replace(" ", "")), emo())
    elif country == "us":
        z = gen_zip()
        case.add("customer", typo("ship to "), V(a, "ADDRESS"), ", %s, " % R.choice(["Austin TX", "Denver CO", "Tampa FL", "Columbus OH"]),
                 V(z, "POSTCODE", z.replace("-", "")))
    else:
        case.add("customer", V(a, "ADDRESS"), ", %s" % R.choice(["Dublin 9", "Cork", "Galway"]), emo())
    return case


@pos
def t_address_call():
    country = R.choice(["uk", "us"])
    a = gen_address(country)
    case = Case("positive", "call/insurance: address and postcode spoken")
    case.add("agent", "can you confirm the first line of the address")
    case.add("customer", R.choice(["yeah it's ", "", "it's "]), V(say_address(a), "ADDRESS"))
    case.add("agent", "and the %s" % ("postcode" if country == "uk" else "zip code"))
    if country == "uk":
        p = gen_uk_pc()
        case.add("customer", V(say_alnum(p), "POSTCODE", p.replace(" ", "")))
    else:
        z = gen_zip().split("-")[0]
        case.add("customer", V(say_digits(z, "digit"), "POSTCODE", z))
    return case


@pos
def t_dob_chat():
    y, m, d = gen_dob()
    us = R.random() < 0.4
    case = Case("positive", "%s/%s: date of birth typed" % (chan(), R.choice(["banking", "healthcare billing", "insurance"])))
    case.add("agent", "For security please confirm your date of birth")
    case.add("customer", typo(R.choice(["", "dob ", "DOB: ", "born ", "its "])), V(dob_typed(y, m, d, us), "DOB"), emo())
    return case


@pos
def t_dob_call():
    y, m, d = gen_dob()
    case = Case("positive", "call/telecom: date of birth spoken, with age (unlabelled) nearby")
    case.add("agent", "can you confirm your date of birth")
    case.add("customer", R.choice(["yeah it's ", "", "uh "]), V(dob_spoken(y, m, d), "DOB"),
             R.choice(["", " so I'm %s now" % pair_word(str(2026 - y)) if 2026 - y >= 10 else ""]))
    return case


@pos
def t_mixed_chat():
    """several types in one e-mail body"""
    e = gen_email()
    region, d = gen_phone("uk_mob")
    pt = fmt_phone_typed(region, d)
    p = gen_uk_pc()
    a = gen_address("uk")
    n = gen_ni()
    case = Case("positive", "email/government services: e-mail body with address, postcode, phone, NI, email")
    case.add("customer", "Hi,\n\nI moved house on 3rd March and need my records updated (ref CSR-%d).\nNew address: " % R.randint(100000, 999999),
             V(a, "ADDRESS"), "\n", R.choice(["Sheffield", "Norwich", "York"]), " ", V(p, "POSTCODE", p.replace(" ", "")),
             "\nPhone: ", V(pt, "PHONE", phone_canon(pt)), "\nNI: ", V(ni_typed(n), "NI_NUMBER", n),
             "\nEmail ", V(e, "EMAIL", e), "\n\nThanks\n", R.choice(FIRST).title())
    return case


@pos
def t_mixed_us_chat():
    s = gen_ssn()
    y, m, d = gen_dob()
    z = gen_zip()
    case = Case("positive", "%s/healthcare billing: SSN, DOB and ZIP with claim number (unlabelled) in one message" % chan())
    case.add("agent", "I can look into claim %d. I'll need DOB, SSN and zip to verify." % R.randint(10000000, 99999999))
    case.add("customer", typo("dob "), V(dob_typed(y, m, d, True), "DOB"), typo(" ssn "), V(ssn_typed(s), "SSN", s),
             " zip ", V(z, "POSTCODE", z.replace("-", "")), emo())
    return case


@pos
def t_ni_ssn_both():
    n = gen_ni()
    case = Case("positive", "call/government services: NI given by caller, then read back by agent with phonetic letters")
    case.add("agent", "and your national insurance number")
    case.add("customer", V(say_alnum(n), "NI_NUMBER", n))
    case.add("agent", "so that's ", V(ni_typed(n).lower() if False else say_alnum(n), "NI_NUMBER", n), " yes")
    case.add("customer", "that's it yeah")
    return case


@pos
def t_card_dm_messy():
    c = gen_card()
    g = newg()
    g1 = c[:8]
    g2 = c[8:]
    case = Case("positive", "social dm/retail: card pasted with stray characters and chat between halves")
    case.add("customer", typo("hiya can u take payment for the jacket"), " ", "£%d" % R.randint(30, 200), emo())
    case.add("agent", "Of course! DM me the long card number 💳")
    case.add("customer", V(" ".join([g1[:4], g1[4:]]), "CARD_NUMBER", None, g), " ...")
    case.add("customer", typo("hang on kids screaming"), " 😩")
    case.add("customer", V(" ".join(g2[i:i + 4] for i in range(0, len(g2), 4)), "CARD_NUMBER", None, g))
    case.groups_canon = {g: c}
    return case


@pos
def t_sms_cvv_only():
    cvv = gen_digits(3, False)
    m, y = gen_expiry()
    et = exp_typed(m, y)
    case = Case("positive", "sms/telecom: expiry and CVV sent as short separate texts after prompt")
    case.add("agent", "Reply with your card expiry date")
    case.add("customer", V(et, "EXPIRY", exp_canon(et)))
    case.add("agent", "Now the 3 digit security code on the back")
    case.add("customer", V(cvv, "CVV", cvv), emo())
    return case


@pos
def t_cvv_call():
    cvv = gen_digits(R.choice([3, 3, 4]), False)
    case = Case("positive", "call/retail: CVV spoken after prompt, order total (unlabelled) mentioned")
    case.add("agent", "and the %s on the back of the card" % R.choice(["three digit code", "security code", "cvv"]))
    case.add("customer", R.choice(["it's ", "", "um "]), V(say_digits(cvv, "digit"), "CVV", cvv))
    case.add("agent", "thank you that's %s pounds %s taken" % (pair_word(str(R.randint(21, 99))), pair_word(str(R.randint(11, 99)))))
    return case


@pos
def t_sort_chat_odd():
    sc = gen_digits(6, False)
    acc = gen_digits(8, False)
    g = newg()
    case = Case("positive", "chat/banking: sort code and account each in own message, caps label")
    case.add("agent", "Sort code and acc number please")
    case.add("customer", "SORT ", V(sort_typed(sc), "SORT_CODE", sc))
    case.add("customer", "ACC ", V(acc[:4] + " " + acc[4:], "BANK_ACCOUNT", acc), emo())
    return case


@pos
def t_phone_email_sms():
    region, d = gen_phone("us")
    t = fmt_phone_typed(region, d)
    e = gen_email()
    case = Case("positive", "sms/travel: phone and email in one text with booking ref (unlabelled)")
    case.add("customer", typo("booking ref QX%d - pls update contact to " % R.randint(1000, 9999)), V(t, "PHONE", phone_canon(t)),
             " and ", V(e, "EMAIL", e), emo())
    return case


@pos
def t_dob_call_split():
    y, m, d = gen_dob()
    g = newg()
    case = Case("positive", "call/banking: DOB given as day month then year after back-channel")
    case.add("agent", "and your date of birth please")
    case.add("customer", V("%s of %s" % (ORD[d], MONTHS[m - 1]), "DOB", None, g))
    case.add("agent", "mhm")
    case.add("customer", V(say_year(y), "DOB", None, g))
    return case


@pos
def t_email_obfuscated_chat():
    e = gen_email()
    local, dom = e.split("@")
    k = R.randint(0, 2)
    if k == 0:
        t = local + " at " + dom.replace(".", " dot ")
    elif k == 1:
        t = local + " AT " + dom.replace(".", " DOT ")
    else:
        t = local + " at " + dom
    case = Case("positive", "%s/retail: e-mail typed with 'at'/'dot' words to dodge filters" % chan())
    case.add("agent", "What's the best email for the return label?")
    case.add("customer", typo(R.choice(["its ", "send it to ", ""])), V(t, "EMAIL", e), emo())
    return case


@pos
def t_nbsp_paste():
    c = gen_card()
    cvv = gen_digits(3, False)
    t = "\u00a0".join(c[i:i + 4] for i in range(0, len(c), 4))
    case = Case("positive", "chat/utilities: card pasted from a notes app with non-breaking spaces, cvv in next message")
    case.add("agent", "Please enter the card number to clear the £%d.%02d arrears" % (R.randint(40, 600), R.randint(0, 99)))
    case.add("customer", V(t, "CARD_NUMBER", c))
    case.add("customer", "cvv ", V(cvv, "CVV", cvv), " (copied from my notes lol)")
    return case


@pos
def t_expiry_words_chat():
    m, y = gen_expiry()
    c = gen_card()
    e = R.choice(["%s %02d" % (MON3[m - 1], y), "%s 20%02d" % (MONTHS[m - 1].title(), y), "%02d/%02d" % (m, y)])
    case = Case("positive", "%s/insurance: card typed, then expiry typed with month name" % chan())
    case.add("agent", "Card number and expiry please")
    case.add("customer", V(card_typed(c), "CARD_NUMBER", c))
    case.add("customer", typo("expires "), V(e, "EXPIRY", "%02d%s" % (m, ("20%02d" % y) if "20" + str(y) in e else "%02d" % y)), emo())
    return case


@pos
def t_call_card_exp_one_turn():
    c = gen_card()
    m, y = gen_expiry()
    cvv = gen_digits(3, False)
    e = exp_spoken(m, y)
    case = Case("positive", "call/travel: card, expiry and cvv in one long ASR turn with chit-chat")
    case.add("agent", "okay i'll need the card details for the %s pound deposit" % pair_word(str(R.randint(21, 99))))
    case.add("customer", "okay the number is ", V(say_digits(c, "digit"), "CARD_NUMBER", c), " and it expires ",
             V(e, "EXPIRY", exp_canon(e)), " and the code on the back is ", V(say_digits(cvv, "digit"), "CVV", cvv),
             " sorry i'm driving")
    return case


@pos
def t_sort_call_split():
    sc = gen_digits(6, False)
    g = newg()
    case = Case("positive", "call/banking: sort code given in pairs across turns")
    case.add("agent", "and the sort code")
    case.add("customer", V(say_digits(sc[:2], "pairs"), "SORT_CODE", None, g))
    case.add("agent", "yep")
    case.add("customer", V(say_digits(sc[2:4], "pairs"), "SORT_CODE", None, g))
    case.add("agent", "mhm")
    case.add("customer", V(say_digits(sc[4:], "pairs"), "SORT_CODE", None, g))
    case.groups_canon = {g: sc}
    return case


@pos
def t_iban_email_body():
    ib = gen_iban(R.choice(["DE", "FR", "NL", "ES", "IT", "BE", "IE"]))
    case = Case("positive", "email/insurance: IBAN in an e-mail body with claim number (unlabelled)")
    case.add("customer", "Dear team,\n\nplease pay the settlement for claim %d into my account:\nIBAN: " % R.randint(1000000, 99999999),
             V(group_iban(ib), "IBAN", ib), "\nBIC: %s%sXXX\n\nKind regards" % (R.choice(["COBA", "BNPA", "INGB", "BSCH"]), ib[:2]))
    return case


@pos
def t_phone_dm_words():
    region, d = gen_phone(R.choice(["uk_mob", "ie"]))
    g = newg()
    case = Case("positive", "social dm/telecom: phone number split across two DMs with chit-chat")
    case.add("customer", typo("can someone ring me about my bill? its %s" % money()))
    case.add("agent", "Sure, what number?")
    case.add("customer", V(d[:5], "PHONE", None, g), "...")
    case.add("customer", V(d[5:], "PHONE", None, g), typo(" after lunch pls") + emo())
    case.groups_canon = {g: d}
    return case


WEIGHTS = {
    "t_email_obfuscated_chat": 5, "t_nbsp_paste": 3, "t_expiry_words_chat": 5, "t_call_card_exp_one_turn": 3,
    "t_sort_call_split": 3, "t_iban_email_body": 4, "t_phone_dm_words": 3,
    "t_card_chat": 14, "t_card_split_chat": 7, "t_card_cvv_exp_chat": 7, "t_card_call": 6, "t_card_call_split": 4,
    "t_card_readback": 2, "t_card_dm_messy": 3,
    "t_ssn_chat": 14, "t_ssn_split_chat": 5, "t_ssn_call": 6, "t_ssn_call_split": 3, "t_mixed_us_chat": 5,
    "t_ni_chat": 13, "t_ni_split_chat": 5, "t_ni_call": 6, "t_ni_call_split": 3, "t_ni_ssn_both": 2,
    "t_bank_uk_chat": 6, "t_bank_call": 4, "t_bank_us_chat": 3, "t_bank_split": 2, "t_sort_chat_odd": 3,
    "t_iban_chat": 7, "t_iban_split": 3, "t_iban_call": 3,
    "t_phone_chat": 7, "t_phone_call": 5, "t_phone_split": 2, "t_phone_email_sms": 3,
    "t_email_chat": 6, "t_email_call": 5,
    "t_postcode_chat": 6, "t_address_chat": 9, "t_address_call": 6, "t_mixed_chat": 4,
    "t_dob_chat": 6, "t_dob_call": 5, "t_dob_call_split": 2,
    "t_sms_cvv_only": 5, "t_cvv_call": 5,
}


# ================================================================ NEGATIVES
def money():
    return R.choice(["£%d.%02d" % (R.randint(1, 2000), R.randint(0, 99)), "$%d" % R.randint(5, 5000),
                     "€%d,%02d" % (R.randint(1, 900), R.randint(0, 99)), "%d quid" % R.randint(2, 300),
                     "$%d,%03d.%02d" % (R.randint(1, 3), R.randint(0, 999), R.randint(0, 99))])


NEG = []


def neg(fn):
    NEG.append(fn)
    return fn


@neg
def n_order_chat():
    c = Case("negative", "%s/retail: order number, amount and delivery time" % chan())
    c.add("customer", typo("hi my order #%d hasnt arrived, paid %s on the %d%s" % (R.randint(1000000, 99999999), money(),
                                                                                      R.randint(4, 20), "th")) + emo())
    c.add("agent", "Sorry about that! Order %d is due between %d:%02d and %d:00 tomorrow." % (
        R.randint(1000000, 99999999), R.randint(8, 11), R.choice([0, 15, 30, 45]), R.randint(12, 18)))
    return c


@neg
def n_ticket_call():
    ref = str(R.randint(10000000, 9999999999))
    c = Case("negative", "call/telecom: ticket reference read digit by digit with its reference word")
    c.add("agent", "your ticket reference is " + say_digits(ref, "digit"))
    c.add("customer", "okay and how long will the engineer take")
    c.add("agent", "about %s minutes and it's a %s pound call out" % (pair_word(str(R.randint(21, 59))), pair_word(str(R.randint(21, 99)))))
    return c


@neg
def n_meter_chat():
    c = Case("negative", "%s/utilities: meter reading and tariff prices" % chan())
    c.add("customer", typo("meter reading today is %05d, last one was %05d" % (R.randint(10000, 60000), R.randint(1000, 9999))) + emo())
    c.add("agent", "Thanks! Your unit rate is %d.%02dp/kWh and standing charge %d.%02dp a day." % (
        R.randint(20, 35), R.randint(0, 99), R.randint(30, 60), R.randint(0, 99)))
    return c


@neg
def n_flight_chat():
    c = Case("negative", "%s/travel: flight number, seat, times and price" % chan())
    c.add("customer", typo("can i change flight %s%d on %d %s to the %d:%02d one? seat %d%s" % (
        R.choice(["FR", "EI", "BA", "UA", "LH"]), R.randint(100, 9999), R.randint(1, 28), R.choice(MON3).title(),
        R.randint(6, 21), R.choice([0, 5, 35, 50]), R.randint(1, 40), R.choice("ABCDEF"))))
    c.add("agent", "Yes, the change fee is %s plus the fare difference of %s." % (money(), money()))
    return c


@neg
def n_balance_call():
    c = Case("negative", "call/banking: balance, percentages and payment date read out")
    c.add("agent", "your balance is %s thousand %s hundred and %s pounds" % (
        say_digits(str(R.randint(1, 9)), "digit"), say_digits(str(R.randint(1, 9)), "digit"), pair_word(str(R.randint(21, 99)))))
    c.add("customer", "and what's the interest rate")
    c.add("agent", "it's %s point %s percent and your next payment is due on the %s of %s" % (
        pair_word(str(R.randint(11, 29))), UNITS[R.randint(1, 9)], ORD[R.randint(1, 28)], R.choice(MONTHS)))
    return c


@neg
def n_claim_chat():
    c = Case("negative", "%s/insurance: claim number with CLM prefix, incident date and excess" % chan())
    c.add("customer", typo("Claim ref CLM-%d — the accident was on %02d/%02d/%d at about %d:%02dpm" % (
        R.randint(100000, 9999999), R.randint(1, 28), R.randint(1, 12), R.randint(2023, 2026), R.randint(1, 11), R.randint(0, 59))))
    c.add("agent", "Thanks. Your excess is %s and we'll call back within %d working days." % (money(), R.randint(2, 10)))
    return c


@neg
def n_appointment_call():
    c = Case("negative", "call/healthcare billing: appointment date and invoice number, not a DOB")
    c.add("agent", "i can see invoice number %s for %s dollars" % (say_digits(str(R.randint(100000, 99999999)), "digit"),
                                                                pair_word(str(R.randint(21, 99)))))
    c.add("customer", "yeah that was for my appointment on the %s of %s %s" % (ORD[R.randint(1, 28)], R.choice(MONTHS),
                                                                             say_year(R.randint(2023, 2026) if False else 2025)))
    return c


@neg
def n_model_chat():
    c = Case("negative", "%s/retail: model numbers, quantities and sizes" % chan())
    c.add("customer", typo("do u have the %s-%d%s in stock? need %d of them, size %d" % (
        R.choice(["WX", "KD", "HP", "SM"]), R.randint(100, 9999), R.choice(["", "B", "XL"]), R.randint(2, 12), R.randint(6, 14))) + emo())
    c.add("agent", "We've got %d left at %s each, delivery %d-%d days." % (R.randint(3, 50), money(), R.randint(1, 3), R.randint(4, 7)))
    return c


@neg
def n_speed_chat():
    c = Case("negative", "%s/telecom: broadband speeds, router model, contract start date" % chan())
    c.add("customer", typo("speed test says %d.%d Mbps but I pay for %d, contract started %d/%02d/%d" % (
        R.randint(1, 80), R.randint(0, 9), R.choice([100, 150, 500, 900]), R.randint(1, 28), R.randint(1, 12), R.randint(2021, 2025))))
    c.add("agent", "Sorry! Can you restart the Hub %d and check again in %d minutes?" % (R.randint(2, 6), R.randint(5, 20)))
    return c


@neg
def n_age_temp_call():
    c = Case("negative", "call/insurance: ages, years, temperature and counts")
    c.add("customer", "my son is %s and my daughter is %s we've been with you since %s" % (
        UNITS[R.randint(2, 9)], TEENS[R.randint(0, 9)], say_year(R.randint(1995, 2019))))
    c.add("agent", "great and the pipes burst when it was minus %s degrees so we'll cover %s percent" % (UNITS[R.randint(2, 9)], pair_word(str(R.randint(50, 90)))))
    return c


@neg
def n_room_chat():
    c = Case("negative", "%s/travel: hotel room, booking confirmation number, check-in time" % chan())
    c.add("customer", typo("booking conf %d, room %d, check in %d:%02d, %d nights for %d adults" % (
        R.randint(10000000, 999999999), R.randint(101, 1240), R.randint(13, 16), R.choice([0, 30]), R.randint(1, 14), R.randint(1, 4))))
    c.add("agent", "All set, total %s incl. %d%% VAT." % (money(), R.choice([10, 13, 20, 23])))
    return c


@neg
def n_payment_date_chat():
    c = Case("negative", "%s/utilities: payment dates and amounts that are not birth dates" % chan())
    c.add("customer", typo("I paid %s on %s and another %s on %02d/%02d/%d, invoice INV%d" % (
        money(), "%d %s" % (R.randint(1, 28), R.choice(MON3).title()), money(), R.randint(1, 28), R.randint(1, 12), R.randint(2025, 2026),
        R.randint(100000, 9999999))))
    c.add("agent", "Thanks, both are showing. Balance is now %s." % money())
    return c


@neg
def n_count_call():
    c = Case("negative", "call/retail: quantities, prices, order reference in spoken form")
    c.add("customer", "i ordered %s of the %s pound ones and order number %s" % (
        UNITS[R.randint(2, 9)], pair_word(str(R.randint(21, 99))), say_digits(str(R.randint(1000000, 99999999)), "digit")))
    c.add("agent", "okay i can see it it'll be there in %s to %s days" % (UNITS[R.randint(2, 4)], UNITS[R.randint(5, 9)]))
    return c


@neg
def n_time_chat():
    c = Case("negative", "%s/government services: opening hours, durations, case number" % chan())
    c.add("customer", typo("how long does the passport take? applied %d weeks ago case no %d" % (R.randint(2, 12), R.randint(1000000, 9999999999))))
    c.add("agent", "Currently %d-%d weeks. Phone lines are open %d:00-%d:00 Mon-Fri." % (R.randint(3, 5), R.randint(6, 10), R.randint(7, 9), R.randint(17, 20)))
    return c


@neg
def n_last4_chat():
    c = Case("negative", "%s/banking: card mentioned without number, percentages, amounts, years" % chan())
    c.add("customer", typo("why was I charged %s twice? my card has been with you since %d" % (money(), R.randint(2005, 2022))) + emo())
    c.add("agent", "I see two pending transactions of %s; one drops off in %d-%d business days. Cashback is %d%%." % (money(), R.randint(1, 3), R.randint(4, 7), R.randint(1, 5)))
    return c


@neg
def n_callback_sms():
    c = Case("negative", "sms/telecom: callback time, wait duration, outage ref with hyphen, data allowance")
    c.add("customer", typo("waited %d mins on hold!! outage ref %d-%d still open, pls call back at %d:%02d" % (
        R.randint(20, 95), R.randint(1000, 9999), R.randint(100, 999), R.randint(9, 17), R.choice([0, 15, 30, 45]))) + emo())
    c.add("agent", "Sorry! Engineers estimate %d hours. We've added %dGB data and a £%d credit." % (R.randint(2, 48), R.choice([5, 10, 20, 50]), R.randint(5, 25)))
    return c


@neg
def n_bill_change_call():
    c = Case("negative", "call/utilities: bill amounts, kilowatt hours and tariff end date spoken")
    c.add("customer", "my bill went from %s pounds %s to %s pounds and i only used %s kilowatt hours" % (
        pair_word(str(R.randint(41, 99))), pair_word(str(R.randint(11, 99))), "one hundred and " + pair_word(str(R.randint(21, 99))),
        say_digits(str(R.randint(200, 999)), "digit")))
    c.add("agent", "i understand your fixed tariff ended on the %s of %s so you moved to the standard rate of %s pence" % (
        ORD[R.randint(1, 28)], R.choice(MONTHS), pair_word(str(R.randint(21, 35)))))
    return c


@neg
def n_account_balance_chat():
    c = Case("negative", "%s/banking: balances, overdraft limit, APR, transfer amount and date" % chan())
    c.add("customer", typo("balance says %s but i transferred %s on %d/%02d?? overdraft limit is %s" % (
        money(), money(), R.randint(1, 28), R.randint(1, 12), "£%d" % R.choice([250, 500, 1000, 1500]))))
    c.add("agent", "The transfer is pending until %d:%02d today. Arranged overdraft APR is %d.%d%%." % (
        R.randint(15, 23), R.choice([0, 30]), R.randint(19, 39), R.randint(0, 9)))
    return c


NEG_WEIGHTS = {f.__name__: 8 for f in NEG}


# ================================================================ build
def build():
    global R
    R = random.Random(SEED)
    _gid[0] = 0
    posfns = {f.__name__: f for f in POS}
    pos_list = []
    for name in sorted(WEIGHTS):
        pos_list += [name] * WEIGHTS[name]
    R.shuffle(pos_list)
    neg_list = []
    for f in NEG:
        neg_list += [f.__name__] * NEG_WEIGHTS[f.__name__]
    R.shuffle(neg_list)
    negfns = {f.__name__: f for f in NEG}
    out = []
    meta = []
    for i, name in enumerate(pos_list, 1):
        case = posfns[name]()
        turns, spans, groups = render(case)
        gc = getattr(case, "groups_canon", {})
        obj = {"id": "h45-pos-%03d" % i, "kind": "positive", "turns": turns, "spans": spans, "note": case.note}
        out.append(obj)
        meta.append((obj, groups, gc, name))
    for i, name in enumerate(neg_list, 1):
        case = negfns[name]()
        turns, spans, groups = render(case)
        obj = {"id": "h45-neg-%03d" % i, "kind": "negative", "turns": turns, "spans": [], "note": case.note}
        assert not spans
        out.append(obj)
        meta.append((obj, [], {}, name))
    return out, meta


def dump(out):
    return "".join(json.dumps(o, ensure_ascii=False) + "\n" for o in out)


def counts(out):
    c = {t: 0 for t in TYPES}
    for o in out:
        for s in o["spans"]:
            c[s["type"]] += 1
    return c


def check_all(out, meta):
    errs = []
    ids = set()
    for o in out:
        if o["id"] in ids:
            errs.append("duplicate id " + o["id"])
        ids.add(o["id"])
        if o["kind"] == "negative" and o["spans"]:
            errs.append(o["id"] + ": negative with spans")
        if o["kind"] == "positive" and not o["spans"]:
            errs.append(o["id"] + ": positive without spans")
        bt = {}
        for s in o["spans"]:
            if s["type"] not in TYPES:
                errs.append("%s: bad type %s" % (o["id"], s["type"]))
            if not (0 <= s["turn"] < len(o["turns"])):
                errs.append("%s: bad turn" % o["id"])
                continue
            t = o["turns"][s["turn"]]["text"]
            if not (0 <= s["start"] < s["end"] <= len(t)):
                errs.append("%s: offsets out of range" % o["id"])
                continue
            v = t[s["start"]:s["end"]]
            if v != v.strip() or not v:
                errs.append("%s: span has edge whitespace %r" % (o["id"], v))
            if s["start"] > 0 and t[s["start"] - 1].isalnum() and v[0].isalnum():
                errs.append("%s: span start not on word boundary %r" % (o["id"], v))
            if s["end"] < len(t) and t[s["end"]].isalnum() and v[-1].isalnum():
                errs.append("%s: span end not on word boundary %r" % (o["id"], v))
            bt.setdefault(s["turn"], []).append((s["start"], s["end"]))
        for tl in bt.values():
            tl.sort()
            for a, b in zip(tl, tl[1:]):
                if b[0] < a[1]:
                    errs.append("%s: overlapping spans" % o["id"])
    for obj, groups, gc, name in meta:
        for grp in groups:
            typ = grp["typ"]
            texts = []
            for si in grp["spans"]:
                sp = obj["spans"][si]
                x = obj["turns"][sp["turn"]]["text"][sp["start"]:sp["end"]]
                texts.append(x.split(" no sorry ")[-1])
            if typ == "EMAIL":
                norm = normalise(typ, " ".join(texts))
            elif typ in ("DOB", "ADDRESS"):
                norm = " ".join(normalise(typ, x) for x in texts)
            else:
                norm = "".join(normalise(typ, x) for x in texts)
            e = validate(typ, norm, grp["canon"])
            if e:
                errs.append("%s: %s" % (obj["id"], e))
    c = counts(out)
    npos = sum(o["kind"] == "positive" for o in out)
    nneg = len(out) - npos
    if npos < 170:
        errs.append("only %d positives" % npos)
    if nneg < 100:
        errs.append("only %d negatives" % nneg)
    for t in TYPES:
        need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
        if c[t] < need:
            errs.append("type %s has %d spans < %d" % (t, c[t], need))
    return errs


def readme(out):
    c = counts(out)
    npos = sum(o["kind"] == "positive" for o in out)
    nneg = len(out) - npos
    typed = sum(1 for o in out if not o["note"].startswith("call/"))
    lines = [
        "# PII redaction held-out set 45",
        "",
        "**Never use this set for tuning.** It is a held-out evaluation set; looking at failures",
        "here and changing the redactor to fix them makes the set worthless.",
        "",
        "## Who wrote it and how",
        "",
        "Written by an AI helper acting as an independent author. The author did not see the",
        "redaction code, its tests, its docs, the benchmark, or any other PII fixture; only a",
        "three-line example of the JSONL format. Cases are generated by",
        "`scripts/make_pii_holdout45.py` (standard library only, one `random.Random(45241123)`),",
        "from template functions whose turns are assembled from plain-text segments and",
        "(value, TYPE) segments, so offsets are computed, never typed by hand.",
        "`python scripts/make_pii_holdout45.py --check` regenerates and verifies the file",
        "byte-for-byte, id uniqueness, offsets/word boundaries/non-overlap, and validates every",
        "value after normalising spoken forms (Luhn, IBAN mod-97, NI format, SSN 9 digits, sort",
        "code 6 digits, CVV/phone/account digit counts, UK postcode / US ZIP shapes).",
        "",
        "Emphasis: about two thirds typed channels (web chat, SMS, e-mail bodies, social DMs) with",
        "messy typing (typos around values, odd separators, mixed case, emojis, values split over",
        "several messages); the rest are ASR-style call transcripts (lower case, numbers as words,",
        "'oh'/'o'/'nought' for zero, double/triple, pairs such as 'forty one', letters as",
        "'q for queen', e-mails as 'j dot doe at gmail dot com', fillers, back-channels, self",
        "corrections, agent read-backs).",
        "",
        "## Annotation conventions",
        "",
        "- A span covers the value only, not its label ('card number is', 'my social is', 'DOB:').",
        "- Separators and spaces inside a value are inside the span; filler words (um, uh) and a",
        "  self-correction ('... no sorry ...') occurring inside a spoken reading are inside the span.",
        "- A value split across turns/messages gets one span per piece, each with the full type.",
        "- Agent read-backs of a value are labelled like the customer's reading.",
        "- DOB spans cover the whole date ('the third of march nineteen eighty four'); a trailing age",
        "  ('so I'm forty') is not labelled.",
        "- ADDRESS covers the street line (house/flat number + street); the town is not labelled;",
        "  postcode/ZIP is a separate POSTCODE span.",
        "- EMAIL spoken form covers from the first local-part word through the last domain word.",
        "- International phone prefixes ('+44', 'plus four four') are inside the PHONE span.",
        "- Typed e-mails written with words ('jo.lee at gmail dot com') are labelled EMAIL whole;",
        "  values pasted with non-breaking spaces keep them inside the span.",
        "- Positive cases also contain unlabelled non-PII numbers (amounts, order/claim/booking",
        "  numbers, flight numbers, ages, times); redacting those is not required and they carry",
        "  no gold span.",
        "- Negatives contain money, times, dates of payments/appointments, order/ticket/claim/",
        "  invoice/booking/case numbers with their reference word, flight/room/model numbers,",
        "  meter readings, speeds, ages, temperatures, percentages and balances; nothing in a",
        "  negative may be redacted.",
        "",
        "## Counts",
        "",
        "- cases: %d (positive %d, negative %d); typed-channel cases: %d, call cases: %d" % (
            len(out), npos, nneg, typed, len(out) - typed),
        "",
        "| type | spans |",
        "|---|---|",
    ]
    for t in TYPES:
        lines.append("| %s | %d |" % (t, c[t]))
    lines.append("| total | %d |" % sum(c.values()))
    lines.append("")
    return "\n".join(lines)


def main():
    out, meta = build()
    data = dump(out)
    rd = readme(out)
    if "--check" in sys.argv[1:]:
        errs = check_all(out, meta)
        if not os.path.exists(CASES):
            errs.append("missing " + CASES)
        else:
            with open(CASES, encoding="utf-8") as f:
                if f.read() != data:
                    errs.append("cases.jsonl differs from regenerated output")
            out2, meta2 = build()
            if dump(out2) != data:
                errs.append("generation not deterministic")
            with open(CASES, encoding="utf-8") as f:
                for ln in f:
                    json.loads(ln)
        if not os.path.exists(README) or open(README, encoding="utf-8").read() != rd:
            errs.append("README.md differs from regenerated output")
        c = counts(out)
        npos = sum(o["kind"] == "positive" for o in out)
        print("cases %d: positive %d, negative %d" % (len(out), npos, len(out) - npos))
        for t in TYPES:
            print("  %-13s %d" % (t, c[t]))
        for e in errs[:60]:
            print("ERROR", e)
        if errs:
            print("FAILED: %d problems" % len(errs))
            sys.exit(1)
        print("OK")
        return
    os.makedirs(OUT_DIR, exist_ok=True)
    with open(CASES, "w", encoding="utf-8") as f:
        f.write(data)
    with open(README, "w", encoding="utf-8") as f:
        f.write(rd)
    print("wrote %d cases to %s" % (len(out), CASES))


if __name__ == "__main__":
    main()

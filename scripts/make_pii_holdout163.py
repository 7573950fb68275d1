#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set h163 (standard library only).

Written by an AI helper acting as an independent author who did not see the
redaction code.  Usage:
    python scripts/make_pii_holdout163.py          # write fixture + README
    python scripts/make_pii_holdout163.py --check  # regenerate + verify
"""
import json
import os
import random
import re
import sys
from collections import Counter

SEED = 163241124
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUTDIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout163")
CASES = os.path.join(OUTDIR, "cases.jsonl")
README = os.path.join(OUTDIR, "README.md")
TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE",
         "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

R = random.Random(SEED)

# ---------------------------------------------------------------- spoken forms
UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
         "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
       "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
       "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty first", "twenty second",
       "twenty third", "twenty fourth", "twenty fifth", "twenty sixth", "twenty seventh",
       "twenty eighth"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "f": "foxtrot",
        "g": "golf", "h": "hotel", "j": "juliet", "k": "kilo", "l": "lima", "m": "mike",
        "n": "november", "p": "papa", "r": "romeo", "s": "sierra", "t": "tango", "w": "whiskey",
        "x": "x ray", "y": "yankee", "z": "zulu", "o": "oscar", "u": "uniform", "v": "victor"}


_Z = [None]


def zero_word(uk=True):
    if _Z[0]:
        return _Z[0]
    return R.choice(["oh", "o", "zero", "nought"] if uk else ["oh", "o", "zero"])


def say_digits(s, doubles=True, zero=None):
    out, i = [], 0
    z = zero or zero_word()
    while i < len(s):
        d = s[i]
        w = z if d == "0" else UNITS[int(d)]
        if doubles and i + 2 < len(s) and s[i + 1] == d and s[i + 2] == d and R.random() < 0.6:
            out.append("triple " + w); i += 3; continue
        if doubles and i + 1 < len(s) and s[i + 1] == d and R.random() < 0.6:
            out.append("double " + w); i += 2; continue
        out.append(w); i += 1
    return " ".join(out)


def say_pair(p, z=None):
    if p[0] == "0":
        zw = z or zero_word()
        return zw + " " + UNITS[int(p[1])] if p[1] != "0" else zw + " " + zw
    n = int(p)
    if n < 20:
        return TEENS[n - 10]
    return TENS[n // 10] + ("" if n % 10 == 0 else " " + UNITS[n % 10])


def say_pairs(s, z=None):
    parts = [s[i:i + 2] for i in range(0, len(s), 2)]
    return " ".join(say_pair(p, z) if len(p) == 2 else UNITS[int(p)] for p in parts)


def say_mixed(s):
    """Random mix of digit-by-digit and pairs, chunked by 4."""
    chunks = [s[i:i + 4] for i in range(0, len(s), 4)]
    return " ".join(say_pairs(c) if len(c) % 2 == 0 and R.random() < 0.4 else say_digits(c) for c in chunks)


def say_year(y):
    return say_pair(str(y)[:2]) + " " + say_pair(str(y)[2:])


def say_alnum(s, nato=0.3):
    out = []
    for ch in s:
        if ch.isdigit():
            out.append(UNITS[int(ch)] if ch != "0" else R.choice(["zero", "nought"]))
        elif ch.isalpha():
            c = ch.lower()
            if R.random() < nato:
                out.append("%s for %s" % (c, NATO.get(c, "apple")))
            else:
                out.append(c)
    return " ".join(out)


# ---------------------------------------------------------------- values
def luhn_ok(d):
    tot = 0
    for i, ch in enumerate(reversed(d)):
        x = int(ch)
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return tot % 10 == 0


def card():
    kind = R.choice(["visa", "visa", "mc", "mc", "amex", "disc", "visa13", "long19"])
    pre, n = {"visa": ("4", 16), "mc": (R.choice(["51", "52", "53", "54", "55", "2221"]), 16),
              "amex": (R.choice(["34", "37"]), 15), "disc": ("6011", 16), "visa13": ("4", 13),
              "long19": ("62", 19)}[kind]
    body = pre + "".join(R.choice("0123456789") for _ in range(n - len(pre) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def group(d, sizes, sep):
    out, i = [], 0
    for s in sizes:
        if d[i:i + s]:
            out.append(d[i:i + s])
        i += s
    if i < len(d):
        out.append(d[i:])
    return sep.join(out)


def card_typed(d):
    sep = R.choice([" ", " ", "-", "", ".", "  ", " - ", ",", "_"])
    if len(d) == 15:
        return group(d, [4, 6, 5], sep)
    if len(d) == 13:
        return group(d, [4, 4, 5], sep)
    if R.random() < 0.15:
        return group(d, [4, 8], sep or " ")
    return group(d, [4] * 5, sep)


def ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


def ssn_typed(d):
    return R.choice([d[:3] + "-" + d[3:5] + "-" + d[5:], d[:3] + " " + d[3:5] + " " + d[5:], d,
                     d[:3] + "." + d[3:5] + "." + d[5:], d[:3] + "-" + d[3:5] + "-" + d[5:]])


NI_FIRST = "ABCEGHJKLMNOPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def ni():
    while True:
        p = R.choice(NI_FIRST) + R.choice(NI_SECOND)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + "".join(R.choice("0123456789") for _ in range(6)) + R.choice("ABCD")


def ni_typed(v):
    f = R.choice([0, 1, 2, 3, 4])
    if f == 0:
        s = "%s %s %s %s %s" % (v[:2], v[2:4], v[4:6], v[6:8], v[8])
    elif f == 1:
        s = v
    elif f == 2:
        s = "%s%s %s" % (v[:2], v[2:8], v[8])
    elif f == 3:
        s = "%s-%s-%s-%s-%s" % (v[:2], v[2:4], v[4:6], v[6:8], v[8])
    else:
        s = "%s %s %s" % (v[:2], v[2:8], v[8])
    return s.lower() if R.random() < 0.3 else s


def ni_spoken(v):
    lead = say_alnum(v[:2], 0.4)
    mid = say_pairs(v[2:8], R.choice(["zero", "nought", "oh"])) if R.random() < 0.4 else say_digits(v[2:8], zero=R.choice(["zero", "nought"]))
    return lead + " " + mid + " " + say_alnum(v[8], 0.3)


def mod97(s):
    return int("".join(str(int(c, 36)) for c in s)) % 97


def iban():
    cc, n = R.choice([("GB", None), ("GB", None), ("IE", None), ("DE", 18), ("FR", 23), ("NL", None), ("ES", 20)])
    if cc in ("GB", "IE"):
        bban = R.choice(["NWBK", "BARC", "LOYD", "MIDL", "AIBK", "BOFI"]) + "".join(R.choice("0123456789") for _ in range(14))
    elif cc == "NL":
        bban = R.choice(["ABNA", "INGB", "RABO"]) + "".join(R.choice("0123456789") for _ in range(10))
    else:
        bban = "".join(R.choice("0123456789") for _ in range(n))
    chk = 98 - mod97(bban + cc + "00")
    return cc + "%02d" % chk + bban


def iban_typed(v):
    s = " ".join(v[i:i + 4] for i in range(0, len(v), 4)) if R.random() < 0.65 else v
    return s.lower() if R.random() < 0.2 else s


def phone():
    k = R.choice(["ukmob", "ukmob", "ukland", "us", "us", "ie", "intl44"])
    if k == "ukmob":
        d = "07" + "".join(R.choice("0123456789") for _ in range(9))
        return d, R.choice([d[:5] + " " + d[5:], d, d[:5] + " " + d[5:8] + " " + d[8:], d[:5] + "-" + d[5:]])
    if k == "ukland":
        d = R.choice(["0161", "0113", "0117", "0141", "0121"]) + "".join(R.choice("0123456789") for _ in range(7))
        return d, R.choice([d[:4] + " " + d[4:7] + " " + d[7:], "(" + d[:4] + ") " + d[4:], d])
    if k == "us":
        d = str(R.randint(201, 989)) + str(R.randint(200, 989)) + "%04d" % R.randint(0, 9999)
        return d, R.choice(["(%s) %s-%s" % (d[:3], d[3:6], d[6:]), "%s-%s-%s" % (d[:3], d[3:6], d[6:]),
                            "%s.%s.%s" % (d[:3], d[3:6], d[6:]), "+1 %s %s %s" % (d[:3], d[3:6], d[6:]), d])
    if k == "ie":
        d = "08" + R.choice("35679") + "".join(R.choice("0123456789") for _ in range(7))
        return d, R.choice([d[:3] + " " + d[3:6] + " " + d[6:], "+353 " + d[1:3] + " " + d[3:6] + " " + d[6:], d])
    d = "7" + "".join(R.choice("0123456789") for _ in range(9))
    return "44" + d, R.choice(["+44 " + d[:4] + " " + d[4:], "+44" + d, "0044 " + d[:4] + " " + d[4:], "+44 (0)" + d[:4] + " " + d[4:]])


def phone_spoken(d):
    if d.startswith("44") and len(d) == 12:
        return "plus four four " + say_digits(d[2:6]) + " " + say_mixed(d[6:])
    if R.random() < 0.3 and len(d) == 11:
        return say_digits(d[:5]) + " " + say_pairs(d[5:])
    return say_digits(d[:5]) + " " + say_digits(d[5:])


FIRST = ["james", "sarah", "aoife", "liam", "priya", "tomasz", "maria", "kevin", "niamh", "david", "chloe",
         "mohammed", "emma", "sean", "lucia", "owen", "grace", "raj", "hannah", "pierre", "joanne", "marcus"]
LAST = ["murphy", "smith", "kowalski", "obrien", "patel", "jones", "garcia", "walsh", "nguyen", "taylor",
        "byrne", "muller", "evans", "okafor", "hughes", "rossi", "campbell", "brennan"]
DOMAINS = ["gmail.com", "yahoo.co.uk", "hotmail.com", "outlook.ie", "icloud.com", "btinternet.com", "eircom.net",
           "aol.com", "protonmail.com", "live.co.uk", "web.de", "orange.fr"]


def email():
    f, l = R.choice(FIRST), R.choice(LAST)
    local = R.choice([f + "." + l, f[0] + "." + l, f + l + str(R.randint(1, 99)), f + "_" + l, l + "." + f[0],
                      f + str(R.randint(70, 99))])
    return local, R.choice(DOMAINS)


def email_typed(local, dom):
    s = local + "@" + dom
    r = R.random()
    return s if r < 0.7 else (s.capitalize() if r < 0.85 else local.title() + "@" + dom.upper())


SPOKEN_SYMS = {".": "dot", "_": "underscore", "-": "dash"}


def email_spoken(local, dom):
    def sp(s):
        out = []
        for tok in re.findall(r"[a-z]+|\d+|[._-]", s):
            if tok in SPOKEN_SYMS:
                out.append(SPOKEN_SYMS[tok])
            elif tok.isdigit():
                out.append(say_pairs(tok) if len(tok) == 2 else say_digits(tok))
            else:
                for f in FIRST:
                    if tok.startswith(f) and tok[len(f):] in LAST:
                        tok = f + " " + tok[len(f):]
                        break
                out.append(tok)
        return " ".join(out)
    return sp(local) + " at " + sp(dom)


def sort_code():
    return "".join(R.choice("0123456789") for _ in range(6))


def sort_typed(d):
    return R.choice([d[:2] + "-" + d[2:4] + "-" + d[4:], d, d[:2] + " " + d[2:4] + " " + d[4:], d[:2] + "." + d[2:4] + "." + d[4:]])


def account(us=False):
    n = R.choice([10, 11, 12]) if us else 8
    return "".join(R.choice("0123456789") for _ in range(n))


def dob():
    return R.randint(1, 28), R.randint(1, 12), R.randint(1941, 2004)


def dob_typed(d, m, y, us=False):
    f = R.randint(0, 6)
    if f == 0:
        return ("%02d/%02d/%d" % (m, d, y)) if us else ("%02d/%02d/%d" % (d, m, y))
    if f == 1:
        return "%d.%d.%02d" % (d, m, y % 100)
    if f == 2:
        return "%s %d%s %d" % (MONTHS[m - 1].capitalize(), d, "th" if d > 3 else ["", "st", "nd", "rd"][d], y)
    if f == 3:
        return "%d %s %d" % (d, MONTHS[m - 1][:3].capitalize(), y)
    if f == 4:
        return "%d-%02d-%02d" % (y, m, d)
    if f == 5:
        return "%d/%d/%d" % (d, m, y)
    return "%02d-%s-%d" % (d, MONTHS[m - 1][:3], y)


def dob_spoken(d, m, y):
    yr = say_year(y) if y < 2000 else ("two thousand" if y == 2000 else "two thousand and " + UNITS[y - 2000])
    f = R.randint(0, 3)
    if f == 0:
        return "the %s of %s %s" % (ORD[d], MONTHS[m - 1], yr)
    if f == 1:
        return "%s %s %s" % (MONTHS[m - 1], ORD[d], yr)
    if f == 2:
        return "%s %s %s" % (say_pair("%02d" % d), say_pair("%02d" % m), yr)
    return "%s of %s %s" % (ORD[d], MONTHS[m - 1], yr)


def expiry():
    return R.randint(1, 12), R.randint(2025, 2032)


def expiry_typed(m, y):
    return R.choice(["%02d/%02d" % (m, y % 100), "%02d/%d" % (m, y), "%02d-%02d" % (m, y % 100), "%d/%02d" % (m, y % 100),
                     "%s %d" % (MONTHS[m - 1][:3].capitalize(), y), "%02d%02d" % (m, y % 100)])


def expiry_spoken(m, y):
    return R.choice(["%s %s" % (say_pair("%02d" % m), say_pair("%02d" % (y % 100))),
                     "%s twenty %s" % (MONTHS[m - 1], say_pair("%02d" % (y % 100))),
                     "%s %s" % (say_pair("%02d" % m), say_year(y))])


LETTERS = "ABCDEFGHJKLMNOPRSTUWXY"
INW = "ABDEFGHJLNPQRSTUWXYZ"


def postcode_uk():
    d = lambda: R.choice("0123456789")
    L = lambda: R.choice(LETTERS)
    out = R.choice([L() + d(), L() + d() + d(), L() + L() + d(), L() + L() + d() + d(), L() + d() + L(), L() + L() + d() + L()])
    return out + " " + d() + R.choice(INW) + R.choice(INW)


def postcode_typed(p):
    f = R.random()
    if f < 0.15:
        return p.replace(" ", "")
    if f < 0.35:
        return p.lower()
    return p


def zip_us():
    z = "%05d" % R.randint(1001, 99950)
    return z if R.random() < 0.75 else z + "-%04d" % R.randint(1, 9999)


STREETS = ["maple", "high", "church", "station", "victoria", "oak", "elm", "mill", "park", "king", "queen",
           "grafton", "main", "washington", "cedar", "lincoln", "dorset", "clarendon", "orchard", "sycamore"]
SUFFIX = ["street", "road", "avenue", "lane", "drive", "close", "crescent", "way", "place", "terrace", "court", "boulevard"]
ABBR = {"street": "St", "road": "Rd", "avenue": "Ave", "lane": "Ln", "drive": "Dr", "close": "Cl",
        "crescent": "Cres", "way": "Way", "place": "Pl", "terrace": "Terr", "court": "Ct", "boulevard": "Blvd"}


def address():
    return R.randint(1, 480), R.choice(STREETS), R.choice(SUFFIX), (R.randint(1, 30) if R.random() < 0.2 else None)


def address_typed(n, st, sf, flat):
    s = "%d %s %s" % (n, st.capitalize(), ABBR[sf] if R.random() < 0.5 else sf.capitalize())
    if R.random() < 0.2:
        s = s.lower()
    if flat:
        s = R.choice(["Flat %d, " % flat, "Apt %d " % flat, "flat %d " % flat]) + s
    return s


def say_number(n):
    if n < 10:
        return UNITS[n]
    if n < 100:
        return say_pair("%02d" % n)
    h, r = divmod(n, 100)
    if R.random() < 0.5:
        return UNITS[h] + " " + (say_pair("%02d" % r) if r >= 10 else (zero_word() + " " + UNITS[r]))
    return UNITS[h] + " hundred" + ("" if r == 0 else " and " + (say_pair("%02d" % r) if r >= 10 else UNITS[r]))


def address_spoken(n, st, sf, flat):
    s = "%s %s %s" % (say_number(n), st, sf)
    if flat:
        s = "flat %s %s" % (say_number(flat), s)
    return s


HOMO = {"two": ["to", "too"], "four": ["for"], "eight": ["ate"]}


def homophones(text):
    """Sometimes write ASR homophones for digit words ("for" for four)."""
    if R.random() > 0.35:
        return text
    w = text.split(" ")
    for i, x in enumerate(w):
        if x in HOMO and R.random() < 0.5 and not (i > 0 and w[i - 1] in TENS[2:]):
            w[i] = R.choice(HOMO[x])
    return " ".join(w)


# ---------------------------------------------------------------- value factory
def val(T, spoken, us=False):
    """Return (text, canonical) for type T."""
    _Z[0] = R.choice(["oh", "o", "zero", "nought", "oh", None]) if spoken else None
    try:
        text, canon = _val(T, spoken, us)
    finally:
        _Z[0] = None
    if spoken and T not in ("EMAIL", "DOB", "ADDRESS", "EXPIRY", "CVV") and R.random() < 0.25:
        parts = split_spoken(text, 2)
        if len(parts) == 2:
            text = parts[0] + " " + R.choice(["um", "uh", "erm"]) + " " + parts[1]
    return text, canon


def _val(T, spoken, us):
    if T == "CARD_NUMBER":
        d = card()
        return homophones(say_mixed(d) if R.random() < 0.5 else say_digits(d)) if spoken else card_typed(d), d
    if T == "CVV":
        d = "".join(R.choice("0123456789") for _ in range(R.choice([3, 3, 3, 4])))
        return (say_digits(d) if spoken else d), d
    if T == "EXPIRY":
        m, y = expiry()
        return (expiry_spoken(m, y) if spoken else expiry_typed(m, y)), "%02d%02d" % (m, y % 100)
    if T == "SSN":
        d = ssn()
        if spoken:
            return R.choice([say_digits(d, zero=R.choice(["oh", "zero", "o"])),
                             say_digits(d[:3]) + " " + say_pair(d[3:5]) + " " + say_pairs(d[5:])]), d
        return ssn_typed(d), d
    if T == "NI_NUMBER":
        v = ni()
        return (ni_spoken(v) if spoken else ni_typed(v)), v
    if T == "BANK_ACCOUNT":
        d = account(us)
        return (say_mixed(d) if spoken else (d if R.random() < 0.8 else d[:4] + " " + d[4:])), d
    if T == "SORT_CODE":
        d = sort_code()
        return ((say_pairs(d) if R.random() < 0.5 else say_digits(d)) if spoken else sort_typed(d)), d
    if T == "IBAN":
        v = iban()
        return (say_alnum(v, 0.15) if spoken else iban_typed(v)), v
    if T == "PHONE":
        d, t = phone()
        return (homophones(phone_spoken(d)) if spoken else t), d
    if T == "EMAIL":
        l, dm = email()
        return (email_spoken(l, dm) if spoken else email_typed(l, dm)), l + "@" + dm
    if T == "DOB":
        d, m, y = dob()
        return (dob_spoken(d, m, y) if spoken else dob_typed(d, m, y, us)), "%d" % y
    if T == "POSTCODE":
        if us:
            z = zip_us()
            return (say_digits(z.replace("-", "")[:5]) if spoken else z), z.replace("-", "")[:5] if spoken else z.replace("-", "")
        p = postcode_uk()
        return (say_alnum(p, 0.25) if spoken else postcode_typed(p)), p.replace(" ", "")
    if T == "ADDRESS":
        a = address()
        return (address_spoken(*a) if spoken else address_typed(*a)), a[2]
    raise ValueError(T)


# ---------------------------------------------------------------- contexts
TYPED_ASK = {
    "CARD_NUMBER": ["Can you type the long card number please?", "please provide the card number you'd like to use",
                    "What's the 16 digit number on the card?"],
    "CVV": ["and the 3 digit security code on the back?", "CVV please", "what's the security code on the back of the card"],
    "EXPIRY": ["Expiry date?", "and when does the card expire?", "what's the expiry on the card (MM/YY)"],
    "SSN": ["To verify, can you provide your Social Security number?", "please confirm your SSN", "I'll need your social to pull up the file"],
    "NI_NUMBER": ["Could you confirm your National Insurance number?", "what's your NI number please", "We need your NINO to process the claim."],
    "BANK_ACCOUNT": ["What's the account number?", "please send the account no. for the refund", "Which account number should the direct debit come from?"],
    "SORT_CODE": ["And the sort code?", "what's the sort code for that account", "Sort code please"],
    "IBAN": ["Please share the IBAN for the refund.", "could you paste your IBAN", "What IBAN should we pay into?"],
    "PHONE": ["What's the best number to reach you on?", "can i get a contact number", "Please confirm the mobile number on the account."],
    "EMAIL": ["What email address should we send the confirmation to?", "whats the email on the account", "Could you confirm your email?"],
    "DOB": ["Can you confirm your date of birth?", "For security, what's your DOB?", "date of birth please"],
    "POSTCODE": ["What's the postcode at the property?", "and the postcode?", "Please confirm the postcode/zip on the account."],
    "ADDRESS": ["What's the first line of the address?", "Can you confirm the street address?", "where should we send the replacement?"],
}
TYPED_LEAD = {
    "CARD_NUMBER": ["card no is ", "Card number: ", "its ", "ok here u go ", "the card is ", "visa ", "long number - ", "", "Card: "],
    "CVV": ["cvv ", "its ", "security code is ", "code on the back: ", "", "cvc "],
    "EXPIRY": ["exp ", "expires ", "its ", "expiry: ", "", "valid thru "],
    "SSN": ["ssn is ", "SSN: ", "my social is ", "its ", "social security no. ", ""],
    "NI_NUMBER": ["NI no: ", "my ni number is ", "its ", "NINO ", "national insurance num is ", ""],
    "BANK_ACCOUNT": ["acc no ", "account number: ", "its ", "acct # ", "account num ", ""],
    "SORT_CODE": ["sort code ", "sc: ", "its ", "sortcode ", ""],
    "IBAN": ["IBAN: ", "iban is ", "here: ", "my iban ", ""],
    "PHONE": ["call me on ", "my mob is ", "its ", "tel: ", "number is ", "cell ", ""],
    "EMAIL": ["email is ", "its ", "e-mail: ", "send it to ", "use ", ""],
    "DOB": ["dob ", "DOB: ", "born ", "its ", "date of birth is ", "birthday "],
    "POSTCODE": ["postcode ", "its ", "post code is ", "zip ", "pc: ", ""],
    "ADDRESS": ["i live at ", "address is ", "its ", "send to ", "first line: ", ""],
}
TYPED_TAIL = ["", "", " thanks", " thx", " 👍", " ta", "!", " .", " cheers", " 🙂", " pls", " x", " if that helps"]
SPOKEN_ASK = {
    "CARD_NUMBER": ["okay and the long number across the front of the card", "go ahead with the card number when you're ready", "can i take the card number please"],
    "CVV": ["and the last three digits on the back the security code", "and the security code please", "the three digit code on the signature strip"],
    "EXPIRY": ["and the expiry date", "when does that card expire", "what's the expiry on it"],
    "SSN": ["can you verify your social security number for me", "and your social please", "i'll just need the s s n to verify"],
    "NI_NUMBER": ["can i take your national insurance number", "and your n i number please", "could you read out your national insurance number"],
    "BANK_ACCOUNT": ["and the account number", "what's the account number you'd like to use", "can you read me the account number"],
    "SORT_CODE": ["and the sort code", "what's the sort code on that account", "can i have the sort code please"],
    "IBAN": ["can you read out the i ban for me", "and the iban please letter by letter", "what's the iban"],
    "PHONE": ["what's the best contact number for you", "can i take a phone number", "and a number we can call you back on"],
    "EMAIL": ["and what's your email address", "can i get an email for the confirmation", "which email should we use"],
    "DOB": ["can you confirm your date of birth", "and your date of birth please", "just for security what's your date of birth"],
    "POSTCODE": ["and what's the postcode", "can you confirm the postcode", "what's the zip code there"],
    "ADDRESS": ["can you confirm the first line of the address", "and what's the address", "what street address is that"],
}
SPOKEN_LEAD = {"default": ["yeah it's ", "yes it's ", "it's ", "um it's ", "okay so ", "right ", "sure ", "yeah ", "uh ", ""],
               "DOB": ["it's ", "yeah ", "i was born on ", "the dob is ", ""],
               "ADDRESS": ["it's ", "i'm at ", "yeah ", "we live at ", ""],
               "EMAIL": ["it's ", "yeah it's ", "my email is ", ""]}
SPOKEN_TAIL = ["", "", " yeah", " that's it", " okay", " i think", " sorry"]
BACKCH = ["mhm", "okay", "yep", "okay go on", "uh huh", "right", "got it", "yes"]
TYPOS = ["sory", "thnks", "acount", "nmber", "becuase", "recieved", "pls", "plz", "teh", "wat", "dont", "im", "u"]
PREFIXES = ["", "", "", "[14:02] ", "> ", "Re: ", "ok ", "hiya ", "Hi, ", "hello ", "sorry ", "👋 ", "  "]

IND_T = ["banking", "telecom", "utilities", "retail", "insurance", "travel", "healthcare billing", "government services"]
UK_IND = {"NI_NUMBER", "SORT_CODE"}
US_IND = {"SSN"}


def spk(turns_text):
    return turns_text


def lead(T, spoken):
    if spoken:
        return R.choice(SPOKEN_LEAD.get(T, SPOKEN_LEAD["default"]))
    return R.choice(TYPED_LEAD[T])


def messy(s):
    """Randomly change case/typos of a plain (non-PII) text segment."""
    core = s.rstrip()
    return _messy(core) + s[len(core):]


def _messy(s):
    r = R.random()
    if r < 0.2:
        return s.lower()
    if r < 0.27:
        return s.upper()
    if r < 0.4:
        w = s.split(" ")
        if len(w) > 2:
            i = R.randrange(len(w))
            w[i] = R.choice(TYPOS)
            return " ".join(w)
    return s


def country_for(T):
    if T in UK_IND:
        return False
    if T in US_IND:
        return True
    return R.random() < 0.35


# ---------------------------------------------------------------- case builder
class Case:
    def __init__(self, kind, note):
        self.kind, self.note, self.turns, self.groups = kind, note, [], {}

    def v(self, T, text, canon, mode="full"):
        gid = len(self.groups)
        self.groups[gid] = (T, canon, mode)
        return (text, T, gid)

    def add(self, speaker, *segs):
        self.turns.append((speaker, list(segs)))
        return self

    def build(self, cid):
        turns, spans = [], []
        for ti, (sp, segs) in enumerate(self.turns):
            text = ""
            for s in segs:
                if isinstance(s, tuple):
                    t, T, gid = s
                    spans.append({"turn": ti, "start": len(text), "end": len(text) + len(t), "type": T, "_g": gid})
                    text += t
                else:
                    text += s
            turns.append({"speaker": sp, "text": text})
        return {"id": cid, "kind": self.kind, "turns": turns, "spans": spans, "note": self.note}


def split_typed(text, parts):
    """Split a typed value into `parts` chunks at separator runs or between characters."""
    runs = [(m.start(), m.end()) for m in re.finditer(r"[ .\-]+", text)]
    if len(runs) >= parts - 1:
        cuts = sorted(R.sample(runs, parts - 1))
        out, prev = [], 0
        for a, b in cuts:
            out.append(text[prev:a]); prev = b
        out.append(text[prev:])
        return out
    parts = max(2, min(parts, len(text) // 3))
    ok = [i for i in range(3, len(text) - 2) if text[i - 1].isalnum() and text[i].isalnum()]
    cuts = []
    for c in R.sample(ok, len(ok)):
        if len(cuts) == parts - 1:
            break
        if all(abs(c - x) >= 3 for x in cuts):
            cuts.append(c)
    cuts.sort()
    out, prev = [], 0
    for c in cuts:
        out.append(text[prev:c]); prev = c
    out.append(text[prev:])
    return out


def split_spoken(text, parts):
    w = text.split(" ")
    # never split inside "double x", "x for y", "forty one"
    ok = [i for i in range(1, len(w)) if w[i - 1] not in ("double", "triple", "for", "plus") and w[i] != "for"
          and not (w[i - 1] in TENS[2:] and w[i] in UNITS[1:]) and not (w[i - 1] in ("x",) and w[i] == "ray")]
    cuts = []
    for c in R.sample(ok, len(ok)):
        if len(cuts) == parts - 1:
            break
        if all(abs(c - x) >= 3 for x in cuts) and c >= 3 and len(w) - c >= 3:
            cuts.append(c)
    if not cuts:
        return [text]
    cuts.sort()
    out, prev = [], 0
    for c in cuts:
        out.append(" ".join(w[prev:c])); prev = c
    out.append(" ".join(w[prev:]))
    return out


# ---------------------------------------------------------------- positive templates
CHANNELS_T = ["web chat", "SMS", "e-mail", "social DM", "web chat", "app chat", "WhatsApp"]


def t_single(T, spoken):
    us = country_for(T)
    text, canon = val(T, spoken, us)
    ind = R.choice(IND_T)
    c = Case("positive", "")
    if spoken:
        c.add("agent", R.choice(SPOKEN_ASK[T]))
        c.add("customer", lead(T, True), c.v(T, text, canon), R.choice(SPOKEN_TAIL))
        c.note = "call/%s: %s spoken in one turn" % (ind, T)
    else:
        ch = R.choice(CHANNELS_T)
        c.add("agent", R.choice(TYPED_ASK[T]))
        c.add("customer", R.choice(PREFIXES) + messy(lead(T, False)), c.v(T, text, canon), R.choice(TYPED_TAIL))
        c.note = "%s/%s: %s typed mid-message with messy wording" % (ch, ind, T)
    return c


def t_split(T, spoken):
    us = country_for(T)
    text, canon = val(T, spoken, us)
    ind = R.choice(IND_T)
    parts = R.choice([2, 3, 3, 4])
    chunks = split_spoken(text, parts) if spoken else split_typed(text, parts)
    c = Case("positive", "")
    c.add("agent", R.choice(SPOKEN_ASK[T] if spoken else TYPED_ASK[T]))
    gid = None
    for i, ch in enumerate(chunks):
        seg = c.v(T, ch, canon) if gid is None else (ch, T, gid)
        gid = seg[2]
        if i == 0:
            c.add("customer", lead(T, spoken) if spoken else messy(lead(T, False)), seg)
        elif i == len(chunks) - 1:
            c.add("customer", seg, R.choice(SPOKEN_TAIL if spoken else TYPED_TAIL))
        else:
            c.add("customer", seg)
        if i < len(chunks) - 1 and (spoken or R.random() < 0.4):
            c.add("agent", R.choice(BACKCH))
    c.note = "%s/%s: %s split over %d customer %s" % ("call" if spoken else R.choice(CHANNELS_T), ind, T, len(chunks),
                                                    "turns with back-channels" if spoken else "messages")
    return c


def nofill(text):
    return " ".join(w for w in text.split(" ") if w not in ("um", "uh", "erm"))


def t_readback(T, spoken):
    us = country_for(T)
    text, canon = val(T, spoken, us)
    ind = R.choice(IND_T)
    c = Case("positive", "")
    c.add("agent", R.choice(SPOKEN_ASK[T] if spoken else TYPED_ASK[T]))
    c.add("customer", lead(T, spoken), c.v(T, text, canon))
    if spoken:
        c.add("agent", R.choice(["so that's ", "let me read that back ", "okay i've got ", "just to confirm "]), c.v(T, nofill(text), canon),
              R.choice([" is that right", " correct", "", " yeah"]))
        c.add("customer", R.choice(["yes that's right", "yep", "correct", "that's it yeah"]))
    else:
        c.add("agent", R.choice(["Thanks, just to confirm: ", "So that's ", "I have "]), c.v(T, text, canon), R.choice(["?", " - correct?", ", is that right?"]))
        c.add("customer", R.choice(["yes", "yep 👍", "correct", "Yes thats right"]))
    c.note = "%s/%s: %s given by customer and read back by agent (both labelled)" % ("call" if spoken else "web chat", ind, T)
    return c


def t_payment(spoken):
    ind = R.choice(["retail", "telecom", "utilities", "travel", "insurance"])
    c = Case("positive", "")
    cn, cc = val("CARD_NUMBER", spoken)
    ex, ec = val("EXPIRY", spoken)
    cv, vc = val("CVV", spoken)
    amt = R.choice(["£49.99", "$120.00", "€75.50", "£310", "$19.95"])
    if spoken:
        c.add("agent", "okay so that's %s to pay today can i take the card number" % say_money())
        c.add("customer", R.choice(["yeah it's ", "okay ", ""]), c.v("CARD_NUMBER", cn, cc))
        c.add("agent", "thank you and the expiry")
        c.add("customer", c.v("EXPIRY", ex, ec))
        c.add("agent", "and the three digits on the back")
        c.add("customer", R.choice(["", "it's ", "um "]), c.v("CVV", cv, vc))
        c.note = "call/%s: card, expiry and CVV in consecutive turns, amount unlabelled" % ind
    else:
        mode = R.randint(0, 2)
        c.add("agent", messy("You can pay the %s balance here. Please send card details." % amt))
        if mode == 0:
            c.add("customer", messy("card "), c.v("CARD_NUMBER", cn, cc), R.choice([" exp ", " expiry ", " , ", " "]), c.v("EXPIRY", ex, ec),
                  R.choice([" cvv ", " code ", " sec "]), c.v("CVV", vc if False else cv, vc), R.choice(TYPED_TAIL))
            c.note = "chat/%s: card, expiry and CVV all in one message" % ind
        elif mode == 1:
            c.add("customer", c.v("CARD_NUMBER", cn, cc))
            c.add("customer", R.choice(["", "exp "]), c.v("EXPIRY", ex, ec))
            c.add("customer", R.choice(["cvv ", "", "code: "]), c.v("CVV", cv, vc), R.choice(TYPED_TAIL))
            c.note = "chat/%s: card, expiry and CVV in three rapid messages" % ind
        else:
            c.add("customer", "Name: %s %s\nCard: " % (R.choice(FIRST).capitalize(), R.choice(LAST).capitalize()), c.v("CARD_NUMBER", cn, cc),
                  "\nExp: ", c.v("EXPIRY", ex, ec), "\nCVC: ", c.v("CVV", cv, vc))
            c.note = "e-mail/%s: card details pasted as labelled lines" % ind
    return c


def t_bank(spoken):
    ind = R.choice(["banking", "utilities", "insurance", "government services"])
    c = Case("positive", "")
    sc, scc = val("SORT_CODE", spoken)
    ac, acc = val("BANK_ACCOUNT", spoken)
    if spoken:
        c.add("agent", "for the direct debit can i take the sort code and account number")
        if R.random() < 0.5:
            c.add("customer", "sort code is ", c.v("SORT_CODE", sc, scc), " and the account number is ", c.v("BANK_ACCOUNT", ac, acc))
            c.note = "call/%s: sort code and account number in one turn" % ind
        else:
            c.add("customer", R.choice(["yeah ", "okay "]), c.v("SORT_CODE", sc, scc))
            c.add("agent", "okay and the account number")
            c.add("customer", c.v("BANK_ACCOUNT", ac, acc), R.choice(SPOKEN_TAIL))
            c.note = "call/%s: sort code then account number" % ind
    else:
        c.add("agent", messy("Please send the sort code and account number for the direct debit."))
        c.add("customer", messy(R.choice(["sort code ", "sc "])), c.v("SORT_CODE", sc, scc), R.choice([" acc ", " / ", ", account no ", "\nacc: "]), c.v("BANK_ACCOUNT", ac, acc), R.choice(TYPED_TAIL))
        c.note = "chat/%s: sort code and account number in one message" % ind
    return c


def t_email_sig():
    ind = R.choice(IND_T)
    us = R.random() < 0.4
    c = Case("positive", "")
    f, l = R.choice(FIRST).capitalize(), R.choice(LAST).capitalize()
    ad, adc = val("ADDRESS", False, us)
    pc, pcc = val("POSTCODE", False, us)
    ph, phc = val("PHONE", False, us)
    em, emc = val("EMAIL", False, us)
    town = R.choice(["Leeds", "Manchester", "Bristol", "Cork", "Glasgow"]) if not us else R.choice(["Springfield", "Austin", "Denver", "Columbus"])
    body = ["Hi,\n\nI moved house on the 3rd and need my bills sent to the new address:\n", c.v("ADDRESS", ad, adc), ",\n%s\n" % town,
            c.v("POSTCODE", pc, pcc), "\n\nOrder ref 4471%d is still showing the old one.\n\nThanks,\n%s %s\nMob: " % (R.randint(100, 999), f, l),
            c.v("PHONE", ph, phc), "\n", c.v("EMAIL", em, emc), "\nSent from my iPhone"]
    c.add("customer", *body)
    c.add("agent", "Thanks %s, I've updated the address on the account." % f)
    c.note = "e-mail/%s: signature block with address, postcode, phone and email; order ref unlabelled" % ind
    return c


def t_identity(spoken):
    """Several identity fields in one go."""
    us = R.random() < 0.5
    ind = R.choice(["government services", "healthcare billing", "insurance", "banking"])
    c = Case("positive", "")
    idT = "SSN" if us else "NI_NUMBER"
    iv, ic = val(idT, spoken, us)
    dv, dc = val("DOB", spoken, us)
    pv, pc = val("POSTCODE", spoken, us)
    if spoken:
        c.add("agent", "i just need to go through security can you give me your date of birth and %s" % ("your social" if us else "your national insurance number"))
        c.add("customer", R.choice(["yeah so ", "okay ", ""]), c.v("DOB", dv, dc), R.choice([" and the number is ", " and it's ", " um and "]), c.v(idT, iv, ic))
        c.add("agent", "lovely and the %s" % ("zip code" if us else "postcode"))
        c.add("customer", c.v("POSTCODE", pv, pc))
        c.note = "call/%s: DOB and %s in one turn, then postcode" % (ind, idT)
    else:
        c.add("agent", "For security please send your full name, date of birth, %s and %s." % ("SSN" if us else "NI number", "zip" if us else "postcode"))
        sep = R.choice(["\n", ", ", " / ", " | ", "; "])
        c.add("customer", "%s %s%s" % (R.choice(FIRST).capitalize(), R.choice(LAST).capitalize(), sep), c.v("DOB", dv, dc), sep, c.v(idT, iv, ic), sep, c.v("POSTCODE", pv, pc), R.choice(TYPED_TAIL))
        c.note = "%s/%s: name, DOB, %s and postcode in one list-like message" % (R.choice(CHANNELS_T), ind, idT)
    return c


def t_correction(T):
    """Call: customer starts, stops, restarts the value."""
    ind = R.choice(IND_T)
    text, canon = val(T, True, country_for(T))
    w = text.split(" ")
    k = R.randint(2, 4)
    while k < len(w) and (w[k - 1] in ("double", "triple", "for", "plus") or w[k] == "for" or (w[k - 1] in TENS[2:] and w[k] in UNITS[1:])):
        k += 1
    while k > 1 and w[k - 1] in ("um", "uh", "erm"):
        k -= 1
    wrong = " ".join(w[:k])
    c = Case("positive", "")
    c.add("agent", R.choice(SPOKEN_ASK[T]))
    c.add("customer", "yeah it's ", c.v(T, wrong, canon, "partial"), R.choice([" no sorry hang on", " wait no", " sorry let me start again"]))
    c.add("agent", R.choice(["no problem", "take your time", "okay"]))
    c.add("customer", c.v(T, text, canon))
    c.note = "call/%s: %s started, abandoned (partial reading labelled) and restarted" % (ind, T)
    return c


def t_chatty(T):
    """Value typed amid chit-chat with a non-PII number nearby."""
    ind = R.choice(IND_T)
    text, canon = val(T, False, country_for(T))
    c = Case("positive", "")
    noise = R.choice(["I've been waiting 45 mins", "this is the 3rd time ive messaged", "the bill went up by 12%", "my order #5521934 never came",
                      "paid £62.40 on the 5th", "the router's been off since 9am", "flight BA117 got cancelled"])
    c.add("customer", messy(noise) + R.choice([" 😡 ", "!! ", "... ", ". "]) + messy(lead(T, False)), c.v(T, text, canon), R.choice(TYPED_TAIL))
    c.add("agent", "Sorry to hear that, let me take a look.")
    c.note = "%s/%s: %s in a complaint with an unlabelled non-PII number" % (R.choice(CHANNELS_T), ind, T)
    return c


LABELS = {"CARD_NUMBER": ["Card number", "card no", "Long number"], "CVV": ["CVV", "cvc", "Security code"],
          "EXPIRY": ["Expiry", "exp date", "Valid thru"], "SSN": ["SSN", "Social security no"],
          "NI_NUMBER": ["NI number", "NINO", "Nat ins no"], "BANK_ACCOUNT": ["Account number", "acct no"],
          "SORT_CODE": ["Sort code", "sortcode"], "IBAN": ["IBAN", "iban"], "PHONE": ["Mobile", "Tel", "phone no"],
          "EMAIL": ["Email", "e-mail address"], "DOB": ["DOB", "Date of birth"], "POSTCODE": ["Postcode", "Post code", "ZIP"],
          "ADDRESS": ["Address line 1", "Street", "Address"]}


def t_paste(T):
    """Typed value with copy-paste / formatting artefacts around it."""
    ind = R.choice(IND_T)
    text, canon = val(T, False, country_for(T))
    label = R.choice(LABELS[T])
    f = R.randint(0, 6)
    c = Case("positive", "")
    c.add("agent", R.choice(TYPED_ASK[T]))
    if f == 0:
        c.add("customer", "%s\t" % label.title(), c.v(T, text, canon), "\t\n")
        what = "tab-separated form paste"
    elif f == 1:
        c.add("customer", "**", c.v(T, text, canon), "** " + R.choice(["<- thats it", "👈", "(copied from my app)"]))
        what = "markdown bold around value"
    elif f == 2:
        c.add("customer", "> %s\n\n" % R.choice(TYPED_ASK[T]), c.v(T, text, canon))
        what = "quoted reply then bare value"
    elif f == 3:
        c.add("customer", R.choice(["(", "[", "\""]), c.v(T, text, canon), R.choice([")", "]", "\""]) + R.choice([" ", ""]) + R.choice(["👍", "🙏", "x", "ok?"]))
        what = "value in brackets/quotes"
    elif f == 4:
        c.add("customer", messy(lead(T, False)).rstrip() + "\u00a0", c.v(T, text, canon), R.choice(["😊", "🙂🙂", "!!", "?"]))
        what = "non-breaking space before value and emoji glued after"
    elif f == 5:
        c.add("customer", "%s:" % label.upper(), c.v(T, text, canon), ";")
        what = "no space after colon, semicolon after"
    else:
        c.add("customer", messy("sorry autocorrect messed that up"))
        c.add("customer", "*", c.v(T, text, canon))
        what = "asterisk correction message"
    c.note = "%s/%s: %s, %s" % (R.choice(CHANNELS_T), ind, T, what)
    return c


# ---------------------------------------------------------------- negative templates
def rd(n):
    return "".join(R.choice("123456789") if i == 0 else R.choice("0123456789") for i in range(n))


def neg_typed():
    ch = R.choice(CHANNELS_T)
    f = R.randint(0, 19)
    if f == 0:
        return ("Hi my order #%s hasnt arrived, it was meant to come on the %dth" % (rd(R.choice([7, 8, 9])), R.randint(4, 28)),
                "I can see order %s was dispatched on %d/%02d, should be with you by Friday." % (rd(8), R.randint(1, 28), R.randint(1, 12)), "order number and dispatch date")
    if f == 1:
        return ("why is my bill £%d.%02d this month?? it was £%d.%02d last month" % (R.randint(40, 300), R.randint(0, 99), R.randint(30, 90), R.randint(0, 99)),
                "The increase of %d%% applies from %s 1st 2026." % (R.randint(3, 12), R.choice(MONTHS).capitalize()), "bill amounts, percentage, tariff date")
    if f == 2:
        return ("ticket ref %s - still no update after %d days 😤" % (rd(R.choice([6, 7, 8, 9, 10])), R.randint(2, 30)),
                "Apologies, ticket %s has been escalated, expect a reply within 48 hours." % rd(7), "ticket references and durations")
    if f == 3:
        return ("flight %s%d on %d %s was delayed %d hrs, can I claim?" % (R.choice(["BA", "FR", "EI", "UA", "LH"]), R.randint(100, 9999), R.randint(1, 28), R.choice(MONTHS)[:3].capitalize(), R.randint(3, 9)),
                "Yes, delays over 3 hours qualify for up to €%d compensation. Claim ref CLM-%s." % (R.choice([250, 400, 600]), rd(8)), "flight number, date, delay, compensation, claim ref")
    if f == 4:
        return ("meter reading is %05d, took it at %d:%02dpm" % (R.randint(1000, 99999), R.randint(1, 11), R.randint(0, 59)),
                "Thanks, reading %05d logged. Your next estimated bill is £%d." % (R.randint(1000, 99999), R.randint(50, 200)), "meter reading and time")
    if f == 5:
        return ("the %s model %s-%s keeps dropping wifi, router is %d yrs old" % (R.choice(["Sky", "Virgin", "BT", "Netgear"]), R.choice(["SR", "HUB", "R"]), rd(4), R.randint(1, 7)),
                "Please try a restart; speeds under %dMbps between %dpm and %dpm are expected at peak." % (R.randint(10, 80), R.randint(6, 8), R.randint(9, 11)), "model number, speeds, times")
    if f == 6:
        return ("can I move my appointment from %d/%d to %d/%d? im free after %d" % (R.randint(1, 28), R.randint(1, 12), R.randint(1, 28), R.randint(1, 12), R.randint(1, 5)),
                "Done - your appointment is now %s %d at %d:%02d, room %d." % (R.choice(MONTHS).capitalize(), R.randint(1, 28), R.randint(8, 16), R.choice([0, 15, 30, 45]), R.randint(100, 420)), "appointment dates, time, room number")
    if f == 7:
        return ("invoice %s shows %d units at $%d.%02d each" % (rd(R.choice([6, 7, 8])), R.randint(2, 500), R.randint(1, 99), R.randint(0, 99)),
                "Invoice %s has been credited $%d.%02d." % (rd(7), R.randint(10, 999), R.randint(0, 99)), "invoice numbers, quantity and prices")
    if f == 8:
        return ("my son is %d and my daughter is %d, can they go on the family plan?" % (R.randint(3, 17), R.randint(3, 17)),
                "Yes, up to %d lines for £%d a month, contract starts %d %s %d." % (R.randint(4, 6), R.randint(30, 80), R.randint(1, 28), R.choice(MONTHS).capitalize(), R.choice([2025, 2026, 2027])), "ages, counts, price, contract start date")
    if f == 9:
        return ("balance says $%s.%02d but I paid $%d on %s %d" % ("{:,}".format(R.randint(1000, 99999)), R.randint(0, 99), R.randint(50, 900), R.choice(MONTHS).capitalize(), R.randint(1, 28)),
                "Your payment of $%d posted on the %dth; it can take %d-%d business days." % (R.randint(50, 900), R.randint(1, 28), R.randint(1, 3), R.randint(3, 5)), "balance, payment amount and dates")
    if f == 10:
        return ("heating set to %d degrees but house is %dC, boiler code F%d" % (R.randint(18, 24), R.randint(10, 17), R.randint(10, 99)),
                "An engineer can attend on %s between 8am-1pm. Job number %s." % (R.choice(["Monday", "Tuesday", "Thursday"]), rd(8)), "temperatures, fault code, job number")
    if f == 11:
        return ("I've used %.1fGB of my %dGB allowance and it's only the %dth" % (R.randint(10, 99) / 10.0 + R.randint(1, 40), R.choice([30, 50, 100]), R.randint(5, 25)),
                "You can add %dGB for £%d, valid %d days." % (R.choice([5, 10, 20]), R.randint(3, 15), R.choice([7, 30])), "data amounts, prices, durations")
    if f == 12:
        return ("booking ref %s, %d adults %d kids, room %d" % ("".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(6)), R.randint(1, 4), R.randint(0, 3), R.randint(101, 950)),
                "Check-in is from %dpm, checkout %dam. Total €%d.%02d." % (R.randint(2, 4), R.randint(10, 11), R.randint(200, 3000), R.randint(0, 99)), "booking ref, counts, room number, times, total")
    if f == 13:
        return ("claim number %s - the repair quote was £%s" % (rd(R.choice([8, 9, 10])), "{:,}".format(R.randint(300, 9000))),
                "Your excess is £%d; the claim was opened on %d %s %d." % (R.choice([100, 250, 500]), R.randint(1, 28), R.choice(MONTHS).capitalize(), R.choice([2024, 2025, 2026])), "claim number, quote, excess, claim date")
    if f == 14:
        return ("paid %d instalments of £%d.%02d since %d, how many left?" % (R.randint(2, 30), R.randint(10, 99), R.randint(0, 99), R.choice([2019, 2021, 2023])),
                "You have %d payments left, final one due %02d/%02d/%d." % (R.randint(1, 24), R.randint(1, 28), R.randint(1, 12), R.choice([2026, 2027, 2028])), "instalment counts, amounts, payment due date")
    if f == 15:
        return ("prescription charge is £%d.%02d? i get %d items a month" % (R.randint(9, 10), R.randint(0, 99), R.randint(1, 6)),
                "A %d-month prepayment certificate costs £%d.%02d." % (R.choice([3, 12]), R.randint(30, 120), R.randint(0, 99)), "healthcare charges and counts")
    if f == 16:
        return ("the parcel weighs %.1fkg and is %dx%dx%dcm" % (R.randint(5, 300) / 10.0, R.randint(10, 90), R.randint(10, 90), R.randint(10, 90)),
                "That's £%d.%02d for next-day, collection slot %d:00-%d:00." % (R.randint(5, 30), R.randint(0, 99), R.randint(8, 12), R.randint(13, 18)), "weights, dimensions, price, time slot")
    if f == 17:
        ty = R.choice([2023, 2024, 2025])
        return ("case %s: tax year %d/%02d refund of £%d?" % (rd(R.choice([7, 8, 9])), ty, (ty + 1) % 100, R.randint(100, 2000)),
                "Refunds are issued within %d weeks of %s %d." % (R.randint(2, 8), R.choice(MONTHS).capitalize(), R.randint(1, 28)), "case number, tax year, refund amount")
    if f == 18:
        return ("ok thanks 🙏 will call back at %d:%02d, queue said %d mins" % (R.randint(1, 12), R.choice([0, 15, 30, 45]), R.randint(5, 90)),
                "No problem, we're open %dam to %dpm." % (R.randint(7, 9), R.randint(6, 10)), "time, wait duration, opening hours")
    return ("store %d in Aisle %d had the TV for $%d.%02d, SKU %s" % (R.randint(10, 999), R.randint(1, 40), R.randint(199, 1999), R.choice([0, 49, 99]), rd(R.choice([6, 7, 8]))),
            "We can price match to $%d.%02d, saving you %d%%." % (R.randint(150, 1800), R.choice([0, 99]), R.randint(5, 30)), "store number, aisle, price, SKU, percentage")


def say_money():
    return R.choice(["%s pounds %s" % (say_number(R.randint(2, 499)), say_pair("%02d" % R.randint(10, 99))),
                     "%s dollars" % say_number(R.randint(2, 999)), "%s euro fifty" % say_number(R.randint(2, 99))])


def neg_spoken():
    f = R.randint(0, 13)
    ww = lambda: say_number(R.randint(2, 99))
    if f == 0:
        return ("yeah i'm calling about order number %s it still hasn't come" % say_digits(rd(8)),
                "okay i can see that order it went out on the %s of %s" % (ORD[R.randint(1, 28)], R.choice(MONTHS)), "order number spoken with its reference word")
    if f == 1:
        return ("my bill was %s this month it's usually about %s" % (say_money(), say_money()),
                "that's because the discount ended on the %s" % ORD[R.randint(1, 28)], "spoken money amounts and a non-birth date")
    if f == 2:
        return ("i've been on hold for %s minutes and this is my %s call" % (ww(), R.choice(["third", "fourth", "fifth"])),
                "i'm sorry about the wait it's been about %s minutes for everyone today" % ww(), "durations and ordinal counts")
    if f == 3:
        return ("the reading on the meter is %s" % say_digits(rd(5)),
                "lovely so that's %s units since the last reading" % say_number(R.randint(100, 999)), "meter reading spoken digit by digit")
    if f == 4:
        return ("it's the flight %s %s on the %s" % (R.choice(["b a", "e i", "f r", "u a"]), say_number(R.randint(100, 999)), ORD[R.randint(1, 28)]),
                "okay that one departs at %s %s" % (say_number(R.randint(1, 12)), say_pair("%02d" % R.randint(10, 59))), "flight number, travel date, departure time")
    if f == 5:
        return ("the ticket number is %s" % say_digits(rd(R.choice([6, 7, 8, 9]))),
                "perfect and you raised that %s days ago" % ww(), "ticket number read out")
    if f == 6:
        return ("i'm %s years old and my husband is %s does that change the premium" % (say_number(R.randint(20, 89)), say_number(R.randint(20, 89))),
                "it goes up about %s percent a year after sixty" % ww(), "ages and percentage")
    if f == 7:
        return ("the claim reference is %s" % say_digits(rd(9)),
                "thanks and the incident was on %s the %s" % (R.choice(["monday", "tuesday", "friday"]), ORD[R.randint(1, 28)]), "claim reference and incident date")
    if f == 8:
        return ("we moved in %s and the contract started %s %s" % (say_year(R.randint(1995, 2019)), R.choice(MONTHS), say_year(R.randint(2010, 2025)) if R.random() < 0.5 else "twenty twenty " + UNITS[R.randint(1, 5)]),
                "okay so you're out of contract since %s" % R.choice(MONTHS), "years and contract dates")
    if f == 9:
        return ("speed test says %s megs download and %s up" % (ww(), ww()),
                "you should be getting around %s so i'll book an engineer for %s" % (ww(), R.choice(["thursday morning", "the ninth", "next week"])), "broadband speeds")
    if f == 10:
        return ("the heating's set to %s but it's only %s degrees in here" % (ww(), ww()),
                "right the boiler model %s %s is covered" % (R.choice(["a", "b", "x"]), say_number(R.randint(100, 999))), "temperatures and model number")
    if f == 11:
        return ("the balance is showing %s" % say_money(),
                "yes and the minimum payment is %s due on the %s" % (say_money(), ORD[R.randint(1, 28)]), "account balance and payment due date")
    if f == 12:
        return ("the invoice number is %s and it's for %s items" % (say_digits(rd(7)), ww()),
                "got it that invoice was paid on the %s of %s" % (ORD[R.randint(1, 28)], R.choice(MONTHS)), "invoice number and quantity")
    return ("room %s we're in room %s for %s nights" % (say_number(R.randint(100, 999)), say_number(R.randint(100, 999)), ww()),
            "checkout is at %s o'clock" % UNITS[R.randint(1, 9)] if R.random() < 0.5 else "checkout is at eleven", "room numbers and nights")


def make_negative():
    c = Case("negative", "")
    if R.random() < 0.6:
        a, b, what = neg_typed()
        ch = R.choice(CHANNELS_T)
        c.add("customer", R.choice(PREFIXES) + messy(a))
        c.add("agent", b)
        c.note = "%s/%s: lookalikes only (%s)" % (ch, R.choice(IND_T), what)
    else:
        a, b, what = neg_spoken()
        if R.random() < 0.5:
            c.add("agent", "thanks for calling how can i help")
        c.add("customer", a)
        c.add("agent", b)
        c.note = "call/%s: lookalikes only (%s)" % (R.choice(IND_T), what)
    return c


# ---------------------------------------------------------------- generation plan
SPLITTABLE = ["CARD_NUMBER", "IBAN", "PHONE", "BANK_ACCOUNT", "NI_NUMBER", "SSN", "SORT_CODE"]


def generate():
    pos = []
    # plan: list of builder thunks, ~2/3 typed
    plan = []
    for T in TYPES:
        for _ in range(4):
            plan.append(lambda T=T: t_single(T, False))
        for _ in range(2):
            plan.append(lambda T=T: t_single(T, True))
        plan.append(lambda T=T: t_readback(T, R.random() < 0.4))
    for T in ["CARD_NUMBER", "NI_NUMBER", "SSN", "CARD_NUMBER", "NI_NUMBER", "SSN"] + SPLITTABLE:
        plan.append(lambda T=T: t_split(T, False))
        plan.append(lambda T=T: t_split(T, False))
        plan.append(lambda T=T: t_split(T, True))
    for T in ["CARD_NUMBER", "NI_NUMBER", "SSN", "PHONE", "BANK_ACCOUNT", "CARD_NUMBER"]:
        plan.append(lambda T=T: t_correction(T))
    for _ in range(8):
        plan.append(lambda: t_payment(False))
    for _ in range(4):
        plan.append(lambda: t_payment(True))
    for _ in range(5):
        plan.append(lambda: t_bank(False))
    for _ in range(3):
        plan.append(lambda: t_bank(True))
    for _ in range(7):
        plan.append(t_email_sig)
    for _ in range(8):
        plan.append(lambda: t_identity(False))
    for _ in range(5):
        plan.append(lambda: t_identity(True))
    for T in TYPES + ["CARD_NUMBER", "SSN", "NI_NUMBER"]:
        plan.append(lambda T=T: t_chatty(T))
    for T in TYPES + TYPES:
        plan.append(lambda T=T: t_paste(T))
    R.shuffle(plan)
    for f in plan:
        pos.append(f())
    negs = [make_negative() for _ in range(110)]
    out = []
    for i, c in enumerate(pos):
        out.append(c.build("h163-pos-%03d" % (i + 1)))
    for i, c in enumerate(negs):
        out.append(c.build("h163-neg-%03d" % (i + 1)))
    return out, pos


# ---------------------------------------------------------------- normalisation + validation
WORDNUM = {w: str(i) for i, w in enumerate(UNITS)}
WORDNUM.update({"oh": "0", "nought": "0", "nil": "0", "plus": "+", "to": "2", "too": "2", "for": "4", "ate": "8"})
FILLER = {"um", "uh", "erm", "er", "hmm", "sorry", "like", "so", "and", "hundred", "thousand"}
SEPS = " \t\n-./,()|:"


def spoken_to_chars(text, digit_o=True):
    """Normalise a (possibly spoken) span to a string of digits/letters/+."""
    toks = re.findall(r"[A-Za-z]+|\d+|\+|@", text.replace("(0)", " "))
    out, i, mult = [], 0, 1
    toks = [t.lower() if not t.isdigit() else t for t in toks]
    while i < len(toks):
        t = toks[i]
        if t.isdigit() or t in ("+", "@"):
            out.append(t * mult if len(t) == 1 and t.isdigit() else t); mult = 1
        elif t in ("double", "triple"):
            mult = 2 if t == "double" else 3
        elif t in WORDNUM or (t == "o" and digit_o):
            out.append(WORDNUM.get(t, "0") * mult); mult = 1
        elif t in TEENS:
            out.append(str(10 + TEENS.index(t)))
        elif t in TENS[2:]:
            n = TENS.index(t) * 10
            if i + 1 < len(toks) and toks[i + 1] in UNITS[1:]:
                n += UNITS.index(toks[i + 1]); i += 1
            out.append(str(n))
        elif len(t) == 1:
            out.append(t * mult); mult = 1
            if i + 2 < len(toks) and toks[i + 1] == "for":
                i += 2
                if toks[i] == "x" and i + 1 < len(toks) and toks[i + 1] == "ray":
                    i += 1
        elif not digit_o and re.match(r"^[a-z]{2,4}$", t) and t not in FILLER and t not in WORDNUM and t not in TEENS and t not in TENS:
            out.append(t)
        elif t in FILLER or t in MONTHS or t[:3] in [m[:3] for m in MONTHS] or t in ORD or t in ("the", "of", "st", "nd", "rd", "th"):
            pass
        else:
            out.append("?" + t)
        i += 1
    return "".join(out)


UK_PC = re.compile(r"^[A-Z]{1,2}[0-9][A-Z0-9]?[0-9][A-Z]{2}$")
EMAIL_RE = re.compile(r"^[\w.+-]+@[\w-]+(\.[\w-]+)+$")


def spoken_email(text):
    t = text.lower()
    if "@" in t:
        return t
    toks = t.split()
    out, i = [], 0
    while i < len(toks):
        w = toks[i]
        if w == "at":
            out.append("@")
        elif w == "dot":
            out.append(".")
        elif w == "underscore":
            out.append("_")
        elif w == "dash":
            out.append("-")
        elif w in WORDNUM:
            out.append(WORDNUM[w])
        elif w in TEENS:
            out.append(str(10 + TEENS.index(w)))
        elif w in TENS[2:]:
            n = TENS.index(w) * 10
            if i + 1 < len(toks) and toks[i + 1] in UNITS[1:]:
                n += UNITS.index(toks[i + 1]); i += 1
            out.append(str(n))
        else:
            out.append(w)
        i += 1
    return "".join(out)


def validate(T, text, canon, mode):
    """Return an error string or None."""
    if T == "EMAIL":
        e = spoken_email(text)
        if not EMAIL_RE.match(e) or e != canon.lower():
            return "bad email %r -> %r" % (text, e)
        return None
    if T == "ADDRESS":
        low = text.lower()
        if not re.search(r"\d", low) and not any(w in low.split() for w in UNITS[1:] + TEENS + TENS[2:]):
            return "address without number"
        if canon not in low and ABBR[canon].lower() not in low.split():
            return "address without street suffix"
        return None
    if T == "DOB":
        low = text.lower()
        if canon in low or canon[2:] in re.sub(r"\D", "", low) or say_pair(canon[2:]) in low or UNITS[int(canon[3])] in low:
            return None
        return "dob year missing %r" % text
    if T == "EXPIRY":
        low = text.lower()
        s = spoken_to_chars(low)
        if "?" in s:
            return "expiry junk %r" % s
        if any(m[:3] in low for m in MONTHS):
            return None if s.endswith(canon[2:]) else "expiry year %r" % s
        return None if s in (canon, canon[:2] + "20" + canon[2:], canon.lstrip("0"), canon[1:]) or s == str(int(canon[:2])) + canon[2:] else "expiry %r vs %s" % (s, canon)
    mixed = T in ("NI_NUMBER", "IBAN", "POSTCODE") and not canon.isdigit()
    s = spoken_to_chars(text, digit_o=not mixed).upper()
    if "?" in s:
        return "unparsed words in %r -> %r" % (text, s)
    if mode == "partial":
        s = s.lstrip("+")
        return None if s and canon.upper().startswith(s) else "partial %r not prefix of %s" % (s, canon)
    if T == "PHONE":
        d = s.replace("+", "")
        if d.startswith("00"):
            d = d[2:]
        return None if 10 <= len(d) <= 13 and d.endswith(canon[-9:]) else "phone %r vs %s" % (s, canon)
    if s != canon.upper():
        return "%s value %r != %s" % (T, s, canon)
    if T == "CARD_NUMBER" and not (13 <= len(s) <= 19 and luhn_ok(s)):
        return "card luhn"
    if T == "IBAN" and mod97(s[4:] + s[:4]) != 1:
        return "iban mod97"
    if T == "NI_NUMBER" and not re.match(r"^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z][0-9]{6}[A-D]$", s):
        return "ni format"
    if T == "SSN" and not re.match(r"^\d{9}$", s):
        return "ssn 9 digits"
    if T == "SORT_CODE" and not re.match(r"^\d{6}$", s):
        return "sort code 6"
    if T == "CVV" and not re.match(r"^\d{3,4}$", s):
        return "cvv 3-4"
    if T == "BANK_ACCOUNT" and not re.match(r"^\d{6,17}$", s):
        return "account digits"
    if T == "POSTCODE" and not (UK_PC.match(s) or re.match(r"^\d{5}(\d{4})?$", s)):
        return "postcode shape %r" % s
    return None


def check_cases(cases, builders):
    errs = []
    ids = set()
    for c, b in zip(cases, builders + [None] * (len(cases) - len(builders))):
        if c["id"] in ids:
            errs.append("dup id " + c["id"])
        ids.add(c["id"])
        if c["kind"] == "negative":
            if c["spans"]:
                errs.append(c["id"] + " negative with spans")
            continue
        if not c["spans"]:
            errs.append(c["id"] + " positive without spans")
        by_turn = {}
        groups = {}
        for sp in c["spans"]:
            t = c["turns"][sp["turn"]]["text"]
            s, e = sp["start"], sp["end"]
            if not (0 <= s < e <= len(t)):
                errs.append("%s offsets out of range" % c["id"]); continue
            if (s > 0 and t[s - 1].isalnum()) or (e < len(t) and t[e].isalnum()):
                errs.append("%s span not on word boundary %r" % (c["id"], t[s:e]))
            if not t[e - 1].isalnum() or t[s].isspace():
                errs.append("%s span edge %r" % (c["id"], t[s:e]))
            by_turn.setdefault(sp["turn"], []).append((s, e))
            groups.setdefault(sp["_g"], []).append(t[s:e])
        for tl in by_turn.values():
            tl.sort()
            for (a, b1), (c2, d) in zip(tl, tl[1:]):
                if c2 < b1:
                    errs.append("%s overlapping spans" % c["id"])
        if b is not None:
            for gid, texts in groups.items():
                T, canon, mode = b.groups[gid]
                joined = " ".join(texts)
                err = validate(T, joined, canon, mode)
                if err:
                    errs.append("%s %s: %s" % (c["id"], T, err))
    return errs


def strip(cases):
    out = []
    for c in cases:
        c = dict(c)
        c["spans"] = [{k: v for k, v in sp.items() if k != "_g"} for sp in c["spans"]]
        out.append(c)
    return out


def counts(cases):
    cnt = Counter(sp["type"] for c in cases for sp in c["spans"])
    kinds = Counter(c["kind"] for c in cases)
    return cnt, kinds


def render(cases):
    return "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in strip(cases))


def readme(cases):
    cnt, kinds = counts(cases)
    typed = sum(1 for c in cases if c["kind"] == "positive" and not c["note"].startswith("call/"))
    rows = "\n".join("| %s | %d |" % (T, cnt[T]) for T in TYPES)
    return """# PII hold-out set h163

**Never use this set for tuning.** It is a held-out evaluation set; do not look at
individual failures to adjust patterns, thresholds or word lists.

## Who wrote it and how

Written by an AI helper acting as an independent author, who did not see the
redaction code, its tests, its documentation or other evaluation sets (only a
three-line example of the JSONL format). Every case is produced by
`scripts/make_pii_holdout163.py` from template functions: turns are assembled
from plain-text segments and (value, TYPE) segments, so offsets are computed,
never typed by hand. All values come from one `random.Random(%d)`; the output
is byte-for-byte reproducible. `python scripts/make_pii_holdout163.py --check`
regenerates the file, compares it byte for byte and validates ids, offsets, word
boundaries, overlaps and every value after normalising spoken forms (Luhn for
cards, mod-97 for IBANs, NI number format, 9 digits for SSNs, 6 for sort codes,
digit counts for CVV/phone/account numbers, UK postcode / US ZIP shapes).

Emphasis: about two thirds typed channels (web chat, SMS, e-mail bodies, social
DMs, WhatsApp) with messy typing: values split over several messages, typos and
odd case in the surrounding words, emojis, odd separators (`.`, `-`, double
spaces, none), quoted/copy-paste prefixes such as `> ` or `[14:02] `, labelled
lines pasted from forms. The remaining third are phone calls written as an ASR
transcript (lower case, numbers as words, "oh"/"o"/"nought"/"zero" for 0,
"double"/"triple", pairs such as "forty one", letters as "b for bravo",
e-mails as "j dot murphy at gmail dot com", back-channels between chunks,
self-corrections, agent read-backs).

## Annotation conventions

* A span covers the value only: from its first to its last character/word.
  Lead-ins ("card no is", "my social is", "sort code"), trailing words
  ("thanks", "yeah"), punctuation and emojis are outside.
* Separators, spaces, parentheses and "+" *inside* a value are inside the span
  (e.g. `(0161) 496 0000`, `+44 7700 900123`).
* Spoken values: the whole reading, including "double"/"triple", "x for x-ray"
  phonetic spellings and "plus" of an international prefix.
* Filler words (um/uh/erm) and ASR homophones ("for" = four, "to"/"too" = two,
  "ate" = eight) that occur *inside* a spoken reading are inside the span; a
  filler before the first or after the last digit is outside. An agent
  read-back is written without the customer's fillers.
* Typed values keep whatever odd separators the customer used (`_`, `,`, `.`,
  ` - `, double spaces) inside the span; brackets, quotes, `**`, `*`, emojis
  and `;` around a value are outside.
* A value split over several turns/messages gets one span per chunk, all with
  the same type; the agent's back-channels between chunks are not labelled.
* Agent read-backs of a value are labelled too.
* Self-corrections: the abandoned partial reading is labelled with the same type
  (it is still part of the real value); "no sorry hang on" is outside.
* ADDRESS = flat/apartment number (if any), house number and street name with
  its suffix; the town is not labelled; the postcode/ZIP is a separate POSTCODE
  span. DOB = the full date expression (day, month, year). EXPIRY = month and
  year as written/said.
* Amounts, dates that are not birth dates, times, order/ticket/claim/invoice
  references, flight and room numbers, meter readings etc. are never labelled;
  negative cases contain only such lookalikes and must have nothing redacted.

## Counts

Positives: %d (typed channels: %d, calls: %d). Negatives: %d.

| type | spans |
|---|---|
%s
""" % (SEED, kinds["positive"], typed, kinds["positive"] - typed, kinds["negative"], rows)


def main():
    cases, builders = generate()
    text = render(cases)
    errs = check_cases(cases, builders)
    cnt, kinds = counts(cases)
    if kinds["positive"] < 170 or kinds["negative"] < 100:
        errs.append("too few cases %r" % dict(kinds))
    for T in TYPES:
        need = 30 if T in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
        if cnt[T] < need:
            errs.append("too few %s spans: %d" % (T, cnt[T]))
    if "--check" in sys.argv:
        try:
            with open(CASES, encoding="utf-8") as fh:
                disk = fh.read()
        except OSError as e:
            disk = None
            errs.append("cannot read %s: %s" % (CASES, e))
        if disk is not None and disk != text:
            errs.append("cases.jsonl differs from regenerated output")
        if disk is not None:
            for ln, line in enumerate(disk.splitlines(), 1):
                try:
                    json.loads(line)
                except ValueError:
                    errs.append("line %d not JSON" % ln)
        try:
            with open(README, encoding="utf-8") as fh:
                if fh.read() != readme(cases):
                    errs.append("README.md differs from regenerated output")
        except OSError as e:
            errs.append("cannot read README: %s" % e)
    else:
        os.makedirs(OUTDIR, exist_ok=True)
        with open(CASES, "w", encoding="utf-8") as fh:
            fh.write(text)
        with open(README, "w", encoding="utf-8") as fh:
            fh.write(readme(cases))
    print("cases: %d positive, %d negative" % (kinds["positive"], kinds["negative"]))
    for T in TYPES:
        print("  %-13s %d" % (T, cnt[T]))
    for e in errs[:60]:
        print("ERROR:", e)
    if errs:
        print("FAILED: %d problem(s)" % len(errs))
        return 1
    print("OK" + (" (--check passed)" if "--check" in sys.argv else " (written)"))
    return 0


if __name__ == "__main__":
    sys.exit(main())

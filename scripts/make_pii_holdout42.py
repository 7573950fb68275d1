#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set pii_holdout42.

Written by an AI helper acting as an independent author (did not see the
redaction code).  Standard library only; output is byte-for-byte reproducible.

    python scripts/make_pii_holdout42.py          # write fixture + README
    python scripts/make_pii_holdout42.py --check  # regenerate, verify, validate
"""
import json
import os
import random
import re
import sys
from collections import Counter

SEED = 42241123
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout42")
OUT = os.path.join(OUT_DIR, "cases.jsonl")
README = os.path.join(OUT_DIR, "README.md")
TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE",
         "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

R = random.Random(SEED)

# ---------------------------------------------------------------- words
DW = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy",
        8: "eighty", 9: "ninety"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
       "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
       "seventeenth", "eighteenth", "nineteenth", "twentieth"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "f": "foxtrot",
        "g": "golf", "h": "hotel", "i": "india", "j": "juliet", "k": "kilo", "l": "lima",
        "m": "mike", "n": "november", "o": "oscar", "p": "papa", "q": "quebec", "r": "romeo",
        "s": "sierra", "t": "tango", "u": "uniform", "v": "victor", "w": "whiskey",
        "x": "xray", "y": "yankee", "z": "zulu"}
FOR_WORDS = {"a": "apple", "b": "bob", "c": "charlie", "d": "david", "e": "edward",
             "f": "freddie", "g": "george", "h": "harry", "j": "jack", "k": "king",
             "l": "london", "m": "mary", "n": "nancy", "p": "peter", "r": "robert",
             "s": "sugar", "t": "tommy", "w": "william", "x": "xray", "y": "yellow", "z": "zebra"}
HOMO_L = {"c": "see", "b": "bee", "j": "jay", "k": "kay", "p": "pee", "t": "tee", "y": "why",
          "r": "are", "q": "queue"}


def d_word(ch, zero_style=None):
    if ch == "0":
        return zero_style or R.choice(["zero", "oh", "oh", "o", "nought"])
    return DW[int(ch)]


def digits_spoken(s, zero=None, dbl=True):
    """Digit-by-digit with optional double/triple."""
    out = []
    i = 0
    while i < len(s):
        ch = s[i]
        run = 1
        while i + run < len(s) and s[i + run] == ch and run < 3:
            run += 1
        if dbl and run >= 2 and R.random() < 0.6:
            if run == 3 and R.random() < 0.7:
                out.append("triple " + d_word(ch, zero))
                i += 3
                continue
            out.append("double " + d_word(ch, zero))
            i += 2
            continue
        out.append(d_word(ch, zero))
        i += 1
    return " ".join(out)


def pair_spoken(p):
    """two-digit string as spoken pair: '41'->'forty one', '05'->'oh five'."""
    a, b = int(p[0]), int(p[1])
    if a == 0:
        return R.choice(["oh", "o", "zero"]) + " " + d_word(p[1], "oh")
    if a == 1:
        return TEENS[b]
    return TENS[a] + ("" if b == 0 else " " + DW[b])


def group_spoken(g):
    """a group of 4 digits: digit-by-digit or as pairs."""
    if len(g) == 4 and R.random() < 0.4 and g[0] != "0" and g[2] != "0" and g[1] != "0" and g[3] != "0":
        return pair_spoken(g[:2]) + " " + pair_spoken(g[2:])
    return digits_spoken(g)


def year_spoken(y):
    if y >= 2000:
        r = y - 2000
        if r == 0:
            return "two thousand"
        if r < 10:
            return R.choice(["two thousand and ", "two thousand "]) + DW[r]
        return R.choice(["two thousand and ", "twenty "]) + pair_spoken("%02d" % r)
    hi, lo = divmod(y, 100)
    lo_s = "%02d" % lo
    if lo < 10:
        return pair_spoken(str(hi)) + " oh " + DW[lo]
    return pair_spoken(str(hi)) + " " + pair_spoken(lo_s)


def ord_spoken(d):
    if d <= 20:
        return ORD[d - 1]
    if d == 30:
        return "thirtieth"
    t, u = divmod(d, 10)
    return TENS[t] + " " + ORD[u - 1]


# ---------------------------------------------------------------- normalisers
W2D = {w: str(i) for i, w in enumerate(DW)}
W2D.update({"oh": "0", "o": "0", "nought": "0", "nil": "0", "naught": "0"})
HOMO_D = {"to": "2", "too": "2", "for": "4", "fore": "4", "won": "1", "ate": "8", "tree": "3"}
FILLER = {"um", "uh", "er", "erm", "like", "and", "sorry", "hmm", "ah"}
T2N = {w: str(10 + i) for i, w in enumerate(TEENS)}
TENS2N = {w: k for k, w in TENS.items()}
MON2N = {m: "%02d" % (i + 1) for i, m in enumerate(MONTHS)}
MON2N.update({m[:3]: "%02d" % (i + 1) for i, m in enumerate(MONTHS)})
MON2N["sept"] = "09"


def toks(text):
    return [t for t in re.split(r"[\s,\-./()]+", text.lower()) if t]


def norm_digits(text, homo=True, months=False):
    ts = toks(text)
    out = ""
    i = 0
    while i < len(ts):
        w = ts[i]
        nxt = ts[i + 1] if i + 1 < len(ts) else None
        if w.lstrip("+").isdigit():
            out += w.lstrip("+")
        elif w in ("double", "triple") and nxt in W2D:
            out += W2D[nxt] * (2 if w == "double" else 3)
            i += 1
        elif w in W2D:
            out += W2D[w]
        elif homo and w in HOMO_D:
            out += HOMO_D[w]
        elif w in T2N:
            out += T2N[w]
        elif w in TENS2N:
            if nxt in W2D and W2D[nxt] != "0" and nxt not in ("o", "oh"):
                out += str(TENS2N[w]) + W2D[nxt]
                i += 1
            else:
                out += str(TENS2N[w]) + "0"
        elif w == "hundred":
            out += "00"
        elif w == "thousand":
            out += "000"
        elif months and w in MON2N:
            out += MON2N[w]
        elif w in FILLER or w == "plus":
            pass
        else:
            return None
        i += 1
    return out


NATO_R = {v: k for k, v in NATO.items()}
NATO_R["xray"] = "x"
FOR_R = set(FOR_WORDS.values()) | set(NATO.values()) | {"xray"}
HOMO_LR = {v: k for k, v in HOMO_L.items()}


def norm_alnum(text):
    typed = any(c.isupper() for c in text)
    ts = toks(text)
    out = ""
    i = 0
    while i < len(ts):
        w = ts[i]
        nxt = ts[i + 1] if i + 1 < len(ts) else None
        nxt2 = ts[i + 2] if i + 2 < len(ts) else None
        if re.fullmatch(r"[a-z0-9]+", w) and (len(w) > 1 and any(c.isdigit() for c in w) or len(w) == 1 and w.isdigit()):
            out += w.upper()
        elif len(w) == 1 and w.isalpha() and nxt == "for" and nxt2 in FOR_R:
            out += w.upper()
            i += 2
        elif w in ("double", "triple") and nxt in W2D and nxt != "o":
            out += W2D[nxt] * (2 if w == "double" else 3)
            i += 1
        elif w in ("double", "triple") and nxt and len(nxt) == 1:
            out += nxt.upper() * (2 if w == "double" else 3)
            i += 1
        elif len(w) == 1 and w.isalpha():
            out += w.upper()
        elif w in NATO_R:
            out += NATO_R[w].upper()
        elif w in HOMO_LR:
            out += HOMO_LR[w].upper()
        elif w in W2D:
            out += W2D[w]
        elif w in T2N:
            out += T2N[w]
        elif w in TENS2N:
            if nxt in W2D and nxt not in ("o", "oh", "zero", "nought"):
                out += str(TENS2N[w]) + W2D[nxt]
                i += 1
            else:
                out += str(TENS2N[w]) + "0"
        elif re.fullmatch(r"[a-z]{2,4}", w) and (typed or w not in FILLER):
            out += w.upper()  # typed letter groups like 'qq', 'sw1a'
        elif w in FILLER:
            pass
        else:
            return None
        i += 1
    return out


def norm_email(text):
    t = text.strip()
    if "@" in t:
        return t.lower()
    ts = t.lower().split()
    out = ""
    i = 0
    while i < len(ts):
        w = ts[i]
        nxt = ts[i + 1] if i + 1 < len(ts) else None
        if w == "dot":
            out += "."
        elif w == "at":
            out += "@"
        elif w == "underscore":
            out += "_"
        elif w in ("dash", "hyphen"):
            out += "-"
        elif w in ("double", "triple") and nxt in W2D and nxt != "o":
            out += W2D[nxt] * (2 if w == "double" else 3)
            i += 1
        elif w in W2D and w != "o":
            out += W2D[w]
        elif w in TENS2N:
            if nxt in W2D and nxt not in ("o", "oh", "zero"):
                out += str(TENS2N[w]) + W2D[nxt]
                i += 1
            else:
                out += str(TENS2N[w]) + "0"
        elif w in T2N:
            out += T2N[w]
        else:
            out += w
        i += 1
    return out


def norm_dob(text, order="dmy"):
    t = text.lower()
    m = re.fullmatch(r"\s*(\d{1,4})[/.\-](\d{1,2})[/.\-](\d{2,4})\s*", t)
    if m:
        a, b, c = m.groups()
        if order == "ymd":
            return int(a), int(b), int(c)
        if order == "mdy":
            a, b = b, a
        y = int(c)
        if len(c) == 2:
            y += 1900 if y > 25 else 2000
        return y, int(b), int(a)
    ts = [x for x in re.split(r"[\s,]+", t) if x and x not in ("the", "of", "um", "uh", "er")]
    day = mon = None
    rest = []
    i = 0
    while i < len(ts):
        w = ts[i]
        nxt = ts[i + 1] if i + 1 < len(ts) else None
        if w in MON2N and mon is None:
            mon = int(MON2N[w])
        elif w in ORD and day is None:
            day = ORD.index(w) + 1
        elif w == "thirtieth":
            day = 30
        elif w in TENS2N and nxt in ORD and day is None:
            day = TENS2N[w] * 10 + ORD.index(nxt) + 1
            i += 1
        elif re.fullmatch(r"\d{1,2}(st|nd|rd|th)?", w) and day is None:
            day = int(re.match(r"\d+", w).group())
        else:
            rest.append(w)
        i += 1
    if day is None or mon is None or not rest:
        return None
    ys = " ".join(rest)
    if re.fullmatch(r"\d{4}", ys):
        return int(ys), mon, day
    d = norm_digits(ys, homo=False)
    if d is None:
        return None
    if "thousand" in ys:
        return 2000 + int(d[4:] or "0"), mon, day
    if len(d) == 4:
        return int(d), mon, day
    return None


def luhn_ok(s):
    tot = 0
    for i, ch in enumerate(reversed(s)):
        v = int(ch)
        if i % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        tot += v
    return tot % 10 == 0


def iban_ok(s):
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


NI_RE = re.compile(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]")
UKPC_RE = re.compile(r"[A-Z]{1,2}\d[A-Z\d]?\d[ABD-HJLNP-UW-Z]{2}")


def validate(typ, canon, joined, extra):
    """Return an error string or None. canon: canonical value; joined: span texts."""
    if typ == "EMAIL":
        n = norm_email(joined)
        if n != canon.lower():
            return "email norm %r != %r" % (n, canon)
        return None if re.fullmatch(r"[a-z0-9._\-]+@[a-z0-9\-]+(\.[a-z0-9\-]+)+", n) else "bad email"
    if typ == "DOB":
        n = norm_dob(joined, extra or "dmy")
        if n != canon:
            return "dob norm %r != %r" % (n, canon)
        import datetime
        datetime.date(*canon)
        return None
    if typ == "ADDRESS":
        if not re.search(r"\b(street|st|road|rd|avenue|ave|lane|ln|drive|dr|close|way|court|ct|place|boulevard|blvd|crescent|terrace|grove|park|gardens)\b\.?$", joined.lower()):
            return "address has no street suffix"
        if not re.match(r"(flat \S+ |apartment \S+ |apt \S+ |unit \S+ )?[\dA-Za-z]", joined.lower()):
            return "address start"
        return None
    if typ in ("NI_NUMBER", "IBAN", "POSTCODE") and not (typ == "POSTCODE" and canon.isdigit()):
        n = norm_alnum(joined)
        if n != canon.replace(" ", ""):
            return "alnum norm %r != %r" % (n, canon)
        if typ == "NI_NUMBER":
            ok = NI_RE.fullmatch(n) and n[:2] not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ")
            return None if ok else "bad NI"
        if typ == "IBAN":
            return None if iban_ok(n) else "bad IBAN"
        return None if UKPC_RE.fullmatch(n) else "bad UK postcode"
    n = norm_digits(joined, months=(typ == "EXPIRY"))
    if n is None or n != canon:
        return "digit norm %r != %r" % (n, canon)
    L = len(n)
    if typ == "CARD_NUMBER":
        return None if 13 <= L <= 19 and luhn_ok(n) else "bad card"
    if typ == "CVV":
        return None if L in (3, 4) else "bad cvv"
    if typ == "SSN":
        ok = L == 9 and n[:3] not in ("000", "666") and n[0] != "9" and n[3:5] != "00" and n[5:] != "0000"
        return None if ok else "bad ssn"
    if typ == "SORT_CODE":
        return None if L == 6 else "bad sort"
    if typ == "BANK_ACCOUNT":
        return None if 6 <= L <= 17 else "bad account"
    if typ == "PHONE":
        return None if 10 <= L <= 13 else "bad phone"
    if typ == "POSTCODE":
        return None if L in (5, 9) else "bad zip"
    if typ == "EXPIRY":
        if L == 3:
            mm, yy = int(n[0]), n[1:]
        elif L == 4:
            mm, yy = int(n[:2]), n[2:]
        elif L == 6:
            mm, yy = int(n[:2]), n[2:]
            if not yy.startswith("20"):
                return "bad expiry year"
        else:
            return "bad expiry len"
        return None if 1 <= mm <= 12 else "bad expiry month"
    return "unknown type"


# ---------------------------------------------------------------- value generators
def luhn_complete(prefix, length):
    body = prefix + "".join(R.choice("0123456789") for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def gen_card(kind=None):
    kind = kind or R.choice(["visa", "visa", "mc", "mc", "amex", "disc", "mc2", "visa13", "visa19"])
    if kind == "visa":
        return luhn_complete("4" + R.choice("0123456789"), 16), kind
    if kind == "visa13":
        return luhn_complete("4", 13), kind
    if kind == "visa19":
        return luhn_complete("4" + R.choice("0123456789"), 19), kind
    if kind == "mc":
        return luhn_complete("5" + R.choice("12345"), 16), kind
    if kind == "mc2":
        return luhn_complete("22" + R.choice("3456"), 16), kind
    if kind == "amex":
        return luhn_complete(R.choice(["34", "37"]), 15), kind
    return luhn_complete("6011", 16), kind


def card_groups(c):
    if len(c) == 13:
        return [c[:4], c[4:7], c[7:10], c[10:]]
    if len(c) == 15:
        return [c[:4], c[4:10], c[10:]]
    return [c[i:i + 4] for i in range(0, len(c), 4)]


def gen_ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


NI_P1 = "ABCEGHJKLMNPRSTWXYZ"
NI_P2 = "ABCEGHJKLMNPRSTWXYZ"


def gen_ni():
    while True:
        p = R.choice(NI_P1) + R.choice(NI_P2)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + "".join(R.choice("0123456789") for _ in range(6)) + R.choice("ABCD")


def gen_digits(n, first_nonzero=False):
    s = "".join(R.choice("0123456789") for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = R.choice("123456789") + s[1:]
    return s


def iban_make(cc, bban):
    r = bban + cc + "00"
    num = int("".join(str(int(c, 36)) for c in r))
    return cc + "%02d" % (98 - num % 97) + bban


BANKS = {"GB": ["NWBK", "BARC", "LOYD", "HBUK", "MIDL"], "IE": ["AIBK", "BOFI", "IPBS"],
         "NL": ["ABNA", "INGB", "RABO"]}


def gen_iban(cc=None):
    cc = cc or R.choice(["GB", "GB", "IE", "IE", "DE", "FR", "ES", "NL", "IT"])
    if cc in ("GB", "IE"):
        bban = R.choice(BANKS[cc]) + gen_digits(14)
    elif cc == "NL":
        bban = R.choice(BANKS[cc]) + gen_digits(10)
    elif cc == "DE":
        bban = gen_digits(18)
    elif cc == "FR":
        bban = gen_digits(23)
    elif cc == "ES":
        bban = gen_digits(20)
    else:
        bban = R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + gen_digits(22)
    return iban_make(cc, bban)


def iban_typed(ib):
    if R.random() < 0.6:
        return " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))
    return ib


def gen_phone(region=None):
    region = region or R.choice(["uk_mob", "uk_land", "us", "intl_uk", "ie", "intl_ie", "us1"])
    if region == "uk_mob":
        d = "07" + gen_digits(9)
        return d, [d[:5], d[5:8], d[8:]], R.choice(["%s %s%s", "%s %s %s", "%s%s%s"])
    if region == "uk_land":
        d = "0" + R.choice(["20", "161", "121", "113", "131", "141"])
        d = d + gen_digits(11 - len(d), True)
        if d.startswith("020"):
            return d, [d[:3], d[3:7], d[7:]], "%s %s %s"
        return d, [d[:4], d[4:7], d[7:]], R.choice(["%s %s %s", "(%s) %s %s", "%s %s%s"])
    if region == "us":
        d = R.choice("23456789") + R.choice("0234") + gen_digits(1) + R.choice("23456789") + gen_digits(6)
        return d, [d[:3], d[3:6], d[6:]], R.choice(["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s"])
    if region == "us1":
        d = "1" + R.choice("23456789") + R.choice("0234") + gen_digits(1) + R.choice("23456789") + gen_digits(6)
        return d, [d[1:4], d[4:7], d[7:]], "+1 %s %s %s"
    if region == "intl_uk":
        d = "447" + gen_digits(9)
        return d, [d[2:6], d[6:]], "+44 %s %s"
    if region == "ie":
        d = "08" + R.choice("35679") + gen_digits(7)
        return d, [d[:3], d[3:6], d[6:]], "%s %s %s"
    d = "3538" + R.choice("35679") + gen_digits(7)
    return d, [d[3:5], d[5:8], d[8:]], "+353 %s %s %s"


def phone_typed(p):
    d, parts, fmt = p
    if fmt.count("%s") != len(parts):
        return " ".join(parts)
    return fmt % tuple(parts)


def phone_spoken(p):
    d = p[0]
    if d.startswith("44") or d.startswith("353") or (d.startswith("1") and len(d) == 11):
        cc = "44" if d.startswith("44") else ("353" if d.startswith("353") else "1")
        pre = R.choice(["plus ", ""]) + digits_spoken(cc, dbl=False)
        return pre + " " + digits_spoken(d[len(cc):])
    if len(d) == 11 and R.random() < 0.5:
        return digits_spoken(d[:5]) + " " + digits_spoken(d[5:8]) + " " + digits_spoken(d[8:])
    if len(d) == 10 and d[6:8] != "00" and d[6] != "0" and d[8] != "0" and d[7] != "0" and R.random() < 0.5:
        return digits_spoken(d[:3]) + " " + digits_spoken(d[3:6]) + " " + pair_spoken(d[6:8]) + " " + pair_spoken(d[8:])
    return digits_spoken(d)


FIRST = ["john", "sarah", "mike", "emma", "david", "aoife", "ciaran", "priya", "tom", "lucy",
         "james", "maria", "sean", "olga", "kevin", "niamh", "raj", "hannah", "peter", "claire"]
LAST = ["smith", "obrien", "patel", "jones", "murphy", "kowalski", "brown", "walsh", "taylor",
        "nguyen", "garcia", "kelly", "evans", "byrne", "fischer", "rossi"]
DOMAINS = ["gmail.com", "yahoo.co.uk", "hotmail.com", "outlook.ie", "btinternet.com",
           "icloud.com", "eircom.net", "aol.com", "protonmail.com", "web.de"]


def gen_email():
    f, l = R.choice(FIRST), R.choice(LAST)
    style = R.randint(0, 4)
    num = str(R.randint(1, 99)) if R.random() < 0.4 else ""
    if style == 0:
        local = f + "." + l
    elif style == 1:
        local = f[0] + l + num
    elif style == 2:
        local = f + "_" + l
    elif style == 3:
        local = f + l[0] + num
    else:
        local = l + "." + f[0]
    return local + "@" + R.choice(DOMAINS)


def email_spoken(e):
    local, dom = e.split("@")
    parts = []
    for tok in re.findall(r"[a-z]+|\d+|[._\-]", local):
        if tok == ".":
            parts.append("dot")
        elif tok == "_":
            parts.append("underscore")
        elif tok == "-":
            parts.append("dash")
        elif tok.isdigit():
            parts.append(pair_spoken(tok) if len(tok) == 2 and tok[0] != "0" else digits_spoken(tok, zero="zero", dbl=False))
        elif len(tok) == 1:
            parts.append(tok)
        else:
            parts.append(tok)
    return " ".join(parts) + " at " + dom.replace(".", " dot ")


def gen_dob():
    y = R.randint(1938, 2006)
    m = R.randint(1, 12)
    d = R.randint(1, 28)
    return (y, m, d)


def dob_typed(dob, us=False):
    y, m, d = dob
    k = R.randint(0, 4)
    if k == 0:
        return ("%02d/%02d/%d" % ((m, d, y) if us else (d, m, y))), ("mdy" if us else "dmy")
    if k == 1:
        return ("%d/%d/%d" % ((m, d, y) if us else (d, m, y))), ("mdy" if us else "dmy")
    if k == 2:
        sfx = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}.get(d, "th")
        return "%s %d%s, %d" % (MONTHS[m - 1].capitalize(), d, sfx, y), "dmy"
    if k == 3:
        return "%d %s %d" % (d, MONTHS[m - 1].capitalize(), y), "dmy"
    return ("%02d.%02d.%d" % (d, m, y) if not us else "%02d-%02d-%d" % (m, d, y)), ("mdy" if us else "dmy")


def dob_spoken(dob, us=False):
    y, m, d = dob
    k = R.randint(0, 2)
    if us or k == 0:
        return "%s %s %s" % (MONTHS[m - 1], ord_spoken(d), year_spoken(y))
    if k == 1:
        return "the %s of %s %s" % (ord_spoken(d), MONTHS[m - 1], year_spoken(y))
    return "%s of %s %s" % (ord_spoken(d), MONTHS[m - 1], year_spoken(y))


def dob_span_spoken(dob, us=False):
    """returns text; spans start at the first value word (leading 'the' excluded)."""
    t = dob_spoken(dob, us)
    if t.startswith("the "):
        return "the ", t[4:]
    return "", t


UK_AREAS = ["SW", "SE", "N", "E", "W", "M", "B", "LS", "EH", "G", "BS", "CF", "NW", "BT", "L", "NG", "CB", "OX"]
PC_IN = "ABDEFGHJLNPQRSTUWXYZ"


def gen_uk_pc():
    a = R.choice(UK_AREAS)
    dist = str(R.randint(1, 20))
    if len(a) == 1 and R.random() < 0.2:
        dist = str(R.randint(1, 9)) + R.choice("ABCDEFGHJKPSTUW")
    return a + dist + " " + str(R.randint(0, 9)) + R.choice(PC_IN) + R.choice(PC_IN)


def gen_zip():
    z = gen_digits(5, True)
    if R.random() < 0.25:
        z += gen_digits(4)
    return z


def zip_typed(z):
    return z if len(z) == 5 else z[:5] + "-" + z[5:]


def uk_pc_spoken(pc):
    out = []
    for ch in pc.replace(" ", ""):
        if ch.isdigit():
            out.append(d_word(ch, "zero" if R.random() < 0.5 else "oh"))
        else:
            lc = ch.lower()
            r = R.random()
            if r < 0.2 and lc in NATO:
                out.append("%s for %s" % (lc, NATO[lc]))
            elif r < 0.3 and lc in HOMO_L:
                out.append(HOMO_L[lc])
            else:
                out.append(lc)
    return " ".join(out)


STREETS = ["maple", "church", "high", "station", "park", "victoria", "oak", "mill", "king",
           "elm", "queens", "riverside", "main", "washington", "o'connell", "grove", "abbey",
           "cedar", "willow", "harbour", "lincoln", "sunset", "dame", "canal"]
SUFFIX = ["street", "road", "avenue", "lane", "drive", "close", "way", "court", "place",
          "crescent", "terrace", "gardens", "boulevard"]
SUF_ABBR = {"street": "St", "road": "Rd", "avenue": "Ave", "lane": "Ln", "drive": "Dr",
            "court": "Ct", "boulevard": "Blvd"}


def gen_address(spoken=False):
    n = R.randint(1, 480)
    st = R.choice(STREETS)
    suf = R.choice(SUFFIX)
    flat = ""
    if R.random() < 0.15:
        flat = ("flat %d, " % R.randint(1, 30)) if not spoken else "flat %s " % DW[R.randint(1, 9)]
    if spoken:
        if n < 10:
            ns = DW[n]
        elif n < 100:
            ns = pair_spoken("%02d" % n)
        elif n % 100 == 0:
            ns = DW[n // 100] + " hundred"
        else:
            hi, lo = divmod(n, 100)
            ns = DW[hi] + " " + (pair_spoken("%02d" % lo) if lo >= 10 else "oh " + DW[lo])
        return flat + ns + " " + st + " " + suf
    if R.random() < 0.3 and suf in SUF_ABBR:
        sufs = SUF_ABBR[suf]
    else:
        sufs = suf.capitalize() if R.random() < 0.7 else suf
    name = st.capitalize() if R.random() < 0.75 else st
    return flat.capitalize() + str(n) + " " + name + " " + sufs


# ---------------------------------------------------------------- case building
class V:
    """A labelled value segment (possibly one part of a split value)."""
    def __init__(self, text, typ, canon, gid=None, extra=None):
        self.text, self.typ, self.canon, self.gid, self.extra = text, typ, canon, gid, extra


_gid = [0]


def newgid():
    _gid[0] += 1
    return _gid[0]


def v(text, typ, canon, extra=None):
    return V(text, typ, canon, newgid(), extra)


def parts(texts, typ, canon, extra=None):
    g = newgid()
    return [V(t, typ, canon, g, extra) for t in texts]


def build(turns):
    out_turns, spans, meta = [], [], []
    for i, (spk, segs) in enumerate(turns):
        text = ""
        for s in segs:
            if isinstance(s, str):
                text += s
            else:
                st = len(text)
                text += s.text
                spans.append({"turn": i, "start": st, "end": len(text), "type": s.typ})
                meta.append(s)
        out_turns.append({"speaker": spk, "text": text})
    return out_turns, spans, meta


def A(*segs):
    return ("agent", list(segs))


def C(*segs):
    return ("customer", list(segs))


def filler():
    return R.choice(["", "", "um ", "uh ", "erm ", "yeah ", "right ", "okay so ", "sure "])


def back():
    return R.choice(["mhm", "okay", "yep", "go on", "okay go on", "uh huh", "right", "yes", "got it"])


UK_IND = ["banking", "telecom", "utilities", "retail", "insurance", "travel", "healthcare billing", "government services"]


# ---------------------------------------------------------------- positive templates
def card_typed(c):
    g = card_groups(c)
    sep = R.choice([" ", " ", "-", "", "  ", " - "])
    if sep == "" or len(c) == 19 and R.random() < 0.5:
        return c
    return sep.join(g)


def card_spoken(c):
    return " ".join(group_spoken(g) for g in card_groups(c))


def exp_typed(mm, yy):
    return R.choice(["%02d/%02d", "%02d/%02d", "%02d-%02d", "%02d/20%02d", "%02d %02d"]) % (mm, yy)


def exp_spoken(mm, yy):
    k = R.randint(0, 3)
    if k == 0:
        return "%s %s" % (MONTHS[mm - 1], pair_spoken("%02d" % yy))
    if k == 1:
        return "%s %s" % (digits_spoken("%02d" % mm, zero=R.choice(["oh", "zero", "o"]), dbl=False), pair_spoken("%02d" % yy))
    if k == 2:
        return "%s twenty %s" % (MONTHS[mm - 1], pair_spoken("%02d" % yy))
    return "%s %s" % (digits_spoken("%02d" % mm, zero="oh", dbl=False), digits_spoken("%02d" % yy, dbl=False))


def gen_exp():
    return R.randint(1, 12), R.randint(26, 33)


def p_card_chat():
    c, k = gen_card()
    ind = R.choice(["retail", "telecom", "utilities", "travel", "insurance"])
    amt = "£%d.%02d" % (R.randint(5, 400), R.randint(0, 99))
    pre = R.choice(["Hi, can I pay the %s balance now? Card: " % amt, "ok here's the card number ",
                    "card no. is ", "Please charge %s to " % amt, "number on the card is: ",
                    "heres my card "])
    post = R.choice(["", " thanks", ". Let me know when it's gone through", " - ty", " !"])
    return [A("What card would you like to use today?"), C(pre, v(card_typed(c), "CARD_NUMBER", c), post)], \
        "chat/%s: %s card typed with separators, amount nearby unlabelled" % (ind, k)


def p_card_call_one():
    c, k = gen_card()
    ind = R.choice(UK_IND)
    return [A("okay and the long number across the front of the card please"),
            C(filler() + "yeah it's ", v(card_spoken(c), "CARD_NUMBER", c))], \
        "call/%s: %s card read in one turn, digits and pairs, oh/nought for zero" % (ind, k)


def p_card_call_split():
    c, k = gen_card()
    gs = card_groups(c)
    segs = parts([group_spoken(g) for g in gs], "CARD_NUMBER", c)
    turns = [A("go ahead with the card number when you're ready")]
    for i, s in enumerate(segs):
        turns.append(C(filler() if i else R.choice(["right ", "okay ", "so "]), s,
                       R.choice(["", "", " um", " yeah"])))
        if i < len(segs) - 1:
            turns.append(A(back()))
    return turns, "call/%s: %s card split over %d customer turns with back-channels" % (R.choice(UK_IND), k, len(segs))


def p_card_readback():
    c, k = gen_card()
    sp = card_spoken(c)
    sp2 = card_spoken(c)
    return [A("can I take the card number"), C(v(sp, "CARD_NUMBER", c)),
            A("thank you so just to confirm that's ", v(sp2, "CARD_NUMBER", c), " is that right"),
            C("yes that's it")], "call/retail: card read by customer then read back by agent"


def p_card_restart():
    c, k = gen_card()
    g = card_groups(c)
    first = group_spoken(g[0]) + " " + group_spoken(g[1])
    return [A("and the card number please"),
            C(v(first, "CARD_NUMBER", c, "prefix"), " oh hang on sorry let me start again ",
              v(card_spoken(c), "CARD_NUMBER", c))], \
        "call/utilities: caller starts card, restarts; both the partial and full reading labelled"


def p_card_full_flow():
    c, k = gen_card()
    mm, yy = gen_exp()
    cvv = gen_digits(4 if len(c) == 15 else 3)
    spoken = R.random() < 0.6
    if spoken:
        turns = [A("what's the card number"), C(v(card_spoken(c), "CARD_NUMBER", c)),
                 A("and the expiry"), C(filler(), v(exp_spoken(mm, yy), "EXPIRY", None)),
                 A("lovely and the security code on the back"),
                 C(R.choice(["it's ", "", "um "]), v(digits_spoken(cvv), "CVV", cvv))]
        note = "call/%s: card, expiry and cvv in sequence, all spoken" % R.choice(UK_IND)
    else:
        et = exp_typed(mm, yy)
        turns = [A("Please provide card number, expiry and CVV."),
                 C(v(card_typed(c), "CARD_NUMBER", c), R.choice([" exp ", ", expires ", " ", " | "]),
                   v(et, "EXPIRY", None), R.choice([" cvv ", ", cvc: ", " sec code ", " CVV2 "]),
                   v(cvv, "CVV", cvv))]
        note = "chat/retail: card, expiry and cvv typed in one message"
    return turns, note


def fix_exp(turns):
    # expiry canonical must equal normalised digits of what was said; recompute
    for spk, segs in turns:
        for s in segs:
            if isinstance(s, V) and s.typ == "EXPIRY":
                s.canon = norm_digits(s.text, months=True)
    return turns


def p_exp_cvv_only():
    mm, yy = gen_exp()
    cvv = gen_digits(3)
    t = exp_spoken(mm, yy)
    return [A("and when does the card expire"), C(v(t, "EXPIRY", None)),
            A("and the last three digits on the signature strip"), C(filler(), v(digits_spoken(cvv), "CVV", cvv), " " + R.choice(["", "yeah", "I think"]).strip())], \
        "call/%s: expiry and cvv answered in separate turns" % R.choice(["insurance", "telecom", "travel"])


def p_cvv_two_in_turn():
    mm, yy = gen_exp()
    cvv = gen_digits(3)
    return [A("expiry date and security code please"),
            C(filler(), "expires ", v(exp_spoken(mm, yy), "EXPIRY", None), " and the code is ", v(digits_spoken(cvv), "CVV", cvv))], \
        "call/travel: expiry and cvv in one customer turn"


def ssn_typed(s):
    return R.choice(["%s-%s-%s", "%s-%s-%s", "%s %s %s", "%s%s%s", "%s.%s.%s"]) % (s[:3], s[3:5], s[5:])


def ssn_spoken(s):
    k = R.randint(0, 2)
    if k == 0:
        return digits_spoken(s)
    if k == 1:
        return digits_spoken(s[:3]) + " " + (pair_spoken(s[3:5]) if s[3] != "0" and s[4] != "0" else digits_spoken(s[3:5])) + " " + group_spoken(s[5:])
    return digits_spoken(s[:3]) + " " + digits_spoken(s[3:5]) + " " + digits_spoken(s[5:])


def p_ssn_chat():
    s = gen_ssn()
    pre = R.choice(["my ssn is ", "SSN: ", "social is ", "Social Security # ", "its "])
    return [A("To verify your identity I'll need your Social Security number."),
            C(pre, v(ssn_typed(s), "SSN", s), R.choice(["", ".", " thanks", " and my zip hasn't changed"]))], \
        "chat/%s (US): SSN typed with varied separators" % R.choice(["banking", "insurance", "healthcare billing", "government services"])


def p_ssn_call():
    s = gen_ssn()
    return [A("can I get your social security number please"),
            C(filler(), v(ssn_spoken(s), "SSN", s))], \
        "call/%s (US): SSN spoken in one turn" % R.choice(["banking", "insurance", "healthcare billing", "government services"])


def p_ssn_split():
    s = gen_ssn()
    ps = parts([digits_spoken(s[:3]), digits_spoken(s[3:5]), group_spoken(s[5:])], "SSN", s)
    return [A("and the social"), C("okay ", ps[0]), A(back()), C(ps[1]), A(back()), C(ps[2], R.choice(["", " that's it"]))], \
        "call/healthcare billing (US): SSN split 3-2-4 over three turns"


def p_ssn_with_amount():
    s = gen_ssn()
    amt = R.randint(100, 900)
    return [A("the claim was for %d dollars can I verify your social" % amt),
            C("yeah sure it's ", v(ssn_spoken(s), "SSN", s), " and I was charged %s dollars twice" % pair_spoken(str(R.randint(20, 99))))], \
        "call/insurance (US): SSN next to an unlabelled dollar amount"


def p_ssn_readback():
    s = gen_ssn()
    return [C("social is ", v(ssn_typed(s), "SSN", s)),
            A("Thanks, I have ", v(ssn_typed(s), "SSN", s), " on file, matching.")], \
        "chat/banking (US): agent echoes SSN back"


def ni_typed(n):
    k = R.randint(0, 4)
    if k == 0:
        return "%s %s %s %s %s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8])
    if k == 1:
        return n.lower()
    if k == 2:
        return n
    if k == 3:
        return "%s-%s-%s-%s-%s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8])
    return "%s %s %s" % (n[:2], n[2:8], n[8])


def letter_spoken(ch):
    lc = ch.lower()
    r = R.random()
    if r < 0.25:
        return "%s for %s" % (lc, R.choice([NATO[lc], FOR_WORDS.get(lc, NATO[lc])]))
    if r < 0.35 and lc in HOMO_L:
        return HOMO_L[lc]
    return lc


def ni_spoken(n):
    zero = R.choice(["oh", "zero", "nought"])
    a, b = n[0], n[1]
    if a == b and R.random() < 0.5:
        lets = "double " + a.lower()
    else:
        lets = letter_spoken(a) + " " + letter_spoken(b)
    if R.random() < 0.4 and "0" not in n[2:8:2] and n[3] != "0" and n[5] != "0":
        mid = " ".join(pair_spoken(n[i:i + 2]) for i in (2, 4, 6))
    else:
        mid = digits_spoken(n[2:8], zero=zero)
    return lets + " " + mid + " " + letter_spoken(n[8])


def p_ni_chat():
    n = gen_ni()
    return [A("Could you confirm your National Insurance number?"),
            C(R.choice(["sure its ", "NI no: ", "", "NINO ", "yes - "]), v(ni_typed(n), "NI_NUMBER", n), R.choice(["", " cheers", ".", " (from my payslip)"]))], \
        "chat/%s (UK): NI number typed, varied case and spacing" % R.choice(["government services", "banking", "insurance", "utilities"])


def p_ni_call():
    n = gen_ni()
    return [A("what's your national insurance number"),
            C(filler(), v(ni_spoken(n), "NI_NUMBER", n))], \
        "call/government services (UK): NI spelled with letters, phonetics or homophones"


def p_ni_split():
    n = gen_ni()
    zero = "oh"
    ps = parts([letter_spoken(n[0]) + " " + letter_spoken(n[1]), digits_spoken(n[2:5], zero=zero),
                digits_spoken(n[5:8], zero=zero), letter_spoken(n[8])], "NI_NUMBER", n)
    return [A("go ahead with your national insurance"), C("it's ", ps[0]), A(back()), C(ps[1]), A(back()),
            C(ps[2], " and then ", ps[3])], "call/government services (UK): NI split over turns, suffix letter after 'and then'"


def p_ni_and_dob():
    n = gen_ni()
    dob = gen_dob()
    th, ds = dob_span_spoken(dob)
    return [A("for security can I take your date of birth and NI number"),
            C("date of birth is ", th, v(ds, "DOB", dob), " and NI is ", v(ni_spoken(n), "NI_NUMBER", n))], \
        "call/banking (UK): DOB and NI number in one turn"


def p_ni_readback():
    n = gen_ni()
    return [C(v(ni_spoken(n), "NI_NUMBER", n)), A("so that's ", v(ni_spoken(n), "NI_NUMBER", n)), C("yep")], \
        "call/insurance (UK): agent reads NI back"


def sort_typed(s):
    return R.choice(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s/%s/%s"]) % (s[:2], s[2:4], s[4:])


def sort_spoken(s):
    if R.random() < 0.5 and s[0] != "0" and s[2] != "0" and s[4] != "0" and s[1] != "0" and s[3] != "0":
        return " ".join(pair_spoken(s[i:i + 2]) for i in (0, 2, 4))
    return digits_spoken(s)


def p_bank_chat():
    sc = gen_digits(6)
    ac = gen_digits(8)
    return [A("Which account should the refund go to?"),
            C("sort code ", v(sort_typed(sc), "SORT_CODE", sc), R.choice([" acc ", ", account no ", " account number: ", " a/c "]), v(ac, "BANK_ACCOUNT", ac))], \
        "chat/%s (UK): sort code and account number typed in one message" % R.choice(["retail", "insurance", "utilities"])


def p_bank_call():
    sc = gen_digits(6)
    ac = gen_digits(8)
    return [A("can I take the sort code"), C(filler(), v(sort_spoken(sc), "SORT_CODE", sc)),
            A("and the account number"), C(v(digits_spoken(ac), "BANK_ACCOUNT", ac))], \
        "call/banking (UK): sort code and account spoken"


def p_bank_split():
    sc = gen_digits(6)
    ac = gen_digits(8)
    ps = parts([digits_spoken(ac[:4]), digits_spoken(ac[4:])], "BANK_ACCOUNT", ac)
    return [A("account number please"), C(ps[0]), A(back()), C(ps[1]),
            A("and sort code"), C(v(sort_spoken(sc), "SORT_CODE", sc), " it's a natwest account")], \
        "call/utilities (UK): account split across turns then sort code"


def p_bank_us():
    ac = gen_digits(R.choice([10, 11, 12]), True)
    if R.random() < 0.5:
        return [A("What's the checking account number for the autopay?"), C("acct # ", v(ac, "BANK_ACCOUNT", ac))], \
            "chat/utilities (US): checking account number typed"
    return [A("what's the checking account number"), C(filler(), v(digits_spoken(ac), "BANK_ACCOUNT", ac))], \
        "call/telecom (US): checking account number spoken"


def iban_spoken(ib):
    out = []
    zero = R.choice(["zero", "oh", "nought"])
    for i, ch in enumerate(ib):
        if ch.isdigit():
            out.append(d_word(ch, zero))
        else:
            out.append(letter_spoken(ch) if i >= 4 else ch.lower())
    return " ".join(out)


def p_iban_chat():
    ib = gen_iban()
    return [A("Please send the IBAN for the refund."),
            C(R.choice(["IBAN ", "iban: ", "here u go ", ""]), v(iban_typed(ib) if R.random() < 0.8 else iban_typed(ib).lower(), "IBAN", ib), R.choice(["", " thanks", " (%s bank)" % R.choice(["AIB", "Revolut", "ING"])]))], \
        "chat/%s (%s): IBAN typed" % (R.choice(["travel", "retail", "insurance"]), ib[:2])


def p_iban_call():
    ib = gen_iban(R.choice(["GB", "IE", "NL", "DE"]))
    if R.random() < 0.5:
        return [A("can you read me the iban"), C(filler(), v(iban_spoken(ib), "IBAN", ib))], \
            "call/banking (%s): IBAN spelled in one turn" % ib[:2]
    half = 8
    ps = parts([iban_spoken(ib[:half]), iban_spoken(ib[half:])], "IBAN", ib)
    return [A("the iban please"), C("okay ", ps[0]), A(back()), C(ps[1])], \
        "call/travel (%s): IBAN split over two turns" % ib[:2]


def p_phone_chat():
    p = gen_phone()
    return [A("What's the best number to reach you on?"),
            C(R.choice(["", "mob ", "call me on ", "its ", "tel: "]), v(phone_typed(p), "PHONE", p[0]), R.choice(["", " after 5pm", " anytime", " thx"]))], \
        "chat/%s: phone typed" % R.choice(UK_IND)


def p_phone_call():
    p = gen_phone()
    return [A("and a contact number"), C(filler(), v(phone_spoken(p), "PHONE", p[0]))], \
        "call/%s: phone spoken digit by digit or with pairs" % R.choice(UK_IND)


def p_phone_split():
    p = gen_phone(R.choice(["uk_mob", "us", "ie"]))
    d = p[0]
    cut = 5 if len(d) == 11 else 3
    ps = parts([digits_spoken(d[:cut]), digits_spoken(d[cut:])], "PHONE", d)
    return [A("best number"), C(ps[0]), A(back()), C(ps[1], " that's my mobile")], \
        "call/telecom: phone split across turns"


def p_phone_two():
    p1, p2 = gen_phone("uk_mob"), gen_phone("uk_land")
    return [A("any other numbers"), C("mobile's ", v(phone_spoken(p1), "PHONE", p1[0]), " or the house phone ", v(phone_spoken(p2), "PHONE", p2[0]))], \
        "call/utilities (UK): two phone numbers in one turn"


def p_email_chat():
    e = gen_email()
    t = e if R.random() < 0.7 else e.upper() if R.random() < 0.3 else e.capitalize()
    return [A("And your email address?"), C(R.choice(["", "email is ", "it's "]), v(t, "EMAIL", e), R.choice(["", " thanks", ".", " pls"]))], \
        "chat/%s: email typed" % R.choice(UK_IND)


def p_email_call():
    e = gen_email()
    return [A("can I take an email address"), C(filler(), v(email_spoken(e), "EMAIL", e))], \
        "call/%s: email spoken with 'dot' and 'at'" % R.choice(UK_IND)


def p_dob_chat():
    dob = gen_dob()
    us = R.random() < 0.4
    t, order = dob_typed(dob, us)
    return [A("Can you confirm your date of birth?"), C(R.choice(["", "DOB ", "born ", "sure "]), v(t, "DOB", dob, order))], \
        "chat/%s (%s): DOB typed" % (R.choice(UK_IND), "US" if us else "UK")


def p_dob_call():
    dob = gen_dob()
    th, ds = dob_span_spoken(dob)
    return [A("and your date of birth"), C(filler(), th, v(ds, "DOB", dob))], \
        "call/%s: DOB spoken with ordinal and year words" % R.choice(UK_IND)


def p_postcode_chat():
    if R.random() < 0.5:
        pc = gen_uk_pc()
        t = pc if R.random() < 0.6 else pc.lower().replace(" ", R.choice(["", " "]))
        return [A("What's your postcode?"), C(v(t, "POSTCODE", pc.replace(" ", "")))], "chat/utilities (UK): postcode typed"
    z = gen_zip()
    return [A("ZIP code on the account?"), C(R.choice(["", "zip ", "its "]), v(zip_typed(z), "POSTCODE", z))], "chat/retail (US): ZIP typed"


def p_postcode_call():
    if R.random() < 0.6:
        pc = gen_uk_pc()
        return [A("and the postcode"), C(filler(), v(uk_pc_spoken(pc), "POSTCODE", pc.replace(" ", "")))], \
            "call/%s (UK): postcode spelled, NATO/homophones" % R.choice(["utilities", "insurance", "telecom"])
    z = gen_zip()
    return [A("what's the zip"), C(v(digits_spoken(z), "POSTCODE", z))], "call/insurance (US): ZIP spoken"


def p_address_chat():
    if R.random() < 0.5:
        pc = gen_uk_pc()
        a = gen_address()
        return [A("Please confirm the delivery address."), C(v(a, "ADDRESS", a), ", ", R.choice(["London", "Leeds", "Manchester", "Bristol"]), " ", v(pc, "POSTCODE", pc.replace(" ", "")))], \
            "chat/retail (UK): street address then town then postcode"
    z = gen_zip()
    a = gen_address()
    return [A("Billing address?"), C(v(a, "ADDRESS", a), ", ", R.choice(["Austin TX", "Denver, CO", "Columbus OH"]), " ", v(zip_typed(z), "POSTCODE", z))], \
        "chat/retail (US): street address, city/state, ZIP"


def p_address_call():
    a = gen_address(True)
    pc = gen_uk_pc()
    return [A("what's the first line of the address"), C(filler(), "it's ", v(a, "ADDRESS", a)), A("and the postcode"),
            C(v(uk_pc_spoken(pc), "POSTCODE", pc.replace(" ", "")))], "call/utilities (UK): spoken address and postcode"


def p_address_move():
    a1 = gen_address(True)
    a2 = gen_address(True)
    return [A("you're moving home is that right"), C("yeah from ", v(a1, "ADDRESS", a1), " to ", v(a2, "ADDRESS", a2), " on the fifteenth")], \
        "call/utilities: two spoken addresses in one turn with a move date (unlabelled)"


def p_mixed_chitchat():
    c, k = gen_card()
    gs = card_groups(c)
    ps = parts([group_spoken(g) for g in gs], "CARD_NUMBER", c)
    turns = [A("okay card number when you're ready"),
             C("sorry the dog's barking ", ps[0]), A(back()), C(ps[1], " hang on it's the ten thirty delivery")]
    for p in ps[2:]:
        turns += [A("no problem carry on"), C(p)]
    return turns, "call/retail: card split with chit-chat and an unlabelled time inside turns"


def p_ssn_ni_correction():
    s = gen_ssn()
    s2 = s[:5] + gen_digits(4)
    return [A("social security number"),
            C(v(digits_spoken(s), "SSN", s), " no wait sorry that's my wife's mine is ", v(digits_spoken(s2), "SSN", s2))], \
        "call/insurance (US): two SSNs, self-correction to a different number; both labelled"


def p_dob_ssn_us():
    s = gen_ssn()
    dob = gen_dob()
    return [A("Date of birth and last... actually full SSN please"),
            C(v(dob_typed(dob, True)[0] if False else "%02d/%02d/%d" % (dob[1], dob[2], dob[0]), "DOB", dob, "mdy"), " / ", v(ssn_typed(s), "SSN", s))], \
        "chat/healthcare billing (US): DOB and SSN separated by a slash"


def p_card_homophone():
    c, k = gen_card("visa")
    g = card_groups(c)
    def h(gr):
        ws = []
        for ch in gr:
            if ch == "2" and R.random() < 0.5:
                ws.append("to")
            elif ch == "4" and R.random() < 0.5:
                ws.append("for")
            elif ch == "8" and R.random() < 0.5:
                ws.append("ate")
            else:
                ws.append(d_word(ch))
        return " ".join(ws)
    return [A("the card number please"), C(v(" ".join(h(x) for x in g), "CARD_NUMBER", c))], \
        "call/telecom: card with ASR homophones (to/for/ate)"


def p_card_chat_typo():
    c, k = gen_card("mc")
    g = card_groups(c)
    t = g[0] + g[1] + " " + g[2] + "-" + g[3]
    return [A("card number?"), C("ok its ", v(t, "CARD_NUMBER", c), " exp ", v(exp_typed(*gen_exp()), "EXPIRY", None), " thx")], \
        "chat/retail: card typed with irregular grouping"


POS_T = [p_card_chat, p_card_call_one, p_card_call_split, p_card_readback, p_card_restart, p_card_full_flow,
         p_exp_cvv_only, p_cvv_two_in_turn, p_ssn_chat, p_ssn_call, p_ssn_split, p_ssn_with_amount, p_ssn_readback,
         p_ni_chat, p_ni_call, p_ni_split, p_ni_and_dob, p_ni_readback, p_bank_chat, p_bank_call, p_bank_split,
         p_bank_us, p_iban_chat, p_iban_call, p_phone_chat, p_phone_call, p_phone_split, p_phone_two,
         p_email_chat, p_email_call, p_dob_chat, p_dob_call, p_postcode_chat, p_postcode_call, p_address_chat,
         p_address_call, p_address_move, p_mixed_chitchat, p_ssn_ni_correction, p_dob_ssn_us, p_card_homophone,
         p_card_chat_typo]


def p_iban_eu_chat():
    ib = gen_iban(R.choice(["IE", "DE", "FR", "ES", "IT", "NL"]))
    t = iban_typed(ib)
    return [C("Hi, I was overcharged €%d.%02d, please refund to my account" % (R.randint(20, 300), R.randint(0, 99))),
            A("Of course, can you share the IBAN?"), C(v(t, "IBAN", ib), R.choice(["", " - account in my name", " thanks!"]))], \
        "chat/travel (%s): IBAN after a refund request with an unlabelled amount" % ib[:2]


def p_iban_readback():
    ib = gen_iban(R.choice(["GB", "IE"]))
    return [C("iban is ", v(iban_spoken(ib), "IBAN", ib)), A("let me read that back ", v(iban_spoken(ib), "IBAN", ib)), C("perfect")], \
        "call/insurance (%s): IBAN spelled then read back by agent" % ib[:2]


def p_email_readback():
    e = gen_email()
    return [A("what email should we send the policy to"), C(v(email_spoken(e), "EMAIL", e)),
            A("so that's ", v(email_spoken(e), "EMAIL", e), " yeah"), C("that's right")], \
        "call/insurance: email spoken and read back"


def p_contact_update():
    e = gen_email()
    p = gen_phone()
    a = gen_address()
    return [A("Hi! What details would you like to update?"),
            C("new email ", v(e, "EMAIL", e), " and mobile ", v(phone_typed(p), "PHONE", p[0]), R.choice([", moved to ", ". Address now "]), v(a, "ADDRESS", a))], \
        "chat/telecom: email, phone and address in one message"

POS_T += [p_iban_eu_chat, p_iban_readback, p_email_readback, p_contact_update]


def p_sort_cvv_mix():
    sc = gen_digits(6)
    cvv = gen_digits(3)
    ac = gen_digits(8)
    return [A("for the direct debit I need the sort code and account number"),
            C(v(sort_spoken(sc), "SORT_CODE", sc), " and the account is ", v(digits_spoken(ac), "BANK_ACCOUNT", ac)),
            A("thanks and for today's payment of %s by card just the security code" % money_spoken()),
            C(R.choice(["it's ", "", "the three on the back are "]), v(digits_spoken(cvv), "CVV", cvv))], \
        "call/utilities (UK): sort code, account and cvv with an unlabelled payment amount"


def p_sort_readback_chat():
    sc = gen_digits(6)
    ac = gen_digits(8)
    cvv = gen_digits(3)
    return [C("sc ", v(sort_typed(sc), "SORT_CODE", sc), " acc ", v(ac, "BANK_ACCOUNT", ac)),
            A("Thanks - I have sort code ", v("%s-%s-%s" % (sc[:2], sc[2:4], sc[4:]), "SORT_CODE", sc), ", account ending in the digits you gave. For the card top-up, the 3-digit code please?"),
            C(v(cvv, "CVV", cvv))], "chat/banking (UK): abbreviations sc/acc, agent echoes sort code, bare cvv reply"

POS_T += [p_sort_cvv_mix, p_sort_readback_chat]


def p_email_spelled():
    f, l = R.choice(FIRST), R.choice(LAST)
    dom = R.choice(DOMAINS)
    e = f + "." + l + "@" + dom
    spelled = " ".join(f)
    return [A("and an email for the receipt"),
            C(v(spelled + " dot " + l + " at " + dom.replace(".", " dot "), "EMAIL", e)),
            A("sorry was that %s with a %s" % (f, f[0])), C("yeah that's it")], \
        "call/retail: email with the first name spelled letter by letter"


def p_dob_age_readback():
    dob = gen_dob()
    th, ds = dob_span_spoken(dob)
    age = 2026 - dob[0]
    return [A("can you confirm your date of birth"), C(th, v(ds, "DOB", dob)),
            A("lovely so you'd have turned %s this year" % (pair_spoken(str(age)) if 20 <= age < 100 and age % 10 else str(age))),
            C("don't remind me")], "call/insurance: spoken DOB followed by an unlabelled age"


def p_dob_chat_us_context():
    dob = gen_dob()
    t, order = dob_typed(dob, True)
    appt = "%02d/%02d/2026" % (R.randint(1, 12), R.randint(1, 28))
    return [C("Hi my appointment on %s was billed twice, patient DOB " % appt, v(t, "DOB", dob, order)),
            A("Thanks, I see two charges of $%d for %s." % (R.randint(40, 300), appt))], \
        "chat/healthcare billing (US): DOB next to an unlabelled appointment date"


def p_postcode_split_call():
    pc = gen_uk_pc()
    out, inn = pc.split()
    ps = parts([uk_pc_spoken(out), uk_pc_spoken(inn)], "POSTCODE", pc.replace(" ", ""))
    return [A("postcode please"), C(ps[0]), A(back()), C(ps[1])], "call/telecom (UK): postcode outward and inward codes in separate turns"

POS_T += [p_email_spelled, p_dob_age_readback, p_dob_chat_us_context, p_postcode_split_call]


# ---------------------------------------------------------------- negative templates
def money_spoken():
    a = R.randint(12, 99)
    c = R.randint(10, 99)
    return "%s pounds %s" % (pair_spoken(str(a)), pair_spoken(str(c)))


def n_money_chat():
    a = "%s%d.%02d" % (R.choice(["£", "$", "€"]), R.randint(10, 2500), R.randint(0, 99))
    b = "%d.%02d" % (R.randint(1000, 9999), R.randint(0, 99))
    return [C("Why is my bill %s this month? Last month was %s" % (a, b)),
            A("I can see a one-off charge of %s%d.00 for roaming." % (a[0], R.randint(5, 60)))], "chat/telecom: money amounts only"


def n_money_call():
    return [A("your balance is %s and the minimum payment is %s" % (money_spoken(), money_spoken())),
            C("okay and how much was the late fee %s" % R.choice(["was it twelve fifty", "fifteen quid", "like twenty five dollars"]))], \
        "call/banking: balances and fees spoken"


def n_order_ref():
    ref = gen_digits(R.randint(6, 10), True)
    w = R.choice(["order number", "ticket number", "claim number", "invoice number", "reference number", "case number"])
    if R.random() < 0.5:
        return [A("Do you have the %s?" % w), C("yes %s %s" % (w, ref))], "chat/retail: %s typed with its reference word" % w
    return [A("do you have the %s" % w), C("yeah the %s is %s" % (w, digits_spoken(ref)))], "call/insurance: %s spoken digit by digit" % w


def n_order_ref_alpha():
    ref = R.choice(["ORD", "INV", "CLM", "TKT", "REF"]) + "-" + gen_digits(R.randint(6, 8), True)
    return [C("Following up on %s, it still hasn't arrived" % ref), A("Thanks, I've found %s. It was dispatched on %d %s." % (ref, R.randint(1, 28), R.choice(MONTHS).capitalize()))], \
        "chat/retail: alphanumeric order reference and dispatch date"


def n_appointment():
    d = R.randint(1, 28)
    m = R.choice(MONTHS)
    return [A("I can book an engineer for the %s of %s between %s and %s" % (ord_spoken(d), m, R.choice(["eight", "nine", "ten"]), R.choice(["twelve", "one", "two"]))),
            C("the %s of %s yeah that works I'm off that day" % (ord_spoken(d), m))], "call/utilities: appointment date and time window"


def n_payment_date():
    return [C("I paid on %s %d, %d but it shows late" % (R.choice(MONTHS).capitalize(), R.randint(1, 28), R.randint(2023, 2026))),
            A("The payment posted on %02d/%02d/%d, two days after the due date." % (R.randint(1, 28), R.randint(1, 12), R.randint(2023, 2026)))], \
        "chat/banking: payment dates, not birth dates"


def n_contract():
    y = R.randint(2019, 2026)
    return [A("your contract started in %s %s and runs for twenty four months" % (R.choice(MONTHS), year_spoken(y))),
            C("right so it ends in %s then" % year_spoken(y + 2))], "call/telecom: contract start year and duration"


def n_flight():
    fl = R.choice(["BA", "EI", "FR", "AA", "UA", "LH"]) + str(R.randint(100, 9999))
    return [C("My flight %s on the %dth was cancelled, gate %d, seat %d%s" % (fl, R.randint(4, 20), R.randint(1, 60), R.randint(1, 40), R.choice("ABCDEF"))),
            A("Sorry to hear that. %s has been rebooked to depart at %02d:%02d." % (fl, R.randint(5, 22), R.choice([0, 15, 30, 45])))], "chat/travel: flight number, gate, seat, time"


def n_flight_call():
    code = R.choice(["e i", "b a", "f r"])
    return [C("it's flight %s %s leaving at %s" % (code, digits_spoken(gen_digits(3, True), dbl=False), R.choice(["six forty five", "half seven", "quarter past nine", "nine fifteen"]))),
            A("and how many passengers"), C("%s adults and %s kids" % (R.choice(["two", "three", "four"]), R.choice(["one", "two", "three"])))], \
        "call/travel: spoken flight number, departure time and passenger counts"


def n_room():
    return [C("Room %d, checking out on the %d%s. The heater is stuck at %d degrees" % (R.randint(101, 950), R.randint(4, 20), "th", R.randint(16, 30))),
            A("I'll send maintenance to room %s within %d minutes." % ("%d" % R.randint(101, 950), R.choice([15, 20, 30, 45])))], "chat/travel: hotel room number, temperature, minutes"


def n_meter():
    r = gen_digits(5, True)
    return [A("can you read me the meter"), C("yeah it says %s" % digits_spoken(r)),
            A("thanks so that's %s units, about %d percent up on last quarter" % (r, R.randint(2, 40)))], \
        "call/utilities: 5-digit meter reading and percentage"


def n_model():
    m = R.choice(["WM", "KX", "SM-G", "TX", "HP"]) + str(R.randint(100, 9999)) + R.choice(["", "B", "X", "-2"])
    return [C("My washing machine model %s is leaking, bought it in %d for £%d" % (m, R.randint(2018, 2025), R.randint(199, 899))),
            A("Thanks. The warranty on the %s covers %d years." % (m, R.choice([1, 2, 3, 5])))], "chat/retail: model number, year, price"


def n_speed():
    return [C("im paying for %d mbps but only getting %d.%d, tested %d times" % (R.choice([100, 300, 500, 900]), R.randint(5, 60), R.randint(0, 9), R.randint(3, 12))),
            A("I can see drops every %d minutes since %d:%02d this morning." % (R.randint(5, 30), R.randint(6, 11), R.randint(0, 59)))], "chat/telecom: speeds, counts, times"


def n_speed_call():
    return [C("i'm supposed to get %s meg and it's doing about %s" % (R.choice(["five hundred", "nine hundred", "one hundred"]), R.choice(["forty", "twelve", "sixty five"]))),
            A("okay i've run a test that's coming back at %s point %s" % (R.choice(["thirty", "twenty two", "eighteen"]), DW[R.randint(1, 9)]))], \
        "call/telecom: spoken speeds"


def n_age():
    return [A("how old is the named driver"), C("she's %s and I'm %s" % (pair_spoken(str(R.randint(17, 29))), pair_spoken(str(R.randint(30, 79))))),
            A("and how many years no claims"), C("%s years" % R.choice(["five", "nine", "twelve", "fifteen"]))], "call/insurance: ages and years of no-claims"


def n_years_durations():
    return [C("I've been a customer for %d years, since %d, and waited %d hours on hold" % (R.randint(2, 30), R.randint(1990, 2020), R.randint(1, 5))),
            A("Thank you for your %d years with us." % R.randint(2, 30))], "chat/banking: tenure years and durations"


def n_percent():
    return [A("the rate goes from %s point %s percent to %s point %s percent on the first of %s" % (DW[R.randint(1, 9)], DW[R.randint(0, 9)], DW[R.randint(1, 9)], DW[R.randint(1, 9)], R.choice(MONTHS))),
            C("so roughly %s pounds more a month" % pair_spoken(str(R.randint(20, 99))))], "call/banking: interest rates, date and amount"


def n_quantity():
    return [C("I ordered %d boxes of %d but only %d arrived, each %dkg" % (R.randint(2, 12), R.randint(6, 48), R.randint(1, 5), R.randint(1, 25))),
            A("I'll resend %d boxes, ETA %d-%d working days." % (R.randint(1, 9), R.randint(1, 3), R.randint(4, 7)))], "chat/retail: quantities and delivery window"


def n_long_money_call():
    return [C("the bill says %s thousand %s hundred and %s pounds" % (DW[R.randint(1, 9)], DW[R.randint(1, 9)], pair_spoken(str(R.randint(21, 99))))),
            A("yes that includes %s hundred and %s pounds of arrears from twenty %s" % (DW[R.randint(1, 9)], pair_spoken(str(R.randint(21, 99))), pair_spoken(str(R.randint(21, 25)))))], \
        "call/utilities: large spoken amounts and a year"


def n_time_spoken():
    return [A("the technician will arrive between %s and %s on %s" % (R.choice(["eight a m", "nine", "half ten"]), R.choice(["one p m", "noon", "four"]), R.choice(["monday", "thursday", "the twelfth"]))),
            C("can they come after %s I'm on a %s hour shift" % (R.choice(["three thirty", "four fifteen", "five"]), R.choice(["twelve", "ten", "eight"])))], "call/telecom: times, durations"


def n_ticket_long():
    ref = gen_digits(10, True)
    return [A("your reference is %s" % " ".join(ref[i:i + 2] for i in range(0, 10, 2))),
            C("hang on let me write that down, reference %s" % ref)], "chat/government services: 10-digit case reference said with its word"


def n_office_hours():
    return [C("what time do you close on saturday"), A("we're open %s till %s on saturdays and closed sundays, it's about a %s minute wait right now" % (R.choice(["nine", "eight"]), R.choice(["five", "one", "half four"]), R.choice(["ten", "twenty", "forty"])))], \
        "call/retail: opening hours and wait time"


def n_medical_bill():
    return [C("Statement dated %02d/%02d/%d shows $%d,%03d.%02d for a visit on %s %d" % (R.randint(1, 12), R.randint(1, 28), R.randint(2024, 2026), R.randint(1, 9), R.randint(0, 999), R.randint(0, 99), R.choice(MONTHS).capitalize(), R.randint(1, 28))),
            A("Insurance covered %d%% and your copay is $%d." % (R.randint(50, 90), R.randint(10, 80)))], "chat/healthcare billing (US): statement and visit dates, amounts"


def n_temperature():
    return [C("the boiler pressure is at %s point %s bar and the radiators only get to %s degrees" % (DW[R.randint(0, 2)], DW[R.randint(1, 9)], pair_spoken(str(R.randint(21, 45))))),
            A("okay we'd expect about %s to %s degrees so i'll book a visit" % (R.choice(["sixty", "fifty five"]), R.choice(["seventy", "seventy five"])))], "call/utilities: pressure and temperatures"


def n_data_usage():
    return [C("used %d.%dGB of my %dGB, %d texts and %d mins" % (R.randint(1, 99), R.randint(0, 9), R.choice([10, 30, 100]), R.randint(10, 999), R.randint(10, 1500))),
            A("Your plan resets on the %d%s." % (R.randint(1, 28), "th"))], "chat/telecom: usage quantities"


NEG_T = [n_money_chat, n_money_call, n_order_ref, n_order_ref_alpha, n_appointment, n_payment_date, n_contract,
         n_flight, n_flight_call, n_room, n_meter, n_model, n_speed, n_speed_call, n_age, n_years_durations,
         n_percent, n_quantity, n_long_money_call, n_time_spoken, n_ticket_long, n_office_hours, n_medical_bill,
         n_temperature, n_data_usage]


def n_order_pairs_call():
    ref = "%d%02d%02d" % (R.randint(2, 9), R.randint(11, 99), R.randint(11, 99))
    while ref[2] == "0" or ref[4] == "0" or ref[1] == "0" or ref[3] == "0":
        ref = "%d%02d%02d" % (R.randint(2, 9), R.randint(11, 99), R.randint(11, 99))
    sp = DW[int(ref[0])] + " " + pair_spoken(ref[1:3]) + " " + pair_spoken(ref[3:5])
    return [A("have you got an order number there"), C("yeah order number %s placed on the %s" % (sp, ord_spoken(R.randint(1, 28)))),
            A("thanks i can see order %s for %s items" % (ref, R.choice(["two", "three", "six"])))], \
        "call/retail: order number spoken in pairs with its reference word, order date"


def n_ivr_options():
    return [A("if you press %s then option %s you'll get straight through to billing, lines are open %s till %s" % (R.choice(["one", "two", "three"]), R.choice(["four", "five", "six"]), R.choice(["eight", "nine"]), R.choice(["eight", "six"]))),
            C("okay I tried that %s times and got cut off after %s minutes" % (R.choice(["three", "four", "five"]), R.choice(["ten", "twelve", "twenty"])))], \
        "call/telecom: menu options, hours and counts"


def n_policy_tracking():
    pol = R.choice(["POL", "HX", "MTR"]) + gen_digits(R.randint(6, 8), True)
    trk = gen_digits(10, True)
    return [C("policy %s, the parts were sent with tracking number %s on %d %s" % (pol, trk, R.randint(1, 28), R.choice(MONTHS).capitalize())),
            A("Thanks. Policy %s renews at £%d.%02d, %d%% lower than last year." % (pol, R.randint(200, 1200), R.randint(0, 99), R.randint(3, 20)))], \
        "chat/insurance: policy number and 10-digit tracking number with reference words, renewal price"


def n_year_model_call():
    y = R.randint(2012, 2024)
    return [C("it's a %s %s with about %s thousand miles on it" % (year_spoken(y), R.choice(["ford focus", "vw golf", "toyota yaris"]), pair_spoken(str(R.randint(21, 99))))),
            A("okay and is it kept on the drive overnight"), C("yeah since we moved in %s" % year_spoken(R.randint(2005, 2024)))], \
        "call/insurance: vehicle year, mileage, move-in year"

NEG_T += [n_order_pairs_call, n_ivr_options, n_policy_tracking, n_year_model_call]

N_POS = 200
N_NEG = 116


def generate():
    R.seed(SEED)
    _gid[0] = 0
    cases, metas = [], []
    for i in range(N_POS):
        tpl = POS_T[i % len(POS_T)]
        turns, note = tpl()
        for spk, segs in turns:
            for s in segs:
                if isinstance(s, V) and s.typ == "EXPIRY" and s.canon is None:
                    s.canon = norm_digits(s.text, months=True)
        t, sp, meta = build(turns)
        cases.append({"id": "h42-pos-%03d" % (i + 1), "kind": "positive", "turns": t, "spans": sp, "note": note})
        metas.append(meta)
    for i in range(N_NEG):
        tpl = NEG_T[i % len(NEG_T)]
        turns, note = tpl()
        t, sp, meta = build(turns)
        cases.append({"id": "h42-neg-%03d" % (i + 1), "kind": "negative", "turns": t, "spans": [], "note": note})
        metas.append(meta)
    return cases, metas


def serialise(cases):
    return "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cases)


def counts(cases):
    c = Counter()
    for cs in cases:
        for s in cs["spans"]:
            c[s["type"]] += 1
    return c


def check(cases, metas, text_on_disk):
    errs = []
    if text_on_disk != serialise(cases):
        errs.append("file on disk differs from regenerated output")
    ids = [c["id"] for c in cases]
    if len(set(ids)) != len(ids):
        errs.append("duplicate ids")
    for c, meta in zip(cases, metas):
        if c["kind"] == "negative" and (c["spans"] or meta):
            errs.append("%s: negative has spans" % c["id"])
        if c["kind"] == "positive" and not c["spans"]:
            errs.append("%s: positive without spans" % c["id"])
        by_turn = {}
        for s in c["spans"]:
            if s["type"] not in TYPES:
                errs.append("%s: bad type %s" % (c["id"], s["type"]))
            if not (0 <= s["turn"] < len(c["turns"])):
                errs.append("%s: turn out of range" % c["id"])
                continue
            txt = c["turns"][s["turn"]]["text"]
            a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(txt)):
                errs.append("%s: offsets out of range" % c["id"])
                continue
            if a > 0 and txt[a - 1].isalnum() or b < len(txt) and txt[b].isalnum():
                errs.append("%s: span not on word boundary %r" % (c["id"], txt[a:b]))
            if txt[a].isspace() or txt[b - 1].isspace():
                errs.append("%s: span has edge whitespace" % c["id"])
            by_turn.setdefault(s["turn"], []).append((a, b))
        for t, lst in by_turn.items():
            lst.sort()
            for (a1, b1), (a2, b2) in zip(lst, lst[1:]):
                if a2 < b1:
                    errs.append("%s: overlapping spans in turn %d" % (c["id"], t))
        # value validation per group
        groups = {}
        for s, m in zip(c["spans"], meta):
            txt = c["turns"][s["turn"]]["text"][s["start"]:s["end"]]
            if txt != m.text:
                errs.append("%s: span text mismatch" % c["id"])
            groups.setdefault(m.gid, []).append((m, txt))
        for gid, lst in groups.items():
            m = lst[0][0]
            joined = " ".join(x[1] for x in lst)
            if m.extra == "prefix":
                n = norm_digits(joined)
                if not n or not m.canon.startswith(n) or len(n) < 4:
                    errs.append("%s: bad partial card %r" % (c["id"], joined))
                continue
            e = validate(m.typ, m.canon, joined, m.extra)
            if e:
                errs.append("%s: %s: %s (%r)" % (c["id"], m.typ, e, joined))
    cnt = counts(cases)
    for t in TYPES:
        need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
        if cnt[t] < need:
            errs.append("type %s has %d spans < %d" % (t, cnt[t], need))
    npos = sum(c["kind"] == "positive" for c in cases)
    nneg = len(cases) - npos
    if npos < 170 or nneg < 100:
        errs.append("too few cases: %d pos %d neg" % (npos, nneg))
    return errs, cnt, npos, nneg


def readme(cnt, npos, nneg):
    rows = "\n".join("| %s | %d |" % (t, cnt[t]) for t in TYPES)
    return """# pii_holdout42 — held-out PII redaction evaluation set

**Never use this set for tuning.** It exists only to measure the redactor on data it was not developed against.
Do not add its cases to training/dev fixtures, do not look at failures here and then patch rules for them.

## Who wrote it and how

Written by an AI helper acting as an independent author. The author did **not** see the redaction
code, its tests, its docs, its benchmark or any other PII fixture; only a 3-line example of the JSONL
format. Cases are generated by `scripts/make_pii_holdout42.py` (standard library only) from template
functions with one seeded `random.Random(%d)`; every turn is assembled from plain-text segments and
labelled value segments, so offsets are computed, never typed. `python scripts/make_pii_holdout42.py --check`
regenerates the file, verifies it is byte-identical, ids unique, offsets in range and on word boundaries,
spans non-overlapping, and validates every labelled value after normalising spoken forms (Luhn for cards,
mod-97 for IBANs, NI number format, 9-digit SSN with valid area/group/serial, 6-digit sort codes,
3-4 digit CVV, 10-13 digit phones, 6-17 digit accounts, UK postcode / US ZIP shapes, date validity for DOB).

Cases mix typed chat (separators, case variation, irregular grouping) and ASR-style call transcripts
(lower case, numbers as words: "oh"/"o"/"nought"/"zero", "double"/"triple", pairs like "forty one eleven",
years like "nineteen eighty two", letters as "b for bravo" / NATO / homophones such as "see" for C,
ASR homophones "to"/"for"/"ate" for 2/4/8, e-mails with "dot"/"at"/"underscore"), values split across
several customer turns with agent back-channels, agent read-backs, two values in one turn, restarts and
self-corrections, chit-chat inside readings. Industries: banking, telecom, utilities, retail, insurance,
travel, healthcare billing, government services; countries: UK, US, Ireland, EU (IBANs GB/IE/DE/FR/ES/NL/IT).

## Annotation conventions

* A span covers the value itself: from its first to its last value character/word. Lead-in words
  ("it's", "my ssn is", "sort code", "the" before a spoken date, "plus" is included only when it is part
  of a phone reading) and trailing filler are outside; fillers *inside* a reading ("um") are inside.
* Typed separators (spaces, dashes, dots, slashes, parentheses of a US area code) are inside the span.
* A value split over several turns gets one span per turn, all with the same type.
* Agent read-backs of a value are labelled like customer readings.
* When a caller restarts a card number, the abandoned partial reading is labelled CARD_NUMBER too
  (it is still card digits); when a caller gives a wrong SSN and corrects it, both are labelled.
* EXPIRY covers month and year ("oh nine twenty seven", "september twenty eight", "09/2027").
* DOB covers day, month and year; POSTCODE covers the whole UK postcode or US ZIP(+4);
  ADDRESS covers house/flat number through street suffix (town, state and postcode are not in ADDRESS;
  postcodes are separate POSTCODE spans).
* Negatives contain only non-PII numbers: money, balances, times, durations, counts, years, percentages,
  non-birth dates, order/ticket/claim/invoice/reference numbers (with their reference word, up to 10 digits),
  flight/room/model numbers, meter readings, speeds, ages, temperatures. Unlabelled non-PII numbers also
  appear inside some positive cases.

## Counts

Positive cases: %d. Negative cases: %d.

| type | spans |
|---|---|
%s
""" % (SEED, npos, nneg, rows)


def main():
    cases, metas = generate()
    text = serialise(cases)
    cnt = counts(cases)
    npos = sum(c["kind"] == "positive" for c in cases)
    nneg = len(cases) - npos
    if "--check" in sys.argv:
        try:
            with open(OUT, encoding="utf-8") as f:
                disk = f.read()
        except OSError:
            disk = None
        errs, cnt, npos, nneg = check(cases, metas, disk)
        if disk is not None:
            with open(README, encoding="utf-8") as f:
                if f.read() != readme(cnt, npos, nneg):
                    errs.append("README differs from regenerated output")
        print("pii_holdout42: %d positive, %d negative cases" % (npos, nneg))
        for t in TYPES:
            print("  %-13s %d" % (t, cnt[t]))
        for e in errs[:50]:
            print("ERROR:", e)
        print("check %s (%d problems)" % ("FAILED" if errs else "passed", len(errs)))
        sys.exit(1 if errs else 0)
    os.makedirs(OUT_DIR, exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(text)
    with open(README, "w", encoding="utf-8") as f:
        f.write(readme(cnt, npos, nneg))
    print("wrote %s (%d positive, %d negative)" % (OUT, npos, nneg))


if __name__ == "__main__":
    main()

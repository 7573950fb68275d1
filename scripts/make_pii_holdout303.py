#!/usr/bin/env python3
"""Generate the held-out PII evaluation set pii_holdout303 (author: independent AI helper).

python scripts/make_pii_holdout303.py          -> writes fixture + README
python scripts/make_pii_holdout303.py --check  -> regenerates, verifies identity and labels
Standard library only. Seed 303241125.
"""
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "tests" / "fixtures" / "pii_holdout303"
CASES = OUT_DIR / "cases.jsonl"
README = OUT_DIR / "README.md"
SEED = 303241125
TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE",
         "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

# ---------------------------------------------------------------- values
def luhn_ok(d):
    s = 0
    for i, ch in enumerate(reversed(d)):
        x = int(ch)
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        s += x
    return s % 10 == 0


def gen_card(r):
    kind = r.choice(["visa", "visa", "mc", "mc", "amex", "disc", "visa13", "maestro19"])
    pre, n = {"visa": ("4", 16), "mc": (str(r.randint(51, 55)), 16), "amex": (r.choice(["34", "37"]), 15),
              "disc": ("6011", 16), "visa13": ("4", 13), "maestro19": ("6759", 19)}[kind]
    body = pre + "".join(str(r.randint(0, 9)) for _ in range(n - len(pre) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def gen_card16(r):
    while True:
        c = gen_card(r)
        if len(c) == 16:
            return c


def gen_ssn(r):
    a = r.choice([x for x in range(1, 900) if x != 666])
    return "%03d%02d%04d" % (a, r.randint(1, 99), r.randint(1, 9999))


NI_L1 = "ABCEGHJKLMNPRSTWXYZ"
NI_L2 = "ABCEGHJKLMNPRSTWXYZ"


def gen_ni(r):
    while True:
        p = r.choice(NI_L1) + r.choice(NI_L2)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + "".join(str(r.randint(0, 9)) for _ in range(6)) + r.choice("ABCD")


def digits(r, n):
    return "".join(str(r.randint(0, 9)) for _ in range(n))


def iban_check(country, bban):
    s = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return "%02d" % (98 - int(num) % 97)


def gen_iban(r):
    c = r.choice(["GB", "IE", "DE", "FR", "NL", "ES"])
    if c in ("GB", "IE"):
        bban = r.choice(["NWBK", "BARC", "AIBK", "BOFI", "MIDL", "LOYD"]) + digits(r, 14)
    elif c == "DE":
        bban = digits(r, 18)
    elif c == "FR":
        bban = digits(r, 23)
    elif c == "NL":
        bban = r.choice(["ABNA", "INGB", "RABO"]) + digits(r, 10)
    else:
        bban = digits(r, 20)
    return c + iban_check(c, bban) + bban


def gen_phone(r):
    k = r.choice(["uk", "uk", "us", "ie"])
    if k == "uk":
        return "07" + digits(r, 9)
    if k == "us":
        return str(r.randint(2, 9)) + digits(r, 2) + str(r.randint(2, 9)) + digits(r, 6)
    return "08" + r.choice("35679") + digits(r, 7)


FIRST = ["james", "sarah", "aoife", "liam", "priya", "tom", "megan", "carlos", "niamh", "dev", "olga", "ben"]
LAST = ["oconnor", "smith", "patel", "walsh", "nguyen", "brown", "kowalski", "murphy", "jones", "garcia"]
DOMAINS = ["gmail.com", "outlook.com", "yahoo.co.uk", "hotmail.com", "eircom.net", "icloud.com", "btinternet.com"]
STREETS = ["Acacia Avenue", "Mill Lane", "Station Road", "Church Street", "Elm Grove", "Victoria Road",
           "Park Drive", "Oak Close", "Maple Street", "High Street", "Kings Road", "Willow Crescent"]
UK_OUT = ["SW1A", "M1", "B33", "LS6", "EH12", "CF10", "BT9", "G2", "NW3", "E14", "SE15", "BS8", "L18", "NE4", "CR2", "W1T"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december"]


def gen_pc(r):
    return r.choice(UK_OUT) + " " + str(r.randint(1, 9)) + r.choice("ABDEFGHJLNPQRSTUWXYZ") + r.choice("ABDEFGHJLNPQRSTUWXYZ")


def gen_zip(r):
    return "%05d" % r.randint(10001, 99899)


# ---------------------------------------------------------------- spoken renderers
U = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
HOMO = {"4": "for", "2": "to", "8": "ate", "1": "won"}


def w(d, zero="zero", homo=0.0, r=None):
    if d == "0":
        return zero
    if r is not None and d in HOMO and r.random() < homo:
        return HOMO[d]
    return U[int(d)]


def say_digits(s, r, zero="zero", doubles=True, homo=0.0):
    out, i = [], 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        run = j - i
        if doubles and run == 3:
            out.append("triple " + w(s[i], zero))
            i = j
        elif doubles and run >= 2:
            out.append("double " + w(s[i], zero))
            i += 2
        else:
            out.append(w(s[i], zero, homo, r))
            i += 1
    return " ".join(out)


def say_pair(p, zero="oh"):
    a, b = int(p[0]), int(p[1])
    if a == 0:
        return zero + " " + U[b]
    if a == 1:
        return TEENS[b]
    return TENS[a] + ("" if b == 0 else " " + U[b])


def say_pairs(s, zero="oh"):
    parts = [say_pair(s[i:i + 2], zero) for i in range(0, len(s) - 1, 2)]
    if len(s) % 2:
        parts.append(w(s[-1], zero))
    return " ".join(parts)


def say_hundreds(s, zero="oh"):
    """3-digit group like 523 -> five hundred and twenty three (first digit non-zero)."""
    if s[0] == "0":
        return say_digits(s, None, zero, doubles=False)
    rest = s[1:]
    if rest == "00":
        return U[int(s[0])] + " hundred"
    return U[int(s[0])] + " hundred and " + say_pair(rest, zero).replace(zero + " ", "")


def say_mixed(s, r, zero):
    style = r.choice(["d", "p", "dd"])
    if style == "p":
        return say_pairs(s, zero)
    return say_digits(s, r, zero, doubles=(style == "dd"), homo=0.25)


NATO = {"A": "alpha", "B": "bravo", "C": "charlie", "D": "delta", "E": "echo", "F": "foxtrot", "G": "golf",
        "H": "hotel", "I": "india", "J": "juliet", "K": "kilo", "L": "lima", "M": "mike", "N": "november",
        "O": "oscar", "P": "papa", "Q": "quebec", "R": "romeo", "S": "sierra", "T": "tango", "U": "uniform",
        "V": "victor", "W": "whiskey", "X": "xray", "Y": "yankee", "Z": "zulu"}
LHOMO = {"B": "bee", "C": "see", "J": "jay", "K": "kay", "P": "pee", "R": "are", "T": "tee", "Y": "why",
         "Z": "zed", "X": "ex", "H": "aitch", "G": "gee", "E": "e", "A": "a", "S": "ess", "M": "em", "N": "en", "L": "el", "W": "w", "D": "dee"}


def say_letter(c, r, mode):
    if mode == "nato":
        return NATO[c]
    if mode == "for":
        return c.lower() + " for " + NATO[c]
    if mode == "homo":
        return LHOMO.get(c, c.lower())
    return c.lower()


# ---------------------------------------------------------------- normaliser / validators
UNITS = {"zero": 0, "oh": 0, "o": 0, "nought": 0, "naught": 0, "one": 1, "won": 1, "two": 2, "to": 2, "too": 2,
         "three": 3, "four": 4, "for": 4, "fore": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "ate": 8,
         "nine": 9, "niner": 9}
ORD = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9}
TEENW = {t: 10 + i for i, t in enumerate(TEENS)}
TEENW.update({"tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
              "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19})
TENW = {t: 10 * i for i, t in enumerate(TENS) if t}
TENW.update({"twentieth": 20, "thirtieth": 30})
FILL = {"um", "uh", "er", "erm", "ah", "like", "sorry", "its", "is", "the", "of", "plus", "slash", "dash",
        "space", "st", "nd", "rd", "th", "then", "yeah", "hmm"}
NATO_REV = {v: k for k, v in NATO.items()}
NATO_REV["x-ray"] = "X"
LHOMO_REV = {v: k for k, v in LHOMO.items() if len(v) > 1}


def sub100(toks, i):
    """parse a number 0-99 starting at toks[i]; returns (value, consumed) or (None, 0)."""
    if i >= len(toks):
        return None, 0
    t = toks[i]
    if t in TENW:
        if i + 1 < len(toks) and (toks[i + 1] in UNITS or toks[i + 1] in ORD) and UNITS.get(toks[i + 1], ORD.get(toks[i + 1])) != 0:
            return TENW[t] + UNITS.get(toks[i + 1], ORD.get(toks[i + 1])), 2
        return TENW[t], 1
    if t in TEENW:
        return TEENW[t], 1
    if t in UNITS and t not in ("for", "to", "too", "o", "oh"):
        return UNITS[t], 1
    return None, 0


def normalise(text, typ=""):
    toks = [t.replace("'", "") for t in re.findall(r"[a-z][a-z']*|\d+", text.lower())]
    nato_first = typ in ("NI_NUMBER", "IBAN", "POSTCODE")
    if nato_first and re.search(r"\d", text) and re.fullmatch(r"[A-Za-z0-9 \-/.]+", text):
        return re.sub(r"[^A-Za-z0-9]", "", text).upper()  # typed form
    out, i, n = [], 0, len(toks)
    while i < n:
        t = toks[i]
        if re.fullmatch(r"\d+", t):
            out.append(t); i += 1; continue
        if len(t) == 1 and i + 2 < n and toks[i + 1] == "for" and toks[i + 2] in NATO_REV:
            out.append(t.upper()); i += 3; continue
        if len(t) == 1 and i + 3 < n and toks[i + 1] == "as" and toks[i + 2] == "in" and toks[i + 3] in NATO_REV:
            out.append(t.upper()); i += 4; continue
        if t in ("double", "triple") and i + 1 < n and toks[i + 1] in UNITS:
            out.append(str(UNITS[toks[i + 1]]) * (2 if t == "double" else 3)); i += 2; continue
        if t == "hundred":
            j = i + 1
            if j < n and toks[j] == "and":
                j += 1
            v, c = sub100(toks, j)
            if v is None:
                out.append("00"); i += 1
            else:
                out.append("%02d" % v); i = j + c
            continue
        if t == "thousand":
            j = i + 1
            if j < n and toks[j] == "and":
                j += 1
            v, c = sub100(toks, j)
            if v is None:
                out.append("000"); i += 1
            else:
                out.append("%03d" % v); i = j + c
            continue
        if t in TENW or t in TEENW:
            v, c = sub100(toks, i)
            out.append("%02d" % v); i += c; continue
        if t in UNITS:
            out.append(str(UNITS[t])); i += 1; continue
        if t in ORD:
            out.append(str(ORD[t])); i += 1; continue
        if nato_first and t in NATO_REV:
            out.append(NATO_REV[t]); i += 1; continue
        if t in MONTHS:
            out.append("%02d" % (MONTHS.index(t) + 1)); i += 1; continue
        if t in FILL:
            i += 1; continue
        if t in NATO_REV:
            out.append(NATO_REV[t]); i += 1; continue
        if t in LHOMO_REV:
            out.append(LHOMO_REV[t]); i += 1; continue
        if len(t) == 1:
            out.append(t.upper()); i += 1; continue
        if re.fullmatch(r"[a-z]{1,2}\d", t):
            out.append(t.upper()); i += 1; continue
        if len(t) <= 4 and typ in ("NI_NUMBER", "IBAN", "POSTCODE"):
            out.append(t.upper()); i += 1; continue
        out.append("?" + t + "?"); i += 1
    return "".join(out)


def norm_email(text):
    t = " " + text.lower() + " "
    t = t.replace(" at ", "@").replace(" dot ", ".").replace(" underscore ", "_").replace(" dash ", "-")
    return re.sub(r"\s+", "", t)


def validate(typ, text):
    if typ == "EMAIL":
        return bool(re.fullmatch(r"[a-z0-9._\-]+@[a-z0-9\-]+(\.[a-z0-9\-]+)+", norm_email(text)))
    if typ == "ADDRESS":
        return bool(re.match(r"(\d+|[a-z]+)\b", text.lower())) and bool(re.search(
            r"\b(avenue|lane|road|street|grove|drive|close|crescent|rd|st|ave)\b", text.lower()))
    v = normalise(text, typ)
    if "?" in v:
        return False
    if typ == "CARD_NUMBER":
        return v.isdigit() and 13 <= len(v) <= 19 and luhn_ok(v)
    if typ == "CVV":
        return v.isdigit() and len(v) in (3, 4)
    if typ == "EXPIRY":
        return v.isdigit() and len(v) in (4, 6) and 1 <= int(v[:2]) <= 12
    if typ == "SSN":
        return v.isdigit() and len(v) == 9 and v[:3] not in ("000", "666")
    if typ == "NI_NUMBER":
        return bool(re.fullmatch(r"[A-CEGHJ-PR-TW-Z]{2}\d{6}[A-D]", v))
    if typ == "BANK_ACCOUNT":
        return v.isdigit() and 6 <= len(v) <= 12
    if typ == "SORT_CODE":
        return v.isdigit() and len(v) == 6
    if typ == "IBAN":
        if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{11,30}", v):
            return False
        s = v[4:] + v[:4]
        return int("".join(str(int(c, 36)) for c in s)) % 97 == 1
    if typ == "PHONE":
        return v.isdigit() and 10 <= len(v) <= 13
    if typ == "DOB":
        return v.isdigit() and 6 <= len(v) <= 8 and bool(re.search(r"(19[2-9]\d|200\d)$|^(19[2-9]\d|200\d)", v) or len(v) == 6)
    if typ == "POSTCODE":
        return bool(re.fullmatch(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}", v) or re.fullmatch(r"\d{5}(\d{4})?", v))
    return False


# ---------------------------------------------------------------- case builder
class Case:
    _g = 0

    def __init__(self):
        self.turns, self.spans = [], []

    def t(self, speaker, *segs):
        text, idx = "", len(self.turns)
        for s in segs:
            if isinstance(s, str):
                text += s
            else:
                val, typ = s[0], s[1]
                if len(s) > 2:
                    grp = s[2]
                else:
                    Case._g += 1
                    grp = "g%d" % Case._g
                self.spans.append({"turn": idx, "start": len(text), "end": len(text) + len(val), "type": typ, "_g": grp})
                text += val
        self.turns.append({"speaker": speaker, "text": text})
        return self


def grp():
    Case._g += 1
    return "s%d" % Case._g


def A(*s):
    return ("agent",) + s


def Z(*s):
    return ("customer",) + s


def mk(*turns):
    c = Case()
    for tr in turns:
        c.t(tr[0], *tr[1:])
    return c


def zero_of(r):
    return r.choice(["zero", "oh", "o", "nought", "zero", "oh"])


def groups_of(s, sizes):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n]); i += n
    return out


def card_sizes(c):
    return {15: [4, 6, 5], 13: [4, 4, 5], 19: [4, 4, 4, 4, 3]}.get(len(c), [4, 4, 4, 4])


def typed_card(c, r):
    sep = r.choice([" ", " ", "-", "", ".", "  ", " - "])
    return sep.join(groups_of(c, card_sizes(c)))


def spoken_card(c, r):
    z = zero_of(r)
    st = r.choice(["digits", "groups", "pairs", "mixed", "doubles"])
    gs = groups_of(c, card_sizes(c))
    if st == "digits":
        return say_digits(c, r, z, doubles=False, homo=0.2)
    if st == "doubles":
        return say_digits(c, r, z, doubles=True)
    if st == "pairs":
        return " ".join(say_pairs(g, z) for g in gs)
    if st == "mixed":
        return " ".join(say_mixed(g, r, z) for g in gs)
    return ", ".join(say_digits(g, r, z, doubles=False) for g in gs)


def typed_ssn(s, r):
    return r.choice(["{}-{}-{}", "{} {} {}", "{}{}{}", "{}.{}.{}", "{} - {} - {}", "{}/{}/{}"]).format(s[:3], s[3:5], s[5:])


def spoken_ssn(s, r):
    z = zero_of(r)
    a, b, c = s[:3], s[3:5], s[5:]
    st = r.choice(["digits", "groups", "pairs", "hund", "mixed"])
    if st == "digits":
        return say_digits(s, r, z, doubles=False, homo=0.2)
    if st == "pairs":
        return say_digits(a, r, z) + " " + say_pair(b, z) + " " + say_pairs(c, z)
    if st == "hund" and a[0] != "0":
        return say_hundreds(a, z) + " " + say_pair(b, z) + " " + say_pairs(c, z)
    if st == "mixed":
        return say_digits(a, r, z, True) + " " + say_digits(b, r, z, True) + " " + say_mixed(c, r, z)
    return say_digits(a, r, z, False) + ", " + say_digits(b, r, z, False) + ", " + say_digits(c, r, z, False)


def typed_ni(n, r):
    st = r.choice(["sp", "tight", "lower", "dash", "mixed"])
    if st == "sp":
        return "%s %s %s %s %s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8])
    if st == "tight":
        return n
    if st == "lower":
        return n.lower()
    if st == "dash":
        return "%s-%s-%s-%s-%s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8])
    return n[:2] + " " + n[2:8] + " " + n[8]


def spoken_ni(n, r):
    z = zero_of(r)
    lm = r.choice(["plain", "nato", "for", "homo", "plain"])
    letters = " ".join(say_letter(ch, r, lm) for ch in n[:2])
    dm = r.choice(["digits", "pairs", "doubles"])
    d = n[2:8]
    ds = say_pairs(d, z) if dm == "pairs" else say_digits(d, r, z, doubles=(dm == "doubles"))
    sm = r.choice(["plain", "nato", "for", "homo"])
    if n[8] == "A" and sm in ("plain", "homo"):
        sm = "for"
    return letters + " " + ds + " " + say_letter(n[8], r, sm)


def spoken_pc(p, r):
    out = []
    for ch in p.replace(" ", ""):
        if ch.isdigit():
            out.append(U[int(ch)])
        else:
            out.append(r.choice([ch.lower(), ch.lower(), ch.lower() + " for " + NATO[ch]]) if ch != "A" else "a for alpha")
    return " ".join(out)


def email_of(r):
    f, l = r.choice(FIRST), r.choice(LAST)
    local = r.choice([f + "." + l, f + l + str(r.randint(1, 99)), f[0] + "." + l, f + "_" + l])
    return local + "@" + r.choice(DOMAINS)


def spoken_email(e):
    loc, dom = e.split("@")
    loc = loc.replace(".", " dot ").replace("_", " underscore ")
    loc = re.sub(r"(\d+)", lambda m: " " + " ".join(U[int(d)] for d in m.group(1)), loc)
    return re.sub(r"\s+", " ", loc).strip() + " at " + dom.replace(".", " dot ")


def dob_val(r):
    return r.randint(1, 28), r.randint(1, 12), r.randint(1940, 2004)


def spoken_year(y):
    if y >= 2010:
        return "twenty " + say_pair(str(y)[2:])
    if y >= 2000:
        return "two thousand" + ("" if y == 2000 else " and " + U[y - 2000])
    return say_pair(str(y)[:2]) + " " + say_pair(str(y)[2:])


ORDW = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
        "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth",
        "nineteenth", "twentieth", "twenty first", "twenty second", "twenty third", "twenty fourth", "twenty fifth",
        "twenty sixth", "twenty seventh", "twenty eighth"]


def spoken_dob(r):
    d, m, y = dob_val(r)
    st = r.choice(["uk", "us", "num"])
    if st == "uk":
        return ORDW[d] + " of " + MONTHS[m - 1] + " " + spoken_year(y)
    if st == "us":
        return MONTHS[m - 1] + " " + ORDW[d] + " " + spoken_year(y)
    return say_digits("%02d" % d, None, "oh", False) + " " + say_digits("%02d" % m, None, "oh", False) + " " + spoken_year(y)


def typed_dob(r):
    d, m, y = dob_val(r)
    return r.choice(["%02d/%02d/%d" % (d, m, y), "%d-%02d-%02d" % (y, m, d), "%d %s %d" % (d, MONTHS[m - 1].title(), y),
                     "%s %d, %d" % (MONTHS[m - 1].title(), d, y), "%02d.%02d.%d" % (d, m, y)])


def expiry_val(r):
    return r.randint(1, 12), r.randint(25, 31)


def spoken_exp(r):
    m, y = expiry_val(r)
    return r.choice([say_digits("%02d" % m, None, r.choice(["oh", "zero"]), False) + " " + say_pair(str(y)),
                     MONTHS[m - 1] + " " + say_pair(str(y)),
                     MONTHS[m - 1] + " two thousand and " + say_pair(str(y))])


def typed_exp(r):
    m, y = expiry_val(r)
    return r.choice(["%02d/%02d" % (m, y), "%02d/20%02d" % (m, y), "%02d-%02d" % (m, y), "%02d%02d" % (m, y)])


def cvv_for(card, r):
    return digits(r, 4 if len(card) == 15 else 3)


def spoken_phone(p, r):
    z = zero_of(r)
    st = r.choice(["d", "dd", "grp"])
    if st == "grp":
        return " ".join(say_digits(g, r, z, True) for g in groups_of(p, [5, 3, 3] if len(p) == 11 else [3, 3, 4]))
    return say_digits(p, r, z, doubles=(st == "dd"))


def typed_phone(p, r):
    if len(p) == 11:
        return r.choice([p[:5] + " " + p[5:], "+44 " + p[1:5] + " " + p[5:], "+44 (0)" + p[1:5] + " " + p[5:8] + " " + p[8:], p])
    if p.startswith("08"):
        return r.choice(["+353 " + p[1:3] + " " + p[3:6] + " " + p[6:], p[:3] + " " + p[3:6] + " " + p[6:]])
    return r.choice(["(%s) %s-%s" % (p[:3], p[3:6], p[6:]), "%s-%s-%s" % (p[:3], p[3:6], p[6:]), "+1 %s %s %s" % (p[:3], p[3:6], p[6:]), "%s.%s.%s" % (p[:3], p[3:6], p[6:])])


def addr(r, spoken=False):
    n = r.randint(2, 199)
    st = r.choice(STREETS)
    if spoken:
        num = U[n] if n < 10 else say_pair(str(n)) if n < 100 else say_digits(str(n), None, "oh", False)
        return num + " " + st.lower()
    return str(n) + " " + st


# ---------------------------------------------------------------- positive templates
IND = ["banking", "telecom", "utilities", "retail", "insurance", "travel", "healthcare billing", "government services"]


def P1(r):  # spoken card one turn
    c = gen_card(r); sc = spoken_card(c, r)
    return mk(A("okay and the long number across the front of the card please"),
              Z("yeah it's ", (sc, "CARD_NUMBER"), " that's the one"))


def P2(r):  # card split across turns
    c = gen_card(r); z = zero_of(r); g = grp()
    gs = groups_of(c, card_sizes(c))
    turns = [A("whenever you're ready with the card number")]
    fill = ["mhm", "okay go on", "yep", "got that", "uh huh"]
    for i, x in enumerate(gs):
        s = say_mixed(x, r, z)
        turns.append(Z(r.choice(["", "um ", "right ", "so "]), (s, "CARD_NUMBER", g)))
        if i < len(gs) - 1:
            turns.append(A(r.choice(fill)))
    turns.append(A("lovely thank you"))
    return mk(*turns)


def P3(r):  # typed card chat
    c = gen_card(r)
    return mk(Z(r.choice(["hi can u take payment for my bill, card is ", "Card no: ", "pls charge this one ", "my new card num is "]),
                (typed_card(c, r), "CARD_NUMBER"), r.choice([" thx", " - balance is £42.10", "", " ta"])))


def P4(r):  # card + expiry + cvv spoken
    c = gen_card(r)
    return mk(A("can i take the card number"), Z((spoken_card(c, r), "CARD_NUMBER")),
              A("and the expiry date"), Z("it's ", (spoken_exp(r), "EXPIRY")),
              A("and the security code on the card"), Z((say_digits(cvv_for(c, r), r, "oh", False), "CVV")))


def P5(r):  # card self-correction
    c = gen_card16(r); z = zero_of(r)
    wrong = say_digits(c[:4], r, z, False)
    return mk(A("go ahead with the card number"),
              Z(wrong, " no wait sorry wrong card hang on"),
              A("no problem take your time"),
              Z("okay it's ", (spoken_card(c, r), "CARD_NUMBER")))


def P6(r):  # agent reads card back
    c = gen_card16(r); z = zero_of(r)
    s1 = say_digits(c, r, z, False, homo=0.3)
    s2 = " ".join(say_digits(g, r, z, True) for g in groups_of(c, [4, 4, 4, 4]))
    return mk(Z("card number is ", (s1, "CARD_NUMBER")), A("let me read that back ", (s2, "CARD_NUMBER"), " is that right"), Z("yes that's correct"))


def P7(r):  # typed card + exp + cvv in one message
    c = gen_card(r)
    return mk(Z("card ", (typed_card(c, r), "CARD_NUMBER"), r.choice([" exp ", " expiry ", ", expires "]), (typed_exp(r), "EXPIRY"),
                r.choice([" cvv ", " sec code ", ", CVC "]), (cvv_for(c, r), "CVV"), r.choice(["", " amount 89.99"])))


def P8(r):  # card pairs with chit chat & amount
    c = gen_card16(r); z = zero_of(r)
    return mk(A("the payment today is sixty four pounds fifty is that okay"),
              Z("yeah that's fine so the card is ", (" ".join(say_pairs(g, z) for g in groups_of(c, [4, 4, 4, 4])), "CARD_NUMBER"),
                " sorry the dog's barking"))


def P9(r):  # ssn spoken
    s = gen_ssn(r)
    return mk(A("for verification can i get your social security number"), Z(r.choice(["sure it's ", "yeah ", "uh it's "]), (spoken_ssn(s, r), "SSN")))


def P10(r):  # ssn typed chat
    s = gen_ssn(r)
    return mk(A("Please confirm your SSN so I can locate the policy."), Z(r.choice(["ssn ", "its ", "Social: ", "sure - "]), (typed_ssn(s, r), "SSN"),
                r.choice(["", " and my claim # is 88123", " thanks"])))


def P11(r):  # ssn split across turns
    s = gen_ssn(r); z = zero_of(r); g = grp()
    return mk(A("and the social please"), Z((say_digits(s[:3], r, z, True), "SSN", g)), A("okay"),
              Z((say_digits(s[3:5], r, z, False), "SSN", g)), A("mhm"), Z((say_mixed(s[5:], r, z), "SSN", g)), A("thank you"))


def P12(r):  # ssn read back + correction
    s = gen_ssn(r); z = zero_of(r)
    return mk(Z("my social is ", (spoken_ssn(s, r), "SSN")),
              A("so that's ", (say_digits(s, r, z, False), "SSN"), " correct"), Z("yep"))


def P13(r):  # ssn last and full with filler inside
    s = gen_ssn(r); z = zero_of(r)
    sp = say_digits(s[:3], r, z, False) + " um " + say_digits(s[3:5], r, z, False) + " uh " + say_digits(s[5:], r, z, False)
    return mk(A("i'll need the full social not just the last four"), Z("oh okay ", (sp, "SSN")))


def P14(r):  # ni spoken
    n = gen_ni(r)
    return mk(A("what's your national insurance number"), Z(r.choice(["it's ", "yeah it's ", "right "]), (spoken_ni(n, r), "NI_NUMBER")))


def P15(r):  # ni typed
    n = gen_ni(r)
    return mk(Z(r.choice(["NI no. ", "my ni number is ", "National Insurance: ", "ni "]), (typed_ni(n, r), "NI_NUMBER"),
                r.choice(["", " cheers", " - ref for the claim is 100234"])))


def P16(r):  # ni split over turns
    n = gen_ni(r); z = zero_of(r); g = grp()
    lm = r.choice(["for", "nato", "plain"])
    return mk(A("national insurance number please"),
              Z((" ".join(say_letter(ch, r, lm) for ch in n[:2]), "NI_NUMBER", g)), A("yep"),
              Z((say_pairs(n[2:8], z) if r.random() < 0.5 else say_digits(n[2:8], r, z, True), "NI_NUMBER", g)), A("and the last letter"),
              Z((say_letter(n[8], r, "for"), "NI_NUMBER", g)))


def P17(r):  # ni read back by agent
    n = gen_ni(r)
    return mk(Z("it's ", (spoken_ni(n, r), "NI_NUMBER")),
              A("so i've got ", (" ".join(say_letter(ch, r, "for") for ch in n[:2]) + " " + say_digits(n[2:8], r, "zero", False) + " " + say_letter(n[8], r, "for"), "NI_NUMBER"), " yeah"),
              Z("that's it"))


def P18(r):  # ni with correction
    n = gen_ni(r)
    return mk(A("can you give me your n i number"), Z("um i think it starts ", n[0].lower(), " no hang on let me get the letter"),
              A("okay"), Z("right here it is ", (spoken_ni(n, r), "NI_NUMBER")))


def P19(r):  # sort code + account spoken
    sc, ac = digits(r, 6), digits(r, 8); z = zero_of(r)
    return mk(A("what's the sort code"), Z((r.choice([say_pairs(sc, z), say_digits(sc, r, z, True), " ".join(say_digits(p, r, z, False) for p in groups_of(sc, [2, 2, 2]))]), "SORT_CODE")),
              A("and the account number"), Z((say_mixed(ac, r, z), "BANK_ACCOUNT")))


def P20(r):  # typed sort code + account
    sc, ac = digits(r, 6), digits(r, 8)
    return mk(Z("sort code ", (r.choice([sc[:2] + "-" + sc[2:4] + "-" + sc[4:], sc, sc[:2] + " " + sc[2:4] + " " + sc[4:]]), "SORT_CODE"),
                " acc ", (r.choice([ac, ac[:4] + " " + ac[4:]]), "BANK_ACCOUNT"), " for the direct debit of £35 a month"))


def P21(r):  # US routing account
    ac = digits(r, r.choice([10, 11, 12]))
    return mk(A("and the checking account number for the autopay"), Z("okay it's ", (say_digits(ac, r, zero_of(r), True), "BANK_ACCOUNT")))


def P22(r):  # iban typed
    ib = gen_iban(r)
    t = r.choice([" ".join(ib[i:i + 4] for i in range(0, len(ib), 4)), ib, ib.lower()])
    return mk(Z("refund to IBAN ", (t, "IBAN"), r.choice(["", " please", " thx - amount €120"])))


def P23(r):  # iban spoken
    ib = gen_iban(r); z = zero_of(r)
    parts = []
    for ch in ib:
        parts.append(U[int(ch)] if ch.isdigit() and ch != "0" else (z if ch == "0" else say_letter(ch, r, r.choice(["nato", "for"]))))
    return mk(A("okay read me the iban"), Z((" ".join(parts), "IBAN")))


def P24(r):  # phone spoken
    p = gen_phone(r)
    return mk(A("best number to reach you on"), Z("it's ", (spoken_phone(p, r), "PHONE")))


def P25(r):  # phone typed
    p = gen_phone(r)
    return mk(Z(r.choice(["call me back on ", "my mobile: ", "tel ", "pls ring "]), (typed_phone(p, r), "PHONE"), r.choice(["", " after 5pm", " anytime before 6"])))


def P26(r):  # email spoken
    e = email_of(r)
    return mk(A("and an email address for the confirmation"), Z("yeah it's ", (spoken_email(e), "EMAIL")))


def P27(r):  # email typed
    e = email_of(r)
    return mk(Z(r.choice(["email is ", "send it to ", "my e-mail "]), (r.choice([e, e.upper() if r.random() < 0.2 else e]), "EMAIL"), r.choice(["", " thanks", " ta"])))


def P28(r):  # dob spoken
    return mk(A("can you confirm your date of birth"), Z("yeah it's ", (spoken_dob(r), "DOB")))


def P29(r):  # dob typed
    return mk(Z("DOB ", (typed_dob(r), "DOB"), r.choice(["", ", appointment was on the 14th", " thx"])))


def P30(r):  # address + postcode spoken
    pc = gen_pc(r)
    return mk(A("first line of the address and the postcode"), Z((addr(r, True), "ADDRESS"), " and the postcode's ", (spoken_pc(pc, r), "POSTCODE")))


def P31(r):  # address typed + zip / pc
    if r.random() < 0.5:
        return mk(Z("ship to ", (addr(r), "ADDRESS"), ", Springfield IL ", (r.choice([gen_zip(r), gen_zip(r) + "-" + digits(r, 4)]), "POSTCODE")))
    return mk(Z("new address is ", (addr(r), "ADDRESS"), ", Leeds ", (gen_pc(r), "POSTCODE")))


def P32(r):  # zip spoken
    zp = gen_zip(r)
    return mk(A("and the billing zip code"), Z((say_digits(zp, r, "zero", True), "POSTCODE")))


def P33(r):  # card and phone in one turn
    c = gen_card16(r); p = gen_phone(r)
    return mk(Z("card's ", (typed_card(c, r), "CARD_NUMBER"), " and if it fails ring me on ", (typed_phone(p, r), "PHONE")))


def P34(r):  # ssn + dob in one spoken turn
    s = gen_ssn(r)
    return mk(A("i need to verify you with the social and date of birth"),
              Z("sure social is ", (spoken_ssn(s, r), "SSN"), " and birthday is ", (spoken_dob(r), "DOB")))


def P35(r):  # ni + dob typed
    n = gen_ni(r)
    return mk(Z("NI ", (typed_ni(n, r), "NI_NUMBER"), " DOB ", (typed_dob(r), "DOB")))


def P36(r):  # card hundreds style
    c = gen_card16(r); z = zero_of(r)
    gs = groups_of(c, [4, 4, 4, 4])
    parts = []
    for x in gs:
        if x[0] != "0" and x[1] != "0":
            parts.append(say_pair(x[:2], z) + " " + say_pair(x[2:], z) if r.random() < 0.5 else say_digits(x[0], r, z) + " " + say_hundreds(x[1:], z))
        else:
            parts.append(say_digits(x, r, z, True))
    return mk(A("card number"), Z((" ".join(parts), "CARD_NUMBER")))


def P37(r):  # amex 4-6-5 split 3 turns
    while True:
        c = gen_card(r)
        if len(c) == 15:
            break
    z = zero_of(r); g = grp()
    gs = groups_of(c, [4, 6, 5])
    return mk(A("amex is fine go ahead"), Z((say_digits(gs[0], r, z, False), "CARD_NUMBER", g)), A("okay"),
              Z((say_digits(gs[1], r, z, True), "CARD_NUMBER", g)), A("yep"), Z((say_digits(gs[2], r, z, False), "CARD_NUMBER", g)),
              A("and the four digit code on the front"), Z((say_digits(cvv_for(c, r), r, z, False), "CVV")))


def P38(r):  # typed ssn with typo-ish surrounding and labelled
    s = gen_ssn(r)
    return mk(A("What is the SSN on the account?"), Z("hold on.. ok its ", (s[:3] + " " + s[3:5] + "-" + s[5:], "SSN"), " i think lol"))


def P39(r):  # chat NI with weird separators
    n = gen_ni(r)
    return mk(Z("ni num = ", (n[:2] + "/" + n[2:4] + "/" + n[4:6] + "/" + n[6:8] + "/" + n[8], "NI_NUMBER")))


def P40(r):  # card split in chat messages
    c = gen_card16(r); g = grp(); gs = groups_of(c, [4, 4, 4, 4])
    return mk(Z("card num ", (gs[0] + " " + gs[1], "CARD_NUMBER", g)), Z((gs[2] + " " + gs[3], "CARD_NUMBER", g)), A("Thanks, and the expiry?"),
              Z((typed_exp(r), "EXPIRY")))


def P41(r):  # home move: spoken address, postcode, email
    pc = gen_pc(r); e = email_of(r)
    return mk(A("and what's the new address you're moving to"), Z("it's ", (addr(r, True), "ADDRESS"), " um ", (spoken_pc(pc, r), "POSTCODE")),
              A("and an email for the final bill"), Z((spoken_email(e), "EMAIL"), " and the move date is the third"))


def P42(r):  # chat refund: sort code + iban
    sc = digits(r, 6); ib = gen_iban(r)
    return mk(Z("refund of 230 euro pls. acct sort code ", (sc[:2] + "-" + sc[2:4] + "-" + sc[4:], "SORT_CODE"),
                " or iban ", (" ".join(ib[i:i + 4] for i in range(0, len(ib), 4)), "IBAN")), A("Thanks, processing now."))


def P43(r):  # chat: card typed digit by digit, ssn typed as words
    c = gen_card16(r)
    return mk(Z("the card is ", (" ".join(c), "CARD_NUMBER"), r.choice([" (visa debit)", " lol sorry fat fingers", ""])))


def P44(r):  # chat: SSN typed as words with dashes, NI with 'and'
    s = gen_ssn(r)
    wds = "-".join(" ".join(U[int(d)] for d in g) for g in (s[:3], s[3:5], s[5:]))
    return mk(A("Can you confirm your Social Security number?"), Z("ok it is ", (wds, "SSN"), r.choice([" - my claim ref is 45562", "", " thx"])))


POS = [P43, P44, P41, P42, P1, P2, P3, P4, P5, P6, P7, P8, P9, P10, P11, P12, P13, P14, P15, P16, P17, P18, P19, P20, P21, P22, P23, P24,
       P25, P26, P27, P28, P29, P30, P31, P32, P33, P34, P35, P36, P37, P38, P39, P40]


# ---------------------------------------------------------------- negative templates
def N1(r):
    a = r.randint(100, 900)
    return mk(A("your outstanding balance is " + say_hundreds(str(a)) + " pounds and " + TENS[r.randint(2, 9)] + " pence"), Z("okay can i pay half today"))


def N2(r):
    return mk(Z("order number " + digits(r, r.choice([7, 8, 9, 10])) + " still hasn't arrived, it was £" + str(r.randint(10, 300)) + ".99"))


def N3(r):
    return mk(A("your reference number is " + say_digits(digits(r, 8), r, "zero", True) + " if you need to call back"), Z("thanks"))


def N4(r):
    return mk(Z("my flight " + r.choice(["BA", "EI", "FR", "UA", "DL"]) + " " + str(r.randint(100, 9999)) + " on the " + ORDW[r.randint(1, 28)] + " of " + r.choice(MONTHS) + " was cancelled"))


def N5(r):
    return mk(A("the engineer appointment is " + r.choice(MONTHS) + " " + ORDW[r.randint(1, 28)] + " between " + U[r.randint(8, 9)] + " and twelve"), Z("that works"))


def N6(r):
    return mk(Z("the meter reading is " + digits(r, 5) + " and the night one is " + digits(r, 5)))


def N7(r):
    return mk(Z("i've been on hold for " + TENS[r.randint(2, 5)] + " minutes and this is my " + ORDW[r.randint(2, 5)] + " call this week"))


def N8(r):
    return mk(A("the router model is the " + r.choice(["TG", "HH", "DX"]) + str(r.randint(100, 9999)) + " and your speed should be " + str(r.randint(30, 900)) + " megs"), Z("i'm getting about " + U[r.randint(2, 9)] + " megabits"))


def N9(r):
    y = r.randint(2015, 2025)
    return mk(Z("my contract started in " + spoken_year(y) + " and it was " + str(r.randint(10, 60)) + " a month"))


def N10(r):
    return mk(Z("claim number " + digits(r, 9) + " for the windscreen, excess is " + str(r.randint(50, 500)) + " pounds"))


def N11(r):
    return mk(A("ticket " + str(r.randint(100000, 9999999)) + " has been escalated, expect a reply in " + U[r.randint(2, 9)] + " working days"), Z("fine"))


def N12(r):
    return mk(Z("i'm " + say_pair(str(r.randint(21, 89))) + " years old and i've been a customer for " + U[r.randint(2, 9)] + " years"))


def N13(r):
    return mk(Z("the heating is set to " + str(r.randint(16, 24)) + " degrees but it's only " + str(r.randint(10, 15)) + " in here"))


def N14(r):
    return mk(A("that's a " + str(r.randint(5, 40)) + " percent discount so " + str(r.randint(10, 99)) + " ninety nine a month instead"), Z("okay sounds good"))


def N15(r):
    return mk(Z("invoice INV-" + digits(r, 6) + " dated " + "%02d/%02d/2024" % (r.randint(1, 28), r.randint(1, 12)) + " shows $" + str(r.randint(100, 2000)) + ".00"))


def N16(r):
    return mk(Z("we're in room " + str(r.randint(100, 999)) + " checking out at " + U[r.randint(10, 12) - 10 + 1] + " thirty"))


def N17(r):
    return mk(A("the payment of " + say_hundreds(str(r.randint(100, 999))) + " dollars went out on the " + ORDW[r.randint(1, 28)]), Z("yeah i saw that"))


def N18(r):
    return mk(Z("i need " + U[r.randint(2, 9)] + " of the size " + str(r.randint(6, 12)) + " in the " + r.choice(["blue", "black"]) + " and " + U[r.randint(2, 9)] + " more of item " + digits(r, 6)))


def N19(r):
    return mk(A("your data allowance is " + str(r.randint(5, 100)) + " gig and you've used " + str(r.randint(1, 4)) + " point " + U[r.randint(1, 9)]), Z("great"))


def N20(r):
    return mk(Z("the prescription bill was " + TENS[r.randint(2, 9)] + " " + U[r.randint(1, 9)] + " pounds " + TENS[r.randint(2, 9)] + " and my appointment is at " + U[r.randint(1, 9)] + " fifteen"))


def N21(r):
    return mk(A("booking reference " + "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(6)) + " for " + U[r.randint(2, 5)] + " passengers departing " + "%d:%02d" % (r.randint(6, 22), r.choice([0, 15, 30, 45]))), Z("perfect"))


def N22(r):
    return mk(Z("my account balance shows " + str(r.randint(1000, 99999)) + " point " + digits(r, 2) + " but yesterday it was higher"))


def N23(r):
    return mk(A("you'll be charged " + say_hundreds(str(r.randint(100, 999))) + " euro over " + say_pair(str(r.randint(12, 36))) + " months"), Z("okay"))


def N24(r):
    return mk(Z("package tracking number " + digits(r, 10) + " says out for delivery since " + U[r.randint(1, 9)] + " am"))


def N25(r):
    y = r.randint(2020, 2026)
    return mk(A("the policy renews on the " + ORDW[r.randint(1, 28)] + " of " + r.choice(MONTHS) + " " + spoken_year(y)), Z("can i cancel before then"))


NEG = [N1, N2, N3, N4, N5, N6, N7, N8, N9, N10, N11, N12, N13, N14, N15, N16, N17, N18, N19, N20, N21, N22, N23, N24, N25]

N_POS, N_NEG = 264, 125
CHANNEL_TYPED = {P43, P44, P42, P3, P7, P10, P15, P20, P22, P25, P27, P29, P31, P33, P35, P38, P39, P40, N2, N6, N10, N15, N18, N22, N24, N4, N9, N12, N13, N16, N20}


def build():
    Case._g = 0
    r = random.Random(SEED)
    cases, internal = [], []
    for i in range(N_POS):
        f = POS[i % len(POS)]
        c = f(r)
        ch = "chat" if f in CHANNEL_TYPED else "call"
        types = sorted({s["type"] for s in c.spans})
        note = "%s/%s: %s (%s)" % (ch, IND[i % len(IND)], (f.__doc__ or "").strip() or f.__name__, ", ".join(types))
        cases.append({"id": "h303-pos-%03d" % (i + 1), "kind": "positive", "turns": c.turns,
                      "spans": [{k: s[k] for k in ("turn", "start", "end", "type")} for s in c.spans], "note": note})
        internal.append(c.spans)
    for i in range(N_NEG):
        f = NEG[i % len(NEG)]
        c = f(r)
        ch = "chat" if f in CHANNEL_TYPED else "call"
        cases.append({"id": "h303-neg-%03d" % (i + 1), "kind": "negative", "turns": c.turns, "spans": [],
                      "note": "%s/%s: non-PII lookalike numbers (%s)" % (ch, IND[i % len(IND)], f.__name__)})
        internal.append([])
    return cases, internal


DESC = {"P43": "card typed with a space between every digit", "P44": "SSN typed as words with dashes", "P41": "home move: spoken address, postcode and email", "P42": "chat refund with sort code and IBAN", "P1": "spoken card in one turn (digits/pairs/doubles/homophones)", "P2": "card split over customer turns with agent back-channels",
        "P3": "typed card with varied separators", "P4": "spoken card, expiry and security code over turns",
        "P5": "card after an abandoned partial reading", "P6": "card spoken with homophones, agent reads it back",
        "P7": "typed card + expiry + cvv in one message", "P8": "card read as pairs among chit-chat, amount nearby",
        "P9": "spoken SSN (digits, pairs, hundreds)", "P10": "typed SSN with odd separators", "P11": "SSN split over three turns",
        "P12": "SSN given then read back by agent", "P13": "SSN with fillers inside the reading", "P14": "spoken NI number",
        "P15": "typed NI number", "P16": "NI split over turns with phonetic letters", "P17": "NI read back by agent",
        "P18": "NI after an aborted start", "P19": "spoken sort code and account", "P20": "typed sort code and account",
        "P21": "US checking account spoken", "P22": "typed IBAN", "P23": "spoken IBAN with phonetic letters",
        "P24": "spoken phone", "P25": "typed phone (national/international)", "P26": "spoken email", "P27": "typed email",
        "P28": "spoken date of birth", "P29": "typed date of birth", "P30": "spoken address and UK postcode",
        "P31": "typed address with ZIP/postcode", "P32": "spoken ZIP code", "P33": "card and phone in one message",
        "P34": "SSN and DOB in one spoken turn", "P35": "typed NI and DOB", "P36": "card read as pairs/hundreds",
        "P37": "amex 4-6-5 split over turns plus 4-digit code", "P38": "typed SSN with mixed separators",
        "P39": "NI with slash separators", "P40": "card split over two chat messages"}


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
    return f"""# pii_holdout303 — held-out PII redaction evaluation set

**Never use this set for tuning.** It exists only to measure the redactor on data it was not developed against.

## Who wrote it and how
Written by an AI helper acting as an independent author. The author did **not** see the redaction code, its tests,
its docs, the benchmark, or any other PII fixture; the only existing data consulted was a 3-line JSONL format example.
Cases are generated by `scripts/make_pii_holdout303.py` from template functions; every turn is assembled from plain-text
segments and (value, TYPE) segments, so offsets are computed, never typed. All values come from one
`random.Random({SEED})`; output is byte-for-byte reproducible. `--check` regenerates and compares, and validates
every labelled value after normalising spoken forms (Luhn, mod-97, NI shape, SSN 9 digits, etc.).

## Contents
{npos} positive cases, {nneg} negative cases. Chat (typed) and call (ASR-style lower-case, numbers as words) channels
across banking, telecom, utilities, retail, insurance, travel, healthcare billing and government services (US, UK, IE, EU).

| type | spans |
|---|---|
{rows}

## Annotation conventions
- A span covers the value only: from the first to the last character of the value as written/spoken
  (e.g. `four nine two nine ... one`, `4929-1234-...`, `QQ 12 34 56 C`, `j dot doe at gmail dot com`).
  Lead-ins ("it's", "card number is") and trailing chatter are outside the span.
- Filler words *inside* a reading (e.g. `um`, `uh` between SSN groups) are inside the span.
- A value split across several turns gets one span per turn fragment, each with the full type.
- Agent read-backs of a value are labelled like the customer's reading.
- An abandoned partial reading ("four nine two nine no wait wrong card") is not labelled; the complete reading that
  follows is.
- Spoken letters: phonetic ("b for bravo", "bravo") and ASR homophones ("see" for C, "jay" for J) are inside the span.
  ASR digit homophones ("for" = 4, "to" = 2, "ate" = 8, "won" = 1) appear inside card/SSN readings.
- DOB spans cover the full date ("third of march nineteen eighty four"); EXPIRY covers month+year; ADDRESS is the street
  line (number + street name) without town; POSTCODE is a UK postcode or US ZIP/ZIP+4.
- Negatives contain no PII; they contain amounts, dates that are not birth dates, times, order/claim/ticket/invoice
  numbers with their reference words, flight numbers, model numbers, meter readings, ages, temperatures, balances.
  Scoring: a negative fails if anything in it is redacted.
"""


def check(cases, internal):
    problems = []
    ids = [c["id"] for c in cases]
    if len(set(ids)) != len(ids):
        problems.append("duplicate ids")
    groups = {}
    for c, sp in zip(cases, internal):
        if c["kind"] == "negative" and c["spans"]:
            problems.append(c["id"] + ": negative with spans")
        if c["kind"] == "positive" and not c["spans"]:
            problems.append(c["id"] + ": positive without spans")
        byturn = {}
        for s, si in zip(c["spans"], sp):
            if s["type"] not in TYPES:
                problems.append(c["id"] + ": bad type")
            if not (0 <= s["turn"] < len(c["turns"])):
                problems.append(c["id"] + ": bad turn"); continue
            t = c["turns"][s["turn"]]["text"]
            a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(t)):
                problems.append(c["id"] + ": offsets out of range"); continue
            if (a > 0 and t[a - 1].isalnum()) or (b < len(t) and t[b].isalnum()) or t[a].isspace() or t[b - 1].isspace():
                problems.append("%s: span not on word boundary %r" % (c["id"], t[a:b]))
            byturn.setdefault(s["turn"], []).append((a, b))
            groups.setdefault((c["id"], si["_g"]), []).append((s["type"], t[a:b]))
        for spans in byturn.values():
            spans.sort()
            for (a1, b1), (a2, b2) in zip(spans, spans[1:]):
                if a2 < b1:
                    problems.append(c["id"] + ": overlapping spans")
    for (cid, g), items in groups.items():
        typ = items[0][0]
        text = " ".join(x[1] for x in items)
        if not validate(typ, text):
            problems.append("%s: %s fails validation: %r -> %r" % (cid, typ, text, normalise(text, typ)))
    cnt = counts(cases)
    for t in TYPES:
        need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
        if cnt[t] < need:
            problems.append("too few %s spans: %d" % (t, cnt[t]))
    npos = sum(c["kind"] == "positive" for c in cases)
    if npos < 170 or len(cases) - npos < 100:
        problems.append("too few cases")
    return problems


def main():
    cases, internal = build()
    for i, c in enumerate(cases):
        if c["kind"] == "positive":
            f = POS[i % len(POS)]
            ch, rest = c["note"].split(": ", 1)
            c["note"] = ch + ": " + DESC[f.__name__] + " [" + rest.split(" (", 1)[1].rstrip(")") + "]"
    text = dump(cases)
    rd = readme(cases)
    if "--check" in sys.argv:
        problems = check(cases, internal)
        if not CASES.exists() or CASES.read_text(encoding="utf-8") != text:
            problems.append("cases.jsonl differs from regenerated output")
        if not README.exists() or README.read_text(encoding="utf-8") != rd:
            problems.append("README.md differs from regenerated output")
        cnt = counts(cases)
        npos = sum(c["kind"] == "positive" for c in cases)
        print("cases: %d positive, %d negative" % (npos, len(cases) - npos))
        for t in TYPES:
            print("  %-13s %d" % (t, cnt[t]))
        for p in problems[:50]:
            print("PROBLEM:", p)
        print("problems: %d" % len(problems))
        sys.exit(1 if problems else 0)
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    CASES.write_text(text, encoding="utf-8")
    README.write_text(rd, encoding="utf-8")
    print("wrote %d cases to %s" % (len(cases), CASES))


if __name__ == "__main__":
    main()

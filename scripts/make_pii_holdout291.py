#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set h291.

Written by an AI helper acting as an independent author (did not see the
redaction code).  Standard library only.  Output is byte-for-byte reproducible
from the seed.

    python scripts/make_pii_holdout291.py          # write fixture + README
    python scripts/make_pii_holdout291.py --check  # regenerate and verify
"""
import json
import os
import random
import re
import sys
from collections import Counter

SEED = 291241125
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout291")
OUT = os.path.join(OUT_DIR, "cases.jsonl")
README = os.path.join(OUT_DIR, "README.md")
TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE",
         "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]
MIN_SPANS = {t: 12 for t in TYPES}
MIN_SPANS.update({"CARD_NUMBER": 30, "NI_NUMBER": 30, "SSN": 30})

R = random.Random(SEED)

# ----------------------------------------------------------------- helpers
UNITS = "zero one two three four five six seven eight nine".split()
TEENS = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy", 8: "eighty", 9: "ninety"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
MON3 = [m[:3] for m in MONTHS]
ORD = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
       "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
       "eighteenth", "nineteenth", "twentieth", "twenty first", "twenty second", "twenty third",
       "twenty fourth", "twenty fifth", "twenty sixth", "twenty seventh", "twenty eighth",
       "twenty ninth", "thirtieth", "thirty first"]
NATO = {"alpha": "A", "alfa": "A", "bravo": "B", "charlie": "C", "delta": "D", "echo": "E", "foxtrot": "F",
        "golf": "G", "hotel": "H", "india": "I", "juliet": "J", "kilo": "K", "lima": "L", "mike": "M",
        "november": "N", "oscar": "O", "papa": "P", "quebec": "Q", "romeo": "R", "sierra": "S",
        "tango": "T", "uniform": "U", "victor": "V", "whiskey": "W", "xray": "X", "yankee": "Y",
        "zulu": "Z"}
NATO_OF = {v: k for k, v in NATO.items() if k != "alfa"}
HOMO = {"be": "B", "bee": "B", "see": "C", "sea": "C", "dee": "D", "gee": "G", "aitch": "H", "jay": "J",
        "kay": "K", "el": "L", "em": "M", "en": "N", "pee": "P", "queue": "Q", "are": "R", "ess": "S",
        "tea": "T", "tee": "T", "you": "U", "vee": "V", "ex": "X", "why": "Y", "zed": "Z", "zee": "Z"}
HOMO_OF = {"B": ["be", "bee"], "C": ["see"], "R": ["are"], "Y": ["why"], "T": ["tea", "tee"], "J": ["jay"],
           "X": ["ex"], "Z": ["zed"], "H": ["aitch"], "U": ["you"], "K": ["kay"], "W": ["double you"]}


def luhn_ok(ds):
    tot = 0
    for i, ch in enumerate(reversed(ds)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def luhn_complete(partial):
    for c in "0123456789":
        if luhn_ok(partial + c):
            return partial + c
    raise AssertionError


def rdig(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def iban_ok(s):
    s = s.upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    t = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in t)
    return int(num) % 97 == 1


def iban_make(cc, bban):
    t = bban + cc + "00"
    num = "".join(str(int(c, 36)) for c in t)
    chk = 98 - int(num) % 97
    return "%s%02d%s" % (cc, chk, bban)


# --------------------------------------------------------- value generators
def gen_card():
    k = R.choice(["visa", "visa", "visa", "mc", "mc", "amex", "disc", "visa19", "mc2"])
    if k == "visa":
        p, n = "4" + rdig(5), 16
    elif k == "mc":
        p, n = "5" + R.choice("12345") + rdig(4), 16
    elif k == "mc2":
        p, n = "22" + R.choice("2345") + rdig(3), 16
    elif k == "amex":
        p, n = R.choice(["34", "37"]) + rdig(4), 15
    elif k == "disc":
        p, n = "6011" + rdig(2), 16
    else:
        p, n = "4" + rdig(5), 19
    return luhn_complete(p + rdig(n - 1 - len(p)))


def gen_ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


NI_FIRST = "ABCEGHJKLMNPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def gen_ni():
    while True:
        p = R.choice(NI_FIRST) + R.choice(NI_SECOND)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + rdig(6) + R.choice("ABCD")


def gen_iban():
    cc = R.choice(["GB", "GB", "IE", "IE", "DE", "FR", "NL", "ES"])
    if cc == "GB":
        bban = R.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "NAIA"]) + rdig(14)
    elif cc == "IE":
        bban = R.choice(["AIBK", "BOFI", "IPBS", "ULSB"]) + rdig(14)
    elif cc == "DE":
        bban = rdig(18)
    elif cc == "FR":
        bban = rdig(23)
    elif cc == "NL":
        bban = R.choice(["ABNA", "INGB", "RABO"]) + rdig(10)
    else:
        bban = rdig(20)
    return iban_make(cc, bban)


def gen_phone():
    k = R.choice(["ukm", "ukm", "ukl", "us", "us", "ie"])
    if k == "ukm":
        return k, "07" + R.choice("3456789") + rdig(8)
    if k == "ukl":
        return k, R.choice(["020", "0161", "0121", "0113", "0131", "029"]) + ""
    if k == "us":
        return k, str(R.randint(2, 9)) + rdig(2) + str(R.randint(2, 9)) + rdig(6)
    return k, "08" + R.choice("35679") + rdig(7)


def phone_value():
    k, d = gen_phone()
    if k == "ukl":
        d = d + rdig(11 - len(d))
    return k, d


FIRST = ["john", "sarah", "aoife", "liam", "priya", "marek", "chloe", "dmitri", "fatima", "sean", "emma",
         "oluwaseun", "niamh", "tom", "grace", "ahmed", "lucy", "kevin", "maria", "jakub", "hannah", "raj"]
LAST = ["smith", "obrien", "kowalski", "patel", "murphy", "jones", "nguyen", "walsh", "garcia", "evans",
        "byrne", "khan", "taylor", "okafor", "kelly", "martin", "novak", "brennan", "doyle", "hughes"]
DOMS = ["gmail.com", "outlook.com", "yahoo.co.uk", "hotmail.com", "eircom.net", "icloud.com",
        "btinternet.com", "web.de", "orange.fr", "aol.com", "live.ie", "proton.me"]


def gen_email():
    f, l = R.choice(FIRST), R.choice(LAST)
    st = R.randint(0, 5)
    if st == 0:
        user = f + "." + l
    elif st == 1:
        user = f + l + str(R.randint(70, 99))
    elif st == 2:
        user = f[0] + "." + l
    elif st == 3:
        user = f + "_" + l
    elif st == 4:
        user = l + f[0] + str(R.randint(1, 9))
    else:
        user = f + "-" + l
    return user, R.choice(DOMS)


STREETS = ["Kingsley", "Elm", "Maple", "Church", "Station", "Victoria", "Oak", "Mill", "Park", "Highfield",
           "Cedar", "Willow", "Main", "Sycamore", "Chapel", "Ashgrove", "Lakeview", "Glenview", "Riverside",
           "Beech", "Orchard", "Castle", "Hawthorn", "Meadow", "Pine", "Washington", "Lincoln"]
SUFF = ["Road", "Street", "Avenue", "Lane", "Drive", "Close", "Way", "Crescent", "Terrace", "Court",
        "Place", "Grove", "Boulevard", "Gardens"]
SUFF_ABBR = {"Road": "Rd", "Street": "St", "Avenue": "Ave", "Lane": "Ln", "Drive": "Dr", "Court": "Ct",
             "Crescent": "Cres", "Boulevard": "Blvd", "Place": "Pl", "Terrace": "Tce", "Gardens": "Gdns"}


def gen_zip():
    return str(R.randint(1, 9)) + rdig(4)


def gen_addr():
    return R.randint(1, 240) if R.random() < 0.7 else R.randint(241, 4800), R.choice(STREETS), R.choice(SUFF)


UK_AREAS = ["SW", "SE", "N", "E", "W", "NW", "EC", "M", "B", "L", "LS", "G", "EH", "CF", "BS", "BT", "CB",
            "RG", "NG", "S", "DN", "CR", "KT", "TW", "BN", "PO", "LE", "YO", "NE", "SK"]
UNIT_L = "ABDEFGHJLNPQRSTUWXYZ"


def gen_postcode_uk():
    a = R.choice(UK_AREAS)
    r = R.random()
    if a in ("SW", "EC", "W") and r < 0.25:
        dist = str(R.randint(1, 9)) + R.choice("AHVX")
    else:
        dist = str(R.randint(1, 29))
    return a + dist, str(R.randint(0, 9)) + R.choice(UNIT_L) + R.choice(UNIT_L)


# ---------------------------------------------------------- spoken forms
class Voice:
    """Per-case speaking habits."""

    def __init__(self, uk=True):
        self.zero = R.choice(["oh", "oh", "o", "zero", "nought"] if uk else ["oh", "oh", "zero", "o"])
        self.dbl = R.random() < 0.5
        self.filler = R.random() < 0.3
        self.homo = False  # ASR homophones for digits (to/for/ate); digit-only types


HOMO_DIG = {"2": ["to", "too"], "4": ["for"], "8": ["ate"]}


def word(d, v, homo=False):
    if homo and d in HOMO_DIG and R.random() < 0.3:
        return R.choice(HOMO_DIG[d])
    return v.zero if d == "0" else UNITS[int(d)]


def say_plain(g, v, dbl=None, homo=False):
    dbl = v.dbl if dbl is None else dbl
    out = []
    i = 0
    while i < len(g):
        j = i
        while j < len(g) and g[j] == g[i]:
            j += 1
        run = j - i
        if dbl and run >= 2:
            while run > 0:
                if run == 3:
                    out.append("triple " + word(g[i], v))
                    run = 0
                elif run >= 2:
                    out.append("double " + word(g[i], v))
                    run -= 2
                else:
                    out.append(word(g[i], v, homo))
                    run = 0
            i = j
        else:
            out.append(word(g[i], v, homo))
            i += 1
    return " ".join(out)


def say_pair(c, v, last):
    if c == "00":
        return "double " + v.zero
    if c[0] == "0":
        return v.zero + " " + UNITS[int(c[1])]
    if c[0] == "1":
        return TEENS[int(c[1])]
    if c[1] == "0" and not last:
        return None
    return TENS[int(c[0])] + ("" if c[1] == "0" else " " + UNITS[int(c[1])])


def say_pairs(g, v, final=True):
    """Say digits as pairs when safe, else fall back to plain digits."""
    if len(g) % 2:
        return None
    out = []
    for i in range(0, len(g), 2):
        s = say_pair(g[i:i + 2], v, final and i + 2 == len(g))
        if s is None:
            return None
        out.append(s)
    return " ".join(out)


def say_digits(ds, v, groups=None, pairs=False):
    groups = groups or [len(ds)]
    parts, i = [], 0
    for n in groups:
        g = ds[i:i + n]
        i += n
        s = say_pairs(g, v, i >= len(ds)) if pairs else None
        parts.append(s or say_plain(g, v, homo=v.homo))
    res = []
    for k, p in enumerate(parts):
        res.append(p)
        if v.filler and k < len(parts) - 1 and R.random() < 0.25:
            res.append(R.choice(["um", "uh", "er", "erm"]))
    return " ".join(res)


def say_letter(c, v, nato_p=0.3):
    r = R.random()
    if c == "O":
        return "o for oscar"
    if c in HOMO_OF and r < 0.2:
        return R.choice(HOMO_OF[c])
    if r < nato_p:
        return c.lower() + R.choice([" for ", " as in "]) + NATO_OF[c]
    return c.lower()


def say_alnum(s, v, nato_p=0.3):
    out = []
    i = 0
    while i < len(s):
        c = s[i]
        if c.isdigit():
            j = i
            while j < len(s) and s[j].isdigit():
                j += 1
            out.append(say_plain(s[i:j], v))
            i = j
        else:
            if i + 1 < len(s) and s[i + 1] == c and R.random() < 0.5 and c != "O":
                out.append("double " + c.lower())
                i += 2
            else:
                out.append(say_letter(c, v, nato_p))
                i += 1
    return " ".join(out)


def say_year(y):
    if 2000 <= y <= 2009:
        return R.choice(["two thousand and " + UNITS[y - 2000], "two thousand " + UNITS[y - 2000]])
    hi, lo = divmod(y, 100)
    if lo == 0:
        return TEENS[hi - 10] + " hundred"
    lo_s = ("oh " + UNITS[lo]) if lo < 10 else (TEENS[lo - 10] if lo < 20 else
                                                TENS[lo // 10] + ("" if lo % 10 == 0 else " " + UNITS[lo % 10]))
    hi_s = TEENS[hi - 10] if hi < 20 else "twenty"
    return hi_s + " " + lo_s


def say_num(n):
    """0..9999 as words, natural English (for addresses)."""
    if n < 10:
        return UNITS[n]
    if n < 20:
        return TEENS[n - 10]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else " " + UNITS[n % 10])
    if n < 1000:
        h, r = divmod(n, 100)
        if r == 0:
            return UNITS[h] + " hundred"
        if R.random() < 0.5:
            return UNITS[h] + " " + (("oh " + UNITS[r]) if r < 10 else say_num(r))
        return UNITS[h] + " hundred and " + say_num(r)
    hi, lo = divmod(n, 100)
    if lo == 0:
        return say_num(hi) + " hundred"
    return say_num(hi) + " " + (("oh " + UNITS[lo]) if lo < 10 else say_num(lo))


# ---------------------------------------------------------- typed forms
def grp(ds, sizes, sep):
    out, i = [], 0
    for n in sizes:
        out.append(ds[i:i + n])
        i += n
    if i < len(ds):
        out.append(ds[i:])
    out = [p for p in out if p]
    if isinstance(sep, list):
        res = out[0]
        for k, p in enumerate(out[1:]):
            res += sep[k % len(sep)] + p
        return res
    return sep.join(out)


def card_sizes(c):
    if len(c) == 15:
        return [4, 6, 5]
    if len(c) == 19:
        return [4, 4, 4, 4, 3]
    return [4, 4, 4, 4]


def type_card(c):
    r = R.random()
    seps = [" ", " ", "-", "", ".", "  ", "\u00a0", " - "]
    if r < 0.15:
        return c
    if r < 0.25:
        return grp(c, card_sizes(c), [" ", "", " "])
    return grp(c, card_sizes(c), R.choice(seps))


def type_ssn(s):
    return R.choice([s[:3] + "-" + s[3:5] + "-" + s[5:], s[:3] + " " + s[3:5] + " " + s[5:], s,
                     s[:3] + "." + s[3:5] + "." + s[5:], s[:3] + "-" + s[3:5] + "-" + s[5:],
                     s[:3] + " - " + s[3:5] + " - " + s[5:], s[:3] + "/" + s[3:5] + "/" + s[5:]])


def type_ni(n):
    r = R.randint(0, 6)
    if r == 0:
        s = "%s %s %s %s %s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8])
    elif r == 1:
        s = n
    elif r == 2:
        s = n[:8] + " " + n[8]
    elif r == 3:
        s = "%s-%s-%s-%s-%s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8])
    elif r == 4:
        s = n[:2] + " " + n[2:8] + " " + n[8]
    elif r == 5:
        s = "%s %s %s %s%s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8])
    else:
        s = n[:2] + n[2:5] + " " + n[5:]
    return R.choice([s, s, s.lower(), s[:2].lower() + s[2:]])


def type_sort(s):
    return R.choice([s[:2] + "-" + s[2:4] + "-" + s[4:], s[:2] + " " + s[2:4] + " " + s[4:], s,
                     s[:2] + "." + s[2:4] + "." + s[4:], s[:2] + "-" + s[2:4] + "-" + s[4:],
                     s[:2] + "–" + s[2:4] + "–" + s[4:]])


def type_iban(i):
    r = R.random()
    if r < 0.45:
        s = grp(i, [4] * 8, " ")
    elif r < 0.65:
        s = i
    elif r < 0.8:
        s = grp(i, [4] * 8, "-")
    else:
        s = grp(i, [4] * 8, ["", " ", "  ", " "])
    return s.lower() if R.random() < 0.25 else s


def type_phone(k, d):
    r = R.randint(0, 4)
    if k == "ukm":
        opts = [d[:5] + " " + d[5:], d, d[:5] + "-" + d[5:8] + "-" + d[8:], "+44 " + d[1:5] + " " + d[5:],
                "+44 (0)" + d[1:5] + " " + d[5:], "+447" + d[2:], "0044 " + d[1:5] + " " + d[5:],
                d[:4] + " " + d[4:7] + " " + d[7:]]
    elif k == "ukl":
        a = 3 if d.startswith("02") else 4
        opts = [d[:a] + " " + d[a:a + 4] + " " + d[a + 4:] if a == 3 else d[:a] + " " + d[a:a + 3] + " " + d[a + 3:],
                d, "+44 " + d[1:a] + " " + d[a:], "(" + d[:a] + ") " + d[a:]]
    elif k == "us":
        opts = ["(%s) %s-%s" % (d[:3], d[3:6], d[6:]), "%s-%s-%s" % (d[:3], d[3:6], d[6:]),
                "%s.%s.%s" % (d[:3], d[3:6], d[6:]), "+1 %s %s %s" % (d[:3], d[3:6], d[6:]),
                "1-%s-%s-%s" % (d[:3], d[3:6], d[6:]), d, "+1 (%s) %s-%s" % (d[:3], d[3:6], d[6:])]
    else:
        opts = [d[:3] + " " + d[3:6] + " " + d[6:], d, "+353 " + d[1:3] + " " + d[3:6] + " " + d[6:],
                "+353" + d[1:], "(" + d[:3] + ") " + d[3:], "00353 " + d[1:3] + " " + d[3:]]
    return opts[r % len(opts)] if R.random() < 0.3 else R.choice(opts)


def say_phone(k, d, v):
    r = R.random()
    if k == "ukm":
        if r < 0.25:
            return "plus four four " + say_digits(d[1:], v, [4, 3, 3])
        return say_digits(d, v, [5, 3, 3] if r < 0.7 else [5, 6])
    if k == "ukl":
        a = 3 if d.startswith("02") else 4
        return say_digits(d, v, [a, 4, 11 - a - 4])
    if k == "us":
        if r < 0.2:
            return "one " + say_digits(d, v, [3, 3, 4])
        return say_digits(d, v, [3, 3, 4], pairs=r > 0.75)
    if r < 0.25:
        return "plus three five three " + say_digits(d[1:], v, [2, 3, 4])
    return say_digits(d, v, [3, 3, 4])


def type_email(u, dom):
    e = u + "@" + dom
    r = R.random()
    if r < 0.15:
        e = e[0].upper() + e[1:]
    elif r < 0.25:
        e = e.upper() if R.random() < 0.3 else u.title() + "@" + dom.capitalize()
    return e


def say_email(u, dom, v):
    parts = []
    tok = re.split(r"([._-])", u)
    for t in tok:
        if t == ".":
            parts.append("dot")
        elif t == "_":
            parts.append("underscore")
        elif t == "-":
            parts.append(R.choice(["dash", "hyphen"]))
        elif t.isdigit():
            parts.append(say_digits(t, v, pairs=True))
        elif len(t) == 1:
            parts.append(t)
        else:
            m = re.match(r"([a-z]+?)(\d*)$", t)
            parts.append(m.group(1) if len(m.group(1)) > 1 else m.group(1))
            if m.group(2):
                parts.append(say_digits(m.group(2), v, pairs=True))
    dparts = dom.split(".")
    if dparts[0] == "gmail" and R.random() < 0.4:
        dparts[0] = "g mail"
    return " ".join(parts) + " at " + " dot ".join(dparts)


def type_expiry(m, y):
    return R.choice(["%02d/%02d" % (m, y % 100), "%02d/%d" % (m, y), "%02d-%02d" % (m, y % 100),
                     "%d/%02d" % (m, y % 100), "%02d%02d" % (m, y % 100), "%s %d" % (MON3[m - 1].title(), y),
                     "%02d / %02d" % (m, y % 100), "%s/%02d" % (MON3[m - 1], y % 100)])


def say_expiry(m, y, v):
    r = R.random()
    yy = y % 100
    ys = TENS[yy // 10] + ("" if yy % 10 == 0 else " " + UNITS[yy % 10])
    if r < 0.35:
        return (v.zero + " " + UNITS[m] if m < 10 else TEENS[m - 10]) + " " + ys
    if r < 0.55:
        return say_plain("%02d" % m, v, False) + " " + say_plain("%02d" % yy, v, False)
    if r < 0.8:
        return MONTHS[m - 1] + " " + ys
    return MONTHS[m - 1] + " " + say_year(y)


def type_dob(d, m, y):
    return R.choice(["%02d/%02d/%d" % (d, m, y), "%d/%d/%d" % (m, d, y), "%d %s %d" % (d, MONTHS[m - 1].title(), y),
                     "%s %d, %d" % (MONTHS[m - 1].title(), d, y), "%02d.%02d.%d" % (d, m, y),
                     "%d-%02d-%02d" % (y, m, d), "%d%s %s %02d" % (d, "th" if 3 < d < 21 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th"), MON3[m - 1], y % 100),
                     "%02d-%02d-%d" % (d, m, y), "%d/%d/%02d" % (d, m, y % 100)])


def say_dob(d, m, y, v, us=False):
    r = R.random()
    if r < 0.35:
        return "the " + ORD[d - 1] + " of " + MONTHS[m - 1] + " " + say_year(y)
    if r < 0.55:
        return ORD[d - 1] + " " + MONTHS[m - 1] + " " + say_year(y)
    if r < 0.75:
        return MONTHS[m - 1] + " " + ORD[d - 1] + " " + say_year(y)
    if r < 0.88:
        return MONTHS[m - 1] + " " + (TEENS[d - 10] if 10 <= d < 20 else say_num(d)) + " " + say_year(y)
    return say_plain("%02d" % d, v, False) + " " + say_plain("%02d" % m, v, False) + " " + say_year(y)


def type_addr(n, s, suf):
    r = R.random()
    sfx = SUFF_ABBR.get(suf, suf) if r < 0.35 else suf
    base = "%d %s %s" % (n, s, sfx)
    if R.random() < 0.2:
        base = R.choice(["Flat %d, " % R.randint(1, 12), "Apt %d%s, " % (R.randint(1, 30), R.choice(["", "B"])),
                         "Unit %d " % R.randint(1, 9)]) + base
    if R.random() < 0.25:
        base = base.lower()
    return base


def say_addr(n, s, suf, v):
    pre = ""
    if R.random() < 0.15:
        pre = "flat " + say_num(R.randint(1, 12)) + " "
    return pre + say_num(n) + " " + s.lower() + " " + suf.lower()


def type_pc(a, b):
    r = R.random()
    s = a + " " + b
    if r < 0.2:
        s = s.lower()
    elif r < 0.3:
        s = a + b
    elif r < 0.4:
        s = (a + b).lower()
    elif r < 0.45:
        s = a + "  " + b
    return s


def say_pc(a, b, v):
    return say_alnum(a, v, 0.15) + " " + say_alnum(b, v, 0.15)


# ---------------------------------------------------------------- case model
CASES = []


def add(kind, turns, note):
    """turns: list of (speaker, [segments]) where a segment is str or (text, TYPE)."""
    out_turns, spans = [], []
    for ti, (spk, segs) in enumerate(turns):
        text = ""
        for sg in segs:
            if isinstance(sg, tuple):
                val, typ = sg
                spans.append({"turn": ti, "start": len(text), "end": len(text) + len(val), "type": typ})
                text += val
            else:
                text += sg
        out_turns.append({"speaker": spk, "text": text})
    if kind == "negative":
        assert not spans
    CASES.append({"kind": kind, "turns": out_turns, "spans": spans, "note": note})


A, C = "agent", "customer"
BACK = ["mhm", "okay", "yep", "go on", "okay go on", "uh huh", "right", "yeah", "got that", "mm hmm"]
EMO = ["", "", " 🙏", " 🙂", " 😅", " 👍", " thx!", " ty", " :)", " 😩", " x"]

INDUS_T = ["banking", "telecom", "utilities", "retail", "insurance", "travel", "healthcare billing",
           "government services"]


def emo():
    return R.choice(EMO)


# ------------------------------------------------------------ typed positives
def typed_card_case():
    c = gen_card()
    ch = R.choice(["chat", "chat", "sms", "social"])
    ind = R.choice(["retail", "telecom", "utilities", "travel", "insurance"])
    st = R.randint(0, 5)
    if st == 0:
        add("positive", [(A, ["Can you type the long card number for me pls? (its secure)"]),
                         (C, [R.choice(["sure its ", "ok: ", "Card no. ", "its ", "here u go "]), (type_card(c), "CARD_NUMBER"), emo()])],
            ch + "/" + ind + ": card typed in one message, mixed separators")
    elif st == 1:
        t = type_card(c)
        g = re.split(r"(?<=\d)(?=[^\d])|(?<=[^\d])(?=\d)", t)
        pieces = [p for p in re.findall(r"\d+", t)]
        if len(pieces) < 3:
            sz = card_sizes(c)
            pieces, i = [], 0
            for n in sz:
                pieces.append(c[i:i + n])
                i += n
        turns = [(A, ["ok whats the card numbr"])]
        cut = R.choice([2, 2, 1]) if len(pieces) >= 4 else 1
        turns.append((C, [(" ".join(pieces[:cut]), "CARD_NUMBER")]))
        rest = pieces[cut:]
        if len(rest) > 2 and R.random() < 0.6:
            turns.append((C, [(" ".join(rest[:1]), "CARD_NUMBER")]))
            rest = rest[1:]
        turns.append((C, [(" ".join(rest), "CARD_NUMBER"), R.choice(["", " thats it", " sorry hit enter lol", " <- end"])]))
        add("positive", turns, ch + "/" + ind + ": card split across several chat messages")
    elif st == 2:
        m, y = R.randint(1, 12), R.randint(2026, 2032)
        cv = rdig(4 if len(c) == 15 else 3)
        add("positive", [(A, ["To take payment I need the card number, expiry date and the 3 digit security code on the back."]),
                         (C, [R.choice(["card ", "Card: ", "no. ", ""]), (type_card(c), "CARD_NUMBER"),
                              R.choice([" exp ", ", expiry ", " expires ", " Exp: "]), (type_expiry(m, y), "EXPIRY"),
                              R.choice([" cvv ", ", sec code ", " cvc ", " and the code on back is "]), (cv, "CVV"), emo()])],
            ch + "/" + ind + ": card, expiry and cvv in one message")
    elif st == 3:
        amt = "£%d.%02d" % (R.randint(5, 400), R.randint(0, 99))
        add("positive", [(C, ["hi i want to pay the " + amt + " thats ovredue on order #" + rdig(7) + ", use card ",
                              (type_card(c), "CARD_NUMBER"), " thnks"])],
            ch + "/" + ind + ": card next to a price and an order number (unlabelled)")
    elif st == 4:
        t = type_card(c)
        wrong = list(c)
        k = R.randint(5, len(c) - 2)
        wrong[k] = str((int(wrong[k]) + 1) % 10)
        wrong = "".join(wrong)
        # keep wrong unlabelled only if it is not itself a valid card: not guaranteed, so correct by retyping group
        add("positive", [(A, ["Please enter the card number"]),
                         (C, [(t, "CARD_NUMBER")]),
                         (A, [R.choice(["Thanks - the system timed out, could you type it once more?", "sorry that didnt go thru, can u send it again pls",
                                        "Could you re-enter it? The field cleared on my side."])]),
                         (C, [R.choice(["ugh ok ", "again?? ", "sure ", "np "]), (type_card(c), "CARD_NUMBER"), emo()])],
            ch + "/" + ind + ": same card typed twice in different formats")
    else:
        add("positive", [(C, ["Hey so my card got declined?? ", (type_card(c), "CARD_NUMBER"),
                              " it has plenty of money on it. can u check " + emo()])],
            ch + "/" + ind + ": card pasted into a complaint")


def typed_ssn_case():
    s = gen_ssn()
    ch = R.choice(["chat", "chat", "sms", "email", "social"])
    ind = R.choice(["banking", "insurance", "healthcare billing", "government services", "telecom"])
    st = R.randint(0, 4)
    if st == 0:
        add("positive", [(A, ["For verification I'll need your Social Security number."]),
                         (C, [R.choice(["ssn is ", "its ", "SSN: ", "social: ", "ok "]), (type_ssn(s), "SSN"), emo()])],
            ch + "/" + ind + ": SSN typed after prompt")
    elif st == 1:
        add("positive", [(A, ["can i get your social security no. please"]),
                         (C, [(s[:3] + "-" + s[3:5], "SSN")]), (C, [(s[5:], "SSN"), " sorry phone glitched"])],
            ch + "/" + ind + ": SSN split over two messages")
    elif st == 2:
        add("positive", [(C, ["Hello, I was billed $%d.%02d for a visit on %d/%d. My SSN is " % (R.randint(40, 900), R.randint(0, 99), R.randint(1, 12), R.randint(1, 28)),
                              (type_ssn(s), "SSN"), " and my date of birth is ", (type_dob(R.randint(1, 28), R.randint(1, 12), R.randint(1945, 2003)), "DOB"),
                              ". Please advise.\n\nThanks,\n" + R.choice(FIRST).title()])],
            "email/" + ind + ": SSN and DOB in e-mail body next to amount and visit date")
    elif st == 3:
        add("positive", [(A, ["Last 4 is fine? Actually the system wants the full SSN, sorry"]),
                         (C, ["ugh fine… ", (type_ssn(s), "SSN")])],
            ch + "/" + ind + ": SSN with unicode ellipsis before it")
    else:
        add("positive", [(C, ["ssn " + R.choice(["", "#", "no "]), (s, "SSN"), " name " + R.choice(FIRST) + " " + R.choice(LAST) + " need my tax form resent"])],
            ch + "/" + ind + ": bare 9-digit SSN after label")


def typed_ni_case():
    n = gen_ni()
    ch = R.choice(["chat", "chat", "sms", "email", "social"])
    ind = R.choice(["government services", "banking", "insurance", "utilities", "retail"])
    st = R.randint(0, 4)
    if st == 0:
        add("positive", [(A, ["Could you confirm your National Insurance number?"]),
                         (C, [R.choice(["yep its ", "NI no: ", "its ", "NINO ", ""]), (type_ni(n), "NI_NUMBER"), emo()])],
            ch + "/" + ind + ": NI number typed after prompt")
    elif st == 1:
        add("positive", [(A, ["whats ur NI number"]), (C, [(n[:2] + " " + n[2:4], "NI_NUMBER")]),
                         (C, [(n[4:6] + " " + n[6:8] + " " + n[8], "NI_NUMBER")])],
            ch + "/" + ind + ": NI number split across two messages")
    elif st == 2:
        add("positive", [(C, ["Dear team,\nI am writing about my pension forecast. My national insurance number is ",
                              (type_ni(n), "NI_NUMBER"), " and I turned 66 last month. I have 35 qualifying years.\nKind regards"])],
            "email/" + ind + ": NI number in e-mail with age and year counts")
    elif st == 3:
        add("positive", [(C, ["hiya my ni is ", (type_ni(n).lower(), "NI_NUMBER"), " can u update my adress"])],
            ch + "/" + ind + ": lower-case NI with typo around it")
    else:
        add("positive", [(A, ["Please provide NI number and postcode"]),
                         (C, [(type_ni(n), "NI_NUMBER"), R.choice([" / ", ", ", " and ", "\n"]), (type_pc(*gen_postcode_uk()), "POSTCODE")])],
            ch + "/" + ind + ": NI number and postcode together")


def typed_bank_case():
    ch = R.choice(["chat", "chat", "email", "sms"])
    ind = R.choice(["banking", "utilities", "insurance", "government services", "telecom"])
    st = R.randint(0, 5)
    acc = rdig(8)
    sc = rdig(6)
    if st == 0:
        add("positive", [(A, ["For the direct debit I need the sort code and account number"]),
                         (C, [R.choice(["sort ", "sc ", "Sort code: "]), (type_sort(sc), "SORT_CODE"),
                              R.choice([" acc ", " account no ", ", acct: ", " a/c "]), (R.choice([acc, acc[:4] + " " + acc[4:]]), "BANK_ACCOUNT")])],
            ch + "/" + ind + ": UK sort code and account in one message")
    elif st == 1:
        add("positive", [(A, ["sort code?"]), (C, [(type_sort(sc), "SORT_CODE")]), (A, ["and account number"]),
                         (C, [(acc, "BANK_ACCOUNT"), emo()])],
            ch + "/" + ind + ": sort code and account as separate answers")
    elif st == 2:
        us = rdig(R.choice([10, 11, 12]))
        add("positive", [(C, ["Please refund the $%d.%02d to my checking account %s, routing is on file" % (R.randint(10, 300), R.randint(0, 99), ""),
                              ]) if False else
                         (C, ["Please refund the $%d.%02d to my checking acct # " % (R.randint(10, 300), R.randint(0, 99)), (us, "BANK_ACCOUNT"), " thx"])],
            ch + "/" + ind + ": US account number after refund amount")
    elif st == 3:
        i = gen_iban()
        add("positive", [(A, ["Can you send the IBAN for the refund?"]), (C, [R.choice(["IBAN: ", "iban ", "here: ", ""]), (type_iban(i), "IBAN"), emo()])],
            ch + "/" + ind + ": IBAN typed")
    elif st == 4:
        i = gen_iban()
        t = grp(i, [4] * 8, " ")
        parts = t.split(" ")
        k = R.randint(2, len(parts) - 2)
        add("positive", [(A, ["pls paste your IBAN"]), (C, [(" ".join(parts[:k]), "IBAN")]), (C, [(" ".join(parts[k:]), "IBAN")])],
            ch + "/" + ind + ": IBAN split across two messages")
    else:
        add("positive", [(C, ["Hi, moving banks. New details: sort code ", (type_sort(sc), "SORT_CODE"), " account ", (acc, "BANK_ACCOUNT"),
                              ". Ref for payment is INV-" + rdig(6) + ". Amount £%d.%02d" % (R.randint(20, 900), R.randint(0, 99))])],
            "email/" + ind + ": bank details next to invoice ref and amount")


def typed_contact_case():
    ch = R.choice(["chat", "chat", "sms", "email", "social"])
    ind = R.choice(INDUS_T)
    st = R.randint(0, 5)
    k, d = phone_value()
    u, dom = gen_email()
    if st == 0:
        add("positive", [(A, ["What's the best number to reach you on?"]), (C, [R.choice(["", "its ", "mob ", "call me on ", "cell: "]), (type_phone(k, d), "PHONE"), emo()])],
            ch + "/" + ind + ": phone typed")
    elif st == 1:
        add("positive", [(A, ["And your email address?"]), (C, [(type_email(u, dom), "EMAIL"), emo()])],
            ch + "/" + ind + ": email typed")
    elif st == 2:
        add("positive", [(C, ["pls update my details. new mob ", (type_phone(k, d), "PHONE"), " and email ", (type_email(u, dom), "EMAIL"), " cheers"])],
            ch + "/" + ind + ": phone and email in one message")
    elif st == 3:
        n, s, suf = gen_addr()
        a, b = gen_postcode_uk()
        add("positive", [(C, ["Hello,\n\nI've moved house. My new address is ", (type_addr(n, s, suf), "ADDRESS"), ", " + R.choice(["Leeds", "Bristol", "Cardiff", "Manchester", "Croydon"]) + " ",
                              (type_pc(a, b), "POSTCODE"), ".\nYou can reach me on ", (type_phone(k, d), "PHONE"), ".\n\nThanks\n" + R.choice(FIRST).title()])],
            "email/" + ind + ": address, postcode, phone in e-mail body")
    elif st == 4:
        n, s, suf = gen_addr()
        z = gen_zip() if R.random() < 0.7 else gen_zip() + "-" + rdig(4)
        add("positive", [(A, ["What's the shipping address?"]), (C, [(type_addr(n, s, suf), "ADDRESS"), R.choice([", Springfield IL ", " Austin TX ", ", Portland, OR ", " Denver CO "]), (z, "POSTCODE"), emo()])],
            ch + "/" + ind + ": US address and ZIP")
    else:
        add("positive", [(C, ["my phone is ", (type_phone(k, d), "PHONE")]), (A, ["thanks"]),
                         (C, ["oh and email ", (type_email(u, dom), "EMAIL"), " (not the old one!!)"])],
            ch + "/" + ind + ": phone and email in consecutive messages")


def typed_misc_case():
    ch = R.choice(["chat", "chat", "sms", "social"])
    ind = R.choice(INDUS_T)
    st = R.randint(0, 3)
    d, m, y = R.randint(1, 28), R.randint(1, 12), R.randint(1942, 2004)
    if st == 0:
        add("positive", [(A, ["Can you confirm your date of birth for security?"]), (C, [R.choice(["", "dob ", "its ", "born "]), (type_dob(d, m, y), "DOB"), emo()])],
            ch + "/" + ind + ": DOB typed in various formats")
    elif st == 1:
        add("positive", [(A, ["Postcode please?"]), (C, [(type_pc(*gen_postcode_uk()), "POSTCODE"), emo()])],
            ch + "/" + ind + ": bare UK postcode reply")
    elif st == 2:
        c = gen_card()
        m2, y2 = R.randint(1, 12), R.randint(2026, 2032)
        add("positive", [(A, ["card number?"]), (C, [(type_card(c), "CARD_NUMBER")]), (A, ["expiry?"]),
                         (C, [(type_expiry(m2, y2), "EXPIRY")]), (A, ["and the cvv"]), (C, [(rdig(3 if len(c) != 15 else 4), "CVV")])],
            ch + "/" + ind + ": card, expiry, cvv in separate short messages")
    else:
        add("positive", [(C, ["acct holder dob ", (type_dob(d, m, y), "DOB"), " postcode ", (type_pc(*gen_postcode_uk()), "POSTCODE")])],
            ch + "/" + ind + ": DOB and postcode as terse labels")


# ----------------------------------------------------------- spoken positives
def sp_card_case():
    c = gen_card()
    v = Voice()
    v.homo = R.random() < 0.35
    ind = R.choice(INDUS_T)
    sz = card_sizes(c)
    st = R.randint(0, 4)
    if st == 0:
        add("positive", [(A, ["okay and the long number across the front of the card please"]),
                         (C, [R.choice(["yeah it's ", "right so it's ", "okay ", "um "]), (say_digits(c, v, sz, pairs=R.random() < 0.3), "CARD_NUMBER")])],
            "call/" + ind + ": card spoken in one turn")
    elif st == 1:
        turns = [(A, ["go ahead with the card number when you're ready"])]
        i = 0
        for k, n in enumerate(sz):
            turns.append((C, [(say_digits(c[i:i + n], v), "CARD_NUMBER")] + ([" um"] if R.random() < 0.2 else [])))
            i += n
            if k < len(sz) - 1:
                turns.append((A, [R.choice(BACK)]))
        add("positive", turns, "call/" + ind + ": card split over turns with agent back-channels")
    elif st == 2:
        add("positive", [(A, ["can i take the card number"]),
                         (C, ["it's ", (say_digits(c[:8], v, sz[:2]), "CARD_NUMBER")]),
                         (A, ["okay let me read that back " + say_digits(c[:4], v) + " "]) if False else (A, ["okay"]),
                         (C, [(say_digits(c[8:], v, [4] + ([n for n in sz[3:]] if len(sz) > 3 else []) if len(c) != 15 else [7]), "CARD_NUMBER")]),
                         (A, ["so that's ", (say_digits(c, Voice(), sz), "CARD_NUMBER"), " is that right"]),
                         (C, ["yes that's it"])],
            "call/" + ind + ": card given in two halves then read back in full by agent")
    elif st == 3:
        m, y = R.randint(1, 12), R.randint(2026, 2032)
        cv = rdig(4 if len(c) == 15 else 3)
        add("positive", [(A, ["card number please"]), (C, [(say_digits(c, v, sz), "CARD_NUMBER")]),
                         (A, ["and the expiry"]), (C, [R.choice(["it's ", "", "expires "]), (say_expiry(m, y, v), "EXPIRY")]),
                         (A, ["and the last three digits on the back" if len(cv) == 3 else "and the four digit code on the front"]),
                         (C, [(say_digits(cv, v), "CVV")])],
            "call/" + ind + ": card, expiry and security code")
    else:
        add("positive", [(C, ["yeah sorry i'm just getting the card out of my wallet hang on it's the blue one it's " ,
                              (say_digits(c, v, sz), "CARD_NUMBER"), " and i've got about twenty quid on it"])],
            "call/" + ind + ": card inside rambling turn with non-PII amount")


def sp_ssn_case():
    s = gen_ssn()
    v = Voice(uk=False)
    v.homo = R.random() < 0.35
    ind = R.choice(["banking", "insurance", "healthcare billing", "government services"])
    st = R.randint(0, 3)
    if st == 0:
        add("positive", [(A, ["can you verify your social security number"]), (C, ["sure it's ", (say_digits(s, v, [3, 2, 4]), "SSN")])],
            "call/" + ind + ": SSN spoken digit by digit")
    elif st == 1:
        add("positive", [(A, ["and your social"]), (C, [(say_digits(s[:3], v), "SSN")]), (A, [R.choice(BACK)]),
                         (C, [(say_digits(s[3:5], v), "SSN")]), (A, [R.choice(BACK)]), (C, [(say_digits(s[5:], v), "SSN")])],
            "call/" + ind + ": SSN 3-2-4 over three turns")
    elif st == 2:
        add("positive", [(A, ["social security number"]), (C, [(say_digits(s, v, [3, 2, 4], pairs=True), "SSN")]),
                         (A, ["thank you i have ", (say_digits(s, Voice(False), [3, 2, 4]), "SSN"), " correct"]), (C, ["correct"])],
            "call/" + ind + ": SSN spoken partly as pairs, read back")
    else:
        wrong = s[:5] + str((int(s[5]) + 3) % 10) + s[6:]
        add("positive", [(A, ["and the social"]), (C, [(say_digits(wrong, v, [3, 2, 4]), "SSN"), " no wait sorry that's my wife's it's ", (say_digits(s, v, [3, 2, 4]), "SSN")])],
            "call/" + ind + ": self-correction, both SSNs labelled")


def sp_ni_case():
    n = gen_ni()
    v = Voice()
    ind = R.choice(["government services", "banking", "insurance", "utilities"])
    st = R.randint(0, 3)
    lets = say_alnum(n[:2], v, 0.4)
    if st == 0:
        add("positive", [(A, ["can i have your national insurance number"]),
                         (C, ["yeah it's ", (lets + " " + say_digits(n[2:8], v, [2, 2, 2], pairs=R.random() < 0.4) + " " + say_letter(n[8], v, 0.4), "NI_NUMBER")])],
            "call/" + ind + ": NI number spoken with letters and digits")
    elif st == 1:
        add("positive", [(A, ["national insurance number please"]), (C, [(lets, "NI_NUMBER")]), (A, [R.choice(BACK)]),
                         (C, [(say_digits(n[2:8], v, [2, 2, 2]), "NI_NUMBER")]), (A, ["and the letter at the end"]),
                         (C, [(say_letter(n[8], v, 0.6), "NI_NUMBER")])],
            "call/" + ind + ": NI number over three turns, final letter asked for")
    elif st == 2:
        add("positive", [(C, ["my national insurance is ", (lets + " " + say_digits(n[2:8], v, [2, 2, 2]) + " " + say_letter(n[8], v), "NI_NUMBER"),
                              " and i've been paying in for about thirty years"])],
            "call/" + ind + ": NI number followed by a duration")
    else:
        add("positive", [(A, ["ni number"]), (C, [(lets + " " + say_digits(n[2:8], v, [2, 2, 2]) + " " + say_letter(n[8], v), "NI_NUMBER")]),
                         (A, ["that's ", (say_alnum(n[:2], v, 0.0) + " " + say_digits(n[2:8], Voice(), [2, 2, 2]) + " " + n[8].lower(), "NI_NUMBER"), " yeah"]), (C, ["yes"])],
            "call/" + ind + ": NI number read back by agent")


def sp_bank_case():
    v = Voice()
    ind = R.choice(["banking", "utilities", "insurance", "telecom"])
    st = R.randint(0, 3)
    acc, sc = rdig(8), rdig(6)
    if st == 0:
        add("positive", [(A, ["sort code and account number please"]),
                         (C, ["sort code is ", (say_digits(sc, v, [2, 2, 2], pairs=R.random() < 0.5), "SORT_CODE"), " and the account number is ", (say_digits(acc, v, [4, 4]), "BANK_ACCOUNT")])],
            "call/" + ind + ": sort code and account number in one turn")
    elif st == 1:
        add("positive", [(A, ["what's the account number"]), (C, [(say_digits(acc[:4], v), "BANK_ACCOUNT")]), (A, [R.choice(BACK)]),
                         (C, [(say_digits(acc[4:], v), "BANK_ACCOUNT")]), (A, ["and the sort code"]),
                         (C, [(say_digits(sc, v, [2, 2, 2]), "SORT_CODE")])],
            "call/" + ind + ": account number split, then sort code")
    elif st == 2:
        i = gen_iban()
        add("positive", [(A, ["could you read out the iban"]), (C, [(say_alnum(i[:4], v, 0.3) + " " + say_alnum(i[4:], v, 0.2), "IBAN")])],
            "call/" + ind + ": IBAN spoken letters and digits")
    else:
        add("positive", [(A, ["so that's account ", (say_digits(acc, v, [4, 4]), "BANK_ACCOUNT"), " sort code ", (say_digits(sc, Voice(), [2, 2, 2]), "SORT_CODE"), " yeah"]),
                         (C, ["yep that's right the payment's forty five pounds a month"])],
            "call/" + ind + ": agent reads back bank details, customer mentions amount")


def sp_contact_case():
    uk = R.random() < 0.6
    v = Voice(uk)
    ind = R.choice(INDUS_T)
    st = R.randint(0, 5)
    k, d = phone_value()
    u, dom = gen_email()
    v.homo = st in (0, 1) and R.random() < 0.4
    if st == 0:
        add("positive", [(A, ["best contact number"]), (C, [R.choice(["it's ", "yeah ", ""]), (say_phone(k, d, v), "PHONE")])],
            "call/" + ind + ": phone number spoken")
    elif st == 1:
        t = say_phone(k, d, v).split(" ")
        cut = len(t) // 2
        add("positive", [(A, ["and a phone number"]), (C, [(" ".join(t[:cut]), "PHONE")]), (A, [R.choice(BACK)]), (C, [(" ".join(t[cut:]), "PHONE")])],
            "call/" + ind + ": phone split over two turns")
    elif st == 2:
        add("positive", [(A, ["and your email"]), (C, ["it's ", (say_email(u, dom, v), "EMAIL")])],
            "call/" + ind + ": email spoken with dot and at")
    elif st == 3:
        n, s, suf = gen_addr()
        a, b = gen_postcode_uk()
        add("positive", [(A, ["first line of the address and postcode"]), (C, [(say_addr(n, s, suf, v), "ADDRESS"), " " + R.choice(["in leeds", "", "bolton", "up in york"]) + " and the postcode is ", (say_pc(a, b, v), "POSTCODE")])],
            "call/" + ind + ": address and postcode spoken")
    elif st == 4:
        n, s, suf = gen_addr()
        z = gen_zip()
        add("positive", [(A, ["what's the billing address"]), (C, [(say_addr(n, s, suf, v), "ADDRESS"), " " + R.choice(["dallas texas", "columbus ohio", "tampa florida"]) + " ", (say_digits(z, v), "POSTCODE")])],
            "call/" + ind + ": US address and ZIP spoken")
    else:
        add("positive", [(A, ["date of birth please"]), (C, [(say_dob(R.randint(1, 28), R.randint(1, 12), R.randint(1940, 2004), v), "DOB")])],
            "call/" + ind + ": DOB spoken")


# ------------------------------------------------------- extra positives
def typed_extra_case():
    ch = R.choice(["chat", "sms", "social", "email", "chat"])
    ind = R.choice(INDUS_T)
    st = R.randint(0, 13)
    if st == 12:
        k, d = phone_value()
        t = type_phone(k, d)
        cut = [m.start() for m in re.finditer(r"[ \-.]", t)]
        if cut and t[cut[0] - 1].isalnum() and t[cut[0] + 1].isalnum() and t[0] != "(":
            a_, b_ = t[:cut[0]], t[cut[0] + 1:]
        else:
            a_, b_ = d[:5], d[5:]
        add("positive", [(A, ["Whats a good contact no.?"]), (C, [(a_, "PHONE")]), (C, [R.choice(["sorry", "oops", "wait", "argh autocorrect"])]),
                         (C, [(b_, "PHONE"), emo()])],
            ch + "/" + ind + ": phone split over messages with chit-chat between")
        return
    if st == 13:
        n = gen_ni()
        add("positive", [(C, ["helo i need to chnage my tax code, NI: ", (n[:4], "NI_NUMBER")]), (C, [(n[4:].lower(), "NI_NUMBER"), " hit send too soon 🙈"])],
            ch + "/" + ind + ": NI number split mid-digits across messages, typos around")
        return
    if st == 10:
        sc, acc = rdig(6), rdig(8)
        add("positive", [(C, ["hiya 👋 new bank deets for the dd"]), (C, [(type_sort(sc), "SORT_CODE")]), (C, [(acc, "BANK_ACCOUNT"), " (" + R.choice(["monzo", "starling", "halifax", "nationwide"]) + ")"])],
            "social/" + ind + ": sort code and account as bare DMs")
        return
    if st == 11:
        n, s_, suf = gen_addr()
        add("positive", [(A, ["Can you confirm the first line of the address?"]), (C, [R.choice(["its ", "", "Hi it is "]), (type_addr(n, s_, suf), "ADDRESS"), R.choice([" 🏠", "", " (the green door)", "!!"])])],
            ch + "/" + ind + ": first line of address typed")
        return
    if st == 0:
        u, dom = gen_email()
        add("positive", [(A, ["whats the email on the account?"]), (C, [R.choice(["its ", "", "um ", "prob "]), (type_email(u, dom), "EMAIL")]),
                         (C, ["or maybe ", (type_email(*gen_email()), "EMAIL"), R.choice([" not sure which 🤷", " one of those lol", " i have 2"])])],
            ch + "/" + ind + ": two candidate emails in consecutive messages")
    elif st == 1:
        d, m, y = R.randint(1, 28), R.randint(1, 12), R.randint(1940, 2004)
        add("positive", [(A, ["For security can I take your full name and DOB?"]),
                         (C, [R.choice(FIRST).title() + " " + R.choice(LAST).title() + R.choice([", ", " - ", " dob "]), (type_dob(d, m, y), "DOB"), emo()])],
            ch + "/" + ind + ": name then DOB in one message")
    elif st == 2:
        m, y = R.randint(1, 12), R.randint(2026, 2032)
        cv = rdig(3)
        add("positive", [(A, ["I have the card number, now the expiry and security code please"]),
                         (C, [R.choice(["exp ", "expiry: ", "valid thru ", "ex "]), (type_expiry(m, y), "EXPIRY"), R.choice([" / cvv ", "\ncvv: ", " code ", " sec ", " - "]), (cv, "CVV")])],
            ch + "/" + ind + ": expiry and cvv after card already given")
    elif st == 3:
        i = gen_iban()
        add("positive", [(C, ["Hi, please send my deposit refund (€%d) to IBAN " % R.randint(100, 2500), (type_iban(i), "IBAN"),
                              " BIC " + {"IE": "AIBKIE2D", "NL": "INGBNL2A", "DE": "DEUTDEFF", "GB": "NWBKGB2L", "FR": "BNPAFRPP", "ES": "CAIXESBB"}[i[:2]] + "\nThanks"])],
            "email/" + ind + ": IBAN in e-mail body next to refund amount and BIC (BIC not labelled)")
    elif st == 4:
        k, d = phone_value()
        k2, d2 = phone_value()
        add("positive", [(C, ["pls call me back on ", (type_phone(k, d), "PHONE"), " after 5pm, or my work no is ", (type_phone(k2, d2), "PHONE"), emo()])],
            ch + "/" + ind + ": two phone numbers and a time")
    elif st == 5:
        c = gen_card()
        t = type_card(c)
        add("positive", [(C, ["Card Number:\t", (t, "CARD_NUMBER"), "\nExpiry:\t", (type_expiry(R.randint(1, 12), R.randint(2026, 2032)), "EXPIRY"), "\nCVV:\t", (rdig(4 if len(c) == 15 else 3), "CVV")])],
            ch + "/" + ind + ": copy-pasted form fields with tabs and newlines")
    elif st == 6:
        u, dom = gen_email()
        e = type_email(u, dom)
        add("positive", [(C, ["can u send the receipt to ", (e, "EMAIL"), " pls, order no " + rdig(8) + " 🙏"])],
            ch + "/" + ind + ": email next to an order number")
    elif st == 7:
        d, m, y = R.randint(1, 28), R.randint(1, 12), R.randint(1940, 2004)
        add("positive", [(A, ["Can you confirm ur date of birth?"]), (C, [(str(d) + "/" + str(m), "DOB")]), (C, [(str(y), "DOB"), " sorry"])],
            ch + "/" + ind + ": DOB split over two messages")
    elif st == 8:
        i = gen_iban()
        add("positive", [(A, ["Could you type your IBAN?"]), (C, ["Its " + R.choice(["", "the "]), (i[:4].lower() + " " + grp(i[4:], [4] * 7, " "), "IBAN"), " (" + R.choice(["AIB", "Revolut", "N26", "BOI"]) + ")"])],
            ch + "/" + ind + ": IBAN lower-case country code then grouped")
    else:
        n, s, suf = gen_addr()
        a, b = gen_postcode_uk()
        add("positive", [(A, ["whats the delivery address?"]), (C, [(type_addr(n, s, suf), "ADDRESS")]), (C, [(type_pc(a, b), "POSTCODE"), R.choice(["", " leave with neighbour if out", " 📦"])])],
            ch + "/" + ind + ": address and postcode in separate messages")


def sp_extra_case():
    v = Voice()
    ind = R.choice(INDUS_T)
    st = R.randint(0, 5)
    if st == 0:
        k, d = phone_value()
        k2, d2 = phone_value()
        add("positive", [(A, ["number to call you back on"]), (C, [(say_phone(k2, d2, v), "PHONE"), " oh no hang on that's my old one it's ", (say_phone(k, d, v), "PHONE")])],
            "call/" + ind + ": phone self-correction, both numbers labelled")
    elif st == 1:
        u, dom = gen_email()
        add("positive", [(A, ["can i get an email for the confirmation"]), (C, ["yeah it's ", (say_email(u, dom, v), "EMAIL")]),
                         (A, ["so that's ", (say_email(u, dom, v), "EMAIL"), " yeah"]), (C, ["yep"])],
            "call/" + ind + ": email spoken and read back")
    elif st == 2:
        d, m, y = R.randint(1, 28), R.randint(1, 12), R.randint(1940, 2004)
        add("positive", [(A, ["and just to confirm your date of birth"]), (C, ["um it's ", (say_dob(d, m, y, v), "DOB"), " i'm sixty something now ha"])],
            "call/" + ind + ": DOB spoken then an age remark")
    elif st == 3:
        m, y = R.randint(1, 12), R.randint(2026, 2032)
        cv = rdig(3)
        add("positive", [(A, ["expiry and the three digit code"]), (C, [(say_expiry(m, y, v), "EXPIRY"), " and the code is ", (say_digits(cv, v), "CVV")])],
            "call/" + ind + ": expiry and cvv in one turn")
    elif st == 4:
        i = gen_iban()
        t = say_alnum(i[:4], v, 0.3) + " " + say_digits(i[4:12], v) if i[4:12].isdigit() else None
        if t is None:
            t = say_alnum(i[:8], v, 0.3)
            rest = i[8:]
        else:
            rest = i[12:]
        add("positive", [(A, ["go ahead with the iban"]), (C, [(t, "IBAN")]), (A, [R.choice(BACK)]), (C, [(say_digits(rest, v), "IBAN")])],
            "call/" + ind + ": IBAN spoken over two turns")
    else:
        d, m, y = R.randint(1, 28), R.randint(1, 12), R.randint(1940, 2004)
        a, b = gen_postcode_uk()
        add("positive", [(A, ["can i take your postcode and date of birth"]), (C, [(say_pc(a, b, v), "POSTCODE"), " and ", (say_dob(d, m, y, v), "DOB")])],
            "call/" + ind + ": postcode and DOB in one turn")


# ------------------------------------------------------------------ negatives
def neg_typed():
    ch = R.choice(["chat", "chat", "sms", "email", "social"])
    ind = R.choice(INDUS_T)
    st = R.randint(0, 17)
    if st == 0:
        t = "Your order #%s has shipped! Total charged £%d.%02d, arriving %s %d." % (rdig(R.choice([7, 8, 9])), R.randint(5, 500), R.randint(0, 99), R.choice(["Mon", "Tue", "Fri"]), R.randint(1, 28))
        n = "order number and price"
    elif st == 1:
        t = "hi my ticket INC%s still not resolved after %d days 😤 ive called %d times" % (rdig(7), R.randint(3, 40), R.randint(2, 9))
        n = "ticket number, durations, counts"
    elif st == 2:
        t = "Flight %s%d departs %02d:%02d from gate %s%d, seat %d%s" % (R.choice(["EI", "BA", "FR", "UA", "LH"]), R.randint(100, 9999), R.randint(0, 23), R.randint(0, 59), R.choice("ABC"), R.randint(1, 40), R.randint(1, 40), R.choice("ACDF"))
        n = "flight number, time, gate, seat"
    elif st == 3:
        t = "balance is $%s.%02d as of %d/%d/%d, min payment $%d due on the %d%s" % ("{:,}".format(R.randint(100, 99999)), R.randint(0, 99), R.randint(1, 12), R.randint(1, 28), R.randint(2024, 2026), R.randint(25, 300), R.randint(1, 28), "th")
        n = "balance, payment dates"
    elif st == 4:
        t = "meter reading today: %s (E7 day) and %s night. photo attached" % (rdig(5), rdig(5))
        n = "meter readings"
    elif st == 5:
        t = "the %s model %s-%s%d keeps rebooting, firmware v%d.%d.%d" % (R.choice(["router", "tv", "washer", "phone"]), R.choice(["WM", "HG", "SM", "TX"]), R.choice("ABCG"), R.randint(100, 9999), R.randint(1, 9), R.randint(0, 20), R.randint(0, 99))
        n = "model and firmware numbers"
    elif st == 6:
        t = "paying %d%% more than last yr?? was £%d now £%d.%02d a month" % (R.randint(5, 60), R.randint(20, 90), R.randint(30, 150), R.randint(0, 99))
        n = "percentages and prices"
    elif st == 7:
        t = "claim ref CLM-%s, incident on %d %s %d around %d:%02dpm" % (rdig(8), R.randint(1, 28), R.choice(MONTHS).title(), R.randint(2023, 2026), R.randint(1, 11), R.randint(0, 59))
        n = "claim reference and incident date/time"
    elif st == 8:
        t = "speed test says %d Mbps down %d up, ping %dms. paying for %d!!" % (R.randint(5, 900), R.randint(1, 100), R.randint(5, 200), R.choice([100, 500, 900]))
        n = "speeds"
    elif st == 9:
        t = "booked room %d for %d nights from %d/%d, %d adults %d kids. confirmation %s" % (R.randint(100, 950), R.randint(1, 14), R.randint(1, 28), R.randint(1, 12), R.randint(1, 4), R.randint(0, 3), rdig(9))
        n = "room, counts, booking confirmation number"
    elif st == 10:
        t = "Invoice no. %d-%s dated %02d/%02d/%d amount €%s.%02d" % (R.randint(2023, 2026), rdig(5), R.randint(1, 28), R.randint(1, 12), R.randint(2023, 2026), "{:,}".format(R.randint(10, 9999)), R.randint(0, 99))
        n = "invoice number and date"
    elif st == 11:
        t = "my dad is %d and mum is %d, can they both be on the %d-month plan?" % (R.randint(60, 95), R.randint(55, 95), R.choice([12, 18, 24, 36]))
        n = "ages and plan duration"
    elif st == 12:
        t = "heating off since yesterday, its %d degrees inside 🥶 engineer booked %s %d:%02d-%d:%02d" % (R.randint(8, 16), R.choice(["Thurs", "tmrw", "Sat"]), R.randint(8, 11), 0, R.randint(12, 17), 0)
        n = "temperature and appointment window"
    elif st == 13:
        t = "contract started %d/%d/%d, %d months left, early exit fee £%d" % (R.randint(1, 28), R.randint(1, 12), R.randint(2020, 2025), R.randint(1, 23), R.randint(50, 400))
        n = "contract start date (not DOB) and fee"
    elif st == 14:
        t = "Tracking ref %s – parcel %d of %d, weight %.1fkg" % (rdig(10), R.randint(1, 3), R.randint(3, 5), R.uniform(0.2, 20))
        n = "10-digit tracking reference, counts, weight"
    elif st == 15:
        t = "Case %s: refund of £%d.%02d processed on %d %s, allow %d-%d working days" % (rdig(8), R.randint(5, 999), R.randint(0, 99), R.randint(1, 28), R.choice(MON3).title(), 3, 5)
        n = "case number, refund amount and date"
    elif st == 16:
        t = "I've been a customer since %d and had %d,%03d points, now its %d??" % (R.randint(1995, 2020), R.randint(1, 40), R.randint(0, 999), R.randint(0, 900))
        n = "years and loyalty points"
    else:
        t = "prescription no %s for %d tablets x %dmg, copay $%d.%02d" % (rdig(8), R.choice([28, 30, 56, 90]), R.choice([5, 10, 20, 50, 500]), R.randint(3, 60), R.randint(0, 99))
        n = "prescription number, quantities, copay"
    if R.random() < 0.5:
        add("negative", [(A, [R.choice(["Thanks for getting in touch, how can I help?", "Hi! You're chatting with Sam.", "hello how can i help today"])]), (C, [t + emo()])], ch + "/" + ind + ": " + n)
    else:
        add("negative", [(C, [t])], ch + "/" + ind + ": " + n)


def neg_spoken():
    ind = R.choice(INDUS_T)
    v = Voice()
    st = R.randint(0, 11)
    if st == 0:
        turns = [(A, ["your reference number for today is " + say_digits(rdig(8), v, [4, 4])]), (C, ["okay thanks i'll write that down"])]
        n = "reference number read digit by digit with reference word"
    elif st == 1:
        turns = [(A, ["the outstanding balance is " + say_num(R.randint(100, 2999)) + " pounds and " + say_num(R.randint(1, 99)) + " pence"]), (C, ["blimey okay"])]
        n = "balance in words"
    elif st == 2:
        turns = [(C, ["i've been on hold for " + say_num(R.randint(20, 59)) + " minutes and this is the " + R.choice(["third", "fourth", "fifth"]) + " time i've called"])]
        n = "durations and counts"
    elif st == 3:
        turns = [(A, ["so the engineer will come on the " + R.choice(ORD) + " of " + R.choice(MONTHS) + " between " + R.choice(["eight", "nine", "ten"]) + " and " + R.choice(["twelve", "one", "two"])]), (C, ["that's fine"])]
        n = "appointment date (not DOB)"
    elif st == 4:
        turns = [(C, ["the order number is " + say_digits(rdig(9), v, [3, 3, 3])]), (A, ["thank you let me pull that up"])]
        n = "order number spoken digit by digit"
    elif st == 5:
        turns = [(C, ["my flight is " + say_alnum(R.choice(["EI", "BA", "FR"]), v, 0) + " " + say_num(R.randint(100, 999)) + " at " + R.choice(["six", "seven", "ten"]) + " " + R.choice(["fifteen", "thirty", "forty five"]) + " in the morning"])]
        n = "flight number and time"
    elif st == 6:
        turns = [(A, ["what's the meter reading"]), (C, [say_digits(rdig(5), v)]), (A, ["lovely thank you"])]
        n = "meter reading spoken digits after agent asks"
    elif st == 7:
        turns = [(C, ["we paid " + say_num(R.randint(200, 1500)) + " euro for the policy in " + say_year(R.randint(2015, 2025)) + " and now it's gone up " + say_num(R.randint(5, 40)) + " percent"])]
        n = "amount, year, percentage"
    elif st == 8:
        turns = [(A, ["your claim number is " + say_alnum("CL", v, 0) + " " + say_digits(rdig(7), v)]), (C, ["c l and then the numbers got it"])]
        n = "claim number with letters"
    elif st == 9:
        turns = [(C, ["my mum's " + say_num(R.randint(70, 99)) + " she can't be waiting " + say_num(R.randint(2, 6)) + " weeks for the boiler it's " + say_num(R.randint(5, 12)) + " degrees in the house"])]
        n = "age, duration, temperature"
    elif st == 10:
        turns = [(A, ["the payment of " + say_num(R.randint(20, 99)) + " ninety nine will go out on the " + R.choice(ORD) + " of every month"]), (C, ["okay"])]
        n = "payment amount and monthly date"
    else:
        turns = [(C, ["it's the " + R.choice(["samsung", "bosch", "hotpoint"]) + " " + say_alnum(R.choice(["WM", "HG", "QE"]), v, 0) + " " + say_num(R.randint(10, 99)) + " and it's about " + say_num(R.randint(2, 9)) + " years old"])]
        n = "model number and age of appliance"
    add("negative", turns, "call/" + ind + ": " + n)


def neg_typed2():
    ch = R.choice(["chat", "chat", "sms", "email", "social"])
    ind = R.choice(INDUS_T)
    st = R.randint(0, 11)
    if st == 0:
        t = "booking ref %s %s, %d nights, total €%s" % (rdig(4), rdig(R.choice([4, 6])), R.randint(2, 9), "{:,}.{:02d}".format(R.randint(100, 4000), R.randint(0, 99)))
        n = "grouped booking reference with its word, price"
    elif st == 1:
        t = "Total £%d.%02d incl VAT @ 20%%. Paid %02d/%02d/%d by %s" % (R.randint(10, 3000), R.randint(0, 99), R.randint(1, 28), R.randint(1, 12), R.randint(2024, 2026), R.choice(["card", "bank transfer", "paypal"]))
        n = "total, VAT, payment date (not DOB)"
    elif st == 2:
        t = "was on hold %dh %02dm yesterday and %d mins today 🙃 shop opens 9-5:30 anyway" % (R.randint(1, 2), R.randint(0, 59), R.randint(10, 59))
        n = "durations and opening hours"
    elif st == 3:
        t = "order %s – only %d of %d items arrived, missing the %dx%dcm frame" % (rdig(10), R.randint(1, 3), R.randint(4, 6), R.choice([30, 40, 50]), R.choice([40, 60, 70]))
        n = "10-digit order number with word, counts, dimensions"
    elif st == 4:
        t = "Serial no. SN%s, bought %s %d, warranty %d yrs" % (rdig(8), R.choice(MONTHS).title(), R.randint(2019, 2025), R.randint(1, 5))
        n = "serial number, purchase month/year, warranty"
    elif st == 5:
        t = "my bill went from €%d to €%d?? usage %d kWh vs %d kWh last quarter" % (R.randint(60, 200), R.randint(200, 600), R.randint(300, 1500), R.randint(300, 1500))
        n = "bill amounts and kWh usage"
    elif st == 6:
        t = "The appointment is booked for %s %d %s at %d:%02d, clinic room %d. Please arrive %d mins early." % (R.choice(["Monday", "Wednesday", "Friday"]), R.randint(1, 28), R.choice(MONTHS).title(), R.randint(8, 16), R.choice([0, 15, 30, 45]), R.randint(1, 30), R.choice([10, 15]))
        n = "clinic appointment date/time and room (not DOB)"
    elif st == 7:
        t = "direct debit of £%d.%02d will be taken on the %d%s of each month starting %s %d" % (R.randint(10, 200), R.randint(0, 99), R.randint(1, 28), "th", R.choice(MONTHS).title(), R.randint(2025, 2026))
        n = "direct debit amount and collection dates"
    elif st == 8:
        t = "data used: %.1fGB of %dGB, %d days left in cycle, roaming %d mins" % (R.uniform(0.5, 99), R.choice([20, 50, 100]), R.randint(1, 30), R.randint(0, 300))
        n = "data usage, days, minutes"
    elif st == 9:
        t = "ref no: %s\nstatus: pending\nupdated %d/%d %d:%02d" % (rdig(R.choice([6, 8, 10])), R.randint(1, 28), R.randint(1, 12), R.randint(0, 23), R.randint(0, 59))
        n = "copy-pasted status block with reference number"
    elif st == 10:
        hh = R.randint(5, 21)
        t = "train %d:%02d from %s cancelled, next at %d:%02d, platform %d, coach %s seat %d" % (hh, R.randint(0, 59), R.choice(["Leeds", "Cork", "Euston"]), hh + 1, R.randint(0, 59), R.randint(1, 15), R.choice("ABCDE"), R.randint(1, 80))
        n = "train times, platform, coach and seat"
    else:
        t = "quote %s: %d-yr fixed at %.2f%% on €%s, LTV %d%%" % (rdig(7), R.choice([2, 3, 5, 10]), R.uniform(2, 6), "{:,}".format(R.randint(100, 900) * 1000), R.randint(50, 90))
        n = "mortgage quote numbers, rates, amounts"
    opener = R.choice([None, "Hi, thanks for contacting us. What can I help with?", "hey 👋 how can we help?", "Good morning, you're through to support.", None])
    turns = ([(A, [opener])] if opener else []) + [(C, [t + emo()])]
    add("negative", turns, ch + "/" + ind + ": " + n)


def neg_spoken2():
    ind = R.choice(INDUS_T)
    v = Voice()
    st = R.randint(0, 7)
    if st == 0:
        turns = [(A, ["your fault reference is " + say_alnum("FR", v, 0) + " " + say_digits(rdig(6), v)]), (C, ["fault reference okay"])]
        n = "fault reference spoken with letters and digits"
    elif st == 1:
        turns = [(C, ["the last payment was on the " + R.choice(ORD) + " of " + R.choice(MONTHS) + " " + say_year(R.randint(2022, 2025)) + " and it was " + say_num(R.randint(20, 400)) + " pounds"])]
        n = "past payment date and amount (not DOB)"
    elif st == 2:
        turns = [(A, ["the new tariff works out at " + say_num(R.randint(20, 60)) + " pounds " + say_num(R.randint(10, 99)) + " a month for " + R.choice(["twelve", "eighteen", "twenty four"]) + " months"]), (C, ["mhm"])]
        n = "tariff price and term"
    elif st == 3:
        turns = [(C, ["yeah the parcel said it'd come between " + R.choice(["half past two", "quarter to three", "ten past one"]) + " and " + R.choice(["four", "five o'clock", "six"]) + " and i waited in all day"])]
        n = "spoken times"
    elif st == 4:
        turns = [(A, ["and how many people live in the property"]), (C, [R.choice(["three", "four", "two adults and two kids", "five of us"])]), (A, ["and roughly how many bedrooms"]), (C, [R.choice(["three", "four bed", "two"])])]
        n = "household counts"
    elif st == 5:
        turns = [(A, ["your invoice number is " + say_digits(rdig(7), v) + " and the amount due is " + say_num(R.randint(50, 900)) + " dollars"]), (C, ["okay"])]
        n = "invoice number and amount spoken"
    elif st == 6:
        turns = [(C, ["the account's been open since " + say_year(R.randint(1998, 2022)) + " and i've never missed a payment in " + say_num(R.randint(5, 25)) + " years"])]
        n = "years and durations"
    else:
        turns = [(A, ["the speed on the line is showing about " + say_num(R.randint(10, 80)) + " megs which is under the " + R.choice(["one hundred", "fifty", "seventy"]) + " we guarantee"]), (C, ["that's rubbish"])]
        n = "broadband speeds spoken"
    add("negative", turns, "call/" + ind + ": " + n)


# ------------------------------------------------------------------ build
def build():
    global R, CASES
    R = random.Random(SEED)
    CASES = []
    typed = [typed_card_case] * 5 + [typed_ssn_case] * 4 + [typed_ni_case] * 4 + [typed_bank_case] * 3 + \
            [typed_contact_case] * 4 + [typed_misc_case] * 2 + [typed_extra_case] * 5
    spoken = [sp_card_case] * 3 + [sp_ssn_case] * 2 + [sp_ni_case] * 2 + [sp_bank_case] * 2 + [sp_contact_case] * 3 + [sp_extra_case] * 3
    for i in range(150):
        typed[i % len(typed)]()
    for i in range(75):
        spoken[i % len(spoken)]()
    for i in range(80):
        (neg_typed if i % 2 == 0 else neg_typed2)()
    for i in range(40):
        (neg_spoken if i % 3 else neg_spoken2)()
    pos = [c for c in CASES if c["kind"] == "positive"]
    neg = [c for c in CASES if c["kind"] == "negative"]
    out = []
    for k, c in enumerate(pos):
        out.append(dict(id="h291-pos-%03d" % (k + 1), **c))
    for k, c in enumerate(neg):
        out.append(dict(id="h291-neg-%03d" % (k + 1), **c))
    return out


def serialise(cases):
    return "".join(json.dumps({"id": c["id"], "kind": c["kind"], "turns": c["turns"], "spans": c["spans"], "note": c["note"]},
                              ensure_ascii=False) + "\n" for c in cases)


# --------------------------------------------------------------- validation
FILL = {"um", "uh", "er", "erm", "and", "its", "it", "s", "is"}
ZEROW = {"zero", "oh", "o", "nought", "nil"}


def spoken_norm(text, letters):
    t = text.lower().replace("double you", "dblyou")
    toks = re.findall(r"[a-z]+|\d+", t)
    out = []
    i = 0

    def one(tok):
        if tok in ZEROW:
            return "0"
        if tok in UNITS:
            return str(UNITS.index(tok))
        if not letters and tok in ("to", "too", "for", "ate"):
            return {"to": "2", "too": "2", "for": "4", "ate": "8"}[tok]
        if letters:
            if tok in NATO:
                return NATO[tok]
            if tok in HOMO:
                return HOMO[tok]
            if len(tok) == 1:
                return tok.upper()
        return None

    while i < len(toks):
        tk = toks[i]
        if tk == "dblyou":
            out.append("W")
            i += 1
            continue
        if tk in ("double", "triple") and i + 1 < len(toks):
            e = one(toks[i + 1])
            if e is not None:
                out.append(e * (2 if tk == "double" else 3))
                i += 2
                continue
        if tk.isdigit():
            out.append(tk)
            i += 1
            continue
        if not letters and tk in ("to", "too", "for", "ate"):
            out.append({"to": "2", "too": "2", "for": "4", "ate": "8"}[tk])
            i += 1
            continue
        if tk in TEENS:
            out.append(str(10 + TEENS.index(tk)))
            i += 1
            continue
        tv = [k for k, w in TENS.items() if w == tk]
        if tv:
            if i + 1 < len(toks) and toks[i + 1] in UNITS[1:]:
                out.append(str(tv[0]) + str(UNITS.index(toks[i + 1])))
                i += 2
            else:
                out.append(str(tv[0]) + "0")
                i += 1
            continue
        if tk == "hundred":
            out.append("00")
            i += 1
            continue
        if letters and len(tk) == 1 and i + 2 < len(toks) and toks[i + 1] in ("for", "as"):
            j = i + 2
            if toks[j] == "in":
                j += 1
            out.append(tk.upper())
            i = j + 1
            continue
        e = one(tk)
        if e is not None:
            out.append(e)
        i += 1
    return "".join(out)


def norm(text, letters=False):
    if re.search(r"\d", text):
        s = "".join(ch for ch in text if ch.isalnum() and ch.isascii())
        return s.upper() if letters else "".join(ch for ch in s if ch.isdigit())
    return spoken_norm(text, letters)


MONTH_RE = re.compile(r"\b(" + "|".join(MON3) + r")", re.I)
ADDR_SUFF = {s.lower() for s in SUFF} | {s.lower() for s in SUFF_ABBR.values()}


def valid(typ, texts):
    if typ in ("EMAIL",):
        t = " ".join(texts).strip().lower()
        if "@" not in t:
            t = re.sub(r"\s+at\s+", "@", " " + t + " ").strip()
            t = re.sub(r"\s+dot\s+", ".", t).replace(" underscore ", "_").replace(" dash ", "-").replace(" hyphen ", "-")
            t = t.replace(" ", "")
        return bool(re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", t))
    if typ == "ADDRESS":
        t = " ".join(texts).lower()
        has_num = bool(re.search(r"\d", t)) or any(w in t.split() for w in UNITS[1:] + TEENS + list(TENS.values()))
        return has_num and any(w.strip(".,") in ADDR_SUFF for w in t.split())
    if typ == "DOB":
        t = " ".join(texts)
        d = norm(t)
        return bool(MONTH_RE.search(t)) or 4 <= len(d) <= 8
    if typ == "EXPIRY":
        t = " ".join(texts)
        d = norm(t)
        return bool(MONTH_RE.search(t)) or 3 <= len(d) <= 6
    letters = typ in ("NI_NUMBER", "IBAN", "POSTCODE")
    s = "".join(norm(t, letters) for t in texts)
    if typ == "CARD_NUMBER":
        return s.isdigit() and 13 <= len(s) <= 19 and luhn_ok(s)
    if typ == "CVV":
        return bool(re.fullmatch(r"\d{3,4}", s))
    if typ == "SSN":
        return bool(re.fullmatch(r"\d{9}", s))
    if typ == "NI_NUMBER":
        return bool(re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", s))
    if typ == "BANK_ACCOUNT":
        return bool(re.fullmatch(r"\d{6,12}", s))
    if typ == "SORT_CODE":
        return bool(re.fullmatch(r"\d{6}", s))
    if typ == "IBAN":
        return iban_ok(s)
    if typ == "PHONE":
        return bool(re.fullmatch(r"\d{10,14}", s))
    if typ == "POSTCODE":
        return bool(re.fullmatch(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}|\d{5}(\d{4})?", s))
    return False


def partition_ok(typ, texts):
    n = len(texts)
    ok = [False] * (n + 1)
    ok[0] = True
    for j in range(1, n + 1):
        for i in range(j):
            if ok[i] and valid(typ, texts[i:j]):
                ok[j] = True
                break
    return ok[n]


def check_cases(cases):
    probs = []
    ids = set()
    for c in cases:
        cid = c["id"]
        if cid in ids:
            probs.append("duplicate id " + cid)
        ids.add(cid)
        if c["kind"] == "negative" and c["spans"]:
            probs.append(cid + ": negative with spans")
        if c["kind"] == "positive" and not c["spans"]:
            probs.append(cid + ": positive without spans")
        for t in c["turns"]:
            if t["speaker"] not in (A, C):
                probs.append(cid + ": bad speaker")
        last = {}
        bytype = {}
        for sp in sorted(c["spans"], key=lambda s: (s["turn"], s["start"])):
            if sp["type"] not in TYPES:
                probs.append(cid + ": bad type " + sp["type"])
                continue
            if not 0 <= sp["turn"] < len(c["turns"]):
                probs.append(cid + ": turn out of range")
                continue
            text = c["turns"][sp["turn"]]["text"]
            s, e = sp["start"], sp["end"]
            if not (0 <= s < e <= len(text)):
                probs.append(cid + ": offsets out of range")
                continue
            if (s > 0 and text[s - 1].isalnum()) or (e < len(text) and text[e].isalnum()):
                probs.append(cid + ": span not on word boundary %r" % text[s:e])
            if not (text[s].isalnum() or text[s] in "+(") or not text[e - 1].isalnum():
                probs.append(cid + ": span has edge whitespace/punct %r" % text[s:e])
            if last.get(sp["turn"], -1) > s:
                probs.append(cid + ": overlapping spans")
            last[sp["turn"]] = e
            bytype.setdefault(sp["type"], []).append(text[s:e])
        for typ, texts in bytype.items():
            if not partition_ok(typ, texts):
                probs.append(cid + ": invalid %s value(s) %r" % (typ, texts))
    return probs


def counts(cases):
    cnt = Counter(sp["type"] for c in cases for sp in c["spans"])
    pos = sum(1 for c in cases if c["kind"] == "positive")
    neg = sum(1 for c in cases if c["kind"] == "negative")
    return cnt, pos, neg


def readme(cases):
    cnt, pos, neg = counts(cases)
    typed = sum(1 for c in cases if not c["note"].startswith("call/"))
    rows = "\n".join("| %s | %d |" % (t, cnt[t]) for t in TYPES)
    return """# PII hold-out set h291

**Never use this set for tuning.** It is a held-out evaluation set; looking at
failures here and adjusting the redactor to them destroys its value.

## Who wrote it and how

Written by an AI helper acting as an independent author. The author did not
see the redaction code, its tests, its docs or any other PII fixture; the only
data consulted was a three-line example of the JSONL format. Cases are produced
by `scripts/make_pii_holdout291.py` from template functions: every turn is
assembled from plain-text segments and (value, TYPE) segments, so span offsets
are computed, never typed by hand. All values come from one
`random.Random(291241125)`; output is byte-for-byte reproducible.
`python scripts/make_pii_holdout291.py --check` regenerates and verifies the
file (ids, offsets, word boundaries, overlaps, and value validity after
normalising spoken forms: Luhn, mod-97, NI shape, digit counts, postcode shape).

Emphasis: about two thirds typed channels (web chat, SMS, e-mail bodies,
social DMs) with messy typing (odd separators incl. no-break spaces and en
dashes, lower/mixed case, values split over messages, emojis, typos around
values); the rest are phone calls written as an ASR transcript (number words,
oh/o/nought/zero, double/triple, digit pairs, NATO spelling, letter homophones
such as "see", "are", "double you", digit homophones "to"/"too"/"for"/"ate"
inside digit-only values, back-channels between fragments, agent read-backs,
self-corrections).

## Annotation conventions

* A span covers exactly the value: from its first to its last letter/digit,
  including inner separators and spoken filler words ("um") that sit inside a
  reading; it never includes the lead-in ("card number is", "it's") or
  trailing punctuation/emoji.
* A value split across turns is labelled as one span per fragment, all with
  the same type. Agent read-backs are labelled too.
* In a self-correction both the wrong and the corrected value are labelled.
* ADDRESS = optional flat/apt/unit + house number + street name + street type;
  the town is not part of the span, the postcode/ZIP is a separate POSTCODE
  span. POSTCODE = UK postcode or US ZIP / ZIP+4 (no Eircodes).
* EXPIRY = month and year of a card; DOB = the whole date of birth incl. year;
  CVV = the 3/4-digit code.
* PHONE includes a leading "+44"/"plus four four"/"1-" country/trunk prefix.
* EMAIL spoken forms ("j dot smith at gmail dot com") are labelled in full.
* Negatives contain no PII at all: prices, balances, times, durations,
  counts, ages, temperatures, percentages, speeds, non-birth dates, years,
  order/ticket/claim/invoice/case/tracking/prescription numbers (<= 10
  digits, always with their reference word), flight, room, gate, seat,
  model numbers and meter readings.

## Counts

Positive cases: %d. Negative cases: %d. Typed-channel cases: %d of %d.

| type | spans |
|---|---|
%s
""" % (pos, neg, typed, pos + neg, rows)


def main():
    cases = build()
    data = serialise(cases)
    rd = readme(cases)
    probs = check_cases(cases)
    cnt, pos, neg = counts(cases)
    for t in TYPES:
        if cnt[t] < MIN_SPANS[t]:
            probs.append("too few %s spans: %d" % (t, cnt[t]))
    if pos < 170 or neg < 100:
        probs.append("too few cases: %d pos %d neg" % (pos, neg))
    if "--check" in sys.argv:
        for path, want in ((OUT, data), (README, rd)):
            try:
                with open(path, encoding="utf-8") as f:
                    have = f.read()
            except OSError:
                have = None
            if have != want:
                probs.append(path + " differs from regenerated output")
        # re-validate from the file on disk as well
        try:
            with open(OUT, encoding="utf-8") as f:
                disk = [json.loads(l) for l in f if l.strip()]
            probs += ["disk: " + p for p in check_cases(disk)]
        except (OSError, ValueError) as e:
            probs.append("cannot read fixture: %s" % e)
    else:
        os.makedirs(OUT_DIR, exist_ok=True)
        with open(OUT, "w", encoding="utf-8", newline="\n") as f:
            f.write(data)
        with open(README, "w", encoding="utf-8", newline="\n") as f:
            f.write(rd)
    print("cases: %d positive, %d negative" % (pos, neg))
    for t in TYPES:
        print("  %-13s %d" % (t, cnt[t]))
    if probs:
        print("PROBLEMS (%d):" % len(probs))
        for p in probs[:60]:
            print("  " + p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()

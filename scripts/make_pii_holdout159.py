#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set h159.

Written by an independent author (AI helper) who did not see the redaction
code.  Standard library only.  Output is byte-for-byte reproducible.

    python scripts/make_pii_holdout159.py          # write fixture + README
    python scripts/make_pii_holdout159.py --check  # regenerate and verify
"""
import json
import os
import random
import re
import sys
from datetime import date

SEED = 159241124
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUTDIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout159")
CASES = os.path.join(OUTDIR, "cases.jsonl")
README = os.path.join(OUTDIR, "README.md")
TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
       "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11,
       "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
       "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
       "twentieth": 20, "thirtieth": 30}
NATO = {"alpha": "a", "alfa": "a", "bravo": "b", "charlie": "c", "delta": "d", "echo": "e",
        "foxtrot": "f", "golf": "g", "hotel": "h", "india": "i", "juliet": "j",
        "kilo": "k", "lima": "l", "mike": "m", "november": "n", "papa": "p",
        "quebec": "q", "romeo": "r", "sierra": "s", "tango": "t", "uniform": "u",
        "victor": "v", "whiskey": "w", "xray": "x", "yankee": "y", "zulu": "z"}
NATO_BY_LETTER = {}
for _w, _l in NATO.items():
    NATO_BY_LETTER.setdefault(_l, _w)
FILLERS = {"um", "uh", "er", "erm", "ah", "hmm", "and", "then", "plus", "dash", "space",
           "the", "of", "is", "it's", "its", "that's", "hyphen", "slash"}


HOMO = {"to": "2", "too": "2", "won": "1", "ate": "8", "fore": "4", "for": "4"}


class V:
    """A labelled value segment."""
    def __init__(self, text, typ, canon, spoken, group=None, check=True):
        self.text, self.typ, self.canon = text, typ, canon
        self.spoken, self.group, self.check = spoken, group, check


# ---------------------------------------------------------------- speaking
def zero_word(rng):
    return rng.choice(["zero", "oh", "oh", "o", "nought"])


def dword(d, z):
    return z if d == "0" else ONES[int(d)]


def say_plain(s, rng, z=None):
    z = z or zero_word(rng)
    return " ".join(dword(c, z) for c in s)


def say_double(s, rng, z=None):
    z = z or zero_word(rng)
    out, i = [], 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        run = j - i
        while run > 0:
            if run >= 3 and rng.random() < 0.8:
                out.append("triple " + dword(s[i], z)); run -= 3
            elif run >= 2:
                out.append("double " + dword(s[i], z)); run -= 2
            else:
                out.append(dword(s[i], z)); run -= 1
        i = j
    return " ".join(out)


def say_pair(p, last, z):
    a, b = p[0], p[1]
    if a == "0":
        return z + " " + dword(b, z)
    if a == "1":
        return TEENS[int(b)]
    if b == "0":
        return ONES[int(a)] + " " + z
    return TENS[int(a)] + " " + ONES[int(b)]


def say_pairs(s, rng, z=None):
    z = z or zero_word(rng)
    out = []
    i = 0
    if len(s) % 2:
        out.append(dword(s[0], z)); i = 1
    while i < len(s):
        out.append(say_pair(s[i:i + 2], i + 2 >= len(s), z)); i += 2
    return " ".join(out)


def say_any(s, rng, z=None):
    return rng.choice([say_plain, say_plain, say_double, say_pairs])(s, rng, z)


def say_letter(c, rng, style=None):
    c = c.lower()
    style = style or rng.choice(["bare", "bare", "for", "nato"])
    if style == "bare":
        return c
    if style == "nato":
        return NATO_BY_LETTER[c]
    return c + " for " + NATO_BY_LETTER[c]


# ---------------------------------------------------------------- normalising
def norm_spoken(text, dates=False):
    """Spoken ASR form -> upper-case alnum string; returns (value, unknown_words)."""
    toks = re.sub(r"[^a-z0-9']+", " ", text.lower()).split()
    out, unk, i = [], [], 0
    wmap = {w: str(k) for k, w in enumerate(ONES)}
    wmap.update({"oh": "0", "o": "0", "nought": "0", "zero": "0"})
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if t.isdigit():
            out.append(t)
        elif t == "two" and nxt == "thousand":
            i += 2
            if i < len(toks) and toks[i] == "and":
                i += 1
            t2 = toks[i] if i < len(toks) else None
            if t2 in wmap:
                out.append("200" + wmap[t2])
            elif t2 in TEENS:
                out.append("20" + str(10 + TEENS.index(t2)))
            else:
                out.append("2000"); i -= 1
        elif t in ("double", "triple") and nxt in wmap:
            out.append(wmap[nxt] * (2 if t == "double" else 3)); i += 1
        elif t in TEENS:
            out.append(str(10 + TEENS.index(t)))
        elif t in TENS and t:
            n = TENS.index(t)
            if nxt in wmap and nxt not in ("oh", "o", "nought", "zero"):
                out.append(str(n) + wmap[nxt]); i += 1
            elif nxt in ORD and ORD[nxt] < 10:
                out.append(str(n) + str(ORD[nxt])); i += 1
            else:
                out.append(str(n) + "0")
        elif t in ORD:
            out.append("%02d" % ORD[t] if ORD[t] >= 10 else str(ORD[t]))
        elif t in MONTHS and (dates or t not in NATO):
            out.append("%02d" % (MONTHS.index(t) + 1))
        elif t in wmap:
            out.append(wmap[t])
        elif t in HOMO:
            out.append(HOMO[t])
        elif len(t) == 1 and nxt == "for" and i + 2 < len(toks):
            out.append(t.upper()); i += 2
        elif len(t) == 1:
            out.append(t.upper())
        elif t in NATO:
            out.append(NATO[t].upper())
        elif t in FILLERS:
            pass
        else:
            unk.append(t)
        i += 1
    return "".join(out), unk


def norm_email_spoken(text):
    toks = text.lower().replace(",", " ").split()
    m = {"dot": ".", "at": "@", "underscore": "_", "dash": "-", "hyphen": "-"}
    m.update({w: str(k) for k, w in enumerate(ONES)})
    return "".join(m.get(t, t) for t in toks)


def alnum(s):
    return re.sub(r"[^A-Za-z0-9]", "", s).upper()


# ---------------------------------------------------------------- value makers
def luhn_ok(s):
    tot = 0
    for i, c in enumerate(reversed(s)):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def make_card(rng, kind=None):
    kind = kind or rng.choice(["visa", "visa", "mc", "mc", "amex", "disc", "visa19", "mc2"])
    if kind == "visa":
        pre, n = "4", 16
    elif kind == "visa19":
        pre, n = "4", 19
    elif kind == "mc":
        pre, n = str(rng.randint(51, 55)), 16
    elif kind == "mc2":
        pre, n = str(rng.randint(2221, 2720)), 16
    elif kind == "amex":
        pre, n = rng.choice(["34", "37"]), 15
    else:
        pre, n = "6011", 16
    body = pre + "".join(str(rng.randint(0, 9)) for _ in range(n - len(pre) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def card_groups(c):
    if len(c) == 15:
        return [c[:4], c[4:10], c[10:]]
    if len(c) == 19:
        return [c[:4], c[4:8], c[8:12], c[12:16], c[16:]]
    return [c[i:i + 4] for i in range(0, len(c), 4)]


def type_card(c, rng):
    g = card_groups(c)
    st = rng.choice(["sp", "sp", "dash", "none", "dot", "mixed"])
    if st == "sp":
        return " ".join(g)
    if st == "dash":
        return "-".join(g)
    if st == "none":
        return c
    if st == "dot":
        return ".".join(g)
    return g[0] + " " + "".join(g[1:3]) + " " + " ".join(g[3:]) if len(g) > 3 else " ".join(g)


def make_ssn(rng):
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, rng.randint(1, 99), rng.randint(1, 9999))


def ssn_ok(s):
    return (len(s) == 9 and s.isdigit() and s[:3] not in ("000", "666") and s[0] != "9"
            and s[3:5] != "00" and s[5:] != "0000")


NI_FIRST = "ABCEGHJKLMNPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"
NI_BAD = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}
NI_RE = re.compile(r"^[ABCEGHJ-PRSTW-Z][ABCEGHJ-NPRSTW-Z]\d{6}[A-D]$")


def make_ni(rng):
    while True:
        p = rng.choice(NI_FIRST.replace("O", "")) + rng.choice(NI_SECOND)
        if p not in NI_BAD:
            break
    return p + "".join(str(rng.randint(0, 9)) for _ in range(6)) + rng.choice("ABCD")


def ni_ok(s):
    return bool(NI_RE.match(s)) and s[:2] not in NI_BAD


def iban_check(country, bban):
    s = bban + country + "00"
    num = "".join(str(int(ch, 36)) for ch in s)
    return "%02d" % (98 - int(num) % 97)


def iban_ok(s):
    s = s.upper()
    if not re.match(r"^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in r)) % 97 == 1


BANK_LETTERS = "ABCDEFGHJKLMNPRSTWXYZ"  # no I/O/Q/U/V to keep spoken forms clean


def make_iban(rng, country=None):
    country = country or rng.choice(["GB", "GB", "IE", "DE", "FR", "NL", "ES"])
    dg = lambda n: "".join(str(rng.randint(0, 9)) for _ in range(n))
    if country in ("GB", "IE"):
        bban = "".join(rng.choice(BANK_LETTERS) for _ in range(4)) + dg(14)
    elif country == "DE":
        bban = dg(18)
    elif country == "FR":
        bban = dg(23)
    elif country == "NL":
        bban = "".join(rng.choice(BANK_LETTERS) for _ in range(4)) + dg(10)
    else:
        bban = dg(20)
    return country + iban_check(country, bban) + bban


def type_iban(s, rng):
    g = [s[i:i + 4] for i in range(0, len(s), 4)]
    st = rng.choice(["sp", "sp", "none", "lower"])
    if st == "sp":
        return " ".join(g)
    if st == "none":
        return s
    return " ".join(g).lower()


def say_iban(s, rng):
    parts = []
    i = 0
    while i < len(s):
        if s[i].isalpha():
            parts.append(say_letter(s[i], rng, rng.choice(["bare", "bare", "for"])))
            i += 1
        else:
            j = i
            while j < len(s) and s[j].isdigit():
                j += 1
            chunk = s[i:j]
            parts.append(" ".join(say_plain(chunk[k:k + 4], rng, "zero")
                                  for k in range(0, len(chunk), 4)))
            i = j
    return " ".join(parts)


def make_phone(rng, kind=None):
    """returns (digits canonical without +, typed form, spoken form)"""
    kind = kind or rng.choice(["ukmob", "ukland", "us", "ie", "ukintl", "usintl", "ieintl"])
    d = lambda n: "".join(str(rng.randint(0, 9)) for _ in range(n))
    if kind == "ukmob":
        n = "07" + rng.choice(["7", "8", "9", "4"]) + d(8)
        typed = rng.choice([n[:5] + " " + n[5:], n, n[:5] + " " + n[5:8] + " " + n[8:]])
        spoken = say_any(n[:5], rng) + " " + say_any(n[5:8], rng) + " " + say_any(n[8:], rng)
    elif kind == "ukland":
        n = "0" + rng.choice(["20", "161", "113", "131", "117"]) + ""
        n = n + d(11 - len(n))
        typed = n[:3] + " " + n[3:7] + " " + n[7:] if n.startswith("020") else \
            rng.choice([n[:4] + " " + n[4:7] + " " + n[7:], "(" + n[:4] + ") " + n[4:]])
        spoken = say_any(n[:4], rng) + " " + say_any(n[4:7], rng) + " " + say_any(n[7:], rng)
    elif kind == "us":
        n = str(rng.randint(2, 9)) + d(2) + str(rng.randint(2, 9)) + d(6)
        typed = rng.choice(["(%s) %s-%s" % (n[:3], n[3:6], n[6:]), "%s-%s-%s" % (n[:3], n[3:6], n[6:]),
                            "%s.%s.%s" % (n[:3], n[3:6], n[6:])])
        spoken = say_any(n[:3], rng) + " " + say_any(n[3:6], rng) + " " + say_any(n[6:], rng)
    elif kind == "ie":
        n = "08" + rng.choice("35679") + d(7)
        typed = rng.choice([n[:3] + " " + n[3:6] + " " + n[6:], n])
        spoken = say_any(n[:3], rng) + " " + say_any(n[3:6], rng) + " " + say_any(n[6:], rng)
    elif kind == "ukintl":
        n = "447" + rng.choice("789") + d(8)
        typed = rng.choice(["+44 " + n[2:6] + " " + n[6:], "+44" + n[2:], "0044 " + n[2:]])
        if typed.startswith("0044"):
            n = "00" + n
        spoken = "plus " + say_plain("44", rng) + " " + say_any(n[-10:-6], rng) + " " + \
            say_any(n[-6:], rng)
        n = n.lstrip("0") if not typed.startswith("0044") else n
    elif kind == "usintl":
        n = "1" + str(rng.randint(2, 9)) + d(2) + str(rng.randint(2, 9)) + d(6)
        typed = "+1 %s %s %s" % (n[1:4], n[4:7], n[7:])
        spoken = "plus one " + say_any(n[1:4], rng) + " " + say_any(n[4:7], rng) + " " + \
            say_any(n[7:], rng)
    else:
        n = "3538" + rng.choice("35679") + d(7)
        typed = "+353 " + n[3:5] + " " + n[5:8] + " " + n[8:]
        spoken = "plus " + say_plain("353", rng) + " " + say_any(n[3:5], rng) + " " + \
            say_any(n[5:8], rng) + " " + say_any(n[8:], rng)
    return n, typed, spoken


FIRST = ["sarah", "james", "priya", "tomasz", "aoife", "mohammed", "linda", "kevin", "siobhan",
         "daniel", "grace", "oluwaseun", "megan", "carlos", "hannah", "niamh", "robert", "fatima",
         "peter", "emily", "declan", "joanne", "marek", "yusuf"]
LAST = ["jones", "patel", "murphy", "kowalski", "smith", "obrien", "nguyen", "williams", "kelly",
        "garcia", "brennan", "hughes", "okafor", "walsh", "taylor", "schmidt", "clarke", "byrne"]
DOMAINS = [("gmail", "com"), ("hotmail", "co.uk"), ("yahoo", "com"), ("outlook", "com"),
           ("eircom", "net"), ("btinternet", "com"), ("icloud", "com"), ("web", "de"),
           ("proton", "me"), ("sky", "com")]


def make_email(rng):
    f, l = rng.choice(FIRST), rng.choice(LAST)
    dom, tld = rng.choice(DOMAINS)
    sep = rng.choice([".", "", "_", "."])
    num = rng.choice(["", "", str(rng.randint(1, 99))])
    local = rng.choice([f + sep + l, f[0] + sep + l, f + sep + l[0], l + sep + f]) + num
    e = local + "@" + dom + "." + tld
    # spoken
    sp = []
    for part in re.split(r"([._])", local):
        if part == ".":
            sp.append("dot")
        elif part == "_":
            sp.append("underscore")
        elif part:
            m = re.match(r"^([a-z]*)(\d*)$", part)
            if m.group(1):
                sp.append(m.group(1) if len(m.group(1)) > 1 else m.group(1))
            if m.group(2):
                sp.append(" ".join(ONES[int(c)] for c in m.group(2)))
    sp.append("at")
    sp.append(dom)
    for t in tld.split("."):
        sp.append("dot")
        sp.append(t)
    return e, " ".join(sp)


STREETS = ["elm grove", "station road", "church lane", "victoria street", "maple avenue",
           "park crescent", "mill lane", "oak drive", "high street", "king street",
           "willow close", "greenfield road", "main street", "riverside drive", "pine court",
           "cedar avenue", "harbour view", "the meadows", "orchard way", "st johns road"]
US_STREETS = ["oak street", "maple avenue", "lincoln boulevard", "washington avenue",
              "elm street", "sunset drive", "pine ridge road", "cedar lane", "lakeview terrace"]


def number_words(n):
    if n < 10:
        return ONES[n]
    if n < 20:
        return TEENS[n - 10]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else " " + ONES[n % 10])
    return number_words(n // 100) + " hundred" + (" and " + number_words(n % 100) if n % 100 else "")


def say_house(n, rng):
    if n < 100:
        return number_words(n)
    return say_pairs(str(n), rng, "oh") if rng.random() < 0.5 else say_plain(str(n), rng, "oh")


def make_address(rng, us=False, spoken=False):
    n = rng.randint(1, 240) if not us else rng.randint(100, 9899)
    st = rng.choice(US_STREETS if us else STREETS)
    flat = rng.random() < 0.2 and not us
    if spoken:
        s = ("flat " + number_words(rng.randint(1, 12)) + " " if flat else "") + say_house(n, rng) + " " + st
    else:
        stt = " ".join(w.capitalize() for w in st.split())
        s = ("Flat %d, " % rng.randint(1, 12) if flat else "") + "%d %s" % (n, stt)
        if rng.random() < 0.3:
            s = s.lower()
    return s, str(n)


PC_LET = "ABCDEFGHJKLMNPRSTWXY"


def make_uk_postcode(rng):
    area = rng.choice(["SW", "M", "LS", "B", "EH", "G", "CF", "BS", "NE", "L", "E", "N", "SE",
                       "W", "BT", "KT", "RG", "DN", "CB", "NG"])
    if area in ("SW", "W", "E", "N") and rng.random() < 0.3:
        out = area + str(rng.randint(1, 9)) + rng.choice("ABCHJKMNPRW")
    else:
        out = area + str(rng.randint(1, 28))
    inw = str(rng.randint(0, 9)) + rng.choice(PC_LET) + rng.choice(PC_LET)
    return out + " " + inw


UK_PC_RE = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$")


def say_postcode(pc, rng):
    parts = []
    for ch in pc.replace(" ", ""):
        if ch.isalpha():
            parts.append(say_letter(ch, rng, rng.choice(["bare", "bare", "bare", "for"])))
        else:
            parts.append(dword(ch, rng.choice(["zero", "oh", "nought"])))
    return " ".join(parts)


def make_zip(rng):
    z = "%05d" % rng.randint(1001, 99950)
    if rng.random() < 0.2:
        z += "-%04d" % rng.randint(1, 9999)
    return z


def make_dob(rng):
    y = rng.randint(1938, 2004)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    return date(y, m, d)


def ordinal(n):
    if n in ORD.values():
        return [k for k, v in ORD.items() if v == n][0]
    t = n // 10
    u = n % 10
    return TENS[t] + " " + [k for k, v in ORD.items() if v == u][0]


def say_dob(dt, rng):
    yr = dt.year
    ys = TEENS[9] + " " + number_words(yr % 100) if yr < 2000 else \
        rng.choice(["two thousand and " + ONES[yr % 100] if yr % 100 < 10 else "twenty " + number_words(yr % 100),
                    "two thousand " + number_words(yr % 100) if yr % 100 else "two thousand"])
    if yr < 2000 and yr % 100 < 10:
        ys = "nineteen oh " + ONES[yr % 10]
    if yr < 2000 and rng.random() < 0.25:
        ys = number_words(yr % 100) if yr % 100 >= 10 else ys
    st = rng.choice(["uk", "uk", "us", "digits"])
    if st == "uk":
        return "the " + ordinal(dt.day) + " of " + MONTHS[dt.month - 1] + " " + ys
    if st == "us":
        return MONTHS[dt.month - 1] + " " + ordinal(dt.day) + " " + ys
    return say_pairs("%02d" % dt.day, rng, "oh") + " " + say_pairs("%02d" % dt.month, rng, "oh") + " " + ys


def type_dob(dt, rng, us=False):
    st = rng.choice(["slash", "slash", "long", "dash", "iso", "short"])
    if st == "slash":
        return ("%02d/%02d/%d" % (dt.month, dt.day, dt.year)) if us else ("%02d/%02d/%d" % (dt.day, dt.month, dt.year))
    if st == "long":
        return "%d %s %d" % (dt.day, MONTHS[dt.month - 1].capitalize(), dt.year) if not us else \
            "%s %d, %d" % (MONTHS[dt.month - 1].capitalize(), dt.day, dt.year)
    if st == "dash":
        return "%d-%d-%d" % ((dt.month, dt.day, dt.year) if us else (dt.day, dt.month, dt.year))
    if st == "iso":
        return dt.isoformat()
    return "%d.%d.%02d" % (dt.day, dt.month, dt.year % 100)


def make_expiry(rng):
    return rng.randint(1, 12), rng.randint(26, 32)


def type_expiry(m, y, rng):
    return rng.choice(["%02d/%02d" % (m, y), "%02d/20%02d" % (m, y), "%02d-%02d" % (m, y),
                       "%02d%02d" % (m, y), "%s %d" % (MONTHS[m - 1][:3].capitalize(), 2000 + y)])


def say_expiry(m, y, rng):
    st = rng.choice(["digits", "month", "month20"])
    if st == "digits":
        return say_pairs("%02d" % m, rng, rng.choice(["oh", "zero"])) + " " + number_words(y)
    if st == "month":
        return MONTHS[m - 1] + " " + number_words(y)
    return MONTHS[m - 1] + " twenty " + number_words(y)


def digits(rng, n, first_nonzero=False):
    s = "".join(str(rng.randint(0, 9)) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = str(rng.randint(1, 9)) + s[1:]
    return s


# ---------------------------------------------------------------- segment helpers
def A(*segs):
    return ("agent", list(segs))


def C(*segs):
    return ("customer", list(segs))


def say_card(c, rng, filler=False):
    z = zero_word(rng)
    gs = [say_any(g, rng, z) for g in card_groups(c)]
    if filler:
        k = rng.randint(1, len(gs) - 1)
        gs[k] = rng.choice(["um", "uh", "er"]) + " " + gs[k]
    return " ".join(gs)


def Vcard_typed(c, rng):
    return V(type_card(c, rng), "CARD_NUMBER", c, False)


def Vcard_spoken(c, rng, filler=False):
    return V(say_card(c, rng, filler), "CARD_NUMBER", c, True)


def Vexp(rng, spoken):
    m, y = make_expiry(rng)
    t = say_expiry(m, y, rng) if spoken else type_expiry(m, y, rng)
    return V(t, "EXPIRY", "%02d%02d" % (m, y), spoken)


def Vcvv(rng, spoken, n=3):
    c = digits(rng, n)
    return V(say_any(c, rng) if spoken else c, "CVV", c, spoken)


def Vssn(rng, spoken):
    s = make_ssn(rng)
    if spoken:
        st = rng.choice(["plain", "groups", "pairs"])
        if st == "plain":
            t = say_plain(s, rng)
        elif st == "groups":
            t = say_any(s[:3], rng) + " " + say_any(s[3:5], rng) + " " + say_any(s[5:], rng)
        else:
            t = say_plain(s[:3], rng) + " " + say_pairs(s[3:5], rng) + " " + say_pairs(s[5:], rng)
        return V(t, "SSN", s, True)
    t = rng.choice(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s.%s.%s"]) % (s[:3], s[3:5], s[5:])
    return V(t, "SSN", s, False)


def say_ni(n, rng):
    st = rng.choice(["bare", "for", "nato", "mixed"])
    def L(ch):
        return say_letter(ch, rng, st if st != "mixed" else None)
    dz = rng.choice(["zero", "oh", "nought"])
    num = rng.choice([say_plain, say_pairs, say_double])(n[2:8], rng, dz)
    return L(n[0]) + " " + L(n[1]) + " " + num + " " + L(n[8])


def type_ni(n, rng):
    st = rng.choice(["none", "sp", "sp2", "lower", "dash"])
    if st == "none":
        return n
    if st == "sp":
        return "%s %s %s %s %s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8])
    if st == "sp2":
        return "%s %s %s" % (n[:2], n[2:8], n[8])
    if st == "lower":
        return n.lower()
    return "%s-%s-%s-%s-%s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8])


def Vni(rng, spoken):
    n = make_ni(rng)
    return V(say_ni(n, rng) if spoken else type_ni(n, rng), "NI_NUMBER", n, spoken)


def Vsort(rng, spoken):
    s = digits(rng, 6, True)
    if spoken:
        z = zero_word(rng)
        t = rng.choice([say_pairs, say_plain, say_double])(s, rng, z) if rng.random() < 0.5 else \
            " ".join(say_pairs(s[i:i + 2], rng, z) for i in (0, 2, 4))
        return V(t, "SORT_CODE", s, True)
    return V(rng.choice(["%s-%s-%s", "%s %s %s", "%s%s%s"]) % (s[:2], s[2:4], s[4:]), "SORT_CODE", s, False)


def Vacct(rng, spoken, n=8):
    a = digits(rng, n)
    if spoken:
        t = say_any(a[:4], rng) + " " + say_any(a[4:], rng)
        return V(t, "BANK_ACCOUNT", a, True)
    return V(rng.choice([a, a[:4] + " " + a[4:]]), "BANK_ACCOUNT", a, False)


def Viban(rng, spoken, country=None):
    i = make_iban(rng, country)
    return V(say_iban(i, rng) if spoken else type_iban(i, rng), "IBAN", i, spoken)


def Vphone(rng, spoken, kind=None):
    n, typed, sp = make_phone(rng, kind)
    t = sp if spoken else typed
    return V(t, "PHONE", norm_spoken(t)[0] if spoken else alnum(t), spoken)


def Vemail(rng, spoken):
    e, sp = make_email(rng)
    if spoken:
        return V(sp, "EMAIL", e, True)
    t = e if rng.random() < 0.7 else e[0].upper() + e[1:]
    return V(t, "EMAIL", e.lower(), False)


def Vdob(rng, spoken, us=False):
    d = make_dob(rng)
    return V(say_dob(d, rng) if spoken else type_dob(d, rng, us), "DOB", d.isoformat(), spoken)


def Vpc(rng, spoken, us=False):
    if us:
        z = make_zip(rng)
        return V(say_plain(z.replace("-", ""), rng) if spoken else z, "POSTCODE", z.replace("-", ""), spoken)
    p = make_uk_postcode(rng)
    t = say_postcode(p, rng) if spoken else rng.choice([p, p, p.lower(), p.replace(" ", "")])
    return V(t, "POSTCODE", p.replace(" ", ""), spoken)


def Vaddr(rng, spoken, us=False):
    t, num = make_address(rng, us, spoken)
    return V(t, "ADDRESS", num, spoken)


def split_spoken(c, rng, typ, sizes, group):
    """split a digit string into spoken chunks of the given sizes (one V per chunk)."""
    out, i = [], 0
    z = zero_word(rng)
    for n in sizes:
        ch = c[i:i + n]
        out.append(V(say_any(ch, rng, z), typ, ch, True, group=group))
        i += n
    return out


def ref_digits(rng, n):
    return digits(rng, n, True)


BACK = ["mhm", "okay", "yep", "go on", "okay go on", "right", "uh huh", "yeah", "got that"]


# ---------------------------------------------------------------- positive templates
def p_card_call_full(rng):
    c = make_card(rng)
    ind = rng.choice(["banking", "telecom", "utilities", "insurance", "retail"])
    return [A("okay and can i take the long number across the front of the card please"),
            C(rng.choice(["yeah it's ", "sure ", "okay so it's ", ""]), Vcard_spoken(c, rng)),
            A("thank you and the expiry date"),
            C(Vexp(rng, True)),
            A("and the three digits on the back"),
            C(rng.choice(["", "it's ", "yeah "]), Vcvv(rng, True))], \
        "call/%s: card, expiry and CVV in successive turns" % ind


def p_card_split(rng):
    c = make_card(rng, rng.choice(["visa", "mc", "disc", "mc2"]))
    vs = split_spoken(c, rng, "CARD_NUMBER", [4, 4, 4, 4], "g1")
    turns = [A("go ahead with the card number when you're ready")]
    lead = ["right ", "so ", "", "okay "]
    for k, v in enumerate(vs):
        turns.append(C(rng.choice(lead) if k == 0 else "", v, rng.choice(["", "", " um"])))
        if k < 3:
            turns.append(A(rng.choice(BACK)))
    turns.append(A("lovely so that's the card ending %s yeah" % say_plain(c[-4:], rng)))
    turns.append(C("yeah that's it"))
    return turns, "call/%s: 16-digit card split over four customer turns, agent reads last four back (unlabelled)" % rng.choice(["retail", "travel", "telecom"])


def p_card_chat(rng):
    c = make_card(rng)
    order = ref_digits(rng, rng.choice([7, 8, 9]))
    return [C("hi, trying to pay for order #%s but the page keeps timing out" % order),
            A("Sorry about that! I can take the payment here securely. What's the card number?"),
            C(Vcard_typed(c, rng)),
            A("Thanks, and expiry + security code?"),
            C(rng.choice(["exp ", "expires ", ""]), Vexp(rng, False), rng.choice([" cvv ", " and ", ", cvc "]),
              Vcvv(rng, False, 4 if len(c) == 15 else 3))], \
        "chat/retail: typed card next to an order number, expiry and CVV in one message"


def p_card_correction(rng):
    c = make_card(rng, rng.choice(["visa", "mc"]))
    z = zero_word(rng)
    old = make_card(rng, "visa")
    wrong = V(" ".join(say_plain(g, rng, z) for g in card_groups(old)[:2]), "CARD_NUMBER", old[:8], True, check=False)
    return [A("and the card number please"),
            C(wrong, " no hang on that's my old one"),
            A("no problem take your time"),
            C("right sorry it's ", Vcard_spoken(c, rng)),
            A("okay thank you")], \
        "call/banking: caller starts reading an old card, abandons, reads the new one (both readings labelled; first partial)"


def p_card_filler(rng):
    c = make_card(rng)
    amount = "%d pounds %d" % (rng.randint(20, 900), rng.randint(10, 99))
    return [A("so the balance today is %s would you like to clear that" % amount),
            C("yes please on my card"),
            A("go ahead"),
            C(Vcard_spoken(c, rng, filler=True)),
            A("and the expiry"),
            C("uh ", Vexp(rng, True), " i think yeah")], \
        "call/utilities: card with filler word inside the reading, balance amount before it (unlabelled)"


def p_card_lastfour_new(rng):
    old = digits(rng, 4)
    c = make_card(rng)
    return [C("my card ending %s got cancelled so I need to update to my new one" % old),
            A("No problem, please type the new card number"),
            C(Vcard_typed(c, rng), rng.choice([" exp ", " - expiry "]), Vexp(rng, False))], \
        "chat/telecom: old card last-four (unlabelled) then new full card and expiry"


def p_card_amex_call(rng):
    c = make_card(rng, "amex")
    g = card_groups(c)
    vs = [V(say_any(g[0], rng), "CARD_NUMBER", g[0], True, "g1"),
          V(say_any(g[1], rng), "CARD_NUMBER", g[1], True, "g1"),
          V(say_any(g[2], rng), "CARD_NUMBER", g[2], True, "g1")]
    return [A("is that a visa or an amex"),
            C("amex it's ", vs[0]),
            A("mhm"),
            C(vs[1]),
            A("yep"),
            C(vs[2], " and the four digit code on the front is ", Vcvv(rng, True, 4))], \
        "call/travel: amex 4-6-5 grouping over three turns plus 4-digit CID"


def p_card_readback(rng):
    c = make_card(rng)
    return [C("the card is ", Vcard_spoken(c, rng)),
            A("let me read that back ", Vcard_spoken(c, rng)),
            C("correct")], \
        "call/insurance: card read by caller then read back by agent (both labelled)"


def p_ssn_call(rng):
    claim = ref_digits(rng, 8)
    return [A("for verification can i get your social security number"),
            C(rng.choice(["sure it's ", "yeah ", "okay ", ""]), Vssn(rng, True)),
            A("thank you and i see the claim %s is that the one you're calling about" % say_plain(claim, rng)),
            C("yes that one")], \
        "call/healthcare billing: spoken SSN, claim number read by agent digit by digit (unlabelled)"


def p_ssn_split(rng):
    s = make_ssn(rng)
    z = zero_word(rng)
    g = [V(say_any(s[:3], rng, z), "SSN", s[:3], True, "g1"),
         V(say_any(s[3:5], rng, z), "SSN", s[3:5], True, "g1"),
         V(say_any(s[5:], rng, z), "SSN", s[5:], True, "g1")]
    return [A("and the social"),
            C(g[0]), A(rng.choice(BACK)), C(g[1]), A(rng.choice(BACK)), C(g[2]),
            A("perfect thank you")], \
        "call/government services: SSN split 3-2-4 over three turns"


def p_ssn_chat(rng):
    amt = "$%d.%02d" % (rng.randint(40, 3000), rng.randint(0, 99))
    return [C("Hi I got a bill for %s from my visit on %s %d, I think insurance should cover it" %
              (amt, MONTHS[rng.randint(0, 11)].capitalize(), rng.randint(1, 28))),
            A("I can look into that. Can you confirm your SSN and date of birth?"),
            C(rng.choice(["ssn ", "SSN: ", "social is ", ""]), Vssn(rng, False), rng.choice([", dob ", " and ", " - born "]),
              Vdob(rng, False, us=True))], \
        "chat/healthcare billing: SSN and DOB in one message after an amount and visit date (unlabelled)"


def p_ssn_dob_call(rng):
    return [A("can you verify your social and date of birth"),
            C("social is ", Vssn(rng, True), " and i was born ", Vdob(rng, True)),
            A("thank you")], \
        "call/banking: SSN and DOB in one turn"


def p_ssn_correction(rng):
    s = make_ssn(rng)
    wrong = V(say_plain(s[:5], rng), "SSN", s[:5], True, check=False)
    return [A("last thing i need is your social"),
            C(wrong, " no wait sorry let me start again ", V(say_plain(s, rng), "SSN", s, True)),
            A("got it")], \
        "call/insurance: SSN restarted mid-reading in the same turn (both readings labelled)"


def p_ni_call(rng):
    return [A("can i take your national insurance number please"),
            C(rng.choice(["yeah it's ", "it's ", "okay ", ""]), Vni(rng, True)),
            A("thank you")], \
        "call/government services: NI number spoken, letters bare, phonetic or 'x for y'"


def p_ni_chat(rng):
    ref = ref_digits(rng, 10)
    return [C("Hello my universal credit payment hasn't arrived. ref %s" % ref),
            A("Sorry to hear that. Please confirm your National Insurance number."),
            C(Vni(rng, False))], \
        "chat/government services: typed NI number, 10-digit reference earlier (unlabelled)"


def p_ni_split(rng):
    n = make_ni(rng)
    dz = rng.choice(["zero", "oh", "nought"])
    g = [V(say_letter(n[0], rng, "for") + " " + say_letter(n[1], rng, "for"), "NI_NUMBER", n[:2], True, "g1"),
         V(say_pairs(n[2:8], rng, dz) if rng.random() < 0.5 else say_plain(n[2:8], rng, dz), "NI_NUMBER", n[2:8], True, "g1"),
         V(say_letter(n[8], rng), "NI_NUMBER", n[8], True, "g1")]
    return [A("national insurance number"),
            C("it starts ", g[0]), A(rng.choice(BACK)), C(g[1]), A("and the last letter"), C("it's ", g[2])], \
        "call/employment benefits: NI number split letters / digits / suffix across turns"


def p_ni_pension(rng):
    amt = rng.randint(150, 260)
    return [A("your state pension is %s pounds %s a week paid every four weeks" % (number_words(amt), number_words(rng.randint(10, 99)))),
            C("right and can you change the bank details my ni number is ", Vni(rng, True)),
            A("thanks and the new sort code"),
            C(Vsort(rng, True)),
            A("and account number"),
            C(Vacct(rng, True))], \
        "call/government services: pension amount (unlabelled) then NI, sort code, account"


def p_bank_uk_chat(rng):
    return [C("Can you set up the refund to my bank, sort code ", Vsort(rng, False), " acc no ", Vacct(rng, False)),
            A("Thanks, the refund of £%d.%02d will take 3-5 working days." % (rng.randint(5, 400), rng.randint(0, 99)))], \
        "chat/retail: sort code and account in one message; refund amount and day count (unlabelled)"


def p_bank_uk_call(rng):
    a = digits(rng, 8)
    ga = [V(say_any(a[:4], rng), "BANK_ACCOUNT", a[:4], True, "g1"), V(say_any(a[4:], rng), "BANK_ACCOUNT", a[4:], True, "g1")]
    return [A("what's the sort code of the account the direct debit comes from"),
            C(Vsort(rng, True)),
            A("and the account number"),
            C(ga[0]), A(rng.choice(BACK)), C(ga[1], " that's it"),
            A("the first payment of %s pounds will go out on the %s" % (number_words(rng.randint(20, 99)), ordinal(rng.randint(1, 28))))], \
        "call/utilities: sort code then account number over two turns; payment amount and date (unlabelled)"


def p_bank_us(rng):
    return [A("what's the checking account number you'd like the refund sent to"),
            C(Vacct(rng, rng.random() < 0.5, rng.choice([9, 10, 11, 12])))], \
        "call-or-chat/banking US: checking account number, 9-12 digits"


def p_iban_chat(rng):
    inv = "INV-%s" % ref_digits(rng, 6)
    return [C("Please refund invoice %s to my account IBAN " % inv, Viban(rng, False), " thanks"),
            A("Thank you, we'll process that within 10 days.")], \
        "chat/travel EU: IBAN typed (grouped / ungrouped / lower case) after invoice number"


def p_iban_call(rng):
    return [A("can you give me the iban please"),
            C("okay it's ", Viban(rng, True, rng.choice(["IE", "GB", "DE", "NL"]))),
            A("thank you")], \
        "call/banking Ireland-EU: IBAN read aloud letters and digits"


def p_phone_call(rng):
    return [A("what's the best number to reach you on"),
            C(rng.choice(["it's ", "my mobile is ", "", "you can get me on "]), Vphone(rng, True)),
            A("and is it okay to call between %s and %s" % (rng.choice(["nine", "ten", "eight"]), rng.choice(["five", "six", "four thirty"]))),
            C("yeah that's fine")], \
        "call/telecom: phone number spoken (UK/US/IE, international forms), call window times (unlabelled)"


def p_phone_chat(rng):
    return [C(rng.choice(["pls call me back on ", "My number is ", "reach me at ", "mob: "]), Vphone(rng, False),
              rng.choice([" after 6pm", " thx", "", " any time tomorrow"]))], \
        "chat/telecom: typed phone number in different formats, time nearby (unlabelled)"


def p_phone_split(rng):
    n = "07" + rng.choice("789") + digits(rng, 8)
    z = zero_word(rng)
    g = [V(say_any(n[:5], rng, z), "PHONE", n[:5], True, "g1"), V(say_any(n[5:], rng, z), "PHONE", n[5:], True, "g1")]
    return [A("and a contact number"), C(g[0]), A(rng.choice(BACK)), C(g[1])], \
        "call/insurance: UK mobile over two turns"


def p_email_call(rng):
    return [A("and what email address should we send the confirmation to"),
            C(rng.choice(["it's ", "", "yeah it's "]), Vemail(rng, True)),
            A("brilliant")], \
        "call/travel: spoken email with 'dot' and 'at'"


def p_email_chat(rng):
    tn = "%s%s" % (rng.choice(["JD", "RM", "1Z"]), ref_digits(rng, 9))
    return [C("tracking %s says delivered but nothing here. email me at " % tn, Vemail(rng, False)),
            A("I'm sorry, I'll open an investigation and email you within 48 hours.")], \
        "chat/retail: typed email after a tracking number (unlabelled)"


def p_dob_call(rng):
    return [A("can you confirm your date of birth"),
            C(rng.choice(["it's ", "yeah ", "", "um "]), Vdob(rng, True)),
            A("and the first line of your address"),
            C(Vaddr(rng, True))], \
        "call/insurance: spoken DOB and street address"


def p_dob_chat(rng):
    appt = "%d %s" % (rng.randint(1, 28), MONTHS[rng.randint(0, 11)].capitalize())
    return [C("need to move my appointment on %s. DOB " % appt, Vdob(rng, False), " if you need it"),
            A("Thanks, I've found you.")], \
        "chat/healthcare: DOB typed right after an appointment date (appointment unlabelled)"


def p_pc_call(rng):
    return [A("can i take your postcode"),
            C(Vpc(rng, True)),
            A("and the house number"),
            C(rng.choice(["it's ", ""]), Vaddr(rng, True))], \
        "call/utilities UK: spoken postcode and house number + street"


def p_addr_chat(rng):
    reading = digits(rng, 5)
    return [C("Moving out on Friday, final meter reading %s. New address is " % reading, Vaddr(rng, False), ", ",
              Vpc(rng, False)),
            A("Thanks, I've noted that.")], \
        "chat/utilities: new address and postcode next to a meter reading (unlabelled)"


def p_addr_us(rng):
    return [A("what's the shipping address"),
            C(Vaddr(rng, rng.random() < 0.5, us=True), rng.choice([" springfield illinois ", " austin texas ", " portland oregon "]),
              Vpc(rng, rng.random() < 0.5, us=True))], \
        "call-or-chat/retail US: street address and ZIP code"


def p_zip_call(rng):
    return [A("and the billing zip code"),
            C(Vpc(rng, True, us=True)),
            A("thank you and the card security code"),
            C(Vcvv(rng, True))], \
        "call/retail US: ZIP then CVV"


def p_idv_mixed(rng):
    return [A("for security i need your date of birth and postcode"),
            C(Vdob(rng, True), " and the postcode is ", Vpc(rng, True)),
            A("thank you your appointment is confirmed for the %s of %s at %s" %
              (ordinal(rng.randint(1, 28)), MONTHS[rng.randint(0, 11)], rng.choice(["half ten", "two fifteen", "nine am"]))),
            C("great")], \
        "call/healthcare UK: DOB and postcode in one turn, appointment date and time after (unlabelled)"


def p_gov_full(rng):
    return [A("i'll just need a few details national insurance number first"),
            C(Vni(rng, True)),
            A("date of birth"),
            C(Vdob(rng, True)),
            A("and your address"),
            C(Vaddr(rng, True), " ", Vpc(rng, True))], \
        "call/government services: NI, DOB, address, postcode"


def p_travel_chat(rng):
    fl = rng.choice(["BA", "EI", "FR", "LH", "AA"]) + str(rng.randint(100, 2999))
    return [C("Booking for flight %s on %d %s. Card " % (fl, rng.randint(1, 28), MONTHS[rng.randint(0, 11)].capitalize()),
              Vcard_typed(make_card(rng), rng), " email ", Vemail(rng, False)),
            A("Thanks, confirmation sent.")], \
        "chat/travel: card and email after a flight number and travel date (unlabelled)"


def p_two_cards(rng):
    return [C("I've got two cards on file, remove ", Vcard_typed(make_card(rng), rng), " and keep ",
              Vcard_typed(make_card(rng), rng))], \
        "chat/banking: two full card numbers in one message"


def p_ni_typo_chat(rng):
    n = make_ni(rng)
    t = "%s %s %s" % (n[:2].lower(), n[2:8], n[8].lower())
    return [C("NI number ", V(t, "NI_NUMBER", n, False), " - sorry caps lock was off"), A("No worries!")], \
        "chat/payroll: NI typed lower case with spaces"


def p_phone_two(rng):
    return [C("home ", Vphone(rng, False, "ukland"), " or mobile ", Vphone(rng, False, "ukmob"))], \
        "chat/insurance UK: two phone numbers in one message"


def p_iban_ie_call_split(rng):
    i = make_iban(rng, "IE")
    z = "zero"
    g = [V(say_iban(i[:8], rng), "IBAN", i[:8], True, "g1"),
         V(say_plain(i[8:14], rng, z), "IBAN", i[8:14], True, "g1"),
         V(say_plain(i[14:], rng, z), "IBAN", i[14:], True, "g1")]
    return [A("go ahead with the iban"), C(g[0]), A("okay"), C(g[1]), A(rng.choice(BACK)), C(g[2])], \
        "call/banking Ireland: IBAN split across three turns"


def p_cvv_exp_only(rng):
    return [A("the card ending %s is that still the one you want to use" % say_plain(digits(rng, 4), rng)),
            C("yes"),
            A("can i take the expiry and the security code"),
            C(Vexp(rng, True), " and ", Vcvv(rng, True))], \
        "call/telecom: card last four read by agent (unlabelled), expiry and CVV labelled"


POSITIVES = [p_card_call_full, p_card_split, p_card_chat, p_card_correction, p_card_filler,
             p_card_lastfour_new, p_card_amex_call, p_card_readback, p_ssn_call, p_ssn_split,
             p_ssn_chat, p_ssn_dob_call, p_ssn_correction, p_ni_call, p_ni_chat, p_ni_split,
             p_ni_pension, p_bank_uk_chat, p_bank_uk_call, p_bank_us, p_iban_chat, p_iban_call,
             p_phone_call, p_phone_chat, p_phone_split, p_email_call, p_email_chat, p_dob_call,
             p_dob_chat, p_pc_call, p_addr_chat, p_addr_us, p_zip_call, p_idv_mixed, p_gov_full,
             p_travel_chat, p_two_cards, p_ni_typo_chat, p_phone_two, p_iban_ie_call_split,
             p_cvv_exp_only]


def homophones(text, rng):
    out = []
    for w in text.split(" "):
        if w == "two" and rng.random() < 0.5:
            w = "to"
        elif w == "four" and rng.random() < 0.5:
            w = "for"
        elif w == "one" and rng.random() < 0.15:
            w = "won"
        out.append(w)
    return " ".join(out)


def p_card_homophone(rng):
    c = make_card(rng, rng.choice(["visa", "mc"]))
    v = V(homophones(say_plain(c, rng), rng), "CARD_NUMBER", c, True)
    return [A("that comes to " + number_words(rng.randint(20, 99)) + " pounds " + number_words(rng.randint(10, 99)) + " today"),
            C("okay the card is " + "", v),
            A("and the expiry"),
            C(Vexp(rng, True))], \
        "call/retail: ASR homophones 'to'/'for'/'won' inside a card reading, price before it (unlabelled)"


def p_order_then_card(rng):
    o = ref_digits(rng, 9)
    return [A("can i take the order number first"),
            C("yeah it's " + say_plain(o, rng)),
            A("thanks and the card you'd like the refund to go back to"),
            C(Vcard_spoken(make_card(rng), rng))], \
        "call/retail: 9-digit order number read digit by digit (unlabelled) right before a card reading"


def p_phone_hours(rng):
    return [A("our technicians work eight till six so what number can they ring you on"),
            C(Vphone(rng, True, rng.choice(["ukmob", "ukland", "ukintl"])), " but not before ten please"),
            A("no problem")], \
        "call/telecom: phone number next to spoken working hours and a time (unlabelled)"


def p_dob_age(rng):
    d = make_dob(rng)
    age = 2026 - d.year
    return [A("and just to confirm your date of birth"),
            C("i'm " + number_words(age) if age < 100 else "i'm old", " so ", V(say_dob(d, rng), "DOB", d.isoformat(), True)),
            A("thank you")], \
        "call/insurance: age (unlabelled) right before a spoken DOB"


def p_chat_typo_card(rng):
    c = make_card(rng)
    return [C(rng.choice(["my crad no is ", "card nmber: ", "cc# ", "pls charge "]), Vcard_typed(c, rng),
              rng.choice([" exp ", " expirey ", " ex "]), Vexp(rng, False), rng.choice([" cvv ", " sec code ", " cvc: "]),
              Vcvv(rng, False, 4 if len(c) == 15 else 3), " for the £%d.%02d balance" % (rng.randint(10, 500), rng.randint(0, 99)))], \
        "chat/telecom: typos around card, expiry, CVV, balance amount after (unlabelled)"


def p_ssn_phone_chat(rng):
    return [C(rng.choice(["SSN ", "ss# ", "social "]), Vssn(rng, False), rng.choice([", cell ", " / phone ", " and my number is "]),
              Vphone(rng, False, rng.choice(["us", "usintl"])), rng.choice([" (call after 5pm ET)", "", " ext 204"]))], \
        "chat/banking US: SSN and phone in one message, time / extension nearby (unlabelled)"


def p_iban_amount(rng):
    return [C("I need to send €%s to " % "{:,.2f}".format(rng.randint(10000, 900000) / 100), Viban(rng, False, rng.choice(["DE", "FR", "NL", "ES", "IE"])),
              ", reference INV%s" % ref_digits(rng, 7)),
            A("Thanks, international transfers take 1-2 business days.")], \
        "chat/banking EU: IBAN between an amount and an invoice reference (unlabelled)"


def p_account_balance(rng):
    return [A("which account is it about"),
            C("the current account number ", Vacct(rng, True), " the balance says " + money_words(rng.randint(100, 9000)) + " pounds"),
            A("okay and the sort code for that"),
            C(Vsort(rng, True))], \
        "call/banking UK: account number then balance amount in same turn (amount unlabelled), sort code"


def p_ni_ref(rng):
    return [A("i've got your claim reference " + say_plain(ref_digits(rng, 8), rng) + " can you confirm your national insurance"),
            C(Vni(rng, True)),
            A("and your postcode"),
            C(Vpc(rng, True))], \
        "call/government services: claim reference read by agent (unlabelled), NI and postcode"


def p_email_chat_case(rng):
    e, _ = make_email(rng)
    t = e.upper() if rng.random() < 0.3 else e.capitalize()
    return [C("can you update my email to ", V(t, "EMAIL", e, False), " pls, old one is closed"),
            A("Done! Ticket %s has been updated." % ref_digits(rng, 8))], \
        "chat/utilities: email in capitals / mixed case, ticket number (unlabelled)"


def p_us_addr_call(rng):
    return [A("can you confirm the billing address"),
            C(Vaddr(rng, True, us=True), " apartment " + number_words(rng.randint(2, 40)) + " zip ", Vpc(rng, True, us=True)),
            A("thank you")], \
        "call/insurance US: spoken street address and ZIP (apartment number outside span)"


def p_card_double(rng):
    c = make_card(rng)
    z = zero_word(rng)
    return [A("the long card number please"),
            C(V(" ".join(say_double(g, rng, z) for g in card_groups(c)), "CARD_NUMBER", c, True), " and it runs out ", Vexp(rng, True))], \
        "call/travel: card with double/triple digit words then expiry in the same turn"


POSITIVES += [p_card_homophone, p_order_then_card, p_phone_hours, p_dob_age, p_chat_typo_card,
              p_ssn_phone_chat, p_iban_amount, p_account_balance, p_ni_ref, p_email_chat_case,
              p_us_addr_call, p_card_double]


def p_payroll_ni(rng):
    return [C("Payroll no. %s, tax code %dL, NI " % (ref_digits(rng, 6), rng.randint(1100, 1400)), Vni(rng, False),
              " - my payslip for %s shows emergency tax" % MONTHS[rng.randint(0, 11)].capitalize()),
            A("Thanks, I'll check with HMRC.")], \
        "chat/payroll UK: NI next to payroll number and tax code (unlabelled)"


def p_phone_doubleoh(rng):
    n = "4477" + digits(rng, 8)
    sp = "double oh " + say_plain("44", rng) + " " + say_any(n[2:6], rng) + " " + say_any(n[6:], rng)
    return [A("is there a number we can reach you on while you're abroad"),
            C("yeah it's my uk mobile ", V(sp, "PHONE", "00" + n, True), " i'm two hours ahead of you though"),
            A("no problem")], \
        "call/travel: UK mobile with 'double oh four four' prefix, time difference (unlabelled)"


def p_dob_us_chat(rng):
    d = make_dob(rng)
    t = "%d/%d/%02d" % (d.month, d.day, d.year % 100)
    return [C("Member ID %s%s, DOB: " % (rng.choice(["XJH", "WKP", "MBR"]), ref_digits(rng, 8)), V(t, "DOB", d.isoformat(), False),
              ", copay was $%d" % rng.choice([20, 25, 40, 50])),
            A("Thanks, I see the claim from %d/%d." % (rng.randint(1, 12), rng.randint(1, 28)))], \
        "chat/healthcare billing US: short US-format DOB between a member ID and a copay; service date (unlabelled)"


POSITIVES += [p_payroll_ni, p_phone_doubleoh, p_dob_us_chat]


# ---------------------------------------------------------------- negative templates
def money_words(n):
    if n >= 1000:
        th = n // 1000
        r = n % 1000
        s = number_words(th) + " thousand"
        if r:
            s += (" " + number_words(r)) if r >= 100 else (" and " + number_words(r))
        return s
    return number_words(n)


def n_order_spoken(rng):
    o = ref_digits(rng, rng.choice([8, 9, 10]))
    return [A("have you got the order number there"),
            C("yeah the order number is " + say_any(o, rng)),
            A("thanks that's showing as dispatched on the %s" % ordinal(rng.randint(1, 28)))], \
        "call/retail: 8-10 digit order number read digit by digit with its reference word"


def n_order_chat(rng):
    o = ref_digits(rng, 10)
    return [C("Order %s still hasn't shipped, placed it on %02d/%02d/2026" % (
        rng.choice([o, o[:3] + "-" + o[3:7] + "-" + o[7:]]), rng.randint(1, 28), rng.randint(1, 12))),
        A("Let me check order %s for you." % o)], \
        "chat/retail: 10-digit order number (grouped) and order date"


def n_amount_digits(rng):
    amt = rng.randint(1000, 9999)
    p = rng.randint(10, 99)
    return [A("so the outstanding balance is " + money_words(amt) + " pounds and " + number_words(p) + " pence"),
            C("sorry how much"),
            A("that's " + say_plain(str(amt), rng) + " pounds " + number_words(p))], \
        "call/banking: balance amount, repeated digit by digit"


def n_hours(rng):
    return [C("what time are you open till"),
            A("we're open eight till eight monday to friday and nine till five on saturday so " +
              rng.choice(["oh eight hundred to twenty hundred", "eight am to eight pm", "zero eight hundred to two thousand hours"]))], \
        "call/telecom: opening hours with spoken times"


def n_hours_chat(rng):
    return [C("are you open sunday?"),
            A("Our lines are open 08:00-20:00 Mon-Fri, 09:00-17:00 Sat, and 10:00 - 16:00 Sun.")], \
        "chat/retail: opening hours, phone-like run of times"


def n_model_serial(rng):
    model = rng.choice(["WF45R6100AW", "KGN36VLEAG", "HX-7720B", "UE55TU7100", "XR2240-S"])
    serial = ref_digits(rng, rng.choice([8, 9, 10]))
    return [A("can you read me the model and serial number from the sticker"),
            C("model " + model + " and the serial number is " + say_plain(serial, rng)),
            A("thanks that's still under warranty until %s" % rng.choice(["june twenty twenty seven", "march next year"]))], \
        "call/retail: appliance model number and 8-10 digit serial number"


def n_serial_chat(rng):
    serial = "SN" + ref_digits(rng, 10)
    return [C("The router serial is %s, model %s, firmware v%d.%d.%d" % (
        serial, rng.choice(["RT-AX58U", "HH6", "FritzBox 7590"]), rng.randint(1, 9), rng.randint(0, 20), rng.randint(0, 99)))], \
        "chat/telecom: serial and model numbers, firmware version"


def n_meter(rng):
    r = digits(rng, 5)
    r2 = digits(rng, 5)
    return [A("do you have a meter reading for me"),
            C("yeah the day reading is " + say_plain(r, rng) + " and night is " + say_pairs(r2, rng)),
            A("lovely and the meter serial ends in %s" % say_plain(digits(rng, 4), rng))], \
        "call/utilities: two meter readings read digit by digit"


def n_meter_chat(rng):
    return [C("Meter reading: %s kWh (electric), gas %s m3, taken 14:%02d today" % (
        digits(rng, 5), digits(rng, 5), rng.randint(0, 59)))], \
        "chat/utilities: typed meter readings and time"


def n_appt(rng):
    return [A("i can book you in on %s the %s of %s at %s" % (
        rng.choice(["monday", "tuesday", "thursday"]), ordinal(rng.randint(1, 28)), MONTHS[rng.randint(0, 11)],
        rng.choice(["ten forty five", "two thirty", "quarter past nine"]))),
        C("yeah that's fine the %s of %s works" % (ordinal(rng.randint(1, 28)), MONTHS[rng.randint(0, 11)]))], \
        "call/healthcare: appointment dates and times, not birth dates"


def n_payment_date(rng):
    d = date(2026, rng.randint(1, 12), rng.randint(1, 28))
    return [C("When will my direct debit come out? I set it up on %s" % d.strftime("%d/%m/%Y")),
        A("It will be taken on %s, then monthly on the %d%s." % (d.strftime("%d %B %Y"), d.day,
                                                                  "th" if d.day not in (1, 2, 3, 21, 22, 23) else {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}[d.day]))], \
        "chat/utilities: payment and set-up dates, not birth dates"


def n_contract(rng):
    return [A("your contract started on the %s of %s twenty twenty %s and runs for twenty four months" % (
        ordinal(rng.randint(1, 28)), MONTHS[rng.randint(0, 11)], ONES[rng.randint(2, 5)])),
        C("so when can i leave"),
        A("from the %s of %s twenty twenty %s with no early exit fee of %s pounds" % (
            ordinal(rng.randint(1, 28)), MONTHS[rng.randint(0, 11)], ONES[rng.randint(6, 9)], number_words(rng.randint(20, 99))))], \
        "call/telecom: contract start/end dates, month counts, fee"


def n_lastfour(rng):
    l4 = digits(rng, 4)
    return [A("i can see two cards the visa ending " + say_plain(l4, rng) + " and the mastercard ending " + say_plain(digits(rng, 4), rng)),
            C("use the one ending " + say_pairs(l4, rng))], \
        "call/retail: card last-four mentions only"


def n_lastfour_chat(rng):
    return [C("Why was my card ending in %s charged £%d.%02d twice on the %d%s?" % (
        digits(rng, 4), rng.randint(5, 300), rng.randint(0, 99), rng.randint(4, 20), "th")),
        A("I can see the two transactions of that amount; one is a pending authorisation.")], \
        "chat/banking: card last four, amount, date"


def n_tracking(rng):
    t = rng.choice(["JD", "RM", "AB", "LX"]) + digits(rng, 9) + "GB"
    return [C("My tracking number is %s, it's been stuck for 6 days" % t),
            A("Thanks, parcel %s is at the depot and should arrive within 24-48 hours." % t)], \
        "chat/retail: Royal Mail style tracking number (2 letters + 9 digits + GB), durations"


def n_ticket(rng):
    t = ref_digits(rng, rng.choice([7, 8, 9]))
    return [A("i'll give you a reference for today's call it's " + say_any(t, rng)),
            C("hang on let me write that down " + say_any(t, rng)),
            A("that's right")], \
        "call/insurance: call reference number, repeated back by caller"


def n_claim(rng):
    return [C("Claim number CLM-%s-%s, I sent the photos on the %dth" % (rng.randint(2024, 2026), ref_digits(rng, 6), rng.randint(4, 28))),
            A("Thanks, your claim for £%s is with the assessor, expect an update in 5-7 working days." % "{:,}".format(rng.randint(1200, 25000)))], \
        "chat/insurance: claim number with year, amount with thousands separator"


def n_invoice(rng):
    inv = ref_digits(rng, 10)
    return [A("invoice number " + say_plain(inv, rng) + " for " + money_words(rng.randint(100, 4000)) + " dollars"),
            C("yeah and the invoice date was " + MONTHS[rng.randint(0, 11)] + " " + ordinal(rng.randint(1, 28)))], \
        "call/retail US: 10-digit invoice number read digit by digit, dollar amount"


def n_flight(rng):
    k = rng.randint(0, 2)
    fl = ["ryanair", "aer lingus", "british airways"][k]
    code = ["f r", "e i", "b a"][k] + " " + say_plain(str(rng.randint(100, 9999)), rng)
    return [C("i'm on " + fl + " flight " + code + " departing at " + rng.choice(["six forty", "eighteen twenty", "half seven"])),
            A("okay and that's gate " + number_words(rng.randint(1, 60)) + " seat " + number_words(rng.randint(1, 33)) + " c")], \
        "call/travel: flight number, time, gate and seat"


def n_booking(rng):
    return [C("Booking ref %s, room %d, checking in %d %s for %d nights, 2 adults 1 child" % (
        "".join(rng.choice(BANK_LETTERS) for _ in range(6)), rng.randint(101, 1450), rng.randint(1, 28),
        MONTHS[rng.randint(0, 11)].capitalize(), rng.randint(1, 14)))], \
        "chat/travel: booking ref, room number, date, counts"


def n_speed(rng):
    return [A("you're on the %d meg package and i'm seeing %d point %d down and %d up with %d milliseconds ping" % (
        rng.choice([150, 500, 900]), rng.randint(10, 800), rng.randint(0, 9), rng.randint(5, 100), rng.randint(5, 60))),
        C("and it drops about %s times a day" % number_words(rng.randint(3, 20)))], \
        "call/telecom: broadband speeds, latency, counts"


def n_percent(rng):
    months = rng.choice([24, 36, 48, 60])
    return [C("What's the APR on the loan of £%s over %d months?" % ("{:,}".format(rng.randint(2, 30) * 1000), months)),
            A("It's %d.%d%% APR representative, so %d monthly payments of £%d.%02d." % (
                rng.randint(3, 29), rng.randint(0, 9), months, rng.randint(80, 900), rng.randint(0, 99)))], \
        "chat/banking: APR percentage, loan amount, payment count and amount"


def n_age_temp(rng):
    return [C("my mum is " + number_words(rng.randint(70, 95)) + " and the heating's been off since tuesday it's " +
              number_words(rng.randint(8, 14)) + " degrees in the house"),
            A("i'm sorry i'll book an engineer for tomorrow between eight and one")], \
        "call/utilities: age, temperature, time window"


def n_years(rng):
    return [C("i've been a customer since nineteen ninety " + ONES[rng.randint(1, 9)] + " and my bill's gone up " +
              number_words(rng.randint(10, 40)) + " percent"),
            A("i understand, since " + str(rng.randint(2019, 2025)) + " prices have risen across the board")], \
        "call/telecom: years and percentages"


def n_balance_chat(rng):
    return [C("balance?"),
            A("Your current balance is £%s, available £%s, and your last payment of £%d.%02d was received on %02d/%02d." % (
                "{:,.2f}".format(rng.randint(100, 900000) / 100), "{:,.2f}".format(rng.randint(100, 900000) / 100),
                rng.randint(10, 999), rng.randint(0, 99), rng.randint(1, 28), rng.randint(1, 12)))], \
        "chat/banking: balances and payment date"


def n_ivr(rng):
    return [A("press one for billing two for technical support or nine to repeat these options"),
            C("one one one"),
            A("your estimated wait time is " + number_words(rng.randint(2, 30)) + " minutes you are number " + number_words(rng.randint(2, 15)) + " in the queue")], \
        "call/telecom: IVR menu options and queue numbers"


def n_quantity(rng):
    return [C("I ordered %d x item %s (pack of %d) at £%d.%02d each, only received %d" % (
        rng.randint(2, 12), ref_digits(rng, 7), rng.choice([6, 12, 24]), rng.randint(1, 60), rng.randint(0, 99), rng.randint(1, 5)))], \
        "chat/retail: quantities, 7-digit product code, price"


def n_amount_long(rng):
    amt = rng.randint(100000, 999999)
    return [A("the mortgage redemption figure is " + "{:,}".format(amt) + " pounds valid until the " + ordinal(rng.randint(1, 28))),
            C("so " + say_plain(str(amt), rng) + " right")], \
        "call/banking: 6-7 digit amount said digit by digit by caller"


def n_case_ref(rng):
    return [C("Case ref %s-%s. Also ticket #%s" % (rng.choice(["CAS", "INC", "REQ"]), ref_digits(rng, 8), ref_digits(rng, 9))),
            A("Thanks, both are linked now.")], \
        "chat/telecom: case and ticket references with prefixes"


def n_vehicle(rng):
    return [C("the car's a %d %s with %s miles on it" % (rng.randint(2008, 2025), rng.choice(["ford focus", "vw golf", "toyota yaris"]),
                                                        "{:,}".format(rng.randint(5000, 150000)))),
            A("and the excess on the policy is %s pounds" % money_words(rng.choice([250, 500, 750, 1000])))], \
        "call/insurance: vehicle year, mileage, excess amount"


def n_tariff(rng):
    return [A("you've used %s gigs of your %s gig allowance and there's %s days left in the billing period" % (
        number_words(rng.randint(2, 99)), number_words(rng.choice([30, 50, 100])), number_words(rng.randint(2, 29)))),
        C("and the roaming is %s a day" % rng.choice(["two pounds fifty", "five euro", "two ninety nine"]))], \
        "call/telecom: data usage, day counts, roaming price"


def n_pin_reset_count(rng):
    return [C("I've tried 3 times and it's locked for 24 hours, it's 10:45 now"),
            A("Sorry! The lock clears automatically after 24h, so around 10:45 tomorrow (%s)." % (
                date(2026, rng.randint(1, 12), rng.randint(1, 28)).strftime("%d/%m/%Y")))], \
        "chat/banking: counts, durations, times, a non-birth date"


def n_digits_amount_chat(rng):
    amt = rng.randint(10000, 999999)
    return [C("refund was %s cents?? should be %s" % (amt, "{:,.2f}".format(amt / 100 * rng.randint(2, 9)))),
            A("Let me check the refund on account of %d items" % rng.randint(2, 9))], \
        "chat/retail US: amounts as long digit runs"


NEGATIVES = [n_order_spoken, n_order_chat, n_amount_digits, n_hours, n_hours_chat, n_model_serial,
             n_serial_chat, n_meter, n_meter_chat, n_appt, n_payment_date, n_contract, n_lastfour,
             n_lastfour_chat, n_tracking, n_ticket, n_claim, n_invoice, n_flight, n_booking,
             n_speed, n_percent, n_age_temp, n_years, n_balance_chat, n_ivr, n_quantity,
             n_amount_long, n_case_ref, n_vehicle, n_tariff, n_pin_reset_count]
def n_phone_like_ref(rng):
    r = "0" + ref_digits(rng, 9)
    return [A("your mandate reference is " + say_plain(r, rng)),
            C("is that the same as my customer number"),
            A("no your customer number is " + say_any(ref_digits(rng, 8), rng) + " and that's on the top of every bill")], \
        "call/utilities: 10-digit mandate reference starting with zero (phone-shaped) and customer number, both with their names"


def n_sortcode_like(rng):
    return [C("Payment of £%d.%02d on %02d/%02d/26 with reference %s-%s-%s isn't showing" % (
        rng.randint(10, 999), rng.randint(0, 99), rng.randint(1, 28), rng.randint(1, 12),
        digits(rng, 2), digits(rng, 2), digits(rng, 2))),
        A("I can see it pending, it'll clear within 2 working days.")], \
        "chat/banking: payment reference shaped like a sort code (NN-NN-NN) with its name, amount, date"


def n_card_fee(rng):
    base = rng.randint(1, 9) * 100
    pct = rng.randint(2, 3)
    tot = base * (100 + pct)
    return [A("there's a " + number_words(pct) + " percent fee on credit cards so " + money_words(base) +
              " pounds becomes " + money_words(tot // 100) + " pounds"),
            C("and if i pay by the card ending " + say_plain(digits(rng, 4), rng) + " that's debit")], \
        "call/retail: card fee percentage and amounts, card last four only"


def n_parcel_long(rng):
    t = "1Z" + "".join(rng.choice("ABCDEFGHJKLMNPRSTWXY") for _ in range(6)) + digits(rng, 8)
    return [C("UPS tracking %s shows exception, weight 2.4kg, box 40x30x20cm" % t),
            A("Thanks, I've raised a trace, reference %s." % ref_digits(rng, 9))], \
        "chat/retail US: long UPS tracking number with letters, weights, dimensions, reference"


def n_dates_chat(rng):
    return [C("I was charged on %s and again on %s, my renewal date is %s" % (
        date(2026, rng.randint(1, 12), rng.randint(1, 28)).strftime("%d/%m/%Y"),
        date(2026, rng.randint(1, 12), rng.randint(1, 28)).strftime("%d.%m.%Y"),
        "%d %s 2027" % (rng.randint(1, 28), MONTHS[rng.randint(0, 11)].capitalize())))], \
        "chat/insurance: three non-birth dates (charge, renewal)"


def n_imei(rng):
    return [A("can you read the order reference from the box"),
            C("the order reference is " + say_any(ref_digits(rng, 10), rng) + " and it's the " +
              rng.choice(["one hundred and twenty eight", "two hundred and fifty six"]) + " gig model")], \
        "call/telecom: 10-digit order reference read aloud with its name, storage size"


NEGATIVES += [n_phone_like_ref, n_sortcode_like, n_card_fee, n_parcel_long, n_dates_chat, n_imei]


N_POS = 224
N_NEG = 150


# ---------------------------------------------------------------- build
def assemble(cid, kind, turns, note):
    out_turns, spans, metas = [], [], []
    for ti, (spk, segs) in enumerate(turns):
        text = ""
        for seg in segs:
            if isinstance(seg, str):
                text += seg
            else:
                st = len(text)
                text += seg.text
                spans.append({"turn": ti, "start": st, "end": len(text), "type": seg.typ})
                metas.append(seg)
        out_turns.append({"speaker": spk, "text": text})
    return {"id": cid, "kind": kind, "turns": out_turns, "spans": spans, "note": note}, metas


def generate():
    rng = random.Random(SEED)
    cases, metas = [], []
    for i in range(N_POS):
        tpl = POSITIVES[i % len(POSITIVES)]
        turns, note = tpl(rng)
        c, m = assemble("h159-pos-%03d" % (i + 1), "positive", turns, note)
        cases.append(c); metas.append(m)
    for i in range(N_NEG):
        tpl = NEGATIVES[i % len(NEGATIVES)]
        turns, note = tpl(rng)
        c, m = assemble("h159-neg-%03d" % (i + 1), "negative", turns, note)
        cases.append(c); metas.append(m)
    return cases, metas


def dump(cases):
    return "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cases)


# ---------------------------------------------------------------- validation
def norm_value(v):
    """normalise the surface text of a labelled segment to compare with its canonical value"""
    if v.typ == "EMAIL":
        return (norm_email_spoken(v.text) if v.spoken else v.text.lower()), []
    if v.spoken:
        return norm_spoken(v.text, v.typ in ("DOB", "EXPIRY"))
    if v.typ == "EXPIRY":
        t = v.text.lower()
        for k, m in enumerate(MONTHS):
            t = t.replace(m[:3], "%02d" % (k + 1))
        return alnum(t), []
    return alnum(v.text), []


def canon_ok(typ, c):
    if typ == "CARD_NUMBER":
        return c.isdigit() and 13 <= len(c) <= 19 and luhn_ok(c)
    if typ == "CVV":
        return c.isdigit() and len(c) in (3, 4)
    if typ == "EXPIRY":
        return c.isdigit() and len(c) == 4 and 1 <= int(c[:2]) <= 12
    if typ == "SSN":
        return ssn_ok(c)
    if typ == "NI_NUMBER":
        return ni_ok(c)
    if typ == "BANK_ACCOUNT":
        return c.isdigit() and 6 <= len(c) <= 12
    if typ == "SORT_CODE":
        return c.isdigit() and len(c) == 6
    if typ == "IBAN":
        return iban_ok(c)
    if typ == "PHONE":
        return c.isdigit() and 10 <= len(c) <= 14
    if typ == "EMAIL":
        return bool(re.match(r"^[a-z0-9._-]+@[a-z0-9-]+(\.[a-z]{2,})+$", c))
    if typ == "DOB":
        try:
            d = date.fromisoformat(c)
        except ValueError:
            return False
        return 1900 < d.year < 2010
    if typ == "POSTCODE":
        return bool(UK_PC_RE.match(c)) or (c.isdigit() and len(c) in (5, 9))
    if typ == "ADDRESS":
        return c.isdigit()
    return False


def check_value_surface(v, normed):
    """type-specific comparison of normalised surface vs canonical."""
    if v.typ in ("DOB",):
        d = date.fromisoformat(v.canon)
        return ("%02d" % (d.year % 100)) in normed and str(d.day) in normed
    if v.typ == "ADDRESS":
        return v.canon in normed.replace(" ", "") or normed.startswith(v.canon) or v.canon in normed
    if v.typ == "EXPIRY":
        return normed.endswith(v.canon[2:]) and v.canon[:2] in normed
    if v.typ == "PHONE":
        return normed == v.canon
    return normed == v.canon.upper() if v.typ != "EMAIL" else normed == v.canon


def validate(cases, metas):
    errs = []
    ids = set()
    counts = {t: 0 for t in TYPES}
    npos = nneg = 0
    for c, ms in zip(cases, metas):
        cid = c["id"]
        if cid in ids:
            errs.append("%s: duplicate id" % cid)
        ids.add(cid)
        if c["kind"] == "positive":
            npos += 1
            if not c["spans"]:
                errs.append("%s: positive without spans" % cid)
        else:
            nneg += 1
            if c["spans"]:
                errs.append("%s: negative with spans" % cid)
        prev = {}
        for sp in sorted(c["spans"], key=lambda s: (s["turn"], s["start"])):
            t = c["turns"][sp["turn"]]["text"]
            if not (0 <= sp["start"] < sp["end"] <= len(t)):
                errs.append("%s: offsets out of range" % cid); continue
            if sp["start"] > 0 and t[sp["start"] - 1].isalnum():
                errs.append("%s: span start not on word boundary" % cid)
            if sp["end"] < len(t) and t[sp["end"]].isalnum():
                errs.append("%s: span end not on word boundary" % cid)
            if t[sp["start"]].isspace() or t[sp["end"] - 1].isspace():
                errs.append("%s: span has surrounding whitespace" % cid)
            if sp["turn"] in prev and prev[sp["turn"]] > sp["start"]:
                errs.append("%s: overlapping spans" % cid)
            prev[sp["turn"]] = sp["end"]
            if sp["type"] not in TYPES:
                errs.append("%s: bad type %s" % (cid, sp["type"]))
            else:
                counts[sp["type"]] += 1
        groups = {}
        for sp, v in zip(c["spans"], ms):
            txt = c["turns"][sp["turn"]]["text"][sp["start"]:sp["end"]]
            if txt != v.text or sp["type"] != v.typ:
                errs.append("%s: span text mismatch" % cid)
            if not v.check:
                continue
            normed, unk = norm_value(v)
            if unk and v.typ not in ("ADDRESS", "DOB", "EMAIL"):
                errs.append("%s: %s unknown words %r in %r" % (cid, v.typ, unk, v.text))
            if v.group:
                g = groups.setdefault(v.group, [v.typ, "", ""])
                g[1] += normed
                g[2] += v.canon
                if normed != v.canon.upper():
                    errs.append("%s: %s chunk %r normalises to %r not %r" % (cid, v.typ, v.text, normed, v.canon))
                continue
            if not canon_ok(v.typ, v.canon):
                errs.append("%s: invalid %s value %r" % (cid, v.typ, v.canon))
            if not check_value_surface(v, normed):
                errs.append("%s: %s %r normalises to %r, expected %r" % (cid, v.typ, v.text, normed, v.canon))
        for gid, (typ, normed, canon) in groups.items():
            if not canon_ok(typ, canon.upper() if typ in ("IBAN", "NI_NUMBER") else canon):
                errs.append("%s: invalid split %s value %r" % (cid, typ, canon))
    for t in TYPES:
        need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
        if counts[t] < need:
            errs.append("type %s has only %d spans (need %d)" % (t, counts[t], need))
    if npos < 170 or nneg < 100:
        errs.append("too few cases: %d positive %d negative" % (npos, nneg))
    return errs, counts, npos, nneg


def readme(counts, npos, nneg):
    rows = "\n".join("| %s | %d |" % (t, counts[t]) for t in TYPES)
    return """# PII hold-out set h159

**Never use this set for tuning.** It is a held-out evaluation set: do not
look at individual failures to adjust patterns, thresholds or word lists.

## Who wrote it and how

Written by an AI helper acting as an independent author. The author did not
see the redaction code, its tests, its documentation, the benchmark script or
any other PII fixture (only a 3-line example of the JSONL format). Every case
is produced by `scripts/make_pii_holdout159.py` from template functions; each
turn is assembled from plain-text segments and labelled `(value, TYPE)`
segments, so offsets are computed, never typed by hand. All values come from
one `random.Random(%d)`; output is byte-for-byte reproducible.

    python scripts/make_pii_holdout159.py          # writes cases.jsonl + README.md
    python scripts/make_pii_holdout159.py --check  # regenerates and verifies

`--check` verifies: identical regeneration, unique ids, offsets in range and on
word boundaries, no overlapping spans, and each value after normalising spoken
forms (digit words, oh/o/nought, double/triple, pairs like "forty one",
teens, ordinals, month names, "b for bravo"/NATO letters, "dot"/"at" in
e-mails): Luhn for cards, mod-97 for IBANs, NI format, 9-digit SSN with valid
area/group/serial, 6-digit sort codes, 3-4 digit CVVs, 10-14 digit phones,
6-12 digit accounts, UK postcode / US ZIP shapes, valid birth dates.

## Contents

%d positive cases, %d negative cases. Chat cases are typed text (varied
separators, case, formatting); call cases imitate ASR output (lower case, no
punctuation, numbers as words, values split over several customer turns with
agent back-channels, fillers inside readings, self-corrections, agent read-backs).
Industries: banking, telecom, utilities, retail, insurance, travel, healthcare
billing, government services; US, UK, Ireland, EU.

| type | spans |
|---|---|
%s

## Annotation conventions

* A span covers the value only, from its first to its last token: the digits or
  number words, the spoken letters including "x for xray" and NATO words, the
  separators inside it, and filler words ("um", "er") that fall *inside* the
  reading. Lead-ins ("it's", "my number is", "yeah") and trailing chit-chat are
  outside.
* A value split over several customer turns is labelled as one span per turn
  (each chunk on its own); agent back-channels between them are not labelled.
* When a caller starts reading a value, abandons it and reads it again, both
  readings are labelled (the abandoned one is a partial value and is not
  format-checked).
* When the agent reads a full value back, the read-back is labelled too.
  Card *last four* mentions ("ending four four one seven") are never labelled
  and appear in negatives.
* PHONE includes a leading "+44"/"plus four four" country code.
* ADDRESS covers flat number, house number and street name; the town is not in
  the span; the postcode/ZIP is its own POSTCODE span.
* DOB covers the whole date expression ("the third of july nineteen seventy
  nine", "03/07/1979"), without "born"/"DOB".
* EXPIRY covers month and year; CVV the 3 or 4 digits.
* Negatives contain no PII at all: order/invoice/ticket/claim/case/tracking
  numbers with their reference words (some read digit by digit, up to 10
  digits), amounts read digit by digit, opening hours, model/serial numbers,
  meter readings, appointment/payment/contract dates, card last-four, flight,
  gate, room and seat numbers, speeds, percentages, ages, temperatures, years,
  balances and quantities. Positive cases also carry such numbers (unlabelled)
  next to the PII.
""" % (SEED, npos, nneg, rows)


def main():
    cases, metas = generate()
    errs, counts, npos, nneg = validate(cases, metas)
    data = dump(cases)
    rd = readme(counts, npos, nneg)
    if "--check" in sys.argv[1:]:
        try:
            with open(CASES, encoding="utf-8") as f:
                if f.read() != data:
                    errs.append("cases.jsonl differs from regenerated output")
        except OSError as e:
            errs.append("cannot read %s: %s" % (CASES, e))
        try:
            with open(README, encoding="utf-8") as f:
                if f.read() != rd:
                    errs.append("README.md differs from regenerated output")
        except OSError as e:
            errs.append("cannot read %s: %s" % (README, e))
        # re-parse file as JSON and re-check offsets from the file itself
        for line in data.splitlines():
            json.loads(line)
    else:
        os.makedirs(OUTDIR, exist_ok=True)
        with open(CASES, "w", encoding="utf-8") as f:
            f.write(data)
        with open(README, "w", encoding="utf-8") as f:
            f.write(rd)
    print("h159: %d positive, %d negative, %d spans" % (npos, nneg, sum(counts.values())))
    for t in TYPES:
        print("  %-13s %d" % (t, counts[t]))
    if errs:
        for e in errs[:60]:
            print("ERROR:", e)
        print("%d problem(s)" % len(errs))
        return 1
    print("OK" + (" (--check passed)" if "--check" in sys.argv[1:] else " (written)"))
    return 0


if __name__ == "__main__":
    sys.exit(main())

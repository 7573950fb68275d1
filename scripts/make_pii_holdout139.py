#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set ``pii_holdout139``.

Written by an AI helper acting as an independent author that never saw the
redaction code.  Standard library only; output is byte-for-byte reproducible
from the seed below.

    python scripts/make_pii_holdout139.py          # write fixture + README
    python scripts/make_pii_holdout139.py --check  # regenerate and verify
"""
from __future__ import annotations

import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

SEED = 139241124
ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "tests" / "fixtures" / "pii_holdout139"
CASES = OUT_DIR / "cases.jsonl"
README = OUT_DIR / "README.md"
PFX = "h139"

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

R = random.Random(SEED)

# ---------------------------------------------------------------------------
# segments and case builder
# ---------------------------------------------------------------------------
_gid = [0]


class V:
    """A labelled value segment. ``canon`` is the canonical typed value the
    (concatenated) spans of ``group`` must normalise to (None = shape only)."""

    def __init__(self, text, typ, canon=None, group=None):
        self.text, self.typ, self.canon = text, typ, canon
        if group is None:
            _gid[0] += 1
            group = "g%d" % _gid[0]
        self.group = group


def newgroup():
    _gid[0] += 1
    return "g%d" % _gid[0]


class Case:
    def __init__(self, kind, note):
        self.kind, self.note = kind, note
        self.turns, self.spans, self.meta = [], [], []

    def t(self, speaker, *segs):
        text = ""
        idx = len(self.turns)
        for s in segs:
            if isinstance(s, V):
                st = len(text)
                text += s.text
                self.spans.append({"turn": idx, "start": st, "end": len(text), "type": s.typ})
                self.meta.append((s.group, s.canon))
            else:
                text += s
        self.turns.append({"speaker": speaker, "text": text})
        return self

    def a(self, *segs):
        return self.t("agent", *segs)

    def c(self, *segs):
        return self.t("customer", *segs)


# ---------------------------------------------------------------------------
# spoken-number helpers
# ---------------------------------------------------------------------------
UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
ORD = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth",
       7: "seventh", 8: "eighth", 9: "ninth", 10: "tenth", 11: "eleventh", 12: "twelfth",
       13: "thirteenth", 14: "fourteenth", 15: "fifteenth", 16: "sixteenth",
       17: "seventeenth", 18: "eighteenth", 19: "nineteenth", 20: "twentieth", 30: "thirtieth"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
MON3 = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "f": "foxtrot",
        "g": "golf", "h": "hotel", "i": "india", "j": "juliet", "k": "kilo", "l": "lima",
        "m": "mike", "n": "november", "o": "oscar", "p": "papa", "q": "quebec", "r": "romeo",
        "s": "sierra", "t": "tango", "u": "uniform", "v": "victor", "w": "whiskey",
        "x": "x-ray", "y": "yankee", "z": "zulu"}
CASUAL = {"a": "apple", "b": "boy", "c": "cat", "d": "dog", "e": "edward", "g": "george",
          "h": "harry", "j": "john", "k": "king", "l": "london", "m": "mother", "n": "nancy",
          "p": "peter", "r": "robert", "s": "sugar", "t": "tommy", "w": "william", "x": "x-ray",
          "y": "yellow", "z": "zebra"}


def ordinal(n):
    if n in ORD:
        return ORD[n]
    return TENS[n // 10] + " " + ORD[n % 10]


def zero_word(uk=False):
    return R.choice(["oh", "oh", "zero", "o"] + (["nought"] if uk else []))


def say_digits(ds, uk=False, multi=True, zw=None):
    """Digit-by-digit with optional double/triple."""
    zw = zw or zero_word(uk)
    words = []
    i = 0
    while i < len(ds):
        d = ds[i]
        w = zw if d == "0" else UNITS[int(d)]
        run = 1
        while i + run < len(ds) and ds[i + run] == d and run < 3:
            run += 1
        if multi and run == 3 and R.random() < 0.6:
            words.append("triple " + w)
            i += 3
            continue
        if multi and run >= 2 and R.random() < 0.6:
            words.append("double " + w)
            i += 2
            continue
        words.append(w)
        i += 1
    return " ".join(words)


def say_pair(p, zw="oh", tens_ok=False):
    a, b = int(p[0]), int(p[1])
    if a == 0:
        if b == 0:
            return R.choice(["double " + zw, zw + " " + zw])
        return zw + " " + UNITS[b]
    if a == 1:
        return TEENS[b]
    if b == 0:
        # a bare "forty" followed by a digit word would be heard as "forty eight"
        return TENS[a] if tens_ok else UNITS[a] + " " + zw
    return TENS[a] + " " + UNITS[b]


def say_group(g, uk=False, zw=None):
    """Say a group either digit by digit or as pairs when even length."""
    zw = zw or zero_word(uk)
    if len(g) % 2 == 0 and R.random() < 0.45:
        return " ".join(say_pair(g[i:i + 2], zw) for i in range(0, len(g), 2))
    return say_digits(g, uk, zw=zw)


def say_year(y):
    y = int(y)
    if y >= 2000:
        r = y - 2000
        if r == 0:
            return "two thousand"
        if r < 10:
            return R.choice(["two thousand and " + UNITS[r], "two thousand " + UNITS[r]])
        return R.choice(["two thousand and " + say_pair("%02d" % r, tens_ok=True), "twenty " + say_pair("%02d" % r, tens_ok=True)])
    return say_pair(str(y)[:2], tens_ok=True) + " " + say_pair(str(y)[2:], tens_ok=True)


def say_small(n):
    if n < 10:
        return UNITS[n]
    return say_pair("%02d" % n, tens_ok=True)


def chunks(s, sizes):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    return out


def pick(*xs):
    return R.choice(xs)


FILL = ["um", "uh", "er", "erm"]

# ---------------------------------------------------------------------------
# value generators
# ---------------------------------------------------------------------------

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


def luhn_complete(prefix, length):
    body = prefix + "".join(R.choice("0123456789") for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def gen_card():
    k = R.random()
    if k < 0.38:
        return luhn_complete("4" + R.choice(["0", "1", "5", "6", "9", "4"]), 16), "visa"
    if k < 0.68:
        return luhn_complete(R.choice(["51", "52", "53", "54", "55", "22"]), 16), "mastercard"
    if k < 0.80:
        return luhn_complete(R.choice(["34", "37"]), 15), "amex"
    if k < 0.90:
        return luhn_complete("6011", 16), "discover"
    if k < 0.95:
        return luhn_complete("4", 13), "visa13"
    return luhn_complete(R.choice(["4", "6759"]), 19), "long"


def card_groups(num):
    if len(num) == 15:
        return [4, 6, 5]
    if len(num) == 13:
        return [4, 4, 5]
    if len(num) == 19:
        return [4, 4, 4, 4, 3]
    return [4, 4, 4, 4]


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
        if p not in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ"):
            break
    return p + "".join(R.choice("0123456789") for _ in range(6)) + R.choice("ABCD")


def gen_digits(n, first_nonzero=False):
    s = "".join(R.choice("0123456789") for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = R.choice("123456789") + s[1:]
    return s


def iban_check(country, bban):
    rearr = bban + country + "00"
    num = "".join(str(int(ch, 36)) for ch in rearr)
    return "%02d" % (98 - int(num) % 97)


def iban_valid(iban):
    iban = iban.upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", iban):
        return False
    rearr = iban[4:] + iban[:4]
    return int("".join(str(int(ch, 36)) for ch in rearr)) % 97 == 1


def gen_iban():
    k = R.choice(["GB", "IE", "IE", "DE", "NL", "FR", "ES", "BE"])
    if k == "GB":
        bban = R.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + gen_digits(14)
    elif k == "IE":
        bban = R.choice(["AIBK", "BOFI", "IPBS", "ULSB"]) + gen_digits(14)
    elif k == "DE":
        bban = gen_digits(18)
    elif k == "NL":
        bban = R.choice(["ABNA", "INGB", "RABO"]) + gen_digits(10)
    elif k == "FR":
        bban = gen_digits(23)
    elif k == "ES":
        bban = gen_digits(20)
    else:
        bban = gen_digits(12)
    return k + iban_check(k, bban) + bban


def gen_sort():
    return R.choice(["20", "40", "60", "30", "11", "09", "77", "83", "16", "56"]) + gen_digits(4)


def gen_phone():
    k = R.choice(["uk_mob", "uk_mob", "uk_geo", "us", "us", "ie_mob", "ie_geo"])
    if k == "uk_mob":
        return "07" + R.choice(["7", "8", "9", "4", "5"]) + gen_digits(8), k
    if k == "uk_geo":
        return R.choice(["0161", "0113", "0121", "0141", "0117", "0131"]) + gen_digits(7, True), k
    if k == "us":
        return R.choice(["415", "212", "617", "312", "503", "718", "929", "646", "470", "832"]) + \
            R.choice("23456789") + gen_digits(6), k
    if k == "ie_mob":
        return "08" + R.choice(["3", "5", "6", "7", "9"]) + gen_digits(7, True), k
    return R.choice(["01", "021", "091"]) + gen_digits(7, True), k


def fmt_phone(num, kind, intl=False):
    if kind == "uk_mob":
        if intl:
            return pick("+44 " + num[1:5] + " " + num[5:], "+44" + num[1:], "0044 " + num[1:5] + " " + num[5:],
                        "+44 (0)" + num[1:5] + " " + num[5:])
        return pick(num[:5] + " " + num[5:], num, num[:5] + "-" + num[5:8] + "-" + num[8:],
                    num[:4] + " " + num[4:7] + " " + num[7:])
    if kind == "uk_geo":
        if intl:
            return "+44 " + num[1:4] + " " + num[4:7] + " " + num[7:]
        return pick(num[:4] + " " + num[4:7] + " " + num[7:], num, "(" + num[:4] + ") " + num[4:])
    if kind == "us":
        if intl:
            return pick("+1 " + num[:3] + "-" + num[3:6] + "-" + num[6:], "+1" + num)
        return pick("(" + num[:3] + ") " + num[3:6] + "-" + num[6:], num[:3] + "-" + num[3:6] + "-" + num[6:],
                    num[:3] + "." + num[3:6] + "." + num[6:], num, "1-" + num[:3] + "-" + num[3:6] + "-" + num[6:])
    if kind == "ie_mob":
        if intl:
            return pick("+353 " + num[1:3] + " " + num[3:6] + " " + num[6:], "+353" + num[1:])
        return pick(num[:3] + " " + num[3:6] + " " + num[6:], num, num[:3] + "-" + num[3:])
    if intl:
        return "+353 " + num[1:]
    return num[:len(num) - 7] + " " + num[-7:-4] + " " + num[-4:]


FIRST = ["james", "sarah", "mohammed", "aoife", "liam", "priya", "daniel", "chloe", "niamh",
         "tom", "grace", "ravi", "emma", "sean", "olivia", "kwame", "lucy", "marek", "hannah", "connor",
         "zara", "jack", "fatima", "ciaran", "megan", "luis", "amelia", "dylan", "ines", "oscar"]
LAST = ["murphy", "patel", "smith", "okafor", "kelly", "nguyen", "walsh", "jones", "brennan",
        "garcia", "thompson", "obrien", "khan", "davies", "kowalski", "byrne", "martin", "reilly",
        "hughes", "schmidt", "doyle", "evans", "lopez", "clarke", "nolan"]
DOMAINS = ["gmail.com", "yahoo.co.uk", "hotmail.com", "outlook.com", "icloud.com", "eircom.net",
           "btinternet.com", "aol.com", "live.ie", "protonmail.com", "yahoo.com", "sky.com", "gmx.de"]


def gen_email():
    f, l = R.choice(FIRST), R.choice(LAST)
    k = R.randint(0, 5)
    if k == 0:
        local = f + "." + l
    elif k == 1:
        local = f[0] + l + gen_digits(2)
    elif k == 2:
        local = f + "_" + l
    elif k == 3:
        local = f + l[:3] + gen_digits(R.choice([2, 4]))
    elif k == 4:
        local = l + "." + f[0]
    else:
        local = f + "-" + l
    return local + "@" + R.choice(DOMAINS)


def say_email(e, uk=True):
    local, dom = e.split("@")
    out = []
    for part in re.split(r"([._-])", local):
        if part == ".":
            out.append("dot")
        elif part == "_":
            out.append("underscore")
        elif part == "-":
            out.append(pick("dash", "hyphen"))
        elif part.isdigit():
            out.append(say_digits(part, multi=True, zw=R.choice(["oh", "zero"])))
        elif len(part) == 1:
            out.append(part)
        else:
            m = re.match(r"([a-z]+)(\d*)$", part)
            out.append(m.group(1))
            if m.group(2):
                out.append(say_digits(m.group(2), zw=R.choice(["oh", "zero"])))
    out.append("at")
    out.append(" dot ".join(dom.split(".")))
    return " ".join(out)


UK_AREAS = [("SW", True), ("SE", True), ("N", True), ("E", True), ("W", True), ("NW", True), ("M", False),
            ("B", False), ("LS", False), ("G", False), ("EH", False), ("CF", False), ("BS", False),
            ("NG", False), ("L", False), ("CB", False), ("BT", False), ("S", False), ("LE", False),
            ("DE", False), ("PL", False), ("RG", False), ("BN", False), ("HU", False), ("YO", False)]
INWARD = "ABDEFGHJLNPQRSTUWXYZ"


def gen_uk_postcode():
    area, _ = R.choice(UK_AREAS)
    district = str(R.randint(1, 28))
    if R.random() < 0.12 and len(area) <= 2:
        district = str(R.randint(1, 9)) + R.choice("ABCDEHJKW")
    return area + district + " " + str(R.randint(0, 9)) + R.choice(INWARD) + R.choice(INWARD)


def gen_zip():
    z = R.choice(["02", "10", "11", "60", "94", "97", "30", "77", "98", "33"]) + gen_digits(3)
    if R.random() < 0.25:
        z += "-" + gen_digits(4)
    return z


def say_letter(ch, style):
    c = ch.lower()
    if style == "nato":
        return c + " for " + NATO[c]
    if style == "casual" and c in CASUAL:
        return c + R.choice([" for ", " as in "]) + CASUAL[c]
    if style == "natoonly":
        return NATO[c]
    return c


def say_postcode_uk(pc):
    out, inw = pc.split()
    style = R.choice(["plain", "plain", "nato", "casual"])
    words = []
    m = re.match(r"([A-Z]+)(\d+)([A-Z]?)$", out)
    for ch in m.group(1):
        words.append(say_letter(ch, style))
    d = m.group(2)
    words.append(say_small(int(d)) if (len(d) == 2 and R.random() < 0.6) else say_digits(d, multi=False))
    if m.group(3):
        words.append(say_letter(m.group(3), style))
    words.append(UNITS[int(inw[0])] if inw[0] != "0" else pick("zero", "nought", "oh"))
    for ch in inw[1:]:
        words.append(say_letter(ch, style))
    return " ".join(words)


STREETS_UK = ["Kings Road", "Albert Street", "Church Lane", "Victoria Road", "Station Road", "Mill Lane",
              "Park Avenue", "Windsor Close", "Beech Grove", "Oakfield Drive", "High Street", "Queens Crescent",
              "Manor Way", "Elm Terrace", "Clarendon Gardens"]
STREETS_US = ["Maple Ave", "Oak Street", "Elm St", "Sunset Blvd", "Pine Road", "Cedar Lane", "Lakeview Dr",
              "Washington Ave", "Hillcrest Court", "Main St", "Willow Way", "Park Place"]
STREETS_IE = ["Griffith Avenue", "Main Street", "Seafield Road", "Castle Park", "Ballymun Road",
              "Dublin Road", "Shanowen Crescent", "Patrick Street"]
SUFFIXES = {"road", "street", "st", "lane", "avenue", "ave", "close", "grove", "drive", "dr", "crescent",
            "way", "terrace", "gardens", "blvd", "boulevard", "court", "ct", "place", "park", "rd"}


def gen_address(region="uk"):
    if region == "us":
        n = str(R.randint(12, 9800))
        st = R.choice(STREETS_US)
        apt = (" Apt " + str(R.randint(1, 30)) + R.choice(["", "B", "C"])) if R.random() < 0.3 else ""
        return n + " " + st + apt, n, st
    n = str(R.randint(1, 220))
    st = R.choice(STREETS_IE if region == "ie" else STREETS_UK)
    if R.random() < 0.2:
        return "Flat " + str(R.randint(1, 12)) + ", " + n + " " + st, n, st
    return n + " " + st, n, st


def say_house(n):
    n = int(n)
    if n < 100:
        return say_small(n)
    s = str(n)
    if len(s) == 3:
        return UNITS[int(s[0])] + " " + say_pair(s[1:])
    return say_pair(s[:2]) + " " + say_pair(s[2:])


def gen_dob():
    y = R.randint(1941, 2004)
    m = R.randint(1, 12)
    d = R.randint(1, 28)
    return y, m, d


def fmt_dob_typed(y, m, d, us=False):
    k = R.randint(0, 7)
    if k == 0:
        return ("%02d/%02d/%d" % (m, d, y)) if us else ("%02d/%02d/%d" % (d, m, y))
    if k == 1:
        return ("%d/%d/%02d" % (m, d, y % 100)) if us else ("%d/%d/%02d" % (d, m, y % 100))
    if k == 2:
        return "%d %s %d" % (d, MONTHS[m - 1].capitalize(), y)
    if k == 3:
        return "%s %d%s, %d" % (MONTHS[m - 1].capitalize(), d, {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd",
                                                                 23: "rd"}.get(d, "th"), y)
    if k == 4:
        return "%d-%02d-%02d" % (y, m, d)
    if k == 5:
        return "%02d.%02d.%d" % (d, m, y)
    if k == 6:
        return "%d %s %d" % (d, MON3[m - 1], y)
    return "%02d-%s-%d" % (d, MON3[m - 1].lower(), y)


def fmt_dob_spoken(y, m, d, us=False):
    k = R.randint(0, 4)
    if k == 0:
        return "the %s of %s %s" % (ordinal(d), MONTHS[m - 1], say_year(y))
    if k == 1:
        return "%s %s %s" % (MONTHS[m - 1], ordinal(d), say_year(y))
    if k == 2:
        return "%s the %s %s" % (MONTHS[m - 1], ordinal(d), say_year(y))
    if k == 3:
        a, b = (m, d) if us else (d, m)
        return "%s %s %s" % (say_pair("%02d" % a, tens_ok=True), say_pair("%02d" % b, tens_ok=True), say_year(y))
    return "%s %s %s" % (ordinal(d), MONTHS[m - 1], say_pair(str(y)[2:], tens_ok=True))


def gen_expiry():
    return R.randint(1, 12), R.randint(2026, 2032)


def fmt_exp_typed(m, y):
    return pick("%02d/%02d" % (m, y % 100), "%02d/%d" % (m, y), "%02d-%02d" % (m, y % 100),
                "%d/%02d" % (m, y % 100), "%s %d" % (MON3[m - 1], y), "%02d / %02d" % (m, y % 100))


def fmt_exp_spoken(m, y):
    return pick("%s %s" % (say_pair("%02d" % m, tens_ok=True), say_pair("%02d" % (y % 100), tens_ok=True)),
                "%s %s" % (MONTHS[m - 1], say_year(y)),
                "%s %s" % (MONTHS[m - 1], say_pair("%02d" % (y % 100), tens_ok=True)),
                "%s slash %s" % (say_pair("%02d" % m, tens_ok=True), say_pair("%02d" % (y % 100), tens_ok=True)))


# ---------------------------------------------------------------------------
# typing mess
# ---------------------------------------------------------------------------
EMOJI = ["🙂", "😅", "👍", "🙏", "😩", "😂", "🤞", "💳", "😬", "✅", "🙃", "❤️"]


def typo(s, p=0.15):
    """Introduce small typos in plain words (never inside values)."""
    words = s.split(" ")
    out = []
    for w in words:
        if len(w) > 3 and w.isalpha() and R.random() < p:
            i = R.randint(1, len(w) - 2)
            k = R.randint(0, 2)
            if k == 0:
                w = w[:i] + w[i + 1] + w[i] + w[i + 2:]
            elif k == 1:
                w = w[:i] + w[i + 1:]
            else:
                w = w[:i] + w[i] + w[i:]
        out.append(w)
    return " ".join(out)


def emo():
    return " " + R.choice(EMOJI) if R.random() < 0.5 else ""


def mcase(s):
    k = R.random()
    if k < 0.15:
        return s.upper()
    if k < 0.45:
        return s.lower()
    return s


def sep_card(num, style=None):
    g = chunks(num, card_groups(num))
    style = style or R.choice(["space", "space", "dash", "none", "dot", "dspace", "mixed", "nbsp"])
    if style == "space":
        return " ".join(g)
    if style == "dash":
        return "-".join(g)
    if style == "none":
        return num
    if style == "dot":
        return ".".join(g)
    if style == "dspace":
        return "  ".join(g)
    if style == "nbsp":
        return "\u00a0".join(g)
    return g[0] + " " + "-".join(g[1:-1]) + " " + g[-1]


def fmt_ssn(s):
    return pick(s[:3] + "-" + s[3:5] + "-" + s[5:], s[:3] + "-" + s[3:5] + "-" + s[5:], s[:3] + " " + s[3:5] + " " + s[5:],
                s, s[:3] + "." + s[3:5] + "." + s[5:], s[:3] + " - " + s[3:5] + " - " + s[5:])


def fmt_ni(n):
    k = R.randint(0, 5)
    if k == 0:
        v = n[:2] + " " + n[2:4] + " " + n[4:6] + " " + n[6:8] + " " + n[8]
    elif k == 1:
        v = n
    elif k == 2:
        v = n[:2] + n[2:8] + " " + n[8]
    elif k == 3:
        v = n[:2] + "-" + n[2:4] + "-" + n[4:6] + "-" + n[6:8] + "-" + n[8]
    elif k == 4:
        v = n[:2] + " " + n[2:8] + " " + n[8]
    else:
        v = n[:2] + n[2:4] + " " + n[4:6] + " " + n[6:]
    return v.lower() if R.random() < 0.35 else v


def say_ni(n):
    style = R.choice(["plain", "plain", "nato", "casual", "natoonly"])
    w = [say_letter(n[0], style), say_letter(n[1], style)]
    digs = n[2:8]
    if R.random() < 0.4:
        w.append(" ".join(say_pair(digs[i:i + 2], zero_word(True)) for i in range(0, 6, 2)))
    else:
        w.append(say_digits(digs, uk=True))
    w.append(say_letter(n[8], style if style != "natoonly" else "plain"))
    return " ".join(w)


def fmt_iban(i):
    k = R.randint(0, 3)
    if k == 0:
        v = " ".join(i[j:j + 4] for j in range(0, len(i), 4))
    elif k == 1:
        v = i
    elif k == 2:
        v = " ".join(i[j:j + 4] for j in range(0, len(i), 4)).lower()
    else:
        v = "-".join(i[j:j + 4] for j in range(0, len(i), 4))
    return v


def say_iban(i):
    """Return a list of spoken chunks (letters / digit groups)."""
    w = [say_letter(i[0], "plain") + " " + say_letter(i[1], "plain")]
    rest = i[2:]
    j = 0
    while j < len(rest):
        ch = rest[j]
        if ch.isalpha():
            st = "nato" if ch == "O" else R.choice(["plain", "plain", "nato"])
            w.append(say_letter(ch, st))
            j += 1
        else:
            k = j
            while k < len(rest) and rest[k].isdigit() and k - j < 4:
                k += 1
            w.append(say_group(rest[j:k], uk=True))
            j = k
    return w


def say_phone(num, kind):
    uk = kind.startswith("uk") or kind.startswith("ie")
    zw = zero_word(uk)
    if kind == "uk_mob":
        parts = [num[:5], num[5:8], num[8:]] if R.random() < 0.5 else [num[:5], num[5:]]
    elif kind == "uk_geo":
        parts = [num[:4], num[4:7], num[7:]]
    elif kind == "us":
        parts = [num[:3], num[3:6], num[6:]]
    elif kind == "ie_mob":
        parts = [num[:3], num[3:6], num[6:]]
    else:
        parts = [num[:-7], num[-7:-4], num[-4:]]
    out = []
    for p in parts:
        if len(p) == 4 and R.random() < 0.4 and p[0] != "0":
            out.append(say_pair(p[:2], zw) + " " + say_pair(p[2:], zw))
        else:
            out.append(say_digits(p, uk, zw=zw))
    return parts, out


# ---------------------------------------------------------------------------
# positive templates
# ---------------------------------------------------------------------------
CHAT = ["web chat", "web chat", "sms", "social DM", "app chat", "whatsapp", "web chat"]
GREET_A = ["Hi, thanks for contacting us, how can I help today?", "Hello! You're chatting with Support. What can I do for you?",
           "hey there, how can i help?", "Good afternoon, how may I help?", "Hi, you're through to the billing team."]
ACK = ["mhm", "okay", "yep", "okay go on", "got that", "right", "uh huh", "yeah", "okay and the next bit", "sure"]


def card_words_split(num, uk):
    groups = chunks(num, card_groups(num))
    zw = zero_word(uk)
    return groups, [say_group(g, uk, zw) for g in groups]


def P_card_chat_one():
    num, brand = gen_card()
    ind = R.choice(["retail", "telecom", "utilities", "travel", "insurance"])
    ch = R.choice(CHAT)
    c = Case("positive", "")
    c.a(R.choice(GREET_A))
    pre = typo(R.choice(["hi can i pay my bill with card pls", "want to pay the outstanding amount of £%d.%02d" % (R.randint(20, 400), R.randint(0, 99)),
                         "hello i need to update my card on the acount", "Pay for order #%d please" % R.randint(100000, 9999999)]))
    c.c(pre + emo())
    c.a("Sure, please type the long card number.")
    style = R.choice(["space", "dash", "none", "dot", "dspace", "mixed", "nbsp"])
    lead = R.choice(["", "its ", "card: ", "Card no. ", "ok ", "number is "])
    c.c(lead, V(sep_card(num, style), "CARD_NUMBER", num), R.choice(["", "", " thx", emo(), " .", "  "]))
    c.note = "%s/%s: %s card typed with '%s' separators in one message" % (ch, ind, brand, style)
    return c


def P_card_chat_split():
    num, brand = gen_card()
    groups = chunks(num, card_groups(num))
    ch = R.choice(CHAT)
    c = Case("positive", "")
    g = newgroup()
    c.a("Can you send the card number? You can break it up if that's easier.")
    k = R.choice([2, 3, len(groups)])
    if k == len(groups):
        parts = groups
    elif k == 2:
        h = len(groups) // 2
        parts = ["".join(groups[:h]), "".join(groups[h:])]
        parts = [groups[0] + " " + groups[1] if h == 2 else parts[0], " ".join(groups[h:])]
    else:
        parts = [groups[0], " ".join(groups[1:-1]), groups[-1]]
    for i, p in enumerate(parts):
        suffix = R.choice(["", "", "...", " -", emo()]) if i < len(parts) - 1 else R.choice(["", " thats it", emo()])
        pre = R.choice(["", "", "then "]) if i else R.choice(["", "ok ", "first bit "])
        c.c(pre, V(p, "CARD_NUMBER", num, g), suffix)
        if i < len(parts) - 1 and R.random() < 0.5:
            c.a(R.choice(["ok", "got it", "go on", "👍"]))
    c.note = "%s/%s: %s card split across %d messages" % (ch, R.choice(["retail", "banking", "telecom"]), brand, len(parts))
    return c


def P_card_full_chat():
    num, brand = gen_card()
    m, y = gen_expiry()
    cvv = gen_digits(4 if brand == "amex" else 3)
    c = Case("positive", "")
    c.a("To take the payment of $%d.%02d I'll need the card details." % (R.randint(15, 900), R.randint(0, 99)))
    order = R.randint(0, 2)
    cn = V(sep_card(num), "CARD_NUMBER", num)
    ex = V(fmt_exp_typed(m, y), "EXPIRY")
    cv = V(cvv, "CVV", cvv)
    if order == 0:
        c.c(cn, R.choice([" exp ", " exp: ", " expires ", " - ", ", "]), ex, R.choice([" cvv ", " sec code ", " CVC: ", " / cvv2 "]), cv)
    elif order == 1:
        c.c(mcase("card "), cn, "\n", mcase("expiry "), ex, "\n", mcase("cvc "), cv)
    else:
        c.c(cn)
        c.a("And the expiry and security code?")
        c.c(ex, R.choice([" and ", " & ", ", ", " / code is "]), cv, emo())
    c.note = "%s/%s: %s card + expiry + CVV typed together" % (R.choice(CHAT), R.choice(["retail", "travel", "utilities"]), brand)
    return c


def P_card_call():
    num, brand = gen_card()
    uk = R.random() < 0.6
    groups, words = card_words_split(num, uk)
    c = Case("positive", "")
    g = newgroup()
    c.a(pick("okay and whenever you're ready the long number across the front of the card",
             "can i take the card number please", "go ahead with the %s digits" % {15: "fifteen", 16: "sixteen"}.get(len(num), "card")))
    mode = R.randint(0, 2)
    if mode == 0:
        filler = " ".join(words[:2]) + " " + R.choice(FILL) + " " + " ".join(words[2:])
        c.c(R.choice(["yeah it's ", "okay so ", "right ", ""]), V(filler, "CARD_NUMBER", num, g))
    elif mode == 1:
        for i, w in enumerate(words):
            c.c(R.choice(["", "", "it's ", "then "]) if i else R.choice(["right ", "okay ", ""]), V(w, "CARD_NUMBER", num, g),
                R.choice(["", "", " " + R.choice(FILL)]))
            if i < len(words) - 1:
                c.a(R.choice(ACK))
    else:
        h = 2
        c.c("okay ", V(" ".join(words[:h]), "CARD_NUMBER", num, g), " hang on i need my glasses")
        c.a(R.choice(["no problem", "take your time"]))
        c.c("right sorry ", V(" ".join(words[h:]), "CARD_NUMBER", num, g))
    if R.random() < 0.4:
        g2 = newgroup()
        c.a("let me read that back ", V(" ".join(say_group(x, uk) for x in groups), "CARD_NUMBER", num, g2))
        c.c("yep that's right")
    c.note = "call/%s: %s card spoken (%s), %s" % (R.choice(["telecom", "insurance", "utilities", "banking", "travel"]), brand,
                                                 "UK zero words" if uk else "US", ["one turn with filler", "split with back-channels", "split around chit-chat"][mode])
    return c


def P_card_call_exp_cvv():
    num, brand = gen_card()
    uk = R.random() < 0.5
    groups, words = card_words_split(num, uk)
    m, y = gen_expiry()
    cvv = gen_digits(4 if brand == "amex" else 3)
    c = Case("positive", "")
    c.a("and the card number please")
    c.c(V(" ".join(words), "CARD_NUMBER", num))
    c.a("lovely and the expiry date")
    c.c(R.choice(["it's ", "expires ", "uh ", ""]), V(fmt_exp_spoken(m, y), "EXPIRY"))
    c.a("and the " + ("four digit code on the front" if brand == "amex" else "three digits on the back"))
    c.c(R.choice(["", "it's ", "um "]), V(say_digits(cvv, uk), "CVV", cvv))
    c.note = "call/%s: spoken card then expiry then security code in separate turns" % R.choice(["retail", "travel", "utilities", "telecom"])
    return c


def P_ssn_chat():
    s = gen_ssn()
    c = Case("positive", "")
    c.a(R.choice(["To verify your identity please provide your Social Security number.", "I need the SSN on the account to continue",
                  "For security, can you confirm the last... actually the full SSN please"]))
    k = R.randint(0, 3)
    if k == 0:
        c.c(typo(R.choice(["sure its ", "ok my ssn is ", "SSN: ", "it's "])), V(fmt_ssn(s), "SSN", s), emo())
    elif k == 1:
        g = newgroup()
        c.c(V(s[:3], "SSN", s, g))
        c.c(V(s[3:5], "SSN", s, g))
        c.c(V(s[5:], "SSN", s, g), R.choice(["", " sorry fat fingers", emo()]))
    elif k == 2:
        c.c(typo("i already gave it on the phone but ok "), V(fmt_ssn(s), "SSN", s),
            " and my balance should be $%d.%02d not what it says" % (R.randint(100, 3000), R.randint(0, 99)))
    else:
        c.c("Social: ", V(fmt_ssn(s), "SSN", s), " / claim #", str(R.randint(1000000, 99999999)))
    c.note = "%s/%s: US SSN typed%s" % (R.choice(CHAT), R.choice(["banking", "insurance", "healthcare billing", "government services"]),
                                        [" in one message", " split 3/2/4 across messages", " next to a dollar balance", " next to a claim number"][k])
    return c


def P_ssn_call():
    s = gen_ssn()
    c = Case("positive", "")
    g = newgroup()
    c.a(pick("can i get your social security number", "and for verification the social please", "what's the social on the account"))
    parts = [s[:3], s[3:5], s[5:]]
    words = [say_digits(parts[0], multi=True), say_pair(parts[1]) if R.random() < 0.5 else say_digits(parts[1]),
             say_group(parts[2])]
    k = R.randint(0, 2)
    if k == 0:
        c.c(R.choice(["yeah it's ", "sure ", "okay um "]), V(" ".join(words), "SSN", s, g))
    elif k == 1:
        c.c(V(words[0], "SSN", s, g))
        c.a(R.choice(ACK))
        c.c(V(words[1], "SSN", s, g))
        c.a(R.choice(ACK))
        c.c(V(words[2], "SSN", s, g))
    else:
        c.c("it's ", V(words[0] + " " + words[1] + " " + R.choice(FILL) + " " + words[2], "SSN", s, g), " and i'm calling about a bill for " +
            say_small(R.randint(20, 99)) + " dollars")
    c.note = "call/%s: SSN spoken%s" % (R.choice(["banking", "healthcare billing", "government services", "insurance"]),
                                        ["", " split across turns with back-channels", " with filler and a dollar amount after"][k])
    return c


def P_ni_chat():
    n = gen_ni()
    c = Case("positive", "")
    c.a(R.choice(["Can you confirm your National Insurance number?", "what's your NI number please", "Please provide your NINO."]))
    k = R.randint(0, 3)
    if k == 0:
        c.c(typo(R.choice(["yeah its ", "NI no: ", "ni number ", "sure - "])), V(fmt_ni(n), "NI_NUMBER", n), emo())
    elif k == 1:
        g = newgroup()
        c.c(V(n[:2], "NI_NUMBER", n, g), R.choice([" ", " ... "]), V(n[2:8], "NI_NUMBER", n, g))
        c.c(V(n[8], "NI_NUMBER", n, g), R.choice([" at the end", " on the end sorry", ""]))
    elif k == 2:
        c.c(typo("i think it is "), V(fmt_ni(n), "NI_NUMBER", n), " but my old payslip from 20%02d might say different" % R.randint(10, 24))
    else:
        c.c(typo("my ni is"), " ", V(fmt_ni(n), "NI_NUMBER", n), " and my claim ref is ", str(R.randint(100000, 9999999)))
    c.note = "%s/%s: UK NI number typed%s" % (R.choice(CHAT), R.choice(["government services", "banking", "insurance", "utilities"]),
                                              ["", ", suffix letter in a separate message", " next to a year", " next to a claim ref"][k])
    return c


def P_ni_call():
    n = gen_ni()
    c = Case("positive", "")
    g = newgroup()
    c.a(pick("and your national insurance number please", "can you read me your n i number", "what's your national insurance"))
    spoken = say_ni(n)
    k = R.randint(0, 2)
    if k == 0:
        c.c(R.choice(["yeah it's ", "right it's ", "um "]), V(spoken, "NI_NUMBER", n, g))
    elif k == 1:
        lets = spoken.split(" ")
        # split after letters: locate digits portion by regenerating parts
        style = R.choice(["plain", "nato"])
        p1 = say_letter(n[0], style) + " " + say_letter(n[1], style)
        p2 = say_digits(n[2:8], uk=True)
        p3 = say_letter(n[8], style)
        c.c(V(p1, "NI_NUMBER", n, g))
        c.a(R.choice(ACK))
        c.c(V(p2, "NI_NUMBER", n, g))
        c.a("and the letter at the end")
        c.c(R.choice(["", "it's ", "uh "]), V(p3, "NI_NUMBER", n, g))
        del lets
    else:
        style = R.choice(["plain", "nato"])
        wrong = n[:5] + str((int(n[5]) + 3) % 10) + n[6:]
        c.c("it's ", V(say_letter(wrong[0], style) + " " + say_letter(wrong[1], style) + " " + say_digits(wrong[2:6], True), "NI_NUMBER", None),
            " no sorry let me start again ", V(say_letter(n[0], style) + " " + say_letter(n[1], style) + " " + say_digits(n[2:8], True) + " " +
                                                say_letter(n[8], style), "NI_NUMBER", n, g))
    c.note = "call/%s: NI number spoken%s" % (R.choice(["government services", "banking", "utilities", "insurance"]),
                                              ["", " split letters/digits/suffix over turns", " with abandoned first attempt (both labelled)"][k])
    return c


def P_bank_chat():
    acct_len = R.choice([8, 8, 8, 10, 12])
    acct = gen_digits(acct_len)
    sc = gen_sort()
    c = Case("positive", "")
    c.a("For the direct debit I need the account number and sort code." if acct_len == 8 else "What's the checking account number for the ACH payment?")
    if acct_len == 8:
        scf = pick(sc[:2] + "-" + sc[2:4] + "-" + sc[4:], sc, sc[:2] + " " + sc[2:4] + " " + sc[4:], sc[:2] + "." + sc[2:4] + "." + sc[4:])
        k = R.randint(0, 2)
        if k == 0:
            c.c(mcase("acc "), V(acct, "BANK_ACCOUNT", acct), R.choice([" sc ", " sort ", ", sort code "]), V(scf, "SORT_CODE", sc), emo())
        elif k == 1:
            c.c(mcase("sort code "), V(scf, "SORT_CODE", sc))
            c.c(typo("account number "), V(acct, "BANK_ACCOUNT", acct))
        else:
            c.c(V(scf, "SORT_CODE", sc), " / ", V(acct, "BANK_ACCOUNT", acct), " (", typo("same as before just in case"), ")")
        c.note = "%s/%s: UK account number + sort code typed" % (R.choice(CHAT), R.choice(["utilities", "banking", "insurance", "telecom"]))
    else:
        c.c(typo(R.choice(["its ", "account # ", "acct no "])), V(acct, "BANK_ACCOUNT", acct), R.choice(["", " (checking)", emo()]))
        c.note = "%s/banking: US %d-digit account number typed" % (R.choice(CHAT), acct_len)
    return c


def P_bank_call():
    acct = gen_digits(8)
    sc = gen_sort()
    c = Case("positive", "")
    c.a("and can i take the sort code")
    scw = pick(" ".join(say_pair(sc[i:i + 2], zero_word(True)) for i in range(0, 6, 2)), say_digits(sc, True))
    c.c(R.choice(["yeah it's ", "", "um "]), V(scw, "SORT_CODE", sc))
    c.a("and the account number")
    k = R.randint(0, 1)
    if k == 0:
        c.c(V(say_group(acct, True), "BANK_ACCOUNT", acct))
    else:
        g = newgroup()
        c.c(V(say_group(acct[:4], True), "BANK_ACCOUNT", acct, g))
        c.a(R.choice(ACK))
        c.c(V(say_group(acct[4:], True), "BANK_ACCOUNT", acct, g))
    if R.random() < 0.4:
        c.a("and that's for the direct debit of " + say_small(R.randint(20, 90)) + " pounds a month on the " + ordinal(R.randint(1, 28)))
    c.note = "call/%s: sort code and account number spoken%s" % (R.choice(["utilities", "banking", "insurance"]), " (account split)" if k else "")
    return c


def P_iban_chat():
    i = gen_iban()
    c = Case("positive", "")
    c.a(R.choice(["Please send the IBAN for the refund.", "Which account should we refund to? IBAN please", "Can I have your IBAN?"]))
    k = R.randint(0, 2)
    if k == 0:
        c.c(typo(R.choice(["here ", "IBAN: ", "its ", "ok "])), V(fmt_iban(i), "IBAN", i), emo())
    elif k == 1:
        g = newgroup()
        grp = [i[j:j + 4] for j in range(0, len(i), 4)]
        h = len(grp) // 2
        c.c(V(" ".join(grp[:h]), "IBAN", i, g))
        c.c(V(" ".join(grp[h:]), "IBAN", i, g), R.choice(["", " thats all of it", emo()]))
    else:
        c.c(typo("copied from my banking app: "), V(i, "IBAN", i), "\u200b", " BIC ", R.choice(["AIBKIE2D", "BOFIIE2D", "INGBNL2A", "DEUTDEFF"]))
    c.note = "%s/%s: %s IBAN typed%s" % (R.choice(CHAT), R.choice(["travel", "insurance", "retail", "utilities"]), i[:2],
                                         ["", " split over two messages", " pasted with zero-width space and BIC after"][k])
    return c


def P_iban_call():
    i = R.choice([gen_iban() for _ in range(3)])
    while i[:2] not in ("GB", "IE", "NL"):
        i = gen_iban()
    c = Case("positive", "")
    c.a("okay can you read me the i b a n")
    toks = say_iban(i)
    w = " ".join(toks)
    cut = len(toks) // 2
    g = newgroup()
    p1, p2 = " ".join(toks[:cut]), " ".join(toks[cut:])
    if not p2 or R.random() < 0.3:
        c.c(R.choice(["yeah it's ", "so it's "]), V(w, "IBAN", i, g))
    else:
        c.c(V(p1, "IBAN", i, g))
        c.a(R.choice(ACK))
        c.c(V(p2, "IBAN", i, g))
    c.note = "call/%s: %s IBAN spoken letter by letter and in digit groups" % (R.choice(["banking", "travel", "insurance"]), i[:2])
    return c


def P_phone_chat():
    num, kind = gen_phone()
    intl = R.random() < 0.35
    c = Case("positive", "")
    c.a(R.choice(["What's the best number to reach you on?", "Can you confirm the mobile number on the account?", "Whats a good callback number?"]))
    k = R.randint(0, 3)
    if k == 0:
        c.c(typo(R.choice(["its ", "call me on ", "mob: ", "number is ", ""])), V(fmt_phone(num, kind, intl), "PHONE", num), emo())
    elif k == 1:
        c.c(V(fmt_phone(num, kind, intl), "PHONE", num), typo(" after %d%s pls, im at work till then" % (R.randint(2, 6), R.choice(["pm", "", " oclock"]))))
    elif k == 2:
        n2, k2 = gen_phone()
        c.c("mobile ", V(fmt_phone(num, kind, intl), "PHONE", num), " or home ", V(fmt_phone(n2, k2), "PHONE", n2))
    else:
        g = newgroup()
        f = fmt_phone(num, kind, False).replace("-", " ")
        parts = f.split(" ")
        if len(parts) < 2 or len(re.sub(r"\D", "", parts[0])) < 3:
            parts = [num[:5], num[5:]]
        c.c(V(parts[0], "PHONE", num, g), R.choice(["", "..."]))
        c.c(V(" ".join(parts[1:]), "PHONE", num, g))
    c.note = "%s/%s: %s phone typed%s" % (R.choice(CHAT), R.choice(["telecom", "retail", "utilities", "healthcare billing"]), kind,
                                          ["", " with a time after it", ", two numbers in one message", " split over two messages"][k])
    return c


def P_phone_call():
    num, kind = gen_phone()
    parts, words = say_phone(num, kind)
    c = Case("positive", "")
    c.a("and a contact number please")
    k = R.randint(0, 2)
    g = newgroup()
    if k == 0:
        c.c(R.choice(["yeah it's ", "it's ", ""]), V(" ".join(words), "PHONE", num, g))
    elif k == 1:
        for i, w in enumerate(words):
            c.c(V(w, "PHONE", num, g))
            if i < len(words) - 1:
                c.a(R.choice(ACK))
    else:
        n2, k2 = gen_phone()
        while k2 != kind:
            n2, k2 = gen_phone()
        _, w2 = say_phone(n2, k2)
        c.c("it's ", V(" ".join(w2), "PHONE", n2), " oh no wait that's my work one the mobile is ", V(" ".join(words), "PHONE", num, g))
    if R.random() < 0.3:
        c.a("so that's ", V(" ".join(say_phone(num, kind)[1]), "PHONE", num), " yeah")
        c.c("that's it")
    c.note = "call/%s: %s phone spoken%s" % (R.choice(["telecom", "utilities", "travel", "retail"]), kind,
                                             ["", " in groups across turns", ", self-correction to a second number"][k])
    return c


def P_phone_intl_call():
    num, kind = gen_phone()
    while kind not in ("uk_mob", "ie_mob", "us"):
        num, kind = gen_phone()
    c = Case("positive", "")
    c.a("what's the number with the country code")
    if kind == "us":
        cc, rest = "one", num
    elif kind == "uk_mob":
        cc, rest = "four four", num[1:]
    else:
        cc, rest = "three five three", num[1:]
    w = "plus " + cc + " " + say_digits(rest[:3], True) + " " + say_digits(rest[3:], True)
    c.c(R.choice(["it's ", "", "so "]), V(w, "PHONE", ("1" if kind == "us" else ("44" if kind == "uk_mob" else "353")) + rest))
    c.note = "call/travel: international %s phone spoken with 'plus' prefix" % kind
    return c


def P_email_chat():
    e = gen_email()
    c = Case("positive", "")
    c.a(R.choice(["What email should we send the receipt to?", "Can you confirm your email address?", "Email for the confirmation?"]))
    k = R.randint(0, 3)
    if k == 0:
        c.c(typo(R.choice(["its ", "", "email: ", "send it to "])), V(mcase(e) if R.random() < 0.3 else e, "EMAIL", e), emo())
    elif k == 1:
        loc, dom = e.split("@")
        ob = loc + R.choice([" [at] ", " (at) ", " at "]) + dom.replace(".", R.choice([" [dot] ", " dot "]))
        c.c(typo("dont want to get spammed so "), V(ob, "EMAIL", e))
    elif k == 2:
        c.c("<", V(e, "EMAIL", e), ">", R.choice(["", " (personal not work)"]))
    else:
        c.c(V(e, "EMAIL", e), typo(" and the order number is %d" % R.randint(10000, 9999999)))
    c.note = "%s/%s: email typed%s" % (R.choice(CHAT), R.choice(["retail", "travel", "telecom", "insurance"]),
                                       ["", " obfuscated with [at]/[dot]", " in angle brackets", " next to an order number"][k])
    return c


def P_email_call():
    e = gen_email()
    c = Case("positive", "")
    c.a("and what's the best email address")
    w = say_email(e)
    k = R.randint(0, 1)
    if k == 0:
        c.c(R.choice(["yeah it's ", "it's ", "so it's "]), V(w, "EMAIL", e))
    else:
        loc, dom = w.split(" at ", 1)
        g = newgroup()
        c.c(V(loc, "EMAIL", e, g))
        c.a("mhm")
        c.c(V("at " + dom, "EMAIL", e, g))
    c.note = "call/%s: email spoken with 'dot'/'at'%s" % (R.choice(["retail", "travel", "utilities"]), "" if k == 0 else ", split before 'at'")
    return c


def P_dob_chat():
    y, m, d = gen_dob()
    us = R.random() < 0.4
    c = Case("positive", "")
    c.a(R.choice(["Can you confirm your date of birth?", "For security, what's your DOB?", "And your date of birth please"]))
    k = R.randint(0, 2)
    if k == 0:
        c.c(typo(R.choice(["its ", "dob ", "born ", ""])), V(fmt_dob_typed(y, m, d, us), "DOB"), emo())
    elif k == 1:
        c.c(V(fmt_dob_typed(y, m, d, us), "DOB"), typo(" and my appointment was on the %d%s" % (R.randint(1, 28), "th")))
    else:
        c.c(typo("date of birth "), V(fmt_dob_typed(y, m, d, us), "DOB"), ", ", typo("I'm %d so should get the discount" % (2026 - y)))
    c.note = "%s/%s: DOB typed%s" % (R.choice(CHAT), R.choice(["healthcare billing", "insurance", "banking", "telecom"]),
                                     ["", " next to an appointment date", " next to an age"][k])
    return c


def P_dob_call():
    y, m, d = gen_dob()
    us = R.random() < 0.4
    c = Case("positive", "")
    c.a("and can you confirm your date of birth for me")
    c.c(R.choice(["yeah it's ", "", "um ", "it's "]), V(fmt_dob_spoken(y, m, d, us), "DOB"))
    if R.random() < 0.4:
        c.a("and the payment date was the " + ordinal(R.randint(1, 28)) + " of " + R.choice(MONTHS) + " yeah")
    c.note = "call/%s: DOB spoken" % R.choice(["healthcare billing", "insurance", "government services", "banking"])
    return c


def P_addr_chat():
    region = R.choice(["uk", "uk", "us", "ie"])
    a, n, st = gen_address(region)
    c = Case("positive", "")
    c.a(R.choice(["What's the delivery address?", "Can you confirm the address on the account?", "Where should we send the engineer?"]))
    a2 = mcase(a)
    if region == "us":
        z = gen_zip()
        c.c(V(a2, "ADDRESS"), ", ", R.choice(["Portland, OR", "Chicago IL", "Austin, TX", "Boston MA"]), " ", V(z, "POSTCODE", z), emo())
    elif region == "uk":
        pc = gen_uk_postcode()
        pcf = pick(pc, pc.lower(), pc.replace(" ", ""))
        if R.random() < 0.5:
            c.c(V(a2, "ADDRESS"), ", ", R.choice(["London", "Leeds", "Manchester", "Bristol", "Cardiff"]), " ", V(pcf, "POSTCODE", pc))
        else:
            c.c(V(a2, "ADDRESS"))
            c.c(typo("postcode "), V(pcf, "POSTCODE", pc), emo())
    else:
        c.c(V(a2, "ADDRESS"), ", ", R.choice(["Drumcondra, Dublin 9", "Cork", "Galway", "Sligo"]))
    c.note = "%s/%s: %s street address typed%s" % (R.choice(CHAT), R.choice(["retail", "utilities", "telecom"]), region,
                                                   "" if region == "ie" else " with postcode/ZIP")
    return c


def P_addr_call():
    region = R.choice(["uk", "us"])
    a, n, st = gen_address(region)
    st_l = st.lower().replace("ave", "avenue").replace("blvd", "boulevard").replace("avenueue", "avenue")
    st_l = re.sub(r"\bst\b", "street", st_l)
    st_l = re.sub(r"\bdr\b", "drive", st_l)
    c = Case("positive", "")
    c.a("and the first line of the address")
    c.c(R.choice(["it's ", "yeah ", ""]), V(say_house(n) + " " + st_l, "ADDRESS"))
    c.a("and the " + ("postcode" if region == "uk" else "zip code"))
    if region == "uk":
        pc = gen_uk_postcode()
        c.c(V(say_postcode_uk(pc), "POSTCODE", pc))
    else:
        z = gen_zip()[:5]
        c.c(R.choice(["it's ", ""]), V(say_digits(z), "POSTCODE", z))
    c.note = "call/%s: %s house number + street spoken, then postcode" % (R.choice(["utilities", "telecom", "insurance"]), region)
    return c


def P_email_body():
    """E-mail body with several PII values, some on separate lines."""
    c = Case("positive", "")
    k = R.randint(0, 2)
    if k == 0:
        region = "uk"
        a, n, st = gen_address("uk")
        pc = gen_uk_postcode()
        num, kind = gen_phone()
        e = gen_email()
        ni = gen_ni()
        c.c("Dear Sir/Madam,\n\n", typo("I am writing to complain about my bill dated 3rd of the month for £%d.%02d." % (R.randint(40, 300), R.randint(0, 99))),
            "\nMy details:\n", V(a, "ADDRESS"), "\n", R.choice(["Leeds", "York", "Hull"]), "\n", V(pc, "POSTCODE", pc),
            "\nTel: ", V(fmt_phone(num, kind), "PHONE", num), "\nNI: ", V(fmt_ni(ni), "NI_NUMBER", ni),
            "\n\nRegards\n--\nSent from my iPhone ", V(e, "EMAIL", e))
        c.note = "e-mail/utilities: complaint e-mail with address block, phone, NI and signature email"
    elif k == 1:
        s = gen_ssn()
        y, m, d = gen_dob()
        a, n, st = gen_address("us")
        z = gen_zip()
        c.c("Hi team,\r\n", typo("Following up on claim 88%05d. Patient info below as requested:" % R.randint(0, 99999)),
            "\r\nDOB - ", V(fmt_dob_typed(y, m, d, True), "DOB"), "\r\nSSN - ", V(fmt_ssn(s), "SSN", s), "\r\nAddr - ",
            V(a, "ADDRESS"), ", Seattle WA ", V(z, "POSTCODE", z), "\r\n\r\n", typo("thanks, amount due was $%d.%02d" % (R.randint(40, 900), R.randint(0, 99))))
        c.note = "e-mail/healthcare billing: CRLF e-mail with DOB, SSN, address and ZIP next to a claim number and amount"
    else:
        i = gen_iban()
        num, kind = gen_phone()
        c.c("> On Tue, your team wrote:\n> please send bank details\n\n", typo("Hi here are the details for the refund of €%d.%02d" % (R.randint(20, 500), R.randint(0, 99))),
            "\nIBAN ", V(fmt_iban(i), "IBAN", i), "\n", typo("if any problem ring me "), V(fmt_phone(num, kind), "PHONE", num), emo())
        c.note = "e-mail/travel: quoted reply with IBAN and phone for a refund"
    return c


def P_social_dm():
    c = Case("positive", "")
    k = R.randint(0, 3)
    if k == 0:
        num, kind = gen_phone()
        c.c(typo("@support ur app keeps crashing 😡 dm'd u"))
        c.a("Sorry to hear that! Can you DM us your number so we can call?")
        c.c(V(fmt_phone(num, kind, R.random() < 0.4), "PHONE", num), " ", R.choice(EMOJI))
        c.note = "social DM/telecom: phone number alone with emoji"
    elif k == 1:
        e = gen_email()
        c.c(typo("hiya, still no refund!!! my email is "), V(e.upper() if R.random() < 0.3 else e, "EMAIL", e), R.choice(EMOJI) * 2)
        c.note = "social DM/retail: email with emojis glued after a space"
    elif k == 2:
        pc = gen_uk_postcode()
        c.a("Hi! Could you tell us your postcode so we can check for outages?")
        c.c(V(pc.lower().replace(" ", ""), "POSTCODE", pc), " ", typo("been off since %d%s" % (R.randint(1, 11), R.choice(["am", "pm"]))), emo())
        c.note = "social DM/utilities: lower-case unspaced postcode next to a time"
    else:
        num, brand = gen_card()
        g = newgroup()
        groups = chunks(num, card_groups(num))
        c.c("pls help payment failed", emo())
        c.a("Please never post card details publicly - DM only. What's the issue?")
        c.c("its card ", V(groups[0], "CARD_NUMBER", num, g), " ", V(" ".join(groups[1:]), "CARD_NUMBER", num, g), typo(" declined 3 times"))
        c.note = "social DM/retail: card posted despite warning, followed by a count"
    return c


def P_mixed_chat():
    """Two PII values in one message with numbers nearby."""
    c = Case("positive", "")
    k = R.randint(0, 3)
    if k == 0:
        s = gen_ssn()
        y, m, d = gen_dob()
        c.a("I need your SSN and date of birth.")
        c.c(V(fmt_ssn(s), "SSN", s), R.choice([" / ", " and ", ", ", "\n"]), V(fmt_dob_typed(y, m, d, True), "DOB"))
        c.note = "chat/banking: SSN and DOB in one message"
    elif k == 1:
        ni = gen_ni()
        y, m, d = gen_dob()
        c.a("Please confirm your NI number and date of birth.")
        c.c(typo("ni "), V(fmt_ni(ni), "NI_NUMBER", ni), typo(" dob "), V(fmt_dob_typed(y, m, d), "DOB"), emo())
        c.note = "chat/government services: NI and DOB in one message"
    elif k == 2:
        num, brand = gen_card()
        num2, kind = gen_phone()
        c.c(typo("card ending problem, whole number is "), V(sep_card(num), "CARD_NUMBER", num), typo(" call me back on "),
            V(fmt_phone(num2, kind), "PHONE", num2))
        c.note = "chat/telecom: card and phone in the same message"
    else:
        s = gen_ssn()
        acct = gen_digits(R.choice([9, 10, 11]))
        c.a("Please confirm the SSN and the account number you want to close.")
        c.c(typo("ssn "), V(fmt_ssn(s), "SSN", s), typo(", acct "), V(acct, "BANK_ACCOUNT", acct), typo(" balance is $%s" % "{:,}".format(R.randint(1000, 90000))))
        c.note = "chat/banking: SSN and account number with a balance"
    return c


def P_ssn_call_pairs():
    s = gen_ssn()
    c = Case("positive", "")
    c.a("and the last... actually i'll need the full social")
    w = say_digits(s[:3]) + " " + R.choice(["dash ", "", ""]) + say_pair(s[3:5]) + " " + R.choice(["dash ", ""]) + say_pair(s[5:7]) + " " + say_pair(s[7:])
    c.c(R.choice(["okay it's ", "sure ", ""]), V(w, "SSN", s))
    c.note = "call/%s: SSN spoken in pairs with 'dash'" % R.choice(["banking", "government services", "healthcare billing"])
    return c


def P_ni_chat_messy():
    n = gen_ni()
    c = Case("positive", "")
    c.a("To update your record I need your national insurance number.")
    v = n[:2].lower() + n[2:8] + n[8].lower() if R.random() < 0.5 else n[:2] + " " + n[2:4] + " " + n[4:6] + " " + n[6:8] + " " + n[8]
    c.c(typo("ok here it is"), R.choice([":", " -", "\n"]), V(v, "NI_NUMBER", n), R.choice(["\n\nsent from outlook", emo(), " (its on my p60)"]))
    c.note = "%s/government services: NI typed with copy-paste artefacts" % R.choice(CHAT)
    return c


def P_cvv_exp_chat():
    num, brand = gen_card()
    m, y = gen_expiry()
    cvv = gen_digits(4 if brand == "amex" else 3)
    c = Case("positive", "")
    c.a("Thanks, I have the card number. What's the expiry date and the security code?")
    k = R.randint(0, 1)
    if k == 0:
        c.c(typo(R.choice(["exp ", "expiry is ", "valid thru "])), V(fmt_exp_typed(m, y), "EXPIRY"))
        c.c(typo(R.choice(["cvv ", "code on back is ", "CVC="])), V(cvv, "CVV", cvv), emo())
    else:
        c.c(V(fmt_exp_typed(m, y), "EXPIRY"), typo(" and the security code is "), V(cvv, "CVV", cvv))
    c.note = "%s/%s: expiry and CVV typed after the card number" % (R.choice(CHAT), R.choice(["retail", "travel", "telecom"]))
    return c


def P_chat_correction():
    """Customer mistypes a value, then sends the corrected one (both labelled)."""
    c = Case("positive", "")
    k = R.randint(0, 2)
    if k == 0:
        num, kind = gen_phone()
        while kind not in ("uk_mob", "us", "ie_mob"):
            num, kind = gen_phone()
        bad = num[:6] + num[7:]
        c.a("Can I get a contact number?")
        c.c(V(bad, "PHONE", None))
        c.c(typo("sorry missed a digit "), V(fmt_phone(num, kind), "PHONE", num), R.choice(["", " *", emo()]))
        c.note = "%s/telecom: phone typed with a missing digit then corrected (both labelled)" % R.choice(CHAT)
    elif k == 1:
        num, brand = gen_card()
        bad = num[:9] + num[10:]
        c.a("Please type the card number.")
        c.c(V(bad, "CARD_NUMBER", None))
        c.a("That looks a digit short, could you check?")
        c.c(typo("oops "), V(sep_card(num), "CARD_NUMBER", num), emo())
        c.note = "%s/retail: card typed a digit short, then corrected (both labelled)" % R.choice(CHAT)
    else:
        sc = gen_sort()
        acct = gen_digits(8)
        c.a("What's the sort code?")
        c.c(V(sc[:2] + "-" + sc[2:4] + "-" + sc[4:5], "SORT_CODE", None))
        c.c(V(sc[:2] + "-" + sc[2:4] + "-" + sc[4:], "SORT_CODE", sc), typo(" sorry hit enter too soon"))
        c.a("And the account number?")
        c.c(V(acct[:4] + " " + acct[4:], "BANK_ACCOUNT", acct))
        c.note = "%s/utilities: sort code sent half-finished then resent, account in two groups" % R.choice(CHAT)
    return c


def P_email_split_chat():
    e = gen_email()
    loc, dom = e.split("@")
    c = Case("positive", "")
    g = newgroup()
    c.a("What email address should we use?")
    c.c(V(loc, "EMAIL", e, g))
    c.c(V("@" + dom, "EMAIL", e, g), R.choice(["", " sorry autocorrect", emo()]))
    c.note = "%s/%s: email split at the @ over two messages" % (R.choice(CHAT), R.choice(["retail", "travel", "insurance"]))
    return c


def P_sort_chat_messy():
    sc = gen_sort()
    acct = gen_digits(8)
    c = Case("positive", "")
    c.a("Which account would you like the refund paid into?")
    scf = pick(sc[:2] + " - " + sc[2:4] + " - " + sc[4:], sc[:2] + "/" + sc[2:4] + "/" + sc[4:], sc[:2] + "–" + sc[2:4] + "–" + sc[4:])
    c.c(typo(R.choice(["s/c ", "sortcode ", "Sort Code: "])), V(scf, "SORT_CODE", sc), "\n", typo(R.choice(["a/c ", "acc no ", "Account: "])),
        V(acct, "BANK_ACCOUNT", acct), "\n", typo("refund was %s" % small_money()))
    c.note = "%s/%s: sort code with slashes/en-dashes and account on separate lines with a refund amount" % (R.choice(CHAT), R.choice(["retail", "utilities", "insurance"]))
    return c


def P_dob_chat_mixed():
    y, m, d = gen_dob()
    c = Case("positive", "")
    c.c(typo("hi i need to move my appt from the %s to %s, order %d" % (dsfx(), dsfx(), R.randint(100000, 99999999))))
    c.a("Sure, can you confirm your date of birth first?")
    c.c(V(fmt_dob_typed(y, m, d, R.random() < 0.5), "DOB"), emo())
    c.note = "%s/healthcare billing: DOB after appointment dates and an order number in the same chat" % R.choice(CHAT)
    return c


# weights: list of (function, count)
POS_PLAN = [
    (P_card_chat_one, 14), (P_card_chat_split, 10), (P_card_full_chat, 10), (P_card_call, 9), (P_card_call_exp_cvv, 6),
    (P_ssn_chat, 14), (P_ssn_call, 8), (P_ssn_call_pairs, 5),
    (P_ni_chat, 13), (P_ni_call, 9), (P_ni_chat_messy, 6),
    (P_bank_chat, 9), (P_bank_call, 8),
    (P_iban_chat, 9), (P_iban_call, 5),
    (P_phone_chat, 10), (P_phone_call, 6), (P_phone_intl_call, 3),
    (P_email_chat, 8), (P_email_call, 5),
    (P_dob_chat, 7), (P_dob_call, 5),
    (P_addr_chat, 9), (P_addr_call, 6),
    (P_email_body, 8), (P_social_dm, 8), (P_mixed_chat, 10), (P_cvv_exp_chat, 6),
    (P_chat_correction, 9), (P_email_split_chat, 4), (P_sort_chat_messy, 6), (P_dob_chat_mixed, 4),
]

# ---------------------------------------------------------------------------
# negative templates
# ---------------------------------------------------------------------------


def sfx(d):
    return {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}.get(d, "th")


def dsfx():
    d = R.randint(1, 28)
    return "%d%s" % (d, sfx(d))


def small_money():
    return pick("£%d.%02d" % (R.randint(5, 150), R.randint(0, 99)), "$%d" % R.randint(5, 150), "€%d.%02d" % (R.randint(5, 150), R.randint(0, 99)))


def money():
    return pick("£%d.%02d" % (R.randint(5, 2000), R.randint(0, 99)), "$%s" % "{:,}".format(R.randint(100, 25000)),
                "€%d" % R.randint(10, 900), "%d.%02d EUR" % (R.randint(10, 900), R.randint(0, 99)))


def N_order_chat():
    c = Case("negative", "")
    ref = str(R.randint(10 ** (R.randint(5, 9)), 10 ** 10 - 1))[:R.randint(6, 10)]
    word = R.choice(["order number", "order #", "ticket no.", "Ref:", "invoice", "case ID", "booking ref"])
    c.c(typo("hi where is my %s %s, paid %s on the %s and still nothing" % (word, ref, money(), dsfx())), emo())
    c.a("Sorry about that! I can see %s was dispatched on %d %s and should arrive within %d working days." %
        (word.rstrip(":#. ") + " " + ref, R.randint(1, 28), R.choice(MONTHS).capitalize(), R.randint(2, 5)))
    c.note = "%s/retail: %d-digit order/ticket reference with amount and dates" % (R.choice(CHAT), len(ref))
    return c


def N_order_call():
    c = Case("negative", "")
    ref = gen_digits(R.randint(6, 9), True)
    word = R.choice(["order number", "reference number", "claim number", "ticket number", "invoice number"])
    c.a("do you have the %s there" % word)
    c.c("yeah the %s is %s" % (word, say_digits(ref, True)))
    c.a("thank you and i can see that was " + say_small(R.randint(20, 99)) + " pounds " + say_small(R.randint(10, 99)))
    c.note = "call/%s: %d-digit %s spoken digit by digit with the reference word" % (R.choice(["retail", "insurance", "utilities"]), len(ref), word)
    return c


def N_amounts_call():
    c = Case("negative", "")
    c.a("so your new monthly payment will be " + say_small(R.randint(20, 99)) + " pounds " + say_small(R.randint(10, 99)) +
        " starting from the " + ordinal(R.randint(1, 28)) + " of " + R.choice(MONTHS))
    c.c("and how much is the balance now")
    c.a("the balance is " + UNITS[R.randint(1, 9)] + " thousand " + UNITS[R.randint(1, 9)] + " hundred and " + say_small(R.randint(11, 99)) + " pounds")
    c.note = "call/banking: spoken amounts, balance and a payment date"
    return c


def N_time_chat():
    c = Case("negative", "")
    c.c(typo("can the engineer come between %d:%02d and %d:%02d on %s? im out from %dpm" %
             (R.randint(8, 11), R.choice([0, 15, 30]), R.randint(12, 17), R.choice([0, 30]), R.choice(["Monday", "Tues", "Fri"]), R.randint(2, 6))))
    c.a("Yes, I've booked a %d-hour slot for you, reference %s." % (R.randint(2, 4), "APT" + gen_digits(6)))
    c.note = "%s/utilities: times, slot length and appointment reference" % R.choice(CHAT)
    return c


def N_flight():
    c = Case("negative", "")
    fl = R.choice(["BA", "EI", "FR", "AA", "UA", "LH", "DL", "KL"]) + str(R.randint(10, 9999))
    c.c(typo("my flight %s on %d %s got cancelled, seat %d%s, gate %d" % (fl, R.randint(1, 28), R.choice(MON3), R.randint(1, 40), R.choice("ABCDEF"), R.randint(1, 60))))
    c.a("I'm sorry. I've rebooked you on %s departing %02d:%02d, arriving %02d:%02d local time." %
        (fl[:2] + str(R.randint(10, 999)), R.randint(6, 22), R.choice([0, 5, 35, 50]), R.randint(6, 23), R.choice([10, 25, 40])))
    c.note = "%s/travel: flight numbers, seat, gate and times" % R.choice(CHAT)
    return c


def N_flight_call():
    c = Case("negative", "")
    c.c("i'm on the flight " + R.choice(["e i", "b a", "ryanair"]) + " " + say_digits(str(R.randint(100, 999))) + " tomorrow at " +
        UNITS[R.randint(1, 9)] + " " + say_small(R.randint(10, 59)) + " in the morning")
    c.a("okay and how many bags are you bringing")
    c.c(R.choice(["two bags", "three bags", "just the one bag"]) + " and they're about " + say_small(R.randint(15, 32)) + " kilos each")
    c.note = "call/travel: spoken flight number, time, counts and weights"
    return c


def N_meter():
    c = Case("negative", "")
    rd = gen_digits(R.choice([5, 6]))
    c.a("Could you give me the meter reading?")
    c.c(typo("electric meter reads %s and gas is %s, photo taken %d/%d" % (rd, gen_digits(5), R.randint(1, 28), R.randint(1, 12))))
    c.a("Thanks, that's %d kWh since the last reading so your bill will be %s." % (R.randint(150, 900), small_money()))
    c.note = "%s/utilities: meter readings, kWh, a payment amount" % R.choice(CHAT)
    return c


def N_meter_call():
    c = Case("negative", "")
    rd = gen_digits(5)
    c.a("what's the reading on the meter")
    c.c("it says " + say_digits(rd, True) + " on the black numbers and then " + say_digits(gen_digits(1)) + " in the red")
    c.note = "call/utilities: spoken meter reading"
    return c


def N_model():
    c = Case("negative", "")
    mdl = R.choice(["SM-G99%dB" % R.randint(0, 9), "iPhone 1%d Pro" % R.randint(2, 6), "WF%d0T" % R.randint(10, 99),
                    "KDL-%dW%d" % (R.randint(32, 65), R.randint(600, 999)), "HG%d" % R.randint(100, 999)])
    c.c(typo("my %s keeps rebooting, bought it %d months ago, only %d%% battery" % (mdl, R.randint(2, 30), R.randint(5, 90))))
    c.a("Let's try a reset. Hold the power button for %d seconds. Firmware should be %d.%d.%d." % (R.randint(10, 30), R.randint(1, 9), R.randint(0, 9), R.randint(0, 30)))
    c.note = "%s/telecom: model number, durations, percentages, firmware version" % R.choice(CHAT)
    return c


def N_speed():
    c = Case("negative", "")
    c.c(typo("paying for %d Mbps but only getting %d.%d down %d up, ping %dms" % (R.choice([100, 500, 900]), R.randint(5, 80), R.randint(0, 9), R.randint(1, 20), R.randint(9, 200))))
    c.a("That's below the %d Mbps minimum guaranteed. I'll raise fault %s." % (R.randint(30, 400), "F-" + gen_digits(7)))
    c.note = "%s/telecom: speeds, ping, fault reference" % R.choice(CHAT)
    return c


def N_age_temp():
    c = Case("negative", "")
    c.c(typo("my dad is %d and the heating has been off for %d days, its %d degrees in the house" % (R.randint(70, 95), R.randint(2, 6), R.randint(8, 15))))
    c.a("I'm really sorry. I've flagged this as priority; an engineer will be there within %d hours." % R.choice([4, 12, 24]))
    c.note = "%s/utilities: age, duration, temperature" % R.choice(CHAT)
    return c


def N_room():
    c = Case("negative", "")
    c.c(typo("hi im in room %d, checked in %d %s, the aircon is stuck at %d°C" % (R.randint(100, 1299), R.randint(1, 28), R.choice(MON3), R.randint(16, 30))))
    c.a("Sorry! Maintenance will be with you in %d minutes." % R.randint(10, 45))
    c.note = "%s/travel: hotel room number, date and temperature" % R.choice(CHAT)
    return c


def N_dates():
    c = Case("negative", "")
    d1 = "%02d/%02d/%d" % (R.randint(1, 28), R.randint(1, 12), R.randint(2023, 2027))
    c.c(typo("my contract started %s and it says minimum term %d months, can i leave early?" % (d1, R.choice([12, 18, 24]))))
    c.a("Your contract end date is %d %s %d. Leaving now would cost %s." % (R.randint(1, 28), R.choice(MONTHS).capitalize(), R.randint(2026, 2028), money()))
    c.note = "%s/telecom: contract start/end dates (not birth dates) and a fee" % R.choice(CHAT)
    return c


def N_dates_call():
    c = Case("negative", "")
    c.a("your next appointment is on the " + ordinal(R.randint(1, 28)) + " of " + R.choice(MONTHS) + " at " + UNITS[R.randint(1, 9)] + " " +
        R.choice(["fifteen", "thirty", "forty five", "o'clock"]))
    c.c("and the last payment was on the " + ordinal(R.randint(1, 28)) + " wasn't it")
    c.a("yes " + say_year(R.randint(2024, 2026)) + " and that was " + say_small(R.randint(20, 99)) + " dollars")
    c.note = "call/healthcare billing: appointment and payment dates, year, amount"
    return c


def N_percent():
    c = Case("negative", "")
    c.c(typo("why did my premium go up %d%%? it was %s last year (%d)" % (R.randint(5, 40), money(), R.randint(2020, 2025))))
    c.a("Renewal prices rose by an average of %d.%d%%. Your no-claims discount is %d years." % (R.randint(2, 15), R.randint(0, 9), R.randint(1, 9)))
    c.note = "%s/insurance: percentages, amounts, years" % R.choice(CHAT)
    return c


def N_quantities():
    c = Case("negative", "")
    q = R.randint(2, 12)
    c.c(typo("ordered %d x item %s but got %d, size %d, total was %s" % (q, "SKU-" + gen_digits(6), q - 1, R.choice([8, 10, 12, 14, 42, 44]), money())))
    c.a("Apologies! I've refunded 1 item; allow %d-%d days." % (R.randint(3, 5), R.randint(6, 10)))
    c.note = "%s/retail: quantities, SKU, size, amount" % R.choice(CHAT)
    return c


def N_policy_call():
    c = Case("negative", "")
    ref = gen_digits(R.choice([7, 8, 9, 10]), True)
    c.c("the policy number is " + " ".join(say_group(x, True) for x in chunks(ref, [len(ref) // 2, len(ref) - len(ref) // 2])))
    c.a("thank you and the excess on that is " + UNITS[R.randint(1, 5)] + " hundred pounds")
    c.note = "call/insurance: %d-digit policy number spoken in groups/pairs with its reference word" % len(ref)
    return c


def N_claim_chat():
    c = Case("negative", "")
    ref = R.choice(["CLM", "INC", "CS", "TKT", "WO"]) + R.choice(["-", "", " "]) + gen_digits(R.randint(6, 10))
    c.c(typo("any update on claim %s? its been %d weeks and the repair quote was %s" % (ref, R.randint(2, 8), money())))
    c.a("I can see %s is with the assessor, decision expected by %d %s." % (ref, R.randint(1, 28), R.choice(MON3)))
    c.note = "%s/insurance: alphanumeric claim reference with amount and dates" % R.choice(CHAT)
    return c


def N_balance_call():
    c = Case("negative", "")
    c.c("how much do i owe")
    c.a("your balance is " + say_small(R.randint(1, 9)) + " thousand " + say_small(R.randint(1, 9)) + " hundred and " + say_small(R.randint(11, 99)) +
        " dollars and " + say_small(R.randint(11, 99)) + " cents and the minimum payment is " + say_small(R.randint(25, 99)) + " dollars")
    c.c("okay i'll pay " + say_small(R.randint(100, 99) if False else R.randint(30, 99)) + " on the " + ordinal(R.randint(1, 28)))
    c.note = "call/banking: spoken balance, minimum payment and date"
    return c


def N_counts_sms():
    c = Case("negative", "")
    c.c(typo("hi its been %d days n %d calls and still no fix!!! %d hrs on hold total" % (R.randint(3, 20), R.randint(4, 15), R.randint(2, 9))) + emo())
    c.a("I'm sorry. You've been credited %s for %d days of lost service." % (small_money(), R.randint(3, 20)))
    c.note = "sms/telecom: counts, durations, credit amount"
    return c


def N_tracking():
    c = Case("negative", "")
    tr = R.choice(["1Z" + gen_digits(6) + "0" + gen_digits(3), "JD" + gen_digits(10)[:8] + "GB", "TRK" + gen_digits(8)])
    c.c(typo("tracking says %s delivered at %d:%02d but nothing here" % (tr, R.randint(8, 20), R.randint(0, 59))))
    c.a("I've opened investigation #%s; we'll update you within %d hours." % (gen_digits(R.randint(6, 8), True), R.choice([24, 48, 72])))
    c.note = "%s/retail: tracking code, time, investigation number" % R.choice(CHAT)
    return c


def N_year_call():
    c = Case("negative", "")
    yr = R.randint(1996, 2020)
    c.c("i've been with you since " + say_year(yr) + " and i pay " + say_small(R.randint(30, 99)) + " pounds a month")
    c.a("thank you for being with us " + say_small(2026 - yr) + " years i can offer you " + say_small(R.randint(10, 30)) + " percent off")
    c.note = "call/telecom: years, tenure, amounts, percentages"
    return c


def N_data_usage():
    c = Case("negative", "")
    c.c(typo("used %d.%dGB of %dGB and its only the %s, roaming in %s" % (R.randint(20, 29), R.randint(0, 9), R.choice([30, 50, 100]), dsfx(), R.choice(["Spain", "France", "Portugal"]))))
    c.a("You have %d GB left until %d %s. An add-on is %s for %d days." % (R.randint(1, 20), R.randint(1, 28), R.choice(MON3), small_money(), R.choice([7, 30])))
    c.note = "%s/telecom: data usage, dates and add-on price" % R.choice(CHAT)
    return c


def N_gov():
    c = Case("negative", "")
    c.c(typo("my tax return for %s shows i owe %s, is that right? form SA%d" % ((lambda y: "%d/%02d" % (y, (y + 1) % 100))(R.randint(2019, 2024)), money(), R.choice([100, 102, 103, 302]))))
    c.a("The payment deadline is 31 January %d. You can set up a plan over %d months." % (R.randint(2026, 2027), R.choice([6, 12])))
    c.note = "%s/government services: tax year, form number, deadline (not DOB)" % R.choice(CHAT)
    return c


def N_hospital():
    c = Case("negative", "")
    c.a("your bill for the visit on the " + ordinal(R.randint(1, 28)) + " of " + R.choice(MONTHS) + " comes to " + say_small(R.randint(20, 99)) + " dollars after insurance")
    c.c("and the invoice number is " + say_digits(gen_digits(8, True)) + " right")
    c.a("that's right and you can split it into " + UNITS[R.randint(2, 6)] + " payments")
    c.note = "call/healthcare billing: invoice number spoken digit-by-digit with its reference word, visit date, amount"
    return c


NEG_PLAN = [
    (N_order_chat, 10), (N_order_call, 7), (N_amounts_call, 4), (N_time_chat, 5), (N_flight, 5), (N_flight_call, 3),
    (N_meter, 5), (N_meter_call, 3), (N_model, 5), (N_speed, 4), (N_age_temp, 3), (N_room, 3), (N_dates, 5),
    (N_dates_call, 4), (N_percent, 4), (N_quantities, 4), (N_policy_call, 4), (N_claim_chat, 6), (N_balance_call, 3),
    (N_counts_sms, 3), (N_tracking, 4), (N_year_call, 3), (N_data_usage, 3), (N_gov, 3), (N_hospital, 3),
]

# ---------------------------------------------------------------------------
# build
# ---------------------------------------------------------------------------


def build():
    R.seed(SEED)
    _gid[0] = 0
    plan = []
    for f, n in POS_PLAN:
        plan += [f] * n
    R.shuffle(plan)
    pos = []
    for f in plan:
        pos.append(f())
    nplan = []
    for f, n in NEG_PLAN:
        nplan += [f] * n
    R.shuffle(nplan)
    neg = [f() for f in nplan]
    out = []
    for i, c in enumerate(pos, 1):
        out.append((PFX + "-pos-%03d" % i, c))
    for i, c in enumerate(neg, 1):
        out.append((PFX + "-neg-%03d" % i, c))
    return out


def to_json(cid, c):
    return json.dumps({"id": cid, "kind": c.kind, "turns": c.turns, "spans": c.spans, "note": c.note}, ensure_ascii=False)


# ---------------------------------------------------------------------------
# normalisation + validation
# ---------------------------------------------------------------------------
WORDNUM = {w: i for i, w in enumerate(UNITS)}
WORDNUM.update({"oh": 0, "o": 0, "nought": 0})
TEENNUM = {w: 10 + i for i, w in enumerate(TEENS)}
TENNUM = {w: i for i, w in enumerate(TENS) if w}
ORDNUM = {v: k for k, v in ORD.items()}
NATO_REV = {v: k for k, v in NATO.items()}
FILLERS = {"um", "uh", "er", "erm", "dash", "hyphen", "slash", "and", "sorry", "then", "its", "it's", "the", "space"}


def tokens(s):
    return re.findall(r"[a-z0-9'\-]+|[@+.]", s.lower().replace("x-ray", "xray"))


def spoken_digits(s):
    toks = [t for t in re.findall(r"[a-z]+|\d+", s.lower())]
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        if t.isdigit():
            out.append(t)
        elif t in ("double", "triple") and i + 1 < len(toks):
            n = toks[i + 1]
            rep = 2 if t == "double" else 3
            if n in WORDNUM:
                out.append(str(WORDNUM[n]) * rep)
            elif n.isdigit():
                out.append(n * rep)
            i += 1
        elif t in WORDNUM:
            out.append(str(WORDNUM[t]))
        elif t in TEENNUM:
            out.append(str(TEENNUM[t]))
        elif t in TENNUM:
            if i + 1 < len(toks) and toks[i + 1] in WORDNUM and toks[i + 1] not in ("oh", "o", "nought", "zero"):
                out.append(str(TENNUM[t]) + str(WORDNUM[toks[i + 1]]))
                i += 1
            else:
                out.append(str(TENNUM[t]) + "0")
        i += 1
    return "".join(out)


def spoken_alnum(s):
    toks = re.findall(r"[a-z]+|\d+|[A-Z]+|[a-z0-9]+", s.lower().replace("x-ray", "xray"))
    toks = re.findall(r"[a-z0-9]+", s.lower().replace("x-ray", "xray"))
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if len(t) == 1 and t.isalpha() and nxt == "for" and i + 2 < len(toks):
            out.append(t.upper())
            i += 3
            continue
        if len(t) == 1 and t.isalpha() and nxt == "as" and i + 3 < len(toks) and toks[i + 2] == "in":
            out.append(t.upper())
            i += 4
            continue
        if t in ("double", "triple") and nxt:
            rep = 2 if t == "double" else 3
            if nxt in WORDNUM:
                out.append(str(WORDNUM[nxt]) * rep)
            else:
                out.append(nxt.upper() * rep)
            i += 2
            continue
        if t in FILLERS:
            pass
        elif t in WORDNUM:
            out.append(str(WORDNUM[t]))
        elif t in TEENNUM:
            out.append(str(TEENNUM[t]))
        elif t in TENNUM:
            if nxt in WORDNUM and nxt not in ("oh", "o", "nought", "zero"):
                out.append(str(TENNUM[t]) + str(WORDNUM[nxt]))
                i += 1
            else:
                out.append(str(TENNUM[t]) + "0")
        elif t.replace("xray", "x-ray") in NATO_REV:
            out.append(NATO_REV[t.replace("xray", "x-ray")].upper())
        else:
            out.append(t.upper())
        i += 1
    return "".join(out)


def spoken_email(s):
    s = s.lower()
    s = re.sub(r"[\[\(]\s*(at|dot)\s*[\]\)]", r" \1 ", s)
    s = s.strip("<> ")
    if "@" in s and " " not in s:
        return s
    toks = s.split()
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        if t == "at":
            out.append("@")
        elif t == "dot":
            out.append(".")
        elif t == "underscore":
            out.append("_")
        elif t in ("dash", "hyphen"):
            out.append("-")
        elif t in ("double", "triple") and i + 1 < len(toks):
            n = toks[i + 1]
            out.append((str(WORDNUM[n]) if n in WORDNUM else n) * (2 if t == "double" else 3))
            i += 1
        elif t in WORDNUM and t != "o":
            out.append(str(WORDNUM[t]))
        else:
            out.append(t)
        i += 1
    return "".join(out)


UK_PC = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$")
US_ZIP = re.compile(r"^\d{5}(\d{4})?$")
NI_RE = re.compile(r"^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$")


def norm(typ, text):
    if typ == "EMAIL":
        return spoken_email(text)
    if typ in ("NI_NUMBER", "IBAN", "POSTCODE"):
        return spoken_alnum(text)
    return spoken_digits(text)


def validate_value(typ, v):
    if typ == "CARD_NUMBER":
        return v.isdigit() and 13 <= len(v) <= 19 and luhn_ok(v)
    if typ == "CVV":
        return v.isdigit() and len(v) in (3, 4)
    if typ == "SSN":
        return v.isdigit() and len(v) == 9 and v[:3] not in ("000", "666") and v[3:5] != "00" and v[5:] != "0000"
    if typ == "NI_NUMBER":
        return bool(NI_RE.match(v))
    if typ == "BANK_ACCOUNT":
        return v.isdigit() and 6 <= len(v) <= 12
    if typ == "SORT_CODE":
        return v.isdigit() and len(v) == 6
    if typ == "IBAN":
        return iban_valid(v)
    if typ == "PHONE":
        return v.isdigit() and 9 <= len(v) <= 13
    if typ == "EMAIL":
        return bool(re.fullmatch(r"[a-z0-9._-]+@[a-z0-9-]+(\.[a-z0-9-]+)+", v))
    if typ == "POSTCODE":
        return bool(UK_PC.match(v) or US_ZIP.match(v))
    return True


def shape_ok(typ, text):
    low = text.lower()
    if typ == "DOB":
        has_month = any(m in low for m in MONTHS) or any(m.lower() in low for m in MON3)
        d = spoken_digits(text)
        return (has_month and len(d) >= 2) or (len(re.sub(r"\D", "", text)) >= 4 and re.search(r"\d[/.-]\d", text) is not None) or (len(d) >= 6)
    if typ == "EXPIRY":
        has_month = any(m in low for m in MONTHS) or any(m.lower() in low for m in MON3)
        d = spoken_digits(text)
        return (has_month and 2 <= len(d) <= 4) or 3 <= len(d) <= 6
    if typ == "ADDRESS":
        words = re.findall(r"[a-z]+|\d+", low)
        has_num = any(w.isdigit() for w in words) or any(w in WORDNUM or w in TEENNUM or w in TENNUM for w in words)
        return has_num and any(w in SUFFIXES for w in words)
    return True


def canon_norm(typ, canon):
    if typ == "EMAIL":
        return canon.lower()
    if typ in ("NI_NUMBER", "IBAN", "POSTCODE"):
        return re.sub(r"[^A-Z0-9]", "", canon.upper())
    return re.sub(r"\D", "", canon)


def check_cases(cases, lines):
    problems = []
    ids = set()
    counts = Counter()
    kinds = Counter()
    typed_cases = 0
    for (cid, c), line in zip(cases, lines):
        obj = json.loads(line)
        if obj["id"] in ids:
            problems.append("duplicate id " + cid)
        ids.add(obj["id"])
        kinds[obj["kind"]] += 1
        if not obj["note"].startswith("call/"):
            typed_cases += 1
        if obj["kind"] == "negative" and obj["spans"]:
            problems.append(cid + ": negative with spans")
        if obj["kind"] == "positive" and not obj["spans"]:
            problems.append(cid + ": positive without spans")
        for t in obj["turns"]:
            if t["speaker"] not in ("agent", "customer") or not t["text"]:
                problems.append(cid + ": bad turn")
        prev = {}
        groups = {}
        for sp, (grp, canon) in zip(obj["spans"], c.meta):
            counts[sp["type"]] += 1
            if sp["type"] not in TYPES:
                problems.append(cid + ": bad type " + sp["type"])
            if not (0 <= sp["turn"] < len(obj["turns"])):
                problems.append(cid + ": turn out of range")
                continue
            text = obj["turns"][sp["turn"]]["text"]
            s, e = sp["start"], sp["end"]
            if not (0 <= s < e <= len(text)):
                problems.append(cid + ": offsets out of range")
                continue
            seg = text[s:e]
            if seg != seg.strip():
                problems.append("%s: span has outer whitespace %r" % (cid, seg))
            if s > 0 and text[s - 1].isalnum():
                problems.append("%s: span start not on word boundary %r" % (cid, seg))
            if e < len(text) and text[e].isalnum():
                problems.append("%s: span end not on word boundary %r" % (cid, seg))
            for (ps, pe) in prev.get(sp["turn"], []):
                if s < pe and ps < e:
                    problems.append(cid + ": overlapping spans")
            prev.setdefault(sp["turn"], []).append((s, e))
            if not shape_ok(sp["type"], seg):
                problems.append("%s: %s shape bad %r" % (cid, sp["type"], seg))
            groups.setdefault(grp, (sp["type"], canon, []))[2].append(seg)
        for grp, (typ, canon, segs) in groups.items():
            if typ in ("DOB", "EXPIRY", "ADDRESS"):
                continue
            got = "".join(norm(typ, x) for x in segs)
            if canon is None:
                if not got:
                    problems.append("%s: %s partial normalises to nothing" % (cid, typ))
                continue
            want = canon_norm(typ, canon)
            if typ == "PHONE" and got != want and want.startswith("0") and got.endswith(want[1:]) and \
                    got[:len(got) - len(want) + 1] in ("44", "440", "0044", "353", "00353", "1"):
                got = want
            if typ == "PHONE" and got == "1" + want:
                got = want
            if got != want:
                problems.append("%s: %s normalised %r != %r (%r)" % (cid, typ, got, want, segs))
            if not validate_value(typ, want):
                problems.append("%s: %s value %r invalid" % (cid, typ, want))
    return problems, counts, kinds, typed_cases


def readme(counts, kinds, typed):
    rows = "\n".join("| %s | %d |" % (t, counts[t]) for t in TYPES)
    return """# pii_holdout139 — held-out PII redaction evaluation set

**Never use this set for tuning.** It exists only to measure the redactor on
data its authors have not seen. Do not look at individual failures to adjust
patterns; if you do, the set stops being held-out and must be replaced.

## Who wrote it and how

Written by an AI helper acting as an independent author. The author did not
see the redaction code, its tests, its docs, the benchmark script or other
PII fixtures; the only data looked at was a three-line example of the JSONL
format. Cases are produced by `scripts/make_pii_holdout139.py` from template
functions: every turn is assembled from plain-text segments and labelled
value segments, so offsets are computed, never typed by hand. All values come
from one `random.Random(%d)`; the output is byte-for-byte reproducible.

`python scripts/make_pii_holdout139.py --check` regenerates the set and
verifies it is identical to the file, ids are unique, offsets are in range and
on word boundaries, spans do not overlap, and each value is valid after
normalising spoken forms (Luhn for cards, mod-97 for IBANs, NI format, 9
digits for SSN, 6 for sort codes, digit counts for CVV/phone/account,
postcode/ZIP shapes; values split over several turns are concatenated first).

## Contents

- %d positive cases, %d negative cases (%d cases in typed channels — web
  chat, SMS, e-mail bodies, social DMs, app chat, WhatsApp — the rest are ASR-style
  call transcripts; the channel is the first word of each `note`).
- Typed cases include typos around values, mixed case, emojis, odd separators
  (dots, dashes, double spaces, non-breaking spaces), CRLF e-mail bodies,
  quoted replies, zero-width characters after pasted values, `[at]`/`[dot]`
  obfuscation and values split over several messages.
- Call cases are lower case, numbers as words (`oh`/`o`/`zero`/`nought`,
  `double`/`triple`, pairs such as `forty one`, years such as `nineteen
  eighty five`), letters as `b for bravo` / `s as in sugar` / bare NATO words,
  values split across turns with agent back-channels, self-corrections,
  agent read-backs, fillers inside readings.
- Negatives: money, balances, times, durations, counts, percentages, years,
  non-birth dates, order/ticket/claim/invoice/policy references (with their
  reference word, up to 10 digits, some spoken digit by digit), flight
  numbers, room numbers, model numbers, SKUs, tracking codes, meter readings,
  speeds, ages, temperatures. Negatives contain no personal names and no
  company addresses or phone numbers.

## Annotation conventions

- A span covers the value only: not the lead-in (`its`, `card:`, `my ssn is`),
  not trailing punctuation or emojis.
- Spoken values: from the first to the last word of the reading, including
  fillers (`um`), `double`/`triple`, `dash`, `slash` and letter-spelling words
  (`b for bravo`) that fall inside it.
- A value split over several turns/messages gets one span per piece, all the
  same type.
- Self-corrections: the abandoned partial reading and the corrected full
  reading are both labelled (both are the caller's data). A wrong second
  phone number the caller gives before correcting is also a PHONE.
- Agent read-backs of a value are labelled as well.
- CARD_NUMBER is the full PAN (13–19 digits, Luhn-valid); CVV and EXPIRY only
  when asked for / introduced as such. EXPIRY is the month+year only.
- PHONE includes any `+44`/`+353`/`+1`/`0044`/`plus four four` prefix.
- EMAIL in obfuscated form (`name [at] gmail [dot] com`) covers the whole
  obfuscated string.
- ADDRESS is the street line: optional `Flat n,`/`Apt n`, house number and
  street name with its suffix. Town/city and county are not labelled; the
  postcode/ZIP is a separate POSTCODE span.
- DOB covers the whole date (day, month, year).
- SORT_CODE and BANK_ACCOUNT are separate spans even when adjacent. An IBAN is
  one IBAN span (not split into sort code/account).

## Span counts per type

| type | spans |
|---|---|
%s
""" % (SEED, kinds["positive"], kinds["negative"], typed, rows)


def main():
    cases = build()
    lines = [to_json(cid, c) for cid, c in cases]
    data = "\n".join(lines) + "\n"
    problems, counts, kinds, typed = check_cases(cases, lines)
    rd = readme(counts, kinds, typed)
    if "--check" in sys.argv:
        if not CASES.exists() or CASES.read_text(encoding="utf-8") != data:
            problems.append("cases.jsonl differs from regenerated output")
        if not README.exists() or README.read_text(encoding="utf-8") != rd:
            problems.append("README.md differs from regenerated output")
        for t in TYPES:
            need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
            if counts[t] < need:
                problems.append("type %s has %d spans < %d" % (t, counts[t], need))
        if kinds["positive"] < 170 or kinds["negative"] < 100:
            problems.append("not enough cases: %s" % dict(kinds))
    else:
        OUT_DIR.mkdir(parents=True, exist_ok=True)
        CASES.write_text(data, encoding="utf-8")
        README.write_text(rd, encoding="utf-8")
    print("cases: %d positive, %d negative, %d typed-channel" % (kinds["positive"], kinds["negative"], typed))
    for t in TYPES:
        print("  %-13s %d" % (t, counts[t]))
    for p in problems:
        print("PROBLEM:", p)
    if problems:
        print("FAILED: %d problem(s)" % len(problems))
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())

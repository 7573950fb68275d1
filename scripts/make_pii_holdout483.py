#!/usr/bin/env python3
"""Generate the pii_holdout483 held-out PII redaction evaluation set.

Standard library only. Deterministic: one random.Random(483241125).
Every turn is assembled from plain-text segments and labelled value segments,
so span offsets are computed, never typed by hand.

Usage:
    python scripts/make_pii_holdout483.py          # write cases.jsonl
    python scripts/make_pii_holdout483.py --check  # regenerate + validate
"""
import argparse
import json
import os
import random
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "fixtures", "pii_holdout483", "cases.jsonl")

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

# ---------------------------------------------------------------- builders


class Case:
    def __init__(self, kind, note):
        self.kind = kind
        self.note = note
        self.turns = []   # (speaker, text)
        self.spans = []   # dicts
        self.values = {}  # key -> (type, [span indexes])
        self._k = 0

    def key(self):
        self._k += 1
        return "v%d" % self._k

    def t(self, speaker, *segs):
        """segs: str (plain) or tuple (text, TYPE[, key]) (labelled)."""
        text = ""
        ti = len(self.turns)
        for s in segs:
            if isinstance(s, str):
                text += s
                continue
            val, typ = s[0], s[1]
            k = s[2] if len(s) > 2 else self.key()
            start = len(text)
            text += val
            self.spans.append({"turn": ti, "start": start, "end": len(text), "type": typ})
            self.values.setdefault(k, (typ, []))[1].append(len(self.spans) - 1)
        self.turns.append((speaker, text))
        return self

    def cust(self, *s):
        return self.t("customer", *s)

    def agent(self, *s):
        return self.t("agent", *s)


R = random.Random(483241125)


def ch(seq):
    return R.choice(seq)


def chance(p):
    return R.random() < p


# ---------------------------------------------------------------- value makers

def luhn_complete(partial):
    digits = [int(c) for c in partial + "0"]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return partial + str((10 - total % 10) % 10)


def luhn_ok(s):
    total = 0
    for i, c in enumerate(reversed(s)):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def rdig(n):
    return "".join(str(R.randint(0, 9)) for _ in range(n))


def make_card():
    kind = ch(["visa", "visa", "mc", "mc", "amex", "disc", "visa13", "maestro19", "mc2"])
    if kind == "visa":
        p = "4" + rdig(14)
    elif kind == "mc":
        p = "5" + str(R.randint(1, 5)) + rdig(13)
    elif kind == "mc2":
        p = "22" + str(R.randint(21, 70)) + rdig(11)
    elif kind == "amex":
        p = ch(["34", "37"]) + rdig(12)
    elif kind == "disc":
        p = "6011" + rdig(11)
    elif kind == "visa13":
        p = "4" + rdig(11)
    else:
        p = ch(["6759", "6763", "5018"]) + rdig(14)
    return luhn_complete(p)


def card_groups(n):
    if len(n) == 15:
        return [n[:4], n[4:10], n[10:]]
    if len(n) == 13:
        return [n[:4], n[4:8], n[8:13]]
    if len(n) == 19:
        return [n[:4], n[4:8], n[8:12], n[12:16], n[16:]]
    return [n[i:i + 4] for i in range(0, len(n), 4)]


def make_ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


NI_FIRST = "ABCEGHJKLMNOPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def make_ni():
    while True:
        p = ch(NI_FIRST) + ch(NI_SECOND)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + rdig(6) + ch("ABCD")


def iban_check(country, bban):
    s = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return "%02d" % (98 - int(num) % 97)


def make_iban():
    c = ch(["GB", "IE", "DE", "FR", "NL", "ES", "IT", "GB", "IE"])
    L = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    if c in ("GB", "IE"):
        bban = ch(["NWBK", "BARC", "AIBK", "BOFI", "LOYD", "HBUK", "IPBS"]) + rdig(14)
    elif c == "DE":
        bban = rdig(18)
    elif c == "FR":
        bban = rdig(10) + rdig(11) + rdig(2)
    elif c == "NL":
        bban = ch(["ABNA", "INGB", "RABO", "TRIO"]) + rdig(10)
    elif c == "ES":
        bban = rdig(20)
    else:
        bban = ch(L) + rdig(10) + rdig(12)
    return c + iban_check(c, bban) + bban


def iban_ok(s):
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def make_sort():
    return ch(["20", "40", "60", "30", "11", "09", "83", "90", "77"]) + rdig(4)


def make_acct(country="UK"):
    if country == "UK":
        return str(R.randint(1, 9)) + rdig(7)
    return str(R.randint(1, 9)) + rdig(R.choice([8, 9, 10, 11]))


def make_uk_mobile():
    return "07" + ch(["700", "911", "534", "826", "412", "958", "387"]) + rdig(6)


def make_uk_land():
    return ch(["020", "0161", "0113", "0131", "0117", "01632", "028"]) + rdig(7 if True else 6)[: (11 - len("0"))]


def make_us_phone():
    return ch(["212", "415", "617", "312", "202", "646", "737", "503"]) + str(R.randint(2, 9)) + rdig(2) + rdig(4)


def make_ie_mobile():
    return "08" + ch(["3", "5", "6", "7", "9"]) + rdig(7)


FIRST = ["jane", "mark", "priya", "tomasz", "aoife", "deshawn", "li", "fatima", "gareth", "siobhan",
         "carlos", "emma", "oluwaseun", "niamh", "raj", "kevin", "marta", "hannah", "connor", "yusuf"]
LAST = ["doe", "smith", "okafor", "nowak", "byrne", "patel", "murphy", "jones", "garcia", "nguyen",
        "o'brien", "kowalski", "walsh", "hughes", "ahmed", "fitzgerald", "evans", "kelly", "brown", "lee"]
DOMAINS = ["gmail.com", "outlook.com", "yahoo.co.uk", "hotmail.com", "icloud.com", "btinternet.com",
           "eircom.net", "proton.me", "aol.com", "web.de", "live.ie"]


def make_email():
    f, l = ch(FIRST), ch(LAST).replace("'", "")
    local = ch([f + "." + l, f[0] + l, f + l + rdig(2), f + "_" + l, l + "." + f + rdig(1), f + "." + l + "84"])
    return local + "@" + ch(DOMAINS)


UK_STREETS = ["Elm Grove", "Station Road", "Victoria Street", "Mill Lane", "Kingsway", "Church Street",
              "Hawthorn Avenue", "Queens Road", "Orchard Close", "Albert Terrace", "Park Crescent"]
US_STREETS = ["Maple Avenue", "Oak Street", "Sunset Blvd", "W 34th Street", "Pine Ridge Road",
              "Lakeview Drive", "Main Street", "Cedar Lane", "Elm St"]
IE_STREETS = ["Dorset Street", "Griffith Avenue", "Main Street", "Ballymun Road", "Strand Road"]
UK_TOWNS = [("Leeds", "LS6 2QH"), ("Manchester", "M14 5RT"), ("London", "SW1A 2AA"), ("Bristol", "BS8 1TH"),
            ("Glasgow", "G12 8QQ"), ("Cardiff", "CF10 3AT"), ("Belfast", "BT7 1NN"), ("York", "YO31 7EP"),
            ("London", "EC1V 9HX"), ("Nottingham", "NG7 2RD"), ("Edinburgh", "EH3 9DR")]
US_TOWNS = [("Austin, TX", "78704"), ("Boston, MA", "02118"), ("Chicago, IL", "60614"),
            ("Portland, OR", "97205-1234"), ("Brooklyn, NY", "11215"), ("Denver, CO", "80203"),
            ("Miami, FL", "33131-2207")]


def make_address(country):
    n = str(R.randint(1, 240))
    if country == "US":
        return ch([n + " " + ch(US_STREETS), "Apt " + str(R.randint(2, 40)) + ", " + n + " " + ch(US_STREETS),
                   n + " " + ch(US_STREETS) + " Apt " + str(R.randint(1, 9)) + "B"])
    if country == "IE":
        return ch([n + " " + ch(IE_STREETS), "Apartment " + str(R.randint(1, 30)) + ", " + n + " " + ch(IE_STREETS)])
    return ch([n + " " + ch(UK_STREETS), "Flat " + str(R.randint(1, 12)) + ", " + n + " " + ch(UK_STREETS),
               "Flat " + ch(["2B", "3", "1A"]) + " " + n + " " + ch(UK_STREETS)])


MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december"]
ORD = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
       "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
       "eighteenth", "nineteenth", "twentieth", "twenty first", "twenty second", "twenty third",
       "twenty fourth", "twenty fifth", "twenty sixth", "twenty seventh", "twenty eighth"]


def make_dob():
    return R.randint(1, 28), R.randint(1, 12), R.randint(1941, 2004)


def dob_typed(d, m, y, us=False):
    return ch([
        ("%02d/%02d/%d" % ((m, d, y) if us else (d, m, y))),
        ("%d-%02d-%02d" % (y, m, d)),
        ("%d %s %d" % (d, MONTHS[m - 1].capitalize()[:3], y)),
        ("%s %d, %d" % (MONTHS[m - 1].capitalize(), d, y)),
        ("%d.%d.%d" % (d, m, y % 100 if chance(0.3) else y)),
    ])


# ---------------------------------------------------------------- speech

ONES = "zero one two three four five six seven eight nine".split()
TEENS = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
FILL = ["um", "uh", "er", "erm"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "f": "foxtrot",
        "g": "golf", "h": "hotel", "i": "india", "j": "juliet", "k": "kilo", "l": "lima", "m": "mike",
        "n": "november", "o": "oscar", "p": "papa", "q": "quebec", "r": "romeo", "s": "sierra",
        "t": "tango", "u": "uniform", "v": "victor", "w": "whiskey", "x": "xray", "y": "yankee", "z": "zulu"}


def zero_word(letters_ok=False):
    return ch(["zero", "nought"]) if letters_ok else ch(["oh", "oh", "zero", "o", "nought"])


def dw(d, letters_ok=False):
    return zero_word(letters_ok) if d == "0" else ONES[int(d)]


def say_single(s, letters_ok=False, runs=True):
    out, i = [], 0
    while i < len(s):
        d = s[i]
        j = i
        while j < len(s) and s[j] == d:
            j += 1
        run = j - i
        if runs and run >= 3 and chance(0.7):
            out.append("triple " + dw(d, letters_ok)); i += 3; continue
        if runs and run >= 2 and chance(0.7):
            out.append("double " + dw(d, letters_ok)); i += 2; continue
        out.append(dw(d, letters_ok)); i += 1
    return " ".join(out)


def say_pair(p, letters_ok=False):
    a, b = p
    if a == "0":
        return zero_word(letters_ok) + " " + dw(b, letters_ok)
    if a == "1":
        return TEENS[int(b)]
    if b == "0":
        return TENS[int(a)]
    return TENS[int(a)] + ch(["-", " "]) + ONES[int(b)]


def say_pairs(s):
    return " ".join(say_pair(s[i:i + 2]) for i in range(0, len(s), 2))


def say_hundreds(s):
    a, rest = s[0], s[1:]
    if a == "0":
        return say_single(s)
    w = ONES[int(a)] + " hundred"
    if rest == "00":
        return w
    if rest[0] == "0":
        return w + " and " + ONES[int(rest[1])]
    return w + " and " + say_pair(rest)


def say_group(s):
    opts = ["single", "single"]
    if len(s) % 2 == 0 and s[0] != "0":
        opts.append("pairs")
    if len(s) == 3 and s[0] != "0":
        opts.append("hund")
    o = ch(opts)
    if o == "pairs":
        return say_pairs(s)
    if o == "hund":
        return say_hundreds(s)
    return say_single(s)


def say_groups(groups, fill=0.25, sep=None):
    parts = []
    for i, g in enumerate(groups):
        if i and chance(fill):
            parts.append(ch(FILL))
        parts.append(say_group(g))
    sepc = sep if sep is not None else ch([" ", ", ", " ... ", " "])
    out = parts[0]
    for p in parts[1:]:
        out += (" " if p in FILL or out.split()[-1] in FILL else sepc) + p
    return out


def say_letters(s, nato=0.3):
    out = []
    for c in s:
        if c.isdigit():
            out.append(dw(c, letters_ok=True))
        elif chance(nato):
            out.append(c.lower() + ch([" for ", " as in "]) + NATO[c.lower()])
        else:
            out.append(c.lower())
    return " ".join(out)


def say_email(e):
    local, dom = e.split("@")
    def part(x):
        x = x.replace(".", " dot ").replace("_", " underscore ")
        toks = []
        for w in x.split():
            if w.isdigit():
                toks.append(" ".join(ONES[int(c)] for c in w))
            elif re.fullmatch(r"[a-z]+\d+", w):
                m = re.fullmatch(r"([a-z]+)(\d+)", w)
                toks.append(m.group(1) + " " + " ".join(ONES[int(c)] for c in m.group(2)))
            else:
                toks.append(w)
        return " ".join(toks)
    lp = part(local)
    if len(local) > 1 and local[1] not in "._" and chance(0.3):
        lp = local[0] + " for " + NATO[local[0]] + " " + part(local[1:])
    return lp + ch([" at ", " at "]) + part(dom)


def say_phone(num, intl=None):
    """num: national digits. intl: country code digits or None."""
    if intl:
        nat = num[1:]
        head = "plus " + say_single(intl, runs=False) + " "
        return head + say_groups([nat[:3], nat[3:6], nat[6:]] if len(nat) > 6 else [nat], fill=0.15)
    if len(num) == 11:
        return say_groups([num[:5], num[5:8], num[8:]], fill=0.15)
    return say_groups([num[:3], num[3:6], num[6:]], fill=0.15)


# ---------------------------------------------------------------- normaliser / validation

NUMERIC = {"CARD_NUMBER", "CVV", "SSN", "BANK_ACCOUNT", "SORT_CODE", "PHONE", "EXPIRY"}
LETTERY = {"NI_NUMBER", "IBAN", "POSTCODE"}
NATO_REV = {v: k for k, v in NATO.items()}


def normalise(text, typ):
    toks = re.findall(r"[a-z]+|\d+|[^\sa-z\d]", text.lower())
    out = []
    i = 0
    numeric = typ in NUMERIC

    def unit(t):
        if t in ONES:
            return ONES.index(t)
        if t in ("oh", "nought"):
            return 0
        if t == "o" and numeric:
            return 0
        return None

    def peek(j):
        return toks[j] if j < len(toks) else None

    def parse_upto99(j):
        t = peek(j)
        if t in TEENS:
            return 10 + TEENS.index(t), j + 1
        if t in TENS and t:
            v = TENS.index(t) * 10
            k = j + 1
            if peek(k) == "-":
                k += 1
            u = unit(peek(k)) if peek(k) else None
            if u:
                return v + u, k + 1
            return v, j + 1
        u = unit(t) if t else None
        if u is not None:
            return u, j + 1
        return None, j

    while i < len(toks):
        t = toks[i]
        if t in FILL or t == "hmm" or (t == "slash" and numeric):
            i += 1; continue
        if t in ("double", "triple"):
            n = 2 if t == "double" else 3
            u = unit(peek(i + 1)) if peek(i + 1) else None
            if u is None:
                raise ValueError("bad %s in %r" % (t, text))
            out.append(str(u) * n); i += 2; continue
        if t in ("hundred", "thousand"):
            if not out or not out[-1].isdigit():
                raise ValueError("bad hundred in %r" % text)
            d = out.pop()
            j = i + 1
            rest = 0
            if peek(j) == "and":
                rest, j2 = parse_upto99(j + 1)
                if rest is None:
                    raise ValueError("bad and in %r" % text)
                j = j2
            out.append(d + ("%02d" % rest if t == "hundred" else "%03d" % rest))
            i = j; continue
        if (t in TENS and t) or t in TEENS:
            v, i = parse_upto99(i)
            out.append(str(v)); continue
        u = unit(t)
        if u is not None:
            out.append(str(u)); i += 1; continue
        if len(t) == 1 and t.isalpha() and peek(i + 1) == "for" and peek(i + 2) in NATO_REV:
            out.append(t); i += 3; continue
        if len(t) == 1 and t.isalpha() and peek(i + 1) == "as" and peek(i + 2) == "in" and peek(i + 3) in NATO_REV:
            out.append(t); i += 4; continue
        if t == "plus":
            out.append("+"); i += 1; continue
        if typ == "EMAIL" and t in ("dot", "at", "underscore"):
            out.append({"dot": ".", "at": "@", "underscore": "_"}[t]); i += 1; continue
        if not t.isalnum():
            if typ == "EMAIL" and t in ".@_-+":
                out.append(t)
            elif typ == "PHONE" and t == "+":
                out.append(t)
            elif typ in ("ADDRESS", "DOB"):
                out.append(" ")
            i += 1; continue
        out.append(t); i += 1
    if typ in ("ADDRESS", "DOB"):
        return " ".join("".join(x if x != " " else " " for x in out).split())
    return "".join(out)


UK_PC = re.compile(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}")


def validate(value_norm, typ):
    v = value_norm
    if typ == "CARD_NUMBER":
        return v.isdigit() and 13 <= len(v) <= 19 and luhn_ok(v)
    if typ == "CVV":
        return v.isdigit() and len(v) in (3, 4)
    if typ == "SSN":
        return v.isdigit() and len(v) == 9 and v[:3] not in ("000", "666") and v[0] != "9"
    if typ == "NI_NUMBER":
        return re.fullmatch(r"[A-Z]{2}\d{6}[A-D]", v.upper()) is not None
    if typ == "SORT_CODE":
        return v.isdigit() and len(v) == 6
    if typ == "BANK_ACCOUNT":
        return v.isdigit() and 8 <= len(v) <= 12
    if typ == "IBAN":
        return iban_ok(v.upper())
    if typ == "PHONE":
        d = v.lstrip("+")
        return d.isdigit() and 9 <= len(d) <= 15 and v.count("+") <= 1
    if typ == "EMAIL":
        return re.fullmatch(r"[a-z0-9._+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+", v) is not None
    if typ == "POSTCODE":
        u = v.upper()
        return UK_PC.fullmatch(u) is not None or re.fullmatch(r"\d{5}(\d{4})?", u) is not None
    if typ == "EXPIRY":
        if v.isdigit() and len(v) in (4, 6):
            return 1 <= int(v[:2]) <= 12
        return any(m in v for m in MONTHS) and re.search(r"\d", v) is not None
    if typ == "DOB":
        has_year = re.search(r"\d{2,4}", v) is not None
        return has_year and (any(m[:3] in v.lower() for m in MONTHS) or re.search(r"\d", v) is not None)
    if typ == "ADDRESS":
        return re.match(r"(flat|apt|apartment|unit)?\s*\d", v.lower()) is not None and re.search(r"[a-z]{3}", v.lower()) is not None
    return False


# ---------------------------------------------------------------- typed formatting

def fmt_card(n):
    g = card_groups(n)
    style = ch(["space", "space", "dash", "none", "dot", "mixed", "newline", "double"])
    if style == "space":
        return " ".join(g)
    if style == "dash":
        return "-".join(g)
    if style == "none":
        return n
    if style == "dot":
        return ".".join(g)
    if style == "mixed":
        return g[0] + " " + "-".join(g[1:3]) + (" " + "".join(g[3:]) if len(g) > 3 else "")
    if style == "newline":
        return " ".join(g[:2]) + "\n" + " ".join(g[2:])
    return "  ".join(g)


def fmt_ssn(s):
    return ch([s[:3] + "-" + s[3:5] + "-" + s[5:], s[:3] + " " + s[3:5] + " " + s[5:], s,
               s[:3] + "." + s[3:5] + "." + s[5:], s[:3] + "-" + s[3:5] + "-" + s[5:]])


def fmt_ni(n):
    return ch([n, n.lower(), n[:2] + " " + n[2:4] + " " + n[4:6] + " " + n[6:8] + " " + n[8],
               n[:2] + n[2:8] + " " + n[8], n[:2] + "-" + n[2:4] + "-" + n[4:6] + "-" + n[6:8] + "-" + n[8],
               (n[:2] + " " + n[2:8] + " " + n[8]).lower()])


def fmt_sort(s):
    return ch([s[:2] + "-" + s[2:4] + "-" + s[4:], s, s[:2] + " " + s[2:4] + " " + s[4:], s[:2] + "/" + s[2:4] + "/" + s[4:]])


def fmt_iban(s):
    g = " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    return ch([g, s, s.lower(), g.lower(), g])


def fmt_uk_mobile(p, intl=False):
    if intl:
        return ch(["+44 " + p[1:5] + " " + p[5:], "+447" + p[2:], "+44 (0)" + p[1:5] + " " + p[5:], "0044 " + p[1:5] + " " + p[5:]])
    return ch([p[:5] + " " + p[5:], p, p[:5] + " " + p[5:8] + " " + p[8:], p[:5] + "-" + p[5:]])


def fmt_us_phone(p, intl=False):
    base = ch([p[:3] + "-" + p[3:6] + "-" + p[6:], p[:3] + "." + p[3:6] + "." + p[6:], p[:3] + " " + p[3:6] + " " + p[6:]])
    return ("+1 " + base) if intl else base


def fmt_ie_phone(p, intl=False):
    if intl:
        return "+353 " + p[1:3] + " " + p[3:6] + " " + p[6:]
    return p[:3] + " " + p[3:6] + " " + p[6:]


def any_phone():
    c = ch(["UK", "UK", "US", "IE"])
    intl = chance(0.4)
    if c == "UK":
        p = make_uk_mobile()
        return fmt_uk_mobile(p, intl), ("44" if intl else None, p)
    if c == "US":
        p = make_us_phone()
        return fmt_us_phone(p, intl), ("1" if intl else None, "1" + p if intl else p)
    p = make_ie_mobile()
    return fmt_ie_phone(p, intl), ("353" if intl else None, p)


def spoken_phone():
    c = ch(["UK", "UK", "US", "IE"])
    if c == "UK":
        p = make_uk_mobile()
        if chance(0.35):
            return say_phone(p, "44")
        return say_phone(p)
    if c == "US":
        p = make_us_phone()
        s = say_groups([p[:3], p[3:6], p[6:]], fill=0.15)
        return ("plus one " + s) if chance(0.3) else s
    p = make_ie_mobile()
    return say_phone(p, "353") if chance(0.4) else say_phone(p)


def typo(s):
    if len(s) < 5 or not chance(0.5):
        return s
    i = R.randint(1, len(s) - 3)
    if s[i].isalpha() and s[i + 1].isalpha():
        return s[:i] + s[i + 1] + s[i] + s[i + 2:]
    return s


# ---------------------------------------------------------------- contexts

ORGS = {
    "banking": ["Northgate Bank", "Clyde & Mersey Building Society", "First Harbor Credit Union"],
    "telecom": ["Vantel Mobile", "Skyline Broadband", "Eirlink"],
    "utilities": ["BrightSpark Energy", "Severn Water", "Metro Gas & Electric"],
    "retail": ["Halden Home Stores", "QuickCart", "Lumen Fashion"],
    "insurance": ["Anchor Mutual Insurance", "Keystone Auto Cover", "Liberty Shield"],
    "travel": ["Aerlinea Travel", "SunPath Holidays", "Northern Rail Tickets"],
    "healthcare billing": ["MedBill Partners", "St Clare Clinic Billing", "Harbor Health Payments"],
    "government services": ["HM Revenue helpline", "DMV Online Services", "Revenue Commissioners"],
}


def org():
    ind = ch(list(ORGS))
    return ind, ch(ORGS[ind])


def sig(name_only=False):
    n = ch(FIRST).capitalize() + " " + ch(LAST).capitalize()
    return n


AG_BACK = ["mhm", "go on", "yep", "ok", "okay", "right", "yeah", "uh huh", "got that", "and the rest?"]


# ---------------------------------------------------------------- positive templates

def p_chat_card():
    ind, o = org()
    c = Case("positive", "chat: card typed with separators, expiry and cvv (%s)" % ind)
    n = make_card()
    c.agent("Hi, thanks for contacting %s. How can I help today?" % o)
    c.cust(typo("hi i need to pay my outstanding bill please"))
    c.agent("Sure. Please type the long card number.")
    lead = ch(["card no: ", "its ", "", "Card number - ", "here you go ", "CARD: "])
    c.cust(lead, (fmt_card(n), "CARD_NUMBER"))
    mm, yy = R.randint(1, 12), R.randint(26, 31)
    ex = ch(["%02d/%02d" % (mm, yy), "%02d/20%02d" % (mm, yy), "%02d-%02d" % (mm, yy), "%02d%02d" % (mm, yy), "%02d / %02d" % (mm, yy)])
    cvv = rdig(4 if len(n) == 15 else 3)
    if chance(0.5):
        c.cust(ch(["exp ", "expiry: ", "valid thru "]), (ex, "EXPIRY"), ch([" cvv ", " sec code ", ", cvc: "]), (cvv, "CVV"))
    else:
        c.agent("And the expiry date and the 3 or 4 digit security code?")
        c.cust((ex, "EXPIRY"), ch([" and ", ", ", " / "]), (cvv, "CVV"))
    c.agent("Thanks, the card ending %s has been charged. Anything else?" % n[-4:])
    return c


def p_chat_card_split():
    c = Case("positive", "chat: card number broken across several customer messages")
    n = make_card()
    g = card_groups(n)
    k = c.key()
    c.agent("Please enter your card number in the box or type it here.")
    cut = R.randint(1, len(g) - 1)
    c.cust(ch(["", "ok its ", "sorry the box wont load so "]), (" ".join(g[:cut]), "CARD_NUMBER", k))
    if chance(0.6):
        c.agent(ch(["go on", "ok", "yep, keep going"]))
    c.cust((" ".join(g[cut:]), "CARD_NUMBER", k))
    if chance(0.5):
        c.cust(ch(["oops pressed enter too early", "sorry fat fingers", "thats it"]))
    c.agent("Got it, thank you.")
    return c


def p_email_card_quoted():
    ind, o = org()
    c = Case("positive", "e-mail: card in body, quoted back in agent reply, phone in signature")
    n = make_card()
    name = sig()
    ph, _ = any_phone()
    cf = fmt_card(n).replace("\n", " ")
    c.cust("Subject: Re: Payment failed\n\nHello,\n\nPlease retry with my other card ", (cf, "CARD_NUMBER"),
           ". Thanks\n\n--\n" + name + "\n" + ch(["Mob: ", "M: ", "tel. ", "Sent from my phone | "]), (ph, "PHONE"))
    c.agent("Dear " + name.split()[0] + ",\n\nFor your security please never e-mail card details. We have not stored them.\n\n"
            "Kind regards,\n" + o + " Customer Care\n\n> Please retry with my other card ", (cf, "CARD_NUMBER"), "\n> Thanks")
    return c


def p_sms_card():
    c = Case("positive", "SMS: terse card + expiry + cvv in one text")
    n = make_card()
    mm, yy = R.randint(1, 12), R.randint(26, 31)
    c.agent("Reply with the card you want to use for the top-up. Msg&data rates may apply.")
    c.cust(ch(["card ", "CARD ", "", "use "]), (n if chance(0.6) else fmt_card(n).replace("\n", " "), "CARD_NUMBER"),
           ch([" exp ", " ", " x "]), ("%02d%02d" % (mm, yy) if chance(0.5) else "%02d/%02d" % (mm, yy), "EXPIRY"),
           ch([" cvv ", " ", " code "]), (rdig(3), "CVV"))
    return c


def p_spoken_card():
    ind, o = org()
    c = Case("positive", "call ASR: card read in groups over turns with back-channels and agent read-back")
    n = make_card()
    g = card_groups(n)
    k = c.key()
    c.agent("thank you for calling %s my name's %s how can i help" % (o.lower(), ch(FIRST)))
    c.cust("yeah hi i want to ", ch(["pay a bill", "make a payment", "settle my account"]))
    c.agent("no problem what's the long number on the front of the card")
    i = 0
    while i < len(g):
        take = R.randint(1, 2)
        chunk = g[i:i + take]
        lead = ch(["", "", "okay ", "it's ", "so "]) if i == 0 else ch(["", "", "then "])
        c.cust(lead, (say_groups(chunk), "CARD_NUMBER", k))
        i += take
        if i < len(g):
            c.agent(ch(AG_BACK))
    if chance(0.7):
        c.agent("let me read that back ", (say_groups(g, fill=0), "CARD_NUMBER"), " is that right")
        c.cust(ch(["yes that's it", "yep", "correct"]))
    if chance(0.5):
        ek = c.key()
        mm, yy = R.randint(1, 12), R.randint(26, 31)
        c.agent("and the expiry")
        c.cust(ch(["", "it's "]), (ch([say_pair("%02d" % mm), say_single("%02d" % mm)]) + ch([" ", " slash "]) + say_pair("%02d" % yy), "EXPIRY", ek))
        c.agent("and the three digit code on the back")
        c.cust((say_single(rdig(3)), "CVV"))
    return c


def p_spoken_card_restart():
    c = Case("positive", "call ASR: card reading restarted after a false start; final reading labelled")
    n = make_card()
    g = card_groups(n)
    c.agent("can i take the card number please")
    c.cust(say_single(g[0][:2]) + " ... sorry hang on i've got the wrong card ... right ", (say_groups(g), "CARD_NUMBER"))
    c.agent(ch(["thanks", "lovely", "perfect thank you"]))
    return c


def p_spoken_card_aside():
    c = Case("positive", "call ASR: aside in the middle of a card reading splits the value into two spans")
    n = make_card()
    g = card_groups(n)
    k = c.key()
    cut = R.randint(1, len(g) - 1)
    c.agent("go ahead with the card number when you're ready")
    aside = ch([" hang on the dog's barking ", " sorry can you hear me ok ", " um where was i yeah ",
                " i can't see without my glasses ", " kids be quiet please mummy's on the phone "])
    c.cust((say_groups(g[:cut]), "CARD_NUMBER", k), aside, (say_groups(g[cut:]), "CARD_NUMBER", k))
    c.agent(ch(["mhm thank you", "got that", "okay"]))
    return c


def p_paste_card_masked():
    c = Case("positive", "chat: customer pastes card; agent replies with masked value (not labelled)")
    n = make_card()
    c.cust(ch(["pasting from my notes app:\n", "copied: ", "Card details >> "]), (fmt_card(n), "CARD_NUMBER"),
           ch(["", "\n(the visa)", " <-- this one"]))
    c.agent("Thanks. We'll charge " + n[:4] + " **** **** " + n[-4:] + " for the amount of £" + str(R.randint(10, 300)) + ".00.")
    return c


def p_webform_us():
    ind, o = org()
    c = Case("positive", "web form (US): ssn, dob, address, zip, phone, email")
    s = make_ssn()
    d, m, y = make_dob()
    town, z = ch(US_TOWNS)
    ph = make_us_phone()
    c.cust("[Web form submission - %s]\nFull name: %s %s\n" % (o, ch(FIRST).capitalize(), ch(LAST).capitalize()),
           ch(["SSN: ", "Social Security #: ", "ssn (no dashes): "]), (fmt_ssn(s), "SSN"),
           "\nDate of birth: ", (dob_typed(d, m, y, us=True), "DOB"),
           "\nStreet: ", (make_address("US"), "ADDRESS"), "\nCity/State: " + town + "\nZIP: ", (z, "POSTCODE"),
           "\nPhone: ", (fmt_us_phone(ph, chance(0.3)), "PHONE"), "\nEmail: ", (make_email(), "EMAIL"),
           "\nReason: " + ch(["billing dispute", "new account", "update details"]))
    return c


def p_webform_uk():
    c = Case("positive", "web form (UK): NI, sort code, account, address, postcode")
    ni = make_ni()
    town, pc = ch(UK_TOWNS)
    c.cust("Name: %s %s\n" % (ch(FIRST).capitalize(), ch(LAST).capitalize()),
           ch(["NI number: ", "National Insurance No.: ", "NINO: "]), (fmt_ni(ni), "NI_NUMBER"),
           "\nAddress line 1: ", (make_address("UK"), "ADDRESS"), "\nTown: " + town + "\nPostcode: ",
           (pc if chance(0.6) else pc.lower().replace(" ", ""), "POSTCODE"),
           "\nSort code: ", (fmt_sort(make_sort()), "SORT_CODE"), "\nAccount no: ", (make_acct(), "BANK_ACCOUNT"))
    c.agent("Thanks, your form has been received. Reference WF-%s." % rdig(6))
    return c


def p_chat_ssn():
    ind, o = org()
    c = Case("positive", "chat: SSN typed with typos/labels (%s)" % ind)
    s = make_ssn()
    c.agent(ch(["To verify, please provide your Social Security number.", "I'll need the SSN on the account."]))
    c.cust(ch(["my socail is ", "ssn: ", "SS# ", "its ", "Social - ", "ok ", "last name brown, ssn "]), (fmt_ssn(s), "SSN"),
           ch(["", " thx", ". is that safe to send here?", " (primary holder)"]))
    if chance(0.3):
        c.agent("Thank you, verified.")
    return c


def p_chat_ssn_split():
    c = Case("positive", "SMS/chat: SSN broken across messages")
    s = make_ssn()
    k = c.key()
    c.agent("Please reply with your SSN to continue.")
    c.cust((s[:3], "SSN", k))
    c.cust((s[3:5], "SSN", k))
    c.cust((s[5:], "SSN", k), ch(["", " sorry my keyboard", " "]).rstrip())
    return c


def p_spoken_ssn():
    c = Case("positive", "call ASR: SSN spoken with groups, back-channel and read-back")
    s = make_ssn()
    k = c.key()
    c.agent("can you confirm your social security number for me")
    if chance(0.5):
        c.cust(ch(["sure it's ", "yeah ", "uh "]), (say_groups([s[:3]]), "SSN", k))
        c.agent(ch(AG_BACK))
        c.cust((say_groups([s[3:5], s[5:]]), "SSN", k))
    else:
        c.cust(ch(["sure it's ", "yeah it's ", ""]), (say_groups([s[:3], s[3:5], s[5:]]), "SSN"))
    if chance(0.6):
        c.agent("so that's ", (say_single(s), "SSN"), ch([" correct", " yeah"]))
        c.cust("yes")
    return c


def p_email_ssn_quote():
    c = Case("positive", "e-mail: SSN in original, agent's quoted reply repeats it")
    s = make_ssn()
    name = sig()
    f = fmt_ssn(s)
    c.cust("Hi team,\nI was asked for my SSN for the refund: ", (f, "SSN"), "\nDOB ", (dob_typed(*make_dob(), us=True), "DOB"),
           "\nBest,\n" + name)
    c.agent("Hi " + name.split()[0] + ", thank you - refund ref RF-" + rdig(7) + " is now processing.\n\nOn Tue, " + name +
            " wrote:\n> I was asked for my SSN for the refund: ", (f, "SSN"))
    return c


def p_chat_ni():
    c = Case("positive", "chat: UK NI number typed, case/spacing variation")
    ni = make_ni()
    c.agent(ch(["Can you confirm your National Insurance number?", "For HMRC verification please type your NI number."]))
    c.cust(ch(["NI: ", "ni no ", "its ", "", "National insurance = ", "nat ins "]), (fmt_ni(ni), "NI_NUMBER"),
           ch(["", " x", " - hope thats right", "."]))
    return c


def p_spoken_ni():
    c = Case("positive", "call ASR: NI number spelled with NATO/letters and digit words")
    ni = make_ni()
    c.agent("and your national insurance number please")
    if chance(0.5):
        k = c.key()
        c.cust(ch(["yeah it's ", "", "okay "]), (say_letters(ni[:2]) + " " + say_single(ni[2:4], letters_ok=True), "NI_NUMBER", k))
        c.agent(ch(AG_BACK))
        c.cust((say_single(ni[4:8], letters_ok=True) + " " + say_letters(ni[8]), "NI_NUMBER", k))
    else:
        c.cust(ch(["it's ", "right it's ", ""]), (say_letters(ni[:2], nato=0.5) + ch([" ", " um "]) + say_single(ni[2:8], letters_ok=True)
                                                   + " " + say_letters(ni[8], nato=0.5), "NI_NUMBER"))
    if chance(0.5):
        c.agent("thank you that's ", (say_letters(ni, nato=0.0), "NI_NUMBER"))
    return c


def p_pasted_payslip():
    c = Case("positive", "chat: pasted payslip text with NI number among amounts")
    ni = make_ni()
    c.cust("copying from my payslip:\nEmployee No 00" + rdig(5) + "   Tax code 1257L\nNI Number ", (ni if chance(0.5) else fmt_ni(ni), "NI_NUMBER"),
           "   NI Cat A\nGross pay £2,4" + rdig(2) + ".00  Net £1,9" + rdig(2) + ".41")
    c.agent("Thanks, that matches our records.")
    return c


def p_email_bank():
    c = Case("positive", "e-mail: bank details with labels (acct no / sort) and IBAN over lines")
    ib = make_iban()
    g = fmt_iban(ib)
    if " " in g and chance(0.5):
        parts = g.split(" ")
        h = len(parts) // 2
        g2 = " ".join(parts[:h]) + "\n" + " ".join(parts[h:])
    else:
        g2 = g
    c.cust("Hi,\nPlease refund to:\n", ch(["acct no: ", "Acc: ", "A/C ", "account number "]), (make_acct(), "BANK_ACCOUNT"),
           ch(["\nsort: ", "\nSort Code ", "\nS/C: "]), (fmt_sort(make_sort()), "SORT_CODE"),
           "\nor from abroad IBAN:\n", (g2, "IBAN"), "\n\nCheers\n" + sig())
    return c


def p_chat_iban():
    c = Case("positive", "chat: EU/IE IBAN typed, sometimes lowercase or unspaced")
    ib = make_iban()
    c.agent("Which account should the refund go to?")
    c.cust(ch(["IBAN ", "iban: ", "my iban is ", "", "use this one "]), (fmt_iban(ib), "IBAN"), ch(["", " (bank of ireland)", " ty"]))
    if chance(0.4):
        c.agent("Thanks, confirming ", (ib, "IBAN"), ".")
    return c


def p_spoken_iban():
    c = Case("positive", "call ASR: IBAN spelled out in groups over turns")
    ib = make_iban()
    k = c.key()
    groups = [ib[i:i + 4] for i in range(0, len(ib), 4)]
    c.agent("okay go ahead with the iban")
    cut = R.randint(2, len(groups) - 1)

    def sg(gs):
        return " ".join(say_letters(x, nato=0.2) for x in gs)
    c.cust((sg(groups[:cut]), "IBAN", k))
    c.agent(ch(AG_BACK))
    c.cust((sg(groups[cut:]), "IBAN", k))
    return c


def p_spoken_bank():
    c = Case("positive", "call ASR: sort code in pairs, account digits with fillers")
    sc = make_sort()
    ac = make_acct(ch(["UK", "US"]))
    c.agent("what's the sort code")
    c.cust(ch(["it's ", "", "uh "]), (say_pairs(sc) if chance(0.6) else say_single(sc), "SORT_CODE"))
    c.agent("and the account number")
    c.cust(ch(["", "it's "]), (say_groups([ac[:4], ac[4:]], fill=0.4), "BANK_ACCOUNT"))
    if chance(0.5):
        c.agent("thanks that's ", (say_single(ac), "BANK_ACCOUNT"), " sort code ", (say_single(sc), "SORT_CODE"))
    return c


def p_chat_phone():
    c = Case("positive", "chat/SMS: phone typed national or international")
    ph, _ = any_phone()
    c.agent(ch(["What's the best number to reach you on?", "Can I get a callback number?"]))
    c.cust(ch(["", "mob ", "call me on ", "Tel: ", "its ", "best is "]), (ph, "PHONE"), ch(["", " after 5pm", " (work)", " thx"]))
    if chance(0.4):
        ph2, _ = any_phone()
        c.cust(ch(["or ", "alt no. ", "failing that "]), (ph2, "PHONE"))
    return c


def p_spoken_phone():
    c = Case("positive", "call ASR: phone number spoken incl. double/triple/hundreds/country code")
    c.agent("can i take a contact number in case we get cut off")
    c.cust(ch(["yeah it's ", "sure ", "", "okay "]), (spoken_phone(), "PHONE"))
    if chance(0.3):
        c.agent(ch(["lovely", "got it", "thanks"]))
    return c


def p_phone_split():
    c = Case("positive", "call ASR: phone split over turns with back-channels")
    p = make_uk_mobile()
    k = c.key()
    c.agent("and a mobile number")
    c.cust((say_groups([p[:5]]), "PHONE", k))
    c.agent(ch(AG_BACK))
    c.cust((say_groups([p[5:8], p[8:]]), "PHONE", k))
    c.agent("so ", (say_single(p), "PHONE"), " yeah")
    return c


def p_chat_email():
    c = Case("positive", "chat/e-mail: e-mail address typed, odd case, in signature or angle brackets")
    e = make_email()
    style = R.randint(0, 3)
    if style == 0:
        c.cust("can you send the receipt to ", (e.upper() if chance(0.3) else e, "EMAIL"), " pls")
    elif style == 1:
        c.cust("From: " + sig() + " <", (e, "EMAIL"), ">\nTo: support\nSubject: complaint\n\nStill waiting on my refund.")
    elif style == 2:
        c.cust("new email is ", (e, "EMAIL"), " (old one was ", (make_email(), "EMAIL"), ")")
    else:
        c.cust("Thanks\n--\n" + sig() + "\n", (e, "EMAIL"), " | ", (any_phone()[0], "PHONE"))
    c.agent("Updated, thank you.")
    return c


def p_spoken_email():
    c = Case("positive", "call ASR: e-mail spelled with 'dot'/'at', NATO, read back")
    e = make_email()
    c.agent("and what email address should we use")
    c.cust(ch(["it's ", "", "yeah it's "]), (say_email(e), "EMAIL"))
    if chance(0.6):
        c.agent("so that's ", (say_email(e), "EMAIL"))
        c.cust("that's right")
    return c


def p_spoken_dob_addr():
    uk = chance(0.6)
    c = Case("positive", "call ASR: date of birth, first line of address and postcode (%s)" % ("UK" if uk else "US"))
    d, m, y = make_dob()
    c.agent("can you confirm your date of birth")
    yw = say_pair(str(y)[:2]) + " " + say_pair(str(y)[2:]) if y < 2000 else "two thousand and " + ONES[y - 2000]
    dob = ch(["the " + ORD[d - 1] + " of " + MONTHS[m - 1] + " " + yw, MONTHS[m - 1] + " " + ORD[d - 1] + " " + yw,
              say_single("%02d" % d) + " " + say_single("%02d" % m) + " " + say_pair(str(y)[2:])])
    c.cust(ch(["it's ", "", "uh "]), (dob, "DOB"))
    c.agent("and the first line of the address")
    if uk:
        town, pc = ch(UK_TOWNS)
        num = str(R.randint(2, 199))
        st = ch(UK_STREETS).lower()
        addr = (ch(["flat ", "flat "]) + ONES[R.randint(1, 9)] + " " if chance(0.3) else "") + say_group(num) + " " + st
        c.cust((addr, "ADDRESS"), " in " + town.lower())
        c.agent("and the postcode")
        pcs = pc.replace(" ", "")
        c.cust(ch(["", "it's "]), (say_letters(pcs, nato=0.3), "POSTCODE"))
    else:
        town, z = ch(US_TOWNS)
        num = str(R.randint(10, 999))
        addr = say_group(num) + " " + ch(US_STREETS).lower().replace("w 34th", "west thirty fourth").replace("blvd", "boulevard").replace(" st", " street")
        c.cust((addr, "ADDRESS"), " " + town.split(",")[0].lower())
        c.agent("zip code")
        c.cust((say_single(z[:5], letters_ok=True), "POSTCODE"))
    return c


def p_typed_addr():
    c = Case("positive", "chat/SMS: address typed in one line, with postcode/ZIP; town not labelled")
    co = ch(["UK", "US", "IE"])
    c.agent("What's the delivery address?")
    if co == "UK":
        town, pc = ch(UK_TOWNS)
        c.cust((make_address("UK"), "ADDRESS"), ", " + town + ch([", ", " ", "\n"]), (ch([pc, pc.lower(), pc.replace(" ", "")]), "POSTCODE"))
    elif co == "US":
        town, z = ch(US_TOWNS)
        c.cust((make_address("US"), "ADDRESS"), ch([", ", "\n"]) + town + " ", (z, "POSTCODE"))
    else:
        c.cust((make_address("IE"), "ADDRESS"), ", " + ch(["Dublin 9", "Drumcondra, Dublin", "Galway", "Cork"]))
    c.agent("Thanks, that's saved.")
    return c


def p_card_full_then_last4():
    c = Case("positive", "call ASR: full card read earlier so later last-four mention is also labelled")
    n = make_card()
    g = card_groups(n)
    c.cust("the card is ", (say_groups(g), "CARD_NUMBER"))
    c.agent("thank you and just to confirm that's the card ending ", (say_single(n[-4:]), "CARD_NUMBER", "last4:" + c.key()))
    c.cust("yes")
    return c


def p_spoken_expiry_cvv():
    c = Case("positive", "call ASR: expiry and cvv, with hesitation fillers")
    mm, yy = R.randint(1, 12), R.randint(26, 31)
    c.agent("expiry date on the card")
    ex = ch([say_single("%02d" % mm) + " " + say_pair("%02d" % yy),
             MONTHS[mm - 1] + " twenty " + say_pair("%02d" % yy),
             say_pair("%02d" % mm) + " uh " + say_pair("%02d" % yy)])
    c.cust(ch(["it's ", "", "expires "]), (ex, "EXPIRY"))
    c.agent("and the security number on the back")
    cv = rdig(3)
    c.cust(ch(["", "it's "]), (say_single(cv), "CVV"), ch(["", " i think", " yeah"]))
    return c


def p_mixed_sms_thread():
    c = Case("positive", "SMS thread: values sent in bits, with typo correction messages")
    s = make_ssn()
    wrong = s[:-1] + str((int(s[-1]) + 1) % 10)
    c.agent("Text your SSN to verify identity.")
    c.cust((fmt_ssn(wrong), "SSN"))
    c.cust("sorry typo its ", (fmt_ssn(s), "SSN"))
    c.agent("Thanks, verified.")
    return c


POS = [
    (p_chat_card, 9), (p_chat_card_split, 6), (p_email_card_quoted, 6), (p_sms_card, 5), (p_spoken_card, 8),
    (p_spoken_card_restart, 3), (p_spoken_card_aside, 4), (p_paste_card_masked, 4), (p_card_full_then_last4, 3),
    (p_webform_us, 5), (p_webform_uk, 5), (p_chat_ssn, 6), (p_chat_ssn_split, 3), (p_spoken_ssn, 5),
    (p_email_ssn_quote, 3), (p_mixed_sms_thread, 2), (p_chat_ni, 8), (p_spoken_ni, 7), (p_pasted_payslip, 3),
    (p_email_bank, 5), (p_chat_iban, 4), (p_spoken_iban, 3), (p_spoken_bank, 4), (p_chat_phone, 5),
    (p_spoken_phone, 5), (p_phone_split, 3), (p_chat_email, 5), (p_spoken_email, 5), (p_spoken_dob_addr, 7),
    (p_typed_addr, 6), (p_spoken_expiry_cvv, 4),
]

# ---------------------------------------------------------------- negative templates


def n_order_luhn():
    c = Case("negative", "typed: Luhn-valid 16-digit order number with its label")
    n = make_card()
    c.cust(ch(["Order number: ", "order no. ", "Your order #"]), fmt_card(n).replace("\n", " "), " still hasn't arrived")
    c.agent("Sorry about that, the order placed on %d/%02d/2025 shows as dispatched." % (R.randint(1, 28), R.randint(1, 12)))
    return c


def n_spoken_reference():
    c = Case("negative", "call ASR: long reference number read like a card, said with its label")
    ref = rdig(16)
    label = ch(["reference number", "claim number", "policy number", "ticket number", "tracking number", "meter serial"])
    c.agent("have you got the " + label + " there")
    c.cust("yeah the " + label + " is " + say_groups([ref[i:i + 4] for i in range(0, 16, 4)]))
    c.agent("thanks that's pulled up your " + label.split()[0])
    return c


def n_last_four():
    c = Case("negative", "card last four only (PCI allows), plus amounts")
    l4 = rdig(4)
    c.cust(ch(["the charge on my card ending ", "card ending in ", "the visa ending "]), l4 if chance(0.5) else say_single(l4),
           " was £" + str(R.randint(10, 900)) + "." + rdig(2) + " not £" + str(R.randint(10, 900)))
    c.agent("I can see the payment on the card ending " + l4 + " from the " + ch(ORD) + " of " + ch(MONTHS) + ".")
    return c


def n_masked():
    c = Case("negative", "masked card/account values only")
    c.agent("Your saved card is " + ch(["4***********", "**** **** **** ", "XXXX-XXXX-XXXX-", "ending "]) + rdig(4) +
            " and account ****" + rdig(4) + ", sort code **-**-" + rdig(2) + ".")
    c.cust("ok thats the one")
    return c


def n_amounts_times():
    c = Case("negative", "amounts, balances, times, opening hours, percentages")
    c.agent("Your balance is $" + str(R.randint(1000, 99999)) + "." + rdig(2) + ", the minimum payment is $" + str(R.randint(25, 300)) +
            " and the APR is " + str(R.randint(9, 29)) + "." + rdig(1) + "%.")
    c.cust("what are your opening hours")
    c.agent("We're open 8am to 8pm Monday to Friday and 9:00-17:30 on Saturdays; wait time is about " + str(R.randint(2, 45)) + " minutes.")
    return c


def n_spoken_amounts():
    c = Case("negative", "call ASR: amounts and dates spoken as numbers")
    c.agent("the outstanding balance is " + say_hundreds(str(R.randint(100, 999))) + " pounds and " + say_pair(str(R.randint(10, 99))) +
            " pence and the next payment is due on the " + ch(ORD) + " of " + ch(MONTHS))
    c.cust("and that's for " + ch(["twelve", "twenty four", "thirty six"]) + " months yeah")
    c.agent("that's right the contract runs to twenty twenty " + ch(["six", "seven", "eight"]))
    return c


def n_travel():
    c = Case("negative", "travel: flight, gate, seat, booking ref, times")
    c.agent("Your flight " + ch(["BA", "EI", "FR", "LH", "UA"]) + " " + str(R.randint(100, 9999)) + " departs 14:35 from gate " +
            ch(["B", "C", "A"]) + str(R.randint(1, 60)) + ", seat " + str(R.randint(1, 40)) + ch("ACDF") + ". Booking ref " +
            "".join(ch("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6)) + ".")
    c.cust("and the hotel room number is " + str(R.randint(100, 1999)) + " right?")
    return c


def n_utilities_meter():
    c = Case("negative", "utilities: meter readings, MPRN/account-like serials with labels")
    c.cust(ch(["meter reading ", "my reading today is ", "reading: "]) + rdig(5) + ch([" day ", " and night "]) + rdig(5))
    c.agent("Thanks. Meter serial " + ch(["E", "G"]) + rdig(2) + "M" + rdig(6) + " updated; your MPRN " + rdig(11) +
            " will be billed on the " + ch(ORD) + ".")
    return c


def n_ssn_shaped_claim():
    c = Case("negative", "SSN-shaped / NI-shaped numbers that are labelled claim or case references")
    a = "%03d-%02d-%04d" % (R.randint(100, 899), R.randint(10, 99), R.randint(1000, 9999))
    c.cust("my claim number is " + a + " and the case ref is CASE-" + rdig(3) + "-" + rdig(4))
    c.agent("Thanks, claim " + a + " was approved on " + "%02d/%02d/2025" % (R.randint(1, 28), R.randint(1, 12)) + ".")
    return c


def n_invoice_email():
    c = Case("negative", "e-mail: invoice, PO, tracking numbers, model/serial; company signature without personal details")
    c.cust("Subject: Invoice INV-" + rdig(8) + "\n\nHi,\nPO " + rdig(10) + " shipped via tracking 1Z" + rdig(3) + "AA" + rdig(10) +
           ". Model RX-" + rdig(4) + ", serial SN" + rdig(12) + ".\nTotal €" + str(R.randint(100, 9000)) + ".00 incl. 23% VAT.\n\n> quoted: qty " +
           str(R.randint(2, 40)) + " @ €" + str(R.randint(5, 90)) + " each")
    c.agent("Thanks, invoice logged under ticket #" + rdig(7) + ".")
    return c


def n_health():
    c = Case("negative", "healthcare billing: ages, temperatures, appointment dates, claim ids")
    c.cust("my son is " + str(R.randint(2, 16)) + " and had a temp of " + str(R.randint(38, 40)) + "." + rdig(1) + "C, the appointment is on " +
           ch(MONTHS).capitalize() + " " + str(R.randint(1, 28)) + " at " + str(R.randint(8, 16)) + ":" + ch(["00", "15", "30", "45"]))
    c.agent("Thanks. The claim id HB" + rdig(9) + " covers " + str(R.randint(50, 90)) + "% and the copay is $" + str(R.randint(10, 60)) + ".")
    return c


def n_roads_counts():
    c = Case("negative", "road names without numbers, counts, durations, years")
    c.cust("the engineer needs to come down " + ch(UK_STREETS + US_STREETS) + ", the box is on the corner by the " + ch(["church", "school", "chippy"]))
    c.agent("No problem, that's " + str(R.randint(2, 6)) + " visits this year; we've been on the network since " + str(R.randint(1995, 2020)) +
            " and the job takes about " + str(R.randint(1, 4)) + " hours.")
    return c


def n_spoken_policy():
    c = Case("negative", "call ASR: policy number with letters read like NI/IBAN, with label")
    p = "".join(ch("ABCDEFGHKLMNPRSTWXYZ") for _ in range(3)) + rdig(7)
    c.agent("what's the policy number")
    c.cust("policy number is " + say_letters(p, nato=0.4))
    c.agent("thank you the renewal premium is " + say_hundreds(str(R.randint(101, 999))) + " pounds")
    return c


def n_phone_like():
    c = Case("negative", "long digit strings that look like phones but are account-independent references")
    c.cust("Parcel tracking: " + rdig(11) + " / order " + rdig(4) + "-" + rdig(3) + "-" + rdig(4) + " / voucher code " + rdig(4) + "-" + rdig(4) + "-" + rdig(4))
    c.agent("Thanks, the voucher is worth £" + str(R.randint(5, 50)) + " and expires in " + str(R.randint(2, 12)) + " months.")
    return c


def n_gov():
    c = Case("negative", "government services: application/reference ids, fees, tax years")
    c.cust("my application reference is " + ch(["GWF", "APP", "REF"]) + rdig(9) + " for the " + str(R.randint(2019, 2025)) + "/" + str(R.randint(20, 26)) + " tax year")
    c.agent("The fee of £" + str(R.randint(40, 200)) + " was received and processing takes " + str(R.randint(3, 12)) + " weeks. Case " + rdig(12) + ".")
    return c


NEG = [
    (n_order_luhn, 3), (n_spoken_reference, 3), (n_last_four, 2), (n_masked, 2), (n_amounts_times, 1),
    (n_spoken_amounts, 2), (n_travel, 1), (n_utilities_meter, 1), (n_ssn_shaped_claim, 2), (n_invoice_email, 2),
    (n_health, 1), (n_roads_counts, 1), (n_spoken_policy, 2), (n_phone_like, 2), (n_gov, 1),
]

N_POS = 230
N_NEG = 115


def weighted(table):
    pool = []
    for f, w in table:
        pool += [f] * w
    return pool


def build():
    cases = []
    pp = weighted(POS)
    for i in range(N_POS):
        f = pp[i % len(pp)] if i < len(pp) else ch(pp)
        c = f()
        c.id = "h483-pos-%03d" % (i + 1)
        cases.append(c)
    nn = weighted(NEG)
    for i in range(N_NEG):
        f = nn[i % len(nn)] if i < len(nn) else ch(nn)
        c = f()
        c.id = "h483-neg-%03d" % (i + 1)
        cases.append(c)
    return cases


def to_json(c):
    return json.dumps({"id": c.id, "kind": c.kind,
                       "turns": [{"speaker": s, "text": t} for s, t in c.turns],
                       "spans": c.spans, "note": c.note}, ensure_ascii=False)


def render(cases):
    return "".join(to_json(c) + "\n" for c in cases)


def check(cases, data):
    errs = []
    with open(OUT, encoding="utf-8") as fh:
        on_disk = fh.read()
    if on_disk != data:
        errs.append("cases.jsonl is not byte-identical to a fresh regeneration")
    rows = [json.loads(l) for l in on_disk.splitlines()]
    ids = [r["id"] for r in rows]
    if len(set(ids)) != len(ids):
        errs.append("duplicate ids")
    counts = {t: 0 for t in TYPES}
    npos = nneg = 0
    for r in rows:
        if r["kind"] == "positive":
            npos += 1
            if not r["spans"]:
                errs.append("%s: positive with no spans" % r["id"])
        elif r["kind"] == "negative":
            nneg += 1
            if r["spans"]:
                errs.append("%s: negative with spans" % r["id"])
        else:
            errs.append("%s: bad kind" % r["id"])
        for t in r["turns"]:
            if t["speaker"] not in ("customer", "agent"):
                errs.append("%s: bad speaker" % r["id"])
        byturn = {}
        for s in r["spans"]:
            if s["type"] not in TYPES:
                errs.append("%s: bad type %s" % (r["id"], s["type"]))
                continue
            counts[s["type"]] += 1
            if not (0 <= s["turn"] < len(r["turns"])):
                errs.append("%s: turn out of range" % r["id"]); continue
            txt = r["turns"][s["turn"]]["text"]
            a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(txt)):
                errs.append("%s: offsets out of range" % r["id"]); continue
            v = txt[a:b]
            if not (v[0].isalnum() or v[0] == "+") or not v[-1].isalnum():
                errs.append("%s: span %r does not start/end on value char" % (r["id"], v))
            if a > 0 and txt[a - 1].isalnum():
                errs.append("%s: span start not on word boundary %r" % (r["id"], v))
            if b < len(txt) and txt[b].isalnum():
                errs.append("%s: span end not on word boundary %r" % (r["id"], v))
            byturn.setdefault(s["turn"], []).append((a, b))
        for lst in byturn.values():
            lst.sort()
            for (a1, b1), (a2, b2) in zip(lst, lst[1:]):
                if a2 < b1:
                    errs.append("%s: overlapping spans" % r["id"])
    # value-level validation (spans grouped as the generator built them)
    for c in cases:
        for k, (typ, idxs) in c.values.items():
            txt = ""
            for j in idxs:
                s = c.spans[j]
                txt += " " + c.turns[s["turn"]][1][s["start"]:s["end"]]
            try:
                nv = normalise(txt, typ)
            except ValueError as e:
                errs.append("%s: %s" % (c.id, e)); continue
            if k.startswith("last4:"):
                fulls = [normalise(" ".join(c.turns[c.spans[j]["turn"]][1][c.spans[j]["start"]:c.spans[j]["end"]] for j in ix), t2)
                         for k2, (t2, ix) in c.values.items() if t2 == "CARD_NUMBER" and not k2.startswith("last4:")]
                if not any(validate(f, "CARD_NUMBER") and f[-4:] == nv for f in fulls):
                    errs.append("%s: last-four %r without a full card in the case" % (c.id, nv))
                continue
            if not validate(nv, typ):
                errs.append("%s: invalid %s value %r -> %r" % (c.id, typ, txt.strip(), nv))
        covered = sorted(j for _, idxs in c.values.values() for j in idxs)
        if covered != list(range(len(c.spans))):
            errs.append("%s: span/value bookkeeping mismatch" % c.id)
    if npos < 200 or nneg < 100:
        errs.append("too few cases: %d pos %d neg" % (npos, nneg))
    mins = {t: 10 for t in TYPES}
    mins.update({"CARD_NUMBER": 70, "SSN": 30, "NI_NUMBER": 30})
    for t, m in mins.items():
        if counts[t] < m:
            errs.append("too few %s spans: %d < %d" % (t, counts[t], m))
    return errs, counts, npos, nneg


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args()
    cases = build()
    data = render(cases)
    if args.check:
        errs, counts, npos, nneg = check(cases, data)
        for e in errs[:50]:
            print("ERROR:", e)
        print("positives=%d negatives=%d" % (npos, nneg))
        for t in TYPES:
            print("  %-13s %d" % (t, counts[t]))
        if errs:
            print("CHECK FAILED (%d errors)" % len(errs))
            sys.exit(1)
        print("CHECK OK")
        return
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as fh:
        fh.write(data)
    print("wrote %d cases to %s" % (len(cases), OUT))


if __name__ == "__main__":
    main()

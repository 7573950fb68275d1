#!/usr/bin/env python3
"""Generate the pii_holdout460 held-out PII evaluation set.

Written by an independent test author (AI helper) without access to the
redaction engine.  Standard library only; single RNG seeded 460241125.

Usage:
    python scripts/make_pii_holdout460.py           # (re)write cases.jsonl
    python scripts/make_pii_holdout460.py --check   # verify file + labels
"""
import argparse
import json
import os
import re
import random
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout460")
OUT = os.path.join(OUT_DIR, "cases.jsonl")
SEED = 460241125
C, A = "customer", "agent"

# ----------------------------------------------------------------- numbers
UNIT_W = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
WORD_DIGIT = {w: i for i, w in enumerate(UNIT_W)}
WORD_DIGIT.update({"oh": 0, "o": 0, "nought": 0})
ZERO_WORDS = {"zero", "oh", "o", "nought"}
TEENS = {"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
         "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
        "eighty": 80, "ninety": 90}
TEEN_W = {v: k for k, v in TEENS.items()}
TENS_W = {v: k for k, v in TENS.items()}
ORD = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
       "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
       "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
       "nineteenth": 19, "twentieth": 20, "thirtieth": 30}
ORD_W = {v: k for k, v in ORD.items()}
FILLERS = {"um", "uh", "er", "erm", "ah", "umm", "uhh"}
IGNORE = {"and", "dash", "hyphen", "space", "plus", "then", "slash", "for", "as", "in"}
NATO = {"alpha": "A", "bravo": "B", "charlie": "C", "delta": "D", "echo": "E", "foxtrot": "F",
        "golf": "G", "hotel": "H", "india": "I", "juliet": "J", "kilo": "K", "lima": "L",
        "mike": "M", "november": "N", "oscar": "O", "papa": "P", "quebec": "Q", "romeo": "R",
        "sierra": "S", "tango": "T", "uniform": "U", "victor": "V", "whiskey": "W",
        "yankee": "Y", "zulu": "Z"}
NATO_W = {v: k for k, v in NATO.items()}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
MONTH_ABBR = [m[:3] for m in MONTHS]


def ordw(n):
    """1..31 as ordinal words."""
    return ORD_W.get(n) or (TENS_W[n // 10 * 10] + " " + ORD_W[n % 10])


def n2w(n):
    """0..99 as words."""
    if n < 10:
        return UNIT_W[n]
    if n < 20:
        return TEEN_W[n]
    t, u = divmod(n, 10)
    return TENS_W[t * 10] + ("" if u == 0 else " " + UNIT_W[u])


def parse_spoken(text):
    """Normalise typed or spoken value text to a compact alnum string."""
    toks = re.findall(r"[A-Za-z0-9]+", text)
    n = len(toks)
    low = lambda k: toks[k].lower() if k < n else None
    out = []

    def small(k):
        t = low(k)
        if t in TENS:
            v = TENS[t]
            nt = low(k + 1)
            if nt in WORD_DIGIT and WORD_DIGIT[nt] > 0 and nt not in ZERO_WORDS:
                return v + WORD_DIGIT[nt], k + 2
            return v, k + 1
        if t in TEENS:
            return TEENS[t], k + 1
        if t in WORD_DIGIT and t not in ZERO_WORDS and WORD_DIGIT[t] > 0:
            return WORD_DIGIT[t], k + 1
        return None

    i = 0
    while i < n:
        raw, t = toks[i], toks[i].lower()
        if t in FILLERS or t in IGNORE:
            i += 1
            continue
        if t.isdigit():
            out.append(t)
            i += 1
            continue
        if t in ("double", "triple"):
            k = i + 1
            while low(k) in FILLERS:
                k += 1
            nt, rep = low(k), (2 if t == "double" else 3)
            if nt in WORD_DIGIT:
                out.append(str(WORD_DIGIT[nt]) * rep)
            elif nt and len(nt) == 1:
                out.append(nt.upper() * rep)
            else:
                i += 1
                continue
            i = k + 1
            continue
        val = None
        j = i + 1
        if t in WORD_DIGIT:
            val = WORD_DIGIT[t]
        elif t in TEENS:
            val = TEENS[t]
        elif t in TENS:
            val = TENS[t]
            nt = low(j)
            if nt in WORD_DIGIT and WORD_DIGIT[nt] > 0 and nt not in ZERO_WORDS:
                val += WORD_DIGIT[nt]
                j += 1
            elif nt in ORD and ORD[nt] < 10:
                val += ORD[nt]
                j += 1
        elif t in ORD:
            val = ORD[t]
        if val is not None:
            nt = low(j)
            if nt in ("hundred", "thousand") and val > 0:
                base = val * (100 if nt == "hundred" else 1000)
                j += 1
                j2 = j + 1 if low(j) == "and" else j
                sub = small(j2)
                if sub:
                    base += sub[0]
                    j = sub[1]
                out.append(str(base))
            else:
                out.append(str(val))
            i = j
            continue
        if t in NATO:
            out.append(NATO[t])
            i += 1
            continue
        if len(t) == 1 and t.isalpha():
            out.append(t.upper())
            j = i + 1
            if low(j) == "for" and low(j + 1) is not None:
                j += 2
            elif low(j) == "as" and low(j + 1) == "in" and low(j + 2) is not None:
                j += 3
            i = j
            continue
        out.append(raw.upper())
        i += 1
    return "".join(out)


def luhn_ok(s):
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def iban_ok(s):
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{11,30}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


NI_RE = re.compile(r"(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]")
UKPC_RE = re.compile(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}")
EMAIL_RE = re.compile(r"[a-z0-9][a-z0-9._+-]*@[a-z0-9-]+(\.[a-z0-9-]+)+")
STREET_SUFFIX = {"road", "street", "lane", "avenue", "close", "drive", "grove", "way", "crescent",
                 "place", "terrace", "gardens", "court", "walk", "rise", "park", "row", "mews",
                 "hill", "square", "boulevard", "blvd", "st", "rd", "ave", "ln", "dr", "parade",
                 "green", "view", "quay"}


def email_norm(text):
    toks = re.findall(r"[a-z0-9]+|[@._+-]", text.lower())
    m = {"dot": ".", "at": "@", "underscore": "_", "dash": "-", "hyphen": "-"}
    return "".join(m.get(t, t) for t in toks if t not in FILLERS)


def date_ok(text):
    toks = re.findall(r"[a-z0-9]+", text.lower())
    if any(t in MONTHS or t in MONTH_ABBR or t == "sept" for t in toks):
        return any(t.isdigit() or t in WORD_DIGIT or t in TEENS or t in TENS or t in ORD
                   for t in toks)
    norm = parse_spoken(text)
    return norm.isdigit() and 3 <= len(norm) <= 8


def validate(typ, text, full):
    norm = parse_spoken(text)
    if not full:
        if typ == "EMAIL":
            return len(email_norm(text)) > 0
        return len(norm) > 0
    if typ == "CARD_NUMBER":
        return norm.isdigit() and 13 <= len(norm) <= 19 and luhn_ok(norm)
    if typ == "CVV":
        return norm.isdigit() and len(norm) in (3, 4)
    if typ == "SSN":
        return norm.isdigit() and len(norm) == 9
    if typ == "NI_NUMBER":
        return bool(NI_RE.fullmatch(norm))
    if typ == "BANK_ACCOUNT":
        return norm.isdigit() and 6 <= len(norm) <= 17
    if typ == "SORT_CODE":
        return norm.isdigit() and len(norm) == 6
    if typ == "IBAN":
        return iban_ok(norm)
    if typ == "PHONE":
        return norm.isdigit() and 7 <= len(norm) <= 15
    if typ == "EMAIL":
        return bool(EMAIL_RE.fullmatch(email_norm(text)))
    if typ == "POSTCODE":
        return bool(UKPC_RE.fullmatch(norm) or re.fullmatch(r"\d{5}(\d{4})?", norm))
    if typ in ("DOB", "EXPIRY"):
        return date_ok(text)
    if typ == "ADDRESS":
        toks = re.findall(r"[a-z0-9]+", text.lower())
        has_num = any(any(ch.isdigit() for ch in t) or t in WORD_DIGIT or t in TEENS or t in TENS
                      for t in toks)
        return has_num and any(t in STREET_SUFFIX for t in toks)
    return False


# ------------------------------------------------------------ case builder
class V:
    def __init__(self, text, typ, gid, full=True):
        self.text, self.typ, self.gid, self.full = text, typ, gid, full


class Case:
    def __init__(self, kind, note):
        self.kind, self.note = kind, note
        self.turns, self.spans, self.meta = [], [], []

    def add(self, speaker, *segs):
        text = ""
        for s in segs:
            if isinstance(s, str):
                text += s
            else:
                st = len(text)
                text += s.text
                self.spans.append({"turn": len(self.turns), "start": st, "end": len(text),
                                   "type": s.typ})
                self.meta.append((s.gid, s.full))
        self.turns.append({"speaker": speaker, "text": text})
        return self


# ------------------------------------------------------------ renderers
R = None  # the single random.Random, set in build()


def ch(seq):
    return R.choice(seq)


def zero_word(uk=True):
    return ch(["oh", "oh", "zero", "o", "nought"] if uk else ["oh", "zero", "zero", "o"])


def say_group(g, style, zw):
    if style == "pairs" and len(g) % 2 == 0:
        parts = []
        for k in range(0, len(g), 2):
            p = g[k:k + 2]
            parts.append(zw + " " + UNIT_W[int(p[1])] if p[0] == "0" else n2w(int(p)))
        return " ".join(parts)
    if style == "hundreds" and len(g) == 3 and g[0] != "0":
        h = UNIT_W[int(g[0])] + " hundred"
        rest = int(g[1:])
        if rest == 0:
            return h
        return h + ch([" and ", " "]) + n2w(rest)
    if style == "double":
        out, k = [], 0
        while k < len(g):
            run = 1
            while k + run < len(g) and g[k + run] == g[k] and run < 3:
                run += 1
            w = zw if g[k] == "0" else UNIT_W[int(g[k])]
            if run == 3:
                out.append("triple " + w)
            elif run == 2:
                out.append("double " + w)
            else:
                out.append(w)
            k += run
        return " ".join(out)
    return " ".join(zw if d == "0" else UNIT_W[int(d)] for d in g)


def say_digits(groups, style=None, uk=True, filler=0.15, seps=(", ", " ", " ", "... ")):
    """Speak a list of digit groups; self-verifying, falls back to single digits."""
    target = "".join(groups)
    for attempt in range(6):
        st = style or ch(["single", "single", "double", "pairs", "hundreds", "double"])
        if attempt == 5:
            st = "single"
        zw = zero_word(uk)
        parts = [say_group(g, st, zw) for g in groups]
        s = parts[0]
        for p in parts[1:]:
            sep = ch(seps)
            if R.random() < filler:
                sep = ch([" um ", " uh ", ", er, ", " erm "])
            s += sep + p
        if parse_spoken(s) == target:
            return s
    raise AssertionError("cannot render %r" % groups)


def say_letter(c, nato_p=0.4):
    if c == "O" or R.random() < nato_p:
        if c in NATO_W and R.random() < 0.5 and c != "O":
            return c.lower() + ch([" for ", " as in "]) + NATO_W[c]
        return NATO_W.get(c, c.lower())
    return c.lower()


def say_mixed(s, nato_p=0.4, uk=True):
    """Speak an alnum string, letters individually, digits grouped."""
    for _ in range(6):
        parts = []
        buf = ""
        for c in s + " ":
            if c.isdigit():
                buf += c
                continue
            if buf:
                parts.append(say_digits([buf[k:k + 4] for k in range(0, len(buf), 4)],
                                        style=ch(["single", "double", "pairs"]), uk=uk, filler=0,
                                        seps=(" ",)))
                buf = ""
            if c != " ":
                parts.append(say_letter(c, nato_p))
        out = " ".join(parts)
        if parse_spoken(out) == s:
            return out
    raise AssertionError(s)


# ------------------------------------------------------------ value makers
FIRST = ["james", "sarah", "aoife", "liam", "priya", "tom", "niamh", "david", "maria", "kofi",
         "emma", "sean", "fatima", "lukas", "chloe", "oliver", "grace", "ahmed", "hannah", "marek",
         "jess", "ciara", "dan", "rachel", "mohammed", "sophie", "patrick", "elena", "josh", "amy"]
LAST = ["smith", "okafor", "murphy", "patel", "walsh", "jones", "kowalski", "brennan", "taylor",
        "nguyen", "obrien", "hughes", "schmidt", "garcia", "khan", "doyle", "evans", "martin",
        "byrne", "clarke", "rossi", "wright", "kelly", "ahmed", "fischer", "mensah"]
DOMAINS = ["gmail.com", "outlook.com", "yahoo.co.uk", "hotmail.com", "icloud.com",
           "btinternet.com", "eircom.net", "web.de", "orange.fr", "protonmail.com", "aol.com",
           "sky.com", "live.ie", "comcast.net"]
STREETS = ["Kingsley", "Elm", "Station", "Mill", "Harbour", "Church", "Victoria", "Maple",
           "Oakfield", "Park", "Chester", "Willow", "Bridge", "Rathmines", "Beech", "Highfield",
           "Queens", "Albert", "Orchard", "Cedar", "Lincoln", "Sycamore", "Windmill", "Ashgrove"]
SUFFIX = ["Road", "Street", "Lane", "Avenue", "Close", "Drive", "Grove", "Way", "Crescent",
          "Place", "Terrace", "Gardens", "Court", "Mews", "Rise", "Walk"]
TOWNS_UK = ["Leeds", "Manchester", "Bristol", "Cardiff", "Glasgow", "Sheffield", "Norwich",
            "Brighton", "Belfast", "Leicester", "York", "Swansea"]
TOWNS_US = [("Columbus", "Ohio"), ("Austin", "Texas"), ("Denver", "Colorado"),
            ("Tampa", "Florida"), ("Portland", "Oregon"), ("Albany", "New York")]
PC_AREAS = ["SW", "LS", "M", "B", "G", "EH", "CF", "BS", "NE", "L", "E", "N", "SE", "CB", "BT",
            "DN", "PL", "EX", "S", "NR", "YO", "LE"]
INWARD_L = "ABDEFGHJLNPQRSTUWXYZ"


def mk_card(kind=None):
    kind = kind or ch(["visa", "visa", "mc", "mc", "amex", "disc", "visa13", "visa19"])
    pre, ln = {"visa": ("4", 16), "mc": (ch(["51", "52", "53", "54", "55", "2221"]), 16),
               "amex": (ch(["34", "37"]), 15), "disc": ("6011", 16), "visa13": ("4", 13),
               "visa19": ("4", 19)}[kind]
    body = pre + "".join(str(R.randrange(10)) for _ in range(ln - len(pre) - 1))
    for d in range(10):
        if luhn_ok(body + str(d)):
            return body + str(d)


def card_groups(num):
    if len(num) == 15:
        return [num[:4], num[4:10], num[10:]]
    g = [num[k:k + 4] for k in range(0, len(num), 4)]
    if len(g[-1]) < 3 and len(g) > 1:
        last = g.pop()
        g[-1] += last
    return g


def card_typed(num):
    g = card_groups(num)
    st = ch(["space", "dash", "none", "odd", "space", "dotspace"])
    if st == "space":
        return " ".join(g)
    if st == "dash":
        return "-".join(g)
    if st == "none":
        return num
    if st == "dotspace":
        return ".".join(g)
    cut = R.randrange(5, len(num) - 4)
    return num[:cut] + " " + num[cut:]


def mk_cvv(amex=False):
    return "".join(str(R.randrange(10)) for _ in range(4 if amex else 3))


def mk_expiry():
    return R.randrange(1, 13), R.randrange(25, 32)


def exp_typed(m, y):
    return ch(["%02d/%02d" % (m, y), "%02d/20%02d" % (m, y), "%d/%02d" % (m, y),
               "%02d-%02d" % (m, y), "%s %02d" % (MONTH_ABBR[m - 1].title(), y),
               "%02d / %02d" % (m, y)])


def exp_spoken(m, y):
    return ch(["%s %s" % (say_digits(["%02d" % m], style="single", filler=0), n2w(y)),
               "%s %s" % (MONTHS[m - 1], n2w(y)),
               "%s twenty %s" % (MONTHS[m - 1], n2w(y)),
               "%s slash %s" % (say_digits(["%02d" % m], style="single", filler=0),
                                say_digits(["%02d" % y], style="single", filler=0)),
               "%s %s" % (UNIT_W[m] if m < 10 else n2w(m), n2w(y))])


def mk_ssn():
    while True:
        a = R.randrange(1, 900)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, R.randrange(1, 100), R.randrange(1, 10000))


def ssn_typed(s):
    return ch(["%s-%s-%s" % (s[:3], s[3:5], s[5:]), "%s %s %s" % (s[:3], s[3:5], s[5:]), s,
               "%s-%s-%s" % (s[:3], s[3:5], s[5:]), "%s.%s.%s" % (s[:3], s[3:5], s[5:])])


NI_L = "ABCEGHJKLMNPRSTWXYZ"


def mk_ni():
    while True:
        p = ch(NI_L) + ch(NI_L)
        if p not in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ"):
            break
    return p + "".join(str(R.randrange(10)) for _ in range(6)) + ch("ABCD")


def ni_typed(s):
    f = ch(["%s", "%s %s %s %s %s", "%s-%s-%s-%s-%s", "%s%s %s"])
    if f == "%s":
        r = s
    elif f == "%s%s %s":
        r = "%s %s %s" % (s[:2], s[2:8], s[8])
    else:
        r = f % (s[:2], s[2:4], s[4:6], s[6:8], s[8])
    return ch([r, r, r.lower(), r[:2].title() + r[2:]])


def ni_spoken(s):
    for _ in range(6):
        d = s[2:8]
        dig = say_digits([d[:2], d[2:4], d[4:]], style=ch(["single", "pairs", "double"]),
                         filler=0.2, seps=(" ", ", "))
        out = "%s %s %s %s" % (say_letter(s[0]), say_letter(s[1]), dig, say_letter(s[8]))
        if parse_spoken(out) == s:
            return out
    raise AssertionError(s)


def mk_sort():
    return "%02d%02d%02d" % (ch([20, 30, 40, 60, 77, 83, 90, 11, 9, 16, 23, 56]),
                             R.randrange(100), R.randrange(100))


def sort_typed(s):
    return ch(["%s-%s-%s" % (s[:2], s[2:4], s[4:]), s, "%s %s %s" % (s[:2], s[2:4], s[4:]),
               "%s-%s-%s" % (s[:2], s[2:4], s[4:])])


def mk_acct(n=8):
    return str(R.randrange(1, 10)) + "".join(str(R.randrange(10)) for _ in range(n - 1))


def mk_iban(cc=None):
    cc = cc or ch(["GB", "IE", "DE", "NL", "ES", "FR", "GB", "IE"])
    dig = lambda k: "".join(str(R.randrange(10)) for _ in range(k))
    if cc == "GB":
        bban = ch(["NWBK", "BARC", "HBUK", "LOYD", "MIDL", "NAIA"]) + dig(14)
    elif cc == "IE":
        bban = ch(["AIBK", "BOFI", "IPBS", "ULSB"]) + dig(14)
    elif cc == "NL":
        bban = ch(["ABNA", "INGB", "RABO", "TRIO"]) + dig(10)
    elif cc == "DE":
        bban = dig(18)
    elif cc == "ES":
        bban = dig(20)
    else:
        bban = dig(23)
    r = bban + cc + "00"
    chk = 98 - int("".join(str(int(c, 36)) for c in r)) % 97
    return cc + "%02d" % chk + bban


def iban_typed(s):
    g = " ".join(s[k:k + 4] for k in range(0, len(s), 4))
    return ch([g, g, s, g.lower(), s.lower()])


def mk_phone(kind=None):
    """Returns (canonical digits, typed form, spoken groups, uk_style)."""
    kind = kind or ch(["ukmob", "ukmob", "ukland", "us", "us", "ie", "eu", "ukintl"])
    d = lambda k: "".join(str(R.randrange(10)) for _ in range(k))
    if kind == "ukmob":
        x = "07" + ch(["700", "400", "911", "825", "723", "568"]) + d(6)
        return x, ch([x[:5] + " " + x[5:], x, x[:5] + " " + x[5:8] + " " + x[8:]]), [x[:5], x[5:]], True
    if kind == "ukintl":
        x = "447" + ch(["700", "400", "911", "825"]) + d(6)
        return x, ch(["44 " + x[2:6] + " " + x[6:], "44" + x[2:], "44 (0)" + x[2:6] + " " + x[6:]]), \
            ["44", x[2:6], x[6:]], True
    if kind == "ukland":
        x = ch(["020", "0161", "0113", "0117", "0131", "029"]) + d(7 if True else 0)
        x = x[:11]
        return x, ch([x[:4] + " " + x[4:7] + " " + x[7:], x[:5] + " " + x[5:]]), [x[:4], x[4:7], x[7:]], True
    if kind == "us":
        x = str(R.randrange(201, 990)) + "555" + "01" + d(2)
        typed = ch(["%s-%s-%s" % (x[:3], x[3:6], x[6:]), "(%s) %s-%s" % (x[:3], x[3:6], x[6:]),
                    "%s.%s.%s" % (x[:3], x[3:6], x[6:]), "1 %s %s %s" % (x[:3], x[3:6], x[6:])])
        return x, typed, [x[:3], x[3:6], x[6:]], False
    if kind == "ie":
        x = "08" + ch(["3", "5", "6", "7", "9"]) + d(7)
        return x, ch([x[:3] + " " + x[3:6] + " " + x[6:], "353 " + x[1:3] + " " + x[3:6] + " " + x[6:]]), \
            [x[:3], x[3:6], x[6:]], True
    x = ch(["4930", "4989", "3361", "3147", "3491"]) + d(8)
    return x, x[:2] + " " + x[2:4] + " " + x[4:8] + " " + x[8:], [x[:2], x[2:4], x[4:8], x[8:]], True


def phone_typed(p):
    t = p[1]
    if t.startswith("("):
        return "(", t[1:]
    if t.startswith(("44", "353", "49", "33", "34")) and R.random() < 0.8:
        return "+", t
    return "", t


def mk_email():
    f, l = ch(FIRST), ch(LAST)
    num = str(R.randrange(1, 99)) if R.random() < 0.5 else ""
    sep = ch([".", "_", "", ".", "-"])
    local = ch([f + sep + l + num, f[0] + sep + l + num, f + num, l + sep + f[0]])
    return local + "@" + ch(DOMAINS)


def email_typed(e):
    return ch([e, e, e.title() if "." in e else e, e[0].upper() + e[1:]])


def email_spoken(e):
    local, dom = e.split("@")
    def sp(x):
        out = []
        for piece in re.split(r"([._-])", x):
            if piece == ".":
                out.append("dot")
            elif piece == "_":
                out.append("underscore")
            elif piece == "-":
                out.append(ch(["dash", "hyphen"]))
            elif piece.isdigit():
                out.append(" ".join(UNIT_W[int(c)] for c in piece) if R.random() < 0.5 else n2w(int(piece)) if int(piece) < 100 and piece[0] != "0" else " ".join(UNIT_W[int(c)] for c in piece))
            elif piece:
                m = re.match(r"([a-z]+)(\d*)", piece)
                w = m.group(1)
                if len(w) <= 2 or R.random() < 0.2:
                    w = " ".join(w)
                out.append(w)
                if m.group(2):
                    out.append(" ".join(UNIT_W[int(c)] for c in m.group(2)))
        return " ".join(out)
    return sp(local) + " at " + sp(dom)


def mk_ukpc():
    while True:
        a = ch(PC_AREAS)
        pc = a + str(R.randrange(1, 20)) + str(R.randrange(10)) + ch(INWARD_L) + ch(INWARD_L)
        if UKPC_RE.fullmatch(pc):
            return pc


def pc_typed(pc):
    f = pc[:-3] + " " + pc[-3:]
    return ch([f, f, pc, f.lower(), pc.lower()])


def pc_spoken(pc):
    return say_mixed(pc[:-3], 0.3) + ch([", ", " ", " ... "]) + say_mixed(pc[-3:], 0.3)


def mk_zip():
    z = "%05d" % R.randrange(10000, 99999)
    return z + ("%04d" % R.randrange(1, 9999) if R.random() < 0.25 else "")


def zip_typed(z):
    return z if len(z) == 5 else z[:5] + "-" + z[5:]


def mk_address(uk=True):
    num = R.randrange(1, 260)
    street = ch(STREETS) + " " + ch(SUFFIX)
    flat = R.random() < 0.3
    fl = R.randrange(1, 30)
    letter = ch(["", "", "", "A", "B"])
    if uk:
        typed = ("Flat %d%s, " % (fl, letter) if flat else "") + "%d %s" % (num, street)
        sp = ("flat %s%s, " % (n2w(fl) if fl < 100 else fl, (" " + letter.lower()) if letter else "")
              if flat else "") + "%s %s" % (say_num(num), street.lower())
    else:
        num = R.randrange(100, 9999)
        typed = "%d %s" % (num, ch(STREETS) + " " + ch(["Avenue", "Street", "Drive", "Blvd", "Road", "Ln"]))
        if flat:
            typed += ", Apt %d%s" % (fl, letter)
        sp = say_num(num) + " " + typed.split(" ", 1)[1].split(",")[0].lower()
        if flat:
            sp += ", apartment " + n2w(fl)
    return typed, sp


def say_num(n):
    if n < 100:
        return n2w(n)
    if n < 1000:
        if R.random() < 0.5:
            return UNIT_W[n // 100] + " hundred" + ("" if n % 100 == 0 else " and " + n2w(n % 100))
        return UNIT_W[n // 100] + " " + (n2w(n % 100) if n % 100 >= 10 else "oh " + UNIT_W[n % 10])
    hi, lo = divmod(n, 100)
    return n2w(hi) + " " + (n2w(lo) if lo >= 10 else ("hundred" if lo == 0 else "oh " + UNIT_W[lo]))


def mk_dob():
    return R.randrange(1, 29), R.randrange(1, 13), R.randrange(1938, 2006)


def dob_typed(d, m, y, us=False):
    if us:
        return ch(["%d/%d/%d" % (m, d, y), "%02d/%02d/%d" % (m, d, y), "%s %d, %d" % (MONTHS[m - 1].title(), d, y),
                   "%d-%d-%02d" % (m, d, y % 100)])
    return ch(["%02d/%02d/%d" % (d, m, y), "%d/%d/%d" % (d, m, y), "%02d.%02d.%02d" % (d, m, y % 100),
               "%d %s %d" % (d, MONTH_ABBR[m - 1].title(), y), "%d-%02d-%02d" % (y, m, d),
               "%d %s %d" % (d, MONTHS[m - 1].title(), y)])


def say_year(y):
    if y >= 2000:
        return ch(["two thousand and " + n2w(y - 2000) if y > 2000 else "two thousand",
                   "two thousand " + n2w(y - 2000) if y > 2000 else "two thousand"])
    return ch(["nineteen " + n2w(y - 1900) if y % 100 >= 10 else "nineteen oh " + UNIT_W[y % 10],
               n2w(y % 100) if y % 100 >= 10 else "nineteen oh " + UNIT_W[y % 10]])


def dob_spoken(d, m, y, us=False):
    o = ORD_W.get(d) or (TENS_W[d // 10 * 10] + " " + ORD_W[d % 10])
    if us:
        return ch(["%s %s %s" % (MONTHS[m - 1], o, say_year(y)),
                   "%s %s, %s" % (MONTHS[m - 1], n2w(d), say_year(y))])
    return ch(["%s of %s %s" % (o, MONTHS[m - 1], say_year(y)),
               "%s %s %s" % (n2w(d), MONTHS[m - 1], say_year(y)),
               "%s %s %s" % (say_digits(["%02d" % d], style="single", filler=0),
                             say_digits(["%02d" % m], style="single", filler=0), say_year(y)),
               "%s of %s, um, %s" % (o, MONTHS[m - 1], say_year(y))])


# ------------------------------------------------------------ positive templates
UK_ORGS = ["Northwind Energy", "Clearline Mobile", "Harbour Bank", "Brightwater Utilities",
           "Kestrel Insurance", "HomeFirst Broadband", "the council tax team", "Redcliffe Travel"]
US_ORGS = ["Summit Health billing", "Lakeside Mutual", "Pioneer Wireless", "Granite Federal",
           "the state benefits office", "Bluejay Airlines"]
BACK = ["mhm", "go on", "yep", "okay", "right", "uh huh", "got that", "yeah go ahead", "okay next four"]
YES = ["yes", "yeah that's it", "yep", "correct", "that's right", "yes thats right"]


def t_card_chat(i):
    c = Case("positive", "typed chat card payment with expiry, cvv and last-four confirmation")
    num = mk_card()
    m, y = mk_expiry()
    c.add(A, "Hi, you're chatting with %s payments. How can I help today?" % ch(UK_ORGS + US_ORGS))
    lead = ch(["pls take payment off card ", "card no: ", "Card number is ", "can u use this card ",
               "CC# "])
    c.add(C, lead, V(card_typed(num), "CARD_NUMBER", "k"), ch([" exp ", " expiry ", ", expires "]),
          V(exp_typed(m, y), "EXPIRY", "e"), ch([" cvv ", " sec code ", " and the 3 digits are "]),
          V(mk_cvv(len(num) == 15), "CVV", "v"))
    c.add(A, "Thanks. Just confirming that's the card ending ", V(num[-4:], "CARD_NUMBER", "l4", False),
          ", amount ", "£%d.%02d" % (R.randrange(5, 400), R.randrange(100)), "?")
    c.add(C, ch(YES))
    return c


def t_card_split(i):
    c = Case("positive", "ASR card read over several turns with back-channels, full read-back")
    num = mk_card()
    g = card_groups(num)
    c.add(A, "okay when you're ready can i take the long number across the front of the card")
    k = 0
    while k < len(g):
        take = g[k:k + ch([1, 1, 2])]
        k += len(take)
        c.add(C, ch(["", "its ", "right ", "okay ", "", "uh "]) if k == len(take) else "",
              V(say_digits(take, filler=0.2), "CARD_NUMBER", "k"))
        if k < len(g):
            c.add(A, ch(BACK))
    c.add(A, "so i've got ", V(say_digits(g, filler=0.05), "CARD_NUMBER", "rb"), " is that right")
    c.add(C, ch(YES))
    m, y = mk_expiry()
    c.add(A, "and the expiry")
    c.add(C, ch(["", "its ", "uh "]), V(exp_spoken(m, y), "EXPIRY", "e"), " and the security code is ",
          V(say_digits([mk_cvv(len(num) == 15)], filler=0), "CVV", "v"))
    return c


def t_card_correct(i):
    c = Case("positive", "agent read-back gets one group wrong; caller corrects that group")
    num = mk_card()
    g = card_groups(num)
    j = R.randrange(len(g))
    bad = list(g[j])
    p = R.randrange(len(bad))
    bad[p] = str((int(bad[p]) + ch([1, 2, 3, 5])) % 10)
    bad = "".join(bad)
    wrong = g[:j] + [bad] + g[j + 1:]
    org = ch(UK_ORGS + US_ORGS)
    c.add(A, "thanks for calling %s you're through to payments" % org.lower())
    c.add(C, "hiya yeah i want to pay the bill the card number is ", V(say_digits(g), "CARD_NUMBER", "k"))
    c.add(A, "let me read that back ", V(say_digits(wrong, filler=0), "CARD_NUMBER", "w", False))
    pos = ["first", "second", "third", "fourth", "last"][j if j < len(g) - 1 else 4]
    c.add(C, "no sorry the %s bit is " % pos, V(say_digits([g[j]], style="single", filler=0), "CARD_NUMBER", "c1", False),
          " not ", V(say_digits([bad], style="single", filler=0), "CARD_NUMBER", "c2", False))
    c.add(A, "ah apologies so ", V(say_digits([g[j]], filler=0), "CARD_NUMBER", "c3", False),
          " so the full number is ", V(say_digits(g, filler=0), "CARD_NUMBER", "rb"))
    c.add(C, ch(YES), " and it expires ", V(exp_spoken(*mk_expiry()), "EXPIRY", "e"))
    return c


def t_card_restart(i):
    c = Case("positive", "caller starts reading the wrong card, restarts, asides inside reading")
    num, old = mk_card(), mk_card()
    g = card_groups(num)
    og = card_groups(old)
    c.add(A, "and what card would you like to use today")
    c.add(C, "its ", V(say_digits(og[:2], filler=0.3), "CARD_NUMBER", "old", False),
          " oh no hang on thats the old one it's expired let me get the other one out")
    c.add(A, ch(["no problem take your time", "no worries", "thats fine ill hold"]))
    cut = R.randrange(1, len(g))
    aside = ch([" sorry the dog's going mad ", " hang on let me get my glasses ",
                " sorry someone's at the door one sec okay ", " can you hear me still yeah okay "])
    c.add(C, "right okay it's ", V(say_digits(g[:cut], filler=0.2), "CARD_NUMBER", "k"), aside,
          V(say_digits(g[cut:], filler=0.2), "CARD_NUMBER", "k"))
    c.add(A, "perfect and the last four digits again just so i'm sure")
    c.add(C, V(say_digits([num[-4:]], filler=0), "CARD_NUMBER", "l4", False))
    c.add(A, "and the three digits on the back")
    c.add(C, "uh ", V(say_digits([mk_cvv(len(num) == 15)], filler=0), "CVV", "v"))
    return c


def t_card_transfer(i):
    c = Case("positive", "card started, transfer to secure line, re-read and confirmed piece by piece")
    num = mk_card()
    g = card_groups(num)
    c.add(A, "okay can i have the card number please")
    c.add(C, V(say_digits(g[:2]), "CARD_NUMBER", "p1", False))
    c.add(A, "actually sorry i need to pass you to our secure payments team i'll transfer you now please hold")
    c.add(A, "hello thanks for holding you're through to card payments could you give me the card number again from the start")
    c.add(C, "yeah sure its ", V(say_digits(g, filler=0.2), "CARD_NUMBER", "k"))
    for k, grp in enumerate(g):
        c.add(A, ch(["so ", "", "then ", "and "]), V(say_digits([grp], filler=0), "CARD_NUMBER", "pb"), "?")
        c.add(C, ch(["yep", "yes", "mhm", "thats it", "yeah"]))
    m, y = mk_expiry()
    c.add(A, "and the expiry date")
    c.add(C, V(exp_spoken(m, y), "EXPIRY", "e"))
    return c


def t_card_other(i):
    c = Case("positive", "caller reading a relative's card and date of birth for them")
    num = mk_card()
    g = card_groups(num)
    rel = ch(["my mum", "my dad", "my husband", "my wife", "my nan", "my son"])
    pron = "her" if rel in ("my mum", "my wife", "my nan") else "his"
    c.add(C, "hi i'm calling on behalf of %s %s's here with me but %s hearing's not great" % (rel, "she" if pron == "her" else "he", pron))
    c.add(A, "thats fine we'll just need %s permission and to confirm %s date of birth" % (pron, pron))
    d, mo, y = mk_dob()
    c.add(C, "okay hold on ", ch(["mum", "dad", "love"]), " whats your birthday ... ", pron, " date of birth is ",
          V(dob_spoken(d, mo, y), "DOB", "d"))
    c.add(A, "thank you and which card is the payment going on")
    cut = R.randrange(1, len(g))
    c.add(C, "%s reading it out to me ... " % ("she's" if pron == "her" else "he's"),
          V(say_digits(g[:cut]), "CARD_NUMBER", "k"), " what was that ", ch(["mum", "dad"]), " ... okay ",
          V(say_digits(g[cut:]), "CARD_NUMBER", "k"))
    c.add(A, "and the expiry on that")
    m, y2 = mk_expiry()
    c.add(C, V(exp_spoken(m, y2), "EXPIRY", "e"))
    return c


def t_ssn_call(i):
    c = Case("positive", "US call: SSN spoken in pieces with back-channels, read-back, DOB and ZIP")
    s = mk_ssn()
    c.add(A, "thank you for calling %s to verify can i get your social security number" % ch(US_ORGS).lower())
    parts = [s[:3], s[3:5], s[5:]]
    mode = R.randrange(3)
    if mode == 0:
        c.add(C, "sure it's ", V(say_digits(parts, uk=False), "SSN", "s"))
    else:
        c.add(C, "yeah it's ", V(say_digits(parts[:1], uk=False, filler=0), "SSN", "s"))
        c.add(A, ch(BACK))
        c.add(C, V(say_digits(parts[1:], uk=False), "SSN", "s"))
    c.add(A, "okay i have ", V(say_digits(parts, uk=False, filler=0, seps=(" ", ", ")), "SSN", "rb"),
          ch([" and your date of birth", " can you confirm your date of birth"]))
    d, m, y = mk_dob()
    c.add(C, V(dob_spoken(d, m, y, us=True), "DOB", "d"))
    z = mk_zip()
    c.add(A, "and the zip code on the account")
    c.add(C, V(say_digits([z[:5]] + ([z[5:]] if len(z) > 5 else []), uk=False, filler=0), "POSTCODE", "z"))
    return c


def t_ssn_typed(i):
    c = Case("positive", "US chat: SSN typed with a typo then corrected, plus DOB")
    s = mk_ssn()
    t = list(s)
    p = R.randrange(3, 9)
    t[p], t[p - 1] = t[p - 1], t[p]
    if t == list(s):
        t[p] = str((int(t[p]) + 1) % 10)
    bad = "".join(t)
    c.add(A, "Hi! To pull up your %s account I'll need your SSN and date of birth." % ch(US_ORGS))
    c.add(C, ch(["ssn ", "SSN: ", "social is ", "its "]), V(ssn_typed(bad), "SSN", "bad"), ch([" dob ", " and bday "]),
          V(dob_typed(*mk_dob(), us=True), "DOB", "d"))
    c.add(C, ch(["sorry typo, ", "wait no ", "oops its "]), V(ssn_typed(s), "SSN", "s"))
    c.add(A, "No problem, so that's ", V(ssn_typed(s), "SSN", "rb"), " - thanks, one moment.")
    return c


def t_ssn_other(i):
    c = Case("positive", "caller gives parent's SSN; agent confirms it piece by piece")
    s = mk_ssn()
    c.add(C, "hi i'm calling about my %s's medical bill i have power of attorney" % ch(["mother", "father", "grandmother", "uncle"]))
    c.add(A, "okay i can help with that what's the patient's social security number")
    c.add(C, "um let me find it ... okay ", V(say_digits([s[:3], s[3:5], s[5:]], uk=False, filler=0.3), "SSN", "s"))
    c.add(A, "let me repeat that back ", V(say_digits([s[:3]], uk=False, filler=0), "SSN", "pb"))
    c.add(C, "mhm")
    c.add(A, V(say_digits([s[3:5]], uk=False, filler=0), "SSN", "pb"))
    c.add(C, "yes")
    c.add(A, V(say_digits([s[5:]], uk=False, filler=0), "SSN", "pb"))
    c.add(C, "yep and %s date of birth is " % ch(["her", "his"]), V(dob_spoken(*mk_dob(), us=True), "DOB", "d"))
    return c


def t_ni_call(i):
    c = Case("positive", "UK gov call: NI number spoken, agent mishears a letter, caller corrects")
    s = mk_ni()
    c.add(A, "you're through to %s can i take your national insurance number please" % ch(["the pension service", "hmrc", "universal credit", "the student loans company", "child benefit"]))
    c.add(C, "yeah it's ", V(ni_spoken(s), "NI_NUMBER", "n"))
    wl = ch([x for x in "MNBPTSJ" if x != s[1] and x != s[0]])
    bad = s[0] + wl + s[2:]
    c.add(A, "thank you so that's ", V(say_mixed(bad, 0.6), "NI_NUMBER", "w", False))
    c.add(C, "no the second letter is ", V(say_letter(s[1], 1.0), "NI_NUMBER", "c", False))
    c.add(A, "oh sorry ", V(say_mixed(s, 0.6), "NI_NUMBER", "rb"), " and your postcode")
    pc = mk_ukpc()
    c.add(C, V(pc_spoken(pc), "POSTCODE", "p"))
    return c


def t_ni_chat(i):
    c = Case("positive", "chat/e-mail: NI number typed with labels, DOB and postcode")
    s = mk_ni()
    c.add(A, "Hello, to verify your identity please send your NI number, DOB and postcode.")
    c.add(C, ch(["NI no: ", "ni number ", "Nat Ins ", "NINO - ", "my NI is "]), V(ni_typed(s), "NI_NUMBER", "n"),
          ch([", dob ", " / DOB: ", ". born "]), V(dob_typed(*mk_dob()), "DOB", "d"), ch([", postcode ", " pc: ", " - "]),
          V(pc_typed(mk_ukpc()), "POSTCODE", "p"))
    if R.random() < 0.5:
        c.add(A, "Thanks, can you double check the NI number? It doesn't match.")
        s2 = s[:-1] + ch([x for x in "ABCD" if x != s[-1]])
        c.add(C, "sorry last letter should be ", V(s2[-1], "NI_NUMBER", "c", False), " so ", V(ni_typed(s2), "NI_NUMBER", "n2"))
    return c


def t_ni_other(i):
    c = Case("positive", "caller reads partner's NI number split with a hold in the middle")
    s = mk_ni()
    c.add(C, "hi i'm ringing for my %s she's in hospital i've got her letter here" % ch(["wife", "partner", "sister", "mum"]))
    c.add(A, "okay what's her national insurance number")
    c.add(C, "it's ", V(say_mixed(s[:4], 0.5), "NI_NUMBER", "n"), " ... sorry can you hold on a sec the nurse is here")
    c.add(A, "of course")
    c.add(C, "sorry about that where was i")
    c.add(A, "you'd said ", V(say_mixed(s[:4], 0.2), "NI_NUMBER", "p", False))
    c.add(C, "right ", V(say_mixed(s[4:], 0.5), "NI_NUMBER", "n"))
    c.add(A, "and her date of birth")
    c.add(C, V(dob_spoken(*mk_dob()), "DOB", "d"))
    return c


def t_bank(i):
    c = Case("positive", "UK direct debit: sort code and account read, single-digit correction")
    sc, ac = mk_sort(), mk_acct()
    c.add(A, "to set up the direct debit i'll need the sort code first")
    c.add(C, V(say_digits([sc[:2], sc[2:4], sc[4:]], style=ch(["pairs", "single", "double"])), "SORT_CODE", "sc"))
    c.add(A, "and the account number")
    g = [ac[:4], ac[4:]]
    c.add(C, V(say_digits(g[:1], filler=0), "BANK_ACCOUNT", "a"))
    c.add(A, ch(BACK))
    c.add(C, V(say_digits(g[1:], filler=0), "BANK_ACCOUNT", "a"))
    p = R.randrange(8)
    bad = ac[:p] + str((int(ac[p]) + 3) % 10) + ac[p + 1:]
    c.add(A, "so that's ", V(say_digits([bad[:4], bad[4:]], filler=0), "BANK_ACCOUNT", "w", False))
    c.add(C, "no ", V(say_digits([ac[max(0, p - 1):p + 1]], style="single", filler=0), "BANK_ACCOUNT", "c", False),
          " not ", V(say_digits([bad[max(0, p - 1):p + 1]], style="single", filler=0), "BANK_ACCOUNT", "c2", False))
    c.add(A, "got you ", V(say_digits([ac[:4], ac[4:]], filler=0), "BANK_ACCOUNT", "rb"),
          " with sort code ", V(say_digits([sc[:2], sc[2:4], sc[4:]], filler=0), "SORT_CODE", "sc2"))
    c.add(C, ch(YES))
    return c


def t_bank_chat(i):
    c = Case("positive", "typed bank details with informal labels and typos")
    sc, ac = mk_sort(), mk_acct(ch([8, 8, 10, 12]))
    c.add(A, "Please provide the account you'd like the refund sent to.")
    c.add(C, ch(["acct no: ", "acc num ", "a/c ", "account number - ", "Acount no "]), V(ac, "BANK_ACCOUNT", "a"),
          ch([" sortcode ", ", sort code: ", " s/c ", " sort "]), V(sort_typed(sc), "SORT_CODE", "sc"),
          ch([" thx", "", " cheers", " ta"]))
    if R.random() < 0.5:
        c.add(C, "actually wait thats my savings, current acc is ", V(mk_acct(8), "BANK_ACCOUNT", "a2"))
    c.add(A, "Thanks, the refund of £%d.%02d will go to that account in 3-5 working days." % (R.randrange(5, 900), R.randrange(100)))
    return c


def t_iban(i):
    c = Case("positive", "EU/Irish IBAN typed or spoken, agent confirms it in chunks")
    s = mk_iban()
    typed = R.random() < 0.5
    if typed:
        c.add(C, ch(["IBAN: ", "my iban is ", "Please refund to IBAN "]), V(iban_typed(s), "IBAN", "i"),
              ch([" BIC to follow", "", " thanks"]))
        c.add(A, "Thanks. Confirming the IBAN ending ", V(s[-6:], "IBAN", "p", False), " - is that correct?")
        c.add(C, ch(YES))
    else:
        c.add(A, "can you read me the iban from your statement")
        cut = ch([4, 8, 12])
        c.add(C, "yep so its ", V(say_mixed(s[:cut], 0.4), "IBAN", "i"))
        c.add(A, ch(BACK))
        c.add(C, V(say_mixed(s[cut:], 0.2), "IBAN", "i"))
        c.add(A, "and just the last four again")
        c.add(C, V(say_mixed(s[-4:], 0.2), "IBAN", "p", False))
    return c


def t_phone(i):
    c = Case("positive", "contact number updated by phone, read-back with one chunk corrected")
    p = mk_phone()
    groups = p[2]
    lead = ""
    if groups[0] in ("44",):
        lead = ch(["plus ", "double oh "])
    c.add(A, "whats the best number to reach you on")
    c.add(C, ch(["its ", "my mobile is ", "um ", ""]), V(lead + say_digits(groups, uk=p[3]), "PHONE", "ph"))
    j = len(groups) - 1
    g = groups[j]
    q = R.randrange(len(g))
    badg = g[:q] + str((int(g[q]) + 1) % 10) + g[q + 1:]
    c.add(A, "so thats ", V(say_digits(groups[:j] + [badg], uk=p[3], filler=0), "PHONE", "w", False))
    c.add(C, "no the end is ", V(say_digits([g], uk=p[3], filler=0), "PHONE", "c", False))
    c.add(A, "sorry ", V(say_digits([g], uk=p[3], filler=0), "PHONE", "c2", False), " got it and is there a landline as well")
    c.add(C, ch(["no just the mobile", "no thats the only one", "nope"]))
    return c


def t_phone_typed(i):
    c = Case("positive", "typed contact details: phone numbers national and international, e-mail")
    p1, p2 = mk_phone(), mk_phone()
    pre1, t1 = phone_typed(p1)
    pre2, t2 = phone_typed(p2)
    c.add(A, "Could you confirm your contact details?")
    c.add(C, ch(["mob ", "mobile: ", "Tel ", "phone no "]), pre1, V(t1, "PHONE", "p1"), ch([", work ", " or work: ", " / office "]),
          pre2, V(t2, "PHONE", "p2"), ch([", email ", " e: ", " and "]), V(email_typed(mk_email()), "EMAIL", "e"))
    c.add(A, "Thanks, updated. Please allow 24 hours for the change.")
    return c


def t_email(i):
    c = Case("positive", "e-mail spoken with dot/at, read back, caller corrects spelling")
    e = mk_email()
    c.add(A, "and can i take an email address for the confirmation")
    c.add(C, "yeah it's ", V(email_spoken(e), "EMAIL", "e"))
    c.add(A, "let me read that back ", V(email_spoken(e), "EMAIL", "rb"))
    local = e.split("@")[0]
    if R.random() < 0.6 and re.match(r"[a-z]{3,}", local):
        c.add(C, ch(["yes and thats ", "yeah with "]), V(" ".join(re.match(r"[a-z]+", local).group(0)), "EMAIL", "sp", False),
              " spelt like that")
    else:
        c.add(C, ch(YES))
    return c


def t_address_uk(i):
    c = Case("positive", "UK home move: new address and postcode, postcode read back with NATO")
    typed, sp = mk_address(True)
    pc = mk_ukpc()
    town = ch(TOWNS_UK)
    c.add(A, "whats the address of the new property")
    c.add(C, "its ", V(sp, "ADDRESS", "ad"), " in %s" % town.lower())
    c.add(A, "and the postcode")
    c.add(C, V(pc_spoken(pc), "POSTCODE", "p"))
    c.add(A, "so ", V(say_mixed(pc[:-3], 0.9) + " " + say_mixed(pc[-3:], 0.9), "POSTCODE", "rb"), " yes")
    c.add(C, ch(YES))
    if R.random() < 0.5:
        c.add(A, "and your old address for the final bill")
        t2, sp2 = mk_address(True)
        c.add(C, V(sp2, "ADDRESS", "ad2"), " um ", V(pc_typed(mk_ukpc()).lower(), "POSTCODE", "p2"))
    return c


def t_address_typed(i):
    uk = R.random() < 0.5
    c = Case("positive", "typed delivery address with town and postcode/ZIP outside the address span")
    typed, sp = mk_address(uk)
    if uk:
        c.add(C, ch(["deliver to ", "Address: ", "new addr "]), V(typed, "ADDRESS", "ad"), ", %s, " % ch(TOWNS_UK),
              V(pc_typed(mk_ukpc()), "POSTCODE", "p"))
    else:
        t, s = ch(TOWNS_US)
        c.add(C, ch(["ship to ", "Address: ", "my address is "]), V(typed, "ADDRESS", "ad"), ", %s, %s " % (t, s),
              V(zip_typed(mk_zip()), "POSTCODE", "p"))
    c.add(A, "Thanks, and a phone number for the courier?")
    p = mk_phone("us" if not uk else "ukmob")
    pre, t = phone_typed(p)
    c.add(C, pre, V(t, "PHONE", "ph"))
    return c


def t_dob(i):
    c = Case("positive", "security check: DOB given, agent repeats wrong day, caller corrects")
    d, m, y = mk_dob()
    c.add(A, "for security can you confirm your date of birth")
    c.add(C, V(dob_spoken(d, m, y), "DOB", "d"))
    d2 = d + 10 if d < 19 else d - 10
    c.add(A, "sorry was that the ", V(ORD_W.get(d2) or (TENS_W[d2 // 10 * 10] + " " + ORD_W[d2 % 10]), "DOB", "w", False), "?")
    c.add(C, "no ", V(ORD_W.get(d) or (TENS_W[d // 10 * 10] + " " + ORD_W[d % 10]), "DOB", "c", False), " ",
          ch(["of", "of", "in"]), " ", V(MONTHS[m - 1], "DOB", "c2", False))
    c.add(A, "thank you thats all matched and the email on file ends in outlook dot com is that still current")
    c.add(C, "no its ", V(email_spoken(mk_email()), "EMAIL", "e"), " now")
    return c


def t_kitchen(i):
    c = Case("positive", "insurance/travel call mixing non-PII references with phone, email, DOB, card")
    ref = "".join(str(R.randrange(10)) for _ in range(8))
    c.add(A, "can i take the %s please" % ch(["claim reference", "booking reference", "policy number"]))
    c.add(C, "its ", say_digits([ref[:4], ref[4:]], filler=0))
    c.add(A, "thank you and the lead passenger's date of birth")
    c.add(C, V(dob_spoken(*mk_dob()), "DOB", "d"))
    num = mk_card()
    c.add(A, "the balance is %s pounds, which card" % n2w(R.randrange(20, 99)))
    c.add(C, V(say_digits(card_groups(num)), "CARD_NUMBER", "k"), " expiring ", V(exp_spoken(*mk_expiry()), "EXPIRY", "e"))
    c.add(A, "and a mobile in case we need to reach you abroad")
    p = mk_phone(ch(["ukintl", "eu", "ie"]))
    c.add(C, V((ch(["plus ", "double oh "]) if p[0][:2] in ("44", "49", "33", "34") else "") + say_digits(p[2], filler=0.1), "PHONE", "ph"))
    return c


POS_TEMPLATES = [(t_card_chat, 14), (t_card_split, 14), (t_card_correct, 12), (t_card_restart, 10),
                 (t_card_transfer, 10), (t_card_other, 8), (t_ssn_call, 12), (t_ssn_typed, 8),
                 (t_ssn_other, 6), (t_ni_call, 12), (t_ni_chat, 10), (t_ni_other, 8), (t_bank, 10),
                 (t_bank_chat, 8), (t_iban, 12), (t_phone, 10), (t_phone_typed, 8), (t_email, 8),
                 (t_address_uk, 10), (t_address_typed, 8), (t_dob, 8), (t_kitchen, 8)]


# ------------------------------------------------------------ negatives
def d(k):
    return "".join(str(R.randrange(10)) for _ in range(k))


def neg_snippets():
    """Each returns (speaker, text) containing no PII."""
    luhn16 = mk_card()
    return [
        (A, "your order number is %s" % " ".join(card_groups(luhn16))),
        (C, "the order number on the email is %s" % luhn16),
        (A, "so the reference is %s, that's your reference not a card number" % say_digits(card_groups(mk_card()), filler=0.1)),
        (C, "tracking number %s" % ("1Z" + d(3) + ch(["AA", "EW", "YX"]) + d(10))),
        (A, "your tracking number is %s" % say_digits([d(4), d(4), d(4), d(4), d(2)], filler=0)),
        (A, "your balance is £%s.%02d" % ("{:,}".format(R.randrange(100, 9000)), R.randrange(100))),
        (A, "the outstanding balance is %s pounds and %s pence" % (say_num(R.randrange(100, 999)), n2w(R.randrange(10, 99)))),
        (C, "i was charged $%d.%02d twice" % (R.randrange(10, 999), R.randrange(100))),
        (A, "i can see the card ending %s on the account" % say_digits([d(4)], filler=0)),
        (C, "can you use the card ending in %s please the usual one" % d(4)),
        (A, "the payment from card ending %s went through on the %s" % (d(4), ORD_W[R.randrange(1, 20)])),
        (A, "we're open %s till %s monday to friday and %s till %s on saturdays" % (ch(["eight", "nine"]), ch(["eight", "six"]), ch(["nine", "ten"]), ch(["four", "five"]))),
        (A, "i can call you back at %02d:%02d tomorrow" % (R.randrange(9, 18), ch([0, 15, 30, 45]))),
        (A, "your engineer appointment is on the %s of %s between %s and %s" % (ORD_W[R.randrange(1, 20)], ch(MONTHS), ch(["eight", "ten"]), ch(["twelve", "one"]))),
        (A, "your contract ends %02d/%d and the early exit fee is £%d" % (R.randrange(1, 13), R.randrange(2025, 2029), R.randrange(20, 300))),
        (A, "the next payment date is %02d/%02d/%d" % (R.randrange(1, 29), R.randrange(1, 13), R.randrange(2024, 2027))),
        (C, "i've been with you since %d" % R.randrange(1990, 2022)),
        (C, "i'm %s years old and i've never had this problem" % n2w(R.randrange(19, 90))),
        (A, "the meter reading we have is %s" % say_digits([d(5)], filler=0)),
        (C, "the reading on the meter is %s point %s" % (d(5), d(1))),
        (C, "meter serial number %s%s" % (ch(["E6S", "L23", "K10"]), d(8))),
        (A, "your flight %s%s departs from gate %d and you're in seat %d%s" % (ch(["BA", "EI", "FR", "UA", "LH"]), d(4), R.randrange(1, 60), R.randrange(1, 40), ch("ABCDEF"))),
        (A, "i've booked you into room %d for %s nights" % (R.randrange(100, 999), n2w(R.randrange(2, 9)))),
        (C, "the policy number is %s" % ("POL-" + d(4) + "-" + d(3) + "-" + d(2))),
        (A, "your claim number is %s" % say_digits([d(3), d(3), d(3)], filler=0)),
        (A, "i've raised ticket %s for you" % ("INC" + d(7))),
        (C, "invoice number %s dated %d %s" % ("INV-" + d(6), R.randrange(1, 28), ch(MONTH_ABBR).title())),
        (C, "the model number is %s and serial %s" % (ch(["WM", "HX", "KD"]) + "-" + d(4) + ch(["X", "B", ""]), " ".join([d(4), d(4), d(4)]))),
        (A, "the router's serial is on the back it's %s" % say_digits([d(4), d(4), d(4), d(4)], filler=0)),
        (A, "the interest rate is %d.%d percent apr" % (R.randrange(3, 30), R.randrange(10))),
        (C, "the radiators are only at %s degrees" % n2w(R.randrange(15, 60))),
        (A, "that usually takes %s to %s working days" % (n2w(R.randrange(2, 5)), n2w(R.randrange(5, 11)))),
        (A, "you've used %d gigabytes of your %d allowance" % (R.randrange(1, 100), ch([100, 150, 200]))),
        (C, "the road's closed at the %s junction with %s %s" % (ch(["A40", "M25", "A6", "B1245", "N7"]), ch(STREETS), ch(SUFFIX).lower())),
        (C, "i live just off %s %s near the station" % (ch(STREETS), ch(SUFFIX))),
        (A, "your customer reference is %s" % say_digits([d(3), d(3), d(3)], filler=0)),
        (A, "case number %s" % d(10)),
        (C, "i paid %s pounds on the %s of %s" % (say_num(R.randrange(101, 999)), ORD_W[R.randrange(1, 20)], ch(MONTHS))),
        (A, "let me double check that for you it'll be about %s minutes" % n2w(R.randrange(2, 15))),
        (C, "that's triple what i paid last year"),
        (A, "there were %d failed attempts on %s the %s" % (R.randrange(2, 6), ch(["monday", "tuesday", "friday"]), ORD_W[R.randrange(1, 20)])),
        (A, "you're number %s in the queue" % n2w(R.randrange(2, 20))),
        (C, "the account has %d users and we pay %d a month" % (R.randrange(2, 9), R.randrange(20, 120))),
        (A, "the booking reference is %s, that's %s" % (("".join(ch("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(6)),) * 2)),
        (A, "your direct debit of £%d.%02d will be taken on the %s of each month" % (R.randrange(20, 200), R.randrange(100), ordw(R.randrange(1, 29)))),
        (C, "prescription number %s" % d(9)),
        (A, "please quote reference %s-%s-%s on the form" % (d(3), d(2), d(4))),
        (C, "the voucher code was %s" % (ch(["SAVE", "WINTER", "WELCOME"]) + d(2))),
        (A, "the total comes to %s dollars and %s cents" % (say_num(R.randrange(100, 999)), n2w(R.randrange(10, 99)))),
        (C, "the parcel weighs %d kilos and it's %d by %d centimetres" % (R.randrange(1, 30), R.randrange(10, 90), R.randrange(10, 90))),
    ]


NEG_OPEN = [(A, "thanks for calling %s how can i help"), (A, "Hi, you're chatting with %s. What can I do for you?"),
            (A, "good afternoon %s speaking how can i help")]


def t_neg(i):
    c = Case("negative", "")
    org = ch(UK_ORGS + US_ORGS)
    sp, tpl = ch(NEG_OPEN)
    c.add(sp, tpl % org)
    pool = neg_snippets()
    picks = R.sample(range(len(pool)), ch([2, 2, 3]))
    notes = []
    for k in picks:
        s, t = pool[k]
        if R.random() < 0.3:
            t = ch(["um ", "so ", "right ", "okay "]) + t
        c.add(s, t)
        if R.random() < 0.5:
            c.add(C if s == A else A, ch(BACK + ["thanks", "lovely", "great thank you"]))
        notes.append(" ".join(re.sub(r"^(um|so|right|okay) ", "", t).split()[:4]))
    c.note = "non-PII numbers only: " + "; ".join(notes)
    return c


# ------------------------------------------------------------ build / check
def build():
    global R
    R = random.Random(SEED)
    cases = []
    pos_n = 0
    for fn, n in POS_TEMPLATES:
        for _ in range(n):
            pos_n += 1
            c = fn(pos_n)
            c.id = "h460-pos-%03d" % pos_n
            cases.append(c)
    R.shuffle(cases)
    for k in range(110):
        c = t_neg(k)
        c.id = "h460-neg-%03d" % (k + 1)
        cases.append(c)
    return cases


def dump(cases):
    lines = []
    for c in cases:
        lines.append(json.dumps({"id": c.id, "kind": c.kind, "turns": c.turns, "spans": c.spans,
                                 "note": c.note}, ensure_ascii=False))
    return "\n".join(lines) + "\n"


def counts(cases):
    out = {}
    for c in cases:
        for s in c.spans:
            out[s["type"]] = out.get(s["type"], 0) + 1
    return out


def check(cases, text):
    errs = []
    with open(OUT, encoding="utf-8") as f:
        disk = f.read()
    if disk != text:
        errs.append("cases.jsonl is not byte-identical to regenerated output")
    recs = [json.loads(l) for l in disk.splitlines()]
    ids = [r["id"] for r in recs]
    if len(ids) != len(set(ids)):
        errs.append("duplicate ids")
    for r, c in zip(recs, cases):
        if r["kind"] == "negative" and r["spans"]:
            errs.append(r["id"] + ": negative with spans")
        if r["kind"] == "positive" and not r["spans"]:
            errs.append(r["id"] + ": positive without spans")
        for t in r["turns"]:
            if t["speaker"] not in (C, A) or not t["text"]:
                errs.append(r["id"] + ": bad turn")
        byturn = {}
        groups = {}
        for s, (gid, full) in zip(r["spans"], c.meta):
            txt = r["turns"][s["turn"]]["text"] if 0 <= s["turn"] < len(r["turns"]) else ""
            st, en = s["start"], s["end"]
            if not (0 <= st < en <= len(txt)):
                errs.append("%s: span out of range %r" % (r["id"], s))
                continue
            if not (txt[st].isalnum() and txt[en - 1].isalnum()
                    and (st == 0 or not txt[st - 1].isalnum())
                    and (en == len(txt) or not txt[en].isalnum())):
                errs.append("%s: span not on word boundary %r" % (r["id"], txt[st:en]))
            byturn.setdefault(s["turn"], []).append((st, en))
            groups.setdefault((gid, s["type"]), []).append((txt[st:en], full))
        for t, lst in byturn.items():
            lst.sort()
            for a, b in zip(lst, lst[1:]):
                if b[0] < a[1]:
                    errs.append("%s: overlapping spans in turn %d" % (r["id"], t))
        for (gid, typ), parts in groups.items():
            full = parts[0][1]
            if full:
                joined = " ".join(p[0] for p in parts)
                if typ not in ("EMAIL", "DOB", "EXPIRY", "ADDRESS"):
                    # normalise each piece on its own so pieces cannot merge
                    joined = " ".join(parse_spoken(p[0]) for p in parts)
                if not validate(typ, joined, True):
                    errs.append("%s: invalid %s %r -> %r" % (r["id"], typ, joined, parse_spoken(joined)))
            else:
                for p, _ in parts:
                    if not validate(typ, p, False):
                        errs.append("%s: invalid partial %s %r" % (r["id"], typ, p))
    pos = sum(1 for r in recs if r["kind"] == "positive")
    neg = sum(1 for r in recs if r["kind"] == "negative")
    cnt = counts(cases)
    if pos < 200 or neg < 100:
        errs.append("too few cases %d/%d" % (pos, neg))
    need = {"CARD_NUMBER": 70, "SSN": 30, "NI_NUMBER": 30}
    for t in ["CVV", "EXPIRY", "BANK_ACCOUNT", "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB",
              "POSTCODE", "ADDRESS"]:
        need[t] = 10
    for t, n in need.items():
        if cnt.get(t, 0) < n:
            errs.append("too few %s spans: %d" % (t, cnt.get(t, 0)))
    return errs, pos, neg, cnt


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true")
    a = ap.parse_args()
    cases = build()
    text = dump(cases)
    if a.check:
        errs, pos, neg, cnt = check(cases, text)
        for e in errs[:50]:
            print("ERROR", e)
        print("positives=%d negatives=%d spans=%s" % (pos, neg, json.dumps(cnt, sort_keys=True)))
        if errs:
            print("CHECK FAILED (%d errors)" % len(errs))
            return 1
        print("CHECK OK")
        return 0
    os.makedirs(OUT_DIR, exist_ok=True)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    print("wrote %s (%d cases) %s" % (OUT, len(cases), json.dumps(counts(cases), sort_keys=True)))
    return 0


if __name__ == "__main__":
    sys.exit(main())

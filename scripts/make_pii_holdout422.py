#!/usr/bin/env python3
"""Generate the pii_holdout422 held-out PII redaction evaluation set.

Standard library only. Deterministic: one random.Random(422241125).

    python scripts/make_pii_holdout422.py          # write cases.jsonl
    python scripts/make_pii_holdout422.py --check  # regenerate, compare, validate

Every turn is built from plain-text segments and labelled value segments, so
all character offsets are computed, never typed by hand.
"""
import argparse
import json
import os
import re
import sys
import random

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout422")
OUT = os.path.join(OUT_DIR, "cases.jsonl")

R = random.Random(422241125)

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

# ---------------------------------------------------------------- words
ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = {"twenty": 2, "thirty": 3, "forty": 4, "fifty": 5, "sixty": 6, "seventy": 7,
        "eighty": 8, "ninety": 9}
TENS_W = {v: k for k, v in TENS.items()}
NATO = {"alpha": "A", "alfa": "A", "bravo": "B", "charlie": "C", "delta": "D", "echo": "E",
        "foxtrot": "F", "golf": "G", "hotel": "H", "india": "I", "juliet": "J", "juliett": "J",
        "kilo": "K", "lima": "L", "mike": "M", "november": "N", "oscar": "O", "papa": "P",
        "quebec": "Q", "romeo": "R", "sierra": "S", "tango": "T", "uniform": "U",
        "victor": "V", "whiskey": "W", "whisky": "W", "xray": "X", "yankee": "Y", "zulu": "Z"}
NATO_OF = {}
for _w, _l in NATO.items():
    NATO_OF.setdefault(_l, _w)
FRIENDLY = {"A": ["apple"], "B": ["bob", "bertie"], "C": ["cat", "charlie"], "D": ["dog", "david"],
            "E": ["edward", "echo"], "F": ["freddie"], "G": ["george"], "H": ["harry"],
            "J": ["john", "jam"], "K": ["kevin", "king"], "L": ["london", "lucy"],
            "M": ["mary", "mother"], "N": ["nancy", "nelly"], "P": ["peter", "paddy"],
            "R": ["robert", "roger"], "S": ["sugar", "sam"], "T": ["tommy", "tango"],
            "W": ["william", "wales"], "X": ["xylophone"], "Y": ["yellow"], "Z": ["zebra"],
            "O": ["orange"], "Q": ["queen"], "I": ["ireland"], "U": ["uncle"], "V": ["victor"]}
FILLERS = {"um", "uh", "er", "erm", "umm", "uhh", "ah", "hmm"}
ZERO_WORDS = {"zero", "oh", "o", "nought", "naught", "nothing"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
MON3 = [m[:3] for m in MONTHS]
ORD = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
       "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
       "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty first", "twenty second",
       "twenty third", "twenty fourth", "twenty fifth", "twenty sixth", "twenty seventh",
       "twenty eighth"]


def ch(seq):
    return seq[R.randrange(len(seq))]


def p(x):
    return R.random() < x


# ---------------------------------------------------------------- spoken renderers
def pair_ok(g):
    return len(g) == 2 and g[0] != "0" and (g[0] == "1" or g[1] != "0")


def pair_words(g):
    if g[0] == "1":
        return TEENS[int(g[1])]
    return TENS_W[int(g[0])] + " " + ONES[int(g[1])]


def hundred_ok(g):
    return len(g) == 3 and g[0] != "0" and (pair_ok(g[1:]) or (g[1] == "0" and g[2] != "0"))


class Voice:
    """Per-speaker habits: zero word, double/treble use, fillers."""

    def __init__(self, region="uk"):
        if region == "uk":
            self.zero = ch(["oh", "oh", "nought", "zero", "o"])
            self.triple = ch(["treble", "triple"])
        elif region == "ie":
            self.zero = ch(["oh", "oh", "zero", "o"])
            self.triple = ch(["treble", "triple"])
        else:
            self.zero = ch(["zero", "oh", "zero", "o"])
            self.triple = "triple"
        self.doubles = p(0.7)
        self.pairs = p(0.5)
        self.hundreds = p(0.25)
        self.fill = ch([0.0, 0.1, 0.25])

    def dw(self, d, alnum=False):
        if d == "0":
            z = self.zero
            if alnum and z == "o":
                z = "oh"
            return z
        return ONES[int(d)]

    def digits(self, g, alnum=False):
        out = []
        i = 0
        while i < len(g):
            j = i
            while j < len(g) and g[j] == g[i]:
                j += 1
            run = j - i
            if self.doubles and run == 2:
                out.append("double " + self.dw(g[i], alnum))
                i = j
                continue
            if self.doubles and run == 3:
                out.append(self.triple + " " + self.dw(g[i], alnum))
                i = j
                continue
            out.append(self.dw(g[i], alnum))
            i += 1
        return " ".join(out)

    def group(self, g, alnum=False):
        if self.hundreds and hundred_ok(g) and p(0.6):
            rest = g[1:]
            tail = pair_words(rest) if rest[0] != "0" else ONES[int(rest[1])]
            return ONES[int(g[0])] + " hundred " + ("and " if p(0.6) else "") + tail
        if self.pairs and pair_ok(g) and p(0.7):
            return pair_words(g)
        return self.digits(g, alnum)

    def say(self, digs, sizes=None, alnum=False):
        """Return list of spoken groups for a digit string."""
        if sizes is None:
            sizes = rand_sizes(len(digs))
        groups = []
        i = 0
        for s in sizes:
            groups.append(digs[i:i + s])
            i += s
        assert i == len(digs)
        return [self.group(g, alnum) for g in groups]

    def join(self, parts):
        out = parts[0]
        for x in parts[1:]:
            if p(self.fill):
                out += ch([" um ", ", uh, ", " erm ", " uh ", "... um ... "]) + x
            else:
                out += ch([" ", " ", ", ", "... ", " - "]) + x
        return out

    def letter(self, c, nato_p=0.3):
        c = c.upper()
        if p(nato_p):
            if p(0.5) and c in FRIENDLY:
                return c.lower() + ch([" for ", " as in "]) + ch(FRIENDLY[c])
            return c.lower() + ch([" for ", " as in "]) + NATO_OF[c]
        return c.lower()


def rand_sizes(n):
    sizes = []
    while n > 0:
        s = min(n, ch([1, 2, 2, 3, 3, 4, 4]))
        sizes.append(s)
        n -= s
    return sizes


# ---------------------------------------------------------------- value generators
def luhn_ok(d):
    tot = 0
    for i, c in enumerate(reversed(d)):
        x = int(c)
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return tot % 10 == 0


def luhn_complete(prefix, length):
    body = prefix + "".join(str(R.randrange(10)) for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def gen_card():
    k = R.random()
    if k < 0.45:
        return luhn_complete("4" + str(R.randrange(10)), 16)
    if k < 0.7:
        return luhn_complete(ch(["51", "53", "55", "22"]), 16)
    if k < 0.82:
        return luhn_complete(ch(["34", "37"]), 15)
    if k < 0.9:
        return luhn_complete("6011", 16)
    if k < 0.95:
        return luhn_complete("4", 13)
    return luhn_complete(ch(["6759", "6304", "4"]), 19)


def card_sizes(c):
    n = len(c)
    if n == 15:
        return ch([[4, 6, 5], [4, 3, 3, 5], [4, 4, 4, 3]])
    if n == 16:
        return ch([[4, 4, 4, 4], [4, 4, 4, 4], [2, 2, 4, 4, 4], [3, 3, 3, 3, 4], [4, 4, 2, 2, 2, 2]])
    if n == 13:
        return ch([[4, 3, 3, 3], [4, 4, 5]])
    return ch([[4, 4, 4, 4, 3], [4, 4, 4, 7]])


def gen_ssn():
    a = R.randrange(1, 900)
    while a == 666:
        a = R.randrange(1, 900)
    return "%03d%02d%04d" % (a, R.randrange(1, 100), R.randrange(1, 10000))


NI_FIRST = "ABCEGHJKLMNPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"
NI_BAD = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}


def gen_ni():
    while True:
        pre = ch(NI_FIRST) + ch(NI_SECOND)
        if pre not in NI_BAD:
            break
    return pre + "".join(str(R.randrange(10)) for _ in range(6)) + ch("ABCD")


def gen_digits(n, first_nonzero=False):
    s = "".join(str(R.randrange(10)) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = str(R.randrange(1, 10)) + s[1:]
    return s


def gen_sort(region="uk"):
    if region == "ie":
        return ch(["90", "93", "98", "99"]) + gen_digits(4)
    return ch(["20", "30", "40", "60", "07", "08", "11", "77", "83", "09", "16"]) + gen_digits(4)


def iban_make(cc, bban):
    def num(s):
        return "".join(str(int(c, 36)) for c in s)
    chk = 98 - int(num(bban + cc + "00")) % 97
    return cc + "%02d" % chk + bban


def gen_iban():
    cc = ch(["GB", "GB", "IE", "IE", "DE", "FR", "NL", "ES"])
    if cc == "GB":
        bban = ch(["NWBK", "BARC", "HBUK", "LOYD", "MIDL"]) + gen_sort() + gen_digits(8)
    elif cc == "IE":
        bban = ch(["AIBK", "BOFI", "IPBS", "ULSB"]) + gen_sort("ie") + gen_digits(8)
    elif cc == "DE":
        bban = gen_digits(18, True)
    elif cc == "FR":
        bban = gen_digits(10) + gen_digits(11) + gen_digits(2)
    elif cc == "NL":
        bban = ch(["ABNA", "INGB", "RABO"]) + gen_digits(10)
    else:
        bban = gen_digits(20)
    return iban_make(cc, bban)


def typed_iban(ib):
    if p(0.5):
        return " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))
    return ib if p(0.6) else ib.lower()


def gen_phone(kind):
    """Return (digits-with-optional-plus, list of display groups)."""
    if kind == "uk_mob":
        d = "07" + ch(["700", "400", "911", "723", "828", "956"]) + gen_digits(6)
        return d, [d[:5], d[5:]]
    if kind == "uk_mob_intl":
        d = "7" + ch(["700", "400", "911", "723"]) + gen_digits(6)
        return "+44" + d, ["+44", d[:4], d[4:]]
    if kind == "uk_london":
        d = "020" + ch(["7946", "8496", "3123"]) + gen_digits(4)
        return d, [d[:3], d[3:7], d[7:]]
    if kind == "uk_geo":
        ac = ch(["0161", "0113", "0117", "0121", "0131", "0141", "0191", "0114", "028"])
        d = ac + ("496" if len(ac) == 4 else "9") + gen_digits(4 if len(ac) == 4 else 6)
        return d, [ac, d[len(ac):]]
    if kind == "ie_mob":
        d = ch(["083", "085", "086", "087", "089"]) + gen_digits(7)
        return d, [d[:3], d[3:6], d[6:]]
    if kind == "ie_intl":
        d = ch(["87", "86", "1"]) + gen_digits(7)
        return "+353" + d, ["+353", d[:2], d[2:5], d[5:]]
    if kind == "ie_land":
        d = ch(["01", "021", "091", "061"]) + gen_digits(7)
        return d, [d[:-7], d[-7:-4], d[-4:]]
    if kind == "us":
        d = ch(["212", "415", "617", "312", "646", "202"]) + "555" + "01" + gen_digits(2)
        return d, ["(" + d[:3] + ")", d[3:6] + "-" + d[6:]]
    if kind == "us_intl":
        d = ch(["212", "415", "617", "312"]) + "555" + "01" + gen_digits(2)
        return "+1" + d, ["+1", d[:3], d[3:6], d[6:]]
    d = ch(["6", "1"]) + gen_digits(8)
    cc = ch(["33", "49", "34", "31"])
    return "+" + cc + d, ["+" + cc, d[:1], d[1:3], d[3:5], d[5:7], d[7:]]


FIRST = ["sarah", "john", "aoife", "ciaran", "priya", "tom", "megan", "declan", "niamh",
         "liam", "fatima", "gareth", "siobhan", "kwame", "olivia", "padraig", "emma", "raj",
         "bronagh", "callum", "dave", "maria", "jess", "eoin"]
LAST = ["murphy", "okafor", "jones", "kelly", "patel", "smith", "o'brien", "walsh",
        "macleod", "evans", "byrne", "nguyen", "fitzgerald", "hughes", "doyle", "campbell"]
DOMAINS = ["gmail.com", "hotmail.co.uk", "outlook.com", "yahoo.ie", "eircom.net", "btinternet.com",
           "icloud.com", "live.ie", "aol.com", "proton.me", "sky.com", "virginmedia.com"]


def gen_email():
    f = ch(FIRST)
    l = ch(LAST).replace("'", "")
    sep = ch([".", "_", "", "."])
    num = str(R.randrange(1, 99)) if p(0.4) else ""
    local = ch([f + sep + l, f[0] + sep + l, f + num, l + sep + f[0] + num, f + sep + l + num])
    return local, ch(DOMAINS)


def speak_email(local, dom, v):
    def word_part(s):
        out = []
        for piece in re.split(r"([._\-])", s):
            if piece == ".":
                out.append("dot")
            elif piece == "_":
                out.append("underscore")
            elif piece == "-":
                out.append("dash")
            elif piece.isdigit():
                out.append(v.group(piece) if len(piece) > 1 else ONES[int(piece)])
            elif len(piece) == 1:
                out.append(v.letter(piece, 0.5))
            elif piece:
                out.append(piece)
        return " ".join(out)
    return word_part(local) + " at " + word_part(dom)


STREETS = ["Mill Lane", "Church Street", "Harbour Road", "Station Road", "Victoria Terrace",
           "Oakfield Drive", "Main Street", "Kings Avenue", "Glenview Park", "Strand Road",
           "Castle Close", "Maple Avenue", "Elm Street", "Beechwood Grove", "Quay Street",
           "Ashgrove Crescent", "Hawthorn Way", "Barrack Street", "Sycamore Court", "Pine Ridge Drive"]
TOWNS_UK = [("Leeds", "LS6 2QJ"), ("Manchester", "M14 5RB"), ("Glasgow", "G12 8QQ"),
            ("Cardiff", "CF24 4HQ"), ("Belfast", "BT7 1NN"), ("Bristol", "BS8 1TH"),
            ("London", "SW1A 1AA"), ("London", "E14 9GE"), ("Newcastle", "NE1 7RU"),
            ("Sheffield", "S10 2TN"), ("Edinburgh", "EH3 9DR"), ("Liverpool", "L17 8XY"),
            ("Derry", "BT48 6DQ"), ("Swansea", "SA1 8PP"), ("Norwich", "NR2 4TJ")]
TOWNS_IE = [("Dublin 2", "D02 X285"), ("Galway", "H91 E2K3"), ("Cork", "T12 K8AF"),
            ("Limerick", "V94 T9PX"), ("Dublin 6W", "D6W Y2F4"), ("Athlone", "N37 A6D8"),
            ("Sligo", "F91 YW50"), ("Waterford", "X91 PK28")]
TOWNS_US = [("Boston, MA", "02116"), ("Chicago, IL", "60614"), ("Austin, TX", "78701"),
            ("Denver, CO", "80205-1324"), ("Seattle, WA", "98103"), ("Columbus, OH", "43215-4021")]


def speak_alnum(s, v, nato_p=0.25):
    out = []
    for c in s:
        if c == " ":
            continue
        if c.isdigit():
            out.append(v.dw(c, alnum=True))
        else:
            out.append(v.letter(c, nato_p))
    return out


def number_words(n):
    if n < 10:
        return ONES[n]
    if n < 20:
        return TEENS[n - 10]
    if n < 100:
        return TENS_W[n // 10] + ("" if n % 10 == 0 else " " + ONES[n % 10])
    h, r = divmod(n, 100)
    return ONES[h] + " hundred" + ("" if r == 0 else " and " + number_words(r))


# ---------------------------------------------------------------- normalisers
def tokens(text):
    return [t for t in re.split(r"[^a-z0-9+]+", text.lower()) if t]


def spoken_to_chars(text, alnum=False):
    toks = tokens(text)
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if t in FILLERS or t in ("and", "slash", "dash"):
            i += 1
            continue
        if t == "plus" or t == "+":
            out.append("+")
            i += 1
            continue
        if t in ("double", "triple", "treble"):
            n = 2 if t == "double" else 3
            sub = spoken_to_chars(nxt, alnum)
            out.append(sub * n)
            i += 2
            continue
        if t in ONES:
            out.append(str(ONES.index(t)))
            i += 1
            continue
        if t in ZERO_WORDS and not (alnum and t == "o"):
            out.append("0")
            i += 1
            continue
        if t in TEENS:
            out.append(str(10 + TEENS.index(t)))
            i += 1
            continue
        if t in TENS:
            if nxt in ONES and nxt != "zero":
                out.append(str(TENS[t]) + str(ONES.index(nxt)))
                i += 2
            else:
                out.append(str(TENS[t]) + "0")
                i += 1
            continue
        if t == "hundred":
            j = i + 1
            if j < len(toks) and toks[j] == "and":
                j += 1
            u = toks[j] if j < len(toks) else None
            if u in TEENS:
                out.append(str(10 + TEENS.index(u)))
                i = j + 1
            elif u in TENS:
                if j + 1 < len(toks) and toks[j + 1] in ONES:
                    out.append(str(TENS[u]) + str(ONES.index(toks[j + 1])))
                    i = j + 2
                else:
                    out.append(str(TENS[u]) + "0")
                    i = j + 1
            elif u in ONES:
                out.append("0" + str(ONES.index(u)))
                i = j + 1
            else:
                out.append("00")
                i += 1
            continue
        if re.fullmatch(r"[0-9+]+", t):
            out.append(t)
            i += 1
            continue
        if alnum:
            if len(t) == 1:
                out.append(t.upper())
                if nxt == "for" and i + 2 < len(toks):
                    i += 3
                elif nxt == "as" and i + 3 < len(toks) and toks[i + 2] == "in":
                    i += 4
                else:
                    i += 1
                continue
            if t in NATO:
                out.append(NATO[t])
                i += 1
                continue
            if re.fullmatch(r"[a-z0-9]+", t):
                out.append(t.upper())
                i += 1
                continue
        raise ValueError("unparsed token %r in %r" % (t, text))
    return "".join(out)


def norm_email(text):
    if "@" in text:
        return text.strip()
    toks = tokens(text)
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if t in FILLERS:
            i += 1
        elif t == "at":
            out.append("@")
            i += 1
        elif t == "dot":
            out.append(".")
            i += 1
        elif t == "underscore":
            out.append("_")
            i += 1
        elif t in ("dash", "hyphen"):
            out.append("-")
            i += 1
        elif len(t) == 1 and nxt in ("for", "as"):
            out.append(t)
            i += 3 if nxt == "for" else 4
        elif t in ONES or t in TEENS or t in TENS:
            j = i
            while j < len(toks) and (toks[j] in ONES or toks[j] in TEENS or toks[j] in TENS):
                j += 1
            out.append(spoken_to_chars(" ".join(toks[i:j])))
            i = j
        else:
            out.append(t)
            i += 1
    return "".join(out)


UK_PC = re.compile(r"^(GIR0AA|[A-Z]{1,2}[0-9][A-Z0-9]?[0-9][ABD-HJLNP-UW-Z]{2})$")
EIR = re.compile(r"^([AC-FHKNPRTV-Y][0-9]{2}|D6W)[0-9AC-FHKNPRTV-Y]{4}$")
NI_RE = re.compile(r"^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z][0-9]{6}[A-D]$")
IBAN_LEN = {"GB": 22, "IE": 22, "DE": 22, "FR": 27, "NL": 18, "ES": 24}
STREET_WORDS = ("lane", "street", "road", "terrace", "drive", "avenue", "park", "close", "grove",
                "way", "court", "crescent", "st", "rd", "ave", "ln", "dr")


def has_month(text):
    tl = text.lower()
    return any(re.search(r"\b" + m + r"\b", tl) for m in MONTHS + MON3)


def validate(typ, text, partial=False):
    """Return None if the value is valid for its type, else a message."""
    if typ == "EMAIL":
        e = norm_email(text)
        return None if re.fullmatch(r"[a-z0-9._\-]+@[a-z0-9\-]+(\.[a-z0-9\-]+)+", e.lower()) else "email " + e
    if typ in ("DOB", "EXPIRY"):
        if has_month(text):
            rest = text.lower()
            for m in sorted(MONTHS + MON3, key=len, reverse=True):
                rest = re.sub(r"\b" + m + r"\b", " ", rest)
            return None if re.search(r"[0-9]|teen|ty|hundred|thousand", rest) or typ == "EXPIRY" and rest else "date " + text
        try:
            d = spoken_to_chars(re.sub(r"\b(the|of|st|nd|rd|th)\b", " ", text))
        except ValueError as e:
            return str(e)
        ok = len(d) in (4, 6, 8) if typ == "DOB" else len(d) in (4, 6)
        if ok and typ == "EXPIRY":
            ok = 1 <= int(d[:2]) <= 12
        return None if ok else "date digits " + d
    alnum = typ in ("NI_NUMBER", "POSTCODE", "IBAN", "ADDRESS")
    try:
        s = spoken_to_chars(text, alnum)
    except ValueError as e:
        if typ == "ADDRESS":
            s = None
        else:
            return str(e)
    if typ == "ADDRESS":
        tl = text.lower()
        okn = re.search(r"[0-9]", tl) or any(re.search(r"\b%s\b" % w, tl) for w in ONES + TEENS + list(TENS))
        oks = any(re.search(r"\b%s\b" % w, tl) for w in STREET_WORDS)
        return None if okn and oks else "address " + text
    if partial:
        return None if s and re.fullmatch(r"[0-9A-Z+]+", s) else "partial " + text
    if typ == "CARD_NUMBER":
        return None if s.isdigit() and 13 <= len(s) <= 19 and luhn_ok(s) else "card " + s
    if typ == "CVV":
        return None if s.isdigit() and len(s) in (3, 4) else "cvv " + s
    if typ == "SSN":
        return None if s.isdigit() and len(s) == 9 and s[:3] not in ("000", "666") and s[0] != "9" else "ssn " + s
    if typ == "NI_NUMBER":
        return None if NI_RE.match(s) and s[:2] not in NI_BAD else "ni " + s
    if typ == "SORT_CODE":
        return None if s.isdigit() and len(s) == 6 else "sort " + s
    if typ == "BANK_ACCOUNT":
        return None if s.isdigit() and 6 <= len(s) <= 17 else "acct " + s
    if typ == "IBAN":
        if IBAN_LEN.get(s[:2]) != len(s):
            return "iban len " + s
        r = s[4:] + s[:4]
        return None if int("".join(str(int(c, 36)) for c in r)) % 97 == 1 else "iban mod " + s
    if typ == "PHONE":
        dd = s[2:] if s.startswith("00") else s.lstrip("+")
        return None if dd.isdigit() and 9 <= len(dd) <= 13 and "+" not in dd else "phone " + s
    if typ == "POSTCODE":
        return None if UK_PC.match(s) or EIR.match(s) or re.fullmatch(r"[0-9]{5}([0-9]{4})?", s) else "pc " + s
    return "unknown type"


# ---------------------------------------------------------------- case builder
class V:
    """A labelled value segment."""

    def __init__(self, text, typ, gid=None, partial=False):
        self.text, self.typ, self.gid, self.partial = text, typ, gid, partial


class Case:
    def __init__(self, kind, note):
        self.kind, self.note = kind, note
        self.turns = []
        self.groups = {}
        self.n = 0

    def gid(self):
        self.n += 1
        return self.n

    def t(self, speaker, *segs):
        self.turns.append((speaker, segs))
        return self

    def c(self, *segs):
        return self.t("customer", *segs)

    def a(self, *segs):
        return self.t("agent", *segs)

    def build(self):
        turns, spans, groups = [], [], {}
        for ti, (spk, segs) in enumerate(self.turns):
            txt = ""
            for s in segs:
                if isinstance(s, V):
                    st = len(txt)
                    txt += s.text
                    spans.append({"turn": ti, "start": st, "end": len(txt), "type": s.typ})
                    g = s.gid if s.gid is not None else ("u", ti, st)
                    groups.setdefault(g, {"typ": s.typ, "parts": [], "partial": s.partial})
                    groups[g]["parts"].append(s.text)
                else:
                    txt += s
            turns.append({"speaker": spk, "text": txt})
        return turns, spans, groups


def split_over(case, v, parts, typ, lead, backs=None, readback=None, joiner=None):
    """Customer reads parts over several turns with agent back-channels."""
    g = case.gid()
    backs = backs or ["mhm", "go on", "yep", "okay", "right", "uh huh", "yeah go ahead", "got that"]
    chunks = []
    i = 0
    while i < len(parts):
        k = min(len(parts) - i, ch([1, 2, 2, 3]))
        chunks.append(parts[i:i + k])
        i += k
    if len(chunks) == 1 and len(parts) > 1:
        chunks = [parts[:1], parts[1:]]
    for idx, chk in enumerate(chunks):
        txt = (joiner or v.join)(chk)
        pre = lead if idx == 0 else ch(["", "", "then ", "and ", "uh "])
        post = ch(["", "", "...", ","]) if idx < len(chunks) - 1 else ch(["", ".", ""])
        case.c(pre, V(txt, typ, g), post)
        if idx < len(chunks) - 1:
            case.a(ch(backs))
    return g


# ---------------------------------------------------------------- scenario pieces
INDUSTRY = {
    "bank": ["Thanks for calling Harbour Bank", "You're through to Northgate Building Society",
             "Allied card services, how can I help"],
    "telecom": ["Welcome to Skyline Mobile", "You're through to Eirnet broadband support"],
    "utility": ["Hello, Brightwater Energy", "Thanks for calling Shannon Gas and Electric"],
    "retail": ["Thanks for contacting Pemberton's online shop", "Hi, this is the Kestrel Outdoor order line"],
    "insurance": ["Good morning, Lantern Insurance claims", "Hi, Meridian Motor Insurance"],
    "travel": ["Thanks for calling Aerlink reservations", "Hello, Coastline Ferries bookings"],
    "health": ["Patient billing, St Brigid's Medical Group", "Hi, this is Riverside Clinic billing"],
    "gov": ["Welcome to the benefits helpline", "Revenue customer service, how can I help",
            "Department for Work and Pensions, you're speaking to Carol"],
}


def greet(case, ind=None):
    ind = ind or ch(list(INDUSTRY))
    g = ch(INDUSTRY[ind])
    g += "." if "speaking to" in g else ch([".", ", my name's Dee.", ", Mark speaking.", "."])
    if p(0.5):  # ASR-style transcript: lower case, no punctuation
        g = g.lower().replace(",", "").replace(".", "").replace("'", "")
    case.a(g)
    return ind


def typed_card(c):
    sizes = card_sizes(c)
    parts, i = [], 0
    for s in sizes:
        parts.append(c[i:i + s])
        i += s
    sep = ch([" ", "-", " ", "", ".", "  "])
    return sep.join(parts)


def region_voice():
    reg = ch(["uk", "uk", "ie", "us"])
    return reg, Voice(reg)


# ---------------------------------------------------------------- positive scenarios
def pos_card_chat():
    c = gen_card()
    case = Case("positive", "typed chat card number with separators")
    case.a(ch(["Hi, you're chatting with Aoife. ", "Hello! "]) + "How can I help today?")
    lead = ch(["card no: ", "Card number is ", "its ", "cc# ", "my card: ", "Card Number - ", "ok here: "])
    case.c(ch(["i want to pay my bill. ", "Need to update payment details pls. ", "hi ", ""]), lead,
           V(typed_card(c), "CARD_NUMBER"), ch(["", " thx", ".", " (visa)", " - debit"]))
    if p(0.6):
        e = "%02d/%02d" % (R.randrange(1, 13), R.randrange(26, 32))
        e = ch([e, e.replace("/", "-"), e.replace("/", " / "), "%s %s" % (ch(MON3).title(), "20" + e[-2:])])
        case.a("Thanks, and the expiry date?")
        case.c(ch(["exp ", "expires ", "", "exp. date "]), V(e, "EXPIRY"))
        if p(0.8):
            cv = gen_digits(4 if len(c) == 15 else 3)
            case.a("And the security code on the back please.")
            case.c(ch(["cvv ", "", "sec code: ", "it's "]), V(cv, "CVV"))
            case.note = "typed chat card, expiry and CVV"
        else:
            case.note = "typed chat card and expiry"
    return case


def pos_card_spoken():
    reg, v = region_voice()
    c = gen_card()
    case = Case("positive", "spoken card number split over turns with back-channels")
    greet(case, ch(["bank", "retail", "travel", "telecom", "utility"]))
    case.c(ch(["yeah hi i wanna pay by card", "hiya i'm ringing to make a payment",
               "hello um i need to pay the balance"]))
    case.a(ch(["no problem, can i take the long number across the front of the card",
               "sure, go ahead with the card number when you're ready",
               "okay what's the sixteen digit number on the card"]))
    parts = v.say(c, card_sizes(c))
    split_over(case, v, parts, "CARD_NUMBER", ch(["right it's ", "okay so ", "", "yeah it's ", "um "]))
    if p(0.5):
        rb = Voice(reg)
        rb.fill = 0.0
        case.a(ch(["so that's ", "let me read that back, ", "just to confirm "]),
               V(rb.join(rb.say(c, card_sizes(c))), "CARD_NUMBER"), ch(["?", ", is that right?"]))
        case.c(ch(["yep", "that's it", "yeah spot on"]))
        case.note = "spoken card split over turns, agent read-back"
    if p(0.5):
        mo, yr = R.randrange(1, 13), R.randrange(26, 32)
        case.a("and the expiry")
        exp = ch([v.group("%02d" % mo) + " " + v.group(str(yr)),
                  MONTHS[mo - 1] + " twenty " + number_words(yr),
                  MONTHS[mo - 1] + " " + number_words(yr),
                  v.dw("0") + " " + ONES[mo] + " slash " + number_words(yr) if mo < 10 else
                  number_words(mo) + " " + number_words(yr)])
        case.c(ch(["it's ", "expires ", "", "uh "]), V(exp, "EXPIRY"))
        if p(0.9):
            cv = gen_digits(4 if len(c) == 15 else 3)
            case.a(ch(["and the three digits on the back", "last thing, the security code"]))
            case.c(ch(["", "it's ", "um "]), V(v.join(v.say(cv, [len(cv)] if p(0.5) else [1] * len(cv))), "CVV"))
    if p(0.25):
        case.a("okay and that's the card ending ", V(v.digits(c[-4:]), "CARD_NUMBER", partial=True),
               ", payment's gone through")
    return case


def pos_card_correction():
    reg, v = region_voice()
    c = gen_card()
    case = Case("positive", "spoken card with restarted reading")
    greet(case, ch(["bank", "retail", "insurance"]))
    case.a("what's the card number please")
    k = ch([3, 4, 5, 6])
    wrong = c[:k - 1] + str((int(c[k - 1]) + 3) % 10)
    case.c(ch(["", "yeah "]), V(v.digits(wrong), "CARD_NUMBER", partial=True),
           ch(["... no wait sorry, let me start again, ", " - no hang on that's wrong. it's ",
               ", sorry, scratch that, ", "... oh god sorry i read the wrong card, "]),
           V(v.join(v.say(c, card_sizes(c))), "CARD_NUMBER"))
    case.a(ch(["no worries, got it", "okay thank you", "grand, that's taken"]))
    return case


def pos_card_aside():
    reg, v = region_voice()
    c = gen_card()
    case = Case("positive", "card reading interrupted by an aside")
    greet(case, ch(["retail", "travel", "telecom"]))
    case.a("ready for the card number when you are")
    parts = v.say(c, card_sizes(c))
    cut = R.randrange(1, len(parts))
    g = case.gid()
    aside = ch([" - sorry, the dog's going mad - ", " ... hold on, kids, i'm on the phone! ... sorry, ",
                " (hang on i can't see it in this light) ", " - can you hear me ok? - "])
    case.c(ch(["yeah it's ", "okay ", ""]), V(v.join(parts[:cut]), "CARD_NUMBER", g), aside,
           V(v.join(parts[cut:]), "CARD_NUMBER", g))
    case.a(ch(["lovely, thanks", "perfect thank you"]))
    return case


def pos_card_email_typed():
    c = gen_card()
    case = Case("positive", "card number inside an e-mail body")
    body_pre = ch(["Hello,\n\nPlease refund to the card I paid with: ", "Dear Sir/Madam,\nmy card ",
                   "Hi team - charge the deposit to "])
    case.c(body_pre, V(typed_card(c), "CARD_NUMBER"),
           ch([" (exp ", ", expiry "]), V("%02d/%s" % (R.randrange(1, 13), ch(["27", "2028", "29"])), "EXPIRY"),
           ch([").\n\nRegards, ", ". Thanks, "]) + ch(FIRST).title())
    case.a("Thanks for your e-mail, we've processed the refund.")
    return case


def pos_ssn():
    v = Voice("us")
    s = gen_ssn()
    ind = ch(["health", "insurance", "gov", "bank"])
    case = Case("positive", "US social security number")
    greet(case, ind)
    mode = R.random()
    if mode < 0.35:
        case.note = "typed SSN in chat"
        t = ch([s[:3] + "-" + s[3:5] + "-" + s[5:], s[:3] + " " + s[3:5] + " " + s[5:], s,
                s[:3] + "." + s[3:5] + "." + s[5:]])
        case.a("Can you confirm the last name and SSN on the account?")
        case.c(ch(["", "Sure. "]) + ch(LAST).title() + ch([", SSN ", ", ssn: ", " - social is ", ". ss# "]),
               V(t, "SSN"))
    elif mode < 0.75:
        case.note = "spoken SSN split over turns"
        case.a(ch(["can i get your social security number", "and your social please",
                   "i'll need the social to verify"]))
        parts = v.say(s, ch([[3, 2, 4], [3, 2, 2, 2], [3, 2, 4]]))
        split_over(case, v, parts, "SSN", ch(["sure it's ", "yeah ", "um okay ", ""]))
        if p(0.5):
            case.a(ch(["thank you, ", "so "]), V(v.join(Voice("us").say(s, [3, 2, 4])), "SSN"),
                   ch([", correct?", "?"]))
            case.c("correct")
    else:
        case.note = "spoken SSN with correction"
        parts = v.say(s, [3, 2, 4])
        case.a("social security number please")
        bad = s[:3] + s[4] + s[3]
        case.c("it's ", V(v.join(v.say(bad, [3, 2])), "SSN", partial=True),
               ch(["... no, sorry, i flipped those, ", " - wait no - "]), V(v.join(parts), "SSN"))
        case.a("okay got it")
    return case


def say_ni(ni, v):
    letters = [v.letter(ni[0], 0.4), v.letter(ni[1], 0.4)]
    pre = ch([" ".join(letters), letters[0] + " " + letters[1], ni[:2].lower()]) if p(0.5) else " ".join(letters)
    if ni[0] == ni[1] and p(0.5):
        pre = "double " + ni[0].lower()
    digs = v.join(v.say(ni[2:8], ch([[2, 2, 2], [3, 3], [6], [1] * 6, [2, 4]]), alnum=True))
    return pre, digs, v.letter(ni[8], 0.4)


def pos_ni():
    reg = ch(["uk", "uk", "ie"])
    v = Voice("uk")
    ni = gen_ni()
    case = Case("positive", "UK National Insurance number")
    greet(case, ch(["gov", "gov", "insurance", "bank", "health"]))
    mode = R.random()
    if mode < 0.3:
        case.note = "typed NI number"
        t = ch([ni, ni.lower(), "%s %s %s %s %s" % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8]),
                "%s-%s-%s" % (ni[:2], ni[2:8], ni[8]), ni[:2] + " " + ni[2:8] + " " + ni[8],
                ni[:2].lower() + ni[2:8] + ni[8]])
        case.a("Please can you give me your National Insurance number?")
        case.c(ch(["NINO: ", "ni no. ", "its ", "NI Number = ", ""]), V(t, "NI_NUMBER"),
               ch(["", " thanks", "."]))
    elif mode < 0.8:
        case.note = "spoken NI number with letters and split over turns"
        case.a(ch(["and your national insurance number", "can you read me your n i number",
                   "what's your national insurance please"]))
        pre, digs, suf = say_ni(ni, v)
        g = case.gid()
        if p(0.5):
            case.c(ch(["yeah it's ", "right, ", "ok it's ", "it's uh "]), V(pre, "NI_NUMBER", g))
            case.a(ch(["mhm", "yep", "go on", "okay"]))
            case.c(V(digs, "NI_NUMBER", g))
            case.a(ch(["yeah", "and the letter at the end", "mhm"]))
            case.c(ch(["", "and then ", "it's "]), V(suf, "NI_NUMBER", g))
        else:
            case.c(ch(["it's ", "yeah ", ""]), V(pre + ch([" ", ", ", " ... "]) + digs + ch([" ", ", "]) + suf,
                                                   "NI_NUMBER", g))
        if p(0.5):
            case.a(ch(["so that's ", "i have "]),
                   V(" ".join(speak_alnum(ni[:2], v, 0.6)) + " " + v.join(Voice("uk").say(ni[2:8], [2, 2, 2], True))
                     + " " + v.letter(ni[8], 0.6), "NI_NUMBER"), "?")
            case.c(ch(["that's right", "yep", "correct"]))
    else:
        case.note = "NI number with NATO spelling and correction"
        case.a("your national insurance number please")
        pre, digs, suf = say_ni(ni, v)
        case.c("it's ", V(v.letter(ni[0], 1.0) + ", " + v.letter(ni[1], 1.0) + ", " + digs, "NI_NUMBER", 1),
               ch([" - and the letter on the end is ", ", um, and then "]), V(v.letter(ni[8], 1.0), "NI_NUMBER", 1))
    return case


def pos_bank():
    reg = ch(["uk", "uk", "ie"])
    v = Voice(reg)
    sc = gen_sort(reg)
    acct = gen_digits(8)
    case = Case("positive", "sort code and account number")
    greet(case, ch(["bank", "utility", "telecom", "gov", "insurance"]))
    mode = R.random()
    if mode < 0.35:
        case.note = "typed sort code and account"
        scf = ch([sc[:2] + "-" + sc[2:4] + "-" + sc[4:], sc, sc[:2] + " " + sc[2:4] + " " + sc[4:],
                  sc[:2] + "." + sc[2:4] + "." + sc[4:]])
        af = ch([acct, acct[:4] + " " + acct[4:], acct])
        case.a("To set up the direct debit I'll need the sort code and account number.")
        case.c(ch(["s/c ", "sort code: ", "Sort: ", "NSC " if reg == "ie" else "sortcode "]), V(scf, "SORT_CODE"),
               ch([" acct no: ", ", a/c ", " account ", "\nacc num: "]), V(af, "BANK_ACCOUNT"))
    else:
        case.note = "spoken sort code and account, regional habits"
        case.a(ch(["what's the sort code", "can i take the sort code", "and the sort code of the account"]))
        sparts = v.say(sc, ch([[2, 2, 2], [2, 2, 2], [3, 3], [1] * 6, [2, 4]]))
        if p(0.4):
            split_over(case, v, sparts, "SORT_CODE", ch(["it's ", "right, ", ""]))
        else:
            case.c(ch(["it's ", "um ", "yeah "]), V(v.join(sparts), "SORT_CODE"))
        case.a(ch(["and the account number", "lovely, and the eight digit account number", "and the account"]))
        aparts = v.say(acct, ch([[4, 4], [2, 2, 2, 2], [3, 3, 2], [1] * 8, [4, 2, 2]]))
        if p(0.5):
            split_over(case, v, aparts, "BANK_ACCOUNT", ch(["", "it's ", "ok "]))
        else:
            case.c(ch(["", "it's ", "ok so "]), V(v.join(aparts), "BANK_ACCOUNT"))
        if p(0.4):
            rv = Voice(reg)
            rv.fill = 0
            case.a("so sort code ", V(rv.join(rv.say(sc, [2, 2, 2])), "SORT_CODE"), ", account ",
                   V(rv.join(rv.say(acct, [4, 4])), "BANK_ACCOUNT"), ", yeah?")
            case.c(ch(["yep", "that's the one"]))
    return case


def pos_us_account():
    v = Voice("us")
    acct = gen_digits(R.randrange(10, 13), True)
    case = Case("positive", "US bank account number")
    greet(case, ch(["bank", "utility", "health"]))
    case.a("what's the checking account number for the autopay")
    if p(0.5):
        case.c("acct # ", V(acct, "BANK_ACCOUNT"), ", routing is on the check")
    else:
        case.c(ch(["it's ", "okay um "]), V(v.join(v.say(acct)), "BANK_ACCOUNT"))
    return case


def say_iban_parts(ib, v):
    parts = []
    chunks = [ib[i:i + 4] for i in range(0, len(ib), 4)]
    for chk in chunks:
        if chk.isdigit() and p(0.5):
            parts.append(v.group(chk[:2], True) + " " + v.group(chk[2:], True) if len(chk) == 4 else v.digits(chk, True))
        else:
            parts.append(" ".join(speak_alnum(chk, v, 0.15)))
    return parts


def pos_iban():
    reg = ch(["uk", "ie", "ie", "us"])
    v = Voice(reg)
    ib = gen_iban()
    case = Case("positive", "IBAN")
    greet(case, ch(["bank", "travel", "utility", "retail"]))
    case.a(ch(["For the refund I'll need your IBAN.", "what's the iban for the transfer"]))
    if p(0.45):
        case.note = "typed IBAN"
        case.c(ch(["IBAN: ", "iban ", "Here you go: ", ""]), V(typed_iban(ib), "IBAN"))
    else:
        case.note = "spoken IBAN split over turns"
        v.hundreds = False
        split_over(case, v, say_iban_parts(ib, v), "IBAN", ch(["it's ", "okay ", "right so "]),
                   joiner=lambda ps: ", ".join(ps))
    return case


PHONE_KINDS = ["uk_mob", "uk_mob", "uk_mob_intl", "uk_london", "uk_geo", "ie_mob", "ie_mob", "ie_intl",
               "ie_land", "us", "us_intl", "eu"]


def say_phone(num, groups, v):
    out = []
    for g in groups:
        g = g.strip("()").replace("-", "")
        if g.startswith("+"):
            out.append("plus " + " ".join(ONES[int(x)] for x in g[1:]) if p(0.6)
                       else "double " + v.dw("0") + " " + v.digits(g[1:]))
        else:
            out.append(v.join(v.say(g, rand_sizes(len(g)) if p(0.5) else None)))
    return out


def pos_phone():
    kind = ch(PHONE_KINDS)
    reg = "us" if kind.startswith("us") else ("ie" if kind.startswith("ie") else "uk")
    v = Voice(reg)
    num, groups = gen_phone(kind)
    case = Case("positive", "phone number " + kind)
    greet(case)
    case.a(ch(["what's the best number to reach you on", "can i take a contact number",
               "and a mobile number in case we get cut off"]))
    if p(0.35):
        case.note = "typed phone " + kind
        sep = ch([" ", "", "-", " "])
        t = sep.join(groups) if not kind == "us" else ch(["-", ".", " "]).join([num[:3], num[3:6], num[6:]])
        if kind == "uk_mob_intl" and p(0.4):
            t = "+44 (0)" + num[3:7] + " " + num[7:]
        case.c(ch(["mob: ", "tel ", "call me on ", "ph. ", "", "my cell is "]), V(t, "PHONE"))
    else:
        case.note = "spoken phone " + kind
        parts = say_phone(num, groups, v)
        if p(0.5):
            split_over(case, v, parts, "PHONE", ch(["yeah it's ", "it's ", "um ", ""]))
        else:
            case.c(ch(["yeah it's ", "it's ", "um ", ""]), V(v.join(parts), "PHONE"))
        if p(0.4):
            rv = Voice(reg)
            rv.fill = 0
            case.a("that's ", V(rv.join(say_phone(num, groups, rv)), "PHONE"), "?")
            case.c(ch(["yeah", "yep that's it", "spot on"]))
    return case


def pos_email():
    reg, v = region_voice()
    local, dom = gen_email()
    case = Case("positive", "e-mail address")
    greet(case)
    case.a(ch(["and an email for the confirmation", "can i get your email address"]))
    if p(0.4):
        case.note = "typed e-mail with case variation"
        e = local + "@" + dom
        e = ch([e, e.title() if "." in local else e, e.upper() if p(0.2) else e])
        case.c(ch(["email: ", "its ", "E-mail - ", "use "]), V(e, "EMAIL"), ch(["", " pls", "."]))
    else:
        case.note = "spoken e-mail with dot/at"
        sp = speak_email(local, dom, v)
        if p(0.4):
            i = sp.index(" at ")
            g = case.gid()
            case.c(ch(["it's ", "yeah ", "ok "]), V(sp[:i], "EMAIL", g))
            case.a(ch(["mhm", "yep", "okay at"]))
            case.c(V(sp[i + 1:], "EMAIL", g))
        else:
            case.c(ch(["it's ", "yeah so it's ", "um "]), V(sp, "EMAIL"), ch(["", ", all lower case", ", all one word"]))
    return case


def dob_spoken(d, m, y, v):
    yw = ("nineteen " + number_words(y % 100)) if y < 2000 else ("two thousand and " + number_words(y % 100))
    if y < 2000 and y % 100 < 10:
        yw = "nineteen " + v.dw("0") + " " + ONES[y % 10]
    return ch(["the " + ORD[d - 1] + " of " + MONTHS[m - 1] + " " + yw,
               ORD[d - 1] + " " + MONTHS[m - 1] + " " + yw,
               MONTHS[m - 1] + " " + ORD[d - 1] + " " + yw,
               v.group("%02d" % d) + " " + v.group("%02d" % m) + " " + v.group("%02d" % (y % 100))])


def pos_dob():
    reg, v = region_voice()
    d, m, y = R.randrange(1, 29), R.randrange(1, 13), R.randrange(1940, 2006)
    case = Case("positive", "date of birth")
    greet(case, ch(["bank", "health", "insurance", "gov", "telecom"]))
    case.a(ch(["can you confirm your date of birth", "and your d o b please", "date of birth for security"]))
    if p(0.4):
        case.note = "typed DOB"
        t = ch(["%02d/%02d/%d" % (d, m, y), "%d-%02d-%02d" % (y, m, d), "%d %s %d" % (d, MON3[m - 1].title(), y),
                "%02d.%02d.%02d" % (d, m, y % 100), "%s %d, %d" % (MONTHS[m - 1].title(), d, y)])
        case.c(ch(["dob ", "DOB: ", "born ", ""]), V(t, "DOB"))
    else:
        case.note = "spoken DOB"
        case.c(ch(["yeah it's ", "it's ", "um ", ""]), V(dob_spoken(d, m, y, v), "DOB"))
        if p(0.3):
            case.a("sorry was that ", V(MONTHS[m - 1] + " " + number_words(y % 100) if y < 2000 else
                                        MONTHS[m - 1] + " " + str(y), "DOB"), "?")
            case.c("yes")
    return case


def street_spoken(num, street, v):
    return ch([number_words(num), " ".join(ONES[int(x)] for x in str(num))]) + " " + street.lower()


def pos_address():
    reg = ch(["uk", "uk", "ie", "ie", "us"])
    v = Voice(reg)
    num = R.randrange(1, 240)
    street = ch(STREETS)
    towns = {"uk": TOWNS_UK, "ie": TOWNS_IE, "us": TOWNS_US}[reg]
    town, pc = ch(towns)
    case = Case("positive", "address and postcode " + reg)
    greet(case, ch(["utility", "telecom", "retail", "insurance", "bank"]))
    case.a(ch(["can you confirm the address", "what's the first line of the address and the postcode",
               "and the delivery address?"]))
    flat = ch(["", "", "Flat %d, " % R.randrange(1, 20), "Apt %d%s " % (R.randrange(1, 9), ch("AB"))])
    if p(0.4):
        case.note = "typed address and postcode " + reg
        addr = flat + "%d %s" % (num, street)
        pcf = ch([pc, pc.lower(), pc.replace(" ", "")])
        case.c(V(addr, "ADDRESS"), ", " + town + ch([", ", " "]), V(pcf, "POSTCODE"))
    else:
        case.note = "spoken address and postcode " + reg
        addr = (flat.lower() if flat.startswith("F") else "") + street_spoken(num, street, v)
        case.c(ch(["it's ", "yeah ", ""]), V(addr, "ADDRESS"), ch([" in ", ", ", " ... "]) + town.lower())
        case.a(ch(["and the postcode", "and the eircode" if reg == "ie" else "and the postcode", "zip code?"
                   if reg == "us" else "and the postcode please"]))
        if reg == "us":
            pcs = v.join(v.say(pc.replace("-", ""), [5] if len(pc) == 5 else [5, 4], alnum=True))
        else:
            toks = speak_alnum(pc, v, 0.3)
            sp = pc.index(" ")
            pcs = " ".join(toks[:sp]) + ch([" ", ", ", " ... "]) + " ".join(toks[sp:])
        case.c(ch(["", "it's ", "uh "]), V(pcs, "POSTCODE"))
    return case


def pos_identity():
    """ID&V: several types in one call, UK/Irish emphasis."""
    v = Voice("uk")
    ni = gen_ni()
    town, pc = ch(TOWNS_UK)
    d, m, y = R.randrange(1, 29), R.randrange(1, 13), R.randrange(1950, 2004)
    num, groups = gen_phone(ch(["uk_mob", "uk_geo", "uk_london"]))
    case = Case("positive", "ID&V with NI, DOB, postcode, phone")
    greet(case, "gov")
    case.a("before we start i need to do some security. your national insurance number?")
    pre, digs, suf = say_ni(ni, v)
    case.c(ch(["ooh hang on... right it's ", "it's ", "yeah "]), V(pre + " " + digs + " " + suf, "NI_NUMBER"))
    case.a("and your date of birth")
    case.c(V(dob_spoken(d, m, y, v), "DOB"))
    case.a("postcode?")
    toks = speak_alnum(pc, v, 0.2)
    sp = pc.index(" ")
    case.c(V(" ".join(toks[:sp]) + " " + " ".join(toks[sp:]), "POSTCODE"))
    case.a("and the phone number we have on file for you")
    case.c(ch(["um it'd be the ", "the "]) + ch(["landline, ", "mobile, "]), V(v.join(say_phone(num, groups, v)), "PHONE"))
    return case


POS = [(pos_card_chat, 24), (pos_card_spoken, 30), (pos_card_correction, 8), (pos_card_aside, 8),
       (pos_card_email_typed, 6), (pos_ssn, 34), (pos_ni, 30), (pos_bank, 22), (pos_us_account, 4),
       (pos_iban, 14), (pos_phone, 24), (pos_email, 14), (pos_dob, 12), (pos_address, 18),
       (pos_identity, 8)]


# ---------------------------------------------------------------- negatives
def neg_cases():
    out = []

    def mk(note):
        c = Case("negative", note)
        out.append(c)
        return c

    for _ in range(104):
        k = R.randrange(20)
        reg, v = region_voice()
        if k == 0:
            o = luhn_complete("4", 16)
            c = mk("16-digit order number spoken like a card, Luhn-valid")
            greet(c, "retail")
            c.a("have you got the order number there")
            c.c("yeah the order number is " + v.join(v.say(o, [4, 4, 4, 4])))
            c.a("mhm")
            c.c("it's on the confirmation email")
        elif k == 1:
            c = mk("card last four only")
            greet(c, ch(["bank", "retail", "telecom"]))
            l4 = gen_digits(4)
            c.a(ch(["which card is it, ", "i can see two cards, "]) + "the one ending " +
                ch([l4, v.digits(l4)]) + "?")
            c.c(ch(["yeah the one ending in ", "yes that's it, ", "no the other one, ends "]) +
                ch([v.digits(l4), l4, v.group(l4[:2]) + " " + v.group(l4[2:])]))
        elif k == 2:
            c = mk("amounts and balances")
            greet(c, ch(["bank", "utility", "telecom"]))
            a1 = R.randrange(10, 5000)
            c.c(ch(["what's my balance", "how much do i owe", "why is my bill so high"]))
            c.a(ch(["your balance is ", "the outstanding amount is ", "it's "]) +
                ch(["£%d.%02d" % (a1, R.randrange(100)), "%s pounds %s" % (number_words(a1 % 1000), number_words(R.randrange(1, 99))),
                    "€%d,%03d.%02d" % (R.randrange(1, 9), R.randrange(1000), R.randrange(100)),
                    "$%d" % a1]) + ch([" and the minimum payment is £25", ", due on the 14th", ""]))
        elif k == 3:
            ref = gen_digits(R.randrange(10, 17))
            lab = ch(["reference number", "ticket number", "claim number", "case ref", "invoice number",
                      "tracking number", "booking reference"])
            c = mk("digit string said with its label: " + lab)
            greet(c)
            c.a("have you got a " + lab + "?")
            if p(0.5):
                c.c("yeah " + lab + " " + v.join(v.say(ref)))
            else:
                parts = v.say(ref)
                c.c("the " + lab + " is " + v.join(parts[:2]))
                c.a(ch(["mhm", "go on"]))
                c.c(v.join(parts[2:]) if len(parts) > 2 else "that's it")
            c.a("thanks, i've found it")
        elif k == 4:
            c = mk("typed order/ticket/claim reference")
            greet(c)
            lab = ch(["Order #", "Ticket: ", "Claim ref ", "INV-", "Policy no. ", "Ref: ", "tracking: "])
            val = ch([gen_digits(12), "%s-%s-%s" % (gen_digits(4), gen_digits(4), gen_digits(4)),
                      "1Z" + gen_digits(4) + "AA" + gen_digits(10), "POL" + gen_digits(8) + "-IE",
                      gen_digits(4) + " " + gen_digits(4) + " " + gen_digits(4) + " " + gen_digits(4)])
            c.c("Hi, chasing " + lab + val + ch([" - still not arrived", ", any update?", " thx"]))
            c.a("Thanks, I can see that one was dispatched on the 3rd.")
        elif k == 5:
            c = mk("meter reading and MPRN/MPAN")
            greet(c, "utility")
            c.a("can i take a meter reading")
            c.c("yeah it's " + v.join(v.say(gen_digits(5), [5] if p(0.5) else [1] * 5)) +
                ch([" on the day rate", "", " and night is " + v.digits(gen_digits(5))]))
            c.a("and just the meter point reference number from the top of your bill")
            c.c(ch(["m p r n is ", "the mprn's ", "mpan "]) + v.join(v.say(gen_digits(11 if reg == "ie" else 13))))
        elif k == 6:
            c = mk("times, opening hours, durations")
            greet(c)
            c.c(ch(["what time do you close", "how long will the engineer be", "when are you open"]))
            c.a(ch(["we're open eight till eight monday to friday and nine to five on saturday",
                    "the engineer will be there between 8am and 1pm, it takes about forty five minutes",
                    "lines are open 08:00-20:00, the wait is about 12 minutes at the moment",
                    "we close at half five today, twenty past nine tomorrow"]))
        elif k == 7:
            c = mk("flight, gate, seat, room numbers")
            greet(c, "travel")
            fl = ch(["EI", "BA", "FR", "AA", "UA", "LH"]) + str(R.randrange(10, 9999))
            c.c(ch(["i'm on flight ", "my flight's "]) + ch([fl, " ".join(fl[:2].lower()) + " " + v.join(v.say(fl[2:]))]))
            c.a("that's leaving from gate " + ch(["B" + str(R.randrange(1, 60)), "three oh two", "14"]) +
                ", you're in seat " + str(R.randrange(1, 40)) + ch("ACDF") + ", and your hotel room is " +
                ch(["four hundred and twelve", "1207", "two one one"]))
        elif k == 8:
            c = mk("appointment/payment/contract dates, years, ages")
            greet(c, ch(["health", "telecom", "insurance"]))
            c.a(ch(["your appointment is tuesday the fourteenth of march at ten past two",
                    "the next payment of £40 comes out on the 1st of June 2025",
                    "your contract started in 2019 and ends on 30/09/2026",
                    "the policy renews on the twenty third of august"]))
            c.c(ch(["okay, my son's nineteen now so he's off the policy", "grand, i'm 67 so do i get the discount?",
                    "right, we moved in back in nineteen ninety eight"]))
        elif k == 9:
            c = mk("temperatures, percentages, counts")
            greet(c, ch(["utility", "retail", "bank"]))
            c.c(ch(["the heating only gets to fifteen degrees", "the thermostat says 21.5°C",
                    "i've rung you six times this week"]))
            c.a(ch(["the interest rate is 4.9% APR, or twenty two point nine percent on purchases",
                    "that's a 15% discount on the 3 items", "prices go up 6.5 percent in april"]))
        elif k == 10:
            c = mk("road names and route numbers")
            greet(c, ch(["insurance", "travel"]))
            c.c("the accident was on the " + ch(["M62 near junction 26", "N7 outside Naas", "A470",
                                                   "M50 at exit 9", "B4391", "I-95 near exit 12",
                                                   "N11, just past the M11 merge"]))
            c.a("okay, and what speed were you doing roughly?")
            c.c(ch(["about forty", "50 mph", "maybe sixty kilometres an hour"]))
        elif k == 11:
            c = mk("device serial, IMEI and model numbers")
            greet(c, "telecom")
            imei = luhn_complete("35", 15)
            c.a("can you read me the i m e i off the box")
            c.c("yeah the imei is " + ch([imei, v.join(v.say(imei))]))
            c.a("and the model number")
            c.c(ch(["SM-G991B", "it's a21s", "model A2633, serial F2LXK3Q9PN"]))
        elif k == 12:
            c = mk("policy number spoken like an NI number")
            greet(c, "insurance")
            pol = ch("ABCHJKLMPW") + ch("ABCEGH") + gen_digits(6) + ch("ABCD")
            c.a("what's your policy number")
            c.c("policy number's " + " ".join(speak_alnum(pol[:2], v, 0.5)) + " " +
                v.join(v.say(pol[2:8], [2, 2, 2], True)) + " " + pol[8].lower())
            c.a("thank you, found the policy")
        elif k == 13:
            c = mk("long numeric customer/account reference on a bill (labelled reference)")
            greet(c, ch(["utility", "telecom"]))
            c.a("do you have your customer reference number")
            ref = gen_digits(ch([8, 10, 12]))
            c.c("customer ref " + ch([ref, v.join(v.say(ref))]))
            c.a("thanks, that's the account at the old address")
        elif k == 14:
            c = mk("amount read digit by digit")
            greet(c, "bank")
            amt = R.randrange(1000, 99999)
            c.c("i want to transfer " + number_words(amt // 1000) + " thousand " + number_words(amt % 1000)
                + " pounds" if amt % 1000 else "i want to transfer " + str(amt) + " pounds")
            c.a("okay, " + "£{:,}".format(amt) + ", and the transfer limit today is £25,000")
        elif k == 15:
            c = mk("hold time and queue position numbers")
            greet(c)
            c.a("you're number " + ch(["seven", "12", "twenty one"]) + " in the queue, estimated wait " +
                ch(["fourteen minutes", "1h 05m", "about half an hour"]))
            c.c(ch(["i've been on hold for forty five minutes already", "ugh, 3rd time today"]))
        elif k == 16:
            c = mk("gift card / voucher code labelled as voucher")
            greet(c, "retail")
            code = gen_digits(16)
            c.c("i have a voucher code " + ch([code, code[:4] + "-" + code[4:8] + "-" + code[8:12] + "-" + code[12:]]))
            c.a("thanks, that voucher has £" + str(R.randrange(5, 100)) + " left on it")
        elif k == 17:
            c = mk("seat and booking details with year")
            greet(c, "travel")
            c.c("booking for two adults and three kids, travelling on the 2nd of august " + ch(["2025", "twenty twenty six"]))
            c.a("that's ferry sailing 1430 from Holyhead, cabin " + str(R.randrange(100, 9000)))
        elif k == 18:
            c = mk("card last four with expiry-like payment date")
            greet(c, "bank")
            l4 = gen_digits(4)
            c.a("the direct debit will come from the card ending in " + l4 + " on the " + ch(ORD[:28]) + " of each month")
            c.c("okay and the last payment was " + ch(["£" + str(R.randrange(10, 300)), "forty two fifty"]))
        else:
            c = mk("prescription / NHS-style claim number with label")
            greet(c, "health")
            c.a("what's the claim number on the letter")
            c.c("claim number " + v.join(v.say(gen_digits(10), [3, 3, 4])) + ", it's for the physio in " +
                ch(MONTHS).title())
            c.a("thanks, that's been paid, twenty eight pounds forty")
    return out


# ---------------------------------------------------------------- main
def generate():
    cases = []
    for fn, n in POS:
        for _ in range(n):
            cases.append(fn())
    R.shuffle(cases)
    negs = neg_cases()
    lines, meta = [], []
    for i, c in enumerate(cases, 1):
        turns, spans, groups = c.build()
        lines.append(json.dumps({"id": "h422-pos-%03d" % i, "kind": "positive", "turns": turns,
                                 "spans": spans, "note": c.note}, ensure_ascii=False))
        meta.append(groups)
    for i, c in enumerate(negs, 1):
        turns, spans, groups = c.build()
        assert not spans
        lines.append(json.dumps({"id": "h422-neg-%03d" % i, "kind": "negative", "turns": turns,
                                 "spans": [], "note": c.note}, ensure_ascii=False))
        meta.append(groups)
    return "\n".join(lines) + "\n", meta


def check(text, meta):
    errs = []
    with open(OUT, encoding="utf-8") as f:
        on_disk = f.read()
    if on_disk != text:
        errs.append("file is not byte-identical to regenerated output")
    ids = set()
    counts = {t: 0 for t in TYPES}
    npos = nneg = 0
    for ln, (line, groups) in enumerate(zip(text.splitlines(), meta), 1):
        obj = json.loads(line)
        cid = obj["id"]
        if cid in ids:
            errs.append("dup id " + cid)
        ids.add(cid)
        if obj["kind"] == "positive":
            npos += 1
            if not obj["spans"]:
                errs.append(cid + " positive without spans")
        else:
            nneg += 1
            if obj["spans"]:
                errs.append(cid + " negative with spans")
        for t in obj["turns"]:
            if t["speaker"] not in ("customer", "agent"):
                errs.append(cid + " bad speaker")
        prev = {}
        for s in sorted(obj["spans"], key=lambda s: (s["turn"], s["start"])):
            if s["type"] not in TYPES:
                errs.append(cid + " bad type")
            counts[s["type"]] += 1
            if not 0 <= s["turn"] < len(obj["turns"]):
                errs.append(cid + " turn out of range")
                continue
            txt = obj["turns"][s["turn"]]["text"]
            a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(txt)):
                errs.append(cid + " offsets out of range")
                continue
            if a > 0 and txt[a - 1].isalnum() or b < len(txt) and txt[b].isalnum():
                errs.append(cid + " span not on word boundary: %r" % txt[a:b])
            if not (txt[a].isalnum() or txt[a] == "+") or not txt[b - 1].isalnum():
                errs.append(cid + " span has leading/trailing non-value chars: %r" % txt[a:b])
            if s["turn"] in prev and a < prev[s["turn"]]:
                errs.append(cid + " overlapping spans")
            prev[s["turn"]] = b
        for g in groups.values():
            whole = " ".join(g["parts"])
            msg = validate(g["typ"], whole, g["partial"])
            if msg:
                errs.append("%s %s invalid: %s" % (cid, g["typ"], msg))
    need = {t: 10 for t in TYPES}
    need.update(CARD_NUMBER=70, SSN=30, NI_NUMBER=30)
    for t, n in need.items():
        if counts[t] < n:
            errs.append("too few %s spans: %d < %d" % (t, counts[t], n))
    if npos < 200 or nneg < 100:
        errs.append("too few cases: %d pos, %d neg" % (npos, nneg))
    return errs, counts, npos, nneg


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args()
    text, meta = generate()
    if args.check:
        errs, counts, npos, nneg = check(text, meta)
        print("positives %d negatives %d" % (npos, nneg))
        for t in TYPES:
            print("  %-13s %d" % (t, counts[t]))
        for e in errs[:50]:
            print("ERROR", e)
        if errs:
            print("%d errors" % len(errs))
            sys.exit(1)
        print("check OK")
        return
    os.makedirs(OUT_DIR, exist_ok=True)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    print("wrote", OUT)


if __name__ == "__main__":
    main()

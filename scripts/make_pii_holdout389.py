#!/usr/bin/env python3
"""Generate the pii_holdout389 held-out PII redaction evaluation set.

Written by an independent test author (AI helper) who did not see the
redaction engine.  Standard library only; one RNG seeded 389241125.

Usage:
    python scripts/make_pii_holdout389.py          # write cases.jsonl
    python scripts/make_pii_holdout389.py --check  # regenerate + validate
"""
import json
import os
import random
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "fixtures", "pii_holdout389", "cases.jsonl")
SEED = 389241125

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

# ----------------------------------------------------------------- spoken forms
UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy",
        8: "eighty", 9: "ninety"}
ZERO_WORDS = {"zero", "oh", "o", "nought", "nil"}
FILLERS = {"um", "uh", "er", "erm", "hmm", "like", "ah"}
NATO = {"alpha": "a", "alfa": "a", "bravo": "b", "charlie": "c", "delta": "d", "echo": "e",
        "foxtrot": "f", "golf": "g", "hotel": "h", "india": "i", "juliet": "j",
        "juliett": "j", "kilo": "k", "lima": "l", "mike": "m", "november": "n",
        "oscar": "o", "papa": "p", "quebec": "q", "romeo": "r", "sierra": "s",
        "tango": "t", "uniform": "u", "victor": "v", "whiskey": "w", "whisky": "w",
        "xray": "x", "x-ray": "x", "yankee": "y", "zulu": "z"}
NATO_BY_LETTER = {}
for _w, _l in NATO.items():
    NATO_BY_LETTER.setdefault(_l, _w)
NATO_BY_LETTER["x"] = "x-ray"
ALT_SPELL = {"a": "apple", "b": "bertie", "c": "charlie", "d": "david", "e": "edward",
             "g": "george", "h": "harry", "j": "jack", "k": "king", "l": "london",
             "m": "mother", "n": "nellie", "p": "peter", "r": "robert", "s": "sugar",
             "t": "tommy", "w": "william", "y": "yellow", "z": "zebra"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
       "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
       "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth",
       "twenty first", "twenty second", "twenty third", "twenty fourth", "twenty fifth",
       "twenty sixth", "twenty seventh", "twenty eighth", "twenty ninth", "thirtieth",
       "thirty first"]


def two_digit_words(n):
    if n < 10:
        return UNITS[n]
    if n < 20:
        return TEENS[n - 10]
    t, u = divmod(n, 10)
    return TENS[t] if u == 0 else TENS[t] + " " + UNITS[u]


class Speaker:
    """Turns digit strings into ASR-style words."""

    def __init__(self, rng, zero=None, filler_p=0.0, pair_p=0.3, hund_p=0.08, dbl_p=0.7):
        self.rng = rng
        self.zero = zero or rng.choice(["oh", "oh", "zero", "nought", "o"])
        self.filler_p = filler_p
        self.pair_p = pair_p
        self.hund_p = hund_p
        self.dbl_p = dbl_p

    def d(self, c):
        return self.zero if c == "0" else UNITS[int(c)]

    def chunk(self, s):
        """Speak a chunk of 1-3 digits."""
        r = self.rng
        if len(s) == 3 and s[0] == s[1] == s[2] and r.random() < self.dbl_p:
            return ["triple " + self.d(s[0])]
        if len(s) == 3 and s[0] != "0" and r.random() < self.hund_p:
            rem = int(s[1:])
            if rem == 0:
                return [UNITS[int(s[0])] + " hundred"]
            if rem < 20 or rem % 10 != 0:
                return [UNITS[int(s[0])] + " hundred and " + two_digit_words(rem)]
        if len(s) == 2 and s[0] == s[1] and r.random() < self.dbl_p:
            return ["double " + self.d(s[0])]
        if len(s) == 2 and s[0] != "0" and s[1] != "0" and r.random() < self.pair_p:
            return [two_digit_words(int(s))]
        if len(s) == 2 and s == "10" and r.random() < self.pair_p:
            return ["ten"]
        out = []
        i = 0
        while i < len(s):
            if i + 1 < len(s) and s[i] == s[i + 1] and r.random() < self.dbl_p:
                out.append("double " + self.d(s[i]))
                i += 2
            else:
                out.append(self.d(s[i]))
                i += 1
        return out

    def digits(self, s, groups=None):
        """Speak a digit string; groups = list of group lengths (default 4s)."""
        r = self.rng
        if groups is None:
            groups = []
            n = len(s)
            while n > 0:
                g = min(4, n)
                groups.append(g)
                n -= g
        words = []
        pos = 0
        for gi, g in enumerate(groups):
            part = s[pos:pos + g]
            pos += g
            # sub-chunk the group into 2s / 3s / 1s
            sub = []
            j = 0
            while j < len(part):
                left = len(part) - j
                if left == 4:
                    k = r.choice([2, 2, 4])
                    if k == 4:
                        sub += [part[j:j + 2], part[j + 2:j + 4]]
                        j += 4
                        continue
                else:
                    k = min(left, r.choice([1, 2, 3]))
                sub.append(part[j:j + k])
                j += k
            for c in sub:
                words += self.chunk(c)
            if gi < len(groups) - 1 and r.random() < self.filler_p:
                words.append(r.choice(["um", "uh", "er", "erm"]))
        return " ".join(words)

    def letters(self, s, nato_p=0.0):
        out = []
        for ch in s:
            if ch.isdigit():
                out.append(self.d(ch))
            elif ch.isalpha():
                c = ch.lower()
                if self.rng.random() < nato_p:
                    word = NATO_BY_LETTER[c] if self.rng.random() < 0.7 else ALT_SPELL.get(c, NATO_BY_LETTER[c])
                    out.append("%s for %s" % (c, word))
                else:
                    out.append(c)
        return " ".join(out)


# ---------------------------------------------------------------- normalisers
def _tokens(text):
    return re.findall(r"[a-z]+(?:-ray)?|\d+|[A-Z]+", text.lower())


def normalise_alnum(text):
    """Collapse a (possibly spoken) alphanumeric value into its characters."""
    toks = _tokens(text)
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if t.isdigit():
            out.append(t)
        elif t in FILLERS or t in ("and", "dash", "hyphen", "slash", "space", "then", "capital"):
            pass
        elif t in ("double", "triple") and nxt is not None:
            n = 2 if t == "double" else 3
            if nxt in ZERO_WORDS:
                out.append("0" * n)
            elif nxt in UNITS:
                out.append(str(UNITS.index(nxt)) * n)
            else:
                out.append(nxt * n)
            i += 1
        elif t in ZERO_WORDS:
            out.append("0")
        elif t in UNITS:
            d = UNITS.index(t)
            if nxt == "hundred":
                i += 1
                rest = "00"
                if i + 2 < len(toks) + 1 and i + 1 < len(toks) and toks[i + 1] == "and":
                    i += 2
                    w = toks[i]
                    if w in TEENS:
                        rest = str(10 + TEENS.index(w))
                    elif w in TENS.values():
                        tv = [k for k, v in TENS.items() if v == w][0]
                        if i + 1 < len(toks) and toks[i + 1] in UNITS[1:]:
                            i += 1
                            rest = "%d%d" % (tv, UNITS.index(toks[i]))
                        else:
                            rest = "%d0" % tv
                    elif w in UNITS:
                        rest = "0%d" % UNITS.index(w)
                out.append(str(d) + rest)
            else:
                out.append(str(d))
        elif t in TEENS:
            out.append(str(10 + TEENS.index(t)))
        elif t in TENS.values():
            tv = [k for k, v in TENS.items() if v == t][0]
            if nxt in UNITS[1:]:
                out.append("%d%d" % (tv, UNITS.index(nxt)))
                i += 1
            else:
                out.append("%d0" % tv)
        elif len(t) == 1 and nxt == "for" and i + 2 < len(toks):
            out.append(t)
            i += 2
        elif t in NATO:
            out.append(NATO[t])
        elif t == "plus":
            out.append("+")
        else:
            out.append(t)
        i += 1
    return "".join(out).upper()


def normalise_email(text):
    if "@" in text:
        return re.sub(r"\s+", "", text).lower()
    toks = text.lower().split()
    out = []
    i = 0
    while i < len(toks):
        t = toks[i].strip(",")
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if t in FILLERS:
            pass
        elif t == "dot":
            out.append(".")
        elif t == "at":
            out.append("@")
        elif t == "underscore":
            out.append("_")
        elif t in ("dash", "hyphen"):
            out.append("-")
        elif t == "double" and nxt:
            out.append(nxt * 2)
            i += 1
        elif len(t) == 1 and nxt == "for":
            out.append(t)
            i += 2
        elif t in ZERO_WORDS and len(t) > 1:
            out.append("0")
        elif t in UNITS:
            out.append(str(UNITS.index(t)))
        elif t in TENS.values():
            tv = [k for k, v in TENS.items() if v == t][0]
            if nxt in UNITS[1:]:
                out.append("%d%d" % (tv, UNITS.index(nxt)))
                i += 1
            else:
                out.append("%d0" % tv)
        elif t in TEENS:
            out.append(str(10 + TEENS.index(t)))
        else:
            out.append(t)
        i += 1
    return "".join(out)


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


def iban_ok(s):
    s = s.upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in r)
    return int(num) % 97 == 1


NI_RE = re.compile(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]")
UKPC_RE = re.compile(r"[A-Z]{1,2}\d[A-Z\d]?\d[ABD-HJLNP-UW-Z]{2}")
STREET_RE = re.compile(r"\b(road|rd|street|st|avenue|ave|lane|ln|close|drive|dr|way|crescent|"
                       r"court|place|terrace|gardens|grove|boulevard|blvd|hill|square|row|"
                       r"mews|parade|walk|park)\.?$", re.I)
NUMWORD_RE = re.compile(r"\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                        r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|"
                        r"thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)\b", re.I)
MONTH_RE = re.compile(r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b", re.I)


def date_ok(text, expiry):
    t = text.lower()
    digits = re.sub(r"\D", "", t)
    if re.fullmatch(r"\d{1,4}[/\-. ]\d{1,2}([/\-. ]\d{2,4})?", t.strip()):
        parts = [int(p) for p in re.split(r"[/\-. ]", t.strip())]
        if expiry:
            return len(parts) == 2 and (1 <= parts[0] <= 12)
        if len(parts) == 3 and parts[0] > 31:
            return 1 <= parts[1] <= 12 and 1 <= parts[2] <= 31
        return len(parts) == 3 and (1 <= parts[0] <= 31) and (1 <= parts[1] <= 12 or 1 <= parts[0] <= 12)
    if MONTH_RE.search(t):
        return bool(re.search(r"\d|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|"
                              r"nineteen|two thousand|oh|first|second|third|th\b", t))
    # fully spoken numeric e.g. "oh nine twenty seven"
    n = normalise_alnum(text)
    if expiry:
        return bool(re.fullmatch(r"(0[1-9]|1[0-2])(\d{2}|20\d{2})", n))
    return bool(re.fullmatch(r"\d{6}|\d{8}", n) or len(digits) in (6, 8))


def value_ok(typ, norm, raw):
    if typ == "CARD_NUMBER":
        return norm.isdigit() and 13 <= len(norm) <= 19 and luhn_ok(norm)
    if typ == "CVV":
        return norm.isdigit() and len(norm) in (3, 4)
    if typ == "SSN":
        return norm.isdigit() and len(norm) == 9 and norm[:3] not in ("000", "666") \
            and norm[3:5] != "00" and norm[5:] != "0000"
    if typ == "NI_NUMBER":
        return bool(NI_RE.fullmatch(norm))
    if typ == "SORT_CODE":
        return norm.isdigit() and len(norm) == 6
    if typ == "BANK_ACCOUNT":
        return norm.isdigit() and 6 <= len(norm) <= 17
    if typ == "IBAN":
        return iban_ok(norm)
    if typ == "PHONE":
        d = norm.lstrip("+")
        return d.isdigit() and 9 <= len(d) <= 15
    if typ == "EMAIL":
        return bool(re.fullmatch(r"[a-z0-9._%+-]+@[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}", norm))
    if typ == "POSTCODE":
        return bool(UKPC_RE.fullmatch(norm) or re.fullmatch(r"\d{5}(\d{4})?", norm))
    if typ == "ADDRESS":
        return bool(NUMWORD_RE.search(raw) and STREET_RE.search(raw.strip()))
    if typ == "DOB":
        return date_ok(raw, False)
    if typ == "EXPIRY":
        return date_ok(raw, True)
    return False


def normalise(typ, raw):
    if typ == "EMAIL":
        return normalise_email(raw)
    if typ in ("ADDRESS", "DOB", "EXPIRY"):
        return raw
    return normalise_alnum(raw)


# ----------------------------------------------------------------- generators
R = random.Random(SEED)

FIRST = ["james", "sarah", "mohammed", "aoife", "priya", "tomasz", "chloe", "daniel", "siobhan",
         "kwame", "emma", "liam", "fatima", "oliver", "grace", "marek", "hannah", "raj", "niamh",
         "carlos", "zoe", "ben", "amara", "luca", "sophie", "dylan", "yusuf", "megan", "ciaran", "ella"]
LAST = ["smith", "okafor", "murphy", "patel", "kowalski", "jones", "obrien", "nguyen", "walsh",
        "taylor", "hughes", "khan", "garcia", "brennan", "evans", "mensah", "fischer", "rossi",
        "wright", "doyle", "ahmed", "clarke", "novak", "byrne", "lopez"]
STREETS = ["Elm Road", "Church Street", "Acacia Avenue", "Mill Lane", "Victoria Road",
           "Station Road", "Kingsway Close", "Orchard Drive", "Park Crescent", "Howard Court",
           "Beech Grove", "Albert Terrace", "Rowan Way", "Queens Gardens", "Market Place",
           "Castle Hill", "Lime Walk", "Harbour Row", "Willow Mews", "Belmont Square"]
US_STREETS = ["Maple Street", "Oak Avenue", "W 34th Street", "Sunset Boulevard", "Pine Lane",
              "Lakeview Drive", "Cedar Court", "N Main Street", "Elmwood Ave", "Hillcrest Rd"]
TOWNS = ["Leeds", "Manchester", "Bristol", "Cardiff", "Glasgow", "Norwich", "Sheffield",
         "Belfast", "Brighton", "Leicester"]
US_TOWNS = [("Austin", "TX"), ("Columbus", "OH"), ("Denver", "CO"), ("Tampa", "FL"),
            ("Portland", "OR"), ("Raleigh", "NC"), ("Madison", "WI")]
DOMAINS = ["gmail.com", "outlook.com", "yahoo.co.uk", "hotmail.com", "icloud.com",
           "btinternet.com", "eircom.net", "proton.me", "web.de", "live.ie"]
INDUSTRY = ["bank", "telecom", "utilities", "retail", "insurance", "travel",
            "healthcare billing", "government services"]
PC_AREAS = ["LS", "M", "BS", "CF", "G", "NR", "S", "BT", "BN", "LE", "SW", "E", "N", "EH", "B", "WC"]
PC_UNIT = "ABDEFGHJLNPQRSTUWXYZ"


def rand_digits(n, first_nonzero=False):
    s = "".join(R.choice("0123456789") for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = R.choice("123456789") + s[1:]
    return s


def make_card():
    kind = R.choice(["visa", "visa", "visa", "mc", "mc", "amex", "disc", "visa13", "visa19", "jcb"])
    if kind == "visa":
        pre, n = "4", 16
    elif kind == "visa13":
        pre, n = "4", 13
    elif kind == "visa19":
        pre, n = "4", 19
    elif kind == "mc":
        pre, n = R.choice(["51", "52", "53", "54", "55", "2221", "2720"]), 16
    elif kind == "amex":
        pre, n = R.choice(["34", "37"]), 15
    elif kind == "disc":
        pre, n = "6011", 16
    else:
        pre, n = "3528", 16
    body = pre + rand_digits(n - len(pre) - 1)
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def card_groups(card):
    if len(card) == 15:
        return [4, 6, 5]
    if len(card) == 13:
        return [4, 3, 3, 3]
    if len(card) == 19:
        return [4, 4, 4, 4, 3]
    return [4, 4, 4, 4]


def group(s, groups, sep):
    out, p = [], 0
    for g in groups:
        out.append(s[p:p + g])
        p += g
    return sep.join(out)


def typed_card(card):
    g = card_groups(card)
    style = R.choice(["space", "dash", "none", "dot", "dblspace", "mixed", "space", "dash"])
    if style == "space":
        return group(card, g, " ")
    if style == "dash":
        return group(card, g, "-")
    if style == "none":
        return card
    if style == "dot":
        return group(card, g, ".")
    if style == "dblspace":
        return group(card, g, "  ")
    # odd grouping
    return card[:6] + " " + card[6:10] + " " + card[10:]


def make_ssn():
    a = R.randint(1, 899)
    while a == 666:
        a = R.randint(1, 899)
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


def make_ni():
    first = "ABCEGHJKLMNOPRSTWXYZ"
    second = "ABCEGHJKLMNPRSTWXYZ"
    while True:
        p = R.choice(first) + R.choice(second)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + rand_digits(6) + R.choice("ABCD")


def iban_from(cc, bban):
    r = bban + cc + "00"
    num = "".join(str(int(c, 36)) for c in r)
    chk = 98 - int(num) % 97
    return "%s%02d%s" % (cc, chk, bban)


def make_iban():
    cc = R.choice(["GB", "IE", "DE", "FR", "NL", "ES", "IE", "GB"])
    if cc == "GB":
        bban = R.choice(["NWBK", "BARC", "LOYD", "MIDL", "HBUK"]) + rand_digits(14)
    elif cc == "IE":
        bban = R.choice(["AIBK", "BOFI", "IPBS"]) + rand_digits(14)
    elif cc == "DE":
        bban = rand_digits(18)
    elif cc == "FR":
        bban = rand_digits(23)
    elif cc == "NL":
        bban = R.choice(["ABNA", "INGB", "RABO"]) + rand_digits(10)
    else:
        bban = rand_digits(20)
    return iban_from(cc, bban)


def typed_iban(iban):
    st = R.choice(["groups", "groups", "none", "lower", "groups"])
    if st == "none":
        return iban
    g = " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))
    return g.lower() if st == "lower" else g


def make_postcode_uk():
    a = R.choice(PC_AREAS)
    return "%s%d %d%s%s" % (a, R.randint(1, 19), R.randint(0, 9), R.choice(PC_UNIT), R.choice(PC_UNIT))


def make_zip():
    z = "%05d" % R.randint(10001, 99950)
    if R.random() < 0.25:
        z += "-%04d" % R.randint(1, 9999)
    return z


def make_phone():
    """returns (typed, digits)"""
    k = R.choice(["ukmob", "ukmob", "ukland", "ukintl", "us", "usintl", "ie", "ieintl", "de", "fr"])
    if k == "ukmob":
        d = "07" + rand_digits(9)
        t = R.choice([d[:5] + " " + d[5:], d, d[:5] + " " + d[5:8] + " " + d[8:], d[:4] + "-" + d[4:7] + "-" + d[7:]])
    elif k == "ukland":
        d = R.choice(["0161", "0113", "0117", "0141", "0121"]) + rand_digits(7, True)
        t = R.choice([d[:4] + " " + d[4:7] + " " + d[7:], d])
    elif k == "ukintl":
        d = "447" + rand_digits(9)
        t = R.choice(["+44 " + d[2:6] + " " + d[6:], "+44 (0)" + d[2:6] + " " + d[6:], "0044" + d[2:]])
    elif k == "us":
        d = R.choice(["212", "415", "512", "303", "617"]) + "555" + "01" + rand_digits(2)
        t = R.choice(["(%s) %s-%s" % (d[:3], d[3:6], d[6:]), "%s-%s-%s" % (d[:3], d[3:6], d[6:]),
                      "%s.%s.%s" % (d[:3], d[3:6], d[6:])])
    elif k == "usintl":
        d = "1" + R.choice(["312", "206", "646"]) + "555" + "01" + rand_digits(2)
        t = "+1 %s %s %s" % (d[1:4], d[4:7], d[7:])
    elif k == "ie":
        d = "08" + R.choice("35679") + rand_digits(7)
        t = R.choice(["%s %s %s" % (d[:3], d[3:6], d[6:]), d])
    elif k == "ieintl":
        d = "3538" + R.choice("35679") + rand_digits(7)
        t = "+353 %s %s %s" % (d[3:5], d[5:8], d[8:])
    elif k == "de":
        d = "4930" + rand_digits(8)
        t = "+49 30 %s" % d[4:]
    else:
        d = "336" + rand_digits(8)
        t = "+33 6 %s %s %s %s" % (d[3:5], d[5:7], d[7:9], d[9:])
    return t, d


def make_email(first, last):
    st = R.choice(["fl", "f.l", "f_l", "fl99", "f.l.n", "nick"])
    n = str(R.randint(1, 99))
    if st == "fl":
        u = first + last
    elif st == "f.l":
        u = first + "." + last
    elif st == "f_l":
        u = first[0] + "_" + last
    elif st == "fl99":
        u = first + last[0] + n
    elif st == "f.l.n":
        u = first[0] + "." + last + n
    else:
        u = last + first[:3]
    return u + "@" + R.choice(DOMAINS)


def spoken_email(email, sp):
    user, dom = email.split("@")
    parts = []
    for seg in re.split(r"([._-])", user):
        if seg == ".":
            parts.append("dot")
        elif seg == "_":
            parts.append("underscore")
        elif seg == "-":
            parts.append("dash")
        elif seg.isdigit():
            parts.append(two_digit_words(int(seg)) if len(seg) == 2 and seg[0] != "0" and seg[1] != "0" else
                         " ".join(UNITS[int(c)] for c in seg))
        elif len(seg) <= 2:
            parts.append(sp.letters(seg, nato_p=0.4))
        else:
            parts.append(seg)
    dparts = []
    for seg in dom.split("."):
        dparts.append(seg)
    return " ".join(parts) + " at " + " dot ".join(dparts)


def make_dob():
    return R.randint(1, 28), R.randint(1, 12), R.randint(1942, 2004)


def typed_dob(d, m, y):
    st = R.choice(["dmy", "dmy", "dmy-", "iso", "long", "short", "us", "dots"])
    if st == "dmy":
        return "%02d/%02d/%d" % (d, m, y)
    if st == "dmy-":
        return "%d-%d-%d" % (d, m, y)
    if st == "iso":
        return "%d-%02d-%02d" % (y, m, d)
    if st == "long":
        return "%d %s %d" % (d, MONTHS[m - 1].capitalize(), y)
    if st == "short":
        return "%s %d, %d" % (MONTHS[m - 1][:3].capitalize(), d, y)
    if st == "us":
        return "%02d/%02d/%d" % (m, d, y)
    return "%02d.%02d.%02d" % (d, m, y % 100)


def year_words(y):
    if y >= 2000:
        return "two thousand and " + two_digit_words(y - 2000) if y > 2000 else "two thousand"
    hi, lo = divmod(y, 100)
    low = two_digit_words(lo) if lo >= 10 else "oh " + UNITS[lo]
    return two_digit_words(hi) + " " + low


def spoken_dob(d, m, y):
    st = R.choice(["ord_of", "month_ord", "numeric", "short_year"])
    if st == "ord_of":
        return "the %s of %s %s" % (ORD[d], MONTHS[m - 1], year_words(y)) if R.random() < 0.5 else \
            "%s of %s %s" % (ORD[d], MONTHS[m - 1], year_words(y))
    if st == "month_ord":
        return "%s %s %s" % (MONTHS[m - 1], ORD[d], year_words(y))
    if st == "numeric":
        return "%s %s %s" % (two_digit_words(d) if d >= 10 else "oh " + UNITS[d],
                             two_digit_words(m) if m >= 10 else "oh " + UNITS[m], year_words(y))
    return "%s %s %s" % (ORD[d], MONTHS[m - 1], two_digit_words(y % 100) if y % 100 >= 10 else "oh " + UNITS[y % 10])


def make_expiry():
    return R.randint(1, 12), R.randint(25, 31)


def typed_expiry(m, y):
    return R.choice(["%02d/%02d" % (m, y), "%02d/20%02d" % (m, y), "%02d-%02d" % (m, y),
                     "%02d / %02d" % (m, y), "%s %d" % (MONTHS[m - 1][:3].capitalize(), 2000 + y)])


def spoken_expiry(m, y):
    mm = ("oh " + UNITS[m]) if m < 10 else two_digit_words(m)
    return R.choice(["%s %s" % (mm, two_digit_words(y)), "%s slash %s" % (mm, two_digit_words(y)),
                     "%s twenty %s" % (MONTHS[m - 1], two_digit_words(y)),
                     "%s %s" % (MONTHS[m - 1], two_digit_words(y))])


def make_address(us=False):
    if us:
        return "%d %s" % (R.randint(100, 9899), R.choice(US_STREETS))
    st = R.choice(["plain", "plain", "flat", "letter"])
    street = R.choice(STREETS)
    n = R.randint(1, 240)
    if st == "plain":
        return "%d %s" % (n, street)
    if st == "flat":
        return "Flat %d, %d %s" % (R.randint(1, 30), n, street)
    return "%d%s %s" % (n, R.choice("ab"), street)


def spoken_address(addr):
    m = re.match(r"(?:Flat (\d+), )?(\d+)([ab]?) (.*)", addr)
    flat, n, letter, street = m.groups()
    n = int(n)
    if n < 100:
        nw = two_digit_words(n)
    else:
        nw = " ".join(UNITS[int(c)] for c in str(n)) if R.random() < 0.5 else \
            "%s %s" % (UNITS[n // 100], two_digit_words(n % 100) if n % 100 >= 10 else "oh " + UNITS[n % 100])
    out = ""
    if flat:
        out = "flat %s " % two_digit_words(int(flat))
    out += nw + (" " + letter if letter else "") + " " + street.lower()
    return out


# ----------------------------------------------------------------- case model
class Case:
    def __init__(self, kind, note):
        self.kind = kind
        self.note = note
        self.turns = []
        self.spans = []

    def turn(self, speaker, *parts):
        idx = len(self.turns)
        text = ""
        for p in parts:
            if isinstance(p, tuple):
                val, typ = p
                assert typ in TYPES, typ
                self.spans.append({"turn": idx, "start": len(text), "end": len(text) + len(val), "type": typ})
                text += val
            else:
                text += p
        self.turns.append({"speaker": speaker, "text": text})
        return self

    def c(self, *parts):
        return self.turn("customer", *parts)

    def a(self, *parts):
        return self.turn("agent", *parts)


def name():
    return R.choice(FIRST), R.choice(LAST)


def cap(s):
    return s[:1].upper() + s[1:]


def ack():
    return R.choice(["mhm", "go on", "yep", "ok", "uh huh", "right", "yeah", "got that", "okay go ahead"])


# --------------------------------------------------------- positive templates
def pos_chat_card(c):
    card = make_card()
    m, y = make_expiry()
    cvv = rand_digits(4 if len(card) == 15 else 3)
    ind = R.choice(["retail", "telecom", "travel", "utilities"])
    lab = R.choice(["card no:", "Card number -", "CC#", "card:", "long number on card =", "PAN"])
    c.note = "typed %s chat: card, expiry, CVV in one message with labels" % ind
    c.a(R.choice(["Thanks for holding. To take the payment I'll need the card details please.",
                  "Hi, you're chatting with Dee from billing. Can you send the card you want to use?",
                  "No problem, please type the long card number, expiry and security code."]))
    if R.random() < 0.5:
        c.c(lab + " ", (typed_card(card), "CARD_NUMBER"), "\nexp ", (typed_expiry(m, y), "EXPIRY"),
            "\ncvv ", (cvv, "CVV"))
    else:
        c.c(R.choice(["ok its ", "here u go ", "", "sure - "]), (typed_card(card), "CARD_NUMBER"), " ",
            (typed_expiry(m, y), "EXPIRY"), " ", (cvv, "CVV"), R.choice(["", " thx", " (sec code)"]))
    c.a(R.choice(["Thanks, processing now.", "Got it, one moment while I run that.",
                  "Thank you. For security please don't share the code anywhere else."]))


def pos_sms_card_split(c):
    card = make_card()
    g = card_groups(card)
    cut = g[0] + g[1]
    c.note = "SMS: card number broken across two messages, then masked echo (not labelled)"
    c.c(R.choice(["card is ", "Card ", "num: ", "here: "]), (group(card[:cut], g[:2], R.choice([" ", "", "-"])), "CARD_NUMBER"))
    c.c((group(card[cut:], g[2:], R.choice([" ", "", "-"])), "CARD_NUMBER"),
        R.choice(["", " sorry fat fingers", " (rest of it)", " .."]))
    c.a("Thanks. We've saved the card ending %s to your account. Reply STOP to opt out." % card[-4:])


def pos_email_form(c):
    f, l = name()
    d, m, y = make_dob()
    ni = make_ni()
    addr = make_address()
    pc = make_postcode_uk()
    ph_t, _ = make_phone()
    em = make_email(f, l)
    sep = R.choice([": ", " - ", ":\t", " = ", ":"])
    c.note = "e-mail with a pasted government-services form: DOB, NI, address, postcode, phone, email"
    lines = [("Full name" + sep + cap(f) + " " + cap(l) + "\n",),
             ("Date of birth" + sep, (typed_dob(d, m, y), "DOB"), "\n"),
             (R.choice(["NI number", "NINO", "National Insurance No."]) + sep,
              (R.choice([ni, ni[:2] + " " + ni[2:4] + " " + ni[4:6] + " " + ni[6:8] + " " + ni[8], ni.lower(),
                         ni[:2] + "-" + ni[2:8] + "-" + ni[8]]), "NI_NUMBER"), "\n"),
             ("Address line 1" + sep, (addr, "ADDRESS"), "\nTown" + sep + R.choice(TOWNS) + "\n"),
             ("Postcode" + sep, (R.choice([pc, pc.lower(), pc.replace(" ", "")]), "POSTCODE"), "\n"),
             ("Contact tel" + sep, (ph_t, "PHONE"), "\n"),
             ("Email" + sep, (em, "EMAIL"), "\n")]
    parts = ["Hello,\n\nPlease find my details below as requested for the pension credit claim.\n\n"]
    for ln in lines:
        parts.extend(ln)
    parts.append("\nKind regards\n" + cap(f))
    c.c(*parts)
    c.a("Dear %s, thank you, your details have been received and will be processed within 10 working days." % cap(f))


def pos_asr_card(c):
    card = make_card()
    sp = Speaker(R, filler_p=0.3)
    g = card_groups(card)
    c.note = "ASR phone payment: card read in chunks over several turns with back-channels and agent read-back"
    c.a("and can i take the long number on the front of the card please")
    c.c(R.choice(["yeah it's ", "ok so it's ", "right um ", ""]), (sp.digits(card[:g[0] + g[1]], g[:2]), "CARD_NUMBER"))
    c.a(ack())
    rest = card[g[0] + g[1]:]
    c.c((sp.digits(rest, g[2:]), "CARD_NUMBER"))
    if R.random() < 0.7:
        sp2 = Speaker(R, zero=R.choice(["zero", "oh"]), pair_p=0.0)
        c.a("so that's ", (sp2.digits(card, g), "CARD_NUMBER"), " yeah")
        c.c("that's it yeah")
    else:
        c.a("lovely and the expiry")
        m, y = make_expiry()
        c.c(R.choice(["", "it's ", "er "]), (spoken_expiry(m, y), "EXPIRY"))


def pos_asr_card_aside(c):
    card = make_card()
    g = card_groups(card)
    sp = Speaker(R, filler_p=0.2)
    cvv = rand_digits(4 if len(card) == 15 else 3)
    c.note = "ASR: card reading interrupted by an aside, resumed; then CVV; last four repeated (labelled, full card read)"
    half = g[0] + g[1]
    c.c((sp.digits(card[:half], g[:2]), "CARD_NUMBER"), R.choice([
        " hang on my glasses ", " sorry the dog's going mad ", " wait sorry kids are shouting "]),
        (sp.digits(card[half:], g[2:]), "CARD_NUMBER"))
    c.a("thank you and the three or four digit code on the back")
    c.c(R.choice(["it's ", "", "um "]), (sp.digits(cvv, [len(cvv)]), "CVV"))
    c.a("perfect so that's the card ending ", (Speaker(R, pair_p=0).digits(card[-4:], [4]), "CARD_NUMBER"),
        " going through now")


def pos_readback_card_chunks(c):
    card = make_card()
    g = card_groups(card)
    sp = Speaker(R)
    sp2 = Speaker(R, zero=sp.zero, pair_p=0.0)
    c.note = "ASR %s: agent echoes each group of the card after the customer" % R.choice(INDUSTRY)
    p = 0
    for gi, gl in enumerate(g):
        chunk = card[p:p + gl]
        p += gl
        c.c(R.choice(["", "", "then ", "next is ", "um "]) if gi else "", (sp.digits(chunk, [gl]), "CARD_NUMBER"))
        c.a((sp2.digits(chunk, [gl]), "CARD_NUMBER"), R.choice(["", " yep", " ok"]))


def pos_chat_card_correction(c):
    card = make_card()
    card2 = make_card()
    c.note = "typed chat: customer sends a card, corrects it to a different card; masked value not labelled"
    c.c("pls use ", (typed_card(card), "CARD_NUMBER"))
    c.c("no wait wrong card!! use ", (typed_card(card2), "CARD_NUMBER"), " instead")
    c.a("No problem, I've updated it to the card ending **%s." % card2[-4:])


def pos_email_quoted_card(c):
    card = make_card()
    f, l = name()
    m, y = make_expiry()
    c.note = "e-mail reply quoting the customer's message containing a card (quoted copy labelled)"
    tc = typed_card(card)
    te = typed_expiry(m, y)
    c.c("Hi,\nCan you take the renewal off this card instead: ", (tc, "CARD_NUMBER"), " exp ", (te, "EXPIRY"),
        "\nThanks\n" + cap(f))
    c.a("Dear %s,\n\nPlease do not send card details by e-mail. We have not stored them; please call us on our payments line.\n\n"
        "> Can you take the renewal off this card instead: " % cap(f), (tc, "CARD_NUMBER"), " exp ", (te, "EXPIRY"),
        "\n> Thanks\n\nRegards,\nPolicy Services")


def pos_ssn_chat(c):
    ssn = make_ssn()
    st = R.choice(["dash", "space", "none", "dot", "odd"])
    t = {"dash": "%s-%s-%s", "space": "%s %s %s", "none": "%s%s%s", "dot": "%s.%s.%s", "odd": "%s - %s - %s"}[st] % (
        ssn[:3], ssn[3:5], ssn[5:])
    ind = R.choice(["healthcare billing", "bank", "insurance", "government services"])
    c.note = "US %s chat: SSN typed with label %s" % (ind, st)
    c.a("To verify your identity I'll need your Social Security number.")
    c.c(R.choice(["ssn ", "SSN: ", "social is ", "its ", "soc sec # "]), (t, "SSN"),
        R.choice(["", " and DOB is ", " - zip "]) if False else "")
    if R.random() < 0.5:
        zp = make_zip()
        c.c(R.choice(["zip ", "ZIP code "]), (zp, "POSTCODE"))


def pos_ssn_asr(c):
    ssn = make_ssn()
    sp = Speaker(R, filler_p=0.3, zero=R.choice(["zero", "oh", "oh"]))
    c.note = "US ASR: SSN read in 3-2-4 groups, split over turns with back-channel, agent reads back"
    c.a("and for verification can i get your social please")
    c.c(R.choice(["sure it's ", "yeah ", "um ok "]), (sp.digits(ssn[:5], [3, 2]), "SSN"))
    c.a(ack())
    c.c((sp.digits(ssn[5:], [4]), "SSN"))
    if R.random() < 0.6:
        c.a("thank you so i have ", (Speaker(R, zero="zero", pair_p=0).digits(ssn, [3, 2, 4]), "SSN"))


def pos_ssn_form(c):
    ssn = make_ssn()
    f, l = name()
    d, m, y = make_dob()
    addr = make_address(us=True)
    town, stt = R.choice(US_TOWNS)
    zp = make_zip()
    ph_t, _ = make_phone()
    c.note = "US healthcare billing web form pasted into chat: SSN, DOB, address, ZIP"
    c.c("Patient: %s %s | DOB: " % (cap(f), cap(l)), ("%02d/%02d/%d" % (m, d, y), "DOB"), " | SSN: ",
        ("%s-%s-%s" % (ssn[:3], ssn[3:5], ssn[5:]) if R.random() < 0.6 else "XXX-XX-" + ssn[5:], "SSN")
        if False else ("%s-%s-%s" % (ssn[:3], ssn[3:5], ssn[5:]), "SSN"),
        "\nAddr: ", (addr, "ADDRESS"), ", %s, %s " % (town, stt), (zp, "POSTCODE"))
    c.a("Thanks. I can see the claim. Is ", ("%s" % ph_t, "PHONE"), " still the best number to reach you?")
    c.c("yes")


def pos_ssn_masked_then_full(c):
    ssn = make_ssn()
    c.note = "US chat: masked SSN (unlabelled) then customer types the full one"
    c.a("I have your SSN on file as ***-**-%s, can you confirm the full number?" % ssn[5:])
    c.c(R.choice(["yes it's ", "", "confirm "]), ("%s %s %s" % (ssn[:3], ssn[3:5], ssn[5:]) if R.random() < .5 else ssn, "SSN"))


def pos_ni_asr(c):
    ni = make_ni()
    sp = Speaker(R, filler_p=0.2)
    c.note = "UK ASR: NI number with NATO/phonetic spelling of letters, digits in pairs"
    c.a("can i take your national insurance number")
    lead = sp.letters(ni[:2], nato_p=0.7)
    digits = sp.digits(ni[2:8], [2, 2, 2])
    tail = sp.letters(ni[8], nato_p=0.6)
    if R.random() < 0.5:
        c.c(R.choice(["yeah it's ", "it's ", "um "]), (lead + " " + digits + " " + tail, "NI_NUMBER"))
    else:
        c.c(R.choice(["ok ", "right ", ""]), (lead + " " + digits, "NI_NUMBER"))
        c.a(ack())
        c.c(R.choice(["and then ", "and the letter at the end is ", ""]), (tail, "NI_NUMBER"))
    if R.random() < 0.5:
        c.a("so that's ", (" ".join(ni[:2].lower()) + " " + Speaker(R, pair_p=0).digits(ni[2:8], [2, 2, 2]) + " " + ni[8].lower(), "NI_NUMBER"))


def pos_ni_chat(c):
    ni = make_ni()
    fmt = R.choice([ni, ni.lower(), "%s %s %s %s %s" % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8]),
                    "%s-%s-%s" % (ni[:2], ni[2:8], ni[8]), ni[:2] + " " + ni[2:8] + " " + ni[8]])
    c.note = "UK %s chat/SMS: NI number typed" % R.choice(["government services", "bank", "insurance"])
    c.c(R.choice(["my NI no is ", "NINO: ", "nat ins - ", "ni number ", "Here: "]), (fmt, "NI_NUMBER"),
        R.choice(["", " . thanks", "\nSent from my iPhone"]))
    c.a("Thank you, I've found your record.")


def pos_ni_correction(c):
    ni = make_ni()
    ni2 = ni[:2] + rand_digits(6) + ni[8]
    c.note = "UK chat: NI typed wrong, corrected in a second message with a quote"
    c.c("NI: ", (ni, "NI_NUMBER"))
    c.c('sorry typo, should be "', (ni2, "NI_NUMBER"), '"')
    c.a("Thanks, using ", (ni2, "NI_NUMBER"), ".")


def pos_bank_chat(c):
    sc = rand_digits(6)
    acct = rand_digits(8)
    scf = R.choice(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s/%s/%s"]) % (sc[:2], sc[2:4], sc[4:])
    acf = R.choice([acct, acct[:4] + " " + acct[4:], acct[:2] + "-" + acct[2:]])
    c.note = "UK %s chat: sort code and account number with labels" % R.choice(["bank", "utilities", "insurance"])
    c.a("Please provide the sort code and account number for the Direct Debit.")
    if R.random() < 0.5:
        c.c("s/c ", (scf, "SORT_CODE"), R.choice([" a/c ", "\nacct no: ", " | acc# ", ", account "]), (acf, "BANK_ACCOUNT"))
    else:
        c.c("Sort code: ", (scf, "SORT_CODE"))
        c.c("Account no. ", (acf, "BANK_ACCOUNT"), R.choice(["", " (joint acct)", " ty"]))
    c.a("Thanks, the Direct Debit is set up from the account ending %s." % acct[-2:])


def pos_bank_asr(c):
    sc = rand_digits(6)
    acct = rand_digits(8)
    sp = Speaker(R, filler_p=0.2, pair_p=0.5)
    c.note = "UK ASR: sort code in pairs and account number split over turns with agent read-back"
    c.a("what's the sort code")
    c.c((sp.digits(sc, [2, 2, 2]), "SORT_CODE"))
    c.a("and the account number")
    c.c(R.choice(["", "it's ", "ok "]), (sp.digits(acct[:4], [4]), "BANK_ACCOUNT"))
    c.a(ack())
    c.c((sp.digits(acct[4:], [4]), "BANK_ACCOUNT"))
    if R.random() < 0.6:
        c.a("so that's ", (Speaker(R, pair_p=0).digits(acct, [4, 4]), "BANK_ACCOUNT"), " with sort code ",
            (Speaker(R, pair_p=0).digits(sc, [2, 2, 2]), "SORT_CODE"))


def pos_iban_email(c):
    iban = make_iban()
    f, l = name()
    ph_t, _ = make_phone()
    c.note = "EU/IE travel refund e-mail: IBAN (possibly broken across lines) and signature with phone"
    t = typed_iban(iban)
    if " " in t and R.random() < 0.4:
        k = t.index(" ", len(t) // 2)
        t = t[:k] + "\n" + t[k + 1:]
    c.c("Hello,\nFor the refund of booking 4471-A please use IBAN:\n", (t, "IBAN"),
        "\nBIC: %s\n\n--\n%s %s\nTel: " % (R.choice(["AIBKIE2D", "BOFIIE2D", "INGBNL2A"]), cap(f), cap(l)),
        (ph_t, "PHONE"))
    c.a("Thank you, the refund of EUR 312.40 will be sent to the account ending %s within 5 working days." % iban[-4:])


def pos_iban_chat(c):
    iban = make_iban()
    c.note = "chat: IBAN sent in two messages"
    k = R.choice([8, 12])
    c.c(R.choice(["iban ", "IBAN: ", "my iban is "]), (" ".join(iban[i:i + 4] for i in range(0, k, 4)), "IBAN"))
    c.c((" ".join(iban[i:i + 4] for i in range(k, len(iban), 4)), "IBAN"))
    c.a("Thanks, I've got that.")


def pos_phone_asr(c):
    t, d = make_phone()
    sp = Speaker(R, filler_p=0.2)
    if d.startswith("44") or d.startswith("353") or d.startswith("49") or d.startswith("33") or (d.startswith("1") and len(d) == 11):
        cc_len = 2 if d[:2] in ("44", "49", "33") else (3 if d.startswith("353") else 1)
        spoken = R.choice(["plus ", "double oh "]) + sp.digits(d[:cc_len], [cc_len]) + " " + sp.digits(d[cc_len:], None)
        if spoken.startswith("double oh"):
            spoken = "double " + sp.zero + spoken[len("double oh"):]
    else:
        spoken = sp.digits(d, [5, 3, 3] if len(d) == 11 else None)
    c.note = "ASR %s: phone number with doubles/pairs, agent read-back" % R.choice(INDUSTRY)
    c.a("what's the best number to contact you on")
    c.c(R.choice(["it's ", "yeah it's my mobile ", "um ", ""]), (spoken, "PHONE"))
    c.a("thank you so that's ", (Speaker(R, pair_p=0, zero="zero").digits(d, None), "PHONE"))


def pos_phone_correction(c):
    t1, d1 = make_phone()
    d2 = d1[:-3] + rand_digits(3)
    sp = Speaker(R)
    c.note = "ASR: phone number corrected mid-call (both readings labelled)"
    c.c("my number's ", (sp.digits(d1, None), "PHONE"), " no sorry that's my old one it's ",
        (sp.digits(d2, None), "PHONE"))
    c.a("ok updated")


def pos_sms_phone(c):
    t, d = make_phone()
    c.note = "SMS: phone number in a callback request, split over lines"
    if " " in t and R.random() < 0.5:
        k = t.index(" ")
        t = t[:k] + "\n" + t[k + 1:]
    c.c(R.choice(["pls call me back on\n", "Call me on ", "new no. is "]), (t, "PHONE"),
        R.choice(["", " after 5pm", " ta", "\n- Sent from Outlook"]))
    c.a("Thanks, an engineer will call you back today between 2pm and 4pm.")


def pos_email_asr(c):
    f, l = name()
    em = make_email(f, l)
    sp = Speaker(R)
    spk = spoken_email(em, sp)
    c.note = "ASR: email address spoken with dot/at, letters spelled; agent read-back"
    c.a("and an email address for the confirmation")
    if R.random() < 0.5 and " at " in spk:
        a, b = spk.split(" at ", 1)
        c.c(R.choice(["yeah it's ", "", "um it's "]), (a, "EMAIL"))
        c.a(ack())
        c.c((("at " + b), "EMAIL"))
    else:
        c.c(R.choice(["yeah it's ", "", "it's "]), (spk, "EMAIL"))
    c.a("so that's ", (em.replace(".", " dot ").replace("@", " at ").replace("_", " underscore "), "EMAIL"))


def pos_email_signature(c):
    f, l = name()
    em = make_email(f, l)
    ph_t, _ = make_phone()
    addr = make_address()
    pc = make_postcode_uk()
    c.note = "e-mail complaint with signature block: email, phone, address, postcode; quoted header"
    c.c("Hi team,\n\nMy broadband has dropped out 6 times since Tuesday. Ticket ref CS-20931.\n\nThanks,\n"
        "%s %s\n" % (cap(f), cap(l)), (addr, "ADDRESS"), ", %s " % R.choice(TOWNS), (pc, "POSTCODE"),
        "\nM: ", (ph_t, "PHONE"), "\nE: ", (em, "EMAIL"))
    c.a("Hi %s,\n\nSorry to hear that. We have booked an engineer for Thursday.\n\n"
        "On Mon, %s <" % (cap(f), cap(f) + " " + cap(l)), (em, "EMAIL"), "> wrote:\n> My broadband has dropped out 6 times since Tuesday.")


def pos_address_asr(c):
    addr = make_address()
    pc = make_postcode_uk()
    sp = Speaker(R)
    spc = sp.letters(pc.replace(" ", ""), nato_p=0.3)
    c.note = "UK %s ASR: address and postcode spoken, postcode over two turns" % R.choice(["utilities", "telecom", "insurance"])
    c.a("can you confirm the first line of the address")
    c.c(R.choice(["yeah it's ", "", "it's um "]), (spoken_address(addr), "ADDRESS"), " in %s" % R.choice(TOWNS).lower())
    c.a("and the postcode")
    if R.random() < 0.5:
        half = pc.split(" ")
        c.c((sp.letters(half[0], nato_p=0.3), "POSTCODE"))
        c.a(ack())
        c.c((sp.letters(half[1], nato_p=0.3), "POSTCODE"))
    else:
        c.c((spc, "POSTCODE"))


def pos_us_address(c):
    addr = make_address(us=True)
    town, st = R.choice(US_TOWNS)
    zp = make_zip()
    t, d = make_phone()
    c.note = "US retail chat: shipping address with ZIP and phone"
    c.c("ship to ", (addr, "ADDRESS"), R.choice([", ", " "]) + "%s %s " % (town, st), (zp, "POSTCODE"),
        R.choice([" ph ", "\nphone: ", " / "]), (t, "PHONE"))
    c.a("Thanks! Order 1182 will ship in 2-3 business days.")


def pos_dob_asr(c):
    d, m, y = make_dob()
    c.note = "ASR %s: DOB spoken in words with hesitation before" % R.choice(["healthcare billing", "bank", "insurance"])
    c.a("can i just take your date of birth")
    c.c(R.choice(["um yeah it's ", "it's ", "yeah ", ""]), (spoken_dob(d, m, y), "DOB"))
    c.a("thank you")


def pos_dob_chat(c):
    d, m, y = make_dob()
    c.note = "typed chat: DOB with label"
    c.c(R.choice(["dob ", "D.O.B: ", "born ", "date of birth is "]), (typed_dob(d, m, y), "DOB"))
    c.a("Thanks, you're verified.")


def pos_expiry_cvv_asr(c):
    m, y = make_expiry()
    cvv = rand_digits(3)
    sp = Speaker(R)
    c.note = "ASR: expiry and CVV after the card was taken by IVR"
    c.a("and the expiry date please")
    c.c(R.choice(["", "it's ", "er "]), (spoken_expiry(m, y), "EXPIRY"))
    c.a("and the last three digits on the back")
    c.c(R.choice(["", "it's ", "uh "]), (sp.digits(cvv, [3]), "CVV"))


def pos_mixed_sms(c):
    ni = make_ni()
    d, m, y = make_dob()
    pc = make_postcode_uk()
    c.note = "SMS verification: DOB, NI and postcode in one text with odd separators"
    c.c(R.choice(["", "Hi "]), (typed_dob(d, m, y), "DOB"), R.choice([" // ", " ; ", " | ", "\n"]), (ni, "NI_NUMBER"),
        R.choice([" // ", " ; ", " | ", "\n"]), (pc.lower() if R.random() < .4 else pc, "POSTCODE"))
    c.a("Thanks, your identity has been verified.")


POS_TEMPLATES = [
    (pos_chat_card, 20), (pos_sms_card_split, 10), (pos_asr_card, 14), (pos_asr_card_aside, 8),
    (pos_readback_card_chunks, 6), (pos_chat_card_correction, 6), (pos_email_quoted_card, 7),
    (pos_email_form, 10), (pos_ssn_chat, 10), (pos_ssn_asr, 8), (pos_ssn_form, 6), (pos_ssn_masked_then_full, 5),
    (pos_ni_asr, 9), (pos_ni_chat, 9), (pos_ni_correction, 4), (pos_bank_chat, 8), (pos_bank_asr, 6),
    (pos_iban_email, 7), (pos_iban_chat, 5), (pos_phone_asr, 7), (pos_phone_correction, 4), (pos_sms_phone, 6),
    (pos_email_asr, 7), (pos_email_signature, 6), (pos_address_asr, 6), (pos_us_address, 5), (pos_dob_asr, 5),
    (pos_dob_chat, 4), (pos_expiry_cvv_asr, 5), (pos_mixed_sms, 4),
]


# --------------------------------------------------------- negative templates
def neg_order_number_like_card(c):
    n = make_card()
    lab = R.choice(["order number", "tracking number", "reference", "claim number", "serial number", "invoice no."])
    c.note = "negative: Luhn-valid 16-digit string labelled as %s" % lab
    c.c("my %s is %s" % (lab, group(n, card_groups(n), R.choice([" ", "-", ""]))))
    c.a("Thanks, I can see that %s, it was dispatched on the 3rd." % lab.split()[0])


def neg_spoken_reference(c):
    ref = rand_digits(R.choice([12, 16, 9]))
    sp = Speaker(R, filler_p=0.2)
    lab = R.choice(["policy number", "claim reference", "meter serial", "account reference on the bill", "booking reference"])
    c.note = "negative ASR: %s read like a card reading, with back-channels" % lab
    c.a("have you got your %s there" % lab)
    c.c("yeah the %s is %s" % (lab, sp.digits(ref[:len(ref) // 2])))
    c.a(ack())
    c.c(sp.digits(ref[len(ref) // 2:]))


def neg_amounts(c):
    c.note = "negative: balances, amounts, percentages and payment dates"
    c.a("Your current balance is £%d.%02d and the minimum payment of £%d.%02d is due on the %s of %s." % (
        R.randint(100, 9999), R.randint(0, 99), R.randint(5, 99), R.randint(0, 99), ORD[R.randint(1, 28)],
        MONTHS[R.randint(0, 11)].capitalize()))
    c.c("and whats the interest rate? is it still %d.%d%% APR" % (R.randint(9, 39), R.randint(0, 9)))
    c.a("Yes, %d.%d%% variable, and %d payments remaining." % (R.randint(9, 39), R.randint(0, 9), R.randint(2, 48)))


def neg_last_four(c):
    l4 = rand_digits(4)
    c.note = "negative: card last-four mentions and masked card only"
    c.c(R.choice(["the payment came off my card ending %s", "which card? the one ending in %s",
                  "it's the visa, last four %s"]) % l4)
    c.a("I can see a payment of $%d.%02d on **** **** **** %s on %s %d." % (
        R.randint(5, 900), R.randint(0, 99), l4, MONTHS[R.randint(0, 11)].capitalize(), R.randint(1, 28)))


def neg_asr_last_four(c):
    l4 = rand_digits(4)
    sp = Speaker(R)
    c.note = "negative ASR: last four of card spoken on its own"
    c.a("which card would you like to use")
    c.c("the one ending %s" % sp.digits(l4, [4]))
    c.a("the one ending %s lovely that's gone through" % Speaker(R, pair_p=0).digits(l4, [4]))


def neg_travel(c):
    c.note = "negative travel: flight, gate, seat, room numbers, times, booking ref"
    c.c("Flight %s%d leaves gate %d%s at %02d:%02d, I'm in seat %d%s" % (
        R.choice(["BA", "EI", "FR", "LH", "AA"]), R.randint(100, 9999), R.randint(1, 60), R.choice(["", "A", "B"]),
        R.randint(5, 22), R.choice([0, 15, 30, 45, 5]), R.randint(1, 40), R.choice("ABCDEF")))
    c.a("Thanks. Your hotel room %d is booked for %d nights, check-in from 3pm. Booking ref %s." % (
        R.randint(101, 1420), R.randint(1, 14), "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))))


def neg_meter(c):
    sp = Speaker(R)
    rd = rand_digits(5)
    c.note = "negative utilities: meter reading, MPRN-like long number with label, opening hours"
    if R.random() < 0.5:
        c.c("meter reading is %s" % sp.digits(rd, [5]))
        c.a("thanks and that's the reading for the %s meter taken today at %d pm" % (R.choice(["gas", "electric"]), R.randint(1, 8)))
    else:
        c.c("Meter reading: %s\nMPRN: %s\nMeter serial: %s" % (rd, rand_digits(11), "E" + rand_digits(2) + "Z" + rand_digits(6)))
        c.a("Thanks, our lines are open 8am to 8pm Monday to Friday and 9 till 1 on Saturdays.")


def neg_telecom(c):
    c.note = "negative telecom: data usage, contract dates, IMEI-like serial with label, ticket no."
    c.c("ticket no %s - my phone IMEI %s keeps dropping calls" % ("INC" + rand_digits(7), rand_digits(15)))
    c.a("Sorry about that. You've used %d.%d GB of %d GB, and your contract ends on %02d/%02d/20%d." % (
        R.randint(1, 40), R.randint(0, 9), R.choice([50, 100, 30]), R.randint(1, 28), R.randint(1, 12), R.randint(25, 28)))


def neg_health(c):
    c.note = "negative healthcare: ages, temperatures, durations, claim and invoice numbers"
    c.c("my son is %d and had a temperature of %d.%d degrees for %d days" % (
        R.randint(2, 16), R.randint(37, 40), R.randint(0, 9), R.randint(2, 9)))
    c.a("Thanks. Invoice %s for $%d.%02d is under claim #%s, appointment on %s %d at %d:%02d." % (
        "INV-" + rand_digits(8), R.randint(40, 2000), R.randint(0, 99), rand_digits(10),
        MONTHS[R.randint(0, 11)].capitalize(), R.randint(1, 28), R.randint(8, 17), R.choice([0, 15, 30, 45])))


def neg_roads_years(c):
    c.note = "negative insurance: road names, years, model number, vehicle details"
    c.c("The accident was on the %s near %s Road in %d, the car is a %d %s model %s" % (
        R.choice(["A40", "M25", "N7", "I-95", "Route 66", "B1234"]), R.choice(["Elm", "Station", "Mill"]),
        R.randint(2015, 2025), R.randint(2010, 2024), R.choice(["Ford Focus", "VW Golf", "Honda Civic"]),
        R.choice(["XR-2200", "TDI 150", "1.6L"])))
    c.a("Thanks. Policy number %s, excess is £%d, and the claim is %d%% complete." % (
        "POL" + rand_digits(9), R.choice([100, 250, 500]), R.randint(5, 95)))


def neg_asr_amounts(c):
    c.note = "negative ASR: amounts and times spoken like digit strings"
    c.c("i paid %s pounds %s on the %s" % (
        "four hundred and %s" % two_digit_words(R.randint(11, 19)), two_digit_words(R.randint(21, 99)) if True else "",
        ORD[R.randint(1, 28)]))
    c.a("yeah i can see that payment at %s %s this morning and you've got %s days to go" % (
        UNITS[R.randint(1, 9)], two_digit_words(R.randint(11, 59)), two_digit_words(R.randint(11, 29))))


def neg_email_no_pii(c):
    c.note = "negative e-mail: quoted reply with order number, tracking, counts, company footer without personal data"
    on = rand_digits(10)
    c.c("Hi,\nWhere is order #%s? Tracking %s shows no movement for %d days.\nThanks" % (
        on, "1Z" + "".join(R.choice("0123456789ABCDEFGHJK") for _ in range(16)), R.randint(2, 12)))
    c.a("Hello,\nYour %d items left our depot at %02d:%02d. Expected in 48 hours.\n\n> Where is order #%s?\n\n"
        "--\nCustomer Care | Registered in England No. %s | VAT %s" % (
            R.randint(1, 9), R.randint(6, 20), R.randint(0, 59), on, rand_digits(8), "GB " + rand_digits(9)))


def neg_sms_codes(c):
    c.note = "negative SMS: delivery slot, amount due, reference and short link"
    c.a("Your parcel %s will arrive between %d:00 and %d:00 on %s. Amount due: €%d.%02d. Ref %s" % (
        rand_digits(14), R.randint(7, 12), R.randint(13, 18), R.choice(["Mon", "Tue", "Wed", "Thu", "Fri"]),
        R.randint(5, 300), R.randint(0, 99), rand_digits(8)))
    c.c(R.choice(["ok thx", "can u leave it with no %d" % R.randint(2, 90), "Y"]))


NEG_TEMPLATES = [
    (neg_order_number_like_card, 14), (neg_spoken_reference, 12), (neg_amounts, 8), (neg_last_four, 10),
    (neg_asr_last_four, 8), (neg_travel, 8), (neg_meter, 8), (neg_telecom, 7), (neg_health, 7),
    (neg_roads_years, 7), (neg_asr_amounts, 6), (neg_email_no_pii, 6), (neg_sms_codes, 6),
]


def build():
    cases = []
    pos_list = [fn for fn, n in POS_TEMPLATES for _ in range(n)]
    neg_list = [fn for fn, n in NEG_TEMPLATES for _ in range(n)]
    R.shuffle(pos_list)
    R.shuffle(neg_list)
    for i, fn in enumerate(pos_list, 1):
        c = Case("positive", "")
        fn(c)
        cases.append({"id": "h389-pos-%03d" % i, "kind": "positive", "turns": c.turns, "spans": c.spans, "note": c.note})
    for i, fn in enumerate(neg_list, 1):
        c = Case("negative", "")
        fn(c)
        assert not c.spans
        cases.append({"id": "h389-neg-%03d" % i, "kind": "negative", "turns": c.turns, "spans": [], "note": c.note})
    return cases


def serialise(cases):
    return "".join(json.dumps(c, ensure_ascii=False, sort_keys=False) + "\n" for c in cases)


# ----------------------------------------------------------------- checking
def groups_valid(typ, raws, last4s, found=None):
    """Can the ordered list of span texts be partitioned into contiguous valid values?"""
    n = len(raws)
    ok = [False] * (n + 1)
    ok[0] = True
    if found is None:
        found = set()
    for j in range(1, n + 1):
        for i in range(j):
            if not ok[i]:
                continue
            if typ in ("ADDRESS", "DOB", "EXPIRY"):
                if j - i != 1:
                    continue
                good = value_ok(typ, None, raws[i])
            else:
                if typ == "EMAIL":
                    norm = "".join(normalise_email(r) for r in raws[i:j])
                else:
                    norm = "".join(normalise(typ, r) for r in raws[i:j])
                good = value_ok(typ, norm, " ".join(raws[i:j]))
                if not good and typ == "CARD_NUMBER" and norm in last4s:
                    good = True
            if good:
                ok[j] = True
                if typ == "CARD_NUMBER" and len(norm) >= 13:
                    found.add(norm[-4:])
                break
    return ok[n]


def check(cases):
    errs = []
    ids = set()
    counts = {t: 0 for t in TYPES}
    for c in cases:
        if c["id"] in ids:
            errs.append("dup id " + c["id"])
        ids.add(c["id"])
        if c["kind"] == "negative" and c["spans"]:
            errs.append(c["id"] + " negative has spans")
        if c["kind"] == "positive" and not c["spans"]:
            errs.append(c["id"] + " positive without spans")
        for t in c["turns"]:
            if t["speaker"] not in ("customer", "agent"):
                errs.append(c["id"] + " bad speaker")
        prev = {}
        for s in sorted(c["spans"], key=lambda s: (s["turn"], s["start"])):
            if not (0 <= s["turn"] < len(c["turns"])):
                errs.append(c["id"] + " bad turn")
                continue
            text = c["turns"][s["turn"]]["text"]
            a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(text)):
                errs.append(c["id"] + " offsets out of range")
                continue
            v = text[a:b]
            first_ok = v[0].isalnum() or (s["type"] == "PHONE" and v[0] in "+(")
            if not (first_ok and v[-1].isalnum()):
                errs.append("%s span not trimmed: %r" % (c["id"], v))
            if (a > 0 and (text[a - 1].isalnum() or text[a - 1] in "+(")) or (b < len(text) and text[b].isalnum()):
                errs.append("%s span not on word boundary: %r" % (c["id"], v))
            if s["turn"] in prev and prev[s["turn"]] > a:
                errs.append(c["id"] + " overlapping spans")
            prev[s["turn"]] = b
            counts[s["type"]] += 1
        # value validation, grouped by type and speaker
        last4s = set()
        for s in c["spans"]:
            if s["type"] == "CARD_NUMBER":
                n = normalise("CARD_NUMBER", c["turns"][s["turn"]]["text"][s["start"]:s["end"]])
                if value_ok("CARD_NUMBER", n, ""):
                    last4s.add(n[-4:])
        for typ in TYPES:
            for spk in ("customer", "agent"):
                raws = [c["turns"][s["turn"]]["text"][s["start"]:s["end"]]
                        for s in sorted(c["spans"], key=lambda s: (s["turn"], s["start"]))
                        if s["type"] == typ and c["turns"][s["turn"]]["speaker"] == spk]
                if raws and not groups_valid(typ, raws, last4s, last4s):
                    errs.append("%s invalid %s values %r" % (c["id"], typ, raws))
    npos = sum(c["kind"] == "positive" for c in cases)
    nneg = sum(c["kind"] == "negative" for c in cases)
    if npos < 200 or nneg < 100:
        errs.append("too few cases %d/%d" % (npos, nneg))
    mins = {t: 10 for t in TYPES}
    mins.update({"CARD_NUMBER": 70, "SSN": 30, "NI_NUMBER": 30})
    for t, mn in mins.items():
        if counts[t] < mn:
            errs.append("too few %s spans: %d" % (t, counts[t]))
    return errs, counts, npos, nneg


def main():
    cases = build()
    data = serialise(cases)
    if "--check" in sys.argv:
        errs = []
        with open(OUT, encoding="utf-8") as fh:
            if fh.read() != data:
                errs.append("cases.jsonl is not byte-identical to regenerated output")
        with open(OUT, encoding="utf-8") as fh:
            loaded = [json.loads(line) for line in fh]
        e2, counts, npos, nneg = check(loaded)
        errs += e2
        print("positive=%d negative=%d" % (npos, nneg))
        for t in TYPES:
            print("  %-13s %d" % (t, counts[t]))
        if errs:
            for e in errs[:60]:
                print("ERROR", e)
            print("%d errors" % len(errs))
            sys.exit(1)
        print("check OK")
        return
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(data)
    print("wrote %d cases to %s" % (len(cases), OUT))


if __name__ == "__main__":
    main()

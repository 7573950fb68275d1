#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set h221.

Written by an independent AI helper that did not see the redaction code.
Emphasis: UK and Irish contact centres (NI numbers, sort codes, account
numbers, UK/IE phones, postcodes/Eircodes, UK street addresses, card
payments by phone) plus tricky UK non-PII reference numbers.

Usage:
    python scripts/make_pii_holdout221.py          # write fixture + README
    python scripts/make_pii_holdout221.py --check  # regenerate and verify
"""
import json
import os
import random
import re
import sys
from collections import Counter

SEED = 221241126
PREFIX = "h221"
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout221")
CASES = os.path.join(OUT_DIR, "cases.jsonl")
README = os.path.join(OUT_DIR, "README.md")

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

R = random.Random(SEED)

# ---------------------------------------------------------------- words
DIG = ["zero", "one", "two", "three", "four", "five", "six", "seven",
       "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
         "sixteen", "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
        "eighty", "ninety"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july",
          "august", "september", "october", "november", "december"]
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh",
       "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth",
       "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth",
       "nineteenth", "twentieth"]
PHON = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo",
        "f": "foxtrot", "g": "golf", "h": "hotel", "i": "india",
        "j": "juliet", "k": "kilo", "o": "oscar",
        "l": "lima", "m": "mike", "n": "november", "p": "papa", "q": "quebec",
        "r": "romeo", "s": "sierra", "t": "tango", "u": "uniform",
        "v": "victor", "w": "whiskey", "x": "x-ray", "y": "yankee", "z": "zulu"}
FOLK = {"a": "apple", "b": "bertie", "c": "charlie", "d": "david", "e": "edward",
        "h": "harry", "j": "john", "k": "king", "l": "london", "m": "mother",
        "n": "nellie", "p": "peter", "r": "robert", "s": "sugar", "t": "tommy",
        "w": "william", "y": "yellow", "z": "zebra", "g": "george",
        "x": "xmas", "f": "freddie", "q": "queen", "u": "uncle", "v": "victor"}
HOMO = {"b": "bee", "c": "see", "j": "jay", "k": "kay", "p": "pee", "t": "tee",
        "r": "are", "y": "why", "z": "zed", "h": "aitch", "s": "ess",
        "g": "gee", "l": "el", "m": "em", "n": "en", "x": "ex", "w": "double you",
        "e": "e", "a": "a", "d": "dee"}
FILLERS = {"um", "uh", "er", "erm", "ah", "sorry", "so", "and", "like",
           "the", "of", "plus", "its", "it's", "hmm", "dash", "slash"}


def zero_word(uk=True):
    return R.choice(["oh", "oh", "zero", "o", "nought"] if uk
                    else ["oh", "zero", "o"])


def say_digit(d, z):
    return z if d == "0" else DIG[int(d)]


def say_pair(p, z):
    a, b = p[0], p[1]
    if a == "0":
        return z + " " + say_digit(b, z)
    if a == "1":
        return TEENS[int(b)]
    if b == "0":
        return TENS[int(a)]
    return TENS[int(a)] + " " + DIG[int(b)]


def say_digits(s, style="single", z=None, filler_p=0.0):
    """Spell a digit string the way an ASR transcript would write it."""
    z = z or zero_word()
    out = []
    if style == "pairs":
        i = 0
        if len(s) % 2:
            out.append(say_digit(s[0], z))
            i = 1
        while i < len(s):
            out.append(say_pair(s[i:i + 2], z))
            i += 2
    elif style == "doubles":
        i = 0
        while i < len(s):
            d = s[i]
            n = 1
            while i + n < len(s) and s[i + n] == d and n < 3:
                n += 1
            if n == 3:
                out.append("triple " + say_digit(d, z))
            elif n == 2:
                out.append("double " + say_digit(d, z))
            else:
                out.append(say_digit(d, z))
            i += n
    else:
        out = [say_digit(d, z) for d in s]
    if filler_p:
        res = []
        for k, w in enumerate(out):
            res.append(w)
            if 0 < k < len(out) - 1 and R.random() < filler_p:
                res.append(R.choice(["um", "uh", "er", "erm"]))
        out = res
    return " ".join(out)


def say_groups(s, sizes, style="single", z=None, sep=" "):
    z = z or zero_word()
    parts, i = [], 0
    for n in sizes:
        parts.append(say_digits(s[i:i + n], style, z))
        i += n
    if i < len(s):
        parts.append(say_digits(s[i:], style, z))
    return sep.join(parts)


def say_letter(c, mode):
    c = c.lower()
    if mode == "phon":
        return c + " for " + PHON[c]
    if mode == "folk":
        return c + " for " + FOLK[c]
    if mode == "asin":
        return c + " as in " + PHON[c]
    if mode == "homo":
        return HOMO.get(c, c)
    return c


def group(s, sizes, sep=" "):
    parts, i = [], 0
    for n in sizes:
        parts.append(s[i:i + n])
        i += n
    if i < len(s):
        parts.append(s[i:])
    return sep.join(p for p in parts if p)


# ---------------------------------------------------------------- values
def luhn_digit(body):
    tot = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def luhn_ok(s):
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def rdig(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def card(kind=None):
    kind = kind or R.choice(["visa", "visa", "mc", "mc", "amex", "disc",
                             "visa19", "maestro"])
    if kind == "visa":
        body = "4" + rdig(14)
    elif kind == "visa19":
        body = "4" + rdig(17)
    elif kind == "mc":
        body = R.choice(["51", "52", "53", "54", "55"]) + rdig(13)
    elif kind == "amex":
        body = R.choice(["34", "37"]) + rdig(12)
    elif kind == "disc":
        body = "6011" + rdig(11)
    else:  # maestro 13..19 -> use 18
        body = R.choice(["6759", "6761", "5018"]) + rdig(13)
    # make some doubles for spoken forms
    if R.random() < 0.4:
        i = R.randrange(6, len(body) - 2)
        body = body[:i] + body[i] * 2 + body[i + 2:]
    return body + luhn_digit(body)


def card_sizes(n):
    return {15: [4, 6, 5], 16: [4, 4, 4, 4], 19: [4, 4, 4, 4, 3],
            18: [4, 4, 4, 6], 13: [4, 4, 5]}.get(n, [4, 4, 4, 4])


def cvv(n=3):
    return rdig(n)


def expiry():
    return "%02d" % R.randint(1, 12), "%02d" % R.randint(27, 32)


NI_FIRST = "ABCEGHJKLMNPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"
NI_BAD = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ", "OO", "CR", "FY", "MW",
          "NC", "PP", "PY", "PZ", "XX"}


def ni():
    while True:
        p = R.choice(NI_FIRST) + R.choice(NI_SECOND)
        if p not in NI_BAD:
            break
    return p + rdig(6) + R.choice("ABCD")


def ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


def sort_code(ie=False):
    if ie:
        return R.choice(["90", "93", "98", "99", "95"]) + rdig(4)
    return R.choice(["20", "30", "40", "60", "77", "80", "83", "09", "11",
                     "16", "56"]) + rdig(4)


def account(n=8):
    return str(R.randint(1, 9)) + rdig(n - 1)


def iban_check(cc, bban):
    s = bban + cc + "00"
    num = "".join(str(int(ch, 36)) for ch in s)
    return "%02d" % (98 - int(num) % 97)


def iban_ok(s):
    s = s.upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    t = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in t)) % 97 == 1


def iban(cc=None):
    cc = cc or R.choice(["GB", "GB", "IE", "IE", "DE", "NL", "ES", "FR"])
    if cc == "GB":
        bban = R.choice(["NWBK", "BARC", "LOYD", "MIDL", "HBUK", "WEST"]) + \
            sort_code() + account()
    elif cc == "IE":
        bban = R.choice(["AIBK", "BOFI", "IPBS", "ULSB"]) + sort_code(True) + \
            account()
    elif cc == "DE":
        bban = rdig(18)
    elif cc == "NL":
        bban = R.choice(["ABNA", "INGB", "RABO"]) + rdig(10)
    elif cc == "ES":
        bban = rdig(20)
    else:
        bban = rdig(23)
    return cc + iban_check(cc, bban) + bban


def phone(kind=None):
    kind = kind or R.choice(["ukmob", "ukmob", "uklon", "ukgeo", "iemob",
                             "iemob", "iedub", "us"])
    if kind == "ukmob":
        return "07" + R.choice("1234589") + rdig(8)
    if kind == "uklon":
        return "020" + R.choice("378") + rdig(7)
    if kind == "ukgeo":
        return R.choice(["0161", "0113", "0121", "0131", "0141", "0117",
                         "0191", "0114", "0151"]) + rdig(7)
    if kind == "iemob":
        return "08" + R.choice("35679") + rdig(7)
    if kind == "iedub":
        return "01" + R.choice("2345689") + rdig(6)
    return str(R.randint(2, 9)) + rdig(2) + str(R.randint(2, 9)) + rdig(6)


FIRST = ["sarah", "james", "aoife", "ciaran", "priya", "tom", "niamh",
         "david", "fiona", "gareth", "megan", "liam", "chloe", "sean",
         "emma", "rhys", "olivia", "declan", "hannah", "kieran", "grace"]
LAST = ["murphy", "jones", "kelly", "patel", "smith", "walsh", "byrne",
        "evans", "o'brien", "taylor", "hughes", "doyle", "khan", "wilson",
        "reilly", "davies", "brennan", "clarke", "lynch", "morgan"]
DOMAINS = ["gmail.com", "hotmail.co.uk", "yahoo.ie", "outlook.com",
           "btinternet.com", "eircom.net", "icloud.com", "sky.com",
           "live.ie", "protonmail.com"]


def email():
    f = R.choice(FIRST)
    l = R.choice(LAST).replace("'", "")
    style = R.randrange(5)
    if style == 0:
        local = f + "." + l
    elif style == 1:
        local = f[0] + l + str(R.randint(1, 99))
    elif style == 2:
        local = f + "_" + l[:3]
    elif style == 3:
        local = l + f[0]
    else:
        local = f + "-" + l + str(R.randint(70, 99))
    return local, R.choice(DOMAINS)


def say_email(local, domain):
    def sw(x):
        x = x.replace(".", " dot ").replace("_", " underscore ").replace(
            "-", R.choice([" dash ", " hyphen "]))
        out = []
        for tok in x.split():
            if tok.isdigit():
                out.append(say_digits(tok, "pairs" if len(tok) == 2 and
                                      R.random() < .6 else "single", "oh"))
            else:
                out.append(tok)
        return " ".join(out)
    return sw(local) + " at " + sw(domain)


UK_AREAS = ["M", "B", "L", "G", "E", "N", "S", "LS", "SW", "SE", "NW",
            "EH", "CF", "BT", "BS", "NE", "CB", "BN", "RG", "GL", "KT", "PR",
            "WA", "CH", "DE", "NG", "LE", "SA", "TR", "YO", "HU", "DN"]
INWARD = "ABDEFGHJLNPQRSTUWXYZ"


def uk_postcode():
    a = R.choice(UK_AREAS)
    out = a + str(R.randint(1, 20 if len(a) == 2 else 9))
    if len(a) == 1 and R.random() < 0.15:
        out = a + str(R.randint(1, 9)) + R.choice("ABEHJKPSTUW")
    return out + " " + str(R.randint(1, 9)) + R.choice(INWARD) + \
        R.choice(INWARD)


EIR_KEYS = ["D02", "D04", "D06", "D6W", "D08", "D12", "D15", "D24", "T12",
            "T23", "H91", "V94", "A94", "K78", "W23", "F92", "P31", "R95",
            "X91", "Y35", "N91", "E91"]
EIR_CH = "0123456789ACDEFHKNPRTVWXY"


def eircode():
    return R.choice(EIR_KEYS) + " " + "".join(R.choice(EIR_CH)
                                              for _ in range(4))


def zipcode():
    return "%05d" % R.randint(1001, 99950)


STREETS = ["Acacia", "Station", "Church", "Victoria", "Mill", "Park",
           "Kings", "Queens", "Elm", "Manor", "Meadow", "Castle", "Oak",
           "Willow", "Chapel", "Grange", "Orchard", "Highfield", "Beech",
           "Windsor", "Clarence", "Albert", "Harbour", "Abbey", "Riverside"]
SUFFIX = ["Road", "Street", "Avenue", "Lane", "Close", "Drive", "Crescent",
          "Way", "Terrace", "Gardens", "Place", "Grove", "Court", "Walk"]
US_STREETS = ["Maple", "Oak Ridge", "Lincoln", "Sunset", "Pine", "Cedar",
              "Washington", "Lakeview", "Hillcrest", "Jefferson"]
US_SUFFIX = ["Street", "Avenue", "Drive", "Boulevard", "Road", "Lane",
             "Court", "Parkway"]
STREET_WORDS = {s.lower() for s in SUFFIX + US_SUFFIX} | {"st", "rd", "ave",
                                                           "dr", "ln", "blvd",
                                                           "park"}


def uk_street():
    return R.choice(STREETS) + " " + R.choice(SUFFIX)


def say_number(n):
    """Number as words for house numbers (1..999)."""
    if n < 10:
        return DIG[n]
    if n < 20:
        return TEENS[n - 10]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else " " + DIG[n % 10])
    h, r = divmod(n, 100)
    return DIG[h] + " hundred" + ("" if r == 0 else " and " + say_number(r))


def say_year(y):
    if 2000 <= y < 2010:
        return "two thousand and " + DIG[y - 2000] if y > 2000 else \
            "two thousand"
    return say_pair(str(y)[:2], "oh") + " " + say_pair(str(y)[2:], "oh")


def say_ordinal(d):
    if d <= 20:
        return ORD[d]
    if d == 30:
        return "thirtieth"
    t, u = divmod(d, 10)
    return TENS[t] + " " + ORD[u]


def dob():
    return R.randint(1, 28), R.randint(1, 12), R.randint(1942, 2004)


# ---------------------------------------------------------------- normalise
LETTER_WORDS = {}
for _k, _v in HOMO.items():
    LETTER_WORDS[_v] = _k
LETTER_WORDS.pop("e", None)
LETTER_WORDS.pop("a", None)
PHON_WORDS = set(PHON.values()) | set(FOLK.values())
ORD_MAP = {w: i for i, w in enumerate(ORD) if w}
ORD_MAP["thirtieth"] = 30


def normalise_spoken(text):
    """Spoken form -> (string of digits/letters, months list, problems)."""
    t = text.lower()
    t = re.sub(r"[,.\-/()+:]", " ", t)
    t = t.replace("x ray", "x-ray")
    toks = t.split()
    out, months, bad = [], [], []
    i = 0
    while i < len(toks):
        w = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if w == "double" and nxt == "you":
            out.append("w")
            i += 2
            continue
        if w in ("double", "triple") and nxt is not None:
            k = 2 if w == "double" else 3
            sub, _, b = normalise_spoken(nxt)
            if b or not sub:
                bad.append(w + " " + nxt)
            out.append(sub * k)
            i += 2
            continue
        if w == "no" and nxt == "sorry":
            # self-correction: the token before "no sorry" is withdrawn
            if out:
                out.pop()
            i += 2
            continue
        if w in FILLERS:
            i += 1
            continue
        if w == "o" and nxt in ("for", "as"):
            out.append("o")
            i += 2 if nxt == "for" else 3
        elif w in ("oh", "o", "zero", "nought", "nil"):
            out.append("0")
        elif w in DIG:
            out.append(str(DIG.index(w)))
        elif w in TEENS:
            out.append(str(10 + TEENS.index(w)))
        elif w in TENS and w:
            if nxt in DIG[1:]:
                out.append(str(TENS.index(w)) + str(DIG.index(nxt)))
                i += 1
            elif nxt in ORD[1:10]:
                out.append(str(TENS.index(w)) + str(ORD.index(nxt)))
                i += 1
            else:
                out.append(str(TENS.index(w)) + "0")
        elif w in ORD_MAP:
            out.append(str(ORD_MAP[w]))
        elif w in MONTHS:
            months.append(MONTHS.index(w) + 1)
        elif w in ("hundred", "thousand"):
            out.append("|")
        elif w.isdigit():
            out.append(w)
        elif re.fullmatch(r"\d+(st|nd|rd|th)", w):
            out.append(re.sub(r"\D", "", w))
        elif len(w) == 1 and w.isalpha():
            out.append(w)
            if nxt == "for" and i + 2 < len(toks):
                i += 2
            elif nxt == "as" and i + 3 < len(toks) and toks[i + 2] == "in":
                i += 3
        elif w in LETTER_WORDS:
            out.append(LETTER_WORDS[w])
            if nxt == "for" and i + 2 < len(toks):
                i += 2
        elif re.fullmatch(r"[a-z0-9]+", w) and any(c.isdigit() for c in w):
            out.append(w)
        elif re.fullmatch(r"[a-z]{2}", w):
            out.append(w)
        else:
            bad.append(w)
        i += 1
    return "".join(out).upper(), months, bad


def normalise(text, mode, typ=None):
    if mode == "chat" and typ not in ("DOB", "EXPIRY"):
        return re.sub(r"[^0-9a-z]", "", text.lower()).upper(), [], []
    if mode == "chat":
        t = text.lower()
        months = [i + 1 for i, m in enumerate(MONTHS)
                  if re.search(r"\b" + m[:3], t)]
        t2 = t
        for m in MONTHS:
            t2 = re.sub(m + "|" + m[:3], " ", t2)
        t2 = re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", t2)
        return re.sub(r"[^0-9a-z]", "", t2).upper(), months, []
    return normalise_spoken(text)


POST_UK = re.compile(r"[A-Z]{1,2}\d[A-Z\d]?\d[ABD-HJLNP-UW-Z]{2}")
EIR = re.compile(r"([AC-FHKNPRTV-Y]\d{2}|D6W)[0-9AC-FHKNPRTV-Y]{4}")
NI_RE = re.compile(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]")


def validate(typ, text, mode):
    """Return a problem string or None."""
    if typ == "ADDRESS":
        toks = re.findall(r"[a-z]+|\d+", text.lower())
        if not (set(toks) & STREET_WORDS):
            return "no street word"
        nums = set(DIG + TEENS + TENS) - {""}
        if not any(t.isdigit() or t in nums for t in toks):
            return "no house number"
        return None
    if typ == "EMAIL":
        t = text.lower()
        if mode != "chat":
            t = re.sub(r"\bdot\b", ".", t)
            t = re.sub(r"\bat\b", "@", t)
            t = re.sub(r"\bunderscore\b", "_", t)
            t = re.sub(r"\b(dash|hyphen)\b", "-", t)
            t = t.replace(" ", "")
        if not re.fullmatch(r"[a-z0-9._-]+@[a-z0-9-]+(\.[a-z]{2,})+", t):
            return "bad email " + t
        return None
    s, months, bad = normalise(text, mode, typ)
    if bad:
        return "unparsed tokens %r" % bad
    if typ == "CARD_NUMBER":
        if not (s.isdigit() and 13 <= len(s) <= 19 and luhn_ok(s)):
            return "bad card " + s
    elif typ == "CVV":
        if not (s.isdigit() and len(s) in (3, 4)):
            return "bad cvv " + s
    elif typ == "EXPIRY":
        if months:
            if not (s.isdigit() and len(s) in (2, 4)):
                return "bad expiry year " + s
        elif not (s.isdigit() and len(s) in (3, 4, 6) and
                  1 <= int(s[:-2 if len(s) != 6 else -4]) <= 12):
            return "bad expiry " + s
    elif typ == "SSN":
        if not (s.isdigit() and len(s) == 9 and s[:3] not in ("000", "666")
                and s[0] != "9"):
            return "bad ssn " + s
    elif typ == "NI_NUMBER":
        if not NI_RE.fullmatch(s):
            return "bad ni " + s
    elif typ == "BANK_ACCOUNT":
        if not (s.isdigit() and 6 <= len(s) <= 12):
            return "bad account " + s
    elif typ == "SORT_CODE":
        if not (s.isdigit() and len(s) == 6):
            return "bad sort code " + s
    elif typ == "IBAN":
        if not iban_ok(s):
            return "bad iban " + s
    elif typ == "PHONE":
        if s.startswith("00"):
            s = s[2:]
        if not (s.isdigit() and 9 <= len(s) <= 13):
            return "bad phone " + s
    elif typ == "DOB":
        s2 = s.replace("|", "")
        if months:
            if not (s2.isdigit() and 1 <= len(s2) <= 8):
                return "bad dob " + s
        elif not (s2.isdigit() and len(s2) in (6, 8) and
                  1 <= int(s2[:2]) <= 31 and 1 <= int(s2[2:4]) <= 12):
            if not (s2.isdigit() and len(s2) == 8 and
                    1 <= int(s2[4:6]) <= 12):
                return "bad dob " + s
    elif typ == "POSTCODE":
        if not (POST_UK.fullmatch(s) or EIR.fullmatch(s) or
                re.fullmatch(r"\d{5}(\d{4})?", s)):
            return "bad postcode " + s
    return None


# ---------------------------------------------------------------- builder
class Case:
    def __init__(self, mode, note):
        self.mode = mode  # chat | call
        self.note = note
        self.turns = []
        self.spans = []
        self.groups = []  # (type, [span indexes])

    def turn(self, speaker, *segs):
        """segs: str or (text, TYPE) or (text, TYPE, groupkey)."""
        text = ""
        idx = len(self.turns)
        for seg in segs:
            if isinstance(seg, str):
                text += seg
                continue
            val, typ = seg[0], seg[1]
            key = seg[2] if len(seg) > 2 else None
            st = len(text)
            text += val
            self.spans.append({"turn": idx, "start": st, "end": len(text),
                               "type": typ})
            si = len(self.spans) - 1
            if key is not None:
                for g in self.groups:
                    if g[2] == key:
                        g[1].append(si)
                        break
                else:
                    self.groups.append((typ, [si], key))
            else:
                self.groups.append((typ, [si], None))
        self.turns.append({"speaker": speaker, "text": text})
        return self

    def a(self, *segs):
        return self.turn("agent", *segs)

    def c(self, *segs):
        return self.turn("customer", *segs)


def call(note):
    return Case("call", "call/" + note)


def chat(note):
    return Case("chat", "chat/" + note)


BACK = ["mhm", "okay", "yep", "okay go on", "uh huh", "right", "yeah",
        "got that", "lovely", "go ahead"]


# ---------------------------------------------------------------- positive templates
def p_card_call_digits():
    cn = card()
    c = call("card payments: card read digit by digit in one turn")
    c.a("thanks and can i take the long number across the front of the card")
    c.c("yeah it's ", (say_digits(cn, R.choice(["single", "doubles"])),
                       "CARD_NUMBER"))
    return c


def p_card_call_split():
    cn = card(R.choice(["visa", "mc"]))
    ind = R.choice(["utilities", "telecom", "retail", "insurance"])
    c = call(ind + ": card split over four customer turns with back-channels, "
             "doubles/triples")
    c.a("okay when you're ready go ahead with the card number")
    z = zero_word()
    for k in range(4):
        chunk = cn[k * 4:(k + 1) * 4]
        lead = R.choice(["", "right ", "so ", "um "]) if k == 0 else ""
        c.c(lead, (say_digits(chunk, R.choice(["single", "doubles"]), z),
                   "CARD_NUMBER", "card"))
        if k < 3:
            c.a(R.choice(BACK))
    c.a("and the expiry date")
    m, y = expiry()
    c.c((say_digits(m, "single", z) + " " + say_pair(y, z), "EXPIRY"))
    c.a("and the three digits on the back")
    c.c(R.choice(["it's ", "", "that's "]), (say_digits(cvv(), "single", z),
                                            "CVV"))
    return c


def p_card_call_pairs():
    cn = card(R.choice(["visa", "mc", "disc"]))
    c = call("retail: card read in pairs of two-digit numbers (forty one "
             "eleven) with a filler, then read back by the agent")
    z = zero_word()
    reading = say_groups(cn, [4, 4, 4, 4], "pairs", z, R.choice([" ", " um ",
                                                                  " uh "]))
    c.a("what's the card number please")
    c.c("okay it's ", (reading, "CARD_NUMBER"), " that's a debit card")
    c.a("let me read that back ", (say_digits(cn, "single", z),
                                   "CARD_NUMBER"), " is that right")
    c.c("yes that's it")
    return c


def p_card_chat():
    cn = card()
    sep = R.choice([" ", "-", "", " ", "  ", "."])
    txt = group(cn, card_sizes(len(cn)), sep)
    m, y = expiry()
    ex = R.choice([m + "/" + y, m + "/20" + y, m + "-" + y, m + " / " + y])
    cv = cvv(4 if cn[:2] in ("34", "37") else 3)
    ind = R.choice(["retail", "travel", "telecom", "insurance"])
    c = chat(ind + ": card, expiry and cvv typed in one message with "
             "prices nearby")
    c.a("I can take the payment of £%d.%02d now, please type the card "
        "details below" % (R.randint(10, 400), R.randint(0, 99)))
    c.c(R.choice(["card ", "Card no: ", "its ", "ok "]), (txt, "CARD_NUMBER"),
        R.choice([" exp ", ", expiry ", " exp date "]), (ex, "EXPIRY"),
        R.choice([" cvv ", ", security code ", " cvc "]), (cv, "CVV"))
    c.a("Thanks, that's gone through. Your reference is %s." % (
        "PAY" + rdig(7)))
    return c


def p_card_chat_typo():
    cn = card("visa")
    txt = group(cn, [4, 4, 4, 4], R.choice([" ", ""]))
    c = chat("banking: card typed with a wrong digit then retyped; both "
             "full numbers labelled")
    wrong = list(cn)
    j = R.randrange(4, 12)
    wrong[j] = str((int(wrong[j]) + 1) % 10)
    wrong = "".join(wrong)
    wrong = wrong[:-1] + luhn_digit(wrong[:-1])
    c.c("my card was declined twice today ", (group(wrong, [4, 4, 4, 4]),
                                              "CARD_NUMBER"))
    c.c("sorry typo, it's ", (txt, "CARD_NUMBER"))
    c.a("Thanks, I can see two declined attempts of £%d today." %
        R.randint(20, 90))
    return c


def p_card_call_correction():
    cn = card(R.choice(["visa", "mc"]))
    z = zero_word()
    c = call("telecom: caller restarts card reading after losing place; "
             "complete readings labelled, restart fragment labelled too")
    part = cn[:8]
    c.a("go ahead with the card number")
    c.c((say_digits(part, "single", z), "CARD_NUMBER", "frag"),
        " sorry hang on i've lost my place let me start again")
    c.a("no problem take your time")
    c.c((say_groups(cn, [4, 4, 4, 4], "single", z, " "), "CARD_NUMBER"))
    c.a("and the security code")
    c.c((say_digits(cvv(), "doubles", z), "CVV"), " and it expires ",
        (R.choice(MONTHS[:]) + " twenty " + DIG[R.randint(7, 9)], "EXPIRY"))
    return c


def p_card_amex_call():
    cn = card("amex")
    z = zero_word()
    c = call("travel: amex fifteen digits in 4-6-5 groups plus four digit "
             "cid, booking fare mentioned")
    c.a("the total for the two return flights is four hundred and twelve "
        "pounds how would you like to pay")
    c.c("american express ", (say_groups(cn, [4, 6, 5], "single", z, " "),
                              "CARD_NUMBER"))
    c.a("and the four digit code on the front")
    c.c((say_digits(cvv(4), "single", z), "CVV"))
    return c


def p_ni_call_plain():
    v = ni()
    mode = R.choice(["plain", "phon", "homo", "folk", "asin"])
    digs = v[2:8]
    style = R.choice(["single", "pairs", "single"])
    z = zero_word()
    txt = say_letter(v[0], mode) + " " + say_letter(v[1], mode) + " " + \
        say_digits(digs, style, z) + " " + say_letter(v[8], mode)
    ind = R.choice(["government services", "banking", "payroll",
                    "pensions", "insurance"])
    c = call(ind + ": NI number spoken with %s letters, %s digits" %
             (mode, style))
    c.a(R.choice(["can i take your national insurance number please",
                  "and your n i number",
                  "could you confirm your national insurance number"]))
    c.c(R.choice(["yeah it's ", "it's ", "um ", "right so it's "]),
        (txt, "NI_NUMBER"))
    return c


def p_ni_call_split():
    v = ni()
    z = zero_word()
    c = call("government services: NI number spread over turns, letters "
             "then digits then suffix letter")
    c.a("what's your national insurance number")
    c.c("okay ", (say_letter(v[0], "phon") + " " + say_letter(v[1], "phon"),
                  "NI_NUMBER", "ni"))
    c.a(R.choice(BACK))
    c.c((say_digits(v[2:8], R.choice(["single", "pairs"]), z),
         "NI_NUMBER", "ni"))
    c.a("and the letter at the end")
    c.c((say_letter(v[8], R.choice(["plain", "phon", "homo"])),
         "NI_NUMBER", "ni"))
    c.a("thank you so that's ", (" ".join(v[:2].lower()) + " " +
                                 say_digits(v[2:8], "single", z) + " " +
                                 v[8].lower(), "NI_NUMBER"),
        " that matches what we have")
    return c


def p_ni_chat():
    v = ni()
    form = R.randrange(6)
    if form == 0:
        txt = v
    elif form == 1:
        txt = v[:2] + " " + group(v[2:8], [2, 2, 2]) + " " + v[8]
    elif form == 2:
        txt = v.lower()
    elif form == 3:
        txt = v[:2] + "-" + group(v[2:8], [2, 2, 2], "-") + "-" + v[8]
    elif form == 4:
        txt = " ".join(v)
    else:
        txt = v[:2].lower() + " " + v[2:8] + " " + v[8].lower()
    ind = R.choice(["payroll", "government services", "banking", "pensions",
                    "student finance"])
    c = chat(ind + ": NI number typed in form %d with tax year/amount "
             "nearby" % form)
    c.a("To verify you I need your National Insurance number and date of "
        "birth please")
    d, m, y = dob()
    dt = R.choice(["%02d/%02d/%d" % (d, m, y), "%02d.%02d.%d" % (d, m, y),
                   "%d %s %d" % (d, MONTHS[m - 1].title(), y)])
    c.c(R.choice(["NI ", "ni no is ", "", "its "]), (txt, "NI_NUMBER"),
        R.choice([" and dob ", ", born ", " / "]), (dt, "DOB"))
    c.a("Thanks. I can see the refund of £%d.%02d for the %d/%d tax year." % (
        R.randint(50, 900), R.randint(0, 99), 2024, 25))
    return c


def p_ni_correction():
    v = ni()
    z = zero_word()
    c = call("pensions: NI number with mid-reading self-correction on a "
             "digit; whole corrected reading is one span")
    digs = v[2:8]
    wrongd = str((int(digs[2]) + 3) % 10)
    txt = (say_letter(v[0], "plain") + " " + say_letter(v[1], "plain") + " " +
           say_digits(digs[:2], "single", z))
    c.a("can you give me your national insurance number")
    c.c((txt + " " + say_digit(wrongd, z) + " no sorry " +
         say_digits(digs[2:], "single", z) + " " + say_letter(v[8], "plain"),
         "NI_NUMBER", "ni"))
    c.a("so just to check that's ", (" ".join(v[:2].lower()) + " " +
                                     say_groups(digs, [2, 2, 2], "pairs",
                                                z) + " " + v[8].lower(),
                                     "NI_NUMBER"))
    c.c("yes that's right")
    return c


def p_ni_two_in_turn():
    v = ni()
    d, m, y = dob()
    c = call("benefits: NI number and date of birth in the same turn with "
             "chit-chat")
    c.a("i'll need your national insurance number and your date of birth")
    c.c("yeah so the n i is ", (say_letter(v[0], "homo") + " " +
                                say_letter(v[1], "homo") + " " +
                                say_digits(v[2:8], "single") + " " +
                                say_letter(v[8], "homo"), "NI_NUMBER"),
        " and i was born on the ", (say_ordinal(d) + " of " + MONTHS[m - 1] +
                                    " " + say_year(y), "DOB"),
        " i'm ringing about the letter from the twelfth of march")
    return c


def p_sort_acct_call():
    sc = sort_code()
    ac = account()
    z = zero_word()
    ind = R.choice(["banking", "utilities direct debit", "payroll",
                    "insurance refund"])
    c = call(ind + ": sort code in pairs and account number over two turns")
    c.a("what's the sort code for the account")
    scs = R.choice([say_groups(sc, [2, 2, 2], "pairs", z, " "),
                    say_groups(sc, [2, 2, 2], "single", z, " "),
                    say_groups(sc, [2, 2, 2], "doubles", z, " dash ")])
    c.c((scs, "SORT_CODE"))
    c.a("and the account number")
    c.c((say_digits(ac[:4], R.choice(["single", "doubles"]), z),
         "BANK_ACCOUNT", "acct"))
    c.a(R.choice(BACK))
    c.c((say_digits(ac[4:], R.choice(["single", "pairs"]), z),
         "BANK_ACCOUNT", "acct"))
    c.a("thanks the direct debit of %s pounds will come out on the first" %
        say_number(R.randint(20, 99)))
    return c


def p_sort_acct_chat():
    ie = R.random() < 0.4
    sc = sort_code(ie)
    ac = account()
    sct = R.choice([group(sc, [2, 2, 2], "-"), sc, group(sc, [2, 2, 2], " "),
                    group(sc, [2, 2, 2], ".")])
    c = chat(("banking IE" if ie else "banking UK") +
             ": sort code and account typed with a balance next to them")
    c.c("hi can you check why my transfer of £%d hasn't arrived, sort code " %
        R.randint(100, 3000), (sct, "SORT_CODE"), R.choice([" acc ", " a/c ",
                                                              ", account no "]),
        (ac, "BANK_ACCOUNT"))
    c.a("Thanks, the payment is showing as pending and will clear in 2 "
        "working days.")
    return c


def p_iban_chat():
    v = iban()
    txt = R.choice([v, group(v, [4] * 8, " "), group(v, [4] * 8, " ").lower()])
    c = chat("banking/%s: IBAN typed for an international transfer with an "
             "amount and a reference" % v[:2])
    c.a("Please provide the IBAN of the beneficiary.")
    c.c(R.choice(["IBAN ", "it's ", "", "the iban is "]), (txt, "IBAN"),
        " amount €%d, invoice ref INV-%s" % (R.randint(100, 5000), rdig(6)))
    return c


def p_iban_call():
    v = iban(R.choice(["GB", "IE"]))
    z = zero_word()
    mode = R.choice(["plain", "phon"])
    letters = " ".join(say_letter(ch, mode) for ch in v[:2])
    bank = " ".join(say_letter(ch, "phon" if ch == "O" else "plain")
                    for ch in v[4:8])
    c = call("banking/%s: IBAN spelled out over three turns" % v[:2])
    c.a("go ahead with the i ban")
    c.c((letters + " " + say_digits(v[2:4], "single", z), "IBAN", "ib"))
    c.a(R.choice(BACK))
    c.c((bank + " " + say_digits(v[8:14], "single", z), "IBAN", "ib"))
    c.a(R.choice(BACK))
    c.c((say_digits(v[14:], R.choice(["single", "doubles"]), z), "IBAN",
         "ib"))
    return c


def say_phone(p):
    z = zero_word()
    if p.startswith("07"):
        sizes = [5, 6]
    elif p.startswith("020"):
        sizes = [3, 4, 4]
    elif p.startswith("01") and len(p) == 11:
        sizes = [4, 3, 4]
    elif p.startswith("08"):
        sizes = [3, 3, 4]
    elif p.startswith("01"):
        sizes = [2, 3, 4]
    else:
        sizes = [3, 3, 4]
    return say_groups(p, sizes, R.choice(["single", "doubles", "single"]), z,
                      R.choice([" ", " ", " um "]))


def intl(p):
    if p.startswith("08") or (p.startswith("01") and len(p) == 9):
        return "+353 " + group(p[1:], [2, 3, 4], " ")
    return "+44 " + group(p[1:], [4, 6] if p[1] == "7" else [2, 4, 4], " ")


def p_phone_call():
    p = phone(R.choice(["ukmob", "uklon", "ukgeo", "iemob", "iedub"]))
    c = call("telecom: callback number read in groups, sometimes with "
             "double/triple and a time mentioned")
    c.a("what's the best number to call you back on")
    c.c(R.choice(["it's ", "my mobile ", "", "yeah "]), (say_phone(p),
                                                          "PHONE"),
        R.choice([" after six is best", " any time", " before two o'clock",
                  ""]))
    return c


def p_phone_intl_call():
    p = phone(R.choice(["ukmob", "iemob"]))
    z = zero_word()
    if p.startswith("07"):
        cc, rest = "four four", p[1:]
    else:
        cc, rest = "three five three", p[1:]
    c = call("travel: international format plus country code spoken, "
             "split over two turns")
    c.a("and a contact number while you're abroad")
    c.c((R.choice(["plus ", "double oh ", "oh oh "]) + cc + " " +
         say_digits(rest[:4], "single", z), "PHONE", "ph"))
    c.a("mhm")
    c.c((say_digits(rest[4:], R.choice(["single", "doubles"]), z), "PHONE",
         "ph"))
    return c


def p_phone_chat():
    p = phone()
    if p[0] not in "0":
        txt = R.choice(["(%s) %s-%s" % (p[:3], p[3:6], p[6:]),
                        "%s-%s-%s" % (p[:3], p[3:6], p[6:]),
                        "+1 %s %s %s" % (p[:3], p[3:6], p[6:])])
        where = "US"
    else:
        if p[1] == "7":
            loc = group(p, [5, 6])
        elif p.startswith("08"):
            loc = group(p, [3, 3, 4])
        elif p.startswith("01") and len(p) == 9:
            loc = group(p, [2, 3, 4])
        elif p.startswith("020"):
            loc = group(p, [3, 4, 4])
        else:
            loc = group(p, [4, 3, 4])
        txt = R.choice([p, intl(p), loc, loc, intl(p).replace(" ", ""),
                        intl(p).replace(" ", " (0)", 1)])
        where = "UK/IE"
    c = chat("telecom %s: phone typed in chat next to an order number" % where)
    c.c("order %s hasn't been delivered, please text me on " % rdig(8),
        (txt, "PHONE"))
    c.a("Sorry about that, I've raised ticket %s and we'll text you within "
        "24 hours." % rdig(6))
    return c


def p_email_call():
    loc, dom = email()
    c = call("retail: email address spoken with dot/at/underscore words")
    c.a("and what email should we send the receipt to")
    c.c(R.choice(["it's ", "yeah ", "um "]), (say_email(loc, dom), "EMAIL"))
    c.a("lovely and that's all lower case yeah")
    c.c("yeah all lower case")
    return c


def p_email_spelled_call():
    f = R.choice(FIRST)
    l = R.choice(LAST).replace("'", "")
    dom = R.choice(["gmail dot com", "hotmail dot co dot uk", "eircom dot net",
                    "yahoo dot ie", "btinternet dot com"])
    sp = " ".join(f)
    c = call("banking: email with the first name spelled letter by letter, "
             "surname said as a word, agent confirms")
    c.a("what's the email address on the account")
    c.c("it's ", (sp + " dot " + l + " at " + dom, "EMAIL"))
    c.a("so that's ", (f + " dot " + l + " at " + dom, "EMAIL"),
        " and i'll send the statement for " + R.choice(MONTHS) + " there")
    c.c("yeah that's it")
    return c


def p_avs_call():
    cn = card(R.choice(["visa", "mc"]))
    z = zero_word()
    pc = uk_postcode()
    n = R.randint(1, 180)
    c = call("retail UK: card taken over the phone, then billing house "
             "number/street and postcode for address check, order total said")
    c.a("your order comes to " + say_number(R.randint(20, 99)) +
        " pounds " + say_number(R.randint(10, 99)) + " can i take the card")
    c.c((say_groups(cn, [4, 4, 4, 4], "doubles", z, " "), "CARD_NUMBER"))
    c.a("and the billing address")
    c.c((say_number(n) + " " + uk_street().lower(), "ADDRESS"))
    c.a("postcode")
    c.c((" ".join(say_digit(ch, z) if ch.isdigit() else say_letter(
        ch, R.choice(["plain", "homo"])) for ch in pc.replace(" ", "")),
        "POSTCODE"), " that's the one on the card yeah")
    return c


def p_dob_chat():
    d, m, y = dob()
    form = R.randrange(4)
    if form == 0:
        txt = "%d%s %s %d" % (d, {1: "st", 2: "nd", 3: "rd", 21: "st", 22:
                                  "nd", 23: "rd"}.get(d, "th"),
                              MONTHS[m - 1][:3].title(), y)
    elif form == 1:
        txt = "%02d/%02d/%d" % (d, m, y)
    elif form == 2:
        txt = "%02d-%02d-%s" % (d, m, str(y)[2:])
    else:
        txt = "%s %d, %d" % (MONTHS[m - 1].title(), d, y)
    c = chat("healthcare billing: DOB typed form %d next to a visit date and "
             "an invoice number" % form)
    c.a("Can you confirm the patient's date of birth?")
    c.c("dob ", (txt, "DOB"), ", the visit was on %02d/%02d/2026, invoice %s" %
        (R.randint(1, 28), R.randint(1, 10), rdig(7)))
    return c


def p_email_chat():
    loc, dom = email()
    em = loc + "@" + dom
    if R.random() < 0.3:
        em = em.title() if R.random() < .5 else em.upper()
    c = chat("insurance: email typed mid-sentence with a policy number")
    c.c("Please send the renewal for policy %s to " % ("POL" + rdig(7)),
        (em, "EMAIL"), R.choice([" thanks", ". Cheers", " asap please", ""]))
    return c


def p_dob_call():
    d, m, y = dob()
    z = zero_word()
    form = R.randrange(4)
    if form == 0:
        txt = say_ordinal(d) + " of " + MONTHS[m - 1] + " " + say_year(y)
    elif form == 1:
        txt = MONTHS[m - 1] + " the " + say_ordinal(d) + " " + say_year(y)
    elif form == 2:
        txt = say_digits("%02d%02d%s" % (d, m, str(y)[2:]), "single", z)
    else:
        txt = say_digits("%02d" % d, "single", z) + " " + say_digits(
            "%02d" % m, "single", z) + " " + say_year(y)
    ind = R.choice(["healthcare billing", "insurance", "banking", "energy"])
    c = call(ind + ": date of birth spoken form %d, with an appointment date "
             "also mentioned (not labelled)" % form)
    c.a("can you confirm your date of birth for security")
    c.c(R.choice(["yeah it's ", "", "it's the ", "sure "]) if form != 0 else
        R.choice(["the ", "it's the "]), (txt, "DOB"))
    c.a("thanks and your appointment is on the %s of %s at half past ten" % (
        say_ordinal(R.randint(1, 28)), R.choice(MONTHS)))
    return c


def p_postcode_call():
    pc = R.choice([uk_postcode, uk_postcode, eircode])()
    mode = R.choice(["plain", "phon", "homo"])
    z = zero_word()
    out = []
    for ch in pc.replace(" ", ""):
        out.append(say_digit(ch, z) if ch.isdigit() else say_letter(ch, mode))
    c = call("utilities: %s spoken with %s letters" % (
        "Eircode" if pc[:3] in EIR_KEYS else "UK postcode", mode))
    c.a("and can i take the postcode of the property")
    c.c(R.choice(["it's ", "yeah ", ""]), (" ".join(out), "POSTCODE"))
    c.a("thank you and the meter reading is showing as %s" % say_number(
        R.randint(100, 999)))
    return c


def p_address_call():
    n = R.randint(1, 240)
    st = uk_street().lower()
    pc = uk_postcode()
    z = zero_word()
    c = call("energy UK: first line of address with house number in words, "
             "postcode over next turn")
    c.a("can you confirm the first line of the address")
    c.c("yeah it's ", (say_number(n) + " " + st, "ADDRESS"))
    c.a("and the postcode")
    c.c((" ".join(say_digit(ch, z) if ch.isdigit() else ch.lower()
                  for ch in pc.replace(" ", "")), "POSTCODE"))
    return c


def p_address_chat():
    if R.random() < 0.5:
        addr = "%d %s" % (R.randint(1, 300), uk_street())
        pc = uk_postcode()
        town = R.choice(["Leeds", "Cardiff", "Bristol", "Manchester",
                         "Belfast", "Glasgow", "Norwich", "York"])
        note = "UK"
    else:
        addr = "%s %s" % (R.choice(["Apt 4, ", "", "Flat 2, ", ""]) +
                          str(R.randint(1, 90)), R.choice(STREETS) + " " +
                          R.choice(["Road", "Street", "Avenue", "Park"]))
        pc = eircode()
        town = R.choice(["Dublin 8", "Cork", "Galway", "Limerick",
                         "Kilkenny", "Sligo"])
        note = "IE"
    if R.random() < .3:
        addr = addr.upper()
    c = chat("retail %s: delivery address typed with town and postcode" %
             note)
    c.a("What address should we deliver the replacement to?")
    c.c((addr, "ADDRESS"), ", " + town + ", ", (pc if R.random() < .7 else
                                                pc.replace(" ", ""),
                                                "POSTCODE"))
    return c


def p_us_ssn_call():
    v = ssn()
    z = zero_word(False)
    form = R.randrange(4)
    if form == 0:
        txt = say_groups(v, [3, 2, 4], "single", z, " ")
    elif form == 1:
        txt = say_digits(v, "doubles", z)
    elif form == 2:
        txt = say_digits(v[:3], "single", z) + " " + say_pair(
            v[3:5], z) + " " + say_groups(v[5:], [2, 2], "pairs", z, " ")
    else:
        txt = say_groups(v, [3, 2, 4], "single", z, " dash ")
    ind = R.choice(["US healthcare billing", "US banking",
                    "US government services", "US insurance"])
    c = call(ind + ": social security number spoken form %d" % form)
    c.a(R.choice(["can i have your social security number",
                  "i'll need the last, sorry, the full social",
                  "what's the ssn on the account"]))
    c.c(R.choice(["sure it's ", "yeah ", "", "okay "]), (txt, "SSN"))
    c.a("thank you and the claim amount was two hundred and ten dollars")
    return c


def p_us_ssn_split():
    v = ssn()
    z = zero_word(False)
    c = call("US healthcare billing: SSN over three turns with back-channels"
             " plus ZIP code")
    c.a("go ahead with the social")
    c.c((say_digits(v[:3], "single", z), "SSN", "s"))
    c.a("uh huh")
    c.c((say_digits(v[3:5], "single", z), "SSN", "s"))
    c.a("okay")
    c.c((say_digits(v[5:], R.choice(["single", "pairs"]), z), "SSN", "s"))
    zp = zipcode()
    c.a("and your zip code")
    c.c((say_digits(zp, "single", z), "POSTCODE"))
    return c


def p_us_ssn_chat():
    v = ssn()
    txt = R.choice(["%s-%s-%s" % (v[:3], v[3:5], v[5:]), v,
                    "%s %s %s" % (v[:3], v[3:5], v[5:]),
                    "%s.%s.%s" % (v[:3], v[3:5], v[5:])])
    n = R.randint(1, 9999)
    st = R.choice(US_STREETS) + " " + R.choice(US_SUFFIX)
    c = chat("US banking: SSN and street address and zip typed in one "
             "message")
    c.a("To open the account I need your SSN and home address.")
    c.c("ssn ", (txt, "SSN"), " address ", ("%d %s" % (n, st), "ADDRESS"),
        ", Springfield IL ", (zipcode(), "POSTCODE"))
    return c


def p_us_card_ssn_call():
    cn = card(R.choice(["visa", "mc", "disc"]))
    v = ssn()
    z = zero_word(False)
    c = call("US telecom: card and last check via full SSN, US phone")
    c.a("first can you verify the social on the account")
    c.c((say_groups(v, [3, 2, 4], "single", z, " "), "SSN"))
    c.a("thanks and the card you want to put on file")
    c.c((say_groups(cn, card_sizes(len(cn)), "single", z, " "),
         "CARD_NUMBER"))
    p = phone("us")
    c.a("and a good callback number")
    c.c((say_groups(p, [3, 3, 4], "single", z, " "), "PHONE"))
    return c


def p_mixed_ie_call():
    p = phone("iemob")
    ec = eircode()
    z = zero_word()
    n = R.randint(1, 60)
    st = R.choice(STREETS).lower() + " " + R.choice(["road", "park",
                                                        "avenue", "street"])
    c = call("Irish utilities: new connection, address with Eircode and "
             "mobile number")
    c.a("what's the address for the new connection")
    c.c((say_number(n) + " " + st, "ADDRESS"), " in " +
        R.choice(["drumcondra", "ballincollig", "salthill", "ennis"]))
    c.a("and the eircode")
    c.c((" ".join(say_digit(ch, z) if ch.isdigit() else ch.lower()
                  for ch in ec.replace(" ", "")), "POSTCODE"))
    c.a("and a mobile number")
    c.c((say_phone(p), "PHONE"))
    return c


def p_acct_readback():
    ac = account()
    sc = sort_code()
    z = zero_word()
    c = call("building society: agent reads back sort code and account "
             "number; both speakers labelled")
    c.c("the sort code is ", (say_groups(sc, [2, 2, 2], "pairs", z, " "),
                              "SORT_CODE"), " and the account is ",
        (say_digits(ac, "single", z), "BANK_ACCOUNT"))
    c.a("so that's ", (say_groups(sc, [2, 2, 2], "single", z, " "),
                       "SORT_CODE"), " account ",
        (say_groups(ac, [4, 4], "single", z, " "), "BANK_ACCOUNT"),
        " and you want to move three thousand pounds")
    c.c("that's right")
    return c


def p_chat_multi_pii():
    v = ni()
    p = phone(R.choice(["ukmob", "ukgeo"]))
    loc, dom = email()
    c = chat("government services: NI, phone and email in a single "
             "update-details message")
    c.c("pls update my details NI ", (v[:2] + " " + group(v[2:8], [2, 2, 2]) +
                                      " " + v[8], "NI_NUMBER"),
        " new mob ", (group(p, [5, 6]) if p[1] == "7" else p, "PHONE"),
        " email ", (loc + "@" + dom, "EMAIL"))
    c.a("Done, the changes will take up to 5 working days.")
    return c


def p_card_expiry_spoken():
    cn = card(R.choice(["visa", "mc"]))
    m, y = expiry()
    z = zero_word()
    c = call("insurance: card then expiry as month name and year, cvv with "
             "triple")
    c.a("card number please")
    c.c((say_groups(cn, [4, 4, 4, 4], R.choice(["single", "doubles"]), z,
                    " "), "CARD_NUMBER"))
    c.a("expiry")
    c.c(R.choice(["it's ", "", "runs out "]), (R.choice(
        [MONTHS[int(m) - 1] + " twenty " + say_pair(y, z),
         MONTHS[int(m) - 1] + " " + say_pair(y, z),
         say_digits(m, "single", z) + " slash " + say_pair(y, z)]), "EXPIRY"))
    cv = R.choice([d * 3 for d in "0123456789"] + [cvv()])
    c.a("and the last three digits on the signature strip")
    c.c((say_digits(cv, "doubles", z), "CVV"))
    return c


POS_TEMPLATES = [
    (p_card_call_digits, 8), (p_card_call_split, 9), (p_card_call_pairs, 6),
    (p_card_chat, 9), (p_card_chat_typo, 3), (p_card_call_correction, 4),
    (p_card_amex_call, 4), (p_card_expiry_spoken, 5),
    (p_ni_call_plain, 14), (p_ni_call_split, 5), (p_ni_chat, 10),
    (p_ni_correction, 4), (p_ni_two_in_turn, 5),
    (p_sort_acct_call, 8), (p_sort_acct_chat, 7), (p_acct_readback, 4),
    (p_iban_chat, 7), (p_iban_call, 6),
    (p_phone_call, 8), (p_phone_intl_call, 5), (p_phone_chat, 6),
    (p_email_call, 7), (p_email_chat, 6), (p_email_spelled_call, 4),
    (p_avs_call, 6), (p_dob_chat, 5),
    (p_dob_call, 8), (p_postcode_call, 8), (p_address_call, 6),
    (p_address_chat, 6),
    (p_us_ssn_call, 12), (p_us_ssn_split, 6), (p_us_ssn_chat, 6),
    (p_us_card_ssn_call, 6), (p_mixed_ie_call, 5), (p_chat_multi_pii, 4),
]


# ---------------------------------------------------------------- negative templates
def n_policy_ref():
    c = call("insurance UK: policy number with its name, said in words, "
             "plus premium and renewal date")
    c.a("can i take the policy number")
    c.c("yeah the policy number is p o l " + say_digits(rdig(8), "single") +
        " and the premium went up to " + say_number(R.randint(200, 900)) +
        " pounds")
    c.a("thanks it renews on the " + say_ordinal(R.randint(1, 28)) + " of " +
        R.choice(MONTHS))
    return c


def n_customer_ref_chat():
    c = chat("energy UK: customer reference and account balance typed")
    c.c("Customer ref %s - my balance shows £%d.%02d in credit but the bill "
        "dated %d/%02d/2026 says I owe £%d" % (
            rdig(R.choice([8, 9, 10])), R.randint(10, 500), R.randint(0, 99),
            R.randint(1, 28), R.randint(1, 12), R.randint(40, 300)))
    c.a("Thanks, I've applied a credit of £%d and raised case %s." % (
        R.randint(5, 60), rdig(7)))
    return c


def n_meter_call():
    c = call("utilities UK: meter readings and meter serial number with "
             "their names")
    c.a("can you read me the numbers on the meter")
    c.c("it says " + say_digits(rdig(5), "single") + " and the night one is "
        + say_digits(rdig(5), R.choice(["single", "doubles"])))
    c.a("thank you and the meter serial on the front")
    c.c("meter serial " + say_digits(rdig(8), "single"))
    return c


def n_booking_ref():
    c = call("travel: booking reference with letters, flight number, seat "
             "and gate times")
    ref = "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789")
                  for _ in range(6))
    c.a("what's the booking reference")
    c.c("booking reference " + " ".join(say_letter(ch, R.choice(
        ["plain", "phon"])) if ch.isalpha() else DIG[int(ch)] for ch in ref))
    c.a("and that's flight e i " + say_number(R.randint(100, 999)) +
        " departing at " + say_number(R.randint(6, 11)) + " " +
        say_number(R.randint(10, 55)) + " from gate " +
        say_number(R.randint(1, 40)))
    return c


def n_money_call():
    c = call("banking: balances, amounts, overdraft and interest rate")
    c.a("your balance is " + say_number(R.randint(100, 999)) +
        " pounds and " + say_number(R.randint(10, 99)) + " pence")
    c.c("and what's the overdraft limit")
    c.a("it's two thousand five hundred pounds at " + say_number(
        R.randint(10, 39)) + " point nine percent")
    return c


def n_dates_chat():
    c = chat("telecom: contract start/end dates, payment date and minutes")
    c.c("My contract started %02d/%02d/%d and runs for 24 months, the "
        "payment goes out on the %dth" % (R.randint(1, 28), R.randint(1, 12),
                                         R.randint(2019, 2025),
                                         R.randint(4, 28)))
    c.a("You've used %d of your %d minutes and %d.%d GB of data this month." %
        (R.randint(100, 900), 1000, R.randint(1, 40), R.randint(0, 9)))
    return c


def n_order_ticket():
    c = chat("retail: order, ticket and invoice numbers with their names")
    c.c("Order number %s, invoice INV%s - I was charged twice" % (
        rdig(R.choice([8, 9, 10])), rdig(6)))
    c.a("I've opened ticket #%s. The refund of £%d.%02d takes 3-5 days." % (
        rdig(7), R.randint(5, 150), R.randint(0, 99)))
    return c


def n_claim_call():
    c = call("insurance: claim number in words with the reference word, "
             "excess amount and incident date")
    c.a("have you got the claim number")
    c.c("claim number " + say_digits(rdig(R.choice([7, 8, 9])), R.choice(
        ["single", "pairs", "doubles"])))
    c.a("okay the excess is " + say_number(R.randint(100, 500)) +
        " pounds and the incident was on the " + say_ordinal(
            R.randint(1, 28)) + " of " + R.choice(MONTHS))
    return c


def n_model_numbers():
    c = chat("retail electronics: model numbers, sizes and price")
    c.c("the %s model %s%d-%s keeps overheating at %d degrees" % (
        R.choice(["washer", "TV", "boiler", "router"]),
        R.choice(["WM", "UE", "HX", "RT"]), R.randint(10, 99), rdig(4),
        R.randint(40, 90)))
    c.a("That model was £%d and is covered for %d years; firmware v%d.%d.%d "
        "fixes it." % (R.randint(200, 1500), R.randint(1, 5), R.randint(1, 9),
                       R.randint(0, 20), R.randint(0, 9)))
    return c


def n_time_duration_call():
    c = call("telecom: times, durations and counts said as numbers")
    c.c("i've been on hold for " + say_number(R.randint(20, 59)) +
        " minutes and this is the " + say_ordinal(R.randint(3, 9)) +
        " time i've rung")
    c.a("i'm sorry about that the engineer can come between " +
        say_number(R.randint(7, 11)) + " and " + say_number(
            R.randint(1, 5)) + " on " + R.choice(["monday", "thursday",
                                                  "friday"]))
    c.c("and it's " + say_number(R.randint(2, 9)) +
        " of us in the house with " + say_number(R.randint(2, 5)) +
        " phones")
    return c


def n_room_hotel():
    c = call("travel hotel: room number, nights, rate and check-in time")
    c.c("i'm in room " + say_number(R.randint(100, 640)) + " for " +
        say_number(R.randint(2, 7)) + " nights")
    c.a("the rate is " + say_number(R.randint(80, 250)) +
        " euro a night and check out is at eleven")
    return c


def n_speed_broadband():
    c = chat("telecom broadband: speeds, router serial label, ping")
    c.c("paying for %d Mbps but getting %d.%d, ping %dms, router says "
        "firmware %d.%d" % (R.choice([67, 80, 145, 500, 900]),
                            R.randint(2, 40), R.randint(0, 9),
                            R.randint(10, 99), R.randint(1, 9),
                            R.randint(0, 40)))
    c.a("Thanks, fault reference FR%s is open, expect a fix within 48 hours."
        % rdig(6))
    return c


def n_age_temp():
    c = call("healthcare billing: ages, temperature, dosage and appointment "
             "date")
    c.c("my mum's " + say_number(R.randint(60, 95)) +
        " and her temperature was thirty eight point " + DIG[R.randint(1, 9)])
    c.a("okay the appointment is on the " + say_ordinal(R.randint(1, 28)) +
        " of " + R.choice(MONTHS) + " at " + say_number(R.randint(1, 11)) +
        " thirty and the bill was " + say_number(R.randint(20, 99)) +
        " euro")
    return c


def n_year_pct():
    c = chat("banking mortgages: years, percentages and terms")
    c.c("We bought in %d, the fixed rate of %d.%02d%% ends in %d, term "
        "%d years, %d%% LTV" % (R.randint(1998, 2022), R.randint(1, 6),
                                R.randint(0, 99), R.randint(2026, 2030),
                                R.randint(15, 35), R.randint(50, 95)))
    c.a("A %d year fix at %d.%d%% would cost £%d per month." % (
        R.choice([2, 5, 10]), R.randint(3, 5), R.randint(0, 9),
        R.randint(500, 2000)))
    return c


def n_case_ref_spoken_split():
    c = call("government services: case reference split over turns with the "
             "word reference, not personal")
    ref = rdig(10)
    c.a("do you have the case reference from the letter")
    c.c("the case reference is " + say_digits(ref[:5], "single"))
    c.a("mhm")
    c.c("and then " + say_digits(ref[5:], "single") + " that's the reference")
    c.a("thanks your payment of " + say_number(R.randint(50, 400)) +
        " pounds is due on the " + say_ordinal(R.randint(1, 28)))
    return c


def n_parcel_tracking():
    c = chat("retail delivery: parcel tracking code, weight, time slot")
    c.c("Tracking no. %s%s%sGB shows 'out for delivery' since 07:%02d" % (
        R.choice(["JD", "H", "RN"]), rdig(9), "", R.randint(10, 59)))
    c.a("Your %d.%dkg parcel is due between 13:00 and 15:00 today." % (
        R.randint(1, 20), R.randint(0, 9)))
    return c


def n_pin_no_value():
    c = call("banking: caller mentions card and NI number without giving "
             "them, plus amounts")
    c.c("i don't have my card on me and i can't remember my national "
        "insurance number off hand")
    c.a("that's fine we can send a one time passcode instead to the number "
        "ending with the last digits we have on file")
    c.c("okay and can you tell me if the " + say_number(R.randint(20, 99)) +
        " pounds went out")
    return c


def n_store_address_phone_word():
    c = chat("retail: store opening hours, aisle, stock counts and price")
    c.c("do you have the %d-piece set in stock? saw it for £%d.99" % (
        R.choice([12, 24, 36]), R.randint(10, 99)))
    c.a("We have %d in stock, aisle %d, we're open 8am-10pm Mon-Sat and "
        "10-4 Sun." % (R.randint(2, 40), R.randint(1, 30)))
    return c


def n_reading_numbers_call():
    c = call("water utilities IE: account reference said with the word "
             "reference, litres and amounts")
    c.c("my customer reference number is " + say_digits(rdig(9), "pairs") +
        " and the bill says " + say_number(R.randint(100, 400)) +
        " cubic metres")
    c.a("right and the charge is " + say_number(R.randint(20, 90)) +
        " euro " + say_number(R.randint(10, 99)))
    return c


def n_mileage_vehicle():
    c = call("motor insurance: mileage, engine size, year of car, excess")
    c.c("it's a twenty " + say_number(R.randint(10, 24)) +
        " car with about " + say_number(R.randint(10, 90)) +
        " thousand miles on it one point " + DIG[R.randint(2, 8)] + " litre")
    c.a("okay with a voluntary excess of " + say_number(
        R.choice([100, 250, 500])) + " pounds the quote is " +
        say_number(R.randint(300, 900)) + " pounds a year")
    return c


def n_chat_invoice_amounts():
    c = chat("telecom business: invoice, PO and line counts")
    c.c("Invoice %s for PO-%s lists %d lines at £%d.%02d each, total "
        "£%s.%02d" % (rdig(8), rdig(5), R.randint(2, 40), R.randint(5, 30),
                      R.randint(0, 99), format(R.randint(1000, 9999), ","),
                      R.randint(0, 99)))
    c.a("Credit note CN%s issued for %d lines." % (rdig(6), R.randint(1, 5)))
    return c


def n_refund_timeline():
    c = call("retail: refund timeline, days, dates of purchase")
    c.a("the refund was processed on the " + say_ordinal(R.randint(1, 28)) +
        " of " + R.choice(MONTHS) + " and takes three to five working days")
    c.c("i bought it on the " + say_ordinal(R.randint(1, 28)) +
        " for " + say_number(R.randint(20, 300)) + " pounds " +
        say_number(R.randint(10, 99)))
    return c


def n_queue_position():
    c = chat("government services: queue position, wait time, form numbers")
    c.a("You are number %d in the queue. Estimated wait %d minutes." % (
        R.randint(2, 60), R.randint(3, 45)))
    c.c("I filled in form P%d and SA%d back in %s %d" % (
        R.choice([45, 60, 85]), R.choice([100, 302]), R.choice(MONTHS).title(),
        R.randint(2023, 2026)))
    return c


def n_card_last_digits_amount():
    c = call("banking: only the amount and a transaction count, agent says "
             "card type without digits")
    c.a("i can see " + say_number(R.randint(2, 9)) +
        " transactions on your visa debit totalling " + say_number(
            R.randint(100, 999)) + " pounds")
    c.c("yeah the one for " + say_number(R.randint(10, 99)) +
        " ninety nine wasn't me")
    return c


def n_big_numbers_chat():
    c = chat("energy: kWh readings named, tariff pence per kWh")
    c.c("Day reading %s kWh, night reading %s kWh, standing charge %d.%dp" % (
        rdig(6), rdig(5), R.randint(30, 60), R.randint(0, 99)))
    c.a("Your unit rate is %d.%02dp/kWh until %s %d." % (
        R.randint(20, 30), R.randint(0, 99), R.choice(MONTHS).title(),
        R.randint(2026, 2027)))
    return c


def n_customer_number_call():
    c = call("energy UK: customer number (8 digits) and booking reference "
             "read in words with their names, engineer visit slot")
    c.a("can i take your customer number please")
    c.c("yeah customer number " + say_groups(rdig(8), [4, 4], R.choice(
        ["single", "doubles"]), None, " ") + " it's on the top of the bill")
    c.a("thanks and your smart meter booking reference is " + " ".join(
        say_letter(ch, "phon") for ch in R.sample("BCDFGHJKLMNPRSTVWXYZ", 2))
        + " " + say_digits(rdig(6), "single") + " the engineer comes between "
        + say_number(R.randint(8, 11)) + " and " + say_number(R.randint(1, 4)))
    return c


NEG_TEMPLATES = [(n_customer_number_call, 5),
    (n_policy_ref, 6), (n_customer_ref_chat, 5), (n_meter_call, 5),
    (n_booking_ref, 5), (n_money_call, 4), (n_dates_chat, 4),
    (n_order_ticket, 5), (n_claim_call, 5), (n_model_numbers, 4),
    (n_time_duration_call, 4), (n_room_hotel, 3), (n_speed_broadband, 4),
    (n_age_temp, 4), (n_year_pct, 4), (n_case_ref_spoken_split, 5),
    (n_parcel_tracking, 3), (n_pin_no_value, 3),
    (n_store_address_phone_word, 3), (n_reading_numbers_call, 4),
    (n_mileage_vehicle, 4), (n_chat_invoice_amounts, 4),
    (n_refund_timeline, 4), (n_queue_position, 3),
    (n_card_last_digits_amount, 4), (n_big_numbers_chat, 4),
]


# ---------------------------------------------------------------- build
def build():
    R.seed(SEED)
    pos, neg = [], []
    for fn, n in POS_TEMPLATES:
        for _ in range(n):
            pos.append(fn())
    for fn, n in NEG_TEMPLATES:
        for _ in range(n):
            neg.append(fn())
    R.shuffle(pos)
    R.shuffle(neg)
    recs = []
    for i, c in enumerate(pos, 1):
        recs.append(("%s-pos-%03d" % (PREFIX, i), "positive", c))
    for i, c in enumerate(neg, 1):
        recs.append(("%s-neg-%03d" % (PREFIX, i), "negative", c))
    lines = []
    for cid, kind, c in recs:
        obj = {"id": cid, "kind": kind, "turns": c.turns,
               "spans": c.spans if kind == "positive" else [],
               "note": c.note}
        lines.append(json.dumps(obj, ensure_ascii=False))
    return "\n".join(lines) + "\n", recs


def counts(recs):
    cnt = Counter()
    for _, kind, c in recs:
        for s in c.spans:
            cnt[s["type"]] += 1
    return cnt


def readme(recs):
    cnt = counts(recs)
    npos = sum(1 for r in recs if r[1] == "positive")
    nneg = len(recs) - npos
    rows = "\n".join("| %s | %d |" % (t, cnt[t]) for t in TYPES)
    return """# PII hold-out set h221

**Never use this set for tuning.** It is a held-out evaluation set; looking
at its failures and changing the redactor to fix them destroys its value.

## Who wrote it and how

Written by an AI helper acting as an independent author. The author did
not see the redaction code, its tests, its docs, its benchmark or any other
PII fixture (only a three-line example of the JSONL format). Everything is
generated by `scripts/make_pii_holdout221.py` from template functions with
one seeded `random.Random(%d)`; offsets are computed from segments, never
typed by hand. `python scripts/make_pii_holdout221.py --check` regenerates
the file, verifies it is byte-identical, checks ids, offsets, word
boundaries, overlaps, and validates every labelled value after normalising
spoken forms (Luhn, mod-97, NI format, digit counts, postcode shapes).

Emphasis: UK and Irish contact centres (NI numbers typed and spoken with
plain / NATO / "b for bertie" / homophone letters, sort codes and account
numbers, UK/IE phone numbers incl. +44/+353, UK postcodes and Eircodes, UK
street addresses, card payments by phone), some US cases (SSN, ZIP, US
phones), and tricky UK/IE non-PII numbers (policy, customer, meter, claim,
case, booking references said with their names, amounts, dates, times).

## Annotation conventions

* A span covers only the value, never the lead-in ("my card is", "NI").
* Spoken values: the span runs from the first to the last word of the
  reading, including fillers ("um"), "double"/"triple", "dash", "slash",
  "for bravo" phonetic words and self-corrections ("no sorry") that sit
  inside the reading.
* A value split over several customer turns is labelled in every turn
  (each piece is its own span, the agent back-channels are not labelled).
* An agent reading a value back is labelled like the customer's reading.
* A restarted partial reading (caller lost place) is labelled as well.
* EXPIRY covers month and year ("oh four twenty eight", "04/28", "march
  twenty nine"); DOB covers the whole date; ADDRESS covers house number
  and street name only (town and postcode are not part of it; postcodes and
  Eircodes are POSTCODE; US ZIP codes are POSTCODE).
* Phone spans include "+44"/"plus four four"/"double oh" prefixes.
* Non-PII numbers in positive cases (amounts, dates, references) are left
  unlabelled; negatives contain no PII at all.

## Counts

Positive cases: %d. Negative cases: %d.

| type | spans |
|---|---|
%s
""" % (SEED, npos, nneg, rows)


def check(text, recs):
    problems = []
    with open(CASES, encoding="utf-8") as f:
        disk = f.read()
    if disk != text:
        problems.append("cases.jsonl differs from regenerated output")
    with open(README, encoding="utf-8") as f:
        if f.read() != readme(recs):
            problems.append("README.md differs from regenerated output")
    ids = set()
    for line in disk.splitlines():
        obj = json.loads(line)
        if obj["id"] in ids:
            problems.append("duplicate id " + obj["id"])
        ids.add(obj["id"])
        if obj["kind"] == "negative" and obj["spans"]:
            problems.append(obj["id"] + ": negative with spans")
        if obj["kind"] == "positive" and not obj["spans"]:
            problems.append(obj["id"] + ": positive without spans")
        for t in obj["turns"]:
            if t["speaker"] not in ("agent", "customer"):
                problems.append(obj["id"] + ": bad speaker")
        occupied = {}
        for s in obj["spans"]:
            if s["type"] not in TYPES:
                problems.append(obj["id"] + ": bad type " + s["type"])
            if not 0 <= s["turn"] < len(obj["turns"]):
                problems.append(obj["id"] + ": turn out of range")
                continue
            tx = obj["turns"][s["turn"]]["text"]
            st, en = s["start"], s["end"]
            if not 0 <= st < en <= len(tx):
                problems.append(obj["id"] + ": offsets out of range")
                continue
            if (st > 0 and tx[st - 1].isalnum()) or (
                    en < len(tx) and tx[en].isalnum()):
                problems.append("%s: span not on word boundary %r" % (
                    obj["id"], tx[st:en]))
            if tx[st].isspace() or tx[en - 1].isspace():
                problems.append(obj["id"] + ": span has edge whitespace")
            for k in range(st, en):
                key = (s["turn"], k)
                if key in occupied:
                    problems.append(obj["id"] + ": overlapping spans")
                    break
                occupied[key] = 1
    # value validation using generation metadata
    for cid, kind, c in recs:
        for typ, idxs, _key in c.groups:
            txt = " ".join(c.turns[c.spans[i]["turn"]]["text"][
                c.spans[i]["start"]:c.spans[i]["end"]] for i in idxs)
            if c.mode == "chat" and typ not in ("EMAIL", "ADDRESS"):
                txt = "".join(txt.split()) if typ != "DOB" else txt
            # restart fragments are partial by design
            if _key == "frag":
                continue
            p = validate(typ, txt, c.mode)
            if p:
                problems.append("%s %s %r: %s" % (cid, typ, txt, p))
    return problems


def main():
    text, recs = build()
    cnt = counts(recs)
    npos = sum(1 for r in recs if r[1] == "positive")
    nneg = len(recs) - npos
    if "--check" in sys.argv:
        problems = check(text, recs)
        if npos < 170:
            problems.append("too few positives %d" % npos)
        if nneg < 100:
            problems.append("too few negatives %d" % nneg)
        for t in TYPES:
            need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
            if cnt[t] < need:
                problems.append("too few %s spans: %d < %d" % (t, cnt[t],
                                                               need))
        print("positives=%d negatives=%d" % (npos, nneg))
        for t in TYPES:
            print("  %-13s %d" % (t, cnt[t]))
        for p in problems[:60]:
            print("PROBLEM:", p)
        if problems:
            print("FAILED: %d problem(s)" % len(problems))
            sys.exit(1)
        print("OK: check passed")
        return
    os.makedirs(OUT_DIR, exist_ok=True)
    with open(CASES, "w", encoding="utf-8") as f:
        f.write(text)
    with open(README, "w", encoding="utf-8") as f:
        f.write(readme(recs))
    print("wrote %d positives, %d negatives to %s" % (npos, nneg, CASES))


if __name__ == "__main__":
    main()

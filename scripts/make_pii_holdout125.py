#!/usr/bin/env python3
"""Generate the held-out PII evaluation set tests/fixtures/pii_holdout125/.

Written by an independent AI helper that did not see the redaction code.
Standard library only.  Deterministic: one random.Random(125241124).

    python scripts/make_pii_holdout125.py          # write cases.jsonl + README.md
    python scripts/make_pii_holdout125.py --check  # regenerate, compare, validate
"""
from __future__ import annotations

import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

SEED = 125241124
ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "tests" / "fixtures" / "pii_holdout125"
CASES = OUT_DIR / "cases.jsonl"
README = OUT_DIR / "README.md"
PREFIX = "h125"

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE",
         "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

R = random.Random(SEED)


# --------------------------------------------------------------------------- values
class V:
    """A labelled value segment: text as it appears, its type, a validation group
    and the canonical piece the text must normalise to (None = shape check only)."""

    def __init__(self, text, typ, group=None, piece=None):
        self.text, self.typ, self.group, self.piece = text, typ, group, piece


_gid = [0]


def newgroup():
    _gid[0] += 1
    return "g%d" % _gid[0]


def luhn_ok(d):
    s, alt = 0, False
    for ch in reversed(d):
        n = int(ch)
        if alt:
            n *= 2
            if n > 9:
                n -= 9
        s += n
        alt = not alt
    return s % 10 == 0


def luhn_complete(partial):
    for c in "0123456789":
        if luhn_ok(partial + c):
            return partial + c
    raise AssertionError


def rdig(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def card(brand=None):
    brand = brand or R.choice(["visa", "visa", "mc", "mc", "amex", "visa_debit"])
    if brand == "amex":
        return luhn_complete(R.choice(["34", "37"]) + rdig(12))
    if brand == "mc":
        return luhn_complete(R.choice(["51", "52", "53", "54", "55", "22"]) + rdig(13))
    return luhn_complete("4" + rdig(14))


NI_FIRST = "ABCEGHJKLMNPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def ni():
    while True:
        p = R.choice(NI_FIRST) + R.choice(NI_SECOND)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + rdig(6) + R.choice("ABCD")


def ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


def sortcode(ie=False):
    if ie:
        return R.choice(["90", "93", "98", "99"]) + rdig(4)
    return R.choice(["20", "40", "30", "60", "09", "11", "77", "83", "08", "16", "23"]) + rdig(4)


def account():
    return str(R.randint(1, 9)) + rdig(7)


def iban_check(country, bban):
    s = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return "%02d" % (98 - int(num) % 97)


def iban_valid(s):
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def iban(country=None):
    country = country or R.choice(["GB", "GB", "IE", "IE", "DE", "FR", "ES", "NL"])
    if country in ("GB", "IE"):
        bank = R.choice(["NWBK", "BARC", "MIDL", "LOYD", "HBUK"] if country == "GB"
                        else ["AIBK", "BOFI", "IPBS", "ULSB"])
        bban = bank + sortcode(country == "IE") + account()
    elif country == "DE":
        bban = rdig(18)
    elif country == "FR":
        bban = rdig(10) + "".join(R.choice("ABCDEFGHJK0123456789") for _ in range(11)) + rdig(2)
    elif country == "ES":
        bban = rdig(20)
    else:
        bban = R.choice(["ABNA", "RABO", "INGB"]) + rdig(10)
    return country + iban_check(country, bban) + bban


def uk_mobile():
    return "07" + R.choice(["7", "8", "9", "4"]) + rdig(8)


def uk_land():
    return R.choice(["020" + R.choice("78") + rdig(7), "0161" + rdig(7), "0113" + rdig(7),
                     "0131" + rdig(7), "0141" + rdig(7), "029" + "20" + rdig(6), "0117" + rdig(7)])


def ie_mobile():
    return "08" + R.choice("35679") + rdig(7)


def ie_land():
    return R.choice(["01" + rdig(7), "021" + rdig(7), "091" + rdig(6), "061" + rdig(6)])


def us_phone():
    return str(R.randint(2, 9)) + rdig(2) + str(R.randint(2, 9)) + rdig(6)


FIRST = ["john", "sarah", "aoife", "ciaran", "priya", "mohammed", "emma", "liam", "niamh", "tom",
         "grace", "oliver", "siobhan", "david", "fatima", "james", "chloe", "darragh", "megan", "raj"]
LAST = ["murphy", "kelly", "smith", "jones", "obrien", "walsh", "patel", "taylor", "brennan", "evans",
        "hughes", "doyle", "khan", "wilson", "byrne", "clarke", "roberts", "nolan", "price", "shaw"]
DOMAINS = ["gmail.com", "hotmail.co.uk", "yahoo.ie", "outlook.com", "btinternet.com", "eircom.net",
           "icloud.com", "live.ie", "sky.com", "protonmail.com"]


def email():
    f, l = R.choice(FIRST), R.choice(LAST)
    local = R.choice([f + "." + l, f + l, f[0] + l, f + "_" + l, l + f[0], f + l + str(R.randint(1, 99))])
    return local + "@" + R.choice(DOMAINS)


STREETS = ["acacia", "mill", "church", "station", "kings", "victoria", "elm", "highfield", "ormeau",
           "main", "castle", "harbour", "willow", "park", "meadow", "grange", "rathgar", "albert",
           "queens", "beech", "orchard", "oakwood", "the green", "newtown", "glebe"]
SUFFIX = ["road", "street", "avenue", "lane", "close", "drive", "crescent", "gardens", "terrace",
          "way", "grove", "court", "park", "place"]
SUFFIX_RE = "|".join(SUFFIX) + "|rd|st|ave|ln|dr|cres|gdns|terr|ct|pl|boulevard|blvd"

UK_AREAS = ["M", "B", "G", "L", "S", "E", "N", "W", "SW", "SE", "NW", "LS", "EH", "CF", "BS", "BT",
            "CR", "DN", "OX", "RG", "NE", "PL", "HU", "NG", "LE", "CV", "SK", "YO", "AB", "KY"]
INWARD_L = "ABDEFGHJLNPQRSTUWXYZ"


def uk_postcode():
    a = R.choice(UK_AREAS)
    d = str(R.randint(1, 28 if len(a) == 2 else 20))
    return a + d + " " + str(R.randint(0, 9)) + R.choice(INWARD_L) + R.choice(INWARD_L)


EIR_KEYS = ["D02", "D04", "D6W", "D08", "D12", "D15", "T12", "T23", "H91", "V94", "A94", "X91",
            "F92", "P31", "K78", "W23", "R95", "Y35", "E91", "N37"]
EIR_CH = "ACDEFHKNPRTVWXY0123456789"


def eircode():
    s = R.choice("ACDEFHKNPRTVWXY") + "".join(R.choice(EIR_CH) for _ in range(3))
    return R.choice(EIR_KEYS) + " " + s


def zipcode():
    return "%05d" % R.randint(1001, 99950)


MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december"]
MON3 = [m[:3] for m in MONTHS]


def dob():
    return R.randint(1938, 2005), R.randint(1, 12), R.randint(1, 28)


# --------------------------------------------------------------------------- spoken forms
UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
         "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
       "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
       "seventeenth", "eighteenth", "nineteenth", "twentieth"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "f": "foxtrot",
        "g": "golf", "h": "hotel", "i": "india", "j": "juliet", "k": "kilo", "l": "lima",
        "m": "mike", "n": "november", "o": "oscar", "p": "papa", "q": "quebec", "r": "romeo",
        "s": "sierra", "t": "tango", "u": "uniform", "v": "victor", "w": "whiskey", "x": "xray",
        "y": "yankee", "z": "zulu"}
EVERYDAY = {"a": "apple", "b": "bertie", "c": "charlie", "d": "david", "e": "edward", "h": "harry",
            "m": "mother", "n": "nellie", "p": "peter", "s": "sugar", "t": "tommy", "w": "william",
            "r": "robert", "k": "king", "j": "jack", "l": "london", "g": "george", "y": "yellow",
            "x": "xmas", "z": "zebra", "f": "freddie", "v": "victoria"}


def zero_word(style):
    return {"uk": R.choice(["oh", "oh", "zero", "nought"]), "us": R.choice(["zero", "oh", "o"]),
            "ie": R.choice(["oh", "zero", "o"])}[style]


def dword(c, style, homo=0.0):
    if c == "0":
        return zero_word(style)
    w = UNITS[int(c)]
    if homo and R.random() < homo:
        w = {"two": "to", "four": "for", "eight": "ate", "one": "won"}.get(w, w)
    return w


def say_digits(d, style="uk", doubles=0.5, homo=0.0, fill=0.0):
    """Digit-by-digit reading; runs may be read 'double x' / 'triple x'."""
    out = []
    i = 0
    while i < len(d):
        c = d[i]
        run = 1
        while i + run < len(d) and d[i + run] == c:
            run += 1
        if run >= 3 and R.random() < doubles:
            out.append("triple " + dword(c, style))
            i += 3
            continue
        if run >= 2 and R.random() < doubles:
            out.append("double " + dword(c, style))
            i += 2
            continue
        out.append(dword(c, style, homo))
        i += 1
        if fill and i < len(d) and R.random() < fill:
            out.append(R.choice(["um", "uh", "erm"]))
    return " ".join(out)


def say_pair(p, style="uk"):
    a, b = p
    if a == "0":
        return zero_word(style) + " " + UNITS[int(b)] if b != "0" else "double " + zero_word(style)
    if a == "1":
        return TEENS[int(b)]
    if b == "0":
        return TENS[int(a)]
    return TENS[int(a)] + " " + UNITS[int(b)]


def say_pairs(d, style="uk"):
    chunks = []
    i = 0
    while i < len(d):
        if i + 1 < len(d) and R.random() < 0.75:
            chunks.append(d[i:i + 2])
            i += 2
        else:
            chunks.append(d[i])
            i += 1
    parts = []
    for k, ch in enumerate(chunks):
        nxt = chunks[k + 1] if k + 1 < len(chunks) else ""
        if len(ch) == 2 and ch[0] >= "2" and ch[1] == "0" and len(nxt) == 1 and nxt != "0":
            # 'seventy' + 'four' would merge into 74: read this pair digit by digit
            parts.append(dword(ch[0], style) + " " + zero_word(style))
        else:
            parts.append(say_pair(ch, style) if len(ch) == 2 else dword(ch, style))
    return " ".join(parts)


def say_mixed(d, style="uk"):
    return say_pairs(d, style) if R.random() < 0.4 else say_digits(d, style)


def say_letter(c, nato=0.4):
    c = c.lower()
    r = R.random()
    if c == "o":
        return "o for " + pick("oscar", "orange")
    if r < nato:
        return c + " for " + (NATO[c] if R.random() < 0.6 or c not in EVERYDAY else EVERYDAY[c])
    if r < nato + 0.1:
        return c + " as in " + NATO[c]
    return c


def say_alnum(s, style="uk", nato=0.3):
    """Letters spelled, digit runs read digit by digit or in pairs."""
    out = []
    for tok in re.findall(r"[A-Za-z]|\d+", s):
        if tok.isdigit():
            out.append(say_digits(tok, style, doubles=0.3) if len(tok) % 2 or R.random() < 0.6
                       else say_pairs(tok, style))
        else:
            out.append(say_letter(tok, nato))
    return " ".join(out)


def say_year(y):
    if y >= 2000:
        return R.choice(["two thousand and " + (UNITS[y - 2000] if y < 2010 else say_pair(str(y)[2:])),
                         "twenty " + say_pair(str(y)[2:])]) if y >= 2010 else "two thousand and " + UNITS[y - 2000] if y > 2000 else "two thousand"
    return "nineteen " + say_pair(str(y)[2:])


def say_ordinal(n):
    if n <= 20:
        return ORD[n]
    if n == 30:
        return "thirtieth"
    return TENS[n // 10] + " " + ORD[n % 10]


def group(d, sizes, sep=" "):
    out, i = [], 0
    for s in sizes:
        out.append(d[i:i + s])
        i += s
    if i < len(d):
        out.append(d[i:])
    return sep.join(out)


def split_n(d, sizes):
    out, i = [], 0
    for s in sizes:
        out.append(d[i:i + s])
        i += s
    return out


# --------------------------------------------------------------------------- normaliser
NUMW = {w: str(i) for i, w in enumerate(UNITS)}
NUMW.update({"oh": "0", "o": "0", "nought": "0", "nil": "0", "won": "1", "to": "2", "too": "2",
             "for": "4", "ate": "8"})
FILLERS = {"um", "uh", "erm", "er", "sorry", "and", "then", "the", "is", "it", "its", "that",
           "thats", "s", "dash", "hyphen", "space", "slash", "yeah", "so", "like", "plus",
           "hmm", "right", "okay", "ok", "mhm", "no", "wait", "actually", "hang", "on", "bit"}


def tokens(text):
    return re.findall(r"\d+(?:st|nd|rd|th)\b|[a-z]+|\d+", text.lower().replace("'", ""))


def norm_alnum(text, letters=True):
    """Normalise spoken/typed value text to a canonical upper-case alnum string."""
    toks = tokens(text)
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else ""
        if t.isdigit():
            out.append(t)
        elif re.fullmatch(r"\d+(st|nd|rd|th)", t):
            out.append(re.sub(r"\D", "", t))
        elif letters and len(t) == 1 and nxt == "for" and i + 2 < len(toks) \
                and toks[i + 2].startswith(t):
            out.append(t.upper())
            i += 3
            continue
        elif letters and len(t) == 1 and nxt == "as" and i + 3 < len(toks) and toks[i + 2] == "in":
            out.append(t.upper())
            i += 4
            continue
        elif t in ("double", "triple"):
            d = NUMW.get(nxt)
            if d is None and letters and len(nxt) == 1:
                d = nxt.upper()
            if d is None:
                raise ValueError("bad %s %r" % (t, nxt))
            out.append(d * (2 if t == "double" else 3))
            i += 2
            continue
        elif t in TEENS:
            out.append(str(10 + TEENS.index(t)))
        elif t in TENS and t:
            if nxt in UNITS[1:]:
                out.append(str(TENS.index(t)) + NUMW[nxt])
                i += 2
                continue
            out.append(str(TENS.index(t)) + "0")
        elif t == "hundred":
            rest = []
            j = i + 1
            if j < len(toks) and toks[j] == "and":
                j += 1
            sub = norm_alnum(" ".join(toks[j:j + 2]), False) if j < len(toks) else ""
            # only used as 'X hundred' or 'X hundred and YY' (YY two digits)
            if sub and len(sub) == 2 and toks[j] in TENS + TEENS:
                out.append(sub)
                i = j + (2 if toks[j] in TENS and j + 1 < len(toks) and toks[j + 1] in UNITS[1:] else 1)
                continue
            out.append("00")
        elif t in NUMW and not (letters and len(t) == 1 and t != "o"):
            out.append(NUMW[t])
        elif letters and len(t) == 1:
            out.append(t.upper())
        elif letters and t in NATO.values():
            out.append(t[0].upper())
        elif t in FILLERS:
            pass
        elif letters and t.isalpha() and len(t) <= 4:
            out.append(t.upper())
        else:
            raise ValueError("unknown token %r in %r" % (t, text))
        i += 1
    return "".join(out)


def norm_email(text):
    if "@" in text:
        return text.strip().lower()
    out = []
    toks = re.findall(r"[a-z]+|\d+", text.lower())
    i = 0
    while i < len(toks):
        t = toks[i]
        if t == "dot":
            out.append(".")
        elif t == "at":
            out.append("@")
        elif t == "underscore":
            out.append("_")
        elif t in ("dash", "hyphen"):
            out.append("-")
        elif t in TENS and t and i + 1 < len(toks) and toks[i + 1] in UNITS[1:]:
            out.append(str(TENS.index(t)) + NUMW[toks[i + 1]])
            i += 1
        elif t in TENS and t:
            out.append(str(TENS.index(t)) + "0")
        elif t in TEENS:
            out.append(str(10 + TEENS.index(t)))
        elif t in UNITS:
            out.append(NUMW[t])
        else:
            out.append(t)
        i += 1
    return "".join(out)


def norm_date(text):
    t = text.lower()
    for i, m in enumerate(MONTHS):
        t = re.sub(r"\b%s\b" % m, " m%02d " % (i + 1), t)
    for i, m in enumerate(MON3):
        t = re.sub(r"\b%s\b" % m, " m%02d " % (i + 1), t)
    for n in range(31, 0, -1):
        t = re.sub(r"\b%s\b" % say_ordinal(n), " %d " % n, t) if n > 20 and n % 10 else \
            re.sub(r"\b%s\b" % say_ordinal(n), " %d " % n, t) if n <= 20 or n == 30 else t
    t = re.sub(r"\bof\b", " ", t)
    t = t.replace("two thousand and", " 20 ").replace("two thousand", " 2000 ")
    out = []
    for seg in re.split(r"(m\d\d)", t):
        if re.fullmatch(r"m\d\d", seg):
            out.append(seg[1:])
        else:
            out.append(norm_alnum(seg, False))
    return "".join(out)


UK_PC = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[ABD-HJLNP-UW-Z]{2}$")
EIR = re.compile(r"^[ACDEFHKNPRTVWXY]\d[\dW][ACDEFHKNPRTVWXY0-9]{4}$")


def validate_group(typ, pieces, texts):
    """Return an error string or None."""
    val = "".join(p for p in pieces)
    if typ == "CARD_NUMBER":
        if not (val.isdigit() and 13 <= len(val) <= 19 and luhn_ok(val)):
            return "card invalid %s" % val
    elif typ == "CVV":
        if not (val.isdigit() and len(val) in (3, 4)):
            return "cvv %s" % val
    elif typ == "SSN":
        if not (val.isdigit() and len(val) == 9):
            return "ssn %s" % val
    elif typ == "NI_NUMBER":
        if not re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", val):
            return "ni %s" % val
    elif typ == "BANK_ACCOUNT":
        if not (val.isdigit() and 6 <= len(val) <= 12):
            return "acct %s" % val
    elif typ == "SORT_CODE":
        if not (val.isdigit() and len(val) == 6):
            return "sort %s" % val
    elif typ == "IBAN":
        if not iban_valid(val):
            return "iban %s" % val
    elif typ == "PHONE":
        if not (val.isdigit() and 9 <= len(val) <= 14):
            return "phone %s" % val
    elif typ == "EMAIL":
        if not re.fullmatch(r"[a-z0-9._-]+@[a-z0-9-]+(\.[a-z0-9-]+)+", val):
            return "email %s" % val
    elif typ == "POSTCODE":
        if not (UK_PC.match(val) or EIR.match(val) or re.fullmatch(r"\d{5}(\d{4})?", val)):
            return "postcode %s" % val
    elif typ in ("DOB", "EXPIRY"):
        if not re.fullmatch(r"\d{3,8}", val):
            return "date %s" % val
    elif typ == "ADDRESS":
        joined = " ".join(texts).lower()
        if not (re.search(r"\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                          r"teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)", joined)
                and re.search(r"\b(%s)\b" % SUFFIX_RE, joined)):
            return "address %r" % joined
    return None


def normalise(typ, text):
    if typ == "EMAIL":
        return norm_email(text)
    if typ in ("DOB", "EXPIRY"):
        return norm_date(text)
    if typ == "ADDRESS":
        return text
    return norm_alnum(text, letters=typ in ("NI_NUMBER", "IBAN", "POSTCODE"))


# --------------------------------------------------------------------------- case builder
class Case:
    def __init__(self, kind, note):
        self.kind, self.note = kind, note
        self.turns = []
        self.spans = []   # (turn, start, end, V)

    def say(self, speaker, *segs):
        text = ""
        flat = []
        for s in segs:
            flat.extend(s if isinstance(s, Segs) else [s])
        for s in flat:
            if isinstance(s, V):
                start = len(text)
                text += s.text
                self.spans.append((len(self.turns), start, len(text), s))
            else:
                text += s
        self.turns.append({"speaker": speaker, "text": text})
        return self

    def a(self, *segs):
        return self.say("agent", *segs)

    def c(self, *segs):
        return self.say("customer", *segs)


def val(text, typ, piece=None, grp=None):
    return V(text, typ, grp or newgroup(), piece)


class Segs(list):
    pass


def dval(text):
    """DOB value; a leading 'the ' stays outside the span (inlined by Case.say)."""
    if text.startswith("the "):
        return Segs(["the ", val(text[4:], "DOB")])
    return val(text, "DOB")


def pick(*xs):
    return R.choice(xs)


def back():
    return pick("mhm", "okay", "yep", "yeah go on", "okay go on", "right", "uh huh", "got that",
                "okay yeah", "sure")


# ---- reusable value renderers (return V or list of segments)
def card_spoken(num, style):
    r = R.random()
    if r < 0.5:
        return say_digits(num, style, doubles=0.4, homo=0.05)
    if r < 0.7:
        sizes = [4, 6, 5] if len(num) == 15 else [4, 4, 4, 4]
        return " ".join(say_digits(g, style, doubles=0.5) for g in split_n(num, sizes))
    sizes = [4, 6, 5] if len(num) == 15 else [4, 4, 4, 4]
    return pick(" ", " ... ", ", ").join(say_mixed(g, style) for g in split_n(num, sizes))


def card_typed(num):
    if len(num) == 15:
        return pick(group(num, [4, 6, 5]), num, group(num, [4, 6, 5], "-"))
    return pick(group(num, [4, 4, 4, 4]), num, group(num, [4, 4, 4, 4], "-"),
                group(num, [4, 4, 4, 4], "  "), group(num, [4, 4, 4, 4], "."),
                group(num, [8, 8]))


def ni_spoken(n, style="uk"):
    r = R.random()
    letters = " ".join(say_letter(c, 0.5) for c in n[:2])
    if r < 0.35:
        digits = say_digits(n[2:8], style, doubles=0.4)
    elif r < 0.7:
        digits = " ".join(say_pair(n[i:i + 2], style) for i in (2, 4, 6))
    else:
        digits = say_mixed(n[2:8], style)
    return letters + " " + digits + " " + say_letter(n[8], 0.4)


def ni_typed(n):
    r = R.randint(0, 7)
    s = [n, n[:2] + " " + " ".join(n[i:i + 2] for i in (2, 4, 6)) + " " + n[8],
         n.lower(), n[:2] + "-" + "-".join(n[i:i + 2] for i in (2, 4, 6)) + "-" + n[8],
         n[:2] + " " + n[2:8] + " " + n[8], n[0] + n[1].lower() + n[2:8] + " " + n[8].lower(),
         (n[:2] + " " + " ".join(n[i:i + 2] for i in (2, 4, 6)) + " " + n[8]).lower(),
         n[:2] + n[2:8] + " " + n[8]][r]
    return s


def ssn_typed(s):
    return pick(s[:3] + "-" + s[3:5] + "-" + s[5:], s[:3] + " " + s[3:5] + " " + s[5:], s,
                s[:3] + "." + s[3:5] + "." + s[5:])


def phone_typed(p, kind):
    if kind == "uk_mob":
        return pick(p, p[:5] + " " + p[5:], "+44 " + p[1:5] + " " + p[5:], "+447" + p[2:],
                    "(+44) " + p[1:5] + " " + p[5:8] + " " + p[8:], p[:5] + "-" + p[5:8] + "-" + p[8:],
                    "0044 " + p[1:5] + " " + p[5:])
    if kind == "uk_land":
        if p.startswith("020"):
            return pick(p[:3] + " " + p[3:7] + " " + p[7:], "+44 (0)20 " + p[3:7] + " " + p[7:],
                        "(020) " + p[3:7] + " " + p[7:])
        if p.startswith("029"):
            return pick("029 " + p[3:7] + " " + p[7:], "+44 29 " + p[3:7] + " " + p[7:], p)
        return pick(p[:4] + " " + p[4:7] + " " + p[7:], "+44 " + p[1:4] + " " + p[4:], p)
    if kind == "ie_mob":
        return pick(p[:3] + " " + p[3:6] + " " + p[6:], "+353 " + p[1:3] + " " + p[3:],
                    "+353 (0)" + p[1:3] + " " + p[3:6] + " " + p[6:], p, "00353 " + p[1:3] + " " + p[3:])
    if kind == "ie_land":
        if p.startswith("01"):
            return pick("(01) " + p[2:5] + " " + p[5:], "01 " + p[2:], "+353 1 " + p[2:5] + " " + p[5:])
        return pick("(" + p[:3] + ") " + p[3:], p[:3] + " " + p[3:], "+353 " + p[1:3] + " " + p[3:])
    return pick("(" + p[:3] + ") " + p[3:6] + "-" + p[6:], p[:3] + "-" + p[3:6] + "-" + p[6:],
                "+1 " + p[:3] + " " + p[3:6] + " " + p[6:], p[:3] + "." + p[3:6] + "." + p[6:])


def phone_piece(text):
    return re.sub(r"\D", "", text)


def phone_spoken(p, kind, style):
    r = R.random()
    if kind in ("uk_mob", "ie_mob") and R.random() < 0.25:
        if R.random() < 0.3:
            intl = "double oh four four " if kind == "uk_mob" else "double oh three five three "
            cc = "0044" if kind == "uk_mob" else "00353"
        else:
            intl = "plus four four " if kind == "uk_mob" else "plus three five three "
            cc = "44" if kind == "uk_mob" else "353"
        body = p[1:]
        return intl + say_digits(body, style, doubles=0.5), cc + body
    if r < 0.55:
        return say_digits(p, style, doubles=0.6), p
    cut = 5 if kind == "uk_mob" else 3
    return say_digits(p[:cut], style, doubles=0.6) + " " + say_mixed(p[cut:], style), p


def email_spoken(e):
    local, dom = e.split("@")
    parts = []
    for seg in re.split(r"([._])", local):
        if seg == ".":
            parts.append("dot")
        elif seg == "_":
            parts.append("underscore")
        elif seg.isdigit():
            parts.append(" ".join(UNITS[int(c)] for c in seg))
        else:
            m = re.match(r"([a-z]+?)(\d*)$", seg)
            w, dg = m.group(1), m.group(2)
            if len(w) == 1 or (R.random() < 0.3 and len(w) <= 7):
                parts.append(" ".join(w))
            else:
                parts.append(w)
            if dg:
                parts.append(" ".join(UNITS[int(c)] for c in dg))
    d = " dot ".join(dom.split("."))
    return " ".join(parts) + " at " + d


def dob_spoken(y, m, d, style):
    r = R.randint(0, 4)
    if r == 0:
        return pick("the ", "") + say_ordinal(d) + " of " + MONTHS[m - 1] + " " + say_year(y)
    if r == 1:
        return say_ordinal(d) + " " + MONTHS[m - 1] + " " + say_year(y)
    if r == 2 and style == "us":
        return MONTHS[m - 1] + " " + say_ordinal(d) + " " + say_year(y)
    if r == 3:
        return say_pair("%02d" % d, style) + " " + say_pair("%02d" % m, style) + " " + say_pair(str(y)[2:], style)
    return say_ordinal(d) + " of " + MONTHS[m - 1] + " " + say_pair(str(y)[2:], style)


def dob_typed(y, m, d, us=False):
    if us:
        return pick("%02d/%02d/%d" % (m, d, y), "%d/%d/%d" % (m, d, y), "%s %d, %d" % (MONTHS[m - 1].title(), d, y))
    return pick("%02d/%02d/%d" % (d, m, y), "%d.%d.%d" % (d, m, y), "%02d-%02d-%02d" % (d, m, y % 100),
                "%d %s %d" % (d, MONTHS[m - 1].title(), y), "%d%s %s %d" % (d, "th" if 4 <= d <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th"), MON3[m - 1].title(), y),
                "%02d/%02d/%02d" % (d, m, y % 100))


def expiry_spoken(m, y, style):
    r = R.randint(0, 3)
    if r == 0:
        return say_pair("%02d" % m, style) + " " + say_pair("%02d" % y, style)
    if r == 1:
        return MONTHS[m - 1] + " " + say_pair("%02d" % y, style)
    if r == 2:
        return MONTHS[m - 1] + " twenty " + say_pair("%02d" % y, style)
    return say_digits("%02d" % m, style) + " " + say_digits("%02d" % y, style)


def expiry_typed(m, y):
    return pick("%02d/%02d" % (m, y), "%02d/20%02d" % (m, y), "%02d-%02d" % (m, y), "%02d%02d" % (m, y),
                "%d/%02d" % (m, y), "%s %02d" % (MON3[m - 1].title(), y))


def postcode_spoken(pc):
    return say_alnum(pc.replace(" ", ""), "uk", nato=0.35)


def address_text(spoken):
    n = R.randint(1, 240)
    st = R.choice(STREETS) + " " + R.choice(SUFFIX)
    flat = R.random() < 0.2
    if spoken:
        num = say_pairs(str(n)) if n >= 10 and R.random() < 0.5 else (
            " ".join(UNITS[int(c)] for c in str(n)) if R.random() < 0.4 else
            (TEENS[n - 10] if 10 <= n < 20 else TENS[n // 10] + (" " + UNITS[n % 10] if n % 10 else "")
             if 20 <= n < 100 else " ".join(UNITS[int(c)] for c in str(n))))
        pre = "flat " + UNITS[R.randint(1, 9)] + " " if flat else ""
        return pre + num + " " + st
    pre = pick("Flat %d, " % R.randint(1, 30), "Apt %d " % R.randint(1, 30), "%d" % R.randint(1, 9) + "A ") if flat else ""
    return pre + str(n) + " " + st.title()


def irish_address_text(spoken):
    n = R.randint(1, 120)
    st = R.choice(["rathgar", "glenageary", "college", "shandon", "eyre", "mardyke", "ballymun",
                   "clontarf", "newcastle", "salthill"]) + " " + R.choice(["road", "avenue", "park", "street", "drive"])
    if spoken:
        return (say_pairs(str(n)) if n >= 10 else UNITS[n]) + " " + st
    return str(n) + " " + st.title()


# --------------------------------------------------------------------------- positive templates
IND_UK = ["banking", "telecom", "utilities", "retail", "insurance", "travel", "government", "healthcare billing"]


def p_card_call_one_turn():
    style = pick("uk", "ie", "uk")
    num = card()
    m, y = R.randint(1, 12), R.randint(25, 31)
    cvv = rdig(4 if num[:2] in ("34", "37") else 3)
    ind = pick("telecom", "utilities", "retail", "insurance", "travel")
    c = Case("positive", "call/%s: card read in one turn (%s), expiry and security code spoken, amount unlabelled" % (ind, style))
    amt = pick("forty two pounds fifty", "a hundred and twenty euro", "sixty nine ninety nine", "eighteen pounds")
    c.a("so that's ", amt, " today can i take the long number across the front of the card please")
    c.c(pick("yeah it's ", "okay so ", "right ", "um ", ""), val(card_spoken(num, style), "CARD_NUMBER", num))
    c.a("lovely and the expiry date")
    c.c(pick("", "it's ", "expires "), val(expiry_spoken(m, y, style), "EXPIRY"))
    c.a("and the three digits on the back" if len(cvv) == 3 else "and the four digit code on the front")
    c.c(val(say_digits(cvv, style, doubles=0.3), "CVV", cvv))
    return c


def p_card_call_split():
    style = pick("uk", "ie", "us")
    num = card(pick("visa", "mc"))
    g = newgroup()
    parts = split_n(num, [4, 4, 4, 4])
    ind = pick("insurance", "utilities", "telecom", "healthcare billing")
    c = Case("positive", "call/%s: card split over four customer turns with back-channels" % ind)
    c.a(pick("okay whenever you're ready with the card number", "go ahead with the sixteen digits"))
    lead = [pick("right ", "okay ", "so ", ""), "", pick("", "then "), pick("", "and ", "last four ")]
    for i, p in enumerate(parts):
        txt = say_mixed(p, style) if R.random() < 0.5 else say_digits(p, style, doubles=0.6)
        c.c(lead[i], val(txt, "CARD_NUMBER", p, g), pick("", "", " um"))
        if i < 3:
            c.a(back())
    c.a("perfect thank you")
    return c


def p_card_correction():
    style = pick("uk", "ie")
    num = card("visa")
    parts = split_n(num, [4, 4, 4, 4])
    g = newgroup()
    wrong = list(parts[2])
    wrong[3] = str((int(wrong[3]) + 3) % 10)
    wrong = "".join(wrong)
    c = Case("positive", "call/retail: card in groups, customer corrects third group after agent read-back")
    c.a("card number please")
    c.c(val(say_digits(parts[0], style), "CARD_NUMBER", parts[0], g), " ", val(say_digits(parts[1], style), "CARD_NUMBER", parts[1], g))
    c.a(back())
    c.c(val(say_digits(wrong, style), "CARD_NUMBER", wrong, "ignore"))
    c.a("so ", val(say_digits(wrong, style), "CARD_NUMBER", wrong, "ignore"), " yeah")
    c.c("no sorry my mistake ", val(say_digits(parts[2], style), "CARD_NUMBER", parts[2], g),
        " and then ", val(say_digits(parts[3], style), "CARD_NUMBER", parts[3], g))
    c.a("grand that's gone through now" if style == "ie" else "lovely that's all gone through")
    return c


def p_card_chat():
    num = card()
    m, y = R.randint(1, 12), R.randint(25, 31)
    cvv = rdig(4 if num[:2] in ("34", "37") else 3)
    ind = pick("retail", "travel", "telecom", "utilities")
    c = Case("positive", "chat/%s: card, expiry and cvv typed in one or two messages" % ind)
    c.a("Hi, I can take the payment of £%d.%02d here. Please send the card details." % (R.randint(10, 400), R.randint(0, 99)))
    ct = card_typed(num)
    if R.random() < 0.5:
        c.c(pick("card ", "Card no: ", "its ", "ok "), val(ct, "CARD_NUMBER", num), pick(" exp ", " expiry ", ", exp: ", " "),
            val(expiry_typed(m, y), "EXPIRY"), pick(" cvv ", " cvc ", " security code ", " sec "), val(cvv, "CVV", cvv))
    else:
        c.c(val(ct, "CARD_NUMBER", num))
        c.a("Thanks. And the expiry date and the 3 digit code?" if len(cvv) == 3 else "Thanks. Expiry and the 4 digit CID please?")
        c.c(pick("expiry ", "exp ", ""), val(expiry_typed(m, y), "EXPIRY"), pick(" and code ", " / ", ", cvv "), val(cvv, "CVV", cvv))
    c.a("Thank you, that's processed.")
    return c


def p_card_readback():
    style = "uk"
    num = card("mc")
    c = Case("positive", "call/banking: agent reads back full card number in groups, customer confirms")
    c.a("can you confirm the card you want to cancel")
    c.c(val(say_digits(num, style, doubles=0.5), "CARD_NUMBER", num))
    sp = " ".join(say_digits(p, style, doubles=0.0) for p in split_n(num, [4, 4, 4, 4]))
    c.a("so that's ", val(sp, "CARD_NUMBER", num), " is that right")
    c.c("yep that's the one it was stolen on the ", pick("tenth", "fourth", "twenty second"), " i think")
    return c


def p_card_amex_us():
    num = card("amex")
    cid = rdig(4)
    z = zipcode()
    c = Case("positive", "call/travel: US amex 4-6-5 with four digit CID and billing ZIP")
    c.a("and which card will you be using for the reservation")
    parts = split_n(num, [4, 6, 5])
    c.c("amex ", val(" ".join(say_digits(p, "us", doubles=0.4) for p in parts), "CARD_NUMBER", num))
    c.a("and the four digit code on the front")
    c.c(val(say_digits(cid, "us"), "CVV", cid))
    c.a("and the billing zip")
    c.c(val(say_digits(z, "us", doubles=0.5), "POSTCODE", z))
    return c


def p_ni_call():
    n = ni()
    ind = pick("government", "banking", "insurance", "utilities")
    c = Case("positive", "call/%s: NI number spoken letters (phonetic) + digits + suffix letter" % ind)
    c.a(pick("can i take your national insurance number please", "and your n i number"))
    c.c(pick("yeah it's ", "okay it's ", "right so ", "um ", ""), val(ni_spoken(n), "NI_NUMBER", n))
    c.a(pick("thank you", "lovely", "great thanks"))
    return c


def p_ni_split():
    n = ni()
    g = newgroup()
    c = Case("positive", "call/government: NI number split over turns, letters, digits in pairs, suffix letter separately")
    c.a("what's your national insurance number")
    c.c("it's ", val(" ".join(say_letter(ch, 0.6) for ch in n[:2]), "NI_NUMBER", n[:2], g))
    c.a(back())
    pr = [n[2:4], n[4:6], n[6:8]]
    if R.random() < 0.5:
        c.c(val(" ".join(say_pair(p) for p in pr), "NI_NUMBER", n[2:8], g))
    else:
        c.c(val(say_digits(n[2:5]), "NI_NUMBER", n[2:5], g))
        c.a(back())
        c.c(val(say_digits(n[5:8]), "NI_NUMBER", n[5:8], g))
    c.a("and the letter at the end")
    c.c(val(say_letter(n[8], 0.5), "NI_NUMBER", n[8], g))
    return c


def p_ni_chat():
    n = ni()
    ind = pick("government", "banking", "insurance", "payroll")
    c = Case("positive", "chat/%s: NI number typed with varied case/separators" % ind)
    c.a(pick("Could you confirm your National Insurance number?", "Please provide your NINO to continue."))
    c.c(pick("", "Sure it's ", "NI: ", "its ", "my ni no is "), val(ni_typed(n), "NI_NUMBER", n),
        pick("", " thanks", ". I started the job on 3rd March", " - tax code is 1257L"))
    return c


def p_ni_readback():
    n = ni()
    c = Case("positive", "call/government: NI number with ASR homophones and agent read-back")
    c.c("my national insurance is ", val(n[0].lower() + " " + n[1].lower() + " " + say_digits(n[2:8], "uk", homo=0.4) + " " + n[8].lower(), "NI_NUMBER", n))
    c.a("let me read that back ", val(" ".join(say_letter(x, 0.9) for x in n[:2]) + " " + " ".join(say_pair(n[i:i + 2]) for i in (2, 4, 6)) + " " + say_letter(n[8], 0.9), "NI_NUMBER", n))
    c.c("that's it yeah")
    return c


def p_ni_with_dob():
    n = ni()
    y, m, d = dob()
    c = Case("positive", "call/government: NI number and date of birth in the same customer turn")
    c.a("for security can i have your national insurance number and date of birth")
    c.c(val(ni_spoken(n), "NI_NUMBER", n), " and i was born on ", dval(dob_spoken(y, m, d, "uk")))
    c.a("thank you that's all verified")
    return c


def p_ssn_call():
    s = ssn()
    ind = pick("banking", "insurance", "healthcare billing", "government")
    c = Case("positive", "call/%s (US): SSN read digit by digit / in groups" % ind)
    c.a(pick("can i get your social security number", "i'll need the last nine of your social, the full social please"))
    r = R.random()
    if r < 0.4:
        t = say_digits(s, "us", doubles=0.5)
    elif r < 0.7:
        t = say_digits(s[:3], "us") + " " + say_pair(s[3:5], "us") + " " + say_pairs(s[5:], "us")
    else:
        t = say_digits(s[:3], "us") + ", " + say_digits(s[3:5], "us") + ", " + say_digits(s[5:], "us", doubles=0.5)
    c.c(pick("sure it's ", "yeah ", "okay ", ""), val(t, "SSN", s))
    c.a("thank you")
    return c


def p_ssn_split():
    s = ssn()
    g = newgroup()
    c = Case("positive", "call/healthcare billing (US): SSN split 3-2-4 over three turns")
    c.a("and your social")
    c.c(val(say_digits(s[:3], "us"), "SSN", s[:3], g))
    c.a(back())
    c.c(val(say_digits(s[3:5], "us"), "SSN", s[3:5], g))
    c.a(back())
    c.c(val(say_digits(s[5:], "us", doubles=0.5), "SSN", s[5:], g), pick("", " and my copay was twenty dollars"))
    return c


def p_ssn_chat():
    s = ssn()
    c = Case("positive", "chat/%s (US): SSN typed" % pick("banking", "insurance", "government", "tax prep"))
    c.a("To verify, please enter your Social Security number.")
    c.c(pick("", "SSN ", "ssn: ", "Sure - ", "its "), val(ssn_typed(s), "SSN", s), pick("", " thanks", ". Born in Ohio btw"))
    return c


def p_ssn_mixed():
    s = ssn()
    y, m, d = dob()
    z = zipcode()
    c = Case("positive", "call/insurance (US): SSN, DOB and ZIP in one turn with chit-chat")
    c.a("okay i'll need your social date of birth and zip code")
    c.c("sure social is ", val(say_digits(s, "us", doubles=0.4), "SSN", s), " birthday is ", dval(dob_spoken(y, m, d, "us")),
        " and the zip is ", val(say_digits(z, "us"), "POSTCODE", z), " sorry it's been a long day")
    return c


def p_bank_call():
    style = pick("uk", "ie")
    sc, ac = sortcode(style == "ie"), account()
    lbl = "sort code" if style == "uk" else pick("sort code", "n s c")
    c = Case("positive", "call/banking (%s): sort code in pairs and account number" % style)
    c.a("can i take the ", lbl, " and account number for the direct debit")
    r = R.random()
    sct = " ".join(say_pair(sc[i:i + 2], style) for i in (0, 2, 4)) if r < 0.5 else say_digits(sc, style, doubles=0.6)
    act = say_digits(ac, style, doubles=0.5, fill=0.05) if R.random() < 0.6 else say_mixed(ac, style)
    if R.random() < 0.5:
        c.c(lbl, " is ", val(sct, "SORT_CODE", sc), " and the account number is ", val(act, "BANK_ACCOUNT", ac))
    else:
        c.c(val(sct, "SORT_CODE", sc))
        c.a(back(), " and the account number")
        c.c(val(act, "BANK_ACCOUNT", ac))
    c.a("that's set up for the ", pick("first", "fifteenth", "twenty eighth"), " of each month")
    return c


def p_bank_chat():
    sc, ac = sortcode(), account()
    c = Case("positive", "chat/%s: sort code and account typed" % pick("banking", "payroll", "utilities", "insurance refund"))
    c.a("Please send the account details for the refund of £%d.%02d." % (R.randint(5, 900), R.randint(0, 99)))
    sct = pick(sc[:2] + "-" + sc[2:4] + "-" + sc[4:], sc, sc[:2] + " " + sc[2:4] + " " + sc[4:], sc[:2] + "." + sc[2:4] + "." + sc[4:])
    c.c(pick("sort code ", "Sort: ", "sc "), val(sct, "SORT_CODE", sc), pick(" acc ", " account no ", ", a/c ", " account number: "),
        val(pick(ac, ac[:4] + " " + ac[4:]), "BANK_ACCOUNT", ac))
    return c


def p_bank_split():
    sc, ac = sortcode(), account()
    g = newgroup()
    c = Case("positive", "call/banking: account number split over two turns with filler/doubles, sort code in pairs with hedging after")
    c.a("and the account number")
    c.c(val(say_digits(ac[:4], "uk", fill=0.3), "BANK_ACCOUNT", ac[:4], g))
    c.a(back())
    c.c(val(say_digits(ac[4:], "uk", doubles=0.8), "BANK_ACCOUNT", ac[4:], g))
    c.a("and the sort code")
    c.c("it's ", val(say_pairs(sc), "SORT_CODE", sc), " i think hang on yeah that's right")
    return c


def p_iban_chat():
    ib = iban()
    c = Case("positive", "chat/%s: IBAN typed (%s)" % (pick("banking", "travel refund", "payroll", "insurance"), ib[:2]))
    c.a("Please provide the IBAN for the transfer.")
    t = pick(" ".join(ib[i:i + 4] for i in range(0, len(ib), 4)), ib, ib.lower(),
             " ".join(ib[i:i + 4] for i in range(0, len(ib), 4)).lower())
    c.c(pick("", "IBAN: ", "here: ", "its "), val(t, "IBAN", ib), pick("", " BIC AIBKIE2D", " thanks"))
    return c


def p_iban_call():
    ib = iban(pick("IE", "GB", "IE"))
    c = Case("positive", "call/banking (%s): IBAN spelled letters phonetically and digits read out" % ib[:2])
    c.a("and the i ban number for the account")
    c.c(val(say_alnum(ib, pick("ie", "uk"), nato=0.4), "IBAN", ib))
    c.a("thanks the transfer should land in two to three working days")
    return c


def p_iban_split():
    ib = iban(pick("IE", "GB", "DE"))
    g = newgroup()
    chunks = [ib[i:i + 4] for i in range(0, len(ib), 4)]
    c = Case("positive", "call/travel refund: IBAN read in groups of four over several turns")
    c.a("okay read me the i ban in blocks of four")
    i = 0
    while i < len(chunks):
        n = R.choice([1, 2])
        piece = "".join(chunks[i:i + n])
        c.c(val(say_alnum(piece, "uk", nato=0.3), "IBAN", piece, g))
        i += n
        if i < len(chunks):
            c.a(back())
    return c


PHONE_KINDS = [("uk_mob", uk_mobile, "uk"), ("uk_land", uk_land, "uk"), ("ie_mob", ie_mobile, "ie"),
               ("ie_land", ie_land, "ie"), ("us", us_phone, "us")]


def p_phone_call():
    kind, gen, style = R.choice(PHONE_KINDS[:4] * 2 + PHONE_KINDS[4:])
    p = gen()
    txt, piece = phone_spoken(p, kind, style)
    ind = pick("telecom", "utilities", "retail", "healthcare billing", "insurance")
    c = Case("positive", "call/%s: %s phone number spoken" % (ind, kind))
    c.a(pick("what's the best number to reach you on", "and a contact number", "can i get a callback number"))
    lead = pick("", "it's ", "yeah my mobile is ", "mobile's ") if "mob" in kind else pick("", "it's ", "the landline is ", "home number is ")
    c.c(lead, val(txt, "PHONE", piece), pick("", " after six is best", " thanks"))
    return c


def p_phone_split():
    kind, gen, style = R.choice(PHONE_KINDS[:3])
    p = gen()
    g = newgroup()
    c = Case("positive", "call/telecom: %s phone split over two turns with agent back-channel, then read back" % kind)
    c.a("what's the number you're porting")
    cut = 5 if kind == "uk_mob" else 3
    c.c(val(say_digits(p[:cut], style, doubles=0.7), "PHONE", p[:cut], g))
    c.a(back())
    c.c(val(say_mixed(p[cut:], style), "PHONE", p[cut:], g))
    c.a("so that's ", val(say_digits(p, style, doubles=0.0), "PHONE", p), " yeah")
    c.c("yeah")
    return c


def p_phone_chat():
    kind, gen, style = R.choice(PHONE_KINDS)
    p = gen()
    t = phone_typed(p, kind)
    c = Case("positive", "chat/%s: %s phone typed" % (pick("telecom", "retail", "travel", "utilities"), kind))
    c.a("What's the best number to contact you on?")
    if "mob" in kind:
        c.c(pick("", "call me on ", "mob: ", "its ", "mobile "), val(t, "PHONE", phone_piece(t)), pick("", " pls", ". Not before 9am", " (mobile)"))
    else:
        c.c(pick("", "call me on ", "tel: ", "its ", "landline "), val(t, "PHONE", phone_piece(t)), pick("", " pls", ". Not before 9am", " (home)"))
    return c


def p_email_call():
    e = email()
    c = Case("positive", "call/%s: email address spoken with dot/at" % pick("retail", "telecom", "travel", "utilities", "insurance"))
    c.a("and an email address for the confirmation")
    c.c(pick("", "yeah it's ", "it's "), val(email_spoken(e), "EMAIL", e), pick("", " all lower case", " thanks"))
    return c


def p_email_chat():
    e = email()
    if R.random() < 0.3:
        e = e[0].upper() + e[1:]
    c = Case("positive", "chat/%s: email typed" % pick("retail", "travel", "telecom", "banking"))
    c.a("Can you confirm the email on the account?")
    c.c(pick("", "sure ", "its ", "email: "), val(e, "EMAIL", e.lower()), pick("", " thanks", " - or use my work one"))
    return c


def p_dob_call():
    style = pick("uk", "ie", "us")
    y, m, d = dob()
    c = Case("positive", "call/%s: date of birth spoken (%s)" % (pick("insurance", "banking", "healthcare billing", "government"), style))
    c.a(pick("and your date of birth", "can you confirm your date of birth please", "and the d o b"))
    c.c(pick("", "it's ", "yeah ", "um "), dval(dob_spoken(y, m, d, style)))
    c.a("thank you")
    return c


def p_dob_chat():
    y, m, d = dob()
    us = R.random() < 0.2
    c = Case("positive", "chat/%s: date of birth typed" % pick("insurance", "banking", "healthcare billing"))
    c.a("Please confirm your date of birth.")
    c.c(pick("", "DOB ", "dob: ", "born "), val(dob_typed(y, m, d, us), "DOB"))
    return c


def p_postcode_call():
    pc = uk_postcode()
    c = Case("positive", "call/%s: UK postcode spelled with phonetics" % pick("utilities", "retail", "insurance", "telecom"))
    c.a("and what's the postcode there")
    c.c(pick("", "it's ", "yeah "), val(postcode_spoken(pc), "POSTCODE", pc.replace(" ", "")))
    return c


def p_postcode_chat():
    pc = uk_postcode()
    t = pick(pc, pc.lower(), pc.replace(" ", ""), pc.replace(" ", "").lower())
    c = Case("positive", "chat/%s: UK postcode typed" % pick("retail", "utilities", "telecom"))
    c.a("What's the postcode for the delivery?")
    c.c(pick("", "its ", "postcode ", "pc: "), val(t, "POSTCODE", pc.replace(" ", "")))
    return c


def p_eircode():
    ec = eircode()
    spoken = R.random() < 0.5
    c = Case("positive", "%s/%s (IE): Eircode %s" % ("call" if spoken else "chat", pick("utilities", "telecom", "retail"), "spoken" if spoken else "typed"))
    c.a("and your eircode" if spoken else "Could you give me your Eircode?")
    t = say_alnum(ec.replace(" ", ""), "ie", nato=0.3) if spoken else pick(ec, ec.replace(" ", ""), ec.lower())
    c.c(pick("", "it's ", "yeah "), val(t, "POSTCODE", ec.replace(" ", "")))
    return c


def p_address_call():
    a = address_text(True)
    pc = uk_postcode()
    c = Case("positive", "call/%s: UK street address spoken then postcode" % pick("utilities", "retail", "insurance", "telecom"))
    c.a("what's the address for the new account")
    town = pick("leeds", "bristol", "manchester", "cardiff", "glasgow", "belfast", "hull")
    c.c(val(a, "ADDRESS"), " ", town, " ", val(postcode_spoken(pc), "POSTCODE", pc.replace(" ", "")))
    c.a("and how long have you lived there")
    c.c(pick("about three years", "since twenty nineteen", "six months"))
    return c


def p_address_chat():
    a = address_text(False)
    pc = uk_postcode()
    c = Case("positive", "chat/%s: UK street address typed with town and postcode" % pick("retail", "utilities", "insurance"))
    c.a("Please confirm the delivery address.")
    c.c(val(a, "ADDRESS"), pick(", ", " "), pick("Leeds", "York", "Hull", "Stockport", "Reading"), pick(", ", " "), val(pc, "POSTCODE", pc.replace(" ", "")))
    return c


def p_ie_address():
    a = irish_address_text(R.random() < 0.5).lower()
    ec = eircode()
    c = Case("positive", "call/utilities (IE): Irish street address and Eircode")
    c.a("what's the address of the property")
    c.c(val(a, "ADDRESS"), " ", pick("dublin six", "cork", "galway", "limerick"), " eircode ", val(say_alnum(ec.replace(" ", ""), "ie", nato=0.2), "POSTCODE", ec.replace(" ", "")))
    c.a("and the m p r n is on the bill i'll grab that separately")
    return c


def p_us_address():
    n = R.randint(10, 9999)
    st = pick("Maple", "Oak", "Washington", "Lake", "Cedar", "Pine", "Sunset") + " " + pick("Street", "Avenue", "Blvd", "Drive", "Court")
    z = zipcode()
    c = Case("positive", "chat/retail (US): street address and ZIP+4")
    c.a("Shipping address?")
    z4 = z + "-" + rdig(4)
    c.c(val("%d %s" % (n, st), "ADDRESS"), ", ", pick("Austin, TX", "Columbus OH", "Denver, CO"), " ", val(z4, "POSTCODE", z4.replace("-", "")))
    return c


def p_mixed_contact_update():
    p = uk_mobile()
    e = email()
    pc = uk_postcode()
    c = Case("positive", "call/telecom: phone, email and postcode given in one rambling turn")
    c.a("i just need to update your contact details")
    txt, piece = phone_spoken(p, "uk_mob", "uk")
    c.c("okay so new mobile is ", val(txt, "PHONE", piece), " email's ", val(email_spoken(e), "EMAIL", e),
        " and we moved so the postcode is ", val(postcode_spoken(pc), "POSTCODE", pc.replace(" ", "")))
    c.a("brilliant i've updated all three")
    return c


def p_security_checks():
    n = ni()
    y, m, d = dob()
    pc = uk_postcode()
    c = Case("positive", "call/banking: full security questions, NI chat-style then DOB and postcode, balance unlabelled")
    c.a("before we go on can i take your date of birth")
    c.c(dval(dob_spoken(y, m, d, "uk")))
    c.a("and the postcode on the account")
    c.c(val(postcode_spoken(pc), "POSTCODE", pc.replace(" ", "")))
    c.a("and finally your national insurance number")
    c.c(val(ni_spoken(n), "NI_NUMBER", n))
    c.a("thanks you're through your balance is ", pick("two hundred and twelve pounds", "one thousand and forty pounds"))
    return c


def p_card_with_ref():
    num = card("visa")
    ref = rdig(8)
    c = Case("positive", "call/utilities: card number next to unlabelled customer reference and meter reading")
    c.a("can i take your customer reference first")
    c.c("yeah it's ", say_digits(ref, "uk"))
    c.a("thanks and your meter reading was ", say_digits(rdig(5), "uk"), " so the bill is ", pick("eighty four pounds", "a hundred and six pounds"), " how would you like to pay")
    c.c("by card ", val(say_digits(num, "uk", doubles=0.5), "CARD_NUMBER", num))
    return c


def p_ni_policy():
    n = ni()
    pol = pick("PL", "HX", "MT") + rdig(7)
    c = Case("positive", "chat/insurance: NI number next to unlabelled policy number")
    c.a("Hi! What's your policy number and NI number?")
    c.c("policy ", pol, " and NI ", val(ni_typed(n), "NI_NUMBER", n))
    return c


def p_card_chat_typo():
    num = card()
    t = card_typed(num)
    c = Case("positive", "chat/retail: card with typo corrected in next message (both labelled)")
    bad = list(t)
    idx = max(i for i, ch in enumerate(bad) if ch.isdigit())
    bad[idx] = str((int(bad[idx]) + 1) % 10)
    bad = "".join(bad)
    c.c("card is ", val(bad, "CARD_NUMBER", re.sub(r"\D", "", bad), "ignore"))
    c.c("sorry typo, should be ", val(t, "CARD_NUMBER", num))
    c.a("No problem, thanks.")
    return c


def p_ni_lowercase_asr_run():
    n = ni()
    c = Case("positive", "call/government: NI number mid-sentence with chit-chat before and after (age mention unlabelled)")
    c.a("do you have your national insurance number there")
    c.c("yeah hang on it's on my payslip ", val(ni_spoken(n).replace(" for ", " for ", 1), "NI_NUMBER", n), " that's the one they gave me when i was sixteen")
    return c


def p_sort_acct_readback():
    sc, ac = sortcode(), account()
    c = Case("positive", "call/banking: agent reads back sort code and account")
    c.c("sort code ", val(say_pairs(sc), "SORT_CODE", sc), " account ", val(say_digits(ac, "uk", doubles=0.5), "BANK_ACCOUNT", ac))
    c.a("so ", val(sc[:2] + " " + sc[2:4] + " " + sc[4:], "SORT_CODE", sc), " and ", val(" ".join(say_digits(x, "uk", doubles=0.0) for x in (ac[:4], ac[4:])), "BANK_ACCOUNT", ac), " correct")
    c.c("correct")
    return c


def p_email_spelled():
    f, l = R.choice(FIRST), R.choice(LAST)
    dom = R.choice(DOMAINS)
    e = f[0] + "." + l + "@" + dom
    c = Case("positive", "call/insurance: email with surname spelled letter by letter")
    c.a("and the email")
    c.c(val(f[0] + " dot " + " ".join(l) + " at " + " dot ".join(dom.split(".")), "EMAIL", e))
    return c


def p_card_echo():
    style = pick("uk", "ie")
    num = card(pick("visa", "mc"))
    g1, g2 = newgroup(), newgroup()
    c = Case("positive", "call/%s: card in fours, agent echoes each group (echoes labelled too)" % pick("utilities", "telecom", "government"))
    c.a("go ahead four digits at a time")
    for i, p in enumerate(split_n(num, [4, 4, 4, 4])):
        c.c(val(say_mixed(p, style), "CARD_NUMBER", p, g1))
        c.a(val(say_digits(p, style, doubles=0.0), "CARD_NUMBER", p, g2), pick("", " yep", " okay"))
    c.c("that's it")
    return c


def p_postcode_split():
    pc = uk_postcode()
    out, inw = pc.split(" ")
    g = newgroup()
    c = Case("positive", "call/%s: UK postcode split outward / inward over two turns" % pick("retail", "utilities", "insurance"))
    c.a("postcode please")
    c.c(pick("it's ", "yeah ", ""), val(say_alnum(out, "uk", nato=0.4), "POSTCODE", out, g))
    c.a(back())
    c.c(val(say_alnum(inw, "uk", nato=0.4), "POSTCODE", inw, g))
    c.a("and is that the ", pick("house", "flat"), " on the corner")
    c.c(pick("no that's number twelve", "yeah", "no we're further down"))
    return c


def p_email_split():
    e = email()
    local, dom = e.split("@")
    g = newgroup()
    c = Case("positive", "call/%s: email local part and domain in separate turns" % pick("retail", "travel", "telecom"))
    c.a("what email should i send the receipt to")
    sp = email_spoken(e)
    head, tail = sp.rsplit(" at ", 1)
    c.c(val(head, "EMAIL", None, g))
    c.a("mhm at")
    c.c(val("at " + tail, "EMAIL", None, g))
    return c


def p_dob_age():
    y, m, d = dob()
    age = 2026 - y
    c = Case("positive", "call/insurance: date of birth followed by age (age unlabelled)")
    c.a("date of birth please")
    agew = (TENS[age // 10] + (" " + UNITS[age % 10] if age % 10 else "")) if age >= 20 else TEENS[age - 10]
    c.c(dval(dob_spoken(y, m, d, "uk")), " so i'm ", agew, " this year")
    c.a("lovely and your policy starts on the ", pick("first", "ninth"), " of ", R.choice(MONTHS))
    return c


def p_ni_chat_split():
    n = ni()
    g = newgroup()
    c = Case("positive", "chat/government: NI number broken over two chat messages (early enter)")
    c.a("Can I take your National Insurance number please?")
    c.c(pick("its ", "NI ", ""), val(n[:2] + " " + n[2:4] + " " + n[4:6], "NI_NUMBER", n[:6], g))
    c.c(val(n[6:8] + " " + n[8], "NI_NUMBER", n[6:], g), pick(" sorry", " - hit enter too soon", ""))
    c.a("Thanks, got it.")
    return c


def p_ie_mobile_nozero():
    p = ie_mobile()
    c = Case("positive", "call/telecom (IE): mobile said without the leading zero, then with it on read-back")
    c.a("what's the mobile number")
    c.c(pick("", "it's "), val(say_digits(p[1:3], "ie") + " " + say_mixed(p[3:], "ie"), "PHONE", p[1:]))
    c.a("so ", val(say_digits(p, "ie", doubles=0.3), "PHONE", p), " grand")
    return c


def p_cvv_expiry_chat_mixed():
    num = card("visa")
    m, y = R.randint(1, 12), R.randint(26, 31)
    cvv = rdig(3)
    c = Case("positive", "chat/retail: card, expiry, cvv and postcode in one message with amount and order number (unlabelled)")
    pc = uk_postcode()
    c.c("order ", rdig(7), ", total £", str(R.randint(10, 99)), ".", "%02d" % R.randint(0, 99), " - card ", val(card_typed(num), "CARD_NUMBER", num),
        " exp ", val(expiry_typed(m, y), "EXPIRY"), " cvv ", val(cvv, "CVV", cvv), " billing postcode ", val(pc, "POSTCODE", pc.replace(" ", "")))
    return c


POS = [(p_card_echo, 3), (p_postcode_split, 4), (p_email_split, 3), (p_dob_age, 3), (p_ni_chat_split, 3),
       (p_ie_mobile_nozero, 3), (p_cvv_expiry_chat_mixed, 3),
       (p_card_call_one_turn, 14), (p_card_call_split, 6), (p_card_correction, 3), (p_card_chat, 10),
       (p_card_readback, 3), (p_card_amex_us, 3), (p_card_with_ref, 3), (p_card_chat_typo, 2),
       (p_ni_call, 10), (p_ni_split, 4), (p_ni_chat, 12), (p_ni_readback, 3), (p_ni_with_dob, 4),
       (p_ni_policy, 3), (p_ni_lowercase_asr_run, 2),
       (p_ssn_call, 10), (p_ssn_split, 4), (p_ssn_chat, 10), (p_ssn_mixed, 4),
       (p_bank_call, 8), (p_bank_chat, 5), (p_bank_split, 3), (p_sort_acct_readback, 3),
       (p_iban_chat, 6), (p_iban_call, 4), (p_iban_split, 3),
       (p_phone_call, 10), (p_phone_split, 3), (p_phone_chat, 7),
       (p_email_call, 7), (p_email_chat, 5), (p_email_spelled, 3),
       (p_dob_call, 7), (p_dob_chat, 5),
       (p_postcode_call, 5), (p_postcode_chat, 4), (p_eircode, 6),
       (p_address_call, 6), (p_address_chat, 5), (p_ie_address, 4), (p_us_address, 3),
       (p_mixed_contact_update, 4), (p_security_checks, 4)]


# --------------------------------------------------------------------------- negative templates
def n_price():
    c = Case("negative", "call/retail: prices and totals spoken")
    c.a("so the total comes to ", pick("one hundred and forty nine pounds ninety nine", "forty nine ninety nine", "two thousand three hundred euro", "eighty seven pounds and fifty pence"))
    c.c("and with the discount")
    c.a("with ", pick("twenty", "fifteen", "ten"), " percent off it's ", pick("one hundred and nineteen pounds", "seventy four ninety", "thirty nine ninety nine"))
    return c


def n_booking_ref():
    ref = "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(2)) + rdig(R.randint(4, 6))
    c = Case("negative", "call/travel: booking reference spoken with its name, flight number and time")
    c.a("can i have the booking reference")
    c.c("booking reference is ", say_alnum(ref, "uk", nato=0.5))
    c.a("thanks that's flight ", pick("e i one five four", "f r two eight four one", "b a eight one two"), " departing at ", pick("half six", "fourteen thirty", "six forty five in the morning"))
    return c


def n_policy_ref():
    c = Case("negative", "call/insurance: policy number and claim number with their names")
    c.a("what's your policy number")
    c.c("policy number ", say_digits(rdig(R.randint(7, 10)), "uk"))
    c.a("and is there a claim number")
    c.c("yeah claim number ", pick("c l ", "c "), say_digits(rdig(6), "uk"))
    return c


def n_meter():
    c = Case("negative", "call/utilities: day and night meter readings read digit by digit, unit count")
    c.a("can you read me the meter")
    c.c("it says ", say_digits(rdig(5), "uk"), " and the night one is ", say_digits(rdig(5), "uk"))
    c.a("thanks that's about ", pick("three hundred", "four hundred and twenty", "six hundred and fifty"), " units since ", pick("march", "the last bill"))
    return c


def n_chat_order():
    c = Case("negative", "chat/retail: order number, tracking ref, price and delivery date")
    c.c("Hi my order #%s hasn't arrived, paid £%d.%02d on %d/%d" % (rdig(R.randint(6, 10)), R.randint(5, 300), R.randint(0, 99), R.randint(1, 28), R.randint(1, 12)))
    c.a("Sorry about that! Order %s is due %s between %s." % (rdig(8), pick("Thursday", "tomorrow", "on the 14th"), pick("9am and 1pm", "12:00-16:00", "2-6pm")))
    return c


def n_customer_number():
    c = Case("negative", "call/utilities: customer number said with its name and account balance")
    c.a("can i take your customer number")
    c.c("customer number ", say_digits(rdig(R.randint(7, 10)), "uk", doubles=0.5))
    c.a("thanks your balance is ", pick("three hundred and twelve pounds forty", "sixty two pounds in credit", "minus fourteen euro"))
    return c


def n_appointment():
    c = Case("negative", "call/healthcare billing: appointment dates and times, not birth dates")
    c.a("your next appointment is on the ", say_ordinal(R.randint(1, 28)), " of ", R.choice(MONTHS), " at ", pick("ten fifteen", "half two", "nine a m"))
    c.c("can we move it to the ", say_ordinal(R.randint(1, 28)), " of ", R.choice(MONTHS), " instead")
    c.a("yep the ", pick("three forty", "eleven o'clock"), " slot is free that's ", pick("twenty minutes", "an hour"), " long")
    return c


def n_contract():
    c = Case("negative", "chat/telecom: contract dates, durations, data allowance, speeds")
    c.c("My contract started %02d/%02d/%d and is %d months, I get %dGB a month" % (R.randint(1, 28), R.randint(1, 12), R.randint(2019, 2025), pick(12, 18, 24, 36), pick(10, 30, 100)))
    c.a("Thanks - your broadband is running at %d Mbps, and the upgrade is £%d a month." % (pick(67, 145, 500, 900), R.randint(20, 60)))
    return c


def n_ticket():
    c = Case("negative", "call/telecom: ticket number and fault reference")
    c.a("i've raised a ticket the ticket number is ", say_digits(rdig(R.randint(6, 9)), "uk"))
    c.c("okay and the fault reference from last time was ", say_alnum("FR" + rdig(6), "uk", nato=0.3))
    return c


def n_quantities():
    c = Case("negative", "call/retail: quantities, model numbers and ages")
    c.c("i ordered ", pick("three", "twelve", "four"), " of the ", pick("galaxy s twenty three", "iphone fifteen pro", "model k x two hundred"), " cases")
    c.a("and they're for ", pick("my son he's fourteen", "the office", "christmas"))
    c.c("yeah and the ", pick("sixty five inch", "forty two litre"), " one too")
    return c


def n_payment_date():
    c = Case("negative", "call/banking: payment dates and amounts, not DOB")
    c.a("the payment of ", pick("two hundred and fifty pounds", "four hundred euro"), " went out on the ", say_ordinal(R.randint(1, 28)), " of ", R.choice(MONTHS), " twenty twenty four")
    c.c("and the next one is due ", pick("on the first", "next friday", "in thirty days"))
    return c


def n_room_temp():
    c = Case("negative", "call/travel: room number, floor, temperature, check-in time")
    c.c("i'm in room ", pick("four one two", "two hundred and six", "one oh eight"), " on the ", pick("fourth", "second"), " floor and it's like ", pick("thirty degrees", "twenty eight degrees"))
    c.a("sorry about that checkout is at ", pick("eleven", "twelve noon"), " and we can move you to room ", pick("three one five", "five twenty"))
    return c


def n_chat_refs():
    kind = pick("Invoice", "Case", "Ref", "Booking ref", "Policy no", "Customer no", "Claim")
    c = Case("negative", "chat/%s: %s number typed with its name" % (pick("utilities", "insurance", "travel", "retail"), kind))
    c.c("Hi, %s %s - I was charged twice, £%d.%02d" % (kind, pick(rdig(R.randint(6, 10)), "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(3)) + rdig(6)), R.randint(5, 500), R.randint(0, 99)))
    c.a("Thanks, I can see both payments on %d %s. The refund takes 3-5 working days." % (R.randint(1, 28), R.choice(MONTHS).title()))
    return c


def n_years_counts():
    c = Case("negative", "call/insurance: years, no-claims years, mileage, engine size")
    c.a("how many years no claims")
    c.c(pick("five", "nine", "eleven"), " years and i do about ", pick("eight thousand", "twelve thousand"), " miles a year")
    c.a("and the car is a ", pick("twenty eighteen", "two thousand and twelve"), " ", pick("one point six", "two litre"), " diesel")
    return c


def n_durations():
    c = Case("negative", "call/telecom: hold times, durations, call counts")
    c.c("i've been on hold for ", pick("forty five minutes", "an hour and twenty minutes"), " and this is my ", pick("third", "fourth"), " call this week")
    c.a("i'm sorry about that i'll add ", pick("ten pounds", "a twenty euro"), " credit")
    return c


def n_mixed_chat_numbers():
    c = Case("negative", "chat/utilities: meter reading, tariff rate, standing charge, percentages")
    c.c("Meter reading today is %s, and the last one was %s" % (rdig(5), rdig(5)))
    c.a("Thanks! Your unit rate is %.2fp/kWh, standing charge %.2fp/day, and prices rise %d%% on 1 April." % (R.uniform(20, 30), R.uniform(40, 60), R.randint(2, 9)))
    return c


def n_ie_refs():
    c = Case("negative", "call/utilities (IE): account balance and bill reference with its name in euro")
    c.a("your bill reference is ", say_digits(rdig(8), "ie"), " and the amount due is ", pick("one hundred and forty two euro", "eighty euro sixty"))
    c.c("grand and when's that due")
    c.a("the ", say_ordinal(R.randint(1, 28)), " of ", R.choice(MONTHS))
    return c


def n_us_misc():
    c = Case("negative", "call/healthcare billing (US): claim number, copay, dates of service")
    c.a("that claim number is ", say_digits(rdig(9), "us"), " for the visit on ", R.choice(MONTHS), " ", say_ordinal(R.randint(1, 28)))
    c.c("and the copay was ", pick("forty dollars", "twenty five dollars"), " right")
    return c


def n_no_value():
    c = Case("negative", "call/%s: PII types named but no value given (customer has to fetch it)" % pick("banking", "government", "utilities"))
    c.a(pick("i'll need your sort code and account number", "can i take your national insurance number and date of birth",
             "what's the long number on your card"))
    c.c(pick("oh hang on i'll have to go and get it", "i don't have it on me can i ring back in ten minutes",
             "it's in the other room give me two minutes"))
    c.a("no problem i'll hold for ", pick("two minutes", "a few minutes", "as long as you need"))
    return c


def n_tax_code():
    c = Case("negative", "call/government: tax code, tax year, payroll amounts (not NI number)")
    code = pick("twelve fifty seven l", "one two five seven l", "b r", "eleven hundred l")
    c.a("your tax code for the ", pick("twenty twenty four to twenty five", "current"), " tax year is ", code)
    c.c("and why did i pay ", pick("three hundred and eighty pounds", "two hundred and six pounds"), " tax in ", R.choice(MONTHS))
    c.a("that was an emergency code for ", pick("two", "three"), " months")
    return c


def n_age_ie():
    c = Case("negative", "call/insurance (IE): ages, years of driving, premium in euro, renewal date")
    c.c("i'm ", pick("forty two", "thirty one", "sixty eight"), " and i've been driving ", pick("twenty years", "since i was seventeen"))
    c.a("okay the renewal on the ", say_ordinal(R.randint(1, 28)), " of ", R.choice(MONTHS), " comes to ", pick("six hundred and forty euro", "nine eighty two"))
    return c


def n_chat_booking_uk():
    c = Case("negative", "chat/travel (UK): rail/booking reference typed with its name, times, coach and seat")
    ref = "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(8))
    c.c("Booking ref %s - the %02d:%02d from Leeds was cancelled" % (ref, R.randint(5, 22), pick(0, 15, 30, 45)))
    c.a("Sorry! You're now on the %02d:%02d, coach %s seat %d. Refund of £%d.%02d in 5-7 days." % (R.randint(5, 22), pick(5, 20, 35, 50), pick("C", "D", "F"), R.randint(1, 80), R.randint(5, 90), R.randint(0, 99)))
    return c


NEG = [(n_no_value, 5), (n_tax_code, 5), (n_age_ie, 4), (n_chat_booking_uk, 5), (n_price, 6), (n_booking_ref, 7), (n_policy_ref, 7), (n_meter, 7), (n_chat_order, 7),
       (n_customer_number, 7), (n_appointment, 6), (n_contract, 6), (n_ticket, 6), (n_quantities, 5),
       (n_payment_date, 6), (n_room_temp, 5), (n_chat_refs, 10), (n_years_counts, 5), (n_durations, 5),
       (n_mixed_chat_numbers, 6), (n_ie_refs, 6), (n_us_misc, 5)]


# --------------------------------------------------------------------------- build / check
def value_errors(case):
    """Normalisation + group validation for one generated case (used to reject
    renderings that would be ambiguous, e.g. 'ninety' followed by 'six')."""
    errs = []
    groups = {}
    for _, _, _, v in case.spans:
        try:
            normed = normalise(v.typ, v.text)
        except ValueError as ex:
            errs.append(str(ex))
            continue
        if v.piece is not None and normed.upper() != v.piece.upper():
            errs.append("%s %r normalises to %r, expected %r" % (v.typ, v.text, normed, v.piece))
        if v.group == "ignore":
            if v.typ == "CARD_NUMBER" and not normed.isdigit():
                errs.append("correction piece not digits")
            continue
        groups.setdefault((v.group, v.typ), []).append((normed, v.text))
    for (g, typ), items in groups.items():
        err = validate_group(typ, [p for p, _ in items], [t for _, t in items])
        if err:
            errs.append(err)
    return errs


def make(fn):
    for _ in range(100):
        c = fn()
        if not value_errors(c):
            return c
    raise RuntimeError("template %s keeps failing: %s" % (fn.__name__, value_errors(c)))


def build():
    R.seed(SEED)
    _gid[0] = 0
    pos, neg = [], []
    for fn, n in POS:
        for _ in range(n):
            pos.append(make(fn))
    for fn, n in NEG:
        for _ in range(n):
            neg.append(make(fn))
    R.shuffle(pos)
    R.shuffle(neg)
    return pos, neg


def to_json(case, cid):
    return json.dumps({"id": cid, "kind": case.kind, "turns": case.turns,
                       "spans": [{"turn": t, "start": s, "end": e, "type": v.typ} for t, s, e, v in case.spans],
                       "note": case.note}, ensure_ascii=False)


def render():
    pos, neg = build()
    lines = []
    for i, c in enumerate(pos, 1):
        lines.append((c, to_json(c, "%s-pos-%03d" % (PREFIX, i))))
    for i, c in enumerate(neg, 1):
        lines.append((c, to_json(c, "%s-neg-%03d" % (PREFIX, i))))
    return lines


def validate(lines):
    errs = []
    ids = set()
    counts = Counter()
    groups = {}
    npos = nneg = 0
    for case, line in lines:
        obj = json.loads(line)
        cid = obj["id"]
        if cid in ids:
            errs.append("dup id " + cid)
        ids.add(cid)
        if obj["kind"] == "positive":
            npos += 1
            if not obj["spans"]:
                errs.append(cid + ": positive without spans")
        else:
            nneg += 1
            if obj["spans"]:
                errs.append(cid + ": negative with spans")
        prev = {}
        if len(obj["spans"]) != len(case.spans):
            errs.append(cid + ": span count mismatch")
        for sp, (_, _, _, v) in zip(obj["spans"], case.spans):
            text = obj["turns"][sp["turn"]]["text"]
            s, e = sp["start"], sp["end"]
            if not (0 <= s < e <= len(text)):
                errs.append("%s: offsets out of range" % cid)
                continue
            if text[s:e] != v.text or text[s:e] != text[s:e].strip():
                errs.append("%s: span text mismatch %r" % (cid, text[s:e]))
            if (s > 0 and text[s - 1].isalnum()) or (e < len(text) and text[e].isalnum()):
                errs.append("%s: span not on word boundary %r" % (cid, text[s:e]))
            if sp["type"] not in TYPES:
                errs.append("%s: bad type %s" % (cid, sp["type"]))
            if sp["turn"] in prev and s < prev[sp["turn"]]:
                errs.append("%s: overlapping/unsorted spans" % cid)
            prev[sp["turn"]] = e
            counts[sp["type"]] += 1
        errs.extend("%s: %s" % (cid, e) for e in value_errors(case))
    return errs, counts, npos, nneg


def readme(counts, npos, nneg):
    rows = "\n".join("| %s | %d |" % (t, counts[t]) for t in TYPES)
    return f"""# PII hold-out set 125 (`pii_holdout125`)

**Never use this set for tuning.** It is a held-out evaluation set; do not look at
individual failures to adjust patterns, thresholds or word lists.

## Who wrote it and how

Written by an AI helper acting as an independent author. The author did not see the
redaction code, its tests, its documentation or any other PII fixture (only a three-line
format example). Every case is produced by `scripts/make_pii_holdout125.py` from template
functions: each turn is assembled from plain-text segments and labelled value segments, so
character offsets are computed, never typed by hand. All values come from one
`random.Random({SEED})`; the output is byte-for-byte reproducible.
`python scripts/make_pii_holdout125.py --check` regenerates the file, checks it is
identical, that ids are unique, offsets in range and on word boundaries, spans do not
overlap, and validates every value after normalising spoken forms (Luhn for cards,
mod-97 for IBANs, NI-number format, 9 digits for SSNs, 6 for sort codes, digit counts
for CVV / phone / account, UK postcode / Eircode / ZIP shapes).

Emphasis: UK and Irish contact centres (NI numbers spoken and typed in many ways, sort
codes and account numbers, UK/IE phone numbers, UK postcodes and Eircodes, street
addresses, card payments by phone) plus some US cases (SSN, ZIP, amex) and EU IBANs.
Negatives are UK/IE-flavoured non-PII numbers: policy, customer, claim, ticket, booking,
invoice and bill references said or typed with their names (at most 10 digits), meter
readings, prices, balances, times, durations, appointment and payment dates, flight and
room numbers, model numbers, speeds, percentages, ages and temperatures.

## Annotation conventions

* A span covers the value only, from its first to its last value token: lead-ins such as
  "it's", "my number is", "sort code" are outside the span; filler words ("um", "erm")
  *inside* a reading are inside the span.
* Spoken readings keep ASR forms: digits as words, "oh"/"o"/"nought"/"zero" for 0,
  "double x"/"triple x", pairs ("forty one"), occasional homophones ("to", "for", "ate",
  "won"). Letters may be spelled with phonetics ("b for bravo", "s as in sierra"); the
  phonetic word is inside the span.
* A value split over several turns gets one span per turn (same type); back-channels
  between them are unlabelled.
* When the agent reads a value back in full, the read-back is labelled too.
* Self-corrections: both the wrong and the corrected reading are labelled with the same
  type (the wrong piece is a mis-read of the same value).
* Agent echoes of card groups ("five four three five yep") are labelled; a bare
  "last four" style partial reference is never used.
* An e-mail split over two turns gets two spans; the second one starts at "at".
* Phone numbers include the international prefix ("+44", "plus three five three",
  "double oh four four", "0044") when present; Irish mobiles are sometimes said without
  the leading zero. Sort code and account number are separate spans.
* EXPIRY covers month and year ("oh eight twenty seven", "08/27", "march twenty nine").
  DOB covers day, month and year including an inner "of" ("third of march nineteen
  eighty two"); a leading "the" is outside the span.
* ADDRESS covers flat/house number and street name with street type; town is outside;
  postcode / Eircode / ZIP is a separate POSTCODE span.
* Eircodes are labelled POSTCODE.
* Negative cases have no spans: nothing in them may be redacted.

## Counts

Positive cases: {npos}; negative cases: {nneg}.

| type | spans |
|---|---|
{rows}
"""


def main():
    lines = render()
    data = "".join(l + "\n" for _, l in lines)
    errs, counts, npos, nneg = validate(lines)
    for t in TYPES:
        need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
        if counts[t] < need:
            errs.append("type %s has only %d spans (need %d)" % (t, counts[t], need))
    if npos < 170 or nneg < 100:
        errs.append("too few cases: %d pos %d neg" % (npos, nneg))
    rd = readme(counts, npos, nneg)
    if "--check" in sys.argv:
        if not CASES.exists() or CASES.read_text(encoding="utf-8") != data:
            errs.append("cases.jsonl differs from regenerated output")
        if not README.exists() or README.read_text(encoding="utf-8") != rd:
            errs.append("README.md differs from regenerated output")
    else:
        OUT_DIR.mkdir(parents=True, exist_ok=True)
        CASES.write_text(data, encoding="utf-8")
        README.write_text(rd, encoding="utf-8")
    print("positives=%d negatives=%d spans=%d" % (npos, nneg, sum(counts.values())))
    for t in TYPES:
        print("  %-13s %d" % (t, counts[t]))
    if errs:
        for e in errs[:60]:
            print("ERROR:", e)
        print("%d problem(s)" % len(errs))
        return 1
    print("OK" + (" (check passed)" if "--check" in sys.argv else " (written)"))
    return 0


if __name__ == "__main__":
    sys.exit(main())

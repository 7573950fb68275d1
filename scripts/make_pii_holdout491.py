#!/usr/bin/env python3
"""Generate the pii_holdout491 held-out PII redaction evaluation set.

Standard library only; one RNG: random.Random(491241125).
Usage:
    python scripts/make_pii_holdout491.py           # write cases.jsonl
    python scripts/make_pii_holdout491.py --check   # regenerate + validate
"""
import json
import os
import random
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout491")
OUT = os.path.join(OUT_DIR, "cases.jsonl")

R = random.Random(491241125)

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

# --------------------------------------------------------------------------
# case builder: turns are assembled from plain and labelled segments
# --------------------------------------------------------------------------
_gid = [0]


def gid():
    _gid[0] += 1
    return "g%d" % _gid[0]


class Case:
    def __init__(self, note):
        self.note = note
        self.turns = []
        self.spans = []
        self.groups = {}  # gid -> [type, kind, [texts]]

    def t(self, speaker, *parts):
        text = ""
        for p in parts:
            if isinstance(p, str):
                text += p
                continue
            val, typ = p[0], p[1]
            g = p[2] if len(p) > 2 else gid()
            kind = p[3] if len(p) > 3 else "full"
            start = len(text)
            text += val
            self.spans.append({"turn": len(self.turns), "start": start,
                               "end": len(text), "type": typ})
            grp = self.groups.setdefault(g, [typ, kind, []])
            grp[2].append(val)
        self.turns.append({"speaker": speaker, "text": text})
        return self

    def c(self, *parts):
        return self.t("customer", *parts)

    def a(self, *parts):
        return self.t("agent", *parts)


def V(val, typ, g=None, kind="full"):
    return (val, typ, g or gid(), kind)


# --------------------------------------------------------------------------
# value generators
# --------------------------------------------------------------------------
def luhn_ok(d):
    s = 0
    for i, ch in enumerate(reversed(d)):
        n = int(ch)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        s += n
    return s % 10 == 0


def luhn_complete(prefix, length, r):
    body = prefix + "".join(str(r.randrange(10)) for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def card(r):
    k = r.random()
    if k < 0.45:
        return luhn_complete("4" + str(r.randrange(10)), 16, r), "visa"
    if k < 0.70:
        return luhn_complete(str(r.randint(51, 55)), 16, r), "mc"
    if k < 0.82:
        return luhn_complete(r.choice(["34", "37"]), 15, r), "amex"
    if k < 0.90:
        return luhn_complete("6011", 16, r), "disc"
    if k < 0.95:
        return luhn_complete("4", 13, r), "visa13"
    return luhn_complete(r.choice(["6759", "4"]), 19, r), "long"


def group_card(num, kind, r, sep=None):
    if sep is None:
        sep = r.choice([" ", " ", "-", "", ".", "  ", " - "])
    if kind == "amex":
        parts = [num[:4], num[4:10], num[10:]]
    elif r.random() < 0.15:  # odd grouping
        parts, i = [], 0
        while i < len(num):
            n = r.choice([3, 4, 5, 6])
            parts.append(num[i:i + n])
            i += n
    else:
        parts = [num[i:i + 4] for i in range(0, len(num), 4)]
    return sep.join(parts), parts


def ssn(r):
    while True:
        a = r.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, r.randint(1, 99), r.randint(1, 9999))


NI_A = "ABCEGHJKLMNPRSTWXYZ"
NI_B = "ABCEGHJKLMNPRSTWXYZ"


def ni(r):
    while True:
        p = r.choice(NI_A) + r.choice(NI_B)
        if p not in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ"):
            break
    return p + "%06d" % r.randrange(1000000) + r.choice("ABCD")


def iban(r):
    cc = r.choice(["GB", "GB", "IE", "DE", "FR", "NL", "ES"])
    if cc == "GB":
        bban = r.choice(["NWBK", "BARC", "MIDL", "HBUK"]) + digits(r, 14)
    elif cc == "IE":
        bban = "AIBK" + digits(r, 14)
    elif cc == "DE":
        bban = digits(r, 18)
    elif cc == "FR":
        bban = digits(r, 23)
    elif cc == "NL":
        bban = r.choice(["ABNA", "RABN", "INGB"]) + digits(r, 10)
    else:
        bban = digits(r, 20)
    num = int("".join(str(int(ch, 36)) for ch in bban + cc + "00"))
    return cc + "%02d" % (98 - num % 97) + bban


def digits(r, n):
    return "".join(str(r.randrange(10)) for _ in range(n))


def iban_ok(s):
    s = s.upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{11,30}", s):
        return False
    x = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in x)) % 97 == 1


def PH(r):
    """Typed phone as segments; a leading '+' stays outside the span."""
    v = phone(r)
    if v.startswith("+"):
        return ("+", V(v[1:], "PHONE"))
    return (V(v, "PHONE"),)


def uk_mobile(r):
    return "7700" + "900" + digits(r, 3)


def phone(r):
    k = r.randrange(6)
    if k == 0:
        n = uk_mobile(r)
        return r.choice(["0%s %s" % (n[:4], n[4:]), "+44 %s %s" % (n[:4], n[4:]),
                         "0%s%s" % (n[:4], n[4:]), "+44 (0)%s %s" % (n[:4], n[4:]),
                         "0%s-%s-%s" % (n[:4], n[4:7], n[7:])])
    if k == 1:
        n = "20 7946 0" + digits(r, 3)
        return r.choice(["0" + n, "+44 " + n])
    if k == 2:
        a = r.choice(["212", "312", "415", "617", "702", "303"])
        n = "555-01" + digits(r, 2)
        return r.choice(["%s-%s" % (a, n), "+1 %s %s" % (a, n.replace("-", " ")),
                         "%s.%s" % (a, n.replace("-", ".")), "1-%s-%s" % (a, n)])
    if k == 3:
        n = r.choice(["85", "87", "86"]) + " " + digits(r, 3) + " " + digits(r, 4)
        return r.choice(["+353 " + n, "0" + n])
    if k == 4:
        return "+49 30 " + digits(r, 8)
    return "+33 6 " + " ".join(digits(r, 2) for _ in range(4))


FIRST = ["jane", "tom", "priya", "liam", "aoife", "marcus", "sofia", "dave", "chen",
         "fatima", "oisin", "grace", "kwame", "hannah", "luca", "niamh", "raj", "elena"]
LAST = ["doe", "okafor", "patel", "murphy", "nguyen", "kowalski", "smith", "obrien",
        "garcia", "mcbride", "haddad", "fischer", "walsh", "ali", "byrne", "rossi"]
DOMAINS = ["gmail.com", "outlook.com", "yahoo.co.uk", "btinternet.com", "icloud.com",
           "hotmail.com", "eircom.net", "proton.me", "web.de", "example.org"]


def email(r):
    f, l = r.choice(FIRST), r.choice(LAST)
    user = r.choice([f + "." + l, f[0] + l, f + "_" + l + str(r.randint(1, 99)),
                     l + "." + f[0], f + l + str(r.randint(70, 99)), f + "-" + l])
    return user + "@" + r.choice(DOMAINS)


UK_PC = ["SW1A 1AA", "M1 1AE", "B33 8TH", "CR2 6XH", "DN55 1PT", "EC1A 1BB", "W1A 0AX",
         "LS2 7UE", "BS1 4DJ", "G2 1DY", "EH1 1YZ", "CF10 1EP", "NE1 7RU", "L3 8EN",
         "BT1 5GS", "N16 8HB", "SE15 4QL", "KT2 6BA", "RG1 2LU", "CB2 1TN"]
US_ZIP = ["10027", "60614", "94110", "02139", "30307", "98103", "78704", "19147",
          "80205", "33131", "10027-4112", "60614-3328", "94110-2231"]
STREETS = ["Acacia Avenue", "Baker Street", "Mill Lane", "Station Road", "Church Street",
           "Victoria Road", "Elm Grove", "High Street", "Queens Drive", "Park Terrace",
           "Oak Close", "Maple Street", "Elm Street", "Sunset Boulevard", "Pine Court",
           "Harbour View Road", "Kings Crescent", "Willow Way"]
TOWNS_UK = ["Leeds", "Bristol", "Croydon", "Manchester", "Glasgow", "Cardiff", "Leicester"]
TOWNS_US = ["Chicago", "Austin", "Seattle", "Denver", "Philadelphia", "Atlanta"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
       "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
       "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth",
       "twenty first", "twenty second", "twenty third", "twenty fourth", "twenty fifth",
       "twenty sixth", "twenty seventh", "twenty eighth"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "f": "foxtrot",
        "g": "golf", "h": "hotel", "i": "india", "j": "juliet", "k": "kilo", "l": "lima",
        "m": "mike", "n": "november", "o": "oscar", "p": "papa", "q": "quebec", "r": "romeo",
        "s": "sierra", "t": "tango", "u": "uniform", "v": "victor", "w": "whiskey",
        "x": "xray", "y": "yankee", "z": "zulu"}
ALT_SPELL = {"a": "apple", "b": "bob", "c": "charlie", "d": "david", "e": "edward",
             "g": "george", "h": "harry", "j": "john", "k": "king", "l": "london",
             "m": "mother", "n": "nancy", "p": "peter", "r": "robert", "s": "sugar",
             "t": "tommy", "w": "william", "x": "xmas", "y": "yellow", "z": "zebra"}

# --------------------------------------------------------------------------
# spoken renderers
# --------------------------------------------------------------------------
UNITW = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENW = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENW = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy",
        8: "eighty", 9: "ninety"}
FILL = ["um", "uh", "er", "erm", "hmm"]


def zero_word(r, region):
    if region == "us":
        return r.choice(["zero", "zero", "oh", "o"])
    return r.choice(["oh", "oh", "zero", "nought", "o"])


def say_digit(ch, r, region):
    return zero_word(r, region) if ch == "0" else UNITW[int(ch)]


def say_pair(p, r, region):
    a, b = int(p[0]), int(p[1])
    if a == 0:
        return zero_word(r, region) + " " + UNITW[b] if b else None
    if a == 1:
        return TEENW[b]
    if b == 0:
        return None
    return TENW[a] + " " + UNITW[b]


def say_triple(p, r, region):
    a, rest = int(p[0]), p[1:]
    if a == 0 or rest == "00" or rest[0] == "0" and False:
        return None
    if rest[0] == "0":
        tail = UNITW[int(rest[1])]
    else:
        tail = say_pair(rest, r, region)
        if tail is None or tail.split()[0] in ("oh", "zero", "nought", "o"):
            return None
    return UNITW[a] + " hundred " + (r.choice(["and ", "and ", ""]) if region != "us" else r.choice(["", "and "])) + tail


def say_chunk(s, r, region, style="mixed"):
    """Speak a digit chunk so that normalise() recovers it exactly."""
    out = []
    i = 0
    while i < len(s):
        ch = s[i]
        run = 1
        while i + run < len(s) and s[i + run] == ch:
            run += 1
        if style != "plain" and run >= 3 and r.random() < 0.5:
            out.append("triple " + say_digit(ch, r, region))
            i += 3
            continue
        if style != "plain" and run >= 2 and r.random() < 0.6:
            out.append("double " + say_digit(ch, r, region))
            i += 2
            continue
        if style in ("mixed", "pairs") and i + 2 <= len(s) and r.random() < (0.6 if style == "pairs" else 0.2):
            w = say_pair(s[i:i + 2], r, region)
            if w:
                out.append(w)
                i += 2
                continue
        if style == "mixed" and i + 3 <= len(s) and r.random() < 0.1:
            w = say_triple(s[i:i + 3], r, region)
            if w:
                out.append(w)
                i += 3
                continue
        out.append(say_digit(ch, r, region))
        i += 1
    return " ".join(out)


def say_groups(groups, r, region, style="mixed", filler=0.15, sep=None):
    parts = []
    for k, g in enumerate(groups):
        txt = say_chunk(g, r, region, style)
        if k and r.random() < filler:
            txt = r.choice(FILL) + " " + txt
        parts.append(txt)
    if sep is None:
        sep = r.choice([" ", ", ", " ... ", ", "])
    return sep.join(parts)


def spell_letter(ch, r, how=None):
    ch = ch.lower()
    how = how or r.choice(["plain", "plain", "nato", "for"])
    if how == "nato":
        return NATO[ch]
    if how == "for":
        w = ALT_SPELL.get(ch, NATO[ch]) if r.random() < 0.5 else NATO[ch]
        return ch + r.choice([" for ", " as in "]) + w
    return ch


def say_email(addr, r):
    user, dom = addr.split("@")

    def sp(s):
        s = s.replace(".", " dot ").replace("_", " underscore ").replace("-", r.choice([" dash ", " hyphen "]))
        out = []
        for tok in s.split():
            if tok in ("dot", "underscore", "dash", "hyphen"):
                out.append(tok)
            elif tok.isdigit():
                out.append(say_chunk(tok, r, "uk", "pairs"))
            elif len(tok) <= 2:
                out.append(" ".join(spell_letter(c, r, "plain") for c in tok))
            else:
                out.append(tok)
        return " ".join(out)
    return sp(user) + " at " + sp(dom)


def say_postcode(pc, r):
    out = []
    for part in pc.split():
        toks = []
        for ch in part:
            if ch.isdigit():
                toks.append(UNITW[int(ch)] if ch != "0" else "zero")
            else:
                toks.append(spell_letter(ch, r, r.choice(["plain", "plain", "nato"])))
        out.append(" ".join(toks))
    return r.choice([" ", ", "]).join(out)


def say_number(n, r):
    """Speak a small integer (house number) in words."""
    if n < 10:
        return UNITW[n]
    if n < 20:
        return TEENW[n - 10]
    if n < 100:
        return TENW[n // 10] + ("" if n % 10 == 0 else " " + UNITW[n % 10])
    return say_chunk(str(n), r, "uk", "pairs")


def say_year(y, r):
    y = int(y)
    if y >= 2000:
        if y < 2010:
            return "two thousand and " + UNITW[y - 2000]
        return r.choice(["twenty " + say_number(y - 2000, r), "two thousand and " + say_number(y - 2000, r)])
    return say_number(y // 100, r) + " " + (say_number(y % 100, r) if y % 100 >= 10 else "oh " + UNITW[y % 100])


# --------------------------------------------------------------------------
# normalisation + validation (used by --check)
# --------------------------------------------------------------------------
UNITS = {w: str(i) for i, w in enumerate(UNITW)}
UNITS.update({"oh": "0", "o": "0", "nought": "0", "naught": "0"})
TEENS = {w: 10 + i for i, w in enumerate(TEENW)}
TENS = {w: k * 10 for k, w in TENW.items()}
FILLERS = set(FILL) | {"ah", "like", "sorry"}
NATO_REV = {v: k for k, v in NATO.items()}


def _sub100(toks, j):
    if j < len(toks):
        t = toks[j]
        if t in TEENS:
            return TEENS[t], j + 1
        if t in TENS:
            v = TENS[t]
            if j + 1 < len(toks) and toks[j + 1] in UNITS and UNITS[toks[j + 1]] != "0":
                return v + int(UNITS[toks[j + 1]]), j + 2
            return v, j + 1
        if t in UNITS and t not in ("oh", "o", "nought", "naught", "zero"):
            return int(UNITS[t]), j + 1
    return None, j


def normalise(text):
    toks = re.findall(r"[a-z0-9]+", text.lower())
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if t in FILLERS:
            i += 1
            continue
        if t in ("double", "triple") and nxt is not None:
            d = UNITS.get(nxt, nxt)
            out.append(d * (2 if t == "double" else 3))
            i += 2
            continue
        if len(t) == 1 and t.isalpha() and nxt == "for" and i + 2 < len(toks):
            out.append(t)
            i += 3
            continue
        if len(t) == 1 and t.isalpha() and nxt == "as" and i + 3 < len(toks) and toks[i + 2] == "in":
            out.append(t)
            i += 4
            continue
        if t in TENS or t in TEENS:
            v, j = _sub100(toks, i)
            out.append(str(v))
            i = j
            continue
        if t in UNITS:
            if nxt == "hundred":
                v = int(UNITS[t]) * 100
                j = i + 2
                if j < len(toks) and toks[j] == "and":
                    j += 1
                w, j2 = _sub100(toks, j)
                if w is not None:
                    v += w
                    j = j2
                out.append(str(v))
                i = j
                continue
            if nxt == "thousand":
                v = int(UNITS[t]) * 1000
                j = i + 2
                if j < len(toks) and toks[j] == "and":
                    j += 1
                w, j2 = _sub100(toks, j)
                if w is not None:
                    v += w
                    j = j2
                out.append(str(v))
                i = j
                continue
            out.append(UNITS[t])
            i += 1
            continue
        if t in NATO_REV:
            out.append(NATO_REV[t])
            i += 1
            continue
        out.append(t)
        i += 1
    return out


def norm_digits(text):
    s = "".join(normalise(text))
    return s


def norm_email(text):
    s = text.lower()
    s = re.sub(r"[\[\(\{<]\s*(at|dot)\s*[\]\)\}>]", r" \1 ", s)
    s = re.sub(r"\bat\b", "@", s)
    s = re.sub(r"\bdot\b", ".", s)
    s = re.sub(r"\bunderscore\b", "_", s)
    s = re.sub(r"\b(dash|hyphen)\b", "-", s)
    toks = s.split()
    out = []
    for tk in toks:
        if tk in FILLERS:
            continue
        if tk in UNITS and tk not in ("o",):
            out.append(UNITS[tk])
        elif tk in TEENS:
            out.append(str(TEENS[tk]))
        elif tk in TENS:
            out.append(str(TENS[tk]))
        else:
            out.append(tk)
    s = "".join(out)
    # tens+unit spoken ("seventy eight") -> "708": collapse
    s = re.sub(r"([2-9])0([1-9])", r"\1\2", s)
    return s


MONTH_ABBR = {m[:3]: i + 1 for i, m in enumerate(MONTHS)}


def date_ok(text, kind):
    toks = normalise(text)
    has_month_name = any(tk[:3] in MONTH_ABBR and tk.isalpha() and (tk in MONTHS or len(tk) <= 4) for tk in toks)
    dig = "".join(tk for tk in toks if tk.isdigit())
    if has_month_name:
        return len(dig) >= 2
    if kind == "EXPIRY":
        if len(dig) == 4:
            return 1 <= int(dig[:2]) <= 12
        if len(dig) == 6:
            return 1 <= int(dig[:2]) <= 12 and dig[2:4] == "20"
        return False
    if len(dig) == 8:
        a, b, y = int(dig[:2]), int(dig[2:4]), int(dig[4:])
        return 1900 <= y <= 2025 and ((1 <= a <= 31 and 1 <= b <= 12) or (1 <= a <= 12 and 1 <= b <= 31))
    if len(dig) == 6:
        a, b = int(dig[:2]), int(dig[2:4])
        return (1 <= a <= 31 and 1 <= b <= 12) or (1 <= a <= 12 and 1 <= b <= 31)
    return False


STREET_WORDS = {"street", "road", "avenue", "lane", "grove", "drive", "terrace", "close",
                "boulevard", "court", "crescent", "way", "st", "rd", "ave", "ln", "dr", "blvd"}


def validate(typ, texts, kind):
    joined = " ".join(texts)
    if kind == "frag":
        return len(normalise(joined)) > 0
    if typ == "EMAIL":
        return re.fullmatch(r"[a-z0-9._\-+]+@[a-z0-9\-]+(\.[a-z0-9\-]+)+", norm_email(joined)) is not None
    if typ in ("DOB", "EXPIRY"):
        return date_ok(joined, typ)
    if typ == "ADDRESS":
        toks = normalise(joined)
        head = toks[0] if toks else ""
        if head in ("flat", "apt", "apartment", "unit", "suite"):
            head = toks[1] if len(toks) > 1 else ""
        return bool(re.match(r"\d", head)) and any(t in STREET_WORDS for t in toks)
    if typ == "PHONE":
        joined = re.sub(r"\bplus\b", " ", joined.lower())
    s = norm_digits(joined)
    if typ in ("NI_NUMBER", "POSTCODE", "IBAN"):
        s = s.upper()
        if typ == "NI_NUMBER":
            return re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", s) is not None
        if typ == "POSTCODE":
            return re.fullmatch(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}|\d{5}(\d{4})?", s) is not None
        return iban_ok(s)
    if not s.isdigit():
        return False
    if typ == "CARD_NUMBER":
        return 13 <= len(s) <= 19 and luhn_ok(s)
    if typ == "CVV":
        return len(s) in (3, 4)
    if typ == "SSN":
        return len(s) == 9 and s[:3] not in ("000", "666") and s[0] != "9" and s[3:5] != "00" and s[5:] != "0000"
    if typ == "SORT_CODE":
        return len(s) == 6
    if typ == "BANK_ACCOUNT":
        return 6 <= len(s) <= 17
    if typ == "PHONE":
        return 10 <= len(s) <= 15
    return False


# --------------------------------------------------------------------------
# positive templates
# --------------------------------------------------------------------------
ORGS = {
    "banking": ["Northgate Bank", "Harbour Savings", "FirstAtlantic Credit Union"],
    "telecom": ["Skyline Mobile", "FibreNet", "Connectia"],
    "utilities": ["Brightwater Energy", "CityGas", "Lumen Power"],
    "retail": ["ShopRight", "Larkin & Co", "MegaMart Online"],
    "insurance": ["Shieldwell Insurance", "Anchor Mutual", "SafeHarbour Cover"],
    "travel": ["SkyJet Airways", "EuroRail Travel", "Island Hopper Holidays"],
    "healthcare": ["St Brendan's Billing", "MedPay Services", "Riverside Clinic Billing"],
    "government": ["Council Tax Services", "Revenue Helpdesk", "DMV Online Services"],
}


def org(r, ind=None):
    ind = ind or r.choice(list(ORGS))
    return ind, r.choice(ORGS[ind])


def greet_agent(r):
    return r.choice(["Hi, thanks for contacting us, how can I help?", "Hello, you're through to support.",
                     "hi there, what can I do for you today", "Good afternoon, how can I help?"])


def expiry_typed(r):
    m, y = r.randint(1, 12), r.randint(25, 31)
    return r.choice(["%02d/%02d" % (m, y), "%02d/20%02d" % (m, y), "%02d-%02d" % (m, y),
                     "%02d %02d" % (m, y), "%s 20%02d" % (MONTHS[m - 1][:3].title(), y),
                     "%02d/%02d" % (m, y)])


def expiry_spoken(r, region):
    m, y = r.randint(1, 12), r.randint(25, 31)
    return r.choice([say_chunk("%02d" % m, r, region, "plain") + " " + say_number(y, r),
                     MONTHS[m - 1] + " " + say_year(2000 + y, r),
                     say_chunk("%02d" % m, r, region, "plain") + " slash " + say_number(y, r),
                     MONTHS[m - 1] + " " + say_number(y, r)])


def cvv_val(r, kind):
    return digits(r, 4 if kind == "amex" else 3)


def pos_card_chat(r):
    ind, o = org(r, r.choice(["retail", "travel", "telecom", "utilities"]))
    num, kind = card(r)
    shown, _ = group_card(num, kind, r)
    c = Case("chat: typed card %s with expiry/CVV, agent masks readback" % kind)
    c.a(greet_agent(r))
    lead = r.choice(["card no: ", "Card number - ", "its ", "here you go ", "CC#", "long number is ",
                     "card num:", "ok so card is "])
    c.c(r.choice(["i want to pay my bill with a new card. ", "payment for order pls. ", "", "Hi "]),
        lead, V(shown, "CARD_NUMBER"))
    if r.random() < 0.8:
        c.c(r.choice(["exp ", "expiry ", "Exp. date: ", "valid thru "]), V(expiry_typed(r), "EXPIRY"),
            r.choice([" cvv ", " and the 3 digit code is ", " / security code ", " CVC: "]),
            V(cvv_val(r, kind), "CVV"))
    c.a("Thanks, I've got the card ending " + num[-4:] + r.choice([". Processing now.", " – payment of £%d.%02d taken." % (r.randint(5, 300), r.randrange(100))]))
    return c


def pos_card_sms(r):
    num, kind = card(r)
    shown, _ = group_card(num, kind, r, sep=r.choice(["", " ", "-"]))
    c = Case("SMS: terse card + exp + cvv in one message")
    c.a(r.choice(["Reply with card details to complete your top-up.", "Text us the card to pay the outstanding £%d.%02d" % (r.randint(5, 90), r.randrange(100))]))
    e = expiry_typed(r)
    c.c(V(shown, "CARD_NUMBER"), r.choice([" ", " exp ", "\n", " - "]), V(e, "EXPIRY"),
        r.choice([" ", " cvv ", "\n", " sec "]), V(cvv_val(r, kind), "CVV"))
    return c


def pos_card_linebreak(r):
    num, kind = card(r)
    _, parts = group_card(num, kind, r, sep=" ")
    k = max(1, len(parts) // 2)
    brk = r.choice(["\n", " \n", "\r\n"])
    shown = " ".join(parts[:k]) + brk + " ".join(parts[k:])
    c = Case("e-mail: card number wrapped across lines inside one message (one span)")
    ind, o = org(r)
    c.c("Subject: RE: payment failed\n\nHi " + o + ",\nplease retry with this card " if r.random() < 0.5 else
        "Hello,\n\nThe card to use is ", V(shown, "CARD_NUMBER"),
        "\n\n" + r.choice(["Thanks,\n", "Regards\n", "Cheers\n"]) + r.choice(FIRST).title())
    return c


def pos_card_multimsg(r):
    num, kind = card(r)
    _, parts = group_card(num, kind, r, sep=" ")
    g = gid()
    c = Case("chat: card sent in several messages (one span per message)")
    c.a("Please type the long card number.")
    i = 0
    cuts = sorted(r.sample(range(1, len(parts)), min(len(parts) - 1, r.choice([1, 2]))))
    prev = 0
    for cut in cuts + [len(parts)]:
        chunk = r.choice([" ", ""]).join(parts[prev:cut])
        c.c(V(chunk, "CARD_NUMBER", g))
        prev = cut
        if cut != len(parts) and r.random() < 0.3:
            c.a(r.choice(["ok", "go on", "👍"]))
    c.c(r.choice(["thats it", "done", "that's the lot"]))
    return c


def pos_card_quoted(r):
    num, kind = card(r)
    shown, _ = group_card(num, kind, r)
    ind, o = org(r)
    c = Case("e-mail: quoted reply re-contains the card number (both copies labelled)")
    c.a("Dear customer,\nWe could not process the card you sent. Please check the number and reply.\n" + o + " Payments")
    c.c("It's definitely right, see below.\n\n> On Tue, " + o + " wrote:\n> From: me\n> Card: ", V(shown, "CARD_NUMBER"),
        "\n> Exp: ", V(expiry_typed(r), "EXPIRY"), "\n\nSent from my iPhone")
    return c


def pos_card_call(r):
    region = r.choice(["uk", "us", "uk", "ie"])
    num, kind = card(r)
    _, parts = group_card(num, kind, r, sep=" ")
    if kind not in ("amex",) and r.random() < 0.5:
        parts = [num[i:i + 4] for i in range(0, len(num), 4)]
    g = gid()
    c = Case("call ASR: card read in chunks over turns with back-channels" + (", agent read-back" if True else ""))
    c.a(r.choice(["okay can i take the long number on the front of the card please",
                  "right so whenever you're ready the card number",
                  "and the sixteen digit number please"]))
    k = 0
    first = True
    while k < len(parts):
        n = r.choice([1, 2, 2])
        chunk = parts[k:k + n]
        spoken = say_groups(chunk, r, region)
        lead = r.choice(["it's ", "yeah it's ", "okay ", "so ", ""]) if first else r.choice(["", "then ", "and ", ""])
        c.c(lead, V(spoken, "CARD_NUMBER", g))
        first = False
        k += n
        if k < len(parts):
            c.a(r.choice(["mhm", "go on", "yep", "okay", "uh huh", "yes"]))
    if r.random() < 0.6:
        c.a(r.choice(["so that's ", "let me read that back ", "just to confirm "]),
            V(say_groups(parts, r, region, "plain", filler=0), "CARD_NUMBER"), r.choice(["?", " is that right", " correct?"]))
        c.c(r.choice(["yes", "yeah that's right", "correct"]))
    if r.random() < 0.7:
        c.a("and the expiry date")
        c.c(r.choice(["uh ", "it's ", "", "expires "]), V(expiry_spoken(r, region), "EXPIRY"))
    if r.random() < 0.7:
        c.a("and the three digits on the back" if kind != "amex" else "and the four digit code on the front")
        c.c(V(say_chunk(cvv_val(r, kind), r, region, r.choice(["plain", "mixed"])), "CVV"))
    return c


def pos_card_correction(r):
    region = r.choice(["uk", "us"])
    num, kind = card(r)
    parts = [num[i:i + 4] for i in range(0, len(num), 4)]
    c = Case("call ASR: caller restarts card reading; abandoned fragment labelled too")
    c.a("can i take the card number")
    wrong = parts[1][:2] + str((int(parts[1][2]) + 3) % 10)
    c.c(V(say_groups(parts[:1], r, region), "CARD_NUMBER", None, "frag"), " ",
        V(say_chunk(wrong, r, region, "plain"), "CARD_NUMBER", None, "frag"),
        r.choice([" no wait sorry let me start again ", " hang on that's wrong, from the top ", " sorry sorry, again "]),
        V(say_groups(parts, r, region, filler=0.3), "CARD_NUMBER"))
    c.a(r.choice(["lovely thank you", "got it", "okay thanks"]))
    return c


def pos_card_aside(r):
    region = "uk"
    num, kind = card(r)
    parts = [num[i:i + 4] for i in range(0, len(num), 4)]
    if len(parts) < 3:
        parts = [num[:6], num[6:]]
    g = gid()
    c = Case("call ASR: aside in the middle of a card reading (two spans, aside outside)")
    c.a("go ahead with the card number")
    c.c(V(say_groups(parts[:2], r, region), "CARD_NUMBER", g),
        r.choice([" sorry the dog's barking hang on ", " hold on my glasses ... right ", " one sec kids are shouting, okay "]),
        V(say_groups(parts[2:], r, region), "CARD_NUMBER", g))
    c.a("thank you")
    return c


def pos_ssn_typed(r):
    s = ssn(r)
    fmt = r.choice(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s.%s.%s", "%s - %s - %s"])
    shown = fmt % (s[:3], s[3:5], s[5:])
    ind, o = org(r, r.choice(["banking", "insurance", "healthcare", "government"]))
    c = Case("typed US SSN in chat/web form (%s)" % ind)
    if r.random() < 0.4:
        c.c("Full name: " + r.choice(FIRST).title() + " " + r.choice(LAST).title() + "\nSSN: ", V(shown, "SSN"),
            "\nDate of birth: ", V("%02d/%02d/%d" % (r.randint(1, 12), r.randint(1, 28), r.randint(1940, 2003)), "DOB"),
            "\nZIP: ", V(r.choice(US_ZIP), "POSTCODE"))
    else:
        c.a("To verify, can you send your social security number?")
        c.c(r.choice(["sure its ", "SSN# ", "social is ", "ss no. ", "my ssn ", ""]), V(shown, "SSN"),
            r.choice(["", " thx", ". Is that safe to send here?"]))
    return c


def pos_ssn_call(r):
    s = ssn(r)
    g = gid()
    c = Case("call ASR: SSN spoken in groups, possibly over turns, with read-back")
    c.a(r.choice(["and can i get your social", "i'll need the social security number on file",
                  "to verify can you give me your ssn"]))
    groups = [s[:3], s[3:5], s[5:]]
    if r.random() < 0.5:
        c.c(r.choice(["yeah it's ", "sure ", "uh "]), V(say_groups(groups, r, "us"), "SSN", g))
    else:
        c.c(r.choice(["okay ", "it's "]), V(say_chunk(groups[0], r, "us"), "SSN", g))
        c.a(r.choice(["mhm", "okay", "go on"]))
        c.c(V(say_groups(groups[1:], r, "us"), "SSN", g))
    if r.random() < 0.5:
        c.a("that's ", V(say_groups(groups, r, "us", "plain", 0), "SSN"), r.choice(["?", " right?"]))
        c.c("yep")
    else:
        c.a("thank you, and what's a good callback number")
        c.c(V(phone_spoken(r, "us"), "PHONE"))
    return c


def phone_spoken(r, region):
    if region == "us":
        a = r.choice(["212", "312", "415", "617", "702"])
        n = "5550" + "1" + digits(r, 2)
        lead = r.choice(["", "", "one "])
        return lead + say_groups([a, n[:3], n[3:]], r, "us", "mixed", 0.1)
    if region == "ie":
        return "plus three five three " + say_groups([r.choice(["85", "87"]), digits(r, 3), digits(r, 4)], r, "uk", "mixed", 0.1)
    n = uk_mobile(r)
    if r.random() < 0.4:
        return "plus four four " + say_groups([n[:4], n[4:7], n[7:]], r, "uk", "mixed", 0.1)
    return say_groups(["0" + n[:4], n[4:7], n[7:]], r, "uk", "mixed", 0.1)


def pos_ni_typed(r):
    v = ni(r)
    k = r.randrange(5)
    shown = [v, "%s %s %s %s %s" % (v[:2], v[2:4], v[4:6], v[6:8], v[8]), v.lower(),
             "%s%s %s %s %s" % (v[0], v[1].lower(), v[2:4], v[4:6], v[6:]),
             "%s-%s-%s" % (v[:2], v[2:8], v[8])][k]
    c = Case("typed UK NI number in chat/form/email")
    if r.random() < 0.35:
        c.c("Name: " + r.choice(FIRST).title() + " " + r.choice(LAST).title() +
            "\nNational Insurance No.: ", V(shown, "NI_NUMBER"), "\nPostcode: ", V(r.choice(UK_PC), "POSTCODE"))
    elif r.random() < 0.5:
        c.a("Can you confirm your NI number please?")
        c.c(r.choice(["NINO ", "ni no: ", "it's ", "national insurance is ", ""]), V(shown, "NI_NUMBER"))
    else:
        c.c("Hi,\nRe my tax code query - my NI is ", V(shown, "NI_NUMBER"),
            " and my employer ref is " + str(r.randint(100, 999)) + "/" + r.choice(["AB", "ZX", "QT"]) + str(r.randint(1000, 99999)) +
            ".\n\nThanks\n" + r.choice(FIRST).title() + "\n" + "Mob: ", *PH(r))
    return c


def say_ni(v, r, split=False):
    letters = lambda s: " ".join(spell_letter(ch, r) for ch in s)
    pre = letters(v[:2])
    mid = say_groups([v[2:4], v[4:6], v[6:8]], r, "uk", "mixed", 0.15)
    suf = spell_letter(v[8], r)
    return pre, mid, suf


def pos_ni_call(r):
    v = ni(r)
    pre, mid, suf = say_ni(v, r)
    c = Case("call ASR: NI number spelt with phonetics, maybe split over turns")
    c.a(r.choice(["can i take your national insurance number", "and your n i number please"]))
    g = gid()
    if r.random() < 0.5:
        c.c(r.choice(["yeah it's ", "okay ", ""]), V(pre + " " + mid + " " + suf, "NI_NUMBER", g))
    else:
        c.c(V(pre, "NI_NUMBER", g))
        c.a(r.choice(["mhm", "yep", "go on"]))
        c.c(V(mid, "NI_NUMBER", g))
        c.a(r.choice(["and the last letter", "okay", "mhm"]))
        c.c(V(suf, "NI_NUMBER", g))
    if r.random() < 0.4:
        c.a("lovely so that's ", V(" ".join(v[:2].lower()) + " " + say_chunk(v[2:8], r, "uk", "plain") + " " + v[8].lower(), "NI_NUMBER"))
    else:
        c.a("thanks and your date of birth")
        c.c(V(dob_spoken(r), "DOB"))
    return c


def dob_spoken(r):
    d, m, y = r.randint(1, 28), r.randint(1, 12), r.randint(1945, 2004)
    return r.choice(["the " + ORD[d - 1] + " of " + MONTHS[m - 1] + " " + say_year(y, r),
                     ORD[d - 1] + " " + MONTHS[m - 1] + " " + say_year(y, r),
                     MONTHS[m - 1] + " " + ORD[d - 1] + " " + say_year(y, r),
                     say_chunk("%02d" % d, r, "uk", "plain") + " " + say_chunk("%02d" % m, r, "uk", "plain") + " " + say_year(y, r)])


def pos_dob(r):
    c = Case("DOB typed or spoken with verification")
    if r.random() < 0.5:
        d, m, y = r.randint(1, 28), r.randint(1, 12), r.randint(1945, 2004)
        shown = r.choice(["%02d/%02d/%d" % (d, m, y), "%d-%02d-%02d" % (y, m, d) if False else "%02d.%02d.%d" % (d, m, y),
                          "%d %s %d" % (d, MONTHS[m - 1].title(), y), "%s %d, %d" % (MONTHS[m - 1][:3].title(), d, y),
                          "%d%s %s %d" % (d, "th" if d > 3 else ["st", "nd", "rd"][d - 1], MONTHS[m - 1], y)])
        c.a("For security, what is your date of birth?")
        c.c(r.choice(["dob ", "D.O.B: ", "born ", "", "its "]), V(shown, "DOB"))
    else:
        c.a("can you confirm your date of birth for me")
        c.c(r.choice(["yeah it's ", "uh ", "", "um "]), V(dob_spoken(r), "DOB"))
        c.a("thank you and how old will that make you")
        c.c(r.choice(["forty", "I'm thirty two", "uh fifty five next month"]))
    return c


def pos_bank_uk(r):
    sc = digits(r, 6)
    acct = digits(r, 8)
    c = Case("UK sort code + account number, typed or spoken")
    if r.random() < 0.5:
        sc_s = r.choice(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s/%s/%s"]) % (sc[:2], sc[2:4], sc[4:])
        c.a("Which account should the refund go to?")
        c.c(r.choice(["sort code ", "s/c: ", "Sortcode - ", "SC "]), V(sc_s, "SORT_CODE"),
            r.choice([" acct no: ", "\naccount ", ", a/c ", " Acc#"]), V(acct if r.random() < 0.6 else acct[:4] + " " + acct[4:], "BANK_ACCOUNT"))
    else:
        c.a("what's the sort code")
        c.c(V(say_groups([sc[:2], sc[2:4], sc[4:]], r, "uk", "pairs"), "SORT_CODE"))
        c.a(r.choice(["and the account number", "lovely and the account number please"]))
        g = gid()
        if r.random() < 0.5:
            c.c(V(say_groups([acct[:4], acct[4:]], r, "uk"), "BANK_ACCOUNT", g))
        else:
            c.c(V(say_chunk(acct[:4], r, "uk"), "BANK_ACCOUNT", g))
            c.a("mhm")
            c.c(r.choice(["", "then "]), V(say_chunk(acct[4:], r, "uk"), "BANK_ACCOUNT", g))
    return c


def pos_bank_us(r):
    acct = digits(r, r.choice([9, 10, 12]))
    c = Case("US account + routing-style e-mail, routing number unlabelled is not in schema (account only)")
    c.c("Please set up ACH with my checking " + r.choice(["acct #", "account no. ", "Acct: "]), V(acct, "BANK_ACCOUNT"),
        ". Billing ZIP ", V(r.choice(US_ZIP), "POSTCODE"), ".")
    return c


def pos_iban(r):
    v = iban(r)
    k = r.randrange(4)
    shown = [v, " ".join(v[i:i + 4] for i in range(0, len(v), 4)), v.lower(),
             " ".join(v[i:i + 4] for i in range(0, len(v), 4)).replace(" ", "-")][k]
    c = Case("IBAN in e-mail/chat (%s)" % v[:2])
    if r.random() < 0.5:
        c.c("Hello,\nplease refund to IBAN: ", V(shown, "IBAN"), "\nBIC " + r.choice(["NWBKGB2L", "AIBKIE2D", "COBADEFFXXX"]) +
            "\nthank you\n" + r.choice(FIRST).title() + " " + r.choice(LAST).title())
    else:
        c.a("Could you share the IBAN for the transfer?")
        c.c(r.choice(["iban ", "IBAN - ", "here: ", "my iban is "]), V(shown, "IBAN"))
    return c


def pos_phone_typed(r):
    c = Case("phone numbers typed: signature / form / SMS")
    k = r.randrange(3)
    if k == 0:
        nm = r.choice(FIRST).title() + " " + r.choice(LAST).title()
        c.c("Thanks for sorting that.\n\n--\n" + nm + "\n" + r.choice(["Tel: ", "M: ", "mob ", "Phone | "]), *PH(r),
            "\n" + r.choice(["E: ", "email: ", ""]), V(email(r), "EMAIL"))
    elif k == 1:
        c.a("What's the best number to reach you on?")
        c.c(r.choice(["call me on ", "", "my mob is ", "landline "]), *PH(r), r.choice(["", " after 5pm", " (work)"]))
    else:
        c.c("Contact form\nName: " + r.choice(FIRST).title() + "\nPhone: ", *PH(r),
            "\nEmail: ", V(email(r), "EMAIL"), "\nMessage: my router keeps dropping out every 20 mins")
    return c


def pos_phone_call(r):
    region = r.choice(["uk", "us", "ie"])
    c = Case("call ASR: phone number spoken (%s), with read-back" % region)
    c.a("and a contact number")
    ph = phone_spoken(r, region)
    c.c(r.choice(["yeah it's ", "um ", ""]), V(ph, "PHONE"))
    if r.random() < 0.5:
        c.a("so ", V(ph.replace(" um", "").replace(" uh", ""), "PHONE"), "?")
        c.c("that's it")
    return c


def pos_email_spoken(r):
    e = email(r)
    c = Case("call ASR: e-mail address spoken with 'at'/'dot'")
    c.a("and what's the best email for you")
    c.c(r.choice(["it's ", "uh ", ""]), V(say_email(e, r), "EMAIL"))
    c.a(r.choice(["perfect", "lovely, you'll get a confirmation there", "thank you"]))
    return c


def pos_email_typed(r):
    e = email(r)
    u, d = e.split("@")
    shown = r.choice([e, e.upper() if r.random() < 0.3 else e, u + " @ " + d, u + "[at]" + d.replace(".", "[dot]"),
                      u + " (at) " + d, e.title()])
    c = Case("typed e-mail, possibly obfuscated")
    c.a("Please confirm the email on the account.")
    c.c(r.choice(["its ", "email: ", "", "e-mail - "]), V(shown, "EMAIL"), r.choice(["", " ta", " (old one was closed)"]))
    return c


def pos_address(r):
    c = Case("address + postcode/ZIP, typed or spoken")
    uk = r.random() < 0.6
    num = r.randint(1, 240)
    st = r.choice(STREETS)
    pc = r.choice(UK_PC) if uk else r.choice(US_ZIP)
    town = r.choice(TOWNS_UK if uk else TOWNS_US)
    k = r.randrange(3)
    if k == 0:
        flat = r.choice(["", "Flat %d, " % r.randint(1, 30), "Apt %d%s " % (r.randint(1, 20), r.choice(["", "B"]))]) if True else ""
        c.c("Delivery address:\n", V(flat + "%d %s" % (num, st), "ADDRESS"), "\n" + town + "\n", V(pc, "POSTCODE"))
    elif k == 1:
        c.a("What's the address for the new supply?")
        c.c(V("%d %s" % (num, st.lower()), "ADDRESS"), ", " + town.lower() + " ", V(pc.lower() if r.random() < 0.5 else pc, "POSTCODE"))
    else:
        c.a("can i take the first line of the address")
        c.c(r.choice(["yeah it's ", "", "uh "]), V(say_number(num, r) + " " + st.lower(), "ADDRESS"))
        c.a("and the postcode" if uk else "and the zip")
        c.c(V(say_postcode(pc, r) if uk else say_groups([pc[:5]] + ([pc[6:]] if "-" in pc else []), r, "us", "plain", 0), "POSTCODE"))
    return c


def pos_webform_full(r):
    c = Case("pasted web-form dump with many fields")
    uk = r.random() < 0.5
    lines = [("Name", r.choice(FIRST).title() + " " + r.choice(LAST).title(), None)]
    c.c("---- form submission ----\n",
        "Address: ", V("%d %s" % (r.randint(1, 300), r.choice(STREETS)), "ADDRESS"), "\n",
        "Town: " + r.choice(TOWNS_UK if uk else TOWNS_US) + "\n",
        ("Postcode: " if uk else "ZIP: "), V(r.choice(UK_PC if uk else US_ZIP), "POSTCODE"), "\n",
        "DOB: ", V("%02d/%02d/%d" % (r.randint(1, 28), r.randint(1, 12), r.randint(1950, 2003)), "DOB"), "\n",
        ("NI: " if uk else "SSN: "), V(ni(r) if uk else (lambda s: s[:3] + "-" + s[3:5] + "-" + s[5:])(ssn(r)), "NI_NUMBER" if uk else "SSN"), "\n",
        "Mobile: ", *PH(r), "\n",
        "Email: ", V(email(r), "EMAIL"), "\n",
        "Order ref: " + digits(r, 10) + "\n---- end ----")
    return c


def pos_masked_plus_full(r):
    num, kind = card(r)
    shown, _ = group_card(num, kind, r, " ")
    c = Case("chat: full card typed then last four mentioned (last four labelled since full card in case)")
    c.c("card " , V(shown, "CARD_NUMBER"), " but the payment didnt go through")
    c.a("I can see a declined attempt on the card ending ", V(num[-4:], "CARD_NUMBER", None, "frag"), ". Was it for £" + str(r.randint(10, 99)) + ".00?")
    return c


def pos_ssn_split_lines(r):
    s = ssn(r)
    g = gid()
    c = Case("SMS: SSN split across messages")
    c.a("Reply with your SSN to continue. Msg&data rates may apply")
    c.c(V(s[:3], "SSN", g))
    c.c(V(s[3:5] + "-" + s[5:], "SSN", g))
    return c


def pos_ni_spoken_dob(r):
    v = ni(r)
    c = Case("call ASR: NI number read in pairs with hesitation + DOB")
    c.a("so for the pension enquiry i'll need your national insurance number")
    c.c("right um it's ", V(" ".join(v[:2].lower()) + " " + say_groups([v[2:4], v[4:6], v[6:8]], r, "uk", "pairs", 0.4, " ") + " " + v[8].lower(), "NI_NUMBER"))
    c.a("thank you and your date of birth")
    c.c(V(dob_spoken(r), "DOB"))
    return c


# --------------------------------------------------------------------------
# negative templates
# --------------------------------------------------------------------------
def neg_refs(r):
    c = Case("labelled reference numbers (long digit strings)")
    lab = r.choice(["Order number", "Tracking no.", "Ticket #", "Invoice", "Claim ref", "Policy number",
                    "Serial no:", "Booking ref", "Case ID", "Reference"])
    val = r.choice([digits(r, 16), digits(r, 12), digits(r, 9), "%s-%s-%s" % (digits(r, 3), digits(r, 2), digits(r, 4)),
                    digits(r, 4) + " " + digits(r, 4) + " " + digits(r, 4) + " " + digits(r, 4), "1Z" + digits(r, 16),
                    r.choice(["AB", "QX", "ZT"]) + digits(r, 6) + r.choice("ABCD") + "-REF"])
    c.c(r.choice(["Hi, ", "hello, ", ""]) + lab + " " + val + r.choice([" still not arrived", " - any update?", ", please advise"]))
    c.a(r.choice(["Thanks, I can see " + lab.lower().rstrip(":.#") + " " + val + " was dispatched on 3 March.",
                  "Let me check that for you."]))
    return c


def neg_refs_spoken(r):
    c = Case("call ASR: reference spoken like a card reading but labelled as reference")
    lab = r.choice(["order number", "claim number", "booking reference", "policy number", "tracking number", "meter serial"])
    groups = [digits(r, 4) for _ in range(r.choice([3, 4]))]
    c.a("have you got your " + lab + " there")
    c.c("yeah the " + lab + " is " + say_groups(groups, r, "uk"))
    c.a(r.choice(["mhm", "okay let me pull that up", "thanks one moment"]))
    return c


def neg_amounts(r):
    c = Case("amounts, balances, dates, times")
    c.a(r.choice(["Your balance is £%d.%02d and the next payment of £%d.%02d is due on %d %s." % (r.randint(100, 9999), r.randrange(100), r.randint(10, 500), r.randrange(100), r.randint(1, 28), MONTHS[r.randrange(12)].title()),
                  "the outstanding amount is four hundred and twelve pounds sixty, due on the fifteenth",
                  "We're open 8am to 8pm Monday to Friday, 9 till 5 on Saturdays.",
                  "your contract ends on the %s of %s twenty twenty six" % (ORD[r.randrange(28)], MONTHS[r.randrange(12)])]))
    c.c(r.choice(["ok can I pay $%d.%02d today" % (r.randint(20, 900), r.randrange(100)), "so that's 24 months at 12.5%?",
                  "I've been on hold 45 minutes", "can you do the 14th at 10:30"]))
    return c


def neg_lastfour(r):
    c = Case("card last four / masked values only")
    l4 = digits(r, 4)
    c.c(r.choice(["my card ending " + l4 + " was charged twice", "the one ending in " + say_chunk(l4, r, "uk") + " yeah",
                  "Card: **** **** **** " + l4, "charged to XXXX-XXXX-XXXX-" + l4, "visa ...." + l4 + " declined"]))
    c.a(r.choice(["I can see two charges on the card ending " + l4 + ".", "Thanks, the card ending " + l4 + " is on file.",
                  "SSN on file: ***-**-" + digits(r, 4), "Account ending " + digits(r, 4) + " confirmed."]))
    return c


def neg_meter(r):
    c = Case("call ASR: meter reading spoken digit by digit")
    c.a("can i take a meter reading")
    c.c("yeah it's " + say_groups([digits(r, 3), digits(r, 2)], r, "uk") + r.choice(["", " point " + UNITW[r.randrange(10)]]))
    c.a("and the meter serial on the front")
    c.c(r.choice(["e", "k", "s"]) + " " + say_groups([digits(r, 2), digits(r, 4), digits(r, 3)], r, "uk"))
    return c


def neg_travel(r):
    c = Case("flight / seat / gate / room / road names")
    c.c(r.choice(["flight BA%d on the %d%s, seat %d%s" % (r.randint(100, 2999), r.randint(4, 28), "th", r.randint(1, 40), r.choice("ABCDEF")),
                  "we were in room %d then moved to %d" % (r.randint(100, 999), r.randint(100, 999)),
                  "gate B%d, flight number EI %d, boarding at 14:35" % (r.randint(1, 40), r.randint(100, 999)),
                  "I was stuck on the M25 near junction %d for 2 hours" % r.randint(1, 31),
                  "the van went down the A406 not the A10",
                  "train 1K%d from platform %d, coach C seat %d" % (r.randint(10, 99), r.randint(1, 15), r.randint(1, 80))]))
    c.a(r.choice(["Sorry to hear that, I'll raise it with the team.", "Thanks, noted on the complaint."]))
    return c


def neg_misc(r):
    c = Case("ages, temperatures, percentages, years, counts, durations")
    c.c(r.choice(["my mum is 84 and the heating's been stuck at 14 degrees since 2019",
                  "I've been a customer for 12 years, since 2011, and the price went up 8.9%",
                  "we've got 3 kids and use about 450 gigs a month",
                  "it took forty five minutes, then another twenty",
                  "the parcel weighed 2.4kg and was 30 x 20 x 15 cm",
                  "model number WM%d-%d serial %s" % (r.randint(1000, 9999), r.randint(10, 99), digits(r, 12)),
                  "in nineteen ninety eight we moved, twenty twenty we came back",
                  "my son is sixteen and I'm forty one"]))
    c.a(r.choice(["Okay, thanks for explaining.", "I understand, let me see what I can do.", "Noted."]))
    return c


def neg_lookalikes(r):
    c = Case("digit strings in PII-like formats but labelled as non-PII")
    k = r.randrange(6)
    if k == 0:
        c.c("invoice ref %s-%s-%s is wrong" % (digits(r, 2), digits(r, 2), digits(r, 2)))
    elif k == 1:
        num, kind = card(r)
        c.c("tracking number " + " ".join(num[i:i + 4] for i in range(0, len(num), 4)) + " says delivered but nothing came")
    elif k == 2:
        c.c("claim no. %s-%s-%s filed on 12/03/2024" % (digits(r, 3), digits(r, 2), digits(r, 4)))
    elif k == 3:
        c.c("Ticket ID: " + r.choice(["QQ", "AB", "ZX"]) + digits(r, 6) + "C, opened 2024-05-01 09:14")
    elif k == 4:
        c.c("payment reference " + digits(r, 8) + " for the amount 1,250.00 EUR")
    else:
        c.c("> Original message\n> Your order #" + digits(r, 10) + " has shipped.\n> Expected 3-5 working days.\n\nwhere is it??")
    c.a(r.choice(["Thanks, looking into it now.", "Got it, I'll check.", "One moment please."]))
    return c


def neg_appt(r):
    c = Case("appointment / payment dates and times (not DOB)")
    c.a(r.choice(["your engineer visit is booked for %s the %s between eight and one" % (r.choice(["monday", "thursday"]), ORD[r.randrange(28)]),
                  "The next direct debit of £%d.00 will be taken on %02d/%02d/2025." % (r.randint(20, 90), r.randint(1, 28), r.randint(1, 12)),
                  "your policy renews on the %s of %s" % (ORD[r.randrange(28)], MONTHS[r.randrange(12)])]))
    c.c(r.choice(["can we move it to the 19th", "ok thanks", "can I pay it on 1 June instead", "that's fine, after 3pm is better"]))
    return c


POS = [(pos_card_chat, 14), (pos_card_sms, 7), (pos_card_linebreak, 7), (pos_card_multimsg, 6),
       (pos_card_quoted, 6), (pos_card_call, 12), (pos_card_correction, 4), (pos_card_aside, 4),
       (pos_masked_plus_full, 3),
       (pos_ssn_typed, 16), (pos_ssn_call, 12), (pos_ssn_split_lines, 4),
       (pos_ni_typed, 15), (pos_ni_call, 12), (pos_ni_spoken_dob, 5),
       (pos_dob, 8), (pos_bank_uk, 12), (pos_bank_us, 4), (pos_iban, 12), (pos_phone_typed, 9),
       (pos_phone_call, 8), (pos_email_spoken, 7), (pos_email_typed, 7), (pos_address, 12),
       (pos_webform_full, 6)]
NEG = [(neg_refs, 20), (neg_refs_spoken, 14), (neg_amounts, 12), (neg_lastfour, 14), (neg_meter, 8),
       (neg_travel, 10), (neg_misc, 10), (neg_lookalikes, 14), (neg_appt, 8)]


def build():
    _gid[0] = 0
    pos = [f for f, n in POS for _ in range(n)]
    neg = [f for f, n in NEG for _ in range(n)]
    R.shuffle(pos)
    R.shuffle(neg)
    cases = []
    for i, f in enumerate(pos, 1):
        c = f(R)
        cases.append(("h491-pos-%03d" % i, "positive", c))
    for i, f in enumerate(neg, 1):
        c = f(R)
        cases.append(("h491-neg-%03d" % i, "negative", c))
    return cases


def serialise(cases):
    lines = []
    for cid, kind, c in cases:
        lines.append(json.dumps({"id": cid, "kind": kind, "turns": c.turns, "spans": c.spans, "note": c.note},
                                ensure_ascii=False))
    return "\n".join(lines) + "\n"


def check(cases, text):
    errs = []
    with open(OUT, encoding="utf-8") as fh:
        if fh.read() != text:
            errs.append("cases.jsonl is not byte-identical to a fresh regeneration")
    ids = set()
    counts = {t: 0 for t in TYPES}
    npos = nneg = 0
    for cid, kind, c in cases:
        if cid in ids:
            errs.append("duplicate id " + cid)
        ids.add(cid)
        if kind == "negative":
            nneg += 1
            if c.spans:
                errs.append(cid + ": negative with spans")
        else:
            npos += 1
            if not c.spans:
                errs.append(cid + ": positive without spans")
        for t in c.turns:
            if t["speaker"] not in ("customer", "agent"):
                errs.append(cid + ": bad speaker")
        by_turn = {}
        for s in c.spans:
            counts[s["type"]] += 1
            txt = c.turns[s["turn"]]["text"]
            a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(txt)):
                errs.append("%s: span out of range" % cid)
                continue
            if not (txt[a].isalnum() and txt[b - 1].isalnum()):
                errs.append("%s: span %r does not start/end on letter/digit" % (cid, txt[a:b]))
            if (a > 0 and txt[a - 1].isalnum()) or (b < len(txt) and txt[b].isalnum()):
                errs.append("%s: span %r not on word boundary" % (cid, txt[a:b]))
            by_turn.setdefault(s["turn"], []).append((a, b))
        for lst in by_turn.values():
            lst.sort()
            for (a1, b1), (a2, b2) in zip(lst, lst[1:]):
                if a2 < b1:
                    errs.append(cid + ": overlapping spans")
        for g, (typ, kd, texts) in c.groups.items():
            if not validate(typ, texts, kd):
                errs.append("%s: %s value fails validation: %r" % (cid, typ, texts))
    if npos < 200 or nneg < 100:
        errs.append("too few cases: %d pos %d neg" % (npos, nneg))
    need = {"CARD_NUMBER": 70, "SSN": 30, "NI_NUMBER": 30}
    for t in TYPES:
        if counts[t] < need.get(t, 10):
            errs.append("too few %s spans: %d" % (t, counts[t]))
    return errs, counts, npos, nneg


def main():
    cases = build()
    text = serialise(cases)
    if "--check" in sys.argv[1:]:
        errs, counts, npos, nneg = check(cases, text)
        for e in errs:
            print("ERROR:", e)
        print("positive=%d negative=%d" % (npos, nneg))
        for t in TYPES:
            print("  %-13s %d" % (t, counts[t]))
        if errs:
            print("CHECK FAILED (%d errors)" % len(errs))
            sys.exit(1)
        print("CHECK OK")
        return
    os.makedirs(OUT_DIR, exist_ok=True)
    with open(OUT, "w", encoding="utf-8", newline="") as fh:
        fh.write(text)
    print("wrote %d cases to %s" % (len(cases), OUT))


if __name__ == "__main__":
    main()

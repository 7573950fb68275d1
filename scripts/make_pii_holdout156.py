#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set h156 (US-heavy contact centre data).

Usage:
    python scripts/make_pii_holdout156.py          # write fixture + README
    python scripts/make_pii_holdout156.py --check  # regenerate, verify identical and valid

Standard library only. All values come from one seeded random.Random(156241124).
"""
import json
import os
import re
import sys
import random
from collections import Counter, defaultdict

SEED = 156241124
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout156")
OUT = os.path.join(OUT_DIR, "cases.jsonl")
README = os.path.join(OUT_DIR, "README.md")
TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE",
         "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

R = random.Random(SEED)

# ---------------------------------------------------------------- spoken forms
UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD_UNITS = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"]
ORD_TEENS = ["tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
             "seventeenth", "eighteenth", "nineteenth"]


def zero_word(uk=False):
    if uk:
        return R.choice(["oh", "nought", "zero", "oh"])
    return R.choice(["zero", "oh", "oh", "o"])


def sp_digits(ds, uk=False, doubles=True, zw=None):
    """Digit by digit, optional double/triple."""
    zw = zw or zero_word(uk)
    out = []
    i = 0
    while i < len(ds):
        d = ds[i]
        w = zw if d == "0" else UNITS[int(d)]
        if doubles and i + 2 < len(ds) and ds[i + 1] == d and ds[i + 2] == d and R.random() < 0.6:
            out.append("triple " + w)
            i += 3
            continue
        if doubles and i + 1 < len(ds) and ds[i + 1] == d and R.random() < 0.6:
            out.append("double " + w)
            i += 2
            continue
        out.append(w)
        i += 1
    return " ".join(out)


def sp_pair(p, uk=False):
    a, b = int(p[0]), int(p[1])
    if a == 0:
        return zero_word(uk) + " " + (zero_word(uk) if b == 0 else UNITS[b])
    if a == 1:
        return TEENS[b]
    if b == 0:
        return TENS[a]
    return TENS[a] + " " + UNITS[b]


def sp_pairs(ds, uk=False):
    """Read as pairs (odd leading digit single)."""
    out = []
    if len(ds) % 2:
        out.append(zero_word(uk) if ds[0] == "0" else UNITS[int(ds[0])])
        ds = ds[1:]
    for i in range(0, len(ds), 2):
        out.append(sp_pair(ds[i:i + 2], uk))
    return " ".join(out)


def sp_mixed(ds, uk=False):
    return sp_pairs(ds, uk) if R.random() < 0.35 else sp_digits(ds, uk)


def sp_year(y):
    y = str(y)
    if y.startswith("20") and y[2] == "0":
        return "two thousand " + ("and " if R.random() < 0.3 else "") + UNITS[int(y[3])] if y[3] != "0" else "two thousand"
    return sp_pair(y[:2]) + " " + sp_pair(y[2:])


def sp_ordinal(n):
    if n < 10:
        return ORD_UNITS[n]
    if n < 20:
        return ORD_TEENS[n - 10]
    if n % 10 == 0:
        return TENS[n // 10][:-1] + "ieth"
    return TENS[n // 10] + " " + ORD_UNITS[n % 10]


def sp_cardinal(n):
    if n < 10:
        return UNITS[n]
    if n < 20:
        return TEENS[n - 10]
    if n % 10 == 0:
        return TENS[n // 10]
    return TENS[n // 10] + " " + UNITS[n % 10]


def sp_letters(s, nato=0.0):
    NATO = {"O": "oscar", "A": "alpha", "B": "bravo", "C": "charlie", "D": "delta", "E": "echo", "F": "foxtrot",
            "G": "golf", "H": "hotel", "J": "juliet", "K": "kilo", "L": "lima", "M": "mike",
            "N": "november", "P": "papa", "R": "romeo", "S": "sierra", "T": "tango", "W": "whiskey",
            "X": "x-ray", "Y": "yankee", "Z": "zulu"}
    NOUN = {"O": "orange", "A": "apple", "B": "boy", "C": "cat", "D": "dog", "E": "edward", "G": "george", "H": "harry",
            "J": "john", "K": "king", "L": "london", "M": "mary", "N": "nancy", "P": "peter", "R": "robert",
            "S": "sam", "T": "tom", "W": "william", "X": "xylophone", "Y": "yellow", "Z": "zebra"}
    out = []
    for ch in s:
        w = ch.lower()
        if R.random() < nato or ch == "O":
            alt = R.choice([NATO, NOUN]).get(ch)
            if alt:
                w = w + R.choice([" for ", " as in "]) + alt
        out.append(w)
    return " ".join(out)


# ---------------------------------------------------------------- normaliser / validators
FILLERS = {"um", "uh", "er", "erm", "uhm", "hmm", "the", "of", "and", "plus", "dash", "hyphen",
           "slash", "space", "then", "its", "it's", "is", "thats", "that's"}
WORD_DIGIT = {w: str(i) for i, w in enumerate(UNITS)}
WORD_DIGIT.update({"oh": "0", "o": "0", "nought": "0", "nil": "0", "to": "2", "too": "2", "won": "1", "ate": "8"})
WORD_TEEN = {w: str(10 + i) for i, w in enumerate(TEENS)}
WORD_TENS = {w: i for i, w in enumerate(TENS) if w}
ORD = {}
for _i in range(1, 32):
    ORD[sp_ordinal(_i)] = _i


def normalise(text, dates=False):
    t = text.lower().replace("'", "")
    toks = re.findall(r"[a-z0-9]+(?:-ray)?", t)
    out = []
    i = 0
    while i < len(toks):
        tk = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if tk == "o" and nxt in ("for", "as"):
            out.append("O"); i += 1; continue
        if tk in ("for",) and nxt is not None:
            i += 2
            continue
        if tk == "as" and nxt == "in":
            i += 3
            continue
        if tk in FILLERS:
            i += 1
            continue
        if tk == "thousand":
            # "two thousand five" -> 2005 ; previous emitted digit is the '2'
            if out:
                last = out.pop()
                if nxt in WORD_DIGIT:
                    out.append(last + "00" + WORD_DIGIT[nxt]); i += 2; continue
                out.append(last + "000")
            i += 1
            continue
        if tk in ("double", "triple") and nxt is not None:
            n = 2 if tk == "double" else 3
            val = WORD_DIGIT.get(nxt, nxt if len(nxt) == 1 else None)
            if val is None:
                return None
            out.append(val * n)
            i += 2
            continue
        if dates and tk in MONTHS:
            out.append("%02d" % (MONTHS.index(tk) + 1)); i += 1; continue
        if dates and tk[:3] in [m[:3] for m in MONTHS] and not tk.isdigit() and len(tk) <= 4:
            out.append("%02d" % ([m[:3] for m in MONTHS].index(tk[:3]) + 1)); i += 1; continue
        if dates and tk in WORD_TENS and nxt in ORD_UNITS[1:]:
            out.append("%02d" % (WORD_TENS[tk] * 10 + ORD_UNITS.index(nxt))); i += 2; continue
        if dates and tk in ORD:
            out.append("%02d" % ORD[tk]); i += 1; continue
        if dates and re.fullmatch(r"\d+(st|nd|rd|th)", tk):
            out.append("%02d" % int(re.match(r"\d+", tk).group())); i += 1; continue
        if dates and tk.isdigit() and len(tk) == 1:
            out.append("0" + tk); i += 1; continue
        if tk in WORD_DIGIT:
            out.append(WORD_DIGIT[tk]); i += 1; continue
        if tk in WORD_TEEN:
            out.append(WORD_TEEN[tk]); i += 1; continue
        if tk in WORD_TENS:
            if nxt in UNITS[1:]:
                out.append(str(WORD_TENS[tk] * 10 + UNITS.index(nxt))); i += 2; continue
            out.append(str(WORD_TENS[tk] * 10)); i += 1; continue
        out.append(tk.upper())
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
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{8,30}", s):
        return False
    r = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in r)
    return int(num) % 97 == 1


NI_RE = re.compile(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]")
UK_PC = re.compile(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}")
STREET_WORDS = {"street", "st", "avenue", "ave", "road", "rd", "drive", "dr", "lane", "ln", "boulevard",
                "blvd", "court", "ct", "way", "place", "pl", "circle", "terrace", "parkway", "pkwy",
                "highway", "hwy", "crescent", "close", "grove", "gardens", "trail", "square"}


def validate(typ, parts):
    if isinstance(parts, str):
        parts = [parts]
    text = " ".join(parts)
    if typ == "EMAIL":
        t = " " + text.lower() + " "
        for a, b in ((" at ", "@"), (" dot ", "."), (" underscore ", "_"), (" dash ", "-"), (" hyphen ", "-")):
            t = t.replace(a, b)
        t = t.replace(" ", "")
        return bool(re.fullmatch(r"[a-z0-9._-]+@[a-z0-9-]+(\.[a-z]+)+", t)), t
    if typ == "ADDRESS":
        toks = set(re.findall(r"[a-z]+", text.lower()))
        hasnum = bool(re.search(r"\d", text)) or bool(toks & (set(UNITS) | set(TEENS) | set(WORD_TENS) | {"oh", "hundred"}))
        return hasnum and bool(toks & STREET_WORDS), text
    ns = [normalise(p, dates=typ in ("EXPIRY", "DOB")) for p in parts]
    if any(x is None for x in ns):
        return False, None
    n = "".join(ns)
    if typ == "CARD_NUMBER":
        return n.isdigit() and 13 <= len(n) <= 19 and luhn_ok(n), n
    if typ == "CVV":
        return n.isdigit() and len(n) in (3, 4), n
    if typ == "EXPIRY":
        if not n.isdigit() or len(n) not in (4, 6):
            return False, n
        return 1 <= int(n[:2]) <= 12, n
    if typ == "DOB":
        if not n.isdigit() or len(n) not in (6, 7, 8):
            return False, n
        return True, n
    if typ == "SSN":
        return (n.isdigit() and len(n) == 9 and n[:3] not in ("000", "666") and n[0] != "9"
                and n[3:5] != "00" and n[5:] != "0000"), n
    if typ == "NI_NUMBER":
        return bool(NI_RE.fullmatch(n)), n
    if typ == "BANK_ACCOUNT":
        return n.isdigit() and 6 <= len(n) <= 17, n
    if typ == "SORT_CODE":
        return n.isdigit() and len(n) == 6, n
    if typ == "IBAN":
        return iban_ok(n), n
    if typ == "PHONE":
        return n.isdigit() and 10 <= len(n) <= 13, n
    if typ == "POSTCODE":
        return bool(re.fullmatch(r"\d{5}(\d{4})?", n) or UK_PC.fullmatch(n)), n
    return False, n


# ---------------------------------------------------------------- value generators
def digits(n, first_nonzero=False):
    s = "".join(R.choice("0123456789") for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = R.choice("123456789") + s[1:]
    return s


def gen_card(kind=None):
    kind = kind or R.choice(["visa", "visa", "mc", "mc", "amex", "disc"])
    if kind == "visa":
        pre, ln = "4", 16
    elif kind == "mc":
        pre, ln = R.choice(["51", "52", "53", "54", "55"]), 16
    elif kind == "amex":
        pre, ln = R.choice(["34", "37"]), 15
    else:
        pre, ln = "6011", 16
    body = pre + digits(ln - len(pre) - 1)
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def group_card(c, sep=" "):
    if len(c) == 15:
        return c[:4] + sep + c[4:10] + sep + c[10:]
    return sep.join(c[i:i + 4] for i in range(0, len(c), 4))


def gen_ssn():
    while True:
        a = "%03d" % R.randint(1, 899)
        if a == "666":
            continue
        return a + "%02d" % R.randint(1, 99) + "%04d" % R.randint(1, 9999)


def gen_ni():
    first = "ABCEGHJKLMNPRSTWXYZ"
    second = "ABCEGHJKLMNPRSTWXYZ"
    while True:
        p = R.choice(first) + R.choice(second)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + digits(6) + R.choice("ABCD")


def gen_iban(cc=None):
    cc = cc or R.choice(["GB", "IE", "DE", "FR", "NL", "ES"])
    if cc == "GB":
        bban = R.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + digits(14)
    elif cc == "IE":
        bban = R.choice(["AIBK", "BOFI", "IPBS"]) + digits(14)
    elif cc == "DE":
        bban = digits(18)
    elif cc == "FR":
        bban = digits(23)
    elif cc == "NL":
        bban = R.choice(["ABNA", "INGB", "RABO"]) + digits(10)
    else:
        bban = digits(20)
    num = "".join(str(int(c, 36)) for c in bban + cc + "00")
    chk = 98 - int(num) % 97
    return cc + "%02d" % chk + bban


def group_iban(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


US_AREA = ["212", "415", "312", "617", "713", "404", "305", "206", "602", "214", "303", "512", "614", "919", "702", "971"]


def gen_us_phone():
    return R.choice(US_AREA) + R.choice("23456789") + digits(2) + digits(4)


def fmt_us_phone(p):
    return R.choice([
        "(%s) %s-%s" % (p[:3], p[3:6], p[6:]),
        "%s-%s-%s" % (p[:3], p[3:6], p[6:]),
        "%s.%s.%s" % (p[:3], p[3:6], p[6:]),
        p,
        "+1 %s %s %s" % (p[:3], p[3:6], p[6:]),
        "1-%s-%s-%s" % (p[:3], p[3:6], p[6:]),
        "+1 (%s) %s-%s" % (p[:3], p[3:6], p[6:]),
    ])


def gen_zip():
    return "%05d" % R.randint(1001, 99950)


UK_PCS = ["SW1A 2AA", "M1 1AE", "B33 8TH", "CR2 6XH", "DN55 1PT", "LS1 4AP", "EH1 1YZ", "G2 3WT",
          "BS8 1TH", "NE1 7RU", "CF10 3AT", "L3 9PP", "SE1 9SG", "N1 9GU", "W1A 1AA", "EC1A 1BB", "OX1 2JD",
          "BT7 1NN", "NG7 2RD", "S10 2TN", "KT2 7HX", "RG1 3EX"]
FIRST = ["james", "maria", "robert", "linda", "michael", "patricia", "david", "jennifer", "carlos", "aisha",
         "kevin", "tanya", "brian", "megan", "jose", "sarah", "derek", "nicole", "tom", "grace", "sean", "niamh",
         "oliver", "chloe"]
LAST = ["johnson", "garcia", "miller", "davis", "rodriguez", "martinez", "wilson", "anderson", "thomas", "lee",
        "harris", "clark", "lewis", "walker", "young", "nguyen", "patel", "murphy", "kelly", "byrne", "evans", "hughes"]
DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "aol.com", "icloud.com", "comcast.net",
           "att.net", "btinternet.com", "eircom.net", "protonmail.com"]
US_STREETS = ["Maple", "Oak", "Pine", "Cedar", "Elm", "Washington", "Lincoln", "Park", "Lakeview", "Sunset",
              "Highland", "Magnolia", "Willow", "Jefferson", "Franklin", "Riverside", "Hillcrest", "Chestnut"]
US_TYPES = [("Street", "St"), ("Avenue", "Ave"), ("Drive", "Dr"), ("Road", "Rd"), ("Lane", "Ln"),
            ("Boulevard", "Blvd"), ("Court", "Ct"), ("Way", "Way"), ("Place", "Pl"), ("Circle", "Circle")]
UK_STREETS = ["Church", "Station", "Victoria", "Mill", "Queens", "Kings", "Albert", "Manor", "Park", "Meadow"]
UK_TYPES = ["Road", "Street", "Lane", "Close", "Crescent", "Grove", "Gardens", "Terrace", "Avenue"]
CITIES = [("Columbus", "OH"), ("Austin", "TX"), ("Denver", "CO"), ("Tampa", "FL"), ("Raleigh", "NC"),
          ("Phoenix", "AZ"), ("Portland", "OR"), ("Atlanta", "GA"), ("Boston", "MA"), ("Seattle", "WA")]


def gen_email(spoken=False):
    f, l = R.choice(FIRST), R.choice(LAST)
    style = R.randint(0, 4)
    dom = R.choice(DOMAINS)
    num = str(R.randint(1, 99)) if R.random() < 0.5 else ""
    if style == 0:
        user, sp = f + "." + l, f + " dot " + l
    elif style == 1:
        user, sp = f[0] + l + num, f[0] + " " + l + (" " + sp_digits(num, doubles=False) if num else "")
    elif style == 2:
        user, sp = f + "_" + l, f + " underscore " + l
    elif style == 3:
        user, sp = l + f[0] + num, l + " " + f[0] + (" " + sp_pairs(num) if num else "")
    else:
        user, sp = f + l[:3] + num, f + " " + " ".join(l[:3]) + (" " + sp_digits(num) if num else "")
    if spoken:
        d1, d2 = dom.split(".")
        return sp + " at " + d1 + " dot " + d2
    typed = user + "@" + dom
    if R.random() < 0.2:
        typed = typed.capitalize()
    return typed


def us_house():
    return str(R.choice([R.randint(10, 99), R.randint(100, 999), R.randint(1000, 9999), R.randint(10000, 24999)]))


def sp_house(h):
    if len(h) == 2:
        return sp_pair(h)
    if len(h) == 3:
        return UNITS[int(h[0])] + " " + sp_pair(h[1:]) if h[1] != "0" else UNITS[int(h[0])] + " " + R.choice(["oh", "o"]) + " " + UNITS[int(h[2])] if h[2] != "0" else UNITS[int(h[0])] + " hundred"
    if len(h) == 4:
        return sp_pair(h[:2]) + " " + sp_pair(h[2:])
    return sp_digits(h, doubles=False)


def gen_us_address(spoken=False):
    h = us_house()
    st = R.choice(US_STREETS)
    full, ab = R.choice(US_TYPES)
    if spoken:
        s = sp_house(h) + " " + st.lower() + " " + full.lower()
        if R.random() < 0.3:
            s += " apartment " + sp_digits(str(R.randint(1, 40)))
        return s
    s = h + " " + (R.choice(["N ", "S ", "E ", "W ", ""]) if R.random() < 0.3 else "") + st + " " + R.choice([full, ab, ab + "."]).rstrip(".")
    if R.random() < 0.3:
        s += R.choice([" Apt ", " Apt. ", " Unit ", " #", " Suite "]) + str(R.randint(1, 40)) + R.choice(["", "B", ""])
    if R.random() < 0.25:
        s = s.lower()
    return s


def gen_uk_address(spoken=False):
    h = str(R.randint(1, 140))
    st = R.choice(UK_STREETS) + " " + R.choice(UK_TYPES)
    if spoken:
        return (sp_cardinal(int(h)) if int(h) < 100 else sp_digits(h)) + " " + st.lower()
    return h + " " + st


def expiry_pair():
    return R.randint(1, 12), R.randint(26, 32)


def sp_expiry(m, y):
    style = R.randint(0, 3)
    if style == 0:
        return sp_pair("%02d" % m) + " " + sp_pair("%02d" % y)
    if style == 1:
        return MONTHS[m - 1] + " " + sp_year(2000 + y)
    if style == 2:
        return MONTHS[m - 1] + " " + sp_pair("%02d" % y)
    return sp_digits("%02d" % m, doubles=False) + " " + sp_digits("%02d" % y, doubles=False)


def fmt_expiry(m, y):
    return R.choice(["%02d/%02d" % (m, y), "%02d/20%02d" % (m, y), "%02d-%02d" % (m, y), "%d/%02d" % (m, y) if m >= 10 else "%02d/%02d" % (m, y), "%02d%02d" % (m, y)])


def gen_dob():
    return R.randint(1940, 2004), R.randint(1, 12), R.randint(1, 28)


def sp_dob(y, m, d, uk=False):
    style = R.randint(0, 3)
    if uk or style == 0:
        return "the " + sp_ordinal(d) + " of " + MONTHS[m - 1] + " " + sp_year(y) if R.random() < 0.5 else sp_ordinal(d) + " " + MONTHS[m - 1] + " " + sp_year(y)
    if style == 1:
        return MONTHS[m - 1] + " " + sp_ordinal(d) + " " + sp_year(y)
    if style == 2:
        return MONTHS[m - 1] + " " + sp_cardinal(d) + " " + sp_year(y)
    return sp_digits("%02d" % m, doubles=False) + " " + sp_digits("%02d" % d, doubles=False) + " " + sp_pair(str(y)[2:])


def fmt_dob(y, m, d, uk=False):
    if uk:
        return R.choice(["%02d/%02d/%d" % (d, m, y), "%d %s %d" % (d, MONTHS[m - 1].capitalize(), y), "%02d.%02d.%d" % (d, m, y)])
    return R.choice(["%02d/%02d/%d" % (m, d, y), "%d/%d/%d" % (m, d, y), "%s %d, %d" % (MONTHS[m - 1].capitalize(), d, y),
                     "%s %d %d" % (MONTHS[m - 1][:3].capitalize(), d, y), "%02d-%02d-%d" % (m, d, y), "%d-%02d-%02d" % (y, m, d)])


# ---------------------------------------------------------------- case assembly
CASES = []
GROUPS = []  # (case_id, group_key, type, [texts])
_gid = [0]


def S(text, typ, group=None):
    return (text, typ, group)


def build(kind, note, turns):
    idx = sum(1 for c in CASES if c["kind"] == kind) + 1
    cid = "h156-%s-%03d" % ("pos" if kind == "positive" else "neg", idx)
    out_turns, spans = [], []
    groups = defaultdict(list)
    for ti, (spk, segs) in enumerate(turns):
        text = ""
        for seg in segs:
            if isinstance(seg, str):
                text += seg
            else:
                val, typ, grp = seg
                start = len(text)
                text += val
                spans.append({"turn": ti, "start": start, "end": len(text), "type": typ})
                if grp is None:
                    _gid[0] += 1
                    grp = "g%d" % _gid[0]
                groups[(grp, typ)].append(val)
        out_turns.append({"speaker": spk, "text": text})
    if kind == "negative":
        assert not spans
    for (g, typ), vals in groups.items():
        GROUPS.append((cid, g, typ, vals))
    CASES.append({"id": cid, "kind": kind, "turns": out_turns, "spans": spans, "note": note})


def A(*segs):
    return ("agent", list(segs))


def C(*segs):
    return ("customer", list(segs))


def pos(note, *turns):
    build("positive", note, list(turns))


def neg(note, *turns):
    build("negative", note, list(turns))


def grp():
    _gid[0] += 1
    return "m%d" % _gid[0]


def split_n(s, n):
    k = len(s)
    cuts = sorted(R.sample(range(2, k - 1), n - 1)) if n > 1 else []
    parts, prev = [], 0
    for c in cuts + [k]:
        parts.append(s[prev:c])
        prev = c
    return parts


BACK = ["mhm", "okay", "yep", "uh huh", "okay go on", "got it", "right", "go ahead", "yes", "sure"]


# ---------------------------------------------------------------- positive templates
def p_card_call_one_turn():
    c = gen_card()
    pre = R.choice(["yeah it's ", "okay um ", "sure ", "it is ", "alright "])
    post = R.choice(["", " and that's the credit card not the debit", " did you get that", " sorry it's a bit worn"])
    pos("call/" + R.choice(["telecom", "utilities", "retail", "insurance"]) + ": US card read in one turn, spoken digits/doubles",
        A("okay and what's the long number on the front of the card"),
        C(pre, S(sp_mixed(c), "CARD_NUMBER"), post))


def p_card_call_split():
    c = gen_card()
    g = grp()
    parts = [c[i:i + 4] for i in range(0, len(c), 4)] if len(c) == 16 else [c[:4], c[4:10], c[10:]]
    turns = [A(R.choice(["go ahead with the card number whenever you're ready", "can i get the card number please"]))]
    for i, p in enumerate(parts):
        lead = R.choice(["", "", "um ", "okay "]) if i == 0 else R.choice(["", "", "uh "])
        turns.append(C(lead, S(sp_mixed(p), "CARD_NUMBER", g)))
        if i < len(parts) - 1:
            turns.append(A(R.choice(BACK)))
    turns.append(A(R.choice(["thank you and the expiration date", "perfect and when does it expire"])))
    m, y = expiry_pair()
    turns.append(C(S(sp_expiry(m, y), "EXPIRY")))
    turns.append(A("and the three digit security code on the back"))
    cv = digits(3)
    turns.append(C(R.choice(["it's ", "", "uh "]), S(sp_digits(cv), "CVV")))
    pos("call/" + R.choice(["cable", "healthcare billing", "auto insurance", "travel"]) + ": US card split over turns with back-channels, then expiry and cvv", *turns)


def p_card_chat():
    c = gen_card()
    sep = R.choice([" ", "-", "", " ", "  "])
    cv = digits(4 if len(c) == 15 else 3)
    m, y = expiry_pair()
    pos("chat/retail: card typed with '%s' separators plus exp and cvv in one message" % sep,
        A("Please provide the card details to complete the payment of $%d.%02d." % (R.randint(20, 900), R.randint(0, 99))),
        C(R.choice(["card ", "Card#: ", "its ", "ok ", "cc "]), S(group_card(c, sep) if sep else c, "CARD_NUMBER"),
          R.choice([" exp ", " , exp: ", " expires ", " / "]), S(fmt_expiry(m, y), "EXPIRY"),
          R.choice([" cvv ", " security code ", " cvc: ", " code "]), S(cv, "CVV")))


def p_card_correction():
    c = gen_card("visa")
    wrong = c[:4] + str((int(c[4]) + 3) % 10) + c[5:8]
    pos("call/banking: caller misreads second group, corrects and rereads whole card",
        A("what's the card number"),
        C(S(sp_digits(wrong), "CARD_NUMBER", grp()), " no wait sorry let me start again"),
        A("no problem take your time"),
        C(S(sp_digits(c), "CARD_NUMBER"), " there"))


def p_card_readback():
    c = gen_card()
    pos("call/telecom: customer reads card, agent reads it back in pairs",
        C("the card is ", S(sp_digits(c), "CARD_NUMBER")),
        A("let me read that back ", S(sp_pairs(c), "CARD_NUMBER"), " is that right"),
        C("yes that's it and can you put the whole %s dollars on it" % sp_cardinal(R.randint(21, 99))))


def p_ssn_chat():
    s = gen_ssn()
    fmt = R.choice(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s.%s.%s", "%s - %s - %s"]) % (s[:3], s[3:5], s[5:])
    pre = R.choice(["my ssn is ", "SSN: ", "ss# ", "social is ", "Social Security number ", "ssn-", "my social: "])
    pos("chat/" + R.choice(["banking", "government services", "healthcare billing", "insurance"]) + ": SSN typed in chat",
        A("To verify your identity I'll need your Social Security number."),
        C(pre, S(fmt, "SSN"), R.choice(["", " thanks", ". my claim # is CLM-%d" % R.randint(100000, 999999), " (full one)"])))


def p_ssn_call():
    s = gen_ssn()
    style = R.randint(0, 3)
    if style == 0:
        sp = sp_digits(s)
    elif style == 1:
        sp = sp_digits(s[:3]) + " " + sp_digits(s[3:5]) + " " + sp_digits(s[5:])
    elif style == 2:
        sp = sp_digits(s[:3]) + " " + sp_pair(s[3:5]) + " " + sp_pairs(s[5:])
    else:
        sp = sp_digits(s[:3]) + " um " + sp_digits(s[3:5]) + " uh " + sp_digits(s[5:])
    pos("call/" + R.choice(["government services", "banking", "health insurance", "payroll"]) + ": SSN spoken in one turn (style %d)" % style,
        A(R.choice(["and can you verify your social security number for me", "i'll need your social please", "what's the ssn on the account"])),
        C(R.choice(["sure it's ", "yeah ", "okay ", "my social is ", ""]), S(sp, "SSN")))


def p_ssn_split():
    s = gen_ssn()
    g = grp()
    pos("call/health insurance: SSN in 3-2-4 groups over customer turns with agent back-channels",
        A("can i have the member's social security number"),
        C(R.choice(["yeah so ", "okay ", ""]), S(sp_digits(s[:3]), "SSN", g)),
        A(R.choice(BACK)),
        C(S(sp_mixed(s[3:5]), "SSN", g)),
        A(R.choice(BACK)),
        C(S(sp_mixed(s[5:]), "SSN", g), R.choice(["", " and the member id is on the card if you need it"])))


def p_ssn_readback():
    s = gen_ssn()
    pos("call/banking: agent reads the SSN back, customer confirms",
        C("my social is ", S(sp_digits(s), "SSN")),
        A("okay i have ", S(sp_digits(s[:3]) + " " + sp_digits(s[3:5]) + " " + sp_digits(s[5:]), "SSN"), " correct"),
        C("correct"))


def p_ssn_with_dob():
    s = gen_ssn()
    y, m, d = gen_dob()
    pos("call/government services: SSN and DOB in the same turn with chit-chat",
        A("for verification i need your social and your date of birth"),
        C("okay social is ", S(sp_digits(s), "SSN"), " and i was born ", S(sp_dob(y, m, d), "DOB"),
          " i'm %s now if that matters" % sp_cardinal(2026 - y) if 2026 - y < 100 else ""))


def p_ni_chat():
    n = gen_ni()
    fmt = R.choice(["%s %s %s %s %s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8]), n, n.lower(), "%s%s %s" % (n[:2], n[2:8], n[8]),
                    "%s-%s-%s-%s-%s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8])])
    pos("chat/" + R.choice(["government services", "payroll", "pensions"]) + ": UK NI number typed",
        A("Could you confirm your National Insurance number?"),
        C(R.choice(["NI no: ", "its ", "my NINO is ", "ni number ", "Sure - "]), S(fmt, "NI_NUMBER"),
          R.choice(["", " cheers", " thanks", ". started the job on 3rd March"])))


def p_ni_call():
    n = gen_ni()
    style = R.randint(0, 2)
    if style == 0:
        sp = sp_letters(n[:2]) + " " + sp_digits(n[2:8], uk=True) + " " + sp_letters(n[8])
    elif style == 1:
        sp = sp_letters(n[:2], nato=0.7) + " " + sp_pairs(n[2:8], uk=True) + " " + sp_letters(n[8], nato=0.8)
    else:
        sp = sp_letters(n[:2]) + " " + sp_pairs(n[2:8], uk=True) + " " + sp_letters(n[8], nato=1.0)
    pos("call/uk " + R.choice(["government services", "payroll", "benefits", "pensions"]) + ": NI number spoken (style %d)" % style,
        A(R.choice(["and your national insurance number please", "can i take your n i number"])),
        C(R.choice(["yeah it's ", "right ", "okay ", "erm "]), S(sp, "NI_NUMBER")))


def p_ni_split():
    n = gen_ni()
    g = grp()
    pos("call/uk benefits: NI number split across turns, letters then digits then suffix",
        A("national insurance number"),
        C(S(sp_letters(n[:2], nato=0.5), "NI_NUMBER", g)),
        A(R.choice(BACK)),
        C(S(sp_pairs(n[2:8], uk=True), "NI_NUMBER", g)),
        A("and the letter at the end"),
        C(S(sp_letters(n[8], nato=0.6), "NI_NUMBER", g)))


def p_ni_readback():
    n = gen_ni()
    pos("call/uk pensions: NI read back by agent in NATO style",
        C("it's ", S(sp_letters(n[:2]) + " " + sp_digits(n[2:8], uk=True) + " " + sp_letters(n[8]), "NI_NUMBER")),
        A("so that's ", S(sp_letters(n[:2], nato=1.0) + " " + sp_pairs(n[2:8], uk=True) + " " + sp_letters(n[8], nato=1.0), "NI_NUMBER")),
        C("yes spot on"))


def p_bank_us():
    acct = digits(R.choice([9, 10, 11, 12]), True)
    routing_ctx = R.choice(["", ""])
    if R.random() < 0.5:
        pos("chat/banking: US checking account number typed for ACH autopay",
            A("What account number should the autopay draw from?"),
            C(R.choice(["checking acct ", "acct # ", "account number: "]), S(acct, "BANK_ACCOUNT"), routing_ctx))
    else:
        pos("call/utilities: US bank account number spoken for autopay",
            A("and the checking account number"),
            C(R.choice(["okay it's ", "um ", ""]), S(sp_mixed(acct), "BANK_ACCOUNT"), R.choice(["", " that's at chase"])))


def p_uk_bank():
    acct = digits(8, True)
    sc = digits(6)
    if R.random() < 0.5:
        scf = R.choice(["%s-%s-%s", "%s %s %s", "%s%s%s"]) % (sc[:2], sc[2:4], sc[4:])
        pos("chat/uk utilities: sort code and account number typed together",
            A("Please give the sort code and account number for the direct debit."),
            C("sort code ", S(scf, "SORT_CODE"), R.choice([" acc ", ", account no. ", " and account "]), S(acct, "BANK_ACCOUNT")))
    else:
        pos("call/uk telecom: sort code in pairs then account number in separate turns",
            A("what's the sort code"),
            C(S(sp_pairs(sc, uk=True), "SORT_CODE")),
            A("and the account number"),
            C(R.choice(["", "it's ", "right "]), S(sp_digits(acct, uk=True), "BANK_ACCOUNT")))


def p_iban():
    cc = R.choice(["GB", "IE", "DE", "FR", "NL", "ES", "IE"])
    ib = gen_iban(cc)
    if R.random() < 0.6:
        f = R.choice([group_iban(ib), ib, group_iban(ib).lower()])
        pos("chat/%s travel refund: IBAN typed" % cc.lower(),
            A("For the refund of EUR %d please send the IBAN." % R.randint(40, 900)),
            C(R.choice(["IBAN: ", "its ", "Here: ", ""]), S(f, "IBAN"), R.choice(["", " thx", " (main account)"])))
    else:
        sp = sp_letters(ib[:2]) + " " + (sp_pair(ib[2:4]) if ib[3] != "0" else sp_digits(ib[2:4], uk=True)) + " " + " ".join(
            sp_letters(ch) if ch.isalpha() else ch for ch in ib[4:])
        sp = " ".join(w if not w.isdigit() else sp_digits(w, uk=True, doubles=False) for w in sp.split())
        pos("call/%s banking: IBAN spoken letters and digits" % cc.lower(),
            A("can you read me the iban"),
            C("yeah it's ", S(sp, "IBAN")))


def p_phone_us():
    p = gen_us_phone()
    if R.random() < 0.5:
        pos("chat/" + R.choice(["retail", "telecom", "insurance"]) + ": US callback number typed",
            A("What's the best number to reach you?"),
            C(R.choice(["", "cell: ", "call me at ", "my # is "]), S(fmt_us_phone(p), "PHONE"),
              R.choice(["", " after 5pm", " anytime before 6", " thanks!"])))
    else:
        style = R.randint(0, 2)
        if style == 0:
            turns = [A("what's a good callback number"), C(R.choice(["it's ", "yeah ", ""]), S(sp_digits(p), "PHONE"))]
        elif style == 1:
            g = grp()
            turns = [A("and a phone number"), C("area code ", S(sp_digits(p[:3]), "PHONE", g)), A(R.choice(BACK)),
                     C(S(sp_digits(p[3:6]) + " " + sp_pairs(p[6:]), "PHONE", g))]
        else:
            turns = [A("best number to reach you"), C(S(sp_digits(p[:3]) + " " + sp_digits(p[3:6]) + " " + sp_pairs(p[6:]), "PHONE"),
                                                       " that's my cell")]
        pos("call/" + R.choice(["cable", "pharmacy", "auto insurance"]) + ": US phone spoken (style %d)" % style, *turns)


def p_phone_intl():
    kind = R.choice(["uk", "ie", "uk_intl", "ie_intl"])
    if kind.startswith("uk"):
        body = "7" + digits(9)
        typed = "07%s %s" % (body[1:4], body[4:]) if kind == "uk" else "+44 %s %s" % (body[:4], body[4:])
        spoken = sp_digits("0" + body, uk=True) if kind == "uk" else "plus four four " + sp_digits(body, uk=True)
    else:
        body = R.choice(["83", "85", "86", "87"]) + digits(7)
        typed = "0%s %s %s" % (body[:2], body[2:5], body[5:]) if kind == "ie" else "+353 %s %s %s" % (body[:2], body[2:5], body[5:])
        spoken = sp_digits("0" + body, uk=True) if kind == "ie" else "plus three five three " + sp_digits(body, uk=True)
    if R.random() < 0.5:
        pos("chat/%s telecom: mobile typed" % kind, A("Which mobile should we text the code to?"), C(S(typed, "PHONE")))
    else:
        pos("call/%s utilities: mobile spoken" % kind, A("and a contact number"), C(R.choice(["it's ", "yeah ", ""]), S(spoken, "PHONE")))


def p_email():
    if R.random() < 0.5:
        pos("chat/" + R.choice(["retail", "travel", "insurance"]) + ": email typed",
            A("What email should the receipt go to?"),
            C(R.choice(["", "pls send to ", "email: ", "use "]), S(gen_email(), "EMAIL"), R.choice(["", " thanks", "."])))
    else:
        pos("call/" + R.choice(["telecom", "healthcare billing", "airline"]) + ": email dictated ASR-style",
            A("can i get an email address for the confirmation"),
            C(R.choice(["yeah it's ", "sure ", "okay so it's "]), S(gen_email(spoken=True), "EMAIL")))


def p_address_us():
    zp = gen_zip()
    plus4 = R.random() < 0.4
    zf = zp + ("-" + digits(4) if plus4 else "")
    city, stt = R.choice(CITIES)
    if R.random() < 0.5:
        pos("chat/retail: US shipping address with %s" % ("ZIP+4" if plus4 else "ZIP"),
            A("Can you confirm the shipping address?"),
            C(S(gen_us_address(), "ADDRESS"), ", %s, %s " % (city, stt), S(zf, "POSTCODE")))
    else:
        zsp = sp_digits(zp) + (" dash " + sp_digits(zf[6:]) if plus4 else "")
        pos("call/" + R.choice(["utilities", "cable", "insurance"]) + ": US street address and zip spoken",
            A("what's the service address"),
            C(S(gen_us_address(spoken=True), "ADDRESS"), " in %s" % city.lower()),
            A("and the zip code"),
            C(S(zsp, "POSTCODE")))


def p_address_uk():
    pc = R.choice(UK_PCS)
    if R.random() < 0.5:
        pos("chat/uk utilities: UK address and postcode typed",
            A("What's the supply address?"),
            C(S(gen_uk_address(), "ADDRESS"), ", " + R.choice(["Leeds", "Bristol", "Manchester", "Cardiff"]) + " ",
              S(R.choice([pc, pc.lower(), pc.replace(" ", "")]), "POSTCODE")))
    else:
        out, inn = pc.split()
        sp = sp_letters(out[:2] if out[1].isalpha() else out[0])
        rest = out[2:] if out[1].isalpha() else out[1:]
        sp += " " + " ".join(sp_digits(ch, uk=True) if ch.isdigit() else ch.lower() for ch in rest)
        sp += " " + sp_digits(inn[0], uk=True) + " " + sp_letters(inn[1:])
        pos("call/uk insurance: UK address and postcode spoken letter by letter",
            A("and your address"),
            C(S(gen_uk_address(spoken=True), "ADDRESS")),
            A("postcode"),
            C(S(sp, "POSTCODE")))


def p_dob():
    y, m, d = gen_dob()
    uk = R.random() < 0.3
    if R.random() < 0.5:
        pos("chat/" + R.choice(["healthcare billing", "insurance", "banking"]) + ": DOB typed",
            A("Please confirm the date of birth on the account."),
            C(R.choice(["dob ", "DOB: ", "born ", "", "it's "]), S(fmt_dob(y, m, d, uk), "DOB")))
    else:
        pos("call/" + R.choice(["pharmacy", "health insurance", "bank"]) + ": DOB spoken",
            A("and your date of birth"),
            C(R.choice(["", "it's ", "uh ", "yeah "]), S(sp_dob(y, m, d, uk), "DOB")))


def p_combo_payment():
    c = gen_card()
    m, y = expiry_pair()
    cv = digits(4 if len(c) == 15 else 3)
    zp = gen_zip()
    amt = R.randint(25, 480)
    pos("call/US utilities: card, expiry, cvv and billing zip with a dollar amount nearby",
        A("okay so the payment today is %s dollars what card would you like to use" % sp_cardinal(amt % 100 if amt % 100 else 50)),
        C(R.choice(["okay um ", "the card is ", "yeah "]), S(sp_digits(c), "CARD_NUMBER")),
        A("thank you expiration"),
        C(S(sp_expiry(m, y), "EXPIRY"), " and the code on the back is ", S(sp_digits(cv), "CVV")),
        A("and the billing zip code"),
        C(S(sp_digits(zp), "POSTCODE")))


def p_member_and_phone():
    p = gen_us_phone()
    mem = digits(8)
    pos("call/health insurance: member id (not PII target) next to phone number",
        A("can i have the member id"),
        C("member id is %s" % sp_digits(mem)),
        A("and a phone number in case we get disconnected"),
        C(S(sp_digits(p), "PHONE")))


def p_chat_multi():
    s = gen_ssn()
    y, m, d = gen_dob()
    p = gen_us_phone()
    zp = gen_zip()
    city, stt = R.choice(CITIES)
    pos("chat/US banking: account opening, SSN, DOB, street, city, ZIP, phone and email in one message",
        A("To open the account I need your SSN, date of birth, home address, phone and email."),
        C(R.choice(["ssn ", "SSN: ", "social "]), S("%s-%s-%s" % (s[:3], s[3:5], s[5:]) if R.random() < 0.6 else s, "SSN"),
          R.choice([", dob ", " / born ", "; DOB: "]), S(fmt_dob(y, m, d), "DOB"),
          R.choice([", addr ", ". I live at ", " - "]), S(gen_us_address(), "ADDRESS"), " %s %s " % (city, stt), S(zp, "POSTCODE"),
          R.choice([", ph ", ", cell ", ". phone "]), S(fmt_us_phone(p), "PHONE"), R.choice([", ", " and email "]),
          S(gen_email(), "EMAIL"), R.choice(["", " - I'm opening it with $%d" % R.randint(50, 2500)])))


def p_call_two_values():
    p = gen_us_phone()
    s = gen_ssn()
    pos("call/US telecom: phone and SSN in one rambling customer turn with a year and amount nearby",
        A("okay can i get the phone number on the account and the last four of the social or the full social"),
        C("yeah so the phone is ", S(sp_digits(p), "PHONE"), " we've had it since %s and the social is " % sp_year(R.randint(2005, 2019)),
          S(sp_digits(s[:3]) + " " + sp_mixed(s[3:]), "SSN"), " and the bill was like %s dollars last month" % sp_cardinal(R.randint(41, 99))))


def p_ssn_typo_chat():
    s = gen_ssn()
    fmt = R.choice(["%s-%s-%s", "%s %s-%s", "%s-%s %s", "%s/%s/%s", "%s_%s_%s"]) % (s[:3], s[3:5], s[5:])
    pos("chat/US government services: SSN with odd separators in a run-on message with a case number",
        C(R.choice(["hi i need help w my benefits case #%d my ss is " % R.randint(100000, 999999),
                    "helo, my wifes social sec # is ", "Re: tax transcript. SSN=", "my soc sec no. "]),
          S(fmt, "SSN"), R.choice([" pls call me", " ty", "!!", " and i applied on 9/14"])))


HOMO = {"2": ["to", "too"], "1": ["won"], "8": ["ate"]}


def sp_homophone(ds):
    """Digit by digit with a couple of ASR homophones (to/too, won, ate)."""
    words = sp_digits(ds, doubles=False).split()
    idx = [i for i, d in enumerate(ds) if d in HOMO]
    for i in R.sample(idx, min(len(idx), 2)):
        words[i] = R.choice(HOMO[ds[i]])
    return " ".join(words)


def p_homophone():
    kind = R.choice(["zip", "ssn", "phone", "card"])
    if kind == "zip":
        zp = "9" + R.choice("128") + digits(3)
        pos("call/US cable: ZIP code with ASR homophones (to/won/ate)",
            A("and what zip code is the service at"), C("it's ", S(sp_homophone(zp), "POSTCODE")))
    elif kind == "ssn":
        sn = "2" + R.choice("128") + digits(7)
        while not validate("SSN", sn)[0]:
            sn = "2" + R.choice("128") + digits(7)
        pos("call/US health insurance: SSN with ASR homophones",
            A("can you verify the social on the account"), C("yes ", S(sp_homophone(sn), "SSN")))
    elif kind == "phone":
        ph = R.choice(["212", "312", "812", "281"]) + "2" + digits(6)
        pos("call/US pharmacy: phone number with ASR homophones",
            A("and a good callback number"), C("sure ", S(sp_homophone(ph), "PHONE"), " thank you"))
    else:
        c = gen_card("visa")
        pos("call/US retail: card number with ASR homophones",
            A("go ahead with the card number"), C(S(sp_homophone(c), "CARD_NUMBER")))


def p_asr_numeric():
    """ASR engines with inverse text normalisation write digits."""
    kind = R.choice(["ssn", "phone", "card", "dob", "zip"])
    if kind == "ssn":
        sn = gen_ssn()
        pos("call/US banking: ASR with digit formatting writes the SSN as digit groups",
            A("can i get your social security number"), C("yeah it's ", S("%s %s %s" % (sn[:3], sn[3:5], sn[5:]) if R.random() < 0.5 else sn, "SSN"), " i think that's right"))
    elif kind == "phone":
        ph = gen_us_phone()
        pos("call/US telecom: ASR with digit formatting writes phone number",
            A("what's the number we're porting over"), C("it's ", S("%s %s %s" % (ph[:3], ph[3:6], ph[6:]), "PHONE"), " and i've had it for like 10 years"))
    elif kind == "card":
        c = gen_card()
        pos("call/US insurance: ASR with digit formatting writes card number in chunks",
            A("okay the card number"), C("sure ", S(group_card(c) if R.random() < 0.6 else " ".join([c[:8], c[8:]]), "CARD_NUMBER"), " for the 250 dollar payment"))
    elif kind == "dob":
        y, m, d = gen_dob()
        pos("call/US pharmacy: ASR with digit formatting writes DOB",
            A("patient's date of birth"), C(S(R.choice(["%d/%d/%d" % (m, d, y), "%s %d%s %d" % (MONTHS[m - 1], d, "th" if 4 <= d <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th"), y), "%d %d %d" % (m, d, y)]), "DOB")))
    else:
        zp = gen_zip()
        pos("call/US retail: ASR writes ZIP digits in the middle of a sentence",
            A("what zip should i check for store pickup"), C("i'm in ", S(zp, "POSTCODE"), " and i can get there by 5"))


def p_dob_pairs():
    y, m, d = gen_dob()
    pos("call/US health insurance: DOB as month-day-year pairs with fillers around it",
        A("and the patient's date of birth"),
        C("um that would be ", S(sp_pair("%02d" % m) + " " + sp_pair("%02d" % d) + " " + sp_pair(str(y)[2:]), "DOB"),
          " she's my mom"))


def p_phone_uk_split():
    body = "7" + digits(9)
    g = grp()
    pos("call/uk telecom: UK mobile split over two turns, nought and double",
        A("what's the mobile number"),
        C(S(sp_digits("0" + body[:4], uk=True), "PHONE", g)),
        A("yep"),
        C(S(sp_digits(body[4:], uk=True), "PHONE", g)))


POS_PLAN = [(p_homophone, 12), (p_asr_numeric, 12), (p_dob_pairs, 5), (p_phone_uk_split, 4), (p_chat_multi, 8), (p_call_two_values, 6), (p_ssn_typo_chat, 6), 
    (p_card_call_one_turn, 10), (p_card_call_split, 8), (p_card_chat, 10), (p_card_correction, 2), (p_card_readback, 3),
    (p_ssn_chat, 12), (p_ssn_call, 10), (p_ssn_split, 5), (p_ssn_readback, 3), (p_ssn_with_dob, 4),
    (p_ni_chat, 12), (p_ni_call, 10), (p_ni_split, 5), (p_ni_readback, 3),
    (p_bank_us, 8), (p_uk_bank, 16), (p_iban, 16), (p_phone_us, 12), (p_phone_intl, 6), (p_email, 14),
    (p_address_us, 10), (p_address_uk, 5), (p_dob, 10), (p_combo_payment, 6), (p_member_and_phone, 3),
]


# ---------------------------------------------------------------- negative templates
def n_claim_number():
    cl = digits(R.randint(6, 9), True)
    if R.random() < 0.5:
        neg("call/health insurance: claim number spoken digit by digit with its name",
            A("do you have the claim number"),
            C("yeah the claim number is ", sp_digits(cl)),
            A("thank you i see that claim was processed on %s %s" % (R.choice(MONTHS), sp_ordinal(R.randint(1, 28)))))
    else:
        neg("chat/auto insurance: claim number typed with name",
            C("Checking on claim #%s, filed %d/%d/2026" % (cl, R.randint(1, 12), R.randint(1, 28))),
            A("Thanks, claim %s is with the adjuster; expect an update within %d business days." % (cl, R.randint(3, 10))))


def n_policy_member():
    kind = R.choice(["policy", "member id", "group number", "subscriber id"])
    val = R.choice(["", "", "H", "PLC", "W"]) + digits(R.randint(6, 10) if kind != "group number" else 5, True)
    if R.random() < 0.5:
        neg("chat/insurance: %s typed" % kind,
            C("My %s is %s, question about my coverage for physical therapy" % (kind, val)),
            A("Got it, %s %s. Your plan covers %d visits a year with a $%d copay." % (kind, val, R.randint(8, 60), R.choice([20, 25, 30, 40]))))
    else:
        sp = (val[0].lower() + " " if val[0].isalpha() else "") + sp_digits(re.sub(r"\D", "", val))
        neg("call/insurance: %s spoken" % kind,
            A("can i have your %s" % kind),
            C("sure my %s is %s" % (kind, sp)),
            A("thanks one moment"))


def n_tracking():
    t = R.choice(["L", "R", "C", "E"]) + R.choice("ABCJKLXZ") + digits(9) + "US"
    neg("chat/retail: postal tracking number with its name, order number",
        C("tracking number %s hasn't moved since monday, order #%s" % (t, digits(7, True))),
        A("I see it was scanned in Memphis at 4:12 AM; it should arrive by Friday."))


def n_money():
    a = R.randint(100, 9999)
    c = R.randint(0, 99)
    if R.random() < 0.5:
        neg("call/banking: balance and payment amounts spoken",
            A("your current balance is %s and your minimum payment is %s dollars" % (
                sp_cardinal(a % 100 or 12) + " hundred " + sp_cardinal(c or 5) if False else "%s dollars and %s cents" % (sp_cardinal(a % 100 or 40), sp_cardinal(c or 7)),
                sp_cardinal(R.randint(21, 99)))),
            C("okay and when is that due"),
            A("it's due on the %s" % sp_ordinal(R.randint(1, 28))))
    else:
        neg("chat/telecom: bill amounts and plan price",
            C("why is my bill $%d.%02d this month, it's usually $%d" % (a // 10, c, R.randint(40, 120))),
            A("There was a one-time charge of $%d.99 and the promo of %d%% ended on %d/%d." % (R.randint(5, 49), R.randint(10, 50), R.randint(1, 12), R.randint(1, 28))))


def n_times_dates():
    h = R.randint(1, 12)
    neg("call/healthcare: appointment date and time, not a birth date",
        A("i have an opening on %s %s at %s %s" % (R.choice(MONTHS), sp_ordinal(R.randint(1, 28)), sp_cardinal(h), R.choice(["thirty", "fifteen", "forty five", "o'clock"]))),
        C("that works it'll take about %s minutes right" % sp_cardinal(R.randint(15, 59))),
        A("yes and please arrive %s minutes early" % sp_cardinal(R.choice([10, 15, 20]))))


def n_flight_room():
    if R.random() < 0.5:
        fl = R.choice(["UA", "AA", "DL", "EI", "BA", "FR"]) + str(R.randint(10, 2999))
        neg("chat/travel: flight number, gate and departure time",
            C("my flight %s on %d Dec got cancelled, it was leaving gate B%d at %d:%02d" % (fl, R.randint(1, 28), R.randint(1, 40), R.randint(1, 12), R.choice([0, 15, 30, 45]))),
            A("I'm sorry! I can rebook you on %s%d departing at 18:40, seat %d%s." % (fl[:2], R.randint(10, 2999), R.randint(1, 38), R.choice("ABCDEF"))))
    else:
        neg("call/travel: hotel room number and nights",
            C("i'm in room %s and the ac is set to %s degrees but it's still hot" % (sp_house(str(R.randint(101, 1299))), sp_cardinal(R.randint(62, 75)))),
            A("i'm sorry about that we'll send someone up within %s minutes" % sp_cardinal(R.choice([10, 15, 20, 30]))))


def n_model_meter():
    if R.random() < 0.5:
        neg("chat/utilities: meter reading and usage",
            C("Meter reading today is %s, last month was %s" % (digits(5, True), digits(5, True))),
            A("Thanks! That's %d kWh used over %d days." % (R.randint(200, 1400), R.randint(28, 31))))
    else:
        neg("call/retail: model number and warranty",
            C("it's the model %s %s and i bought it in %s" % (R.choice(["x r", "k s", "t v"]), sp_cardinal(R.randint(1, 9)) + " hundred", sp_year(R.randint(2019, 2025)))),
            A("okay that one has a %s year warranty" % sp_cardinal(R.choice([1, 2, 3, 5]))))


def n_order_ticket():
    kind = R.choice(["order number", "ticket number", "reference number", "invoice number", "case number", "confirmation number"])
    n = digits(R.randint(6, 10), True)
    if R.random() < 0.5:
        neg("call/retail: %s spoken in pairs" % kind,
            A("do you have your %s handy" % kind),
            C("yes it's %s" % sp_pairs(n)),
            A("perfect i see the %s was opened %s days ago" % (kind.split()[0], sp_cardinal(R.randint(2, 30)))))
    else:
        neg("chat/support: %s typed" % kind,
            C("%s %s - still waiting!!" % (kind.capitalize(), R.choice(["", "#", "INV-", "CS"]) + n)),
            A("Thanks for your patience, %s %s is escalated. You'll hear back within 48 hours." % (kind.split()[0], n)))


def n_counts_speed():
    neg("call/telecom: internet speed, counts and durations",
        C("i'm paying for %s megabits and i'm getting like %s" % (sp_cardinal(R.choice([100, 200, 300])) if False else R.choice(["three hundred", "five hundred", "a thousand"]), sp_cardinal(R.randint(11, 95)))),
        A("i see %s devices connected and the router has been up for %s hours" % (sp_cardinal(R.randint(3, 19)), sp_cardinal(R.randint(20, 99)))),
        C("it's been like this since %s" % sp_year(R.randint(2022, 2026))))


def n_ages_years():
    neg("call/insurance: ages, years and vehicle year, no DOB",
        A("how old is the driver you want to add"),
        C("she's %s she just got her license in %s" % (sp_cardinal(R.randint(16, 19)), sp_year(2026))),
        A("and what year is the car"),
        C("it's a %s honda civic with about %s thousand miles" % (sp_year(R.randint(2008, 2024)), sp_cardinal(R.randint(20, 99)))))


def n_last_digits():
    neg("call/banking: only a few digits mentioned generically, account balance",
        A("which account is this about"),
        C("the checking the one ending in a %s i think" % R.choice(["seven", "nine", "four"])),
        A("okay that account has an available balance of %s dollars" % sp_cardinal(R.randint(21, 99))))


def n_contract_date():
    neg("chat/utilities: contract start date and percentage",
        C("My contract started on %d %s %d, can I leave early?" % (R.randint(1, 28), R.choice(MONTHS).capitalize(), R.randint(2023, 2025))),
        A("The exit fee is %d%% of the remaining %d months, about £%d." % (R.randint(5, 25), R.randint(2, 20), R.randint(30, 300))))


def n_rx():
    neg("call/US pharmacy: prescription number, dosage, supply and copay",
        A("what's the prescription number on the bottle"),
        C("rx number %s" % sp_digits(digits(7, True))),
        A("okay that's the %s milligram tablets %s day supply and your copay is %s dollars" % (
            sp_cardinal(R.choice([10, 20, 40, 50])), sp_cardinal(R.choice([30, 90])), sp_cardinal(R.randint(11, 45)))))


def n_deductible():
    neg("chat/US health insurance: deductible, out of pocket max, percentages, plan year",
        C("how much of my deductible have i met for %d" % R.randint(2025, 2026)),
        A("You've met $%d of your $%d,%03d deductible; after that coinsurance is %d%% up to the $%d,%03d out-of-pocket max." % (
            R.randint(100, 999), R.randint(1, 5), R.choice([0, 500]), R.choice([10, 20, 30]), R.randint(5, 9), R.choice([0, 500]))))


def n_confirmation_spoken():
    code = "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)) + digits(3)
    neg("call/US travel: booking locator spelled and loyalty points",
        A("can i have the confirmation code"),
        C("yeah %s" % sp_letters(code[:3]) + " " + sp_digits(code[3:])),
        A("thanks i see the flight at %s %s and you have %s thousand miles" % (sp_cardinal(R.randint(1, 12)), R.choice(["twenty", "forty", "oh five"]), sp_cardinal(R.randint(12, 90)))))


NEG_PLAN = [(n_rx, 6), (n_deductible, 6), (n_confirmation_spoken, 5), 
    (n_claim_number, 12), (n_policy_member, 14), (n_tracking, 6), (n_money, 10), (n_times_dates, 8),
    (n_flight_room, 10), (n_model_meter, 8), (n_order_ticket, 14), (n_counts_speed, 6), (n_ages_years, 6),
    (n_last_digits, 4), (n_contract_date, 6),
]


def generate():
    CASES.clear()
    GROUPS.clear()
    _gid[0] = 0
    R.seed(SEED)
    plan = []
    for fn, n in POS_PLAN:
        plan += [fn] * n
    R.shuffle(plan)
    for fn in plan:
        fn()
    plan = []
    for fn, n in NEG_PLAN:
        plan += [fn] * n
    R.shuffle(plan)
    for fn in plan:
        fn()
    return "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in CASES)


def counts():
    cnt = Counter(s["type"] for c in CASES for s in c["spans"])
    npos = sum(1 for c in CASES if c["kind"] == "positive")
    return cnt, npos, len(CASES) - npos


def readme():
    cnt, npos, nneg = counts()
    rows = "\n".join("| %s | %d |" % (t, cnt[t]) for t in TYPES)
    return """# PII hold-out set h156 (US-heavy)

**Never use this set for tuning.** It is a held-out evaluation set; do not adapt rules, thresholds or
models to it, and do not copy its cases into training or development data.

## Who wrote it and how

Written by an AI helper acting as an independent author. The author did not see the redaction code,
its tests, its docs, the benchmark script or any other PII fixture; the only thing consulted was a
three-line example of the JSONL format. Cases are produced by `scripts/make_pii_holdout156.py` from
template functions: every turn is assembled from plain-text segments and (value, TYPE) segments so
span offsets are computed, never typed. All values come from one `random.Random(%d)`; output is
byte-for-byte reproducible. `--check` regenerates and compares, and verifies ids, offsets, word
boundaries, non-overlap and the validity of every labelled value after normalising spoken forms
(Luhn for cards, mod-97 for IBANs, NI format, 9-digit SSN with valid area/group/serial, 6-digit sort
codes, digit counts for CVV/phone/account, US ZIP/ZIP+4 and UK postcode shapes).

Emphasis: mostly US contact centres (SSNs typed and spoken many ways, ZIP and ZIP+4, US phone
formats, US street addresses, card payments by phone), plus UK/Ireland/EU values (NI numbers, sort
codes, IBANs, UK/IE mobiles, UK postcodes). Both chat (typed) and call (ASR-style lower case,
numbers as words, "oh"/"o"/"nought", "double"/"triple", pairs such as "forty one", NATO spellings
such as "c for charlie", values split across customer turns with agent back-channels, agent read-backs,
a caller self-correction, ASR homophones "to"/"too"/"won"/"ate" inside digit readings, and ASR
output with inverse text normalisation that writes digits).

## Annotation conventions

* A span covers the value only: the first to the last word/character of the value itself. Lead-in
  words ("my social is", "area code", "card number", "it's") are outside the span; fillers *inside* a
  reading ("um", "uh") are inside it.
* Homophones inside a reading ("nine to seven", "won", "ate") are part of the value span.
* Spelled letters with a phonetic helper ("c for charlie", "b as in boy") are inside the span.
* A value split over several turns gets one span per turn (all same type).
* Read-backs by the agent are labelled too. A caller's abandoned partial reading of a card is labelled
  CARD_NUMBER.
* PHONE includes the country code ("+1", "plus four four") when present; "area code" is outside.
* ADDRESS is the street line only (house number, street name, street type, apartment/unit if given);
  city and state are unlabelled; ZIP / postcode is a separate POSTCODE span.
* EXPIRY is month + year; DOB is the whole date (day, month, year).
* IBAN and CARD_NUMBER spans include internal spaces/dashes.
* Member ids, policy/claim/order/ticket/invoice/case/confirmation numbers, tracking numbers, amounts,
  times, dates that are not birth dates, ages, years, counts, speeds, meter readings, flight and room
  numbers are never labelled; negative cases contain only such material.

## Counts

Positive cases: %d. Negative cases: %d.

| type | spans |
|---|---|
%s
""" % (SEED, npos, nneg, rows)


def check(text):
    problems = []
    if not os.path.exists(OUT) or open(OUT, encoding="utf-8").read() != text:
        problems.append("cases.jsonl differs from regenerated output")
    if not os.path.exists(README) or open(README, encoding="utf-8").read() != readme():
        problems.append("README.md differs from regenerated output")
    ids = [c["id"] for c in CASES]
    if len(ids) != len(set(ids)):
        problems.append("duplicate ids")
    for c in CASES:
        if c["kind"] == "negative" and c["spans"]:
            problems.append(c["id"] + ": negative with spans")
        if c["kind"] == "positive" and not c["spans"]:
            problems.append(c["id"] + ": positive without spans")
        occupied = defaultdict(list)
        for s in c["spans"]:
            if s["type"] not in TYPES:
                problems.append(c["id"] + ": bad type " + s["type"])
            if not (0 <= s["turn"] < len(c["turns"])):
                problems.append(c["id"] + ": bad turn"); continue
            t = c["turns"][s["turn"]]["text"]
            a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(t)):
                problems.append(c["id"] + ": offsets out of range"); continue
            if (a > 0 and t[a - 1].isalnum()) or (b < len(t) and t[b].isalnum()):
                problems.append("%s: span not on word boundary %r" % (c["id"], t[a:b]))
            if t[a].isspace() or t[b - 1].isspace():
                problems.append("%s: span has edge whitespace %r" % (c["id"], t[a:b]))
            for (x, y) in occupied[s["turn"]]:
                if a < y and x < b:
                    problems.append(c["id"] + ": overlapping spans")
            occupied[s["turn"]].append((a, b))
    for cid, g, typ, vals in GROUPS:
        whole = " ".join(vals)
        if g.startswith("m") and len(vals) == 1 and typ == "CARD_NUMBER" and "sorry" not in whole:
            # abandoned partial reading (self-correction): digits only
            n = normalise(whole)
            if not (n and n.isdigit() and len(n) >= 4):
                problems.append("%s: bad partial %r" % (cid, whole))
            continue
        ok, n = validate(typ, vals)
        if not ok:
            problems.append("%s: invalid %s %r -> %r" % (cid, typ, whole, n))
    cnt, npos, nneg = counts()
    if npos < 170 or nneg < 100:
        problems.append("too few cases: %d pos %d neg" % (npos, nneg))
    for t in TYPES:
        need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
        if cnt[t] < need:
            problems.append("too few %s spans: %d < %d" % (t, cnt[t], need))
    return problems


def main():
    text = generate()
    if "--check" in sys.argv[1:]:
        problems = check(text)
        cnt, npos, nneg = counts()
        print("cases: %d positive, %d negative" % (npos, nneg))
        for t in TYPES:
            print("  %-13s %d" % (t, cnt[t]))
        for p in problems:
            print("PROBLEM:", p)
        print("CHECK %s (%d problems)" % ("OK" if not problems else "FAILED", len(problems)))
        sys.exit(1 if problems else 0)
    os.makedirs(OUT_DIR, exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(text)
    with open(README, "w", encoding="utf-8") as f:
        f.write(readme())
    cnt, npos, nneg = counts()
    print("wrote %s: %d positive, %d negative" % (OUT, npos, nneg))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Generate the pii_holdout331 held-out PII redaction evaluation set.

Usage:
    python3 scripts/make_pii_holdout331.py          # write the fixture
    python3 scripts/make_pii_holdout331.py --check  # regenerate and verify

Standard library only; one RNG: random.Random(331241125).
Every turn is built from plain-text segments and labelled value segments, so
span offsets are computed, never typed by hand.
"""
import json
import os
import re
import sys
import random

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "fixtures", "pii_holdout331", "cases.jsonl")

R = random.Random(331241125)

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

# ---------------------------------------------------------------- words
UNIT = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
ZERO_WORDS = ["oh", "o", "zero", "nought"]
TEENS = {10: "ten", 11: "eleven", 12: "twelve", 13: "thirteen", 14: "fourteen",
         15: "fifteen", 16: "sixteen", 17: "seventeen", 18: "eighteen", 19: "nineteen"}
TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy",
        8: "eighty", 9: "ninety"}
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo",
        "f": "foxtrot", "g": "golf", "h": "hotel", "i": "india", "j": "juliet",
        "k": "kilo", "l": "lima", "m": "mike", "n": "november", "p": "papa",
        "q": "quebec", "r": "romeo", "s": "sierra", "t": "tango", "u": "uniform",
        "v": "victor", "w": "whiskey", "x": "xray", "y": "yankee", "z": "zulu"}
FOLK = {"a": "apple", "b": "bertie", "c": "charlie", "d": "david", "e": "edward",
        "h": "harry", "j": "jack", "k": "king", "m": "mother", "n": "nancy",
        "p": "peter", "r": "robert", "s": "sugar", "t": "tommy", "w": "william",
        "z": "zebra", "g": "george", "l": "london", "y": "yellow", "x": "xmas"}
ORD = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
       "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11,
       "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
       "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
       "twentieth": 20, "thirtieth": 30}
MONTHS = ["january", "february", "march", "april", "may", "june", "july",
          "august", "september", "october", "november", "december"]
MONTH_ABBR = [m[:3] for m in MONTHS] + ["sept"]
FILLERS = ["um", "uh", "er", "erm", "ah", "hmm"]
SKIP = set(FILLERS) | {"and", "dash", "hyphen", "slash", "space", "then", "capital",
                       "stroke", "of", "nd", "st", "rd", "th"}
UNIT_W = {w: str(i) for i, w in enumerate(UNIT)}
for z in ZERO_WORDS:
    UNIT_W[z] = "0"
TEEN_W = {v: str(k) for k, v in TEENS.items()}
TENS_W = {v: str(k) for k, v in TENS.items()}
NATO_W = {v: k for k, v in NATO.items()}
NATO_W["alfa"] = "a"
NATO_W["juliett"] = "j"
NATO_W["whisky"] = "w"


def normalise(text):
    """Turn a typed or spoken value into a list of normalised tokens."""
    toks = re.findall(r"[a-z]+|\d+|[@+]", text.lower())
    out = []
    i = 0
    mult = 1
    n = len(toks)
    while i < n:
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < n else None
        if t.isdigit():
            out.append(t * mult if len(t) == 1 else t)
        elif t == "for":
            i += 2
            mult = 1
            continue
        elif t == "as" and nxt == "in":
            i += 3
            mult = 1
            continue
        elif t in SKIP:
            i += 1
            continue
        elif t == "double":
            mult = 2
            i += 1
            continue
        elif t == "triple":
            mult = 3
            i += 1
            continue
        elif t == "plus":
            out.append("+")
        elif t in UNIT_W:
            d = UNIT_W[t]
            if nxt in ("hundred", "thousand"):
                width = 2 if nxt == "hundred" else 3
                i += 2
                if i < n and toks[i] == "and":
                    i += 1
                rest = ""
                if i < n and toks[i] in TENS_W:
                    rest = TENS_W[toks[i]]
                    if i + 1 < n and toks[i + 1] in UNIT_W and UNIT_W[toks[i + 1]] != "0" \
                            and toks[i + 1] not in ZERO_WORDS:
                        rest = str(int(rest) * 10 + int(UNIT_W[toks[i + 1]]))
                        i += 2
                    else:
                        rest = rest + "0"
                        i += 1
                elif i < n and toks[i] in TEEN_W:
                    rest = TEEN_W[toks[i]]
                    i += 1
                elif i < n and toks[i] in UNIT_W and toks[i] not in ZERO_WORDS and toks[i] != "zero":
                    rest = UNIT_W[toks[i]]
                    i += 1
                out.append(d + rest.zfill(width))
                mult = 1
                continue
            out.append(d * mult)
        elif t in TEEN_W:
            out.append(TEEN_W[t])
        elif t in TENS_W:
            if nxt in UNIT_W and nxt not in ZERO_WORDS and nxt != "zero":
                out.append(str(int(TENS_W[t]) * 10 + int(UNIT_W[nxt])))
                i += 2
                mult = 1
                continue
            if nxt in ORD and ORD[nxt] < 10:
                out.append(str(int(TENS_W[t]) * 10 + ORD[nxt]))
                i += 2
                continue
            out.append(TENS_W[t] + "0")
        elif t in ORD:
            out.append(str(ORD[t]))
        elif t in NATO_W:
            out.append(NATO_W[t])
        else:
            out.append(t)
        mult = 1
        i += 1
    return out


def flat(text):
    return "".join(normalise(text)).upper()


# ---------------------------------------------------------------- validators
def luhn_ok(ds):
    tot = 0
    for i, ch in enumerate(reversed(ds)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def iban_ok(s):
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in r)
    return int(num) % 97 == 1


UK_PC = re.compile(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}")
STREET_SUFFIX = {"road", "rd", "street", "st", "lane", "ln", "avenue", "ave", "close",
                 "drive", "dr", "way", "crescent", "terrace", "gardens", "place",
                 "court", "grove", "boulevard", "blvd", "row", "parade", "square",
                 "hill", "walk", "mews"}


def date_parts(text):
    toks = normalise(text)
    month = any(t in MONTHS or t in MONTH_ABBR for t in toks)
    digits = "".join(t for t in toks if t.isdigit())
    return month, digits


def validate(typ, text):
    s = flat(text)
    if typ == "CARD_NUMBER":
        return s.isdigit() and 13 <= len(s) <= 19 and luhn_ok(s)
    if typ == "CVV":
        return s.isdigit() and len(s) in (3, 4)
    if typ == "SSN":
        return s.isdigit() and len(s) == 9 and s[:3] not in ("000", "666") \
            and s[3:5] != "00" and s[5:] != "0000"
    if typ == "NI_NUMBER":
        return bool(re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", s))
    if typ == "BANK_ACCOUNT":
        return s.isdigit() and 6 <= len(s) <= 12
    if typ == "SORT_CODE":
        return s.isdigit() and len(s) == 6
    if typ == "IBAN":
        return iban_ok(s)
    if typ == "PHONE":
        return bool(re.fullmatch(r"\+?\d{10,13}", s))
    if typ == "POSTCODE":
        return bool(UK_PC.fullmatch(s) or re.fullmatch(r"\d{5}(\d{4})?", s))
    if typ == "EMAIL":
        if "@" in text:
            t = text
        else:
            m = {"dot": ".", "at": "@", "underscore": "_", "dash": "-", "hyphen": "-"}
            toks = re.findall(r"[a-z]+|\d+", text.lower())
            toks = [t for t in toks if t not in FILLERS]
            t = "".join(m.get(x, "".join(normalise(x)) if x in UNIT_W else x) for x in toks)
        return bool(re.fullmatch(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+", t))
    if typ == "DOB":
        month, digits = date_parts(text)
        return (month and 3 <= len(digits) <= 6) or (not month and 5 <= len(digits) <= 8)
    if typ == "EXPIRY":
        month, digits = date_parts(text)
        return (month and 2 <= len(digits) <= 4) or (not month and 3 <= len(digits) <= 6)
    if typ == "ADDRESS":
        toks = re.findall(r"[a-z]+|\d+[a-z]?", text.lower())
        first_ok = toks[0][0].isdigit() or toks[0] in UNIT_W or toks[0] in TEEN_W \
            or toks[0] in TENS_W or toks[0] in ("flat", "apartment", "apt", "unit")
        return first_ok and toks[-1] in STREET_SUFFIX
    return False


def fragment_ok(typ, text):
    s = flat(text)
    return bool(s) and bool(re.fullmatch(r"[A-Z0-9+]+", s))


# ---------------------------------------------------------------- rendering
def pick(xs):
    return R.choice(xs)


def chance(p):
    return R.random() < p


def zero_word():
    return pick(["oh", "oh", "zero", "o", "nought"])


def digit_word(d):
    return zero_word() if d == "0" else UNIT[int(d)]


def per_digit(ds, doubles=True):
    words = []
    i = 0
    while i < len(ds):
        d = ds[i]
        if doubles and i + 2 < len(ds) and ds[i + 1] == d and ds[i + 2] == d and chance(0.6):
            words.append("triple " + digit_word(d))
            i += 3
        elif doubles and i + 1 < len(ds) and ds[i + 1] == d and chance(0.7):
            words.append("double " + digit_word(d))
            i += 2
        else:
            words.append(digit_word(d))
            i += 1
    return " ".join(words)


def pair_word(p):
    a, b = int(p[0]), int(p[1])
    if a == 0:
        return zero_word() + " " + UNIT[b] if b else zero_word() + " " + zero_word()
    if a == 1:
        return TEENS[10 + b]
    if a >= 2 and b == 0:
        return TENS[a]
    if a >= 2:
        return TENS[a] + pick([" ", "-"]) + UNIT[b]
    return per_digit(p)


def hundred_word(t):
    a, rest = int(t[0]), t[1:]
    base = UNIT[a] + " hundred"
    if rest == "00":
        return base
    andw = pick([" and ", " "])
    if rest[0] == "0":
        return base + andw + UNIT[int(rest[1])]
    return base + andw + pair_word(rest)


def spoken_group(g):
    mode = R.random()
    if len(g) == 4 and g[0] != "0" and g[2] != "0" and mode < 0.35:
        return pair_word(g[:2]) + " " + pair_word(g[2:])
    if len(g) == 3 and g[0] != "0" and mode < 0.25:
        return hundred_word(g)
    if len(g) == 2 and g[0] != "0" and mode < 0.4:
        return pair_word(g)
    return per_digit(g)


def spoken(ds, groups=None, filler=0.15, sep=None):
    """Speak a digit string, group by group; round-trips through normalise()."""
    if groups is None:
        groups = [ds[i:i + 4] for i in range(0, len(ds), 4)]
    for _ in range(6):
        parts = []
        for gi, g in enumerate(groups):
            w = spoken_group(g)
            if gi and chance(filler):
                w = pick(FILLERS) + " " + w
            parts.append(w)
        s = (sep if sep is not None else pick([" ", ", ", " ... ", " "])).join(parts)
        if flat(s) == ds and s.split()[-1].split("-")[-1] not in TENS_W:
            return s
    s = " ".join(per_digit(g, doubles=False) for g in groups)
    assert flat(s) == ds, (ds, s)
    return s


def split_groups(ds, sizes):
    out, i = [], 0
    for k in sizes:
        out.append(ds[i:i + k])
        i += k
    if i < len(ds):
        out.append(ds[i:])
    return [g for g in out if g]


def typed_digits(ds, sizes, sep):
    return sep.join(split_groups(ds, sizes))


def spell_letter(c, style):
    c = c.lower()
    if style == "plain":
        return c
    if style == "nato":
        return NATO[c]
    src = FOLK if (style == "folk" and c in FOLK) else NATO
    return c + pick([" for ", " as in "]) + src[c]


# ---------------------------------------------------------------- value makers
def luhn_complete(prefix, length):
    body = prefix + "".join(str(R.randrange(10)) for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def make_card():
    k = R.random()
    if k < 0.45:
        return luhn_complete("4" + str(R.randrange(10)), 16), [4, 4, 4, 4]
    if k < 0.7:
        return luhn_complete(str(R.randint(51, 55)), 16), [4, 4, 4, 4]
    if k < 0.82:
        return luhn_complete(pick(["34", "37"]), 15), [4, 6, 5]
    if k < 0.9:
        return luhn_complete("6011", 16), [4, 4, 4, 4]
    if k < 0.95:
        return luhn_complete("4", 13), [4, 3, 3, 3]
    return luhn_complete(pick(["6759", "6763"]), 19), [4, 4, 4, 4, 3]


def make_ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


NI_FIRST = "ABCEGHJKLMNPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def make_ni():
    while True:
        p = pick(NI_FIRST) + pick(NI_SECOND)
        if p not in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ"):
            break
    return p + "".join(str(R.randrange(10)) for _ in range(6)) + pick("ABCD")


def iban_for(country, bban):
    num = "".join(str(int(c, 36)) for c in bban + country + "00")
    return country + "%02d" % (98 - int(num) % 97) + bban


def rd(n):
    return "".join(str(R.randrange(10)) for _ in range(n))


def make_iban():
    c = pick(["GB", "GB", "IE", "IE", "DE", "NL", "ES", "FR"])
    if c == "GB":
        b = pick(["NWBK", "BARC", "HBUK", "LLYD", "MIDL"]) + rd(14)
    elif c == "IE":
        b = pick(["AIBK", "BOFI", "IPBS", "ULSB"]) + rd(14)
    elif c == "DE":
        b = rd(18)
    elif c == "NL":
        b = pick(["ABNA", "RABN", "INGB"]) + rd(10)
    elif c == "ES":
        b = rd(20)
    else:
        b = rd(23)
    return iban_for(c, b)


def make_phone():
    k = pick(["ukmob", "ukmob", "ukland", "us", "ie", "ukmob_int", "us_int", "ie_int"])
    if k == "ukmob":
        ds = "07" + pick(["7", "4", "5", "8", "9"]) + rd(8)
        return ds, [5, 6], "", "mobile"
    if k == "ukmob_int":
        ds = "447" + pick(["7", "4", "5", "8"]) + rd(8)
        return ds, [2, 4, 6], "+", "mobile"
    if k == "ukland":
        ds = pick(["020" + pick(["7", "8"]) + rd(7), "0161" + rd(7), "0113" + rd(7), "0131" + rd(7)])
        return ds, ([3, 4, 4] if ds.startswith("020") else [4, 3, 4]), "", "landline"
    if k == "us":
        ds = str(R.randint(201, 989)) + str(R.randint(200, 989)) + rd(4)
        return ds, [3, 3, 4], "", "cell"
    if k == "us_int":
        ds = "1" + str(R.randint(201, 989)) + str(R.randint(200, 989)) + rd(4)
        return ds, [1, 3, 3, 4], "+", "cell"
    if k == "ie":
        ds = "08" + pick(["3", "5", "6", "7", "9"]) + rd(7)
        return ds, [3, 3, 4], "", "mobile"
    ds = "3538" + pick(["3", "5", "6", "7", "9"]) + rd(7)
    return ds, [3, 2, 3, 4], "+", "mobile"


FIRST = ["james", "sarah", "aoife", "liam", "priya", "tomasz", "grace", "mohammed",
         "chloe", "declan", "maria", "kwame", "fiona", "raj", "hannah", "sean", "lucy", "ben"]
LAST = ["walsh", "patel", "murphy", "kowalski", "nguyen", "smith", "brennan", "khan",
        "mcdermott", "garcia", "taylor", "byrne", "evans", "adeyemi", "fischer", "reid"]
DOMAINS = ["gmail.com", "hotmail.co.uk", "yahoo.com", "outlook.com", "eircom.net",
           "btinternet.com", "icloud.com", "live.ie", "proton.me", "aol.com"]


def make_email():
    f, l = pick(FIRST), pick(LAST)
    style = R.randrange(5)
    if style == 0:
        local = f + "." + l
    elif style == 1:
        local = f[0] + l + str(R.randint(1, 99))
    elif style == 2:
        local = f + "_" + l
    elif style == 3:
        local = l + f[0] + str(R.randint(70, 99))
    else:
        local = f + l[0]
    return local, pick(DOMAINS)


def spoken_email(local, dom):
    out = []
    for piece in re.findall(r"[a-z]+|\d+|[._]", local):
        if piece == ".":
            out.append("dot")
        elif piece == "_":
            out.append("underscore")
        elif piece.isdigit():
            out.append(spoken(piece, [piece], filler=0, sep=" "))
        elif len(piece) <= 2 or chance(0.2):
            out.append(" ".join(piece))
        else:
            out.append(piece)
    out.append("at")
    out.append(" dot ".join(dom.split(".")))
    return " ".join(out)


STREETS = ["Acacia", "Mill", "Harbour", "Station", "Church", "Victoria", "Elm", "Kings",
           "Queens", "Park", "Meadow", "Willow", "Chapel", "Maple", "Oak", "Bridge",
           "Castle", "Orchard", "Main", "Pine", "Highfield", "Clonskeagh", "Ashgrove"]
SUFFIX = ["Road", "Street", "Lane", "Avenue", "Close", "Drive", "Way", "Crescent",
          "Terrace", "Gardens", "Place", "Grove", "Court", "Mews"]
TOWNS_UK = ["Leeds", "Manchester", "Bristol", "Cardiff", "Glasgow", "Birmingham",
            "Newcastle", "Edinburgh", "Belfast", "Reading", "Croydon"]
TOWNS_US = ["Austin, TX", "Columbus, OH", "Tacoma, WA", "Springfield, IL",
            "Albany, NY", "Boise, ID", "Raleigh, NC"]
PC_AREA = ["SW", "M", "B", "LS", "EH", "CF", "BS", "NE", "G", "BT", "RG", "E", "N", "CR", "SE", "L"]
PC_UNIT = "ABDEFGHJLNPQRSTUWXYZ"


def make_postcode_uk():
    a = pick(PC_AREA)
    dist = str(R.randint(1, 28))
    return a + dist + " " + str(R.randint(1, 9)) + pick(PC_UNIT) + pick(PC_UNIT)


def make_zip():
    z = "%05d" % R.randint(1001, 99950)
    if chance(0.25):
        z += "-" + rd(4)
    return z


def spoken_postcode(pc):
    style = pick(["plain", "plain", "nato", "for"])
    parts = []
    for ch in pc.replace(" ", ""):
        if ch.isdigit():
            parts.append(digit_word(ch))
        else:
            parts.append(spell_letter(ch, style if style != "for" else pick(["folk", "for"])))
    s = " ".join(parts)
    assert flat(s) == pc.replace(" ", ""), (pc, s)
    return s


def number_words(n):
    if n < 10:
        return UNIT[n]
    if n < 20:
        return TEENS[n]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else " " + UNIT[n % 10])
    h, r = divmod(n, 100)
    return UNIT[h] + " hundred" + ("" if r == 0 else " and " + number_words(r))


def make_address(spoken_form=False):
    num = R.randint(1, 240)
    street = pick(STREETS) + " " + pick(SUFFIX)
    flatn = R.randint(1, 12) if chance(0.25) else None
    if not spoken_form:
        hn = str(num) + (pick(["a", "b"]) if chance(0.1) else "")
        st = street if chance(0.8) else street.lower()
        if flatn:
            return pick(["Flat ", "flat ", "Apt "]) + str(flatn) + pick([", ", " "]) + hn + " " + st
        return hn + " " + st
    st = street.lower()
    nw = number_words(num) if chance(0.6) else per_digit(str(num), doubles=False)
    if flatn:
        return "flat " + number_words(flatn) + pick([", ", " "]) + nw + " " + st
    return nw + " " + st


def card_last4_words(ds):
    return per_digit(ds[-4:])


DOB_STYLE = ["dmy", "mdy", "long", "spoken", "spoken2", "iso"]


def make_dob(style=None, us=False):
    y = R.randint(1938, 2005)
    m = R.randint(1, 12)
    d = R.randint(1, 28)
    style = style or pick(DOB_STYLE)
    if style == "dmy":
        return "%02d/%02d/%d" % (d, m, y) if not us else "%02d/%02d/%d" % (m, d, y)
    if style == "mdy":
        return "%d-%d-%02d" % (m, d, y % 100)
    if style == "iso":
        return "%d-%02d-%02d" % (y, m, d)
    if style == "long":
        suf = "th" if 4 <= d <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
        if us:
            return "%s %d%s, %d" % (MONTHS[m - 1].title(), d, suf, y)
        return "%d%s %s %d" % (d, suf, MONTHS[m - 1].title(), y)
    ordw = [k for k, v in ORD.items() if v == d]
    if ordw:
        dw = ordw[0]
    else:
        t, u = divmod(d, 10)
        uo = [k for k, v in ORD.items() if v == u][0]
        dw = TENS[t] + " " + uo
    yw = pair_word(str(y)[:2]) + " " + (pair_word(str(y)[2:]) if str(y)[2] != "0" else
                                         zero_word() + " " + UNIT[int(str(y)[3])])
    if y >= 2000:
        yw = "two thousand and " + number_words(y - 2000) if y > 2000 else "two thousand"
    if style == "spoken":
        return dw + " of " + MONTHS[m - 1] + " " + yw
    return MONTHS[m - 1] + " " + dw + " " + yw


def make_expiry(spoken_form=False):
    m = R.randint(1, 12)
    y = R.randint(25, 31)
    if not spoken_form:
        return pick(["%02d/%02d" % (m, y), "%02d/20%02d" % (m, y), "%02d-%02d" % (m, y),
                     "%02d / %02d" % (m, y), "%d/%d" % (m, y)])
    k = R.randrange(3)
    if k == 0:
        return per_digit("%02d" % m, doubles=False) + " " + pick(["", "slash "]) + pair_word("%02d" % y)
    if k == 1:
        return MONTHS[m - 1] + " " + pick(["twenty ", "two thousand and "]) + number_words(y)
    return MONTHS[m - 1] + " " + number_words(y)


# ---------------------------------------------------------------- case builder
class V:
    def __init__(self, text, typ, group=None, frag=False):
        self.text, self.typ, self.group, self.frag = text, typ, group, frag


def build(turns):
    """turns: list of (speaker, [str | V, ...]).  Returns (json_turns, spans, meta)."""
    jt, spans, meta = [], [], []
    auto = 0
    for ti, (spk, segs) in enumerate(turns):
        text = ""
        for s in segs:
            if isinstance(s, V):
                st = len(text)
                text += s.text
                spans.append({"turn": ti, "start": st, "end": len(text), "type": s.typ})
                auto += 1
                meta.append((s.group if s.group else "auto%d" % auto, s.frag))
            else:
                text += s
        jt.append({"speaker": spk, "text": text})
    return jt, spans, meta


# industries / openers
INDUSTRY = [
    ("banking", ["Thanks for calling Harbourside Bank, you're through to", "Welcome to First Meridian Bank, this is"]),
    ("telecom", ["Thanks for calling Skyline Mobile, my name's", "Hi, you're through to Vela Broadband, I'm"]),
    ("utilities", ["Good morning, Northgate Energy, you're speaking with", "Hello, Clearwater Utilities, this is"]),
    ("retail", ["Hi there, Brightmart customer care, I'm", "Thanks for contacting Oak & Ivy, you're chatting with"]),
    ("insurance", ["Thank you for calling Shieldwell Insurance, this is", "Hello, Lanterne Assurance claims line, I'm"]),
    ("travel", ["Thanks for calling Aerlink Holidays, my name is", "Hi, SkyBridge Airways bookings, I'm"]),
    ("healthcare billing", ["Thanks for calling Riverbend Health billing, this is", "Hello, MedPay patient accounts, you're through to"]),
    ("government services", ["Good afternoon, you're through to the Revenue helpline, I'm", "Hello, this is the council tax team, my name is"]),
]
AGENTS = ["Dave", "Shauna", "Marcus", "Niamh", "Keisha", "Tom", "Ailsa", "Jorge", "Mei"]
BACK = ["mhm", "go on", "yep", "okay", "uh huh", "right", "got that", "yeah", "mm", "keep going"]


def opener():
    ind, ops = pick(INDUSTRY)
    return ind, ("agent", [pick(ops) + " " + pick(AGENTS) + ", how can I help?"])


def asr(s):
    return s.lower().replace(",", "").replace("?", "").replace("'", "")


# ---------------------------------------------------------------- positive scenarios
def card_sep_render(ds, sizes):
    k = R.randrange(7)
    if k == 0:
        return ds
    if k == 1:
        return typed_digits(ds, sizes, " ")
    if k == 2:
        return typed_digits(ds, sizes, "-")
    if k == 3:
        return typed_digits(ds, sizes, "  ")
    if k == 4:
        return typed_digits(ds, [4, 2, 6, 4] if len(ds) == 16 else sizes, " ")
    if k == 5:
        return typed_digits(ds, sizes, ".")
    return typed_digits(ds, [8, 8] if len(ds) == 16 else sizes, " ")


def pos_card_chat():
    ind, _ = opener()
    ds, sizes = make_card()
    card = card_sep_render(ds, sizes)
    lead = pick(["card no: ", "Card number - ", "its ", "here you go ", "CC# ", "long number is ",
                 "card: ", "ok the card is "])
    segs = [lead, V(card, "CARD_NUMBER")]
    note = "typed card number (%s)" % ind
    if chance(0.5):
        exp = make_expiry()
        segs += [pick([" exp ", ", expiry ", " valid thru ", " expires "]), V(exp, "EXPIRY")]
        note += " with expiry"
    if chance(0.45):
        cvv = rd(4 if len(ds) == 15 else 3)
        segs += [pick([" cvv ", " and the code on the back is ", ", sec code: ", " CVC "]), V(cvv, "CVV")]
        note += " and CVV"
    turns = [("agent", ["Can you type the card details into the secure chat please?"]), ("customer", segs)]
    if chance(0.5):
        turns.append(("agent", ["Thanks, so that's the card ending ", V(ds[-4:], "CARD_NUMBER"),
                                ", I'll put the payment through now."]))
        note += "; agent repeats last four after full card (labelled)"
    return turns, note


def pos_card_spoken_split():
    ind, op = opener()
    ds, sizes = make_card()
    groups = split_groups(ds, sizes)
    turns = [op, ("customer", [pick(["yeah hi i want to pay my bill", "i need to make a payment",
                                     "i'd like to pay off the balance"])]),
             ("agent", [pick(["sure, whenever you're ready give me the long number on the card",
                              "no problem, can i take the card number please"])])]
    g = "card"
    i = 0
    first = True
    while i < len(groups):
        take = R.randint(1, 2)
        chunk = groups[i:i + take]
        i += take
        txt = spoken("".join(chunk), chunk)
        if chance(0.2):
            w = txt.split(" ")
            if len(w) > 3:
                pos = R.randint(1, len(w) - 1)
                cand = " ".join(w[:pos] + [pick(["um", "uh", "er"])] + w[pos:])
                if flat(cand) == flat(txt):
                    txt = cand
        lead = pick(["its ", "okay ", "so ", "", "right "]) if first else pick(["", "then ", "and "])
        first = False
        turns.append(("customer", [lead, V(txt, "CARD_NUMBER", g)]))
        if i < len(groups):
            turns.append(("agent", [pick(BACK)]))
    note = "spoken card split over customer turns with back-channels (%s)" % ind
    if chance(0.6):
        rb = spoken(ds, groups, filler=0)
        turns.append(("agent", ["let me read that back, ", V(rb, "CARD_NUMBER"), ", is that right?"]))
        turns.append(("customer", [pick(["yep that's it", "yes", "spot on"])]))
        note += "; agent read-back"
    if chance(0.5):
        turns.append(("agent", ["and the expiry date?"]))
        turns.append(("customer", [pick(["it's ", "", "um "]), V(make_expiry(True), "EXPIRY")]))
        note += "; spoken expiry"
    if chance(0.5):
        turns.append(("agent", ["and the three digit security code on the back"]))
        c = rd(3)
        turns.append(("customer", [V(spoken(c, [c], filler=0), "CVV")]))
        note += "; spoken CVV"
    return turns, note


def pos_card_correction():
    ds, sizes = make_card()
    groups = split_groups(ds, sizes)
    wrong = groups[1][:2] + str((int(groups[1][2]) + 3) % 10)
    a = spoken(groups[0], [groups[0]])
    segs = [pick(["yeah the card is ", "ok it's ", "number's "]), V(a, "CARD_NUMBER", "c"), " ",
            V(per_digit(wrong, doubles=False), "CARD_NUMBER", "w", frag=True),
            pick(["... no sorry, let me start that again, ", " - no wait, scratch that, from the top, ",
                  ", sorry i misread, again, "]),
            V(spoken(ds, groups), "CARD_NUMBER")]
    turns = [("agent", ["okay go ahead with the card number"]), ("customer", segs),
             ("agent", [pick(["got it thanks", "lovely", "okay thank you"])])]
    return turns, "spoken card reading with abandoned partial reading and restart (partial labelled)"


def pos_card_aside():
    ds, sizes = make_card()
    groups = split_groups(ds, sizes)
    k = R.randint(1, len(groups) - 1)
    a = spoken("".join(groups[:k]), groups[:k])
    b = spoken("".join(groups[k:]), groups[k:])
    aside = pick([" - hang on the dog's going mad - ", " ... sorry my glasses ... right, ",
                  " oh hold on, kids, be quiet! sorry, ", " (can you turn that down) ok ",
                  " sorry it's worn off a bit, "])
    turns = [("agent", ["can i take the card number please"]),
             ("customer", [pick(["yeah ", "so ", ""]), V(a, "CARD_NUMBER", "c"), aside, V(b, "CARD_NUMBER", "c")]),
             ("agent", ["thank you, and that was a visa?" if ds[0] == "4" else "thank you, is that a credit card?"]),
             ("customer", ["yeah"])]
    if chance(0.5):
        turns.append(("agent", ["so ending ", V(card_last4_words(ds), "CARD_NUMBER"), " yeah?"]))
        turns.append(("customer", ["that's right"]))
        return turns, "spoken card with aside mid-reading; agent confirms last four (labelled since full card read)"
    return turns, "spoken card with aside mid-reading"


def pos_ssn():
    s = make_ssn()
    k = R.randrange(5)
    ind = pick(["healthcare billing", "banking", "insurance", "government services"])
    if k == 0:
        txt = pick(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s.%s.%s"]) % (s[:3], s[3:5], s[5:])
        turns = [("agent", ["For verification please enter your Social Security number."]),
                 ("customer", [pick(["SSN: ", "ssn is ", "my social is ", "Social Security # "]), V(txt, "SSN"),
                               pick(["", " thanks", ". When will the refund post?"])])]
        return turns, "typed SSN (%s)" % ind
    if k == 1:
        turns = [("agent", ["and can i get your social please"]),
                 ("customer", [pick(["sure it's ", "yeah ", "um ok "]), V(spoken(s[:3], [s[:3]]), "SSN", "s")]),
                 ("agent", [pick(BACK)]),
                 ("customer", [V(spoken(s[3:5], [s[3:5]]), "SSN", "s")]),
                 ("agent", [pick(BACK)]),
                 ("customer", [V(spoken(s[5:], [s[5:]]), "SSN", "s")])]
        if chance(0.5):
            turns.append(("agent", ["so that's ", V(spoken(s, [s[:3], s[3:5], s[5:]], filler=0), "SSN"), "?"]))
            return turns, "spoken SSN split over three turns with read-back (%s)" % ind
        return turns, "spoken SSN split over three turns (%s)" % ind
    if k == 2:
        turns = [("agent", ["i just need the last four of your social"]),
                 ("customer", ["actually do you want the whole thing? it's ",
                               V(spoken(s, [s[:3], s[3:5], s[5:]]), "SSN")]),
                 ("agent", ["that's fine, thank you"])]
        return turns, "customer volunteers full spoken SSN (%s)" % ind
    if k == 3:
        txt = "%s-%s-%s" % (s[:3], s[3:5], s[5:])
        turns = [("customer", ["Hi, I'm filling out the form for my husband. His SSN is ", V(txt, "SSN"),
                               " and mine is ", V(make_ssn_fmt(), "SSN"), "."]),
                 ("agent", ["Thank you, I've updated both records."])]
        return turns, "two typed SSNs in one message (%s)" % ind
    wrong = s[:3]
    turns = [("agent", ["social security number?"]),
             ("customer", [V(spoken(wrong, [wrong]), "SSN", "w", frag=True),
                           pick([" no hang on that's my wife's, mine is ", " - sorry, wrong one - it's "]),
                           V(spoken(make_ssn_like(), None), "SSN")])]
    return turns, "spoken SSN after abandoned start (%s)" % ind


def make_ssn_fmt():
    s = make_ssn()
    return "%s-%s-%s" % (s[:3], s[3:5], s[5:])


def make_ssn_like():
    return make_ssn()


def ni_typed(ni):
    k = R.randrange(5)
    if k == 0:
        return ni
    if k == 1:
        return "%s %s %s %s %s" % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8])
    if k == 2:
        return ni.lower()
    if k == 3:
        return "%s%s %s" % (ni[:2], ni[2:8], ni[8])
    return "%s-%s-%s-%s-%s" % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8])


def ni_spoken(ni):
    style = pick(["plain", "plain", "nato", "for", "folk"])
    L = lambda c: spell_letter(c, style)
    digits = ni[2:8]
    dw = spoken(digits, [digits[:2], digits[2:4], digits[4:]], sep=pick([" ", ", "]))
    s = L(ni[0]) + " " + L(ni[1]) + " " + dw + " " + L(ni[8])
    assert flat(s) == ni, (ni, s)
    return s


def pos_ni():
    ni = make_ni()
    k = R.randrange(5)
    ind = pick(["government services", "banking", "utilities", "insurance"])
    if k == 0:
        turns = [("agent", ["Could you confirm your National Insurance number?"]),
                 ("customer", [pick(["NI no: ", "Nat Ins: ", "its ", "NINO ", "sure - "]), V(ni_typed(ni), "NI_NUMBER"),
                               pick(["", " cheers", " (not sure if you need the letter at the end)"])])]
        return turns, "typed NI number (%s)" % ind
    if k == 1:
        turns = [("agent", ["and your national insurance number please"]),
                 ("customer", [pick(["yeah it's ", "er ", "right "]), V(ni_spoken(ni), "NI_NUMBER")])]
        if chance(0.5):
            turns.append(("agent", ["thank you that's ", V(ni_spoken(ni), "NI_NUMBER"), ", lovely"]))
            return turns, "spoken NI number with agent read-back (%s)" % ind
        return turns, "spoken NI number (%s)" % ind
    if k == 2:
        style = pick(["nato", "for", "folk"])
        turns = [("agent", ["can i take your national insurance number"]),
                 ("customer", [V(spell_letter(ni[0], style) + " " + spell_letter(ni[1], style), "NI_NUMBER", "n")]),
                 ("agent", [pick(BACK)]),
                 ("customer", [V(spoken(ni[2:8], [ni[2:4], ni[4:6], ni[6:8]]), "NI_NUMBER", "n")]),
                 ("agent", ["and the letter at the end?"]),
                 ("customer", [V(spell_letter(ni[8], pick(["plain", "nato"])), "NI_NUMBER", "n")])]
        return turns, "spoken NI number split over turns, prefix spelled (%s)" % ind
    if k == 3:
        turns = [("customer", ["i rang last week about my tax code, my NI is ", V(ni_typed(ni), "NI_NUMBER"),
                               " and the reference you gave me was 4471 9920"]),
                 ("agent", ["thanks, I can see the notes from that call"])]
        return turns, "typed NI number next to a (non-PII) reference number (%s)" % ind
    turns = [("agent", ["national insurance number?"]),
             ("customer", [V(ni_spoken(ni)[:0] + spell_letter(ni[0], "plain") + " " + spell_letter(ni[1], "plain"),
                             "NI_NUMBER", "n"), " ", pick(["um ", "hang on it's on my payslip ... "]),
                           V(spoken(ni[2:8], [ni[2:4], ni[4:6], ni[6:8]]) + " " + ni[8].lower(), "NI_NUMBER", "n")])]
    return turns, "spoken NI number with hesitation/aside between prefix and digits (%s)" % ind


def pos_bank():
    acct = rd(8)
    sc = rd(6)
    k = R.randrange(4)
    if k == 0:
        sct = pick(["%s-%s-%s", "%s %s %s", "%s%s%s"]) % (sc[:2], sc[2:4], sc[4:])
        turns = [("agent", ["Please send the account details for the refund."]),
                 ("customer", [pick(["acct no: ", "Account number ", "a/c "]), V(acct, "BANK_ACCOUNT"),
                               pick([" sort code ", ", s/c ", " / sort: "]), V(sct, "SORT_CODE")])]
        return turns, "typed UK account number and sort code"
    if k == 1:
        turns = [("agent", ["what's the sort code"]),
                 ("customer", [pick(["", "it's ", "uh "]), V(spoken(sc, [sc[:2], sc[2:4], sc[4:]]), "SORT_CODE")]),
                 ("agent", ["and the account number"]),
                 ("customer", [V(spoken(acct[:4], [acct[:4]]), "BANK_ACCOUNT", "a")]),
                 ("agent", [pick(BACK)]),
                 ("customer", [V(spoken(acct[4:], [acct[4:]]), "BANK_ACCOUNT", "a")])]
        return turns, "spoken sort code and account number split over turns"
    if k == 2:
        us = rd(R.randint(9, 12))
        turns = [("customer", ["For the direct deposit, checking acct #", V(us, "BANK_ACCOUNT"),
                               ", routing is on file already."]),
                 ("agent", ["Got it, your direct deposit details are updated."])]
        return turns, "typed US checking account number"
    turns = [("agent", ["so i've got the sort code as ", V(spoken(sc, [sc[:2], sc[2:4], sc[4:]], filler=0), "SORT_CODE"),
                        " and the account ", V(spoken(acct, [acct[:4], acct[4:]], filler=0), "BANK_ACCOUNT"), " is that right"]),
             ("customer", ["yes that's correct"])]
    return turns, "agent read-back of sort code and account number"


def pos_iban():
    ib = make_iban()
    k = R.randrange(3)
    if k == 0:
        t = " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))
        if chance(0.3):
            t = t.lower()
        if chance(0.3):
            t = ib
        turns = [("agent", ["Which account should we refund to?"]),
                 ("customer", [pick(["IBAN: ", "iban ", "Please use ", "My IBAN is "]), V(t, "IBAN"),
                               pick(["", " (BIC on the statement)", ", thanks"])])]
        return turns, "typed IBAN (%s)" % ib[:2]
    if k == 1 and not re.search(r"[OI]", ib):
        style = pick(["plain", "nato"])
        letters = lambda s: " ".join(spell_letter(c, style) for c in s)
        head = letters(ib[:2]) + " " + spoken(ib[2:4], [ib[2:4]], filler=0)
        rest = ib[4:]
        m = re.match(r"[A-Z]*", rest).group(0)
        mid = (letters(m) + " ") if m else ""
        tail = rest[len(m):]
        turns = [("agent", ["can you read me the iban"]),
                 ("customer", [V(head + " " + mid + spoken(tail[:6], [tail[:2], tail[2:4], tail[4:6]]), "IBAN", "i")]),
                 ("agent", [pick(BACK)]),
                 ("customer", [V(spoken(tail[6:]), "IBAN", "i")])]
        assert flat(turns[1][1][0].text + " " + turns[3][1][0].text) == ib, (ib, turns[1][1][0].text, turns[3][1][0].text)
        return turns, "spoken IBAN split over two turns (%s)" % ib[:2]
    t = " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))
    turns = [("customer", ["hi the payment bounced, i think i gave the wrong IBAN. correct one: ", V(t, "IBAN")]),
             ("agent", ["Thanks, I'll reissue to ", V(ib, "IBAN"), " within 3-5 working days."])]
    return turns, "typed IBAN plus agent echo (%s)" % ib[:2]


def phone_typed(ds, sizes, plus):
    k = R.randrange(4)
    if k == 0:
        return ds
    if k == 1:
        return typed_digits(ds, sizes, " ")
    if k == 2:
        return typed_digits(ds, sizes, "-")
    return typed_digits(ds, sizes, ".") if not plus else typed_digits(ds, sizes, " ")


def pos_phone():
    ds, sizes, plus, kind = make_phone()
    k = R.randrange(4)
    if k == 0:
        t = phone_typed(ds, sizes, plus)
        turns = [("agent", ["What's the best number to reach you on?"]),
                 ("customer", [pick(["mob: ", "Tel ", "call me on ", "its ", "ph# "]), plus, V(t, "PHONE"),
                               pick(["", " after 6pm", " (" + kind + ")"])])]
        return turns, "typed phone number (%s)" % kind
    if k == 1:
        body = spoken(ds, split_groups(ds, sizes))
        if plus:
            body = "plus " + body
        turns = [("agent", ["and a contact number"]),
                 ("customer", [pick(["yeah it's ", "", "um "]), V(body, "PHONE")])]
        if chance(0.6):
            turns.append(("agent", ["so that's ", V(spoken(ds, split_groups(ds, sizes), filler=0) if not plus else
                                                   "plus " + spoken(ds, split_groups(ds, sizes), filler=0), "PHONE"), "?"]))
            turns.append(("customer", ["yep"]))
            return turns, "spoken phone number with read-back (%s)" % kind
        return turns, "spoken phone number (%s)" % kind
    if k == 2:
        g = split_groups(ds, sizes)
        first = spoken(g[0], [g[0]])
        if plus:
            first = "plus " + first
        turns = [("agent", ["can i get a callback number"]), ("customer", [V(first, "PHONE", "p")])]
        for x in g[1:]:
            turns.append(("agent", [pick(BACK)]))
            turns.append(("customer", [V(spoken(x, [x]), "PHONE", "p")]))
        return turns, "spoken phone number split group by group (%s)" % kind
    wrong = ds[:len(ds) - 3]
    t = phone_typed(ds, sizes, plus)
    turns = [("customer", ["new number is ", plus, V(t, "PHONE"), " - the old one is disconnected since the 3rd"]),
             ("agent", ["Updated, thanks."])]
    return turns, "typed phone number update (%s)" % kind


def pos_email():
    local, dom = make_email()
    k = R.randrange(3)
    if k == 0:
        e = local + "@" + dom
        if chance(0.3):
            e = e.capitalize() if chance(0.5) else e.upper()
        turns = [("agent", ["What email should the confirmation go to?"]),
                 ("customer", [pick(["email: ", "send it to ", "", "e-mail is "]), V(e, "EMAIL"),
                               pick(["", " pls", ". thanks!"])])]
        return turns, "typed e-mail address"
    if k == 1:
        turns = [("agent", ["and the email address on the account?"]),
                 ("customer", [pick(["it's ", "so it's ", ""]), V(spoken_email(local, dom), "EMAIL")])]
        if chance(0.5):
            turns.append(("agent", ["lovely, ", V(spoken_email(local, dom), "EMAIL"), ", got it"]))
        return turns, "spoken e-mail address (dot/at)"
    sp = spoken_email(local, dom)
    cut = sp.index(" at ")
    turns = [("agent", ["what's your email"]),
             ("customer", [V(sp[:cut], "EMAIL", "e")]),
             ("agent", [pick(BACK)]),
             ("customer", [V(sp[cut + 1:], "EMAIL", "e")])]
    return turns, "spoken e-mail split across turns"


def pos_dob():
    us = chance(0.4)
    k = R.randrange(3)
    if k == 0:
        d = make_dob(pick(["dmy", "mdy", "long", "iso"]), us)
        turns = [("agent", ["For security can you confirm your date of birth?"]),
                 ("customer", [pick(["DOB ", "born ", "", "d.o.b: "]), V(d, "DOB")])]
        return turns, "typed date of birth (%s)" % ("US" if us else "UK/IE")
    d = make_dob(pick(["spoken", "spoken2"]))
    turns = [("agent", ["and your date of birth please"]),
             ("customer", [pick(["it's the ", "the ", "", "uh "]) if d.split()[0] in ORD or d.split()[0] in TENS_W else "",
                           V(d, "DOB")])]
    if k == 2:
        turns.append(("agent", ["thank you, ", V(d, "DOB"), ", lovely"]))
        return turns, "spoken date of birth with read-back"
    return turns, "spoken date of birth"


def pos_address():
    us = chance(0.3)
    k = R.randrange(3)
    if k < 2:
        a = make_address(spoken_form=(k == 1))
        pc = make_zip() if us else make_postcode_uk()
        town = pick(TOWNS_US) if us else pick(TOWNS_UK)
        if k == 1:
            pc_s = spoken(pc.replace("-", ""), [pc[:5]] + ([pc[6:]] if len(pc) > 5 else []), filler=0) if us \
                else spoken_postcode(pc)
            turns = [("agent", ["can you confirm the first line of your address and postcode" if not us else
                                "can i get your street address and zip"]),
                     ("customer", [pick(["yeah it's ", "", "so "]), V(a, "ADDRESS"), " " + town.lower().split(",")[0] + " ",
                                   V(pc_s, "POSTCODE")])]
            return turns, "spoken address + %s" % ("ZIP" if us else "UK postcode")
        turns = [("agent", ["Please confirm the delivery address."]),
                 ("customer", [V(a, "ADDRESS"), ", " + town + " ", V(pc, "POSTCODE")])]
        return turns, "typed address + %s" % ("ZIP" if us else "UK postcode")
    pc = make_postcode_uk()
    turns = [("agent", ["what's your postcode"]),
             ("customer", [V(spoken_postcode(pc), "POSTCODE")]),
             ("agent", ["and the house number?"]),
             ("customer", ["it's ", V(make_address(True), "ADDRESS"), ", we moved in march"])]
    return turns, "spoken postcode then spoken street address"


def pos_mixed():
    _, op = opener()
    dob = make_dob(pick(["spoken", "spoken2"]))
    pc = make_postcode_uk()
    ds, sizes, plus, kind = make_phone()
    body = spoken(ds, split_groups(ds, sizes))
    if plus:
        body = "plus " + body
    turns = [op,
             ("customer", ["hi yeah i'm calling about my account"]),
             ("agent", ["no problem, can i take your date of birth"]),
             ("customer", [V(dob, "DOB")]),
             ("agent", ["and the postcode"]),
             ("customer", [V(spoken_postcode(pc), "POSTCODE")]),
             ("agent", ["and is ", V(body, "PHONE"), " still the best number for you"]),
             ("customer", ["yeah that's me"])]
    return turns, "identity & verification: spoken DOB, postcode, agent-spoken phone"


# ---------------------------------------------------------------- negatives
def neg_cases():
    def order_like_card():
        ds, sizes = make_card()
        lab = pick(["order number", "tracking number", "confirmation number", "reference"])
        return [("agent", ["can i take the %s" % lab]),
                ("customer", ["yeah the %s is " % lab + spoken(ds, split_groups(ds, sizes))])], \
            "16-digit %s read like a card number (Luhn-valid)" % lab

    def last4():
        l4 = rd(4)
        f = pick(["the card ending %s" % l4, "my card ending in " + per_digit(l4), "the one that ends " + l4,
                  "card ending ****%s" % l4])
        return [("customer", ["can you use %s please" % f]), ("agent", ["sure, payment taken"])], \
            "card last-four only"

    def balance():
        a = R.randint(10, 9999)
        c = R.randint(0, 99)
        return [("agent", [pick(["your balance is £%d.%02d", "the outstanding amount is $%d.%02d",
                                  "you owe €%d.%02d"]) % (a, c)]),
                ("customer", ["ok and when is it due"]), ("agent", ["by the %s of next month" % pick(list(ORD)[:20])])], \
            "balance and due day"

    def spoken_amount():
        n = R.randint(101, 999)
        return [("agent", ["that comes to " + number_words(n) + " pounds " + number_words(R.randint(1, 99))]),
                ("customer", ["blimey, ok"])], "spoken amount with hundreds"

    def meter():
        m = rd(R.choice([5, 6]))
        return [("agent", ["can i have the meter reading"]),
                ("customer", [pick(["it says ", "", "reading's "]) + pick([m, spoken(m, [m])])])], \
            "meter reading"

    def flight():
        return [("customer", ["I'm on flight %s%d, seat %d%s, gate %d, departing %02d:%02d" %
                              (pick(["BA", "EI", "FR", "UA", "LH"]), R.randint(100, 9999), R.randint(1, 40),
                               pick("ABCDEF"), R.randint(1, 90), R.randint(5, 22), pick([0, 15, 30, 45]))]),
                ("agent", ["Thanks, I've found the booking."])], "flight/seat/gate/time"

    def tracking():
        t = pick(["1Z" + rd(2) + "A" + rd(13), "JD0146" + rd(12), "RN" + rd(9) + "GB", rd(22)])
        return [("customer", ["tracking number %s still says in transit" % t]), ("agent", ["Let me check with the courier."])], \
            "long tracking number"

    def imei():
        ds = luhn_complete("35" + rd(6), 15)
        return [("agent", ["could you read me the IMEI from the box"]),
                ("customer", ["IMEI " + pick([ds, spoken(ds, [ds[:3], ds[3:6], ds[6:9], ds[9:12], ds[12:]])])])], \
            "15-digit Luhn-valid IMEI (device serial)"

    def policy():
        p = pick(["POL-%s" % rd(8), "policy no. %s" % rd(10), "claim ref CLM-%d-%s" % (R.randint(2019, 2026), rd(6)),
                  "invoice INV-%s" % rd(9), "ticket INC%s" % rd(7), "case %s" % rd(8)])
        return [("customer", ["Re: %s - any update?" % p]), ("agent", ["Yes, it was approved today."])], \
            "labelled policy/claim/invoice/ticket number"

    def spoken_ref():
        r = rd(R.choice([6, 8, 9, 11]))
        lab = pick(["policy number", "claim number", "customer reference", "booking reference", "account reference"])
        return [("agent", ["have you got your %s handy" % lab]),
                ("customer", ["yeah it's " + spoken(r, split_groups(r, [3, 3, 3, 3]))]),
                ("agent", ["thanks that's " + spoken(r, split_groups(r, [3, 3, 3, 3]), filler=0)])], \
            "spoken %s (%d digits) with read-back" % (lab, len(r))

    def times():
        return [("agent", [pick(["we're open eight till eight monday to friday, nine till five on saturdays",
                                 "our lines are open 8am-8pm Mon-Fri and 9-5 Sat",
                                 "the engineer will come between half ten and two thirty",
                                 "you're number %d in the queue, wait is about %d minutes" % (R.randint(2, 30), R.randint(5, 59))])]),
                ("customer", ["ok thanks"])], "opening hours / times / queue position"

    def appt():
        d = R.randint(1, 28)
        m = R.randint(1, 12)
        return [("agent", [pick(["your appointment is on %02d/%02d/%d at %d:%02d" % (d, m, R.randint(2025, 2027), R.randint(8, 17), pick([0, 30])),
                                 "the next payment of £%d will be taken on the %s of %s" % (R.randint(10, 300), pick(list(ORD)[:20]), pick(MONTHS)),
                                 "your contract ends on %d %s %d" % (d, pick(MONTHS).title(), R.randint(2025, 2028))])]),
                ("customer", ["great"])], "appointment/payment/contract dates"

    def misc_numbers():
        return [("customer", [pick(["i'm %d years old and been a customer for %d years" % (R.randint(18, 95), R.randint(1, 40)),
                                    "the thermostat says %d degrees" % R.randint(14, 30),
                                    "you put my bill up %d percent!" % R.randint(2, 40),
                                    "there were %d items in the order, only %d arrived" % (R.randint(3, 20), R.randint(1, 2)),
                                    "i've been on hold for forty five minutes",
                                    "we bought the house in %d" % R.randint(1975, 2024)])]),
                ("agent", ["i'm sorry to hear that"])], "ages/temperatures/percentages/counts/years"

    def road():
        return [("customer", ["the van is parked on %s %s near the roundabout" % (pick(STREETS), pick(SUFFIX))]),
                ("agent", ["ok I'll let the driver know"])], "road name without house number"

    def model_serial():
        return [("customer", [pick(["it's the model KDL-%dW%d, serial %s-%s" % (R.randint(32, 75), R.randint(1000, 9999), rd(4), rd(6)),
                                    "router serial number SN%s" % rd(12),
                                    "the boiler model is a %d series, serial %s" % (R.randint(100, 900), rd(10))])]),
                ("agent", ["thanks, that model is covered"])], "model and serial numbers"

    def room():
        return [("customer", ["I was in room %d, checked out on the %dth, folio number %s" % (R.randint(100, 1999), R.randint(4, 20), rd(7))]),
                ("agent", ["I'll look into the charge."])], "hotel room and folio number"

    def card_like_ref_typed():
        ds, sizes = make_card()
        return [("customer", ["Order #%s hasn't arrived" % typed_digits(ds, sizes, "-")]),
                ("agent", ["Sorry about that, let me check order %s." % ds])], \
            "card-shaped Luhn-valid digits labelled as order number"

    def sortcode_like():
        r = rd(6)
        return [("agent", ["your payment reference is %s-%s-%s" % (r[:2], r[2:4], r[4:])]),
                ("customer", ["got it"])], "payment reference shaped like a sort code"

    def ssn_like():
        r = rd(9)
        return [("customer", ["Claim number %s-%s-%s for the x-ray bill" % (r[:3], r[3:5], r[5:])]),
                ("agent", ["Thank you, I see the claim."])], "claim number shaped like an SSN"

    def durations():
        return [("agent", ["the contract is %d months, the first %d are half price, and there's a %d day cooling off period"
                           % (pick([12, 18, 24, 36]), R.randint(2, 6), pick([14, 30]))]),
                ("customer", ["and how much after that"]),
                ("agent", ["%s a month" % pick(["£%d.99" % R.randint(9, 80), "forty two fifty", "$%d" % R.randint(20, 150)])])], \
            "durations and prices"

    def pin_less():
        return [("agent", ["you'll get a text with a six digit code, it expires in %d minutes" % R.randint(5, 15)]),
                ("customer", ["ok"])], "one-time code mentioned without a value"

    fns = [order_like_card, last4, balance, spoken_amount, meter, flight, tracking, imei, policy,
           spoken_ref, times, appt, misc_numbers, road, model_serial, room, card_like_ref_typed,
           sortcode_like, ssn_like, durations, pin_less]
    out = []
    for i in range(110):
        fn = fns[i % len(fns)] if i < 2 * len(fns) else pick(fns)
        turns, note = fn()
        if chance(0.4):
            turns = [(s, [asr(x) if s == "customer" and isinstance(x, str) and chance(0.3) else x for x in segs])
                     for s, segs in turns]
        out.append((turns, note))
    return out


# ---------------------------------------------------------------- assemble
def generate():
    plan = ([pos_card_chat] * 22 + [pos_card_spoken_split] * 22 + [pos_card_correction] * 8 +
            [pos_card_aside] * 8 + [pos_ssn] * 30 + [pos_ni] * 30 + [pos_bank] * 14 +
            [pos_iban] * 14 + [pos_phone] * 16 + [pos_email] * 14 + [pos_dob] * 14 +
            [pos_address] * 14 + [pos_mixed] * 10)
    R.shuffle(plan)
    cases, metas = [], []
    for i, fn in enumerate(plan, 1):
        turns, note = fn()
        jt, spans, meta = build(turns)
        cases.append({"id": "h331-pos-%03d" % i, "kind": "positive", "turns": jt, "spans": spans, "note": note})
        metas.append(meta)
    for i, (turns, note) in enumerate(neg_cases(), 1):
        jt, spans, meta = build(turns)
        cases.append({"id": "h331-neg-%03d" % i, "kind": "negative", "turns": jt, "spans": spans, "note": note})
        metas.append(meta)
    text = "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cases)
    return text, cases, metas


def is_word_char(c):
    return c.isalnum()


def check(text, cases, metas):
    errs = []
    with open(OUT, encoding="utf-8") as f:
        if f.read() != text:
            errs.append("file is not byte-identical to regenerated output")
    ids = [c["id"] for c in cases]
    if len(ids) != len(set(ids)):
        errs.append("duplicate ids")
    counts = {t: 0 for t in TYPES}
    for c, meta in zip(cases, metas):
        if c["kind"] == "negative" and c["spans"]:
            errs.append("%s: negative has spans" % c["id"])
        if c["kind"] == "positive" and not c["spans"]:
            errs.append("%s: positive without spans" % c["id"])
        for t in c["turns"]:
            if t["speaker"] not in ("customer", "agent"):
                errs.append("%s: bad speaker" % c["id"])
        by_turn = {}
        groups = {}
        for sp, (g, frag) in zip(c["spans"], meta):
            counts[sp["type"]] += 1
            if sp["type"] not in TYPES:
                errs.append("%s: bad type" % c["id"])
            tx = c["turns"][sp["turn"]]["text"]
            s, e = sp["start"], sp["end"]
            if not (0 <= s < e <= len(tx)):
                errs.append("%s: offsets out of range" % c["id"])
                continue
            if not (is_word_char(tx[s]) and is_word_char(tx[e - 1])):
                errs.append("%s: span %r not trimmed to letter/digit" % (c["id"], tx[s:e]))
            if (s > 0 and is_word_char(tx[s - 1])) or (e < len(tx) and is_word_char(tx[e])):
                errs.append("%s: span %r not on word boundary" % (c["id"], tx[s:e]))
            by_turn.setdefault(sp["turn"], []).append((s, e))
            groups.setdefault((g, sp["type"]), []).append((frag, tx[s:e]))
        for spans in by_turn.values():
            spans.sort()
            for a, b in zip(spans, spans[1:]):
                if b[0] < a[1]:
                    errs.append("%s: overlapping spans" % c["id"])
        for (g, typ), parts in groups.items():
            joined = " ".join(p for _, p in parts)
            if parts[0][0]:
                if not fragment_ok(typ, joined):
                    errs.append("%s: bad fragment %s %r" % (c["id"], typ, joined))
            elif typ == "CARD_NUMBER" and len(flat(joined)) == 4 and flat(joined).isdigit():
                pass  # last four repeated after the full card was read in the same case
            elif not validate(typ, joined):
                errs.append("%s: invalid %s %r -> %r" % (c["id"], typ, joined, flat(joined)))
    npos = sum(c["kind"] == "positive" for c in cases)
    nneg = sum(c["kind"] == "negative" for c in cases)
    if npos < 200 or nneg < 100:
        errs.append("too few cases %d/%d" % (npos, nneg))
    need = {t: 10 for t in TYPES}
    need.update(CARD_NUMBER=70, SSN=30, NI_NUMBER=30)
    for t in TYPES:
        if counts[t] < need[t]:
            errs.append("too few %s spans: %d" % (t, counts[t]))
    return errs, counts, npos, nneg


def main():
    text, cases, metas = generate()
    if "--check" in sys.argv[1:]:
        errs, counts, npos, nneg = check(text, cases, metas)
        for e in errs:
            print("ERROR", e)
        print("positives %d negatives %d" % (npos, nneg))
        for t in TYPES:
            print("  %-13s %d" % (t, counts[t]))
        if errs:
            print("CHECK FAILED (%d errors)" % len(errs))
            sys.exit(1)
        print("CHECK OK")
        return
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(text)
    print("wrote %d cases to %s" % (len(cases), OUT))


if __name__ == "__main__":
    main()

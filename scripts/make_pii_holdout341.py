#!/usr/bin/env python3
"""Generate the pii_holdout341 held-out PII redaction evaluation set.

Writes tests/fixtures/pii_holdout341/cases.jsonl.  Every turn is assembled
from plain-text segments and labelled value segments, so all span offsets are
computed, never typed by hand.

    python scripts/make_pii_holdout341.py           # (re)write the file
    python scripts/make_pii_holdout341.py --check   # regenerate + validate

Standard library only; single generator random.Random(341241125).
"""
import argparse
import json
import os
import re
import random
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "fixtures", "pii_holdout341", "cases.jsonl")

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

# ---------------------------------------------------------------- spoken forms
UNIT_W = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEEN_W = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
          "seventeen", "eighteen", "nineteen"]
TENS_W = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy",
          8: "eighty", 9: "ninety"}
NATO = {"A": "alpha", "B": "bravo", "C": "charlie", "D": "delta", "E": "echo",
        "F": "foxtrot", "G": "golf", "H": "hotel", "I": "india", "J": "juliet",
        "K": "kilo", "L": "lima", "M": "mike", "N": "november", "O": "oscar",
        "P": "papa", "Q": "quebec", "R": "romeo", "S": "sierra", "T": "tango",
        "U": "uniform", "V": "victor", "W": "whiskey", "X": "xray", "Y": "yankee",
        "Z": "zulu"}
FILLERS = ["um", "uh", "er", "erm"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
       "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth",
       "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
       "twentieth", "twenty first", "twenty second", "twenty third",
       "twenty fourth", "twenty fifth", "twenty sixth", "twenty seventh",
       "twenty eighth"]

R = random.Random(341241125)


def zero_word(style):
    return style.get("zero", "oh")


def unit(d, style):
    return zero_word(style) if d == "0" else UNIT_W[int(d)]


def two_digit(g, style):
    """Render a 2-digit group as a number word (e.g. '41' -> 'forty one')."""
    if g[0] == "0":
        return zero_word(style) + " " + UNIT_W[int(g[1])] if g[1] != "0" else None
    n = int(g)
    if n < 20:
        return TEEN_W[n - 10]
    if g[1] == "0":
        return None  # bare tens word is ambiguous before the next digit
    return TENS_W[int(g[0])] + " " + UNIT_W[int(g[1])]


def singles(g, style, allow_double=True):
    words = []
    i = 0
    while i < len(g):
        d = g[i]
        run = 1
        while i + run < len(g) and g[i + run] == d and run < 3:
            run += 1
        if allow_double and run == 3 and R.random() < 0.6:
            words.append("triple " + unit(d, style))
            i += 3
        elif allow_double and run >= 2 and R.random() < 0.75:
            words.append("double " + unit(d, style))
            i += 2
        else:
            words.append(unit(d, style))
            i += 1
    return " ".join(words)


def render_group(g, style):
    mode = R.choice(style.get("modes", ["single"]))
    if mode == "pair" and len(g) in (2, 4):
        parts = [two_digit(g[k:k + 2], style) for k in range(0, len(g), 2)]
        if all(parts):
            return " ".join(parts)
    if mode == "hundred" and len(g) == 3 and g[0] != "0" and g[2] != "0":
        tail = g[1:]
        if tail[0] == "0":
            rest = UNIT_W[int(tail[1])]
        else:
            rest = two_digit(tail, style)
        if rest:
            return UNIT_W[int(g[0])] + " hundred " + R.choice(["and ", "", "and "]) + rest
    return singles(g, style, allow_double=style.get("double", True))


def say_number(digits, groups, style, fill=0.0):
    """Spoken rendering of a digit string split into groups of given sizes."""
    out = []
    pos = 0
    for n in groups:
        g = digits[pos:pos + n]
        pos += n
        if not g:
            break
        if out and R.random() < fill:
            out.append(R.choice(FILLERS))
        out.append(render_group(g, style))
    return R.choice([" ", ", "]).join(out) if style.get("commas") else " ".join(out)


def spk_style(modes=("single",), double=True):
    return {"zero": R.choice(["oh", "oh", "zero", "o", "nought"]),
            "modes": list(modes), "double": double, "commas": R.random() < 0.4}


def say_letter(ch, nato_p=0.5):
    if ch == "O" or R.random() < nato_p:
        f = R.choice(["{l} for {n}", "{n}", "{l} as in {n}", "{l} for {n}"])
        return f.format(l=ch.lower(), n=NATO[ch])
    return ch.lower()


def say_alnum(s, style, nato_p=0.4):
    words = []
    digits = ""
    for ch in s:
        if ch.isdigit():
            digits += ch
            continue
        if digits:
            words.append(singles(digits, style))
            digits = ""
        words.append(say_letter(ch, nato_p))
    if digits:
        words.append(singles(digits, style))
    return " ".join(words)


def chunks(s, sizes):
    out, p = [], 0
    for n in sizes:
        out.append(s[p:p + n])
        p += n
    if p < len(s):
        out.append(s[p:])
    return [c for c in out if c]


# ---------------------------------------------------------------- value makers
def luhn_ok(num):
    tot = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def make_card(kind=None):
    kind = kind or R.choice(["visa", "visa", "mc", "mc", "amex", "disc", "visa13", "maestro19"])
    prefix, length = {
        "visa": ("4", 16), "mc": (R.choice(["51", "52", "53", "54", "55", "2221"]), 16),
        "amex": (R.choice(["34", "37"]), 15), "disc": ("6011", 16),
        "visa13": ("4", 13), "maestro19": (R.choice(["6759", "5018"]), 19)}[kind]
    body = prefix + "".join(R.choice("0123456789") for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def card_groups(num):
    n = len(num)
    if n == 15:
        return [4, 6, 5]
    if n == 13:
        return R.choice([[4, 4, 5], [4, 3, 3, 3]])
    if n == 19:
        return [4, 4, 4, 4, 3]
    return R.choice([[4, 4, 4, 4], [4, 4, 4, 4], [4, 4, 4, 2, 2], [4, 3, 3, 3, 3]])


def typed_card(num):
    gs = card_groups(num)
    sep = R.choice([" ", " ", "-", "", " ", ".", "  "])
    if sep == "":
        return num
    return sep.join(chunks(num, gs))


def rdig(n, first_nonzero=False):
    s = "".join(R.choice("0123456789") for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = R.choice("123456789") + s[1:]
    return s


def make_ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


NI_FIRST = "ABCEGHJKLMNOPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"
NI_BAD = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}


def make_ni():
    while True:
        p = R.choice(NI_FIRST.replace("O", "")) + R.choice(NI_SECOND)
        if p not in NI_BAD:
            break
    return p + rdig(6) + R.choice("ABCD")


def iban_check(cc, bban):
    s = bban + cc + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return "%02d" % (98 - int(num) % 97)


def make_iban(cc=None):
    cc = cc or R.choice(["GB", "GB", "IE", "IE", "DE", "NL", "ES", "FR"])
    if cc == "GB":
        bban = R.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + rdig(6) + rdig(8)
    elif cc == "IE":
        bban = R.choice(["AIBK", "BOFI", "IPBS"]) + rdig(6) + rdig(8)
    elif cc == "DE":
        bban = rdig(18)
    elif cc == "NL":
        bban = R.choice(["ABNA", "INGB", "RABO"]) + rdig(10)
    elif cc == "ES":
        bban = rdig(20)
    else:
        bban = rdig(23)
    return cc + iban_check(cc, bban) + bban


def iban_mod97(s):
    s = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


UK_AREAS = ["LS", "M", "BS", "CR", "G", "CF", "NR", "LE", "B", "SW", "E", "N", "EH",
            "L", "S", "NE", "BT", "RG", "SE", "W", "GL", "YS"]
UK_TOWNS = {"LS": "Leeds", "M": "Manchester", "BS": "Bristol", "CR": "Croydon",
            "G": "Glasgow", "CF": "Cardiff", "NR": "Norwich", "LE": "Leicester",
            "B": "Birmingham", "SW": "London", "E": "London", "N": "London",
            "EH": "Edinburgh", "L": "Liverpool", "S": "Sheffield", "NE": "Newcastle",
            "BT": "Belfast", "RG": "Reading", "SE": "London", "W": "London",
            "GL": "Gloucester", "YS": "York"}
UK_AREAS.remove("YS")
INWARD = "ABDEFGHJLNPQRSTUWXYZ"


def make_uk_postcode():
    a = R.choice(UK_AREAS)
    d = str(R.randint(1, 28 if len(a) == 2 else 9))
    if a in ("SW", "W", "E") and R.random() < 0.3 and len(d) == 1:
        d += R.choice("ACDEHNW".replace("O", ""))
    return a, "%s%s %s%s%s" % (a, d, R.randint(0, 9), R.choice(INWARD), R.choice(INWARD))


US_CITIES = [("Austin", "TX"), ("Denver", "CO"), ("Columbus", "OH"), ("Tampa", "FL"),
             ("Portland", "OR"), ("Raleigh", "NC"), ("Phoenix", "AZ"), ("Boston", "MA")]


def make_zip():
    z = rdig(5, first_nonzero=True)
    return z + ("-" + rdig(4) if R.random() < 0.3 else "")


UK_STREETS = ["Acacia Avenue", "Mill Lane", "Church Road", "Station Road", "Victoria Street",
              "Park Crescent", "Willow Close", "Queens Drive", "Hawthorn Way", "Kings Terrace",
              "Beech Grove", "Cromwell Road", "Elmfield Gardens", "Harbour View"]
US_STREETS = ["Oak Street", "Maple Avenue", "Elm Drive", "Sunset Boulevard", "Pine Court",
              "Lakeview Road", "Cedar Lane", "Main Street", "Willow Bend Drive", "W 34th Street"]
IE_STREETS = ["Griffith Avenue", "Main Street", "Strand Road", "Ballyhooly Road", "Castle Park"]
STREET_WORDS = {"avenue", "lane", "road", "street", "close", "crescent", "drive", "way",
                "terrace", "grove", "gardens", "view", "boulevard", "court", "park", "bend",
                "ave", "st", "rd", "dr", "ln", "blvd"}

FIRST = ["jane", "tom", "priya", "liam", "aoife", "marek", "sofia", "dev", "grace", "seun",
         "niamh", "carlos", "hannah", "wei", "fatima", "connor", "emma", "raj", "lucy", "pedro"]
LAST = ["doe", "smith", "patel", "obrien", "kowalski", "murphy", "nguyen", "garcia", "hughes",
        "walsh", "khan", "jones", "fischer", "rossi", "byrne", "evans"]
DOMAINS = ["gmail.com", "outlook.com", "yahoo.co.uk", "hotmail.co.uk", "icloud.com",
           "btinternet.com", "eircom.net", "web.de", "proton.me", "aol.com", "gmail.com"]


def make_email():
    f, l = R.choice(FIRST), R.choice(LAST)
    fmt = R.choice(["{f}.{l}", "{fi}.{l}", "{f}{l}{n}", "{f}_{l}", "{l}.{f}{n}", "{fi}{l}"])
    user = fmt.format(f=f, l=l, fi=f[0], n=R.randint(1, 99))
    return user + "@" + R.choice(DOMAINS)


def say_email(e):
    user, dom = e.split("@")
    out = []
    for tok in re.split(r"([._])", user):
        if tok == ".":
            out.append("dot")
        elif tok == "_":
            out.append("underscore")
        elif tok.isdigit():
            out.append(two_digit(tok, {"zero": "oh"}) if len(tok) == 2 and two_digit(tok, {}) else singles(tok, {"zero": "oh"}, False))
        elif len(tok) == 1:
            out.append(say_letter(tok.upper(), 0.5))
        else:
            m = re.match(r"([a-z]+)(\d*)$", tok)
            out.append(m.group(1))
            if m.group(2):
                d = m.group(2)
                out.append(two_digit(d, {"zero": "oh"}) if len(d) == 2 and two_digit(d, {}) else singles(d, {"zero": "oh"}, False))
    out.append("at")
    out.append(" dot ".join(dom.split(".")))
    return " ".join(out)


def make_phone(region=None):
    region = region or R.choice(["uk_mob", "uk_mob", "uk_land", "us", "us", "ie", "de"])
    intl = R.random() < 0.45
    if region == "uk_mob":
        d = "7" + R.choice(["700", "911", "523", "4", "8"]) 
        d = (d + rdig(10))[:10]
        return ("+44", d, [4, 6]) if intl else ("", "0" + d, [5, 6])
    if region == "uk_land":
        d = R.choice(["20", "161", "113", "117", "121", "131"])
        d = (d + rdig(10))[:10]
        if d.startswith("20"):
            return ("+44", d, [2, 4, 4]) if intl else ("", "0" + d, [3, 4, 4])
        return ("+44", d, [3, 3, 4]) if intl else ("", "0" + d, [4, 3, 4])
    if region == "us":
        d = R.choice(["415", "212", "312", "512", "617", "303"]) + "555" + "01" + rdig(2)
        return ("+1", d, [3, 3, 4]) if intl else ("", d, [3, 3, 4])
    if region == "ie":
        d = R.choice(["85", "86", "87", "83"]) + rdig(7)
        return ("+353", d, [2, 3, 4]) if intl else ("", "0" + d, [3, 3, 4])
    d = R.choice(["30", "89", "40"]) + rdig(8)
    return ("+49", d, [2, 4, 4]) if intl else ("", "0" + d, [3, 4, 4])


def typed_phone(p):
    cc, d, gs = p
    parts = chunks(d, gs)
    if cc == "+1":
        f = R.choice(["+1 ({0}) {1}-{2}", "+1-{0}-{1}-{2}", "+1 {0} {1} {2}", "1-{0}-{1}-{2}"])
        s = f.format(*parts)
        return s
    if cc == "" and len(d) == 10 and gs == [3, 3, 4] and d[0] != "0":
        return R.choice(["{0} {1}-{2}", "{0}-{1}-{2}", "{0}.{1}.{2}", "{0}{1}{2}"]).format(*parts)
    sep = R.choice([" ", " ", "", "-"])
    body = sep.join(parts)
    if cc:
        if R.random() < 0.25:
            return cc + " (0)" + sep + body if sep else cc + "(0)" + body
        return cc + R.choice([" ", "", "-"]) + body if sep else cc + body
    return body


def spoken_phone(p, fill=0.15):
    cc, d, gs = p
    st = spk_style(("single", "single", "pair", "hundred"))
    pre = ""
    if cc:
        pre = "plus " + " ".join(UNIT_W[int(c)] for c in cc[1:]) + R.choice([" ", ", "])
    return pre + say_number(d, gs, st, fill)


def make_dob():
    return R.randint(1, 28), R.randint(1, 12), R.randint(1938, 2005)


def typed_dob(dob, us=False):
    d, m, y = dob
    fs = ["{d:02d}/{m:02d}/{y}", "{d}/{m}/{y}", "{d:02d}-{m:02d}-{y}", "{d} {M} {y}",
          "{d}{sfx} {M} {y}", "{Mc} {d}, {y}", "{d:02d}.{m:02d}.{yy:02d}", "{y}-{m:02d}-{d:02d}"]
    if us:
        fs = ["{m:02d}/{d:02d}/{y}", "{m}/{d}/{y}", "{Mc} {d}, {y}", "{m}-{d}-{yy:02d}"]
    sfx = "th" if 10 < d < 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
    M = MONTHS[m - 1]
    return R.choice(fs).format(d=d, m=m, y=y, yy=y % 100, sfx=sfx, M=M.capitalize()[:R.choice([3, 9])],
                               Mc=M.capitalize())


def say_year(y):
    if y >= 2000:
        r = y - 2000
        return R.choice(["two thousand and " + (UNIT_W[r] if r < 10 else (two_digit(str(r), {}) or TENS_W[r // 10])),
                         "two thousand " + (UNIT_W[r] if r < 10 else (two_digit(str(r), {}) or TENS_W[r // 10]))]) if r else "two thousand"
    hi, lo = divmod(y, 100)
    lo_s = ("oh " + UNIT_W[lo]) if lo < 10 else (two_digit("%02d" % lo, {}) or TENS_W[lo // 10])
    return R.choice([TEEN_W[hi - 10] + " " + lo_s, lo_s]) if y >= 1940 else TEEN_W[hi - 10] + " " + lo_s


def spoken_dob(dob):
    d, m, y = dob
    M = MONTHS[m - 1]
    f = R.choice(["{o} of {M} {y}", "the {o} of {M} {y}", "{M} the {o} {y}", "{o} {M} {y}",
                  "{M} {o}, {y}", "{dd} {mm} {y}"])
    dd = unit(str(d), {}) if d < 10 else (two_digit(str(d), {}) or TENS_W[d // 10])
    mm = UNIT_W[m] if m < 10 else TEEN_W[m - 10]
    return f.format(o=ORD[d - 1], M=M, y=say_year(y), dd=dd, mm=mm)


def make_expiry():
    return R.randint(1, 12), R.randint(25, 33)


def typed_expiry(e):
    m, y = e
    return R.choice(["{m:02d}/{y}", "{m:02d}/{y}", "{m}/{y}", "{m:02d}/20{y}", "{m:02d}-{y}",
                     "{m:02d}{y}", "{M} 20{y}", "{m:02d} / {y}"]).format(m=m, y=y, M=MONTHS[m - 1].capitalize()[:3])


def spoken_expiry(e):
    m, y = e
    mm = ("oh " + UNIT_W[m]) if m < 10 else TEEN_W[m - 10]
    yy = two_digit(str(y), {}) or TENS_W[y // 10]
    return R.choice(["{mm} {yy}", "{mm} slash {yy}", "{M} {yy}", "{M} twenty {yy}",
                     "{M} two thousand and {yy}", "{mm} {yy}"]).format(mm=mm, yy=yy, M=MONTHS[m - 1])


def make_address(region="uk"):
    if region == "us":
        n = str(R.randint(10, 9899))
        s = R.choice(US_STREETS)
        apt = R.choice(["", "", ", Apt %d" % R.randint(1, 40), " Unit %s" % R.choice("ABCD") + str(R.randint(1, 9)), " #%d" % R.randint(2, 30)])
        return n, s, apt
    n = str(R.randint(1, 220))
    s = R.choice(UK_STREETS if region == "uk" else IE_STREETS)
    flat = R.choice(["", "", "", "Flat %d, " % R.randint(1, 30), "Flat %s, " % (str(R.randint(1, 9)) + R.choice("ABC")), "Apartment %d, " % R.randint(1, 60)])
    return n, s, flat


def number_words(n):
    n = int(n)
    if n < 10:
        return UNIT_W[n]
    if n < 20:
        return TEEN_W[n - 10]
    if n < 100:
        return TENS_W[n // 10] + ("" if n % 10 == 0 else " " + UNIT_W[n % 10])
    h, r = divmod(n, 100)
    return UNIT_W[h] + " hundred" + ("" if r == 0 else " and " + number_words(r))


# ---------------------------------------------------------------- normalisers
U = {w: str(i) for i, w in enumerate(UNIT_W)}
U.update({"oh": "0", "o": "0", "nought": "0", "zero": "0"})
T = {w: str(i + 10) for i, w in enumerate(TEEN_W)}
TN = {v: str(k) for k, v in TENS_W.items()}
NATO_R = {v: k for k, v in NATO.items()}
NATO_R.update({"alfa": "A", "juliett": "J", "whisky": "W"})
FILL_SET = set(FILLERS) | {"ah", "hmm"}
SKIP = {"dash", "hyphen", "space", "slash", "plus", "and"}


def norm_alnum(text):
    toks = re.findall(r"[A-Za-z0-9]+", text)
    low = [t.lower() for t in toks]
    out = []
    i, n = 0, len(toks)
    while i < n:
        t = low[i]
        nx = low[i + 1] if i + 1 < n else ""
        # letter + "for"/"as in"/"like" + NATO word of the same letter
        if len(t) == 1 and t.isalpha():
            for link in (["for"], ["as", "in"], ["like"]):
                k = len(link)
                if low[i + 1:i + 1 + k] == link and i + 1 + k < n and NATO_R.get(low[i + 1 + k]) == t.upper():
                    out.append(t.upper())
                    i += 2 + k
                    break
            else:
                link = None
            if link is not None:
                continue
        if t in FILL_SET or t in SKIP:
            i += 1
            continue
        if t in ("double", "triple") and nx in U:
            out.append(U[nx] * (2 if t == "double" else 3))
            i += 2
            continue
        if t in U and t not in ("o", "oh", "zero", "nought") and nx == "hundred":
            out.append(U[t])
            i += 2
            if i < n and low[i] == "and":
                i += 1
            nn = low[i] if i < n else ""
            if nn in T:
                out.append(T[nn]); i += 1
            elif nn in TN:
                nn2 = low[i + 1] if i + 1 < n else ""
                if nn2 in U and nn2 not in ("o", "oh", "zero", "nought"):
                    out.append(TN[nn] + U[nn2]); i += 2
                else:
                    out.append(TN[nn] + "0"); i += 1
            elif nn in U and nn not in ("o", "oh", "zero", "nought"):
                out.append("0" + U[nn]); i += 1
            else:
                out.append("00")
            continue
        if t in U and t not in ("o", "oh", "zero", "nought") and nx == "thousand":
            out.append(U[t])
            i += 2
            if i < n and low[i] == "and":
                i += 1
            nn = low[i] if i < n else ""
            nn2 = low[i + 1] if i + 1 < n else ""
            if nn in T:
                out.append("0" + T[nn]); i += 1
            elif nn in TN:
                if nn2 in U and nn2 not in ("o", "oh", "zero", "nought"):
                    out.append("0" + TN[nn] + U[nn2]); i += 2
                else:
                    out.append("0" + TN[nn] + "0"); i += 1
            elif nn in U and nn not in ("o", "oh", "zero", "nought"):
                out.append("00" + U[nn]); i += 1
            else:
                out.append("000")
            continue
        if t in U:
            out.append(U[t]); i += 1; continue
        if t in T:
            out.append(T[t]); i += 1; continue
        if t in TN:
            if nx in U and nx not in ("o", "oh", "zero", "nought"):
                out.append(TN[t] + U[nx]); i += 2
            else:
                out.append(TN[t] + "0"); i += 1
            continue
        if t in NATO_R:
            out.append(NATO_R[t]); i += 1; continue
        if t.isdigit() or len(t) == 1 or re.match(r"^[a-z0-9]+$", t) and re.search(r"\d", t) or t.isupper() or toks[i].isupper():
            out.append(toks[i].upper()); i += 1; continue
        out.append("?" + t + "?")
        i += 1
    return "".join(out)


def norm_email(text):
    toks = re.findall(r"[a-z0-9]+|[@._-]", text.lower())
    mp = {"dot": ".", "at": "@", "underscore": "_", "dash": "-", "hyphen": "-"}
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        if t in FILL_SET:
            i += 1
            continue
        if len(t) == 1 and t.isalpha() and i + 2 < len(toks) and toks[i + 1] == "for" and NATO_R.get(toks[i + 2]) == t.upper():
            out.append(t); i += 3; continue
        if len(t) == 1 and t.isalpha() and i + 3 < len(toks) and toks[i + 1:i + 3] == ["as", "in"] and NATO_R.get(toks[i + 3]) == t.upper():
            out.append(t); i += 4; continue
        if t in mp:
            out.append(mp[t])
        elif t in U:
            out.append(U[t])
        elif t in T:
            out.append(T[t])
        elif t in TN:
            if i + 1 < len(toks) and toks[i + 1] in U:
                out.append(TN[t] + U[toks[i + 1]]); i += 1
            else:
                out.append(TN[t] + "0")
        else:
            out.append(t)
        i += 1
    return "".join(out)


NI_RE = re.compile(r"^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$")
UKPC_RE = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[ABD-HJLNP-UW-Z]{2}$")
EMAIL_RE = re.compile(r"^[a-z0-9._+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$")
MONTH_RE = re.compile(r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b", re.I)


def validate(typ, text):
    """Return None if the value text is a valid instance of typ, else a reason."""
    low = text.lower()
    if typ == "EMAIL":
        v = norm_email(text)
        return None if EMAIL_RE.match(v) else "bad email " + v
    if typ == "ADDRESS":
        words = set(re.findall(r"[a-z]+", low))
        has_num = re.search(r"\d", low) or (words & (set(UNIT_W) | set(TEEN_W) | set(TENS_W.values())))
        return None if has_num and words & STREET_WORDS else "bad address"
    if typ in ("DOB", "EXPIRY"):
        if MONTH_RE.search(low):
            return None if re.search(r"\d|" + "|".join(UNIT_W + TEEN_W + list(TENS_W.values())), low) else "no year"
        v = norm_alnum(text)
        if not v.isdigit():
            return "bad date " + v
        if typ == "EXPIRY":
            return None if len(v) in (3, 4, 6) and 1 <= int(v[:2] if len(v) != 3 else v[0]) <= 12 else "bad expiry " + v
        return None if 4 <= len(v) <= 8 else "bad dob " + v
    v = norm_alnum(text)
    if typ == "CARD_NUMBER":
        return None if v.isdigit() and 13 <= len(v) <= 19 and luhn_ok(v) else "bad card " + v
    if typ == "CVV":
        return None if v.isdigit() and len(v) in (3, 4) else "bad cvv " + v
    if typ == "SSN":
        return None if v.isdigit() and len(v) == 9 and v[:3] not in ("000", "666") and v[0] != "9" else "bad ssn " + v
    if typ == "NI_NUMBER":
        typed = re.sub(r"[^A-Za-z0-9]", "", text).upper() if re.search(r"\d", text) else ""
        return None if NI_RE.match(v) or NI_RE.match(typed) else "bad ni " + v
    if typ == "SORT_CODE":
        return None if v.isdigit() and len(v) == 6 else "bad sort " + v
    if typ == "BANK_ACCOUNT":
        return None if v.isdigit() and 6 <= len(v) <= 17 else "bad acct " + v
    if typ == "IBAN":
        if not re.search(r"[a-z]{3,}", re.sub(r"\b(" + "|".join(NATO_R) + r"|for|as|in)\b", "", low)) or text == text.lower():
            v2 = re.sub(r"[^A-Za-z0-9]", "", text).upper()
            if re.match(r"^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$", v2) and iban_mod97(v2):
                return None
        return None if re.match(r"^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$", v) and iban_mod97(v) else "bad iban " + v
    if typ == "PHONE":
        return None if v.isdigit() and 10 <= len(v) <= 13 else "bad phone " + v
    if typ == "POSTCODE":
        return None if UKPC_RE.match(v) or re.match(r"^\d{5}(\d{4})?$", v) else "bad postcode " + v
    return "unknown type"


# ---------------------------------------------------------------- case builder
class Case:
    def __init__(self, kind):
        self.kind = kind
        self.turns = []
        self.groups = {}

    def g(self, typ, mode="full", of=None):
        gid = len(self.groups)
        self.groups[gid] = {"type": typ, "mode": mode, "of": of}
        return gid

    def t(self, speaker, *segs):
        self.turns.append((speaker, segs))

    def cu(self, *segs):
        self.t("customer", *segs)

    def ag(self, *segs):
        self.t("agent", *segs)

    def build(self):
        turns, spans, pieces = [], [], {}
        for ti, (spk, segs) in enumerate(self.turns):
            text = ""
            for s in segs:
                if isinstance(s, str):
                    text += s
                else:
                    val, gid = s
                    start = len(text)
                    text += val
                    spans.append({"turn": ti, "start": start, "end": len(text),
                                  "type": self.groups[gid]["type"]})
                    pieces.setdefault(gid, []).append(val)
            turns.append({"speaker": spk, "text": text})
        return turns, spans, pieces


def V(val, gid):
    return (val, gid)


def fill():
    return R.choice(["", "", "", "um ", "uh ", "er ", "so ", "erm, "])


# ---------------------------------------------------------------- positive templates
def p_card_chat(c):
    ind = R.choice(["retail", "travel", "telecom", "utilities"])
    num, e, cvv = make_card(), make_expiry(), None
    cvv = rdig(4 if len(num) == 15 and num[:2] in ("34", "37") else 3)
    g1, g2, g3 = c.g("CARD_NUMBER"), c.g("EXPIRY"), c.g("CVV")
    c.ag(R.choice(["Thanks for holding. ", "", "Hi there! "]),
         R.choice(["To take the payment I'll need the long number on the card please.",
                   "Can you pop the card details in the chat?", "What card would you like to use?"]))
    lab = R.choice(["card no: ", "Card number - ", "its ", "", "cc# ", "card: ", "here u go ", "crad no. ", "CARD NUMBER: "])
    elab = R.choice([" exp ", ", expiry ", " expires ", " exp: ", " valid thru ", " / "])
    clab = R.choice([" cvv ", " cvc: ", ", security code ", " sec code ", " and the 3 digits on back are "])
    c.cu(lab, V(typed_card(num), g1), elab, V(typed_expiry(e), g2), clab, V(cvv, g3))
    c.ag("Thank you, that's gone through. You'll get a confirmation e-mail shortly.")
    return "typed chat card payment (%s): card, expiry, cvv" % ind


def p_card_asr_split(c):
    num = make_card(R.choice(["visa", "mc", "disc"]))
    gs = chunks(num, [4, 4, 4, 4])
    st = spk_style(("single", "single", "pair", "hundred"))
    g = c.g("CARD_NUMBER")
    c.ag("okay and the long card number when you're ready")
    c.cu(fill(), "right it's ", V(say_number(gs[0], [len(gs[0])], st), g))
    c.ag(R.choice(["mhm", "yep", "go on", "okay"]))
    c.cu(V(say_number(gs[1], [len(gs[1])], st), g))
    c.ag(R.choice(["mhm", "yeah", "uh huh"]))
    c.cu(V(say_number(gs[2], [len(gs[2])], st, 0.5), g), R.choice(["", " then"]))
    c.ag(R.choice(["go on", "and the last four", "lovely"]))
    c.cu(V(say_number(gs[3], [len(gs[3])], st), g))
    note = "asr card split over four customer turns with back-channels"
    if R.random() < 0.6:
        g2 = c.g("CARD_NUMBER")
        c.ag("let me just read that back, ", V(say_number(num, [4, 4, 4, 4], spk_style()), g2), " is that right")
        c.cu("yes that's it")
        note += ", agent read-back"
    if R.random() < 0.7:
        ge = c.g("EXPIRY")
        c.ag("and the expiry")
        c.cu(fill(), V(spoken_expiry(make_expiry()), ge))
        note += ", spoken expiry"
    return note


def p_card_restart(c):
    num = make_card()
    old = make_card()
    st = spk_style(("single", "pair"))
    gfrag = c.g("CARD_NUMBER", "partial", None)
    g = c.g("CARD_NUMBER")
    c.ag(R.choice(["can i take the card number please", "so what's the card number", "ready when you are with the card"]))
    frag = old[:R.choice([4, 6, 8])]
    c.cu("yeah it's ", V(say_number(frag, [4] * (len(frag) // 4) + ([len(frag) % 4] if len(frag) % 4 else []), st), gfrag),
         R.choice([" no wait that's the old one hang on", " oh sorry no that's my husband's card", " hold on wrong card"]))
    c.ag(R.choice(["no problem take your time", "that's fine", "no rush"]))
    gs = card_groups(num)
    cut = R.randint(1, len(gs) - 1)
    first = num[:sum(gs[:cut])]
    second = num[sum(gs[:cut]):]
    c.cu("okay ", fill(), "so it's ", V(say_number(first, gs[:cut], st, 0.4), g),
         R.choice([", sorry the numbers are worn off a bit, ", " ... hang on the dog's barking ... ", ", can you hear me? yeah okay, "]),
         V(say_number(second, gs[cut:], st, 0.4), g))
    gc = c.g("CVV")
    c.ag("thank you and the three digit code on the back")
    cv = rdig(4 if len(num) == 15 else 3)
    c.cu(V(say_number(cv, [len(cv)], spk_style(("single", "hundred"))), gc))
    c.f_partial = (gfrag, old)
    return "restarted card reading: abandoned fragment of another card labelled, aside splits the value"


def p_card_email(c):
    num = make_card()
    e = make_expiry()
    g, ge = c.g("CARD_NUMBER"), c.g("EXPIRY")
    name = R.choice(FIRST).capitalize() + " " + R.choice(LAST).capitalize()
    c.cu("Subject: Re: booking %s\n\nHi,\n\nPlease charge the balance to my card as discussed.\n" % rdig(6),
         R.choice(["Card: ", "CARD NO ", "Long number: ", "Visa - ", "Number:"]), V(typed_card(num), g),
         R.choice(["\nExp: ", "\nExpiry date ", "\nEXP. ", "  Exp "]), V(typed_expiry(e), ge),
         "\nName on card: %s\n\nThanks,\n%s" % (name, name.split()[0]))
    c.ag("Thanks %s, we have charged the outstanding amount and removed the card details from our system." % name.split()[0])
    return "e-mail with card and expiry in labelled lines"


def p_card_amex(c):
    num = make_card("amex")
    st = spk_style(("pair", "hundred", "single"))
    g, g2 = c.g("CARD_NUMBER"), c.g("CARD_NUMBER", "suffix", 0)
    c.ag("and what card are you using today")
    c.cu("it's an amex so the number's a bit different ", V(say_number(num, [4, 3, 3, 3, 2], st, 0.3), g))
    c.ag("thank you so that's the card ending ", V(" ".join(unit(d, {"zero": "oh"}) for d in num[-4:]), g2), " yes?")
    c.cu("that's right")
    return "amex in pairs/hundreds; last-four read-back labelled because full card read in same case"


def p_card_correction(c):
    num = make_card(R.choice(["visa", "mc"]))
    wrong = list(num)
    k = R.randint(5, 11)
    wrong[k] = str((int(wrong[k]) + R.randint(1, 8)) % 10)
    wrong = "".join(wrong)
    g, gw, gfix = c.g("CARD_NUMBER"), c.g("CARD_NUMBER", "noisy"), c.g("CARD_NUMBER", "partial", 0)
    st = spk_style(("single",))
    c.cu("card number is ", V(say_number(num, [4, 4, 4, 4], st, 0.2), g))
    c.ag("so i've got ", V(say_number(wrong, [4, 4, 4, 4], st), gw))
    blk = (k // 4) * 4
    c.cu("no the ", R.choice(["third", "second", "middle"]) if blk else "first", " bit is ", V(say_number(num[blk:blk + 4], [4], st), gfix))
    c.ag("apologies, got it now")
    return "agent misreads card, customer corrects one block; all readings labelled"


def p_ssn_typed(c):
    ssn = make_ssn()
    fmt = R.choice(["{0}-{1}-{2}", "{0} {1} {2}", "{0}{1}{2}", "{0}-{1}-{2}", "{0}.{1}.{2}"])
    s = fmt.format(ssn[:3], ssn[3:5], ssn[5:])
    g = c.g("SSN")
    ind = R.choice(["healthcare billing", "insurance", "banking", "government services"])
    c.ag(R.choice(["For verification I need your Social Security number.", "Can you confirm the SSN on the account?",
                   "Please provide the patient's social to locate the bill."]))
    lab = R.choice(["SSN: ", "ssn is ", "my social is ", "Social - ", "", "SS# ", "soc sec no. "])
    segs = [lab, V(s, g)]
    note = "typed US SSN (%s)" % ind
    if R.random() < 0.6:
        gd = c.g("DOB")
        segs += [R.choice([" and DOB ", ", born ", " d.o.b. ", " / dob: "]), V(typed_dob(make_dob(), us=True), gd)]
        note += " with DOB"
    if R.random() < 0.4:
        gz = c.g("POSTCODE")
        segs += [R.choice([", zip ", " zip code ", " ZIP: "]), V(make_zip(), gz)]
        note += " and ZIP"
    c.cu(*segs)
    c.ag("Thank you, I've located the account.")
    return note


def p_ssn_asr(c):
    ssn = make_ssn()
    st = spk_style(("single", "single", "pair", "hundred"))
    g = c.g("SSN")
    c.ag(R.choice(["and can i get the social", "i'll need your social security number to verify", "what's the ssn on the policy"]))
    if R.random() < 0.5:
        c.cu(fill(), V(say_number(ssn[:3], [3], st), g))
        c.ag(R.choice(["okay", "mhm", "go ahead"]))
        c.cu(V(say_number(ssn[3:5], [2], st), g), R.choice(["", " then"]))
        c.ag(R.choice(["mhm", "yep"]))
        c.cu(V(say_number(ssn[5:], [4], st, 0.3), g))
        note = "asr SSN split 3/2/4 over customer turns"
    else:
        c.cu("yeah it's ", V(say_number(ssn, [3, 2, 4], st, 0.4), g), R.choice(["", " i think", " yeah"]))
        note = "asr SSN in one turn with fillers"
    if R.random() < 0.5:
        g2 = c.g("SSN")
        c.ag("thanks so that's ", V(say_number(ssn, [3, 2, 4], spk_style()), g2))
        c.cu("correct")
        note += ", agent read-back"
    if R.random() < 0.4:
        gd = c.g("DOB")
        c.ag("and your date of birth")
        c.cu(V(spoken_dob(make_dob()), gd))
        note += ", spoken DOB"
    return note


def p_ni_typed(c):
    ni = make_ni()
    f = R.choice(["{p} {a} {b} {c} {s}", "{p}{a}{b}{c}{s}", "{p}{a}{b}{c} {s}", "{p} {a}{b}{c} {s}"])
    s = f.format(p=ni[:2], a=ni[2:4], b=ni[4:6], c=ni[6:8], s=ni[8])
    if R.random() < 0.3:
        s = s.lower()
    g = c.g("NI_NUMBER")
    c.ag(R.choice(["Could you confirm your National Insurance number please?",
                   "To check your entitlement I need your NI number.", "What's your NINO?"]))
    segs = [R.choice(["NI no: ", "its ", "NINO ", "national insurance: ", "", "ni number is "]), V(s, g)]
    note = "typed UK NI number"
    if R.random() < 0.5:
        gd = c.g("DOB")
        segs += [R.choice([" and my dob is ", ", DOB ", " born "]), V(typed_dob(make_dob()), gd)]
        note += " + DOB"
    if R.random() < 0.5:
        a, pc = make_uk_postcode()
        gp = c.g("POSTCODE")
        segs += [R.choice([", postcode ", " and postcode is ", ". pc "]), V(pc if R.random() < 0.7 else pc.lower().replace(" ", ""), gp)]
        note += " + postcode"
    c.cu(*segs)
    c.ag("Thanks, that matches our records.")
    return note


def p_ni_asr(c):
    ni = make_ni()
    st = spk_style(("single", "pair"))
    g = c.g("NI_NUMBER")
    c.ag(R.choice(["and your national insurance number please", "can i take your n i number", "what's the national insurance number"]))
    pre = say_letter(ni[0], 0.6) + " " + say_letter(ni[1], 0.6)
    mid = say_number(ni[2:8], [2, 2, 2], st, 0.3)
    suf = say_letter(ni[8], 0.6)
    if R.random() < 0.5:
        c.cu("it's ", V(pre, g))
        c.ag(R.choice(["mhm", "yep", "okay"]))
        c.cu(V(mid, g))
        c.ag(R.choice(["go on", "and the letter at the end"]))
        c.cu(V(suf, g))
        note = "asr NI with NATO/letters, split across turns"
    else:
        c.cu(fill(), V(pre + " " + mid + " " + suf, g))
        note = "asr NI in one turn"
    if R.random() < 0.5:
        g2 = c.g("NI_NUMBER")
        c.ag("lovely that's ", V(say_alnum(ni, spk_style(), 0.3), g2))
        note += ", read-back"
    return note


def p_bank_typed(c):
    region = R.choice(["uk", "uk", "us", "ie"])
    note = "typed bank details (%s)" % region
    ga = c.g("BANK_ACCOUNT")
    if region == "uk":
        acct, sc = rdig(8), rdig(6, True)
        gs = c.g("SORT_CODE")
        scs = R.choice(["{0}-{1}-{2}", "{0} {1} {2}", "{0}{1}{2}", "{0}.{1}.{2}"]).format(sc[:2], sc[2:4], sc[4:])
        c.cu(R.choice(["Please change my direct debit to acct no: ", "new account number ", "A/C ", "acount numbr ", "ACC NO. "]), V(acct, ga),
             R.choice([" sort code ", ", s/c ", " SC: ", " sortcode "]), V(scs, gs))
    elif region == "us":
        acct = rdig(R.choice([9, 10, 12]), True)
        c.cu(R.choice(["Routing is 021000021 and acct # is ", "checking account number: ", "acct "]), V(acct, ga),
             ". please set up autopay.")
        note += ", routing number unlabelled (bank code, not personal)"
    else:
        acct, sc = rdig(8), "9" + rdig(5)
        gs = c.g("SORT_CODE")
        c.cu("Account: ", V(acct, ga), " NSC: ", V(sc[:2] + "-" + sc[2:4] + "-" + sc[4:], gs))
    c.ag("Thanks, your new bank details will be used from the next collection.")
    return note


def p_bank_asr(c):
    acct, sc = rdig(8), rdig(6, True)
    ga, gs = c.g("BANK_ACCOUNT"), c.g("SORT_CODE")
    st = spk_style(("single", "pair"))
    c.ag("okay and the sort code of the new account")
    c.cu(fill(), V(say_number(sc, [2, 2, 2], spk_style(("pair", "pair", "single")), 0.2), gs))
    c.ag(R.choice(["and the account number", "lovely and the account number", "got that, account number?"]))
    if R.random() < 0.5:
        c.cu(V(say_number(acct[:4], [4], st), ga))
        c.ag(R.choice(["mhm", "yep"]))
        c.cu(V(say_number(acct[4:], [4], st, 0.3), ga))
        note = "asr sort code then account split across turns"
    else:
        c.cu("it's ", V(say_number(acct, [4, 4], st, 0.3), ga))
        note = "asr sort code and account"
    if R.random() < 0.5:
        g2, g3 = c.g("SORT_CODE"), c.g("BANK_ACCOUNT")
        c.ag("so sort code ", V(say_number(sc, [2, 2, 2], spk_style()), g2), " account ", V(say_number(acct, [4, 4], spk_style()), g3))
        note += ", read-back of both"
    return note


def p_iban_typed(c):
    ib = make_iban()
    g = c.g("IBAN")
    s = R.choice([" ".join(chunks(ib, [4] * 9)), ib, " ".join(chunks(ib, [4] * 9)).lower(), "-".join(chunks(ib, [4] * 9))])
    c.cu(R.choice(["Please refund to IBAN ", "my iban is ", "IBAN: ", "Bank: IBAN ", "refund to "]), V(s, g),
         R.choice(["", " thanks", "."] + ([", BIC %sIE2D" % ib[4:8], " (BIC %sIE2D)" % ib[4:8]] if ib[:2] == "IE" else [])))
    c.ag("Thank you, the refund will be issued within 5 working days.")
    return "typed IBAN (%s) for refund; BIC left unlabelled" % ib[:2]


def p_iban_asr(c):
    ib = make_iban(R.choice(["GB", "IE", "NL", "DE"]))
    g = c.g("IBAN")
    st = spk_style(("single", "pair"))
    parts = chunks(ib, [4] * 9)
    c.ag("could you read me the iban please")
    cut = R.randint(2, len(parts) - 2)
    c.cu("yes it's ", V(say_alnum("".join(parts[:cut]), st, 0.5), g))
    c.ag(R.choice(["mhm", "okay go on", "yep"]))
    c.cu(fill(), V(say_alnum("".join(parts[cut:]), st, 0.5), g))
    return "asr IBAN with letters/NATO, split across two customer turns"


def p_phone(c):
    p = make_phone()
    g = c.g("PHONE")
    if R.random() < 0.45:
        c.ag(R.choice(["What's the best number to reach you on?", "Can you confirm a contact number?"]))
        tp = typed_phone(p)
        if tp.startswith("+") and R.random() < 0.3 and p[0] != "+1":
            tp = "00" + tp[1:]
        plus = "+" if tp.startswith("+") else ""
        c.cu(R.choice(["mob: ", "call me on ", "its ", "Tel ", "", "my cell is ", "ph. "]), plus, V(tp[len(plus):], g),
             R.choice(["", " after 6pm", " thx", ", landline not working"]))
        note = "typed phone %s" % (p[0] or "national")
    else:
        c.ag(R.choice(["and a contact number", "what number can we reach you on", "and the mobile number on the account"]))
        if R.random() < 0.4:
            digs = p[1]
            half = p[2][0]
            c.cu(fill(), "it's ", V(("plus " + " ".join(UNIT_W[int(x)] for x in p[0][1:]) + " " if p[0] else "") + singles(digs[:half], spk_style()), g))
            c.ag(R.choice(["mhm", "yep"]))
            c.cu(V(say_number(digs[half:], p[2][1:], spk_style(("single", "pair"))), g))
            note = "asr phone split across turns"
        else:
            c.cu(fill(), "yeah it's ", V(spoken_phone(p), g))
            note = "asr phone %s" % (p[0] or "national")
        if R.random() < 0.5:
            g2 = c.g("PHONE")
            c.ag("that's ", V(spoken_phone(p, 0), g2), " yeah?")
            c.cu("yes")
            note += ", read-back"
    return note


def p_email(c):
    e = make_email()
    g = c.g("EMAIL")
    if R.random() < 0.4:
        s = e if R.random() < 0.7 else e.upper() if R.random() < 0.3 else e.capitalize()
        c.cu(R.choice(["email: ", "send it to ", "My e-mail is ", "pls update email to ", ""]), V(s, g),
             R.choice(["", " thanks", ".", " - not the old hotmail one"]))
        note = "typed email"
    else:
        c.ag(R.choice(["and the email address", "what email shall we send the confirmation to"]))
        sp = say_email(e)
        if R.random() < 0.4 and " at " in sp:
            a, b = sp.split(" at ", 1)
            c.cu("it's ", V(a, g))
            c.ag(R.choice(["mhm", "yep", "at"]))
            c.cu(V("at " + b, g))
            note = "asr email split at the @ across turns"
        else:
            c.cu(fill(), V(sp, g))
            note = "asr spoken email"
    if R.random() < 0.3:
        g2 = c.g("EMAIL")
        c.ag("so that's ", V(say_email(e), g2))
        note += ", read-back"
    return note


def p_address(c):
    region = R.choice(["uk", "uk", "us", "ie"])
    n, s, extra = make_address(region)
    ga = c.g("ADDRESS")
    if region == "us":
        city, stt = R.choice(US_CITIES)
        gz = c.g("POSTCODE")
        addr = n + " " + s + extra
        c.cu(R.choice(["Ship to ", "New address: ", "I moved to ", "address is "]), V(addr, ga),
             ", %s, %s " % (city, stt), V(make_zip(), gz))
    elif region == "uk":
        area, pc = make_uk_postcode()
        gp = c.g("POSTCODE")
        addr = extra + n + " " + s
        c.cu(R.choice(["Address: ", "please send the meter engineer to ", "I'm at ", "Delivery address "]), V(addr, ga),
             ", %s, " % UK_TOWNS[area], V(pc if R.random() < 0.8 else pc.replace(" ", ""), gp))
    else:
        addr = extra + n + " " + s
        c.cu(R.choice(["my address is ", "Address: "]), V(addr, ga), ", %s" % R.choice(["Cork", "Galway", "Limerick", "Drumcondra, Dublin"]))
    c.ag("Thanks, I've updated the address on file.")
    return "typed address (%s), town unlabelled" % region


def p_address_asr(c):
    n, s, extra = make_address("uk")
    ga = c.g("ADDRESS")
    area, pc = make_uk_postcode()
    gp = c.g("POSTCODE")
    street = s.lower()
    num = number_words(n)
    pre = ""
    if extra.startswith("Flat"):
        pre = "flat " + number_words(re.findall(r"\d+", extra)[0]) + " "
    c.ag("can you confirm the first line of the address and the postcode")
    c.cu(fill(), "yeah it's ", V(pre + num + " " + street, ga), " ", UK_TOWNS[area].lower(),
         R.choice([" and the postcode is ", ", postcode "]), V(say_alnum(pc.replace(" ", ""), spk_style(), 0.4), gp))
    note = "asr address + spoken postcode"
    if R.random() < 0.4:
        g2 = c.g("POSTCODE")
        c.ag("so ", V(say_alnum(pc.replace(" ", ""), spk_style(), 0.7), g2), " perfect")
        note += ", postcode read-back with NATO"
    return note


def p_idv(c):
    ind = R.choice(["telecom", "energy supplier", "insurer", "bank"])
    gd, gp = c.g("DOB"), c.g("POSTCODE")
    area, pc = make_uk_postcode()
    c.ag("before i go into the account can i take your date of birth")
    c.cu(fill(), "it's ", V(spoken_dob(make_dob()), gd))
    c.ag("and the postcode")
    c.cu(V(say_alnum(pc.replace(" ", ""), spk_style(), 0.3), gp))
    c.ag("thank you and is that still the card ending ", " ".join(unit(d, {"zero": "oh"}) for d in rdig(4)), " for the direct debit")
    c.cu("yeah it is")
    return "ID&V (%s): DOB, postcode; card last-four alone NOT labelled" % ind


def p_dob_typed(c):
    gd = c.g("DOB")
    us = R.random() < 0.4
    c.cu(R.choice(["DOB ", "date of birth: ", "born ", "dob - ", "d.o.b "]), V(typed_dob(make_dob(), us), gd),
         R.choice(["", ", policy holder", " (my son's)", " thanks"]))
    c.ag("Thanks, you're verified.")
    return "typed DOB (%s format)" % ("US" if us else "UK/EU")


def p_mixed_call(c):
    """Longer ASR call mixing several types with small-talk asides."""
    ind = R.choice(["travel", "insurance", "utilities", "retail"])
    num, e = make_card(R.choice(["visa", "mc"])), make_expiry()
    p = make_phone(R.choice(["uk_mob", "ie", "us"]))
    gp, gc, ge, gcv = c.g("PHONE"), c.g("CARD_NUMBER"), c.g("EXPIRY"), c.g("CVV")
    c.ag("thanks for calling, can i take a contact number in case we get cut off")
    c.cu(V(spoken_phone(p), gp), " ", R.choice(["sorry i'm on the train", "", "it's my work phone"]))
    c.ag("great and to pay the excess today what card would you like to use")
    st = spk_style(("single", "pair", "hundred"))
    c.cu("visa debit ", V(say_number(num, [4, 4, 4, 4], st, 0.3), gc))
    c.ag("expiry date")
    c.cu(V(spoken_expiry(e), ge))
    c.ag("and the security number")
    cv = rdig(3)
    c.cu(V(say_number(cv, [3], spk_style(("single", "hundred"))), gcv), R.choice(["", " that's the last three on the back yeah"]))
    c.ag("thanks so that's ninety nine pounds taken and your reference is ", " ".join(unit(d, {}) for d in rdig(8)))
    return "longer asr call (%s): phone, card, expiry, cvv; spoken reference number unlabelled" % ind


POS_TEMPLATES = [p_card_chat, p_card_asr_split, p_card_restart, p_card_email, p_card_amex,
                 p_card_correction, p_ssn_typed, p_ssn_asr, p_ssn_typed, p_ni_typed, p_ni_asr,
                 p_ni_asr, p_bank_typed, p_bank_asr, p_iban_typed, p_iban_asr, p_phone, p_email,
                 p_address, p_address_asr, p_idv, p_dob_typed, p_mixed_call, p_card_chat]


# ---------------------------------------------------------------- negative templates
def spoken_digits(s):
    return " ".join(unit(d, {"zero": R.choice(["oh", "zero"])}) for d in s)


def n_amounts(c):
    bal = "%d,%03d.%02d" % (R.randint(1, 9), R.randint(0, 999), R.randint(0, 99))
    c.ag(R.choice(["Your current balance is ", "The outstanding amount is ", "You owe "]), R.choice(["£", "$", "€"]), bal,
         R.choice([" and the minimum payment is £25.00.", ", due in 14 days.", " including the £12 late fee."]))
    c.cu("wait that's like ", number_words(R.randint(100, 999)), " quid more than last month")
    return "balances and amounts, typed and spoken"


def n_order_luhn(c):
    num = make_card("visa")
    lab = R.choice(["order number", "booking reference", "tracking number", "invoice number", "membership number", "loyalty card number"])
    c.cu("hi my ", lab, " is ", typed_card(num), R.choice(["", " and it still hasn't arrived", "."]))
    c.ag("Thanks, I can see the %s %s on the system." % (lab, num[-6:]))
    return "16-digit Luhn-valid %s (explicitly labelled, not a card)" % lab


def n_spoken_ref_split(c):
    ref = rdig(R.choice([12, 16]))
    lab = R.choice(["claim reference", "case number", "order number", "policy number", "customer reference"])
    st = spk_style(("single", "pair"))
    c.ag("can i take the %s please" % lab)
    c.cu("yeah the %s is " % lab, say_number(ref[:4], [4], st))
    c.ag("mhm")
    c.cu(say_number(ref[4:8], [4], st))
    c.ag("go on")
    c.cu(say_number(ref[8:], [4] * 3, st, 0.3))
    c.ag("thanks i've found the %s" % lab.split()[0])
    return "%s read in card-like blocks over turns (labelled, not PII)" % lab


def n_times(c):
    c.ag(R.choice(["We're open 8am till 8pm Monday to Friday and 9 to 5 on Saturdays.",
                   "lines are open eight till eight weekdays, nine till one on saturday",
                   "The engineer will arrive between 07:30 and 12:00."]))
    c.cu("I've been on hold for ", R.choice(["45 minutes", "forty five minutes", "an hour and twenty minutes", "1h 15m"]),
         R.choice([" already", "!", " it's ridiculous"]))
    return "opening hours, times, durations"


def n_misc_numbers(c):
    c.cu(R.choice(["I'm %d years old and " % R.randint(60, 95), "my mum's eighty seven and ", "we're a family of 5 and "]),
         R.choice(["the heating's stuck at 16 degrees", "it's minus three outside", "the boiler shows 1.2 bar"]),
         ", and you've put the price up by ", R.choice(["9.5%", "twelve percent", "4 point 9 percent"]), ".")
    c.ag("I'm sorry to hear that, I can apply a %d%% discount for the next %d months." % (R.choice([10, 15, 20]), R.choice([3, 6, 12])))
    return "ages, temperatures, percentages, counts"


def n_dates(c):
    y = R.randint(2019, 2026)
    c.ag(R.choice(["Your contract started on 14/03/%d and runs for 24 months." % y,
                   "The payment will be taken on the 28th of each month.",
                   "Your appointment is booked for Tuesday 3rd June between 8 and 1.",
                   "Your next bill is dated %d-09-01." % y, "your fixed tariff ends in march %d." % y]))
    c.cu("ok and I've been with you since ", R.choice(["2009", "two thousand and nine", "nineteen ninety eight", str(y - 6)]))
    return "contract/payment/appointment dates and years"


def n_meter(c):
    c.cu(R.choice(["meter reading is ", "gas reading ", "the electric says "]), R.choice(["04512", "0 4 5 1 2", "oh four five one two", "12345.6"]),
         R.choice([" day and 01873 night", ", and the serial on the meter is E6S12345678901", ""]))
    c.ag("Thanks, I've submitted reading %s." % rdig(5))
    return "meter readings and meter serial"


def n_travel(c):
    c.cu(R.choice(["I'm on flight EI 154", "flight BA283", "my flight's ryanair fr one two three four"]),
         R.choice([" gate 402", " from gate B32", ""]), ", seat ", R.choice(["23C", "fourteen a", "1A"]),
         R.choice([" and I'm staying in room 1412", ", hotel room four one two", ""]), ".")
    c.ag("Thanks, your booking reference is %s." % "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(6)))
    return "flight, gate, seat, room numbers, booking ref"


def n_policy(c):
    lab, val = R.choice([("policy number", "POL-%s" % rdig(8)), ("claim ref", "CLM %s %s %s" % (rdig(4), rdig(3), rdig(3))),
                         ("invoice", "INV-%s" % rdig(9)), ("ticket no.", rdig(12)), ("case number", rdig(8)),
                         ("claim number", "%s-%s-%s" % (rdig(3), rdig(2), rdig(4))), ("customer number", rdig(11, True))])
    c.cu("Hi, re my ", lab, " ", val, R.choice([" - any update?", ", still waiting", "."]))
    c.ag("Thanks, I've looked up %s %s." % (lab, val))
    return "%s with label (SSN/phone-shaped where applicable)" % lab


def n_serial(c):
    c.cu(R.choice(["serial number SN ", "the serial is ", "S/N: "]), "%s-%s-%s" % (rdig(4), rdig(4), rdig(4)),
         R.choice([", model KDL-55W805C", ", model number WM 8400 X", ""]), ".")
    c.ag("Thanks, that unit is still under warranty until %s." % R.choice(["March 2027", "the end of next year"]))
    return "serial and model numbers"


def n_lastfour(c):
    d = rdig(4)
    c.ag(R.choice(["I can see a payment from the card ending ", "is that the card ending in ", "the card on file ends "]),
         R.choice([d, spoken_digits(d)]), R.choice(["?", ", yes?", "."]))
    c.cu(R.choice(["yes the last four are ", "yeah ending ", "no my card ends "]), R.choice([d, spoken_digits(d), rdig(4)]))
    return "card last-four only, no full card in case"


def n_roads(c):
    c.cu(R.choice(["I'm stuck on the M25 near junction 10", "broke down on the A40 by junction 3",
                   "we're on I-95 around exit 42", "heading down the N7 to Naas", "on route 66 near mile marker 210"]),
         ", the car's a ", R.choice(["2018", "twenty nineteen", "2021"]), " model.")
    c.ag("Recovery will be with you in about %d minutes." % R.choice([45, 60, 90]))
    return "road names, junctions, exits, car year"


def n_spoken_amount(c):
    c.ag("so the refund is ", number_words(R.randint(101, 999)), " pounds and ", number_words(R.randint(11, 99)), " pence")
    c.cu("and that goes back in ", R.choice(["three to five", "five", "ten"]), " working days?")
    c.ag("yes within ", R.choice(["five", "seven", "ten"]), " days, and i've added ", R.choice(["twenty", "fifty"]), " pounds credit")
    return "spoken amounts, durations"


def n_tracking(c):
    c.cu(R.choice(["tracking: 1Z999AA1%s" % rdig(10), "parcel ref 0 7 7 0 0 9 0 0 1 2 3", "Royal Mail tracking AB%sGB" % rdig(9),
                   "DPD parcel number 15501%s" % rdig(9)]), R.choice(["", " still says in transit", " - where is it?"]))
    c.ag("It's due with you by %s." % R.choice(["Friday", "6pm today", "the 3rd"]))
    return "tracking numbers (one phone-shaped, labelled as parcel ref)"


def n_counts(c):
    c.cu("I've called ", R.choice(["four", "6", "seven"]), " times this week and spoke to ", R.choice(["three", "2"]),
         " different people, I'm on plan ", R.choice(["B", "50GB", "unlimited 5G"]), " paying ", R.choice(["£35", "thirty five pounds", "€29.99"]), " a month")
    c.ag("I understand, I've noted %s complaints on your account since %s." % (R.choice(["2", "three"]), R.choice(["January", "2023"])))
    return "counts, plan names, prices"


NEG_TEMPLATES = [n_amounts, n_order_luhn, n_spoken_ref_split, n_times, n_misc_numbers, n_dates, n_meter,
                 n_travel, n_policy, n_serial, n_lastfour, n_roads, n_spoken_amount, n_tracking, n_counts,
                 n_order_luhn, n_policy, n_spoken_ref_split]


# ---------------------------------------------------------------- generation / check
N_POS, N_NEG = 216, 108


def generate():
    R.seed(341241125)
    cases, metas = [], []
    for i in range(N_POS):
        c = Case("positive")
        c.f_partial = None
        note = POS_TEMPLATES[i % len(POS_TEMPLATES)](c)
        cases.append((c, "h341-pos-%03d" % (i + 1), note))
    for i in range(N_NEG):
        c = Case("negative")
        c.f_partial = None
        note = NEG_TEMPLATES[i % len(NEG_TEMPLATES)](c)
        cases.append((c, "h341-neg-%03d" % (i + 1), note))
    lines = []
    for c, cid, note in cases:
        turns, spans, pieces = c.build()
        lines.append(json.dumps({"id": cid, "kind": c.kind, "turns": turns, "spans": spans, "note": note},
                                ensure_ascii=False))
        metas.append((cid, c, pieces))
    return "\n".join(lines) + "\n", metas


def check(text, metas):
    errs = []
    ids = set()
    counts = {}
    n_pos = n_neg = 0
    for line, (cid, c, pieces) in zip(text.splitlines(), metas):
        d = json.loads(line)
        if d["id"] in ids:
            errs.append("dup id " + d["id"])
        ids.add(d["id"])
        if d["kind"] == "positive":
            n_pos += 1
            if not d["spans"]:
                errs.append(cid + ": positive without spans")
        else:
            n_neg += 1
            if d["spans"]:
                errs.append(cid + ": negative with spans")
        for t in d["turns"]:
            if t["speaker"] not in ("customer", "agent"):
                errs.append(cid + ": bad speaker")
        byturn = {}
        for s in d["spans"]:
            counts[s["type"]] = counts.get(s["type"], 0) + 1
            if s["type"] not in TYPES:
                errs.append(cid + ": bad type")
            txt = d["turns"][s["turn"]]["text"]
            a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(txt)):
                errs.append(cid + ": offsets out of range")
                continue
            v = txt[a:b]
            if v != v.strip() or not v[0].isalnum() or not v[-1].isalnum():
                errs.append("%s: span not trimmed %r" % (cid, v))
            if a > 0 and txt[a - 1].isalnum() or b < len(txt) and txt[b].isalnum():
                errs.append("%s: span not on word boundary %r" % (cid, v))
            byturn.setdefault(s["turn"], []).append((a, b))
        for sp in byturn.values():
            sp.sort()
            for (a1, b1), (a2, b2) in zip(sp, sp[1:]):
                if a2 < b1:
                    errs.append(cid + ": overlapping spans")
        # value validation per group (a value split across turns is joined first)
        fulls = {}
        for gid, g in c.groups.items():
            val = " ".join(pieces.get(gid, []))
            if not val:
                errs.append("%s: group %d unused" % (cid, gid))
                continue
            if g["mode"] == "full":
                r = validate(g["type"], val)
                if r:
                    errs.append("%s: %s in %r" % (cid, r, val))
                fulls[gid] = norm_alnum(val)
            elif g["mode"] == "partial":
                v = norm_alnum(val)
                src = c.f_partial[1] if c.f_partial and c.f_partial[0] == gid else fulls.get(g["of"], "")
                if not v.isdigit() or v not in src:
                    errs.append("%s: partial %r not in %r" % (cid, v, src))
            elif g["mode"] == "suffix":
                v = norm_alnum(val)
                if not fulls.get(g["of"], "").endswith(v):
                    errs.append("%s: suffix mismatch" % cid)
            elif g["mode"] == "noisy":
                v = norm_alnum(val)
                if not (v.isdigit() and len(v) >= 13):
                    errs.append("%s: noisy reading bad %r" % (cid, v))
    return errs, counts, n_pos, n_neg


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args()
    text, metas = generate()
    if not args.check:
        os.makedirs(os.path.dirname(OUT), exist_ok=True)
        with open(OUT, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
    with open(OUT, encoding="utf-8") as f:
        disk = f.read()
    errs = []
    if disk != text:
        errs.append("cases.jsonl is not byte-identical to a fresh regeneration")
    e2, counts, n_pos, n_neg = check(disk if disk == text else text, metas)
    errs += e2
    mins = {t: 10 for t in TYPES}
    mins.update({"CARD_NUMBER": 70, "SSN": 30, "NI_NUMBER": 30})
    for t, m in mins.items():
        if counts.get(t, 0) < m:
            errs.append("too few %s spans: %d < %d" % (t, counts.get(t, 0), m))
    if n_pos < 200 or n_neg < 100:
        errs.append("too few cases: %d pos, %d neg" % (n_pos, n_neg))
    print("positives=%d negatives=%d spans=%d" % (n_pos, n_neg, sum(counts.values())))
    for t in TYPES:
        print("  %-13s %d" % (t, counts.get(t, 0)))
    if errs:
        for e in errs[:60]:
            print("ERROR:", e)
        print("%d error(s)" % len(errs))
        sys.exit(1)
    print("OK" + (" (--check passed)" if args.check else ""))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Generate the pii_holdout467 held-out PII redaction evaluation set.

Standard library only.  Writes tests/fixtures/pii_holdout467/cases.jsonl.
Every turn is assembled from plain-text segments and labelled value
segments, so span offsets are computed, never typed by hand.

    python scripts/make_pii_holdout467.py           # (re)write the file
    python scripts/make_pii_holdout467.py --check   # regenerate + validate
"""
import argparse
import json
import os
import random
import re
import sys

SEED = 467241125
R = random.Random(SEED)
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "fixtures", "pii_holdout467", "cases.jsonl")

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

# --------------------------------------------------------------------------
# spoken number vocabulary
UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy",
        8: "eighty", 9: "ninety"}
ZERO_WORDS = ["oh", "o", "zero", "nought"]
UNIT_VAL = {w: str(i) for i, w in enumerate(UNITS)}
UNIT_VAL.update({"oh": "0", "o": "0", "nought": "0", "nil": "0"})
TEEN_VAL = {w: str(10 + i) for i, w in enumerate(TEENS)}
TENS_VAL = {w: str(k) for k, w in TENS.items()}
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo",
        "f": "foxtrot", "g": "golf", "h": "hotel", "i": "india", "j": "juliet",
        "k": "kilo", "l": "lima", "m": "mike", "n": "november", "o": "oscar",
        "p": "papa", "q": "quebec", "r": "romeo", "s": "sierra", "t": "tango",
        "u": "uniform", "v": "victor", "w": "whiskey", "x": "xray", "y": "yankee",
        "z": "zulu"}
NATO_REV = {v: k for k, v in NATO.items()}
NATO_REV.update({"alfa": "a", "juliett": "j", "whisky": "w"})
FILLERS = {"um", "uh", "er", "erm", "ah", "hmm", "umm", "uhh", "like", "so", "and",
           "sorry", "yeah", "plus", "then", "ok", "right", "slash"}
FILL_IN = ["um", "uh", "er", "erm", "uh", "umm"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
       "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
       "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth",
       "twenty first", "twenty second", "twenty third", "twenty fourth", "twenty fifth",
       "twenty sixth", "twenty seventh", "twenty eighth"]


def norm(text, mode="code"):
    """Turn a typed or spoken value into a canonical string.
    mode 'code': upper-case letters and digits.  mode 'email': e-mail text."""
    low = text.lower()
    if mode == "email" and "@" in low:
        return re.sub(r"\s+", "", low)
    if mode == "email":
        raw = re.findall(r"[A-Za-z]+|\d+|[._+\-]", text)
    else:
        raw = re.findall(r"[A-Za-z]+|\d+", text)
    toks = [x.lower() for x in raw]
    upper = [len(x) > 1 and x.isupper() for x in raw]
    out = []
    i, n = 0, len(toks)

    def nxt(k):
        return toks[k] if k < n else None

    while i < n:
        t = toks[i]
        if t.isdigit() or t in "._+-":
            out.append(t)
            i += 1
            continue
        if mode == "email" and t in ("dot", "at", "underscore", "dash", "hyphen"):
            out.append({"dot": ".", "at": "@", "underscore": "_", "dash": "-",
                        "hyphen": "-"}[t])
            i += 1
            continue
        if len(t) == 1 and t.isalpha() and (t != "o" or mode == "email"):
            j = i + 1
            if nxt(j) in ("for", "like"):
                j += 1
            elif nxt(j) == "as" and nxt(j + 1) == "in":
                j += 2
            else:
                j = None
            if j is not None and nxt(j) and nxt(j)[0] == t:
                out.append(t)
                i = j + 1
                continue
            if nxt(i + 1) in NATO_REV and NATO_REV[nxt(i + 1)] == t:
                out.append(t)
                i += 2
                continue
            out.append(t)
            i += 1
            continue
        if t in ("double", "triple") and nxt(i + 1) in UNIT_VAL:
            out.append(UNIT_VAL[nxt(i + 1)] * (2 if t == "double" else 3))
            i += 2
            continue
        if t in UNIT_VAL:
            d = UNIT_VAL[t]
            if nxt(i + 1) in ("hundred", "thousand"):
                width = 2 if nxt(i + 1) == "hundred" else 3
                i += 2
                if nxt(i) == "and":
                    i += 1
                rem = ""
                if nxt(i) in TEEN_VAL:
                    rem = TEEN_VAL[nxt(i)]
                    i += 1
                elif nxt(i) in TENS_VAL:
                    rem = TENS_VAL[nxt(i)]
                    i += 1
                    if nxt(i) in UNIT_VAL and UNIT_VAL[nxt(i)] != "0" and nxt(i) in UNITS:
                        rem += UNIT_VAL[nxt(i)]
                        i += 1
                    else:
                        rem += "0"
                elif nxt(i) in UNITS and nxt(i) != "zero":
                    rem = UNIT_VAL[nxt(i)]
                    i += 1
                out.append(d + rem.zfill(width))
                continue
            out.append(d)
            i += 1
            continue
        if t in TEEN_VAL:
            out.append(TEEN_VAL[t])
            i += 1
            continue
        if t in TENS_VAL:
            if nxt(i + 1) in UNITS and nxt(i + 1) != "zero":
                out.append(TENS_VAL[t] + UNIT_VAL[nxt(i + 1)])
                i += 2
            else:
                out.append(TENS_VAL[t] + "0")
                i += 1
            continue
        if t in NATO_REV and mode == "code":
            out.append(NATO_REV[t])
            i += 1
            continue
        if t in FILLERS and not upper[i]:
            i += 1
            continue
        out.append(t)
        i += 1
    s = "".join(out)
    return s if mode == "email" else s.upper()


# --------------------------------------------------------------------------
# speaking helpers

def dw(d, z):
    return z if d == "0" else UNITS[int(d)]


def say_single(s, z, runs=True):
    out, i = [], 0
    while i < len(s):
        d, j = s[i], i
        while j < len(s) and s[j] == d:
            j += 1
        k = j - i
        if runs and k >= 3 and R.random() < 0.6:
            out.append("triple " + dw(d, z))
            i += 3
        elif runs and k >= 2 and R.random() < 0.6:
            out.append("double " + dw(d, z))
            i += 2
        else:
            out.append(dw(d, z))
            i += 1
    return " ".join(out)


def say_pair(p, z):
    a, b = p
    if a == "0":
        return dw("0", z) + " " + dw(b, z)
    if a == "1":
        return TEENS[int(b)]
    return TENS[int(a)] + ("" if b == "0" else " " + UNITS[int(b)])


def say_hund(t, z):
    a, rest = t[0], t[1:]
    if a == "0":
        return dw("0", z) + " " + say_pair(rest, z)
    if rest == "00":
        return UNITS[int(a)] + " hundred"
    if rest[0] == "0":
        return UNITS[int(a)] + " hundred and " + UNITS[int(rest[1])]
    return UNITS[int(a)] + " hundred" + R.choice([" and ", " "]) + say_pair(rest, z)


def say(s, sizes=None, z=None, fill=0.0, mix=0.3, seps=(" ", " ", ", ", "... ")):
    """Speak a digit string in groups; verified to normalise back to s."""
    z = z or R.choice(ZERO_WORDS)
    sizes = sizes or [len(s)]
    parts, i = [], 0
    for k in sizes:
        parts.append(s[i:i + k])
        i += k
    if i < len(s):
        parts.append(s[i:])
    words = []
    for p in parts:
        r = R.random()
        if len(p) % 2 == 0 and r < mix:
            words.append(" ".join(say_pair(p[k:k + 2], z) for k in range(0, len(p), 2)))
        elif len(p) == 3 and r < mix * 1.6:
            words.append(say_hund(p, z))
        else:
            words.append(say_single(p, z))
    out = words[0]
    for w in words[1:]:
        if R.random() < fill:
            out += " " + R.choice(FILL_IN) + " " + w
        else:
            out += R.choice(seps) + w
    if norm(out) != s:
        out = " ".join(say_single(p, z, runs=False) for p in parts)
    assert norm(out) == s, (s, out)
    return out


def say_letters(s, nato=0.5):
    out = []
    for ch in s.lower():
        if ch.isdigit():
            out.append(dw(ch, "zero"))
            continue
        r = R.random()
        if r < nato * 0.45:
            out.append("%s for %s" % (ch, NATO[ch]))
        elif r < nato * 0.7:
            out.append("%s as in %s" % (ch, NATO[ch]))
        elif r < nato:
            out.append(NATO[ch])
        else:
            out.append(ch)
    return " ".join(out)


def chunks(s, sizes):
    out, i = [], 0
    for k in sizes:
        out.append(s[i:i + k])
        i += k
    if i < len(s):
        out.append(s[i:])
    return [c for c in out if c]


# --------------------------------------------------------------------------
# value generators

def digits(n, first_nonzero=False):
    s = "".join(R.choice("0123456789") for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = R.choice("123456789") + s[1:]
    return s


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


def make_card(length=None):
    brands = [("4", 16), ("4", 16), ("4", 16), ("51", 16), ("53", 16), ("55", 16),
              ("2221", 16), ("34", 15), ("37", 15), ("6011", 16), ("4", 13),
              ("6759", 19), ("35", 16)]
    p, n = R.choice(brands)
    if length:
        n = length
    body = p + digits(n - len(p) - 1)
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def card_sizes(c):
    if len(c) == 15:
        return [4, 6, 5]
    if len(c) == 13:
        return R.choice([[4, 4, 5], [4, 3, 3, 3]])
    if len(c) == 19:
        return [4, 4, 4, 4, 3]
    return [4, 4, 4, 4]


def fmt_card(c):
    r = R.random()
    if r < 0.15:
        return c
    if r < 0.25:
        sizes, i = [], 0
        while i < len(c):
            k = R.choice([2, 3, 3, 4, 5])
            sizes.append(k)
            i += k
        groups = chunks(c, sizes)
    else:
        groups = chunks(c, card_sizes(c))
    sep = R.choice([" ", " ", "-", "-", ".", "  ", " - ", " "])
    return sep.join(groups)


def make_ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


def fmt_ssn(s):
    sep = R.choice(["-", "-", "-", " ", "", ".", " - "])
    return sep.join([s[:3], s[3:5], s[5:]])


NI_FIRST = "ABCEGHJKLMNPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"
NI_BAD = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}
NI_RE = re.compile(r"^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$")


def make_ni():
    while True:
        p = R.choice(NI_FIRST) + R.choice(NI_SECOND)
        if p not in NI_BAD:
            break
    return p + digits(6) + R.choice("ABCD")


def fmt_ni(s):
    r = R.random()
    if r < 0.4:
        t = " ".join([s[:2], s[2:4], s[4:6], s[6:8], s[8]])
    elif r < 0.6:
        t = s
    elif r < 0.75:
        t = "-".join([s[:2], s[2:4], s[4:6], s[6:8], s[8]])
    elif r < 0.9:
        t = s[:2] + " " + s[2:8] + " " + s[8]
    else:
        t = s[:2] + s[2:8] + " " + s[8]
    return t.lower() if R.random() < 0.3 and s[:2].lower() not in FILLERS else t


def say_ni(s, nato=0.5):
    return say_letters(s[:2], nato) + " " + say(s[2:8], R.choice([[2, 2, 2], [6], [3, 3]]),
                                                 mix=0.35) + " " + say_letters(s[8], nato)


IBAN_SPEC = {"GB": (["NWBK", "BARC", "MIDL", "HBUK", "LYDS"], 14),
             "IE": (["AIBK", "IPBS", "BKIR"], 14),
             "DE": ([""], 18), "NL": (["ABNA", "RABN", "INGB"], 10),
             "FR": ([""], 23), "ES": ([""], 20)}
IBAN_LEN = {"GB": 22, "IE": 22, "DE": 22, "NL": 18, "FR": 27, "ES": 24}


def iban_ok(s):
    if not re.match(r"^[A-Z]{2}\d{2}[A-Z0-9]+$", s) or IBAN_LEN.get(s[:2]) != len(s):
        return False
    r = s[4:] + s[:4]
    num = "".join(str(int(ch, 36)) for ch in r)
    return int(num) % 97 == 1


def make_iban(cc=None):
    cc = cc or R.choice(["GB", "GB", "IE", "IE", "DE", "NL", "FR", "ES"])
    banks, n = IBAN_SPEC[cc]
    bban = R.choice(banks) + digits(n)
    num = "".join(str(int(ch, 36)) for ch in bban + cc + "00")
    chk = 98 - int(num) % 97
    s = cc + "%02d" % chk + bban
    assert iban_ok(s)
    return s


def fmt_iban(s):
    r = R.random()
    if r < 0.6:
        t = " ".join(chunks(s, [4] * 8))
    elif r < 0.8:
        t = s
    else:
        t = "-".join(chunks(s, [4] * 8))
    return t.lower() if R.random() < 0.2 else t


def make_phone(kind=None):
    """Return (kind, groups, intl) where groups join to all digits."""
    kind = kind or R.choice(["uk_mob", "uk_mob", "uk_land", "us", "us", "ie_mob",
                             "intl_uk", "intl_us", "intl_ie", "de", "fr"])
    if kind == "uk_mob":
        return kind, ["07" + digits(3), digits(3), digits(3)], False
    if kind == "uk_land":
        return kind, [R.choice(["0161", "0113", "0121", "0141", "0117", "0191"]),
                      digits(3), digits(4)], False
    if kind == "us":
        return kind, [R.choice("23456789") + digits(2), R.choice("23456789") + digits(2),
                      digits(4)], False
    if kind == "ie_mob":
        return kind, ["08" + R.choice("35679"), digits(3), digits(4)], False
    if kind == "intl_uk":
        return kind, ["44", "7" + digits(3), digits(3), digits(3)], True
    if kind == "intl_us":
        return kind, ["1", R.choice("23456789") + digits(2), R.choice("23456789") + digits(2),
                      digits(4)], True
    if kind == "intl_ie":
        return kind, ["353", "8" + R.choice("35679"), digits(3), digits(4)], True
    if kind == "de":
        return kind, ["49", R.choice(["30", "89", "40", "69"]), digits(8)], True
    return kind, ["33", R.choice("67"), digits(2), digits(2), digits(2), digits(2)], True


def fmt_phone(ph):
    kind, g, intl = ph
    if kind == "us" and R.random() < 0.5:
        return "(%s) %s-%s" % tuple(g)
    if kind == "uk_land" and R.random() < 0.4:
        return "(%s) %s %s" % tuple(g)
    sep = R.choice([" ", " ", "-", ".", ""])
    body = sep.join(g[1:] if intl else g)
    if intl:
        if kind == "intl_uk" and R.random() < 0.3:
            return "+44 (0)" + sep.join(g[1:])
        return R.choice(["+", "+", "00"]) + g[0] + " " + body
    return body


def say_phone(ph, fill=0.15):
    kind, g, intl = ph
    s = "".join(g)
    t = say(s, [len(x) for x in g], fill=fill, mix=0.25)
    return ("plus " + t) if intl and R.random() < 0.7 else t


FIRST = ["james", "sarah", "mohammed", "aoife", "liam", "priya", "tom", "grace", "kevin",
         "niamh", "daniel", "chloe", "ryan", "fatima", "sean", "emily", "marcus", "zara",
         "patrick", "hannah", "luca", "sophie", "dev", "kate", "jamal", "ellen", "conor",
         "maria", "ben", "siobhan"]
LAST = ["smith", "patel", "murphy", "jones", "kowalski", "brennan", "okafor", "walsh",
        "taylor", "nguyen", "hughes", "garcia", "byrne", "khan", "reilly", "evans",
        "fischer", "martin", "clarke", "dubois", "walker", "singh", "kelly", "price"]
DOMAINS = ["gmail.com", "gmail.com", "outlook.com", "hotmail.co.uk", "yahoo.co.uk",
           "icloud.com", "btinternet.com", "eircom.net", "web.de", "yahoo.com",
           "protonmail.com", "live.ie", "aol.com", "sky.com"]


def make_email():
    f, l = R.choice(FIRST), R.choice(LAST)
    r = R.random()
    if r < 0.3:
        u = f + "." + l
    elif r < 0.5:
        u = f[0] + l
    elif r < 0.65:
        u = f + "_" + l + str(R.randint(1, 99))
    elif r < 0.8:
        u = f + l[0] + str(R.randint(70, 99))
    elif r < 0.9:
        u = f + "." + l + "+" + R.choice(["bills", "shop", "energy"])
    else:
        u = l + "." + f[0]
    return u + "@" + R.choice(DOMAINS), f, l


def fmt_email(e):
    r = R.random()
    if r < 0.7:
        return e
    if r < 0.8:
        u, d = e.split("@")
        return u.capitalize() + "@" + d.capitalize()
    if r < 0.9:
        u, d = e.split("@")
        return u + " [at] " + d.replace(".", " [dot] ")
    u, d = e.split("@")
    return u + " at " + d.replace(".", " dot ")


def say_email(e):
    u, d = e.split("@")
    parts = []
    for tok in re.findall(r"[a-z]+|\d+|[._+\-]", u):
        if tok == ".":
            parts.append("dot")
        elif tok == "_":
            parts.append("underscore")
        elif tok == "-":
            parts.append("dash")
        elif tok == "+":
            return None
        elif tok.isdigit():
            if len(tok) == 2 and tok[0] != "0":
                parts.append(say_pair(tok, "zero"))
            else:
                parts.append(" ".join(UNITS[int(c)] for c in tok))
        elif len(tok) == 1:
            parts.append(tok if R.random() < 0.6 else "%s for %s" % (tok, NATO[tok]))
        elif R.random() < 0.25 and "o" not in tok:
            parts.append(" ".join(tok))
        else:
            parts.append(tok)
    out = " ".join(parts) + " at " + d.replace(".", " dot ")
    return out if norm(out, "email") == e else None


STREETS = ["Mill Lane", "Station Road", "Acacia Avenue", "Church Street", "Victoria Road",
           "Kings Road", "Park Crescent", "Elm Grove", "Queens Drive", "Harbour View",
           "Meadow Close", "Orchard Way", "Castle Terrace", "Highfield Road", "Green Lane"]
US_STREETS = ["Elm Street", "Maple Avenue", "Oak Drive", "Sunset Boulevard", "Pine Street",
              "Lakeview Court", "Washington Avenue", "Cedar Lane", "Hillcrest Road"]
IE_STREETS = ["Main Street", "Strand Road", "Church Road", "Ballymun Road", "Patrick Street"]
UK_TOWNS = [("Leeds", "LS"), ("Manchester", "M"), ("Birmingham", "B"), ("London", "SW"),
            ("Cardiff", "CF"), ("Edinburgh", "EH"), ("Glasgow", "G"), ("Bristol", "BS"),
            ("Newcastle", "NE"), ("Liverpool", "L"), ("Cambridge", "CB"), ("Reading", "RG"),
            ("Belfast", "BT"), ("Sheffield", "S"), ("Nottingham", "NG")]
US_TOWNS = ["Austin, TX", "Columbus, OH", "Denver, CO", "Portland, OR", "Tampa, FL",
            "Madison, WI", "Raleigh, NC", "Phoenix, AZ"]
IE_TOWNS = ["Co. Cork", "Galway", "Co. Kerry", "Limerick", "Co. Meath"]
INWARD = "ABDEFGHJLNPQRSTUWXYZ"
UK_PC_RE = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$")


def make_uk_postcode(area):
    return area + str(R.randint(1, 28)) + " " + str(R.randint(1, 9)) + \
        R.choice(INWARD) + R.choice(INWARD)


def fmt_postcode(p):
    r = R.random()
    if r < 0.6:
        return p
    if r < 0.75:
        return p.lower()
    if r < 0.9:
        return p.replace(" ", "")
    return p.replace(" ", "  ")


def say_postcode(p):
    out = []
    for ch in p.replace(" ", "")[:-3]:
        out.append(dw(ch, "zero") if ch.isdigit() else say_letters(ch, 0.3))
    outward = " ".join(out)
    inward = p.replace(" ", "")[-3:]
    return outward + R.choice([" ", ", ", "... "]) + dw(inward[0], "zero") + " " + \
        say_letters(inward[1:], 0.35)


def make_address(region):
    if region == "US":
        s = "%d %s" % (R.randint(10, 9800), R.choice(US_STREETS))
        if R.random() < 0.35:
            s += R.choice([", Apt ", " Apt ", " #", ", Unit "]) + str(R.randint(1, 30)) + \
                R.choice(["", "", "B"])
        return s
    if region == "IE":
        return "%d %s" % (R.randint(1, 140), R.choice(IE_STREETS))
    s = "%d %s" % (R.randint(1, 220), R.choice(STREETS))
    if R.random() < 0.3:
        s = R.choice(["Flat ", "flat ", "Flat "]) + str(R.randint(1, 40)) + \
            R.choice(["", "B"]) + R.choice([", ", " "]) + s
    return s


def say_address(a):
    m = re.match(r"^(?:[Ff]lat (\d+)(B?),? )?(\d+) (.*)$", a)
    flat, fb, num, street = m.groups()
    pre = ""
    if flat:
        pre = "flat " + say(flat, mix=0.9) + (" b" if fb else "") + R.choice([", ", " "])
    n = say(num, mix=0.9) if len(num) > 1 else UNITS[int(num)]
    return pre + n + " " + street.lower()


def rand_date(y0, y1):
    return R.randint(y0, y1), R.randint(1, 12), R.randint(1, 28)


def fmt_date(y, m, d, us=False):
    mon = MONTHS[m - 1].capitalize()
    opts = ["%02d/%02d/%d" % ((m, d, y) if us else (d, m, y)),
            "%d-%02d-%02d" % (y, m, d),
            "%d %s %d" % (d, mon[:3], y),
            "%s %d, %d" % (mon, d, y),
            "%d.%d.%02d" % ((m, d, y % 100) if us else (d, m, y % 100)),
            "%d%s %s %d" % (d, ["th", "st", "nd", "rd"][d % 10 if d % 10 < 4 and d not in (11, 12, 13) else 0], mon, y),
            "%d/%d/%d" % ((m, d, y) if us else (d, m, y))]
    return R.choice(opts)


def say_year(y):
    if y >= 2000:
        r = y - 2000
        if r == 0:
            return "two thousand"
        if r < 10:
            return R.choice(["two thousand and ", "two thousand "]) + UNITS[r]
        return R.choice(["two thousand and " + say_pair(str(r), "oh"), "twenty " + say_pair(str(r), "oh")])
    return "nineteen " + say_pair(str(y % 100), "oh")


def say_date(y, m, d, us=False):
    r = R.random()
    if r < 0.35:
        return "%s of %s %s" % (ORD[d - 1], MONTHS[m - 1], say_year(y))
    if r < 0.6:
        return "%s %s %s" % (MONTHS[m - 1], ORD[d - 1], say_year(y))
    if r < 0.8:
        a, b = (m, d) if us else (d, m)
        return "%s %s %s" % (say("%02d" % a, mix=0.6), say("%02d" % b, mix=0.6),
                             say_year(y) if R.random() < 0.5 else say_pair("%02d" % (y % 100), "oh"))
    return "%s %s %s" % (ORD[d - 1], MONTHS[m - 1], R.choice(["um ", "uh ", ""]) + say_year(y))


def make_expiry():
    return R.randint(1, 12), R.randint(25, 32)


def fmt_expiry(m, y):
    return R.choice(["%02d/%02d" % (m, y), "%02d/20%02d" % (m, y), "%d/%02d" % (m, y),
                     "%02d-%02d" % (m, y), "%02d%02d" % (m, y),
                     "%s %02d" % (MONTHS[m - 1][:3].capitalize(), y),
                     "%s 20%02d" % (MONTHS[m - 1].capitalize(), y), "%02d / %02d" % (m, y)])


def say_expiry(m, y):
    r = R.random()
    if r < 0.4:
        return "%s %s" % (say("%02d" % m, mix=0.1), say_pair(str(y), "oh"))
    if r < 0.7:
        return "%s twenty %s" % (MONTHS[m - 1], say_pair(str(y), "oh"))
    if r < 0.85:
        return "%s %s" % (MONTHS[m - 1], say_pair(str(y), "oh"))
    return "%s slash %s" % (UNITS[m] if m < 10 else say_pair(str(m), "oh"), say_pair(str(y), "oh"))


# --------------------------------------------------------------------------
# case assembly

class Case:
    def __init__(self, kind, note):
        self.kind, self.note, self.turns = kind, note, []

    def t(self, speaker, *segs):
        self.turns.append((speaker, segs))
        return self

    def build(self, cid):
        turns, spans = [], []
        for ti, (spk, segs) in enumerate(self.turns):
            text = ""
            for sg in segs:
                if isinstance(sg, tuple):
                    val, typ = sg
                    m = re.match(r"^([^A-Za-z0-9]*)(.*?)([^A-Za-z0-9]*)$", val, re.S)
                    text += m.group(1)
                    val = m.group(2)
                    spans.append({"turn": ti, "start": len(text), "end": len(text) + len(val),
                                  "type": typ})
                    text += val + m.group(3)
                else:
                    text += sg
            turns.append({"speaker": spk, "text": text})
        return {"id": cid, "kind": self.kind, "turns": turns, "spans": spans, "note": self.note}


def V(text, typ):
    return (text, typ)


INDUSTRY = {
    "banking": ["Northgate Bank", "Harbour Building Society", "Liffey Credit Union"],
    "telecom": ["Vireo Mobile", "Fibrelink Broadband", "TalkWave"],
    "utilities": ["Brightwater Energy", "Severn Water", "GridPower"],
    "retail": ["Halden & Co", "Parcelbox Online", "Greenbasket Grocers"],
    "insurance": ["Cobalt Insurance", "Shieldwell Home & Motor"],
    "travel": ["Skylark Travel", "Atlantic Rail", "Bluewing Airways"],
    "healthcare billing": ["Meridian Health Billing", "St Anne's Patient Accounts"],
    "government services": ["the Benefits Service", "the Vehicle Licensing Office",
                            "Revenue Services"],
}


def org(ind=None):
    ind = ind or R.choice(list(INDUSTRY))
    return ind, R.choice(INDUSTRY[ind])


def ack():
    return R.choice(["mhm", "go on", "yep", "ok", "uh huh", "right", "yeah go on", "got that"])


def greet_agent(o):
    return R.choice(["Hi, you're chatting with %s, how can I help?" % o,
                     "Thanks for contacting %s. What can I do for you today?" % o,
                     "Hello, welcome to %s support." % o])


def fill():
    return R.choice(["um ", "uh ", "er ", "", "", "so "])


# ----------------------------- positive templates -------------------------

def p_chat_card():
    ind, o = org(R.choice(["retail", "telecom", "travel", "utilities", "banking"]))
    c, (m, y) = make_card(), make_expiry()
    cv = digits(4 if len(c) == 15 else 3)
    case = Case("positive", "%s chat: card, expiry and security code pasted in one message" % ind)
    case.t("agent", greet_agent(o))
    lead = R.choice(["card no: ", "Card number - ", "its ", "here u go ", "Card: ", "pls charge "])
    tail = R.choice(["", " thx", " ta", " cheers"])
    sep1 = R.choice([" exp ", " expiry: ", "  Exp.", ", exp date ", "\nexp "])
    if sep1 == "  Exp.":
        sep1 = "  Exp. "
    sep2 = R.choice([" cvv ", " CVC: ", " sec code ", " / cvv2 ", "\nCVV "])
    case.t("customer", lead, V(fmt_card(c), "CARD_NUMBER"), sep1, V(fmt_expiry(m, y), "EXPIRY"),
           sep2, V(cv, "CVV"), tail)
    case.t("agent", R.choice(["Thanks, please don't post card details in chat in future - I'll "
                              "process the payment of \u00a3%d.%02d now." % (R.randint(5, 400), R.randint(0, 99)),
                              "Got it, payment taken. Your order ref is %s." % ("ORD" + digits(7))]))
    return case


def p_chat_card_split():
    ind, o = org(R.choice(["retail", "telecom", "travel", "insurance"]))
    c = make_card()
    ch = chunks(c, card_sizes(c))
    n = R.choice([2, 2, 3, len(ch)])
    pieces = []
    per = (len(ch) + n - 1) // n
    for i in range(0, len(ch), per):
        pieces.append(" ".join(ch[i:i + per]))
    case = Case("positive", "%s %s: card number sent over %d separate messages" %
                (ind, R.choice(["chat", "SMS"]), len(pieces)))
    case.t("agent", "Please send the long card number when you're ready.")
    for i, p in enumerate(pieces):
        if i == 0:
            case.t("customer", R.choice(["ok ", "", "sure ", "its "]), V(p, "CARD_NUMBER"))
        else:
            if R.random() < 0.4:
                case.t("agent", ack())
            case.t("customer", V(p, "CARD_NUMBER"), R.choice(["", "", " ..", " thats it", " done"]))
    if R.random() < 0.5:
        m, y = make_expiry()
        case.t("agent", "And the expiry?")
        case.t("customer", V(fmt_expiry(m, y), "EXPIRY"))
    return case


def p_email_card_lines():
    ind, o = org(R.choice(["insurance", "healthcare billing", "utilities", "travel"]))
    c = make_card()
    g = chunks(c, card_sizes(c))
    k = R.randint(1, len(g) - 1)
    card_txt = " ".join(g[:k]) + R.choice(["\n", " \n", "\n\n"]) + " ".join(g[k:])
    e, f, l = make_email()
    ph = make_phone(R.choice(["uk_mob", "us", "ie_mob", "intl_uk"]))
    case = Case("positive", "%s e-mail: card number wrapped across two lines, signature with phone "
                "and e-mail" % ind)
    case.t("agent", "Subject: Re: outstanding balance\n\nDear customer, your balance of "
           "$%d.%02d is due on %d %s. Reply with payment details or call us." %
           (R.randint(40, 900), R.randint(0, 99), R.randint(1, 28), MONTHS[R.randint(0, 11)].capitalize()))
    case.t("customer", "Hi,\n\nPlease take the payment from this card:\n", V(card_txt, "CARD_NUMBER"),
           "\n\nThanks,\n%s %s\n" % (f.capitalize(), l.capitalize()),
           R.choice(["Mob: ", "M: ", "Tel ", "Phone: "]), V(fmt_phone(ph), "PHONE"), "\n",
           V(fmt_email(e) if "[" not in fmt_email(e) else e, "EMAIL"),
           "\n\nSent from my iPhone")
    return case


def p_webform_us():
    ind, o = org(R.choice(["healthcare billing", "insurance", "banking", "government services"]))
    s = make_ssn()
    y, m, d = rand_date(1945, 2003)
    a = make_address("US")
    z = digits(5, True) + (("-" + digits(4)) if R.random() < 0.3 else "")
    ph = make_phone(R.choice(["us", "intl_us"]))
    e = make_email()[0]
    f, l = R.choice(FIRST).capitalize(), R.choice(LAST).capitalize()
    case = Case("positive", "%s web form submission (US): SSN, DOB, address, ZIP, phone, e-mail" % ind)
    case.t("customer", "[Web form submission #%s]\nFirst name: %s\nLast name: %s\n" % (digits(6), f, l),
           R.choice(["Date of birth: ", "DOB (MM/DD/YYYY): ", "Birthdate: "]),
           V(fmt_date(y, m, d, us=True), "DOB"),
           "\n", R.choice(["SSN: ", "Social Security #: ", "SSN/TIN: "]), V(fmt_ssn(s), "SSN"),
           "\nStreet address: ", V(a, "ADDRESS"), "\nCity/State: ", R.choice(US_TOWNS),
           "\nZIP: ", V(z, "POSTCODE"), "\nPhone: ", V(fmt_phone(ph), "PHONE"),
           "\nEmail: ", V(e, "EMAIL"), "\nPreferred contact time: 9am-5pm\nHow did you hear about us: radio")
    case.t("agent", "Thanks %s, we've received your form. Reference %s." % (f, "WF-" + digits(8)))
    return case


def p_webform_uk():
    ind, o = org(R.choice(["government services", "banking", "utilities", "insurance"]))
    ni = make_ni()
    y, m, d = rand_date(1940, 2004)
    town, area = R.choice(UK_TOWNS)
    a = make_address("UK")
    pc = make_uk_postcode(area)
    sc, acc = digits(6), digits(8)
    case = Case("positive", "%s web form (UK): NI number, DOB, address, postcode, sort code, account" % ind)
    scf = R.choice(["%s-%s-%s", "%s %s %s", "%s%s%s"]) % tuple(chunks(sc, [2, 2, 2]))
    case.t("customer", "Name: %s %s\n" % (R.choice(FIRST).capitalize(), R.choice(LAST).capitalize()),
           R.choice(["National Insurance number: ", "NI No.: ", "NINO: "]), V(fmt_ni(ni), "NI_NUMBER"),
           "\nDate of birth: ", V(fmt_date(y, m, d), "DOB"),
           "\nAddress line 1: ", V(a, "ADDRESS"), "\nTown: ", town,
           "\nPostcode: ", V(fmt_postcode(pc), "POSTCODE"),
           "\nSort code: ", V(scf, "SORT_CODE"), "\nAccount number: ", V(acc, "BANK_ACCOUNT"),
           "\nAmount claimed: \u00a3%d.%02d" % (R.randint(20, 600), R.randint(0, 99)))
    case.t("agent", "Your claim has been logged under reference CLM%s." % digits(7))
    return case


def p_quoted_reply():
    ind, o = org(R.choice(["banking", "utilities", "insurance", "government services"]))
    kind = R.choice(["acct", "ssn", "ni", "iban"])
    case = Case("positive", "%s e-mail thread: customer value quoted back in agent reply (%s)" % (ind, kind))
    if kind == "acct":
        sc, acc = digits(6), digits(8)
        scf = "-".join(chunks(sc, [2, 2, 2]))
        vals = [("sort code ", scf, "SORT_CODE"), (" acct no: ", acc, "BANK_ACCOUNT")]
    elif kind == "ssn":
        s = make_ssn()
        vals = [("my social is ", fmt_ssn(s), "SSN")]
    elif kind == "ni":
        n = make_ni()
        vals = [("NI number ", fmt_ni(n), "NI_NUMBER")]
    else:
        ib = make_iban()
        vals = [("IBAN: ", fmt_iban(ib), "IBAN")]
    segs = ["Hi, as requested ", ]
    for lead, v, t in vals:
        segs += [lead, V(v, t)]
    segs.append(R.choice(["\nRegards\nD.", "\n\nthanks", " - let me know if you need anything else"]))
    case.t("customer", *segs)
    q = ["Thanks for confirming. We have updated your record.\n\n"
         "On %d %s, customer wrote:\n> Hi, as requested " % (R.randint(1, 28), MONTHS[R.randint(0, 11)].capitalize())]
    for lead, v, t in vals:
        q += [lead, V(v, t)]
    q.append("\n>\n\n%s Customer Care" % o)
    case.t("agent", *q)
    return case


def p_sms_ni():
    ind, o = org("government services")
    n = make_ni()
    case = Case("positive", "government services SMS: NI number with odd spacing/case and informal label")
    case.t("agent", "%s: To continue, reply with your National Insurance number. Never share your PIN." % o)
    v = fmt_ni(n)
    if R.random() < 0.4:
        v = v[:2] + "  " + v[2:]
    case.t("customer", R.choice(["its ", "ni no ", "nino is ", "", "my NI numbr is "]), V(v, "NI_NUMBER"),
           R.choice(["", " thanks", " x", " ty"]))
    return case


def p_chat_ssn():
    ind, o = org(R.choice(["healthcare billing", "banking", "insurance", "government services"]))
    s = make_ssn()
    case = Case("positive", "%s chat (US): SSN typed with label typo and confirmation" % ind)
    case.t("agent", "To verify your identity I'll need your Social Security number.")
    case.t("customer", R.choice(["sure, ssn ", "social is ", "sss# ", "SSN - ", "ok its "]),
           V(fmt_ssn(s), "SSN"))
    if R.random() < 0.5:
        case.t("customer", R.choice(["wait thats wrong, last bit is ", "sorry typo, should be "]),
               V(fmt_ssn(s), "SSN"))
    case.t("agent", "Thank you, you're verified. Your balance is $%d.%02d." % (R.randint(0, 3000), R.randint(0, 99)))
    return case


def p_iban_email():
    ind, o = org(R.choice(["banking", "travel", "insurance", "utilities"]))
    ib = make_iban()
    v = fmt_iban(ib)
    if R.random() < 0.4 and " " in v:
        parts = v.split(" ")
        k = R.randint(2, len(parts) - 1)
        v = " ".join(parts[:k]) + "\n" + " ".join(parts[k:])
    case = Case("positive", "%s e-mail: refund IBAN%s" % (ind, " broken across lines" if "\n" in v else ""))
    case.t("customer", "Hello,\nplease refund the cancelled booking to my account:\n",
           R.choice(["IBAN: ", "iban ", "Account (IBAN) - ", ""]), V(v, "IBAN"),
           "\nBIC: %s\nBest wishes" % R.choice(["AIBKIE2D", "NWBKGB2L", "DEUTDEFF"]))
    case.t("agent", "Thanks, the refund of \u20ac%d.%02d will be made within 5-7 working days." %
           (R.randint(30, 1400), R.randint(0, 99)))
    return case


def p_chat_contact():
    ind, o = org(R.choice(["telecom", "retail", "travel", "utilities"]))
    ph = make_phone()
    e = make_email()[0]
    case = Case("positive", "%s chat: contact details update, phone and (possibly obfuscated) e-mail" % ind)
    case.t("agent", "What phone number and e-mail should we use?")
    case.t("customer", R.choice(["best number is ", "mob ", "call me on ", "number: "]),
           V(fmt_phone(ph), "PHONE"), R.choice([" and email ", "\nemail: ", " / ", ", e-mail is "]),
           V(fmt_email(e), "EMAIL"))
    return case


def p_signature():
    ind, o = org()
    town, area = R.choice(UK_TOWNS)
    a, pc = make_address("UK"), make_uk_postcode(area)
    ph = make_phone(R.choice(["uk_mob", "intl_uk", "uk_land"]))
    f, l = R.choice(FIRST).capitalize(), R.choice(LAST).capitalize()
    case = Case("positive", "%s e-mail: complaint with postal signature block (address, postcode, phone)" % ind)
    case.t("customer", "To whom it may concern,\n\nI have now waited %d days for a response about ticket "
           "#%s. This is unacceptable.\n\n%s %s\n" % (R.randint(10, 60), digits(6), f, l),
           V(a, "ADDRESS"), R.choice(["\n", ", "]), town, R.choice(["\n", " "]),
           V(fmt_postcode(pc), "POSTCODE"), "\n", R.choice(["Tel: ", "T ", "Mobile "]),
           V(fmt_phone(ph), "PHONE"))
    case.t("agent", "Dear %s, I'm sorry for the delay. A manager will call you within 48 hours." % f)
    return case


def p_masked_then_full():
    ind, o = org(R.choice(["retail", "telecom", "banking"]))
    c = make_card()
    case = Case("positive", "%s chat: masked card on file, then customer types full card; last four "
                "becomes PII because full card appears in the same case" % ind)
    case.t("agent", R.choice(["I can see a card ending ", "Card on file: ************"]),
           V(c[-4:], "CARD_NUMBER"), ". Is that the one you want to use?")
    case.t("customer", "no that one expired, use ", V(fmt_card(c), "CARD_NUMBER"))
    return case


def p_typed_dob_pc():
    ind, o = org(R.choice(["government services", "healthcare billing", "insurance", "utilities"]))
    y, m, d = rand_date(1938, 2004)
    case = Case("positive", "%s chat: identity check with DOB and postcode typed in one line" % ind)
    case.t("agent", "Can you confirm your date of birth and postcode please?")
    if R.random() < 0.5:
        town, area = R.choice(UK_TOWNS)
        pc = fmt_postcode(make_uk_postcode(area))
        us = False
    else:
        pc = digits(5, True)
        us = True
    case.t("customer", R.choice(["", "dob ", "born "]), V(fmt_date(y, m, d, us), "DOB"),
           R.choice([" and ", ", ", " / ", " pc ", "\n"]), V(pc, "POSTCODE"))
    return case


def p_typed_account():
    ind, o = org("banking")
    sc = digits(6)
    acc = digits(R.choice([8, 8, 8, 10, 12]))
    case = Case("positive", "banking chat: sort code and account number with assorted labels")
    scf = R.choice(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s.%s.%s"]) % tuple(chunks(sc, [2, 2, 2]))
    case.t("customer", R.choice(["pls send to ", "payee details: ", "transfer to "]),
           R.choice(["s/c ", "sort ", "SC: "]), V(scf, "SORT_CODE"), R.choice([" a/c ", " acct no: ", " acc#"]),
           V(acc, "BANK_ACCOUNT"), " \u00a3%d" % R.randint(10, 5000))
    case.t("agent", "Just to confirm, that's sort code ", V(scf, "SORT_CODE"), ", account ending in %s?" % acc[-3:])
    return case


# --------------------------- spoken (ASR) templates -----------------------

def asr_card_split():
    ind, o = org(R.choice(["retail", "telecom", "insurance", "utilities", "travel"]))
    c = make_card()
    g = chunks(c, card_sizes(c))
    z = R.choice(ZERO_WORDS)
    case = Case("positive", "%s call (ASR): card read in groups over several turns with back-channels "
                "and agent read-back" % ind)
    case.t("agent", "ok whenever you're ready with the long number on the front")
    for i, grp in enumerate(g):
        v = say(grp, [len(grp)] if R.random() < 0.6 else [2] * (len(grp) // 2), z=z, fill=0.2, mix=0.3)
        if i == 0:
            case.t("customer", fill() + R.choice(["right it's ", "ok ", "yeah it's "]), V(v, "CARD_NUMBER"))
        else:
            case.t("customer", V(v, "CARD_NUMBER"))
        if i < len(g) - 1:
            case.t("agent", ack())
    if R.random() < 0.7:
        case.t("agent", "so that's ", V(say(c, card_sizes(c), z=z, mix=0.0, seps=(" ", ", ")), "CARD_NUMBER"),
               " is that right")
        case.t("customer", "yes that's it")
    return case


def asr_card_one_turn():
    ind, o = org()
    c = make_card()
    m, y = make_expiry()
    case = Case("positive", "%s call (ASR): card in one turn with fillers, restart and expiry" % ind)
    case.t("agent", "can i take the card number please")
    restart = R.random() < 0.4
    segs = [fill() + "yeah "]
    if restart:
        segs += [say(c[:4]), R.choice([" sorry let me start again ", " no wait hang on ", " oops "])]
        note = "; first four digits abandoned and restarted (abandoned BIN digits not labelled)"
        case.note += note
    segs.append(V(say(c, card_sizes(c), fill=0.35, mix=0.35), "CARD_NUMBER"))
    case.t("customer", *segs)
    case.t("agent", "and the expiry date")
    case.t("customer", fill() + "it's ", V(say_expiry(m, y), "EXPIRY"))
    case.t("agent", "and the three digit security code on the back")
    if len(c) != 15:
        case.t("customer", V(say(digits(3), mix=0.3), "CVV"))
    else:
        case.t("customer", "it's four digits on the front for amex ", V(say(digits(4), mix=0.3), "CVV"))
    return case


def asr_card_aside():
    ind, o = org(R.choice(["retail", "travel", "telecom"]))
    c = make_card()
    g = chunks(c, card_sizes(c))
    k = R.randint(1, len(g) - 1)
    a1 = say("".join(g[:k]), [len(x) for x in g[:k]])
    a2 = say("".join(g[k:]), [len(x) for x in g[k:]])
    aside = R.choice([" hang on the dog's barking sorry ", " sorry just getting my glasses ",
                      " kids be quiet i'm on the phone ", " one sec the light's gone ",
                      " hold on it's worn off a bit "])
    case = Case("positive", "%s call (ASR): card reading interrupted by an aside in the same turn "
                "(two spans)" % ind)
    case.t("agent", "go ahead with the card number")
    case.t("customer", V(a1, "CARD_NUMBER"), aside, V(a2, "CARD_NUMBER"))
    case.t("agent", "thank you and that's a %s card yes" % R.choice(["visa", "mastercard", "debit"]))
    return case


def asr_ssn():
    ind, o = org(R.choice(["healthcare billing", "banking", "insurance", "government services"]))
    s = make_ssn()
    case = Case("positive", "%s call (ASR, US): SSN spoken, possibly split, with agent read-back" % ind)
    case.t("agent", "and for verification can i get your social")
    if R.random() < 0.5:
        case.t("customer", fill() + "sure it's ", V(say(s, [3, 2, 4], fill=0.25, mix=0.35), "SSN"))
    else:
        case.t("customer", V(say(s[:3], mix=0.4), "SSN"))
        case.t("agent", ack())
        case.t("customer", V(say(s[3:5], mix=0.5), "SSN"))
        case.t("agent", ack())
        case.t("customer", V(say(s[5:], [2, 2] if R.random() < 0.5 else [4], mix=0.4), "SSN"))
    if R.random() < 0.6:
        case.t("agent", "thanks that's ", V(say(s, [3, 2, 4], mix=0.0, seps=(" ", ", ")), "SSN"))
    return case


def asr_ni():
    case = Case("positive", "government services call (ASR): NI number spelled with NATO / 'as in'")
    n = make_ni()
    case.t("agent", "what's your national insurance number")
    if R.random() < 0.6:
        case.t("customer", fill() + "it's ", V(say_ni(n, 0.6), "NI_NUMBER"))
    else:
        case.t("customer", V(say_letters(n[:2], 0.7), "NI_NUMBER"))
        case.t("agent", ack())
        case.t("customer", V(say(n[2:8], [2, 2, 2], mix=0.3), "NI_NUMBER"))
        case.t("agent", "and the last letter")
        case.t("customer", V(say_letters(n[8], 0.8), "NI_NUMBER"))
    if R.random() < 0.5:
        case.t("agent", "lovely so ", V(say_ni(n, 0.0), "NI_NUMBER"))
    return case


def asr_phone():
    ind, o = org()
    ph = make_phone()
    kind, g, intl = ph
    case = Case("positive", "%s call (ASR): phone number (%s) spoken" % (ind, kind))
    case.t("agent", "what's the best contact number")
    if R.random() < 0.5 or len(g) < 3:
        case.t("customer", fill() + "it's ", V(say_phone(ph), "PHONE"))
    else:
        k = len(g) - 2
        first = say("".join(g[:k]), [len(x) for x in g[:k]])
        if intl:
            first = "plus " + first
        case.t("customer", V(first, "PHONE"))
        case.t("agent", ack())
        case.t("customer", V(say("".join(g[k:]), [len(x) for x in g[k:]], fill=0.3), "PHONE"))
        case.note += "; split over two turns"
    if R.random() < 0.5:
        case.t("agent", "so that's ", V(say_phone(ph, fill=0.0), "PHONE"))
    return case


def asr_email():
    ind, o = org()
    for _ in range(20):
        e = make_email()[0]
        s = say_email(e)
        if s:
            break
    case = Case("positive", "%s call (ASR): e-mail spoken with 'dot'/'at'" % ind)
    case.t("agent", "and an email address for the confirmation")
    case.t("customer", fill() + "yeah it's ", V(s, "EMAIL"))
    if R.random() < 0.5:
        case.t("agent", "so ", V(say_email(e) or s, "EMAIL"), " " + R.choice(["yep", "correct?"]))
    return case


def asr_dob():
    ind, o = org()
    y, m, d = rand_date(1935, 2004)
    us = R.random() < 0.4
    case = Case("positive", "%s call (ASR): date of birth spoken, agent confirms" % ind)
    case.t("agent", "can you confirm your date of birth")
    case.t("customer", fill() + R.choice(["it's the ", "", "yeah "]), V(say_date(y, m, d, us), "DOB"))
    if R.random() < 0.4:
        case.t("agent", "thank you, ", V(say_date(y, m, d, us), "DOB"), " that matches")
    return case


def asr_address():
    ind, o = org(R.choice(["utilities", "telecom", "retail", "insurance"]))
    town, area = R.choice(UK_TOWNS)
    a, pc = make_address("UK"), make_uk_postcode(area)
    case = Case("positive", "%s call (ASR): first line of address and postcode spoken" % ind)
    case.t("agent", "can i take the first line of the address and the postcode")
    case.t("customer", fill() + "it's ", V(say_address(a), "ADDRESS"), " " + town.lower() + " ",
           V(say_postcode(pc), "POSTCODE"))
    return case


def asr_bank():
    case = Case("positive", "banking call (ASR): sort code and account number spoken, split with ack")
    sc, acc = digits(6), digits(8)
    case.t("agent", "what's the sort code")
    case.t("customer", V(say(sc, [2, 2, 2], mix=0.6), "SORT_CODE"))
    case.t("agent", "and the account number")
    case.t("customer", V(say(acc[:4], mix=0.3, fill=0.3), "BANK_ACCOUNT"))
    case.t("agent", ack())
    case.t("customer", V(say(acc[4:], mix=0.3), "BANK_ACCOUNT"))
    return case


def asr_iban():
    ib = make_iban(R.choice(["GB", "IE", "IE", "DE"]))
    case = Case("positive", "banking call (ASR): IBAN spelled out with letters and grouped digits")
    case.t("agent", "could you read me the iban")
    rest = ib[4:]
    letters = re.match(r"[A-Z]*", rest).group(0)
    dg = rest[len(letters):]
    txt = say_letters(ib[:2], 0.4) + " " + say(ib[2:4], mix=0.5) + " "
    if letters:
        txt += say_letters(letters, 0.3) + " "
    txt += say(dg, [4] * 5, fill=0.2, mix=0.2)
    case.t("customer", fill() + "ok it's ", V(txt, "IBAN"))
    return case


def asr_mixed_readback():
    ind, o = org(R.choice(["telecom", "utilities", "retail"]))
    c = make_card()
    case = Case("positive", "%s call (ASR): card given, agent reads back with a mistake, customer "
                "corrects" % ind)
    case.t("customer", "the card is ", V(say(c, card_sizes(c), mix=0.2), "CARD_NUMBER"))
    wrong = c[:-2] + str((int(c[-2]) + 1) % 10) + c[-1]
    case.t("agent", "let me read that back ", V(say(c[:-4], card_sizes(c)[:-1], mix=0.0), "CARD_NUMBER"),
           " and the last bit was ", V(say(wrong[-4:], mix=0.0), "CARD_NUMBER"))
    case.t("customer", "no the last four are ", V(say(c[-4:], mix=0.0), "CARD_NUMBER"))
    case.note += " (read-back error labelled as card)"
    return case


POS_TEMPLATES = [
    (p_chat_card, 14), (p_chat_card_split, 12), (p_email_card_lines, 10), (p_webform_us, 10),
    (p_webform_uk, 10), (p_quoted_reply, 10), (p_sms_ni, 8), (p_chat_ssn, 8), (p_iban_email, 7),
    (p_chat_contact, 9), (p_signature, 7), (p_masked_then_full, 5), (p_typed_dob_pc, 7),
    (p_typed_account, 6), (asr_card_split, 12), (asr_card_one_turn, 10), (asr_card_aside, 6),
    (asr_ssn, 9), (asr_ni, 9), (asr_phone, 8), (asr_email, 6), (asr_dob, 6), (asr_address, 6),
    (asr_bank, 5), (asr_iban, 4),
]


# ----------------------------- negative templates -------------------------

def n_order_numbers():
    ind, o = org(R.choice(["retail", "telecom", "travel"]))
    c = make_card()  # Luhn-valid, but it is an order number
    lab = R.choice(["Order number", "Tracking no.", "Invoice #", "Ref", "Consignment number"])
    case = Case("negative", "%s chat: card-length Luhn-valid %s with its label, not a card" % (ind, lab.lower()))
    case.t("customer", "hi where is my parcel? %s: %s" % (lab, fmt_card(c)))
    case.t("agent", "Thanks - %s %s was dispatched on %d %s and should arrive within 2-3 working days." %
           (lab.lower(), " ".join(chunks(c, [4, 4, 4, 4])), R.randint(1, 28), MONTHS[R.randint(0, 11)]))
    return case


def n_spoken_reference():
    ind, o = org()
    r = digits(R.choice([12, 16, 16, 9, 11]))
    lab = R.choice(["reference number", "claim number", "policy number", "ticket number", "case number",
                    "customer number", "booking reference"])
    case = Case("negative", "%s call (ASR): %s read like a card/phone number" % (ind, lab))
    case.t("agent", "have you got a %s for me" % lab)
    case.t("customer", "yeah the %s is %s" % (lab, say(r, [4] * 4, fill=0.2, mix=0.3)))
    case.t("agent", "lovely i've found the %s" % lab.split()[0])
    return case


def n_amounts():
    ind, o = org()
    a, b = R.randint(100, 9999), R.randint(0, 99)
    cur = R.choice(["\u00a3", "$", "\u20ac"])
    case = Case("negative", "%s chat: balances, amounts and percentages" % ind)
    case.t("customer", "why is my bill %s%d.%02d when last month it was %s%d.%02d??" %
           (cur, a, b, cur, R.randint(30, 400), R.randint(0, 99)))
    case.t("agent", "Your tariff rose by %d.%d%% on 1 April and there is an outstanding balance of %s%s. "
           "You can pay in %d instalments of %s%d.%02d." % (R.randint(2, 9), R.randint(0, 9), cur,
                                                           "{:,}.{:02d}".format(R.randint(1000, 25000), R.randint(0, 99)),
                                                           R.randint(3, 12), cur, R.randint(10, 300), R.randint(0, 99)))
    return case


def n_spoken_amounts():
    ind, o = org()
    case = Case("negative", "%s call (ASR): amounts, durations and counts spoken as words" % ind)
    case.t("agent", "the balance is %s pounds and %s pence" % (say_hund(digits(3, True), "oh"), say_pair(digits(2, True), "oh")))
    case.t("customer", "four thousand five hundred and %s really i've been with you %s years and "
           "had %s calls about this" % (say_pair(digits(2, True), "oh"), TEENS[R.randint(0, 9)], UNITS[R.randint(2, 9)]))
    case.t("agent", "i understand i'll add a credit of %s pounds and it'll take %s working days" %
           (say_pair(digits(2, True), "oh"), UNITS[R.randint(2, 9)]))
    return case


def n_times_hours():
    ind, o = org()
    case = Case("negative", "%s chat: opening hours, times, durations" % ind)
    case.t("customer", "what time do you close on saturdays")
    case.t("agent", "We're open Mon-Fri 08:00-20:00 and Sat 9am - 5:30pm. Average wait is %d mins; "
           "callbacks run 10:15 to 16:45." % R.randint(3, 45))
    case.t("customer", "ok ill ring back at %d.%02d tomorrow" % (R.randint(9, 16), R.choice([0, 15, 30, 45])))
    return case


def n_dates_appts():
    ind, o = org(R.choice(["healthcare billing", "government services", "utilities", "telecom"]))
    y, m, d = rand_date(2024, 2027)
    case = Case("negative", "%s: appointment, payment and contract dates (not DOB)" % ind)
    case.t("agent", "Your appointment is booked for %s at 10:30. Your next payment of \u00a3%d is due "
           "%s and your contract ends %s." % (fmt_date(y, m, d), R.randint(20, 90),
                                               fmt_date(y, R.randint(1, 12), R.randint(1, 28)),
                                               fmt_date(y + 1, R.randint(1, 12), R.randint(1, 28))))
    case.t("customer", "can we move it to the %s of %s instead" % (ORD[R.randint(0, 27)], MONTHS[R.randint(0, 11)]))
    return case


def n_spoken_dates():
    case = Case("negative", "call (ASR): spoken appointment date and year, sounds like a DOB")
    y, m, d = rand_date(2025, 2026)
    case.t("agent", "the engineer can come on the %s of %s %s between eight and one" %
           (ORD[d - 1], MONTHS[m - 1], say_year(y)))
    case.t("customer", "the %s of %s great i've had this boiler since %s" %
           (ORD[d - 1], MONTHS[m - 1], say_year(R.randint(1995, 2015))))
    return case


def n_last_four():
    ind, o = org(R.choice(["banking", "retail", "telecom"]))
    l4 = digits(4)
    case = Case("negative", "%s: card last-four / masked card only (allowed by PCI DSS)" % ind)
    if R.random() < 0.5:
        case.t("agent", R.choice(["Payment taken from card ending %s.", "Card on file: **** **** **** %s",
                                  "Charged to VISA xxxx-xxxx-xxxx-%s"]) % l4)
        case.t("customer", "yes that's my card ending in %s thanks" % l4)
    else:
        case.t("agent", "is that the card ending %s" % say(l4, mix=0.3))
        case.t("customer", "yeah %s that's the one" % say(l4, mix=0.3))
    return case


def n_masked():
    case = Case("negative", "chat: masked values (SSN, account, phone, e-mail) that show no PII")
    case.t("agent", R.choice([
        "We have SSN ***-**-%s, account ******%s and phone (***) ***-%s on file." % (digits(4), digits(2), digits(4)),
        "Your details: NI number ** ** ** ** %s, mobile 07*** ***%s, e-mail j****@g****.com" % (R.choice("ABCD"), digits(3)),
        "IBAN ending %s, sort code **-**-%s" % (digits(4), digits(2))]))
    case.t("customer", "yes those look right")
    return case


def n_meter():
    ind, o = org("utilities")
    r = digits(R.choice([5, 6, 8]))
    case = Case("negative", "utilities: meter readings and meter serial number")
    if R.random() < 0.5:
        case.t("customer", "meter reading %s taken today, meter serial %s%s" %
               (r, R.choice(["E", "G", "K"]) + digits(2) + R.choice("ABCDKM"), digits(5)))
    else:
        case.t("customer", "the reading is %s" % say(r, fill=0.3, mix=0.3))
    case.t("agent", "Thanks, your reading has been submitted and your estimated usage is %d kWh." % R.randint(150, 900))
    return case


def n_travel():
    case = Case("negative", "travel: flight, gate, seat, room, booking numbers")
    case.t("customer", "im on flight %s%d tomorrow, seat %d%s, booking %s" %
           (R.choice(["BA", "EI", "FR", "LH", "UA"]), R.randint(10, 9999), R.randint(1, 40),
            R.choice("ABCDEF"), "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))))
    case.t("agent", "Boarding is from gate %s%d at %02d:%02d; your hotel room %d is confirmed for %d nights." %
           (R.choice("ABC"), R.randint(1, 60), R.randint(5, 22), R.choice([0, 15, 30, 45]),
            R.randint(101, 1480), R.randint(1, 14)))
    return case


def n_serial_model():
    case = Case("negative", "retail/telecom: serial, model and IMEI-like numbers with labels")
    case.t("customer", "my router model %s serial no %s isnt working" %
           (R.choice(["HG-612", "TP-AX3000", "FX-2200v2"]), digits(4) + "-" + digits(4) + "-" + digits(4) + "-" + digits(4)))
    case.t("agent", "Thanks. Device IMEI %s; firmware %d.%d.%d. I've raised ticket INC%s." %
           (digits(15), R.randint(1, 9), R.randint(0, 20), R.randint(0, 99), digits(7)))
    return case


def n_serial_like_ni():
    case = Case("negative", "insurance: policy/serial numbers shaped like NI numbers and SSNs, said with labels")
    case.t("agent", "Policy number %s, claim number %s-%s-%s." %
           (R.choice(["PX", "HM", "MT"]) + " " + " ".join(chunks(digits(6), [2, 2, 2])) + " " + R.choice("ABCD"),
            digits(3), digits(2), digits(4)))
    case.t("customer", "and the vehicle reg is %s%d %s" % (R.choice(["AB", "KX", "LM"]), R.randint(10, 75),
                                                          "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3))))
    return case


def n_ages_temps():
    case = Case("negative", "call (ASR) / chat: ages, temperatures, counts, percentages, years")
    case.t("customer", "my mum is %s and the heating's stuck at %s degrees, it's been like that since %s" %
           (say_pair(str(R.randint(60, 99)), "oh"), say_pair(str(R.randint(11, 30)), "oh"), say_year(R.randint(2019, 2025))))
    case.t("agent", "I'm sorry, %d%% of repairs are done within %d hours; we've got %d engineers out today." %
           (R.randint(60, 99), R.choice([24, 48, 72]), R.randint(5, 80)))
    return case


def n_roads():
    case = Case("negative", "chat: road names and town without house number, junctions")
    case.t("customer", "your van is blocking %s again, right by the junction with %s" %
           (R.choice(STREETS), R.choice(STREETS)))
    case.t("agent", "Sorry about that. Our depot on %s near junction %d of the %s will be told." %
           (R.choice(US_STREETS + STREETS), R.randint(1, 30), R.choice(["M25", "M6", "A1(M)", "N7", "I-95"])))
    return case


def n_long_digits():
    case = Case("negative", "e-mail: long digit strings that are invoice/transaction ids and amounts")
    case.t("customer", "Re: Invoice INV-%s-%s\n\nTransaction ID %s was charged twice (%s and %s). "
           "Please refund one.\n\nRef %s" % (R.randint(2023, 2026), digits(5), digits(18),
                                             "\u00a3%d.%02d" % (R.randint(5, 99), R.randint(0, 99)),
                                             "\u00a3%d.%02d" % (R.randint(5, 99), R.randint(0, 99)),
                                             " ".join(chunks(digits(12), [4, 4, 4]))))
    case.t("agent", "Refund of the duplicate has been issued; allow 3-5 days. Case %s." % digits(8))
    return case


def n_helpline_hours():
    case = Case("negative", "sms: one-time passcode, counts and durations")
    case.t("agent", "Your verification code is %s. It expires in %d minutes. Do not share it." %
           (digits(6), R.choice([5, 10, 15])))
    case.t("customer", "code didnt come thru, waited %d mins, tried %d times" % (R.randint(2, 20), R.randint(2, 6)))
    return case


def n_spoken_order_like_card():
    case = Case("negative", "call (ASR): order number read in card-style groups with back-channels")
    c = make_card()
    g = chunks(c, [4, 4, 4, 4])
    case.t("agent", "can i take the order number")
    case.t("customer", "it's order %s" % say(g[0] + g[1], [4, 4]))
    case.t("agent", ack())
    case.t("customer", "%s that's the order number on the email" % say(g[2] + g[3], [4, 4]))
    return case


NEG_TEMPLATES = [
    (n_order_numbers, 9), (n_spoken_reference, 9), (n_amounts, 7), (n_spoken_amounts, 6),
    (n_times_hours, 6), (n_dates_appts, 7), (n_spoken_dates, 5), (n_last_four, 8), (n_masked, 7),
    (n_meter, 6), (n_travel, 6), (n_serial_model, 5), (n_serial_like_ni, 5), (n_ages_temps, 5),
    (n_roads, 5), (n_long_digits, 6), (n_helpline_hours, 4), (n_spoken_order_like_card, 5),
]


def generate():
    global R
    R = random.Random(SEED)
    cases = []
    pos = []
    for fn, k in POS_TEMPLATES:
        pos += [fn] * k
    neg = []
    for fn, k in NEG_TEMPLATES:
        neg += [fn] * k
    R.shuffle(pos)
    R.shuffle(neg)
    for i, fn in enumerate(pos, 1):
        cases.append(fn().build("h467-pos-%03d" % i))
    for i, fn in enumerate(neg, 1):
        cases.append(fn().build("h467-neg-%03d" % i))
    return "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cases)


# ----------------------------------------------------------------- checks

MONTH_RE = re.compile(r"(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)", re.I)
STREET_RE = re.compile(r"\b(lane|road|avenue|street|crescent|grove|drive|view|close|way|terrace|"
                       r"boulevard|court)\b", re.I)
NUMWORD = set(UNITS) | set(TEENS) | set(TENS.values())


def full_valid(typ, txt):
    """Is txt (one span) a complete valid value of typ?"""
    if typ == "EMAIL":
        return bool(re.match(r"^[a-z0-9._%+\-]+@[a-z0-9\-]+(\.[a-z0-9\-]+)+$", norm(txt, "email")))
    if typ in ("DOB", "EXPIRY"):
        s = norm(txt)
        dg = re.sub(r"\D", "", s)
        if MONTH_RE.search(txt):
            return True
        return 3 <= len(dg) <= 8 and dg == s
    if typ == "ADDRESS":
        low = txt.lower()
        return bool(STREET_RE.search(low)) and (bool(re.search(r"\d", low)) or
                                                  any(w in NUMWORD for w in re.findall(r"[a-z]+", low)))
    s = norm(txt)
    if typ == "POSTCODE":
        return bool(UK_PC_RE.match(s) or re.match(r"^\d{5}(\d{4})?$", s))
    return part_valid(typ, s)


def part_valid(typ, s):
    if typ == "CARD_NUMBER":
        return s.isdigit() and 13 <= len(s) <= 19 and luhn_ok(s)
    if typ == "CVV":
        return s.isdigit() and len(s) in (3, 4)
    if typ == "SSN":
        return (s.isdigit() and len(s) == 9 and s[:3] not in ("000", "666") and s[0] != "9"
                and s[3:5] != "00" and s[5:] != "0000")
    if typ == "NI_NUMBER":
        return bool(NI_RE.match(s)) and s[:2] not in NI_BAD
    if typ == "BANK_ACCOUNT":
        return s.isdigit() and 8 <= len(s) <= 12
    if typ == "SORT_CODE":
        return s.isdigit() and len(s) == 6
    if typ == "IBAN":
        return iban_ok(s)
    if typ == "PHONE":
        return s.isdigit() and (10 <= len(s) <= 13 or (s[:2] == "00" and len(s) <= 15))
    return False


SPLITTABLE = {"CARD_NUMBER", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE", "IBAN", "PHONE"}


def check_case(c, errs):
    cid = c["id"]
    if c["kind"] == "negative" and c["spans"]:
        errs.append("%s: negative with spans" % cid)
    if c["kind"] == "positive" and not c["spans"]:
        errs.append("%s: positive without spans" % cid)
    for t in c["turns"]:
        if t["speaker"] not in ("customer", "agent") or not t["text"]:
            errs.append("%s: bad turn" % cid)
    prev = {}
    for sp in c["spans"]:
        if sp["type"] not in TYPES:
            errs.append("%s: bad type" % cid)
        text = c["turns"][sp["turn"]]["text"]
        a, b = sp["start"], sp["end"]
        if not (0 <= a < b <= len(text)):
            errs.append("%s: offsets out of range" % cid)
            continue
        if not (text[a].isalnum() and text[b - 1].isalnum()):
            errs.append("%s: span edge not alnum %r" % (cid, text[a:b]))
        if (a > 0 and text[a - 1].isalnum()) or (b < len(text) and text[b].isalnum()):
            errs.append("%s: span not on word boundary %r" % (cid, text[a:b]))
        if sp["turn"] in prev and a < prev[sp["turn"]]:
            errs.append("%s: overlapping/unsorted spans" % cid)
        prev[sp["turn"]] = b
    # value validation, accumulating fragments per (type, speaker)
    bufs, cards = {}, []
    deferred = []
    spans = c["spans"]
    for si, sp in enumerate(spans):
        t = c["turns"][sp["turn"]]
        txt = t["text"][sp["start"]:sp["end"]]
        typ = sp["type"]
        if typ not in SPLITTABLE:
            if not full_valid(typ, txt):
                errs.append("%s: invalid %s %r" % (cid, typ, txt))
            continue
        key = (typ, t["speaker"])
        s = norm(txt)
        if typ == "PHONE":
            s = re.sub(r"[^0-9]", "", s) if re.fullmatch(r"[0-9]+", s) or not re.search(r"[A-Z]", s) else s
        if typ == "CARD_NUMBER" and not bufs.get(key) and len(s) == 4 and s.isdigit():
            # a lone 4-digit card span is either the start of a grouped reading
            # or a last-four mention that needs a full card in the same case
            acc, starts = s, False
            for sp2 in spans[si + 1:]:
                t2 = c["turns"][sp2["turn"]]
                if sp2["type"] != typ or t2["speaker"] != t["speaker"]:
                    continue
                acc += norm(t2["text"][sp2["start"]:sp2["end"]])
                if part_valid(typ, acc):
                    starts = True
                    break
                if len(acc) > 19:
                    break
            if not starts:
                deferred.append(s)
                continue
        buf = bufs.get(key, "") + s
        if part_valid(typ, buf):
            if typ == "CARD_NUMBER":
                cards.append(buf)
            buf = ""
        bufs[key] = buf
    for k, v in bufs.items():
        if v:
            errs.append("%s: incomplete %s fragments %r" % (cid, k, v))
    for l4 in deferred:
        if not any(cd.endswith(l4) for cd in cards):
            errs.append("%s: last-four labelled without its full card" % cid)


def check():
    data = generate()
    with open(OUT, encoding="utf-8") as fh:
        ondisk = fh.read()
    errs = []
    if data != ondisk:
        errs.append("cases.jsonl is not byte-identical to a fresh generation")
    cases = [json.loads(x) for x in data.splitlines()]
    ids = [c["id"] for c in cases]
    if len(ids) != len(set(ids)):
        errs.append("duplicate ids")
    for c in cases:
        check_case(c, errs)
    counts = {t: 0 for t in TYPES}
    for c in cases:
        for sp in c["spans"]:
            counts[sp["type"]] += 1
    npos = sum(c["kind"] == "positive" for c in cases)
    nneg = sum(c["kind"] == "negative" for c in cases)
    if npos < 200 or nneg < 100:
        errs.append("too few cases")
    need = {"CARD_NUMBER": 70, "SSN": 30, "NI_NUMBER": 30}
    for t in TYPES:
        if counts[t] < need.get(t, 10):
            errs.append("too few %s spans: %d" % (t, counts[t]))
    print("positive=%d negative=%d" % (npos, nneg))
    for t in TYPES:
        print("  %-13s %d" % (t, counts[t]))
    if errs:
        for e in errs[:60]:
            print("ERROR", e)
        print("%d error(s)" % len(errs))
        return 1
    print("check OK")
    return 0


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args()
    if args.check:
        sys.exit(check())
    data = generate()
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(data)
    print("wrote %s (%d cases)" % (OUT, data.count("\n")))


if __name__ == "__main__":
    main()

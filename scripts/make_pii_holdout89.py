#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set #89.

Written by an independent AI helper that did not see the redaction code.
Standard library only.  Output is byte-for-byte reproducible (seed 89301123).

    python scripts/make_pii_holdout89.py          # write fixture + README
    python scripts/make_pii_holdout89.py --check  # regenerate and verify
"""
import json
import random
import re
import sys
from pathlib import Path

SEED = 89301123
ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "tests" / "fixtures" / "pii_holdout89"
CASES = OUT_DIR / "cases.jsonl"
README = OUT_DIR / "README.md"

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]
MIN_SPANS = {t: 12 for t in TYPES}
MIN_SPANS.update({"CARD_NUMBER": 30, "NI_NUMBER": 30, "SSN": 30})

R = random.Random(SEED)

# ---------------------------------------------------------------- words
UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy",
        8: "eighty", 9: "ninety"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth",
       7: "seventh", 8: "eighth", 9: "ninth", 10: "tenth", 11: "eleventh",
       12: "twelfth", 13: "thirteenth", 14: "fourteenth", 15: "fifteenth",
       16: "sixteenth", 17: "seventeenth", 18: "eighteenth", 19: "nineteenth",
       20: "twentieth", 30: "thirtieth"}
NATO = {"o": "oscar", "a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo",
        "f": "foxtrot", "g": "golf", "h": "hotel", "j": "juliet", "k": "kilo",
        "l": "lima", "m": "mike", "n": "november", "p": "papa", "r": "romeo",
        "s": "sierra", "t": "tango", "w": "whiskey", "x": "xray", "y": "yankee",
        "z": "zulu"}
NAMEWORD = {"a": "apple", "b": "bob", "c": "charlie", "d": "david", "e": "edward",
            "g": "george", "h": "harry", "j": "jack", "k": "kate", "l": "london",
            "m": "mary", "n": "nancy", "p": "peter", "r": "robert", "s": "sugar",
            "t": "tommy", "w": "william", "x": "xmas", "y": "yellow", "z": "zebra"}
HOMO = {"b": "bee", "c": "see", "d": "dee", "g": "gee", "j": "jay", "k": "kay",
        "p": "pee", "t": "tee", "y": "why", "r": "are", "x": "ex"}
FILLERS = ["um", "uh", "erm", "er"]


def ordw(d):
    return ORD.get(d) or (TENS[d // 10] + " " + ORD[d % 10])


def say_digit(d, zero=None):
    if d == "0":
        return zero or R.choice(["zero", "oh", "oh", "o", "nought"])
    return UNITS[int(d)]


def say_pair(p, final=True):
    """two-digit string as words ("41" -> "forty one", "05" -> "oh five")."""
    a, b = int(p[0]), int(p[1])
    if a >= 2 and b == 0 and not final:
        return say_digit(p[0]) + " " + say_digit("0", R.choice(["oh", "zero", "o"]))
    if a == 0:
        return "oh " + say_digit(p[1], "oh") if b else "oh oh"
    if a == 1:
        return TEENS[b]
    return TENS[a] + ("" if b == 0 else " " + UNITS[b])


def say_digits(s, style=None):
    """digit string -> list of word chunks (one chunk per spoken group)."""
    style = style or R.choice(["single", "single", "mixed", "mixed", "pairs"])
    words = []
    i = 0
    zero = R.choice(["zero", "oh", "oh", "o", "nought"])
    while i < len(s):
        if style == "pairs" and i + 1 < len(s) and R.random() < 0.7:
            words.append(say_pair(s[i:i + 2], final=(i + 2 >= len(s))))
            i += 2
            continue
        if style in ("mixed", "pairs") and i + 2 < len(s) and s[i] == s[i + 1] == s[i + 2]:
            words.append("triple " + say_digit(s[i], zero))
            i += 3
            continue
        if style in ("mixed", "pairs") and i + 1 < len(s) and s[i] == s[i + 1]:
            words.append("double " + say_digit(s[i], zero))
            i += 2
            continue
        words.append(say_digit(s[i], zero))
        i += 1
    return words


def say_year(y):
    y = str(y)
    if y == "2000":
        return "two thousand"
    if y.startswith("20") and y[2] == "0":
        return R.choice(["two thousand and " + UNITS[int(y[3])], "two thousand " + UNITS[int(y[3])]])
    return say_pair(y[:2]) + " " + say_pair(y[2:])


def say_letter(c, mode=None):
    c = c.lower()
    mode = mode or R.choice(["plain", "plain", "nato", "name", "homo"])
    if mode == "nato" and c in NATO:
        return "%s %s %s" % (c, R.choice(["for", "as in", "for"]), NATO[c])
    if mode == "name" and c in NAMEWORD:
        return "%s %s %s" % (c, R.choice(["for", "as in"]), NAMEWORD[c])
    if mode == "homo" and c in HOMO:
        return HOMO[c]
    return c


# ---------------------------------------------------------------- values
def luhn_complete(body):
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return body + str((10 - total % 10) % 10)


def luhn_ok(num):
    total = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def rdig(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def card(brand=None):
    brand = brand or R.choice(["visa", "visa", "mc", "mc", "amex", "disc", "visa13", "mc2", "maestro"])
    if brand == "visa":
        return luhn_complete("4" + rdig(14)), brand
    if brand == "visa13":
        return luhn_complete("4" + rdig(11)), brand
    if brand == "mc":
        return luhn_complete("5" + R.choice("12345") + rdig(13)), brand
    if brand == "mc2":
        return luhn_complete("22" + R.choice(["21", "35", "60", "99"]) + rdig(11)), brand
    if brand == "amex":
        return luhn_complete(R.choice(["34", "37"]) + rdig(12)), brand
    if brand == "disc":
        return luhn_complete("6011" + rdig(11)), brand
    return luhn_complete("6759" + rdig(14)), brand  # 19-digit maestro


def group_card(num, sep=" "):
    if len(num) == 15:
        parts = [num[:4], num[4:10], num[10:]]
    else:
        parts = [num[i:i + 4] for i in range(0, len(num), 4)]
    return sep.join(parts)


def ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


NI_FIRST = "ABCEGHJKLMNPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"
NI_RE = re.compile(r"^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$")


def ni():
    while True:
        p = R.choice(NI_FIRST) + R.choice(NI_SECOND)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + rdig(6) + R.choice("ABCD")


def iban_check(country, bban):
    s = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return "%02d" % (98 - int(num) % 97)


def iban_ok(s):
    s = s.upper()
    if not re.match(r"^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def iban(country=None):
    country = country or R.choice(["GB", "IE", "DE", "NL", "FR", "ES", "IE", "GB"])
    if country == "GB":
        bban = R.choice(["NWBK", "BARC", "LOYD", "MIDL", "HLFX"]) + rdig(14)
    elif country == "IE":
        bban = R.choice(["AIBK", "BOFI", "IPBS"]) + rdig(14)
    elif country == "DE":
        bban = rdig(18)
    elif country == "NL":
        bban = R.choice(["ABNA", "RABO", "INGB"]) + rdig(10)
    elif country == "FR":
        bban = rdig(23)
    else:
        bban = rdig(20)
    return country + iban_check(country, bban) + bban


def group4(s, sep=" "):
    return sep.join(s[i:i + 4] for i in range(0, len(s), 4))


def uk_mobile():
    return "07" + R.choice("345789") + rdig(8)


def uk_land():
    return R.choice(["020" + R.choice("378") + rdig(7), "0161" + rdig(7), "0113" + rdig(7),
                     "0131" + rdig(7), "0117" + rdig(7), "01632" + rdig(6)])


def us_phone():
    return str(R.randint(201, 989)) + str(R.randint(200, 999)) + rdig(4)


def ie_mobile():
    return "08" + R.choice("35679") + rdig(7)


FIRST = ["james", "sarah", "aoife", "liam", "priya", "tom", "chloe", "marcus", "niamh",
         "daniel", "fatima", "owen", "grace", "ravi", "megan", "sean", "lucy", "kevin",
         "hannah", "tariq", "emma", "ciaran", "jo", "pete", "rachel", "dev"]
LAST = ["walsh", "patel", "smith", "obrien", "murphy", "jones", "kowalski", "nguyen",
        "brennan", "taylor", "hughes", "garcia", "khan", "fitzgerald", "reid", "evans",
        "martinez", "byrne", "clarke", "lee", "doyle", "ahmed"]
DOMAINS = ["gmail.com", "hotmail.co.uk", "yahoo.com", "outlook.com", "eircom.net",
           "btinternet.com", "icloud.com", "aol.com", "web.de", "live.ie", "proton.me"]


def email_parts():
    f, l = R.choice(FIRST), R.choice(LAST)
    style = R.choice(["f.l", "fl", "f_l", "fl99", "f.l99", "i.l", "l.f"])
    num = str(R.randint(1, 99)) if "99" in style else ""
    if style.startswith("f.l"):
        local = [f, ".", l]
    elif style.startswith("fl"):
        local = [f + l]
    elif style == "f_l":
        local = [f, "_", l]
    elif style == "i.l":
        local = [f[0], ".", l]
    else:
        local = [l, ".", f]
    return local, num, R.choice(DOMAINS)


def email_typed():
    local, num, dom = email_parts()
    e = "".join(local) + num + "@" + dom
    r = R.random()
    if r < 0.15:
        e = e.capitalize()
    elif r < 0.22:
        e = e.upper()
    return e


def email_spoken():
    local, num, dom = email_parts()
    out = []
    for p in local:
        if p == ".":
            out.append("dot")
        elif p == "_":
            out.append("underscore")
        elif len(p) == 1:
            out.append(p)
        else:
            out.append(p)
    if num:
        out.append(say_pair(num) if len(num) == 2 else UNITS[int(num)])
    out.append("at")
    out.append(" dot ".join(dom.split(".")))
    return " ".join(out)


UK_AREAS = ["SW", "SE", "N", "E", "W", "NW", "M", "B", "LS", "EH", "G", "CF", "BS",
            "NE", "L", "OX", "CB", "RG", "BT", "S", "NG", "LE", "PL", "EX", "BN", "HU"]
INWARD = "ABDEFGHJLNPQRSTUWXYZ"


def uk_postcode():
    a = R.choice(UK_AREAS)
    out = a + str(R.randint(1, 20 if len(a) == 2 else 9))
    if R.random() < 0.08 and len(out) == 3:
        out += R.choice("ABEHMNPRVWXY")
    return out + " " + str(R.randint(0, 9)) + R.choice(INWARD) + R.choice(INWARD)


def us_zip(plus4=False):
    z = "%05d" % R.randint(1001, 99950)
    return z + ("-" + rdig(4) if plus4 else "")


UK_STREETS = ["Elm Grove", "Station Road", "Church Lane", "Victoria Street", "Mill Lane",
              "Park Avenue", "Queens Drive", "Orchard Close", "Beech Crescent",
              "Kings Road", "Meadow Way", "Albert Terrace", "Hawthorn Gardens"]
US_STREETS = ["Maple Avenue", "Oak Street", "Pine Drive", "Lakeview Boulevard",
              "Cedar Lane", "Sunset Court", "Washington Street", "Highland Road",
              "Elm Street", "Birch Way", "Riverside Drive"]
IE_STREETS = ["Griffith Avenue", "Main Street", "Castle Road", "Seafield Park",
              "Clontarf Road", "Ashgrove Lawn"]
SUFFIXES = ["road", "street", "lane", "avenue", "drive", "close", "crescent", "way",
            "terrace", "gardens", "grove", "court", "boulevard", "park", "lawn", "place"]
TOWNS_UK = ["Leeds", "Bristol", "Manchester", "Cardiff", "Edinburgh", "Norwich", "Reading"]
TOWNS_US = ["Columbus, Ohio", "Austin, Texas", "Tampa, Florida", "Denver, Colorado",
            "Albany, New York", "Fresno, California"]


def dob_date():
    y = R.randint(1941, 2004)
    m = R.randint(1, 12)
    d = R.randint(1, 28)
    return y, m, d


# ---------------------------------------------------------------- builder
class Case:
    def __init__(self, kind, note):
        self.kind = kind
        self.note = note
        self.turns = []
        self.spans = []
        self.groups = []  # parallel to spans: (group key, value type)

    def t(self, speaker, *segs):
        text = ""
        idx = len(self.turns)
        for seg in segs:
            if isinstance(seg, str):
                text += seg
            else:
                val, typ = seg[0], seg[1]
                grp = seg[2] if len(seg) > 2 else None
                start = len(text)
                text += val
                self.spans.append({"turn": idx, "start": start, "end": len(text), "type": typ})
                self.groups.append(grp)
        self.turns.append({"speaker": speaker, "text": text})
        return self


def V(val, typ, grp=None):
    return (val, typ, grp)


def spoken_segments(chunks, typ, grp, filler_p=0.0):
    """join word chunks into span segments; interior fillers split the span."""
    segs = []
    cur = []
    for i, c in enumerate(chunks):
        cur.append(c)
        if i < len(chunks) - 1 and R.random() < filler_p:
            segs.append(V(" ".join(cur), typ, grp))
            segs.append(" %s " % R.choice(FILLERS))
            cur = []
    if cur:
        if segs:
            segs.append(V(" ".join(cur), typ, grp))
        else:
            segs.append(V(" ".join(cur), typ, grp))
    out = []
    for s in segs:
        if out and not isinstance(s, str) and not isinstance(out[-1], str):
            out.append(" ")
        out.append(s)
    return out


def split_n(s, n):
    k = len(s)
    cuts = sorted(R.sample(range(2, k - 1), n - 1)) if n > 1 else []
    parts, prev = [], 0
    for c in cuts + [k]:
        parts.append(s[prev:c])
        prev = c
    return parts


_gid = [0]


def G():
    _gid[0] += 1
    return "g%d" % _gid[0]


IND = ["banking", "telecom", "utilities", "retail", "insurance", "travel",
       "healthcare billing", "government services"]
BACK = ["mhm", "okay", "yep", "go on", "okay go on", "uh huh", "right", "yes", "got it"]


# ---------------------------------------------------------------- positives
def p_card_chat():
    c = Case("positive", "")
    num, brand = card()
    sep = R.choice([" ", "-", "", " ", ".", "  "])
    shown = group_card(num, sep) if sep != "" else num
    ind = R.choice(["retail", "telecom", "travel", "utilities"])
    c.t("agent", "Hi, thanks for waiting. How would you like to pay today?")
    c.t("customer", R.choice(["card pls ", "By card. ", "debit card: ", "Card no is "]), V(shown, "CARD_NUMBER"),
        R.choice([" thx", "", " - can you take the £49.99 now?", ". Order #5531207 btw"]))
    c.note = "chat/%s: %s card typed with separator %r" % (ind, brand, sep)
    return c


def p_card_call_one():
    c = Case("positive", "")
    num, brand = card()
    g = G()
    c.t("agent", "okay and the long number across the front of the card please")
    c.t("customer", R.choice(["yeah it's ", "okay so ", "right it's ", "", "sure "]),
        *spoken_segments(say_digits(num), "CARD_NUMBER", g, 0.12))
    c.note = "call/%s: %s read in one turn, spoken digits with doubles/oh and possible fillers" % (R.choice(IND), brand)
    return c


def p_card_call_split():
    c = Case("positive", "")
    num, brand = card(R.choice(["visa", "mc", "disc", "amex"]))
    g = G()
    parts = [num[i:i + 4] for i in range(0, len(num), 4)] if len(num) == 16 else [num[:4], num[4:10], num[10:]]
    c.t("agent", "go ahead with the card number whenever you're ready")
    for i, p in enumerate(parts):
        c.t("customer", *( [R.choice(["", "so ", "", "um "])] if i == 0 else [""]),
            *spoken_segments(say_digits(p), "CARD_NUMBER", g))
        if i < len(parts) - 1:
            c.t("agent", R.choice(BACK))
    c.t("agent", "lovely and the expiry")
    m = R.randint(1, 12)
    y = R.randint(26, 31)
    c.t("customer", V(say_pair("%02d" % m) + " " + say_pair(str(y)), "EXPIRY"))
    c.note = "call/%s: %s split over customer turns with back-channels, then spoken expiry" % (R.choice(IND), brand)
    return c


def p_card_correction():
    c = Case("positive", "")
    num, brand = card("visa")
    g = G()
    wrong = num[4:8][::-1] if num[4:8][::-1] != num[4:8] else "1234"
    c.t("agent", "can i take the card number please")
    c.t("customer", *spoken_segments(say_digits(num[:4], "single"), "CARD_NUMBER", g), " ",
        *spoken_segments(say_digits(wrong, "single"), "CARD_NUMBER", "-"),
        R.choice([" no sorry ", " no wait ", " sorry i mean "]),
        *spoken_segments(say_digits(num[4:8], "single"), "CARD_NUMBER", g))
    c.t("agent", "okay")
    c.t("customer", *spoken_segments(say_digits(num[8:]), "CARD_NUMBER", g))
    c.t("agent", "let me read that back ", *spoken_segments(say_digits(num, "single"), "CARD_NUMBER", G()),
        " is that right")
    c.t("customer", "yes that's it")
    c.note = "call/%s: self-corrected card group (abandoned group also labelled) and agent read-back" % R.choice(IND)
    return c


def p_card_cvv_exp_chat():
    c = Case("positive", "")
    num, brand = card()
    cvv = rdig(4 if brand == "amex" else 3)
    m, y = R.randint(1, 12), R.randint(26, 31)
    exp = R.choice(["%02d/%02d" % (m, y), "%02d/20%02d" % (m, y), "%02d-%02d" % (m, y), "%d/%02d" % (m, y)])
    c.t("agent", "Please provide the card number, expiry and the 3 or 4 digit security code.")
    c.t("customer", V(group_card(num, R.choice([" ", "-", ""])), "CARD_NUMBER"),
        R.choice([" exp ", " expiry ", ", expires ", " valid thru "]), V(exp, "EXPIRY"),
        R.choice([" cvv ", " security code ", ", code on back ", " cvc "]), V(cvv, "CVV"))
    c.note = "chat/%s: card, expiry and cvv in one message" % R.choice(["retail", "travel", "telecom"])
    return c


def p_cvv_call():
    c = Case("positive", "")
    cvv = rdig(3)
    c.t("agent", "and the three digit security code on the back of the card")
    c.t("customer", R.choice(["it's ", "um ", "", "that's "]),
        V(" ".join(say_digits(cvv, R.choice(["single", "mixed"]))), "CVV"))
    c.t("agent", "thank you that's gone through for one hundred and twelve pounds forty")
    c.note = "call/%s: spoken cvv after prompt, amount afterwards unlabelled" % R.choice(IND)
    return c


def p_cvv_exp_call():
    c = Case("positive", "")
    m, y = R.randint(1, 12), R.randint(26, 32)
    cvv = rdig(3)
    ex = R.choice([MONTHS[m - 1] + " " + say_year(2000 + y), say_pair("%02d" % m) + " " + say_pair("%02d" % y),
                   say_digit(str(m)[0]) + " " + say_pair("%02d" % y) if m < 10 else say_pair("%02d" % m) + " " + say_pair("%02d" % y)])
    c.t("agent", "what's the expiry date on the card")
    c.t("customer", V(ex, "EXPIRY"))
    c.t("agent", R.choice(["and the cvv", "and the last three digits on the signature strip"]))
    c.t("customer", V(" ".join(say_digits(cvv)), "CVV"), R.choice(["", " i think", " yeah"]))
    c.note = "call/%s: spoken expiry (month name or digits) then cvv in separate turns" % R.choice(IND)
    return c


def p_ssn_chat():
    c = Case("positive", "")
    s = ssn()
    fmt = R.choice(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s.%s.%s", "%s - %s - %s"])
    shown = fmt % (s[:3], s[3:5], s[5:])
    c.t("agent", "To verify your identity I'll need your Social Security number.")
    c.t("customer", R.choice(["sure its ", "SSN: ", "ok ", "my social is "]), V(shown, "SSN"),
        R.choice(["", " and my claim # is 88213", ". I'm calling about the 2024 tax year", " thanks"]))
    c.note = "chat/%s: US SSN typed as %r" % (R.choice(["government services", "insurance", "banking"]), fmt)
    return c


def p_ssn_call():
    c = Case("positive", "")
    s = ssn()
    g = G()
    c.t("agent", "can you give me your social security number please")
    mode = R.random()
    if mode < 0.5:
        c.t("customer", R.choice(["yeah it's ", "sure ", "", "okay it's "]),
            *spoken_segments(say_digits(s), "SSN", g, 0.1))
    else:
        c.t("customer", *spoken_segments(say_digits(s[:3]), "SSN", g))
        c.t("agent", R.choice(BACK))
        c.t("customer", *spoken_segments(say_digits(s[3:5]), "SSN", g))
        c.t("agent", R.choice(BACK))
        c.t("customer", *spoken_segments(say_digits(s[5:]), "SSN", g))
    c.t("agent", "thank you")
    c.note = "call/%s: US SSN spoken, %s" % (R.choice(["government services", "healthcare billing", "insurance", "banking"]),
                                             "one turn" if mode < 0.5 else "3-2-4 split over turns")
    return c


def p_ssn_last4_and_full():
    c = Case("positive", "")
    s = ssn()
    c.t("agent", "i have you as calling about the medical bill from march for two hundred and forty dollars")
    c.t("customer", "yes that's right")
    c.t("agent", "for security can i have your full social")
    c.t("customer", "it's ", V(say_pair(s[:2], False) + " " + say_digit(s[2]) + " " + say_pair(s[3:5], False) + " " +
                               say_pair(s[5:7], False) + " " + say_pair(s[7:]), "SSN"))
    c.t("agent", "i have ", V(s[:3] + " " + s[3:5] + " " + s[5:], "SSN"), " on file that matches")
    c.note = "call/healthcare billing: SSN spoken in pairs, agent confirms as digits; dollar amount unlabelled"
    return c


def ni_typed(v):
    st = R.choice(["spaced", "compact", "lower", "dash"])
    if st == "spaced":
        return "%s %s %s %s %s" % (v[:2], v[2:4], v[4:6], v[6:8], v[8])
    if st == "compact":
        return v
    if st == "lower":
        return v.lower()
    return "%s-%s-%s-%s-%s" % (v[:2], v[2:4], v[4:6], v[6:8], v[8])


def p_ni_chat():
    c = Case("positive", "")
    v = ni()
    c.t("agent", "Could you confirm your National Insurance number please?")
    c.t("customer", R.choice(["yes it's ", "NI no: ", "", "its "]), V(ni_typed(v), "NI_NUMBER"),
        R.choice(["", " - I've had 3 letters about this", ". Claim ref 7741902", " cheers"]))
    c.note = "chat/government services: UK NI number typed"
    return c


def ni_spoken_chunks(v):
    lm = R.choice(["plain", "nato", "name", "homo", None])
    chunks = [say_letter(v[0], lm), say_letter(v[1], lm)]
    chunks += say_digits(v[2:8], R.choice(["single", "mixed", "pairs"]))
    chunks.append(say_letter(v[8], lm))
    return chunks


def p_ni_call():
    c = Case("positive", "")
    v = ni()
    g = G()
    c.t("agent", "and your national insurance number")
    if R.random() < 0.55:
        c.t("customer", R.choice(["yeah it's ", "", "it's ", "okay "]),
            *spoken_segments(ni_spoken_chunks(v), "NI_NUMBER", g, 0.05))
        how = "one turn"
    else:
        lm = R.choice(["plain", "nato", "homo"])
        c.t("customer", V(say_letter(v[0], lm) + " " + say_letter(v[1], lm), "NI_NUMBER", g))
        c.t("agent", R.choice(BACK))
        c.t("customer", V(" ".join(say_digits(v[2:5], "single")), "NI_NUMBER", g))
        c.t("agent", R.choice(BACK))
        c.t("customer", V(" ".join(say_digits(v[5:8], "single")) + " " + say_letter(v[8], lm), "NI_NUMBER", g))
        how = "split across three turns"
    c.t("agent", "thanks i've found your record")
    c.note = "call/government services: NI number spoken (letters plain/phonetic/homophone), " + how
    return c


def p_ni_readback():
    c = Case("positive", "")
    v = ni()
    c.t("customer", "hi i'm ringing about my tax code it's changed twice since april")
    c.t("agent", "no problem can i take your national insurance number")
    c.t("customer", V(" ".join(ni_spoken_chunks(v)), "NI_NUMBER", G()))
    c.t("agent", "so that's ", V(" ".join(say_letter(x, "plain") if x.isalpha() else say_digit(x, "zero") for x in v),
                                "NI_NUMBER", G()), R.choice([" yeah", " correct", ""]))
    c.t("customer", "yes")
    c.note = "call/government services: NI spoken then read back by agent letter by letter"
    return c


def p_bank_uk_call():
    c = Case("positive", "")
    sc = rdig(6)
    acc = rdig(8)
    c.t("agent", "what's the sort code and account number for the direct debit")
    c.t("customer", "sort code is ", V(R.choice([" ".join(say_digits(sc)), say_pair(sc[:2], False) + " " + say_pair(sc[2:4], False) + " " + say_pair(sc[4:])]), "SORT_CODE"))
    c.t("agent", R.choice(BACK))
    c.t("customer", "and the account number ", *spoken_segments(say_digits(acc), "BANK_ACCOUNT", G(), 0.1))
    c.t("agent", "great the first payment of thirty two pounds fifty will come out on the first of next month")
    c.note = "call/utilities: UK sort code and 8-digit account spoken; payment amount and date unlabelled"
    return c


def p_bank_uk_chat():
    c = Case("positive", "")
    sc = rdig(6)
    acc = rdig(8)
    scs = R.choice(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s/%s/%s"]) % (sc[:2], sc[2:4], sc[4:])
    c.t("agent", "Please send the bank details you want the refund paid into.")
    if R.random() < 0.5:
        c.t("customer", "Sort ", V(scs, "SORT_CODE"), R.choice([" acc ", " account no. ", ", a/c "]), V(acc, "BANK_ACCOUNT"),
            R.choice(["", " - refund was £120.00", " (Nationwide)"]))
    else:
        c.t("customer", "account: ", V(acc, "BANK_ACCOUNT"))
        c.t("customer", "sc ", V(scs, "SORT_CODE"))
    c.note = "chat/%s: UK sort code and account number typed" % R.choice(["retail", "insurance", "banking"])
    return c


def p_bank_us():
    c = Case("positive", "")
    acc = rdig(R.choice([10, 11, 12]))
    routing_amt = R.randint(20, 400)
    if R.random() < 0.5:
        c.t("agent", "Which checking account should the payment of $%d come from?" % routing_amt)
        c.t("customer", "Checking acct ", V(acc, "BANK_ACCOUNT"), R.choice(["", " at Chase", ", thanks"]))
        c.note = "chat/banking: US checking account typed; amount unlabelled"
    else:
        c.t("agent", "and what's the account number you want to use")
        c.t("customer", *spoken_segments(say_digits(acc), "BANK_ACCOUNT", G(), 0.07))
        c.note = "call/banking: US account number spoken, possible fillers inside"
    return c


def p_iban_chat():
    c = Case("positive", "")
    v = iban()
    shown = R.choice([group4(v), v, group4(v).lower(), group4(v, "-")])
    c.t("agent", "Can you send me the IBAN for the refund?")
    c.t("customer", R.choice(["IBAN: ", "sure ", "", "its "]), V(shown, "IBAN"),
        R.choice(["", " BIC not needed I think", ". amount was EUR 245,50", " thank you"]))
    c.note = "chat/%s: %s IBAN typed" % (R.choice(["travel", "insurance", "retail", "banking"]), v[:2])
    return c


def iban_spoken_chunks(v):
    chunks = [say_letter(v[0], "plain"), say_letter(v[1], "plain")]
    chunks += say_digits(v[2:4], "single")
    i = 4
    while i < len(v):
        ch = v[i]
        if ch.isalpha():
            chunks.append(say_letter(ch, "nato" if ch == "O" else R.choice(["plain", "nato"])))
            i += 1
        else:
            j = i
            while j < len(v) and v[j].isdigit() and j - i < 4:
                j += 1
            chunks += say_digits(v[i:j])
            i = j
    return chunks


def p_iban_call():
    c = Case("positive", "")
    v = iban(R.choice(["GB", "IE", "DE", "NL"]))
    g = G()
    c.t("agent", "okay and the i ban for the account")
    chunks = iban_spoken_chunks(v)
    n = R.choice([1, 2, 3])
    if n == 1:
        c.t("customer", *spoken_segments(chunks, "IBAN", g, 0.1))
    else:
        k = len(chunks)
        cuts = sorted(R.sample(range(2, k - 1), n - 1))
        prev = 0
        for ci, cut in enumerate(cuts + [k]):
            c.t("customer", V(" ".join(chunks[prev:cut]), "IBAN", g))
            if cut != k:
                c.t("agent", R.choice(BACK))
            prev = cut
    c.note = "call/%s: %s IBAN spoken (letters, digit words) over %d turn(s)" % (R.choice(["banking", "travel", "insurance"]), v[:2], n)
    return c


def phone_value():
    kind = R.choice(["ukm", "ukl", "us", "ie", "ukm_int", "us_int", "ie_int", "de_int"])
    if kind == "ukm":
        n = uk_mobile()
        return n, R.choice([n[:5] + " " + n[5:], n, n[:5] + " " + n[5:8] + " " + n[8:]]), kind
    if kind == "ukl":
        n = uk_land()
        sp = 3 if n.startswith("020") else (5 if n.startswith("01632") else 4)
        return n, n[:sp] + " " + n[sp:], kind
    if kind == "us":
        n = us_phone()
        return n, R.choice(["(%s) %s-%s" % (n[:3], n[3:6], n[6:]), "%s-%s-%s" % (n[:3], n[3:6], n[6:]),
                            "%s.%s.%s" % (n[:3], n[3:6], n[6:]), n]), kind
    if kind == "ie":
        n = ie_mobile()
        return n, n[:3] + " " + n[3:6] + " " + n[6:], kind
    if kind == "ukm_int":
        n = uk_mobile()
        return "44" + n[1:], R.choice(["+44 " + n[1:5] + " " + n[5:], "+44 (0)" + n[1:5] + " " + n[5:], "0044" + n[1:]]), kind
    if kind == "us_int":
        n = us_phone()
        return "1" + n, "+1 %s %s %s" % (n[:3], n[3:6], n[6:]), kind
    if kind == "ie_int":
        n = ie_mobile()
        return "353" + n[1:], "+353 %s %s %s" % (n[1:3], n[3:6], n[6:]), kind
    n = "15" + R.choice("1279") + rdig(8)
    return "49" + n, "+49 %s %s" % (n[:3], n[3:]), kind


def p_phone_chat():
    c = Case("positive", "")
    _, shown, kind = phone_value()
    c.t("agent", "What's the best number to reach you on?")
    c.t("customer", R.choice(["mob ", "call me on ", "", "tel: ", "my cell is "]), V(shown, "PHONE"),
        R.choice(["", " after 5pm", " - anytime before 6:30", " thx"]))
    c.note = "chat/%s: phone typed (%s); times unlabelled" % (R.choice(IND), kind)
    return c


def p_phone_call():
    c = Case("positive", "")
    digits, shown, kind = phone_value()
    g = G()
    c.t("agent", "and a contact number in case we get cut off")
    pre = ""
    if kind.endswith("_int"):
        cc = {"ukm_int": "forty four", "us_int": "one", "ie_int": "three five three", "de_int": "four nine"}[kind]
        pre = "plus " + cc + " "
        body = digits[len(digits) - len(digits.lstrip()) + len({"ukm_int": "44", "us_int": "1", "ie_int": "353", "de_int": "49"}[kind]):]
        chunks = say_digits(body)
        chunks[0] = pre + chunks[0]
    else:
        chunks = say_digits(digits)
    if R.random() < 0.5:
        c.t("customer", R.choice(["yeah it's ", "", "sure it's ", "it's my mobile "]),
            *spoken_segments(chunks, "PHONE", g, 0.1))
        how = "one turn"
    else:
        k = len(chunks)
        cut = R.randint(2, k - 2)
        c.t("customer", V(" ".join(chunks[:cut]), "PHONE", g))
        c.t("agent", R.choice(BACK))
        c.t("customer", V(" ".join(chunks[cut:]), "PHONE", g))
        how = "two turns"
    c.note = "call/%s: phone spoken (%s), %s" % (R.choice(IND), kind, how)
    return c


def p_email_chat():
    c = Case("positive", "")
    e = email_typed()
    c.t("agent", "Can I get an email for the confirmation?")
    c.t("customer", R.choice(["", "email: ", "send it to ", "its "]), V(e, "EMAIL"),
        R.choice(["", " pls", " - booking for 2 adults", ". thx!"]))
    c.note = "chat/%s: typed email" % R.choice(["travel", "retail", "telecom"])
    return c


def p_email_call():
    c = Case("positive", "")
    e = email_spoken()
    c.t("agent", "and what email address shall i send the statement to")
    c.t("customer", R.choice(["it's ", "yeah it's ", "", "um it's "]), V(e, "EMAIL"))
    c.t("agent", "perfect that'll be with you in about ten minutes")
    c.note = "call/%s: email spoken with 'dot'/'at'; duration unlabelled" % R.choice(IND)
    return c


def dob_typed(y, m, d):
    return R.choice(["%02d/%02d/%d" % (d, m, y), "%d/%d/%d" % (m, d, y), "%d-%02d-%02d" % (y, m, d),
                     "%d %s %d" % (d, MONTHS[m - 1].capitalize(), y), "%s %d, %d" % (MONTHS[m - 1].capitalize()[:3], d, y),
                     "%02d.%02d.%d" % (d, m, y)])


def dob_spoken(y, m, d):
    st = R.choice(["uk", "us", "num"])
    if st == "uk":
        return "the %s of %s %s" % (ORD.get(d) or (TENS[d // 10] + " " + ORD[d % 10]), MONTHS[m - 1], say_year(y))
    if st == "us":
        return "%s %s %s" % (MONTHS[m - 1], ORD.get(d) or (TENS[d // 10] + " " + ORD[d % 10]), say_year(y))
    return "%s %s %s" % (say_pair("%02d" % d), say_pair("%02d" % m), say_year(y))


def p_dob():
    c = Case("positive", "")
    y, m, d = dob_date()
    if R.random() < 0.45:
        c.t("agent", "Can you confirm your date of birth?")
        c.t("customer", R.choice(["", "DOB ", "born ", "it's "]), V(dob_typed(y, m, d), "DOB"))
        c.note = "chat/%s: typed DOB" % R.choice(IND)
    else:
        c.t("agent", "and can i just take your date of birth")
        v = dob_spoken(y, m, d)
        c.t("customer", R.choice(["yeah it's ", "", "it's ", "um "]), V(v, "DOB"))
        c.t("agent", "thank you and that's for the appointment on the twelfth")
        c.note = "call/%s: spoken DOB; appointment date unlabelled" % R.choice(IND)
    return c


def p_postcode_chat():
    c = Case("positive", "")
    if R.random() < 0.6:
        pc = uk_postcode()
        pc = R.choice([pc, pc.replace(" ", ""), pc.lower()])
        st = R.choice(UK_STREETS)
        c.t("agent", "What's the address for the delivery?")
        c.t("customer", V("%d %s" % (R.randint(1, 240), st), "ADDRESS"), ", %s " % R.choice(TOWNS_UK), V(pc, "POSTCODE"))
        c.note = "chat/retail: UK street address + postcode typed; town unlabelled"
    else:
        z = us_zip(R.random() < 0.3)
        c.t("agent", "Please confirm your billing address.")
        c.t("customer", V("%d %s" % (R.randint(10, 9800), R.choice(US_STREETS)), "ADDRESS"),
            R.choice([" Apt 4B", "", " Unit 12"]), ", %s " % R.choice(TOWNS_US), V(z, "POSTCODE"))
        c.note = "chat/%s: US address + ZIP typed; apartment/unit and city unlabelled" % R.choice(["banking", "insurance", "telecom"])
    return c


def say_num(n):
    if n < 10:
        return UNITS[n]
    if n < 100:
        return say_pair("%02d" % n)
    if n < 1000:
        h, r = divmod(n, 100)
        return UNITS[h] + " hundred" + ("" if r == 0 else " and " + say_pair("%02d" % r) if r >= 10 else " and " + UNITS[r])
    return say_pair(str(n)[:2]) + " " + say_pair(str(n)[2:])


def pc_spoken(pc):
    out = []
    for ch in pc.replace(" ", ""):
        if ch.isalpha():
            out.append(say_letter(ch, "nato" if ch == "O" else R.choice(["plain", "plain", "nato", "homo"])))
        else:
            out.append(say_digit(ch, "zero"))
    return " ".join(out)


def p_postcode_call():
    c = Case("positive", "")
    if R.random() < 0.65:
        pc = uk_postcode()
        st = R.choice(UK_STREETS).lower()
        c.t("agent", "can i take the first line of the address and the postcode")
        c.t("customer", "yeah it's ", V("%s %s" % (say_num(R.randint(1, 150)), st), "ADDRESS"))
        c.t("agent", R.choice(["and the postcode", "mhm and postcode"]))
        c.t("customer", V(pc_spoken(pc), "POSTCODE"))
        c.note = "call/%s: spoken UK first line of address and spelled postcode" % R.choice(["utilities", "insurance", "telecom"])
    else:
        z = us_zip()
        c.t("agent", "what's the zip code on the account")
        c.t("customer", V(" ".join(say_digits(z)), "POSTCODE"))
        c.t("agent", "and the street address")
        c.t("customer", V("%s %s" % (say_num(R.randint(100, 999)), R.choice(US_STREETS).lower()), "ADDRESS"),
            R.choice(["", " in %s" % R.choice(TOWNS_US).split(",")[0].lower()]))
        c.note = "call/%s: US ZIP spoken then street address with house number in words" % R.choice(["utilities", "telecom"])
    return c


def p_address_ie():
    c = Case("positive", "")
    st = R.choice(IE_STREETS)
    c.t("agent", "What's the address the meter is registered to?")
    c.t("customer", V("%d %s" % (R.randint(1, 99), st), "ADDRESS"), R.choice([", Dublin 3", ", Galway", ", Cork", ", Dublin 9"]),
        R.choice(["", ". Meter reading today was 04512", ". Account balance is €88.10"]))
    c.note = "chat/utilities: Irish street address (no eircode); meter reading/balance unlabelled"
    return c


def p_mixed_telecom():
    c = Case("positive", "")
    e = email_spoken()
    ph, _, kind = phone_value() if False else (uk_mobile(), None, "ukm")
    g = G()
    c.t("agent", "so i've got the upgrade to the unlimited plan at twenty two pounds a month for twenty four months")
    c.t("customer", "yeah lovely")
    c.t("agent", "can i confirm the mobile number on the account")
    c.t("customer", *spoken_segments(say_digits(ph), "PHONE", g, 0.1), R.choice([" and ", " and email's "]), V(e, "EMAIL"))
    c.t("agent", "brilliant and your date of birth")
    y, m, d = dob_date()
    c.t("customer", V(dob_spoken(y, m, d), "DOB"))
    c.note = "call/telecom: phone and email in one turn, then DOB; contract price/length unlabelled"
    return c


def p_insurance_multi():
    c = Case("positive", "")
    v = ni()
    pc = uk_postcode()
    c.t("agent", "Policy 88120045 - can you confirm your postcode and NI number?")
    c.t("customer", V(pc, "POSTCODE"), " and ", V(ni_typed(v), "NI_NUMBER"))
    c.t("agent", "Thanks. Your renewal premium is £312.40 from 01/02/2027.")
    c.note = "chat/insurance: postcode and NI in one message; policy number, premium, renewal date unlabelled"
    return c


def p_ssn_card_us():
    c = Case("positive", "")
    s = ssn()
    num, brand = card(R.choice(["visa", "mc", "amex"]))
    c.t("agent", "i can set up the payment plan of ninety nine dollars a month can i get the last four of your social")
    c.t("customer", V(" ".join(say_digits(s[5:], "single")), "SSN"))
    c.t("agent", "actually the system needs the full number")
    c.t("customer", "oh okay ", V(" ".join(say_digits(s)), "SSN"))
    c.t("agent", "and the card you'd like to use")
    c.t("customer", *spoken_segments(say_digits(num), "CARD_NUMBER", G(), 0.1))
    c.note = "call/healthcare billing: SSN last four (labelled as SSN) then full SSN, then card; payment amount unlabelled"
    return c


def p_ni_typo_chat():
    c = Case("positive", "")
    v = ni()
    t = v[:2].lower() + v[2:4] + " " + v[4:6] + " " + v[6:8] + v[8].lower()
    c.t("customer", "hi ive been sent a letter about my pension credit, ni is ", V(t, "NI_NUMBER"),
        R.choice([" sorry typing on phone", " ta", "", " i was 67 in june"]))
    c.note = "chat/government services: NI typed with irregular spacing/case; age unlabelled"
    return c


def p_card_two_values_turn():
    c = Case("positive", "")
    num, brand = card(R.choice(["visa", "mc"]))
    cvv = rdig(3)
    c.t("agent", "if you can read me the card number and then the three digits on the back")
    c.t("customer", V(" ".join(say_digits(num[:8])), "CARD_NUMBER", "gA"), " ",
        V(" ".join(say_digits(num[8:])), "CARD_NUMBER", "gA"), " ", R.choice(["and the back is ", "then ", "and security code "]),
        V(" ".join(say_digits(cvv, "single")), "CVV"))
    c.note = "call/%s: card and cvv in one turn" % R.choice(IND)
    for i, g in enumerate(c.groups):
        if g == "gA":
            c.groups[i] = "gA%d" % _gid[0]
    return c


def p_ssn_chitchat():
    c = Case("positive", "")
    s = ssn()
    c.t("agent", "sorry about the wait today how can i help")
    c.t("customer", "no worries it's been a crazy week my daughter turned sixteen on tuesday anyway my social is ",
        V("%s %s %s" % (" ".join(say_digits(s[:3], "single")), " ".join(say_digits(s[3:5], "single")), " ".join(say_digits(s[5:]))), "SSN"),
        " and i'm calling about the two hundred dollar refund")
    c.note = "call/government services: SSN within chit-chat next to an age and an amount"
    return c


def p_ni_chat_multi():
    c = Case("positive", "")
    v = ni()
    ph = uk_mobile()
    c.t("customer", "Hello, my NI number is ", V(ni_typed(v), "NI_NUMBER"), " and my phone is ", V(ph[:5] + " " + ph[5:], "PHONE"),
        ". I applied on 14 March and it's been 6 weeks.")
    c.note = "chat/government services: NI and phone in one message; application date/duration unlabelled"
    return c


def p_ni_dob_call():
    c = Case("positive", "")
    v = ni()
    y, m, d = dob_date()
    c.t("agent", "i'll need your national insurance number and date of birth")
    c.t("customer", V(" ".join(ni_spoken_chunks(v)), "NI_NUMBER", G()), R.choice([" and i was born ", " and dob is "]),
        V(dob_spoken(y, m, d), "DOB"))
    c.note = "call/government services: NI and DOB in the same turn"
    return c


def p_ssn_typo_chat():
    c = Case("positive", "")
    s = ssn()
    c.t("customer", "need to update my adress for my benefits. ssn ", V(s[:3] + "-" + s[3:5] + "-" + s[5:], "SSN"),
        ", new address is ", V("%d %s" % (R.randint(10, 4000), R.choice(US_STREETS)), "ADDRESS"), " ", V(us_zip(), "POSTCODE"))
    c.note = "chat/government services: SSN, US address and ZIP in one message with typo"
    return c


def p_sortcode_readback():
    c = Case("positive", "")
    sc = rdig(6)
    acc = rdig(8)
    c.t("agent", "can you read me the sort code on your bank card")
    c.t("customer", V(say_pair(sc[:2], False), "SORT_CODE", "sA"), R.choice([" dash ", " ", " um "]),
        V(say_pair(sc[2:4], False), "SORT_CODE", "sA"), " ", V(say_pair(sc[4:]), "SORT_CODE", "sA"))
    c.t("agent", "that's ", V("%s %s %s" % (" ".join(say_digits(sc[:2], "single")), " ".join(say_digits(sc[2:4], "single")),
                                           " ".join(say_digits(sc[4:], "single"))), "SORT_CODE"), " and the account number")
    c.t("customer", V(" ".join(say_digits(acc[:4])), "BANK_ACCOUNT", "aA"))
    c.t("agent", R.choice(BACK))
    c.t("customer", V(" ".join(say_digits(acc[4:])), "BANK_ACCOUNT", "aA"))
    c.note = "call/%s: sort code in pairs ('dash' separator) with agent read-back, account split over turns" % R.choice(["banking", "insurance", "utilities"])
    k = G()
    c.groups = [g + k if g in ("sA", "aA") else g for g in c.groups]
    return c


def p_email_spelled():
    c = Case("positive", "")
    f, l = R.choice(FIRST), R.choice(LAST)
    dom = R.choice(["gmail dot com", "outlook dot com", "yahoo dot co dot uk", "icloud dot com", "eircom dot net"])
    spelled = " ".join(ch for ch in l if ch != "o") if "o" not in l else " ".join(l)
    c.t("agent", "what's the best email for you")
    c.t("customer", "it's ", V("%s dot %s at %s" % (f, l, dom), "EMAIL"))
    c.t("agent", "and how do you spell the surname")
    c.t("customer", " ".join(l.upper()) if "o" not in l else l + " like it sounds")
    c.t("agent", "lovely so that's ", V("%s dot %s at %s" % (f, l, dom), "EMAIL"), " and i'll send the quote for four hundred and ten pounds there")
    c.note = "call/%s: spoken email with agent read-back; quote amount unlabelled" % R.choice(["insurance", "travel", "utilities"])
    return c


def p_dob_chat_typo():
    c = Case("positive", "")
    y, m, d = dob_date()
    c.t("customer", R.choice(["hi my dob is ", "Date of birth ", "d.o.b: ", "born on "]), V(dob_typed(y, m, d), "DOB"),
        R.choice([" and im trying to book for 3 people", " - policy renewal is due 01/03/2027", " i'm 40 next year lol", ""]))
    c.note = "chat/%s: typed DOB next to non-PII numbers" % R.choice(["insurance", "healthcare billing", "travel"])
    return c


def p_expiry_slash_call():
    c = Case("positive", "")
    m, y = R.randint(1, 12), R.randint(26, 31)
    num, brand = card("mc")
    c.t("agent", "and the long card number")
    c.t("customer", *spoken_segments(say_digits(num, "pairs"), "CARD_NUMBER", G(), 0.08))
    c.t("agent", "and when does it expire")
    c.t("customer", R.choice(["it says ", "", "valid till "]),
        V(" ".join(say_digits("%02d" % m, "single")) + R.choice([" slash ", " "]) + say_pair("%02d" % y), "EXPIRY"))
    c.t("agent", "and the last three on the back")
    cvv = rdig(3)
    c.t("customer", V(" ".join(say_digits(cvv, "mixed")), "CVV"), " and can you take the full four hundred and sixty quid please")
    c.note = "call/%s: card read in pairs ('forty one eleven'), expiry with 'slash', cvv; amount unlabelled" % R.choice(IND)
    return c


def p_ssn_dash_call():
    c = Case("positive", "")
    s = ssn()
    c.t("agent", "i'll need the primary account holder's social")
    g = G()
    c.t("customer", "okay ", V(" ".join(say_digits(s[:3], "single")), "SSN", g), " dash ",
        V(" ".join(say_digits(s[3:5], "single")), "SSN", g), " dash ", V(" ".join(say_digits(s[5:])), "SSN", g))
    c.t("agent", "thank you and the zip code")
    c.t("customer", V(" ".join(say_digits(us_zip(), "single")), "POSTCODE"))
    c.note = "call/%s: SSN spoken with 'dash' separators, then spoken ZIP" % R.choice(["banking", "insurance", "telecom"])
    return c


def p_phone_readback():
    c = Case("positive", "")
    n = uk_mobile() if R.random() < 0.5 else us_phone()
    c.t("agent", "what's a good number to call you back on")
    c.t("customer", V(" ".join(say_digits(n[:5] if n.startswith("0") else n[:3])), "PHONE", "pA"))
    c.t("agent", R.choice(BACK))
    c.t("customer", V(" ".join(say_digits(n[5:] if n.startswith("0") else n[3:])), "PHONE", "pA"))
    c.t("agent", "so that's ", V(" ".join(say_digits(n, "single")), "PHONE"), " and we'll call between two and four tomorrow")
    c.note = "call/%s: phone split over two turns and read back by agent; call-back window unlabelled" % R.choice(IND)
    k = G()
    c.groups = [g + k if g == "pA" else g for g in c.groups]
    return c


def p_card_chat_two_msgs():
    c = Case("positive", "")
    num, brand = card(R.choice(["visa", "mc", "disc"]))
    c.t("agent", "You can type your card number here, it's a secure chat.")
    c.t("customer", V(num[:8], "CARD_NUMBER", "cA"))
    c.t("customer", V(num[8:12] + " " + num[12:], "CARD_NUMBER", "cA"), " oops sent too early")
    m, y = R.randint(1, 12), R.randint(26, 31)
    c.t("customer", "exp ", V("%02d%02d" % (m, y), "EXPIRY"), " cvc ", V(rdig(3), "CVV"))
    c.note = "chat/%s: card split over two customer messages, expiry typed without separator" % R.choice(["retail", "travel", "telecom"])
    k = G()
    c.groups = [g + k if g == "cA" else g for g in c.groups]
    return c


def p_dob_age_call():
    c = Case("positive", "")
    y, m, d = dob_date()
    c.t("agent", "and your date of birth please")
    c.t("customer", V("%s %s %s" % (ordw(d), MONTHS[m - 1], say_pair(str(y)[2:])), "DOB"),
        " so i'm %s now would you believe" % say_num(2026 - y))
    c.t("agent", "you don't sound it")
    c.note = "call/%s: DOB with two-digit year followed by age (age unlabelled)" % R.choice(["insurance", "healthcare billing", "banking"])
    return c


def p_address_us_call():
    c = Case("positive", "")
    hn = R.randint(1000, 9899)
    c.t("agent", "can you confirm the service address")
    c.t("customer", V("%s %s" % (say_pair(str(hn)[:2], False) + " " + say_pair(str(hn)[2:]), R.choice(US_STREETS).lower()), "ADDRESS"),
        (" apartment %s %s" % (say_num(R.randint(1, 30)), R.choice(["b", "c", ""]))).rstrip())
    z = us_zip()
    c.t("agent", "and zip")
    c.t("customer", V(" ".join(say_digits(z)), "POSTCODE"), R.choice(["", " i moved there in twenty nineteen"]))
    c.note = "call/%s: US street address with house number in pairs; apartment number and year unlabelled" % R.choice(["utilities", "telecom", "insurance"])
    return c


def p_iban_ie_chat_typo():
    c = Case("positive", "")
    v = iban("IE")
    c.t("customer", "hi pls refund to my account ", V(group4(v).replace(" ", "", 1).lower(), "IBAN"), " , it was 2 x €39 charged")
    c.note = "chat/retail: Irish IBAN typed with irregular spacing in lower case; amounts unlabelled"
    return c


POS_TEMPLATES = [
    (p_card_chat, 2), (p_card_call_one, 2), (p_card_call_split, 2), (p_card_correction, 1),
    (p_card_cvv_exp_chat, 2), (p_cvv_call, 1), (p_cvv_exp_call, 1), (p_ssn_chat, 2), (p_ssn_call, 2),
    (p_ssn_last4_and_full, 1), (p_ni_chat, 2), (p_ni_call, 2), (p_ni_readback, 1), (p_bank_uk_call, 1),
    (p_bank_uk_chat, 1), (p_bank_us, 1), (p_iban_chat, 2), (p_iban_call, 1), (p_phone_chat, 1),
    (p_phone_call, 2), (p_email_chat, 1), (p_email_call, 1), (p_dob, 2), (p_postcode_chat, 2),
    (p_postcode_call, 2), (p_address_ie, 1), (p_mixed_telecom, 1), (p_insurance_multi, 1),
    (p_ssn_card_us, 1), (p_ni_typo_chat, 1), (p_card_two_values_turn, 1), (p_ssn_chitchat, 1),
    (p_ni_chat_multi, 1), (p_ni_dob_call, 1), (p_ssn_typo_chat, 1),
    (p_sortcode_readback, 1), (p_email_spelled, 1), (p_dob_chat_typo, 1),
    (p_expiry_slash_call, 1), (p_ssn_dash_call, 1), (p_phone_readback, 1), (p_card_chat_two_msgs, 1),
    (p_dob_age_call, 1), (p_address_us_call, 1), (p_iban_ie_chat_typo, 1),
]


# ---------------------------------------------------------------- negatives
def n_amount_call():
    c = Case("negative", "call/%s: spoken money amounts and balance" % R.choice(IND))
    a, b = R.randint(12, 999), R.randint(1, 99)
    c.t("agent", "your current balance is %s pounds and %s pence" % (say_num(a), say_pair("%02d" % b)))
    c.t("customer", "and how much was the last payment")
    c.t("agent", "that was %s dollars %s on the %s" % (say_num(R.randint(20, 500)), say_pair("%02d" % R.randint(10, 99)),
                                                      ordw(R.randint(1, 28))))
    return c


def n_order_ref():
    c = Case("negative", "")
    word = R.choice(["order number", "ticket number", "claim reference", "invoice number", "case number", "booking reference"])
    n = rdig(R.randint(6, 10))
    if R.random() < 0.5:
        c.t("customer", "Hi, chasing %s %s - it was due %d days ago" % (word, n, R.randint(2, 14)))
        c.t("agent", "Thanks, I can see %s %s was dispatched at 14:32 today." % (word, n))
        c.note = "chat/retail: %s with %d digits, time and day count" % (word, len(n))
    else:
        c.t("agent", "can i take the %s" % word)
        c.t("customer", "yeah it's " + " ".join(say_digits(n)))
        c.t("agent", "thank you that's %s " % word + " ".join(say_digits(n, "single")) + " lovely")
        c.note = "call/%s: spoken %s (%d digits) with read-back" % (R.choice(IND), word, len(n))
    return c


def n_flight():
    c = Case("negative", "")
    fl = R.choice(["BA", "EI", "FR", "UA", "LH", "AA", "DL"]) + str(R.randint(10, 9999))
    c.t("customer", "My flight %s on the %s got cancelled, I was meant to land at %d:%02d" % (
        fl, R.choice(["3rd", "14th", "22nd", "30th"]), R.randint(1, 12), R.choice([0, 15, 30, 45])))
    c.t("agent", "Sorry to hear that. I can rebook you onto %s departing 07:55 tomorrow, seat %d%s, gate %s%d." % (
        fl[:2] + str(R.randint(10, 999)), R.randint(1, 40), R.choice("ABCDEF"), R.choice("ABC"), R.randint(1, 60)))
    c.note = "chat/travel: flight numbers, times, seats, gates"
    return c


def n_room_hotel():
    c = Case("negative", "call/travel: room numbers, nights, prices, times")
    c.t("customer", "hi i'm in room %s and the air con isn't working it's %s degrees in here" % (
        say_num(R.randint(101, 950)), say_num(R.randint(26, 34))))
    c.t("agent", "i'm so sorry we can move you to room %s for the remaining %s nights at no extra charge the usual rate is %s euro a night" % (
        say_num(R.randint(101, 950)), say_num(R.randint(2, 6)), say_num(R.randint(89, 320))))
    c.t("customer", "great checkout's at eleven right")
    return c


def n_meter():
    c = Case("negative", "")
    r = rdig(5)
    if R.random() < 0.5:
        c.t("agent", "can you read me the numbers on the meter from left to right")
        c.t("customer", " ".join(say_digits(r)) + " and the red ones are " + " ".join(say_digits(rdig(1))))
        c.t("agent", "thanks that's %s units used since the last reading in %s" % (say_num(R.randint(150, 999)), R.choice(MONTHS)))
        c.note = "call/utilities: spoken meter reading and unit counts"
    else:
        c.t("customer", "Gas meter reading %s taken today at 9am, electric %s" % (r, rdig(6)))
        c.t("agent", "Thanks, your next bill of approx £%d.%02d is due 15/12/2026." % (R.randint(40, 300), R.randint(0, 99)))
        c.note = "chat/utilities: meter readings (5-6 digits), bill amount and due date"
    return c


def n_dates_non_dob():
    c = Case("negative", "")
    y = R.randint(2019, 2027)
    if R.random() < 0.5:
        c.t("agent", "your contract started on the %s of %s %s and runs for twenty four months" % (
            ordw(R.randint(1, 28)), R.choice(MONTHS), say_year(y)))
        c.t("customer", "so i can leave in %s %s" % (R.choice(MONTHS), say_year(y + 2)))
        c.note = "call/telecom: contract start and end dates (not birth dates)"
    else:
        c.t("customer", "Can I move my appointment from %02d/%02d/%d to the %s?" % (R.randint(1, 28), R.randint(1, 12), y,
                                                                                   R.choice(["21st", "3rd", "9th"])))
        c.t("agent", "Yes, 10:40am on Thursday %d %s works. Please arrive 15 minutes early." % (R.randint(1, 28), MONTHS[R.randint(0, 11)].capitalize()))
        c.note = "chat/healthcare billing: appointment dates and times"
    return c


def n_model_speed():
    c = Case("negative", "")
    c.t("customer", "I've got the %s router, model %s, and I'm only getting %d Mbps on a %d meg plan" % (
        R.choice(["Hub", "Smart Hub", "Fritz!Box"]), R.choice(["HH6", "7530", "SH3000", "DGN2200v4", "RAX120"]),
        R.randint(3, 80), R.choice([100, 500, 900])))
    c.t("agent", "Thanks. Line test shows %d%% packet loss and %dms latency. I'll book an engineer, ref %s." % (
        R.randint(2, 30), R.randint(20, 180), "INC" + rdig(7)))
    c.note = "chat/telecom: model numbers, speeds, percentages, incident reference"
    return c


def n_counts_ages():
    c = Case("negative", "call/%s: ages, counts, durations, years" % R.choice(["insurance", "travel", "healthcare billing"]))
    c.t("customer", "it's for me and my husband we're %s and %s and we've got %s grandkids coming too" % (
        say_num(R.randint(55, 80)), say_num(R.randint(55, 80)), say_num(R.randint(2, 5))))
    c.t("agent", "okay so that's %s travellers for %s days and you've been with us since %s" % (
        say_num(R.randint(4, 7)), say_num(R.randint(7, 21)), say_year(R.randint(1995, 2020))))
    c.t("customer", "yeah about %s years now" % say_num(R.randint(5, 29)))
    return c


def n_chat_prices():
    c = Case("negative", "chat/retail: prices, discount percentage, quantities, order number")
    c.t("customer", "I ordered %d x phone case at £%d.99 and %d screen protectors but only got %d" % (
        R.randint(2, 5), R.randint(5, 30), R.randint(2, 4), R.randint(1, 1)))
    c.t("agent", "Apologies! I've refunded £%d.%02d (%d%% off as a goodwill gesture) on order %s." % (
        R.randint(5, 60), R.randint(0, 99), R.choice([10, 15, 20, 25]), rdig(8)))
    return c


def n_temperature_time():
    c = Case("negative", "call/utilities: boiler pressure, temperatures, times, durations")
    c.t("customer", "the boiler pressure's showing one point %s bar and the radiators only get to about %s degrees" % (
        say_digit(str(R.randint(1, 9))), say_num(R.randint(30, 45))))
    c.t("agent", "okay an engineer can come between %s and %s on %s it usually takes about %s minutes" % (
        R.choice(["eight", "nine", "ten"]), R.choice(["twelve", "one", "two"]), R.choice(["monday", "friday", "wednesday"]),
        say_num(R.choice([30, 45, 60, 90]))))
    return c


def n_balance_chat():
    c = Case("negative", "chat/banking: balances, interest rate, payment amounts, dates")
    c.t("customer", "what's my balance? last time it said $%s" % "{:,}.{:02d}".format(R.randint(1000, 99999), R.randint(0, 99)))
    c.t("agent", "Your available balance is $%s and the APR is %d.%d%%. Your minimum payment of $%d is due Nov %d." % (
        "{:,}.{:02d}".format(R.randint(1000, 99999), R.randint(0, 99)), R.randint(9, 29), R.randint(0, 9),
        R.randint(25, 300), R.randint(1, 28)))
    return c


def n_card_last_digits_word():
    c = Case("negative", "call/telecom: plan prices, data allowance, contract length, years")
    c.t("agent", "the sim only deal is %s pounds %s a month with %s gig of data" % (
        say_num(R.randint(8, 30)), say_pair("%02d" % R.choice([0, 49, 99])).replace("oh oh", "").strip() or "flat",
        say_num(R.choice([10, 25, 50, 100]))))
    c.t("customer", "and is that a twelve month or twenty four month contract")
    c.t("agent", "twelve months and the price goes up by three point nine percent in april %s" % say_year(R.randint(2026, 2028)))
    return c


def n_reference_spoken_long():
    c = Case("negative", "")
    w = R.choice(["policy number", "claim number", "reference number", "member number"])
    n = rdig(R.choice([8, 9, 10]))
    c.t("agent", "do you have your %s handy" % w)
    c.t("customer", "yes hold on it's " + " ".join(say_digits(n[:4])))
    c.t("agent", "mhm")
    c.t("customer", " ".join(say_digits(n[4:])))
    c.t("agent", "thank you the excess on that is two hundred and fifty pounds")
    c.note = "call/insurance: %s (%d digits) split across turns, excess amount" % (w, len(n))
    return c


def n_company_hours():
    c = Case("negative", "chat/government services: opening hours, processing times, form numbers, fees")
    c.t("customer", "how long does the %s take" % R.choice(["passport renewal", "driving licence renewal", "visa application"]))
    c.t("agent", "Standard processing is %d weeks, fee £%d.%02d, form %s. Lines open 8am-8pm Mon-Fri, 9-5 Sat." % (
        R.randint(3, 10), R.randint(30, 120), R.choice([0, 50, 75]), R.choice(["D1", "SA100", "P60", "V62", "DS-82"])))
    return c


def n_year_quantity_call():
    c = Case("negative", "call/retail: model year, quantity, sizes, delivery window")
    c.t("customer", "i bought the %s version back in %s and i need %s replacement filters size %s" % (
        say_year(R.randint(2015, 2024)), R.choice(MONTHS), say_num(R.randint(2, 6)), say_num(R.randint(10, 40))))
    c.t("agent", "no problem they're %s ninety nine each and delivery is three to five working days" % say_num(R.randint(4, 25)))
    return c


def n_instalments():
    c = Case("negative", "call/retail: instalment counts and amounts")
    c.t("agent", "you can spread it over %s instalments of %s pounds %s" % (say_num(R.choice([3, 6, 10, 12])), say_num(R.randint(12, 99)),
                                                                          say_pair("%02d" % R.randint(10, 99))))
    c.t("customer", "and is that zero percent")
    c.t("agent", "yes zero percent interest the total is %s" % say_num(R.randint(200, 999)))
    return c


def n_parcel():
    c = Case("negative", "chat/retail: parcel weight, dimensions, delivery slot")
    c.t("customer", "Parcel is %.1fkg, %d x %d x %d cm - will it fit the small box?" % (R.uniform(0.5, 20), R.randint(20, 60),
                                                                                        R.randint(10, 40), R.randint(5, 30)))
    c.t("agent", "Yes. Delivery slot %02d:00-%02d:00 on %s, cost £%d.%02d." % (R.randint(7, 12), R.randint(13, 18),
                                                                              R.choice(["Mon", "Tue", "Sat"]), R.randint(3, 12), R.choice([49, 99, 0])))
    return c


def n_train():
    c = Case("negative", "chat/travel: train times, platform, coach, seat, fare")
    c.t("customer", "Is the %02d:%02d to %s running? I'm in coach %s seat %d" % (R.randint(5, 22), R.choice([4, 12, 42, 55]),
                                                                               R.choice(["Leeds", "Cork", "Glasgow"]), R.choice("ABCDEF"), R.randint(1, 80)))
    c.t("agent", "It's delayed by %d mins and departs from platform %d. Delay repay applies over 15 mins on fares above £%d." % (
        R.randint(5, 59), R.randint(1, 14), R.randint(10, 90)))
    return c


def n_prescription():
    c = Case("negative", "call/healthcare billing: dosages, tablet counts, charges, appointment time")
    c.t("customer", "it's the %s milligram tablets i take %s a day and the box only had %s" % (say_num(R.choice([5, 10, 20, 40, 500])),
                                                                                            R.choice(["two", "three", "one"]),
                                                                                            say_num(R.choice([14, 28, 56]))))
    c.t("agent", "okay the prescription charge is %s pounds %s and the pharmacist can see you at %s %s" % (
        R.choice(["nine", "ten"]), say_pair("%02d" % R.randint(10, 90)), R.choice(["ten", "two", "four"]), R.choice(["fifteen", "thirty", "forty five"])))
    return c


def n_tax_year():
    c = Case("negative", "chat/government services: tax year, tax code, refund amount, dates")
    c.t("customer", "Why is my tax code %dL for %d/%02d?" % (R.choice([1257, 1100, 944]), R.randint(2023, 2026), R.randint(24, 27)))
    c.t("agent", "You had an underpayment of £%s in the previous year; it's being collected over 12 months from 6 April. Expect a P800 by 31 July." % (
        "{:,}.{:02d}".format(R.randint(100, 3000), R.randint(0, 99))))
    return c


def n_claim_incident():
    c = Case("negative", "call/insurance: incident date/time, damage estimate, mileage, vehicle year")
    c.t("customer", "it happened on the %s of %s at about %s in the evening and the garage reckons it's %s pounds" % (
        ordw(R.randint(1, 28)), R.choice(MONTHS), R.choice(["six", "seven", "half eight"]), say_num(R.randint(300, 999))))
    c.t("agent", "and the car's a %s model with about %s thousand miles on it" % (say_year(R.randint(2012, 2024)), say_num(R.randint(10, 99))))
    return c


def n_loyalty():
    c = Case("negative", "chat/retail: loyalty points, voucher value, expiry of points, store number")
    c.t("customer", "I have %s points, can I use them at store %d?" % ("{:,}".format(R.randint(1000, 60000)), R.randint(100, 999)))
    c.t("agent", "Yes! %s points = £%d voucher. Points expire 31/12/%d." % ("{:,}".format(R.choice([5000, 10000, 15000])), R.choice([5, 10, 15]),
                                                                         R.randint(2026, 2028)))
    return c


def n_spoken_big_amount():
    c = Case("negative", "call/banking: large spoken amounts, transfer limit, daily limit, timing")
    c.t("customer", "i tried to send %s thousand %s hundred and it got blocked" % (say_num(R.randint(2, 30)), say_num(R.randint(1, 9))))
    c.t("agent", "yes the daily limit is %s thousand it'll reset at midnight or i can raise it for %s hours" % (
        say_num(R.choice([10, 20, 25])), say_num(R.choice([24, 48, 72]))))
    return c


def n_booking_alnum():
    c = Case("negative", "chat/travel: alphanumeric booking reference, flight time, bag weights")
    while True:
        ref = "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))
        if not UK_PC.match(ref) and sum(ch.isalpha() for ch in ref) >= 2:
            break
    c.t("customer", "booking ref %s - can I add a %dkg bag?" % (ref, R.choice([15, 20, 23])))
    c.t("agent", "Done, £%d.%02d added to %s. Check-in closes %d minutes before the %02d:%02d departure." % (
        R.randint(20, 60), R.choice([0, 99]), ref, R.choice([40, 60]), R.randint(6, 21), R.choice([5, 35, 50])))
    return c


def n_broadband_speed_call():
    c = Case("negative", "call/telecom: speeds, router lights, minutes, percentages, years")
    c.t("customer", "i'm paying for %s meg and getting about %s and the light's been flashing for %s minutes" % (
        say_num(R.choice([150, 500, 900])), say_num(R.randint(8, 60)), say_num(R.randint(10, 45))))
    c.t("agent", "i can see %s percent packet loss since %s i'll send a new router it'll be there in %s days" % (
        say_num(R.randint(3, 40)), R.choice(["tuesday", "the weekend", "friday"]), R.choice(["two", "three"])))
    return c


NEG_TEMPLATES = [n_amount_call, n_order_ref, n_flight, n_room_hotel, n_meter, n_dates_non_dob, n_model_speed,
                 n_counts_ages, n_chat_prices, n_temperature_time, n_balance_chat, n_card_last_digits_word,
                 n_reference_spoken_long, n_company_hours, n_year_quantity_call, n_instalments, n_parcel,
                 n_train, n_prescription, n_tax_year, n_claim_incident, n_loyalty, n_spoken_big_amount,
                 n_booking_alnum, n_broadband_speed_call]


# ---------------------------------------------------------------- normalise / validate
WORDNUM = {w: str(i) for i, w in enumerate(UNITS)}
WORDNUM.update({"oh": "0", "o": "0", "nought": "0", "nil": "0"})
TEENNUM = {w: str(10 + i) for i, w in enumerate(TEENS)}
TENNUM = {w: k for k, w in TENS.items()}
ORDNUM = {w: k for k, w in ORD.items()}
MONNUM = {w: "%02d" % (i + 1) for i, w in enumerate(MONTHS)}
MONNUM.update({w[:3]: "%02d" % (i + 1) for i, w in enumerate(MONTHS)})
HOMONUM = {v: k for k, v in HOMO.items()}


def normalise(text, letters=False, months=False):
    toks = re.findall(r"[a-z]+|\d+", text.lower())
    out = []
    i = 0
    rep = 1
    while i < len(toks):
        t = toks[i]
        piece = None
        if t.isdigit():
            piece = t
        elif t in ("double", "triple"):
            rep = 2 if t == "double" else 3
            i += 1
            continue
        elif letters and len(t) == 1 and i + 1 < len(toks) and (toks[i + 1] == "for" or toks[i + 1:i + 3] == ["as", "in"]):
            i += 2 if toks[i + 1] == "for" else 3
            out.append(t.upper() * rep)
            rep = 1
            i += 1
            continue
        elif months and t in MONNUM:
            piece = MONNUM[t]
        elif t in WORDNUM and not (letters and t == "o" and False):
            piece = WORDNUM[t]
        elif t in TEENNUM:
            piece = TEENNUM[t]
        elif t in TENNUM:
            nxt = toks[i + 1] if i + 1 < len(toks) else ""
            if nxt in UNITS[1:]:
                piece = str(TENNUM[t]) + WORDNUM[nxt]
                i += 1
            elif months and nxt in ORDNUM and ORDNUM[nxt] < 10:
                piece = str(TENNUM[t]) + str(ORDNUM[nxt])
                i += 1
            else:
                piece = str(TENNUM[t]) + "0"
        elif months and t in ORDNUM:
            piece = "%02d" % ORDNUM[t]
        elif t == "hundred":
            piece = "00"
        elif t == "thousand":
            nxt = [x for x in toks[i + 1:i + 3] if x != "and"]
            piece = "00" if nxt and nxt[0] in UNITS[1:] else "000"
        elif letters and len(t) == 1:
            piece = t.upper()
            if i + 1 < len(toks) and toks[i + 1] == "for":
                i += 1
            elif i + 2 < len(toks) and toks[i + 1] == "as" and toks[i + 2] == "in":
                i += 2
            else:
                piece = t.upper()
                out.append(piece * rep)
                rep = 1
                i += 1
                continue
            i += 1  # skip the phonetic word
            out.append(piece * rep)
            rep = 1
            i += 1
            continue
        elif letters and t in HOMONUM:
            piece = HOMONUM[t].upper()
        if piece is not None:
            out.append(piece * rep)
            rep = 1
        i += 1
    return "".join(out)


UK_PC = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[ABD-HJLNP-UW-Z]{2}$")
EMAIL_RE = re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$")


def spoken_email(text):
    toks = text.lower().split()
    out = ""
    i = 0
    while i < len(toks):
        t = toks[i]
        if t == "at":
            out += "@"
        elif t == "dot":
            out += "."
        elif t == "underscore":
            out += "_"
        elif t in ("dash", "hyphen"):
            out += "-"
        elif t in TENNUM:
            nxt = toks[i + 1] if i + 1 < len(toks) else ""
            if nxt in UNITS[1:]:
                out += str(TENNUM[t]) + WORDNUM[nxt]
                i += 1
            else:
                out += str(TENNUM[t]) + "0"
        elif t in TEENNUM:
            out += TEENNUM[t]
        elif t in UNITS:
            out += WORDNUM[t]
        else:
            out += t
        i += 1
    return out


def validate(typ, text):
    """text: concatenation (space joined) of all spans of one value."""
    if typ == "EMAIL":
        e = text if "@" in text else spoken_email(text)
        return bool(EMAIL_RE.match(e)), e
    if typ == "ADDRESS":
        low = text.lower()
        ok = any(re.search(r"\b%s\b" % s, low) for s in SUFFIXES) and bool(normalise(low.split()[0] + " " + (low.split()[1] if len(low.split()) > 1 else "")))
        return ok, low
    if typ == "DOB":
        n = normalise(text, months=True)
        ok = 6 <= len(n) <= 8 and bool(re.search(r"(19[4-9]\d|200\d)", n) or len(n) == 6)
        return ok, n
    if typ == "EXPIRY":
        n = normalise(text, months=True)
        ok = (len(n) == 4 and 1 <= int(n[:2]) <= 12) or (len(n) == 6 and 1 <= int(n[:2]) <= 12 and n[2:4] == "20") \
            or (len(n) == 3 and 1 <= int(n[0]) <= 9)
        return ok, n
    letters = typ in ("NI_NUMBER", "IBAN", "POSTCODE")
    typed = re.sub(r"[^A-Za-z0-9]", "", text).upper()
    if not re.search(r"[a-z]{3,}", text) or (typ == "IBAN" and re.match(r"^[A-Za-z]{2}\d", text)):
        ok, n = _validate_norm(typ, typed)
        if ok:
            return ok, n
    return _validate_norm(typ, normalise(text, letters=letters))


def _validate_norm(typ, n):
    if typ == "CARD_NUMBER":
        return n.isdigit() and 13 <= len(n) <= 19 and luhn_ok(n), n
    if typ == "CVV":
        return n.isdigit() and len(n) in (3, 4), n
    if typ == "SSN":
        return n.isdigit() and (len(n) == 9 or len(n) == 4), n
    if typ == "NI_NUMBER":
        return bool(NI_RE.match(n)), n
    if typ == "BANK_ACCOUNT":
        return n.isdigit() and 6 <= len(n) <= 17, n
    if typ == "SORT_CODE":
        return n.isdigit() and len(n) == 6, n
    if typ == "IBAN":
        return iban_ok(n), n
    if typ == "PHONE":
        m = n[2:] if n.startswith("00") else n
        return m.isdigit() and 10 <= len(m) <= 13, n
    if typ == "POSTCODE":
        return bool(UK_PC.match(n) or re.match(r"^\d{5}(\d{4})?$", n)), n
    return False, n


# ---------------------------------------------------------------- build
N_POS = 176
N_NEG = 105


def build():
    cases = []
    weighted = [f for f, w in POS_TEMPLATES for _ in range(w)]
    i = 0
    while len([c for c in cases if c.kind == "positive"]) < N_POS:
        c = weighted[i % len(weighted)]()
        i += 1
        c.id = "h89-pos-%03d" % (len(cases) + 1)
        cases.append(c)
    for j in range(N_NEG):
        c = NEG_TEMPLATES[j % len(NEG_TEMPLATES)]()
        c.id = "h89-neg-%03d" % (j + 1)
        cases.append(c)
    return cases


def serialise(cases):
    lines = []
    for c in cases:
        obj = {"id": c.id, "kind": c.kind, "turns": c.turns, "spans": c.spans, "note": c.note}
        lines.append(json.dumps(obj, ensure_ascii=False))
    return "\n".join(lines) + "\n"


def counts(cases):
    cnt = {t: 0 for t in TYPES}
    for c in cases:
        for s in c.spans:
            cnt[s["type"]] += 1
    return cnt


def readme(cases):
    cnt = counts(cases)
    npos = sum(1 for c in cases if c.kind == "positive")
    nneg = len(cases) - npos
    rows = "\n".join("| %s | %d |" % (t, cnt[t]) for t in TYPES)
    return """# PII hold-out evaluation set 89

**Never use this set for tuning.** It exists only to measure the redactor on data
it has not been fitted to. Do not change the redactor in response to individual
cases here; do not copy these cases into training or development fixtures.

## Provenance

Written by an AI helper acting as an independent author. The author did not see
the redaction code, its tests, its documentation, the benchmark, or any other
PII fixture (only a 3-line sample showing the JSONL format). The redactor was
never run while writing this set.

All cases are produced by `scripts/make_pii_holdout89.py` from template
functions; every turn is assembled from plain-text segments and (value, TYPE)
segments so span offsets are computed, never typed by hand. All values come
from one `random.Random(%d)`; the output is byte-for-byte reproducible.
`python scripts/make_pii_holdout89.py --check` regenerates the set and checks it
is identical, ids are unique, offsets are in range and on word boundaries,
spans do not overlap, and each value is valid after normalising spoken forms
(Luhn for cards, mod-97 for IBANs, NI format, 9 digits for SSN, 6 for sort
codes, digit counts for CVV/phone/account, UK postcode / US ZIP shapes).

## Contents

%d positive cases, %d negative cases (%d total). Mix of chat (typed, varied
separators, case, typos) and phone calls in ASR style (lower case, numbers as
words, "oh"/"o"/"nought" for zero, "double"/"triple", pairs such as
"forty one", letters as plain letters, "b for bravo"/"j as in jack" or
homophones such as "bee"/"see"/"why", e-mails as "x dot y at gmail dot com").
Industries: banking, telecom, utilities, retail, insurance, travel, healthcare
billing, government services; countries: US, UK, Ireland, EU (IBANs).

| type | spans |
|---|---|
%s

## Annotation conventions

* A span covers the value only: from the first to the last character/word of
  the value. Lead-ins ("it's", "my social is", "sort code") are outside.
* Spoken values include their number words, "double"/"triple", "oh", and
  phonetic spellings ("j for juliet" is entirely inside an NI/postcode span).
* A hesitation filler (um/uh/er/erm) or a spoken separator word ("dash") in
  the middle of a reading splits the value into separate spans; the filler or
  separator itself is not labelled. Typed separators (spaces, "-", "/", ".")
  inside a typed value are inside the span.
* A value split across several customer turns (with agent back-channels like
  "mhm") gets one span per turn, all with the same type.
* A value read back by the agent is labelled as well.
* In a self-correction, the abandoned fragment is also labelled with the same
  type (it is still part of the customer's card number reading).
* International phone numbers: the "+"/"plus" and country code are inside the
  PHONE span; "(0)" is inside.
* SSN "last four" readings are labelled SSN.
* EXPIRY covers the month and year; CVV only the digits.
* ADDRESS covers house number + street name + street type ("14 Elm Grove",
  "forty two station road"); town, city, state, apartment/unit and postcode
  are outside the ADDRESS span (postcode/ZIP is its own POSTCODE span).
* DOB covers the whole date expression, including "the" in "the fourth of
  july nineteen eighty".
* Non-PII numbers (amounts, times, order/claim/policy references, dates that
  are not birth dates, ages, counts, meter readings, model/flight/room numbers)
  are never labelled; negative cases contain only such numbers.
""" % (SEED, npos, nneg, len(cases), rows)


def is_boundary_ok(text, s, e):
    if not (0 <= s < e <= len(text)):
        return False
    if s > 0 and text[s - 1].isalnum():
        return False
    if e < len(text) and text[e].isalnum():
        return False
    if text[s].isspace() or text[e - 1].isspace():
        return False
    return True


def check(cases, data, readme_text):
    problems = []
    if not CASES.exists() or CASES.read_text(encoding="utf-8") != data:
        problems.append("cases.jsonl differs from regenerated output")
    if not README.exists() or README.read_text(encoding="utf-8") != readme_text:
        problems.append("README.md differs from regenerated output")
    ids = [c.id for c in cases]
    if len(ids) != len(set(ids)):
        problems.append("duplicate ids")
    groups = {}
    for c in cases:
        if c.kind == "negative" and c.spans:
            problems.append("%s: negative with spans" % c.id)
        if c.kind == "positive" and not c.spans:
            problems.append("%s: positive without spans" % c.id)
        if not c.note:
            problems.append("%s: empty note" % c.id)
        per_turn = {}
        for k, (s, g) in enumerate(zip(c.spans, c.groups)):
            if s["type"] not in TYPES:
                problems.append("%s: bad type %s" % (c.id, s["type"]))
            if not (0 <= s["turn"] < len(c.turns)):
                problems.append("%s: turn out of range" % c.id)
                continue
            text = c.turns[s["turn"]]["text"]
            if not is_boundary_ok(text, s["start"], s["end"]):
                problems.append("%s: span %d not on word boundary / out of range: %r" % (c.id, k, text[s["start"]:s["end"]]))
            per_turn.setdefault(s["turn"], []).append((s["start"], s["end"]))
            val = text[s["start"]:s["end"]]
            if g == "-":
                continue
            key = (c.id, g if g else "solo%d" % k, s["type"])
            groups.setdefault(key, []).append(val)
        for t, lst in per_turn.items():
            lst.sort()
            for a, b in zip(lst, lst[1:]):
                if b[0] < a[1]:
                    problems.append("%s: overlapping spans in turn %d" % (c.id, t))
        for turn in c.turns:
            if turn["speaker"] not in ("agent", "customer"):
                problems.append("%s: bad speaker" % c.id)
            if not turn["text"] or turn["text"] != turn["text"].strip():
                problems.append("%s: empty text or stray whitespace at turn edge" % c.id)
    for (cid, g, typ), vals in groups.items():
        ok, norm = validate(typ, " ".join(vals))
        if not ok:
            problems.append("%s: invalid %s %r -> %r" % (cid, typ, vals, norm))
    cnt = counts(cases)
    npos = sum(1 for c in cases if c.kind == "positive")
    nneg = len(cases) - npos
    if npos < 170:
        problems.append("only %d positives" % npos)
    if nneg < 100:
        problems.append("only %d negatives" % nneg)
    for t in TYPES:
        if cnt[t] < MIN_SPANS[t]:
            problems.append("type %s has %d spans < %d" % (t, cnt[t], MIN_SPANS[t]))
    print("positives=%d negatives=%d total=%d values=%d" % (npos, nneg, len(cases), len(groups)))
    for t in TYPES:
        print("  %-13s %d" % (t, cnt[t]))
    return problems


def main():
    cases = build()
    data = serialise(cases)
    rd = readme(cases)
    if "--check" in sys.argv:
        problems = check(cases, data, rd)
        for p in problems[:60]:
            print("PROBLEM:", p)
        if problems:
            print("FAILED: %d problem(s)" % len(problems))
            sys.exit(1)
        print("OK: --check passed")
        return
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    CASES.write_text(data, encoding="utf-8")
    README.write_text(rd, encoding="utf-8")
    print("wrote %d cases to %s" % (len(cases), CASES))


if __name__ == "__main__":
    main()

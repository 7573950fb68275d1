#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set ``pii_holdout220``.

Written by an independent AI helper that did not see the redaction code.
Standard library only.  Output is byte-for-byte reproducible (seeded RNG).

    python scripts/make_pii_holdout220.py          # write fixture + README
    python scripts/make_pii_holdout220.py --check  # regenerate and verify
"""
from __future__ import annotations

import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

SEED = 220241126
ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "tests" / "fixtures" / "pii_holdout220"
CASES = OUT_DIR / "cases.jsonl"
README = OUT_DIR / "README.md"
PFX = "h220"

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE",
         "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

R = random.Random(SEED)

UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
       "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
       "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty first", "twenty second",
       "twenty third", "twenty fourth", "twenty fifth", "twenty sixth", "twenty seventh",
       "twenty eighth"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "g": "golf",
        "h": "hotel", "j": "juliet", "k": "kilo", "l": "lima", "m": "mike", "n": "november",
        "p": "papa", "r": "romeo", "s": "sierra", "t": "tango", "w": "whiskey", "x": "x-ray",
        "y": "yankee", "z": "zulu", "f": "foxtrot", "u": "uniform", "q": "quebec", "v": "victor"}
NAMEWORD = {"a": "apple", "b": "boy", "c": "cat", "d": "dog", "e": "edward", "g": "george",
            "h": "harry", "j": "john", "k": "king", "l": "london", "m": "mary", "n": "nancy",
            "p": "peter", "r": "robert", "s": "sam", "t": "tom", "w": "william", "x": "xmas",
            "y": "yellow", "z": "zebra", "f": "frank", "u": "umbrella", "q": "queen", "v": "victor"}


# ---------------------------------------------------------------- value makers
def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def luhn_complete(prefix, length):
    body = prefix + "".join(R.choice("0123456789") for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


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


def card():
    kind = R.choice(["visa", "visa", "visa", "mc", "mc", "amex", "disc", "mc2"])
    if kind == "visa":
        return luhn_complete("4", 16), kind
    if kind == "mc":
        return luhn_complete("5" + R.choice("12345"), 16), kind
    if kind == "mc2":
        return luhn_complete("2" + R.choice(["221", "300", "451", "620"]), 16), kind
    if kind == "amex":
        return luhn_complete("3" + R.choice("47"), 15), kind
    return luhn_complete("6011", 16), kind


def card_groups(num):
    if len(num) == 15:
        return [num[:4], num[4:10], num[10:]]
    return [num[i:i + 4] for i in range(0, len(num), 4)]


def ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


NI_LET = "ABCEGHJKLMNPRSTWXYZ"
NI_BAD = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}


def ni():
    while True:
        p = R.choice(NI_LET) + R.choice(NI_LET.replace("O", ""))
        if p not in NI_BAD:
            break
    return p + digits(6) + R.choice("ABCD")


def iban_check(country, bban):
    s = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return "%02d" % (98 - int(num) % 97)


def iban_ok(s):
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def iban():
    c = R.choice(["DE", "GB", "IE", "NL", "FR", "ES"])
    if c == "DE":
        bban = digits(18)
    elif c in ("GB", "IE"):
        bban = R.choice(["NWBK", "BARC", "AIBK", "BOFI", "MIDL", "LOYD"]) + digits(14)
    elif c == "NL":
        bban = R.choice(["ABNA", "INGB", "RABO"]) + digits(10)
    elif c == "FR":
        bban = digits(23)
    else:
        bban = digits(20)
    return c + iban_check(c, bban) + bban


def us_phone():
    return str(R.randint(2, 9)) + digits(2) + str(R.randint(2, 9)) + digits(6)


def uk_mobile():
    return "07" + R.choice("3456789") + digits(8)


def uk_land():
    return R.choice(["020", "0161", "0121", "0113", "0131", "0141", "0117", "0191"]) + "x"


UK_AREAS = ["SW", "M", "B", "LS", "EH", "G", "CF", "BS", "NE", "L", "N", "E", "W", "RG",
            "OX", "CB", "NG", "BT", "KT", "TW", "CR", "DY", "WV", "HU", "PL"]
UNIT_L = "ABDEFGHJLNPQRSTUWXYZ"


def uk_postcode():
    a = R.choice(UK_AREAS)
    return "%s%d %d%s%s" % (a, R.randint(1, 19), R.randint(1, 9), R.choice(UNIT_L), R.choice(UNIT_L))


def zip5():
    return str(R.randint(1, 9)) + digits(4)


STREETS = ["maple avenue", "oak street", "elm street", "pine ridge road", "washington boulevard",
           "lincoln avenue", "cedar lane", "park place", "highland drive", "sunset boulevard",
           "church street", "main street", "lakeview drive", "willow court", "magnolia way",
           "jefferson street", "hillcrest road", "river road", "franklin avenue", "birch terrace"]
ST_ABBR = {"avenue": "Ave", "street": "St", "road": "Rd", "boulevard": "Blvd", "lane": "Ln",
           "drive": "Dr", "court": "Ct", "way": "Way", "place": "Pl", "terrace": "Ter"}
CITIES = [("Columbus", "OH"), ("Tampa", "FL"), ("Austin", "TX"), ("Denver", "CO"),
          ("Raleigh", "NC"), ("Phoenix", "AZ"), ("Portland", "OR"), ("Albany", "NY"),
          ("Madison", "WI"), ("Fresno", "CA"), ("Tulsa", "OK"), ("Omaha", "NE")]
STATE_NAMES = {"OH": "ohio", "FL": "florida", "TX": "texas", "CO": "colorado", "NC": "north carolina",
               "AZ": "arizona", "OR": "oregon", "NY": "new york", "WI": "wisconsin", "CA": "california",
               "OK": "oklahoma", "NE": "nebraska"}
UK_STREETS = ["Victoria Road", "Station Road", "Kings Avenue", "Mill Lane", "Queens Crescent",
              "Church Close", "Manor Way", "Park Terrace", "High Street", "Albert Grove"]
DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "aol.com", "icloud.com",
           "comcast.net", "btinternet.com", "eircom.net", "protonmail.com"]
FIRST = ["james", "maria", "kevin", "tasha", "robert", "linda", "dwayne", "karen", "luis",
         "megan", "tom", "aoife", "siobhan", "priya", "darnell", "heather", "mike", "jen"]
LAST = ["johnson", "garcia", "miller", "okafor", "nguyen", "walsh", "patel", "brooks",
        "murphy", "reyes", "kowalski", "hughes", "bennett", "price", "sullivan", "carter"]


# ------------------------------------------------------------ spoken renderers
def w1(d, zero="zero"):
    return zero if d == "0" else UNITS[int(d)]


def two(dd, zero="oh"):
    """two-digit chunk spoken as a number ('41' -> forty one, '07' -> oh seven)."""
    a, b = dd
    if a == "0":
        if b == "0":
            return R.choice(["double " + zero, zero + " " + zero])
        return zero + " " + UNITS[int(b)]
    if a == "1":
        return TEENS[int(b)]
    return TENS[int(a)] + ("" if b == "0" else " " + UNITS[int(b)])


def sd(ds, zero=None, dbl=0.5, homo=0.0):
    """digit-by-digit reading with optional double/triple and ASR homophones."""
    zero = zero or R.choice(["zero", "oh", "oh", "o"])
    out = []
    i = 0
    while i < len(ds):
        d = ds[i]
        run = 1
        while i + run < len(ds) and ds[i + run] == d and run < 3:
            run += 1
        word = w1(d, zero)
        if homo and R.random() < homo:
            word = {"4": "for", "2": R.choice(["to", "too"]), "8": "ate", "1": "won"}.get(d, word)
        if run >= 2 and R.random() < dbl:
            if run == 3 and R.random() < 0.6:
                out.append("triple " + w1(d, zero))
                i += 3
                continue
            out.append("double " + w1(d, zero))
            i += 2
            continue
        out.append(word)
        i += 1
    return " ".join(out)


def pairs_safe(ds):
    """a tens word ending in 0 ('forty') before a unit word is ambiguous to a listener."""
    st = len(ds) % 2
    return all(not (ds[i] >= "2" and ds[i + 1] == "0") for i in range(st, len(ds), 2))


def pairs(ds, zero="oh"):
    if not pairs_safe(ds):
        return sd(ds, zero=None if zero == "oh" else zero)
    out = []
    i = 0
    if len(ds) % 2:
        out.append(w1(ds[0], zero))
        i = 1
    while i < len(ds):
        out.append(two(ds[i:i + 2], zero))
        i += 2
    return " ".join(out)


def group_say(g, zero=None):
    """a card group of four in one of several spoken styles."""
    r = R.random()
    if len(g) == 4 and r < 0.25:
        return pairs(g, zero or "oh")
    if len(g) == 4 and r < 0.35 and g[2:] != "00" and g[0] != "0" and pairs_safe(g):
        return two(g[:2]) + " " + two(g[2:])
    return sd(g, zero=zero)


def say_month_year(mm, yy):
    m = int(mm)
    r = R.random()
    if r < 0.35:
        return sd(mm, zero="oh", dbl=0) + " " + two(yy)
    if r < 0.6:
        return MONTHS[m - 1] + " twenty " + two(yy)
    if r < 0.8:
        return two(mm, "oh") + " " + two(yy)
    return MONTHS[m - 1] + " of " + two(yy)


def say_year(y):
    y = str(y)
    if y.startswith("20"):
        return R.choice(["two thousand " + (UNITS[int(y[3])] if y[2] == "0" else two(y[2:])),
                         "twenty " + two(y[2:])])
    return two(y[:2]) + " " + two(y[2:])


def dob_value():
    y = R.randint(1942, 2004)
    m = R.randint(1, 12)
    d = R.randint(1, 28)
    return y, m, d


def say_dob(y, m, d):
    r = R.random()
    if r < 0.3:
        return "%s %s %s" % (MONTHS[m - 1], ORD[d - 1], say_year(y))
    if r < 0.5:
        return "the %s of %s %s" % (ORD[d - 1], MONTHS[m - 1], say_year(y))
    if r < 0.7:
        return "%s %s %s" % (sd("%02d" % m, zero="oh", dbl=0), sd("%02d" % d, zero="oh", dbl=0),
                             say_year(y))
    if r < 0.85:
        return "%s %s %s" % (MONTHS[m - 1], UNITS[d] if d < 10 else two("%02d" % d), say_year(y))
    return "%s %s %s" % (MONTHS[m - 1], ORD[d - 1], two(str(y)[2:]))


def type_dob(y, m, d):
    return R.choice(["%02d/%02d/%d" % (m, d, y), "%d/%d/%d" % (m, d, y), "%02d-%02d-%d" % (m, d, y),
                     "%s %d, %d" % (MONTHS[m - 1].title(), d, y), "%d/%d/%02d" % (m, d, y % 100),
                     "%d-%02d-%02d" % (y, m, d)])


def say_letter(c):
    c = c.lower()
    r = R.random()
    if r < 0.45:
        return c
    if r < 0.75:
        return "%s for %s" % (c, NATO[c])
    if r < 0.9:
        return "%s as in %s" % (c, NAMEWORD[c])
    return c


def say_ni(v):
    r = R.random()
    a, b, num, suf = v[0], v[1], v[2:8], v[8]
    if r < 0.5:
        lets = say_letter(a) + " " + say_letter(b)
    else:
        lets = a.lower() + " " + b.lower()
    if a == b and R.random() < 0.6:
        lets = "double " + a.lower()
    if R.random() < 0.4:
        nums = pairs(num)
    else:
        nums = sd(num, zero=R.choice(["zero", "oh"]))
    return lets + " " + nums + " " + say_letter(suf)


def type_ni(v):
    r = R.random()
    if r < 0.35:
        return "%s %s %s %s %s" % (v[:2], v[2:4], v[4:6], v[6:8], v[8])
    if r < 0.6:
        return v
    if r < 0.75:
        return v.lower()
    if r < 0.88:
        return "%s-%s-%s-%s-%s" % (v[:2], v[2:4], v[4:6], v[6:8], v[8])
    return "%s %s %s" % (v[:2], v[2:8], v[8])


def say_ssn(v):
    a, g, s = v[:3], v[3:5], v[5:]
    r = R.random()
    if r < 0.35:
        return sd(v)
    if r < 0.55:
        return "%s %s %s" % (sd(a), sd(g), sd(s))
    if r < 0.7:
        return "%s dash %s dash %s" % (sd(a, dbl=0), sd(g, dbl=0), sd(s, dbl=0))
    if r < 0.85:
        return "%s %s %s" % (sd(a), pairs(g), pairs(s))
    return "%s %s %s" % (sd(a), sd(g), pairs(s))


def type_ssn(v):
    return R.choice(["%s-%s-%s" % (v[:3], v[3:5], v[5:]), "%s %s %s" % (v[:3], v[3:5], v[5:]), v,
                     "%s-%s-%s" % (v[:3], v[3:5], v[5:]), "%s.%s.%s" % (v[:3], v[3:5], v[5:])])


def say_us_phone(v):
    a, e, l = v[:3], v[3:6], v[6:]
    r = R.random()
    aa = "%s hundred" % UNITS[int(a[0])] if a[1:] == "00" and R.random() < 0.7 else sd(a)
    if r < 0.4:
        return "%s %s %s" % (aa, sd(e), sd(l))
    if r < 0.7:
        return "%s %s %s" % (aa, sd(e), pairs(l))
    return "%s %s %s" % (aa, sd(e), pairs(l))


def type_us_phone(v):
    a, e, l = v[:3], v[3:6], v[6:]
    return R.choice(["(%s) %s-%s" % (a, e, l), "%s-%s-%s" % (a, e, l), "%s.%s.%s" % (a, e, l),
                     "%s%s%s" % (a, e, l), "+1 %s %s %s" % (a, e, l), "1-%s-%s-%s" % (a, e, l),
                     "(%s)%s-%s" % (a, e, l), "+1 (%s) %s-%s" % (a, e, l)])


def say_email(user, dom):
    def sp(s):
        s = s.replace(".", " dot ").replace("_", " underscore ").replace("-", " dash ")
        s = re.sub(r"\d+", lambda m: " " + sd(m.group(0)) + " ", s)
        return re.sub(r"\s+", " ", s).strip()
    return sp(user) + R.choice([" at ", " at ", " at sign "]) + sp(dom)


def email_user():
    f, l = R.choice(FIRST), R.choice(LAST)
    return R.choice([f + "." + l, f[0] + l, f + l + digits(2), f + "_" + l, l + "." + f[0],
                     f + digits(4)])


# -------------------------------------------------------------- case builder
class Case:
    def __init__(self, kind, note):
        self.kind, self.note = kind, note
        self.turns, self.spans, self.groups = [], [], []

    def t(self, speaker, *segs):
        text = ""
        for s in segs:
            if isinstance(s, str):
                text += s
            else:
                start = len(text)
                text += s[0]
                self.spans.append({"turn": len(self.turns), "start": start, "end": len(text),
                                   "type": s[1]})
                self.groups.append(s[2] if len(s) > 2 else None)
        self.turns.append({"speaker": speaker, "text": text})
        return self

    A = lambda self, *s: self.t("agent", *s)  # noqa: E731
    C = lambda self, *s: self.t("customer", *s)  # noqa: E731


POS, NEG = [], []


def pos(note):
    c = Case("positive", note)
    POS.append(c)
    return c


def neg(note):
    c = Case("negative", note)
    NEG.append(c)
    return c


_gid = [0]


def gid():
    _gid[0] += 1
    return "g%d" % _gid[0]


# ------------------------------------------------------------ positive templates
def p_card_one_turn_spoken():
    num, k = card()
    read = " ".join(group_say(g) for g in card_groups(num))
    c = pos("call/%s: %s card number read in one ASR turn, mixed digit and pair styles" % (
        R.choice(["banking", "retail", "telecom", "utilities"]), k))
    c.A("okay whenever you're ready go ahead with the long number on the card")
    c.C(R.choice(["yeah it's ", "okay so ", "um ", "sure its "]), (read, "CARD_NUMBER"),
        R.choice(["", " and that's a visa", " got it", ""]))


def p_card_split():
    num, k = card()
    g = gid()
    c = pos("call/%s: card split across customer turns with back-channels" % R.choice(
        ["insurance", "travel", "retail", "healthcare billing"]))
    c.A("can i get the card number please")
    gs = card_groups(num)
    for i, grp in enumerate(gs):
        lead = R.choice(["", "um ", "okay ", "its "]) if i == 0 else R.choice(["", "", "then ", "uh "])
        c.C(lead, (group_say(grp), "CARD_NUMBER", g))
        if i < len(gs) - 1:
            c.A(R.choice(["mhm", "okay go on", "yep", "uh huh", "got it", "okay"]))
    c.A("thank you and the expiration date")
    mm, yy = "%02d" % R.randint(1, 12), str(R.randint(26, 31))
    c.C((say_month_year(mm, yy), "EXPIRY"))


def p_card_chat():
    num, k = card()
    gs = card_groups(num)
    sep = R.choice([" ", "-", "", " ", "  "])
    typed = sep.join(gs)
    mm, yy = "%02d" % R.randint(1, 12), str(R.randint(26, 31))
    exp = R.choice(["%s/%s" % (mm, yy), "%s/20%s" % (mm, yy), "%s-%s" % (mm, yy), "%s %s" % (mm, yy)])
    cvv = digits(4 if k == "amex" else 3)
    c = pos("chat/retail: typed card, expiry and security code in one message (%s)" % k)
    c.A("Please provide the card details for the payment of $%d.%02d" % (R.randint(20, 900), R.randint(0, 99)))
    c.C(R.choice(["card ", "Card no: ", "its ", "number is "]), (typed, "CARD_NUMBER"),
        R.choice([" exp ", " expires ", ", exp: ", " valid thru "]), (exp, "EXPIRY"),
        R.choice([" cvv ", " and the code on the back is ", ", sec code ", " cvc "]), (cvv, "CVV"))


def p_card_correction():
    num, k = card()
    bad = num[:4] + "".join(R.choice("0123456789") for _ in range(2))
    g = gid()
    c = pos("call/utilities: caller self-corrects mid-card; both the abandoned fragment and the full reading are labelled")
    c.A("and the card number")
    c.C((sd(bad[:4]) + " " + sd(bad[4:]), "CARD_NUMBER", "partial"), " no wait sorry i read that wrong let me start again")
    c.A("no problem take your time")
    c.C((" ".join(group_say(x) for x in card_groups(num)), "CARD_NUMBER", g))


def p_card_readback():
    num, k = card()
    gs = card_groups(num)
    g1, g2 = gid(), gid()
    c = pos("call/banking: agent reads the card back to confirm; both readings labelled")
    c.A("whats the card number on the debit card")
    c.C((" ".join(sd(x) for x in gs), "CARD_NUMBER", g1))
    c.A("let me read that back to you ", (" ".join(sd(x, dbl=0) for x in gs), "CARD_NUMBER", g2),
        " is that right")
    c.C("yes thats correct")


def p_card_last_four_and_cvv():
    num, k = card()
    cvv = digits(4 if k == "amex" else 3)
    mm, yy = "%02d" % R.randint(1, 12), str(R.randint(26, 31))
    c = pos("call/telecom: card, then expiry and security code in separate turns with amount chatter")
    c.A("your bill today is eighty four dollars and twelve cents what card would you like to use")
    c.C("the visa um ", (" ".join(group_say(x) for x in card_groups(num)), "CARD_NUMBER"))
    c.A("and the expiry")
    c.C(R.choice(["it says ", "", "expires "]), (say_month_year(mm, yy), "EXPIRY"))
    c.A("and the three digit code on the back")
    c.C((sd(cvv), "CVV"))


def p_ssn_spoken():
    v = ssn()
    c = pos("call/%s: US SSN read aloud in one turn" % R.choice(
        ["banking", "insurance", "government services", "healthcare billing", "telecom"]))
    c.A(R.choice(["to verify your identity can i get your social security number",
                  "can you give me your full social please",
                  "i'll need the social security number on the account"]))
    c.C(R.choice(["sure its ", "yeah ", "okay it's ", "uh ", ""]), (say_ssn(v), "SSN"))


def p_ssn_split():
    v = ssn()
    g = gid()
    c = pos("call/government services: SSN given in 3-2-4 chunks over three turns")
    c.A("whats your social security number")
    c.C("okay ", (sd(v[:3]), "SSN", g))
    c.A(R.choice(["mhm", "okay", "go ahead"]))
    c.C((sd(v[3:5]), "SSN", g))
    c.A(R.choice(["yep", "uh huh"]))
    c.C((R.choice([sd(v[5:]), pairs(v[5:])]), "SSN", g), R.choice(["", " i think thats it"]))


def p_ssn_last4_plus_full():
    v = ssn()
    c = pos("call/banking: agent asks for full SSN; caller first offers last four (labelled) then full number")
    c.A("for verification i need your social security number")
    c.C("you want the last four its ", (sd(v[5:]), "SSN", "partial"))
    c.A("i actually need the full nine digits for this request")
    c.C("oh okay ", (say_ssn(v), "SSN"))


def p_ssn_chat():
    v = ssn()
    c = pos("chat/%s: typed SSN with separator variants" % R.choice(["insurance", "banking", "healthcare billing"]))
    c.A("For security, please type your Social Security Number.")
    c.C(R.choice(["", "ok ", "sure - ", "SSN: ", "its "]), (type_ssn(v), "SSN"),
        R.choice(["", " thanks", ". also my policy number is %s" % digits(8)]))


def p_ssn_dob():
    v = ssn()
    y, m, d = dob_value()
    c = pos("call/insurance: SSN and date of birth back to back, ages and amounts nearby")
    c.A("i'll need your social and date of birth")
    c.C("social is ", (say_ssn(v), "SSN"), " and birthday is ", (say_dob(y, m, d), "DOB"))
    c.A("okay and you're %s years old correct" % two("%02d" % (2026 - y)))
    c.C("yep")


def p_ssn_ni_mixed():
    v = ssn()
    c = pos("chat/government services: SSN with 'SS#' shorthand and a claim number that must not be labelled")
    c.C("claim #%s - my ss# is " % digits(7), (type_ssn(v), "SSN"), " pls help asap")


def p_ssn_homophone():
    v = ssn()
    while sum(ch in "1248" for ch in v) < 3:
        v = ssn()
    c = pos("call/telecom: SSN read with ASR homophones (for/to/won/ate)")
    c.A("and the social on the account")
    c.C((sd(v, dbl=0, homo=0.8), "SSN"))


def p_ni_spoken():
    v = ni()
    c = pos("call/%s: UK NI number spoken with phonetic letters" % R.choice(
        ["government services", "banking", "utilities", "insurance"]))
    c.A(R.choice(["can i take your national insurance number", "and your n i number please"]))
    c.C(R.choice(["yeah it's ", "right ", "um ", ""]), (say_ni(v), "NI_NUMBER"))


def p_ni_typed():
    v = ni()
    c = pos("chat/government services: NI number typed in mixed formats")
    c.A("Could you confirm your National Insurance number?")
    c.C(R.choice(["", "NI: ", "it's ", "nino "]), (type_ni(v), "NI_NUMBER"),
        R.choice(["", " cheers", " - ref %s" % digits(6)]))


def p_ni_split():
    v = ni()
    g = gid()
    c = pos("call/banking: NI number split over turns, letters then digits then suffix")
    c.A("national insurance number please")
    c.C((say_letter(v[0]) + " " + say_letter(v[1]), "NI_NUMBER", g))
    c.A("okay")
    c.C((sd(v[2:5]) + " " + sd(v[5:8]), "NI_NUMBER", g))
    c.A("and the letter at the end")
    c.C((say_letter(v[8]), "NI_NUMBER", g))


def p_ni_postcode():
    v = ni()
    pc = uk_postcode()
    c = pos("call/government services: NI number and UK postcode in the same call")
    c.A("can i have your n i number and then your postcode")
    c.C((say_ni(v), "NI_NUMBER"), " and the postcode is ", (say_postcode(pc), "POSTCODE"))


def say_postcode(pc):
    out = []
    for ch in pc.replace(" ", ""):
        if ch.isdigit():
            out.append(w1(ch, "zero"))
        else:
            out.append(say_letter(ch) if R.random() < 0.4 else ch.lower())
    return " ".join(out)


def p_zip():
    z = zip5()
    plus4 = R.random() < 0.4
    c = pos("call/%s: US ZIP%s code spoken" % (R.choice(["retail", "utilities", "insurance"]),
                                               "+4" if plus4 else ""))
    c.A("and what's the billing zip code")
    val = sd(z) + ((" dash " if R.random() < 0.5 else " ") + sd(digits(4)) if plus4 else "")
    c.C(R.choice(["", "its ", "zip is ", "uh "]), (val, "POSTCODE"))


def p_address_us():
    num = str(R.randint(12, 9899))
    st = R.choice(STREETS)
    city, state = R.choice(CITIES)
    z = zip5()
    c = pos("call/utilities: US street address spoken, house number as pairs, then ZIP")
    c.A("what is the service address")
    hn = pairs(num) if len(num) == 4 and num[2] != "0" else sd(num)
    apt = R.choice(["", " apartment %s" % R.choice(UNITS[2:] + TEENS + ["twenty " + u for u in UNITS[1:]]),
                     " unit %s" % R.choice("abcd")])
    c.C("its ", (hn + " " + st + apt, "ADDRESS"), " %s %s " % (city.lower(), STATE_NAMES[state]),
        (sd(z), "POSTCODE"))


def p_address_chat():
    num = str(R.randint(1, 24999))
    st = R.choice(STREETS).split()
    st = " ".join(w.title() for w in st[:-1]) + " " + R.choice([ST_ABBR[st[-1]], st[-1].title()])
    city, state = R.choice(CITIES)
    z = zip5()
    z4 = z + ("-" + digits(4) if R.random() < 0.5 else "")
    c = pos("chat/retail: typed US shipping address with ZIP or ZIP+4")
    c.A("What address should we ship the replacement to?")
    c.C((num + " " + st + R.choice(["", " Apt " + str(R.randint(1, 30)), " #" + str(R.randint(100, 999))]), "ADDRESS"),
        ", %s, %s " % (city, state), (z4, "POSTCODE"))


def p_address_uk():
    num = str(R.randint(1, 180))
    st = R.choice(UK_STREETS)
    pc = uk_postcode()
    c = pos("chat/utilities: UK address typed with postcode")
    c.A("What's the supply address please?")
    c.C((num + " " + st, "ADDRESS"), R.choice([", ", " "]), R.choice(["Leeds ", "Bristol, ", "", "Manchester "]),
        (R.choice([pc, pc.lower(), pc.replace(" ", "")]), "POSTCODE"))


def p_phone_us_spoken():
    v = us_phone()
    c = pos("call/%s: US phone number spoken" % R.choice(["telecom", "banking", "retail", "travel"]))
    c.A(R.choice(["whats the best callback number", "and a good phone number for you"]))
    c.C(R.choice(["", "sure its ", "yeah my cell is ", "um "]), (say_us_phone(v), "PHONE"))


def p_phone_us_typed():
    v = us_phone()
    c = pos("chat/%s: US phone typed in one of many formats" % R.choice(["telecom", "insurance", "retail"]))
    c.A("Can I get a contact number in case we get disconnected?")
    c.C(R.choice(["", "sure ", "cell: ", "call me at "]), (type_us_phone(v), "PHONE"),
        R.choice(["", " after 5pm", " thx", " (mobile)"]))


def p_phone_split_area():
    v = us_phone()
    g = gid()
    c = pos("call/healthcare billing: phone split, area code first then rest")
    c.A("phone number on file")
    c.C("area code ", (sd(v[:3]), "PHONE", g))
    c.A("okay")
    c.C((sd(v[3:6]) + " " + sd(v[6:]), "PHONE", g))


def p_phone_uk():
    v = uk_mobile()
    c = pos("call/telecom: UK mobile spoken with 'oh' and doubles; Irish/UK forms")
    c.A("whats the mobile number")
    intl = R.random() < 0.4
    if intl:
        val = "plus four four " + sd(v[1:], zero="oh")
    else:
        val = sd(v[:5], zero="oh") + " " + sd(v[5:], zero="oh")
    c.C((val, "PHONE"))


def p_phone_ie_typed():
    v = "08" + R.choice("35679") + digits(7)
    c = pos("chat/travel: Irish mobile typed with +353")
    c.C("hi can you call me back on ", (R.choice(["+353 %s %s %s" % (v[1:3], v[3:6], v[6:]), "%s %s %s" % (v[:3], v[3:6], v[6:]),
                                                  "00353%s" % v[1:]]), "PHONE"), " re booking %s" % R.choice(["ABX4K2", "QPL9TR", "ZK7MMA"]))


def p_email_spoken():
    u, d = email_user(), R.choice(DOMAINS)
    c = pos("call/%s: email spelled out as ASR words" % R.choice(["retail", "telecom", "travel", "utilities"]))
    c.A("and an email address for the receipt")
    c.C(R.choice(["yeah its ", "", "sure "]), (say_email(u, d), "EMAIL"))


def p_email_typed():
    u, d = email_user(), R.choice(DOMAINS)
    e = u + "@" + d
    if R.random() < 0.3:
        e = e.upper() if R.random() < 0.3 else e.title()
    c = pos("chat/retail: email typed")
    c.C("pls send the receipt to ", (e, "EMAIL"), R.choice(["", " thanks!", ". order total was $%d" % R.randint(20, 500)]))


def p_dob_spoken():
    y, m, d = dob_value()
    c = pos("call/%s: date of birth spoken" % R.choice(["healthcare billing", "insurance", "banking"]))
    c.A(R.choice(["can you confirm your date of birth", "whats the patient's date of birth"]))
    c.C(R.choice(["", "its ", "sure ", "um "]), (say_dob(y, m, d), "DOB"))


def p_dob_typed():
    y, m, d = dob_value()
    c = pos("chat/healthcare billing: DOB typed alongside an appointment date that is not labelled")
    c.A("Please confirm the patient's date of birth.")
    c.C("DOB ", (type_dob(y, m, d), "DOB"), " - appointment was on %d/%d" % (R.randint(1, 12), R.randint(1, 28)))


def p_bank_us():
    acct = digits(R.randint(9, 12))
    c = pos("call/banking: US checking account number spoken; routing number is not asked for")
    c.A("which account would you like the refund sent to")
    c.C("my checking account number is ", (sd(acct), "BANK_ACCOUNT"))


def p_bank_uk():
    sc, acct = digits(6), digits(8)
    c = pos("call/banking: UK sort code and account number spoken")
    c.A("can i take the sort code and account number")
    scs = R.choice([pairs(sc), sd(sc[:2]) + " " + sd(sc[2:4]) + " " + sd(sc[4:]), sd(sc)])
    c.C("sort code ", (scs, "SORT_CODE"), " account ", (sd(acct), "BANK_ACCOUNT"))


def p_bank_uk_chat():
    sc, acct = digits(6), digits(8)
    c = pos("chat/utilities: direct debit details typed")
    c.A("To set up the Direct Debit I'll need your sort code and account number.")
    c.C("sort ", (R.choice(["%s-%s-%s" % (sc[:2], sc[2:4], sc[4:]), sc, "%s %s %s" % (sc[:2], sc[2:4], sc[4:])]), "SORT_CODE"),
        R.choice([" acc ", ", a/c no. ", " account "]), (acct, "BANK_ACCOUNT"))


def p_iban():
    v = iban()
    c = pos("chat/banking: IBAN typed for an EU refund")
    grouped = " ".join(v[i:i + 4] for i in range(0, len(v), 4))
    c.C("please refund to IBAN ", (R.choice([v, grouped, grouped.lower()]), "IBAN"), R.choice(["", " thank you"]))


def p_iban_spoken():
    v = iban()
    g = gid()
    c = pos("call/travel: IBAN read aloud in chunks over two turns")
    c.A("and the iban for the refund")
    half = 4 + 4 * R.randint(1, 2)

    def sp(s):
        return " ".join(sd(ch, zero="zero", dbl=0) if ch.isdigit() else
                        ("o for oscar" if ch == "O" else ch.lower()) for ch in s)
    c.C((sp(v[:half]), "IBAN", g))
    c.A("okay go on")
    c.C((sp(v[half:]), "IBAN", g))


def p_two_values():
    v = us_phone()
    u, d = email_user(), R.choice(DOMAINS)
    c = pos("call/retail: phone and email in one turn with chit-chat")
    c.A("can i update your contact details")
    c.C("yeah the new number is ", (say_us_phone(v), "PHONE"), " and the email is ",
        (say_email(u, d), "EMAIL"), " sorry the dogs barking")


def p_full_payment_call():
    num, k = card()
    z = zip5()
    cvv = digits(4 if k == "amex" else 3)
    c = pos("call/travel: full phone payment incl. card, cvv and billing zip; booking amount unlabelled")
    c.A("the total for the two nights is three hundred forty nine dollars can i get the card")
    c.C((" ".join(group_say(x) for x in card_groups(num)), "CARD_NUMBER"))
    c.A("security code")
    c.C((sd(cvv), "CVV"))
    c.A("and the billing zip")
    c.C((sd(z), "POSTCODE"))


def p_cvv_chat():
    cvv = digits(3)
    c = pos("chat/retail: security code alone in reply to agent")
    c.A("Thanks. And the 3-digit security code on the back?")
    c.C((cvv, "CVV"))


def p_expiry_chat():
    mm, yy = "%02d" % R.randint(1, 12), str(R.randint(26, 31))
    c = pos("chat/telecom: expiry date alone")
    c.A("What's the expiration date on the card?")
    c.C(R.choice(["", "exp ", "it's "]), (R.choice(["%s/%s" % (mm, yy), "%s/20%s" % (mm, yy), "%s%s" % (mm, yy),
                                                    MONTHS[int(mm) - 1][:3].title() + " 20" + yy]), "EXPIRY"))


def p_dob_ssn_chat():
    v = ssn()
    y, m, d = dob_value()
    c = pos("chat/insurance: SSN and DOB in one message, member id number unlabelled")
    c.C("member id %s, ssn " % ("W" + digits(8)), (type_ssn(v), "SSN"), ", dob ", (type_dob(y, m, d), "DOB"))


def p_ni_readback():
    v = ni()
    g1 = gid()
    c = pos("call/government services: NI read back by agent")
    c.C("my national insurance is ", (say_ni(v), "NI_NUMBER"))
    c.A("thank you so thats ", (" ".join(ch.lower() if ch.isalpha() else w1(ch) for ch in v), "NI_NUMBER", g1), " yeah")
    c.C("thats it")


def p_ssn_filler():
    v = ssn()
    c = pos("call/banking: SSN with filler words inside the reading")
    c.A("social security number")
    c.C("its ", (sd(v[:3]) + " um " + sd(v[3:5]) + " uh " + sd(v[5:]), "SSN"), " i think yeah")


def p_card_amex_chat_typo():
    num = luhn_complete("37", 15)
    typed = "%s %s %s" % (num[:4], num[4:10], num[10:])
    c = pos("chat/travel: amex typed 4-6-5 with CID")
    c.C("amex ", (typed, "CARD_NUMBER"), " cid ", (digits(4), "CVV"), " exp ", ("%02d/%d" % (R.randint(1, 12), R.randint(26, 31)), "EXPIRY"))


def p_ni_ssn_both():
    v = ni()
    c = pos("chat/banking: NI number inside a longer complaint")
    c.C("I've been on hold 45 minutes. My NI number is ", (type_ni(v), "NI_NUMBER"),
        " and I moved house in %d. Please sort this." % R.randint(2015, 2025))


def p_ssn_chat_bare():
    v = ssn()
    c = pos("chat/banking: SSN typed with no separators among amounts and a dispute id")
    c.C("disputing the $%d.%02d charge (dispute %s) from %d/%d. social " % (
        R.randint(10, 999), R.randint(0, 99), digits(7), R.randint(1, 12), R.randint(1, 28)), (v, "SSN"))


def p_zip4_chat():
    z = zip5() + "-" + digits(4)
    c = pos("chat/retail: ZIP+4 typed on its own after agent asks for billing ZIP")
    c.A("What is the billing ZIP code on the card?")
    c.C((z, "POSTCODE"))


def p_ssn_agent_readback_split():
    v = ssn()
    g = gid()
    c = pos("call/insurance: agent reads SSN back in chunks and caller corrects nothing")
    c.C("my social is ", (say_ssn(v), "SSN"))
    c.A("okay i have ", (sd(v[:3], dbl=0), "SSN", g))
    c.C("yep")
    c.A((sd(v[3:5], dbl=0) + " " + sd(v[5:], dbl=0), "SSN", g), " correct")
    c.C("correct")


def p_phone_ext_chat():
    v = us_phone()
    c = pos("chat/insurance: US phone with extension and business hours nearby")
    c.C("reach me at work ", (type_us_phone(v), "PHONE"), " ext %d between 9 and 5 EST" % R.randint(10, 999))


POS_TEMPLATES = [
    (p_ssn_chat_bare, 3), (p_zip4_chat, 3), (p_ssn_agent_readback_split, 3), (p_phone_ext_chat, 3),
    (p_card_one_turn_spoken, 8), (p_card_split, 6), (p_card_chat, 7), (p_card_correction, 3),
    (p_card_readback, 3), (p_card_last_four_and_cvv, 5), (p_full_payment_call, 4),
    (p_card_amex_chat_typo, 3), (p_cvv_chat, 3), (p_expiry_chat, 3),
    (p_ssn_spoken, 10), (p_ssn_split, 4), (p_ssn_last4_plus_full, 3), (p_ssn_chat, 7),
    (p_ssn_dob, 4), (p_ssn_ni_mixed, 2), (p_ssn_homophone, 3), (p_dob_ssn_chat, 4), (p_ssn_filler, 3),
    (p_ni_spoken, 12), (p_ni_typed, 9), (p_ni_split, 3), (p_ni_postcode, 3), (p_ni_readback, 3),
    (p_ni_ssn_both, 3),
    (p_zip, 6), (p_address_us, 6), (p_address_chat, 6), (p_address_uk, 4),
    (p_phone_us_spoken, 6), (p_phone_us_typed, 7), (p_phone_split_area, 3), (p_phone_uk, 3),
    (p_phone_ie_typed, 2), (p_email_spoken, 6), (p_email_typed, 6), (p_two_values, 3),
    (p_dob_spoken, 5), (p_dob_typed, 4), (p_bank_us, 5), (p_bank_uk, 6), (p_bank_uk_chat, 7),
    (p_iban, 6), (p_iban_spoken, 4),
]


# ------------------------------------------------------------ negative templates
def n_amount():
    c = neg("call/utilities: amounts, balance and due date (not PII)")
    c.A("your balance is %s dollars and %s cents due on %s %s" % (
        R.choice(["one hundred forty two", "two thousand three hundred eleven", "eighty seven", "nine hundred ninety nine"]),
        two("%02d" % R.randint(10, 99)), R.choice(MONTHS), R.choice(ORD)))
    c.C("okay can i pay %s today and the rest next month" % R.choice(["fifty", "a hundred", "seventy five", "two fifty"]))


def n_policy():
    c = neg("call/insurance: policy number said with its name (not in scope)")
    c.A("can i get your policy number")
    c.C("yeah policy number %s" % sd(digits(R.randint(7, 10))))
    c.A("thank you i see the policy renewed on %s first" % R.choice(MONTHS))


def n_claim_chat():
    c = neg("chat/insurance: claim and member numbers typed with their labels")
    c.C("Claim #%s was denied, member ID %s. Why?" % (digits(R.randint(8, 10)), R.choice(["XJP", "W", "ZGH"]) + digits(R.randint(6, 9))))


def n_tracking():
    c = neg("chat/retail: order and tracking references with names")
    c.C("Order %s hasn't arrived. Tracking number says %s. Paid $%d.%02d" % (
        R.choice(["#", "no. ", ""]) + digits(R.randint(7, 10)), "TBA" + digits(9), R.randint(10, 400), R.randint(0, 99)))


def n_flight():
    c = neg("call/travel: flight number, gate, times, seat (not PII)")
    c.A("you're on flight %s %s departing at %s from gate %s" % (
        R.choice(["u a", "d l", "a a", "b a"]), sd(str(R.randint(100, 2999)), dbl=0),
        R.choice(["six forty five a m", "nine fifteen", "eleven thirty p m", "two oh five"]),
        R.choice(["b twelve", "c thirty one", "forty four"])))
    c.C("great and seat %s is still mine" % R.choice(["fourteen c", "twenty two a", "thirty f"]))


def n_meter():
    c = neg("call/utilities: meter reading spoken digit by digit (not PII)")
    c.A("can you read me the numbers on the meter")
    c.C("meter reading is %s" % sd(digits(R.randint(5, 6))))
    c.A("thanks thats about %s kilowatt hours this month" % R.choice(["six hundred", "four hundred twenty", "nine hundred"]))


def n_speed():
    c = neg("call/telecom: speeds, plan price and contract date (not PII)")
    c.A("you're paying %s a month for %s megabits" % (R.choice(["sixty nine ninety nine", "forty five dollars", "eighty"]),
                                                       R.choice(["three hundred", "five hundred", "one gig", "two hundred"])))
    c.C("but speed test says %s download and %s upload, the contract started %s %s" % (
        R.choice(["forty two", "eighteen point five", "ninety"]), R.choice(["five", "eleven", "three point two"]),
        R.choice(MONTHS), say_year(R.randint(2019, 2025))))


def n_ticket():
    c = neg("chat/telecom: ticket and reference numbers with labels")
    c.A("Your ticket number is %s and reference REF-%s." % (digits(R.randint(6, 10)), digits(6)))
    c.C("ok thanks, it's been %d days already" % R.randint(2, 30))


def n_appointment():
    c = neg("call/healthcare billing: appointment and service dates (not DOB)")
    c.A("the visit on %s %s %s was billed at %s dollars" % (R.choice(MONTHS), R.choice(ORD), say_year(R.randint(2023, 2026)),
                                                           R.choice(["two hundred forty", "one eighty five", "ninety"])))
    c.C("but my copay is only %s" % R.choice(["twenty", "thirty five", "forty"]))


def n_age_temp():
    c = neg("call/healthcare billing: age, temperature, weight (not PII)")
    c.C("he's %s years old had a fever of %s and weighs about %s pounds" % (
        two("%02d" % R.randint(20, 90)), R.choice(["a hundred and two", "ninety nine point five", "a hundred one"]),
        R.choice(["one eighty", "two hundred ten", "one forty five"])))


def n_model():
    c = neg("chat/retail: model and serial-style part numbers with labels")
    c.C("The model %s keeps beeping, part no. %s, bought it for $%d" % (
        R.choice(["WRX-%d" % R.randint(100, 999), "KDF%dA" % R.randint(1000, 9999), "LG %dUQ" % R.randint(40, 86)]),
        "%d-%d" % (R.randint(100, 999), R.randint(1000, 9999)), R.randint(99, 1999)))


def n_room():
    c = neg("call/travel: hotel room, floor, nights, confirmation code")
    c.A("you're in room %s on the %s floor for %s nights confirmation %s" % (
        sd(str(R.randint(101, 1899)), dbl=0), R.choice(["fourth", "eleventh", "second"]), R.choice(["three", "two", "five"]),
        " ".join(R.choice("abcdefghjkmnpqrstuvwxyz") for _ in range(6))))
    c.C("thats right checkout is at eleven")


def n_percent_years():
    c = neg("chat/banking: APR, years, amounts and a loan number with label")
    c.C("Loan number %s - APR went from %.2f%% to %.2f%% in %d, balance $%s" % (
        digits(R.randint(8, 10)), R.uniform(3, 9), R.uniform(9, 25), R.randint(2018, 2026),
        "{:,}.{:02d}".format(R.randint(1000, 99999), R.randint(0, 99))))


def n_member_spoken():
    c = neg("call/healthcare billing: member ID and group number said with names")
    c.A("whats the member id on the insurance card")
    c.C("member id %s and the group number is %s" % (
        R.choice(["w", "x", "h"]) + " " + sd(digits(8)), sd(digits(R.randint(5, 7)))))


def n_invoice_spoken():
    c = neg("call/utilities: invoice and account reference spoken digit by digit with names")
    c.A("can you give me the invoice number at the top of the bill")
    c.C("invoice number %s dated %s %s" % (sd(digits(R.randint(6, 9))), R.choice(MONTHS), R.choice(ORD)))


def n_times():
    c = neg("call/telecom: times, durations and counts")
    c.A("a technician can come %s between %s and %s" % (R.choice(["tuesday", "on the %s" % R.choice(ORD)]),
                                                        R.choice(["eight", "nine thirty", "ten a m"]), R.choice(["twelve", "one", "two p m"])))
    c.C("i've called %s times and waited %s minutes each time" % (R.choice(["four", "six", "eleven"]), R.choice(["forty", "fifty five", "ninety"])))


def n_case_number_chat():
    c = neg("chat/government services: case number and fee, office hours")
    c.A("Your case number is %s. The fee is $%d and processing takes %d-%d weeks." % (
        R.choice(["IOE", "WAC", "EAC"]) + digits(10), R.randint(50, 600), R.randint(2, 6), R.randint(7, 12)))
    c.C("ok, thx")


def n_store_hours():
    c = neg("chat/retail: price, quantity, discount and store hours")
    c.C("Can I get %d of the %d-pack for $%d.99 with the %d%% off coupon? Open till %dpm?" % (
        R.randint(2, 9), R.choice([6, 12, 24]), R.randint(5, 90), R.choice([10, 15, 20, 25]), R.randint(6, 10)))


def n_rx():
    c = neg("call/healthcare billing: prescription number and dosage")
    c.C("prescription number %s it's the %s milligram and i take %s a day" % (
        sd(digits(7)), R.choice(["twenty", "five hundred", "forty"]), R.choice(["two", "one", "three"])))


def n_confirmation_spoken():
    c = neg("call/travel: booking confirmation letters/digits and fare")
    c.C("confirmation code is %s and the fare was %s dollars" % (
        " ".join(say_letter(ch) if ch.isalpha() else w1(ch) for ch in R.choice(["K7XR2M", "QJ4P8A", "ZT9WLN", "HB2C7Y"])),
        R.choice(["four hundred twelve", "two eighty nine", "six hundred"])))


def n_last_year_amounts():
    c = neg("call/banking: transaction amounts and dates")
    c.A("i see a charge of %s dollars on the %s and another for %s on the %s" % (
        R.choice(["fifty four sixty", "one twenty nine", "twelve ninety nine"]), R.choice(ORD),
        R.choice(["eighty", "three forty", "two hundred"]), R.choice(ORD)))
    c.C("the second one isn't mine")


def n_extension():
    c = neg("chat/insurance: deductible, coverage limits and policy number")
    c.A("Policy %s has a $%d deductible and $%d,000 coverage limit." % (
        R.choice(["HO-", "AUT", "P"]) + digits(R.randint(7, 9)), R.choice([250, 500, 1000, 2500]), R.choice([100, 300, 500])))
    c.C("got it. what about the %d roof claim?" % R.randint(2019, 2025))


def n_data_usage():
    c = neg("call/telecom: data usage, number of lines, plan year")
    c.C("we have %s lines and used %s gigs last month on the %s plan" % (
        R.choice(["four", "five", "two"]), R.choice(["thirty two point six", "eighteen", "forty"]),
        R.choice(["twenty twenty four", "unlimited", "fifty five plus"])))


NEG_TEMPLATES = [
    (n_amount, 5), (n_policy, 6), (n_claim_chat, 5), (n_tracking, 5), (n_flight, 5), (n_meter, 5),
    (n_speed, 4), (n_ticket, 5), (n_appointment, 5), (n_age_temp, 4), (n_model, 4), (n_room, 4),
    (n_percent_years, 5), (n_member_spoken, 6), (n_invoice_spoken, 5), (n_times, 4),
    (n_case_number_chat, 4), (n_store_hours, 4), (n_rx, 4), (n_confirmation_spoken, 4),
    (n_last_year_amounts, 4), (n_extension, 4), (n_data_usage, 4),
]


# ------------------------------------------------------------ build
def build():
    POS.clear()
    NEG.clear()
    _gid[0] = 0
    R.seed(SEED)
    plan = [f for f, n in POS_TEMPLATES for _ in range(n)]
    R.shuffle(plan)
    for f in plan:
        f()
    plan = [f for f, n in NEG_TEMPLATES for _ in range(n)]
    R.shuffle(plan)
    for f in plan:
        f()
    rows, meta = [], []
    for i, c in enumerate(POS, 1):
        rows.append({"id": "%s-pos-%03d" % (PFX, i), "kind": c.kind, "turns": c.turns, "spans": c.spans,
                     "note": c.note})
        meta.append(c.groups)
    for i, c in enumerate(NEG, 1):
        rows.append({"id": "%s-neg-%03d" % (PFX, i), "kind": c.kind, "turns": c.turns, "spans": [],
                     "note": c.note})
        meta.append([])
    text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    return rows, meta, text


# ------------------------------------------------------------ normalisation / validation
WORDNUM = {w: str(i) for i, w in enumerate(UNITS)}
WORDNUM.update({"oh": "0", "o": "0", "nought": "0", "zero": "0"})
HOMO = {"for": "4", "to": "2", "too": "2", "ate": "8", "won": "1"}


def to_digits(text, homo=True):
    toks = re.findall(r"[a-z]+|\d+", text.lower())
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else ""
        if t.isdigit():
            out.append(t)
        elif t in ("double", "triple") and nxt in WORDNUM:
            out.append(WORDNUM[nxt] * (2 if t == "double" else 3))
            i += 1
        elif t in WORDNUM:
            if nxt == "hundred":
                out.append(WORDNUM[t] + "00")
                i += 1
            elif nxt == "thousand":
                out.append(WORDNUM[t] + "000")
                i += 1
            else:
                out.append(WORDNUM[t])
        elif t in TEENS:
            out.append(str(10 + TEENS.index(t)))
        elif t in TENS and t:
            if nxt in UNITS and nxt != "zero":
                out.append(str(TENS.index(t)) + WORDNUM[nxt])
                i += 1
            else:
                out.append(str(TENS.index(t)) + "0")
        elif homo and t in HOMO:
            out.append(HOMO[t])
        i += 1
    return "".join(out)


def to_alnum(text):
    """letters + digits for NI numbers, postcodes and IBANs (spoken or typed)."""
    toks = re.findall(r"[a-z]+(?:-[a-z]+)?|\d+|[A-Z0-9]+", text.lower())
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        if t.isdigit():
            out.append(t)
        elif len(t) == 1 and i + 2 < len(toks) and toks[i + 1] == "for":
            out.append(t.upper())
            i += 2
        elif len(t) == 1 and t not in ("o",) and i + 3 < len(toks) and toks[i + 1] == "as" and toks[i + 2] == "in":
            out.append(t.upper())
            i += 3
        elif t == "double" and i + 1 < len(toks) and len(toks[i + 1]) == 1 and toks[i + 1] not in ("o",):
            out.append(toks[i + 1].upper() * 2)
            i += 1
        elif t in WORDNUM or t in TEENS or t in TENS or t == "double" or t == "triple":
            j = i
            while j < len(toks) and (toks[j] in WORDNUM or toks[j] in TEENS or toks[j] in TENS
                                     or toks[j] in ("double", "triple", "hundred")) and toks[j]:
                j += 1
            out.append(to_digits(" ".join(toks[i:j]), homo=False))
            i = j - 1
        elif len(t) == 1:
            out.append(t.upper())
        elif re.fullmatch(r"[a-z0-9]+", t) and re.search(r"\d", t):
            out.append(t.upper())
        elif re.fullmatch(r"[a-z]{2,4}", t) and i == 0:
            out.append(t.upper())
        i += 1
    return "".join(out)


NI_RE = re.compile(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]")
UKPC_RE = re.compile(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}")
STREET_WORDS = set(ST_ABBR) | {v.lower() for v in ST_ABBR.values()} | {"crescent", "close", "grove", "ave", "st"}


def validate(typ, text):
    """returns an error string or ''."""
    low = text.lower()
    if typ == "CARD_NUMBER":
        d = to_digits(text)
        return "" if 13 <= len(d) <= 19 and luhn_ok(d) else "card %r" % d
    if typ == "CVV":
        d = to_digits(text)
        return "" if len(d) in (3, 4) else "cvv %r" % d
    if typ == "EXPIRY":
        if any(m in low or m[:3] in low for m in MONTHS):
            return ""
        d = to_digits(text)
        return "" if len(d) in (4, 6) and 1 <= int(d[:2]) <= 12 else "expiry %r" % d
    if typ == "SSN":
        d = to_digits(text)
        return "" if len(d) == 9 else "ssn %r" % d
    if typ == "NI_NUMBER":
        a = to_alnum(text)
        if not NI_RE.fullmatch(a) and re.search(r"\d\d", text):
            a = re.sub(r"[\s\-]", "", text).upper()
        return "" if NI_RE.fullmatch(a) else "ni %r" % a
    if typ == "BANK_ACCOUNT":
        d = to_digits(text)
        return "" if 6 <= len(d) <= 17 else "acct %r" % d
    if typ == "SORT_CODE":
        d = to_digits(text)
        return "" if len(d) == 6 else "sort %r" % d
    if typ == "IBAN":
        a = to_alnum(text) if " " in text and not re.search(r"\d{2}", text) else re.sub(r"\s", "", text).upper()
        return "" if iban_ok(a) else "iban %r" % a
    if typ == "PHONE":
        d = to_digits(text)
        return "" if 10 <= len(d) <= 15 else "phone %r" % d
    if typ == "EMAIL":
        s = low
        if "@" not in s:
            s = re.sub(r"\bat sign\b|\bat\b", "@", s)
            s = re.sub(r"\bdot\b", ".", s)
            s = re.sub(r"\bunderscore\b", "_", s)
            s = re.sub(r"\bdash\b", "-", s)
            s = re.sub(r"\b(zero|one|two|three|four|five|six|seven|eight|nine|oh|double \w+|triple \w+)\b",
                       lambda m: to_digits(m.group(0)), s)
            s = s.replace(" ", "")
        return "" if re.fullmatch(r"[a-z0-9._\-]+@[a-z0-9\-]+(\.[a-z]+)+", s) else "email %r" % s
    if typ == "DOB":
        if any(m in low for m in MONTHS):
            return ""
        d = to_digits(text)
        return "" if 5 <= len(d) <= 8 else "dob %r" % d
    if typ == "POSTCODE":
        d = to_digits(text)
        if re.fullmatch(r"[\d\s\-]+", text) or all(w in WORDNUM or w in ("dash", "double", "triple")
                                                    for w in low.split()):
            return "" if len(d) in (5, 9) else "zip %r" % d
        if re.fullmatch(r"[A-Za-z0-9 ]+", text) and re.search(r"[A-Za-z]\d", text):
            a = text.replace(" ", "").upper()
        else:
            a = to_alnum(text)
        return "" if UKPC_RE.fullmatch(a) else "postcode %r" % a
    if typ == "ADDRESS":
        ok = re.search(r"\d", text) or to_digits(text.split()[0])
        return "" if ok and set(re.findall(r"[a-z]+", low)) & STREET_WORDS else "address %r" % text
    return "unknown type %s" % typ


def check(rows, meta):
    errs = []
    ids = set()
    counts = Counter()
    for r, groups in zip(rows, meta):
        if r["id"] in ids:
            errs.append("dup id " + r["id"])
        ids.add(r["id"])
        if r["kind"] not in ("positive", "negative"):
            errs.append("bad kind " + r["id"])
        if r["kind"] == "negative" and r["spans"]:
            errs.append("negative with spans " + r["id"])
        if r["kind"] == "positive" and not r["spans"]:
            errs.append("positive without spans " + r["id"])
        for t in r["turns"]:
            if t["speaker"] not in ("agent", "customer") or not t["text"].strip():
                errs.append("bad turn " + r["id"])
        byturn = {}
        grouped = {}
        for s, g in zip(r["spans"], groups):
            if s["type"] not in TYPES:
                errs.append("bad type %s %s" % (r["id"], s["type"]))
                continue
            txt = r["turns"][s["turn"]]["text"] if 0 <= s["turn"] < len(r["turns"]) else None
            if txt is None or not (0 <= s["start"] < s["end"] <= len(txt)):
                errs.append("offset out of range " + r["id"])
                continue
            val = txt[s["start"]:s["end"]]
            if val != val.strip():
                errs.append("span has edge whitespace %s %r" % (r["id"], val))
            if s["start"] > 0 and txt[s["start"] - 1].isalnum():
                errs.append("span start not on word boundary %s %r" % (r["id"], val))
            if s["end"] < len(txt) and txt[s["end"]].isalnum():
                errs.append("span end not on word boundary %s %r" % (r["id"], val))
            byturn.setdefault(s["turn"], []).append((s["start"], s["end"]))
            counts[s["type"]] += 1
            if g == "partial":
                if not re.search(r"[a-z0-9]", val.lower()):
                    errs.append("empty partial " + r["id"])
            elif g is None:
                e = validate(s["type"], val)
                if e:
                    errs.append("%s: %s" % (r["id"], e))
            else:
                grouped.setdefault(g, (s["type"], []))[1].append(val)
        for g, (typ, vals) in grouped.items():
            joined = " ".join(vals)
            if typ == "IBAN":
                joined = to_alnum(joined)
            e = validate(typ, joined)
            if e:
                errs.append("%s group %s: %s" % (r["id"], g, e))
        for t, lst in byturn.items():
            lst.sort()
            for (a1, b1), (a2, b2) in zip(lst, lst[1:]):
                if a2 < b1:
                    errs.append("overlapping spans " + r["id"])
    return errs, counts


def readme(rows, counts):
    npos = sum(r["kind"] == "positive" for r in rows)
    nneg = len(rows) - npos
    lines = [
        "# pii_holdout220 — held-out PII redaction evaluation set",
        "",
        "**Never use this set for tuning.** It is a held-out evaluation set; do not look at",
        "individual failures to adjust rules, thresholds or word lists.",
        "",
        "## Provenance",
        "",
        "Written by an AI helper acting as an independent author. The author did not see the",
        "redaction code, its tests, its docs or any other evaluation fixtures; only a three-line",
        "example of the JSONL format. Every case is generated by `scripts/make_pii_holdout220.py`",
        "from template functions (turns are assembled from plain-text segments and (value, TYPE)",
        "segments so offsets are computed, never typed by hand). All values come from one",
        "`random.Random(%d)`; the output is byte-for-byte reproducible." % SEED,
        "",
        "    python scripts/make_pii_holdout220.py          # regenerate",
        "    python scripts/make_pii_holdout220.py --check  # verify (exit non-zero on problems)",
        "",
        "`--check` verifies: identical regeneration, unique ids, offsets in range and on word",
        "boundaries, no overlapping spans, and each value after normalising spoken forms",
        "(Luhn for cards, mod-97 for IBANs, NI format, 9 digits for SSN, 6 for sort codes,",
        "digit counts for CVV/phone/account, UK postcode / US ZIP shapes). Values split across",
        "turns are validated after joining their pieces.",
        "",
        "Emphasis: mostly US contact centres (SSNs spoken and typed in many forms, ZIP and",
        "ZIP+4, US phone formats, US street addresses, card payments by phone) plus UK/IE/EU",
        "cases, and US non-PII lookalikes (policy, member, claim, tracking, invoice numbers).",
        "",
        "## Annotation conventions",
        "",
        "- A span covers the value only, not its label (\"social is\", \"sort code\", \"exp\").",
        "- Spoken readings: the span runs from the first to the last word of the reading and",
        "  includes fillers said inside it (\"um\", \"uh\"), \"dash\", \"double\"/\"triple\",",
        "  and phonetic spellings (\"b for bravo\", \"s as in sam\").",
        "- A value split over several customer turns gets one span per piece (same type).",
        "- When the agent reads a value back, the read-back is labelled too.",
        "- Self-corrections: the abandoned fragment and the full restated value are both labelled.",
        "- A last-four SSN offered before the full SSN is labelled SSN.",
        "- ADDRESS is the house number + street (+ apartment/unit); city/state are outside the",
        "  span; the ZIP/postcode is a separate POSTCODE span.",
        "- PHONE includes a spoken or typed country code (\"plus four four\", \"+1\") and",
        "  brackets/dashes; words like \"area code\" are outside.",
        "- EXPIRY is the card expiry in card-payment context; DOB only in birth-date context.",
        "- Not labelled (and used in negatives): amounts, balances, times, durations, counts,",
        "  years, ages, percentages, appointment/service/payment dates, policy/member/group/claim/",
        "  invoice/ticket/order/tracking/loan/case/prescription numbers said with their names,",
        "  flight/room/seat/model/part numbers, meter readings, speeds, temperatures.",
        "",
        "## Counts",
        "",
        "- positive cases: %d" % npos,
        "- negative cases: %d" % nneg,
        "",
        "| type | spans |",
        "|---|---|",
    ]
    for t in TYPES:
        lines.append("| %s | %d |" % (t, counts[t]))
    lines.append("| total | %d |" % sum(counts.values()))
    lines.append("")
    return "\n".join(lines)


def main():
    rows, meta, text = build()
    errs, counts = check(rows, meta)
    npos = sum(r["kind"] == "positive" for r in rows)
    nneg = len(rows) - npos
    if npos < 170:
        errs.append("too few positives %d" % npos)
    if nneg < 100:
        errs.append("too few negatives %d" % nneg)
    for t in TYPES:
        need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
        if counts[t] < need:
            errs.append("too few %s spans: %d < %d" % (t, counts[t], need))
    rd = readme(rows, counts)
    if "--check" in sys.argv:
        if not CASES.exists() or CASES.read_text(encoding="utf-8") != text:
            errs.append("cases.jsonl differs from regeneration")
        if not README.exists() or README.read_text(encoding="utf-8") != rd:
            errs.append("README.md differs from regeneration")
    else:
        OUT_DIR.mkdir(parents=True, exist_ok=True)
        CASES.write_text(text, encoding="utf-8")
        README.write_text(rd, encoding="utf-8")
    print("cases: %d (positive %d, negative %d)" % (len(rows), npos, nneg))
    for t in TYPES:
        print("  %-13s %d" % (t, counts[t]))
    if errs:
        print("PROBLEMS (%d):" % len(errs))
        for e in errs[:80]:
            print("  " + e)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
